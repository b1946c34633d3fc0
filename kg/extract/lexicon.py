"""Indonesian public-sector vocabulary: titles, ranks, degrees, institution and event words.

Generic domain knowledge only (the words any Indonesian press release uses);
no names of people, events or awards. Organisation abbreviations live in
``data/lexicon/organizations.tsv`` (see ``kg.gazetteer.organizations``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg import lang
from kg.gazetteer.organizations import known_organizations
from kg.text import dates
from kg.text.tokens import Token

# -- acting and former forms ---------------------------------------------------

#: surface → canonical acting form; kept on the membership as its tenure kind.
ACTING = lang.mapping("acting", "surface", "canonical")
ACTING_SHORT = lang.mapping("acting-short", "canonical", "short")
FORMER = lang.words("former")
#: Relatives before an office and two names: the office is the first name's ("istri Presiden X, Y").
KIN_WORDS = frozenset(lang.words("kin-words", casefold=True))


@dataclass(frozen=True)
class Title:
    """A title whose organisation is implied by the title itself and a jurisdiction.

    ``org`` is a pattern: ``{gov}`` becomes the government of the jurisdiction
    (``Pemerintah Kota Malang``), ``{city_gov}`` that of the city or regency it lies in, ``{place}`` the region's display name, ``{bare}`` its bare
    name and ``{region}`` the name a body's name ends with (``Provinsi Jawa Timur``, ``Kota
    Malang``); ``None`` means a fixed national body in ``fixed_org``.
    ``levels`` are the region levels the title may take.
    """

    role: str
    org: str | None
    levels: frozenset[str] = frozenset()
    fixed_org: str | None = None
    short: str | None = None


#: National bodies with an office in each region, named by the body and the region ("BPS Provinsi Bengkulu").
_VERTICAL_ROWS = lang.table("vertical-offices", ("body", "office", "bare"))
VERTICAL_OFFICES = frozenset(body for body, _, _ in _VERTICAL_ROWS)
#: ... and the name such an office goes by before its region, where it is not the body's own
#: ("Kantor Pencarian dan Pertolongan" of Basarnas)
VERTICAL_OFFICE_NAMES = {body: office for body, office, _ in _VERTICAL_ROWS if office != "-"}
#: ... and those whose name written bare is the one office a story names ("data BPS" beside "BPS Kota X")
VERTICAL_BARE_OFFICE = frozenset(body for body, _, bare in _VERTICAL_ROWS if bare == "office")
#: Ministries with an office in each city and regency ("Kemenag Kota Malang": its Kantor Kementerian Agama).
MINISTRY_OFFICES = frozenset(lang.words("ministry-offices", "body"))
#: bodies of which every city and regency (or every province) has one, and those levels
REGIONAL_BODY_LEVELS = {
    body: frozenset(levels.split(","))
    for body, levels in lang.table("regional-body-levels", ("body", "levels"))
}


def _title_levels(levels: str, org: str) -> frozenset[str]:
    """The region levels of a title: as listed, none (``-``), or ``body``: those of the body it heads
    in regional-body-levels.tsv ("Kejaksaan Negeri" of "Kejaksaan Negeri {bare}"), stated there once."""
    if levels == "body":
        return REGIONAL_BODY_LEVELS[org.partition(" {")[0]]
    return frozenset() if levels == lang.NONE else frozenset(levels.split(","))


#: surface form → title with an implied organisation. Longest surface wins.
TITLES: dict[str, Title] = {
    surface: Title(
        role,
        lang.optional(org),
        _title_levels(levels, org),
        fixed_org=lang.optional(fixed_org),
        short=lang.optional(short),
    )
    for surface, role, org, levels, fixed_org, short in lang.table(
        "titles", ("surface", "role", "org", "levels", "fixed_org", "short")
    )
}

#: the regions' own words for a village whose head the titles name ("Kepala Pekon X" heads Pemerintah
#: Pekon X, a desa): "Pekon X" is the village X
VILLAGE_WORDS = frozenset(
    org.split()[1]
    for title in TITLES.values()
    if (org := title.org) is not None
    and re.fullmatch(r"Pemerintah [A-Z][a-z]+ \{bare\}", org)
    and title.levels == frozenset({"desa"})
)

#: Ministers: short form → ministry subject ("Mendagri" → "Dalam Negeri").
MINISTERS = lang.mapping("ministers", "surface", "subject")
#: Deputy ministers, written with ``Wa`` before the minister's short form ("Wamenaker" → "Ketenagakerjaan").
DEPUTY_MINISTERS = {
    f"Wam{short[1:]}": subject for short, subject in MINISTERS.items() if short.startswith("Men")
}

#: Position words that take an organisation phrase after them ("Kepala Badan ...").
#: surface → canonical role label. Longest surface wins.
POSITIONS = lang.mapping("positions", "surface", "role")

#: Abbreviations that name an organisation only with a cue before them: "PBB" and "PKB" are
#: also land and vehicle taxes in local news, "KSP" a savings cooperative, "BPD" a village council.
AMBIGUOUS_ABBREVIATIONS = frozenset(lang.words("ambiguous-abbreviations", "abbreviation"))
ORG_CUES = frozenset(lang.words("org-cues"))
#: English superlatives of an award's category ("Best Sustainable Bank"): such a phrase names no body.
AWARD_SUPERLATIVES = frozenset(lang.words("award-superlatives"))
#: Words of event, product, programme and group names that never occur in a personal name.
NOT_PERSON_WORDS = frozenset(lang.words("not-person-words"))
#: A state's form written before a country's name ("Kerajaan" of "Kerajaan Arab Saudi").
STATE_FORMS = frozenset(lang.words("state-forms"))
#: Bare verb stems of headings ("Raih", "Dorong"): a body's name stops before one.
HEADLINE_VERBS = frozenset(lang.words("headline-verbs"))

#: English words that make a capitalised English phrase a body's name ("... Studies", "... Watch").
ENGLISH_ORG_WORDS = frozenset(lang.words("english-org-words"))
#: Makers, products and platforms ("Toyota", "WhatsApp", "Shopee"): no person, body or programme.
BRANDS = frozenset(lang.words("brands"))

#: Kinds of body every region has many of (``Puskesmas``, ``BUMD``): abbreviation → type name, and
#: the abbreviations after which a proper name makes one body (``RSUD Sukamaju``).
_FACILITY_ROWS = lang.table("facility-types", ("abbreviation", "type", "named", "per-region"))
FACILITY_TYPES = {abbr: kind for abbr, kind, _, _ in _FACILITY_ROWS}
#: the spelled-out kinds of facility ("Pondok Pesantren", "Rumah Sakit Umum Daerah")
FACILITY_KINDS = frozenset(FACILITY_TYPES.values())
NAMED_FACILITIES = frozenset(abbr for abbr, _, named, _ in _FACILITY_ROWS if named == "yes")
#: the honorifics that may open a facility's own name after its kind, a namesake's ("RSUD dr Soetomo",
#: "RSUP Prof. Dr. ...")
NAMESAKE_OPENERS = frozenset({"dr.", "prof.", "dr"})
#: Kinds of which a region has many, so that a region does not make one body (``Puskesmas Kota Batu``).
MANY_PER_REGION = frozenset(
    name for abbr, kind, _, per_region in _FACILITY_ROWS if per_region == "many" for name in (abbr, kind)
)
#: Kinds that are groups of people, by abbreviation ("Poktan", "Pokdarwis", "Gapoktan"): farmers or
#: villagers who meet, named freely by their members, and no site.
GROUP_FACILITIES = frozenset(
    abbr for abbr, kind, _, _ in _FACILITY_ROWS if kind.startswith(("Kelompok", "Gabungan"))
)

#: Countries (for "Presiden AS", "Perdana Menteri Jepang"); also places.
COUNTRIES = lang.mapping("countries", "surface", "country")
#: Words after which a capitalised word is a place ("di Lembang", "ke Jepang", "asal Portugal").
PLACE_PREPOSITIONS = frozenset(lang.words("place-prepositions"))
#: Words for the people or the parts of an area before its name ("warga Simanindo", "pesisir Palipi").
AREA_WORDS = frozenset(lang.words("area-words"))
_BALINESE = lang.table("balinese-names", ("word", "birth_order"))
#: Balinese birth-order and caste names after "I" or "Ni" ("I Wayan Sudana").
BALINESE_NAMES = frozenset(word for word, _ in _BALINESE)
#: Those that are birth-order names, opening a personal name without "I" too ("Komang Tirta").
BALINESE_BIRTH_ORDER = frozenset(word for word, birth_order in _BALINESE if birth_order == "yes")
#: What opens a Balinese name before those: "I" (a man's), "Ni" (a woman's).
BALINESE_OPENERS = frozenset({"I", "Ni"})
#: Balinese noble titles that open a personal name ("Anak Agung Ngurah ...", "Ida Bagus ...").
BALINESE_NOBLE_TITLES = frozenset({("Anak", "Agung"), ("Ida", "Bagus"), ("Ida", "Ayu")})
#: Sasak (Lombok) noble names that open a personal name: "Lalu" (a man's), "Baiq" (a woman's).
#: "Lalu" is also the common word "then", so it opens a name only where a name is expected.
SASAK_OPENERS = frozenset({"Lalu", "Baiq"})
#: Butonese (Buton, Muna) noble titles of two words that open a personal name: "La Ode" (a man's),
#: "Wa Ode" (a woman's)
BUTONESE_OPENERS = frozenset({("La", "Ode"), ("Wa", "Ode")})
#: the Butonese and Munanese markers before a one-word personal name: "La" (a man's: "La Sadi"), "Wa"
#: (a woman's: "Wa Nuri"); the name they mark is one word, however many the marker makes it
BUTONESE_MARKERS = frozenset({"La", "Wa"})
#: Regional noble titles written as a personal name's first word, before the name its bearer is
#: called by: Acehnese "Teuku" (a man's) and "Cut" (a woman's), Malay "Tengku", Bugis "Andi",
#: and the Sasak ones ("Bupati Fadhlullah" is Teuku Fadhlullah Hasyim).
NOBLE_OPENERS = frozenset({"Teuku", "Cut", "Tengku", "Andi"}) | SASAK_OPENERS
#: The world's countries (Indonesian and English names), for a head of state's country and for telling a place.
WORLD_COUNTRIES = frozenset(lang.words("world-countries", "name"))
#: The grades of a national award or predicate ("Nindya", "Madya", "Kencana"; award-grades.tsv).
AWARD_GRADES = frozenset(lang.words("award-grades"))
#: the levels of an alert status ("Waspada", "Siaga"), written alone or as "Level II"
ALERT_LEVELS = frozenset(lang.words("alert-levels"))
#: a road or route named by the places it joins ("jalur Sidikalang–Sumbul"): its words, and whether each counts
#: capitalised too; and the words between it and them
ROUTE_WORDS = lang.mapping("route-words", "word", "capitalised")
ROUTE_MODIFIERS = lang.words("route-modifiers")
#: conjunctions that open a clause before a sentence's subject ("Meski ..., Budi menilai ...")
SUBORDINATORS = frozenset(lang.words("subordinators"))
#: The words an award's name is written with, no noun needed before it ("Adipura", "Piala", "Swasti").
AWARD_WORDS = frozenset(lang.words("award-words"))
#: first words of an award's name ("Piala Adipura", "Anugerah ...")
AWARD_HEADS = frozenset(lang.words("award-heads"))
#: the words that point back to what was named before ("program tersebut", "lomba itu")
POINTERS = frozenset({"tersebut", "itu", "ini"})
#: nouns of a competition, in lower case ("lomba", "musabaqah"): a contest's name opens with one, no body's
CONTEST_NOUNS = (
    "lomba", "kompetisi", "festival", "kejuaraan", "olimpiade", "kontes", "sayembara", "musabaqah", "turnamen",
    "pacuan", "kerapan",
)  # fmt: skip
#: Every country's name as the word lists write it: surfaces ("UEA", "Persatuan Emirat Arab") and names.
COUNTRY_NAMES = frozenset(COUNTRIES) | WORLD_COUNTRIES
#: The world's countries and regions as places ("Uruguay", "Eropa").
WORLD_PLACES = WORLD_COUNTRIES | frozenset(lang.words("world-regions", "name"))

#: Contracted position+organisation words: "Kadinkes" = Kepala + Dinkes.
CONTRACTED = {
    surface: (position, org)
    for surface, position, org in lang.table("contracted", ("surface", "position", "org"))
}
#: ... and the head of each regional office ("Dinas") the organisations' lexicon knows by one short word,
#: written "Ka" and that word ("Kadiskoperindag" = Kepala + Diskoperindag)
_OFFICE_HEADS = {
    f"Ka{info.abbr[0].lower()}{info.abbr[1:]}": info.abbr
    for info in known_organizations()
    if info.scope == "regional" and info.abbr.startswith(("Dis", "Din")) and info.abbr.isalpha()
}
CONTRACTED.update({head: ("Kepala", abbr) for head, abbr in _OFFICE_HEADS.items() if head not in CONTRACTED})

#: Every surface that opens a title phrase: titles, positions, ministers, deputy ministers, contracted forms.
TITLE_SURFACES = frozenset({*TITLES, *POSITIONS, *MINISTERS, *DEPUTY_MINISTERS, *CONTRACTED})
#: Their first words, and "Menteri" (which opens "Menteri <portfolio>"): only these can open a title.
TITLE_FIRST_WORDS = frozenset(surface.split()[0] for surface in TITLE_SURFACES) | {"Menteri"}

#: Organisation words the organisation keeps when a position word is followed by them.
#: Positions that name their unit's type: "Direktur Jenderal Pajak" heads the "Direktorat Jenderal Pajak".
POSITION_ORG_PREFIX = lang.mapping("position-org-prefix", "position", "unit")
#: A legislature's standing bodies by abbreviation: "Baleg" -> ("Badan Legislasi", "dpr", only after a title).
LEGISLATURE_UNITS = {
    abbreviation: (full, house, titled == "yes")
    for abbreviation, full, house, titled in lang.table(
        "legislature-units", ("abbreviation", "full", "house", "titled")
    )
}
#: The unit of which a house has several, numbered or named by their bill ("Pansus II", "Pansus
#: Ranperda Pasar Rakyat"), read spelled out too ("Panitia Khusus (Pansus) II").
SPECIAL_COMMITTEE = "Pansus"

# -- organisations ----------------------------------------------------------------

#: Head words that start an organisation name ("Dinas ...", "Badan ...").
ORG_HEAD_WORDS = frozenset(lang.words("org-head-words"))
#: What opens a programme's own name: "Program ...", or a programme's head word ("Beasiswa ...",
#: "Gerakan ...", program-heads.tsv).
PROGRAM_OPENINGS = frozenset({"Program", *lang.words("program-heads")})
#: ... and the words that open one only with a nickname after it ("Layanan ...", program-heads-nicknamed.tsv)
PROGRAM_NICKNAMED_HEADS = frozenset(lang.words("program-heads-nicknamed"))
#: Development and spatial plans by their abbreviations ("RPJPD" → "Rencana Pembangunan Jangka Panjang
#: Daerah"): programmes (kg.extract.programs.extract_plans), whose names hold no body ("Rencana Kerja
#: Pemerintah Daerah" is no "Pemerintah Daerah")
_PLAN_ROWS = lang.table("regional-plans", ("abbreviation", "full", "span"))
PLANS = {abbr: full for abbr, full, _ in _PLAN_ROWS}
#: ... those of one year ("RKPD Tahun 2031"); the others are written with a period ("RPJMD 2030-2034")
YEARLY_PLANS = frozenset(abbr for abbr, _, span in _PLAN_ROWS if span == "year")
#: ... written out, at the start of a stretch ("Rencana Tata Ruang Wilayah ...")
PLANS_WRITTEN_OUT = re.compile(rf"(?:{lang.alternation(PLANS.values())})\b")


#: every plan's name cut in two at each space: (the words before the cut and a space, the rest)
_PLAN_CUTS = tuple(
    (" ".join(words[:cut]) + " ", " ".join(words[cut:]))
    for words in (full.split() for full in PLANS.values())
    for cut in range(1, len(words))
)


def within_plan_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` goes on a plan's name begun before it ("Rencana Kerja
    |Pemerintah Daerah (RKPD)")."""
    return any(
        text.startswith(rest, start) and text.endswith(before, 0, start) for before, rest in _PLAN_CUTS
    )


