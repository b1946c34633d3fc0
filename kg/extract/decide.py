"""The one decision on a statistical candidate: which type it is, how sure we are, or no node at all.

The CRF tagger proposes PER/ORG/LOC spans the rules did not claim. On whole
government articles about a third of them are not entities of that type: brand
names after ``mobil``, venues after ``Kecamatan``, program names in English,
acronyms of budgets and diseases, religious formulae. Each candidate is judged
here once, from the whole span and its context: the tagger's marginal
probability, the word before it, its head word, its capitalisation, whether the
article uses it with a speech verb or writes it again, and the lexicons. The
result carries a confidence, kept as ``kgo:confidence`` on the mention's evidence,
and the reasons (for whoever debugs a rule: ``decide(ctx, span).reasons``).

The same module prunes, as the last stage, the organisation nodes the rules made
that name a type of body rather than one body (:func:`prune`), and says for every
stage when a proposed person name is a thing's (:func:`not_a_person`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from kg import gazetteer, lang
from kg.extract import lexicon
from kg.extract.context import Context
from kg.extract.names import ROMAN_NUMERAL, SPEECH_AFTER, common_words, ends_with_a_town, hyphened_pair
from kg.extract.organizations import (
    among_initials,
    cued_as_body,
    event_word_before,
    named_by_a_town_centre,
    written_for_no_one_body,
)
from kg.extract.places import (
    after_a_place,
    district_of_home,
    landmark_kind,
    listed_district,
    local_region_listed,
    route_end,
)
from kg.extract.programs import GENERIC_PROGRAMS, spelled_out
from kg.extract.variants import NATURAL_FEATURE_HEADS, initials
from kg.ner import NerSpan
from kg.records import Entity, EntityType, Mention
from kg.text.tokens import occurrences

#: Below this, a candidate does not become a node (tuned on dev data, see README).
THRESHOLD = 0.5

#: A word before a capitalised run that makes it a thing, not a person or an organisation.
OBJECT_CUES = frozenset(lang.words("object-cues", casefold=True))
#: A word before a capitalised run that makes it an event's name (``acara No Kings``).
EVENT_NAME_CUES = frozenset(lang.words("event-name-cues", casefold=True))
#: Religions written alone ("Katolik, Hindu, Buddha"): no node.
RELIGIONS = frozenset(lang.words("religions"))
#: News outlets and agencies an article cites as its source: no node.
MEDIA_OUTLETS = frozenset(lang.words("media-outlets", "name"))
#: Words before a cited source: "Dilansir AFP", "dikutip dari Live Science", "seperti dilaporkan Reuters".
_SOURCE_CUE = re.compile(
    r"\b(?:dilansir|melansir|dikutip|mengutip|dilaporkan|laporan)(?:\s+(?:dari|oleh|dalam))?"
    r"(?:\s+(?:media|situs|laman|portal|harian|surat\s+kabar|kantor\s+berita))?\s*$",
    re.IGNORECASE,
)
#: A name ending in a web domain ("TribunX.com", "KabarY.id", "pemkab.go.id"): a news site or a web
#: page the article names (an outlet a speaker talks to: "kata X kepada TribunX.com"), no node.
_WEB_ADDRESS = re.compile(r"\w\.(?:com|net|org|id|co\.id|go\.id|or\.id|ac\.id|news)$", re.IGNORECASE)


#: "dikutip detikINET dari", "dilansir detikcom dari": an outlet citing another, whose name follows
_CITED_BY_OUTLET = re.compile(r"\b(?:dilansir|melansir|dikutip|mengutip)\s+(\S+)\s+dari\s*$", re.IGNORECASE)
#: First words of an award's name (``Anugerah Kebudayaan Indonesia``).
AWARD_HEADS = lexicon.AWARD_HEADS
#: A word before a capitalised run that makes it a place (``Kecamatan Lowokwaru``).
PLACE_CUES = frozenset(lang.words("place-cues", casefold=True))
#: A word before a name that makes it a group's (``kelompok Ansharut Daulah``): an organisation.
GROUP_CUES = frozenset(lang.words("group-cues", casefold=True))
#: Words before a name that make it an art form or a work ("Tari Topeng Malangan"), and those of them
#: that make it one opening it too ("Kesenian Bantengan"; not "Tari", a given name as well).
_ART = lang.mapping("art-cues", "word", "opens", casefold=True)
ART_CUES = frozenset(_ART)
ART_OPENERS = frozenset(w for w, opens in _ART.items() if opens == "yes")
#: Vehicle and product makers press releases name in passing.
BRANDS = lexicon.BRANDS
#: Religious greetings and formulae that open sentences in quotations.
FORMULAE = frozenset(lang.words("formulae", casefold=True))
#: Common English words of product, event and report names ("Car Free Day"), never in a personal name.
ENGLISH = frozenset(lang.words("english-words", casefold=True))
#: Regulation types written before a regulation's name ("UU", "Perda"): a candidate opening with one is a law.
_LEGISLATION_WORDS = frozenset(
    w for w in lang.mapping("legislation-types", "surface", "type", casefold=True) if " " not in w
) | {"ruu", "raperda", "ranperda"}
_SPEECH = re.compile(
    r"\b(?:kata|ujar|tutur|ucap|jelas|sebut|tegas|ungkap|papar|imbuh|tambah|pungkas|terang)(?:nya)?\s*$",
    re.IGNORECASE,
)
_RANKS_LOWER = frozenset(w.lower() for w in lexicon.RANK_WORDS) | frozenset(
    h.lower().rstrip(".") for h in lexicon.HONORIFICS
)
_ACRONYM = re.compile(r"^[A-Z0-9&/-]{2,7}$")
#: Two words run together where a page lost its line break (``SutarmiBendahara``, ``Mandiri2``,
#: ``Deanty.Mahasiswa``).
_GLUED = re.compile(r"[a-z]{3,}[A-Z]|[a-z]\d+$|[a-z]{4,}\.[A-Z][a-z]{2,}")
#: a word spelled as an abbreviated degree, parts of a capital and up to three small letters each
#: with a full stop ("S.Hut.", "M.Par.", "S.Tr.Keb."), whether the degrees' list knows it or not
_DEGREE_SHAPED = re.compile(r"(?:[A-Z][a-z]{0,3}\.){2,4},?")
#: UTF-8 read as Latin-1: "Ã" or "Â" before a second byte ("FranÃ§ois", "JÃ³hann"); the tagger
#: cuts the name at the stray byte
_MOJIBAKE = re.compile(r"[ÃÂ][\x80-\xbf]?|Ã$")
#: Words that open a title (``Koordinator``, ``Kepala``, ``Kadis``): a span opening with one is an office.
_TITLE_WORDS = lexicon.TITLE_FIRST_WORDS | frozenset(w for w in lang.words("office-words") if w[:1].isupper())
#: Title words as they open a clause in lower case ("anggota Dewan ...", "kata pengamat ...").
_TITLE_WORDS_LOWER = frozenset(w.lower() for w in _TITLE_WORDS) | frozenset(lang.words("office-words"))


@dataclass(frozen=True)
class Decision:
    """What a candidate becomes: ``label`` (``None``: no node) with a confidence and the reasons."""

    label: str | None
    confidence: float
    reasons: tuple[str, ...]

    @property
    def accepted(self) -> bool:
        return self.label is not None


#: verbs whose object is never a person ("membentuk", "meluncurkan"), and the capitalised name after one
_THING_MAKING = lang.alternation(lang.words("thing-making-verbs", casefold=True))
_MADE = re.compile(rf"(?i:\b(?:{_THING_MAKING}))\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _made_as_a_thing(ctx: Context, name: str) -> bool:
    """Whether the article writes ``name`` (or a longer name it opens) right after a verb that makes or
    launches a thing ("membentuk Sopo Gizi Huta" for "Sopo Gizi"): no person's name.

    >>> from kg.records import Article
    >>> _made_as_a_thing(Context(Article("t", "Pemkot membentuk Rumah Pintar di desa. Rumah Pintar dibuka.")), "Rumah Pintar")
    True
    """
    return any(made == name or made.startswith(f"{name} ") for made in _things_made(ctx.text))


@lru_cache(maxsize=4)
def _things_made(text: str) -> tuple[str, ...]:
    """The capitalised names ``text`` writes right after a verb that makes or launches a thing."""
    return tuple(m.group("name") for m in _MADE.finditer(text))


def _before(ctx: Context, start: int, n: int = 40) -> str:
    return ctx.text[max(0, start - n) : start]


def _previous_word(ctx: Context, start: int) -> str:
    words = re.findall(r"[\w.]+", _before(ctx, start, 30))
    return words[-1].rstrip(".").lower() if words else ""


def _repeated(ctx: Context, text: str) -> int:
    """How often the article writes the word ``text`` (counted once per article)."""
    return _word_counts(ctx.text)[text]


#: "puluhan", "ratusan", "ribuan": tens, hundreds, thousands of (people), never a name
_COLLECTIVE_NUMERAL = re.compile(r"(?:puluh|belas|ratus|ribu|juta)an")
#: what opens a ship's name ("KM Sinar Harapan"), case as written
VESSEL_PREFIXES = frozenset(lang.words("vessel-prefixes"))
#: what writes a sum of money, which no name ends with
_MONEY = frozenset({"Rp", "US$", "USD", "IDR"})


def _without_definition(text: str) -> str:
    """``text`` without the abbreviation it defines in closing brackets.

    >>> _without_definition("Persatuan Emirat Arab (PEA)")
    'Persatuan Emirat Arab'
    """
    return re.sub(r"\s*\([^)]*\)$", "", text)


@lru_cache(maxsize=8)
def _word_counts(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text))


def _after_a_day_number(ctx: Context, word: str) -> bool:
    """Whether the article writes ``word`` right after a day's number ("1 Suro", "10 Muharram"): a
    month of the Javanese or Islamic calendar, which names a tradition too ("Kirab Malam Suro"), no person."""
    return re.search(rf"(?<![\d.,])\b[1-9]\d?\s+{re.escape(word)}\b", ctx.text) is not None


def _cited_by_outlet(ctx: Context, span: NerSpan) -> bool:
    """``dikutip detikINET dari Saintifika``: an outlet (by name, or one whose name opens like a
    lower-case outlet's) quotes from the source named next."""
    cited = _CITED_BY_OUTLET.search(_before(ctx, span.start, 50))
    return cited is not None and (
        cited.group(1) in MEDIA_OUTLETS or cited.group(1).lower().startswith(_LOWER_OUTLET_STEMS)
    )


#: News outlets whose name opens in lower case ("detikcom"): written glued after a word, the page
#: lost a space ("TikTokdetikcom", "Pantauandetikcom").
_LOWER_OUTLETS = tuple(o for o in MEDIA_OUTLETS if o[:1].islower() and " " not in o)
#: their stems, which an outlet's desks share ("detikINET", "detikFinance" of "detikcom")
_LOWER_OUTLET_STEMS = tuple(
    {o.lower().removesuffix("com") for o in _LOWER_OUTLETS if o.lower().endswith("com")}
)
#: A list item's number after a sentence's end or the text's start: "... daerah. 6. Genjot ...".
_LIST_NUMBER = re.compile(r"(?:^|[.!?:\"”]\s+|\n\s*)\d{1,2}\.\s*$")


def _glued_to_outlet(word: str) -> bool:
    """``TikTokdetikcom``: a word with a lower-case outlet's name run on after it."""
    return any(word.endswith(o) and len(word) > len(o) + 2 for o in _LOWER_OUTLETS)


def _known_org_word(word: str) -> bool:
    return word in lexicon.ORG_HEAD_WORDS or word in lexicon.GOVERNMENT_HEADS or word in {"PT", "CV", "Tbk"}


_GRADE_CUES = frozenset({"Kategori", "Predikat", "Peringkat", "kategori", "predikat", "peringkat"})


def _grade_only(words: list[str], previous: str, label: str) -> bool:
    """``Madya``, ``Kategori Nindya``: an award's grade, with its cue word or none; a person's
    one-word name may be a grade's ("kata Pratama"), so only after the cue."""
    grades = [w.strip(".,") for w in words if w not in _GRADE_CUES]
    if not grades or not all(w in lexicon.AWARD_GRADES for w in grades):
        return False
    return label != "PER" or len(grades) < len(words) or previous.capitalize() in _GRADE_CUES


def _alert_level(words: list[str]) -> bool:
    """``Waspada``, ``Level II``, ``Level 3``: the level of a volcano's or a disaster's alert status."""
    bare = [w.strip(".,()") for w in words]
    if len(bare) == 1:
        return bare[0] in lexicon.ALERT_LEVELS
    return (
        len(bare) == 2
        and bare[0] == "Level"
        and (ROMAN_NUMERAL.match(bare[1]) is not None or re.fullmatch(r"\d", bare[1]) is not None)
    )


#: a short term in single quotes right after a lower-case word: a product's, a group's or a work's
#: name ("keripik pisang ‘Sale Mbok Rah’"), not a person's
_QUOTED_TERM = re.compile(r"[a-z]\s+‘(?P<term>[^‘’\n]{2,40})’")


def _in_quoted_term(ctx: Context, span: NerSpan) -> bool:
    """Whether ``span`` lies inside a term quoted in curly single quotes after a lower-case word."""
    line_start = ctx.text.rfind("\n", 0, span.start) + 1
    for m in _QUOTED_TERM.finditer(ctx.text, line_start, span.end + 40):
        if m.start("term") <= span.start and span.end <= m.end("term"):
            return True
    return False


#: right before an abbreviation that is also a tax's ("PBB", "PKB"): what is paid, collected or owed
_LEVIED = re.compile(
    r"\b(?:realisasi|penerimaan|target|tunggakan|setoran|pembayaran|bayar|membayar|pajak|SPPT|pelunasan|"
    r"piutang|pungutan|sosialisasi)\s+$",
    re.IGNORECASE,
)


#: a span ending with its short form in brackets
_WITH_SHORT_FORM = re.compile(r"(?P<words>.+?)\s*\((?P<short>[A-Z]{2,8})\)")
#: the capitalised words right before a span, last one first
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}$")


