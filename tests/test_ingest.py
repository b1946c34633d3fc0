"""Readers: text dumps, folders, CSV/JSONL with field mapping, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SAMPLE

from kg.ingest import FieldMap, read_inputs


def test_sample_dump_has_four_articles_and_no_furniture() -> None:
    reading = read_inputs([SAMPLE])
    titles = [a.title for a in reading.articles]
    assert len(titles) == 4 and reading.problems == []
    assert "SUMBERSARI OKE" not in titles and "Exit mobile version" not in titles
    assert not any("Exit mobile version" in a.text or "SUMBERSARI" in a.text for a in reading.articles)
    assert titles[3].startswith("2.364 Satlinmas")


def test_body_offsets_refer_to_the_text_as_given(tmp_path: Path) -> None:
    body = "Paragraf pertama yang cukup panjang untuk menjadi isi berita. " * 3
    (tmp_path / "a.txt").write_text(f"Judul Berita\n\n{body}\n", encoding="utf-8")
    [article] = read_inputs([tmp_path]).articles
    assert article.title == "Judul Berita" and article.text == body.rstrip()


def test_csv_with_field_mapping(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(
        'judul,isi_berita,tautan,tanggal\nJudul A,"Isi berita A.",https://x.id/a,10/21/2025 20:43\n',
        encoding="utf-8",
    )
    reading = read_inputs([path], FieldMap.parse("title=judul,text=isi_berita,url=tautan,date=tanggal"))
    [article] = reading.articles
    assert (article.title, article.url, article.date) == ("Judul A", "https://x.id/a", "2025-10-21")


def test_csv_without_the_columns_says_how_to_map_them(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("judul,isi\nA,B\n", encoding="utf-8")
    reading = read_inputs([path])
    assert reading.articles == []
    assert "--field" in reading.problems[0].reason and "judul" in reading.problems[0].reason


def test_jsonl_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    good = json.dumps({"title": "Judul", "text": "Isi berita.", "date": "2024-11-19"})
    path.write_text(f"{good}\n{{not json\n{json.dumps({'title': 'tanpa isi'})}\n", encoding="utf-8")
    reading = read_inputs([path])
    assert [a.title for a in reading.articles] == ["Judul"]
    assert len(reading.problems) == 2 and all(str(path) in str(p) for p in reading.problems)


def test_binary_empty_and_missing_inputs_are_warnings(tmp_path: Path) -> None:
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\x00\x00data")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    reading = read_inputs([tmp_path, tmp_path / "nope.txt"])
    reasons = " | ".join(str(p) for p in reading.problems)
    assert reading.articles == []
    assert "binary" in reasons and "empty" in reasons and "no such file" in reasons


def test_field_map_rejects_unknown_fields() -> None:
    try:
        FieldMap.parse("headline=judul")
    except ValueError as error:
        assert "title, text, url, date" in str(error)
    else:
        raise AssertionError("expected ValueError")


def test_one_article_per_file_keeps_subheadings_in_the_body(tmp_path: Path) -> None:
    body = "Paragraf pembuka yang cukup panjang untuk menjadi isi berita utama hari ini. " * 3
    (tmp_path / "a.txt").write_text(
        f"Judul Berita\n\n{body}\n\nSubjudul Program\n\n{body}\n", encoding="utf-8"
    )
    assert len(read_inputs([tmp_path]).articles) == 2  # read as a dump, the subheading starts an article
    [article] = read_inputs([tmp_path], one_per_file=True).articles
    assert article.title == "Judul Berita" and "Subjudul Program" in article.text
