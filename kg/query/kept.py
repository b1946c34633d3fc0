"""Complete results of the canned queries, kept with the store: computed once per store state.

The canned queries are reports over the whole graph; on a big store they take
seconds to minutes (Oxigraph sorts by looking up every compared string), and
most of them return rows in proportion to the corpus. ``kg query NAME`` keeps
the complete result of a canned query in ``STORE/kg-cache/`` the first time it
runs, under the key of :mod:`kg.store.cache` (the store's signature and the
query text), and answers from it while the store is unchanged. Any write to the
store (a build, ``kg load``, identity resolution, an interrupted build) changes
the signature, so a stale result is never shown; editing the ``.rq`` file
changes the key too.

Two files per query: ``query-DIGEST.rows`` (one JSON array of plain values per
line) and ``query-DIGEST.json`` (the key line, then the column names, the row
count and the size of the rows file). The rows file is replaced first and the
description last, so a reader never pairs a description with rows it does not
describe.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO

from kg.query.stream import Page, QueryTimeout, paged, saved_page, stream
from kg.store import cache

FORMAT = "query-rows-1"


def _stem(sparql: str) -> str:
    return "query-" + hashlib.sha256(sparql.encode("utf-8")).hexdigest()[:20]


def _key(state: tuple[tuple[str, int], ...], sparql: str) -> str:
    digest = hashlib.sha256(sparql.encode("utf-8")).hexdigest()
    return json.dumps(
        {"version": FORMAT, "query": digest, "store": [list(s) for s in state]}, separators=(",", ":")
    )


@dataclass(frozen=True)
class Saved:
    """A saved complete result: its columns, how many rows, and where they are."""

    names: list[str]
    total: int
    path: Path

    def rows(self, offset: int = 0, limit: int | None = None) -> Iterator[list[str]]:
        """Rows ``offset`` to ``offset + limit`` (all after ``offset`` when ``limit`` is None)."""
        with self.path.open(encoding="utf-8") as handle:
            stop = None if limit is None else offset + limit
            for line in islice(handle, offset, stop):
                yield json.loads(line)


def lookup(store: Path, sparql: str) -> Saved | None:
    """The saved result of ``sparql`` for the store as it is now, if there is one."""
    folder = store / cache.FOLDER
    stem = _stem(sparql)
    try:
        with (folder / f"{stem}.json").open(encoding="utf-8") as handle:
            if handle.readline().rstrip("\n") != _key(cache.signature(store), sparql):
                return None
            meta = json.loads(handle.read())
        rows = folder / f"{stem}.rows"
        if rows.stat().st_size != meta["size"]:
            return None
        return Saved([str(n) for n in meta["names"]], int(meta["total"]), rows)
    except (OSError, ValueError, KeyError, TypeError):
        return None


class Recorder:
    """Writes a result as it is read; :meth:`commit` saves it if the store did not change meanwhile.

    Create it *before* the query runs (it takes the store's signature then). Writing
    problems (a read-only folder, a full disk) only mean nothing is saved.
    """

    def __init__(self, store: Path, sparql: str) -> None:
        self.store, self.sparql = store, sparql
        self.state = cache.signature(store)
        self.names: list[str] = []
        self.total = 0
        self._out: IO[str] | None = None
        self._temporary: Path | None = None
        if not self.state:
            return
        folder = store / cache.FOLDER
        with contextlib.suppress(OSError):
            folder.mkdir(exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=f".{_stem(sparql)}-", suffix=".tmp", dir=folder)
            self._temporary = Path(name)
            self._out = os.fdopen(handle, "w", encoding="utf-8")

    def header(self, names: list[str]) -> None:
        self.names = list(names)

    def add(self, row: list[str]) -> None:
        self.total += 1
        if self._out is not None:
            try:
                self._out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
            except OSError:
                self.discard()

    def commit(self) -> bool:
        """Save the complete result (call only when every row was added); returns whether it was saved."""
        if self._out is None or self._temporary is None:
            return False
        try:
            self._out.close()
            self._out = None
            if cache.signature(self.store) != self.state:  # a build wrote the store while it was read
                self.discard()
                return False
            folder = self.store / cache.FOLDER
            stem = _stem(self.sparql)
            size = self._temporary.stat().st_size
            os.replace(self._temporary, folder / f"{stem}.rows")
            self._temporary = None
            meta = json.dumps({"names": self.names, "total": self.total, "size": size}, ensure_ascii=False)
            handle, name = tempfile.mkstemp(prefix=f".{stem}-", suffix=".tmp", dir=folder)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(_key(self.state, self.sparql) + "\n" + meta + "\n")
            os.replace(name, folder / f"{stem}.json")
        except OSError:
            self.discard()
            return False
        return True

    def discard(self) -> None:
        """Drop what was written (the query failed, was stopped, or the store changed)."""
        if self._out is not None:
            with contextlib.suppress(OSError):
                self._out.close()
            self._out = None
        if self._temporary is not None:
            self._temporary.unlink(missing_ok=True)
            self._temporary = None


def is_canned(sparql: str) -> bool:
    """Whether ``sparql`` is the text of one of the canned queries (only those are kept)."""
    from kg.query import canned

    return any(item.path.read_text(encoding="utf-8") == sparql for item in canned().values())


def page(store: Path, sparql: str, timeout: float | None, offset: int = 0, limit: int | None = None) -> Page:
    """Rows ``offset`` to ``offset + limit`` of ``sparql`` on the store at ``store``.

    A canned query is answered from its saved complete result when the store is
    unchanged since it was saved; otherwise it runs (in a child process, stopped after
    ``timeout`` seconds) and is read to the end, every row saved, while the page's rows
    are handed out as they come. Any other query runs and stops once the page is full.
    Raises :class:`QueryTimeout` or :class:`QueryFailed`.
    """
    keep = is_canned(sparql)
    if keep:
        saved = lookup(store, sparql)
        if saved is not None:
            return saved_page(saved, offset, limit)
    recorder = Recorder(store, sparql) if keep else None
    rows = stream(store, sparql, timeout)
    try:
        names = next(rows)
    except BaseException:
        rows.close()
        if recorder is not None:
            recorder.discard()
        raise
    if recorder is not None:
        recorder.header(names)

    def read() -> Iterator[list[str]]:
        try:
            for row in rows:
                if recorder is not None:
                    recorder.add(row)
                yield row
        except QueryTimeout as error:
            if recorder is None:
                raise
            recorder.discard()
            raise QueryTimeout(
                f"{error}; a canned query's complete result is kept once it has run to the end, "
                "and asking again is then instant until the store changes"
            ) from None
        except BaseException:
            if recorder is not None:
                recorder.discard()
            raise
        else:
            if recorder is not None:
                recorder.commit()
        finally:
            rows.close()

    return paged(names, read(), offset, limit, read_all=recorder is not None)
