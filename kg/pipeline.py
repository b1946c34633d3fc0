"""Building the graph: articles in, per-article named graphs and the merged graph out.

``build`` composes the stages (read → extract → map → store). An article
whose content hash is already stored is skipped, so re-running changes
nothing; a changed article (same URL, or same headline without one)
replaces that article's statements only.
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from kg.extract.base import extract
from kg.ingest import FieldMap, Problem, read_inputs
from kg.model import iris
from kg.model.mapping import Evidence, Statements, statements
from kg.records import Article, EntityType, Extraction
from kg.resolve.identity import Link, resolve_store, undo_merges
from kg.store import Store, StoreError
from kg.workers import watch_parent

Progress = Callable[[int, int, Article], None]
#: extraction of many articles: one result per article, in their order (see ``extract_safely``)
Mapper = Callable[[list[Article]], Iterable[Extraction | str]]
R = TypeVar("R")

#: the longest article text a build extracts by default (the longest article of the detik.com sample has 17,734)
MAX_ARTICLE_CHARS = 200_000


@dataclass
class BuildReport:
    """What a build did: counts for the summary, and the problems met in the input."""

    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    statements: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # warnings about input that was still read
    links: list[Link] = field(default_factory=list)  # cross-article identity decisions (kg.resolve.identity)

    def count(self, mapped: Mapped) -> None:
        self.entities.update(mapped.entities)
        self.relations.update(mapped.relations)


@dataclass(frozen=True)
class Mapped:
    """One article as the writer takes it: its statements, and what the report counts of it.

    Made where the article was extracted (a worker process), so the writer does no mapping
    and receives plain strings, cheaper to send than the :class:`Extraction`.
    """

    statements: Statements
    entities: Counter[str]
    relations: Counter[str]


def mapped(extraction: Extraction, evidence: Evidence = Evidence.COMPACT) -> Mapped:
    """An extraction's statements (:func:`kg.model.mapping.statements`) and its counts for the report."""
    entities = Counter(
        entity.type.value
        for entity in extraction.entities
        if entity.mentions or entity.type is EntityType.ROLE
    )
    relations = Counter(
        memberships=len(extraction.memberships),
        events=len(extraction.events),
        quotes=len(extraction.quotes),
        awards=len(extraction.awards),
    )
    return Mapped(statements(extraction, evidence), entities, relations)


def unique_keys(articles: Iterable[Article]) -> list[tuple[str, Article]]:
    """Articles with their store keys; two different articles that share a headline both keep their own key."""
    seen: dict[str, str] = {}
    keyed = []
    for article in articles:
        key = article.key
        if key in seen and seen[key] != article.content_hash:
            key = f"{key[:8]}{article.content_hash[:8]}"
        seen.setdefault(key, article.content_hash)
        keyed.append((key, article))
    return keyed


#: statements collected before one bulk load (about 500 articles with compact evidence); the
#: environment variable KG_BATCH_QUADS overrides it (less memory per batch, more table files)
BATCH_QUADS = 200_000


class ArticleWriter:
    """Stores extracted articles in batches, one bulk load each, in input order.

    Each article's statements are written as its extraction made them, labels included:
    two articles may write one node two ways ("Badan Meteorologi, Klimatologi, dan Geofisika" /
    "... Klimatologi dan Geofisika"); both mint one IRI, and the node's one primary label is
    chosen once every article is stored (:mod:`kg.resolve.labels`, a stage of identity
    resolution), from all the spellings, so neither the order of the articles nor their
    batches change it. A changed article (or one an interrupted build half-wrote) is removed
    and written on its own, in input order.
    """

    def __init__(self, store: Store, report: BuildReport, batch_quads: int | None = None) -> None:
        self.store, self.report = store, report
        if batch_quads is None:
            batch_quads = int(os.environ.get("KG_BATCH_QUADS") or BATCH_QUADS)
        self.batch_quads = max(1, batch_quads)
        self._batch: list[tuple[str, str, str]] = []
        self._size = 0

    def add(self, key: str, statements: Statements, stored: str | None) -> None:
        """Queue one article's statements (replacing what the store holds under ``key``) and count it."""
        if stored is not None or self.store.has_article_graph(key):
            self.flush()
            self.store.remove_article(key)
        count = statements.lines.count("\n") + statements.mark.count("\n")
        self._batch.append((key, statements.lines, statements.mark))
        self._size += 2 * count
        self.report.statements += count
        if stored is None:
            self.report.added += 1
        else:
            self.report.replaced += 1
        if self._size >= self.batch_quads:
            self.flush()

    def flush(self) -> None:
        """Write the queued articles (see :meth:`Store.put_articles`)."""
        if self._batch:
            self.store.put_articles(self._batch)
        self._batch, self._size = [], 0


