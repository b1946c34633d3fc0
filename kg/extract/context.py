"""The working state of one article's extraction, shared by the extractor stages.

Extractors run in a fixed order (``kg.extract.base``); each reads what earlier
ones found here and adds its own findings. The context owns the one decision
of when two findings in an article are the same entity (same type and
identity key) and which text is already claimed by an entity.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar, cast

from kg import gazetteer, lang
from kg.extract import lexicon
from kg.extract.names import NAME_PARTICLES, common_words
from kg.gazetteer import OrgInfo, Region
from kg.ner import NerSpan
from kg.records import Article, Award, Entity, EntityType, Event, Extraction, Membership, Quote, Span
from kg.text import sentences as sentence_mod
from kg.text.dates import DateMention, find_dates
from kg.text.normalize import identity_key
from kg.text.quotations import QuoteSpan, find_quotes
from kg.text.tokens import Token, tokenize

T = TypeVar("T")
#: Words an abbreviation skips: "pajak bumi dan bangunan (PBB)", "Department of Energy (DOE)".
_SKIPPED = frozenset(lang.words("initial-skipped-words"))


def _joined_at_particles(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """``Ahmad bin Yusuf Hasan`` tagged "Ahmad" and "Yusuf Hasan", ``Joao Angelo de Sousa Mota``
    tagged "Joao Angelo" and "Sousa Mota": two person spans with only a name's particles ("bin",
    "de", "van der") between them are one name, as sure as the less sure of the two."""
    joined: list[NerSpan] = []
    for span in spans:
        last = joined[-1] if joined else None
        gap = text[last.end : span.start].split() if last is not None else []
        if (
            last is not None
            and last.label == span.label == "PER"
            and 0 < len(gap) <= 2
            and all(word in NAME_PARTICLES for word in gap)
            and "\n" not in text[last.end : span.start]
        ):
            joined[-1] = NerSpan(
                last.start,
                span.end,
                "PER",
                text[last.start : span.end],
                min(last.confidence, span.confidence),
            )
        else:
            joined.append(span)
    return joined


#: the head words of bodies' names, as identity keys ("badan", "dinas"), which names of different
#: bodies share
_HEAD_KEYS = frozenset(identity_key(word) for word in lexicon.ORG_HEAD_WORDS)


def _another_name(spelled: str, known: OrgInfo) -> bool:
    """Whether ``spelled`` shares no word with the lexicon's name of ``known`` but a body's head word,
    and is no other body the lexicon writes with the same short form ("Dinas Ketahanan Pangan (DKP)"
    where "DKP" is first the Dinas Kelautan dan Perikanan)."""
    reading = gazetteer.lookup_full(spelled)
    if reading is not None and reading.abbr == known.abbr:
        return False
    ours = set(identity_key(spelled).split()) - _HEAD_KEYS
    return not ours & set(identity_key(known.full).split())


def _initials(words: list[str]) -> str:
    """The upper-cased initials of ``words`` without linking words: ``purchasing power parity`` → ``PPP``."""
    return "".join(w[0] for w in words if w[:1].isalpha() and w.lower() not in _SKIPPED).upper()


#: 'talkshow bertema "Digitalisasi UMKM"': words before a quotation that make it a title; so does a
#: theme set before it as a sentence's subject ('Tema yang diusung tahun ini, "X Bersatu", ...')
_TITLE_CUE = re.compile(
    rf"\b(?:(?:{lexicon.TITLE_CUES}):?|tema(?:\s+yang\s+(?:diusung|diangkat|dipilih))?"
    r"(?:\s+(?:tahun|kali)\s+ini)?\s*[,:]?)\s*$",
    re.IGNORECASE,
)
#: the characters before a quotation's opening mark that its title cue is looked for in. The cue must
#: end right before the mark (the pattern is anchored there), so this only bounds the search: it holds
#: the longest cue ("Tema yang diusung tahun ini,", 28), a colon and spaces. A slice, not a search from
#: a position: the cue's ``\b`` at the slice's start counts as a boundary.
_TITLE_CUE_REACH = 34
#: a passage in single quotes on one line: ``'Kaderisasi sebagai Jalan Peradaban'``, ``‘Desa Berdaya’``
_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘]([^'‘’\n]{3,200})['’](?!\w)")


#: a district's or village's level word and the space after it ("Kelurahan ", "Desa ")
_AFTER_LOCAL_LEVEL = re.compile(rf"\b(?:{lang.alternation(lexicon.LOCAL_LEVEL_WORDS)})\s+")
#: an abbreviation defined in brackets after its spelled-out name: "Public-Private Partnership (PPP)"
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
#: an abbreviation with its name spelled out in brackets after it: "BPK (Badan Permusyawaratan Kampung)"
_SPELLED_AFTER = re.compile(r"\b([A-Z][A-Za-z]{1,9}) \(([A-Z][\w-]*(?: (?:[A-Z][\w-]*|dan))+)\)")
#: a unit's abbreviation of one or two words in brackets: "(Bappelitbangda)", "(Bappeda Litbang)"
_BRACKETED_NAME = re.compile(r"\(([A-Z][A-Za-z0-9]{2,15}(?: [A-Z][A-Za-z0-9]{1,15})?)\)")
#: a regional government unit's name right before its bracketed abbreviation ("Dinas ... Anak (DP3AP2KB)")
_SPELLED_UNIT = re.compile(
    rf"\b(?:{lang.alternation(lang.words('executive-unit-heads'))})"
    r"(?:,?\s+(?:[A-Z][\w-]*|dan))+\s*$"
)
#: a comma in such a run that ends one body's name and lists another: before a body's short form
#: ("Satpol PP, PMI Kabupaten X, Taruna Siaga Bencana (Tagana)"; not a field's: "Dinas Pariwisata, UKM
#: dan Ekonomi Kreatif") or after a region ("..., PMI Kabupaten X, ...")
_LISTED_AFTER_REGION = re.compile(r"\b(?:Kabupaten|Kota|Provinsi)(?:\s+[A-Z][\w-]*)+,")
_LISTED_SHORT_FORM = re.compile(r",\s+([A-Z]{2,})\b")


def _lists_bodies(run: str) -> bool:
    """Whether a run of capitalised words and commas lists bodies rather than spells one's name (see above)."""
    return _LISTED_AFTER_REGION.search(run) is not None or any(
        gazetteer.lookup_abbreviation(m.group(1)) is not None for m in _LISTED_SHORT_FORM.finditer(run)
    )


