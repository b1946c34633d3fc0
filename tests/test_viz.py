"""The graph and timeline pages as files: content, options, escaping, determinism, and the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.analyze.graph import explore_graph, office_label
from kg.cli import main
from kg.model.iris import BASE
from kg.pipeline import build
from kg.store import Store
from kg.viz import SelectionError, render_graph, render_timeline
from kg.viz.html import ASSETS, script_json
from kg.viz.select import parse_day

HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_SENTENCE = (
    'Klik <a href="javascript:alert(10)">laporan</a> sekarang, kata <img src=x onerror=alert(1)>.'
)
HOSTILE_ARTICLES = [
    {
        "title": "<script>alert('title')</script> Wali Kota Malang <b>Resmikan</b> Taman",
        "text": "Pemerintah Kota (Pemkot) Malang menggelar Rapat Koordinasi Penanganan Banjir di Balai Kota Malang, "
        "Selasa (19/11/2024).\n\nDalam arahannya, Sekretaris Daerah (Sekda) Kota Malang <img src=x onerror=alert(1)> "
        'menuturkan bahwa seluruh perangkat daerah diminta bekerja sama.\n\n“Klik <a href="javascript:alert(2)">di '
        "sini</a> untuk laporan banjir,” ujar Erik Setyo Santoso.\n\nTurut hadir Kepala Dinas Kesehatan Kota Malang "
        "Husnul Muarif <svg onload=alert(3)> dan Penjabat (Pj.) Wali Kota Malang Iwan Kurniawan.",
        "date": "2024-11-19",
        "url": "javascript:alert(4)",
    },
    {
        "title": 'Sekda "><img src=x onerror=alert(5)> Buka Forum',
        "text": "Sekretaris Daerah (Sekda) Kota Malang Erik Setyo Santoso membuka Forum Perangkat Daerah di Aula Kantor "
        'Bappeda Kota Malang, Rabu (20/11/2024).\n\n“Laporan dikirim lewat href="javascript:alert(6)" tidak akan kami '
        "terima,” kata Erik.",
        "date": "2024-11-20",
        "url": 'https://example.org/berita/2?q=<x>&a="b"',
    },
]


def _n(path: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + path)


def _hostile_triples() -> list[ox.Triple]:
    """A person whose name is markup, with a membership, an event and evidence quoting an href."""
    schema, org, oa = "https://schema.org/", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/oa#"
    rdf_type, label = (
        ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
    )
    kgo = "https://w3id.org/kg-id/ontology#"
    person, article, member = _n("person/hostile"), _n("article/hostile"), _n("membership/hostile")
    event, ann, target, quote = (
        _n("event/hostile"),
        _n("evidence/hostile"),
        _n("evidence/hostile#t"),
        _n("evidence/hostile#q"),
    )

    def p(iri: str) -> ox.NamedNode:
        return ox.NamedNode(iri)

    def lit(text: str, kind: str | None = None) -> ox.Literal:
        return ox.Literal(text, datatype=p(kind)) if kind else ox.Literal(text)

    day = "http://www.w3.org/2001/XMLSchema#date"
    return [
        ox.Triple(person, rdf_type, p(schema + "Person")),
        ox.Triple(person, p(schema + "name"), lit(HOSTILE_NAME)),
        ox.Triple(person, label, lit(HOSTILE_NAME)),
        ox.Triple(
            person, p("http://www.w3.org/2004/02/skos/core#altLabel"), lit('"><script>alert(7)</script>')
        ),
        ox.Triple(person, p("http://www.w3.org/ns/prov#wasDerivedFrom"), article),
        ox.Triple(article, rdf_type, p(schema + "NewsArticle")),
        ox.Triple(article, p(schema + "headline"), lit("</script><script>alert(8)</script>")),
        ox.Triple(article, p(schema + "url"), lit("javascript:alert(9)")),
        ox.Triple(article, p(schema + "datePublished"), lit("2024-11-21", day)),
        ox.Triple(article, p(schema + "mentions"), person),
        ox.Triple(member, rdf_type, p(org + "Membership")),
        ox.Triple(member, p(org + "member"), person),
        ox.Triple(member, p(org + "organization"), _n("org/pemerintah-kota-malang")),
        ox.Triple(member, p(org + "role"), _n("role/sekretaris-daerah")),
        ox.Triple(member, p(kgo + "tenure"), lit("acting")),
        ox.Triple(member, p(kgo + "attestedOn"), lit("2024-11-21", day)),
        ox.Triple(event, rdf_type, p(schema + "Event")),
        ox.Triple(event, label, lit("<svg onload=alert(11)>")),
        ox.Triple(event, p(schema + "startDate"), lit("2024-11-21", day)),
        ox.Triple(event, p(schema + "performer"), person),
        ox.Triple(ann, rdf_type, p(oa + "Annotation")),
        ox.Triple(ann, p(oa + "hasBody"), member),
        ox.Triple(ann, p(oa + "hasTarget"), target),
        ox.Triple(target, p(oa + "hasSource"), article),
        ox.Triple(target, p(oa + "hasSelector"), quote),
        ox.Triple(quote, rdf_type, p(oa + "TextQuoteSelector")),
        ox.Triple(quote, p(oa + "exact"), lit(HOSTILE_SENTENCE)),
    ]


def build_hostile_store(folder: Path) -> Path:
    """A store from hostile articles through the pipeline, plus a hostile person added as RDF."""
    source = folder / "hostile.jsonl"
    source.write_text(
        "\n".join(json.dumps(a, ensure_ascii=False) for a in HOSTILE_ARTICLES) + "\n", encoding="utf-8"
    )
    path = folder / "store"
    with Store(path) as store:
        build([source], store)
        store.put_article("hostile-extra", _hostile_triples())
    return path


@pytest.fixture(scope="module")
def hostile_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_hostile_store(tmp_path_factory.mktemp("hostile"))


def _data(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    blob = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S)
    assert blob is not None
    return json.loads(blob.group(1))


# -- the graph page ----------------------------------------------------------------------------------


def test_sample_page_is_self_contained(sample_store, tmp_path: Path) -> None:
    page = render_graph(sample_store, tmp_path / "deep" / "er" / "graph.html")
    text = page.path.read_text(encoding="utf-8")
    assert page.path.exists() and page.shown == page.total > 20
    assert not re.search(
        r"<(script|link|img|iframe)[^>]+(src|href)=", text, re.I
    )  # nothing loaded from anywhere
    assert "cdn" not in re.sub(r"<script>.*?</script>", "", text, flags=re.S).lower()
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    data = _data(page.path)
    assert len(data["nodes"]) == page.shown and len(data["edges"]) == page.edges
    kinds = {n["type"] for n in data["nodes"]}
    assert {"Person", "Organization", "Role", "Event", "Place", "Program", "Award"} <= kinds
    assert {e["label"] for e in data["edges"]} >= {"menjabat", "memimpin", "hadir", "di", "tentang"}
    for kind in ("orang / person", "jabatan / role", "kegiatan / event"):
        assert kind in text  # the legend


def test_page_scripts_never_use_inner_html() -> None:
    for name in ("graph-page.js", "timeline-page.js"):
        code = (ASSETS / name).read_text(encoding="utf-8")
        for sink in (".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in code


def test_tooltips_carry_roles_articles_and_evidence(sample_store, tmp_path: Path) -> None:
    data = _data(render_graph(sample_store, tmp_path / "g.html").path)
    iwan = next(n for n in data["nodes"] if n["label"] == "Iwan Kurniawan")
    assert iwan["roles"][0]["role"] == "Penjabat Wali Kota" and iwan["roles"][0]["tenure"] == "acting"
    assert iwan["roles"][0]["first"] == "2024-11-17" and iwan["roles"][0]["office"] == "Wali Kota Malang"
    assert iwan["article_count"] == 2 and len(iwan["articles"]) == 2
    assert any("Penjabat (Pj.) Wali Kota Malang Iwan Kurniawan" in e["text"] for e in iwan["evidence"])
    office = next(n for n in data["nodes"] if n["label"] == "Wali Kota Malang")
    assert office["type"] == "Role" and office["holders"][0]["name"] == "Iwan Kurniawan"


def test_output_is_deterministic(sample_store, tmp_path: Path) -> None:
    first = render_graph(sample_store, tmp_path / "a.html").path.read_bytes()
    second = render_graph(sample_store, tmp_path / "b.html").path.read_bytes()
    assert first == second


def test_focus_hops_types_dates_and_max_nodes(sample_store, tmp_path: Path) -> None:
    out = tmp_path / "p.html"
    one = render_graph(sample_store, out, focus="erik setyo santoso", hops=1)
    labels = {n["label"] for n in _data(out)["nodes"]}
    assert "Erik Setyo Santoso" in labels and "Sekretaris Daerah Kota Malang" in labels and one.shown < 10
    two = render_graph(sample_store, out, focus="Erik", hops=2)
    assert two.shown > one.shown
    render_graph(sample_store, out, types="person,organization")
    data = _data(out)
    assert {n["type"] for n in data["nodes"]} == {"Person", "Organization"}
    assert any(e["relation"] == "holds role" and e.get("role") == "Penjabat Wali Kota" for e in data["edges"])
    render_graph(sample_store, out, types="event", since="2024-11-18", until="2024-11-18")
    assert sorted(n["date"] for n in _data(out)["nodes"]) == ["2024-11-18", "2024-11-18"]
    small = render_graph(sample_store, out, max_nodes=5)
    data = _data(out)
    assert (
        small.shown == 5
        and small.total > 5
        and "Pemerintah Kota Malang" in {n["label"] for n in data["nodes"]}
    )
    assert "5 dari" in out.read_text(encoding="utf-8")  # the page says how many were left out


def test_articles_only_when_asked(sample_store, tmp_path: Path) -> None:
    render_graph(sample_store, tmp_path / "a.html", types="article,person")
    articles = [n for n in _data(tmp_path / "a.html")["nodes"] if n["type"] == "Article"]
    assert len(articles) == 4


def test_size_by_pagerank_and_betweenness(sample_store, tmp_path: Path) -> None:
    for size in ("pagerank", "betweenness"):
        render_graph(sample_store, tmp_path / "s.html", size=size)
        scores = [n["score"] for n in _data(tmp_path / "s.html")["nodes"]]
        assert max(scores) > 0 and scores == sorted(scores, reverse=True)


def test_query_construct_and_select(sample_store, tmp_path: Path) -> None:
    construct = tmp_path / "c.rq"
    construct.write_text("CONSTRUCT { ?e schema:performer ?p } WHERE { ?e schema:performer ?p }")
    page = render_graph(sample_store, tmp_path / "q.html", query=construct)
    data = _data(page.path)
    assert {n["type"] for n in data["nodes"]} == {"Event", "Person"} and {
        e["label"] for e in data["edges"]
    } == {"performer"}
    select = tmp_path / "s.rq"
    select.write_text("SELECT ?person ?org WHERE { ?m org:member ?person ; org:organization ?org }")
    data = _data(render_graph(sample_store, tmp_path / "q2.html", query=select).path)
    assert {n["type"] for n in data["nodes"]} == {"Person", "Organization"}
    assert sum(e["relation"] == "org" for e in data["edges"]) == 3  # one link per row, named by the column
    assert {e["relation"] for e in data["edges"]} == {"org", "part of"}  # plus the relations among the nodes


def test_bad_options_raise_selection_errors(sample_store, tmp_path: Path) -> None:
    with pytest.raises(SelectionError, match="no node named"):
        render_graph(sample_store, tmp_path / "x.html", focus="Nobody Here")
    with pytest.raises(SelectionError, match="unknown type"):
        render_graph(sample_store, tmp_path / "x.html", types="person,planet")
    with pytest.raises(SelectionError, match="bad date"):
        parse_day("2024-13", end=False)
    bad = tmp_path / "bad.rq"
    bad.write_text("SELEKT nothing")
    with pytest.raises(SelectionError):
        render_graph(sample_store, tmp_path / "x.html", query=bad)


def test_script_json_cannot_close_the_script() -> None:
    text = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_office_labels() -> None:
    assert office_label("Wali Kota", "Pemerintah Kota Malang") == "Wali Kota Malang"
    assert office_label("Bupati", "Pemerintah Kabupaten Malang") == "Bupati Malang"
    assert office_label("Sekretaris Daerah", "Pemerintah Kota Malang") == "Sekretaris Daerah Kota Malang"
    assert office_label("Kepala", "Dinas Kesehatan Kota Malang") == "Kepala Dinas Kesehatan Kota Malang"
    assert office_label("Presiden", None) == "Presiden"


def test_explore_graph_shares_offices_between_acting_and_regular(sample_store) -> None:
    graph = explore_graph(sample_store)
    offices = {d["label"]: n for n, d in graph.nodes(data=True) if d["type"] == "Role"}
    assert "Wali Kota Malang" in offices and graph.nodes[offices["Wali Kota Malang"]]["role"] == "Wali Kota"


# -- escaping ------------------------------------------------------------------------------------------


def test_hostile_text_is_escaped_everywhere(hostile_store_path: Path, tmp_path: Path) -> None:
    with Store(hostile_store_path, read_only=True) as store:
        graph = render_graph(store, tmp_path / "g.html", title="<b>Judul</b> & <script>alert(0)</script>")
        timeline = render_timeline(store, tmp_path / "t.html", title="<i>x</i>")
    for page in (graph.path, timeline.path):
        text = page.read_text(encoding="utf-8")
        outside_scripts = re.sub(r"<script>.*?</script>", "", text, flags=re.S)
        assert "onerror=alert" not in outside_scripts.replace("\\u003cimg src=x onerror=alert", "")
        for raw in ("<img src=x", "<svg onload", "<script>alert", 'href="javascript'):
            assert raw not in outside_scripts
    text = graph.path.read_text(encoding="utf-8")
    assert "<h1>&lt;b&gt;Judul&lt;/b&gt; &amp; &lt;script&gt;alert(0)&lt;/script&gt;</h1>" in text
    data = _data(graph.path)
    hostile = next(n for n in data["nodes"] if n["label"] == HOSTILE_NAME)
    assert hostile["evidence"][0]["text"] == HOSTILE_SENTENCE  # kept as text, shown as text


# -- the timeline page ------------------------------------------------------------------------------------


def test_timeline_offices_and_acting_holders(sample_store, tmp_path: Path) -> None:
    page = render_timeline(sample_store, tmp_path / "t" / "timeline.html")
    data = _data(page.path)
    assert page.events == 5 and page.offices == 3
    assert {g["label"] for g in data["groups"]} == {
        "Wali Kota Malang",
        "Sekretaris Daerah Kota Malang",
        "Kepala Badan Perencanaan Pembangunan Daerah Kota Malang",
    }
    iwan = next(i for i in data["items"] if i["name"] == "Iwan Kurniawan")
    assert (iwan["tenure"], iwan["start"], iwan["end"]) == ("acting", "2024-11-17", "2024-11-19")
    only = render_timeline(sample_store, tmp_path / "w.html", office="wali kota malang")
    assert (only.offices, only.events) == (1, 0)
    assert (
        render_timeline(sample_store, tmp_path / "x.html", since="2024-11-18", until="2024-11-18").events == 2
    )


# -- the command line ------------------------------------------------------------------------------------


def test_cli_viz_and_timeline(sample_store_path: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "new" / "folder" / "g.html"
    result = runner.invoke(
        main, ["viz", "--store", str(sample_store_path), "-o", str(out), "--size", "pagerank"]
    )
    assert result.exit_code == 0, result.output
    assert out.exists() and "wrote" in result.output
    result = runner.invoke(
        main, ["timeline", "--store", str(sample_store_path), "-o", str(tmp_path / "t" / "t.html")]
    )
    assert result.exit_code == 0 and "5 of 5 events" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["viz", "--focus", "Nobody"], "no node named"),
        (["viz", "--types", "planet"], "unknown type"),
        (["viz", "--since", "2024-99"], "bad date"),
        (["timeline", "--until", "tomorrow"], "bad date"),
    ],
)
def test_cli_errors_are_messages(
    sample_store_path: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    result = CliRunner().invoke(
        main, [*args, "--store", str(sample_store_path), "-o", str(tmp_path / "x.html")]
    )
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_cli_help_has_examples() -> None:
    for command in ("viz", "analyze", "timeline"):
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "Examples:" in result.output and f"kg {command}" in result.output
