"""Lexicon of Indonesian government bodies, regional agencies and parties by abbreviation.

The rows live in ``kg/resources/lexicon/organizations.tsv`` (``data/lexicon/`` in a checkout; columns ``abbr full scope government kind``).
``scope`` is ``national`` (one body in the country), ``regional`` (a type of body every province,
regency or city has, so it takes a jurisdiction: "Bappeda Kota Malang") or ``party``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Final, Literal, cast, get_args

from kg import paths

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

Scope = Literal["national", "regional", "party"]
Kind = Literal[
    "executive",
    "agency",
    "legislature",
    "police",
    "military",
    "judiciary",
    "election",
    "forum",
    "network",
    "enterprise",
    "party",
    "other",
]

DATA_PATH: Final = paths.organizations()
HEADER: Final = ("abbr", "full", "scope", "government", "kind")
SCOPES: Final[frozenset[str]] = frozenset(get_args(Scope))
KINDS: Final[frozenset[str]] = frozenset(get_args(Kind))
_GOVERNMENT: Final[Mapping[str, bool]] = {"yes": True, "no": False}

# Legal-form words that news drops: "PT PLN (Persero)" and "PLN" name the same company.
_LEGAL_FORMS: Final = frozenset({"pt", "persero", "tbk", "perum"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_TRAILING_RI = re.compile(r"\s+RI$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class OrgInfo:
    """One organisation in the lexicon.

    >>> OrgInfo("BPBD", "Badan Penanggulangan Bencana Daerah", "regional", True, "agency").scope
    'regional'
    """

    abbr: str
    full: str
    scope: Scope
    government: bool
    kind: Kind


def abbreviation_key(abbr: str) -> str:
    """Case-, space- and hyphen-insensitive key of an abbreviation.

    >>> abbreviation_key("Satpol-PP") == abbreviation_key("SatpolPP") == abbreviation_key("satpol pp")
    True
    >>> abbreviation_key("PDI-P")
    'pdip'
    """
    return _NON_ALNUM.sub("", abbr.casefold())


def full_key(full: str) -> str:
    """Case- and punctuation-insensitive key of a full name, without legal-form words.

    >>> full_key("Badan Meteorologi, Klimatologi, dan Geofisika")
    'badan meteorologi klimatologi dan geofisika'
    >>> full_key("PT Perusahaan Listrik Negara (Persero)")
    'perusahaan listrik negara'
    """
    words = _NON_ALNUM.sub(" ", full.casefold()).split()
    return " ".join(w for w in words if w not in _LEGAL_FORMS)


def _parse_row(fields: list[str], where: str) -> OrgInfo:
    """One validated row; ``where`` ("file:line") goes into the error message."""
    if len(fields) != len(HEADER):
        raise ValueError(f"{where}: expected {len(HEADER)} tab-separated columns, got {len(fields)}")
    abbr, full, scope, government, kind = (f.strip() for f in fields)
    if not abbr or not full:
        raise ValueError(f"{where}: empty abbr or full name")
    if scope not in SCOPES:
        raise ValueError(f"{where}: unknown scope {scope!r}; expected one of {sorted(SCOPES)}")
    if government not in _GOVERNMENT:
        raise ValueError(f"{where}: government must be 'yes' or 'no', got {government!r}")
    if kind not in KINDS:
        raise ValueError(f"{where}: unknown kind {kind!r}; expected one of {sorted(KINDS)}")
    return OrgInfo(abbr, full, cast(Scope, scope), _GOVERNMENT[government], cast(Kind, kind))


def load_organizations(path: Traversable = DATA_PATH) -> tuple[OrgInfo, ...]:
    """Read and validate a lexicon file; raises ValueError naming the first bad line.

    >>> len(load_organizations()) > 200
    True
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(c.strip() for c in lines[0].split("\t")) != HEADER:
        raise ValueError(f"{path}:1: header must be {' / '.join(HEADER)} separated by tabs")
    return tuple(
        _parse_row(line.split("\t"), f"{path}:{number}")
        for number, line in enumerate(lines[1:], start=2)
        if line.strip()
    )


@cache
def known_organizations() -> tuple[OrgInfo, ...]:
    """The shipped organisations lexicon (:data:`DATA_PATH`), read and validated once."""
    return load_organizations()


