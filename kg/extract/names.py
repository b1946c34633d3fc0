"""Person names: honorifics, ranks and degrees stripped into their own fields.

``Drs. H. Sutiaji`` → name ``Sutiaji``, prefixes ``Drs.``, ``H.``;
``Iwan Kurniawan, ST, MM`` → name ``Iwan Kurniawan``, suffixes ``ST``, ``MM``;
``Kombes Pol Nanang Haryono`` → name ``Nanang Haryono``, prefix ``Kombes Pol``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg import gazetteer, lang, paths
from kg.extract import lexicon
from kg.text.dates import MONTHS
from kg.text.tokens import Token

#: Lower-case words inside a personal name: "Ahmad bin Yusuf", "Ruud van der Berg", "Joao de Sousa",
#: the Batak "boru" (daughter of the clan) before a woman's clan name, "Rasmina br Ginting" ("br." too)
NAME_PARTICLES = frozenset(
    {"bin", "binti", "van", "von", "de", "der", "den", "dos", "al", "el", "da", "br", "br.", "boru"}
)
#: ... those of a lineage, which join a given name to a father's or a clan's: "Rotua boru Simbolon"
LINEAGE_PARTICLES = frozenset({"bin", "binti", "br", "br.", "boru"})
#: Stop words that are also given names, read as such between two name words ("Kohar Hari Santoso")
#: or after an honorific ("Drs. Hari Susanto")
_INNER_STOPWORDS = frozenset({"Hari"})
_MAX_NAME_TOKENS = 6


@dataclass(frozen=True)
class ParsedName:
    """A name found at a token position."""

    name: str
    start: int  # character offsets of the name proper (without prefixes and degrees)
    end: int
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    full_start: int  # with prefixes
    full_end: int  # with degrees
    next_index: int  # first token after the name and its degrees
    nickname: str | None = None  # quoted inside the name: "Muhammad 'Ucok' Hasibuan"


#: A Roman numeral as a word (a region's, a party's or a monarch's number).
ROMAN_NUMERAL = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X)$")
_ACRONYM_WORD = re.compile(r"^[A-Z]{2,6}$")
#: pe-/per-/ke- ... -an nouns with a stem of four letters or more ("pengamanan", not "Perlman").
_DERIVED_NOUN = re.compile(r"^(?:pe|pen|pem|peng|peny|per|ke)[a-z]{4,}an$")


@cache
def common_words() -> frozenset[str]:
    """Words Indonesian news writes in lower case (built by ``scripts/common_words.py``)."""
    return frozenset(paths.common_words().read_text(encoding="utf-8").split())


#: What follows a speaker's name or sets it off: a speech verb, "juga", "selaku", "yang".
SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:mengatakan|menyampaikan|menjelaskan|menyebut|menegaskan|mengungkapkan|menuturkan|"
    r"menilai|memandang|berharap|meminta|mengaku|menambahkan|memaparkan|mengimbau|mengajak|juga|pun|selaku|sebagai|"
    r"yang)\b",
    re.IGNORECASE,
)

#: Stems of police and prosecution units written as one word ("Dittipidsiber").
_UNIT_STEMS = tuple(lang.words("unit-stems", "stem"))
#: Arabic articles and particles a name joins with a hyphen: ``Al-Bannai``, ``El-Sisi``.
_ARTICLES = frozenset(lang.words("name-particles"))


#: "Sandra (26)", "MA (41 tahun)": a person's age in brackets right after the name or initials
AGE_AFTER = re.compile(r"\s*\(\s*\d{1,2}(?:\s+tahun)?\s*\)")


def hyphened_pair(name: str) -> bool:
    """``Harjono-Sulastri``, ``Sutrisno-Harjono``: two capitalised names joined by a hyphen, a pair.

    ``Shin Tae-yong`` (a Korean given name) and ``Faisal Al-Bannai`` (an Arabic article) are one name;
    so is a married woman's name ending in her husband's (``Maria Goreti Kana-Tallo``): a pair's names
    are of one or two words each.

    >>> hyphened_pair("Harjono-Sulastri"), hyphened_pair("Shin Tae-yong"), hyphened_pair("Faisal Al-Bannai")
    (True, False, False)
    >>> hyphened_pair("Eri Cahyadi-Armuji"), hyphened_pair("Maria Goreti Kana-Tallo")
    (True, False)
    """
    parts = name.split("-")
    if len(parts) == 2 and len(parts[0].split()) > 2 and len(parts[1].split()) == 1:
        words = [*parts[0].split(), parts[1]]
        if all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words):
            return False  # "Maria Goreti Kana-Tallo": three names or more, then her husband's
    return (
        len(parts) > 1
        and all(
            len(part.strip()) >= 3
            and part.strip()[:1].isupper()
            and part.split()[-1].lower() not in _ARTICLES
            for part in parts[:-1]
        )
        and parts[-1].strip()[:1].isupper()
    )


def ends_with_a_town(name: str) -> bool:
    """Whether a name of two words or more ends with a city's or regency's name: a thing or a
    quarter of a city named with the city ("Reog Ponorogo", "Darmo Surabaya"), or a body's last
    words ("Paguyuban Perajin Gerabah Sragen"), not a person."""
    words = name.split()
    return len(words) > 1 and bool(gazetteer.lookup(words[-1], {"kabupaten", "kota"}))


def plausible_person(name: str, lower_words: frozenset[str] = frozenset(), *, titled: bool = False) -> bool:
    """Whether a parsed name can be a person's: not a string of common words, nor a place.

    A one-word name found without a title must not be a common word
    ("Kasus", "Berdasarkan"), a region or a country; a longer one must not be
    common words only ("Bantuan Sosial", "Rilis Pers").

    >>> plausible_person("Kasus"), plausible_person("Bantuan Sosial"), plausible_person("Erik")
    (False, False, True)
    >>> plausible_person("Sutrisno-Harjono"), plausible_person("Shin Tae-yong")
    (False, True)
    >>> plausible_person("AM Alias KA"), plausible_person("Duta Besar"), plausible_person("Banda Aceh")
    (False, False, False)
    >>> plausible_person("Dittipidsiber"), plausible_person("Kortas Tipikor")
    (False, False)
    """
    words = name.split()
    common = common_words()
    if all(w.lower() in common or w.lower() in lower_words for w in words):
        return False
    inner = words[1:-1] if words[0] == "I" else words[:-1]  # "I Made ...": a Balinese name's first word
    if any(ROMAN_NUMERAL.match(w) for w in inner):
        return (
            False  # "Teradu VII Bernard ...": a numbered party, not a name ("Hamengku Buwono X" ends on it)
        )
    if all(_ACRONYM_WORD.match(w) for w in words):
        return False  # "BEM UI": a body's acronyms
    if hyphened_pair(name):
        return False  # "Harjono-Sulastri": a candidate pair, two persons
    if name in lexicon.COUNTRIES or name in lexicon.WORLD_PLACES:
        return False  # "Menteri Haji dan Umrah Arab Saudi": the office's country
    if any(w.lower() == "alias" for w in words) or words[0] in lexicon.TITLE_FIRST_WORDS:
        return False  # "AM Alias KA": two names; "Duta Besar": an office
    if any(stem in w.lower() for w in words for stem in _UNIT_STEMS):
        return False  # "Ditsiber", "Kortas Tipikor": a police or prosecution unit
    if len(words) > 1 and gazetteer.lookup(name, gazetteer.TOWN_LEVELS):
        return False  # "Banda Aceh": a region
    if len(words) > 1 and any(_ACRONYM_WORD.match(w) for w in words) and gazetteer.lookup_abbreviation(name):
        return False  # "Satpol PP": a body's short name
    if len(words) > 1 and all(w in lexicon.INSTITUTION_WORDS for w in words):
        return False  # "Kepala Staf Angkatan Darat": words of a body's name, after a title
    if len(words) > 1:
        return True
    if _DERIVED_NOUN.match(words[0].lower()):
        return False  # "Pengamanan": a noun of an office's portfolio
    word = words[0]
    if len(word) < 3 or word.lower().endswith("nya") or word in lexicon.STOPWORDS:
        return False
    if word in lexicon.COUNTRIES or any(word in country.split() for country in lexicon.COUNTRIES):
        return False  # "Saudi" of "Arab Saudi"
    if titled and word.lower() in lower_words:
        return False
    if word.isupper() and len(word) <= 5:
        return False  # an acronym: an institution more often than a nickname
    return not gazetteer.lookup(word, gazetteer.TOWN_LEVELS)


def _ranks_by_first_word() -> dict[str, tuple[str, ...]]:
    """The ranks by their first word, each group in lexicon order (only these can start at a token)."""
    groups: dict[str, list[str]] = {}
    for rank in lexicon.RANKS:
        groups.setdefault(rank.split()[0], []).append(rank)
    return {word: tuple(group) for word, group in groups.items()}


_RANKS_BY_FIRST = _ranks_by_first_word()


def match_rank(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The police or military rank starting at token ``i``, and the index after it."""
    if i >= len(tokens):
        return None
    for rank in _RANKS_BY_FIRST.get(tokens[i].bare, ()):
        words = rank.split()
        if i + len(words) <= len(tokens) and all(tokens[i + k].bare == w for k, w in enumerate(words)):
            return rank, i + len(words)
    return None


