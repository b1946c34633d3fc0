"""HTML views of the graph: the interactive network page and the timeline page, offline and escaped."""

from __future__ import annotations

from kg.viz.graph_page import GraphPage, render_graph
from kg.viz.select import SelectionError
from kg.viz.timeline_page import TimelinePage, render_timeline

__all__ = ["GraphPage", "SelectionError", "TimelinePage", "render_graph", "render_timeline"]
