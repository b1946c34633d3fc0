"""The project ontology documents every term it declares and every term the graph uses."""

from __future__ import annotations

import pytest
import rdflib
from conftest import ROOT, shared
from rdflib.namespace import OWL, RDF, RDFS

import kg
from kg import paths
from kg.query import run
from kg.store import Store

KGO = "https://w3id.org/kg-id/ontology#"
ONTOLOGY = rdflib.URIRef("https://w3id.org/kg-id/ontology")
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(data=paths.ontology().read_text(encoding="utf-8"), format="turtle")


def declared(graph: rdflib.Graph) -> set[str]:
    """The kgo: classes and properties the ontology declares."""
    return {
        str(term)
        for kind in TERM_TYPES
        for term in graph.subjects(RDF.type, kind)
        if str(term).startswith(KGO)
    }


def test_every_kgo_term_has_an_english_label_and_a_comment(ontology: rdflib.Graph) -> None:
    terms = declared(ontology)
    assert len(terms) >= 20
    for term in sorted(terms):
        labels = [
            o for o in ontology.objects(rdflib.URIRef(term), RDFS.label) if isinstance(o, rdflib.Literal)
        ]
        comments = list(ontology.objects(rdflib.URIRef(term), RDFS.comment))
        assert any(label.language == "en" and str(label).strip() for label in labels), f"{term}: no @en label"
        assert any(str(c).strip() for c in comments), f"{term}: no rdfs:comment"


def test_version_iri_ends_with_the_package_version(ontology: rdflib.Graph) -> None:
    version_iri = ontology.value(ONTOLOGY, OWL.versionIRI)
    assert version_iri is not None, "the ontology has no owl:versionIRI"
    assert str(version_iri) == f"{ONTOLOGY}/{kg.__version__}"
    assert str(ontology.value(ONTOLOGY, OWL.versionInfo)) == kg.__version__


def test_the_sample_graph_uses_only_declared_kgo_terms(ontology: rdflib.Graph, sample_store: Store) -> None:
    _, rows = run(
        sample_store,
        f"""SELECT DISTINCT ?t WHERE {{
              {{ GRAPH ?g {{ ?s ?t ?o }} }} UNION {{ ?s ?t ?o }}
              UNION {{ GRAPH ?g {{ ?s a ?t }} }} UNION {{ ?s a ?t }}
              FILTER(STRSTARTS(STR(?t), "{KGO}")) }}""",
    )
    used = {row[0] for row in rows}
    assert {f"{KGO}Program", f"{KGO}contentHash", f"{KGO}tenure"} <= used
    assert used <= declared(ontology), sorted(used - declared(ontology))


def test_the_data_model_the_ontology_cites_is_in_the_repository(ontology: rdflib.Graph) -> None:
    assert "docs/data-model.md" in str(ontology.value(ONTOLOGY, RDFS.comment))
    assert (ROOT / "docs" / "data-model.md").read_text(encoding="utf-8").startswith("#")


def test_the_data_model_copy_equals_the_shared_contract() -> None:
    """docs/data-model.md is a copy of the public contract; it must not drift from it."""
    contract = shared("docs/data-model.md")
    assert (ROOT / "docs" / "data-model.md").read_bytes() == contract.read_bytes()
