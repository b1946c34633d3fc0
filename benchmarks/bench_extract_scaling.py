"""Extraction time against article length: one article of 10k, 100k and 1M characters.

A single very long article (a scraped archive page, a merged file) must not cost
quadratic time. The article is entity-dense synthetic press-release text
(``benchmarks/synthetic.py``), the same at every size up to its cut. Prints
seconds and characters per second for each size, and the ratio of the slowest
to the fastest rate (close to 1 is linear); writes ``benchmarks/results/extract-scaling.json``.

    .venv/bin/python benchmarks/bench_extract_scaling.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import generate  # noqa: E402

from kg.extract.base import extract  # noqa: E402
from kg.records import Article  # noqa: E402


def long_text(size: int) -> str:
    """``size`` characters of article bodies, joined as paragraphs."""
    parts: list[str] = []
    total = 0
    for row in generate(1 + size // 300):
        parts.append(row["text"])
        total += len(row["text"]) + 2
        if total >= size:
            break
    return "\n\n".join(parts)[:size]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("-o", type=Path, default=ROOT / "benchmarks" / "results" / "extract-scaling.json")
    args = parser.parse_args(argv)
    extract(Article("warm-up", long_text(20_000)))  # load the tagger, gazetteers and word lists once
    rows = []
    for size in args.sizes:
        text = long_text(size)
        start = time.perf_counter()
        result = extract(Article("scaling", text, date="2025-01-01"))
        seconds = time.perf_counter() - start
        rows.append(
            {"chars": len(text), "seconds": round(seconds, 2), "chars_per_second": round(len(text) / seconds)}
        )
        print(
            f"{len(text):>9,} chars  {seconds:7.2f} s  {len(text) / seconds:>9,.0f} chars/s  {len(result.entities)} entities"
        )
    rates = [r["chars_per_second"] for r in rows]
    ratio = max(rates) / min(rates)
    print(
        f"fastest/slowest rate: {ratio:.2f} (1.0 is linear; quadratic work would be ~{args.sizes[-1] // args.sizes[0]})"
    )
    args.o.parent.mkdir(parents=True, exist_ok=True)
    args.o.write_text(
        json.dumps({"sizes": rows, "rate_ratio": round(ratio, 2)}, indent=2) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
