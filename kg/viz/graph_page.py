"""The interactive graph page: vis-network nodes and edges written directly (no pyvis), one offline HTML file.

pyvis is not used: its networkx conversion grows quadratically with the graph
and it switches every tooltip to ``innerHTML`` when any title contains "href".
The page gets plain JSON; its script builds tooltips and the side panel from
DOM nodes with ``textContent`` only.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.analyze import metrics
from kg.analyze.graph import explore_graph
from kg.store import Store, cache
from kg.viz import html
from kg.viz.details import edge_label, node_details
from kg.viz.select import (
    SelectionError,
    ego,
    filter_dates,
    filter_types,
    find_nodes,
    parse_day,
    parse_types,
    query_graph,
    top_nodes,
)

SIZES = ("degree", "betweenness", "pagerank")
DEFAULT_MAX_NODES = 400

#: node type → (colour, vis-network shape, legend glyph, Indonesian name, English name)
STYLES: dict[str, tuple[str, str, str, str, str]] = {
    "Person": ("#e6550d", "dot", "●", "orang", "person"),
    "Organization": ("#3182bd", "square", "■", "organisasi", "organisation"),
    "Role": ("#756bb1", "diamond", "◆", "jabatan", "role"),
    "Event": ("#31a354", "triangle", "▲", "kegiatan", "event"),
    "Place": ("#8c6d31", "triangleDown", "▼", "tempat", "place"),
    "Program": ("#d6616b", "hexagon", "⬢", "program", "program"),
    "Legislation": ("#ad494a", "hexagon", "⬢", "peraturan", "regulation"),
    "Award": ("#e7ba52", "star", "★", "penghargaan", "award"),
    "Article": ("#969696", "dot", "●", "artikel", "article"),
    "Thing": ("#bdbdbd", "dot", "●", "lainnya", "other"),
}


@dataclass
class GraphPage:
    """What was written: the page, how many nodes it shows of how many selected, and notes."""

    path: Path
    shown: int
    total: int
    edges: int
    notes: list[str] = field(default_factory=list)


def _scores(store: Store, graph: nx.MultiDiGraph[str], size: str, notes: list[str]) -> dict[str, float]:
    """Node sizes: degree from the adjacency; betweenness and PageRank as stored by `kg analyze --write`,
    else computed here (slow on big graphs: store them once instead)."""
    if size not in SIZES:
        raise SelectionError(f"unknown size {size!r}: choose from {', '.join(SIZES)}")
    if size == "degree":
        return {n: float(_neighbours(graph, n)) for n in graph}
    stored = metrics.stored_scores(store, size)
    if not stored:
        scores = metrics.compute(graph, [size])
        notes.extend(scores.notes)
        return scores.values[size]
    notes.append(f"sizes: {size} stored by `kg analyze --write`")
    values = {n: stored.get(n, 0.0) for n in graph}
    # office nodes have no IRI to store scores on: an office is as central as its best-placed holder
    for node, data in graph.nodes(data=True):
        if data.get("type") == "Role":
            values[node] = max((stored.get(p, 0.0) for p, _ in graph.in_edges(node)), default=0.0)
    return values


def _neighbours(graph: nx.MultiDiGraph[str], node: str) -> int:
    """Distinct neighbours of a node, edges in either direction."""
    return len((graph.succ[node].keys() | graph.pred[node].keys()) - {node})


def _layout(n: int) -> dict[str, Any]:
    """Physics settings bounded so that layout ends within a few seconds, then freezes."""
    return {
        "iterations": 400 if n <= 200 else 250 if n <= 600 else 150,
        "timeLimitMs": 3000,
        "smooth": n <= 250,
        "improved": n <= 120,
    }


def _node_json(node: str, item: dict[str, Any], score: float, degree: int) -> dict[str, Any]:
    """A node as the page script reads it."""
    return {"id": node, **item, "score": round(score, 6), "degree": degree}


def _edge_json(a: str, b: str, data: dict[str, Any], lang: str) -> dict[str, Any]:
    """An edge as the page script reads it: relation, its label, and the role with dates for memberships."""
    relation = data.get("relation", "")
    edge: dict[str, Any] = {"from": a, "to": b, "relation": relation, "label": edge_label(relation, lang)}
    if relation == "holds role":
        days = data.get("days") or []
        edge["role"] = data.get("role", "")
        edge["tenure"] = data.get("tenure", "regular")
        if days:
            edge["first"], edge["last"] = days[0], days[-1]
    return edge


def _info(shown: int, total: int, size: str, focus: str | None) -> str:
    """The line under the heading: how many nodes are shown, how many left out, and how to see them."""
    if shown >= total:
        return f"{shown} simpul / nodes."
    return (
        f"Menampilkan {shown} dari {total} simpul (paling sentral menurut {size}, dengan penghubungnya); "
        f"{total - shown} tidak ditampilkan. "
        f"Showing {shown} of {total} nodes: the most central by {size} and the nodes linking them; "
        f"{total - shown} left out. "
        + (
            "Narrow it with --hops or --types, or raise --limit."
            if focus
            else "To see the rest: kg viz --focus NAME --hops 2, --types person,organization, --since/--until, or --limit N."
        )
    )


def _legend(types: list[str], lang: str) -> str:
    """Legend items for the node types on the page (escaped HTML)."""
    items = []
    for kind in types:
        colour, _, glyph, name_id, name_en = STYLES.get(kind, STYLES["Thing"])
        name = name_en if lang == "en" else f"{name_id} / {name_en}"
        items.append(
            f'<li data-type="{html.escape(kind)}"><span class="glyph" style="color:{colour}">{glyph}</span>'
            f"{html.escape(name)}</li>"
        )
    return "<ul>" + "".join(items) + "</ul>"


def _body(title: str, info: str, legend: str) -> str:
    """The graph page's static HTML around the network view."""
    hint = "Klik simpul untuk detail dan sumber.<br>Click a node for details and sources."
    return html.frame(title, info, "kg-graph", hint, legend)


