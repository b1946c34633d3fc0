"""Untitled names from the statistical tagger: persons, organisations and places the rules did not find.

The CRF tagger (``kg.ner``, trained on idner-news-2k) proposes PER/ORG/LOC
spans; a span that overlaps anything the rules found is left to the rules.
Person spans are parsed like any name (honorifics stripped) and merged with
persons the article already names; organisation and place spans go through
the abbreviation lexicon and the region gazetteer first, so ``Pemprov Jatim``
or ``Kota Batu`` get the same node the rules would give them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg import gazetteer
from kg.extract import lexicon
from kg.extract.context import Context
from kg.extract.decide import decide, name_after_a_stray_word
from kg.extract.names import (
    NAME_PARTICLES,
    ParsedName,
    is_name_word,
    parse_name,
    plausible_person,
)
from kg.extract.organizations import add_org, parse_org
from kg.extract.people import add_person
from kg.extract.places import (
    CONTEST_NOUNS,
    add_region,
    add_region_as_written,
    city_epithet,
    country_at,
    direction_after,
    district_in_a_list,
    district_of_home,
    inside_a_region,
    last_listed,
    listed_district_from,
    local_region_listed,
    region_named_before,
    state_country_at,
    town_district,
)
from kg.ner import NerSpan
from kg.records import Entity, EntityType
from kg.resolve.coref import person_index, shortened_first_name
from kg.text import quotations
from kg.text.normalize import display_case


def _plausible(text: str, label: str) -> bool:
    words = text.split()
    if label == "LOC" and text in lexicon.COUNTRIES:
        return True  # "Indonesia" is a stop word for names, not for places
    return (
        bool(words) and words[0][:1].isupper() and not all(w.strip(".,") in lexicon.STOPWORDS for w in words)
    )


def extract_untitled(ctx: Context) -> None:
    """Add the tagger's spans that no rule claimed and that :func:`kg.extract.decide.decide` accepts."""
    for span in (*_balinese_names(ctx), *ctx.ner_spans):
        if ctx.claimed(span.start, span.end) or not _plausible(span.text, span.label):
            continue
        i = ctx.token_index(span.start)
        if i >= len(ctx.tokens) or ctx.tokens[i].start != span.start:
            continue
        if span.label == "LOC" and (district := town_district(ctx, span.text)) is not None:
            # "Kota Zorba": the regency's town, the district that bears its name
            add_region(ctx, district, span.start, span.end).aliases.add(span.text)
            continue
        if _in_adat_title(ctx, i):
            continue  # "Budi gelar Raja Sitanggang Bolon": Budi's adat title, no one else
        if (listed := _listed_around(ctx, i, span.end)) is not None:
            # "Kecamatan Tebo Ulu dan VII Koto Ilir" tagged "VII", "..., Pekalongan dan Way Bungur" tagged
            # "Bungur": the list's next district, whole
            district, start, end = listed
            ctx.claim(start, end, add_region_as_written(ctx, district, start, end))
            continue
        if span.label == "LOC" and (city := city_epithet(ctx, span.text)) is not None:
            home = add_region(ctx, city, span.start, span.end)  # "Kota Apel": the article's city
            home.aliases.add(span.text)
            ctx.claim(span.start, span.end, home)
            continue
        if (span.label == "PER" or span.text in lexicon.NAME_ABBREVIATIONS) and (
            end := _past_short_given_name(ctx, i, span.end)
        ) > span.end:
            # "Andi Muh. Yusran Petta Tolo" tagged "Andi Muh": the name goes on past the short form's
            # period ("Moch. Rizal Hakim" tagged a place "Moch" alone: a name too)
            span = replace(span, label="PER", end=end, text=ctx.text[span.start : end])
        if span.label == "PER" and (k := _name_before_its_adat_title(ctx, i)) < i:
            # "H. Rusli Datuak Bagindo Sati" tagged "Bagindo Sati": the name before the title, decided
            start = ctx.tokens[k].start
            span, i = replace(span, start=start, text=ctx.text[start : span.end]), k
        if span.label == "PER" and (k := _first_name_after_honorific(ctx, i)) < i:
            # "Ir. Bimastyaji Surya Ramadan" tagged from "Surya": the whole name, decided as one
            start = ctx.tokens[k].start
            span, i = replace(span, start=start, text=ctx.text[start : span.end]), k
        company = _company_named(ctx, span.text)
        if company is not None:  # "PT Loco Montrado, karena Loco Montrado itu ...": the company again
            company.mention(ctx.span(span.start, span.end), ctx.stage)
            ctx.claim(span.start, span.end, company)
            continue
        decision = decide(ctx, span)
        if not decision.accepted and (rest := name_after_a_stray_word(ctx, span)) is not None:
            span, decision = rest, decide(ctx, rest)  # "Sukamaju Estate Yohanes Wirasetiawan" from "Estate"
            i = ctx.token_index(span.start)
        if not decision.accepted:
            continue
        if decision.label == "LOC" and (longer := _named_longer(ctx, i, span.end)) is not None:
            place, end = longer  # "di Batu Ampar" tagged "Batu", after "kawasan Batu Ampar": that place
            place.mention(ctx.span(span.start, end), ctx.stage)
            ctx.claim(span.start, end, place)
            continue
        if decision.label == "PER":  # the decision may read the tagger's organisation as a person
            entity = _person(ctx, i, span.end)
        elif decision.label == "ORG":
            if ctx.in_title(span.start) and not _known_body(span.text):
                continue  # 'mengusung tema "Penguatan Ekonomi Lokal dan ..."': a theme, no body
            entity = _organisation(ctx, i, span.start, span.end)
        elif (region := _region(ctx, span.start, span.end)) and not _listed_not_far(
            ctx, i, span.text, region
        ):
            # a gazetteer region: the gazetteer's match, not the tagger's guess, so no confidence
            add_region(ctx, region.region, region.start, region.end)
            continue
        elif district := district_in_a_list(ctx, i, span.text):
            # "di Kecamatan Trowulan, Sooko, dan Mojosari": the next district of the list, by its level word
            place = add_region(ctx, district, span.start, span.end)
            place.aliases.add(span.text)
            ctx.claim(span.start, span.end, place)
            continue
        elif ctx.in_title(span.start):
            continue  # 'bertema "... Menuju Pasar Global"': a title names no place but a region
        elif inside_a_region(ctx, span.start, span.end):
            continue  # "Kelurahan 35 Ilir" tagged "Ilir": a word of a region's name the gazetteer read whole
        elif _names_a_contest(ctx, i, span.text):
            continue  # "(Lomba Kampung Resik)": the kind of village a contest is for, no place
        else:
            entity = _place(ctx, i, span.start, span.end)
        if entity is not None:
            _stamp(entity, span.start, span.end, decision.confidence, ctx.stage)


