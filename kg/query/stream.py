"""Running a user's query in a child process: a time limit that really stops it, rows streamed out.

Oxigraph has no query timeout, and a query runs inside one native call that
Python cannot interrupt. :func:`stream` therefore runs the query in a child
process that opens the store read-only and sends the result in batches; the
parent yields the rows as they arrive, and terminates the child when the time
limit passes, on Ctrl-C, or when the consumer stops early. The child exits by
itself if the parent is killed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.query.results import Echo

if TYPE_CHECKING:  # multiprocessing is imported when a query runs: a page read from a saved result needs none
    from multiprocessing.connection import Connection

BATCH = 500


class QueryTimeout(Exception):  # noqa: N818 (reads as what happened)
    """The query ran longer than its time limit and was stopped."""


class QueryFailed(Exception):  # noqa: N818
    """The query could not run (the message says why)."""


def _child(connection: Connection, store_path: str, sparql: str, parent: int) -> None:
    from kg.workers import watch_parent

    watch_parent(parent)
    try:
        import pyoxigraph as ox

        from kg.query import checked
        from kg.store import Store, StoreError, term_value
        from kg.store.embedded import StoreDamaged, is_store_corruption

        try:
            with Store(store_path, read_only=True) as store:
                result = store.query(checked(store, sparql))
                if isinstance(result, bool | ox.QueryBoolean):
                    connection.send(("names", ["result"]))
                    connection.send(("rows", [[str(bool(result)).lower()]]))
                else:
                    if isinstance(result, ox.QuerySolutions):
                        names = [v.value for v in result.variables]
                        rows = ([term_value(row[n]) for n in names] for row in result)
                    else:
                        names = ["subject", "predicate", "object"]
                        rows = (
                            [term_value(t.subject), term_value(t.predicate), term_value(t.object)]
                            for t in result
                        )
                    connection.send(("names", names))
                    batch: list[list[str]] = []
                    for row in rows:
                        batch.append(row)
                        if len(batch) >= BATCH:
                            connection.send(("rows", batch))
                            batch = []
                    if batch:
                        connection.send(("rows", batch))
        except StoreError as error:
            connection.send(("error", str(error)))
            return
        except (RuntimeError, OSError) as error:
            if is_store_corruption(error):
                connection.send(("error", str(StoreDamaged(store_path, error))))
                return
            raise
        connection.send(("done", None))
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the parent stopped listening (timeout, Ctrl-C, consumer gone)
    except Exception as error:  # a bug: report it rather than die silently
        connection.send(("error", f"query failed ({type(error).__name__}: {error})"))
    finally:
        connection.close()


def stream(
    store_path: str | Path, sparql: str, timeout: float | None = 60.0
) -> Generator[list[str], None, None]:
    """Yield the column names, then each row, of ``sparql`` run in a child process.

    Raises :class:`QueryTimeout` when ``timeout`` seconds pass before the last row
    (``None`` or 0: no limit), :class:`QueryFailed` with the reason when the query cannot run.
    The child is terminated whatever way the iteration ends.
    """
    # fork is fast; a process with other threads running forks unsafely (Python 3.12 warns), so spawn then
    import multiprocessing
    import threading

    single = threading.active_count() == 1
    context = (
        multiprocessing.get_context("fork")
        if hasattr(os, "fork") and single
        else multiprocessing.get_context("spawn")
    )
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(sender, str(store_path), sparql, os.getpid()), name="kg-query", daemon=True
    )
    child.start()
    sender.close()
    deadline = time.monotonic() + timeout if timeout else None
    try:
        while True:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not receiver.poll(wait):
                raise QueryTimeout(f"query stopped after {timeout:g} s (raise the limit with --timeout)")
            try:
                kind, payload = receiver.recv()
            except EOFError:
                child.join(5)
                raise QueryFailed(
                    f"the query process ended unexpectedly (exit status {child.exitcode})"
                ) from None
            if kind == "names":
                yield payload
            elif kind == "rows":
                yield from payload
            elif kind == "error":
                raise QueryFailed(payload)
            else:
                return
    finally:
        receiver.close()
        if child.is_alive():
            child.terminate()
            child.join(2)
            if child.is_alive():
                child.kill()
        child.join()


#: rows ``kg query`` shows in its table unless ``--limit`` says otherwise (csv, tsv and json: every row)
TABLE_LIMIT = 1000


@dataclass
class Page:
    """Rows ``offset`` to ``offset + limit`` of a result; ``total`` and ``more`` are known once ``rows`` is used up.

    ``total`` is the number of rows of the whole result when it is known (a saved result,
    or one read to the end), else ``None``; ``more`` says whether rows follow the page.
    """

    names: list[str]
    rows: Generator[list[str], None, None]
    offset: int = 0
    limit: int | None = None
    total: int | None = None
    more: bool = False
    shown: int = 0

    def note(self) -> str | None:
        """What the reader must know when the page is not the whole result: what was left out, how to see it."""
        if not self.more and not self.offset:
            return None
        first, last = self.offset + 1, self.offset + self.shown
        of = f" of {self.total:,}" if self.total is not None else " (more follow)" if self.more else ""
        span = f"rows {first:,}–{last:,}{of}" if self.shown else f"no rows after row {self.offset:,}{of}"
        hints = [f"--offset {last} for the next page"] if self.more else []
        hints.append("--limit 0 for all" if self.more else "--offset 0 for the first page")
        return f"{span}: {', '.join(hints)}"


def _empty() -> Generator[list[str], None, None]:
    yield from ()


def paged(
    names: list[str], rows: Iterator[list[str]], offset: int, limit: int | None, *, read_all: bool = False
) -> Page:
    """A :class:`Page` over ``rows``; ``read_all`` reads past the page to the end (to count, or to save every row)."""
    page = Page(names, _empty(), offset, limit)

    def cut() -> Generator[list[str], None, None]:
        seen = 0
        try:
            for row in rows:
                seen += 1
                if seen <= offset:
                    continue
                if limit is not None and page.shown >= limit:
                    page.more = True
                    if not read_all:
                        return
                    continue
                page.shown += 1
                yield row
            page.total = seen
        finally:
            close = getattr(rows, "close", None)
            if close is not None:
                close()  # a query process stops here when the page was enough

    page.rows = cut()
    return page


def saved_page(saved: Any, offset: int, limit: int | None) -> Page:
    """A :class:`Page` of a result saved by :mod:`kg.query.kept`: only the page's rows are read."""
    page = Page(saved.names, _empty(), offset, limit, total=saved.total)
    end = saved.total if limit is None else min(saved.total, offset + limit)
    page.more = end < saved.total

    def rows() -> Generator[list[str], None, None]:
        for row in saved.rows(offset, limit):
            page.shown += 1
            yield row

    page.rows = rows()
    return page


def write_page(page: Page, fmt: str, echo: Echo) -> int:
    """Write a page in the result format ``fmt`` (:mod:`kg.query.results`); a table's last line says which rows of how many."""
    from kg.query.results import write_rows

    return write_rows(page.names, page.rows, fmt, echo, footer=page.note)
