"""kg: knowledge graphs from Indonesian local-government news.

The public API: read articles, extract them, build a store, query and export.
From Python and Jupyter (:mod:`kg.api`): ``kg.build(paths_or_articles, store)``,
``kg.open_store(path)``, ``graph.query(sparql)`` rows, ``kg.to_dataframe(rows)``,
``graph.rdflib_graph()``.
"""

from kg.api import KnowledgeGraph, Rows, build, open_store, to_dataframe
from kg.extract.base import extract, extractors
from kg.ingest import FieldMap, read_inputs
from kg.pipeline import BuildReport
from kg.records import Article, Award, Entity, EntityType, Event, Extraction, Membership, Quote, Span
from kg.store import Store, StoreError, StoreLocked

__version__ = "0.1.0"

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
