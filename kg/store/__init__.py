"""Graph storage: an embedded Oxigraph store on disk (the default)."""

from __future__ import annotations

from typing import Protocol

import pyoxigraph as ox

from kg.store.embedded import (
    Store,
    StoreDamaged,
    StoreError,
    StoreLocked,
    default_store_path,
    term_value,
)


class Queryable(Protocol):
    """Anything ``kg`` reads with SPARQL: the embedded store, a SPARQL server (``kg.store.remote``)."""

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean: ...


def solutions(store: Queryable, sparql: str) -> ox.QuerySolutions:
    """The solutions of a SELECT query, as pyoxigraph terms (any other form raises :class:`StoreError`).

    ``Store.select`` gives the same rows as dicts of plain strings.
    """
    result = store.query(sparql)
    if not isinstance(result, ox.QuerySolutions):
        raise StoreError(f"expected a SELECT query, got {type(result).__name__}: {sparql[:80]!r}")
    return result


__all__ = [
    "Queryable",
    "Store",
    "StoreDamaged",
    "StoreError",
    "StoreLocked",
    "default_store_path",
    "solutions",
    "term_value",
]
