"""Site furniture inside an article body: datelines, bylines, captions and read-also lines.

``MALANGVOICE –``, ``KOTA MALANG -`` (a dateline), ``(cah/ram)`` (editors'
initials), ``Reporter: ...``, ``Editor: ...``, ``Foto: ...``, ``Baca Juga: ...``,
``Simak Video ...`` and ``SCROLL TO CONTINUE WITH CONTENT`` are claimed before
any other stage runs, so they never become entities.
"""

from __future__ import annotations

import re

from kg.extract.context import Context

_DATELINE = re.compile(
    r"(?m)^\s*(?:[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3})(?:\s*,\s*[A-Za-z.]+)?\s*(?:[–—-]|\(\w+\)\s*[–—-]|:)\s"
)
_BYLINE = re.compile(
    r"(?im)^\s*(?:(?:reporter|wartawan|editor|penulis|pewarta|fotografer|foto|sumber|redaktur|kontributor|penyunting|"
    r"caption|keterangan foto|ilustrasi)\s*:|baca juga\b|simak juga\b|simak video\b|tonton juga\b|lihat juga\b)[^\n]*$"
)
_INITIALS = re.compile(
    r"\((?:[a-z]{2,5}(?:/[a-z]{2,5})+|[a-z]{2,5})\)\s*$|\(\s*[a-z]{2,5}(?:/[a-z]{2,5})+\s*\)"
)
_CAPTION = re.compile(r"\((?:Foto|Sumber|Ilustrasi|Dok|Dokumentasi)\s*[:.][^)\n]*\)", re.IGNORECASE)
_SHOUTING = re.compile(r"(?m)^[^a-z\n]*SCROLL TO CONTINUE[^\n]*$|ADVERTISEMENT")


def claim_furniture(ctx: Context) -> None:
    """Claim furniture so that later stages skip it."""
    text = ctx.text
    for pattern in (_BYLINE, _INITIALS, _CAPTION, _SHOUTING):
        for m in pattern.finditer(text):
            ctx.claim(m.start(), m.end())
    for m in _DATELINE.finditer(text):
        head = m.group().strip(" –—-:\n")
        if len(head) >= 3 and not any(ch.islower() for ch in head.split("(")[0]):
            ctx.claim(m.start(), m.end())