def render_graph(
    store: Store,
    path: Path,
    *,
    focus: str | None = None,
    hops: int = 1,
    types: str | None = None,
    since: str | None = None,
    until: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    size: str = "degree",
    query: Path | None = None,
    title: str | None = None,
    lang: str = "id",
) -> GraphPage:
    """Write the interactive graph page for ``store`` to ``path``; raises SelectionError on bad options.

    What the page shows is kept in the store folder (:mod:`kg.store.cache`) for these
    options while the store is unchanged, so drawing the same view again reads neither
    the whole graph nor the details of its nodes (seconds on a big store). Views of a
    ``query`` are made afresh each time.
    """
    if max_nodes < 1 or hops < 0:
        raise SelectionError("--limit must be at least 1 and --hops at least 0")
    options = {
        "focus": focus,
        "hops": hops,
        "types": types,
        "since": since,
        "until": until,
        "max_nodes": max_nodes,
        "size": size,
        "title": title,
        "lang": lang,
    }
    folder = store.path if isinstance(store, Store) and query is None else None
    key = json.dumps({**options, "store": store.name}, sort_keys=True)  # the heading names the folder
    name = "graph-page-" + hashlib.sha256(key.encode()).hexdigest()[:16]
    view = cache.cached(
        folder,
        name,
        _code_version(),
        lambda: _view(
            store,
            focus=focus,
            hops=hops,
            types=types,
            since=since,
            until=until,
            max_nodes=max_nodes,
            size=size,
            query=query,
            title=title,
            lang=lang,
        ),
        _same,
        _same,
    )
    text = html.page(
        title=view["heading"],
        body=_body(view["heading"], view["info"], _legend(view["present"], lang)),
        data=view["data"],
        scripts=[html.asset("vis-network.min.js"), html.asset("graph-page.js")],
        css=html.asset("page.css"),
    )
    html.write(path, text)
    return GraphPage(
        path, len(view["data"]["nodes"]), view["total"], len(view["data"]["edges"]), view["notes"]
    )


def _same(value: Any) -> Any:
    return value


def _code_version() -> str:
    """What a kept view depends on besides the store: the code that selects and describes its nodes."""
    from kg.analyze import graph as graphs
    from kg.viz import details, select

    digest = hashlib.sha256()
    for module in (graphs, details, select):
        digest.update(Path(str(module.__file__)).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:24]


def _view(
    store: Store,
    *,
    focus: str | None,
    hops: int,
    types: str | None,
    since: str | None,
    until: str | None,
    max_nodes: int,
    size: str,
    query: Path | None,
    title: str | None,
    lang: str,
) -> dict[str, Any]:
    """What the page shows: its data (nodes, edges, styles, layout), heading, info line, node types and notes."""
    kinds = parse_types(types)
    first, last = parse_day(since, end=False), parse_day(until, end=True)
    full = explore_graph(store, articles="Article" in kinds)
    # the loaded graph is filtered in place (a copy of a 100,000-article graph costs seconds)
    graph = query_graph(store, full, query) if query else full
    filter_types(graph, kinds | ({"Thing"} if query else set()))
    filter_dates(graph, first, last)
    centres: list[str] = []
    if focus:
        centres = find_nodes(graph, focus)
        if not centres:
            raise SelectionError(f"no node named {focus!r} (with the chosen --types and dates)")
        graph = ego(graph, centres[:5], hops)
    notes: list[str] = []
    scores = _scores(store, graph, size, notes)
    chosen = top_nodes(graph, scores, max_nodes, keep=centres[:5])
    shown = graph.subgraph(chosen)
    details = node_details(store, graph, chosen)
    nodes = [_node_json(n, details[n], scores.get(n, 0.0), _neighbours(graph, n)) for n in chosen]
    edges = [
        _edge_json(a, b, d, lang)
        for a, b, _, d in sorted(shown.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    ]
    present = sorted({n["type"] for n in nodes}, key=lambda t: list(STYLES).index(t) if t in STYLES else 99)
    data = {
        "nodes": nodes,
        "edges": edges,
        "styles": {
            k: {"color": v[0], "shape": v[1], "name": v[4] if lang == "en" else f"{v[3]} / {v[4]}"}
            for k, v in STYLES.items()
        },
        "layout": _layout(len(nodes)),
        "focus": centres[:5],
        "size": size,
        "lang": lang,
        "total": graph.number_of_nodes(),
    }
    return {
        "data": data,
        "heading": title or f"Graf pengetahuan — {store.name}",
        "info": _info(len(nodes), graph.number_of_nodes(), size, focus),
        "present": present,
        "total": graph.number_of_nodes(),
        "notes": notes,
    }
