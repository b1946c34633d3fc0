"""What a page says about each node it shows: aliases, roles with dates, source articles and evidence.

Details are fetched only for the nodes on the page (a few hundred), with a
bounded query per node, so a hub mentioned by ten thousand articles costs no
more than a leaf. Evidence (a Web Annotation per mention, in either form:
``kg.query.evidence``) is shown as the whole sentence around the mention.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.analyze.graph import RELATION_LABELS_ID
from kg.query import named
from kg.query.evidence import Quotes, headlines
from kg.store import Store, solutions
from kg.store import term_value as _value

MAX_ARTICLES = 6
MAX_EVIDENCE = 3
#: articles read per node before keeping the latest few
ARTICLE_POOL = 200
#: evidence rows read per node before keeping the longest few (bounded work on hubs)
EVIDENCE_POOL = 40

_KINDS = {1: "role", 2: "quote", 3: "mention"}


def _iri(node: str) -> str:
    return f"<{node}>"


def _aliases(store: Store, node: str) -> list[str]:
    rows = solutions(
        store,
        named.first_aliases(_iri(node), 8),
    )
    return [_value(r["alt"]) for r in rows]


def _count(store: Store, pattern: str) -> int:
    rows = solutions(store, named.count(pattern))
    return next((int(_value(r["n"])) for r in rows), 0)


def _articles(store: Store, node: str) -> tuple[int, list[dict[str, str]]]:
    """How many articles a node comes from, and the latest few of a bounded sample (title, date, URL)."""
    total = _count(store, f"?a schema:mentions {_iri(node)}") or _count(
        store, f"{_iri(node)} prov:wasDerivedFrom ?a"
    )
    # a hub is mentioned by tens of thousands of articles: sort a bounded pool, not all of them
    rows = solutions(store, named.latest_articles(_iri(node), ARTICLE_POOL, MAX_ARTICLES))
    found = []
    for r in rows:
        item = {"title": _value(r["title"])}
        if r["date"] is not None:
            item["date"] = _value(r["date"])[:10]
        if r["url"] is not None:
            item["url"] = _value(r["url"])
        found.append(item)
    return total, found


def _evidence(store: Store, node: str) -> list[dict[str, str]]:
    """Evidence spans about a node: how its roles are stated, then its quotations, then its longest mentions."""
    # the sub-select pins the join order: annotations of this node first, then their spans (fast on hubs)
    rows = store.select(named.evidence_of(_iri(node), EVIDENCE_POOL))
    titles = headlines(store, {r["a"] for r in rows if "a" in r})
    quotes = Quotes(store)
    seen: dict[str, tuple[int, str]] = {}
    for r in rows:
        if r.get("a") not in titles:  # as the join on the article's headline did
            continue
        # the whole supporting sentence: the words with the rest of their sentence (either evidence form)
        quote = quotes.quote(r)
        if quote is None:
            continue
        text = quote.sentence
        kind = int(r["kind"])
        # the same sentence in several articles (reposts): the strongest kind, then the first headline
        if len(text) > 3 and (text not in seen or (kind, titles[r["a"]]) < seen[text]):
            seen[text] = (kind, titles[r["a"]])
    best = sorted(seen.items(), key=lambda item: (item[1][0], -len(item[0]), item[0]))[:MAX_EVIDENCE]
    return [{"text": text, "article": title, "kind": _KINDS[kind]} for text, (kind, title) in best]


def _roles(graph: nx.MultiDiGraph[str], node: str) -> list[dict[str, Any]]:
    """Roles a person holds (from holds-role edges), with first and last attested day and tenure."""
    roles = []
    for _, office, data in graph.out_edges(node, data=True):
        if data.get("relation") != "holds role":
            continue
        days = data.get("days") or []
        roles.append(
            {
                "role": data.get("role", ""),
                "office": data.get("office") or graph.nodes[office].get("label", ""),
                "tenure": data.get("tenure", "regular"),
                "first": days[0] if days else "",
                "last": days[-1] if days else "",
            }
        )
    return sorted(roles, key=lambda r: (r["first"], r["office"]))


def _holders(graph: nx.MultiDiGraph[str], node: str) -> list[dict[str, Any]]:
    """People holding an office, in order of their first attested day."""
    holders = []
    for person, _, data in graph.in_edges(node, data=True):
        if data.get("relation") != "holds role":
            continue
        days = data.get("days") or []
        holders.append(
            {
                "name": graph.nodes[person].get("label", ""),
                "role": data.get("role", ""),
                "tenure": data.get("tenure", "regular"),
                "first": days[0] if days else "",
                "last": days[-1] if days else "",
            }
        )
    return sorted(holders, key=lambda h: (h["first"], h["name"]))


def node_details(store: Store, graph: nx.MultiDiGraph[str], nodes: list[str]) -> dict[str, dict[str, Any]]:
    """Details of each node shown, from the store and from the edges of ``graph`` (roles, holders)."""
    details = {}
    for node in nodes:
        attrs = graph.nodes[node]
        item: dict[str, Any] = {"label": attrs.get("label", node), "type": attrs.get("type", "Thing")}
        for key in ("date", "url"):
            if attrs.get(key):
                item[key] = attrs[key]
        if item["type"] == "Role":
            item["holders"] = _holders(graph, node)
        elif item["type"] == "Article":
            item["articles"] = [{k: attrs[k] for k in ("label", "date", "url") if attrs.get(k)}]
            item["articles"][0]["title"] = item["articles"][0].pop("label", "")
            item["article_count"] = 1
        else:
            item["aliases"] = _aliases(store, node)
            item["article_count"], item["articles"] = _articles(store, node)
            item["evidence"] = _evidence(store, node)
            if item["type"] == "Person":
                item["roles"] = _roles(graph, node)
        details[node] = item
    return details


def edge_label(relation: str, lang: str) -> str:
    """The relation as shown on an edge: plain Indonesian (default) or English."""
    return relation if lang == "en" else RELATION_LABELS_ID.get(relation, relation)
