"""The HTTP side of ``kg serve``: the SPARQL 1.1 Protocol at ``/sparql``, the query page, entity pages.

Standard library only (:class:`http.server.ThreadingHTTPServer`): one thread per
connection parses the request and checks what it can without the store, then a
worker process (:mod:`kg.serve.pool`) answers within the time limit.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from kg.model.iris import BASE
from kg.serve import snapshot as snapshots
from kg.serve.pool import Pool, PoolBusy, PoolClosed, QueryTimeout, Reply, StillRunning

MAX_BODY = 1 << 20  # a query larger than 1 MiB is refused (413)
FORM = "application/x-www-form-urlencoded"


class Server:
    """``kg serve``: a snapshot of the store, a pool of query workers and the HTTP server in front.

    ``start()`` takes the snapshot, starts the workers and binds; ``url`` then says where.
    """

    def __init__(
        self,
        store: Path,
        *,
        host: str = "127.0.0.1",
        port: int = 7878,
        timeout: float = 30.0,
        workers: int = 3,
        cors: str | None = None,
        watch: float = 2.0,
        log: bool = False,
    ) -> None:
        self.store = Path(store)
        self.host, self.port = host, port
        self.timeout = timeout
        self.workers = max(1, workers)
        self.cors = cors
        self.watch_interval = watch
        self.log = log
        self.pool: Pool | None = None
        self.snapshot: Path | None = None
        self.httpd: ThreadingHTTPServer | None = None
        self.refreshed = 0  # snapshots taken after a build changed the store
        self._swap = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._signature: tuple[Any, ...] = ()
        self._serving = False

    # -- life cycle ------------------------------------------------------------------

    def start(self) -> Server:
        self.snapshot = snapshots.take_snapshot(self.store)
        self._signature = snapshots.signature(self.store)
        try:
            server_class = _HTTPServer6 if ":" in self.host else _HTTPServer  # --host ::1
            self.httpd = server_class((self.host, self.port), _Handler)
            self.httpd.app = self
            self.port = self.httpd.server_address[1]
            self.pool = Pool(self.snapshot, self.url, self.workers, self.timeout)
        except BaseException:
            self.close()
            raise
        serving = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True
        )
        serving.start()
        self._serving = True
        self._threads.append(serving)
        if self.watch_interval > 0:
            watcher = threading.Thread(target=self._watch, daemon=True, name="kg-serve-watch")
            watcher.start()
            self._threads.append(watcher)
        return self

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def close(self) -> None:
        self._stop.set()
        if self.httpd is not None:
            if self._serving:  # shutdown() waits for serve_forever, forever if it never ran
                self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None
        with self._swap:
            if self.pool is not None:
                self.pool.close()
            if self.snapshot is not None:
                snapshots.remove(self.snapshot)
            self.pool, self.snapshot = None, None

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- following builds --------------------------------------------------------------

    def _watch(self) -> None:
        """Take a fresh snapshot once a build has changed the store and let go of it."""
        while not self._stop.wait(self.watch_interval):
            if snapshots.signature(self.store) == self._signature:
                continue
            try:
                self.refresh()
            except snapshots.StoreBusy:
                continue  # the build is still running: keep serving the old snapshot
            except Exception as error:  # a damaged or vanished store: keep serving what we have
                print(
                    f"kg serve: could not take a new snapshot: {type(error).__name__}: {error}",
                    file=sys.stderr,
                    flush=True,
                )
                self._signature = snapshots.signature(self.store)

    def refresh(self) -> None:
        """Serve a new snapshot of the store; the old workers finish their jobs first."""
        fresh = snapshots.take_snapshot(self.store)
        self._signature = snapshots.signature(self.store)
        try:
            pool = Pool(fresh, self.url, self.workers, self.timeout)
        except BaseException:
            snapshots.remove(fresh)
            raise
        with self._swap:
            old_pool, old_snapshot = self.pool, self.snapshot
            self.pool, self.snapshot = pool, fresh
        self.refreshed += 1
        if old_pool is not None and old_snapshot is not None:
            threading.Thread(target=self._retire, args=(old_pool, old_snapshot), daemon=True).start()

    def _retire(self, pool: Pool, snapshot: Path) -> None:
        deadline = time.monotonic() + self.timeout + 5
        while pool.idle() < pool.size and time.monotonic() < deadline:
            time.sleep(0.1)
        pool.close()
        snapshots.remove(snapshot)

    # -- jobs ------------------------------------------------------------------------------

    def run(self, kind: str, args: dict[str, Any]) -> Reply:
        late = _canned_key(kind, args)
        for _ in range(_SWAPS_WAITED):
            with self._swap:
                pool = self.pool
            if pool is None:
                return Reply.text(503, "the server is stopping")
            try:
                return self._run_on(pool, kind, args, late)
            except PoolClosed:
                continue  # a fresh snapshot's pool took over meanwhile (after a build): it answers
        return Reply.text(503, "the server is switching to a new snapshot; try again", **{"Retry-After": "1"})

    def _run_on(self, pool: Pool, kind: str, args: dict[str, Any], late: str | None) -> Reply:
        try:
            return pool.run(kind, args, finish_late=late)
        except StillRunning:
            return Reply.text(
                503,
                f"this canned query takes longer than the server's time limit of {self.timeout:g} s on this "
                "store; it goes on running, and its answer is kept once it is done: ask again in a minute or two",
                **{"Retry-After": "60"},
            )
        except QueryTimeout:
            return Reply.text(
                503,
                f"query stopped: it ran longer than the server's time limit of {self.timeout:g} s "
                "(kg serve --timeout); narrow it down, add a LIMIT, or ask the operator for a longer limit",
            )
        except PoolBusy:
            return Reply.text(
                503,
                f"every query worker stayed busy for {self.timeout:g} s; try again shortly",
                **{"Retry-After": "5"},
            )


#: how many times a job is handed on to the pool of a fresher snapshot when the one it was given to closes
_SWAPS_WAITED = 3


def _canned_key(kind: str, args: dict[str, Any]) -> str | None:
    """For the text of a canned query over the store's own default graph: a key for it and the media asked.

    Such a query is finished past the time limit (:meth:`Pool.run`): its answer is kept with the
    snapshot and given from then on (:meth:`kg.serve.jobs.Jobs.sparql`), so on a big store, where its
    first run takes minutes, it is answered at all; any other query is stopped at the limit.
    """
    if kind != "sparql" or args.get("default_graphs") or args.get("named_graphs"):
        return None
    from kg.query.kept import is_canned

    query = str(args.get("query", ""))
    return f"{args.get('accept') or ''}\0{query}" if is_canned(query) else None


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    app: Server


class _HTTPServer6(_HTTPServer):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    server_version = "kg-serve"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 60  # a client that sends nothing for a minute is dropped

    # -- plumbing ----------------------------------------------------------------------

    @property
    def app(self) -> Server:
        return self.server.app

    def log_message(self, format: str, *args: Any) -> None:
        if self.app.log:
            super().log_message(format, *args)

    def _cors(self) -> dict[str, str]:
        origin = self.headers.get("Origin")
        if self.app.cors and origin and (self.app.cors == "*" or origin == self.app.cors):
            return {"Access-Control-Allow-Origin": self.app.cors, "Vary": "Origin"}
        return {}

    def send(self, reply: Reply, *, head: bool = False) -> None:
        self.send_response(reply.status)
        headers = {"Content-Type": reply.content_type, "X-Content-Type-Options": "nosniff", **reply.headers}
        headers.update(self._cors())
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if not head:
            self.wfile.write(reply.body)

    def _body(self) -> bytes | None:
        """The request body, or ``None`` after answering 411/413."""
        length = self.headers.get("Content-Length")
        if length is None:
            if self.headers.get("Transfer-Encoding"):
                self.send(Reply.text(411, "send the query with a Content-Length"))
                self.close_connection = True
                return None
            return b""
        try:
            size = int(length)
        except ValueError:
            self.send(Reply.text(400, "bad Content-Length"))
            self.close_connection = True
            return None
        if size > MAX_BODY:
            self.send(Reply.text(413, f"request body over {MAX_BODY} bytes"))
            self.close_connection = True
            return None
        return self.rfile.read(size)

    # -- methods ---------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._get(head=False)

    def do_HEAD(self) -> None:
        self._get(head=True)

    def _get(self, *, head: bool) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if path == "/sparql":
            self.send(self._sparql(params), head=head)
        elif path.startswith("/resource/") and len(path) > len("/resource/"):
            iri = BASE + path[len("/resource/") :]
            self.send(self.app.run("resource", {"iri": iri, "accept": self.headers.get("Accept")}), head=head)
        elif path == "/graph":
            self.send(self._graph(params), head=head)
        else:
            from kg.serve.pages import static

            self.send(static(path), head=head)

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        body = self._body()
        if body is None:
            return
        if path not in {"/sparql", "/graph"}:
            self.send(Reply.text(404 if path != "/" else 405, f"nothing to POST to at {path}"))
            return
        kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if kind == FORM:
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                self.send(Reply.text(400, "the form is not UTF-8"))
                return
            for name, values in form.items():
                params.setdefault(name, []).extend(values)
        elif kind == "application/sparql-query":
            try:
                params.setdefault("query", []).append(body.decode("utf-8"))
            except UnicodeDecodeError:
                self.send(Reply.text(400, "the query is not UTF-8"))
                return
        elif kind == "application/sparql-update":
            self.send(_read_only())
            return
        else:
            self.send(
                Reply.text(
                    415,
                    "POST a query as application/x-www-form-urlencoded (query=...) or as "
                    "application/sparql-query",
                )
            )
            return
        if "query" not in params and "update" not in params:
            self.send(Reply.text(400, "no query: send query=... (form) or an application/sparql-query body"))
            return
        self.send(self._graph(params) if path == "/graph" else self._sparql(params))

    def do_OPTIONS(self) -> None:
        headers = self._cors()
        if headers:
            headers.update(
                {
                    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                    "Access-Control-Allow-Headers": "Content-Type, Accept",
                    "Access-Control-Max-Age": "600",
                }
            )
        self.send(Reply(204, "text/plain", b"", {"Allow": "GET, HEAD, POST, OPTIONS", **headers}))

    def do_PUT(self) -> None:
        self.send(_read_only())

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    # -- endpoints -------------------------------------------------------------------------

    def _sparql(self, params: dict[str, list[str]]) -> Reply:
        if "update" in params:
            return _read_only()
        queries = params.get("query", [])
        if not queries:
            from kg.serve.pages import service_description

            return service_description(self.app.url + "/sparql", self.headers.get("Accept"))
        if len(queries) > 1:
            return Reply.text(400, "more than one query parameter")
        return self.app.run(
            "sparql",
            {
                "query": queries[0],
                "accept": self.headers.get("Accept"),
                "default_graphs": params.get("default-graph-uri", []),
                "named_graphs": params.get("named-graph-uri", []),
            },
        )

    def _graph(self, params: dict[str, list[str]]) -> Reply:
        queries = params.get("query", [])
        if len(queries) != 1:
            return Reply.text(400, "give one query=... (a CONSTRUCT, or a SELECT of IRIs) to draw")
        return self.app.run("graph", {"query": queries[0]})


def _read_only() -> Reply:
    return Reply.text(
        HTTPStatus.FORBIDDEN,
        "updates are refused: this endpoint is read-only (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE "
        "and the Graph Store Protocol); change the graph with `kg build`",
        Allow="GET, HEAD, POST, OPTIONS",
    )