def _cut_from_what_its_short_form_spells(ctx: Context, span: NerSpan) -> bool:
    """Whether ``span`` ends a longer name the short form it closes with spells: "Pemerintah Desa
    (BKPD)" in "Bantuan Keuangan Pemerintah Desa (BKPD)" is no government, but the grant's name cut."""
    m = _WITH_SHORT_FORM.fullmatch(span.text)
    if m is None or initials(m.group("words").split()) == m.group("short"):
        return False
    before = _WORDS_BEFORE.search(ctx.text, max(0, span.start - 60), span.start)
    if before is None:
        return False
    ahead = before.group().split()
    words = [*ahead, *m.group("words").split()]
    return any(initials(words[k:]) == m.group("short") for k in range(len(ahead)))


def _short_form_of_a_body(ctx: Context, text: str) -> bool:
    """Whether ``text``, one word, is an organisation's short form in the article (defined in brackets,
    "Politeknik Negeri X (Polinema)", or among the body's names), no one's name."""
    body = ctx.abbreviations.get(text)
    if body is not None:
        return body.type is EntityType.ORGANIZATION
    return " " not in text and any(text in org.aliases for org in ctx.of_type(EntityType.ORGANIZATION))


def decide(ctx: Context, span: NerSpan) -> Decision:
    """Judge one tagger span in its article; see the module docstring."""
    words = span.text.split()
    if not words:
        return Decision(None, 0.0, ("empty",))
    if route_end(ctx, span.start, re.split(r"\s*[–—-]\s*", span.text)[0]) is not None:  # ("A–B" as one)
        return Decision(None, 0.0, ("a district, village or town a route joins ('jalur A–B')",))
    if any(w.strip(".,").lower() in FORMULAE for w in words):
        return Decision(None, 0.0, ("religious formula",))
    if any(w in BRANDS for w in words):
        return Decision(None, 0.0, ("brand or platform name",))
    if span.label == "PER" and _in_quoted_term(ctx, span):
        return Decision(
            None, 0.0, ("inside a quoted term after a common noun ('keripik ‘Sale Mbok Rah’'): a brand",)
        )
    if _cut_from_what_its_short_form_spells(ctx, span):
        return Decision(
            None,
            0.0,
            ("the end of a longer name its short form spells ('Bantuan Keuangan Pemerintah Desa (BKPD)')",),
        )
    if span.label in {"PER", "LOC"} and _short_form_of_a_body(ctx, span.text):
        return Decision(None, 0.0, ("a body's short form the article gives in brackets ('... (Polinema)')",))
    if span.label == "PER" and _MOJIBAKE.search(span.text):
        return Decision(None, 0.0, ("text decoded in the wrong encoding ('FranÃ§ois'): a cut name",))
    if len(span.text.strip(".,")) < 2:
        return Decision(None, 0.0, ("one letter: no name",))
    if len(words) == 1 and _programmes_short_name(ctx, span):
        return Decision(None, 0.0, ("a programme's short name in brackets ('Gerakan ... (Pelita)')",))
    if len(words) == 1 and _spells_an_acronym(ctx, span):
        return Decision(
            None, 0.0, ("a word of an acronym's spelling ('PRIMA, yaitu Profesional, Ramah, ...')",)
        )
    if len(words) == 1 and _DEGREE_SHAPED.fullmatch(span.text) and not span.text.replace(".", "").isupper():
        return Decision(None, 0.0, ("spelled as a degree ('S.Hut.', 'M.Par.'): no name",))
    if len(words) == 1 and span.text in lexicon.NAMED_FACILITIES:
        return Decision(None, 0.0, ("a kind of facility without its name ('RS tersebut')",))
    if (
        len(words) == 1
        and len(words[0]) >= 7
        and words[0].endswith("nya")
        and words[0][:-3].lower() in common_words()
    ):
        return Decision(None, 0.0, ("a common word with '-nya' ('Jaringannya'): no name",))
    if any(w.strip("(),") in lexicon.THING_ACRONYMS for w in words) and len(words) <= 2:
        return Decision(None, 0.0, ("an acronym of a programme, document, tax or category",))
    if (
        len(words) == 1
        and span.text in lexicon.AMBIGUOUS_ABBREVIATIONS
        and (
            _LEVIED.search(ctx.text, max(0, span.start - 30), span.start) or _listed_after_a_thing(ctx, span)
        )
    ):
        # "setoran PBB", "dari BPHTB dan PBB": a body's abbreviation that is also a tax's
        return Decision(None, 0.0, ("a tax's short form after what is paid or collected, or after a thing",))
    if len(words) > 2 and words[-1][:1] == "(" and words[-1].strip("(),") in lexicon.THING_ACRONYMS:
        # "Bhayangkara Pembina Keamanan dan Ketertiban Masyarakat (Bhabinkamtibmas)", "Organisasi
        # Perangkat Daerah (OPD)": the words an acronym of a category or programme stands for
        return Decision(None, 0.0, ("spells out an acronym of a programme, document, tax or category",))
    if len(words) > 2 and words[0] in lexicon.THING_ACRONYMS and words[1] in lexicon.LEVEL_WORDS:
        # "Bhabinkamtibmas Kelurahan X", "APBD Kota Y": the category or document of a region
        return Decision(None, 0.0, ("an acronym of a programme, document, tax or category, then its region",))
    if span.text.count("(") != span.text.count(")"):
        return Decision(None, 0.0, ("cut inside brackets",))
    if span.label != "LOC" and _without_definition(span.text) in lexicon.COUNTRY_NAMES:
        # "UEA atau Persatuan Emirat Arab (PEA)": a country, which the countries' stage reads
        return Decision(None, 0.0, ("a country's name",))
    if words[-1].rstrip(".") in _MONEY:
        return Decision(None, 0.0, ("runs on into a sum of money ('... (PIP) Rp 95 miliar')",))
    # one word is a brand (TransJakarta); a person's name may end glued to the next word
    # ("I Made SatriaBendahara:"), which the tokenizer splits off
    glued = words[:-1] if span.label == "PER" else words
    if len(words) > 1 and any(_GLUED.search(w) for w in glued):
        return Decision(None, 0.0, ("two words run together: the page lost a line break",))
    if span.label != "LOC" and hyphened_pair(span.text) and len(words) > 2:
        return Decision(None, 0.0, ("two names joined by a hyphen: a pair, not one name",))
    if any(w in lexicon.ENGLISH_TITLES for w in words) or (span.label != "LOC" and words[0] in _TITLE_WORDS):
        return Decision(None, 0.0, ("a title: an office, not a name",))
    previous = _previous_word(ctx, span.start)
    if span.label == "PER" and _made_as_a_thing(ctx, span.text):
        return Decision(
            None, 0.0, ("the article writes it as a thing made or launched ('membentuk Sopo Gizi ...')",)
        )
    if _grade_only(words, previous, span.label):
        return Decision(None, 0.0, ("an award's grade ('Kategori Nindya')",))
    if _alert_level(words):
        return Decision(None, 0.0, ("an alert status's level ('Waspada', 'Level II')",))
    if len(words) > 1 and words[0] in lexicon.AWARD_WORDS and words[-1].strip(".,") in lexicon.AWARD_GRADES:
        return Decision(None, 0.0, ("an award named with its grade ('Adipura Kencana')",))
    if words[0].casefold() in _LEGISLATION_WORDS and (
        len(words) > 1 or words[0].isupper() or len(words[0]) > 4
    ):
        return Decision(None, 0.0, ("opens with a regulation's type: a law",))  # "RUU tentang ..."
    if previous in _LEGISLATION_WORDS and (len(previous) > 2 or previous == "uu"):  # not "PP Muhammadiyah"
        return Decision(None, 0.0, ("after a regulation's type: a law's short name",))  # "UU ITE", "UU PDP"
    if words[0] in AWARD_HEADS or (
        span.label != "PER" and any(w in lexicon.AWARD_SUPERLATIVES for w in words)
    ):
        return Decision(None, 0.0, ("an award's name",))  # "World's Best Bank"
    if span.text in RELIGIONS:
        return Decision(None, 0.0, ("a religion",))
    if len(words) == 1 and span.label == "PER" and _after_a_day_number(ctx, words[0]):
        return Decision(None, 0.0, ("a month the article dates by ('1 Suro')",))  # "Kirab Malam Suro"
    if (
        span.text in MEDIA_OUTLETS
        or _WEB_ADDRESS.search(span.text)
        or _SOURCE_CUE.search(_before(ctx, span.start, 30))
        or _cited_by_outlet(ctx, span)
    ):
        return Decision(None, 0.0, ("a news outlet cited as the source",))
    if len(words) == 1 and _glued_to_outlet(words[0]):
        return Decision(None, 0.0, ("a word run into an outlet's name ('TikTokdetikcom')",))
    if words[0].lower() in OBJECT_CUES - {"unit"}:
        return Decision(None, 0.0, (f"opens with {words[0]!r}: a thing's name",))  # "Buku Antisipasi ..."
    if previous in OBJECT_CUES:
        return Decision(None, 0.0, (f"after {previous!r}: a thing",))
    if _listed_after_an_object_cue(ctx, span):
        return Decision(None, 0.0, ("in a list of things ('varietas Arumanis, Gadung, dan Golek')",))
    if set(_before(ctx, span.start, 6).split()[-1:]) & VESSEL_PREFIXES:
        return Decision(None, 0.0, ("after a vessel's prefix ('KM Sinar Harapan'): a ship",))
    if previous in lexicon.AS_WORDS and span.label == "ORG" and not gazetteer.lookup_abbreviation(span.text):
        return Decision(None, 0.0, (f"after {previous!r}: an office",))  # "Hendri selaku PPK"
    if (
        previous == "tentang"
        and span.label == "ORG"
        and not _known_org_word(words[0])
        and not gazetteer.lookup_abbreviation(span.text)
    ):
        # "SKB lima instansi tentang Pedoman Pembinaan ... Pegawai ASN": what a document is about
        return Decision(None, 0.0, ("after 'tentang': a document's subject",))
    if previous in EVENT_NAME_CUES and not (
        span.label == "ORG" and (_known_org_word(words[0]) or gazetteer.lookup_abbreviation(span.text))
    ):
        return Decision(None, 0.0, (f"after {previous!r}: an event's name",))
    if (
        span.label == "ORG"
        # (the tagger's span goes on an event's name: "Rapat Koordinasi | Nasional Kependudukan dan ...")
        and event_word_before(ctx, ctx.token_index(span.start), reach=3)
        and not (_known_org_word(words[0]) or gazetteer.lookup_abbreviation(span.text))
    ):
        return Decision(None, 0.0, ("the last words of an event's name ('Rapat Koordinasi Nasional ...')",))
    if (
        span.label != "PER"
        and _degrees_after(ctx, span.end)
        and _name_like(words)
        and not gazetteer.lookup(span.text)
    ):
        # "Pengacara terdakwa, Sitanggang, S.H.": a degree follows a person's name only
        return _person(ctx, replace(span, label="PER"), words, previous)
    if span.label == "PER":
        return _person(ctx, span, words, previous)
    if span.label == "ORG":
        return _organisation(ctx, span, words, previous)
    return _place(ctx, span, words, previous)


#: a comma, then a word shaped like a degree ("S.H.", "M.Si", "SE"): what may follow a person's name
_DEGREE_AFTER = re.compile(r",\s*([A-Z][A-Za-z.]{0,11})(?=[\s,;)]|$)")


def _degrees_after(ctx: Context, end: int) -> bool:
    """Whether an academic degree is written after the comma at ``end`` ("Sitanggang, S.H. Ia ...")."""
    return degrees_end(ctx, end) > end


def degrees_end(ctx: Context, end: int) -> int:
    """Where the degrees written after a name ending at ``end`` end (", S.Ag., M.Si."), else ``end``."""
    while (m := _DEGREE_AFTER.match(ctx.text, end)) is not None and lexicon.is_degree(m.group(1)):
        end = m.end(1)
    return end


def name_after_a_stray_word(ctx: Context, span: NerSpan) -> NerSpan | None:
    """The name in a tagger's person span that opens with a word of what is written before it.

    ``Manager Operasional Sukamaju Estate Yohanes Wirasetiawan`` tagged from "Estate", ``kata JPU
    Sutrisno Hadiprayitno``: the first word is an acronym, an English word or an institution's head word
    and at least two name-like words, none of them English, follow; the person is those words, when
    they make one. After an abbreviation the article spells out as a unit (``Dinas Pariwisata
    (Disparta) ... Kepala Disparta Endang``) one name is enough.
    """
    words = span.text.split()
    # "Kepala Disparta Endang": after an abbreviation the article spells out as a unit, one name is enough
    shortest = 2 if words and words[0] in ctx.spelled_out_units else 3
    if span.label != "PER" or len(words) < shortest or not _name_like(words[1:]):
        return None
    if any(w.lower() in lexicon.ENGLISH_COMMON for w in words[1:]):
        return None  # "Head of Skin Aesthetic Doctor": English words go on
    first = words[0]
    if first in lexicon.NOT_PERSON_WORDS and first.casefold() in lexicon.EVENT_TRIGGERS:
        return None  # "Festival Sumbul Asri": an event's name, its words no person's
    if not (
        (first.isupper() and len(first) >= 2)
        or first.lower() in ENGLISH
        or _known_org_word(first)
        or gazetteer.lookup_abbreviation(first)
        or first in ctx.spelled_out_units
    ):
        return None
    start = span.start + len(first) + 1
    return NerSpan(start, span.end, "PER", span.text[len(first) + 1 :], span.confidence)


