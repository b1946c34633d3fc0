"""NER span scoring through the whole extractor, stakeholder coverage, flat mentions."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from conftest import shared

from kg.evaluate.conll import evaluate_conll, predicted_spans
from kg.evaluate.stakeholders import evaluate_stakeholders, matches
from kg.ingest import FieldMap
from kg.pipeline import build
from kg.store import Store
from kg.text.spans import outermost

RATCHET = json.loads((Path(__file__).parent / "ratchet.json").read_text(encoding="utf-8"))


def test_titles_keep_their_region_out_of_flat_mentions() -> None:
    tokens = [
        "Gubernur",
        "Jawa",
        "Barat",
        "Ahmad",
        "Heryawan",
        "meninjau",
        "Pasar",
        "Baru",
        "di",
        "Kota",
        "Bandung",
        ".",
    ]
    spans = {(" ".join(tokens[s:e]), label) for s, e, label in predicted_spans(tokens)}
    assert ("Ahmad Heryawan", "PER") in spans
    assert not any(text == "Jawa Barat" for text, _ in spans)  # part of the office, as CoNLL annotates it


def test_nested_mentions_give_way_to_the_outer_one() -> None:
    mentions = [(0, 40, "Organization"), (28, 40, "Place"), (50, 60, "Person")]
    assert outermost(mentions) == [(0, 40, "Organization"), (50, 60, "Person")]


def test_conll_dev_split_holds_the_ratchet() -> None:
    result = evaluate_conll(shared("corpus/dev/idner-news-2k/dev.txt"))
    assert result["micro"]["f1"] >= RATCHET["idner_dev_micro_f1"]


def test_stakeholder_matching_rules() -> None:
    assert matches("Menteri Dalam Negeri Hendra Gunawan", {"hendra gunawan"})
    assert matches("Kementerian Dalam Negeri (Kemendagri)", {"kemendagri"})
    assert not matches("Gubernur Riau Rudi Hartanto", {"riau"})


def test_detik_stakeholder_coverage(tmp_path: Path) -> None:
    source = shared("corpus/dev/detik-dev.csv")
    csv.field_size_limit(1 << 26)
    with source.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[
            1::10
        ]  # every tenth row of the held-out (odd) half: a quick check
    sample = tmp_path / "detik.csv"
    with sample.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    fields = FieldMap.parse("title=judul,text=isi_berita,url=tautan,date=tanggal")
    with Store(tmp_path / "s") as store:
        build([sample], store, fields)
        coverage = evaluate_stakeholders(store, sample, fields)
    assert coverage.listed > 50
    assert coverage.ratio >= RATCHET["detik_sample_government_coverage"], coverage.missing[:20]
