"""Places: administrative regions from the Kemendagri gazetteer, and venues from patterns.

Regions (``Kota Malang``, ``Provinsi Jawa Timur``, ``Kecamatan Klojen``) carry
their Kemendagri code and ``schema:containedInPlace`` hierarchy. Venues are
named after ``di``: ``di halaman depan Balai Kota Malang`` → ``Balai Kota
Malang``; ``di Stadion Gajayana Kota Malang`` → ``Stadion Gajayana``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace

from kg import gazetteer, lang
from kg.extract import furniture, lexicon
from kg.extract.context import Claim, Context, city_of_the_provinces_name
from kg.extract.names import common_words
from kg.extract.variants import NATURAL_FEATURE_HEADS
from kg.gazetteer import Region
from kg.records import Entity, EntityType, Span
from kg.text.dates import MONTHS, WEEKDAYS
from kg.text.normalize import without_brackets
from kg.text.tokens import Token, glued_apostrophe

#: the kinds of area written in lower case between "kawasan" and its name ("kawasan wisata Berastagi")
_AREA_KINDS = frozenset({"wisata", "industri", "pesisir", "perbatasan", "pegunungan", "perkotaan"})
#: the prepositions before a room or a building named as a place ("di ruang ...", "menuju gedung ...")
_TO_FROM = ("di", "ke", "dari", "menuju")
#: the verbs of going into a building, whose object is a place ("mendatangi Gedung DPRD ...")
_VISITING = ("mendatangi", "menyambangi", "mengunjungi", "memasuki")
_VENUE_CUE = re.compile(
    r"\b(?:di|ke|dari|menuju|kawasan|sekitar|depan|seputar|sepanjang|halaman|pelataran|keliling|"
    rf"{'|'.join(_VISITING)})\s+$",
    re.IGNORECASE,
)
#: a list's "including", "such as": a cue for a venue named with three words or more ("pasar-pasar
#: tradisional, termasuk Pasar Induk Sukamaju"), not for a kind of building ("seperti Gedung Parlemen")
_EXAMPLE_CUE = re.compile(r"\b(?:termasuk|seperti)\s+$", re.IGNORECASE)


def add_region(ctx: Context, region: Region, start: int, end: int, *, mention: bool = True) -> Entity:
    """A region as a place entity, with its parents up to the province."""
    entity = ctx.add(
        EntityType.PLACE, region.name, start if mention else 0, end if mention else 0, ctx.stage, claim=False
    )
    entity.identifier = region.code
    ctx.region_codes.setdefault(region.name, region.code)
    if region.level == "provinsi":
        entity.aliases.add(f"Provinsi {region.name}")
    if entity.parent is None:
        parent = gazetteer.parent(region)
        if parent is not None:
            entity.parent = add_region(ctx, parent, 0, 0, mention=False)
    return entity


def add_region_as_written(ctx: Context, region: Region, start: int, end: int) -> Entity:
    """:func:`add_region` for a district or village written bare from ``start`` to ``end``: that name is
    its alias, and, where it writes the region's name otherwise ("Silahi Sabungan" of "Kecamatan
    Silahisabungan"), so is that name with its level's word."""
    written = ctx.text[start:end]
    place = add_region(ctx, region, start, end)
    place.aliases.add(written)
    if (
        written != region.bare
        and region.name.endswith(region.bare)
        and written.split()[0] not in lexicon.LEVEL_WORDS
    ):
        place.aliases.add(region.name[: -len(region.bare)] + written)
    return place


def city_epithet(ctx: Context, text: str) -> Region | None:
    """The city an epithet stands for: ``Kota Apel`` (Batu), ``Kota Santri`` (Jombang),
    ``Kota Tahu`` (Kediri) name the kota or kabupaten the article is about.

    An epithet is ``Kota`` and capitalised words that are no region of the gazetteer, in an
    article whose region is a kota or kabupaten it names at least twice; in an article about
    no such region ("Kota Gaza", "Kota New York") it is a city of its own, and where districts of
    the region bear its name ("Kota Zorba" of Kecamatan Zorba) it is the regency's town.
    """
    named = _kota_named(ctx, text)
    if named is None or not all(w[:1].isupper() and w[1:].islower() for w in named[1].split()):
        return None
    home, name = named
    if ctx.regions[home.name] < 2:
        return None
    return None if _town_districts(home, name) else home


def _kota_named(ctx: Context, text: str) -> tuple[Region, str] | None:
    """``text``, "Kota" and words that name no region of the gazetteer ("Kota Mataram" is a city of its
    own), in an article about a kota or kabupaten: that region and the words."""
    words = text.split()
    if len(words) < 2 or words[0] != "Kota" or gazetteer.lookup(text):
        return None
    home = ctx.home_region
    if home is None or home.level not in ("kota", "kabupaten"):
        return None
    return home, " ".join(words[1:])


def _town_districts(home: Region, name: str) -> list[Region]:
    """The districts of ``home`` that bear ``name`` (:func:`gazetteer.town_districts`): where there
    are some, "Kota" and the name is the regency's town, no epithet for the regency."""
    return [r for r in gazetteer.town_districts(name) if r.code.startswith(f"{home.code}.")]


def town_district(ctx: Context, text: str) -> Region | None:
    """The district ``text``, "Kota" and a name, stands for: the one of the article's region that
    bears the name itself ("Kota Zorba", the regency's town, in Kecamatan Zorba)."""
    named = _kota_named(ctx, text)
    if named is None:
        return None
    home, name = named
    return next((r for r in _town_districts(home, name) if r.bare == name), None)


#: a city's or regency's name, then "Raya": its metropolitan area ("Bandung Raya", "Malang Raya")
_METRO = re.compile(r"(?<![\w-])(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?) Raya(?![\w-])")
#: words before "X Raya" that make it a street or a district's own name ("Jalan Kaligawe Raya")
_METRO_NOT_AFTER = re.compile(
    rf"\b(?:{lang.alternation([*lexicon.LEVEL_WORDS, 'Jalan', 'Jl', 'Jln'])})\.?\s+$"
)


def _metropolitan_areas(ctx: Context) -> None:
    """``benah Bandung Raya``: the metropolitan area of a city or regency, a place of its own (not the
    city: "Malang Raya" is the city, the regency and Batu)."""
    for m in _METRO.finditer(ctx.text):
        if _METRO_NOT_AFTER.search(ctx.text, max(0, m.start() - 12), m.start()) or ctx.claimed(
            m.start(), m.end()
        ):
            continue
        if not any(
            r.level in {"kota", "kabupaten"} and r.bare == m.group("town")
            for r in gazetteer.lookup(m.group("town"))
        ):
            continue
        place = ctx.add(EntityType.PLACE, m.group(), m.start(), m.end(), ctx.stage)
        ctx.claim(m.start(), m.end(), place)


def extract_regions(ctx: Context) -> None:
    """Every region named in the article, and the metropolitan areas named after its towns; counts
    the regions to find the article's jurisdiction."""
    _metropolitan_areas(ctx)
    for pair in _ISLAND_PAIR.finditer(ctx.text):
        # "TPID Terbaik wilayah Jawa-Bali", "regional Bali-Nusra": a zone of two islands, no place
        ctx.claim(pair.start(), pair.end())
    matches = [
        match
        for match in gazetteer.find_all(ctx.text)
        if (match.explicit or match.region.level == "provinsi")
        and not ctx.claimed(match.start, match.end)
        and not (not match.explicit and _in_company_name(ctx.text, match.start))
        and not _ends_a_regions_name(ctx.text, match)
    ]
    written_out = {match.region.name for match in matches if match.explicit}
    # "Desa Rantau Berangin, Kecamatan ...": a village the gazetteer knows by another name, read
    # where one more word and a comma show it; then wherever the article writes it so
    longer_names = {
        ctx.text[match.start : longer]
        for match in matches
        if (longer := _written_longer(ctx, match)) is not None
    }
    for match in matches:
        longer = next(
            (
                match.start + len(name)
                for name in longer_names
                if ctx.text.startswith(name, match.start)
                and _BOUNDARY.match(ctx.text, match.start + len(name)) is not None
            ),
            None,
        )
        if longer is not None:
            ctx.add(EntityType.PLACE, ctx.text[match.start : longer], match.start, longer, ctx.stage)
            continue
        region = city_of_the_provinces_name(match, written_out.__contains__) or match.region
        add_region(ctx, region, match.start, match.end)
        ctx.regions[region.name] += 1


#: a capitalised word right before a name
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'-]*)\s+$")


def _ends_a_regions_name(text: str, match: gazetteer.RegionMatch) -> bool:
    """Whether a region written bare is the last word of a region within it written bare: "di Pulo
    Aceh" (a district in Aceh) names no province."""
    if match.explicit:
        return False
    word = _CAPITALISED_BEFORE.search(text, max(0, match.start - 40), match.start)
    if word is None:
        return False
    name = f"{word.group(1)} {text[match.start : match.end]}"
    within = lexicon.LOCAL_LEVELS | {"kabupaten", "kota"}
    return any(r.code.startswith(f"{match.region.code}.") for r in gazetteer.lookup(name, within))


#: two great islands or island groups joined by a dash, a zone ("Jawa-Bali", "Bali-Nusra"; great-islands.tsv)
_ISLANDS = lang.alternation(lang.words("great-islands"))
_ISLAND_PAIR = re.compile(rf"(?<![\w-])(?:{_ISLANDS})\s*[-–]\s*(?:{_ISLANDS})(?![\w-])")


#: a company's name up to a word: "PT" or "Bank", then capitalised words ("PT Bank Sumbul |Kepri Syariah")
_COMPANY_BEFORE = re.compile(r"\b(?:PT|Bank)(?:\s+[A-Z][\w&.-]*){0,3}\s+$")


def _in_company_name(text: str, start: int) -> bool:
    """Whether a province's name written bare at ``start`` is a word of a company's name ("Bank
    Jatim", "PT Bank Sumbul Kepri Syariah"): the bank's, no place the article names."""
    return _COMPANY_BEFORE.search(text[max(0, start - 40) : start]) is not None


#: the levels a gazetteer match may be a shorter name of: villages and districts are renamed and split
_SMALL_LEVELS = frozenset({"kecamatan", "kelurahan", "desa"})


_ONE_MORE_WORD = re.compile(r" ([A-Z][a-z]+)(?=,)")
#: a word of direction ending a village's or district's name ("Lor", "Kidul"; area-compass-words.tsv)
_COMPASS_AFTER = re.compile(rf" (?:{lang.alternation(lexicon.AREA_COMPASS_WORDS)})(?![\w'-])")


def direction_after(ctx: Context, end: int) -> bool:
    """Whether a word of direction follows a village's name ending at ``end`` ("Gadingsari Lor"): the
    name goes on, another village than the gazetteer's shorter one."""
    return _COMPASS_AFTER.match(ctx.text, end) is not None


def _written_longer(ctx: Context, match: gazetteer.RegionMatch) -> int | None:
    """Where a village's or district's name as written ends, when it goes on past the gazetteer's.

    ``Desa Karangsari Kidul``: a word of direction after the gazetteer's name is always the name's.
    ``Desa Rantau Berangin, Kecamatan Kampar Kiri``: the gazetteer's "Desa Rantau" is another
    village; one more capitalised word that is no function word, region word or title, then a
    comma, is the rest of this one's name, unless the article writes the word elsewhere too (a
    person's name after the region: "..., Kecamatan Datuk Bandar Aziz. Aziz menyebut").
    """
    if match.region.level not in _SMALL_LEVELS or not match.explicit:
        return None
    compass = _COMPASS_AFTER.match(ctx.text, match.end)
    if compass is not None:
        # "Desa Karangsari Kidul": a word of direction goes with the name, whatever follows
        return compass.end()
    always = _always_followed(ctx, match)
    if always is not None:
        return always
    m = _ONE_MORE_WORD.match(ctx.text, match.end)
    if m is None:
        return None
    word = m.group(1)
    # (the name before the word, with or without its level's word: "Kuwu Sumbul Jaya" too)
    written = f"{match.region.bare} "
    if any(not ctx.text.endswith(written, 0, w.start()) for w in re.finditer(rf"\b{word}\b", ctx.text)):
        return None  # "Kecamatan Datuk Bandar Aziz. Aziz menyebut": a name the article uses on its own
    if word in lexicon.STOPWORDS or word in lexicon.REGION_WORDS or word in lexicon.TITLE_FIRST_WORDS:
        return None
    if _DISTRICT_AFTER.match(ctx.text, m.end()):
        # "Kepala Desa Sumbul Jaya, Kecamatan Parbuluan, Sahat ...": the district it lies in follows
        # the word, so the word ends the village's name (the head's name comes after the district)
        return m.end()
    if (
        _another_region(ctx, word)
        or ctx.person_starts_at(match.end + 1)  # "Kepala Desa Kedungrejo Suyitno hadir": its head
        or _after_a_head(ctx, match.start)
    ):
        return None
    return m.end()


#: one capitalised word right after a region's name, whatever follows it
_NEXT_CAPITALISED = re.compile(r" ([A-Z][a-z]+)\b")


