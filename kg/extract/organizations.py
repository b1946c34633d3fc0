"""Organisation phrases: governments, institutions with their abbreviations and jurisdictions.

``Pemerintah Kota (Pemkot) Malang`` and ``Pemkot Malang`` are the government of
Kota Malang; ``Badan Perencanaan Pembangunan Daerah (Bappeda) Kota Malang`` is
named in full with ``Bappeda Kota Malang`` as an alias; a regional body named
without its jurisdiction (``Forkopimda``) takes the article's; the
jurisdiction keeps ``Bappeda Kota Malang`` apart from ``Bappeda Kabupaten Malang``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from kg import gazetteer
from kg.extract import lexicon
from kg.extract.context import Context
from kg.extract.names import AGE_AFTER, NAME_PARTICLES, ROMAN_NUMERAL, common_words, ends_with_a_town
from kg.extract.places import add_region, at_home, state_country_at, written_with_level
from kg.extract.variants import MOVEMENT_TEAMS, NATURAL_FEATURE_HEADS, initials
from kg.gazetteer import OrgInfo, Region
from kg.records import Entity, EntityType
from kg.text import sentences
from kg.text.normalize import without_brackets
from kg.text.tokens import Token, occurrences

_AWARD_WORDS = frozenset({"penghargaan", "predikat", "kategori", "anugerah", "juara", "terbaik", "award"})
_ABBR = re.compile(r"^[A-Z][A-Za-z0-9&\-/.]{1,19}$")
#: the second word of a two-word abbreviation: ``UM`` of ``Diskop UM``, ``P3A`` of ``DP3A KB``
_CAPITALS = re.compile(r"[A-Z][A-Z0-9]{0,3}")
#: an abbreviation in capitals: ``BSI``, ``P2TP2A``
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z0-9]+")
UNIT_ABBREVIATIONS = frozenset(
    {
        "Puskesmas",
        "Polresta",
        "Polres",
        "Polrestabes",
        "Polsek",
        "Polda",
        "Kodim",
        "Korem",
        "Kodam",
        "Koramil",
        "Lanud",
        "Lanal",
        "Lantamal",
        "Yonif",
        "KUA",
        "Kejari",
        "Kejati",
        "Lapas",
        "Rutan",
        "KPP",
        "Kanim",
    }
)


@dataclass(frozen=True)
class OrgMatch:
    """An organisation phrase found at a token position."""

    name: str  # canonical: full name with its jurisdiction
    start: int
    end: int
    next_index: int
    aliases: tuple[str, ...] = ()
    government: bool = True
    region: Region | None = None
    parent: str | None = None  # name of the organisation it sits in (org:subOrganizationOf)
    abbreviation: str | None = None
    #: named in the text (``Kepala Bappeda ...``), not only implied by a title (``Wali Kota Malang``)
    explicit: bool = True
    #: other organisations the phrase names in passing: the body a unit sits in, a party affiliation
    named_with: tuple[OrgMatch, ...] = ()
    #: the parent's name as the phrase writes it ("Bank Sumut" of "Bank Sumut Cabang Sidikalang")
    parent_aliases: tuple[str, ...] = ()


#: the word before a city that names the capital's metropolitan police units ("Polres Metro Bekasi",
#: "Polda Metro Jaya"), also the bare name of Kota Metro in Lampung
_METROPOLITAN = "Metro"


def region_at(
    ctx: Context, i: int, levels: set[str] | None = None, *, bare: bool = False
) -> tuple[Region, int, int] | None:
    """A region named at token ``i``: (region, end offset, next token index)."""
    if i >= len(ctx.tokens) or not ctx.tokens[i].capitalised:
        return None
    allowed = set(levels or {"provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa"})
    match = gazetteer.match_at(ctx.text, ctx.tokens[i].start, allowed)
    if match is None and bare and i > 0 and ctx.tokens[i - 1].text in {"Kota", "Kabupaten"}:
        # "Wali Kota Malang": the title's last word is the region's type word
        match = gazetteer.match_at(ctx.text, ctx.tokens[i - 1].start, allowed)
    if match is None or (not match.explicit and not bare):
        return None
    if not match.explicit and i > 0 and ctx.tokens[i - 1].text in NATURAL_FEATURE_HEADS:
        return None  # "Badan Pengelola Kawasan Danau Poso": the lake's name, not Kabupaten Poso
    if (
        not match.explicit
        and match.text == _METROPOLITAN
        and region_at(ctx, ctx.token_index(match.end), {"kabupaten", "kota"}, bare=True) is not None
    ):
        # "Polres Metro Bekasi", "Polres Metro Jakarta Selatan": the police's word, not Kota Metro
        return None
    # "Dishub Serang" after "Kabupaten Serang": the reading the article writes out
    region = match.region if match.explicit else ctx.article_reading(match)
    return region, match.end, ctx.token_index(match.end)


def _bracketed_abbreviation(tokens: list[Token], j: int, *, longest: int = 1) -> str | None:
    """The abbreviation written in brackets at token ``j`` (``( DPD )``), or ``None``; with
    ``longest=2`` also one of two words, the second in capitals (``(Diskop UM)``, ``(DP3A KB)``), the
    two a known abbreviation written apart (``(Bappeda Litbang)``: "Bappedalitbang") or the first a
    head's short form (``(Sudin Tamhut)``)."""
    for width in range(1, longest + 1):
        close = j + width + 1
        if (
            close < len(tokens)
            and tokens[j].text == "("
            and tokens[close].text == ")"
            and _ABBR.match(tokens[j + 1].text)
            and (
                all(_CAPITALS.fullmatch(t.text) for t in tokens[j + 2 : close])
                or (
                    width == 2
                    and _ABBR.match(tokens[j + 2].text)
                    and (
                        _known_apart(tokens[j + 1], tokens[j + 2])
                        # ("(Sudin Tamhut)": a head's short form and the field's, "Suku Dinas" and
                        # "Pertamanan dan Hutan Kota")
                        or tokens[j + 1].text in lexicon.HEAD_ABBREVIATIONS
                    )
                )
            )
        ):
            return " ".join(t.text for t in tokens[j + 1 : close])
    return None


def _known_apart(first: Token, second: Token) -> bool:
    """Whether two words are one abbreviation the lexicon knows, written apart ("Bappeda Litbang")."""
    return gazetteer.lookup_abbreviation(f"{first.text}{second.text.lower()}") is not None


def _bracketed_short_name(tokens: list[Token], j: int, written: str) -> tuple[str, int] | None:
    """The short name in brackets at token ``j`` after a company's name, opening with a word of
    that name (``(Bank Jatim)`` after "Bank Pembangunan Daerah Jawa Timur Tbk"), and the token
    after the brackets; ``None`` for anything else in brackets."""
    if j >= len(tokens) or tokens[j].text != "(":
        return None
    for close in range(j + 2, min(j + 5, len(tokens))):
        if tokens[close].text == ")":
            inner = tokens[j + 1 : close]
            if inner[0].bare in written.split() and all(t.capitalised and t.text == t.bare for t in inner):
                return " ".join(t.text for t in inner), close + 1
            return None
    return None


def _regional_office_at(ctx: Context, k: int) -> tuple[Region, int, int] | None:
    """``Kanwil Jatim``, ``Kantor Wilayah Jawa Timur`` at token ``k``: a national body's provincial office."""
    tokens = ctx.tokens
    words = [t.bare for t in tokens[k : k + 2]]
    if words[:1] == ["Kanwil"]:
        return region_at(ctx, k + 1, {"provinsi"}, bare=True)
    if words == ["Kantor", "Wilayah"]:
        return region_at(ctx, k + 2, {"provinsi"}, bare=True)
    return None


def _numbered_area(ctx: Context, k: int) -> int | None:
    """The token after ``Wilayah IV``, ``Wilayah 1`` or ``Wilayah IV Makassar`` at token ``k`` (a national
    body's numbered area, then the city or province of its seat), if written there."""
    tokens = ctx.tokens
    if (
        k + 1 >= len(tokens)
        or tokens[k].bare != "Wilayah"
        or not (ROMAN_NUMERAL.fullmatch(tokens[k + 1].bare) or re.fullmatch(r"\d{1,2}", tokens[k + 1].text))
    ):
        return None
    seat = region_at(ctx, k + 2, {"kota", "kabupaten", "provinsi"}, bare=True)
    return seat[2] if seat is not None else k + 2


def _branch_office(
    ctx: Context, k: int, *, titled: bool = False, word: str = "Cabang"
) -> tuple[str, int, int] | None:
    """``Cabang Malang``, ``Cabang Jawa Timur`` (``Cabang Jatim``), ``Cabang Malang Kawi``, ``Kantor
    Cabang Jember`` at token ``k``: a national body's branch, by the region's name or up to three
    capitalised words; with ``word`` "Wilayah", its office for an area ("Wilayah Sulawesi Utara").
    With ``titled``, the title before the body said "Cabang" ("Pimpinan Cabang Perum Bulog Sidikalang"):
    the town is written at ``k`` without it."""
    tokens = ctx.tokens
    if titled:
        k -= 1  # (the title's "Cabang" stands for the one after the body)
    elif k + 2 < len(tokens) and tokens[k].bare == "Kantor" and tokens[k + 1].bare == word:
        k += 1  # "Perum Bulog Kantor Cabang Jember": the branch office
    if k + 1 >= len(tokens) or not (titled or tokens[k].bare == word) or not tokens[k + 1].capitalised:
        return None
    found = _closing_region(ctx, k + 1)
    if found is not None:
        return found
    region = region_at(ctx, k + 1, {"kota", "kabupaten", "provinsi"}, bare=True)
    two_words = _two_word_town(ctx, k + 1)
    if two_words is not None and region is not None and region[2] >= two_words[2]:
        two_words = None  # (the region's name is as long: "Cabang Jawa Timur")
    elif two_words is not None:
        region = None  # "Cabang Batang Beruh": a village's two words, not the regency Batang and a name
    if two_words is not None and (
        two_words[2] >= len(tokens)
        or tokens[two_words[2] - 1].text != tokens[two_words[2] - 1].bare
        or not tokens[two_words[2]].capitalised
    ):
        return two_words  # "Pemimpin Cabang BRI Bandar Jaya.": a town of two words, no holder after it
    town = (
        (region[0].bare, region[1], region[2])
        if region is not None
        else two_words or _district_town(ctx, k + 1)
    )
    after = town[2] if town is not None else len(tokens)
    if town is not None and (
        (after < len(tokens) and ctx.person_starts_at(tokens[after].start))
        or (after + 1 < len(tokens) and tokens[after + 1].capitalised and _name_run(ctx, after))
        # ("... Cabang Sidikalang Tumpak da Silva": a name with its particle)
        or (
            after + 1 < len(tokens) and tokens[after].capitalised and tokens[after + 1].text in NAME_PARTICLES
        )
    ):
        # "Kepala BPJS Kesehatan Cabang Sidikalang Tumpak Hasibuan": the holder's name after the town
        return town
    j = k + 1
    while (
        j < len(tokens)
        and j - k <= 3
        and tokens[j].capitalised
        and tokens[j].bare not in lexicon.STOPWORDS
        # ("Pemimpin Cabang Bank X Sukamaju Hj. Rosdiana": the holder's honorific ends the branch's town)
        and tokens[j].text not in lexicon.HONORIFICS
    ):
        if j > k + 1 and (seat := region_at(ctx, j, {"kota", "kabupaten"}, bare=True)) is not None:
            # "Refinery Unit V Balikpapan Budi": its city closes the unit's name, a name may follow
            j = seat[2]
            break
        if ctx.person_starts_at(tokens[j].start):
            break
        j += 1
        if tokens[j - 1].text != tokens[j - 1].bare:
            break
    if j == k + 1:
        return None
    return ctx.text[tokens[k + 1].start : tokens[j - 1].bare_end], tokens[j - 1].bare_end, j


def _seat_of_court(ctx: Context, words: list[Token], j: int) -> bool:
    """Whether token ``j`` is the town a court written out in ``words`` sits in ("Pengadilan Negeri
    Kepanjen Dedi ...": the court's seat, then its head's name, however the tagger reads them)."""
    info = gazetteer.lookup_full(" ".join(w.bare for w in words))
    return info is not None and info.kind == "judiciary" and _district_town(ctx, j) is not None


def _two_word_town(ctx: Context, k: int) -> tuple[str, int, int] | None:
    """A town of two words at token ``k`` that a district or village bears ("Bandar Jaya"): its name,
    end offset and next token index (its second word is no holder's name: "BRI Cabang Bandar Jaya")."""
    tokens = ctx.tokens
    if k + 1 >= len(tokens) or tokens[k].text != tokens[k].bare:
        return None
    first, second = tokens[k], tokens[k + 1]
    if not (first.capitalised and second.capitalised and first.bare.isalpha() and second.bare.isalpha()):
        return None
    name = f"{first.bare} {second.bare}"
    if not gazetteer.lookup(name, {"kecamatan", "kelurahan", "desa"}):
        return None
    return name, second.bare_end, k + 2


def _district_town(ctx: Context, k: int) -> tuple[str, int, int] | None:
    """A town named by one word at token ``k`` that a district bears, alone or with a compass word
    ("Zorba" of Kecamatan Zorba, or of Zorba Barat): its name, end offset and next token index."""
    token = ctx.tokens[k] if k < len(ctx.tokens) else None
    if token is None or not token.capitalised or not token.bare.isalpha():
        return None
    if not gazetteer.town_districts(token.bare):
        return None
    return token.bare, token.bare_end, k + 1


def _closing_region(ctx: Context, k: int) -> tuple[str, int, int] | None:
    """A city, regency or province named at token ``k`` that ends the name (no capitalised word
    after it): its bare name, end offset and next token index."""
    found = region_at(ctx, k, {"kota", "kabupaten", "provinsi"}, bare=True)
    if found is None or (found[2] < len(ctx.tokens) and ctx.tokens[found[2]].capitalised):
        return None
    return found[0].bare, found[1], found[2]


def past_ri(tokens: list[Token], j: int) -> int:
    """Token ``j``, or the one after "RI" or "(RI)" there: the country of a national body or office
    ("BPK RI Perwakilan ...", "Menteri Keuangan (RI) Budi")."""
    if j < len(tokens) and tokens[j].bare == "RI":
        return j + 1
    if j + 2 < len(tokens) and (tokens[j].text, tokens[j + 1].text, tokens[j + 2].text) == ("(", "RI", ")"):
        return j + 3
    return j


def _representative_office(ctx: Context, k: int) -> tuple[Region, int, int] | None:
    """``Perwakilan Provinsi Jawa Timur`` (or ``Kantor Perwakilan Sibolga``) at token ``k``: a national
    body's office in a region."""
    tokens = ctx.tokens
    if k + 1 < len(tokens) and tokens[k].bare == "Kantor" and tokens[k + 1].bare == "Perwakilan":
        k += 1
    if k >= len(tokens) or tokens[k].bare != "Perwakilan":
        return None
    return region_at(ctx, k + 1, {"provinsi", "kabupaten", "kota"}, bare=True)


def _abbreviates_head(ctx: Context, short: str, words: list[Token], k: int) -> bool:
    """``Satuan Tugas (Satgas) Penanganan ...``, ``Tim Penggerak (TP) PKK ...``: a bracket that
    shortens the words so far (each gives it a piece of itself, in order) while the name goes on
    at token ``k`` with a capitalised word that opens no region; or the lexicon's short form of
    the words so far, a unit whose command follows (``Satuan Intelijen Keamanan (Satintelkam) Polres
    ...``, ``Satuan Polisi Perairan dan Udara (Satpolairud) Polres ...``)."""
    tokens = ctx.tokens
    if not (len(words) > 1 and k < len(tokens) and tokens[k].capitalised):
        return False
    after = tokens[k]
    if (
        after.bare in {"RI", "Indonesia"}  # "Dewan Perwakilan Daerah (DPD) RI": the republic's own body
        or region_at(ctx, k, {"provinsi", "kabupaten", "kota"}, bare=True)
        or ctx.person_starts_at(after.start)  # "Ketua Dewan ... (DPD) Hadi Santoso": its head
        or after.text in lexicon.HONORIFICS  # "akademisi Universitas X (UX) Dr. Budi": a name after it
    ):
        return False
    known = gazetteer.lookup_abbreviation(short)
    if known is not None and known.full == _join(ctx, words) and after.bare in UNIT_ABBREVIATIONS:
        return True
    return len(words) <= 3 and _pieces(short.casefold(), [w.bare.casefold() for w in words])


def _initials_of(written: list[Token], short: str) -> bool:
    """Whether ``short`` is the initials of the capitalised words ``written``, the words before a
    bracket inside them written as the bracket's short form: ``PTMB`` of ``Perusahaan Umum Daerah
    (Perumda) Tirta Manuntung Balikpapan``."""
    words = [t.bare for t in written]
    if ")" in words:
        close = len(words) - 1 - words[::-1].index(")")
        words = words[close - 1 : close] + words[close + 1 :]
    letters = initials(words)
    return len(letters) > 2 and letters.casefold() == short.casefold()


def _spells_a_longer_phrase(ctx: Context, words: list[Token], j: int, short: str) -> bool:
    """Whether the bracketed ``short`` after the name ``words`` (ending before token ``j``) is not its
    initials but those of a phrase opening with capitalised words before it that hold no body's head
    word nor title: ``BLBI`` of "Bantuan Likuiditas Bank Indonesia (BLBI)" (not "DPC" of "Dewan Pimpinan
    Cabang (DPC)", a body's own)."""
    tokens = ctx.tokens
    first = ctx.token_index(words[0].start)
    if _initials_of(tokens[first:j], short):
        return False
    k = first
    while k > 0 and first - k < 4 and tokens[k - 1].capitalised and tokens[k - 1].text == tokens[k - 1].bare:
        k -= 1
        if starts_sibling(tokens[k].bare) or tokens[k].bare in lexicon.TITLE_FIRST_WORDS:
            return False
        if _initials_of(tokens[k:j], short):
            return True
    return False


#: how many capitalised words may follow a region inside a name its short form spells
_PAST_REGION = 3


def _spelled_through_region(ctx: Context, words: list[Token], j: int, after: int) -> int | None:
    """The token after the name ``words`` goes on to through the region at tokens ``j`` to ``after``
    and a few capitalised words, when the short form in brackets right after them is the initials of
    the whole: ``Forum Kabupaten Temanggung Sehat (FKTS)``, not the forum of the regency; else ``None``."""
    tokens = ctx.tokens
    first = ctx.token_index(words[0].start)
    k = after
    while k < len(tokens) and k - after < _PAST_REGION and tokens[k].capitalised:
        k += 1
        short = _bracketed_abbreviation(tokens, k)
        if short is not None and _initials_of(tokens[first:k], short):
            return k
    return None


def _pieces(short: str, words: list[str]) -> bool:
    """Whether ``short`` is made of a piece of each of ``words`` in turn: "satgas" of "satuan tugas"."""
    if not words:
        return not short
    return any(short[:n] in words[0] and _pieces(short[n:], words[1:]) for n in range(1, len(short) + 1))


def _join(ctx: Context, tokens: list[Token]) -> str:
    return " ".join(ctx.text[t.start : t.bare_end if t is tokens[-1] else t.end] for t in tokens)


def jurisdiction_name(region: Region) -> str:
    """How an organisation's name writes its region: ``Kota Malang``, ``Provinsi Jawa Timur``."""
    return lexicon.jurisdiction_name(region.name, region.level)


#: a level a body's own name ends with, the region it is named with taking its place
_LEVEL_SUFFIX = re.compile(r"\s+(?:Kabupaten/Kota|Kota/Kabupaten|Provinsi|Kabupaten|Kota)$")


def in_region(body: str, region: Region) -> str:
    """A body's name with its region: ``Badan Narkotika Nasional Kabupaten/Kota`` in Kota Batu is the
    ``Badan Narkotika Nasional Kota Batu``, not "... Kota Kota Batu".

    >>> from kg.gazetteer import Region
    >>> in_region("Badan Narkotika Nasional Provinsi", Region("35", "Jawa Timur", "Jawa Timur", "provinsi", None))
    'Badan Narkotika Nasional Provinsi Jawa Timur'
    """
    if region.level == "desa" and body.endswith(" Desa"):
        return f"{body} {region.bare}"  # "Badan Permusyawaratan Desa Zorba", a village's own body
    if region.level == "kecamatan" and body.endswith((" Kecamatan", " Kapanewon")):
        # "Forum Koordinasi Pimpinan Kecamatan Sumbul", a district's own (Yogyakarta's "Kapanewon")
        return f"{body} {region.bare}"
    if body.startswith(_CITY_BRANCH_HEADS):
        return f"{body} {region.bare}"  # "Suku Dinas Sumber Daya Air Jakarta Utara", as it is always written
    return f"{_LEVEL_SUFFIX.sub('', body)} {jurisdiction_name(region)}"


#: the heads of the branches of DKI Jakarta's provincial offices in its administrative cities
_CITY_BRANCH_HEADS = ("Suku Dinas ", "Suku Badan ", "Sudin ")


def government_of(region: Region) -> str:
    return lexicon.government_name(region.name)


def parse_government(ctx: Context, i: int) -> OrgMatch | None:
    """``Pemerintah Kota (Pemkot) Malang``, ``Pemkot Malang``, ``Pemerintah Provinsi``, ``Pemerintah Pusat``."""
    tokens = ctx.tokens
    word = tokens[i].bare
    if word in lexicon.GOVERNMENT_ABBREVIATIONS:
        level = lexicon.GOVERNMENT_ABBREVIATIONS[word]
        found = region_at(ctx, i + 1, {level} if level else {"kota", "kabupaten", "provinsi"}, bare=True)
        if found is None:
            return _implied_government(ctx, i, i + 1, level, word)
        region, end, nxt = found
        return _government_match(ctx, region, tokens[i].start, end, nxt, alias=f"{word} {region.bare}")
    if word != "Pemerintah" or i + 1 >= len(tokens):
        return None
    for form in lexicon.NATIONAL_GOVERNMENT_FORMS:
        words = form.split()[1:]
        if all(i + 1 + k < len(tokens) and tokens[i + 1 + k].bare == w for k, w in enumerate(words)):
            last = tokens[i + len(words)]
            return OrgMatch(
                lexicon.NATIONAL_GOVERNMENT,
                tokens[i].start,
                last.bare_end,
                i + 1 + len(words),
                aliases=(form,),
            )
    type_word = tokens[i + 1].bare
    if type_word not in lexicon.GOVERNMENT_TYPE_WORDS:
        return None
    level = lexicon.GOVERNMENT_TYPE_WORDS[type_word]
    j = i + 2
    abbreviation = None
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
        abbreviation, j = tokens[j + 1].text, j + 3  # "Pemerintah Kota (Pemkot) Malang"
    found = region_at(ctx, j, {level} if level else {"kota", "kabupaten", "provinsi"}, bare=True)
    if found is None:
        found = region_at(ctx, i + 1, {level} if level else None)
    if found is None:
        if type_word == "Daerah":
            return None  # "pemerintah daerah" is local government in general, not one body
        return _implied_government(ctx, i, i + 2, level, f"Pemerintah {type_word}")
    region, end, nxt = found
    aliases = [f"{abbreviation} {region.bare}"] if abbreviation else []
    return _government_match(ctx, region, tokens[i].start, end, nxt, *aliases)


def government_other_names(region: Region) -> tuple[str, ...]:
    """A region's government's other names: its short form ("Pemkot Malang"), and the official name of
    an administrative city's ("Pemerintah Kota Administrasi Jakarta Barat" of "Pemerintah Kota Jakarta
    Barat")."""
    official = gazetteer.administrative_name(region)
    names = (lexicon.government_short(region.name), f"Pemerintah {official}" if official else None)
    return tuple(n for n in names if n)


def _government_match(
    ctx: Context, region: Region, start: int, end: int, nxt: int, *aliases: str, alias: str | None = None
) -> OrgMatch:
    name = government_of(region)
    names = {*aliases, *(a for a in (alias,) if a), *government_other_names(region)}
    return OrgMatch(name, start, end, nxt, aliases=tuple(sorted(names)), region=region)


def _implied_government(ctx: Context, i: int, nxt: int, level: str | None, surface: str) -> OrgMatch | None:
    """``Pemerintah Provinsi`` without a name: the province (or city) the article is about."""
    home = ctx.home_region
    if home is None:
        return None
    if level == "provinsi":
        region = gazetteer.province_of(home)
    elif level in {home.level, None}:
        region = home
    else:
        return None
    if region is None:
        return None
    last = ctx.tokens[nxt - 1]
    return _government_match(ctx, region, ctx.tokens[i].start, last.bare_end, nxt, surface)


def _lexicon_at(ctx: Context, i: int) -> tuple[OrgInfo, int] | None:
    """A known abbreviation (one to four tokens: "Satpol PP dan Damkar") at token ``i``."""
    tokens = ctx.tokens
    if not tokens[i].text[:1].isupper() or not gazetteer.may_begin_abbreviation(tokens[i].text):
        return _spelled_unit_at(
            ctx, i
        )  # every reading below starts with this token, with a capital, and is looked up
    run = 0  # tokens from i on that start with a letter or digit: a reading may span only those
    while run < 4 and i + run < len(tokens) and tokens[i + run].text[:1].isalnum():
        run += 1
    for width in (4, 3, 2, 1):
        if width > run:
            continue
        words = tokens[i : i + width]
        surface = " ".join(t.bare if t is words[-1] else t.text for t in words)
        mixed_case = width == 1 and surface[:1].isupper() and any(ch.isupper() for ch in surface[1:])
        if (
            width == 1
            and not mixed_case
            and surface not in UNIT_ABBREVIATIONS
            and surface not in gazetteer.all_abbreviations()
        ):
            continue  # one plain word is an organisation only when the lexicon lists it
        info = gazetteer.lookup_abbreviation(surface)
        if info is not None and surface[:1].isupper() and surface not in ctx.redefined_abbreviations:
            return info, i + width
    return _bracketed_inside(ctx, i, run) or _spelled_unit_at(ctx, i)


def _bracketed_inside(ctx: Context, i: int, run: int) -> tuple[OrgInfo, int] | None:
    """``Tim Penggerak (TP) PKK``: a known name of several words with the short form of its first
    words in brackets inside it (:func:`_pieces`), read as the name without the bracket."""
    tokens = ctx.tokens
    k = i + run
    if not (run >= 2 and k + 3 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")"):
        return None
    words = tokens[i:k]
    if not _pieces(tokens[k + 1].text.casefold(), [w.bare.casefold() for w in words]):
        return None
    info = gazetteer.lookup_abbreviation(" ".join(w.text for w in words) + " " + tokens[k + 3].bare)
    return (info, k + 4) if info is not None else None


def _spelled_unit_at(ctx: Context, i: int) -> tuple[OrgInfo, int] | None:
    """``Barenlitbangda Kota Malang`` in an article that spelled out ``Badan ... (Barenlitbangda)``:
    an abbreviation the lexicon lacks, of a unit the article names in full, before a region."""
    spelled = ctx.spelled_out_units.get(ctx.tokens[i].bare)
    if spelled is None or region_at(ctx, i + 1, {"kota", "kabupaten", "provinsi"}, bare=True) is None:
        return None
    return OrgInfo(ctx.tokens[i].bare, spelled, "regional", True, "agency"), i + 1


#: the head word that is also a building's ("di Kantor Kemenag X"): a place, not the body's name
_OFFICE = "Kantor"


