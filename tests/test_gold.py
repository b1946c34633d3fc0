"""Extraction quality against the hand annotations, with a ratchet that may only go up."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, SAMPLE, shared

from kg.evaluate.gold import evaluate, load_gold, norm
from kg.pipeline import build
from kg.store import Store

RATCHET = json.loads((ROOT / "tests" / "ratchet.json").read_text(encoding="utf-8"))
# The sample is the shared seed corpus; its gold is copied here so a fresh clone runs these tests.
SEED_CORPUS = SAMPLE / "malangkota-seed.txt"
SEED_GOLD = ROOT / "tests" / "data" / "seed.gold.json"


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("seed") / "store"
    with Store(path) as store:
        build([SEED_CORPUS], store)
        return evaluate(store, load_gold(SEED_GOLD))


def test_seed_copies_equal_the_shared_originals() -> None:
    """The gold copy and the sample must stay the shared seed gold and corpus."""
    assert SEED_GOLD.read_bytes() == shared("gold/seed.gold.json").read_bytes()
    assert SEED_CORPUS.read_bytes() == shared("corpus/seed/000_655816af8ede82b3.txt").read_bytes()


def test_seed_articles_and_forbidden_entities(seed_report) -> None:  # type: ignore[no-untyped-def]
    assert seed_report.articles_found == seed_report.articles_expected == 4
    assert seed_report.forbidden == []


def test_seed_scores_hold_the_ratchet(seed_report) -> None:  # type: ignore[no-untyped-def]
    floor = RATCHET["seed"]
    assert seed_report.macro_f1 >= floor["macro_f1"]
    for category, score in seed_report.scores.items():
        assert score.f1 >= floor["categories"][category], (category, score.misses, score.false_positives)


def test_names_compare_without_case_punctuation_or_degrees() -> None:
    assert norm("Iwan Kurniawan, ST, MM") == norm("IWAN KURNIAWAN")
    assert norm("Pemerintah Kota (Pemkot) Malang") == "pemerintah kota pemkot malang"


def test_scorer_counts_a_split_entity_as_a_false_positive() -> None:
    from kg.evaluate.gold import Node, Score, _match_entities

    gold = [{"name": "Joko Susilo", "aliases": ["Joko"]}, {"name": "Rina", "aliases": [], "optional": True}]
    nodes = [
        Node("a", {"joko susilo"}, "Joko Susilo"),
        Node("b", {"joko"}, "Joko"),
        Node("c", {"rina"}, "Rina"),
        Node("d", {"budi"}, "Budi"),
    ]
    score = Score()
    _match_entities(gold, nodes, score, "t")
    assert (score.tp, score.fp, score.fn) == (
        1,
        2,
        0,
    )  # the second Joko node and Budi; optional Rina counts neither way
