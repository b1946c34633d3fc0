"""The server reads a snapshot of the store, never the store a build may be writing.

Oxigraph documents opening a store read-only while another process writes it
as undefined behaviour. So ``kg serve`` opens the store for writing for a
moment (which fails with a clear message while a ``kg build`` holds it), makes
a RocksDB checkpoint of it (``Store.backup``: hard links to the immutable table
files when the folder is on the same file system, so it costs no copy) and
closes it again. The workers read only the checkpoint; a build that starts
later writes the store as usual and cannot touch the files being served.

:class:`Watcher` notices when a build has changed the store and, once the
build has finished (the store can be opened again), the server takes a fresh
snapshot and moves its workers onto it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from kg.store import StoreError
from kg.store.cache import signature
from kg.store.embedded import StoreDamaged, is_store_corruption

__all__ = ["StoreBusy", "remove", "remove_stale", "signature", "take_snapshot"]


class StoreBusy(StoreError):  # noqa: N818 (reads as the state it reports)
    """A build holds the store: no snapshot can be taken now."""


def take_snapshot(store: Path) -> Path:
    """A checkpoint of ``store`` in a new temporary folder (the caller removes it with :func:`remove`)."""
    if not (store / "CURRENT").exists():
        raise StoreError(f"no graph store at {store} (run `kg build` first, or pass --store)")
    try:
        live = ox.Store(str(store))
    except (OSError, RuntimeError) as error:
        if is_store_corruption(error):
            raise StoreDamaged(store, error) from None
        if "lock" in str(error).lower():
            raise StoreBusy(
                f"{store} is being written by another process (a running `kg build`?); "
                "start `kg serve` when it has finished"
            ) from None
        raise StoreError(f"cannot open store {store}: {error}") from None
    parent = store.resolve().parent
    remove_stale(parent, store.name)
    try:  # next to the store: the same file system, so the checkpoint is hard links
        folder = Path(tempfile.mkdtemp(prefix=f".{store.name}.serve-", dir=parent))
    except OSError:
        folder = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    (folder / "pid").write_text(str(os.getpid()), encoding="ascii")
    target = folder / "store"
    try:
        live.backup(str(target))
    except (OSError, RuntimeError) as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise StoreError(f"cannot snapshot the store {store}: {error}") from None
    finally:
        del live
    return target


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(parent: Path, name: str) -> None:
    """Delete snapshots left by servers that were killed (their process is gone)."""
    for folder in parent.glob(f".{name}.serve-*"):
        try:
            pid = int((folder / "pid").read_text(encoding="ascii"))
        except (OSError, ValueError):
            continue  # not ours, or being made right now
        if not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)


def remove(snapshot: Path) -> None:
    """Delete a snapshot made by :func:`take_snapshot` (its temporary parent folder too).

    Only a folder that is plainly one of ours (its name and pid file) is ever deleted.
    """
    folder = snapshot.parent
    ours = ".serve-" in folder.name or folder.name.startswith("kg-serve-")
    if ours and (folder / "pid").is_file() and snapshot.name == "store":
        shutil.rmtree(folder, ignore_errors=True)
