"""Site furniture inside an article body: datelines, bylines, captions and read-also lines.

``MALANGVOICE –``, ``KOTA MALANG -`` (a dateline), ``(cah/ram)`` (editors'
initials), ``Reporter: ...``, ``Editor: ...``, ``Foto: ...``, ``Baca Juga: ...``,
``Simak Video ...``, ``SCROLL TO CONTINUE WITH CONTENT`` and a paragraph that is only a short
quoted exclamation (an outlet's slogan) are claimed before
any other stage runs, so they never become entities.
"""

from __future__ import annotations

import re

from kg.extract.context import Context

# "MALANGVOICE –", "KOTA MALANG -", "BATU, (SURYAMALANG.COM) -", "Malang (malangkota.go.id) –":
# place or outlet words, an optional outlet in brackets, then a dash, at the start of a paragraph.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<head>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:,[ \t]*[A-Za-z.]+)?)"
    r"(?P<outlet>,?[ \t]*\([^)\n]{2,40}\))?[ \t]*[–—-][ \t]"
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
#: A paragraph that is only a short quoted exclamation: an outlet's slogan ("Detik Pagi, Jangan Tidur Lagi!").
_SLOGAN = re.compile(r'(?m)^[ \t]*["“][^"”\n]{3,60}!["”][ \t]*$')


def claim_furniture(ctx: Context) -> None:
    """Claim furniture so that later stages skip it."""
    text = ctx.text
    for pattern in (_BYLINE, _INITIALS, _CAPTION, _SHOUTING, _SLOGAN):
        for m in pattern.finditer(text):
            ctx.claim(m.start(), m.end())
            ctx.furniture.append((m.start(), m.end()))
    for m in _DATELINE.finditer(text):
        # shouting words, an outlet in brackets, or the very start of the article
        if m.group("outlet") or m.group("head").isupper() or m.start() == 0:
            ctx.claim(m.start(), m.end())
