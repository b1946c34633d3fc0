"""Bills: the draft laws and the revisions of a law that the news names by their subject, and the
regional regulations and their drafts named by their subject alone.

``RUU Kelautan Pesisir``, ``Revisi Undang-Undang Kelautan Pesisir``, ``Rancangan Undang-Undang
(RUU) Sistem Irigasi Desa (Sirides)``, ``RUU tentang Perubahan atas UU Nomor 9 Tahun 2011 tentang
Pameran Dagang (Pamerda)``. A bill is no law yet (no ``schema:Legislation``:
it has no number and no house has passed it), so it is a ``kgo:Program`` named ``Rancangan
Undang-Undang <subject>``; every form the article writes it in (with its abbreviation, or a
shorter subject that ends the longer one: "revisi UU Pameran Dagang" of the bill on
"Penyelenggaraan Pameran Dagang") is a label of the one node.
"""

from __future__ import annotations

import re

from kg import lang
from kg.extract import lexicon
from kg.extract.context import Context
from kg.extract.names import common_words
from kg.extract.programs import add_program, is_budget, spelled_out
from kg.records import Entity, EntityType

_ORDINALS = r"(?:Pertama|Kedua|Ketiga|Keempat|Kelima|Keenam)"
_BILL = re.compile(
    r"(?<![\w-])(?:Rancangan\s+Undang-[Uu]ndang(?:\s*\(RUU\))?|RUU|[Rr]evisi\s+(?:Undang-[Uu]ndang|UU))\s+"
    r"(?:tentang\s+)?"
    # an amendment names the law it changes, then that law's subject: the bill's subject too
    # ("RUU Perubahan Kedua atas UU Nomor 8 Tahun 2019 tentang ...", "revisi UU Nomor 7 Tahun 2017 tentang ...")
    rf"(?P<amends>(?:Perubahan(?:\s+{_ORDINALS})?\s+[Aa]tas\s+(?:Undang-[Uu]ndang|UU)\s+)?(?:Nomor|No\.?)\s*\d+"
    r"\s+[Tt]ahun\s+(?:19|20)\d\d\s+tentang\s+)?"
    r"(?!(?:Nomor|No)\b)(?P<subject>[A-Z][\w'’-]*(?:\s+(?:dan\s+)?[A-Z][\w'’-]*){0,7})"
    r"(?:\s*\((?:RUU\s+)?(?P<abbr>[A-Z][A-Za-z]{1,9})\))?"
)


#: a regional regulation or its draft named by its subject alone, without a number: "Rancangan
#: Peraturan Daerah (Ranperda) tentang Penyelenggaraan Kepemudaan", "Raperda tentang ...", "Perda
#: tentang Penataan Reklame dan Baliho" (a numbered one is legislation, kg.extract.programs); a
#: draft's short form may name its subject without "tentang" ("Ranperda Perubahan APBD Kota Medan
#: Tahun Anggaran 2022"), but not its region or number ("Ranperda Kota Medan Nomor ...")
_REGIONAL = re.compile(
    r"(?<![\w-])(?:(?P<draft>Rancangan\s+Peraturan\s+Daerah(?:\s*\((?:Ranperda|Raperda)\))?|Ranperda|Raperda)"
    r"|Peraturan\s+Daerah(?:\s*\(Perda\))?|Perda)\s+"
    r"(?:tentang\s+|(?:(?<=Ranperda\s)|(?<=Raperda\s))(?!(?:Kota|Kabupaten|Provinsi|Nomor|No)\b))"
    r"(?P<subject>[A-Z][\w'’-]*(?:\s+(?:dan\s+)?(?!(?:Ranperda|Raperda|Perda)\b)[A-Z0-9][\w'’-]*){0,8})"
)


#: the rest of a subject that lists what it is about: "... tentang Perlindungan dan Pemberdayaan
#: Peternak, Pekebun Rakyat, dan Perajin Tenun" (items of capitalised words, the last after "dan")
_LISTED_ON = re.compile(
    r"(?:,\s+(?!(?:Ranperda|Raperda|Perda)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})*"
    r",?\s+dan\s+(?!(?:Ranperda|Raperda|Perda)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
)


#: words after "RUU" that say which kind of bill, not its subject ("RUU Prioritas 2026", "RUU Usulan DPR")
_NOT_SUBJECTS = frozenset(lang.words("bill-not-subjects", casefold=True))


def _no_bill(ctx: Context, subject: str) -> bool:
    """Whether the words after "RUU" name something else than one bill's subject: a kind of bill
    ("RUU Prioritas"), a budget ("RUU APBN 2031": the draft budget, read with the budgets) or a
    programme of bills ("RUU Prolegnas 2025-2026", where the article spells "Prolegnas" out as a
    "Program ...")."""
    first = subject.split()[0]
    return (
        first.casefold() in _NOT_SUBJECTS
        or is_budget(first)
        or any(p.startswith("Program ") for p in spelled_out(ctx.text, first))
    )


