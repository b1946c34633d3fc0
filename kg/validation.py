"""SHACL validation of the merged graph against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyoxigraph as ox
import rdflib

from kg import paths
from kg.store import Store

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

SHAPES = paths.shapes()


@dataclass(frozen=True)
class Validation:
    conforms: bool
    violations: int
    text: str


def rdflib_graph(store: Store) -> rdflib.Graph:
    """An rdflib copy of the merged graph, for libraries that speak rdflib (pySHACL, notebooks)."""
    data = ox.serialize(
        (ox.Triple(q.subject, q.predicate, q.object) for q in store.quads(named=False)),
        format=ox.RdfFormat.N_TRIPLES,
    )
    graph = rdflib.Graph()
    graph.parse(data=data, format="nt")
    return graph


def validate(store: Store, shapes: Traversable = SHAPES) -> Validation:
    """Validate the merged graph; ``violations`` counts the results pySHACL reports.

    First, every article graph's statements must be in the merged graph (an interrupted
    write could leave them out); each article graph that is not counts as one violation.
    """
    unmerged = store.unmerged()
    if unmerged:
        lines = [f"  {graph}: {n} statements missing" for graph, n in unmerged]
        text = (
            "the merged graph lacks statements of these article graphs (an interrupted build?); "
            "run `kg build` again with the same inputs, or rebuild the store:\n" + "\n".join(lines)
        )
        return Validation(False, len(unmerged), text)
    from pyshacl import validate as shacl

    shapes_graph = rdflib.Graph().parse(data=shapes.read_text(encoding="utf-8"), format="turtle")
    with warnings.catch_warnings():
        # pySHACL still calls rdflib APIs that rdflib 7 marks deprecated; not the user's concern
        warnings.simplefilter("ignore", DeprecationWarning)
        conforms, results, text = shacl(
            rdflib_graph(store), shacl_graph=shapes_graph, inference="none", advanced=True
        )
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = len(list(results.subjects(rdflib.RDF.type, sh.ValidationResult)))
    return Validation(bool(conforms), violations, str(text))