@cache
def _indexes() -> tuple[Mapping[str, OrgInfo], Mapping[str, OrgInfo]]:
    by_abbr: dict[str, OrgInfo] = {}
    by_full: dict[str, OrgInfo] = {}
    for info in known_organizations():
        # First row wins, so the more common expansion of a shared abbreviation goes first in the file.
        by_abbr.setdefault(abbreviation_key(info.abbr), info)
        by_full.setdefault(full_key(info.full), info)
    return by_abbr, by_full


@lru_cache(maxsize=1 << 14)
def lookup_abbreviation(abbr: str) -> OrgInfo | None:
    """The organisation an abbreviation stands for, or None.

    >>> lookup_abbreviation("Satpol-PP").full
    'Satuan Polisi Pamong Praja'
    >>> lookup_abbreviation("PDIP").abbr, lookup_abbreviation("Bawaslu RI").scope
    ('PDI-P', 'national')
    """
    by_abbr, _ = _indexes()
    found = by_abbr.get(abbreviation_key(abbr))
    if found is None and _TRAILING_RI.search(abbr):
        # "Kemenkes RI" is the ministry itself; the suffix only says "of the Republic".
        found = by_abbr.get(abbreviation_key(_TRAILING_RI.sub("", abbr)))
    return found


@cache
def _key_prefixes() -> frozenset[str]:
    by_abbr, _ = _indexes()
    return frozenset(key[:end] for key in by_abbr for end in range(len(key) + 1))


@lru_cache(maxsize=1 << 14)
def may_begin_abbreviation(word: str) -> bool:
    """Whether an abbreviation that :func:`lookup_abbreviation` finds could be written starting with ``word``.

    A key is made character by character, so the key of a phrase begins with the key of its
    first word (also with a trailing "RI" taken off): a word whose key begins no key in the
    lexicon begins no abbreviation.

    >>> may_begin_abbreviation("Satpol"), may_begin_abbreviation("Kemenkes"), may_begin_abbreviation("Erik")
    (True, True, False)
    """
    return abbreviation_key(word) in _key_prefixes()


def lookup_full(full: str) -> OrgInfo | None:
    """The organisation with a full name, case- and punctuation-insensitive, or None.

    >>> lookup_full("badan perencanaan pembangunan daerah").abbr
    'Bappeda'
    """
    _, by_full = _indexes()
    return by_full.get(full_key(full))


def known_openings(name: str, shortest: int = 2) -> list[tuple[int, OrgInfo]]:
    """The bodies whose full name ``name`` opens with, by the number of its words they take:
    ``Dewan Perwakilan Rakyat Daerah Kota Batu`` opens with the DPR (3) and the DPRD (4).

    >>> [(n, info.abbr) for n, info in known_openings("Dewan Perwakilan Rakyat Daerah Kota Batu")]
    [(3, 'DPR'), (4, 'DPRD')]
    """
    words = name.replace(",", " ").split()
    found = ((n, lookup_full(" ".join(words[:n]))) for n in range(shortest, len(words) + 1))
    return [(n, info) for n, info in found if info is not None]


_NATIONAL_SUFFIX = re.compile(r"\s+(?:Republik Indonesia|RI)$")
#: short forms written inside a body's full name ("Kementerian Hukum dan HAM")
_IN_NAME_SHORT = {"HAM": "Hak Asasi Manusia", "Pemilu": "Pemilihan Umum"}
_SPELLED_IN_NAME = re.compile(rf"(?<!\w)(?:{'|'.join(_IN_NAME_SHORT)})(?!\w)")
# Regional courts, prosecutors' offices and police commands are named by the bare region
# ("Kejaksaan Tinggi Bengkulu", "Kejaksaan Negeri Sumenep"), never "... Provinsi Bengkulu"; "Kota" stays,
# since it is part of some unit types ("Kepolisian Resor Kota Malang" is the Polresta).
_BARE_REGION_UNIT = re.compile(
    r"^(?P<unit>(?:Kejaksaan|Pengadilan) (?:Negeri|Tinggi|Agama|Tinggi Agama)|Kepolisian (?:Daerah|Resor|Sektor)"
    r") (?:Provinsi|Kabupaten) (?P<region>.+)$"
)

