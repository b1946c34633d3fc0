"""Graph storage: an embedded Oxigraph store on disk (the default)."""

from kg.store.embedded import (
    Store,
    StoreDamaged,
    StoreError,
    StoreLocked,
    default_store_path,
    term_value,
)

__all__ = ["Store", "StoreDamaged", "StoreError", "StoreLocked", "default_store_path", "term_value"]