#: Acronyms of programmes, documents, taxes and categories (BLT, STNK, APBD): no node of their own.
THING_ACRONYMS = frozenset(lang.words("thing-acronyms", "acronym"))
#: heads of a body's building named after the body ("Kantor Kementerian ...", "Gedung KPK")
BUILDING_HEADS = frozenset({"Kantor", "Gedung"})
#: a room of a building written in lower case before the building's name ("di ruang sidang utama Gedung
#: DPRD X"): where in it, the building the place (a pattern)
ROOM_BEFORE_BUILDING = r"ruang\s+(?:sidang|rapat)(?:\s+(?:utama|paripurna))?\s+(?=[Gg]edung\s)"
#: lower-case words before a programme's name ("program Bank Sampah Desa", "dari program Kampung Tangguh")
PROGRAMME_CUES = frozenset({"program", "gerakan", "inovasi"})
#: English job titles ("CEO", "Director"): a candidate holding one is an office, a run opening with one no body
ENGLISH_TITLES = frozenset(lang.words("english-titles"))
#: the words of a ministry's or a department's portfolio ("Energi dan Sumber Daya Mineral", "HAM")
PORTFOLIO_WORDS = frozenset(lang.words("ministry-words"))
#: Common English words that are no names ("second", "cooling", "assessment"; scripts/english_words.py).
ENGLISH_COMMON = frozenset(lang.words("english-common-words"))
#: Words that continue a company's name where the tagger sees a person's name begin ("PT Jaya Abadi Steel").
_COMPANY_WORD_ROWS = lang.table("company-name-words", ("word", "industry"))
COMPANY_NAME_WORDS = frozenset(word for word, _ in _COMPANY_WORD_ROWS)
#: those of them that end no personal name ("Steel", "Energi", "Group"): a name ending in one is a company's
COMPANY_INDUSTRY_WORDS = frozenset(word for word, industry in _COMPANY_WORD_ROWS if industry == "yes")
#: Abbreviated head words → the words an organisation's name keeps ("Ditjen" → "Direktorat Jenderal").
HEAD_ABBREVIATIONS = lang.mapping("head-abbreviations", "abbreviation", "full")
#: Two-word heads whose first word alone is too common to start an organisation.
ORG_HEAD_PAIRS = frozenset(lang.words("org-head-pairs", "pair"))