def _named_again(ctx: Context, known: Entity | None, name: str, start: int, end: int) -> Entity | None:
    """The programme ``text[start:end]`` writes: ``known`` written again (a mention of it), else a new
    one named ``name`` (none where the words name something else)."""
    if known is None:
        return add_program(ctx, name, start, end)
    known.mention(ctx.span(start, end), ctx.stage)
    ctx.claim(start, end, known)
    return known


def extract_bills(ctx: Context) -> None:
    """Each bill the article names, one programme however often and in whatever form it is written."""
    found = [
        m
        for m in _BILL.finditer(ctx.text)
        if not ctx.in_furniture(m.start()) and not _no_bill(ctx, m.group("subject"))
    ]
    by_subject: dict[str, Entity] = {}
    # the longest subject first, so that a shorter one ending it finds its bill
    for m in sorted(found, key=lambda m: -len(m.group("subject"))):
        subject, end = m.group("subject"), m.end("subject")
        key = subject.casefold()
        bill = by_subject.get(key) or next(
            (b for known, b in by_subject.items() if known.endswith(f" {key}")), None
        )
        if m.group("amends"):
            # the subject is the revised law's, taken with it (and may name a body: "tentang
            # Badan Pengelola Irigasi"): the bill is written up to it
            end = m.end("amends") - len(" tentang ")
        elif bill is None and ctx.claimed(m.start("subject"), end):
            continue  # "RUU" before a name another reader has taken
        bill = _named_again(ctx, bill, f"Rancangan Undang-Undang {subject}", m.start(), end)
        if bill is None:
            continue
        bill.aliases.update({f"RUU {subject}", ctx.text[m.start() : m.end("subject")]})
        by_subject.setdefault(key, bill)
        if abbr := m.group("abbr"):
            bill.aliases.update({f"RUU {abbr}", f"Rancangan Undang-Undang {abbr}"})
            by_subject.setdefault(abbr.casefold(), bill)


def _not_one_regulation(ctx: Context, m: re.Match[str]) -> bool:
    """Whether a regulation named by its subject is rather a budget ("Raperda tentang Anggaran
    Pendapatan dan Belanja Daerah (APBD) ... 2023", read with the budgets) or an amendment of a
    numbered one ("Raperda tentang Perubahan Kedua atas Peraturan Daerah Nomor 16 Tahun 2016 ...",
    read with that regulation)."""
    subject = m.group("subject")
    return (
        is_budget(subject.split()[0])
        or subject.removeprefix("Perubahan ").startswith(("Anggaran Pendapatan", "APBD"))
        or ctx.text.startswith(" atas ", m.end("subject"))
    )


def _listed_on(ctx: Context, end: int) -> int:
    """Where a subject ending at ``end`` ends with the list it goes on with (:data:`_LISTED_ON`), or
    ``end``: no item opens with a title ("..., Wali Kota Budi dan ...": the sentence goes on)."""
    listed = _LISTED_ON.match(ctx.text, end)
    if listed is None:
        return end
    items = re.split(r",?\s+dan\s+|,\s+", listed.group().strip(", "))
    if any(
        item.split()[0] in lexicon.TITLE_FIRST_WORDS or item.split()[0] in lexicon.HONORIFICS
        for item in items
    ):
        return end
    return listed.end()


def _before_a_holder(ctx: Context, start: int, end: int) -> int:
    """Where a subject over ``text[start:end]`` ends before a name that runs into it: "Ketua Pansus
    Ranperda Kepemudaan Yosua Christian Manurung", "... Ranperda Pasar Rakyat Hj. Nur Laila"; not
    at an item the subject lists ("Perlindungan dan Pemberdayaan Peternak", however a tagger reads it)."""
    for k in range(ctx.token_index(start) + 1, ctx.token_index(end)):
        token = ctx.tokens[k]
        if ctx.tokens[k - 1].text in {"dan", ","}:
            continue
        if token.text in lexicon.HONORIFICS or (
            ctx.person_starts_at(token.start) and token.bare.lower() not in common_words()
        ):  # ("... Kebudayaan Adat Banjar": a common word the tagger opens a name at)
            return start + len(ctx.text[start : token.start].rstrip())
    return end


#: a legislature's special committee, named by the bill after it ("Ketua Pansus Ranperda Kepemudaan",
#: "Panitia Khusus (Pansus) Ranperda ...": legislature-units.tsv)
_COMMITTEE = lexicon.SPECIAL_COMMITTEE
_COMMITTEE_BEFORE = re.compile(
    rf"\b(?:{_COMMITTEE}|{lexicon.LEGISLATURE_UNITS[_COMMITTEE][0]}(?: \({_COMMITTEE}\))?)\s+$"
)
#: how far before a bill its committee's name may start
_COMMITTEE_REACH = 40


