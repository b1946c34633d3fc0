"""RDF serialisations, byte-for-byte deterministic: statements sorted before writing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.export import register_format
from kg.model.vocab import PREFIXES
from kg.output import atomic_write
from kg.store import Store


def _sorted_triples(store: Store) -> list[ox.Triple]:
    return sorted((ox.Triple(q.subject, q.predicate, q.object) for q in store.quads(named=False)), key=str)


def _sorted_quads(store: Store) -> list[ox.Quad]:
    return sorted(store.quads(named=True), key=lambda q: (str(q.graph_name), str(q)))


def _write(
    items: list[ox.Triple] | list[ox.Quad], path: Path, fmt: ox.RdfFormat, prefixes: bool = True
) -> None:
    with atomic_write(path, "wb") as handle:
        ox.serialize(items, handle, format=fmt, prefixes=PREFIXES if prefixes else None)


def _reader(fmt: ox.RdfFormat) -> Callable[[Path], set[ox.Quad]]:
    def read(path: Path) -> set[ox.Quad]:
        return set(ox.parse(path=str(path), format=fmt))

    return read


def _merged(store: Store) -> set[ox.Quad]:
    return {ox.Quad(t.subject, t.predicate, t.object) for t in _sorted_triples(store)}


def _named(store: Store) -> set[ox.Quad]:
    return set(store.quads(named=True))


@register_format("turtle", ".ttl", read=_reader(ox.RdfFormat.TURTLE), expected=_merged)
def write_turtle(store: Store, path: Path) -> None:
    """Turtle: the merged graph, every statement once."""
    _write(_sorted_triples(store), path, ox.RdfFormat.TURTLE)


@register_format("ntriples", ".nt", read=_reader(ox.RdfFormat.N_TRIPLES), expected=_merged)
def write_ntriples(store: Store, path: Path) -> None:
    """N-Triples: the merged graph, one statement per line."""
    _write(_sorted_triples(store), path, ox.RdfFormat.N_TRIPLES, prefixes=False)


@register_format("jsonld", ".jsonld", read=_reader(ox.RdfFormat.JSON_LD), expected=_merged)
def write_jsonld(store: Store, path: Path) -> None:
    """JSON-LD: the merged graph."""
    _write(_sorted_triples(store), path, ox.RdfFormat.JSON_LD)


@register_format("trig", ".trig", read=_reader(ox.RdfFormat.TRIG), expected=_named)
def write_trig(store: Store, path: Path) -> None:
    """TriG: one named graph per article (provenance kept)."""
    _write(_sorted_quads(store), path, ox.RdfFormat.TRIG)


@register_format("nquads", ".nq", read=_reader(ox.RdfFormat.N_QUADS), expected=_named)
def write_nquads(store: Store, path: Path) -> None:
    """N-Quads: one named graph per article (provenance kept)."""
    _write(_sorted_quads(store), path, ox.RdfFormat.N_QUADS, prefixes=False)
