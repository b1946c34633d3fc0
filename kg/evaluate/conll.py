"""Scoring flat PER/ORG/LOC mentions against CoNLL annotation (exact span match, micro-F1).

Each CoNLL sentence is rebuilt as text (tokens joined by single spaces) and run
through the whole extractor as a one-sentence article; its outermost person,
organisation and place mentions (``kg.text.spans.outermost``, the same rows
the mentions export writes) are compared with the annotated spans.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from kg.evaluate.gold import Score
from kg.extract.base import extract
from kg.ner import read_conll, spans_from_bio
from kg.records import Article, EntityType
from kg.text.spans import outermost

LABELS = {EntityType.PERSON: "PER", EntityType.ORGANIZATION: "ORG", EntityType.PLACE: "LOC"}


def predicted_spans(tokens: list[str]) -> set[tuple[int, int, str]]:
    """Token-index spans ``(start, end_exclusive, label)`` that extraction finds in a sentence."""
    text = " ".join(tokens)
    starts, ends, pos = {}, {}, 0
    for k, token in enumerate(tokens):
        starts[pos] = k
        ends[pos + len(token)] = k + 1
        pos += len(token) + 1
    x = extract(Article("conll", text))
    mentions = [
        (m.span.start, m.span.end, e.type.value, LABELS[e.type])
        for e in x.entities
        if e.type in LABELS
        for m in e.mentions
    ]
    titles = [(m.span.start, m.span.end) for e in x.entities if e.type is EntityType.ROLE for m in e.mentions]
    found = set()
    for start, end, _, label in outermost(mentions, titles):
        if start in starts and end in ends:
            found.add((starts[start], ends[end], label))
    return found


def evaluate_conll(path: str | Path) -> dict[str, dict[str, float]]:
    """Per-label and micro precision, recall and F1 over exact spans."""
    counts: dict[str, Counter[str]] = {label: Counter() for label in ("PER", "ORG", "LOC")}
    for tokens, labels in read_conll(path):
        gold = spans_from_bio(labels)
        pred = predicted_spans(tokens)
        for span in pred & gold:
            counts[span[2]]["tp"] += 1
        for span in pred - gold:
            counts[span[2]]["fp"] += 1
        for span in gold - pred:
            counts[span[2]]["fn"] += 1
    result = {label: _prf(c) for label, c in counts.items()}
    result["micro"] = _prf(sum(counts.values(), Counter()))
    return result


def _prf(c: Counter[str]) -> dict[str, float]:
    score = Score(tp=c["tp"], fp=c["fp"], fn=c["fn"])  # the same P/R/F1 rules as the gold scorer
    return {
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
        "tp": score.tp,
        "fp": score.fp,
        "fn": score.fn,
    }
