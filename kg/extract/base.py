"""The extractor registry: named stages run in order over one article's context.

Built-in stages register through the same decorator a plug-in would use;
``kg extractors`` lists them. A stage reads what earlier stages found in the
:class:`~kg.extract.context.Context` and adds its own findings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kg.extract.context import Context
from kg.records import Article, Extraction

Stage = Callable[[Context], None]


@dataclass(frozen=True)
class Extractor:
    name: str
    order: int
    run: Stage
    doc: str


_REGISTRY: dict[str, Extractor] = {}


def register(name: str, order: int) -> Callable[[Stage], Stage]:
    """Register ``fn`` as the stage ``name``; lower ``order`` runs first."""

    def decorate(fn: Stage) -> Stage:
        if name in _REGISTRY:
            raise ValueError(f"extractor {name!r} is already registered")
        _REGISTRY[name] = Extractor(
            name, order, fn, (fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else ""
        )
        return fn

    return decorate


def extractors() -> list[Extractor]:
    """All registered stages in run order."""
    from kg.extract import stages  # noqa: F401  (registers the built-ins)

    return sorted(_REGISTRY.values(), key=lambda e: (e.order, e.name))


def get(name: str) -> Extractor:
    extractors()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"no extractor {name!r}; registered: {', '.join(sorted(_REGISTRY))}") from None


def extract(article: Article, only: set[str] | None = None) -> Extraction:
    """Run every registered stage (or those named in ``only``) over one article."""
    ctx = Context(article)
    for stage in extractors():
        if only is None or stage.name in only:
            stage.run(ctx)
    return ctx.result()
