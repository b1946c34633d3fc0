"""Reading inputs: text dumps, folders of ``.txt`` files, JSON Lines and CSV.

Bad input never raises: unreadable, empty or binary files, and rows without a
title or text, become :class:`Problem` records naming the file, and reading
goes on.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from kg.ingest.dump import split_dump
from kg.ingest.pubdate import ORDERS, decide_order, parse_publication_date
from kg.records import Article
from kg.registry import DuplicateNameError, Registry

#: byte-order marks of the UTF-16/32 encodings (UTF-32 first: its little-endian BOM starts like UTF-16's)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: characters that must not reach a terminal from a headline: C0/C1 controls (BEL, ESC, ...), DEL,
#: bidirectional embeddings, overrides and isolates (U+202E makes text read backwards)
_HEADLINE_CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def clean_title(title: str) -> str:
    """A headline on one line with control and bidi-override characters removed.

    >>> clean_title("Wali Kota\x1b[31m Malang\u202e\x07")
    'Wali Kota[31m Malang'
    """
    words = (_HEADLINE_CONTROLS.sub("", word) for word in title.split())  # split() eats \t, \n, U+2028 ...
    return " ".join(word for word in words if word)


@dataclass(frozen=True)
class Problem:
    """Something in the input that was skipped, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class FieldMap:
    """Which input column holds each article field (``--field title=judul,text=isi_berita``)."""

    title: str = "title"
    text: str = "text"
    url: str = "url"
    date: str = "date"

    @classmethod
    def parse(cls, spec: str | None) -> FieldMap:
        """Parse ``title=judul,text=isi_berita,url=tautan,date=tanggal``.

        >>> FieldMap.parse("title=judul,text=isi_berita").text
        'isi_berita'
        """
        if not spec:
            return cls()
        values: dict[str, str] = {}
        for part in spec.split(","):
            key, sep, column = part.partition("=")
            key, column = key.strip(), column.strip()
            if not sep or key not in {"title", "text", "url", "date"} or not column:
                raise ValueError(
                    f"bad field mapping {part!r}: use FIELD=COLUMN with FIELD one of title, text, url, date"
                )
            values[key] = column
        return cls(**values)


