"""Titled persons: ``[mantan] [Pj.] TITLE [ORGANISATION | JURISDICTION] NAME`` → person, role, membership.

``Sekretaris Daerah (Sekda) Kota Malang Erik Setyo Santoso`` gives the person
``Erik Setyo Santoso`` holding the role ``Sekretaris Daerah`` (alias ``Sekda``)
in ``Pemerintah Kota Malang``. ``Penjabat (Pj.) Wali Kota Malang Iwan
Kurniawan, ST, MM`` gives the role ``Penjabat Wali Kota`` with tenure
``acting`` and degrees in ``schema:honorificSuffix``. A title with no name
after it (``Sekda menegaskan``) is kept as a role mention for coreference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from kg import gazetteer, lang
from kg.extract import lexicon
from kg.extract.context import Context
from kg.extract.decide import PLACE_CUES, not_a_person, place_headed
from kg.extract.names import (
    AGE_AFTER,
    LINEAGE_PARTICLES,
    ROMAN_NUMERAL,
    SPEECH_AFTER,
    ParsedName,
    common_words,
    match_rank,
    parse_name,
    plausible_person,
)
from kg.extract.organizations import (
    COMMISSION_NAME,
    COMPANY_FORMS,
    DIVISIONS,
    NAMED_AFTER_HEROES,
    SEATED_SPECIAL_COURT,
    SECRETARIAT_UNITS,
    UNIT_ABBREVIATIONS,
    OrgMatch,
    add_org,
    balinese_name_at,
    government_of,
    government_other_names,
    home_secretariat,
    in_region,
    is_academic_unit,
    jurisdiction_name,
    known_match,
    local_area_at,
    local_region_named,
    only_house,
    parse_company,
    parse_org,
    parse_regional_office,
    parse_spelled_facility,
    parse_spelled_out,
    parse_unit,
    past_bracketed_title,
    past_ri,
    region_at,
    regional_office,
    second_word_of_a_command,
    secretariat_of,
    set_parent,
    starts_sibling,
    unit_in,
    unit_of_the_house,
)
from kg.extract.places import (
    ROOM_KINDS,
    add_region,
    at_home,
    country_at,
    direction_after,
    written_with_level,
    written_without_its_head,
)
from kg.extract.variants import initials
from kg.gazetteer import OrgInfo
from kg.records import Entity, EntityType, Membership
from kg.text import sentences
from kg.text.dates import NUMBER_WORDS
from kg.text.normalize import without_brackets
from kg.text.tokens import Token, glued_apostrophe

_TITLE_KEYS = sorted(lexicon.TITLE_SURFACES, key=lambda s: -len(s.split()))
_ACTING_FORMS = sorted(lexicon.ACTING, key=len, reverse=True)
_ACTING_FIRST = frozenset(a.split()[0] for a in lexicon.ACTING)
_FIRST_WORDS = lexicon.TITLE_FIRST_WORDS


def _phrases_by_first_word(phrases: list[str]) -> dict[str, tuple[str, ...]]:
    """Phrases by the bare form of their first word, each group in the order given.

    A token starts a phrase in :func:`_words_at` only when its bare form is the first word's
    without its dots, so a token need only try the phrases filed under ``token.bare``.
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        first = phrase.split()[0]
        if first.endswith("..") or not first.strip("."):
            raise ValueError(f"{phrase!r}: a first word _words_at would match other than by its bare form")
        groups.setdefault(first.rstrip("."), []).append(phrase)
    return {word: tuple(group) for word, group in groups.items()}


_TITLES_BY_FIRST = _phrases_by_first_word(_TITLE_KEYS)
_ACTING_BY_FIRST = _phrases_by_first_word(_ACTING_FORMS)


@dataclass(frozen=True)
class RoleMention:
    """A title in the text: who it names is decided by coreference when no name follows."""

    role: Entity
    organization: Entity | None
    start: int
    end: int
    person: Entity | None
    #: the role and body of a unit's office ("Anggota Komisi XII" in the DPR), for whoever it names
    seat: tuple[Entity, Entity] | None = None


@dataclass(frozen=True)
class TitleMatch:
    role: str
    role_aliases: tuple[str, ...]
    org: OrgMatch | None
    fixed_org: str | None
    tenure: str  # a membership's ("regular", "acting", "former"), or "candidate": no membership
    start: int
    end: int
    next_index: int


@dataclass(frozen=True)
class Completion:
    """What follows a title word: the role, its aliases and its organisation (found or implied).

    ``org`` is an organisation read (or implied) from the text; ``fixed_org`` the name of one
    the title always belongs to (*Menteri Keuangan* → *Kementerian Keuangan*). ``end`` is
    where the title ends in the text, ``next_index`` the token after it.
    """

    role: str
    aliases: tuple[str, ...]
    org: OrgMatch | None
    fixed_org: str | None
    end: int
    next_index: int


def _words_at(ctx: Context, i: int, phrase: str) -> int | None:
    words = phrase.split()
    tokens = ctx.tokens
    if i + len(words) > len(tokens):
        return None
    for k, word in enumerate(words):
        token = tokens[i + k]
        if token.text != word and token.bare != word.rstrip(".") and (k or _title_word(token) != word):
            return None
    return i + len(words)


def _skip_parenthetical(ctx: Context, i: int) -> tuple[str | None, int]:
    """``(Sekda)`` or ``(Pj.)`` after a title: its short form."""
    tokens = ctx.tokens
    if i + 2 < len(tokens) and tokens[i].text == "(":
        for k in range(i + 1, min(i + 5, len(tokens))):
            if tokens[k].text == ")":
                inner = ctx.text[tokens[i + 1].start : tokens[k - 1].end]
                return inner, k + 1
    return None, i


#: lower-case words before a programme's name, which may open with an office ("program Bupati
#: Ngantor di Desa"; but "program Bupati Malang Budi", "program Presiden Prabowo": the holder's)
_PROGRAMME_WORDS = lexicon.PROGRAMME_CUES | {"aplikasi", "layanan", "slogan", "tagline"}
#: offices held in another holder's service, written before that office ("Staf Khusus Presiden")
_SERVING = tuple(phrase.split() for phrase in lang.words("serving-offices"))


def _serving(ctx: Context, i: int, title: TitleMatch) -> TitleMatch:
    """``title`` at token ``i`` as the object of a serving office written before it: "Juru Bicara
    Presiden Budi" makes Budi the President's spokesman (role "Juru Bicara Presiden", in the
    President's body), not the President."""
    tokens = ctx.tokens
    for words in _SERVING:
        k = i - len(words)
        if k >= 0 and all(tokens[k + n].text == word for n, word in enumerate(words)):
            phrase = " ".join(words)
            return replace(
                title,
                role=f"{phrase} {title.role}",
                role_aliases=tuple(f"{phrase} {alias}" for alias in title.role_aliases),
                start=tokens[k].start,
            )
    return title


#: the heads of bodies whose names go on with a title word ("Kementerian Koordinator ...")
_BODY_BEFORE_TITLE_WORD = frozenset({"Kementerian", "Kemenko", "Komunikasi", "Koordinasi"})


@cache
def _known_bodies_through() -> dict[str, tuple[tuple[int, str], ...]]:
    """The known national bodies whose names go on with a title word, by that word: how many words
    come before it and the name's words through it ("Presiden": 2, "Kantor Staf Presiden")."""
    found: dict[str, list[tuple[int, str]]] = {}
    for info in gazetteer.known_organizations():
        words = info.full.split()
        for k, word in enumerate(words[1:], start=1):
            if word in _FIRST_WORDS:
                found.setdefault(word, []).append((k, " ".join(words[: k + 1])))
    return {word: tuple(dict.fromkeys(names)) for word, names in found.items()}


def _inside_known_body(ctx: Context, i: int) -> bool:
    """Token ``i`` is a title word inside a known body's name written before it ("Kantor Staf
    Presiden (KSP)": the office, not the President's title)."""
    return any(
        k <= i and _words_at(ctx, i - k, through) is not None
        for k, through in _known_bodies_through().get(ctx.tokens[i].bare, ())
    )


#: "(kini) dijabat oleh" between an office and its holder ("Camat Blimbing kini dijabat oleh Suryo",
#: "jabatan Camat X kini diisi Budi")
_HELD_BY = re.compile(r"(?:(?:kini|saat ini|sekarang)\s+)?(?:dijabat|diisi|diduduki)\s+(?:oleh\s+)?(?=[A-Z])")
#: titles news also writes in lower case before a body and a name ("anggota Komisi C DPRD ..., Budi")
_LOWER_TITLES = lexicon.LOWER_TITLES
#: and those it writes in lower case only after "selaku"/"sebagai" ("Budi selaku kepala Dinas X")
_LOWER_AFTER_AS = lexicon.LOWER_TITLES_AFTER_AS
#: and those that open one in lower case only before another ("wakil ketua Komisi B ...")
_LOWER_BEFORE = lexicon.LOWER_TITLES_BEFORE
#: words before a lower-case title that make it many persons' ("seluruh anggota", "para anggota")
_MANY = frozenset(
    {"seluruh", "semua", "para", "setiap", "tiap", "sejumlah", "beberapa", "banyak", "ratusan", "puluhan"}
)


def _may_start_title(token: Token) -> bool:
    return (
        token.text in _ACTING_FIRST
        or token.bare in _FIRST_WORDS
        or token.text in _LOWER_TITLES
        or token.text in _LOWER_AFTER_AS
        or token.text in _LOWER_BEFORE
    )


def _district_set_off(ctx: Context, k: int) -> int:
    """The token after a district written with its level's word and set off by commas at ``k`` (",
    Kecamatan X,", or ", Kecamatan X, Kabupaten Y,"), or a village the article reads, and its district
    after it (", Desa X,", ", Desa X, Kecamatan Y,"), when another comma follows, else ``k``."""
    tokens = ctx.tokens
    if k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].bare in lexicon.VILLAGE_OPENING_WORDS:
        # ", Desa X, Kecamatan Y, Budi": the village (a place the article reads), then its district
        at = tokens[k + 1].start
        village = ctx.mentioned_starting_at(at, EntityType.PLACE)
        if village is None:
            return k
        after = ctx.token_index(max(m.span.end for m in village.mentions if m.span.start == at))
        if after + 1 >= len(tokens) or tokens[after].text != ",":
            return k
        return _district_set_off(ctx, after) if tokens[after + 1].bare == "Kecamatan" else after
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].bare != "Kecamatan":
        return k
    district = gazetteer.match_at(ctx.text, tokens[k + 1].start, {"kecamatan"})
    if district is None or not district.explicit:
        return k
    after = ctx.token_index(district.end)
    if (
        after + 2 < len(tokens)
        and tokens[after].text == ","
        and tokens[after + 1].bare in {"Kabupaten", "Kota"}
    ):
        # ", Kecamatan X, Kabupaten Y, Budi": the regency the district lies in, then the name
        regency = gazetteer.match_at(ctx.text, tokens[after + 1].start, {"kabupaten", "kota"})
        if regency is not None and regency.explicit:
            beyond = ctx.token_index(regency.end)
            if beyond < len(tokens) and tokens[beyond].text == ",":
                return beyond
    return after if after < len(tokens) and tokens[after].text == "," else k


