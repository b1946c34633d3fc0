"""What a query worker does (inside its own process, see :mod:`kg.serve.pool`).

Every request that reads the store is a job here: a SPARQL query through the
protocol, an entity page (HTML or RDF) and the graph view of a query. Each
answers a :class:`~kg.serve.pool.Reply` with status, media type and body.
"""

from __future__ import annotations

import hashlib
import io
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.model.iris import BASE
from kg.model.vocab import PREFIXES
from kg.query import named
from kg.query.safety import UnsafeQuery, check_query
from kg.serve.negotiate import GRAPH_FORMATS, RESULT_FORMATS, best
from kg.serve.pool import Reply
from kg.store import Store, cache

#: the Content-Security-Policy of server-made pages without scripts
PLAIN_PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'"
)
RESOURCE_PATH = "/resource/"


def local_path(iri: str) -> str | None:
    """The endpoint's own path for an entity IRI (``None`` for IRIs of other sites).

    >>> local_path("https://w3id.org/kg-id/resource/person/erik-setyo-santoso")
    '/resource/person/erik-setyo-santoso'
    >>> local_path("https://schema.org/Person") is None
    True
    """
    return RESOURCE_PATH + iri[len(BASE) :] if iri.startswith(BASE) else None


def refused(message: str) -> Reply:
    return Reply.text(403, f"query refused: {message}")


def serialize_triples(triples: Any, fmt: ox.RdfFormat) -> bytes:
    """Triples in an RDF format, with the data model's prefixes where the format has any."""
    out = io.BytesIO()
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML, ox.RdfFormat.TRIG):
        ox.serialize(triples, out, fmt, prefixes=PREFIXES)
    else:
        ox.serialize(triples, out, fmt)
    return out.getvalue()


class Jobs:
    """The store snapshot, open read-only in this worker, and the jobs it answers."""

    def __init__(self, snapshot: Path, base_url: str) -> None:
        self.store = Store(snapshot, read_only=True)
        self.raw: ox.Store = self.store._store  # the query options (dataset) kg.store does not expose
        self.base_url = base_url

    def run(self, kind: str, args: dict[str, Any]) -> Reply:
        jobs: dict[str, Callable[..., Reply]] = {
            "sparql": self.sparql,
            "resource": self.resource,
            "graph": self.graph,
        }
        job = jobs[kind]
        return job(**args)

    # -- the SPARQL protocol ----------------------------------------------------------

    def sparql(
        self, query: str, accept: str | None, default_graphs: list[str], named_graphs: list[str]
    ) -> Reply:
        try:
            check_query(query, self.store.has_graph)
        except UnsafeQuery as error:
            return refused(str(error))
        for iri in [*default_graphs, *named_graphs]:
            if not self.store.has_graph(iri):
                return refused(
                    f"graph <{iri}> is not in the store: default-graph-uri and named-graph-uri may only "
                    "name graphs of the store (nothing is fetched from elsewhere)"
                )
        options: dict[str, Any] = {}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        # a canned query (the query page's tabs) is answered once per snapshot and media type, then
        # from the answer kept in the snapshot's folder: the snapshot never changes while it is served
        kept = None if options else self._kept_name(query, accept)
        if kept is not None:
            body = cache.load_blob(self.store.path, kept[0], kept[1])
            if body is not None:
                return Reply(200, kept[2], body)
        state = cache.signature(self.store.path)
        try:
            result = self.raw.query(query, **options)
            if isinstance(result, ox.QueryTriples):
                # a client that accepts none of them gets the default (rdflib asks DESCRIBE for JSON)
                media = best(accept, list(GRAPH_FORMATS)) or "text/turtle"
                body = serialize_triples(result, GRAPH_FORMATS[media])
            else:
                media = best(accept, list(RESULT_FORMATS)) or "application/sparql-results+json"
                body = result.serialize(format=RESULT_FORMATS[media]) or b""
        except SyntaxError as error:
            return Reply.text(400, f"query is not valid SPARQL 1.1: {error}")
        except (OSError, RuntimeError, ValueError) as error:
            return Reply.text(500, f"query failed: {error}")
        charset = "; charset=utf-8" if media.startswith(("text/", "application/sparql-results+json")) else ""
        if kept is not None and kept[2] == media + charset:
            cache.save_blob(self.store.path, kept[0], kept[1], state, body or b"")
        return Reply(200, media + charset, body or b"")

    def _kept_name(self, query: str, accept: str | None) -> tuple[str, str, str] | None:
        """(file name, version, content type) under which a canned query's answer is kept; None for others."""
        from kg.query.kept import is_canned

        if not is_canned(query):
            return None
        media = best(accept, list(RESULT_FORMATS)) or "application/sparql-results+json"
        charset = "; charset=utf-8" if media.startswith(("text/", "application/sparql-results+json")) else ""
        digest = hashlib.sha256(f"{query}\0{media}".encode()).hexdigest()
        return f"serve-{digest[:20]}", f"serve-1:{digest}", media + charset

    # -- entity pages ---------------------------------------------------------------

    def resource(self, iri: str, accept: str | None) -> Reply:
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            return Reply.text(404, "no such entity: the path does not make an IRI")
        if not self.raw.query(f"ASK {{ {{ {node} ?p ?o }} UNION {{ ?s ?p {node} }} }}"):
            return Reply.text(404, f"the graph knows nothing about <{iri}>")
        media = best(accept, ["text/html", *GRAPH_FORMATS]) or "text/html"
        if media == "text/html":
            from kg.serve.entity_page import render_entity

            return Reply(
                200,
                "text/html; charset=utf-8",
                render_entity(self.store, iri).encode(),
                {"Content-Security-Policy": PLAIN_PAGE_POLICY, "Vary": "Accept"},
            )
        triples = self.raw.query(named.statements_about(str(node)))
        body = serialize_triples(triples, GRAPH_FORMATS[media])
        return Reply(
            200, media + ("; charset=utf-8" if media.startswith("text/") else ""), body, {"Vary": "Accept"}
        )

    # -- the graph view of a query ----------------------------------------------------

    def graph(self, query: str) -> Reply:
        """The interactive page of ``kg viz --query`` for a CONSTRUCT (or a SELECT of IRIs)."""
        from kg.viz import SelectionError, render_graph

        try:
            check_query(query, self.store.has_graph)
        except UnsafeQuery as error:
            return refused(str(error))
        with tempfile.TemporaryDirectory(prefix="kg-serve-graph-") as folder:
            source, page = Path(folder) / "query.rq", Path(folder) / "graph.html"
            source.write_text(query, encoding="utf-8")
            try:
                render_graph(self.store, page, query=source, title="Graf hasil kueri / query result graph")
            except SelectionError as error:
                message = str(error).replace(str(source), "the query")
                return Reply.text(400, message)
            return Reply(200, "text/html; charset=utf-8", page.read_bytes())
