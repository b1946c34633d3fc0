"""Indonesian text helpers: dates, sentences, tokens, normalisation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.text.dates import find_dates
from kg.text.normalize import clean, identity_key
from kg.text.sentences import split
from kg.text.tokens import Token, tokenize


def values(text: str, published: str | None = None) -> list[str]:
    return [d.value for d in find_dates(text, published)]


def test_a_weekday_before_lalu_is_that_day_but_minggu_lalu_is_last_week() -> None:
    assert values("Ia hadir pada Senin lalu.", "2024-03-14") == ["2024-03-11"]
    assert values("Ia hadir pada Minggu lalu.", "2024-03-14") == ["2024-03-10"]
    assert values("Harga naik minggu lalu. Minggu lalu harga naik.", "2024-03-14") == []
    assert values("Ia datang dua belas hari lalu.", "2024-03-14") == ["2024-03-02"]


def test_weekday_with_numeric_date() -> None:
    assert values("Rapat digelar Selasa (19/11/2024) di Balai Kota.") == ["2024-11-19"]


def test_date_without_year_takes_the_article_year() -> None:
    assert values("Apel digelar Jumat malam (8/8).", "2025-08-09") == ["2025-08-08"]
    assert values("Senin (18/11/2024) dan Minggu (17/11)") == ["2024-11-18", "2024-11-17"]


def test_written_dates_and_ranges() -> None:
    assert values("pemilihan pada 27 November mendatang", "2024-11-20") == ["2024-11-27"]
    [span] = find_dates("Festival digelar 27-30 Oktober 2025.")
    assert (span.value, span.end_value) == ("2025-10-27", "2025-10-30")


def test_relative_dates_against_publication() -> None:
    assert values("menjabat empat bulan lalu", "2024-11-18") == ["2024-07-21"]


def test_impossible_dates_are_skipped_not_raised() -> None:
    assert values("Kamis (31/2/2024) dan (45/13)") == []


@given(st.text())
def test_dates_never_crash(text: str) -> None:
    for d in find_dates(text, "2024-01-01"):
        assert 0 <= d.start < d.end <= len(text)


def test_a_time_zone_after_a_time_ends_the_sentence() -> None:
    text = (
        "Api padam sekitar pukul 15.30 WIB. Warga kemudian pulang. Kapal tiba pukul 08.00 WITA. Ia disambut."
    )
    assert [s.text for s in split(text)] == [
        "Api padam sekitar pukul 15.30 WIB.",
        "Warga kemudian pulang.",
        "Kapal tiba pukul 08.00 WITA.",
        "Ia disambut.",
    ]
    assert [s.text for s in split("Rombongan mendarat pukul 11.00 WIT. Bupati Fulan menyambut.")] == [
        "Rombongan mendarat pukul 11.00 WIT.",
        "Bupati Fulan menyambut.",
    ]


def test_titles_and_address_abbreviations_still_do_not_end_the_sentence() -> None:
    text = "Plt. Kepala Dinas dr. Fulan hadir di Jl. Mawar No. 7 pukul 10.00 WIB. Ia membuka acara."
    assert [s.text for s in split(text)] == [
        "Plt. Kepala Dinas dr. Fulan hadir di Jl. Mawar No. 7 pukul 10.00 WIB.",
        "Ia membuka acara.",
    ]


def test_a_given_name_written_short_does_not_end_the_sentence() -> None:
    text = "Ketua DPRD H. Moch. Sulaiman hadir di Jalan Muh. Yamin, Rabu (22/5/2024). Ia membuka acara."
    assert [s.text for s in split(text)] == [
        "Ketua DPRD H. Moch. Sulaiman hadir di Jalan Muh. Yamin, Rabu (22/5/2024).",
        "Ia membuka acara.",
    ]


def test_an_honorific_written_with_a_period_does_not_end_the_sentence() -> None:
    text = "Hadir Kadis Peternakan drh. Tumpal Sinaga dan Kepala Puskesmas drg. Romauli Simbolon. Ia membuka acara."
    assert [s.text for s in split(text)] == [
        "Hadir Kadis Peternakan drh. Tumpal Sinaga dan Kepala Puskesmas drg. Romauli Simbolon.",
        "Ia membuka acara.",
    ]


@given(st.text())
def test_tokens_and_sentences_cover_the_text(text: str) -> None:
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text and not t.text.isspace()
    for s in split(text):
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text


def test_sentences_keep_titles_together() -> None:
    text = "Pj. Wali Kota Malang hadir. Ia didampingi Plt. Kepala Dinas."
    assert [s.text for s in split(text)] == [
        "Pj. Wali Kota Malang hadir.",
        "Ia didampingi Plt. Kepala Dinas.",
    ]


def test_identity_ignores_case_punctuation_and_invisibles() -> None:
    assert identity_key("Iwan\u200b KURNIAWAN.") == identity_key("iwan kurniawan")
    assert clean(" a\nb\x00c ") == "a b c"


def test_typo_years_fall_back_to_the_article_year() -> None:
    assert values("Senin (13/10/3025) di Labuan Bajo", "2025-10-14") == ["2025-10-13"]
    assert values("Senin (6/10/25)") == ["2025-10-06"]


def test_quarters_and_semesters_are_date_ranges() -> None:
    [span] = find_dates("Berbagai prestasi ditorehkan pada kuartal akhir tahun 2024.")
    assert (span.value, span.end_value) == ("2024-10-01", "2024-12-31")
    [span] = find_dates("realisasi semester I 2025")
    assert (span.value, span.end_value) == ("2025-01-01", "2025-06-30")


@given(st.text(alphabet=st.sampled_from("aZ09 .,-/'’()\nPj.Sekretaris"), max_size=60))
def test_tokens_are_made_as_their_constructor_makes_them(text: str) -> None:
    """tokenize fills each Token's fields directly: the result must be what Token(start, end, text) gives."""
    for token in tokenize(text):
        made = Token(token.start, token.end, token.text)
        assert token == made and vars(token) == vars(made) and hash(token) == hash(made)


