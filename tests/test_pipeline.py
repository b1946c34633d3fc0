"""Building, rebuilding, storing and exporting the sample graph."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import SAMPLE

from kg.export import FORMATS, export, formats
from kg.pipeline import build
from kg.query import canned, run
from kg.stats import stats
from kg.store import Store, StoreLocked
from kg.validation import validate

RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
               "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}  # fmt: skip


def test_sample_build_counts(sample_store: Store) -> None:
    counts = stats(sample_store)
    assert counts["articles"] == 4
    assert counts["persons"] == 3  # one node per real person across the four articles
    assert counts["quotes"] == 14 and counts["memberships"] == 3


def test_rebuilding_the_same_articles_changes_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as store:
        first = build([SAMPLE], store)
        before = sorted(map(str, store.quads(named=True)))
        again = build([SAMPLE], store)
        assert (first.added, again.added, again.unchanged) == (4, 0, 4)
        assert sorted(map(str, store.quads(named=True))) == before


def test_a_changed_article_replaces_only_its_own_statements(tmp_path: Path) -> None:
    one = tmp_path / "one.jsonl"
    article = {
        "title": "Wali Kota Batu Tinjau Pasar",
        "url": "https://x.id/1",
        "text": "Wali Kota Batu Joko Susilo meninjau Pasar Besar Kota Batu, Senin (18/11/2024).",
    }
    other = {
        "title": "Bupati Malang Buka Festival",
        "url": "https://x.id/2",
        "text": "Bupati Malang Ahmad Fauzi membuka Festival Kopi di Pendopo Kabupaten Malang, Selasa (19/11/2024).",
    }
    one.write_text(json.dumps(article) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    with Store(tmp_path / "s") as store:
        build([one], store)
        article["text"] = article["text"].replace("Joko Susilo", "Rina Kartika")
        one.write_text(json.dumps(article) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
        report = build([one], store)
        assert (report.replaced, report.unchanged) == (1, 1)
        people = {
            r[0]
            for r in run(
                store, "SELECT ?n WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n }"
            )[1]
        }
        assert people == {"Rina Kartika", "Ahmad Fauzi"}


def test_second_writer_gets_store_is_locked(tmp_path: Path) -> None:
    with Store(tmp_path / "s"), pytest.raises(StoreLocked, match="store is locked"):
        Store(tmp_path / "s")


def test_sample_graph_validates(sample_store: Store) -> None:
    result = validate(sample_store)
    assert result.conforms, result.text


@pytest.mark.parametrize("name", sorted(RDF_FORMATS))
def test_rdf_exports_reparse_to_the_same_statements(sample_store: Store, tmp_path: Path, name: str) -> None:
    path = export(sample_store, name, tmp_path / f"kg.{name}")
    named = name in {"trig", "nquads"}

    def key(q: ox.Quad) -> tuple[str, ...]:
        return (str(q.subject), str(q.predicate), str(q.object), str(q.graph_name) if named else "")

    parsed = {key(q) for q in ox.parse(path=str(path), format=RDF_FORMATS[name])}
    assert parsed == {key(q) for q in sample_store.quads(named=named)}


def test_turtle_and_nquads_are_byte_identical_across_builds(tmp_path: Path) -> None:
    outputs = []
    for run_ in ("a", "b"):
        with Store(tmp_path / run_) as store:
            build([SAMPLE], store)
            outputs.append(
                (
                    export(store, "turtle", tmp_path / f"{run_}.ttl").read_bytes(),
                    export(store, "nquads", tmp_path / f"{run_}.nq").read_bytes(),
                )
            )
    assert outputs[0] == outputs[1]


def test_every_format_is_registered_and_writes(sample_store: Store, tmp_path: Path) -> None:
    for name, fmt in formats().items():
        path = export(sample_store, name, tmp_path / f"out-{name}{fmt.extension}")
        assert path.exists() and (path.is_dir() or path.stat().st_size > 0), name
    assert {"entities.csv", "memberships.csv", "events.csv", "quotes.csv"} <= {
        p.name for p in (tmp_path / "out-csv").iterdir()
    }


@pytest.mark.parametrize("name", FORMATS.names())
def test_every_registered_format_round_trips(sample_store: Store, tmp_path: Path, name: str) -> None:
    """Driven by the registry: what a format writes reads back as what the store holds.

    RDF formats give the same statements (per article for TriG and N-Quads), GraphML the
    same nodes, edges and attributes as the entity graph, CSV the rows of each table.
    A format registered without ``read``/``expected`` fails here until it says how.
    """
    fmt = FORMATS.get(name)
    assert fmt.read is not None and fmt.expected is not None, f"{name}: register read= and expected="
    path = export(sample_store, name, tmp_path / f"out-{name}{fmt.extension}")
    expected = fmt.expected(sample_store)
    assert expected, name  # the sample gives every format something to hold
    assert fmt.read(path) == expected, name


def test_mentions_export_offsets_point_into_the_article(sample_store: Store, tmp_path: Path) -> None:
    import csv

    from kg.ingest import read_inputs

    bodies = {a.title: a.text for a in read_inputs([SAMPLE]).articles}
    with export(sample_store, "mentions", tmp_path / "m.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and list(rows[0]) == ["article_title", "article", "start", "end", "text", "type", "entity"]
    for row in rows:
        assert bodies[row["article_title"]][int(row["start"]) : int(row["end"])] == row["text"]


def test_queries_folder_has_canned_queries_that_all_run(sample_store: Store) -> None:
    queries = canned()
    assert len(queries) >= 8
    for item in queries.values():
        assert item.description, f"{item.path} must open with a comment saying what it answers"
        names, _ = run(sample_store, item.name)
        assert names, item.name


def test_parallel_extraction_gives_the_same_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dumps = []
    for jobs, chunk in ((1, 8), (2, 8), (2, 1)):  # one article per task, two tasks out: the window moves
        monkeypatch.setattr("kg.pipeline.CHUNK", chunk)
        monkeypatch.setattr("kg.pipeline.AHEAD", 1)
        with Store(tmp_path / f"s{jobs}-{chunk}") as store:
            report = build(
                [SAMPLE, SAMPLE], store, jobs=jobs
            )  # the sample twice: duplicates count as unchanged
            assert (report.added, report.unchanged) == (4, 4)
            dumps.append(export(store, "nquads", tmp_path / f"{jobs}-{chunk}.nq").read_bytes())
    assert dumps[0] == dumps[1] == dumps[2]


def test_a_small_build_into_a_big_store_skips_the_full_compaction_and_keeps_the_graph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``Store.compact`` merges every table file only when a build wrote a large share of the store.

    Here every store counts as big and no build's share as large: the second build adds two
    articles without merging the table files; the graph is the one-go build's, byte for byte,
    and no write-ahead log is left holding data.
    """
    from kg.ingest import read_inputs
    from kg.store import embedded

    articles = read_inputs([SAMPLE]).articles
    with Store(tmp_path / "one") as store:
        build([], store, articles=articles)
        whole = export(store, "nquads", tmp_path / "one.nq").read_bytes()
    decided: list[bool] = []
    decide = embedded.needs_full_compaction

    def recorded(at_open: dict[str, int], now: dict[str, int]) -> bool:
        decided.append(decide(at_open, now))
        return decided[-1]

    monkeypatch.setattr(embedded, "needs_full_compaction", recorded)
    monkeypatch.setattr(embedded, "FULL_COMPACTION_BELOW", 0)
    monkeypatch.setattr(embedded, "FULL_COMPACTION_SHARE", 0)  # no new table files are a large share
    with Store(tmp_path / "two") as store:
        build([], store, articles=articles[:2])
        build([], store, articles=articles[2:])
        assert len(decided) == 2 and not decided[1]  # the two articles added were not merged in
        assert export(store, "nquads", tmp_path / "two.nq").read_bytes() == whole
    assert sum(log.stat().st_size for log in (tmp_path / "two").glob("*.log")) == 0


