"""Counts that summarise a store."""

from __future__ import annotations

from kg.model.vocab import NODE_CLASSES, ORG, SCHEMA
from kg.query import named
from kg.store import Store, solutions

#: what is counted, and the class of its nodes (``kg.model.vocab.NODE_CLASSES`` for node types)
_COUNTS = {
    "articles": NODE_CLASSES["Article"],
    "persons": NODE_CLASSES["Person"],
    "organizations": NODE_CLASSES["Organization"],
    "places": NODE_CLASSES["Place"],
    "programs": NODE_CLASSES["Program"],
    "regulations": NODE_CLASSES["Legislation"],
    "roles": NODE_CLASSES["Role"],
    "memberships": ORG.Membership,
    "events": NODE_CLASSES["Event"],
    "quotes": SCHEMA.Quotation,
    "awards": NODE_CLASSES["Award"],
}


def stats(store: Store) -> dict[str, int]:
    """Nodes per kind, plus statements in the merged graph and in the per-article graphs."""
    rows = solutions(store, named.node_counts(_COUNTS))
    found = {str(r["name"].value): int(r["n"].value) for r in rows}
    result = {name: found.get(name, 0) for name in _COUNTS}
    result["statements"] = sum(1 for _ in store.quads(named=False))
    result["statements (per-article graphs)"] = sum(1 for _ in store.quads(named=True))
    return result
