"""Scoring a built graph against hand annotations in the ``kg-gold/1`` format.

Per category (persons, organisations, places, programs, events, awards,
memberships, quotes): precision, recall and F1 over canonical entities, names
compared case-, punctuation- and degree-insensitively with any alias counting.
An entity split over two nodes counts the extra node as a false positive;
``optional`` gold entries count neither way. The headline figure is the
macro-average F1 over the eight categories. See ``gold/README.md`` of the
shared annotations for the format.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.extract.lexicon import is_degree
from kg.model.vocab import SPARQL_PREFIXES
from kg.store import Store

CATEGORIES = ("persons", "organizations", "places", "programs", "events", "awards", "memberships", "quotes")
_CLASSES = {
    "persons": ("https://schema.org/Person",),
    "organizations": ("http://www.w3.org/ns/org#Organization",),
    "places": ("https://schema.org/Place",),
    "programs": ("https://w3id.org/kg-id/ontology#Program", "https://schema.org/Legislation"),
}
_PREFIXES = SPARQL_PREFIXES


class GoldError(ValueError):
    """The gold file is not valid ``kg-gold/1``."""


def norm(name: str) -> str:
    """Compare names without case, punctuation, accents or trailing degrees.

    >>> norm("Iwan Kurniawan, ST, MM") == norm("iwan kurniawan")
    True
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    parts = [p for p in re.split(r",", text)]
    kept = [parts[0]] + [p for p in parts[1:] if not all(is_degree(w) for w in p.split())]
    words = re.sub(r"[^\w]+", " ", ",".join(kept).casefold()).split()
    return " ".join(words)


def _names(entry: dict[str, Any], key: str = "name") -> set[str]:
    return {norm(n) for n in [entry.get(key) or "", *entry.get("aliases", [])] if n}


@dataclass
class Score:
    """Counts for one category, with what was missed and what was wrong."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """The evaluation of a graph against a gold file."""

    scores: dict[str, Score]
    articles_expected: int | None
    articles_found: int
    articles_unmatched: list[str]
    forbidden: list[str]  # not_entities that became nodes
    links: Score  # event participants and locations, award conferrers (reported, not in the macro-F1)

    @property
    def macro_f1(self) -> float:
        return sum(s.f1 for s in self.scores.values()) / len(self.scores)


@dataclass
class Node:
    iri: str
    labels: set[str]
    display: str


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


def _rows(store: Store, sparql: str) -> list[dict[str, str]]:
    return store.select(_PREFIXES + sparql)


class GraphView:
    """What the scorer reads from the store, per article."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.articles = {
            r["title"]: r["a"]
            for r in _rows(
                store, "SELECT ?a ?title WHERE { ?a a schema:NewsArticle ; schema:headline ?title }"
            )
        }
        self.labels: dict[str, set[str]] = {}
        self.display: dict[str, str] = {}
        for r in _rows(store, "SELECT ?s ?l WHERE { { ?s rdfs:label ?l } UNION { ?s skos:altLabel ?l } }"):
            self.labels.setdefault(r["s"], set()).add(norm(r["l"]))
        for r in _rows(store, "SELECT ?s ?l WHERE { ?s rdfs:label ?l }"):
            self.display[r["s"]] = r["l"]

    def node(self, iri: str) -> Node:
        return Node(iri, self.labels.get(iri, set()), self.display.get(iri, iri))

    def entities(self, article: str, category: str) -> list[Node]:
        classes = " ".join(f"<{c}>" for c in _CLASSES[category])
        rows = _rows(
            self.store,
            f"SELECT DISTINCT ?e WHERE {{ <{article}> schema:mentions ?e . ?e a ?c VALUES ?c {{ {classes} }} }}",
        )
        return [self.node(r["e"]) for r in rows]

    def memberships(self, article: str) -> list[tuple[Node, Node, Node | None]]:
        rows = _rows(
            self.store,
            f"""SELECT DISTINCT ?p ?r ?o WHERE {{ GRAPH ?g {{ ?m a org:Membership ; org:member ?p ; org:role ?r ;
                prov:wasDerivedFrom <{article}> . OPTIONAL {{ ?m org:organization ?o }} }} }}""",
        )
        return [(self.node(r["p"]), self.node(r["r"]), self.node(r["o"]) if "o" in r else None) for r in rows]

    def events(self, article: str) -> list[tuple[Node, str, set[str], str | None]]:
        rows = _rows(
            self.store,
            f"""SELECT ?e ?date (GROUP_CONCAT(DISTINCT STR(?x); separator=" ") AS ?who) (SAMPLE(?l) AS ?loc) WHERE {{
                <{article}> schema:mentions ?e . ?e a schema:Event .
                OPTIONAL {{ ?e schema:startDate ?date }}
                OPTIONAL {{ ?e schema:performer|schema:attendee|schema:organizer ?x }}
                OPTIONAL {{ ?e schema:location ?l }} }} GROUP BY ?e ?date""",
        )
        return [
            (self.node(r["e"]), r.get("date", ""), set(r.get("who", "").split()), r.get("loc")) for r in rows
        ]

    def quotes(self, article: str) -> list[tuple[str, Node]]:
        rows = _rows(
            self.store,
            f"SELECT ?t ?s WHERE {{ ?q a schema:Quotation ; schema:isPartOf <{article}> ; schema:text ?t ; schema:creator ?s }}",
        )
        return [(r["t"], self.node(r["s"])) for r in rows]

    def awards(self, article: str) -> list[tuple[Node, Node | None, Node | None]]:
        rows = _rows(
            self.store,
            f"""SELECT ?a ?r ?c WHERE {{ <{article}> schema:mentions ?a . ?a a kgo:Award .
                OPTIONAL {{ ?a kgo:awardedTo ?r }} OPTIONAL {{ ?a kgo:conferredBy ?c }} }}""",
        )
        return [
            (
                self.node(r["a"]),
                self.node(r["r"]) if "r" in r else None,
                self.node(r["c"]) if "c" in r else None,
            )
            for r in rows
        ]

    def count_articles(self) -> int:
        return len(_rows(self.store, "SELECT ?a WHERE { ?a a schema:NewsArticle }"))

    def all_entities(self) -> list[Node]:
        classes = " ".join(f"<{c}>" for cs in _CLASSES.values() for c in cs)
        return [
            self.node(r["e"])
            for r in _rows(self.store, f"SELECT DISTINCT ?e WHERE {{ ?e a ?c VALUES ?c {{ {classes} }} }}")
        ]