@dataclass
class Reading:
    """Articles read so far and the problems met."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # worth saying, but nothing was lost


def read_inputs(
    paths: list[str | Path],
    fields: FieldMap | None = None,
    *,
    one_per_file: bool = False,
    date_order: str = "auto",
) -> Reading:
    """Read every file named, and every readable file below every folder named.

    A text file is a dump of articles (title line, blank line, paragraphs, repeated);
    with ``one_per_file`` it is one article whose first line is the title, so a
    short line inside it (a subheading) cannot start another article.

    ``date_order`` reads numeric publication dates (``05/06/2025``) day-first (``dmy``),
    month-first (``mdy``), or (``auto``) as each file's own dates settle it: a day above 12
    decides; a file where nothing decides is read day-first, with a note.
    """
    if date_order not in ORDERS:
        raise ValueError(f"date order {date_order!r}: choose one of {', '.join(ORDERS)}")
    fields = fields or FieldMap()
    reading = Reading()
    for path in map(Path, paths):
        if not path.exists():
            reading.problems.append(Problem(str(path), "no such file or folder"))
            continue
        files = (
            sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            if path.is_dir()
            else [path]
        )
        if path.is_dir() and not files:
            reading.problems.append(Problem(str(path), "folder holds no files"))
        for file in files:
            _read_file(file, fields, reading, one_per_file, date_order)
    return reading


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


@dataclass(frozen=True)
class ReadOptions:
    """What a reader needs to know besides the file: column names, layout, date order."""

    fields: FieldMap
    one_per_file: bool = False
    date_order: str = "auto"


#: reads one file (``path``, its encoding and error handling) into ``reading``; False when it
#: could not be read as this format and the reader has said why in ``reading.problems``
ReadFile = Callable[[Path, str, str, ReadOptions, Reading], bool]


@dataclass(frozen=True)
class Reader:
    """A registered input format: the file suffixes it reads and how."""

    name: str
    suffixes: tuple[str, ...]
    read: ReadFile
    #: what a file of this kind should hold, for the message when none was found
    expected: str


READERS: Registry[Reader] = Registry("reader")


def register_reader(name: str, suffixes: tuple[str, ...], expected: str) -> Callable[[ReadFile], ReadFile]:
    """Register a reader of files ending in ``suffixes``; built-ins use this too. A name taken raises."""

    def decorate(fn: ReadFile) -> ReadFile:
        for suffix in suffixes:
            if (other := reader_for(suffix)) is not None:
                raise DuplicateNameError(
                    f"files ending in {suffix!r} are already read by reader {other.name!r}"
                )
        READERS.add(name, Reader(name, suffixes, fn, expected))
        return fn

    return decorate


def reader_for(suffix: str) -> Reader | None:
    """The registered reader of files ending in ``suffix`` (lower case), if any."""
    return next((r for r in READERS.items().values() if suffix in r.suffixes), None)


_RECORDS = "records with a title and a text"


@register_reader("jsonl", (".jsonl", ".ndjson", ".json"), _RECORDS)
def read_json_lines(path: Path, encoding: str, errors: str, options: ReadOptions, reading: Reading) -> bool:
    """JSON Lines (or a JSON list) of records with title and text fields."""
    with path.open(encoding=encoding, errors=errors, newline="\n") as handle:
        records = _json_records(handle, path, reading)
        _read_records(records, options.fields, str(path), reading, options.date_order)
    return True


def _read_table(delimiter: str) -> ReadFile:
    def read(path: Path, encoding: str, errors: str, options: ReadOptions, reading: Reading) -> bool:
        fields = options.fields
        csv.field_size_limit(1 << 26)
        with path.open(encoding=encoding, errors=errors, newline="") as handle:
            rows = csv.reader(handle, delimiter=delimiter)
            header = next(rows, [])
            missing = [name for name in (fields.title, fields.text) if name not in header]
            if missing:
                reading.problems.append(
                    Problem(
                        str(path),
                        f"no column {missing[0]!r} (columns: {', '.join(header[:12])}); "
                        "map columns with --field title=COLUMN,text=COLUMN",
                    )
                )
                return False
            _read_records(_csv_records(rows, header), fields, str(path), reading, options.date_order)
        return True

    return read


register_reader("csv", (".csv",), _RECORDS)(_read_table(","))
register_reader("tsv", (".tsv",), _RECORDS)(_read_table("\t"))


@register_reader("text", (".txt", ".text", "", ".md"), "a title line, a blank line, then text")
def read_text(path: Path, encoding: str, errors: str, options: ReadOptions, reading: Reading) -> bool:
    """A dump of articles (title line, blank line, paragraphs), or one article per file."""
    with path.open(encoding=encoding, errors=errors, newline="") as handle:  # line ends as given
        text = handle.read()
    if options.one_per_file:
        title, _, body = text.replace("\r\n", "\n").strip().partition("\n")
        if clean_title(title) and body.strip():
            reading.articles.append(Article(clean_title(title), body.strip(), source=str(path)))
        return True
    for segment in split_dump(text.replace("\r\n", "\n")):
        if clean_title(segment.title):
            reading.articles.append(Article(clean_title(segment.title), segment.body, source=str(path)))
    return True


def _read_file(
    path: Path, fields: FieldMap, reading: Reading, one_per_file: bool = False, date_order: str = "auto"
) -> None:
    suffix = path.suffix.lower()
    reader = reader_for(suffix)
    if reader is None:
        reading.problems.append(Problem(str(path), f"not an article file ({suffix}); skipped"))
        return
    try:
        encoding, problem = _sniff(path)
    except OSError as error:
        reading.problems.append(Problem(str(path), f"cannot read: {error.strerror or error}"))
        return
    if encoding is None:
        reading.problems.append(Problem(str(path), problem or "unreadable; skipped"))
        return
    if problem:
        reading.problems.append(Problem(str(path), problem))
    before = len(reading.articles)
    # tables are read as streams (one record at a time); a text dump is split as a whole
    errors = "replace" if encoding == "cp1252" else "strict"
    read = reader.read(path, encoding, errors, ReadOptions(fields, one_per_file, date_order), reading)
    if read and len(reading.articles) == before:
        reading.problems.append(Problem(str(path), f"no article found (expected {reader.expected})"))


def _sniff(path: Path) -> tuple[str | None, str | None]:
    """``(encoding, problem)`` of a file, read in chunks (never whole); ``encoding`` is None to skip it.

    A byte-order mark names UTF-16/32 (their NUL bytes are not binary); other text must be
    UTF-8, else it is read as Windows-1252 with a warning. Empty and binary files are skipped.
    """
    with path.open("rb") as handle:
        chunk = handle.read(8192)
        encoding = next((name for bom, name in _BOMS if chunk.startswith(bom)), None)
        if encoding is None and b"\x00" in chunk:
            return None, "binary file; skipped"
        decoder = codecs.getincrementaldecoder(encoding or "utf-8-sig")()
        content = False
        try:
            while chunk:
                content = bool(decoder.decode(chunk).strip()) or content
                chunk = handle.read(1 << 20)
            content = bool(decoder.decode(b"", final=True).strip()) or content
        except UnicodeDecodeError as error:
            if encoding is not None:
                return None, f"invalid {encoding.upper()} ({error.reason}); skipped"
            return "cp1252", "not UTF-8; read as Windows-1252"
    if not content:
        return None, "empty file; skipped"
    return encoding or "utf-8-sig", None


def _json_records(handle: TextIO, path: Path, reading: Reading) -> Iterator[tuple[int, dict[str, object]]]:
    """Records of JSON Lines read line by line, or of one JSON array (which has to be read whole)."""
    first = next((line for line in handle if line.strip()), "")
    handle.seek(0)
    if first.lstrip().startswith("["):
        try:
            data = json.load(handle)
        except json.JSONDecodeError as error:
            reading.problems.append(Problem(str(path), f"invalid JSON: {error}"))
            return
        yield from ((n, r) for n, r in enumerate(data, 1) if isinstance(r, dict))
        return
    # records end at "\n" only (the file is opened with newline="\n"): str.splitlines() would also
    # split at U+0085, U+2028, U+2029 and U+001C-U+001E, which JSON allows raw inside strings
    for n, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            reading.problems.append(Problem(f"{path}:{n}", f"invalid JSON line: {error.msg}"))
            continue
        if isinstance(record, dict):
            yield n, record
        else:
            reading.problems.append(Problem(f"{path}:{n}", "line is not a JSON object"))


def _csv_records(rows: Iterator[list[str]], header: list[str]) -> Iterator[tuple[int, dict[str, object]]]:
    """Records of a CSV read by the csv module from the file itself (quoted fields may hold line breaks)."""
    n = 1
    for row in rows:
        if row:  # blank lines are not records (as csv.DictReader has it)
            n += 1
            yield n, dict(zip(header, row, strict=False))


def _read_records(
    records: Iterator[tuple[int, dict[str, object]]],
    fields: FieldMap,
    source: str,
    reading: Reading,
    date_order: str = "auto",
) -> None:
    rows = []
    for n, record in records:
        title, text = clean_title(_field(record, fields.title)), _field(record, fields.text)
        if not title or not text:
            missing = fields.title if not title else fields.text
            reading.problems.append(Problem(f"{source}:{n}", f"no {missing!r} value; row skipped"))
            continue
        rows.append((n, title, text, _field(record, fields.url), _field(record, fields.date)))
    # the order of day and month is one decision per file: its unambiguous dates settle it
    decision = decide_order((row[4] for row in rows), date_order)
    if decision.conflicting:
        reading.notes.append(
            Problem(
                source,
                "dates disagree: some are day-first (a day above 12 first), some month-first; "
                f"numeric dates read day-first (--date-order {decision.order}); check the date column",
            )
        )
    elif decision.ambiguous and not decision.settled:
        reading.notes.append(
            Problem(
                source,
                f"{decision.ambiguous} dates like {decision.example!r} read either way and no date in the "
                "file settles it; read day-first (pass --date-order mdy if they are month-first)",
            )
        )
    for n, title, text, url, date in rows:
        iso = parse_publication_date(date, decision.order) if date else None
        if date and iso is None:
            reading.problems.append(
                Problem(f"{source}:{n}", f"unrecognised date {date!r}; kept without date")
            )
        reading.articles.append(Article(title, text, url=url or None, date=iso, source=f"{source}:{n}"))


def _field(record: dict[str, object], name: str) -> str:
    value = record.get(name)
    return str(value).strip("\ufeff") if value is not None else ""
