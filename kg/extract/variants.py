"""One node for the forms an article writes one organisation or venue in.

An article names a body in full once and then shortens it: ``Balai Karantina Hewan,
Ikan, dan Tumbuhan Jawa Timur`` becomes ``Balai Karantina``, ``Kementerian Desa dan
Pembangunan Daerah Tertinggal`` becomes ``Kementerian Desa``, ``Kementerian Energi dan
Sumber Daya Mineral`` becomes ``Kementerian ESDM``, ``PT Bumi Natal Group`` becomes
``PT BNG``. Each short form joins the one longer name it can only stand for; a short
form two longer names share stays apart. Regions are the gazetteer's and are left alone.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from itertools import combinations, pairwise

from kg import gazetteer, lang
from kg.extract import lexicon
from kg.extract.context import Context
from kg.records import Entity, EntityType
from kg.text.normalize import identity_key

_MERGEABLE = (EntityType.ORGANIZATION, EntityType.PLACE)


def initials(words: list[str]) -> str:
    """The capital initials of a name's capitalised words: ``Energi dan Sumber Daya Mineral`` → ``ESDM``.

    >>> initials("Energi dan Sumber Daya Mineral".split()), initials(["Tim", "Pengendalian", "Inflasi", "Daerah"])
    ('ESDM', 'TPID')
    """
    return "".join(w[0] for w in words if w[:1].isupper())


def abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is made of letters of ``words`` in order, each word giving its first letter
    and perhaps later ones of it, or none (the first word gives some, and two words at least):
    ``GASPOL`` of *GerAkan Serentak POsyandu Lawan Stunting*.

    >>> abbreviates("GASPOL", "Gerakan Serentak Posyandu Lawan Stunting".split())
    True
    >>> abbreviates("SIPAKAR", "Gerakan Belanja di Pasar Rakyat".split())
    False
    """
    letters = acronym.replace(" ", "").casefold()
    spelled = [w.casefold() for w in words]

    @cache
    def fits(i: int, k: int, giving: int) -> bool:
        # letters[i:] from words[k:], ``giving`` words having given letters so far
        if i == len(letters):
            return giving >= 2
        if k == len(words):
            return False
        if k and fits(i, k + 1, giving):
            return True  # (the word gives none)
        word = spelled[k]
        if word[:1] != letters[i]:
            return False
        n, at = 1, 1  # its first letter, then later letters of it in order ("GA" of "Gerakan")
        while True:
            if fits(i + n, k + 1, giving + 1):
                return True
            if i + n >= len(letters) or (at := word.find(letters[i + n], at) + 1) == 0:
                return False
            n += 1

    return len(letters) >= 3 and fits(0, 0, 0)


def stands_for(short: str, long: str) -> bool:
    """Whether ``short`` is a shortened form of ``long``: its first words, or an acronym of the rest.

    >>> stands_for("Balai Karantina", "Balai Karantina Hewan, Ikan, dan Tumbuhan")
    True
    >>> stands_for("Kementerian ESDM", "Kementerian Energi dan Sumber Daya Mineral")
    True
    >>> stands_for("TPID", "Tim Pengendalian Inflasi Daerah"), stands_for("Dinas Sosial", "Dinas Kesehatan")
    (True, False)
    >>> stands_for("PKB", "Pemerintah Kota Blitar"), stands_for("PKB", "Partai Kebangkitan Bangsa")
    (False, True)
    """
    if long.startswith(short + " ") or long.startswith(short + ","):
        return len(short.split()) >= 2 and not another_body(short, long)
    short_words, long_words = short.split(), long.replace(",", " ").split()
    for cut in range(len(short_words)):
        if short_words[:cut] != long_words[:cut]:
            break
        rest = short_words[cut:]
        if len(rest) == 1 and rest[0].isupper() and len(rest[0]) >= 2 and rest[0].isalpha():
            if (
                initials(long_words[cut:]) != rest[0]
                or len(long_words) - cut < 2
                or long.startswith("Pemerintah ")
            ):
                return False
            known = gazetteer.lookup_abbreviation(rest[0])
            # "PKB" is the party even where "Pemerintah Kota Blitar" has the same initials
            return known is None or known.full == " ".join(long_words[cut:])
    return False


def another_body(short: str, long: str, *, across_articles: bool = False) -> bool:
    """Whether ``long``, which ``short`` seems to shorten, names another body: the one decision of
    within-article variants (:func:`stands_for`) and of short forms across articles
    (:func:`kg.resolve.identity.variant_links`).

    Always: ``short`` is a body the lexicon knows and ``long`` opens with the full name of
    another, longer one (``Dewan Perwakilan Rakyat Daerah Kota Batu`` is the DPRD, not the DPR).
    Across articles also: the body of another region (``Polda Papua Barat`` and ``Polda Papua
    Barat Daya``), or an office or a part of a body the lexicon knows by the short name
    (``Otoritas Jasa Keuangan`` and its office in a province, a national body and one of its
    units). Always, too: a body's representative office (``... Perwakilan Provinsi Jawa Barat``),
    branch (``... Cabang Malang``) or office for an area (``... Wilayah Jawa Timur``), which an article
    names beside the body itself. Within one article
    the short name may stand for the regional office the article named in full (not a national body
    with an office in each region: ``Badan Pusat Statistik`` is not ``Badan Pusat Statistik Kota
    Batu``); across articles a known body's name names the body itself. A name the lexicon does not
    know (``Balai Pemantau``) may shorten a regional one.

    >>> another_body("Dewan Perwakilan Rakyat", "Dewan Perwakilan Rakyat Daerah Kota Batu")
    True
    >>> another_body("Badan Pusat Statistik", "Badan Pusat Statistik Kota Batu")
    True
    >>> another_body("Badan Penanggulangan Bencana Daerah", "Badan Penanggulangan Bencana Daerah Kota Batu")
    False
    >>> another_body("Badan Pemeriksa Keuangan", "Badan Pemeriksa Keuangan Perwakilan Provinsi Jawa Barat")
    True
    >>> another_body("Badan Penyelenggara Jaminan Sosial Kesehatan", "Badan Penyelenggara Jaminan Sosial Kesehatan Cabang Malang")
    True
    >>> another_body("Otoritas Jasa Keuangan", "Otoritas Jasa Keuangan Provinsi Sulawesi Barat", across_articles=True)
    True
    >>> another_body("Kepolisian Daerah Papua Barat", "Kepolisian Daerah Papua Barat Daya", across_articles=True)
    True
    >>> another_body("Balai Pemantau", "Balai Pemantau Hutan, Sungai, dan Danau Sulawesi Barat", across_articles=True)
    False
    >>> another_body("Otoritas Jasa Keuangan", "Otoritas Jasa Keuangan Bidang Nusa", across_articles=True)
    True
    >>> another_body("Lembaga Kajian Nusa", "Lembaga Kajian Nusa Raya", across_articles=True)
    False
    """
    after = long.removeprefix(short).split()[:1]
    if after and (after[0] in _OFFICE_WORDS or after[0] in lexicon.ENTERPRISE_UNITS):
        # "Badan Pemeriksa Keuangan Perwakilan Provinsi Jawa Barat", "BPJS Kesehatan Cabang Salatiga", "BPJS
        # Ketenagakerjaan Wilayah Sulawesi Utara", "Perum Bulog Divisi Regional Sumatera Utara", "Perum
        # Perhutani KPH Malang": the body's office in a province, its branch in a town, its office or
        # division for an area, a state enterprise's local unit
        return True
    if across_articles:
        region = region_suffix(short)
        if region is not None and region_suffix(long) != region:
            return True
    known = gazetteer.lookup_full(short)
    if known is None:
        return False
    if known.full in lexicon.VERTICAL_OFFICES:
        return True
    if across_articles:
        extra = long.removeprefix(short).split()
        if not set(extra) <= NATIONAL_WORDS and gazetteer.lookup_full(" ".join(extra)) is None:
            return True  # (a known body followed by its parent is the body)
    words, size = long.replace(",", " ").split(), len(short.split())
    return any(
        not set(words[size:n]) <= NATIONAL_WORDS  # "KPU" and "KPU RI" are one commission
        and other.abbr != known.abbr
        for n, other in gazetteer.known_openings(long, size + 1)
    )


#: the words after a body's name that open its office's, branch's or division's name
_OFFICE_WORDS = frozenset({"Perwakilan", "Cabang", "Wilayah", "Divisi"})
#: the levels of region that name a body's own office ("Otoritas Jasa Keuangan Provinsi Sulawesi Barat")
_OFFICE_LEVELS = frozenset({"provinsi", "kabupaten", "kota"})