def _match_entities(gold: list[dict[str, Any]], nodes: list[Node], score: Score, title: str) -> None:
    used: set[str] = set()
    optional_names = set().union(*(_names(g) for g in gold if g.get("optional"))) if gold else set()
    for g in gold:
        names = _names(g)
        matched = [n for n in nodes if n.labels & names and n.iri not in used]
        if g.get("optional"):
            used.update(n.iri for n in matched)
            continue
        if matched:
            score.tp += 1
            used.add(matched[0].iri)
            for extra in matched[1:]:
                score.fp += 1
                used.add(extra.iri)
                score.false_positives.append(f"{title}: {extra.display} (second node for {g['name']})")
        else:
            score.fn += 1
            score.misses.append(f"{title}: {g['name']}")
    for n in nodes:
        if n.iri not in used and not n.labels & optional_names:
            score.fp += 1
            score.false_positives.append(f"{title}: {n.display}")


def _lookup(entries: Iterable[dict[str, Any]], name: str | None) -> set[str]:
    """All names of the gold entity called ``name`` (or just the name itself)."""
    if not name:
        return set()
    for entry in entries:
        if norm(entry["name"]) == norm(name):
            return _names(entry)
    return {norm(name)}


def evaluate(store: Store, gold: dict[str, Any]) -> Report:
    """Score the store against ``gold``."""
    view = GraphView(store)
    scores = {c: Score() for c in CATEGORIES}
    links = Score()
    unmatched = []
    for article in gold["articles"]:
        title = article.get("title", "")
        iri = view.articles.get(title) or next(
            (v for k, v in view.articles.items() if norm(k) == norm(title)), None
        )
        if iri is None:
            unmatched.append(title)
            for c in CATEGORIES:
                required = [g for g in article.get(c, []) if not g.get("optional")]
                scores[c].fn += len(required)
                scores[c].misses.extend(f"{title}: {_describe(c, g)}" for g in required)
            continue
        for c in ("persons", "organizations", "places", "programs"):
            _match_entities(article.get(c, []), view.entities(iri, c), scores[c], title)
        everyone = [
            *article.get("persons", []),
            *article.get("organizations", []),
            *article.get("places", []),
            *article.get("programs", []),
        ]
        _score_memberships(article, view.memberships(iri), scores["memberships"], title, everyone)
        _score_events(article, view.events(iri), scores["events"], links, title, everyone, view)
        _score_quotes(article, view.quotes(iri), scores["quotes"], title, everyone)
        _score_awards(article, view.awards(iri), scores["awards"], links, title, everyone)
    forbidden_names = {norm(n) for n in gold.get("expect", {}).get("not_entities", [])}
    forbidden = sorted({n.display for n in view.all_entities() if norm(n.display) in forbidden_names})
    return Report(
        scores, gold.get("expect", {}).get("articles"), view.count_articles(), unmatched, forbidden, links
    )


def _describe(category: str, g: dict[str, Any]) -> str:
    if category == "memberships":
        return f"{g['person']} — {g['role']} — {g.get('organization')}"
    if category == "quotes":
        return f"{g['speaker']}: “{g['starts_with']}…”"
    return str(g.get("name"))


