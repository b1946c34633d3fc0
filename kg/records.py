"""Frozen records passed between the stages of the pipeline.

Ingest yields :class:`Article`; extraction yields one :class:`Extraction` per
article, made of entity records (:class:`Entity`) and relation records
(:class:`Membership`, :class:`Event`, :class:`Quote`, :class:`Award`), each
carrying the :class:`Span` of text that supports it. Mapping to RDF
(``kg.model.mapping``) reads only these records.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum


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


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