#: the special courts that sit at a district court, by the words after "Pengadilan"
SPECIAL_COURTS = ("Tindak Pidana Korupsi", "Niaga", "Hubungan Industrial", "Perikanan")
#: a special court seated at a province capital's district court, however written ("Pengadilan Tipikor
#: Surabaya", "Pengadilan Tindak Pidana Korupsi (Tipikor) Kota Surabaya"): named by the court's full
#: words and the bare town, as there is one per capital ("Kota" tells no other court apart)
_SPECIAL_COURT = re.compile(
    rf"^Pengadilan (?P<court>Tipikor|{'|'.join(SPECIAL_COURTS)})"
    r"(?: (?:Provinsi|Kabupaten|Kota))? (?P<town>[A-Z].*)$"
)
_SPECIAL_COURT_SHORT = {"Tipikor": "Tindak Pidana Korupsi"}


_PROVINCE_UNIT = re.compile(
    r"^(?P<unit>Kejaksaan Tinggi|Pengadilan Tinggi|Kepolisian Daerah) (?P<region>[A-Z][A-Za-z]+)$"
)


#: a military command written by its short form and number, perhaps with its seat after a slash
#: ("Kodim 0818/Kabupaten Malang-Batu", "Korem 083/Baladhika Jaya", "Koramil 0818-07/Dampit",
#: "Kodam V/Brawijaya", "Lantamal V")
_NUMBERED_COMMAND = re.compile(
    r"^(?P<unit>[A-Z][a-z]+) (?P<number>\d{2,4}(?:-\d{1,3})?|[IVX]{1,5})(?:\s*/.*)?$"
)

#: "Koramil 0207/03 Sumbul": a command's number, then its own number within it after a slash
_RAYON = re.compile(r"^(?P<unit>[A-Z][a-z]+) (?P<rest>\d{2,4}/\d{1,3}\b.*)$")


