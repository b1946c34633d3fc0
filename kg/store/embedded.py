"""The embedded store: Oxigraph on disk, one named graph per article plus a merged default graph.

Every article's statements live in its own named graph (provenance); the
default graph holds the de-duplicated union so that each fact counts once in
queries (Oxigraph's union-default-graph option counts a triple once per graph
that asserts it, and is far slower on joins).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from contextlib import suppress
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox

from kg.model import iris
from kg.model.mapping import STORED_MARK, Evidence
from kg.model.vocab import KGO, SCHEMA

DEFAULT_STORE = "kg-store"
#: the file a writer holds an exclusive lock on for as long as it has the store open: RocksDB's
#: own LOCK is let go while :meth:`Store.compact` reopens the store, and another writer must not
#: get in then
WRITER_LOCK = "kg-writer.lock"


def term_value(term: object) -> str:
    """The plain value of a query result term; empty for an unbound variable."""
    if term is None:
        return ""
    return str(getattr(term, "value", term))


class StoreError(Exception):
    """A store could not be opened or used."""


class StoreDamaged(StoreError):  # noqa: N818 (reads as the state it reports)
    """The store's files are damaged (missing or truncated RocksDB files)."""

    def __init__(self, path: str | Path, error: BaseException) -> None:
        detail = " ".join(str(error).split())
        detail = detail if len(detail) <= 240 else detail[:240] + "…"
        super().__init__(f"the graph store at {path} is damaged ({detail}); {REBUILD}")


REBUILD = "remove the folder and run `kg build` again with the same inputs to rebuild it"


#: What RocksDB says of a damaged store, and of one a build was killed while creating it (its column
#: families or first writes are missing, so a read-only opening finds a half-made store).
_DAMAGE = ("Corruption", "Column family not found", "Inserts are only possible on read-write instances")


def is_store_corruption(error: BaseException) -> bool:
    """Whether RocksDB (under Oxigraph) reported a damaged or half-created store."""
    return isinstance(error, RuntimeError | OSError) and any(d in str(error) for d in _DAMAGE)


#: the files RocksDB writes while it creates a store, before its CURRENT file says the store exists
_HALF_MADE = re.compile(
    r"LOCK|LOG(?:\.old\.\d+)?|IDENTITY|OPTIONS-\d+(?:\.dbtmp)?|MANIFEST-\d+|\d+\.(?:log|dbtmp)"
)


class StoreLocked(StoreError):  # noqa: N818 (reads as the state it reports)
    """Another process has the store open for writing."""


