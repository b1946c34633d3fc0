"""Identity across articles: a one-word name joins the full name only when exactly one person fits.

Within an article, ``Hartawan`` after ``Menteri Keuangan Hartawan Budi Santika``
is resolved by coreference (``kg.resolve.coref``). Across articles, one
article may only ever write ``Hartawan`` while others write the full name:
two nodes for one person. After a build, every one-word person name in the
store is compared with the store's full names:

- exactly one full name contains the word as one of its names, and the two
  nodes share a role, an organisation, or an organisation named in their
  articles → one node: the short node's statements move to the full node and its
  name becomes a ``skos:altLabel``;
- several full names contain the word but exactly one opens with it, and they share context →
  that one (``Baskoro`` is ``Baskoro Wiyono``, not ``Danu Sigit Baskoro``: a name alone is a
  first name more often than a last one);
- otherwise (two full names fit, or nothing but the word is shared) → the nodes
  stay apart, linked by ``skos:closeMatch`` for a researcher to review (with the
  reason, in a ``kgo:IdentityLink``);
- a one-word name that is a later word of the full name (``Sanusi`` of ``Anis Zaidah
  Sanusi``) never joins a full name one article names apart from it: a family's name.

A name of two or more words is compared the same way with the longer names that have its
words in their order (``Budi Santika`` and ``Hartawan Budi Santika``); without the full name's
first word it may be a parent's whole name inside a child's, and joins only with a shared role.

Programme spellings and short forms, short forms of organisations and units written without their class
(``KPP Tigaraksa`` of ``KPP Pratama Tigaraksa``) are joined the same way.

Names are compared on their identity keys, so degrees, ranks and honorifics
(already stripped into their own properties by ``kg.extract.names``) and case
play no part.

Each merge is recorded in the identity graph (``kgo:IdentityMerge``: the merged node, the node
it joined, the reason, the shared context, the resolution that decided it) with the merged
node's statements as its articles stated them. Each build first undoes the last resolution
(:func:`undo_merges`: the articles' graphs get their own nodes back) and then decides again over
the whole store, in sorted order: a merge a later article makes doubtful (a second ``Erik``
with a full name) is undone, and building the same articles in any order or in any batches
gives the same store, byte for byte.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple, parse

from kg.extract import lexicon
from kg.extract.variants import (
    alike_pairs,
    another_body,
    blends,
    class_left_out,
    doubled_alike,
    initials,
    short_forms,
    shortens,
    spelled_alike,
)
from kg.model import iris
from kg.model.iris import IDENTITY_GRAPH
from kg.model.vocab import KGO, PROV, RDF, RDFS, SCHEMA, SKOS, XSD
from kg.query import named
from kg.resolve.labels import LabelChoice, label_choices
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
    # IRIs of the organisations they hold an office in (not only a seat)
    offices: frozenset[str] = frozenset()

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
    context: tuple[str, ...] = ()  # for a person: the roles and organisations both nodes share


def decide_links(persons: Iterable[Person]) -> list[Link]:
    """The merges and close matches among ``persons`` (pure: no store involved).

    >>> full = Person("p/hartawan-budi-santika", "Hartawan Budi Santika", frozenset({"org/kemenkeu"}))
    >>> short = Person("p/hartawan", "Hartawan", frozenset({"org/kemenkeu"}))
    >>> [(l.source, l.target, l.merge) for l in decide_links([full, short])]
    [('p/hartawan', 'p/hartawan-budi-santika', True)]
    >>> two = [Person("p/erik-a", "Erik Setyo"), Person("p/erik-b", "Erik Thohir"), Person("p/erik", "Erik")]
    >>> [(l.target, l.merge) for l in decide_links(two)]
    [('p/erik-a', False), ('p/erik-b', False)]
    """
    people = sorted(persons, key=lambda p: p.iri)
    found = _candidates(people)
    links: list[Link] = []
    for person in people:
        if person.iri not in found:
            continue
        candidates = found[person.iri]
        opening = [c for c in candidates if c.words[0] == person.words[0]]
        if (
            len(candidates) > 1
            and len(opening) == 1
            and person.context & opening[0].context
            and not _offices_apart(person, opening[0])
        ):
            # "Baskoro" is "Baskoro Wiyono" rather than "Danu Sigit Baskoro": a name alone is a first name
            reason = "the only full name opening with this word, shared context"
            shared = person.context & opening[0].context
            links.append(Link(person.iri, opening[0].iri, True, reason, tuple(sorted(shared))))
            continue
        shared = person.context & candidates[0].context if len(candidates) == 1 else frozenset()
        family = len(candidates) == 1 and _family_form(person, candidates[0])
        if shared and _offices_apart(person, candidates[0]):
            reason = "the only full name with this word, but each holds office in a body the other does not"
            links.append(Link(person.iri, candidates[0].iri, False, reason, tuple(sorted(shared))))
            continue
        if shared and (not family or any(iri.startswith(_ROLES) for iri in shared)):
            reason = "the only full name with this word, shared context"
            links.append(Link(person.iri, candidates[0].iri, True, reason, tuple(sorted(shared))))
            continue
        if len(candidates) > 1:
            reason = "one of several full names with this word"
        elif shared:
            reason = "the only full name with these words, but a family's name without a shared role"
        else:
            reason = "the only full name with this word, but no shared role, organisation or article context"
        links.extend(Link(person.iri, c.iri, False, reason) for c in candidates)
    return links


#: IRIs of roles: the context a family's name must share to join a full name
_ROLES = iris.BASE + "role/"


def _offices_apart(short: Person, full: Person) -> bool:
    """Whether both persons hold office and in no body in common: ``Wiryawan``, Kepala Dinas
    Pendidikan of a city, is not ``Harsono Wiryawan``, Menteri Sosial, though both articles name the
    national government; the two stay apart, linked for review.

    >>> head = Person("a", "Wiryawan", offices=frozenset({"org/disdik"}))
    >>> _offices_apart(head, Person("b", "Harsono Wiryawan", offices=frozenset({"org/kemensos"})))
    True
    >>> _offices_apart(Person("a", "Wiryawan"), Person("b", "Harsono Wiryawan", offices=frozenset({"org/kemensos"})))
    False
    """
    return bool(short.offices and full.offices and not short.offices & full.offices)


def _family_form(short: Person, full: Person) -> bool:
    """Whether ``short`` is two or more later words of ``full``: a family's name as often as the
    person's (``Zainal Hasyim`` of his daughter ``Putri Zainal Hasyim``), so it joins only a full
    name it shares a role with.

    >>> _family_form(Person("a", "Zainal Hasyim"), Person("b", "Putri Zainal Hasyim"))
    True
    >>> _family_form(Person("a", "Zainal Hasyim"), Person("b", "Zainal Hasyim Putra")), _family_form(Person("a", "Hasyim"), Person("b", "Zainal Hasyim"))
    (False, False)
    """
    return len(short.words) > 1 and short.words[0] != full.words[0]


def _candidates(people: list[Person]) -> dict[str, list[Person]]:
    """The longer names each shorter name may stand for: IRI → persons, in ``people``'s order.

    A one-word name: every full name with the word among its names, or made of the starts of two
    of them (``Hartabud`` of ``Hartawan Budi``, :func:`kg.extract.variants.blends`). Two or more words: every
    longer name that has them in their order (``Hartawan Santika`` of ``Hartawan Budi Santika``,
    :func:`kg.extract.variants.shortens`). Of the candidates, one that shortens another is left out:
    ``Hartawan`` stands for ``Hartawan Budi Santika`` whether or not a node ``Hartawan Santika`` exists.

    >>> people = [Person("a", "Hartawan Budi Santika"), Person("b", "Hartawan Santika"), Person("c", "Santika")]
    >>> {k: [p.iri for p in v] for k, v in _candidates(people).items()}
    {'b': ['a'], 'c': ['a']}
    """
    by_word: dict[str, list[Person]] = defaultdict(list)
    by_start: dict[str, list[Person]] = defaultdict(list)  # a nickname's first two letters
    for person in people:
        if len(person.words) > 1:
            for word in dict.fromkeys(person.words):
                if len(word) >= _MIN_LENGTH:
                    by_word[word].append(person)
            for start in dict.fromkeys(word[:2] for word in person.words[:-1]):
                by_start[start].append(person)
    found: dict[str, list[Person]] = {}
    for person in people:
        words = person.words
        if not words or len(words[0]) < _MIN_LENGTH:
            continue
        fulls = by_word.get(words[0], [])
        if len(words) > 1:
            fulls = [full for full in fulls if shortens(list(words), list(full.words))]
        else:
            blended = {f.iri for f in by_start.get(words[0][:2], []) if blends(words[0], f.words)}
            if blended:
                blended |= {f.iri for f in fulls}
                fulls = [f for f in people if f.iri in blended]
        # a candidate that shortens another is that one written shorter: "Hartawan Budi" of "Hartawan Budi Santika"
        fulls = [f for f in fulls if not any(shortens(list(f.words), list(g.words)) for g in fulls)]
        if fulls:
            found[person.iri] = fulls
    return found


def _alike_pairs(people: list[Person]) -> list[tuple[Person, Person]]:
    """The pairs of names of ``people`` (sorted by IRI) written two ways: full names a word apart
    (:func:`kg.extract.variants.alike_pairs`), any names but for a doubled letter
    (:func:`kg.extract.variants.doubled_alike`: ``Hassanuddin`` and ``Hasanuddin``), and a name of three
    words or more whose last is written as its initial (``Hadi Budi R``, ``Hadi Budi Rahmat``)."""
    names = [p.name for p in people]
    pairs = {(people[i], people[j]) for i, j in alike_pairs(names)}
    pairs |= {
        (people[first], people[k]) for k, first in doubled_alike(names, shortest=_MIN_LENGTH + 2).items()
    }
    by_head: dict[tuple[str, ...], list[Person]] = defaultdict(list)
    for person in people:
        if len(person.words) >= 3:
            by_head[person.words[:-1]].append(person)
    pairs |= {
        (one, other)
        for group in by_head.values()
        for one in group
        for other in group
        if len(one.words[-1]) == 1 and len(other.words[-1]) > 1 and other.words[-1][0] == one.words[-1]
    }
    return sorted(pairs, key=lambda pair: (pair[0].iri, pair[1].iri))


def spelling_links(persons: Iterable[Person], weight: Mapping[str, int]) -> list[Link]:
    """Full names spelled two ways across articles (``Siti Rahma Tarmidzi`` and ``Siti Rahma
    Tarmizi``, :func:`spelled_alike`), of nodes that share a role, an organisation or an organisation
    named in their articles: the node most articles name keeps its name (ties: the smaller IRI).

    One-word names stay apart (``Gamal`` and ``Kamal`` are two men) unless a letter doubled is all that
    differs (``Hassanuddin`` and ``Hasanuddin``, with a shared role).

    >>> a = Person("p/a", "Siti Rahma Tarmidzi", frozenset({"org/kemenkes"}))
    >>> b = Person("p/b", "Siti Rahma Tarmizi", frozenset({"org/kemenkes"}))
    >>> c = Person("p/c", "Siti Rahma Tarmizi", frozenset({"org/bps"}))
    >>> [(l.source, l.target) for l in spelling_links([a, b], {"p/a": 1, "p/b": 3})]
    [('p/a', 'p/b')]
    >>> spelling_links([a, c], {})
    []
    >>> f, g = Person("p/f", "Hadi Budi R", frozenset({"org/bi"})), Person("p/g", "Hadi Budi Rahmat", frozenset({"org/bi"}))
    >>> [(l.source, l.target) for l in spelling_links([f, g], {})]
    [('p/f', 'p/g')]
    >>> d, e = Person("p/d", "Hassanuddin", frozenset({"org/kpu"})), Person("p/e", "Hasanuddin", frozenset({"org/kpu"}))
    >>> [(l.source, l.target) for l in spelling_links([d, e], {"p/e": 2})]
    [('p/d', 'p/e')]
    """
    people = sorted(persons, key=lambda p: p.iri)
    group = {p.iri: p.iri for p in people}
    words = {p.iri: p.words or ("",) for p in people}

    def root(iri: str) -> str:
        while group[iri] != iri:
            iri = group[iri]
        return iri

    for one, other in _alike_pairs(people):
        if one.context & other.context:
            group[root(other.iri)] = root(one.iri)
    components: dict[str, list[str]] = defaultdict(list)
    for person in people:
        components[root(person.iri)].append(person.iri)
    links: list[Link] = []
    for members in components.values():
        # (a name cut to an initial at its end, "Hadi Budi R", joins the one written whole)
        target = min(members, key=lambda m: (-weight.get(m, 0), len(words[m][-1]) == 1, m))
        links += [
            Link(m, target, True, "the same full name spelled another way") for m in members if m != target
        ]
    return sorted(links, key=lambda link: link.source)


# -- the store ------------------------------------------------------------------------


def _persons(store: Store) -> list[Person]:
    rows = store.select(named.PERSON_NAMES)
    names: dict[str, str] = {}
    for row in rows:
        names.setdefault(row["p"], row["name"])
    return [Person(iri, name) for iri, name in names.items()]


#: the offices one person holds in the whole country at a time (Presiden, Jaksa Agung, Kapolri, each
#: minister): named in an article ("arahan Presiden"), they are context its one-word names share with
#: their holder ("Prabowo" and "Prabowo Subianto", Presiden)
_NATIONAL_OFFICES = frozenset(
    iris.mint("role", role).value
    for role in (
        {t.role for t in lexicon.TITLES.values() if t.fixed_org}
        - {t.role for t in lexicon.TITLES.values() if t.org}
    )
    | {f"Menteri {subject}" for subject in lexicon.MINISTERS.values()}
)


def _contexts(store: Store, iris_: Iterable[str]) -> dict[str, tuple[set[str], set[str]]]:
    """Each person's context (the roles and organisations of their memberships, and the organisations
    and national offices named in their articles) and offices (the organisations they hold an office
    in, not only a seat)."""
    values = " ".join(f"<{iri}>" for iri in sorted(iris_))
    if not values:
        return {}
    rows = store.select(named.person_contexts(values))
    found: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for row in rows:
        if row.get("named") and row["x"] not in _NATIONAL_OFFICES:
            continue  # ("Kepala" named in an article says nothing of who "Dian" there is)
        context, offices = found[row["p"]]
        context.add(row["x"])
        if row.get("office"):
            offices.add(row["x"])
    return found


def _seen(person: Person, contexts: Mapping[str, tuple[set[str], set[str]]]) -> Person:
    """``person`` with the context and offices the store gives them."""
    context, offices = contexts.get(person.iri, (set(), set()))
    return Person(person.iri, person.name, frozenset(context), frozenset(offices))


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
    return initials(re.findall(r"[A-Za-z][\w'’-]*", name)).upper()


def acronym_links(nodes: Mapping[str, tuple[str, frozenset[str]]], weight: Mapping[str, int]) -> list[Link]:
    """Spellings of one programme across articles: long names sharing the acronym both spell.

    ``Makan Bergizi Gratis (MBG)`` and ``Makanan Bergizi Gratis (MBG)``: the acronym names one
    programme; the node most articles use keeps its name (ties: the smaller IRI).

    >>> nodes = {"p/a": ("Makan Bergizi Gratis", frozenset({"MBG"})), "p/b": ("Makanan Bergizi Gratis", frozenset({"MBG"}))}
    >>> [(l.source, l.target) for l in acronym_links(nodes, {"p/a": 3, "p/b": 1})]
    [('p/b', 'p/a')]
    """
    links: list[Link] = []
    merged: set[str] = set()
    for alias, members in sorted(_acronym_groups(nodes).items()):
        members = [m for m in dict.fromkeys(members) if m not in merged]
        if len(members) < 2:
            continue
        target = min(members, key=lambda m: (-weight.get(m, 0), m))
        for member in members:
            if member != target:
                links.append(Link(member, target, True, f"spells the same acronym {alias}"))
                merged.add(member)
    return links


def _acronym_groups(nodes: Mapping[str, tuple[str, frozenset[str]]]) -> dict[str, list[str]]:
    """Acronym → the nodes (in IRI order) with it as an alias that their own name spells."""
    groups: dict[str, list[str]] = defaultdict(list)
    for iri, (name, aliases) in sorted(nodes.items()):
        for alias in sorted(aliases):
            if alias.isupper() and len(alias) >= 2 and _initials(name) == alias and len(name.split()) > 1:
                groups[alias].append(iri)
    return groups


def organization_acronym_links(
    nodes: Mapping[str, tuple[str, frozenset[str]]], weight: Mapping[str, int]
) -> list[Link]:
    """Spellings of one body across articles: :func:`acronym_links` where the names are
    :func:`spelled_alike` (two bodies may share an acronym; one body is written two ways).

    >>> nodes = {"o/a": ("Tim Pemantau Harga Desa", frozenset({"TPHD"})), "o/b": ("Tim Pemantauan Harga Desa", frozenset({"TPHD"})), "o/c": ("Tim Pembina Hutan Desa", frozenset({"TPHD"}))}
    >>> [(l.source, l.target) for l in organization_acronym_links(nodes, {"o/a": 1, "o/b": 2, "o/c": 5})]
    [('o/a', 'o/b')]
    """
    links: list[Link] = []
    for alias, members in sorted(_acronym_groups(nodes).items()):
        while members:
            first = members[0]
            alike = [m for m in members if m == first or spelled_alike(nodes[m][0], nodes[first][0])]
            members = [m for m in members if m not in alike]
            target = min(alike, key=lambda m: (-weight.get(m, 0), m))
            links += [Link(m, target, True, f"spells the same acronym {alias}") for m in alike if m != target]
    merged = {link.source for link in links}
    return [link for link in links if link.target not in merged]


def organization_spelling_links(
    nodes: Mapping[str, tuple[str, frozenset[str]]], weight: Mapping[str, int]
) -> list[Link]:
    """One body's name written two ways across articles (``Korps Adiwangsa``, ``Korps Adiwangksa``,
    :func:`kg.extract.variants.alike_pairs`): the node most articles name keeps its name (ties: the
    smaller IRI).

    >>> nodes = {"o/a": ("Korps Adiwangksa", frozenset()), "o/b": ("Korps Adiwangsa", frozenset())}
    >>> [(l.source, l.target) for l in organization_spelling_links(nodes, {"o/a": 1, "o/b": 2})]
    [('o/a', 'o/b')]
    """
    iris_ = sorted(nodes)
    links = []
    for i, j in alike_pairs([nodes[iri][0] for iri in iris_]):
        target = min((iris_[i], iris_[j]), key=lambda m: (-weight.get(m, 0), m))
        source = iris_[j] if target == iris_[i] else iris_[i]
        links.append(Link(source, target, True, "the same name spelled another way"))
    return links


def own_acronyms(nodes: Mapping[str, tuple[str, frozenset[str]]]) -> dict[str, tuple[str, frozenset[str]]]:
    """Each node with only the aliases that are its own name's initials (``TPHD`` of ``Tim
    Pemantau Harga Desa``): an organisation's other aliases may be its parent's names.

    >>> own_acronyms({"o/a": ("Otoritas Jasa Keuangan Kota Batu", frozenset({"OJK", "OJKKB", "Otoritas Jasa Keuangan"}))})
    {'o/a': ('Otoritas Jasa Keuangan Kota Batu', frozenset({'OJKKB'}))}
    """
    return {
        iri: (name, frozenset(a for a in aliases if _initials(name) == a and len(name.split()) > 1))
        for iri, (name, aliases) in nodes.items()
    }


#: a full name and the short name an article gives it in brackets after it: "PT Bank ... Tbk (Bank Jatim)"
_SHORT_AFTER = re.compile(r"(?P<full>.+?)\s*\((?P<short>[^()]{3,40})\)")


def own_short_names(
    nodes: Mapping[str, tuple[str, frozenset[str]]],
) -> dict[str, tuple[str, frozenset[str]]]:
    """Each node with only the short names an article defined for it: the bracketed end of an alias
    whose words before the bracket are the node's own name (``PT Bank Pembangunan Daerah Jawa Timur
    Tbk (Bank Jatim)`` for ``PT Bank Pembangunan Daerah Jawa Timur``), so no parent's name, which
    an organisation's other aliases may be.

    >>> own_short_names({"o/b": ("PT Bank Sejahtera", frozenset({"PT Bank Sejahtera Tbk (Bank Sej)", "Bank"}))})
    {'o/b': ('PT Bank Sejahtera', frozenset({'Bank Sej'}))}
    """
    found: dict[str, tuple[str, frozenset[str]]] = {}
    for iri, (name, aliases) in nodes.items():
        own = identity_key(name)
        shorts = set()
        for alias in aliases:
            m = _SHORT_AFTER.fullmatch(alias)
            if m is not None and identity_key(m.group("full")).startswith(own):
                shorts.add(m.group("short").strip())
        found[iri] = (name, frozenset(shorts))
    return found


def variant_links(nodes: Mapping[str, tuple[str, frozenset[str]]]) -> list[Link]:
    """Short forms of one organisation across articles: ``Kementerian ESDM`` → ``Kementerian Energi dan Sumber Daya Mineral``.

    A node whose name stands for exactly one other node's name (its first words, or an
    acronym of the rest: :func:`kg.extract.variants.short_forms`) joins it, unless the longer name
    names another body (:func:`kg.extract.variants.another_body`, across articles). A unit written
    without its class joins the one node that writes it with one (``Kantor Pelayanan Pajak
    Tigaraksa`` → ``Kantor Pelayanan Pajak Pratama Tigaraksa``, :func:`kg.extract.variants.class_left_out`);
    where several do, it stays apart, a close match of each (links that do not merge).

    >>> nodes = {"o/a": ("Kementerian ESDM", frozenset()), "o/b": ("Kementerian Energi dan Sumber Daya Mineral", frozenset())}
    >>> [(l.source, l.target) for l in variant_links(nodes)]
    [('o/a', 'o/b')]
    >>> nodes = {"o/k": ("Kantor Pelayanan Pajak Batu", frozenset()), "o/p": ("Kantor Pelayanan Pajak Pratama Batu", frozenset())}
    >>> [(l.source, l.target, l.merge) for l in variant_links(nodes)]
    [('o/k', 'o/p', True)]
    """
    iris_ = sorted(nodes)
    names = [nodes[iri][0] for iri in iris_]
    links = [
        Link(iris_[short], iris_[long], True, "a short form of the only name it stands for")
        for short, long in sorted(short_forms(names).items())
        if not another_body(names[short], names[long], across_articles=True)
    ]
    close: list[Link] = []
    for bare, classed in sorted(class_left_out(names).items()):
        if len(classed) == 1:
            links.append(
                Link(iris_[bare], iris_[classed[0]], True, "the only unit of this name with a class")
            )
        else:
            reason = "one of several units of this name with a class"
            close += [Link(iris_[bare], iris_[k], False, reason) for k in classed]
    sources = {link.source for link in links}
    merges = [link for link in links if link.target not in sources]
    merged = {link.source for link in merges}
    return [*merges, *(link for link in close if link.source not in merged)]


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


# -- applying, recording and undoing merges -------------------------------------------------

#: the primary labels of a merged node become alternative labels of the node it joins
_DEMOTE = {SCHEMA.name: SKOS.altLabel, SKOS.prefLabel: SKOS.altLabel, RDFS.label: SKOS.altLabel}
_PRIMARY = (SCHEMA.name, SKOS.prefLabel)


def _nquads(quads: Iterable[Quad]) -> str:
    return "".join(f"{quad} .\n" for quad in sorted(quads, key=lambda q: (str(q.graph_name), str(q))))


def _parse(text: str) -> list[Quad]:
    return list(parse(input=text.encode(), format=RdfFormat.N_QUADS)) if text else []


def _merged_copies(quads: Iterable[Quad]) -> list[Quad]:
    """Each quad as it is, and its copy in the merged (default) graph."""
    out = []
    for quad in quads:
        out += [quad, Quad(quad.subject, quad.predicate, quad.object, DefaultGraph())]
    return out


def _decisions(triples: Iterable[Triple]) -> list[Quad]:
    """Identity decisions as they are stored: in the identity graph, and in the merged graph."""
    return _merged_copies(Quad(t.subject, t.predicate, t.object, IDENTITY_GRAPH) for t in triples)


def _renamed(quad: Quad, into: Mapping[str, str]) -> Quad:
    """``quad`` with merged nodes replaced by the nodes they join (a merged node's labels demoted)."""
    subject, predicate, obj = quad.subject, quad.predicate, quad.object
    if isinstance(subject, NamedNode) and subject.value in into:
        subject, predicate = NamedNode(into[subject.value]), _DEMOTE.get(predicate, predicate)
    if isinstance(obj, NamedNode) and obj.value in into:
        obj = NamedNode(into[obj.value])
    return Quad(subject, predicate, obj, quad.graph_name)


@dataclass
class _Recorder:
    """Applies the merges of a resolution, one transaction per stage, each with its record (``kgo:IdentityMerge``)."""

    store: Store
    resolution: NamedNode
    steps: int = 0

    def apply(self, links: list[Link]) -> None:
        """Merge each link's source into its target in every graph, and record how to undo it.

        The record keeps the source's statements as the articles' graphs stated them
        (``kgo:originalStatements``) and those the merge added (``kgo:addedStatements``), so
        :func:`undo_merges` can give the articles their own nodes back without reading them again.
        """
        merges = [link for link in links if link.merge]
        if not merges:
            return
        into = {link.source: link.target for link in merges}
        for source in list(into):  # a target merged in the same stage: go to where it ends
            seen = {source}
            while into[source] in into and into[source] not in seen:
                seen.add(into[source])
                into[source] = into[into[source]]
        remove: list[Quad] = []
        add: list[Quad] = []
        for link in merges:
            old = NamedNode(link.source)
            original = self.store.statements_of(old, skip=IDENTITY_GRAPH)
            moved = {_renamed(quad, into) for quad in original}
            added = [quad for quad in moved if not self.store.has_quad(quad)]
            remove += original
            add += moved
            self.steps += 1
            add += _decisions(self._record(link, into[link.source], original, added))
        # the merged graph: the sources' statements go (only their graphs stated them), the moved ones come
        merged = DefaultGraph()
        remove += [Quad(q.subject, q.predicate, q.object, merged) for q in remove]
        add += [Quad(q.subject, q.predicate, q.object, merged) for q in add if q.graph_name != merged]
        self.store.update(named.rewrite(list(dict.fromkeys(remove)), list(dict.fromkeys(add))))

    def relabel(self, choices: list[LabelChoice]) -> None:
        """Give each node the label chosen for it (:mod:`kg.resolve.labels`), and record how to undo it.

        In every graph stating another spelling, the chosen label takes its place and the
        spelling becomes an ``skos:altLabel``; the record (``kgo:LabelChoice``) keeps the
        statements as the articles stated them, as a merge's does.
        """
        if not choices:
            return
        remove: list[Quad] = []
        add: list[Quad] = []
        records: list[Triple] = []
        for choice in choices:
            original = list(choice.stated)
            moved = choice.rewritten()
            added = [quad for quad in moved if not self.store.has_quad(quad)]
            remove += original
            add += moved
            self.steps += 1
            record = iris.label_choice(choice.node)
            records += [
                Triple(record, RDF.type, KGO.LabelChoice),
                Triple(record, KGO.labelledNode, NamedNode(choice.node)),
                Triple(record, KGO.articleCount, Literal(str(choice.articles), datatype=XSD.integer)),
                Triple(record, KGO.step, Literal(str(self.steps), datatype=XSD.integer)),
                Triple(record, PROV.wasGeneratedBy, self.resolution),
                Triple(record, KGO.originalStatements, Literal(_nquads(original))),
            ]
            if added:
                records.append(Triple(record, KGO.addedStatements, Literal(_nquads(added))))
        merged = DefaultGraph()
        remove += [Quad(q.subject, q.predicate, q.object, merged) for q in remove]
        add += [Quad(q.subject, q.predicate, q.object, merged) for q in add]
        add += _decisions(records)
        self.store.update(named.rewrite(list(dict.fromkeys(remove)), list(dict.fromkeys(add))))

    def _record(self, link: Link, target: str, original: list[Quad], added: list[Quad]) -> list[Triple]:
        record = iris.identity_merge(link.source)
        graphs = {q.graph_name.value for q in original if isinstance(q.graph_name, NamedNode)}
        articles = sum(1 for g in graphs if g.startswith(iris.graph("").value) and g != IDENTITY_GRAPH.value)
        labels = {
            q.object for q in original if q.subject == NamedNode(link.source) and q.predicate in _PRIMARY
        }
        triples = [
            Triple(record, RDF.type, KGO.IdentityMerge),
            Triple(record, KGO.mergedNode, NamedNode(link.source)),
            Triple(record, KGO.mergedInto, NamedNode(target)),
            Triple(record, KGO.mergeReason, Literal(link.reason)),
            Triple(record, KGO.articleCount, Literal(str(articles), datatype=XSD.integer)),
            Triple(record, KGO.step, Literal(str(self.steps), datatype=XSD.integer)),
            Triple(record, PROV.wasGeneratedBy, self.resolution),
            Triple(record, KGO.originalStatements, Literal(_nquads(original))),
        ]
        triples += [Triple(record, KGO.mergedLabel, label) for label in labels if isinstance(label, Literal)]
        triples += [Triple(record, KGO.sharedContext, NamedNode(iri)) for iri in link.context]
        if added:
            triples.append(Triple(record, KGO.addedStatements, Literal(_nquads(added))))
        return triples


def undo_merges(store: Store) -> int:
    """Undo the merges the last resolution recorded, the last first; drop its close matches. Returns the merges undone.

    Every merged node gets its statements back in the graphs that still exist, the merged graph
    loses what no graph states any more, and the identity graph is emptied: the store holds the
    articles' statements as they were written, and a resolution decides again over all of them.
    One transaction, so a build stopped half-way finds either every merge or none.
    """
    rows = store.select(named.MERGE_RECORDS)
    if not rows and not store.has_graph(IDENTITY_GRAPH.value):
        return 0
    present: dict[str, bool] = {}

    def kept(quads: list[Quad]) -> list[Quad]:  # a graph removed since (a changed article) stays removed
        out = []
        for quad in quads:
            graph = quad.graph_name.value if isinstance(quad.graph_name, NamedNode) else ""
            if graph not in present:
                present[graph] = store.has_graph(graph)
            if present[graph]:
                out.append(quad)
        return out

    updates: list[str] = []
    dropped: dict[Triple, None] = {}
    for row in rows:
        original, added = kept(_parse(row["original"])), kept(_parse(row.get("added", "")))
        updates.append(named.rewrite(added, _merged_copies(original)))
        dropped.update((Triple(q.subject, q.predicate, q.object), None) for q in added)
    updates += [named.drop_unasserted(list(dropped)), named.CLEAR_IDENTITY]
    store.update(" ;\n".join(u for u in updates if u))
    return len(rows)


def _resolution(store: Store) -> tuple[NamedNode, int]:
    """The resolution over the stored articles (IRI from their content hashes) and how many there are."""
    hashes = sorted(row["h"] for row in store.select(named.ARTICLE_HASHES))
    digest = hashlib.sha256("\n".join(hashes).encode()).hexdigest()
    return iris.identity_resolution(digest), len(hashes)


def resolve_store(store: Store) -> list[Link]:
    """Decide identity over the whole store again: undo the last resolution, then merge and link afresh.

    Programme spellings (:func:`acronym_links`), programme short forms (:func:`alias_links`),
    organisation spellings (:func:`organization_acronym_links`), organisations named by their
    acronym alone (:func:`alias_links` over :func:`own_acronyms`) or by the short name an article
    defined for them (:func:`alias_links` over :func:`own_short_names`), organisation names written two
    ways (:func:`organization_spelling_links`), organisation short forms
    and units written without their class (:func:`variant_links`), full person names spelled two ways
    (:func:`spelling_links`), then short person names
    (:func:`decide_links`): each stage reads the store as the stages before left it, and
    its merges are applied and recorded in one transaction. What is decided depends on the
    stored articles only, so building them in any order, or in batches, gives the same store.
    """
    undo_merges(store)
    resolution, articles = _resolution(store)
    recorder = _Recorder(store, resolution)
    recorder.relabel(label_choices(store))  # one label per node first: the stages below read the labels
    # programmes only: an organisation's surface forms include its parent's ("Badan Pusat Statistik"
    # written for the province's office), so an alias does not identify one organisation
    programmes = acronym_links(_aliased(store, "kgo:Program"), _weights(store, "kgo:Program"))
    recorder.apply(programmes)
    shortened = alias_links(_aliased(store, "kgo:Program"))
    recorder.apply(shortened)
    bodies = organization_acronym_links(
        _aliased(store, "org:Organization"), _weights(store, "org:Organization")
    )
    recorder.apply(bodies)
    acronyms = alias_links(own_acronyms(_aliased(store, "org:Organization")))
    recorder.apply(acronyms)
    shorts = alias_links(own_short_names(_aliased(store, "org:Organization")))
    recorder.apply(shorts)
    spelled = organization_spelling_links(
        _aliased(store, "org:Organization"), _weights(store, "org:Organization")
    )
    recorder.apply(spelled)
    variants = variant_links(_aliased(store, "org:Organization"))
    recorder.apply(variants)
    spellings = _spelling_links(store)
    recorder.apply(spellings)
    links = _person_links(store)
    recorder.apply(links)
    decided = [
        triple for link in [*variants, *links] if not link.merge for triple in _close_match(link, resolution)
    ]
    if decided or recorder.steps:
        decided += [
            Triple(resolution, RDF.type, KGO.IdentityResolution),
            Triple(resolution, RDF.type, PROV.Activity),
            Triple(resolution, KGO.articleCount, Literal(str(articles), datatype=XSD.integer)),
        ]
        store.extend(_decisions(decided))
    return [*programmes, *shortened, *bodies, *acronyms, *shorts, *spelled, *variants, *spellings, *links]


def _close_match(link: Link, resolution: NamedNode) -> list[Triple]:
    """``skos:closeMatch`` from the link's source to its target, and its record (``kgo:IdentityLink``)."""
    source, target = NamedNode(link.source), NamedNode(link.target)
    record = iris.identity_link(link.source, link.target)
    return [
        Triple(source, SKOS.closeMatch, target),
        Triple(record, RDF.type, KGO.IdentityLink),
        Triple(record, KGO.linkedNode, source),
        Triple(record, KGO.candidate, target),
        Triple(record, KGO.linkReason, Literal(link.reason)),
        Triple(record, PROV.wasGeneratedBy, resolution),
    ]


def _spelling_links(store: Store) -> list[Link]:
    """:func:`spelling_links` over the persons of the store with a full name spelled alike to another's."""
    persons = sorted(_persons(store), key=lambda p: p.iri)
    candidates = {p.iri for pair in _alike_pairs(persons) for p in pair}
    if not candidates:
        return []
    contexts = _contexts(store, candidates)
    return spelling_links(
        (_seen(p, contexts) for p in persons if p.iri in candidates),
        _weights(store, "schema:Person"),
    )


def _person_links(store: Store) -> list[Link]:
    """:func:`decide_links` over the persons of the store whose name may shorten a longer one."""
    persons = _persons(store)
    found = _candidates(sorted(persons, key=lambda p: p.iri))
    if not found:
        return []
    involved = set(found) | {full.iri for fulls in found.values() for full in fulls}
    contexts = _contexts(store, involved)
    links = decide_links(_seen(p, contexts) for p in persons if p.iri in involved)
    names = {p.iri: p for p in persons}
    return [
        _kept_apart(link)
        if link.merge and _family_name(names, link) and _named_together(store, link)
        else link
        for link in links
    ]


def _family_name(names: Mapping[str, Person], link: Link) -> bool:
    """Whether the short name is a later word of the full name (``Sanusi`` of ``Anis Zaidah Sanusi``),
    not its first (``Hartawan`` of ``Hartawan Budi Santika``)."""
    return names[link.source].words[0] != names[link.target].words[0]


def _named_together(store: Store, link: Link) -> bool:
    """Whether one article names both persons. With a family name, its extraction kept them apart
    (``Bupati Malang HM Sanusi`` and his wife ``Anis Zaidah Sanusi``), so they stay two; a first
    name the article did not join to its full name (``Menkeu Hartawan``) may still join."""
    return bool(store.select(named.named_together(link.source, link.target)))


def _kept_apart(link: Link) -> Link:
    return Link(link.source, link.target, False, "both named apart in one article", link.context)
