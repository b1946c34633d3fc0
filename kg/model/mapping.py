"""Records to RDF: one article's :class:`~kg.records.Extraction` as triples of the published data model.

Implements ``docs/data-model.md``: schema.org for articles, persons, places,
events and quotations; W3C ORG for organisations, roles and memberships;
PROV-O for derivation; SKOS for labels; Web Annotations for evidence, in one of two forms
(:class:`Evidence`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum

from pyoxigraph import Literal, NamedNode, Triple

from kg.model import iris
from kg.model.vocab import KGO, NODE_CLASSES, OA, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD
from kg.records import Article, Entity, EntityType, Event, Extraction, Span

#: makes one mention's annotation: ``_compact_evidence`` or ``_full_evidence``
_Annotate = Callable[..., Iterator[Triple]]

# Which IRI kind, extra classes and primary-label property each entity type gets; its own
# class is kg.model.vocab.NODE_CLASSES[type].
_KIND = {
    entity_type: (kind, (NODE_CLASSES[entity_type.value], *extra), label)
    for entity_type, kind, extra, label in (
        (EntityType.PERSON, "person", (), SCHEMA.name),
        (EntityType.ORGANIZATION, "org", (SCHEMA.Organization,), SKOS.prefLabel),
        (EntityType.PLACE, "place", (), SCHEMA.name),
        (EntityType.PROGRAM, "program", (), SCHEMA.name),
        (EntityType.LEGISLATION, "legislation", (), SCHEMA.name),
        (EntityType.ROLE, "role", (), SKOS.prefLabel),
    )
}


class Evidence(str, Enum):
    """How a mention's Web Annotation targets its span (``docs/data-model.md``, provenance).

    ``compact`` (the default): the target is an RFC 5147 fragment IRI of the article,
    ``<article-iri#char=120,138>``, and the article's text is stated once as its
    ``schema:articleBody``, so the span and its sentence are cut from it by offset (4 or 5
    statements per mention). ``full``: a ``oa:SpecificResource`` with a
    ``oa:TextQuoteSelector`` (exact words, with the rest of the sentence as prefix and
    suffix) and a ``oa:TextPositionSelector`` (11 to 14 statements per mention).
    """

    COMPACT = "compact"
    FULL = "full"


#: the predicates of a node's primary label: one per node across articles (``kg.resolve.labels``)
PRIMARY_LABELS = frozenset(p.value for p in (SCHEMA.name, SKOS.prefLabel, RDFS.label))
#: the statement that marks an article as stored (``kg.store.Store.put_articles`` writes it last)
STORED_MARK = KGO.contentHash.value


@dataclass(frozen=True)
class Statements:
    """One article's statements as N-Triples text: cheap to make in a worker and to send to the writer.

    ``lines``: every statement but the stored mark, de-duplicated, one
    ``subject predicate object .`` line each (pyoxigraph's canonical N-Triples).
    ``mark``: the :data:`STORED_MARK` line(s).
    """

    lines: str
    mark: str


def statements(extraction: Extraction, evidence: Evidence = Evidence.COMPACT) -> Statements:
    """:func:`triples` of one article as :class:`Statements`."""
    return statements_of(triples(extraction, evidence))


def statements_of(triples: Iterable[Triple]) -> Statements:
    """Sort statements into :class:`Statements` (see there): the stored mark, the rest."""
    lines: dict[str, None] = {}
    marks: dict[str, None] = {}
    for t in triples:
        (marks if t.predicate.value == STORED_MARK else lines)[f"{t} .\n"] = None
    return Statements("".join(lines), "".join(marks))


def entity_iri(entity: Entity) -> NamedNode:
    """The node of an entity: minted from its type and canonical name, so articles share it."""
    return iris.mint(_KIND[entity.type][0], entity.name)


def _text(value: str) -> Literal:
    return Literal(value)


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.dateTime if "T" in value else XSD.date)


def triples(extraction: Extraction, evidence: Evidence = Evidence.COMPACT) -> Iterator[Triple]:
    """All statements of one article, in a deterministic order, with evidence in the given form."""
    article = extraction.article
    node = iris.article(article.key)
    annotate: _Annotate = _compact_evidence if evidence is Evidence.COMPACT else _full_evidence
    yield from _article(article, node)
    if evidence is Evidence.COMPACT:
        yield Triple(node, SCHEMA.articleBody, _text(article.text))
    for entity in extraction.entities:
        yield from _entity(entity, article, node, annotate)
    for membership in extraction.memberships:
        person, role = entity_iri(membership.person), entity_iri(membership.role)
        org = entity_iri(membership.organization) if membership.organization else None
        m = iris.membership(person, role, org)
        yield Triple(m, RDF.type, ORG.Membership)
        yield Triple(m, ORG.member, person)
        yield Triple(m, ORG.role, role)
        if org is not None:
            yield Triple(m, ORG.organization, org)
        yield Triple(m, PROV.wasDerivedFrom, node)
        yield Triple(m, KGO.tenure, _text(membership.tenure))
        yield from annotate(article, node, m, membership.span)
        # the days the article attests the office; org:memberDuring is kept for a term of office the
        # text states, which kg does not extract yet (docs/data-model.md: never the attested days)
        for day in sorted({d for d in _attested_dates(extraction, membership.person) if d}):
            yield Triple(m, KGO.attestedOn, _date(day))
    for event in extraction.events:
        yield from _event(event, article, node, annotate)
    for quote in extraction.quotes:
        q = iris.quotation(article.key, quote.text, entity_iri(quote.speaker))
        yield Triple(q, RDF.type, SCHEMA.Quotation)
        yield Triple(q, SCHEMA.text, _text(quote.text))
        yield Triple(q, SCHEMA.creator, entity_iri(quote.speaker))
        yield Triple(q, SCHEMA.isPartOf, node)
        yield Triple(q, PROV.wasDerivedFrom, node)
        yield from annotate(article, node, q, quote.span)
    for award in extraction.awards:
        recipient = entity_iri(award.recipient) if award.recipient else None
        a = iris.award(award.name, recipient)
        yield Triple(a, RDF.type, KGO.Award)
        yield Triple(a, SCHEMA.name, _text(award.name))
        yield Triple(a, RDFS.label, _text(award.name))
        for alias in award.aliases:
            if alias != award.name:
                yield Triple(a, SKOS.altLabel, _text(alias))
        yield Triple(a, PROV.wasDerivedFrom, node)
        yield Triple(node, SCHEMA.mentions, a)
        if recipient is not None:
            # kgo:awardedTo is the ontology's term; schema:recipient / schema:award state the
            # same link in schema.org words for queries that do not know ours
            yield Triple(a, KGO.awardedTo, recipient)
            yield Triple(a, SCHEMA.recipient, recipient)
            yield Triple(recipient, SCHEMA.award, a)
        if award.conferred_by is not None:
            yield Triple(a, KGO.conferredBy, entity_iri(award.conferred_by))
            yield Triple(a, SCHEMA.provider, entity_iri(award.conferred_by))
        yield from annotate(article, node, a, award.span)


def _attested_dates(extraction: Extraction, person: Entity) -> Iterator[str | None]:
    """Days a person's role is attested in this article: its publication date and its events."""
    yield extraction.article.date
    for event in extraction.events:
        if any(p is person for p in event.performers + event.attendees):
            yield event.date


def _article(article: Article, node: NamedNode) -> Iterator[Triple]:
    yield Triple(node, RDF.type, SCHEMA.NewsArticle)
    yield Triple(node, SCHEMA.headline, _text(article.title))
    yield Triple(node, KGO.contentHash, _text(article.content_hash))
    if article.url:
        yield Triple(node, SCHEMA.url, _text(article.url))
    if article.date:
        yield Triple(node, SCHEMA.datePublished, _date(article.date))


def _entity(
    entity: Entity, article: Article, article_node: NamedNode, annotate: _Annotate
) -> Iterator[Triple]:
    _, classes, label = _KIND[entity.type]
    node = entity_iri(entity)
    for cls in classes:
        yield Triple(node, RDF.type, cls)
    if entity.government:
        yield Triple(node, RDF.type, SCHEMA.GovernmentOrganization)
    yield Triple(node, label, _text(entity.name))
    yield Triple(node, RDFS.label, _text(entity.name))
    for alias in sorted(entity.aliases - {entity.name}):
        yield Triple(node, SKOS.altLabel, _text(alias))
    for prefix in entity.honorific_prefix:
        yield Triple(node, SCHEMA.honorificPrefix, _text(prefix))
    for suffix in entity.honorific_suffix:
        yield Triple(node, SCHEMA.honorificSuffix, _text(suffix))
    if entity.parent is not None:
        relation = SCHEMA.containedInPlace if entity.type is EntityType.PLACE else ORG.subOrganizationOf
        yield Triple(node, relation, entity_iri(entity.parent))
    if entity.identifier:
        prop = SCHEMA.legislationIdentifier if entity.type is EntityType.LEGISLATION else KGO.regionCode
        yield Triple(node, prop, _text(entity.identifier))
    if entity.passed_by is not None:
        yield Triple(node, SCHEMA.legislationPassedBy, entity_iri(entity.passed_by))
    yield Triple(node, PROV.wasDerivedFrom, article_node)
    if entity.type is not EntityType.ROLE and entity.mentions:
        # implied entities (a unit's parent government, a venue's region) are stated but not "mentioned"
        yield Triple(article_node, SCHEMA.mentions, node)
    for mention in entity.mentions:
        yield from annotate(article, article_node, node, mention.span, mention.extractor, mention.confidence)


def _event(event: Event, article: Article, article_node: NamedNode, annotate: _Annotate) -> Iterator[Triple]:
    node = iris.event(
        event.name, event.date, entity_iri(event.location) if event.location is not None else None
    )
    yield Triple(node, RDF.type, SCHEMA.Event)
    if event.kind != "Event":
        yield Triple(node, RDF.type, KGO[event.kind])
    yield Triple(node, SCHEMA.name, _text(event.name))
    yield Triple(node, RDFS.label, _text(event.name))
    if event.date:
        yield Triple(node, SCHEMA.startDate, _date(event.date))
    if event.end_date:
        yield Triple(node, SCHEMA.endDate, _date(event.end_date))
    if event.location is not None:
        yield Triple(node, SCHEMA.location, entity_iri(event.location))
    if event.organizer is not None:
        yield Triple(node, SCHEMA.organizer, entity_iri(event.organizer))
    for performer in event.performers:
        yield Triple(node, SCHEMA.performer, entity_iri(performer))
    for attendee in event.attendees:
        yield Triple(node, SCHEMA.attendee, entity_iri(attendee))
    for topic in event.about:
        yield Triple(node, SCHEMA.about, entity_iri(topic))
    yield Triple(node, PROV.wasDerivedFrom, article_node)
    yield Triple(article_node, SCHEMA.mentions, node)
    yield from annotate(article, article_node, node, event.span)


_CONTEXT = 160


def sentence_context(text: str, start: int, end: int) -> tuple[str, str]:
    """The rest of the sentence around a span (Web Annotation ``oa:prefix`` / ``oa:suffix``).

    >>> sentence_context("Satu. Wali Kota hadir di sini. Dua.", 6, 15)
    ('', ' hadir di sini.')
    """
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - _CONTEXT)
    left = left + 1 if left >= 0 and text[left] in ".\n" else max(left, 0)
    stops = [p for p in (text.find(". ", end), text.find("\n", end)) if p >= 0]
    right = min([*stops, end + _CONTEXT, len(text)])
    right = right + 1 if right < len(text) and text[right] == "." else right
    return text[left:start].lstrip(), text[end:right]


