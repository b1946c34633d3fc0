"""Token features for the CRF named-entity tagger.

Everything here is a pure function of the token list, so training
(``scripts/train_ner.py``) and tagging (``kg.ner.tag_tokens``) share
exactly the same feature extraction.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import groupby
from typing import NamedTuple

from kg import lang

__all__ = [
    "LEXICON",
    "attributes",
    "capital_runs",
    "lexicon_class",
    "sent2attributes",
    "sent2features",
    "shape",
    "short_shape",
    "token_features",
    "word_attributes",
]

# Generic Indonesian domain vocabulary (offices, institution types, place types, reporting
# verbs), word -> class; the list is kg/resources/lang/id/ner-word-classes.tsv.
LEXICON: dict[str, str] = lang.mapping("ner-word-classes", "word", "class", casefold=True)

_RUNS = re.compile(r"(.)\1+")


def lexicon_class(word: str) -> str:
    """Return the lexicon class of ``word`` (case- and dot-insensitive) or ``""``."""
    return LEXICON.get(word.lower().replace(".", ""), "")


# ASCII letters and digits only, as the character classes [A-Z], [a-z] and [0-9] would map them
_SHAPES = str.maketrans(
    {
        **dict.fromkeys(string.ascii_uppercase, "X"),
        **dict.fromkeys(string.ascii_lowercase, "x"),
        **dict.fromkeys(string.digits, "d"),
    }
)


def shape(word: str) -> str:
    """Map characters to X/x/d/other, e.g. ``"Rp9.050"`` -> ``"Xxd.ddd"``."""
    return word.translate(_SHAPES)


#: what :func:`shape` writes for an ASCII letter or digit
_ALPHANUMERIC = frozenset("Xxd")


def short_shape(word: str) -> str:
    """Collapse repeated characters of :func:`shape`, e.g. ``"Xxxxx"`` -> ``"Xx"``.

    >>> short_shape("Rp9.050"), short_shape("a\\n\\nb")
    ('Xxd.d', 'x\\n\\nx')
    """
    return _collapsed(shape(word))


@lru_cache(maxsize=1 << 12)
def _collapsed(shaped: str) -> str:
    """:func:`short_shape` of a word whose :func:`shape` is ``shaped``: kept per shape, as words of
    one shape are many (``Xxxxxx``) and grouping the characters costs more than the rest of a
    new word's attributes."""
    if "\n" in shaped:  # the run pattern's "." does not match a line break: those runs stay
        return _RUNS.sub(r"\1", shaped)
    return "".join(char for char, _ in groupby(shaped))


def token_features(word: str) -> dict[str, str | float]:
    """Intrinsic features of one token (no context): :func:`word_attributes` as a dict (``w:kota``
    is ``{"w": "kota"}``, ``title`` is ``{"title": 1.0}``), as training hands them to crfsuite.

    >>> token_features("Malang")["shape"], token_features("Malang")["title"]
    ('Xx', 1.0)
    """
    feats: dict[str, str | float] = {}
    for attribute in word_attributes(word)[0]:
        key, colon, value = attribute.partition(":")  # no key holds a colon; a value may
        feats[key] = value if colon else 1.0
    return feats


_LENGTHS = tuple(f"len:{n}" for n in range(9))
#: the names of the prefix and suffix attributes of each length (``p2:ko``, ``s2:ta``), and the length
_AFFIXES = tuple((f"p{k}:", f"s{k}:", k) for k in range(1, 5))