#: the one-word types of regulations and bills, lower case ("perda", "perwal", "raperda")
_REGULATION_WORDS = frozenset(
    surface for surface in lang.mapping("legislation-types", "surface", "type") if " " not in surface
) | {"raperda", "ranperda"}


#: :func:`not_a_person`'s reason for an office written where a name was looked for.
AN_OFFICE = "a title: an office, not a name"


def place_headed(name: str) -> bool:
    """Whether a name of two words or more opens with a place's head word (``Jalan Pahlawan``)."""
    words = name.split()
    return len(words) > 1 and words[0].lower().rstrip(".") in PLACE_CUES


#: the words of a contest's rank before its number ("Juara II", "Harapan I")
_RANK_WORDS = frozenset({"Juara", "Harapan", "Peringkat"})


def not_a_person(ctx: Context, name: str) -> str | None:
    """Why a name some rule proposes for a person is a thing's instead, or ``None``.

    >>> from kg.records import Article
    >>> not_a_person(Context(Article("t", "Mobil Pajero itu viral. Pengemudi Pajero ditangkap.")), "Pajero")
    "the article writes it after a brand or 'mobil': a thing"
    """
    words = name.split()
    if any(w in lexicon.ENGLISH_TITLES for w in words) or words[0] in _TITLE_WORDS:
        return AN_OFFICE
    if _COLLECTIVE_NUMERAL.fullmatch(words[0].lower()):
        return "a collective numeral opening a sentence ('Ratusan guru ...')"
    if any(_GLUED.search(w) for w in words[:-1]) or re.search(r"[a-z]{4,}[A-Z]", words[0]):
        return "two words run together: the page lost a space ('KepadadetikNews')"
    if any(w in BRANDS for w in words):
        return "brand or platform name"
    if any(w in lexicon.NOT_PERSON_WORDS for w in words):
        return "event, programme or institution words"
    if len(words) == 2 and words[0] in _RANK_WORDS and ROMAN_NUMERAL.match(words[1].rstrip(".,")):
        return "a contest's rank ('di posisi Harapan I')"
    if words[0].lower() in _REGULATION_WORDS:
        return "a regulation's or a bill's type ('Raperda Pengelolaan Hutan Desa', 'Perda ...')"
    if name in lexicon.WORLD_PLACES or name in lexicon.COUNTRIES:
        return "a country or a world region"
    if len(words) > 1 and words[0] in _FEATURE_HEADS:
        return "a natural feature's or an archipelago's word opening it ('Danau X', 'Kepulauan Y'): a place"
    if words[0] in _FACILITY_TYPE_HEADS and any(name.startswith(kind) for kind in lexicon.FACILITY_KINDS):
        return "a kind of school, clinic or group ('Madrasah Tsanawiyah setempat')"
    if any(w.lower() in ENGLISH for w in words) or _english_phrase(words):
        return "common English words: a product, event or report name"
    if len(words) > 1 and any(_ACRONYM.match(w) and len(w) >= 3 for w in words) and not name.isupper():
        return "an acronym among the words: an institution's or a unit's name"
    if len(words) > 1 and all(ROMAN_NUMERAL.match(w) for w in words[:-1]) and gazetteer.lookup(words[-1]):
        return "a numbered unit and its city: the tail of a court's or a command's name"  # "Tinggi I Medan"
    if len(words) > 1 and gazetteer.lookup(words[0]) and gazetteer.lookup(words[0], gazetteer.TOWN_LEVELS):
        return "opens with a region's name: the name after it is the person"
    if len(words) > 1 and words[0] == _RULER and gazetteer.lookup(" ".join(words[1:]), _REALM_LEVELS):
        return "a ruler's title and his realm's town ('Sultan Ternate'): the office, no one's name"
    if len(words) == 1 and _named_as_a_thing(ctx, name):
        return "the article writes it after a brand or 'mobil': a thing"
    if len(words) == 1 and _ends_a_venues_name(ctx.text, name):
        return "the last word of a venue's name the article writes ('Pasar Induk X'): that place"
    return None


#: the words that open a natural feature's name, and an archipelago's: no one's first name
_FEATURE_HEADS = NATURAL_FEATURE_HEADS | {"Kepulauan"}


