"""Registries are the only source of names: stages, export formats, ... ; a name taken twice raises."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import base
from kg.registry import DuplicateNameError, Registry, UnknownNameError
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]


def _registries() -> dict[str, Registry[object]]:
    from kg.export import FORMATS

    return {"extractors": base.EXTRACTORS, "export formats": FORMATS}  # type: ignore[dict-item]


@pytest.mark.parametrize("kind", sorted(_registries()))
def test_registering_a_taken_name_raises(kind: str) -> None:
    registry = _registries()[kind]
    taken = registry.names()[0]
    before = registry.items()
    with pytest.raises(DuplicateNameError, match=repr(taken)):
        registry.add(taken, object())
    assert registry.items() == before  # the first registration stays
    with pytest.raises(UnknownNameError, match="choose one of: " + ", ".join(registry.names())[:20]):
        registry.get("no-such-name")


def test_stages_record_their_registered_names(sample_store: Store) -> None:
    """Every ``kgo:extractor`` in the sample's evidence is a stage ``kg extractors`` lists."""
    recorded = {
        str(row["x"].value)
        for row in sample_store.query(
            "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?a <https://w3id.org/kg-id/ontology#extractor> ?x } }"
        )
    }
    registered = {stage.name for stage in base.extractors()}
    assert recorded and recorded <= registered
    assert {"regions", "titles", "ner"} <= recorded
