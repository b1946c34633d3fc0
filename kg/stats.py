"""Counts that summarise a store."""

from __future__ import annotations

from kg.query import named
from kg.store import Store, solutions

_COUNTS = {
    "articles": "schema:NewsArticle",
    "persons": "schema:Person",
    "organizations": "org:Organization",
    "places": "schema:Place",
    "programs": "kgo:Program",
    "regulations": "schema:Legislation",
    "roles": "org:Role",
    "memberships": "org:Membership",
    "events": "schema:Event",
    "quotes": "schema:Quotation",
    "awards": "kgo:Award",
}


def stats(store: Store) -> dict[str, int]:
    """Nodes per kind, plus statements in the merged graph and in the per-article graphs."""
    rows = solutions(store, named.node_counts(_COUNTS))
    found = {str(r["name"].value): int(r["n"].value) for r in rows}
    result = {name: found.get(name, 0) for name in _COUNTS}
    result["statements"] = sum(1 for _ in store.quads(named=False))
    result["statements (per-article graphs)"] = sum(1 for _ in store.quads(named=True))
    return result