#: words a Roman numeral "I" follows ("Juara I Made ...": the rank, then a name opening with "Made")
_NUMBERED = frozenset(
    {"Juara", "Harapan", "Peringkat", "Terbaik", "Komisi", "Tahap", "Angkatan", "Kelas", "Teradu", "Pengadu"}
)


def _balinese_names(ctx: Context) -> list[NerSpan]:
    """``I Made Tirta Yasa Kusuma``, ``Ni Luh Ayu Sri Lestarini``: a run of capitalised words that
    opens with "I" or "Ni" and a Balinese birth-order or caste name, and goes on past those, is a
    person's name, whatever the tagger reads of it (it often starts inside it, or misses it).
    The spans are the tagger's kind, so that :func:`kg.extract.decide.decide` judges them as it does
    the tagger's own."""
    tokens, spans = ctx.tokens, []
    for i in range(len(tokens) - 2):
        if (
            tokens[i].text not in lexicon.BALINESE_OPENERS
            or tokens[i + 1].text not in lexicon.BALINESE_NAMES
            or (i > 0 and tokens[i - 1].text in _NUMBERED)
        ):
            continue
        k = i + 1
        while k < len(tokens) and k - i <= 7 and tokens[k].capitalised:
            if ctx.text[tokens[k - 1].end : tokens[k].start] != " " or tokens[k].text != tokens[k].bare:
                # ("... Arya Dharmawan. Untuk ...": its last word before the sentence's full stop)
                k += tokens[k].text.removesuffix(".") == tokens[k].bare
                break
            k += 1
        named = [t.text for t in tokens[i + 1 : k]]
        if all(w in lexicon.BALINESE_NAMES for w in named):
            continue  # ("I Gusti Ngurah": the opening words, no name after them)
        start, end = tokens[i].start, tokens[k - 1].bare_end
        spans.append(NerSpan(start, end, "PER", ctx.text[start:end]))
    return spans