def _score_memberships(
    article: dict[str, Any],
    found: list[tuple[Node, Node, Node | None]],
    score: Score,
    title: str,
    everyone: list[dict[str, Any]],
) -> None:
    used: set[int] = set()
    for g in article.get("memberships", []):
        person, org = _lookup(everyone, g["person"]), _lookup(everyone, g.get("organization"))
        roles = {norm(r) for r in [g["role"], *g.get("role_aliases", [])]}
        hit = next(
            (
                k
                for k, (p, r, o) in enumerate(found)
                if k not in used
                and p.labels & person
                and r.labels & roles
                and (not org or (o is not None and o.labels & org))
            ),
            None,
        )
        if hit is None:
            score.fn += 1
            score.misses.append(f"{title}: {_describe('memberships', g)}")
        else:
            score.tp += 1
            used.add(hit)
    for k, (p, r, o) in enumerate(found):
        if k not in used:
            score.fp += 1
            score.false_positives.append(f"{title}: {p.display} — {r.display} — {o.display if o else None}")


def _score_events(
    article: dict[str, Any],
    found: list[tuple[Node, str, set[str], str | None]],
    score: Score,
    links: Score,
    title: str,
    everyone: list[dict[str, Any]],
    view: GraphView,
) -> None:
    used: set[int] = set()
    for g in article.get("events", []):
        keywords = [k.casefold() for k in g.get("keywords", [])]
        hit = next(
            (
                k
                for k, (e, date, _, _) in enumerate(found)
                if k not in used
                and date[:10] == g.get("date")
                and any(kw in view.display.get(e.iri, "").casefold() for kw in keywords)
            ),
            None,
        )
        if hit is None:
            score.fn += 1
            score.misses.append(f"{title}: {g['name']} ({g.get('date')})")
            continue
        score.tp += 1
        used.add(hit)
        _, _, who, location = found[hit]
        for participant in g.get("participants", []):
            names = _lookup(everyone, participant)
            if any(view.node(w).labels & names for w in who):
                links.tp += 1
            else:
                links.fn += 1
                links.misses.append(f"{title}: {g['name']} ← participant {participant}")
        if g.get("location"):
            if location and view.node(location).labels & _lookup(everyone, g["location"]):
                links.tp += 1
            else:
                links.fn += 1
                links.misses.append(f"{title}: {g['name']} @ {g['location']}")
    for k, (e, date, _, _) in enumerate(found):
        if k not in used:
            score.fp += 1
            score.false_positives.append(f"{title}: {e.display} ({date})")


def _score_quotes(
    article: dict[str, Any],
    found: list[tuple[str, Node]],
    score: Score,
    title: str,
    everyone: list[dict[str, Any]],
) -> None:
    used: set[int] = set()
    for g in article.get("quotes", []):
        speaker = _lookup(everyone, g["speaker"])
        start = " ".join(g["starts_with"].casefold().split())
        hit = next(
            (
                k
                for k, (text, s) in enumerate(found)
                if k not in used
                and " ".join(text.casefold().split()).startswith(start)
                and s.labels & speaker
            ),
            None,
        )
        if hit is None:
            score.fn += 1
            score.misses.append(f"{title}: {_describe('quotes', g)}")
        else:
            score.tp += 1
            used.add(hit)
    for k, (text, s) in enumerate(found):
        if k not in used:
            score.fp += 1
            score.false_positives.append(f"{title}: {s.display}: “{text[:50]}…”")


def _score_awards(
    article: dict[str, Any],
    found: list[tuple[Node, Node | None, Node | None]],
    score: Score,
    links: Score,
    title: str,
    everyone: list[dict[str, Any]],
) -> None:
    used: set[int] = set()
    for g in article.get("awards", []):
        keywords = [k.casefold() for k in g.get("keywords", [])]
        recipient = _lookup(everyone, g.get("recipient"))
        hit = next(
            (
                k
                for k, (a, r, _) in enumerate(found)
                if k not in used
                and any(kw in a.display.casefold() for kw in keywords)
                and (not recipient or (r is not None and r.labels & recipient))
            ),
            None,
        )
        if hit is None:
            score.fn += 1
            score.misses.append(f"{title}: {g['name']}")
            continue
        score.tp += 1
        used.add(hit)
        if g.get("conferred_by"):
            c = found[hit][2]
            if c is not None and c.labels & _lookup(everyone, g["conferred_by"]):
                links.tp += 1
            else:
                links.fn += 1
                links.misses.append(f"{title}: {g['name']} ← conferred by {g['conferred_by']}")
    for k, (a, _, _) in enumerate(found):
        if k not in used:
            score.fp += 1
            score.false_positives.append(f"{title}: {a.display}")
