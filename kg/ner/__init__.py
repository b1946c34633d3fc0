"""Small CPU-only CRF named-entity tagger (PER/ORG/LOC) for Indonesian news.

The model (``kg/resources/ner-crf.model``) is trained on idner-news-2k by
``scripts/train_ner.py`` and loaded lazily on the first call that needs it.
"""

from __future__ import annotations

import re
import tempfile
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg import lang, paths
from kg.ner.features import sent2attributes

__all__ = [
    "LABELS",
    "MODEL_PATH",
    "NerSpan",
    "model_attributes",
    "read_conll",
    "score",
    "spans_from_bio",
    "tag",
    "tag_tokens",
    "tokenize",
]

LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")
MODEL_PATH = paths.ner_model()


@dataclass(frozen=True)
class NerSpan:
    """An entity mention: ``text == source[start:end]``."""

    start: int
    end: int
    label: str
    text: str
    confidence: float = 1.0  # the tagger's marginal probability of this span's labels, lowest token


# --- tokenisation -----------------------------------------------------------

_QUOTE_CHARS = '"“”«»„‟'  # always split off, wherever they occur
_APOS_CHARS = "'‘’`"  # split off at token edges only (keeps "Moody's", "Ka'bah")
_EDGE_PUNCT = ",;:!?"
# Separators inside a whitespace chunk: double quotes, dashes, ellipses, and
# commas except between digits ("1,3" stays one token, as in the corpus).
_PIECE = re.compile(
    rf"(?P<sep>[{_QUOTE_CHARS}—…]|\.{{2,}}|(?<!\d),|,(?!\d))"
    rf"|(?:[^\s{_QUOTE_CHARS}—….,]|\.(?!\.)|(?<=\d),(?=\d))+"
)
_CHUNK = re.compile(r"\S+")
# Abbreviations whose final dot belongs to the token ("Pj. Wali Kota").
_ABBREV = frozenset(lang.words("ner-abbreviations", casefold=True))
_DOTTED = re.compile(r"[A-Za-z]|(?:[A-Za-z]{1,4}\.)+[A-Za-z]{1,4}")


def _keeps_dot(body: str) -> bool:
    """True when ``body + "."`` is an abbreviation such as ``Pj.``, ``H.`` or ``S.Sos.``."""
    return body.lower() in _ABBREV or _DOTTED.fullmatch(body) is not None


