"""Tests for the region gazetteer and the organisation abbreviation lexicon."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.gazetteer import (
    LEVELS,
    find_all,
    get,
    load_organizations,
    lookup,
    lookup_abbreviation,
    lookup_full,
    match_at,
    parent,
    province_of,
    title_case,
)
from kg.gazetteer.organizations import DATA_PATH, KINDS, SCOPES, abbreviation_key

PARAGRAPH = (
    "Sekda Kota Malang bersama Bupati Kab. Malang dan perwakilan Pemprov Jatim meninjau "
    "Kelurahan Oro-oro Dowo, Kecamatan Klojen. Program Kota Layak Anak juga dibahas, "
    "begitu pula Desa Wisata di Kota Batu dan Provinsi Jawa Tengah."
)


# ---------------------------------------------------------------- regions: data


def test_kota_malang_code_and_province() -> None:
    kota = get("35.73")
    assert kota is not None
    assert (kota.name, kota.bare, kota.level, kota.parent_code) == ("Kota Malang", "Malang", "kota", "35")
    province = parent(kota)
    assert province is not None and province.name == "Jawa Timur" and province.level == "provinsi"
    assert province_of(kota) == province


def test_get_accepts_undotted_codes_and_rejects_junk() -> None:
    assert get("3573") == get("35.73")
    assert get("") is None and get("99") is None and get("abc") is None and get("35.7") is None


def test_kabupaten_is_not_kota() -> None:
    kab, kota = get("35.07"), get("35.73")
    assert kab is not None and kota is not None
    assert kab.name == "Kabupaten Malang" and kab.level == "kabupaten"
    assert kab != kota and kab.bare == kota.bare


def test_village_and_kecamatan_names() -> None:
    village = get("35.73.02.1008")
    assert village is not None
    assert (village.name, village.level) == ("Kelurahan Oro-oro Dowo", "kelurahan")
    kecamatan = parent(village)
    assert kecamatan is not None and kecamatan.name == "Kecamatan Klojen"
    assert province_of(village) == get("35")


def test_special_province_names() -> None:
    jakarta, yogya = get("31"), get("34")
    assert jakarta is not None and yogya is not None
    assert jakarta.name == "DKI Jakarta" and yogya.name == "DI Yogyakarta"
    jakpus = get("31.71")
    assert jakpus is not None and jakpus.name == "Kota Jakarta Pusat"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("KOTA MALANG", "Kota Malang"),
        ("ORO-ORO DOWO", "Oro-oro Dowo"),
        ("DKI JAKARTA", "DKI Jakarta"),
        ("LUBUK PAKAM II", "Lubuk Pakam II"),
        ("Oro-Oro Pule", "Oro-Oro Pule"),
    ],
)
def test_title_case(raw: str, expected: str) -> None:
    assert title_case(raw) == expected


# ---------------------------------------------------------------- regions: matching


def test_match_at_does_not_swallow_next_word() -> None:
    text = "Sekda Kota Malang Bersama Warga"
    m = match_at(text, 6)
    assert m is not None
    assert (m.text, m.start, m.end, m.explicit) == ("Kota Malang", 6, 17, True)
    assert m.region.code == "35.73"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kabupaten Malang", "35.07"),
        ("Kab. Malang", "35.07"),
        ("Kab Malang", "35.07"),
        ("Kota Malang", "35.73"),
        ("Kota Batu", "35.79"),
        ("Provinsi Jawa Timur", "35"),
        ("Prov. Jatim", "35"),
        ("Jawa Timur", "35"),
        ("Jatim", "35"),
        ("Jateng", "33"),
        ("Sulsel", "73"),
        ("NTB", "52"),
        ("DKI Jakarta", "31"),
        ("DIY", "34"),
        ("Kecamatan Klojen", "35.73.02"),
        ("Kelurahan Oro-oro Dowo", "35.73.02.1008"),
        ("KOTA MALANG", "35.73"),
    ],
)
def test_match_at_forms(text: str, code: str) -> None:
    m = match_at(text, 0)
    assert m is not None and m.region.code == code and m.text == text


def test_explicit_flag() -> None:
    explicit = match_at("Prov. Jatim", 0)
    bare = match_at("Jatim", 0)
    assert explicit is not None and explicit.explicit
    assert bare is not None and not bare.explicit


def test_kota_layak_anak_is_not_a_region() -> None:
    assert match_at("Kota Layak Anak", 0) is None
    assert find_all("Program Kota Layak Anak berjalan") == []


def test_program_labels_are_not_villages() -> None:
    assert match_at("Desa Wisata", 0) is None
    assert match_at("Desa Siaga", 0) is None


def test_word_boundaries() -> None:
    assert match_at("Malangnya", 0, {"kota"}) is None
    assert match_at("Jatimnya", 0) is None
    assert match_at("XJatim", 1) is None
    assert match_at("Kota Malangan", 0) is None


def test_lower_case_start_never_matches() -> None:
    assert match_at("jatim", 0) is None
    assert match_at("kota Malang", 0) is None


def test_bare_kabkota_needs_levels() -> None:
    assert match_at("Malang", 0) is None
    kota = match_at("Malang", 0, {"kota", "kabupaten"})
    assert kota is not None and kota.region.code == "35.73" and not kota.explicit
    assert [r.code for r in kota.alternatives] == ["35.07"]
    kab = match_at("Malang", 0, {"kabupaten"})
    assert kab is not None and kab.region.code == "35.07"
    blitar = match_at("Blitar", 0, {"kota", "kabupaten"})
    assert blitar is not None and blitar.region.level == "kota"


def test_bare_kecamatan_never_matches() -> None:
    assert match_at("Klojen", 0, set(LEVELS)) is None


def test_longer_kabupaten_blocks_province_prefix() -> None:
    # "Lampung Selatan" is a kabupaten; it must not come back as the province "Lampung".
    assert match_at("Lampung Selatan", 0) is None
    m = match_at("Lampung Selatan", 0, {"kabupaten"})
    assert m is not None and m.region.name == "Kabupaten Lampung Selatan"


def test_levels_filter_and_validation() -> None:
    assert match_at("Kabupaten Malang", 0, {"kota"}) is None
    assert match_at("Kecamatan Batu", 10, {"kota"}) is None
    with pytest.raises(ValueError, match="unknown region level"):
        match_at("Kota Malang", 0, {"city"})


def test_out_of_range_positions() -> None:
    assert match_at("Kota Malang", -1) is None
    assert match_at("Kota Malang", 99) is None
    assert match_at("", 0) is None


def test_find_all_paragraph() -> None:
    found = [(m.text, m.region.code) for m in find_all(PARAGRAPH)]
    assert found == [
        ("Kota Malang", "35.73"),
        ("Kab. Malang", "35.07"),
        ("Jatim", "35"),
        ("Kelurahan Oro-oro Dowo", "35.73.02.1008"),
        ("Kecamatan Klojen", "35.73.02"),
        ("Kota Batu", "35.79"),
        ("Provinsi Jawa Tengah", "33"),
    ]
    for m in find_all(PARAGRAPH):
        assert PARAGRAPH[m.start : m.end] == m.text


def test_find_all_skips_filtered_spans() -> None:
    # With only kota wanted, "Kabupaten Malang" is skipped whole, not re-read as a bare "Malang".
    assert find_all("Kabupaten Malang", {"kota"}) == []
    assert [m.region.code for m in find_all("Kabupaten Malang dan Surabaya", {"kota"})] == ["35.78"]


def test_ambiguous_village_uses_nearby_region() -> None:
    m = match_at("Desa Sukamaju, Kabupaten Sukabumi", 0)
    assert m is not None and m.region.code.startswith("32.02.")
    assert m.alternatives and all(a.name == "Desa Sukamaju" for a in m.alternatives)


def test_find_all_on_long_text() -> None:
    text = (PARAGRAPH + " ") * (20_000 // len(PARAGRAPH) + 1)
    assert len(text) >= 20_000
    matches = find_all(text)
    assert len(matches) == 7 * (20_000 // len(PARAGRAPH) + 1)
    assert all(a.end <= b.start for a, b in pairwise(matches))


def test_lookup() -> None:
    assert [r.code for r in lookup("kota malang")] == ["35.73"]
    assert [r.code for r in lookup("Kab. Malang")] == ["35.07"]
    malang = [r.code for r in lookup("Malang")]
    assert malang[:2] == ["35.73", "35.07"]
    assert lookup("Jatim")[0].code == "35"
    assert [r.code for r in lookup("oro-oro dowo")] == ["35.73.02.1008"]
    assert lookup("Bukan Nama Wilayah") == []


_region_words = st.sampled_from(
    [
        "Kota",
        "Kabupaten",
        "Kab.",
        "Prov.",
        "Malang",
        "Jatim",
        "Desa",
        "Kecamatan",
        "Klojen",
        "Batu",
        "Jawa",
        "Timur",
        "Lampung",
        "Selatan",
        "Oro-oro",
        "Dowo",
        " ",
        ", ",
        "-",
        "'",
        "\n",
        "nya",
    ]
)
_texts = st.one_of(st.text(max_size=80), st.lists(st.one_of(_region_words, st.text(max_size=3))).map("".join))


@settings(max_examples=300, deadline=None)
@given(text=_texts, data=st.data())
def test_matching_never_raises_and_spans_are_exact(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(min_value=-2, max_value=len(text) + 2))
    m = match_at(text, pos, data.draw(st.one_of(st.none(), st.sets(st.sampled_from(sorted(LEVELS))))))
    if m is not None:
        assert m.start == pos and text[m.start : m.end] == m.text
    last_end = 0
    for found in find_all(text):
        assert text[found.start : found.end] == found.text
        assert found.start >= last_end
        last_end = found.end


# ---------------------------------------------------------------- organisations


def test_lexicon_loads_and_rows_are_valid() -> None:
    rows = load_organizations()
    assert len(rows) >= 250
    for row in rows:
        assert row.abbr == row.abbr.strip() and row.full == row.full.strip()
        assert row.scope in SCOPES and row.kind in KINDS
        assert isinstance(row.government, bool)
        if row.scope == "party":
            assert row.kind == "party" and not row.government
    lines = DATA_PATH.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "abbr\tfull\tscope\tgovernment\tkind"
    assert all(line.count("\t") == 4 for line in lines if line.strip())


def test_lexicon_has_no_exact_duplicate_rows() -> None:
    rows = load_organizations()
    assert len(set(rows)) == len(rows)
    keys = [(abbreviation_key(r.abbr), r.full) for r in rows]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize(
    ("abbr", "full", "scope", "kind"),
    [
        ("Bappeda", "Badan Perencanaan Pembangunan Daerah", "regional", "agency"),
        ("Satpol PP", "Satuan Polisi Pamong Praja", "regional", "agency"),
        ("Polresta", "Kepolisian Resor Kota", "regional", "police"),
        ("Forkopimda", "Forum Koordinasi Pimpinan Daerah", "regional", "forum"),
        ("DP3AK", "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Kependudukan", "regional", "agency"),
        ("Kemendagri", "Kementerian Dalam Negeri", "national", "executive"),
        ("BNPB", "Badan Nasional Penanggulangan Bencana", "national", "agency"),
        ("DPRD", "Dewan Perwakilan Rakyat Daerah", "regional", "legislature"),
        ("Gerindra", "Partai Gerakan Indonesia Raya", "party", "party"),
    ],
)
def test_lookup_abbreviation_both_ways(abbr: str, full: str, scope: str, kind: str) -> None:
    info = lookup_abbreviation(abbr)
    assert info is not None and (info.full, info.scope, info.kind) == (full, scope, kind)
    back = lookup_full(full)
    assert back is not None and back.abbr == abbr


def test_lookup_abbreviation_is_tolerant() -> None:
    satpol = lookup_abbreviation("Satpol PP")
    assert satpol is not None
    for variant in ("Satpol-PP", "SatpolPP", "satpol pp", "SATPOL PP"):
        assert lookup_abbreviation(variant) == satpol
    assert lookup_abbreviation("PDIP") == lookup_abbreviation("PDI-P") == lookup_abbreviation("pdi-p")
    kemenkes = lookup_abbreviation("Kemenkes RI")
    assert kemenkes is not None and kemenkes.full == "Kementerian Kesehatan"
    assert lookup_abbreviation("XYZQ") is None and lookup_abbreviation("") is None


def test_lookup_full_is_tolerant() -> None:
    bappeda = lookup_full("BADAN PERENCANAAN PEMBANGUNAN DAERAH")
    assert bappeda is not None and bappeda.abbr == "Bappeda"
    bmkg = lookup_full("Badan Meteorologi Klimatologi dan Geofisika")
    assert bmkg is not None and bmkg.abbr == "BMKG"
    pln = lookup_full("Perusahaan Listrik Negara")
    assert pln is not None and pln.abbr == "PLN" and not pln.government
    assert lookup_full("Badan Yang Tidak Ada") is None


def test_government_flags() -> None:
    flags = {"PLN": False, "Golkar": False, "PDAM": False, "BPBD": True, "TNI": True}
    for abbr, government in flags.items():
        info = lookup_abbreviation(abbr)
        assert info is not None and info.government is government


def test_first_row_wins_for_shared_abbreviations() -> None:
    dkp = lookup_abbreviation("DKP")
    assert dkp is not None and dkp.full == "Dinas Kelautan dan Perikanan"
    pangan = lookup_full("Dinas Ketahanan Pangan")
    assert pangan is not None and pangan.abbr == "DKP"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("BPBD\tBadan Penanggulangan Bencana Daerah\tregional\tyes", "expected 5 tab-separated columns"),
        ("BPBD\tBadan Penanggulangan Bencana Daerah\tlocal\tyes\tagency", "unknown scope 'local'"),
        ("BPBD\tBadan Penanggulangan Bencana Daerah\tregional\tmaybe\tagency", "government must be"),
        ("BPBD\tBadan Penanggulangan Bencana Daerah\tregional\tyes\tbureau", "unknown kind 'bureau'"),
        ("\tBadan Penanggulangan Bencana Daerah\tregional\tyes\tagency", "empty abbr"),
    ],
)
def test_bad_rows_are_reported_with_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "organizations.tsv"
    good = "Bappeda\tBadan Perencanaan Pembangunan Daerah\tregional\tyes\tagency"
    path.write_text(f"abbr\tfull\tscope\tgovernment\tkind\n{good}\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message) as info:
        load_organizations(path)
    assert f"{path}:3" in str(info.value)


def test_bad_header_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "organizations.tsv"
    path.write_text("abbr,full,scope,government,kind\n", encoding="utf-8")
    with pytest.raises(ValueError, match=":1: header"):
        load_organizations(path)


def test_shipped_region_table_is_what_lokal_gives() -> None:
    """kg/resources/regions/ is scripts/regions_table.py's output for the installed lokal, byte for byte."""
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "regions_table.py"
    spec = importlib.util.spec_from_file_location("regions_table", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh, shipped = module.tables(), module.shipped()
    stale = [part for part in module.PARTS if fresh[part] != shipped[part]]
    assert not stale, f"{stale} differ from lokal: run scripts/regions_table.py"


@given(
    st.sampled_from(sorted({i.abbr for i in load_organizations()})), st.sampled_from(["", " RI", " ri", "."])
)
def test_every_abbreviation_found_is_begun_by_its_first_word(abbr: str, tail: str) -> None:
    """_lexicon_at skips a token that may_begin_abbreviation rejects: that must never hide an abbreviation."""
    from kg.gazetteer import may_begin_abbreviation

    for written in (abbr + tail, abbr.upper() + tail, abbr.replace("-", " ") + tail):
        if lookup_abbreviation(written) is not None:
            assert may_begin_abbreviation(written.split()[0])


@given(st.text(max_size=12), st.text(max_size=12))
def test_a_phrase_found_is_begun_by_its_first_word(first: str, rest: str) -> None:
    from kg.gazetteer import may_begin_abbreviation

    phrase = f"{first} {rest}"
    if first and lookup_abbreviation(phrase) is not None:
        assert may_begin_abbreviation(first)


@pytest.mark.parametrize(
    "written, region",
    [
        ("Gunung Kidul", "Kabupaten Gunungkidul"),
        ("Kulonprogo", "Kabupaten Kulon Progo"),
        ("Banjar Baru", "Kota Banjarbaru"),  # not "Kota Banjar" and a stray word
        ("Pematang Siantar", "Kota Pematangsiantar"),
        ("Bau-Bau", "Kota Baubau"),
        ("Labuhan Batu Utara", "Kabupaten Labuhanbatu Utara"),
        # the cities that write their names joined are named so, however the Kemendagri list writes them
        ("Pangkal Pinang", "Kota Pangkalpinang"),
        ("Tanjungpinang", "Kota Tanjungpinang"),
        ("Lubuk Linggau", "Kota Lubuklinggau"),
        ("Fak Fak", "Kabupaten Fakfak"),  # (and the regency the list writes "Fak Fak")
        ("Fakfak", "Kabupaten Fakfak"),
        ("Toli-Toli", "Kabupaten Tolitoli"),  # (and the regency the list writes "Toli-Toli")
        ("Tolitoli", "Kabupaten Tolitoli"),
        ("Palangkaraya", "Kota Palangka Raya"),  # (the city whose own name is two words, the list's one)
        ("Palangka Raya", "Kota Palangka Raya"),
        ("Batang Hari", "Kabupaten Batanghari"),  # (not "Kabupaten Batang" and a stray word)
        ("Muko-Muko", "Kabupaten Mukomuko"),  # (a name made of one half said twice, written as such)
    ],
)
def test_a_compound_region_name_is_found_written_joined_or_apart(written: str, region: str) -> None:
    match = match_at(f"di {written} kemarin", 3, {"kota", "kabupaten"})
    assert match is not None and match.region.name == region


# ---------------------------------------------------------------- regions: numbers in names


@pytest.mark.parametrize(
    "written, name",
    [
        ("Ilir Barat II", "Kecamatan Ilir Barat Dua"),
        ("Kecamatan Ilir Barat 2", "Kecamatan Ilir Barat Dua"),
        ("Seberang Ulu I", "Kecamatan Seberang Ulu Satu"),
        ("Banyuasin 3", "Kecamatan Banyuasin III"),
        ("Kec. Banyuasin Tiga", "Kecamatan Banyuasin III"),
        ("4 Koto", "Kecamatan IV Koto"),
        ("35 Ilir", "Kelurahan Tiga-puluh-lima Ilir"),
        ("Kelurahan 9/10 Ulu", "Kelurahan Sembilan Sepuluh Ulu"),
        ("3-4 Ulu", "Kelurahan Tiga Empat Ulu"),
    ],
)
def test_a_number_in_a_region_name_is_found_as_word_roman_numeral_or_digits(written: str, name: str) -> None:
    assert name in [r.name for r in lookup(written)]


def test_a_number_written_another_way_finds_the_region_in_running_text() -> None:
    text = "Warga Kelurahan 35 Ilir, Kecamatan Ilir Barat II, Palembang, mengungsi."
    found = [(m.text, m.region.name) for m in find_all(text, {"kecamatan", "kelurahan"})]
    assert found == [
        ("Kelurahan 35 Ilir", "Kelurahan Tiga-puluh-lima Ilir"),
        ("Kecamatan Ilir Barat II", "Kecamatan Ilir Barat Dua"),
    ]
    match = match_at("Kecamatan Ilir Barat II, Palembang", 0)
    assert match is not None and match.end == len("Kecamatan Ilir Barat II")


def test_a_numbered_name_of_its_own_is_not_taken_over_by_a_namesake_written_otherwise() -> None:
    """The villages "Kuala II" and "Kuala Dua" both exist: each name finds its own."""
    assert {r.name for r in lookup("Kuala II", {"desa"})} == {"Desa Kuala II"}
    assert {r.name for r in lookup("Kuala Dua", {"desa"})} == {"Desa Kuala Dua"}
    assert {r.name for r in lookup("Kuala 2", {"desa"})} == {"Desa Kuala II", "Desa Kuala Dua"}


def test_a_name_that_is_only_a_number_and_a_bare_roman_i_open_nothing() -> None:
    assert lookup("9") == [] and lookup("IX") == []  # "Desa Sembilan"
    assert lookup("I Ulu") == []  # "Kelurahan Satu Ulu" is "1 Ulu", never "I Ulu"
    match = match_at("Kepala Desa Kuning I Wayan Sudana hadir.", 7)  # "Desa Kuning I" and "Desa Kuning" exist
    assert match is not None and match.text == "Desa Kuning"


def test_a_village_the_list_writes_in_one_word_is_found_written_in_two() -> None:
    # the list has "Karangbesuki" (Kota Malang) and several villages called "Karang" elsewhere
    match = match_at("di Kelurahan Karang Besuki, Kecamatan Sukun, kemarin", 3)
    assert match is not None and match.region.name == "Kelurahan Karangbesuki"
    assert match.region.code.startswith("35.73.") and match.text == "Kelurahan Karang Besuki"


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("HSS", "Kabupaten Hulu Sungai Selatan"),
        ("Halut", "Kabupaten Halmahera Utara"),
        ("Pessel", "Kabupaten Pesisir Selatan"),
        ("OKU Timur", "Kabupaten Ogan Komering Ulu Timur"),
        ("Tanjabbar", "Kabupaten Tanjung Jabung Barat"),
        ("Tanjab Barat", "Kabupaten Tanjung Jabung Barat"),
        ("Tanjab Timur", "Kabupaten Tanjung Jabung Timur"),
        ("Polman", "Kabupaten Polewali Mandar"),
        ("Lutim", "Kabupaten Luwu Timur"),
        ("Minut", "Kabupaten Minahasa Utara"),
        ("Humbahas", "Kabupaten Humbang Hasundutan"),
        ("Batola", "Kabupaten Barito Kuala"),
        ("Malra", "Kabupaten Maluku Tenggara"),
        ("TTS", "Kabupaten Timor Tengah Selatan"),
    ],
)
def test_the_regencies_news_calls_by_a_contraction_are_found_by_it(short: str, name: str) -> None:
    assert [r.name for r in lookup(short, {"kabupaten"})] == [name]


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("Sangihe", "Kabupaten Kepulauan Sangihe"),
        ("Mentawai", "Kabupaten Kepulauan Mentawai"),
        ("Sula", "Kabupaten Kepulauan Sula"),
    ],
)
def test_an_island_regency_is_found_by_its_name_without_kepulauan(short: str, name: str) -> None:
    assert [r.name for r in lookup(short)] == [name]