def city_of_the_provinces_name(match: gazetteer.RegionMatch, named: Callable[[str], bool]) -> Region | None:
    """``Yogyakarta (ANTARA) - ...`` in a story naming "Kota Yogyakarta" (``named`` says which regions it
    names) and never the province: the city a province's bare name is also the name of (its capital:
    Yogyakarta, Jambi, Bengkulu, Gorontalo), when the article names that city, not the province."""
    if match.explicit or match.region.level != "provinsi" or named(match.region.name):
        return None
    cities = [r for r in gazetteer.lookup(match.text, {"kota"}) if named(r.name)]
    return cities[0] if len(cities) == 1 else None


if TYPE_CHECKING:  # people imports this module: the type only, for the checker
    from kg.extract.people import RoleMention


@dataclass
class Claim:
    start: int
    end: int
    entity: Entity | None  # None: text claimed by structure (a title, a date) but no entity


@dataclass
class Context:
    """Everything known about one article while it is being extracted."""

    article: Article
    entities: dict[tuple[EntityType, str], Entity] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    #: abbreviation → entity, from "Badan ... (Bappeda)" definitions and lexicon hits in this article
    abbreviations: dict[str, Entity] = field(default_factory=dict)
    #: region display name → number of mentions, for the article's dominant jurisdiction
    regions: Counter[str] = field(default_factory=Counter)
    region_codes: dict[str, str] = field(default_factory=dict)
    #: site furniture (bylines, read-also and video lines): no entity, quotation or event comes from it
    furniture: list[tuple[int, int]] = field(default_factory=list)
    #: look-ups derived from the article's persons, with the person count they were built for
    _by_persons: dict[str, tuple[int, Any]] = field(default_factory=dict, init=False, repr=False)
    #: (start, position in ``claims``) of every claim, sorted, and the longest claim: claims by place
    _index: list[tuple[int, int]] = field(default_factory=list, init=False, repr=False)
    _longest: int = field(default=0, init=False, repr=False)
    #: titles found without a name after them (``Sekda menegaskan``), for coreference
    role_mentions: list[RoleMention] = field(default_factory=list)
    #: the registered name of the stage now running (``kg extractors``): every mention records it
    stage: str = "extract"

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def published(self) -> datetime.date | None:
        """The day the article was published, if its date gives one."""
        try:
            return datetime.date.fromisoformat((self.article.date or "")[:10])
        except ValueError:
            return None

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @cached_property
    def token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def word_positions(self) -> dict[str, list[int]]:
        """Where each word stands among the tokens, by its form without a trailing period
        (``Token.bare``), in order: a pass that looks for a few words reads them here instead
        of walking every token."""
        found: dict[str, list[int]] = {}
        for i, token in enumerate(self.tokens):
            found.setdefault(token.bare, []).append(i)
        return found

    @cached_property
    def quotations(self) -> list[QuoteSpan]:
        """The article's quoted passages (read once; speakers are the quotation stage's business)."""
        return find_quotes(self.text)

    @cached_property
    def quoted_titles(self) -> list[QuoteSpan]:
        """Quoted titles (``bertema "..."``, ``slogan "..."``): names of themes and works, not speech."""
        return [
            q
            for q in self.quotations
            if _TITLE_CUE.search(self.text[max(0, q.start - _TITLE_CUE_REACH) : q.start - 1])
        ]

    @cached_property
    def single_quoted_titles(self) -> list[tuple[int, int]]:
        """Titles in single quotes after a title cue (``mengangkat tema 'Kaderisasi sebagai Jalan
        Peradaban'``): their words' offsets."""
        return [
            (m.start(1), m.end(1))
            for m in _SINGLE_QUOTED.finditer(self.text)
            if _TITLE_CUE.search(self.text[max(0, m.start() - _TITLE_CUE_REACH) : m.start()])
        ]

    @cached_property
    def title_spans(self) -> list[tuple[int, int]]:
        """The words' offsets of every quoted title, in double quotes or single."""
        return [(q.start, q.end) for q in self.quoted_titles] + self.single_quoted_titles

    def in_title(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quoted title (double or single quotes)."""
        return any(start <= offset < end for start, end in self.title_spans)

    @cached_property
    def after_local_levels(self) -> list[int]:
        """Where the words after a district's or village's level word start ("Kelurahan Sukamaju"),
        found once: the places a local area is written with its level word."""
        return [m.end() for m in _AFTER_LOCAL_LEVEL.finditer(self.text)]

    @cached_property
    def sentences(self) -> list[sentence_mod.Sentence]:
        return sentence_mod.split(self.text)

    @cached_property
    def _sentence_starts(self) -> frozenset[int]:
        return frozenset(sentence.start for sentence in self.sentences)

    def opens_sentence(self, offset: int) -> bool:
        """Whether a sentence starts at ``offset`` (a token's start)."""
        return offset in self._sentence_starts

    def ends_sentence(self, k: int) -> bool:
        """Whether token ``k`` ends with a full stop that ends its sentence (``... Kesbangpol NTB. Hakim
        ...``), not an abbreviation's ("Jl.", "H.")."""
        token = self.tokens[k]
        return token.text.endswith(".") and not sentence_mod.abbreviation_before(self.text, token.end - 1)

    def broken_before(self, i: int) -> bool:
        """Whether a sentence or a line ends between token ``i`` (not the first) and the one before it."""
        tokens = self.tokens
        return self.ends_sentence(i - 1) or "\n" in self.text[tokens[i - 1].end : tokens[i].start]

    @cached_property
    def dates(self) -> list[DateMention]:
        return find_dates(self.text, self.article.date)

    @cached_property
    def ner_spans(self) -> list[NerSpan]:
        """The statistical tagger's PER/ORG/LOC spans over the article (computed once)."""
        from kg import ner

        return _joined_at_particles(self.text, ner.tag(self.text))

    @cached_property
    def person_starts(self) -> frozenset[int]:
        """Offsets where the statistical tagger sees a person's name begin."""
        return frozenset(span.start for span in self.ner_spans if span.label == "PER")

    def person_starts_at(self, offset: int) -> bool:
        return offset in self.person_starts

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Words this article also writes in lower case: common nouns, not names."""
        return frozenset(t.bare for t in self.tokens if t.bare.islower())

    def is_a_word(self, word: str) -> bool:
        """Whether the language or this article writes ``word`` in lower case: a common word, no name."""
        low = word.lower()
        return low in common_words() or low in self.lower_words

    @cached_property
    def spelled_out_units(self) -> dict[str, str]:
        """Regional government units the article spells out with an abbreviation the lexicon
        lacks, or knows as another body (:attr:`redefined_abbreviations`): ``Badan Perencanaan,
        Penelitian dan Pengembangan Daerah (Barenlitbangda)`` → that name, so that a title naming
        the unit by its abbreviation ("Plt. Kepala Barenlitbangda Kota Malang ...") knows it before
        the organisation stage has read the definition."""
        found: dict[str, str] = {}
        for abbr, name in self._units_spelled_out:
            if " " not in abbr and not self.lexicon_means(abbr):
                found.setdefault(abbr, name)
        return found

    @cached_property
    def respelled_bodies(self) -> dict[str, str]:
        """Regional bodies of the lexicon the article spells out its own way, by the lexicon's
        abbreviation: ``Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah
        (Bappelitbangda)`` → that name, where the lexicon writes "Badan Perencanaan, Penelitian dan
        Pengembangan Daerah", so that every mention of the body (spelled out, by its abbreviation,
        in a title read before the organisations' stage) is one body named as the article names it.
        A name sharing no word with the lexicon's but a head word is another body
        (:attr:`redefined_abbreviations`)."""
        found: dict[str, str] = {}
        for abbr, name in self._units_spelled_out:
            info = gazetteer.lookup_abbreviation(abbr)
            if info is None or info.scope != "regional" or info.abbr in found:
                continue
            same = gazetteer.full_key(name) == gazetteer.full_key(info.full)
            if not same and not _another_name(name, info):
                found[info.abbr] = name
        return found

    @cached_property
    def _units_spelled_out(self) -> tuple[tuple[str, str], ...]:
        """Each bracketed short form of one or two words with a government unit's name spelled out
        right before it, and that name: ``(Barenlitbangda)`` and "Badan Perencanaan, Penelitian dan
        Pengembangan Daerah", in the order the article writes them."""
        found = []
        for match in _BRACKETED_NAME.finditer(self.text):
            spelled = _SPELLED_UNIT.search(self.text, max(0, match.start() - 160), match.start())
            if spelled is not None and not _lists_bodies(spelled.group()):
                found.append((match.group(1), spelled.group().strip().rstrip(",")))
        return tuple(found)

    def headed_short_form(self, written: str, kind: EntityType, *, by_alias: bool = False) -> Entity | None:
        """The ``kind`` entity ``written`` names by its head word and the short form the article gave
        the rest of its name: ``Dinas PMD`` after ``Dinas Pemberdayaan Masyarakat dan Desa (PMD)``,
        ``Gerakan GKH`` after ``Gerakan Kota Hijau (GKH)``; else ``None``. With ``by_alias``, a short
        form among an entity's names counts too, before the article's abbreviations are registered
        (``Dinas PUTR-PKP`` after ``Dinas ... (PUTR-PKP) Kabupaten X``, read by the titles' stage)."""
        words = written.split()
        if len(words) < 2:
            return None
        head, short = words[0], " ".join(words[1:])  # ("Gerakan Gema Baca": a nickname of two words)
        known = self.abbreviations.get(short)
        if known is not None and known.type is kind and known.name.startswith(f"{head} "):
            return known
        if not by_alias:
            return None
        return next(
            (e for e in self.of_type(kind) if short in e.aliases and e.name.startswith(f"{head} ")), None
        )

    def lexicon_means(self, abbr: str) -> bool:
        """Whether the short form ``abbr`` names the body the lexicon knows by it here: the lexicon has
        it, and the article does not spell it out as another body (:attr:`redefined_abbreviations`)."""
        return gazetteer.lookup_abbreviation(abbr) is not None and abbr not in self.redefined_abbreviations

    @cached_property
    def redefined_abbreviations(self) -> frozenset[str]:
        """Lexicon abbreviations this article spells out as another name: not that body here.

        "Public-Private Partnership (PPP)" is no party, "Madrasah Aliyah (MA)" no court, "pajak
        bumi dan bangunan (PBB)" no party, "diawasi BPK (Badan Permusyawaratan Kampung)" no audit
        board: the words before (or in) the brackets have the abbreviation's initials and share no
        word with the lexicon's name for it but a body's head word ("Badan").
        """
        found = set()
        for match in _BRACKETED.finditer(self.text):
            abbr = match.group(1)
            info = gazetteer.lookup_abbreviation(abbr)
            if info is None:
                continue
            words = re.split(r"[\s-]+", self.text[max(0, match.start() - 160) : match.start()].strip())
            for k in range(1, min(len(words), 2 * len(abbr) + 2) + 1):
                phrase = words[-k:]
                if _initials(phrase) != abbr.upper():
                    continue
                if phrase[0][:1].isalpha() and phrase[0].lower() not in _SKIPPED:
                    if _another_name(" ".join(phrase), info):
                        found.add(abbr)
                    break
        for match in _SPELLED_AFTER.finditer(self.text):
            abbr, spelled = match.groups()
            info = gazetteer.lookup_abbreviation(abbr)
            if (
                info is not None
                and _initials(spelled.split()) == abbr.upper()
                and _another_name(spelled, info)
            ):
                found.add(abbr)
        return frozenset(found)

    def token_index(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.token_starts, offset)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    # -- entities --------------------------------------------------------------

    def add(
        self,
        type: EntityType,
        name: str,
        start: int,
        end: int,
        extractor: str,
        *,
        claim: bool = True,
        alias: bool = True,
    ) -> Entity:
        """The article's entity of ``type`` named ``name`` (created on first sight), with a mention.

        An organisation takes its one canonical name (``gazetteer.canonical_name``); the name
        as written stays an alias.
        """
        written = name
        if type is EntityType.ORGANIZATION:
            name = gazetteer.canonical_name(name)
        key = (type, identity_key(name))
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(type, name)
            self.entities[key] = entity
        if written != name:
            entity.aliases.add(written)
        if end > start:
            entity.mention(self.span(start, end), extractor, alias=alias)
            if claim:
                self.claim(start, end, entity)
        return entity

    def find(self, type: EntityType, name: str) -> Entity | None:
        if type is EntityType.ORGANIZATION:
            name = gazetteer.canonical_name(name)
        return self.entities.get((type, identity_key(name)))

    def from_persons(self, name: str, build: Callable[[list[Entity]], T]) -> T:
        """``build(persons)``, kept until a person is added (look-ups per candidate stay linear)."""
        persons = self.of_type(EntityType.PERSON)
        count, value = self._by_persons.get(name, (-1, None))
        if count != len(persons):
            value = build(persons)
            self._by_persons[name] = (len(persons), value)
        return cast(T, value)  # the cache holds what ``build`` returned for this name

    def of_type(self, *types: EntityType) -> list[Entity]:
        return [e for e in self.entities.values() if e.type in types]

    @cached_property
    def _taken(self) -> bytearray:
        """One byte per character of the text: 1 where a claim covers it (``claimed`` in linear time)."""
        return bytearray(len(self.text) + 1)

    def claim(self, start: int, end: int, entity: Entity | None = None) -> None:
        self.claims.append(Claim(start, end, entity))
        bisect.insort(self._index, (start, len(self.claims) - 1))
        self._longest = max(self._longest, end - start)
        if end > start:
            self._taken[max(0, start) : end] = b"\x01" * (end - max(0, start))

    def unclaim(self, gone: set[int]) -> None:
        """Drop the claims of the entities whose ``id`` is in ``gone`` (a pruned node frees its text)."""
        self._keep_claims([c for c in self.claims if c.entity is None or id(c.entity) not in gone])

    def release(self, start: int, end: int) -> None:
        """Free ``[start, end)``: drop the claims inside it and the mentions they made (a word read as
        one thing that a later stage finds is part of another's name)."""
        inside = [c for c in self.claims if start <= c.start and c.end <= end]
        for c in inside:
            if c.entity is not None:
                c.entity.mentions[:] = [
                    m for m in c.entity.mentions if not (start <= m.span.start and m.span.end <= end)
                ]
        self._keep_claims([c for c in self.claims if not (start <= c.start and c.end <= end)])

    def _keep_claims(self, kept: list[Claim]) -> None:
        """Make ``kept`` the claims, in their order (the index and the taken characters rebuilt)."""
        self.claims.clear()
        self._index.clear()
        self._longest = 0
        self.__dict__.pop("_taken", None)
        for c in kept:
            self.claim(c.start, c.end, c.entity)

    def claims_in(self, start: int, end: int) -> list[Claim]:
        """The claims that start in ``[start, end)``, in the order they were made."""
        lo = bisect.bisect_left(self._index, (start, -1))
        hi = bisect.bisect_left(self._index, (end, -1))
        return [self.claims[k] for k in sorted(k for _, k in self._index[lo:hi])]

    def in_furniture(self, offset: int) -> bool:
        """Whether ``offset`` lies in site furniture (a video teaser's quoted title, a byline)."""
        return any(start <= offset < end for start, end in self.furniture)

    def claimed(self, start: int, end: int) -> bool:
        """Whether any part of ``[start, end)`` is already taken by an earlier finding."""
        if end <= start:  # an empty span is taken only when a claim strictly contains it
            return any(c.start < end and start < c.end for c in self.claims)
        return self._taken.find(1, max(0, start), end) != -1

    def entity_at(self, start: int, end: int, *types: EntityType) -> Entity | None:
        """The entity claiming a span that overlaps ``[start, end)`` (the first such claim made)."""
        for c in self.claims_in(start - self._longest, end):
            if (
                c.entity is not None
                and c.start < end
                and start < c.end
                and (not types or c.entity.type in types)
            ):
                return c.entity
        return None

    def mentioned_starting_at(self, start: int, *types: EntityType) -> Entity | None:
        """The first entity of ``types`` with a mention starting exactly at ``start``, whether or not it
        claims the words (a region: "diraih Desa X, Kecamatan Y")."""
        return next((e for e in self.of_type(*types) for m in e.mentions if m.span.start == start), None)

    def mentioned_ending_at(self, end: int, *types: EntityType) -> Entity | None:
        """The first entity of ``types`` with a mention ending exactly at ``end``, whether or not it
        claims the words (a body's building, which the body claims: "di Gedung Kejari X, Jalan Y")."""
        return next((e for e in self.of_type(*types) for m in e.mentions if m.span.end == end), None)

    def mentions_before(self, offset: int, *types: EntityType) -> list[tuple[int, Entity]]:
        """Entity mentions ending before ``offset``, nearest last."""
        found = [
            (c.start, c.entity)
            for c in self.claims
            if c.entity is not None and c.end <= offset and (not types or c.entity.type in types)
        ]
        return sorted(found, key=lambda pair: pair[0])

    def _mentioned_place(self, name: str) -> bool:
        """Whether the article mentions the place ``name`` (not only as another region's parent)."""
        place = self.find(EntityType.PLACE, name)
        return place is not None and bool(place.mentions)

    def article_reading(self, match: gazetteer.RegionMatch) -> Region:
        """The reading of a region name the article names in full elsewhere, else the gazetteer's first.

        "ke Solok" in an article that names Kabupaten Solok is that one, not Kota Solok.
        """
        city = city_of_the_provinces_name(match, self._mentioned_place)
        if city is not None:
            return city  # "Yogyakarta" in a story of Kota Yogyakarta that never names the province
        named = [r for r in (match.region, *match.alternatives) if r.name in self.region_codes]
        return named[0] if named else match.region

    @property
    def home_region(self) -> Region | None:
        """The region the article is about, as a gazetteer record."""
        name = self.jurisdiction
        return gazetteer.get(self.region_codes[name]) if name and name in self.region_codes else None

    @property
    def jurisdiction(self) -> str | None:
        """The region the article is mostly about (most mentioned kota/kabupaten/provinsi)."""
        local = [
            (n, name)
            for name, n in self.regions.items()
            if not name.startswith(("Kecamatan", "Kelurahan", "Desa"))
        ]
        if not local:
            return None
        best = max(local, key=lambda pair: (pair[0], pair[1].startswith(("Kota", "Kabupaten"))))
        if any(n == best[0] and not self._nested(name, best[1]) for n, name in local if name != best[1]):
            return None  # "Sulawesi Tengah" and "Kabupaten Lombok Timur" as often: a story of neither
        return best[1]

    def _nested(self, one: str, other: str) -> bool:
        """Whether one of two regions the article names lies within the other (by their codes)."""
        a, b = self.region_codes.get(one, ""), self.region_codes.get(other, "")
        return bool(a and b) and (a.startswith(f"{b}.") or b.startswith(f"{a}."))

    def result(self) -> Extraction:
        return Extraction(
            self.article,
            entities=list(self.entities.values()),
            memberships=self.memberships,
            events=self.events,
            quotes=self.quotes,
            awards=self.awards,
        )
