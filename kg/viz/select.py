"""Choosing what a graph page shows: types, a date window, a focus (ego network), a query, the top nodes."""

from __future__ import annotations

import calendar
import heapq
import itertools
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.analyze.graph import PREFIXES
from kg.query import checked
from kg.store import Store, StoreError

#: --types words → node types (both spellings of organisation; legislation sits with programs)
TYPE_WORDS = {
    "person": ("Person",),
    "organization": ("Organization",),
    "organisation": ("Organization",),
    "role": ("Role",),
    "event": ("Event",),
    "place": ("Place",),
    "program": ("Program", "Legislation"),
    "legislation": ("Legislation",),
    "award": ("Award",),
    "article": ("Article",),
}
DEFAULT_TYPES = frozenset(
    {"Person", "Organization", "Role", "Event", "Place", "Program", "Legislation", "Award"}
)
_LABEL_PREDICATES = {
    "http://www.w3.org/2000/01/rdf-schema#label",
    "https://schema.org/name",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "https://schema.org/headline",
}


class SelectionError(ValueError):
    """The options select nothing sensible (unknown type, no such node, bad query)."""


def parse_types(spec: str | None) -> frozenset[str]:
    """``person,organization,event`` → node types; ``None`` → every type but articles."""
    if not spec:
        return DEFAULT_TYPES
    types: set[str] = set()
    for word in (w.strip().lower() for w in spec.split(",") if w.strip()):
        if word not in TYPE_WORDS:
            raise SelectionError(f"unknown type {word!r}: choose from {', '.join(sorted(TYPE_WORDS))}")
        types.update(TYPE_WORDS[word])
    return frozenset(types)


def parse_day(value: str | None, *, end: bool) -> str | None:
    """``2024``, ``2024-11`` or ``2024-11-19`` → an ISO day (first, or with ``end`` last, day of the span)."""
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value.strip())
    try:
        if not match:
            raise ValueError
        year, month, day = int(match[1]), int(match[2] or (12 if end else 1)), match[3]
        last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
        return date(year, month, int(day) if day else (last if end else 1)).isoformat()
    except ValueError:
        raise SelectionError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD") from None


def collapse_offices(graph: nx.MultiDiGraph[str]) -> None:
    """Replace person → office → organisation by person —holds role→ organisation (roles not shown)."""
    for office in [n for n, d in graph.nodes(data=True) if d.get("type") == "Role"]:
        orgs = [b for _, b, d in graph.out_edges(office, data=True) if d.get("relation") == "office in"]
        for person, _, data in list(graph.in_edges(office, data=True)):
            for org in orgs:
                graph.add_edge(person, org, key=f"holds role:{data.get('membership', '')}", **data)
        graph.remove_node(office)


def filter_types(graph: nx.MultiDiGraph[str], types: frozenset[str]) -> None:
    """Keep nodes of these types (memberships survive as direct edges when roles are left out)."""
    if "Role" not in types:
        collapse_offices(graph)
    graph.remove_nodes_from([n for n, d in graph.nodes(data=True) if d.get("type") not in types])


def _in_window(day: str | None, since: str | None, until: str | None) -> bool:
    return day is not None and (since is None or day >= since) and (until is None or day <= until)


def filter_dates(graph: nx.MultiDiGraph[str], since: str | None, until: str | None) -> None:
    """Keep events and articles dated in the window, and memberships attested in it; drop what that strands."""
    if since is None and until is None:
        return
    before = {n for n in graph if graph.degree(n) > 0}
    graph.remove_nodes_from(
        [
            n
            for n, d in graph.nodes(data=True)
            if d.get("type") in {"Event", "Article"} and not _in_window(d.get("date"), since, until)
        ]
    )
    stale = [
        (a, b, k)
        for a, b, k, d in graph.edges(keys=True, data=True)
        if d.get("relation") == "holds role"
        and not any(_in_window(day, since, until) for day in d.get("days") or ())
    ]
    graph.remove_edges_from(stale)
    graph.remove_nodes_from(
        [n for n, d in graph.nodes(data=True) if d.get("type") == "Role" and graph.in_degree(n) == 0]
    )
    graph.remove_nodes_from([n for n in list(graph) if n in before and graph.degree(n) == 0])


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def find_nodes(
    graph: nx.MultiDiGraph[str], name: str, aliases: dict[str, list[str]] | None = None
) -> list[str]:
    """Nodes named ``name``: exact label (or alias) matches first, else labels containing it."""
    wanted = _fold(name)
    exact = sorted(n for n, d in graph.nodes(data=True) if _fold(d.get("label") or "") == wanted)
    if not exact and aliases:
        exact = sorted(n for n, names in aliases.items() if n in graph and wanted in map(_fold, names))
    if exact:
        return exact
    return sorted(n for n, d in graph.nodes(data=True) if wanted in _fold(d.get("label") or ""))