def _rank_marker(tokens: list[Token], i: int) -> bool:
    """``(K)``, ``(P)``, ``(Purn)`` at token ``i``, right after a rank or its corps."""
    return (
        i + 2 < len(tokens)
        and tokens[i].text == "("
        and tokens[i + 1].bare in lexicon.RANK_MARKERS
        and tokens[i + 2].text == ")"
    )


def _name_goes_on(tokens: list[Token], i: int, blocked: frozenset[str]) -> bool:
    """Whether a name word follows at token ``i``, after at most one more particle ("van der Berg")."""
    if i < len(tokens) and tokens[i].text in NAME_PARTICLES:
        i += 1
    return i < len(tokens) and is_name_word(tokens[i], blocked)


def _degrees_close(tokens: list[Token], i: int, blocked: frozenset[str]) -> bool:
    """Whether name words from token ``i`` on end, after a comma, with a degree: "Hari Susanto, S.E." is
    a person's name opening with a stop word ("Hari Jadi ..." is no one's)."""
    k = i
    while k < len(tokens) and k - i < _MAX_NAME_TOKENS and is_name_word(tokens[k], blocked):
        k += 1
    return k > i and k + 1 < len(tokens) and tokens[k].text == "," and lexicon.is_degree(tokens[k + 1].text)


