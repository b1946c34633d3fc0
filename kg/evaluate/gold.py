"""Scoring a built graph against hand annotations in the ``kg-gold/1`` format.

The algorithm is the team's reference scorer's (``shared/tools/kgeval.py``),
re-implemented against the embedded store so that ``kg eval --gold`` and the
reference agree on the same graph:

- Entities (persons, organisations, places, programs, awards) are scored per
  *canonical* entity over the whole store, not per article: gold entries with
  the same ``name`` are merged across articles (their aliases pooled; the entry
  is optional only if it is optional everywhere). Every node of the category
  is assigned to the gold entity whose name is its primary label, else to the
  one sharing the most surface forms; an unassigned node is a false positive,
  and every node beyond the first assigned to one entity (an entity split over
  nodes) is a false positive too. Names compare case- and punctuation-
  insensitively (:func:`norm`), person names also without degrees and
  honorifics (:func:`norm_person`).
- Events match by ``schema:startDate`` and a keyword contained in a label;
  dated, required events claim their nodes first.
- Memberships match by (person, role, organisation); quotes by opening words
  and speaker; award recipients must be linked to the award node.
- ``optional`` entries count neither as a miss nor, when found, as a false
  positive (quotes have no optional entries in the reference).

Per category: precision, recall and F1; the headline figure is the macro-average
F1 over the eight categories. See ``gold/README.md`` of the shared annotations
for the format.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg import paths
from kg.query import named
from kg.store import Store, StoreError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

CATEGORIES = ("persons", "organizations", "places", "programs", "events", "awards", "memberships", "quotes")
ENTITY_CATEGORIES = ("persons", "organizations", "places", "programs", "awards")

#: ``ontology/`` of a source checkout: its ``rdfs:subClassOf`` axioms make a ``kgo:Meeting`` an event
#: (the graph also states ``schema:Event``, so scores hold where the folder is absent).
#: the project ontology's folder, inside the package (``kg.paths``): its rdfs:subClassOf pairs
#: put kgo:Meeting and the other event kinds under schema:Event also in an installed kg
ONTOLOGY: Traversable = paths.resource_dir() / "ontology"

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_FOAF = "http://xmlns.com/foaf/0.1/"
_SDO = "https://schema.org/"
_SDO_HTTP = "http://schema.org/"
_ORG = "http://www.w3.org/ns/org#"

SUBCLASS_OF = _RDFS + "subClassOf"
#: Every predicate whose literal values name a node (any of them matches an alias).
LABELS = (
    _RDFS + "label",
    _SKOS + "prefLabel",
    _SKOS + "altLabel",
    _SDO + "name",
    _SDO + "alternateName",
    _SDO_HTTP + "name",
    _SDO_HTTP + "alternateName",
    _FOAF + "name",
    _SDO + "headline",
)
#: The label a node is known by, in order of preference.
PRIMARY_LABELS = (_SKOS + "prefLabel", _SDO + "name", _RDFS + "label", _FOAF + "name", _SDO_HTTP + "name")
#: Predicates that link an event and a participant (either direction).
PARTICIPATION = tuple(
    _SDO + p for p in ("attendee", "organizer", "performer", "contributor", "actor", "sponsor", "participant")
)
START_DATE = (_SDO + "startDate", _SDO_HTTP + "startDate")
LOCATION = (_SDO + "location", _SDO_HTTP + "location")
QUOTE_TEXT = (_SDO + "text", _RDF + "value", _SDO_HTTP + "text")
QUOTE_SPEAKER = (_SDO + "creator", _SDO + "spokenByCharacter", _SDO + "author", _SDO_HTTP + "creator")
QUOTATION = (_SDO + "Quotation", _SDO_HTTP + "Quotation")
MEMBERSHIP = _ORG + "Membership"
ARTICLE_CLASSES = (_SDO + "NewsArticle", _SDO + "Article", _SDO_HTTP + "NewsArticle")


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


#: Which classes (after following ``rdfs:subClassOf``) put a node in a category.
CLASS_TESTS: dict[str, Callable[[str], bool]] = {
    "persons": lambda c: c in (_SDO + "Person", _SDO_HTTP + "Person", _FOAF + "Person"),
    "organizations": lambda c: (
        c
        in (
            _ORG + "Organization",
            _SDO + "Organization",
            _SDO_HTTP + "Organization",
            _ORG + "FormalOrganization",
            _FOAF + "Organization",
        )
    ),
    "places": lambda c: c in (_SDO + "Place", _SDO_HTTP + "Place"),
    "programs": lambda c: _local(c) == "Program" or c in (_SDO + "Legislation", _SDO_HTTP + "Legislation"),
    "events": lambda c: c in (_SDO + "Event", _SDO_HTTP + "Event"),
    "awards": lambda c: _local(c) == "Award",
    "articles": lambda c: c in ARTICLE_CLASSES,
}

_DEGREES = re.compile(
    r"\b(s\.?t|m\.?m|s\.?h|m\.?h|s\.?e|m\.?si|m\.?pd|s\.?pd|s\.?sos|s\.?kom|m\.?t|s\.?ip|m\.?ap|dr|drs|ir|h|hj"
    r"|prof|ak|cpa|s\.?ked|m\.?kes|mba|ph\.?d)\b\.?"
)


class GoldError(ValueError):
    """The gold file is not valid ``kg-gold/1``."""


# -- names ----------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def norm(name: str) -> str:
    """Compare names without case or punctuation (hyphens and slashes are spaces).

    >>> norm("Pemerintah Kota (Pemkot) Malang")
    'pemerintah kota pemkot malang'
    """
    text = unicodedata.normalize("NFKC", str(name)).casefold()
    text = text.replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[\"'()\[\],.:;!?]", " ", text)
    text = re.sub(r"[-/]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1 << 16)
def norm_person(name: str) -> str:
    """:func:`norm`, then without academic degrees and honorifics (H., Dr., ST, MM ...).

    >>> norm_person("Dr. H. Iwan Kurniawan, ST, MM")
    'iwan kurniawan'
    """
    return re.sub(r"\s+", " ", _DEGREES.sub(" ", norm(name))).strip()


def name_key(category: str) -> Callable[[str], str]:
    """How names of ``category`` are compared."""
    return norm_person if category == "persons" else norm


# -- scores ---------------------------------------------------------------------


@dataclass
class Score:
    """Counts for one category, with what was missed and what was wrong.

    ``fp`` includes ``duplicates`` (extra nodes of a split entity). With nothing
    found, precision is 1.0 when nothing was required and 0.0 otherwise.
    ``misses`` also lists links a found event or award lacks (participants,
    location, recipient); those are reported apart and do not count in ``fn``.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    duplicates: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 0.0 if self.fn else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "duplicates": self.duplicates,
        }


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


