"""Queries run in worker processes that can be killed: the time limit of ``kg serve``.

Neither pyoxigraph nor Oxigraph's own server can stop a query once it runs (a
cartesian ``COUNT`` keeps a core busy long after the client gave up), so every
request that touches the store goes to one of a few worker processes, each with
the store snapshot open read-only. The HTTP thread waits for the answer at most
``timeout`` seconds; past that it kills the worker, starts a fresh one in the
background and tells the client. The other workers go on answering other clients.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any


@dataclass
class Reply:
    """An HTTP answer computed by a worker."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str, **headers: str) -> Reply:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode(), headers)


class QueryTimeout(Exception):  # noqa: N818 (reads as what happened)
    """A job did not finish within the time limit; its worker was killed."""


class PoolBusy(Exception):  # noqa: N818
    """No worker became free within the time limit."""


class PoolClosed(Exception):  # noqa: N818 (reads as what happened)
    """The pool was closed (its snapshot retired for a fresh one) before or while it ran the job."""


class StillRunning(Exception):  # noqa: N818 (reads as what happened)
    """A job worth finishing passed the time limit: its worker goes on with it (see :meth:`Pool.run`)."""


#: how long a job that may finish late (a canned query) may run in all before its worker is killed
FINISH_LATE_S = 1800.0


def _worker_main(conn: Connection, snapshot: str, base_url: str, parent: int) -> None:
    """A worker process: open the snapshot, then answer jobs until the pipe closes.

    A server killed with ``kill -9`` cannot stop its workers: each exits by itself once
    orphaned (:func:`kg.workers.watch_parent`), even in the middle of a runaway query.
    """
    from kg.workers import watch_parent

    watch_parent(parent)
    try:
        from kg.serve.jobs import Jobs

        jobs = Jobs(Path(snapshot), base_url)
    except BaseException as error:  # the parent reports it and stops
        conn.send(("error", f"{type(error).__name__}: {error}"))
        return
    conn.send(("ready", ""))
    while True:
        try:
            kind, args = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            reply = jobs.run(kind, args)
        except Exception as error:  # a bug must not take the worker down
            reply = Reply.text(500, f"internal error: {type(error).__name__}: {error}")
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self, context: Any, snapshot: Path, base_url: str) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main,
            args=(child, str(snapshot), base_url, os.getpid()),
            daemon=True,
            name="kg-serve-worker",
        )
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise RuntimeError(f"a query worker did not start within {timeout:.0f} s")
        state, message = self.conn.recv()
        if state != "ready":
            self.kill()
            raise RuntimeError(f"a query worker could not open the store: {message}")

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class Pool:
    """``size`` worker processes over one store snapshot; :meth:`run` gives a job to a free one."""

    def __init__(self, snapshot: Path, base_url: str, size: int, timeout: float) -> None:
        self.snapshot = snapshot
        self.base_url = base_url
        self.timeout = timeout
        self.size = size
        self._context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._late: set[str] = set()  # keys of the jobs finishing after their time limit
        workers = [self._spawn() for _ in range(size)]
        try:
            for worker in workers:
                worker.wait_ready(60)
        except RuntimeError:
            self.close()
            raise
        for worker in workers:
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self.snapshot, self.base_url)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, dead: _Worker) -> None:
        """Kill ``dead`` and put a fresh worker in its place (in a background thread)."""
        with self._lock:
            self._all.discard(dead)
        dead.kill()
        self._add_worker()

    def _finish_late(self, worker: _Worker, key: str, started: float) -> None:
        """Let ``worker`` finish job ``key`` (until ``FINISH_LATE_S`` after ``started``); a fresh worker takes its place.

        The job's reply is not awaited by anyone: the job is worth finishing for what it leaves
        behind (a canned query's answer, kept with the snapshot). The worker is killed afterwards.
        """
        self._add_worker()

        def finish() -> None:
            try:
                if worker.conn.poll(max(0.0, FINISH_LATE_S - (time.monotonic() - started))):
                    worker.conn.recv()
            except (EOFError, OSError):
                pass
            finally:
                worker.kill()
                with self._lock:
                    self._all.discard(worker)
                    self._late.discard(key)

        threading.Thread(target=finish, daemon=True, name="kg-serve-finish-late").start()

    def _add_worker(self) -> None:
        """Start a worker and make it available (in a background thread)."""

        def start() -> None:
            if self._closed:
                return
            worker = self._spawn()
            try:
                worker.wait_ready(60)
            except RuntimeError:
                with self._lock:
                    self._all.discard(worker)
                return
            if self._closed:
                worker.kill()
            else:
                self._idle.put(worker)

        threading.Thread(target=start, daemon=True, name="kg-serve-respawn").start()

    def run(self, kind: str, args: dict[str, Any], *, finish_late: str | None = None) -> Reply:
        """Run a job; :class:`PoolBusy` or :class:`QueryTimeout` when the time limit passes,
        :class:`PoolClosed` when the pool was closed before or while it ran.

        A job given a ``finish_late`` key (a canned query, whose answer the worker keeps with the
        snapshot) is not killed at the time limit: :class:`StillRunning` is raised, and its worker
        goes on with it in the background while a fresh one takes its place, at most as many at a
        time as the pool has workers. Asked again meanwhile, the same key raises
        :class:`StillRunning` at once rather than starting the job a second time.
        """
        if self._closed:
            raise PoolClosed
        if finish_late is not None and finish_late in self._late:
            raise StillRunning
        started = time.monotonic()
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise PoolBusy from None
        try:
            worker.conn.send((kind, args))
            left = max(0.05, self.timeout - (time.monotonic() - started))
            if not worker.conn.poll(left):
                with self._lock:
                    late = (
                        finish_late is not None
                        and finish_late not in self._late
                        and len(self._late) < self.size
                    )
                    if late:
                        self._late.add(str(finish_late))
                if late:
                    self._finish_late(worker, str(finish_late), started)
                    raise StillRunning
                self._replace(worker)
                raise QueryTimeout
            reply: Reply = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            if self._closed:
                raise PoolClosed from None  # (its worker was stopped with it: not the job's fault)
            self._replace(worker)
            return Reply.text(500, "the query worker stopped unexpectedly; try again")
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        """Stop every worker (jobs still running are killed)."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()

    def idle(self) -> int:
        return self._idle.qsize()
