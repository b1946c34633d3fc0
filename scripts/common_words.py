"""Build kg/resources/common-words.txt: Indonesian words news writes in lower case.

A capitalised word that is otherwise a common word ("Kasus ini ...", "Berdasarkan
data ...") opens a sentence; it is not a one-word personal name. The list is the
lower-case alphabetic tokens seen in the idner-news-2k TRAIN split
(MIT, see kg/resources/NER-ATTRIBUTION.md), minus any word the split also tags as
part of a person's name. Deterministic: run it again, get the same file.

Usage: .venv/bin/python scripts/common_words.py [--train PATH]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ner import read_conll  # noqa: E402

OUT = ROOT / "kg" / "resources" / "common-words.txt"


def build(train: Path) -> list[str]:
    counts: Counter[str] = Counter()
    names: set[str] = set()
    for tokens, labels in read_conll(train):
        for token, label in zip(tokens, labels, strict=True):
            if label.endswith("PER"):
                names.add(token.lower())
            elif token.isalpha() and token.islower() and len(token) >= 3:
                counts[token] += 1
    return sorted(word for word, n in counts.items() if word not in names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--train",
        type=Path,
        default=ROOT.parent / "shared" / "corpus" / "dev" / "idner-news-2k" / "train.txt",
    )
    args = parser.parse_args()
    words = build(args.train)
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(words)} words")


if __name__ == "__main__":
    main()
