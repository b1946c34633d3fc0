"""The HTML page of one entity at ``/resource/<kind>/<slug>``: what ``kg explain`` prints, with links.

Names, quotes and sentences come from articles, so every value is escaped; the
page has no script at all.
"""

from __future__ import annotations

import html

import pyoxigraph as ox

from kg.explain import explain
from kg.model.iris import BASE
from kg.query import named
from kg.store import Store

_STYLE = """body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#222}
h1{margin:.2rem 0}h2{font-size:1.05rem;margin:1.4rem 0 .4rem;border-bottom:1px solid #ddd}
.iri,.muted{color:#666;font-size:.85rem}ul{padding-left:1.2rem}li{margin:.15rem 0}
blockquote{margin:.3rem 0;padding-left:.8rem;border-left:3px solid #ccc}nav a{margin-right:1rem}
mark{background:#fff2a8}"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _link(iri: str, label: str) -> str:
    if iri.startswith(BASE):
        return f'<a href="/resource/{_e(iri[len(BASE) :])}">{_e(label)}</a>'
    return _e(label)


def _local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _section(title: str, items: list[str]) -> str:
    if not items:
        return ""
    return f"<h2>{_e(title)}</h2><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _sentence(text: str) -> str:
    """``prefix[exact]suffix`` (kg explain's form) with the exact words marked."""
    before, _, rest = text.partition("[")
    exact, _, after = rest.rpartition("]")
    if not rest or not _:
        return _e(text)
    return f"{_e(before)}<mark>{_e(exact)}</mark>{_e(after)}"


def render_entity(store: Store, iri: str) -> str:
    """The whole page: labels and types, roles with dates, events, quotes, sources, sentences, links."""
    about = explain(store, iri, limit=30)
    node = ox.NamedNode(iri)
    articles = [row["a"] for row in store.select(named.articles_naming(str(node))) if "a" in row]
    sources = store.select(named.sources_of(articles)) if articles else []
    out_links = store.select(named.links_from(str(node)))
    in_links = store.select(named.links_to(str(node)))
    source_items = []
    for row in sources:
        date = f'<span class="muted">{_e(row["date"])}</span> ' if "date" in row else ""
        headline = _link(row["a"], row["headline"])
        url = (
            f' — <a href="{_e(row["url"])}" rel="noreferrer noopener">{_e(row["url"])}</a>'
            if row.get("url", "").startswith(("http://", "https://"))
            else ""
        )
        source_items.append(f"{date}{headline}{url}")
    evidence = []
    for line in about.evidence:
        headline, _, sentence = line.partition(": ")
        evidence.append(f"<b>{_e(headline)}</b>: {_sentence(sentence)}")
    links = [f"{_e(_local(r['p']))} → {_link(r['o'], r.get('label') or _local(r['o']))}" for r in out_links]
    links += [
        f"{_link(r['s'], r.get('label') or _local(r['s']))} → {_e(_local(r['p']))} → (this)" for r in in_links
    ]
    body = "".join(
        [
            '<nav><a href="/">Kueri / query page</a></nav>',
            f"<h1>{_e(about.label)}</h1>",
            f'<p class="muted">{_e(", ".join(about.types))}</p><p class="iri">{_e(iri)}</p>',
            _section("Nama lain / aliases", [_e(a) for a in about.aliases]),
            _section("Digabung / merged, and why", [_e(m) for m in about.merged]),
            _section("Mirip, untuk ditinjau / kept apart for review", [_e(k) for k in about.kept_apart]),
            _section("Jabatan / roles", [_e(m) for m in about.memberships]),
            _section("Kegiatan / events", [_e(ev) for ev in about.events]),
            _section("Kutipan / quotes", [f"<blockquote>{_e(q)}</blockquote>" for q in about.quotes]),
            _section("Sumber / source articles", source_items),
            _section("Kalimat pendukung / supporting sentences", evidence),
            _section("Tautan / links", links),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><link rel="icon" href="data:,"><title>{_e(about.label)} — kg</title>
<style>{_STYLE}</style></head>
<body>{body}</body></html>
"""