def _lower_title(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is a title word written in lower case: "anggota" anywhere, "kepala" only
    after "selaku"/"sebagai" ("Budi selaku kepala Dinas X")."""
    text = ctx.tokens[i].text
    return text in _LOWER_TITLES or (text in _LOWER_AFTER_AS and i > 0 and ctx.tokens[i - 1].text in _AS)


def _holder_follows(ctx: Context, k: int, *, placed: bool = False) -> bool:
    """Whether a name the tagger reads as a person's follows at token ``k`` (after a comma), or,
    set off by a comma, a name of two words or more that reads as a name and nothing else
    ("anggota Dewan Jaminan Sosial Nasional, Rudi Hartawan Siregar memandang ..."); with no comma,
    one of three words or more (two with a degree after them) after a body ``placed`` by its
    region ("anggota Komisi C DPRD Kota X Sahat Marihot Pardede meminta ...": the region ends the
    body's name, a university's namesake does not)."""
    tokens = ctx.tokens
    comma = k < len(tokens) and tokens[k].text == ","
    k += comma
    if k >= len(tokens):
        return False
    comma = comma or (k > 0 and tokens[k - 1].text.endswith(","))  # ("Nasional," is one token)
    if ctx.person_starts_at(tokens[k].start):
        return True
    name = parse_name(ctx.text, tokens, k) if comma or placed else None
    # ("anggota DPRD Kabupaten X Rina Wati, S.E., ...": two words, then a degree set off by a comma;
    # "anggota Komisi D DPRD Kabupaten X Rina Wati, Kepala ...": two, closed by a comma or "dan")
    shortest = 2 if comma or (name is not None and (name.suffixes or _name_closed(tokens, name))) else 3
    return (
        name is not None
        and len(name.name.split()) >= shortest
        and plausible_person(name.name, ctx.lower_words)
        and not_a_person(ctx, name.name) is None
    )


def _name_closed(tokens: list[Token], name: ParsedName) -> bool:
    """Whether the name ends a clause or a list's item: a comma right after it, or "dan"; or a sentence,
    its full stop after a word of the name, no initial ("... serta anggota Komisi IV DPRD Kabupaten X
    Rina Wati.")."""
    last, after = name.next_index - 1, name.next_index
    if tokens[last].text.endswith(",") or (after < len(tokens) and tokens[after].text in {",", "dan"}):
        return True
    stopped = (after < len(tokens) and tokens[after].text == ".") or (
        tokens[last].text.endswith(".") and len(tokens[last].bare) > 2
    )
    next_word = after + (after < len(tokens) and tokens[after].text == ".")
    return stopped and (next_word >= len(tokens) or tokens[next_word].capitalised)


def _title_word(token: Token) -> str:
    """The token as a title's first word: ``anggota`` is ``Anggota`` (``kepala`` is ``Kepala``: whether
    it may stand for one is :func:`_lower_title`'s)."""
    return (
        token.text.capitalize()
        if token.text in _LOWER_TITLES or token.text in _LOWER_AFTER_AS
        else token.bare
    )


#: the first two words of the regulation types named after an office ("instruksi presiden",
#: "peraturan wali" of "Peraturan Wali Kota"): the office's word there is no title
_DOCUMENT_OPENINGS = frozenset(
    " ".join(surface.split()[:2])
    for surface in lang.mapping("legislation-types", "surface", "type", casefold=True)
    if len(surface.split()) > 1
)


#: the words before a title that make its holder a candidate for it ("calon Bupati", "bakal calon ...")
_CANDIDATE_WORDS = frozenset({"calon", "kandidat"})


def _for_a_candidate(tokens: list[Token], i: int) -> bool:
    """Whether the title at token ``i`` is a candidate's: "calon" or "kandidat" before it."""
    return i > 0 and tokens[i - 1].text.lower() in _CANDIDATE_WORDS


def match_title(ctx: Context, i: int) -> TitleMatch | None:
    """A full title phrase at token ``i`` (acting form, title, organisation or jurisdiction)."""
    tokens = ctx.tokens
    start_i = i
    tenure = "regular"
    acting = None
    if not _may_start_title(tokens[i]):
        return None  # most tokens start no title: answer fast
    if tokens[i].text in _LOWER_BEFORE:
        return _lower_deputy(ctx, i)
    if (
        i > 0
        and tokens[i - 1].capitalised
        and f"{tokens[i - 1].text} {tokens[i].text}".lower() in _DOCUMENT_OPENINGS
    ):
        # "Instruksi Presiden (Inpres)", "Peraturan Bupati": a regulation's type, no office ("keputusan
        # Menteri Keuangan Budi ..." in lower case is the minister's decision, and the minister)
        return None
    if tokens[i].text in _LOWER_AFTER_AS and not _lower_title(ctx, i):
        return None  # "kepala desa", "ketua RT": a lower-case office only after "selaku"/"sebagai"
    if i > 0 and tokens[i - 1].text.lower() in lexicon.FORMER:
        tenure = "former"
    elif _for_a_candidate(tokens, i):
        tenure = "candidate"  # "calon Wakil Bupati Marihot": a candidate, who holds no office
    for surface in _ACTING_BY_FIRST.get(tokens[i].bare, ()):
        nxt = _words_at(ctx, i, surface)
        if nxt is not None:
            acting = lexicon.ACTING[surface]
            _, i = _skip_parenthetical(ctx, nxt)
            tenure = "acting" if tenure == "regular" else tenure
            break
    if i >= len(tokens) or _title_word(tokens[i]) not in _FIRST_WORDS:
        return None
    if _lower_title(ctx, i) and (
        not (i + 1 < len(tokens) and tokens[i + 1].capitalised) or (i and tokens[i - 1].text.lower() in _MANY)
    ):
        return None  # "anggota keluarga", "seluruh anggota Himapol": a lower-case title only of one person
    for key in _TITLES_BY_FIRST.get(_title_word(tokens[i]), ()):
        nxt = _words_at(ctx, i, key)
        if nxt is None:
            continue
        if " " in key and parse_spelled_facility(ctx, nxt - 1) is not None:
            continue  # "Kepala Pusat Kesehatan Masyarakat (Puskesmas) Dinoyo": "Pusat" opens the facility
        if " " in key and _board_spelled_at(tokens, nxt - 1) and _board_branch(ctx, nxt - 1) is not None:
            continue  # "Ketua Dewan Pimpinan Cabang Partai X": "Dewan" opens the board, no "Ketua Dewan"
        if (
            " " in key
            and nxt < len(tokens)
            and f"{key.split()[-1]} {tokens[nxt].bare}" in lexicon.ORG_HEAD_PAIRS
        ):
            continue  # "Kepala Cabang Dinas Pendidikan ...": the title's last word opens the body's name
        words_end = nxt
        short, nxt = _skip_parenthetical(ctx, nxt)
        if nxt < len(tokens) and tokens[nxt].text == "nonaktif":
            nxt += 1  # "Kades nonaktif X, Kecamatan Y, Budi": a suspended holder, still of the office
        if _seat_number(ctx, key, nxt):
            nxt += 1  # "Wakil Ketua II DPRD Kota Malang": which of the deputies, then the body
        nxt = _past_ordinal(ctx, nxt)  # "Presiden ke-7 RI Budi Santoso": which holder of the office
        match = _complete(ctx, key, nxt, short)
        if match is None:
            continue
        if (
            " " in key
            and match.org is not None
            and _opens_the_body(ctx, key, match.org, tokens[words_end - 1])
        ):
            continue  # "Ketua Dewan Kerajinan Nasional Daerah": "Dewan" opens the body's name, no "Ketua Dewan"
        match = _unit_of_the_represented(ctx, nxt, match)
        if match.org is None and (fixed := match.fixed_org) is not None:
            # "Menkeu RI Budi", "Jaksa Agung RI Hartono": a national office, then its country
            past = past_ri(ctx.tokens, match.next_index)
            if past > match.next_index:
                match = replace(match, end=tokens[past - 1].bare_end, next_index=past)
            elif fixed.startswith("Kementerian ") and (foreign := _foreign_country_at(ctx, match.next_index)):
                match = _of_foreign_state(ctx, match, *foreign)
        if (district := _district_set_off(ctx, match.next_index)) > match.next_index:
            # "Kepala Desa Sumberejo, Kecamatan Batu, Budi": where the village lies, then its head
            match = replace(match, next_index=district)
        role, aliases = match.role, match.aliases
        if acting:
            aliases = (*(f"{lexicon.ACTING_SHORT[acting]} {a}" for a in (role, *aliases)), *aliases)
            role = f"{acting} {role}"
        return TitleMatch(
            role,
            tuple(dict.fromkeys(aliases)),
            match.org,
            match.fixed_org,
            tenure,
            tokens[start_i].start,
            match.end,
            match.next_index,
        )
    if tokens[i].bare == "Menteri":
        return _minister(ctx, start_i, i, tenure)
    return None


def _lower_deputy(ctx: Context, i: int) -> TitleMatch | None:
    """ "wakil ketua Komisi B DPRD X, Budi": a deputy's title written in lower case, "wakil" at token
    ``i`` before a lower-case title word (``Wakil Ketua Komisi B``); none before anything else."""
    tokens = ctx.tokens
    if i + 1 >= len(tokens) or tokens[i + 1].text not in _LOWER_TITLES:
        return None
    title = match_title(ctx, i + 1)
    if title is None:
        return None
    deputy = tokens[i].text.capitalize()
    former = i > 0 and tokens[i - 1].text.lower() in lexicon.FORMER  # "mantan wakil ketua ..."
    return replace(
        title,
        role=f"{deputy} {title.role}",
        role_aliases=tuple(f"{deputy} {a}" for a in title.role_aliases),
        tenure="former" if former else title.tenure,
        start=tokens[i].start,
    )


#: words that make an article court news: a court by name or short form ("Pengadilan Negeri",
#: "PN Semarang", "Tipikor"), a bench of judges, a verdict, a defendant, a public prosecutor. Not
#: "sidang" or "majelis" alone ("sidang paripurna DPRD", "Majelis Ulama"), nor "PT" (a company's).
_COURT_NEWS = re.compile(
    r"\bPengadilan\b|\b(?:PN|PA|PTUN|Tipikor)\s+[A-Z]|\b[Mm]ajelis\s+[Hh]akim\b"
    r"|\b(?:[Vv]onis|[Dd]ivonis|[Tt]erdakwa|JPU)\b|\b[Jj]aksa\s+[Pp]enuntut\b"
)
#: a judge's title and the role it gives: "Hakim Ketua Budi" chairs the bench, "Hakim Anggota
#: Budi" sits on it, "Hakim Tunggal Budi" sits alone, "kata Hakim Budi" is a judge ("Hakim" is also
#: a given name: see _judge_at)
_JUDGE_TITLES = {
    "Hakim Ketua": "Ketua Majelis Hakim",
    "Hakim Anggota": "Hakim Anggota",
    "Hakim Tunggal": "Hakim Tunggal",
    "Hakim Ad Hoc": "Hakim Ad Hoc",
    "Hakim Adhoc": "Hakim Ad Hoc",
    "Hakim": "Hakim",
}
#: the seats of a bench news writes in lower case after "hakim" ("hakim ketua Budi", "hakim ad hoc Ani")
_LOWER_BENCH_SEATS = frozenset({"ketua", "anggota", "tunggal", "ad"})
#: words that introduce a name, so that "Hakim" after them is its first word ("bernama Hakim Santoso")
_NAMING_WORDS = frozenset({"bernama", "berinisial", "nama", "saudara", "sdr", "sdr.", "inisial"})
#: "yang diketuai (oleh)": the one named next chairs what is named before
_CHAIRED = r"yang\s+(?:di)?ketuai\s+(?:oleh\s+)?"
#: "majelis hakim yang diketuai (oleh) Budi": the chair of the bench, named after it
_BENCH_CHAIRED_BY = re.compile(rf"(?:[Mm]ajelis\s+)?[Hh]akim\s+{_CHAIRED}")


def _judge_at(ctx: Context, i: int) -> tuple[str, str, int] | None:
    """A judge's title at token ``i``: its surface, its role and the token after it.

    "Hakim" is a judge's title only in court news (:data:`_COURT_NEWS`) and when no word of a
    name comes right before it ("Abdul Hakim Santoso" is a name; "Ketua Majelis Hakim" is read
    by :func:`match_title`). "majelis hakim yang diketuai" is the chair's title.
    """
    tokens = ctx.tokens
    token = tokens[i]
    if token.text.lower() in {"majelis", "hakim"}:
        chaired = _BENCH_CHAIRED_BY.match(ctx.text, token.start)
        if chaired is not None and (i == 0 or tokens[i - 1].text.lower() != "ketua"):
            return chaired.group().strip(), "Ketua Majelis Hakim", ctx.token_index(chaired.end())
    if token.text == "hakim" and i + 1 < len(tokens) and tokens[i + 1].text in _LOWER_BENCH_SEATS:
        # "Sidang dipimpin hakim ketua Budi, didampingi hakim anggota Ani": the seats written in lower case
        k = i + 2 + (tokens[i + 1].text == "ad")  # ("hakim ad hoc")
        surface = " ".join(t.text.capitalize() for t in tokens[i:k])
        if surface not in _JUDGE_TITLES or _COURT_NEWS.search(ctx.text) is None:
            return None
        return surface, _JUDGE_TITLES[surface], k
    if token.text != "Hakim":
        return None
    if i and (
        (tokens[i - 1].capitalised and tokens[i - 1].text == tokens[i - 1].bare)
        or tokens[i - 1].text.lower() in _NAMING_WORDS
    ):
        return None  # "Abdul Hakim Santoso", "warga bernama Hakim Santoso": a name
    if _COURT_NEWS.search(ctx.text) is None:
        return None
    surface = next(t for t in _JUDGE_TITLES if _words_at(ctx, i, t) is not None)
    k = i + len(surface.split())
    if k < len(tokens) and re.fullmatch(r"I{1,3}|IV|V", tokens[k].text) and not balinese_name_at(ctx, k):
        k += 1  # "Hakim Anggota II Budi": which of the members (not "Hakim Ketua I Wayan Sudarsa"'s "I")
    return surface, _JUDGE_TITLES[surface], k


def extract_judges(ctx: Context) -> list[RoleMention]:
    """Judges named in court news: ``Hakim Ketua Budi``, ``Hakim Anggota Budi``, ``kata Hakim Budi``,
    ``majelis hakim yang diketuai Budi``.

    The name after the title is the person's (without "Hakim"). The judge sits in the court when
    the article names just one (:func:`_implied_body`, as unit heads do); else he is a person
    alone. A person already seated in that court (the bench's chair, later "Hakim Budi") gets no
    second membership.
    """
    mentions: list[RoleMention] = []
    lower = ctx.text.lower()
    if "hakim" not in lower and "majelis" not in lower:
        return mentions  # no token _judge_at reads (most articles): spares a claim test per token
    tokens = ctx.tokens
    i = 0
    while i < len(tokens):
        judge = _judge_at(ctx, i) if not ctx.claimed(tokens[i].start, tokens[i].end) else None
        if judge is None:
            i += 1
            continue
        surface, role_name, k = judge
        title_end = tokens[k - 1].end
        k += k < len(tokens) and tokens[k].text == ","
        name = (
            parse_name(ctx.text, tokens, k)
            if k < len(tokens) and tokens[k].capitalised and not ctx.ends_sentence(k - 1)
            else None
        )
        if (
            name is None
            or _org_like(name)
            or not plausible_person(name.name, titled=True)
            or lexicon.is_common_noun(name.name.split()[0])
        ):
            i += 1  # "Hakim Konstitusi ...", "Hakim Distrik ...": another kind of judge, not a name
            continue
        person = add_person(ctx, name, ctx.stage)
        start = tokens[i].start
        ctx.claim(start, name.full_end, person)  # ('"...," kata Hakim Budi': the speaker is the judge)
        role = ctx.add(EntityType.ROLE, role_name, 0, 0, ctx.stage)
        if surface != role_name:
            role.aliases.add(surface)
        role.mention(ctx.span(start, title_end), ctx.stage, alias=False)  # as extract_titles does
        court = _implied_body(ctx, k, role_name)
        org = add_org(ctx, court, ctx.stage, claim=False) if court is not None else None
        seated = any(m.person is person and m.organization is org for m in ctx.memberships)
        if org is not None and not seated:
            ctx.memberships.append(Membership(person, role, org, ctx.span(start, name.full_end), "regular"))
        mentions.append(RoleMention(role, org, start, title_end, person))
        i = name.next_index
        # "hakim anggota Ani dan Budi": both sit on the bench (a judge's one name the tagger may miss)
        for fellow in _co_holders(ctx, role, i, untagged=True):
            person = add_person(ctx, fellow, ctx.stage)
            ctx.claim(fellow.start, fellow.full_end, person)
            if org is not None:
                ctx.memberships.append(
                    Membership(person, role, org, ctx.span(fellow.start, fellow.full_end), "regular")
                )
            i = fellow.next_index
    return mentions


#: "ke-7", "Ke-13", "keenam": the ordinal of an office's holder ("Presiden ke-7", "Wakil Presiden
#: keenam"); the number words are the cardinals after "ke" ("ketujuh", "kesebelas")
_ORDINAL = re.compile(
    r"[Kk]e-?(?:\d+|" + "|".join(w for w in NUMBER_WORDS if " " not in w and w != "se") + ")|pertama"
)
_ORDINAL_JOINERS = frozenset({"dan", ",", "&"})


def _past_ordinal(ctx: Context, i: int) -> int:
    """The token after an office holder's ordinal at ``i`` ("ke-10 dan 12", "ke-7"), or ``i``."""
    tokens = ctx.tokens
    if i >= len(tokens) or not _ORDINAL.fullmatch(tokens[i].text):
        return i
    i += 1
    # "Wakil Presiden ke-10 dan 12 Jusuf Kalla": one holder, twice in office
    while i + 1 < len(tokens) and tokens[i].text in _ORDINAL_JOINERS and tokens[i + 1].text.isdigit():
        i += 2
    return i


def _seat_number(ctx: Context, key: str, i: int) -> bool:
    """Whether token ``i`` is the roman number after a deputy's title that says which deputy
    ("Wakil Ketua II DPRD"), with a body's name after it, or its holder's after a comma ("Wakil
    Ketua II, Budi")."""
    tokens = ctx.tokens
    return (
        key.startswith("Wakil ")
        and i + 1 < len(tokens)
        and re.fullmatch(r"I{1,3}|IV", tokens[i].bare) is not None
        and (tokens[i + 1].capitalised or tokens[i + 1].text == ",")
    )


def _town_official(ctx: Context, org: str, region: gazetteer.Region, i: int) -> bool:
    """Whether an office whose body is ``org`` (a title's pattern) is a town's official with the
    article's town ``region`` its town, its holder's name at token ``i``: "diterima Lurah Budi" in
    a town's article leaves the village out, not the town (a camat or lurah serves the Pemkot or
    Pemkab); "Camat Kendari Selatan" names a district the gazetteer does not list, no holder."""
    if org != "{city_gov}" or region.level not in {"kota", "kabupaten"} or i >= len(ctx.tokens):
        return False
    return _tagged_name_opens(ctx, ctx.tokens[i]) and region_at(ctx, i, bare=True) is None


def _tagged_name_opens(ctx: Context, token: Token) -> bool:
    """Whether an honorific, or a name the tagger reads as a person's, opens at ``token``."""
    return token.text in lexicon.HONORIFICS or ctx.person_starts_at(token.start)


def _name_opens(ctx: Context, i: int) -> bool:
    """Whether a person's name (or an honorific before one) opens at token ``i``: one the tagger
    reads, or a word of a person's name the article has given."""
    if i >= len(ctx.tokens):
        return False
    token = ctx.tokens[i]
    return _tagged_name_opens(ctx, token) or any(
        token.bare in person.name.split() for person in ctx.of_type(EntityType.PERSON)
    )


def _one_town_within(
    ctx: Context, region: gazetteer.Region, levels: frozenset[str]
) -> gazetteer.Region | None:
    """``Bupati Budi`` in a story the province is named most in: the one town (of the title's
    ``levels``) within the province ``region`` the article names, whose office it is, if one."""
    if region.level != "provinsi":
        return None
    towns = {
        code
        for code in ctx.region_codes.values()
        if code.startswith(f"{region.code}.")
        and (town := gazetteer.get(code)) is not None
        and town.level in levels
    }
    return gazetteer.get(towns.pop()) if len(towns) == 1 else None


#: the organisation of a village head's title that is the village's own government: "{gov}", or
#: the government of a village of a kind ("Pemerintah Gampong {bare}")
_OWN_VILLAGE_GOVERNMENT = re.compile(r"\{gov\}|Pemerintah (\w+) \{bare\}")
#: the words that open a village's name which a village head's title may write before it
_VILLAGE_KIND_WORDS = frozenset({"Desa", "Kampung", "Gampong"})


def _unlisted_village(ctx: Context, title: lexicon.Title, i: int) -> tuple[str, int, int] | None:
    """The village a village head's title names from token ``i`` when the gazetteer does not list it
    but the article has read it as a place with its level word ("Desa Karangsari Kidul"): its name,
    where its words end and the token after them; none for an office not of a village's own
    government."""
    own = _OWN_VILLAGE_GOVERNMENT.fullmatch(title.org or "")
    if own is None or "desa" not in title.levels:
        return None
    tokens = ctx.tokens
    word = own.group(1) or "Desa"  # ("Keuchik" heads a "Gampong")
    if i < len(tokens) and tokens[i].text in _VILLAGE_KIND_WORDS:
        # "Kaur Umum Desa Sumber Jaya", "Petinggi Kampung Muara Zorba": the level's word after the
        # title, which names the village's kind (Kalimantan's and Papua's "Kampung", Aceh's "Gampong")
        word = tokens[i].text
        i += 1
    for width in (4, 3, 2, 1):
        words = tokens[i : i + width]
        if (
            len(words) < width
            or not words[-1].capitalised
            or not all(t.capitalised and t.text == t.bare for t in words[:-1])
        ):
            continue
        bare = ctx.text[words[0].start : words[-1].bare_end]
        name = f"{word} {bare}"
        place = ctx.find(EntityType.PLACE, name)
        if (place is not None and not place.identifier) or (
            # ("Kepala Desa Zorbatinggi, Marihot" in an article writing "di Desa Zorbatinggi" too, which the
            # gazetteer does not list: a place no stage has read yet; "Kades Sumber Jaya, Kecamatan X,
            # Marihot": the village's name is all its words up to the district set off after it)
            not gazetteer.lookup(bare, lexicon.LOCAL_LEVELS)
            and ctx.text[words[-1].bare_end : words[-1].bare_end + 1] == ","
            and (
                written_with_level(ctx, bare, word, besides=words[0].start, headless=True)
                # ("... di Lapangan Gampong Lam Zorba"; not the head's title and name again)
                or written_without_its_head(ctx, f"{word} {bare}", besides=words[0].start)
                or _district_set_off(ctx, i + width) > i + width
            )
        ):
            return name, words[-1].bare_end, i + width
    return None


def _complete(ctx: Context, key: str, i: int, short: str | None) -> Completion | None:
    """The organisation part of a title: implied by the title, or the phrase after it."""
    tokens = ctx.tokens
    aliases = tuple(a for a in (short,) if a)
    last_end = tokens[i - 1].end
    org: OrgMatch | None
    if key in lexicon.MINISTERS:
        subject = lexicon.MINISTERS[key]
        return Completion(f"Menteri {subject}", (key, *aliases), None, f"Kementerian {subject}", last_end, i)
    if key in lexicon.DEPUTY_MINISTERS:
        subject = lexicon.DEPUTY_MINISTERS[key]
        role = f"Wakil Menteri {subject}"
        return Completion(role, (key, *aliases), None, f"Kementerian {subject}", last_end, i)
    if key in lexicon.CONTRACTED:
        role, abbr = lexicon.CONTRACTED[key]
        info = gazetteer.lookup_abbreviation(abbr)
        found = region_at(ctx, i, {"kota", "kabupaten", "provinsi"}, bare=True)
        region = found[0] if found else ctx.home_region
        full = info.full if info else abbr
        org_name = f"{full} {lexicon.jurisdiction_name(region.name, region.level)}" if region else full
        end, nxt = (found[1], found[2]) if found else (last_end, i)
        org = OrgMatch(
            org_name,
            tokens[i].start if i < len(tokens) else end,
            end,
            nxt,
            (abbr,),
            True,
            region,
            explicit=False,
        )
        return Completion(role, (key,), org, None, end, nxt)
    if key in lexicon.TITLES:
        title = lexicon.TITLES[key]
        aliases = tuple(dict.fromkeys((*aliases, *(a for a in (title.short,) if a), key)))
        aliases = tuple(a for a in aliases if a != title.role)
        if title.org is None:
            country = country_at(ctx, i)
            if country is not None:
                # "Presiden AS Daniel Carter", "Perdana Menteri Jepang": the head of another state
                name, end, nxt = country
                if name == "Indonesia":  # "Jaksa Agung RI": the office's own national body
                    fixed = title.fixed_org or lexicon.NATIONAL_GOVERNMENT
                    return Completion(title.role, aliases, None, fixed, end, nxt)
                org = OrgMatch(f"Pemerintah {name}", tokens[i].start, end, nxt, (), True, explicit=False)
                return Completion(title.role, aliases, org, None, end, nxt)
            if title.fixed_org is None:
                return None  # a title that needs a country and has none
            named = _fixed_body_after(ctx, i, title.fixed_org)
            if named is not None:
                # "Jaksa Agung Muda Intelijen Kejaksaan Agung, Hendra ...": the body written out after the title
                return Completion(title.role, aliases, named, None, named.end, named.next_index)
            return Completion(title.role, aliases, None, title.fixed_org, last_end, i)
        unit = title.org.split()[0]
        if unit in UNIT_ABBREVIATIONS:
            # "Kapolresta Malang Kota": police and prosecution units are named by place words, not regions
            info = gazetteer.lookup_abbreviation(unit)
            if info is None:
                return None
            org = parse_unit(ctx, info, i, i, unit) if i < len(tokens) else None
            if org is None or org.next_index == i:
                # "Wakapolres Kompol Rudi" after "Kapolres Pacitan": the unit the article already named
                org = _the_unit_named(ctx, info, unit, i)
            if org is None:
                return None
            org = replace(org, explicit=False)
            return Completion(title.role, aliases, org, None, org.end, org.next_index)
        village = _unlisted_village(ctx, title, i)
        found = _jurisdiction(ctx, i, title.levels) if village is None else None
        if village is not None:
            # "Kepala Desa Karangsari Kidul Darsono" after "di Desa Karangsari Kidul": the village the
            # article writes, which the gazetteer does not list (though it may list a shorter name
            # of another: "Desa Karangsari")
            name, end, nxt = village
            if ctx.find(EntityType.PLACE, name) is None:
                ctx.add(EntityType.PLACE, name, tokens[i].start, end, ctx.stage)  # (read from the title only)
            government = f"Pemerintah {name}"  # (of a village of any kind's word: "Pekon X", "Gampong Y")
            # (named as the village too, as a listed village's government is: "Desa X")
            return Completion(
                title.role,
                aliases,
                OrgMatch(government, end, end, nxt, (name,), True, explicit=False),
                None,
                end,
                nxt,
            )
        if found is None:
            other = parse_org(ctx, i, before_name=True) if i < len(tokens) else None
            if other is not None and other.abbreviation:
                # "Gubernur BI Hadi Santoso"
                return Completion(title.role, aliases, other, None, other.end, other.next_index)
            region = _deputy_jurisdiction(ctx, title.role, i, title.levels) or ctx.home_region
            if region is not None and region.level == "provinsi" and title.levels & {"kota", "kabupaten"}:
                # "dihadiri Wakil Bupati X, Sekretaris Daerah Y": the town whose official was listed before
                region = _listed_after_town_official(ctx, i, region) or region
            if region is not None and region.level not in title.levels and _name_opens(ctx, i):
                region = _one_town_within(ctx, region, title.levels) or region
            if region is None or not (
                region.level in title.levels or _town_official(ctx, title.org, region, i)
            ):
                return None
            end, nxt = last_end, i
        else:
            region, end, nxt = found
        # a lurah of a desa (a kalurahan of Yogyakarta) heads the village's own government, not a
        # department of the town's
        city = region if region.level == "desa" else gazetteer.town_of(region)
        org_name = title.org.format(
            gov=lexicon.government_name(region.name),
            city_gov=lexicon.government_name(city.name),
            place=region.name,
            bare=region.bare,
            region=lexicon.jurisdiction_name(region.name, region.level),
        )
        org = OrgMatch(
            org_name,
            tokens[i].start if found else end,
            end,
            nxt,
            _org_aliases(ctx, org_name, city if "{city_gov}" in title.org else region),
            True,
            region,
            explicit=False,
        )
        return Completion(title.role, aliases, org, None, end, nxt)
    role = lexicon.POSITIONS[key]
    if i >= len(tokens) or (i > 0 and ctx.broken_before(i)):
        return None  # ('tutur Rektor.' and a new line 'Kepala Bappeda ...': no body of the rector's)
    if key in {"Asisten", "Staf Ahli"}:
        return _assistant(ctx, key, i, aliases)
    if role == _AMBASSADOR and (embassy := _embassy(ctx, i)) is not None:
        # "Duta Besar Jepang untuk Indonesia Masaki ...": a foreign state's envoy, of its embassy
        return Completion(role, (*aliases, key), embassy, None, embassy.end, embassy.next_index)
    mosque_board = _mosque_board(ctx, i, key)
    if mosque_board is not None:
        # "Ketua Takmir Masjid Jami' Baiturrahim, H. Budi": the chair of the mosque's board
        words, mosque = mosque_board
        if not words:  # "Takmir Masjid X, H. Budi": the board's word is the title
            return Completion(role, aliases, mosque, None, mosque.end, mosque.next_index)
        return Completion(
            f"{role} {words}", (*aliases, f"{key} {words}"), mosque, None, mosque.end, mosque.next_index
        )
    branch = _board_branch(ctx, i)
    if branch is not None:
        # "Ketua DPC PDI Perjuangan Kota Malang", "Ketua DPC HNSI Kabupaten Y": the party or the
        # association, by its branch's office
        body, end, nxt = branch
        # "DPC", "DPD": the board the office sits on, by its short form however written
        board = _board_spelled_at(tokens, i) or tokens[i].bare
        return Completion(f"{role} {board}", (*aliases, f"{key} {board}"), body, None, end, nxt)
    office = _regional_office(ctx, key, i)
    if office is not None:
        role = lexicon.POSITIONS[key.split()[0]] if key.endswith(" Kantor") else role
        return Completion(role, (*aliases, key), office, None, office.end, office.next_index)
    base = lexicon.POSITION_ORG_PREFIX.get(key)
    if base in NAMED_AFTER_HEROES and (info := gazetteer.lookup_abbreviation(base)) is not None:
        # "Danlanud Abd Saleh Marsma TNI Budi": the base named after its hero, as "Lanud Abd Saleh" is
        named = parse_unit(ctx, info, i, i, base)
        if named.name != info.full:  # (no name after the title: the base the article means is unknown)
            return Completion(role, (*aliases, key), named, None, named.end, named.next_index)
    # "Kadis Kominfo": a unit's head names its unit type, so the region's Dinas, not the ministry
    org = (
        _unit_by_portfolio(ctx, i, lexicon.POSITION_ORG_PREFIX[key])
        if key in lexicon.POSITION_ORG_PREFIX
        else None
    )
    org = org or parse_org(ctx, i, before_name=True) or _body_defined_before(ctx, i)
    section = _section_of_secretariat(ctx, key, org) if org is not None else None
    if section is not None:
        # "Kabag Prokopim Budi": the head of a section the lexicon knows, in the region's Setda
        return _in_portfolio(role, aliases, key, *section)
    if (
        org is not None
        and key == "Deputi"
        and org.name.startswith("Bidang ")
        and (ministry := _seat_of_unit(ctx, i, org, ("Kementerian",))) is not None
    ):
        # "dari Kementerian X. ... diserahkan Deputi Bidang Koordinasi Y, Budi": the ministry's deputy
        # for that field
        return Completion(
            f"{role} {org.name}", (*aliases, f"{key} {org.name}"), ministry, None, org.end, org.next_index
        )
    # "Pemimpin Divisi Kredit Konsumer dan Ritel Bank X, Budi": a division read without the body named
    # after it is the office's portfolio too (not "Divisi Kredit" and a person "Konsumer")
    # ("Kepala Bagian Organisasi Sekretariat Daerah X, Budi": a division's head, the word before the body
    # a head word that opens no body of its own, the division's field)
    fielded = (
        org is not None
        and lexicon.POSITION_ORG_PREFIX.get(key) in DIVISIONS
        and len(org_words := org.name.split()) > 1
        and starts_sibling(org_words[1])
    )
    if org is None or fielded or (org.parent is None and org.name.split()[0] in _DIVISION_WORDS):
        portfolio = _portfolio(ctx, i)
        if portfolio is not None:
            return _in_portfolio(role, aliases, key, *portfolio)
    if org is None and key in lexicon.POSITION_ORG_PREFIX:
        org = implied_unit(ctx, i, lexicon.POSITION_ORG_PREFIX[key])
        seated = _office_in_named_body(ctx, i, org, lexicon.POSITION_ORG_PREFIX[key]) if org else None
        if seated is not None and org is not None:
            words, body = seated
            return Completion(
                f"{role} {words}", (*aliases, f"{key} {words}"), body, None, org.end, org.next_index
            )
    if org is None and key in _DINAS_OFFICES:
        org = _unit_by_portfolio(ctx, i, "Dinas")  # "Sekretaris PUPR Sumenep": the Dinas of that portfolio
    if org is None:
        org = _body_before_name(ctx, i) or _acronym_before_name(ctx, i)
    if org is None:
        org = _implied_body(ctx, i, role)  # "Kasat Reskrim AKP ...": a unit of the resort the article names
    if org is None:
        org = _represented_body(ctx, i)  # "Kepala X yang diwakili Deputi Kepala Perwakilan, Budi": X
    if org is None and role == "Wakil Ketua":
        org = _house_of_the_sentence(ctx, i)
    if org is None:
        return None
    org = _within(ctx, org)
    # A role node is shared vocabulary: only forms of the title itself are its aliases, never org-specific ones.
    role_aliases = (*aliases, key)
    field = _field_after(ctx, org.next_index)
    if field is not None:
        # "Wakil Rektor UGM Bidang Akademik": the office's portfolio, written after its body
        words, nxt = field
        role_aliases = (*(f"{a} {words}" for a in role_aliases), *role_aliases)
        role = f"{role} {words}"
        return Completion(
            role, tuple(a for a in role_aliases if a != role), org, None, tokens[nxt - 1].bare_end, nxt
        )
    return Completion(role, tuple(a for a in role_aliases if a != role), org, None, org.end, org.next_index)


#: the envoy of a state, whose body is that state's embassy
_AMBASSADOR = "Duta Besar"


def _embassy(ctx: Context, i: int) -> OrgMatch | None:
    """``Duta Besar Jepang (untuk Indonesia)`` at token ``i``: the foreign state's embassy (not
    Indonesia's own abroad, whose embassies are named by their city)."""
    found = country_at(ctx, i)
    if found is None or found[0] == "Indonesia":
        return None
    country, end, nxt = found
    tokens = ctx.tokens
    if nxt + 1 < len(tokens) and tokens[nxt].text == "untuk" and tokens[nxt + 1].bare in {"Indonesia", "RI"}:
        end, nxt = tokens[nxt + 1].bare_end, nxt + 2  # "... untuk Indonesia": the country it is sent to
        if nxt < len(tokens) and tokens[nxt].text == ",":
            nxt += 1
    return OrgMatch(f"Kedutaan Besar {country}", tokens[i].start, end, nxt, (), True, explicit=False)


#: offices of a regional Dinas that news writes with the Dinas's portfolio alone ("Sekretaris PUPR Sumenep")
_DINAS_OFFICES = frozenset({"Kepala", "Sekretaris"})
#: the words opening an office's portfolio written after its body: "Wakil Rektor UGM Bidang Akademik",
#: "Anggota KPU Kota X Divisi Teknis Penyelenggaraan"
_FIELD_WORDS = frozenset({"Bidang", "Divisi"})
#: small words inside a portfolio's name ("Bidang Penelitian dan Pengabdian kepada Masyarakat")
_FIELD_JOINERS = frozenset({"dan", "serta", "kepada", "&", ","})


def _field_after(ctx: Context, j: int) -> tuple[str, int] | None:
    """``Bidang Akademik`` after an office's body at token ``j``: the portfolio's words and the token after them.

    The words are portfolio words (common nouns, a ministry's subjects) and the small words
    joining them; a person's name or anything else ends them.
    """
    tokens = ctx.tokens
    if j + 1 >= len(tokens) or tokens[j].text not in _FIELD_WORDS:
        return None
    k = j + 1
    last = None
    while k < len(tokens):
        token = tokens[k]
        # a portfolio's word ("Akademik"); a division's is never a name's start ("Divisi Teknis Penyelenggaraan")
        division = tokens[j].text == "Divisi" and lexicon.is_common_noun(token.bare)
        portfolio = _portfolio_word(token.bare) or token.bare.lower() in common_words() or division
        if token.capitalised and portfolio and (division or not ctx.person_starts_at(token.start)):
            last = k
            if token.text != token.bare:
                break  # "Bidang Akademik, Budi": a comma or full stop ends it
            k += 1
        elif (
            token.text in _FIELD_JOINERS
            and last == k - 1
            and k + 1 < len(tokens)
            and tokens[k + 1].capitalised
        ):
            k += 1
        elif (
            token.text == ","
            and last == k - 1
            and k + 2 < len(tokens)
            and tokens[k + 1].text in {"dan", "serta"}
            and tokens[k + 2].capitalised
        ):
            k += 2  # "Divisi Sosialisasi, Pendidikan, dan Partisipasi Masyarakat": a comma before the last
        else:
            break
    if last is None:
        return None
    return ctx.text[tokens[j].start : tokens[last].bare_end], last + 1


#: a party's boards from the centre down: central, regional (two names), branch, sub-branch
_PARTY_BRANCHES = frozenset({"DPP", "DPW", "DPD", "DPC", "PAC"})
#: an association's boards by the same short forms, and those of a "Badan" (not "BPD", a village's council)
_BOARD_SHORTS = _PARTY_BRANCHES | {"BPP", "BPC"}
#: ... as written out ("Ketua Dewan Pimpinan Cabang Partai X Kabupaten Y"), by their short forms: a
#: "Dewan" (board) at each level by its level's initial, the few a "Badan" has, a party's sub-branch
_BOARDS_SPELLED: dict[tuple[str, ...], str] = {
    **{
        ("Dewan", kind, level): f"DP{level[0]}"
        for kind in ("Pimpinan", "Pengurus")
        for level in ("Pusat", "Wilayah", "Daerah", "Cabang")
    },
    ("Badan", "Pimpinan", "Cabang"): "BPC",
    ("Badan", "Pengurus", "Pusat"): "BPP",
    ("Badan", "Pengurus", "Cabang"): "BPC",
    ("Pimpinan", "Anak", "Cabang"): "PAC",
}


#: the last words of titles that also open the names of bodies after them: "Ketua Dewan" (of a
#: board: "Ketua Dewan Pengawas") before "Kerajinan Nasional Daerah (Dekranasda)", whose name is
#: "Dewan Kerajinan ..." (unlike "Kepala Bagian" or "Ketua Fraksi", whose body is the title's too)
_BODY_OPENING_TITLE_WORDS = frozenset({"Dewan"})


def _opens_the_body(ctx: Context, key: str, org: OrgMatch, last: Token) -> bool:
    """Whether the last word of the title ``key`` (token ``last``) is the first of the body's name
    found after it (:data:`_BODY_OPENING_TITLE_WORDS`), read back into the body's name or not."""
    if last.bare not in _BODY_OPENING_TITLE_WORDS:
        return False
    if org.start <= last.start:
        return True
    first = ctx.text[org.start :].split(maxsplit=1)[:1]
    return bool(first) and org.name.startswith(f"{last.bare} {first[0]}")


def _board_spelled_at(tokens: list[Token], i: int) -> str | None:
    """The short form of a board written out from token ``i`` ("Dewan Pimpinan Cabang": "DPC")."""
    return _BOARDS_SPELLED.get(tuple(t.bare for t in tokens[i : i + 3]))


def _board_branch(ctx: Context, i: int) -> tuple[OrgMatch, int, int] | None:
    """``DPC PDI Perjuangan Kota Malang``, ``DPD Partai Golkar Jawa Timur``, ``DPC HNSI Kabupaten Y``
    (or the board written out: ``Dewan Pimpinan Cabang Partai X ...``, ``Badan Pimpinan Cabang
    Perhimpunan ...``) at token ``i``: the party or association, and where the branch's name (with
    the region it is the branch of) ends. The person is a member of the body, in the role "Ketua DPC"."""
    tokens = ctx.tokens
    spelled = _board_spelled_at(tokens, i)
    first = i + 3 if spelled else i + 1  # ("Dewan Pimpinan Cabang Partai X ...": the board written out)
    if (tokens[i].bare not in _BOARD_SHORTS and spelled is None) or first >= len(tokens):
        return None
    body = parse_org(ctx, first, before_name=True)
    if body is None or body.start != tokens[first].start or body.parent is not None:
        return None
    info = gazetteer.lookup_full(body.name)
    party = body.name.startswith("Partai ") or (info is not None and info.kind == "party")
    if not party and (body.government or body.abbreviation is None):
        # a board of a party, or of an association named with its short form (the lexicon's, or the
        # article's): not "DPD RI", nor an unknown body whose name may run into its chair's
        return None
    region = region_at(ctx, body.next_index, {"provinsi", "kabupaten", "kota"}, bare=True)
    end, nxt = (region[1], region[2]) if region else (body.end, body.next_index)
    # (the branch as written is a name of it too: "DPC Partai X (PX) Kabupaten Y")
    written = ctx.text[tokens[i].start : end]
    aliases = (*body.aliases, written, without_brackets(written))
    return replace(body, aliases=tuple(dict.fromkeys(aliases))), end, nxt


def _regional_office(ctx: Context, key: str, i: int) -> OrgMatch | None:
    """``Kakanwil Kemenkumham Jatim``, ``Kepala Kantor Wilayah Kemenag Jatim``: the head of a regional office."""
    if lexicon.POSITION_ORG_PREFIX.get(key) == "Kantor Wilayah":
        return regional_office(ctx, i, i)
    if key.endswith(" Kantor") and i > 0:
        office = parse_regional_office(ctx, i - 1)
        if office is not None:
            return office
        # "Kepala Kantor Pencarian dan Pertolongan (Basarnas) Ambon": a national body's office in a
        # region, named "Kantor ..." with its place, not the national body its abbreviation names
        local = parse_org(ctx, i - 1, before_name=True)
        if local is not None and local.start == ctx.tokens[i - 1].start and local.region is not None:
            return local
        return _local_office(ctx, i)
    return None


def _local_office(ctx: Context, i: int) -> OrgMatch | None:
    """``Kepala Kantor Kemenag Kota Malang``: a national body, by its short form at token ``i``, and
    the city or regency after it: the body's office there (``Kantor Kementerian Agama Kota Malang``)."""
    tokens = ctx.tokens
    info = gazetteer.lookup_abbreviation(tokens[i].bare) if i < len(tokens) else None
    if info is None or info.scope != "national" or not info.government:
        return None
    found = region_at(ctx, i + 1, {"kota", "kabupaten"}, bare=True)
    if found is None:
        return None
    region, end, nxt = found
    written = ctx.text[tokens[i - 1].start : end]
    name = f"Kantor {info.full} {jurisdiction_name(region)}"
    return OrgMatch(name, tokens[i - 1].start, end, nxt, (written,), True, region, info.full)


def _fixed_body_after(ctx: Context, i: int, fixed: str) -> OrgMatch | None:
    """The fixed body of a national title written after it at token ``i``, perhaps after the unit
    the office heads: "Dirtipidter Bareskrim Polri Brigjen ...", "Karopenmas Divisi Humas Polri"."""
    tokens = ctx.tokens
    units: tuple[OrgMatch, ...] = ()
    for _ in range(2):
        named = parse_org(ctx, i) if i < len(tokens) and tokens[i].capitalised else None
        if named is None:
            return None
        if named.name == fixed:
            force = parse_org(ctx, named.next_index) if _force_at(ctx, named.next_index) else None
            if force is not None:
                # "Dirtipidter Bareskrim Polri Brigjen ...": the force the agency belongs to, after it
                units, named = (*units, force), replace(named, end=force.end, next_index=force.next_index)
            return replace(named, named_with=units) if units else named  # the unit stays a body of its own
        if named.parent == fixed or named.name.endswith(f" {fixed}"):
            return replace(named, name=fixed, named_with=(named,))  # "Divisi Humas Polri"
        units, i = (named,), named.next_index
    return None


def _force_at(ctx: Context, i: int) -> bool:
    """Whether the national police or armed forces ("Polri", "TNI") are named at token ``i``."""
    return i < len(ctx.tokens) and ctx.tokens[i].bare in _FORCES


def _unit_by_portfolio(ctx: Context, i: int, unit: str) -> OrgMatch | None:
    """``Kadis PUPR Kaltim``: the unit's short portfolio after a position that names the unit type.

    The Dinas is ``Dinas PUPR`` of the lexicon, in the region written after it (or the
    article's own region). A short region name the gazetteer lacks (``Kadis PUPR Marasi``)
    gives no unit: which Dinas is meant is unknown.
    """
    word = ctx.tokens[i].bare
    if not word[:1].isupper():
        return None
    info = gazetteer.lookup_abbreviation(f"{unit} {word}")
    if info is None:
        return None
    match = known_match(ctx, info, i, i + 1, f"{unit} {word}")
    j = match.next_index
    if (
        j == i + 1
        and j + 1 < len(ctx.tokens)
        and ctx.tokens[j].text in {"dan", ","}
        and ctx.tokens[j + 1].capitalised
        and ctx.tokens[j + 1].bare not in lexicon.TITLE_FIRST_WORDS
    ):
        # "Kepala Bagian Pemerintahan dan Otonomi Daerah Setda X": a longer portfolio than the
        # lexicon's "Bagian Pemerintahan", read whole as the unit its head's title implies
        return None
    if j == i + 1 and j + 1 < len(ctx.tokens) and _written_as_a_place(ctx, ctx.tokens[j].bare):
        # "Kadis PUPR Marasi Rini Astuti Pasaribu ... di Marasi": a region the gazetteer lacks. Which
        # Dinas is unknown (not the article's own region), and "Marasi" is not part of the name.
        return None
    return match


def _written_as_a_place(ctx: Context, word: str) -> bool:
    """Whether the article writes ``word`` alone after a preposition of place (``di Marasi.``)."""
    tokens = ctx.tokens
    return any(
        t.bare == word
        and k > 0
        and tokens[k - 1].text in {"di", "ke", "dari"}
        and (k + 1 == len(tokens) or t.text != t.bare or not tokens[k + 1].capitalised)
        for k, t in enumerate(tokens)
    )


def _the_unit_named(ctx: Context, info: OrgInfo, unit: str, i: int) -> OrgMatch | None:
    """The one unit of ``info``'s kind (``Kepolisian Resor``) the article has named so far, if just one:
    by a title, or written by its abbreviation ``unit`` and its place before token ``i`` ("Polres
    Zorba menerjunkan ... dipimpin Wakapolres Kompol Nama": the organisations stage reads it later)."""
    units = {e.name for e in ctx.of_type(EntityType.ORGANIZATION) if e.name.startswith(info.full + " ")}
    if not units:
        units = {
            m.name
            for k in range(i)
            if ctx.tokens[k].text == unit and (m := parse_unit(ctx, info, k, k + 1, unit)).next_index > k + 1
        }
    if len(units) != 1:
        return None
    at = ctx.tokens[i].start if i < len(ctx.tokens) else len(ctx.text)
    return OrgMatch(units.pop(), at, at, i, (), True, explicit=False)


def _body_defined_before(ctx: Context, i: int) -> OrgMatch | None:
    """``PT Pertamina Hulu Energi (PHE) ... Direktur Utama PHE Budi``, ``Universitas Balikpapan (Uniba)
    ... Rektor Uniba ...``: an abbreviation at token ``i`` the lexicon lacks and the article defined
    before, in brackets after a body's name: that body."""
    token = ctx.tokens[i]
    abbr = token.bare
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]{1,7}", abbr):
        return None
    if abbr in gazetteer.all_abbreviations() and abbr not in ctx.redefined_abbreviations:
        return None  # (but "Dinas Ketahanan Pangan dan Pertanian (DKPP)" is no ethics council here)
    if i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].bare.isupper():
        return None  # "Ketua LHKP PP Muhammadiyah ...": a unit of the body written next, not the body
    if not abbr.isupper() and any(t.bare in gazetteer.all_abbreviations() for t in ctx.tokens[i + 1 : i + 3]):
        return None  # "Karo Monev Stamarena Polri ...": a unit's words, then the body it sits in
    defined = re.search(rf"\(\s*{re.escape(abbr)}\s*\)", ctx.text[: token.start])
    if defined is None:
        return None
    bracket = ctx.token_index(defined.start())
    # (a name may hold a bracket of its own: "Perusahaan Umum Daerah (Perumda) Tirta Manuntung
    # Balikpapan (PTMB)")
    for k in range(max(0, bracket - 12), bracket):
        body = parse_org(ctx, k) or parse_spelled_out(ctx, k)
        if body is not None and body.name.split()[0].casefold() in lexicon.CONTEST_NOUNS:
            continue  # "Musabaqah Tilawatil Quran (MTQ) ... Ketua Dewan Hakim MTQ": an event, no body
        named = body and next((a for a in body.aliases if a.startswith(f"{abbr} ") and " " in a), None)
        if (
            body is not None
            and named
            and ctx.text.startswith(named, token.start)
            and body.next_index > bracket
        ):
            # "Pondok Pesantren (PP) Tebuireng ... Pengasuh PP Tebuireng KH ...": the kind's
            # abbreviation with the body's own name
            end = token.start + len(named)
            return OrgMatch(
                body.name,
                token.start,
                end,
                ctx.token_index(end - 1) + 1,
                (named,),
                body.government,
                body.region,
            )
        if (
            body is not None
            and body.start == ctx.tokens[k].start
            # the name ends at the bracket, or takes it in, perhaps with its town ("... (UTA) Malang")
            and (
                body.next_index in {bracket, bracket + 3}
                or (body.abbreviation == abbr and body.next_index > bracket)
            )
        ):
            return OrgMatch(
                body.name, token.start, token.bare_end, i + 1, (abbr,), body.government, body.region,
                body.parent, abbreviation=abbr,
            )  # fmt: skip
    return None


