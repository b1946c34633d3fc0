"""Sentence splitting with character offsets, aware of Indonesian abbreviations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg import lang

# Abbreviations that end in a period without ending the sentence, given names written short
# inside a person's name ("H. Moch. Shobirin") and the honorifics written with a period before one
# ("drg. Ani", "Pdt. Yosua"; of "R.Ay." the word before its last period, a single capital being
# one already).
ABBREVIATIONS = (
    frozenset(lang.words("sentence-abbreviations", casefold=True))
    | frozenset(word.lower() for word in lang.words("name-abbreviations", casefold=True))
    | frozenset(
        last.lower()
        for word in lang.words("honorifics")
        if word.endswith(".") and len(last := word.rstrip(".").rsplit(".", 1)[-1]) > 1
    )
)

_BOUNDARY = re.compile(r"[.!?]+[”\"’']?(?=\s+[“\"‘'(\[]?[A-Z0-9])|\n+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split(text: str) -> list[Sentence]:
    """Sentences of ``text`` as offset ranges.

    >>> [s.text for s in split("Pj. Wali Kota hadir. Ia berkata.\\nParagraf baru")]
    ['Pj. Wali Kota hadir.', 'Ia berkata.', 'Paragraf baru']
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith(".") and (
            abbreviation_before(text, match.start()) or _item_number_before(text, match.start())
        ):
            continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        _add(text, start, end, sentences)
        start = match.end()
    _add(text, start, len(text), sentences)
    return sentences


def abbreviation_before(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation (``Plt.``, ``H.``) rather than a sentence."""
    word = re.search(r"([A-Za-z]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1)
    return (len(token) == 1 and token.isupper()) or token.lower() in ABBREVIATIONS


def _item_number_before(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` follows a list item's number opening its line ("1. Juara I: Desa X"):
    the item goes on after it.

    >>> [s.text for s in split("Pemenangnya:\\n1. Juara I: Desa Lumban\\n2. Juara II: Desa Tomok")]
    ['Pemenangnya:', '1. Juara I: Desa Lumban', '2. Juara II: Desa Tomok']
    """
    line = text[text.rfind("\n", 0, dot) + 1 : dot].strip()
    return line.isdigit() and len(line) <= 2


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def containing(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence that contains character ``offset``."""
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None
