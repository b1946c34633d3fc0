"""The records passed between the stages of the pipeline.

Ingest yields :class:`Article`; extraction yields one :class:`Extraction` per
article, made of entity records (:class:`Entity`) and relation records
(:class:`Membership`, :class:`Event`, :class:`Quote`, :class:`Award`), each
carrying the :class:`Span` of text that supports it. Mapping to RDF
(``kg.model.mapping``) reads only these records.

What may change, and where: :class:`Article`, :class:`Span`, :class:`Mention`,
:class:`Membership`, :class:`Quote`, :class:`Award` and :class:`Extraction` are
frozen. :class:`Entity` and :class:`Event` are built up by the extraction stages while
one article's :class:`~kg.extract.context.Context` holds them (an entity gains aliases,
mentions, a parent; an event its participants; ``kg.extract.decide.prune`` drops what
leans on a pruned node), and nothing changes them once ``Context.result()`` has made
the :class:`Extraction`.

An :class:`Extraction` serialises to JSON and back (:meth:`Extraction.to_json`,
:meth:`Extraction.from_json`), so a worker can ship it and a user can save it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class EntityType(str, Enum):
    """What an entity node is; the value is the ontology class local name."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    PROGRAM = "Program"
    LEGISLATION = "Legislation"
    ROLE = "Role"


