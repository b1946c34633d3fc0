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
    """A regex alternation of ``words``, escaped, longest first (so a longer entry wins).

    >>> print(alternation(["rapat", "rapat kerja", "rapat"]))
    rapat\\ kerja|rapat
    """
    return "|".join(sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w)))


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