def _named_longer(ctx: Context, i: int, end: int) -> tuple[Entity, int] | None:
    """The place the article names whose name the tagger's place span (token ``i`` to ``end``)
    opens, with capitalised words after it ("Batu" of "Batu Ampar"), and where it ends: a
    locality named after its town is no mention of the town."""
    tokens = ctx.tokens
    k = ctx.token_index(end)
    for width in (0, 1, 2):
        last = k + width - 1
        if last >= len(tokens) or not all(t.capitalised for t in tokens[k : last + 1]):
            return None
        stop = tokens[last].bare_end
        if len(ctx.text[tokens[i].start : stop].split()) < 2 or "\n" in ctx.text[end:stop]:
            continue
        place = ctx.find(EntityType.PLACE, ctx.text[tokens[i].start : stop])
        if place is not None and not place.identifier:
            return place, stop
    return None


def _company_named(ctx: Context, text: str) -> Entity | None:
    """The article's company whose own name (after "PT"/"CV") is ``text``."""
    for form in ("PT", "CV"):
        company = ctx.find(EntityType.ORGANIZATION, f"{form} {text}")
        if company is not None:
            return company
    return None


def _stamp(entity: Entity, start: int, end: int, confidence: float, stage: str) -> None:
    """Give the mention this candidate just made the decision's confidence (``kgo:confidence``)."""
    if entity.mentions:
        last = entity.mentions[-1]  # a mention is appended, so only the last one can be new
        if last.extractor == stage and last.confidence is None and start <= last.span.start < end + 1:
            entity.mentions[-1] = replace(last, confidence=confidence)


def _person(ctx: Context, i: int, end: int) -> Entity | None:
    i = _noble_title_before(
        ctx,
        _butonese_name_before(
            ctx,
            _balinese_name_before(
                ctx,
                _first_name_before(ctx, _first_name_before_initial(ctx, _short_given_name_before(ctx, i))),
            ),
        ),
    )
    name = parse_name(ctx.text, ctx.tokens, i)
    if name is None or name.name in lexicon.COUNTRIES:
        return None
    if name.end > end + 1 and ctx.text[end : name.end].split()[0] not in NAME_PARTICLES:
        return None  # the name may go on past the tagger's span only over a particle ("Joao Angelo de Sousa")
    if _a_heading(ctx, name):
        return None  # "Susunan Pemain\nArsenal: David Raya; ...": a line of its own, a heading
    if _quoted_whole(ctx.text, name.start, name.end):
        return None  # 'lagu berjudul “Gorga Pakpak”', a slogan '“Dairi Mandiri”': a work's or a motto's name
    if not plausible_person(name.name, ctx.lower_words):
        return None  # "Kasus ini ...": a common word opening a sentence
    if (glued := _glued_to_known(ctx, name)) is not None:
        return glued
    person = person_index(ctx).get(name.name)
    if person is None and " " not in name.name and (person := shortened_first_name(ctx, name.name)):
        person.aliases.add(name.name)
    if person is not None:
        person.mention(ctx.span(name.start, name.end), ctx.stage)
        ctx.claim(name.start, name.end, person)
        return person
    return add_person(ctx, name, ctx.stage)


#: the marks that open and close a quotation, single ones too (a title is often quoted with them)
_OPENING_MARKS = frozenset(quotations.OPENING + "'‘")
_CLOSING_MARKS = frozenset(quotations.CLOSING + "'’")


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is all a quotation holds, its marks right around it:
    the name of a work, a motto or a programme the tagger read as a person's, not a person named."""
    return start > 0 and text[start - 1] in _OPENING_MARKS and text[end : end + 1] in _CLOSING_MARKS


def _a_heading(ctx: Context, name: ParsedName) -> bool:
    """Whether the name the tagger read ends its line and the next line opens with a word a name may
    have: a heading before what it heads (``Tidur Bareng Mayat Semalaman``, ``Susunan Pemain``) or a
    line of a page's furniture, no mention of a person (names end with their line)."""
    line_end = ctx.text.find("\n", name.end)
    if line_end < 0 or ctx.text[name.end : line_end].strip():
        return False
    k = ctx.token_index(line_end)
    return k < len(ctx.tokens) and is_name_word(ctx.tokens[k])