def _always_followed(ctx: Context, match: gazetteer.RegionMatch) -> int | None:
    """Where the village's name ends when the article writes it more than once and the same
    capitalised word follows it every time: "Desa Teluk Sumbul berinisial ...", "Bendahara Desa Teluk
    Sumbul": the village is "Teluk Sumbul", not the gazetteer's "Teluk" elsewhere, though no comma
    closes the name. A word said once after the name may be a head's name; one said each time is
    the name's own, unless each time the village's head's title is before it ("Kepala Desa X Sudarman
    ... . Kepala Desa X Sudarman menambahkan"): his name, however often."""
    written = ctx.text[match.start : match.end].split(maxsplit=1)[-1]
    found = list(re.finditer(rf"\b{re.escape(written)}\b", ctx.text))
    followers = [ctx.text[m.end() : m.end() + 40] for m in found]
    words = {w.group(1) if (w := _NEXT_CAPITALISED.match(after)) else None for after in followers}
    if len(followers) < 2 or len(words) != 1 or all(_after_a_head(ctx, m.start()) for m in found):
        return None
    (word,) = words
    if (
        word is None
        or word in lexicon.STOPWORDS
        or word in lexicon.REGION_WORDS
        or word in lexicon.TITLE_FIRST_WORDS
    ):
        return None
    return match.end + 1 + len(word)


#: a village's or district's level word right before its name ("Desa " of "Desa X")
_LEVEL_WORD_BEFORE = re.compile(
    rf"\b(?:{lang.alternation(lexicon.SETTLEMENT_WORDS | lexicon.VILLAGE_WORDS)})\s+$"
)


def _after_a_head(ctx: Context, at: int) -> bool:
    """Whether the village name at ``at`` follows its head's title ("Kepala Desa X", "Kades X")."""
    level = _LEVEL_WORD_BEFORE.search(ctx.text, max(0, at - 24), at)
    start = level.start() if level is not None else at
    return _HEAD_BEFORE.search(ctx.text[max(0, start - _WORD_BEFORE) : start]) is not None


def written_without_its_head(ctx: Context, name: str, besides: int) -> bool:
    """Whether the article writes ``name`` ("Desa X Y") other than right after a village head's title
    and other than where it covers offset ``besides``: "Kepala Desa X Sudarman" twice writes the head's
    name after the village's, not a village "X Sudarman"."""
    return any(
        not _after_a_head(ctx, m.start()) and not m.start() <= besides < m.end()
        for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.text)
    )


def _another_region(ctx: Context, word: str) -> bool:
    """Whether ``word`` after a village's name names a region of its own there: a city, regency or
    province, or a district or village of the article's town; not a word many villages' names end
    with that only villages and districts far away are called ("Jaya", "Makmur": "Desa Sumbul Jaya")."""
    return any(
        region.level in {"provinsi", "kota", "kabupaten"} or at_home(ctx, region)
        for region in gazetteer.lookup(word)
    )


def at_home(ctx: Context, region: Region) -> bool:
    """Whether ``region`` lies inside the article's city or regency."""
    home = ctx.home_region
    return home is not None and region.code.startswith(f"{home.code}.")


#: a comma and the district a village lies in, after the village's name
_DISTRICT_AFTER = re.compile(r",\s*(?:Kecamatan|Kec\.|Distrik|Kapanewon)\s")


#: the characters before a region or a facility that the one word right before it (_HEAD_BEFORE,
#: _AT_FACILITY) is looked for in. The patterns are anchored at the region's start, so this only bounds
#: the search: the longest word ("Kepala", "halaman", "gerbang": 7) and its spaces fit. A slice, not a
#: search from a position: the word's ``\b`` at the slice's start counts as a boundary.
_WORD_BEFORE = 12
#: "Kepala Desa X Y", "Lurah X Y", "Camat X Y": a head's title before the region, so a name may follow it
_HEAD_BEFORE = re.compile(rf"\b(?:{lang.alternation(lang.words('village-head-titles'))})\s+$")


_TAIL = re.compile(
    r"(?<![\w-])(?P<own>(?:[A-Z][\w'’&.-]*\s+){1,4})"
    rf"(?P<tail>{lang.alternation(lang.words('venue-tails', 'tail'))})(?![\w-])"
)


def extract_venue_names(ctx: Context) -> None:
    """``di Jakarta Convention Center``, ``Dyandra Convention Center Surabaya``: a venue named before its kind.

    Read before the regions, so that the region a venue's name opens with stays in the name; the
    region after the name is where it stands (its parent), not part of it.
    """
    for m in _TAIL.finditer(ctx.text):
        i = ctx.token_index(m.start())
        tokens = ctx.tokens
        while (
            i < len(tokens) and tokens[i].start < m.start("tail") and _VENUE_CUE.match(f"{tokens[i].bare} ")
        ):
            i += 1  # "Di Jakarta Convention Center": a capitalised cue is no part of the name
        if i >= len(tokens) or tokens[i].start >= m.start("tail") or ctx.claimed(tokens[i].start, m.end()):
            continue
        start, end = tokens[i].start, m.end()
        venue = ctx.add(EntityType.PLACE, ctx.text[start:end], start, end, ctx.stage)
        town = (
            gazetteer.match_at(ctx.text, end + 1, {"kota", "kabupaten"})
            if ctx.text[end : end + 1] == " "
            else None
        )
        if town is not None and venue.parent is None:
            venue.aliases.add(ctx.text[start : town.end])
            ctx.claim(start, town.end, venue)
            venue.parent = add_region(ctx, town.region, end + 1, town.end)


#: landmark heads that, after a capitalised word, qualify that word's thing ("Angkatan Laut", the
#: navy; "Tanggul Laut", a sea wall; "Tol Laut", a programme) instead of naming a sea
_QUALIFYING_HEADS = frozenset({"Laut"})


#: words a number goes on a venue's name after: a street's, a room's, a floor's, a state school's
#: ("Aula SMA Negeri 1 Sidikalang", "Aula SMPN 2 Sumbul")
_NUMBERED_BY = frozenset(
    {
        "Jalan",
        "Jl",
        "Jln",
        "No",
        "Ruang",
        "Ruangan",
        "Lantai",
        "Negeri",
        "SDN",
        "SMPN",
        "SMAN",
        "SMKN",
        "MTsN",
        "RW",  # ("Balai RW 09": a neighbourhood's hall)
        "RT",
    }
)


def extract_venues(ctx: Context) -> None:
    """Named venues after a locative cue, up to the end of the capitalised run."""
    tokens = ctx.tokens
    for i, token in enumerate(tokens):
        if token.text not in _HEADS_BY_FIRST:
            continue  # what _venue_head asks first, without a call for each token
        head = _venue_head(ctx, i)
        if head is None:
            continue
        if i and (
            tokens[i - 1].bare in lexicon.LEVEL_WORDS
            or (i > 1 and tokens[i - 1].bare in _VILLAGE_KINDS and tokens[i - 2].text == "Desa")
        ):
            # "Kelurahan Sungai Daeng", "Kecamatan Gunung Putri", "Desa Wisata Teluk Sumbul": a region's
            # name, read as one
            continue
        if i and token.bare in _QUALIFYING_HEADS and tokens[i - 1].capitalised:
            continue  # "Angkatan Laut X", "Tanggul Laut Raksasa": the word qualifies the one before, no sea
        if (
            head in lexicon.BUILDING_HEADS
            and i + 1 < len(tokens)
            and ctx.entity_at(tokens[i + 1].start, tokens[i + 1].end, EntityType.ORGANIZATION)
        ):
            continue  # "di Gedung KPK": the body's building, named after the body (extract_body_buildings)
        if i and tokens[i - 1].text.lower() in lexicon.PROGRAMME_CUES:
            continue  # "melalui program Masjid Berkah": a programme named after a kind of venue
        if head in NATURAL_FEATURE_HEADS and _in_a_programmes_name(ctx, i):
            continue  # "Gerakan Peduli Sungai X (Gelisah Sungai)": the river is a word of the movement's name
        if ctx.entity_at(token.start, token.end, EntityType.ORGANIZATION):
            continue  # "surat keterangan dari Markas Besar Kepolisian ...": the body read there
        if i and f"{tokens[i - 1].bare} {token.bare}" in lexicon.TITLES:
            continue  # "Wali Nagari Zulhendri", "Kepala Desa Budi": an office, then its holder
        cued = (
            head in lexicon.LANDMARK_HEADS
            or _VENUE_CUE.search(ctx.text[max(0, token.start - 40) : token.start])
            or _after_modifiers(ctx, i)
            or _listed_after_place(ctx, i)
        )
        example = (
            not cued and _EXAMPLE_CUE.search(ctx.text, max(0, token.start - 20), token.start) is not None
        )
        # (a settlement's name with no cue before it may be placed by what follows it, _placed_after)
        settled = not cued and not example and head in lexicon.SETTLEMENT_WORDS
        if not cued and not example and not settled:
            continue
        j = i + len(head.split())
        if j >= len(tokens):
            continue
        words = tokens[i:j]
        while j < len(tokens) and len(words) < 9:
            nxt = tokens[j]
            if _settlement_after_name(ctx, words[len(head.split()) - 1 :], j):
                # "Masjid Nurul Iman Jorong Koto Baru": the mosque, then the hamlet it stands in
                break
            if _ends_sentence(nxt):
                words.append(nxt)
                j += 1
                break
            if nxt.text == "," and (body_end := _body_past_comma(ctx, words[len(head.split()) :], j)):
                # "Aula Dinas Pendidikan, Pemuda dan Olahraga Kabupaten X": a room named after a body
                # whose name goes on past a comma
                while j < len(tokens) and tokens[j].end <= body_end:
                    words.append(tokens[j])
                    j += 1
                continue
            if _bracket_in_body(ctx, j):
                j += 3  # "... Pengadilan Negeri (PN) Malang": the court's short form
                words.append(tokens[j - 1])
                continue
            if glued_apostrophe(tokens, j):
                words.append(nxt)  # "Masjid Jami' Baiturrahim": the word's last letter, an apostrophe
                j += 1
                continue
            if (
                head in lexicon.SETTLEMENT_HEADS
                and len(words) > len(head.split())
                and nxt.text.endswith(".")
                and nxt.text in lexicon.HONORIFICS
            ):
                # "Imum Mukim X Tgk. H. Budi": the settlement's name, then its head's (a building or a
                # street may be named after someone: "Gedung R.A. Rosdiana", "Jalan Dr. Sutomo")
                break
            if (
                nxt.bare in _NEIGHBOURHOOD_UNITS
                and len(words) == len(head.split())
                and j + 1 < len(tokens)
                and tokens[j + 1].text.isdigit()
            ):
                # "Balai RW 09 Kelurahan X", "Aula RW 11": a neighbourhood's hall, named by its number
                words.extend(tokens[j : j + 2])
                j += 2
                continue
            if nxt.bare in {"Nomor", "No", "Nomer", "RT", "RW"} or (
                nxt.bare.casefold() == "km" and j + 1 < len(tokens) and tokens[j + 1].text[:1].isdigit()
            ):
                break  # "Jalan Pegangsaan Timur Nomor 56", "Jalan Lintas Sumbul Km 7": an address, not the name
            if (
                (
                    nxt.capitalised
                    and (
                        nxt.bare not in lexicon.STOPWORDS - _NAME_LEVELS - {"Atas"}
                        or _name_word_inside(ctx, j)
                        or _in_region_named_from(ctx, words[-1], nxt)
                    )
                )
                or (nxt.text[:1].isdigit() and words[-1].bare in _NUMBERED_BY)
                or _date_in_street_name(words, nxt)
            ) or (nxt.text in {"-", "–"} and j + 1 < len(tokens) and tokens[j + 1].capitalised):
                words.append(nxt)
                j += 1
            else:
                break
        if settled and not _placed_after(ctx, j):
            continue  # ("diraih Kampung X RW 03 Kelurahan Y", "Kampung X (Simanindo)": placed; else no cue)
        named = _named_by_abbreviation(ctx, words, j, landmark=head in lexicon.LANDMARK_HEADS)
        if named is None and len(words) <= len(head.split()):
            continue
        if example and (named is not None or len(words) < 3):
            continue
        if named is not None:  # "Ruang Terbuka Hijau (RTH) Merjosari": the kind, then this one's name
            abbr, own = named
            if _common_word_only(own):
                continue  # "Tempat Pemrosesan Akhir (TPA) Sampah": the kind's words go on, no name
            start, end = words[0].start, own[-1].bare_end
            if not ctx.claimed(start, start + 1):
                name = f"{abbr} {ctx.text[own[0].start : end]}"
                venue = ctx.add(EntityType.PLACE, name, start, end, ctx.stage)
                venue.aliases.add(
                    f"{ctx.text[words[0].start : words[-1].bare_end]} {ctx.text[own[0].start : end]}"
                )
                if abbr in lexicon.LANDMARK_HEADS:
                    # "... (TPA) Galuga ... truk menuju Galuga": a site goes by its own name alone
                    venue.aliases.add(ctx.text[own[0].start : end])
            continue
        name_tokens = _strip_region(ctx, words)
        if head.isupper() and _common_word_only(name_tokens[1:]):
            continue  # "TPA Sampah Kota X": a kind of site by its letters and a common word, no name
        if head in lexicon.SETTLEMENT_HEADS and all(
            t.bare.lower() in common_words() for t in name_tokens[1:]
        ):
            continue  # "predikat Nagari Terbaik Tingkat Kabupaten": a kind of settlement, no name
        if head == _TIMES and name_tokens[1].bare.lower() in common_words():
            continue  # "Pertama Kali Digelar, ...": "times" in a headline's capitals, no river
        start, end = words[0].start, words[-1].bare_end
        name = ctx.text[words[0].start : name_tokens[-1].bare_end]
        if ctx.claimed(start, start + 1) or ctx.in_title(start):
            continue  # taken, or 'bertema "... Menuju Pasar Global"': a figure of speech in a title
        if _is_region(ctx, start, end):
            continue  # "Nagari Kumanis": a village the gazetteer knows, already its region's node
        if inside_a_region(ctx, start, end):
            continue  # "Kabupaten Hulu Sungai Selatan": a river's head inside a region's name, no river
        bare = without_brackets(name)
        if bare.casefold() in lexicon.GENERIC_PROGRAMS:
            continue  # "ke kawasan Ruang Terbuka Hijau (RTH)": a kind of land, no one place
        if head in NATURAL_FEATURE_HEADS and (district := listed_district(ctx, i, bare)) is not None:
            # "di Kecamatan Jelutung, Danau Teluk dan ...": the listed district named after a lake
            add_region_as_written(ctx, district, start, end)
            continue
        if (head in NATURAL_FEATURE_HEADS or head in lexicon.SETTLEMENT_WORDS) and (
            village := _locality_named(ctx, bare)
            or (
                _locality_named(ctx, bare.removeprefix(f"{head} ")) if head in lexicon.VILLAGE_WORDS else None
            )
        ) is not None:
            # "Desa Sungai Geringging ... warga Sungai Geringging": the village named after a river, again;
            # "Desa Kampung Mudik ... di Kampung Mudik": named with a settlement's word, again; "Pekon
            # Sukamaju" after "Kepala Pekon Sukamaju": the village its head's title named, by its own word
            village.mention(ctx.span(start, end), ctx.stage)
            ctx.claim(start, end, village)
            continue
        venue = ctx.add(EntityType.PLACE, _canonical_venue(bare), start, end, ctx.stage)
        if name_tokens is not words or bare != name:
            venue.aliases.add(ctx.text[start:end])
        if len(name_tokens) > 3 and name_tokens[1].bare in _NEIGHBOURHOOD_UNITS:
            # ("Balai RW 09 Kelurahan X" is also written "Balai RW 09": the hall by its neighbourhood alone)
            venue.aliases.add(ctx.text[start : name_tokens[2].bare_end])
        region = _region_in(ctx, words[len(name_tokens) :])
        if region is not None and venue.parent is None:
            venue.parent = add_region(ctx, region, 0, 0, mention=False)
        if head in _ROOM_HEADS:
            _building_of_room(ctx, name_tokens, len(head.split()))


