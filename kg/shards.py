"""The map step on its own: extraction written as N-Quads shards, and shards loaded into a store.

``kg extract`` reads the inputs, extracts every article (in this process, in worker
processes or on a Dask cluster) and writes one N-Quads file per partition of the
input: each article's statements in its own named graph, exactly as ``kg build``
would store them before the steps that need the whole store. Any engine that can
run a Python function over partitions (Dask, Spark ``mapPartitions``, a batch
scheduler) can write the same files: ``partition`` and ``write_shard`` are the whole
map step.

``kg load`` reads the shards back in name order and finishes the build exactly as
``kg build`` does: one named graph per article plus the merged default graph, then
identity resolution (one label per node included) and compaction.
``kg extract`` + ``kg load`` therefore give the same N-Quads export as ``kg build``.

The folder holds ``part-NNNNN.nq`` and ``manifest.json`` (format, partitions with the
keys of their articles in input order, and the problems met while reading and
extracting); the manifest is written last, so a folder without one is incomplete.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox

from kg.ingest import FieldMap, Problem
from kg.model import iris
from kg.model.mapping import Evidence, statements_of, triples
from kg.model.vocab import KGO
from kg.output import atomic_write
from kg.pipeline import (
    MAX_ARTICLE_CHARS,
    ArticleWriter,
    BuildReport,
    Mapper,
    _with_key,
    begin_writing,
    evidence_form,
    extract_safely,
    finish,
    read_articles,
    resume,
    unique_keys,
)
from kg.records import Article, Extraction
from kg.store import Store, StoreError

T = TypeVar("T")

FORMAT = "kg-shards/1"
MANIFEST = "manifest.json"
PARTITION_SIZE = 500

Progress = Callable[[int, int], None]


@dataclass
class ExtractReport:
    read: int
    articles: int
    shards: int
    statements: int
    problems: list[Problem]
    notes: list[Problem]


def shard_name(index: int) -> str:
    """The deterministic name of partition ``index``.

    >>> shard_name(7)
    'part-00007.nq'
    """
    return f"part-{index:05d}.nq"


def partition(articles: list[T], size: int = PARTITION_SIZE) -> list[list[T]]:
    """Consecutive partitions of at most ``size`` articles, in input order."""
    return [articles[i : i + size] for i in range(0, len(articles), size)]


def article_quads(key: str, extraction: Extraction, evidence: Evidence = Evidence.COMPACT) -> list[ox.Quad]:
    """One article's statements in its named graph, de-duplicated and sorted."""
    graph = iris.graph(key)
    return [
        ox.Quad(t.subject, t.predicate, t.object, graph)
        for t in sorted(set(triples(extraction, evidence)), key=str)
    ]


def extract_to_shards(
    paths: list[str | Path],
    out: str | Path,
    fields: FieldMap | None = None,
    *,
    mapper: Mapper | None = None,
    partition_size: int = PARTITION_SIZE,
    one_per_file: bool = False,
    date_order: str = "auto",
    max_article_chars: int = MAX_ARTICLE_CHARS,
    progress: Progress | None = None,
    evidence: Evidence | str = Evidence.COMPACT,
) -> ExtractReport:
    """Extract every article of ``paths`` into N-Quads shards in ``out`` (see the module docstring).

    ``evidence`` is the form of the evidence annotations; the manifest records it, and
    ``kg load`` loads the shards only into a store of the same form (or a new one).
    """
    evidence = Evidence(evidence)
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise StoreError(f"{out} exists and is not an empty folder; give --out a new folder")
    out.mkdir(parents=True, exist_ok=True)
    report, articles_read = read_articles(paths, fields, one_per_file, date_order, max_article_chars)
    keyed: list[tuple[str, Article]] = []
    seen: set[str] = set()
    for key, article in unique_keys(articles_read):
        if key not in seen:  # an article given twice is extracted once, as kg build does
            seen.add(key)
            keyed.append((key, _with_key(article, key)))
    articles = [article for _, article in keyed]
    results: Iterable[Extraction | str] = (mapper or _local)(articles)
    problems = [*report.problems]
    parts = []
    statements = 0
    done = 0
    results_iter = iter(results)
    for index, chunk in enumerate(partition(keyed, partition_size)):
        keys = []
        with atomic_write(out / shard_name(index), "wb", encoding=None) as handle:
            for key, article in chunk:
                extraction = next(results_iter)
                done += 1
                if progress is not None:
                    progress(done, len(keyed))
                if isinstance(extraction, str):
                    problems.append(Problem(article.source or article.title, extraction))
                    continue
                quads = article_quads(key, extraction, evidence)
                handle.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
                statements += len(quads)
                keys.append(key)
        parts.append({"name": shard_name(index), "articles": keys})
    manifest = {
        "format": FORMAT,
        "evidence": evidence.value,
        "read": report.read,
        "duplicates": len(articles_read) - len(keyed),
        "partitions": parts,
        "problems": [[p.source, p.reason] for p in problems],
        "notes": [[p.source, p.reason] for p in report.notes],
    }
    with atomic_write(out / MANIFEST) as handle:
        handle.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return ExtractReport(
        report.read, sum(len(p["articles"]) for p in parts), len(parts), statements, problems, report.notes
    )


