"""The promises of the README's "Guarantees" section, one test (or a few) per promise."""

from __future__ import annotations

import _thread
import contextlib
import csv
import http.server
import json
import multiprocessing
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from conftest import SAMPLE, shared
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.export import export
from kg.ingest import FieldMap, read_inputs
from kg.ingest.pubdate import parse_publication_date
from kg.ingest.readers import clean_title
from kg.output import _umask, atomic_write, safe_cell
from kg.pipeline import build
from kg.query import format_rows, run
from kg.query.safety import UnsafeQuery, check_query
from kg.records import Article
from kg.store import Store

# characters str.splitlines() treats as line breaks although JSON and CSV allow them inside strings
LINE_BREAKISH = ["\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


# -- reading: every record of valid JSON Lines and CSV is read ---------------------------------------


@pytest.mark.parametrize("char", LINE_BREAKISH, ids=[f"U+{ord(c):04X}" for c in LINE_BREAKISH])
def test_jsonl_keeps_records_with_unicode_line_separators_inside_strings(tmp_path: Path, char: str) -> None:
    path = tmp_path / "news.jsonl"
    records = [
        {"title": f"Judul{char}Satu", "text": f"Isi berita pertama.{char}Paragraf kedua."},
        {"title": "Judul Dua", "text": "Isi berita kedua."},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    reading = read_inputs([path])
    assert reading.problems == []
    assert len(reading.articles) == 2
    assert reading.articles[0].text == records[0]["text"]


@pytest.mark.parametrize("char", LINE_BREAKISH, ids=[f"U+{ord(c):04X}" for c in LINE_BREAKISH])
def test_csv_keeps_records_with_unicode_line_separators_inside_fields(tmp_path: Path, char: str) -> None:
    path = tmp_path / "news.csv"
    path.write_text(
        f'judul,isi\r\n"Judul{char}A","Isi A.{char}Lanjut\r\nbaris baru"\r\nJudul B,Isi{char}B.\r\n',
        encoding="utf-8",
        newline="",
    )
    reading = read_inputs([path], FieldMap.parse("title=judul,text=isi"))
    assert reading.problems == []
    assert [a.text for a in reading.articles] == [f"Isi A.{char}Lanjut\r\nbaris baru", f"Isi{char}B."]


# -- queries -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ask", "answer"), [("ASK { ?s ?p ?o }", "true"), ("ASK { ?s <urn:x:none> ?o }", "false")]
)
def test_ask_queries_answer_true_or_false(sample_store_path: Path, ask: str, answer: str) -> None:
    result = CliRunner().invoke(main, ["query", "--store", str(sample_store_path), ask, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["result", answer]


# -- output files are replaced atomically --------------------------------------------------------------


def test_atomic_write_leaves_the_old_file_when_interrupted(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old content\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_write(target) as handle:
        handle.write("half of the new")
        raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]  # no temporary file left behind
    with atomic_write(target) as handle:
        handle.write("new content\n")
    assert target.read_text(encoding="utf-8") == "new content\n"
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()  # not mkstemp's private 0600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def _interrupted(items: list, after: int):  # type: ignore[no-untyped-def,type-arg]
    yield from items[:after]
    raise KeyboardInterrupt  # as Ctrl-C (or a kill) in the middle of writing


def test_interrupted_export_keeps_the_previous_file(
    sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.export.rdf
    import kg.export.tables

    turtle, mentions = tmp_path / "kg.ttl", tmp_path / "mentions.csv"
    export(sample_store, "turtle", turtle)
    export(sample_store, "mentions", mentions)
    before = turtle.read_bytes(), mentions.read_bytes()
    triples = kg.export.rdf._sorted_triples(sample_store)
    rows = kg.export.tables.mention_rows(sample_store)
    monkeypatch.setattr(kg.export.rdf, "_sorted_triples", lambda store: _interrupted(triples, 500))
    monkeypatch.setattr(kg.export.tables, "mention_rows", lambda store: _interrupted(rows, 5))
    with pytest.raises(KeyboardInterrupt):
        export(sample_store, "turtle", turtle)
    with pytest.raises(KeyboardInterrupt):
        export(sample_store, "mentions", mentions)
    assert (turtle.read_bytes(), mentions.read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.ttl", "mentions.csv"]


def test_failed_page_write_keeps_the_previous_page(
    sample_store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.viz.html

    page = tmp_path / "graph.html"
    page.write_text("<p>the previous page</p>", encoding="utf-8")
    # a lone surrogate cannot be encoded: writing fails after the output file was opened
    monkeypatch.setattr(kg.viz.html, "page", lambda **parts: "<html>" * 1000 + "\ud800")
    result = CliRunner().invoke(main, ["viz", "--store", str(sample_store_path), "-o", str(page)])
    assert result.exit_code != 0
    assert page.read_text(encoding="utf-8") == "<p>the previous page</p>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


# -- CSV cells cannot run as spreadsheet formulas (OWASP) --------------------------------------------

INJECTION = [
    {
        "title": '=HYPERLINK("http://evil.example/","klik")',
        "text": "Wali Kota Malang Hendra Gunawan membuka Rapat Koordinasi di Balai Kota Malang, "
        'Selasa (19/11/2024). "-2+3 adalah angka," ujar Hendra.',
    },
    {
        "title": "@SUM(1+1)",
        "text": "Sekretaris Daerah (Sekda) Kota Malang Erik Setyo Santoso hadir di Stadion Gajayana.",
    },
]


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+2", "'=1+2"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Kota Malang", "Kota Malang"),
        ("a=1", "a=1"),
        ("", ""),
    ],
)
def test_safe_cell_follows_owasp(cell: str, safe: str) -> None:
    assert safe_cell(cell) == safe


def _csv_cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


def test_csv_outputs_neutralise_formulas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in INJECTION), encoding="utf-8")
    store = str(tmp_path / "store")
    cli = CliRunner()
    assert cli.invoke(main, ["build", "-q", "--store", store, str(source)]).exit_code == 0
    assert (
        cli.invoke(main, ["export", "--store", store, "--format", "mentions", "-o", "m.csv"]).exit_code == 0
    )
    assert cli.invoke(main, ["export", "--store", store, "--format", "csv", "-o", "tables"]).exit_code == 0
    query = "SELECT ?h WHERE { ?a <https://schema.org/headline> ?h } ORDER BY ?h"
    cells = []
    for fmt in ("csv", "tsv"):
        result = cli.invoke(main, ["query", "--store", store, query, "--format", fmt])
        assert result.exit_code == 0, result.output
        cells += [c for line in result.output.splitlines() for c in next(csv.reader([line]))]
    cells += _csv_cells(Path("m.csv"))
    for table in Path("tables").glob("*.csv"):
        cells += _csv_cells(table)
    assert "'@SUM(1+1)" in cells and "'-2+3 adalah angka" in cells
    assert '\'=HYPERLINK("http://evil.example/","klik")' in cells
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]


# -- queries never reach the network and never write -------------------------------------------------


def test_the_network_guard_refuses_outbound_connections() -> None:
    with pytest.raises(AssertionError, match="must not use the network"):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)  # TEST-NET-1: never routed
    with socket.socket() as sock, pytest.raises(AssertionError, match="must not use the network"):
        sock.connect(("192.0.2.1", 80))


