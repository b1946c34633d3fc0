"""Running a user's query in a child process: a time limit that really stops it, rows streamed out.

Oxigraph has no query timeout, and a query runs inside one native call that
Python cannot interrupt. :func:`stream` therefore runs the query in a child
process that opens the store read-only and sends the result in batches; the
parent yields the rows as they arrive, and terminates the child when the time
limit passes, on Ctrl-C, or when the consumer stops early. The child exits by
itself if the parent is killed.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Generator, Iterator
from multiprocessing.connection import Connection
from pathlib import Path

from kg.query.results import Echo

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


def write_rows(names: list[str], rows: Iterator[list[str]], fmt: str, echo: Echo) -> int:
    """Write ``rows`` as they come, in the result format ``fmt`` (:mod:`kg.query.results`)."""
    from kg.query.results import write_rows as write

    return write(names, rows, fmt, echo)