def _and_after(tokens: list[Token], j: int) -> bool:
    """Whether "dan" joins the last of a list of capitalised words that runs on from token ``j``."""
    while j < len(tokens) and (tokens[j].capitalised or tokens[j].text == ","):
        j += 1
    return j + 1 < len(tokens) and tokens[j].text == "dan" and tokens[j + 1].capitalised


def _portfolio(ctx: Context, i: int) -> tuple[str, OrgMatch] | None:
    """``Kasi Intel Kejaksaan Negeri ...``, ``Dirjen Bina Pemerintahan Desa pada Kemendagri``.

    A position followed by the words of its portfolio and then the body it sits in: the
    portfolio belongs to the role (*Kepala Seksi Intel*), the body is the organisation.
    """
    tokens = ctx.tokens
    j = i
    while (
        j < len(tokens)
        and j - i < 8
        and (
            (
                tokens[j].capitalised
                and tokens[j].bare != "The"  # "Ketua The Fed": the body's own article, not a portfolio
                and (
                    tokens[j].bare not in lexicon.STOPWORDS
                    or tokens[j].bare in lexicon.REGION_WORDS
                    or _portfolio_word(tokens[j].bare)  # "Kepala Bidang Sumber Daya Air Dinas ..."
                )
            )
            # "Direktur Teknologi Informasi dan Operasi Bank X": two fields joined (not "Ketua Komisi A
            # DPRD X Budi dan Kepala Dinas Y Ani": the next office in a list, with its holder)
            or (
                tokens[j].text == "dan"
                and j > i
                and j + 1 < len(tokens)
                and tokens[j + 1].capitalised
                and _title_word(tokens[j + 1]) not in _FIRST_WORDS
            )
            # "Wakil Rektor Bidang Perencanaan, Keuangan dan Umum": a list of fields
            or (
                tokens[j].text == ","
                and j > i
                and j + 1 < len(tokens)
                and _portfolio_word(tokens[j + 1].bare)
                and _and_after(tokens, j + 1)
            )
        )
    ):
        if tokens[j].text.endswith("."):
            return None
        j += 1
        k = j + 1 if j < len(tokens) and tokens[j].text in {"pada", "di"} else j
        # a body's head word opens it (not "... Primer dan Komunitas Kementerian Kesehatan": a word of
        # the joined field, right before the body's own head)
        headed = (
            k < len(tokens)
            # ("Direktur Keuangan dan SDM PT X": a company's legal form opens it too)
            and (starts_sibling(tokens[k].bare) or tokens[k].bare in COMPANY_FORMS)
            and not (k + 1 < len(tokens) and starts_sibling(tokens[k + 1].bare))
        )
        if (
            k + 1 < len(tokens)
            and (_holder_follows(ctx, k + 1) or tokens[k + 1].text in lexicon.HONORIFICS)
            and parse_org(ctx, k) is None
            # (not "Kabag Hukum Setda Tapteng, ...": a body written already, then its region's short form)
            and not any(t.bare.isupper() or t.bare in gazetteer.all_abbreviations() for t in tokens[i:j])
            and (defined := _body_defined_before(ctx, k)) is not None
        ):
            # "Wakil Rektor Bidang Riset dan Inovasi USR Dr. ...": the body the article defined
            # before by that abbreviation ("Universitas Sidikalang Raya (USR)"), then its holder
            return ctx.text[tokens[i].start : tokens[j - 1].end], defined
        if not headed and any(t.text == "dan" for t in tokens[i:j]):
            # after two fields joined, only a body opening with its head word ends them ("... dan
            # Operasi Bank X"; not "Penindakan dan [Eksekusi KPK]", "Layanan [Informasi Kemenkeu]")
            continue
        # the body its abbreviation spells ("Direktur Riset Nusantara Regional Studies (NRS)"), or
        # one the lexicon lacks set off before the holder ("Direktur Riset IndoRiset, Ali Noer Zaman");
        # a body opening with its head word is read as that body first ("... Dinas X (DX)")
        spelled = parse_spelled_out(ctx, k) if k < len(tokens) and not headed else None
        if spelled is None and k < len(tokens) and tokens[k].bare not in gazetteer.all_abbreviations():
            spelled = _body_before_name(ctx, k, first_common=True)
        if spelled is not None:
            return ctx.text[tokens[i].start : tokens[j - 1].end], spelled
        if k < len(tokens) and tokens[k].capitalised:
            org = parse_org(ctx, k, before_name=True)
            # a body written out, not an abbreviation a run of capitals may have run into ("Komnas PA")
            written_out = tokens[k].bare not in gazetteer.all_abbreviations() and not tokens[k].bare.isupper()
            # after an English title, a company the lexicon knows by a word or written with its legal
            # form ("Vice President Corporate Communication Pertamina, Fadjar ...", "... PT X (Persero)")
            known_word = (
                tokens[i - 1].bare in lexicon.ENGLISH_TITLES
                and (not tokens[k].bare.isupper() or tokens[k].bare == "PT")
                and not any(t.bare.isupper() for t in tokens[i:j])
            )
            # "Direktur Pelayanan RSUD Sukamaju": a facility named after its kind's abbreviation
            named_facility = (
                tokens[k].bare in lexicon.NAMED_FACILITIES and org is not None and org.next_index > k + 1
            )
            # "Kepala Bidang Bina Marga DPUPR": a region's office by its abbreviation, of the article's
            # region (police and courts name their units their own way: "Kanit Reskrim Polsek X")
            regional = (
                (info := gazetteer.lookup_abbreviation(tokens[k].bare)) is not None
                and info.scope == "regional"
                and info.kind == "agency"
                and k == j  # (not "kata JPU Budi di PN X": where the holder was)
                and org is not None
                and org.next_index == k + 1  # (one written with its region is read with its unit below)
            )
            # "Direktur Keuangan PT X": a company written with its legal form
            company = tokens[k].bare in COMPANY_FORMS
            if (
                org is not None
                and org.start == tokens[k].start
                and (written_out or known_word or named_facility or regional or company)
            ):
                words = ctx.text[tokens[i].start : tokens[j - 1].end]
                return words, _within(ctx, org)
    return None


#: the words of a mosque's board after an office ("Ketua Takmir Masjid ...", "Ketua DKM Masjid ...")
_MOSQUE_BOARDS = frozenset({"Takmir", "Pengurus", "DKM", "Ta'mir"})
#: how many words of its own a mosque's name may have after "Masjid"
_MOSQUE_NAME_WORDS = 5


def _mosque_board(ctx: Context, i: int, key: str) -> tuple[str, OrgMatch] | None:
    """``Ketua Takmir Masjid Jami' Baiturrahim, H. Budi``: the board's word at token ``i`` (or its two,
    "Badan Takmir") and the mosque named after it, a body here (the board's), up to the comma or the
    holder's name; ``Takmir Masjid X, H. Budi``: the board's word the title itself (no words more)."""
    tokens = ctx.tokens
    mosque = i + 2 if i + 1 < len(tokens) and tokens[i].bare == "Badan" else i + 1  # "Ketua Badan Takmir ..."
    if key in _MOSQUE_BOARDS:
        mosque = i  # "Takmir Masjid X": the board's word opens the title
    if not (
        mosque + 1 < len(tokens)
        and (mosque == i or tokens[mosque - 1].bare in _MOSQUE_BOARDS)
        and tokens[mosque].bare == "Masjid"
    ):
        return None
    k = mosque + 1
    while k < len(tokens) and k - (mosque + 1) < _MOSQUE_NAME_WORDS:
        token = tokens[k]
        if not (token.capitalised or glued_apostrophe(tokens, k)) or token.text in lexicon.HONORIFICS:
            break  # (a mosque's name may read as a person's: "Masjid Nurul Iman")
        k += 1
        if token.text != token.bare:
            break
    if k == mosque + 1:
        return None
    start, end = tokens[mosque].start, tokens[k - 1].bare_end
    name = ctx.text[start:end]
    return " ".join(t.bare for t in tokens[i:mosque]), OrgMatch(name, start, end, k, (name,), False)


def _in_portfolio(role: str, aliases: tuple[str, ...], key: str, words: str, body: OrgMatch) -> Completion:
    """The office of ``role`` named with its portfolio's ``words``, held in ``body``, ending where it ends."""
    return Completion(f"{role} {words}", (*aliases, f"{key} {words}"), body, None, body.end, body.next_index)


def _section_of_secretariat(ctx: Context, key: str, org: OrgMatch) -> tuple[str, OrgMatch] | None:
    """``Kabag Prokopim Budi`` in a regency's story: a Setda section the lexicon knows, read with the
    region ("Bagian Protokol dan Komunikasi Pimpinan Kabupaten X") after its head's title; its words
    go into the office (Kepala Bagian Protokol dan Komunikasi Pimpinan), held in the region's
    Sekretariat Daerah, as where the Setda is written after it."""
    prefix = lexicon.POSITION_ORG_PREFIX.get(key)
    region = org.region
    if prefix not in SECRETARIAT_UNITS or region is None or not org.name.startswith(f"{prefix} "):
        return None
    if org.parent is not None and org.parent.startswith("Sekretariat"):
        return None  # ("Kabag Hukum Setda X": seated in the Setda written after it)
    words = org.name.removesuffix(f" {jurisdiction_name(region)}").removeprefix(f"{prefix} ")
    tokens = ctx.tokens
    k = org.next_index
    if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")":
        k += 3  # "... Pimpinan (Prokopim) Setda X": the section's short form, then its Setda
    setda = secretariat_of(region, org.start, org.end, org.next_index)
    if setda is None:
        return None
    written = parse_org(ctx, k) if k < len(tokens) else None
    if written is not None and written.name.startswith(
        setda.name.removesuffix(f" {jurisdiction_name(region)}")
    ):
        return words, written
    return words, setda


#: the first words of a body's division ("Divisi Kredit ...", "Bidang ..."), which a title may name before the body
_DIVISION_WORDS = frozenset({"Divisi", *DIVISIONS})


#: the body a unit head's title implies, by the start of the role (unit-head-bodies.tsv)
_UNIT_HEAD_BODIES = lang.mapping("unit-head-bodies", "role", "body")


def _implied_body(ctx: Context, i: int, role: str) -> OrgMatch | None:
    """The body a unit head's title at token ``i`` implies (a Kasat's police resort, a Kasi's
    district prosecutor's office): the one body of that kind the article has named so far; none
    when it names two or none. A bench sits in the special court the article names at a district
    court ("Pengadilan Tipikor pada PN Binjai ... dipimpin hakim ketua X")."""
    kind = next((body for start, body in _UNIT_HEAD_BODIES.items() if role.startswith(start)), None)
    if kind is None:
        return None
    bodies = {e.name for e in ctx.of_type(EntityType.ORGANIZATION) if e.name.startswith(f"{kind} ")}
    if not bodies:
        bodies = _bodies_named_later(ctx, kind)  # "Ketua Majelis Hakim X di Ruang Sidang Pengadilan ..."
    special = {b for b in bodies if SEATED_SPECIAL_COURT.match(b)}
    if special and all(b in special or b.startswith("Pengadilan Negeri ") for b in bodies):
        bodies = special
    if len(bodies) > 1 and i < len(ctx.tokens):
        # "Ketua Majelis Hakim X di Ruang Sidang Pengadilan Tipikor Mataram" in an article that also
        # names the district court: the one body of the kind its own sentence names
        sentence = sentences.containing(ctx.sentences, ctx.tokens[i].start)
        if sentence is not None:
            bodies = _bodies_named_later(ctx, kind, within=(sentence.start, sentence.end))
    if len(bodies) != 1:
        return None
    return _implied_at(ctx, i, bodies.pop())


#: "yang diwakili", "diwakili oleh" after an office: its holder sent someone in their place
_REPRESENTED = re.compile(r"\s*,?\s*(?:yang\s+)?diwakili\b")


def _represented_body(ctx: Context, i: int) -> OrgMatch | None:
    """``Kepala Kantor Perwakilan BI Provinsi X yang diwakili Deputi Kepala Perwakilan, Budi``: a title
    with no body of its own, ending before token ``i``, up to 80 characters after "(yang) diwakili" and
    a body the article read right before it: the office is that body's."""
    at = ctx.tokens[i].start if i < len(ctx.tokens) else len(ctx.text)
    m = _REPRESENTED.search(ctx.text, max(0, at - 80), at)
    if m is None:
        return None
    body = ctx.mentioned_ending_at(m.start(), EntityType.ORGANIZATION)
    return None if body is None else _implied_at(ctx, i, body.name)


#: the units inside a body whose heads stand in for the body's head ("Kepala Dinas X yang diwakili Kabid
#: Pencegahan Penyakit"): their names open with one of these words
_UNIT_WORDS = ("Bidang", "Seksi", "Subbagian", "Subbidang", "Bagian")


def _unit_of_the_represented(ctx: Context, i: int, match: Completion) -> Completion:
    """``Kepala Perwakilan BKKBN X yang diwakili Koordinator Bidang Pelatihan Ani``: a title read with a
    unit of no body of its own ("Bidang Pelatihan"), right after "yang diwakili" and the body whose head
    it stands in for: the unit's words go into the office (*Koordinator Bidang Pelatihan*, *Kepala Bidang
    Pencegahan Penyakit* of "Kabid Pencegahan Penyakit"), held in that body."""
    org = match.org
    if org is None or org.parent is not None or not org.name.startswith(_UNIT_WORDS):
        return match
    body = _represented_body(ctx, i)
    if body is None:
        return match
    head, _, words = org.name.partition(" ")
    role = f"{match.role} {words}" if match.role.endswith(f" {head}") else f"{match.role} {org.name}"
    aliases = tuple(f"{a} {words}" for a in match.aliases)
    return replace(
        match, role=role, aliases=aliases, org=replace(body, end=match.end, next_index=match.next_index)
    )


def _implied_at(ctx: Context, i: int, body: str) -> OrgMatch:
    """The body ``body``, which the title before token ``i`` implies without writing it."""
    end = ctx.tokens[i - 1].end
    return OrgMatch(body, end, end, i, (), True, explicit=False)


def _house_of_the_sentence(ctx: Context, i: int) -> OrgMatch | None:
    """``Rapat dipimpin Ketua DPRD X Budi, didampingi Wakil Ketua Ani ...``: a deputy chair written
    bare (at token ``i``) after the one legislature its sentence names before it sits in that house."""
    sentence = sentences.containing(ctx.sentences, ctx.tokens[i].start)
    if sentence is None:
        return None
    house = only_house(ctx, (ctx.token_index(sentence.start), i))
    return None if house is None else _implied_at(ctx, i, gazetteer.canonical_name(house.name))


#: the units whose heads news names without the body they sit in, and the kinds of body they sit
#: in: a regional office's (a Dinas's, a Badan's) fields; a ministry's directorates and deputies
_OFFICE_UNITS = {
    **dict.fromkeys(("Bidang", "Seksi", "Subbagian", "Subbidang"), ("Dinas", "Badan")),
    **dict.fromkeys(("Direktorat", "Kedeputian"), ("Kementerian",)),
}


def _office_in_named_body(ctx: Context, i: int, unit: OrgMatch, prefix: str) -> tuple[str, OrgMatch] | None:
    """``Kepala Dinas Kesehatan Kota Malang, Budi, melalui Kepala Bidang Pelayanan, Ani, ...``: a unit
    written without its office (at token ``i``) is one of the one Dinas or Badan its sentence names
    before it (else the article before it, when it names one only); the unit's words go into the
    role (*Kepala Bidang Pelayanan*), the office is the body. So with a ministry's directorate
    ("dari Kementerian Kesehatan yang diwakili Direktur Gizi, Ani": *Direktur Gizi* of the
    ministry)."""
    kinds = _OFFICE_UNITS.get(prefix)
    if kinds is None or not unit.name.startswith(f"{prefix} "):
        return None
    body = _seat_of_unit(ctx, i, unit, kinds)
    return None if body is None else (unit.name.removeprefix(f"{prefix} "), body)


def _seat_of_unit(ctx: Context, i: int, unit: OrgMatch, kinds: tuple[str, ...]) -> OrgMatch | None:
    """The body of one of the ``kinds`` that a unit written without it (its title at token ``i``)
    sits in (:func:`_body_named_before`); none when the unit has its body, or one is written after
    it ("Direktur Penyuluhan Kementerian Keuangan Budi")."""
    if unit.parent is not None or (unit.next_index < len(ctx.tokens) and _starts_body(ctx, unit.next_index)):
        return None
    body = _body_named_before(ctx, i, kinds)
    if body is None:
        return None
    return OrgMatch(body, unit.end, unit.end, unit.next_index, (), True, explicit=False)


def _body_named_before(ctx: Context, i: int, kinds: tuple[str, ...]) -> str | None:
    """The one body of the ``kinds`` the sentence of token ``i`` names before it, else the sentence
    before that, else the article before it; none when the nearest that names any names two."""
    sentence = sentences.containing(ctx.sentences, ctx.tokens[i].start)
    if sentence is None:
        return None
    previous = max((s.start for s in ctx.sentences if s.end <= sentence.start), default=sentence.start)
    bodies: set[str] = set()
    for opening in (sentence.start, previous, 0):
        before = (opening, ctx.tokens[i].start)
        bodies = {name for kind in kinds for name in _bodies_named_later(ctx, kind, within=before)}
        if bodies:
            break
    return bodies.pop() if len(bodies) == 1 else None


def _bodies_named_later(ctx: Context, kind: str, *, within: tuple[int, int] | None = None) -> set[str]:
    """The bodies of a kind ("Pengadilan", "Kepolisian Resor") the whole article (or the span
    ``within``) names, read where a word of the kind or an abbreviation of such a body is written."""
    head = kind.split()[0]
    found: set[str] = set()
    for k, token in enumerate(ctx.tokens):
        if within is not None and not within[0] <= token.start < within[1]:
            continue
        known = (
            gazetteer.lookup_abbreviation(token.bare)
            if token.bare.isupper() or token.bare in UNIT_ABBREVIATIONS
            else None
        )
        if token.bare != head and (known is None or not known.full.startswith(kind)):
            continue
        body = parse_org(ctx, k)
        if body is not None and gazetteer.canonical_name(body.name).startswith(f"{kind} "):
            found.add(gazetteer.canonical_name(body.name))
    return _one_name_each(found)


def _one_name_each(names: set[str]) -> set[str]:
    """The bodies of ``names``, one name each: a name that opens a longer one is that body's without
    its place ("Pengadilan Negeri" of "Pengadilan Negeri (PN) Semarang"), and a name without the
    level word of another is the same body ("Pengadilan Negeri Semarang", "... Kota Semarang")."""
    kept = {n for n in names if not any(other.startswith(f"{n} ") for other in names)}
    return {n for n in kept if not any(o != n and _without_level(o) == n for o in kept)}


def _without_level(name: str) -> str:
    """``Pengadilan Negeri Kota Semarang`` → ``Pengadilan Negeri Semarang``."""
    return re.sub(r" (?:Kota|Kabupaten) ", " ", name)


def _body_before_name(ctx: Context, i: int, *, first_common: bool = False) -> OrgMatch | None:
    """``Peneliti Lokata, Rudi H. Saputra``: a body the lexicon does not know, set off before a name.

    One or two capitalised words after a position that are no common word, region, acronym of a
    thing or name, then a comma and a name the tagger reads as a person's: the words are the body.
    With ``first_common`` (after a portfolio) the first of two words may be a common one
    (``Index Politica``).
    """
    tokens = ctx.tokens
    j = i
    while j < len(tokens) and j - i < 2 and tokens[j].capitalised and tokens[j].text == tokens[j].bare:
        word = tokens[j].bare
        common = ctx.is_a_word(word)
        if (
            (common and not (first_common and j == i and j + 1 < len(tokens) and tokens[j + 1].text != ","))
            or word in lexicon.THING_ACRONYMS
            or word in lexicon.REGION_WORDS  # "Kepala Desa, Muhammad Arifin": an office, no body's name
            or len(word) < 3
            or gazetteer.lookup(word)
            or word in lexicon.COUNTRIES
            or word in lexicon.WORLD_PLACES
            or ctx.person_starts_at(tokens[j].start)
        ):
            return None
        j += 1
    if j == i or j + 1 >= len(tokens) or tokens[j].text != ",":
        return None
    # "Ketua DIKPI, Kombes Pol Dr. Dedy Tabrani, ...": a rank or honorific may open the name after
    # a one-word body ("... Kortas Tipikor Polri, Kombes Eko": two words there end a unit's name)
    styled = j == i + 1 and (
        tokens[j + 1].bare in lexicon.RANK_WORDS or tokens[j + 1].text in lexicon.HONORIFICS
    )
    if not styled and not ctx.person_starts_at(tokens[j + 1].start):
        return None
    person = parse_name(ctx.text, tokens, j + 1)
    if person is None or len(person.name.split()) < 2 or (styled and not person.prefixes):
        return None
    name = ctx.text[tokens[i].start : tokens[j - 1].end]
    return OrgMatch(name, tokens[i].start, tokens[j - 1].end, j, (), False)


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")
#: the boards of an organisation by level, before its name ("DPP PDIP", "PP Muhammadiyah", "BPP Hipmi")
_BOARD_LEVELS = _PARTY_BRANCHES | {"PP", "BPP", "PB", "PW", "PC", "PD"}


