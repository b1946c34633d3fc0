"""Build speed: articles per second through extraction and the store (a benchmark, not a test).

Usage: .venv/bin/python benchmarks/bench_build.py [INPUT ...] [--field MAP]
Defaults to the bundled sample, repeated, and the detik dev corpus when ../shared is present.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from kg.ingest import FieldMap, read_inputs
from kg.pipeline import build
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]


def measure(label: str, paths: list[Path], fields: FieldMap) -> None:
    articles = len(read_inputs(paths, fields).articles)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store") as store:
        started = time.perf_counter()
        report = build(paths, store, fields)
        seconds = time.perf_counter() - started
    print(
        f"{label:28} {articles:6} articles  {seconds:7.2f} s  {articles / seconds:7.1f} articles/s  {report.statements} statements"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--field", default=None)
    args = parser.parse_args()
    fields = FieldMap.parse(args.field)
    if args.inputs:
        measure("given input", args.inputs, fields)
        return
    measure("sample (4 articles)", [ROOT / "data" / "sample"], FieldMap())
    detik = ROOT.parent / "shared" / "corpus" / "dev" / "detik-dev.csv"
    if detik.exists():
        measure("detik-dev", [detik], FieldMap.parse("title=judul,text=isi_berita,url=tautan,date=tanggal"))


if __name__ == "__main__":
    main()