def is_name_word(token: Token, blocked: frozenset[str] = frozenset()) -> bool:
    """A token that can be part of a personal name ("al-Derazi": an Arabic article and a name)."""
    word = token.bare
    article, dash, rest = word.partition("-")
    if dash and article in _ARTICLES and rest[:1].isupper():
        word = rest
    if not word[:1].isupper() or not word.replace("'", "").replace("’", "").replace("-", "").isalpha():
        return False
    if word in lexicon.STOPWORDS or word in blocked or word in lexicon.ORG_HEAD_WORDS:
        return False
    if (
        word in lexicon.TITLES
        or word in lexicon.POSITIONS
        or word in lexicon.ACTING
        # (a corps after a rank is read with the rank: "Letkol Inf"; elsewhere "Kum" may be a surname)
        or (word in lexicon.RANK_WORDS and word not in lexicon.CORPS)
    ):
        return False
    if word in lexicon.COUNTRIES or word in gazetteer.all_abbreviations():
        return False  # "Kemenkeu", "KPK", "AS": an institution or country, not a name
    return not (lexicon.is_degree(token.text) and _written_as_a_degree(token.text, word))


def _written_as_a_degree(text: str, word: str) -> bool:
    """Whether a word that spells a degree is written as one: ``ST``, ``S.Sos``, ``SPd``, ``MSi``.

    Capitals only or with dots (four letters at most: "Sari" may be a name), or a capital
    after the first letter ("SPd", "SSos", "SIKom"), which no personal name has.
    """
    if "." in text or word.isupper():
        return len(word) <= 4
    return len(word) <= 5 and word[1:2].isupper() and word[-1].islower()


def _noble_second_word(tokens: list[Token], i: int, prefixes: list[str]) -> bool:
    """Whether token ``i`` is the second word of a two-word title of nobility whose first word is the
    honorific before it ("Ayu" of "Raden Ayu Siti Marpaung"), a name after it."""
    return (
        bool(prefixes)
        and f"{prefixes[-1]} {tokens[i].text}" in lexicon.NOBLE_TITLES
        and i + 1 < len(tokens)
        and tokens[i + 1].capitalised
    )


