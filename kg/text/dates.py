"""Indonesian date expressions resolved to ISO dates.

Handles ``Selasa (19/11/2024)``, ``(8/8)`` (year from the article),
``Jumat malam (8/8/2025)``, ``27 November mendatang``, ``19 Nov 2024``,
ranges ``27-30 Oktober 2025`` and ``empat bulan lalu`` against the article
date. Impossible dates and weekday/date mismatches are skipped, never raised.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from kg import lang

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8,
    "agst": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "nopember": 11, "desember": 12, "des": 12,
}  # fmt: skip
#: the weekdays as written, by their number (Monday is 0; ``Ahad`` is Sunday too)
WEEKDAYS = {
    "Senin": 0,
    "Selasa": 1,
    "Rabu": 2,
    "Kamis": 3,
    "Jumat": 4,
    "Jum'at": 4,
    "Sabtu": 5,
    "Minggu": 6,
    "Ahad": 6,
}
_WEEKDAY = rf"(?:{lang.alternation(WEEKDAYS)})"
_MONTH = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "se": 1,
}  # fmt: skip

_NUMERIC = re.compile(
    # a weekday or the bracket opens it
    rf"{lang.starts([*WEEKDAYS, '('])}(?:(?P<weekday>{_WEEKDAY})(?:\s*[-–]\s*{_WEEKDAY})?"
    r"(?:\s+(?:pagi|siang|sore|malam|dini hari))?\s*)?"
    # "(27-29/6/2025)": a range of days in one month, the last day before the slash
    r"\(\s*(?P<d>\d{1,2})(?:\s*[-–]\s*(?P<d2>\d{1,2})(?=\s*/))?\s*[/.-]\s*(?P<m>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<y>\d{2,4}))?\s*\)"
)
#: a dateline's town and the comma before its date ("Tarutung, 14/3 (ANTARA) -", "SAMOSIR, 20 Agustus
#: 2024 –"), at the start of the text (kg.extract.furniture reads the same town)
DATELINE_TOWN = r"\s*[A-Z][^\n,()]{1,40},\s+"
#: a news agency's dateline: "Tarutung, 14/3 (ANTARA) -", the day and month (year optional) between the
#: place and the agency in brackets, opening the text
_DATELINE = re.compile(
    rf"\A{DATELINE_TOWN}(?P<date>(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?)"
    r"\s+\([A-Z][^()\n]{1,30}\)\s*[-–—]"
)
_WRITTEN = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:(?:\s*[-–]\s*|\s+(?P<and>dan)\s+|\s+(?:hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d)\s+)"
    rf"(?P<d2>\d{{1,2}}))?\s+(?P<m>{_MONTH})\.?"
    # (not a day of long ago: "10 Maret 1478", whose year no article's day would be)
    r"(?:\s+(?P<y>(?:19|20)\d{2}))?\b(?!\s+\d{3,4}\b)",
    re.IGNORECASE,
)
#: the first words of venues and landmarks (venue-heads.tsv, landmark-heads.tsv; kg.extract.lexicon
#: names them VENUE_FIRST_WORDS too), before which a day and month name the place ("Pasar 10 November",
#: "Jalan 1 Mei", "Lapangan 17 Agustus"), not a day
VENUE_FIRST_WORDS = frozenset(
    head.split()[0] for head in (*lang.words("venue-heads", "head"), *lang.words("landmark-heads", "head"))
)
#: the capitalised word right before a day and month ("Jl." of "Jl. 1 Mei")
_WORD_BEFORE = re.compile(r"(?:^|\s)(?P<word>[A-Z][\w.-]*)\s+$")


def _names_a_place(text: str, start: int) -> bool:
    """Whether the day and month at ``start`` follow a venue's first word: the place's name."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group("word") in VENUE_FIRST_WORDS


_PERIOD = re.compile(
    r"\b(?P<kind>kuartal|triwulan|semester|caturwulan)\s+(?P<which>I{1,3}|IV|[1-4]|pertama|kedua|ketiga|keempat|awal|akhir)"
    r"(?:\s+tahun)?\s+(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_PERIOD_INDEX = {"i": 1, "1": 1, "pertama": 1, "awal": 1, "ii": 2, "2": 2, "kedua": 2, "iii": 3, "3": 3, "ketiga": 3,
                 "iv": 4, "4": 4, "keempat": 4}  # fmt: skip
