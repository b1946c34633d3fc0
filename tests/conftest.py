"""Shared fixtures: the sample store, built once per session; no test may reach the network."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from kg.pipeline import build
from kg.store import Store, cache

# HYPOTHESIS_PROFILE=fuzz (scripts/fuzz): the properties of tests/test_fuzz.py try thousands of
# examples (their counts are set there); no deadline, slow data generation is no error
settings.register_profile(
    "fuzz", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

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
def store_copy(sample_store_path: Path, tmp_path: Path) -> Path:
    """A writable copy of the sample store, without the query results and caches kept beside it."""
    target = tmp_path / "store"
    shutil.copytree(sample_store_path, target, ignore=shutil.ignore_patterns(cache.FOLDER))
    return target


@pytest.fixture
def sample_store(sample_store_path: Path):  # type: ignore[no-untyped-def]
    with Store(sample_store_path, read_only=True) as store:
        yield store


def _loopback(host: object) -> bool:
    if not isinstance(host, str):
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any outbound connection from Python code; loopback (servers a test starts) and Unix sockets pass."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create = socket.create_connection

    def allowed(sock: socket.socket, address: Any) -> bool:
        return sock.family == getattr(socket, "AF_UNIX", None) or (
            isinstance(address, tuple) and _loopback(address[0])
        )

    def connect(self: socket.socket, address: Any) -> None:
        if not allowed(self, address):
            raise AssertionError(f"test tried to connect to {address!r}: tests must not use the network")
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not allowed(self, address):
            raise AssertionError(f"test tried to connect to {address!r}: tests must not use the network")
        return real_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        if not _loopback(address[0]):  # before any DNS look-up
            raise AssertionError(f"test tried to connect to {address!r}: tests must not use the network")
        return real_create(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
