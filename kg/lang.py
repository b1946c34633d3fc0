"""Language data: word lists read from ``kg/resources/lang/<language>/*.tsv``.

A list file is UTF-8 text, one entry a line, fields separated by tabs:

* lines starting with ``#`` are comments (the first ones say what the list is for
  and what each column means); blank lines are ignored;
* the first other line is a header naming the columns;
* every row has exactly as many fields as the header, none empty and none with
  leading, trailing or doubled whitespace (write ``-`` for "none" where a column allows it);
* the first column is the key: a key may appear only once in a file (compared
  case-insensitively for lists the code reads case-insensitively).

Any violation raises :class:`LexiconError`, whose message starts with ``path:line:``.
Files are read once per process (:func:`functools.cache`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg import paths

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "NONE",
    "LexiconError",
    "alternation",
    "list_files",
    "mapping",
    "optional",
    "parse",
    "read",
    "starts",
    "table",
    "words",
]

LANGUAGE = "id"
#: The value of an optional field that is absent.
NONE = "-"

Row = tuple[str, ...]


class LexiconError(ValueError):
    """A language-data file that does not follow the format; the message starts with ``path:line:``."""


def _directory(language: str = LANGUAGE) -> Traversable:
    return paths.resource_dir() / "lang" / language


def list_files(language: str = LANGUAGE) -> list[Traversable]:
    """Every ``.tsv`` list of a language, sorted by name."""
    return sorted(
        (f for f in _directory(language).iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name
    )


def parse(
    text: str, source: str, columns: Sequence[str] | None = None, *, casefold: bool = False
) -> tuple[Row, tuple[Row, ...]]:
    """Header and rows of a list file's text; ``source`` names the file in error messages.

    ``columns``, when given, is the header the file must have. With ``casefold`` the keys
    (first column) must be unique ignoring case.

    >>> parse("# demo\\nword\\tkind\\n\\nRapat\\tMeeting\\n", "demo.tsv")
    (('word', 'kind'), (('Rapat', 'Meeting'),))
    >>> parse("word\\nRapat\\nRapat\\n", "demo.tsv")
    Traceback (most recent call last):
    ...
    kg.lang.LexiconError: demo.tsv:3: duplicate entry 'Rapat' (first on line 2)
    """
    header: Row | None = None
    rows: list[Row] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        if line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        for field in fields:
            if not field:
                raise LexiconError(f"{where}: empty field (write {NONE!r} for none where the list allows it)")
            if " ".join(field.split()) != field:
                raise LexiconError(f"{where}: stray whitespace in {field!r}")
        if header is None:
            if columns is not None and fields != tuple(columns):
                raise LexiconError(
                    f"{where}: header must be {' | '.join(columns)} (tab-separated), got {' | '.join(fields)}"
                )
            if len(set(fields)) != len(fields):
                raise LexiconError(f"{where}: duplicate column name in header")
            header = fields
            continue
        if len(fields) != len(header):
            raise LexiconError(
                f"{where}: expected {len(header)} tab-separated field(s) ({', '.join(header)}), got {len(fields)}"
            )
        key = fields[0].casefold() if casefold else fields[0]
        if key in seen:
            raise LexiconError(f"{where}: duplicate entry {fields[0]!r} (first on line {seen[key]})")
        seen[key] = number
        rows.append(fields)
    if header is None:
        raise LexiconError(f"{source}:1: no header row")
    return header, tuple(rows)


def read(
    path: Path | Traversable, columns: Sequence[str] | None = None, *, casefold: bool = False
) -> tuple[Row, tuple[Row, ...]]:
    """Header and rows of one list file (see :func:`parse`)."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}:1: not UTF-8 ({exc.reason})") from exc
    return parse(text, str(path), columns, casefold=casefold)


@cache
def table(name: str, columns: tuple[str, ...], *, casefold: bool = False) -> tuple[Row, ...]:
    """Rows of the list ``name`` (``<name>.tsv``), in file order; its header must be ``columns``."""
    return read(_directory() / f"{name}.tsv", columns, casefold=casefold)[1]


