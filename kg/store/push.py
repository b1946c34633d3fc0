"""``kg push``: copy the store into a SPARQL server, incrementally, one whole graph per request.

Each named graph (one per article) is replaced with a Graph Store Protocol ``PUT``
only when its content changed since the last push; the merged graph likewise. What
was pushed is recorded on the server itself, in the graph :data:`STATE_GRAPH`: one
SHA-256 digest of the sorted N-Triples per graph. A digest, not the article's
``kgo:contentHash``: identity resolution renames nodes in articles whose text did
not change (a one-word name merged with a full name met later), and those graphs
must be sent again too.

Every request replaces one whole graph, so an interrupted push leaves the server
with whole graphs only; the state graph is written every :data:`CHECKPOINT` graphs
and at the end, and a rerun sends whatever is still different. Graphs recorded in
the state that the store no longer has are deleted; graphs kg never pushed are
never touched.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.model import iris
from kg.store.embedded import Store
from kg.store.remote import MERGED_GRAPH, RemoteStore

STATE_GRAPH = iris.PUSH_STATE_GRAPH.value
DIGEST = ox.NamedNode("https://w3id.org/kg-id/ontology#pushDigest")
CHECKPOINT = 200

Progress = Callable[[int, int], None]


@dataclass
class PushReport:
    sent: int = 0
    unchanged: int = 0
    deleted: int = 0
    statements: int = 0
    merged_sent: bool = False
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Statements sent per second."""
        return self.statements / self.seconds if self.seconds else 0.0


def digest(triples: Iterable[ox.Triple]) -> str:
    """SHA-256 of a graph's triples, one N-Triples line each, in the order given (sorted by the store)."""
    hasher = hashlib.sha256()
    for t in triples:
        hasher.update(str(t).encode())
        hasher.update(b"\n")
    return hasher.hexdigest()


def server_state(remote: RemoteStore) -> dict[str, str]:
    """The digests of the graphs the last push left on the server."""
    rows = remote.select(f"SELECT ?g ?d WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?g {DIGEST} ?d }} }}", merged=False)
    return {row["g"]: row["d"] for row in rows if "g" in row and "d" in row}


def _write_state(remote: RemoteStore, state: dict[str, str]) -> None:
    remote.put_graph(
        STATE_GRAPH, [ox.Triple(ox.NamedNode(g), DIGEST, ox.Literal(d)) for g, d in sorted(state.items())]
    )


def push(store: Store, remote: RemoteStore, progress: Progress | None = None) -> PushReport:
    """Make the server's graphs those of ``store`` (see the module docstring)."""
    started = time.perf_counter()
    report = PushReport()
    state = server_state(remote)
    local = store.graph_names()
    dirty = False
    for n, graph in enumerate(local, 1):
        triples = store.graph_triples(graph)
        now = digest(triples)
        if state.get(graph) == now:
            report.unchanged += 1
        else:
            remote.put_graph(graph, triples)
            report.sent += 1
            report.statements += len(triples)
            state[graph] = now
            dirty = True
        if progress is not None:
            progress(n, len(local))
        if dirty and report.sent % CHECKPOINT == 0:
            _write_state(remote, state)
            dirty = False
    keep = set(local) | {MERGED_GRAPH}
    for graph in sorted(set(state) - keep):
        remote.delete_graph(graph)
        del state[graph]
        report.deleted += 1
    merged = store.graph_triples(None)
    now = digest(merged)
    if state.get(MERGED_GRAPH) != now:
        remote.put_graph(None, merged)
        report.statements += len(merged)
        report.merged_sent = True
        state[MERGED_GRAPH] = now
    _write_state(remote, state)
    report.seconds = time.perf_counter() - started
    return report