def word_attributes(word: str) -> tuple[list[str], list[str]]:
    """A token's intrinsic features as crfsuite attributes (:func:`attributes`), and those of them its
    neighbours copy (:data:`_CONTEXT_KEYS`, in that order).

    The one definition of a word's features: :func:`token_features` (training) reads it as a dict,
    tagging (:func:`_word_attributes`) as it stands, without building a dict per new word first.

    >>> own, context = word_attributes("(Pj.")
    >>> own[11:], context
    (['title', 'dot', 'paren', 'lex:TITLE'], ['w:(pj.', 'shape:(Xx.', 'title', 'lex:TITLE'])
    """
    low = word.lower()
    shaped = shape(word)  # ASCII digits are "d" in it, and ASCII letters and digits X, x or d
    own = ["bias", f"w:{low}", f"shape:{_collapsed(shaped)}", _LENGTHS[min(len(word), 8)]]
    if len(word) <= 12:
        own.append(f"fshape:{shaped}")
    for prefix, suffix, k in _AFFIXES[: max(len(low) - 1, 0)]:
        own += (prefix + low[:k], suffix + low[-k:])
    context = own[1:3]
    if word.istitle():
        own.append("title")
        context.append("title")
    if word.isupper():
        own.append("upper")
        context.append("upper")
    if "d" in shaped:  # [0-9]
        own.append("digit")
    if "." in word:
        own.append("dot")
    if "-" in word:
        own.append("hyph")
        # Reduplication ("kota-kota") is a plural common noun, never a name.
        head, _, tail = low.partition("-")
        if head and head == tail[: len(head)]:
            own.append("redup")
    if word[:1] == "(" or word[-1:] == ")":
        own.append("paren")
    if _ALPHANUMERIC.isdisjoint(shaped):  # nothing left of it without [^A-Za-z0-9]
        own.append("punct")
    lex = lexicon_class(word.strip("()"))
    if lex:
        own.append(f"lex:{lex}")
        context.append(f"lex:{lex}")
    return own, context


#: the features of a token that its neighbours copy (``-1:w``, ``+2:lex``), in this order
_CONTEXT_KEYS = ("w", "shape", "title", "upper", "lex")


def _context(word: str) -> dict[str, str | float]:
    """The subset of features copied from neighbouring tokens."""
    return _context_of(_own(word))


def _context_of(own: Mapping[str, str | float]) -> dict[str, str | float]:
    """The context features within a token's own (:func:`token_features`): its word, shape,
    capitalisation and lexicon class.

    >>> _context_of(token_features("Malang"))
    {'w': 'malang', 'shape': 'Xx', 'title': 1.0}
    """
    return {key: own[key] for key in _CONTEXT_KEYS if key in own}


def _is_capitalised(word: str) -> bool:
    """True for ``Malang``, ``DPRD``, ``(PKB)``: the tokens that make up name-like runs."""
    return word[:1].isupper() or (word[:1] == "(" and word[1:2].isupper())


