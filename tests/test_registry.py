"""Registries are the only source of names: stages, export formats, ... ; a name taken twice raises."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import base
from kg.registry import DuplicateNameError, Registry, UnknownNameError
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]


def _registries() -> dict[str, Registry[object]]:
    from kg.analyze.metrics import METRICS
    from kg.analyze.projections import PROJECTIONS
    from kg.export import FORMATS
    from kg.ingest.readers import READERS
    from kg.query.results import RESULT_FORMATS

    registries = {
        "extractors": base.EXTRACTORS,
        "export formats": FORMATS,
        "result formats": RESULT_FORMATS,
        "readers": READERS,
        "metrics": METRICS,
        "projections": PROJECTIONS,
    }
    return registries  # type: ignore[return-value]


def test_every_file_suffix_has_one_reader() -> None:
    from kg.ingest.readers import READERS, reader_for

    suffixes = [s for reader in READERS.items().values() for s in reader.suffixes]
    assert len(suffixes) == len(set(suffixes))
    assert reader_for(".jsonl").name == "jsonl" and reader_for(".pdf") is None  # type: ignore[union-attr]
    from kg.ingest.readers import register_reader

    with pytest.raises(DuplicateNameError, match=r"'\.csv' are already read by reader 'csv'"):
        register_reader("my-csv", (".csv",), "rows")(lambda *_: True)


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