@pytest.fixture
def sparql_endpoint() -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server that records every request it gets (it should get none)."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            hits.append(f"{self.command} {self.path}")
            self.send_response(500)
            self.end_headers()

        do_GET = do_POST  # noqa: N815 (http.server's naming)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/sparql", hits
    finally:
        server.shutdown()
        server.server_close()


def test_service_is_refused_before_any_request(
    sample_store_path: Path, sparql_endpoint: tuple[str, list[str]], tmp_path: Path
) -> None:
    url, hits = sparql_endpoint
    store = str(sample_store_path)
    for sparql in (
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ ?x ?y ?z . service silent <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX e: <{url.rsplit('/', 1)[0]}/> SELECT * WHERE {{ SERVICE e:sparql {{ ?s ?p ?o }} }}",
    ):
        result = CliRunner().invoke(main, ["query", "--store", store, sparql])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert "SERVICE is not allowed" in result.output, result.output
        drawn = tmp_path / "q.rq"
        drawn.write_text(sparql.replace("SELECT *", "SELECT ?s ?o"), encoding="utf-8")
        result = CliRunner().invoke(
            main, ["viz", "--store", store, "--query", str(drawn), "-o", str(tmp_path / "q.html")]
        )
        assert result.exit_code == 1 and "SERVICE is not allowed" in result.output, result.output
    assert hits == []


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        (
            "SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }",
            "FROM <http://example.org/data.ttl>",
        ),
        ("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM <http://"),
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT is not allowed"),
        ("DELETE WHERE { ?s ?p ?o }", "DELETE is not allowed"),
        ("LOAD <http://example.org/data.ttl>", "LOAD is not allowed"),
        ("DROP ALL", "DROP is not allowed"),
    ],
)
def test_from_load_and_updates_are_refused(sample_store_path: Path, sparql: str, message: str) -> None:
    result = CliRunner().invoke(main, ["query", "--store", str(sample_store_path), sparql])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "query refused" in result.output and message in result.output.replace("NAMED ", ""), result.output


def test_keywords_inside_strings_iris_comments_and_names_are_harmless(sample_store_path: Path) -> None:
    with Store(sample_store_path, read_only=True) as store:
        graph = next(iter(store.quads(named=True))).graph_name.value
    for sparql in (
        'SELECT ?service ?from WHERE { ?service <urn:x:FROM> "SERVICE <http://x/> LOAD" } # INSERT DROP',
        "PREFIX service: <urn:service:> SELECT ?s WHERE { ?s service:load ?o } LIMIT 1",
        "SELECT ?s WHERE { ?s ?p 'delete'@en } LIMIT 1",
        f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}",  # a graph the store has
    ):
        result = CliRunner().invoke(main, ["query", "--store", str(sample_store_path), sparql])
        assert result.exit_code == 0, (sparql, result.output)


# -- messages, not tracebacks ----------------------------------------------------------------------------


