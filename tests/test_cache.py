"""The cache of results computed from a store (kg.store.cache): used while the store is unchanged, never after."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analyze import graph as graphs
from kg.cli import main
from kg.store import Store, cache

ARTICLE = (
    "Wali Kota Malang Meresmikan Taman Baru\n\n"
    "MALANG - Wali Kota Malang Hendra Gunawan meresmikan Taman Merjosari di Kota Malang, Senin (18/11/2024).\n"
)


def _same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> bool:
    return list(a.nodes(data=True)) == list(b.nodes(data=True)) and list(
        a.edges(keys=True, data=True)
    ) == list(b.edges(keys=True, data=True))


def test_explore_graph_is_read_from_the_cache_while_the_store_is_unchanged(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(store_copy, read_only=True) as store:
        first = graphs.explore_graph(store)
    assert (store_copy / cache.FOLDER / "explore-graph.json").is_file()

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError("read from the store although the cache is valid")

    with monkeypatch.context() as patch:
        patch.setattr(graphs, "_read_explore_graph", unexpected)
        with Store(store_copy, read_only=True) as store:
            again = graphs.explore_graph(store)
    assert _same(first, again)  # the same nodes, edges, attributes and order
    with Store(store_copy, read_only=True) as store:
        assert _same(graphs._read_explore_graph(store, articles=False), again)


def test_a_build_makes_the_cached_graph_invalid(store_copy: Path, tmp_path: Path) -> None:
    with Store(store_copy, read_only=True) as store:
        before = graphs.explore_graph(store)
    assert not any("merjosari" in n for n in before)
    (tmp_path / "new.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--store", str(store_copy), str(tmp_path / "new.txt")])
    assert result.exit_code == 0, result.output
    with Store(store_copy, read_only=True) as store:
        after = graphs.explore_graph(store)
        assert _same(after, graphs._read_explore_graph(store, articles=False))
    assert any("merjosari" in n for n in after)


def test_any_write_changes_the_signature(store_copy: Path) -> None:
    state = cache.signature(store_copy)
    assert cache.save(store_copy, "probe", "v1", state, {"x": 1})
    assert cache.load(store_copy, "probe", "v1") == {"x": 1}
    assert cache.load(store_copy, "probe", "v2") is None  # made by other code
    with Store(store_copy) as store:  # opening for writing and closing alone changes nothing
        pass
    assert cache.load(store_copy, "probe", "v1") == {"x": 1}
    with Store(store_copy) as store:
        store.update("INSERT DATA { <https://example.org/a> <https://example.org/b> 1 }")
    assert cache.signature(store_copy) != state
    assert cache.load(store_copy, "probe", "v1") is None
    # a result read while the store changed is not saved
    assert not cache.save(store_copy, "probe", "v1", state, {"x": 2})


def test_a_damaged_or_foreign_cache_file_is_ignored(store_copy: Path) -> None:
    with Store(store_copy, read_only=True) as store:
        good = graphs.explore_graph(store)
    path = store_copy / cache.FOLDER / "explore-graph.json"
    key = path.read_text(encoding="utf-8").split("\n", 1)[0]
    for body in ("{not json", '{"nodes": 3}', "[]"):
        path.write_text(key + "\n" + body, encoding="utf-8")
        with Store(store_copy, read_only=True) as store:
            assert _same(graphs.explore_graph(store), good)


def test_viz_pages_are_the_same_from_the_cache(store_copy: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    pages = []
    for name in ("cold.html", "warm.html"):
        result = runner.invoke(main, ["viz", "--store", str(store_copy), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        pages.append((tmp_path / name).read_text(encoding="utf-8"))
    assert pages[0] == pages[1]


def test_nothing_is_saved_where_the_cache_cannot_be_written(store_copy: Path) -> None:
    state = cache.signature(store_copy)
    (store_copy / cache.FOLDER).write_text("a file where the folder would go", encoding="utf-8")
    assert not cache.save(store_copy, "probe", "v1", state, {"x": 1})
    assert cache.load(store_copy, "probe", "v1") is None


def test_finding_a_name_through_the_label_index_is_the_query_s_answer(store_copy: Path) -> None:
    from kg import explain

    with Store(store_copy, read_only=True) as store:
        labels = {
            r["l"]
            for r in store.select(graphs.PREFIXES + "SELECT ?l WHERE { ?s rdfs:label|skos:altLabel ?l }")
        }
        assert len(labels) > 30
        for label in sorted(labels):
            for asked in (label, label.upper(), label.lower(), label.swapcase()):
                assert explain.find(store, asked) == explain._find_by_query(store, asked), asked
        assert explain.find(store, "Nama Yang Tidak Ada") == []
        assert (
            explain.find(store, "Sekretaris Daerah")
            == explain._find_by_query(store, "Sekretaris Daerah")
            == []
        )
    assert (store_copy / cache.FOLDER / "labels.bin").is_file()


def test_a_kept_view_is_redrawn_without_reading_the_store(
    store_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.viz import graph_page, render_graph

    with Store(store_copy, read_only=True) as store:
        first = render_graph(store, tmp_path / "a.html", types="person,organization")

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError("the view was made again although the store is unchanged")

    monkeypatch.setattr(graph_page, "_view", unexpected)
    with Store(store_copy, read_only=True) as store:
        again = render_graph(store, tmp_path / "b.html", types="person,organization")
        assert (again.shown, again.total, again.edges) == (first.shown, first.total, first.edges)
        with pytest.raises(AssertionError):  # other options are another view
            render_graph(store, tmp_path / "c.html", types="person")
    assert (tmp_path / "a.html").read_text(encoding="utf-8") == (tmp_path / "b.html").read_text(
        encoding="utf-8"
    )


def test_the_endpoint_answers_a_canned_query_once_per_snapshot_and_media_type(store_copy: Path) -> None:
    from kg.query import canned
    from kg.serve.jobs import Jobs

    jobs = Jobs(store_copy, "http://127.0.0.1:1")
    text = canned()["roles"].path.read_text(encoding="utf-8")
    answers = {}
    for accept in ("application/sparql-results+json", "text/csv"):
        first = jobs.sparql(text, accept, [], [])
        assert first.status == 200
        answers[accept] = first

    class Refuse:
        def query(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("ran again although the answer is kept")

    raw, jobs.raw = jobs.raw, Refuse()  # type: ignore[assignment]
    for accept, first in answers.items():
        again = jobs.sparql(text, accept, [], [])
        assert (again.status, again.content_type, again.body) == (
            first.status,
            first.content_type,
            first.body,
        )
    with pytest.raises(AssertionError):  # other queries are not kept
        jobs.sparql(text.replace("?person ?role", "?role ?person", 1), "text/csv", [], [])
    jobs.raw = raw
    assert len(list((store_copy / cache.FOLDER).glob("serve-*.bin"))) == 2