#: national figures by an epithet or nickname, and their full names ("Bung Karno": "Soekarno")
KNOWN_FIGURES = lang.mapping("known-figures", "written", "name")

#: Organisations that are not of the state (for schema:GovernmentOrganization).
NON_GOVERNMENT_HEADS = frozenset(lang.words("non-government-heads"))

#: Governments: the ``Pemerintah`` family and its abbreviations.
GOVERNMENT_ABBREVIATIONS = {
    abbr: lang.optional(level)
    for abbr, level in lang.table("government-abbreviations", ("abbreviation", "level"))
}
GOVERNMENT_TYPE_WORDS = {
    word: lang.optional(level) for word, level in lang.table("government-type-words", ("word", "level"))
}
#: words before a quoted title ("bertema", "slogan", "berjudul"), as a regex alternation (title-cues.tsv)
TITLE_CUES = lang.alternation(lang.words("title-cues", casefold=True))
#: the words before a celebration's name, making it the occasion of something else ("memperingati",
#: "dalam rangka"), ending a stretch of text (event-occasion-cues.tsv)
OCCASION_BEFORE = re.compile(
    rf"\b(?:{lang.alternation(lang.words('event-occasion-cues', casefold=True))})\s+$", re.IGNORECASE
)
#: a rank won, right before what it was won in or by ("Juara I Lomba ...", "Juara Harapan II Festival ...",
#: "juara I Lomba ...", "Juara II Desa Wisata X"), ending a stretch of text, and how far before a word
#: it is looked for
RANK_BEFORE = re.compile(
    r"\b(?:(?:[Jj]uara|[Pp]eringkat)(?:\s+(?:[Hh]arapan|[Uu]mum))?(?:\s+(?:[IVX]{1,4}|\d{1,2}))?"
    r"|[Hh]arapan\s+(?:[IVX]{1,4}|\d{1,2}))\s+$"
)
RANK_REACH = 24
NATIONAL_GOVERNMENT = "Pemerintah Republik Indonesia"
NATIONAL_GOVERNMENT_FORMS = lang.words("national-government-forms", "form")