def _fails_with_message(result: Result, *words: str) -> None:
    assert result.exit_code in (1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    for word in words:
        assert word in result.output, result.output


def test_unwritable_outputs_are_messages(sample_store_path: Path, tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("a file, not a folder", encoding="utf-8")
    store = ["--store", str(sample_store_path)]
    cli = CliRunner()
    for fmt, output, words in (
        ("turtle", tmp_path / "afile" / "x.ttl", ["afile", "not a folder"]),
        ("csv", tmp_path / "afile", ["afile", "is a file"]),
        ("turtle", tmp_path, ["is a folder"]),
        ("nquads", Path("/proc/x"), ["/proc/x"]),
        ("turtle", tmp_path / ("a" * 5000), ["longer than the operating system allows"]),
    ):
        result = cli.invoke(main, ["export", *store, "--format", fmt, "-o", str(output)])
        _fails_with_message(result, *words)
        assert len(result.output) < 600  # a 5,000-character path is shortened
    _fails_with_message(
        cli.invoke(main, ["viz", *store, "-o", str(tmp_path / "afile" / "g.html")]), "not a folder"
    )
    _fails_with_message(cli.invoke(main, ["stats", "--store", str(tmp_path / ("s" * 5000))]), "longer than")
    _fails_with_message(cli.invoke(main, ["build", *store, str(tmp_path / ("b" * 5000))]), "longer than")


@pytest.mark.parametrize("option", ["--gold", "--conll", "--stakeholders"])
def test_eval_on_a_non_utf8_file_names_it(sample_store_path: Path, tmp_path: Path, option: str) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Pemerintah Kota Malang café\n".encode("latin-1"))
    result = CliRunner().invoke(main, ["eval", "--store", str(sample_store_path), option, str(latin)])
    _fails_with_message(result, "latin1.txt", "not UTF-8")


def test_eval_with_a_bad_field_mapping_says_so(sample_store_path: Path, tmp_path: Path) -> None:
    table = tmp_path / "s.csv"
    table.write_text("title,text,entity\nA,B,C\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["eval", "--store", str(sample_store_path), "--stakeholders", str(table), "--field", "bad"]
    )
    _fails_with_message(result, "--field", "bad field mapping")


@pytest.mark.parametrize("damage", ["missing .sst", "empty CURRENT"])
def test_a_damaged_store_is_named_with_how_to_rebuild(
    sample_store_path: Path, tmp_path: Path, damage: str
) -> None:
    store = tmp_path / "store"
    shutil.copytree(sample_store_path, store)
    if damage == "missing .sst":
        for table in store.glob("*.sst"):
            table.unlink()
    else:
        (store / "CURRENT").write_text("", encoding="utf-8")
    commands = [
        ["stats"],
        ["query", "roles"],
        ["export", "--format", "turtle", "-o", str(tmp_path / "x.ttl")],
        ["validate"],
        ["explain", "Erik Setyo Santoso"],
        ["viz", "-o", str(tmp_path / "g.html")],
        ["timeline", "-o", str(tmp_path / "t.html")],
        ["analyze"],
        ["build", str(SAMPLE)],
    ]
    for command in commands:
        result = CliRunner().invoke(main, [*command, "--store", str(store)])
        _fails_with_message(result, str(store), "damaged", "kg build")


# -- publication dates: day-first, Indonesian month names, one decision per file ------------------------


@pytest.mark.parametrize(
    ("value", "order", "iso"),
    [
        ("05/06/2025", "dmy", "2025-06-05"),
        ("05/06/2025", "mdy", "2025-05-06"),
        ("21-10-2025", "dmy", "2025-10-21"),
        ("21.10.2025 08:15 WIB", "dmy", "2025-10-21"),
        ("10/21/2025 20:43", "mdy", "2025-10-21"),
        ("10/21/2025 20:43", "dmy", None),
        ("Selasa, 21 Okt 2025 20:43 WIB", "dmy", "2025-10-21"),
        ("21 Oktober 2025", "dmy", "2025-10-21"),
        ("jumat, 8 agustus 2025 | 14:00 WITA", "dmy", "2025-08-08"),
        ("1 Mei 2025", "mdy", "2025-05-01"),
        ("Oct 21, 2025", "dmy", "2025-10-21"),
        ("2024-11-19T08:00:00+07:00", "dmy", "2024-11-19"),
        ("2024/11/19", "mdy", "2024-11-19"),
        ("31 Februari 2025", "dmy", None),
        ("05/06/25", "dmy", None),
        ("kemarin", "dmy", None),
    ],
)
def test_publication_dates(value: str, order: str, iso: str | None) -> None:
    assert parse_publication_date(value, order) == iso


def _dated_csv(path: Path, dates: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "text", "date"])
        writer.writerows([f"Judul {i}", f"Isi berita {i}.", d] for i, d in enumerate(dates))
    return path


def test_dates_are_day_first_unless_the_file_says_otherwise(tmp_path: Path) -> None:
    day_first = _dated_csv(tmp_path / "a.csv", ["05/06/2025", "21/10/2025 20:43"])
    month_first = _dated_csv(tmp_path / "b.csv", ["05/06/2025", "10/21/2025 20:43"])  # detik.com style
    written = _dated_csv(tmp_path / "c.csv", ["Selasa, 21 Okt 2025 20:43 WIB", "21 Oktober 2025"])
    reading = read_inputs([day_first, month_first, written])
    assert [a.date for a in reading.articles] == [
        "2025-06-05",
        "2025-10-21",
        "2025-05-06",
        "2025-10-21",
        "2025-10-21",
        "2025-10-21",
    ]
    assert reading.problems == [] and reading.notes == []


def test_a_file_of_ambiguous_dates_is_read_day_first_with_a_warning(tmp_path: Path) -> None:
    ambiguous = _dated_csv(tmp_path / "a.csv", ["05/06/2025", "07/08/2025", "01/01/2025"])
    reading = read_inputs([ambiguous])
    assert [a.date for a in reading.articles] == ["2025-06-05", "2025-08-07", "2025-01-01"]
    [note] = reading.notes
    assert "2 dates like '05/06/2025'" in note.reason and "--date-order mdy" in note.reason
    assert [a.date for a in read_inputs([ambiguous], date_order="mdy").articles][:2] == [
        "2025-05-06",
        "2025-07-08",
    ]
    cli = CliRunner()
    result = cli.invoke(main, ["build", "-q", "--store", str(tmp_path / "s"), str(ambiguous)])
    assert result.exit_code == 0 and "--date-order mdy" in result.stderr  # a warning; nothing was lost


def test_the_detik_csv_needs_no_date_flag(tmp_path: Path) -> None:
    detik = shared("corpus/dev/detik-dev.csv")
    reading = read_inputs([detik], FieldMap.parse("title=judul,text=isi_berita,url=tautan,date=tanggal"))
    assert reading.notes == [] and not [p for p in reading.problems if "date" in p.reason]
    assert len(reading.articles) == 500 and all(
        a.date and a.date.startswith("2025-") for a in reading.articles
    )
    assert {a.date for a in reading.articles} >= {"2025-10-21", "2025-10-20", "2025-10-17"}


# -- smaller losses: UTF-16, control characters, foreign folders, store size -----------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    body = "Wali Kota Malang Hendra Gunawan membuka rapat koordinasi di Balai Kota Malang."
    dump = tmp_path / "news.txt"
    table = tmp_path / "news.csv"
    bom = "" if encoding == "utf-16" else "\ufeff"  # the plain codec writes its own mark
    dump.write_bytes(f"{bom}Judul Berita Satu\r\n\r\n{body}\r\n".encode(encoding))
    table.write_bytes(f'{bom}title,text\r\nJudul Dua,"{body}"\r\n'.encode(encoding))
    reading = read_inputs([dump, table])
    assert reading.problems == []
    assert [(a.title, a.text) for a in reading.articles] == [("Judul Berita Satu", body), ("Judul Dua", body)]


def test_control_characters_never_reach_the_terminal_from_headlines(tmp_path: Path) -> None:
    nasty = "Judul\x07 \x1b[2J\x1b]0;pwned\x07Berita \u202eadnuB\u202c\x9b31m Malang"
    source = tmp_path / "news.jsonl"
    source.write_text(
        json.dumps({"title": nasty, "text": "Isi berita yang cukup panjang."}) + "\n", encoding="utf-8"
    )
    dump = tmp_path / "dump.txt"
    dump.write_text(f"{nasty}\n\nIsi berita yang lain dan cukup panjang.\n", encoding="utf-8")
    reading = read_inputs([source, dump])
    assert [a.title for a in reading.articles] == ["Judul [2J]0;pwnedBerita adnuB31m Malang"] * 2
    store = str(tmp_path / "store")
    assert CliRunner().invoke(main, ["build", "-q", "--store", store, str(source)]).exit_code == 0
    result = CliRunner().invoke(
        main, ["query", "--store", store, "SELECT ?h WHERE { ?a <https://schema.org/headline> ?h }"]
    )
    assert result.exit_code == 0 and "pwned" in result.output
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", result.output)


def test_build_refuses_a_folder_that_is_not_a_store(tmp_path: Path) -> None:
    folder = tmp_path / "thesis"
    folder.mkdir()
    (folder / "chapter1.docx").write_bytes(b"precious")
    result = CliRunner().invoke(main, ["build", "-q", "--store", str(folder), str(SAMPLE)])
    _fails_with_message(result, str(folder), "not a kg store")
    assert [p.name for p in folder.iterdir()] == ["chapter1.docx"]
    empty = tmp_path / "empty"
    empty.mkdir()
    for store in (empty, empty):  # a new (empty) folder, then the kg store it became
        assert CliRunner().invoke(main, ["build", "-q", "--store", str(store), str(SAMPLE)]).exit_code == 0


def test_a_build_killed_while_the_store_was_being_created_is_started_anew(tmp_path: Path) -> None:
    """The files RocksDB writes before its CURRENT file (a kill landed there) are no one's own files."""
    half = tmp_path / "half"
    half.mkdir()  # what RocksDB has written of a new store before CURRENT: lock, identity, log, manifest
    for name in ("LOCK", "IDENTITY", "LOG", "MANIFEST-000001", "000001.dbtmp"):
        (half / name).write_bytes(b"")
    assert CliRunner().invoke(main, ["build", "-q", "--store", str(half), str(SAMPLE)]).exit_code == 0
    with Store(half, read_only=True) as store:
        assert store.select("SELECT ?s WHERE { ?s a <https://schema.org/Person> } LIMIT 1")
    # but a folder of someone's own files is still refused, whatever else is in it
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "LOG").write_text("my log")
    (mixed / "notes.txt").write_text("mine")
    _fails_with_message(
        CliRunner().invoke(main, ["build", "-q", "--store", str(mixed), str(SAMPLE)]),
        str(mixed),
        "not a kg store",
    )


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir())


