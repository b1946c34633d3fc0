"""Identity across articles: a one-word name joins the full name only when exactly one person fits.

Within an article, ``Purbaya`` after ``Menteri Keuangan Purbaya Yudhi Sadewa``
is resolved by coreference (``kg.resolve.coref``). Across articles, one
article may only ever write ``Purbaya`` while others write the full name:
two nodes for one person. After a build, every one-word person name in the
store is compared with the store's full names:

- exactly one full name contains the word as one of its names, and the two
  nodes share a role, an organisation, or an organisation named in their
  articles → one node: the short node's statements move to the full node and its
  name becomes a ``skos:altLabel``;
- otherwise (two full names fit, or nothing but the word is shared) → the nodes
  stay apart, linked by ``skos:closeMatch`` for a researcher to review.

Names are compared on their identity keys, so degrees, ranks and honorifics
(already stripped into their own properties by ``kg.extract.names``) and case
play no part. The decision reads the whole store in sorted order, so building
the same articles in any order gives the same nodes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pyoxigraph import DefaultGraph, NamedNode, Quad

from kg.extract.variants import short_forms
from kg.model.iris import IDENTITY_GRAPH
from kg.model.vocab import RDFS, SCHEMA, SKOS
from kg.query import named
from kg.store import Store
from kg.text.normalize import identity_key

#: Words too short or too common to identify anybody on their own.
_MIN_LENGTH = 3


@dataclass(frozen=True)
class Person:
    """A person node as the resolver sees it: its IRI, its name and what it is linked to."""

    iri: str
    name: str
    context: frozenset[str] = frozenset()  # IRIs of roles, organisations, co-mentioned organisations

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(identity_key(self.name).split())


@dataclass(frozen=True)
class Link:
    """A decision about a short name: ``merge`` into ``target``, or only a ``closeMatch``."""

    source: str
    target: str
    merge: bool
    reason: str


def decide_links(persons: Iterable[Person]) -> list[Link]:
    """The merges and close matches among ``persons`` (pure: no store involved).

    >>> full = Person("p/purbaya-yudhi-sadewa", "Purbaya Yudhi Sadewa", frozenset({"org/kemenkeu"}))
    >>> short = Person("p/purbaya", "Purbaya", frozenset({"org/kemenkeu"}))
    >>> [(l.source, l.target, l.merge) for l in decide_links([full, short])]
    [('p/purbaya', 'p/purbaya-yudhi-sadewa', True)]
    >>> two = [Person("p/erik-a", "Erik Setyo"), Person("p/erik-b", "Erik Thohir"), Person("p/erik", "Erik")]
    >>> [(l.target, l.merge) for l in decide_links(two)]
    [('p/erik-a', False), ('p/erik-b', False)]
    """
    people = sorted(persons, key=lambda p: p.iri)
    by_word: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        if len(person.words) > 1:
            for word in set(person.words):
                if len(word) >= _MIN_LENGTH:
                    by_word[word].append(person)
    links: list[Link] = []
    for person in people:
        if len(person.words) != 1 or len(person.words[0]) < _MIN_LENGTH:
            continue
        candidates = by_word.get(person.words[0], [])
        if len(candidates) == 1 and person.context & candidates[0].context:
            links.append(
                Link(person.iri, candidates[0].iri, True, "the only full name with this word, shared context")
            )
            continue
        reason = "one of several full names with this word" if len(candidates) > 1 else "no shared context"
        links.extend(Link(person.iri, c.iri, False, reason) for c in candidates)
    return links


# -- the store ------------------------------------------------------------------------


def _persons(store: Store) -> list[Person]:
    rows = store.select(named.PERSON_NAMES)
    names: dict[str, str] = {}
    for row in rows:
        names.setdefault(row["p"], row["name"])
    return [Person(iri, name) for iri, name in names.items()]


def _contexts(store: Store, iris_: Iterable[str]) -> dict[str, set[str]]:
    """Roles and organisations of each person's memberships, and organisations named in their articles."""
    values = " ".join(f"<{iri}>" for iri in sorted(iris_))
    if not values:
        return {}
    rows = store.select(named.person_contexts(values))
    found: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        found[row["p"]].add(row["x"])
    return found


def alias_links(nodes: Mapping[str, tuple[str, frozenset[str]]]) -> list[Link]:
    """Short forms across articles: a node named only by what exactly one other node has as an alias.

    ``MBG`` in an article that never spells it out is the programme another article
    defines as ``Makan Bergizi Gratis (MBG)``, when no other node of the type has that alias.
    ``nodes`` maps IRI → (name, aliases), all of one type.

    >>> nodes = {"p/mbg": ("MBG", frozenset()), "p/makan": ("Makan Bergizi Gratis", frozenset({"MBG"}))}
    >>> [(l.source, l.target) for l in alias_links(nodes)]
    [('p/mbg', 'p/makan')]
    """
    by_alias: dict[str, list[str]] = defaultdict(list)
    for iri, (_, aliases) in sorted(nodes.items()):
        for alias in {identity_key(a) for a in aliases}:
            by_alias[alias].append(iri)
    links = []
    for iri, (name, _) in sorted(nodes.items()):
        holders = [h for h in by_alias.get(identity_key(name), []) if h != iri]
        if len(holders) == 1 and identity_key(nodes[holders[0]][0]) != identity_key(name):
            links.append(Link(iri, holders[0], True, "named by the only other node's alias"))
    return [link for link in links if link.target not in {x.source for x in links}]


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper()).upper()