def _glued_to_known(ctx: Context, name: ParsedName) -> Entity | None:
    """``UIN Maliki Imam Muslimin``: after a body's name, a word of it glued before a person the
    article names is no new person; that person is mentioned. Only after a body: ``Hamzah Haz,
    Soraya Hamzah Haz`` (after a comma) is his wife."""
    first, _, rest = name.name.partition(" ")
    if len(rest.split()) < 2 or ctx.find(EntityType.PERSON, name.name):
        return None
    known = ctx.find(EntityType.PERSON, rest)
    k = ctx.token_index(name.start)
    if known is None or k == 0:
        return None
    before = ctx.tokens[k - 1]
    if (
        ctx.entity_at(before.start, before.end, EntityType.ORGANIZATION) is None
        and before.bare not in gazetteer.all_abbreviations()
    ):
        return None
    start = name.start + len(first) + 1
    known.mention(ctx.span(start, name.end), ctx.stage)
    ctx.claim(start, name.end, known)
    return known


#: the regional noble titles opening a name that the tagger may leave out of its span
_OPENERS = lexicon.NOBLE_OPENERS - lexicon.SASAK_OPENERS


def _noble_title_before(ctx: Context, i: int) -> int:
    """``Raden Ayu Siti Marpaung`` where the tagger starts at ``Ayu`` (or at ``Siti``), ``Nyimas Rosmala``
    where it starts at ``Rosmala``: the title of nobility before is read with the name (its alias);
    ``Tengku Amri Hasan`` where it starts at ``Amri``: a regional noble title that opens a name
    (:data:`lexicon.NOBLE_OPENERS`, but the Sasak ones: "Lalu" is also "then" opening a sentence) is
    its first word."""
    tokens = ctx.tokens
    for j in (i - 2, i - 1):
        title = " ".join(t.text for t in tokens[j:i]) if j >= 0 else ""
        if title in lexicon.NOBLE_TITLES and not ctx.claimed(tokens[j].start, tokens[i].start):
            return j
    if i > 0 and tokens[i - 1].text in _OPENERS and not ctx.claimed(tokens[i - 1].start, tokens[i].start):
        return i - 1
    return i


def _balinese_name_before(ctx: Context, i: int) -> int:
    """``Ni Putu Eriek Sumyanti`` where the tagger starts at ``Eriek``: a Balinese name opens with
    "I" or "Ni" and birth-order or caste names, or with a noble title ("Ida Bagus", "Anak Agung"),
    which are its first words."""
    tokens = ctx.tokens
    k = i
    while k > 0 and tokens[k - 1].bare in lexicon.BALINESE_NAMES and tokens[k - 1].text == tokens[k - 1].bare:
        k -= 1
    for j in (k - 1, k - 2):  # "Ida Bagus Agung ..." from "Agung", "Ida Bagus Made ..." from "Made"
        if (
            j >= 0
            and (tokens[j].text, tokens[j + 1].text) in lexicon.BALINESE_NOBLE_TITLES
            and not ctx.claimed(tokens[j].start, tokens[i].start)
        ):
            return j
    if (
        (k < i or tokens[i].bare in lexicon.BALINESE_NAMES)  # or the tagger starts at "Made" itself
        and k > 0
        and tokens[k - 1].text in lexicon.BALINESE_OPENERS
        and not ctx.claimed(tokens[k - 1].start, tokens[i].start)
    ):
        return k - 1
    return i


def _butonese_name_before(ctx: Context, i: int) -> int:
    """``La Ode Hamid`` or ``Wa Ode Sania`` where the tagger starts at ``Ode``: the Butonese noble's
    name opens with "La" or "Wa"."""
    tokens = ctx.tokens
    opened = i > 0 and tokens[i].text == "Ode" and tokens[i - 1].text in {"La", "Wa"}
    return i - 1 if opened and not ctx.claimed(tokens[i - 1].start, tokens[i - 1].end) else i


def _short_given_name_before(ctx: Context, i: int) -> int:
    """``atas nama Moh. Binsar Manurung`` where the tagger starts at ``Binsar``: a given name written short
    (name-abbreviations.tsv) with its period right before the span opens the name, when no capitalised
    word stands before it (after one it may be a title inside a name: "Mahyeldi Dt. Marajo")."""
    tokens = ctx.tokens
    if (
        i == 0
        or tokens[i - 1].text != f"{tokens[i - 1].bare}."
        or tokens[i - 1].bare not in lexicon.NAME_ABBREVIATIONS
        or ctx.claimed(tokens[i - 1].start, tokens[i - 1].end)
    ):
        return i
    return i - 1 if i == 1 or not tokens[i - 2].capitalised else i