def _ends_a_venues_name(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as the last of a venue's capitalised words ("ke Pasar Induk
    Sigalingging, ... Usai dari Sigalingging, Pj Bupati ..."): the place again, no one's name."""
    return word in _venue_name_words(text)


@lru_cache(maxsize=4)
def _venue_name_words(text: str) -> frozenset[str]:
    """The capitalised words ``text`` writes after a venue's opening word, up to three of them (any
    may end the venue's name: "Pasar Induk Sigalingging"), read once per article."""
    return frozenset(word for m in _VENUE_WORDS.finditer(text) for word in m.group("words").split())


_VENUE_WORDS = re.compile(
    rf"\b(?:{lang.alternation(w for w in lexicon.VENUE_FIRST_WORDS if w[:1].isupper())})"
    r"(?P<words>(?:\s+[A-Z][\w'-]*){1,3})"
)


#: the title of a sultanate's ruler, who is named by his realm's town ("Sultan Tidore", "Sultan Buton")
_RULER = "Sultan"
_REALM_LEVELS = frozenset({"kabupaten", "kota", "kecamatan"})


def _company_with_its_country(ctx: Context, word: str) -> bool:
    """``karyawan Susunesia``, ``program dari Sabunindo`` in an article that names ``Susunesia
    Indonesia``, ``Sabunindo Indonesia``: the company without its country."""
    return any(
        e.name.startswith(f"{word} ") and e.name[len(word) + 1 :] in lexicon.COUNTRY_NAMES
        for e in ctx.entities.values()
        if e.type is EntityType.ORGANIZATION
    )


#: a country's name right after a word, and no more name after it (" Indonesia mengikuti")
_COUNTRY_AFTER = re.compile(rf" (?:{lang.alternation(lexicon.COUNTRY_NAMES)})(?![\w-])(?! [A-Z])")


def _written_with_its_country(ctx: Context, word: str) -> bool:
    """``Sarimurni Indonesia mengikuti ...``, then ``upaya Sarimurni``: the article writes the word as a
    company's, with the country of its branch after it (and no more name after that)."""
    return _written_before(ctx, word, _COUNTRY_AFTER)


def _programmes_short_name(ctx: Context, span: NerSpan) -> bool:
    """Whether ``span`` stands in brackets right after a programme's name the article has ("Gerakan
    Peduli Literasi Anak (Pelita)")."""
    text = ctx.text
    if text[span.start - 1 : span.start] != "(" or text[span.end : span.end + 1] != ")":
        return False
    before = text[: span.start - 1].rstrip()
    return ctx.mentioned_ending_at(len(before), EntityType.PROGRAM) is not None


#: an acronym in capitals, then a list that spells it out: "PRIMA, yaitu ", "PRIMA ("
_ACRONYM_SPELLED = re.compile(
    r"\b(?P<acronym>[A-Z]{3,})[\"”’']?(?:\s*\(|,?\s+(?:yaitu|yakni|artinya)\s+|\s*:\s*)"
)
#: the capitalised words of such a list, set off by commas and a last "dan"
_SPELLING_WORDS = re.compile(r"[A-Z][a-z]+(?:,?\s+(?:dan\s+|&\s+)?[A-Z][a-z]+)+")


def _spells_an_acronym(ctx: Context, span: NerSpan) -> bool:
    """Whether ``span`` is a word of a list of three or more capitalised words, the first opening
    with the first letter of the capitals' acronym written right before it, which the list spells out
    ("Zorba PRIMA, yaitu Profesional, Ramah, Inovatif, Mandiri, dan Akuntabel", "Zorba PRIMA"
    (Profesional, Ramah, Inovatif, Mandiri, Akuntabel))."""
    lo = max(0, span.start - 120)
    for m in _ACRONYM_SPELLED.finditer(ctx.text, lo, span.start):
        spelled = _SPELLING_WORDS.match(ctx.text, m.end())
        if spelled is None or not m.end() <= span.start < spelled.end():
            continue
        listed = re.findall(r"[A-Z][a-z]+", spelled.group())
        if len(listed) >= 3 and listed[0][0] == m.group("acronym")[0]:
            return True
    return False


#: what holds a gathering named right after it: "menggelar", "dalam", "acara"
_HELD_BEFORE = re.compile(
    rf"\b(?:{lang.alternation(v for v, _ in lang.table('event-holding-verbs', ('verb', 'venue'), casefold=True))}"
    rf"|{lang.alternation(EVENT_NAME_CUES)}|dalam)\s+$",
    re.IGNORECASE,
)


def _held_as_gathering(ctx: Context, name: str) -> bool:
    """Whether the article writes ``name`` right after a word holding a gathering ("menggelar X")."""
    return _written_after(ctx, name, _HELD_BEFORE, reach=24)


#: the words of event-name-cues.tsv that name a rite ("prosesi X", "tradisi X"): a name after one is the
#: rite's wherever the article writes it (not "acara X", which may be held for a person named so)
_RITE_CUES = EVENT_NAME_CUES & frozenset({"prosesi", "tradisi", "ritual", "upacara"})
_RITE_CUE_BEFORE = re.compile(rf"\b(?:{lang.alternation(_RITE_CUES)})\s+$", re.IGNORECASE)


def _named_after_a_rite_cue(ctx: Context, name: str) -> bool:
    """Whether the article writes ``name`` right after a rite's word anywhere ("digelar prosesi
    Mattompang Arajang ... menjelaskan, Mattompang Arajang kini ..."): the rite's name, where the
    tagger reads a person's."""
    return _written_after(ctx, name, _RITE_CUE_BEFORE, reach=16)


def _written_after(ctx: Context, name: str, before: re.Pattern[str], *, reach: int) -> bool:
    """Whether the article writes ``name``, as a word of its own, right after what ``before`` (anchored at
    its end) finds in the ``reach`` characters before it."""
    return any(
        before.search(ctx.text, max(0, start - reach), start) for start, _ in occurrences(ctx.text, name)
    )


def _written_before(ctx: Context, name: str, after: re.Pattern[str]) -> bool:
    """Whether the article writes ``name``, as a word of its own, right before what ``after`` matches."""
    return any(after.match(ctx.text, end) for _, end in occurrences(ctx.text, name))


def _english_phrase(words: list[str]) -> bool:
    """Two or more common English words that are no names: "Second Chance", "Human Capital Accumulation"."""
    return len(words) > 1 and sum(w.strip(".,()").lower() in lexicon.ENGLISH_COMMON for w in words) >= 2


def _named_as_a_thing(ctx: Context, word: str) -> bool:
    """Whether the article elsewhere writes ``word`` right after a brand or an object cue (``mobil Pajero``)."""
    return word in _things(ctx.text)


@lru_cache(maxsize=8)
def _things(text: str) -> frozenset[str]:
    """Every word the text writes right after a brand or an object cue (one pass over the text)."""
    return frozenset(
        m.group(2)
        for m in re.finditer(r"([\w-]+)(?=\s+([\w-]+))", text)
        if m.group(1) in BRANDS or m.group(1).lower() in OBJECT_CUES
    )


#: Heads after which a name is a venue's, a facility's or a place's wherever the article writes it
#: ("Pondok Pesantren Nurul Falah", "jalan Sukarjo Wiryopranoto"), less those often named after a
#: person; as written (capitalised), but a place cue in lower case too ("kali", times, is no river's).
#: No body's head: an office ends with one before its holder's name ("Sekretaris Dinas NAME").
_THING_HEAD = lang.alternation(
    (
        frozenset(lexicon.VENUE_HEADS)
        | frozenset(lexicon.FACILITY_TYPES)
        | frozenset(w.capitalize() for w in PLACE_CUES)
        | (PLACE_CUES - {"kali"})
    )
    - frozenset(lang.words("person-named-heads", "head"))
)


#: a venue's, a facility's or a place's head word right before a name, as its own word (or as the
#: short form in brackets after the kind spelled out: "Tempat Pemrosesan Akhir (TPA) Putri Kembang")
_THING_HEAD_BEFORE = re.compile(rf"(?<![\w-])(?:{_THING_HEAD})\)?\s+\Z")
#: a capitalised word after a name
_WORD_AFTER = re.compile(r"\s+([A-Z][\w-]*)")


@lru_cache(maxsize=256)
def _after_heads(text: str, name: str) -> bool:
    for start, end in occurrences(text, name):
        if (
            text[end : end + 1] in {"'", "’"}
            or not _THING_HEAD_BEFORE.search(text, max(0, start - 60), start)
            or _VILLAGE_OFFICE_BEFORE.search(text, max(0, start - 30), start)
        ):
            continue  # (not "Kepala Desa Muhammad Arifin": the office's holder)
        after = _WORD_AFTER.match(text, end)
        # nothing capitalised after it, or its town ("Pondok Pesantren Nurul Falah Jombang")
        if after is None or gazetteer.lookup(after.group(1)):
            return True
    return False


def _named_after_a_head(ctx: Context, name: str) -> bool:
    """``Santri Pondok Pesantren Nurul Falah ... Nurul Falah meraih juara``: the article writes the name,
    whole, after the head word of a venue, a facility or a place (and maybe its town), so it is that
    venue's, facility's or place's name here too."""
    return name in ctx.text and _after_heads(ctx.text, name)


#: "X adalah tim ...", "X merupakan kota ...", "X, sebuah monumen ...": what the name is
_THING_CLASS = re.compile(
    r"(?:\s+(?:adalah|merupakan|ialah)\s+|\s*,\s*(?=sebuah|salah\s+satu))(?:(?:sebuah|salah\s+satu)\s+)?"
    rf"(?i:{lang.alternation(lang.words('thing-class-nouns', casefold=True))})\b"
)


def _said_to_be_a_thing(ctx: Context, name: str) -> bool:
    """``Padahal, Sunderland adalah tim dengan status promosi``, ``Red Fort, sebuah monumen``: the
    article says the name is a club's, a place's, a product's or a work's."""
    return name in ctx.text and _written_before(ctx, name, _THING_CLASS)


def _after_art_cue(ctx: Context, start: int) -> bool:
    """Whether an art cue precedes ``start``, maybe with capitalised words of the work's name
    between ("kesenian Jaranan Turonggo Yakso", "Tari Topeng Malangan")."""
    tokens = ctx.tokens
    k = ctx.token_index(start) - 1
    while k >= 0 and tokens[k].capitalised and tokens[k].text.casefold() not in ART_CUES:
        k -= 1
    while k > 0 and tokens[k].text in _ART_KINDS:
        k -= 1  # "tari kolosal Naposo ...", "tarian tradisional ...": what kind of the art
    if k < 0 or tokens[k].text.casefold() not in ART_CUES:
        return False
    return not (k and tokens[k - 1].text.casefold() in _ARTISTS)  # "seniman tari Budi": the artist


#: the kind of a work of art, in lower case between the art's word and the work's name ("tari kolosal X")
_ART_KINDS = frozenset(
    {"kolosal", "massal", "tradisional", "kreasi", "klasik", "khas", "adat", "kontemporer"}
)
#: who practises an art ("seniman tari Budi", "guru tari Sri"): a name after them is a person's
_ARTISTS = frozenset({"seniman", "penata", "guru", "pelatih", "maestro", "pegiat", "penggiat", "pelaku"})


#: a village's office written without the village's name ("Kepala Desa Muhammad Arifin"): the
#: name after it is the holder's, unless the gazetteer knows it as a place
_VILLAGE_OFFICE_BEFORE = re.compile(r"\b(?:Kepala|Sekretaris)\s+(?:Desa|Kelurahan|Dusun)\s*,?\s*$")


#: the words that open a settlement's name, and Maluku's "Negeri" (a village: "Raja Negeri Waisopo"),
#: which elsewhere is the state's word ("Pengadilan Negeri") and so no settlement word at large
_SETTLEMENT_OPENINGS = lexicon.SETTLEMENT_WORDS | {"Negeri"}


def _person(ctx: Context, span: NerSpan, words: list[str], previous: str) -> Decision:
    reasons = [f"tagger {span.confidence:.2f}"]
    score = span.confidence
    first = words[0]
    if previous in PLACE_CUES and not (
        _VILLAGE_OFFICE_BEFORE.search(_before(ctx, span.start, 30)) and not gazetteer.lookup(first)
    ):
        return Decision(None, 0.0, (f"after {previous!r}: a place",))
    if previous in GROUP_CUES:  # "kelompok Ansharut Daulah"
        return _verdict("ORG", span.confidence, [*reasons, f"after {previous!r}: a group"])
    if len(words) > 1 and first in _SETTLEMENT_OPENINGS:
        return Decision(None, 0.0, (f"opens with {first!r}: a settlement's name ('Raja Negeri Waisopo')",))
    if _BORNE_TITLE.search(_before(ctx, span.start, 30)):
        return Decision(None, 0.0, ("a title someone bears: 'yang bergelar Datuak X'",))
    if _after_art_cue(ctx, span.start) or (len(words) > 1 and first.casefold() in ART_OPENERS):
        return Decision(None, 0.0, ("an art form or a work: 'Tari Topeng Malangan', 'Kesenian Bantengan'",))
    if _known_org_word(first) or first in lexicon.VENUE_FIRST_WORDS:
        return Decision(None, 0.0, ("institution or venue head word",))
    if first in ctx.spelled_out_units:
        return Decision(None, 0.0, ("an abbreviation the article spells out as a unit",))
    if _inside_a_body(ctx, span) and not SPEECH_AFTER.match(ctx.text[span.end : span.end + 40]):
        return Decision(None, 0.0, ("the end of an institution's or a venue's name",))
    thing = not_a_person(ctx, span.text)
    if thing is not None:
        return Decision(None, 0.0, (thing,))
    if _inside_an_abbreviated_name(ctx, span, words):
        return Decision(None, 0.0, ("a word of a name the abbreviation next to it spells out",))
    if _said_to_be_a_thing(ctx, span.text):
        return Decision(
            None, 0.0, ("the article says it is a club, a place or a product ('X adalah tim ...')",)
        )
    if _named_after_a_head(ctx, span.text):
        return Decision(None, 0.0, ("the article writes it after a venue's or a place's head word",))
    if len(words) > 1 and _named_after_a_rite_cue(ctx, span.text):
        return Decision(
            None, 0.0, ("the article writes it after a rite's word ('prosesi X'): the rite's name",)
        )
    if any(span.text in award.name for award in ctx.awards):
        # "Adipura Kencana merupakan penghargaan tertinggi ...": the award the article names
        return Decision(None, 0.0, ("the name of an award the article names",))
    if len(words) > 1 and first.casefold() in lexicon.EVENT_TRIGGERS and _held_as_gathering(ctx, span.text):
        # "Gebyar Posyandu juga diisi ..." after "Pemkab menggelar Gebyar Posyandu": the gathering
        return Decision(None, 0.0, ("a gathering's name the article says was held",))
    if span.label == "PER" and len(words) > 1 and first.casefold() in lexicon.EVENT_TRIGGERS:
        # "... berlanjut dengan Kirab Ageng dan ...": an event's word opens no person's name
        return Decision(None, 0.0, ("opens with an event's word: an event's name, no person",))
    if _district_after_place(ctx, span) or (
        listed_district(ctx, ctx.token_index(span.start), span.text) is not None
    ):
        return Decision(None, 0.0, ("a district or village listed after a place",))
    if local_region_listed(ctx, span.start, span.text) is not None:
        return Decision(
            None, 0.0, ("a district or village listed after its level's word ('12 nagari, termasuk')",)
        )
    if len(words) > 1 and words[-1] in lexicon.COMPANY_INDUSTRY_WORDS:
        return Decision(None, 0.0, ("ends with an industry's word: a company ('Lestari Energi')",))
    if ends_with_a_town(span.text):
        return Decision(None, 0.0, ("ends with a city's or regency's name",))
    if gazetteer.lookup(span.text) and _before_a_region(ctx, span.end):
        # "Labuan Bajo, Manggarai Barat"
        return Decision(None, 0.0, ("a district or village written before its region",))
    if len(words) > 1 and _ends_with_a_district_of_the_region_after(ctx, span.end, words[-1]):
        # "JIExpo Kemayoran, Jakarta Pusat": a venue named with its district, then the city
        return Decision(None, 0.0, ("ends with a district of the region written after it",))
    if len(words) > 1 and district_of_home(ctx, span.text) is not None:
        # "kecamatan rawan, antara lain Dampit dan Sumbermanjing Wetan" in a Kabupaten Malang story
        return _verdict("LOC", span.confidence, [*reasons, "a district of the article's own region"])
    if _listed_among_things(ctx, span):
        return Decision(None, 0.0, ("an item of a list of names none of which is a person's",))
    after = ctx.text[span.end : span.end + 40]
    if (
        (len(words) > 1 and _MODEL_AFTER.fullmatch(f" {words[-1]}"))
        or _MODEL_AFTER.match(after)
        or _written_before(ctx, span.text, _MODEL_AFTER)
    ):
        return Decision(None, 0.0, ("followed by a model's code ('Arjuna X5'): a product",))
    if len(words) == 1 and re.match(r"\s+(?:ini|itu|tersebut)\b", after):
        return Decision(None, 0.0, ("followed by a demonstrative: a noun phrase",))
    if (
        _SPEECH.search(_before(ctx, span.start, 20))
        or SPEECH_AFTER.match(after)
        or _a_speaker_set_off(ctx, span)  # "Kepala Dusun X, Parlin, menyebutkan ..."
    ):
        reasons.append("speech or apposition cue")
        score += 0.3
    elif re.match(r"\s*\(\d{1,2}\)", after):
        reasons.append("an age in brackets")
        score += 0.3
    elif _degrees_after(ctx, span.end):
        reasons.append("degrees after the name")
        score += 0.3
    elif previous == "alias" or _initials_after(span.text, after):
        reasons.append("an alias or initials")  # "Encep alias Hambali", "Satori (ST)"
        score += 0.3
    if previous in {w.lower().rstrip(".") for w in lexicon.ADDRESS}:
        reasons.append("form of address")
        score += 0.3
    elif previous in _RANKS_LOWER:
        reasons.append("rank")
        score += 0.4
    if len(words) == 1 and (_company_with_its_country(ctx, first) or _written_with_its_country(ctx, first)):
        return Decision(None, 0.0, ("a company the article names with its country",))
    if len(reasons) == 1 and _a_place_or_body_elsewhere(ctx, span):
        return Decision(None, 0.0, ("read surer as a place or a body where the article writes it again",))
    if len(words) > 1 and all(w[:1].isupper() and not ctx.is_a_word(w) for w in words):
        reasons.append("every word name-like")
        score += 0.15
    if len(words) > 1 and ctx.is_a_word(first):
        reasons.append("opens with a common word")
        score -= 0.45
    if len(words) == 1:
        cued = len(reasons) > 1
        score -= 0.1
        reasons.append("one word")
        if _repeated(ctx, span.text) > 1:
            score += 0.15
            reasons.append("written again")
        elif not cued:  # "arsitektur Baroque", "misi Apollo": nothing says it is someone
            score -= 0.1
            reasons.append("nothing else marks a name")
            if _SENTENCE_START.search(_before(ctx, span.start, 4)):
                score -= 0.15  # "... ke sana. Diundur minggu depan": any word is capitalised there
                reasons.append("opens a sentence")
    return _verdict("PER", score, reasons)


#: "bergelar", "bergelar adat", then an adat title ("Datuak"), right before a name: the title the
#: person before bears, no one else
_BORNE_TITLE = re.compile(
    rf"\b(?:ber)?gelar(?:\s+adat)?\s+(?:(?:{lang.alternation(lexicon.ADAT_TITLES)})\s+)?$",
    re.IGNORECASE,
)
#: where a sentence opens: the text's start, or after a full stop, a question mark or a quotation mark
_SENTENCE_START = re.compile(r"(?:^|[.!?\"“”]\s*|\n\s*)$")
#: a model's code after a product's name: "V30", "CR-V", "X5", "S24+"
_MODEL_AFTER = re.compile(r"\s+[A-Z]{1,4}-?\d{1,4}[A-Za-z+]*(?![\w-])")


def _a_place_or_body_elsewhere(ctx: Context, span: NerSpan) -> bool:
    """``tahun lalu, Ankara telah menggelar ...`` after ``di Ankara``: where the article writes
    the name again the tagger is surer it is a place or a body, or a rule named a place or a body so."""
    if any(
        s.text == span.text and s.label in {"LOC", "ORG"} and s.confidence >= span.confidence
        for s in ctx.ner_spans
    ):
        return True
    # (or by its own name without its kind's word: "Sopo Bolon ini ..." after "Kelompok Tani Sopo Bolon")
    return any(
        e.name == span.text
        or (e.name.endswith(f" {span.text}") and e.name.count(" ") == span.text.count(" ") + 1)
        for e in ctx.of_type(EntityType.PLACE, EntityType.ORGANIZATION)
    )


def _initials_after(name: str, after: str) -> bool:
    """``after`` opens with the name's initials in brackets: "Satori (ST)"."""
    match = re.match(r"\s*\(([A-Z]{2,4})\)", after)
    return match is not None and match.group(1)[0] == name[0]


def _inside_a_body(ctx: Context, span: NerSpan) -> bool:
    """``RSI Sultan Agung Semarang``, ``KPP Pratama Tigaraksa``: the span ends a capitalised run an institution opens."""
    i = ctx.token_index(span.start)
    for k in range(i - 1, max(-1, i - 7), -1):
        token = ctx.tokens[k]
        word = token.bare
        if word in {"(", ")"}:
            continue
        if not word[:1].isupper() or token.text != word:
            return False  # a sentence's end
        head = _known_org_word(word) or word in lexicon.FACILITY_TYPES or word in lexicon.VENUE_FIRST_WORDS
        if ctx.claimed(token.start, token.end):
            # a body the rules named: the name after it is a person's; a kind of facility the rules
            # took as no node ("Tempat Pengolahan Sampah Terpadu (TPST) Bantar Gebang"): its name goes on
            return head and ctx.entity_at(token.start, token.end) is None
        if head:
            return True
    return False


def _district_after_place(ctx: Context, span: NerSpan) -> bool:
    """``Rumah Dinas Bupati Malang, Kepanjen, Kamis``: a gazetteer district written after a place."""
    before = ctx.text[max(0, span.start - 3) : span.start]
    if not before.rstrip().endswith(",") or not gazetteer.lookup(span.text):
        return False
    comma = ctx.text.rfind(",", 0, span.start)
    # ("Gedung DPRD Dairi, Sidikalang": a body's building, whose words the body claims)
    return ctx.entity_at(max(0, comma - 2), comma, EntityType.PLACE) is not None or after_a_place(
        ctx, ctx.token_index(span.start)
    )


#: an anniversary's words right before a name: "HUT ke-79 Kemerdekaan RI", "Dirgahayu ke-80"
_ANNIVERSARY_BEFORE = re.compile(
    r"\b(?:HUT|Hari\s+Ulang\s+Tahun(?:\s+\(HUT\))?|Dirgahayu)(?:\s+ke-?\s*\d+)?\s+$"
)


#: a Roman numeral up to 39, an event's edition ("Festival ... XXX", "MTQ XXXII")
_EDITION = re.compile(r"X{1,3}(?:IX|IV|VI{0,3}|I{1,3})?|IX|IV|VI{0,3}|I{1,3}")


def _organisation(ctx: Context, span: NerSpan, words: list[str], previous: str) -> Decision:
    if "," in span.text:
        return Decision(None, 0.0, ("a list, not a name",))
    if len(words) == 1 and _EDITION.fullmatch(words[0]):
        return Decision(None, 0.0, ("a Roman numeral: an edition's number ('Festival ... XXX')",))
    if _ANNIVERSARY_BEFORE.search(_before(ctx, span.start)):
        return Decision(None, 0.0, ("what an anniversary is of ('HUT ke-79 Kemerdekaan RI'), no body",))
    if words[0] == "Hari" and lexicon.OCCASION_BEFORE.search(_before(ctx, span.start)):
        return Decision(None, 0.0, ("a day kept ('memperingati Hari Lingkungan Hidup Sedunia'), no body",))
    if len(words) == 1 and words[0].isupper() and _programme_word(ctx, words[0]):
        return Decision(
            None, 0.0, ("the acronym a programme of the article is named with ('Posyandu SEHATI')",)
        )
    if words[-1].rstrip(".") in {"Nomor", "No", "Nomer"}:
        return Decision(
            None, 0.0, ("runs on into a document's number ('dengan Kejaksaan Nomor 4 Tahun ...')",)
        )
    if len(words) > 2 and words[1] in {"dan", "atau"} and words[0] in lexicon.ORG_HEAD_WORDS:
        return Decision(None, 0.0, ("kinds of body joined ('Kementerian atau Lembaga'), no name of one",))
    if "dan" in words[1:-1] and not any(_known_org_word(w) or w in lexicon.INSTITUTION_WORDS for w in words):
        # "West Ham dan MU", "JakLingko dan Mikrotrans": two names joined, no body's words between them
        return Decision(None, 0.0, ("two names joined by 'dan', no body's name",))
    if (
        previous == "bernama"
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and not_a_person(ctx, span.text) is None
    ):
        return _verdict("PER", span.confidence, [f"tagger {span.confidence:.2f}", "named after 'bernama'"])
    abbreviated = gazetteer.lookup_abbreviation(span.text)
    spelled = abbreviated or gazetteer.lookup_full(_without_definition(span.text))
    if spelled is not None and written_for_no_one_body(
        ctx, spelled, ctx.token_index(span.start), ctx.token_index(span.end)
    ):
        # "kader PKK", "Badan Usaha Milik Desa (BUMDes)" with no village after it
        return Decision(None, 0.0, ("a kind every village has or a movement's members, no one body",))
    first = words[0].strip("(")
    if first in lexicon.SETTLEMENT_WORDS:  # "Desa Sumbersari (Kepanjen)": a village, not a body
        return _place(ctx, span, words, previous)
    if len(words) > 1 and first.casefold() in lexicon.EVENT_TRIGGERS and _held_as_gathering(ctx, span.text):
        # "Pemkab menggelar Forum Perangkat Daerah ...": the gathering, though "Forum" heads bodies too
        return Decision(None, 0.0, ("a gathering's name the article says was held",))
    if _known_org_word(first) or " ".join(words[:2]) in lexicon.ORG_HEAD_PAIRS:
        if len(words) == 1:
            return Decision(None, 0.0, ("an institution type without a name",))
        return _verdict("ORG", span.confidence + 0.2, [f"tagger {span.confidence:.2f}", f"head {first!r}"])
    if _LIST_NUMBER.search(_before(ctx, span.start, 12)):
        return Decision(None, 0.0, ("a numbered list item's heading ('6. Genjot Produksi Garam')",))
    if len(words) == 1 and _ACRONYM.match(first) and among_initials(ctx, ctx.token_index(span.start)):
        return Decision(None, 0.0, ("a person's initials in a list of initials",))  # "DS, ARH, ZF dan MA"
    if first.casefold() in lexicon.EVENT_TRIGGERS:
        return Decision(None, 0.0, ("an event's name",))  # "Rapat Koordinasi Percepatan Penurunan Stunting"
    if span.text not in ctx.redefined_abbreviations and (  # "Public-Private Partnership (PPP)": no party
        abbreviated or gazetteer.lookup_full(span.text)
    ):
        return _verdict("ORG", 1.0, ["organisation lexicon"])
    if len(words) == 1 and gazetteer.lookup(
        first, None if not _ACRONYM.match(first) else gazetteer.TOWN_LEVELS
    ):
        return Decision(None, 0.0, ("a region's name",))  # "NTT", "Malang"; not "DEMA", a village's too
    if len(words) == 1 and _ACRONYM.match(first):
        return _acronym(ctx, span)
    if _without_definition(span.text).casefold() in GENERIC_PROGRAMS:
        return Decision(None, 0.0, ("a category, not an organisation",))
    if (bracketed := re.search(r"\(([A-Z][A-Za-z]{1,9})\)$", span.text)) is not None:
        if _nicknamed(ctx, span, words[:-1], bracketed.group(1)):
            return _verdict(
                "PER", span.confidence, [f"tagger {span.confidence:.2f}", "a name and its nickname"]
            )
        if _from_a_place(words[:-1], bracketed.group(1)):
            return _verdict(
                "PER", span.confidence, [f"tagger {span.confidence:.2f}", "a name and where they come from"]
            )
        return Decision(None, 0.0, ("spells out an abbreviation without an institution's head word",))
    if len(words) == 1:
        return _verdict("ORG", span.confidence - 0.3, [f"tagger {span.confidence:.2f}", "one word, no head"])
    if all(w.lower() in common_words() for w in words if w[:1].isupper()) and span.confidence < 0.9:
        return Decision(None, 0.0, ("common words",))
    if _listed_among_persons(ctx, span, words):
        return _verdict("PER", span.confidence, [f"tagger {span.confidence:.2f}", "listed among persons"])
    if _a_person_apposed(ctx, span, words):
        return _verdict(
            "PER", span.confidence, [f"tagger {span.confidence:.2f}", "a name set off after a title"]
        )
    if _english_phrase(words) and not any(w in lexicon.ENGLISH_ORG_WORDS for w in words):
        return Decision(None, 0.0, ("common English words without a body's word: a title or a report",))
    if _a_winner_from(ctx, span, words):
        return _verdict(
            "PER",
            span.confidence,
            [f"tagger {span.confidence:.2f}", "a winner named with where they come from"],
        )
    return _verdict("ORG", span.confidence - 0.1, [f"tagger {span.confidence:.2f}", "no head word"])


def _programme_word(ctx: Context, word: str) -> bool:
    """Whether ``word`` is a word of the name of a programme the article names ("SEHATI" of "Posyandu
    SEHATI", "GERAK" of "GERAK Sungai") and no body's abbreviation the lexicon knows, nor the first
    word of one ("BPJS" of "BPJS Kesehatan")."""
    return word not in _abbreviation_words() and any(
        word in programme.name.split() for programme in ctx.of_type(EntityType.PROGRAM)
    )


@lru_cache(maxsize=1)
def _abbreviation_words() -> frozenset[str]:
    """The lexicon's abbreviations of bodies and the first words of those of two words or more."""
    return frozenset(a.split()[0] for a in gazetteer.all_abbreviations())


def _a_person_apposed(ctx: Context, span: NerSpan, words: list[str]) -> bool:
    """``Direktur Eksekutif CRPS, Bhima Yudhistira Adhinegara menilai``: the tagger's organisation is a person.

    Every word is name-like (no common, institution or English word, no acronym), a title
    opens the clause the name is set off from by a comma, and a speech verb follows.
    """
    if not _name_like(words):
        return False
    before = _before(ctx, span.start, 60)
    if not before.rstrip().endswith(","):
        return False
    clause = re.split(r"[.;:\"“”]", before)[-1]
    opens_with_title = any(w in _TITLE_WORDS or w.lower() in _TITLE_WORDS_LOWER for w in clause.split())
    return opens_with_title and bool(SPEECH_AFTER.match(ctx.text[span.end : span.end + 40]))


#: the words a winner is named after: "jatuh kepada", "diraih", "disusul", "direbut oleh"
_WINNER_WORDS = r"\b(?:kepada|diraih|direbut|disabet|disusul|diikuti|dimenangi|dimenangkan)(?:\s+oleh)?"
_WINNER_CUE = re.compile(rf"{_WINNER_WORDS}\s*$")
_WINNER_WORD = re.compile(_WINNER_WORDS)
#: an earlier winner's item of a list, where they come from ending right before the next name:
#: "disusul A dari Simanindo dan ", "..., asal Desa Tomok, "
_EARLIER_WINNER_FROM = re.compile(
    r"\b(?:dari|asal)\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\s*(?:,\s*(?:dan\s+|serta\s+)?|(?:dan|serta)\s+)$"
)
#: the words that open a team's name, which wins as a person does ("Grup Reog X dari SDN 1 Y")
_TEAM_HEADS = frozenset({"Grup", "Group", "Tim", "Team", "Regu", "Kafilah", "Kontingen", "Sanggar", "Band"})
#: where the one named comes from, right after the name: "dari SMK Negeri 1 X", "asal Desa Y"
_COMES_FROM = re.compile(r",?\s+(?:dari|asal)\s+[A-Z]")


def _a_winner_from(ctx: Context, span: NerSpan, words: list[str]) -> bool:
    """``gelar terbaik jatuh kepada Nadia Putri Simbolon dari SMK Negeri 1 X``: a name-like span of two
    words or more after a winner's cue and before where its bearer comes from is a person, not a body
    (a body is "di" a place, a person "dari" one); so is one after an earlier winner's item of the same
    list ("disusul A dari X dan Nadia Putri Simbolon dari Y"), not a place listed after X."""
    if not (
        len(words) >= 2
        and words[0] not in _TEAM_HEADS
        and _name_like(words)
        and _COMES_FROM.match(ctx.text, span.end) is not None
    ):
        return False
    if _WINNER_CUE.search(_before(ctx, span.start, 30)) is not None:
        return True
    clause = re.split(r"[.;:!?\n]", _before(ctx, span.start, 160))[-1]
    return _EARLIER_WINNER_FROM.search(clause) is not None and _WINNER_WORD.search(clause) is not None


def _name_like(words: list[str]) -> bool:
    """Every word capitalised like a personal name: no acronym, no common, institution or English word."""
    return all(
        w[:1].isupper()
        and not w.isupper()
        and w.lower() not in common_words()
        and w not in lexicon.INSTITUTION_WORDS
        and w not in lexicon.ENGLISH_ORG_WORDS
        and w.lower() not in ENGLISH
        for w in words
    )


def _nicknamed(ctx: Context, span: NerSpan, words: list[str], short: str) -> bool:
    """``..., Wiratama Sasongko (Tama), menilai ...``: a name-like span with a capitalised, not
    upper-case, word in brackets that is no abbreviation of it, set off before a verb, is a
    person and their nickname."""
    return _name_with_a_word_in_brackets(words, short) and bool(_APPOSED_SUBJECT.match(ctx.text, span.end))


def _from_a_place(words: list[str], bracketed: str) -> bool:
    """``gelar terbaik jatuh kepada Nur Aisyah Hasibuan (Barumun Tengah), diikuti ...``: a name-like span
    of two words or more with a district's, village's or town's name in brackets, no abbreviation of
    it, is a person and where they come from."""
    return _name_with_a_word_in_brackets(words, bracketed) and bool(
        gazetteer.lookup(bracketed, {"kota", "kabupaten", "kecamatan", "kelurahan", "desa"})
    )


def _name_with_a_word_in_brackets(words: list[str], bracketed: str) -> bool:
    """Whether ``words`` read as a person's name of two words or more and ``bracketed``, capitalised but
    not upper-case, is no abbreviation of them."""
    return (
        len(words) >= 2
        and bracketed[1:].islower()
        and _name_like(words)
        and not bracketed.casefold().startswith(initials(words).casefold()[:2])
    )


def _listed_among_persons(ctx: Context, span: NerSpan, words: list[str]) -> bool:
    """``terdiri atas Ani Lestari, Budi Santoso, Cahya Wirawan, dan ...``, ``Budi Santoso dan Cahya
    Wirawan``: a name-like span next in a list to one the tagger reads as a person (a list of
    members, a team's line-up, a candidate pair) is a person too, whatever the tagger called it."""
    if len(words) < 2 or not _name_like(words):
        return False
    return any(
        s.label == "PER"
        and (
            (0 < span.start - s.end <= 6 and ctx.text[s.end : span.start].strip() in _LIST_JOINTS)
            or (0 < s.start - span.end <= 6 and ctx.text[span.end : s.start].strip() in _LIST_JOINTS)
        )
        for s in ctx.ner_spans
    )


#: what stands between two items of a list
_LIST_JOINTS = frozenset({",", "dan", ", dan"})

#: a capitalised run (with "dan", "&") before a span, and the abbreviation in brackets after it
_CAPITALISED_RUN_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’-]*|dan|&)\s+)+$")
_ABBREVIATION_AFTER = re.compile(r"\s*\(([A-Z]{2,8})\)")
#: a name spelled out before its abbreviation in brackets, right before a span: "Kelompok Tani Hutan (KTH) "
_DEFINED_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:dan|&)\s+)?){2,8})\(([A-Z]{2,8})\)\s*$")