def _local(articles: list[Article]) -> Iterator[Extraction | str]:
    return map(extract_safely, articles)


def read_manifest(folder: str | Path) -> dict[str, Any]:
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoreError(
            f"{folder} has no {MANIFEST}: not a `kg extract` folder, or an extraction that did not finish"
        ) from None
    except (OSError, ValueError) as error:
        raise StoreError(f"cannot read {folder / MANIFEST}: {error}") from None
    if manifest.get("format") != FORMAT:
        raise StoreError(f"{folder / MANIFEST} is not a {FORMAT} manifest")
    return dict(manifest)


def shard_articles(path: Path, keys: list[str]) -> Iterator[tuple[str, list[ox.Triple]]]:
    """The statements of each article of one shard, in the manifest's order."""
    graphs: dict[str, list[ox.Triple]] = {}
    try:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            graph = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""
            graphs.setdefault(graph, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    except (OSError, SyntaxError) as error:
        raise StoreError(f"cannot read shard {path}: {error}") from None
    for key in keys:
        yield key, graphs.get(iris.graph(key).value, [])


def _content_hash(key: str, statements: list[ox.Triple]) -> str | None:
    subject = iris.article(key)
    for t in statements:
        if t.subject == subject and t.predicate == KGO.contentHash and isinstance(t.object, ox.Literal):
            return t.object.value
    return None


def load_shards(
    folder: str | Path, store: Store, progress: Callable[[int, int], None] | None = None
) -> BuildReport:
    """Load the shards of ``folder`` into ``store`` and finish the build (see the module docstring)."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    report = BuildReport(
        read=int(manifest.get("read", 0)),
        problems=[Problem(s, m) for s, m in manifest.get("problems", [])],
        notes=[Problem(s, m) for s, m in manifest.get("notes", [])],
        unchanged=int(manifest.get("duplicates", 0)),  # given twice: counted as kg build counts them
    )
    total = sum(len(p["articles"]) for p in manifest["partitions"])
    # shards of an older kg (no "evidence" in the manifest) hold full evidence
    evidence_form(store, manifest.get("evidence", Evidence.FULL.value))
    damaged = resume(store)
    writer = ArticleWriter(store, report)
    done, writing = 0, False
    for part in manifest["partitions"]:
        for key, statements in shard_articles(folder / part["name"], part["articles"]):
            done += 1
            if progress is not None:
                progress(done, total)
            stored = store.article_hash(key)
            unchanged = stored is not None and stored == _content_hash(key, statements)
            if unchanged and iris.graph(key).value not in damaged:
                report.unchanged += 1
                continue
            if not writing:  # the marker, until finish() has resolved identities
                begin_writing(store)
                writing = True
            writer.add(key, statements_of(statements), stored)
    writer.flush()
    finish(store, report)
    return report