@dataclass(frozen=True)
class Article:
    """One news article as read from the input.

    ``text`` is the body exactly as given (offsets of every span refer to it);
    ``source`` names the file it came from, for messages.
    """

    title: str
    text: str
    url: str | None = None
    date: str | None = None  # ISO date of publication, when known
    source: str = ""
    id: str | None = None  # set by the pipeline when two articles share a headline

    @property
    def content_hash(self) -> str:
        """Hash of title and body: the identity of this version of the article."""
        digest = hashlib.sha256(f"{self.title}\n\n{self.text}".encode()).hexdigest()
        return digest[:16]

    @property
    def key(self) -> str:
        """Stable identity across versions: the URL when known, else the headline.

        A changed body under the same key replaces the earlier version's statements.
        """
        if self.id:
            return self.id
        basis = self.url or " ".join(self.title.split()).casefold()
        return hashlib.sha256(basis.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Span:
    """A stretch of an article body: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """One surface form of an entity in an article (for the mentions export and evidence)."""

    span: Span
    extractor: str
    #: How sure the extractor is (0-1): set by decisions on statistical candidates
    #: (``kg.extract.decide``); ``None`` for a rule's match. Kept as ``kgo:confidence``.
    confidence: float | None = None


@dataclass
class Entity:
    """An entity found in one article, before cross-article merging.

    ``name`` is the canonical label; ``aliases`` other surface forms. ``key`` is
    the normalised identity that ``kg.model.iris`` mints an IRI from, so two
    articles naming the same person, organisation or role yield one node.
    """

    type: EntityType
    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    honorific_prefix: tuple[str, ...] = ()
    honorific_suffix: tuple[str, ...] = ()
    government: bool = False  # an organisation of the state (schema:GovernmentOrganization)
    parent: Entity | None = None  # org:subOrganizationOf / schema:containedInPlace
    identifier: str | None = None  # legislation number, region code
    passed_by: Entity | None = None  # legislation: schema:legislationPassedBy

    @property
    def key(self) -> str:
        from kg.text.normalize import identity_key

        return identity_key(self.name)

    def mention(self, span: Span, extractor: str, *, alias: bool = True) -> None:
        """Record a mention; its text becomes an alias unless it only implies the entity."""
        if alias and span.text and span.text != self.name:
            self.aliases.add(span.text)
        self.mentions.append(Mention(span, extractor))


@dataclass(frozen=True)
class Membership:
    """``person`` holds ``role`` in ``organization`` (``org:Membership``).

    ``tenure`` is ``"acting"`` for Pj./Plt./Plh./Pjs. forms, ``"former"`` for
    mantan/eks, else ``"regular"``.
    """

    person: Entity
    role: Entity
    organization: Entity | None
    span: Span
    tenure: str = "regular"


@dataclass
class Event:
    """Something that happened on a day (``schema:Event``)."""

    name: str
    kind: str  # ontology subclass local name: Meeting, Ceremony, Election, Visit, Event ...
    date: str | None
    span: Span
    location: Entity | None = None
    performers: list[Entity] = field(default_factory=list)
    attendees: list[Entity] = field(default_factory=list)
    organizer: Entity | None = None
    about: list[Entity] = field(default_factory=list)
    end_date: str | None = None


@dataclass(frozen=True)
class Quote:
    """A direct quotation (``schema:Quotation``) and who said it."""

    text: str
    speaker: Entity
    span: Span


@dataclass(frozen=True)
class Award:
    """An award (``kgo:Award``) with its recipient and, when stated, who confers it."""

    name: str
    span: Span
    recipient: Entity | None = None
    conferred_by: Entity | None = None
    #: other names the article writes it by ("... Tahun 2024" of "... 2024": ``skos:altLabel``)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data; entities are listed once and referred to by their index."""
        return _ExtractionCodec().encode(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """The extraction :meth:`to_dict` described (equal to the original)."""
        return _ExtractionCodec().decode(data)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Extraction:
        return cls.from_dict(json.loads(text))


#: the version of :meth:`Extraction.to_dict`'s layout
EXTRACTION_FORMAT = "kg-extraction/1"


def _span(span: Span) -> list[Any]:
    return [span.start, span.end, span.text]


class _ExtractionCodec:
    """Entities form a graph (parents, participants, speakers): each becomes a row of one
    table and every reference its row number; entities reached only through a reference
    (a parent body) are rows too, marked ``listed: false``."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.index: dict[int, int] = {}
        self.entities: list[Entity] = []

    # -- encoding ----------------------------------------------------------------------------

    def ref(self, entity: Entity | None) -> int | None:
        if entity is None:
            return None
        if id(entity) not in self.index:
            self.index[id(entity)] = len(self.rows)
            row: dict[str, Any] = {}
            self.rows.append(row)
            row.update(
                type=entity.type.value,
                name=entity.name,
                aliases=sorted(entity.aliases),
                mentions=[[*_span(m.span), m.extractor, m.confidence] for m in entity.mentions],
                honorific_prefix=list(entity.honorific_prefix),
                honorific_suffix=list(entity.honorific_suffix),
                government=entity.government,
                parent=self.ref(entity.parent),
                identifier=entity.identifier,
                passed_by=self.ref(entity.passed_by),
                listed=False,
            )
        return self.index[id(entity)]

    def encode(self, extraction: Extraction) -> dict[str, Any]:
        listed = [self.ref(e) for e in extraction.entities]
        for i in listed:
            assert i is not None
            self.rows[i]["listed"] = True
        a = extraction.article
        return {
            "format": EXTRACTION_FORMAT,
            "article": {
                "title": a.title,
                "text": a.text,
                "url": a.url,
                "date": a.date,
                "source": a.source,
                "id": a.id,
            },
            "entities": self.rows,
            "order": listed,
            "memberships": [
                {
                    "person": self.ref(m.person),
                    "role": self.ref(m.role),
                    "organization": self.ref(m.organization),
                    "span": _span(m.span),
                    "tenure": m.tenure,
                }
                for m in extraction.memberships
            ],
            "events": [
                {
                    "name": e.name,
                    "kind": e.kind,
                    "date": e.date,
                    "span": _span(e.span),
                    "location": self.ref(e.location),
                    "performers": [self.ref(p) for p in e.performers],
                    "attendees": [self.ref(p) for p in e.attendees],
                    "organizer": self.ref(e.organizer),
                    "about": [self.ref(p) for p in e.about],
                    "end_date": e.end_date,
                }
                for e in extraction.events
            ],
            "quotes": [
                {"text": q.text, "speaker": self.ref(q.speaker), "span": _span(q.span)}
                for q in extraction.quotes
            ],
            "awards": [
                {
                    "name": w.name,
                    "span": _span(w.span),
                    "recipient": self.ref(w.recipient),
                    "conferred_by": self.ref(w.conferred_by),
                    "aliases": list(w.aliases),
                }
                for w in extraction.awards
            ],
        }

    # -- decoding ----------------------------------------------------------------------------

    def get(self, i: int | None) -> Entity | None:
        return None if i is None else self.entities[i]

    def must(self, i: int) -> Entity:
        return self.entities[i]

    def decode(self, data: dict[str, Any]) -> Extraction:
        if data.get("format") != EXTRACTION_FORMAT:
            raise ValueError(f"not a {EXTRACTION_FORMAT} extraction (format: {data.get('format')!r})")
        rows = data["entities"]
        self.entities = [
            Entity(
                EntityType(r["type"]),
                r["name"],
                set(r["aliases"]),
                [Mention(Span(s, e, t), x, c) for s, e, t, x, c in r["mentions"]],
                tuple(r["honorific_prefix"]),
                tuple(r["honorific_suffix"]),
                r["government"],
                identifier=r["identifier"],
            )
            for r in rows
        ]
        for entity, r in zip(self.entities, rows, strict=True):  # references, once every entity exists
            entity.parent = self.get(r["parent"])
            entity.passed_by = self.get(r["passed_by"])
        return Extraction(
            Article(**data["article"]),
            entities=[self.must(i) for i in data["order"]],
            memberships=[
                Membership(
                    self.must(m["person"]),
                    self.must(m["role"]),
                    self.get(m["organization"]),
                    Span(*m["span"]),
                    m["tenure"],
                )
                for m in data["memberships"]
            ],
            events=[
                Event(
                    e["name"],
                    e["kind"],
                    e["date"],
                    Span(*e["span"]),
                    self.get(e["location"]),
                    [self.must(i) for i in e["performers"]],
                    [self.must(i) for i in e["attendees"]],
                    self.get(e["organizer"]),
                    [self.must(i) for i in e["about"]],
                    e["end_date"],
                )
                for e in data["events"]
            ],
            quotes=[Quote(q["text"], self.must(q["speaker"]), Span(*q["span"])) for q in data["quotes"]],
            awards=[
                Award(
                    w["name"],
                    Span(*w["span"]),
                    self.get(w["recipient"]),
                    self.get(w["conferred_by"]),
                    tuple(w.get("aliases", ())),
                )
                for w in data["awards"]
            ],
        )