#: the words a region's name opens with, and the level each names ("Kota Malang", "Desa Sukamaju")
LEVEL_WORDS = {
    "Provinsi": "provinsi", "Kabupaten": "kabupaten", "Kota": "kota",
    "Kecamatan": "kecamatan", "Kelurahan": "kelurahan", "Desa": "desa",
}  # fmt: skip
#: the levels below a town: districts and villages
LOCAL_LEVELS = frozenset({"kecamatan", "kelurahan", "desa"})
#: the words that open a district's or village's name
LOCAL_LEVEL_WORDS = frozenset(word for word, level in LEVEL_WORDS.items() if level in LOCAL_LEVELS)


#: the words the gazetteer's districts and villages are displayed with (Papua's "Distrik", "Kampung"),
#: and Yogyakarta's, Aceh's and West Sumatra's own words for them (a "Kapanewon" is a kecamatan, a
#: "Kalurahan", a "Gampong" and a "Nagari" a desa)
BELOW_TOWN_WORDS = frozenset(
    {*LOCAL_LEVEL_WORDS, "Distrik", "Kampung", "Kapanewon", "Kemantren", "Kalurahan", "Gampong", "Nagari"}
)
#: ... those of them that name a village (a desa) in its region's own word (a kalurahan's government
#: has a name of its own, "Pemerintah Kalurahan X": kg.extract.people)
VILLAGE_OWN_WORDS = frozenset({"Kampung", "Gampong", "Nagari"})
#: the level words of a village, desa or kelurahan ("Desa", "Kelurahan")
VILLAGE_LEVEL_WORDS = LOCAL_LEVEL_WORDS - {"Kecamatan"}
#: the words that open a village's name (not a district's): "Desa", "Kelurahan", and a region's own
#: word for a village
VILLAGE_OPENING_WORDS = VILLAGE_LEVEL_WORDS | VILLAGE_OWN_WORDS


