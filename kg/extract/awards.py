"""Awards (``kgo:Award``): what was won, by whom, conferred by whom.

Press releases list awards as an enumeration: ``predikat Terbaik Kedua ...
dalam gelaran Anugerah Media Humas (AMH), Terbaik I Kategori ..., dan
Terbaik II Kategori ... pada ajang Jatim Public Relation Award, ...``. Each
item opening with an award word is one award; a conferring clause
(``dalam gelaran X``, ``pada ajang X``, ``dari X``) names who confers it
and applies back to the items before it that name none. The recipient is the
organisation or person said to win (``meraih``, ``menerima``, ``ditorehkan``)
or, failing that, the article's government.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.organizations import add_org, parse_org
from kg.extract.programs import add_program
from kg.records import Award, Entity, EntityType

_AWARD_START = re.compile(
    r"^(?:(?:predikat|penghargaan|anugerah|piala|trofi|sertifikat|medali|gelar)\s+)?"
    r"(?:Terbaik|Juara|Penghargaan|Predikat|Anugerah|Piala|Trofi|Medali|Peringkat|Nominasi|Kategori|Sertifikat|Award|"
    r"Pemenang|Bhumandala|Adipura|Adiwiyata|Swasti Saba|Wahana Tata Nugraha|Satyalancana|Opini WTP|WTP|Paritrana|"
    r"Penghargaan|Kota Sehat|Kabupaten Sehat|Top\s)",
)
_SENTENCE_CUE = re.compile(
    r"\b(?:penghargaan|predikat|anugerah|award|awards|juara|terbaik|piala|trofi|meraih|menyabet)\b",
    re.IGNORECASE,
)
_CONFER = re.compile(
    r"\s+(?:dalam gelaran|pada gelaran|dalam ajang|pada ajang|di ajang|dalam|pada|dari|oleh)\s+(?P<by>[A-Z][^,;]*)$"
)
_SPLIT = re.compile(
    r",\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+(?=(?:penghargaan|predikat|Terbaik|Juara|Penghargaan|Predikat))"
)
_RECEIVE = re.compile(
    r"\b(?:meraih|menerima|diraih|ditorehkan|mendapat|mendapatkan|memperoleh|menyabet|memborong|dianugerahi|menggondol|raih)\b",
    re.IGNORECASE,
)
_INTRO = re.compile(r"\b(?:di antaranya|antara lain|yakni|yaitu|meliputi|adalah)\b[:\s]*", re.IGNORECASE)


#: Words after which an item goes on about the award instead of naming it ("Penghargaan ini
#: merupakan ...", "Penghargaan Mandaya Awards ini bukan akhir").
_CLAUSE = frozenset(
    {
        "ini",
        "itu",
        "tersebut",
        "merupakan",
        "bukan",
        "adalah",
        "yang",
        "akan",
        "telah",
        "sudah",
        "juga",
        "menjadi",
    }
)


def _name_part(item: str) -> str:
    """The award's name: the item up to the first word that starts a clause about it.

    >>> _name_part("Penghargaan Mandaya Awards ini bukan akhir"), _name_part("Penghargaan ini merupakan capaian")
    ('Penghargaan Mandaya Awards', 'Penghargaan')
    """
    words = item.split()
    for k, word in enumerate(words):
        if word in _CLAUSE:
            return " ".join(words[:k])
    return item


def _items(text: str) -> list[tuple[int, str]]:
    """The comma/dan-separated items of an enumeration, with their offsets in ``text``."""
    items = []
    pos = 0
    for m in _SPLIT.finditer(text):
        items.append((pos, text[pos : m.start()]))
        pos = m.end()
    items.append((pos, text[pos:]))
    return [(p, s) for p, s in items if s.strip()]


def _recipient(ctx: Context, sentence_start: int) -> Entity | None:
    """Who won: the entity named around a receiving verb, else the article's government."""
    for sentence in ctx.sentences:
        if sentence.start > sentence_start + 1:
            break
        for m in _RECEIVE.finditer(sentence.text):
            at = sentence.start + m.start()
            near = [
                c
                for c in ctx.claims
                if c.entity is not None
                and c.entity.type in {EntityType.ORGANIZATION, EntityType.PERSON}
                and abs(c.start - at) < 80
                and sentence.start <= c.start < sentence.end
            ]
            if near:
                return min(near, key=lambda c: abs(c.start - at)).entity
    governments = [
        e for e in ctx.of_type(EntityType.ORGANIZATION) if e.name.startswith("Pemerintah") and e.mentions
    ]
    if governments:
        return max(governments, key=lambda e: len(e.mentions))
    return None