def parse_name(
    text: str,
    tokens: list[Token],
    i: int,
    *,
    blocked: frozenset[str] = frozenset(),
    allow_prefix: bool = True,
    after_title: bool = False,
) -> ParsedName | None:
    """The personal name starting at token ``i`` (after optional honorifics and ranks); ``after_title``
    when an office's title stands right before it, after which a stop word that is also a given name
    opens it ("Pj. Wali Kota Sibolga Hari Pardede")."""
    prefixes: list[str] = []
    full_start = tokens[i].start if i < len(tokens) else 0
    while allow_prefix and i < len(tokens):
        rank = match_rank(tokens, i)
        if rank:
            prefixes.append(rank[0])
            i = rank[1]
            if (
                i < len(tokens)
                and tokens[i].bare in lexicon.CORPS
                and rank[0].split()[-1] not in lexicon.CORPS
            ):
                prefixes[-1] = f"{rank[0]} {tokens[i].bare}"  # "Letkol Arm", "Kolonel Inf"
                i += 1
            if _rank_marker(tokens, i):
                prefixes[-1] = f"{prefixes[-1]} ({tokens[i + 1].bare})"  # "Kolonel Chk (K)", "Kolonel (Purn)"
                i += 3
        elif (
            (
                tokens[i].text in lexicon.HONORIFICS
                or tokens[i].bare in {"KH", "H", "Hj"}
                or (tokens[i].text == "Prof" and i + 1 < len(tokens) and tokens[i + 1].capitalised)
                # "H. M. Sanusi" is "H.M. Sanusi" and "HM Sanusi", which the honorifics list as one
                or (
                    tokens[i].text == "M."
                    and prefixes[-1:] == ["H."]
                    and i + 1 < len(tokens)
                    and tokens[i + 1].capitalised
                )
                # "Datuk Seri H. Wan ...", "Tan Sri ...": the Malay title's second word; "Tuan Guru Haji ...":
                # the Sasak teacher's (TGH)
                or (tokens[i].text in {"Seri", "Sri"} and prefixes[-1:] in (["Datuk"], ["Dato"], ["Tan"]))
                or (tokens[i].text == "Guru" and prefixes[-1:] == ["Tuan"])
                or _noble_second_word(tokens, i, prefixes)
            )
            and not _balinese_caste_name(tokens, i)
        ):  # ("Prof Ghufron": the honorific without its full stop)
            if _noble_second_word(tokens, i, prefixes):
                prefixes[-1] = f"{prefixes[-1]} {tokens[i].text}"  # "Raden Ayu Siti ...": one title
            else:
                prefixes.append(tokens[i].text)
            i += 1
        else:
            break
    words: list[Token] = []
    quoted: int | None = None  # index of the opening quote of a nickname inside the name
    while i < len(tokens) and len(words) < _MAX_NAME_TOKENS:
        token = tokens[i]
        if words and "\n" in text[words[-1].end : token.start]:
            break  # "Sambutan\nMuhammad Nur, ...": a heading's line, then the name; no name runs across lines
        if words and token.text in lexicon.ADAT_TITLES and i + 1 < len(tokens) and tokens[i + 1].capitalised:
            # "Rusli Datuak Bagindo Sati": the name, then the title its clan gave it (but "Irwan Sutan,
            # M.M.": a name's last word)
            break
        if words and quoted is None and _quoted_nickname(tokens, i, blocked):
            quoted = i  # "Muhammad 'Ucok' Hasibuan": the name goes on after the quotes
            i += 3
            continue
        if (
            is_name_word(token, blocked)
            or (_initial(token, tokens, i) and words)
            or _month_in_name(tokens, i, words, blocked)
        ):
            words.append(token)
            i += 1
            if token.text.endswith(".") and not _initial(token, tokens, i - 1):
                break  # sentence end
        elif (
            (token.text in NAME_PARTICLES and words)
            # "Drs. Hari Susanto Wijaya": after an honorific or a rank the stop word opens the name too
            or (
                token.text in _INNER_STOPWORDS
                and (words or prefixes or after_title or _degrees_close(tokens, i + 1, blocked))
            )
        ) and _name_goes_on(tokens, i + 1, blocked):
            words.append(token)
            i += 1
        elif _initial(token, tokens, i) and i + 1 < len(tokens) and is_name_word(tokens[i + 1], blocked):
            words.append(token)  # "M. Anton": an initial opens a name
            i += 1
        elif not words and _initials_spelt_as_a_degree(tokens, i, blocked):
            words.append(token)  # "ST Harahap": initials before a surname, not a degree after a name
            i += 1
        elif not words and _sasak_opener(tokens, i, blocked, after_honorific=bool(prefixes)):
            words.append(token)  # "H. Lalu Rusdiansyah", "Kepala Desa Mertak, Lalu Sahnan"
            i += 1
        else:
            break
    while words and words[-1].text in NAME_PARTICLES:
        words.pop()
        i -= 1
    if not words:
        return None
    start, end = words[0].start, words[-1].bare_end
    dash = re.search(r"-([a-z]+)$", text[start:end])
    if dash and dash.group(1) in common_words():
        end = start + dash.start()  # "M. Atras Mafazi-turut menyambut": a dash, then the sentence goes on
    adat, i, full_end = _adat_title(tokens, i, end)
    suffixes, i, full_end = _degrees(tokens, i, full_end)
    if suffixes and not adat:
        adat, i, full_end = _adat_title(tokens, i, full_end)  # "Rusli, M.T. Datuak Bagindo Sati"
        suffixes = [*suffixes, *adat]
    else:
        suffixes = [*adat, *suffixes]
    name, nickname = text[start:end], None
    if quoted is not None and tokens[quoted].start < end:
        nickname = tokens[quoted + 1].bare
        name = f"{text[start : tokens[quoted].start].rstrip()} {text[tokens[quoted + 2].end : end].lstrip()}"
    return ParsedName(name, start, end, tuple(prefixes), tuple(suffixes), full_start, full_end, i, nickname)