def _acronym_before_name(ctx: Context, i: int) -> OrgMatch | None:
    """``Ketua Umum ISSC Budi Harta Winata``, ``Ketua PW LPNU Jatim Wahyu A Priambodo``: a body the
    lexicon does not know, written as one or two acronyms (and the region it is of), right before a
    name of two words or more that the tagger reads as a person's: the words as written are the body.
    Not an acronym of a thing (``PLTU``), a rank, a seat's number, a region's, a known body's or one
    the article spells out, nor a board's level whose organisation follows (``BPP Hipmi``)."""
    tokens = ctx.tokens
    j = i
    while j < len(tokens) and j - i < 2 and _ACRONYM.fullmatch(tokens[j].text):
        word = tokens[j].text
        if (
            word in lexicon.THING_ACRONYMS
            or word in lexicon.RANK_WORDS
            or ROMAN_NUMERAL.match(word)  # "Hakim Anggota II Agus Setiawan": the seat's number
            or word in gazetteer.all_abbreviations()
            or gazetteer.lookup(word)
            or word in lexicon.COUNTRIES
        ):
            return None
        j += 1
    if j == i or j >= len(tokens) or tokens[j - 1].text in _BOARD_LEVELS or f"({tokens[i].text})" in ctx.text:
        return None  # "BPP Hipmi ...", "PP Muhammadiyah ...": the board's organisation is named next
    after, end = j, tokens[j - 1].end
    region = region_at(ctx, j, {"provinsi", "kabupaten", "kota"}, bare=True)
    if region is not None:
        end, j = region[1], region[2]  # "PW LPNU Jatim": the region the body is of
    person = parse_name(ctx.text, tokens, j) if j < len(tokens) else None
    if person is None or len(person.name.split()) < 2 or not plausible_person(person.name, ctx.lower_words):
        return None
    # the tagger reads a person there: its span opens at the name, at the region before it ("Jatim
    # Wahyu ..."), or at a middle initial ("A Priambodo"); not at a later word (the body's name goes on)
    opens = next((k for k in range(after, person.next_index) if ctx.person_starts_at(tokens[k].start)), None)
    if opens is None or not (opens in {after, j} or re.fullmatch(r"[A-Z]\.?", tokens[opens].text)):
        return None
    return OrgMatch(ctx.text[tokens[i].start : end], tokens[i].start, end, j, (), False)


def _portfolio_word(word: str) -> bool:
    """A word of a portfolio's name: a common noun ("Pemerintahan") or a ministry's subject ("Rakyat")."""
    return lexicon.is_common_noun(word) or word in lexicon.PORTFOLIO_WORDS


def _assistant(ctx: Context, key: str, i: int, aliases: tuple[str, ...]) -> Completion | None:
    """``Asisten Administrasi Umum Setda Kota Malang``: the role is named by its portfolio.

    The organisation is the body named after the portfolio (an Asisten's regional secretariat),
    else the government of the article's region.
    """
    tokens = ctx.tokens
    j = i
    words: list[Token] = []
    while j < len(tokens) and len(words) < 8:
        token = tokens[j]
        portfolio = _portfolio_word(token.bare) or token.bare in {
            "Bidang",
            "I",
            "II",
            "III",
            "IV",
            "Wali",
            "Kota",
            "Bupati",
            "Gubernur",
        }
        # ("Asisten I Bidang Pemerintahan dan Kesejahteraan Rakyat Setda ...": "Bidang" opens the portfolio)
        if (portfolio and not (words and token.bare != "Bidang" and _starts_body(ctx, j))) or (
            token.text in {"dan", ","}
            and words
            and j + 1 < len(tokens)
            and (
                _portfolio_word(tokens[j + 1].bare)
                # "Bidang Pemerintahan, Hukum, dan Politik": the serial comma before the last portfolio
                or (
                    token.text == ","
                    and tokens[j + 1].text == "dan"
                    and j + 2 < len(tokens)
                    and _portfolio_word(tokens[j + 2].bare)
                )
            )
        ):
            words.append(token)
        else:
            break
        j += 1
    while words and words[-1].text in {"dan", ","}:
        words.pop()
        j -= 1
    if not words:
        return None
    role = f"{key} {ctx.text[words[0].start : words[-1].bare_end]}".replace(" ,", ",")
    if key == "Asisten" and (secretariat := _secretary_named(ctx, j)) is not None:
        return Completion(role, aliases, secretariat, None, secretariat.end, secretariat.next_index)
    org = parse_org(ctx, j, before_name=True) if j < len(tokens) else None
    if org is not None and org.start == tokens[j].start:
        return Completion(role, aliases, org, None, org.end, org.next_index)
    home = _head_served(ctx.home_region, {token.bare for token in words})
    if home is None:
        return Completion(role, aliases, None, None, words[-1].end, j)
    # ("Asisten Perekonomian Budi" without its Setda: an official of the government, as a Staf Ahli)
    body = lexicon.government_name(home.name)
    implied = OrgMatch(body, words[-1].end, words[-1].end, j, (), True, home, explicit=False)
    return Completion(role, aliases, implied, None, words[-1].bare_end, j)


def _head_served(home: gazetteer.Region | None, words: set[str]) -> gazetteer.Region | None:
    """The region whose head a "Staf Ahli Gubernur ..." or "Asisten Bupati ..." serves: a
    governor's is the province of the article's region (a regency's story quotes the governor's
    adviser), a regent's or mayor's that region only if it is a regency or a city."""
    if home is None or "Gubernur" in words:
        return gazetteer.province_of(home) if home is not None else None
    if "Bupati" in words and home.level != "kabupaten":
        return None
    if "Wali" in words and home.level != "kota":
        return None
    return home


def _secretary_named(ctx: Context, j: int) -> OrgMatch | None:
    """``Asisten II Sekda Kota Malang``, ``Asisten Perekonomian Sekretaris Daerah Provinsi X``: an
    assistant written with the secretary he assists sits in the regional secretariat (the
    secretary's title is no second office of his)."""
    after = _words_at(ctx, j, "Sekretaris Daerah") or _words_at(ctx, j, "Sekda")
    if after is None:
        return None
    tokens = ctx.tokens
    found = region_at(ctx, after, {"kota", "kabupaten", "provinsi"}, bare=True)
    region, end, nxt = found if found is not None else (ctx.home_region, tokens[after - 1].bare_end, after)
    if region is None:
        return None
    name = f"Sekretariat Daerah {jurisdiction_name(region)}"
    return OrgMatch(name, tokens[j].start, end, nxt, (), True, region, government_of(region))


def _starts_body(ctx: Context, j: int) -> bool:
    """An organisation (``Setda``, ``Sekretariat Daerah``) begins at token ``j``."""
    found = parse_org(ctx, j, before_name=True)
    return found is not None and found.start == ctx.tokens[j].start


def _within(ctx: Context, unit: OrgMatch) -> OrgMatch:
    """``Komisi B DPRD Kota Malang``: a unit named right before the body it belongs to.

    Also steps over a party affiliation after it (``dari Fraksi PKB``). The body and
    the party are carried on the result (``named_with``) for the titles stage to add.
    """
    tokens = ctx.tokens
    j = past_bracketed_title(ctx, unit.next_index)
    if unit.region is not None and _unit_of_body_after(ctx, unit, j):
        # "Kabag Prokopim Setda Kota Malang": the section the lexicon knows, in the secretariat written
        # after it; so a police unit in its command ("Kepala Satuan Lalu Lintas (Kasat Lantas) Polresta X")
        unit = replace(unit, name=unit.name.removesuffix(f" {jurisdiction_name(unit.region)}"), parent=None)
    body = (
        parse_org(ctx, j, before_name=True)
        if j < len(tokens)
        and unit.parent is None
        and not unit.name.startswith("Pemerintah")
        and tokens[j].text not in _FIELD_WORDS  # "UGM Bidang Akademik": a portfolio, not a body above
        and tokens[j].bare != "Fraksi"  # "DPR RI Fraksi Partai NasDem": the holder's party (below)
        else None
    )
    sentence = sentences.containing(ctx.sentences, unit.start)
    if body is not None and sentence is not None and body.end > sentence.end:
        body = None  # "Sekjen KPU. DKPP menilai ...": the next sentence's subject, not a body above
    if body is None and unit.parent is None and (seated := unit_of_the_house(ctx, unit)) is not None:
        return seated  # "anggota Komisi III, Budi" in a story of one DPRD: that house's commission
    if (
        body is not None
        and body.start == tokens[j].start
        and (one := _named_as_one(ctx, unit, body)) is not None
    ):
        return one
    if body is not None and body.start == tokens[j].start and body.name.startswith(f"{unit.name} "):
        # "Kantor Perwakilan BI Malang": the office the body's name says it is, no unit inside it
        unit, body = (
            replace(body, start=unit.start, aliases=(*body.aliases, ctx.text[unit.start : body.end])),
            None,
        )
    if body is not None and body.start == tokens[j].start:
        surface = ctx.text[unit.start : body.end]
        # a party's fraction in a legislature is named as written ("Fraksi Gerindra"), not as the party
        own = unit.name
        if unit.name.startswith("Partai "):
            written = ctx.text[unit.start : unit.end]
            own = written if written.startswith("Fraksi") else f"Fraksi {written}"
            surface = surface if surface.startswith("Fraksi") else f"Fraksi {surface}"
        # "Dinas Sosial Pemkot Malang" is the Dinas Sosial Kota Malang: a unit of a government takes its region
        held_by = (
            jurisdiction_name(body.region)
            if body.region is not None and body.name == government_of(body.region)
            else body.name
        )
        if _placed_station_of_region(unit):
            # "Stasiun Klimatologi Zorba BMKG": the agency's station, named by the region written before
            # the agency, under it
            return OrgMatch(
                unit.name, unit.start, body.end, body.next_index, (surface,), True, unit.region,
                parent=body.name, explicit=True, named_with=(body,),
            )  # fmt: skip
        placed = _station_place(ctx, unit, body)
        if placed is not None:
            # "Stasiun Geofisika BMKG Pasuruan": the agency's station, named by the place written after
            # the agency, under it
            place, end, nxt = placed
            return OrgMatch(
                f"{own} {place}", unit.start, end, nxt, (ctx.text[unit.start : end],), True, None,
                parent=body.name, explicit=True, named_with=(body,),
            )  # fmt: skip
        unit = OrgMatch(
            f"{own} {held_by}", unit.start, body.end, body.next_index,
            tuple(dict.fromkeys((surface, *(f"{own} {a}" for a in body.aliases)))), unit.government or body.government,
            body.region, parent=body.name, explicit=True, named_with=(body,),
        )  # fmt: skip
    j = unit.next_index
    if j + 1 < len(tokens) and (tokens[j].text in {"dari", "asal"} or tokens[j].bare == "Fraksi"):
        # "dari Fraksi PKB", "Komisi II DPR RI Fraksi Golkar": the holder's party in the legislature
        party = parse_org(ctx, j if tokens[j].bare == "Fraksi" else j + 1)
        if party is not None:
            return replace(unit, next_index=party.next_index, named_with=(*unit.named_with, party))
    return unit


def _named_as_one(ctx: Context, unit: OrgMatch, body: OrgMatch) -> OrgMatch | None:
    """A unit written right before a body whose words say they are one body, or none: a board whose
    name holds the body's already ("Kwarcab Pramuka Dairi", the Kwartir Cabang Gerakan Pramuka of the
    town after), or a branch office before a body named with its branch ("Kantor Cabang BPJS
    Kesehatan Sidikalang": that branch)."""
    written = ctx.text[unit.start : body.end]
    if unit.name == _BRANCH_OFFICE and " Cabang " in body.name:
        return replace(body, start=unit.start, aliases=(*body.aliases, written))
    info = gazetteer.lookup_abbreviation(body.abbreviation) if body.abbreviation is not None else None
    if body.region is None or info is None or not unit.name.endswith(f" {info.full}"):
        return None
    return replace(
        unit, name=in_region(unit.name, body.region), end=body.end, next_index=body.next_index,
        aliases=(*unit.aliases, written), region=body.region,
    )  # fmt: skip


#: a body's branch office written before the body, whose name then ends with its branch
_BRANCH_OFFICE = "Kantor Cabang"

#: the head word of an agency's units named by their place ("Stasiun Meteorologi Juanda")
_PLACED_UNIT = "Stasiun"


def _placed_station(unit: OrgMatch) -> bool:
    """Whether ``unit`` is an agency's station named by its place (:func:`_station_place`), not by
    the agency ("Stasiun Geofisika BMKG" is a unit of BMKG's)."""
    return (
        unit.name.split()[0] == _PLACED_UNIT
        and unit.parent is not None
        and not unit.name.endswith(unit.parent)
    )


def _placed_station_of_region(unit: OrgMatch) -> bool:
    """Whether ``unit`` is an agency's station named by a region written with it ("Stasiun
    Klimatologi Zorba" of "Stasiun Klimatologi Zorba BMKG"): its own name, whatever body follows."""
    return unit.name.split()[0] == _PLACED_UNIT and unit.region is not None and unit.parent is None


def _station_place(ctx: Context, unit: OrgMatch, body: OrgMatch) -> tuple[str, int, int] | None:
    """The place an agency's station is named by, written after the agency ("Pasuruan" of
    "Stasiun Geofisika BMKG Pasuruan"): up to three capitalised words that open no person's
    name, with where they end and the token after them; none for another unit."""
    tokens = ctx.tokens
    k = body.next_index
    if unit.name.split()[0] != _PLACED_UNIT or unit.name.count(" ") != 1:
        return None
    region = region_at(ctx, k, {"provinsi", "kabupaten", "kota"}, bare=True)
    if region is not None:  # "... BMKG Pasuruan Hadi Kusuma": the city, then the head
        return region[0].bare, region[1], region[2]
    if k < len(tokens) and tokens[k].capitalised and gazetteer.lookup(tokens[k].bare, {"kecamatan"}):
        return tokens[k].bare, tokens[k].bare_end, k + 1  # a district's town, then the head
    j = k
    while (
        j < len(tokens) and j - k < 3 and tokens[j].capitalised and not ctx.person_starts_at(tokens[j].start)
    ):
        j += 1
        if tokens[j - 1].text != tokens[j - 1].bare:
            break
    ended = tokens[j - 1].text != tokens[j - 1].bare or (j < len(tokens) and tokens[j].text in {",", "."})
    if j == k or not ended:
        return None  # (a place not ended by a comma may run into the head's name)
    return ctx.text[tokens[k].start : tokens[j - 1].bare_end], tokens[j - 1].bare_end, j


#: the units read with the article's region that sit in a body of that region written right after
#: them, by the body's head word: a section in the secretariat ("Kabag Prokopim Setda Kota Malang"),
#: a police unit in its command ("Kepala Satuan Lalu Lintas (Kasat Lantas) Polresta X")
_SEATS_AFTER = {**dict.fromkeys(SECRETARIAT_UNITS, "Sekretariat "), "Satuan": "Kepolisian "}


def _unit_of_body_after(ctx: Context, unit: OrgMatch, j: int) -> bool:
    """Whether ``unit`` is a section or bureau (``Bagian``, ``Biro``), or a police unit (``Satuan``),
    read with the article's region (not written) and a body of that region it sits in (a regional
    secretariat, ``Setda``; a police command) is written at token ``j`` after it (past a title's
    short form in brackets)."""
    tokens = ctx.tokens
    head = _SEATS_AFTER.get(unit.name.split()[0])
    if (
        unit.region is None
        or head is None
        or unit.parent != government_of(unit.region)
        or unit.region.bare in ctx.text[unit.start : unit.end]
        or j >= len(tokens)
    ):
        return False
    body = parse_org(ctx, j, before_name=True)
    return (
        body is not None
        and body.start == tokens[j].start
        # (a police command carries no region, but its name ends with the town's)
        and (
            body.region == unit.region or (body.region is None and body.name.endswith(f" {unit.region.bare}"))
        )
        and body.name.startswith(head)
    )


#: the national police and armed forces, whose agencies are named before them ("Bareskrim Polri")
_FORCES = frozenset({"Polri", "TNI"})
#: the heads of a body a unit sits in, which end the unit's subject
_PARENT_HEADS = frozenset({"Kementerian", "Kementrian", "Dinas", "Badan", "Pemerintah"})


def _before_a_command(ctx: Context, i: int) -> int:
    """The index of a police or prosecution command's abbreviation (``Polda``, ``Polres``, ``Kejari``,
    ``Polri``) one to three capitalised words after ``i`` (a unit's portfolio, no rank, honorific or
    common word), or ``i``."""
    tokens = ctx.tokens
    for k in range(i + 1, min(i + 4, len(tokens))):
        word = tokens[k - 1]
        if (
            not word.capitalised
            or word.text != word.bare
            or word.bare in lexicon.RANK_WORDS
            or word.text in lexicon.HONORIFICS
            or word.bare in UNIT_ABBREVIATIONS
            or word.bare in _FORCES
        ):
            return i
        if tokens[k].bare in UNIT_ABBREVIATIONS or tokens[k].bare in _FORCES:
            return k
    return i


#: a command's number: "V" (Kodam V), "0833" (Kodim 0833), "0833-04" and "0207/03" (a Koramil of Kodim 0207)
_COMMAND_NUMBER = re.compile(r"[IVX]+|\d+(?:[-/]\d+)?")


def _after_rayon_number(words: list[Token]) -> bool:
    """Whether ``words`` end in a rayon's number within its command's ("0207/05")."""
    return bool(words) and "/" in words[-1].bare and _COMMAND_NUMBER.fullmatch(words[-1].bare) is not None


def _is_secretariat(word: str) -> bool:
    """Whether ``word`` is a regional secretariat's short form in the lexicon ("Setda", "Setdakab")."""
    info = gazetteer.lookup_abbreviation(word) if word[:1].isupper() else None
    return info is not None and info.full.startswith("Sekretariat Daerah")


def _secretariat_within(ctx: Context, k: int, n: int) -> bool:
    """Whether the regional secretariat ("Setda", "Sekretariat Daerah") is written within ``n``
    capitalised words from token ``k``: the words before it are its section's portfolio."""
    tokens = ctx.tokens
    for m in range(k, min(k + n, len(tokens))):
        if _is_secretariat(tokens[m].bare) or (
            tokens[m].bare == "Sekretariat" and m + 1 < len(tokens) and tokens[m + 1].bare == "Daerah"
        ):
            return True
        if not tokens[m].capitalised or tokens[m].text != tokens[m].bare:
            return False
    return False


def implied_unit(ctx: Context, i: int, prefix: str) -> OrgMatch | None:
    """The unit a position names by its subject: ``Direktur Jenderal Pajak`` → ``Direktorat Jenderal Pajak``.

    An organisation abbreviation after the subject is the body the unit sits in
    (``Deputi Penindakan dan Eksekusi KPK``); a rank, honorific or personal name ends it.
    """
    tokens = ctx.tokens
    words: list[Token] = []
    j = i
    parent = None
    command = _before_a_command(ctx, i)
    if command > i:
        # "Kabag Ops Polres Malang", "Karo Rena Polda Babel": a short portfolio the lexicon does not
        # know, then the police command (or prosecutors' office) it sits in
        words.extend(tokens[i:command])
        j = command
    while j < len(tokens) and len(words) < 8:
        token = tokens[j]
        if words and token.bare in UNIT_ABBREVIATIONS and (info := gazetteer.lookup_abbreviation(token.bare)):
            # "Kabid Humas Polda Jatim": the police command (or prosecutors' office) the unit sits in
            body = parse_unit(ctx, info, j, j + 1, token.bare)
            unit = f"{prefix} {ctx.text[words[0].start : words[-1].bare_end]}"
            return unit_in(
                ctx, body, unit, words[0].start, alias=f"{unit} {ctx.text[token.start : body.end]}"
            )
        known = (
            gazetteer.lookup_abbreviation(token.bare)
            # ("Dinas Ketahanan Pangan dan Pertanian (DKPP)": not the lexicon's DKPP here)
            if token.bare in gazetteer.all_abbreviations() and token.bare not in ctx.redefined_abbreviations
            else None
        )
        if known is not None and token.bare not in lexicon.INSTITUTION_WORDS:
            if (
                words
                and j + 1 < len(tokens)
                and (tokens[j + 1].bare in UNIT_ABBREVIATIONS or tokens[j + 1].bare in _FORCES)
            ):
                # "Kasubdit Harda Ditreskrimum Polda Kaltim", "... Bareskrim Polri": a unit of the body's directorate
                words.append(token)
                j += 1
                continue
            parent = (known, token)
            j += 1
            break
        # ("Kadis Pertanian I Kadek Wirama": "I" opens a Balinese name, no unit's number)
        roman = _COMMAND_NUMBER.fullmatch(token.bare) is not None and not balinese_name_at(ctx, j)
        close = next((c for c in range(j + 2, min(j + 5, len(tokens))) if tokens[c].text == ")"), None)
        if words and token.text == "(" and close is not None and close + 1 < len(tokens):
            # "Direktur Jenderal Anggaran (DJA) Kementerian Keuangan": the unit's short form; "Kepala
            # Bagian Hukum (Kabag Hukum) Setda X": the title's
            j = close + 1
            continue
        if words and (
            token.bare in _PARENT_HEADS
            or (token.bare == "Sekretariat" and j + 1 < len(tokens) and tokens[j + 1].bare == "Daerah")
        ):
            # "Dirjen Pelayanan dan Kepatuhan Kementerian HAM", "Kabag ... Sekretariat Daerah Kota X":
            # the body the unit sits in
            break
        if words and token.text == "/" and j + 1 < len(tokens):
            region = region_at(ctx, j + 1, {"kota", "kabupaten", "provinsi"}, bare=True)
            if region is not None:  # "Kodim 0833/Kota Malang"
                words.extend(tokens[j : region[2]])
                j = region[2]
                continue
            if (
                token.start == words[-1].end
                and tokens[j + 1].start == token.end
                and tokens[j + 1].capitalised
                and lexicon.is_common_noun(tokens[j + 1].bare)
            ):
                # "Kepala Bagian Pengadaan Barang/Jasa": two words of one field
                words.extend(tokens[j : j + 2])
                j += 2
                continue
            if _COMMAND_NUMBER.fullmatch(words[-1].bare) and tokens[j + 1].capitalised:
                # "Kodam V/Brawijaya", "Koramil 0833-04/Lowokwaru": a command's number and its name
                words.extend(tokens[j : j + 2])
                j += 2
                if second_word_of_a_command(ctx, j):
                    words.append(tokens[j])  # "Korem 084/Bhaskara Jaya,": the name's second word
                    j += 1
                continue
        if (
            lexicon.is_common_noun(token.bare)
            or roman
            or (token.capitalised and words and not _looks_like_name(ctx, j))
            # "Kabag Pemerintahan dan Otonomi Daerah Setda X": the portfolio's words up to its Setda
            or (token.capitalised and words and _secretariat_within(ctx, j + 1, 3))
            # "Dansatgas TMMD ke-111": a task force named after the programme it runs, and its round
            or (not words and ctx.entity_at(token.start, token.bare_end, EntityType.PROGRAM) is not None)
            or (words and re.fullmatch(r"ke-\d+", token.bare) is not None)
            # "Danramil 0207/05 Parbuluan serta ...": the name after a rayon's number is the rayon's
            or (_after_rayon_number(words) and token.capitalised and token.bare not in lexicon.RANK_WORDS)
        ):
            words.append(token)
            j += 1
            if token.text.endswith("."):
                break
            continue
        if (
            token.text == ","
            and words
            and j + 2 < len(tokens)
            and tokens[j + 1].text in {"dan", "serta"}
            and tokens[j + 2].capitalised
            and any(lexicon.is_common_noun(t.bare) for t in tokens[j + 2 : j + 4] if t.capitalised)
            and tokens[j + 2].bare not in lexicon.TITLE_FIRST_WORDS
        ):
            # "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat": the comma before a list's last item
            last = j + 2 if lexicon.is_common_noun(tokens[j + 2].bare) else j + 3
            words.extend(tokens[j : last + 1])
            j = last + 1
            continue
        if (
            token.text in {"dan", ","}
            and words
            and j + 1 < len(tokens)
            and (
                tokens[j + 1].bare in lexicon.INSTITUTION_WORDS
                # "Bidang Pencegahan dan Pengendalian Penyakit": a portfolio of two common nouns
                or (
                    token.text == "dan"
                    and tokens[j + 1].capitalised
                    and (lexicon.is_common_noun(tokens[j + 1].bare) or _secretariat_within(ctx, j + 2, 3))
                    and tokens[j + 1].bare not in lexicon.TITLE_FIRST_WORDS
                )
            )
        ):
            words.append(token)
            j += 1
            continue
        break
    while words and words[-1].text in {"dan", ","}:
        words.pop()
    if not words and parent is None:
        return None
    subject = ctx.text[words[0].start : words[-1].bare_end].replace(" ,", ",") if words else ""
    unit = " ".join(p for p in (prefix, subject) if p)
    if (
        parent is None
        and prefix in SECRETARIAT_UNITS
        and not (j < len(tokens) and tokens[j].bare in lexicon.RANK_WORDS)  # ("Kabag Ops Kompol X": police)
        and (secretariat := home_secretariat(ctx)) is not None
    ):
        # "Kabag Kesra Budi menambahkan" in a regency's story: a section of the regency's Setda
        inside = unit_in(ctx, secretariat, unit, words[0].start, alias=unit, until=(words[-1].bare_end, j))
        return replace(inside, explicit=False)  # (implied by the title, as a unit alone is below)
    start = words[0].start if words or parent is None else parent[1].start
    if parent is not None:
        info, token = parent
        # the body the unit sits in, carried for the title's holder to be seated in it as the gold
        # writes memberships ("Kepala Bidang Pelayanan" of the Dinas Kesehatan, "Deputi
        # Penindakan" of the KPK); "Setda Kota Batu": the body in its region
        body = known_match(ctx, info, j - 1, j, token.bare)
        # ("Kabag Kesra Setdakab Budi" in a regency's story: the regency's Setda, written without it)
        if body.region is None and region_at(ctx, j, {"kota", "kabupaten", "provinsi"}, bare=True) is None:
            past = past_ri(tokens, j)  # "Direktur ... Kemenkes RI dr Budi": the national body's country
            return OrgMatch(
                f"{unit} {info.full}", start, tokens[past - 1].bare_end, past, (f"{unit} {info.abbr}",), True,
                parent=info.full, explicit=True, named_with=(replace(body, name=info.full),),
            )  # fmt: skip
        return OrgMatch(
            f"{unit} {body.name}", start, body.end, body.next_index,
            (f"{unit} {ctx.text[token.start : body.end]}",), True, parent=body.name, explicit=True,
            named_with=(body,),
        )  # fmt: skip
    return OrgMatch(unit, start, words[-1].bare_end, j, (), True, explicit=False)


def _looks_like_name(ctx: Context, j: int) -> bool:
    """Whether a person's name starts at token ``j`` (a rank, an honorific or an unknown word not before a rank)."""
    token = ctx.tokens[j]
    if token.bare in lexicon.RANK_WORDS or token.text in lexicon.HONORIFICS:
        return True
    nxt = ctx.tokens[j + 1] if j + 1 < len(ctx.tokens) else None
    if nxt is not None and (nxt.bare in lexicon.RANK_WORDS or nxt.text in lexicon.HONORIFICS):
        return False  # "Kasubdit I Dittipidsiber Kombes ...": the name starts after the unit
    return not lexicon.is_common_noun(token.bare) and token.bare.lower() not in ctx.lower_words


def _org_aliases(ctx: Context, org_name: str, region: gazetteer.Region) -> tuple[str, ...]:
    """``Pemkot Malang`` of ``Pemerintah Kota Malang``; ``Desa X`` of ``Pemerintah Desa X`` (a village's
    government is named as the village), and ``Pemerintah Kalurahan X`` where the article writes the
    village as a kalurahan (Yogyakarta's word for a desa); the village as the article writes it in its
    region's own word, too ("Nagari X", "Gampong X", "Kalurahan X")."""
    if not org_name.startswith("Pemerintah"):
        return ()
    if region.level == "desa" and f"Kalurahan {region.bare}" in ctx.text:
        return (f"Pemerintah Kalurahan {region.bare}", f"Kalurahan {region.bare}", region.name)
    names = list(government_other_names(region))
    if region.level == "desa":  # (the village as written in its region's own word)
        names += [
            f"{w} {region.bare}"
            for w in sorted(lexicon.VILLAGE_OWN_WORDS)
            if f"{w} {region.bare}" in ctx.text
        ]
    return tuple(dict.fromkeys(n for n in names if n))


