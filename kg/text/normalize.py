"""Normalisation of labels: the one place that decides when two names are the same."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Zero-width and bidi controls never carry meaning in a name but break equality.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_NON_WORD = re.compile(r"[^\w]+")


#: what a name writes in brackets inside it: a short form or an aside ("(Kakanwil)", "(DJA)")
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def without_brackets(text: str) -> str:
    """``text`` without what it writes in brackets.

    >>> without_brackets("Kantor Wilayah (Kakanwil) Kemenag Sumatera Utara")
    'Kantor Wilayah Kemenag Sumatera Utara'
    """
    return _BRACKETED.sub("", text)


def clean(text: str) -> str:
    """Collapse white space and drop invisible characters.

    >>> clean("  Erik\\u200b  Setyo\\nSantoso ")
    'Erik Setyo Santoso'
    """
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())


@lru_cache(maxsize=1 << 16)  # pure; asked again and again for the same names (IRIs, identity resolution)
def identity_key(label: str) -> str:
    """Case-, accent- and punctuation-insensitive key of a label.

    >>> identity_key("Pj. Wali Kota")
    'pj wali kota'
    >>> identity_key("Iwan  KURNIAWAN")
    'iwan kurniawan'
    """
    text = unicodedata.normalize("NFKD", clean(label))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", text.casefold()).replace("_", " ").split())


def display_case(name: str) -> str:
    """Title-case a name written in capitals, leave mixed case alone.

    >>> display_case("IWAN KURNIAWAN")
    'Iwan Kurniawan'
    >>> display_case("Erik Setyo Santoso")
    'Erik Setyo Santoso'
    """
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) > 3 and all(ch.isupper() for ch in letters) and " " in name:
        return " ".join(word.capitalize() for word in name.split())
    return name
