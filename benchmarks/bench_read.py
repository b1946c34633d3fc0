"""Read-side speed (issue #10): canned queries, `kg explain`, default `kg viz` and `kg --help`, per store size.

Not a test: it prints each figure beside its target and baseline and writes
``benchmarks/results/read.json``. Give it stores of growing size, each as
ARTICLES=PATH, e.g. the first 4,000 / 10,000 / 20,000 articles of the synthetic corpus:

    python benchmarks/synthetic.py 20000 -o /tmp/syn-20k.jsonl
    head -n 4000 /tmp/syn-20k.jsonl > /tmp/syn-4k.jsonl      # likewise 10000
    kg build -q --jobs 2 --store /tmp/s4k /tmp/syn-4k.jsonl   # likewise /tmp/s10k, /tmp/s20k
    python benchmarks/bench_read.py 4000=/tmp/s4k 10000=/tmp/s10k 20000=/tmp/s20k --rdflib 10000

For every store it removes the store's ``kg-cache/`` first, then measures:

* each canned query in pyoxigraph itself, every row read (``before``: the query text of
  ``--before-queries``, default ``git show main:queries/``; ``cold``: today's text),
* ``kg query NAME`` as a user runs it (a new process, the table's first page): the first
  run after a build (``cli cold``: runs the query and saves its complete result) and the
  median of ``--rounds`` later runs (``cli warm``: read from the saved result),
* ``kg explain NAME`` (a new process) for the person with most memberships and the most
  mentioned entity: first run and median of later runs, and the library call alone,
* default ``kg viz`` (a new process): first run (reads the graph from the store and caches
  it) and the median of later runs,

and with ``--serve`` each canned query through ``kg serve`` (a server started here, JSON
results): the first request and the median of later ones; then ``kg --help`` (median of 7). ``--rdflib N`` also loads the merged graph of the store
labelled N into rdflib's in-memory store and times the canned queries there (each stopped
after ``--cap`` seconds; event-provenance asks for article graphs, which that baseline does
not hold). The last table extrapolates each figure to 100,000 articles from the two largest
stores (a power law through them: honest only as far as growth stays regular).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.query import canned
from kg.store import Store, cache

ROOT = Path(__file__).resolve().parents[1]
KG = str(Path(sys.executable).with_name("kg"))
TARGETS = {"query_s": 1.0, "explain_s": 0.2, "viz_s": 5.0, "help_s": 0.3}
BIG = 100_000


def wall(command: list[str]) -> float:
    """Seconds ``command`` takes, output discarded; raises if it fails."""
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def median_wall(command: list[str], rounds: int) -> float:
    return statistics.median(wall(command) for _ in range(rounds))


def engine(store: ox.Store, text: str, cap: float) -> tuple[float | None, int]:
    """Seconds pyoxigraph takes for ``text`` with every row read, and the rows; ``None`` past ``cap`` (checked per row)."""
    start = time.perf_counter()
    rows = 0
    for _ in store.query(text):  # type: ignore[union-attr]
        rows += 1
        if time.perf_counter() - start > cap:
            return None, rows
    return time.perf_counter() - start, rows


def before_queries(folder: Path | None) -> dict[str, str]:
    """The query texts to compare with: ``folder/*.rq``, or main's ``queries/`` from git."""
    if folder:
        return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.rq"))}
    found = {}
    for name in canned():
        with contextlib.suppress(subprocess.CalledProcessError, FileNotFoundError):
            found[name] = subprocess.run(
                ["git", "-C", str(ROOT), "show", f"main:kg/resources/queries/{name}.rq"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
    return found


def names_to_explain(store: ox.Store) -> list[str]:
    """The person with most memberships, and the most mentioned entity (node): a small and a large explanation."""
    picks = []
    for sparql in (
        """SELECT ?n (COUNT(*) AS ?c) WHERE { ?m <http://www.w3.org/ns/org#member> ?p .
           ?p <https://schema.org/name> ?n } GROUP BY ?n ORDER BY DESC(?c) ?n LIMIT 1""",
        """SELECT ?n (COUNT(*) AS ?c) WHERE { ?a <https://schema.org/mentions> ?e .
           ?e <http://www.w3.org/2000/01/rdf-schema#label> ?n } GROUP BY ?e ?n ORDER BY DESC(?c) ?n LIMIT 1""",
    ):
        for row in store.query(sparql):  # type: ignore[union-attr]
            picks.append(str(row[0].value))
    return picks


def measure_store(
    articles: int, path: Path, before: dict[str, str], rounds: int, cap: float, serve: bool
) -> dict[str, Any]:
    shutil.rmtree(path / cache.FOLDER, ignore_errors=True)
    result: dict[str, Any] = {"articles": articles, "path": str(path), "queries": {}}
    raw = ox.Store.read_only(str(path))
    result["statements"] = len(raw)
    print(f"\n== {articles:,} articles: {path} ({result['statements']:,} statements)")
    print(
        f"{'canned query':22} {'rows':>9} {'before s':>9} {'cold s':>8} {'cli cold':>9} {'cli warm':>9}  target"
    )
    for name, item in sorted(canned().items()):
        text = item.path.read_text(encoding="utf-8")
        cold, rows = engine(raw, text, cap)
        old = before.get(name)
        earlier = cold if old is None or old == text else engine(raw, old, cap)[0]
        store_arg = ["--store", str(path)]
        cli_cold = wall([KG, "query", name, *store_arg, "--format", "csv", "--limit", "0", "--timeout", "0"])
        cli_warm = median_wall([KG, "query", name, *store_arg], rounds)
        result["queries"][name] = {
            "rows": rows,
            "before_s": earlier,
            "changed": old is not None and old != text,
            "cold_s": cold,
            "cli_cold_s": cli_cold,
            "cli_warm_s": cli_warm,
        }
        print(
            f"{name:22} {rows:9,} {fmt(earlier):>9} {fmt(cold):>8} {cli_cold:9.2f} {cli_warm:9.2f}  "
            f"<= {TARGETS['query_s']:g} s {'ok' if cli_warm <= TARGETS['query_s'] else 'OVER'}"
        )
    names = names_to_explain(raw)
    del raw
    result["explain"] = {}
    for name in names:
        command = [KG, "explain", name, "--store", str(path)]
        first = wall(command)
        warm = median_wall(command, rounds)
        from kg.explain import explain, find

        with Store(path, read_only=True) as store:
            start = time.perf_counter()
            explain(store, find(store, name)[0])
            library = time.perf_counter() - start
        result["explain"][name] = {"cli_cold_s": first, "cli_warm_s": warm, "library_warm_s": library}
        print(
            f"kg explain {name!r:30} first {first:6.2f} s, then {warm:6.2f} s (library {library:.3f} s)  "
            f"target <= {TARGETS['explain_s']:g} s"
        )
    with tempfile.TemporaryDirectory() as tmp:
        command = [KG, "viz", "--store", str(path), "-o", str(Path(tmp) / "graph.html")]
        first = wall(command)
        warm = median_wall(command, max(2, rounds - 1))
    result["viz"] = {"cli_cold_s": first, "cli_warm_s": warm}
    print(f"kg viz (default)                         first {first:6.2f} s, then {warm:6.2f} s  target <= 5 s")
    if serve:
        result["endpoint"] = measure_endpoint(path, rounds, cap)
    return result


def post(url: str, query: str, timeout: float) -> tuple[int, int]:
    """POST a query to a SPARQL endpoint on loopback: (status, rows)."""
    from bench_serve import post as post_query  # benchmarks/, the script's folder, is on sys.path

    status, body = post_query(url, query, timeout)
    return status, len(json.loads(body)["results"]["bindings"]) if status == 200 else 0


def measure_endpoint(path: Path, rounds: int, cap: float) -> dict[str, Any]:
    """Each canned query through `kg serve` (JSON results): the first request, then the median of later ones."""
    from kg.serve import Server

    server = Server(path, port=0, workers=2, timeout=cap, watch=0).start()
    found: dict[str, Any] = {}
    try:
        print(f"{'through kg serve':22} {'rows':>9} {'first s':>9} {'later s':>9}  target")
        for name, item in sorted(canned().items()):
            text = item.path.read_text(encoding="utf-8")
            start = time.perf_counter()
            status, rows = post(server.url, text, cap + 5)
            first = time.perf_counter() - start
            later = []
            for _ in range(rounds):
                start = time.perf_counter()
                post(server.url, text, cap + 5)
                later.append(time.perf_counter() - start)
            warm = statistics.median(later)
            found[name] = {"status": status, "rows": rows, "first_s": first, "later_s": warm}
            print(
                f"{name:22} {rows:9,} {first:9.2f} {warm:9.3f}  <= {TARGETS['query_s']:g} s "
                f"{'ok' if warm <= TARGETS['query_s'] else 'OVER'}{'' if status == 200 else f' (status {status})'}"
            )
    finally:
        server.close()
    return found


def fmt(seconds: float | None) -> str:
    return "cap" if seconds is None else f"{seconds:.2f}"


def rdflib_baseline(path: Path, cap: float) -> dict[str, Any]:
    """The canned queries on rdflib's in-memory store holding the merged graph (each stopped after ``cap`` s)."""
    import rdflib

    store = ox.Store.read_only(str(path))
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "merged.nt"
        start = time.perf_counter()
        store.dump(str(dump), ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        graph = rdflib.Graph()
        graph.parse(dump, format="nt")
        loaded = time.perf_counter() - start
    del store
    print(f"\n== rdflib in-memory baseline: {path}, {len(graph):,} triples loaded in {loaded:.0f} s")
    found: dict[str, Any] = {"path": str(path), "triples": len(graph), "load_s": loaded, "queries": {}}

    def stop(signum: int, frame: Any) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, stop)
    try:
        for name, item in sorted(canned().items()):
            text = item.path.read_text(encoding="utf-8")
            if "GRAPH ?g" in text:  # article graphs: not in this baseline
                found["queries"][name] = {"s": None, "rows": None, "note": "needs the article graphs"}
                print(f"{name:22} {'n/a':>9}   (asks for article graphs)")
                continue
            signal.setitimer(signal.ITIMER_REAL, cap)
            start = time.perf_counter()
            try:
                rows = len(list(graph.query(text)))
                seconds: float | None = time.perf_counter() - start
            except TimeoutError:
                rows, seconds = -1, None
            except Exception as error:  # rdflib cannot answer some of them (unbound GROUP_CONCAT DISTINCT)
                signal.setitimer(signal.ITIMER_REAL, 0)
                found["queries"][name] = {"s": None, "rows": None, "note": f"rdflib fails: {error}"}
                print(f"{name:22} {'n/a':>9}   (rdflib fails: {error})")
                continue
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            found["queries"][name] = {"s": seconds, "rows": rows}
            print(f"{name:22} {fmt(seconds) if seconds else f'> {cap:g}':>9} s {rows:9,} rows")
    finally:
        signal.signal(signal.SIGALRM, previous)
    return found


def extrapolate(stores: list[dict[str, Any]]) -> dict[str, Any]:
    """Each figure at 100,000 articles: a power law t = c·n^b fitted (least squares, log-log) over every store.

    A negative fitted exponent is noise (no work shrinks as the store grows) and is taken as 0.
    """
    if len(stores) < 2:
        return {}
    xs = [math.log(s["articles"]) for s in stores]

    def grow(values: list[float | None]) -> dict[str, Any] | None:
        if any(not v for v in values):
            return None
        ys = [math.log(v) for v in values]  # type: ignore[arg-type]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
        exponent = max(0.0, slope)
        at = math.exp(my + exponent * (math.log(BIG) - mx))
        return {"exponent": round(exponent, 2), "at_100k_s": at}

    out: dict[str, Any] = {"from": [s["articles"] for s in stores], "queries": {}}
    print(
        f"\n== extrapolated to {BIG:,} articles (power law over {', '.join(f'{n:,}' for n in out['from'])})"
    )
    print(f"{'':22} {'first s':>10} {'exponent':>9} {'later s':>8} {'exponent':>9}")
    for name in stores[-1]["queries"]:
        cold = grow([s["queries"][name]["cold_s"] for s in stores])
        warm = grow([s["queries"][name]["cli_warm_s"] for s in stores])
        out["queries"][name] = {"cold": cold, "cli_warm": warm}
        print(
            f"{name:22} {cold['at_100k_s'] if cold else float('nan'):10.1f} "
            f"{cold['exponent'] if cold else float('nan'):9.2f} "
            f"{warm['at_100k_s'] if warm else float('nan'):8.2f} {warm['exponent'] if warm else float('nan'):9.2f}"
        )
    cold = grow([s["viz"]["cli_cold_s"] for s in stores])
    warm = grow([s["viz"]["cli_warm_s"] for s in stores])
    out["viz"] = {"cold": cold, "cli_warm": warm}
    print(
        f"{'kg viz':22} {cold['at_100k_s'] if cold else 0:10.1f} {'':9} {warm['at_100k_s'] if warm else 0:8.2f}"
    )
    return out


def markdown(report: dict[str, Any]) -> str:
    """The README's tables from a report: the canned queries, then explain, viz and --help."""
    stores = report["stores"]
    big = stores[-1]
    sizes = " / ".join(f"{s['articles'] // 1000}k" for s in stores)
    baseline = report.get("rdflib", {})
    lines = [
        f"| canned query | rows at {big['articles'] // 1000}k | main's query, pyoxigraph, every row: {sizes} (s)"
        f" | now, first run: {sizes} (s) | `kg query` later: {sizes} (s)"
        f" | `kg serve` first / later at {big['articles'] // 1000}k (s)"
        + (f" | rdflib in memory, {baseline['articles'] // 1000}k (s)" if baseline else "")
        + " | first run at 100k, extrapolated (s) |",
        "|---" * (8 if baseline else 7) + "|",
    ]

    def cell(value: float | None, digits: int = 2) -> str:
        return "cap" if value is None else f"{value:.{digits}f}"

    for name in big["queries"]:
        before = " / ".join(cell(s["queries"][name]["before_s"]) for s in stores)
        cold = " / ".join(cell(s["queries"][name]["cold_s"]) for s in stores)
        warm = " / ".join(cell(s["queries"][name]["cli_warm_s"]) for s in stores)
        served = big.get("endpoint", {}).get(name)
        serve = f"{served['first_s']:.2f} / {served['later_s']:.3f}" if served else "–"
        grown = report.get("extrapolated", {}).get("queries", {}).get(name, {}).get("cold")
        row = f"| `{name}` | {big['queries'][name]['rows']:,} | {before} | {cold} | {warm} | {serve}"
        if baseline:
            found = baseline["queries"].get(name, {})
            row += " | " + (
                "n/a"
                if found.get("note")
                else f"> {report.get('cap', 120):g}"
                if found.get("s") is None
                else f"{found['s']:.2f}"
            )
        row += f" | {grown['at_100k_s']:.0f} (t ∝ n^{grown['exponent']:.2f})" if grown else " | –"
        lines.append(row + " |")
    lines += ["", f"| also | {sizes} | target |", "|---|---|---|"]
    for index, label in enumerate(("a person", "the most mentioned entity")):
        values = []
        for s in stores:
            items = list(s["explain"].values())
            if index < len(items):
                values.append(
                    f"{items[index]['cli_warm_s']:.2f} ({items[index]['library_warm_s'] * 1000:.0f} ms in kg)"
                )
        names = " / ".join(repr(list(s["explain"])[index]) for s in stores[-1:] if index < len(s["explain"]))
        lines.append(
            f"| `kg explain` {label} ({names}), later runs: whole command (kg's own work) | {' / '.join(values)} | 0.2 s |"
        )
    lines.append(
        "| default `kg viz`, first run after a build → later runs | "
        + " / ".join(f"{s['viz']['cli_cold_s']:.1f} s → {s['viz']['cli_warm_s']:.2f} s" for s in stores)
        + " | 5 s |"
    )
    lines.append(
        f"| `kg --help`, median (best) of 9 | {report['help_s']:.3f} s ({report.get('help_best_s', report['help_s']):.3f} s) | 0.3 s |"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("stores", nargs="*", help="ARTICLES=PATH of a built store")
    parser.add_argument("--rounds", type=int, default=3, help="runs for each warm median")
    parser.add_argument("--cap", type=float, default=300.0, help="seconds after which a query is given up")
    parser.add_argument(
        "--rdflib", type=int, help="also time rdflib's in-memory store on the store of this size"
    )
    parser.add_argument("--serve", action="store_true", help="also time the canned queries through kg serve")
    parser.add_argument("--before-queries", type=Path, help="folder of the .rq texts to compare with")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "benchmarks" / "results" / "read.json")
    parser.add_argument(
        "--table-from",
        type=Path,
        help="only extrapolate again and print the README tables of a written report",
    )
    args = parser.parse_args(argv)
    if args.table_from:  # the extrapolation is made again (a report of an older version of this script)
        report = json.loads(args.table_from.read_text(encoding="utf-8"))
        report["extrapolated"] = extrapolate(report["stores"])
        args.table_from.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print()
        print(markdown(report))
        return
    sizes = []
    for spec in args.stores:
        count, _, path = spec.partition("=")
        sizes.append((int(count), Path(path)))
    before = before_queries(args.before_queries)
    report: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "load": os.getloadavg()},
        "targets": TARGETS,
        "stores": [measure_store(n, p, before, args.rounds, args.cap, args.serve) for n, p in sorted(sizes)],
    }
    helps = [wall([KG, "--help"]) for _ in range(9)]
    report["help_s"], report["help_best_s"] = statistics.median(helps), min(helps)
    print(
        f"\nkg --help {report['help_s']:.3f} s (median of 9; best {report['help_best_s']:.3f} s, "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)  target <= {TARGETS['help_s']:g} s"
    )
    report["extrapolated"] = extrapolate(report["stores"])
    if args.rdflib:
        path = dict(sizes)[args.rdflib]
        report["rdflib"] = {"articles": args.rdflib, **rdflib_baseline(path, args.cap)}
    report["machine"]["load_after"] = os.getloadavg()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    report["cap"] = args.cap
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten {args.output}\n")
    print(markdown(report))


if __name__ == "__main__":
    main()