def parse_known(ctx: Context, i: int) -> OrgMatch | None:
    """An abbreviation from the lexicon, with its jurisdiction when stated or implied."""
    tokens = ctx.tokens
    if tokens[i].bare == "Perum" and i + 1 < len(tokens):
        inner = parse_known(ctx, i + 1)  # "Perum Bulog": the legal form the lexicon's name has too
        return replace(inner, start=tokens[i].start) if inner is not None and "Perum" in inner.name else None
    if tokens[i].bare in lexicon.ORG_HEAD_WORDS and tokens[i].bare != _OFFICE and i + 1 < len(tokens):
        # "Dinas Dukcapil Kabupaten X": the short form after the head word its body's name opens with
        # (not "Kantor Kemenag X": the office's building, read as a place)
        inner = parse_known(ctx, i + 1)
        if inner is not None and inner.name.startswith(f"{tokens[i].bare} "):
            return replace(inner, start=tokens[i].start)
    found = _lexicon_at(ctx, i)
    if found is None:
        return None
    info, j = found
    if (respelled := ctx.respelled_bodies.get(info.abbr)) is not None:
        info = replace(info, full=respelled)  # the body as this article spells it out
    tokens = ctx.tokens
    if _named_enterprise(ctx, info, j):
        return None  # "Perumda Pasar Pakuan Jaya", "PDAM Tirta Kencana": the enterprise's own name follows
    if info.abbr.startswith("Bank ") and j < len(tokens) and tokens[j].bare == "Syariah":
        return None  # "Bank Jambi Syariah": the regional bank's sharia bank, a body of its own name
    if info.abbr in lexicon.AMBIGUOUS_ABBREVIATIONS and not cued_as_body(ctx, i):
        return None  # "membayar PBB": a tax, not a party
    if (
        info.abbr == _CABINET_SECRETARIAT
        and (seat := region_at(ctx, j, {"kabupaten"}, bare=True)) is not None
    ):
        # "Asisten ... Setkab Dairi": a regency's secretariat (as some regencies call their Setda), not
        # the cabinet's
        regency, end, nxt = seat
        secretariat = secretariat_of(regency, tokens[i].start, end, nxt)
        if secretariat is not None:
            return replace(secretariat, aliases=(ctx.text[tokens[i].start : end],), explicit=True)
    if info.full.startswith(_HEADQUARTERS) and i and tokens[i - 1].text in _AT:
        return None  # "jumpa pers di Mabes Polri": the headquarters as a place (a venue), not the body
    if j - i == 1 and len(tokens[i].bare) <= 3 and among_initials(ctx, i):
        return None  # "keempat pelaku adalah DS, ARH, ZF dan MA": a suspect's initials, not the court
    if j - i == 1 and (_dotted_degree(ctx, i) or _school_level_listed(ctx, i)):
        return None  # "Lc., M.A.,": a degree; "lulusan SMA/SMK/MA": a madrasah's level, not the court
    surface_abbr = ctx.text[tokens[i].start : tokens[j - 1].bare_end]
    if info.abbr in UNIT_ABBREVIATIONS or surface_abbr in UNIT_ABBREVIATIONS:
        return parse_unit(ctx, info, i, j, surface_abbr)
    if written_for_no_one_body(ctx, info, i, j):
        return None
    command = _command_after(ctx, info, j)
    if command is not None:
        # "Ditlantas Polda Jatim", "Satreskrim Polres Kampar": the command's directorate or unit
        return unit_in(ctx, command, info.full, tokens[i].start)
    return known_match(ctx, info, i, _past_its_other_short_form(tokens, info, j), surface_abbr)


def _past_its_other_short_form(tokens: list[Token], info: OrgInfo, j: int) -> int:
    """Where a body named by a short form of the lexicon goes on after another of its short forms in
    brackets at token ``j`` ("Tim Penggerak PKK (TP PKK) Kabupaten X": on to its region, as "Tim Penggerak
    PKK Kabupaten X" is read); ``j`` when no such bracket stands there."""
    bracketed = _bracketed_abbreviation(tokens, j, longest=2)
    if bracketed is None:
        return j
    other = gazetteer.lookup_abbreviation(bracketed)
    return j + 2 + len(bracketed.split()) if other is not None and other.full == info.full else j