_OPENING_QUOTES = {"'": "'", "‘": "’", '"': '"', "“": "”"}


def _quoted_nickname(tokens: list[Token], i: int, blocked: frozenset[str]) -> bool:
    """``'Ucok'`` at token ``i``, between two words of a name: a nickname written inside it."""
    if i + 3 >= len(tokens) or tokens[i].text not in _OPENING_QUOTES:
        return False
    nick, close, after = tokens[i + 1], tokens[i + 2], tokens[i + 3]
    return (
        close.text == _OPENING_QUOTES[tokens[i].text]
        and nick.capitalised
        and nick.text == nick.bare
        and is_name_word(after, blocked)
    )


def _sasak_opener(tokens: list[Token], i: int, blocked: frozenset[str], *, after_honorific: bool) -> bool:
    """``Lalu`` or ``Baiq`` at token ``i`` opening a Sasak name before a name word: after an honorific
    or inside a sentence, never at a sentence's start, where "Lalu" is "then"; and ``La Ode`` or
    ``Wa Ode``, which open a Butonese name anywhere."""
    if i + 1 < len(tokens) and (tokens[i].text, tokens[i + 1].text) in lexicon.BUTONESE_OPENERS:
        return True  # "La Ode Arfan", "Wa Ode Sania": a Butonese noble's name
    if tokens[i].text not in lexicon.SASAK_OPENERS or i + 1 >= len(tokens):
        return False
    if not is_name_word(tokens[i + 1], blocked) or tokens[i + 1].bare == "Lintas":
        return False  # ("Lalu Lintas": traffic)
    return after_honorific or (i > 0 and tokens[i - 1].text not in {".", "!", "?", '"', "“", "”", ":"})


def _balinese_caste_name(tokens: list[Token], i: int) -> bool:
    """``Ida Bagus ...``, ``Ida Ayu ...``: "Ida" opens a Balinese name here, not a priest's honorific."""
    return i + 1 < len(tokens) and (tokens[i].text, tokens[i + 1].bare) in lexicon.BALINESE_NOBLE_TITLES


_MONTHS = frozenset(m.capitalize() for m in MONTHS)


