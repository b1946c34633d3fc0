"""Known failures as one-line messages: the command line's error boundary maps exceptions here.

A user of ``kg`` should never see a traceback for something that is not a
bug: a file that cannot be written, an input that is not UTF-8, a damaged
store, a path the operating system refuses. :func:`message` turns those
exceptions into a sentence saying what went wrong and where; anything it does
not know (a real bug) returns ``None`` and keeps its traceback.
"""

from __future__ import annotations

import errno

from kg.store import StoreError
from kg.store.embedded import REBUILD, is_store_corruption


def short_path(value: object, limit: int = 160) -> str:
    """A path shortened for a message: a 5,000-character name must not fill the terminal."""
    text = str(value)
    if len(text) <= limit:
        return text
    return f"{text[: limit // 2]}…{text[-limit // 4 :]} ({len(text):,} characters)"


def message(error: BaseException) -> str | None:
    """A one-line message for a known kind of failure, or ``None`` for a bug."""
    if isinstance(error, StoreError):
        return str(error)
    if is_store_corruption(error):
        return f"the graph store is damaged ({' '.join(str(error).split())[:240]}); {REBUILD}"
    if isinstance(error, UnicodeDecodeError):
        return (
            f"an input is not UTF-8 text ({error.reason} at byte {error.start}); "
            "convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)"
        )
    if isinstance(error, OSError):
        where = error.filename if error.filename is not None else ""
        reason = error.strerror or str(error)
        if error.errno == errno.ENAMETOOLONG:
            reason = "the path is longer than the operating system allows"
        return f"{short_path(where)}: {reason}" if where else f"operating system error: {reason}"
    return None