def test_an_island_regency_whose_short_name_is_a_word_is_not_shortened() -> None:
    """ "Seribu" is a number: no short form of its regency."""
    assert not lookup("Seribu", {"kabupaten"})


def test_a_districts_two_word_name_is_found_written_as_one_word() -> None:
    assert [r.name for r in lookup("Kedungwaringin", {"kecamatan"})] == ["Kecamatan Kedung Waringin"]
    assert [r.name for r in lookup("Joharbaru", {"kecamatan"})] == ["Kecamatan Johar Baru"]
    # a part of a district is never joined to its name
    assert not lookup("Banjarmasinutara", {"kecamatan"})


def test_a_district_named_after_part_of_its_town_is_found_with_the_towns_name_joined() -> None:
    """``Padangpanjang Timur``, as news writes Kota Padang Panjang's eastern district (not "Kota X Barat"
    written with its town's word joined)."""
    [district] = lookup("Padangpanjang Timur", {"kecamatan"})
    assert district.name == "Kecamatan Padang Panjang Timur"


def test_a_short_form_in_brackets_inside_a_regions_name_is_passed_over() -> None:
    """``Bupati Bolaang Mongondow (Bolmong) Timur``: the regency "Bolaang Mongondow Timur", its short form
    written before its last word, not the regency "Bolaang Mongondow" and a person "Timur ..."."""
    text = "Bupati Bolaang Mongondow (Bolmong) Timur H. Tumpal Sinaga memanen padi."
    match = match_at(text, text.index("Bolaang"), {"kabupaten"})
    assert match is not None
    assert (match.region.name, text[match.start : match.end]) == (
        "Kabupaten Bolaang Mongondow Timur",
        "Bolaang Mongondow (Bolmong) Timur",
    )
