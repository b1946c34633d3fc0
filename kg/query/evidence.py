"""Reading evidence back: a mention's exact words and the sentence around them, in either evidence form.

A mention's Web Annotation (``docs/data-model.md``, provenance) targets its span either with
selectors (``kg build --evidence full``: ``oa:exact`` with the rest of the sentence as
``oa:prefix``/``oa:suffix``, and ``oa:start``/``oa:end``) or with an RFC 5147 fragment IRI of
the article (the compact default, ``<article-iri#char=120,138>``), whose words and sentence are
cut from the article's ``schema:articleBody``. Every reader (``kg explain``, the pages, ``kg
export --format mentions``, ``kg serve``) puts :data:`TARGET` after a pattern binding ``?ann``
and turns each row into a :class:`Quote` with :class:`Quotes`.

In SPARQL alone, the compact form's words are
``SUBSTR(?body, ?start + 1, ?end - ?start)`` with ``?start``/``?end`` read from the fragment
(see the README).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass

from kg.model import iris
from kg.model.mapping import sentence_context
from kg.model.vocab import SCHEMA
from kg.store import Store

#: Binds, for an annotation ``?ann``: its target ``?t``, the article ``?a``, and in the full form
#: ``?exact`` (with ``?prefix``, ``?suffix``, ``?start``, ``?end`` where stated). Needs the ``oa:`` prefix.
TARGET = """?ann oa:hasTarget ?t .
    OPTIONAL { ?t oa:hasSelector ?sel . ?sel a oa:TextQuoteSelector ; oa:exact ?exact .
               OPTIONAL { ?sel oa:prefix ?prefix } OPTIONAL { ?sel oa:suffix ?suffix } }
    OPTIONAL { ?t oa:hasSelector ?pos . ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }
    OPTIONAL { ?t oa:hasSource ?source }
    BIND(COALESCE(?source, IRI(STRBEFORE(STR(?t), "#char="))) AS ?a)"""

#: the variables of :data:`TARGET` a reader selects to build :class:`Quote`s
TARGET_VARIABLES = "?t ?a ?exact ?prefix ?suffix ?start ?end"


@dataclass(frozen=True)
class Quote:
    """The words an annotation points at, with the rest of their sentence before and after."""

    article: str
    start: int | None
    end: int | None
    exact: str
    prefix: str = ""
    suffix: str = ""

    @property
    def sentence(self) -> str:
        """The supporting sentence, spaces collapsed."""
        return " ".join(f"{self.prefix}{self.exact}{self.suffix}".split())

    @property
    def marked(self) -> str:
        """``prefix[exact]suffix``, spaces collapsed (``kg explain``'s form)."""
        return " ".join(f"{self.prefix}[{self.exact}]{self.suffix}".split())


class Quotes:
    """Turns rows of :data:`TARGET` (plain values) into :class:`Quote`s, reading article texts as needed.

    Keeps the last few texts read: readers that order their rows by article read each text once.
    """

    def __init__(self, store: Store, keep: int = 8) -> None:  # or a RemoteStore: only ``select`` is used
        self.store, self.keep = store, keep
        self._bodies: OrderedDict[str, str | None] = OrderedDict()

    def quote(self, row: Mapping[str, str]) -> Quote | None:
        """The quote of one row; ``None`` when its target is neither form (or its text is missing)."""
        if "exact" in row:
            first, last = row.get("start"), row.get("end")
            return Quote(
                row.get("a", ""),
                int(first) if first is not None else None,
                int(last) if last is not None else None,
                row["exact"],
                row.get("prefix", ""),
                row.get("suffix", ""),
            )
        parsed = iris.parse_span(row.get("t", ""))
        if parsed is None:
            return None
        article, start, end = parsed
        body = self._body(article)
        if body is None or not 0 <= start <= end <= len(body):
            return None
        prefix, suffix = sentence_context(body, start, end)
        return Quote(article, start, end, body[start:end], prefix, suffix)

    def _body(self, article: str) -> str | None:
        if article in self._bodies:
            self._bodies.move_to_end(article)
            return self._bodies[article]
        rows = self.store.select(
            f"SELECT ?body WHERE {{ <{article}> <{SCHEMA.articleBody.value}> ?body }} LIMIT 1"
        )
        body = self._bodies[article] = rows[0]["body"] if rows and "body" in rows[0] else None
        if len(self._bodies) > self.keep:
            self._bodies.popitem(last=False)
        return body
