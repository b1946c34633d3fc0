"""Word tokens with character offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg import lang

# A word may hold inner dots, apostrophes and hyphens (S.T., Oro-oro), slashes between digits
# (19/11/2024) and one trailing dot (Pj.); "TNI/Polri" is three tokens. Any other non-space
# character is a token of its own.


def _title_words() -> list[str]:
    """First words of titles and positions (kg/resources/lang/id), longest first."""
    titles = lang.table("titles", ("surface", "role", "org", "levels", "fixed_org", "short"))
    positions = lang.table("positions", ("surface", "role"))
    words = {row[0].split()[0] for row in (*titles, *positions)}
    return sorted((w for w in words if w[:1].isupper() and w.isalpha() and len(w) > 3), key=len, reverse=True)


# A list number glued to the word before it by a scraper ("Hadi Santoso2. Kepala ...") is a
# token of its own, so the name ends where the word does; so is a title glued to the name before
# it when a line break was lost ("Made MahayastraSekretaris Daerah ...").
# Both readings need a lower-case letter of the word followed by a digit (the list number) or by
# a letter a title begins with: one lookahead checks that first (it only rules out what both
# readings would), so a plain word is scanned once before it is read as a word, instead of by each
# reading in turn; the glued-title reading checks its own half again, so no word is tried against
# every title at every letter.
_TITLE_WORDS = _title_words()
_TITLE_FIRSTS = "".join(sorted({re.escape(w[0]) for w in _TITLE_WORDS}))
_TOKEN = re.compile(
    rf"(?=[^\W\d_]*?[a-z][\d{_TITLE_FIRSTS}])"
    r"(?:[^\W\d_]*[a-z](?=\d{1,2}\.\s)"
    rf"|(?=[^\W\d_]*?[a-z][{_TITLE_FIRSTS}])[^\W\d_]{{2,}}[a-z](?=(?:{'|'.join(_TITLE_WORDS)})\b))"
    r"|\w+(?:[.'’\-]\w+|(?<=\d)/\d+)*\.?|[^\w\s]"
)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    #: the word without a trailing period; set once here because the extractors ask for it often
    bare: str = field(init=False, repr=False, compare=False)
    #: whether the word starts with a capital; likewise
    capitalised: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "bare", _bare(self.text))
        object.__setattr__(self, "capitalised", self.text[:1].isupper())

    @property
    def bare_end(self) -> int:
        """Where the word ends without its trailing period."""
        return self.start + len(self.bare)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    >>> [t.text for t in tokenize("Pj. Wali Kota (Sekda) S.T., MM.")]
    ['Pj.', 'Wali', 'Kota', '(', 'Sekda', ')', 'S.T.', ',', 'MM.']
    >>> [t.text for t in tokenize("TNI/Polri, (19/11/2024)")]
    ['TNI', '/', 'Polri', ',', '(', '19/11/2024', ')']
    >>> [t.text for t in tokenize("Agus Setiawan6. Menteri")]
    ['Agus', 'Setiawan', '6.', 'Menteri']
    >>> [t.text for t in tokenize("Made MahayastraSekretaris Daerah")]
    ['Made', 'Mahayastra', 'Sekretaris', 'Daerah']
    """
    end = len(text) if end is None else end
    tokens = []
    for m in _TOKEN.finditer(text[start:end]):
        word = m.group()
        first, last = m.span()
        # Every field at once, as __init__ and __post_init__ set them (the bare word as _bare
        # writes it): a frozen dataclass's __init__ sets each through object.__setattr__, and
        # tokens are made by the hundred thousand.
        token = _new(Token)
        _set(token, "__dict__", {
            "start": first + start,
            "end": last + start,
            "text": word,
            "bare": word[:-1] if word[-1] == "." and len(word) > 1 else word,
            "capitalised": word[:1].isupper(),
        })  # fmt: skip
        tokens.append(token)
    return tokens


_new = object.__new__
_set = object.__setattr__


def glued_apostrophe(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` is an apostrophe that ends the word before it, with a capitalised word of
    the same name after it (``Jami'`` of "Masjid Jami' Baiturrahim"); a quotation closed before a lower-case
    word is none (one closed before a capitalised word looks the same: ask inside a name).

    >>> tokens = tokenize("di Masjid Jami' Baiturrahim, kata 'Budi' kemarin")
    >>> [t.text for j, t in enumerate(tokens) if glued_apostrophe(tokens, j)]
    ["'"]
    """
    return (
        0 < j < len(tokens) - 1
        and tokens[j].text in {"'", "’"}
        and tokens[j].start == tokens[j - 1].end
        and tokens[j - 1].text.isalpha()
        and tokens[j + 1].start == tokens[j].end + 1
        and tokens[j + 1].capitalised
    )


def _bare(text: str) -> str:
    return text[:-1] if text.endswith(".") and len(text) > 1 else text


def occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands in ``text`` with no word character or hyphen touching it, in order.

    The same spans as ``re.finditer(rf"(?<![\\w-]){re.escape(word)}(?![\\w-])", text)`` (``\\w``
    is what :meth:`str.isalnum` or ``_`` accepts), without compiling a pattern for every name an
    article defines: those miss ``re``'s cache.

    >>> list(occurrences("KLA, bukan KLAS atau e-KLA; KLA", "KLA"))
    [(0, 3), (28, 31)]
    """
    if not word:  # the pattern matches empty at every free position; nothing asks for that
        yield from (m.span() for m in re.finditer(r"(?<![\w-])(?![\w-])", text))
        return
    size = len(word)
    at = text.find(word)
    while at != -1:
        end = at + size
        if (at == 0 or not _joins(text[at - 1])) and (end == len(text) or not _joins(text[end])):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _joins(char: str) -> bool:
    """Whether ``char`` would continue a word: ``[\\w-]``."""
    return char.isalnum() or char in "_-"
