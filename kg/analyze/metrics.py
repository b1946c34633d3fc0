"""Network scores on a graph: degree, betweenness, PageRank and Louvain communities; stored back as RDF.

Everything is deterministic for the same graph: betweenness samples its
sources with a fixed seed above :data:`EXACT_BETWEENNESS_LIMIT` nodes, Louvain
uses a fixed seed, and PageRank is a plain power iteration (networkx's own
PageRank needs scipy, which ``kg`` does not depend on).

Scores written by :func:`write_scores` are plain statements in the default
graph (and a named graph of their own, so that a rerun replaces them)::

    ?entity kgo:degree 12 ;
            kgo:score [ dcterms:identifier "pagerank" ; rdf:value 0.0123 ] .
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox

from kg.model.iris import BASE, SCORES_GRAPH
from kg.model.iris import score as _score_node
from kg.model.vocab import DCTERMS, KGO, RDF, XSD
from kg.query import named
from kg.registry import Registry
from kg.store import Store, solutions

#: above this many nodes betweenness is estimated from a sample of source nodes
EXACT_BETWEENNESS_LIMIT = 2000
#: node + edge visits betweenness may spend: 0.5 to 2 million a second in pure Python, so 10 to 40 s
BETWEENNESS_BUDGET = 20_000_000
MIN_SAMPLES = 32
SEED = 7


@dataclass(frozen=True)
class Scores:
    """Scores per metric name, each a mapping node → value; ``notes`` say what was approximated."""

    values: dict[str, dict[str, float]]
    notes: tuple[str, ...] = ()


def simple_graph(graph: nx.Graph[str]) -> nx.Graph[str]:
    """The undirected simple graph of ``graph``, parallel edges summed into ``weight``."""
    simple: nx.Graph[str] = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for a, b, data in graph.edges(data=True):
        if a == b:
            continue
        weight = float(data.get("weight", 1.0))
        if simple.has_edge(a, b):
            simple[a][b]["weight"] += weight
        else:
            simple.add_edge(a, b, weight=weight)
    return simple


def degree(graph: nx.Graph[str]) -> dict[str, float]:
    """Number of distinct neighbours."""
    return {node: float(n) for node, n in graph.degree()}


def betweenness(graph: nx.Graph[str], samples: int | None = None) -> tuple[dict[str, float], str | None]:
    """Normalised betweenness, estimated from a seeded sample of sources on big or dense graphs.

    Exact betweenness costs one traversal (nodes + edges) per node: it is exact
    up to :data:`EXACT_BETWEENNESS_LIMIT` nodes while that stays within
    :data:`BETWEENNESS_BUDGET`; otherwise it samples as many sources as the budget allows.
    """
    n, m = graph.number_of_nodes(), graph.number_of_edges()
    per_source = max(1, n + m)
    if samples is None and n <= EXACT_BETWEENNESS_LIMIT and n * per_source <= BETWEENNESS_BUDGET:
        return nx.betweenness_centrality(graph, normalized=True), None
    k = samples or max(MIN_SAMPLES, BETWEENNESS_BUDGET // per_source)
    if k >= n:
        return nx.betweenness_centrality(graph, normalized=True), None
    values = nx.betweenness_centrality(graph, k=k, normalized=True, seed=SEED)
    return values, f"betweenness estimated from {k} of {n} source nodes (seed {SEED})"


def pagerank(
    graph: nx.Graph[str], damping: float = 0.85, tol: float = 1e-9, max_iter: int = 100
) -> dict[str, float]:
    """Weighted PageRank by power iteration; dangling nodes spread their rank evenly."""
    nodes = sorted(graph.nodes())
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    # per node: (neighbour index, share of its out-weight), computed once so each iteration is list work
    links: list[list[tuple[int, float]]] = []
    for node in nodes:
        edges = [(index[v], float(d.get("weight", 1.0))) for _, v, d in graph.edges(node, data=True)]
        total = sum(w for _, w in edges)
        links.append([(v, w / total) for v, w in edges] if total else [])
    dangling_nodes = [i for i, out in enumerate(links) if not out]
    rank = [1.0 / n] * n
    for _ in range(max_iter):
        base = (1.0 - damping) / n + damping * sum(rank[i] for i in dangling_nodes) / n
        new = [base] * n
        for i, out in enumerate(links):
            r = damping * rank[i]
            for v, share in out:
                new[v] += r * share
        error = sum(abs(a - b) for a, b in zip(new, rank, strict=True))
        rank = new
        if error < n * tol:
            break
    return {node: rank[i] for i, node in enumerate(nodes)}


def communities(graph: nx.Graph[str]) -> dict[str, float]:
    """Louvain community of each node, numbered from 0 by decreasing community size."""
    found = nx.community.louvain_communities(graph, weight="weight", seed=SEED)
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    return {node: float(i) for i, members in enumerate(ordered) for node in members}


#: a metric's scorer: (graph, betweenness sample size) -> value per node, and a note on approximation
Scorer = Callable[["nx.Graph[str]", "int | None"], "tuple[dict[str, float], str | None]"]


@dataclass(frozen=True)
class Metric:
    """A registered network score (``kg analyze --metrics``)."""

    name: str
    score: Scorer
    doc: str
    #: a centrality that ranks nodes (``--sort``, ``kg viz --size``); community numbers do not
    ranks: bool = True


METRICS: Registry[Metric] = Registry("metric")


def register_metric(name: str, scorer: Scorer, doc: str, *, ranks: bool = True) -> None:
    """Register a network score under ``name``; built-ins use this too. A name already taken raises."""
    METRICS.add(name, Metric(name, scorer, doc, ranks))


register_metric("degree", lambda g, _: (degree(g), None), "number of distinct neighbours")
register_metric("betweenness", betweenness, "normalised betweenness (sampled on big graphs)")
register_metric("pagerank", lambda g, _: (pagerank(g), None), "weighted PageRank")
register_metric("community", lambda g, _: (communities(g), None), "Louvain community number", ranks=False)


def ranking_metrics() -> list[str]:
    """The metrics that rank nodes: what ``--sort`` and ``kg viz --size`` accept."""
    return [m.name for m in METRICS.items().values() if m.ranks]


def compute(graph: nx.Graph[str], metrics: Iterable[str], *, samples: int | None = None) -> Scores:
    """The requested metrics on the undirected simple view of ``graph``.

    An unknown name raises :class:`kg.registry.UnknownNameError` listing the registered ones.
    """
    simple = graph if not (graph.is_directed() or graph.is_multigraph()) else simple_graph(graph)
    values: dict[str, dict[str, float]] = {}
    notes: list[str] = []
    for name in metrics:
        values[name], note = METRICS.get(name).score(simple, samples)
        if note:
            notes.append(note)
    return Scores(values, tuple(notes))


# -- storing scores in the graph ----------------------------------------------------------------


def score_triples(scores: dict[str, dict[str, float]]) -> list[ox.Triple]:
    """RDF for scores of IRI nodes: ``kgo:degree`` for degree, a ``kgo:score`` node per other metric."""
    triples = []
    for metric, values in sorted(scores.items()):
        for node, value in sorted(values.items()):
            if not node.startswith(BASE):  # office nodes and other synthetic ids have no IRI to attach to
                continue
            subject = ox.NamedNode(node)
            if metric == "degree":
                triples.append(
                    ox.Triple(subject, KGO.degree, ox.Literal(str(int(value)), datatype=XSD.integer))
                )
                continue
            score = _score_node(node, metric)
            literal = (
                ox.Literal(str(int(value)), datatype=XSD.integer)
                if metric.endswith("community")
                else ox.Literal(repr(float(value)), datatype=XSD.double)
            )
            triples += [
                ox.Triple(subject, KGO.score, score),
                ox.Triple(score, DCTERMS.identifier, ox.Literal(metric)),
                ox.Triple(score, RDF.value, literal),
            ]
    return triples


def write_scores(store: Store, scores: dict[str, dict[str, float]]) -> int:
    """Replace the stored scores of these metrics with ``scores``; returns the statements written."""
    # Scores belong to no article: they go into a named graph of their own plus the merged default graph.
    for metric in scores:
        for graph in (SCORES_GRAPH, None):
            store.update(named.delete_scores(metric, graph))
    triples = score_triples(scores)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, SCORES_GRAPH) for t in triples)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    return len(triples)


def stored_scores(store: Store, metric: str) -> dict[str, float]:
    """Scores of ``metric`` written earlier by :func:`write_scores` (empty when none were)."""
    sparql = named.stored_scores(metric)
    return {row["e"].value: float(row["v"].value) for row in solutions(store, sparql)}
