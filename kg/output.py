"""Writing output files: atomically, and CSV cells that a spreadsheet cannot run as formulas.

Every file ``kg`` writes (exports, pages, score tables) goes through
:func:`atomic_write`: the content is written to a temporary file in the same
folder, flushed to disk, and renamed over the target. A reader (or a crash,
or ``kill -9``) sees either the old file or the complete new one, never a
truncated one.

The path ``-`` (:data:`STDOUT`) means standard output, for every text format:
``kg export --format turtle -o -``, ``kg viz -o -``, ``kg analyze -o -``.

Every CSV/TSV ``kg`` writes goes through :func:`csv_writer`, which applies
OWASP's rule against CSV (formula) injection: a cell starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'``, so
spreadsheets show it as text instead of evaluating it.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

#: the output path that means standard output
STDOUT = "-"

#: first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A CSV cell that spreadsheets show as text: ``'`` before a leading ``= + - @``, tab or CR.

    >>> safe_cell("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> safe_cell("Kota Malang")
    'Kota Malang'
    """
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class SafeCsvWriter:
    """``csv.writer`` whose cells pass through :func:`safe_cell`."""

    def __init__(self, handle: IO[str], **options: Any) -> None:
        self._writer = csv.writer(handle, **options)

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([safe_cell(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(handle: IO[str], **options: Any) -> SafeCsvWriter:
    """The CSV writer every ``kg`` table uses (formula injection neutralised)."""
    return SafeCsvWriter(handle, **options)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _mode(target: Path) -> int:
    """Permissions for a new ``target``: those of the file it replaces, else the umask's default."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


@contextmanager
def atomic_write(
    path: str | Path, mode: str = "w", *, encoding: str | None = "utf-8", newline: str | None = None
) -> Iterator[IO[Any]]:
    """Open a temporary file next to ``path``; on success fsync it and rename it over ``path``.

    On any error (or interruption) the temporary file is removed and ``path`` is untouched.
    Folders above ``path`` are created. ``-`` writes to standard output instead.
    """
    if is_stdout(path):
        yield from _stdout(mode)
        return
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise NotADirectoryError(
            errno.ENOTDIR, "part of the path is a file, not a folder", str(target)
        ) from None
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder; give a file name", str(target))
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:  # report the file asked for, not the temporary name
        raise OSError(error.errno, error.strerror, str(target)) from None
    try:
        if hasattr(os, "fchmod"):  # mkstemp's 0600 would make exports private: keep the old file's mode
            os.fchmod(fd, _mode(target))
        binary = "b" in mode
        with os.fdopen(
            fd, mode, encoding=None if binary else encoding, newline=None if binary else newline
        ) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_folder(target.parent)


def is_stdout(path: str | Path | None) -> bool:
    """True when ``path`` is ``-``, standard output."""
    return path is not None and str(path) == STDOUT


def _stdout(mode: str) -> Iterator[IO[Any]]:
    """Standard output as a handle for :func:`atomic_write`: flushed at the end, never closed."""
    handle: IO[Any] = sys.stdout.buffer if "b" in mode else sys.stdout
    yield handle
    handle.flush()


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every platform can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    with atomic_write(path) as handle:
        handle.write(text)
    return Path(path)