def ego(graph: nx.MultiDiGraph[str], centres: Iterable[str], hops: int) -> nx.MultiDiGraph[str]:
    """The nodes within ``hops`` steps of any centre (edges in either direction) and the edges among them."""
    undirected = graph.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        keep.update(nx.single_source_shortest_path_length(undirected, centre, cutoff=hops))
    return graph.subgraph(keep).copy()


def _local_name(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def _add_node(graph: nx.MultiDiGraph[str], full: nx.MultiDiGraph[str], iri: str) -> None:
    if iri not in graph:
        graph.add_node(
            iri, **(full.nodes[iri] if iri in full else {"label": _local_name(iri), "type": "Thing"})
        )


def query_graph(store: Store, full: nx.MultiDiGraph[str], path: Path) -> nx.MultiDiGraph[str]:
    """The graph a SPARQL file draws: a CONSTRUCT's triples, or a SELECT's IRIs linked row by row."""
    try:
        sparql = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SelectionError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        result = store.query(checked(store, PREFIXES + sparql))
    except (StoreError, OSError, ValueError) as error:
        raise SelectionError(f"{path}: {error}") from None
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    if isinstance(result, ox.QueryTriples):
        for triple in result:
            s, p, o = triple.subject, triple.predicate.value, triple.object
            if not isinstance(s, ox.NamedNode):
                continue
            _add_node(graph, full, s.value)
            if isinstance(o, ox.NamedNode):
                _add_node(graph, full, o.value)
                graph.add_edge(s.value, o.value, key=p, relation=_local_name(p))
            elif isinstance(o, ox.Literal) and p in _LABEL_PREDICATES:
                graph.nodes[s.value]["label"] = o.value
        if not graph:
            raise SelectionError(f"{path}: the query constructed no triples between IRIs")
        return graph
    if not isinstance(result, ox.QuerySolutions):
        raise SelectionError(f"{path}: an ASK query draws nothing; use CONSTRUCT or SELECT")
    names = [v.value for v in result.variables]
    for row in result:
        iris = [(name, row[name].value) for name in names if isinstance(row[name], ox.NamedNode)]
        for _, iri in iris:
            _add_node(graph, full, iri)
        for (_, a), (name, b) in itertools.pairwise(iris):
            if a != b and not full.has_edge(a, b) and not full.has_edge(b, a):
                graph.add_edge(a, b, key=name, relation=name)
    for a, b, key, data in full.subgraph(graph.nodes).edges(keys=True, data=True):
        graph.add_edge(a, b, key=key, **data)
    if not graph:
        raise SelectionError(f"{path}: the query returned no IRIs to draw")
    return graph


def _neighbours(graph: nx.MultiDiGraph[str], node: str) -> set[str]:
    return (graph.succ[node].keys() | graph.pred[node].keys()) - {node}


def top_nodes(
    graph: nx.MultiDiGraph[str], scores: dict[str, float], limit: int, keep: Iterable[str] = ()
) -> list[str]:
    """``limit`` central nodes that show how they connect, always including ``keep``.

    The highest-scoring quarter are seeds; the rest of the budget goes to the
    nodes with most links into the selection so far (ties by score). Ranking by
    score alone picks hubs that share no edge: places, agencies and programs
    are linked through events, not to each other.
    """

    def rank(node: str) -> tuple[float, str, str]:
        return (-scores.get(node, 0.0), graph.nodes[node].get("label", ""), node)

    limit = max(limit, len([n for n in keep if n in graph]))
    ranked = sorted(graph.nodes, key=rank)
    if len(ranked) <= limit:
        return ranked
    chosen = dict.fromkeys(n for n in keep if n in graph)
    for node in ranked[: max(1, limit // 4)]:
        chosen.setdefault(node)
    links: dict[str, int] = {}
    heap: list[tuple[int, float, str, str]] = []

    def add(node: str) -> None:
        chosen.setdefault(node)
        for other in _neighbours(graph, node):
            if other not in chosen:
                links[other] = links.get(other, 0) + 1
                heapq.heappush(heap, (-links[other], *rank(other)))

    for node in list(chosen):
        add(node)
    while len(chosen) < limit and heap:
        count, *_, node = heapq.heappop(heap)
        if node not in chosen and -count == links[node]:  # stale entries carry an old link count
            add(node)
    for node in ranked:  # small components the seeds do not reach
        if len(chosen) >= limit:
            break
        chosen.setdefault(node)
    return sorted(chosen, key=rank)
