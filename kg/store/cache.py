"""Results computed from a store, kept inside its folder and used only while the store is unchanged.

Reading the whole graph into Python (the entity graph ``kg viz`` draws) takes
seconds on a big store; the cache keeps the result in ``STORE/kg-cache/NAME.json``
under a key made of the store's :func:`signature` (which changes with every
write: ``kg build``, ``kg load``, identity resolution, ``kg analyze --write``,
and a build that was interrupted half-way) and the version of the code that
made it. A cached result whose key differs from the store's current one is
never read, so no writer has to remember to invalidate anything, and a stale
result cannot be served.

The files are JSON, not pickle: a store folder may come from someone else, and
loading it must not run code. RocksDB ignores the sub-folder, and ``kg serve``'s
checkpoints leave it out.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

FOLDER = "kg-cache"

T = TypeVar("T")


def signature(store: Path) -> tuple[tuple[str, int], ...]:
    """Names and sizes of the store's table files and non-empty logs: what changes when data does.

    Every write appends to the write-ahead log (its size grows) or adds table files
    (new names: RocksDB numbers files in increasing order), so a store never returns
    to an earlier signature after a write. Opening and closing a store (as taking a
    snapshot does) rotates the MANIFEST, OPTIONS and an empty log file; those are left
    out, so servers snapshotting one store don't wake each other.
    """
    try:
        entries = sorted(store.iterdir())
    except OSError:
        return ()
    found = []
    for entry in entries:
        if not entry.name.endswith((".sst", ".log")):
            continue
        try:
            size = entry.stat().st_size
        except OSError:
            continue
        if size or entry.name.endswith(".sst"):
            found.append((entry.name, size))
    return tuple(found)


def _key(version: str, state: tuple[tuple[str, int], ...]) -> str:
    return json.dumps({"version": version, "store": [list(item) for item in state]}, separators=(",", ":"))


def load(store: Path, name: str, version: str) -> Any | None:
    """The data saved as ``name`` for the store as it is now and this ``version`` of its maker; else ``None``."""
    found = _read(store, f"{name}.json", version)
    if found is None:
        return None
    try:
        return json.loads(found.decode("utf-8"))
    except ValueError:
        return None


def save(store: Path, name: str, version: str, state: tuple[tuple[str, int], ...], data: Any) -> bool:
    """Save ``data`` as ``name`` for the store state ``state`` (taken before the data was read).

    Nothing is saved when the store changed meanwhile (a build ran while it was read) or
    its folder cannot be written (someone else's store); returns whether it was saved.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _write(store, f"{name}.json", version, state, text.encode("utf-8"))


def load_blob(store: Path, name: str, version: str) -> bytes | None:
    """Bytes saved by :func:`save_blob` as ``name`` for the store as it is now; else ``None``."""
    return _read(store, f"{name}.bin", version)


def save_blob(store: Path, name: str, version: str, state: tuple[tuple[str, int], ...], data: bytes) -> bool:
    """Save ``data`` as ``name`` for the store state ``state``, as :func:`save` does (JSON aside)."""
    return _write(store, f"{name}.bin", version, state, data)


def _read(store: Path, filename: str, version: str) -> bytes | None:
    """An entry's bytes when its first line names this ``version`` and the store as it is now."""
    try:
        with (store / FOLDER / filename).open("rb") as handle:
            if handle.readline().rstrip(b"\n").decode("utf-8") != _key(version, signature(store)):
                return None
            return handle.read()
    except (OSError, ValueError):
        return None


def _write(store: Path, filename: str, version: str, state: tuple[tuple[str, int], ...], data: bytes) -> bool:
    """Write an entry atomically, headed by its key, unless the store left ``state`` meanwhile."""
    if not state or signature(store) != state:
        return False
    folder = store / FOLDER
    try:
        folder.mkdir(exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{filename}-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_key(version, state).encode("utf-8") + b"\n")
                out.write(data)
            os.replace(temporary, folder / filename)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


def cached(
    store: Path | None,
    name: str,
    version: str,
    make: Callable[[], T],
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
) -> T:
    """``make()``'s result for ``store`` as it is now: read from the cache when valid, else made and saved."""
    if store is None:
        return make()
    found = load(store, name, version)
    if found is not None:
        try:
            return decode(found)
        except (KeyError, TypeError, ValueError, IndexError):
            pass  # a cache file of another shape: make it again
    state = signature(store)
    result = make()
    save(store, name, version, state, encode(result))
    return result