#: the word of Java's rivers ("Kali Brantas"), which is "times" too ("dua kali", "Pertama Kali Digelar")
_TIMES = "Kali"
#: the neighbourhood units a hall may be named by, with their number ("Balai RW 09")
_NEIGHBOURHOOD_UNITS = frozenset({"RW", "RT"})


def _body_past_comma(ctx: Context, own: list[Token], j: int) -> int | None:
    """Where a body's name ends that a venue's own words (``own``) open and that goes on past the comma
    at token ``j``, if one does (a body the organisations' stage read whole); else ``None``."""
    if not own:
        return None
    comma = ctx.tokens[j]
    return next(
        (
            c.end
            for c in ctx.claims_in(own[0].start, comma.start)
            if c.entity is not None and c.entity.type is EntityType.ORGANIZATION and c.end > comma.end
        ),
        None,
    )


def _placed_after(ctx: Context, j: int) -> bool:
    """Whether what follows a settlement's name at token ``j`` says where it lies: a neighbourhood's
    number ("RW 03"), "di" and a village ("di Kelurahan Y"), or a district in brackets ("(Simanindo)")."""
    tokens = ctx.tokens
    if j + 1 >= len(tokens):
        return False
    if tokens[j].bare in _NEIGHBOURHOOD_UNITS:
        return tokens[j + 1].text.isdigit()
    if tokens[j].text == "di":
        return tokens[j + 1].bare in lexicon.VILLAGE_LEVEL_WORDS
    return tokens[j].text == "(" and bool(gazetteer.lookup(tokens[j + 1].bare, {"kecamatan"}))


def _in_a_programmes_name(ctx: Context, i: int) -> bool:
    """Whether token ``i`` goes on a run of capitalised words opened by a programme's word ("Gerakan
    Peduli Sungai ...", "Program Danau ...")."""
    tokens = ctx.tokens
    k = i - 1
    while k >= 0 and tokens[k].capitalised and not ctx.broken_before(k + 1):
        if tokens[k].text.lower() in lexicon.PROGRAMME_CUES:
            return True
        k -= 1
    return False


def _locality_named(ctx: Context, name: str) -> Entity | None:
    """The district or village the article has read whose name, without its level's word, is
    ``name`` ("Sungai Geringging" of "Desa Sungai Geringging")."""
    for written, code in ctx.region_codes.items():
        region = gazetteer.get(code)
        if region is not None and region.level in lexicon.LOCAL_LEVELS and region.bare == name:
            return ctx.find(EntityType.PLACE, written)
    return None


#: the heads of a room's name, which may end with the building the room is in ("Ruang Sidang Balai Kota
#: Sidikalang")
_ROOM_HEADS = frozenset({"Ruang", "Ruang Rapat", "Ruangan", "Aula"})


def _building_of_room(ctx: Context, words: list[Token], after: int) -> None:
    """``Ruang Sidang Balai Kota Sidikalang``, ``Aula Lae Renun Kantor Bupati Dairi``: the building a
    room's name ends with (a venue head and a name of its own after it), a place of its own beside the
    room."""
    found = []
    for k in range(after, len(words) - 1):
        head = _venue_head(ctx, ctx.token_index(words[k].start))
        if head is None or head in _ROOM_HEADS or k + len(head.split()) >= len(words):
            continue
        found.append((head in lexicon.BUILDING_HEADS, -k))
    if found:
        # a building's head over a hall's ("Ruang Rapat Graha Sumbul Jaya Kantor Bupati Dairi": the room
        # is the Graha Sumbul Jaya of the Kantor Bupati)
        k = -max(found)[1]
        start, end = words[k].start, words[-1].bare_end
        ctx.add(EntityType.PLACE, _canonical_venue(ctx.text[start:end]), start, end, ctx.stage, claim=False)


#: the kinds of village written between "Desa" and its name ("Desa Wisata Sumbul": the village Sumbul)
_VILLAGE_KINDS = frozenset({"Wisata"})
#: the levels a village's or a district's word may name in the gazetteer: a "Desa" it lists as a
#: kelurahan (villages change status), a "Kecamatan" only as a district
_LEVELS_WRITTEN = {"desa": frozenset({"desa", "kelurahan"}), "kelurahan": frozenset({"desa", "kelurahan"})}


def extract_unlisted_localities(ctx: Context) -> None:
    """``Desa Zorbatinggi``, ``Kecamatan Blarokmu``: a village or district written with its level's
    word that no stage before read (the gazetteer spells it otherwise, or lists it at another level) is
    a place: the one locality of that name and level in the article's regions, or the name as written.

    One to three capitalised words after the level's word, a name's (not "Desa Wisata ...",
    "Kelurahan Siaga ...": a first word the article or the language uses in lower case, unless the
    gazetteer knows the name), not a title's ("Kepala Desa Marihot": its holder's).
    """
    tokens = ctx.tokens
    for i, token in enumerate(tokens[:-1]):
        level = lexicon.LEVEL_WORDS.get(token.text)
        if level not in lexicon.LOCAL_LEVELS or ctx.claimed(token.start, token.end):
            continue
        if i and f"{tokens[i - 1].bare} {token.text}" in lexicon.TITLES:
            continue  # "Kepala Desa Marihot", "Sekretaris Kelurahan ...": an office, then its holder
        words: list[Token] = []
        for nxt in tokens[i + 1 : i + 5]:
            if not nxt.capitalised or nxt.bare in lexicon.STOPWORDS or nxt.bare in lexicon.LEVEL_WORDS:
                break
            words.append(nxt)
            if nxt.text != nxt.bare:  # "Desa Zorbatinggi.": the sentence ends the name
                break
        touristic = level == "desa" and len(words) > 1 and words[0].bare in _VILLAGE_KINDS
        if (
            touristic
            and i
            and tokens[i - 1].capitalised
            and not ctx.opens_sentence(token.start)
            # ("Juara II Desa Wisata X": the rank the village won, no name's word)
            and not lexicon.RANK_BEFORE.search(
                ctx.text, max(0, token.start - lexicon.RANK_REACH), token.start
            )
        ):
            continue  # "Festival Desa Wisata Dairi": a name of which the words are part
        if touristic:
            words = words[1:]  # "Desa Wisata Sumbul": the village Sumbul, a tourist village
        if not words or len(words) > 3 or ctx.in_title(token.start):
            continue
        start, end = token.start, words[-1].bare_end
        name = ctx.text[words[0].start : end]
        if ctx.claimed(start, end) or _read_as_place(ctx, start, end):
            continue
        known = _local_regions(ctx, name, _LEVELS_WRITTEN.get(level, frozenset({level})))
        if not known and (
            (ctx.is_a_word(words[0].bare) and not touristic)
            or not _placed(ctx, i, i + 1 + touristic + len(words))
            or _after_contest_noun(tokens, i)
        ):
            # "Desa Wisata ...", "predikat Kelurahan Siaga": a kind of village, no name; "Lomba
            # Kelurahan Berbudaya Tingkat Kota X", "Lomba Desa dan Kelurahan Asri": the kind of
            # village a contest is for
            continue
        written = ctx.text[start:end]
        if len(known) == 1:
            add_region(ctx, known[0], start, end).aliases.add(written)
        else:  # its name alone, elsewhere, is that place too ("di sekitar Zorbatinggi")
            place = ctx.add(EntityType.PLACE, f"{token.text} {name}", start, end, ctx.stage, claim=False)
            place.aliases.update({name, written} - {place.name})
        ctx.claim(start, end)


#: the nouns of a contest, before the kind of village it is for ("Lomba Kelurahan Berbudaya")
CONTEST_NOUNS = frozenset({"lomba", "kompetisi", "kontes", "penilaian", "pemilihan"})


def _after_contest_noun(tokens: list[Token], i: int) -> bool:
    """Whether the level's word at token ``i`` follows a contest's noun, or other level's words listed
    after one ("Lomba Desa dan Kelurahan Asri", "Lomba Desa, Kelurahan, dan Kampung ...")."""
    k = i - 1
    while k > 0 and (tokens[k].text in {"dan", ",", "&"} or tokens[k].bare in lexicon.LEVEL_WORDS):
        k -= 1
    return k >= 0 and tokens[k].bare.casefold() in CONTEST_NOUNS and tokens[k + 1].bare in lexicon.LEVEL_WORDS


_HIERARCHY_AFTER = re.compile(rf",?\s+(?:{'|'.join(lexicon.LEVEL_WORDS)})\b")


def _placed(ctx: Context, i: int, k: int) -> bool:
    """Whether tokens ``i`` to ``k`` stand where a place does: after a place word ("di", "warga"),
    next in a list after a place ("Kelurahan A dan Kelurahan B"), before the region they lie in
    ("Kelurahan A, Kecamatan B"), or opening a sentence, its subject ("Kelurahan A menerima
    penghargaan ...")."""
    tokens = ctx.tokens
    before = tokens[i - 1].text if i else ""
    if (
        before.lower() in lexicon.PLACE_PREPOSITIONS
        or before.lower() == "warga"
        or after_a_place(ctx, i, _LIST_JOINTS)
        or (
            ctx.opens_sentence(tokens[i].start)
            and not any(ctx.is_a_word(t.bare) for t in tokens[i + 1 : k])  # ("Kelurahan Siaga Bencana")
        )
    ):
        return True
    return k < len(tokens) and _HIERARCHY_AFTER.match(ctx.text, tokens[k - 1].bare_end) is not None


def _read_as_place(ctx: Context, start: int, end: int) -> bool:
    """Whether a place the article has read is written over any of ``[start, end)``."""
    return any(
        m.span.start < end and start < m.span.end for e in ctx.of_type(EntityType.PLACE) for m in e.mentions
    )


def _common_word_only(words: list[Token]) -> bool:
    """Whether a venue's own name is one common word ("Sampah" of "TPA Sampah"): no name."""
    return len(words) == 1 and words[0].bare.lower() in common_words()


#: region levels that go on a venue's name ("Aula Kantor Dinas Pendidikan Provinsi Jawa Timur"), the
#: region then kept or dropped as the name's own (_strip_region)
_NAME_LEVELS = frozenset({"Kota", "Kabupaten", "Provinsi", "Desa", "Kecamatan", "Kelurahan"})
#: stop words that are also words of names ("Taman Mini Indonesia Indah", "Taman Nasional Komodo"):
#: inside a venue's name, with more of the name after them, they are part of it
_NAME_STOPWORDS = frozenset({"Indonesia", "Nasional"})
#: gatherings that name the ground or hall they are held in, after its head word ("Lapangan Apel",
#: "Aula Rapat"), when the venue's name goes on after them
_GATHERINGS = frozenset({"Apel", "Rapat"})
_GATHERING_VENUES = frozenset({"Lapangan", "Aula", "Ruang", "Halaman", "Balai", "Gedung"})