def region_suffix(name: str) -> str | None:
    """The province, regency or city a name ends with, as the gazetteer names it (the longest fit).

    >>> region_suffix("Otoritas Jasa Keuangan Provinsi Sulawesi Barat"), region_suffix("Kepolisian Daerah Papua Barat Daya")
    ('Sulawesi Barat', 'Papua Barat Daya')
    >>> region_suffix("Otoritas Jasa Keuangan") is None
    True
    """
    found = _town_at_end(name.split())
    return found[1].name if found else None


def _town_at_end(words: list[str]) -> tuple[int, gazetteer.Region] | None:
    """The number of last words that name a province, regency or city (the longest fit), and it."""
    for n in range(min(4, len(words) - 1), 0, -1):
        found = gazetteer.lookup(" ".join(words[-n:]), _OFFICE_LEVELS)
        if found:
            return n, found[0]
    return None


def without_town(name: str) -> str | None:
    """A name's words before the city, regency or province it ends with, when it ends with one.

    >>> without_town("Bank Sentosa Malang"), without_town("Bank Sentosa") is None
    ('Bank Sentosa', True)
    """
    words = name.split()
    found = _town_at_end(words)
    return " ".join(words[: -found[0]]) if found else None


#: the legal forms a company's full name opens with
_COMPANY_FORMS = frozenset({"PT", "PT.", "Perum", "Perumda", "Persero"})
#: what a regional enterprise's full name may say it does before its own name ("Perumda Air Minum ...")
_WATER_WORKS = "Air Minum "
#: what a company's full name may end with: listed on the exchange, owned by the state
_COMPANY_TAIL = re.compile(r"(?:\s+(?:\(Persero\)|Persero|Tbk\.?))+$")


def company_core(name: str) -> str | None:
    """A company's own name, without the legal form it opens with and the listing or state
    ownership it ends with; none when it has neither.

    >>> company_core("PT Sentosa Tambang Tbk"), company_core("PT SMT"), company_core("Sentosa Tambang") is None
    ('Sentosa Tambang', 'SMT', True)
    """
    form, _, rest = name.partition(" ")
    core = rest if form in _COMPANY_FORMS and rest else name
    if form == "Perumda":
        core = core.removeprefix(_WATER_WORKS)  # "Perumda Air Minum Tirta X" is "Perumda Tirta X"
    core = _COMPANY_TAIL.sub("", core)
    return core if core != name and core else None


def company_branches(entities: Sequence[Entity]) -> dict[int, int]:
    """A company written without its legal form (``Bank Riau Kepri`` of ``PT Bank Riau Kepri``), or
    its branch written as the short name the article gave it and a town (``Pemimpin Cabang Bank
    Sentosa Malang`` after ``PT Bank Sentosa Tbk (Bank Sentosa)``): its index → the company's. A
    branch is not a body of its own.

    So is a company written with its legal form around its short name or a shorter name
    (``PT SMT`` after ``PT Sentosa Tambang (SMT)``, ``PT Sentosa`` beside ``PT Sentosa Tbk``): the
    longer name is the company's.
    """
    cores = [company_core(entity.name) for entity in entities]
    companies: dict[str, list[int]] = defaultdict(list)
    for k, (entity, core) in enumerate(zip(entities, cores, strict=True)):
        if core is not None:
            # its short name in brackets, and its name without the legal form ("Bank Riau Kepri")
            for alias in {*entity.aliases, core}:
                companies[identity_key(alias)].append(k)
    found: dict[int, int] = {}
    for k, (entity, core) in enumerate(zip(entities, cores, strict=True)):
        if entity.government:
            continue
        for written in (entity.name, without_town(entity.name), core):
            owners = [o for o in companies.get(identity_key(written), []) if o != k] if written else []
            if (
                len(owners) == 1
                and found.get(owners[0]) != k
                and (written != core or len(entities[owners[0]].name) > len(entity.name))
            ):
                found[k] = owners[0]
                break
    return found


def programme_opened(programmes: Sequence[Entity]) -> dict[int, int]:
    """A programme of two words or more whose name opens the name of exactly one other programme
    of the article, a national one (national-programs.tsv): its index → that one's. ``Bantuan
    Langsung Tunai`` (``BLT``) in an article on the ``Bantuan Langsung Tunai Kesejahteraan Rakyat``
    is that one, written short; beside a second (``... Sementara``) it stays apart, and ``Sekolah
    Rakyat`` is not a school the article names after it."""
    keys = [identity_key(p.name).split() for p in programmes]
    found: dict[int, int] = {}
    for k, words in enumerate(keys):
        if len(words) < 2:
            continue
        longer = [
            o for o, other in enumerate(keys) if len(other) > len(words) and other[: len(words)] == words
        ]
        if len(longer) == 1 and _national(programmes[longer[0]]):
            found[k] = longer[0]
    return found


def bill_subject_shortened(programmes: Sequence[Entity]) -> dict[int, int]:
    """A bill or regulation named by fewer words of its subject than another of the article of the
    same kind, exactly one, whose subject holds them in order: its index → that one's. ``Ranperda
    Kepariwisataan`` after the ``Ranperda tentang Penyelenggaraan Kepariwisataan Berbasis Masyarakat``
    is that bill, written short.

    >>> bills = [Entity(EntityType.PROGRAM, "Rancangan Peraturan Daerah tentang Penyelenggaraan Kepariwisataan"),
    ...          Entity(EntityType.PROGRAM, "Rancangan Peraturan Daerah tentang Kepariwisataan")]
    >>> bill_subject_shortened(bills)
    {1: 0}
    """
    parts = [p.name.partition(" tentang ") for p in programmes]
    found: dict[int, int] = {}
    for k, (kind, about, subject) in enumerate(parts):
        if not about:
            continue
        words = subject.split()
        fits = [
            o
            for o, (other_kind, other_about, other) in enumerate(parts)
            if o != k and other_about and other_kind == kind and _in_order(words, other.split())
        ]
        if len(fits) == 1:
            found[k] = fits[0]
    return found


def _in_order(words: Sequence[str], longer: Sequence[str]) -> bool:
    """Whether ``words`` are fewer than ``longer`` and stand in it in their order."""
    rest = iter(longer)
    return len(words) < len(longer) and all(word in rest for word in words)


def agency_of_ministry(text: str, entities: Sequence[Entity]) -> dict[int, int]:
    """A ministry and the agency its minister also heads, written as one body after a slash
    (``Kementerian PPN/Bappenas``, ``Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional``):
    the agency's index → the ministry's. One body with two names, not two."""
    ends = {
        m.span.end: k
        for k, entity in enumerate(entities)
        if entity.name.startswith("Kementerian ")
        for m in entity.mentions
    }
    found: dict[int, int] = {}
    for k, entity in enumerate(entities):
        if not entity.name.startswith("Badan "):
            continue
        for m in entity.mentions:
            ministry = ends.get(m.span.start - 1)
            if ministry is not None and ministry != k and text[m.span.start - 1 : m.span.start] == "/":
                found[k] = ministry
                break
    return found


#: the words a body's regional office is named with before the body's name and its province
_REGIONAL_OFFICE = "Kantor Wilayah"


def _prefixed(names: Sequence[str], prefixes: Sequence[str]) -> dict[int, int]:
    """Each name another one writes with one of ``prefixes`` before it: its index → the other's."""
    index = {name: k for k, name in enumerate(names)}
    return {
        k: index[f"{prefix} {name}"]
        for k, name in enumerate(names)
        for prefix in prefixes
        if f"{prefix} {name}" in index
    }


def regional_offices(names: Sequence[str]) -> dict[int, int]:
    """A body written with a province after it where the article names its regional office there
    ("Bulog Jatim" after "Perum Bulog Kantor Wilayah Jatim", read "Kantor Wilayah Perum Badan
    Urusan Logistik Provinsi Jawa Timur"): the body in a province is its regional office. The
    body's index → the office's.

    So is a body in a province where the article names its representative office there ("Kepala
    Perwakilan BKKBN DIY" beside "BKKBN Perwakilan DIY").

    >>> regional_offices(["Kantor Wilayah Perum Bulog Provinsi Jawa Timur", "Perum Bulog Provinsi Jawa Timur"])
    {1: 0}
    >>> regional_offices(["BKKBN Perwakilan Provinsi Bali", "BKKBN Provinsi Bali", "BKKBN Provinsi Riau"])
    {1: 0}
    """
    found = {
        k: office
        for k, office in _prefixed(names, (_REGIONAL_OFFICE,)).items()
        if " Provinsi " in f" {names[k]}"
    }
    index = {name: k for k, name in enumerate(names)}
    for office, name in enumerate(names):
        body = name.replace(" Perwakilan Provinsi ", " Provinsi ", 1)
        if body != name and body in index:
            found.setdefault(index[body], office)
    return found


