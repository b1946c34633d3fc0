"""kg: knowledge graphs from Indonesian local-government news.

The public API: read articles, extract them, build a store, query and export.
From Python and Jupyter (:mod:`kg.api`): ``kg.build(paths_or_articles, store)``,
``kg.open_store(path)``, ``graph.query(sparql)`` rows, ``kg.to_dataframe(rows)``,
``graph.rdflib_graph()``.

The names below are imported on first use (PEP 562), not when ``kg`` is imported:
every module of the package imports ``kg`` first (``from kg import lang``), so an
eager import here would tie all of them into one cycle through this file, and
``import kg.extract.lexicon`` would depend on the order in which modules load.
``kg.extract`` is the extraction package; run the stages on one article with
``kg.extract_article(article)``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> the module that defines it
_PUBLIC = {
    "Article": "kg.records",
    "Award": "kg.records",
    "BuildReport": "kg.pipeline",
    "Entity": "kg.records",
    "EntityType": "kg.records",
    "Event": "kg.records",
    "Extraction": "kg.records",
    "FieldMap": "kg.ingest",
    "KnowledgeGraph": "kg.api",
    "Membership": "kg.records",
    "Quote": "kg.records",
    "Rows": "kg.api",
    "Span": "kg.records",
    "Store": "kg.store",
    "StoreError": "kg.store",
    "StoreLocked": "kg.store",
    "build": "kg.api",
    "extract_article": "kg.extract.base",
    "extractors": "kg.extract.base",
    "open_store": "kg.api",
    "read_inputs": "kg.ingest",
    "to_dataframe": "kg.api",
}
# names whose attribute in their module is spelt differently
_ATTRIBUTE = {"extract_article": "extract"}

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
    "extract_article",
    "extractors",
    "open_store",
    "read_inputs",
    "to_dataframe",
]

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph, Rows, build, open_store, to_dataframe
    from kg.extract.base import extract as extract_article
    from kg.extract.base import extractors
    from kg.ingest import FieldMap, read_inputs
    from kg.pipeline import BuildReport
    from kg.records import Article, Award, Entity, EntityType, Event, Extraction, Membership, Quote, Span
    from kg.store import Store, StoreError, StoreLocked


def __getattr__(name: str) -> Any:
    """Import a public name's module the first time the name is used."""
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), _ATTRIBUTE.get(name, name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
