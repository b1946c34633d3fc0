"""Publication dates of feed records: an explicit grammar, day-first unless the file says otherwise.

Indonesian sources write dates day-first and spell months in Indonesian, so
``05/06/2025`` is 5 June. Accepted forms (case-insensitive, surrounding
whitespace ignored):

* ISO: ``2025-10-21``, ``2025-10-21T20:43:00+07:00``, ``2025-10-21 20:43``, ``2025/10/21``
* numeric: ``21/10/2025``, ``21-10-2025``, ``21.10.2025``, optionally followed by a time
  ``20:43[:05]`` and a zone (``WIB``, ``WITA``, ``WIT``, ``+07:00``); the order of day and
  month is ``dmy`` or ``mdy``
* written: ``[Selasa,] 21 Okt[.] 2025 [| 20:43 WIB]``, ``21 Oktober 2025``, ``Oct 21, 2025``
  (Indonesian and English month names and abbreviations)

A two-digit year is refused (``05/06/25`` could be any of three dates).

:func:`decide_order` settles ``dmy`` against ``mdy`` for a whole file: a date
whose first number exceeds 12 is day-first, one whose second number exceeds 12
is month-first; a file with neither keeps the default (day-first) and is
reported as ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kg.text.dates import MONTHS as _INDONESIAN_MONTHS

ORDERS = ("auto", "dmy", "mdy")

MONTHS = {
    **_INDONESIAN_MONTHS,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "aug": 8, "october": 10, "oct": 10, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
)
_TIME = r"(?:\s*(?:[|,]|\bpukul\b|\bjam\b)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:wib|wita|wit|utc|gmt|z|[+-]\d{2}:?\d{2}))?)?"

_ISO = re.compile(r"(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?:[T ].*)?", re.IGNORECASE)
_NUMERIC = re.compile(
    rf"(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}){_TIME}", re.IGNORECASE
)
_WRITTEN = re.compile(
    rf"(?:{_WEEKDAY}\s*,?\s*)?(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}}){_TIME}", re.IGNORECASE
)
_WRITTEN_MDY = re.compile(
    rf"(?:{_WEEKDAY}\s*,?\s*)?(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}}){_TIME}", re.IGNORECASE
)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def numeric_fields(value: str) -> tuple[int, int] | None:
    """The two leading numbers of a numeric ``a/b/yyyy`` date (whose order is in question), else ``None``."""
    match = _NUMERIC.fullmatch(value.strip())
    return (int(match["a"]), int(match["b"])) if match else None


def parse_publication_date(value: str, order: str = "dmy") -> str | None:
    """ISO date of a publication timestamp; ``order`` (``dmy`` or ``mdy``) reads numeric ``a/b/yyyy``.

    >>> parse_publication_date("05/06/2025")
    '2025-06-05'
    >>> parse_publication_date("10/21/2025 20:43", "mdy")
    '2025-10-21'
    >>> parse_publication_date("Selasa, 21 Okt 2025 20:43 WIB")
    '2025-10-21'
    >>> parse_publication_date("2024-11-19T08:00:00+07:00")
    '2024-11-19'
    """
    value = " ".join(value.split())
    if match := _ISO.fullmatch(value):
        return _iso(int(match["y"]), int(match["m"]), int(match["d"]))
    if match := _NUMERIC.fullmatch(value):
        a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
        day, month = (b, a) if order == "mdy" else (a, b)
        return _iso(year, month, day)
    for pattern in (_WRITTEN, _WRITTEN_MDY):
        if match := pattern.fullmatch(value):
            return _iso(int(match["y"]), MONTHS[match["m"].lower()], int(match["d"]))
    return None


@dataclass(frozen=True)
class OrderDecision:
    """How a file's numeric dates are read, and whether the file itself could tell."""

    order: str  # "dmy" or "mdy"
    settled: bool  # some date had a number above 12 that fixes the order
    ambiguous: int  # dates that would read differently the other way round
    conflicting: bool  # the file has day-first and month-first evidence both
    example: str = ""  # an ambiguous date, for the warning


def decide_order(values: Iterable[str], requested: str = "auto") -> OrderDecision:
    """Day-first or month-first for one file's dates (``requested`` ``dmy``/``mdy`` wins over the evidence)."""
    day_first = month_first = ambiguous = 0
    example = ""
    for value in values:
        fields = numeric_fields(" ".join(value.split()))
        if fields is None:
            continue
        a, b = fields
        if a > 12 >= b:
            day_first += 1
        elif b > 12 >= a:
            month_first += 1
        elif a != b and a <= 12 and b <= 12:
            ambiguous += 1
            example = example or value.strip()
    if requested in {"dmy", "mdy"}:
        return OrderDecision(requested, True, ambiguous, False, example)
    conflicting = bool(day_first and month_first)
    if month_first and not day_first:
        return OrderDecision("mdy", True, ambiguous, False, example)
    return OrderDecision("dmy", bool(day_first) and not conflicting, ambiguous, conflicting, example)
