"""kg: knowledge graphs from Indonesian local-government news.

The public API: read articles, extract them, build a store, query and export.
From Python and Jupyter (:mod:`kg.api`): ``kg.build(paths_or_articles, store)``,
``kg.open_store(path)``, ``graph.query(sparql)`` rows, ``kg.to_dataframe(rows)``,
``graph.rdflib_graph()``.

The names are imported on first use (PEP 562): ``import kg`` alone, which every
``kg`` command does, must not load the extractors, the NER model's word lists and
the gazetteer (``kg --help`` would take a second).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: public name → the module that defines it
_SOURCES = {
    "KnowledgeGraph": "kg.api",
    "Rows": "kg.api",
    "build": "kg.api",
    "open_store": "kg.api",
    "to_dataframe": "kg.api",
    "extract": "kg.extract.base",
    "extractors": "kg.extract.base",
    "FieldMap": "kg.ingest",
    "read_inputs": "kg.ingest",
    "BuildReport": "kg.pipeline",
    "Article": "kg.records",
    "Award": "kg.records",
    "Entity": "kg.records",
    "EntityType": "kg.records",
    "Event": "kg.records",
    "Extraction": "kg.records",
    "Membership": "kg.records",
    "Quote": "kg.records",
    "Span": "kg.records",
    "Store": "kg.store",
    "StoreError": "kg.store",
    "StoreLocked": "kg.store",
}

__all__ = [
    "Article",
    "Award",
    "BuildReport",
    "Entity",
    "EntityType",
    "Event",
    "Extraction",
    "FieldMap",
    "KnowledgeGraph",
    "Membership",
    "Quote",
    "Rows",
    "Span",
    "Store",
    "StoreError",
    "StoreLocked",
    "__version__",
    "build",
    "extract",
    "extractors",
    "open_store",
    "read_inputs",
    "to_dataframe",
]

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph, Rows, build, open_store, to_dataframe
    from kg.extract.base import extract, extractors
    from kg.ingest import FieldMap, read_inputs
    from kg.pipeline import BuildReport
    from kg.records import Article, Award, Entity, EntityType, Event, Extraction, Membership, Quote, Span
    from kg.store import Store, StoreError, StoreLocked


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    if name not in _SOURCES:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(_SOURCES[name]), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_SOURCES})