def _first_name_before_initial(ctx: Context, i: int) -> int:
    """``Wahyu A Priambodo`` where the tagger starts at ``A``: a name does not open with a middle initial,
    so a capitalised, unclaimed word before it that is no common, title or region word is its first."""
    tokens = ctx.tokens
    if i == 0 or not re.fullmatch(r"[A-Z]\.?", tokens[i].text) or not _may_open_the_name(ctx, i - 1):
        return i
    return i - 1


def _first_name_before(ctx: Context, i: int) -> int:
    """``dihadiri Sahat Prasetyo Nugroho`` where the tagger starts at ``Prasetyo``: a capitalised word
    right before its span that may open a name (:func:`_may_open_the_name`) and is no form of address
    ("Pak"), no word with "-nya" ("Informasinya") and no other word a name may not hold, after no
    capitalised word of its own, is the name's first."""
    tokens = ctx.tokens
    if i == 0 or not _may_open_the_name(ctx, i - 1) or not is_name_word(tokens[i - 1]):
        return i
    if tokens[i - 1].bare in lexicon.ADDRESS or tokens[i - 1].bare.endswith("nya"):
        return i
    return i - 1 if i == 1 or not tokens[i - 2].capitalised else i


def _past_short_given_name(ctx: Context, i: int, end: int) -> int:
    """Where a name the tagger ends at ``end`` with a given name written short (``Andi Muh``, ``Moh``:
    :data:`lexicon.NAME_ABBREVIATIONS`) ends when it goes on after the period (``Moh. Rifai``)."""
    last = ctx.text[ctx.tokens[i].start : end].rsplit(maxsplit=1)[-1]
    if last not in lexicon.NAME_ABBREVIATIONS or not ctx.text.startswith(".", end):
        return end
    name = parse_name(ctx.text, ctx.tokens, i)
    return name.end if name is not None and name.end > end + 1 else end


