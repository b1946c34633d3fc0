"""Awards (``kgo:Award``): what was won, by whom, conferred by whom.

An award is read only where the text says it was won; an award programme an article merely
mentions or announces ("akan menyelenggarakan Anugerah Kebudayaan Indonesia") is none.
Two forms:

* **a verb of winning** before the award's name: ``Pemkot Batu kembali meraih penghargaan
  Adipura Kencana dari KLHK``, ``meraih Juara 1 Pesona Daerah Awards 2025 kategori Kabupaten``,
  ``dinobatkan sebagai Kota Terinovatif dalam ajang IGA 2024``; or a passive one after it:
  ``Penghargaan IGA 2024 diserahkan ... kepada Pemkot Malang``;
* **an enumeration**, as press releases list what was won: ``predikat Terbaik Kedua ...
  dalam gelaran Anugerah Media Humas (AMH), Terbaik I Kategori ..., dan Terbaik II Kategori
  ... pada ajang Jatim Public Relation Award, ...``. Each item opening with an award word is
  one award; a conferring clause (``dalam gelaran X``, ``pada ajang X``, ``dari X``) names who
  confers it and applies back to the items before it that name none.

The recipient is the body or person before an active verb, or after ``kepada``/``oleh`` of a
passive one; failing that, the article's government.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg import gazetteer, lang
from kg.extract import lexicon, people
from kg.extract.context import Context
from kg.extract.organizations import add_org, parse_org
from kg.extract.programs import add_program
from kg.extract.variants import initials
from kg.records import Award, Entity, EntityType
from kg.text import sentences
from kg.text.sentences import Sentence

#: noun before an award's name → whether the noun is part of the name ("Opini WTP")
_NOUNS = {
    w.casefold(): in_name == "yes"
    for w, in_name in lang.table("award-nouns", ("word", "in_name"), casefold=True)
}
#: words that make a capitalised phrase an award's name with no noun before it
_WORDS = lexicon.AWARD_WORDS
#: words before a verb of winning that say nothing was won yet ("berharap dapat meraih ...")
_NOT_YET = frozenset(w.casefold() for w in lang.words("award-not-yet-words", casefold=True))
_VERBS = lang.table("award-verbs", ("word", "voice", "oleh"), casefold=True)
_VOICE = {w.casefold(): voice for w, voice, _ in _VERBS}
_PASSIVE_VERB = re.compile(
    rf"\b(?:{lang.alternation(w for w, v in _VOICE.items() if v == 'passive')})\b", re.IGNORECASE
)

#: a word of an award's name: capitalised, a number, or a bracketed abbreviation or short name ("(AMH)",
#: "(Desa Astari)")
_TOKEN = r"(?:[A-Z0-9][\w'’/&.+-]*|\([A-Z][\w.&/-]*(?:\s+[A-Z][\w.&/-]*){0,2}\))"
#: lower-case words an award's name keeps between two of its words ("Terbaik II untuk kategori Rilis Pers")
_JOINER = r"(?:dan|untuk|bagi|tingkat|kategori|bidang|klasifikasi|predikat|dengan|tahun|of|for|the|in|on|&)"
_ORDINAL = r"ke-(?:[IVXL]+|\d+)\b"
#: the items of a list of capitalised words between commas, inside a name its bracketed short name
#: follows ("Lomba Desa Asri, Tertib dan Lestari (Desa Astari)")
_LISTED_IN_NAME = r",\s+(?=(?:[A-Z]\w+,\s+)*[A-Z]\w+,?\s+dan\s+[A-Z]\w+\s+\()"
#: a category in lower-case words inside a name, its level or year after it ("... Kebun Kopi Terbaik kategori
#: kopi arabika tingkat Provinsi X tahun 2019")
_LOWER_KIND_IN_NAME = r"\s+kategori(?:\s+[a-z]+){1,3}\s+(?:tingkat|tahun)\s+(?=[A-Z0-9])"
_NAME = re.compile(
    rf"{_TOKEN}(?:(?:\s+(?:{_JOINER}\s+)*|{_LISTED_IN_NAME}|{_LOWER_KIND_IN_NAME})(?:{_TOKEN}|{_ORDINAL}))*"
)
#: the ranks written in words ("juara pertama", "juara harapan")
_RANK_WORDS = r"umum|pertama|kedua|ketiga|harapan|favorit"
#: a place in a ranking, written in lower case after "juara"/"peringkat" ("juara 1", "juara umum")
_RANK = re.compile(
    # ("juara umum II": the overall rank's place)
    rf"(?:ke-?)?(?:\d+|[IVX]+|harapan(?:\s+(?:\d+|[IVX]+|satu|dua|tiga))?|umum\s+(?:[IVX]+|\d+)|{_RANK_WORDS})\b",
    re.IGNORECASE,
)
#: nouns of a competition, after the rank won in it or before ("juara 1 lomba ...", "Dalam lomba ..., juara 1")
_CONTEST_NOUNS = "|".join(lexicon.CONTEST_NOUNS)
_CONTEST_NOUN_SET = frozenset(lexicon.CONTEST_NOUNS)
#: ... as a contest's name writes them ("Lomba Kampung X")
_CONTEST_NOUNS_NAMED = _CONTEST_NOUNS.title()
#: a competition named in lower case after a rank ("juara 1 lomba inovasi pelayanan publik tingkat ...")
_CONTEST = re.compile(
    rf"\s+(?:dalam\s+|pada\s+)?(?:{_CONTEST_NOUNS}|pemilihan|penilaian)"
    # (not "pada lomba yang sama", "lomba tersebut": the contest named before, found as a rank alone's)
    r"(?!\s+(?:yang\s+sama|tersebut|itu|ini)\b)"
    r"(?:\s+(?!(?:yang|dari|oleh|pada|di|dengan|setelah|sehingga|karena|usai|saat|ketika|sebagai|berkat|atas|serta|dan)\b)"
    r"[\w/-]+){0,12}"
)
#: any verb of winning, either voice
#: verbs that win only a rank ("berhasil menjadi Juara I ...", "menempati Juara III"; "menjadi Desa
#: Wisata", "menempati gedung baru", "masuk Kantor Bupati" win nothing), so no sign on their own that a
#: sentence tells of a prize
_ONLY_RANK = frozenset({"menjadi", "menempati", "masuk", "tampil", "muncul"})
#: a place among the best, which those verbs win too ("masuk jajaran Top 10 Kompetisi Inovasi ...")
_TOP_RANK = re.compile(r"Top\s+\d+\b")
_WIN_VERB = re.compile(
    rf"{lang.starts(_VOICE)}\b(?:{lang.alternation(v for v in _VOICE if v not in _ONLY_RANK)})\b",
    re.IGNORECASE,
)
_ACTIVE = [v for v, voice in _VOICE.items() if voice == "active"]
_WIN = re.compile(
    rf"(?i:{lang.starts(_ACTIVE)})\b(?P<verb>(?i:{lang.alternation(_ACTIVE)}))"
    r"(?P<sebagai>\s+(?:sebagai|menjadi))?"
    r"(?:\s+(?:salah\s+satu\s+)?(?:penerima|peraih|pemenang))?"  # "sebagai salah satu penerima Penghargaan X"
    r"(?:\s+(?i:kembali|lagi|pula|juga|langsung|sebuah|satu|jajaran))*"
    # "menerima piagam penghargaan X"; "menerima piagam Adiwiyata Mandiri" (a name after it, which must then
    # hold an award's word)
    r"(?:\s+(?:piagam|sertifikat|plakat)(?=\s+(?:penghargaan\b|(?-i:[A-Z]))))?"
    # ("meraih predikat akreditasi Paripurna": the predicate's own noun after it)
    rf"(?:\s+(?:(?i:predikat)\s+)?(?P<noun>(?i:{lang.alternation(_NOUNS)}))(?:\s+(?P<grade>emas|perak|perunggu))?"
    # ("menerima penghargaan dari Kementerian X sebagai Penyalur Terbaik I ...": its giver between)
    r"(?:\s+dari\s+(?P<giver>(?-i:[A-Z])[^,;.]{0,120}?)(?=\s+sebagai\s+(?-i:[A-Z])))?(?:\s+sebagai)?)?"
    r"\s+(?:(?=[A-Z0-9(]|[\"“][A-Z])|(?<=[Jj]uara\s)|(?<=[Pp]eringkat\s))"
)
#: a sentence opening with an award's name ("Penghargaan IGA 2024 diserahkan ...")
_AWARD_SUBJECT = re.compile(
    rf"\s*(?:{lang.alternation([*lang.words('award-heads'), 'Predikat'])})\s+(?=[A-Z0-9])"
    rf"|\s*(?:Juara|Peringkat)\s+(?=(?:{_RANK_WORDS})\b)"  # ("Juara pertama diraih")
)
#: a clause opening with a rank in lower case, after a contest the sentence named ("... para pemenang
#: Lomba Kampung Tangguh 2024, yakni juara 1 diraih Desa X"): the rank is the award's name
_CLAUSE_RANK = re.compile(
    r"(?:,\s*(?:di\s*mana|yakni|yaitu)\s+|:\s*)(?P<rank>juara|peringkat)\s+"
    rf"(?=(?:{_RANK_WORDS}|\d+|[IVX]+)\b)"
)
#: a sentence opening with a linking phrase, then an award's noun in lower case and its name
#: ("Selain itu, penghargaan Bank Sampah Terbaik 2024 diserahkan ...")
_LINKED_AWARD_SUBJECT = re.compile(
    r"\s*(?:Selain itu|Sementara itu|Kemudian|Lalu|Adapun|Di samping itu|Pada kesempatan (?:itu|yang sama)),?\s+"
    r"(?:penghargaan|anugerah|piala|trofi)\s+(?=[A-Z0-9])"
)
#: inside a sentence, an award's noun and its name a relative clause says was given or received
#: ("melaporkan trofi predikat Kabupaten Layak Anak (KLA) kategori Nindya yang dianugerahkan KemenPPPA
#: kepada ...", "capaian opini Wajar Tanpa Pengecualian (WTP) yang diterima Pemkab X dari BPK ...")
#: words of time between "yang" and the verb of a relative clause about a prize ("yang sebelumnya
#: diterima", "yang telah diraih")
_BEFORE_THE_VERB = r"(?:sebelumnya|telah|sudah|pernah)"
_GIVEN_AWARD = re.compile(
    r"\b(?P<noun>predikat|penghargaan|anugerah|opini)\s+"
    # (won: "piagam predikat X yang diraih Kota Y dari ..."; said of before: "... yang sebelumnya diterima
    # dari ...")
    rf"(?=[A-Z0-9][^.;]{{0,120}}?\s+yang\s+(?:{_BEFORE_THE_VERB}\s+)?"
    r"(?:diberikan|dianugerahkan|diserahkan|diterima|diraih)\b)"
)
_CONFER_AFTER = re.compile(
    r"\s*,?\s*(?:yang\s+(?:diberikan|diserahkan|dianugerahkan|digelar|diselenggarakan)\s+(?:langsung\s+)?(?:oleh\s+)?"
    r"|dari\s+|oleh\s+|(?:dalam|pada|di)\s+(?:gelaran|ajang|acara)\s+)(?=[A-Z])"
)

# --- enumerations --------------------------------------------------------------------------------------

_AWARD_START = re.compile(
    # "opini Wajar Tanpa Pengecualian (WTP)", "penghargaan Kota Layak Anak (KLA)": an award's noun in
    # lower case before any name
    r"^(?:(?:predikat|penghargaan|anugerah|piala|trofi|sertifikat|medali|gelar|opini)\s+(?=[A-Z])|"
    r"(?:Terbaik|Juara|Penghargaan|Predikat|Anugerah|Piala|Trofi|Medali|Peringkat|Nominasi|Kategori|Sertifikat|Award|"
    r"Pemenang|Bhumandala|Adipura|Adiwiyata|Swasti Saba|Wahana Tata Nugraha|Satyalancana|Opini WTP|WTP|Paritrana|"
    r"Silver|Gold|Bronze|Kota Sehat|Kabupaten Sehat|Top\s))",
)
_CUES = ("penghargaan", "predikat", "anugerah", "award", "awards", "juara", "terbaik", "piala", "trofi", "meraih",
         "menyabet", "prestasi")  # fmt: skip
_SENTENCE_CUE = re.compile(rf"{lang.starts(_CUES)}\b(?:{lang.alternation(_CUES)})\b", re.IGNORECASE)
_CONFER = re.compile(
    r"\s+(?:dalam gelaran|pada gelaran|dalam ajang|pada ajang|di ajang|dalam|pada|dari|oleh)\s+(?P<by>[A-Z][^,;]*)$"
)
_SPLIT = re.compile(
    r",\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+(?=(?:penghargaan|predikat|Terbaik|Juara|Penghargaan|Predikat))"
    r"|\s+-\s*(?=[A-Z])"
)
_INTRO = re.compile(r"\b(?:di antaranya|antara lain|yakni|yaitu|meliputi|adalah)\b[:\s]*", re.IGNORECASE)
_LIST_OF_WON = re.compile(
    # ("memaparkan sejumlah capaian Pemkot ... dalam setahun terakhir. Di antaranya opini WTP ...":
    # the achievements listed in the next sentence)
    r"\b(?:penghargaan|prestasi|predikat|capaian)\b[^.]*(?:\.\s+)?\b(?:di antaranya|antara lain|yakni|yaitu|meliputi)\b",
    re.IGNORECASE,
)


def award_name(text: str) -> str:
    """The award's name at the start of ``text``: its capitalised words and the words joining them.

    >>> award_name("Penghargaan Pesona Daerah Awards ini bukan akhir")
    'Penghargaan Pesona Daerah Awards'
    >>> award_name("Terbaik II untuk kategori Rilis Pers klasifikasi Pemerintah Daerah dalam gelaran AMH")
    'Terbaik II untuk kategori Rilis Pers klasifikasi Pemerintah Daerah'
    >>> award_name("Penghargaan diterima langsung")
    'Penghargaan'
    """
    m = _NAME.match(text)
    name = m.group().rstrip(".") if m else ""
    if name in {"Juara", "Peringkat"} and (rank := _RANK_AFTER.match(text, len(name))) is not None:
        return text[: rank.end()]  # "Juara pertama diraih Desa X": the rank, in lower case, is the name's
    spelled = _SPELLED_ON.match(text, len(name)) if name else None
    if spelled is not None and initials(f"{name}{spelled.group('more')}".split()) == spelled.group("short"):
        return name + spelled.group("more")  # "Wilayah Bebas dari Korupsi (WBK)": "dari" inside the name
    if name and (among := _AMONG.match(text, len(name))) is not None:
        return name + among.group()  # "Puskesmas Terbaik se-Provinsi X": the region it is best in
    return name


#: the region a title of praise is the best in, after it: "... Terbaik se-Provinsi X", "... se-Jawa Timur"
_AMONG = re.compile(r"\s+se-?(?:Provinsi\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}")


#: a preposition and capitalised words, then a short form in brackets: "... dari Korupsi (WBK)"
_SPELLED_ON = re.compile(r"(?P<more>\s+(?:dari|di|ke)(?:\s+[A-Z][\w-]*)+)\s+\((?P<short>[A-Z]{2,8})\)")


#: a rank written in lower case after "Juara" or "Peringkat"
_RANK_AFTER = re.compile(rf"\s+{_RANK.pattern}", re.IGNORECASE)


def _with_the_one_before(ctx: Context, sentence_start: int, sentence_end: int) -> str:
    """The sentence from ``sentence_start`` to ``sentence_end``, after the sentence before it."""
    before = _sentence_before(ctx, sentence_start)
    return (before.text if before is not None else "") + " " + ctx.text[sentence_start:sentence_end]


def _sentence_before(ctx: Context, start: int) -> Sentence | None:
    """The sentence ending before ``start``, if one."""
    before = [s for s in ctx.sentences if s.end <= start]
    return before[-1] if before else None


def _reach_back(ctx: Context, start: int) -> int:
    """Where the ``_CONTEST_REACH`` sentences before ``start`` begin (``start`` when none is before it):
    how far back a rank alone looks for the award or contest of the ranks told before it."""
    for _ in range(_CONTEST_REACH):
        if (before := _sentence_before(ctx, start)) is None:
            break
        start = before.start
    return start


def _sentences_reached(ctx: Context, start: int) -> Iterator[Sentence]:
    """The sentences before ``start``, nearest first, that a rank alone looks back through for its
    contest: ``_CONTEST_REACH`` of them, besides those inside a quotation (a judge's or winner's words
    between the contest and its ranks)."""
    quotations = ctx.quotations
    counted = 0
    while counted < _CONTEST_REACH and (before := _sentence_before(ctx, start)) is not None:
        yield before
        start = before.start
        counted += not any(q.start - 1 <= before.start and before.end <= q.close for q in quotations)


def _won(ctx: Context, sentence_start: int, sentence_end: int) -> bool:
    """Whether the sentence, or the one before it, says something was won."""
    text = _with_the_one_before(ctx, sentence_start, sentence_end)
    return bool(_WIN_VERB.search(text) or _LIST_OF_WON.search(text))


#: passive verbs whose winner follows "oleh" ("diterima oleh Bupati"); the others give ("diserahkan oleh")
_RECEIVED = frozenset(w.casefold() for w, _, oleh in _VERBS if oleh == "winner")


def _named(ctx: Context, start: int, end: int) -> list[Entity]:
    """The bodies and persons the article names from ``start`` to ``end``, in text order.

    A city, regency or province counts as its government: "Kota Batu kembali meraih penghargaan"
    is won by the Pemerintah Kota Batu.
    """
    found = [(c.start, c.end, c.entity) for c in ctx.claims_in(start, end) if c.entity is not None]
    found += [  # regions are not claimed: their words may still be part of a body's name
        (m.span.start, m.span.end, place)
        for place in ctx.of_type(EntityType.PLACE)
        for m in place.mentions
        if start <= m.span.start < end
        and not ctx.claimed(m.span.start, m.span.end)
        # (nor where the winner comes from: "Desa X dari Kabupaten Y yang menempati Juara II")
        and not _LEVEL_OR_ORIGIN.search(ctx.text[max(0, m.span.start - _LEVEL_REACH) : m.span.start])
        # (nor the region a village named before lies in: "Desa X, Kabupaten Y")
        and not _AFTER_A_VILLAGE.search(ctx.text, max(0, m.span.start - _VILLAGE_REACH), m.span.start)
    ]
    named: list[Entity] = []
    body_end = -1  # where the last body named, and the places set off after it, end
    for at, until, entity in sorted(found, key=lambda f: f[0]):
        if entity.type is EntityType.PLACE and body_end >= 0 and _SET_OFF.fullmatch(ctx.text, body_end, at):
            body_end = until  # "Posyandu Kenari 2 Desa X, Kecamatan Y": where the body is, no winner
            continue
        body_end = until if entity.type is EntityType.ORGANIZATION else -1
        if (body := _as_body(ctx, entity)) is not None:
            named.append(body)
    return named


#: what stands between a body's name and the village or district it lies in, written after it
_SET_OFF = re.compile(r"\s*,?\s*")


#: "lomba Kampung Bersinar tingkat Provinsi Jawa Timur", "se-Jawa Timur": the contest's level, not a winner
_LEVEL = re.compile(r"(?:\btingkat|\bse-?)\s*$", re.IGNORECASE)
#: ... or where a winner comes from, not a winner either: "Desa X dari Kabupaten Y", "peternak asal Kota Z"
_LEVEL_OR_ORIGIN = re.compile(rf"{_LEVEL.pattern}|\b(?-i:dari|asal)\s+$", re.IGNORECASE)
#: the characters before a name that _LEVEL (or _LEVEL_OR_ORIGIN) is looked for in: anchored at the
#: name, so this only bounds the search ("tingkat" and its spaces fit); a slice, as the ``\b`` at its
#: start counts as a boundary
_LEVEL_REACH = 12


def _as_body(ctx: Context, entity: Entity) -> Entity | None:
    """The winner an entity named near an award stands for: a body or a person as it is; a city,
    regency or province as its government ("Kota Batu" → "Pemerintah Kota Batu"), a village as
    its government if the article names that; else ``None``."""
    if entity.type in {EntityType.ORGANIZATION, EntityType.PERSON}:
        return entity
    region = (
        gazetteer.get(entity.identifier) if entity.type is EntityType.PLACE and entity.identifier else None
    )
    if region is None:
        return None
    name = lexicon.government_name(region.name)
    if region.level not in {"kota", "kabupaten", "provinsi"}:
        # "Desa X meraih juara II ...": the village's government, when the article names it
        # ("Kepala Desa X ..."); a village or district is no winner of its own
        return ctx.find(EntityType.ORGANIZATION, name)
    government = ctx.find(EntityType.ORGANIZATION, name) or ctx.add(
        EntityType.ORGANIZATION, name, 0, 0, ctx.stage
    )
    government.government = True
    return government


def _subject(ctx: Context, at: int, sentence_start: int) -> Entity | None:
    """The body or person named last before offset ``at`` in its sentence."""
    before = _named(ctx, sentence_start, at)
    return before[-1] if before else None


def _winner(ctx: Context, at: int, sentence_start: int) -> Entity | None:
    """Who won what a sentence names at offset ``at``: its subject (:func:`_subject`); nobody when the
    subject is a village or kelurahan whose government the article does not name ("Kelurahan X keluar
    sebagai juara ...": not the city's government); else the article's government."""
    if _unread_winner_before(ctx, at, sentence_start):
        return None  # "Budi Santoso asal Kota X meraih ...": the tagger reads him (link_late_winners)
    subject = _subject(ctx, at, sentence_start)
    if subject is not None:
        return subject
    return None if _local_place_named(ctx, sentence_start, at) else _government(ctx)


#: the words a village's or kelurahan's name opens with
_VILLAGE_WORDS = ("Desa ", "Kelurahan ")
#: ... or a district's too, and the levels of all three: no winner's government is named by them
_LOCAL_WORDS = (*_VILLAGE_WORDS, "Kecamatan ")
_LOCAL_LEVELS = frozenset({"desa", "kelurahan", "kecamatan"})
#: a village written with its word (or its region's own: "Nagari X") and set off by a comma, right before
#: a region's name ("Desa X, " in "Desa X, Kabupaten Y"): the village, not the region, is who is named;
#: _VILLAGE_REACH bounds the search
_AFTER_A_VILLAGE = re.compile(
    rf"\b(?:{lang.alternation(lexicon.VILLAGE_OPENING_WORDS)})"
    r"(?:\s+[A-Z][\w'-]*){1,3}\s*,\s*$"
)
_VILLAGE_REACH = 48


def _local_place_named(ctx: Context, start: int, end: int) -> bool:
    """Whether a village, kelurahan or district (the gazetteer's, or written with its level's word) is
    named between ``start`` and ``end`` ("Kafilah Kecamatan X keluar sebagai juara umum": a district's
    team, not the regency's government)."""
    return any(
        start <= m.span.start < end
        for place in ctx.of_type(EntityType.PLACE)
        if place.name.startswith(_LOCAL_WORDS)
        or (
            place.identifier
            and (region := gazetteer.get(place.identifier)) is not None
            and region.level in _LOCAL_LEVELS
        )
        for m in place.mentions
    )


def _object(ctx: Context, verb: re.Match[str], end: int) -> Entity | None:
    """Who won an award a passive verb speaks of: named after ``kepada`` ("diserahkan ... kepada
    Y"), or after ``oleh`` of a verb of receiving ("diterima oleh Y"), before ``end``."""
    receiving = verb.group().casefold() in _RECEIVED
    cue = re.compile(r"\b(?:kepada|oleh)\s+" if receiving else r"\bkepada\s+").search(
        ctx.text, verb.end(), end
    )
    after = _named(ctx, cue.end(), end) if cue is not None else []
    return after[0] if after else None


def _given_to_a_village(ctx: Context, verb: re.Match[str], end: int) -> bool:
    """Whether a passive verb's award is given to a village ("diberikan kepada Kelurahan X")."""
    cue = _TO_WHOM.search(ctx.text, verb.end(), end)
    return cue is not None and (
        ctx.text.startswith(_VILLAGE_WORDS, cue.end()) or _local_place_named(ctx, cue.end(), cue.end() + 1)
    )


_TO_WHOM = re.compile(r"\bkepada\s+")


def _giver(ctx: Context, verb: re.Match[str], end: int) -> Entity | None:
    """Who gave an award a passive verb of giving speaks of: the body or person after ``oleh``
    and before ``kepada`` or ``di`` ("diserahkan oleh Menteri ... Agus Setiawan kepada ...")."""
    if verb.group().casefold() in _RECEIVED:
        return None
    cue = re.compile(r"^\s+(?:langsung\s+)?oleh\s+").match(ctx.text[verb.end() : end])
    if cue is None:
        return None
    at = verb.end() + cue.end()
    # up to "kepada" and the winner, or to "di" and the place it was given in ("oleh Menteri
    # Kesehatan di Jakarta": no body named, not the capital's government)
    stops = [k for k in (ctx.text.find(" kepada ", at, end), ctx.text.find(" di ", at, end)) if k > 0]
    named = _named(ctx, at, min(stops) if stops else end)
    return named[0] if named else None


def _government(ctx: Context) -> Entity | None:
    """The government the article names most, else the government of the region it is about (not
    named only as a contest's level): the recipient when no sentence names one."""
    governments = [
        e for e in ctx.of_type(EntityType.ORGANIZATION) if e.name.startswith("Pemerintah") and e.mentions
    ]
    if governments:
        return max(governments, key=lambda e: len(e.mentions))
    home = ctx.jurisdiction
    place = ctx.find(EntityType.PLACE, home) if home is not None else None
    if (
        place is None
        or all(  # "lomba ... tingkat Provinsi Jawa Timur": the contest's level, no winner
            _LEVEL.search(ctx.text[max(0, m.span.start - _LEVEL_REACH) : m.span.start])
            for m in place.mentions
        )
    ):
        return None
    return _as_body(ctx, place)


def _recipient(ctx: Context, intro: Sentence, listed: int) -> Entity | None:
    """Who won an enumeration's awards: the entity named nearest a verb of winning in the
    sentences up to ``intro`` (the one listing them or introducing their list), else the body
    or person that sentence names last before the list (which opens at offset ``listed`` when it
    is in that sentence: "capaian Kota X sepanjang 2023, di antaranya predikat Y dari Z"), else the
    article's government."""
    for sentence in ctx.sentences:
        if sentence.start > intro.start + 1:
            break
        for m in _WIN_VERB.finditer(sentence.text):
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
    if _INTRO.match(intro.text):
        # "... capaian Pemkab X dalam setahun terakhir. Di antaranya opini WTP dari BPK, ...": the list
        # goes on from the sentence before, whose subject won them (not the giver named in the list)
        intro = _sentence_before(ctx, intro.start) or intro
    return _winner(ctx, min(listed, intro.end), intro.start)


def _conferrer(ctx: Context, text: str, start: int) -> Entity | None:
    """``Komisi Informasi Provinsi Jawa Timur`` (an organisation) or ``Anugerah Media Humas`` (an award programme)."""
    i = ctx.token_index(start)
    match = parse_org(ctx, i) if i < len(ctx.tokens) else None
    if match is not None and match.start == start:
        return add_org(ctx, match, ctx.stage, claim=False)
    name = re.sub(r"\s*\([^)]*\)\s*$", "", text).strip()
    title, _, subject = name.partition(" ")
    if title in lexicon.TITLE_FIRST_WORDS:
        # "diserahkan oleh Menteri Kesehatan": an office, no programme; a minister's is his ministry
        return (
            ctx.find(EntityType.ORGANIZATION, f"Kementerian {subject}")
            if title == "Menteri" and subject
            else None
        )
    lead = re.match(r"^(?:Penghargaan|Ajang|Gelaran)\s+", name)
    if lead:
        name, start = name[lead.end() :], start + lead.end()
    abbr = re.search(r"\(([A-Z][A-Za-z0-9]{1,9})\)", text)
    if len(name.split()) < 2:
        return None
    return add_program(ctx, name, start, start + len(name), *(abbr.groups() if abbr else ()))


def _conferrer_after(ctx: Context, end: int, limit: int) -> Entity | None:
    """Who confers the award whose name ends at ``end``: ``dari X``, ``dalam ajang X``, ``yang diberikan oleh X``.

    A body or person the article names there ("oleh Menteri Lingkungan Hidup Hendarto ...") is
    the one; else the organisation or award programme the name reads as.
    """
    m = _CONFER_AFTER.match(ctx.text, end, limit)
    if m is None:
        return None
    name = award_name(ctx.text[m.end() : limit])
    named = _named(ctx, m.end(), m.end() + len(name))
    if named:
        return named[0]
    return _conferrer(ctx, name, m.end()) if name else None


def _not_yet(before: str) -> bool:
    """Whether the words before a verb of winning make it a hope or a plan ("berharap dapat meraih")."""
    words = re.findall(r"[\w-]+", before.casefold())
    while words and words[-1] in {"kembali", "berhasil", "sukses", "juga", "pun", "lagi"}:
        words.pop()
    return bool(words) and words[-1] in _NOT_YET


def _cut_at_person(ctx: Context, start: int, name: str) -> str:
    """``name`` up to the first person or title in it ("penghargaan Wali Kota ..." names no award)."""
    if name.split()[0] in lexicon.TITLE_FIRST_WORDS:
        return ""
    people = [
        c.start
        for c in ctx.claims_in(start, start + len(name))
        if c.entity is not None and c.entity.type in {EntityType.PERSON, EntityType.ROLE}
    ]
    return name[: max(0, min(people) - start)].rstrip() if people else name


def _trim(name: str) -> str:
    """Without joining words left at the end."""
    words = name.split()
    while words and re.fullmatch(_JOINER, words[-1]):
        words.pop()
    return " ".join(words)


def _won_name(ctx: Context, m: re.Match[str], end: int) -> tuple[str, int, int] | None:
    """The award a verb of winning (``m``) names, and where its name is, before ``end``.

    ``juara 1 lomba ...``, ``peringkat III ...``: a rank, then a contest or a capitalised name;
    else the capitalised name after the verb (and its noun), which without a noun or
    ``sebagai`` must hold an award's word ("menerima Kunjungan Kerja" is none).
    """
    text = ctx.text
    noun = (m.group("noun") or "").casefold()
    start = m.end()
    if noun in {"juara", "peringkat"}:
        rank = _RANK.match(text, start, end)
        if rank is None:
            return None
        stop = rank.end()
        if contest := _CONTEST.match(text, stop, end):
            stop = contest.end()
        elif text[stop : stop + 1] == " " and (tail := award_name(text[stop + 1 : end])):
            stop += 1 + len(tail)
        name = noun.capitalize() + " " + " ".join(text[start:stop].split())
    elif (quoted := _QUOTED_NAME.match(text, start, end)) is not None:
        if not noun:
            return None  # (a quoted name after a verb alone: a saying, no award)
        name, stop = quoted.group("name"), quoted.end()  # "dianugerahi predikat "Pelayanan Unggul"": its name
        if _NOUNS[noun]:
            name = f"{noun.capitalize()} {name}"
    else:
        name = _cut_at_person(ctx, start, award_name(text[start:end]))
        if not name:
            return None
        stop = start + len(name)
        if _CONSOLATION.match(name):
            # "meraih Harapan II cabang X", "meraih Harapan II Lomba Y": a consolation rank, "Juara Harapan II"
            name = _rank_name(name)
        elif (
            not noun
            and not m.group("sebagai")
            and not _WORDS.intersection(re.findall(r"[\w]+", name))
            and not _TOP_RANK.match(name)
        ):
            return None
        if noun == "predikat" and _GRADE.fullmatch(name):
            graded = _graded(text, name, stop, end)
            if graded is None:
                return None  # "meraih predikat BB" of nothing named
            name, stop = graded
        if noun and _NOUNS[noun]:
            name = " ".join(filter(None, (noun.capitalize(), m.group("grade"), name)))
        elif noun == "predikat" and " " not in name and not _WORDS.intersection({name}):
            name = f"Predikat {name}"  # "meraih predikat Informatif": a grade, named as the grade
    name = _trim(name)
    if len(name) < 3 or (
        not noun
        and any(
            c.start <= start < c.end and not (c.entity is not None and c.entity.type is EntityType.PROGRAM)
            for c in ctx.claims_in(start, stop)
        )
    ):
        return None  # "menerima Kementerian ...": a name the article reads as something else (an award
        # may be named for a programme: "dinobatkan sebagai Kota Layak Anak (KLA) Kategori Madya")
    return name, start, stop


#: an award's name in quotation marks after its noun ("dianugerahi predikat "Pelayanan Unggul"")
_QUOTED_NAME = re.compile(r"[\"“](?P<name>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5})[\"”]")


#: a letter grade ("AA", "BB", "A"), and what it grades after it: "meraih predikat BB dalam evaluasi
#: SAKIP 2023" -> "SAKIP BB 2023" (the evaluations of government performance, SAKIP and
#: Reformasi Birokrasi, grade AA to D)
_GRADE = re.compile(r"(?:AA|BB|CC|[A-D])")
_EVALUATION = re.compile(r"\s+(?:dalam|pada|atas|untuk)\s+(?:hasil\s+)?(?:evaluasi|penilaian)\s+(?=[A-Z])")


def _graded(text: str, grade: str, start: int, end: int) -> tuple[str, int] | None:
    """The award a grade names with the evaluation written after it (``text[start:end]``), and
    where that ends: ``BB`` + `` dalam evaluasi SAKIP tahun 2023`` → ``SAKIP BB 2023``."""
    graded = _EVALUATION.match(text, start, end)
    if graded is None:
        return None
    evaluated = _SPLIT.split(award_name(text[graded.end() : end]))[0]
    if not evaluated:
        return None
    stop = graded.end() + len(evaluated)
    year = _YEAR_AT_END.search(evaluated)
    if year is not None:
        evaluated = evaluated[: year.start()]
    spelled = re.fullmatch(r".*\((?P<short>[A-Z][\w-]+)\)", evaluated)  # "Sistem ... (SAKIP)"
    words = [spelled.group("short") if spelled else evaluated, grade]
    return " ".join([*words, year.group("year")] if year is not None else words), stop


#: a rank opening an award's name ("Juara I Lomba X", "Peringkat II ...")
_RANK_OPENING = re.compile(rf"(?P<noun>Juara|Peringkat)\s+(?P<place>{_RANK.pattern})", re.IGNORECASE)
#: an award named by its rank alone ("Juara harapan I", "Juara pertama")
_RANK_ONLY = re.compile(rf"^{_RANK_OPENING.pattern}$", re.IGNORECASE)
#: a verb in the passive, in lower case ("dibagi", "dimenangi"): no word of a contest's name
_PASSIVE_WORD = r"(?-i:di[a-z]{3,}\b)"
#: the contest a sentence names before the rank won in it ("Dalam lomba Desa Wisata 2024, ..."; not "mata
#: lomba pertama", an item of a contest)
_CONTEST_BEFORE = re.compile(
    rf"\b(?<!mata\s)(?P<contest>(?:{_CONTEST_NOUNS})"
    # its words (up to eight); "dan" only before a capitalised one ("Lomba Kampung dan Kelurahan"), a
    # bracketed part after one ("Lomba Administrasi Desa (Profil dan Monografi) Tahun 2024": left out of the
    # name), the items of a list of capitalised words between commas ("Lomba Kampung Rapi, Hijau, dan
    # Tertib"); its year after them
    r"(?:(?:\s+|,\s+(?=(?:(?:(?-i:[A-Z])\w+,\s+)*(?-i:[A-Z])\w+,?\s+)?dan\s+(?-i:[A-Z])))"
    # (not "lomba tersebut", a contest pointed back to)
    # (not "dalam rangka ..." or "dalam rangkaian ...", the occasion it is held for or at)
    # (not "tahun ini": the year it is held in, pointed to)
    r"(?!(?:tingkat|tahun\s+(?:(?:19|20)\d\d|ini|lalu|itu)|dan(?!\s+(?-i:[A-Z]))|yang|di|pada|dalam\s+rangka(?:ian)?|dengan|serta|tersebut|itu|ini"
    r"|diraih|dimenangkan"
    # (nor any verb in the passive: "Lomba dipertandingkan dalam tiga kelas" tells of the contest named before)
    rf"|{_PASSIVE_WORD}"
    # (nor an adverb or auxiliary, which tells of a contest named before: "festival itu tidak hanya
    # hiburan", "festival sudah memasuki tahun kelima")
    r"|tidak|bukan|hanya|juga|turut|sudah|telah|akan|masih|sempat|tercatat|menjadi|merupakan|adalah|kembali"
    # (nor a word telling its theme: "Festival bertema budaya pesisir ini ...", "festival mengusung tema ...")
    r"|bertajuk|bertema|bertemakan|mengusung|mengangkat"
    # (nor a verb of its running: "festival berlangsung meriah", "lomba berakhir pukul ...")
    r"|berlangsung|berakhir|berjalan|bergulir|berlanjut"
    # (nor a verb of winning after it: "regu Musabaqah X (MX) Kabupaten Y menyabet Juara II")
    rf"|{lang.alternation(_ACTIVE)}"
    # (a quoted name among them: 'Lomba Kampung Hijau dan Tertib "X Asri" Tahun 2024'; a word with an
    # apostrophe in it, typographic or straight: "Musabaqah Tilawatil Qur’an")
    r"|direbut|disabet|diboyong)\b)(?:[\w/-]+(?:['’][\w-]+)*|[\"“](?-i:[A-Z])[^\"”]{0,40}[\"”])(?:\s+\([^()]{1,40}\))?){1,8}"
    # its level and year: "... tingkat Kabupaten Dairi Tahun 2024", "... tingkat kabupaten"
    r"(?:\s+tingkat\s+(?-i:[A-Z][\w/-]*(?:\s+[A-Z][\w/-]*){0,3}|[a-z]+))?(?:\s+(?:tahun\s+)?(?:19|20)\d\d\b)?)",
    re.IGNORECASE,
)


#: the nouns of an assessment a rank is won in ("peringkat II dalam penilaian X", "... capaian Y")
_ASSESSMENT_NOUNS = "penilaian|capaian"
_ASSESSMENTS = frozenset(n.capitalize() for n in _ASSESSMENT_NOUNS.split("|"))
#: after a rank won, its category and the contest or award it was won in ("Juara I kategori Desa
#: Wisata Maju dalam Anugerah Desa Wisata Indonesia (ADWI) 2024")
_CONTEST_AFTER = re.compile(
    # (its category in lower case too, of up to three words: "Juara III kategori robusta dalam Kontes X
    # 2021", "Juara II kategori tenun ikat pada Lomba Y 2022")
    r"(?:\s+kategori\s+(?P<category>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|(?-i:[a-z]+(?:\s+(?!(?:dalam|pada)\b)[a-z]+){0,2})))?"
    # (the region it ranks among: "peringkat III se-Provinsi X dalam capaian ...")
    rf"(?P<among>{_AMONG.pattern})?"
    # (or the level it ranks at, written after the contest in its name: "peringkat II tingkat Provinsi X dalam
    # Penilaian Y" is "Peringkat II Penilaian Y Tingkat Provinsi X")
    r"(?:\s+[Tt]ingkat\s+(?P<level>(?:Provinsi|Kabupaten|Kota)(?:\s+[A-Z][\w-]*){1,3}))?"
    r"(?:,?\s+(?:dalam|pada)\s+(?P<arena>ajang\s+|gelaran\s+|penganugerahan\s+)?"
    # (a contest or assessment named in lower case: "... dalam penilaian keterbukaan informasi tingkat Provinsi Y",
    # "... dalam capaian imunisasi HPV tahun 2022")
    rf"(?=[A-Z]|(?P<lower>(?-i:{_ASSESSMENT_NOUNS}|{_CONTEST_NOUNS})\s))"
    # (an assessment's noun right after the rank, its name capitalised: "peringkat II capaian Imunisasi X")
    rf"|\s+(?=(?P<assessed>{_ASSESSMENT_NOUNS})\s+[A-Z]))"
)
#: a contest or assessment named in lower case, then its level and year ("penilaian keterbukaan
#: informasi publik tingkat Provinsi X tahun 2022")
_LOWER_CONTEST = re.compile(
    # (a short form among them: "capaian imunisasi HPV")
    # (not a word pointing back: "pada lomba itu", "dalam lomba tersebut" name the contest named before)
    r"(?P<words>[a-z]+(?:\s+(?!(?:tingkat|tahun|yang|dari|oleh|di|pada|dan|untuk|se|dengan|serta|itu|ini|tersebut)\b)"
    r"(?:[a-z]+|[A-Z]{2,}(?:-[a-z]+)?)){1,8})"
    r"(?:\s+tingkat\s+(?P<level>nasional|(?:Provinsi|Kabupaten|Kota)(?:\s+[A-Z][\w-]*){1,3}))?"
    r"(?:\s+tahun\s+(?P<year>(?:19|20)\d\d))?\b"
)


_SPACE = re.compile(r"\s+")


def _contest_after(text: str, stop: int, end: int) -> tuple[str, str, int] | None:
    """The contest or award a rank ending at ``stop`` was won in, named after it with an award's
    word (``Anugerah``, ``Award``, ``Lomba``), the rank's category (" kategori X", or ""), and where
    the contest's name ends; the region the rank is among first ("se-Provinsi X Capaian ...")."""
    m = _CONTEST_AFTER.match(text, stop, end)
    if m is None:
        return None
    category = f" kategori {m.group('category')}" if m.group("category") else ""
    among = f"{' '.join(m.group('among').split())} " if m.group("among") else ""
    noun = (m.group("lower") or m.group("assessed") or "").rstrip()
    if noun and (spaced := _SPACE.match(text, m.end() + len(noun), end)) is not None:
        # ("dalam penilaian Kinerja Desa X", "capaian Vaksinasi Balita (VB) tingkat Provinsi Y 2021"): the
        # assessment's name capitalised after its noun
        capitalised = text[spaced.end() : spaced.end() + 1].isupper()
        named = _trim(award_name(text[spaced.end() : end])) if capitalised else ""
        if named:
            return (
                among + _at_its_level(f"{noun.capitalize()} {named}", m),
                category,
                spaced.end() + len(named),
            )
    if m.group("lower"):
        lower = _LOWER_CONTEST.match(text, m.end(), end)
        if lower is None:
            return None
        # its words capitalised as a name's ("Penilaian Kinerja ... Tingkat Provinsi X Tahun 2023")
        words = [w[:1].upper() + w[1:] for w in lower.group("words").split()]
        words += ["Tingkat", lower.group("level")] if lower.group("level") else []
        words += ["Tahun", lower.group("year")] if lower.group("year") else []
        return among + " ".join(words), category, lower.end()
    contest = _trim(award_name(text[m.end() : end]))
    if not (
        m.group("arena")  # "pada ajang ADWI 2025": an arena of contests, whatever its name
        or _WORDS.intersection(contest.split())
        or contest.split()[0].casefold() in _CONTEST_NOUN_SET
        or contest.split()[0] in _ASSESSMENTS  # "dalam Penilaian Kinerja X"
    ):
        return None
    return among + _at_its_level(contest, m), category, m.end() + len(contest)


def _at_its_level(contest: str, m: re.Match[str]) -> str:
    """A contest named after the level a rank was won at (:data:`_CONTEST_AFTER`'s ``level``), with that
    level after its name when the name holds none."""
    if not m.group("level") or _LEVEL_WRITTEN.search(contest):
        return contest
    return f"{contest} Tingkat {' '.join(m.group('level').split())}"


def _contest_before(text: str) -> str | None:
    """The last contest ``text`` names (:data:`_CONTEST_BEFORE`), without a bracketed part."""
    written = _contest_written_before(text)
    return _BRACKETED.sub("", written) if written is not None else None


def _contest_written_before(text: str) -> str | None:
    """The last contest ``text`` names, as written (a bracketed part kept: "Lomba Kampung Rapi,
    Hijau, dan Tertib (Kampung Rahayu) Tahun 2022")."""
    found = [m for m in _CONTEST_BEFORE.finditer(text) if not _points_back(text, m)]
    return _contest_written(found[-1]) if found else None


def _points_back(text: str, m: re.Match[str]) -> bool:
    """Whether a contest's noun and the lower-case words after it are pointed back to ("Festival
    tahunan ini sudah lima kali diadakan": the festival named before, described, no contest of that
    name)."""
    words = m.group("contest").split()
    return all(w.islower() for w in words[1:]) and lexicon.POINTED_BACK.match(text, m.end()) is not None


def _contest_written(m: re.Match[str]) -> str:
    """The contest a match of :data:`_CONTEST_BEFORE` names, its spacing made one, no lower-case words
    running on after its name (:func:`_without_lower_tail`), and none before a contest's noun written
    capitalised in it ("festival diisi pengumuman Lomba X": the contest is "Lomba X")."""
    words = re.sub(r"[\"“”]", "", m.group("contest")).split()
    named = [i for i, w in enumerate(words) if i and w[:1].isupper() and w.casefold() in _CONTEST_NOUN_SET]
    if named and words[0].islower():
        words = words[named[0] :]
    return _without_lower_tail(" ".join(words))


def _without_lower_tail(contest: str) -> str:
    """A contest named with capitalised words without the lower-case words running on after them
    ("Festival Budaya Pakpak XII digelar ..."), but for its level ("... tingkat kabupaten")."""
    words = contest.split()
    if len(words) < 2 or not words[1][:1].isupper():
        return contest  # ("lomba kebersihan lingkungan tingkat kabupaten": a contest in lower case)
    while len(words) > 2 and words[-1].islower() and words[-2].casefold() != "tingkat":
        words.pop()
    return " ".join(words)


#: a bracketed part of a contest's name, left out of the award's
_BRACKETED = re.compile(r"\s*\([^()]*\)")


#: verbs that win a title after "sebagai": "dinobatkan sebagai Desa Terbaik", "keluar sebagai juara pertama",
#: "tampil sebagai Juara I"
_WON_AS = frozenset({"dinobatkan", "keluar", "ditetapkan", "dinyatakan", "tampil", "muncul"})
#: ... of which those that win nothing without it ("ditetapkan Perda ...", "keluar ruangan", "tampil memukau")
_ONLY_AS = frozenset({"keluar", "ditetapkan", "dinyatakan", "tampil", "muncul"})
#: a title won after "meraih penghargaan sebagai" or "dinobatkan sebagai", written in lower case
#: ("... sebagai guru teladan", "... sebagai kabupaten terbaik pertama dalam ...") or capitalised where
#: the verbs of winning read none ("dinobatkan sebagai Puskesmas Berprestasi ...", a body's words)
_TITLE_WON = re.compile(
    r"\b(?:(?:meraih|menerima|mendapat(?:kan)?|memperoleh|dianugerahi|diganjar)\s+(?:penghargaan|predikat|gelar)"
    r"|dinobatkan"
    # "..., diikuti Kelompok Tani Sejahtera sebagai poktan teladan": the next winner, named between
    r"|(?P<next>disusul|diikuti)\s+(?-i:[A-Z])[^,;.]{0,80}?)"
    # (or a rank in lower case right after the prize: "dianugerahi penghargaan peringkat II nasional ...")
    r"(?:\s+(?:sebagai|menjadi)\s+(?=[a-z])|\s+(?=(?-i:peringkat|juara)\s))",
    re.IGNORECASE,
)
#: where a lower-case title won ends: a clause's punctuation or a word opening what follows it
_TITLE_END = re.compile(
    r"\s*[,;:.\"“”]|\s+(?:melalui|karena|berkat|atas|setelah|usai|yang|dari|oleh|pada|di|saat|sehingga|serta"
    r"|sedangkan|sementara|bersama|untuk)\b"
)
_TITLE_WORDS = frozenset(lang.words("award-title-words"))
#: the words a lower-case title keeps in lower case when it becomes an award's name
_TITLE_JOINERS = frozenset({"dan", "dalam", "dengan", "untuk", "bagi", "tingkat", "kategori", "se", "di"})
#: the longest lower-case title read (in words)
_TITLE_REACH = 16


def _titles_won(ctx: Context, sentence: Sentence) -> None:
    """``Siti menerima penghargaan sebagai guru teladan``: a title written in lower
    case after "penghargaan sebagai" (or "dinobatkan sebagai"), with a word of praise in it, is
    an award won by the sentence's subject; its words are capitalised as an award's name."""
    text = ctx.text
    for m in _TITLE_WON.finditer(text, sentence.start, sentence.end):
        if _not_yet(text[sentence.start : m.start()]) or any(a.span.start == m.end() for a in ctx.awards):
            continue  # (a title the verbs of winning read already: "dinobatkan sebagai Desa Terbaik")
        stop = _TITLE_END.search(text, m.end(), sentence.end)
        stop_at = stop.start() if stop is not None else sentence.end
        words = text[m.end() : stop_at].split()[:_TITLE_REACH]
        if words[:1] == ["yang"]:
            continue  # ("dinobatkan sebagai yang terbaik": the award named before, pointed back to)
        ranked = bool(words) and words[0] in {"peringkat", "juara"}  # ("peringkat II nasional ...")
        if ranked and (joined := _next_winner_joined(words)) is not None:
            words = words[:joined]  # ("disusul X di peringkat kedua dan Y di ...": Y is the next winner)
        if not (ranked or _TITLE_WORDS.intersection(w.casefold() for w in words)):
            continue
        stop_at = m.end() + len(" ".join(words))
        if _read_already(ctx, m.end(), stop_at):
            continue  # ("dinobatkan sebagai Juara Harapan I X": read by its verb, from its rank's number on)
        name = " ".join(w if w in _TITLE_JOINERS else w[:1].upper() + w[1:] for w in words)
        if m.group("next") is None:
            recipient = _winner(ctx, m.start(), sentence.start)
        else:  # (the next winner, named between: "disusul X di peringkat kedua")
            recipient = next(iter(_named(ctx, m.end("next"), m.end())), None)
        ctx.awards.append(
            Award(name, ctx.span(m.end(), stop_at), recipient, _conferrer_after(ctx, stop_at, sentence.end))
        )


def _next_winner_joined(words: list[str]) -> int | None:
    """Where, in the words of a rank written in lower case ("peringkat kedua dan PT Y"), a conjunction
    joins the next winner's name to it: the conjunction's index, or ``None``."""
    for k in range(2, len(words) - 1):
        if words[k] in {"dan", "serta"} and words[k + 1][:1].isupper():
            return k
    return None


def _verb_awards(ctx: Context) -> None:
    """``meraih penghargaan X``, ``dinobatkan sebagai X``, ``Penghargaan X diserahkan ... kepada Y``."""
    text = ctx.text
    for sentence in ctx.sentences:
        end = sentence.end
        for m in _WIN.finditer(text, sentence.start, end):
            verb = m.group("verb").casefold()
            if (m.group("sebagai") and verb not in _WON_AS) or (verb in _ONLY_AS and not m.group("sebagai")):
                continue  # ("meraih sebagai ...": no award; "keluar sebagai juara" is, "keluar" alone not)
            if (
                verb in _ONLY_RANK
                and (m.group("noun") or "").casefold() not in {"juara", "peringkat"}
                and not _TOP_RANK.match(text, m.end())
            ):
                continue
            if _not_yet(text[sentence.start : m.start()]) or (won := _won_name(ctx, m, end)) is None:
                continue
            name, start, stop = won
            if verb == "ditetapkan" and lexicon.AWARD_WORDS.isdisjoint(name.split()):
                continue  # "ditetapkan sebagai Ketua ...": an office; "... sebagai Sekolah Adiwiyata": won
            if _short_for_an_earlier(ctx, name):
                continue  # "Predikat Nindya ini diraih ..." after "... (KLA) Kategori Nindya": that award again
            aliases: tuple[str, ...] = ()
            # (not "menjadi Juara I cabang X": a branch's rank, of the whole contest, _with_contest_before)
            if (
                not _branch_after(text, stop)
                and _RANK_ONLY.match(name)
                and (contest := _contest_before(text[sentence.start : m.start()]))
            ):
                name = f"{name} {contest}"  # "lomba Kampung Bersinar ... dan meraih juara harapan I"
                own = _CATEGORY_NAMED.match(text, stop, end)
                if own is not None and own.group("word") == "kategori":
                    # ("Dalam Lomba X, Desa Y meraih Juara I kategori Desa Wisata Maju": that category's rank)
                    name, stop = f"{name} kategori {' '.join(own.group('name').split())}", own.end()
            elif _RANK_ONLY.match(name) and (after := _contest_after(text, stop, end)) is not None:
                # "meraih Juara I kategori X dalam Anugerah Desa Wisata 2024": named with its category
                # after the contest, and as written, before it
                contest, won_in, stop = after
                aliases = (f"{name}{won_in} {contest}",) if won_in else ()
                name = f"{name} {contest}{won_in}"
            if (category := _CATEGORY_SET_OFF.match(text, stop, end)) is not None:
                # "penghargaan Adipura kategori tertinggi, Adipura Kencana,": the category by its name
                name, stop = f"{name} {category.group('word')} {category.group('name')}", category.end("name")
            recipient = _winner(ctx, m.start(), sentence.start)
            conferrer = _conferrer_after(ctx, stop, end)
            if conferrer is None and m.group("giver"):
                # ("meraih penghargaan dari X sebagai ..."): the giver named between
                conferrer = _conferrer(ctx, m.group("giver"), m.start("giver"))
            ctx.awards.append(Award(name, ctx.span(start, stop), recipient, conferrer, aliases))
        _titles_won(ctx, sentence)
        _best_won(ctx, sentence)
        _lower_named(ctx, sentence)
        _ranked_as(ctx, sentence)
        _passive_award(ctx, sentence)
        _handed_award(ctx, sentence)
        _handed_certificate(ctx, sentence)
        _ranks_received(ctx, sentence)
        _ranks_listed(ctx, sentence)
        _ranks_of_category_listed(ctx, sentence)
        _ranks_paired(ctx, sentence)
        _green_zone(ctx, sentence)
        _predicate_named(ctx, sentence)
        _prize_won_by(ctx, sentence)
        _contest_won_by(ctx, sentence)


#: the top place of a contest named before, won without a rank: "(pada kategori lingkungan,) Lingkungan X
#: tampil sebagai yang terbaik." (ending the clause: "... sebagai yang terbaik dalam lomba Y" names its own)
_BEST_WON = re.compile(r"\b(?:keluar|tampil|muncul)\s+sebagai\s+yang\s+(?P<best>terbaik)(?=\s*[.,;])")
#: the name of the top place won without a rank; its contest is added as a rank's is
_BEST = "Terbaik"
#: a rank's number, in Roman numerals or digits ("II", "2")
_RANK_NUMERAL = r"(?:[IVX]+|\d+)"
#: a place in a ranking written as the best, with its number: "Terbaik I", "Terbaik 2"
_BEST_PLACED = rf"{_BEST}\s+{_RANK_NUMERAL}\b"
#: ... as an award's whole name, before its contest is added: the best, or a place written as the best
_BEST_ALONE = re.compile(rf"{_BEST_PLACED}|{_BEST}")


#: a possessive subject right before the verb of a top place won ("kampungnya keluar sebagai yang
#: terbaik", "timnya tampil sebagai yang terbaik"): a win told again, in its winner's words or about them
_BY_ITS_OWNER = re.compile(r"\b[a-z]+nya\s+$")


def _best_won(ctx: Context, sentence: Sentence) -> None:
    """``Pada kategori lingkungan, Lingkungan X tampil sebagai yang terbaik``: the top place (named
    ``Terbaik``, its contest and category added from the sentences before as a rank's are,
    :func:`_with_contest_before`), won by the clause's subject."""
    for m in _BEST_WON.finditer(ctx.text, sentence.start, sentence.end):
        if _BY_ITS_OWNER.search(ctx.text, sentence.start, m.start()):
            continue  # ("X mengaku tak menyangka kampungnya keluar sebagai yang terbaik": a win told again)
        winner = _winner(ctx, m.start(), sentence.start)
        ctx.awards.append(Award(_BEST, ctx.span(m.start("best"), m.end("best")), winner, None))


#: an award written as a common noun (award-lower-names.tsv) after a verb of winning or receiving, with
#: what it rewards after it ("kategori percepatan penurunan stunting tahun 2023", "atas kinerja
#: ... periode 2023"), up to its giver, its sum or the clause's end
_LOWER_NAMED = re.compile(
    rf"\b(?:{lang.alternation(_ACTIVE)}|diterima(?:nya)?)\s+"
    rf"(?P<name>{lang.alternation(lang.words('award-lower-names', casefold=True))})\b"
    # (its giver may come first: "insentif fiskal dari Kementerian Keuangan atas kinerja ...")
    r"(?:\s+dari\s+(?P<giver>(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,6})))?"
    r"(?P<rest>(?:\s+(?:kategori|atas|untuk|bidang)"
    r"(?:\s+(?!(?:dari|oleh|sebesar|senilai|yang|di|pada|tahun|periode)\b)[a-z]+){1,8})?"
    r"(?:\s+(?:tahun|periode)\s+(?:19|20)\d\d)?)",
    re.IGNORECASE,
)


def _lower_named(ctx: Context, sentence: Sentence) -> None:
    """``Kabupaten X memperoleh insentif fiskal dari Kementerian Keuangan atas kinerja penghapusan
    kemiskinan ekstrem``: an award written as a common noun, named by its words capitalised and what it
    rewards as written ("Insentif Fiskal kategori percepatan ... tahun 2023"), won by the sentence's
    subject, conferred by the body named right after it ("dari X") or after what it rewards."""
    for m in _LOWER_NAMED.finditer(ctx.text, sentence.start, sentence.end):
        before = ctx.text[sentence.start : m.start()]
        if _read_already(ctx, m.start("name"), m.end("name")) or _not_yet(before):
            continue  # (read by another reader; "berharap bisa meraih insentif fiskal": not won)
        head = " ".join(w.capitalize() for w in m.group("name").split())
        name = " ".join(f"{head} {m.group('rest')}".split())
        recipient = _winner(ctx, m.start(), sentence.start)
        if m.group("giver"):
            conferrer = _conferrer(ctx, m.group("giver"), m.start("giver"))
        else:
            conferrer = _conferrer_after(ctx, m.end(), sentence.end)
        ctx.awards.append(Award(name, ctx.span(m.start("name"), m.end()), recipient, conferrer))


#: the nouns of a place in a ranking, which may stand for "juara" before its number ("Posisi kedua
#: ditempati X", "Tempat ketiga diraih Y"), and the places after the first, in words
_PLACE_NOUNS = "[Pp]osisi|[Tt]empat"
_PLACES_AFTER_FIRST = "kedua|ketiga|keempat|kelima"
#: ... and those that say where a winner stands after a preposition ("disusul Y di peringkat ketiga",
#: "... di urutan kedua")
_PLACED_NOUNS = f"{_PLACE_NOUNS}|[Pp]eringkat|[Uu]rutan"
#: ... such a place as written ("posisi ketiga")
_PLACE_WRITTEN = re.compile(rf"(?P<noun>{_PLACED_NOUNS})\s+(?P<place>{_PLACES_AFTER_FIRST})")

#: "menyerahkan (sejumlah) penghargaan", "memberikan hadiah": a sentence handing prizes out
_HANDS_OUT = re.compile(
    r"\b(?:menyerahkan|memberikan|membagikan|penyerahan|pemberian)\s+(?:\w+\s+){0,2}?"
    r"(?:penghargaan|hadiah|piala|trofi|piagam)\b",
    re.IGNORECASE,
)
#: the jury naming a winner: "dewan juri menetapkan X sebagai juara I", "keputusan juri menempatkan X
#: sebagai juara I"
_JUDGED = re.compile(r"\b(?:menetapkan|menempatkan)\b")
#: "(kepada Desa X, Kecamatan Y,) sebagai juara I Lomba Desa ...": the rank a winner listed before it won
_RANKED_AS = re.compile(
    r"\b(?:(?:sebagai|(?:di|pada)\s+posisi)\s+(?P<noun>[Jj]uara|[Pp]eringkat)\s+"
    # (a place in the ranking, "juara" left out: "disusul Y pada posisi kedua")
    rf"|(?:di|pada|menempati)\s+(?P<placed>{_PLACED_NOUNS})\s+(?=(?:{_PLACES_AFTER_FIRST})\b))"
)


#: a place in a ranking taken: "Kelurahan Y menempati posisi kedua"
_PLACE_TAKEN = re.compile(rf"\bmenempati\s+(?:{_PLACED_NOUNS})\s+(?:{_PLACES_AFTER_FIRST})\b")


def _ranked_as(ctx: Context, sentence: Sentence) -> None:
    """``Bupati menyerahkan sejumlah penghargaan. Di antaranya kepada Desa X, Kecamatan Y, sebagai
    juara I Lomba Desa tingkat Kabupaten Z tahun 2024, Kelurahan W sebagai juara I Lomba Kelurahan,
    ...``: each rank written after "sebagai", in a sentence that (or whose sentence before) says
    prizes were handed out or won, or that the jury placed a winner ("menempatkan X sebagai juara I"),
    is an award, won by the body or place named last before it; so is
    a contest's win with no rank ("Kelurahan X sebagai juara lomba kebersihan tingkat kabupaten"), and
    a rank alone after a contest this sentence or the one before names ("... pemenang Lomba Posyandu
    tingkat Kabupaten Z. Posyandu X keluar sebagai Juara I, disusul Posyandu Y sebagai Juara II"),
    that contest's rank (:func:`_with_contest_before`)."""
    text = ctx.text
    if _RANKED_AS.search(text, sentence.start, sentence.end) is None:
        return  # no rank written after "sebagai" (most sentences): nothing to read
    told = _with_the_one_before(ctx, sentence.start, sentence.end)
    told_from = sentence.end - len(told)
    # ("Y menempati posisi kedua" after "X keluar sebagai juara pertama ...": the ranking read so far)
    taken_after_ranking = _PLACE_TAKEN.search(text, sentence.start, sentence.end) is not None and any(
        a.span.start < sentence.start and _RANKED.match(a.name) for a in ctx.awards
    )
    # (or a rank read already in them: "X berhasil menjadi Juara I, disusul Y sebagai Juara II")
    if not (
        _HANDS_OUT.search(told)
        or _WIN_VERB.search(told)
        or _JUDGED.search(told)
        or any(told_from <= a.span.start < sentence.end and _RANKED.match(a.name) for a in ctx.awards)
        or taken_after_ranking
    ):
        return
    clause_start = sentence.start
    for m in _RANKED_AS.finditer(text, sentence.start, sentence.end):
        rank = _RANK.match(text, m.end(), sentence.end)
        # "sebagai juara lomba kebersihan tingkat kabupaten": the winner of a contest, no rank written
        stop = rank.end() if rank is not None else m.end() - 1
        contest = _CONTEST.match(text, stop, sentence.end)
        if rank is None and contest is None:
            continue
        if contest is not None:
            stop = contest.end()
        elif text[stop : stop + 1] == " " and (tail := award_name(text[stop + 1 : sentence.end])):
            stop += 1 + len(tail)
        noun = (m.group("noun") or "juara").capitalize()
        name = _trim(f"{noun} {' '.join(text[m.end() : stop].split())}")
        unnamed = (
            _RANK_ONLY.match(name)
            and _contest_before(told[: len(told) - (sentence.end - m.start())]) is None
            # (but a rank after the one won just before, whose contest it shares: "Juara I diraih X,
            # disusul Y di posisi Juara II")
            and not any(told_from <= w.span.start < m.start() and _RANKED.match(w.name) for w in ctx.awards)
            # (or one given to its winner earlier in the sentence: "Juara I diraih X, ...")
            and _RANK_GIVEN_BEFORE.search(text, sentence.start, m.start()) is None
            # (or a place taken after a ranking read before it)
            and not (taken_after_ranking and _PLACE_TAKEN.match(text, m.start()))
        )
        if unnamed or any(a.span.start <= m.end() < a.span.end for a in ctx.awards):
            clause_start = stop
            continue  # ("sebagai juara I" of no contest named before, or an award read already)
        if m.group("placed"):
            # ("disusul X di posisi kedua": the span from the place's noun, named as written too, _as_placed)
            at, winner = m.start("placed"), _placed_winner(ctx, clause_start, m.start())
        else:
            at, winner = m.end(), _ranked_winner(ctx, clause_start, m.start())
        ctx.awards.append(Award(name, ctx.span(at, stop), winner, None))
        clause_start = stop


#: a clause of a list of winners opening with its conjunction: "..., serta Y di posisi ketiga"
_JOINED = re.compile(r"[\s,]*(?:serta|dan)\s+")


def _placed_winner(ctx: Context, start: int, end: int) -> Entity | None:
    """The winner of a place in a ranking written after it at ``end`` ("... di posisi kedua"), in its
    clause from ``start``: the one named after "disusul" (:func:`_ranked_winner`), or first in a clause
    opening with "serta" or "dan", else the one named right before the place; nobody for another
    ("mengalahkan regu X di posisi kedua": the winner is not who the clause names first)."""
    if _NEXT_WINNER.search(ctx.text, start, end):
        return _ranked_winner(ctx, start, end)
    if (joined := _JOINED.match(ctx.text, start, end)) is not None:
        named = _named(ctx, joined.end(), end)
        return named[0] if named else None
    # (a body or person: a region there is where the winner lies, "Desa X, Kabupaten Y, di posisi kedua")
    at = start + len(ctx.text[start:end].rstrip(" ,"))
    return ctx.mentioned_ending_at(at, EntityType.ORGANIZATION, EntityType.PERSON)


#: the word that names the next winner of a list of ranks: "..., disusul Kelurahan X sebagai Juara II"
_NEXT_WINNER = re.compile(r"\b(?:disusul|diikuti)\s+(?:oleh\s+)?")


#: a jury's verb whose object is the winner it ranks: "menetapkan X sebagai juara I"
_PLACED_BY = re.compile(r"\b(?:menetapkan|menobatkan|menempatkan|memilih)\s+")


def _ranked_winner(ctx: Context, start: int, end: int) -> Entity | None:
    """The winner of a rank written after "sebagai" at ``end``, in its clause from ``start``: the one
    named after "disusul" when the clause names the next winner so ("disusul Kelurahan X, Kecamatan
    Y, sebagai Juara II": that village, as its government if the article names it, else nobody),
    else the body or person named last, after the verb when a jury's verb names the winner as its
    object ("dewan juri yang diketuai Dr. X menetapkan kelompok Y sebagai juara pertama": not the
    jury's chair)."""
    jury = list(_PLACED_BY.finditer(ctx.text, start, end))
    if jury:
        start = jury[-1].end()
    found = list(_NEXT_WINNER.finditer(ctx.text, start, end))
    nxt = found[-1] if found else None
    if nxt is not None:
        place = ctx.mentioned_starting_at(nxt.end(), EntityType.PLACE)
        if place is not None:
            return _as_body(ctx, place)
        start = nxt.end()
    winners = _named(ctx, start, end)
    return winners[-1] if winners else None


#: a category or grade described in lower case, then named after a comma or "yakni" ("kategori
#: tertinggi, Adipura Kencana", "kategori utama yakni Nindya", "dengan predikat tertinggi, Swasti Saba
#: Wistara"): the award won in that category
_CATEGORY_SET_OFF = re.compile(
    r"\s+(?:dengan\s+)?(?P<word>kategori|predikat)(?:\s+[a-z]+){1,2}(?:\s*,\s*|\s+(?:yakni|yaitu)\s+)"
    r"(?P<name>[A-Z][\w/-]*(?:\s+[A-Z][\w/-]*){0,4})"
)


#: "Bupati menyerahkan (secara simbolis) Trofi Juara I ... kepada ...", "... menyerahkan piagam
#: penghargaan Kader Teladan 2024 kepada ...": an award handed over, its name after the verb (and
#: after the lower-case noun of a prize), its winner after "kepada", its giver the sentence's subject
_HANDS = re.compile(
    r"\b(?:menyerahkan|penyerahan)(?:\s+(?:secara\s+simbolis|langsung|secara\s+langsung))?\s+"
    r"(?:(?:(?:piagam|trofi|piala|sertifikat)\s+)?penghargaan\s+(?=[A-Z0-9])"  # "piagam penghargaan Kader ..."
    r"|(?=(?:Penghargaan|Trofi|Piala|Anugerah|Sertifikat|Piagam|Tanda\s+Kehormatan|Satyalancana)\s+[A-Z0-9]))"
)
_TO_WINNER = re.compile(r"\s+kepada\s+")


def _handed_award(ctx: Context, sentence: Sentence) -> None:
    """``Bupati menyerahkan secara simbolis Trofi Juara I Lomba Desa Budaya ... kepada Kepala Desa
    X``: the award, won by the one named after ``kepada``, given by the sentence's subject."""
    text, end = ctx.text, sentence.end
    for m in _HANDS.finditer(text, sentence.start, end):
        start = m.end()
        name = _trim(award_name(text[start:end]))
        cue = _TO_WINNER.match(text, start + len(name), end)
        if len(name.split()) < 2 or cue is None or _short_for_an_earlier(ctx, name):
            continue
        winners = _named(ctx, cue.end(), end)
        # "kepada Siti Maryam dari Posyandu Melati 5": the winner, untitled, is not read yet (see
        # link_late_winners); the body after "dari" is where she comes from
        late = (
            bool(winners)
            and _FROM.search(ctx.text, cue.end(), _first_mention(winners[0], cue.end())) is not None
        )
        if late:
            winners = []
        if not winners and not late and name.split()[0] in {"Sertifikat", "Piagam"}:
            continue  # (a certificate handed to no one named is a document, not an award won)
        giver = _subject(ctx, m.start(), sentence.start)
        # ("... kepada tiga penerima, yakni musisi senior X": the winners named in passing, unread here)
        ctx.awards.append(
            Award(name, ctx.span(start, start + len(name)), winners[0] if winners else None, giver)
        )


#: "menyerahkan sertifikat pengakuan desa tangguh iklim (Climate Ready) dari WMO kepada ...": a
#: certificate or charter described in lower case, its name in brackets, handed to a winner
_HANDS_DESCRIBED = re.compile(
    r"\bmenyerahkan\s+(?:secara\s+simbolis\s+)?(?:sertifikat|piagam)\s+[a-z][a-z -]{3,80}?"
    r"\s*\((?P<name>[A-Z][^()]{2,40})\)(?:\s+dari\s+[^,.]{2,60}?)?\s+kepada\s+"
)


def _handed_certificate(ctx: Context, sentence: Sentence) -> None:
    """``BMKG menyerahkan sertifikat pengakuan ... (Climate Ready) dari WMO kepada Desa X``:
    the certificate named in brackets, won by the one named after ``kepada``; given by the one
    named after ``dari``, else by the sentence's subject."""
    for m in _HANDS_DESCRIBED.finditer(ctx.text, sentence.start, sentence.end):
        if not ctx.text[m.end() : m.end() + 1].isupper() or any(
            a.span.start == m.start("name") for a in ctx.awards
        ):
            continue  # (handed to someone named: "kepada Desa X", not "kepada para peserta")
        winners = _named(ctx, m.end(), sentence.end)
        after = m.end("name") + 1  # (past the closing bracket)
        giver = _conferrer_after(ctx, after, m.end()) or _subject(ctx, m.start(), sentence.start)
        name = m.group("name").strip()
        ctx.awards.append(
            Award(
                name,
                ctx.span(m.start("name"), m.start("name") + len(name)),
                winners[0] if winners else None,
                giver,
            )
        )


#: where the winner named after "kepada" comes from ("kepada Siti dari Posyandu Melati 5")
_FROM = re.compile(r"\s(?:dari|asal)\s")


#: a name no stage before the tagger reads, followed by where its bearer comes from ("Budi Santoso asal
#: Kota X", "Budi Santoso, warga Kecamatan Y", or in brackets: "Budi Santoso (Desa X, Kecamatan Y)"): a
#: winner the tagger reads later, not the place
def _name_with_origin(least: int) -> re.Pattern[str]:
    """A name of ``least`` + 1 to four capitalised words, then where its bearer comes from."""
    return re.compile(
        rf"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{{least},3}})"
        r"(?P<origin>,?\s+(?:asal|dari|warga)\s+|\s+\()(?=[A-Z])"
    )


_NAME_WITH_ORIGIN = _name_with_origin(1)


#: the owner of what won, before the owner's name: "Juara I sapi milik Budi (Desa X)", "milik Budi"
_OWNED_BY = re.compile(r"(?:[a-z]+\s+){0,2}milik\s+(?=[A-Z])")
#: ... whose name may be one word ("Marulam"), followed by where the owner comes from
_OWNER_WITH_ORIGIN = _name_with_origin(0)


def _named_with_origin(ctx: Context, at: int) -> re.Match[str] | None:
    """The name at ``at`` followed by where its bearer comes from (:data:`_NAME_WITH_ORIGIN`), or the
    owner's after "milik" (:data:`_OWNED_BY`: the one whose animal or thing won, named by one word too)."""
    owned = _OWNED_BY.match(ctx.text, at)
    if owned is not None:
        return _OWNER_WITH_ORIGIN.match(ctx.text, owned.end())
    return _NAME_WITH_ORIGIN.match(ctx.text, at)


def _unread_winner_at(ctx: Context, at: int) -> bool:
    """Whether a name no stage has read opens at ``at`` (after an owner's "milik") and is followed by
    where its bearer comes from."""
    m = _named_with_origin(ctx, at)
    return m is not None and _unread(ctx, m)


def _winner_read_at(ctx: Context, at: int) -> Entity | None:
    """The person named at ``at`` with where its bearer comes from after the name, no stage having read
    it (:func:`_unread_winner_at`), read now if its words are a bare name's; else ``None`` (the tagger
    may read it, :func:`link_late_winners`)."""
    m = _named_with_origin(ctx, at)
    return people.winner_named_at(ctx, m.start("name"), m.end("name")) if m is not None else None


def _unread_winner_before(ctx: Context, at: int, sentence_start: int) -> bool:
    """Whether the words before ``at`` end with a name no stage has read and where its bearer comes from
    ("Budi Santoso asal Kota X meraih ..."): the winner is that name, not the place."""
    last = None
    for m in _NAME_WITH_ORIGIN.finditer(ctx.text, sentence_start, at):
        last = m
    if last is None or _named(ctx, last.end(), at)[1:]:
        return False  # (another body or person named after the origin: the winner is that one)
    return _unread(ctx, last)


def _unread(ctx: Context, name: re.Match[str]) -> bool:
    """Whether no stage has read the name ``name`` matched: no claim on it, no place (regions are not
    claimed) mentioned in it."""
    start, end = name.span("name")
    return ctx.entity_at(start, end) is None and not any(
        start <= m.span.start < end for p in ctx.of_type(EntityType.PLACE) for m in p.mentions
    )


#: a verb of receiving after an award's name ("Juara I ... diraih (oleh) X"): X won it, not gave it
_RECEIVED_AFTER = re.compile(rf"\s(?i:{lang.alternation(_RECEIVED)})\s")
#: ... right after it, then its winner ("juara I diraih oleh ")
_WON_BY = re.compile(rf"\s+(?i:{lang.alternation(_RECEIVED)})\s+(?:oleh\s+)?")


def _first_mention(entity: Entity, start: int) -> int:
    """Where ``entity`` is first mentioned at or after offset ``start``."""
    return min((m.span.start for m in entity.mentions if m.span.start >= start), default=start)


def link_late_winners(ctx: Context) -> None:
    """A handed award whose winner, named right after ``kepada``, is a person no stage before the
    tagger read (``menyerahkan piagam penghargaan X kepada Siti Maryam dari ...``): linked once
    the tagger has read the name; and a title won (:func:`_titles_won`) by the one named last
    before its verb, the tagger's persons included."""
    for k, award in enumerate(ctx.awards):
        titled = _TITLE_WON.search(ctx.text, max(0, award.span.start - 60), award.span.start + 1)
        if titled is not None and titled.end() == award.span.start:
            # "Guru SD X, Siti Aminah, menerima penghargaan sebagai ...": the person named last
            sentence = sentences.containing(ctx.sentences, titled.start())
            winner = _named_last_before(ctx, sentence.start, titled.start()) if sentence is not None else None
            if winner is not None and winner.type is EntityType.PERSON:
                ctx.awards[k] = replace(award, recipient=winner)
            continue
        if award.recipient is not None:
            continue
        if award.name.startswith("Medali ") and (medalist := _medal_winner(ctx, award)) is not None:
            # ("Medali emas diraih Budi": a medallist only the tagger read)
            ctx.awards[k] = replace(award, recipient=medalist)
            continue
        if (origin := _winner_with_origin(ctx, award)) is not None:
            ctx.awards[k] = replace(award, recipient=origin)
            continue
        # ("menyerahkan piagam X kepada Siti Maryam", "juara I diraih Siti Maryam yang ...")
        cue = _TO_WINNER.match(ctx.text, award.span.end) or _WON_BY.match(ctx.text, award.span.end)
        if cue is None:
            continue
        winner = ctx.entity_at(cue.end(), cue.end() + 1, EntityType.PERSON, EntityType.ORGANIZATION)
        if winner is not None and any(m.span.start == cue.end() for m in winner.mentions):
            ctx.awards[k] = replace(award, recipient=winner)


def _winner_with_origin(ctx: Context, award: Award) -> Entity | None:
    """The person named with where he comes from in an award's sentence ("diraih Budi Santoso asal
    Kota X", "Budi Santoso asal Kota X meraih ..."), once the tagger has read him."""
    sentence = sentences.containing(ctx.sentences, award.span.start)
    if sentence is None:
        return None

    def distance(a: Award, m: re.Match[str]) -> int:
        if m.start() >= a.span.end and _NEXT_WINNER.search(ctx.text, a.span.end, m.start()):
            # ("X keluar sebagai juara I, disusul Y ...": the next winner, not this one's)
            return len(ctx.text)
        return max(a.span.start - m.end("name"), m.start() - a.span.end, 0)

    for m in sorted(
        _NAME_WITH_ORIGIN.finditer(ctx.text, sentence.start, sentence.end), key=lambda m: distance(award, m)
    ):
        person = ctx.mentioned_ending_at(m.end("name"), EntityType.PERSON)
        # (the winner of the award named nearest him: "Juara I diraih A asal X, Juara II diraih B asal Y")
        if person is not None and min(ctx.awards, key=lambda a: distance(a, m)) is award:
            return person
    return None


#: the words between a passive verb and its winner: "diraih (oleh) X"
_OLEH = re.compile(r"\s+(?:oleh\s+)?")


def _after_dateline(ctx: Context, sentence: Sentence) -> int:
    """Where a sentence's own words start, past a dateline it opens with ("SAMOSIR – Trofi X yang ..."),
    as an offset into its text (0 when it opens with none)."""
    for claim in ctx.claims_in(sentence.start, sentence.start + 1):
        if claim.start == sentence.start and claim.entity is None and claim.end < sentence.end:
            return claim.end - sentence.start
    return 0


def _passive_award(ctx: Context, sentence: Sentence) -> None:
    """``Penghargaan X diserahkan oleh Y kepada Z``: a sentence opening with an award a passive verb
    says was given, or naming one a relative clause says was given or received (``... trofi predikat X
    yang dianugerahkan Y kepada Z``, ``... opini X yang diterima Z dari Y``); the winner follows
    ``kepada`` (or ``oleh`` of a verb of receiving, or the verb itself)."""
    text, end = ctx.text, sentence.end
    name: str | None = None
    opening = _after_dateline(ctx, sentence)
    subject = _AWARD_SUBJECT.match(sentence.text, opening)
    if subject is not None:
        start = sentence.start + subject.start()
    elif (linked := _LINKED_AWARD_SUBJECT.match(sentence.text)) is not None:
        # "Selain itu, penghargaan Bank Sampah Terbaik 2024 diserahkan kepada ...": the name after the noun
        start = sentence.start + linked.end()
    elif (ranked := _clause_rank(ctx, sentence)) is not None:
        start, name = ranked  # "..., yakni juara 1 diraih Desa X": the rank, its contest named before
    elif (given := _GIVEN_AWARD.search(sentence.text)) is not None:
        start = sentence.start + given.end()  # "... trofi predikat X yang dianugerahkan Y kepada Z"
        if _read_already(ctx, start, start + 1):
            return  # "dianugerahi predikat X dalam ajang Y yang diserahkan ...": won by a verb before
        if given.group("noun") == "opini":
            # "opini Wajar Tanpa Pengecualian (WTP) yang diterima ...": the audit's opinion, named with its noun
            name = f"Opini {_trim(award_name(text[start:end]))}"
            start = sentence.start + given.start()
    else:
        return
    if name is None:
        name = _trim(award_name(text[start:end]))
    verb = _PASSIVE_VERB.search(text, start + len(name), end)
    if len(name.split()) < 2 or verb is None or verb.start() - (start + len(name)) > 40:
        return  # "Penghargaan ini merupakan ...": a sentence about an award, not its name
    if _whose(name):
        return  # "Penghargaan untuk Pemkab X diterima ...": whose award, not its name
    if _short_for_an_earlier(ctx, name):
        return  # "Penghargaan APE diberikan kepada ..." after "Anugerah Parahita Ekapraya (APE) 2025"
    after = _OLEH.match(ctx.text, verb.end())
    # (where the winner a verb of receiving names starts: "diraih (oleh) X")
    won_at = after.end() if after is not None and verb.group().casefold() in _RECEIVED else None
    place = ctx.mentioned_starting_at(won_at, EntityType.PLACE) if won_at is not None else None
    if won_at is not None and _unread_winner_at(ctx, won_at):
        # "... diraih Budi Santoso asal Kota X": read now, or by the tagger later (link_late_winners)
        recipient = _winner_read_at(ctx, won_at)
    elif won_at is not None and (_RANK_ONLY.match(name) or place is not None):
        # "Juara pertama diraih Kelompok Tani X": won by who the verb names, as "Juara I diraih ..." is
        # (a village whose government the article does not name: nobody; so for any prize "yang diraih
        # Desa X", not the article's government)
        recipient = _winner_named_at(ctx, won_at, end, place)
    else:
        # (given to a village whose government the article does not name: nobody named)
        recipient = _object(ctx, verb, end)
        if recipient is None and not _given_to_a_village(ctx, verb, end):
            recipient = _government(ctx)
    by = _conferrer_after(ctx, start + len(name), end) or _giver(ctx, verb, end)
    ctx.awards.append(Award(name, ctx.span(start, start + len(name)), recipient, by))


#: the highest grade of the Ombudsman's assessment of public services' compliance entered, in lower case
#: ("masuk zona hijau dalam Penilaian Kepatuhan ..."); "Zona Hijau" capitalised after a verb of winning
#: is read as any award's name is
_GREEN_ZONE = re.compile(
    r"\b(?:masuk|berada\s+di|meraih|mendapat(?:kan)?|memperoleh)\s+"
    # ("meraih predikat kepatuhan sedang atau Zona Hijau", "memperoleh predikat kepatuhan pelayanan zona
    # hijau"; "masuk Zona Hijau", capitalised)
    r"(?:predikat\s+(?:[a-z]+\s+){0,5}(?:atau\s+)?)?(?P<name>[Zz]ona\s+[Hh]ijau)\b"
)
#: what says the zone is the Ombudsman's grade, not an epidemic's ("zona hijau Covid-19")
_COMPLIANCE = re.compile(r"\b(?:Ombudsman|[Kk]epatuhan)\b")


#: a prize named after its token, then won by who follows: "piagam Sekolah Adiwiyata Provinsi X Tahun 2022
#: yang diraih SMA Negeri 1 Y"
_PRIZE_WON_BY = re.compile(
    r"\b(?:piagam|trofi|piala|sertifikat)\s+(?=[A-Z])"
    rf"(?P<name>[^,;.]{{3,120}}?)\s+yang\s+(?:(?:{_BEFORE_THE_VERB}|berhasil)\s+){{0,2}}"
    r"(?:diraih|diterima|diperoleh|dimenangkan|disabet)\s+(?:oleh\s+)?"
    r"(?=[A-Z])"
)


def _prize_won_by(ctx: Context, sentence: Sentence) -> None:
    """``piagam Sekolah Adiwiyata Provinsi X Tahun 2022 yang diraih SMA Negeri 1 Y``: a prize named
    with capitalised words after its token (a certificate, cup or trophy) is won by who the relative
    clause names."""
    for m in _PRIZE_WON_BY.finditer(ctx.text, sentence.start, sentence.end):
        name = award_name(m.group("name"))
        rest = m.group("name")[len(name) :]
        if (rest and not _RANK_AFTER_NAME.fullmatch(rest)) or _WORDS.isdisjoint(re.findall(r"\w+", name)):
            continue  # (capitalised words running on into others but its rank; or no prize's word in them)
        start = m.start("name")
        if _read_already(ctx, start, start + len(name)):
            continue
        winner = _named_right_at(ctx, m.end(), sentence.end)
        ctx.awards.append(Award(name, ctx.span(start, start + len(name)), winner, None))


def _named_right_at(ctx: Context, at: int, end: int) -> Entity | None:
    """The body or person named first from ``at`` to ``end``, if named right at ``at``."""
    named = _named(ctx, at, end)
    return named[0] if named and any(m.span.start == at for m in named[0].mentions) else None


#: a contest, then a verb saying who won it and its winner: "Lomba kuliner berbahan enbal dimenangi
#: kelompok PKK Desa X", "lomba tari tingkat pelajar dijuarai SMP Negeri 1 Y" (a group named by what it is,
#: "kelompok", "tim", before the name)
_CONTEST_WON_BY = re.compile(
    rf"\b(?P<contest>(?-i:[Ll]omba|[Kk]ompetisi|[Kk]ontes|[Ss]ayembara)(?:\s+(?!{_PASSIVE_WORD})[\w-]+){{1,6}}?)"
    r"\s+(?:dimenangi|dimenangkan|dijuarai)\s+(?:oleh\s+)?(?:(?:kelompok|tim|regu|grup)\s+)?(?=[A-Z])"
)


def _contest_won_by(ctx: Context, sentence: Sentence) -> None:
    """``Lomba kuliner berbahan enbal dimenangi kelompok PKK Desa X``: a contest said to be won by
    someone is its winner's award, ``Juara Lomba Kuliner Berbahan Enbal`` (with the festival the
    article is about, :func:`_at_the_festival`), won by the body or person named right after."""
    for m in _CONTEST_WON_BY.finditer(ctx.text, sentence.start, sentence.end):
        start, stop = m.span("contest")
        if _read_already(ctx, start, stop) or m.group("contest").split()[1] in lexicon.POINTERS:
            continue  # ("lomba tersebut dimenangi ...": the contest named before, its ranks read there)
        winner = _named_right_at(ctx, m.end(), sentence.end)
        contest = " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in m.group("contest").split())
        ctx.awards.append(Award(f"Juara {contest}", ctx.span(start, stop), winner, None))


def _read_already(ctx: Context, start: int, stop: int) -> bool:
    """Whether an award found already is named over any of ``[start, stop)``."""
    return any(a.span.start < stop and start < a.span.end for a in ctx.awards)


#: a predicate named after its grade and "atau" ("meraih predikat B atau Pelayanan Baik"), or in
#: quotation marks ("menerima piagam predikat "Pelayanan Baik"", "diterimanya predikat "...""): its name
_PREDICATE_NAMED = re.compile(
    r"\bpredikat\s+(?:(?P<grade>[A-C][+-]?)\s+atau\s+|[\"“](?=[A-Z][^\"”]{2,60}[\"”]))"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
)
#: a sentence saying a predicate was won, received or handed over ("diterimanya", "penyerahan piagam")
_PREDICATE_GIVEN = re.compile(r"\b(?:diterima(?:nya)?|menerima|penyerahan|diserahkan)\b", re.IGNORECASE)


def _predicate_named(ctx: Context, sentence: Sentence) -> None:
    """``MPP X meraih predikat B atau Pelayanan Baik dalam Evaluasi ...``, ``menerima piagam predikat
    "Pelayanan Baik" bagi MPP X``: the predicate named after its grade and "atau", or in quotation
    marks, in a sentence saying it was won or handed over, is an award (the grade's name, "Predikat
    B", its alias), won by the sentence's subject."""
    if "predikat" not in sentence.text or not (
        _WIN_VERB.search(sentence.text) or _PREDICATE_GIVEN.search(sentence.text)
    ):
        return  # (most sentences name no predicate: nothing to read)
    for m in _PREDICATE_NAMED.finditer(sentence.text):
        start, stop = sentence.start + m.start("name"), sentence.start + m.end("name")
        if _read_already(ctx, start, stop):
            continue
        aliases = (f"Predikat {m.group('grade')}",) if m.group("grade") else ()
        ctx.awards.append(
            Award(
                m.group("name"),
                ctx.span(start, stop),
                _winner(ctx, sentence.start + m.start(), sentence.start),
                _conferrer_after(ctx, stop, sentence.end),
                aliases=aliases,
            )
        )


def _green_zone(ctx: Context, sentence: Sentence) -> None:
    """``Pemkab X masuk zona hijau dalam Penilaian Kepatuhan ... oleh Ombudsman RI``: the grade entered
    is an award ("Zona Hijau"), won by the sentence's subject, where the sentence says it is the
    Ombudsman's compliance assessment's."""
    m = _GREEN_ZONE.search(sentence.text)
    if m is None or _COMPLIANCE.search(sentence.text) is None:
        return
    start, stop = sentence.start + m.start("name"), sentence.start + m.end("name")
    if _read_already(ctx, start, stop):
        return
    ctx.awards.append(
        Award(
            "Zona Hijau",
            ctx.span(start, stop),
            _winner(ctx, start, sentence.start),
            _conferrer_after(ctx, stop, sentence.end),
        )
    )


#: a verb of receiving, or of a prize given to its winner ("diberikan kepada", "jatuh kepada"), after a rank
_RANK_VERB = rf"(?:{lang.alternation(_RECEIVED)}|(?:diberikan|jatuh)\s+kepada|ditempati|menjadi\s+milik)"
#: ... or, after a title of praise listed among prizes given, the word that gives it ("memberikan
#: penghargaan khusus, yakni Pemandu Wisata Terbaik untuk Desa X, serta Kuliner Khas Terbaik kepada Y")
_GIVEN_TO_WORDS = ("untuk", "kepada")
_GIVEN_TO = lang.alternation(_GIVEN_TO_WORDS)
#: the words of praise that end a capitalised title won ("Penari Terbaik", "Guru Teladan")
_PRAISE_TITLE_ENDS = lang.alternation(w.capitalize() for w in _TITLE_WORDS)
#: a rank opening a sentence or a clause of it, then a verb of receiving and its winner ("Juara II diraih
#: Desa X, Kecamatan Y, dan Juara III diraih Desa Z", "Sementara Juara Harapan I diraih Desa W"); after
#: the first, the verb may be left out
_RANK_RECEIVED = re.compile(
    # (after a full stop the sentence splitter did not split at: "... sebagai Juara I. Sementara ...")
    r"(?:(?:^|[.;]\s+)\s*(?:(?:Sementara|Adapun|Sedangkan|Lalu|Kemudian|Selanjutnya)(?:\s+itu)?,?\s+)?"
    # ("penghargaan Lomba X Tahun 2024, dengan Juara I diraih Desa A, Juara II Desa B, ...")
    r"|,\s*(?:dan\s+|serta\s+|sedangkan\s+|sementara\s+|dengan\s+)?|\s+(?:dan|serta)\s+"
    # (a title of praise given, after its noun or the prizes it is one of: "memberikan penghargaan Dusun
    # Terbersih kepada Dusun X", "penghargaan kategori khusus, yakni Pemandu Wisata Terbaik untuk Desa Y")
    rf"|(?:(?<=penghargaan\s)|,\s*(?:yakni|yaitu)\s+)(?=(?-i:(?:[A-Z][\w'-]*\s+){{1,3}}(?:{_PRAISE_TITLE_ENDS}))\s))"
    # "Sementara itu, predikat Juara Harapan I jatuh kepada Desa W", "Posisi Juara II diraih Desa X"
    r"(?:(?:predikat|gelar|posisi)\s+)?"
    # (a consolation rank written without "Juara" only with its verb: "Adapun Harapan I diraih Desa W")
    # (the rank in lower case too: "Adapun juara harapan I diraih Desa W"; "Juara I diraih Posyandu X; juara
    # II Posyandu Y; dan juara III Posyandu Z")
    rf"(?P<rank>(?-i:[Jj]uara|Peringkat)\s+{_RANK.pattern}|(?-i:Harapan)\s+(?:[IVX]+|\d+)(?=\s+{_RANK_VERB})"
    # (a place in the ranking with its verb, the rank's noun left out: "Tempat kedua direbut Posyandu X")
    rf"|(?-i:{_PLACE_NOUNS})\s+(?:{_PLACES_AFTER_FIRST}|II|III|2|3)(?=\s+{_RANK_VERB})"
    # (... or after another, its verb left out: "Tempat kedua ditempati X, dan tempat ketiga Y")
    rf"|(?<=dan\s)(?-i:{_PLACE_NOUNS})\s+(?:{_PLACES_AFTER_FIRST})(?=\s+(?-i:[A-Z]))"
    # (a title of praise won, listed as ranks are: ", Penari Terbaik diberikan kepada Ani, dan ...")
    rf"|(?P<praise>(?-i:(?:[A-Z][\w'-]*\s+){{1,3}}(?:{_PRAISE_TITLE_ENDS}))(?=\s+(?:{_RANK_VERB}|{_GIVEN_TO}\s))))"
    # (the contest pointed back to between: "Posisi Juara II lomba tersebut ditempati Sanggar X")
    rf"(?:\s+(?:{_CONTEST_NOUNS})\s+(?:tersebut|itu|ini)(?=\s+{_RANK_VERB})"
    # (or a contest named in lower case between: "Juara I lomba layang-layang hias diraih Desa X, Juara II ...")
    rf"|\s+(?P<contest>(?-i:{_CONTEST_NOUNS})(?:\s+(?-i:[a-z][\w-]*)){{1,4}})(?=\s+{_RANK_VERB})"
    # (or capitalised, the year pointed to after it: "Gelar Juara I Lomba Kampung Y tahun ini disabet Kampung X")
    rf"|\s+(?P<named>(?-i:{_CONTEST_NOUNS_NAMED})(?:\s+(?-i:[A-Z][\w-]*)){{1,4}})"
    rf"(?:\s+tahun\s+ini)?(?=\s+{_RANK_VERB}))?"
    # (the category it was won in, between: "Juara Harapan I kategori robusta diraih X")
    rf"(?:\s+(?P<category>(?-i:kategori)\s+(?-i:[a-z]+))(?=\s+{_RANK_VERB}))?"
    # (the verb left out after the first: "Juara I diraih Desa X, Juara II Desa Y, dan Juara III Desa Z";
    # the rank given to its winner: "Juara Harapan I diberikan kepada Desa W", "... jatuh kepada ...")
    # (a team named by where it comes from: "Juara Harapan I jatuh kepada tim Kelurahan W"; a group by its
    # name: "Tempat kedua diraih grup X")
    # (its "oleh" kept though: "Juara II diraih A, dan Juara III oleh B")
    rf"(?:\s+(?P<verb>{_RANK_VERB}|{_GIVEN_TO})\s+(?:oleh\s+)?(?:tim\s+|(?P<group>(?-i:kelompok|regu|grup))\s+)?"
    r"|\s+(?:oleh\s+)?)"
    r"(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _rank_name(rank: str) -> str:
    """A rank as an award's name, as its contest's other ranks are written: its words "juara" and
    "harapan" capitalised ("juara harapan I" is "Juara Harapan I"), and "Juara" before a consolation
    rank written without it ("Harapan I" is "Juara Harapan I") or for a place in the ranking ("Posisi
    kedua" is "Juara kedua")."""
    name = re.sub(rf"^(?:{_PLACE_NOUNS})\b", "Juara", rank)
    name = re.sub(r"\b(?:juara|harapan)\b", lambda m: m.group().capitalize(), name)
    return f"Juara {name}" if name.startswith("Harapan") else name


def _ranks_received(ctx: Context, sentence: Sentence) -> None:
    """``Juara II diraih Desa X, Kecamatan Y, dan Juara III diraih Desa Z``: each rank an award (its
    contest added from the sentences before, :func:`_with_contest_before`), won by the one named right
    after its verb: a body or person; a village as its government when the article names that, else
    nobody; a name the tagger reads later with where its bearer comes from (:func:`link_late_winners`)."""
    text = ctx.text
    found = list(_RANK_RECEIVED.finditer(sentence.text))
    for k, m in enumerate(found):
        start, stop = sentence.start + m.start("rank"), sentence.start + m.end("rank")
        if _read_already(ctx, start, stop) or (m.group("verb") in _GIVEN_TO_WORDS and not m.group("praise")):
            continue  # ("Juara I untuk Kategori Remaja diraih X": a category, not whom the rank went to)
        at = sentence.start + m.end()
        clause_end = sentence.start + found[k + 1].start() if k + 1 < len(found) else sentence.end
        place = ctx.mentioned_starting_at(at, EntityType.PLACE)
        if m.group("verb") is None and (
            not any(f.group("verb") for f in found[:k])
            # (a village the tagger has not read yet is a winner too: "Juara II Kelurahan X")
            or (
                place is None
                and ctx.entity_at(at, at + 1) is None
                and not text.startswith(_VILLAGE_WORDS, at)
                # (nor a name the tagger reads later, with where its bearer comes from: "juara II Budi
                # Santoso (Desa X)")
                and not _unread_winner_at(ctx, at)
            )
        ):
            continue  # (a rank with no verb is one only in a list after one with a verb, its winner named)
        winner = (
            # (a group named after its word: a body the article reads, else nobody, never a person)
            ctx.mentioned_starting_at(at, EntityType.ORGANIZATION)
            if m.group("group")
            else _winner_named_at(ctx, at, clause_end, place)
        )
        name = _rank_name(" ".join(text[start:stop].split()))
        if contest := m.group("contest") or m.group("named"):
            group = "contest" if m.group("contest") else "named"
            name, stop = f"{name} {' '.join(contest.split())}", sentence.start + m.end(group)
        if m.group("category"):
            name = f"{name} {' '.join(m.group('category').split())}"  # (its contest is put between)
        ctx.awards.append(Award(name, ctx.span(start, stop), winner, None))


def _winner_named_at(ctx: Context, at: int, clause_end: int, place: Entity | None) -> Entity | None:
    """The winner named at offset ``at``, in its clause up to ``clause_end``: a name the tagger reads
    later with where its bearer comes from (:func:`link_late_winners`); the place ``place`` named there
    as its government (a village whose government the article does not name: nobody); else the first
    body or person named."""
    if _unread_winner_at(ctx, at):
        return _winner_read_at(ctx, at)
    if place is not None:
        return _as_body(ctx, place)
    named = _named(ctx, at, clause_end)
    return named[0] if named else None


#: an item of a list of ranks, the rank, then a colon and its winner: "1. Juara I: Desa X, Kecamatan Y",
#: "- Juara II kategori Desa Wisata Berkembang: Desa Z", "Harapan I: Sanggar W"
_RANK_LISTED = re.compile(
    rf"\s*(?:(?:[-•*–]|\d{{1,2}}[.)])\s*)?(?P<rank>(?-i:[Jj]uara|Peringkat)\s+{_RANK.pattern}|(?-i:Harapan)\s+(?:[IVX]+|\d+))"
    r"(?P<category>\s+(?-i:kategori)\s+[^:\n]{1,60}?)?\s*:\s*(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _ranks_listed(ctx: Context, sentence: Sentence) -> None:
    """``1. Juara I: Desa X, Kecamatan Y``, ``- Juara II kategori Desa Wisata Berkembang: Desa Z``: an
    item of a list of ranks, each on its own line, is an award (its contest added from the sentences
    before, as a rank's is, :func:`_with_contest_before`), won by the one named after the colon."""
    m = _RANK_LISTED.match(ctx.text, sentence.start, sentence.end)
    if m is None or _read_already(ctx, m.start("rank"), m.end("rank")):
        return
    at = m.end()
    winner = _winner_named_at(ctx, at, sentence.end, ctx.mentioned_starting_at(at, EntityType.PLACE))
    name, stop = _rank_name(" ".join(m.group("rank").split())), m.end("rank")
    category = m.group("category")
    if category is not None and category.strip()[len("kategori") :].strip().islower():
        # ("Juara I kategori kelurahan: Kelurahan X": the category after the rank, its contest put between;
        # a category named with capitalised words is read after the rank's span, _with_contest_before)
        name, stop = f"{name} {' '.join(category.split())}", m.end("category")
    ctx.awards.append(Award(name, ctx.span(m.start("rank"), stop), winner, None))


#: a line of a list of winners by category: "Kategori Ulos Sadum: Juara I Kelompok X (Desa Y),
#: Juara II Kelompok Z, ..."; its ranks (:data:`_CATEGORY_LISTED_RANK`) follow the colon
_LISTED_CATEGORY = r"\s*(?:[-•*–]\s*)?[Kk]ategori\s+(?P<listed>[^:\n]{1,60}?)\s*:"
_CATEGORY_LISTED = re.compile(rf"{_LISTED_CATEGORY}\s*(?=[Jj]uara\b|[Hh]arapan\b|{_BEST_PLACED})")
#: ... each rank in it, then its winner (in lower case too: "Kategori X: juara I A (Desa B) dengan skor
#: 86; juara II C ..."), or the owner of what won ("Kelas Dara: Juara I sapi milik A (Desa B)"); a
#: place written as the best ("Kategori dinas: Terbaik I Dinas X, Terbaik II RSUD Y")
_CATEGORY_LISTED_RANK = re.compile(
    rf"(?P<rank>[Jj]uara\s+{_RANK.pattern}|[Hh]arapan\s+(?:[IVX]+|\d+)|{_BEST_PLACED})\s+(?=[A-Z]|{_OWNED_BY.pattern})"
)


#: a line of a list of winners by branch, its branch alone before the colon: "Tortor: Juara I SMPN 3
#: Pangururan, Juara II SMPN 2 Pangururan, ..." (a bracketed word on it left out of its name: "Lomba
#: solu (sampan kayu): Juara I ..."; its ranks in lower case too: "Lomba sumpit putra: juara I ...")
_BRANCH_LISTED = re.compile(
    r"\s*(?:[-•*–]\s*)?(?P<branch>[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){0,5})(?:\s+\([^()\n:]{1,40}\))?\s*:\s*(?=[Jj]uara\b)"
)
#: ... and a line after such lines naming a title of praise and its one winner: "Dusun pesisir
#: terbersih: Dusun X."
_PRAISE_LISTED = re.compile(
    rf"\s*(?:[-•*–]\s*)?(?P<title>[A-Z][a-z]+(?:\s+[a-z]+){{0,4}}\s+(?i:{_PRAISE_TITLE_ENDS}))\s*:\s*(?=[A-Z])"
)
#: words that open a line of results, not a branch's name ("Hasil: Juara I ...")
_NOT_BRANCHES = frozenset(
    {"hasil", "pemenang", "juara", "daftar", "catatan", "keterangan", "berikut", "adapun"}
)


def _ranks_of_category_listed(ctx: Context, sentence: Sentence) -> None:
    """``Kategori Ulos Sadum: Juara I Kelompok X (Desa Y), Juara II Kelompok Z, ...``: each
    rank of a line that lists a category's winners is an award (its contest added from the sentences
    before, and the category, :func:`_with_contest_before`), won by the one named right after it. So
    is each rank of a line of a branch's winners (``Tortor: Juara I SMPN 3 Pangururan, Juara II ...``),
    named by the rank and the branch, as the line writes it ("Juara I Tortor")."""
    m = _CATEGORY_LISTED.match(ctx.text, sentence.start, sentence.end)
    branch = None
    if m is None:
        m = _BRANCH_LISTED.match(ctx.text, sentence.start, sentence.end)
        if m is None:
            _praise_listed(ctx, sentence)
            return
        if m.group("branch").split()[0].casefold() in _NOT_BRANCHES:
            return
        branch = " ".join(m.group("branch").split())
    ranks = list(_CATEGORY_LISTED_RANK.finditer(ctx.text, m.end(), sentence.end))
    if branch is not None and len(ranks) < 2 and branch.split()[0].casefold() not in _CONTEST_NOUN_SET:
        # ("Catatan: Juara I berhak ...": one rank, no list of a branch's winners; but a contest's
        # one winner may have a line of its own, "Lomba sumpit putri: juara I Nama (Desa)")
        return
    for k, rank in enumerate(ranks):
        if _read_already(ctx, rank.start(), rank.end("rank")):
            continue
        at = rank.end()
        until = ranks[k + 1].start() if k + 1 < len(ranks) else sentence.end
        winner = _winner_named_at(ctx, at, until, ctx.mentioned_starting_at(at, EntityType.PLACE))
        name = _rank_name(" ".join(rank.group("rank").split()))
        if branch is not None:
            name = f"{name} {branch}"
        ctx.awards.append(Award(name, ctx.span(rank.start(), rank.end("rank")), winner, None))


def _praise_listed(ctx: Context, sentence: Sentence) -> None:
    """``Perahu hias: Juara I Kampung X, ... . Dusun pesisir terbersih: Dusun Y.``: a title of
    praise and its one winner on a line after a line of a branch's winners, an award named as written."""
    m = _PRAISE_LISTED.match(ctx.text, sentence.start, sentence.end)
    if m is None:
        return
    before = _sentence_before(ctx, sentence.start)
    if before is None or _BRANCH_LISTED.match(ctx.text, before.start, before.end) is None:
        return
    start, stop = m.span("title")
    if _read_already(ctx, start, stop):
        return
    winner = _winner_named_at(
        ctx, m.end(), sentence.end, ctx.mentioned_starting_at(m.end(), EntityType.PLACE)
    )
    ctx.awards.append(Award(" ".join(m.group("title").split()), ctx.span(start, stop), winner, None))


#: two ranks of the consolation places joined ("meraih Juara Harapan I dan Harapan II", "Harapan I dan
#: Harapan II masing-masing diraih ...")
_PAIRED_RANKS = re.compile(
    # (in lower case too: "Adapun juara harapan I dan harapan II masing-masing disabet ...")
    r"\b(?P<first>(?:[Jj]uara\s+)?[Hh]arapan\s+(?:[IVX]+|\d+))\s+dan\s+(?P<second>(?:[Jj]uara\s+)?[Hh]arapan\s+(?:[IVX]+|\d+))\b"
    # (the others by their numbers alone, "masing-masing" after them: "Juara Harapan I dan II masing-masing
    # jatuh kepada ...", "Juara II dan III masing-masing diraih ...", "juara harapan I, II, dan III
    # masing-masing ...", a range: "juara harapan I hingga III masing-masing diraih A, B, dan C")
    # (in lower case too: "Sementara juara harapan I dan II masing-masing disabet ...")
    r"|\b(?P<lead>[Jj]uara\s+(?:[Hh]arapan\s+)?|[Hh]arapan\s+)"
    rf"(?P<series>{_RANK_NUMERAL}(?:\s*,\s*{_RANK_NUMERAL})*,?\s+(?:dan|hingga|sampai)\s+{_RANK_NUMERAL})"
    r"(?=\s+masing-masing\b)"
)
#: a series of three ranks or more given each to its winner, named ("... masing-masing diraih Desa A,
#: Desa B, dan Desa C")
_SERIES_WON = re.compile(rf"\s+masing-masing\s+{_RANK_VERB}\s+(?:oleh\s+)?(?-i:[A-Z])", re.IGNORECASE)
#: a rank's number in a series of them ("I", "II" of "I, II, dan III")
_SERIES_NUMBER = re.compile(_RANK_NUMERAL)
#: the word joining the first and last ranks of a range ("I hingga III")
_RANGE_JOINT = re.compile(r"\b(?:hingga|sampai)\b")
#: the Roman numerals of the places a range of ranks may span
_ROMAN_PLACES = ("I", "II", "III", "IV", "V", "VI")


def _ranks_in_series(m: re.Match[str]) -> list[tuple[str, int, int]]:
    """The ranks a series of their numbers names ("Juara Harapan I, II, dan III", "Juara Harapan I hingga
    III"), each as written ("Juara Harapan II") with where it is written: a rank written by its number
    alone from its number to the next, a rank inside a range ("II" of "I hingga III") over the range."""
    numbers = list(_SERIES_NUMBER.finditer(m.group("series")))
    lead, at = m.group("lead"), m.start("series")
    spans = [(at + n.start(), at + n.end()) for n in numbers]
    spans[0] = (m.start("lead"), spans[0][1])
    ranks = [(f"{lead}{n.group()}", *span) for n, span in zip(numbers, spans, strict=True)]
    joint = _RANGE_JOINT.search(m.group("series"))
    if len(numbers) != 2 or joint is None:
        return ranks
    first, last = (n.group() for n in numbers)
    if first.isdigit() and last.isdigit():
        between = [str(k) for k in range(int(first) + 1, int(last))]
    elif first in _ROMAN_PLACES and last in _ROMAN_PLACES:
        between = list(_ROMAN_PLACES[_ROMAN_PLACES.index(first) + 1 : _ROMAN_PLACES.index(last)])
    else:
        between = []
    return [ranks[0], *[(f"{lead}{k}", at + joint.start(), at + joint.end()) for k in between], ranks[1]]


#: a rank given to its winner earlier in a sentence ("Juara I diraih X, disusul Y sebagai Juara II"), or
#: a place in the ranking ("posisi kedua ditempati X, disusul Y di peringkat ketiga")
_RANK_GIVEN_BEFORE = re.compile(
    rf"\b(?-i:[Jj]uara|Peringkat|{_PLACE_NOUNS})\s+{_RANK.pattern}\s+{_RANK_VERB}\b", re.IGNORECASE
)
#: a verb that gives a rank to its winner ("Harapan I dan Harapan II masing-masing jatuh kepada ...")
_RANK_GIVEN = re.compile(rf"\b{_RANK_VERB}\b", re.IGNORECASE)


def _ranks_paired(ctx: Context, sentence: Sentence) -> None:
    """``Desa A dan Desa B masing-masing meraih Juara Harapan I dan Harapan II``: each rank of a pair an
    award (named "Juara Harapan ...", its contest added from the sentences before), in a sentence that
    says they were won; won "masing-masing" by the two named in the same order, else by nobody named."""
    if not (_WIN_VERB.search(sentence.text) or _RANK_GIVEN.search(sentence.text)):
        return
    pairs = list(_PAIRED_RANKS.finditer(ctx.text, sentence.start, sentence.end))
    if not pairs:
        return
    named = [
        e
        for e in _named(ctx, sentence.start, sentence.end)
        if not any(a.span.start <= n.span.start < a.span.end for a in ctx.awards for n in e.mentions)
    ]
    each = (
        "masing-masing" in sentence.text
        # (not the regions the winners come from: "diraih sanggar asal Kabupaten X dan Y")
        and _FROM.search(ctx.text, pairs[0].end(), sentence.end) is None
    )
    for m in pairs:
        if m.group("first"):
            ranks = [(m.group(g), *m.span(g)) for g in ("first", "second")]
        else:
            ranks = _ranks_in_series(m)
        if len(ranks) > 2 and _SERIES_WON.match(ctx.text, m.end()) is None:
            # ("juara harapan I, II, dan III masing-masing ditempati posyandu dari ...": no one named; "Juara
            # I hingga III masing-masing menerima uang pembinaan ...": the prizes of ranks told before)
            continue
        winners: list[Entity | None] = (
            list(named) if each and len(named) == len(ranks) else [None] * len(ranks)
        )
        for (rank, start, stop), winner in zip(ranks, winners, strict=True):
            if _read_already(ctx, start, stop):
                continue  # ("meraih Juara Harapan I": read by its verb)
            ctx.awards.append(Award(_rank_name(" ".join(rank.split())), ctx.span(start, stop), winner, None))


def _clause_rank(ctx: Context, sentence: Sentence) -> tuple[int, str] | None:
    """A rank in lower case opening a clause after a contest the sentence names ("para pemenang Lomba
    Kampung Tangguh 2024, yakni juara 1 diraih Desa X"): where it starts and the rank as an award's name
    (``Juara 1``; its contest is added with the others')."""
    for m in _CLAUSE_RANK.finditer(ctx.text, sentence.start, sentence.end):
        if _contest_before(ctx.text[sentence.start : m.start()]) is None:
            continue
        rank = _RANK.match(ctx.text, m.end(), sentence.end)
        if rank is not None:
            return m.start("rank"), f"{m.group('rank').capitalize()} {rank.group()}"
    return None


def _short_for_an_earlier(ctx: Context, name: str) -> bool:
    """Whether ``name`` is an award word and the short form an award found before gave in brackets
    ("Opini WTP" after "Opini Wajar Tanpa Pengecualian (WTP)"), or a word of that award's name
    ("Predikat Nindya" after "Kota Layak Anak (KLA) Kategori Nindya"); or two words or more of its
    category, in their order ("Swasti Saba" after "Kabupaten/Kota Sehat kategori Swasti Saba
    Wistara": the award again, "meraih penghargaan Swasti Saba" for the third time).
    """
    words = name.split()
    if len(words) == 2 and any(
        f"({words[1]})" in award.name or (words[1] in lexicon.AWARD_GRADES and words[1] in award.name.split())
        for award in ctx.awards
    ):
        return True
    return (
        len(words) >= 2
        and not _RANKED.match(name)
        and any(_in_order_within(words, _category_of(award.name).split()) for award in ctx.awards)
    )


#: the word before an award's category or grade in its name ("... kategori Swasti Saba Wistara")
_CATEGORY_WORD = re.compile(r" (?:kategori|predikat) ")


def _category_of(name: str) -> str:
    """The category or grade an award's name ends with ("Swasti Saba Wistara" of "Kabupaten/Kota
    Sehat kategori Swasti Saba Wistara"), or nothing."""
    found = _CATEGORY_WORD.search(name)
    return name[found.end() :] if found is not None else ""


#: a name opening with a rank or a place won: one contest's win, which another winner may share
_RANKED = re.compile(r"(?:Juara|Peringkat|Terbaik|Harapan|Ranking)\b")


def _in_order_within(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` stand in a row in ``longer``, which has more words."""
    n = len(words)
    return len(longer) > n and any(longer[k : k + n] == words for k in range(len(longer) - n + 1))


#: the mark opening an item of a bulleted list ("- ", "• ", "2. ")
_BULLET = re.compile(r"\s*(?:[-•*–]|\d{1,2}[.)])\s*")


def _list_intro(ctx: Context, index: int) -> Sentence | None:
    """The sentence introducing the bulleted list whose item is sentence ``index`` ("... di antaranya:")."""
    for sentence in reversed(ctx.sentences[:index]):
        if not _BULLET.match(sentence.text):
            return sentence if sentence.text.rstrip().endswith(":") else None
    return None


def _enumerations(ctx: Context) -> Iterator[tuple[Sentence, int, Sentence]]:
    """Each sentence that lists awards it says were won, with the offset in it where the list
    starts and the sentence introducing the list (itself, or the one before a bulleted list)."""
    for index, sentence in enumerate(ctx.sentences):
        if (bullet := _BULLET.match(sentence.text)) and sentence.text[:1] in "-•*–0123456789":
            intro = _list_intro(ctx, index)
            if intro is not None and _SENTENCE_CUE.search(intro.text) and _won(ctx, intro.start, intro.end):
                yield sentence, bullet.end(), intro
            continue
        if _SENTENCE_CUE.search(sentence.text) and _won(ctx, sentence.start, sentence.end):
            intro_words = _INTRO.search(sentence.text)
            if (
                intro_words is None
                and _award_items(sentence.text) < 2
                and not _WIN_VERB.search(sentence.text)
            ):
                # "Penghargaan KLA kemudian diperkenalkan ... pada Puncak ..." after a sentence saying it
                # was won: one award, no list, and not won here
                continue
            yield sentence, intro_words.end() if intro_words else 0, sentence


def _whose(name: str) -> bool:
    """Whether an award's would-be name says whose it is, not what it is: "Penghargaan untuk Pemkab
    X diterima ..."."""
    return name.split()[1:2] in (["untuk"], ["bagi"])


def _award_items(text: str) -> int:
    """How many of a sentence's comma/dan-separated items open like an award's name."""
    return sum(1 for _, item in _items(text.rstrip(".")) if _AWARD_START.match(item.strip()))


#: a sentence saying what something is, not that it was won
_DEFINITION = re.compile(r"\b(?:merupakan|adalah|ialah)\b")


#: a rank, then the money its winner is given ("Juara II Rp 10 juta", "Juara III sebesar Rp 7,5 juta")
_RANK_PRIZE = re.compile(
    rf"(?:Juara|Peringkat)\s+{_RANK.pattern}\s+(?:(?:sebesar|senilai)\s+)?Rp\b", re.IGNORECASE
)


def _enumerated_awards(ctx: Context) -> None:
    """The awards an enumeration lists."""
    known = [a.span for a in ctx.awards]
    for sentence, body_start, intro in _enumerations(ctx):
        body = sentence.text[body_start:].rstrip(".")
        pending: list[tuple[str, int, int]] = []
        recipient = None
        for offset, item in _items(body):
            stripped = item.strip()
            if not _AWARD_START.match(stripped) or _DEFINITION.search(stripped):
                continue  # (not "Adipura Kencana merupakan penghargaan tertinggi ...": what an award is)
            if _RANK_PRIZE.match(stripped):
                continue  # ("Juara I mendapat Rp 15 juta, Juara II Rp 10 juta, ...": each rank's prize money)
            lead = len(item) - len(item.lstrip())
            start = sentence.start + body_start + offset + lead
            if any(s.start < start + len(stripped) and start < s.end for s in known):
                continue  # (an award read already, by its verb: "penghargaan X diserahkan kepada ...")
            received = _RECEIVED_AFTER.search(stripped)
            if received is not None:
                # "Juara I ... diraih (oleh) Budi Santoso dari Kota X": the winner, not the giver, after
                # the verb; the award's words end before it (the tagger reads the name)
                stripped = stripped[: received.start()]
            confer = _CONFER.search(stripped)
            name = stripped[: confer.start()] if confer else stripped
            name = re.sub(r"^(?:predikat|penghargaan)\s+(?=[A-Z])", "", name).strip()
            name = re.sub(r"^opini\s+(?=[A-Z])", "Opini ", name)  # "opini Wajar Tanpa Pengecualian (WTP)"
            name = _trim(award_name(name))
            if sum(1 for w in name.split() if w[:1].isupper() or w[:1].isdigit()) < 2 or _whose(stripped):
                continue  # "Penghargaan diterima langsung ...": a sentence about an award, not its name
            if _short_for_an_earlier(ctx, name):
                continue  # "Penghargaan APE diberikan kepada ...": the award found before, again
            pending.append((name, start, start + len(stripped)))
            if recipient is None:
                listed = sentence.start + body_start if intro is sentence and body_start else intro.end
                recipient = _recipient(ctx, intro, listed)
            if confer:
                by_text = confer.group("by")
                by = _conferrer(ctx, by_text, start + confer.start("by"))
                for n, s, e in pending:
                    ctx.awards.append(Award(n, ctx.span(s, e), recipient, by))
                pending = []
        for n, s, e in pending:
            ctx.awards.append(Award(n, ctx.span(s, e), recipient, None))


def _items(text: str) -> list[tuple[int, str]]:
    """The comma/dan-separated items of an enumeration, with their offsets in ``text``."""
    items = []
    pos = 0
    for m in _SPLIT.finditer(text):
        items.append((pos, text[pos : m.start()]))
        pos = m.end()
    items.append((pos, text[pos:]))
    return [(p, s) for p, s in items if s.strip()]


#: "Penghargaan tersebut diserahkan langsung oleh ...": a sentence saying who handed over the awards just named
_HANDED_OVER = re.compile(
    rf"\s*(?:{lang.alternation([*lang.words('award-heads'), 'Penghargaan', 'Predikat'])})"
    r"(?:\s+(?:ini|itu|tersebut))?\s+"
    rf"(?P<verb>{lang.alternation(w for w, voice, oleh in _VERBS if voice == 'passive' and oleh == 'giver')})"
    r"(?=\s+(?:langsung\s+)?oleh\s)",
    re.IGNORECASE,
)


#: "naik kelas dari predikat Madya menjadi Nindya", "naik peringkat dari kategori Madya ke kategori
#: Nindya": a grade won over the one held before (only "dari" says it was won: "naik ke kategori
#: Utama" alone is a hope)
_GRADE_WORD = r"(?:(?:predikat|kategori|peringkat|level)\s+)"
_RAISED = re.compile(
    rf"\bnaik(?:\s+(?:kelas|peringkat|status|level|predikat))?\s+dari\s+{_GRADE_WORD}?"
    rf"(?-i:{lang.alternation(lexicon.AWARD_GRADES)})\s+(?:menjadi|ke)\s+(?P<head>{_GRADE_WORD})?"
    rf"(?P<grade>(?-i:{lang.alternation(lexicon.AWARD_GRADES)}))\b",
    re.IGNORECASE,
)


def _grades_raised(ctx: Context) -> None:
    """``Kabupaten X naik peringkat dari kategori Madya menjadi kategori Nindya``: the grade won, named
    as the grade ("Kategori Nindya"; "Predikat" where no word says which), won by the sentence's
    subject or the article's government. Not where an award is read before it: the grade is that
    award's."""
    if "naik" not in ctx.text.casefold():
        return
    for sentence in ctx.sentences:
        for m in _RAISED.finditer(ctx.text, sentence.start, sentence.end):
            if any(award.span.start < m.start() for award in ctx.awards):
                return
            head = (m.group("head") or "predikat").split()[0].capitalize()
            recipient = _winner(ctx, m.start(), sentence.start)
            conferrer = _conferrer_after(ctx, m.end(), sentence.end)
            span = ctx.span(m.start("head") if m.group("head") else m.start("grade"), m.end())
            ctx.awards.append(Award(f"{head} {m.group('grade')}", span, recipient, conferrer))


def _handed_over(ctx: Context) -> None:
    """``Penghargaan diserahkan oleh Menteri X kepada ...`` after the sentence naming the awards:
    X confers those of them that name no one conferring them."""
    for index, sentence in enumerate(ctx.sentences):
        verb = _HANDED_OVER.match(ctx.text, sentence.start, sentence.end)
        if verb is None or index == 0:
            continue
        before = ctx.sentences[index - 1]
        named = [k for k, a in enumerate(ctx.awards) if before.start <= a.span.start < before.end]
        if not named or (giver := _giver(ctx, verb, sentence.end)) is None:
            continue
        for k in named:
            if ctx.awards[k].conferred_by is None:
                ctx.awards[k] = replace(ctx.awards[k], conferred_by=giver)


#: a graded national programme's name in an award's: "Kota Layak Anak (KLA) Kategori Nindya"
_GRADED = re.compile(
    r"(?P<name>[A-Z][\w/-]*(?: [A-Z][\w/-]*){1,5}) \((?P<short>[A-Z]{2,6})\) (?:Kategori|Predikat|Peringkat) [A-Z]"
)


def _graded_programmes(ctx: Context) -> None:
    """The programme an award grades: "dinobatkan sebagai Kota Layak Anak (KLA) Kategori Nindya" is
    the Kota Layak Anak programme's grade, so the programme is named too (as where the article only
    aims at the grade: "menargetkan predikat Kota Layak Anak (KLA) Kategori Utama")."""
    for award in ctx.awards:
        m = _GRADED.match(award.name)
        if m is None:
            continue
        start = award.span.start
        end = start + m.end("short") + 1
        add_program(ctx, m.group("name"), start, end, m.group("short"), award.name[: m.end("short") + 1])


_YEAR_DIGITS = r"(?:19|20)\d\d"
#: a year in an award's name
_YEAR = re.compile(rf"\b{_YEAR_DIGITS}\b")
#: "tahun 2023" closing an award's name, or before the category closing it ("... tahun 2019 kategori desa")
_YEAR_WRITTEN = re.compile(rf"\s+tahun\s+({_YEAR_DIGITS})(?P<category>\s+kategori\s+.+)?$", re.IGNORECASE)
#: a year closing an evaluation's name, "tahun" or not ("SAKIP tahun 2023", "SAKIP 2023"): _graded
_YEAR_AT_END = re.compile(rf"\s+(?:[Tt]ahun\s+)?(?P<year>{_YEAR_DIGITS})$")
#: an award's year said after its name: "dalam Penganugerahan KLA Tahun 2023", "atas LKPD Tahun Anggaran 2023"
_YEAR_AFTER = re.compile(rf"\b(?:tahun(?:\s+anggaran)?|TA)\s+({_YEAR_DIGITS})\b", re.IGNORECASE)
#: words before a year that make it another time's, not the award's ("setelah tahun 2021")
_OTHER_TIME = re.compile(r"\b(?:sejak|setelah|sebelum|sebelumnya|hingga|sampai|pada|di)\s*$", re.IGNORECASE)
#: how far after an award's name its year may be said
_YEAR_REACH = 160


def _year_of(ctx: Context, award: Award) -> str | None:
    """The year an award's own sentence gives it after its name, if one."""
    sentence = sentences.containing(ctx.sentences, award.span.start)
    if sentence is None:
        return None
    end = min(sentence.end, award.span.end + _YEAR_REACH)
    found = _YEAR_AFTER.search(ctx.text, award.span.end, end)
    if found is None or _OTHER_TIME.search(ctx.text, max(award.span.end, found.start() - 12), found.start()):
        return _named_with_year(ctx, award, sentence.end)
    return found.group(1)


def _named_with_year(ctx: Context, award: Award, end: int) -> str | None:
    """The year written after the award's own words further on in its sentence: "Penghargaan Adipura
    diserahkan ... kepada Wali Kota ..., pada Malam Penganugerahan Adipura Tahun 2018"."""
    words = award.name.split()
    core = words[len(words) - len(_core(award.name)) :]  # the words after its head noun
    if not core:
        return None
    named = re.compile(rf"\b{re.escape(' '.join(core))}\s+(?:[Tt]ahun\s+)?({_YEAR_DIGITS})\b")
    found = named.search(ctx.text, award.span.end, end)
    return found.group(1) if found is not None else None


def _dated(ctx: Context, award: Award) -> Award:
    """An award named with its year, written as ``<name> <year>`` ("Kota Layak Anak (KLA) Kategori
    Nindya 2023", whether the article writes "... Nindya tahun 2023" or "... Nindya dalam
    Penganugerahan KLA Tahun 2023"), so that one year's award is one node in every article; the name
    written with "tahun" is its alias."""
    written = _YEAR_WRITTEN.search(award.name)
    if written is not None and written.group("category"):
        # ("... tahun 2019 kategori desa": named as written, and without "tahun" too)
        dated = f"{award.name[: written.start()]} {written.group(1)}{written.group('category')}"
        return replace(award, aliases=(*award.aliases, dated))
    if written is not None:  # (named as written too: "... Tahun 2023")
        name = f"{award.name[: written.start()]} {written.group(1)}"
        return replace(award, name=name, aliases=(*award.aliases, award.name))
    if _YEAR.search(award.name) is not None:
        return award
    year = _year_of(ctx, award)
    # (named as written too, without the year the article gives elsewhere)
    return (
        replace(award, name=f"{award.name} {year}", aliases=(*award.aliases, award.name)) if year else award
    )


def _core(name: str) -> tuple[str, ...]:
    """An award's name without its head noun and year: "Piala Adipura 2018" and "Adipura" are "adipura"."""
    words = [w.casefold() for w in _YEAR.sub("", name).split()]
    while words and words[0].capitalize() in lexicon.AWARD_HEADS:
        words = words[1:]
    return tuple(words)


def _one_name_each(awards: list[Award]) -> list[Award]:
    """An award the article names again more shortly ("Piala Adipura 2018", then "Piala Adipura",
    "Adipura") is that award: each takes the longest name the article gives the same words
    (without a head noun and year). "Adipura Kencana" stays another award.

    A name whose words of two or more end another's is that award too: "Trofi Swasti Saba
    Wistara" after "Penghargaan Kabupaten/Kota Sehat Tahun 2025 kategori Swasti Saba Wistara";
    and one opening with the short form another gives in brackets ("KLA kategori Utama" after
    "Kota Layak Anak (KLA) kategori Utama").
    """
    spelled = {m.group(2): m.group(1) for a in awards for m in _SPELLED_SHORT.finditer(a.name)}

    def core(name: str) -> tuple[str, ...]:
        """The name's :func:`_core`, its bracketed short forms left out and a short form opening it
        spelled out ("KLA kategori Utama" is "Kota Layak Anak (KLA) kategori Utama")."""
        name = _BRACKETED_SHORT.sub("", name)
        first, _, rest = name.partition(" ")
        return _core(f"{spelled[first]} {rest}" if first in spelled else name)

    longest: dict[tuple[str, ...], str] = {}
    for award in awards:
        key = core(award.name)
        if key and len(award.name) > len(longest.get(key, "")):
            longest[key] = award.name
    for key in sorted(longest, key=len):
        ending = [c for c in longest if len(c) > len(key) >= 2 and c[-len(key) :] == key]
        if ending:
            longest[key] = longest[max(ending, key=lambda c: (len(longest[c]), c))]
    # (the name it is written with stays one of its names: "Adipura" of "Piala Adipura")
    return [
        a
        if (name := longest.get(core(a.name), a.name)) == a.name
        else replace(a, name=name, aliases=tuple(dict.fromkeys((*a.aliases, a.name))))
        for a in awards
    ]


#: a short form in brackets after the words it shortens, in an award's name: "Kota Layak Anak (KLA)"
_SPELLED_SHORT = re.compile(r"((?:[A-Z][\w-]*\s+){1,6}?[A-Z][\w-]*)\s+\(([A-Z]{2,8})\)")
#: ... any short form in brackets in an award's name, in capitals or written as a word ("(KLA)", "(Kotaku)")
_BRACKETED_SHORT = re.compile(r"\s+\((?:[A-Z]{2,8}|[A-Z][a-z]{2,9})\)")
#: ... or two words, after a list of capitalised words: "Lomba Desa Asri, Tertib dan Lestari (Desa Astari)"
_LIST_SHORT = re.compile(r"(?P<last>, [A-Z]\w*(?:,? [A-Z]\w*)*,? dan [A-Z]\w*) \([A-Z]\w+ [A-Z]\w+\)")


#: the first three ranks written in words, as Roman numerals
_RANK_ROMAN = {"pertama": "I", "kedua": "II", "ketiga": "III"}
#: the ranks written in words and as numbers, by the number
_RANK_NUMBER = {"pertama": "1", "kedua": "2", "ketiga": "3", "i": "1", "ii": "2", "iii": "3"}


def _rank_alone(name: str) -> re.Match[str] | None:
    """The rank ``name`` is, when it is a rank alone ("Juara pertama", "Juara Harapan I", "Juara I
    kategori desa"), its category after it left out."""
    return _RANK_ONLY.match(_CATEGORY_WON.sub("", name))


def _rank_number(name: str) -> str | None:
    """The place a rank alone ("Juara pertama", "Juara II", "Juara 3", "Juara I kategori desa") names,
    as a number."""
    rank = _rank_alone(name)
    return _place_number(rank.group("place")) if rank is not None else None


def _a_rank_alone(name: str) -> bool:
    """Whether ``name`` is a rank alone ("Juara I", "Juara Harapan I", "Harapan I", "Juara I kategori
    desa"), no award's name."""
    return _rank_alone(name) is not None or _CONSOLATION.fullmatch(name) is not None


def _place_number(place: str) -> str | None:
    """A place in a ranking as a number ("pertama", "I" and "1" are "1"), ``None`` for any other."""
    word = place.casefold()
    return word if word.isdigit() else _RANK_NUMBER.get(word)


def _rank_again(ctx: Context, award: Award) -> bool:
    """Whether ``award`` is a rank in words alone ("... mengaku tidak menyangka desanya keluar sebagai
    juara pertama") that an award named before it holds ("Juara I diraih Desa X"): the winner speaking
    of that prize again, no other one. Not after its sentence tells another category ("Adapun untuk
    kategori kelurahan, Kelurahan Y menjadi juara pertama": that category's). So is the top place won
    without a rank ("... dusunnya tampil sebagai yang terbaik") after a first rank, unless its
    sentence also names its contest before it ("pemenang Lomba Z, di mana ... tampil sebagai yang
    terbaik": that contest's)."""
    best = award.name == _BEST
    number = "1" if best else _rank_number(award.name)
    if number is None or (not best and award.name.split()[1].casefold() not in _RANK_ROMAN):
        return False
    sentence = sentences.containing(ctx.sentences, award.span.start)
    if sentence is not None and (
        _CATEGORY_TOLD.search(ctx.text, sentence.start, award.span.start)
        or (best and _contest_written_before(ctx.text[sentence.start : award.span.start]) is not None)
    ):
        return False
    # (the rank before named with its contest or not: "Juara I Lomba X", "Juara I")
    return any(
        b.span.start < award.span.start and _rank_number(" ".join(b.name.split()[:2])) == number
        for b in ctx.awards
    )


# --- the branches of a contest of many ------------------------------------------------------------

#: the arts a Musabaqah Tilawatil Quran is contested in: a branch named by one needs no "cabang" before it
_ARTS = lang.words("contest-branches", casefold=True)
#: a word that ends a branch's name: a rank, a verb, where its winner comes from, a clause's joint
_BRANCH_STOP = (
    r"(?:juara|gelar|predikat|terbaik|peringkat|dari|asal|oleh|yang|sedangkan|adapun|sementara|dan|serta|"
    r"untuk|pada|di[a-z]{3,}|me[a-z]{3,})"
)
_BRANCH_WORD = rf"(?!{_BRANCH_STOP}\b)[\w'’-]+"
#: a branch of a contest: "cabang tahfiz 30 juz", "golongan hifzh 30 juz putra", "tilawah dewasa putri",
#: "musabaqah fahmil Quran"
_BRANCH = (
    rf"(?:(?:[Cc]abang|[Gg]olongan)\s+(?P<branch>{_BRANCH_WORD}(?:\s+{_BRANCH_WORD}){{0,5}})"
    rf"|(?P<art>(?:(?i:musabaqah)\s+)?(?i:{lang.alternation(_ARTS)})\b(?:\s+{_BRANCH_WORD}){{0,5}}))"
)
#: a branch named right after a rank won in it: "juara pertama cabang X"
_BRANCH_AFTER = re.compile(rf"\s+{_BRANCH}")
#: a branch told before the ranks won in it: "Untuk cabang tilawah dewasa putra, juara I diraih ..."
_BRANCH_TOLD = re.compile(rf"\b(?:[Uu]ntuk|[Pp]ada|[Dd]i|[Dd]alam)\s+{_BRANCH}\s*,\s*")
#: a branch, then who won it: "Cabang hifzil Quran 10 juz putra dimenangkan X", "..., sedangkan tilawah
#: dewasa putri dimenangi Y" (at a clause's start; or a sentence's, after _BRANCH_WON_OPENINGS)
_BRANCH_WON_BY = re.compile(
    rf"(?P<joint>(?<=[,;]\s)(?:sedangkan|adapun|sementara|serta|dan)\s+)?{_BRANCH}"
    r"\s+(?:dimenangi|dimenangkan|dijuarai|dikuasai)\s+(?:oleh\s+)?(?:(?:kelompok|tim|regu|grup)\s+)?(?=[A-Z])"
)
#: what may open a sentence before a branch won ("Adapun cabang syarhil Quran dimenangi ...")
_BRANCH_WON_OPENINGS = frozenset({"", "Adapun", "Sedangkan", "Sementara itu,"})
#: the top place of a branch told before, its winner after: "gelar terbaik jatuh kepada X", "predikat
#: terbaik putra diraih Y", "sedangkan terbaik putri diraih Z"
_BEST_OF_BRANCH = re.compile(
    r"\b(?:(?:gelar|predikat)\s+terbaik(?P<sex>\s+(?:putra|putri))?|terbaik(?P<sexed>\s+(?:putra|putri)))"
    r"\s+(?:diraih|disabet|direbut|jatuh\s+kepada|diberikan\s+kepada)\s+(?:oleh\s+)?(?=[A-Z])"
)
#: ... its winner before: "X asal Kecamatan Y tampil terbaik"
_BEST_IN_BRANCH = re.compile(r"\b(?:tampil|keluar|muncul)\s+(?:sebagai\s+(?:yang\s+)?)?terbaik(?=\s*[.,;])")


def _in_branches(ctx: Context) -> None:
    """The ranks of a contest of many branches (a Musabaqah Tilawatil Quran's) won in each branch: the
    ranks after a branch is told ("Untuk cabang tilawah dewasa putra, juara I diraih A, juara II B"),
    the top place of one ("Pada tilawah dewasa putri, gelar terbaik jatuh kepada C", "D tampil
    terbaik") and a branch won ("Cabang hifzil Quran 10 juz putra dimenangkan E"): each the branch's
    award, "Juara I tilawah dewasa putra Musabaqah Tilawatil Quran ke-XV ...", not the whole contest's
    rank (its overall ranks are "Juara I ..." too)."""
    for sentence in ctx.sentences:
        if not any(art in sentence.text.casefold() for art in (*_ARTS, "cabang", "golongan")):
            continue
        told = list(_BRANCH_TOLD.finditer(ctx.text, sentence.start, sentence.end))
        won = [
            m
            for m in _BRANCH_WON_BY.finditer(ctx.text, sentence.start, sentence.end)
            if m.group("joint") is not None
            or ctx.text[sentence.start : m.start()].strip() in _BRANCH_WON_OPENINGS
        ]
        for m in won:
            # (the branch with its noun, "Cabang balap karung", as :func:`_branch_of` reads it back)
            start, stop = (
                (m.end("joint") if m.group("joint") else m.start()),
                m.end("branch" if m.group("branch") else "art"),
            )
            if _read_already(ctx, start, stop):
                continue
            winner = _winner_named_at(
                ctx, m.end(), sentence.end, ctx.mentioned_starting_at(m.end(), EntityType.PLACE)
            )
            ctx.awards.append(Award("Juara", ctx.span(start, stop), winner, None))
        for m in told:
            # (the branch's clause: up to the next branch told or won, or the sentence's end)
            end = min([b.start() for b in (*told, *won) if b.start() > m.start()] + [sentence.end])
            for best in _BEST_OF_BRANCH.finditer(ctx.text, m.end(), end):
                place = ctx.mentioned_starting_at(best.end(), EntityType.PLACE)
                winner = _winner_named_at(ctx, best.end(), end, place)
                sex = best.group("sex") or best.group("sexed") or ""
                ctx.awards.append(Award(f"Terbaik{sex}", ctx.span(best.start(), best.end()), winner, None))
            for best in _BEST_IN_BRANCH.finditer(ctx.text, m.end(), end):
                if not _read_already(ctx, best.start(), best.end()):
                    winner = _subject(ctx, best.start(), m.end())
                    ctx.awards.append(Award(_BEST, ctx.span(best.start(), best.end()), winner, None))
    ctx.awards[:] = [_of_its_branch(ctx, a) for a in ctx.awards]


def _branch_of(ctx: Context, award: Award) -> str | None:
    """The branch an award's rank (or top place, or "Juara" of a branch won) was won in: the branch
    told before it in its clause, or the one its span names; None for another award."""
    written = ctx.text[award.span.start : award.span.end]
    if (branch := re.fullmatch(_BRANCH, written)) is not None:
        return " ".join((branch.group("branch") or branch.group("art")).split())
    if not (_RANK_ONLY.match(award.name) or award.name.startswith(_BEST)):
        return None
    after = _BRANCH_AFTER.match(ctx.text, award.span.end)
    if after is not None and after.group("branch") and after.group("branch").islower():
        # "menyabet juara pertama cabang hadang": that branch's first place (a branch written capitalised,
        # "Juara I cabang Tafsir Bahasa Arab MTQ ...", is read with the contest after it)
        return " ".join(after.group("branch").split())
    sentence = sentences.containing(ctx.sentences, award.span.start)
    if sentence is None:
        return None
    told = list(_BRANCH_TOLD.finditer(ctx.text, sentence.start, award.span.start))
    if not told or any(
        m.start() > told[-1].start()
        for m in _BRANCH_WON_BY.finditer(ctx.text, told[-1].end(), award.span.start)
    ):
        return None
    return " ".join((told[-1].group("branch") or told[-1].group("art")).split())


def _of_its_branch(ctx: Context, award: Award) -> Award:
    """A rank won in a branch (:func:`_branch_of`) named with it and the contest the article names in full
    before it, and as often written: without the contest, with "cabang" before the branch, with the
    contest's short form ("Juara I cabang tilawah dewasa putra MTQ ke-XV ...")."""
    branch = _branch_of(ctx, award)
    if branch is None:
        return award
    rank = award.name
    if rank == "Juara":
        ranks = [f"Juara {branch}"]  # (a branch won)
    elif rank.startswith(_BEST) and not _RANK_ONLY.match(rank):
        sex = rank[len(_BEST) :]
        ranks = [f"{_BEST} {branch}{sex}", f"{_BEST}{sex} cabang {branch}", f"Juara I {branch}{sex}"]
    else:
        ranks = [f"{_rank_name(rank)} {branch}"]
    if not branch.casefold().startswith("musabaqah "):
        # (with its noun before it, not "Juara cabang musabaqah fahmil Quran")
        ranks += [r.replace(f" {branch}", f" cabang {branch}", 1) for r in ranks if " cabang " not in r]
    contest = _full_contest_before(ctx, award.span.start)
    names = list(ranks)
    if contest is not None:
        bare = _BRACKETED.sub("", contest)
        contests = [bare, *[c for c in [_by_its_initials(contest)] if c is not None]]
        names = [f"{r} {c}" for c in contests for r in ranks] + ranks
    names = [n for n in dict.fromkeys(names) if n != award.name]
    return replace(award, name=names[0], aliases=tuple(names[1:]))


def extract_awards(ctx: Context) -> None:
    """Awards the article says were won."""
    _verb_awards(ctx)
    _enumerated_awards(ctx)
    _grades_raised(ctx)
    _handed_over(ctx)
    _graded_programmes(ctx)
    _in_branches(ctx)
    ctx.awards[:] = [a for a in ctx.awards if not _rank_again(ctx, a)]
    named = [
        _with_contest_before(ctx, award)
        for award in ctx.awards
        if not _names_a_body(ctx, award.name)
        # ("Baca juga: Pemkab X Kembali Raih Opini WTP": another story's headline, no award of this one)
        and not ctx.in_furniture(award.span.start)
    ]
    ctx.awards[:] = _one_name_each(
        [
            _dated(
                ctx,
                _contest_in_full(ctx, _with_contest_of_the_rank_before(ctx, _under_heading(ctx, a), named)),
            )
            for a in named
            # ("Juara I mendapat uang pembinaan Rp10 juta, Juara II Rp7 juta": what the ranks are paid)
            if not _PRIZE_MONEY.search(ctx.text, a.span.start, a.span.end)
            and not _PAID.match(ctx.text, a.span.end)
        ]
    )
    ctx.awards[:] = _the_same_award_again(
        _short_forms_spelled(
            [_without_short_form(_with_lower_category(ctx, _with_rank_after(ctx, a))) for a in ctx.awards]
        )
    )
    ctx.awards[:] = [
        _category_either_side(_with_its_noun(ctx, _in_its_kind(_category_plainly(a)))) for a in ctx.awards
    ]
    ctx.awards[:] = [_other_place_of_the_award_before(ctx, a, ctx.awards) for a in ctx.awards]
    _medals(ctx)
    if festival := _the_festival(ctx):
        ctx.awards[:] = [_at_the_festival(a, festival) for a in ctx.awards]
    headline, year = _HEADLINE_RANK.search(ctx.article.title), _year_written(ctx)
    ctx.awards[:] = _won_twice(
        _named_one_way(
            [
                _of_the_year(
                    year,
                    _consolation_either_way(_named_in_headline(headline, _in_numerals(_as_placed(ctx, a)))),
                )
                for a in ctx.awards
            ]
        )
    )
    for award in ctx.awards:
        ctx.claim(award.span.start, award.span.end)  # award names are not organisations or people


#: a medal's colour: "medali emas", or the colour alone going on a list of medals ("sedangkan perunggu
#: direbut ..."), then a verb in the passive and its winner
_MEDAL_WON_BY = re.compile(
    r"\b(?P<medal>(?:[Mm]edali\s+)?(?P<colour>emas|perak|perunggu))\s+"
    r"(?:diraih|direbut|disumbangkan|dipersembahkan|diperoleh|disabet|didapat(?:kan)?|dibawa\s+pulang)\s+"
    r"(?:oleh\s+)?"
)
#: ... or its winner, then a verb and one medal ("X meraih medali emas"; not a tally, "meraih 3 medali emas")
_MEDAL_WON = re.compile(
    r"\b(?:meraih|merebut|menyumbangkan|mempersembahkan|memperoleh|menyabet|mendapat(?:kan)?|membawa\s+pulang)"
    r"\s+(?:satu\s+|sebuah\s+)?(?P<medal>medali\s+(?P<colour>emas|perak|perunggu))\b"
)
#: what the medal was won in, after it: "pada nomor lompat jauh putri", "di cabang karate kata perorangan"
_MEDAL_EVENT = re.compile(
    r"\b(?:pada|di|dalam)\s+(?:nomor|cabang)\s+(?P<event>[^,.;()]+?)"
    r"(?=\s*[,.;(]|\s+(?:dan|serta|sedangkan|sementara)\b)"
)
#: how far after a medal and its winner the event it was won in may be named
_MEDAL_EVENT_REACH = 120
#: a sentence telling of another year's games ("Tahun lalu kontingen itu meraih medali perak")
_ANOTHER_YEAR = re.compile(r"\b(?:tahun\s+(?:lalu|sebelumnya|kemarin)|sebelumnya)\b", re.IGNORECASE)


def _medals(ctx: Context) -> None:
    """``Medali emas diraih Budi ... pada nomor lompat jauh putri``, ``Budi meraih medali emas di cabang
    karate``: a medal won is an award, "Medali emas lompat jauh putri" (its colour and the event,
    when named after it), won by who the sentence names with it (:func:`_medal_winner`); a colour alone
    continues a list of medals ("..., sedangkan perunggu direbut X")."""
    for sentence in ctx.sentences:
        if _ANOTHER_YEAR.search(ctx.text, sentence.start, sentence.end):
            continue
        found = [
            m
            for m in _MEDAL_WON_BY.finditer(ctx.text, sentence.start, sentence.end)
            # ("emas diraih ...": a colour alone only on a list of medals)
            if m.group("medal") != m.group("colour")
            or "medali" in ctx.text[max(0, sentence.start - 300) : m.start()].lower()
        ]
        for m in [*found, *_MEDAL_WON.finditer(ctx.text, sentence.start, sentence.end)]:
            start, stop = m.span("medal")
            if _read_already(ctx, start, stop):
                continue
            award = Award(f"Medali {m.group('colour')}", ctx.span(start, stop), None, None)
            winner = _medal_winner(ctx, award)
            after = m.end()
            if winner is not None:
                after = max(
                    [after, *(x.span.end for x in winner.mentions if after <= x.span.start < sentence.end)]
                )
            event = _MEDAL_EVENT.search(ctx.text, after, min(sentence.end, after + _MEDAL_EVENT_REACH))
            name = award.name + (f" {' '.join(event.group('event').split())}" if event else "")
            ctx.awards.append(replace(award, name=name, recipient=winner))


def _medal_winner(ctx: Context, award: Award) -> Entity | None:
    """Who won a medal (:func:`_medals`): named right after its verb in the passive ("Medali emas diraih
    Budi"), else the one named last before its verb ("Budi, siswa SD X, meraih medali emas"); persons
    only the tagger reads are there once it has run (:func:`link_late_winners`)."""
    sentence = sentences.containing(ctx.sentences, award.span.start)
    if sentence is None:
        return None
    passive = _MEDAL_WON_BY.match(ctx.text, award.span.start)
    if passive is not None:
        return _named_right_at(ctx, passive.end(), sentence.end)
    active = _MEDAL_WON.search(ctx.text, sentence.start, award.span.end)
    if active is None or active.start("medal") != award.span.start:
        return None
    return _named_last_before(ctx, sentence.start, active.start())


def _named_last_before(ctx: Context, lo: int, hi: int) -> Entity | None:
    """The person or body mentioned last from offset ``lo`` up to ``hi`` (the tagger's persons included,
    once it has run), if any."""
    named = [
        (m.span.start, e)
        for e in ctx.of_type(EntityType.PERSON, EntityType.ORGANIZATION)
        for m in e.mentions
        if lo <= m.span.start < hi
    ]
    return max(named, key=lambda pair: pair[0])[1] if named else None


def _won_twice(awards: list[Award]) -> list[Award]:
    """An award one winner is said to win twice, by names each of which the other gives as another
    name ("Juara I Lomba X 2022 kategori A" in the lead, "Juara I kategori A Lomba X 2022" in the list
    under "Kategori A:"): one award, by the name found first."""
    named: list[Award] = []
    for award in awards:
        known = next(
            (
                a
                for a in named
                if a.recipient is not None
                and a.recipient is award.recipient
                and a.name != award.name
                and (award.name in a.aliases or a.name in award.aliases)
            ),
            None,
        )
        named.append(_named_as(award, known) if known is not None else award)
    return named


def _named_as(award: Award, known: Award) -> Award:
    """``award`` by the name of ``known``, the same award named before: its own names and ``known``'s
    other names its aliases."""
    names = (*award.aliases, award.name, *known.aliases)
    return replace(award, name=known.name, aliases=tuple(n for n in dict.fromkeys(names) if n != known.name))


def _named_one_way(awards: list[Award]) -> list[Award]:
    """An award named twice, with and without "tahun" before its year or "tingkat" before its region
    ("Juara I Lomba X 2022 kategori desa" in the lead, "Juara I Lomba X Tahun 2022 kategori desa" in
    the list of winners): one award, by the name found first, the other written form an alias."""
    first: dict[str, Award] = {}
    named = []
    for award in awards:
        known = first.setdefault(_written_bare(award.name), award)
        named.append(_named_as(award, known) if known.name != award.name else award)
    return named


#: a rank and the contest it was won in, as a headline writes them (every word capitalised): "Desa X Sabet
#: Juara I Lomba Desa Lestari Kota Y 2019", up to a comma or the headline's end
_HEADLINE_RANK = re.compile(
    rf"\b(?P<rank>(?:Juara|Peringkat)\s+(?:[IVX]+|\d+|Pertama|Kedua|Ketiga))\s+"
    rf"(?P<contest>(?:{_CONTEST_NOUNS_NAMED})(?:\s+(?:[A-Z][\w'’/-]*|ke-[\w]+|(?:19|20)\d{{2}}|dan|se-[\w-]+)){{1,10}})"
)


def _named_in_headline(headline: re.Match[str] | None, award: Award) -> Award:
    """A rank won in a contest as the headline names it too (``headline``, the article's one
    :data:`_HEADLINE_RANK`: "... Sabet Juara I Lomba Desa Lestari Kota Y 2019" over "Juara pertama
    Lomba Desa Lestari 2019"): the same place in a contest whose first two words are the award's, by
    the headline's words as another name of it."""
    if headline is None:
        return award
    number = _rank_number(headline.group("rank"))
    contest = headline.group("contest").split()
    words = award.name.split()
    if (
        number is None
        or len(words) < 4
        or _rank_number(" ".join(words[:2])) != number
        or [w.casefold() for w in words[2:4]] != [w.casefold() for w in contest[:2]]
    ):
        return award
    written = " ".join(headline.group().split())
    if written == award.name or written in award.aliases:
        return award
    return replace(award, aliases=(*award.aliases, written))


def _as_placed(ctx: Context, award: Award) -> Award:
    """A place in a ranking written with its noun ("Tempat kedua diraih X", "... di posisi ketiga"),
    named "Juara kedua ..." as the contest's other ranks are, and as written too ("Posisi kedua ...")."""
    placed = _PLACE_WRITTEN.match(ctx.text, award.span.start)
    if placed is None:
        return award
    noun = placed.group("noun").capitalize()
    written = [
        f"{noun}{n[len('Juara') :]}"
        for n in (award.name, *award.aliases)
        if n.casefold().startswith(f"juara {placed.group('place').casefold()} ")
    ]
    return replace(award, aliases=tuple(dict.fromkeys((*award.aliases, *written))))


#: a rank written in words opening an award's name ("Juara pertama ...", "Peringkat kedua ...")
_RANK_IN_WORDS = re.compile(
    r"(?P<noun>Juara|Peringkat|Juara Harapan|Harapan)\s+(?P<place>pertama|kedua|ketiga)\s", re.I
)
#: "tahun" before the year in an award's name ("... Kota X Tahun 2023")
_TAHUN = re.compile(rf"\s[Tt]ahun\s+(?={_YEAR_DIGITS}\b)")
#: "tingkat" before the region whose contest it is ("... Tingkat Kabupaten X")
_TINGKAT = re.compile(r"\s[Tt]ingkat\s+(?=(?:Kabupaten|Kota|Provinsi)\s)")


def _in_numerals(award: Award) -> Award:
    """An award named with its rank in words, "tahun" before its year or "tingkat" before its region:
    also named as it is as often written, the rank in Roman numerals ("Juara I Lomba X" for "Juara
    pertama Lomba X"), the year bare ("Lomba X 2023" for "Lomba X Tahun 2023") and the region bare
    ("Lomba X Kabupaten Y" for "Lomba X Tingkat Kabupaten Y"), each way with the others."""
    names = (award.name, *award.aliases)
    bare = [b for n in names for b in (_TAHUN.sub(" ", n), _TINGKAT.sub(" ", n), _written_bare(n))]
    ranked = [
        f"{m.group('noun')} {_RANK_ROMAN[m.group('place').casefold()]} {n[m.end() :]}"
        for n in (*names, *bare)
        if (m := _RANK_IN_WORDS.match(n)) is not None
    ]
    return _also_named(award, (*bare, *ranked))


def _written_bare(name: str) -> str:
    """An award's name without "tahun" before its year nor "tingkat" before its region ("Lomba X
    Kabupaten Y 2023" for "Lomba X Tingkat Kabupaten Y Tahun 2023")."""
    return _TINGKAT.sub(" ", _TAHUN.sub(" ", name))


def _also_named(award: Award, names: Iterable[str]) -> Award:
    """``award`` with those of ``names`` it is not yet named by as other names of it, in their order."""
    known = {award.name, *award.aliases}
    more = [n for n in dict.fromkeys(names) if n not in known]
    return replace(award, aliases=(*award.aliases, *more)) if more else award


#: a consolation rank opening an award's name, however its noun is written ("Juara Harapan I ...",
#: "Peringkat harapan I ...", "Harapan I ...")
_CONSOLATION_OPENING = re.compile(r"(?:(?:Juara|Peringkat)\s+)?[Hh]arapan\s+(?=\S)")


def _consolation_either_way(award: Award) -> Award:
    """A consolation rank ("Juara Harapan II Lomba X", "Peringkat harapan II Lomba X") named both ways
    it is as often written, with "Juara" and without it ("Harapan II Lomba X")."""
    written = [
        f"{noun}{n[m.end() :]}"
        for n in (award.name, *award.aliases)
        if (m := _CONSOLATION_OPENING.match(n)) is not None
        for noun in ("Juara Harapan ", "Harapan ")
    ]
    return _also_named(award, written)


def _year_written(ctx: Context) -> int | None:
    """The year the article was published in, if the article writes it ("Festival X 2024", "pada tahun
    2024")."""
    published = ctx.published
    if published is None or not re.search(rf"(?<![\d/.-]){published.year}\b", ctx.text):
        return None
    return published.year


def _of_the_year(year: int | None, award: Award) -> Award:
    """An award named without a year, in an article that writes the year it was published in
    (``year``, :func:`_year_written`): also named with that year ("Adiwiyata Nasional 2024"), as one
    year's award is named, the year it is reported in."""
    if year is None:
        return award
    # (not a rank alone, "Juara I" or "Juara I kategori desa": no award's name, with a year or without)
    names = (award.name, *award.aliases)
    return _also_named(
        award, (f"{n} {year}" for n in names if _YEAR.search(n) is None and not _a_rank_alone(n))
    )


#: a festival named with its year or its edition, and its short form in brackets between: "Festival
#: Lae Renun (FLR) 2023", "Festival Nasional Tortor Dairi XXVIII", "Festival Sitinjo 2023"
_FESTIVAL = re.compile(
    r"\bFestival(?P<words>(?:\s+[A-Z][\w'-]*){1,5})(?:\s+\((?P<short>[A-Z][A-Za-z]{1,7})\))?"
    rf"\s+(?P<edition>{_YEAR_DIGITS}|[IVXL]{{2,}})\b"
)
#: a rank of a contest named bare, without its level or year ("Juara I lomba sampan hias")
_BARE_CONTEST_RANK = re.compile(
    rf"(?P<rank>(?:Juara\s+)?(?:Harapan\s+)?(?:{_RANK.pattern})|Juara)\s+(?P<contest>[Ll]omba(?:\s+[\w-]+){{1,4}})",
    re.IGNORECASE,
)


#: the occasion a contest is held at, named after "dalam rangkaian" with its year or edition: "Lomba X
#: dalam rangkaian Gelar Budaya Dairi 2021"
_OCCASION = re.compile(
    r"\bdalam\s+rangkaian\s+(?P<words>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,5})"
    rf"\s+(?P<edition>{_YEAR_DIGITS}|[IVXL]{{2,}})\b"
)


def _the_festival(ctx: Context) -> tuple[str, str] | None:
    """The one festival (or occasion of contests: "dalam rangkaian Gelar Budaya X 2021") an article
    names with its year or edition: its name as the contests held at it are named with it (its short
    form, else its words) and its full name, each with that year."""
    found = {
        (m.group("short") or f"Festival{m.group('words')}", f"Festival{m.group('words')}", m.group("edition"))
        for m in _FESTIVAL.finditer(ctx.text)
    } | {(m.group("words"), m.group("words"), m.group("edition")) for m in _OCCASION.finditer(ctx.text)}
    if len({(full, edition) for _, full, edition in found}) != 1:
        return None
    # (by its short form where a mention gives one)
    name, full, edition = max(found, key=lambda f: len(f[0]) < len(f[1]))
    return f"{' '.join(name.split())} {edition}", f"{' '.join(full.split())} {edition}"


def _at_the_festival(award: Award, festival: tuple[str, str]) -> Award:
    """``Dalam lomba sampan hias, Sanggar X meraih Juara I`` in an article about one "Festival Lae
    Renun (FLR) 2023": a contest named bare is one of the festival's, named with it ("Juara I Lomba
    Sampan Hias FLR 2023", and with the festival's full name), and so are its other names."""

    def named(name: str) -> list[str]:
        m = _BARE_CONTEST_RANK.fullmatch(name)
        if m is None or re.search(r"\b(?:tingkat|kategori|festival)\b", name, re.IGNORECASE):
            return []
        contest = " ".join(w[:1].upper() + w[1:] for w in m.group("contest").split())
        return [f"{m.group('rank')} {contest} {f}" for f in festival]

    names = named(award.name)
    if not names:
        return award
    others = [n for alias in award.aliases for n in named(alias) if n not in names]
    aliases = dict.fromkeys((*award.aliases, *names[1:], *others, award.name))
    aliases.pop(names[0], None)  # (an occasion without a short form: its name and full name are one)
    return replace(award, name=names[0], aliases=tuple(aliases))


#: the kinds of region a category of winners names ("kategori kabupaten")
_WINNER_KINDS = "kabupaten|kota|provinsi|kecamatan|desa|kelurahan"
#: the kind of winner an award's category is, written in lower case right after its name ("...
#: tingkat Provinsi X kategori kabupaten"): a word of the name
_LOWER_CATEGORY = re.compile(
    # (any kind named in lower-case words that end the clause, first: "... Tahun 2023 kategori posyandu
    # mandiri.", "... kategori desa adat,")
    r"\s+(?:untuk\s+)?(?P<category>kategori(?:\s+[a-z]+){1,3}(?=\s*[.,;])"
    rf"|kategori\s+(?:{_WINNER_KINDS})"
    # ("kategori kota kecil", "kategori kabupaten tingkat nasional": its size or level)
    r"(?:\s+(?:kecil|sedang|besar|metropolitan))?(?:\s+tingkat\s+(?:nasional|provinsi))?\b)"
)


#: a rank written in lower case after an award's name, and its category and level after it ("... Tahun
#: 2022 peringkat II kategori kabupaten tingkat Provinsi X", "... peringkat III tingkat nasional")
_RANK_AFTER_NAME = re.compile(
    r"\s+(?P<rank>peringkat\s+(?:ke-?)?(?:\d+|[IVX]+|pertama|kedua|ketiga))\b"
    rf"(?P<more>(?:\s+(?:untuk\s+)?kategori\s+(?:{_WINNER_KINDS})\b"
    r"|\s+tingkat\s+(?:nasional|provinsi\b|(?:Provinsi|Kabupaten|Kota)(?:\s+[A-Z][\w-]*){1,3})){0,2})"
)


def _with_rank_after(ctx: Context, award: Award) -> Award:
    """An award named without a rank and followed by one in lower case ("Penghargaan Inovasi Daerah
    Tahun 2021 peringkat III kategori kota tingkat Provinsi X"): that rank, with the category and
    level written after it, is part of its name (and of its other names)."""
    if {"juara", "peringkat"} & set(award.name.casefold().split()):
        return award  # (ranked already)
    m = _RANK_AFTER_NAME.match(ctx.text, award.span.end)
    if m is None:
        return award
    words = " ".join(re.sub(r"\buntuk\s+", "", m.group()).split())
    return replace(
        award,
        name=f"{award.name} {words}",
        span=ctx.span(award.span.start, m.end()),
        aliases=tuple(f"{a} {words}" for a in award.aliases),
    )


def _with_lower_category(ctx: Context, award: Award) -> Award:
    """An award whose name the article follows with the kind of winner its category is, in lower case
    ("Juara II Penghargaan Pembangunan Daerah Tahun 2023 tingkat Provinsi X kategori kabupaten"): that
    category is part of the name (and of its other names), as "Kategori Kabupaten" would be."""
    category = _LOWER_CATEGORY.match(ctx.text, award.span.end)
    if category is None or "kategori" in award.name.casefold().split():
        return award
    words = " ".join(category.group("category").split())
    return replace(
        award,
        name=f"{award.name} {words}",
        span=ctx.span(award.span.start, category.end()),
        aliases=tuple(f"{a} {words}" for a in award.aliases),
    )


#: the noun an award's name is written after and often named with ("meraih predikat Kota Layak Anak
#: ...", "dianugerahi penghargaan Pelayanan Publik Terbaik ...")
_NOUN_BEFORE = re.compile(r"\b(?P<noun>predikat|penghargaan)\s+$", re.IGNORECASE)


def _category_plainly(award: Award) -> Award:
    """An award named with "untuk kategori X" ("Juara I Lomba Y Tahun 2024 untuk kategori X") named
    "kategori X", as the categories read after its name are; as written, its alias."""
    if " untuk kategori " not in award.name:
        return award
    name = award.name.replace(" untuk kategori ", " kategori ")
    return replace(award, name=name, aliases=tuple(dict.fromkeys((award.name, *award.aliases))))


#: a rank of a contest of two kinds of winner won in one of them: "Juara I Lomba Dusun dan Lingkungan
#: Sehat Tingkat Kabupaten X Tahun 2021 kategori lingkungan"
_ONE_OF_TWO_KINDS = re.compile(
    rf"(?P<rank>.+?) (?P<noun>{_CONTEST_NOUNS_NAMED}) (?P<one>[A-Z][\w-]*) dan (?P<two>[A-Z][\w-]*)"
    r"(?P<rest>(?: .+?)?) kategori (?P<kind>[a-z]+)"
)
#: ... without its category (the kind named by the rank's short name, "Juara I Lomba Desa")
_TWO_KINDS = re.compile(
    rf"(?P<rank>.+?) (?P<noun>{_CONTEST_NOUNS_NAMED}) (?P<one>[A-Z][\w-]*) dan (?P<two>[A-Z][\w-]*)(?P<rest> .+)"
)


#: a rank of a contest, its category after the contest's name ("Juara I Lomba Desa Wisata 2024 kategori
#: Desa Wisata Maju") or before it ("Juara I kategori Desa Wisata Maju Lomba Desa Wisata 2024")
_NAMED_RANK = rf"(?P<rank>(?:Juara|Peringkat)\s+{_RANK.pattern}|Harapan\s+(?:[IVX]+|\d+)|Terbaik)"
_NAMED_CONTEST = rf"(?:{_CONTEST_NOUNS_NAMED}|Anugerah|Penghargaan)\s"
_CATEGORY_AFTER_CONTEST = re.compile(
    rf"{_NAMED_RANK}\s+(?P<contest>{_NAMED_CONTEST}.+?)\s+(?P<category>kategori\s+.+)"
)
_CATEGORY_BEFORE_CONTEST = re.compile(
    rf"{_NAMED_RANK}\s+(?P<category>kategori\s+.+?)\s+(?P<contest>{_NAMED_CONTEST}.+)"
)


#: a prize's money where an award is named: "Juara II Rp7 juta" lists what a rank is paid, no award of its own
_PRIZE_MONEY = re.compile(r"\bRp\s?\d")
#: ... or right after a rank: "Juara I mendapat uang pembinaan Rp10 juta, Juara II Rp7 juta"
_PAID = re.compile(
    r"\s+(?:(?:memperoleh|mendapat(?:kan)?|menerima|berhak\s+(?:atas|mendapat(?:kan)?))\s+(?:uang|hadiah|dana)\b|Rp\s?\d)"
)
#: a category written after a contest's name, to its end
_A_CATEGORY = re.compile(r"\s+kategori\b.*$", re.IGNORECASE)


def _under_heading(ctx: Context, award: Award) -> Award:
    """A rank written alone in a sentence a category's heading opens ("Kategori robusta: Juara I A; Juara
    II B; ...", :func:`_category_listed_between`), named with that category and the contest the article
    names in full before it: "Juara II kategori robusta Lomba X 2022" (as "Juara II kategori robusta"),
    where the stages before found no contest for it."""
    rank = _RANK_ONLY.match(award.name)
    if rank is None:
        return award  # (named already: "Kategori X: Juara I A" on a line of its own, its contest before)
    sentence = sentences.containing(ctx.sentences, award.span.start)
    if sentence is None or not (listed := _category_listed_between(ctx, sentence.start, award.span.start)):
        return award
    # (the category by its first name: "Kategori pelajar atau umum:")
    name = f"{_rank_name(rank.group())}{listed.split(' atau ')[0]}"
    contest = _full_contest_before(ctx, sentence.start)
    if contest is None:
        return replace(award, name=name)
    # (the contest without a category it was named with before: "... pada Lomba X 2022", not "Lomba X
    # 2022 kategori robusta")
    contest = _A_CATEGORY.sub("", _BRACKETED.sub("", contest))
    return replace(award, name=f"{name} {contest}", aliases=(name,))


def _category_either_side(award: Award) -> Award:
    """A rank won in a category of a contest, named with the category after the contest: also named
    with it before the contest, and the other way round, as both are written."""
    names = (award.name, *award.aliases)
    turned = []
    for n in names:
        if (m := _CATEGORY_AFTER_CONTEST.fullmatch(n)) is not None and " kategori " not in m.group("contest"):
            turned.append(f"{m.group('rank')} {m.group('category')} {m.group('contest')}")
        elif (m := _CATEGORY_BEFORE_CONTEST.fullmatch(n)) is not None:
            turned.append(f"{m.group('rank')} {m.group('contest')} {m.group('category')}")
    turned = [t for t in turned if t not in names]
    return replace(award, aliases=tuple(dict.fromkeys((*award.aliases, *turned)))) if turned else award


def _in_its_kind(award: Award) -> Award:
    """A rank of a contest of two kinds of winner won in one of them ("Juara I Lomba Dusun dan Lingkungan
    Sehat Tingkat Kabupaten X Tahun 2021 kategori lingkungan", or named short by that kind, "Juara I
    Lomba Lingkungan" after the contest in full): also named as that kind's contest, as it is as often
    written ("Juara I Lomba Lingkungan Sehat Tingkat Kabupaten X Tahun 2021")."""
    names = (award.name, *award.aliases)
    kinds = []
    for n in names:
        m = _ONE_OF_TWO_KINDS.fullmatch(n) or _TWO_KINDS.fullmatch(n)
        if m is None:
            continue
        kind = m.groupdict().get("kind") or next(
            (
                k.casefold()
                for k in (m.group("one"), m.group("two"))
                if f"{m.group('rank')} {m.group('noun')} {k}" in names
            ),
            None,
        )
        if kind in {m.group("one").casefold(), m.group("two").casefold()}:
            kinds.append(f"{m.group('rank')} {m.group('noun')} {kind.capitalize()}{m.group('rest')}")
    return replace(award, aliases=tuple(dict.fromkeys((*award.aliases, *kinds)))) if kinds else award


def _with_its_noun(ctx: Context, award: Award) -> Award:
    """An award written after "predikat" or "penghargaan" that its name leaves out: its names with that
    noun before them are its names too ("Predikat Kota Layak Anak Kategori Utama")."""
    before = _NOUN_BEFORE.search(ctx.text, max(0, award.span.start - 14), award.span.start)
    if before is None:
        return award
    noun = before.group("noun").capitalize()
    names = (award.name, *award.aliases)
    if any(n.startswith(f"{noun} ") for n in names):
        return award
    return replace(award, aliases=tuple(dict.fromkeys((*award.aliases, *(f"{noun} {n}" for n in names)))))


def _short_forms_spelled(awards: list[Award]) -> list[Award]:
    """An award named with a short form another award's name spells out in brackets ("Juara I PPD
    tingkat Provinsi X" after "Juara II Penghargaan Pembangunan Daerah (PPD) Tahun 2023"): named with
    the words it stands for, as written its alias."""
    spelled: dict[str, str] = {}
    for a in awards:
        for n in (a.name, *a.aliases):
            for m in _SPELLED_SHORT.finditer(n):
                if (k := _spelled_from(m)) is not None:
                    spelled[m.group(2)] = " ".join(m.group(1).split()[k:])
    if not spelled:
        return awards
    out = []
    for a in awards:
        words = a.name.split()
        if not any(w in spelled for w in words):
            out.append(a)
            continue
        name = " ".join(spelled.get(w, w) for w in words)
        out.append(replace(a, name=name, aliases=tuple(dict.fromkeys((*a.aliases, a.name)))))
    return out


def _spelled_from(m: re.Match[str]) -> int | None:
    """Which of the words a match of :data:`_SPELLED_SHORT` holds its short form stands for, from the
    first on (not a rank before them: "Juara II Penghargaan Pembangunan Daerah (PPD)"); None if none."""
    words = m.group(1).split()
    return next((k for k in range(len(words) - 1) if initials(words[k:]) == m.group(2)), None)


def _the_same_award_again(awards: list[Award]) -> list[Award]:
    """An award named with its category, then again by its name alone ("Kota X meraih Adipura untuk
    kategori kota kecil. Piala Adipura diterima Wali Kota X dari Menteri"): the one award, named
    with its category; and an award handed to a person that a body won in the same article (the mayor
    receives the city's Adipura): won by that body, the one winner its name has."""
    categorised: dict[str, set[str]] = {}
    for a in awards:
        bare, cue, _ = a.name.partition(" kategori ")
        if cue:
            categorised.setdefault(bare, set()).add(a.name)
    again = {bare: next(iter(names)) for bare, names in categorised.items() if len(names) == 1}
    named = {a.name: a for a in awards if a.name in again.values()}
    awards = [
        replace(
            a, name=again[a.name], aliases=tuple(dict.fromkeys((*a.aliases, *named[again[a.name]].aliases)))
        )
        if a.name in again and not _another_winners_rank(a, named[again[a.name]])
        else a
        for a in awards
    ]
    bodies: dict[str, dict[int, Entity]] = {}
    for a in awards:
        if a.recipient is not None and a.recipient.type is not EntityType.PERSON:
            bodies.setdefault(a.name, {})[id(a.recipient)] = a.recipient
    return [
        replace(a, recipient=next(iter(bodies[a.name].values())))
        if a.recipient is not None
        and a.recipient.type is EntityType.PERSON
        and len(bodies.get(a.name, ())) == 1
        else a
        for a in awards
    ]


def _another_winners_rank(award: Award, categorised: Award) -> bool:
    """Whether ``award`` is a rank its own winner took, and ``categorised`` the same rank in a category
    another won ("X juara I Lomba A. Untuk kategori B, juara I diraih Y"): two ranks, not one named twice."""
    return (
        _RANK_OPENING.match(award.name) is not None
        and award.recipient is not None
        and categorised.recipient is not None
        and award.recipient.name != categorised.recipient.name
    )


#: a region named with its short form in brackets after it, in an award's name: "Provinsi Daerah
#: Istimewa Yogyakarta (DIY)"
_REGION_SHORT = re.compile(
    r"\b(?P<kind>Provinsi|Kabupaten|Kota)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+\((?P<short>[A-Z]{2,6})\)"
)


def _without_short_form(award: Award) -> Award:
    """An award whose name holds a bracketed short form ("Juara II Penghargaan Pembangunan Daerah (PPD)
    Tingkat Provinsi ... 2021") named without it, as the words it shortens already say it; the names
    with it stay its aliases, and so do those with a region's short form in place of its words ("...
    tingkat Provinsi Daerah Istimewa Yogyakarta (DIY) Tahun 2021" is as often written "... tingkat
    Provinsi DIY Tahun 2021")."""
    names = (award.name, *award.aliases)
    short = [_REGION_SHORT.sub(r"\g<kind> \g<short>", n) for n in names if _REGION_SHORT.search(n)]
    # ("Juara Umum Musabaqah Tilawatil Quran (MTQ) ke-XV ..." is as often written "Juara Umum MTQ ke-XV ...")
    short += [_BRACKETED_SHORT.sub("", s) for n in names if (s := _by_its_short_form(n)) is not None]
    # ("Juara I Lomba Desa Asri, Tertib dan Lestari (Desa Astari) ..." is as often "Juara I Lomba Desa Astari ...")
    short += [s for n in names if (s := _by_its_short_name(n)) is not None]
    if _BRACKETED_SHORT.search(award.name) is None and _LIST_SHORT.search(award.name) is None:
        return replace(award, aliases=tuple(dict.fromkeys((*award.aliases, *short)))) if short else award
    bare = tuple(dict.fromkeys(_LIST_SHORT.sub(r"\g<last>", _BRACKETED_SHORT.sub("", n)) for n in names))
    return replace(award, name=bare[0], aliases=tuple(dict.fromkeys((*bare[1:], *names, *short))))


def _by_its_short_form(name: str) -> str | None:
    """``name`` with the words a bracketed short form stands for in its place ("Juara I Musabaqah
    Tilawatil Quran (MTQ) ke-XV" → "Juara I MTQ ke-XV"); None when it spells none out."""
    for m in _SPELLED_SHORT.finditer(name):
        if (k := _spelled_from(m)) is not None:
            at = m.start() + len(" ".join(m.group(1).split()[:k])) + (1 if k else 0)
            return f"{name[:at]}{m.group(2)}{name[m.end() :]}"
    return None


#: a sentence opened by the level its ranks were won at: "Untuk tingkat kabupaten, Juara I diraih ..."
_LEVEL_TOLD = re.compile(
    r"(?:(?:Adapun|Sedangkan|Sementara)\s+)?(?:[Uu]ntuk|[Dd]i|[Pp]ada)\s+tingkat\s+(?P<level>kabupaten|kota|provinsi)\s*,"
)
#: the level and year a contest's name ends with ("... Tingkat Provinsi X Tahun 2019")
_LEVEL_ENDING = re.compile(r"\s+[Tt]ingkat\s+(?:Provinsi|Kabupaten|Kota|[a-z]+)\b.*$")


def _level_told(ctx: Context, lo: int, start: int) -> str | None:
    """The level the last sentence opened by one (:data:`_LEVEL_TOLD`) from ``lo`` up to ``start`` tells."""
    told = [
        m.group("level")
        for s in ctx.sentences
        if lo <= s.start < start and (m := _LEVEL_TOLD.match(ctx.text, s.start)) is not None
    ]
    return told[-1] if told else None


def _at_level(ctx: Context, contest: str, level: str) -> str:
    """``contest`` (named before at another level: "Lomba Posyandu Tingkat Provinsi X Tahun 2019") as held
    at ``level`` in the region the article is about ("Lomba Posyandu Tingkat Kabupaten Y"), or at that
    level in lower case where the article is about no region of that level."""
    cut = _LEVEL_ENDING.search(contest)
    if cut is None or level in cut.group().casefold().split()[1]:
        return contest  # (named without a level, or at that level already)
    home = ctx.jurisdiction
    held = f"Tingkat {home}" if home and home.casefold().startswith(level) else f"tingkat {level}"
    return f"{contest[: cut.start()]} {held}"


#: a consolation rank written without "Juara" ("Harapan I")
_CONSOLATION = re.compile(r"Harapan\s+(?:[IVX]+|\d+)")


def _with_contest_before(ctx: Context, award: Award) -> Award:
    """A rank alone (``Juara I diraih Desa X``) won in the contest its sentence names before it, or the
    nearest of the sentences before that names one ("... hadiah kepada pemenang Lomba Kampung Sehat
    tingkat Kabupaten Dairi."): that contest's rank (``Juara I Lomba Kampung Sehat``)."""
    if (bare := award.name.removeprefix("Predikat ")) != award.name and (
        _RANK_ONLY.match(bare) or _CONSOLATION.fullmatch(bare)
    ):
        # "Predikat Juara I diraih X", "Predikat Harapan I diberikan kepada Y": the rank
        award = replace(award, name=_rank_name(bare))
    category = _CATEGORY_WON.search(award.name)  # ("Juara Harapan I kategori robusta diraih X")
    if category is not None and _RANK_ONLY.match(award.name[: category.start()]):
        award = replace(award, name=award.name[: category.start()])
    elif not (_RANK_ONLY.match(award.name) or _BEST_ALONE.fullmatch(award.name)):
        return award  # (a contest's rank, its category after it: "Juara III Kontes X 2021 kategori robusta")
    sentence = sentences.containing(ctx.sentences, award.span.start)
    written = _contest_named_in(ctx, sentence.start, award.span.start) if sentence is not None else None
    at = award.span.start
    if written is None:
        for before in _sentences_reached(ctx, at):
            written, at = _contest_named_in(ctx, before.start, before.end), before.start
            if written is not None:
                break
    ranked = _ranked_before(ctx.awards, award.span.start, at) or _ranked_before_festival(ctx, written, at)
    own = _own_category(ctx, award) if category is None else None
    if _branch_after(ctx.text, award.span.end):
        # "Juara Harapan II cabang Y" after "regu Musabaqah X menyabet Juara II": a branch of the whole
        # contest, the last one the article names in full ("Musabaqah Tilawatil Quran ke-XXXIX Tingkat ..."),
        # not of the branch won before
        ranked, written = None, _full_contest_before(ctx, award.span.start) or written
    if ranked is not None and (sentence is None or ranked[1] < sentence.start):
        # ("Sanggar X menyabet Juara I Lomba Tari Kreasi pada Festival Y 2019. Juara II diraih Sanggar
        # Z": the contest of the rank won just before, not the festival it was held in)
        written = ranked[0]
    if not written and (only := _only_contest_before(ctx, award.span.start)) is not None:
        # (and a category told since: "... para juara kategori desa:" opening the list the rank ends)
        written, at = only
    if not written:
        # "menyerahkan piagam penghargaan OPD Tertib Arsip Triwulan II Tahun 2024 ... . Juara I diraih X":
        # the ranks of the prize named before, in no contest
        written = _prize_named_before(ctx, award.span.start)
    if not written:
        return award if category is None else replace(award, name=award.name + category.group())
    # the category the ranks are won in, after the rank or told before it ("Pada kategori arabika, Juara I
    # diraih X ... . Juara II diraih Y"), after the contest
    cue = category.group() if category is not None else _category_told_before(ctx, at, award.span.start)
    if (
        cue.startswith(" kategori ")
        and ranked is not None
        and written == ranked[0]
        and " kategori " in written
    ):
        # ("Kategori A: Juara I X; Juara II Y": the contest of the rank before, named with its category
        # already; the rank's own category in its place)
        written = _A_CATEGORY.sub("", written)
    if own is not None:
        # "X meraih Juara I Festival Kampung Kopi 2023 kategori Kampung Pemula, Y Juara II kategori Kampung
        # Maju": the rank's own category, in place of the one the rank before was won in
        written = _CATEGORY_ENDING.sub("", written)
        cue = f" {own.group('word')} {' '.join(own.group('name').split())}"
        award = replace(award, span=ctx.span(award.span.start, own.end()))
    if (level := _level_told(ctx, min(at, ranked[1]) if ranked else at, award.span.start)) is not None:
        written = _at_level(ctx, written, level)
    bare = _BRACKETED.sub("", written)
    name = f"{award.name} {bare}{cue}"
    # ("Juara Harapan I" is as often written "Harapan I": both its names; and with the contest's
    # bracketed part, as written)
    names = [f"{award.name} {written}{cue}"] if written != bare else []
    if (short := _by_its_short_name(written)) is not None:
        names.append(f"{award.name} {short}{cue}")  # "... Lomba Kampung Asihan Tahun 2024"
    if (initialled := _by_its_initials(written)) is not None:
        names.append(f"{award.name} {initialled}{cue}")  # "Juara I MTQ ke-XXXIX Tingkat ..."
    if cue.startswith(" kategori ") and cue[1:].islower():
        # ("Juara I kategori desa diraih ...": the rank's category as often written before the contest)
        names.append(f"{award.name}{cue} {bare}")
    if cue.startswith(" cabang "):
        # ("Juara I cabang Tafsir Bahasa Arab MTQ ke-XXXIX ...": a branch as often written before its contest)
        names += [f"{award.name}{cue} {c}" for c in (bare, initialled) if c is not None]
    if cue.startswith((" kategori ", " cabang ")):
        # ("Kategori pelajar: juara I X, juara II Y": the rank as the text writes it, in its category alone)
        names.append(f"{award.name}{cue}")
    names += [n.removeprefix("Juara ") for n in (name, *names) if n.startswith("Juara Harapan ")]
    return replace(award, name=name, aliases=(*award.aliases, *names))


#: what makes a contest's name full: its level or its year
_FULL_CONTEST = re.compile(rf"\b(?:[Tt]ingkat|se-|{_YEAR_DIGITS}\b)")
#: ... its level alone
_LEVEL_WRITTEN = re.compile(r"\b(?:[Tt]ingkat|se-)")


def _contest_in_full(ctx: Context, award: Award) -> Award:
    """A rank of a contest named short ("Gelar Juara I Lomba Kampung Literasi tahun ini disabet ...")
    after the article named one contest in full whose words it opens ("... mengumumkan pemenang Lomba
    Kampung Literasi Tingkat Kabupaten X Tahun 2021"): that contest's rank (and so each of its names),
    the short names its aliases."""
    if _RANKED_CONTEST.fullmatch(award.name) is None:
        return award  # (no rank of a named contest: nothing to name in full)
    contests = [c for c, _ in _contests_before(ctx, award.span.start)]
    names = [(n, _in_full(n, contests)) for n in (award.name, *award.aliases)]
    if names[0][1] is None:
        return award
    aliases = [full for _, full in names[1:] if full is not None] + [n for n, _ in names]
    return replace(award, name=names[0][1], aliases=tuple(dict.fromkeys(aliases)))


def _branch_after(text: str, at: int) -> bool:
    """Whether a branch of a contest of many is named at ``at``, after a rank ("... cabang Tafsir
    Bahasa Arab")."""
    named = _CATEGORY_NAMED.match(text, at)
    return named is not None and named.group("word") == "cabang"


def _full_contest_before(ctx: Context, start: int) -> str | None:
    """The last contest the article names before ``start`` in full (with its level or year), as
    written; ``None`` when it names none."""
    found = [c for c, _ in _contests_before(ctx, start) if _FULL_CONTEST.search(c)]
    return found[-1] if found else None


def _contests_before(ctx: Context, start: int) -> list[tuple[str, int]]:
    """The contests the article names before ``start``, as written (:func:`_contest_written`), in order,
    each with where it is written."""
    return [
        (_contest_written(m), m.start())
        for m in _CONTEST_BEFORE.finditer(ctx.text, 0, start)
        if not _points_back(ctx.text, m)
    ]


#: the region or level a contest's full name adds before its year ("Lomba X Kota Malang 2025" for
#: "Lomba X 2025")
_REGION_ADDED = re.compile(r"(?:Kota|Kabupaten|Provinsi|[Tt]ingkat|se-)\b.*")


def _in_full(name: str, contests: list[str]) -> str | None:
    """``name``, a rank of a contest named short without its level or year, with the one of
    ``contests`` (those named before it) named in full whose words open with the short name's; or
    named short with its year but not its region, with the one named with both ("Lomba X Kota Y 2025"
    before "Lomba X 2025"); else ``None``."""
    m = _RANKED_CONTEST.fullmatch(name)
    if m is None or _LEVEL_WRITTEN.search(m.group("contest")):
        return None
    # (its category after it: "Juara pertama Lomba Kampung Literasi kategori lingkungan")
    category = _CATEGORY_WON.search(m.group("contest"))
    short = m.group("contest")[: category.start()] if category is not None else m.group("contest")
    year = _YEAR_AT_END.search(short)
    if year is None and _FULL_CONTEST.search(short):
        return None  # (a year inside its name, not closing it: no short form)
    core = short[: year.start()] if year is not None else short
    full = {
        _BRACKETED.sub("", c)
        for c in contests
        if c.casefold().startswith(core.casefold() + " ")
        and _FULL_CONTEST.search(c)
        and (
            year is None
            or (
                (closing := _YEAR_AT_END.search(c)) is not None
                and closing.group("year") == year.group("year")
                and _REGION_ADDED.fullmatch(c[len(core) + 1 : closing.start()]) is not None
            )
        )
    }
    if len(full) != 1:
        return None
    return f"{name[: m.start('contest')]}{full.pop()}{category.group() if category is not None else ''}"


def _own_category(ctx: Context, award: Award) -> re.Match[str] | None:
    """The category a rank alone names right after it (:data:`_CATEGORY_NAMED`), after its span or inside it
    (a list's item "Juara Harapan I kategori olahan hasil tani yang diraih X" spans the words before the verb)."""
    rank_end = award.span.start + len(award.name)
    if ctx.text.startswith(award.name, award.span.start) and rank_end < award.span.end:
        return _CATEGORY_NAMED.match(ctx.text, rank_end)
    return _CATEGORY_NAMED.match(ctx.text, award.span.end)


def _with_contest_of_the_rank_before(ctx: Context, award: Award, awards: list[Award]) -> Award:
    """A rank still alone, its contest out of reach ("Sementara pada kategori robusta, Juara I disabet
    A, ... . Juara Harapan I kategori robusta diraih B"): the contest of the nearest rank before it, in
    the sentences just before, that has one (without that rank's category)."""
    category = _CATEGORY_WON.search(award.name)
    rank = award.name[: category.start()] if category is not None else award.name
    if not _RANK_ONLY.match(rank):
        return award
    lo = _reach_back(ctx, award.span.start)
    ranked = _ranked_before(awards, award.span.start, lo)
    if ranked is None:
        return award
    # ("Juara Harapan I kategori X diraih": the category written in or right after the rank's span)
    told = category or _CATEGORY_WRITTEN.search(ctx.text, award.span.start, award.span.end + _CATEGORY_REACH)
    contest = _CATEGORY_WON.sub("", ranked[0]) + (" " + " ".join(told.group().split()) if told else "")
    if told is None and (listed := _category_listed_between(ctx, ranked[1], award.span.start)):
        # ("Kategori A: Juara I X, ... \n\nKategori B: Juara I Y": the next line's category, not the one before)
        contest = _CATEGORY_ENDING.sub("", ranked[0]) + listed
    names = [f"{rank} {contest}"]
    names += [n.removeprefix("Juara ") for n in names if n.startswith("Juara Harapan ")]
    return replace(award, name=names[0], aliases=(*award.aliases, *names[1:]))


#: a rank of an award named otherwise than a contest ("Peringkat II Penghargaan Pembangunan Daerah Tahun
#: 2019 ...", "Peringkat II Penilaian Kinerja ..."): its noun, its place and the award's name
_RANKED_AWARD = re.compile(
    rf"{_RANK_OPENING.pattern}\s+(?P<award>(?:kategori\s+)?(?-i:[A-Z]).+)", re.IGNORECASE
)


def _other_place_of_the_award_before(ctx: Context, award: Award, awards: list[Award]) -> Award:
    """A rank still alone (``Peringkat pertama diraih Kota X``) after an award named with another place
    of the same ranking (``Kabupaten Y meraih Peringkat II Penghargaan Z Tahun 2019 untuk kategori
    kabupaten``), in its sentence or the ones just before: that award's other place, named as each of
    its names is (the last such award)."""
    own = _RANK_ONLY.match(award.name)
    if own is None or _CONSOLATION.search(award.name):
        return award
    lo = _reach_back(ctx, award.span.start)
    ranked = [
        b
        for b in awards
        if lo <= b.span.start < award.span.start
        and (m := _RANKED_AWARD.fullmatch(b.name)) is not None
        and m.group("noun").casefold() == own.group("noun").casefold()
        and _place_number(m.group("place")) not in {None, _place_number(own.group("place"))}
    ]
    if not ranked:
        return award
    last = max(ranked, key=lambda b: b.span.start)
    names = [
        f"{award.name} {m.group('award')}"
        for n in (last.name, *last.aliases)
        if (m := _RANKED_AWARD.fullmatch(n))
    ]
    span = award.span
    if (category := _own_category(ctx, award)) is not None:
        # ("... juga meraih peringkat kedua kategori Kuliner Terbaik": in its own category, in place of
        # the one the award before was won in)
        theirs = _CATEGORY_ENDING.search(last.name)
        if theirs is None:
            return award
        mine = f" {category.group('word')} {' '.join(category.group('name').split())}"
        names = [n.replace(theirs.group(), mine) for n in names]
        span = ctx.span(award.span.start, category.end())
    return replace(award, name=names[0], span=span, aliases=(*award.aliases, *names[1:]))


#: a category a rank was won in, after it ("Juara Harapan I kategori robusta")
_CATEGORY_WON = re.compile(r" kategori [a-z]+$")
#: a category named with capitalised words right after a rank ("Juara II kategori Kampung Maju")
#: (or the branch of a contest of many, "Juara I cabang Tafsir Bahasa Arab" at a Musabaqah Tilawatil Quran)
#: (or in lower case before the winner's relative clause: "Juara Harapan I kategori olahan hasil tani yang
#: diraih X")
_CATEGORY_NAMED = re.compile(
    r"\s+(?P<word>kategori|cabang)\s+(?P<name>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d+))*?(?=\s*[,.;:]|\s+[a-z]|$)"
    r"|[a-z]+(?:\s+[a-z]+){0,3}?(?=\s+yang\s+di[a-z]+\b))"
)
#: the category a contest's name ends with, either way it is written
_CATEGORY_ENDING = re.compile(r" kategori (?:[a-z]+|[A-Z][\w-]*(?: [A-Z][\w-]*)*)$")
#: ... as the text writes it with the rank, within a few characters after the rank's span
_CATEGORY_WRITTEN = re.compile(r"\s+kategori\s+[a-z]+\b")
_CATEGORY_REACH = 20
#: a category told before the ranks won in it: "Pada kategori arabika, Juara I diraih ...", "Untuk
#: kategori desa wisata, ..."; or with the first of them: "Juara I kategori desa diraih A, disusul B
#: sebagai Juara II" (B's rank is of that category too)
_CATEGORY_TOLD = re.compile(
    # (its words after a lower-case first one may be capitalised or hyphenated: "Untuk kategori tari Tortor,",
    # "Pada kategori atraksi mar-tumba,", "Untuk kategori mendongeng tingkat SD,")
    # ("Di kategori yang sama, ...": the category told before, no category of that name)
    # (school levels joined by slashes: "Untuk kategori SD/MI,")
    r"\b(?:(?:[Pp]ada|[Uu]ntuk|[Dd]i|[Dd]alam)\s+kategori\s+(?!yang\b)(?P<category>[A-Za-z][\w/-]*(?:\s+[\w/-]+){0,3}?)\s*,"
    # (a line of a list of winners by category: "Kategori Ulos Sadum: Juara I ..."; or a sentence:
    # "Panitia membacakan pemenang. Kategori tenun ikat: Juara I ...")
    rf"|(?:(?<![^\n])|(?<=[.!?]\s)){_LISTED_CATEGORY}"
    # (the line introducing a list of winners: "inilah para juara kategori desa:")
    r"|\bkategori\s+(?P<introduced>[a-z]+(?:\s+[a-z]+){0,2})\s*:\s*\n"
    rf"|(?:Juara|Peringkat)\s+(?:{_RANK.pattern})\s+kategori\s+(?P<first>[a-z]+)\s+(?=di[a-z]+\b))"
)


def _category_listed_between(ctx: Context, lo: int, start: int) -> str:
    """The category (" kategori X") a line of a list of winners by category opens with ("Kategori X:
    Juara I ..."), the last between ``lo`` and ``start``, or ""."""
    found = [m for m in _CATEGORY_TOLD.finditer(ctx.text, lo, start) if m.group("listed")]
    return _category_said(found[-1]) if found else ""


def _category_told_before(ctx: Context, lo: int, start: int) -> str:
    """The category (" kategori X") the last "Pada kategori X," between ``lo`` and ``start`` tells the
    ranks after it are won in, or ""."""
    found = list(_CATEGORY_TOLD.finditer(ctx.text, lo, start))
    return _category_said(found[-1]) if found else ""


def _category_said(told: re.Match[str]) -> str:
    """The category (" kategori X") a match of :data:`_CATEGORY_TOLD` tells."""
    said = (
        told.group("category")
        or told.group("first")
        or told.group("introduced")
        or " ".join(told.group("listed").split())
    )
    return f" kategori {said}"


#: a contest's short name in brackets after the words it stands for
_SHORT_NAME = re.compile(r"\s*\((?P<short>[A-Z][\w'-]*(?: [A-Z][\w'-]*)?)\)")


#: a contest's short form in brackets right after the words it stands for, at its start: "Musabaqah
#: Tilawatil Quran (MTQ) ke-XXXIX Tingkat ..."
_INITIALLED = re.compile(r"(?P<words>(?:[A-Z][\w-]*\s+){1,6}?)\((?P<short>[A-Z]{2,8})\)")


def _by_its_initials(written: str) -> str | None:
    """A contest named first by the words its bracketed short form stands for, by that short form:
    "Musabaqah Tilawatil Quran (MTQ) ke-XXXIX Tingkat Provinsi X" → "MTQ ke-XXXIX Tingkat Provinsi X";
    None for another."""
    m = _INITIALLED.match(written)
    if m is None or initials(m.group("words").split()) != m.group("short"):
        return None
    return f"{m.group('short')}{written[m.end() :]}"


def _by_its_short_name(written: str) -> str | None:
    """A contest named by a list of capitalised words and its short name in brackets after them,
    with the short name in their place: "Lomba Kampung Asri, Hijau, Aman, dan Rapi (Asihan) Tahun
    2024" → "Lomba Kampung Asihan Tahun 2024"; "Lomba Kampung Rapi, Hijau, dan Tertib (Kampung Rahayu)"
    → "Lomba Kampung Rahayu" (the short name's first word is the list's head). None for another."""
    m = _SHORT_NAME.search(written)
    if m is None or "," not in written[: m.start()]:
        return None
    words = written[: m.start()].split(",")[0].split()
    short = m.group("short")
    if len(words) < 2:
        return None
    # the list opens at its first item's word, or at the word the short name repeats ("Kampung")
    head = words[:-1]
    if short.split()[0] in head:
        head = head[: len(head) - head[::-1].index(short.split()[0]) - 1]
    return " ".join([*head, short]) + written[m.end() :]


#: an award of a rank in a contest named ("Juara I Lomba Tari Kreasi"): the contest
_RANKED_CONTEST = re.compile(
    rf"(?:Juara|Peringkat)\s+{_RANK.pattern}\s+(?P<contest>(?:{_CONTEST_NOUNS})\s.+)", re.IGNORECASE
)


def _ranked_before(awards: list[Award], start: int, since: int) -> tuple[str, int] | None:
    """The contest of the last of ``awards`` that is a rank in a named contest, written between
    ``since`` and ``start``, and where that award stands."""
    found = [
        (m.group("contest"), b.span.start)
        for b in awards
        if since <= b.span.start < start and (m := _RANKED_CONTEST.fullmatch(b.name)) is not None
    ]
    return max(found, key=lambda f: f[1]) if found else None


#: a prize named after its noun ("piagam penghargaan OPD Tertib Arsip Triwulan II Tahun 2024")
_PRIZE_NAMED = re.compile(
    r"\bpenghargaan\s+(?:(?P<name>(?-i:[A-Z])[\w/-]*(?:\s+(?:(?-i:[A-Z0-9])[\w/-]*|dan|[Tt]ahun)){0,8})"
    # (or by the winners it is given to, told in lower-case words that end the clause: "memberikan
    # penghargaan kepada posyandu teladan dalam pemantauan gizi balita.")
    r"|kepada\s+(?:para\s+)?(?P<best>[a-z]+(?:\s+[a-z0-9]+){1,10})(?=\s*[.,;:]))"
)


def _prize_name(m: re.Match[str]) -> str | None:
    """The prize a match of :data:`_PRIZE_NAMED` names: its capitalised words, or the winners it is
    given to told with a word of praise, capitalised as a name ("Posyandu Teladan dalam Pemantauan Gizi
    Balita"); ``None`` for winners told without one ("kepada para kader posyandu")."""
    if m.group("name") is not None:
        return " ".join(m.group("name").split())
    words = m.group("best").split()
    if _TITLE_WORDS.isdisjoint(words):
        return None
    return " ".join(w if w in _TITLE_JOINERS else w.capitalize() for w in words)  # (as a title won is)


def _prize_named_before(ctx: Context, start: int) -> str | None:
    """The prize the sentence of ``start``, or one of the sentences just before, names after
    "penghargaan" (the last one named): the ranks won of it."""
    at, found = start, []
    sentence = sentences.containing(ctx.sentences, start)
    lo = sentence.start if sentence is not None else start
    for _ in range(_CONTEST_REACH + 1):
        found = [n for m in _PRIZE_NAMED.finditer(ctx.text, lo, at) if (n := _prize_name(m)) is not None]
        if found or (before := _sentence_before(ctx, lo)) is None:
            break
        lo, at = before.start, before.end
    return found[-1] if found else None


#: a contest pointed back to by its noun: "Panitia lalu mengumumkan hasil kontes tersebut."; or heading
#: the list of its winners: "Berikut daftar pemenang lomba:"
_CONTEST_POINTED = re.compile(
    rf"\b(?P<noun>{_CONTEST_NOUNS})(?:\s+{lexicon.DEMONSTRATIVE}|\s*:)", re.IGNORECASE
)


def _contest_named_in(ctx: Context, start: int, end: int) -> str | None:
    """The last contest the text from ``start`` to ``end`` names (:func:`_contest_written_before`), or the
    one it points back to by its noun ("... mengumumkan hasil kontes tersebut"): the last contest of that
    noun the article names before, as written; ``None`` when there is neither."""
    if (written := _contest_written_before(ctx.text[start:end])) is not None:
        return written
    pointed = list(_CONTEST_POINTED.finditer(ctx.text, start, end))
    if not pointed:
        return None
    noun = pointed[-1].group("noun").casefold()
    named = [c for c, _ in _contests_before(ctx, pointed[-1].start()) if c.split()[0].casefold() == noun]
    return named[-1] if named else None


#: a contest's noun in lower case and a function word after it: the word used of contests in general
#: ("menjadikan lomba sebagai kegiatan musiman"), no contest's name
_NO_CONTESTS_NAME = re.compile(r"[a-z]+\s+(?:sebagai|yang|ini|itu|tersebut|untuk|dengan|dan|di|ke|dari)\b")
#: a contest's noun and only lower-case words after it, the noun capitalised ("Festival menampilkan tarian
#: dari ...": a sentence opening with it, telling of the contest named before) or not, one word
#: ("festival kali ..."; or a kind of contest, "lomba mewarnai"): no contest of its own name
_TOLD_OF = re.compile(r"(?-i:[A-Z])\w*(?:\s+(?-i:[a-z]+))+|\w+\s+(?-i:[a-z]+)")
#: "Tahun" before a contest's year, which the name may write or not ("Lomba X Tahun 2022", "Lomba X 2022")
_YEAR_WORD = re.compile(r"\b[Tt]ahun\s+(?=(?:19|20)\d{2}\b)")


def _only_contest_before(ctx: Context, start: int) -> tuple[str, int] | None:
    """The contest the article names before ``start``, out of a rank alone's reach, when it names
    one only ("... malam puncak Festival X XII ..." paragraphs before "Juara II diraih ..."), as
    written, and where it is last written; ``None`` when it names none or several."""
    found = [
        (c, at)
        for c, at in _contests_before(ctx, start)
        if not _NO_CONTESTS_NAME.match(c) and not _TOLD_OF.fullmatch(c)
    ]
    if len({_YEAR_WORD.sub("", _BRACKETED.sub("", c)) for c, _ in found}) != 1:
        return None
    written = min((c for c, _ in found), key=lambda c: (len(c), c))  # (the same in every run)
    return written, found[-1][1]


def _ranked_before_festival(ctx: Context, written: str | None, at: int) -> tuple[str, int] | None:
    """The contest of a rank won in the sentence right before the one at ``at`` that names a
    festival (``written``): "X menjadi Juara I Lomba Y 2023. Pemenang diumumkan pada puncak Festival
    Z. Posisi kedua ditempati W": the contest the ranks are of, not the festival where they were
    announced."""
    if (
        written is None
        or not written.startswith("Festival ")
        or (before := _sentence_before(ctx, at)) is None
    ):
        return None
    ranked = _ranked_before(ctx.awards, at, before.start)
    return ranked if ranked is not None and not ranked[0].startswith("Festival ") else None


#: how many sentences before its own a rank alone looks for the contest it was won in ("... kepada para
#: pemenang Lomba X. Desa A juara I, disusul .... Adapun Juara Harapan I diraih Desa D.")
_CONTEST_REACH = 3


def _names_a_body(ctx: Context, name: str) -> bool:
    """Whether ``name`` is only an organisation's name as the article writes it: the giver of an
    award without a name of its own ("menyerahkan piagam penghargaan Pemkot X kepada ...")."""
    if name.rsplit(None, 1)[-1].casefold() in _TITLE_WORDS:
        return False  # ("Bank Sampah Teladan kepada Bank Sampah X": a title of praise the tagger took for a body)
    return any(
        name == entity.name or name in entity.aliases for entity in ctx.of_type(EntityType.ORGANIZATION)
    )