_PERIOD_MONTHS = {"kuartal": 3, "triwulan": 3, "caturwulan": 4, "semester": 6}
_RELATIVE = re.compile(
    lang.starts(NUMBER_WORDS, digits=True) + rf"\b(?P<n>\d+|{lang.alternation(NUMBER_WORDS)})\s*"
    r"(?P<unit>hari|minggu|pekan|bulan|tahun)\s+(?P<dir>lalu|yang lalu|silam|mendatang|lagi)\b",
    re.IGNORECASE,
)


def _count(written: str) -> int:
    """A count written in digits or in words ("3", "dua", the "se" of "sehari")."""
    return int(written) if written.isdigit() else NUMBER_WORDS[written.lower()]


@dataclass(frozen=True)
class DateMention:
    """A date in the text: ``start``/``end`` offsets, ISO ``value`` and optional ``end_value``."""

    start: int
    end: int
    value: str
    end_value: str | None = None
    explicit_year: bool = True
    relative: bool = False
    period: bool = False  # a quarter or half of a year ("triwulan III 2025"), no day something happened on


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(raw: str | None, fallback: int | None) -> int | None:
    """A written year; two digits are this century, an impossible one (``3025``, a typo) the article's."""
    if raw is None:
        return fallback
    value = int(raw)
    if value < 100:
        return value + 2000
    return value if 1900 <= value <= 2099 else fallback