def _lock_writer(path: Path) -> int | None:
    """Take the writer lock of the store folder ``path``; :class:`StoreLocked` if another process has it.

    Where the platform has no ``fcntl`` (Windows), RocksDB's own lock is the only one.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return None
    descriptor = os.open(path / WRITER_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        raise StoreLocked(
            f"store is locked: {path} is open in another process (a running `kg build`?)"
        ) from None
    return descriptor


def default_store_path() -> Path:
    """``$KG_STORE`` or ``./kg-store``."""
    return Path(os.environ.get("KG_STORE") or DEFAULT_STORE)


class Store:
    """An Oxigraph store at ``path``; ``read_only`` opens an existing one for queries."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not (self.path / "CURRENT").exists():
            raise StoreError(f"no graph store at {self.path} (run `kg build` first, or pass --store)")
        if not read_only and self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} exists and is not a store folder")
        # never scatter store files among someone's own files
        if not read_only and self.path.is_dir() and not (self.path / "CURRENT").exists():
            entries = [entry for entry in self.path.iterdir() if entry.name != WRITER_LOCK]
            if entries and all(_HALF_MADE.fullmatch(entry.name) and entry.is_file() for entry in entries):
                for entry in entries:  # a build was killed while RocksDB created the store: start it anew
                    entry.unlink()
            elif entries:
                raise StoreError(
                    f"{self.path} is a folder with other files in it, not a kg store; "
                    "give --store a new or empty folder (or an existing kg store)"
                )
        self._writer_lock: int | None = None
        if not read_only:
            self.path.mkdir(parents=True, exist_ok=True)
            self._writer_lock = _lock_writer(self.path)
        try:
            self._store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except (OSError, RuntimeError) as error:
            self._release()
            if is_store_corruption(error):
                raise StoreDamaged(self.path, error) from None
            if "lock" in str(error).lower():
                raise StoreLocked(
                    f"store is locked: {self.path} is open in another process (a running `kg build`?)"
                ) from None
            raise StoreError(f"cannot open store {self.path}: {error}") from None
        #: the table files as this writer found them (see :meth:`compact`)
        self._tables_at_open = {} if read_only else _table_files(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        store = self.__dict__.pop("_store", None)  # absent when a reopen failed (compact)
        try:
            if store is not None and not self.read_only:
                store.flush()
        finally:
            self._release()

    def _release(self) -> None:
        if self._writer_lock is not None:
            with suppress(OSError):
                os.close(self._writer_lock)  # closing the descriptor releases the lock
            self._writer_lock = None

    # -- articles -------------------------------------------------------------

    def article_hash(self, key: str) -> str | None:
        """The content hash stored for the article with stable ``key``, if any."""
        for quad in self._store.quads_for_pattern(iris.article(key), KGO.contentHash, None, iris.graph(key)):
            if isinstance(quad.object, ox.Literal):
                return quad.object.value
        return None

    def put_article(self, key: str, triples: Iterable[ox.Triple]) -> None:
        """Replace the statements of one article: its named graph and its share of the merged graph."""
        if self._store.contains_named_graph(iris.graph(key)):
            self.remove_article(key)
        lines: list[str] = []
        marks: list[str] = []
        for t in triples:
            (marks if t.predicate.value == STORED_MARK else lines).append(f"{t} .\n")
        self.put_articles([(key, "".join(lines), "".join(marks))])

    def has_article_graph(self, key: str) -> bool:
        """Whether the store holds a graph for the article with stable ``key`` (stored or half-written)."""
        return self._store.contains_named_graph(iris.graph(key))

    def put_articles(self, articles: Iterable[tuple[str, str, str]]) -> None:
        """Write new articles (none already in the store): each one's named graph and its share of the merged graph.

        Each article is ``(key, statements, marks)``: its statements as N-Triples, one per line,
        and apart from them the ``kgo:contentHash`` statement(s) that mark it as stored. One bulk
        load for all of them (Oxigraph's bulk loader, fed N-Quads: fast, not transactional), then,
        in one transaction, the marks. A build interrupted during the bulk load leaves article
        graphs without that mark; the next build removes them (:meth:`repair`) and writes the
        articles again.
        """
        named: list[str] = []
        # the merged graph's statements once per batch: the loader's time is per line
        merged: dict[str, None] = {}
        marked: list[str] = []
        for key, statements, marks in articles:
            in_graph = f" {iris.graph(key)} .\n"
            # a line ends with " .\n" and nowhere else: N-Triples escapes line breaks inside literals
            named.append(statements.replace(" .\n", in_graph))
            merged.update(dict.fromkeys(statements.split("\n")))
            marked += (marks.replace(" .\n", in_graph), marks)
        merged.pop("", None)
        if merged:
            text = "".join(named) + "\n".join(merged) + "\n"
            # lenient: the loader skips validating IRIs again (a tenth of its time); every line is the
            # N-Triples of a pyoxigraph term, validated when it was made
            self._store.bulk_load(text.encode(), format=ox.RdfFormat.N_QUADS, lenient=True)
        if any(marked):
            self._store.extend(ox.parse("".join(marked), format=ox.RdfFormat.N_QUADS))

    def repair(self) -> set[str]:
        """Undo what an interrupted build left half-done; returns the article graphs still not wholly merged.

        Drops article graphs without their "stored" mark (and their merged statements no other
        graph asserts), then merged statements that no graph asserts at all (a bulk load cut
        short may have written a statement's merged copy only). Reads the whole store: run only
        when a build did not finish (``kg-resolution-pending`` is there).
        """
        prefix = iris.graph("").value
        for graph in list(self._store.named_graphs()):
            key = graph.value[len(prefix) :] if isinstance(graph, ox.NamedNode) else ""
            if not graph.value.startswith(prefix) or key in ("", "identity"):
                continue
            if self.article_hash(key) is None:
                self.remove_article(key)
        self._store.update(
            "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
        )
        return {graph for graph, _ in self.unmerged(limit=None)}

    def evidence_form(self) -> Evidence | None:
        """The evidence form of the stored articles (:class:`~kg.model.mapping.Evidence`); ``None`` when there are none.

        Compact evidence states every article's ``schema:articleBody``; the full form never does.
        """
        merged = ox.DefaultGraph()
        if next(self._store.quads_for_pattern(None, SCHEMA.articleBody, None, merged), None) is not None:
            return Evidence.COMPACT
        if next(self._store.quads_for_pattern(None, KGO.contentHash, None, merged), None) is not None:
            return Evidence.FULL
        return None

    def remove_article(self, key: str) -> None:
        """Drop an article's graph and the merged statements no other article asserts.

        The "stored" marker (the content hash in the article's graph) goes first, so a crash
        half-way leaves an article the next build rewrites; then its merged copy (no other graph
        states this article's hash: the update below would miss it once the marker is gone).
        """
        graph = iris.graph(key)
        for quad in list(self._store.quads_for_pattern(iris.article(key), KGO.contentHash, None, graph)):
            self._store.remove(quad)
        for quad in list(
            self._store.quads_for_pattern(iris.article(key), KGO.contentHash, None, ox.DefaultGraph())
        ):
            self._store.remove(quad)
        self._store.update(
            f"""DELETE {{ ?s ?p ?o }} WHERE {{
                GRAPH {graph} {{ ?s ?p ?o }}
                FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }}
            }}"""
        )
        self._store.remove_graph(graph)

    def statements_of(self, node: ox.NamedNode, *, skip: ox.NamedNode | None = None) -> list[ox.Quad]:
        """The statements about or pointing to ``node`` in the named graphs (but ``skip``), sorted."""
        about = self._store.quads_for_pattern(node, None, None, None)
        pointing = self._store.quads_for_pattern(None, None, node, None)
        found = {
            quad
            for quad in (*about, *pointing)
            if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name != skip
        }
        return sorted(found, key=lambda q: (str(q.graph_name), str(q)))

    def has_quad(self, quad: ox.Quad) -> bool:
        """Whether the store holds ``quad``."""
        pattern = self._store.quads_for_pattern(quad.subject, quad.predicate, quad.object, quad.graph_name)
        return next(pattern, None) is not None

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (for derived data such as network scores, not for articles)."""
        try:
            self._store.update(sparql)
        except SyntaxError as error:
            raise StoreError(f"invalid SPARQL update: {error}") from None

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads as they are (derived data in a named graph of its own, and its merged copy)."""
        self._store.extend(quads)

    # -- reading ----------------------------------------------------------------

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SPARQL query against the merged default graph (``GRAPH ?g`` reaches articles)."""
        try:
            return self._store.query(sparql)
        except SyntaxError as error:
            raise StoreError(f"invalid SPARQL: {error}") from None

    def unmerged(self, limit: int | None = 20) -> list[tuple[str, int]]:
        """Article graphs with statements missing from the merged graph: ``(graph, missing)``, worst first."""
        rows = self._store.query(  # a SELECT: QuerySolutions
            f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{
                GRAPH ?g {{ ?s ?p ?o }} FILTER NOT EXISTS {{ ?s ?p ?o }}
            }} GROUP BY ?g ORDER BY DESC(?n) ?g {f"LIMIT {int(limit)}" if limit is not None else ""}"""
        )
        assert isinstance(rows, ox.QuerySolutions)
        return [(term_value(row["g"]), int(term_value(row["n"]))) for row in rows]

    def has_graph(self, iri: str) -> bool:
        """Whether the store holds a named graph called ``iri``."""
        try:
            return self._store.contains_named_graph(ox.NamedNode(iri))
        except ValueError:  # not an IRI at all
            return False

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a SELECT as dicts of plain values (unbound variables left out)."""
        solutions = self.query(sparql)
        if not isinstance(solutions, ox.QuerySolutions):
            raise StoreError("expected a SELECT query")
        names = [v.value for v in solutions.variables]
        return [{n: str(row[n].value) for n in names if row[n] is not None} for row in solutions]

    def quads(self, *, named: bool) -> Iterator[ox.Quad]:
        """All quads of the named (per-article) graphs, or all triples of the merged graph."""
        if named:
            for quad in self._store.quads_for_pattern(None, None, None, None):
                if not isinstance(quad.graph_name, ox.DefaultGraph):
                    yield quad
        else:
            yield from self._store.quads_for_pattern(None, None, None, ox.DefaultGraph())

    @property
    def name(self) -> str:
        """A short name for page headings (the store folder's name)."""
        return self.path.name

    def graph_names(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def graph_triples(self, iri: str | None) -> list[ox.Triple]:
        """The triples of one named graph (``None``: the merged default graph), sorted."""
        graph = ox.DefaultGraph() if iri is None else ox.NamedNode(iri)
        return sorted(
            (
                ox.Triple(q.subject, q.predicate, q.object)
                for q in self._store.quads_for_pattern(None, None, None, graph)
            ),
            key=str,
        )

    def compact(self) -> None:
        """Shrink the store after a build (left alone it stays at about three times its size).

        Flushing writes the memory tables to disk; ``optimize`` merges the table files and
        drops deleted data; reopening lets RocksDB delete the write-ahead logs the flush made
        obsolete (most of the excess: it keeps them until the next writable open).

        ``optimize`` rewrites every table file of the store whatever was written (the new
        statements' keys spread over the whole key range), minutes on a store of 100,000
        articles, so it runs only when this writer's new table files hold at least
        1/:data:`FULL_COMPACTION_SHARE` of what the store held when it was opened (or the
        store is under :data:`FULL_COMPACTION_BELOW` bytes, where it costs nothing): a few
        articles added to a big store leave a few small table files, which RocksDB's own
        background compaction merges later. The flush and the reopening (the logs) always run.
        """
        if self.read_only:
            return
        self._store.flush()
        if needs_full_compaction(self._tables_at_open, _table_files(self.path)):
            self._store.optimize()
        del self._store
        try:  # no other writer can open it meanwhile: this process keeps the writer lock
            self._store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as error:
            raise StoreError(f"cannot reopen store {self.path} after compacting it: {error}") from None
        self._tables_at_open = _table_files(self.path)

    def __len__(self) -> int:
        return len(self._store)


#: :meth:`Store.compact` merges every table file when a build's new ones are at least this
#: fraction (1/8) of the store it opened, or the store is smaller than ``FULL_COMPACTION_BELOW``
FULL_COMPACTION_SHARE = 8
FULL_COMPACTION_BELOW = 256 * 1024 * 1024


def needs_full_compaction(at_open: dict[str, int], now: dict[str, int]) -> bool:
    """Whether :meth:`Store.compact` should merge every table file: the table files (name → bytes)
    written since ``at_open`` hold at least 1/``FULL_COMPACTION_SHARE`` of its bytes, or it was small."""
    old = sum(at_open.values())
    new = sum(size for name, size in now.items() if name not in at_open)
    return old < FULL_COMPACTION_BELOW or new * FULL_COMPACTION_SHARE >= old


def _table_files(path: Path) -> dict[str, int]:
    """RocksDB's table files in the store folder ``path``: name → size in bytes."""
    found = {}
    with suppress(OSError):
        for entry in os.scandir(path):
            if entry.name.endswith(".sst"):
                with suppress(OSError):
                    found[entry.name] = entry.stat().st_size
    return found