NATIONAL_WORDS = frozenset({"Republik", "Indonesia", "RI"})


def office_written_bare(text: str, entities: Sequence[Entity]) -> dict[int, int]:
    """A national body whose name written bare stands for its office where a story names one
    (vertical-offices.tsv: "data BPS" beside "Kepala BPS Kota Malang"), in a story that names exactly
    one office of it and never writes the body as the nation's ("BPS RI", "BPS Pusat", "BNN pusat"):
    that office. The body's index → the office's."""
    found: dict[int, int] = {}
    for k, body in enumerate(entities):
        if body.name not in lexicon.VERTICAL_BARE_OFFICE or _written_as_the_nations(text, body):
            continue
        offices = [
            n
            for n, office in enumerate(entities)
            if office.name.startswith(f"{body.name} ") and region_suffix(office.name) is not None
        ]
        if len(offices) == 1:
            found[k] = offices[0]
    return found


#: the words after a body's name that make it the nation's body ("BNN pusat", "BPS RI")
_NATIONAL_AFTER = re.compile(r"\s+(?:[Pp]usat|RI|Republik\s+Indonesia)\b")


def _written_as_the_nations(text: str, body: Entity) -> bool:
    """Whether the article writes ``body`` as the nation's: with a national word in a form of its
    name ("BPS RI", "BPS Pusat") or right after a mention ("BNN pusat menyiapkan data")."""
    return any(
        set(written.split()) & (NATIONAL_WORDS | {"Pusat"})
        for written in (*body.aliases, *(m.span.text for m in body.mentions))
    ) or any(_NATIONAL_AFTER.match(text, m.span.end) for m in body.mentions)


def short_forms(names: Sequence[str]) -> dict[int, int]:
    """Each name that :func:`stands_for` exactly one other name of ``names``: its index → that name's index.

    Only names that can match are compared: a short form shares its first two words with
    what it shortens, or its first word when the rest is an acronym (``Kementerian ESDM``),
    or is the initials of the whole name (``TPID``). So a store's thousands of names are
    not compared pair by pair.

    >>> short_forms(["Kementerian ESDM", "Kementerian Energi dan Sumber Daya Mineral", "TPID", "Tim Pengendalian Inflasi Daerah"])
    {0: 1, 2: 3}
    """
    split = [name.replace(",", " ").split() for name in names]
    by_two: dict[tuple[str, ...], list[int]] = defaultdict(list)
    by_first: dict[str, list[int]] = defaultdict(list)
    by_initials: dict[str, list[int]] = defaultdict(list)
    for k, words in enumerate(split):
        if words:
            by_two[tuple(words[:2])].append(k)
            by_first[words[0]].append(k)
            by_initials[initials(words)].append(k)
    found: dict[int, int] = {}
    for k, words in enumerate(split):
        if len(words) == 1:
            candidates = by_initials.get(words[0], [])
        elif len(words) == 2 and words[1].isupper():
            candidates = by_first.get(words[0], [])
        else:
            candidates = by_two.get(tuple(words[:2]), [])
        longer = [c for c in candidates if c != k and stands_for(names[k], names[c])]
        if len(longer) == 1:
            found[k] = longer[0]
    return found


#: "Universitas Islam Negeri (UIN)" inside a name as written: words, then an abbreviation in brackets
_DEFINED_INSIDE = re.compile(r"((?:[A-Z][a-z]+ ){0,5}[A-Z][a-z]+) \(([A-Z][A-Za-z]{1,7})\)")


def abbreviation_spelled(entities: Sequence[Entity]) -> dict[int, int]:
    """Each entity whose name, with an abbreviation spelled out as another entity's name writes
    it, is exactly one other entity's name or alias: its index → that entity's.

    ``UIN Kyai Sukamaju`` in an article that names ``Universitas Islam Negeri (UIN) Kyai
    Sukamaju (Kasu) Batu``: the abbreviation stands for the words before its
    brackets whose initials it is.

    >>> full = Entity(EntityType.ORGANIZATION, "Universitas Islam Negeri Sukamaju Kota Batu",
    ...               aliases={"Universitas Islam Negeri (UIN) Sukamaju Batu", "Universitas Islam Negeri Sukamaju"})
    >>> abbreviation_spelled([full, Entity(EntityType.ORGANIZATION, "UIN Sukamaju")])
    {1: 0}
    """
    spelled: dict[str, str] = {}
    owners: dict[str, set[int]] = defaultdict(set)
    for k, entity in enumerate(entities):
        for name in (entity.name, *entity.aliases):
            owners[identity_key(name)].add(k)
            for m in _DEFINED_INSIDE.finditer(name):
                words, short = m.group(1).split(), m.group(2)
                # (or the lexicon's words for it, a short form of syllables: "Perusahaan Umum Daerah
                # (Perumda) Air Minum ...")
                known = gazetteer.lookup_abbreviation(short)
                for n in range(len(words), 0, -1):
                    if initials(words[-n:]) == short.upper() or (
                        known is not None and " ".join(words[-n:]) == known.full
                    ):
                        spelled.setdefault(short, " ".join(words[-n:]))
                        break
    found: dict[int, int] = {}
    for k, entity in enumerate(entities):
        words = entity.name.split()
        if not any(w in spelled for w in words):
            continue
        whole = " ".join(spelled.get(w, w) for w in words)
        others = owners.get(identity_key(whole), set()) - {k}
        if len(others) == 1:
            found[k] = next(iter(others))
    return {k: target for k, target in found.items() if target not in found}


def enterprise_written_bare(entities: Sequence[Entity]) -> dict[int, int]:
    """A regional enterprise's legal form written bare ("Perumda mengirim air dengan truk tangki",
    read as the region's "Perusahaan Umum Daerah Kota X"), beside the one enterprise of that form the
    article names ("Perusahaan Umum Daerah (Perumda) Air Minum Kota X"): its index → that one's.

    >>> enterprise_written_bare([Entity(EntityType.ORGANIZATION, "Perusahaan Umum Daerah Kota Sibolga"),
    ...     Entity(EntityType.ORGANIZATION, "Perusahaan Umum Daerah Air Minum Kota Sibolga")])
    {0: 1}
    """
    found: dict[int, int] = {}
    for k, entity in enumerate(entities):
        form = next((f for f in _ENTERPRISE_FULL_FORMS if entity.name.startswith(f"{f} ")), None)
        if form is None or not gazetteer.lookup(entity.name[len(form) + 1 :]):
            continue  # (not a form and a region only)
        named = [
            i
            for i, other in enumerate(entities)
            if i != k
            and other.name.startswith(f"{form} ")
            and not gazetteer.lookup(other.name[len(form) + 1 :])
        ]
        longest = max(named, key=lambda i: len(entities[i].name), default=None)
        # (the one enterprise, written once without its region: "Perusahaan Umum Daerah Air Minum")
        if longest is not None and all(entities[longest].name.startswith(entities[i].name) for i in named):
            found[k] = longest
    return found


#: the legal forms of regional enterprises, written out ("Perusahaan Umum Daerah"), the longest first
#: ("Perusahaan Daerah Air Minum" before "Perusahaan Daerah")
_ENTERPRISE_FULL_FORMS = tuple(
    sorted(
        (
            info.full
            for form in lexicon.ENTERPRISE_FORMS
            if (info := gazetteer.lookup_abbreviation(form)) is not None
        ),
        key=len,
        reverse=True,
    )
)


#: the head words a regional office is written with before its portfolio's short form ("Dinas PUPR")
_OFFICE_HEADS = ("Dinas", "Badan")


def head_left_out(entities: Sequence[Entity]) -> dict[int, int]:
    """A portfolio's short form written alone ("BPBD dan PUPR berkoordinasi"), beside the one office
    the article writes with it after its head word ("Kepala Dinas PUPR Budi"): its index → the office's.

    >>> head_left_out([Entity(EntityType.ORGANIZATION, "PUPR"), Entity(EntityType.ORGANIZATION,
    ...     "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Zorba", aliases={"Dinas PUPR"})])
    {0: 1}
    """
    found: dict[int, int] = {}
    for k, entity in enumerate(entities):
        short = entity.name
        if " " in short or not short.isupper() or len(short) < 3:
            continue
        offices = [
            i
            for i, other in enumerate(entities)
            if i != k and any(f"{head} {short}" in {other.name, *other.aliases} for head in _OFFICE_HEADS)
        ]
        if len(offices) == 1:
            found[k] = offices[0]
    return found


