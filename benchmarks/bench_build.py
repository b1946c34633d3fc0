"""Build speed and store size against the same run's bulk_load baseline (a benchmark, not a test; issue #10).

Usage:
    .venv/bin/python benchmarks/bench_build.py                    # detik-dev (500 rows), --jobs 2
    .venv/bin/python benchmarks/bench_build.py --articles 2000    # detik-dev texts, repeated under new URLs
    .venv/bin/python benchmarks/bench_build.py --synthetic 2000   # benchmarks/synthetic.py instead
    .venv/bin/python benchmarks/bench_build.py --evidence full    # the selector form of evidence

Prints and writes ``benchmarks/results/build.json``:
- ``kg build --jobs J`` of N articles into a new store: seconds, articles/s, and the CPU the
  build's own process spent per article (mapping, labels, storing, identity resolution, compaction;
  the extraction workers' CPU is not in it);
- quads per article in the store (article graphs + merged default graph), and in the article graphs;
- the store's size on disk after the build, beside the size of its N-Quads export;
- the baseline, in the same run: pyoxigraph ``bulk_load`` of that N-Quads export into a new
  store, and the ratio build time / bulk_load time (issue #10's target: at most 3);
- extraction alone, in this process (one core, warm): articles/s.
Without ../shared (a fresh clone) it falls back to the synthetic corpus.
"""

from __future__ import annotations

import argparse
import csv
import inspect
import itertools
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.export import export
from kg.extract.base import extract
from kg.ingest import FieldMap, read_inputs
from kg.pipeline import build
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
DETIK = ROOT.parent / "shared" / "corpus" / "dev" / "detik-dev.csv"
DETIK_FIELDS = "title=judul,text=isi_berita,url=tautan,date=tanggal"
RESULTS = ROOT / "benchmarks" / "results" / "build.json"


def detik_corpus(path: Path, n: int | None) -> Path:
    """detik-dev's rows as JSON Lines; past its end, the same texts again under new URLs (new articles)."""
    fields = FieldMap.parse(DETIK_FIELDS)
    with DETIK.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get(fields.text) and r.get(fields.title)]
    count = len(rows) if n is None else n
    with path.open("w", encoding="utf-8") as out:
        for i, row in enumerate(itertools.islice(itertools.cycle(rows), count)):
            copy = i // len(rows)
            url = row.get(fields.url) or f"https://example.org/{i}"
            record = {
                "title": row[fields.title] + (f" ({copy})" if copy else ""),
                "text": row[fields.text],
                "url": f"{url}?copy={copy}" if copy else url,
                "date": row.get(fields.date, ""),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def synthetic_corpus(path: Path, n: int) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import write_jsonl

    return write_jsonl(path, n)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def own_cpu() -> float:
    """CPU seconds of this process (all its threads), not of its worker processes."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure_extraction(corpus: Path, limit: int) -> dict[str, float]:
    articles = read_inputs([corpus]).articles[:limit]
    extract(articles[0])  # warm: lexicons, automata and the NER model load once
    started = time.perf_counter()
    for article in articles:
        extract(article)
    seconds = time.perf_counter() - started
    return {
        "articles": len(articles),
        "seconds": round(seconds, 2),
        "articles_per_s": round(len(articles) / seconds, 1),
    }


def run(corpus: Path, jobs: int, evidence: str | None, work: Path) -> dict[str, Any]:
    options: dict[str, Any] = {"jobs": jobs}
    forms = "evidence" in inspect.signature(build).parameters  # (a kg from before issue #10 has one form)
    if evidence and forms:
        options["evidence"] = evidence
    form = options.get("evidence", "compact (default)" if forms else "full (kg before issue #10)")
    store_path = work / "store"
    started, cpu_before = time.perf_counter(), own_cpu()
    with Store(store_path) as store:
        report = build([corpus], store, **options)
    build_s, main_cpu_s = time.perf_counter() - started, own_cpu() - cpu_before
    written = report.added + report.replaced
    with Store(store_path, read_only=True) as store:
        total_quads = len(store)
        named_quads = sum(1 for _ in store.quads(named=True))
        nquads = export(store, "nquads", work / "export.nq")
    store_bytes = folder_size(store_path)
    nquads_bytes = nquads.stat().st_size
    # the baseline: load the build's own N-Quads export with Oxigraph's bulk loader
    started = time.perf_counter()
    baseline = ox.Store(str(work / "bulk"))
    baseline.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    baseline.flush()
    bulk_s = time.perf_counter() - started
    del baseline
    return {
        "articles_read": report.read,
        "articles_written": written,
        "jobs": jobs,
        "evidence": form,
        "build_s": round(build_s, 2),
        "articles_per_s": round(written / build_s, 1),
        "main_process_cpu_ms_per_article": round(1000 * main_cpu_s / written, 1),
        "quads_total": total_quads,
        "quads_per_article": round(total_quads / written, 1),
        "quads_per_article_in_article_graphs": round(named_quads / written, 1),
        "store_mb": round(store_bytes / 1e6, 1),
        "nquads_export_mb": round(nquads_bytes / 1e6, 1),
        "store_over_export": round(store_bytes / nquads_bytes, 2),
        "bulk_load_s": round(bulk_s, 2),
        "bulk_load_quads": named_quads,
        "build_over_bulk_load": round(build_s / bulk_s, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=None, help="detik-dev texts, repeated to this many")
    parser.add_argument("--synthetic", type=int, default=None, help="this many synthetic articles instead")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--evidence", choices=["compact", "full"], default=None)
    parser.add_argument(
        "--extract-articles", type=int, default=200, help="articles timed for extraction alone"
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.synthetic or not DETIK.exists():
            n = args.synthetic or args.articles or 2000
            corpus, name = synthetic_corpus(work / "corpus.jsonl", n), f"benchmarks/synthetic.py {n}"
        else:
            corpus = detik_corpus(work / "corpus.jsonl", args.articles)
            name = f"detik-dev texts ({args.articles or 'all'} rows)"
        result: dict[str, Any] = {"corpus": name}
        result["build"] = run(corpus, args.jobs, args.evidence, work)
        result["extraction_one_core"] = measure_extraction(corpus, args.extract_articles)
    result["machine"] = {
        "cpus": os.cpu_count(),
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "pyoxigraph": ox.__version__ if hasattr(ox, "__version__") else "?",
        "note": "shared 2-core machine: other work ran at the same time; compare ratios within one run",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    b, e = result["build"], result["extraction_one_core"]
    print(f"corpus: {name}")
    print(
        f"kg build --jobs {b['jobs']}: {b['articles_written']} articles in {b['build_s']} s = {b['articles_per_s']} articles/s"
    )
    print(f"CPU of the build's own process: {b['main_process_cpu_ms_per_article']} ms per article")
    print(
        f"quads/article: {b['quads_per_article']} in all ({b['quads_per_article_in_article_graphs']} in article graphs)"
    )
    print(
        f"store on disk: {b['store_mb']} MB = {b['store_over_export']}x its N-Quads export ({b['nquads_export_mb']} MB)"
    )
    print(
        f"baseline bulk_load of that export: {b['bulk_load_s']} s for {b['bulk_load_quads']} quads; "
        f"build / bulk_load = {b['build_over_bulk_load']}x"
    )
    print(f"extraction alone, one core: {e['articles_per_s']} articles/s ({e['articles']} articles)")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