def _month_in_name(tokens: list[Token], i: int, words: list[Token], blocked: frozenset[str]) -> bool:
    """``Hendra Juni``, ``Putu Juli Astawa``, ``Juli Astuti``: a month's name inside a personal name, not a date.

    After a name word; or opening a name before one, right after a title's capitalised run ("Camat
    Juli Astuti", "Kepala Dinas Sosial Juli Astuti"), not after a word opening a sentence ("Sejak Juli
    Budi ..."). Only when no day or year is next to it.
    """
    token = tokens[i]
    if token.text not in _MONTHS:
        return False
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if not words:
        return (
            i > 0
            and tokens[i - 1].bare[:1].isupper()
            and (tokens[i - 1].bare in lexicon.TITLE_FIRST_WORDS or not _opens_a_sentence(tokens, i - 1))
            and i + 1 < len(tokens)
            and after not in _MONTHS
            and is_name_word(tokens[i + 1], blocked)
        )
    return not after[:1].isdigit() and not words[-1].text[:1].isdigit()


def _opens_a_sentence(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is the first of a sentence (or of a quotation)."""
    return i == 0 or tokens[i - 1].text.endswith((".", "!", "?", '"', "“", "”", ":"))


def _initials_spelt_as_a_degree(tokens: list[Token], i: int, blocked: frozenset[str]) -> bool:
    """``ST`` of ``ST Harahap``: capital initials that spell a degree, opening a name before a surname.

    A degree follows a name; written before a capitalised word it is the name's initials.
    """
    token = tokens[i]
    word = token.bare
    return (
        token.text == word
        and 2 <= len(word) <= 3
        and word.isalpha()
        and word.isupper()
        and lexicon.is_degree(word)
        and word not in blocked
        and i + 1 < len(tokens)
        and tokens[i + 1].bare[1:2].islower()
        and is_name_word(tokens[i + 1], blocked)
    )


def _initial(token: Token, tokens: list[Token], i: int) -> bool:
    """``M.`` or ``A.`` as an initial inside a name, or a given name written short (``Moch.``, ``Muh.``)."""
    if token.text[-1:] != ".":
        return False
    return (len(token.text) == 2 and token.text[0].isupper()) or token.bare in lexicon.NAME_ABBREVIATIONS


#: the most words an adat title's name has ("Datuak Sinaro Nan Panjang")
_ADAT_TITLE_WORDS = 4


def _adat_title(tokens: list[Token], i: int, end: int) -> tuple[list[str], int, int]:
    """The adat title at token ``i`` right after a name ending at ``end`` (``Datuak Bagindo Sati``): the
    title as a suffix, the token after it and where it ends; nothing if there is none."""
    if i >= len(tokens) or tokens[i].text not in lexicon.ADAT_TITLES or tokens[i].start != end + 1:
        return [], i, end
    k = i + 1
    while k < len(tokens) and k - i <= _ADAT_TITLE_WORDS and tokens[k].capitalised:
        k += 1
        if tokens[k - 1].text != tokens[k - 1].bare:
            break  # "Datuak Bagindo Sati. Ia ...", "Datuak Bagindo Sati, M.Pd."
    if k == i + 1:
        return [], i, end
    words = [tokens[i].text, *(t.bare for t in tokens[i + 1 : k])]
    return [" ".join(words)], k, tokens[k - 1].bare_end


def _degrees(tokens: list[Token], i: int, end: int) -> tuple[list[str], int, int]:
    """Degrees after a name: ``, S.T., M.M.`` or ``, ST, MM`` or ``S.Sos``."""
    suffixes: list[str] = []
    full_end = end
    while i < len(tokens):
        j = i + 1 if tokens[i].text == "," else i
        if j >= len(tokens):
            break
        token = tokens[j]
        joined = token.text
        step = 1
        if (
            j + 1 < len(tokens)
            and tokens[j + 1].start == token.end + 1
            and lexicon.is_degree(token.text + tokens[j + 1].text)
        ):
            joined, step = token.text + " " + tokens[j + 1].text, 2  # "S. Sos"
        if not lexicon.is_degree(joined.replace(" ", "")):
            break
        if joined.endswith(".") and not any(ch == "." for ch in joined[:-1]) and len(joined) > 3:
            joined = joined[:-1]  # "MM." at a sentence end
        suffixes.append(joined)
        full_end = tokens[j + step - 1].end
        i = j + step
    return suffixes, i, full_end