def _jurisdiction(ctx: Context, i: int, levels: frozenset[str]) -> tuple[gazetteer.Region, int, int] | None:
    tokens = ctx.tokens
    level = lexicon.LEVEL_WORDS.get(tokens[i].text) if i < len(tokens) else None
    if level in levels and i + 3 < len(tokens) and tokens[i + 1].text == "(" and tokens[i + 3].text == ")":
        # "Sekretaris Daerah Provinsi (Sekdaprov) Jawa Timur": the type word, the office's short form, the name
        return region_at(ctx, i + 4, {level}, bare=True)
    found = region_at(ctx, i, set(levels), bare=True)
    if found is not None and found[0].level in {"kelurahan", "desa"} and direction_after(ctx, found[1]):
        return None  # "Lurah Kalurahan Gadingsari Lor": a village the gazetteer lacks, not its "Gadingsari"
    if found is not None:
        return found
    if not levels & {"kecamatan", "kelurahan", "desa"}:
        return None
    named = local_region_named(ctx, i, levels)
    after = (
        local_region_named(ctx, i + 1, levels)
        if i < len(tokens) and tokens[i].bare in _VILLAGE_WORDS
        else None
    )
    if after is not None and (
        named is None or (at_home(ctx, after[0]), after[2]) > (at_home(ctx, named[0]), named[2])
    ):
        # "Keuchik Gampong Blang Zorba": Aceh's word for a village, then a village of the article's
        # regency, not a "Gampong Blang" elsewhere; else the reading that runs further
        return after
    return named


#: a village's type word the gazetteer's names may also open with ("Gampong Lhok" is a village)
_VILLAGE_WORDS = frozenset({"Gampong"})


def _listed_after_town_official(ctx: Context, i: int, province: gazetteer.Region) -> gazetteer.Region | None:
    """The city or regency in ``province`` whose government the office named last before token ``i``
    in its sentence is of ("dihadiri Wakil Bupati X, Sekretaris Daerah Y": Y is the regency's, as X
    is), else none. (The title may end the text: ``i`` past its last token.)"""
    at = ctx.tokens[i].start if i < len(ctx.tokens) else len(ctx.text)
    sentence = sentences.containing(ctx.sentences, at)
    before = [m for m in ctx.memberships if sentence is not None and sentence.start <= m.span.start < at]
    if not before:
        return None
    body = max(before, key=lambda m: m.span.start).organization
    town = body.name.removeprefix("Pemerintah ") if body is not None else ""
    code = ctx.region_codes.get(town) if town.startswith(("Kabupaten ", "Kota ")) else None
    region = gazetteer.get(code) if code is not None else None
    return region if region is not None and region.code.startswith(f"{province.code}.") else None


def _deputy_jurisdiction(ctx: Context, role: str, i: int, levels: frozenset[str]) -> gazetteer.Region | None:
    """``Bupati dan Wakil Bupati Pasuruan``: the region of the deputy's title after a head's office
    written bare before it (token ``i`` is the "dan"), which both offices share, else none."""
    tokens = ctx.tokens
    if i + 2 >= len(tokens) or tokens[i].text not in {"dan", "&"} or tokens[i + 1].bare != "Wakil":
        return None
    for key in _TITLES_BY_FIRST.get("Wakil", ()):
        deputy = lexicon.TITLES.get(key)
        if deputy is None or deputy.role != f"Wakil {role}":
            continue
        nxt = _words_at(ctx, i + 1, key)
        found = _jurisdiction(ctx, nxt, levels) if nxt is not None and nxt < len(tokens) else None
        if found is not None:
            return found[0]
    return None


def _foreign_country_at(ctx: Context, j: int) -> tuple[str, int, int] | None:
    """A country other than Indonesia named at token ``j`` (or after a comma there: "Menteri
    Perhubungan, Amerika Serikat,"): (its name, end offset, next token index)."""
    comma = j + 1 < len(ctx.tokens) and ctx.tokens[j].text == ","
    country = country_at(ctx, j + 1 if comma else j)
    return country if country is not None and country[0] != "Indonesia" else None


def _of_foreign_state(ctx: Context, match: Completion, country: str, end: int, nxt: int) -> Completion:
    """``Menteri Lingkungan Hidup Prancis Agnes Moreau``: a minister of another state, whose ministry
    is that state's (``Kementerian Lingkungan Hidup Prancis``), not Indonesia's of the same name."""
    body = f"{match.fixed_org} {country}"
    start = ctx.tokens[match.next_index].start
    return replace(
        match,
        org=OrgMatch(body, start, end, nxt, (), True, explicit=False),
        fixed_org=None,
        end=end,
        next_index=nxt,
    )


def _minister(ctx: Context, start_i: int, i: int, tenure: str) -> TitleMatch | None:
    """``Menteri Dalam Negeri Agus Setiawan``: the ministry subject is institution vocabulary."""
    tokens = ctx.tokens
    j = i + 1
    words: list[Token] = []
    while j < len(tokens):
        token = tokens[j]
        if (
            token.bare in lexicon.INSTITUTION_WORDS
            or token.bare in lexicon.PORTFOLIO_WORDS
            or (token.text in {"dan", ","} and words)
        ):
            words.append(token)
            j += 1
            if token.text.endswith("."):
                break
        else:
            break
    while words and words[-1].text in {"dan", ","}:
        words.pop()
        j -= 1
    if not words:
        return None
    end = words[-1].bare_end
    also: tuple[OrgMatch, ...] = ()
    if len(words) > 2 and words[-2].text == "Republik" and words[-1].bare == "Indonesia":
        words = words[:-2]  # "Menteri Haji dan Umrah Republik Indonesia": the country, not the subject
    else:
        if (
            j + 1 < len(tokens)
            and tokens[j].text == "/"
            and (info := gazetteer.lookup_abbreviation(tokens[j + 1].bare)) is not None
        ):
            # "Menteri Investasi dan Hilirisasi/BKPM Budi": the agency the minister also heads, named in passing
            also = (known_match(ctx, info, j + 1, j + 2, tokens[j + 1].bare),)
            j += 2
        j = past_ri(ctx.tokens, j)  # "Menteri Keuangan RI Budi"
        end = tokens[j - 1].bare_end
    deputy = start_i == i and i > 0 and tokens[i - 1].bare == "Wakil"
    if deputy:
        start_i -= 1  # "Wakil Menteri Desa ...": the deputy, not the minister
    subject = ctx.text[words[0].start : words[-1].bare_end].replace(" ,", ",")
    body = f"Kementerian {subject}"
    country = _foreign_country_at(ctx, j)
    if country is not None:
        # "Menteri Dalam Negeri Australia, Daniel Carter": another state's ministry, named with its country
        body, end, j = f"{body} {country[0]}", country[1], country[2]
    org = OrgMatch(body, words[0].start, end, j, (), True, explicit=False, named_with=also)
    return TitleMatch(
        f"{'Wakil ' if deputy else ''}Menteri {subject}",
        (),
        org,
        None,
        tenure,
        tokens[start_i].start,
        end,
        j,
    )


#: the verbs of being called by a nickname ("yang akrab disapa Pak Wali Marihot")
_CALLED_BY = frozenset({"disapa", "dipanggil"})


def extract_titles(ctx: Context) -> list[RoleMention]:
    """Find every title phrase; add persons, roles, organisations and memberships to the context."""
    mentions: list[RoleMention] = []
    # "Sekjen Partai Golkar sekaligus Ketua Fraksi Golkar DPR RI Suparno", "Menteri LH/Kepala BPLH, Hendarto":
    # offices joined to the next title, whose person holds them too
    joined: list[tuple[TitleMatch, Entity, Entity | None, tuple[Entity, Entity] | None]] = []
    #: the memberships whose body the title implies without writing it ("Sekda Budi"), by id
    guessed: set[int] = set()

    def hold(
        person: Entity,
        title: TitleMatch,
        role: Entity,
        org: Entity | None,
        seat: tuple[Entity, Entity] | None,
        span: tuple[int, int],
        tenure: str,
    ) -> None:
        """``person`` holds the office of ``title`` (seated in its body when it is a unit's); a
        candidate for it none."""
        if tenure == "candidate":
            return
        branch = None if seat else _branch_seat(ctx, role, org)
        if branch is not None and branch[0] is not role:
            # "Pemimpin Bank X Cabang Y, Budi": the head of the branch the title names, as well as
            # "Pemimpin Cabang" of the company (annotators write either)
            ctx.memberships.append(Membership(person, role, org, ctx.span(*span), tenure))
        seat = seat or branch
        ctx.memberships.append(Membership(person, *(seat or (role, org)), ctx.span(*span), tenure))
        mentions.append(RoleMention(role, org, title.start, title.end, person))
        if _body_unwritten(title):
            guessed.add(id(ctx.memberships[-1]))

    #: the token of the second title of "A dan B ... X dan Y", and the name B that holds it
    respective: tuple[int, ParsedName] | None = None
    i = 0
    tokens = ctx.tokens
    while i < len(tokens):
        if not _may_start_title(tokens[i]) or ctx.claimed(tokens[i].start, tokens[i].end):
            i += 1  # (the first test is match_title's own, made before the costlier one)
            continue
        if lexicon.after_street_word(tokens, i):
            i += 1  # "Jalan Jaksa Agung Suprapto": a street named for an office holder, not a title
            continue
        if i and (tokens[i - 1].bare in _BODY_BEFORE_TITLE_WORD or _inside_known_body(ctx, i)):
            i += 1  # "Kementerian Koordinator Bidang Perekonomian": a word of the body's name, not a title
            continue
        if i and tokens[i - 1].text in _CALLED_BY:
            i += 1  # "Bupati yang akrab disapa Bupati Marihot": what he is called, no second holder
            continue
        title = match_title(ctx, i)
        if title is None:
            i += 1
            continue
        if (
            _lower_title(ctx, i)
            and (
                tokens[i].text in _LOWER_AFTER_AS
                or not _holder_follows(
                    # ("anggota DPRD X dari dapil Y, Budi": after whom the member represents)
                    ctx,
                    _past_constituency(ctx, title.next_index),
                    placed=title.org is not None and title.org.region is not None,
                )
            )
            and not (
                tokens[i - 1].text in _AS and (_apposed_name(ctx, i) is not None or _listed_names(ctx, i))
            )
            # "Budi, yang juga anggota TPID X, ...": the office of the person just named
            and not (tokens[i - 1].text == "juga" and _titled_before(ctx, i) is not None)
            and not (
                # "Rudi Hermawan, pendiri Yayasan X,": a lower-case title set off after its holder's name
                tokens[i].text not in _LOWER_AFTER_AS
                and tokens[i - 1].text == ","
                and _apposed_name(ctx, i) is not None
            )
        ):
            # "anggota Satlantas Polrestabes Medan. Keduanya": no one's title; the body is read later
            # (but "Rina selaku anggota KPU": the office of the name before it)
            i += 1
            continue
        if (
            i
            and tokens[i - 1].text in _PROGRAMME_WORDS
            and title.next_index - i <= len(title.role.split())
            and not (title.next_index < len(tokens) and ctx.person_starts_at(tokens[title.next_index].start))
        ):
            i += 1  # "program Bupati Ngantor di Desa": a programme named for the office, no holder
            continue  # (but "program Presiden Prabowo": the President's)
        title = _with_local_area(ctx, _serving(ctx, i, _company_through_names(ctx, i, title)))
        role = ctx.add(EntityType.ROLE, title.role, 0, 0, ctx.stage)
        role.aliases.update(title.role_aliases)
        division = _implied_division(ctx, title)
        # "Anggota Bawaslu X sekaligus Koordinator Divisi Hukum, Budi": the division of the body of
        # the office before, no body of its own
        joined_seat = _division_of_joined_body(ctx, title, role, joined)
        if division:
            org = None
        elif joined_seat is not None:
            org = joined_seat[1]
        else:
            org = _add_org(ctx, title)
        bodies = [
            add_org(ctx, named, ctx.stage, claim=False)  # "DPRD Kota Malang" of "Komisi B ...", "Fraksi PKB"
            for named in (title.org.named_with if title.org is not None else ())
        ]
        seat = _seat(ctx, title, role, bodies) or joined_seat
        if division:
            # "Kabid Humas Polda Jateng": the division lives in the role (Kepala Bidang Humas) and
            # the office holder in the body; no node of its own (else the division after all)
            org = seat[1] if seat is not None else _add_org(ctx, title)
        # The title's own words (with an implied jurisdiction) are the role's mention; an
        # organisation named after the title is a mention of its own.
        words_end = (
            title.org.start
            if title.org is not None and title.org.explicit and title.org.start > title.start
            else title.end
        )
        role.mention(ctx.span(title.start, words_end), ctx.stage, alias=False)
        short, j = _skip_parenthetical(ctx, title.next_index)
        if short and org is not None and len(short) <= 12 and not _names_a_person(ctx, short):
            org.aliases.add(short)  # "Gubernur Sumatera Utara (Sumut)", "Menteri Keuangan (Menkeu)"
        tenure = title.tenure
        period = _PERIOD.match(ctx.text, tokens[j].start) if j < len(tokens) else None
        if period is not None:
            # "Direktur Utama PT Sinar Riau periode 2010-2015 Budi": the office he held in those years
            j = ctx.token_index(period.end())
            tenure = "former" if _ended(ctx, period) and tenure == "regular" else tenure
        if (
            j + 2 < len(tokens)
            and tokens[j].text.lower() in {"saat", "kala", "ketika", "waktu"}
            and tokens[j + 1].text == "itu"
            and tokens[j + 2].text == ","
        ):
            j += 2  # "Bupati Indragiri Hulu saat itu, Sudarmin": who held the office then
            tenure = "former"
        elif j + 1 < len(tokens) and tokens[j].text == "lainnya" and tokens[j + 1].text == ",":
            j += 1  # "Anggota Komisi C lainnya, Arief Wahyudi": another holder of the same office
        elif (
            held := _HELD_BY.match(ctx.text, tokens[j].start if j < len(tokens) else len(ctx.text))
        ) is not None:
            j = ctx.token_index(held.end())  # "Camat Blimbing kini dijabat oleh Suryo": its holder
        j = _past_local_place(ctx, j)  # "Ketua SPPG Cigunung Desa Sukaresmi, Hana ...": where the office is
        # "Anggota DPRD X dari daerah pemilihan Y, Ani ...": whom the member represents, then the name
        j = _past_constituency(ctx, j)
        # "Meski kritik diarahkan kepada Menkeu, Gus Maksum menilai ...": the comma ends a clause, no holder follows
        closed = (
            j < len(tokens)
            and tokens[j].text == ","
            and (_closes_a_clause(ctx, title.start, j) or _room_named_for(ctx, i))
        )
        if j < len(tokens) and tokens[j].text == ",":
            j += 1
        if j + 1 < len(tokens) and tokens[j].text in _EACH and _SHARED_OFFICE.match(title.role):
            j += 1  # "tiga Wakil Ketua, masing-masing A, B, dan C": the list names its holders
        ends_sentence = j < len(tokens) and j > 0 and ctx.ends_sentence(j - 1)
        if j < len(tokens) and "\n" in ctx.text[title.end : tokens[j].start]:
            ends_sentence = True  # "Tags: ..., Wali Kota Malang" and a new line: no holder follows
        name = (
            parse_name(ctx.text, tokens, j, after_title=True)
            if j < len(tokens) and not ends_sentence and not closed
            else None
        )
        after_region = False
        if name is not None:
            national = _NATIONAL_OFFICE.match(title.role) is not None
            kin = i > 0 and tokens[i - 1].text.lower() in lexicon.KIN_WORDS
            name, after_region = _past_the_office(ctx, name, national=national, kin=kin)
        if name is not None and _place_within(title, name.name):
            name = None  # "Rumah Dinas Bupati Malang, Kepanjen": the district the office is in
        if name is not None and _opens_next_appointment(ctx, i, name):
            name = None  # "A sebagai Kepala Dinas X, B sebagai ...": B is the next item's
        if (
            name is not None
            and not _org_like(name)
            and not _opens_a_known_body(ctx, name)
            and not _english_lead(ctx, name)
            and not place_headed(name.name)  # "Kantor Gubernur Jawa Timur, Jalan Pahlawan ...": an address
            and (
                plausible_person(name.name, titled=True)
                or (after_region and name.name not in lexicon.STOPWORDS)
                or _married_name(name)
            )
        ):
            head_office = _head_office_before(ctx, title)
            deputy = _second_name(ctx, name) if head_office is not None and not joined else None
            if head_office is not None and deputy is not None:
                # "Bupati dan Wakil Bupati Malang, Budi dan Agus": the first name the head's office,
                # the second the deputy's (not both the deputy's)
                head_role = ctx.add(EntityType.ROLE, head_office, 0, 0, ctx.stage)
                for holder_name, office, office_seat in ((name, head_role, None), (deputy, role, seat)):
                    span = (title.start, holder_name.full_end)
                    hold(
                        add_person(ctx, holder_name, ctx.stage), title, office, org, office_seat, span, tenure
                    )
                ctx.claim(title.start, deputy.full_end)
                i = deputy.next_index
                continue
            person = add_person(ctx, name, ctx.stage)
            ctx.claim(title.start, name.full_end)
            hold(person, title, role, org, seat, (title.start, name.full_end), tenure)
            for other, other_role, other_org, other_seat in joined:
                hold(
                    person,
                    other,
                    other_role,
                    other_org,
                    other_seat,
                    (other.start, name.full_end),
                    other.tenure,
                )
            joined.clear()
            i = name.next_index
            for co_holder in _co_holders(ctx, role, i):
                # "Wakil Ketua DPRD Budi dan Agus": two deputies; "anggota Komisi II A, B, dan C": three members
                second = add_person(ctx, co_holder, ctx.stage)
                ctx.claim(title.start, co_holder.full_end)
                hold(second, title, role, org, seat, (title.start, co_holder.full_end), tenure)
                i = co_holder.next_index
            members, listed_at = _members_listed(ctx, i) if org is not None else ([], i)
            if members and org is not None:
                # "Ketua KPU RI, Hendra, beserta lima anggotanya, yaitu: A, B, dan C": the body's members
                member_role = ctx.add(EntityType.ROLE, "Anggota", 0, 0, ctx.stage)
                for member in members:
                    ctx.memberships.append(
                        Membership(
                            add_person(ctx, member, ctx.stage),
                            member_role,
                            org,
                            ctx.span(ctx.tokens[listed_at].start, member.full_end),
                            "regular",
                        )
                    )
                i = members[-1].next_index
        elif j < len(tokens) and tokens[j].text in _JOINING | _AS and match_title(ctx, j + 1) is not None:
            # ("Wakil Bupati X selaku Ketua TPPS ..., NAME": one name holds both offices, as with "sekaligus")
            ctx.claim(title.start, title.end)
            joined.append((title, role, org, seat))
            i = j + 1
        elif listed := _listed_names(ctx, i):
            # "Rina dan Andi, masing-masing selaku anggota KPU": each name of the list holds the office
            ctx.claim(title.start, title.end)
            for name in listed:
                listed_holder = add_person(ctx, name, ctx.stage)
                hold(listed_holder, title, role, org, seat, (name.full_start, title.end), title.tenure)
            i = max(title.next_index, i + 1)
        else:
            before: ParsedName | None
            if respective is not None and respective[0] == i:
                before, respective = respective[1], None  # the second name of "A dan B ... X dan Y"
            else:
                before, pending = _holder_before(ctx, i, title)
                respective = pending or respective
            holder = add_person(ctx, before, ctx.stage) if before is not None else _titled_before(ctx, i)
            tenure = "former" if before is not None and _held_then(ctx, i) is not None else title.tenure
            if holder is None and (posted := _posted_before(ctx, i)) is not None:
                holder, tenure = posted, "former"  # "A sebagai X, yang sebelumnya Kepala Y;": A's post before
            elif holder is None and (moved := _moved_to(ctx, i)) is not None:
                holder = moved  # "A, yang digeser dari Kepala X menjadi Kepala Y": A's post now
            if holder is not None:
                # "Dr. Eddy Soeparno, Wakil Ketua MPR RI" / "Agus selaku Kepala Dinas ..." /
                # "Sekda Kota Batu, Agus selaku Ketua TAPD": a name, or a person already titled, before it
                ctx.claim(title.start, title.end)
                start = before.full_start if before is not None else title.start
                hold(holder, title, role, org, seat, (start, title.end), tenure)
            else:
                ctx.claim(title.start, title.end)
                mentions.append(RoleMention(role, org, title.start, title.end, None, seat))
            for other, other_role, other_org, _ in joined:
                mentions.append(RoleMention(other_role, other_org, other.start, other.end, None))
            joined.clear()
            i = max(title.next_index, i + 1)
    _foreign_heads_keep_their_state(ctx, mentions)
    _written_seats_stand(ctx, guessed)
    _taken_seats_move(ctx, guessed)
    _secretariat_officers_serve_the_government(ctx)
    return mentions


#: the offices of a regional secretariat's sections and of its assistants ("Kepala Bagian Protokol dan
#: Komunikasi Pimpinan", "Asisten Perekonomian dan Pembangunan"), held in the government it serves too
#: (not a province's bureau heads, "Kepala Biro": a set whose errors were never read lost by them)
_SECRETARIAT_OFFICES = ("Kepala Bagian", "Asisten")


def _secretariat_officers_serve_the_government(ctx: Context) -> None:
    """``Kabag Prokopim Setda Dairi Sahat``: the head of a section of the regency's secretariat (or one
    of its assistants) holds the office in the Sekretariat Daerah and, as the secretariat is the
    regency government's, in the Pemerintah Kabupaten too (a second membership)."""
    held = {(id(m.person), id(m.organization)) for m in ctx.memberships}
    for m in list(ctx.memberships):
        org = m.organization
        if (
            org is None
            or m.role is None
            or not org.name.startswith("Sekretariat Daerah ")
            or not m.role.name.startswith(_SECRETARIAT_OFFICES)
            or org.parent is None
            or (government := ctx.find(EntityType.ORGANIZATION, org.parent.name)) is None
            or not government.government
            or (id(m.person), id(government)) in held
        ):
            continue
        ctx.memberships.append(replace(m, organization=government))
        held.add((id(m.person), id(government)))


def _body_unwritten(title: TitleMatch) -> bool:
    """Whether the body of ``title`` is implied, not written: ``Sekda Budi`` in an article about a
    regency, ``Kasatreskrim Iptu Andi`` after the article named its police resort."""
    return title.org is not None and title.org.end <= title.org.start


def _written_seats_stand(ctx: Context, guessed: set[int]) -> None:
    """``Sekretaris Daerah (Sekda) Kabupaten X Drs. Budi`` ... ``Sekda Budi menyebut``: a title
    written bare later is the office its holder was given in full, not one in the body the article's
    region implies (the province, when the article names it more often). A guessed seat (by id in
    ``guessed``) goes when its person holds the same role only in other bodies, written out."""
    written: dict[tuple[int, int], set[int]] = {}
    for m in ctx.memberships:
        if id(m) not in guessed and m.organization is not None:
            written.setdefault((id(m.person), id(m.role)), set()).add(id(m.organization))
    ctx.memberships[:] = [
        m
        for m in ctx.memberships
        if id(m) not in guessed
        or id(m.organization) in written.get((id(m.person), id(m.role)), {id(m.organization)})
    ]


def _taken_seats_move(ctx: Context, guessed: set[int]) -> None:
    """``Sekretaris Daerah Provinsi X, Budi`` ... ``hadir Wakil Bupati Y Ani, Sekretaris Daerah
    Agus``: a province's seat guessed for a bare title (by id in ``guessed``) that the article
    gives another person in full is not his; it is the seat in the one town within the province
    the article names (whose government it has found), else it stays."""
    written = {
        (id(m.role), id(m.organization)): m.person
        for m in ctx.memberships
        if id(m) not in guessed and m.organization is not None
    }
    for k, m in enumerate(ctx.memberships):
        holder = written.get((id(m.role), id(m.organization)))
        if id(m) not in guessed or m.organization is None or holder is None or holder is m.person:
            continue
        province = next(
            (
                region
                for name, code in ctx.region_codes.items()
                if lexicon.government_name(name) == m.organization.name
                and (region := gazetteer.get(code)) is not None
                and region.level == "provinsi"
            ),
            None,
        )
        town = _one_town_within(ctx, province, _TOWN_LEVELS) if province is not None else None
        government = ctx.find(EntityType.ORGANIZATION, lexicon.government_name(town.name)) if town else None
        if government is not None:
            ctx.memberships[k] = replace(m, organization=government)


_TOWN_LEVELS = frozenset({"kota", "kabupaten"})


#: the start of a term's years after an office: "periode 2010", "masa jabatan 2019", "tahun 2018"
TERM_START = r"(?:periode|masa jabatan|tahun)\s+(?:19|20)\d\d"
#: the years of a term written between an office and its holder: "periode 2010-2015", "tahun 2018-2022"
_PERIOD = re.compile(rf"{TERM_START}\s*[-–]\s*(?P<end>(?:19|20)\d\d)\s+(?=[A-Z])")


def _ended(ctx: Context, period: re.Match[str]) -> bool:
    """Whether the term ``period`` names ended before the year the article was published."""
    published = ctx.article.date
    return published is not None and int(period.group("end")) < int(published[:4])


#: offices a body has several holders of at once, so that "<office> A dan B" gives both
_SHARED_OFFICE = re.compile(r"^(?:Wakil Ketua|Anggota|Hakim Anggota)\b")
#: the words that open the list of a shared office's holders after its comma
_EACH = frozenset({"masing-masing", "yakni", "yaitu"})


def _co_holders(ctx: Context, role: Entity, k: int, *, untagged: bool = False) -> list[ParsedName]:
    """The other holders of a shared office listed after its first holder, from token ``k``:
    ``dan B``, ``, dan B`` or ``, B, dan C`` (:func:`_closed_list`, ``untagged`` passed on)."""
    tokens = ctx.tokens
    if not (_SHARED_OFFICE.match(role.name) and k + 1 < len(tokens) and tokens[k].text in {"dan", ","}):
        return []
    if tokens[k].text == "dan":
        return _closed_list(ctx, k + 1, closed=True, untagged=untagged)
    if tokens[k + 1].text == "dan":  # "Budi, S.E., dan Hj. Nur": the comma closes the first holder's degrees
        return _closed_list(ctx, k + 2, closed=True, untagged=untagged) if k + 2 < len(tokens) else []
    return _closed_list(ctx, k + 1, untagged=untagged)


#: "beserta lima anggotanya, yaitu:", "bersama para anggota, yakni" before the members of a body
_MEMBERS_OPEN = re.compile(
    r"\s*,?\s*(?:beserta|bersama|dan)\s+(?:(?:para|seluruh|keempat|kelima|keenam|\d+|"
    r"dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+)?anggota(?:nya)?\s*,?\s*"
    r"(?:(?:yaitu|yakni|antara lain|masing-masing)\s*:?\s*|:\s*)"
)


def _members_listed(ctx: Context, k: int) -> tuple[list[ParsedName], int]:
    """``Ketua KPU RI, Hendra Wijaya, beserta lima anggotanya, yaitu: A, B, dan C``: the members
    of the chair's body named after the chair (token ``k``), and the token their list opens at."""
    tokens = ctx.tokens
    if k >= len(tokens):
        return [], k
    at = tokens[k].start
    opening = _MEMBERS_OPEN.match(ctx.text, at)
    if opening is None or ctx.token_index(opening.end()) >= len(tokens):
        return [], k
    first = ctx.token_index(opening.end())
    return _closed_list(ctx, first, untagged=True), first