@cache
def words(name: str, column: str = "word", *, casefold: bool = False) -> tuple[str, ...]:
    """A one-column list, in file order (wrap it in ``frozenset`` where order does not matter)."""
    return tuple(row[0] for row in table(name, (column,), casefold=casefold))


def mapping(name: str, key: str, value: str, *, casefold: bool = False) -> dict[str, str]:
    """A two-column list as ``{key: value}``, in file order."""
    return {row[0]: row[1] for row in table(name, (key, value), casefold=casefold)}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first (so a longer entry wins), as a trie.

    ``re`` tries the branches of an alternation one by one at every position it is asked about,
    and factors out no prefix that only some of them share: a list of 300 words costs 300 tests
    at each word of a text. Here the words that begin alike share a branch (``rapat(?:\\ kerja|)``),
    so a position is turned away after one test per distinct first letter. It matches the same
    as the flat alternation (:func:`_flat`) wherever it stands, with or without ``re.IGNORECASE``:
    the words that can match at one position are prefixes of one another, and the trie offers
    them longest first, as the flat list does (:func:`_trie` says when it may group).

    >>> print(alternation(["rapat", "rapat kerja", "rapat", "apel"]))
    rapat(?:\\ kerja|)|apel
    """
    escaped = {re.escape(w): w for w in words}  # re.escape is one-to-one
    return _trie([escaped[e] for e in sorted(escaped, key=lambda e: (-len(e), e))])


def _flat(words: Iterable[str]) -> str:
    """The alternation of ``words`` in their order, each escaped."""
    return "|".join(map(re.escape, words))


def _shared_start(words: list[str]) -> str:
    """The longest start all ``words`` share, character for character (that of the first and the
    last in sorted order)."""
    first, last = min(words), max(words)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _trie(words: list[str]) -> str:
    """The alternation of distinct ``words`` (longest first) with the branches that start with the same
    letter grouped under it, in the order of their first words, and what a group's words share
    written once before it.

    Grouping keeps the order in which ``re`` meets the words that can match at one position only
    where no two groups can match the same character: so only by ASCII first characters (grouped
    by their lower case, as ``re.IGNORECASE`` reads them), and a group's first letters are written
    once only when all its words write them alike. Any other list stays flat.

    >>> print(_trie(["Rapat", "rapat", "apel"]))
    Rapat|rapat|apel
    """
    if len(words) < 2 or not all(w[:1].isascii() for w in words):
        return _flat(words)
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1].lower(), []).append(word)
    branches = []
    for group in groups.values():
        shared = _shared_start(group)  # written alike (a mixed-case group shares nothing)
        if len(group) > 1 and shared:
            branches.append(f"{re.escape(shared)}(?:{_trie([w[len(shared) :] for w in group])})")
        else:
            branches.append(_flat(group))
    return "|".join(branches)


def starts(words: Iterable[str], *, digits: bool = False) -> str:
    """A lookahead on the first characters of ``words``, to put before an alternation of them.

    ``re`` tries every word of an alternation at every position of the text; the lookahead
    rejects a position that no word can start at with one test. It matches exactly where some
    word's first character does, under the flags of the pattern it stands in (a character class
    and a literal are case-folded alike under ``re.IGNORECASE``), so the pattern finds the same.
    With ``digits``, a decimal digit may start it too (an alternation that also holds ``\\d+``).

    >>> print(starts(["rapat", "Musyawarah", "[x]"]))
    (?=[M\\[r])
    >>> print(starts(["satu", "dua"], digits=True))
    (?=[\\dds])
    """
    firsts = "".join(sorted({re.escape(w[0]) for w in words if w}))
    if digits:
        firsts = rf"\d{firsts}"
    return f"(?=[{firsts}])" if firsts else ""


def optional(field: str) -> str | None:
    """``None`` for the :data:`NONE` marker, else the field."""
    return None if field == NONE else field