def _dotted_degree(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is a degree written with dots after a comma ("..., Lc., M.A.,"): letters a
    body's short form shares ("MA") but never writes so."""
    token = ctx.tokens[i]
    return bool(
        i
        and ctx.tokens[i - 1].text == ","
        and "." in token.text.rstrip(".")
        and lexicon.is_degree(token.text)
    )


def _school_level_listed(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is joined by a slash to a kind of school ("SMA/SMK/MA", "SMA/MA"): one of
    the levels of schooling listed, not a body of the same letters."""
    start, end = ctx.tokens[i].start, ctx.tokens[i].bare_end
    before = re.search(r"([A-Za-z]+)/$", ctx.text[max(0, start - 8) : start])
    after = re.match(r"/([A-Za-z]+)", ctx.text[end : end + 8])
    return any(m is not None and m.group(1) in lexicon.FACILITY_TYPES for m in (before, after))


def cued_as_body(ctx: Context, i: int) -> bool:
    """Whether the word before token ``i`` makes an ambiguous abbreviation there a body ("Ketua PKB",
    "dari PKS"); "dan" only after a body or a country ("PDIP dan PKB", "Indonesia dan PBB", not
    "dari BPHTB dan PBB": two taxes)."""
    tokens = ctx.tokens
    if not i or tokens[i - 1].text not in lexicon.ORG_CUES:
        return False
    if tokens[i - 1].text != "dan":
        return True
    before = tokens[i - 2] if i > 1 else None
    return before is not None and (
        ctx.entity_at(before.start, before.end, EntityType.ORGANIZATION) is not None
        or gazetteer.lookup_abbreviation(before.bare) is not None
        or before.bare in lexicon.COUNTRIES
    )


def _command_after(ctx: Context, info: OrgInfo, j: int) -> OrgMatch | None:
    """The police command written at token ``j``, with its place, after one of its directorates or
    units (a police body of the lexicon that is no command itself: ``Ditlantas``, ``Satreskrim``), or
    ``None``."""
    tokens = ctx.tokens
    if info.kind != "police" or info.abbr in UNIT_ABBREVIATIONS or j >= len(tokens):
        return None
    if tokens[j].bare not in UNIT_ABBREVIATIONS or not tokens[j].bare.startswith("Pol"):
        return None
    known = gazetteer.lookup_abbreviation(tokens[j].bare)
    if known is None:
        return None
    command = parse_unit(ctx, known, j, j + 1, tokens[j].bare)
    return command if command.name != known.full else None  # (one named by its place)


def written_for_no_one_body(ctx: Context, info: OrgInfo, i: int, j: int) -> bool:
    """Whether ``info``, written over tokens ``i:j``, names no one body: a short form the article counts
    (:func:`_counted_in_the_article`) with no region after it, a kind every region has many of
    (``BUMDes``, facility-types.tsv) with no region after it, or a movement written bare
    (:func:`_movement_written_bare`)."""
    written = ctx.text[ctx.tokens[i].start : ctx.tokens[j - 1].bare_end]
    if _counted_in_the_article(ctx, written) and not region_at(
        ctx, j, {"kota", "kabupaten", "provinsi"}, bare=True
    ):
        return True
    if info.scope != "regional":
        return False
    if info.abbr in lexicon.MANY_PER_REGION:
        return not region_at(ctx, j, {"kota", "kabupaten", "provinsi", "desa", "kelurahan"}, bare=True)
    return _movement_written_bare(ctx, info, i, j)


def _counted_in_the_article(ctx: Context, short: str) -> bool:
    """Whether the article counts ``short`` somewhere ("23 PMI asal desa itu", "para PMI"): the short
    form stands for people of a kind there (migrant workers, not the Red Cross), no body."""
    return short in _counted_shorts(ctx.text)


#: a number or "para" before a short form in capitals: people or things counted, not one body
_COUNTED_SHORT = re.compile(r"(?:\b\d+|\bpara)\s+(?P<short>[A-Z][A-Z0-9]{1,7})\b")


@functools.lru_cache(maxsize=64)
def _counted_shorts(text: str) -> frozenset[str]:
    return frozenset(m.group("short") for m in _COUNTED_SHORT.finditer(text))


def _movement_written_bare(ctx: Context, info: OrgInfo, i: int, j: int) -> bool:
    """Whether ``info``, written over tokens ``i:j``, is a movement that a team runs in every region
    (``PKK``, run by its ``Tim Penggerak``, movement-teams.tsv) written without a city, regency or
    province and not after an office's title (``Ketua PKK``): "kader PKK", "ibu-ibu PKK" and "kader PKK
    Kelurahan X" are its members in general, not one body."""
    if not any(gazetteer.lookup_full(f"{team} {info.full}") for team in MOVEMENT_TEAMS):
        return False
    if i and ctx.tokens[i - 1].bare in lexicon.TITLE_FIRST_WORDS:
        return False
    return region_at(ctx, j, {"kota", "kabupaten", "provinsi"}, bare=True) is None


#: a body's headquarters: after "di" or "ke" the place where something happens ("jumpa pers di Mabes
#: Polri"); elsewhere the body ("Dansatsiber Mabes TNI", "Mabes Polri membuka kembali kasus ini")
_HEADQUARTERS = "Markas Besar "
_AT = frozenset({"di", "ke"})


def _named_enterprise(ctx: Context, info: OrgInfo, j: int) -> bool:
    """Whether a regional enterprise's legal form (``Perumda``, ``PDAM``) is followed by the
    enterprise's own name (read as a company's, :func:`parse_company`): capitalised words that are
    no region and open no person's name."""
    tokens = ctx.tokens
    return (
        info.abbr in COMPANY_FORMS
        and j < len(tokens)
        and tokens[j].capitalised
        and tokens[j].bare not in lexicon.STOPWORDS
        and region_at(ctx, j, {"kota", "kabupaten", "provinsi", "desa", "kelurahan"}, bare=True) is None
        and not ctx.person_starts_at(tokens[j].start)
    )


#: "berinisial MA": the words before a person's initials
_INITIALS_CUES = frozenset({"berinisial", "inisial", "inisialnya"})


def among_initials(ctx: Context, i: int) -> bool:
    """Whether token ``i`` stands as a person's initials: after ``berinisial``, before an age in
    brackets (``MA (24)``) or ``selaku``, or in a list of two or more other short capitals no lexicon knows, one
    of them of one or two letters (``DS, ARH, ZF dan MA``; not ``HMI, PMII, IMM``)."""
    tokens = ctx.tokens
    if (i and tokens[i - 1].text.lower() in _INITIALS_CUES) or AGE_AFTER.match(ctx.text, tokens[i].end):
        return True
    if i + 1 < len(tokens) and tokens[i + 1].text == "selaku":
        # "dan HYL selaku Direktur PT ...": who holds an office is a person (not "KPK selaku penyidik")
        return gazetteer.lookup_abbreviation(tokens[i].bare) is None
    others: list[str] = []
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(tokens) and tokens[k].text in {",", "dan"}:
            k += step
            if 0 <= k < len(tokens) and re.fullmatch(r"[A-Z]{1,3}", tokens[k].bare):
                if gazetteer.lookup_abbreviation(tokens[k].bare) is None:
                    others.append(tokens[k].bare)
                k += step
            else:
                break
    return len(others) >= 2 and any(len(o) <= 2 for o in others)


#: a city's, a regency's and a province's government by its short form ("Pemkot Malang")
_GOVERNMENT_SHORTS = frozenset({"Pemkot", "Pemkab", "Pemprov"})
#: heads only a region's bodies have: a "Dinas" of any portfolio is a city's, a regency's or a province's
_REGION_ONLY_HEADS = frozenset({"Dinas"})


def _told_home(ctx: Context) -> Region | None:
    """The region the article is about, named at least twice ("di kompleks parlemen, Jakarta,
    Senin": a story told in a region, not about it)."""
    home = ctx.home_region
    return home if home is not None and ctx.regions[home.name] >= 2 else None


def _home_region_for(ctx: Context, info: OrgInfo) -> Region | None:
    """The region of a regional body written without one: the one region the article named such a
    body with before ("Kepala Dinas Perdagangan, X" after "Dinas Perdagangan Kabupaten Zorba"); else
    the article's region, if the body exists at its level ("Kejaksaan Negeri" in a province's
    article: one per city and regency, so none)."""
    named = {
        regions[0]
        for e in ctx.of_type(EntityType.ORGANIZATION)
        if e.name.startswith(f"{info.full} ")
        and len(regions := gazetteer.lookup(e.name[len(info.full) + 1 :], gazetteer.TOWN_LEVELS)) == 1
    }
    if len(named) == 1:
        return named.pop()
    levels = lexicon.REGIONAL_BODY_LEVELS.get(info.full)
    if levels in (_VILLAGE, _DISTRICT):
        # "Badan Permusyawaratan Desa (BPD)" in a story of one village, "bersama Forkopimcam" in a story
        # of one district: that village's, that district's
        (level,) = levels
        local = {
            code for code in ctx.region_codes.values() if (r := gazetteer.get(code)) and r.level == level
        }
        return gazetteer.get(local.pop()) if len(local) == 1 else None
    home = _told_home(ctx)
    if home is None:
        return None
    return home if levels is None or home.level in levels else None


_VILLAGE = frozenset({"desa"})
_DISTRICT = frozenset({"kecamatan"})


def home_secretariat(ctx: Context) -> OrgMatch | None:
    """The Sekretariat Daerah of the article's own city, regency or province, implied (no mention):
    the body a Setda's section sits in when its head's title writes none ("Kabag Kesra Budi
    menambahkan" in a regency's story); none when the article has no such region of its own."""
    info = gazetteer.lookup_abbreviation(_SECRETARIAT)
    region = _home_region_for(ctx, info) if info is not None else None
    return secretariat_of(region) if region is not None else None


def secretariat_of(region: Region, start: int = 0, end: int = 0, next_index: int = 0) -> OrgMatch | None:
    """The Sekretariat Daerah of ``region``, implied by what names it (not written as such)."""
    info = gazetteer.lookup_abbreviation(_SECRETARIAT)
    if info is None:
        return None
    return OrgMatch(
        in_region(info.full, region), start, end, next_index, (), True, region, government_of(region), info.abbr,
        explicit=False,
    )  # fmt: skip


#: the abbreviation of a regional government's secretariat, whose sections (Bagian) its Kabag heads
_SECRETARIAT = "Setda"
#: the cabinet's secretariat's abbreviation, which a regency writes before its name for its own
_CABINET_SECRETARIAT = "Setkab"


def national_counterpart(info: OrgInfo) -> OrgInfo | None:
    """The republic's own body of a regional body's kind, when the lexicon has one
    ("Komisi Pemilihan Umum" and "Komisi Pemilihan Umum Republik Indonesia")."""
    national = gazetteer.lookup_full(f"{info.full} Republik Indonesia")
    return (
        national
        if info.scope == "regional" and national is not None and national.scope == "national"
        else None
    )


def national_meant(ctx: Context, info: OrgInfo) -> OrgInfo | None:
    """The national body a regional body's abbreviation written without a region names, or ``None``.

    A bare "KPU" or "Bawaslu" is the national commission when the article writes no regional one
    ("KPU Kota Malang", "Bawaslu Jatim", "KPUD") and either names no region at all (national news:
    "Ketua KPU Budi ... mengatakan") or writes the national body elsewhere ("KPU RI", "KPU Pusat").
    Otherwise the article's region decides (:func:`_home_region_for`).
    """
    national = national_counterpart(info)
    if national is None or _regional_one_written(ctx, info):
        return None
    if not ctx.regions:
        return national
    written = re.compile(
        rf"\b{re.escape(info.abbr)}\s+(?:RI|Pusat)\b|{re.escape(national.full)}", re.IGNORECASE
    )
    return national if written.search(ctx.text) else None


def _regional_one_written(ctx: Context, info: OrgInfo) -> bool:
    """Whether the article names a regional body of ``info``'s kind: its abbreviation or full name
    before a region ("KPU Kota Malang", "Bawaslu Jatim", "Komisi Pemilihan Umum (KPU) Kabupaten X")."""
    full = re.compile(
        rf"{re.escape(info.full)}\s*(?:\(\s*{re.escape(info.abbr)}\s*\)\s*)?(?:Kota|Kabupaten|Provinsi)\b"
    )
    if full.search(ctx.text) or re.search(rf"\b{re.escape(info.abbr)}D\b", ctx.text):
        return True  # "KPUD": a region's commission, by its very name
    levels = {"kota", "kabupaten", "provinsi"}
    return any(
        t.bare == info.abbr and region_at(ctx, k + 1, levels, bare=True) is not None
        for k, t in enumerate(ctx.tokens)
    )


def _national_office(ctx: Context, info: OrgInfo, i: int, j: int, surface_abbr: str) -> OrgMatch | None:
    """A national body's office in a region, written after the body at token ``j``, under the body.

    ``BPK Perwakilan Jawa Timur`` (a representative office), ``Perum Bulog Kanwil Jatim`` (the
    "Kanwil Bulog Jatim"), ``BPJS Kesehatan Cabang Malang`` and a state enterprise with a region,
    ``Jasa Raharja Jatim`` (a branch).
    """
    if info.scope != "national":
        return None
    tokens = ctx.tokens
    office = _representative_office(ctx, past_ri(tokens, j))
    # "Kepala Perwakilan Ombudsman RI Provinsi X": the head's title holds the office's word, the office
    # is the one "Ombudsman RI Perwakilan Provinsi X" names, and its written form one of its names
    titled = office is None and i > 0 and tokens[i - 1].bare == "Perwakilan"
    if titled:
        office = region_at(ctx, past_ri(tokens, j), {"provinsi", "kota", "kabupaten"}, bare=True)
    if office is not None:
        seat, seat_end, nxt = office
        represented = f"{info.full} Perwakilan {jurisdiction_name(seat)}"
        written = (f"Perwakilan {ctx.text[tokens[i].start : seat_end]}",) if titled else ()
        return OrgMatch(
            kantor_perwakilan(info.full, seat) or represented, tokens[i].start, seat_end, nxt,
            (*written, f"{surface_abbr} Perwakilan {seat.bare}", represented), info.government, seat, info.full,
        )  # fmt: skip
    office, kind = _regional_office_at(ctx, j), "Kantor Wilayah"
    if office is None and info.full in lexicon.MINISTRY_OFFICES:
        # "Kemenag Kota Malang": the ministry's office in the city, not the ministry
        office, kind = region_at(ctx, j, {"kota", "kabupaten"}, bare=True), "Kantor"
    if office is not None:
        seat, seat_end, nxt = office
        return OrgMatch(
            f"{kind} {info.full} {jurisdiction_name(seat)}", tokens[i].start, seat_end, nxt,
            (ctx.text[tokens[i].start : seat_end],), info.government, seat, info.full,
        )  # fmt: skip
    branch, kind = _branch_office(ctx, j), "Cabang"
    before = i - 2 if i > 0 and tokens[i - 1].bare in {"PT", "Perum"} else i - 1  # ("Cabang Perum Bulog")
    if branch is None and before >= 0 and tokens[before].bare == "Cabang":
        branch = _branch_office(ctx, j, titled=True)  # "Kepala Cabang BPJS Ketenagakerjaan Purwokerto"
    if branch is None and not _numbered_after(tokens, j):
        # "BPJS Ketenagakerjaan Wilayah Sulawesi Utara": its office for an area (not "KPK Wilayah V",
        # a numbered area: _regional_office_at)
        branch, kind = _branch_office(ctx, j, word="Wilayah"), "Wilayah"
    if branch is None and j < len(tokens) and tokens[j].bare in _DIVISION_WORDS:
        # "Bulog Divre Sumut": a state enterprise's regional division
        branch, kind = _branch_office(ctx, j, word=tokens[j].bare), "Divisi Regional"
    if (
        branch is None
        and j + 1 < len(tokens)
        and (tokens[j].bare, tokens[j + 1].bare) == ("Divisi", "Regional")
    ):
        branch, kind = _branch_office(ctx, j + 1, word="Regional"), "Divisi Regional"  # ... written out
    if branch is None and info.kind == "enterprise" and (unit := _unit_words(ctx, j)) is not None:
        branch, kind = unit
    if branch is None and info.kind == "enterprise":
        branch, kind = _closing_region(ctx, j), "Cabang"  # "Jasa Raharja Jatim": a state enterprise's branch
    if branch is None:
        return None
    words, branch_end, nxt = branch
    # (a division by the words written: "Bulog Divre Sumut"; a branch also by its town: "Bulog Sidikalang")
    as_written = (
        ctx.text[tokens[i].start : branch_end] if kind == "Divisi Regional" else f"{surface_abbr} {words}"
    )
    return OrgMatch(
        f"{info.full} {kind} {words}", tokens[i].start, branch_end, nxt,
        (f"{surface_abbr} {kind} {words}", as_written), info.government, None, info.full,
        parent_aliases=(surface_abbr,) if surface_abbr != info.full else (),
    )  # fmt: skip


def _unit_words(ctx: Context, j: int) -> tuple[tuple[str, int, int], str] | None:
    """A state enterprise's local unit written at token ``j`` by its word (:data:`lexicon.ENTERPRISE_UNITS`)
    and its own name ("KPH Malang", "UP3 Malang"): what :func:`_branch_office` reads, and the word; not
    one named after a person, with initials ("UPK Ir. P.M. X"), whose name this reading would cut."""
    tokens = ctx.tokens
    if j >= len(tokens) or tokens[j].bare not in lexicon.ENTERPRISE_UNITS:
        return None
    branch = _branch_office(ctx, j, word=tokens[j].bare)
    if branch is None or ctx.text[branch[1] : branch[1] + 1] == ".":
        return None
    return branch, tokens[j].bare


def _enterprise_unit(ctx: Context, info: OrgInfo, j: int) -> OrgMatch | None:
    """The local unit of the state enterprise ``info`` written at token ``j`` (:func:`_unit_words`),
    under the enterprise."""
    unit = _unit_words(ctx, j)
    if unit is None:
        return None
    (words, end, nxt), kind = unit
    return OrgMatch(
        f"{info.full} {kind} {words}", ctx.tokens[j].start, end, nxt, (f"{info.abbr} {kind} {words}",),
        info.government, None, info.full,
    )  # fmt: skip


#: the short words for a state enterprise's regional division ("Bulog Divre Sumut")
_DIVISION_WORDS = frozenset({"Divre", "Divreg"})


def _numbered_after(tokens: list[Token], j: int) -> bool:
    """Whether token ``j + 1`` is a number, in digits or Roman numerals ("Wilayah V", "Wilayah 2")."""
    return j + 1 < len(tokens) and (
        tokens[j + 1].bare[:1].isdigit() or ROMAN_NUMERAL.fullmatch(tokens[j + 1].bare) is not None
    )


def _vertical_office(ctx: Context, info: OrgInfo, i: int, j: int, surface_abbr: str) -> OrgMatch | None:
    """``BPS Provinsi Bengkulu``, ``BNN Kota Malang``: a national body's office in the region
    written after it, under the national body (not the body itself, nor the region's government's)."""
    if info.full not in lexicon.VERTICAL_OFFICES:
        return None
    found = region_at(ctx, j, {"kota", "kabupaten", "provinsi"}, bare=True)
    if found is None:
        return None
    region, end, nxt = found
    written = ctx.text[ctx.tokens[i].start : end]
    aliases = {written, f"{surface_abbr} {jurisdiction_name(region)}"}
    office = lexicon.VERTICAL_OFFICE_NAMES.get(info.full)
    if office is not None:
        # "Basarnas Padang": the body's office there goes by a name of its own
        aliases.add(f"{office} {region.bare}")
    named = vertical_office_name(info.full, region)
    return OrgMatch(
        named, ctx.tokens[i].start, end, nxt, tuple(sorted(aliases)), info.government, region, info.full,
    )  # fmt: skip


def vertical_office_name(body: str, region: Region) -> str:
    """The name of a national body's office in ``region`` (vertical-offices.tsv): the office's own
    name where it has one ("Kantor Pencarian dan Pertolongan Kota Padang"), the body's "Kantor
    Perwakilan" where the lexicon knows one, else the body's name with the region."""
    office = lexicon.VERTICAL_OFFICE_NAMES.get(body)
    if office is not None:
        return f"{office} {jurisdiction_name(region)}"
    return kantor_perwakilan(body, region) or in_region(body, region)


def kantor_perwakilan(body: str, region: Region) -> str | None:
    """The name of a national body's office in a region where the lexicon knows the body's "Kantor
    Perwakilan" (``Kantor Perwakilan Bank Indonesia Provinsi Jawa Timur``, the KPw BI) or
    "Perwakilan" (``Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional Provinsi Sumatera
    Utara``); none for a body whose office is its "Perwakilan" written after it (``Badan Pemeriksa
    Keuangan Perwakilan Provinsi Jawa Barat``)."""
    for representative in _REPRESENTATIVES:
        office = f"{representative} {body}"
        if gazetteer.lookup_full(office) is not None:
            return f"{office} {jurisdiction_name(region)}"
    return None


#: what a national body's office in a region may be called before the body's name
_REPRESENTATIVES = ("Kantor Perwakilan", "Perwakilan")


def known_match(ctx: Context, info: OrgInfo, i: int, j: int, surface_abbr: str) -> OrgMatch:
    """The organisation ``info`` written as ``surface_abbr`` over tokens ``i:j``, with its region."""
    tokens = ctx.tokens
    end = tokens[j - 1].bare_end
    office = _national_office(ctx, info, i, j, surface_abbr) or _vertical_office(
        ctx, info, i, j, surface_abbr
    )
    if office is not None:
        return office
    region = None
    counterpart = national_counterpart(info)
    if (
        info.scope == "regional"
        and j < len(tokens)
        and (tokens[j].bare in {"Indonesia", "RI"} or (counterpart is not None and tokens[j].bare == "Pusat"))
    ):
        # "Kadin Indonesia", "KPU Pusat": the national body of a kind every region has
        national = counterpart.full if counterpart is not None else f"{info.full} Indonesia"
        return OrgMatch(
            national, tokens[i].start, tokens[j].bare_end, j + 1,
            (f"{surface_abbr} {tokens[j].bare}",), info.government, abbreviation=info.abbr,
        )  # fmt: skip
    if info.scope == "regional" and (village := _village_of(ctx, info, j)) is not None:
        # "BPD Zorba": a village's own body, named by the village of the article's regency
        bare = village[0].bare
        return _village_body(
            info, tokens[i].start, village, {f"{surface_abbr} {bare}", surface_abbr, info.abbr}, info.abbr
        )
    field = _field_of_known_office(ctx, info, j)
    if field is None and (grade := office_grade_end(tokens, j)) is not None:
        # "KPPBC Tipe Madya Pabean C Sibolga": the office's grade, then its town
        field = tokens[j:grade], grade
    if field is not None:
        # "Dinas PU Bina Marga Kabupaten Dairi": the office's field after its short form, its own name
        words, j = field
        info = replace(info, full=f"{info.full} {' '.join(t.bare for t in words)}")
        end = words[-1].bare_end
        surface_abbr = ctx.text[tokens[i].start : end]
    if info.scope == "regional":
        found_region = region_at(ctx, j, {"kota", "kabupaten", "provinsi"}, bare=True) or (
            # "MUI Kecamatan Sumbul": an association's district branch, the district written out; "MPA
            # Desa Bintang": a village's own group, the village written out
            region_at(ctx, j, {"kecamatan", "kelurahan", "desa"}) if not info.government else None
        )
        seat = _district_town(ctx, j) if info.kind == "judiciary" and not found_region else None
        if seat is not None:
            # "Pengadilan Negeri Kepanjen", "PA Sidikalang": a court by the district's town it sits in
            town, end, j = seat
            court_aliases = tuple(sorted({f"{surface_abbr} {town}", surface_abbr}))
            return OrgMatch(
                f"{info.full} {town}",
                tokens[i].start,
                end,
                j,
                court_aliases,
                info.government,
                abbreviation=info.abbr,
            )
        if found_region:
            region, end, j = found_region
        else:
            meant = national_meant(ctx, info)
            region = None if meant is not None else _home_region_for(ctx, info)
            if meant is not None:
                return OrgMatch(
                    meant.full, tokens[i].start, end, j, tuple(sorted({surface_abbr, meant.abbr})),
                    meant.government, abbreviation=info.abbr,
                )  # fmt: skip
    elif (
        not info.government
        and info.kind != "party"  # "PDIP Bali": the party (its branch is the DPD or DPC)
        and (found_region := region_at(ctx, j, {"kota", "kabupaten", "provinsi"}, bare=True))
    ):
        region, end, j = found_region  # "Komnas PA Sidoarjo": a national association's chapter
    name = in_region(info.full, region) if region else info.full
    aliases = {surface_abbr, info.abbr}
    if region:
        # "TP PKK Kota Kediri", also as other articles write it: "Tim Penggerak PKK Kota Kediri"
        written = {surface_abbr, *(form for form in gazetteer.written_forms(info.full) if " " in form)}
        aliases.update(f"{form} {jurisdiction_name(region)}" for form in written)
    parent = government_of(region) if region and info.kind in {"executive", "agency"} else None
    return OrgMatch(
        name, tokens[i].start, end, j, tuple(sorted(aliases)), info.government, region, parent, info.abbr
    )


#: the grade of a national service's office, after its name: "Tipe Madya Pabean C", "Tipe Pratama"
_OFFICE_GRADE = "Tipe"
_GRADE_WORDS = frozenset({"Madya", "Pratama", "Utama", "Pabean", "Cukai", "A", "B", "C"})


def office_grade_end(tokens: list[Token], j: int) -> int | None:
    """Where the grade of an office written at token ``j`` ends ("Tipe Madya Pabean C Sibolga": the
    token of "Sibolga"), or ``None``."""
    if j >= len(tokens) or tokens[j].text != _OFFICE_GRADE:
        return None
    k = j + 1
    while k < len(tokens) and k - j <= 3 and tokens[k].text in _GRADE_WORDS:
        k += 1
    return k if k > j + 1 else None


def _field_of_known_office(ctx: Context, info: OrgInfo, j: int) -> tuple[list[Token], int] | None:
    """The words of a field (one to three institution words, ``Bina Marga``, ``Sumber Daya Air``) written at
    token ``j`` after a regional Dinas's short form (``Dinas PU``), up to its region or the end of the
    name, with the token after them; ``None`` if no field follows."""
    tokens = ctx.tokens
    if info.scope != "regional" or not info.full.startswith("Dinas "):
        return None
    if j > 0 and tokens[j - 1].text != tokens[j - 1].bare:
        return None  # ("di Aula Kantor Dispar. Dalam forum itu, ...": the sentence ends with the short form)
    k = j
    while (
        k < len(tokens)
        and k - j < 3
        and tokens[k].capitalised
        and tokens[k].bare in lexicon.INSTITUTION_WORDS
        and tokens[k].bare not in lexicon.LEVEL_WORDS
        and region_at(ctx, k, {"kota", "kabupaten", "provinsi"}, bare=True) is None
    ):
        k += 1
        if tokens[k - 1].text != tokens[k - 1].bare:
            break  # the sentence or the clause ends with it
    if k == j or (
        k < len(tokens)
        and tokens[k].capitalised
        and tokens[k - 1].text == tokens[k - 1].bare
        and region_at(ctx, k, {"kota", "kabupaten", "provinsi"}, bare=True) is None
    ):
        return None  # ("Dinas PU Agung Wibowo": a name goes on after the words, its holder's)
    return tokens[j:k], k


#: the last word of the name of a body every village has ("Badan Permusyawaratan Desa")
_VILLAGE_WORD = "Desa"


def _region_word(token: Token) -> bool:
    """A word a district's or village's name may hold: a capitalised one or a number ("Lurah 35 Ilir")."""
    return token.capitalised or token.text[:1].isdigit()


def _opens_a_persons_name(ctx: Context, word: str) -> bool:
    """Whether a person the article has named so far has ``word`` for a first name."""
    return any(p.name.split()[0] == word for p in ctx.of_type(EntityType.PERSON))


#: the words some regions call their villages by that a village elsewhere bears as its whole name
#: ("Kampung", a desa of Gunungkidul; "Gampong", one of Pidie)
_VILLAGE_TYPE_WORDS = frozenset({"Kampung", "Gampong"})


def local_region_named(ctx: Context, i: int, levels: frozenset[str]) -> tuple[Region, int, int] | None:
    """A district or village named bare at token ``i`` (one to three words), the one inside the
    article's regency or city first: the region, where its name ends, the token after it."""
    tokens = ctx.tokens
    if i < len(tokens) and _region_word(tokens[i]):
        for width in (3, 2, 1):  # "Lurah Oro-oro Dowo": village names run to several words
            words = tokens[i : i + width]
            if len(words) < width or not all(map(_region_word, words)):
                continue
            if i + width < len(tokens) and tokens[i + width].bare in lexicon.AREA_COMPASS_WORDS:
                continue  # "Kepala Desa Karangsari Kidul Darsono": another village than the gazetteer's
            if words[-1].text == "I" and balinese_name_at(ctx, i + width - 1):
                continue  # "Kepala Desa Sukamaju I Wayan Sudana": "I" opens the head's name
            name = " ".join(t.bare for t in words)
            candidates = gazetteer.lookup(name, levels)
            if not candidates and width == 2:  # "Lurah Karang Besuki": the list's "Karangbesuki"
                candidates = gazetteer.lookup(name.replace(" ", ""), levels)
            # prefer the one inside the article's city or regency
            inside = [r for r in candidates if at_home(ctx, r)]
            if candidates and not inside and width == 1 and _opens_a_persons_name(ctx, name):
                continue  # "Kades Sugeng" after "Kepala Desa X, Sugeng Wahyudi": the head's short name
            if not inside and width == 1 and words[0].bare in _VILLAGE_TYPE_WORDS:
                continue  # "Reje Kampung X": the word villages are called by there, not a village "Kampung" elsewhere
            for region in inside or candidates:
                return region, words[-1].bare_end, i + width
    return None


def _village_of(ctx: Context, info: OrgInfo, j: int) -> tuple[Region, int, int] | None:
    """The village a village's body (``info``, its name ending in "Desa") is named by at token
    ``j``, written bare ("BPD Zorba"): a village or kelurahan of that name in the article's regency
    or city (:func:`local_region_named`), with where it ends and the token after it; none elsewhere."""
    home = ctx.home_region
    if not info.full.endswith(f" {_VILLAGE_WORD}") or home is None or home.level == "provinsi":
        return None
    found = local_region_named(ctx, j, frozenset({"desa", "kelurahan"}))
    return found if found is not None and at_home(ctx, found[0]) else None


def _village_body(
    info: OrgInfo, start: int, village: tuple[Region, int, int], aliases: set[str], abbreviation: str | None
) -> OrgMatch:
    """The body ``info`` of the village :func:`_village_of` read, written from ``start``: named by the
    village's name ("Badan Permusyawaratan Desa Zorba")."""
    region, end, nxt = village
    return OrgMatch(
        f"{info.full} {region.bare}", start, end, nxt, tuple(sorted(aliases)), info.government, region, None,
        abbreviation,
    )  # fmt: skip


def parse_unit(ctx: Context, info: OrgInfo, i: int, j: int, surface: str) -> OrgMatch:
    """Police, military and prosecution units named by place: ``Polresta Malang Kota``, ``Kodim 0833/Kota Malang``."""
    tokens = ctx.tokens
    words: list[Token] = []
    longest = 3  # place words after the unit's abbreviation
    if (
        j + 3 < len(tokens)
        and tokens[j].text == "("
        and tokens[j + 2].text == ")"
        and tokens[j + 1].bare in lexicon.POSITIONS
    ):
        j += 3  # "Komandan Kodim (Dandim) 0801/Pacitan": the office's short form, then the number
    if (
        j + 1 < len(tokens)
        and tokens[j].bare == "Kelas"
        and lexicon.CLASS_NUMBER.fullmatch(tokens[j + 1].bare)
    ):
        words, j = tokens[j : j + 2], j + 2  # "Lapas Kelas I Malang", "Rutan Kelas IIB Kepanjen"
        longest += 2
    elif j < len(tokens) and tokens[j].bare in lexicon.TAX_OFFICE_CLASSES:
        words, j = [tokens[j]], j + 1  # "KPP Pratama Tigaraksa", "KPP Madya Malang": a tax office's class
        longest += 1
    # "... hadir bersama Kapolres.\nKepala SMA ...": the sentence ends at the unit, named before
    closed = 0 < j < len(tokens) and tokens[j - 1].text.endswith(".") and tokens[j - 1].bare.isalpha()
    hero = info.abbr in NAMED_AFTER_HEROES  # "Lanud Abdulrachman Saleh": a person's name, no place
    named = [] if closed else _unit_region_words(ctx, j)
    if named:  # "Polsek Ilir Barat I", "Kapolsek Sumbermanjing Wetan": a district's name of several words
        words, j = [*words, *named], j + len(named)
    while (
        j < len(tokens)
        and len(words) < longest
        and not closed
        and not (named and named[-1].text.endswith("."))
    ):
        token = tokens[j]
        if token.bare in lexicon.RANK_WORDS or (
            token.bare in lexicon.STOPWORDS - {"Kota", "Kabupaten"} and not _is_place_word(ctx, token, j)
        ):
            break  # (a region's name may be a stop word: "Kejati DKI Jakarta", "Kejari Jakarta Selatan")
        if not (token.capitalised or token.text[:1].isdigit()) or token.bare in lexicon.HONORIFICS:
            break
        if (
            words
            and ROMAN_NUMERAL.match(token.text)
            and token.text == token.bare
            and not balinese_name_at(ctx, j)
        ):
            words.append(token)  # "Polsek SU I": a district written short, then its number
            j += 1
            break
        # only a prison's class so far: "Lapas Kelas IIA"
        classed = len(words) == 2 and words[0].bare == "Kelas"
        if (
            classed
            and not _is_place_word(ctx, token, j)
            and region_at(ctx, j + 1, {"kota", "kabupaten"}, bare=True) is not None
        ):
            words.append(token)  # "Lapas Kelas IIA Simbelin Sibolga": the area of the town it stands in
            j += 1
            continue
        if (
            classed
            and not ctx.person_starts_at(token.start)
            and (j + 1 >= len(tokens) or not tokens[j + 1].capitalised or token.text != token.bare)
        ):
            # "Lapas Kelas IIA Tirtaraja untuk ...": one word after a prison's class, the town it stands in,
            # which the gazetteer need not list (a regency's capital is often no region of its own)
            words.append(token)
            j += 1
            break
        if words and not hero and (not _is_place_word(ctx, token, j) or _level_named(words, token)):
            break
        if words and _village_opening_a_name(ctx, words, j):
            break  # "Kapolres Samosir Purnama Sinaga": a given name some village elsewhere also bears
        if (
            not words
            and not hero
            and not _is_place_word(ctx, token, j)
            and (ctx.person_starts_at(token.start) or _opens_a_persons_name(ctx, token.bare))
        ):
            # "Kasi Pidsus Kejari Budi Hartono", "Kapolres Marihot menegaskan" after "Kapolres Dairi, AKBP
            # Marihot Situmorang": the holder's name, not the unit's place
            break
        words.append(token)
        j += 1
        if token.text.endswith("."):
            break
    if not words:
        return OrgMatch(
            info.full,
            tokens[i].start,
            tokens[i].start + len(surface),
            j,
            (surface,),
            info.government,
            abbreviation=info.abbr,
        )
    place = _join(ctx, words)
    end = words[-1].bare_end
    aliases: tuple[str, ...] = (f"{surface} {place}",)
    if len(words) == 1 and (town := _town_by_short_form(place)) is not None:
        place = town  # "Polres Tapsel": the regency's unit, by the name the gazetteer gives it
    slashed = _command_name_after(ctx, words, j)
    if slashed is not None:  # "Kodim 0801/Pacitan": the command by its number, written with its name
        end, j = slashed
        aliases = (*aliases, f"{surface} {ctx.text[words[0].start : end]}")
        if info.abbr in _LOCALLY_NUMBERED:
            place = ctx.text[words[0].start : end]  # "Koramil 01/Sidikalang": one of many rayons numbered 01
    return OrgMatch(
        f"{info.full} {place}", tokens[i].start, end, j, aliases, info.government, abbreviation=info.abbr
    )


#: units numbered within their command, so named with the name after the number ("Koramil 01/Sidikalang")
_LOCALLY_NUMBERED = frozenset({"Koramil"})


def _town_by_short_form(word: str) -> str | None:
    """The bare name of the one city or regency ``word`` is the gazetteer's short form of ("Tapsel"
    → "Tapanuli Selatan"), or none (a town's own name, or several towns')."""
    towns = gazetteer.lookup(word, {"kabupaten", "kota"})
    if len(towns) != 1 or towns[0].bare.casefold() == word.casefold():
        return None
    return towns[0].bare


def _command_name_after(ctx: Context, words: list[Token], j: int) -> tuple[int, int] | None:
    """The name a command's number is written with after a slash at token ``j`` ("Kodim
    0801/Pacitan", "Kodam V/Brawijaya", "Korem 084/Bhaskara Jaya"): its end offset and the
    next token index, or None."""
    tokens = ctx.tokens
    if (
        not words
        or not (words[-1].text[:1].isdigit() or ROMAN_NUMERAL.fullmatch(words[-1].text))
        or j + 1 >= len(tokens)
        or tokens[j].text != "/"
        or tokens[j].start != words[-1].end
        or tokens[j + 1].start != tokens[j].end
        or not tokens[j + 1].capitalised
    ):
        return None
    region = region_at(ctx, j + 1, {"kota", "kabupaten", "provinsi"}, bare=True)
    if region is not None and region[1] < tokens[j + 1].bare_end and ctx.text[region[1]] == "-":
        return tokens[j + 1].bare_end, j + 2  # "Kodim 0210/Samosir-Toba": the two towns it covers
    if region is not None:
        k = region[2]
        if k < len(tokens) and gazetteer.lookup(
            ctx.text[tokens[j + 1].start : tokens[k].bare_end], {"kecamatan"}
        ):
            return tokens[k].bare_end, k + 1  # "Koramil 01/Sibolga Kota": a district named after its town
        return region[1], region[2]
    k = j + 2
    if second_word_of_a_command(ctx, k):
        k += 1
    return tokens[k - 1].bare_end, k


#: units named after a national hero, not a place: the air force's bases ("Lanud Abdulrachman Saleh",
#: "Lanud Soewondo"), their names up to a comma, a rank or a lower-case word
NAMED_AFTER_HEROES = frozenset({"Lanud"})


def second_word_of_a_command(ctx: Context, j: int) -> bool:
    """Whether token ``j``, a capitalised word after a command's number and name ("084/Bhaskara"),
    is that name's second word: a comma, a full stop or a rank follows it, and the tagger sees no
    person begin there ("Korem 084/Bhaskara Jaya, Kapolres ..."; but "Kodam V/Brawijaya Rudy
    hadir": a holder's one name before a verb)."""
    tokens = ctx.tokens
    if j >= len(tokens) or not tokens[j].capitalised or tokens[j].bare in lexicon.RANK_WORDS:
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return not ctx.person_starts_at(tokens[j].start) and (
        after is None
        or after.text in {",", ".", ")", ";"}
        or tokens[j].text.endswith(".")
        or after.bare in lexicon.RANK_WORDS
    )


#: the regions police, military and prosecution units are named by
_UNIT_LEVELS = frozenset({"provinsi", "kabupaten", "kota", "kecamatan"})


def _level_named(words: list[Token], token: Token) -> bool:
    """Whether ``words`` are a level's word and a region of that level the gazetteer knows, which
    ``token`` would not go on ("KUA Kecamatan Sumbul Tumpak Hasibuan": the head's name follows)."""
    level = lexicon.LEVEL_WORDS.get(words[0].bare)
    if level is None or len(words) < 2:
        return False
    name = " ".join(w.bare for w in words[1:])
    return bool(gazetteer.lookup(name, {level})) and not gazetteer.lookup(f"{name} {token.bare}", {level})


def _unit_region_words(ctx: Context, j: int) -> list[Token]:
    """The tokens from ``j`` on that name a region in two to four words, longest first, as the
    gazetteer knows it (its numbers any way: "Ilir Barat I", "Banyuasin 3"), or none."""
    for width in (4, 3, 2):
        words = ctx.tokens[j : j + width]
        if (
            len(words) == width
            and all(t.capitalised or t.text[:1].isdigit() for t in words)
            and not any(t.text.endswith(".") for t in words[:-1])  # (the sentence ends)
            and gazetteer.lookup(" ".join(t.bare for t in words), _UNIT_LEVELS)
        ):
            return words
    return []


def _village_opening_a_name(ctx: Context, words: list[Token], j: int) -> bool:
    """Whether token ``j``, after ``words`` that name a city or regency, is a word the gazetteer knows
    only as a village's name that opens a name of two words or more there (no region's): a person's
    given name, not more of the unit's place."""
    tokens = ctx.tokens
    if j + 1 >= len(tokens) or not tokens[j + 1].capitalised or _is_place_word(ctx, tokens[j + 1], j + 1):
        return False
    place = " ".join(w.bare for w in words)
    if not gazetteer.lookup(place, {"kabupaten", "kota", "provinsi"}):
        return False
    known = gazetteer.lookup(tokens[j].bare)
    return (
        bool(known)
        and all(r.level in {"desa", "kelurahan"} for r in known)
        and not gazetteer.lookup(f"{place} {tokens[j].bare}")
    )


def _is_place_word(ctx: Context, token: Token, j: int) -> bool:
    """``Kota`` in ``Malang Kota`` or a word the gazetteer knows as a region."""
    return token.bare in {"Kota", "Kabupaten"} | _DIRECTIONS or bool(gazetteer.lookup(token.bare))


#: Stop words that end a body's name; region and government words (``Kota``, ``Pemerintah``,
#: ``Indonesia``) continue it: "Dinas Sosial Kota Malang", "PT Freeport Indonesia".
#: Words that end a body's name: function words, and a regulation's number ("Kejaksaan Nomor 4 Tahun 2023").
_NAME_STOPWORDS = (lexicon.STOPWORDS - lexicon.REGION_WORDS) | {"Nomor", "No", "Nomer"}


#: verbs and nouns of launching: what follows them is a programme, not a body ("meluncurkan Gerakan ...")
_LAUNCHED = frozenset(
    {
        "meluncurkan",
        "mencanangkan",
        "menggagas",
        "menginisiasi",
        "peluncuran",
        "pencanangan",
        "diluncurkannya",
    }
)


def parse_headed(ctx: Context, i: int, *, before_name: bool = False) -> OrgMatch | None:
    """``Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Kependudukan Provinsi Jawa Timur``.

    Three steps: the head word(s) that open an organisation's name (:func:`_head`), the
    words of the name up to its region, abbreviation or end (:func:`_scan`), and the
    organisation those make: canonical name, aliases, government, parent (:func:`_organisation`).

    With ``before_name`` (after a title), a run of words that are neither
    institution vocabulary nor used in lower case by the article is taken as
    the person's name and ends the organisation.
    """
    opened = _head(ctx, i)
    if opened is None:
        return None
    if ctx.tokens[i].bare == "Gerakan" and i and ctx.tokens[i - 1].text.casefold() in _LAUNCHED | {"program"}:
        # "meluncurkan Gerakan Nelayan Sejahtera", "program Gerakan Nelayan Muda Dairi": a programme, no
        # movement of fishermen or farmers
        return None
    if (
        ctx.tokens[i].bare == "Bagian"
        and opened[1] < len(ctx.tokens)
        and ctx.tokens[opened[1]].bare in _DIRECTIONS
    ):
        return None  # "Seram Bagian Barat": the western part of a region, no section of a body
    name = _scan(ctx, *opened, before_name=before_name)
    found = (
        _faction_of_only_house(ctx, i, name, before_name=before_name)
        or _spelled_before_abbreviation(ctx, i, name)
        or _office_named_for_body(ctx, i, name)
        or _unit_of_command(ctx, i, name)
        or _faculty_of(ctx, i, name)
        or _institute_of_university(ctx, i, name)
        or (None if before_name else _commission_of(ctx, i, name))  # (a title seats its holder in the body)
        or _organisation(ctx, i, name)
    )
    if (
        found is not None
        and not before_name
        and ctx.tokens[i].bare == "Gerakan"
        and _PROGRAMME_TOLD.match(ctx.text, found.end)
    ):
        # "Gerakan Nelayan Tangguh X (Gentas) yang digagas Dinas Y": a programme the clause after it says
        # was launched or aims at someone, no movement of fishers
        return None
    return _with_branch_area(ctx, found) if found is not None else None


#: a relative clause after a name that tells a programme: launched, run, or aimed at someone ("... (Gempas)
#: yang menyasar pemuda tani", "... yang digagas Dinas X")
_PROGRAMME_TOLD = re.compile(
    r"\s*(?:\([^()]{2,30}\)\s*)?,?\s*yang\s+(?:(?:telah|sudah|sedang|kini)\s+)?"
    r"(?:di(?:gagas|canangkan|luncurkan|inisiasi|programkan|gulirkan|jalankan|laksanakan|galakkan)"
    r"|menyasar|bertujuan|menargetkan|mengajak|menggerakkan)\b"
)


#: a province's branch office, named with the area it serves after its province ("Cabang Dinas
#: Pendidikan Provinsi X Wilayah Kabupaten Y", "... Wilayah Y", "... Wilayah VIII")
_BRANCH = "Cabang Dinas "
#: the number of an area a branch office serves ("Wilayah XII")
_AREA_NUMBER = re.compile(r"[IVX]+")


def _with_branch_area(ctx: Context, found: OrgMatch) -> OrgMatch:
    """A province's branch office followed by the area it serves (``Wilayah`` and a region, or its
    number): named with it."""
    tokens = ctx.tokens
    k = found.next_index
    if not found.name.startswith(_BRANCH) or k >= len(tokens):
        return found
    if found.name.endswith(" Wilayah") and _AREA_NUMBER.fullmatch(tokens[k].text):
        # ("Cabang Dinas Kehutanan Wilayah VIII": the word read as the name's, its number after it)
        end, nxt = tokens[k].end, k + 1
    elif k + 1 < len(tokens) and tokens[k].text == "Wilayah":
        area = region_at(ctx, k + 1, {"kabupaten", "kota"}, bare=True)
        if area is not None:
            end, nxt = area[1], area[2]
        elif _AREA_NUMBER.fullmatch(tokens[k + 1].text):
            end, nxt = tokens[k + 1].end, k + 2
        else:
            return found
    else:
        return found
    written = " ".join(ctx.text[tokens[k].start : end].split())
    return replace(
        found,
        name=f"{found.name} {written}",
        end=end,
        next_index=nxt,
        aliases=tuple(dict.fromkeys((*found.aliases, ctx.text[found.start : end]))),
    )


#: a legislature's commission written without its legislature ("Komisi XII", "Komisi B"), not a
#: body named "Komisi ..." (the titles stage seats its members in the legislature too)
COMMISSION_NAME = re.compile(r"Komisi (?:[A-E]|[IVX]+)")


def unit_in(
    ctx: Context,
    body: OrgMatch,
    own: str,
    start: int,
    *,
    alias: str | None = None,
    government: bool = True,
    region: Region | None = None,
    named_with: bool = True,
    until: tuple[int, int] | None = None,
) -> OrgMatch:
    """A unit within a body, written by its own name and then the body's (``Komisi XII DPR RI``,
    ``Satgas Pangan Polda Sumbar``, ``Kabid Humas Polda Jatim``), from ``start`` to the body's end:
    named ``own`` and the body's canonical name, it sits in that body (``org:subOrganizationOf``),
    and (``named_with``) the body counts as named in passing. Its alias is the text as written,
    unless ``alias`` is given (a unit a title implies is not written as such). A unit of a body the
    article named elsewhere ends at ``until`` (its end and the token after it) instead."""
    parent = gazetteer.canonical_name(body.name)
    end, next_index = until or (body.end, body.next_index)
    return OrgMatch(
        f"{own} {parent}", start, end, next_index,
        (ctx.text[start:end] if alias is None else alias,), government, region, parent=parent,
        named_with=(replace(body, name=parent),) if named_with else (),
    )  # fmt: skip


_LEGISLATURE = "Dewan Perwakilan Rakyat"
#: a legislature's standing bodies by their full names ("Badan Anggaran") -> the house they sit in
_LEGISLATURE_UNIT_NAMES = {full: house for full, house, _ in lexicon.LEGISLATURE_UNITS.values()}


def _commission_of(ctx: Context, i: int, name: _Name) -> OrgMatch | None:
    """``Komisi XII DPR RI``, ``Badan Anggaran (Banggar) DPR RI`` outside a title ("Rapat Kerja
    dengan Komisi XII DPR RI"): the legislature's commission or standing body, named with the
    legislature as the title reader names it."""
    own = _join(ctx, name.words)
    house = _LEGISLATURE_UNIT_NAMES.get(own)
    if not (COMMISSION_NAME.fullmatch(own) or house is not None) or name.next_index >= len(ctx.tokens):
        return None
    body = parse_known(ctx, name.next_index)
    if body is None or not body.name.startswith("Dewan Perwakilan"):
        return None
    if house is not None and not _sits_in(body, house):
        return None  # "Badan Pembentukan Peraturan Daerah DPR": no body of the DPR's
    return unit_in(ctx, body, own, ctx.tokens[i].start, region=body.region)


def _sits_in(body: OrgMatch, house: str) -> bool:
    """Whether ``body`` is a legislature of the ``house`` (``legislature-units.tsv``) a unit sits in."""
    name = gazetteer.canonical_name(body.name)  # ("DPR RI": the Dewan Perwakilan Rakyat Republik Indonesia)
    written = "dprd" if name.startswith(f"{_LEGISLATURE} Daerah") else "dpr" if name == _LEGISLATURE else None
    return written is not None and house in {written, "both"}


def parse_legislature_unit(ctx: Context, i: int, *, before_name: bool = False) -> OrgMatch | None:
    """``Baleg DPR RI``, ``Bapemperda DPRD Kota Malang``: a legislature's standing body by its
    abbreviation (``legislature-units.tsv``), read only right before its house, named by its full
    name. After a title (``before_name``) the unit alone, which the titles stage seats in the
    legislature as it does ``Badan Legislasi DPR RI``; elsewhere the unit in the legislature, as
    :func:`_commission_of` reads ``Komisi XII DPR RI``. "BK" and "Bamus" are also brands and
    initials: read only after a title."""
    tokens = ctx.tokens
    k, written = _committee_spelled(ctx, i)
    unit = lexicon.LEGISLATURE_UNITS.get(written)
    if unit is None or k >= len(tokens) or tokens[k - 1].text != tokens[k - 1].bare:
        return None  # ("Baleg," ends the phrase: no legislature follows)
    full, house, titled = unit
    if titled and not before_name:
        return None
    which, k = _committee_of(ctx, written, k)
    body = parse_known(ctx, k) if k < len(tokens) else None
    if (body is None or body.start != tokens[k].start) and which and before_name:
        # "Ketua Pansus Ranperda Pasar Rakyat Hj. Nur Laila ...": the one house the article names
        body = only_house(ctx)
        if body is not None:
            return unit_in(
                ctx, body, f"{full} {which}", tokens[i].start, government=body.government,
                region=body.region, until=(tokens[k - 1].bare_end, k),
            )  # fmt: skip
    if body is None or body.start != tokens[k].start:
        return None
    if not _sits_in(body, house):
        return None
    if which:
        # "Pansus II DPRD Sidoarjo": one of the house's special committees, in the house
        return unit_in(ctx, body, f"{full} {which}", tokens[i].start, region=body.region)
    if before_name:
        return OrgMatch(full, tokens[i].start, tokens[i].end, i + 1, (tokens[i].text,))
    return unit_in(ctx, body, full, tokens[i].start, region=body.region)


def _committee_spelled(ctx: Context, i: int) -> tuple[int, str]:
    """The token after a legislature unit's name at ``i`` and the abbreviation it is written for:
    ``Pansus``, or spelled out, ``Panitia Khusus (Pansus)``, ``Panitia Khusus``."""
    tokens = ctx.tokens
    abbr = lexicon.SPECIAL_COMMITTEE
    words = lexicon.LEGISLATURE_UNITS[abbr][0].split()
    if [t.bare for t in tokens[i : i + len(words)]] != words:
        return i + 1, tokens[i].bare
    k = i + len(words)
    if [t.text for t in tokens[k : k + 3]] == ["(", abbr, ")"]:
        k += 3
    return k, abbr


#: a special committee's bill, written between it and the house ("Pansus Ranperda Pasar Rakyat DPRD ...")
_BILL_WORDS = frozenset({"Ranperda", "Raperda", "Rancangan", "RUU", "Hak"})


def _committee_of(ctx: Context, abbr: str, k: int) -> tuple[str, int]:
    """Which of a house's special committees, written from token ``k`` (``II``, ``Ranperda Pasar
    Rakyat``), and the token after it; none for a standing body."""
    tokens = ctx.tokens
    if abbr != lexicon.SPECIAL_COMMITTEE or k >= len(tokens):
        return "", k
    if ROMAN_NUMERAL.match(tokens[k].text) or re.fullmatch(r"\d{1,2}|[A-E]", tokens[k].text):
        return tokens[k].text, k + 1
    if tokens[k].bare not in _BILL_WORDS:
        return "", k
    end = k + 1
    while end < min(k + 9, len(tokens)):
        known = parse_known(ctx, end)
        if known is not None and known.start == tokens[end].start and _sits_in(known, "both"):
            break
        token = tokens[end]
        if (
            not token.capitalised
            or token.text in lexicon.HONORIFICS
            or (ctx.person_starts_at(token.start) and token.bare.lower() not in common_words())
        ):
            break  # (no house after it: the bill ends where the chair's name starts)
        end += 1
        if token.text != token.bare:
            break  # "Pansus Ranperda Pengelolaan Sampah, Benny ...": a comma ends it
    return ctx.text[tokens[k].start : tokens[end - 1].bare_end], end


def _faction_of_only_house(ctx: Context, i: int, name: _Name, *, before_name: bool) -> OrgMatch | None:
    """``Juru bicara Fraksi PKS, Baiq ...`` with no house after the faction, in an article that
    names one legislature: the faction of that house, as a special committee is (a title seats
    its holder in the house)."""
    if not before_name or name.words[0].bare != "Fraksi" or len(name.words) < 2 or name.region is not None:
        return None
    k = name.next_index
    if k < len(ctx.tokens) and (ctx.tokens[k].bare.startswith("DPR") or ctx.tokens[k].bare == "Dewan"):
        return None  # (the house follows: read with it)
    body = only_house(ctx)
    if body is None:
        return None
    last = name.words[-1]
    return unit_in(
        ctx, body, _join(ctx, name.words), ctx.tokens[i].start, government=body.government,
        region=body.region, until=(last.bare_end, ctx.token_index(last.start) + 1),
    )  # fmt: skip


def unit_of_the_house(ctx: Context, unit: OrgMatch) -> OrgMatch | None:
    """A legislature's commission written without its house ("anggota Komisi III, Budi") in a story of
    one legislature: that house's commission, named as "Komisi III DPRD Kabupaten X" is; none
    otherwise. (A standing body written so, "juru bicara Badan Anggaran", stays a body of its own:
    the fresh annotators seat its members in it.)"""
    if not COMMISSION_NAME.fullmatch(unit.name) or (house := only_house(ctx)) is None:
        return None
    held = gazetteer.canonical_name(house.name)
    return OrgMatch(
        f"{unit.name} {held}", unit.start, unit.end, unit.next_index, (ctx.text[unit.start : unit.end],),
        True, house.region, parent=held, explicit=True, named_with=(house,),
    )  # fmt: skip


def only_house(ctx: Context, within: tuple[int, int] | None = None) -> OrgMatch | None:
    """The one legislature the article (or the tokens ``within``) names (``DPRD Kota Malang``), if
    it names exactly one."""
    houses: dict[str, OrgMatch] = {}
    first, last = within or (0, len(ctx.tokens))
    for j in range(first, last):
        token = ctx.tokens[j]
        if token.bare.startswith("DPR") or token.bare == "Dewan":
            known = parse_known(ctx, j)
            if known is not None and known.start == token.start and _sits_in(known, "both"):
                houses.setdefault(gazetteer.canonical_name(known.name), known)
    return next(iter(houses.values())) if len(houses) == 1 else None


#: the units of a university named before it ("Fakultas Kedokteran Universitas X")
_ACADEMIC_UNITS = frozenset({"Fakultas", "Pascasarjana", "Jurusan", "Departemen"})


def is_academic_unit(unit: OrgMatch) -> bool:
    """Whether ``unit`` is a faculty or department of a university (:func:`_faculty_of`)."""
    return (
        unit.parent is not None
        and unit.name.split()[0] in _ACADEMIC_UNITS
        and unit.parent.split()[0] in _ACADEMIC_HEADS
    )


def _faculty_of(ctx: Context, i: int, name: _Name) -> OrgMatch | None:
    """``Fakultas Kedokteran Universitas Jember``: a faculty named with its university sits in it,
    and the university is named too (:func:`unit_in`)."""
    if name.words[0].bare not in _ACADEMIC_UNITS:
        return None
    k = next((n for n, w in enumerate(name.words) if n > 1 and w.bare in _ACADEMIC_HEADS), None)
    by_short_form = (
        _university_by_short_form(ctx, ctx.token_index(name.words[-1].start))
        if k is None and len(name.words) > 2
        else None
    )
    university: OrgMatch | None
    if by_short_form is not None:
        # "Jurusan Akuntansi Polmed" after "Politeknik Negeri Medan (Polmed)": the unit of the
        # university by the short form the article gave it
        k = len(name.words) - 1
        university = by_short_form
    elif k is not None:
        university = parse_org(ctx, ctx.token_index(name.words[k].start))
    else:
        return None
    if university is None or university.next_index != name.next_index:
        return None
    own = _join(ctx, name.words[:k])
    return unit_in(ctx, university, own, ctx.tokens[i].start, government=False)


def _institute_of_university(ctx: Context, i: int, name: _Name) -> OrgMatch | None:
    """``Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Unsima``: a body named with its
    short form in brackets and then a university (by the short form the article gave it, or its own
    name) is the university's own, named with it (not one institute of every university)."""
    tokens = ctx.tokens
    j = name.next_index
    if name.abbreviation is None or name.region is not None or j >= len(tokens) or not tokens[j].capitalised:
        return None
    university = _university_by_short_form(ctx, j) or (
        parse_org(ctx, j) if tokens[j].bare in _ACADEMIC_HEADS else None
    )
    if university is None:
        return None
    own = _join(ctx, name.words)
    unit = unit_in(ctx, university, own, tokens[i].start, government=False)
    return replace(unit, aliases=(*unit.aliases, f"{name.abbreviation} {tokens[j].bare}"))


def _university_by_short_form(ctx: Context, j: int) -> OrgMatch | None:
    """The university or polytechnic token ``j`` names by the short form the article gave it
    (:func:`_academic_body_defined_as`), written there."""
    word = ctx.tokens[j]
    defined = _academic_body_defined_as(ctx, word)
    if defined is None:
        return None
    return OrgMatch(defined.name, word.start, word.bare_end, j + 1, (word.bare,), defined.government)


def _academic_body_defined_as(ctx: Context, word: Token) -> Entity | None:
    """The university or polytechnic the article named before ``word`` with it in brackets after
    ("Politeknik Negeri Medan (Polmed)"), if ``word`` is such a short form."""
    known = ctx.abbreviations.get(word.bare)
    if known is not None:
        return known if known.name.split()[0] in _ACADEMIC_HEADS else None
    defined = None
    for m in re.compile(rf"\(\s*{re.escape(word.bare)}\s*\)").finditer(ctx.text, 0, word.start):
        defined = m
    if defined is None:
        return None
    bracket = defined.start()
    return next(
        (
            e
            for e in ctx.of_type(EntityType.ORGANIZATION)
            if e.name.split()[0] in _ACADEMIC_HEADS
            and any(m.span.start < bracket <= m.span.end + 1 for m in e.mentions)
        ),
        None,
    )


def _unit_of_command(ctx: Context, i: int, name: _Name) -> OrgMatch | None:
    """``Satgas Pangan Polda Sumbar``: a body of a police command or prosecutors' office named with
    it, which is read as a unit by its place (:func:`parse_unit`): the unit, then its command's name."""
    k = next((n for n, w in enumerate(name.words) if n and w.bare in UNIT_ABBREVIATIONS), None)
    if k is None:
        return None
    word = name.words[k]
    info = gazetteer.lookup_abbreviation(word.bare)
    if info is None:
        return None
    j = ctx.token_index(word.start)
    body = parse_unit(ctx, info, j, j + 1, word.bare)
    own = _organisation(ctx, i, _Name(name.words[:k], j, name.words[k - 1].bare_end, None, None, None))
    if own is None:
        return None
    own_name = own.name  # (without the article's region it may have been given: the command's is the one)
    if own.region is not None:
        own_name = own_name.removesuffix(f" {jurisdiction_name(own.region)}")
    # the command is not counted as named in passing: then the title reader takes "Ketua Satgas
    # Pangan" for a role of the command, not the head of the task force
    return unit_in(ctx, body, own_name, own.start, government=own.government, named_with=False)


_DIRECTIONS = frozenset({"Barat", "Timur", "Utara", "Selatan", "Tengah", "Pusat"})


def _spelled_before_abbreviation(ctx: Context, i: int, name: _Name) -> OrgMatch | None:
    """``Kepolisian Resor Kota (Polresta) Malang Kota``, ``Kepolisian Resor (Polres) Malang``: the
    lexicon's regional body spelled out before its abbreviation, then its region, is the body the
    abbreviation and region name together (``Polresta Malang Kota``), whose jurisdiction the
    lexicon knows how to read ('Kepolisian Resor Kota Kota Malang' before)."""
    if name.abbreviation is None or (name.region is None and name.abbreviation not in UNIT_ABBREVIATIONS):
        return None  # (a unit is named by place words, not only regions: "... (KPP) Pratama Tigaraksa")
    info = gazetteer.lookup_abbreviation(name.abbreviation)
    if info is None or info.scope != "regional" or not _spells(_join(ctx, name.words), info.full):
        return None
    k = ctx.token_index(name.words[-1].end) + 1  # the abbreviation, after the opening bracket
    if k + 2 > len(ctx.tokens) or ctx.tokens[k].bare != name.abbreviation:
        return None
    read = parse_unit if name.abbreviation in UNIT_ABBREVIATIONS else known_match
    known = read(ctx, info, k, k + 2, name.abbreviation)  # the region after the closing bracket
    if known.name == info.full:
        return None  # no region read after all
    spelled = ctx.text[name.words[0].start : known.end]
    return replace(
        known,
        start=ctx.tokens[i].start,
        aliases=(*known.aliases, _join(ctx, name.words), spelled),
        # "Kejaksaan Negeri (Kejari) Pekanbaru": a unit named by a town is of the town, as written without the bracket
        region=known.region or name.region,
    )


def _spells(written: str, full: str) -> bool:
    """Whether ``written`` is the lexicon's ``full`` name, or that name without a last "Negara" ("Rumah
    Tahanan (Rutan)" of the Rumah Tahanan Negara)."""
    return written.casefold() in {full.casefold(), full.removesuffix(" Negara").casefold()}


def _office_named_for_body(ctx: Context, i: int, name: _Name) -> OrgMatch | None:
    """``Kantor Pencarian dan Pertolongan (Basarnas) Semarang``: an office named by the last words of
    a national body's name, the body's abbreviation in brackets and a region is the body's office
    there, under the body (neither the body itself nor a unit of the region's government)."""
    words = name.words
    if name.abbreviation is None or name.region is None or len(words) < 2 or words[0].bare != _OFFICE:
        return None
    info = gazetteer.lookup_abbreviation(name.abbreviation)
    if info is None or info.scope != "national" or not info.full.endswith(f" {_join(ctx, words[1:])}"):
        return None
    own = _join(ctx, words)
    where = name.surface_region or name.region.bare
    return OrgMatch(
        f"{own} {jurisdiction_name(name.region)}", ctx.tokens[i].start, name.end, name.next_index,
        (ctx.text[ctx.tokens[i].start : name.end], f"{own} {where}", f"{name.abbreviation} {where}"), True,
        name.region, parent=info.full,
    )  # fmt: skip


def _office_of_national_body(match: OrgMatch) -> bool:
    """Whether ``match`` is a national body's office in a region (:func:`_office_named_for_body`)."""
    if match.parent is None or not match.name.startswith(f"{_OFFICE} "):
        return False
    body = gazetteer.lookup_full(match.parent)
    return body is not None and body.scope == "national"


#: the head word of a national body's office in a region named by the body ("Kantor Pencarian dan
#: Pertolongan Surabaya")
_OFFICE = "Kantor"


def _head(ctx: Context, i: int) -> tuple[list[Token], int] | None:
    """The head word or pair (``Dinas``, ``Badan Usaha``) at token ``i``, and the token after it."""
    tokens = ctx.tokens
    if i >= len(tokens):
        return None
    head = tokens[i].bare
    pair = f"{head} {tokens[i + 1].bare}" if i + 1 < len(tokens) else ""
    if pair in lexicon.ORG_HEAD_PAIRS:
        return [tokens[i], tokens[i + 1]], i + 2
    if head in lexicon.ORG_HEAD_WORDS:
        if head == "Komite" and i + 1 < len(tokens) and tokens[i + 1].bare in lexicon.ORG_HEAD_WORDS:
            return None  # "Komite Badan Pengatur Hilir ...": a committee of the body that follows
        k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].bare == "Hakim")
        if head == "Majelis" and k < len(tokens) and tokens[k].bare in {"Pengadilan", "Mahkamah"}:
            # "Majelis (Hakim) Pengadilan Negeri Semarang": the court's panel of judges, the court
            return None
        return [tokens[i]], i + 1
    return None