def same_abbreviation(entities: Sequence[Entity]) -> dict[int, int]:
    """Two names the article gives one abbreviation: the later entity's index → the earlier one's.

    ``Tim Pengendali Inflasi Daerah (TPID)`` and ``Tim Pengendalian Inflasi Daerah (TPID)`` are
    one team written two ways (word for word the same or forms of one word: ``KPU Provinsi Bali``
    and ``KPU Kabupaten Tabanan`` are two bodies); ``Crps`` is the ``CRPS`` the article spelled out as ``Center for Regional
    Policy Studies (CRPS)``. An abbreviation three or more entities share joins none.
    """
    owners: dict[str, list[int]] = defaultdict(list)
    defined = {short for entity in entities for short in _defined_by(entity)}
    for k, entity in enumerate(entities):
        for form in {entity.name, *entity.aliases}:
            if (" " not in form and len(form) >= 3 and form.isupper() and form.isalpha()) or form in defined:
                owners[form].append(k)
    found: dict[int, int] = {}
    for form, indexes in owners.items():
        if len(indexes) == 2:
            first, later = sorted(indexes, key=lambda k: _first_offset(entities[k]))
            one, other = entities[first].name, entities[later].name
            if _word_forms(one, other) or (
                form in defined and (_same_initials(one, other) or _word_left_out(one, other))
            ):
                found[later] = first
            elif form in defined and (regioned := _with_its_region(one, other)) is not None:
                # "Dinas Koperasi dan Usaha Kecil Menengah (Diskop UKM)", then "Diskop UKM Kota Bandung":
                # the one without its region joins the one with it
                pair = (first, later)
                found[pair[1 - regioned]] = pair[regioned]
    for k, entity in enumerate(entities):
        word = entity.name
        if " " in word or len(word) < 4 or not word[0].isupper() or not word[1:].islower():
            continue
        indexes = [i for i in owners.get(word.upper(), []) if i != k]
        if len(indexes) == 1:
            found[k] = indexes[0]
    return found


def abbreviation_cut(text: str, entities: Sequence[Entity]) -> dict[int, int]:
    """A body read from the first word of a two-word abbreviation the article defines for another:
    its index → the other's (``Dinas Sosial, ... Anak (Dinsos P3A) Kota Batu``, then "Dinsos P3A
    bersama ...", read as the lexicon's "Dinsos"). Only where every mention of it is that first
    word, the second right after it."""
    found: dict[int, int] = {}
    for k, whole in enumerate(entities):
        for short in _defined_by(whole):
            first, _, second = short.partition(" ")
            if not second:
                continue
            for n, cut in enumerate(entities):
                if (
                    n != k
                    and cut.mentions
                    and all(
                        text[x.span.start : x.span.end] == first and text.startswith(f" {second}", x.span.end)
                        for x in cut.mentions
                    )
                ):
                    found[n] = k
    return found


def one_portfolio(names: Sequence[str]) -> dict[int, int]:
    """A body written with one of the two fields its full name joins: its index → the index of
    the one name that adds the other (``Dinas Pariwisata Kota Batu`` → ``Dinas Kebudayaan dan
    Pariwisata Kota Batu``, ``Dinas Kebudayaan Kota Batu`` → the same).

    >>> one_portfolio(["Dinas Pariwisata Kota Batu", "Dinas Kebudayaan dan Pariwisata Kota Batu", "Dinas Kebudayaan Kota Batu"])
    {0: 1, 2: 1}
    >>> one_portfolio(["Dinas Pariwisata Kota Batu", "Dinas Kebudayaan dan Pariwisata Kabupaten Malang"])
    {}
    """
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k, name in enumerate(names):
        words = name.replace(",", " ").split()
        for i in range(1, len(words) - 1):
            if words[i] == "dan":
                index[tuple(words[: i - 1] + words[i + 1 :])].append(k)  # without "W dan"
                index[tuple(words[:i] + words[i + 2 :])].append(k)  # without "dan W"
        for field in _fields(words):  # "Dinas Kesehatan dan Keluarga Berencana": fields of several words
            index[field].append(k)
    found: dict[int, int] = {}
    for k, name in enumerate(names):
        longer = [i for i in dict.fromkeys(index.get(tuple(name.replace(",", " ").split()), [])) if i != k]
        if len(longer) == 1:
            found[k] = longer[0]
    return found


def _fields(words: list[str]) -> list[tuple[str, ...]]:
    """A body's name with one of the fields it joins with "dan" alone, its head and its region
    kept: ``Dinas Kesehatan dan Keluarga Berencana Kota Batu`` → ``Dinas Kesehatan Kota Batu``,
    ``Dinas Keluarga Berencana Kota Batu``; none without a "dan"."""
    if "dan" not in words[1:]:
        return []
    town = _town_at_end(words)
    cut = len(words) - (town[0] if town else 0)
    head, tail = words[:1], words[cut:]
    fields: list[list[str]] = [[]]
    for word in words[1:cut]:
        if word == "dan":
            fields.append([])
        else:
            fields[-1].append(word)
    if len(fields) < 2 or not all(fields):
        return []
    return [tuple(head + field + tail) for field in fields]


def without_class(name: str) -> str | None:
    """A unit's name without its class (:data:`kg.extract.lexicon.UNIT_CLASS`), when the words before
    the class are a body the lexicon knows: ``Kantor Pelayanan Pajak Pratama Tigaraksa`` →
    ``Kantor Pelayanan Pajak Tigaraksa``.

    >>> without_class("Kantor Pelayanan Pajak Pratama Tigaraksa"), without_class("Lembaga Pemasyarakatan Kelas IIA Malang")
    ('Kantor Pelayanan Pajak Tigaraksa', 'Lembaga Pemasyarakatan Malang')
    >>> without_class("PT Sinar Pratama Abadi") is None, without_class("Kantor Pelayanan Pajak Tigaraksa") is None
    (True, True)
    """
    found = lexicon.UNIT_CLASS.search(name)
    if found is None or gazetteer.lookup_full(name[: found.start()]) is None:
        return None
    return name[: found.start()] + name[found.end() :]


def class_left_out(names: Sequence[str]) -> dict[int, list[int]]:
    """Each unit written without its class → the names that write it with one (``KPP Tigaraksa``
    → ``KPP Pratama Tigaraksa``): one such name is the unit; two (``Lapas Kelas I Malang``,
    ``Lapas Kelas IIA Malang``) are two units it may be.

    >>> class_left_out(["Kantor Pelayanan Pajak Tigaraksa", "Kantor Pelayanan Pajak Pratama Tigaraksa", "Kantor Pelayanan Pajak Madya Tigaraksa"])
    {0: [1, 2]}
    """
    index = {name: k for k, name in enumerate(names)}
    found: dict[int, list[int]] = defaultdict(list)
    for k, name in enumerate(names):
        bare = without_class(name)
        if bare is not None and bare in index:
            found[index[bare]].append(k)
    return dict(found)


#: the police commands a unit sits in, written between the unit and its town ("Satuan Lalu Lintas
#: Kepolisian Resor Kota Batu"), and the secretariat a government's sections sit in ("Bagian Hukum
#: Sekretariat Daerah Kota Batu")
_COMMANDS = (
    "Kepolisian Resor Kota Besar", "Kepolisian Resor Kota", "Kepolisian Resor", "Kepolisian Sektor", "Sekretariat Daerah"
)  # fmt: skip


def command_left_out(names: Sequence[str]) -> dict[int, int]:
    """A police unit written with its town but not its command (a bare "Satlantas" read with the
    article's region), beside the one name that writes the command in: its index → the other's.
    So a section written without the secretariat it sits in ("Bagian Hukum Kota Batu").

    A command named by the bare name of its regency ("Kepolisian Resor Malang", of Kabupaten Malang)
    is the same.

    >>> command_left_out(["Satuan Lalu Lintas Kota Batu", "Satuan Lalu Lintas Kepolisian Resor Kota Batu"])
    {0: 1}
    >>> command_left_out(["Satuan Lalu Lintas Kabupaten Malang", "Satuan Lalu Lintas Kepolisian Resor Malang"])
    {0: 1}
    >>> command_left_out(["Satuan Lalu Lintas Kota Batu", "Satuan Lalu Lintas Kepolisian Sektor Kota Batu",
    ...                   "Satuan Lalu Lintas Kepolisian Resor Kota Batu"])
    {}
    """
    index = {name: k for k, name in enumerate(names)}
    found: dict[int, int] = {}
    for k, name in enumerate(names):
        words = name.split()
        town = _town_at_end(words)
        if town is None:
            continue
        unit = " ".join(words[: -town[0]])
        wheres = {" ".join(words[-town[0] :]), town[1].bare}
        written = {
            index[other]
            for command in _COMMANDS
            for where in wheres
            if (other := f"{unit} {command} {where}") in index
        }
        if len(written) == 1:
            found[k] = written.pop()
    return found


