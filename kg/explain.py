"""What the graph knows about an entity, and the sentences that support it (``kg explain``)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from kg.extract.variants import initials, stands_for
from kg.query import evidence, named
from kg.query.evidence import Quotes
from kg.store import Store, cache
from kg.text.normalize import identity_key

#: annotations read per entity before keeping the first few sentences (bounded work on hubs)
EVIDENCE_POOL = 400


@dataclass
class Explanation:
    iri: str
    label: str
    types: list[str]
    aliases: list[str]
    memberships: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)  # "headline: sentence"
    merged: list[str] = field(default_factory=list)  # why each other name or node is this one
    kept_apart: list[str] = field(default_factory=list)  # close matches left for a researcher to review


def find(store: Store, label: str) -> list[str]:
    """Entities whose label or alias is ``label`` (case-insensitive), in IRI order.

    On the embedded store the answer comes from an index of every label and alias
    (lower-cased, as SPARQL's ``LCASE``) kept in the store folder while the store is
    unchanged (:mod:`kg.store.cache`): finding a name otherwise scans every label of
    the store, which is most of the time ``kg explain`` takes on a big one.
    """
    if isinstance(store, Store):
        index = cache.load_blob(store.path, "labels", _INDEX_VERSION)
        if index is None:
            state = cache.signature(store.path)
            index = _index_lines(_label_index(store))
            cache.save_blob(store.path, "labels", _INDEX_VERSION, state, index)
        # one line per key, "\n" + key as JSON + "\t": a plain byte search, no parsing of the index
        start = index.find(b"\n" + json.dumps(label.lower(), ensure_ascii=False).encode() + b"\t")
        if start < 0:
            return []
        start = index.index(b"\t", start) + 1
        return list(json.loads(index[start : index.index(b"\n", start)]))
    return _find_by_query(store, label)


def _index_lines(index: dict[str, list[str]]) -> bytes:
    """The label index as lines ``"key"\t["iri", ...]``, sorted, after a first newline."""
    lines = (
        json.dumps(key, ensure_ascii=False) + "\t" + json.dumps(iris, ensure_ascii=False) + "\n"
        for key, iris in sorted(index.items())
    )
    return ("\n" + "".join(lines)).encode()


def _find_by_query(store: Store, label: str) -> list[str]:
    """:func:`find` asked of the store itself (a SPARQL server's, which has no folder for the index)."""
    rows = store.select(named.find_by_label(label))
    return [r["s"] for r in rows]


_INDEX_VERSION = "labels-2"


def _label_index(store: Store) -> dict[str, list[str]]:
    """Lower-cased label or alias → the entities (not roles) that have it, IRIs sorted."""
    index: dict[str, set[str]] = {}
    for row in store.select(named.LABELS_AND_ALIASES):
        index.setdefault(row["l"].lower(), set()).add(row["s"])
    return {key: sorted(found) for key, found in index.items()}


def explain(store: Store, iri: str, limit: int = 12) -> Explanation:
    """Aliases, memberships, events, quotes and supporting sentences of one entity."""
    node = f"<{iri}>"
    head = store.select(named.label_and_types(node))
    aliases = sorted({r["alt"] for r in store.select(named.aliases(node))})
    result = Explanation(
        iri,
        head[0]["label"] if head else iri,
        sorted({r["type"].rsplit("/", 1)[-1].rsplit("#", 1)[-1] for r in head}),
        aliases,
    )
    # Oxigraph joins largely in the order written: each query starts from the entity (a
    # subquery where needed), never from every membership, event or annotation of the store
    for r in store.select(named.memberships_of(node)):
        dates = f" ({r['first']} – {r['last']})" if "first" in r else ""
        tenure = f" [{r['tenure']}]" if r.get("tenure") not in (None, "regular") else ""
        result.memberships.append(f"{r['who']}: {r['role']} — {r.get('org', '?')}{tenure}{dates}")
    for r in store.select(named.events_of(node)):
        result.events.append(f"{r.get('date', '?')}  {r['name']} ({r['rel']})")
    for r in store.select(named.quotes_by(node)):
        result.quotes.append(r["t"])
    result.merged = merge_reasons(store, node, result.label)
    result.kept_apart = [
        f"{r.get('label', r['other'])} <{r['other']}>: linked by skos:closeMatch for review, not merged"
        + (f" ({r['reason']})" if "reason" in r else "")
        for r in store.select(named.close_matches_of(node))
    ]
    # a bounded pool of the entity's annotations (the store's own order: sorting every annotation of a
    # hub costs seconds on a big store), then their articles' headlines by IRI (joined in the query, a
    # computed article IRI is matched against every headline of the store), then the sentences in order
    # of headline and words: the same in either evidence form
    quotes = Quotes(store)
    targets = store.select(named.annotation_targets(node, EVIDENCE_POOL))
    headlines = evidence.headlines(store, {r["a"] for r in targets if "a" in r})
    found = set()
    for r in targets:
        if r.get("a") not in headlines:
            continue
        r = {**r, "headline": headlines[r["a"]]}
        quote = quotes.quote(r)
        if quote is not None:
            found.add((r["headline"], quote.prefix, quote.exact, quote.suffix, quote.marked))
    for headline, *_, marked in sorted(found)[:limit]:
        result.evidence.append(f"{headline}: {marked}")
    return result


@dataclass
class _Merge:
    """One merge into the explained entity, as its record states it."""

    reason: str
    articles: int
    labels: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)


def _articles(n: int) -> str:
    return f"{n} article{'' if n == 1 else 's'}"


def merge_reasons(store: Store, node: str, label: str) -> list[str]:
    """Why each node merged into ``node`` (``<iri>``) and each other name of it are this entity.

    Merges across articles are read from their records (``kgo:IdentityMerge``, written by
    :mod:`kg.resolve.identity`); the other aliases were joined inside an article, and what
    can be said of them is how the alias relates to the name (:func:`alias_reason`).
    """
    merges: dict[str, _Merge] = {}
    for r in store.select(named.merges_into(node)):
        merge = merges.setdefault(r["old"], _Merge(r["reason"], int(r["n"])))
        merge.labels.add(r.get("label", r["old"]))
        if "context" in r:
            merge.context.add(r.get("context_label", r["context"]))
    lines = []
    merged_articles: dict[str, int] = {}  # articles whose node was merged, by the name it had there
    for old, merge in sorted(merges.items()):
        for name in merge.labels:
            merged_articles[name] = merged_articles.get(name, 0) + merge.articles
        reason = f"{merge.reason} ({', '.join(sorted(merge.context))})" if merge.context else merge.reason
        names = ", ".join(f"'{name}'" for name in sorted(merge.labels))
        lines.append(f"{names} ({_articles(merge.articles)}, <{old}>) joined across articles: {reason}")
    for r in store.select(named.alias_articles(node)):
        # an alias is also the name of a merged node in the articles that wrote only it: the rest joined in the article
        within = int(r["n"]) - merged_articles.get(r["alt"], 0)
        if within > 0:
            lines.append(f"'{r['alt']}' ({_articles(within)}): {alias_reason(r['alt'], label)}")
    return lines


def alias_reason(alias: str, name: str) -> str:
    """How an alias an article gave an entity relates to its name: why the article's mentions are one node.

    >>> alias_reason("Iwan Kurniawan, ST, MM", "Iwan Kurniawan")
    'the same name with degrees, ranks or honorifics (compared without them)'
    >>> alias_reason("Erik", "Erik Setyo Santoso")
    'a short name written after the full name in the same article'
    >>> alias_reason("Kementerian ESDM", "Kementerian Energi dan Sumber Daya Mineral")
    'a short form of the only name it stands for in the same article'
    >>> alias_reason("ESDM", "Kementerian Energi dan Sumber Daya Mineral")
    'an abbreviation of the name'
    >>> alias_reason("Makan Bergizi Gratis (MBG)", "Makan Bergizi Gratis")
    'the name with the abbreviation the article defines for it'
    """
    short, full = identity_key(alias).split(), identity_key(name).split()
    if short == full:
        return "the same name written another way (case, accents or punctuation)"
    bracketed = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", alias)
    if bracketed and identity_key(bracketed[1]) == identity_key(name):
        return "the name with the abbreviation the article defines for it"
    if len(short) > len(full) and all(word in short for word in full):
        return "the same name with degrees, ranks or honorifics (compared without them)"
    words = name.split()
    if (
        alias.isupper()
        and alias.isalpha()
        and alias in {initials(words[cut:]) for cut in range(len(words) - 1)}
    ):
        return "an abbreviation of the name"
    if stands_for(alias, name):
        return "a short form of the only name it stands for in the same article"
    if short and all(word in full for word in short):
        return "a short name written after the full name in the same article"
    return (
        "another name an article gives it (an abbreviation it defines, or another spelling of the same name)"
    )