#: fixed phrases of bodies' names with a lower-case word inside ("Pengabdian kepada Masyarakat", the
#: community service of a university's research institute, its LPPM)
_LOWER_WORD_PHRASES = frozenset({("Pengabdian", "kepada", "Masyarakat")})


@dataclass(frozen=True)
class _Name:
    """The words of an organisation's name as read, and what ended them."""

    words: list[Token]
    next_index: int
    end: int
    region: Region | None
    surface_region: str | None  # the region as written, when named without its type word
    abbreviation: str | None
    national: bool = False  # "Dewan Perwakilan Daerah (DPD) RI": the republic's own body


#: the head word of a weather, climate or earthquake station ("Stasiun Meteorologi ..."), whose name is
#: often its airport's, a person's name
_STATION = "Stasiun"


def _sharia_bank_after(ctx: Context, words: list[Token], j: int) -> int | None:
    """Where a regional sharia bank's name goes on to after a bank's head ``words``: a province or town at
    token ``j`` that would end the name ("Bank X"), then "Syariah" ("Bank X Syariah"); the token after it."""
    if (
        words[0].bare != "Bank"
        or (found := region_at(ctx, j, {"provinsi", "kabupaten", "kota"}, bare=True)) is None
    ):
        return None
    k = found[2]
    return k + 1 if k < len(ctx.tokens) and ctx.tokens[k].bare == "Syariah" else None


def _station_namesake_end(ctx: Context, j: int) -> int | None:
    """Where a station's name that opens with a person's name at token ``j`` ends: two to five
    capitalised words (an honorific's "H." among them), the last the town of its airport, closed by
    a comma ("Marihot Situmorang Zorba, ..."). None where the words run on, stop otherwise or end in no
    town: the name may run into its staff's ("BMKG Zorba Marihot Situmorang, ...")."""
    tokens = ctx.tokens
    if not (ctx.person_starts_at(tokens[j].start) or tokens[j].text in lexicon.HONORIFICS):
        return None
    k = j
    while k < len(tokens) and k - j < 5 and tokens[k].capitalised and tokens[k].text.rstrip(".").isalpha():
        k += 1
    if k - j < 2 or k >= len(tokens) or tokens[k].text != ",":
        return None
    return k if gazetteer.lookup(tokens[k - 1].bare, {"kota", "kabupaten", "kecamatan"}) else None


def _station_named_to_comma(ctx: Context, j: int) -> int | None:
    """Where a station's own name of one to four capitalised words from token ``j`` ends, closed by a
    comma ("Stasiun Meteorologi Silangit, ...", an airport's name): none where a person's name the
    tagger reads starts inside it (the name ran on into its staff's), nor over a short form."""
    tokens = ctx.tokens
    k = j
    while k < len(tokens) and k - j < 4 and tokens[k].capitalised and tokens[k].text.isalpha():
        if (k > j and ctx.person_starts_at(tokens[k].start)) or tokens[k].text.isupper():
            return None  # (an agency's short form: "Stasiun Geofisika BMKG Pasuruan", its station there)
        k += 1
    return k if j < k < len(tokens) and tokens[k].text == "," else None


def _district_town_at(ctx: Context, j: int) -> bool:
    """Whether token ``j`` is one capitalised word, the town of a district (no regency or city of its
    name: those the regions' reading takes), not opening a person's name."""
    tokens = ctx.tokens
    if j >= len(tokens) or not tokens[j].capitalised or ctx.person_starts_at(tokens[j].start):
        return False
    if j + 1 < len(tokens) and tokens[j + 1].capitalised and tokens[j].text == tokens[j].bare:
        return False  # (two capitalised words: a longer name, or the head's name after the town)
    found = gazetteer.lookup(tokens[j].bare, {"kota", "kabupaten", "kecamatan"})
    return bool(found) and all(r.level == "kecamatan" for r in found)


def _namesake_goes_on(words: list[Token]) -> bool:
    """Whether a body's name read so far ends inside its namesake's name, which goes on: after an
    honorific ("Prof. Dr."), or an initial after one ("Rumah Sakit Jiwa Prof. Dr. M. Ildrem")."""
    last = words[-1].text
    if last in lexicon.HONORIFICS:
        return True
    return (
        len(words) > 1
        and _INITIALS.fullmatch(last) is not None
        and (words[-2].text in lexicon.HONORIFICS or _INITIALS.fullmatch(words[-2].text) is not None)
    )


def _scan(ctx: Context, words: list[Token], j: int, *, before_name: bool) -> _Name:
    """Extend the head ``words`` from token ``j`` until a region, an abbreviation or a non-name word."""
    tokens = ctx.tokens
    head = words[0].bare
    abbreviation = None
    region = None
    surface_region = None
    completed = None  # the lexicon's abbreviation of a known name read on through a title word
    end = words[-1].end
    if len(words) == 2 and head == _STATION and (k := _station_namesake_end(ctx, j)) is not None:
        # "Prakirawan Stasiun Meteorologi H. Marihot Zorba, Nama": a station named by its
        # airport, after a person, then its town, up to the comma before its staff's name
        words.extend(tokens[j:k])
        return _Name(words, k, tokens[k - 1].bare_end, None, None, None)
    if len(words) == 2 and head == _STATION and (k := _station_named_to_comma(ctx, j)) is not None:
        # "Prakirawan Stasiun Meteorologi Silangit, Nama": the station's own name, up to the comma
        words.extend(tokens[j:k])
        return _Name(words, k, tokens[k - 1].bare_end, None, None, None)
    if len(words) == 2 and head == _STATION and _district_town_at(ctx, j):
        # "Kepala Stasiun Geofisika Blarok Nama": a station named by a district's town, then its head
        words.append(tokens[j])
        return _Name(words, j + 1, tokens[j].bare_end, None, None, None)
    while j < len(tokens):
        token = tokens[j]
        if (quoted := _quoted_own_name(ctx, words, j)) is not None:
            j, end = quoted  # ('Bank Sampah "Sopo Bolon"': its own name in quotes, without them)
            break
        # "Sentra Terpadu Prof. Dr. Soeharso": a body named after a person (after a title, an
        # honorific starts the holder's name instead: "Kepala Dinas Kesehatan Dr. Budi")
        namesake = not before_name and token.capitalised and _namesake_goes_on(words)
        if words[-1].text.endswith(".") and not namesake:
            break
        if token.bare == "Cabang" and len(words) > 1 and (branch := _branch_office(ctx, j)) is not None:
            # "Bank Zorba Cabang Blarok Nama": the branch's town, then its head's name
            _, end, j = branch
            words.extend(tokens[ctx.token_index(token.start) : j])
            break
        if (sharia := _sharia_bank_after(ctx, words, j)) is not None:
            # "Bank X Syariah Cabang Y": a regional bank's sharia bank, its region a word of its name
            words.extend(tokens[j:sharia])
            end, j = tokens[sharia - 1].bare_end, sharia
            continue
        found = region_at(ctx, j, {"provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa"})
        if found and (spelled := _spelled_through_region(ctx, words, j, found[2])) is not None:
            # "Forum Kabupaten Temanggung Sehat (FKTS)": the region is a word of the name its short form spells
            words.extend(tokens[j:spelled])
            end, j = tokens[spelled - 1].bare_end, spelled
            continue
        if found and len(words) > 1:
            region, end, j = found
            break
        if len(words) > 1 and (country := state_country_at(ctx, j)) is not None:
            # "Kementerian Pendidikan Kerajaan Arab Saudi": a foreign body's country belongs to its name
            k = ctx.token_index(country[1])
            words.extend(tokens[j:k])
            end, j = country[1], k
            break
        if (
            (short := _bracketed_abbreviation(tokens, j)) is not None
            and short != completed  # "Direktorat Jenderal Pajak (DJP)": the whole known name's
            and _abbreviates_head(ctx, short, words, j + 3)
        ):
            # "Satuan Tugas (Satgas) Penanganan Sampah Kota Malang": the bracket shortens the head only
            j += 3
            continue
        if (bracketed := _bracketed_abbreviation(tokens, j, longest=2)) is not None:
            if _spells_a_longer_phrase(ctx, words, j, bracketed):
                break  # "Bantuan Likuiditas Bank Indonesia (BLBI)": the aid's short form, not the bank's
            abbreviation = bracketed
            width = 2 + len(bracketed.split())
            end = tokens[j + width - 1].end
            j += width
            if (quoted := _quoted_own_name(ctx, words, j)) is not None:
                # ('Kelompok Sadar Lingkungan (Pokdarling) "Horas Bakau"': after its short form too)
                j, end = quoted
                break
            k = past_ri(tokens, j)
            if (office := _representative_office(ctx, k)) is not None:
                words.append(tokens[k])  # "Badan Pemeriksa Keuangan (BPK) RI Perwakilan Provinsi Jawa Timur"
                region, end, j = office
                break
            if k > j:  # "Dewan Perwakilan Daerah (DPD) RI": the republic's own body
                end = tokens[j].bare_end
                while words and words[-1].text in {"dan", "&", ",", "/"}:
                    words.pop()
                return _Name(words, j + 1, end, None, None, abbreviation, national=True)
            if (
                j < len(tokens)
                and tokens[j].bare == "Indonesia"
                and tokens[j].text == "Indonesia"
                and words[-1].bare != "Indonesia"
            ):
                # "Kamar Dagang dan Industri (Kadin) Indonesia": the country ends the body's name
                words.append(tokens[j])
                end = tokens[j].bare_end
                j += 1
                break
            if (area := _numbered_area(ctx, j)) is not None:
                # "Balai Besar ... (BBMKG) Wilayah IV Makassar": the national body's numbered area, its seat
                words.extend(tokens[j:area])
                end, j = tokens[area - 1].bare_end, area
                break
            if (branch := _branch_office(ctx, j)) is not None:
                # "Perhimpunan Anggrek Indonesia (PAI) Cabang Batu": the association's branch
                _, end, nxt = branch
                words.extend(tokens[j:nxt])
                j = nxt
                break
            if (grade := office_grade_end(tokens, j)) is not None:
                # "Kantor ... Bea dan Cukai (KPPBC) Tipe Madya Pabean C Sibolga": the office's grade
                words.extend(tokens[j:grade])
                end, j = tokens[grade - 1].bare_end, grade
            found = region_at(ctx, j, {"provinsi", "kabupaten", "kota"}, bare=True)
            if found:
                region, end, j = found
            break
        if (
            token.bare == "Kantor"
            and (office := _representative_office(ctx, j)) is not None
            and gazetteer.lookup_full(_join(ctx, words)) is not None
        ):
            # "Bank Indonesia Kantor Perwakilan Sibolga": a body the lexicon knows, then its office there
            words.append(tokens[j + 1])
            region, end, j = office
            break
        if len(words) > 1 and (
            bare_region := region_at(ctx, j, {"provinsi", "kabupaten", "kota"}, bare=True)
        ):
            # "Pengadilan Negeri Jakarta Pusat": a region named without its type word ends the name too
            region, end, j = bare_region
            surface_region = ctx.text[token.start : end]
            break
        if token.bare == "Gedung" and j + 1 < len(tokens) and tokens[j + 1].capitalised:
            break  # "Ruang Rapat Badan Anggaran Gedung DPRD X": the building the body's room is in
        if (
            len(words) == 1
            and words[0].bare == "Direktorat"
            and token.bare == "Jenderal"
            and j + 1 < len(tokens)
            # ("Direktorat Jenderal Pajak": a name the lexicon knows, read as it does)
            and not gazetteer.is_full_prefix(_join(ctx, [*words, token, tokens[j + 1]]))
        ):
            words.append(token)  # "Direktorat Jenderal Bina Marga": the head's second word, no general's rank
            j += 1
            continue
        if (
            token.bare == "Kementerian"
            and _join(ctx, words[:2]) == "Direktorat Jenderal"
            and not gazetteer.is_full_prefix(_join(ctx, [*words, token]))
        ):
            break  # "Direktorat Jenderal Rehabilitasi Sosial Kementerian Sosial": the ministry, a body of its own
        # "Kementerian Dalam Negeri": a known name goes on through a function word
        known_prefix = token.capitalised and gazetteer.is_full_prefix(_join(ctx, [*words, token]))
        if token.bare in lexicon.HEADLINE_VERBS and not known_prefix:
            break  # "Bank X Indonesia Raih Mandat Pertama": a heading's verb after the body
        if token.text in {_NEIGHBOURHOOD, "RT"} and j + 1 < len(tokens) and tokens[j + 1].text.isdigit():
            break  # "Bank Sampah X RW 05 Kelurahan Y": the neighbourhood it is of, by its number
        if (
            before_name
            and len(words) > 1
            and ROMAN_NUMERAL.fullmatch(token.text)
            and not balinese_name_at(ctx, j)
            and _name_run(ctx, j + 1)
        ):
            # "Direktur Utama Perum Tirta Sejahtera II Budi Santoso": the numeral is the body's
            words.append(token)
            j += 1
            break
        if (
            len(words) == 1
            and head in lexicon.EXECUTIVE_UNIT_HEADS
            and ctx.person_starts_at(token.start)
            and _name_run(ctx, j)
        ):
            break  # "Sekretaris Dinas Agus Wibowo": the office of the Dinas named before, then the name
        if (
            len(words) > 1
            and _short_form_given(ctx, words[-1].bare)
            and (
                (ctx.person_starts_at(token.start) and _name_run(ctx, j))
                or _named_person_at(ctx, token.start)
            )
        ):
            break  # "Kepala Dinas PUTR-PKP Agung ...": the short form the article gave the body, then a name
        if (
            len(words) > 1
            and len(words[-1].bare) > 1
            and words[-1].bare.isupper()
            and token.text.endswith(".")
            and token.text in lexicon.HONORIFICS
        ):
            break  # "peneliti Fakultas Pertanian UX Dr. Ir. Budi": a short form ends the body, a holder's name follows
        if known_prefix and (through := _known_through_title(ctx, words, j)) is not None:
            # "Satuan Polisi Pamong Praja": a title or rank word inside a name the lexicon knows
            k, known = through
            words.extend(tokens[j:k])
            end, j, completed = tokens[k - 1].bare_end, k, known.abbr
            continue
        if _named_after_office(ctx, words, j):
            words.extend(tokens[j : j + 2])  # "Asosiasi Kepala Desa": the office its members hold
            end, j = tokens[j + 1].bare_end, j + 2
            continue
        if token.capitalised and (
            known_prefix
            or token.bare not in _NAME_STOPWORDS
            or _compound_at(ctx, j)
            or _ordinal_level(ctx, j)
            or _opens_own_name(ctx, words, j)
        ):
            if len(words) == 1 and head in {"Partai", "Fraksi"}:
                # "Partai Demokrat", "Fraksi PKB", "Fraksi Partai NasDem"
                k = j + 1 if head == "Fraksi" and token.bare == "Partai" and j + 1 < len(tokens) else j
                if (party := _lexicon_at(ctx, k)) is not None:
                    words.extend(ctx.tokens[j : party[1]])
                    j = party[1]
                    if head == "Fraksi" and _merged_party_at(ctx, j):
                        continue  # "Fraksi Gerindra Sejahtera": a faction of two parties' members
                    break
            if head == "Fraksi" and len(words) > 1 and _merged_party_at(ctx, j):
                words.append(token)  # "Fraksi Kebangkitan Bangsa Demokrat": the second party's name
                j += 1
                continue
            if (
                not namesake
                and (
                    (_starts_other(ctx, j) and not _named_after_body(words, token))
                    or _division_meets_body(ctx, words, j)
                    or _portfolio_meets_university(words, token)
                    or (
                        len(words) > 1
                        and not known_prefix  # "Partai Gerakan Indonesia Raya Harjono": the lexicon's name goes on
                        and not _names_inner_body(ctx, words, token)
                        and not (
                            _freely_named(ctx, words)
                            # (with no title before, no holder follows: "kandang Koperasi Peternak Kerbau
                            # Tani Makmur yang ...", the tagger's person is the body's own name)
                            and (not before_name or _holder_after_comma(ctx, j) or _village_after_run(ctx, j))
                        )
                        and not _seat_of_court(ctx, words, j)
                        and (
                            (before_name and (_name_run(ctx, j) or balinese_name_at(ctx, j)))
                            # the tagger's "Sosial Nasional" is no name: a word of institution names is not a first name
                            or (
                                ctx.person_starts_at(token.start)
                                and token.bare not in lexicon.INSTITUTION_WORDS
                                and token.bare not in lexicon.NOT_PERSON_WORDS  # ("Komunitas ... Peduli X")
                                and not _titled_name_after_run(tokens, j)
                                and not _tagged_with_a_town(ctx, token.start)
                            )
                        )
                        and not _spelled_out(ctx, words, j)
                    )
                )
            ):
                break
            words.append(token)
            j += 1
            continue
        if (
            j + 1 < len(tokens)
            and (words[-1].bare, token.text, tokens[j + 1].bare) in _LOWER_WORD_PHRASES
            and words[-1].text == words[-1].bare
        ):
            # "Lembaga Penelitian dan Pengabdian kepada Masyarakat": a fixed phrase with a lower-case word
            words.extend(tokens[j : j + 2])
            j += 2
            continue
        if token.text in {"dan", "&", ",", "/"} and j + 1 < len(tokens) and tokens[j + 1].capitalised:
            if len(words) == 1:
                break  # "Kementerian atau Lembaga dan Pemindahan ASN": a kind of body, no name of one
            if not _village_as_portfolio(ctx, j + 1) and (
                _starts_other(ctx, j + 1)
                or _starts_another_body(ctx, j + 1)
                or (
                    tokens[j + 1].bare in lexicon.STOPWORDS
                    and tokens[j + 1].bare not in lexicon.INSTITUTION_WORDS
                )
                or (starts_sibling(tokens[j + 1].bare) and not _portfolio_item(tokens, j + 1))
                or (token.text == "dan" and _second_body(ctx, j + 1))
                # ("dari Kementerian Pertanian dan APBD": a budget joined to a body the lexicon knows, no
                # portfolio of its; "Dinas Perindustrian, Koperasi dan UMKM" goes on)
                or (
                    tokens[j + 1].bare in lexicon.THING_ACRONYMS
                    and gazetteer.lookup_full(_join(ctx, words)) is not None
                )
                or (
                    tokens[j + 1].bare in lexicon.TITLE_FIRST_WORDS
                    and tokens[j + 1].bare not in lexicon.INSTITUTION_WORDS
                )
            ):
                # "Kementerian Transmigrasi, Kementerian UMKM": a list of bodies, not one name;
                # "Universitas Indonesia dan Direktur Eksekutif ...": an office of the person follows
                break
            if token.text == "," and not (
                j + 2 < len(tokens) and (tokens[j + 2].capitalised or tokens[j + 2].text in {"dan", ","})
            ):
                break
            words.append(token)
            j += 1
            continue
        if (
            token.text == ","
            and words[-1].text != ","
            and any(w.text == "," for w in words)
            and j + 2 < len(tokens)
            and tokens[j + 1].text == "dan"
            and tokens[j + 2].capitalised
            and tokens[j + 2].bare not in lexicon.STOPWORDS
            and not _starts_other(ctx, j + 2)
            and not starts_sibling(tokens[j + 2].bare)
        ):
            # "Dinas Kepemudaan, Olahraga, dan Pariwisata": the serial comma before the last portfolio
            words.append(token)
            j += 1
            continue
        if token.text == "serta" and _last_portfolio_before_abbreviation(ctx, words, j):
            # "Dinas Pendidikan, Pemuda dan Olahraga serta Kebudayaan (Disdikporabud)"
            words.append(token)
            j += 1
            continue
        break
    if (
        abbreviation is None
        and (tail := _bracketed_abbreviation(tokens, j)) is not None
        and _initials_of(tokens[ctx.token_index(words[0].start) : j], tail)
    ):
        # "Perusahaan Umum Daerah (Perumda) Tirta Manuntung Balikpapan (PTMB)": the whole name's own
        abbreviation, end, j = tail, tokens[j + 2].end, j + 3
    while words and words[-1].text in {"dan", "&", ",", "/"}:
        words.pop()
    commas = [k for k, w in enumerate(words) if w.text == ","]
    if commas and not any(w.text in {"dan", "&"} for w in words[commas[-1] :]):
        # "Dewan Jaminan Sosial Nasional, Mahesa Paranadipa": a list in a name ends with "dan ..."
        words = words[: commas[0]]
        j, end, region, surface_region, abbreviation = (
            ctx.token_index(words[-1].end),
            words[-1].end,
            None,
            None,
            None,
        )
    return _Name(words, j, end, region, surface_region, abbreviation)