def article_year(text: str, published: str | None) -> int | None:
    """The year to give dates written without one: publication year, else the commonest year written.

    >>> article_year("Senin (18/11/2024) dan Selasa (19/11/2024)", None)
    2024
    """
    if published:
        return int(published[:4])
    years = Counter(int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", text))
    return years.most_common(1)[0][0] if years else None


def _period(m: re.Match[str]) -> DateMention:
    """``kuartal akhir tahun 2024`` → 2024-10-01 … 2024-12-31; ``semester I 2025`` → January to June."""
    months = _PERIOD_MONTHS[m.group("kind").lower()]
    count = 12 // months
    which = m.group("which").lower()
    index = count if which == "akhir" else _PERIOD_INDEX[which]
    year = int(m.group("y"))
    first_month = (index - 1) * months + 1
    last_month = first_month + months - 1
    last_day = (date(year + (last_month == 12), last_month % 12 + 1, 1) - timedelta(days=1)).day
    return DateMention(
        m.start(),
        m.end(),
        date(year, first_month, 1).isoformat(),
        date(year, last_month, last_day).isoformat(),
        period=True,
    )


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order.

    >>> [d.value for d in find_dates("rapat Selasa (19/11/2024), pada 27 November mendatang")]
    ['2024-11-19', '2024-11-27']
    >>> find_dates("digelar 27-30 Oktober 2025")[0].end_value, find_dates("mulai 10 hingga 23 Februari 2025")[0].value
    ('2025-10-30', '2025-02-10')
    >>> [(d.value, d.end_value) for d in find_dates("rapat pada 22 dan 23 April 2025, 7 dan 28 Mei 2025")]
    [('2025-04-22', '2025-04-23'), ('2025-05-07', None)]
    >>> find_dates("Kamis (31/2/2024)")
    []
    >>> [(d.value, d.end_value) for d in find_dates("Jumat-Minggu (27-29/6/2025), Senin (30-6-2025)")]
    [('2025-06-27', '2025-06-29'), ('2025-06-30', None)]
    >>> [(d.value, d.end_value) for d in find_dates("pada kuartal akhir tahun 2024")]
    [('2024-10-01', '2024-12-31')]
    >>> [d.value for d in find_dates("Tarutung, 14/3 (ANTARA) - Pemkab menggelar rapat.", "2023-03-15")]
    ['2023-03-14']
    """
    year = article_year(text, published)
    found: list[DateMention] = []
    for m in _NUMERIC.finditer(text):
        y = _year(m.group("y"), year)
        day = _make(y, int(m.group("m")), int(m.group("d"))) if y else None
        last = _make(y, int(m.group("m")), int(m.group("d2"))) if y and m.group("d2") else None
        if day:
            start = m.start("weekday") if m.group("weekday") else m.start()
            found.append(
                DateMention(
                    start,
                    m.end(),
                    day.isoformat(),
                    last.isoformat() if last and last > day else None,
                    explicit_year=bool(m.group("y")),
                )
            )
    dateline = _DATELINE.match(text)
    if dateline:
        y = _year(dateline.group("y"), year)
        day = _make(y, int(dateline.group("m")), int(dateline.group("d"))) if y else None
        if day:
            found.append(
                DateMention(
                    dateline.start("date"),
                    dateline.end("date"),
                    day.isoformat(),
                    explicit_year=bool(dateline.group("y")),
                )
            )
    for m in _WRITTEN.finditer(text):
        month = MONTHS[m.group("m").lower()]
        y = _year(m.group("y"), year)
        if y is None:
            continue
        first = _make(y, month, int(m.group("d")))
        last = _make(y, month, int(m.group("d2"))) if m.group("d2") else None
        if first and last and m.group("and") and last != first + timedelta(days=1):
            last = None  # "7 dan 28 Desember": two days, not a stretch; "22 dan 23 April" is one
        if (
            first
            and not any(f.start <= m.start() < f.end for f in found)
            and not _names_a_place(text, m.start())
        ):
            found.append(
                DateMention(
                    m.start(),
                    m.end(),
                    first.isoformat(),
                    last.isoformat() if last else None,
                    bool(m.group("y")),
                )
            )
    for m in _PERIOD.finditer(text):
        found.append(_period(m))
    found.extend(_today(text, found, published))
    if published:
        anchor = date.fromisoformat(published[:10])
        for m in _RELATIVE.finditer(text):
            count = _count(m.group("n"))
            days = {"hari": 1, "minggu": 7, "pekan": 7, "bulan": 30, "tahun": 365}[m.group("unit").lower()]
            sign = -1 if m.group("dir").lower() in {"lalu", "yang lalu", "silam"} else 1
            try:
                when = anchor + timedelta(days=sign * count * days)
            except OverflowError:
                continue
            found.append(DateMention(m.start(), m.end(), when.isoformat(), relative=True))
        # "Minggu (13/10/2025) malam kemarin": the written date is the day
        written = list(found)
        found.extend(_days_later(text, written))
        found.extend(
            d for d in _days_before(text, anchor) if not any(f.start <= d.start < f.end + 20 for f in written)
        )
        found.extend(
            d for d in _bare_weekdays(text, anchor) if not any(f.start <= d.start < f.end for f in found)
        )
    found.extend(_that_day(text, found))
    return _stretches(text, sorted(found, key=lambda d: d.start))


#: "Dua hari kemudian, Sabtu, ...", "Keesokan harinya, Senin siang, ...": a weekday some days after
#: the day told before it
_DAYS_LATER = re.compile(
    rf"\b(?:(?P<n>\d+|(?i:{lang.alternation(NUMBER_WORDS)}))\s*(?:hari\s+)?"
    r"(?:berselang|kemudian|setelahnya|sesudahnya)|(?P<next>[Kk]eesokan\s+harinya))"
    rf",\s+(?:pada\s+)?(?:hari\s+)?(?P<weekday>{_WEEKDAY})\b(?!\s*[(,]?\s*\d)"
)


#: after a date, what makes it a day recalled in passing: "pada 26 September lalu"
_RECALLED = re.compile(r"\s+(?:lalu|silam|kemarin)\b")


def _days_later(text: str, written: list[DateMention]) -> list[DateMention]:
    """``Dua hari kemudian, Sabtu, ...``: the weekday that many days after the last date written
    before it, when the two agree (a weekday alone is otherwise read back from publication).

    >>> [d.value for d in _days_later("Rapat, Kamis (3/10/2019). Dua hari kemudian, Sabtu, Wakil Bupati ...",
    ...     [DateMention(6, 24, "2019-10-03")])]
    ['2019-10-05']
    >>> _days_later("Rapat, Kamis (3/10/2019). Dua hari berselang, Senin pagi, ...", [DateMention(6, 24, "2019-10-03")])
    []
    """
    found = []
    for m in _DAYS_LATER.finditer(text):
        # (not a day recalled in passing: "... pada 26 September lalu")
        before = [
            d
            for d in written
            if d.end <= m.start() and not (d.relative or d.period or _RECALLED.match(text, d.end))
        ]
        if not before:
            continue
        n = 1 if m.group("next") else _count(m.group("n"))
        # (the last in the text: ``written`` holds each kind of date in turn, numeric ones first)
        day = date.fromisoformat(max(before, key=lambda d: d.end).value) + timedelta(days=n)
        if day.weekday() == WEEKDAYS[m.group("weekday")]:
            found.append(DateMention(m.start("weekday"), m.end("weekday"), day.isoformat()))
    return found


#: a sentence opening by pointing at the day just named: "Hari itu, Pemkab menyerahkan ...", "Pada hari
#: itu, ...", "Pada hari yang sama, ...", or at a time of it: "Sore harinya, ..."
_THAT_DAY = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:[Pp]ada|[Dd]i)\s+)?"
    r"(?:[Hh]ari\s+(?:itu|yang\s+sama)|(?P<part>[Pp]agi|[Ss]iang|[Ss]ore|[Mm]alam)\s+harinya)\s*,"
)
#: how far before "hari itu" the day it points at may be named (about a sentence); a time of that day
#: ("Siang harinya,") points at the day named last, however far
_THAT_DAY_REACH = 300


def _that_day(text: str, found: list[DateMention]) -> list[DateMention]:
    """``Hari itu`` opening a sentence is the day named last before it, a sentence or so before.

    >>> days = find_dates("Warga berkumpul di lapangan, Kamis (16/10/2025). Hari itu, Pemkab membagikan bibit.")
    >>> [(d.value, d.start) for d in days]
    [('2025-10-16', 29), ('2025-10-16', 49)]
    """
    days = sorted((d for d in found if d.end_value is None), key=lambda d: d.start)
    that = []
    for m in _THAT_DAY.finditer(text):
        # ("Siang harinya," that afternoon: of the day named last, however much was told of it since)
        reach = len(text) if m.group("part") else _THAT_DAY_REACH
        before = [d for d in days if d.end <= m.start() and m.start() - d.end <= reach]
        if before:
            that.append(DateMention(m.start(), m.end(), before[-1].value))
    return that


#: what joins a stretch's first day to its last: "27 Maret 2025 hingga Selasa, 8 April 2025",
#: "Kamis (27/3/2025) sampai dengan Selasa (8/4/2025)"
_UNTIL = re.compile(
    rf"\s*(?:[-–]|hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d)\s+(?:(?:hari\s+)?(?:{_WEEKDAY}),?\s+)?",
    re.IGNORECASE,
)
#: the longest stretch two dates joined by "hingga" make (an operation, a festival), in days
_LONGEST_STRETCH = 62


def _stretches(text: str, found: list[DateMention]) -> list[DateMention]:
    """Two days written in full and joined by "hingga" (``mulai Kamis, 27 Maret 2025 hingga Selasa,
    8 April 2025``) are one stretch of days, from the first to the last.

    >>> [(d.value, d.end_value) for d in find_dates("mulai Kamis, 27 Maret 2025 hingga Selasa, 8 April 2025")]
    [('2025-03-27', '2025-04-08')]
    """
    joined: list[DateMention] = []
    for mention in found:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.end_value is None
            and not (last.relative or last.period or mention.relative or mention.period)
            and last.end <= mention.start
            and _UNTIL.fullmatch(text, last.end, mention.start)
            and 0
            < (date.fromisoformat(mention.value) - date.fromisoformat(last.value)).days
            <= _LONGEST_STRETCH
        ):
            joined[-1] = replace(
                last,
                end=mention.end,
                end_value=mention.end_value or mention.value,
                explicit_year=last.explicit_year or mention.explicit_year,
            )
            continue
        joined.append(mention)
    return joined


#: "kemarin", "Senin lalu", "Kamis kemarin": a day just before publication, named without its date
#: (not "tahun kemarin", nor a weekday whose date follows in brackets). The weekday is capitalised:
#: "minggu lalu" is last week; so is "Minggu lalu" opening a sentence, where a capital says nothing.
#: A weekday or "kemarin" opens it, so the lookahead on their first letters (see lang.starts; in
#: any case, as the pattern's flag reads it) rejects most positions before the four lookbehinds.
_DAY_BEFORE = re.compile(
    lang.starts([*WEEKDAYS, "kemarin"]) + r"(?<!tahun )(?<!bulan )(?<!minggu )(?<!pekan )\b"
    rf"(?:(?P<weekday>(?-i:{_WEEKDAY}))\s+(?:lalu|kemarin)|kemarin)\b(?!\s*\()",
    re.IGNORECASE,
)


def _days_before(text: str, published: date) -> list[DateMention]:
    """``kemarin`` is the day before publication; ``Senin lalu`` the last Monday before it.

    >>> [d.value for d in _days_before("Rapat digelar kemarin. Pada Senin lalu ia hadir.", date(2024, 3, 14))]
    ['2024-03-13', '2024-03-11']
    >>> [d.value for d in _days_before("Rapat digelar minggu lalu. Minggu lalu pun.", date(2024, 3, 14))]
    []
    """
    found = []
    for m in _DAY_BEFORE.finditer(text):
        if m.group("weekday"):
            weekday = WEEKDAYS[m.group("weekday")]
            before = text[max(0, m.start() - 3) : m.start()].rstrip()
            if weekday == WEEKDAYS["Minggu"] and (not before or before[-1] in '.!?"“”'):
                continue
            back = (published.weekday() - weekday) % 7 or 7
        else:
            back = 1
        found.append(DateMention(m.start(), m.end(), (published - timedelta(days=back)).isoformat()))
    return found


#: "... di Gedung DPRD Jatim, Surabaya, Senin.", "pada Jumat malam,", "pada Rabu malam sekitar pukul
#: 21.30", "Pada Jumat sore, Wakil Bupati ...": a weekday named without its date, the news agencies' way
#: (ANTARA); not one a date follows
#: ("Selasa, 5 November 2024"), nor a habit, a stretch or a day to come ("setiap Senin", "sejak Senin
#: sore", "Senin depan")
_BARE_WEEKDAY = re.compile(
    rf"(?:,|\b[Pp]ada)\s+(?:hari\s+)?(?P<weekday>{_WEEKDAY})(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?"
    r"(?=\s*(?:[.;]|,(?!\s*[\d(])|$|(?:sekitar\s+|sekira\s+)?pukul\s+\d))"
    # "Jumat sore, Pj Wali Kota melanjutkan peninjauan ...": a weekday and its time of day opening a
    # sentence (not "Minggu," alone, which may be "week")
    rf"|(?m:^|(?<=[.!?] ))(?P<opening>{_WEEKDAY})\s+(?:pagi|siang|sore|malam)(?=,\s+[A-Za-z])"
    # "meninjau lokasi bencana pada Jumat pagi bersama ...": after "pada", with its time of day, the
    # clause going on (not "pada Senin pagi mendatang", a day to come)
    rf"|\b[Pp]ada\s+(?:hari\s+)?(?P<timed>{_WEEKDAY})\s+(?:pagi|siang|sore|malam)"
    r"(?=\s+(?!(?:depan|mendatang|nanti|besok|lusa|lalu|kemarin)\b)[a-z])"
    # "Rapat koordinasi yang digelar Senin pagi di aula ...": right after a verb of holding, with or
    # without its time of day, the clause going on or ending (not "digelar Rabu, 20 Juli 2022": a date
    # follows; not "digelar Senin depan")
    r"|\b(?:berlangsung|digelar|dilaksanakan|diselenggarakan|diadakan|dimulai)\s+(?:hari\s+)?"
    rf"(?P<held>{_WEEKDAY})(?:\s+(?:pagi|siang|sore|malam))?"
    r"(?=\s+(?!(?:depan|mendatang|nanti|besok|lusa|lalu|kemarin)\b)[a-z]|\s*(?:[.;]|,(?!\s*[\d(])|$))"
)


def _bare_weekdays(text: str, published: date) -> list[DateMention]:
    """A weekday named alone is the last such day on or before publication (the news agencies'
    way of dating what happened this week).

    >>> [d.value for d in _bare_weekdays("Rapat di Gedung DPRD, Surabaya, Senin. Ia hadir pada Jumat malam.", date(2024, 5, 27))]
    ['2024-05-27', '2024-05-24']
    >>> [d.value for d in _bare_weekdays("Rapat digelar pagi. Jumat sore, Wali Kota meninjau pasar.", date(2024, 8, 10))]
    ['2024-08-09']
    >>> [d.value for d in _bare_weekdays("Ia meninjau lokasi pada Senin pagi didampingi Sekda.", date(2025, 1, 21))]
    ['2025-01-20']
    >>> [d.value for d in _bare_weekdays("Rapat yang digelar Senin pagi di aula itu ramai.", date(2025, 1, 21))]
    ['2025-01-20']
    >>> _bare_weekdays("Apel, Selasa, 5 November 2024. Rapat setiap Senin. Hadir pada Senin depan.", date(2024, 11, 6))
    []

    A weekday said to come ("pada Minggu malam, besok") is the first such day after it.

    >>> [d.value for d in _bare_weekdays("Pentas musik digelar pada Minggu malam, besok. Rapat pada Selasa, lusa.", date(2025, 3, 15))]
    ['2025-03-16', '2025-03-18']
    """
    found = []
    for m in _BARE_WEEKDAY.finditer(text):
        group = next(g for g in ("weekday", "opening", "timed", "held") if m.group(g))
        weekday = WEEKDAYS[m.group(group)]
        if _TO_COME.match(text, m.end()):
            day = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
        else:
            day = published - timedelta(days=(published.weekday() - weekday) % 7)
        found.append(DateMention(m.start(group), m.end(), day.isoformat()))
    return found


#: after a weekday named alone, what says it is still to come: "pada Minggu malam, besok"
_TO_COME = re.compile(r",\s*(?:besok|lusa|nanti)\b")


#: "hari ini"; "pagi tadi", "tadi siang": earlier on the day of writing ("malam tadi" may be last night)
_TODAY = re.compile(r"\b(?:[Hh]ari ini|(?:pagi|siang|sore)\s+tadi|[Tt]adi\s+(?:pagi|siang|sore))\b")
#: a date after these starts or ends a stretch ("sejak 6 Januari 2025"): no dateline for "hari ini"
_SINCE = re.compile(
    r"\b(?:sejak|semenjak|mulai|hingga|sampai)(?:\s+(?:dimulai|tanggal|pada))?\s*$", re.IGNORECASE
)


#: how many years before publication a day is history: no dateline of "hari ini", no event an
#: article reports (kg.extract.events)
HISTORY_YEARS = 10


def _today(text: str, explicit: list[DateMention], published: str | None) -> list[DateMention]:
    """``hari ini`` (or ``pagi tadi``) is the day of the dateline before it (``Selasa (21/10/2025)``),
    else of publication.

    >>> [d.value for d in _today("Rapat, Selasa (21/10/2025). Acara itu hari ini.", find_dates("Rapat, Selasa (21/10/2025)."), None)]
    ['2025-10-21']
    >>> [d.value for d in _today("Apel digelar di lapangan pagi tadi.", [], "2025-01-09")]
    ['2025-01-09']

    A date that starts or ends a stretch (``sejak 6 Januari 2025``) is no dateline, nor is a day of
    history, years before publication (``ditetapkan pada 1 April 1914``).

    >>> text = "Dibagikan sejak 6 Januari 2025. Hari ini 36 juta anak menerima."
    >>> [d.value for d in _today(text, find_dates("Dibagikan sejak 6 Januari 2025."), "2025-10-20")]
    ['2025-10-20']
    >>> text = "Kota itu ditetapkan pada 1 April 1914. Hari ini warganya 800 ribu."
    >>> [d.value for d in _today(text, find_dates("Kota itu ditetapkan pada 1 April 1914."), "2024-04-01")]
    ['2024-04-01']
    """
    history = int(published[:4]) - HISTORY_YEARS if published else None
    days = sorted(
        (
            d
            for d in explicit
            if d.end_value is None
            and "T" not in d.value
            and not _SINCE.search(text[max(0, d.start - 24) : d.start])
            and not (history is not None and int(d.value[:4]) < history)
        ),
        key=lambda d: d.start,
    )
    found = []
    for m in _TODAY.finditer(text):
        before = [d for d in days if d.end <= m.start()]
        value = before[-1].value if before else (published[:10] if published else None)
        if value:
            found.append(DateMention(m.start(), m.end(), value))
    return found