def acronym_links(nodes: Mapping[str, tuple[str, frozenset[str]]], weight: Mapping[str, int]) -> list[Link]:
    """Spellings of one programme across articles: long names sharing the acronym both spell.

    ``Makan Bergizi Gratis (MBG)`` and ``Makanan Bergizi Gratis (MBG)``: the acronym names one
    programme; the node most articles use keeps its name (ties: the smaller IRI).

    >>> nodes = {"p/a": ("Makan Bergizi Gratis", frozenset({"MBG"})), "p/b": ("Makanan Bergizi Gratis", frozenset({"MBG"}))}
    >>> [(l.source, l.target) for l in acronym_links(nodes, {"p/a": 3, "p/b": 1})]
    [('p/b', 'p/a')]
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for iri, (name, aliases) in sorted(nodes.items()):
        for alias in aliases:
            if alias.isupper() and len(alias) >= 2 and _initials(name) == alias and len(name.split()) > 1:
                groups[alias].append(iri)
    links: list[Link] = []
    merged: set[str] = set()
    for alias, members in sorted(groups.items()):
        members = [m for m in dict.fromkeys(members) if m not in merged]
        if len(members) < 2:
            continue
        target = min(members, key=lambda m: (-weight.get(m, 0), m))
        for member in members:
            if member != target:
                links.append(Link(member, target, True, f"spells the same acronym {alias}"))
                merged.add(member)
    return links


def variant_links(nodes: Mapping[str, tuple[str, frozenset[str]]]) -> list[Link]:
    """Short forms of one organisation across articles: ``Kementerian ESDM`` → ``Kementerian Energi dan Sumber Daya Mineral``.

    A node whose name stands for exactly one other node's name (its first words, or an
    acronym of the rest: :func:`kg.extract.variants.short_forms`) joins it.

    >>> nodes = {"o/a": ("Kementerian ESDM", frozenset()), "o/b": ("Kementerian Energi dan Sumber Daya Mineral", frozenset())}
    >>> [(l.source, l.target) for l in variant_links(nodes)]
    [('o/a', 'o/b')]
    """
    iris_ = sorted(nodes)
    links = [
        Link(iris_[short], iris_[long], True, "a short form of the only name it stands for")
        for short, long in sorted(short_forms([nodes[iri][0] for iri in iris_]).items())
    ]
    sources = {link.source for link in links}
    return [link for link in links if link.target not in sources]


def _weights(store: Store, cls: str) -> dict[str, int]:
    rows = store.select(named.graphs_naming(cls))
    return {row["n"]: int(row["k"]) for row in rows}


def _aliased(store: Store, cls: str) -> dict[str, tuple[str, frozenset[str]]]:
    rows = store.select(named.names_and_aliases(cls))
    names: dict[str, str] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        names.setdefault(row["n"], row["name"])
        if "alias" in row:
            aliases[row["n"]].add(row["alias"])
    return {n: (name, frozenset(aliases[n])) for n, name in names.items()}


def resolve_store(store: Store) -> list[Link]:
    """Apply :func:`decide_links` and :func:`alias_links` to the whole store: merge nodes, record close matches."""
    demote = {SCHEMA.name: SKOS.altLabel, SKOS.prefLabel: SKOS.altLabel, RDFS.label: SKOS.altLabel}
    # programmes only: an organisation's surface forms include its parent's ("Badan Pusat Statistik"
    # written for the province's office), so an alias does not identify one organisation
    programmes = acronym_links(_aliased(store, "kgo:Program"), _weights(store, "kgo:Program"))
    for link in programmes:
        store.rename_node(NamedNode(link.source), NamedNode(link.target), demote)
    shortened = alias_links(_aliased(store, "kgo:Program"))
    for link in shortened:
        store.rename_node(NamedNode(link.source), NamedNode(link.target), demote)
    variants = variant_links(_aliased(store, "org:Organization"))
    for link in variants:
        store.rename_node(NamedNode(link.source), NamedNode(link.target), demote)
    shortened = [*shortened, *variants]
    persons = _persons(store)
    fulls = {w for p in persons if len(p.words) > 1 for w in p.words}
    short = [p for p in persons if len(p.words) == 1 and p.words[0] in fulls]
    if not short:
        store.update(named.CLEAR_CLOSE_MATCHES)
        return [*programmes, *shortened]
    involved = {p.iri for p in short} | {
        p.iri for p in persons if len(p.words) > 1 and {s.words[0] for s in short} & set(p.words)
    }
    contexts = _contexts(store, involved)
    links = decide_links(
        Person(p.iri, p.name, frozenset(contexts.get(p.iri, ()))) for p in persons if p.iri in involved
    )
    for link in links:
        if link.merge:
            store.rename_node(NamedNode(link.source), NamedNode(link.target), demote)
    store.update(named.CLEAR_CLOSE_MATCHES)
    close = [(link.source, link.target) for link in links if not link.merge]
    if close:
        store.extend(
            Quad(NamedNode(a), SKOS.closeMatch, NamedNode(b), graph)
            for a, b in close
            for graph in (DefaultGraph(), IDENTITY_GRAPH)
        )
    return [*programmes, *shortened, *links]
