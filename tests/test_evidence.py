"""The two evidence forms (issue #10): compact by default, ``--evidence full`` exactly the graph kg made before.

``data/sample-full-evidence.nq.gz`` is the N-Quads export of the sample built by the code before
compact evidence and bulk writes existed. Regenerate it only when the graph deliberately
changes (extraction rules; attested days no longer made into ``org:memberDuring``), after
checking the difference is only that: ``kg build --evidence full data/sample/ && kg export
--format nquads``, gzipped with ``-n``.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import SAMPLE

from kg.cli import main
from kg.explain import explain, find
from kg.export import export
from kg.export.tables import mention_rows
from kg.model.vocab import OA
from kg.pipeline import EvidenceMismatch, build
from kg.records import Article
from kg.store import Store
from kg.validation import validate
from kg.viz.details import _evidence

GOLDEN = Path(__file__).parent / "data" / "sample-full-evidence.nq.gz"


@pytest.fixture(scope="module")
def full_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("full") / "store"
    with Store(path) as store:
        build([SAMPLE], store, evidence="full")
    return path


def test_full_evidence_is_the_graph_kg_made_before(full_store: Path, tmp_path: Path) -> None:
    with Store(full_store, read_only=True) as store:
        produced = export(store, "nquads", tmp_path / "full.nq").read_bytes()
    expected = gzip.decompress(GOLDEN.read_bytes())
    if produced != expected:
        made, wanted = set(produced.splitlines()), set(expected.splitlines())
        only_expected = sorted(wanted - made)[:10]
        only_produced = sorted(made - wanted)[:10]
        pytest.fail(f"only expected: {only_expected}\nonly produced: {only_produced}")


def test_compact_evidence_is_the_default_and_a_third_of_the_statements(
    sample_store: Store, full_store: Path
) -> None:
    with Store(full_store, read_only=True) as full:
        assert len(sample_store) < 0.45 * len(full)
    targets = [q.object for q in sample_store._store.quads_for_pattern(None, OA.hasTarget, None, None)]
    assert targets and all("#char=" in t.value for t in targets)
    assert not list(sample_store._store.quads_for_pattern(None, OA.hasSelector, None, None))


def test_readers_say_the_same_of_either_form(sample_store: Store, full_store: Path) -> None:
    with Store(full_store, read_only=True) as full:
        assert mention_rows(sample_store) == mention_rows(full)
        for name in ("Erik Setyo Santoso", "Pemerintah Kota Malang", "Kota Malang"):
            [iri] = find(sample_store, name)[:1]
            compact_about, full_about = explain(sample_store, iri), explain(full, iri)
            assert compact_about.evidence and compact_about == full_about
            assert _evidence(sample_store, iri) == _evidence(full, iri)


def test_a_store_keeps_its_evidence_form(sample_store_path: Path, full_store: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        main, ["build", "-q", "--evidence", "full", "--store", str(sample_store_path), str(SAMPLE)]
    )
    assert result.exit_code == 1 and "holds compact evidence" in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    # without --evidence, a build goes on in the store's own form (here: nothing changed)
    result = runner.invoke(main, ["build", "-q", "--store", str(full_store), str(SAMPLE)])
    assert result.exit_code == 0 and "4 unchanged" in result.output, result.output
    with Store(full_store) as store, pytest.raises(EvidenceMismatch):
        build([SAMPLE], store, evidence="compact")


def test_shards_load_only_into_a_store_of_their_form(tmp_path: Path) -> None:
    runner = CliRunner()
    shards = tmp_path / "shards"
    assert (
        runner.invoke(
            main, ["extract", "-q", "--evidence", "full", "--out", str(shards), str(SAMPLE)]
        ).exit_code
        == 0
    )
    assert json.loads((shards / "manifest.json").read_text())["evidence"] == "full"
    compact = tmp_path / "compact"
    assert runner.invoke(main, ["build", "-q", "--store", str(compact), str(SAMPLE)]).exit_code == 0
    result = runner.invoke(main, ["load", "-q", "--store", str(compact), str(shards)])
    assert result.exit_code == 1 and "holds compact evidence" in result.output, result.output
    fresh = tmp_path / "fresh"
    assert runner.invoke(main, ["load", "-q", "--store", str(fresh), str(shards)]).exit_code == 0
    with Store(fresh, read_only=True) as store:
        assert store.evidence_form() is not None and store.evidence_form().value == "full"


def test_a_span_outside_the_article_text_is_a_shape_violation(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as store:
        build([], store, articles=[Article("Sekda Hadir", "Sekda Kota Malang Erik Setyo Santoso hadir.")])
        assert validate(store).conforms
        [target] = [q for q in store._store.quads_for_pattern(None, OA.hasTarget, None, ox.DefaultGraph())][
            :1
        ]
        store.extend([ox.Quad(target.subject, OA.hasTarget, ox.Literal("0,5"), ox.DefaultGraph())])
        store.extend([ox.Quad(target.subject, OA.hasTarget, ox.Literal("0,5"), ox.NamedNode("urn:x:g"))])
        result = validate(store)
    assert not result.conforms and "hasTarget" in result.text


def test_batches_never_change_the_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One bulk load per article, or all the articles in one: the same N-Quads and Turtle."""
    import kg.pipeline

    outputs = []
    for batch in (1, 10_000_000):
        monkeypatch.setattr(kg.pipeline, "BATCH_QUADS", batch)
        with Store(tmp_path / str(batch)) as store:
            build([SAMPLE], store)
            outputs.append(
                (
                    export(store, "nquads", tmp_path / f"{batch}.nq").read_bytes(),
                    export(store, "turtle", tmp_path / f"{batch}.ttl").read_bytes(),
                )
            )
    assert outputs[0] == outputs[1]