def extract_safely(article: Article) -> Extraction | str:
    """Extract one article; an error becomes its message (one bad article must not stop a build of thousands)."""
    try:
        return extract(article)
    except Exception as error:
        return f"extraction failed ({type(error).__name__}: {error}); article skipped"


def worker_pool(jobs: int) -> ProcessPoolExecutor:
    """Extraction workers that do not outlive the process that started them."""
    return ProcessPoolExecutor(max_workers=jobs, initializer=watch_parent, initargs=(os.getpid(),))


#: articles a worker process extracts per task (see :func:`extract_in_order`)
CHUNK = 8
#: tasks per worker submitted ahead of the one whose results the caller reads next
AHEAD = 4


def map_safely(article: Article, evidence: Evidence = Evidence.COMPACT) -> Mapped | str:
    """``extract_safely``, then the article's statements (:func:`mapped`): what a build's worker does."""
    extraction = extract_safely(article)
    return extraction if isinstance(extraction, str) else mapped(extraction, evidence)


def _extract_chunk(articles: list[Article]) -> list[Extraction | str]:
    return [extract_safely(article) for article in articles]


def _map_chunk(articles: list[Article], evidence: Evidence) -> list[Mapped | str]:
    return [map_safely(article, evidence) for article in articles]


def extract_in_order(
    pool: ProcessPoolExecutor, jobs: int, articles: list[Article]
) -> Iterator[Extraction | str]:
    """``extract_safely`` of each article in the pool's workers, in input order (see :func:`in_order`)."""
    return in_order(pool, jobs, articles, _extract_chunk)


def in_order(
    pool: ProcessPoolExecutor, jobs: int, articles: list[Article], task: Callable[[list[Article]], list[R]]
) -> Iterator[R]:
    """``task`` over chunks of the articles in the pool's workers, results in input order, a bounded window ahead.

    ``ProcessPoolExecutor.map`` submits every task at once and keeps each result until it is
    read: when the workers extract faster than the caller stores, their results pile up in
    this process (gigabytes over 100,000 articles). Here at most ``AHEAD`` tasks per worker
    of ``CHUNK`` articles are out at a time; the results and their order are the same.
    """
    window: deque[Future[list[R]]] = deque()
    try:
        for start in range(0, len(articles), CHUNK):
            window.append(pool.submit(task, articles[start : start + CHUNK]))
            if len(window) >= AHEAD * max(1, jobs):
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:  # the caller stopped early (an error): the tasks not yet started are not run
        for future in window:
            future.cancel()


def build(
    paths: list[str | Path],
    store: Store,
    fields: FieldMap | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
    one_per_file: bool = False,
    date_order: str = "auto",
    max_article_chars: int = MAX_ARTICLE_CHARS,
    articles: Iterable[Article] = (),
    mapper: Mapper | None = None,
    evidence: Evidence | str | None = None,
) -> BuildReport:
    """Read every input, extract each new or changed article, and store its statements.

    ``articles`` are built after those read from ``paths`` (articles made in memory,
    see :func:`kg.api.build`). ``jobs`` > 1 extracts in that many worker processes
    (extraction is pure; the store is written by this process only, in input order,
    so the result is the same). ``mapper``, when given, runs the extraction instead
    (``kg.scale.dask``: on a Dask cluster); it must yield one result per article, in input order.
    ``evidence`` is the form of the evidence annotations (:func:`evidence_form`).
    """
    form = evidence_form(store, evidence)
    report, articles_read = read_articles(
        paths, fields, one_per_file, date_order, max_article_chars, articles=articles
    )
    pending: list[tuple[str, Article, str | None]] = []
    queued: set[str] = set()
    damaged = resume(store)
    for key, article in unique_keys(articles_read):
        stored = store.article_hash(key)
        if (stored == article.content_hash and iris.graph(key).value not in damaged) or key in queued:
            report.unchanged += 1  # already stored, or given twice in this run
            continue
        queued.add(key)
        pending.append((key, _with_key(article, key), stored))
    todo = [article for _, article, _ in pending]
    if todo:
        begin_writing(store)
    if mapper is not None and todo:
        extracted = mapper(todo)
        _store_all(
            pending,
            (r if isinstance(r, str) else mapped(r, form) for r in extracted),
            store,
            report,
            progress,
        )
    elif jobs > 1 and len(todo) > 1:
        with worker_pool(jobs) as pool:
            results = in_order(pool, jobs, todo, partial(_map_chunk, evidence=form))
            _store_all(pending, results, store, report, progress)
    else:
        _store_all(pending, (map_safely(article, form) for article in todo), store, report, progress)
    finish(store, report)
    return report


class EvidenceMismatch(StoreError):  # noqa: N818 (reads as the state it reports)
    """A build asked for one evidence form on a store built with the other."""