def _known_through_title(ctx: Context, words: list[Token], j: int) -> tuple[int, OrgInfo] | None:
    """Where the lexicon's name ``words`` open ends when it runs on through the title or rank word at
    token ``j`` ("Satuan" + "Polisi Pamong Praja"), and the body; none for any other word, or no
    known name."""
    tokens = ctx.tokens
    if tokens[j].bare not in lexicon.TITLES and tokens[j].bare not in lexicon.RANK_WORDS:
        return None
    last = j
    while last < min(len(tokens), j + 4) and tokens[last].capitalised and tokens[last].bare.isalpha():
        last += 1
    for k in range(last, j, -1):
        if (known := gazetteer.lookup_full(_join(ctx, [*words, *tokens[j:k]]))) is not None:
            return k, known
    return None


def _head_spelled(name: str) -> str | None:
    """``name`` with its head's short form spelled out ("Ditjen Imigrasi" → "Direktorat Jenderal
    Imigrasi", "Sudin Tamhut" → "Suku Dinas Tamhut"); None when it opens with no head's short form or
    has no word after it."""
    head, _, rest = name.partition(" ")
    full = lexicon.HEAD_ABBREVIATIONS.get(head)
    return f"{full} {rest}" if full is not None and rest else None


def _organisation(ctx: Context, i: int, scanned: _Name) -> OrgMatch | None:
    """The organisation named by ``scanned``: canonical name, aliases, government body, parent."""
    tokens = ctx.tokens
    head = tokens[i].bare
    words, j, end, region = scanned.words, scanned.next_index, scanned.end, scanned.region
    surface_region, abbreviation = scanned.surface_region, scanned.abbreviation
    if len(words) < 2:
        return None
    core = re.sub(r"\s+,", ",", _join(ctx, words))
    written = None
    if (spelled := _head_spelled(core)) is not None:  # "Ditjen Imigrasi" → "Direktorat Jenderal Imigrasi"
        written, core = core, spelled
    if scanned.national and not core.endswith("Indonesia"):
        core = f"{core} Republik Indonesia"
        abbreviation = f"{abbreviation} RI"
    if region is None and abbreviation is None:
        end = _closing_quote_end(ctx, words[-1], j)
    info = gazetteer.lookup_full(core)
    known = gazetteer.lookup_abbreviation(abbreviation) if info is None and abbreviation is not None else None
    if known is not None and _but_joiners(core) == _but_joiners(known.full):
        # "Kementerian Pendidikan dan Kebudayaan, Riset, dan Teknologi (Kemendikbudristek)": the
        # lexicon's body, spelled out with a joining word more or less
        written, core, info = written or core, known.full, known
    elif known is not None and ctx.respelled_bodies.get(known.abbr) == core:
        info = replace(known, full=core)  # the lexicon's body, which this article spells its own way
    if abbreviation is None and info is not None:
        abbreviation = info.abbr
    if (
        region is None
        and info is None
        and head in _REGION_ONLY_HEADS
        and (len(words) > 2 or words[-1].bare.isupper())  # (not "Dinas Lingkungan": a short form)
        and (
            j >= len(tokens)
            or not tokens[j].capitalised
            or ctx.text[end : tokens[j].start].strip()  # a comma or a full stop between
            # "Dinas ... (DP2KBPMD) Budi": its short form ends its name, unless a region or its government
            # follows ("Dinas ... (DKPP) Pemprov Sumatera Utara")
            or (
                abbreviation is not None
                and tokens[j].bare not in {"Pemerintah", *_GOVERNMENT_SHORTS}
                and region_at(ctx, j, bare=True) is None
            )
        )
    ):  # "Dinas Perdagangan dan Perindustrian, X", "Dinas PUTR.": a portfolio the lexicon lacks
        region = _told_home(ctx)
    if region is None and info is not None and (village := _village_of(ctx, info, j)) is not None:
        # "Badan Permusyawaratan Desa (BPD) Zorba": a village's own body, named by its village
        written = ctx.text[tokens[i].start : village[1]]
        aliases = {written, *(f"{a} {village[0].bare}" for a in (abbreviation, info.abbr) if a)}
        return _village_body(info, tokens[i].start, village, aliases, abbreviation)
    if region is None and info is not None and info.scope == "regional":
        if written_for_no_one_body(ctx, info, i, j):
            return None  # "Badan Usaha Milik Desa (BUMDes)": every village has one; no region, no one body
        if (meant := national_meant(ctx, info)) is not None:
            written, core = written or core, meant.full  # "Komisi Pemilihan Umum" of national news
        else:
            region = _home_region_for(ctx, info)
    if surface_region and head in lexicon.EXECUTIVE_UNIT_HEADS:
        # "Dinas Sosial Jatim" is the province's "Dinas Sosial Provinsi Jawa Timur", as others write it
        written_region, surface_region = f"{core} {surface_region}", None
    else:
        written_region = None
    name = (f"{core} {surface_region}" if surface_region else in_region(core, region)) if region else core
    aliases = {written_region} if written_region else set()
    if (
        surface_region
        and i
        and tokens[i - 1].bare == "Cabang"
        and (branch := f"{core} Cabang {surface_region}") in ctx.text
    ):
        # "Pemimpin Cabang Bank X Sukamaju" where the article names "Bank X Cabang Sukamaju": the
        # title's "Cabang" names that branch (else the company, whose branch is no body of its own)
        aliases.add(name)
        name = branch
    represented = core.removesuffix(" Perwakilan")
    if region and represented != core and gazetteer.lookup_full(represented) is not None:
        # "Bank Indonesia (BI) Perwakilan Provinsi X": the body's office there, as the lexicon names it
        office = (
            kantor_perwakilan(represented, region) or f"{represented} Perwakilan {jurisdiction_name(region)}"
        )
        if office != name:
            aliases.add(name)
            name = office
    if abbreviation:
        # (a short form opening with a head's, by that head's words too, as a title writes it: "Sudin
        # Tamhut" is the "Suku Dinas Tamhut" of "Kepala Sudin Tamhut Jakarta Barat")
        for short in (abbreviation, _head_spelled(abbreviation)):
            if short:
                aliases.add(short)
                if region:
                    aliases.add(in_region(short, region))
    if region:
        aliases.add(core)
    if written is not None:
        aliases.add(f"{written} {surface_region or jurisdiction_name(region)}" if region else written)
    government = head not in lexicon.NON_GOVERNMENT_HEADS and (
        head in lexicon.GOVERNMENT_HEADS or (info is not None and info.government)
    )
    parent = (
        government_of(region)
        if region
        and head in lexicon.EXECUTIVE_UNIT_HEADS
        and region.level in {"kota", "kabupaten", "provinsi"}
        else None
    )
    if region and info is not None and info.full in lexicon.VERTICAL_OFFICES:
        # "Badan Narkotika Nasional (BNN) Provinsi X": the national body's office there, under the
        # body (not the region's government), and not called by the body's own names
        aliases -= {core, abbreviation}
        aliases.add(name)
        if i and tokens[i - 1].bare == "Perwakilan":
            # "Kepala Perwakilan Bank Indonesia Provinsi X": the office as the head's title writes it
            aliases.add(f"Perwakilan {ctx.text[tokens[i].start : end]}")
        name, parent = vertical_office_name(info.full, region), info.full
        aliases.discard(name)
    return OrgMatch(
        name, tokens[i].start, end, j, tuple(sorted(aliases)), government, region, parent, abbreviation
    )


def _but_joiners(name: str) -> str:
    """A name's key without its joining words ("Pendidikan dan Kebudayaan, Riset" as "Pendidikan, Kebudayaan, Riset")."""
    return " ".join(w for w in gazetteer.full_key(name).split() if w not in {"dan", "serta", "&"})


#: the heads of bodies a faculty or school sits in, which are always followed by their own name
#: (a Poltekkes by the ministry that runs it: "Poltekkes Kemenkes Malang")
_ACADEMIC_HEADS = frozenset({"Universitas", "Institut", "Politeknik", "Poltekkes", "Akademi"})


def _named_after_body(words: list[Token], token: Token) -> bool:
    """Whether ``token`` opens the name of a university that is named after a body the lexicon knows
    or a general (``Universitas PGRI Madiun``, ``Universitas NU Surabaya``, ``Fakultas Kedokteran
    Universitas Jenderal Soedirman``): a university's head word alone names nothing, so the body's
    name, or the rank's, is the university's. So is a body's abbreviation after the university's
    own first word (``Universitas Nusantara PGRI Kediri``): the name goes on over it."""
    if words[-1].bare in _ACADEMIC_HEADS:
        return token.bare not in lexicon.TITLES
    return (
        len(words) == 2 and words[0].bare in _ACADEMIC_HEADS and token.bare.isupper() and len(token.bare) > 1
    )


#: the heads of associations named after what their members are ("Asosiasi Kepala Desa")
_MEMBERS_HEADS = frozenset(
    {"Asosiasi", "Forum", "Paguyuban", "Persatuan", "Ikatan", "Himpunan", "Perkumpulan"}
)


def _named_after_office(ctx: Context, words: list[Token], j: int) -> bool:
    """Whether an association's name goes on at token ``j`` with the office its members hold, a title
    and a common word (``Asosiasi Kepala Desa (AKD) Kabupaten Dairi``, ``Forum Kepala Sekolah``), not
    with its own holder (``Ketua Forum X Kepala Dinas ...``)."""
    tokens = ctx.tokens
    return (
        words[0].bare in _MEMBERS_HEADS
        and j + 1 < len(tokens)
        and tokens[j + 1].capitalised
        and (
            f"{tokens[j].bare} {tokens[j + 1].bare}" in lexicon.TITLES
            or (tokens[j].bare in lexicon.TITLE_FIRST_WORDS and tokens[j + 1].bare.lower() in common_words())
        )
    )


def _portfolio_meets_university(words: list[Token], token: Token) -> bool:
    """Whether a portfolio and a university's name meet at ``token``, so the name read so far ends.

    ``Wakil Rektor Universitas Brawijaya Bidang Akademik`` and ``Wakil Rektor Bidang Akademik
    Universitas Brawijaya``: a university's name never goes on with "Bidang", and a portfolio
    (``Bidang ...``) is no body a university sits in.
    """
    if token.bare in _ACADEMIC_HEADS:
        return words[0].bare == "Bidang"
    return token.bare == "Bidang" and any(w.bare in _ACADEMIC_HEADS for w in words)


def _names_inner_body(ctx: Context, words: list[Token], token: Token) -> bool:
    """Whether ``token`` goes on the name of a university written inside a body's name.

    ``Fakultas Hukum Universitas Brawijaya Budi Santoso``: after a title the run "Brawijaya Budi
    Santoso" reads as a person's name, but a university is never named by its head word alone,
    so the word right after it is the university's; so are the words of a university the lexicon
    knows (``Universitas Gadjah Mada``), and a general's name after his rank (``Universitas Jenderal
    Soedirman``).
    """
    last = next((k for k in range(len(words) - 2, -1, -1) if words[k].bare in _ACADEMIC_HEADS), None)
    if (
        last is not None
        and words[last + 1].bare in lexicon.RANK_WORDS
        and len(words) - (last + 2) < 2
        and not _titled_name_opens(token)
    ):
        return True  # "Universitas Jenderal (Achmad) Yani": a university named after a general, his name
    inner = next((k for k in range(len(words) - 1, 0, -1) if words[k].bare in _ACADEMIC_HEADS), None)
    if inner is None:
        return False
    return inner == len(words) - 1 or gazetteer.is_full_prefix(_join(ctx, [*words[inner:], token]))


def _spelled_out(ctx: Context, words: list[Token], j: int) -> bool:
    """Whether the capitalised run from ``j`` ends the name that a bracketed abbreviation spells out.

    ``Ketua Umum Ikatan Keluarga Tondano (IKT)``: "Tondano" looks like a name after a
    title, but "IKT" spells Ikatan Keluarga Tondano, so it belongs to the organisation;
    so does "Hilir Minyak dan Gas Bumi" of ``Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas)``,
    whose abbreviation's first part spells the name's first words through "Hilir".
    """
    tokens = ctx.tokens
    run: list[Token] = []
    k = j
    while k < len(tokens) and len(run) < 8 and (tokens[k].capitalised or tokens[k].text in {"dan", "&"}):
        if tokens[k].text == "(":
            break
        run.append(tokens[k])
        k += 1
    if not (k + 2 < len(tokens) and tokens[k].text == "("):
        return False
    close = next((m for m in range(k + 1, min(k + 5, len(tokens))) if tokens[m].text == ")"), None)
    if close is None or close == k + 1:
        return False
    spelled = "".join(t.bare[0] for t in [*words, *run] if t.bare[:1].isupper()).upper()
    first = tokens[k + 1].text.upper()
    whole = "".join(t.text for t in tokens[k + 1 : close]).upper()
    before_run = len("".join(t.bare[0] for t in words if t.bare[:1].isupper()))
    # (with its head word, or without it: "Dinas Pekerjaan Umum, Tata Ruang dan Bina Konstruksi (PUTRBK)")
    return any(
        spelling == whole
        or (
            len(first) >= 2
            and first.isalpha()
            and spelling.startswith(first)
            and len(first) > before_run - cut
        )
        for cut, spelling in ((0, spelled), (1, spelled[1:]))
    )


#: a stop word that opens a compound of bodies' names: "Dinas Sumber Daya Air", "... Sumber Daya Manusia",
#: "Serikat Pekerja Seluruh Indonesia"
_COMPOUNDS = frozenset(
    {("Sumber", "Daya"), ("Seluruh", "Indonesia"), ("Dalam", "Negeri"), ("Luar", "Negeri")}
)


#: the ordinals of a level of care or of a court ("Fasilitas Kesehatan Tingkat Pertama")
_LEVEL_ORDINALS = frozenset({"Pertama", "Kedua", "Ketiga"})


def _ordinal_level(ctx: Context, j: int) -> bool:
    """Whether token ``j`` is the ordinal of a level right after "Tingkat" ("Lembaga Akreditasi Fasilitas
    Kesehatan Tingkat Pertama"), which continues a body's name although it is a stop word."""
    tokens = ctx.tokens
    return j > 0 and tokens[j].bare in _LEVEL_ORDINALS and tokens[j - 1].text == "Tingkat"


def _compound_at(ctx: Context, j: int) -> bool:
    """Whether tokens ``j`` and ``j + 1`` are a compound of :data:`_COMPOUNDS` ("Sumber Daya",
    "Seluruh Indonesia", "Dalam Negeri"), which continues a body's name although its first word is a
    stop word."""
    tokens = ctx.tokens
    return j + 1 < len(tokens) and (tokens[j].bare, tokens[j + 1].bare) in _COMPOUNDS


def _village_as_portfolio(ctx: Context, k: int) -> bool:
    """``Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Malang``: "Desa" at token ``k`` ends a
    portfolio (a region's type word, a bracket or no capital follows), it opens no village's name."""
    tokens = ctx.tokens
    if tokens[k].bare not in {"Desa", "Kelurahan"}:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        tokens[k].text != tokens[k].bare
        or nxt is None
        or not nxt.capitalised
        or nxt.bare in lexicon.GOVERNMENT_TYPE_WORDS
    )


def _portfolio_item(tokens: list[Token], k: int) -> bool:
    """Whether the head word at token ``k`` is one portfolio of a list in a body's name, another
    item or its end following it ("Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Mikro"), not the
    head of a second body's name ("..., Koperasi Merah Putih"); so is the last item, after "dan", when the
    body's bracketed short form follows it ("Dinas Perindustrian, Perdagangan dan Koperasi (Disperindagkop)")."""
    if tokens[k - 1].text in {"dan", "&"} and _bracketed_abbreviation(tokens, k + 1) is not None:
        return True
    return k + 2 < len(tokens) and tokens[k + 1].text in {",", "dan", "&"} and tokens[k + 2].capitalised


def starts_sibling(word: str) -> bool:
    """A word that opens the next body of a list: a head word or a ministry's short form (``Kemenko``)."""
    return word in lexicon.ORG_HEAD_WORDS or word in lexicon.GOVERNMENT_HEADS or word.startswith("Kemen")


#: the units of a regional secretariat (Setda): its sections and, in a province's, its bureaus
SECRETARIAT_UNITS = frozenset({"Bagian", "Biro"})
#: a body's internal divisions, which the titles of their heads name in short ("Kabid Humas Polda
#: Jateng", "Karo Rena Polda Babel", "Kasubdit Harda Ditreskrimum Polda Kaltim")
DIVISIONS = frozenset(
    {"Bidang", "Subbidang", "Biro", "Bagian", "Subbagian", "Seksi", "Subseksi", "Subdirektorat"}
)


def _division_meets_body(ctx: Context, words: list[Token], j: int) -> bool:
    """Whether a division's name meets, at token ``j``, a body the lexicon knows that opens with the
    head word of a body ("Bidang Usaha Mikro Kementerian UMKM"): the division sits in that body."""
    if not (len(words) > 1 and words[0].bare in DIVISIONS and ctx.tokens[j].bare in lexicon.ORG_HEAD_WORDS):
        return False
    body = parse_org(ctx, j)
    return body is not None and gazetteer.lookup_full(gazetteer.canonical_name(body.name)) is not None


def _last_portfolio_before_abbreviation(ctx: Context, words: list[Token], j: int) -> bool:
    """Whether ``serta`` at token ``j`` joins the last of a body's portfolios, listed already with
    "dan" or commas, which one to three capitalised words then end before the body's bracketed
    abbreviation ("... dan Olahraga serta Kebudayaan (Disdikporabud)"), not a second body."""
    tokens = ctx.tokens
    if not any(w.text in {"dan", ","} for w in words):
        return False
    k = j + 1
    while k < len(tokens) and k - j <= 3 and tokens[k].capitalised and not _starts_other(ctx, k):
        if starts_sibling(tokens[k].bare) or tokens[k].text != tokens[k].bare:
            return False
        k += 1
    return k > j + 1 and _bracketed_abbreviation(tokens, k) is not None


@functools.cache
def _party_words() -> frozenset[str]:
    """The words of the parties' names and short forms in the lexicon: a faction of two parties'
    members is named with both ("Fraksi Kebangkitan Bangsa Demokrat", "Fraksi Gerindra Sejahtera")."""
    return frozenset(
        word
        for info in gazetteer.known_organizations()
        if info.kind == "party"
        for word in (*info.full.split(), info.abbr)
        if word not in {"Partai", "Indonesia", "dan"}
    )


def _merged_party_at(ctx: Context, j: int) -> bool:
    """Whether token ``j``, after a faction's first party, goes on with a second party's name."""
    tokens = ctx.tokens
    return (
        j < len(tokens)
        and tokens[j].capitalised
        and tokens[j].bare in _party_words()
        and not ctx.person_starts_at(tokens[j].start)
    )


#: the corps words (after a rank: "Letkol Laut (P)") the language also writes as common words
_COMMON_CORPS = frozenset(w for w in lexicon.CORPS if w.lower() in common_words())


def _starts_other(ctx: Context, j: int) -> bool:
    """A word that starts another organisation, a title or a known abbreviation."""
    word = ctx.tokens[j].bare
    # "Badan Penyelenggara Haji dan Umrah", "Badan Komunikasi Pemerintah (Bakom)": an honorific and
    # "Pemerintah" open a name or a government only when a capitalised word follows them
    named_after = j + 1 < len(ctx.tokens) and ctx.tokens[j + 1].capitalised
    return (
        word in lexicon.TITLES
        # "Kantor Wali Kota Batu": a title of two words (the office's building), not "Kantor Wali" of Kota Batu
        or (named_after and f"{word} {ctx.tokens[j + 1].bare}" in lexicon.TITLES)
        or word in lexicon.ACTING
        # (a corps that is also a common word names a thing too: "KUB Horas Laut", not "Letkol Laut")
        or (word in lexicon.RANK_WORDS and word not in _COMMON_CORPS)
        or (word in lexicon.HONORIFICS and named_after)
        or word in _GOVERNMENT_SHORTS
        or (word == "Pemerintah" and named_after)
        or (word not in lexicon.INSTITUTION_WORDS and _lexicon_at(ctx, j) is not None)
    )


def _starts_another_body(ctx: Context, j: int) -> bool:
    """After ``dan`` or a comma: a company's legal form ("Bank Himbara dan PT Pos Indonesia"), a
    country ("... Republik Indonesia dan Pakistan Halal Authority") or a place of learning's head
    opens a second body."""
    word = ctx.tokens[j].bare
    return (
        word in COMPANY_FORMS
        or (word in lexicon.WORLD_COUNTRIES and word != "Indonesia")
        or word in _SECOND_HEADS  # "Universitas Brawijaya dan Poltekkes Kemenkes Malang"
        or word in _COMMANDS  # "dari Satuan Samapta, Polsek X, dan Polsek Y": units and commands listed
    )


#: the police and military commands' short forms, each a body of its own after a comma or "dan"
_COMMANDS = frozenset(abbr for abbr in UNIT_ABBREVIATIONS if abbr.startswith(("Pol", "Kod", "Kor")))


#: heads of a place of learning, which open a second body after "dan" rather than a portfolio
_SECOND_HEADS = _ACADEMIC_HEADS | {"Sekolah"}


def _second_body(ctx: Context, k: int) -> bool:
    """After ``dan``: an abbreviation that would end the name, or that another abbreviation
    follows, or a region, is a second body ("Bank Mega Syariah dan BSI dapat ...", "pimpinan
    Universitas Nusantara dan SPS UN", "... dan ASITA Malang"), unless it is a portfolio ("Dinas
    Koperasi dan UKM"); so is a kind of facility's short form ("Dinas PMD dan Puskesmas setempat")."""
    tokens = ctx.tokens
    word = tokens[k].bare
    if word in lexicon.FACILITY_TYPES:
        return True
    return (
        _CAPITALS_WORD.fullmatch(word) is not None
        and word not in lexicon.PORTFOLIO_WORDS
        and word not in lexicon.THING_ACRONYMS
        and (
            k + 1 >= len(tokens)
            or not tokens[k + 1].capitalised
            or (_CAPITALS_WORD.fullmatch(tokens[k + 1].bare) is not None and tokens[k + 1].bare != "RI")
            # "Universitas Brawijaya dan ASITA Malang Raya": the second body's own region
            or region_at(ctx, k + 1, {"provinsi", "kabupaten", "kota"}, bare=True) is not None
        )
    )


#: heads of the bodies their members name freely ("Komunitas Sahabat Sungai Jernih", "Kelompok Tani Sri
#: Rejeki"), whose own name may hold words a person's name has
_SELF_NAMED = (
    frozenset(
        {
            "Komunitas",
            "Koperasi",
            "Paguyuban",
            "Kelompok",
            "Forum",
            "Sanggar",
            "Perkumpulan",
            "Gabungan",
            "Ikatan",
            "Himpunan",
            "Bank Sampah",
            "Karang Taruna",
        }
    )
    | lexicon.GROUP_FACILITIES
)


def _self_named(ctx: Context, words: list[Token]) -> bool:
    """Whether the body's name read so far opens with a head of :data:`_SELF_NAMED` (one word, or
    two: "Bank Sampah")."""
    return words[0].bare in _SELF_NAMED or (len(words) > 1 and _join(ctx, words[:2]) in _SELF_NAMED)


def _freely_named(ctx: Context, words: list[Token]) -> bool:
    """Whether the body's name read so far is one of :data:`_SELF_NAMED`, or a university's or an
    academy's, which is often named after a person ("Universitas Ompu Marihot Sinaga", "Institut Teknologi
    Tuan Zorba"): words a person's name has may go on in its name."""
    return _self_named(ctx, words) or words[0].bare in _ACADEMIC_HEADS


def _opens_own_name(ctx: Context, words: list[Token], j: int) -> bool:
    """Whether token ``j`` is a stop word that opens the own name of a body its members name
    (:data:`_SELF_NAMED`): "Bank Sampah Sumber Berkah"."""
    return _stop_word_opening_a_name(ctx.tokens, j) and _self_named(ctx, words)