def _closed_list(ctx: Context, k: int, *, closed: bool = False, untagged: bool = False) -> list[ParsedName]:
    """The persons' names listed from token ``k`` whose list closes with ``dan``: ``A dan B``,
    ``A, B, dan C`` (``closed``: ``k`` is already the one after ``dan``). Each a name the tagger
    reads as a person's (or, ``untagged``, one that reads as a name and nothing else) and no
    title's, the last one ending the phrase (no title, ``selaku`` or ``sebagai`` after it); none
    when any item is not such a name or no ``dan`` closes the list."""
    tokens = ctx.tokens
    names: list[ParsedName] = []
    while k < len(tokens):
        # ("dan Moch. Rizal Hakim": a given name written short opens a person's name, which the
        # tagger may not read as one)
        if match_title(ctx, k) is not None:
            return []
        name = parse_name(ctx.text, tokens, k)
        if name is None or _org_like(name) or not plausible_person(name.name, titled=True):
            return []
        # (the tagger's name may start after an honorific: "dan Hj. Nur Aini Rahmah, S.Ag.")
        tagged = (
            ctx.person_starts_at(tokens[k].start)
            or ctx.person_starts_at(name.start)
            or (tokens[k].bare in lexicon.NAME_ABBREVIATIONS and ctx.text.startswith(".", tokens[k].bare_end))
        )
        if not (tagged or untagged):
            return []
        if not tagged and (
            not plausible_person(name.name, ctx.lower_words) or not_a_person(ctx, name.name) is not None
        ):
            return []
        names.append(name)
        k = name.next_index
        if closed:
            after = tokens[k] if k < len(tokens) else None
            if (
                after is not None
                and not ctx.ends_sentence(k - 1)  # ("... dan Nur Aini. Bupati hadir": a new sentence)
                and (after.text in _AS or match_title(ctx, k))
            ):
                return []
            return names
        if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text == "dan":
            k, closed = k + 2, True
        elif k < len(tokens) and tokens[k].text == "dan":
            k, closed = k + 1, True
        elif k < len(tokens) and tokens[k].text == ",":
            k += 1
        else:
            return []
    return []


#: the words for a pair of candidates ("pasangan calon", "paslon", "duet")
_PAIR_WORDS = r"[Pp]asangan|[Pp]aslon|[Dd]uet|[Cc]alon|[Kk]andidat"
#: "pasangan calon Hendra Gunawan-Rudi Hartono", "paslon Sutrisno-Wulan", "pemerintahan Harjono-Sulastri":
#: two persons' names joined by a hyphen after a word for a pair (or the government they lead)
_PAIR = re.compile(
    rf"\b(?:{_PAIR_WORDS}|[Pp]emerintahan)\b[^.\n\"“”]{{0,40}}?"
    r"(?<![\w-])(?P<left>(?:[A-Z][\w']+\s+){0,3}[A-Z][\w']+)-(?P<right>[A-Z][\w']+(?:\s+[A-Z][\w']+){0,3})(?![\w-])"
)


def extract_pairs(ctx: Context) -> None:
    """Both persons of a hyphened pair (:func:`kg.extract.names.hyphened_pair` keeps them from being one).

    A side of several words is a name when each word can be a name's and the whole is plausible;
    a side of one word only when it names a person the article already has ("Sutrisno-Wulan").
    """
    for m in _PAIR.finditer(ctx.text):
        if ctx.claimed(m.start("left"), m.end("right")):
            continue
        for name, start in ((m.group(g), m.start(g)) for g in ("left", "right")):
            name, start = _without_honorifics(name, start)
            if not _pair_side(ctx, name):
                continue
            parsed = ParsedName(
                name=name,
                start=start,
                end=start + len(name),
                prefixes=(),
                suffixes=(),
                full_start=start,
                full_end=start + len(name),
                next_index=0,
            )
            add_person(ctx, parsed, ctx.stage)
    for name in list(_degreed_pairs(ctx)):
        add_person(ctx, name, ctx.stage)


#: a word for a pair of candidates, before the pair in its sentence ("pasangan calon nomor 2 ...")
_PAIR_WORD = re.compile(rf"\b(?:{_PAIR_WORDS})\b")
#: a dash standing as a token: between a pair's two names, or a route's ends ("Sumbul – Sitinjo")
_DASHES = frozenset({"-", "–", "—"})


def _degreed_pairs(ctx: Context) -> Iterator[ParsedName]:
    """The second name of each pair written with degrees, a dash after the first's last degree
    ("pasangan calon nomor 2 Ir. Budi Santoso, M.T.–Siti Aminah, S.Sos."; :data:`_PAIR` reads pairs
    without degrees): a name after a word for a pair in its sentence."""
    tokens = ctx.tokens
    for k in range(1, len(tokens) - 1):
        if tokens[k].text not in _DASHES or not lexicon.is_degree(tokens[k - 1].text):
            continue
        sentence = sentences.containing(ctx.sentences, tokens[k].start)
        if sentence is None or not _PAIR_WORD.search(ctx.text, sentence.start, tokens[k].start):
            continue
        name = parse_name(ctx.text, tokens, k + 1)
        if name is not None and not ctx.claimed(name.start, name.end) and _pair_side(ctx, name.name):
            yield name


def _without_honorifics(name: str, start: int) -> tuple[str, int]:
    """``Bapak Harjono`` → ``Harjono`` (at its own offset): the name after its forms of address."""
    words = list(re.finditer(r"\S+", name))
    k = 0
    while k < len(words) - 1 and words[k].group() in lexicon.HONORIFICS:
        k += 1
    return name[words[k].start() :], start + words[k].start()


def _pair_side(ctx: Context, name: str) -> bool:
    """Whether one side of a hyphened pair (``Sutrisno`` of "paslon Sutrisno-Wulan") is a person's name:
    one word of a person the article already names, or several words each fit for a name that make a
    plausible one and no title, body or stop word."""
    words = name.split()
    if len(words) == 1:
        return any(name in p.name.split() for p in ctx.of_type(EntityType.PERSON))
    return (
        all(
            w not in lexicon.STOPWORDS and w not in lexicon.ORG_HEAD_WORDS and w not in lexicon.TITLES
            for w in words
        )
        and plausible_person(name, ctx.lower_words)
        and not_a_person(ctx, name) is None
    )


def _names_a_person(ctx: Context, word: str) -> bool:
    """``Gubernur Jawa Timur (Harjono)``: the bracket holds a name of a person the article writes, not a short form."""
    return any(word in e.name.split() for e in ctx.of_type(EntityType.PERSON))


#: a sentence opened by the foreign country it speaks of ("Bahkan di Korea Selatan, pertemuan antara Presiden ...")
_FRONTED_PLACE = re.compile(
    r"(?:[A-Z]?[a-z]+\s+){0,2}?[Dd]i\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*,"
)
#: words saying the head beside them is a foreign visitor ("pesawat kenegaraan yang ditumpangi Presiden X")
_FOREIGN_VISIT = re.compile(
    rf"\b(?:{lang.alternation(lang.words('foreign-visit-cues', casefold=True))})\b", re.IGNORECASE
)
#: a national office written with its country ("Presiden RI", "Presiden ke-7 Republik Indonesia")
_COUNTRY_WRITTEN = re.compile(r"\b(?:RI|Indonesia|Republik)\b")


#: a country's name as written ("Amerika Serikat", "AS", "Jepang")
_COUNTRY_NAME = re.compile(rf"(?<![\w-])(?:{lang.alternation(sorted(lexicon.COUNTRY_NAMES))})(?![\w-])")
#: the words by which a text names Indonesia itself
_INDONESIA = re.compile(r"\b(?:Indonesia|RI|NKRI)\b")


def _set_abroad(ctx: Context) -> str | None:
    """``Dolar AS ... tekanan dari Presiden Budi``: the one foreign country an article names that
    names no Indonesian region and not Indonesia itself, the country its bare national offices are of."""
    if ctx.regions or _INDONESIA.search(ctx.text):
        return None
    named = {_foreign_country(m.group()) for m in _COUNTRY_NAME.finditer(ctx.text)} - {None}
    return named.pop() if len(named) == 1 else None


def _foreign_country(name: str) -> str | None:
    """The country a place's name is, when it is one other than Indonesia."""
    country = lexicon.COUNTRIES.get(name, name if name in lexicon.WORLD_COUNTRIES else None)
    return country if country is not None and country != "Indonesia" else None


def _in_foreign_setting(ctx: Context, m: Membership) -> bool:
    """``Bahkan di Korea Selatan, pertemuan antara Presiden Budi ...``: the office's sentence opens with
    another country as its setting."""
    sentence = sentences.containing(ctx.sentences, m.span.start)
    if sentence is None:
        return False
    fronted = _FRONTED_PLACE.match(sentence.text)
    return (
        fronted is not None
        and sentence.start + fronted.end() <= m.span.start
        and _foreign_country(fronted.group("place")) is not None
    )


def _foreign_heads_keep_their_state(ctx: Context, mentions: list[RoleMention]) -> None:
    """A national office written without its country is the Republic of Indonesia's unless the
    article says otherwise:

    - ``Presiden Afrika Selatan Daniel Moyo ... Presiden Moyo``: the same person holds the
      office of another country elsewhere in the article, so the bare title is that office;
    - ``pesawat kenegaraan yang ditumpangi Presiden Moyo``, in an article that names the
      ``Presiden Afrika Selatan``: a visiting head, of the one other country whose office the article
      names (none when it names none or several);
    - ``Bahkan di Korea Selatan, pertemuan antara Presiden Budi ...``: a head in another country's
      setting, whose country the sentence does not tie to him;
    - ``Dolar AS ... tekanan dari Presiden Budi``: an article that names one foreign country and
      neither Indonesia nor any of its regions is set there, and so is the office.
    """
    national = [
        m
        for m in ctx.memberships
        if m.organization is not None
        and m.organization.name == lexicon.NATIONAL_GOVERNMENT
        and not _COUNTRY_WRITTEN.search(m.span.text)
    ]
    if not national:
        return
    foreign = {
        (id(m.person), id(m.role))
        for m in ctx.memberships
        if m.organization is not None
        and m.organization.name.startswith("Pemerintah ")
        and m.organization.name != lexicon.NATIONAL_GOVERNMENT
    }
    visitors = {
        id(m.person)
        for m in national
        if (sentence := sentences.containing(ctx.sentences, m.span.start)) is not None
        and _FOREIGN_VISIT.search(sentence.text)
    }
    states: dict[int, set[int]] = {}
    bodies: dict[int, Entity] = {}
    for mention in mentions:
        if (
            mention.organization is not None
            and mention.organization.name.startswith("Pemerintah ")
            and mention.organization.name != lexicon.NATIONAL_GOVERNMENT
        ):
            states.setdefault(id(mention.role), set()).add(id(mention.organization))
            bodies[id(mention.organization)] = mention.organization
    abroad = _set_abroad(ctx)
    kept: list[Membership] = []
    for m in ctx.memberships:
        if m not in national:
            kept.append(m)
        elif (id(m.person), id(m.role)) in foreign or _in_foreign_setting(ctx, m):
            continue
        elif id(m.person) in visitors:
            if len(named := states.get(id(m.role), set())) == 1:
                kept.append(replace(m, organization=bodies[next(iter(named))]))
        elif abroad is not None:
            state = ctx.add(EntityType.ORGANIZATION, f"Pemerintah {abroad}", 0, 0, ctx.stage)
            state.government = True
            kept.append(replace(m, organization=state))
        else:
            kept.append(m)
    ctx.memberships[:] = kept


def _company_through_names(ctx: Context, i: int, title: TitleMatch) -> TitleMatch:
    """``Tri Winarto, Direktur PT Firdaus Mulia Abadi.``: the person is named before the title, so
    the capitalised words after the company's first word are the company's, not a second name."""
    org = title.org
    if org is None or org.name.split()[0] not in {"PT", "CV"} or _apposed_name(ctx, i) is None:
        return title
    full = parse_company(ctx, ctx.token_index(org.start), through_names=True)
    if full is None or full.end <= org.end:
        return title
    return replace(title, org=full, end=full.end, next_index=full.next_index)


#: the offices no region has, so that a region's name after them is the holder's ("Wamendagri Bima Arya")
_NATIONAL_OFFICE = re.compile(r"(?:Wakil )?(?:Menteri|Presiden)\b")


#: the word that opens the area a body's branch serves ("... Wilayah Dairi")
_AREA = "Wilayah"


def _past_the_office(
    ctx: Context, name: ParsedName, *, national: bool, kin: bool = False
) -> tuple[ParsedName | None, bool]:
    """The person's name when the words read as one still belong to the office.

    ``Ketua DPRD Indragiri Hulu, Riau Salim``: a region opening the name is where the
    office is (the name follows it). ``Direktur Kemahasiswaan Unpad, Inu Isnaeni Sidiq,``:
    one word, then a comma and a longer name set off like an apposition — the one word
    is the body's short name and the person is the name after it; so are longer words the
    tagger does not read as a person's before a name it does (``Direktur Riset Index
    Politica, Fadhly Alimin Hasyim, kepada wartawan``). ``Kepala Satgas Wilayah V
    Dian Patria``: a Roman numeral inside the words numbers the office, and the name starts
    after it. The flag says the name came after a region: its place leaves no doubt that it
    is a name ("Salim"). After a ``national`` office (a minister's or the president's, which no
    region has) a region's name opens the person's ("Wakil Menteri Dalam Negeri Bima Arya Sugiarto").
    After a relative (``kin``: "istri Presiden ke-4 RI Hasan Basri, Rina Kartika") the
    office is the first name's and the name set off after it the relative's.
    """
    tokens = ctx.tokens
    i = ctx.token_index(name.full_start)
    if tokens[i].bare == _AREA and i + 1 < name.next_index:
        # "Kepala Cabang Dinas Pendidikan Provinsi X Wilayah Dairi Romauli Simbolon": the area the branch
        # serves ends the office (the region, or one capitalised word), the name follows it
        area = gazetteer.match_at(ctx.text, tokens[i + 1].start, {"kota", "kabupaten", "provinsi"})
        k = ctx.token_index(area.end) if area is not None else i + 2
        if k < name.next_index:
            return parse_name(ctx.text, tokens, k), True
    last = tokens[name.next_index - 1]
    if name.next_index - 1 > i and last.text.endswith(".") and last.text in lexicon.HONORIFICS:
        # "Sekda Tobas Dr. Ir. Rudi Hutapea": an honorific written with its period opens the name after
        # it; the word before it is the office's (its region's short form)
        rest = parse_name(ctx.text, tokens, name.next_index - 1)
        if rest is not None and len(rest.name.split()) >= 2:
            return rest, True
    numbered = [  # "I" also opens Balinese names ("AKP I Ketut Sukadi")
        k
        for k in range(i + 1, name.next_index - 1)
        if tokens[k].text != "I" and ROMAN_NUMERAL.match(tokens[k].text)
    ]
    if numbered:
        # "Kepala Satgas Korsup Wilayah V Dian Patria", "Teradu VII Bernard ...": the number ends the office
        return parse_name(ctx.text, tokens, numbered[-1] + 1), False
    country = country_at(ctx, i)
    if country is not None and country[2] < name.next_index:
        # "Menteri Energi Uni Emirat Arab Hamdan Al Rashidi": the country is the office's
        rest = parse_name(ctx.text, tokens, country[2])
        if rest is not None and len(rest.name.split()) >= 2:
            return rest, True
    region = (
        gazetteer.match_at(ctx.text, tokens[i].start, {"provinsi", "kabupaten", "kota"})
        if i < len(tokens)
        else None
    )
    if region is not None and region.end < name.end and not national:
        # ("Kepala BPS Jatim Zulkipli" heads BPS Jatim; "Wamendagri Bima Arya ..." is Bima's name)
        k = ctx.token_index(region.end)
        # "Pengasuh Ponpes Langitan Tuban Jawa Timur ini": the province after the town belongs to the office too
        while k < len(tokens) and (wider := gazetteer.match_at(ctx.text, tokens[k].start, {"provinsi"})):
            k = ctx.token_index(wider.end)
        return (parse_name(ctx.text, tokens, k) if k < len(tokens) else None), True
    if region is not None and region.end == name.end:
        # "Ketua Komnas PA Sidoarjo, Hari Wibowo": the region ends the office, the name follows
        k = ctx.token_index(region.end)
        if k + 1 < len(tokens) and tokens[k].text == ",":
            after = parse_name(ctx.text, tokens, k + 1)
            if after is not None and len(after.name.split()) >= 2:
                return after, True
    # "Kemenko IPK Muhammad Rachmat Kaimuddin", "EDGE Group Faisal Al Bannai": the body, then the name
    # (within the name: its degrees and adat title after it are no body's words)
    bodies = [
        k for k in range(i, min(name.next_index, ctx.token_index(name.end)) - 2) if _body_word(tokens[k].bare)
    ]
    lead = bodies[-1] + 1 if bodies else i
    if lead > i:
        rest = parse_name(ctx.text, tokens, lead)
        if rest is not None and len(rest.name.split()) >= 2 and not_a_person(ctx, rest.name) is None:
            return rest, False
    k = name.next_index
    if kin or k + 1 >= len(tokens) or tokens[k].text != ",":
        return name, False
    one_word = len(name.name.split()) == 1
    # "Presiden Komisaris PT NUSAPRIMA Berkah Energi, Siti Rahma,": a company's word ends the body
    company = any(word in lexicon.COMPANY_NAME_WORDS for word in name.name.split())
    # "General Manager Pertamina Patra Niaga Regional Sumbagsel, Budi Hartono": no one's name
    thing = not one_word and not_a_person(ctx, name.name) is not None
    if (
        not one_word
        and not company
        and not thing
        and (ctx.person_starts_at(name.start) or not ctx.person_starts_at(tokens[k + 1].start))
    ):
        return name, False  # two names in a row are a list, unless only the second is a person's
    after = parse_name(ctx.text, tokens, k + 1)
    if after is None or len(after.name.split()) < 2 or tokens[k + 1].bare in _FIRST_WORDS:
        return name, False
    if thing and plausible_person(after.name, ctx.lower_words):
        return after, False
    closing = tokens[after.next_index].text if after.next_index < len(tokens) else ""
    if closing == "," or (not one_word and SPEECH_AFTER.match(ctx.text[after.end : after.end + 40])):
        return after, False
    return name, False


def _closes_a_clause(ctx: Context, start: int, comma: int) -> bool:
    """Whether the comma at token ``comma`` after an office closes a clause the sentence opens
    with a conjunction ("Meski kritik diarahkan kepada Menkeu, Gus Maksum menilai ..."): the
    name after it is the sentence's subject, not the office's holder."""
    sentence = sentences.containing(ctx.sentences, start)
    if sentence is None:
        return False
    first = re.match(r"\W*(\w+)", ctx.text[sentence.start : start])
    return (
        first is not None
        and first.group(1).lower() in lexicon.SUBORDINATORS
        and "," not in ctx.text[sentence.start : ctx.tokens[comma].start]
    )


def _with_local_area(ctx: Context, title: TitleMatch) -> TitleMatch:
    """``Ketua KSB Sukamaju, Nofrida ...``, ``Budi, Ketua Paguyuban Pedagang Sukamaju, mengaku``:
    the capitalised words between a body's name and a comma that the article writes elsewhere as
    a district or village with its level word ("Kelurahan Sukamaju") are the body's place, the
    end of its name, not its holder's name (a region's own body is placed already)."""
    org, tokens = title.org, ctx.tokens
    if org is None or not org.explicit or org.region is not None or org.end != title.end:
        return title
    j = title.next_index
    k = local_area_at(ctx, j)
    if k is None or k >= len(tokens) or tokens[k].text != ",":
        return title
    end = tokens[k - 1].end
    area = ctx.text[tokens[j].start : end]
    written = ctx.text[org.start : end]
    named = f"{org.name} {area}"
    local = replace(
        org, name=named, end=end, next_index=k, aliases=(written,) if written != named else (), parent=None
    )
    return replace(title, org=local, end=end, next_index=k)


#: the words that say where an office's holder comes from before its village: "dari Desa X", "asal Desa X"
_FROM = frozenset({"dari", "asal"})


def _past_local_place(ctx: Context, j: int) -> int:
    """The token after a district or village written with its level word at ``j`` (the place of
    an office named before it: "Kepala SPPG Sukamaju Desa Sukaresmi, Hana ..."), or ``j``; so after
    one written after "dari" or "asal", or one the gazetteer lacks (its level word and one to three
    capitalised words), when a comma follows it: "Ketua Kelompok Tani X dari Desa Y, Budi ...". The
    district after the village, between commas, is passed over too: "... Desa Y, Kecamatan Z, Budi";
    so is one after a comma at ``j`` (the village was the office's own: "Wali Nagari X, Kecamatan Z,
    Budi")."""
    tokens = ctx.tokens
    after_from = j < len(tokens) and tokens[j].text in _FROM
    place = _local_place_at(ctx, j + 1 if after_from else j)
    if place is None:
        # ("Wali Nagari X, Kecamatan Z, Budi": the district of the office's own village)
        return _past_district_set_off(ctx, j) if _comma_at(tokens, j) else j
    n, listed = place
    if _comma_at(tokens, n):
        return _past_district_set_off(ctx, n)
    # (a village the gazetteer reads, right after the office: comma or not)
    return n if listed and not after_from else j


def _past_district_set_off(ctx: Context, comma: int) -> int:
    """The comma closing a district or village written with its level word after the comma at token
    ``comma`` (one the gazetteer lacks too, unlike :func:`_district_set_off`), else ``comma``."""
    district = _local_place_at(ctx, comma + 1)
    return district[0] if district is not None and _comma_at(ctx.tokens, district[0]) else comma


#: how many capitalised words a village the gazetteer lacks is read by after its level word
_UNLISTED_VILLAGE_WORDS = 3


def _local_place_at(ctx: Context, k: int) -> tuple[int, bool] | None:
    """The token after a district or village written with its level word at token ``k`` (one the
    gazetteer reads, or its level word and one to three capitalised words), and whether the gazetteer
    reads it; ``None`` when none is written there."""
    tokens = ctx.tokens
    # (or by its region's own word: Papua's "Kampung X, Distrik Y", Aceh's "Gampong", Yogyakarta's ...)
    if k >= len(tokens) or tokens[k].bare not in lexicon.BELOW_TOWN_WORDS:
        return None
    local = gazetteer.match_at(ctx.text, tokens[k].start, set(lexicon.LOCAL_LEVELS))
    if local is not None and local.explicit:
        n = ctx.token_index(local.end)
        if n < len(tokens) and tokens[n].bare in lexicon.AREA_COMPASS_WORDS:
            n += 1  # "Desa X Kidul": a word of direction ends the village's name
        return n, True
    n = k + 1
    while (
        n < len(tokens)
        and n - k <= _UNLISTED_VILLAGE_WORDS
        and tokens[n].capitalised
        and tokens[n].text == tokens[n].bare
    ):
        n += 1
    return (n, False) if n > k + 1 else None


