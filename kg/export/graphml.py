"""GraphML: the entity graph for Gephi and Cytoscape."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.analyze.graph import entity_graph
from kg.export import register_format
from kg.output import atomic_write
from kg.store import Store


@register_format("graphml", ".graphml")
def write_graphml(store: Store, path: Path) -> None:
    """GraphML: entities and their relations, for Gephi and Cytoscape."""
    graph = entity_graph(store)
    with atomic_write(path, "wb") as handle:
        nx.write_graphml(graph, handle)