#: a command's number written inside its name ("0207/03" of "Komando Rayon Militer 0207/03 Sumbul")
_NAME_NUMBER = re.compile(r"\d{2,4}(?:[-/]\d{1,3})?")


def number_left_out(names: Sequence[str]) -> dict[int, int]:
    """A unit written with its place but not its number, beside the one name that writes the number
    in before the same place: its index → the other's.

    >>> number_left_out(["Komando Rayon Militer Sumbul", "Komando Rayon Militer 0207/03 Sumbul"])
    {0: 1}
    >>> number_left_out(["Komando Rayon Militer Sumbul", "Komando Rayon Militer 0207/03 Sumbul",
    ...                  "Komando Rayon Militer 0207/04 Sumbul"])
    {}
    """
    numbered: dict[str, list[int]] = {}
    for k, name in enumerate(names):
        words = name.split()
        for at, word in enumerate(words[1:-1], start=1):
            if _NAME_NUMBER.fullmatch(word):
                numbered.setdefault(" ".join(words[:at] + words[at + 1 :]), []).append(k)
    return {k: written[0] for k, name in enumerate(names) if len(written := numbered.get(name, [])) == 1}


MOVEMENT_TEAMS = tuple(lang.words("movement-teams"))


def operator_left_out(names: Sequence[str]) -> dict[int, int]:
    """A venue written with its operator's abbreviation after its kind, beside the venue written
    without it: its index → the other's (``Pelabuhan ASDP Ketapang`` → ``Pelabuhan Ketapang``).

    >>> operator_left_out(["Pelabuhan ASDP Ketapang", "Pelabuhan Ketapang", "Stasiun KAI Malang"])
    {0: 1}
    """
    index = {name: k for k, name in enumerate(names)}
    found: dict[int, int] = {}
    for k, name in enumerate(names):
        words = name.split()
        if (
            len(words) < 3
            or words[0] not in lexicon.VENUE_FIRST_WORDS
            or not gazetteer.lookup_abbreviation(words[1])
        ):
            continue
        other = index.get(" ".join([words[0], *words[2:]]))
        if other is not None:
            found[k] = other
    return found


def movement_teams(names: Sequence[str]) -> dict[int, int]:
    """A movement named beside the team that runs it: its index → the team's (``PKK Kota Batu`` →
    ``Tim Penggerak PKK Kota Batu``, movement-teams.tsv); in news the two are one body.

    >>> movement_teams(["PKK Kota Batu", "Tim Penggerak PKK Kota Batu", "PKK Kota Malang"])
    {0: 1}
    """
    return _prefixed(names, MOVEMENT_TEAMS)


NATURAL_FEATURE_HEADS = frozenset(lang.words("natural-feature-heads"))


def feature_written_bare(names: Sequence[str]) -> dict[int, int]:
    """A natural feature written without its head word, beside the one name that writes it: its
    index → that name's (``Lembayung`` → ``Sungai Lembayung``, natural-feature-heads.tsv).

    A name that is itself a region stays apart (``Kuta`` is a district, ``Pantai Kuta`` a beach):
    :func:`merge_variants` leaves regions out before it asks.

    >>> feature_written_bare(["Lembayung", "Sungai Lembayung", "Sarimanik", "Pulau Sarimanik", "Gunung Sarimanik"])
    {0: 1}
    """
    index = _after_heads(names, NATURAL_FEATURE_HEADS)
    return {k: index[name][0] for k, name in enumerate(names) if len(index.get(name, ())) == 1}


def _after_heads(names: Sequence[str], heads: Iterable[str]) -> dict[str, list[int]]:
    """What follows a head word (or words) in each name that opens with one: that rest → the
    indexes of the names (the first head that fits; the longest first where heads nest)."""
    index: dict[str, list[int]] = defaultdict(list)
    for k, name in enumerate(names):
        head = next((h for h in heads if name.startswith(f"{h} ")), None)
        if head is not None:
            index[name[len(head) + 1 :]].append(k)
    return index


#: the head words of a group's name, which may leave out its kind of group between them and its own
#: name ("Kelompok Pengelola Mangrove Pantai Lestari", "Kelompok Pantai Lestari")
_GROUP_HEADS = frozenset({"Kelompok", "Komunitas", "Paguyuban", "Sanggar"})


def kind_left_out(names: Sequence[str]) -> dict[int, int]:
    """A group written by its head word and its own name of two words or more, beside the one name
    that writes its kind between them: its index → that name's (``Kelompok Pantai Lestari`` →
    ``Kelompok Pengelola Mangrove Pantai Lestari``).

    >>> kind_left_out(["Kelompok Pantai Lestari", "Kelompok Pengelola Mangrove Pantai Lestari", "Kelompok Maju"])
    {0: 1}
    >>> kind_left_out(["Kelompok Sumber Rejeki", "Kelompok Tani Sumber Rejeki", "Kelompok Ternak Sumber Rejeki"])
    {}
    """
    by_head: dict[str, list[int]] = defaultdict(list)
    split = [name.split() for name in names]
    for k, words in enumerate(split):
        if words and words[0] in _GROUP_HEADS:
            by_head[words[0]].append(k)
    found: dict[int, int] = {}
    for k, words in enumerate(split):
        if len(words) < 3 or words[0] not in _GROUP_HEADS:
            continue
        own = words[1:]
        longer = [i for i in by_head[words[0]] if len(split[i]) > len(words) and split[i][-len(own) :] == own]
        if len(longer) == 1:
            found[k] = longer[0]
    return found


def venue_written_bare(names: Sequence[str]) -> dict[int, int]:
    """A venue written by its own name without its head words, beside the one name that writes them:
    its index → that name's (``Wisanggeni`` → ``Gedung Negara Wisanggeni``, ``Kanjuruhan`` → ``Stadion
    Kanjuruhan``; venue-heads.tsv, longest head first). Regions stay apart, as above, and so does
    a natural feature a venue is named after (``Taman Sungai Lembayung`` is a park, ``Sungai Lembayung``
    the river).

    >>> venue_written_bare(["Wisanggeni", "Gedung Negara Wisanggeni", "Sumberejo", "Balai Desa Sumberejo", "Aula Sumberejo"])
    {0: 1}
    >>> venue_written_bare(["Sungai Lembayung", "Taman Sungai Lembayung"])
    {}
    """
    index = _after_heads(names, lexicon.VENUE_HEADS)
    return {
        k: index[name][0]
        for k, name in enumerate(names)
        if len(index.get(name, ())) == 1 and name.split()[0] not in NATURAL_FEATURE_HEADS
    }


def region_written_bare(names: Sequence[str]) -> dict[int, int]:
    """A name whose region is written without its type word: its index → the index of the name
    that writes it (``Kantor Pertanahan Sidoarjo`` → ``Kantor Pertanahan Kabupaten Sidoarjo``).

    Only where the bare name is one kota or kabupaten, or the article spells out the name with
    only one of them (``Pengadilan Negeri Semarang`` → ``Pengadilan Negeri Kota Semarang``), and
    not for a police resort: ``Polres Malang`` (the regency's) and ``Polres Kota Malang`` (the
    city's) are two bodies. A province written short joins the name
    that spells it out (``Kantor Wilayah Sulbar`` → ``Kantor Wilayah Sulawesi Barat``).

    >>> region_written_bare(["Kantor Wilayah Sulbar", "Kantor Wilayah Sulawesi Barat", "Dinas Sosial Sidoarjo", "Dinas Sosial Kabupaten Sidoarjo"])
    {0: 1, 2: 3}
    """
    index = {name: k for k, name in enumerate(names)}
    found: dict[int, int] = {}
    for k, name in enumerate(names):
        words = name.split()
        for cut in range(1, min(3, len(words) - 1) + 1):
            bare = " ".join(words[-cut:])
            if words[-cut - 1] in {"Kota", "Kabupaten"}:
                break
            cities = gazetteer.lookup(bare, {"kota", "kabupaten"})
            written = {
                full
                for city in cities
                if (full := index.get(" ".join([*words[:-cut], city.name]))) is not None
            }
            # "Pengadilan Negeri Semarang" beside "Pengadilan Negeri Kota Semarang" alone: the one the
            # article names, though a Kabupaten Semarang exists; not a police resort ("Polres Malang",
            # the regency's, and "Polres Kota Malang", the city's, are two)
            if len(written) == 1 and (len(cities) == 1 or words[0] != "Kepolisian"):
                found[k] = written.pop()
                break
            provinces = gazetteer.lookup(bare, {"provinsi"})
            spelled = [
                index[written]
                for province in provinces
                if province.name != bare
                for written in (
                    " ".join([*words[:-cut], p]) for p in (province.name, f"Provinsi {province.name}")
                )
                if index.get(written, k) != k
            ]
            if len(provinces) == 1 and len(spelled) == 1:
                found[k] = spelled[0]  # "Kantor Wilayah ... Sulbar": "... Sulawesi Barat"
                break
    return found