@given(st.text(alphabet=st.sampled_from("aeZ0 .\nPjMSKWBkepalsuti"), max_size=60) | st.text(max_size=30))
def test_the_glued_title_guard_changes_no_token(text: str) -> None:
    """The lookahead before the glued-title reading only skips what that reading would reject."""
    import re

    from kg.text import tokens

    unguarded = re.compile(
        r"[^\W\d_]*[a-z](?=\d{1,2}\.\s)"
        rf"|[^\W\d_]{{2,}}[a-z](?=(?:{'|'.join(tokens._TITLE_WORDS)})\b)"
        r"|\w+(?:[.'’\-]\w+|(?<=\d)/\d+)*\.?|[^\w\s]"
    )
    for glued in ("", "MahayastraSekretaris Daerah ", "WalikotaKepala "):
        assert [m.span() for m in tokens._TOKEN.finditer(glued + text)] == [
            m.span() for m in unguarded.finditer(glued + text)
        ]


def test_yesterday_and_last_weekday_are_days_before_publication() -> None:
    from kg.text.dates import find_dates

    found = find_dates("Rapat digelar kemarin. Pada Senin lalu ia hadir. Tahun kemarin tidak.", "2024-03-14")
    assert [d.value for d in found] == ["2024-03-13", "2024-03-11"]
    written = find_dates("Rapat itu digelar Minggu (13/10/2025) malam kemarin.", "2025-10-14")
    assert [d.value for d in written] == ["2025-10-13"]


def test_a_range_of_days_in_brackets() -> None:
    [span] = find_dates("Festival digelar Jumat-Minggu (27-29/6/2025) di alun-alun.")
    assert (span.value, span.end_value) == ("2025-06-27", "2025-06-29")
    assert values("Rapat Senin (30-6-2025).") == ["2025-06-30"]


def test_a_day_of_long_ago_is_no_day_of_the_articles_year() -> None:
    """ "pada 10 Maret 1478": a founding day centuries ago, not 10 March of the article's year."""
    assert values("Hari jadi merujuk pada pengangkatan sang adipati pada 10 Maret 1478.", "2024-03-10") == []
    assert values("Proklamasi dibacakan pada 17 Agustus 1945.", "2024-11-12") == ["1945-08-17"]


