"""Quoted passages in a text, with their offsets (no judgement of who said them)."""

from __future__ import annotations

from dataclasses import dataclass

_OPENING = '“"«„'


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
    """
    spans: list[QuoteSpan] = []
    i = 0
    while True:
        open_at = _next_open(text, i)
        if open_at < 0:
            return spans
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
            if nxt < len(text) and text[nxt] in _OPENING:
                j = nxt + 1  # an unclosed paragraph, the next reopening: the quotation goes on
                continue
            spans.append(QuoteSpan(start, para, para))
            i = para
            break


def _next_open(text: str, i: int) -> int:
    found = [p for p in (text.find(ch, i) for ch in _OPENING) if p >= 0]
    return min(found) if found else -1


def _next_close(text: str, i: int) -> int:
    found = [p for p in (text.find(ch, i) for ch in '”"»') if p >= 0]
    return min(found) if found else -1