def canonical_name(name: str) -> str:
    """One name for one body however the text writes it (kept as aliases by the caller).

    >>> canonical_name("Dewan Perwakilan Rakyat Republik Indonesia"), canonical_name("Kejaksaan Tinggi Provinsi Bengkulu")
    ('Dewan Perwakilan Rakyat', 'Kejaksaan Tinggi Bengkulu')
    >>> canonical_name("Kepolisian Resor Kota Malang"), canonical_name("Kepolisian Daerah Sulut")
    ('Kepolisian Resor Kota Malang', 'Kepolisian Daerah Sulawesi Utara')
    >>> canonical_name("Komisi II Dewan Perwakilan Rakyat Republik Indonesia")
    'Komisi II Dewan Perwakilan Rakyat'
    >>> canonical_name("Kementerian PU")
    'Kementerian Pekerjaan Umum'
    >>> canonical_name("Partai Golkar"), canonical_name("Kejaksaan RI")
    ('Partai Golongan Karya', 'Kejaksaan Republik Indonesia')
    >>> canonical_name("Kodim 0818/Kabupaten Malang-Batu"), canonical_name("Kodim 0818")
    ('Komando Distrik Militer 0818', 'Komando Distrik Militer 0818')
    >>> canonical_name("Kementerian Hukum dan HAM Republik Indonesia")
    'Kementerian Hukum dan Hak Asasi Manusia'
    >>> canonical_name("Badan Pengawas Pemilu Kabupaten Dairi")
    'Badan Pengawas Pemilihan Umum Kabupaten Dairi'
    >>> canonical_name("Koramil 0207/03 Sumbul")
    'Komando Rayon Militer 0207/03 Sumbul'
    >>> canonical_name("Pengadilan Tipikor Binjai"), canonical_name("Pengadilan Tindak Pidana Korupsi Kota Binjai")
    ('Pengadilan Tindak Pidana Korupsi Binjai', 'Pengadilan Tindak Pidana Korupsi Binjai')
    """
    spelled = _SPELLED_IN_NAME.sub(lambda m: _IN_NAME_SHORT[m.group()], name)
    if spelled != name and (info := lookup_full(_NATIONAL_SUFFIX.sub("", spelled))) is not None:
        return info.full  # "Kementerian Hukum dan HAM (RI)": the Kementerian Hukum dan Hak Asasi Manusia
    if spelled != name and known_openings(spelled) and not known_openings(name):
        return canonical_name(spelled)  # "Badan Pengawas Pemilu Kota X": the Bawaslu of Kota X
    base = _NATIONAL_SUFFIX.sub("", name)
    if base != name:
        info = lookup_full(base)
        if info is not None and info.scope == "national":
            return info.full
        words = base.split()
        for k in range(2, len(words)):
            body = lookup_full(" ".join(words[-k:]))
            if body is not None and body.scope == "national":
                return f"{' '.join(words[:-k])} {body.full}"  # "Komisi II DPR RI" is the DPR's Komisi II
        if name.endswith(" RI"):
            return f"{base} Republik Indonesia"  # "Kejaksaan RI" is "Kejaksaan Republik Indonesia"
    if name.startswith("Kementerian "):
        ministry = lookup_abbreviation(name.replace("Kementerian ", "Kemen", 1))
        if ministry is not None and ministry.full.startswith("Kementerian "):
            return ministry.full  # "Kementerian PU" is "KemenPU", the Kementerian Pekerjaan Umum
    if name.startswith("Partai "):
        party = lookup_abbreviation(name.removeprefix("Partai "))
        if party is not None and party.kind == "party":
            return party.full  # "Partai Golkar" is "Partai Golongan Karya"
    court = _SPECIAL_COURT.match(name)
    if court:
        kind = court.group("court")
        return f"Pengadilan {_SPECIAL_COURT_SHORT.get(kind, kind)} {court.group('town')}"
    unit = _BARE_REGION_UNIT.match(name)
    if unit:
        return f"{unit.group('unit')} {unit.group('region')}"
    rayon = _RAYON.match(name)
    if rayon:
        command = lookup_abbreviation(rayon.group("unit"))
        if command is not None and command.kind == "military":
            # "Koramil 0207/03 Sumbul": a rayon numbered within its district command, the
            # whole name as written after the unit (as "Koramil 0207/03 Sumbul" parses)
            return f"{command.full} {rayon.group('rest')}"
    numbered = _NUMBERED_COMMAND.match(name)
    if numbered:
        command = lookup_abbreviation(numbered.group("unit"))
        if command is not None and command.kind == "military":
            # "Kodim 0818/Kabupaten Malang-Batu", "Kodim 0818", "Dandim 0818"'s body: its number names it
            return f"{command.full} {numbered.group('number')}"
    short = _PROVINCE_UNIT.match(name)
    if short:
        # "Kepolisian Daerah Sulut" is the Polda of Sulawesi Utara: a province's short form spelled out
        from kg.gazetteer.regions import lookup

        found = [r for r in lookup(short.group("region")) if r.level == "provinsi"]
        if len(found) == 1 and found[0].name != short.group("region"):
            return f"{short.group('unit')} {found[0].name}"
    return name


@cache
def _full_prefixes() -> frozenset[str]:
    prefixes: set[str] = set()
    for info in known_organizations():
        words = full_key(info.full).split()
        prefixes.update(" ".join(words[: n + 1]) for n in range(len(words)))
    return frozenset(prefixes)


def is_full_prefix(phrase: str) -> bool:
    """Whether ``phrase`` begins some organisation's full name in the lexicon.

    >>> is_full_prefix("Kementerian Dalam"), is_full_prefix("Kementerian Dalam Rumah")
    (True, False)
    """
    return full_key(phrase) in _full_prefixes()


@cache
def written_forms(full: str) -> tuple[str, ...]:
    """Every abbreviation the lexicon writes a body's full name with, in the file's order.

    >>> written_forms("Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga")
    ('TP PKK', 'Tim Penggerak PKK', 'Tim PKK')
    """
    return tuple(info.abbr for info in known_organizations() if info.full == full)


@cache
def all_abbreviations() -> frozenset[str]:
    """Every abbreviation as written in the lexicon.

    >>> {"Bappeda", "Satpol PP", "PDI-P"} <= all_abbreviations()
    True
    """
    return frozenset(info.abbr for info in known_organizations())
