"""Coverage of annotated stakeholders: how many listed government actors the graph found.

The detik.com dev corpus lists, per article, the stakeholders an annotator saw
(column ``entity``: JSON with ``government``, ``industry``, ``society`` ...
lists, e.g. ``"Gubernur Bengkulu Hendra Gunawan"``, ``"Pemprov Bengkulu"``). A
stakeholder is found when a person or organisation node the article mentions
carries a name (label or alias) that appears, as whole words, in the
stakeholder's description, or the description in the name.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.lexicon import is_degree
from kg.ingest import FieldMap
from kg.query import named
from kg.store import Store


class StakeholderError(ValueError):
    """The stakeholder CSV lacks a column the comparison needs."""


@dataclass
class Coverage:
    found: int = 0
    listed: int = 0
    articles: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.found / self.listed if self.listed else 1.0

    def as_dict(self) -> dict[str, int | float]:
        """The counts as JSON-ready data (``kg eval --stakeholders --json``)."""
        return {"found": self.found, "listed": self.listed, "ratio": self.ratio, "articles": self.articles}


def norm(name: str) -> str:
    """Compare names without case, punctuation, accents or trailing degrees.

    (Looser than the gold scorer's :func:`kg.evaluate.gold.norm`, which follows the
    team's reference scorer.)

    >>> norm("Iwan Kurniawan, ST, MM") == norm("iwan kurniawan")
    True
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    parts = text.split(",")
    kept = [parts[0]] + [p for p in parts[1:] if not all(is_degree(w) for w in p.split())]
    words = re.sub(r"[^\w]+", " ", ",".join(kept).casefold()).split()
    return " ".join(words)


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def matches(stakeholder: str, names: set[str]) -> bool:
    """Whether any node name denotes the stakeholder.

    >>> matches("Gubernur Riau Hendra Gunawan", {"hendra gunawan"})
    True
    >>> matches("Badan Pusat Statistik (BPS)", {"bps"})
    True
    >>> matches("Presiden Harjono", {"harjono"})
    True
    >>> matches("Pemprov Bengkulu", {"bps"})
    False
    """
    wanted = norm(stakeholder)
    inner = norm(stakeholder.split("(")[1].rstrip(")")) if "(" in stakeholder else ""
    for name in names:
        if len(name) < 3:
            continue
        if name in {wanted, inner} or (
            len(name.split()) >= 2 and (_contains(wanted, name) or _contains(name, wanted))
        ):
            return True
        if len(name) >= 4 and wanted.endswith(f" {name}"):
            return True  # "Presiden Harjono": the title, then the name
    return False


def _names_by_article(store: Store) -> dict[str, set[str]]:
    rows = store.select(named.NAMES_BY_ARTICLE)
    names: dict[str, set[str]] = {}
    for row in rows:
        names.setdefault(row.get("url") or row["title"], set()).add(norm(row["label"]))
    return names


def evaluate_stakeholders(
    store: Store, path: str | Path, fields: FieldMap, kind: str = "government", column: str = "entity"
) -> Coverage:
    """Share of ``kind`` stakeholders listed in ``column`` that the graph has as mentioned persons or organisations."""
    names = _names_by_article(store)
    coverage = Coverage()
    csv.field_size_limit(1 << 26)
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        absent = [name for name in (column, fields.title) if name not in header]
        if absent:
            raise StakeholderError(
                f"{path} has no column {', '.join(map(repr, absent))} (columns: {', '.join(header) or 'none'}); "
                "name the columns with --field title=COL,url=COL"
            )
        for row in reader:
            try:
                listed = json.loads(row.get(column) or "{}").get(kind, [])
            except (json.JSONDecodeError, AttributeError):
                continue
            key = row.get(fields.url) or " ".join((row.get(fields.title) or "").split())
            found = names.get(key, set())
            coverage.articles += 1
            for stakeholder in listed:
                coverage.listed += 1
                if matches(stakeholder, found):
                    coverage.found += 1
                else:
                    coverage.missing.append(f"{(row.get(fields.title) or '')[:60]}: {stakeholder}")
    return coverage
