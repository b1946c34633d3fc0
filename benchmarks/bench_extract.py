"""Extraction speed on one core: articles/s, warm, and the cold first article (a benchmark, not a test; issue #10).

Usage:
    .venv/bin/python benchmarks/bench_extract.py                       # detik-dev-32 and detik-dev (500 rows)
    .venv/bin/python benchmarks/bench_extract.py --baseline main       # the same, and a git ref, interleaved
    .venv/bin/python benchmarks/bench_extract.py --repeat 5 --corpus detik-dev-32

Each measurement is a fresh process (``--measure``) that imports kg, reads the corpus, times
``extract()`` of the first article (the cold start: region tables, lexicons, the NER model),
then times ``extract()`` of every article once (warm: one core, nothing loaded any more).
With ``--baseline REF`` the same measurement runs against ``git archive REF`` (unpacked in a
temporary folder, on PYTHONPATH), alternating with this checkout, so both see the same load.
Each figure is the median of ``--repeat`` runs; articles per CPU second (the process's own CPU
time) beside articles/s (wall clock) is the steadier of the two when other work shares the machine. Without ../shared (a fresh clone) it uses
``benchmarks/synthetic.py`` instead. Writes ``benchmarks/results/extract.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
CORPORA = {
    "detik-dev-32": (DEV / "detik-dev-32.jsonl", None),
    "detik-dev": (DEV / "detik-dev.csv", "title=judul,text=isi_berita,url=tautan,date=tanggal"),
}
RESULTS = ROOT / "benchmarks" / "results" / "extract.json"


def measure(path: Path, fields: str | None) -> dict[str, Any]:
    """In this process: import, the first article cold, then every article warm."""
    started = time.perf_counter()
    from kg.extract.base import extract
    from kg.ingest import FieldMap, read_inputs

    imported = time.perf_counter() - started
    articles = read_inputs([path], FieldMap.parse(fields) if fields else None).articles
    started = time.perf_counter()
    extract(articles[0])
    first = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        extract(article)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "articles": len(articles),
        "import_s": round(imported, 3),
        "first_article_s": round(first, 3),
        "warm_s": round(seconds, 2),
        "articles_per_s": round(len(articles) / seconds, 1),
        # CPU time of this process alone: less at the mercy of other work on a shared machine
        "warm_cpu_s": round(cpu, 2),
        "articles_per_cpu_s": round(len(articles) / cpu, 1),
    }


def run_measure(path: Path, fields: str | None, source: Path | None) -> dict[str, Any]:
    """:func:`measure` in a fresh process, against this checkout or the kg unpacked at ``source``."""
    env = dict(os.environ)
    cwd = ROOT
    if source is not None:
        env["PYTHONPATH"] = str(source)
        cwd = source  # so the checkout's kg (the current directory on sys.path) is not found first
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", str(path)]
    if fields:
        command += ["--fields", fields]
    done = subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def unpack(ref: str, into: Path) -> Path:
    """``git archive ref`` unpacked into ``into``."""
    archive = into / "ref.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "archive", ref], cwd=ROOT, check=True, stdout=out)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "src", filter="data")
    return into / "src"


def synthetic(path: Path, n: int) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import write_jsonl

    return write_jsonl(path, n)


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "articles": runs[0]["articles"],
        "articles_per_s": statistics.median(r["articles_per_s"] for r in runs),
        "articles_per_cpu_s": statistics.median(r["articles_per_cpu_s"] for r in runs),
        "first_article_s": statistics.median(r["first_article_s"] for r in runs),
        "import_s": statistics.median(r["import_s"] for r in runs),
        "runs": runs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--baseline", metavar="REF", help="also measure this git ref (e.g. main), interleaved"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per corpus and version (the median is kept)"
    )
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA), help="only these (repeatable)")
    parser.add_argument("--synthetic", type=int, default=200, help="articles when ../shared is absent")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process
    parser.add_argument("--fields", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.fields)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if DEV.is_dir():
            corpora = {name: CORPORA[name] for name in args.corpus or CORPORA}
        else:
            corpora = {f"synthetic-{args.synthetic}": (synthetic(work / "s.jsonl", args.synthetic), None)}
        versions: dict[str, Path | None] = {"this checkout": None}
        if args.baseline:
            versions = {f"baseline {args.baseline}": unpack(args.baseline, work), **versions}
        runs: dict[str, dict[str, list[dict[str, Any]]]] = {c: {v: [] for v in versions} for c in corpora}
        for corpus, (path, fields) in corpora.items():
            for _ in range(args.repeat):
                for version, source in versions.items():  # alternate, so both see the same load
                    runs[corpus][version].append(run_measure(path, fields, source))
    result: dict[str, Any] = {
        "corpora": {c: {v: summary(r) for v, r in by_version.items()} for c, by_version in runs.items()},
        "machine": {
            "cpus": os.cpu_count(),
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version(),
            "note": "shared 2-core machine: other work ran at the same time; compare within one run",
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    for corpus, by_version in result["corpora"].items():
        for version, s in by_version.items():
            print(
                f"{corpus:14s} {version:22s} {s['articles_per_s']:6.1f} articles/s warm "
                f"({s['articles_per_cpu_s']:.1f} per CPU second; {s['articles']} articles), "
                f"first article {s['first_article_s']:.2f} s cold (after {s['import_s']:.2f} s of imports); "
                f"median of {len(s['runs'])}"
            )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
