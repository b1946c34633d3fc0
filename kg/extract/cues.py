"""Word-list patterns the event readers share (:mod:`kg.extract.events`, :mod:`kg.extract.incidents`).

Each is compiled once, from its list under ``kg/resources/lang/id/``, for both readers: the
words that put an act away from the date beside it, the verbs of reporting, the words by which
a quotation speaks of its own day, and the words saying an act did not happen.
"""

from __future__ import annotations

import re

from kg import lang
from kg.extract.quotes import SPEECH_VERBS


def any_of(name: str, column: str = "word") -> str:
    """A regex alternation of a word list (``kg/resources/lang/id/<name>.tsv``), longest first."""
    return lang.alternation(lang.words(name, column, casefold=True))


#: words putting an act away from the date beside it ("akan", "besok"); not "berencana" of "Keluarga
#: Berencana" (family planning), a word of many a body's name (BKKBN, Dinas ... dan Keluarga Berencana)
NOT_NOW = re.compile(rf"(?<!Keluarga\s)\b(?:{any_of('event-not-now-words')})\b", re.IGNORECASE)
#: reporting verbs: a dated sentence with one is a statement ("kata X di Y, Rabu (15/10)")
SAID = re.compile(rf"\b(?:{lang.alternation(SPEECH_VERBS)})(?:nya)?\b", re.IGNORECASE)
#: in a quotation: it speaks of its own day or place ("Hari ini kita ...", "di sini")
SAME_DAY = re.compile(rf"\b(?:{any_of('quote-same-day-words')})\b", re.IGNORECASE)
#: just before an act's word: not held, denied or only a purpose ("tak ada diskusi", "untuk mengamankan")
NOT_HELD = re.compile(rf"\b(?:{any_of('not-held-words')})(?:\s+\w+){{0,2}}\s+$", re.IGNORECASE)
