"""IRIs and RDF terms: minted in one place, deterministic and always valid."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.model import iris
from kg.model.mapping import statements, triples
from kg.model.vocab import KGO, SCHEMA
from kg.records import Article, Entity, EntityType, Extraction, Mention, Span


@given(st.text())
def test_minted_iris_are_valid_and_deterministic(label: str) -> None:
    first, second = iris.mint("person", label), iris.mint("person", label)
    assert first == second
    ox.NamedNode(first.value)  # the strict IRI parser accepts it
    assert all(ch not in first.value for ch in ' <>"{}|\\^`\u200b')


def test_names_equal_up_to_case_and_punctuation_share_an_iri() -> None:
    assert iris.mint("person", "Iwan Kurniawan") == iris.mint("person", "IWAN  KURNIAWAN.")
    assert iris.mint("org", "Bappeda Kota Malang") != iris.mint("org", "Bappeda Kabupaten Malang")


def test_vocabulary_rejects_misspelt_terms() -> None:
    with pytest.raises(AttributeError, match="not a term"):
        _ = SCHEMA.nmae


@given(st.text(min_size=1, max_size=40))
def test_hostile_names_serialise_and_reparse(name: str) -> None:
    text = f"Nama {name} hadir."
    span = Span(5, 5 + len(name), name)
    person = Entity(EntityType.PERSON, name, mentions=[Mention(span, "test")])
    statements = list(triples(Extraction(Article("Judul <b>", text), entities=[person])))
    data = ox.serialize(statements, format=ox.RdfFormat.N_TRIPLES)
    assert set(map(str, ox.parse(data, format=ox.RdfFormat.N_TRIPLES))) == set(map(str, statements))


@given(st.text(min_size=1, max_size=40))
def test_statements_state_what_triples_do(name: str) -> None:
    """What a build's worker sends the writer (N-Triples text) is the article's triples, sorted into two parts."""
    text = f"Nama {name} hadir.\u2028 Baris .\nbaru."
    span = Span(5, 5 + len(name), name)
    person = Entity(EntityType.PERSON, name, aliases={name, f"{name} ."}, mentions=[Mention(span, "test")])
    extraction = Extraction(Article("Judul\u2028 .\n", text), entities=[person])
    made = statements(extraction)
    parsed = ox.parse(made.lines + made.mark, format=ox.RdfFormat.N_TRIPLES)
    assert sorted(map(str, parsed)) == sorted(set(map(str, triples(extraction))))
    assert made.mark.count("\n") == 1 and KGO.contentHash.value in made.mark


def test_two_speakers_saying_the_same_words_are_two_quotations() -> None:
    from kg.extract.base import extract
    from kg.model.mapping import triples
    from kg.model.vocab import SCHEMA
    from kg.records import Article

    text = (
        'Wali Kota Malang Budi Santoso hadir. "Terima kasih kepada seluruh pihak," kata Budi Santoso. '
        'Sekda Kota Malang Sri Wahyuni menutup acara. "Terima kasih kepada seluruh pihak," ujar Sri Wahyuni.'
    )
    statements = list(triples(extract(Article("Berita", text))))
    creators: dict[str, set[str]] = {}
    for t in statements:
        if t.predicate == SCHEMA.creator:
            creators.setdefault(t.subject.value, set()).add(t.object.value)
    assert len(creators) == 2 and all(len(c) == 1 for c in creators.values()), creators


def test_attested_days_never_make_a_term_of_office() -> None:
    """docs/data-model.md: the days an article attests a role go in kgo:attestedOn, never in org:memberDuring."""
    from kg import extract_article
    from kg.model.mapping import triples
    from kg.model.vocab import KGO, ORG
    from kg.records import Article

    extraction = extract_article(
        Article(
            "Judul",
            "Sekda Kota Malang Erik Setyo Santoso membuka rapat, Senin (18/11/2024).",
            date="2024-11-18",
        )
    )
    statements = list(triples(extraction))
    assert any(t.predicate == KGO.attestedOn for t in statements)
    assert not any(t.predicate == ORG.memberDuring for t in statements)
