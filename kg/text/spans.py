"""Flat mentions: the outermost entity spans, as flat named-entity annotation expects.

Extraction keeps nested mentions (``Jawa Timur`` inside ``Dinas ... Provinsi
Jawa Timur``, ``Kota Malang`` inside the title ``Wali Kota Malang``). Flat
NER annotation (CoNLL) marks only the outer one, and a region inside an office
title not at all. A person's name is always kept: it is the name itself, even
inside a title phrase; an organisation named after a title (``Ketua Umum
Partai Golkar``) is kept too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Mention = tuple[Any, ...]  # (start, end, type, ...)


def outermost(mentions: Sequence[Mention], titles: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Mentions not nested in a larger mention; places inside a title phrase are dropped too.

    >>> outermost([(0, 30, "Organization"), (20, 30, "Place"), (40, 45, "Person"), (32, 36, "Place")], [(31, 45)])
    [(0, 30, 'Organization'), (40, 45, 'Person')]
    """
    spans = {(m[0], m[1]) for m in mentions}
    kept: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for m in sorted(mentions, key=lambda m: (m[0], -m[1], _rank(m[2]))):
        start, end, kind = m[0], m[1], m[2]
        if (start, end) in seen:
            continue  # one label per span
        if kind != "Person":
            if any(s <= start and end <= e and (e - s) > (end - start) for s, e in spans):
                continue
            if kind == "Place" and any(s <= start and end <= e for s, e in titles):
                continue
        seen.add((start, end))
        kept.append(m)
    return kept


def _rank(kind: str) -> int:
    return {"Person": 0, "Organization": 1, "Place": 2}.get(kind, 3)
