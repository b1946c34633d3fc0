"""Query result formats: a name → row writer registry (``kg query --format``).

A writer gets the column names, an iterator of rows (lists of cell strings) and
an ``echo`` like ``click.echo`` (``echo(text, nl=True)``), writes the rows as they
come and returns how many it wrote. :func:`format_rows` collects the same text
into a string.
"""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Callable, Iterator
from typing import Protocol

from kg.output import csv_writer
from kg.registry import Registry

#: the aligned table measures its columns on this many rows, then streams the rest
TABLE_SAMPLE = 1000


class Echo(Protocol):
    """``click.echo`` as a writer sees it: a message, and whether a line end follows."""

    def __call__(self, message: str, *, nl: bool = True) -> object: ...


RowWriter = Callable[[list[str], Iterator[list[str]], Echo], int]

RESULT_FORMATS: Registry[RowWriter] = Registry("result format")


def register_result_format(name: str) -> Callable[[RowWriter], RowWriter]:
    """Register a row writer under ``name``; built-ins use this too. A name already taken raises."""

    def decorate(fn: RowWriter) -> RowWriter:
        RESULT_FORMATS.add(name, fn)
        return fn

    return decorate


def write_table(names: list[str], rows: Iterator[list[str]], echo: Echo, sample: int = TABLE_SAMPLE) -> int:
    """An aligned table for people; cells longer than 60 characters are cut with "…"."""
    first = list(itertools.islice(rows, sample))
    widths = [min(60, max([len(n), *(len(r[i]) for r in first)])) for i, n in enumerate(names)]

    def line(values: list[str]) -> str:
        return "  ".join(
            (v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(values, widths, strict=True)
        ).rstrip()

    echo(line(names))
    echo("  ".join("-" * w for w in widths))
    count = 0
    for row in itertools.chain(first, rows):
        echo(line(row))
        count += 1
    echo(f"({count} row{'s' if count != 1 else ''})")
    return count


register_result_format("table")(write_table)


def _delimited(delimiter: str) -> RowWriter:
    def write(names: list[str], rows: Iterator[list[str]], echo: Echo) -> int:
        buffer = io.StringIO()
        writer = csv_writer(buffer, delimiter=delimiter, lineterminator="\n")
        count = 0
        for row in itertools.chain([names], rows):
            writer.writerow(row)
            echo(buffer.getvalue(), nl=False)
            buffer.seek(0)
            buffer.truncate()
            count += 1
        return count - 1

    return write


write_csv = register_result_format("csv")(_delimited(","))
write_tsv = register_result_format("tsv")(_delimited("\t"))


@register_result_format("json")
def write_json(names: list[str], rows: Iterator[list[str]], echo: Echo) -> int:
    """A JSON list of objects, one per row, written as the rows come."""
    count = 0
    for row in rows:
        item = json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False, indent=2)
        indented = "\n".join("  " + line for line in item.splitlines())
        echo(("[\n" if not count else ",\n") + indented, nl=False)
        count += 1
    echo("\n]" if count else "[]")
    return count


def write_rows(names: list[str], rows: Iterator[list[str]], fmt: str, echo: Echo) -> int:
    """Write ``rows`` in the registered format ``fmt`` through ``echo``; returns the row count."""
    return RESULT_FORMATS.get(fmt)(names, rows, echo)


def format_rows(names: list[str], rows: list[list[str]], fmt: str) -> str:
    """The text :func:`write_rows` writes, as one string without the final line end.

    >>> print(format_rows(["name"], [["Erik Setyo Santoso"]], "csv"))
    name
    Erik Setyo Santoso
    """
    parts: list[str] = []

    def collect(message: str, *, nl: bool = True) -> None:
        parts.append(message + ("\n" if nl else ""))

    if fmt == "table":  # measure the columns on every row, not a sample
        write_table(names, iter(rows), collect, sample=max(len(rows), 1))
    else:
        write_rows(names, iter(rows), fmt, collect)
    return "".join(parts).removesuffix("\n")