def _inside_an_abbreviated_name(ctx: Context, span: NerSpan, words: list[str]) -> bool:
    """``Pasukan Adat Merah Borneo Raya (PAMBR)`` tagged from "Borneo", ``Kelompok Tani Hutan
    (KTH) Bina Sejahtera``: the span is the tail of a name whose abbreviation follows and spells out
    words before it too, or the name of something an abbreviation just defined (not an office's:
    "Pejabat Pembuat Komitmen (PPK) NAME") opens."""
    own = initials(words)
    after = _ABBREVIATION_AFTER.match(ctx.text, span.end)
    if after is not None:
        short = after.group(1)
        if short != own and short.endswith(own) and not short.startswith(own[:1]):
            run = _CAPITALISED_RUN_BEFORE.search(_before(ctx, span.start, 80))
            if run is not None and initials(run.group(0).split()).endswith(short[: -len(own)]):
                return True
    defined = _DEFINED_BEFORE.search(_before(ctx, span.start, 100))
    if defined is None:
        return False
    phrase, short = defined.group(1).split(), defined.group(2)
    spelled = initials(phrase)
    if not spelled.endswith(short) or short in lexicon.TITLE_SURFACES:
        return False
    body = phrase[len(phrase) - len(short) :] if len(phrase) >= len(short) else phrase
    if _known_org_word(body[0]):
        return False  # "ketua Mahkamah Konstitusi (MK) NAME": an official of the body named after it
    return not any(w in _TITLE_WORDS for w in phrase) and not any(
        " ".join(phrase[k:]) in lexicon.TITLE_SURFACES for k in range(len(phrase))
    )


