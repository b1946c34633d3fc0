"""Network analysis: metrics, projections, scores stored in the graph, Gephi exports, and the synthetic corpus."""

from __future__ import annotations

import csv
import importlib.util
import shutil
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analyze import metrics
from kg.analyze.projections import PROJECTIONS, projection, write_graph
from kg.cli import main
from kg.model.iris import BASE
from kg.store import Store
from kg.viz import render_graph

ROOT = Path(__file__).resolve().parents[1]


# -- metrics ------------------------------------------------------------------------------------------


def test_pagerank_matches_the_definition() -> None:
    graph = nx.karate_club_graph()
    ranks = metrics.pagerank(graph)
    assert sum(ranks.values()) == pytest.approx(1.0)
    # the stationary equation holds: r = (1-d)/n + d * sum(r_u * w_uv / w_u)
    n, d = graph.number_of_nodes(), 0.85
    strength = {u: sum(data.get("weight", 1) for _, _, data in graph.edges(u, data=True)) for u in graph}
    for v in graph:
        expected = (1 - d) / n + d * sum(
            ranks[u] * graph[u][v].get("weight", 1) / strength[u] for u in graph[v]
        )
        assert ranks[v] == pytest.approx(expected, rel=1e-5)
    assert max(ranks, key=ranks.get) in {0, 33}


def test_betweenness_is_sampled_above_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    graph = nx.barabasi_albert_graph(300, 2, seed=1)
    exact, note = metrics.betweenness(graph)
    assert note is None and exact == pytest.approx(nx.betweenness_centrality(graph))
    monkeypatch.setattr(metrics, "EXACT_BETWEENNESS_LIMIT", 100)
    sampled, note = metrics.betweenness(graph, samples=50)
    assert note is not None and "50 of 300" in note
    assert sampled == metrics.betweenness(graph, samples=50)[0]  # seeded: the same every time
    top_exact = sorted(exact, key=exact.get, reverse=True)[:5]
    assert max(sampled, key=sampled.get) in top_exact


def test_communities_are_deterministic_and_numbered_by_size() -> None:
    graph = nx.disjoint_union(nx.complete_graph(6), nx.complete_graph(4))
    graph.add_edge(0, 6)
    found = metrics.communities(graph)
    assert found == metrics.communities(graph)
    assert {found[i] for i in range(6)} == {0.0} and {found[i] for i in range(6, 10)} == {1.0}


def test_compute_collapses_a_multigraph() -> None:
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b")
    graph.add_edge("b", "a")
    graph.add_edge("a", "c")
    scores = metrics.compute(graph, ["degree", "pagerank"])
    assert scores.values["degree"] == {"a": 2.0, "b": 1.0, "c": 1.0}
    with pytest.raises(ValueError, match="unknown metric"):
        metrics.compute(graph, ["closeness"])


# -- projections ----------------------------------------------------------------------------------


def test_projections_of_the_sample(sample_store) -> None:
    people = projection(sample_store, "person-person")
    assert {d["type"] for _, d in people.nodes(data=True)} == {"Person"}
    erik, dwi = f"{BASE}person/erik-setyo-santoso", f"{BASE}person/dwi-rahayu"
    assert people[erik][dwi]["weight"] == 2  # same article and same event
    affiliation = projection(sample_store, "person-org")
    assert nx.is_bipartite(affiliation)
    assert {d["bipartite"] for _, d in affiliation.nodes(data=True)} == {0, 1}
    assert (
        affiliation[f"{BASE}person/iwan-kurniawan"][f"{BASE}org/pemerintah-kota-malang"]["roles"]
        == "Penjabat Wali Kota"
    )
    orgs = projection(sample_store, "org-org")
    assert orgs.number_of_edges() > 0 and {d["type"] for _, d in orgs.nodes(data=True)} == {"Organization"}
    entity = projection(sample_store, "entity")
    assert not entity.is_directed() and entity.number_of_nodes() > 30
    with pytest.raises(ValueError, match="unknown projection"):
        projection(sample_store, "planet")


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_gephi_exports_read_back(sample_store, tmp_path: Path, suffix: str) -> None:
    graph = projection(sample_store, "person-org")
    scores = metrics.compute(graph, ["degree", "pagerank"]).values
    path = write_graph(graph, tmp_path / "sub" / f"g{suffix}", scores)
    back = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert (
        back.number_of_nodes() == graph.number_of_nodes()
        and back.number_of_edges() == graph.number_of_edges()
    )
    node = next(iter(back.nodes(data=True)))[1]
    assert "pagerank" in node and "label" in node


