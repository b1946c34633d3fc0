"""The language-data loader (kg.lang) and the lists under kg/resources/lang/."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import lang
from kg.lang import LexiconError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "demo.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_comments_and_blank_lines_are_ignored(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "# what the list is for\n# columns: word, kind\n\nword\tkind\n\n# a note\nrapat\tMeeting\n"
    )
    assert lang.read(path, ("word", "kind")) == (("word", "kind"), (("rapat", "Meeting"),))


def test_duplicate_line_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "# demo\nword\nrapat\napel\nrapat\n")
    with pytest.raises(LexiconError, match=rf"^{path}:5: duplicate entry 'rapat' \(first on line 3\)"):
        lang.read(path)


def test_duplicate_ignoring_case_where_the_list_is_read_ignoring_case(tmp_path: Path) -> None:
    path = _write(tmp_path, "word\nrapat\nRapat\n")
    assert lang.read(path)[1] == (("rapat",), ("Rapat",))  # case-sensitive lists keep both
    with pytest.raises(LexiconError, match=rf"^{path}:3: duplicate"):
        lang.read(path, casefold=True)


def test_duplicate_key_in_a_table(tmp_path: Path) -> None:
    path = _write(tmp_path, "surface\trole\nKabid\tKepala Bidang\nKabid\tKepala Bagian\n")
    with pytest.raises(LexiconError, match=rf"^{path}:3: duplicate entry 'Kabid'"):
        lang.read(path)


def test_wrong_column_count_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "surface\trole\nKabid\tKepala Bidang\nKasi\n")
    with pytest.raises(LexiconError, match=rf"^{path}:3: expected 2 tab-separated field"):
        lang.read(path)
    path = _write(tmp_path, "surface\trole\nKabid\tKepala Bidang\textra\n")
    with pytest.raises(LexiconError, match=rf"^{path}:2: expected 2"):
        lang.read(path)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("word\nrapat \n", 2, "stray whitespace"),
        ("word\n rapat\n", 2, "stray whitespace"),
        ("word\nrapat  koordinasi\n", 2, "stray whitespace"),
        ("word\nrapat\r\n", 2, "stray whitespace"),
        ("surface\trole\nKabid\t\n", 2, "empty field"),
    ],
)
def test_malformed_fields(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(LexiconError, match=rf"^{path}:{line}: {message}"):
        lang.read(path)


def test_header_must_match_the_expected_columns(tmp_path: Path) -> None:
    path = _write(tmp_path, "# demo\nsurface\tcanonical\nPlt\tPelaksana Tugas\n")
    with pytest.raises(LexiconError, match=rf"^{path}:2: header must be surface \| role"):
        lang.read(path, ("surface", "role"))
    with pytest.raises(LexiconError, match=rf"^{path}:1: no header row"):
        lang.read(_write(tmp_path, "# only comments\n\n"))


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "demo.tsv"
    path.write_bytes(b"word\nrapat\xff\n")
    with pytest.raises(LexiconError, match=rf"^{path}:1: not UTF-8"):
        lang.read(path)


def test_lexicon_error_is_a_value_error() -> None:
    assert issubclass(LexiconError, ValueError)


def test_every_shipped_list_loads() -> None:
    """Any bad edit to a list under kg/resources/lang/ fails here with its file:line."""
    files = lang.list_files()
    assert len(files) >= 30
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("#"), f"{path}: start with a comment saying what the list is for"
        _header, rows = lang.read(path)
        assert rows, f"{path}: empty list"
        # the lists matched ignoring case must not hide a duplicate behind a capital
        lang.read(path, casefold=path.name in _CASEFOLDED)


_CASEFOLDED = {
    "degrees.tsv",
    "thing-class-nouns.tsv",
    "event-triggers.tsv",
    "performer-cues.tsv",
    "attendance-cues.tsv",
    "venue-modifiers.tsv",
    "ner-word-classes.tsv",
    "ner-abbreviations.tsv",
    "sentence-abbreviations.tsv",
    "name-abbreviations.tsv",
    "speech-verbs.tsv",
    "speaking-verbs.tsv",
    "event-stop-words.tsv",
    "event-name-lower-words.tsv",
    "verb-lookalikes.tsv",
}


def test_constants_are_built_from_the_files() -> None:
    from kg.extract import lexicon

    assert lexicon.TITLES["Sekda"].levels == frozenset({"kota", "kabupaten", "provinsi"})
    assert lexicon.TITLES["Presiden"].org is None
    assert lexicon.TITLES["Presiden"].fixed_org == "Pemerintah Republik Indonesia"
    assert lexicon.GOVERNMENT_ABBREVIATIONS["Pemda"] is None
    assert lexicon.CONTRACTED["Kadinkes"] == ("Kepala", "Dinkes")
    assert lexicon.RANKS[0] == max(lexicon.RANKS, key=len)
    assert lang.words("degrees", "degree", casefold=True) is lang.words("degrees", "degree", casefold=True)


def test_lists_of_other_modules_are_built_from_the_files() -> None:
    from kg.analyze import graph
    from kg.extract import events, quotes
    from kg.ner import features
    from kg.text import sentences

    assert features.LEXICON["kapolres"] == "TITLE" and features.LEXICON["di"] == "PREP"
    assert "plt" in sentences.ABBREVIATIONS
    assert "ujar" in quotes.SPEECH_VERBS
    assert events._ACTS["meresmikan"] == ("Peresmian", "Launch")
    assert graph.RELATION_LABELS_ID["led"] == "memimpin"
    assert next(iter(graph._HEADS.items())) == ("Kota", ("Wali Kota", "Wakil Wali Kota"))


def test_a_first_letter_lookahead_matches_where_its_words_begin() -> None:
    """lang.starts: under IGNORECASE a character class folds case as a literal does (the long s,
    the Kelvin sign, the dotless i), so the lookahead before an alternation rejects no match."""
    import re
    import string

    for first in string.ascii_letters + string.digits + "-'(":
        literal = re.compile(re.escape(first), re.IGNORECASE)
        gate = re.compile(lang.starts([first + "x"]), re.IGNORECASE)
        for code in [*range(0x3000), 0xFB05, 0xFB06]:  # Latin, Greek, Cyrillic, letterlike symbols
            char = chr(code)
            assert bool(literal.match(char)) == bool(gate.match(char)), (first, hex(code))
    assert lang.starts([]) == ""


_ALTERNATION_CHARS = "aAbB .k-'é\u212aſıİ"


@given(
    st.lists(st.text(_ALTERNATION_CHARS, max_size=5), min_size=1, max_size=12),
    st.lists(st.text(_ALTERNATION_CHARS, max_size=14), min_size=1, max_size=6),
)
@settings(max_examples=300, deadline=None)
def test_an_alternation_as_a_trie_matches_what_the_flat_one_does(words: list[str], texts: list[str]) -> None:
    """lang.alternation groups words that begin alike (issue #10): in any pattern, with or without
    IGNORECASE, it finds the same spans as the flat alternation of its words, longest first, even
    where a match must back off to a shorter word."""
    import re

    escaped = {re.escape(w): w for w in words}
    flat = lang._flat(escaped[e] for e in sorted(escaped, key=lambda e: (-len(e), e)))
    trie = lang.alternation(words)
    for flags in (0, re.IGNORECASE):
        for shape in ("(?:{})", r"\b(?:{})\b", "(?:{})(?:b|a)", "((?:{})+)k", "(?:{})$"):
            before, after = re.compile(shape.format(flat), flags), re.compile(shape.format(trie), flags)
            for text in texts:
                assert [m.span() + m.groups() for m in after.finditer(text)] == [
                    m.span() + m.groups() for m in before.finditer(text)
                ], (words, shape, flags, text, trie)


def test_an_alternation_shares_what_its_words_begin_with() -> None:
    assert lang.alternation(["rapat", "rapat kerja", "apel", "rapat"]) == r"rapat(?:\ kerja|)|apel"
    assert lang.alternation(["Rapat", "rapat"]) == "Rapat|rapat"  # written unlike: no shared branch