def test_a_day_and_month_after_a_venues_first_word_name_the_venue_not_a_day() -> None:
    said = "Bupati meninjau Pasar 10 November dan Lapangan 17 Agustus, Kamis (6/2/2025), lalu ke Jl. 1 Mei."
    assert [d.value for d in find_dates(said, "2025-02-06")] == ["2025-02-06"]
    assert [d.value for d in find_dates("Pada 17 Agustus 2024 upacara digelar di Lapangan Sitinjo.")] == [
        "2024-08-17"
    ]


def test_a_weekday_some_days_after_the_day_told_is_read_from_that_day() -> None:
    """``Rapat ..., Kamis (3/10/2019). ... rampung 26 September lalu ... Dua hari kemudian, Sabtu, ...``:
    two days after the Thursday told, the Saturday after it (not the one before publication, nor two
    days after a day recalled in passing)."""
    text = (
        "Bupati Samosir membuka rapat koordinasi di Pangururan, Kamis (3/10/2019). Embung desa itu rampung "
        "26 September lalu.\n\nDua hari kemudian, Sabtu, Bupati meninjau pemasangan pompa di "
        "Desa Tomok."
    )
    days = {text[d.start : d.end]: d.value for d in find_dates(text, "2019-10-04")}
    assert days["Sabtu"] == "2019-10-05"


@pytest.mark.parametrize(
    "opening", ["Pada hari yang sama", "Sore harinya", "Pada sore harinya", "Malam harinya"]
)
def test_a_sentence_opening_on_the_same_day_or_a_time_of_it_is_that_day(opening: str) -> None:
    text = f"Apel siaga digelar di Pangururan, Senin (22/7/2024). {opening}, tim gabungan berpatroli ke Desa Tomok."
    days = [(text[d.start : d.end], d.value) for d in find_dates(text, "2024-07-25")]
    assert days[-1] == (f"{opening},", "2024-07-22")


def test_a_time_of_that_day_is_the_day_named_last_however_much_was_told_since() -> None:
    """``Siang harinya,`` after paragraphs of what was said at the morning's muster: that day still."""
    said = "Bupati Samosir meminta warga tidak membakar lahan. Camat Simanindo menyiapkan posko siaga. " * 6
    text = f"Apel siaga digelar di Pangururan, Senin (22/7/2024).\n\n{said}\n\nSiang harinya, tim gabungan berpatroli ke Desa Tomok."
    days = [(text[d.start : d.end], d.value) for d in find_dates(text, "2024-07-25")]
    assert days[-1] == ("Siang harinya,", "2024-07-22")


def test_that_day_far_from_any_day_named_is_none() -> None:
    """``Hari itu,`` paragraphs away from the last day named points at no day the text makes sure of."""
    said = "Bupati Samosir meminta warga tidak membakar lahan. Camat Simanindo menyiapkan posko siaga. " * 6
    text = f"Apel siaga digelar di Pangururan, Senin (22/7/2024).\n\n{said}\n\nHari itu, tim gabungan berpatroli ke Desa Tomok."
    assert [text[d.start : d.end] for d in find_dates(text, "2024-07-25")] == ["Senin (22/7/2024)"]


def test_a_weekday_some_days_after_is_read_from_the_last_date_in_the_text_of_any_kind() -> None:
    """``... 26 September 2019 ... Kamis (3/10/2019) ... Dua hari kemudian, Sabtu``: the date written last
    before it (a numeric one after a date in words), not the last one found."""
    text = (
        "Rapat persiapan digelar pada 26 September 2019. Pameran dibuka Bupati Samosir, Kamis (3/10/2019)."
        "\n\nDua hari kemudian, Sabtu, Bupati meninjau pemasangan pompa di Desa Tomok."
    )
    days = {text[d.start : d.end]: d.value for d in find_dates(text, "2019-10-10")}
    assert days["Sabtu"] == "2019-10-05"