# -- the command and stored scores --------------------------------------------------------------------


def test_cli_analyze_prints_and_writes_csv(sample_store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "new" / "scores.csv"
    for name in PROJECTIONS:
        result = CliRunner().invoke(
            main,
            [
                "analyze",
                "--store",
                str(sample_store_path),
                "--projection",
                name,
                "--limit",
                "3",
                "-o",
                str(out),
                "--graph-out",
                str(tmp_path / f"{name}.gexf"),
            ],
        )
        assert result.exit_code == 0, result.output
        assert "pagerank" in result.output.splitlines()[1]
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["node", "label", "type", "degree", "betweenness", "pagerank", "community"]
    result = CliRunner().invoke(
        main, ["analyze", "--store", str(sample_store_path), "--metrics", "degree,closeness"]
    )
    assert result.exit_code == 2 and "unknown closeness" in result.output
    result = CliRunner().invoke(
        main, ["analyze", "--store", str(sample_store_path), "--graph-out", str(tmp_path / "x.png")]
    )
    assert result.exit_code == 2 and ".graphml or .gexf" in result.output


def test_write_stores_scores_for_sparql_and_viz(sample_store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "store"
    shutil.copytree(sample_store_path, path)
    for _ in range(2):  # a rerun replaces the scores instead of adding to them
        result = CliRunner().invoke(main, ["analyze", "--store", str(path), "--write", "--limit", "0"])
        assert result.exit_code == 0, result.output
    with Store(path, read_only=True) as store:
        ranks = metrics.stored_scores(store, "pagerank")
        assert len(ranks) > 30 and max(ranks, key=ranks.get) == f"{BASE}org/pemerintah-kota-malang"
        # 17 links in the sample (three of them: events whose sentence names the Pemkot or where its
        # Sekda took part); once, rerun or not
        assert metrics.stored_scores(store, "degree")[f"{BASE}org/pemerintah-kota-malang"] == 17
        rows = list(
            store.query(
                "PREFIX kgo: <https://w3id.org/kg-id/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> SELECT ?e ?v WHERE { ?e kgo:score ?s . "
                "?s dcterms:identifier 'pagerank' ; rdf:value ?v } ORDER BY DESC(?v) LIMIT 1"
            )
        )
        assert rows[0]["e"].value == f"{BASE}org/pemerintah-kota-malang" and len(ranks) == len(set(ranks))
        page = render_graph(store, tmp_path / "g.html", size="pagerank")
    assert any("stored by `kg analyze --write`" in note for note in page.notes)


# -- the synthetic corpus ------------------------------------------------------------------------------


def _synthetic():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("kg_bench_synthetic", ROOT / "benchmarks" / "synthetic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_synthetic_corpus_is_deterministic_and_prefix_stable(tmp_path: Path) -> None:
    synthetic = _synthetic()
    five, three = list(synthetic.generate(5)), list(synthetic.generate(3))
    assert five[:3] == three and five == list(synthetic.generate(5))
    assert list(synthetic.generate(3, seed=8)) != three
    for article in five:
        assert set(article) == {"title", "text", "date", "url"}
        assert article["url"].startswith("https://") and len(article["text"]) > 400
    text = " ".join(a["text"] for a in synthetic.generate(200))
    for pattern in ("Dalam arahannya", "Turut hadir", "“", "Penjabat (Pj.)", "Kepala Dinas"):
        assert pattern in text
    out = tmp_path / "c.jsonl"
    synthetic.main(["4", "-o", str(out)])
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4
