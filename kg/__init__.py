"""kg: knowledge graphs from Indonesian local-government news.

The public API: read articles, extract them, build a store, query and export.
"""

from kg.extract.base import extract, extractors
from kg.ingest import FieldMap, read_inputs
from kg.pipeline import BuildReport, build
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
    "Membership",
    "Quote",
    "Span",
    "Store",
    "StoreError",
    "StoreLocked",
    "__version__",
    "build",
    "extract",
    "extractors",
    "read_inputs",
]