def _in_adat_title(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is in the adat title given to a person after "gelar", up to three
    capitalised words on ("Tumpak gelar Raja Sitanggang Bolon")."""
    tokens = ctx.tokens
    k = i
    while k > 0 and i - k < 3 and tokens[k - 1].capitalised:
        k -= 1
    return k >= 2 and tokens[k - 1].text == "gelar" and tokens[k - 2].capitalised


def _name_before_its_adat_title(ctx: Context, i: int) -> int:
    """The first word of the name written before the adat title that token ``i`` follows
    (``Rusli`` of "Rusli Datuak Bagindo Sati"), or ``i`` if none is."""
    tokens = ctx.tokens
    if i < 2 or tokens[i - 1].text not in lexicon.ADAT_TITLES:
        return i
    k = i - 1
    while k > 0 and i - 1 - k < 4 and is_name_word(tokens[k - 1]):  # (a name of four words at most)
        k -= 1
    return k if k < i - 1 else i


def _first_name_after_honorific(ctx: Context, i: int) -> int:
    """``Ir. Bimastyaji Surya Ramadan`` where the tagger starts at ``Surya``: a word it does not know
    between an honorific or degree and its span is the name's first; so it is after an office's
    short form in brackets (``Kepala Seksi Tindak Pidana Umum (Pidum) Marulitua Johannes ...``)."""
    tokens = ctx.tokens
    if i < 2 or not _may_open_the_name(ctx, i - 1):
        return i
    before = tokens[i - 2].text
    if before in lexicon.HONORIFICS or (before == ")" and i >= 4 and tokens[i - 4].text == "("):
        return i - 1
    return i


def _may_open_the_name(ctx: Context, k: int) -> bool:
    """Whether token ``k`` may be the first word of a name the tagger's span after it goes on with: a
    capitalised, unclaimed word that is no common, title, honorific or region word."""
    token = ctx.tokens[k]
    word = token.bare
    return not (
        token.text != word
        or not token.capitalised
        or ctx.claimed(token.start, token.end)
        or ctx.is_a_word(word)
        or word in lexicon.TITLE_FIRST_WORDS
        or word in lexicon.HONORIFICS
        or f"{word}." in lexicon.HONORIFICS  # "Prof H Hembing W": an honorific written without its full stop
        or word.isupper()
        or gazetteer.lookup(word)
    )


def _country_cut_off(ctx: Context, i: int, end: int) -> tuple[str, int, int] | None:
    """The country (as :func:`kg.extract.places.country_at` gives it) right after a span from token
    ``i`` to ``end`` that ends on a state's form: the tagger's "Kementerian Pendidikan Kerajaan"
    before "Arab Saudi" was cut before the country that belongs to the name."""
    words = ctx.text[ctx.tokens[i].start : end].split()
    k = ctx.token_index(end)
    if not words or words[-1] not in lexicon.STATE_FORMS or k >= len(ctx.tokens):
        return None
    if ctx.text[end : ctx.tokens[k].start] != " ":
        return None
    return country_at(ctx, k)


def _organisation(ctx: Context, i: int, start: int, end: int) -> Entity:
    if (country := _country_cut_off(ctx, i, end)) is not None:
        end = country[1]  # the foreign body's country belongs to its name
    match = parse_org(ctx, i)
    if match is not None and match.start == start and match.end <= end + 1:
        return add_org(ctx, match, ctx.stage)
    text = ctx.text[start:end]
    entity = ctx.add(EntityType.ORGANIZATION, display_case(text), start, end, ctx.stage)
    head = text.split()[0]
    entity.government = entity.government or (
        head in lexicon.GOVERNMENT_HEADS and head not in lexicon.NON_GOVERNMENT_HEADS
    )
    return entity


def _listed_around(ctx: Context, i: int, end: int) -> tuple[gazetteer.Region, int, int] | None:
    """The district of a list whose name of several words the tagger's span (token ``i`` to ``end``)
    is inside, opening there or one or two capitalised words before it that no stage read: the
    district, where it starts and ends; or the district the span names whole ("Kecamatan A, B dan Paal
    Merah" tagged an organisation "Paal Merah")."""
    tokens = ctx.tokens
    for k in (i, i - 1, i - 2):
        if k < 0 or not all(t.capitalised and not ctx.claimed(t.start, t.end) for t in tokens[k:i]):
            break
        listed = listed_district_from(ctx, k)
        if listed is not None and listed[1] >= end:
            return listed[0], tokens[k].start, listed[1]
    return None


def _listed_not_far(ctx: Context, i: int, written: str, region: gazetteer.RegionMatch) -> bool:
    """Whether ``written`` at token ``i``, which the gazetteer reads as ``region``, is rather the next
    district of a list, of another province than that region ("Kecamatan Cikampek, Kotabaru dan
    Jatisari": Karawang's Kota Baru, not Kalimantan's Kabupaten Kotabaru; but "Juwangi, Boyolali":
    the regency)."""
    district = district_in_a_list(ctx, i, written)
    return district is not None and (
        district.code[:2] != region.region.code[:2]
        # "empat kecamatan se-Kota Tangerang, yakni Tangerang, Karawaci, ...": the level's word says which
        or local_region_listed(ctx, ctx.tokens[i].start, written) is not None
        # "di Kecamatan A, B, dan Sukoharjo": the list's last item ("A, B" may be an address)
        or last_listed(ctx, i)
    )


def _region(ctx: Context, start: int, end: int) -> gazetteer.RegionMatch | None:
    """The gazetteer region the tagger's place span starts with, when it lies inside the span."""
    levels = {"provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa"}
    region = gazetteer.match_at(ctx.text, start, levels)
    if region is None and (i := ctx.token_index(start)) > 0:
        # "bersama Kota Surabaya" tagged "Surabaya": the region its type word before it opens
        region = gazetteer.match_at(ctx.text, ctx.tokens[i - 1].start, levels)
        region = region if region is not None and region.explicit and region.end >= end else None
    if region is None and (district := district_of_home(ctx, ctx.text[start:end])) is not None:
        # "antara lain Ampelgading, Tirtoyudo ...": a district of the article's own region, written bare
        return gazetteer.RegionMatch(district, start, end, ctx.text[start:end], False, ())
    if region is None and (named := region_named_before(ctx, ctx.text[start:end])) is not None:
        # "di Gumantar" after "di Desa Gumantar, Kabupaten Lombok Utara": that village again
        return gazetteer.RegionMatch(named, start, end, ctx.text[start:end], False, ())
    if region is None or region.end > end:
        return None
    if _opens_a_longer_name(ctx, region, end):
        return None  # "Batu Lima": a place of its own whose name opens with a town's
    region = replace(region, region=ctx.article_reading(region))
    comma = re.match(r",\s*", ctx.text[region.end : region.end + 3])
    outer = gazetteer.match_at(ctx.text, region.end + comma.end(), levels) if comma else None
    if outer is None or _listed(ctx, region, outer, levels):
        return region
    containers = (outer.region, *outer.alternatives)
    if any(_within(region.region, c) for c in containers):
        return region
    # "gedung KPK, Kuningan, Jakarta Selatan": no Kuningan the gazetteer knows lies in
    # Jakarta Selatan, so this one is no Kabupaten Kuningan
    inside = [r for r in region.alternatives if any(_within(r, c) for c in containers)]
    return replace(region, region=inside[0]) if inside else None


def _opens_a_longer_name(ctx: Context, region: gazetteer.RegionMatch, end: int) -> bool:
    """Whether a region written bare opens a longer name of capitalised words the tagger's span
    ending at ``end`` goes on with ("Batu Lima", a village): a place of its own, not the region
    (but "Surabaya Barat", a part of it)."""
    return (
        not region.explicit
        and " " not in region.text  # ("X Utara Maju": a motto's words after a two-word name)
        and re.match(r"\s+[A-Z]", ctx.text[region.end : end]) is not None
        and not direction_after(ctx, region.end)
    )


def _listed(
    ctx: Context, region: gazetteer.RegionMatch, outer: gazetteer.RegionMatch, levels: set[str]
) -> bool:
    """``Sleman, Klaten, Sukoharjo``, ``Sibolga, Medan, dan ...``: the two regions are items of a list, not
    a place and its region."""
    before = re.search(r"((?:\S+\s+){0,2}\S+),\s*$", ctx.text[max(0, region.start - 60) : region.start])
    if before is not None:
        words = before.group(1).split()
        if any(gazetteer.lookup(" ".join(words[k:])) for k in range(len(words))):
            return True
    if re.match(r",\s*(?:dan|serta)\s", ctx.text[outer.end : outer.end + 8]):
        return True  # "dari Sibolga, Medan, dan sejumlah negara": a list's last items joined on
    more = re.match(r",\s*|\s+(?:dan|serta)\s+", ctx.text[outer.end : outer.end + 8])
    return more is not None and gazetteer.match_at(ctx.text, outer.end + more.end(), levels) is not None


def _within(inner: gazetteer.Region, outer: gazetteer.Region) -> bool:
    """Whether ``inner`` lies in ``outer``, or ``outer`` in ``inner`` ("Malang, Jawa Timur", "Jatim, Malang")."""
    return inner.code.startswith(outer.code + ".") or outer.code.startswith(inner.code + ".")


def _names_a_contest(ctx: Context, i: int, text: str) -> bool:
    """Whether a span the tagger reads as a place, at token ``i``, opens with a village's or a
    district's word right after a contest's noun ("Lomba Kampung Bersih"): the kind of village the
    contest is for, as the local places' reader has it (:data:`kg.extract.places.CONTEST_NOUNS`)."""
    return (
        i > 0
        and ctx.tokens[i - 1].bare.casefold() in CONTEST_NOUNS
        and text.split()[0] in lexicon.BELOW_TOWN_WORDS
    )


def _place(ctx: Context, i: int, start: int, end: int) -> Entity:
    country = country_at(ctx, i) or state_country_at(ctx, i)
    if country is not None and country[1] >= end:
        # "di Amerika Serikat" where the tagger stops at "Amerika", "ke Kerajaan Arab Saudi" where it
        # stops at "Arab": the whole country's name
        return ctx.add(EntityType.PLACE, country[0], start, country[1], ctx.stage)
    name = display_case(ctx.text[start:end])
    if " " not in name and name in lexicon.VENUE_FIRST_WORDS:
        longer = [p for p in ctx.of_type(EntityType.PLACE) if p.name.startswith(f"{name} ")]
        if len(longer) == 1:  # "dipanggil ke Istana" after "di Istana Negara": that venue again
            longer[0].mention(ctx.span(start, end), ctx.stage)
            ctx.claim(start, end, longer[0])
            return longer[0]
    return ctx.add(EntityType.PLACE, name, start, end, ctx.stage)


def _known_body(text: str) -> bool:
    """Whether the lexicon knows ``text`` as a body, by its full name or its abbreviation."""
    return gazetteer.lookup_full(text) is not None or gazetteer.lookup_abbreviation(text) is not None