#: a capitalised run of one to four words: an item of a list of names
_LIST_WORD = r"(?:[A-Z]\.|[A-Z][\w'’&-]*)"
_LIST_ITEM = rf"{_LIST_WORD}(?: {_LIST_WORD}){{0,3}}"
#: what separates two items of a list: a comma, a conjunction, or both
_LIST_SEPARATOR = r"(?:\s*,\s*(?:(?:dan|serta|atau)\s+)?|\s+(?:dan|serta|atau)\s+)"
_ITEM_BEFORE = re.compile(rf"(?:^|(?<=[\s(:]))({_LIST_ITEM}){_LIST_SEPARATOR}$")
_ITEM_AFTER = re.compile(rf"^{_LIST_SEPARATOR}({_LIST_ITEM})(?![\w'’&-])")


def _list_neighbours(ctx: Context, start: int, end: int, most: int = 6) -> list[tuple[int, int]]:
    """The other items of the list of capitalised names ``[start, end)`` is written in
    ("Tawon, Kumbang, Cendrawasih, Nurani, dan sebagainya"), as character spans, nearest first.

    A list closed by a conjunction before a comma ("Menteri Pangan, Pertanian, dan Perikanan, NAME")
    is an office the name is set off after, not a list the name is in; degrees after a name
    ("NAME, SH, MPsi") are no items."""
    before: list[tuple[int, int, str]] = []
    left = start
    while len(before) < most:
        match = _ITEM_BEFORE.search(ctx.text, max(0, left - 80), left)
        if match is None or _degree(match.group(1)):
            break
        before.append((match.start(1), match.end(1), ctx.text[match.end(1) : left]))
        left = match.start(1)
    if len(before) > 1 and before[0][2].strip() == "," and before[1][2].strip() not in {"", ","}:
        before = []  # "..., Pertanian, dan Perikanan, NAME": the list closed before the name
    found = [(s, e) for s, e, _ in before]
    joints = [joint for _, _, joint in before]
    right = end
    while len(found) < 2 * most:
        after = _ITEM_AFTER.match(ctx.text[right : right + 80])
        if after is None or _degree(after.group(1)):
            break
        found.append((right + after.start(1), right + after.end(1)))
        joints.append(after.group(0)[: after.start(1)])
        right += after.end(1)
    if not any(_CONJUNCTION.search(j) for j in joints) and not _AND_SO_ON.match(ctx.text, right):
        return []  # "rumah dinas NAME, Jalan ..., Menteng, Jakarta Pusat": an address, no list
    return found


_CONJUNCTION = re.compile(r"\b(?:dan|serta|atau)\b")
#: the open end of a list: "..., dan sebagainya", "dan lain-lain", "dll"
_AND_SO_ON = re.compile(r",?\s*(?:(?:dan|serta)\s+(?:sebagainya|lainnya|lain-lain)|dll)\b")


def _listed_after_an_object_cue(ctx: Context, span: NerSpan) -> bool:
    """``varietas Arumanis, Gadung, dan Golek``: a later item of a list whose first item follows an
    object cue is a thing like it."""
    items = [s for s, _ in _list_neighbours(ctx, span.start, span.end) if s < span.start]
    return bool(items) and _previous_word(ctx, min(items)) in OBJECT_CUES


def _degree(word: str) -> bool:
    return word.strip(".").casefold() in lexicon.DEGREES or word.casefold() in lexicon.DEGREES


def _listed_among_things(ctx: Context, span: NerSpan) -> bool:
    """``mobil nasional seperti Tawon, Kumbang, Cendrawasih, Nurani``, ``Kecamatan Panga, Teunom, Krueng
    Meuh dan Jaya``: a name in a list with no rule's person, whose other items are at least two things
    and at least twice as many things as the tagger's persons, names a thing, a place or a body
    like them. A thing is an item a rule or the gazetteer reads as a place or a body, or one word
    the tagger does not read as a person's (persons are listed by their full names)."""
    items = _list_neighbours(ctx, span.start, span.end)
    if len(items) < 2 or any(ctx.entity_at(s, e, EntityType.PERSON) is not None for s, e in items):
        return False
    persons = things = 0
    for s, e in items:
        if any(n.label == "PER" and n.start < e and s < n.end for n in ctx.ner_spans if n is not span):
            persons += 1
        elif (
            " " not in ctx.text[s:e]
            or ctx.entity_at(s, e, EntityType.ORGANIZATION, EntityType.PLACE) is not None
            or gazetteer.lookup(ctx.text[s:e])
        ):
            things += 1
    return things >= max(2, 2 * persons)


_ACRONYM_LINKS = frozenset(lang.words("acronym-links"))


def _acronym(ctx: Context, span: NerSpan) -> Decision:
    """An acronym the lexicon does not know: an organisation only where a list or an agent frames it.

    ``HMI, PMII dan IMM`` are organisations; ``alokasi TKD``, ``keracunan MBG``,
    ``dalam OTT`` and ``Dana Alokasi Khusus (DAK)`` are a budget, a programme, an
    operation and a fund: the lower-case word before them, or a definition in
    brackets that the rules did not take as an organisation, says so.
    """
    if len(span.text) < 3 and span.confidence < 0.9:
        return Decision(None, 0.0, ("a short acronym",))
    if span.text.lower() in common_words():
        return Decision(None, 0.0, ("a common word in capitals",))  # "DIBERHENTIKAN SECARA TIDAK HORMAT"
    if ctx.text[max(0, span.start - 1) : span.start] == "(":
        return Decision(None, 0.0, ("defines something that is not an organisation",))
    if _body_named_after(ctx, span.end):
        return Decision(None, 0.0, ("a board or unit of the body named after it ('BPP Hipmi')",))
    if span.text in _persons_initials(ctx) or _SINGLE_INITIAL.search(
        ctx.text[max(0, span.start - 30) : span.end + 30]
    ):
        return Decision(None, 0.0, ("a person's initials",))
    if re.match(r"\s+(?:19|20)\d\d\b", ctx.text[span.end : span.end + 6]):
        return Decision(
            None, 0.0, ("an acronym with a year: an event's or a plan's name",)
        )  # "Pada TEI 2025"
    if _LOWER_DEFINITION.match(ctx.text[span.end : span.end + 80]) or _defined_in_lower_case(ctx, span.text):
        return Decision(None, 0.0, ("spelled out in common words: a thing, not an organisation",))
    if _TICKER_AFTER.match(ctx.text[span.end : span.end + 16]):
        return Decision(None, 0.0, ("a share's ticker with its price change",))
    if _LOWER_ITEM_BEFORE.search(_before(ctx, span.start, 30)) and _LOWER_ITEM_AFTER.match(
        ctx.text[span.end : span.end + 30]
    ):
        return Decision(None, 0.0, ("a list of things in lower case: 'ponsel, PC, atau laptop'",))
    head = next((phrase.split()[0] for phrase in spelled_out(ctx.text, span.text)), None)
    if head is not None and (head.casefold() in lexicon.EVENT_TRIGGERS or head in _NOT_BODY_HEADS):
        # "Pesta Kesenian Rakyat (PKR)", "Program TNI Manunggal Membangun Desa (TMMD)"
        return Decision(None, 0.0, (f"spelled out as {head!r} ...: an event's or a programme's name",))
    words = re.findall(r"[\w.]+|[,;(]", _before(ctx, span.start, 30))
    previous = words[-1] if words else ""
    if previous.isalpha() and previous.islower() and previous not in _ACRONYM_LINKS:
        # only a tagger this sure overrides the cue: "saham QVC" is a company, "alokasi TKD" a fund
        score = span.confidence - 0.4
        return _verdict("ORG", score, [f"tagger {span.confidence:.2f}", f"after {previous!r}: a thing?"])
    return _verdict(
        "ORG", span.confidence, [f"tagger {span.confidence:.2f}", "acronym in a list or as agent"]
    )


def _body_named_after(ctx: Context, end: int) -> bool:
    """``Ketua Umum BPP Hipmi``, ``Kadis PUTR Pemko Binjai``: the acronym is followed, in the same
    phrase, by the name of the body it is a board or a unit of (an organisation the lexicon knows
    or one the article names)."""
    after = re.match(r" ([A-Z][\w-]+)\b", ctx.text[end : end + 40])
    if after is None:
        return False
    word = after.group(1)
    if gazetteer.lookup_abbreviation(word) is not None:
        return True
    start = end + after.start(1)
    return any(m.span.start == start for org in ctx.of_type(EntityType.ORGANIZATION) for m in org.mentions)


#: first words of a spelled-out acronym that make it a programme, a festival or an agreement, not a
#: body ("Perjanjian Kerja Sama (PKS)" is no party here)
_NOT_BODY_HEADS = lexicon.PROGRAM_OPENINGS | {"Pesta", "Pekan", "Perjanjian", "Nota"}


#: A lower-case item and a comma before an acronym, and a comma or a conjunction and a lower-case item after it.
_LOWER_ITEM_BEFORE = re.compile(r"(?:^|\s)[a-z]{3,},\s*$")
_LOWER_ITEM_AFTER = re.compile(r",?\s+(?:(?:atau|dan|serta)\s+)?[a-z]{3,}\b")
#: A list of suspects' initials with a one-letter item: ``yakni A, AP, AM alias KA, ACM, dan MR``.
_SINGLE_INITIAL = re.compile(r"(?:^|[\s,])[A-Z](?:,|\s+dan\b)")
#: An acronym spelled out in lower-case words: ``BBE (barang bukti elektronik)``, ``MICE (meetings, ...)``.
_LOWER_DEFINITION = re.compile(r"\s*\(\s*[a-z][a-z]+(?:[ ,-]+[a-z]+)+\s*\)")
#: A share's price change after its ticker: ``BBRI (+5,14%)``.
_TICKER_AFTER = re.compile(r"\s*\(\s*[+−-]\d+(?:[.,]\d+)?\s*%\s*\)")


def _listed_after_a_thing(ctx: Context, span: NerSpan) -> bool:
    """Whether ``span`` follows "dan" after something that is no body nor country ("dari BPHTB dan PBB":
    the land tax after another tax, not the United Nations)."""
    i = ctx.token_index(span.start)
    return i > 1 and ctx.tokens[i - 1].text == "dan" and not cued_as_body(ctx, i)


def _defined_in_lower_case(ctx: Context, acronym: str) -> bool:
    """Whether the article defines ``acronym`` after lower-case words whose initials spell it:
    ``perjanjian kerja sama (PKS)`` is an agreement, not the party."""
    for m in re.finditer(rf"((?:\b[a-z]+\s+){{2,6}})\(\s*{re.escape(acronym)}\s*\)", ctx.text):
        words = m.group(1).split()
        for k in range(len(words) - 1):
            if "".join(w[0] for w in words[k:]) == acronym.lower():
                return True
    return False


def _persons_initials(ctx: Context) -> frozenset[str]:
    """Initials news uses for a person: of a person the article names (``Hadi Santoso (HS)``), after
    ``berinisial``, or with an age (``RSS (19)``)."""
    written = {initials(e.name.split()) for e in ctx.of_type(EntityType.PERSON) if len(e.name.split()) > 1}
    found = {i for i in written if f"({i})" in ctx.text}  # "Hadi Santoso (HS)": the article defines them
    found.update(_cued_initials(ctx.text))
    return frozenset(i for i in found if len(i) >= 2)


@lru_cache(maxsize=8)
def _cued_initials(text: str) -> frozenset[str]:
    """Initials the text writes after ``berinisial``, ``tersangka``, ``korban``, ``mahasiswa`` ... or with an
    age (one pass per article)."""
    found = {m.group(1) or m.group(2) for m in _INITIALS_CUE.finditer(text)}
    for m in _INITIALS_LIST.finditer(
        text
    ):  # "berinisial S, DP, ABT, dan HS", "tersangka lainnya, HS dan ABT"
        found.update(
            i for i in re.findall(r"[A-Z]{2,5}", m.group("items")) if gazetteer.lookup_abbreviation(i) is None
        )
    return frozenset(found)


#: a list of initials after a cue: every item is a person's, the one-letter ones too
_INITIALS_LIST = re.compile(
    r"\b(?i:berinisial|inisial|tersangka|terdakwa|pelaku|korban|saksi)"
    r"(?:\s+(?i:lainnya|lain|masing-masing|yakni|yaitu|berinisial))*\s*,?\s*"
    r"(?P<items>[A-Z]{1,5}(?:(?:\s*,\s*|\s+dan\s+|\s*,\s*dan\s+|\s+serta\s+)[A-Z]{1,5})+)\b"
)


_INITIALS_CUE = re.compile(
    r"\b(?i:berinisial|inisial|tersangka|terdakwa|terpidana|terlapor|pelapor|korban|pelaku|saksi|mahasiswa|"
    r"mahasiswi|siswa|siswi)\s+([A-Z]{2,5})\b|\b([A-Z]{2,5})\s+\(\d{1,2}\)"
)