def government_name(region_name: str) -> str:
    """The government of a region, by its display name.

    >>> government_name("Kota Malang"), government_name("Jawa Timur"), government_name("Kampung Harapan")
    ('Pemerintah Kota Malang', 'Pemerintah Provinsi Jawa Timur', 'Pemerintah Kampung Harapan')
    """
    if region_name.split()[0] in {"Kota", "Kabupaten", *BELOW_TOWN_WORDS}:
        return f"Pemerintah {region_name}"
    return f"Pemerintah Provinsi {region_name}"


def government_short(region_name: str) -> str | None:
    """``Pemkot Malang`` for ``Kota Malang``; the form press releases use most. A village's government
    is named as the village itself ("Desa X meraih juara I", "Kepala Desa X").

    >>> government_short("Kota Malang"), government_short("Jawa Timur"), government_short("Desa Sumbul")
    ('Pemkot Malang', 'Pemprov Jawa Timur', 'Desa Sumbul')
    """
    first, _, rest = region_name.partition(" ")
    short = {"Kota": "Pemkot", "Kabupaten": "Pemkab"}.get(first)
    if short:
        return f"{short} {rest}"
    if first in BELOW_TOWN_WORDS:
        return region_name
    return f"Pemprov {region_name}"


# -- pointing back ------------------------------------------------------------------