#: an abbreviation an article defines in brackets inside a body's name as written ("Forum
#: Komunikasi Pimpinan Daerah (Forkopimda) Kota Surabaya", "Dinas Koperasi, Usaha Kecil dan
#: Menengah (Diskop UKM) Provinsi Riau")
_BRACKETED_SHORT = re.compile(r"\(([A-Z][A-Za-z]{2,11}(?: [A-Z][A-Z0-9]{1,4})?)\)")


def _defined_by(entity: Entity) -> set[str]:
    """The short forms an entity's written names define in brackets (``Dinsos P3A`` of ``Dinas Sosial,
    ... Anak (Dinsos P3A) Kota Batu``): one word, or two, the second in capitals."""
    return {m.group(1) for alias in entity.aliases for m in _BRACKETED_SHORT.finditer(alias)}


_LIST_JOINERS = frozenset({"dan", "serta", "&"})


def _with_its_region(one: str, other: str) -> int | None:
    """Of two spellings of one abbreviation, the one written with the region the other leaves out
    (0 for ``one``, 1 for ``other``), if that is all that tells them apart (:func:`_same_initials`).

    >>> _with_its_region("Dinas Koperasi dan Usaha Kecil Menengah", "Dinas Koperasi dan Usaha Kecil dan Menengah Kota Bandung")
    1
    >>> _with_its_region("Dinas Sosial Kota Batu", "Dinas Sosial Kota Malang") is None
    True
    """
    bare_one, bare_other = without_town(one), without_town(other)
    if (bare_one is None) == (bare_other is None):
        return None
    if not _same_initials(bare_one or one, bare_other or other):
        return None
    return 0 if bare_one is not None else 1


def _word_left_out(one: str, other: str) -> bool:
    """Whether one name of an abbreviation is the other with a word left out, head and region
    alike ("Dinas Perumahan dan Kawasan Permukiman Kota Batu", the lexicon's, and "Dinas Perumahan
    Rakyat dan Kawasan Permukiman Kota Batu", the article's)."""
    a, b = one.split(), other.split()
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return (
        len(long) - len(short) == 1
        and short[0] == long[0]
        and short[-1] == long[-1]
        and _in_order(short, long)
    )


def _same_initials(one: str, other: str) -> bool:
    """Whether two names of one abbreviation are its two spellings out: the same first word and
    the same initials word for word, a list's "dan" and commas aside ("Forum Koordinasi Pimpinan
    Daerah" and "Forum Komunikasi Pimpinan Daerah", the lexicon's and the article's).

    >>> _same_initials("Forum Koordinasi Pimpinan Daerah Kota Batu", "Forum Komunikasi Pimpinan Daerah Kota Batu")
    True
    >>> _same_initials("Dinas Koperasi, Usaha Kecil dan Menengah", "Dinas Koperasi dan Usaha Kecil dan Menengah")
    True
    >>> _same_initials("KPU Provinsi Bali", "KPU Kabupaten Tabanan")
    False
    """
    a = [w for w in one.replace(",", " ").split() if w not in _LIST_JOINERS]
    b = [w for w in other.replace(",", " ").split() if w not in _LIST_JOINERS]
    return len(a) == len(b) and a[0] == b[0] and all(x[0] == y[0] for x, y in zip(a, b, strict=True))


def _word_forms(one: str, other: str) -> bool:
    """Whether two names are the same words, or forms of them (``Pengendali``/``Pengendalian``).

    >>> _word_forms("Tim Pengendali Inflasi Daerah", "Tim Pengendalian Inflasi Daerah")
    True
    >>> _word_forms("KPU Provinsi Bali", "KPU Kabupaten Tabanan")
    False
    """
    a, b = one.split(), other.split()
    return len(a) == len(b) and all(
        x == y or (len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5]) for x, y in zip(a, b, strict=True)
    )


def spelled_alike(one: str, other: str) -> bool:
    """Whether two names are one name spelled two ways: word for word the same but for one word
    written with another ending or a slip (``Pemantau``/``Pemantauan``, ``Meteorologi``/``Metereologi``).

    >>> spelled_alike("Tim Pemantau Harga Desa", "Tim Pemantauan Harga Desa")
    True
    >>> spelled_alike("Badan Pengawas Pemilu", "Badan Pengelola Pemilu"), spelled_alike("Dinas Sosial Kota Batu", "Dinas Sosial Kota Bima")
    (False, False)
    """
    a, b = one.replace(",", " ").split(), other.replace(",", " ").split()
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x.casefold() != y.casefold()]
    return len(differ) == 1 and min(map(len, differ[0])) >= 5 and _alike(*differ[0])


def _alike(x: str, y: str) -> bool:
    return difflib.SequenceMatcher(None, x.casefold(), y.casefold()).ratio() >= 0.8


def alike_pairs(names: Sequence[str]) -> list[tuple[int, int]]:
    """The pairs of ``names`` (indexes, ascending) that are one name of two or more words written two
    ways (:func:`spelled_alike`), each name in one pair only. Not where the word that differs is a
    region (``Polres Sorong``, ``Polres Sorang``) or an acronym (``Satgas PKPJT``, ``Satgas PPKPT``),
    nor where either name is a body the lexicon knows (two ministries a word apart are two
    ministries). One-word names stay apart (``Gamal``, ``Kamal``), and so do one-word names after a
    Butonese marker (``La Hasani``, ``La Asani``: two men). Only names the same but for one word are
    compared, so a store's names are not compared pair by pair.

    >>> alike_pairs(["PT Sarana Montardo", "PT Sarana Montrado", "Satgas PKPJT", "Satgas PPKPT", "Polres Sorong", "Polres Sorang", "Kamal"])
    [(0, 1)]
    >>> alike_pairs(["La Hasani", "La Asani"])
    []
    """
    by_rest: dict[tuple[int, tuple[str, ...]], list[int]] = defaultdict(list)
    for k, name in enumerate(names):
        words = name.replace(",", " ").split()
        if len(words) > 2 or (len(words) == 2 and words[0] not in lexicon.BUTONESE_MARKERS):
            for i in range(len(words)):
                by_rest[(i, tuple(words[:i] + words[i + 1 :]))].append(k)
    pairs = sorted(
        {
            (i, j)
            for members in by_rest.values()
            for i, j in combinations(members, 2)
            if spelled_alike(names[i], names[j]) and not _region_or_known(names[i], names[j])
        }
    )
    counted = Counter(k for pair in pairs for k in pair)
    return [(i, j) for i, j in pairs if counted[i] == 1 and counted[j] == 1]


def spelled_alike_in(entities: Sequence[Entity]) -> dict[int, int]:
    """One name written two ways in one article (``PT Sarana Montardo`` and ``PT Sarana Montrado``,
    :func:`alike_pairs`): the index of the form with fewer mentions → the other's (ties: the later
    → the earlier).
    """
    found: dict[int, int] = {}
    for i, j in alike_pairs([e.name for e in entities]):
        later, first = sorted((i, j), key=lambda k: (len(entities[k].mentions), -_first_offset(entities[k])))
        found[later] = first
    return found


def undoubled(name: str) -> str:
    """A name's identity key with each doubled letter written once: how ``Hassanuddin``,
    ``Hassanudin`` and ``Hasanuddin`` are one name.

    >>> undoubled("Hassanuddin") == undoubled("Hasanudin"), undoubled("Muhammad Hatta") == undoubled("Muhamad Hata")
    (True, True)
    """
    return re.sub(r"(.)\1+", r"\1", identity_key(name))


def doubled_alike(names: Sequence[str], *, shortest: int = 4) -> dict[int, int]:
    """Person names written with a letter doubled or not (``Hassanuddin``, ``Hasanuddin``): the index
    of each later form → the first. Names shorter than ``shortest`` letters once undoubled stay apart.

    >>> doubled_alike(["Hassanuddin", "Budi", "Hasanuddin", "Hassanudin", "Ana", "Anna"])
    {2: 0, 3: 0}
    """
    first: dict[str, int] = {}
    found: dict[int, int] = {}
    for k, name in enumerate(names):
        key = undoubled(name)
        if len(key) < shortest:
            continue
        if key in first and identity_key(names[first[key]]) != identity_key(name):
            found[k] = first[key]
        first.setdefault(key, k)
    return found


