"""CRF tagger speed on a long article (a benchmark, not a test).

Usage: .venv/bin/python benchmarks/bench_ner.py [--repeat N]
"""

from __future__ import annotations

import argparse
import time

from kg.ner import tag, tokenize

# numbered, so that no sentence repeats: kg.ner tags a sentence met again only once
SENTENCE = "Presiden Budi Hartono meresmikan Bendungan Bener ke-{} di Purworejo, Jawa Tengah. "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200, help="sentences in the article (default 200)")
    args = parser.parse_args()
    text = "".join(SENTENCE.format(k) for k in range(args.repeat))
    tag("Presiden Budi Hartono tiba.")  # load the model outside the measurement
    started = time.perf_counter()
    spans = tag(text)
    seconds = time.perf_counter() - started
    tokens = len(tokenize(text))
    print(
        f"{len(text):8} characters  {tokens:7} tokens  {seconds:6.2f} s  "
        f"{tokens / seconds:9,.0f} tokens/s  {len(spans)} spans"
    )


if __name__ == "__main__":
    main()