#: a demonstrative pointing back to what was named before ("kontes tersebut", "kunjungan itu")
DEMONSTRATIVE = r"(?:ini|itu|tersebut)\b"
#: ... right after a name or a noun, matched at its end
POINTED_BACK = re.compile(rf"\s+{DEMONSTRATIVE}")


# -- people ---------------------------------------------------------------------

#: Honorifics and forms of address that precede a name (schema:honorificPrefix).
HONORIFICS = frozenset(lang.words("honorifics"))
#: Honorifics that may follow a given name inside one person's name ("Syahril Datuk Panghulu").
_INNER_TITLES = lang.mapping("name-inner-titles", "word", "ends")
NAME_INNER_TITLES = frozenset(_INNER_TITLES)
#: Of those, the titles that end the name, kept beside it as a suffix ("Syahril Datuk Panghulu" is Syahril).
ADAT_TITLES = frozenset(w for w, ends in _INNER_TITLES.items() if ends == "yes")
#: given names written short with a period inside a name ("Moch. Shobirin", "Andi Muh. Yusran")
NAME_ABBREVIATIONS = frozenset(lang.words("name-abbreviations"))
#: Verbs of saying with their voice (speaking-verbs.tsv): "mengatakan" follows its speaker (active),
#: "disampaikan" is followed by it (passive).
SPEAKING_VERBS = lang.table("speaking-verbs", ("word", "voice"), casefold=True)
#: ... those in the active voice ("Budi mengatakan", "Kepala Dusun X, Parlin, menyebutkan")
ACTIVE_SPEAKING_VERBS = tuple(word for word, voice in SPEAKING_VERBS if voice == "active")
#: Address forms that make a short reference ("Pak Sekda", "Bu Dwi") but are not part of the name.
ADDRESS = frozenset(lang.words("address"))
#: Titles of nobility before a personal name ("Nyimas", "Raden Ayu"): honorifics, but the name its
#: bearer goes by is written with them (an alias).
NOBLE_TITLES = frozenset(lang.words("noble-titles", "title"))
#: The legal forms of a region's own enterprises, written short ("Perumda Air Minum X", "PDAM Tirta X").
ENTERPRISE_FORMS = frozenset({"Perumda", "Perseroda", "Perusda", "PDAM"})
#: The short words of a state enterprise's local units ("Perum Perhutani KPH Malang", "PLN UP3 Malang").
ENTERPRISE_UNITS = frozenset(lang.words("enterprise-units"))