def _conferrer(ctx: Context, text: str, start: int) -> Entity | None:
    """``Komisi Informasi Provinsi Jawa Timur`` (an organisation) or ``Anugerah Media Humas`` (an award programme)."""
    i = ctx.token_index(start)
    match = parse_org(ctx, i) if i < len(ctx.tokens) else None
    if match is not None and match.start == start:
        return add_org(ctx, match, ctx.stage, claim=False)
    name = re.sub(r"\s*\([^)]*\)\s*$", "", text).strip()
    lead = re.match(r"^(?:Penghargaan|Ajang|Gelaran)\s+", name)
    if lead:
        name, start = name[lead.end() :], start + lead.end()
    abbr = re.search(r"\(([A-Z][A-Za-z0-9]{1,9})\)", text)
    if len(name.split()) < 2:
        return None
    return add_program(ctx, name, start, start + len(name), *(abbr.groups() if abbr else ()))


def extract_awards(ctx: Context) -> None:
    """Awards in sentences that speak of them."""
    for sentence in ctx.sentences:
        if not _SENTENCE_CUE.search(sentence.text):
            continue
        intro = _INTRO.search(sentence.text)
        body_start = intro.end() if intro else 0
        body = sentence.text[body_start:].rstrip(".")
        pending: list[tuple[str, int, int]] = []
        recipient = None
        for offset, item in _items(body):
            stripped = item.strip()
            if not _AWARD_START.match(stripped):
                continue
            lead = len(item) - len(item.lstrip())
            start = sentence.start + body_start + offset + lead
            confer = _CONFER.search(stripped)
            name = stripped[: confer.start()] if confer else stripped
            name = re.sub(r"^(?:predikat|penghargaan)\s+(?=[A-Z])", "", name).strip()
            name = _name_part(name)
            if sum(1 for w in name.split() if w[:1].isupper() or w[:1].isdigit()) < 2:
                continue  # "Penghargaan diterima langsung ...": a sentence about an award, not its name
            pending.append((name, start, start + len(stripped)))
            if recipient is None:
                recipient = _recipient(ctx, sentence.start)
            if confer:
                by_text = confer.group("by")
                by = _conferrer(ctx, by_text, start + confer.start("by"))
                for n, s, e in pending:
                    ctx.awards.append(Award(n, ctx.span(s, e), recipient, by))
                pending = []
        for n, s, e in pending:
            ctx.awards.append(Award(n, ctx.span(s, e), recipient, None))
    _received(ctx)
    for award in ctx.awards:
        ctx.claim(award.span.start, award.span.end)  # award names are not organisations or people


_RECEIVED = re.compile(
    r"\b(?:meraih|menerima|mendapat|mendapatkan|memperoleh|menyabet|dianugerahi|menggondol|memboyong)\s+"
    r"(?:kembali\s+)?(?:penghargaan|predikat|anugerah|trofi|piala|gelar|sertifikat)\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z0-9][\w'’/-]*|dan|untuk|bidang|kategori|tingkat))*)"
    r"(?:\s+(?:dari|oleh)\s+(?P<by>[A-Z][^,.;]*))?"
)


def _received(ctx: Context) -> None:
    """``meraih penghargaan Adipura Kencana dari KLHK``: an award won, outside any enumeration."""
    known = [a.span for a in ctx.awards]
    for m in _RECEIVED.finditer(ctx.text):
        start = m.start("name")
        if any(s.start <= start < s.end for s in known):
            continue
        name = " ".join(m.group("name").split())
        while name.split()[-1].lower() in {"dan", "untuk", "bidang", "kategori", "tingkat"}:
            name = name.rsplit(" ", 1)[0]
        by = _conferrer(ctx, m.group("by"), m.start("by")) if m.group("by") else None
        ctx.awards.append(Award(name, ctx.span(start, start + len(name)), _recipient(ctx, m.start()), by))