def _region_or_known(one: str, other: str) -> bool:
    words = [(x, y) for x, y in zip(one.split(), other.split(), strict=False) if x != y]
    return (
        gazetteer.lookup_full(one) is not None
        or gazetteer.lookup_full(other) is not None
        or any(gazetteer.lookup(word) or word.isupper() for pair in words for word in pair)
    )


def _first_offset(entity: Entity) -> int:
    return min((m.span.start for m in entity.mentions), default=0)


def _region(entity: Entity) -> bool:
    """Whether ``entity`` is a region the gazetteer knows: its name is its own, no variant of another's.
    A venue no stage read as a region ("Pasar Lama", beside "Pasar Lama X") is none, whatever
    village far away bears its name."""
    if entity.type is not EntityType.PLACE:
        return False
    if entity.identifier is None and entity.name.split()[0] in lexicon.VENUE_FIRST_WORDS:
        return False
    return bool(gazetteer.lookup(entity.name))


def merge_variants(ctx: Context) -> None:
    """Join each short form to the one longer name of the same type it stands for, and one name
    written two ways (:func:`spelled_alike_in`, persons too) into one."""
    into: dict[int, Entity] = {}
    for kind in _MERGEABLE:
        entities = [e for e in ctx.of_type(kind) if not _region(e)]
        names = [e.name for e in entities]
        for short, long in short_forms(names).items():
            into[id(entities[short])] = entities[long]
        for later, first in same_abbreviation(entities).items():
            into.setdefault(id(entities[later]), entities[first])
        for short, office in head_left_out(entities).items():
            into.setdefault(id(entities[short]), entities[office])
        for bare, full in region_written_bare(names).items():
            into.setdefault(id(entities[bare]), entities[full])
        for bare, feature in feature_written_bare(names).items():
            into.setdefault(id(entities[bare]), entities[feature])
        for bare, venue in venue_written_bare(names).items():
            into.setdefault(id(entities[bare]), entities[venue])
        for bare, group in kind_left_out(names).items():
            into.setdefault(id(entities[bare]), entities[group])
        for bare, classed in class_left_out(names).items():
            if len(classed) == 1:  # "KPP Tigaraksa" after "KPP Pratama Tigaraksa"
                into.setdefault(id(entities[bare]), entities[classed[0]])
        for one, both in one_portfolio(names).items():
            into.setdefault(id(entities[one]), entities[both])
        for short, spelled in abbreviation_spelled(entities).items():
            into.setdefault(id(entities[short]), entities[spelled])
        for bare, enterprise in enterprise_written_bare(entities).items():
            into.setdefault(id(entities[bare]), entities[enterprise])
        for branch, company in company_branches(entities).items():
            into.setdefault(id(entities[branch]), entities[company])
        for agency, ministry in agency_of_ministry(ctx.text, entities).items():
            into.setdefault(id(entities[agency]), entities[ministry])
        for cut, whole in abbreviation_cut(ctx.text, entities).items():
            into.setdefault(id(entities[cut]), entities[whole])
        for body, office in regional_offices(names).items():
            into.setdefault(id(entities[body]), entities[office])
        for body, office in office_written_bare(ctx.text, entities).items():
            into.setdefault(id(entities[body]), entities[office])
        for unit, commanded in command_left_out(names).items():
            into.setdefault(id(entities[unit]), entities[commanded])
        for unit, numbered in number_left_out(names).items():
            into.setdefault(id(entities[unit]), entities[numbered])
        for movement, team in movement_teams(names).items():
            into.setdefault(id(entities[movement]), entities[team])
        for operated, venue in operator_left_out(names).items():
            into.setdefault(id(entities[operated]), entities[venue])
    programmes = ctx.of_type(EntityType.PROGRAM)
    for general, specific in programme_opened(programmes).items():
        into.setdefault(id(programmes[general]), programmes[specific])
    for short, full in bill_subject_shortened(programmes).items():
        into.setdefault(id(programmes[short]), programmes[full])
    for kind in (EntityType.PERSON, *_MERGEABLE):
        entities = [e for e in ctx.of_type(kind) if not _region(e)]
        for written, other in spelled_alike_in(entities).items():
            if id(entities[written]) not in into and id(entities[other]) not in into:
                into[id(entities[written])] = entities[other]
    persons = ctx.of_type(EntityType.PERSON)
    for written, other in doubled_alike([e.name for e in persons]).items():
        into.setdefault(id(persons[written]), persons[other])
    if into:
        _redirect(ctx, _followed(into))  # "Balai Karantina" → "... Tumbuhan" → "... Tumbuhan Jawa Timur"


def shortens(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether the words of ``short`` name the person ``full`` names: its first word alone, or two
    or more of its words in their order.

    A one-word nickname made of the starts of two names in a row (:func:`blends`), or of the start of
    one name but the last (:func:`truncates`), shortens too.
    A shared last word alone is as often a family's (``Bupati Sanusi`` and his wife ``Anis Zaidah
    Sanusi``) and does not shorten.

    >>> shortens(["Hartawan"], ["Hartawan", "Budi", "Santika"]), shortens(["Santika"], ["Hartawan", "Budi", "Santika"])
    (True, False)
    >>> shortens(["Hartawan", "Budi"], ["Hartawan", "Budi", "Santika"]), shortens(["Budi", "Santika"], ["Hartawan", "Budi", "Santika"])
    (True, True)
    >>> shortens(["Santika", "Budi"], ["Hartawan", "Budi", "Santika"])
    False
    >>> shortens(["Hartabud"], ["Hartawan", "Budi", "Santika"])
    True
    """
    if len(short) >= len(full):
        return False
    if len(short) == 1:
        return short[0] == full[0] or blends(short[0], full) or truncates(short[0], full)
    return _in_order(short, full)


#: the shortest nickname read as a name's start ("Wulan" of "Wulandari")
_MIN_TRUNCATED = 5


def truncates(word: str, full: Sequence[str]) -> bool:
    """Whether ``word`` is a nickname made of the start of one of ``full``'s names but the last, five
    letters or more (``Wulan`` of ``Sri Wulandari Pratiwi``; compared case-blind); a shorter start
    (``Agus`` of ``Agustina``) is as often another's name.

    >>> truncates("Wulan", ["Sri", "Wulandari", "Pratiwi"]), truncates("Prati", ["Sri", "Wulandari", "Pratiwi"])
    (True, False)
    >>> truncates("Agus", ["Agustina", "Rahayu"]), truncates("Wulandari", ["Sri", "Wulandari", "Pratiwi"])
    (False, False)
    """
    w = word.casefold()
    return len(w) >= _MIN_TRUNCATED and any(
        name.casefold().startswith(w) and len(name) > len(w) for name in full[:-1]
    )


def blends(word: str, full: Sequence[str]) -> bool:
    """Whether ``word`` is a nickname made of the start of one name and the start of the next,
    each two letters or more (``Hartabud`` of ``Hartawan Budi``; compared case-blind).

    >>> blends("Hartabud", ["Hartawan", "Budi", "Santika"]), blends("budsan", ["Hartawan", "Budi", "Santika"])
    (True, True)
    >>> blends("Hartawan", ["Hartawan", "Budi"]), blends("Harbi", ["Hartawan", "Santika", "Budi"]), blends("Hab", ["Hartawan", "Budi"])
    (False, False, False)
    """
    w, names = word.casefold(), [name.casefold() for name in full]
    if len(w) < _MIN_BLEND or w in names:
        return False
    return any(
        w[:cut] == first[:cut] and second.startswith(w[cut:])
        for first, second in pairwise(names)
        for cut in range(2, min(len(first), len(w) - 2) + 1)
    )


#: the shortest nickname read as the starts of two names
_MIN_BLEND = 5


def merge_first_names(ctx: Context) -> None:
    """A person the article names by a shorter form of one full name joins it: a first name alone
    (``Menkeu Hartawan``, before the full name came), or two or more of its words (``Hartawan Budi``;
    ``Budi Santika`` after the full name), when no other full name of the article has them.

    A short form without the first name, written before the full name, is somebody else: the father
    in ``Wakil Presiden Hamdan Kasim, Soraya Hamdan Kasim``. Written after it, one word between a
    name's first and last is the name the person goes by (``Jenderal Sigit`` after ``Kapolri
    Jenderal Listyo Sigit Prabowo``); the last word alone is as often a family's. A word that opened
    one full name as its honorific (``Nyimas`` of ``dr. Nyimas Wulandari``) is that person too.
    """
    persons = ctx.of_type(EntityType.PERSON)
    words = {id(person): identity_key(person.name).split() for person in persons}
    titles = {id(person): {identity_key(word) for word in person.honorific_prefix} for person in persons}
    by_first: dict[str, list[Entity]] = defaultdict(list)
    for person in persons:
        for word in set(words[id(person)]):
            by_first[word].append(person)
    into: dict[int, Entity] = {}
    for person in persons:
        short = words[id(person)]
        if not short:
            continue
        fulls = [
            p
            for p in (by_first[short[0]] if len(short) > 1 else persons)
            if (
                shortens(short, words[id(p)])
                and (short[0] == words[id(p)][0] or _first_offset(p) < _first_offset(person))
            )
            or (
                len(short) == 1
                and short[0] in words[id(p)][1:-1]
                and _first_offset(p) < _first_offset(person)
            )
            # "jelas Nyimas." after "dr. Nyimas Wulandari": the title of nobility the full name opened with
            or (len(short) == 1 and p is not person and short[0] in titles[id(p)])
        ]
        if len(fulls) > 1:
            # "Bupati Binsar Sinaga" beside "Bupati Binsar Tua Sinaga Ompu X" and "Ketua TP PKK Binsar Maruli
            # Sinaga": the one full name holding the same office
            held = _offices(ctx, person)
            fulls = [p for p in fulls if _offices(ctx, p) & held]
        if len(fulls) == 1:
            into[id(person)] = fulls[0]
    into = {source: target for source, target in into.items() if id(target) not in into}
    if into:
        _redirect(ctx, into)


def _offices(ctx: Context, person: Entity) -> set[tuple[str, int]]:
    """The offices ``person`` holds: each membership's role and organisation."""
    return {
        (m.role.name, id(m.organization))
        for m in ctx.memberships
        if m.person is person and m.organization is not None
    }


