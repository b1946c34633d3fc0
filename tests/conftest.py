"""Shared fixtures: the sample store, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import build
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
SHARED = ROOT.parent / "shared"


def shared(relative: str) -> Path:
    """A file of the team's shared data, or skip: a user's fresh clone does not have ../shared."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"needs {path} (the team's shared data, present in CI, absent in a fresh clone)")
    return path


@pytest.fixture(scope="session")
def sample_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "store"
    with Store(path) as store:
        build([SAMPLE], store)
    return path


@pytest.fixture
def sample_store(sample_store_path: Path):  # type: ignore[no-untyped-def]
    with Store(sample_store_path, read_only=True) as store:
        yield store