def _runs(capitalised: Sequence[bool]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every run of capitalised tokens (:func:`_is_capitalised` of each), in order."""
    found: list[tuple[int, int]] = []
    start = None
    for i, capital in enumerate(capitalised):
        if capital:
            if start is None:
                start = i
        elif start is not None:
            found.append((start, i))
            start = None
    if start is not None:
        found.append((start, len(capitalised)))
    return found


def capital_runs(tokens: list[str]) -> list[tuple[int, int] | None]:
    """For each token, the ``(start, end)`` of the run of capitalised tokens it belongs to."""
    runs: list[tuple[int, int] | None] = [None] * len(tokens)
    for i, j in _runs([_is_capitalised(t) for t in tokens]):
        runs[i:j] = [(i, j)] * (j - i)
    return runs


def _run_features(tokens: list[str], i: int, run: tuple[int, int]) -> dict[str, str | float]:
    """Position inside a capitalised run and the run's head word class.

    In "Gubernur Jawa Timur Khofifah Indar Parawansa" the name is the tail of a
    run headed by an office word, which ±2 context windows cannot see.
    """
    return _run_features_of(*_run_key(tokens, i, run))


#: run lengths from this many tokens up share one feature value (``run_len:5``)
_RUN_LENGTH_CAP = 5
#: distances from a run's edges from this many tokens up share one value (``run_from_start:3``)
_RUN_DISTANCE_CAP = 3


def _run_position(start: int, end: int, i: int) -> tuple[int, int, int]:
    """The capped length of the run ``start:end`` and token ``i``'s capped distances from its edges.

    The one definition that training (:func:`sent2features`) and tagging (:func:`sent2attributes`)
    both read, so their run features cannot drift apart.

    >>> _run_position(0, 7, 1)
    (5, 1, 3)
    """
    return (
        min(end - start, _RUN_LENGTH_CAP),
        min(i - start, _RUN_DISTANCE_CAP),
        min(end - 1 - i, _RUN_DISTANCE_CAP),
    )


def _run_key(tokens: list[str], i: int, run: tuple[int, int]) -> tuple[int, int, int, str, str | None]:
    """What the run features of token ``i`` depend on: capped lengths, the head word, the word before."""
    start, end = run
    return (
        *_run_position(start, end, i),
        tokens[start],
        tokens[start - 1] if start > 0 else None,
    )


def _run_features_of(
    length: int, from_start: int, to_end: int, head_word: str, before: str | None
) -> dict[str, str | float]:
    return {
        **_run_position_features(length, from_start, to_end, lexicon_class(head_word)),
        **_run_before(before),
    }


def _run_position_features(length: int, from_start: int, to_end: int, head: str) -> dict[str, str | float]:
    """The run features of a token's place in its run, and of the class of the run's head word."""
    feats: dict[str, str | float] = {
        "run_len": str(length),
        "run_from_start": str(from_start),
        "run_to_end": str(to_end),
    }
    if head:
        feats["run_lex"] = head
        feats["run_lex_end"] = f"{head}|{to_end}"
    return feats


def _run_before(before: str | None) -> dict[str, str | float]:
    """The run feature of the word before the run (none at the start of the sentence)."""
    return {} if before is None else {_RUN_PREV: before.lower()}


_RUN_PREV = "run_prev"


@lru_cache(maxsize=1 << 16)
def _own(word: str) -> dict[str, str | float]:
    """:func:`token_features` of a word, computed once per word (callers copy, never change it)."""
    return token_features(word)


@lru_cache(maxsize=1 << 17)
def _context_at(word: str, off: int) -> dict[str, str | float]:
    """:func:`_context` of a word as seen from ``off`` tokens away, keys prefixed (``-1:w``)."""
    return {f"{off:+d}:{key}": val for key, val in _context(word).items()}


_PAD = {off: {f"{off:+d}:pad": 1.0} for off in (-2, -1, 1, 2)}


def sent2features(tokens: list[str]) -> list[dict[str, str | float]]:
    """Feature dicts for every token of one sentence, with ±2 context and bigrams.

    The features of a word (its own, and as a neighbour's context) are computed once per
    word and reused: words repeat across sentences and articles.
    """
    n = len(tokens)
    lows = [t.lower() for t in tokens]
    runs = capital_runs(tokens)
    out: list[dict[str, str | float]] = []
    for i in range(n):
        feats = dict(_own(tokens[i]))
        run = runs[i]
        if run is not None:
            feats.update(_run_features(tokens, i, run))
        if i == 0:
            feats["BOS"] = 1.0
        if i == n - 1:
            feats["EOS"] = 1.0
        for off in (-2, -1, 1, 2):
            j = i + off
            feats.update(_context_at(tokens[j], off) if 0 <= j < n else _PAD[off])
        prev = lows[i - 1] if i > 0 else "<s>"
        nxt = lows[i + 1] if i + 1 < n else "</s>"
        feats["bi-1"] = f"{prev}|{lows[i]}"
        feats["bi+1"] = f"{lows[i]}|{nxt}"
        out.append(feats)
    return out


# --- the same features as crfsuite reads them -----------------------------------


def attributes(feats: Mapping[str, str | float]) -> tuple[str, ...]:
    """The crfsuite attributes of a feature dict, in its order: ``key:value`` for a string, ``key`` for 1.0.

    pycrfsuite turns a dict item into exactly these (all weights here are 1.0), so tagging with
    them gives the same labels and marginals without a dict per token.

    >>> attributes({"bias": 1.0, "w": "kota", "-1:title": 1.0})
    ('bias', 'w:kota', '-1:title')
    """
    out: list[str] = []
    for key, value in feats.items():
        if isinstance(value, str):
            out.append(f"{key}:{value}")
        elif value == 1.0:
            out.append(key)
        else:  # a weight other than 1.0 needs a dict item: keep sent2features for it
            raise ValueError(f"feature {key!r} has weight {value!r}; attributes carry weight 1.0 only")
    return tuple(out)


_OFFSETS = (-2, -1, 1, 2)
_PREFIXES = tuple(f"{off:+d}:" for off in _OFFSETS)  # "-2:" ... "+2:"
#: the attributes a model knows (:func:`kg.ner.model_attributes`), or ``None``: keep every one
Known = frozenset[str] | None
#: attributes as text, or (those a model knows) in UTF-8 as crfsuite stores them
Attributes = tuple[str | bytes, ...]


def _kept(attrs: tuple[str, ...], known: Known) -> Attributes:
    """``attrs`` without those the model does not know: crfsuite skips an unknown attribute, so the
    labels and marginals are the same, and it converts and looks up fewer strings. The kept
    ones are encoded here, once per cached tuple, so crfsuite copies them without encoding."""
    return attrs if known is None else tuple(filter(None, map(_encoded(known).get, attrs)))


@lru_cache(maxsize=4)
def _encoded(known: frozenset[str]) -> dict[str, bytes]:
    """Each attribute of ``known`` in UTF-8, as :func:`_kept` keeps it: one look-up per attribute
    of a new word instead of a membership test and an encoding.

    >>> _encoded(frozenset({"w:kota"}))
    {'w:kota': b'w:kota'}
    """
    return {name: name.encode() for name in known}


def _word_attributes(word: str, known: frozenset[str]) -> tuple[Attributes, tuple[Attributes, ...]]:
    """A word's own attributes, and its context attributes as seen from each of :data:`_OFFSETS`,
    those ``known`` keeps: ``-1:w:kota`` is the prefix ``-1:`` and the attribute ``w:kota``.
    """
    own, context = word_attributes(word)
    # each context attribute looked up once, not written and tested at every offset; a column
    # holds the attribute's name at each offset, None where the model lacks it
    columns = list(filter(None, map(_known_contexts(known).get, context)))
    by_offset = (
        tuple(tuple(filter(None, names)) for names in zip(*columns, strict=True))
        if columns
        else _NONE_BY_OFFSET
    )
    return _kept(tuple(own), known), by_offset


_NONE_BY_OFFSET: tuple[Attributes, ...] = ((),) * len(_PREFIXES)


@lru_cache(maxsize=4)
def _known_contexts(known: frozenset[str]) -> dict[str, tuple[bytes | None, ...]]:
    """For each context attribute (``w:kota``), the model's attribute at each of :data:`_OFFSETS`
    (``-1:w:kota``) in UTF-8, or ``None`` where ``known`` lacks it: what :func:`_kept` keeps of
    the prefixed attributes.

    >>> _known_contexts(frozenset({"-1:w:kota", "+2:w:kota", "w:kota"}))
    {'w:kota': (None, b'-1:w:kota', None, b'+2:w:kota')}
    """
    found: dict[str, list[bytes | None]] = {}
    for name in sorted(known):
        for k, prefix in enumerate(_PREFIXES):
            if name.startswith(prefix):
                found.setdefault(name.removeprefix(prefix), [None] * len(_PREFIXES))[k] = name.encode()
    return {name: tuple(column) for name, column in found.items()}


#: the bigram attributes of a word and the word after it, by that word (lower case)
Pairs = Mapping[str, tuple[bytes]]
_NO_PAIRS: Pairs = {}


@lru_cache(maxsize=4)
def _known_pairs(known: frozenset[str]) -> tuple[dict[str, dict[str, tuple[bytes]]], ...]:
    """The ``bi-1:`` and the ``bi+1:`` attributes in ``known`` (UTF-8), each by its pair's first word
    and then its second: what the bigram of two words is, looked up without writing it.

    A word may hold the ``|`` that joins a pair, so a pair is filed under every way of splitting
    it there: two words find it exactly when ``f"{first}|{second}"`` is its text.

    >>> _known_pairs(frozenset({"bi-1:a|b|c", "bi+1:<s>|x"}))
    ({'a': {'b|c': (b'bi-1:a|b|c',)}, 'a|b': {'c': (b'bi-1:a|b|c',)}}, {'<s>': {'x': (b'bi+1:<s>|x',)}})
    """
    tables: tuple[dict[str, dict[str, tuple[bytes]]], ...] = ({}, {})
    for name in sorted(known):
        for table, prefix in zip(tables, ("bi-1:", "bi+1:"), strict=True):
            if name.startswith(prefix):
                pair = name.removeprefix(prefix)
                at = pair.find("|")
                while at != -1:
                    table.setdefault(pair[:at], {})[pair[at + 1 :]] = (name.encode(),)
                    at = pair.find("|", at + 1)
    return tables


class _Word(NamedTuple):
    """What tagging reads of one word (the model's attributes only, in UTF-8), computed once per word:
    its own attributes, its context attributes as each neighbour sees it, and what its runs and
    word pairs need."""

    own: Attributes
    #: its context attributes as the token two after it sees them (``-2:w:kota``), one after, ...
    minus2: Attributes
    minus1: Attributes
    plus1: Attributes
    plus2: Attributes
    low: str  # as the bigrams write it
    capitalised: bool  # (:func:`_is_capitalised`) it extends a run of capitalised tokens
    head: str  # its lexicon class, read when it heads a run
    run_prev: Attributes  # the run attribute of the run that follows it (:func:`_run_before`)
    #: the ``bi-1:`` attribute of the word after it, and its own ``bi+1:``, by the word after it
    then_previous: Pairs
    then_next: Pairs


@lru_cache(maxsize=1 << 16)
def _word(word: str, known: frozenset[str]) -> _Word:
    own, (minus2, minus1, plus1, plus2) = _word_attributes(word, known)
    low = word.lower()
    with_previous, with_next = _known_pairs(known)
    run_prev = _kept((f"{_RUN_PREV}:{low}",), known)  # attributes(_run_before(word)), written directly
    return _Word(
        own, minus2, minus1, plus1, plus2, low, _is_capitalised(word), lexicon_class(word), run_prev,
        with_previous.get(low, _NO_PAIRS), with_next.get(low, _NO_PAIRS),
    )  # fmt: skip


@lru_cache(maxsize=4)
def _edges(known: frozenset[str]) -> tuple[_Word, _Word, Attributes, Attributes]:
    """The words beyond each edge of a sentence, which neighbours see as padding (``-1:pad``) and
    the bigrams as ``<s>`` and ``</s>``, and the ``BOS`` and ``EOS`` attributes."""
    pads = {off: _kept(attributes(feats), known) for off, feats in _PAD.items()}
    with_previous, _ = _known_pairs(known)
    start = _Word(
        (),
        pads[-2],
        pads[-1],
        pads[1],
        pads[2],
        "<s>",
        False,
        "",
        (),
        with_previous.get("<s>", _NO_PAIRS),
        _NO_PAIRS,
    )
    end = start._replace(low="</s>", then_previous=_NO_PAIRS)
    return start, end, _kept(("BOS",), known), _kept(("EOS",), known)


@lru_cache(maxsize=1 << 10)
def _run_positions(length: int, head: str, known: frozenset[str]) -> tuple[Attributes, ...]:
    """The run attributes of each token of a run of ``length`` tokens headed by a word of class ``head``."""
    return tuple(
        _kept(attributes(_run_position_features(*_run_position(0, length, i), head)), known)
        for i in range(length)
    )


def _run_attributes(words: Sequence[_Word], known: frozenset[str]) -> list[Attributes]:
    """The run attributes of every token (none outside a capitalised run): :func:`_run_features`."""
    found: list[Attributes] = [()] * len(words)
    for start, end in _runs([w.capitalised for w in words]):
        positions = _run_positions(end - start, words[start].head, known)
        before = words[start - 1].run_prev if start > 0 else ()
        found[start:end] = [attrs + before for attrs in positions] if before else positions
    return found


def sent2attributes(tokens: list[str], known: Known = None) -> list[list[str | bytes]]:
    """:func:`sent2features` as crfsuite attribute lists (:func:`attributes` of each dict), for tagging.

    With ``known`` (the model's attributes), only those are kept, in UTF-8: the tagger reads the
    same thing faster. Each word's part (:class:`_Word`) is cached, so a sentence costs a few list
    extensions and two dict look-ups per token instead of a dict copy and four updates.

    >>> sent2attributes(["Wali", "Kota"]) == [list(attributes(f)) for f in sent2features(["Wali", "Kota"])]
    True
    >>> sent2attributes(["Wali", "Kota"], frozenset({"w:wali", "+1:w:kota", "EOS", "bi+1:kota|</s>"}))
    [[b'w:wali', b'+1:w:kota'], [b'EOS', b'bi+1:kota|</s>']]
    """
    if known is None:
        return [list(attributes(feats)) for feats in sent2features(tokens)]
    n = len(tokens)
    if not n:
        return []
    words = [_word(t, known) for t in tokens]
    start, end, bos, eos = _edges(known)
    # one part per token, in the order sent2features writes them: its own, its run's and the
    # sentence's edges, each neighbour's context (padding beyond the edges), its two bigrams
    runs = _run_attributes(words, known)
    runs[0] += bos
    runs[-1] += eos
    padded = [start, start, *words, end, end]
    return [
        [*w.own, *run, *m2.minus2, *m1.minus1, *p1.plus1, *p2.plus2,
         *m1.then_previous.get(w.low, ()), *w.then_next.get(p1.low, ())]
        for w, run, m2, m1, p1, p2 in zip(
            words, runs, padded[:n], padded[1 : n + 1], padded[3 : n + 3], padded[4:], strict=True
        )
    ]  # fmt: skip
