"""The one place IRIs are minted: deterministic, always valid.

Every IRI is ``BASE + kind + "/" + slug`` where the slug uses only
``[a-z0-9-]``, so quotes, spaces, ``<``, control or zero-width characters in a
name can never produce an invalid IRI.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from pyoxigraph import NamedNode

from kg.text.normalize import identity_key

BASE = "https://w3id.org/kg-id/resource/"
_MAX_SLUG = 72


@lru_cache(maxsize=1 << 16)
def slug(label: str) -> str:
    """An ASCII slug of a label's identity key, hashed where folding would lose information.

    >>> slug("Erik Setyo Santoso")
    'erik-setyo-santoso'
    >>> slug('<img src=x onerror=alert(1)>')
    'img-src-x-onerror-alert-1'
    >>> slug("Rp 1​000 – 東京")
    'rp-1000-12e56130'
    """
    key = identity_key(label)
    ascii_key = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", ascii_key).strip("-")
    if ascii_key != key or not text or len(text) > _MAX_SLUG:
        digest = hashlib.sha256(key.encode()).hexdigest()[:8]
        text = f"{text[:_MAX_SLUG].rstrip('-')}-{digest}".strip("-")
    return text


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:12]


def mint(kind: str, label: str) -> NamedNode:
    """IRI of an entity of ``kind`` (person, org, role, place, program, legislation)."""
    return NamedNode(f"{BASE}{kind}/{slug(label)}")


def article(key: str) -> NamedNode:
    """IRI of an article, from its stable key (``Article.key``)."""
    return NamedNode(f"{BASE}article/{key}")


def graph(key: str) -> NamedNode:
    """Named graph holding one article's statements."""
    return NamedNode(f"{BASE}graph/{key}")


def event(name: str, date: str | None, place: NamedNode | None = None) -> NamedNode:
    """The same event reported by two articles is one node.

    With a place, the identity is the day, the place and the first two words of the
    name ("Apel Kesiapan Satlinmas" and "Apel Kesiapan Satuan Perlindungan Masyarakat"
    at one stadium on one day are one event); without, the day and the whole name.
    """
    words = identity_key(name).split()
    key = f"{' '.join(words[:2])}|{place.value}" if place is not None and date else identity_key(name)
    return NamedNode(
        f"{BASE}event/{date or 'undated'}-{slug(' '.join(words[:6]))[:48].rstrip('-')}-{_hash(key)[:6]}"
    )


def membership(person: NamedNode, role: NamedNode, organization: NamedNode | None) -> NamedNode:
    org = organization.value if organization is not None else ""
    return NamedNode(f"{BASE}membership/{_hash(person.value, role.value, org)}")


def quotation(article_key: str, text: str, speaker: NamedNode) -> NamedNode:
    """One quotation node per article, words and speaker: two people saying the same words are two quotes."""
    return NamedNode(f"{BASE}quote/{article_key}-{_hash(identity_key(text), speaker.value)}")


def award(name: str, recipient: NamedNode | None) -> NamedNode:
    """One node per award named with its year (``Kota Layak Anak Kategori Nindya 2023``, ``Adipura
    2024``), whoever receives it: the cities a ministry's award goes to in one year are its
    recipients. An award named without one (``Opini WTP``, ``Peringkat I``) may be another year's
    or another contest's: one node per recipient."""
    owner = recipient.value if recipient is not None and not _names_an_award(name) else ""
    return NamedNode(f"{BASE}award/{slug(name)[:48].rstrip('-')}-{_hash(identity_key(name), owner)[:6]}")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _names_an_award(name: str) -> bool:
    """Whether an award's name tells it from others by itself: it holds its year."""
    return _YEAR.search(name) is not None


def evidence(article_key: str, start: int, end: int, subject: NamedNode) -> NamedNode:
    return NamedNode(f"{BASE}evidence/{article_key}-{start}-{end}-{_hash(subject.value)[:6]}")


