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
from kg.registry import Registry

Stage = Callable[[Context], None]


@dataclass(frozen=True)
class Extractor:
    name: str
    order: int
    run: Stage
    doc: str


EXTRACTORS: Registry[Extractor] = Registry("extractor", "kg.extract.stages")


def register(name: str, order: int) -> Callable[[Stage], Stage]:
    """Register ``fn`` as the stage ``name``; lower ``order`` runs first. A name already taken raises."""

    def decorate(fn: Stage) -> Stage:
        doc = (fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else ""
        EXTRACTORS.add(name, Extractor(name, order, fn, doc))
        return fn

    return decorate


def extractors() -> list[Extractor]:
    """All registered stages in run order."""
    return sorted(EXTRACTORS.items().values(), key=lambda e: (e.order, e.name))


def get(name: str) -> Extractor:
    """The stage ``name``; an unknown name lists the registered ones."""
    return EXTRACTORS.get(name)


def extract(article: Article, only: set[str] | None = None) -> Extraction:
    """Run every registered stage (or those named in ``only``) over one article."""
    ctx = Context(article)
    for stage in extractors():
        if only is None or stage.name in only:
            ctx.stage = stage.name  # provenance: what this stage finds records its registered name
            stage.run(ctx)
    return ctx.result()
