"""Records say what they are: frozen where nothing changes them; an Extraction survives JSON."""

from __future__ import annotations

import dataclasses
import json

import pytest
from conftest import SAMPLE

from kg.extract.base import extract
from kg.ingest import read_inputs
from kg.model.mapping import triples
from kg.records import Article, Extraction, Span


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    return [extract(article) for article in read_inputs([SAMPLE]).articles]


def test_extraction_round_trips_through_json(extractions: list[Extraction]) -> None:
    """to_json → from_json gives an equal extraction, mapped to the very same statements."""
    assert any(x.memberships and x.events and x.quotes for x in extractions)
    for extraction in extractions:
        text = extraction.to_json()
        data = json.loads(text)  # plain JSON: no sets, no objects
        assert data["format"] == "kg-extraction/1"
        back = Extraction.from_json(text)
        assert back == extraction
        assert sorted(map(str, triples(back))) == sorted(map(str, triples(extraction)))
        # shared entities stay shared: a membership's person is the listed entity, not a copy
        listed = {id(e) for e in back.entities}
        assert all(id(m.person) in listed for m in back.memberships)


def test_a_foreign_document_is_refused() -> None:
    with pytest.raises(ValueError, match="kg-extraction/1"):
        Extraction.from_dict({"format": "something-else"})


def test_frozen_records_refuse_assignment() -> None:
    extraction = Extraction(Article("Judul", "Isi."))
    for record, field in (
        (extraction, "entities"),
        (extraction.article, "title"),
        (Span(0, 1, "I"), "start"),
    ):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(record, field, None)


def test_an_awards_other_names_survive_json_and_are_its_alternative_labels() -> None:
    x = extract(
        Article(
            "Judul",
            "Kabupaten Dairi meraih Juara I Lomba Kampung Sehat Tingkat Provinsi Sumatera Utara Tahun 2024.",
            date="2024-10-19",
        )
    )
    back = Extraction.from_json(x.to_json())
    assert back == x and back.awards[0].aliases
    statements = "\n".join(map(str, triples(back)))
    assert (
        'core#altLabel> "Juara I Lomba Kampung Sehat Tingkat Provinsi Sumatera Utara Tahun 2024"'
        in statements
    )
    assert 'schema#label> "Juara I Lomba Kampung Sehat Tingkat Provinsi Sumatera Utara 2024"' in statements