def evidence_target(annotation: NamedNode) -> NamedNode:
    """The target (an ``oa:SpecificResource``) of an annotation in the full evidence form: ``<annotation#target>``."""
    return NamedNode(f"{annotation.value}#target")


def evidence_quote(annotation: NamedNode) -> NamedNode:
    """The ``oa:TextQuoteSelector`` of an annotation in the full evidence form: ``<annotation#quote>``."""
    return NamedNode(f"{annotation.value}#quote")


def evidence_position(annotation: NamedNode) -> NamedNode:
    """The ``oa:TextPositionSelector`` of an annotation in the full evidence form: ``<annotation#position>``."""
    return NamedNode(f"{annotation.value}#position")


#: the named graph of cross-article identity decisions (``skos:closeMatch`` links and the records of
#: merges, ``kgo:IdentityMerge``), rewritten by each resolution
IDENTITY_GRAPH = NamedNode(f"{BASE}graph/identity")


def identity_merge(node: str) -> NamedNode:
    """The record of the store-level merge of ``node`` into another node (``kgo:IdentityMerge``)."""
    return NamedNode(f"{BASE}identity/merge/{hashlib.sha256(node.encode()).hexdigest()[:16]}")


def label_choice(node: str) -> NamedNode:
    """The record of the primary label chosen for ``node`` among its articles' spellings (``kgo:LabelChoice``)."""
    return NamedNode(f"{BASE}identity/label/{hashlib.sha256(node.encode()).hexdigest()[:16]}")


def identity_link(node: str, candidate: str) -> NamedNode:
    """The record of ``node`` kept apart from ``candidate`` and linked to it by ``skos:closeMatch`` (``kgo:IdentityLink``)."""
    digest = hashlib.sha256(f"{node}\x1f{candidate}".encode()).hexdigest()[:16]
    return NamedNode(f"{BASE}identity/link/{digest}")


def identity_resolution(digest: str) -> NamedNode:
    """The identity resolution over the articles whose content hashes give ``digest`` (``kgo:IdentityResolution``)."""
    return NamedNode(f"{BASE}identity/resolution/{digest[:16]}")


#: the named graph of network scores (``kg analyze --write``), replaced by each run
SCORES_GRAPH = NamedNode(f"{BASE}analysis/scores")
#: the graph a SPARQL server keeps the merged statements in (``kg push``)
MERGED_GRAPH = NamedNode(f"{BASE}merged")
#: the graph on a SPARQL server that records what ``kg push`` sent (article graph -> digest)
PUSH_STATE_GRAPH = NamedNode(f"{BASE}push-state")


def score(node: str, metric: str) -> NamedNode:
    """The score node of ``metric`` for ``node`` (``kgo:score``)."""
    digest = hashlib.sha256(f"{node}\x1f{metric}".encode()).hexdigest()[:16]
    return NamedNode(f"{BASE}score/{metric.replace(':', '-')}/{digest}")


def span(article_node: NamedNode, start: int, end: int) -> NamedNode:
    """An RFC 5147 fragment IRI of a stretch of an article's text: ``<article-iri#char=start,end>``.

    Offsets count characters (code points) of the article body as given, as Python's and
    SPARQL's string functions do.

    >>> span(article("3f2a"), 120, 138).value
    'https://w3id.org/kg-id/resource/article/3f2a#char=120,138'
    """
    return NamedNode(f"{article_node.value}#char={start},{end}")


def parse_span(iri: str) -> tuple[str, int, int] | None:
    """The article IRI and offsets of a fragment IRI made by :func:`span`; ``None`` for any other IRI.

    >>> parse_span("https://w3id.org/kg-id/resource/article/3f2a#char=120,138")
    ('https://w3id.org/kg-id/resource/article/3f2a', 120, 138)
    >>> parse_span("https://w3id.org/kg-id/resource/evidence/x#target") is None
    True
    """
    found = _SPAN.fullmatch(iri)
    return (found[1], int(found[2]), int(found[3])) if found else None


_SPAN = re.compile(r"(.+)#char=(\d+),(\d+)")
