"""GraphML: the entity graph for Gephi and Cytoscape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.analyze.graph import entity_graph
from kg.export import register_format
from kg.output import atomic_write
from kg.store import Store


def _shape(
    graph: nx.Graph[str],
) -> tuple[list[tuple[str, dict[str, Any]]], list[tuple[str, str, dict[str, Any]]]]:
    """Nodes and edges with their attributes, sorted: what a GraphML file holds."""
    nodes = sorted((str(n), dict(a)) for n, a in graph.nodes(data=True))
    edges = sorted(((str(u), str(v), dict(a)) for u, v, a in graph.edges(data=True)), key=repr)
    return nodes, edges


def _read(path: Path) -> Any:
    return _shape(nx.read_graphml(path, force_multigraph=True))


def _expected(store: Store) -> Any:
    return _shape(entity_graph(store))


@register_format("graphml", ".graphml", read=_read, expected=_expected)
def write_graphml(store: Store, path: Path) -> None:
    """GraphML: entities and their relations, for Gephi and Cytoscape."""
    graph = entity_graph(store)
    with atomic_write(path, "wb") as handle:
        nx.write_graphml(graph, handle)
