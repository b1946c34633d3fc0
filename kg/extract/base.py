"""The extractor registry: named stages run in order over one article's context.

Built-in stages register through the same decorator a plug-in would use;
``kg extractors`` lists them. A stage reads what earlier stages found in the
:class:`~kg.extract.context.Context` and adds its own findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from kg.extract.context import Context
from kg.gazetteer import regions
from kg.ingest.pubdate import parse_publication_date
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
    """Run every registered stage (or those named in ``only``) over one article.

    A publication date not written as ISO ("20/10/2025", "10/20/2025", "Selasa, 21 Okt 2025") is
    read as the input readers read it (day first where both orders fit); one that is no date at
    all is a ``ValueError`` that says so.
    """
    ctx = Context(_with_iso_date(article))
    with regions.reading(ctx.text):  # "Kabupaten Penajam Paser Utara (PPU)": "PPU" is that regency here
        for stage in extractors():
            if only is None or stage.name in only:
                ctx.stage = stage.name  # provenance: what this stage finds records its registered name
                stage.run(ctx)
        return ctx.result()


def _with_iso_date(article: Article) -> Article:
    """The article with its publication date as ``YYYY-MM-DD``."""
    if article.date is None or _ISO_DATE.fullmatch(article.date):
        return article
    iso = parse_publication_date(article.date) or parse_publication_date(article.date, "mdy")
    if iso is None:
        raise ValueError(
            f"article {article.title!r}: publication date {article.date!r} is no date (write YYYY-MM-DD)"
        )
    return replace(article, date=iso)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