def test_a_build_leaves_the_store_compact(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", "-q", "--store", str(store), str(SAMPLE)]).exit_code == 0
    built = _size(store)
    with Store(store) as again:  # compact once more: a compact store has little left to shed
        again.compact()
    assert built <= 1.25 * _size(store), (built, _size(store))


# -- an interrupted build never loses an article for good ---------------------------------------------

ARTICLES = [
    (
        "Rapat Koordinasi Pemkot Malang",
        "Wali Kota Malang Hendra Gunawan memimpin rapat di Balai Kota Malang.",
    ),
    (
        "Sekda Hadiri Apel",
        "Sekretaris Daerah (Sekda) Kota Malang Erik Setyo Santoso hadir di Stadion Gajayana.",
    ),
    ("Bappeda Susun Rencana", "Badan Perencanaan Pembangunan Daerah (Bappeda) Kota Malang menyusun rencana."),
]


class _Crash(BaseException):
    """Stands for the process dying (kill -9, power cut) in the middle of a build."""


class _CrashingStore:
    """A pyoxigraph store that dies before its ``budget + 1``-th write."""

    WRITES = frozenset(
        {
            "extend",
            "bulk_extend",
            "bulk_load",
            "load",
            "update",
            "remove",
            "remove_graph",
            "add",
            "clear_graph",
        }
    )

    def __init__(self, inner: object, budget: int) -> None:
        self.inner, self.budget = inner, budget

    def __getattr__(self, name: str) -> object:
        attribute = getattr(self.inner, name)
        if name not in self.WRITES:
            return attribute

        def write(*args: object, **kwargs: object) -> object:
            if self.budget == 0:
                raise _Crash
            self.budget -= 1
            return attribute(*args, **kwargs)

        return write


def _articles(path: Path, articles: list[tuple[str, str]]) -> Path:
    path.write_text(
        "".join(json.dumps({"title": t, "text": x}) + "\n" for t, x in articles), encoding="utf-8"
    )
    return path


def _contents(path: Path) -> tuple[list[str], list[str]]:
    with Store(path, read_only=True) as store:
        return sorted(map(str, store.quads(named=False))), sorted(map(str, store.quads(named=True)))


def _crash_each_write_then_rebuild(
    tmp_path: Path,
    first: Path,
    second: Path,
    expected: tuple[list[str], list[str]],
    *,
    unmerged_after: bool = False,
) -> int:
    """Build ``first``, then ``second`` crashing after 0, 1, 2 ... writes until it completes; after each
    crash the same build again must give ``expected``. Returns how many writes the build made."""
    budget, completed = 0, False
    while not completed:
        path = tmp_path / f"crash-{budget}"
        with Store(path) as store:
            build([first], store)
        store = Store(path)
        store._store = _CrashingStore(store._store, budget)  # type: ignore[assignment]
        try:
            build([second], store)
            completed = True
        except _Crash:
            pass
        if isinstance(store._store, _CrashingStore):  # (a completed build reopened it when compacting)
            store._store = store._store.inner  # type: ignore[assignment]
        store.close()
        with Store(path) as store:  # the next build, with the same inputs
            build([second], store)
            if unmerged_after:
                assert store.unmerged() == [], f"crash after {budget} writes"
        assert _contents(path) == expected, f"crash after {budget} writes"
        budget += 1
    return budget


def test_an_interrupted_build_is_repaired_by_the_next_build(tmp_path: Path) -> None:
    first = _articles(tmp_path / "v1.jsonl", ARTICLES[:2])
    changed = [(ARTICLES[0][0], ARTICLES[0][1] + " Rapat membahas banjir."), ARTICLES[1], ARTICLES[2]]
    second = _articles(tmp_path / "v2.jsonl", changed)  # one article replaced, one unchanged, one new
    clean = tmp_path / "clean"
    with Store(clean) as store:
        build([first], store)
        build([second], store)
    expected = _contents(clean)
    budget = _crash_each_write_then_rebuild(tmp_path, first, second, expected, unmerged_after=True)
    assert budget > 3  # the crash hit every write of the replacing build


RESOLVED = [  # one short name merged into a full name; two programme spellings of one acronym
    Article(
        "Menkeu Buka Rapat",
        "Menteri Keuangan Baskara Wira Pradana membuka rapat koordinasi di Jakarta, Senin (17/11/2025). "
        "Program Pemberian Makanan Tambahan (PMT) dibahas.",
    ),
    Article(
        "Menkeu Tinjau Pasar",
        "Menteri Keuangan Baskara meninjau Pasar Besar Kota Malang, Selasa (18/11/2025). "
        "Program Pemberian Makan Tambahan (PMT) berjalan.",
    ),
    Article(
        "Erik Hadir",
        "Menteri BUMN Erik Thohir dan Sekda Kota Malang Erik Setyo Santoso hadir. Erik berpidato.",
    ),
]


def test_a_build_interrupted_before_or_during_identity_resolution_is_resolved_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.pipeline

    clean = tmp_path / "clean"
    with Store(clean) as store:
        # one person merge (Baskara) and one programme merge (the two spellings of PMT)
        assert [link.merge for link in build([], store, articles=RESOLVED).links].count(True) == 2
    expected = _contents(clean)
    resolve = kg.pipeline.resolve_store
    budget, completed = 0, False
    while not completed:

        def crashing(store: Store, budget: int = budget) -> list:  # type: ignore[type-arg]
            store._store = _CrashingStore(store._store, budget)  # type: ignore[assignment]
            return resolve(store)

        path = tmp_path / f"crash-{budget}"
        store = Store(path)
        monkeypatch.setattr(kg.pipeline, "resolve_store", crashing)
        try:
            build([], store, articles=RESOLVED)
            completed = True
        except _Crash:
            pass
        monkeypatch.setattr(kg.pipeline, "resolve_store", resolve)
        if isinstance(store._store, _CrashingStore):
            store._store = store._store.inner  # type: ignore[assignment]
        store.close()
        with Store(path) as store:  # the next build, with the same inputs: every article unchanged
            report = build([], store, articles=RESOLVED)
            assert report.unchanged == len(RESOLVED)
        assert _contents(path) == expected, f"crash after {budget} writes of identity resolution"
        budget += 1
    assert budget > 3  # crashes before resolution (budget 0) and between its renames


IDENTITY_V1 = [  # 'Erik' joins the only full name with the word, 'Baskara' the only one with his
    (
        "Sekda Kota Malang Pimpin Rapat",
        "Sekretaris Daerah Kota Malang Erik Setyo Santoso memimpin rapat di Balai Kota Malang, Selasa (19/11/2024).",
    ),
    (
        "Erik Tinjau Pasar",
        "Sekda Kota Malang Erik meninjau Pasar Besar, Rabu (20/11/2024). Pasar harus bersih.",
    ),
    (
        "Menkeu Buka Rapat",
        "Menteri Keuangan Baskara Wira Pradana membuka rapat di Jakarta, Senin (17/11/2025).",
    ),
    (
        "Menkeu Tinjau Pasar",
        "Menteri Keuangan Baskara meninjau Pasar Besar Kota Malang, Selasa (18/11/2025).",
    ),
]
IDENTITY_V2 = [  # one article changed, and a second full name for 'Erik': his merge must be undone
    *IDENTITY_V1[:3],
    (IDENTITY_V1[3][0], IDENTITY_V1[3][1] + " Harga beras stabil."),
    ("Menteri BUMN Kunjungi Malang", "Menteri BUMN Erik Thohir mengunjungi Kota Malang, Senin (25/11/2024)."),
]


def test_a_build_that_undoes_merges_and_is_interrupted_is_repaired_by_the_next(tmp_path: Path) -> None:
    first = _articles(tmp_path / "v1.jsonl", IDENTITY_V1)
    second = _articles(tmp_path / "v2.jsonl", IDENTITY_V2)
    clean, one_go = tmp_path / "clean", tmp_path / "one-go"
    with Store(clean) as store:
        assert [link.merge for link in build([first], store).links].count(True) == 2
        assert [link.merge for link in build([second], store).links].count(True) == 1  # Baskara only
    with Store(one_go) as store:
        build([second], store)
    expected = _contents(clean)
    assert _contents(one_go) == expected
    budget = _crash_each_write_then_rebuild(tmp_path, first, second, expected)
    assert budget > 4  # the crash hit the undo, the writes and every stage of the resolution


def test_validate_finds_article_statements_missing_from_the_merged_graph(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store(path) as store:
        build([_articles(tmp_path / "a.jsonl", ARTICLES[:1])], store)
        store.extend(
            [
                ox.Quad(
                    ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"), ox.NamedNode("urn:x:g")
                )
            ]
        )
    result = CliRunner().invoke(main, ["validate", "--store", str(path)])
    assert result.exit_code == 1 and "urn:x:g: 1 statements missing" in result.output, result.output


_ORPHANING = """
import os, pathlib, signal, sys, time
from kg.pipeline import worker_pool
pool = worker_pool(2)
list(pool.map(time.sleep, [0, 0]))  # both workers started
pathlib.Path(sys.argv[1]).write_text(" ".join(str(pid) for pid in pool._processes))
os.kill(os.getpid(), signal.SIGKILL)  # as `kill -9` on kg build
"""


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has exited


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc to see the workers")
def test_build_workers_do_not_outlive_a_killed_parent(tmp_path: Path) -> None:
    pids, log = tmp_path / "pids", tmp_path / "log"
    with log.open("w") as output:  # not a pipe: orphaned workers would hold it open
        done = subprocess.run(
            [sys.executable, "-c", _ORPHANING, str(pids)], stdout=output, stderr=output, timeout=120
        )
    assert done.returncode == -signal.SIGKILL, log.read_text()
    workers = [int(pid) for pid in pids.read_text().split()]
    assert len(workers) == 2
    try:
        deadline = time.monotonic() + 60  # a generous bound, not a speed test: they check twice a second
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(map(_alive, workers)), f"workers {workers} outlived their killed parent"
    finally:
        for pid in filter(_alive, workers):  # do not leave them behind when the test fails
            os.kill(pid, signal.SIGKILL)


# -- runaway queries stop; rows stream ----------------------------------------------------------------

ENDLESS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 2,800 statements cubed: days of rows


def test_the_query_time_limit_really_stops_the_query(sample_store_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["query", "--store", str(sample_store_path), ENDLESS, "--format", "csv", "--timeout", "1"]
    )
    assert result.exit_code == 1 and "query stopped after 1 s" in result.output
    lines = result.output.splitlines()
    assert lines[0] == "a,b,c,d,e,f,g,h,i" and len(lines) > 100  # rows were written as they came
    assert multiprocessing.active_children() == []  # the query process is gone


def test_ctrl_c_stops_a_query(sample_store_path: Path) -> None:
    done = threading.Event()

    def press_ctrl_c() -> None:  # as Ctrl-C in the terminal; again a second later while the query
        # still runs: on a loaded machine the first can land before the query starts, where native
        # code opening the store drops it (a user would press again)
        while not done.wait(1.0):
            if any(child.name == "kg-query" for child in multiprocessing.active_children()):
                _thread.interrupt_main()

    # a shell without job control starts background jobs with SIGINT ignored, and Python then leaves
    # it so (interrupt_main would do nothing and the query run for days): Ctrl-C as in a terminal
    handler = signal.signal(signal.SIGINT, signal.default_int_handler)
    presser = threading.Thread(target=press_ctrl_c, daemon=True)
    presser.start()
    try:
        result = CliRunner().invoke(
            main, ["query", "--store", str(sample_store_path), ENDLESS, "--timeout", "0", "--limit", "0"]
        )
    finally:
        done.set()
        presser.join()
        signal.signal(signal.SIGINT, handler)
    assert result.exit_code == 1 and "Aborted" in result.output
    assert multiprocessing.active_children() == []


def test_the_table_stops_an_endless_query_after_a_page_and_says_so(sample_store_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--store", str(sample_store_path), ENDLESS, "--timeout", "0"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 2 + 1000 + 1  # header, rule, the first 1000 rows, the note
    assert lines[-1] == "(rows 1–1,000 (more follow): --offset 1000 for the next page, --limit 0 for all)"
    assert multiprocessing.active_children() == []  # the query process was stopped, not left running


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_streamed_output_is_the_collected_output(
    sample_store: Store, sample_store_path: Path, fmt: str
) -> None:
    for name in ("roles", "quotes", "events"):
        names, rows = run(sample_store, name)
        result = CliRunner().invoke(main, ["query", "--store", str(sample_store_path), name, "--format", fmt])
        assert result.exit_code == 0, result.output
        assert result.output == format_rows(names, rows, fmt) + "\n"


# -- over-size articles, inputs read as streams -------------------------------------------------------


def test_over_size_articles_are_skipped_with_a_warning_naming_them(tmp_path: Path) -> None:
    source = _articles(tmp_path / "news.jsonl", [ARTICLES[0], ("Dump Raksasa", "Kata " * 400), ARTICLES[1]])
    store = str(tmp_path / "store")
    result = CliRunner().invoke(
        main, ["build", "-q", "--store", store, "--max-article-chars", "1000", str(source)]
    )
    assert result.exit_code == 1  # input was skipped
    assert (
        f"{source}:2: article 'Dump Raksasa' has 2,000 characters, more than --max-article-chars 1,000"
        in (result.output)
    )
    assert "3 articles read: 2 added" in result.output
    assert "[default: 200000" in CliRunner().invoke(main, ["build", "--help"]).output


def test_tables_are_read_as_streams_not_whole_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = tmp_path / "news.csv"
    table.write_text('title,text\nJudul A,"Isi A."\nJudul B,"Isi B."\n', encoding="utf-8")
    lines = _articles(tmp_path / "news.jsonl", ARTICLES)

    def whole(*args: object, **kwargs: object) -> None:
        raise AssertionError("a table was read whole")

    monkeypatch.setattr(Path, "read_bytes", whole)
    monkeypatch.setattr(Path, "read_text", whole)
    reading = read_inputs([table, lines])
    assert reading.problems == [] and len(reading.articles) == 5


# -- properties (hypothesis) ----------------------------------------------------------------------------

# any text a feed could carry, except NUL (a file with NUL bytes is taken for binary) and
# U+FEFF (stripped from field edges as a stray byte-order mark)
FIELD_TEXT = st.text(
    st.characters(blacklist_characters="\x00\ufeff", blacklist_categories=("Cs",)), min_size=1
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(FIELD_TEXT, FIELD_TEXT), min_size=1, max_size=4), st.sampled_from(["csv", "jsonl"]))
def test_every_valid_record_is_read_back(tmp_path: Path, records: list[tuple[str, str]], kind: str) -> None:
    path = tmp_path / f"news.{kind}"
    with path.open("w", encoding="utf-8", newline="") as handle:
        if kind == "csv":
            writer = csv.writer(handle)
            writer.writerow(["title", "text"])
            writer.writerows(records)
        else:
            handle.writelines(
                json.dumps({"title": t, "text": x}, ensure_ascii=False) + "\n" for t, x in records
            )
    kept = [(clean_title(t), x) for t, x in records if clean_title(t) and x.strip("\ufeff")]
    assume(kept)
    reading = read_inputs([path])
    assert [(a.title, a.text) for a in reading.articles] == kept


@settings(max_examples=80, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",))))
def test_keywords_in_strings_and_comments_never_trip_the_query_check(content: str) -> None:
    literal = json.dumps(content)  # JSON string escapes are SPARQL string escapes
    comment = " ".join(content.splitlines()).replace("\r", " ").replace("\n", " ")
    check_query(f"SELECT ?x WHERE {{ ?x ?p {literal} }} # {comment}", lambda iri: False)
    with pytest.raises(UnsafeQuery):
        check_query(f"SELECT ?x WHERE {{ ?x ?p {literal} SERVICE <http://x/> {{ }} }}", lambda iri: False)


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(["dmy", "mdy"]))
def test_every_date_reads_back_in_its_order(day: date, order: str) -> None:
    numeric = (
        f"{day.day:02d}/{day.month:02d}/{day.year}" if order == "dmy" else f"{day.month}/{day.day}/{day.year}"
    )
    assert parse_publication_date(numeric, order) == day.isoformat()
    month = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"][day.month - 1]  # fmt: skip
    assert parse_publication_date(f"Senin, {day.day} {month} {day.year} 08:00 WIB", order) == day.isoformat()


# -- kill -9 at arbitrary moments ---------------------------------------------------------------------

KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def _killed_after(command: list[str], delay: float) -> None:
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as process:
        try:
            process.wait(delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()


def _snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    found = {}
    for path in folder.iterdir():
        with contextlib.suppress(FileNotFoundError):
            info = path.stat()
            found[path.name] = (info.st_size, info.st_mtime_ns, info.st_ino)
    return found


def _killed_while_writing(command: list[str], folder: Path) -> None:
    """Run ``command`` and kill -9 it the moment anything in ``folder`` changes (it starts writing)."""
    before = _snapshot(folder)
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as process:
        while process.poll() is None:
            if _snapshot(folder) != before:
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.001)
        process.wait()


@pytest.mark.slow
def test_kill_9_during_export_leaves_the_old_file_or_the_new_one(
    sample_store_path: Path, tmp_path: Path
) -> None:
    complete = tmp_path / "complete.nq"
    with Store(sample_store_path, read_only=True) as store:
        export(store, "nquads", complete)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "kg.nq"
    for attempt in range(3):
        target.write_text("the previous export\n", encoding="utf-8")
        command = [*KG, "export", "--store", str(sample_store_path), "--format", "nquads", "-o", str(target)]
        _killed_while_writing(command, folder)
        content = target.read_bytes()
        assert content in (b"the previous export\n", complete.read_bytes()), f"attempt {attempt}"
    for delay in (0.3, 0.5, 0.6, 0.7):  # and at moments chosen by the clock
        target.write_text("the previous export\n", encoding="utf-8")
        _killed_after(
            [*KG, "export", "--store", str(sample_store_path), "--format", "nquads", "-o", str(target)], delay
        )
        content = target.read_bytes()
        assert content in (b"the previous export\n", complete.read_bytes()), f"killed after {delay} s"


@pytest.mark.slow
def test_kill_9_during_a_build_is_repaired_by_the_next_build(tmp_path: Path) -> None:
    first = _articles(tmp_path / "v1.jsonl", ARTICLES[:2])
    changed = [(ARTICLES[0][0], ARTICLES[0][1] + " Rapat membahas banjir."), ARTICLES[1], ARTICLES[2]]
    second = _articles(tmp_path / "v2.jsonl", changed)
    clean = tmp_path / "clean"
    with Store(clean) as store:
        build([first], store)
        build([second], store)
    expected = _contents(clean)
    for n, delay in enumerate((0.7, 0.85, 1.0, 1.1, 1.2, 1.4)):  # the build takes about 1.2 s
        path = tmp_path / f"killed-{n}"
        with Store(path) as store:
            build([first], store)
        _killed_after([*KG, "build", "-q", "--store", str(path), str(second)], delay)
        with Store(path) as store:
            build([second], store)
            assert store.unmerged() == [], f"killed after {delay} s"
        assert _contents(path) == expected, f"killed after {delay} s"


def test_atomic_write_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "shared.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    with atomic_write(target) as handle:
        handle.write("new\n")
    assert target.stat().st_mode & 0o777 == 0o640 and target.read_text(encoding="utf-8") == "new\n"


def test_a_second_writer_is_refused_while_the_first_compacts(tmp_path: Path) -> None:
    """Compacting reopens RocksDB (its own lock is let go): the writer lock keeps a second writer out."""
    from kg.store import Store, StoreLocked

    with Store(tmp_path / "s") as first:
        first.compact()
        del first._store  # the moment inside compact() when RocksDB is closed and not yet reopened
        with pytest.raises(StoreLocked):
            Store(tmp_path / "s")
    with Store(tmp_path / "s"):  # released on close, which copes with the closed RocksDB
        pass
