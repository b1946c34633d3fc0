"""kg from Python: kg.build from paths or Article objects, kg.open_store, rows, DataFrames, rdflib."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.store import StoreError

ROOT = Path(__file__).resolve().parents[1]
PERSON = "https://w3id.org/kg-id/resource/person/erik-setyo-santoso"


def _article(n: int) -> kg.Article:
    return kg.Article(
        title=f"Wali Kota Malang Membuka Pameran Batik ke-{n}",
        text=f"MALANG - Wali Kota Malang Hendra Gunawan membuka Pameran Batik ke-{n} di Balai Kota Malang, "
        "Senin (18/11/2024).",
        url=f"https://example.org/batik-{n}",
        date="2024-11-18",
    )


def test_api_version_and_names() -> None:
    assert kg.__version__.count(".") == 2
    for name in ("open_store", "build", "to_dataframe", "KnowledgeGraph", "Rows"):
        assert name in kg.__all__


def test_api_build_from_articles_and_paths(tmp_path: Path) -> None:
    store = tmp_path / "store"
    report = kg.build([_article(1), _article(2)], store)
    assert (report.read, report.added) == (2, 2)
    assert kg.build([_article(1)], store).unchanged == 1  # re-building changes nothing
    report = kg.build(ROOT / "data" / "sample", store)
    assert report.added == 4  # the four articles of the sample
    with kg.open_store(store) as graph:
        headlines = {
            r["h"] for r in graph.query("SELECT ?h WHERE { ?a a schema:NewsArticle ; schema:headline ?h }")
        }
        assert "Wali Kota Malang Membuka Pameran Batik ke-2" in headlines
        assert len(headlines) == report.added + 2
    with kg.open_store(store, writable=True) as graph:
        assert graph.build(_article(3)).added == 1
    with pytest.raises(TypeError):
        kg.build([42], store)  # type: ignore[list-item]


def test_api_query_rows_ask_construct(sample_store_path: Path) -> None:
    with kg.open_store(sample_store_path) as graph:
        rows = graph.query(
            f"SELECT ?label ?day WHERE {{ <{PERSON}> rdfs:label ?label . ?m org:member <{PERSON}> ; kgo:attestedOn ?day }} ORDER BY ?day"
        )
        assert isinstance(rows, kg.Rows) and rows.columns == ["label", "day"]
        assert rows[0]["label"] == "Erik Setyo Santoso"
        assert isinstance(rows[0]["day"], datetime.date)  # typed literals become Python values
        roles = graph.query("roles")  # a canned query by name
        assert isinstance(roles, kg.Rows) and len(roles) > 0
        assert graph.query("ASK { ?p a schema:Person }") is True
        constructed = graph.query(f"CONSTRUCT {{ <{PERSON}> ?p ?o }} WHERE {{ <{PERSON}> ?p ?o }}")
        import rdflib

        assert isinstance(constructed, rdflib.Graph) and len(constructed) > 3
        assert "roles" in graph.canned()
        assert "Sekretaris Daerah" in " ".join(graph.explain("Erik Setyo Santoso").memberships)


def test_api_guards(sample_store_path: Path) -> None:
    with kg.open_store(sample_store_path) as graph:
        for query in (
            "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
            "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            "SELECT * FROM <http://127.0.0.1:9/x> WHERE { ?s ?p ?o }",
        ):
            with pytest.raises(StoreError, match="refused"):
                graph.query(query)
        with pytest.raises(StoreError, match="read-only"):
            graph.build(_article(1))


def test_api_dataframe(sample_store_path: Path) -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is optional (pip install 'kg[notebook]')")
    with kg.open_store(sample_store_path) as graph:
        frame = graph.query("office-holders").to_dataframe()
        assert isinstance(frame, pandas.DataFrame) and len(frame) > 0
        assert list(frame.columns) == graph.query("office-holders").columns
        assert kg.to_dataframe(graph.query("roles")).shape[0] == len(graph.query("roles"))


def test_api_dataframe_without_pandas(sample_store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    with (
        kg.open_store(sample_store_path) as graph,
        pytest.raises(ModuleNotFoundError, match="pip install pandas"),
    ):
        graph.query("roles").to_dataframe()


def test_api_imports_pandas_only_when_used() -> None:
    code = "import sys, kg; print('pandas' in sys.modules, 'matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_api_names_resolve_and_root_imports_nothing() -> None:
    """Every name of ``__all__`` resolves; importing ``kg`` loads none of its modules (no cycle through it)."""
    code = (
        "import sys, kg; loaded = sorted(m for m in sys.modules if m.startswith('kg.')); "
        "import kg.extract.lexicon; print(loaded, kg.extract.lexicon.__name__, callable(kg.extract_article))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["[]", "kg.extract.lexicon", "True"]
    for name in kg.__all__:
        assert getattr(kg, name) is not None
    assert set(kg.__all__) <= set(dir(kg))
    assert sorted(kg.__all__) == sorted([*kg._PUBLIC, "__version__"])  # one list, kept in step
    with pytest.raises(AttributeError):
        kg.no_such_name  # noqa: B018


def test_api_rdflib_view(sample_store_path: Path) -> None:
    pytest.importorskip("oxrdflib")
    import rdflib

    with kg.open_store(sample_store_path) as graph:
        view = graph.rdflib_graph()
        assert isinstance(view, rdflib.Graph)
        assert [str(x) for x in view.objects(rdflib.URIRef(PERSON), rdflib.RDFS.label)] == [
            "Erik Setyo Santoso"
        ]
        count = graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]
        assert len(view) == count
        assert len(list(view.query("SELECT ?s WHERE { ?s a <https://schema.org/Person> }"))) >= 3
        with pytest.raises(Exception, match=r"read-write|read-only"):
            view.add((rdflib.URIRef(PERSON), rdflib.RDFS.label, rdflib.Literal("x")))
        assert len(list(graph.rdflib_dataset().graphs())) > 2


def test_api_graph_view(sample_store_path: Path, tmp_path: Path) -> None:
    with kg.open_store(sample_store_path) as graph:
        view = graph.graph_view(focus="Erik Setyo Santoso", hops=1)
        assert "Erik Setyo Santoso" in view.html
        assert view._repr_html_().startswith("<iframe srcdoc=")
        assert view.save(tmp_path / "g.html").read_text(encoding="utf-8") == view.html
        drawn = graph.graph_view(
            query=f"CONSTRUCT {{ ?m org:member <{PERSON}> }} WHERE {{ ?m org:member <{PERSON}> }}"
        )
        assert "vis-network" in drawn.html or "kg-graph" in drawn.html


def test_api_all_matches_the_lazy_names() -> None:
    """Every name in ``kg.__all__`` resolves (they are imported on first use)."""
    for name in kg.__all__:
        assert getattr(kg, name) is not None, name
    with pytest.raises(AttributeError):
        kg.no_such_name  # noqa: B018