def _a_venues_name_far_away(ctx: Context, name: str) -> bool:
    """``Usai dari Ketapang`` in a Banyuwangi story that names ``Pelabuhan Ketapang``: a name the
    gazetteer knows only as a town of another province, which a venue of the article ends with, is
    short for the venue (Kabupaten Ketapang lies in West Kalimantan)."""
    home = ctx.home_region
    towns = gazetteer.lookup(name, gazetteer.TOWN_LEVELS)
    if home is None or not towns:
        return False
    province = gazetteer.province_of(home)
    if any(gazetteer.province_of(t) == province for t in towns):
        return False
    return any(
        e.type is EntityType.PLACE
        and e.name.split()[0] in lexicon.VENUE_FIRST_WORDS
        and e.name.endswith(f" {name}")
        for e in ctx.entities.values()
    )


def _place(ctx: Context, span: NerSpan, words: list[str], previous: str) -> Decision:
    reasons = [f"tagger {span.confidence:.2f}"]
    if _without_definition(span.text).casefold() in GENERIC_PROGRAMS:
        return Decision(None, 0.0, ("a category, not a place",))
    score = span.confidence
    venue = words[0] in lexicon.VENUE_FIRST_WORDS
    if _a_venues_name_far_away(ctx, span.text):
        return Decision(
            None, 0.0, ("the own name of a venue the article names, and a town of another province",)
        )
    if previous in lexicon.PLACE_PREPOSITIONS and gazetteer.lookup(span.text, gazetteer.TOWN_LEVELS):
        return _verdict("LOC", 1.0, ["gazetteer", f"after {previous!r}"])  # "di Medan": a city, not a field
    if all(w.lower() in common_words() for w in words) and not venue:
        return Decision(None, 0.0, ("common words",))
    if any(ch.isdigit() for ch in span.text):
        return Decision(None, 0.0, ("a code, not a place",))
    if len(words) == 1 and (
        span.text.casefold() in lexicon.EVENT_TRIGGERS or span.text.casefold() in _LEGISLATION_WORDS
    ):
        return Decision(
            None, 0.0, ("a gathering or a regulation ('di Musrenbang', 'ke Ranperda'), not a place",)
        )
    if landmark_kind(ctx.text, span.start, span.end):
        return Decision(None, 0.0, ("a kind of landmark without its name ('di Meunasah gampong setempat')",))
    if gazetteer.lookup(span.text) or span.text in lexicon.COUNTRIES or span.text in lexicon.WORLD_PLACES:
        return _verdict("LOC", 1.0, ["gazetteer"])
    if not venue and words[0].casefold() in lexicon.EVENT_TRIGGERS:
        return Decision(None, 0.0, ("a gathering's name ('di Pawai Obor'), not a place",))
    unlike = _not_a_place(span, words, venue, ctx.text[span.end : span.end + 8])
    if unlike is not None:
        return Decision(None, 0.0, (unlike,))
    if not venue and _english_words_unplaced(ctx, span, words):
        return Decision(None, 0.0, ("common English words placed nowhere: a product, league or publication",))
    if venue:
        score += 0.2
        reasons.append("venue head")
    if previous in lexicon.PLACE_PREPOSITIONS or previous in PLACE_CUES:
        score += 0.15
        reasons.append(f"after {previous!r}")
    elif _before_a_region(ctx, span.end):
        score += 0.15
        reasons.append("written before the region it lies in")
    elif len(words) == 1 and not venue:
        score -= 0.3  # "Hipertensi", "Reddit", "Masyumi": a list item the gazetteer does not know
        reasons.append("one word the gazetteer does not know, no place cue")
    if len(words) == 1 and any(
        words[0] in e.name.split() for e in ctx.entities.values() if e.type is EntityType.PERSON
    ):
        return Decision(None, 0.0, ("a person's name in this article",))
    if not any(gazetteer.lookup(w) for w in words) and _listed_among_persons(ctx, span, words):
        return _verdict("PER", span.confidence, [*reasons, "listed among persons"])  # not "Semarang Raya"
    if _a_winner_from(ctx, span, words):  # (the whole name is no region: read above)
        return _verdict("PER", span.confidence, [*reasons, "a winner named with where they come from"])
    if len(words) == 1 and _tagged_a_person_elsewhere(ctx, span):
        return Decision(None, 0.0, ("a name the tagger reads as a person's elsewhere in this article",))
    if len(words) == 1 and _company_with_its_country(ctx, words[0]):
        return Decision(None, 0.0, ("a company the article names with its country",))
    if len(words) == 1 and _a_speaker_set_off(ctx, span) and words[0].lower() not in common_words():
        # "Kepala Dusun X, Parlin, menyebutkan ...", "pengelola gudang, Marihot, yang akrab disapa Ucok,
        # mengatakan ...": a name set off before a verb of saying, a speaker
        return _verdict("PER", span.confidence + 0.2, [*reasons, "set off by commas before a verb of saying"])
    if (
        len(words) == 1
        and _before(ctx, span.start, 3).rstrip().endswith(",")
        and _APPOSED_SUBJECT.match(ctx.text, span.end)
    ):
        # "peserta dari SMPN 3 Malang, Aurelia, mengaku ...": a name set off before its verb
        return _verdict("PER", span.confidence - 0.3, [*reasons, "set off by commas before a verb"])
    return _verdict("LOC", score, reasons)


def _tagged_a_person_elsewhere(ctx: Context, span: NerSpan) -> bool:
    """``menagih utang ke Suhendra. Namun, Suhendra mengaku ...``: one word the tagger reads as a place
    after ``ke`` and as a person where the article writes it again; no word of a country's name
    ("di Saudi")."""
    if any(span.text in country.split() for country in lexicon.COUNTRY_NAMES):
        return False
    return any(s.label == "PER" and s.text == span.text for s in ctx.ner_spans)


#: a comma and a verb after a one-word name set off by commas: the name is the verb's subject
_APPOSED_SUBJECT = re.compile(r",\s+(?:me|ber|ter)[a-z]{3,}\b")


def _a_speaker_set_off(ctx: Context, span: NerSpan) -> bool:
    """``Kepala Dusun X, Parlin, menyebutkan ...``, ``pengelola gudang, Marihot, yang akrab disapa Ucok,
    mengatakan ...``: a span set off by commas before a verb of saying, a speaker; not one set off
    after the village where something is (``di Kelurahan Sitinjo, Sumbul, menyebut ...``: the
    village's town)."""
    before = _before(ctx, span.start, 3).rstrip()
    if not before.endswith(",") or not _APPOSED_SPEAKER.match(ctx.text, span.end):
        return False
    comma = ctx.text.rfind(",", 0, span.start)
    place = ctx.mentioned_ending_at(comma, EntityType.PLACE)
    if place is None:
        return True
    start = min((m.span.start for m in place.mentions if m.span.end == comma), default=comma)
    located = re.search(r"(\w+)\s+$", ctx.text[max(0, start - 20) : start])
    village = place.name.split()[0] in lexicon.SETTLEMENT_WORDS - {"Kecamatan"}
    return not village or located is None or located.group(1).lower() not in lexicon.PLACE_PREPOSITIONS


#: ... a verb of saying after it, a relative clause between ("..., yang akrab disapa Ucok, mengatakan")
_APPOSED_SPEAKER = re.compile(
    r",\s+(?:yang\s+[^,.;\"“”]{1,60},\s+)?(?:(?:juga|pun|kembali)\s+)?"
    rf"(?:{lang.alternation(lexicon.ACTIVE_SPEAKING_VERBS)})\b",
    re.IGNORECASE,
)


def _english_words_unplaced(ctx: Context, span: NerSpan, words: list[str]) -> bool:
    """``di Play Store``, ``laga di Premier League``: common English words that the article does not
    set in a town or country ("di Times Square, New York", "ke Universal Studio di Osaka") name a
    shop, a league or a publication, not a place."""
    if len(words) < 2 or not all(w.lower() in lexicon.ENGLISH_COMMON for w in words):
        return False
    if _before_a_region(ctx, span.end):
        return False
    after = re.match(r"(?:,| di) (?=[A-Z])", ctx.text[span.end : span.end + 5])
    if after is None:
        return True
    start = span.end + after.end()
    return not any(s.start == start and s.label == "LOC" for s in ctx.ner_spans)


def _before_a_region(ctx: Context, end: int) -> bool:
    """``..., Senopati, Jakarta Selatan``: a word written before the region it lies in, as addresses are."""
    after = re.match(r",\s*((?:[A-Z][\w-]*\s*){1,3})", ctx.text[end : end + 40])
    if after is None:
        return False
    words = after.group(1).split()
    return any(gazetteer.lookup(" ".join(words[:n])) for n in range(len(words), 0, -1))


def _ends_with_a_district_of_the_region_after(ctx: Context, end: int, last: str) -> bool:
    """``..., Gedung Sari Lowokwaru, Kota Malang``: the last word is a district or village that lies
    in the region written after the comma, as addresses are written."""
    after = re.match(r",\s*((?:[A-Z][\w-]*\s*){1,3})", ctx.text[end : end + 40])
    if after is None:
        return False
    districts = gazetteer.lookup(last, {"kecamatan", "kelurahan", "desa"})
    if not districts:
        return False
    words = after.group(1).split()
    regions = [r for n in range(len(words), 0, -1) for r in gazetteer.lookup(" ".join(words[:n]))]
    return any(d.code.startswith(f"{r.code}.") for d in districts for r in regions)


_PLACE_LOWER = (
    frozenset({"di", "dan", "de", "la", "timur", "barat", "utara", "selatan", "tengah", "raya"})
    | frozenset(h.lower() for h in lexicon.VENUE_HEADS)
    | lexicon.VENUE_MODIFIERS
)


#: the words a region's epithet opens with ("di Bumi Blambangan", "Gumi Keris"): the region itself,
#: which the article names as such; but a campground ("Bumi Perkemahan") is a place
_EPITHET_HEADS = frozenset({"Bumi", "Gumi"})
_EPITHET_NOT = frozenset({"Perkemahan"})
#: words of a time that open its name ("di Era Reformasi", "pada Masa Orde Baru"): no place's
_TIME_HEADS = frozenset({"Era", "Masa", "Zaman", "Abad"})


def _jurisdiction_title(words: str) -> bool:
    """Whether ``words`` are a title taken with a region after it ("Camat", "Kepala Desa", "Kapolres")."""
    title = lexicon.TITLES.get(words)
    return title is not None and bool(title.levels)


def _not_a_place(span: NerSpan, words: list[str], venue: bool, after: str) -> str | None:
    """Why a tagger's place span is no place: an institution, an abbreviation, a fragment."""
    two = " ".join(words[:2])
    if " ".join(w for w in words if w not in {"Raya", "Tol"}) in lexicon.VENUE_HEADS:
        return "a kind of place without its name ('Jalan Tol', 'Pondok Pesantren (Ponpes) ...' cut short)"
    if not venue and two not in lexicon.VENUE_HEADS and _known_org_word(words[0]):
        return "an institution's head word (Balai Karantina, Bank Jatim)"
    if "(" in span.text or ")" in span.text:
        return "holds an abbreviation's brackets: part of a longer name"
    if len(words) > 1 and words[0] in _EPITHET_HEADS and words[1] not in _EPITHET_NOT:
        return "a region's epithet ('Bumi Sriwijaya', 'Gumi Keris'), not a place of its own"
    if len(words) > 1 and words[0] in _TIME_HEADS:
        return "a time ('Era Reformasi', 'Masa Orde Baru'), no place"
    if len(words) > 1 and ROMAN_NUMERAL.fullmatch(words[0]) and words[0] != "I":
        return "a numeral cut from what it numbers ('Wilayah II Sumatera Utara'), no place's name"
    if len(words) > 1 and span.text in lexicon.TITLES:
        return "an office's title written without its holder ('Kaur Keuangan'), no place"
    if len(words) > 1 and any(_jurisdiction_title(" ".join(words[:k])) for k in (1, 2)):
        return "an office named by its jurisdiction ('Camat X', 'Kepala Desa Y'): the region is after it"

    if len(words) == 1 and _ACRONYM.match(words[0]) and re.match(r"\s+\d", after):
        return "the start of a numbered name (SMPN 4 ...)"
    if len(words) == 1 and gazetteer.lookup_abbreviation(words[0]) is not None:
        return "an organisation's abbreviation"
    if any(w.islower() and w not in _PLACE_LOWER for w in words):
        return "lower-case words that are no place's (Instagramnya dikutip)"
    if len(words) == 1 and lexicon.is_common_noun(words[0]):
        return "an abstract noun (Pemasyarakatan)"
    return None


def _verdict(label: str, score: float, reasons: list[str]) -> Decision:
    confidence = round(max(0.0, min(1.0, score)), 3)
    return Decision(label if confidence >= THRESHOLD else None, confidence, tuple(reasons))


# -- nodes the rules made -------------------------------------------------------------

#: Words of institution *types*: a name made of these alone ("Unit Kerja", "Organisasi Perangkat
#: Daerah", "Kepolisian Resor") names a kind of body, not one body.
GENERIC_ORG_WORDS = frozenset(lang.words("generic-org-words"))


#: a party's standing in a court case or a report ("Pemohon", "Tergugat"), which opens no body's name
_CASE_PARTIES = frozenset(lang.words("case-parties"))


