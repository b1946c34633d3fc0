"""Extraction on a Dask cluster: ``kg build --dask ADDRESS`` and ``kg extract --dask ADDRESS``.

Extraction is a pure function of an article, so it can run anywhere; storing stays in
this process, in input order, so the store is byte for byte the one a single-process
build makes. Articles go to the cluster in small batches (one task each); at most a
window of batches is in flight, and results are taken back in submission order.
Dask re-runs the tasks of a worker that dies, so a lost worker costs time, not data.

Each worker loads the models and word lists once: a worker plugin extracts a tiny
article when the worker starts, which fills the module-level caches that every later
task in that worker process reuses.

``ADDRESS`` is a scheduler (``tcp://host:8786``) whose workers have the same ``kg``
installed, or ``local:N`` for a ``LocalCluster`` of N single-threaded worker
processes on 127.0.0.1 (no dashboard).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kg.pipeline import Mapper, extract_safely
from kg.records import Article, Extraction
from kg.store import StoreError

BATCH = 8  # articles per task: enough to amortise scheduling, small enough to spread well
CONNECT_TIMEOUT = "30s"

WARM_UP = Article(
    title="Wali Kota Malang Buka Festival",
    text="Wali Kota Malang Hendra Gunawan membuka Festival Kopi di Balai Kota Malang, Senin (18/11/2024).",
)


def extract_batch(articles: list[Article]) -> list[Extraction | str]:
    """The task each worker runs: extraction of a few articles (an error becomes the article's message)."""
    return [extract_safely(article) for article in articles]


def warm_up() -> int:
    """Load the extraction models and word lists into this process (once; later calls are cheap)."""
    extract_safely(WARM_UP)
    return 1


def loaded() -> tuple[int, int]:
    """What this process has loaded: the NER tagger's identity (0: none yet) and word lists read.

    Run on every worker (``client.run(loaded)``) it shows the models are loaded once per
    worker: the same tagger before and after any number of tasks.
    """
    from kg import lang, ner

    return id(ner._TAGGER) if ner._TAGGER is not None else 0, lang.table.cache_info().misses


def _plugin() -> Any:
    from distributed.diagnostics.plugin import WorkerPlugin

    class WarmUp(WorkerPlugin):
        """Fill each worker's caches when it starts (also a worker the nanny restarts)."""

        name = "kg-warm-up"

        def setup(self, worker: Any) -> None:
            warm_up()

    return WarmUp()


def local_workers(address: str) -> int | None:
    """N of ``local:N``; None for a scheduler address.

    >>> local_workers("local:2"), local_workers("tcp://10.0.0.5:8786")
    (2, None)
    """
    if not address.startswith("local:"):
        return None
    try:
        n = int(address.removeprefix("local:"))
    except ValueError:
        n = 0
    if n < 1:
        raise StoreError(f"--dask {address}: give local:N with N a number of workers, e.g. local:2")
    return n


@contextmanager
def dask_mapper(address: str, *, processes: bool = True, batch: int = BATCH) -> Iterator[Mapper]:
    """A mapper (see ``kg.pipeline.build``) that extracts on the Dask cluster at ``address``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise StoreError("--dask needs the `distributed` package: pip install 'kg[dask]'") from None
    for name in ("distributed", "tornado"):  # the cluster's chatter is not the user's business
        logging.getLogger(name).setLevel(logging.ERROR)
    n = local_workers(address)
    cluster = None
    try:
        if n is not None:
            cluster = LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=processes,
                host="127.0.0.1",
                protocol="tcp",  # loopback TCP for threads and processes alike (inproc ignores host)
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT)
    except OSError as error:
        if cluster is not None:
            cluster.close()
        raise StoreError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    try:
        client.register_plugin(_plugin())

        def mapper(articles: list[Article]) -> Iterator[Extraction | str]:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            window = 4 * workers  # batches in flight: every worker busy, memory bounded
            batches = [articles[i : i + batch] for i in range(0, len(articles), batch)]
            pending: deque[Any] = deque()
            submitted = 0
            while submitted < len(batches) or pending:
                while submitted < len(batches) and len(pending) < window:
                    # pure=False: two identical batches are still two tasks (each result is consumed once)
                    pending.append(client.submit(extract_batch, batches[submitted], pure=False))
                    submitted += 1
                future = pending.popleft()
                yield from future.result()
                future.release()

        mapper.client = client  # type: ignore[attr-defined]  # for tests and callers that want the cluster
        yield mapper
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