def named_by_alias(entities: Sequence[Entity]) -> dict[int, int]:
    """An entity named by what exactly one other entity has as an alias: its index → that entity's.

    ``Wakil Menteri Arsenius Pratama atau Nino`` gives the person the alias ``Nino``; the ``Nino``
    the article goes on to name by himself is that person. An alias two entities hold joins
    neither, and two entities each named by the other's alias stay as they are.

    >>> one = Entity(EntityType.PERSON, "Arsenius Pratama", aliases={"Nino"})
    >>> named_by_alias([one, Entity(EntityType.PERSON, "Nino")])
    {1: 0}
    >>> named_by_alias([one, Entity(EntityType.PERSON, "Nino"), Entity(EntityType.PERSON, "Nino Hadi", aliases={"Nino"})])
    {}
    """
    holders: dict[str, list[int]] = defaultdict(list)
    for k, entity in enumerate(entities):
        for key in {identity_key(alias) for alias in entity.aliases} - {identity_key(entity.name)}:
            holders[key].append(k)
    found: dict[int, int] = {}
    for k, entity in enumerate(entities):
        owners = [i for i in holders.get(identity_key(entity.name), []) if i != k]
        if len(owners) == 1:
            found[k] = owners[0]
    return {k: target for k, target in found.items() if target not in found}


def _national(entity: Entity) -> bool:
    """Whether the national programmes' word list named this programme (its name is canonical)."""
    return any(m.extractor == "national-programs" for m in entity.mentions)


def bracketed_apposition(text: str, entities: Sequence[Entity]) -> dict[int, int]:
    """Two entities written one right after the other, the second in brackets ("GEMAS SEHATI
    (Gerakan Masyarakat Sehat Hati)"): one named twice, a short name spelled out. The shorter
    name's index → the longer's (a national programme's name, "Makanan Bergizi Gratis (MBG)",
    is kept over the article's spelling).

    >>> from kg.records import Span
    >>> text = "gerakan GEMAS SEHATI (Gerakan Masyarakat Sehat Hati) diluncurkan"
    >>> short = Entity(EntityType.PROGRAM, "GEMAS SEHATI"); short.mention(Span(8, 20, "GEMAS SEHATI"), "x")
    >>> long = Entity(EntityType.PROGRAM, "Gerakan Masyarakat Sehat Hati"); long.mention(Span(22, 51, "Gerakan Masyarakat Sehat Hati"), "x")
    >>> bracketed_apposition(text, [short, long])
    {0: 1}
    """
    ends = {m.span.end: k for k, e in enumerate(entities) for m in e.mentions}
    found: dict[int, int] = {}
    for k, entity in enumerate(entities):
        for m in entity.mentions:
            before = ends.get(m.span.start - 2)
            if before is None or before == k or text[m.span.start - 2 : m.span.start] != " (":
                continue
            if text[m.span.end : m.span.end + 1] != ")":
                continue
            short, full = sorted((before, k), key=lambda i: (_national(entities[i]), len(entities[i].name)))
            found.setdefault(short, full)
    return {short: full for short, full in found.items() if full not in found}


def merge_aliases(ctx: Context) -> None:
    """Join each entity named by an alias of exactly one other entity of its type (:func:`named_by_alias`):
    a person, a body, a place or a programme ("program BLTS" and "Bantuan Langsung Tunai Sementara (BLTS)");
    and a programme spelled out in brackets right after its short name (:func:`bracketed_apposition`)."""
    into: dict[int, Entity] = {}
    for kind in (EntityType.PERSON, *_MERGEABLE, EntityType.PROGRAM):
        entities = ctx.of_type(kind)
        for source, target in named_by_alias(entities).items():
            into[id(entities[source])] = entities[target]
    programmes = ctx.of_type(EntityType.PROGRAM)
    for source, target in bracketed_apposition(ctx.text, programmes).items():
        into.setdefault(id(programmes[source]), programmes[target])
    for programme in programmes:  # "Gerakan GKH" after "Gerakan Kota Hijau (GKH)": that programme
        known = ctx.headed_short_form(programme.name, EntityType.PROGRAM)
        if known is None or known is programme:
            continue
        # (or a nickname of its own: "Gerakan Gema Baca" after "Gerakan X Cinta Membaca (Gema Baca)")
        short = programme.name.split(" ", 1)[1]
        if short.isupper() or short in known.aliases:
            into.setdefault(id(programme), known)
    if into:
        _redirect(ctx, _followed(into))


def _followed(into: dict[int, Entity]) -> dict[int, Entity]:
    """Each merge taken to its end (an entity joined to one that is itself joined to another joins
    that last one); a ring of joins (two entities each named as the other's) joins none of them."""
    ends: dict[int, Entity] = {}
    for source_id, target in into.items():
        seen = {source_id}
        while id(target) in into and id(target) not in seen:
            seen.add(id(target))
            target = into[id(target)]
        if id(target) != source_id:
            ends[source_id] = target
    return ends


def _redirect(ctx: Context, into: dict[int, Entity]) -> None:
    """Move the merged entities' names and mentions to their targets, and every statement that names them."""

    def to(entity: Entity | None) -> Entity | None:
        return into.get(id(entity), entity) if entity is not None else None

    for key in [k for k, e in ctx.entities.items() if id(e) in into]:
        source = ctx.entities.pop(key)
        target = into[id(source)]
        target.aliases.update({source.name, *source.aliases} - {target.name})
        target.mentions.extend(source.mentions)
        target.government = target.government or source.government
        if target.parent is None and source.parent is not None and source.parent is not target:
            target.parent = source.parent
    for entity in ctx.entities.values():
        entity.parent = to(entity.parent)
        entity.passed_by = to(entity.passed_by)
        if entity.parent is entity:
            entity.parent = None
    ctx.memberships[:] = [
        replace(m, person=to(m.person) or m.person, organization=to(m.organization)) for m in ctx.memberships
    ]
    ctx.quotes[:] = [replace(q, speaker=to(q.speaker) or q.speaker) for q in ctx.quotes]
    for event in ctx.events:
        event.performers = list({id(e): e for e in map(to, event.performers) if e is not None}.values())
        event.attendees = list({id(e): e for e in map(to, event.attendees) if e is not None}.values())
        event.about = list({id(e): e for e in map(to, event.about) if e is not None}.values())
        event.organizer = to(event.organizer)
        event.location = to(event.location)
    ctx.awards[:] = [
        replace(a, recipient=to(a.recipient), conferred_by=to(a.conferred_by)) for a in ctx.awards
    ]
    for claim in ctx.claims:
        claim.entity = to(claim.entity)
    for abbreviation, entity in list(ctx.abbreviations.items()):
        ctx.abbreviations[abbreviation] = into.get(id(entity), entity)