def _annotation(ann: NamedNode, subject: NamedNode, target: NamedNode) -> Iterator[Triple]:
    """The three statements every evidence annotation opens with, in either form."""
    yield Triple(ann, RDF.type, OA.Annotation)
    yield Triple(ann, OA.hasBody, subject)
    yield Triple(ann, OA.hasTarget, target)


def _compact_evidence(
    article: Article,
    article_node: NamedNode,
    subject: NamedNode,
    span: Span,
    extractor: str | None = None,
    confidence: float | None = None,
) -> Iterator[Triple]:
    """A Web Annotation whose body is ``subject`` and whose target is the span's fragment IRI."""
    ann = iris.evidence(article.key, span.start, span.end, subject)
    yield from _annotation(ann, subject, iris.span(article_node, span.start, span.end))
    yield from _annotation_details(ann, extractor, confidence)


def _full_evidence(
    article: Article,
    article_node: NamedNode,
    subject: NamedNode,
    span: Span,
    extractor: str | None = None,
    confidence: float | None = None,
) -> Iterator[Triple]:
    """A Web Annotation whose body is ``subject`` and whose target selects the span of the article text."""
    ann = iris.evidence(article.key, span.start, span.end, subject)
    target, quote, position = iris.evidence_target(ann), iris.evidence_quote(ann), iris.evidence_position(ann)
    yield from _annotation(ann, subject, target)
    yield Triple(target, RDF.type, OA.SpecificResource)
    yield Triple(target, OA.hasSource, article_node)
    yield Triple(target, OA.hasSelector, quote)
    yield Triple(target, OA.hasSelector, position)
    yield Triple(quote, RDF.type, OA.TextQuoteSelector)
    yield Triple(quote, OA.exact, _text(span.text))
    prefix, suffix = sentence_context(article.text, span.start, span.end)
    if prefix:
        yield Triple(quote, OA.prefix, _text(prefix))
    if suffix:
        yield Triple(quote, OA.suffix, _text(suffix))
    yield Triple(position, RDF.type, OA.TextPositionSelector)
    yield Triple(position, OA.start, Literal(str(span.start), datatype=XSD.integer))
    yield Triple(position, OA.end, Literal(str(span.end), datatype=XSD.integer))
    yield from _annotation_details(ann, extractor, confidence)


def _annotation_details(ann: NamedNode, extractor: str | None, confidence: float | None) -> Iterator[Triple]:
    if extractor:
        yield Triple(ann, KGO.extractor, _text(extractor))
    if confidence is not None:
        yield Triple(ann, KGO.confidence, Literal(f"{confidence:.3f}", datatype=XSD.decimal))