def _comma_at(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is a comma."""
    return k < len(tokens) and tokens[k].text == ","


#: a member's constituency after his office, up to the comma before his name: "dari daerah pemilihan
#: (dapil) Sumbul", "dari Dapil Sumatera Utara II", "dari Daerah Pemilihan III", of districts joined
#: by a dash or listed ("dari dapil Sumbul–Sitinjo", "dari daerah pemilihan yang meliputi Sumbul,
#: Sitinjo, dan Parbuluan")
_CONSTITUENCY_NAME = (
    r"[A-Z0-9][\w/-]*(?:\s+[A-Z0-9][\w/-]*){0,4}(?:\s*[–-]\s*[A-Z0-9][\w/-]*(?:\s+[A-Z0-9][\w/-]*){0,3})*"
)
_CONSTITUENCY = re.compile(
    r"dari\s+(?:[Dd]aerah\s+[Pp]emilihan|[Dd]apil)(?:\s+\([^()]{1,12}\))?(?:\s+yang\s+meliputi)?"
    rf"\s+{_CONSTITUENCY_NAME}(?:(?:,\s+{_CONSTITUENCY_NAME})*,?\s+dan\s+{_CONSTITUENCY_NAME})?(?=\s*,)"
)


def _past_constituency(ctx: Context, j: int) -> int:
    """The comma after a member's constituency written at token ``j`` (:data:`_CONSTITUENCY`), or ``j``."""
    tokens = ctx.tokens
    if j >= len(tokens) or tokens[j].text != "dari":
        return j
    m = _CONSTITUENCY.match(ctx.text, tokens[j].start)
    return ctx.token_index(m.end()) if m is not None else j


def _body_word(word: str) -> bool:
    """A word of a body's name written before a holder's name: an acronym, a ministry's short form, "Group"."""
    return (
        (word.isupper() and len(word) >= 2)
        or word.startswith("Kemen")
        or word in lexicon.COMPANY_NAME_WORDS
        or word in gazetteer.all_abbreviations()
    )


def _room_named_for(ctx: Context, i: int) -> bool:
    """Whether the title at token ``i`` names a room or building after its office ("di Ruang Sidang
    Wali Kota, Balai Kota Surabaya", "Rumah Dinas Bupati, Jalan ...", "Aula Rumah Jabatan Bupati,
    Bukit Sahat, Sidikalang"): what follows its comma is where the room is, not the office's holder."""
    tokens = ctx.tokens
    if i == 0 or ctx.broken_before(i):
        return False  # ("... tentang Nagari.\nKepala Dinas X, Budi": the word ends the sentence before)
    return tokens[i - 1].bare in lexicon.VENUE_FIRST_WORDS or (
        # "Ruang Sidang", "Rumah Jabatan": a venue's head of two words; "di ruang rapat Wali Kota, Balai
        # Kota X": a room's kind in lower case
        i > 1
        and tokens[i - 2].bare.casefold() in {"ruang", "rumah"}
        and (tokens[i - 1].capitalised or tokens[i - 1].bare in _ROOM_KINDS)
    )


#: the kinds of room written in lower case after "ruang" ("ruang rapat Wali Kota"), and of house after
#: "rumah" ("rumah dinas Bupati")
_ROOM_KINDS = ROOM_KINDS | {"tamu", "dinas", "jabatan"}


def _place_within(title: TitleMatch, name: str) -> bool:
    """Whether ``name`` is a district or village inside the region of the title's organisation."""
    region = title.org.region if title.org is not None else None
    return region is not None and any(r.code.startswith(region.code + ".") for r in gazetteer.lookup(name))


def _seat(
    ctx: Context, title: TitleMatch, role: Entity, bodies: list[Entity]
) -> tuple[Entity, Entity] | None:
    """The membership of the head of a unit inside a body: the unit goes into the role, the body is the org.

    ``Wakil Ketua Komisi VI DPR RI Darmawan`` holds the role *Wakil Ketua Komisi VI* in the
    DPR RI (the unit stays a node of its own, ``org:subOrganizationOf`` the body). A party
    named after the unit (``dari Fraksi PKB``) is an affiliation, not the body. The
    offices of a regional government (its Dinas and Badan) are bodies of their own.
    """
    unit = title.org
    if unit is not None and not bodies and unit.parent is None and COMMISSION_NAME.fullmatch(unit.name):
        # "Anggota Komisi A lainnya, Budi" after "Ketua Komisi A DPRD Kota Batu": the commission named before
        named = {
            e.parent.name: e.parent
            for e in ctx.of_type(EntityType.ORGANIZATION)
            if e.parent is not None and e.name.startswith(f"{unit.name} ")
        }
        if len(named) != 1:
            return None
        return _seat_role(ctx, title, role, ctx.text[unit.start : unit.end].strip(" ,")), next(
            iter(named.values())
        )
    if unit is None or not bodies or unit.parent is None or is_academic_unit(unit) or _placed_station(unit):
        return None  # ("Dekan Fakultas Hukum Universitas X" heads the faculty, a body of its own; so
        # does the head of "Stasiun Geofisika Pasuruan")
    body = next((b for b, m in zip(bodies, unit.named_with, strict=True) if m.name == unit.parent), None)
    if body is None:
        return None
    inner = next(m for m in unit.named_with if m.name == unit.parent)
    if inner.region is not None and inner.name == government_of(inner.region):
        return None  # "Kepala Dinas Sosial Pemkot Malang" heads the Dinas, a body of its own
    # (the house may be the one named before: "Ketua Pansus Ranperda X Budi" in a DPRD's article)
    words = _unit_words(ctx, unit)
    if not words:
        return None
    words = _COMMITTEE_BILL.sub(r"\g<committee>", words)
    first, _, which = words.partition(" ")
    if first in lexicon.LEGISLATURE_UNITS:
        # "Ketua Baleg DPR RI" holds the title "Ketua Badan Legislasi", "Ketua Pansus II" "Ketua Panitia Khusus II"
        words = f"{lexicon.LEGISLATURE_UNITS[first][0]} {which}".strip()
    return _seat_role(ctx, title, role, words), body


def _division_of_joined_body(
    ctx: Context,
    title: TitleMatch,
    role: Entity,
    joined: list[tuple[TitleMatch, Entity, Entity | None, tuple[Entity, Entity] | None]],
) -> tuple[Entity, Entity] | None:
    """The seat of a division's head whose title, joined to an office before it, names no body:
    "Anggota Bawaslu X sekaligus Koordinator Divisi Penanganan Pelanggaran, Budi" coordinates the
    division of Bawaslu X (the role "Koordinator Divisi Penanganan Pelanggaran" in it)."""
    unit = title.org
    if not joined or unit is None or unit.parent is not None or unit.name.split()[0] not in _DIVISION_WORDS:
        return None
    body = joined[-1][2]
    if body is None:
        return None
    return _role_with(ctx, title.role, role, _unit_words(ctx, unit)), body


def _unit_words(ctx: Context, unit: OrgMatch) -> str:
    """The words a unit is written with before the body it sits in ("Bagian Kesra" of "Bagian Kesra
    Setda Dairi"); all its words when that body is written before it or not at all."""
    body = next((m for m in unit.named_with if m.name == unit.parent), None)
    end = body.start if body is not None and body.start > unit.start else unit.end
    return ctx.text[unit.start : end].strip(" ,")


#: a special committee named by its bill ("Pansus Raperda Pengelolaan Sampah", "Panitia Khusus (Pansus)
#: Ranperda ..."): its chair holds the committee's title, "Ketua Panitia Khusus"; the bill names the
#: committee (a unit of its own), not the office
_COMMITTEE_BILL = re.compile(
    rf"^(?P<committee>{lexicon.SPECIAL_COMMITTEE}"
    rf"|{lexicon.LEGISLATURE_UNITS[lexicon.SPECIAL_COMMITTEE][0]}(?: \({lexicon.SPECIAL_COMMITTEE}\))?)"
    r"\s+(?:Ranperda|Raperda|Rancangan|RUU)\b.*",
    re.DOTALL,
)


#: titles whose "Bidang ..." is the holder's portfolio, not a division the holder heads
_PORTFOLIO_TITLES = frozenset({"Deputi", "Rektor", "Dekan"})


def _implied_division(ctx: Context, title: TitleMatch) -> bool:
    """Whether the title's organisation is an internal division of a body named after it, which the
    title implies without writing the division's word ("Kabid Humas Polda Jateng": "Bidang Humas
    Polda Jateng"). Annotators keep such divisions in the office (Kepala Bidang Humas of Polda
    Jateng), not as bodies of their own."""
    unit = title.org
    if unit is None or unit.parent is None or (division := unit.name.split()[0]) not in _DIVISION_WORDS:
        return False
    if division == "Bidang" and title.role.removeprefix("Wakil ").split()[0] in _PORTFOLIO_TITLES:
        return True  # "Deputi Bidang Statistik Sosial BPS": the deputy's portfolio, no unit he heads
    # "Kepala Bagian Kesra Setda Dairi" writes the division out, in the office all the same; a
    # body of its own once the article names it outside a head's title ("Bagian Kerja Sama Setda
    # Dairi menyiapkan naskahnya")
    own = _unit_words(ctx, unit)
    # ("Kepala Bagian Operasi Polres Dairi": the title's words hold the division's)
    return not _division_acts(ctx, own if own.startswith(division) else f"{division} {own}")


#: the word of a head's title right before the division written out ("Kepala Bagian Umum", "Plt.
#: Kepala Bagian Umum", "Koordinator Divisi Hukum Bawaslu X"; a short title, "Kabag", holds the
#: division's word itself)
_DIVISION_HEADS = frozenset({"Kepala", "Koordinator", "Ketua"})


def _division_acts(ctx: Context, own: str) -> bool:
    """Whether the article names a division by its own words ``own`` ("Bagian Kerja Sama") where no
    head's title opens with it: the division does something, a body of its own."""
    for m in re.finditer(rf"\b{re.escape(own)}\b", ctx.text):
        before = ctx.text[max(0, m.start() - 20) : m.start()].split()
        if not before or before[-1] not in _DIVISION_HEADS:
            return True
    return False


def _seat_role(ctx: Context, title: TitleMatch, role: Entity, unit: str) -> Entity:
    """The role of a unit's office holder in the body the unit sits in: ``Wakil Ketua Komisi VI``."""
    # "Direktur Jenderal Anggaran (DJA)": the role without the unit's short form
    unit = without_brackets(unit)
    first, _, rest = unit.partition(" ")
    if rest and first == title.role.split()[-1]:
        unit = rest  # "Kepala Bagian" of "Bagian Protokol ...": the section's word written once
    return _role_with(ctx, title.role, role, unit)


def _role_with(ctx: Context, name: str, role: Entity, words: str) -> Entity:
    """The role ``name`` (``role``'s) named on with a unit's ``words``, its aliases likewise."""
    seat = ctx.add(EntityType.ROLE, f"{name} {words}", 0, 0, ctx.stage)
    seat.aliases.update(f"{alias} {words}" for alias in role.aliases)
    return seat


_APPOSITION = (
    frozenset({",", "yaitu", "yakni", "menjabat", "menjadi"})
    | lexicon.AS_WORDS
    | lexicon.APPOINTED_WORDS
    | lexicon.IS_WORDS
)
#: Words between a name and the title written after it: "yang juga menjabat sebagai", "yang kini".
_LINKING = lexicon.LINKING_WORDS
#: Words joining two offices of one person ("sekaligus", "merangkap", "/").
_JOINING = frozenset({"sekaligus", "merangkap", "/"})


_AS = lexicon.AS_WORDS


def _opens_next_appointment(ctx: Context, i: int, name: ParsedName) -> bool:
    """``dilantik yakni A sebagai Kepala Dinas X, B sebagai Kepala Badan Y``: a list of appointments.

    When the title at ``i`` follows its own ``sebagai`` (or ``menjabat``) and the name after its
    comma is followed by ``sebagai`` (``menjabat``) and a title, that name opens the next item
    ("Wali Kota Malang, Hendra selaku Ketua TPPS", with no name before the first title, is one
    person's two offices).
    """
    tokens = ctx.tokens
    k = name.next_index
    if k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text in _LINKING:
        k += 1  # "B, S.IP., sebagai Camat ...": the degrees' comma before the item's "sebagai"
    linked = k
    while k < len(tokens) and k - linked < 3 and tokens[k].text in _LINKING:
        k += 1  # "B, S.IP., dipercaya menjadi Camat ...", "B kini menjabat ...": the words of taking it
    return (
        i > 0
        and tokens[i - 1].text in _ITEM_LINKS
        and linked < k < len(tokens)
        and any(token.text in _ITEM_LINKS for token in tokens[linked:k])
        # ("B sebagai Camat Tanjung X": a title whose district the gazetteer writes otherwise)
        and (match_title(ctx, k) is not None or tokens[k].bare in lexicon.TITLE_FIRST_WORDS)
    )


#: the words between each name and its office in a list of appointments ("A sebagai X, B sebagai Y",
#: "Sebelumnya, A menjabat X, B menjabat Y", "A menjadi X, B menjadi Y", "A dilantik sebagai X, B
#: dipercaya menjadi Y")
_ITEM_LINKS = _AS | lexicon.APPOINTED_WORDS | {"menjabat", "menjadi"}


#: "..., yang juga (menjabat sebagai)" right before a second title of the person just named
_ALSO_HOLDING = re.compile(r"\byang\s+juga\s+(?:menjabat\s+(?:sebagai\s+)?)?$")


def _titled_before(ctx: Context, i: int) -> Entity | None:
    """``Sekda Kota Batu, Agus Setiawan selaku Ketua TAPD``, ``Wakil Bupati X, Budi, yang juga Ketua
    TPPS``: the person read just before ``selaku`` or ``yang juga`` (and the degrees after the name:
    ``Dandim 0207/X Letkol Inf Budi, S.E., selaku Dansatgas TMMD``)."""
    tokens = ctx.tokens
    also = _ALSO_HOLDING.search(ctx.text, max(0, tokens[i].start - 40), tokens[i].start)
    if also is not None:
        i = ctx.token_index(also.start()) + 1  # (as if "selaku" stood in the words' place)
    elif i < 2 or tokens[i - 1].text not in _AS:
        return None
    k = i - 2
    while k > max(0, i - 10) and (tokens[k].text in {",", "."} or lexicon.is_degree(tokens[k].text)):
        k -= 1
    return ctx.entity_at(tokens[k].start, tokens[k].end, EntityType.PERSON)


#: "digeser dari (jabatan)": the post a transfer moved someone from follows
_MOVED_FROM = r"(?:digeser|dipindah|dimutasi|bergeser)\s+dari(?:\s+jabatan)?"
#: "(yang) saat (masih) menjabat sebagai", "ketika menjabat", "yang kala itu menjadi", "yang sebelumnya
#: menjabat sebagai", "digeser dari" between a name and the title it held then
_HELD_THEN = re.compile(
    r"\s(?:yang\s+)?(?:(?:(?:saat|ketika|semasa|sewaktu|kala)(?:\s+itu)?\s+(?:masih\s+)?|(?:sebelumnya|pernah|sempat)\s+)"
    rf"(?:menjabat|menjadi)(?:\s+sebagai)?|{_MOVED_FROM})\s+$"
)


def _held_then(ctx: Context, i: int) -> int | None:
    """``Budi saat masih menjabat sebagai Wali Kota X``: the token opening the clause of a past office
    before the title at token ``i``, if one stands there."""
    start = ctx.tokens[i].start
    m = _HELD_THEN.search(ctx.text, max(0, start - 60), start)
    return ctx.token_index(m.start() + 1) if m is not None else None


#: ", yang sebelumnya menjabat", ", yang sebelumnya", ", yang digeser dari" right before a title: the
#: post the person of the clause before held until then
_POST_BEFORE = re.compile(
    rf",\s*yang\s+(?:sebelumnya(?:\s+(?:menjabat|adalah|merupakan))?(?:\s+sebagai)?|{_MOVED_FROM})\s+$"
)


def _posted_before(ctx: Context, i: int) -> Entity | None:
    """``dilantik yakni dr. Ayu, sebagai Kepala Dinas Kesehatan, yang sebelumnya menjabat Direktur
    RSUD X; ...``: the holder of the office read last in the same sentence and clause (no ";"
    between), when the title at token ``i`` follows ", yang sebelumnya (menjabat)" or ", yang
    digeser dari": the post that person held before."""
    start = ctx.tokens[i].start
    if _POST_BEFORE.search(ctx.text, max(0, start - 50), start) is None:
        return None
    sentence = sentences.containing(ctx.sentences, start)
    lo = sentence.start if sentence is not None else 0
    lo = max(lo, ctx.text.rfind(";", lo, start) + 1)
    held = [m for m in ctx.memberships if lo <= m.span.start and m.span.end <= start]
    return max(held, key=lambda m: m.span.end).person if held else None


#: "menjadi" between the post a person was moved from and the one they were moved to
_MOVED_TO = re.compile(r"\s+menjadi\s+$")


def _moved_to(ctx: Context, i: int) -> Entity | None:
    """``A, yang digeser dari Kepala Dinas X menjadi Kepala Bappeda``: the holder of the office read
    right before "menjadi" and the title at token ``i``, who now holds this one."""
    start = ctx.tokens[i].start
    moved = _MOVED_TO.search(ctx.text, max(0, start - 12), start)
    if moved is None:
        return None
    return next((m.person for m in reversed(ctx.memberships) if m.span.end == moved.start()), None)


def _pair_before(ctx: Context, comma: int) -> bool:
    """``Budi-Ali, sebagai ...``: two names joined by a hyphen end right before the comma at token ``comma``."""
    before = ctx.text[max(0, ctx.tokens[comma].start - 60) : ctx.tokens[comma].start]
    return re.search(r"[A-Z][\w']*\s*-\s*[A-Z][\w']*(?:\s+[A-Z][\w']*)*$", before) is not None


def _apposed_name(ctx: Context, i: int) -> ParsedName | None:
    """A name written before its title: ``NAME, TITLE``, ``NAME selaku TITLE`` or ``NAME saat menjabat
    sebagai TITLE``; none where the name closes a list whose offices the titles list in turn
    (:func:`_holder_before`)."""
    found = _name_before_title(ctx, i)
    if found is None:
        return None
    name, start = found
    return None if _respectively(ctx, start, i) else name


def _holder_before(
    ctx: Context, i: int, title: TitleMatch
) -> tuple[ParsedName | None, tuple[int, ParsedName] | None]:
    """The name written before the title at token ``i`` that holds it (:func:`_apposed_name`), and,
    where that name closes a list whose offices the titles list in turn ("Budi dan Agus resmi
    menjadi Bupati dan Wakil Bupati"), the first name of the list instead, with the token of the
    next title and the name that holds that one. None when a ranked name a few words after the
    title holds it (:func:`_ranked_name_soon_after`)."""
    if _ranked_name_soon_after(ctx, title):
        return None, None  # "X, M.M., Kapolresta Pulau Ambon dan Pulau-Pulau Lease Kombes Pol. Y": Y's office
    if _REPRESENTED.match(ctx.text, title.end):
        return None, None  # "Budi, Kepala Kantor SAR X yang diwakili Ani": a new item, its holder away
    if _appointed_by(ctx, i, title):
        return None, None  # "Budi yang ditunjuk Bupati Dairi": the regent appointed him
    found = _name_before_title(ctx, i)
    if found is None:
        return None, None
    name, start = found
    if _set_off_speaker(ctx, start, title):
        return None, None  # ", lanjut Budi, Wakil Bupati memimpin ...": the office opens what Budi says
    if not _respectively(ctx, start, i):
        return name, None
    first, k = _first_of_list(ctx, start), _next_title(ctx, title)
    return (first, (k, name)) if first is not None and k is not None else (None, None)


def _set_off_speaker(ctx: Context, start: int, title: TitleMatch) -> bool:
    """Whether the name at token ``start`` is set off after a verb of saying (", lanjut Budi,") and the
    title after it goes on with a verb ("Wakil Bupati memimpin ..."): the name speaks, the office is the
    subject of what is said, no apposition ("...," ujar Budi, Kepala Dinas X. still is one)."""
    tokens = ctx.tokens
    after = title.next_index
    return (
        start >= 2
        and tokens[start - 1].text.lower() in lexicon.SPEECH_VERBS
        and tokens[start - 2].text == ","
        and after < len(tokens)
        and tokens[after].text[:1].islower()
        and tokens[after].text not in {"yang", "dan", "serta"}
    )


def _appointed_by(ctx: Context, i: int, title: TitleMatch) -> bool:
    """Whether the title at token ``i`` is the agent of a passive verb of appointing right before it
    ("Pj Kepala Desa yang ditunjuk Bupati Dairi", "diangkat Wali Kota"): the head of a government
    who appointed the name before, not its office ("ditunjuk sebagai Bupati" still is; "dilantik
    Bupati" may be either, and stays the name's)."""
    return i > 0 and ctx.tokens[i - 1].text in _APPOINTED_BY and title.role.split()[-1] in _APPOINTERS


#: passive verbs of appointing whose bare agent follows them ("ditunjuk Bupati": by the regent)
_APPOINTED_BY = frozenset({"ditunjuk", "diangkat"})
#: the last word of the offices that appoint others ("Bupati", "Wali Kota", "Penjabat Gubernur")
_APPOINTERS = frozenset({"Presiden", "Gubernur", "Bupati", "Kota"})


def _ranked_name_soon_after(ctx: Context, title: TitleMatch) -> bool:
    """Whether a rank opens a name a few words after the title, in the same phrase (no comma
    between): the rest of the body's name the title did not read, then its holder, so a name
    before the title is not the holder."""
    tokens = ctx.tokens
    for k in range(title.next_index, min(title.next_index + 6, len(tokens) - 1)):
        if tokens[k].text in {",", ";", "(", ")"} or (tokens[k].text.endswith(".") and k > title.next_index):
            return False
        if tokens[k].bare in lexicon.RANK_WORDS and tokens[k + 1].capitalised:
            return k > title.next_index  # (right after the title: read as the title's own holder)
    return False


def _first_of_list(ctx: Context, start: int) -> ParsedName | None:
    """``Budi Santoso dan Agus Wibowo``: the name before the "dan" before token ``start``."""
    tokens = ctx.tokens
    joint = first_token = start - 1
    while first_token > 0 and tokens[first_token - 1].capitalised and joint - first_token < 6:
        first_token -= 1
    for k in range(first_token, joint):
        first = parse_name(ctx.text, tokens, k)
        if (
            first is not None
            and first.next_index == joint
            and first.name.split()[0].lower() not in common_words()  # "Pasangan Rina ...": the pair's word
            and not ctx.claimed(first.start, first.end)
            and plausible_person(first.name, ctx.lower_words)
            and not_a_person(ctx, first.name) is None
        ):
            return first
    return None


def _head_office_before(ctx: Context, title: TitleMatch) -> str | None:
    """``Bupati dan Wakil Bupati Malang``: the head's office written bare before a deputy's title
    and "dan", which shares the deputy's body ("Bupati"), else none."""
    if not title.role.startswith("Wakil "):
        return None
    head = title.role.removeprefix("Wakil ")
    before = ctx.text[max(0, title.start - len(head) - 8) : title.start]
    return head if re.search(rf"(?<![\w-]){re.escape(head)}\s+dan\s+$", before) else None


def _second_name(ctx: Context, name: ParsedName) -> ParsedName | None:
    """The name after ``name`` and "dan" (``Budi dan Agus``), when it reads as a person's."""
    k = name.next_index
    if k + 1 >= len(ctx.tokens) or ctx.tokens[k].text != "dan":
        return None
    second = parse_name(ctx.text, ctx.tokens, k + 1)
    if (
        second is None
        or ctx.claimed(second.start, second.end)
        or not plausible_person(second.name, titled=True)
    ):
        return None
    return second


def _next_title(ctx: Context, title: TitleMatch) -> int | None:
    """The token of the title joined to ``title`` by "dan" or a comma ("Bupati dan Wakil Bupati")."""
    k = title.next_index
    if k + 1 < len(ctx.tokens) and ctx.tokens[k].text in {"dan", ",", "&"} and match_title(ctx, k + 1):
        return k + 1
    return None


def _name_before_title(ctx: Context, i: int) -> tuple[ParsedName, int] | None:
    """The name :func:`_apposed_name` reads before the title at token ``i``, and its first token."""
    tokens = ctx.tokens
    k = i - 1
    then = _held_then(ctx, i)
    if then is not None:
        k = then  # "NAME saat masih menjabat sebagai TITLE": the office he held then
    elif k >= 1 and tokens[k].text.lower() in lexicon.FORMER:
        k -= 1  # "NAME selaku mantan TITLE": a former holder
    while then is None and k >= 1 and tokens[k].text in _LINKING and tokens[k - 1].text in _LINKING:
        k -= 1  # "NAME yang juga TITLE", "NAME yang juga menjabat sebagai TITLE"
    former = (
        _before_former_post(tokens, k - 1) if then is None and k >= 2 and tokens[k - 1].text == "," else None
    )
    if former is not None:
        k = former  # "NAME, yang sebelumnya menjabat X, kini dipercaya menjadi TITLE": NAME, read with X already
    if k < 1 or (then is None and tokens[k].text not in _APPOSITION | {"yang", "resmi", "kini"}):
        return None  # ("Budi resmi menjabat ...")
    if k >= 2 and tokens[k].text in {"yang", "kini"} and tokens[k - 1].text == ",":
        k -= 1  # "Budi, yang kini menjabat Kepala Dinas X,", "Budi, kini dipercaya menjadi ...": set off after the name
    elif (
        k >= 2
        and (tokens[k].text in _AS or tokens[k].text in lexicon.APPOINTED_WORDS)
        and tokens[k - 1].text == ","
        and not _pair_before(ctx, k - 1)
    ):
        # "Budi, selaku Ketua ...", "Budi, sebagai Kepala Dinas ...", "Budi, M.Pd., dilantik sebagai ...":
        # a comma before the office's word (not "Budi-Ali, sebagai Wali Kota dan Wakil Wali Kota": a
        # pair's two offices)
        k -= 1
    bracketed = ""
    if (
        k >= 4
        and tokens[k - 1].text == ")"
        and tokens[k - 3].text == "("
        and (tokens[k - 2].text.isupper() or re.fullmatch(r"\d{2}", tokens[k - 2].text))
    ):
        # "Halim Kalla (HK) selaku Presiden Direktur ...": the initials the story uses next; "Budi (49),
        # mantan Kepala Desa X": the holder's age
        bracketed = tokens[k - 2].text
        k -= 3
    m = k - 1
    while m >= 0 and k - m <= 12:
        if _degree_after_name(tokens, m):
            m -= 1  # "Drs. Budi Santoso, M.Si. sebagai Kepala ...": the degrees after the name
            continue
        if not (tokens[m].capitalised or tokens[m].text in lexicon.HONORIFICS) or k - m > 8:
            break
        if (
            tokens[m].text.endswith(".")
            and tokens[m].text not in lexicon.HONORIFICS
            and tokens[m].bare not in lexicon.NAME_ABBREVIATIONS  # ("Andi Abd. Karim sebagai ...")
            and len(tokens[m].text) > 2
        ):
            break  # the end of the previous sentence
        m -= 1
    town = (
        gazetteer.match_at(ctx.text, tokens[m + 1].start, {"provinsi", "kabupaten", "kota"})
        if m + 1 < k
        else None
    )
    if town is not None and town.end == tokens[k - 1].end:
        return None  # "Kodim 0210/Pakpak Bharat, Ketua ...": a town's name, no one's (nor its last word)
    for start in range(m + 1, k):
        if start > m + 1 and re.fullmatch(r"[IVX]+", tokens[start].bare):
            continue  # "Teradu I Muhammad ...": a party's number before the name, not a Balinese "I"
        if start > 0 and _HYPHENED_PAIR.search(tokens[start - 1].text):
            break  # "Budi Hartono-Siti Aminah sebagai ...": the second of a pair, not a name of its own
        if start > 0 and tokens[start - 1].text in _DASHES:
            break  # "Di ruas Sumbul–Sitinjo, Bupati meminta ...": a route's end, no one's name
        if start == m + 1 and start > 0 and tokens[start - 1].text == "gelar":
            break  # "Wakil Bupati Budi gelar Raja Bolon X, Ketua DPRD, ...": Budi's adat title, no one else
        if start == m + 1 and start > 0 and tokens[start - 1].text in lexicon.LEVEL_WORDS:
            break  # "ASN Kecamatan Sumbul yang ditunjuk ...": a district's name, no one's
        if start == m + 1 and start > 0 and tokens[start - 1].text in _TO_A_PLACE:
            break  # "Setibanya di Pancuran Gerobak, Wali Kota ...": where he arrived, no one's name
        if start > m + 1 and tokens[m + 1].bare in lexicon.GOVERNMENT_HEADS:
            break  # "perwakilan Dinas Koperasi, Kepala UPT X": the words of a body's name, no one's
        if tokens[start].bare.casefold() in lexicon.PLACE_PREPOSITIONS:
            continue  # "Perum Bulog Kantor Wilayah Sumut, Dandim ...": an area's name, no one's
        if start > m + 1 and tokens[start].bare.casefold() in PLACE_CUES:
            break  # "Balai Taman Nasional Kepulauan X, Camat ...": a place's name ends the run, no one's
        facility = start > 0 and tokens[start - 1].text in lexicon.NAMED_FACILITIES
        if facility and tokens[start].text.lower() in lexicon.NAMESAKE_OPENERS:
            break  # "Di RSUD dr. X, Pj. Bupati ...": the hospital's namesake, no office holder
        name = parse_name(ctx.text, tokens, start)
        if (
            name is not None
            and name.next_index == k
            and (former is not None or not ctx.claimed(name.start, name.end))
            and plausible_person(name.name, ctx.lower_words)
            and not_a_person(ctx, name.name) is None  # ("KepadadetikNews, Kepala ...": words run together)
            # ("para kepala Organisasi Perangkat Daerah (OPD), Camat X": a body's short form, no one's initials)
            and (not bracketed.isalpha() or initials(name.name.split()) == bracketed.upper())
        ):
            return name, start
    return None


#: the prepositions of where one is or goes, before a place's name
_TO_A_PLACE = frozenset({"di", "ke", "menuju"})


def _before_former_post(tokens: list[Token], close: int) -> int | None:
    """The comma opening a clause of the post held before (``, yang sebelumnya menjabat Sekretaris
    Dinas Sosial,``) that the comma at token ``close`` ends, if one does within twelve tokens."""
    for c in range(close - 1, max(close - 13, 0), -1):
        if tokens[c].text == "," and c + 2 < close:
            words = [t.text.casefold() for t in tokens[c + 1 : c + 3]]
            return c if words == ["yang", "sebelumnya"] else None
    return None


#: a token joining the end of one name to the start of another ("Hartono-Siti" of a pair of candidates)
_HYPHENED_PAIR = re.compile(r"[A-Z][\w']*-[A-Z][\w']*$")


def _degree_after_name(tokens: list[Token], m: int) -> bool:
    """Whether token ``m`` is a degree written after a name, or the comma before one ("..., M.Si.")."""
    if tokens[m].text == ",":
        return m + 1 < len(tokens) and lexicon.is_degree(tokens[m + 1].text)
    return (
        lexicon.is_degree(tokens[m].text) and m > 0 and (tokens[m - 1].text == "," or "." in tokens[m].text)
    )


def _respectively(ctx: Context, start: int, i: int) -> bool:
    """``Budi dan Agus dilantik menjadi Bupati dan Wakil Bupati``: the name at token ``start`` closes a
    list and the title at token ``i`` opens one, each of whose offices is another name's."""
    tokens = ctx.tokens
    if start == 0 or tokens[start - 1].text not in {"dan", ",", "&"}:
        return False
    title = match_title(ctx, i)
    k = title.next_index if title is not None else i + 1
    return k + 1 < len(tokens) and tokens[k].text in {"dan", ",", "&"} and match_title(ctx, k + 1) is not None


def _listed_names(ctx: Context, i: int) -> list[ParsedName]:
    """``Rina Puspita dan Andi Wijaya, masing-masing selaku anggota KPU``: the names of a list
    before ``, masing-masing selaku TITLE`` (two or more, each one whole name), else none."""
    tokens = ctx.tokens
    if not (
        i >= 4
        and tokens[i - 1].text in _AS
        and tokens[i - 2].text.lower() == "masing-masing"
        and tokens[i - 3].text == ","
    ):
        return []
    found: list[ParsedName] = []
    end = i - 3  # the token after the name read next
    while end > 0:
        first = end
        while first > 0 and tokens[first - 1].capitalised and end - first < 6:
            first -= 1
        name = next(
            (
                n
                for n in (parse_name(ctx.text, tokens, k) for k in range(first, end))
                if n is not None
                and n.next_index == end
                and not ctx.claimed(n.start, n.end)
                and plausible_person(n.name, ctx.lower_words)
            ),
            None,
        )
        if name is None:
            return []
        found.append(name)
        start = ctx.token_index(name.start)
        if start > 1 and tokens[start - 1].text in {",", "dan"}:
            end = start - 1
            if tokens[end].text == "dan" and tokens[end - 1].text == ",":
                end -= 1  # "A, B, dan C": the comma before the last one's "dan"
            continue
        break
    return found[::-1] if len(found) >= 2 else []


def _english_lead(ctx: Context, name: ParsedName) -> bool:
    """``Single Window Oza Olavia`` after "Kepala Lembaga National": an English word before the
    would-be name and two opening it are the rest of an English body's name, not a person's."""
    words = name.name.split()
    k = ctx.token_index(name.start) - 1
    return (
        len(words) > 2
        and k >= 0
        and all(w.lower() in lexicon.ENGLISH_COMMON for w in (ctx.tokens[k].bare, *words[:2]))
    )


def _org_like(name: ParsedName) -> bool:
    return any(w in lexicon.ORG_HEAD_WORDS for w in name.name.split())


#: how many words after a name are looked at for a body's full name it opens
_BODY_REACH = 80


def _opens_a_known_body(ctx: Context, name: ParsedName) -> bool:
    """Whether the name's words open the full name of a body the lexicon knows, written on after it
    ("Kepala Dinas X, Palang Merah Indonesia (PMI) Kabupaten Y, serta ..."): the next item of a list
    of bodies, no holder of the office before."""
    words = len(name.name.split())
    return gazetteer.is_full_prefix(name.name) and any(
        n > words for n, _ in gazetteer.known_openings(ctx.text[name.start : name.start + _BODY_REACH], words)
    )


#: the honorific of a married woman, whose name may end with her husband's and her own family's
_MARRIED = frozenset({"Ny.", "Nyonya"})


def _married_name(name: ParsedName) -> bool:
    """``Ny. Agnes Lado-Manafe``: a married woman's name ending in two families' names joined by a
    hyphen, one name (not the pair of candidates a hyphen joins elsewhere)."""
    return (
        "-" in name.name
        and any(p in _MARRIED for p in name.prefixes)
        and plausible_person(name.name.replace("-", " "), titled=True)
    )


def _branch_seat(ctx: Context, role: Entity, org: Entity | None) -> tuple[Entity, Entity] | None:
    """``Pemimpin Bank Sumut Cabang Sidikalang, Budi``: the head of a company's branch holds
    "Pemimpin Cabang" in the company, as the annotators write a bank's branch manager (the branch
    stays a node of its own); none for any other office, or a branch of a body that is no company
    ("BPJS Kesehatan Cabang Sidikalang")."""
    company = org.parent if org is not None else None
    if (
        org is None
        or company is None
        or company.name.split()[0] not in COMPANY_FORMS
        or not org.name.startswith(f"{company.name} Cabang ")
    ):
        return None
    if "Cabang" in role.name.split():
        return role, company
    return _role_with(ctx, role.name, role, "Cabang"), company


def _add_org(ctx: Context, title: TitleMatch) -> Entity | None:
    """The organisation of a title, added as an entity (mentioned when its words are in the text)."""
    if title.org is not None:
        org = title.org
        # ("Dinas PUTR-PKP" after "Dinas ... (PUTR-PKP) Kabupaten X": the titles' stage runs before the
        # organisations', which register the short forms, so the bodies' names are looked in too)
        shortened = (
            ctx.headed_short_form(org.name, EntityType.ORGANIZATION, by_alias=True) if org.explicit else None
        )
        if shortened is not None:
            # "Kepala Dinas PUTR-PKP ..." after "Dinas ... (PUTR-PKP) Kabupaten X": that body again
            shortened.mention(ctx.span(org.start, org.end), ctx.stage)
            return shortened
        if org.explicit:
            entity = ctx.add(EntityType.ORGANIZATION, org.name, org.start, org.end, ctx.stage, claim=False)
        else:  # implied by the title: stated in the graph, but not a mention of the organisation
            entity = ctx.add(EntityType.ORGANIZATION, org.name, 0, 0, ctx.stage)
        entity.aliases.update(org.aliases)
        entity.government = entity.government or org.government
        if org.region is not None:
            ctx.region_codes.setdefault(org.region.name, org.region.code)
            ctx.regions[org.region.name] += 1
            if not org.explicit and org.end > org.start:
                # "Bupati Kolaka Timur": the title writes its region, a place the article names
                add_region(ctx, org.region, org.start, org.end)
        if org.parent:
            set_parent(ctx, entity, org, ctx.stage)
        return entity
    if title.fixed_org:
        entity = ctx.add(EntityType.ORGANIZATION, title.fixed_org, 0, 0, ctx.stage)
        entity.government = True
        return entity
    return None


#: "Fraksi PKS melalui juru bicaranya, Hj. Nur ...", "Fraksi PAN melalui Budi", "Fraksi PKB yang diwakili
#: Ani": a faction speaking through its spokesperson, named after
_SPOKESPERSON = re.compile(
    r"\b(?P<faction>Fraksi(?:\s+[A-Z][\w-]*){1,4})\s+"
    r"(?:melalui\s+(?:juru\s+bicara(?:nya)?\s*,?\s+)?|yang\s+diwakili\s+(?:oleh\s+)?)(?=[A-Z])"
)


def extract_spokespeople(ctx: Context) -> None:
    """``Fraksi PKS melalui juru bicaranya, Hj. Nur Laila, ...``, ``Fraksi PAN yang diwakili Budi``: the
    faction's spokesperson holds "Juru Bicara Fraksi PKS" in the one legislature the article names,
    as ``Juru bicara Fraksi PKS, Nur Laila`` does (the faction written before its spokesperson
    instead of after the title)."""
    house = None
    for m in _SPOKESPERSON.finditer(ctx.text):
        house = house or only_house(ctx)
        if house is None:
            return
        name = parse_name(ctx.text, ctx.tokens, ctx.token_index(m.end()))
        if (
            name is None
            or ctx.claimed(name.start, name.end)
            or not plausible_person(name.name, ctx.lower_words)
        ):
            continue
        faction = " ".join(m.group("faction").split())
        _seat_named(ctx, name, f"Juru Bicara {faction}", replace(house, start=0, end=0), m.start())


#: "didampingi dua wakil ketua, A dan B", "bersama kedua wakil ketua yakni A dan B": a house's
#: deputy chairs, counted in lower case before their names
_DEPUTY_CHAIRS = re.compile(
    r"\b(?:didampingi|bersama|beserta)\s+(?:(?:para|dua|tiga|empat|kedua|ketiga|keempat)\s+)?"
    r"wakil\s+ketua(?:nya)?\s*,?\s*(?:(?:yaitu|yakni|masing-masing)\s*:?\s*)?(?=[A-Z])"
)


def extract_deputy_chairs(ctx: Context) -> None:
    """``Rapat dipimpin Ketua DPRD X Budi, didampingi dua wakil ketua, A dan B``: each name of the
    list holds "Wakil Ketua" in the legislature the sentence names (else the one the article
    names), as "didampingi Wakil Ketua DPRD A dan B" does (the title in lower case, so no title
    reads it)."""
    for m in _DEPUTY_CHAIRS.finditer(ctx.text):
        k = ctx.token_index(m.end())
        listed = _closed_list(ctx, k, untagged=True) if k < len(ctx.tokens) else []
        if not listed or any(ctx.claimed(name.start, name.end) for name in listed):
            continue
        house = _house_of_the_sentence(ctx, k)
        sentence = sentences.containing(ctx.sentences, m.start())
        if house is None and sentence is not None and _SITTING.search(sentence.text):
            house = only_house(ctx)  # ("Rapat paripurna dipimpin Budi didampingi dua wakil ketua, ...")
        if house is None:
            continue
        for name in listed:
            _seat_named(ctx, name, "Wakil Ketua", replace(house, start=0, end=0), m.start())


#: words of a legislature's sitting, whose chair and deputies are the house's
_SITTING = re.compile(r"\b(?:[Rr]apat|[Ss]idang|[Pp]aripurna)\b")


#: "pengamat kebijakan publik Universitas X", "Pengamat politik dari Universitas Y": an observer's
#: field in lower case (one to three words), then the body the observer speaks from
_OBSERVER = re.compile(r"\b[Pp]engamat\s+(?P<field>[a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:dari\s+)?(?=[A-Z])")


def extract_observers(ctx: Context) -> None:
    """``Pengamat kebijakan publik Universitas X (UX), Dr. Budi Santoso, menilai ...``: an observer
    quoted from a body holds "Pengamat <field>" there, as annotators record them (the field is
    written in lower case, which no title reads)."""
    for m in _OBSERVER.finditer(ctx.text):
        k = ctx.token_index(m.end())
        body = parse_org(ctx, k)
        if body is None or body.start != ctx.tokens[k].start:
            continue
        j = body.next_index
        if j < len(ctx.tokens) and ctx.tokens[j].text == ",":
            j += 1
        name = parse_name(ctx.text, ctx.tokens, j) if j < len(ctx.tokens) else None
        if name is None or not plausible_person(name.name, ctx.lower_words, titled=True):
            continue
        _seat_named(ctx, name, f"Pengamat {m.group('field').title()}", body, m.start())


#: after a body, that the one named next chairs it: "TPID Kota X, yang diketuai Sekda Budi, ..."
_CHAIRED_BY = re.compile(rf",?\s+{_CHAIRED}")
#: a court's bench, whose chair is no chair of the court named after it
_A_BENCH = re.compile(r"\b[Hh]akim\b")
#: how far after "diketuai" the chair's name may start (past his title: "Wakil Wali Kota")
_CHAIR_REACH = 40


def extract_chairs(ctx: Context) -> None:
    """``Tim Pengendali Inflasi Daerah (TPID) Kota X, yang diketuai Sekda Budi, ...``: the person named
    right after "yang diketuai" (past his own title) chairs the body named right before it, whatever
    office he holds besides (his title's membership is read already)."""
    for m in _CHAIRED_BY.finditer(ctx.text):
        body = ctx.mentioned_ending_at(m.start(), EntityType.ORGANIZATION) or _body_by_its_word(
            ctx, m.start()
        )
        sentence = sentences.containing(ctx.sentences, m.end())
        if body is None or sentence is None or _A_BENCH.search(ctx.text, sentence.start, m.start()):
            continue  # ("Majelis hakim Pengadilan X yang diketuai Y": the bench's chair, not the court's)
        hi = min(m.end() + _CHAIR_REACH, sentence.end)
        chair = next(
            (
                c
                for c in ctx.claims_in(m.end(), hi)
                if c.entity is not None and c.entity.type is EntityType.PERSON
            ),
            None,
        )
        if chair is None or chair.entity is None or "," in ctx.text[m.end() : chair.start]:
            continue  # ("yang diketuai ketua RT, Budi": no name right after the word)
        if any(
            held.person is chair.entity and held.organization is body and held.role.name == "Ketua"
            for held in ctx.memberships
        ):
            continue  # (read already, when the chair was named with a title)
        office = ctx.add(EntityType.ROLE, "Ketua", 0, 0, ctx.stage)
        ctx.memberships.append(Membership(chair.entity, office, body, ctx.span(m.start(), chair.end)))


def _body_by_its_word(ctx: Context, end: int) -> Entity | None:
    """The one body the article named before whose name opens with the word ending at ``end``
    ("Gapoktan Lae Renun ... . Gapoktan yang diketuai Budi itu ...": that one)."""
    word = re.search(r"\b([A-Z][\w-]+)$", ctx.text[max(0, end - 30) : end])
    if word is None:
        return None
    named = {
        id(e): e
        for e in ctx.of_type(EntityType.ORGANIZATION)
        if e.name.split()[0] == word.group(1) and " " in e.name and any(x.span.end <= end for x in e.mentions)
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _seat_named(ctx: Context, name: ParsedName, role: str, body: OrgMatch, start: int) -> None:
    """``name`` holds ``role`` in ``body``, as the text from offset ``start`` to the name's end says
    (the office written around its holder's name rather than as a title before it)."""
    person = add_person(ctx, name, ctx.stage)
    org = add_org(ctx, body, ctx.stage, claim=False)
    office = ctx.add(EntityType.ROLE, role, 0, 0, ctx.stage)
    ctx.memberships.append(Membership(person, office, org, ctx.span(start, name.full_end), "regular"))


def extract_ranked(ctx: Context) -> None:
    """``Kombes I Made Suartana``, ``Brigjen R. Adi Prakoso``: a police or military rank
    before a name makes it a person's, with the rank as ``schema:honorificPrefix``, even without an
    office; so does a title of clergy (``Pendeta Samuel Wijaya, S.Th.``, clergy-titles.tsv)."""
    tokens = ctx.tokens
    for i in range(len(tokens)):
        clergy = tokens[i].text in lexicon.CLERGY_TITLES
        if not clergy and tokens[i].bare not in lexicon.RANK_WORDS:
            continue  # (most tokens: the cheap test first)
        if ctx.claimed(tokens[i].start, tokens[i].end) or lexicon.after_street_word(tokens, i):
            continue  # "Jalan Kapten Harun Pasaribu": a street named for somebody
        if i and tokens[i - 1].bare in lexicon.NAMED_FACILITIES:
            continue  # "RSUD Brigjen H. Hasan": a hospital named for somebody
        if not clergy and (
            (i and tokens[i - 1].capitalised and tokens[i].bare == "Jenderal")  # "Direktorat Jenderal Pajak"
            or match_rank(tokens, i) is None
        ):
            continue  # (a title's word, not a rank: "Sekretaris Jenderal")
        name = parse_name(ctx.text, tokens, i)
        if name is None or not name.prefixes or ctx.claimed(name.start, name.end):
            continue
        if _org_like(name) or not plausible_person(name.name, ctx.lower_words, titled=True):
            continue
        add_person(ctx, name, ctx.stage)


#: an age in brackets, where a name before it is looked for
_AGE = re.compile(r"\(\s*\d{1,2}(?:\s+tahun)?\s*\)")


def extract_aged(ctx: Context) -> None:
    """``Sandra (26)``, ``Endang Sulastri (41) alias Mami``: a name with the person's age in
    brackets after it is a person's, with or without an office (suspects, victims, witnesses), when
    its words are a bare name's (:func:`_bare_name`)."""
    tokens = ctx.tokens
    for age in _AGE.finditer(ctx.text):  # (few articles give ages: find them first)
        i = _names_start(tokens, ctx.token_index(age.start()))
        if (
            i > 1
            and tokens[i - 1].text == "alias"
            and tokens[i - 2].capitalised
            and not tokens[i - 2].bare.isupper()
        ):
            # "Tumpak alias Ama Sahat (47)": the person is named before "alias", the age after the other name
            i = _names_start(tokens, i - 1)
        token = tokens[i] if i < len(tokens) else None
        if token is None or token.start >= age.start() or not token.capitalised:
            continue
        if ctx.claimed(token.start, token.end):
            continue
        if i and tokens[i - 1].text[:1].isdigit():
            continue  # "Pasal 55 Ayat (1)": a numbered part of a law
        name = parse_name(ctx.text, tokens, i)
        if name is None or not (AGE_AFTER.match(ctx.text, name.end) or _aged_alias(ctx.text, name.end)):
            continue
        if _bare_name(ctx, name):
            add_person(ctx, name, ctx.stage)


def winner_named_at(ctx: Context, at: int, end: int) -> Entity | None:
    """The person whose name the caller found at ``text[at:end]``, where a rank's winner is written
    with where its bearer comes from after it ("juara I diraih Rosmaida Sinaga (Kelurahan X)", "juara II
    Budi Santoso asal Kota Y"): read now, as a name with its age after it is (the tagger misses many
    such names); ``None`` when the words are no bare name of a person."""
    i = ctx.token_index(at)
    if i >= len(ctx.tokens) or ctx.tokens[i].start != at:
        return None
    name = parse_name(ctx.text, ctx.tokens, i)
    if name is None or name.end != end or not _bare_name(ctx, name):
        return None
    return add_person(ctx, name, ctx.stage)


def _bare_name(ctx: Context, name: ParsedName) -> bool:
    """Whether ``name``, written without an office, is a person's by its words alone: capitalised name
    words, no common or function word among them (not "Pasal 55 Ayat (1)"), no capitals-only initials
    ("MA (24)"), no body's word, not read by another stage."""
    words = name.name.split()
    if any(w.isupper() or w.lower() in common_words() or w in lexicon.STOPWORDS for w in words):
        return False
    if words[0] in lexicon.VENUE_FIRST_WORDS or words[0] in lexicon.LEVEL_WORDS:
        return False  # "Kampung Ulos X (Simanindo)", "Desa X (Y)": a place that won, no one's name
    if ctx.claimed(name.start, name.end) or _org_like(name):
        return False
    return plausible_person(name.name, ctx.lower_words, titled=True)


def _names_start(tokens: list[Token], i: int) -> int:
    """The first word of the run of names that ends right before token ``i`` ("Rotua boru Simbolon"),
    over an initial between two of its words ("Sahat H. Nainggolan")."""
    while i > 0 and (
        (tokens[i - 1].capitalised and tokens[i - 1].text == tokens[i - 1].bare)
        or (i > 1 and tokens[i - 1].text in LINEAGE_PARTICLES and tokens[i - 2].capitalised)
        or (
            i > 1
            and re.fullmatch(r"[A-Z]\.", tokens[i - 1].text) is not None
            and tokens[i - 2].capitalised
            and tokens[i - 2].text == tokens[i - 2].bare
        )
    ):
        i -= 1
    return i


def _aged_alias(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by "alias", another name, then an age."""
    found = nickname_at(text, end, bracketed=False)
    return (
        found is not None
        and text[end : found[2]].strip() == "alias"
        and AGE_AFTER.match(text, found[3]) is not None
    )


def _by_first_word(ctx: Context) -> dict[str, list[Entity]]:
    """The article's persons by the first word of their names (rebuilt when a person was added)."""

    def index(persons: list[Entity]) -> dict[str, list[Entity]]:
        found: dict[str, list[Entity]] = {}
        for person in persons:
            found.setdefault(person.name.split()[0], []).append(person)
        return found

    return ctx.from_persons("by_first_word", index)


def _initialled(words: list[str], fuller: list[str]) -> bool:
    """Whether ``words`` are ``fuller``, a longer name, with its middle names written as initials:
    ``Marihot P. Situmorang`` is ``Marihot Pandapotan Situmorang`` (the first and the last name written whole)."""
    if len(words) != len(fuller) or len(words) < 3 or words[0] != fuller[0] or words[-1] != fuller[-1]:
        return False
    middle = list(zip(words[1:-1], fuller[1:-1], strict=True))
    return any(w != f for w, f in middle) and all(
        w == f or (re.fullmatch(r"[A-Z]\.?", w) is not None and f[:1] == w[:1] and len(f) > 2)
        for w, f in middle
    )


def _known_figure(ctx: Context, name: ParsedName, extractor: str) -> Entity | None:
    """A national figure named by an epithet or nickname (``Bung Karno``, ``Jokowi``, the honorific
    of address with it): the person by the full name the lexicon gives, the epithet an alias."""
    written = ctx.text[name.full_start : name.end]
    full = lexicon.KNOWN_FIGURES.get(written) or lexicon.KNOWN_FIGURES.get(name.name)
    if full is None:
        return None
    person = ctx.add(EntityType.PERSON, full, name.start, name.end, extractor)
    person.aliases.add(written if written in lexicon.KNOWN_FIGURES else name.name)
    ctx.claim(name.full_start, name.full_end, person)
    return person


def add_person(ctx: Context, name: ParsedName, extractor: str) -> Entity:
    """A person with their honorifics and degrees, merged with an earlier person of the same name.

    A name whose words begin exactly one earlier person's longer name (``AKBP Rudi Hartanto`` after
    ``AKBP Rudi Hartanto Prasojo``) is that person; so is one word that is the first or the last name
    of exactly one earlier person (``Presiden Moyo`` after ``Daniel Moyo``); so is a name with middle
    names written as initials (``AKBP Marihot P. Situmorang`` after ``Marihot Pandapotan Situmorang``).
    A national figure named by an epithet (``Bung Karno``) is the person by his full name.
    """
    figure = _known_figure(ctx, name, extractor)
    if figure is not None:
        return figure
    words = _display(name.name).split()
    same = ctx.find(EntityType.PERSON, _display(name.name))
    if same is not None:  # "Sanusi" after "Bupati Malang HM Sanusi", not his wife "Anis Zaidah Sanusi"
        longer = [same]
    elif len(words) > 1:
        longer = [
            p
            for p in _by_first_word(ctx).get(words[0], [])
            if len(p.name.split()) > len(words) and p.name.split()[: len(words)] == words
        ] or [p for p in _by_first_word(ctx).get(words[0], []) if _initialled(words, p.name.split())]
    else:  # "Presiden Moyo" after "Daniel Moyo", "Presiden Harjono" after "Harjono Kusuma"
        fuller = [p for p in ctx.of_type(EntityType.PERSON) if len(p.name.split()) > 1]
        longer = [p for p in fuller if words[0] in _first_names(p.name.split())] or [
            p for p in fuller if p.name.split()[-1] == words[0]
        ]  # a first name before a last name: "Harjono" is Harjono Kusuma, not Agus Harjono
        if len(longer) > 1:
            longer = _named_in_paragraph(ctx, longer, name.start)
    if len(longer) == 1:
        person = longer[0]
        person.mention(ctx.span(name.start, name.end), extractor)
        person.aliases.update(nicknames_after(ctx.text, name.full_end))
        ctx.claim(name.full_start, name.full_end, person)
        return person
    person = ctx.add(EntityType.PERSON, _display(name.name), name.start, name.end, extractor)
    if name.prefixes and not person.honorific_prefix:
        person.honorific_prefix = tuple(p for p in name.prefixes if p not in lexicon.ADDRESS)
    if nobility := [p for p in name.prefixes if p in lexicon.NOBLE_TITLES]:
        person.aliases.add(" ".join([*nobility, person.name]))  # "Nyimas Rosmala": the name she goes by
    if name.suffixes and not person.honorific_suffix:
        person.honorific_suffix = name.suffixes
    if name.full_end > name.end or name.full_start < name.start:
        person.aliases.add(ctx.text[name.start : name.full_end])
    person.aliases.update(nicknames_after(ctx.text, name.full_end))
    if name.nickname:
        person.aliases.add(name.nickname)
    ctx.claim(name.full_start, name.full_end, person)
    return person


def _named_in_paragraph(ctx: Context, persons: list[Entity], at: int) -> list[Entity]:
    """Of several persons a one word name fits, those named in its paragraph before ``at`` ("Marihot"
    after "Sekda Marihot Situmorang menambahkan ..." in one paragraph, "Lurah Marihot Tri" in another)."""
    start = ctx.text.rfind("\n", 0, at) + 1
    return [p for p in persons if any(start <= m.span.start < at for m in p.mentions)]


def _first_names(words: list[str]) -> set[str]:
    """A name's first word, and the first past its Balinese birth-order or caste names ("Wali Kota
    Wirayasa" is I Made Wirayasa Putra, not his wife Sagung Ayu Ratna Wirayasa) or past a noble
    title that opens it ("Bupati Fadhlullah" is Teuku Fadhlullah Hasyim, not his wife Rahmah
    Fadhlullah), or past a given name written short ("kata Halomoan" is Moh. Halomoan Sitorus, not
    his wife Nur Aini Halomoan), or past a Butonese noble title of two words ("tegas Binsar" is La Ode
    Binsar, not his wife Wa Ode Rosdiana Binsar)."""
    k = (
        1
        if words[0] in lexicon.BALINESE_OPENERS
        or words[0] in lexicon.NOBLE_OPENERS
        or (words[0].endswith(".") and words[0][:-1] in lexicon.NAME_ABBREVIATIONS)
        else 0
    )
    if len(words) > 2 and tuple(words[:2]) in lexicon.BUTONESE_OPENERS:
        k = 2
    while k < len(words) - 1 and words[k] in lexicon.BALINESE_NAMES:
        k += 1
    return {words[0], words[k]}


#: A nickname set off after a full name: "Syamsul Arifin atau Gus Syam", "Zainal Hasyim alias Zaha",
#: "yang akrab disapa Pras", "atau akrab disapa Gus Syam", "yang biasa dipanggil Tono", "Hartono Kusuma (Tono)".
_NICKNAME = re.compile(
    r"(?:\s*\(\d{1,3}(?:\s*tahun)?\))?"  # ("Sergei Domogatskii (40) alias Mr. Terimakasih": an age first)
    # "Tumpak alias Ama Sahat": after "alias" a name of two or three words too
    r"\s*,?\s*(?:alias\s+(?P<aliased>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?![\w'’-]*\s+[A-Z])"
    r"|(?:(?:atau|alias)(?:\s+(?:yang\s+)?(?:akrab|biasa|karib)\s+di(?:sapa|panggil))?"
    r"|(?:yang\s+)?(?:akrab|biasa|karib)\s+di(?:sapa|panggil))\s+"
    r"(?P<address>[A-Z][a-z]+\.?\s+)?(?P<name>[A-Z][\w'’-]+)(?![\w'’-]*\s+[A-Z])"
    r"|\(\s*(?P<baddress>[A-Z][a-z]+\.?\s+)?(?P<bracketed>[A-Z][\w'’-]+)\s*\))"
)


def nicknames_after(text: str, end: int) -> set[str]:
    """The nickname written right after a person's name ending at ``end``, with and without its
    form of address."""
    found = nickname_at(text, end)
    if found is None:
        return set()
    nick, address, _, _ = found
    return {nick, f"{address} {nick}"} if address else {nick}


def nickname_at(text: str, at: int, *, bracketed: bool = True) -> tuple[str, str, int, int] | None:
    """The nickname set off at ``text[at:]`` (:data:`_NICKNAME`; not one in brackets unless
    ``bracketed``): the nickname, its form of address ("" if none), and where the two start and
    end; none for an office ("atau Kepala ...", "(Pak Wali)")."""
    m = _NICKNAME.match(text, at, at + _NICKNAME_REACH)
    if m is None or (m.group("bracketed") and not bracketed):
        return None
    named = next(group for group in ("aliased", "name", "bracketed") if m.group(group))
    nick = m.group(named)
    address = (m.group("address") or m.group("baddress") or "").strip()
    start = m.start("address" if m.group("address") else "baddress") if address else m.start(named)
    if address and address not in lexicon.ADDRESS and address not in lexicon.HONORIFICS:
        if address.endswith(".") or address in lexicon.TITLE_FIRST_WORDS or address.lower() in common_words():
            return None  # ("alias Hambali. Yusril ...": the sentence ends with the nickname)
        # "yang akrab disapa Daeng Uli": a nickname of two words, the first no form of address
        nick, address = f"{address} {nick}", ""
    if nick in lexicon.TITLE_FIRST_WORDS or (
        not address and nick.lower() in common_words()  # ("yang akrab disapa Cak Fajar": a name)
    ):
        return None
    if nick.split()[0] in _REGION_WORDS:
        return None  # "Budi Santoso (Kecamatan X)": where he comes from, no name of his
    return nick, address, start, m.end(named)


#: the words opening a region's or a village's name: what a name is followed by in brackets to say
#: where its bearer comes from, no nickname
_REGION_WORDS = frozenset(lexicon.LEVEL_WORDS) | lexicon.BELOW_TOWN_WORDS | lexicon.SETTLEMENT_WORDS


#: how far after a name its nickname may end
_NICKNAME_REACH = 60


def _display(name: str) -> str:
    from kg.text.normalize import display_case

    return display_case(name)