def evidence_form(store: Store, wanted: Evidence | str | None = None) -> Evidence:
    """The evidence form a build writes: ``wanted``, else the store's own, else compact.

    A store keeps the form it was first built with: asking for the other one is an error
    (:class:`EvidenceMismatch`) rather than a store whose articles mix both forms.
    """
    stored = store.evidence_form()
    if wanted is None:
        return stored or Evidence.COMPACT
    try:
        wanted = Evidence(wanted)
    except ValueError:
        raise StoreError(
            f"unknown evidence form {wanted!r}: choose {' or '.join(e.value for e in Evidence)}"
        ) from None
    if stored is not None and stored is not wanted:
        raise EvidenceMismatch(
            f"the store at {store.path} holds {stored.value} evidence; build into it with --evidence "
            f"{stored.value} (or leave --evidence out), or build --evidence {wanted.value} into a new store"
        )
    return wanted


def resume(store: Store) -> set[str]:
    """Repair what an unfinished build left (:meth:`Store.repair`); the article graphs to write again.

    Only when the previous build did not finish (its ``kg-resolution-pending`` marker is
    still there): a finished build leaves nothing to repair, and the check reads the whole store.
    """
    if not _pending_resolution(store).exists():
        return set()
    return store.repair()


def finish(store: Store, report: BuildReport) -> None:
    """The end-of-build steps once every article is stored: cross-article identity, then compaction.

    Also when this run stored nothing but an earlier build was killed between storing articles
    and finishing resolution: its marker (``_pending_resolution``) is still there.
    """
    resolution = _pending_resolution(store)
    if report.added or report.replaced or resolution.exists():
        report.links = resolve_store(store)
        resolution.unlink(missing_ok=True)
        store.compact()


def read_articles(
    paths: list[str | Path],
    fields: FieldMap | None = None,
    one_per_file: bool = False,
    date_order: str = "auto",
    max_article_chars: int = MAX_ARTICLE_CHARS,
    *,
    articles: Iterable[Article] = (),
) -> tuple[BuildReport, list[Article]]:
    """The articles of every input, then ``articles`` (over-size ones left out, with a problem each),
    and a report of the reading."""
    reading = read_inputs(paths, fields, one_per_file=one_per_file, date_order=date_order)
    given = [*reading.articles, *articles]
    report = BuildReport(read=len(given), problems=list(reading.problems), notes=list(reading.notes))
    articles_read = []
    for article in given:  # an over-size "article" (a whole dump in one cell?) is skipped
        if len(article.text) > max_article_chars:
            report.problems.append(
                Problem(
                    article.source or article.title[:80],
                    f"article {article.title[:80]!r} has {len(article.text):,} characters, more than "
                    f"--max-article-chars {max_article_chars:,}; skipped",
                )
            )
        else:
            articles_read.append(article)
    return report, articles_read


#: a file in the store folder saying "articles were written that identity resolution has not seen"
PENDING_RESOLUTION = "kg-resolution-pending"


def mark_pending_resolution(store: Store) -> None:
    """Say, durably, that articles are being written and identities not yet resolved (see :func:`finish`)."""
    _mark(_pending_resolution(store))


def begin_writing(store: Store) -> None:
    """Before the first article of a build is written: mark resolution pending, then undo the last one.

    The marker stays until identity resolution has run (:func:`finish`). Undoing the merges
    first (:func:`kg.resolve.identity.undo_merges`) lets the writer replace a changed article
    among the articles' own statements (their own nodes and labels), as a build in one go would see them.
    """
    mark_pending_resolution(store)
    undo_merges(store)


def _pending_resolution(store: Store) -> Path:
    return store.path / PENDING_RESOLUTION


def _mark(marker: Path) -> None:
    """Create ``marker`` durably (file and folder entry synced) before the store is written."""
    if marker.exists():
        return
    descriptor = os.open(marker, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    try:  # the folder entry too (POSIX; Windows cannot open a folder)
        folder = os.open(marker.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _store_all(
    pending: list[tuple[str, Article, str | None]],
    results: Iterable[Mapped | str],
    store: Store,
    report: BuildReport,
    progress: Progress | None,
) -> None:
    writer = ArticleWriter(store, report)
    for n, ((key, article, stored), result) in enumerate(zip(pending, results, strict=True), 1):
        if progress is not None:
            progress(n, len(pending), article)
        if isinstance(result, str):
            report.problems.append(Problem(article.source or article.title, result))
            continue
        writer.add(key, result.statements, stored)
        report.count(result)
    writer.flush()


def _with_key(article: Article, key: str) -> Article:
    """The article under store key ``key`` (a headline shared by two articles gets a disambiguated key)."""
    return article if article.key == key else replace(article, id=key)
