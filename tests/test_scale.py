"""Beyond one machine: N-Quads shards, extraction on Dask, the graph in a SPARQL server."""

from __future__ import annotations

import itertools
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SAMPLE, shared

from kg.export import export
from kg.pipeline import build
from kg.shards import extract_to_shards, load_shards, read_manifest
from kg.store import Store


def exported(store_path: Path, tmp: Path) -> tuple[bytes, bytes]:
    """The store's N-Quads export (per-article graphs) and its merged graph as N-Triples, as bytes."""
    with Store(store_path, read_only=True) as store:
        nq = export(store, "nquads", tmp / f"{store_path.name}.nq").read_bytes()
        nt = export(store, "ntriples", tmp / f"{store_path.name}.nt").read_bytes()
    return nq, nt


def build_store(path: Path, inputs: list[Path], **options: object) -> Path:
    with Store(path) as store:
        build(list(inputs), store, **options)  # type: ignore[arg-type]
    return path


def few_articles(tmp_path: Path, n: int) -> Path:
    """The first ``n`` articles of detik-dev-32 (skips without the shared data)."""
    source = shared("corpus/dev/detik-dev-32.jsonl")
    path = tmp_path / f"detik-{n}.jsonl"
    with source.open(encoding="utf-8") as lines:
        path.write_text("".join(itertools.islice(lines, n)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def detik_reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple[bytes, bytes]]:
    """detik-dev-32 built with --jobs 1, and its export."""
    tmp = tmp_path_factory.mktemp("reference")
    source = shared("corpus/dev/detik-dev-32.jsonl")
    return source, exported(build_store(tmp / "jobs1", [source]), tmp)


# -- shards -------------------------------------------------------------------------


def test_extract_then_load_gives_the_build_byte_for_byte(tmp_path: Path) -> None:
    reference = exported(build_store(tmp_path / "built", [SAMPLE]), tmp_path)
    report = extract_to_shards([SAMPLE], tmp_path / "shards", partition_size=3)
    assert (report.articles, report.shards) == (4, 2)
    names = sorted(p.name for p in (tmp_path / "shards").iterdir())
    assert names == ["manifest.json", "part-00000.nq", "part-00001.nq"]
    with Store(tmp_path / "loaded") as store:
        loaded = load_shards(tmp_path / "shards", store)
        again = load_shards(tmp_path / "shards", store)  # loading twice changes nothing
    assert (loaded.added, again.added, again.unchanged) == (4, 0, 4)
    assert exported(tmp_path / "loaded", tmp_path) == reference


def test_shards_are_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        extract_to_shards([SAMPLE], tmp_path / name, partition_size=2)
    for shard in sorted((tmp_path / "a").iterdir()):
        assert shard.read_bytes() == (tmp_path / "b" / shard.name).read_bytes(), shard.name
    assert read_manifest(tmp_path / "a")["partitions"][0]["articles"]


def test_extract_load_identity_on_detik(tmp_path: Path, detik_reference) -> None:  # type: ignore[no-untyped-def]
    source, reference = detik_reference
    extract_to_shards([source], tmp_path / "shards", partition_size=10)
    with Store(tmp_path / "loaded") as store:
        load_shards(tmp_path / "shards", store)
    assert exported(tmp_path / "loaded", tmp_path) == reference


def test_kg_extract_and_kg_load_commands(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(SAMPLE), "--out", str(tmp_path / "sh"), "-q"])
    assert result.exit_code == 0, result.output
    assert "4 extracted into 1 shards" in result.output
    result = runner.invoke(main, ["extract", str(SAMPLE), "--out", str(tmp_path / "sh")])
    assert result.exit_code == 1 and "not an empty folder" in result.output
    result = runner.invoke(main, ["load", str(tmp_path / "sh"), "--store", str(tmp_path / "s"), "-q"])
    assert result.exit_code == 0, result.output
    assert "4 added" in result.output
    result = runner.invoke(main, ["load", str(tmp_path), "--store", str(tmp_path / "s2")])
    assert result.exit_code == 1 and "no manifest.json" in result.output
    manifest = json.loads((tmp_path / "sh" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "kg-shards/1"


# -- Dask -----------------------------------------------------------------------------


def test_dask_local_cluster_gives_the_same_store(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the optional extra kg[dask] is not installed")
    from kg.scale.dask import dask_mapper

    reference = exported(build_store(tmp_path / "jobs1", [SAMPLE]), tmp_path)
    with dask_mapper("local:2", processes=False, batch=1) as mapper:
        build_store(tmp_path / "dask", [SAMPLE], mapper=mapper)
    assert exported(tmp_path / "dask", tmp_path) == reference


def test_a_worker_killed_mid_run_is_retried_and_the_store_is_identical(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the optional extra kg[dask] is not installed")
    from kg.scale.dask import dask_mapper

    source = few_articles(tmp_path, 12)
    reference = exported(build_store(tmp_path / "jobs1", [source]), tmp_path)
    killed: list[int] = []
    with dask_mapper("local:2", processes=True, batch=1) as mapper:
        client = mapper.client  # type: ignore[attr-defined]
        before = client.run(os.getpid)

        def killing(articles):  # type: ignore[no-untyped-def]
            results: Iterator = mapper(articles)
            yield next(results)
            busy = client.processing()  # the worker with tasks still to do dies
            address = max(busy, key=lambda a: len(busy[a]))
            killed.append(before[address])
            os.kill(before[address], signal.SIGKILL)
            yield from results

        build_store(tmp_path / "dask", [source], mapper=killing)
        after = client.run(os.getpid)
    assert killed and killed[0] not in after.values()
    assert exported(tmp_path / "dask", tmp_path) == reference


def test_kg_build_dask_option(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the optional extra kg[dask] is not installed")
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(
        main, ["build", str(SAMPLE), "--dask", "local:x", "--store", str(tmp_path / "s"), "-q"]
    )
    assert result.exit_code == 1 and "local:N" in result.output
