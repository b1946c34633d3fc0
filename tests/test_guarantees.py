"""The promises of the README's "Guarantees" section, one test (or a few) per promise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.ingest import FieldMap, read_inputs

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
