"""Site furniture inside an article body: datelines, bylines, captions and read-also lines.

``MALANGVOICE –``, ``KOTA MALANG -`` (a dateline), ``(cah/ram)`` (editors'
initials; ``(hes/Kominfo)`` with their office), ``Reporter: ...``, ``Editor: ...``, ``Foto: ...``,
``Baca Juga: ...`` (and the headlines listed under it), ``Simak Video ...``, ``Tags: ...``,
``Bagikan: ...``, ``Ikuti ... di Google News``, ``SCROLL TO CONTINUE WITH CONTENT``, a paragraph
that is only a short quoted exclamation (an outlet's slogan) and a short paragraph in capitals (a
slogan or sign-off) are claimed before any other stage runs, so they never become entities.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kg import gazetteer, lang
from kg.extract.context import Context
from kg.extract.names import common_words
from kg.text.dates import DATELINE_TOWN, MONTHS, WEEKDAYS
from kg.text.tokens import occurrences

# "MALANGVOICE –", "KOTA MALANG -", "BATU, (SURYAMALANG.COM) -", "Malang (malangkota.go.id) –":
# place or outlet words, an optional outlet in brackets, then a dash, at the start of a paragraph.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<head>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:,[ \t]*[A-Za-z.]+)?)"
    r"(?P<outlet>,?[ \t]*\([^)\n]{2,40}\))?[ \t]*[–—-][ \t]"
)
#: "Dumai, Pesisir Riau –", "BANYUASIN, Sumsel Terkini –": a town, then an outlet of two or three
#: words after a comma, then a dash (:func:`_outlet_after_town` tells an outlet from a region)
_OUTLET_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},[ \t]*"
    r"(?P<after>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){1,2})[ \t]*[–—-][ \t]"
)
#: the town of an article's dateline, at its very start, and what marks it a town: a date ("Zorbatinggi, 2 Juni
#: 2025 –") or an outlet ("Zorbatinggi, dairiterkini.com –", "BATU (SURYAMALANG.COM) –"); or nothing ("SIDIKALANG –")
_DATELINE_TOWN = re.compile(
    r"\A\s*(?P<town>[A-Z][A-Za-z'’-]*(?:[ \t]+[A-Z][A-Za-z'’-]*){0,2})"
    rf"(?P<mark>,[ \t]*\d{{1,2}}[ \t]+(?i:{lang.alternation(MONTHS)})[ \t]+\d{{4}}"
    r"|,[ \t]*[\w-]+(?:\.[\w-]+)+|[ \t]*\([^)\n]{2,40}\))?[ \t]*[–—-][ \t]"
)
_BYLINE = re.compile(
    r"(?im)^\s*(?:(?:reporter|wartawan|editor|penulis|pewarta|fotografer|foto|sumber|redaktur|kontributor|penyunting|"
    r"laporan|liputan|peliput|naskah|teks|"
    r"caption|keterangan foto|ilustrasi|tags?|label|topik|kategori|suka ini)\s*:|baca juga\b|simak juga\b|simak video\b|"
    r"tonton juga\b|lihat juga\b|berita terkait\b|artikel terkait\b|"
    r"(?:bagikan|share)(?:\s+(?:ke|ini|this|artikel ini|berita ini))?\s*:)[^\n]*$"
)
# "(cah/ram)", and a public-relations office's after the initials: "(hes/Kominfo)", "(ari/Prokopim)"
_INITIALS = re.compile(
    r"\((?:[a-z]{2,5}(?:/[a-z]{2,5})+|[a-z]{2,5})\)\s*$|\(\s*[a-z]{2,5}(?:/[a-z]{2,5})+\s*\)"
    r"|\(\s*(?:[a-z]{2,5}/)+[A-Z][A-Za-z]{2,15}\s*\)"
    # a public-relations office's own credit closing a paragraph: "(Kominfo/Kota Zorba)", "(Humas Pemkab X)"
    r"|(?m:\((?:Humas|Kominfo|Diskominfo|Prokopim|Hms)\b[^()\n]{0,40}\)[ \t]*$)"
)
#: an outlet's call to follow it elsewhere: "Ikuti berita terkini dari X di Google News", "Dapatkan update
#: berita pilihan di saluran WhatsApp X" (the outlet's and the service's names are no bodies)
_FOLLOW_US = re.compile(
    r"(?im)^[ \t]*(?:ikuti|simak|dapatkan|gabung|follow|baca)\b[^\n]{0,160}?"
    r"\b(?:google news|saluran whatsapp|whatsapp channel)\b[^\n]{0,80}$"
)
#: a read-also heading alone on its line, then the linked headlines one to a line, each after a
#: list mark ("Baca juga:" / "– Kejari Dairi Periksa Kades X, ..."): other articles' headlines
_READ_ALSO_LIST = re.compile(
    r"(?im)^[ \t]*(?:baca juga|simak juga|lihat juga|berita terkait|artikel terkait|berita lainnya)[ \t]*:?[ \t]*\n"
    r"(?:[ \t]*[–—•*»·-][ \t]+[^\n]*(?:\n|\Z))+"
)
_CAPTION = re.compile(r"\((?:Foto|Sumber|Ilustrasi|Dok|Dokumentasi)\s*[:.][^)\n]*\)", re.IGNORECASE)
_SHOUTING = re.compile(r"(?m)^[^a-z\n]*SCROLL TO CONTINUE[^\n]*$|ADVERTISEMENT")
#: A paragraph that is only a short quoted exclamation: an outlet's slogan ("Detik Pagi, Jangan Tidur Lagi!").
_SLOGAN = re.compile(r'(?m)^[ \t]*["“][^"”\n]{3,60}!["”][ \t]*$')
#: A paragraph of two to eight words in capitals and nothing else: a slogan or a site's sign-off
#: ("KOTA KITA BERSINAR!", "SUMBER REJO GUYUB"), whose words are no bodies.
_SHOUTED_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z'’-]*(?:[ \t,]+[A-Z][A-Z'’-]*){1,7}[ \t]*[!.]?[ \t]*$")


def claim_furniture(ctx: Context) -> None:
    """Claim furniture so that later stages skip it."""
    text = ctx.text
    for pattern in (
        _BYLINE,
        _READ_ALSO_LIST,
        _FOLLOW_US,
        _INITIALS,
        _CAPTION,
        _SHOUTING,
        _SLOGAN,
        _SHOUTED_LINE,
    ):
        for m in pattern.finditer(text):
            ctx.claim(m.start(), m.end())
            ctx.furniture.append((m.start(), m.end()))
    for m in _DATELINE.finditer(text):
        # shouting words, an outlet in brackets, or the very start of the article
        if m.group("outlet") or m.group("head").isupper() or m.start() == 0:
            ctx.claim(m.start(), m.end())
    for m in _OUTLET_DATELINE.finditer(text):
        if (outlet := _outlet_after_town(m.group("after"))) is not None:
            ctx.claim(m.start(), m.end())
            for start, end in occurrences(text, outlet):  # "saat dikonfirmasi Pesisir Riau": the outlet again
                ctx.claim(start, end)


class DatelineTown(NamedTuple):
    """The town an article's dateline names, at ``text[start:end]``; ``marked`` when a date or an
    outlet follows it (a bare "SIDIKALANG –" may be an outlet's name too)."""

    start: int
    end: int
    marked: bool


#: a dateline's town and the comma before its date (kg.text.dates.DATELINE_TOWN), and what ends it after the
#: date: the agency in brackets, if any, and a dash
_DATED_TOWN = re.compile(DATELINE_TOWN)
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]")


def dates_the_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date written at ``text[start:end]`` is the one of the dateline ``text`` opens with.

    >>> dates_the_dateline("Tarutung, 14/3 (ANTARA) - Pemkab ...", 10, 14)
    True
    >>> dates_the_dateline("Dilansir AFP, Minggu (6/7/2025), Musk ...", 14, 31)
    False
    """
    return _DATED_TOWN.fullmatch(text, 0, start) is not None and _DATELINE_END.match(text, end) is not None


def dateline_town(text: str) -> DatelineTown | None:
    """The town of the dateline ``text`` opens with, if it opens with one."""
    m = _DATELINE_TOWN.match(text)
    return None if m is None else DatelineTown(m.start("town"), m.end("town"), m.group("mark") is not None)


def _outlet_after_town(after: str) -> str | None:
    """The outlet a dateline names after its town and a comma ("Dumai, Pesisir Riau –"): words that
    are no region ("BATU, Jawa Timur –"), no day ("Malang, Senin Pagi –") nor common words only."""
    region = gazetteer.match_at(after, 0)
    if (region is not None and region.end == len(after)) or after.split()[0] in WEEKDAYS:
        return None
    return None if all(w.casefold() in common_words() for w in after.split()) else after