#: Police and military ranks (honorificPrefix), longest first at use.
RANKS = tuple(sorted(lang.words("ranks", "rank"), key=len, reverse=True))  # longest first
#: Corps and branch abbreviations written after a military rank ("Letkol Inf", "Mayor Arm").
CORPS = frozenset(lang.words("corps"))
RANK_WORDS = frozenset(word for rank in RANKS for word in rank.split()) | CORPS
#: Markers in brackets after a rank or its corps: "Letkol Laut (P)", "Kolonel Chk (K)", "Kolonel (Purn)".
RANK_MARKERS = frozenset(lang.words("rank-markers"))

#: Names of fiscal, statistical and administrative categories ("Pendapatan Asli Daerah", "Ruang Terbuka
#: Hijau"), case-folded: no programme, body or place of their own, never a node.
GENERIC_PROGRAMS = frozenset(n.casefold() for n in lang.words("generic-programs", "name", casefold=True))

#: Reporting verbs after a quotation or set off with the one speaking ("...," ujar Budi; "Di Sumbul,
#: lanjut Budi, ..."), lower case (kg.extract.quotes, kg.extract.people).
SPEECH_VERBS = tuple(lang.words("speech-verbs", "verb", casefold=True))

#: Academic and professional degrees (normalised: no dots, spaces or case) → schema:honorificSuffix.
DEGREES = frozenset(lang.words("degrees", "degree", casefold=True))


def is_degree(token: str) -> bool:
    """A degree written any of the usual ways.

    >>> is_degree("S.T."), is_degree("MM"), is_degree("M.Si"), is_degree("Malang")
    (True, True, True, False)
    """
    key = re.sub(r"[.\s-]", "", token).lower()
    return bool(key) and key in DEGREES and len(token) <= 12


#: Words between a name and the title written after it ("yang juga menjabat sebagai", "yang kini").
_LINKING_ROWS = lang.table("linking-words", ("word", "kind"))
LINKING_WORDS = frozenset(word for word, _ in _LINKING_ROWS)
#: The words among them that introduce the office someone holds: "sebagai", "selaku" ("Hendri selaku PPK").
AS_WORDS = frozenset(word for word, kind in _LINKING_ROWS if kind == "as")
#: Title words news writes in lower case: "anggota" wherever a body and a name go with it, the others
#: only right after "selaku"/"sebagai" with the name before ("Budi selaku kepala Dinas X").
_LOWER_TITLE_ROWS = lang.table("lower-titles", ("word", "where"))
LOWER_TITLES = frozenset(word for word, where in _LOWER_TITLE_ROWS if where == "any")
LOWER_TITLES_AFTER_AS = frozenset(word for word, where in _LOWER_TITLE_ROWS if where == "as")
LOWER_TITLES_BEFORE = frozenset(word for word, where in _LOWER_TITLE_ROWS if where == "before")
#: verbs of taking an office between a name and its title ("Budi dilantik sebagai Kepala Dinas X")
APPOINTED_WORDS = frozenset(word for word, kind in _LINKING_ROWS if kind == "appointed")
#: copulas between a name and its title ("Budi adalah Ketua Komisi D DPRD Kota Malang")
IS_WORDS = frozenset(word for word, kind in _LINKING_ROWS if kind == "is")

# -- function words that may be capitalised but never start or continue a name ---

STOPWORDS = frozenset(lang.words("stopwords"))

#: Capitalised words that belong to region and government names, not stop words there.
REGION_WORDS = frozenset(lang.words("region-words"))
#: titles of clergy before a name ("Pendeta", "Pastor", "Ustaz")
CLERGY_TITLES = frozenset(lang.words("clergy-titles"))
#: words of direction ending a village's or district's name ("Lor", "Kidul", "Wetan")
AREA_COMPASS_WORDS = frozenset(lang.mapping("area-compass-words", "word", "cardinal"))


def jurisdiction_name(region_name: str, level: str) -> str:
    """How an organisation's name ends with its jurisdiction: ``Provinsi Jawa Timur``, ``Kota Malang``.

    >>> jurisdiction_name("Jawa Timur", "provinsi")
    'Provinsi Jawa Timur'
    """
    return f"Provinsi {region_name}" if level == "provinsi" else region_name


# -- events -----------------------------------------------------------------------

#: Event trigger words (lower case) → ontology event class.
EVENT_TRIGGERS = lang.mapping("event-triggers", "trigger", "class", casefold=True)
#: Their regex alternation (built once: the events' and the programmes' patterns share it).
EVENT_TRIGGER_ALTERNATION = lang.alternation(EVENT_TRIGGERS)

