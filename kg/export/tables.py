"""Tidy CSV tables (entities, memberships, events, participants, quotes, awards) and the mentions table."""

from __future__ import annotations

import csv
import errno
from pathlib import Path

from kg.export import register_format
from kg.output import atomic_write, csv_writer, safe_cell
from kg.query.evidence import Quotes
from kg.query.named import MENTION_COLUMNS, MENTIONS, TABLES
from kg.store import Store, solutions, term_value
from kg.text.spans import outermost


def write_rows(store: Store, sparql: str, path: Path) -> int:
    """Run a SELECT and write its rows as CSV with a header; returns the row count."""
    rows = solutions(store, sparql)
    names = [v.value for v in rows.variables]
    count = 0
    with atomic_write(path, newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow(names)
        for row in rows:
            writer.writerow([term_value(row[n]) for n in names])
            count += 1
    return count


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _cells(rows: list[list[str]]) -> list[list[str]]:
    """Rows as written: every cell through :func:`kg.output.safe_cell`."""
    return [[safe_cell(cell) for cell in row] for row in rows]


def _query_rows(store: Store, sparql: str) -> list[list[str]]:
    rows = solutions(store, sparql)
    names = [v.value for v in rows.variables]
    return _cells([names, *([term_value(row[n]) for n in names] for row in rows)])


def _read_tables(path: Path) -> dict[str, list[list[str]]]:
    return {table.stem: _read_csv(table) for table in sorted(path.glob("*.csv"))}


def _expected_tables(store: Store) -> dict[str, list[list[str]]]:
    return {name: _query_rows(store, sparql) for name, sparql in sorted(TABLES.items())}


@register_format("csv", "", folder=True, read=_read_tables, expected=_expected_tables)
def write_csv(store: Store, path: Path) -> None:
    """CSV tables in a folder: entities, memberships, events, participants, quotes, awards."""
    if path.exists() and not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "is a file; csv writes a folder of tables", str(path))
    path.mkdir(parents=True, exist_ok=True)
    for name, sparql in TABLES.items():
        write_rows(store, sparql, path / f"{name}.csv")


def mention_rows(store: Store) -> list[list[str]]:
    """Flat mentions (``kg.text.spans.outermost``), per article, in text order.

    Nested mentions (a region inside an organisation's name, inside an office
    title) stay in the graph as evidence but are not rows: one row per span, as
    flat named-entity annotation expects.
    """
    by_article: dict[str, list[tuple[int, int, str, list[str]]]] = {}
    titles: dict[str, list[tuple[int, int]]] = {}
    quotes = Quotes(store)  # rows come article by article: each text is read once
    result = solutions(store, MENTIONS)
    names = [v.value for v in result.variables]
    for row in result:
        values = {name: term_value(row[name]) for name in names if row[name] is not None}
        quote = quotes.quote(values)
        if quote is None or quote.start is None or quote.end is None:
            continue
        start, end, kind = quote.start, quote.end, values["type"]
        cells = [
            values["article_title"],
            quote.article,
            str(start),
            str(end),
            quote.exact,
            kind,
            values["entity"],
        ]
        if kind == "Role":
            titles.setdefault(cells[1], []).append((start, end))
        else:
            by_article.setdefault(cells[1], []).append((start, end, kind, cells))
    for mentions in by_article.values():  # the order the rows had when SPARQL sorted them
        mentions.sort(key=lambda m: (m[0], m[1], m[2], m[3][6]))
    found: list[list[str]] = []
    for article in sorted(by_article):
        flat = outermost(by_article[article], titles.get(article, []))
        found.extend(m[3] for m in sorted(flat, key=lambda m: (m[0], m[1], m[2])))
    return found


def _expected_mentions(store: Store) -> list[list[str]]:
    return _cells([MENTION_COLUMNS, *mention_rows(store)])


@register_format("mentions", ".csv", read=_read_csv, expected=_expected_mentions)
def write_mentions(store: Store, path: Path) -> None:
    """Mentions CSV: one row per (outermost) entity mention, with character offsets into the article body."""
    with atomic_write(path, newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow(MENTION_COLUMNS)
        writer.writerows(mention_rows(store))
