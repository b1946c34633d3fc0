"""Quoted passages in a text, with their offsets (no judgement of who said them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: the marks that open a quoted passage, and those that close one
OPENING = '“"«„'
CLOSING = '”"»'


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # of the quoted words, without the marks
    end: int
    close: int  # offset just after the closing mark


def find_quotes(text: str) -> list[QuoteSpan]:
    """Quoted passages, joined across paragraphs that reopen the quotation.

    >>> t = '“Satu dua tiga empat,” ujarnya. “Lima enam\\n\\n“Tujuh delapan,” katanya.'
    >>> [t[q.start:q.end] for q in find_quotes(t)]
    ['Satu dua tiga empat,', 'Lima enam\\n\\n“Tujuh delapan,']

    ... and across a paragraph that only closes it (its writer marking the end alone):

    >>> t = '“Satu dua tiga.\\n\\nEmpat lima enam,” katanya.'
    >>> [t[q.start:q.end] for q in find_quotes(t)]
    ['Satu dua tiga.\\n\\nEmpat lima enam,']

    A straight mark right after a comma or a full stop closes a quotation whose opening mark the
    page lost: the quotation is its paragraph up to that mark.

    >>> t = 'Ia datang.\\nPenting sekali," kata Budi.\\n"Kami siap," ujarnya.'
    >>> [t[q.start:q.end] for q in find_quotes(t)]
    ['Penting sekali,', 'Kami siap,']
    """
    spans: list[QuoteSpan] = []
    i = 0
    while True:
        open_at = _next_open(text, i)
        if open_at < 0:
            return spans
        if _closes(text, open_at):
            # 'beracun," kata Smith' with no opening mark in the paragraph: the page lost it; the
            # quotation is the paragraph up to this mark
            para = text.rfind("\n", 0, open_at) + 1
            if para >= i and not any(ch in text[para:open_at] for ch in OPENING + CLOSING):
                spans.append(QuoteSpan(para, open_at, open_at + 1))
            i = open_at + 1
            continue
        start = open_at + 1
        j = start
        while True:
            close = _next_close(text, j)
            para = text.find("\n", j)
            if close >= 0 and (para < 0 or close < para):
                spans.append(QuoteSpan(start, close, close + 1))
                i = close + 1
                break
            if para < 0:
                spans.append(QuoteSpan(start, len(text), len(text)))
                return spans
            nxt = para
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            if nxt < len(text) and text[nxt] in OPENING:
                j = nxt + 1  # an unclosed paragraph, the next reopening: the quotation goes on
                continue
            if _closed_later(text, nxt):
                j = nxt  # an unclosed paragraph, the next closing it with no mark of its own: it goes on
                continue
            spans.append(QuoteSpan(start, para, para))
            i = para
            break


def _closed_later(text: str, at: int) -> bool:
    """Whether the paragraph from ``at`` closes a quotation with a curly mark and opens none before it:
    the words of a quotation the paragraph before left open, its writer marking only its end."""
    end = text.find("\n", at)
    paragraph = text[at : end if end >= 0 else len(text)]
    close = paragraph.find("”")
    return close > 0 and not any(ch in paragraph[:close] for ch in OPENING)


def _closes(text: str, at: int) -> bool:
    """Whether the straight mark at ``at`` can only close a quotation: it follows a comma or a full
    stop with no space, and a lower-case word follows it ('beracun," kata Smith'; not 'ujarnya."Kami')."""
    return (
        text[at] == '"'
        and at > 0
        and text[at - 1] in ",.!?"
        and re.match(r" [a-z]", text[at + 1 : at + 3]) is not None
    )


def _next_open(text: str, i: int) -> int:
    found = [p for p in (text.find(ch, i) for ch in OPENING) if p >= 0]
    return min(found) if found else -1


def _next_close(text: str, i: int) -> int:
    found = [p for p in (text.find(ch, i) for ch in CLOSING) if p >= 0]
    return min(found) if found else -1