#: Verbs and nouns that make a person the performer (leader, speaker) of an event.
PERFORMER_CUES = lang.words("performer-cues", "cue", casefold=True)
#: Cues that organisations or persons in a sentence took part in an event ("bersama", "dari" and
#: "jajaran" are too common on their own; "dari" counts after "kegiatan ini", see kg.extract.events).
ATTENDANCE_CUES = lang.words("attendance-cues", "cue", casefold=True)

# -- places -------------------------------------------------------------------------

#: Venue heads that need no locative cue ("membersihkan Alun-alun Kota Kediri").
LANDMARK_HEADS = frozenset(lang.words("landmark-heads", "head"))
#: Venue heads: "di Balai Kota Malang", "di Stadion Gajayana"; the landmark heads are venue heads too.
VENUE_HEADS = tuple(
    sorted({*lang.words("venue-heads", "head"), *LANDMARK_HEADS}, key=lambda head: (-len(head), head))
)  # longest first
#: the first word of every venue head ("Gedung" of "Gedung Serbaguna"): does a name open like a venue's
#: (read once, by the dates' module, which needs them to tell "Pasar 10 November" from a day)
VENUE_FIRST_WORDS = dates.VENUE_FIRST_WORDS
#: Lower-case modifiers between "di" and a venue ("di halaman depan Balai Kota").
VENUE_MODIFIERS = frozenset(lang.words("venue-modifiers", casefold=True))
#: the words of a settlement's kind ("Desa", "Kampung", "Jorong")
SETTLEMENT_WORDS = frozenset(lang.words("settlement-words"))
#: Settlements below the gazetteer's villages, by their regions' words ("Jorong Koto Baru", "Dukuh
#: Wonorejo", "Banjar Dinas Kaja"): landmarks, places of their own.
SETTLEMENT_HEADS = SETTLEMENT_WORDS & LANDMARK_HEADS
#: Words that open a street's name: a rank or body right after one names the street.
STREET_WORDS = frozenset(lang.words("street-words", casefold=True))


def after_street_word(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` follows a street word, so it opens a street's name ("Jalan Pengadilan",
    "Jalan Kapten Harun", "Jalan Jaksa Agung Suprapto"), not a body, a rank or a title."""
    return i > 0 and tokens[i - 1].bare.lower() in STREET_WORDS


#: Heads of organisations of the state (schema:GovernmentOrganization).
GOVERNMENT_HEADS = frozenset(lang.words("government-heads"))
#: Heads of executive units that sit in the regional government (org:subOrganizationOf implied).
EXECUTIVE_UNIT_HEADS = frozenset(lang.words("executive-unit-heads"))

#: Common words of institution names: a capitalised word from this list continues an
#: organisation name; a run of words outside it after a title is a person's name.
INSTITUTION_WORDS = frozenset(lang.words("institution-words"))

#: The classes of a unit written between its kind and its place: a tax office's ("KPP Pratama
#: Tigaraksa", "KPP Madya Malang"), and the number of a prison's or an immigration office's class
#: after "Kelas" ("Lapas Kelas IIA Malang", "Kantor Imigrasi Kelas I Khusus TPI Surabaya").
TAX_OFFICE_CLASSES = frozenset({"Pratama", "Madya"})
CLASS_NUMBER = re.compile(r"I{1,3}[AB]?")
#: A unit's class in its canonical name, with what an immigration office's class adds.
UNIT_CLASS = re.compile(
    rf" (?:{'|'.join(sorted(TAX_OFFICE_CLASSES))}|Kelas {CLASS_NUMBER.pattern}(?: Khusus)?(?: Non)?(?: TPI)?)(?= )"
)

_COMMON_NOUN = re.compile(r"^(?:(?:pe|pen|pem|peng|peny|per|ke)[a-z]{3,}an|[a-z]{4,}(?:asi|isi|usi|itas))$")


def is_common_noun(word: str) -> bool:
    """A word of institution names (``Penindakan``, ``Kesehatan``, ``Komunikasi``), not of personal names.

    A reduplicated noun counts whole: ``Perundang-undangan``, ``Antar-lembaga``.

    >>> is_common_noun("Penindakan"), is_common_noun("Kesehatan"), is_common_noun("Kurniawan")
    (True, True, False)
    >>> is_common_noun("Perundang-undangan"), is_common_noun("Tae-yong")
    (True, False)
    """
    if "-" in word and word.rsplit("-", 1)[1].islower():
        word = word.replace("-", "")  # "Perundang-undangan", not "Al-Fahis"
    return word in INSTITUTION_WORDS or bool(_COMMON_NOUN.match(word.lower()))
