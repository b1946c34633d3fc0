"""Network analysis of the entity graph (networkx)."""

from kg.analyze.graph import entity_graph

__all__ = ["entity_graph"]
