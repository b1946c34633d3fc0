"""Scaling out: extraction with --jobs 2 beside --dask local:2, and kg push's rate (a benchmark, not a test).

Usage: .venv/bin/python benchmarks/bench_scale.py [--rows 200]
Reads the first ROWS records of ../shared/corpus/dev/detik-dev.csv; pushes the store to an
Oxigraph server and, when installed, Virtuoso 7, both started on 127.0.0.1 and stopped.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
import tempfile
import time
from pathlib import Path

from kg.ingest import FieldMap
from kg.pipeline import build
from kg.scale.dask import dask_mapper
from kg.store import Store
from kg.store.push import push
from kg.store.remote import RemoteStore

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import servers  # noqa: E402

DETIK = ROOT.parent / "shared" / "corpus" / "dev" / "detik-dev.csv"
FIELDS = "title=judul,text=isi_berita,url=tautan,date=tanggal"


def first_rows(source: Path, rows: int, out: Path) -> Path:
    csv.field_size_limit(1 << 26)
    with source.open(encoding="utf-8", newline="") as src, out.open("w", encoding="utf-8", newline="") as dst:
        reader, writer = csv.reader(src), csv.writer(dst)
        writer.writerows(itertools.islice(reader, rows + 1))  # the header and ROWS records
    return out


def timed_build(label: str, source: Path, store_path: Path, **options: object) -> Path:
    started = time.perf_counter()
    with Store(store_path) as store:
        report = build([source], store, FieldMap.parse(FIELDS), **options)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    n = report.added + report.replaced
    print(f"{label:34} {n:5} articles  {seconds:7.1f} s  {n / seconds:6.2f} articles/s")
    return store_path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = first_rows(DETIK, args.rows, work / "detik.csv")
        store = timed_build("--jobs 2", source, work / "jobs2", jobs=2)
        started = time.perf_counter()
        with dask_mapper("local:2") as mapper:
            up = time.perf_counter() - started
            timed_build(f"--dask local:2 (+{up:.1f} s cluster start)", source, work / "dask", mapper=mapper)
        for kind in ("oxigraph", "virtuoso"):
            if servers.missing(kind):
                print(f"push to {kind}: skipped ({servers.missing(kind)})")
                continue
            with servers.running(kind, work / kind) as server, Store(store, read_only=True) as s:
                remote = RemoteStore(server.endpoint, user=server.user, password=server.password, timeout=600)
                report = push(s, remote)
                again = push(s, remote)
            print(
                f"push to {kind}: {report.sent} graphs + merged graph, {report.statements} statements in "
                f"{report.seconds:.1f} s = {report.rate:,.0f} statements/s; re-push {again.seconds:.1f} s, "
                f"{again.sent} sent"
            )


if __name__ == "__main__":
    main()