def test_a_full_compaction_follows_a_build_that_wrote_a_large_share_of_the_store() -> None:
    from kg.store.embedded import FULL_COMPACTION_BELOW, FULL_COMPACTION_SHARE, needs_full_compaction

    big = {"000010.sst": FULL_COMPACTION_BELOW * FULL_COMPACTION_SHARE}
    assert needs_full_compaction({}, {"000011.sst": 1})  # a new store
    assert needs_full_compaction({"000010.sst": 1000}, {"000010.sst": 1000})  # a small store: cheap anyway
    assert not needs_full_compaction(big, {**big, "000011.sst": FULL_COMPACTION_BELOW - 1})
    assert needs_full_compaction(big, {**big, "000011.sst": FULL_COMPACTION_BELOW})
    assert needs_full_compaction(big, {"000012.sst": FULL_COMPACTION_BELOW})  # merged by RocksDB meanwhile


def test_a_node_is_labelled_as_most_articles_write_it_across_batches_and_a_replaced_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A node's label is the spelling most of its stored articles write (kg.resolve.labels); one batch or
    many, the same; a replaced article's spelling counts as it is now."""
    import kg.pipeline
    from kg.model.vocab import SPARQL_PREFIXES
    from kg.records import Article

    first, second = (
        "Badan Meteorologi, Klimatologi, dan Geofisika",
        "Badan Meteorologi Klimatologi dan Geofisika",
    )
    articles = [
        Article(f"Cuaca {i}", f"{name} memperingatkan hujan lebat di Kota Malang.", url=f"https://x.id/{i}")
        for i, name in enumerate((first, second, first))
    ]
    changed = Article("Cuaca 0", f"{second} mencabut peringatan hujan di Kota Malang.", url="https://x.id/0")
    outputs = []
    for batch in (1, 10_000_000):
        monkeypatch.setattr(kg.pipeline, "BATCH_QUADS", batch)
        with Store(tmp_path / str(batch)) as store:
            query = (
                SPARQL_PREFIXES
                + "SELECT ?n WHERE { ?o skos:prefLabel ?n ; skos:altLabel ?a FILTER(CONTAINS(?n, 'Geofisika')) }"
            )
            build([], store, articles=articles)
            assert {row["n"] for row in store.select(query)} == {first}  # two articles of three
            build([], store, articles=[changed, *articles[1:]])
            names = store.select(query)
            outputs.append(export(store, "nquads", tmp_path / f"{batch}.nq").read_bytes())
        assert {row["n"] for row in names} == {second}, names  # two of three, now
    assert outputs[0] == outputs[1]