@dataclass
class Report:
    """The evaluation of a graph against a gold file."""

    scores: dict[str, Score]
    articles_expected: int
    articles_found: int
    articles_unmatched: list[str]  # gold titles no article headline matches (informational)
    forbidden: list[str]  # not_entities that became nodes
    participants_found: int = 0
    participants_wanted: int = 0
    locations_right: int = 0
    locations_wanted: int = 0
    recipients_linked: int = 0
    recipients_wanted: int = 0
    #: every miss, extra node and missing link, in the reference scorer's wording
    errors: list[str] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        return sum(self.scores[c].f1 for c in CATEGORIES) / len(CATEGORIES)

    @property
    def participants_recall(self) -> float:
        return _ratio(self.participants_found, self.participants_wanted)

    @property
    def location_accuracy(self) -> float:
        return _ratio(self.locations_right, self.locations_wanted)

    @property
    def recipient_linked(self) -> float:
        return _ratio(self.recipients_linked, self.recipients_wanted)

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (``kg eval --gold --json``)."""
        return {
            "macro_f1": self.macro_f1,
            "categories": {name: s.as_dict() for name, s in self.scores.items()},
            "articles": self.articles_found,
            "articles_expected": self.articles_expected,
            "articles_unmatched": self.articles_unmatched,
            "participants_recall": self.participants_recall,
            "location_accuracy": self.location_accuracy,
            "recipient_linked": self.recipient_linked,
            "not_entities_found": self.forbidden,
            "forbidden": self.forbidden,
            "errors": self.errors,
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read and check a gold file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise GoldError(f"cannot read gold file {path}: {error}") from None
    if (
        not isinstance(data, dict)
        or data.get("format") != "kg-gold/1"
        or not isinstance(data.get("articles"), list)
    ):
        raise GoldError(f"{path} is not a kg-gold/1 file (need format: kg-gold/1 and an articles list)")
    return data


# -- the graph as the scorer sees it -----------------------------------------------

Term = Any  # an Oxigraph term: NamedNode, BlankNode or Literal


def _iris(values: Iterable[str]) -> str:
    return " ".join(f"<{v}>" for v in values)


def _node_sort_key(term: Term) -> str:
    return str(getattr(term, "value", term))


class GraphView:
    """What the scorer reads from the store's merged graph, loaded with a few SPARQL queries.

    ``first`` values follow each predicate list's order (the reference's
    ``first``); where a node has several values for one predicate, the
    smallest is taken so that scores are deterministic.
    """

    def __init__(self, store: Store, ontology: Traversable | None = ONTOLOGY) -> None:
        self.store = store
        self._parents: dict[str, set[str]] = defaultdict(set)
        for row in self._rows(named.subclass_pairs(SUBCLASS_OF)):
            self._parents[_node_sort_key(row["c"])].add(_node_sort_key(row["d"]))
        for c, d in _ontology_subclasses(ontology):
            self._parents[c].add(d)
        used = [_node_sort_key(r["c"]) for r in self._rows(named.USED_CLASSES)]
        self.nodes: dict[str, set[Term]] = {}
        for category, test in CLASS_TESTS.items():
            classes = [c for c in used if any(test(s) for s in self._supers(c))]
            self.nodes[category] = (
                {r["s"] for r in self._rows(named.instances(_iris(classes)))} if classes else set()
            )
        self._values: dict[tuple[Term, str], list[Term]] = defaultdict(list)
        for row in self._rows(named.literal_values(_iris(LABELS))):
            self._values[(row["s"], row["p"].value)].append(row["o"])
        simple = (*START_DATE, *LOCATION, *QUOTE_TEXT, *QUOTE_SPEAKER)
        for row in self._rows(named.values_of(_iris(simple))):
            self._values[(row["s"], row["p"].value)].append(row["o"])
        for values in self._values.values():
            values.sort(key=_node_sort_key)
        self._participation: dict[Term, set[Term]] = defaultdict(set)
        for row in self._rows(named.linked_by(_iris(PARTICIPATION))):
            self._participation[row["s"]].add(row["o"])
            self._participation[row["o"]].add(row["s"])  # the inverse modelling counts too
        self.memberships: list[tuple[Term | None, Term | None, Term | None]] = self._memberships()
        self.quotations = {r["q"] for r in self._rows(named.instances(_iris(QUOTATION), "q"))}
        self.headlines = {
            title.value
            for (_, p), titles in self._values.items()
            if p == _SDO + "headline"
            for title in titles
        }

    def _rows(self, sparql: str) -> list[dict[str, Term]]:
        solutions = self.store.query(sparql)
        if not isinstance(solutions, ox.QuerySolutions):
            raise StoreError("expected a SELECT query")
        names = [v.value for v in solutions.variables]
        return [{n: row[n] for n in names if row[n] is not None} for row in solutions]

    def _supers(self, cls: str) -> set[str]:
        seen, todo = {cls}, [cls]
        while todo:
            for parent in self._parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    def _memberships(self) -> list[tuple[Term | None, Term | None, Term | None]]:
        rows = self._rows(named.membership_parts(MEMBERSHIP, _ORG))
        by_node: dict[Term, list[dict[str, Term]]] = defaultdict(list)
        for row in rows:
            by_node[row["m"]].append(row)
        return [
            (_smallest(rows, "p"), _smallest(rows, "o"), _smallest(rows, "r"))
            for _, rows in sorted(by_node.items(), key=lambda item: _node_sort_key(item[0]))
        ]

    def first(self, node: Term, predicates: Iterable[str]) -> Term | None:
        """The first value of ``node`` under the first of ``predicates`` it has."""
        for p in predicates:
            values = self._values.get((node, p))
            if values:
                return values[0]
        return None

    def labels(self, node: Term | None) -> set[str]:
        """Every literal naming ``node``."""
        if node is None:
            return set()
        return {o.value for p in LABELS for o in self._values.get((node, p), ())}

    def primary(self, node: Term | None) -> str:
        """The label ``node`` is known by (its IRI if it has none)."""
        if node is None:
            return "None"
        label = self.first(node, PRIMARY_LABELS)
        return label.value if label is not None else _node_sort_key(node)

    def participants(self, event: Term) -> set[Term]:
        return self._participation.get(event, set())

    def neighbours(self, nodes: Iterable[Term]) -> dict[Term, set[Term]]:
        """Nodes linked to each of ``nodes`` by any predicate, in either direction."""
        nodes = [n for n in nodes if isinstance(n, ox.NamedNode)]
        out: dict[Term, set[Term]] = {n: set() for n in nodes}
        if not nodes:
            return out
        values = " ".join(str(n) for n in nodes)
        for row in self._rows(named.neighbours(values)):
            out[row["x"]].add(row["y"])
        return out


def _smallest(rows: list[dict[str, Term]], var: str) -> Term | None:
    """The smallest value ``var`` takes in ``rows`` (None if it is never bound)."""
    values = sorted((r[var] for r in rows if var in r), key=_node_sort_key)
    return values[0] if values else None


def _turtle_files(folder: Traversable) -> list[Traversable]:
    """The ``.ttl`` files in ``folder`` and the folders below it, by name."""
    found: list[Traversable] = []
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        if item.is_dir():
            found.extend(_turtle_files(item))
        elif item.name.endswith(".ttl"):
            found.append(item)
    return found


def _ontology_subclasses(folder: Traversable | None) -> list[tuple[str, str]]:
    """``rdfs:subClassOf`` pairs of the Turtle files in ``folder`` (none if it is absent)."""
    if folder is None or not folder.is_dir():
        return []
    pairs = []
    for path in _turtle_files(folder):
        for triple in ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE):
            if triple.predicate.value == SUBCLASS_OF:
                pairs.append((_node_sort_key(triple.subject), _node_sort_key(triple.object)))
    return pairs


# -- gold entries ------------------------------------------------------------------


@dataclass
class GoldEntity:
    """A canonical gold entity merged over articles."""

    name: str
    aliases: set[str]
    optional: bool
    keywords: list[str] = field(default_factory=list)


def gold_entities(gold: dict[str, Any], category: str) -> dict[str, GoldEntity]:
    """Canonical name → entity; awards are keyed by name with their keywords, not merged."""
    out: dict[str, GoldEntity] = {}
    for article in gold["articles"]:
        for e in article.get(category, []):
            if category == "awards":
                out[e["name"]] = GoldEntity(
                    e["name"], {e["name"]}, bool(e.get("optional")), e.get("keywords", [])
                )
                continue
            entity = out.setdefault(e["name"], GoldEntity(e["name"], set(), True))
            entity.aliases |= {e["name"], *e.get("aliases", [])}
            entity.optional = entity.optional and bool(e.get("optional"))
    return out


def _assign(
    view: GraphView, node: Term, entities: dict[str, GoldEntity], keys: dict[str, set[str]], category: str
) -> str | None:
    """The gold entity a node stands for: its primary label's, else the one sharing most names.

    ``keys`` holds each entity's compared names (:func:`name_key` of its aliases).
    """
    key = name_key(category)
    raw = view.labels(node)
    labels = {key(label) for label in raw}
    primary = key(view.primary(node))
    matched, best = None, 0
    for name, entity in entities.items():
        score = 1000 if key(name) == primary else 100 if key(name) in labels else 0
        score += len(labels & keys[name])
        if (
            not score
            and category == "awards"
            and any(norm(k) in norm(lb) for k in entity.keywords for lb in raw)
        ):
            score = 1
        if score > best:
            matched, best = name, score
    return matched


def score_entities(
    view: GraphView, gold: dict[str, Any], category: str
) -> tuple[Score, dict[str, list[Term]]]:
    """Score one entity category over the whole store; also which nodes each gold entity got."""
    entities = gold_entities(gold, category)
    key = name_key(category)
    keys = {name: {key(a) for a in entity.aliases} for name, entity in entities.items()}
    score = Score()
    hits: dict[str, list[Term]] = defaultdict(list)
    for node in sorted(view.nodes[category], key=_node_sort_key):
        name = _assign(view, node, entities, keys, category)
        if name is None:
            score.fp += 1
            score.false_positives.append(f"unexpected {view.primary(node)!r}")
        else:
            hits[name].append(node)
    for name, entity in entities.items():
        found = hits.get(name, [])
        if found:
            score.tp += not entity.optional
            if len(found) > 1:
                score.duplicates += len(found) - 1
                score.false_positives.append(f"{name!r} split over {len(found)} nodes")
        elif not entity.optional:
            score.fn += 1
            score.misses.append(f"missing {name!r}")
    score.fp += score.duplicates
    return score, hits


def _node_names(hits: dict[str, dict[str, list[Term]]], categories: Iterable[str]) -> dict[Term, str]:
    """Node → the gold entity it was assigned to (later categories win)."""
    return {n: name for c in categories for name, nodes in hits[c].items() for n in nodes}


def score_memberships(view: GraphView, gold: dict[str, Any], hits: dict[str, dict[str, list[Term]]]) -> Score:
    """(person, role, organisation) triples; a role matches by any of its names."""
    want: dict[tuple[str, str, str | None], set[str]] = {}
    optional = set()
    for article in gold["articles"]:
        for m in article.get("memberships", []):
            k = (m["person"], norm(m["role"]), m.get("organization"))
            want.setdefault(k, set()).update({norm(m["role"]), *map(norm, m.get("role_aliases", []))})
            if m.get("optional"):
                optional.add(k)
    node2gold = _node_names(hits, ("persons", "organizations"))
    orgs = gold_entities(gold, "organizations")
    score, got = Score(), set()
    for p, o, r in view.memberships:
        roles = {norm(r.value)} if isinstance(r, ox.Literal) else {norm(x) for x in view.labels(r)}
        person, org = node2gold.get(p), node2gold.get(o)
        if org is None and o is not None:  # the organisation may be written as its jurisdiction
            for name, entity in orgs.items():
                if {norm(x) for x in view.labels(o)} & {norm(a) for a in entity.aliases | {name}}:
                    org = name
        key = None
        for (wp, wr, wo), names in want.items():
            if wp == person and wo == org and roles & names:
                key = (wp, wr, wo)
        if key is None:
            score.fp += 1
            score.false_positives.append(
                f"unexpected ({view.primary(p) if p is not None else None!r}, {sorted(roles)}, "
                f"{view.primary(o) if o is not None else None!r})"
            )
        else:
            got.add(key)
    score.misses.extend(f"missing {k}" for k in want if k not in got and k not in optional)
    score.tp, score.fn = len(got - optional), len(set(want) - got - optional)
    return score


@dataclass
class EventLinks:
    """Participants and locations of the matched (or missed required) gold events."""

    participants_found: int = 0
    participants_wanted: int = 0
    locations_right: int = 0
    locations_wanted: int = 0


def _event_matches(view: GraphView, event: dict[str, Any], node: Term) -> bool:
    date = view.first(node, START_DATE)
    day = _node_sort_key(date)[:10] if date is not None else None
    names = " | ".join(norm(label) for label in sorted(view.labels(node)))
    return (event.get("date") is None or day == event.get("date")) and any(
        norm(k) in names for k in event.get("keywords", [])
    )


def _location_right(view: GraphView, wanted: str, node: Term, node2gold: dict[Term, str]) -> bool:
    loc = view.first(node, LOCATION)
    if loc is None:
        return False
    names = view.labels(loc) | ({loc.value} if isinstance(loc, ox.Literal) else set())
    return node2gold.get(loc) == wanted or any(
        norm(wanted) in norm(n) or norm(n) in norm(wanted) for n in names
    )


def score_events(
    view: GraphView, gold: dict[str, Any], hits: dict[str, dict[str, list[Term]]], links: EventLinks
) -> Score:
    """Events by date and keyword; dated, required events claim their nodes first."""
    node2gold = _node_names(hits, ("persons", "organizations", "places"))
    golds = [e for article in gold["articles"] for e in article.get("events", [])]
    nodes = sorted(view.nodes["events"], key=_node_sort_key)
    matched: dict[int, Term] = {}
    used: set[Term] = set()
    for i in sorted(
        range(len(golds)), key=lambda i: (golds[i].get("date") is None, bool(golds[i].get("optional")))
    ):
        node = next((n for n in nodes if n not in used and _event_matches(view, golds[i], n)), None)
        if node is not None:
            matched[i] = node
            used.add(node)
    score = Score()
    for node in nodes:
        if node not in used:
            score.fp += 1
            date = view.first(node, START_DATE[:1])
            score.false_positives.append(
                f"unexpected {view.primary(node)!r} on {date.value if date is not None else None}"
            )
    for i, event in enumerate(golds):
        if i not in matched:
            if not event.get("optional"):
                score.fn += 1
                score.misses.append(f"missing {event['name']!r} on {event.get('date')}")
                links.participants_wanted += len(event.get("participants", []))
            continue
        score.tp += not event.get("optional")
        linked = {node2gold.get(x) for x in view.participants(matched[i])}
        for who in event.get("participants", []):
            links.participants_wanted += 1
            if who in linked:
                links.participants_found += 1
            else:
                score.misses.append(f"{event['name']!r} lacks participant {who!r}")
        if event.get("location"):
            links.locations_wanted += 1
            if _location_right(view, event["location"], matched[i], node2gold):
                links.locations_right += 1
            else:
                score.misses.append(f"{event['name']!r} location should be {event['location']!r}")
    return score


def score_quotes(view: GraphView, gold: dict[str, Any], hits: dict[str, dict[str, list[Term]]]) -> Score:
    """Quotations by opening words (normalised) and speaker."""
    node2gold = _node_names(hits, ("persons",))
    want = [(q["speaker"], norm(q["starts_with"])) for a in gold["articles"] for q in a.get("quotes", [])]
    score, got = Score(), set()
    for q in sorted(view.quotations, key=_node_sort_key):
        text, who = view.first(q, QUOTE_TEXT), view.first(q, QUOTE_SPEAKER)
        t = norm(text.value) if text is not None else ""
        key = next(((s, w) for s, w in want if t.startswith(w) and node2gold.get(who) == s), None)
        if key is None:
            score.fp += 1
            score.false_positives.append(
                f"unexpected/misattributed {t[:40]!r} by {view.primary(who) if who is not None else None!r}"
            )
        else:
            got.add(key)
    score.misses.extend(f"missing {k}" for k in want if k not in got)
    score.tp, score.fn = len(got), len(set(want)) - len(got)
    return score


def award_recipients(
    view: GraphView, gold: dict[str, Any], hits: dict[str, dict[str, list[Term]]], score: Score
) -> tuple[int, int]:
    """How many required awards are linked (any predicate) to their recipient, of how many."""
    award_nodes = [n for nodes in hits["awards"].values() for n in nodes]
    neighbours = view.neighbours(award_nodes)
    ok = wanted = 0
    for article in gold["articles"]:
        for award in article.get("awards", []):
            if award.get("optional"):
                continue
            wanted += 1
            nodes = hits["awards"].get(award["name"], [])
            recipients = {
                *hits["organizations"].get(award["recipient"], []),
                *hits["persons"].get(award["recipient"], []),
            }
            linked = any(neighbours.get(n, set()) & recipients for n in nodes)
            ok += linked
            if nodes and not linked:
                score.misses.append(f"{award['name']!r} not linked to {award['recipient']!r}")
    return ok, wanted


def evaluate(store: Store, gold: dict[str, Any], ontology: Traversable | None = ONTOLOGY) -> Report:
    """Score the store against ``gold`` (``ontology``: folder of Turtle files with class axioms)."""
    view = GraphView(store, ontology)
    scores: dict[str, Score] = {}
    hits: dict[str, dict[str, list[Term]]] = {}
    errors: list[str] = []
    for category in ENTITY_CATEGORIES:
        scores[category], hits[category] = score_entities(view, gold, category)
    scores["memberships"] = score_memberships(view, gold, hits)
    links = EventLinks()
    scores["events"] = score_events(view, gold, hits, links)
    scores["quotes"] = score_quotes(view, gold, hits)
    recipients_linked, recipients_wanted = award_recipients(view, gold, hits, scores["awards"])
    forbidden_names = {norm(n) for n in gold.get("expect", {}).get("not_entities", [])}
    entity_nodes = set().union(*(view.nodes[c] for c in ("persons", "organizations", "places", "programs")))
    forbidden = sorted({view.primary(n) for n in entity_nodes if norm(view.primary(n)) in forbidden_names})
    headlines = {norm(h) for h in view.headlines}
    unmatched = [a.get("title", "") for a in gold["articles"] if norm(a.get("title", "")) not in headlines]
    ordered = {c: scores[c] for c in CATEGORIES}
    for category, score in ordered.items():
        errors.extend(f"{category}: {line}" for line in (*score.false_positives, *score.misses))
    return Report(
        scores=ordered,
        articles_expected=gold.get("expect", {}).get("articles", len(gold["articles"])),
        articles_found=len(view.nodes["articles"]),
        articles_unmatched=unmatched,
        forbidden=forbidden,
        participants_found=links.participants_found,
        participants_wanted=links.participants_wanted,
        locations_right=links.locations_right,
        locations_wanted=links.locations_wanted,
        recipients_linked=recipients_linked,
        recipients_wanted=recipients_wanted,
        errors=errors,
    )