#: a law named by its subject alone, without its number: "Undang-Undang tentang Pengelolaan Danau Zorba
#: antara Pemerintah Pusat dan Daerah (PDZ)"
_LAW_BY_SUBJECT = re.compile(
    r"(?<![\w-])(?:Undang-[Uu]ndang|UU)\s+tentang\s+"
    r"(?P<subject>[A-Z][\w'’-]*(?:\s+(?:(?:dan|antara)\s+)?[A-Z][\w'’-]*){0,9})"
    r"(?:\s*\((?P<abbr>[A-Z][A-Za-z]{1,9})\)(?!\w))?"
)


def extract_laws_by_subject(ctx: Context) -> None:
    """A law in force that the article names by its subject, without its number ("Dengan berlakunya
    Undang-Undang tentang X (ABC), ..."): a programme ``Undang-Undang tentang <subject>`` (a numbered
    one is legislation, kg.extract.programs), with its short form ("UU ABC") as a label."""
    for m in _LAW_BY_SUBJECT.finditer(ctx.text):
        subject, abbr = m.group("subject"), m.group("abbr")
        if ctx.in_furniture(m.start()) or ctx.claimed(m.start(), m.start("subject")):
            continue  # (a body named inside the subject is read already: "... antara Pemerintah Pusat dan ...")
        numbered = next(
            (
                law
                for law in ctx.of_type(EntityType.LEGISLATION)
                if any(label.endswith(f" tentang {subject}") for label in (law.name, *law.aliases))
            ),
            None,
        )
        if numbered is not None:
            # "UU tentang X" after "Undang-Undang Nomor 12 Tahun 2019 tentang X": that law again
            numbered.mention(ctx.span(m.start(), m.end()), ctx.stage)
            ctx.claim(m.start(), m.end(), numbered)
            continue
        # (a programme whatever bodies its subject names: add_program would read them as the phrase's)
        law = ctx.add(EntityType.PROGRAM, f"Undang-Undang tentang {subject}", m.start(), m.end(), ctx.stage)
        ctx.claim(m.start(), m.end(), law)
        law.aliases.update({ctx.text[m.start() : m.end()], f"UU tentang {subject}"})
        if abbr is not None:
            law.aliases.update({abbr, f"UU {abbr}"})
            ctx.abbreviations.setdefault(abbr, law)


def extract_regional_regulations(ctx: Context) -> None:
    """Each regional regulation or draft the article names by its subject alone, one programme
    (``Rancangan Peraturan Daerah tentang <subject>``) however it is written: "Ranperda tentang X"
    and "Rancangan Peraturan Daerah (Ranperda) tentang X" are one, and so is the Perda the draft
    becomes ("menyetujui Ranperda tentang X menjadi Perda tentang X"), named as first written; a
    shorter subject that ends a longer one is the same regulation's ("Ranperda Kepemudaan")."""
    by_subject: dict[str, Entity] = {}
    for m in _REGIONAL.finditer(ctx.text):
        end = _before_a_holder(ctx, m.start("subject"), _listed_on(ctx, m.end("subject")))
        subject = ctx.text[m.start("subject") : end]
        if (
            not subject
            or ctx.in_furniture(m.start())
            or (
                ctx.claimed(m.start(), end)
                and not _COMMITTEE_BEFORE.search(ctx.text, max(0, m.start() - _COMMITTEE_REACH), m.start())
            )
            or _not_one_regulation(ctx, m)
        ):
            continue  # (the bill a special committee is named by is the bill still: "Pansus Ranperda X")
        kind, short = (
            ("Rancangan Peraturan Daerah", "Ranperda") if m.group("draft") else ("Peraturan Daerah", "Perda")
        )
        key = subject.casefold()
        # "Ranperda tentang Penyelenggaraan Kepemudaan", then "Pansus Ranperda Kepemudaan": a subject
        # that ends the other's is the same regulation's
        known = by_subject.get(key) or next(
            (r for k, r in by_subject.items() if k.endswith(f" {key}") or key.endswith(f" {k}")), None
        )
        if known is None and subject.isupper():
            # "Raperda RPJMD" after "Raperda tentang Rencana Pembangunan ... Daerah (RPJMD)": the
            # subject's short form the article spelled out
            spelled = {phrase.casefold() for phrase in spelled_out(ctx.text, subject)}
            known = next((r for k, r in by_subject.items() if k in spelled), None)
        regulation = _named_again(ctx, known, f"{kind} tentang {subject}", m.start(), end)
        if regulation is None:
            continue
        by_subject.setdefault(key, regulation)
        regulation.aliases.update(
            {f"{kind} tentang {subject}", f"{short} tentang {subject}", ctx.text[m.start() : end]}
        )
        regulation.aliases.discard(regulation.name)
