"""Export formats: a name → writer registry, so dispatch is one line.

Turtle, N-Triples and JSON-LD hold the merged graph (every statement once);
TriG and N-Quads keep one named graph per article; GraphML is the entity
graph for Gephi/Cytoscape; ``csv`` writes tidy tables to a folder;
``mentions`` writes one row per entity mention.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.registry import Registry
from kg.store import Store

Writer = Callable[[Store, Path], None]
#: reads a written file (or folder) back into plain comparable data
Reader = Callable[[Path], Any]
#: the data a file written from this store holds, in the form its reader returns
Expected = Callable[[Store], Any]


@dataclass(frozen=True)
class Format:
    """A registered export format; ``read(written) == expected(store)`` is its round trip."""

    name: str
    write: Writer
    extension: str
    folder: bool  # writes a folder of files rather than one file
    doc: str
    read: Reader | None = None
    expected: Expected | None = None


FORMATS: Registry[Format] = Registry(
    "export format", "kg.export.rdf", "kg.export.graphml", "kg.export.tables"
)


def register_format(
    name: str,
    extension: str,
    *,
    folder: bool = False,
    read: Reader | None = None,
    expected: Expected | None = None,
) -> Callable[[Writer], Writer]:
    """Register a writer under ``name``; built-ins use this too. A name already taken raises.

    ``read`` and ``expected`` give the format's round trip: what reading a written file
    gives back, and what it should give for a store. The test suite runs it for every
    registered format.
    """

    def decorate(fn: Writer) -> Writer:
        doc = (fn.__doc__ or "").strip().splitlines()[0]
        FORMATS.add(name, Format(name, fn, extension, folder, doc, read, expected))
        return fn

    return decorate


def formats() -> dict[str, Format]:
    """The registered formats by name, sorted."""
    return dict(sorted(FORMATS.items().items()))


def export(store: Store, name: str, path: str | Path) -> Path:
    """Write the store in format ``name`` to ``path`` (``-``: standard output, for one-file formats)."""
    target = Path(path)
    FORMATS.get(name).write(store, target)
    return target