def inside_a_region(ctx: Context, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside, and is not all of, a region named by the gazetteer."""
    return any(
        m.span.start <= start and end <= m.span.end and (m.span.start, m.span.end) != (start, end)
        for place in ctx.of_type(EntityType.PLACE)
        if place.identifier
        for m in place.mentions
    )


def _is_region(ctx: Context, start: int, end: int) -> bool:
    """Whether ``ctx.text[start:end]`` is a region written with its type word, and nothing more."""
    match = gazetteer.match_at(ctx.text, start)
    return match is not None and match.explicit and match.end == end


def _date_in_street_name(words: list[Token], nxt: Token) -> bool:
    """``Jalan 17 Agustus``, ``Jalan 10 November``: a street named after a date goes on over its month."""
    return (
        len(words) >= 2
        and words[-1].text.isdigit()
        and words[-2].bare in {"Jalan", "Jl", "Jln"}
        and nxt.capitalised
        and nxt.bare.lower() in MONTHS
        and len(nxt.bare) > 3
    )


def _ends_sentence(token: Token) -> bool:
    """A capitalised word with a full stop that is no abbreviation ("Semarang-Demak.", "Ijen.") ends
    the sentence, and with it the name it closes."""
    word = token.text[:-1]
    return (
        token.text.endswith(".")
        and token.capitalised
        and len(word) > 2
        and word.replace("-", "").isalpha()
        and word not in lexicon.NAME_ABBREVIATIONS  # "Jalan Moch. Toha": a given name written short
        and token.text not in lexicon.HONORIFICS  # "Jalan Prof. Dr. X": a title in the hero's name
    )


def _in_region_named_from(ctx: Context, word: Token, nxt: Token) -> bool:
    """Whether ``nxt`` is a word of a region whose name ``word`` opens: "Jakarta" of "Kantor Wali Kota
    Jakarta Barat", a stop word elsewhere."""
    match = gazetteer.match_at(ctx.text, word.start, _REGION_LEVELS_IN_VENUES)
    return match is not None and match.explicit and nxt.start < match.end


#: the levels of the regions a venue's name may hold
_REGION_LEVELS_IN_VENUES = {"kota", "kabupaten", "provinsi", "kecamatan", "kelurahan", "desa"}


def _name_word_inside(ctx: Context, j: int) -> bool:
    """Whether token ``j``, a stop word that names things ("Indonesia"), is inside a venue's name: a
    capitalised word that is no stop word follows it."""
    tokens = ctx.tokens
    if tokens[j].bare == "Guna" and j and tokens[j - 1].text == "Serba":
        return True  # "Gedung Serba Guna": a multi-purpose hall
    # "Lapangan Apel Kantor Bupati X", "Aula Rapat Utama ...": the ground or hall the gathering is held in
    gathering = tokens[j].bare in _GATHERINGS and j > 0 and tokens[j - 1].bare in _GATHERING_VENUES
    if (
        not (gathering or tokens[j].bare in _NAME_STOPWORDS)
        or tokens[j].text != tokens[j].bare
        or j + 1 >= len(tokens)
    ):
        return False
    after = tokens[j + 1]
    return (
        after.capitalised
        and (after.bare not in lexicon.STOPWORDS or after.bare in _NAME_LEVELS)
        and ctx.text[tokens[j].end : after.start] == " "
    )


def _bracket_in_body(ctx: Context, j: int) -> bool:
    """Whether token ``j`` opens a bracketed short form inside one body's name, which goes on after it
    (``Pengadilan Negeri (PN) Malang``)."""
    tokens = ctx.tokens
    if not (j > 0 and j + 3 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")"):
        return False
    before = ctx.entity_at(tokens[j - 1].start, tokens[j - 1].end, EntityType.ORGANIZATION)
    return before is not None and before is ctx.entity_at(
        tokens[j + 3].start, tokens[j + 3].end, EntityType.ORGANIZATION
    )


def _named_by_abbreviation(
    ctx: Context, words: list[Token], j: int, *, landmark: bool = False
) -> tuple[str, list[Token]] | None:
    """``Ruang Terbuka Hijau (RTH) Merjosari``: the abbreviation of ``words`` in brackets at token ``j``,
    then the venue's own capitalised name (up to three words). A building's name stops at a person's
    (its pastor, its head); a ``landmark``'s, a site no one heads (``Tempat Pemrosesan Akhir (TPA)
    ...``), goes on over a name the tagger reads as a person's."""
    tokens = ctx.tokens
    if not (j + 3 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")"):
        return None
    abbr = tokens[j + 1].text
    if abbr != "".join(w.bare[0] for w in words if w.bare[:1].isupper()):
        return None
    own: list[Token] = []
    k = j + 3
    while (
        k < len(tokens)
        and len(own) < 3
        and tokens[k].capitalised
        # ("Balai Pertemuan Umum (BPU) Desa Sumbul": a kind of venue named by its village; "Mal Pelayanan
        # Publik (MPP) Kota Sibolga": by its town)
        and (
            tokens[k].bare not in lexicon.STOPWORDS
            or (not own and tokens[k].bare in _VILLAGE_WORDS)
            or (not own and gazetteer.match_at(ctx.text, tokens[k].start, _TOWN_LEVELS) is not None)
        )
        and tokens[k].text not in lexicon.HONORIFICS
        and tokens[k].bare not in lexicon.TITLE_FIRST_WORDS
        and (landmark or not ctx.person_starts_at(tokens[k].start))
    ):  # ("Gereja Bethel Injili Nusantara (GBIN) Pendeta John Lokollo": the church's pastor)
        own.append(tokens[k])
        k += 1
        if tokens[k - 1].text != tokens[k - 1].bare:
            break
    return (abbr, own) if own else None


#: the levels of a town that may name a venue after its bracketed short form ("... (MPP) Kota Sibolga")
_TOWN_LEVELS = {"kota", "kabupaten"}
#: a village's level words, which may open the name after a venue's bracketed short form, and its levels
_VILLAGE_WORDS = frozenset({"Desa", "Kelurahan"})
_VILLAGE_LEVELS = frozenset({"desa", "kelurahan"})
#: the kinds of room written in lower case between "ruang" and the room's name
ROOM_KINDS = frozenset({"rapat", "sidang", "kerja", "pertemuan", "pola", "tunggu"})


def extract_areas(ctx: Context) -> None:
    """``kawasan Soekarno-Hatta``, ``jalan Ijen``: a lower-case area word before a capitalised name;
    ``ruang rapat Kenanga 2 Graha Sentosa``: a room named after a lower-case room word."""
    tokens = ctx.tokens
    for i, token in enumerate(tokens[:-1]):
        kind = token.text.lower()
        if kind in _SQUARE_WORDS and not token.capitalised:
            _town_square(ctx, i)
            continue
        if kind not in {"kawasan", "jalan", "jl.", "jln.", "ruang", "aula"} or token.capitalised:
            continue
        if kind in {"ruang", "aula"} and not (i and tokens[i - 1].text.lower() in _TO_FROM):
            continue  # "penataan ruang Kawasan ...": space, not a room
        first = i + 1
        if kind == "ruang" and tokens[first].text in ROOM_KINDS:
            first += 1  # "ruang rapat ...", "ruang sidang ..."
        if kind == "kawasan" and tokens[first].text in _AREA_KINDS:
            first += 1  # "kawasan wisata ...", "kawasan industri ...": the kind, then the name
        words: list[Token] = []
        for nxt in tokens[first : first + 4]:
            if not (nxt.capitalised or (words and nxt.text.isdigit())) or nxt.bare in lexicon.STOPWORDS:
                break
            words.append(nxt)
            if nxt.text.endswith("."):
                break
        if not words or ctx.claimed(words[0].start, words[-1].end):
            continue
        if kind in {"ruang", "aula"} and (
            words[0].bare in lexicon.TITLE_FIRST_WORDS or words[-1].text.isdigit()
        ):
            continue  # "di ruang Kepala Dinas": whose room, not its name
        name = ctx.text[words[0].start : words[-1].bare_end]
        if gazetteer.match_at(ctx.text, words[0].start) is not None:
            continue
        if name.casefold() in lexicon.GENERIC_PROGRAMS:
            continue  # "ke kawasan Ruang Terbuka Hijau (RTH)": a kind of land, no one place
        if kind == "jalan" and _DASH_NAME.match(ctx.text, words[-1].bare_end):
            continue  # "ruas jalan A–B": a route, whose ends are places (extract_route_ends)
        if kind == "kawasan" and (region := _named_region(ctx, name)) is not None:
            region.mention(ctx.span(words[0].start, words[-1].bare_end), ctx.stage)
            continue  # "di kawasan Sukun" in an article naming Kecamatan Sukun: that district
        if kind == "kawasan" and (district := district_of_home(ctx, name)) is not None:
            # "di kawasan wisata Berastagi" in a story of Kabupaten Karo: its district
            place = add_region(ctx, district, words[0].start, words[-1].bare_end)
            ctx.claim(words[0].start, words[-1].bare_end, place)
            continue
        place = ctx.add(
            EntityType.PLACE,
            f"Jalan {name}" if kind.startswith("j") else name,
            words[0].start,
            words[-1].bare_end,
            ctx.stage,
        )
        place.aliases.add(ctx.text[token.start : words[-1].bare_end])


_DASH_NAME = re.compile(r"[ ]*[–—-][ ]*[A-Z]")

#: a town's square, written in lower case before the town: "bersih-bersih alun-alun Kota Batu"
_SQUARE_WORDS = frozenset({"alun-alun", "alun alun"})


def _town_square(ctx: Context, i: int) -> None:
    """``alun-alun Kota Batu``, ``alun-alun Sidikalang``: the square of the kota or kabupaten (in the
    article's reading of its bare name) or of a district town of the article's own regency (its seat,
    mostly) written after the lower-case word is a place of its own, named "Alun-alun" and the town
    as written."""
    token = ctx.tokens[i]
    if ctx.text[token.end : ctx.tokens[i + 1].start] != " ":
        return
    town = gazetteer.match_at(ctx.text, ctx.tokens[i + 1].start, {"kota", "kabupaten"})
    if town is not None:
        region, end = ctx.article_reading(town), town.end
    else:  # "alun-alun Sidikalang": a district town of the article's own regency, its seat
        seat = _district_town_after(ctx, i + 1)
        if seat is None:
            return
        region, end = seat
    start = ctx.tokens[i + 1].start
    square = ctx.add(
        EntityType.PLACE, f"Alun-alun {ctx.text[start:end]}", token.start, end, ctx.stage, claim=False
    )
    square.aliases.add(ctx.text[token.start : end])
    if square.parent is None:
        square.parent = add_region(ctx, region, 0, 0, mention=False)


def _district_town_after(ctx: Context, i: int) -> tuple[Region, int] | None:
    """The district of the article's regency whose name (one to three capitalised words) starts at
    token ``i``, and where the name ends."""
    tokens = ctx.tokens
    for width in (3, 2, 1):
        words = tokens[i : i + width]
        if len(words) < width or not all(t.capitalised for t in words):
            continue
        end = words[-1].bare_end
        district = district_of_home(ctx, ctx.text[words[0].start : end])
        if district is not None:
            return district, end
    return None


def district_of_home(ctx: Context, name: str) -> Region | None:
    """The kecamatan of the kabupaten or kota the article is about that ``name`` is, if one."""
    home = ctx.home_region
    if home is None:
        return None
    found = [r for r in gazetteer.lookup(name, {"kecamatan"}) if r.parent_code == home.code]
    return found[0] if len(found) == 1 else None


def _named_region(ctx: Context, bare: str) -> Entity | None:
    """The region the article names whose name without its type word is ``bare``, if one."""
    found = [
        place
        for place in ctx.of_type(EntityType.PLACE)
        if place.identifier
        and (region := gazetteer.get(place.identifier)) is not None
        and region.bare == bare
    ]
    return found[0] if len(found) == 1 else None


#: "di kantor Kemendagri", "ke gedung KPK", "mendatangi Gedung DPRD", "di halaman Kantor Bawaslu X":
#: the building of a body the article names, as a place
_TOWARDS = (*_TO_FROM, "depan", "halaman", "pelataran", *_VISITING)
_BODY_BUILDING = re.compile(
    rf"(?:{lang.starts(_TOWARDS)}\b(?:{lang.alternation(_TOWARDS)})\s+"
    # ("di ruang sidang utama Gedung DPRD X": a room of the building written in lower case before it)
    rf"(?:{lexicon.ROOM_BEFORE_BUILDING})?"
    # (a building named "Gedung" is one however it is written: "Suasana Gedung DPRD X tampak ...", "di
    # ruang rapat Komisi II Gedung DPRD X")
    r"|(?<![\w-])(?=Gedung\s))"
    r"(?P<kind>[Kk]antor|[Gg]edung|ruang (?:sidang|rapat|[A-Z][a-z]+))\s+(?P<name>[A-Z][a-z]+\s+)?(?=[A-Z])"
)


def extract_body_buildings(ctx: Context) -> None:
    """``di kantor Kemendagri`` → the place ``Kantor Kementerian Dalam Negeri``: ``kantor``,
    ``gedung`` or ``ruang sidang`` before an organisation the article names is that body's building
    or room ("di ruang sidang DPRD Pacitan"), as is a room named in lower case ("di ruang Garuda
    Pengadilan Tipikor X" → ``Ruang Garuda Pengadilan Tindak Pidana Korupsi X``, "di ruang sidang
    Kartika PN X" → ``Ruang Sidang Kartika Pengadilan Negeri X``)."""
    for m in _BODY_BUILDING.finditer(ctx.text):
        # the body right after the room's kind ("ruang sidang Pengadilan ..."), else after a name the
        # room's kind is followed by ("ruang sidang Kartika PN X": the room's own name, then the body)
        at_name = _body_claimed(ctx, m.start("name")) if m.group("name") else None
        at = m.start("name") if at_name is not None else m.end()
        body = at_name or _body_claimed(ctx, at)
        if body is None or body.entity is None:
            continue
        if m.start() == m.start("kind") and _a_facility(body.entity):
            continue  # ("Gedung Puskesmas X berdiri ...": the facility is its own place, named without it)
        kind = ctx.text[m.start("kind") : at].strip().title()
        # ("di Kantor Kemenag Kota X": the office, "Kantor Kementerian Agama Kota X", names its building)
        named = body.entity.name if body.entity.name.startswith(f"{kind} ") else f"{kind} {body.entity.name}"
        place = ctx.add(
            EntityType.PLACE,
            named,
            m.start("kind"),
            body.end,
            ctx.stage,
            claim=False,
        )
        place.aliases.add(ctx.text[m.start("kind") : body.end])


#: bodies named by the building they serve in ("Mal Pelayanan Publik Kota X"), which are that place
#: too where the text says someone is there or goes there
_BUILDING_BODIES = ("Mal Pelayanan Publik ",)
#: right before a body: someone is, goes or comes there ("di MPP Kota X", "ke Mal Pelayanan Publik ...")
_THERE = re.compile(r"\b(?:di|ke|dari)\s+$")


def extract_building_bodies(ctx: Context) -> None:
    """``datang ke Mal Pelayanan Publik (MPP) Kota X``: a body named by its building, written where
    someone is, goes or comes, is that place as well as the body (a place node of the same name)."""
    for claim in list(ctx.claims):
        body = claim.entity
        if (
            body is None
            or body.type is not EntityType.ORGANIZATION
            or not body.name.startswith(_BUILDING_BODIES)
            or not _THERE.search(ctx.text, max(0, claim.start - 8), claim.start)
        ):
            continue
        place = ctx.add(EntityType.PLACE, body.name, claim.start, claim.end, ctx.stage, claim=False)
        # (its names with its region: "MPP Kota X", not the bare kind "MPP", which every region's is)
        place.aliases.update(a for a in body.aliases if " " in a and not body.name.startswith(a))


def _a_facility(body: Entity) -> bool:
    """Whether ``body`` is a facility (a health centre, a school: facility-types.tsv), a place by its own
    name rather than by its building's."""
    words = body.name.split()
    return bool(words) and (
        words[0] in lexicon.FACILITY_TYPES or " ".join(words[:2]) in lexicon.FACILITY_KINDS
    )


def _body_claimed(ctx: Context, at: int) -> Claim | None:
    """The claim of an organisation the article read at offset ``at``, if any."""
    return next(
        (
            c
            for c in ctx.claims_in(at, at + 1)
            if c.entity is not None and c.entity.type is EntityType.ORGANIZATION
        ),
        None,
    )


_HEADS_BY_FIRST: dict[str, list[str]] = {}
for (
    _head
) in lexicon.VENUE_HEADS:  # longest first, kept per first word so a token is checked against few heads
    _HEADS_BY_FIRST.setdefault(_head.split()[0], []).append(_head)


def _venue_head(ctx: Context, i: int) -> str | None:
    for head in _HEADS_BY_FIRST.get(ctx.tokens[i].text, ()):
        words = head.split()
        if all(i + k < len(ctx.tokens) and ctx.tokens[i + k].text == w for k, w in enumerate(words)):
            return head
    return None


def _settlement_after_name(ctx: Context, words: list[Token], j: int) -> bool:
    """Whether a settlement's name starts at token ``j``, after a venue's ``words`` (from its head's
    last word) that hold a name of their own ("Masjid Nurul Iman Jorong Koto Baru"); not "Kantor Wali
    Nagari X" (the office of the nagari's head), "Terminal Bus Dukuh Sumbul" (a stop named by its
    hamlet), "Lapangan Bola Gampong Zorba" (a kind of field, named by its village) or "Pasar Lae
    Banjar dan ..." (a last word that only looks like one)."""
    tokens = ctx.tokens
    if _venue_head(ctx, j) not in lexicon.SETTLEMENT_HEADS or words[-1].bare == "Wali":
        return False
    if j + 1 >= len(tokens) or not tokens[j + 1].capitalised or tokens[j + 1].bare in lexicon.STOPWORDS:
        return False
    # (not a level's word: "Masjid Desa Dusun Baru" is the village mosque of Dusun Baru)
    return any(
        not w.bare.isupper() and w.bare.lower() not in common_words() and w.bare not in lexicon.LEVEL_WORDS
        for w in words[1:]
    )


#: a floor's number, in digits or Roman numerals
_FLOOR_NUMBER = re.compile(r"\d{1,2}|[IVX]{1,5}")


def _floor_ending_at(ctx: Context, k: int) -> bool:
    """Whether tokens ``k - 1`` and ``k`` name a floor: "Lantai VII", "lantai 2"."""
    return (
        k >= 1
        and ctx.tokens[k - 1].text.casefold() == "lantai"
        and _FLOOR_NUMBER.fullmatch(ctx.tokens[k].text) is not None
    )


def _after_modifiers(ctx: Context, i: int) -> bool:
    """``di halaman depan <venue>``, ``di lapangan bola <venue>``: lower-case words between cue and venue.

    Place modifiers (``halaman``, ``depan``) may be many; other lower-case words two at most.
    """
    k = i - 1
    others = 0
    while k >= 0:
        if _floor_ending_at(ctx, k):
            k -= 2  # "di Lantai VII Kantor Gubernur X", "di aula rapat lantai II Kantor Bupati X": the floor
            continue
        if not (
            ctx.tokens[k].text.isalpha()
            and (ctx.tokens[k].text.islower() or ctx.tokens[k].text.lower() in lexicon.VENUE_MODIFIERS)
        ):  # ("di Halaman Balai Kota Batu": a modifier may be capitalised)
            break
        if ctx.tokens[k].text in {"di", "ke", "dari"}:
            return k < i - 1
        if ctx.tokens[k].text in lexicon.PROGRAMME_CUES:
            return False  # "dari program Kampung Tangguh": a programme's name
        if ctx.tokens[k].text.lower() not in lexicon.VENUE_MODIFIERS:
            others += 1
            if others > 2:
                return False
        k -= 1
    return False


#: what joins the items of a list of places: "di Kebun Raya Bogor dan Taman Ekspresi"
_LIST_JOINERS = frozenset({",", "dan", "serta", "maupun", "hingga"})


def _listed_after_place(ctx: Context, i: int) -> bool:
    """``di Ruang Melati, Hotel Sejahtera``, ``..., halaman Masjid Al Ikhlas``, ``di Kebun Raya dan
    Taman Ekspresi``: a venue listed after a place."""
    k = i - 1
    while k >= 0 and ctx.tokens[k].text in lexicon.VENUE_MODIFIERS:
        k -= 1
    if k < 1 or ctx.tokens[k].text not in _LIST_JOINERS:
        return False
    if k >= 2 and ctx.tokens[k].text != "," and ctx.tokens[k - 1].text == ",":
        k -= 1  # "di Pasar A, Pasar B, dan Pasar C": the comma before the last item's "dan"
    before = ctx.tokens[k - 1]
    if (
        ctx.entity_at(before.start, before.bare_end, EntityType.PLACE) is not None
        # ("di Gedung Kejari X, Jalan Y": a body's building, whose words the body claims)
        or ctx.mentioned_ending_at(before.bare_end, EntityType.PLACE) is not None
    ):
        return True
    # the tagger's place of two words or more, read after the venues: "di Tanjung Bira dan Pantai Pasir Putih"
    return ctx.tokens[k].text != "," and any(
        span.label == "LOC" and span.end == before.bare_end and " " in span.text for span in ctx.ner_spans
    )


def _strip_region(ctx: Context, words: list[Token]) -> list[Token]:
    """Drop a trailing region from a venue name unless the venue is named by it (``Balai Kota Malang``)."""
    head_words = 2 if words[0].text == "Balai" else 1
    inside = -1  # where the last region kept in the name ends: a region inside it is its words' own
    for k in range(head_words + 1, len(words)):
        if words[k].start < inside:
            continue  # ("Kantor Wali Kota Jakarta Barat": "Jakarta" of the city, no province after "Kota")
        match = gazetteer.match_at(ctx.text, words[k].start, _REGION_LEVELS_IN_VENUES)
        if match is None or not match.explicit:
            continue
        inside = match.end
        owner = words[k - 1].bare
        body = ctx.entity_at(words[k].start, words[k].end, EntityType.ORGANIZATION)
        if body is not None and body is ctx.entity_at(words[k - 1].start, words[k - 1].end):
            continue  # "Aula Kejaksaan Negeri (Kejari) Kota Batu": the region is the body's own name
        if match.region.level in _VILLAGE_LEVELS and all(
            w.bare.lower() in common_words() for w in words[1:k]
        ):
            continue  # "Balai Pertemuan Umum Desa Sumbul": a kind of venue, which its village names
        if owner not in _OFFICE_OF_REGION and gazetteer.lookup_abbreviation(owner) is None:
            return words[:k]  # (not "Ruang Sidang Paripurna DPRD Kota Malang": the DPRD's own room)
    return words


#: a region after these words is whose building it is: "Aula Kantor Kecamatan Klojen", "Pendopo Kabupaten
#: Malang", "Ruang Sidang Balai Kota Malang", "Ruang Rapat Wali Kota Malang" (the mayor's)
_OFFICE_OF_REGION = frozenset({"Kantor", "Pendopo", "Pendapa", "Balai", "Wali"})


def _region_in(ctx: Context, words: list[Token]) -> Region | None:
    if not words:
        return None
    match = gazetteer.match_at(ctx.text, words[0].start)
    return match.region if match is not None else None


def _canonical_venue(name: str) -> str:
    """``Jl.`` → ``Jalan``, ``Balaikota`` → ``Balai Kota``; otherwise the name as written."""
    return re.sub(r"\bBalaikota\b", "Balai Kota", re.sub(r"^(?:Jl\.?|Jln\.?)\s+", "Jalan ", name))


#: the first words of the countries' names: a token that is none of them (as written or without
#: its trailing dot) opens no country, so country_at need not join the words after it
_COUNTRY_FIRST_WORDS = frozenset(name.split(" ")[0] for name in lexicon.COUNTRY_NAMES)


def country_at(ctx: Context, i: int) -> tuple[str, int, int] | None:
    """A country named at token ``i``: (canonical name, end offset, next token index)."""
    tokens = ctx.tokens
    if (
        0 <= i < len(tokens)
        and tokens[i].text not in _COUNTRY_FIRST_WORDS
        and tokens[i].bare not in _COUNTRY_FIRST_WORDS
    ):
        return None
    for width in (3, 2, 1):
        if i + width > len(tokens):
            continue
        words = tokens[i : i + width]
        surface = " ".join(t.bare if t is words[-1] else t.text for t in words)
        if surface in lexicon.COUNTRIES or surface in lexicon.WORLD_COUNTRIES:
            j = i + width
            if j < len(tokens) and tokens[j].text == ",":
                j += 1  # "Presiden Amerika Serikat, Daniel Carter"
            return lexicon.COUNTRIES.get(surface, surface), words[-1].bare_end, j
    return None


def state_country_at(ctx: Context, j: int) -> tuple[str, int, int] | None:
    """``Kerajaan Arab Saudi``: a state's form at token ``j`` and the country named after it (as
    :func:`country_at` gives it), which belongs with the form to a body's or a place's name."""
    tokens = ctx.tokens
    return country_at(ctx, j + 1) if j < len(tokens) and tokens[j].bare in lexicon.STATE_FORMS else None


#: what puts a facility where something happens: "di SMPN 4", "dilarikan ke Puskesmas ...", "depan RSUD ...",
#: "meresmikan gedung baru Puskesmas ...", "meninjau Posyandu ..." (a visit is to a site)
_AT_FACILITY = re.compile(
    r"\b(?:di|ke|menuju|depan|halaman|gerbang|lokasi|gedung(?:\s+baru)?"
    r"|meninjau|mengunjungi|menyambangi|mendatangi)\s+$",
    re.IGNORECASE,
)


#: the spelled-out kinds of named facilities: "Rumah Sakit", "Sekolah Dasar Negeri"
_SITE_KINDS = tuple(
    sorted({lexicon.FACILITY_TYPES[a] + " " for a in lexicon.NAMED_FACILITIES}, key=len, reverse=True)
)


#: the names of the kinds of facility that are groups of people ("Kelompok Tani ")
_GROUP_KINDS = tuple(f"{lexicon.FACILITY_TYPES[a]} " for a in sorted(lexicon.GROUP_FACILITIES))


def _a_site(name: str) -> bool:
    """Whether an organisation of this name is also a site: a facility of a named kind with its
    own name, by abbreviation or spelled out ("RSUD Sukamaju", "Rumah Sakit Islam Jemursari"),
    not the kind alone ("Rumah Sakit Umum Daerah"), nor a group of people ("Kelompok Sadar Wisata
    (Pokdarwis) X", "Poktan X": farmers or villagers who meet, no site)."""
    words = name.split()
    if words[0] in lexicon.GROUP_FACILITIES or name.startswith(_GROUP_KINDS):
        return False
    if len(words) >= 2 and words[0] in lexicon.NAMED_FACILITIES:
        return True
    if name.startswith(_DETENTION_KINDS):
        return words[-1] not in {"Kelas", "Cabang"}  # (not "Rutan Cabang" cut from "Rutan Cabang KPK")
    return name.startswith(_SITE_KINDS) and name not in lexicon.FACILITY_KINDS


#: the kinds of prison, named with their class and town ("Lapas Kelas IIB Sidikalang"): sites too,
#: where an inmate is as well as where something happens
_DETENTION_KINDS = ("Lembaga Pemasyarakatan ", "Rumah Tahanan Negara ")
#: what else puts a prison where someone is: "mengikuti sidang dari Rutan ...", "di dalam Lapas ..."
_FROM_DETENTION = re.compile(r"\b(?:dari|dalam)\s+$", re.IGNORECASE)


def facilities_as_places(ctx: Context) -> None:
    """A school, health centre or hospital named as where something happens is also a place.

    ``SMPN 3 Batu`` or ``Puskesmas Sukamaju Baru`` is a body (it has a head, pupils,
    patients) and, after ``di`` or ``ke``, a site: the place node shares its name, and events
    there can be located at it.
    """
    for entity in ctx.of_type(EntityType.ORGANIZATION):
        if not _a_site(entity.name) or any(a.startswith(f"{entity.name} (") for a in entity.aliases):
            continue  # (a kind spelled out before its abbreviation, "Rumah Sakit Islam (RSI)", names no one)
        for mention in list(entity.mentions):
            start, end = mention.span.start, mention.span.end
            before = ctx.text[max(0, start - _WORD_BEFORE) : start]
            if (
                _AT_FACILITY.search(before)
                or (entity.name.startswith(_DETENTION_KINDS) and _FROM_DETENTION.search(before))
                or after_a_place(ctx, ctx.token_index(start), _LIST_JOINTS)  # ("di Lapas X, Rutan Y")
            ):
                ctx.add(EntityType.PLACE, entity.name, start, end, ctx.stage, claim=False).aliases.update(
                    entity.aliases
                )


#: the words after a district's name that say which part of a town it is ("Banjarmasin Utara")
_COMPASS = frozenset({"Utara", "Selatan", "Timur", "Barat", "Tengah", "Laut", "Daya", "Kota", "Baru", "Lama"})


#: what a landmark's head word alone is said to be of, in lower case: "Meunasah gampong setempat",
#: "Masjid desa", "Balai dusun terdekat"
_OF_THE_PLACE = re.compile(r"\s+(?:gampong|desa|kampung|dusun|kelurahan|nagari|setempat|terdekat)\b")


def landmark_kind(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a landmark's head word alone, said to be the village's or the
    nearest ("ditumpuk di Meunasah gampong setempat"): a kind of building, not a place (nor a village
    named so)."""
    return text[start:end] in lexicon.LANDMARK_HEADS and _OF_THE_PLACE.match(text, end) is not None


def _from_somewhere(ctx: Context, end: int) -> bool:
    """Whether a person, or a body outside government, is named right before ``end`` (a bracketed origin
    may follow: "Juara II Binsar Manurung (Onan Runggu)"; not a government's short form, "Pemkab X (Y)")."""
    named = ctx.mentioned_ending_at(end, EntityType.PERSON, EntityType.ORGANIZATION)
    return named is not None and not (named.type is EntityType.ORGANIZATION and named.government)


def _village_before(ctx: Context, end: int) -> bool:
    """Whether a village or a kelurahan, named with its level's word, ends right before ``end``."""
    named = ctx.mentioned_ending_at(end, EntityType.PLACE)
    return named is not None and named.name.split()[0] in lexicon.VILLAGE_LEVEL_WORDS


def extract_local_places(ctx: Context) -> None:
    """``asal Ungaran``, ``di Cibitung``: a district's or village's bare name right after a place
    word, which the stages before left unread, is a place.

    One to three capitalised words the gazetteer knows as a district or village, whole (no
    capitalised word after them), not read by another stage, not opening a person's name.
    """
    tokens = ctx.tokens
    for i in range(1, len(tokens)):
        if not tokens[i].capitalised:
            continue
        after_place = False
        listed = listed_after_level(ctx, tokens[i].start)
        # "Juara II Binsar Manurung (Onan Runggu), Juara III ...": where the one named comes from, in brackets
        origin = tokens[i - 1].text == "(" and i >= 2 and _from_somewhere(ctx, tokens[i - 2].end)
        # "warga Simanindo", "pesisir Palipi"; "Desa Tomok (Simanindo)": the village's district
        # (of the article's own regions only, below)
        in_village_brackets = tokens[i - 1].text == "(" and i >= 2 and _village_before(ctx, tokens[i - 2].end)
        area = tokens[i - 1].text in lexicon.AREA_WORDS or in_village_brackets
        if (
            tokens[i - 1].text not in lexicon.PLACE_PREPOSITIONS
            and not next_in_a_list_of_districts(ctx, i)
            and not listed
            and not origin
            and not area
        ):
            after_place = after_a_place(ctx, i)
            if not after_place:
                continue
        for size in (3, 2, 1):
            k = i + size
            if k > len(tokens) or not all(
                t.capitalised and t.text.removesuffix(".") == t.bare for t in tokens[i:k]
            ):  # ("asal Kepanjen.": the sentence's full stop)
                continue
            if k < len(tokens) and tokens[k].capitalised and not tokens[k - 1].text.endswith("."):
                continue  # a longer name than the region's
            if origin and (k >= len(tokens) or tokens[k].text != ")"):
                continue  # ("Tumpal (Pangururan Barat Daya)": the brackets hold no more than the name)
            start, end = tokens[i].start, tokens[k - 1].bare_end
            written = ctx.text[start:end]
            if (
                # (or a name the gazetteer writes as one word: "Silahi Sabungan")
                (
                    not gazetteer.lookup(written, lexicon.LOCAL_LEVELS)
                    and not (size > 1 and gazetteer.lookup(written.replace(" ", ""), lexicon.LOCAL_LEVELS))
                )
                # ("di Sukabumi": which of two? but "kecamatan ..., yakni Karawaci": the level's, and
                # "di Kecamatan A, B, dan Sukoharjo": the list's last district)
                or (
                    gazetteer.lookup(written, gazetteer.TOWN_LEVELS)
                    and not listed
                    and not last_listed(ctx, i)
                )
                or ctx.claimed(start, end)
                or written in lexicon.COUNTRIES
                or written in lexicon.WORLD_COUNTRIES
                or written in lexicon.WORLD_PLACES  # "di Asia", "ke Jepang": read by the countries' stage
                or written in lexicon.ALERT_LEVELS  # "naik ke Siaga": an alert status's level
                or landmark_kind(ctx.text, start, end)
                or any(
                    m.span.start <= start and m.span.end >= end
                    for e in ctx.entities.values()
                    for m in e.mentions
                )
            ):
                continue
            # the one district or village of that name in the article's regions, if one (of the
            # level a list names: "empat kecamatan, yakni Sumbul, ...": the district, not a village)
            region = _one_local_region(ctx, written, listed or lexicon.LOCAL_LEVELS)
            if (
                area
                and not origin
                and (region is None or (in_village_brackets and region.level != "kecamatan"))
            ):
                continue
            if region is None and (regency := region_named_before(ctx, written)) is not None:
                # "di luar wilayah Aru" in a story of Kabupaten Kepulauan Aru: that regency
                add_region(ctx, regency, start, end)
                break
            if ctx.person_starts_at(start) and not (
                # ("12 desa di Balen dan Ngraho", "di Aula Kantor Bupati X, Tanah Merah", "12 nagari,
                # termasuk A, B dan C": that one, whatever the tagger reads)
                region is not None and (after_place or listed or area or next_in_a_list_of_districts(ctx, i))
            ):
                continue
            words = tokens[i:k]
            if any(
                t.bare in lexicon.STOPWORDS
                or t.bare.isupper()  # "di AS", "di US$": a country's or a currency's letters
                for t in words
            ):
                continue
            common = [  # "dari Antara", "di Bumi": a word ("Banjarmasin Utara" is a district)
                ctx.is_a_word(t.bare)
                and not (n and t.bare in _COMPASS)
                # ("Medan Johor": a district named after its town, a word too, and one more word)
                and not (n == 0 and k - i > 1 and gazetteer.lookup(t.bare, gazetteer.TOWN_LEVELS))
                for n, t in enumerate(words)
            ]
            if (
                any(common)
                and (
                    # (but "Tanah Merah": a word and one that is none, one district of the article's regions)
                    k - i == 1 or all(common) or region is None
                )
                # (and words only in a list of the article's districts: "ke A, B, Tanah Merah, hingga C",
                # "Kecamatan A, Kerajaan, dan B"; or in a list a level's word opens: "tiga kecamatan, yakni A,
                # Kerajaan, dan B")
                and not (
                    region is not None
                    and (next_in_a_list_of_districts(ctx, i) or (listed and region.level in listed))
                )
            ):
                continue
            # the district or village itself when it lies in a region the article names (as named
            # elsewhere with its level word); else its name as written
            if region is not None:
                add_region_as_written(ctx, region, start, end)
            elif not after_place:
                ctx.add(EntityType.PLACE, written, start, end, ctx.stage)
            break


def _local_regions(ctx: Context, written: str, levels: frozenset[str] = lexicon.LOCAL_LEVELS) -> list[Region]:
    """The districts or villages (of ``levels``) ``written`` names that lie in a region the article
    names (or in its home region), the narrowest such region's where several do; of a district and
    its namesake village, the district ("Porong")."""
    home = ctx.home_region
    found = gazetteer.lookup(written, levels)
    if not found and " " in written:
        # "Kecamatan Sumbul dan Silahi Sabungan": a name the gazetteer writes as one word ("Silahisabungan")
        found = gazetteer.lookup(written.replace(" ", ""), levels)
    namesakes = {r.code for r in found}

    def depth(region: Region) -> int:
        """How narrow the narrowest region the article names around ``region`` is (0: none); not a
        namesake ("Kelurahan Sukamaju" lies in "Kecamatan Sukamaju", no narrower for that)."""
        around = [
            code
            for code in ctx.region_codes.values()
            if region.code.startswith(code + ".") and code not in namesakes
        ]
        if home is not None and region.parent_code == home.code:
            around.append(home.code)
        return max(map(len, around), default=0)

    regions = [r for r in found if depth(r)]
    if len(regions) > 1:
        # "ruas Lae Parira–Sumbul" beside "Kecamatan Sumbul": that one, not a village of Lae Parira
        named = set(ctx.region_codes.values())
        regions = [r for r in regions if r.code in named] or regions
    if len(regions) > 1:  # "Sooko" of Kabupaten Mojokerto, not Ponorogo's, in Jawa Timur
        deepest = max(map(depth, regions))
        regions = [r for r in regions if depth(r) == deepest]
    if len(regions) > 1:
        regions = [r for r in regions if r.level == "kecamatan"] or regions
    return regions


def written_with_level(
    ctx: Context, name: str, level: str | None = None, besides: int = -1, *, headless: bool = False
) -> bool:
    """Whether the article writes ``name`` after a district's or village's level word somewhere
    ("Kelurahan Sukamaju"): a local area's name, wherever else it stands bare. With ``level``, after
    that level's word ("Desa"); never at offset ``besides``; with ``headless``, never right after a
    village head's title ("Kepala Desa X Sudarman": maybe the head's name after the village's)."""
    text = ctx.text
    return any(
        at != besides
        and text.startswith(name, at)
        and _BOUNDARY.match(text, at + len(name)) is not None
        and (level is None or text[:at].rstrip().endswith(level))
        and not (headless and _after_a_head(ctx, at))
        for at in ctx.after_local_levels
    )


_BOUNDARY = re.compile(r"\b")


def _one_local_region(
    ctx: Context, written: str, levels: frozenset[str] = lexicon.LOCAL_LEVELS
) -> Region | None:
    """The district or village (at ``levels``) ``written`` names when exactly one of the article's
    regions' does."""
    regions = _local_regions(ctx, written, levels)
    return regions[0] if len(regions) == 1 else None


def listed_district(ctx: Context, i: int, written: str) -> Region | None:
    """The one district or village of the article's regions that ``written``, at token ``i``, names
    listed right after another ("12 desa di Balen dan Ngraho"): a place, whatever the tagger reads."""
    return _one_local_region(ctx, written) if next_in_a_list_of_districts(ctx, i) else None


def district_in_a_list(ctx: Context, i: int, written: str) -> Region | None:
    """The district or village of the article's regions that ``written``, at token ``i``, names in a
    list: right after another (:func:`listed_district`) or after a level's word
    (:func:`local_region_listed`)."""
    return listed_district(ctx, i, written) or local_region_listed(ctx, ctx.tokens[i].start, written)


def listed_district_from(ctx: Context, i: int) -> tuple[Region, int] | None:
    """The district or village in a list (right after another, or after a level's word) whose name
    the words from token ``i`` write, two to four words long ("... dan VII Koto Ilir"), and where
    it ends."""
    tokens = ctx.tokens
    for width in (4, 3, 2):
        words = tokens[i : i + width]
        if len(words) < width or not all(t.capitalised for t in words):
            continue
        district = district_in_a_list(ctx, i, ctx.text[words[0].start : words[-1].bare_end])
        if district is not None:
            return district, words[-1].bare_end
    return None


#: what joins the items of a list of places
_LIST_JOINTS = frozenset({",", "dan", "serta"})


def last_listed(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is the last item of a list of districts or villages, after "dan", "serta"
    or "hingga" ("di Kecamatan A, B, dan C"; "A, B" alone may be a district and its town)."""
    return ctx.tokens[i - 1].text in _LAST_JOINTS and next_in_a_list_of_districts(ctx, i)


#: what joins the last item of a list of districts to the one before it, and any item
_LAST_JOINTS = frozenset({"dan", "serta", "hingga", "sampai", "atau"})
_NEXT_JOINTS = _LAST_JOINTS | {","}


def after_a_place(ctx: Context, i: int, joints: frozenset[str] = frozenset({","})) -> bool:
    """Whether token ``i`` follows a comma (or another of ``joints``) right after a place the article
    has read ("di Gedung DPRD Kabupaten Malang, Kepanjen"): where that place lies, if the gazetteer has
    it in a region the article names."""
    tokens = ctx.tokens
    if i < 2 or tokens[i - 1].text not in joints:
        return False
    return ctx.mentioned_ending_at(tokens[i - 2].bare_end, EntityType.PLACE) is not None


#: a level's word in lower case (or opening a sentence), then the list of its places: "di tiga desa lain,
#: yakni Gajahan, ...", "kecamatan rawan, antara lain ...", "Kecamatan yang berada di pegunungan ...
#: dikunjungi dulu, yakni ...", "dari sembilan kecamatan, mulai dari A, B hingga C", "ketujuh kecamatan
#: terdampak adalah A, B, ...", "terjadi di lima kecamatan, terutama A, B, dan C"
_LISTED_AFTER_LEVEL = re.compile(
    # (or an area's word: "di wilayah utara seperti A, B, dan C", the article's districts or villages)
    r"\b(?P<level>[Dd]esa|[Kk]elurahan|[Kk]ecamatan|[Dd]istrik|[Nn]agari|[Kk]ampung|[Dd]usun|[Ww]ilayah|[Kk]awasan)"
    r"(?:\s+[a-z]+){0,10}"
    r"(?:\s+(?:se-?|di\s+)(?:Kota|Kabupaten)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?,?\s+"
    r"(?:yakni|yaitu|adalah|antara\s+lain|di\s+antaranya|meliputi|termasuk|seperti|mulai\s+dari|terutama)\s+"
    r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:,\s+(?:dan\s+|serta\s+)?|\s+(?:dan|serta|hingga)\s+))*\Z"
)


#: the stem of each level's word ``_LISTED_AFTER_LEVEL`` opens with, wherever it stands
_LEVEL_STEMS = re.compile(r"(?=esa|elurahan|ecamatan|istrik|agari|ampung|usun|ilayah|awasan)")


@functools.lru_cache(maxsize=64)
def _level_words(text: str) -> list[int]:
    """Where a level's word may start in ``text`` (a letter before each stem): in order."""
    return [m.start() - 1 for m in _LEVEL_STEMS.finditer(text)]


def listed_after_level(ctx: Context, start: int) -> frozenset[str] | None:
    """The levels of the places a list ``start`` is in names, if it is a list of places after a
    level's word in lower case or opening a sentence ("12 nagari, termasuk A, B dan C", "di tiga desa
    lain, yakni ...", "Kecamatan yang berada di pegunungan, yaitu ..."): that level's (a desa may be
    listed as a kelurahan), else ``None``."""
    lo = max(0, start - 200)
    words = _level_words(ctx.text)
    k = bisect_left(words, lo)
    if k == len(words) or words[k] >= start:
        return None  # no level's word in reach: the search would find nothing (asked at every token)
    m = _LISTED_AFTER_LEVEL.search(ctx.text, lo, start)
    if m is None:
        return None
    level = lexicon.LEVEL_WORDS.get(m.group("level").capitalize())
    return (
        _LEVELS_WRITTEN.get(level, frozenset({level}))
        if level in lexicon.LOCAL_LEVELS
        else lexicon.LOCAL_LEVELS
    )


def region_named_before(ctx: Context, name: str) -> gazetteer.Region | None:
    """The one region the article named with its type word whose name without it is ``name``; an
    island regency's without "Kepulauan" too ("Aru" of "Kabupaten Kepulauan Aru")."""
    codes = {
        e.identifier
        for e in ctx.of_type(EntityType.PLACE)
        if e.identifier is not None and e.name.endswith(f" {name}")
    }
    found = [
        r
        for code in codes
        if (r := gazetteer.get(code)) is not None
        and (r.bare == name or (r.level == "kabupaten" and r.bare == f"Kepulauan {name}"))
    ]
    return found[0] if len(found) == 1 else None


def local_region_listed(ctx: Context, start: int, written: str) -> Region | None:
    """The one district or village of the article's regions that ``written``, at ``start``, names
    in a list of places after a level's word: a place, whatever the tagger reads."""
    levels = listed_after_level(ctx, start)
    return _one_local_region(ctx, written, levels) if levels is not None else None


def next_in_a_list_of_districts(ctx: Context, i: int, depth: int = 0) -> bool:
    """Whether token ``i`` follows "dan", "serta", "hingga", ", dan" or a comma right after a district or
    village the article has read ("banjir di wilayah Tanggulangin dan Porong", "mulai dari A, B hingga
    C"), or right after one of its districts or villages no stage has read yet that itself goes on
    such a list (up to four back): the list goes on."""
    tokens = ctx.tokens
    if i < 2 or tokens[i - 1].text not in _NEXT_JOINTS:
        return False
    k = i - 2
    if k > 0 and tokens[k].text == "," and tokens[i - 1].text != ",":
        k -= 1  # "di Kecamatan Trowulan, Sooko, dan Mojosari": the list's comma before its "dan"
    before = tokens[k]
    return (
        any(
            c.entity is not None
            and c.entity.type is EntityType.PLACE
            and c.entity.name.split()[0] in lexicon.LOCAL_LEVEL_WORDS
            for c in ctx.claims_in(before.start, before.end)
        )
        or any(
            m.span.end == before.bare_end
            and (e.name.split()[0] in lexicon.LOCAL_LEVEL_WORDS or _one_local_region(ctx, e.name) is not None)
            for e in ctx.of_type(EntityType.PLACE)
            for m in e.mentions
        )
        or (
            # "Kelurahan A, B, C hingga D" where no stage has read C yet: one of the article's villages in
            # a list that goes back to one read with its level's word
            depth < 4
            and before.capitalised
            and not ctx.claimed(before.start, before.end)
            and _one_local_region(ctx, before.bare) is not None
            and next_in_a_list_of_districts(ctx, k, depth + 1)
        )
    )


def _capitalisable(words: Iterable[str], capitalised: Callable[[str], bool] = lambda word: True) -> str:
    """An alternation of lower-case ``words`` that also matches those ``capitalised`` says with a
    capitalised first letter."""
    return "|".join(
        f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" if capitalised(w) else re.escape(w) for w in words
    )


#: a route's word, its modifiers, then the places it joins, one to three capitalised words each,
#: between dashes: "jalur alternatif Sidikalang–Sumbul–Tigalingga", "Jalan Lintas A-B", "ruas Parbuluan"
_ROUTE_WORD = _capitalisable(lexicon.ROUTE_WORDS, lambda word: lexicon.ROUTE_WORDS[word] == "yes")
_ROUTE_MODIFIER = _capitalisable(lexicon.ROUTE_MODIFIERS)
_ROUTE = re.compile(
    rf"\b(?:{_ROUTE_WORD})(?:\s+(?:{_ROUTE_MODIFIER}))*\s+"
    r"(?P<chain>[A-Z][\w']*(?:[ ]+[A-Z][\w']*){0,2}(?:[ ]*[–—-][ ]*[A-Z][\w']*(?:[ ]+[A-Z][\w']*){0,2})*)"
)
_ROUTE_PART = re.compile(r"[A-Z][\w']*(?:[ ]+[A-Z][\w']*){0,2}")


#: a highway across an island, after a route's word or "tol": "jalur Trans Kalimantan", "ruas tol Trans-Papua",
#: "ruas jalan Trans Papua Barat" (not "Trans Metro Bandung", a bus line, with no route's word before it)
_HIGHWAY = re.compile(
    rf"\b(?:{_ROUTE_WORD}|[Tt]ol)(?:\s+(?:{_ROUTE_MODIFIER}|tol))*\s+"
    rf"(?P<name>Trans[- ][A-Z][a-z]+(?: (?:{'|'.join(gazetteer.COMPASS_WORDS)}))?)(?![\w-])"
)


#: a kind of natural feature in lower case (a river, a lake, a mountain: natural-feature-heads.tsv), then
#: the features of that kind the text lists after "yaitu", "seperti", ...: "dua sungai besar, yaitu
#: Lae Renun dan Lae Simbelin"
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
#: names listed one after another: "A", "A dan B", "A, B, dan C"
_NAMES_LISTED = rf"(?P<list>{_NAME}(?:(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+){_NAME})*)"
_FEATURES_LISTED = re.compile(
    rf"\b(?P<kind>{lang.alternation(h.lower() for h in NATURAL_FEATURE_HEADS)})"
    r"(?:-(?P=kind))?(?:\s+[a-z]+){0,3},?\s+(?:yaitu|yakni|seperti|antara\s+lain|di\s+antaranya|meliputi)\s+"
    + _NAMES_LISTED
)


#: the slopes of a mountain, or of several, in lower case: "desa di lereng Arjuno dan Panderman",
#: "warga lereng Semeru, Tengger, dan Arjuno" (not inside a name: "Festival Kopi Lereng Semeru")
_SLOPES = re.compile(rf"\blereng\s+{_NAMES_LISTED}")


def extract_features_listed(ctx: Context) -> None:
    """``dua sungai besar, yaitu Lae Renun dan Lae Simbelin``: each name listed after a kind of natural
    feature written in lower case is a place, named as written (the same feature written with its
    head elsewhere, "Sungai Lae Renun", joins it: kg.extract.variants); so is each mountain whose
    slopes the text names ("di lereng Arjuno dan Panderman")."""
    for m in (*_FEATURES_LISTED.finditer(ctx.text), *_SLOPES.finditer(ctx.text)):
        for name in re.finditer(_NAME, m.group("list")):
            start, end = m.start("list") + name.start(), m.start("list") + name.end()
            if ctx.claimed(start, end) or gazetteer.lookup(name.group()) or name.group() in lexicon.STOPWORDS:
                continue
            ctx.add(EntityType.PLACE, name.group(), start, end, ctx.stage)


#: a road named by the places it joins, between dashes: "Jalan Raya Sumbul–Sitinjo", "ruas jalan
#: Paropo–Tigalingga", "ruas Parbuluan–Sidikalang" (a "jalur", a lane or way, is no road's name)
_ROAD_BETWEEN = re.compile(
    r"\b(?=[JjRr])(?P<head>(?:[Rr]uas\s+)?(?:[Jj]alan|Jl\.?|Jln\.?)(?:\s+(?:[Rr]aya|[Pp]oros|[Ll]intas|[Pp]rovinsi|[Nn]asional))?"
    r"|[Rr]uas)\s+"
    r"(?P<ends>[A-Z][\w']*(?:[ ]+[A-Z][\w']*){0,2}(?:[ ]*[–—-][ ]*[A-Z][\w']*(?:[ ]+[A-Z][\w']*){0,2}){1,3})"
    r"(?![\w'–—-])"
)


def extract_roads_between(ctx: Context) -> None:
    """``Jalan Raya Sumbul–Sitinjo``, ``ruas jalan Paropo–Tigalingga``, ``ruas Parbuluan–Sidikalang``: a
    road named by the places it joins is a place: as written when its "Jalan" is capitalised, else
    "Jalan A–B" (or "Ruas A–B" when no "jalan" is written). The places it joins stay places
    (:func:`extract_route_ends`). The same ends written again name the same road ("Di ruas A–B, ...")."""
    roads: dict[str, Entity] = {}  # the ends as written → the road they name
    for m in _ROAD_BETWEEN.finditer(ctx.text):
        if ctx.in_furniture(m.start()):
            continue  # ("Baca juga: Jalan Raya A–B Putus, ...": another story's headline)
        head, ends = m.group("head"), m.group("ends")
        start = m.start() if head[:1].isupper() else m.start("ends")
        if head[:1].isupper():
            name = _canonical_venue(" ".join(ctx.text[m.start() : m.end()].split()))
        elif "jalan" in head.casefold():
            name = f"Jalan {ends}"
        else:
            name = f"Ruas {ends}"
        key = re.sub(r"\s*[–—-]\s*", "–", ends)
        street = next(
            (
                e
                for e in ctx.of_type(EntityType.PLACE)
                for n in e.mentions
                if e.identifier is None
                and n.extractor != ctx.stage
                and n.span.start < m.end()
                and start < n.span.end
            ),
            None,
        )
        if street is not None:
            # ("Jalan Poros A–B", "ruas Jalan A-B Provinsi X": read as a street already, which the same
            # ends written again name; the regions it joins, and the places this stage read there, are
            # no street)
            roads.setdefault(key, street)
            continue
        if key in roads:
            roads[key].mention(ctx.span(start, m.end()), ctx.stage)
            continue
        place = roads[key] = ctx.add(EntityType.PLACE, name, start, m.end(), ctx.stage)
        place.aliases.update({ends, " ".join(ctx.text[m.start() : m.end()].split())})


def extract_highways(ctx: Context) -> None:
    """``jalur Trans Kalimantan``: a highway across an island is a place, as written."""
    if "Trans" not in ctx.text:
        return
    for m in _HIGHWAY.finditer(ctx.text):
        if not ctx.claimed(m.start("name"), m.end("name")):
            ctx.add(EntityType.PLACE, m.group("name"), m.start("name"), m.end("name"), ctx.stage)


@functools.lru_cache(maxsize=4)
def _route_parts(text: str) -> tuple[tuple[int, int, bool, bool], ...]:
    """Where each place a route joins is written in ``text``, whether it is the chain's last (whose
    name may end before its capitalised words do), and whether the chain joins two places or more."""
    parts = []
    for route in _ROUTE.finditer(text):
        chain = list(_ROUTE_PART.finditer(text, route.start("chain"), route.end("chain")))
        parts += [(p.start(), p.end(), n == len(chain) - 1, len(chain) > 1) for n, p in enumerate(chain)]
    return tuple(parts)


def route_end(ctx: Context, start: int, written: str) -> Region | None:
    """The region ``written``, at ``start``, names as a place a route joins ("jalur Sidikalang–Sumbul",
    "ruas Parbuluan"): one district or village of the article's regions, or a city or regency in the
    article's reading; a place, whatever the tagger reads."""
    end = start + len(written)
    if not any(
        at == start and (end == stop or (last and end < stop and ctx.text[end] == " "))
        for at, stop, last, _ in _route_parts(ctx.text)
    ):
        return None
    town = gazetteer.match_at(ctx.text, start, {"kota", "kabupaten"})
    local = _one_local_region(ctx, written)
    if town is not None and not town.explicit and town.end == end:
        reading = ctx.article_reading(town)  # (a regency's bare name: the regency, not its namesake district)
        home = ctx.home_region
        if local is not None and home is not None and reading.code[:2] != home.code[:2]:
            return local  # "jalur Tuban–Kuta" in a Badung story: its own Tuban, not Java's regency
        return reading
    return local


#: a weekday right after a comma: what closes a town written after a venue, before the day
_TOWN_CLOSED = re.compile(rf",\s+(?:{lang.alternation(WEEKDAYS)})\b")


def extract_towns_after_venues(ctx: Context) -> None:
    """``di Aula Kantor Bupati X, Zorba, Senin (2/6/2025)``: one or two capitalised words between a
    venue the article read and a weekday, set off by commas, that no stage read and that name no
    town nor one district or village of the article's regions (a regency's capital is often no
    region of its own), are the town the venue stands in, as written. Not a person's name the tagger
    reads, nor a word."""
    tokens = ctx.tokens
    venues = {m.span.end for e in ctx.of_type(EntityType.PLACE) if not e.identifier for m in e.mentions}
    for i in range(2, len(tokens) - 1):
        if tokens[i - 1].text != "," or tokens[i - 2].bare_end not in venues:
            continue
        for k in (i + 1, i + 2):
            words = tokens[i:k]
            if k > len(tokens) or not all(t.capitalised and t.bare.isalpha() for t in words):
                break
            start, end = words[0].start, words[-1].bare_end
            if _TOWN_CLOSED.match(ctx.text, end) is None:
                continue
            written = ctx.text[start:end]
            if (
                ctx.claimed(start, end)
                or ctx.person_starts_at(start)
                or gazetteer.lookup(written, gazetteer.TOWN_LEVELS)
                or _one_local_region(ctx, written) is not None
                or _read_as_place(ctx, start, start + 1)
                or any(t.bare in lexicon.STOPWORDS or ctx.is_a_word(t.bare) for t in words)
            ):
                break
            ctx.add(EntityType.PLACE, written, start, end, ctx.stage)
            break


def extract_route_ends(ctx: Context) -> None:
    """``jalur Sidikalang–Sumbul``, ``jalur arteri Parbuluan``: each district, village, city or regency a
    route joins (:func:`route_end`) that no stage before read is a place; and, where a route joins
    two places or more ("ruas jalan Zorba–Blarok"), a one-word name the gazetteer does not know, no
    word and no person's, is a place as written."""
    for at, stop, last, joined in _route_parts(ctx.text):
        ends = [m.end() for m in re.finditer(r"(?<=\w)(?= |$)", ctx.text[at:stop])] if last else [stop - at]
        if _read_as_place(ctx, at, at + 1):
            continue  # read already (a town the tagger read)
        for end in sorted(ends, reverse=True):  # the longest name that is a region
            written = ctx.text[at : at + end]
            if not ctx.claimed(at, at + end) and (region := route_end(ctx, at, written)) is not None:
                add_region(ctx, region, at, at + end).aliases.add(written)
                ctx.claim(at, at + end)
                break
        else:
            written = ctx.text[at:stop]
            if (
                joined
                and " " not in written
                and not ctx.is_a_word(written)
                and not ctx.claimed(at, stop)
                and not ctx.person_starts_at(at)
            ):
                ctx.add(EntityType.PLACE, written, at, stop, ctx.stage)


def extract_dateline_town(ctx: Context) -> None:
    """``Zorbatinggi, 2 Juni 2025 –``, ``SIDIKALANG –``: the town an article is datelined in is a place:
    the one district of its name (or "Kota" and its name, as some are called) in the article's regions, else,
    with a date or an outlet after it, the town as written (title-cased when shouted): a regency's
    capital is often no region of its own. A bare town with neither may be an outlet's name
    ("MALANGVOICE –").

    Not a city, regency or province, nor a word of one the article names ("ZORBA –" on Kota Zorba
    Kepulauan): the regions stage reads those where the article names them.
    """
    town = furniture.dateline_town(ctx.text)
    if town is None:
        return
    written = ctx.text[town.start : town.end]
    name = gazetteer.title_case(written) if written.isupper() else written
    if gazetteer.lookup(name, gazetteer.TOWN_LEVELS) or any(
        region.level in gazetteer.TOWN_LEVELS and _has_words(region.bare, name)
        for place in ctx.of_type(EntityType.PLACE)
        if place.identifier and (region := gazetteer.get(place.identifier)) is not None
    ):
        return
    district = _one_local_region(ctx, name) or _one_local_region(ctx, f"Kota {name}")
    if district is not None:
        add_region(ctx, district, town.start, town.end).aliases.add(written)
    elif town.marked:
        ctx.add(EntityType.PLACE, name, town.start, town.end, ctx.stage)


def _has_words(name: str, words: str) -> bool:
    """Whether ``words`` are whole words of ``name`` ("Zorba" of "Zorba Kepulauan")."""
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", name) is not None


#: one to three capitalised words and a comma or a space right before a province's name
_TOWN_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*,?\s+$")


def extract_towns_before_provinces(ctx: Context) -> None:
    """``warga Tuban, Jawa Timur``, ``Ponpes Langitan Tuban Jawa Timur``: a city's or regency's bare
    name right before the province it lies in, which no stage before read, is that city or regency.
    """
    for province in gazetteer.find_all(ctx.text, {"provinsi"}):
        before = _TOWN_BEFORE.search(ctx.text, max(0, province.start - 60), province.start)
        if before is None:
            continue
        words = list(re.finditer(r"[A-Z][\w'-]*", before.group()))
        for word in words:  # the longest name that ends right before the comma
            start = before.start() + word.start()
            town = gazetteer.match_at(ctx.text, start, {"kota", "kabupaten"})
            if town is None or town.end != before.start() + len(before.group().rstrip(", ")):
                continue
            inside = [
                r for r in (town.region, *town.alternatives) if r.code.startswith(province.region.code + ".")
            ]
            if inside and not ctx.claimed(town.start, town.end) and not ctx.person_starts_at(town.start):
                within = replace(town, region=inside[0], alternatives=tuple(inside[1:]))
                add_region(ctx, ctx.article_reading(within), town.start, town.end).aliases.add(town.text)
                ctx.claim(town.start, town.end)
            break


#: what stands between two items of a list of places, after the first and before the second
_JOINT_AFTER = re.compile(r",\s*(?:(?:dan|serta|atau|bahkan)\s+)?|\s+(?:dan|serta|atau|maupun)\s+")
_JOINT_BEFORE = re.compile(r"(?:,\s*(?:(?:dan|serta|atau|bahkan)\s+)?|\s+(?:dan|serta|atau|maupun)\s+)$")


#: "menuju", "ke", "dari" right before a town: going there or coming from it
_GOING_TO = re.compile(r"\b(?:menuju|ke|dari|arah)\s+$")


def extract_listed_towns(ctx: Context) -> None:
    """``tapi juga Balikpapan, Banjarmasin, dan ...``: a city's or regency's bare name that no stage
    before read, a whole item next in a list to a place the article names (a region, a venue, a
    country), or one of two words or more after "menuju", "ke" or "dari", is a place too, in the
    reading the article writes out (:meth:`Context.article_reading`)."""
    # not beside a province: "Tuban, Jawa Tengah" is a town before the province it lies in, or not
    # (extract_towns_before_provinces)
    # (but a town joined to a province by a word is another item: "dari Jakarta atau Pangkalpinang")
    spans: list[Span] = []
    province_ends: set[int] = set()
    region_ends: set[int] = set()  # where a region the gazetteer knows ends
    for place in ctx.of_type(EntityType.PLACE):
        if _province(place):
            province_ends.update(m.span.end for m in place.mentions)
        else:
            spans.extend(m.span for m in place.mentions)
        if place.identifier is not None:  # (a region's code: add_region)
            region_ends.update(m.span.end for m in place.mentions)
    ends, starts = {span.end for span in spans}, {span.start for span in spans}
    for token in ctx.tokens if spans or province_ends else ():
        if not token.capitalised or ctx.claimed(token.start, token.end):
            continue
        town = gazetteer.match_at(ctx.text, token.start, {"kota", "kabupaten"})
        if town is None or town.explicit or ctx.claimed(town.start, town.end):
            continue
        before = _JOINT_BEFORE.search(ctx.text, max(0, town.start - 10), town.start)
        if (
            ctx.person_starts_at(token.start)
            and (" " not in town.text or not _tagged_as_person(ctx, town))
            and (before is None or before.start() not in region_ends)
        ):
            # (a town's one word may be a person's name; a town of two words or more the tagger reads as a
            # person's whole name is the town: "Kabupaten Samosir dan Humbang Hasundutan"; so is one
            # word listed after regions: "dari Kota Medan, Kabupaten Toba, dan Samosir")
            continue
        if any(span.start <= town.start < span.end for span in spans):
            # "Desa Pasir Batang, Desa ...": the last word of a place's name, no town; "kecamatan ...,
            # yakni Tangerang, Karawaci": a place read already (the district), no town
            continue
        if re.match(r"\s+[A-Z]", ctx.text[town.end : town.end + 2]) or re.search(
            r"\b(?:kota|kabupaten)\s+$", ctx.text[max(0, town.start - 12) : town.start]
        ):
            continue  # "Malang Raya": the name goes on; "kabupaten Kupang": the level is written, in lower case
        after = _JOINT_AFTER.match(ctx.text, town.end)
        if (
            (before is not None and before.start() in ends)
            or (before is not None and before.start() in province_ends and before.group().strip(" ,"))
            or (after is not None and after.end() in starts)
            # "arus kendaraan menuju Deli Serdang": a town of two words or more after "to" or "from"
            or (" " in town.text and _GOING_TO.search(ctx.text, max(0, town.start - 12), town.start))
        ):
            add_region(ctx, ctx.article_reading(town), town.start, town.end).aliases.add(town.text)
            ctx.claim(town.start, town.end)


def _tagged_as_person(ctx: Context, town: gazetteer.RegionMatch) -> bool:
    """Whether the tagger's person is exactly the town's name ``town`` writes: no longer, no shorter."""
    return any(s.label == "PER" and s.start == town.start and s.end == town.end for s in ctx.ner_spans)


def _province(place: Entity) -> bool:
    region = gazetteer.get(place.identifier) if place.identifier else None
    return region is not None and region.level == "provinsi"


def extract_countries(ctx: Context) -> None:
    """``Jepang, Korea Selatan, Portugal, dan Selandia Baru``: every country the article names is a place.

    Written out (not "AS", which is also a suspect's initials), and not inside a name, read by
    another stage (``Bank Indonesia``, ``Presiden Korea Selatan``) or not (``Komite Nasional
    Pemuda Indonesia``, ``Hendra Adi Yunani``, ``Indonesia Corruption Watch``), nor a currency's
    country (``dolar Hong Kong``).
    """
    tokens = ctx.tokens
    for i, token in enumerate(tokens):
        if not token.capitalised or token.bare.isupper() or ctx.claimed(token.start, token.end):
            continue
        found = country_at(ctx, i)
        if found is None:
            continue
        name, end, _ = found
        if ctx.claimed(token.start, end):
            continue
        before = tokens[i - 1] if i else None
        if before is not None and (
            (before.capitalised and before.text == before.bare)  # "Pemuda Indonesia", "Hendra Adi Yunani"
            or before.bare.lower() in _CURRENCY_WORDS  # "dolar Hong Kong", "yen Jepang"
        ):
            continue
        k = ctx.token_index(end)
        if k < len(tokens) and tokens[k].capitalised and ctx.text[end : tokens[k].start].strip() == "":
            continue  # "Indonesia Corruption Watch", "Indonesia Emas": the start of a longer name
        # "ke Jepang", "asal Portugal"
        after_place_word = before is not None and before.text.lower() in lexicon.PLACE_PREPOSITIONS
        if not (after_place_word or _listed_with_a_country(ctx, i, k)):
            continue  # "Israel melakukan serangan": the state as an actor, not a place
        ctx.add(EntityType.PLACE, name, token.start, end, ctx.stage)


#: Words before a country that name its money, not the country: "dolar Hong Kong", "yen Jepang".
_CURRENCY_WORDS = frozenset(lang.words("currency-words"))


def _listed_with_a_country(ctx: Context, i: int, k: int) -> bool:
    """Whether the country over tokens ``i:k`` stands in a list beside another country or a part of
    the world ("Kanada, Eropa, dan Korea Selatan")."""
    tokens = ctx.tokens
    separators = {",", "dan", "serta", "atau"}
    p = i
    while p > 0 and i - p < 2 and tokens[p - 1].text in separators:
        p -= 1
    if p < i:  # the item before ends at token p
        for start in range(max(0, p - 3), p):
            found = _world_place_at(ctx, start)
            if found is not None and found == p:
                return True
    m = k
    while m < len(tokens) and m - k < 2 and tokens[m].text in separators:
        m += 1
    return k < m < len(tokens) and _world_place_at(ctx, m) is not None


def _world_place_at(ctx: Context, i: int) -> int | None:
    """The token after a country or a part of the world named at token ``i`` ("Jepang", "Eropa",
    "Timur Tengah"), or None."""
    found = country_at(ctx, i)
    if found is not None:
        return ctx.token_index(found[1])
    tokens = ctx.tokens
    for width in (3, 2, 1):
        words = tokens[i : i + width]
        if (
            len(words) == width
            and " ".join(t.bare if t is words[-1] else t.text for t in words) in lexicon.WORLD_PLACES
        ):
            return i + width
    return None
