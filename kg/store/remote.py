"""The graph in a SPARQL 1.1 server: queries over the SPARQL protocol, writes over the Graph Store Protocol.

:class:`RemoteStore` answers ``query``/``select``/``has_graph`` like the embedded
:class:`kg.store.Store` (results are parsed by pyoxigraph into the same
``QuerySolutions``/``QueryBoolean``/``QueryTriples`` objects), so ``kg query``, ``kg viz``,
``kg timeline`` and ``kg explain`` run unchanged against a server. Plain ``urllib``:
the two protocols are a handful of HTTP requests, not worth a dependency.

Where the Graph Store endpoint is, given the query endpoint (or pass it explicitly):

=========================  =======================================  =================================
server                     query endpoint                           Graph Store endpoint
=========================  =======================================  =================================
Oxigraph server            ``http://host:7878/query``               ``/store``
Virtuoso 7                 ``http://host:8890/sparql``              ``/sparql-graph-crud-auth``
Fuseki                     ``http://host:3030/DS/sparql`` (/query)  ``/DS/data``
GraphDB                    ``http://host:7200/repositories/ID``     ``/repositories/ID/rdf-graphs/service``
=========================  =======================================  =================================

Virtuoso answers a query without ``FROM`` over the union of all its graphs; kg pushes
the merged graph into a named graph there (``merged_graph``) and names it as the
query's default graph with the protocol's ``default-graph-uri`` parameter. Two Virtuoso
quirks remain: ``GRAPH ?g`` also ranges over that merged graph and Virtuoso's own graphs
(``DEFINE input:named-graph-exclude`` would hide it, but empties the default graph too),
so a query over article graphs filters them by IRI (``queries/event-provenance.rq``);
and ``GRAPH <iri>`` finds nothing once a default graph is given, so kg's own look-ups
by graph name (``has_graph``, the push state) query without it.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from typing import Protocol

import pyoxigraph as ox

from kg.model import iris
from kg.store.embedded import StoreError

#: the merged graph's name on servers whose default graph is the union of all graphs (Virtuoso)
MERGED_GRAPH = iris.MERGED_GRAPH.value

_ACCEPT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
    "application/n-triples;q=0.8, text/turtle;q=0.7"
)


class GraphStore(Protocol):
    """What the commands that read the graph need: the embedded store and a server both have it."""

    @property
    def name(self) -> str: ...

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean: ...

    def select(self, sparql: str) -> list[dict[str, str]]: ...

    def has_graph(self, iri: str) -> bool: ...


def graph_store_url(endpoint: str, *, authenticated: bool = False) -> str | None:
    """The Graph Store Protocol endpoint of a known server, from its query endpoint.

    >>> graph_store_url("http://127.0.0.1:7878/query")
    'http://127.0.0.1:7878/store'
    >>> graph_store_url("http://127.0.0.1:8890/sparql", authenticated=True)
    'http://127.0.0.1:8890/sparql-graph-crud-auth'
    >>> graph_store_url("http://127.0.0.1:3030/news/sparql")
    'http://127.0.0.1:3030/news/data'
    >>> graph_store_url("http://127.0.0.1:7200/repositories/news")
    'http://127.0.0.1:7200/repositories/news/rdf-graphs/service'
    """
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    if path == "/query":
        new = "/store"
    elif path == "/sparql":
        new = "/sparql-graph-crud-auth" if authenticated else "/sparql-graph-crud"
    elif path.endswith(("/sparql", "/query")) and path.count("/") == 2:
        new = path.rsplit("/", 1)[0] + "/data"
    elif path.startswith("/repositories/") and path.count("/") == 2:
        new = path + "/rdf-graphs/service"
    else:
        return None
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, new, "", ""))


def is_virtuoso(endpoint: str) -> bool:
    return urllib.parse.urlsplit(endpoint).path.rstrip("/") == "/sparql"


class _Credentials:
    """HTTP Basic or Digest credentials, sent with the first try of every request.

    urllib's own handlers send a request without credentials and answer the 401; with a
    large body the server may close the connection before reading it (a broken pipe on a
    multi-megabyte PUT to Virtuoso). Here each URL path's challenge is fetched once with a
    bodiless request and every request carries its answer (a fresh nonce count each time).
    """

    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user, password
        self.challenges: dict[str, tuple[str, dict[str, str]]] = {}  # path: (scheme, parameters)
        self.count = 0

    def forget(self, url: str) -> None:
        self.challenges.pop(urllib.parse.urlsplit(url).path, None)

    def _challenge(
        self, url: str, opener: urllib.request.OpenerDirector, timeout: float | None
    ) -> tuple[str, dict[str, str]]:
        path = urllib.parse.urlsplit(url).path
        if path not in self.challenges:
            header = ""
            try:
                with opener.open(urllib.request.Request(url, method="HEAD"), timeout=timeout):
                    pass
            except urllib.error.HTTPError as error:
                header = error.headers.get("WWW-Authenticate", "") if error.code == 401 else ""
            except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
                reason = getattr(error, "reason", error)
                raise StoreError(f"cannot reach the SPARQL server at {url}: {reason}") from None
            scheme, _, rest = header.partition(" ")
            found = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest)) if rest else {}
            self.challenges[path] = (scheme.lower() or "none", found)
        return self.challenges[path]

    def authorize(
        self, request: urllib.request.Request, opener: urllib.request.OpenerDirector, timeout: float | None
    ) -> None:
        scheme, challenge = self._challenge(request.full_url, opener, timeout)
        if scheme == "basic":
            token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        elif scheme == "digest":
            request.add_header(
                "Authorization", self._digest(challenge, request.get_method(), request.selector)
            )

    def _digest(self, c: dict[str, str], method: str, uri: str) -> str:
        realm, nonce = c.get("realm", ""), c.get("nonce", "")

        def md5(text: str) -> str:
            return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()

        self.count += 1
        nc, cnonce = f"{self.count:08x}", secrets.token_hex(8)
        ha1 = md5(f"{self.user}:{realm}:{self.password}")
        ha2 = md5(f"{method}:{uri}")
        qop = "auth" if "auth" in [q.strip() for q in c.get("qop", "").split(",")] else ""
        response = md5(f"{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{ha2}" if qop else f"{ha1}:{nonce}:{ha2}")
        fields = [
            f'username="{self.user}"',
            f'realm="{realm}"',
            f'nonce="{nonce}"',
            f'uri="{uri}"',
            f'response="{response}"',
        ]
        if qop:
            fields += [f"qop={qop}", f"nc={nc}", f'cnonce="{cnonce}"']
        if "opaque" in c:
            fields.append(f'opaque="{c["opaque"]}"')
        if "algorithm" in c:
            fields.append(f"algorithm={c['algorithm']}")
        return "Digest " + ", ".join(fields)


def ascii_escaped(sparql: str) -> str:
    """The query with every non-ASCII character as a SPARQL code point escape.

    Virtuoso narrows the query text of the protocol to a one-byte charset (an em dash becomes "?");
    ``\\uXXXX`` escapes are part of SPARQL's grammar and reach it intact.

    >>> ascii_escaped('SELECT ("a — b" AS ?x) {}')
    'SELECT ("a \\\\u2014 b" AS ?x) {}'
    """
    return "".join(
        c if ord(c) < 128 else f"\\u{ord(c):04X}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08X}" for c in sparql
    )


class RemoteStore:
    """A SPARQL 1.1 server at ``endpoint`` (its query URL); see the module docstring."""

    read_only = True

    def __init__(
        self,
        endpoint: str,
        *,
        user: str | None = None,
        password: str | None = None,
        graph_store: str | None = None,
        merged_graph: str | None = None,
        timeout: float = 60.0,
    ) -> None:
        parts = urllib.parse.urlsplit(endpoint)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise StoreError(f"--endpoint {endpoint!r} is not an http(s) URL")
        self.endpoint = endpoint
        self.timeout = timeout
        self.graph_store = graph_store or graph_store_url(endpoint, authenticated=user is not None)
        # None: the merged graph is the server's default graph (Oxigraph, Fuseki, GraphDB)
        self.merged_graph = (
            merged_graph if merged_graph is not None else (MERGED_GRAPH if is_virtuoso(endpoint) else None)
        )
        self._auth = _Credentials(user, password or "") if user is not None else None
        self._opener = urllib.request.build_opener()

    @property
    def name(self) -> str:
        return urllib.parse.urlsplit(self.endpoint).netloc

    def close(self) -> None:
        pass

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- HTTP -------------------------------------------------------------------

    def _request(
        self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> tuple[str, bytes]:
        for attempt in (1, 2):
            request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
            if self._auth is not None:
                self._auth.authorize(request, self._opener, self.timeout)
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    return response.headers.get("Content-Type", ""), response.read()
            except urllib.error.HTTPError as error:
                if error.code == 401 and self._auth is not None and attempt == 1:
                    self._auth.forget(url)  # a stale nonce (or none asked yet): ask anew, once
                    continue
                detail = " ".join(error.read(600).decode("utf-8", "replace").split())
                raise StoreError(
                    f"{method} {url}: HTTP {error.code} {error.reason}: {detail[:300]}"
                ) from None
            except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
                reason = getattr(error, "reason", error)
                raise StoreError(f"cannot reach the SPARQL server at {url}: {reason}") from None
        raise AssertionError("unreachable")

    # -- reading ------------------------------------------------------------------

    def query(
        self, sparql: str, *, merged: bool = True
    ) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SPARQL query on the server; the result objects are pyoxigraph's, as for the embedded store.

        ``merged=False`` leaves the server's default graph as it is: Virtuoso finds nothing
        in ``GRAPH <iri> { ... }`` once a ``default-graph-uri`` is given (``GRAPH ?g`` works).
        """
        if is_virtuoso(self.endpoint):
            sparql = ascii_escaped(sparql)
        fields = [("query", sparql)]
        if self.merged_graph and merged:
            fields.append(("default-graph-uri", self.merged_graph))

        kind, data = self._request(
            "POST",
            self.endpoint,
            urllib.parse.urlencode(fields).encode(),
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": _ACCEPT},
        )
        media = kind.split(";")[0].strip().lower()
        try:
            if "sparql-results" in media:
                results_format = ox.QueryResultsFormat.from_media_type(media)
                return ox.parse_query_results(data, results_format)
            rdf_format = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES
            if media == "text/plain":
                rdf_format = ox.RdfFormat.N_TRIPLES
            triples = ox.Store()  # a real QueryTriples, as the embedded store gives for CONSTRUCT
            triples.load(data, format=rdf_format, to_graph=ox.DefaultGraph())
        except (SyntaxError, ValueError) as error:
            raise StoreError(f"the server's answer ({media or 'no type'}) cannot be read: {error}") from None
        return triples.query("CONSTRUCT WHERE { ?s ?p ?o }")

    def select(self, sparql: str, *, merged: bool = True) -> list[dict[str, str]]:
        """Rows of a SELECT as dicts of plain values (unbound variables left out)."""
        solutions = self.query(sparql, merged=merged)
        if not isinstance(solutions, ox.QuerySolutions):
            raise StoreError("expected a SELECT query")
        names = [v.value for v in solutions.variables]
        return [{n: str(row[n].value) for n in names if row[n] is not None} for row in solutions]

    def has_graph(self, iri: str) -> bool:
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            return False
        return bool(self.query(f"ASK {{ GRAPH {node} {{ ?s ?p ?o }} }}", merged=False))

    # -- writing (Graph Store Protocol) --------------------------------------------

    def _graph_url(self, graph: str | None) -> str:
        if not self.graph_store:
            raise StoreError(
                f"cannot tell the Graph Store endpoint of {self.endpoint}; pass --graph-store URL"
            )
        graph = graph if graph is not None else self.merged_graph
        query = urllib.parse.urlencode({"graph": graph}) if graph is not None else "default"
        return f"{self.graph_store}?{query}"

    def put_graph(self, graph: str | None, triples: Iterable[ox.Triple]) -> None:
        """Replace one graph (``None``: the merged graph) with ``triples``, in one request."""
        body = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b""
        # N-Triples is Turtle; every server takes text/turtle (Virtuoso ignores application/n-triples)
        self._request("PUT", self._graph_url(graph), body, {"Content-Type": "text/turtle; charset=utf-8"})

    def delete_graph(self, graph: str) -> None:
        try:
            self._request("DELETE", self._graph_url(graph))
        except StoreError as error:
            if "HTTP 404" not in str(error):  # already gone
                raise