def generic_organisation(name: str) -> str | None:
    """Why an organisation's name names a type of body rather than one body, or ``None``.

    >>> generic_organisation("Kepolisian Resor"), generic_organisation("Unit Kerja")
    ('a regional body without its region', 'institution-type words only')
    >>> generic_organisation("Kepolisian Resor Kota Malang") is None
    True
    >>> generic_organisation("Kementerian Kesehatan") is None
    True
    """
    if _facility_kind(name):
        return "a kind of facility every region has"
    known = gazetteer.lookup_full(name) or (
        gazetteer.lookup_abbreviation(name) if " " not in name else None  # ("BPD" alone: any village's)
    )
    if known is not None:
        # (a network of every region's teams, written bare where no region is told of, is that
        # network: "Menkeu meminta TPIP dan TPID terus bersinergi")
        return (
            "a regional body without its region"
            if known.scope == "regional" and known.kind != "network"
            else None
        )
    words = [w.strip(",.()") for w in name.split()]
    if all(w in GENERIC_ORG_WORDS or w.lower() in {"dan", "di", "ke"} for w in words if w):
        return "institution-type words only"
    if words[:1] == ["Tim"] and len(words) == 2 and _NUMBERED.fullmatch(words[1]):
        return "a numbered team of a gathering ('Tim II dipimpin Wakil Bupati')"
    if words[:1] and words[0] in _CASE_PARTIES:
        return "a party to a case ('Pemohon PK', 'Tergugat')"
    if words and words[-1].lower() == "lainnya":
        return "a category of bodies ('... lainnya': and others)"  # "Lembaga Jasa Keuangan Lainnya"
    if words[:1] == ["Bidang"] and not any(
        w in lexicon.ORG_HEAD_WORDS or gazetteer.lookup_abbreviation(w) for w in words[1:]
    ):
        return "a field of work with no body named ('Prasarana Bidang SDA dan Irigasi')"
    return None


#: a team's number: "Tim II", "Tim 3"
_NUMBERED = re.compile(r"[IVX]+|\d{1,2}")

_IMPLIABLE = frozenset({EntityType.ORGANIZATION, EntityType.PLACE})


_JURISDICTION = re.compile(r"\s+(?:Provinsi|Kota|Kabupaten|Kecamatan|Kelurahan|Desa)\s.*$")


#: grades a kind of facility is rated in ("Posyandu Purnama", "Puskesmas Paripurna")
_FACILITY_GRADES = frozenset(lang.words("facility-grades", "grade"))


def _facility_kind(name: str) -> bool:
    """``Puskesmas``, ``Pusat Kesehatan Masyarakat Provinsi DKI Jakarta``, ``BUMD Kabupaten X``.

    >>> _facility_kind("Pusat Kesehatan Hewan"), _facility_kind("BUMD Kota Batu"), _facility_kind("RSUD Sukamaju")
    (True, True, False)
    >>> _facility_kind("Rumah Sakit Umum Daerah Kota Malang")
    False
    >>> _facility_kind("Puskesmas Kota Malang"), _facility_kind("Puskesmas Kota Sidikalang")
    (True, False)
    >>> _facility_kind("Posyandu Purnama"), _facility_kind("Posyandu Purnama Jaya")
    (True, False)
    """
    if name in lexicon.FACILITY_TYPES or name in lexicon.FACILITY_KINDS:
        return True
    kind, _, grade = name.partition(" ")
    if kind in lexicon.FACILITY_TYPES and grade in _FACILITY_GRADES:
        return True  # "Posyandu Purnama": a health post of the third grade, any of many
    if named_by_a_town_centre(name):
        return False  # "Puskesmas Kota Sidikalang": the town centre's own, no city's kind of body
    return _JURISDICTION.sub("", name) in lexicon.MANY_PER_REGION


#: the first words of the spelled-out kinds of facility
_FACILITY_TYPE_HEADS = frozenset(kind.split()[0] for kind in lexicon.FACILITY_KINDS)


def _implied_only(ctx: Context) -> list[Entity]:
    """Organisations and places no sentence names and no statement needs: only an implied parent.

    ``Kadis PUPR Tapteng`` implies the Pemerintah Kabupaten Tapanuli Tengah; the unit's
    name already carries the region, and a node nobody wrote and nothing else
    uses is one a reader of the article would not list. Likewise ``Kabupaten Kepulauan
    Talaud`` implies its province, which the gazetteer knows but the article never wrote.
    """
    used: set[int] = set()
    for m in ctx.memberships:
        used.update(id(e) for e in (m.person, m.role, m.organization) if e is not None)
    for event in ctx.events:
        used.update(id(e) for e in [*event.performers, *event.attendees, *event.about])
        used.update(id(e) for e in (event.organizer, event.location) if e is not None)
    for award in ctx.awards:
        used.update(id(e) for e in (award.recipient, award.conferred_by) if e is not None)
    for entity in ctx.entities.values():
        if entity.passed_by is not None:
            used.add(id(entity.passed_by))
    return [e for e in ctx.entities.values() if e.type in _IMPLIABLE and not e.mentions and id(e) not in used]


def prune(ctx: Context) -> None:
    """Drop the organisation nodes that name a type of body or that nothing supports, and what leans on them.

    A membership whose organisation is dropped goes too (``Kapolres`` alone says
    which office, not which body); events, awards and sub-organisations lose the link.
    """
    generic = [
        e for e in ctx.entities.values() if e.type is EntityType.ORGANIZATION and generic_organisation(e.name)
    ]
    drop(ctx, generic)
    drop(ctx, _implied_only(ctx))
    drop(ctx, _inside_award_names(ctx))
    drop(ctx, _across_lines(ctx))
    themes = [m.span(1) for m in _THEME.finditer(ctx.text)]
    drop(ctx, _inside_themes(ctx, themes))
    drop(ctx, _mottos(ctx, themes))
    drop(ctx, _titles_again(ctx))
    drop(ctx, _events_short_names(ctx))


def _events_short_names(ctx: Context) -> list[Entity]:
    """Bodies named by a short form the article gives an event, with its edition or year at most
    ("Ketua Dewan Juri FBP XII" after "Festival Budaya Pakpak (FBP) XII"): the event's name, no body."""
    found = []
    for entity in ctx.of_type(EntityType.ORGANIZATION):
        short, *rest = entity.name.split()
        if not (short.isupper() and len(short) > 1) or not all(
            _EDITION.fullmatch(w) or _YEAR_WORD.fullmatch(w) for w in rest
        ):
            continue
        spelled = re.search(
            rf"\b([A-Z][\w-]*)(?:\s+[A-Z][\w-]*){{0,6}}\s*\(\s*{re.escape(short)}\s*\)", ctx.text
        )
        if spelled is not None and spelled.group(1).casefold() in lexicon.EVENT_TRIGGERS:
            found.append(entity)
    return found


_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


#: a theme or slogan in quotation marks: "mengusung tema “Sahat Marsada, Dairi Bangkit Bersama”"
#: (a motto's noun may name whose it is first: "mengingatkan semboyan orang Batak, “Dalihan Natolu ...”")
_THEME = re.compile(
    r"\b(?:(?:tema|bertema|bertemakan|bertajuk|slogan|semboyan|moto|motto|tagline|jargon)\s*:?"
    r"|(?:slogan|semboyan|moto|motto|falsafah|jargon)(?:\s+[\w-]+){1,4}?\s*[,:])"
    r"\s*[“\"]([^”\"\n]{3,160})[”\"]",
    re.IGNORECASE,
)


def _inside_themes(ctx: Context, themes: list[tuple[int, int]]) -> list[Entity]:
    """Persons named only inside a theme or slogan in quotation marks (``themes``, the spans of
    :data:`_THEME`: "mengusung tema “Sahat Marsada, ...”"): the slogan's words, no one; unless the
    article says more of them (an office, a quote)."""
    if not themes:
        return []
    used = _said_more_of(ctx)
    return [
        e
        for e in ctx.entities.values()
        if e.type is EntityType.PERSON
        and (written := _written_in_full(ctx, e))
        and id(e) not in used
        # (its one word elsewhere is no more of it: "tema “Kopi Dairi, Pusaka Tanoh Pakpak”", then "suku Pakpak")
        and all(any(a <= m.span.start and m.span.end <= b for a, b in themes) for m in written)
    ]


def _said_more_of(ctx: Context) -> set[int]:
    """The ids of the persons the article says more of than their name: an office held, a quote."""
    return {id(m.person) for m in ctx.memberships} | {id(q.speaker) for q in ctx.quotes}


def _written_in_full(ctx: Context, entity: Entity) -> list[Mention]:
    """The mentions of ``entity`` of more than one word, or all of them when it has no other."""
    longer = [m for m in entity.mentions if " " in ctx.text[m.span.start : m.span.end].strip()]
    return longer or list(entity.mentions)


#: the words a motto or a philosophy is named after ("falsafah Maja Labo Dahu", "semboyan X"), or after
#: whose it is and a comma ("semboyan daerah, X", "sesuai semboyan kita, X")
_MOTTO_BEFORE = re.compile(
    r"\b(?:falsafah|filosofi|filsafat|semboyan|slogan|moto|motto|jargon|tagline)(?:(?:\s+[\w-]+){1,3}\s*,)?\s+$"
)
#: how far before a name the words of :data:`_MOTTO_BEFORE` are looked for
_MOTTO_REACH = 40
#: ... and "semangat" ("spirit") when what follows says the name is a motto or glosses it: "semangat X
#: yang menjadi semboyan daerah", "semangat X, semboyan Kota Y", "semangat X atau gotong royong"
#: ("semangat Bung Tomo" alone is a person's)
_SPIRIT_BEFORE = re.compile(r"\bsemangat\s+$")
_MOTTO_AFTER = re.compile(
    r",?\s+(?:(?:yang\s+(?:menjadi|merupakan)\s+)?(?:semboyan|falsafah|moto|motto)\b|atau\s+[a-z])"
)


def _mottos(ctx: Context, themes: list[tuple[int, int]]) -> list[Entity]:
    """Persons and places named only as a motto or a philosophy in a regional language ("falsafah Maja
    Labo Dahu", "semangat Pariri Lema Bariri yang menjadi semboyan daerah"), or so and inside a
    slogan in quotation marks (``themes``: "kampanye bertajuk “Mudik Aman, Dairi Sada Roha”"): its words,
    no one and nowhere; unless the article says more of them (an office, a quote)."""
    used = _said_more_of(ctx)

    def motto(start: int, end: int) -> bool:
        before = ctx.text[max(0, start - _MOTTO_REACH) : start]
        return bool(
            _MOTTO_BEFORE.search(before)
            or (_SPIRIT_BEFORE.search(before) and _MOTTO_AFTER.match(ctx.text, end))
        )

    def said(start: int, end: int) -> bool:
        return motto(start, end) or any(a <= start and end <= b for a, b in themes)

    return [
        e
        for e in ctx.entities.values()
        if e.type in {EntityType.PERSON, EntityType.PLACE}
        and e.mentions
        and id(e) not in used
        and any(motto(m.span.start, m.span.end) for m in e.mentions)
        and all(said(m.span.start, m.span.end) for m in e.mentions)
    ]


def _titles_again(ctx: Context) -> list[Entity]:
    """Persons whose names of two words or more the article writes as a whole title in quotation marks
    (``Context.title_spans``: "Gerakan X dengan tajuk ‘Petik Maneh’", then "“... Petik Maneh bukan
    sekadar menanam bibit ...”"): the title's words wherever they are written; unless the article says
    more of them (an office, a quote)."""
    titles = {ctx.text[start:end].strip().rstrip(",.") for start, end in ctx.title_spans}
    used = _said_more_of(ctx)
    return [
        e
        for e in ctx.entities.values()
        if e.type is EntityType.PERSON
        and e.mentions
        and id(e) not in used
        and len(e.name.split()) > 1
        and e.name in titles
    ]


def _across_lines(ctx: Context) -> list[Entity]:
    """Bodies and places every mention of which runs across a line break: a subheading's last words
    read on into the paragraph's first (``Syukuran di Rumah Dinas`` / ``Capaian tersebut ...``)."""
    return [
        e
        for e in ctx.entities.values()
        if e.type in {EntityType.ORGANIZATION, EntityType.PLACE}
        and e.mentions
        and all("\n" in m.span.text for m in e.mentions)
    ]


def _inside_award_names(ctx: Context) -> list[Entity]:
    """Bodies outside government written only inside the names of awards the article names:
    ``Posyandu Teladan`` of the prize ``Kader Posyandu Teladan Tingkat Kota Malang``, a category of
    winner, not a body."""
    names = [a.span for a in ctx.awards]
    if not names:
        return []
    linked = {id(e) for a in ctx.awards for e in (a.recipient, a.conferred_by) if e is not None}
    return [
        e
        for e in ctx.entities.values()
        if e.type is EntityType.ORGANIZATION
        and not e.government
        and e.mentions
        and id(e) not in linked
        and all(any(n.start <= m.span.start and m.span.end <= n.end for n in names) for m in e.mentions)
    ]


def drop(ctx: Context, entities: list[Entity]) -> None:
    """Remove ``entities`` from the article, with every statement that needs them."""
    if not entities:
        return
    gone = {id(e) for e in entities}
    for key in [k for k, e in ctx.entities.items() if id(e) in gone]:
        del ctx.entities[key]
    ctx.memberships[:] = [
        m for m in ctx.memberships if m.organization is None or id(m.organization) not in gone
    ]
    for entity in ctx.entities.values():
        if entity.parent is not None and id(entity.parent) in gone:
            entity.parent = None
        if entity.passed_by is not None and id(entity.passed_by) in gone:
            entity.passed_by = None
    for event in ctx.events:
        event.performers = [e for e in event.performers if id(e) not in gone]
        event.attendees = [e for e in event.attendees if id(e) not in gone]
        event.about = [e for e in event.about if id(e) not in gone]
        if event.organizer is not None and id(event.organizer) in gone:
            event.organizer = None
        if event.location is not None and id(event.location) in gone:
            event.location = None
    ctx.awards[:] = [
        replace(
            a,
            recipient=None if a.recipient is not None and id(a.recipient) in gone else a.recipient,
            conferred_by=None
            if a.conferred_by is not None and id(a.conferred_by) in gone
            else a.conferred_by,
        )
        for a in ctx.awards
    ]
    ctx.unclaim(gone)