def _peel(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """Split edge punctuation off one piece, keeping abbreviation dots."""
    head: list[tuple[int, int]] = []
    while start < end and (text[start] in _APOS_CHARS or text[start] in _EDGE_PUNCT):
        head.append((start, start + 1))
        start += 1
    tail: list[tuple[int, int]] = []
    while start < end:
        last = text[end - 1]
        if (
            last in _APOS_CHARS
            or last in _EDGE_PUNCT
            or (last == "." and not _keeps_dot(text[start : end - 1]))
        ):
            tail.append((end - 1, end))
            end -= 1
        else:
            break
    middle = [(start, end)] if start < end else []
    return head + middle + tail[::-1]


def tokenize(text: str) -> list[tuple[int, int]]:
    """Character offsets of tokens, split the way idner-news-2k tokenises.

    Parentheses stay attached (``(19/11/2024)``, ``(PKB)``), hyphenated words
    stay whole (``Kota-kota``), commas/periods/quotes are split off
    (``ST,`` -> ``ST`` ``,``) except abbreviation dots (``Pj.``).
    """
    spans: list[tuple[int, int]] = []
    for chunk in _CHUNK.finditer(text):
        if chunk.group().isalnum():
            # Most chunks are plain words: no separator, nothing to peel, one token (as below).
            spans.append(chunk.span())
            continue
        for piece in _PIECE.finditer(text, chunk.start(), chunk.end()):
            if piece.group("sep"):
                spans.append(piece.span())
            else:
                spans.extend(_peel(piece.start(), piece.end(), text))
    return spans


# --- model ------------------------------------------------------------------

_LOCK = threading.Lock()
_TAGGER: Any = None


def _tagger() -> Any:
    """Load the CRF model once; ``pycrfsuite`` is imported lazily too."""
    global _TAGGER
    with _LOCK:
        if _TAGGER is None:
            if not MODEL_PATH.is_file():
                raise FileNotFoundError(
                    f"NER model missing at {MODEL_PATH}; run `python scripts/train_ner.py` to build it"
                )
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            with resources.as_file(MODEL_PATH) as model:  # a real file, also from a zipped package
                tagger.open(str(model))
            _TAGGER = tagger
        return _TAGGER


@lru_cache(maxsize=1)
def model_attributes() -> frozenset[str]:
    """The attributes the model knows (its attribute dictionary): what :func:`sent2attributes` keeps.

    crfsuite skips any other attribute of its input, so leaving them out changes no label and no
    marginal; it only spares converting and looking up about a third of the strings. Read from
    the model's text dump (about 10 ms; ``Tagger.info()`` parses all of it, about 70 ms).
    """
    tagger = _tagger()
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "model.txt"
        with _LOCK:
            tagger.dump(str(dump))
        lines = dump.read_text(encoding="utf-8").split("\n")
    start = lines.index("ATTRIBUTES = {") + 1  # then "   12: w:kota" lines, then "}"
    return frozenset(line.split(": ", 1)[1] for line in lines[start : lines.index("}", start)])


def tag_tokens(tokens: list[str]) -> list[str]:
    """BIO labels (``B-PER``, ``I-ORG``, ``O`` ...) for one tokenised sentence."""
    if not tokens:
        return []
    xseq = sent2attributes(tokens, model_attributes())
    tagger = _tagger()
    with _LOCK:  # a crfsuite Tagger is not safe to share across threads
        return list(tagger.tag(xseq))


def tag_tokens_marginals(tokens: list[str]) -> tuple[list[str], list[float]]:
    """BIO labels for one tokenised sentence and each label's marginal probability."""
    if not tokens:
        return [], []
    xseq = sent2attributes(tokens, model_attributes())
    tagger = _tagger()
    with _LOCK:
        labels = list(tagger.tag(xseq))
        marginals = [tagger.marginal(label, i) for i, label in enumerate(labels)]
    return labels, marginals


# --- text -> spans ----------------------------------------------------------

_TERMINATORS = frozenset({".", "!", "?", "…"})
_QUOTES = frozenset(_QUOTE_CHARS + _APOS_CHARS)


def _is_quote(token: str) -> bool:
    """Quote-only tokens: the corpus has none, so they are kept out of the CRF input."""
    return not token.strip(_QUOTE_CHARS + _APOS_CHARS)  # nothing left: every character is one of them


def _sentences(text: str, offsets: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group token offsets into sentences: after . ! ? before a capital, or at a newline."""
    sents: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for s, e in offsets:
        if cur:
            prev_s, prev_e = cur[-1]
            ends = text[s].isupper() and (
                text[prev_s:prev_e] in _TERMINATORS or text.startswith("..", prev_s, prev_e)
            )
            if ends or text.find("\n", prev_e, s) != -1:
                sents.append(cur)
                cur = []
        cur.append((s, e))
    if cur:
        sents.append(cur)
    return sents


def _trim_brackets(start: int, end: int, text: str) -> tuple[int, int]:
    """Drop brackets that the corpus tokenisation glues to entity tokens, e.g. ``(Tono)``."""
    span = text[start:end]
    inner = span[1:-1]
    if span[:1] == "(" and span[-1:] == ")" and "(" not in inner and ")" not in inner:
        return start + 1, end - 1
    if span[:1] == "(" and span.count("(") > span.count(")"):
        start += 1
    if span[-1:] == ")" and span.count(")") > span.count("("):
        end -= 1
    return start, end


@lru_cache(maxsize=1 << 12)
def _tag_spans(tokens: tuple[str, ...]) -> tuple[tuple[int, int, str, float], ...]:
    """Token spans of one sentence, sorted, each with its lowest marginal (:func:`tag_tokens_marginals`).

    Only the marginals of tokens inside a span are asked for: they are all that a span's
    confidence reads, and most tokens are outside every span. The tagger gives a sentence the
    same spans wherever it stands, so a sentence met again (a site's "SCROLL TO CONTINUE WITH
    CONTENT" in every article, about one sentence in seven of detik-dev) is tagged once.
    """
    if not tokens:
        return ()
    xseq = sent2attributes(list(tokens), model_attributes())
    tagger = _tagger()
    with _LOCK:
        labels = list(tagger.tag(xseq))
        return tuple(
            (first, last, label, min(tagger.marginal(labels[i], i) for i in range(first, last)))
            for first, last, label in sorted(spans_from_bio(labels))
        )


def tag(text: str) -> list[NerSpan]:
    """Find PER/ORG/LOC mentions in ``text`` (any length) as character spans."""
    # (a token whose first character is no quotation mark is no quote-only token)
    content = [(s, e) for s, e in tokenize(text) if text[s] not in _QUOTES or not _is_quote(text[s:e])]
    found: list[NerSpan] = []
    for sent in _sentences(text, content):
        for first, last, label, lowest in _tag_spans(tuple(text[s:e] for s, e in sent)):
            start, end = _trim_brackets(sent[first][0], sent[last - 1][1], text)
            if start < end:
                found.append(NerSpan(start, end, label, text[start:end], round(lowest, 3)))
    return found


# --- data and evaluation ----------------------------------------------------


def read_conll(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Read ``token ... label`` lines (blank line between sentences) into (tokens, labels)."""
    sents: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    labels: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cols = line.split()
            if not cols:
                if tokens:
                    sents.append((tokens, labels))
                    tokens, labels = [], []
                continue
            tokens.append(cols[0])
            labels.append(cols[-1] if len(cols) > 1 else "O")
    if tokens:
        sents.append((tokens, labels))
    return sents


def spans_from_bio(labels: Sequence[str]) -> set[tuple[int, int, str]]:
    """Token spans ``(start, end_exclusive, type)``; a stray ``I-X`` opens a span (conlleval)."""
    spans: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        prefix, _, typ = lab.partition("-")
        continues = prefix == "I" and typ == kind
        if kind and not continues:
            spans.add((start, i, kind))
            kind = ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, typ
    return spans


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision/recall/F1 with counts; 0.0 where undefined."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict[str, dict[str, float]]:
    """Exact-span P/R/F1 per label and ``"micro"`` over all labels, from BIO sequences."""
    counts: dict[str, list[int]] = {}
    gold_list, pred_list = list(gold), list(pred)
    if len(gold_list) != len(pred_list):
        raise ValueError(f"{len(gold_list)} gold vs {len(pred_list)} predicted sentences")
    for g, p in zip(gold_list, pred_list, strict=True):
        if len(g) != len(p):
            raise ValueError(f"sentence length mismatch: {len(g)} gold vs {len(p)} predicted labels")
        gs, ps = spans_from_bio(g), spans_from_bio(p)
        for span in gs | ps:
            c = counts.setdefault(span[2], [0, 0, 0])
            c[0 if span in gs and span in ps else 1 if span in ps else 2] += 1
    result = {label: _prf(*c) for label, c in sorted(counts.items())}
    totals = [sum(c[k] for c in counts.values()) for k in range(3)]
    result["micro"] = _prf(*totals)
    return result
