"""The scores of a projection as a table: one row per node, best first; written as CSV.

``kg analyze`` prints the first rows and writes the whole table with ``-o``; the
order and the columns are decided here, not in the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.output import atomic_write, csv_writer

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True)
class ScoreRow:
    """One node of a projection: its id, label, type and a value per metric."""

    node: str
    label: str
    type: str
    scores: dict[str, float]


@dataclass(frozen=True)
class ScoreTable:
    """Every node's scores, best first; ``columns`` are the metrics in registry order."""

    rows: list[ScoreRow]
    columns: list[str]

    def write_csv(self, path: str | Path) -> Path:
        """The table as CSV (``node, label, type`` and a column per metric); ``-`` is standard output."""
        with atomic_write(path, newline="") as handle:
            writer = csv_writer(handle)
            writer.writerow(["node", "label", "type", *self.columns])
            writer.writerows(
                [r.node, r.label, r.type, *(r.scores[c] for c in self.columns)] for r in self.rows
            )
        return Path(path)


def score_table(graph: nx.Graph[str], values: dict[str, dict[str, float]], sort_by: str) -> ScoreTable:
    """One row per node of ``graph``, by decreasing ``sort_by`` score (ties by label, then id).

    >>> import networkx as nx
    >>> g = nx.Graph([("a", "b"), ("b", "c")])
    >>> t = score_table(g, {"degree": {"a": 1.0, "b": 2.0, "c": 1.0}}, "degree")
    >>> [r.node for r in t.rows], t.columns
    (['b', 'a', 'c'], ['degree'])
    """
    from kg.analyze.metrics import METRICS

    nodes = graph.nodes
    rows = [
        ScoreRow(
            str(n),
            str(nodes[n].get("label", n)),
            str(nodes[n].get("type", "")),
            {m: v.get(n, 0.0) for m, v in values.items()},
        )
        for n in nodes
    ]
    rows.sort(key=lambda r: (-float(r.scores[sort_by]), r.label, r.node))
    return ScoreTable(rows, [m for m in METRICS.names() if m in values])