def _stop_word_opening_a_name(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` is a stop word that opens many a group's own name
    (:data:`_NAME_OPENING_STOPWORDS`), with a capitalised word that is no stop word after it."""
    return (
        tokens[j].bare in _NAME_OPENING_STOPWORDS
        and j + 1 < len(tokens)
        and tokens[j + 1].capitalised
        and tokens[j + 1].bare not in lexicon.STOPWORDS
    )


def _holder_after_comma(ctx: Context, j: int) -> bool:
    """``Ketua Komunitas Sahabat Sungai Jernih, Budi Santoso, ...``: whether the capitalised words
    from token ``j`` (a short form in brackets among them) run to a comma with a person's name right
    after it, or to an honorific opening one; then they are the body's, and the holder is the one
    named after them."""
    tokens = ctx.tokens
    k = j
    while k < len(tokens) and k - j < 6:
        if tokens[k].capitalised and tokens[k].text == tokens[k].bare:
            k += 1
        elif k > j and _bracketed_abbreviation(tokens, k) is not None:
            k += 3  # "Universitas Ompu Marihot (Unomar) Pangururan, Budi": the body's short form inside
        else:
            break
    if k > j and k + 1 < len(tokens) and tokens[k].text in lexicon.HONORIFICS and tokens[k + 1].capitalised:
        return _name_run(ctx, k + 1)  # "... (Unomar) Pangururan Dr. Budi Santoso": the holder's honorific
    if k == j or k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    after = tokens[k + 1]
    if after.text in lexicon.HONORIFICS:
        return True
    return _name_run(ctx, k + 1) and (ctx.person_starts_at(after.start) or _set_off(tokens, k + 1))


def _village_after_run(ctx: Context, j: int) -> bool:
    """``Ketua Kelompok Nelayan Horas Jaya Desa X, ...``: whether the capitalised words from token
    ``j`` (three at most) run to a village or ward written with its level's word; a person's name
    does not go on into one, so they are the group's."""
    k = _plain_run_end(ctx.tokens, j, until=lexicon.LOCAL_LEVEL_WORDS)
    return k > j and k < len(ctx.tokens) and region_at(ctx, k, {"desa", "kelurahan"}) is not None


def _set_off(tokens: list[Token], j: int) -> bool:
    """Whether the capitalised words from token ``j`` (three at most) are closed by a comma or an
    age in brackets: "…, Sutinah, mengaku", "…, Parmin (54), menyebut" — a name in apposition."""
    k = _plain_run_end(tokens, j)
    return k > j and k < len(tokens) and tokens[k].text in {",", "("}


def _plain_run_end(tokens: list[Token], j: int, *, until: frozenset[str] = frozenset()) -> int:
    """Where the capitalised words from token ``j`` with nothing glued to them (three at most) end,
    before any word of ``until``."""
    k = j
    while (
        k < len(tokens)
        and k - j < 3
        and tokens[k].capitalised
        and tokens[k].text == tokens[k].bare
        and tokens[k].bare not in until
    ):
        k += 1
    return k


def _short_form_given(ctx: Context, word: str) -> bool:
    """Whether ``word`` is a short form the article gave a body it named ("... (PUTR-PKP)")."""
    return word in ctx.abbreviations or any(word in e.aliases for e in ctx.of_type(EntityType.ORGANIZATION))


def _named_person_at(ctx: Context, start: int) -> bool:
    """Whether the text at ``start`` writes the full name of a person the article named before."""
    return any(
        ctx.text.startswith(person.name, start) and not ctx.text[start + len(person.name) :][:1].isalnum()
        for person in ctx.of_type(EntityType.PERSON)
        if " " in person.name
    )


def _name_run(ctx: Context, j: int) -> bool:
    """Whether the capitalised words from ``j`` on look like a person's name, not an institution's."""
    run: list[str] = []
    tokens = ctx.tokens
    for k in range(j, len(tokens)):
        token = tokens[k]
        if run and (token.capitalised or token.text == ",") and _titled_name_after(tokens, k - 1):
            # "Ketua Paguyuban Pedagang Pasar Sukorejo(,) H. Marzuki": the name opens with its honorific
            return False
        if not token.capitalised or token.text in {"(", ","}:
            break
        if run and region_at(ctx, k, {"provinsi", "kabupaten", "kota"}, bare=True):
            return False  # "Balai Karantina Hewan Jawa Timur Yoga": the name comes after the region
        run.append(token.bare)
        if token.text.endswith("."):
            break
    if not run or all(w.lower() in common_words() for w in run) or run[0] in lexicon.PORTFOLIO_WORDS:
        return False  # "Kepala Dinas Koperasi dan UKM Budi ...": a portfolio goes on with the name
    if len(run) == 1 and len(run[0]) > 1 and run[0].isupper():
        return False  # "Dinas Koperasi, UMKM, Perindustrian ...": a short form alone is no one's name
    if (
        run[0] in lexicon.HONORIFICS
        or run[0] in lexicon.RANK_WORDS
        or ctx.tokens[j].text in lexicon.HONORIFICS
    ):
        return True
    return all(not lexicon.is_common_noun(w) and w.lower() not in ctx.lower_words for w in run)


def _titled_name_after_run(tokens: list[Token], j: int) -> bool:
    """Whether a name opening with an honorific or a rank follows the capitalised words from
    ``tokens[j]`` on (four at most): "Koperasi Produsen Kopi Lestari, H. Imam": those words end the
    body's name, the person is the one after them."""
    k = j
    while (
        k + 1 < len(tokens) and k - j < 3 and tokens[k + 1].capitalised and not _titled_name_after(tokens, k)
    ):
        k += 1
    return _titled_name_after(tokens, k)


def _titled_name_after(tokens: list[Token], j: int) -> bool:
    """Whether a name opening with an honorific or a rank follows the one word ``tokens[j]``, right
    after it or after a comma ("Pasar Sukorejo H. Marzuki", "Pasar Sukorejo, H. Marzuki"): the word
    ends the body's name rather than opening the person's."""
    k = j + 2 if j + 1 < len(tokens) and tokens[j + 1].text == "," else j + 1
    if k == j + 1 and k < len(tokens) and tokens[k].text in lexicon.NAME_INNER_TITLES:
        return False  # "Komisi II Syahril Datuk Panghulu": the Minang title goes on with the name
    return k < len(tokens) and _titled_name_opens(tokens[k])


def _titled_name_opens(token: Token) -> bool:
    """Whether ``token`` is an honorific or a rank, which opens a person's name ("H.", "Dr.", "AKBP")."""
    return token.text in lexicon.HONORIFICS or token.bare in lexicon.RANK_WORDS


def parse_org(ctx: Context, i: int, *, before_name: bool = False) -> OrgMatch | None:
    """The organisation named at token ``i``, trying governments, known abbreviations, then headed phrases."""
    if ctx.tokens[i].bare in lexicon.GOVERNMENT_ABBREVIATIONS:
        # "Pemkot" is a city's government or none: never the lexicon's body in a province-level article
        return parse_government(ctx, i)
    if (team := _task_force_team(ctx, i)) is not None:
        return team
    found = (
        parse_government(ctx, i)
        or parse_neighbourhood(ctx, i)
        or parse_legislature_unit(ctx, i, before_name=before_name)
        or parse_regional_office(ctx, i)
        or parse_company(ctx, i)
        or parse_english_body(ctx, i)
        or parse_spelled_facility(ctx, i, before_name=before_name)
        or parse_facility(ctx, i, before_name=before_name)
        or parse_known(ctx, i)
        or parse_headed(ctx, i, before_name=before_name)
        or parse_headless(ctx, i)
    )
    if found is None:
        return None
    found = _numbered_when_spelled(ctx, _on_after_short_form(ctx, _enterprise_past_seat(ctx, found)))
    return _seated_in_court(ctx, _with_second_name(ctx, found))


def _enterprise_past_seat(ctx: Context, found: OrgMatch) -> OrgMatch:
    """``Perseroan Daerah (Perseroda) Sumbul Karya Sejahtera``: a regional enterprise spelled out, its short
    form in brackets, then its region opening its own name (:func:`_named_past_seat`): the enterprise
    of that name, not the region's."""
    tokens = ctx.tokens
    if found.abbreviation not in lexicon.ENTERPRISE_FORMS or not _named_past_seat(ctx, found.next_index):
        return found
    k = ctx.token_index(found.start)
    while k + 2 < found.next_index and not (tokens[k].text == "(" and tokens[k + 2].text == ")"):
        k += 1
    if k + 2 >= found.next_index:
        return found
    named = parse_company(ctx, k + 1, named_at=k + 3)
    if named is None:
        return found
    written = ctx.text[found.start : named.end]
    aliases = tuple(sorted({*named.aliases, written, found.abbreviation} - {named.name}))
    return replace(named, start=found.start, aliases=aliases, abbreviation=found.abbreviation)


def _task_force_team(ctx: Context, i: int) -> OrgMatch | None:
    """``Tim Satgas Pangan Polres Dairi``: "Tim" before a task force's name says what a task force is;
    the body is the task force (``Satgas Pangan Polres Dairi``), written with it as an alias."""
    tokens = ctx.tokens
    if tokens[i].text != "Tim" or i + 1 >= len(tokens):
        return None
    if tokens[i + 1].text != "Satgas" and not (
        tokens[i + 1].text == "Satuan" and i + 2 < len(tokens) and tokens[i + 2].text == "Tugas"
    ):
        return None
    found = parse_org(ctx, i + 1)
    if found is None:
        return None
    written = ctx.text[tokens[i].start : found.end]
    return replace(
        found, start=tokens[i].start, aliases=tuple(sorted({*found.aliases, written} - {found.name}))
    )


#: the short form a neighbourhood association (rukun warga) is named by, with its number
_NEIGHBOURHOOD = "RW"


def parse_neighbourhood(ctx: Context, i: int) -> OrgMatch | None:
    """``RW 05 Kelurahan Sumbul``: a neighbourhood association (rukun warga) by its number and the
    village it is in, one body (its head is "Ketua RW 05 Kelurahan Sumbul"), spelled out too ("Rukun
    Warga (RW) 05 Kelurahan Sumbul"), or its village written bare when the article names that village
    with its level's word ("RW 05 Sumbul" after "Kelurahan Sumbul"); an RW written without its village
    ("RW 05", "RT/RW") is none: every village has one of that number."""
    tokens = ctx.tokens
    k = _past_neighbourhood_word(tokens, i)
    if k is None or k + 1 >= len(tokens) or not tokens[k].text.isdigit():
        return None
    number, at = tokens[k].text, k + 1
    village = region_at(ctx, at, {"kelurahan", "desa"})
    if village is not None and tokens[at].bare in lexicon.LOCAL_LEVEL_WORDS:
        end, nxt = village[1], village[2]
        named = " ".join(ctx.text[tokens[at].start : end].split())
    elif (
        tokens[at].bare in lexicon.VILLAGE_LEVEL_WORDS and at + 1 < len(tokens) and tokens[at + 1].capitalised
    ):
        end, nxt = tokens[at + 1].bare_end, at + 2  # (a village the gazetteer lacks: its one word)
        named = f"{tokens[at].bare} {tokens[at + 1].bare}"
    elif (known := _village_named_before(ctx, at)) is not None:
        named, nxt = known  # "RW 08 Sumbul" after "Kelurahan Sumbul": that village, written bare
        end = tokens[nxt - 1].bare_end
    else:
        return None
    written = " ".join(ctx.text[tokens[i].start : end].split())
    name = f"{_NEIGHBOURHOOD} {number} {named}"
    aliases = {written, f"Rukun Warga {number} {named}"} - {name}
    return OrgMatch(name, tokens[i].start, end, nxt, tuple(sorted(aliases)), government=False)


def _village_named_before(ctx: Context, at: int) -> tuple[str, int] | None:
    """A village the article names with its level's word ("Kelurahan Sumbul"), written bare from token
    ``at`` ("Sumbul", one or two words): its name and the token after it."""
    tokens = ctx.tokens
    villages = {
        e.name.partition(" ")[2]: e.name
        for e in ctx.of_type(EntityType.PLACE)
        if e.name.split()[0] in lexicon.VILLAGE_LEVEL_WORDS
    }
    for width in (2, 1):
        words = tokens[at : at + width]
        if len(words) == width and all(t.capitalised for t in words):
            named = villages.get(" ".join(t.bare for t in words))
            if named is not None and (width == 1 or words[0].text == words[0].bare):
                return named, at + width
    return None


def _past_neighbourhood_word(tokens: list[Token], i: int) -> int | None:
    """The token after the words naming a neighbourhood association at ``i`` ("RW", "Rukun Warga",
    "Rukun Warga (RW)"), or ``None`` where none opens there."""
    if tokens[i].text == _NEIGHBOURHOOD:
        return i + 1
    if tokens[i].text != "Rukun" or i + 1 >= len(tokens) or tokens[i + 1].text != "Warga":
        return None
    k = i + 2
    if k + 2 < len(tokens) and [t.text for t in tokens[k : k + 3]] == ["(", _NEIGHBOURHOOD, ")"]:
        k += 3
    return k


def _numbered_when_spelled(ctx: Context, found: OrgMatch) -> OrgMatch:
    """A numbered command or unit written out, then its number: ``Komando Distrik Militer 0206/Dairi``,
    ``Batalyon Infanteri 639/Sumbul`` are the units "Kodim 0206/Dairi" and "Yonif 639/Sumbul" name."""
    tokens = ctx.tokens
    k = found.next_index
    if found.abbreviation not in UNIT_ABBREVIATIONS or k >= len(tokens) or not tokens[k].text[:1].isdigit():
        return found
    if ctx.text.startswith(found.abbreviation, found.start):
        return found  # (written short: parse_unit read it)
    info = gazetteer.lookup_abbreviation(found.abbreviation)
    if info is None or found.name != info.full:
        return found
    unit = parse_unit(ctx, info, ctx.token_index(found.start), k, found.abbreviation)
    if unit.end <= found.end:
        return found
    return replace(unit, aliases=tuple(dict.fromkeys((*unit.aliases, ctx.text[found.start : unit.end]))))


#: a special court seated in a town ("Pengadilan Tindak Pidana Korupsi Binjai")
SEATED_SPECIAL_COURT = re.compile(rf"Pengadilan (?:{'|'.join(gazetteer.SPECIAL_COURTS)}) ")
#: a special court's name without a seat ("Pengadilan Tindak Pidana Korupsi", "Pengadilan Tipikor"), and
#: what seats it in a district court's town after it: "pada Pengadilan Negeri (PN) Binjai", "(pada) PN Binjai"
_SEATLESS_COURT = re.compile(rf"Pengadilan (?:{'|'.join(gazetteer.SPECIAL_COURTS)}|Tipikor)")
_AT_DISTRICT_COURT = re.compile(
    r"(?:\s*\(\s*[A-Z][A-Za-z]+\s*\))?\s+(?:pada\s+)?(?P<court>(?:Pengadilan\s+Negeri(?:\s*\(PN\))?|PN)\s+"
    r"(?P<town>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))"
)


def _seated_in_court(ctx: Context, found: OrgMatch) -> OrgMatch:
    """A special court seated in a district court's town, named after it: ``Pengadilan Tindak Pidana
    Korupsi (Tipikor) pada Pengadilan Negeri (PN) Binjai`` is the Tipikor court of Binjai (the district
    court is a body of its own, named in passing: a title before the phrase goes on to the name after it)."""
    if not _SEATLESS_COURT.fullmatch(found.name):
        return found
    seat = _AT_DISTRICT_COURT.match(ctx.text, found.end)
    if seat is None:
        return found
    court = parse_org(ctx, ctx.token_index(seat.start("court")))
    if court is None:
        return found
    town = seat.group("town")
    name = gazetteer.canonical_name(f"{found.name} {town}")  # ("Pengadilan Tipikor X": its full words)
    written = {
        f"{found.name} {town}",
        name.replace("Tindak Pidana Korupsi", "Tipikor"),
        f"{found.name} pada Pengadilan Negeri {town}",
        f"{found.name} PN {town}",
    }
    return replace(
        found,
        name=name,
        aliases=tuple(sorted({*found.aliases, *written} - {name})),
        end=court.end,
        next_index=court.next_index,
        named_with=(*found.named_with, court),
    )


def _on_after_short_form(ctx: Context, found: OrgMatch) -> OrgMatch:
    """A body's name written out, its short form in brackets, then the rest of the name written after
    the short form: ``Perusahaan Daerah Air Minum (PDAM) Tirta Silahi`` is "PDAM Tirta Silahi",
    ``Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan Cabang Sidikalang`` the BPJS Kesehatan's
    branch; the body read from the short form on, starting where the written-out name does."""
    tokens = ctx.tokens
    k = found.next_index
    if found.abbreviation is None or k < 3 or k >= len(tokens) or tokens[k - 1].text != ")":
        return found
    if tokens[k - 3].text != "(" or tokens[k - 2].text != found.abbreviation or not tokens[k].capitalised:
        return found
    if tokens[k].start != tokens[k - 1].end + 1:
        return found
    on = (
        parse_company(ctx, k - 2, named_at=k)
        or _known_through_short_form(ctx, k)
        or _river_area_after(ctx, found, k)
    )
    if on is None or on.end <= tokens[k].start:
        return found
    written = ctx.text[found.start : on.end]
    aliases = tuple(sorted({*on.aliases, written, found.abbreviation} - {on.name}))
    # ("BPJS" written alone later is this body again)
    return replace(on, start=found.start, aliases=aliases, abbreviation=found.abbreviation)


def _river_area_after(ctx: Context, found: OrgMatch, k: int) -> OrgMatch | None:
    """``Balai Besar Wilayah Sungai (BBWS) Pemali Juana``: a river basin's office is named by its river
    area, written after the short form (one to three capitalised words from token ``k``): the office
    of that area, else none."""
    if not found.name.endswith(_RIVER_AREA):
        return None
    tokens = ctx.tokens
    j = k
    while j < len(tokens) and j - k < 3 and tokens[j].capitalised and tokens[j].bare not in lexicon.STOPWORDS:
        if j > k and ctx.person_starts_at(tokens[j].start):
            break  # ("... (BBWS) Pemali Juana Budi Santoso"): a holder's name after the area
        j += 1
        if tokens[j - 1].text != tokens[j - 1].bare:
            break  # ("... Pemali Juana."): the name ends at its punctuation
    # the area set off from what follows ("... (BBWS) Pemali Juana, Ir. Budi"), or no person's name
    set_off = tokens[j - 1].text != tokens[j - 1].bare or (j < len(tokens) and tokens[j].text == ",")
    if j == k or (not set_off and ctx.person_starts_at(tokens[k].start)):
        return None
    area = ctx.text[tokens[k].start : tokens[j - 1].bare_end]
    return replace(
        found,
        name=f"{found.name} {area}",
        end=tokens[j - 1].bare_end,
        next_index=j,
        aliases=(f"{found.abbreviation} {area}",),
    )


#: the words ending the name of a river basin's office, before its river area ("Balai Wilayah Sungai")
_RIVER_AREA = "Wilayah Sungai"


def _known_through_short_form(ctx: Context, k: int) -> OrgMatch | None:
    """The body of the lexicon whose short form is the bracketed one before token ``k`` and the
    words from ``k`` ("(BPJS) Kesehatan": "BPJS Kesehatan"), read on from there (its branch, its
    region), else none."""
    tokens = ctx.tokens
    for width in (2, 1):
        if k + width > len(tokens) or not all(
            t.capitalised and t.text == t.bare for t in tokens[k : k + width - 1]
        ):
            continue
        surface = " ".join([tokens[k - 2].text, *(t.bare for t in tokens[k : k + width])])
        info = gazetteer.lookup_abbreviation(surface)
        if info is not None:
            return known_match(ctx, info, k - 2, k + width, surface)
    return None


def _with_second_name(ctx: Context, found: OrgMatch) -> OrgMatch:
    """A national body with the short name of a second national body it is one with, joined by a
    slash ("Kemenparekraf/Baparekraf", "Kemendukbangga/BKKBN": both names open with the same subject
    after their head word): the first body, written through the second."""
    tokens = ctx.tokens
    j = found.next_index
    if found.abbreviation is None or j + 1 >= len(tokens) or tokens[j].text != "/":
        return found
    if tokens[j].start != tokens[j - 1].end or tokens[j + 1].start != tokens[j].end:
        return found
    first, second = (
        gazetteer.lookup_abbreviation(found.abbreviation),
        gazetteer.lookup_abbreviation(tokens[j + 1].bare),
    )
    if first is None or second is None or first.scope != "national" or second.scope != "national":
        return found
    if first.full.split()[1:2] != second.full.split()[1:2]:
        return found  # ("TNI/Polri": two bodies; one body's two names share their subject's first word)
    written = ctx.text[found.start : tokens[j + 1].bare_end]
    return replace(found, end=tokens[j + 1].bare_end, next_index=j + 2, aliases=(*found.aliases, written))


def parse_headless(ctx: Context, i: int) -> OrgMatch | None:
    """``Kesatuan Bangsa dan Politik (Kesbangpol) Kota Madiun``: a known body written without its head
    word (or one whose name has none, written whole), its abbreviation in brackets after it.

    The words up to a bracketed abbreviation of the lexicon must be the end of that
    body's full name; the organisation is then the lexicon's, with the region after it.
    """
    tokens = ctx.tokens
    if i >= len(tokens) or not tokens[i].capitalised:
        return None
    for k in range(i + 1, min(i + 9, len(tokens) - 2)):
        if tokens[k].text != "(":
            if not (tokens[k].capitalised or tokens[k].text in {"dan", ","}):
                return None
            continue
        if tokens[k + 2].text != ")":
            return None
        info = gazetteer.lookup_abbreviation(tokens[k + 1].text)
        written = ctx.text[tokens[i].start : tokens[k - 1].end]
        if info is None or not (info.full == written or info.full.endswith(f" {written}")):
            return None  # (whole, "Pasukan Pengamanan Presiden (Paspampres)": a name no head word opens)
        if written_for_no_one_body(ctx, info, k + 1, k + 3):
            return None  # "Badan Usaha Milik Desa (BUMDes).": every village has one, no region follows
        match = known_match(ctx, info, k + 1, k + 3, tokens[k + 1].text)  # the region after the bracket
        head = info.full[: -len(written)]
        if head and ctx.text.endswith(head, 0, tokens[i].start):
            # "Kantor Staf Presiden (KSP)" read from "Staf" on: the whole name, its head word included
            return replace(match, start=tokens[i].start - len(head))
        return replace(match, start=tokens[i].start, aliases=tuple(sorted({*match.aliases, written})))
    return None


#: legal forms before a company's own name; a regional enterprise's too ("Perumda Pasar Pakuan Jaya")
COMPANY_FORMS = frozenset({"PT", "CV", "PD", "UD"}) | lexicon.ENTERPRISE_FORMS
#: the word a water company's own name opens with ("PDAM Tirta Sumbul Jaya", "Perumda Air Minum Tirta
#: Silahi"): the words after it are the name, even where the tagger reads a person's
_WATER = "Tirta"
#: the regions a regional enterprise belongs to
_ENTERPRISE_SEATS = {"kota", "kabupaten", "provinsi"}


def _regional_office_spelled_out(ctx: Context, i: int, j: int) -> OrgMatch | None:
    """``Kantor Wilayah Kementerian Agama Provinsi Jawa Timur``: the national body written out, then the province."""
    body = parse_headed(ctx, j)
    if body is None or body.region is None or body.region.level != "provinsi":
        return None
    cores = [a for a in body.aliases if body.name.startswith(f"{a} ")]  # the name without its region
    national = gazetteer.lookup_full(max(cores, key=len)) if cores else None
    if national is None or national.scope != "national":
        return None
    written = ctx.text[ctx.tokens[i].start : body.end]
    return OrgMatch(
        f"Kantor Wilayah {national.full} {jurisdiction_name(body.region)}", ctx.tokens[i].start, body.end,
        body.next_index, (written,), True, body.region, national.full,
    )  # fmt: skip


def parse_spelled_out(ctx: Context, i: int) -> OrgMatch | None:
    """``Nusantara Regional Studies (NRS)``: capitalised words the bracketed abbreviation after
    them spells, a body's name even without a head word (read only where a title says a body follows).
    """
    tokens = ctx.tokens
    if i >= len(tokens) or not tokens[i].capitalised:
        return None  # "dan Universitas ... (UTA)": a joining word opens no name
    j = i
    while (
        j < len(tokens) and j - i < 8 and (tokens[j].capitalised or tokens[j].text in {"dan", "&", "untuk"})
    ):
        if tokens[j].text != tokens[j].bare:
            return None  # a comma or a full stop inside the run: no one name
        j += 1
    if j == i or not (j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")"):
        return None
    abbr = tokens[j + 1].text
    words = tokens[i:j]
    if len(words) < 2 or initials([w.bare for w in words]).upper() != abbr.upper() or not abbr.isupper():
        return None
    name = _join(ctx, words)
    return OrgMatch(name, tokens[i].start, tokens[j + 2].end, j + 3, (abbr,), False, abbreviation=abbr)


def past_bracketed_title(ctx: Context, j: int) -> int:
    """The token after a title's short form in brackets at ``j`` ("Kepala Satuan Lalu Lintas
    (Kasat Lantas) Polresta X": the body comes after it), else ``j``."""
    tokens = ctx.tokens
    if j >= len(tokens) or tokens[j].text != "(":
        return j
    close = next((k for k in range(j + 1, min(j + 5, len(tokens))) if tokens[k].text == ")"), None)
    if close is None or close == j + 1:
        return j
    return close + 1 if " ".join(t.bare for t in tokens[j + 1 : close]) in lexicon.POSITIONS else j


def parse_regional_office(ctx: Context, i: int) -> OrgMatch | None:
    """``Kanwil Kemenag Jatim``, ``Kantor Wilayah Kemenkumham Jawa Timur``: a national body's office in a province.

    The office is named ``Kantor Wilayah`` + the body's full name + the province, sits in
    the national body (``org:subOrganizationOf``), and keeps the written form as an alias.
    """
    tokens = ctx.tokens
    if i >= len(tokens):
        return None
    if tokens[i].bare == "Kanwil":
        j = i + 1
    elif tokens[i].text == "Kantor" and i + 1 < len(tokens) and tokens[i + 1].bare == "Wilayah":
        j = i + 2
    else:
        return None
    # "Kepala Kantor Wilayah (Kakanwil) Kemenag Sumatera Utara": the title's short form, then the body
    return regional_office(ctx, i, past_bracketed_title(ctx, j))


def regional_office(ctx: Context, i: int, j: int) -> OrgMatch | None:
    """The regional office written from token ``i`` whose national body is named at token ``j``."""
    tokens = ctx.tokens
    found = _lexicon_at(ctx, j)
    if found is None:
        return _regional_office_spelled_out(ctx, i, j)
    if found[0].scope != "national":
        return None
    info, k = found
    region = region_at(ctx, k, {"provinsi"}, bare=True)
    if region is None:
        return None
    province, end, nxt = region
    written = without_brackets(ctx.text[tokens[i].start : end])  # (a title's short form in brackets)
    name = f"Kantor Wilayah {info.full} {jurisdiction_name(province)}"
    return OrgMatch(
        name, tokens[i].start, end, nxt, (written,), True, province, info.full, abbreviation=None,
    )  # fmt: skip


#: a year or a span of years ("2006", "2016-2019")
_YEARS = re.compile(r"(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?")


def _closes_company_name(tokens: list[Token], j: int) -> bool:
    """``PT Energi Kreasi Bersama (Electrum)``: a stop word that is a company's last name word
    (company-name-words.tsv), not "with" before another name ("PT Pindad Bersama Kemhan")."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return tokens[j].bare in lexicon.COMPANY_NAME_WORDS and (
        tokens[j].text != tokens[j].bare or nxt is None or not nxt.capitalised
    )


def _through_to_listed_suffix(tokens: list[Token], j: int) -> int | None:
    """The index of the ``Tbk`` a listed company's name goes on to from token ``j``, past the usual
    length and "dan": ``PT Bank Pembangunan Daerah Sulawesi Utara dan Gorontalo Tbk``; only
    capitalised words and "dan" between."""
    for k in range(j, min(j + 5, len(tokens))):
        token = tokens[k]
        if token.bare == "Tbk":
            return k
        if not (token.capitalised or token.text == "dan") or token.text != token.bare:
            return None
    return None


def _company_word_ahead(tokens: list[Token], j: int) -> bool:
    """Whether the capitalised words from token ``j`` hold a word of companies' names: "PT NUSAPRIMA
    Berkah Energi" goes on through "Berkah", which the tagger may read as a person's first name."""
    for token in tokens[j : j + 3]:
        if not token.capitalised:
            return False
        if token.bare in lexicon.COMPANY_NAME_WORDS:
            return True
        if token.text != token.bare:
            return False
    return False


def _written_without(ctx: Context, words: list[Token], j: int) -> bool:
    """Whether a company's words so far are elsewhere in the article its whole name, without the
    capitalised word at token ``j``, and two capitalised words (a person's name) follow here:
    "Dirut PT Bank Riau Kepri Indra Maulana Pasaribu" where the article writes "Bank Riau Kepri
    meluncurkan ...": the name stops before "Indra"."""
    tokens = ctx.tokens
    if j + 1 >= len(tokens) or not tokens[j + 1].capitalised or tokens[j].text != tokens[j].bare:
        return False
    word = tokens[j].bare
    if word in lexicon.COMPANY_NAME_WORDS or word in lexicon.COUNTRY_NAMES or not word[1:].islower():
        # "PT Pupuk Indonesia Holding Company", "PT Bank X Indonesia", "PT DBS Vickers Sekuritas"
        return False
    name = ctx.text[words[0].start : words[-1].bare_end]
    return any(
        at != words[0].start and not ctx.text.startswith(f" {tokens[j].bare}", end)
        for at, end in occurrences(ctx.text, name)
    )


def _written_through(ctx: Context, words: list[Token], j: int) -> bool:
    """Whether the article elsewhere writes a company's words so far, then the capitalised words from
    token ``j`` (up to three), as its whole name (a stop or a lower-case word after it): "Direktur PT
    Griya Asri, Budi" where the article writes "kepada PT Griya Asri pada 2021": "Asri" is no person's."""
    tokens = ctx.tokens
    for k in range(j, min(j + 3, len(tokens))):
        if not tokens[k].capitalised:
            return False
        name = ctx.text[words[0].start : tokens[k].bare_end]
        if any(
            at != words[0].start and _NAME_ENDS.match(ctx.text, end) is not None
            for at, end in occurrences(ctx.text, name)
        ):
            return True
        if tokens[k].text != tokens[k].bare:
            return False
    return False


#: after a company's whole name: a stop, or a lower-case word
_NAME_ENDS = re.compile(r"\s*(?:[.,;:)]|\s[a-z])")


def _named_past_seat(ctx: Context, k: int) -> bool:
    """Whether a regional enterprise's region, ending before token ``k``, opens its own name, words of
    companies' names after it ("Perseroda Sumbul Karya Sejahtera"), not a holder's ("PDAM Sumbul Budi
    Santoso")."""
    tokens = ctx.tokens
    return (
        k + 1 < len(tokens)
        and tokens[k].capitalised
        and tokens[k - 1].text == tokens[k - 1].bare  # ("PDAM Sumbul, Budi": set off)
        and tokens[k].bare not in _NAME_STOPWORDS
        and tokens[k].text not in lexicon.HONORIFICS
        and not _starts_other(ctx, k)
        and (_company_word_ahead(tokens, k) or tokens[k].bare == _WATER)  # ("Perumda Sumbul Tirta Toba")
    )


def parse_company(
    ctx: Context, i: int, *, through_names: bool = False, named_at: int | None = None
) -> OrgMatch | None:
    """``PT Pindad (Persero)``, ``CV Karya Bunda``, ``PT Bumi Natal Group (BNG)``.

    The legal form and the capitalised words after it (or from token ``named_at``: the form in
    brackets, "(PDAM) Tirta Silahi"), up to a lower-case word, a title, a person's name (unless
    ``through_names``: the person is named elsewhere) or five words; a bracketed abbreviation after
    the name is its alias.
    """
    tokens = ctx.tokens
    form = tokens[i].text.rstrip(".")
    if form not in COMPANY_FORMS:
        return None
    enterprise = form in lexicon.ENTERPRISE_FORMS
    listed = _lexicon_at(ctx, i) if named_at is None else None
    if listed is not None and listed[1] > i + 1:
        return None  # "PD Muhammadiyah Dairi": a body the lexicon knows by the form and its next word
    j = i + 1 if named_at is None else named_at
    if (
        enterprise
        and (seat := region_at(ctx, j, _ENTERPRISE_SEATS, bare=True)) is not None
        and not _named_past_seat(ctx, seat[2])
    ):
        return None  # "PDAM Kota Batu": the region's enterprise, known to the lexicon (parse_known)
    words: list[Token] = []
    while j < len(tokens) and len(words) < 5:
        token = tokens[j]
        if enterprise and words and (seat := region_at(ctx, j, _ENTERPRISE_SEATS)) is not None:
            words.extend(tokens[j : seat[2]])  # "Perumda Air Minum Tugu Tirta Kota Malang": its city ends it
            j = seat[2]
            break
        if not (token.capitalised or token.text[:1].isdigit() or token.text == "&"):
            break
        if (token.bare in _NAME_STOPWORDS and not _closes_company_name(tokens, j)) or (
            words
            and (
                _starts_other(ctx, j)
                or (
                    not through_names
                    and ctx.person_starts_at(token.start)
                    and not _company_word_ahead(tokens, j)
                    and not _written_through(ctx, words, j)
                    and not (enterprise and _WATER in {token.bare, words[-1].bare})
                )
            )
        ):
            break
        if token.bare.endswith("nya") and token.bare[:1].isupper() and token.bare[1:].islower():
            break  # "PT PGB Legalitasnya ...": a sentence going on, not the name
        if token.text in lexicon.HONORIFICS and j + 1 < len(tokens) and tokens[j + 1].capitalised:
            # "Direktur PT Sumbul Makmur Ir. Tumpak ...": the director's degree opens his name (and "PT X
            # (Perseroda) Ir. Tumpak": no name after the legal form in brackets)
            break
        if len(words) >= 2 and _written_without(ctx, words, j):
            break  # "PT Bank Riau Kepri Indra Maulana ..." where the article writes "Bank Riau Kepri meluncurkan"

        if words and token.text[:1].isdigit() and token.start == words[-1].end and token.text.endswith("."):
            break  # "PT Firdaus Mulia Abadi5. Retno ...": the next list item's number, glued on
        if words and _YEARS.fullmatch(token.bare):
            break  # "Direktur Komersial PT Gas Raya 2016-2019": the years the office was held
        words.append(token)
        j += 1
        if token.text != token.bare or (len(words) > 1 and token.bare == "Tbk"):
            break  # "PT Rona Sejati." / "PT Pindad," / "PT Jasa Marga Tbk Ari Wibowo": the suffix ends it
    if not words or words[-1].text == "&":
        return None
    if words[-1].bare != "Tbk" and (tbk := _through_to_listed_suffix(tokens, j)) is not None:
        words.extend(tokens[j : tbk + 1])  # "PT Bank Pembangunan Daerah Sulawesi Utara dan Gorontalo Tbk"
        j = tbk + 1
    j = _spelled_through(tokens, words, j)
    end = words[-1].bare_end
    aliases: set[str] = set()
    for suffix in ("(Persero)", "Tbk", "Tbk."):
        if j + 2 < len(tokens) and ctx.text[tokens[j].start : tokens[j + 2].end] == suffix:
            end, j = tokens[j + 2].end, j + 3
        elif j < len(tokens) and tokens[j].text == suffix:
            end, j = tokens[j].bare_end, j + 1
    written = ctx.text[words[0].start : words[-1].bare_end]
    abbreviation = _bracketed_abbreviation(tokens, j)
    if abbreviation is not None:
        aliases.add(abbreviation)
        end, j = tokens[j + 2].end, j + 3
        if (seat := region_at(ctx, j, {"provinsi", "kabupaten", "kota"}, bare=True)) is not None:
            # "PT Bank Pembangunan Daerah (BPD) Bali": the region the company is of, after its short form
            seat_written = ctx.text[tokens[j].start : seat[1]]
            aliases |= {f"{abbreviation} {seat_written}", ctx.text[tokens[i].start : seat[1]]}
            written = f"{written} {seat_written}"
            end, j = seat[1], seat[2]
    elif (short := _bracketed_short_name(tokens, j, written)) is not None:
        aliases.add(short[0])  # "PT Bank Pembangunan Daerah Jawa Timur Tbk (Bank Jatim)": its short name
        end, j = tokens[short[1] - 1].end, short[1]
    if (branch := _branch_office(ctx, j)) is not None:
        # "PT ASDP Indonesia Ferry (Persero) Cabang X Budi": the company's branch, no part of the holder's name
        _, end, j = branch
    name = f"{tokens[i].text.rstrip('.')} {written}"
    known = gazetteer.lookup_abbreviation(written)
    if (
        branch is None
        and known is not None
        and known.kind == "enterprise"
        and (unit := _enterprise_unit(ctx, known, j)) is not None
    ):
        # "PT PLN (Persero) UP3 Malang": the state enterprise's local unit, as "PLN UP3 Malang" is read
        return replace(
            unit, start=tokens[i].start, aliases=(*unit.aliases, ctx.text[tokens[i].start : unit.end])
        )
    if known is not None and known.kind == "enterprise" and known.full.startswith(tokens[i].text.rstrip(".")):
        aliases.add(name)  # "PT Pertamina" is the lexicon's "PT Pertamina (Persero)", as "Pertamina" is
        name = known.full
    return OrgMatch(name, tokens[i].start, end, j, tuple(sorted(aliases)), False, abbreviation=abbreviation)


def _spelled_through(tokens: list[Token], words: list[Token], j: int) -> int:
    """Where a company's name ends when its bracketed acronym spells it on through ``dan``:
    ``PT Aneka Industri dan Jasa (AIJ)`` (``words`` grows by ``dan Jasa``); else ``j`` unchanged."""
    if j >= len(tokens) or tokens[j].text != "dan":
        return j
    for k in range(j + 2, min(j + 4, len(tokens))):
        more = tokens[j + 1 : k]
        abbreviation = _bracketed_abbreviation(tokens, k)
        if abbreviation is None or not all(t.capitalised and t.text == t.bare for t in more):
            continue
        if "".join(t.text[0] for t in (*words, *more)).upper() == abbreviation.upper():
            words.extend(tokens[j:k])
            return k
    return j


_ENGLISH_JOINERS = frozenset({"of", "and", "for", "&", "on"})
_ENGLISH_MAX_WORDS = 8  # the longest run read as one English body's name


def parse_english_body(ctx: Context, i: int) -> OrgMatch | None:
    """``Center for Regional Policy Studies (CRPS)``, ``Indonesia Corruption Watch``, ``Migrant Care Watch``.

    A run of capitalised words that are no Indonesian common words (``of``, ``and``,
    ``for`` may join them). Followed by a bracketed acronym that spells the whole run, the
    run is the body and the acronym its alias; where the acronym spells only the last
    words (``Riset Nusantara Regional Studies (NRS)``), the body starts there, so no
    match starts at ``i``. Without an acronym the body ends at the run's last English word
    for a body (``Watch``, ``Studies``, ``Institute``), which may not be its first word.
    """
    tokens = ctx.tokens
    if not any(t.bare in lexicon.ENGLISH_ORG_WORDS for t in tokens[i : i + _ENGLISH_MAX_WORDS]):
        return None  # either reading needs an English word for a body among the run's words
    if not _english_word_at(ctx, i) or _starts_other(ctx, i) or tokens[i].bare in lexicon.ENGLISH_TITLES:
        return None  # "Head of Institutional Banking Group PT Bank ...": an office, its body follows
    after_title = i > 1 and tokens[i - 1].text == "of" and tokens[i - 2].bare in lexicon.ENGLISH_TITLES
    if i and (tokens[i - 1].text in _ENGLISH_JOINERS or _english_word_at(ctx, i - 1)) and not after_title:
        return None  # inside a longer run, which is read from its start ("Director of ..." opens none)
    if (
        i > 1
        and tokens[i - 1].text == "("
        and ctx.entity_at(tokens[i - 2].start, tokens[i - 2].end, EntityType.ORGANIZATION)
    ):
        return None  # "Bank Dunia (World Bank)": the body's name in English, not another body
    words: list[Token] = []
    j = i
    while j < len(tokens) and len(words) < _ENGLISH_MAX_WORDS:
        token = tokens[j]
        if words and (_starts_other(ctx, j) or token.bare in COMPANY_FORMS or _opens_named_body(ctx, j)):
            break
        if _english_word_at(ctx, j) or (
            token.text in _ENGLISH_JOINERS and words and j + 1 < len(tokens) and _english_word_at(ctx, j + 1)
        ):
            words.append(token)
        else:
            break
        j += 1
        if token.text != token.bare:
            break
    acronym = _bracketed_abbreviation(tokens, j)
    if acronym is not None:
        spelled = [k for k in range(len(words) - 1) if _initials(words[k:]) == acronym.upper()]
        if spelled and any(w.bare in lexicon.ENGLISH_ORG_WORDS for w in words):
            if spelled[0] > 0:
                return None  # the body begins further on ("Nusantara Regional Studies")
            if _EDITION_YEAR.match(ctx.text, tokens[j + 2].end):
                return None  # "Mahakam Investment Forum (MIF) 2025": an event's edition
            name = ctx.text[words[0].start : words[-1].bare_end]
            return OrgMatch(
                name, words[0].start, tokens[j + 2].end, j + 3, (acronym,), False, abbreviation=acronym
            )
    last = max((k for k, w in enumerate(words) if w.bare in lexicon.ENGLISH_ORG_WORDS), default=0)
    if last == 0:
        return None
    if any(w.bare in lexicon.AWARD_SUPERLATIVES for w in words[: last + 1]):
        return None  # "sebagai Best Sustainable Bank": an award's category
    if _EDITION_YEAR.match(ctx.text, words[last].bare_end):
        return None  # "detikcom Leaders Forum 2025": an event's edition
    name = ctx.text[words[0].start : words[last].bare_end]
    return OrgMatch(name, words[0].start, words[last].bare_end, i + last + 1, (), False)


#: a year right after a name: the edition of an event ("... Forum 2025"), not a body
_EDITION_YEAR = re.compile(r"\s+(?:19|20)\d\d\b")

_ENGLISH_STOPWORDS = lexicon.STOPWORDS - {"Indonesia", "Nasional"}


def _opens_named_body(ctx: Context, j: int) -> bool:
    """``CSR Bank Indonesia``, ``DPK Bank Mandiri``: a head word both languages share, followed by a
    name, opens an Indonesian body ("Bank Mandiri"), which ends the English run before it."""
    tokens = ctx.tokens
    return (
        tokens[j].bare in lexicon.ORG_HEAD_WORDS
        and tokens[j].text == tokens[j].bare
        and j + 1 < len(tokens)
        and tokens[j + 1].capitalised
        and tokens[j + 1].bare not in lexicon.ENGLISH_ORG_WORDS
    )


def _english_word_at(ctx: Context, j: int) -> bool:
    """A capitalised word that may be part of an English body's name: no Indonesian common word.

    ``Koordinator Divisi Hukum Indonesia Corruption Watch``: only ``Indonesia Corruption Watch`` is the body.
    """
    token = ctx.tokens[j]
    if token.bare == "Indonesia" and j + 1 < len(ctx.tokens) and ctx.tokens[j + 1].bare != "Indonesia":
        return _english_word_at(ctx, j + 1)  # "Indonesia Corruption Watch", "Indonesia Police Watch"
    if not token.capitalised or token.bare in _ENGLISH_STOPWORDS or token.bare in lexicon.POSITIONS:
        return False
    if token.bare in lexicon.ENGLISH_ORG_WORDS:
        return True
    return token.bare.lower() not in common_words() and not lexicon.is_common_noun(token.bare)


def _initials(words: list[Token]) -> str:
    return initials([w.bare for w in words]).upper()


def parse_spelled_facility(ctx: Context, i: int, *, before_name: bool = False) -> OrgMatch | None:
    """``Rumah Sakit Umum Daerah (RSUD) Kanjuruhan Kepanjen``: a facility's kind spelled out, its
    abbreviation (or the kind's initials, ``Pondok Pesantren (PP) Tebuireng``) in brackets, then
    its own name: the facility the abbreviation opens (``RSUD Kanjuruhan Kepanjen``), written from
    the spelled-out kind on, and also by the initials with the name (``PP Tebuireng``)."""
    tokens = ctx.tokens
    for abbr in _SPELLED_FACILITIES.get(tokens[i].bare, ()):
        words = lexicon.FACILITY_TYPES[abbr].split()
        k = i + len(words)
        if k >= len(tokens) or [t.bare for t in tokens[i:k]] != words:
            continue
        if (
            k + 3 < len(tokens)
            and tokens[k].text == "("
            and tokens[k + 2].text == ")"
            and (tokens[k + 1].text in {abbr, "".join(w[0] for w in words)})
        ):
            # (its abbreviation, or its initials: "Pondok Pesantren (PP) Tebuireng")
            named = parse_facility(ctx, k + 1, before_name=before_name, name_at=k + 3, kind=abbr)
            if named is None or named.next_index <= k + 3:
                return None  # "Rumah Sakit Umum Daerah (RSUD)" and no name: the kind
            own = ctx.text[tokens[k + 3].start : named.end]
            spelled = f"{lexicon.FACILITY_TYPES[abbr]} {own}"
            initials = () if tokens[k + 1].text == abbr else (f"{tokens[k + 1].text} {own}",)
            return replace(named, start=tokens[i].start, aliases=(*named.aliases, spelled, *initials))
        if abbr in _SPELLED_BARE:
            # "Pengasuh Pondok Pesantren Al-Hikmah KH ...": the kind spelled out, then the own name
            return parse_facility(ctx, i, before_name=before_name, name_at=k, kind=abbr)
    return None


#: facilities whose kind, spelled out without its abbreviation after it, opens one's own name
_SPELLED_BARE = frozenset({"Ponpes", "Poktan", "KWT", "KTH", "Pokdarwis"})


def _by_first_spelled_word() -> dict[str, tuple[str, ...]]:
    """Facility kinds by the first word of their spelled-out form ("Rumah" → RSIA, RSUD, ...), longest first."""
    kinds: dict[str, tuple[str, ...]] = {}
    for abbr in sorted(lexicon.NAMED_FACILITIES, key=lambda a: -len(lexicon.FACILITY_TYPES[a])):
        first = lexicon.FACILITY_TYPES[abbr].split()[0]
        kinds[first] = (*kinds.get(first, ()), abbr)
    return kinds


_SPELLED_FACILITIES = _by_first_spelled_word()


#: the words after which a kind of facility is what a contest or its category is for, not one body
_CONTESTED_KINDS = frozenset({"lomba", "kategori"})


#: "UPT", "UPTD": a regional technical unit, the form a facility is run in ("UPT Puskesmas Dinoyo")
_TECHNICAL_UNITS = frozenset({"UPT", "UPTD"})


def parse_facility(
    ctx: Context, i: int, *, before_name: bool = False, name_at: int | None = None, kind: str | None = None
) -> OrgMatch | None:
    """``RSUD Sukamaju``, ``Puskesmas Sukamaju Baru``: a facility named by its own proper name.

    The name is the capitalised words after the abbreviation, up to a region
    (``RSUD Saiful Anwar Malang``), a title or a known abbreviation; ``dr.`` may open it.
    With ``before_name`` (after a title) a name the tagger reads as a person's ends it.
    Without such words the facility is a kind of body (see ``generic_organisation``). The own
    name starts at token ``name_at`` when given (after a bracketed abbreviation, or after the kind
    spelled out from token ``i``, whose abbreviation is then ``kind``), else right after.
    """
    tokens = ctx.tokens
    if (
        kind is None
        and name_at is None
        and tokens[i].bare in _TECHNICAL_UNITS
        and i + 1 < len(tokens)
        and (inner := parse_facility(ctx, i + 1, before_name=before_name)) is not None
    ):
        # "Kepala UPT Puskesmas Dinoyo dr. ...": the facility run as a regional technical unit
        unit = f"{tokens[i].bare} {inner.name}"
        return replace(inner, name=unit, start=tokens[i].start, aliases=(*inner.aliases, inner.name))
    abbr = kind or tokens[i].bare
    if abbr not in lexicon.NAMED_FACILITIES:
        return None
    if kind is None and i and tokens[i - 1].text.lower() in _CONTESTED_KINDS:
        return None  # "Lomba Posyandu Berprestasi", "kategori Posyandu Paripurna": the kind a contest is for
    j = i + 1 if name_at is None else name_at
    words: list[Token] = []
    if (
        kind is None
        and tokens[i].text != abbr
        and not sentences.abbreviation_before(ctx.text, tokens[i].end - 1)
    ):
        return None  # "dari SPPG. Perbedaan ...": the sentence ends at the facility, which has no name
    if j < len(tokens) and re.fullmatch(r"\d{1,3}", tokens[j].bare):
        # "SMPN 3 Batu": a numbered school keeps the town it is numbered in
        number_end = _number_end(ctx, j)
        words.extend(tokens[j:number_end])
        end = _town_after_number(ctx, number_end)
        words.extend(tokens[number_end:end])
        return _facility(ctx, abbr, i, words, end)
    start = j
    words, j = _own_name(ctx, j, before_name=before_name, kind=abbr)
    if not words:
        return None
    if before_name:
        words, j = _as_named_before(ctx, abbr, words, j)
    named = local_region_named(ctx, start, lexicon.LOCAL_LEVELS)
    if named is not None and named[2] > j and at_home(ctx, named[0]):
        # "Puskesmas Buntu Batu": named after the article's district, whose name holds a word that
        # would end a facility's own name (a town's, a rank's)
        words, j = tokens[start : named[2]], named[2]
    if (
        j < len(tokens)
        and words[-1].text == words[-1].bare
        and abbr in _NUMBERED_AFTER_NAME
        and re.fullmatch(r"\d{1,3}", tokens[j].bare)
        and not (j + 1 < len(tokens) and tokens[j + 1].bare.lower() in _COUNTED)
    ):
        # "SDN Pendem 01", "SMA Negeri 3 Malang", "Posyandu Melati 5": a number after the name, and the
        # town a school is numbered in
        number_end = _number_end(ctx, j) if abbr in _SCHOOLS else j + 1
        words.extend(tokens[j:number_end])
        end = _town_after_number(ctx, number_end) if abbr in _SCHOOLS else number_end
        words.extend(tokens[number_end:end])
        j = end
    elif all(w.bare in _SCHOOL_STATUS for w in words):
        return None  # "17 SMP Negeri di Banjarmasin": a kind of school, not one
    return _facility(ctx, abbr, i, words, j)


#: a namesake's initials inside a body's own name ("R.T." of "RSUD R.T. Notopuro")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
#: stop words that open many a group's or place's own name when a name word follows ("Sumber Rejeki")
_NAME_OPENING_STOPWORDS = frozenset({"Sumber"})


#: the one-word ranks that may open a facility's own name, a namesake's ("RSUD Brigjen H. Hasan")
_RANK_OPENERS = frozenset(rank for rank in lexicon.RANKS if " " not in rank)


def _name_words(words: list[Token]) -> int:
    """How many of a body's own name's words are more than honorifics and initials ("Prof. Dr. R. D.
    Kandou" has one)."""
    return sum(
        1 for w in words if w.text.lower() not in lexicon.NAMESAKE_OPENERS and not _INITIALS.fullmatch(w.text)
    )


def _leading_kind(words: list[Token]) -> int:
    """How many of a body's own name's first words spell a kind of facility ("Pondok Pesantren" of
    "Poskestren Pondok Pesantren Nurul Iman Al-Ikhlas"): they do not count toward its length."""
    for n in (4, 3, 2):
        if len(words) >= n and " ".join(w.bare for w in words[:n]) in lexicon.FACILITY_KINDS:
            return n
    return 0


def _own_name(ctx: Context, j: int, *, before_name: bool, kind: str = "") -> tuple[list[Token], int]:
    """The words of a body's own name after its kind, from token ``j`` (``Kanjuruhan Kepanjen`` of
    ``RSUD Kanjuruhan Kepanjen``), and the token after them; no words when none is capitalised.

    The name is the capitalised words up to a region, a title, a known abbreviation or another
    body's head word; ``dr.`` may open it. With ``before_name`` (after a title) a name the tagger
    reads as a person's ends it.
    """
    tokens = ctx.tokens
    words: list[Token] = []
    if (quoted := _quoted_name(tokens, j)) is not None:
        return quoted  # ('Kelompok Tani "Sopo Bolon"': the name in quotes, without them)
    if j < len(tokens) and tokens[j].text.lower() in lexicon.NAMESAKE_OPENERS:
        words.append(tokens[j])  # ("RSUD dr Soetomo")
        j += 1
    while j < len(tokens) and _name_words(words) - _leading_kind(words) < 4:
        token = tokens[j]
        # "Pokdarwis Sumber Rejeki": the stop word of a credit line ("Sumber: ...") opens the name
        opens_name = token.text == token.bare and _stop_word_opening_a_name(tokens, j)
        # "BUMDes Maju Bersama": a stop word that ends many a group's or company's name (company-name-words)
        opens_name = opens_name or (bool(words) and token.bare in lexicon.COMPANY_NAME_WORDS)
        opens_name = opens_name or _town_centre_word(ctx, kind, words, j)
        namesake = (  # "RSUD Bung Karno", "RSUD Mayjen HM X": named after a person, his rank and honorific first
            all(w.bare in lexicon.HONORIFICS or w.bare in _RANK_OPENERS for w in words)
            and (token.bare in lexicon.HONORIFICS or token.bare in _RANK_OPENERS)
            and j + 1 < len(tokens)
            and tokens[j + 1].capitalised
        )
        if (
            not token.capitalised
            or (token.bare in lexicon.STOPWORDS and not opens_name)
            or (_starts_other(ctx, j) and not namesake)
            or balinese_name_at(ctx, j)  # "Ketua Pokdarwis I Ketut Sudarsana": the holder, not "Pokdarwis I"
        ):
            break
        if token.bare in gazetteer.all_abbreviations() or token.bare in UNIT_ABBREVIATIONS:
            break  # "SPPG Polda Jatim": the body it belongs to, not its name
        if token.bare in lexicon.ORG_HEAD_WORDS:
            break  # "Kepala Bidang SMP Dinas Pendidikan ...": the body of the office, not the school's name
        if region_at(ctx, j, {"provinsi", "kabupaten", "kota"}, bare=True):
            break
        if token.bare == _KAMPUNG and region_at(ctx, j, {"desa"}) is not None:
            break  # "Kelompok Tani Maju Kampung Bumi Ratu": the village it is of, as after "Desa"
        if before_name and balinese_name_at(ctx, j) and words:
            break  # "Direktur Utama RSUP Prof Ngoerah I Wayan Sudana": the head's name after the hospital's
        if before_name and words and _birth_order_name_at(ctx, j):
            break  # "Ketua Pokdarwis X Komang Tirta Wibawa": the head's name, opening with a birth-order name
        if (
            before_name
            and words
            and words[-1].text.lower() not in {"dr.", "prof.", "dr", "prof"}  # ("RSUD dr. Soedono Hadi")
            and ctx.person_starts_at(token.start)
            and _name_run(ctx, j)
            and not (kind in _SELF_NAMED and _holder_after_comma(ctx, j))
        ):
            break  # "Kepala Puskesmas Dinoyo Budi Hartono": the head's name after the facility's
        if before_name and _one_word_holder_after_place(ctx, j - len(words), j):
            break  # "Kepala Puskesmas Dinoyo Hartono, S.KM.": the head's one name, his degree after it
        if (
            before_name
            and not namesake
            # (a word of the name read, not only a namesake's honorifics: "RSUD Dr. H. Budi Santoso")
            and any(
                w.text not in lexicon.HONORIFICS and w.text.lower() not in lexicon.NAMESAKE_OPENERS
                for w in words
            )
            and token.text in lexicon.HONORIFICS
            and token.text.endswith(".")
            and _name_run(ctx, j + 1)
        ):
            break  # "Ketua Kelompok Tani Marsada Roha H. Budi": the holder's honorific, after the group's name
        words.append(token)
        j += 1
        initials_on = (
            _INITIALS.fullmatch(token.text) is not None and j < len(tokens) and tokens[j].capitalised
        )
        if token.text.endswith((".", ",")) and token.text.lower() not in {"dr.", "prof."} and not initials_on:
            break  # (but "RSUD R.T. Notopuro": a namesake's initials go on to the name)
    if not any(w.capitalised and w.text.lower() not in {"dr.", "prof."} for w in words):
        return [], j
    return words, j


#: quotation marks a body's own name may be written in, opening and closing
_QUOTES = {"“": "”", '"': '"'}


def _quoted_name(tokens: list[Token], j: int) -> tuple[list[Token], int] | None:
    """The words of a body's own name written in quotation marks from token ``j`` ('"Sopo Bolon"',
    up to four capitalised words), and the token after the closing mark; ``None`` when none opens there."""
    if j >= len(tokens) or (closing := _QUOTES.get(tokens[j].text)) is None:
        return None
    for k in range(j + 2, min(j + 6, len(tokens))):
        if tokens[k].text == closing:
            words = tokens[j + 1 : k]
            return (words, k + 1) if all(w.capitalised for w in words) else None
    return None


def _quoted_own_name(ctx: Context, words: list[Token], j: int) -> tuple[int, int] | None:
    """After the words of a body its members name (:data:`_SELF_NAMED`), its own name in quotation marks
    from token ``j`` (:func:`_quoted_name`): those words added to ``words``, and the token after the
    closing mark and where it ends; ``None`` when none is written there."""
    if not _self_named(ctx, words) or (quoted := _quoted_name(ctx.tokens, j)) is None:
        return None
    words.extend(quoted[0])
    return quoted[1], ctx.tokens[quoted[1] - 1].end


def _closing_quote_end(ctx: Context, last: Token, j: int) -> int:
    """Where a body's name whose last word is ``last`` ends as written, token ``j`` after it: with the
    closing quotation mark right after it when its own name was quoted (:func:`_quoted_name`)."""
    closing = ctx.tokens[j - 1]
    return closing.end if closing.text in _QUOTES.values() and closing.start == last.end else last.bare_end


def _one_word_holder_after_place(ctx: Context, start: int, j: int) -> bool:
    """Whether token ``j``, after a facility's own name from token ``start`` that is a district or
    village the gazetteer lists ("Puskesmas Dinoyo"), is its head's name of one word, written with a
    comma and a degree after it ("Kepala Puskesmas Dinoyo Hartono, S.KM."): no body's name goes on
    with a degree."""
    tokens = ctx.tokens
    if (
        start >= j
        or j + 2 >= len(tokens)
        or tokens[j + 1].text != ","
        or not lexicon.is_degree(tokens[j + 2].text)
    ):
        return False
    place = " ".join(t.bare for t in tokens[start:j])
    return bool(gazetteer.lookup(place, {"kecamatan", "kelurahan", "desa"}))


#: the facilities named after the centre of a town, "Kota" before or after its name ("Puskesmas Kota
#: Sidikalang", "Puskesmas Sumbul Kota"): the town's health centre, beside the district's others
_TOWN_CENTRE_NAMED = frozenset({"Puskesmas"})
_TOWN_CENTRE = "Kota"


def named_by_a_town_centre(name: str) -> bool:
    """Whether a facility's name is one named after the centre of a town (:data:`_TOWN_CENTRE_NAMED`):
    "Puskesmas Kota X" where no city is called X, or "Puskesmas X Kota".

    >>> named_by_a_town_centre("Puskesmas Kota Sidikalang"), named_by_a_town_centre("Puskesmas Kota Malang")
    (True, False)
    """
    words = name.split()
    if len(words) < 3 or words[0] not in _TOWN_CENTRE_NAMED or _TOWN_CENTRE not in (words[1], words[-1]):
        return False
    return words[-1] == _TOWN_CENTRE or not gazetteer.lookup(" ".join(words[1:]), {"kota"})


def _town_centre_word(ctx: Context, kind: str, words: list[Token], j: int) -> bool:
    """Whether token ``j``, "Kota", is a word of a facility's own name (:data:`_TOWN_CENTRE_NAMED`):
    before a town's name that no city bears, or after the name it closes."""
    tokens = ctx.tokens
    if kind not in _TOWN_CENTRE_NAMED or tokens[j].bare != _TOWN_CENTRE:
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if words:
        return after is None or not after.capitalised or tokens[j].text != tokens[j].bare
    return after is not None and after.capitalised and region_at(ctx, j, {"kota"}) is None


#: the word some regions call a village by ("Kampung Bumi Ratu" of Lampung Tengah)
_KAMPUNG = "Kampung"


#: the longest district's or village's name a body's name ends with
_LOCAL_AREA_WORDS = 4


def local_area_at(ctx: Context, j: int) -> int | None:
    """The token after the longest run of capitalised words from ``j`` that the article writes
    elsewhere as a district or village with its level word (:func:`written_with_level`), or none."""
    tokens = ctx.tokens
    k = j
    while k < len(tokens) and k - j < _LOCAL_AREA_WORDS and tokens[k].capitalised:
        k += 1
        if tokens[k - 1].text != tokens[k - 1].bare:
            break  # ("Sukamaju," "Sukamaju.": the run ends there)
    for end in range(k, j, -1):
        if written_with_level(ctx, ctx.text[tokens[j].start : tokens[end - 1].bare_end]):
            return end
    return None


def _number_end(ctx: Context, j: int) -> int:
    """Where a school's number written at token ``j`` ends: past a slash and a Roman numeral written
    right after it ("47/IV", the district's numeral in some provinces' numbering: "SD Negeri 47/IV Kota
    Jambi"), else right after it."""
    tokens = ctx.tokens
    if (
        j + 2 < len(tokens)
        and tokens[j + 1].text == "/"
        and tokens[j + 1].start == tokens[j].end
        and tokens[j + 2].start == tokens[j + 1].end
        and ROMAN_NUMERAL.fullmatch(tokens[j + 2].text)
    ):
        return j + 3
    return j + 1


def _town_after_number(ctx: Context, j: int) -> int:
    """Where the town a school is numbered in ends, from token ``j`` (``j`` itself when none follows).

    ``SMPN 3 Batu``, ``SMA Negeri 1 Kepanjen`` (a district's town), ``SMAN 1 Malang Kota``:
    a city or regency, else up to two words the gazetteer knows as places; a name the tagger reads
    as a person's is the school's head ("SMPN 12 Ratna Sari").
    """
    tokens = ctx.tokens
    town = region_at(ctx, j, {"kota", "kabupaten"}, bare=True)
    if town is not None:
        return town[2]
    if (area := local_area_at(ctx, j)) is not None:
        return area  # "SD Negeri 17 Ulak Tanjung Sari" in an article on "Kelurahan Ulak Tanjung Sari"
    k = j
    while (
        k < len(tokens)
        and k - j < 2
        and tokens[k].capitalised
        and tokens[k].bare not in lexicon.STOPWORDS
        # ("SMP Negeri 1 Pangururan Romauli, S.Pd.": the district, and its head's one name after it)
        and (not ctx.person_starts_at(tokens[k].start) or _one_word_holder_after_place(ctx, k, k + 1))
        and _is_place_word(ctx, tokens[k], k)
    ):
        k += 1
        if tokens[k - 1].text != tokens[k - 1].bare:
            break
    if k == j and (unlisted := _unlisted_town_after_number(ctx, j)) is not None:
        return unlisted
    return k


def _unlisted_town_after_number(ctx: Context, j: int) -> int | None:
    """Where a town the gazetteer does not list ends, written after a school's number and closed by
    a comma or the sentence ("Kepala SMP Negeri 2 Zorbatinggi, Marihot ..."): one capitalised word or
    two, no person's name and no body's or level's word."""
    tokens = ctx.tokens
    for k in (j + 1, j + 2):
        words = tokens[j:k]
        if k > len(tokens) or not all(
            t.capitalised
            and t.bare.isalpha()
            and t.bare not in lexicon.STOPWORDS
            and t.bare not in lexicon.ORG_HEAD_WORDS
            and t.bare not in lexicon.TITLES
            for t in words
        ):
            return None
        if ctx.person_starts_at(words[0].start):
            return None
        last = words[-1]
        if last.text != last.bare or (k < len(tokens) and tokens[k].text in {",", ".", ")"}):
            return k  # ("Zorbatinggi," "Zorbatinggi.": the run ends there)
    return None


#: schools (numbered after their name: "SMA Negeri 3 Malang") and the words of their status
_SCHOOLS = frozenset(
    abbr for abbr, kind in lexicon.FACILITY_TYPES.items() if kind.startswith(("Sekolah", "Madrasah", "Taman"))
)
#: facilities numbered after their own name: schools, and a village's health posts ("Posyandu Melati 5")
_NUMBERED_AFTER_NAME = _SCHOOLS | {"Posyandu", "PAUD"}
_SCHOOL_STATUS = frozenset({"Negeri", "Swasta", "Terpadu", "Islam", "Unggulan"})
#: what a number after a facility counts ("Puskesmas Waimital 74 orang"), not part of its name
_COUNTED = frozenset({"orang", "siswa", "murid", "anak", "pasien", "warga", "unit", "kasus", "persen", "%"})


def balinese_name_at(ctx: Context, j: int) -> bool:
    """``I Wayan Sudana``, ``I Gusti Ngurah ...``: "I" and a Balinese birth-order or caste name;
    ``Anak Agung Ngurah ...``, ``Ida Bagus ...``: a Balinese noble title opening a name."""
    tokens = ctx.tokens
    if j + 1 >= len(tokens):
        return False
    pair = (tokens[j].text, tokens[j + 1].bare)
    return (pair[0] == "I" and pair[1] in lexicon.BALINESE_NAMES) or pair in lexicon.BALINESE_NOBLE_TITLES


def _birth_order_name_at(ctx: Context, j: int) -> bool:
    """``Komang Tirta Wibawa``: a Balinese birth-order name, then a capitalised word, opens a person's
    name without "I" before it."""
    tokens = ctx.tokens
    return (
        tokens[j].text in lexicon.BALINESE_BIRTH_ORDER and j + 1 < len(tokens) and tokens[j + 1].capitalised
    )


def _as_named_before(ctx: Context, abbr: str, words: list[Token], j: int) -> tuple[list[Token], int]:
    """A facility's own name after a title (``words``, ending before token ``j``) cut where the same kind
    of body was named before ("Koperasi Unit Desa (KUD) Sopo Bolon ... Ketua KUD Sopo Bolon Tumpal
    Sinaga"): the words after that name are its holder's."""
    for k in range(len(words) - 1, 0, -1):
        own = " ".join(ctx.text[words[0].start : words[k - 1].bare_end].split())
        # (written before as its kind's short form, bare or in brackets, then that name and no more words of it)
        written = re.compile(rf"\b{re.escape(abbr)}\)?\s+{re.escape(own)}(?![\w-]|\s+[A-Z])")
        if written.search(ctx.text, 0, words[0].start):
            return words[:k], ctx.token_index(words[k].start)
    return words, j


def _facility(ctx: Context, abbr: str, i: int, words: list[Token], j: int) -> OrgMatch:
    own = ctx.text[words[0].start : words[-1].bare_end]
    full = lexicon.FACILITY_TYPES[abbr]
    aliases: tuple[str, ...] = (f"{full} {own}",)
    state = f"{abbr}N"
    if len(words) > 1 and words[0].bare == "Negeri" and state in lexicon.FACILITY_TYPES:
        # "SMK Negeri Restorasi Pulau Komodo" is "SMKN Restorasi Pulau Komodo", as another article writes it
        aliases = (
            f"{abbr} {own}",
            f"{lexicon.FACILITY_TYPES[state]} {ctx.text[words[1].start : words[-1].bare_end]}",
        )
        abbr, own = state, ctx.text[words[1].start : words[-1].bare_end]
    end = _closing_quote_end(ctx, words[-1], j)
    return OrgMatch(f"{abbr} {own}", ctx.tokens[i].start, end, j, aliases, False)


def add_org(ctx: Context, match: OrgMatch, extractor: str, *, claim: bool = True) -> Entity:
    """Add an organisation match to the article, with its aliases, parent and abbreviation."""
    entity = ctx.add(EntityType.ORGANIZATION, match.name, match.start, match.end, extractor, claim=claim)
    entity.aliases.update(match.aliases)
    entity.government = entity.government or match.government
    if match.region is not None:
        ctx.region_codes.setdefault(match.region.name, match.region.code)
        ctx.regions[match.region.name] += 1
        _town_in_name(ctx, match)
    if match.parent and entity.parent is None and match.parent != match.name:
        set_parent(ctx, entity, match, extractor)
    if match.abbreviation and match.abbreviation not in ctx.abbreviations:
        ctx.abbreviations[match.abbreviation] = entity
    return entity


def set_parent(ctx: Context, entity: Entity, match: OrgMatch, extractor: str) -> None:
    """The body ``match`` names as the one ``entity`` sits in (``match.parent``), found or added, with
    the name the phrase writes it by ("Bank Sumut" of "Bank Sumut Cabang Sidikalang")."""
    assert match.parent is not None
    parent = ctx.find(EntityType.ORGANIZATION, match.parent) or ctx.add(
        EntityType.ORGANIZATION, match.parent, 0, 0, extractor
    )
    parent.government = True
    parent.aliases.update(match.parent_aliases)
    entity.parent = parent


def _town_in_name(ctx: Context, match: OrgMatch) -> None:
    """``Pengadilan Negeri Jakarta Selatan``, ``Kejaksaan Negeri Kuningan``: the city or regency a
    government body is named by is a place the article names (where the court sits, where the
    case is), as the dev gold writes it; not a university's or a company's town."""
    region = match.region
    if region is None or region.level not in ("kota", "kabupaten") or not match.government:
        return
    known = ctx.find(EntityType.PLACE, region.name)
    if known is not None and known.mentions:
        return  # the town is named already: its place needs no mention inside every body's name
    at = ctx.text.find(region.bare, match.start, match.end)
    if at >= 0:
        add_region(ctx, region, at, at + len(region.bare))


#: the governments of the smallest regions, whose offices are places named by them ("Kantor Desa X",
#: Papua's "Kantor Distrik X")
_LOCAL_OFFICES = lexicon.BELOW_TOWN_WORDS | {"Camat", "Lurah"}


def _building_of_known_body(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is ``Kantor`` or ``Gedung`` before a body the lexicon knows by its full name
    or its short form ("Kantor Kementerian Koordinator Bidang Perekonomian", "Gedung KPK"), by an
    abbreviation the article defined for it, or before a district or village by its level's word
    ("Kantor Kelurahan Paropo", "Kantor Distrik Abepura")."""
    tokens = ctx.tokens
    if tokens[i].bare not in lexicon.BUILDING_HEADS or i + 1 >= len(tokens) or not tokens[i + 1].capitalised:
        return False
    defined = ctx.abbreviations.get(tokens[i + 1].bare)
    if defined is not None and defined.type is EntityType.ORGANIZATION:
        return True  # "peresmian Kantor BFP" after "Badan Fasilitasi Proyek (BFP)": the body's office
    if tokens[i + 1].bare in _LOCAL_OFFICES and i + 2 < len(tokens) and tokens[i + 2].capitalised:
        return True  # "di Kantor Kelurahan Tlogomas", "Kantor Desa Sumberejo": the village's office
    whole = parse_org(ctx, i)
    if whole is not None and (gazetteer.known_openings(whole.name) or _office_of_national_body(whole)):
        return (
            False  # "Kantor Pelayanan Pajak (KPP) ...", "Kantor Imigrasi": "Kantor" opens the body's own name
        )
    body = parse_org(ctx, i + 1)
    return body is not None and (
        gazetteer.lookup_full(body.name) is not None
        or body.abbreviation is not None
        # "Kantor Kementerian PU": a ministry named by its short subject, as in "KemenPU"
        or (
            body.name.startswith("Kementerian ")
            and gazetteer.lookup_abbreviation(body.name.replace("Kementerian ", "Kemen", 1)) is not None
        )
    )


def _spelled_after_abbreviation(ctx: Context, i: int) -> OrgMatch | None:
    """``BPK (Badan Permusyawaratan Kampung)``: a short form the lexicon does not know, or knows as
    another body (:attr:`Context.redefined_abbreviations`), with the body's name in brackets after
    it, its words' pieces in turn; the body's match, the short form its abbreviation."""
    tokens = ctx.tokens
    abbr = tokens[i].bare
    if not (abbr.isupper() and i + 2 < len(tokens) and tokens[i + 1].text == "("):
        return None
    if ctx.lexicon_means(abbr):
        return None
    body = parse_org(ctx, i + 2)
    if body is None or body.next_index >= len(tokens) or tokens[body.next_index].text != ")":
        return None
    words = [t.bare.casefold() for t in tokens[i + 2 : body.next_index] if t.capitalised]
    if not _pieces(abbr.casefold(), words):
        return None
    return replace(body, aliases=(*body.aliases, abbr), abbreviation=abbr, next_index=body.next_index + 1)


def extract_organizations(ctx: Context) -> None:
    """Every organisation phrase not already part of a title."""
    tokens = ctx.tokens
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.capitalised or ctx.claimed(token.start, token.end):
            i += 1
            continue
        if _building_of_known_body(ctx, i):
            i += 1  # "di Kantor Kementerian Koordinator ...": the body, then its building (a place)
            continue
        pair = _paired_national_bodies(ctx, token)
        if pair:
            for body in pair:  # "personel TNI-Polri": both forces
                add_org(ctx, body, ctx.stage)
            i += 1
            continue
        spelled = _spelled_after_abbreviation(ctx, i)
        if spelled is not None:
            # "diawasi BPK (Badan Permusyawaratan Kampung)": the body, which the short form names
            entity = add_org(ctx, spelled, ctx.stage)
            entity.mention(ctx.span(token.start, token.bare_end), ctx.stage)
            ctx.claim(token.start, token.bare_end, entity)
            i = spelled.next_index
            continue
        match = parse_org(ctx, i)
        if match is None or match.next_index <= i:
            i += 1
            continue
        if i and tokens[i - 1].bare.lower() in _AWARD_WORDS:
            i = match.next_index  # "Penghargaan Badan Publik Informatif": an award's name, not a body
            continue
        if lexicon.after_street_word(tokens, i):
            i = match.next_index  # "Jalan Pengadilan": a street named for a body, not the body
            continue
        if i and tokens[i - 1].bare in lexicon.SETTLEMENT_HEADS:
            i = match.next_index  # "Banjar Dinas Tigalingga": a Balinese hamlet (a place), not a "Dinas"
            continue
        if (
            i
            and tokens[i - 1].bare in lexicon.VENUE_FIRST_WORDS - lexicon.BUILDING_HEADS
            and _party_by_short_name(match, token)
        ):
            # "Stadion Gelora X": a word of a venue's name, not the party "Gelora" (but "Gedung
            # Golkar": the party's building)
            i = match.next_index
            continue
        if _party_by_short_name(match, token) and _opens_a_bracketed_name(ctx, i):
            i = match.next_index  # "layanan Gelora Sehati" after "... (Gelora Sehati)": not the party
            continue
        if i and _programme_named(ctx, i, match):
            i = match.next_index  # "program Bank Sampah Desa": a programme's name, not a body
            continue
        if i and lexicon.within_plan_name(ctx.text, token.start):
            i = match.next_index  # "Rencana Kerja Pemerintah Daerah (RKPD)": a plan (a programme), not a body
            continue
        if match.name in lexicon.COUNTRIES:
            i = match.next_index  # "Persatuan Emirat Arab (PEA)": a country, which the countries' stage reads
            continue
        if _goes_on_an_events_name(ctx, i, match):
            i = match.next_index  # "Apel Gabungan Siaga Bencana": the gathering's name, no "Gabungan" body
            continue
        if match.name.split()[0].casefold() in lexicon.EVENT_TRIGGERS and _HOLDS.search(
            ctx.text, max(0, token.start - 24), token.start
        ):
            # "Pemkab menggelar Forum Perangkat Daerah ...": a gathering, the events' stage's
            i = match.next_index
            continue
        match = _in_secretariat(ctx, match) or match
        branch = _the_branch_named(ctx, match)
        if branch is not None:
            # "Perum Bulog Kantor Cabang Sibolga ... beras dari Bulog": that branch again
            branch.mention(ctx.span(match.start, match.end), ctx.stage)
            ctx.claim(match.start, match.end, branch)
            i = match.next_index
            continue
        written = ctx.text[match.start : match.end]
        defined = ctx.abbreviations.get(written) or ctx.headed_short_form(written, EntityType.ORGANIZATION)
        if defined is not None and defined.type is EntityType.ORGANIZATION:
            # "Satgas PPK" after "Satuan Tugas ... (Satgas PPK)": that body again (a programme's
            # abbreviation defined earlier names no body)
            defined.mention(ctx.span(match.start, match.end), ctx.stage)
            ctx.claim(match.start, match.end, defined)
        else:
            if match.name.startswith(f"{_NEIGHBOURHOOD} "):
                # "RW 05 Kelurahan X": the association's own words; the village it is in stays a place
                entity = add_org(ctx, match, ctx.stage, claim=False)
                ctx.claim(match.start, tokens[i + 1].end, entity)
            else:
                add_org(ctx, match, ctx.stage)
            for named in match.named_with:  # "Komisi XII DPR RI": the legislature is a body of its own too
                add_org(ctx, named, ctx.stage, claim=False)
        i = match.next_index


def event_word_before(ctx: Context, i: int, reach: int = 1) -> bool:
    """Whether the capitalised words right before token ``i`` (``reach`` of them at most) hold an
    event's word ("Apel | Gabungan ...", "Rapat Koordinasi | Nasional ..."): a name starting at ``i``
    goes on that event's name."""
    tokens = ctx.tokens
    for k in range(i - 1, max(i - 1 - reach, -1), -1):
        if not tokens[k].capitalised:
            return False
        if tokens[k].bare.casefold() in lexicon.EVENT_TRIGGERS:
            return True
    return False


def _goes_on_an_events_name(ctx: Context, i: int, match: OrgMatch) -> bool:
    """Whether the phrase at token ``i`` goes on the name of an event whose word is written right before
    it, capitalised ("Apel Gabungan Siaga Bencana"): no body of its own, unless it is a government's,
    one the lexicon knows ("Rapat Paripurna DPRD Kota X" keeps the DPRD) or one written with its short
    form."""
    return (
        event_word_before(ctx, i)
        and not match.government
        # ("Dialog Perkumpulan ... (DIKPI) dengan ...": a body and its short form)
        and match.abbreviation is None
        and gazetteer.lookup_full(match.name) is None
        and gazetteer.lookup_abbreviation(ctx.text[match.start : match.end]) is None
    )


def _paired_national_bodies(ctx: Context, token: Token) -> tuple[OrgMatch, ...]:
    """``TNI-Polri``, ``BI-OJK``: two national bodies' short forms joined by a hyphen into one word
    (the tokenizer keeps "PUU-XXII", "BI-Rate" whole, as it must) are both bodies; nothing for any
    other word."""
    first, hyphen, second = token.bare.partition("-")
    if not hyphen or "-" in second:
        return ()
    bodies = []
    for start, short in ((token.start, first), (token.start + len(first) + 1, second)):
        info = gazetteer.lookup_abbreviation(short)
        if info is None or info.scope != "national":
            return ()
        bodies.append(
            OrgMatch(
                info.full, start, start + len(short), 0, (short,), info.government, abbreviation=info.abbr
            )
        )
    return tuple(bodies)


#: the legal forms a company is written with, the state's "Perum" among them ("melalui Perum Bulog")
_LEGAL_FORMS = COMPANY_FORMS | {"Perum"}


#: the national bodies whose offices are branches of one agency or bank, named again bare as the whole:
#: the social security agencies (BPJS) and the banks
_AGENCY_OR_BANK = re.compile(r"(?:PT\s+)?(?:Bank|Badan Penyelenggara Jaminan Sosial)\b")


def _the_branch_named(ctx: Context, match: OrgMatch) -> Entity | None:
    """The one branch or regional office of the body ``match`` names that the article has named, when
    the body itself it has not (but as the branch's parent): "Perum Bulog Kantor Cabang Sibolga ...
    beras dari Bulog", "Perum Bulog Kantor Wilayah Sumatera Utara ... bersama Bulog", the office the
    story is about, as the annotators read a body's short name after its branch office. A
    company named again with its legal form ("beras disalurkan melalui Perum Bulog") is the
    company itself; and a national agency or a bank named again after its branch office is the
    agency or the bank ("Kepala Kantor Cabang BPJS Ketenagakerjaan X ... BPJS Ketenagakerjaan juga
    menyerahkan kartu kepesertaan": the agency's cards)."""
    if ctx.text[match.start : match.end].split()[0] in _LEGAL_FORMS:
        return None
    body = ctx.find(EntityType.ORGANIZATION, match.name)
    if body is None or body.mentions or _AGENCY_OR_BANK.match(body.name):
        return None
    branches = [
        e
        for e in ctx.of_type(EntityType.ORGANIZATION)
        if e.parent is body
        and (
            e.name.startswith(f"Kantor Wilayah {body.name} ")
            # (a branch written as an office, "Kantor Cabang Sibolga": not one written "Cabang X" alone)
            or (
                e.name.startswith(f"{body.name} Cabang ")
                and any("Kantor" in m.span.text.split() for m in e.mentions)
            )
        )
        and e.mentions
    ]
    return branches[0] if len(branches) == 1 else None


#: a verb of holding or joining a gathering right before a name ("menggelar Forum ...", "mengikuti Forum ...")
_HOLDS = re.compile(
    r"\b(?:menggelar|mengadakan|melaksanakan|menyelenggarakan|membuka|mengikuti|menghadiri)\s+$",
    re.IGNORECASE,
)


def _party_by_short_name(match: OrgMatch, token: Token) -> bool:
    """Whether ``match`` is a political party read from its one-word short name ``token`` ("Gelora")."""
    info = gazetteer.lookup_abbreviation(token.bare)
    return info is not None and info.kind == "party" and match.end == token.bare_end


def _opens_a_bracketed_name(ctx: Context, i: int) -> bool:
    """Whether the word at token ``i`` and the capitalised one after it open a name the article gives
    in brackets ("Gerakan Layanan Keliling Rakyat Sehati (Gelora Sehati)"): the word is
    that name's, not a body's short name that happens to be the same."""
    tokens = ctx.tokens
    if i + 1 >= len(tokens) or not tokens[i + 1].capitalised:
        return False
    pair = re.escape(f"{tokens[i].bare} {tokens[i + 1].bare}")
    return re.search(rf"\(\s*{pair}\b[^()]*\)", ctx.text) is not None


def _tagged_with_a_town(ctx: Context, start: int) -> bool:
    """Whether the tagger's person at ``start`` ends with a town's name, which no person's name does:
    the body's last words ("Paguyuban Perajin Gerabah Sragen")."""
    return any(
        span.start == start and ends_with_a_town(span.text) for span in ctx.ner_spans if span.label == "PER"
    )


def _in_secretariat(ctx: Context, unit: OrgMatch) -> OrgMatch | None:
    """``Bagian Hukum Setda Blitar``, ``Biro Hukum Setda Provinsi Jawa Barat``: a section or bureau
    written right before the regional secretariat it works in is one body, under that secretariat
    (which, named only there, is no node of its own)."""
    tokens = ctx.tokens
    j = unit.next_index
    if unit.name.split()[0] not in SECRETARIAT_UNITS or j >= len(tokens):
        return None
    own = unit.name
    # "Prokopim Setda Kota Batu": a section the lexicon knows, read with the article's region
    if unit.region is not None:
        if unit.region.bare in ctx.text[unit.start : unit.end]:
            return None
        own = own.removesuffix(f" {jurisdiction_name(unit.region)}")
    body = parse_org(ctx, j)
    if body is None or body.start != tokens[j].start or not body.name.startswith("Sekretariat Daerah "):
        return None
    return OrgMatch(
        f"{own} {body.name}", unit.start, body.end, body.next_index,
        (ctx.text[unit.start : body.end], *(f"{own} {a}" for a in body.aliases if " " in a)), body.government,
        body.region, parent=body.name,
    )  # fmt: skip


def _programme_named(ctx: Context, i: int, match: OrgMatch) -> bool:
    """Whether the organisation phrase at token ``i`` is a programme's name after its cue: no
    government body, none named with its region, none the lexicon knows ("program Kementerian
    Sosial" is the ministry's programme)."""
    return (
        ctx.tokens[i - 1].text in lexicon.PROGRAMME_CUES
        and not match.government
        and match.region is None
        and gazetteer.lookup_full(match.name) is None
        and gazetteer.lookup_abbreviation(ctx.text[match.start : match.end]) is None
    )


def link_title_orgs(ctx: Context) -> None:
    """Abbreviations defined by organisations found in titles apply to the rest of the article too."""
    for entity in ctx.of_type(EntityType.ORGANIZATION):
        for alias in entity.aliases:
            if (
                _ABBR.match(alias)
                and " " not in alias
                and alias not in ctx.abbreviations
                and any(ch.isupper() for ch in alias[1:])
            ):
                ctx.abbreviations[alias] = entity
