"""Named registries: the one source of the names of stages, formats, readers, metrics and projections.

Every pluggable kind of thing (extractor stages, export formats, query result
formats, input readers, analysis metrics, graph projections) is a
:class:`Registry`. Built-ins register through the same call a plug-in would
use; the modules that define them are imported on the first lookup, not at
start-up. The command line takes its choices and help from the registries, so
a name exists in exactly one place.

>>> colours = Registry[str]("colour")
>>> colours.add("red", "#f00")
>>> colours.names()
['red']
>>> colours.add("red", "#e00")
Traceback (most recent call last):
...
kg.registry.DuplicateNameError: colour 'red' is already registered
>>> colours.get("blue")
Traceback (most recent call last):
...
kg.registry.UnknownNameError: unknown colour 'blue'; choose one of: red
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class DuplicateNameError(ValueError):
    """A name registered twice: the second registration would silently replace the first."""


class UnknownNameError(KeyError, ValueError):
    """A name nobody registered; the message lists those that exist (a KeyError and a ValueError)."""

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0]) if self.args else ""


class Registry(Generic[T]):
    """Names → things of one ``kind``, in registration order; duplicates raise."""

    def __init__(self, kind: str, *builtins: str) -> None:
        self.kind = kind
        self._builtins = builtins  # modules whose import registers the built-in entries
        self._loaded = not builtins
        self._items: dict[str, T] = {}

    def add(self, name: str, item: T) -> None:
        """Register ``item`` as ``name``; a name already taken raises :class:`DuplicateNameError`."""
        if name in self._items:
            raise DuplicateNameError(f"{self.kind} {name!r} is already registered")
        self._items[name] = item

    def _load(self) -> None:
        if not self._loaded:
            self._loaded = True
            for module in self._builtins:
                importlib.import_module(module)

    def get(self, name: str) -> T:
        """The entry ``name``, or :class:`UnknownNameError` listing what exists."""
        self._load()
        try:
            return self._items[name]
        except KeyError:
            raise UnknownNameError(
                f"unknown {self.kind} {name!r}; choose one of: {', '.join(self._items)}"
            ) from None

    def names(self) -> list[str]:
        """Every registered name, in registration order."""
        self._load()
        return list(self._items)

    def items(self) -> dict[str, T]:
        """A copy of the registry, name → entry."""
        self._load()
        return dict(self._items)

    def __contains__(self, name: object) -> bool:
        self._load()
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())
