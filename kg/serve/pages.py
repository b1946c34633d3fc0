"""What ``kg serve`` answers without the store: the query page, its vendored assets, the Service Description.

The query page is YASGUI (``@zazuko/yasgui``, MIT, vendored in ``assets/`` with
its licence: no CDN, it works offline) with one tab per canned query of
``queries/``, the data model's prefixes, table cells whose entity IRIs open the
entity pages of this server, and a "show as graph" button that draws a
CONSTRUCT with the page of ``kg viz``.
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import pyoxigraph as ox

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

from kg.model.iris import BASE
from kg.model.vocab import PREFIXES
from kg.query import named
from kg.serve.negotiate import GRAPH_FORMATS, RESULT_FORMATS, best
from kg.serve.pool import Reply

#: the query page may load only its own files and talk only to its own server
QUERY_PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

ASSET_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
ASSETS = ("yasgui.min.js", "yasgui.min.css", "yasgui.LICENSE.txt", "query-page.js", "query-page.css")


def _assets() -> Traversable:
    return resources.files("kg") / "serve" / "assets"


@cache
def asset(name: str) -> bytes:
    return (_assets() / name).read_bytes()


def canned_tabs() -> list[dict[str, str]]:
    """The canned queries as tabs: name and text (prefixes are already in every file)."""
    from kg import paths

    return [
        {"name": q.name.removesuffix(".rq"), "query": q.read_text(encoding="utf-8")} for q in paths.queries()
    ]


def query_page() -> bytes:
    data = {
        "tabs": canned_tabs(),
        "prefixes": PREFIXES,
        "newTab": named.NEW_TAB_QUERY,
        "base": BASE,
    }
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>kg — SPARQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/yasgui.min.css">
<link rel="stylesheet" href="/assets/query-page.css">
</head>
<body>
<header><h1>kg — SPARQL</h1>
<p>Endpoint <code>/sparql</code> (SPARQL 1.1, read-only). Tabs hold the canned queries; entity links open
their pages; <button id="kg-show-graph" type="button">show as graph</button> draws the current CONSTRUCT.
<a href="/sparql">service description</a></p></header>
<div id="yasgui"></div>
<script type="application/json" id="kg-data">{payload}</script>
<script src="/assets/yasgui.min.js"></script>
<script src="/assets/query-page.js"></script>
</body>
</html>
""".encode()


def static(path: str) -> Reply:
    """``/`` and ``/assets/...``; 404 for anything else."""
    if path in {"/", "/index.html"}:
        return Reply(
            200, "text/html; charset=utf-8", query_page(), {"Content-Security-Policy": QUERY_PAGE_POLICY}
        )
    name = path.removeprefix("/assets/")
    if path.startswith("/assets/") and name in ASSETS:
        suffix = name[name.rfind(".") :]
        return Reply(200, ASSET_TYPES[suffix], asset(name), {"Cache-Control": "max-age=3600"})
    return Reply.text(404, f"no page at {html.escape(path)}: try / (query page), /sparql or /resource/...")


def service_description(endpoint: str, accept: str | None) -> Reply:
    """The SPARQL 1.1 Service Description of the endpoint (``GET /sparql`` without a query)."""
    formats = {
        "application/sparql-results+json": "SPARQL_Results_JSON",
        "application/sparql-results+xml": "SPARQL_Results_XML",
        "text/csv": "SPARQL_Results_CSV",
        "text/tab-separated-values": "SPARQL_Results_TSV",
        "text/turtle": "Turtle",
        "application/n-triples": "N-Triples",
        "application/ld+json": "JSON-LD",
        "application/rdf+xml": "RDF_XML",
    }
    assert set(formats) <= set(RESULT_FORMATS) | set(GRAPH_FORMATS)
    result_formats = ", ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in formats.values())
    turtle = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<{endpoint}> a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:resultFormat {result_formats} ;
  dcterms:description "kg: a knowledge graph of Indonesian local-government news. Read-only; SERVICE and FROM naming anything outside the store are refused; every query has a time limit." ;
  sd:defaultDataset [ a sd:Dataset ;
    sd:defaultGraph [ a sd:Graph ; dcterms:description "the merged graph: every statement once" ] ] .
"""
    media = best(accept, list(GRAPH_FORMATS))
    if media is None or media == "text/turtle":
        return Reply(200, "text/turtle; charset=utf-8", turtle.encode())
    from kg.serve.jobs import serialize_triples

    triples = [q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)]
    return Reply(200, media, serialize_triples(triples, GRAPH_FORMATS[media]))
