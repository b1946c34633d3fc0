"""Time `kg serve` on any store: the canned queries through the endpoint, and concurrent simple lookups.

Not a test: it prints numbers. It starts the server in this process on a free loopback port
(or uses one already running, ``--url``) and only ever talks to 127.0.0.1. Every loop is
bounded in requests and seconds.

    kg build --store /tmp/dd ../shared/corpus/dev/detik-dev.csv --field title=judul,text=isi_berita,url=tautan,date=tanggal
    python benchmarks/bench_serve.py /tmp/dd

Targets (issue #11, on a 100,000-article store on 2 cores): every canned query's median
under 1 s, and 8 concurrent clients together at least 20 simple lookups per second.
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.query import canned


def post(url: str, query: str, timeout: float) -> tuple[int, bytes]:
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(
        url + "/sparql", data=data, headers={"Accept": "application/sparql-results+json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def fetch(url: str, timeout: float) -> int:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def canned_medians(url: str, rounds: int, timeout: float) -> None:
    print(f"{'canned query':24} {'median s':>9} {'max s':>7} {'rows':>6}  status")
    for name, query in sorted(canned().items()):
        text = query.path.read_text(encoding="utf-8")
        times, rows, statuses = [], 0, set()
        for _ in range(rounds):
            start = time.perf_counter()
            status, body = post(url, text, timeout)
            times.append(time.perf_counter() - start)
            statuses.add(status)
            if status == 200:
                rows = len(json.loads(body)["results"]["bindings"])
        flag = "" if statistics.median(times) < 1 else "  <- over 1 s"
        print(
            f"{name:24} {statistics.median(times):9.3f} {max(times):7.3f} {rows:6}  {sorted(statuses)}{flag}"
        )


def lookups(url: str, clients: int, seconds: float, timeout: float, pages: bool) -> None:
    status, body = post(
        url, "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 500", timeout
    )
    iris = [b["s"]["value"] for b in json.loads(body)["results"]["bindings"]] if status == 200 else []
    if not iris:
        print("no entities with rdfs:label in this store: no lookups to time")
        return
    base = "https://w3id.org/kg-id/resource/"
    done: list[int] = [0] * clients
    failed: list[int] = [0] * clients
    latencies: list[list[float]] = [[] for _ in range(clients)]
    deadline = time.monotonic() + seconds

    def client(k: int) -> None:
        i = k
        while time.monotonic() < deadline and done[k] + failed[k] < 100_000:
            iri = iris[i % len(iris)]
            i += clients
            start = time.perf_counter()
            if pages and iri.startswith(base):
                ok = fetch(url + "/resource/" + iri[len(base) :], timeout) == 200
            else:
                ok = post(url, f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }} LIMIT 100", timeout)[0] == 200
            latencies[k].append(time.perf_counter() - start)
            if ok:
                done[k] += 1
            else:
                failed[k] += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + timeout + 5)
    elapsed = time.monotonic() - start
    every = sorted(x for per in latencies for x in per)
    what = "entity pages" if pages else "SPARQL lookups"
    p95 = every[int(len(every) * 0.95)] if every else float("nan")
    print(
        f"{clients} clients, {what}: {sum(done) / elapsed:.1f} per second in total "
        f"({sum(done)} answered, {sum(failed)} failed in {elapsed:.1f} s; "
        f"median {statistics.median(every) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("store", type=Path, nargs="?", help="store to serve (not needed with --url)")
    parser.add_argument("--url", help="an already running kg serve, e.g. http://127.0.0.1:7878")
    parser.add_argument("--rounds", type=int, default=5, help="runs of each canned query (median)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0, help="how long the lookup clients run")
    parser.add_argument("--workers", type=int, default=3, help="query workers of the server started here")
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    server = None
    if args.url:
        url = args.url.rstrip("/")
        if urllib.parse.urlsplit(url).hostname not in {"127.0.0.1", "localhost", "::1"}:
            parser.error("this benchmark only talks to a server on loopback")
    else:
        if args.store is None:
            parser.error("give a store, or --url of a running server")
        from kg.serve import Server

        start = time.perf_counter()
        server = Server(args.store, port=0, workers=args.workers, timeout=args.timeout, watch=0).start()
        url = server.url
        print(f"server on {url} with {args.workers} workers, started in {time.perf_counter() - start:.1f} s")
    try:
        canned_medians(url, args.rounds, args.timeout)
        lookups(url, args.clients, args.seconds, args.timeout, pages=False)
        lookups(url, args.clients, args.seconds, args.timeout, pages=True)
    finally:
        if server is not None:
            server.close()


if __name__ == "__main__":
    main()
