"""Splitting a text dump (title line, blank line, paragraphs; repeated) into articles.

A title is a short paragraph of one line that does not end like a sentence and
is followed by at least one long body paragraph. Short lines after the last
body paragraph ("SUMBERSARI OKE", "Exit mobile version") are site furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_SENTENCE_END = (".", "!", "?", "”", '"', ":", ";", "’", "'", ")")
MAX_TITLE = 200
MIN_BODY = 120


@dataclass(frozen=True)
class Segment:
    """A title and the body that follows it, as character ranges of the source."""

    title: str
    body: str
    body_start: int


def _is_title(text: str) -> bool:
    line = text.strip()
    return (
        "\n" not in line
        and 0 < len(line) <= MAX_TITLE
        and not line.endswith(_SENTENCE_END)
        and any(ch.isalpha() for ch in line)
    )


def split_dump(text: str) -> list[Segment]:
    """Articles of a dump; the body is the exact source slice, so offsets stay valid.

    >>> doc = "Judul Satu\\n\\n" + "Isi berita pertama. " * 8 + "\\n\\nJudul Dua\\n\\n" + "Isi kedua. " * 15
    >>> [s.title for s in split_dump(doc + "\\n\\nExit mobile version\\n")]
    ['Judul Satu', 'Judul Dua']
    """
    paragraphs = [(m.start(), m.end(), m.group()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    titles = [
        i for i, (_, _, para) in enumerate(paragraphs) if _is_title(para) and _has_body_after(paragraphs, i)
    ]
    segments = []
    for n, i in enumerate(titles):
        stop = titles[n + 1] if n + 1 < len(titles) else len(paragraphs)
        body_paras = paragraphs[i + 1 : stop]
        while body_paras and _is_title(body_paras[-1][2]) and len(body_paras[-1][2]) < MIN_BODY:
            body_paras.pop()  # trailing furniture
        if not body_paras:
            continue
        start, end = body_paras[0][0], body_paras[-1][1]
        segments.append(Segment(paragraphs[i][2].strip(), text[start:end].rstrip(), start))
    return segments


def _has_body_after(paragraphs: list[tuple[int, int, str]], i: int) -> bool:
    """The next paragraph is long prose, not another short line."""
    return i + 1 < len(paragraphs) and (
        len(paragraphs[i + 1][2]) >= MIN_BODY or not _is_title(paragraphs[i + 1][2])
    )
