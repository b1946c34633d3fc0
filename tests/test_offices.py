"""Who holds which office in which body: offices written in the forms releases and news use (issue #7)."""

from __future__ import annotations

import pytest

from kg.extract import lexicon
from kg.extract.base import extract
from kg.records import Article, EntityType, Extraction


def run(text: str) -> Extraction:
    return extract(Article(title="Judul", text=text, url="https://example.org/a", date="2025-06-11"))


def held(x: Extraction) -> set[tuple[str, str, str]]:
    return {
        (m.person.name, m.role.name if m.role else "", m.organization.name if m.organization else "")
        for m in x.memberships
    }


def names(x: Extraction, kind: EntityType) -> set[str]:
    return {e.name for e in x.entities if e.type == kind}


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Dekan Fakultas Hukum Universitas Brawijaya Rudi Hartawan mengatakan kuliah dimulai.",
         ("Rudi Hartawan", "Dekan", "Fakultas Hukum Universitas Brawijaya")),
        ("Rudi Hartawan, Dekan Fakultas Teknik Universitas Gadjah Mada, mengatakan kuliah dimulai.",
         ("Rudi Hartawan", "Dekan", "Fakultas Teknik Universitas Gadjah Mada")),
        ("Wakil Dekan II Fakultas Hukum Universitas Brawijaya Rudi Hartawan mengatakan kuliah dimulai.",
         ("Rudi Hartawan", "Wakil Dekan", "Fakultas Hukum Universitas Brawijaya")),
        ("Wakil Rektor Universitas Brawijaya Bidang Akademik Rudi Hartawan mengatakan kuliah dimulai.",
         ("Rudi Hartawan", "Wakil Rektor Bidang Akademik", "Universitas Brawijaya")),
        ("MoU diteken Wakil Rektor UGM Bidang Penelitian dan Pengabdian kepada Masyarakat, "
         "Prof. Dr. Rudi Hartawan, di Yogyakarta.",
         ("Rudi Hartawan", "Wakil Rektor Bidang Penelitian dan Pengabdian kepada Masyarakat",
          "Universitas Gadjah Mada")),
        ("Rudi Hartawan, Wakil Rektor Bidang Kemahasiswaan Universitas Brawijaya, mengatakan kuliah dimulai.",
         ("Rudi Hartawan", "Wakil Rektor Bidang Kemahasiswaan", "Universitas Brawijaya")),
        # the portfolio, then the body by the abbreviation the article defined ("... Raya (USR)")
        ("Pemkab Dairi dan Universitas Sidikalang Raya (USR) meneken MoU. Wakil Rektor Bidang Riset dan "
         "Inovasi USR Dr. Tumpak Hasibuan, S.T., M.T. menambahkan bahwa kampusnya siap.",
         ("Tumpak Hasibuan", "Wakil Rektor Bidang Riset dan Inovasi", "Universitas Sidikalang Raya")),
    ],
)  # fmt: skip
def test_a_university_officer_with_faculty_or_portfolio(text: str, membership: tuple[str, str, str]) -> None:
    x = run(text)
    assert held(x) == {membership}
    assert names(x, EntityType.PERSON) == {membership[0]}
    assert not any(
        n.endswith("Bidang") or n.startswith("Universitas Gadjah Mada Bidang")
        for n in names(x, EntityType.ORGANIZATION)
    )


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Kepala Kantor Pencarian dan Pertolongan (Basarnas) Ambon, Rudi Hartawan, mengatakan kapal ditemukan.",
         ("Rudi Hartawan", "Kepala", "Kantor Pencarian dan Pertolongan Kota Ambon")),
        ("Kepala Kantor Kemenag Kota Malang Rudi Hartawan mengatakan jadwal manasik sudah siap.",
         ("Rudi Hartawan", "Kepala", "Kantor Kementerian Agama Kota Malang")),
        ("Turut hadir Kadis Kominfo Kota Malang Rudi Hartawan dalam rapat itu.",
         ("Rudi Hartawan", "Kepala", "Dinas Komunikasi dan Informatika Kota Malang")),
        # an office's head or secretary by a contracted title
        ("Turut hadir Kadisdukcapil Dairi Sahat Pardede dalam rapat itu.",
         ("Sahat Pardede", "Kepala", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Dairi")),
        ("Turut hadir Sekdis Kominfo Dairi, Romauli Simbolon, dalam rapat itu.",
         ("Romauli Simbolon", "Sekretaris", "Dinas Komunikasi dan Informatika Kabupaten Dairi")),
        ("Turut hadir Kakankemenag Dairi Sahat Pardede dalam rapat itu.",
         ("Sahat Pardede", "Kepala", "Kantor Kementerian Agama Kabupaten Dairi")),
        ("Turut hadir Kakantah Dairi, Romauli Simbolon, dalam rapat itu.",
         ("Romauli Simbolon", "Kepala", "Kantor Pertanahan Kabupaten Dairi")),
        ("Turut hadir Sekwan DPRD Dairi, Sahat Pardede, dalam rapat itu.",
         ("Sahat Pardede", "Sekretaris", "Dewan Perwakilan Rakyat Daerah Kabupaten Dairi")),
        ("Turut hadir Kasubid Perencanaan Bappeda Dairi, Romauli Simbolon, dalam rapat itu.",
         ("Romauli Simbolon", "Kepala Subbidang Perencanaan", "Badan Perencanaan Pembangunan Daerah Kabupaten Dairi")),
        ("Turut hadir Kabidhumas Polda Sumut Kombes Sahat Pardede dalam rapat itu.",
         ("Sahat Pardede", "Kepala Bidang Humas", "Kepolisian Daerah Sumatera Utara")),
        ("Turut hadir Kepala Loka POM Kabupaten Dairi, Romauli Simbolon, dalam rapat itu.",
         ("Romauli Simbolon", "Kepala", "Loka Pengawas Obat dan Makanan Kabupaten Dairi")),
    ],
)  # fmt: skip
def test_a_local_office_of_a_national_or_regional_body(text: str, membership: tuple[str, str, str]) -> None:
    x = run(text)
    assert held(x) == {membership}
    assert "Kementerian Komunikasi dan Informatika" not in names(x, EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "Menteri Keuangan RI Hendra Wicaksono meninjau pelabuhan.",
            ("Hendra Wicaksono", "Menteri Keuangan", "Kementerian Keuangan"),
        ),
        (
            "Menteri Pariwisata RI (Menpar), Lestari Ayuningtyas dalam sambutannya membuka acara.",
            ("Lestari Ayuningtyas", "Menteri Pariwisata", "Kementerian Pariwisata"),
        ),
        (
            "Wakil Menteri Perdagangan RI, Bagus Prasetyo Wibowo, meninjau pasar.",
            ("Bagus Prasetyo Wibowo", "Wakil Menteri Perdagangan", "Kementerian Perdagangan"),
        ),
        (
            "Menteri Haji dan Umrah Republik Indonesia, Rudi Hartawan Saleh, berkunjung ke Jeddah.",
            ("Rudi Hartawan Saleh", "Menteri Haji dan Umrah", "Kementerian Haji dan Umrah"),
        ),
        (
            "Jaksa Agung RI Sanjaya Wirabrata meminta jaksa bekerja profesional.",
            ("Sanjaya Wirabrata", "Jaksa Agung", "Kejaksaan Agung"),
        ),
    ],
)
def test_a_national_office_written_with_its_country(text: str, membership: tuple[str, str, str]) -> None:
    """'RI' after a national office names its country: the holder follows it."""
    assert membership in held(run(text))


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "Rudi Hartawan (RH) selaku mantan Direktur Keuangan PT Sinar Abadi Jaya diperiksa penyidik.",
            ("Rudi Hartawan", "Direktur Keuangan", "PT Sinar Abadi Jaya"),
        ),
        (
            "Rudi Hartawan, mantan Kepala Dinas Pendidikan Kota Malang, diperiksa penyidik.",
            ("Rudi Hartawan", "Kepala", "Dinas Pendidikan Kota Malang"),
        ),
        (
            "Rudi Hartawan, eks Bupati Malang, diperiksa penyidik.",
            ("Rudi Hartawan", "Bupati", "Pemerintah Kabupaten Malang"),
        ),
    ],
)
def test_a_former_office_written_after_the_name(text: str, membership: tuple[str, str, str]) -> None:
    """'NAME selaku mantan TITLE', 'NAME, eks TITLE': the former office is the name's."""
    x = run(text)
    assert membership in held(x)
    assert {m.tenure for m in x.memberships} == {"former"}


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "Kepala Kampung Lantipo, Yohanes Wenda, menyambut program itu.",
            ("Yohanes Wenda", "Kepala Kampung", "Pemerintah Kampung Lantipo"),
        ),
        (
            "Perbekel Pemecutan Kaja I Made Sudarsana mengatakan air bersih sudah mengalir.",
            ("I Made Sudarsana", "Perbekel", "Pemerintah Desa Pemecutan Kaja"),
        ),
        (
            "Wali Nagari Sungai Pua Rudi Hartawan mengatakan jalan sudah diperbaiki.",
            ("Rudi Hartawan", "Wali Nagari", "Pemerintah Nagari Sungai Pua"),
        ),
        (
            "Keuchik Lampulo, Teuku Reza Fahlevi, mengatakan warga siap.",
            ("Teuku Reza Fahlevi", "Keuchik", "Pemerintah Gampong Lampulo"),
        ),
        (
            "Kepala Pekon Sukaraja Budiman Rasyid mengatakan warga siap.",
            ("Budiman Rasyid", "Kepala Pekon", "Pemerintah Pekon Sukaraja"),
        ),
        (
            "Hukum Tua Desa Paslaten, Rudi Hartawan, menyambut baik kegiatan itu.",
            ("Rudi Hartawan", "Hukum Tua", "Pemerintah Desa Paslaten"),
        ),
    ],
)
def test_village_heads_by_their_regional_titles(text: str, membership: tuple[str, str, str]) -> None:
    """A village's head goes by the region's word for it (kampung, perbekel, nagari, gampong, pekon,
    Minahasa's hukum tua); the village's government, called by that word where the region's law calls
    it so, is the body."""
    assert membership in held(run(text))


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "Kabag Ren Polres Malang Kompol Rudi Hartawan mengatakan arus mudik lancar.",
            ("Rudi Hartawan", "Kepala Bagian Ren", "Kepolisian Resor Malang"),
        ),
        (
            "Karo Rena Polda Jatim Kombes Yusuf Widodo menuturkan evaluasi berjalan.",
            ("Yusuf Widodo", "Kepala Biro Rena", "Kepolisian Daerah Jawa Timur"),
        ),
        (
            "Karo Monev Stamarena Polri Brigjen Hendra Kusuma ditemui di Mapolda.",
            ("Hendra Kusuma", "Kepala Biro Monev Stamarena", "Kepolisian Negara Republik Indonesia"),
        ),
    ],
)
def test_a_police_unit_by_a_short_portfolio_the_lexicon_lacks(
    text: str, membership: tuple[str, str, str]
) -> None:
    """'Kabag Ren Polres X', 'Karo Rena Polda Y': the unit's short portfolio, then the command it sits in."""
    assert membership in held(run(text))


def test_a_body_the_lexicon_lacks_then_a_ranked_or_titled_name() -> None:
    """'Ketua DIKPI, Kombes Pol Dr. NAME, S.I.K.,': a rank or degree may open the holder's name."""
    x = run("Ketua PDKI, Kombes Pol Dr. Hendra Kusuma, S.I.K., M.Si., menjelaskan kajian itu.")
    assert ("Hendra Kusuma", "Ketua", "PDKI") in held(x)


@pytest.mark.parametrize(
    ("text", "membership", "unit"),
    [
        ("Ketua Baleg DPR RI, Rudi Hartawan, mengatakan rapat ditunda.",
         ("Rudi Hartawan", "Ketua Badan Legislasi", "Dewan Perwakilan Rakyat"),
         "Badan Legislasi Dewan Perwakilan Rakyat"),
        ("Wakil Ketua Banggar DPR Rudi Hartawan mengatakan rapat ditunda.",
         ("Rudi Hartawan", "Wakil Ketua Badan Anggaran", "Dewan Perwakilan Rakyat"),
         "Badan Anggaran Dewan Perwakilan Rakyat"),
        ("Ketua MKD DPR Rudi Hartawan mengatakan sidang ditunda.",
         ("Rudi Hartawan", "Ketua Mahkamah Kehormatan Dewan", "Dewan Perwakilan Rakyat"),
         "Mahkamah Kehormatan Dewan Dewan Perwakilan Rakyat"),
        ("Anggota Bapemperda DPRD Kota Malang Rudi Hartawan mengatakan rapat ditunda.",
         ("Rudi Hartawan", "Anggota Badan Pembentukan Peraturan Daerah",
          "Dewan Perwakilan Rakyat Daerah Kota Malang"),
         "Badan Pembentukan Peraturan Daerah Dewan Perwakilan Rakyat Daerah Kota Malang"),
        ("Ketua BK DPRD Kota Malang, Rudi Hartawan, mengatakan sidang ditunda.",
         ("Rudi Hartawan", "Ketua Badan Kehormatan", "Dewan Perwakilan Rakyat Daerah Kota Malang"),
         "Badan Kehormatan Dewan Perwakilan Rakyat Daerah Kota Malang"),
    ],
)  # fmt: skip
def test_a_legislature_body_by_its_abbreviation_seats_its_holder_in_the_legislature(
    text: str, membership: tuple[str, str, str], unit: str
) -> None:
    x = run(text)
    assert membership in held(x)
    units = {e.name: e for e in x.entities if e.type == EntityType.ORGANIZATION}
    assert unit in units
    parent = units[unit].parent
    assert parent is not None and parent.name == membership[2]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Usulan itu dibahas dalam rapat dengan Baleg DPR RI di Jakarta.",
         "Badan Legislasi Dewan Perwakilan Rakyat"),
        ("Usulan itu ditolak Badan Anggaran DPR RI kemarin.", "Badan Anggaran Dewan Perwakilan Rakyat"),
        ("Usulan itu ditolak Badan Anggaran (Banggar) DPRD Kota Malang kemarin.",
         "Badan Anggaran Dewan Perwakilan Rakyat Daerah Kota Malang"),
    ],
)  # fmt: skip
def test_a_legislature_body_outside_a_title_is_named_in_the_legislature(text: str, unit: str) -> None:
    assert unit in names(run(text), EntityType.ORGANIZATION)


def test_a_regional_legislature_body_is_no_body_of_the_dpr() -> None:
    x = run("Usulan itu ditolak Badan Pembentukan Peraturan Daerah DPR kemarin.")
    assert not any(
        n.endswith("Dewan Perwakilan Rakyat") and n.startswith("Badan")
        for n in names(x, EntityType.ORGANIZATION)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Bapemperda DPR RI Rudi Hartawan mengatakan rapat ditunda.",  # a regional body, not the DPR's
        "Ketua Baleg Rudi Hartawan mengatakan rapat ditunda.",  # no legislature after it
        "Pelaku berinisial BK DPRD ditangkap polisi.",  # initials: not after a title
    ],
)
def test_a_legislature_body_needs_its_house_after_it(text: str) -> None:
    x = run(text)
    assert not any(m.role is not None and "Badan" in m.role.name for m in x.memberships)
    assert not any(e.name.startswith("Badan ") for e in x.entities if e.type == EntityType.ORGANIZATION)


def test_a_country_after_a_foreign_ministers_portfolio_is_no_part_of_his_name() -> None:
    x = extract(
        Article("t", "Ia bertemu Menteri Energi Uni Emirat Arab Hamdan Al Rashidi di Jakarta kemarin.")
    )
    assert {e.name for e in x.entities if e.type is EntityType.PERSON} == {"Hamdan Al Rashidi"}


def test_a_companys_name_goes_on_through_a_word_the_tagger_reads_as_a_first_name() -> None:
    x = extract(
        Article(
            "t", "Ia adalah Presiden Komisaris PT NUSAPRIMA Berkah Energi, perusahaan logistik energi bersih."
        )
    )
    assert not [e for e in x.entities if e.type is EntityType.PERSON]
    assert "PT NUSAPRIMA Berkah Energi" in {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}


def test_a_branch_of_a_company_set_off_before_the_holders_name_is_no_person() -> None:
    x = extract(
        Article("t", "Sementara itu, General Manager Pertamina Patra Niaga Regional Sumbagut, "
                "Budi Hartono menyambut baik kunjungan itu.")
    )  # fmt: skip
    assert [m.person.name for m in x.memberships] == ["Budi Hartono"]


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Menteri Dalam Negeri Australia, Daniel Carter mengatakan tidak ada tempat bagi kebencian.",
         ("Daniel Carter", "Menteri Dalam Negeri", "Kementerian Dalam Negeri Australia")),
        ("Menteri Perubahan Iklim Australia, Daniel Carter, mengatakan penilaian itu jujur.",
         ("Daniel Carter", "Menteri Perubahan Iklim", "Kementerian Perubahan Iklim Australia")),
        ("Ia bertemu Menteri Energi Uni Emirat Arab Hamdan Al Rashidi di Jakarta kemarin.",
         ("Hamdan Al Rashidi", "Menteri Energi", "Kementerian Energi Uni Emirat Arab")),
        ("Menteri Lingkungan Hidup Prancis Agnes Moreau mengaku gusar atas hasil perundingan.",
         ("Agnes Moreau", "Menteri Lingkungan Hidup", "Kementerian Lingkungan Hidup Prancis")),
        ("Ia disambut Wakil Perdana Menteri Australia Daniel Carter di Canberra.",
         ("Daniel Carter", "Wakil Perdana Menteri", "Pemerintah Australia")),
    ],
)  # fmt: skip
def test_a_foreign_minister_holds_his_own_states_office(text: str, membership: tuple[str, str, str]) -> None:
    assert held(run(text)) == {membership}


def test_a_minister_of_indonesia_keeps_the_national_ministry() -> None:
    x = run("Menteri Keuangan RI Budi Santoso dan Menteri Dalam Negeri Agus Wibowo hadir di Jakarta.")
    assert held(x) == {
        ("Budi Santoso", "Menteri Keuangan", "Kementerian Keuangan"),
        ("Agus Wibowo", "Menteri Dalam Negeri", "Kementerian Dalam Negeri"),
    }


def test_ia_menjabat_gives_the_office_to_the_person_named_just_before() -> None:
    x = run(
        "Kepala Dinas Sosial Kota Malang Budi Santoso dicopot dari jabatannya pekan lalu. "
        "Saat ini ia menjabat sebagai Sekretaris Dinas Pendidikan Kota Malang. "
        "Di tempat lain, Rina Wulandari membuka pameran. Ia pernah menjadi Kepala Bappeda Kota Batu."
    )
    assert ("Budi Santoso", "Sekretaris", "Dinas Pendidikan Kota Malang") in held(x)
    assert ("Rina Wulandari", "Kepala", "Badan Perencanaan Pembangunan Daerah Kota Batu") in held(x)
    tenure = {
        m.person.name: m.tenure for m in x.memberships if m.role is not None and m.role.name != "Kepala"
    }
    assert tenure == {"Budi Santoso": "regular"}
    assert {m.tenure for m in x.memberships if m.person.name == "Rina Wulandari"} == {"former"}


def test_ia_menjabat_after_two_persons_named_gives_the_office_to_no_one() -> None:
    x = run(
        "Budi Santoso bertemu Rina Wulandari di Balai Kota Malang. "
        "Saat ini ia menjabat sebagai Sekretaris Dinas Pendidikan Kota Malang."
    )
    assert not x.memberships


def test_the_members_listed_after_a_chair_hold_seats_in_the_chairs_body() -> None:
    x = run(
        "Para pengadu mengadukan Ketua KPU RI, Hendra Wijaya, beserta lima anggotanya, yaitu: "
        "Bambang Susilo, Dewi Lestari, dan Joko Purnomo. Sidang digelar hari ini."
    )
    body = "Komisi Pemilihan Umum Republik Indonesia"
    assert held(x) == {
        ("Hendra Wijaya", "Ketua", body),
        ("Bambang Susilo", "Anggota", body),
        ("Dewi Lestari", "Anggota", body),
        ("Joko Purnomo", "Anggota", body),
    }


def test_every_name_listed_after_a_shared_office_holds_it() -> None:
    x = run("Rapat itu dihadiri anggota Komisi II DPR RI Budi Santoso, Rina Wati, dan Agus Salim kemarin.")
    assert {
        m.person.name for m in x.memberships if m.role is not None and m.role.name == "Anggota Komisi II"
    } == {
        "Budi Santoso",
        "Rina Wati",
        "Agus Salim",
    }


def test_a_dinas_office_written_with_its_portfolio_alone() -> None:
    x = run("Sekretaris PUPR Kota Malang Budi Santoso meninjau proyek jalan kemarin.")
    assert held(x) == {("Budi Santoso", "Sekretaris", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Malang")}


def test_the_years_of_a_term_between_an_office_and_its_holder() -> None:
    x = run(
        "Kedua tersangka adalah Direktur Utama PT Sinar Riau periode 2010-2015 Budi Santoso dan "
        "Ketua DPRD Kota Malang periode 2024-2029 Rina Wulandari."
    )
    tenure = {(m.person.name, m.role.name if m.role else "", m.tenure) for m in x.memberships}
    assert tenure == {
        ("Budi Santoso", "Direktur Utama", "former"),
        ("Rina Wulandari", "Ketua", "regular"),
    }


def test_a_companys_director_by_his_portfolio() -> None:
    x = run("Mereka ialah Budi Santoso (BS) selaku Direktur Komersial PT Maju Jaya pada 2016-2019.")
    assert held(x) == {("Budi Santoso", "Direktur Komersial", "PT Maju Jaya")}


def test_a_minister_who_also_heads_an_agency_written_after_a_slash() -> None:
    x = run("Selain itu, Menteri Investasi dan Hilirisasi/BKPM Budi Santoso hadir di Jakarta.")
    assert held(x) == {
        ("Budi Santoso", "Menteri Investasi dan Hilirisasi", "Kementerian Investasi dan Hilirisasi")
    }
    assert "Badan Koordinasi Penanaman Modal" in names(x, EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "tenure"),
    [
        ("Budi Santoso, yang kini menjabat Kepala Dinas Pendidikan Kota Malang, menyebut hal itu.", "regular"),
        ("Budi Santoso ditunjuk menjadi Kepala Dinas Pendidikan Kota Malang pekan lalu.", "regular"),
        ("Budi Santoso adalah Kepala Dinas Pendidikan Kota Malang.", "regular"),
        ("Budi Santoso merupakan Kepala Dinas Pendidikan Kota Malang.", "regular"),
        ("Budi Santoso yang sebelumnya menjabat sebagai Kepala Dinas Pendidikan Kota Malang kini pensiun.",
         "former"),
    ],
)  # fmt: skip
def test_the_words_between_a_name_and_the_office_after_it(text: str, tenure: str) -> None:
    x = run(text)
    assert held(x) == {("Budi Santoso", "Kepala", "Dinas Pendidikan Kota Malang")}
    assert [m.tenure for m in x.memberships] == [tenure]


def test_two_names_taking_two_offices_respectively_never_take_the_other_ones() -> None:
    x = run("Budi Santoso dan Agus Wibowo resmi menjadi Bupati Malang dan Wakil Bupati Malang tahun lalu.")
    held = {(m.person.name, m.role.name) for m in x.memberships}
    assert held == {("Budi Santoso", "Bupati"), ("Agus Wibowo", "Wakil Bupati")}, held


def test_a_foreign_ministers_country_set_off_by_a_comma() -> None:
    x = run(
        "Administrator NASA Daniel Carter, yang juga Menteri Perhubungan, Amerika Serikat, mengungkapkan hal itu."
    )
    assert held(x) == {("Daniel Carter", "Menteri Perhubungan", "Kementerian Perhubungan Amerika Serikat")}


def test_a_lower_case_member_title_with_a_name_the_tagger_misses_set_off_by_commas() -> None:
    x = run(
        "Sementara itu, anggota Dewan Jaminan Sosial Nasional, Mahendra Paranadipa Kolim memandang itu penting."
    )
    assert held(x) == {("Mahendra Paranadipa Kolim", "Anggota", "Dewan Jaminan Sosial Nasional")}


def test_the_first_holder_of_a_foreign_office() -> None:
    x = run("Perdana Menteri pertama India, Daniel Kumar, mengibarkan bendera nasional dari benteng itu.")
    assert held(x) == {("Daniel Kumar", "Perdana Menteri", "Pemerintah India")}


def test_a_former_office_with_its_years_and_itu_is_the_person_just_named() -> None:
    x = run(
        "Budi Santoso berpidato di depan para hakim di Jakarta. "
        "Mantan Menteri Pertahanan periode 2019-2024 itu menekankan gaji hakim akan naik."
    )
    assert {(m.person.name, m.role.name if m.role else "", m.tenure) for m in x.memberships} == {
        ("Budi Santoso", "Menteri Pertahanan", "former")
    }


def test_a_ministry_written_with_a_city_is_its_office_there() -> None:
    x = run("Kepala Kemenag Kota Malang Budi Santoso menjelaskan jadwal manasik haji.")
    assert held(x) == {("Budi Santoso", "Kepala", "Kantor Kementerian Agama Kota Malang")}


def test_a_school_level_in_a_dinas_portfolio_is_no_school() -> None:
    x = run("Ia didampingi Kepala Bidang SMP Dinas Pendidikan Kota Malang, Budi Santoso.")
    assert held(x) == {("Budi Santoso", "Kepala Bidang SMP", "Dinas Pendidikan Kota Malang")}
    assert not any(n.startswith("SMP ") for n in names(x, EntityType.ORGANIZATION))


def test_a_roman_numeral_after_a_body_before_a_name_is_the_bodys() -> None:
    x = extract(
        Article("Berita", "Direktur Utama Perum Tirta Sejahtera II Budi Santoso menyampaikan sambutan.")
    )
    held = {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships}
    assert held == {("Budi Santoso", "Perum Tirta Sejahtera II")}, held


def test_a_bare_dinas_before_a_name_makes_no_body_of_the_name() -> None:
    x = extract(
        Article(
            "Berita",
            "Kepala Dinas Kesehatan Kota Batu Husnul Arifin hadir. Sekretaris Dinas Agus Wibowo juga hadir di acara itu.",
        )
    )
    assert not any("Agus" in e.name for e in x.entities if e.type is EntityType.ORGANIZATION)
    assert "Agus Wibowo" in {e.name for e in x.entities if e.type is EntityType.PERSON}


@pytest.mark.parametrize(
    "text",
    [
        "Sebagai informasi, Harjono Kusuma dan Budi Santoso resmi menjadi Presiden dan Wakil Presiden RI.",
        "Pasangan Harjono Kusuma dan Budi Santoso ditetapkan sebagai Wali Kota Batu dan Wakil Wali Kota Batu.",
    ],
)
def test_two_names_and_two_offices_pair_up_in_turn(text: str) -> None:
    x = extract(Article("Berita", text))
    held = {(m.person.name, m.role.name) for m in x.memberships}
    first, second = ("Presiden", "Wakil Presiden") if "Presiden" in text else ("Wali Kota", "Wakil Wali Kota")
    assert held == {("Harjono Kusuma", first), ("Budi Santoso", second)}, held


@pytest.mark.parametrize(
    ("text", "head", "deputy"),
    [
        (
            "Bupati dan Wakil Bupati Malang, Harjono Kusuma dan Budi Santoso, menghadiri acara itu.",
            "Bupati",
            "Wakil Bupati",
        ),
        (
            "Wali Kota dan Wakil Wali Kota Batu, Harjono Kusuma dan Budi Santoso, hadir.",
            "Wali Kota",
            "Wakil Wali Kota",
        ),
    ],
)
def test_a_head_and_deputy_named_together_each_hold_their_own_office(
    text: str, head: str, deputy: str
) -> None:
    x = extract(Article("Berita", text))
    held = {(m.person.name, m.role.name) for m in x.memberships}
    assert held == {("Harjono Kusuma", head), ("Budi Santoso", deputy)}, held


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Bupati Malang Sanusi Wirawan hadir. Andi Saputra dan Rina Lestari dilantik sebagai Bupati "
            "dan Wakil Bupati Pasuruan oleh Gubernur Jawa Timur.",
            "Pemerintah Kabupaten Pasuruan",
        ),
        (
            "Andi Saputra dan Rina Lestari resmi menjabat Wali Kota dan Wakil Wali Kota Batu setelah "
            "dilantik di Jakarta, Kamis (20/2/2025).",
            "Pemerintah Kota Batu",
        ),
    ],
)
def test_a_bare_head_office_before_its_deputys_takes_the_deputys_region(text: str, region: str) -> None:
    x = run(text)
    assert {("Andi Saputra", region), ("Rina Lestari", region)} <= {
        (m.person.name, m.organization.name) for m in x.memberships if m.organization is not None
    }
    assert not any(m.person.name == "Andi Saputra" and "Malang" in str(m.organization) for m in x.memberships)


def test_the_second_name_of_a_hyphened_pair_holds_no_office_alone() -> None:
    x = run("Pasangan Budi Hartono-Siti Aminah resmi dilantik sebagai Wali Kota dan Wakil Wali Kota Batu.")
    assert not any(m.person.name == "Aminah" for m in x.memberships)


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "Founder PT Sinar Harapan Digital, Agus Salim, mengatakan perusahaannya siap membantu.",
            ("Agus Salim", "Pendiri", "PT Sinar Harapan Digital"),
        ),
        (
            "Menurut dosen Universitas Brawijaya, Rudi Hermawan, kebijakan itu tepat.",
            ("Rudi Hermawan", "Dosen", "Universitas Brawijaya"),
        ),
        (
            "Hal itu disampaikan Rudi Hermawan, pendiri Yayasan Cahaya Bangsa, Senin (1/12/2025).",
            ("Rudi Hermawan", "Pendiri", "Yayasan Cahaya Bangsa"),
        ),
    ],
)
def test_a_founder_or_lecturer_of_a_named_body(text: str, membership: tuple[str, str, str]) -> None:
    assert membership in held(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Direktur Tindak Pidana Tertentu Bareskrim Polri Brigjen Nunung Saputra mengatakan saksi diperiksa.",
        "Dirtipidter Bareskrim Polri Brigjen Nunung Saputra mengatakan saksi telah diperiksa.",
    ],
)
def test_a_director_of_the_bareskrim_sits_in_the_bareskrim(text: str) -> None:
    assert ("Nunung Saputra", "Direktur Tindak Pidana Tertentu", "Badan Reserse Kriminal") in held(run(text))


def test_a_body_with_its_short_form_then_indonesia_is_the_national_body() -> None:
    x = run(
        "Acara di Kendari itu dihadiri Gubernur Sulawesi Tenggara Budi Hartono dan Ketua Umum Kamar Dagang "
        "dan Industri (Kadin) Indonesia Anindita Pramudya."
    )
    assert ("Anindita Pramudya", "Ketua Umum", "Kamar Dagang dan Industri Indonesia") in held(x)
    assert not any("Kamar Dagang" in n and "Sulawesi" in n for n in names(x, EntityType.ORGANIZATION))


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "Duta Besar Jepang untuk Indonesia Masaki Yamamoto mengunjungi Kota Malang, Senin (1/12/2025).",
            ("Masaki Yamamoto", "Duta Besar", "Kedutaan Besar Jepang"),
        ),
        (
            "Kunjungan itu disambut Duta Besar Pakistan, Zahid Karim Chaudhry, yang meninjau kawasan itu.",
            ("Zahid Karim Chaudhry", "Duta Besar", "Kedutaan Besar Pakistan"),
        ),
    ],
)
def test_a_foreign_ambassador_holds_his_states_embassy(text: str, membership: tuple[str, str, str]) -> None:
    assert membership in held(run(text))


def test_an_indonesian_ambassador_gets_no_foreign_embassy() -> None:
    x = run("Duta Besar RI untuk Jepang Heri Akhmadi hadir di acara itu.")
    assert not any("Jepang" in org for _, _, org in held(x))


def test_an_english_bodys_name_run_into_after_a_title_is_no_holder() -> None:
    x = run("Rapat dihadiri oleh Kepala Lembaga National Single Window Rina Puspita serta pejabat lain.")
    assert not any(m.person.name.startswith("Single") for m in x.memberships)
    assert "Single Window Rina Puspita" not in names(x, EntityType.PERSON)


def test_a_command_named_in_two_words_after_its_number_holds_no_person() -> None:
    from kg.extract.base import extract
    from kg.records import Article, EntityType

    x = extract(Article("Judul", "Bupati hadir bersama Danrem 082/Citra Jaya, Kapolres Blitar dan Dandim."))
    assert not [e for e in x.entities if e.type is EntityType.PERSON and e.name == "Jaya"]
    assert not [m for m in x.memberships if m.person.name == "Jaya"]
    y = extract(Article("Judul", "Pangdam V/Brawijaya Suparman hadir di Surabaya."))
    assert [m.person.name for m in y.memberships] == ["Suparman"]


def test_a_provinces_inspector_heads_the_provinces_inspectorate() -> None:
    from kg.extract.base import extract
    from kg.records import Article

    x = extract(
        Article("Judul", "Inspektur Provinsi Jawa Timur Drs. Suparman Hadi, M.M. menyebutkan hal itu.")
    )
    assert [(m.person.name, m.organization.name) for m in x.memberships if m.organization] == [
        ("Suparman Hadi", "Inspektorat Provinsi Jawa Timur")
    ]


@pytest.mark.parametrize(
    ("text", "membership", "place"),
    [
        (
            "Camat Klojen, Hendra Wicaksana, mengingatkan warga soal banjir.",
            ("Hendra Wicaksana", "Camat", "Pemerintah Kota Malang"),
            "Kecamatan Klojen",
        ),
        (
            "Lurah Oro-oro Dowo Ratna Sulistyowati menyerahkan bantuan.",
            ("Ratna Sulistyowati", "Lurah", "Pemerintah Kota Malang"),
            "Kelurahan Oro-oro Dowo",
        ),
        (
            "Kepala Desa Pandanrejo, Sugeng Riyadi, menyambut rombongan.",
            ("Sugeng Riyadi", "Kepala Desa", "Pemerintah Desa Pandanrejo"),
            "Desa Pandanrejo",
        ),
    ],
)
def test_a_camat_or_lurah_serves_the_city_and_a_village_head_the_village_government(
    text: str, membership: tuple[str, str, str], place: str
) -> None:
    """A kecamatan and a kelurahan are units of the city or regency, not bodies of their own: their
    camat and lurah hold office in its government, and the district stays a place, not an
    organisation. A desa governs itself: its head heads the Pemerintah Desa."""
    x = run(text)
    assert membership in held(x)
    assert place in {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert place not in {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}


def test_a_body_defined_in_brackets_after_a_conjunction_does_not_open_with_it() -> None:
    """ "... dengan PT X Tbk (Bank X) dan Universitas Y (UY) Malang": the rector of "UY Malang" heads
    the university, not a body named "dan Universitas Y"."""
    x = run(
        "Pemkot Malang meneken MoU dengan PT Bank Sentosa Makmur Tbk (Bank Sentosa) dan Universitas "
        "Teknologi Brawangsa (UTB) Malang. Penandatanganan dilakukan Rektor UTB Malang Prof. Dr. Yohanes "
        "Wicaksono."
    )
    orgs = {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}
    assert not any(name.startswith("dan ") for name in orgs), orgs
    assert ("Yohanes Wicaksono", "Rektor") in {
        (p, r) for p, r, o in held(x) if o.startswith("Universitas Teknologi Brawangsa")
    }


def test_a_company_director_of_two_joined_fields_and_a_branch_head_serve_the_company() -> None:
    """ "Direktur Teknologi Informasi dan Operasi Bank X": the two fields are the role's, the bank
    the body; "Pemimpin Cabang Bank X Malang": a branch is the company, not a body of its own."""
    x = run(
        "Pemkot menandatangani MoU dengan PT Bank Pembangunan Daerah Sentosa Tbk (Bank Sentosa). "
        "Penandatanganan dilakukan Direktur Teknologi Informasi dan Operasi Bank Sentosa Hendra Liem. "
        "Hadir pula Pemimpin Cabang Bank Sentosa Malang Agustinus Halim."
    )
    assert {(p, r) for p, r, o in held(x) if o.startswith("PT Bank Pembangunan Daerah Sentosa")} == {
        ("Hendra Liem", "Direktur Teknologi Informasi dan Operasi"),
        ("Agustinus Halim", "Pemimpin Cabang"),
    }, held(x)
    assert "Bank Sentosa Malang" not in {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}


def test_joined_fields_of_a_unit_are_not_cut_at_a_word_before_the_body() -> None:
    """ "Kepala Biro Komunikasi dan Layanan Informasi Kemenkeu": no body "Informasi Kemenkeu"."""
    x = run("Kepala Biro Komunikasi dan Layanan Informasi Kemenkeu Dedi Santoso mengatakan hal itu.")
    assert "Informasi Kemenkeu" not in {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}


def test_an_address_after_an_office_building_holds_no_office() -> None:
    """ "di Kantor Gubernur Jawa Timur, Jalan Pahlawan Surabaya,": the street is an address."""
    x = run("Rapat digelar di Kantor Gubernur Jawa Timur, Jalan Pahlawan Surabaya, Senin (12/2/2024).")
    assert not x.memberships
    assert not any(e.type is EntityType.PERSON for e in x.entities)


def test_a_numbered_command_is_one_body_however_its_seat_is_written() -> None:
    """ "Dandim 0818/Kabupaten Malang-Batu", "Kodim 0818" and "Komando Distrik Militer 0818": its
    number names the command, one node."""
    x = run(
        "Hadir Dandim 0818/Kabupaten Malang-Batu Letkol Inf Bagus Cahyono. Personel Kodim 0818 membantu "
        "warga, dan Komando Distrik Militer 0818 menyiapkan dapur umum."
    )
    commands = {e.name for e in x.entities if e.type is EntityType.ORGANIZATION and "0818" in e.name}
    assert commands == {"Komando Distrik Militer 0818"}, commands
    assert ("Bagus Cahyono", "Komandan", "Komando Distrik Militer 0818") in held(x)


def test_a_body_in_a_province_is_its_regional_office_there() -> None:
    """ "Pemimpin Wilayah Perum Bulog Kantor Wilayah Jatim ..." and later "Bulog Jatim": one office."""
    x = run(
        "Hadir Pemimpin Wilayah Perum Bulog Kantor Wilayah Jatim Andi Tenriola. Senada, Pemimpin "
        "Wilayah Bulog Jatim Andi Tenriola memastikan stok beras aman."
    )
    bodies = {e.name for e in x.entities if e.type is EntityType.ORGANIZATION and "Logistik" in e.name}
    assert bodies == {"Kantor Wilayah Perum Badan Urusan Logistik Provinsi Jawa Timur"}, bodies


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "Hadir Direktur Utama PT Bank Tapian Nauli Indra Maulana Siregar. Pada kesempatan itu, Bank "
            "Tapian Nauli meluncurkan kredit mikro.",
            ("Indra Maulana Siregar", "Direktur Utama", "PT Bank Tapian Nauli"),
        ),
        (
            "Direktur Utama PT Sinar Dhirga Ari Wibowo mengatakan stok aman. Sinar Dhirga mengirim cabai.",
            ("Ari Wibowo", "Direktur Utama", "PT Sinar Dhirga"),
        ),
    ],
)
def test_a_company_named_elsewhere_without_the_words_after_it_leaves_them_to_its_head(
    text: str, membership: tuple[str, str, str]
) -> None:
    """The company's name ends where the article elsewhere ends it: the capitalised words after it
    here open its head's name (and the company without its legal form is the same body)."""
    x = run(text)
    assert membership in held(x), held(x)
    assert {e.name for e in x.entities if e.type is EntityType.ORGANIZATION} == {membership[2]}


def test_a_company_name_with_the_country_or_an_industry_word_after_it_is_not_cut() -> None:
    x = run("Direktur PT Pupuk Sentosa Indonesia Holding Rudi Hartanto hadir. Pupuk Sentosa menambah stok.")
    assert "PT Pupuk Sentosa Indonesia Holding" in {
        e.name for e in x.entities if e.type is EntityType.ORGANIZATION
    }


def test_a_unit_head_in_a_list_of_appointments_serves_the_office_written_after_the_unit() -> None:
    """ "A sebagai Sekretaris Dinas X (DX), B sebagai Kepala Bidang Sumber Daya Air Dinas Y (DY)":
    B's Bidang is Dinas Y's, written right after it ("Sumber" is no stop here), not Dinas X's."""
    x = run(
        "Wali Kota Malang Wiratmoko melantik pejabat. Yang dilantik di antaranya Drs. Yohanes Kristanto "
        "sebagai Sekretaris Dinas Pendidikan dan Kebudayaan (Disdikbud), Ir. Made Sukarsa sebagai Kepala "
        "Bidang Sumber Daya Air Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR)."
    )
    assert (
        "Made Sukarsa",
        "Kepala Bidang Sumber Daya Air",
        "Dinas Pekerjaan Umum dan Penataan Ruang Kota Malang",
    ) in held(x), held(x)


def test_a_command_numbered_in_roman_is_one_body_with_its_number() -> None:
    """ "Pangdam V/Brawijaya", "Kodam V": one Komando Daerah Militer V; "Lantamal V Surabaya" keeps
    its number (a naval base is named by it, not by the article's city)."""
    x = run(
        "Pangdam V/Brawijaya Mayjen TNI Rudi Hartono hadir. Personel Kodam V dan Lantamal V Surabaya "
        "disiagakan."
    )
    bodies = {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}
    assert "Komando Daerah Militer V" in bodies and not any(b.startswith("Kodam") for b in bodies), bodies
    assert any(b.startswith("Pangkalan Utama TNI Angkatan Laut V") for b in bodies), bodies


def test_a_section_head_of_the_regional_secretariat_with_a_slashed_field_sits_in_the_secretariat() -> None:
    for text, role in (
        (
            "Hadir pula Rina Kartika Sari sebagai Kepala Bagian Pengadaan Barang/Jasa dan Administrasi "
            "Pembangunan Sekretariat Daerah Kota Surabaya.",
            "Kepala Bagian Pengadaan Barang/Jasa dan Administrasi Pembangunan",
        ),
        (
            "Kepala Bagian Pengadaan Barang/Jasa Setda Kota Surabaya Rina Kartika Sari hadir.",
            "Kepala Bagian Pengadaan Barang/Jasa",
        ),
    ):
        x = run(text)
        assert len(x.memberships) == 2 and held(x) == {
            ("Rina Kartika Sari", role, "Sekretariat Daerah Kota Surabaya"),
            ("Rina Kartika Sari", role, "Pemerintah Kota Surabaya"),
        }


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Sekretaris Daerah Provinsi (Sekdaprov) Jawa Timur Dr. Ir. Rudi Hartawan, M.T. memimpin rapat koordinasi.",
         ("Rudi Hartawan", "Sekretaris Daerah", "Pemerintah Provinsi Jawa Timur")),
        ("Sekretaris Daerah Kota (Sekkot) Malang Rudi Hartawan membuka acara.",
         ("Rudi Hartawan", "Sekretaris Daerah", "Pemerintah Kota Malang")),
    ],
)  # fmt: skip
def test_a_titles_short_form_in_brackets_between_the_regions_type_word_and_its_name(
    text: str, membership: tuple[str, str, str]
) -> None:
    x = run(text)
    assert held(x) == {membership}
    assert names(x, EntityType.PERSON) == {"Rudi Hartawan"}


def test_a_first_name_the_tagger_does_not_know_after_an_honorific_or_a_bracketed_short_form() -> None:
    x = run(
        "Salah satu inovasi adalah sensor murah oleh tim Fakultas Teknik yang diketuai Dr. Eng. Ir. "
        "Wirandaksa Surya Ramadan. Alat ini memantau kualitas udara.\n"
        '"Aslinya alat pantau udara memang mahal," kata Wirandaksa saat dihubungi.'
    )
    assert "Wirandaksa Surya Ramadan" in names(x, EntityType.PERSON)
    assert [q.speaker.name for q in x.quotes] == ["Wirandaksa Surya Ramadan"]
    x = run(
        "Kajari Pekanbaru Silpia Rosalina didampingi Kepala Seksi (Kasi) Tindak Pidana Umum (Pidum) "
        "Marulitua Johannes Sitanggang."
    )
    assert names(x, EntityType.PERSON) == {"Silpia Rosalina", "Marulitua Johannes Sitanggang"}


def test_the_head_of_a_pesantren_holds_office_in_it() -> None:
    x = run("Pengasuh Pondok Pesantren Al-Hikmah KH Ahmad Basori mengatakan santri siap.")
    assert held(x) == {("Ahmad Basori", "Pengasuh", "Ponpes Al-Hikmah")}
    org = next(e for e in x.entities if e.type is EntityType.ORGANIZATION)
    assert "Pondok Pesantren Al-Hikmah" in org.aliases


def test_a_province_after_the_region_that_ends_an_office_is_no_holder() -> None:
    x = run("Lebih lanjut, Kepala Puskesmas Dinoyo Tuban Jawa Timur ini menilai program itu berhasil.")
    assert not names(x, EntityType.PERSON)
    assert not held(x)


def test_no_name_runs_across_a_line_break() -> None:
    x = run("Sambutan\nRudi Hartawan, Kepala Dinas Kesehatan Kota Malang, menjelaskan program itu.")
    assert names(x, EntityType.PERSON) == {"Rudi Hartawan"}
    assert held(x) == {("Rudi Hartawan", "Kepala", "Dinas Kesehatan Kota Malang")}
    # a heading the tagger reads as a name, before the line it heads, is no person
    x = run("Babak pertama berakhir 1-0.\nSusunan Pemain\nArsenal: David Raya, William Saliba.")
    assert "Susunan Pemain" not in names(x, EntityType.PERSON)


def test_a_body_the_lexicon_lacks_written_as_acronyms_and_a_region_before_its_holder() -> None:
    x = run("Seminar dihadiri Ketua PW LPKNU Jatim Wahyu A Priambodo, serta ratusan santri.")
    assert held(x) == {("Wahyu A Priambodo", "Ketua", "PW LPKNU Jatim")}
    # a board's level names the organisation after it, not the holder
    x = run("Ketua Umum BPP Himapi Rudi Hartawan Saputra mengatakan pengusaha optimistis.")
    assert not any(org == "BPP" for _, _, org in held(x))


def test_a_french_postgraduate_degree_is_no_part_of_a_name() -> None:
    x = run("Inovasi ini dikembangkan oleh dosen UGM, Prof. Dr. Rudi Hartawan DEA. Ia menjelaskan alat itu.")
    assert held(x) == {("Rudi Hartawan", "Dosen", "Universitas Gadjah Mada")}


def test_the_young_entrepreneurs_association_is_a_known_body() -> None:
    x = run("Menteri mengingatkan kader HIPMI untuk tidak menjadi perantara impor.")
    assert "Himpunan Pengusaha Muda Indonesia" in names(x, EntityType.ORGANIZATION)


def test_an_office_word_inside_a_regulations_type_is_no_title() -> None:
    x = extract(
        Article(
            "Judul",
            "Pemerintah menerbitkan Instruksi Presiden (Inpres) Nomor 8 Tahun 2025. Presiden Bambang Sutrisno "
            "meneken Inpres itu. Sesuai Peraturan Bupati (Perbup), Bupati Lumajang Hartono Wibisono hadir.",
            date="2025-10-20",
        )
    )
    roles = {e.name: e.aliases for e in x.entities if e.type is EntityType.ROLE}
    assert roles["Presiden"] == set() and roles["Bupati"] == set()
    assert {(m.person.name, m.role.name) for m in x.memberships} == {
        ("Bambang Sutrisno", "Presiden"),
        ("Hartono Wibisono", "Bupati"),
    }


def test_an_office_word_inside_a_known_bodys_name_is_no_title() -> None:
    x = run("Kemendagri berkoordinasi dengan Kantor Staf Presiden (KSP) dan Badan Pusat Statistik (BPS).")
    roles = {e.name: e.aliases for e in x.entities if e.type is EntityType.ROLE}
    assert "KSP" not in roles.get("Presiden", set())
    assert "Kantor Staf Presiden" in names(x, EntityType.ORGANIZATION)


def test_an_office_held_in_another_holders_service_is_not_that_holders() -> None:
    x = run(
        "Staf Khusus Presiden Rudi Hartawan hadir. Juru Bicara Presiden Sinta Maharani menjelaskan "
        "agenda. Staf Ahli Menteri Keuangan Agus Salimun juga hadir."
    )
    assert {(person, role) for person, role, _ in held(x)} == {
        ("Rudi Hartawan", "Staf Khusus Presiden"),
        ("Sinta Maharani", "Juru Bicara Presiden"),
        ("Agus Salimun", "Staf Ahli Menteri Keuangan"),
    }


def test_a_room_named_for_an_office_has_no_holder_after_its_comma() -> None:
    x = run("Pemkot Surabaya menandatangani MoU di Ruang Sidang Wali Kota, Balai Kota Surabaya, kemarin.")
    assert not names(x, EntityType.PERSON)
    assert "Balai Kota Surabaya" in names(x, EntityType.PLACE)


def test_a_facility_run_as_a_technical_unit_keeps_its_own_name() -> None:
    x = run("Kunjungan didampingi Kepala UPT Puskesmas Sumberrejo dr. Fransiska Lumbanraja.")
    assert held(x) == {("Fransiska Lumbanraja", "Kepala", "UPT Puskesmas Sumberrejo")}
    assert names(x, EntityType.PERSON) == {"Fransiska Lumbanraja"}


def test_a_programme_named_for_an_office_has_no_holder() -> None:
    x = run(
        "Bupati Malang Drs. H. Rudi Hartawan melantik camat. Ia meminta para camat menyesuaikan diri "
        "dengan program Bupati Ngantor di Desa, yakni agenda rutin bupati berkantor di desa."
    )
    assert names(x, EntityType.PERSON) == {"Rudi Hartawan"}
    # but the holder named after the office is its holder
    x = run("Anggaran itu bagian dari program Presiden Prabowo Subianto untuk desa.")
    assert ("Prabowo Subianto", "Presiden", "Pemerintah Republik Indonesia") in held(x)


def test_the_holder_of_a_village_office_written_without_the_village_is_a_person() -> None:
    x = run(
        "Kepala Desa Rudi Hartawan, yang akrab disapa Kang Rudi, mengatakan warga siap. "
        "Menurut Kepala Desa, Sinta Maharani, tahun ini ramai."
    )
    assert names(x, EntityType.PERSON) == {"Rudi Hartawan", "Sinta Maharani"}
    rudi = next(e for e in x.entities if e.name == "Rudi Hartawan")
    assert "Kang Rudi" in rudi.aliases
    assert not names(x, EntityType.ORGANIZATION)  # no body "Desa"


def test_a_tradition_named_after_a_cue_word_is_no_person() -> None:
    x = run("Pagi harinya warga menjalani tradisi Mepe Kasur di depan rumah, lalu ritual Tumpeng Sewu.")
    assert not names(x, EntityType.PERSON)


def test_a_whole_name_written_again_is_one_mention_and_keeps_its_nickname() -> None:
    x = run(
        "Kepala Desa Sukamaju Rudi Hartawan menerima trofi. Kepala Desa Rudi Hartawan, yang akrab disapa "
        "Kang Rudi, mengatakan warga siap."
    )
    [rudi] = [e for e in x.entities if e.type is EntityType.PERSON]
    assert rudi.name == "Rudi Hartawan"
    assert {"Kang Rudi", "Rudi"} <= rudi.aliases
    assert "Hartawan" not in rudi.aliases  # no alias of each of its words


def test_a_division_a_title_implies_is_in_the_office_not_a_body_of_its_own() -> None:
    x = run(
        "Kabid Humas Polda Jateng Kombes Rudi Hartawan mengatakan itu. Karo Rena Polda Bali Kombes Agus "
        "Salimun hadir."
    )
    assert held(x) == {
        ("Rudi Hartawan", "Kepala Bidang Humas", "Kepolisian Daerah Jawa Tengah"),
        ("Agus Salimun", "Kepala Biro Rena", "Kepolisian Daerah Bali"),
    }
    assert names(x, EntityType.ORGANIZATION) == {"Kepolisian Daerah Jawa Tengah", "Kepolisian Daerah Bali"}


def test_a_division_its_heads_title_writes_out_is_in_the_office_unless_named_on_its_own() -> None:
    """ "Kepala Bagian Kesra Setda Dairi", "Kepala Biro Hukum Setda Provinsi Sumatera Utara": the
    division written out in a head's title is in the office all the same; "Bagian Kerja Sama Setda
    Dairi menyiapkan naskahnya" names the division doing something, a body of its own."""
    x = run(
        "Kepala Bagian Kesejahteraan Rakyat Setda Dairi, Romauli Simbolon, menjelaskan jadwalnya. "
        "Kepala Biro Hukum Setda Provinsi Sumatera Utara, Marihot Situmorang, hadir. "
        "Kepala Bagian Operasi Polres Dairi Kompol Sahat Pardede berjaga."
    )
    assert held(x) == {
        ("Romauli Simbolon", "Kepala Bagian Kesejahteraan Rakyat", "Sekretariat Daerah Kabupaten Dairi"),
        ("Romauli Simbolon", "Kepala Bagian Kesejahteraan Rakyat", "Pemerintah Kabupaten Dairi"),
        ("Marihot Situmorang", "Kepala Biro Hukum", "Sekretariat Daerah Provinsi Sumatera Utara"),
        ("Sahat Pardede", "Kepala Bagian Operasi", "Kepolisian Resor Dairi"),
    }
    assert not {n for n in names(x, EntityType.ORGANIZATION) if n.startswith(("Bagian", "Biro"))}
    acting = run(
        "Kepala Bagian Kerja Sama Setda Dairi, Tumpak Hasibuan, hadir. Naskah perjanjian itu disiapkan "
        "Bagian Kerja Sama Setda Dairi."
    )
    assert "Bagian Kerja Sama Sekretariat Daerah Kabupaten Dairi" in names(acting, EntityType.ORGANIZATION)


@pytest.mark.parametrize("title", ["Kasatpol PP", "Kasat Pol PP"])
def test_the_head_of_the_civil_service_police_by_his_contracted_title(title: str) -> None:
    """ "Kasat Pol PP Kabupaten Dairi, Tumpak Hasibuan": the head of the regency's Satpol PP, however the
    contracted title is spaced."""
    x = run(f"Hadir pula {title} Kabupaten Dairi, Tumpak Hasibuan, S.Sos., dalam apel itu.")
    assert held(x) == {("Tumpak Hasibuan", "Kepala", "Satuan Polisi Pamong Praja Kabupaten Dairi")}


def test_a_regencys_secretariat_called_setkab_is_its_setda_not_the_cabinets() -> None:
    """ "Asisten Pemerintahan Setkab Dairi": a regency that calls its secretariat "Setkab"
    (Sekretariat Kabupaten), the regency's Setda; "Setkab" alone is still the cabinet's."""
    x = run("Rapat dibuka Asisten Pemerintahan Setkab Dairi, Sahat Pardede, di aula kantor bupati.")
    setda = "Sekretariat Daerah Kabupaten Dairi"
    assert held(x) == {
        ("Sahat Pardede", "Asisten Pemerintahan", setda),
        ("Sahat Pardede", "Asisten Pemerintahan", "Pemerintah Kabupaten Dairi"),
    }
    assert "Setkab Dairi" in next(e for e in x.entities if e.name == setda).aliases
    assert "Sekretariat Kabinet" in names(
        run("Menurut Sekretaris Kabinet, Setkab akan menyiapkan naskah."), EntityType.ORGANIZATION
    )


def test_a_deputy_standing_in_for_a_head_holds_office_in_the_heads_body() -> None:
    """ "Kepala Kantor Perwakilan BI Provinsi Sumatera Utara yang diwakili Deputi Kepala Perwakilan, Sahat
    Pardede": the deputy's title names no body; he stands in for the head of the one before it."""
    x = run(
        "Sementara itu, Kepala Kantor Perwakilan BI Provinsi Sumatera Utara yang diwakili Deputi Kepala "
        "Perwakilan, Sahat Pardede, memaparkan data harga."
    )
    office = "Kantor Perwakilan Bank Indonesia Provinsi Sumatera Utara"
    assert held(x) == {("Sahat Pardede", "Deputi Kepala Perwakilan", office)}


def test_a_coordinated_division_of_an_election_body_is_in_the_office() -> None:
    """ "Koordinator Divisi Hukum dan Penyelesaian Sengketa Bawaslu Kabupaten Dairi, Romauli": the
    division her title writes out is her office's, in the supervisory body, no body of its own."""
    x = run(
        "Koordinator Divisi Hukum dan Penyelesaian Sengketa Bawaslu Kabupaten Dairi, Romauli Simbolon, S.Pd., "
        "menambahkan laporan."
    )
    bawaslu = "Badan Pengawas Pemilihan Umum Kabupaten Dairi"
    assert held(x) == {("Romauli Simbolon", "Koordinator Divisi Hukum dan Penyelesaian Sengketa", bawaslu)}
    assert names(x, EntityType.ORGANIZATION) == {bawaslu}


def test_a_courts_panel_of_judges_is_the_court() -> None:
    x = run("Putusan dibacakan Majelis Hakim Pengadilan Militer Tinggi I Medan pada sidang kemarin.")
    assert names(x, EntityType.ORGANIZATION) == {"Pengadilan Militer Tinggi I Medan"}


def test_a_given_name_written_short_opens_a_name_the_tagger_misses() -> None:
    x = run(
        "Paripurna didampingi Wakil Ketua DPRD Jatim Dra. Sinta Maharani dan Moch. Rudi Hartawan. Hadir pula "
        "Agus Salimun dan Moch. Rizki Pratama dalam acara itu."
    )
    assert {"Moch. Rudi Hartawan", "Moch. Rizki Pratama"} <= names(x, EntityType.PERSON)
    assert (
        "Moch. Rudi Hartawan",
        "Wakil Ketua",
        "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Timur",
    ) in held(x)


def test_a_balinese_given_name_alone_is_the_office_holders_not_his_wifes() -> None:
    x = run(
        "Penghargaan diterima Wali Kota Denpasar, Dr. I Made Sudarsana Putra, S.E., pada malam itu. Hadir "
        'Ketua TP PKK Kota Denpasar Ny. Sagung Ayu Ratna Sudarsana. "Penghargaan ini kami persembahkan untuk '
        'anak-anak Denpasar," ujar Sudarsana. Di akhir kegiatan, Wali Kota Sudarsana berpesan.'
    )
    assert names(x, EntityType.PERSON) == {"I Made Sudarsana Putra", "Sagung Ayu Ratna Sudarsana"}
    assert [q.speaker.name for q in x.quotes] == ["I Made Sudarsana Putra"]


def test_a_name_set_off_as_what_a_person_is_called_is_theirs() -> None:
    x = run(
        'Gubernur Nusa Tenggara Timur Emanuel Melkiades Laka Lena meninjau sekolah itu. "Kami perbaiki '
        'secepatnya tahun ini," kata Melki, sapaan Melkiades, seusai rapat.'
    )
    assert names(x, EntityType.PERSON) == {"Emanuel Melkiades Laka Lena"}
    [person] = [e for e in x.entities if e.type is EntityType.PERSON]
    assert "Melki" in person.aliases
    assert [q.speaker.name for q in x.quotes] == ["Emanuel Melkiades Laka Lena"]


def test_a_facility_kind_spelled_out_before_its_initials_then_a_name_is_that_named_body() -> None:
    x = run(
        "Bantuan diserahkan kepada Kelompok Tani Hutan (KTH) Wana Lestari di Desa Ngijo. "
        "Seminar digelar di Pondok Pesantren (PP) Al-Hikmah, Sukamaju. "
        "Seminar dihadiri Pengasuh PP Al-Hikmah KH Darto Wiyono."
    )
    bodies = {e.name: e.aliases for e in x.entities if e.type is EntityType.ORGANIZATION}
    assert "Kelompok Tani Hutan Wana Lestari" in bodies["KTH Wana Lestari"]
    assert {"Pondok Pesantren Al-Hikmah", "PP Al-Hikmah"} <= bodies["Ponpes Al-Hikmah"]
    assert not names(x, EntityType.PROGRAM)
    assert ("Darto Wiyono", "Pengasuh", "Ponpes Al-Hikmah") in held(x)
    # a government body's kind is its name: what follows the bracket is its head
    x = run(
        "Kepala Pelaksana Badan Penanggulangan Bencana Sukamaju (BPBS) Darto Wiyono mengatakan banjir surut."
    )
    assert "Darto Wiyono" in names(x, EntityType.PERSON)
    # a hospital named after a doctor written without the abbreviation's dot
    x = run("Pasien dirujuk ke Rumah Sakit Umum Daerah (RSUD) dr Darto Wiyono, Sukamaju.")
    assert "RSUD dr Darto Wiyono" in names(x, EntityType.ORGANIZATION)


def test_a_regional_body_carries_every_form_the_lexicon_writes_it_with_and_its_region() -> None:
    x = run("Ketua TP PKK Kota Batu Ratna Sari Dewi membuka lomba.")
    [team] = [e for e in x.entities if e.type is EntityType.ORGANIZATION and "Penggerak" in e.name]
    assert {"TP PKK Kota Batu", "Tim Penggerak PKK Kota Batu"} <= team.aliases


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Wali Kota Probolinggo Budi Hartono hadir. Kepala Bappedalitbang Ir. Rina Kartika, M.T., menjelaskan.",
         ("Rina Kartika", "Kepala",
          "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan Kota Probolinggo")),
        ("Kepala Bapperida Kota Malang Dwi Hartono menjelaskan rencana itu.",
         ("Dwi Hartono", "Kepala", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kota Malang")),
    ],
)  # fmt: skip
def test_a_planning_agency_by_its_research_and_innovation_names(
    text: str, membership: tuple[str, str, str]
) -> None:
    assert membership in held(run(text))


def test_a_second_holder_of_a_shared_office_may_open_with_an_honorific() -> None:
    x = run(
        "Rapat dipimpin Ketua DPRD Kota Batu Agus Salim didampingi Wakil Ketua DPRD Ir. Budi Hartono "
        "dan Hj. Rina Sari Dewi, S.Ag. Rapat dihadiri 30 anggota dewan."
    )
    deputies = {person for person, role, _ in held(x) if role == "Wakil Ketua"}
    assert deputies == {"Budi Hartono", "Rina Sari Dewi"}


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Ketua Pansus II DPRD Kabupaten Sidoarjo, Agus Salim, membacakan laporan.",
         ("Agus Salim", "Ketua Panitia Khusus II", "Dewan Perwakilan Rakyat Daerah Kabupaten Sidoarjo")),
        ("Ketua Panitia Khusus (Pansus) III DPRD Kota Batu, Rina Sari, membacakan laporan.",
         ("Rina Sari", "Ketua Panitia Khusus III", "Dewan Perwakilan Rakyat Daerah Kota Batu")),
        ("Ketua Pansus Ranperda Pasar Rakyat DPRD Kota Malang Nur Laila Hasanah membacakan laporan.",
         ("Nur Laila Hasanah", "Ketua Panitia Khusus", "Dewan Perwakilan Rakyat Daerah Kota Malang")),
        ("Ketua Panitia Khusus (Pansus) Raperda Perlindungan Mata Air, Bagus Prasetyo, membacakan laporan "
         "di DPRD Kota Malang.",
         ("Bagus Prasetyo", "Ketua Panitia Khusus", "Dewan Perwakilan Rakyat Daerah Kota Malang")),
    ],
)  # fmt: skip
def test_a_special_committee_by_its_number_or_bill_seats_its_chair_in_the_house(
    text: str, membership: tuple[str, str, str]
) -> None:
    x = run(text)
    assert membership in held(x)
    assert not any(n.startswith("Panitia Khusus (") for n in names(x, EntityType.ORGANIZATION))


def test_a_special_committee_written_without_its_house_is_the_only_house_the_article_names() -> None:
    x = run(
        "Rapat paripurna DPRD Kota Malang digelar Senin. Ketua Panitia Khusus (Pansus) Ranperda Pasar "
        "Rakyat Hj. Nur Laila Hasanah, S.Pd. melaporkan hasil pembahasan. Juru bicara Pansus Ranperda "
        "Pengelolaan Sampah, Rudi Hartawan, menyampaikan laporan."
    )
    house = "Dewan Perwakilan Rakyat Daerah Kota Malang"
    # (the bill names the committee, not the office: every committee's chair is "Ketua Panitia Khusus")
    assert ("Nur Laila Hasanah", "Ketua Panitia Khusus", house) in held(x)
    assert ("Rudi Hartawan", "Juru Bicara Panitia Khusus", house) in held(x)
    assert "Panitia Khusus Ranperda Pasar Rakyat Dewan Perwakilan Rakyat Daerah Kota Malang" in names(
        x, EntityType.ORGANIZATION
    )
    # with two houses in the article, which one is not said
    x = run(
        "Rombongan DPRD Kota Batu berkunjung ke DPRD Kota Malang. Ketua Pansus Ranperda Pasar Rakyat "
        "Hj. Nur Laila Hasanah menerima mereka."
    )
    assert not any(role.startswith("Ketua Panitia") for _, role, _ in held(x))


def test_a_police_sector_named_by_a_short_district_and_its_number() -> None:
    x = run(
        '"Benar," ujar Kapolsek SU I AKP Heri Santoso saat dikonfirmasi. Kapolres Malang I Made Sudana hadir.'
    )
    assert ("Heri Santoso", "Kepala Kepolisian Sektor", "Kepolisian Sektor SU I") in held(x)
    assert ("I Made Sudana", "Kepala Kepolisian Resor", "Kepolisian Resor Malang") in held(x)


def test_a_known_body_spelled_out_with_a_joining_word_more_before_its_long_abbreviation_is_one_body() -> None:
    x = run(
        "Program itu lahir di era Kementerian Pendidikan dan Kebudayaan, Riset, dan Teknologi "
        "(Kemendikbudristek). Kemendikbudristek kala itu menggratiskan biaya."
    )
    assert names(x, EntityType.ORGANIZATION) == {"Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"}


def test_a_faction_spokesperson_sits_in_the_one_house_the_article_names() -> None:
    x = run(
        "Rapat paripurna DPRD Kabupaten Lumajang digelar Senin. Juru bicara Fraksi PKS, Rina Hasanah, "
        "meminta pemerintah daerah memasukkan indikator."
    )
    assert held(x) == {
        ("Rina Hasanah", "Juru Bicara Fraksi PKS", "Dewan Perwakilan Rakyat Daerah Kabupaten Lumajang")
    }


def test_a_bare_deputy_chair_after_the_chair_of_a_house_sits_in_that_house() -> None:
    x = run(
        "Rapat dipimpin Ketua DPRD Kota Batu Budi Santoso, didampingi Wakil Ketua Ahmad Supardi dan "
        "Wakil Ketua Rina Hidayati."
    )
    house = "Dewan Perwakilan Rakyat Daerah Kota Batu"
    assert held(x) == {
        ("Budi Santoso", "Ketua", house), ("Ahmad Supardi", "Wakil Ketua", house), ("Rina Hidayati", "Wakil Ketua", house),
    }  # fmt: skip
    assert not run("Wakil Ketua Ahmad Supardi hadir di acara itu.").memberships


def test_a_ranked_name_after_a_title_s_unread_words_holds_it_not_the_name_before() -> None:
    x = run(
        "Hadir pula Drs. Hasan Wattimury, M.M., Kapolresta Pulau Ambon dan Pulau-Pulau Lease Kombes Pol. "
        "Yosef Tampubolon, S.I.K."
    )
    assert not any(m.person.name == "Hasan Wattimury" for m in x.memberships)


def test_a_city_secretary_is_the_city_s_regional_secretary() -> None:
    x = run("Hadir pula Sekretaris Kota (Sekkot) Ambon Drs. Hasan Wattimury, M.M., dan tamu lain.")
    assert held(x) == {("Hasan Wattimury", "Sekretaris Daerah", "Pemerintah Kota Ambon")}


def test_a_school_s_head_and_deputy_written_short_hold_their_offices() -> None:
    assert held(run("Kepsek SMAN 2 Tabanan, Agung Wiryawan, menambahkan pemilih berasal dari siswa.")) == {
        ("Agung Wiryawan", "Kepala Sekolah", "SMAN 2 Tabanan")
    }
    assert held(run("Wakasek SMAN 2 Tabanan Agung Wiryawan hadir.")) == {
        ("Agung Wiryawan", "Wakil Kepala Sekolah", "SMAN 2 Tabanan")
    }


@pytest.mark.parametrize(
    ("text", "body", "written"),
    [
        (
            "Komandan Kodim 0801/Pacitan Letkol Inf Bagus Wirawan menerjunkan personel.",
            "Komando Distrik Militer 0801",
            "Kodim 0801/Pacitan",
        ),
        (
            "Komandan Korem 084/Bhaskara Jaya, Kolonel Inf Bagus Wirawan, meninjau lokasi.",
            "Komando Resor Militer 084",
            "Korem 084/Bhaskara Jaya",
        ),
    ],
)
def test_a_commander_of_a_command_written_with_its_number_and_name_holds_its_office(
    text: str, body: str, written: str
) -> None:
    x = run(text)
    assert held(x) == {("Bagus Wirawan", "Komandan", body)}
    [command] = [e for e in x.entities if e.name == body]
    assert written in command.aliases


def test_a_village_written_in_its_regions_own_word_is_a_name_of_its_government() -> None:
    """ "Wali Nagari Saruaso": West Sumatra's word for a village names the village's government as
    the article writes it ("Nagari Saruaso"), beside the gazetteer's "Desa Saruaso"."""
    x = run("Wali Nagari Saruaso, Binsar Manurung, menyambut rombongan Bupati Tanah Datar.")
    assert held(x) == {("Binsar Manurung", "Wali Nagari", "Pemerintah Nagari Saruaso")}
    [government] = [e for e in x.entities if e.name == "Pemerintah Nagari Saruaso"]
    assert {"Nagari Saruaso", "Desa Saruaso"} <= government.aliases
    assert lexicon.government_name("Nagari Koto Tinggi") == "Pemerintah Nagari Koto Tinggi"


def test_the_district_set_off_after_an_offices_village_stands_between_the_office_and_its_holder() -> None:
    """ "Wali Nagari X, Kecamatan Y, Budi": the district the village is in (one the gazetteer lacks
    too), between commas, then the holder's name."""
    x = run("Wali Nagari Saruaso, Kecamatan Lumban Raya, Binsar Manurung, menyambut rombongan.")
    assert held(x) == {("Binsar Manurung", "Wali Nagari", "Pemerintah Nagari Saruaso")}


def test_a_lurah_of_a_kalurahan_heads_the_villages_own_government() -> None:
    x = run(
        "Kalurahan Panggungharjo meraih predikat informatif. "
        "Lurah Panggungharjo, Sutopo Wirodiharjo, mengaku bangga."
    )
    assert held(x) == {("Sutopo Wirodiharjo", "Lurah", "Pemerintah Desa Panggungharjo")}
    [government] = [e for e in x.entities if e.name == "Pemerintah Desa Panggungharjo"]
    assert "Pemerintah Kalurahan Panggungharjo" in government.aliases
    # (and as the village, as the article writes it: "Kalurahan X", as a desa's is "Desa X")
    assert "Kalurahan Panggungharjo" in government.aliases
    assert names(x, EntityType.PERSON) == {"Sutopo Wirodiharjo"}
    # a lurah of a kelurahan stays an official of the town's government
    x = run("Lurah Wonokromo, Sutopo Wirodiharjo, hadir di Kota Surabaya.")
    assert held(x) == {("Sutopo Wirodiharjo", "Lurah", "Pemerintah Kota Surabaya")}


@pytest.mark.parametrize(
    "text",
    [
        "Rapat didampingi dua Wakil Ketua DPRD Kota Batu, Sugeng Riyadi, S.E., dan Hj. Wulan Sari, S.H. Dari "
        "unsur eksekutif hadir Sekda.",
        "Rapat didampingi Wakil Ketua DPRD Kota Batu Sugeng Riyadi dan Wulan Sari. Wali Kota hadir.",
    ],
)
def test_both_deputies_listed_after_a_shared_office_hold_it(text: str) -> None:
    x = run(text)
    deputies = {m.person.name for m in x.memberships if m.role.name == "Wakil Ketua"}
    assert deputies == {"Sugeng Riyadi", "Wulan Sari"}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Rapat dipimpin Ketua DPRD Kota Batu Robby Ch. Lumenta, S.E., di ruang rapat.", "Robby Ch. Lumenta"),
        ("Hadir Ketua DPRD Kota Batu Basri Hi. Umar, S.Pd., serta unsur Forkopimda.", "Basri Hi. Umar"),
    ],
)
def test_a_given_name_written_short_inside_a_name_keeps_the_name_whole(text: str, holder: str) -> None:
    x = run(text)
    assert held(x) == {(holder, "Ketua", "Dewan Perwakilan Rakyat Daerah Kota Batu")}
    assert names(x, EntityType.PERSON) == {holder}


def test_a_name_with_a_given_name_written_short_before_sebagai_holds_the_office() -> None:
    x = run("Wali Kota Malang melantik Andi Abd. Karim, S.Sos. sebagai Camat Klojen di Balai Kota.")
    assert ("Andi Abd. Karim", "Camat", "Pemerintah Kota Malang") in held(x)
    assert "Karim" not in names(x, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Kepala Stasiun Klimatologi Kalimantan Barat, Bagus Wirawan, S.Si., mengingatkan warga.",
            "Stasiun Klimatologi Kalimantan Barat",
        ),
        (
            "Kepala Balai Pengembangan dan Pelatihan Teknologi Pangan (BPPTP), Bagus Wirawan, hadir.",
            "Balai Pengembangan dan Pelatihan Teknologi Pangan",
        ),
    ],
)
def test_a_head_of_a_weather_station_or_a_technical_balai_holds_its_office(text: str, body: str) -> None:
    x = run(text)
    assert held(x) == {("Bagus Wirawan", "Kepala", body)}
    assert not names(x, EntityType.PLACE) & {body, " ".join(body.split()[:2])}


def test_a_commander_written_with_his_offices_short_form_in_brackets_holds_his_command() -> None:
    x = run("Komandan Kodim (Dandim) 0801/Pacitan Letkol Inf Bagus Wirawan menerjunkan personel.")
    assert held(x) == {("Bagus Wirawan", "Komandan", "Komando Distrik Militer 0801")}


def test_a_movement_launched_is_a_programme_not_a_body() -> None:
    x = run("Pemkab Sukamaju meluncurkan Gerakan Nelayan Sejahtera (Genta) di pelabuhan, Sabtu (26/4/2025).")
    assert "Gerakan Nelayan Sejahtera" in names(x, EntityType.PROGRAM)
    assert "Gerakan Nelayan Sejahtera" not in names(x, EntityType.ORGANIZATION)


def test_an_office_now_held_by_a_name_without_oleh_is_held_by_it() -> None:
    x = run("Wali Kota Malang melantik pejabat. Adapun Lurah Oro-oro Dowo kini dijabat Slamet Purwanto, S.H.")
    assert ("Slamet Purwanto", "Lurah", "Pemerintah Kota Malang") in held(x)


def test_a_two_word_abbreviation_written_again_is_the_body_that_defined_it() -> None:
    x = run(
        "Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak (Dinsos P3A) Kota Batu, Hj. Sri "
        "Handayani, hadir. Dinsos P3A bersama Dinas Kependudukan dan Pencatatan Sipil akan mendata anak."
    )
    assert not [e for e in x.entities if e.name == "Dinas Sosial Kota Batu"]
    [body] = [e for e in x.entities if e.name.startswith("Dinas Sosial")]
    assert body.name == "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Batu"


def test_a_married_womans_name_with_two_families_joined_by_a_hyphen_holds_her_office() -> None:
    x = run("Turut hadir Ketua Tim Penggerak PKK Kota Kupang Ny. Rina Bulu-Tefa dalam acara itu.")
    assert "Rina Bulu-Tefa" in names(x, EntityType.PERSON)
    assert any(m.person.name == "Rina Bulu-Tefa" and m.role.name == "Ketua" for m in x.memberships)
    # a pair of candidates joined by a hyphen stays two
    assert "Harjono-Sulastri" not in names(
        run("Pasangan calon Bupati Harjono-Sulastri hadir."), EntityType.PERSON
    )


def test_a_village_head_of_a_village_the_list_writes_in_one_word_is_in_its_town() -> None:
    x = run(
        "Wali Kota menyambangi warga di Kelurahan Karang Besuki, Kecamatan Sukun, Kota Malang. Lurah Karang "
        "Besuki, Rina Wulandari, memaparkan data."
    )
    assert ("Rina Wulandari", "Lurah", "Pemerintah Kota Malang") in held(x)


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Ketua Komunitas Sahabat Sungai Jernih Malang, Budi Santoso, menyambut baik gerakan itu.",
         ("Budi Santoso", "Ketua", "Komunitas Sahabat Sungai Jernih Malang")),
        ("Ketua Kelompok Tani Ngudi Rahayu Desa Sukamaju, Joko Susilo, mengaku senang.",
         ("Joko Susilo", "Ketua", "Poktan Ngudi Rahayu")),
        ("Ketua Paguyuban Pedagang Pasar Wonokerto, Slamet Widarto, menyatakan setuju.",
         ("Slamet Widarto", "Ketua", "Paguyuban Pedagang Pasar Wonokerto")),
        # a waste bank names itself too, its holder closed by commas though the tagger misses her
        ("Ketua Bank Sampah Ngudi Makmur Kelurahan Sukorejo, Sutinah, mengaku senang kampungnya dipilih.",
         ("Sutinah", "Ketua", "Bank Sampah Ngudi Makmur Kelurahan Sukorejo")),
        ("Ketua Karang Taruna Tunas Harapan Desa Sukamaju, Andi Pratama, menyambut baik.",
         ("Andi Pratama", "Ketua", "Karang Taruna Tunas Harapan Desa Sukamaju")),
        # a group of any kind ("Kelompok Tenun", "Kelompok Nelayan"), not only one the lexicon spells out
        ("Ketua Kelompok Tenun Ulos Nauli, Romauli Simbolon, mengucapkan terima kasih.",
         ("Romauli Simbolon", "Ketua", "Kelompok Tenun Ulos Nauli")),
        ("Ketua Kelompok Nelayan Horas Jaya Desa Pardomuan, Binsar Manurung, meminta bantuan jaring.",
         ("Binsar Manurung", "Ketua", "Kelompok Nelayan Horas Jaya Desa Pardomuan")),
        # with no comma, the words that read as a name are the holder's
        ("Ketua Paguyuban Pedagang Pasar Slamet Widarto menyatakan setuju.",
         ("Slamet Widarto", "Ketua", "Paguyuban Pedagang Pasar")),
    ],
)  # fmt: skip
def test_a_group_named_freely_runs_to_the_comma_before_its_holders_name(
    text: str, membership: tuple[str, str, str]
) -> None:
    assert membership in held(run(text))


def test_a_section_or_bureau_written_before_the_regional_secretariat_is_one_body_within_it() -> None:
    x = run(
        "Pansus II menggelar rapat finalisasi bersama Bagian Hukum Setda Blitar dan Disbudpar. Pansus juga "
        "berkonsultasi dengan Biro Hukum Setda Provinsi Jawa Barat."
    )
    bodies = {e.name: e for e in x.entities if e.type is EntityType.ORGANIZATION}
    assert {"Bagian Hukum", "Biro Hukum"}.isdisjoint(bodies)
    bureau = bodies["Biro Hukum Sekretariat Daerah Provinsi Jawa Barat"]
    assert "Biro Hukum Setda Provinsi Jawa Barat" in bureau.aliases
    # the secretariat written only inside its section's name is no node of its own (as annotators list it)
    assert "Sekretariat Daerah Provinsi Jawa Barat" not in bodies


def test_an_office_named_by_a_national_bodys_last_words_and_its_abbreviation_is_its_regional_office() -> None:
    x = run(
        "Tim SAR gabungan dari BPBD, Kantor Pencarian dan Pertolongan (Basarnas) Semarang, Kodim, dan PMI "
        "melakukan pencarian. Basarnas juga menurunkan helikopter."
    )
    bodies = {e.name: e for e in x.entities if e.type is EntityType.ORGANIZATION}
    office = bodies["Kantor Pencarian dan Pertolongan Kota Semarang"]
    assert {"Kantor Pencarian dan Pertolongan Semarang", "Basarnas Semarang"} <= office.aliases
    assert office.parent is not None and office.parent.name == "Badan Nasional Pencarian dan Pertolongan"
    assert "Basarnas" not in office.aliases  # (the bare abbreviation is the national body's)
    assert "Tim SAR" not in bodies  # a joint search team is a kind of team, not one body


def test_a_lower_case_members_title_with_its_body_and_region_then_a_long_name_without_a_comma() -> None:
    x = run(
        "Sementara itu, anggota Komisi C DPRD Kota Blitar Achmad Farid Bahalwan meminta pemkot tidak berpuas "
        "diri. Hal itu dibenarkan dosen Universitas Islam Negeri Sunan Ampel Surabaya."
    )
    assert (
        "Achmad Farid Bahalwan",
        "Anggota Komisi C",
        "Dewan Perwakilan Rakyat Daerah Kota Blitar",
    ) in held(x)
    assert "Sunan Ampel" not in " ".join(names(x, EntityType.PERSON))  # (a namesake in a university's name)


def test_a_lower_case_members_title_with_its_body_and_region_then_a_name_that_ends_the_sentence() -> None:
    x = run("Hadir pula anggota Komisi IV DPRD Kabupaten Samosir Rosdiana Sinaga.\n\nWarga menyambut baik.")
    assert (
        "Rosdiana Sinaga",
        "Anggota Komisi IV",
        "Dewan Perwakilan Rakyat Daerah Kabupaten Samosir",
    ) in held(x)


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        # a facility by its kind's abbreviation after the portfolio words, not a holder named "Medik"
        ("Direktur Pelayanan Medik RSUD Sukamaju, Budi Hartono, hadir.",
         ("Budi Hartono", "Direktur Pelayanan Medik", "RSUD Sukamaju")),
        ("Adapun Andi Rahman merupakan Wakil Direktur Pelayanan RSUD Sukamaju.",
         ("Andi Rahman", "Wakil Direktur Pelayanan", "RSUD Sukamaju")),
        # a region's office by its abbreviation alone is the article's region's
        ("Wali Kota Blitar hadir. Kepala Bidang Bina Marga DPUPR, Bambang Sulistyo, memaparkan rencana.",
         ("Bambang Sulistyo", "Kepala Bidang Bina Marga", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Blitar")),
    ],
)  # fmt: skip
def test_a_portfolio_then_a_body_by_its_abbreviation(text: str, membership: tuple[str, str, str]) -> None:
    assert membership in held(run(text))


def test_a_list_of_posts_held_before_gives_each_name_its_own() -> None:
    x = run(
        "Wali Kota Blitar melantik tiga pejabat. Sebelumnya, Dewi Kurniasih menjabat Sekretaris DPRD Kota Blitar, "
        "Bambang Sulistyo menjabat Kepala Bidang Bina Marga DPUPR."
    )
    assert ("Dewi Kurniasih", "Sekretaris", "Dewan Perwakilan Rakyat Daerah Kota Blitar") in held(x)
    assert not any(m.person.name == "Bambang Sulistyo" and m.role.name == "Sekretaris" for m in x.memberships)


def test_a_branch_heads_title_names_a_companys_branch_in_the_town_after_it() -> None:
    x = run(
        "DLH menggandeng Bank Kalbar Cabang Singkawang. Pemimpin Cabang Bank Kalbar Singkawang, Markus Simanjuntak, "
        "mengatakan pihaknya menyiapkan rekening khusus."
    )
    # (the province's development bank, by the lexicon's name for "Bank Kalbar"; the branch a node)
    assert ("Markus Simanjuntak", "Pemimpin Cabang", "PT Bank Pembangunan Daerah Kalimantan Barat") in held(x)
    assert "PT Bank Pembangunan Daerah Kalimantan Barat Cabang Singkawang" in names(
        x, EntityType.ORGANIZATION
    )
    assert "Bank Kalbar Singkawang" not in names(x, EntityType.ORGANIZATION)


def test_metro_before_a_city_is_the_metropolitan_police_not_kota_metro() -> None:
    x = run(
        "Kepolisian Resor (Polres) Metro Bekasi mengungkap 12 kasus narkotika. Kapolres Metro Bekasi Kombes "
        "Hendra Wiguna menyampaikannya di Mapolres Metro Bekasi."
    )
    assert "Kota Metro" not in names(x, EntityType.PLACE)
    assert ("Hendra Wiguna", "Kepala Kepolisian Resor", "Kepolisian Resor Metro Bekasi") in held(x)
    # the city in Lampung is still read where it is named
    assert "Pemerintah Kota Metro" in names(
        run("Wali Kota Metro Bambang Iman hadir."), EntityType.ORGANIZATION
    )


def test_a_national_body_named_beside_its_branch_is_a_node_of_its_own() -> None:
    x = run(
        "Piagam diserahkan Direktur Jaminan Pelayanan Kesehatan BPJS Kesehatan, dr. Wulan Pratiwi, di Jakarta.\n"
        "Kepala BPJS Kesehatan Cabang Blora, Hadi Kusuma, S.E., mengapresiasi Pemkab Blora."
    )
    national = "Badan Penyelenggara Jaminan Sosial Kesehatan"
    assert {national, f"{national} Cabang Blora"} <= names(x, EntityType.ORGANIZATION)
    assert ("Wulan Pratiwi", "Direktur Jaminan Pelayanan Kesehatan", national) in held(x)
    assert ("Hadi Kusuma", "Kepala", f"{national} Cabang Blora") in held(x)


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Perwakilan BI Provinsi Jawa Timur, Rudi Santosa, menjelaskan kegiatan ini.",
        "Pemkot bersama Bank Indonesia (BI) Perwakilan Provinsi Jawa Timur menggelar pasar murah. Kepala "
        "Perwakilan BI Provinsi Jawa Timur, Rudi Santosa, menjelaskan kegiatan ini.",
        "Kepala Kantor Perwakilan BI Provinsi Jawa Timur, Rudi Santosa, menjelaskan kegiatan ini.",
    ],
)
def test_bank_indonesias_office_in_a_region_is_its_kantor_perwakilan(text: str) -> None:
    x = run(text)
    office = "Kantor Perwakilan Bank Indonesia Provinsi Jawa Timur"
    assert [m.organization.name for m in x.memberships if m.person.name == "Rudi Santosa"] == [office]
    assert not any(
        n.startswith("Kantor Perwakilan Kantor") or "BI Perwakilan" in n
        for n in names(x, EntityType.ORGANIZATION)
    )
    assert len([n for n in names(x, EntityType.ORGANIZATION) if "Perwakilan" in n]) == 1


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Turut hadir Pimpinan Cabang Perum Bulog Madiun Sri Handayani.",
         ("Sri Handayani", "Pimpinan Cabang", "Perum Badan Urusan Logistik Cabang Madiun")),
        ("Kepala Cabang BPJS Ketenagakerjaan Purwokerto, Sri Handayani, hadir.",
         ("Sri Handayani", "Kepala Cabang", "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan Cabang Purwokerto")),
    ],
)  # fmt: skip
def test_a_branch_heads_title_makes_the_body_and_town_after_it_the_branch(
    text: str, membership: tuple[str, str, str]
) -> None:
    assert membership in held(run(text))


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("Kepala Stasiun Geofisika BMKG Pasuruan, Hadi Kusuma, menjelaskan potensi gempa.", "Stasiun Geofisika Pasuruan"),
        ("Kepala Stasiun Geofisika BMKG Pasuruan Hadi Kusuma menjelaskan potensi gempa.", "Stasiun Geofisika Pasuruan"),
        ("Kepala Stasiun Meteorologi BMKG Abdulrachman Saleh, Hadi Kusuma, menjelaskan cuaca.",
         "Stasiun Meteorologi Abdulrachman Saleh"),
    ],
)  # fmt: skip
def test_an_agencys_station_written_with_its_place_after_the_agency_is_a_body_of_its_own(
    text: str, station: str
) -> None:
    x = run(text)
    assert ("Hadi Kusuma", "Kepala", station) in held(x)
    [entity] = [e for e in x.entities if e.name == station]
    assert entity.parent is not None and entity.parent.name == "Badan Meteorologi, Klimatologi, dan Geofisika"


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Kepala Stasiun Klimatologi Sumatera Utara BMKG, Hadi Kusuma, menjelaskan cuaca.",
         ("Hadi Kusuma", "Kepala", "Stasiun Klimatologi Sumatera Utara")),
        ("Prakirawan Stasiun Klimatologi Sumatera Utara BMKG, Hadi Kusuma, menjelaskan cuaca.",
         ("Hadi Kusuma", "Prakirawan", "Stasiun Klimatologi Sumatera Utara")),
        ("Kepala Stasiun Geofisika Sidikalang, Hadi Kusuma, menjelaskan potensi gempa.",
         ("Hadi Kusuma", "Kepala", "Stasiun Geofisika Sidikalang")),
    ],
)  # fmt: skip
def test_a_station_named_by_its_region_before_the_agency_or_by_a_districts_town_keeps_that_name(
    text: str, membership: tuple[str, str, str]
) -> None:
    x = run(text)
    assert membership in held(x)
    [station] = [e for e in x.entities if e.name == membership[2]]
    assert station.parent is None or station.parent.name == "Badan Meteorologi, Klimatologi, dan Geofisika"


def test_a_faction_speaking_through_its_spokesperson_seats_them_in_the_house() -> None:
    x = run(
        "Rapat paripurna DPRD Kabupaten Blora digelar Senin. Fraksi PKS melalui juru bicaranya, Hj. Sri Lestari, "
        "Lc., meminta perwal segera disiapkan. Sementara Fraksi Partai Golkar melalui juru bicara Hadi Kusuma, "
        "S.H., menyoroti TPA."
    )
    house = "Dewan Perwakilan Rakyat Daerah Kabupaten Blora"
    assert {
        ("Sri Lestari", "Juru Bicara Fraksi PKS", house),
        ("Hadi Kusuma", "Juru Bicara Fraksi Partai Golkar", house),
    } <= held(x)
    # the faction speaking through a member named straight after "melalui" or "yang diwakili"
    x = run(
        "Rapat paripurna DPRD Kabupaten Blora digelar Senin. Fraksi PKS yang diwakili H. Rudi Hartawan, Lc., "
        "mengingatkan pemerintah. Fraksi Golkar melalui Wartini, S.H. meminta perbaikan."
    )
    assert {
        ("Rudi Hartawan", "Juru Bicara Fraksi PKS", house),
        ("Wartini", "Juru Bicara Fraksi Golkar", house),
    } <= held(x)


@pytest.mark.parametrize(
    "text",
    [
        "Budi Santoso, S.STP., kini dipercaya menjadi Camat Sukun.",
        "Budi Santoso, S.STP., M.Si., yang sebelumnya menjabat Sekretaris Dinas Sosial, kini dipercaya menjadi "
        "Camat Sukun.",
    ],
)
def test_an_appointment_after_kini_or_after_the_post_held_before_is_the_named_ones(text: str) -> None:
    x = run(f"Wali Kota Malang Hadi Kusuma melantik pejabat. {text}")
    assert ("Budi Santoso", "Camat", "Pemerintah Kota Malang") in held(x)


def test_a_deputy_head_of_a_representative_office_keeps_deputi() -> None:
    x = run("Turut hadir Deputi Kepala Perwakilan BI Jawa Timur Hadi Kusuma dalam acara itu.")
    office = "Kantor Perwakilan Bank Indonesia Provinsi Jawa Timur"
    assert ("Hadi Kusuma", "Deputi Kepala Perwakilan", office) in held(x)


def test_names_of_peoples_and_bills_are_no_persons_and_a_joined_field_ends_before_its_ministry() -> None:
    x = run(
        "Paripurna DPRD membahas Raperda Pengelolaan Hutan Desa.\n"
        "Terkait Raperda Pengelolaan Hutan Desa, Wabup menjelaskan regulasi itu memberi kepastian hukum bagi "
        "komunitas adat Dayak Ngaju, Dayak Maanyan, dan Batak Toba. Wakil Bupati Kutai Kartanegara Agus "
        "Wibisono hadir. Piagam diserahkan oleh Direktur Jenderal Kesehatan Primer dan Komunitas Kementerian "
        "Kesehatan, dr. Hendra Kusnadi, MPH."
    )
    assert names(x, EntityType.PERSON) == {"Agus Wibisono", "Hendra Kusnadi"}
    assert (
        "Hendra Kusnadi",
        "Direktur Jenderal Kesehatan Primer dan Komunitas",
        "Kementerian Kesehatan",
    ) in held(x)


def test_a_bare_unit_and_the_fire_service_by_its_short_name_are_the_bodies_the_article_writes_out() -> None:
    x = run(
        "Wali Kota Cimahi hadir. Kapolresta Cimahi Kombes Arif Wibowo memimpin apel. Berdasarkan data "
        "Satlantas, angka kecelakaan naik. Satuan Lalu Lintas (Satlantas) Polresta Cimahi lalu menggelar "
        "razia. Simulasi melibatkan Dinas Pemadam Kebakaran dan Penyelamatan Kota Cimahi. Warga kini tahu "
        "kode radio yang dipakai Damkar."
    )
    bodies = names(x, EntityType.ORGANIZATION)
    assert {
        "Satuan Lalu Lintas Kepolisian Resor Kota Cimahi",
        "Dinas Pemadam Kebakaran dan Penyelamatan Kota Cimahi",
    } <= bodies
    assert {"Satuan Lalu Lintas Kota Cimahi", "Pemadam Kebakaran Kota Cimahi"}.isdisjoint(bodies)


def test_a_venue_written_by_its_own_name_is_the_venue_its_head_words_name() -> None:
    x = run(
        "Penyerahan berlangsung di Gedung Negara Wisanggeni, Surabaya. Usai acara di Wisanggeni, Bupati "
        "langsung kembali."
    )
    places = names(x, EntityType.PLACE)
    assert "Gedung Negara Wisanggeni" in places and "Wisanggeni" not in places


def test_a_national_bodys_numbered_area_after_its_spelled_name_and_abbreviation_is_the_body() -> None:
    x = run(
        "Hadir pula Kepala Balai Besar Meteorologi, Klimatologi, dan Geofisika (BBMKG) Wilayah IV Makassar, "
        "Dr. Andi Saputra, M.Si., serta perwakilan Kantor SAR Makassar."
    )
    assert (
        "Andi Saputra",
        "Kepala",
        "Balai Besar Meteorologi, Klimatologi, dan Geofisika Wilayah IV Makassar",
    ) in held(x)
    assert "Meteorologi" not in names(x, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Pengamat kebijakan publik Universitas Nusa Bangsa (UNB), Dr. Rahmat Wicaksana, M.Si., menilai target "
         "itu realistis.",
         ("Rahmat Wicaksana", "Pengamat Kebijakan Publik", "Universitas Nusa Bangsa")),
        ("Hal itu disampaikan pengamat tata kota dari Universitas Brawijaya, Andi Saputra.",
         ("Andi Saputra", "Pengamat Tata Kota", "Universitas Brawijaya")),
    ],
)  # fmt: skip
def test_an_observer_quoted_from_a_university_holds_the_field_there(
    text: str, membership: tuple[str, str, str]
) -> None:
    assert membership in held(run(text))


def test_the_holders_listed_after_a_shared_office_and_masing_masing_hold_it_in_the_sentences_house() -> None:
    x = run(
        "Rapat dipimpin Ketua DPRD Kota Malang H. Bambang Wiryono, S.E., didampingi tiga Wakil Ketua, "
        "masing-masing Hj. Dewi Kartika, S.H., Anton Saputra, S.T., dan Yusril Mahendra, S.Ag. Hadir pula "
        "wali kota."
    )
    house = "Dewan Perwakilan Rakyat Daerah Kota Malang"
    assert {(n, "Wakil Ketua", house) for n in ("Dewi Kartika", "Anton Saputra", "Yusril Mahendra")} <= held(
        x
    )


def test_the_local_area_after_a_bodys_name_is_the_bodys_not_its_holders_name() -> None:
    x = run(
        "BPBD Kota Padang menggelar simulasi gempa di Kelurahan Ulak Tanjung Sari, Kecamatan Lubuk Kilangan, "
        "bersama Kelompok Siaga Bencana (KSB). Ketua KSB Ulak Tanjung Sari, Nofrida (45), mengaku warganya "
        "siap. Salah seorang donatur, Hendra Kurniawan Tan, Ketua Paguyuban Pengusaha Lubuk Kilangan, mengaku "
        "senang."
    )
    assert {
        ("Nofrida", "Ketua", "Kelompok Siaga Bencana Ulak Tanjung Sari"),
        ("Hendra Kurniawan Tan", "Ketua", "Paguyuban Pengusaha Lubuk Kilangan"),
    } <= held(x)
    persons = names(x, EntityType.PERSON)
    assert {"Ulak Tanjung Sari", "Lubuk Kilangan"}.isdisjoint(persons)


def test_a_name_with_a_lineage_particle_before_an_age_is_whole() -> None:
    x = run(
        'Salah seorang peserta, Rotua boru Simbolon (71), warga Kelurahan Sukun, mengaku senang. "Selama ini '
        'harus diantar," katanya.'
    )
    assert "Rotua boru Simbolon" in names(x, EntityType.PERSON)
    assert "Simbolon" not in names(x, EntityType.PERSON)


def test_a_lurah_written_without_the_village_in_a_towns_article_serves_the_town() -> None:
    x = run(
        "Pemerintah Kota Palembang menggelar lomba kelurahan sehat. Juara pertama diterima Lurah Kgs. M. "
        "Rendra Saputra, S.STP., disusul dua kelurahan lain. Sebelumnya Hasanah, S.E., yang menjabat "
        "Sekretaris Camat Sukarami, dilantik sebagai Camat Kendari Selatan."
    )
    town = "Pemerintah Kota Palembang"
    assert ("M. Rendra Saputra", "Lurah", town) in held(x)
    assert ("Hasanah", "Sekretaris Kecamatan", town) in held(x)
    assert "Selatan" not in names(x, EntityType.PERSON)  # (a district the gazetteer does not list)


def test_a_title_of_nobility_written_alone_is_the_person_whose_name_it_opened() -> None:
    x = run(
        "Kepala Dinas Kesehatan Kota Palembang, dr. Nyimas Wulandari, M.Kes., menjelaskan program itu. "
        '"Kader kami aktif," jelas Nyimas.'
    )
    assert "Nyimas" not in names(x, EntityType.PERSON)
    assert [q.speaker.name for q in x.quotes] == ["Wulandari"]


def test_an_award_written_with_its_grade_is_no_person() -> None:
    x = run(
        "Kota Tirtaraya dinobatkan sebagai Kabupaten/Kota Sehat (KKS) dengan kategori tertinggi, Swasti Saba "
        "Wistara, tahun 2024 dari Kementerian Kesehatan. Wali Kota menyerahkan trofi Swasti Saba Wistara "
        "kepada Ketua Forum Kota Sehat Tirtaraya Hj. Ratna Kemuning."
    )
    assert "Swasti Saba Wistara" not in names(x, EntityType.PERSON)


def test_a_national_bodys_office_with_a_name_of_its_own_goes_by_it() -> None:
    x = run(
        "Simulasi digelar BPBD Kota Padang bersama Polresta Padang, Basarnas Padang dan PMI Kota Padang. "
        "Kepala Basarnas Padang, Hendra Kusuma, memimpin tim."
    )
    office = "Kantor Pencarian dan Pertolongan Kota Padang"
    assert ("Hendra Kusuma", "Kepala", office) in held(x)
    assert "Badan Nasional Pencarian dan Pertolongan" not in names(x, EntityType.ORGANIZATION)
    assert "Palang Merah Indonesia Kota Padang" in names(x, EntityType.ORGANIZATION)  # (the body's own name)


def test_a_numbered_school_keeps_the_local_area_the_article_writes_after_its_number() -> None:
    x = run(
        "Simulasi digelar di Kelurahan Ulak Tanjung Sari. Simulasi juga diikuti siswa SD Negeri 17 Ulak Tanjung "
        "Sari dan SMP Negeri 4 Padang."
    )
    schools = names(x, EntityType.ORGANIZATION)
    assert "SDN 17 Ulak Tanjung Sari" in schools and "SDN 17" not in schools


def test_the_posts_held_before_in_a_list_of_appointments_are_the_appointees_former_posts() -> None:
    x = run(
        "Bupati Kediri melantik tiga pejabat di Kabupaten Kediri. Tiga pejabat yang dilantik yakni dr. "
        "Ayu Lestari, M.Kes., sebagai Kepala Dinas Kesehatan, yang sebelumnya menjabat Direktur RSUD "
        "Tirta Husada; Ir. Rudi Santosa, M.T., sebagai Kepala Dinas Pekerjaan Umum dan Penataan "
        "Ruang (PUPR), yang sebelumnya Kepala Badan Perencanaan Pembangunan Daerah (Bappeda); serta Dr. "
        "Sri Rahayu, M.Pd., yang digeser dari Kepala Dinas Pendidikan menjadi Kepala Bappeda."
    )
    tenures = {
        (m.person.name, m.organization.name if m.organization else "", m.tenure) for m in x.memberships
    }
    bappeda = "Badan Perencanaan Pembangunan Daerah Kabupaten Kediri"
    assert {
        ("Ayu Lestari", "Dinas Kesehatan Kabupaten Kediri", "regular"),
        ("Ayu Lestari", "RSUD Tirta Husada", "former"),
        ("Rudi Santosa", bappeda, "former"),
        ("Sri Rahayu", "Dinas Pendidikan Kabupaten Kediri", "former"),
        ("Sri Rahayu", bappeda, "regular"),
    } <= tenures


def test_a_name_after_a_title_of_clergy_is_a_persons_without_an_office() -> None:
    x = run(
        "Pengambilan sumpah didampingi rohaniwan Ustaz H. Mahfud Hasyim dan Pendeta Samuel Wijaya, S.Th. "
        "Hadir pula Pastor Yohanes Lie, OFM Cap., dan Ustazah Hj. Siti Rohmah Lestari, S.Ag."
    )
    assert {"Mahfud Hasyim", "Samuel Wijaya", "Yohanes Lie", "Siti Rohmah Lestari"} <= names(
        x, EntityType.PERSON
    )
    assert not x.memberships


def test_a_national_bodys_office_spelled_out_with_its_region_is_not_called_by_the_bodys_own_names() -> None:
    x = run(
        "Hadir Kepala Badan Narkotika Nasional (BNN) Provinsi Jawa Tengah, Sari Dewi, dan Deputi Kepala "
        "Perwakilan Bank Indonesia (BI) Provinsi Jawa Tengah, Hendra Kusuma. BNN pusat menyiapkan data."
    )
    bodies = {e.name: e for e in x.entities if e.type is EntityType.ORGANIZATION}
    office = bodies["Badan Narkotika Nasional Provinsi Jawa Tengah"]
    assert {"BNN", "Badan Narkotika Nasional"}.isdisjoint(office.aliases)
    assert "Kantor Perwakilan Bank Indonesia Provinsi Jawa Tengah" in bodies


def test_the_sumatran_short_forms_of_the_mayors_titles_are_titles() -> None:
    x = run(
        "SAWAHLUNTO – Wako Sawahlunto Budiman Rasyid dan Wawako Sawahlunto Yusnita Amir membuka pasar murah. "
        '"Harga harus stabil," kata Pak Wako.'
    )
    assert {
        ("Budiman Rasyid", "Wali Kota", "Pemerintah Kota Sawahlunto"),
        ("Yusnita Amir", "Wakil Wali Kota", "Pemerintah Kota Sawahlunto"),
    } <= held(x)
    assert not {"Wako", "Pak Wako", "Wawako"} & names(x, EntityType.PERSON)


def test_a_head_word_inside_a_bodys_list_of_portfolios_goes_on_with_the_name() -> None:
    x = run(
        "Hadir Kepala Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Mikro Kabupaten Pidie Budiman Rasyid "
        "serta Kepala Dinas Pendidikan, Kepala Dinas Kesehatan dan para camat."
    )
    assert (
        "Budiman Rasyid",
        "Kepala",
        "Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Mikro Kabupaten Pidie",
    ) in held(x)


def test_the_next_appointment_of_a_list_opens_at_a_title_the_gazetteer_cannot_place() -> None:
    x = run(
        "SIBOLGA - Wali Kota Sibolga melantik 40 pejabat. Yang dilantik di antaranya Budiman "
        "Rasyid, S.E. sebagai Kepala Bagian Umum Sekretariat Daerah Kota Sibolga, Yusnita Amir, S.STP. "
        "sebagai Camat Karangrejo Lor Tengah."
    )
    assert ("Budiman Rasyid", "Kepala Bagian Umum", "Sekretariat Daerah Kota Sibolga") in held(x)
    assert not {m for m in held(x) if m[0] == "Yusnita Amir" and "Bagian" in m[1]}


@pytest.mark.parametrize("verb", ["bergeser menjadi", "dimutasi menjadi", "dirotasi sebagai"])
def test_a_name_moved_into_a_post_holds_it(verb: str) -> None:
    x = run(f"Sementara itu, Budiman Rasyid, S.H., {verb} Sekretaris Dinas Pendidikan Kota Sibolga.")
    assert ("Budiman Rasyid", "Sekretaris", "Dinas Pendidikan Kota Sibolga") in held(x)


def test_a_facility_after_dan_is_a_second_body_and_a_head_with_the_defined_short_form_the_first() -> None:
    x = run(
        "PIDIE - Kepala Dinas Pemberdayaan Masyarakat dan Desa (PMD) Kabupaten Pidie Budiman Rasyid hadir. "
        "Orientasi kader dipimpin Ketua TP PKK bersama Dinas PMD dan Puskesmas setempat."
    )
    bodies = names(x, EntityType.ORGANIZATION)
    assert "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Pidie" in bodies
    assert not [b for b in bodies if "PMD" in b or "Puskesmas" in b or "Pusat Kesehatan" in b]


def test_a_bodys_words_ending_with_its_regency_are_no_persons_name() -> None:
    x = run(
        "MAGETAN - Salah satu donatur, H. Budiman Rasyid, Ketua Paguyuban Peternak Bebek Petelur Magetan, "
        "menyatakan anggotanya siap membantu."
    )
    assert ("Budiman Rasyid", "Ketua", "Paguyuban Peternak Bebek Petelur Magetan") in held(x)
    assert "Petelur Magetan" not in names(x, EntityType.PERSON)


def test_a_staff_advisers_portfolio_goes_on_past_a_serial_comma() -> None:
    x = run(
        "TEMANGGUNG - Bupati Temanggung melantik pejabat, di antaranya Budiman Rasyid, S.H., sebagai Staf "
        "Ahli Bupati Bidang Pemerintahan, Hukum, dan Politik."
    )
    assert (
        "Budiman Rasyid",
        "Staf Ahli Bupati Bidang Pemerintahan, Hukum, dan Politik",
        "Pemerintah Kabupaten Temanggung",
    ) in held(x)


def test_a_short_form_spelling_a_phrase_that_ends_with_a_body_is_not_the_bodys() -> None:
    x = run(
        "Kasus Bantuan Likuiditas Bank Indonesia (BLBI) dan Program Beasiswa Bank Indonesia (PBBI) dibahas."
    )
    [bank] = [e for e in x.entities if e.name == "Bank Indonesia"]
    assert not {"BLBI", "PBBI"} & bank.aliases
    # a body's own short form, its words written before a unit's, stays the body's
    x = run(
        "Ketua Dewan Pimpinan Cabang (DPC) Himpunan Peternak Seluruh Indonesia (HPSI) Kabupaten Subang, "
        "Budiman Rasyid, hadir."
    )
    assert (
        "Budiman Rasyid",
        "Ketua Dewan Pimpinan Cabang",
        "Himpunan Peternak Seluruh Indonesia Kabupaten Subang",
    ) in held(x)


def test_the_nahdlatul_ulama_youth_wings_are_known_bodies() -> None:
    x = run("PEMALANG - Ketua GP Ansor Pemalang Budiman Rasyid hadir. Pengamanan dibantu Banser dan Pramuka.")
    assert ("Budiman Rasyid", "Ketua", "Gerakan Pemuda Ansor Kabupaten Pemalang") in held(x)
    assert "Barisan Ansor Serbaguna" in names(x, EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    "written", ["Bank Indonesia (BI) Kantor Perwakilan Sibolga", "Bank Indonesia Kantor Perwakilan Sibolga"]
)
def test_a_known_body_then_its_kantor_perwakilan_is_that_office(written: str) -> None:
    x = run(
        f"SIBOLGA - Pemkot bersama {written} meluncurkan program. Kepala Perwakilan Bank Indonesia Sibolga, "
        "Budiman Rasyid, hadir."
    )
    offices = [n for n in names(x, EntityType.ORGANIZATION) if "Perwakilan" in n]
    assert offices == ["Kantor Perwakilan Bank Indonesia Kota Sibolga"]


def test_a_bare_title_later_is_the_office_its_holder_was_given_in_full() -> None:
    x = run(
        "TEMANGGUNG - Hadir Sekretaris Daerah (Sekda) Kabupaten Temanggung Drs. Budiman Rasyid, M.Si., serta "
        "Kepala BNN Provinsi Jawa Tengah Kombes Pol Andi Wirawan. Kasus dikembangkan bersama BNN Provinsi "
        "Jateng. Sekda Budiman Rasyid menyebut program itu akan diperluas."
    )
    sekda = [h for h in held(x) if h[0] == "Budiman Rasyid"]
    assert sekda == [("Budiman Rasyid", "Sekretaris Daerah", "Pemerintah Kabupaten Temanggung")] * len(sekda)
    assert "Pemerintah Provinsi Jawa Tengah" not in names(x, EntityType.ORGANIZATION)


def test_a_bodys_name_goes_on_through_a_region_when_its_short_form_spells_the_whole() -> None:
    x = run(
        "TEMANGGUNG - Ia menyebut peran Forum Kabupaten Temanggung Sehat (FKTS) dan kader posyandu. Ketua FKTS "
        "Budiman Rasyid hadir."
    )
    assert ("Budiman Rasyid", "Ketua", "Forum Kabupaten Temanggung Sehat") in held(x)
    # a short form of the words before the region only: the body of that region
    x = run("Ketua Forum Komunikasi (FK) Kabupaten Temanggung Budiman Rasyid hadir.")
    assert ("Budiman Rasyid", "Ketua", "Forum Komunikasi Kabupaten Temanggung") in held(x)


def test_pemimpin_before_a_body_is_its_heads_title() -> None:
    x = run(
        "Panen raya dihadiri Pemimpin Perum Bulog Kantor Cabang Temanggung Budiman Rasyid dan para petani."
    )
    assert ("Budiman Rasyid", "Pemimpin", "Perum Badan Urusan Logistik Cabang Temanggung") in held(x)


def test_a_name_then_menjadi_holds_the_office_and_a_list_of_them_is_one_appointment_each() -> None:
    x = run(
        "TEMANGGUNG - Bupati Temanggung melantik pejabat. Kemudian Hj. Rina Kartika, S.E., M.Ak. menjadi Kepala "
        "Dinas Sosial Kabupaten Temanggung, Ir. Budiman Rasyid, M.P. menjadi Kepala Dinas Pertanian Kabupaten "
        "Temanggung, serta Andi Wirawan, S.Sos. menjadi Camat Parakan."
    )
    found = held(x)
    assert ("Rina Kartika", "Kepala", "Dinas Sosial Kabupaten Temanggung") in found
    assert ("Budiman Rasyid", "Kepala", "Dinas Pertanian Kabupaten Temanggung") in found
    assert ("Budiman Rasyid", "Kepala", "Dinas Sosial Kabupaten Temanggung") not in found


def test_the_minangkabau_adat_council_is_a_known_regional_body() -> None:
    x = run("BATUSANGKAR - Hadir Ketua LKAAM Tanah Datar Budiman Rasyid dan para ninik mamak.")
    assert (
        "Budiman Rasyid",
        "Ketua",
        "Lembaga Kerapatan Adat Alam Minangkabau Kabupaten Tanah Datar",
    ) in held(x)


def test_a_ministrys_director_or_deputy_written_after_it_holds_the_office_in_the_ministry() -> None:
    x = run(
        "Penghargaan diterima Bupati Blora dari Kementerian Kesehatan yang diwakili Direktur Gizi dan "
        "Kesehatan Ibu dan Anak, dr. Rahmadani Siregar, M.P.H., di Jakarta.\n"
        "Bupati juga meraih penghargaan dari Kementerian Koordinator Bidang Perekonomian. Penghargaan "
        "diserahkan oleh Deputi Bidang Koordinasi Ekonomi Digital, Dr. Bayu Kertanegara, kepada Bupati."
    )
    assert ("Rahmadani Siregar", "Direktur Gizi dan Kesehatan Ibu dan Anak", "Kementerian Kesehatan") in held(
        x
    )
    assert (
        "Bayu Kertanegara",
        "Deputi Bidang Koordinasi Ekonomi Digital",
        "Kementerian Koordinator Bidang Perekonomian",
    ) in held(x)
    assert not any(n.startswith("Direktorat ") for n in names(x, EntityType.ORGANIZATION))
    # a body written after the unit is its own: no ministry named before it takes it
    x = run(
        "Kementerian Keuangan mengimbau wajib pajak. Direktur Penyuluhan Kementerian Keuangan Rosa Lintang "
        "mengatakan aktivasi akun dibuka."
    )
    assert ("Rosa Lintang", "Direktur Penyuluhan", "Kementerian Keuangan") in held(x)


def test_deputy_chairs_counted_in_lower_case_sit_in_the_house() -> None:
    x = run(
        "Rapat paripurna DPRD Kabupaten Blora dipimpin Ketua DPRD Kabupaten Blora H. Bambang Wirotomo, "
        "S.H., didampingi dua wakil ketua, Dra. Ratih Kumalasari dan Yosafat Manurung, S.E.\n"
        "Rapat lanjutan dipimpin Bambang didampingi kedua wakil ketua, yakni Hendrik Latuconsina dan "
        "Siti Nurbaiti.\n"
        "Ketua KONI Blora Surya Atmaja didampingi dua wakil ketua, Lintang Pamungkas dan Agus Wibisana."
    )
    house = "Dewan Perwakilan Rakyat Daerah Kabupaten Blora"
    for name in ("Ratih Kumalasari", "Yosafat Manurung", "Hendrik Latuconsina", "Siti Nurbaiti"):
        assert (name, "Wakil Ketua", house) in held(x)
    # a chair of another body, in a sentence of no sitting: its deputies are not the house's
    assert not any(m[0] in {"Lintang Pamungkas", "Agus Wibisana"} for m in held(x))


def test_a_short_name_after_a_title_is_the_holders_name_past_a_noble_title() -> None:
    x = run(
        "Gerakan diluncurkan Bupati Aceh Besar, H. Teuku Fadhlullah Hasyim, S.E., didampingi Ketua TP PKK "
        "Aceh Besar, Ny. Hj. Rahmah Fadhlullah.\n"
        "Dalam sambutannya, Bupati Fadhlullah mengatakan angka stunting menurun."
    )
    bupati = ("Bupati", "Pemerintah Kabupaten Aceh Besar")
    assert ("Teuku Fadhlullah Hasyim", *bupati) in held(x)
    # the wife who carries his name holds her own office only
    assert ("Rahmah Fadhlullah", *bupati) not in held(x)


def test_a_bare_town_title_in_a_province_story_is_the_one_town_s_and_a_taken_seat_moves_there() -> None:
    x = run(
        "Nagari Situjuah meraih juara penilaian nagari tingkat Provinsi Sumatera Barat. Penghargaan "
        "diserahkan Sekretaris Daerah Provinsi Sumatera Barat, Drs. Harun Tanjung, M.M., di Padang, "
        "disaksikan Bupati Lima Puluh Kota, H. Safri Yuliandi, S.H.\n"
        "Dana pembinaan diberikan Pemerintah Provinsi Sumatera Barat. Hadir dalam syukuran itu Wakil "
        "Bupati Lima Puluh Kota Ir. Darwis Malin, Sekretaris Daerah Drs. Irwan Sutan, M.M., dan unsur "
        "Forkopimda.\n"
        '"Prestasi ini hasil kerja bersama seluruh warga nagari," ujar Bupati Safri Yuliandi dalam '
        "sambutannya di Sumatera Barat."
    )
    town, province = "Pemerintah Kabupaten Lima Puluh Kota", "Pemerintah Provinsi Sumatera Barat"
    # the province's Sekda is another, named in full: the bare title is the town's
    assert ("Harun Tanjung", "Sekretaris Daerah", province) in held(x)
    assert ("Irwan Sutan", "Sekretaris Daerah", town) in held(x)
    assert ("Irwan Sutan", "Sekretaris Daerah", province) not in held(x)
    # "ujar Bupati Safri Yuliandi": the one town's Bupati speaks, not the deputy named before
    assert [q.speaker.name for q in x.quotes] == ["Safri Yuliandi"]


def test_a_venue_word_that_ends_the_sentence_before_a_title_makes_no_room_of_it() -> None:
    x = run(
        "Program itu sejalan dengan Perda Kabupaten Solok tentang Nagari.\n"
        "Kepala Dinas Pemberdayaan Masyarakat dan Nagari Kabupaten Solok, Hj. Yanti Marlina, S.Sos., "
        "menyebut penilaian berjalan baik."
    )
    assert ("Yanti Marlina", "Kepala", "Dinas Pemberdayaan Masyarakat dan Nagari Kabupaten Solok") in held(x)


def test_an_office_whose_holder_is_represented_is_not_held_by_the_name_listed_before_it() -> None:
    x = run(
        "Hadir pula Danramil Kapten Inf Sudarmaji Prawiro, Kepala Kantor SAR Ambon yang diwakili "
        "Koordinator Pos SAR Harjo Wibowo, serta Camat Pondidaha Sri Lestiani, S.STP."
    )
    assert not any(m[0] == "Sudarmaji Prawiro" and m[1] == "Kepala" for m in held(x))


def test_a_camat_holds_office_in_the_regencys_government() -> None:
    """A camat heads a unit of the regency's government: as a sub-unit's head, the office is held in
    the regency's government (the annotators' convention), and the kecamatan, named only in the title,
    is a place, no body of its own; the district's police sector is no government."""
    x = run(
        "Dalam diskusi, sejumlah camat menyampaikan persoalan. Camat Sumbul, Tumpak Hasibuan, S.Sos., "
        "meminta perhatian khusus terkait jalan. Kapolsek Sumbul AKP Sahat Pardede menambahkan."
    )
    assert {m for m in held(x) if m[0] == "Tumpak Hasibuan"} == {
        ("Tumpak Hasibuan", "Camat", "Pemerintah Kabupaten Dairi"),
    }
    assert "Pemerintah Kecamatan Sumbul" not in names(x, EntityType.ORGANIZATION)
    assert "Kecamatan Sumbul" in names(x, EntityType.PLACE)
    assert not {m for m in held(x) if m[0] == "Sahat Pardede" and m[2].startswith("Pemerintah")}


def test_each_name_in_a_list_of_appointments_takes_its_own_office_whatever_verb_links_them() -> None:
    x = run(
        "Bupati Dairi melantik 40 pejabat. Bagas Prakoso, S.STP., M.Si., kini menjabat Camat Sidikalang, "
        "Darmaji Saputro, S.IP., dipercaya menjadi Camat Sumbul, dan Wulansari Putri, S.H., menduduki "
        "jabatan Camat Parbuluan. Sementara jabatan Camat Tigalingga kini diisi Rukmini Salimun, S.Sos."
    )
    town = "Pemerintah Kabupaten Dairi"
    camats = {m for m in held(x) if m[1] == "Camat" and m[2] == town}
    assert camats == {
        (name, "Camat", town)
        for name in ("Bagas Prakoso", "Darmaji Saputro", "Wulansari Putri", "Rukmini Salimun")
    }


def test_an_abbreviation_the_article_spells_out_names_its_body_not_the_lexicons() -> None:
    x = run(
        "Turut hadir Kepala Dinas Ketahanan Pangan dan Pertanian (DKPP) Kota Tomohon, Ir. Kinanti Larasati, "
        "M.P. Sementara itu, Kadis DKPP Kinanti Larasati menjelaskan rencana itu. Penyuluh DKPP akan "
        "mendampingi setiap kelurahan."
    )
    assert held(x) == {("Kinanti Larasati", "Kepala", "Dinas Ketahanan Pangan dan Pertanian Kota Tomohon")}
    assert "Dewan Kehormatan Penyelenggara Pemilu" not in names(x, EntityType.ORGANIZATION)


def test_a_balinese_names_i_after_a_units_short_title_is_no_number_of_the_unit() -> None:
    x = run(
        "Hadir Bupati Dairi dan Kepala Dinas Pertanian Dairi Ir. I Kadek Wirama, M.P. Kadis Pertanian "
        "I Kadek Wirama menyebut kadar air menjadi masalah klasik."
    )
    assert held(x) == {("I Kadek Wirama", "Kepala", "Dinas Pertanian Kabupaten Dairi")}


def test_a_school_keeps_the_unlisted_town_it_is_numbered_in_before_its_heads_comma() -> None:
    x = run(
        "Kepala SMP Negeri 2 Zorbatinggi, Rosdiana Br Sitanggang, S.Pd., mengaku program itu telah "
        "diuji coba di sekolahnya di Kabupaten Dairi."
    )
    assert ("Rosdiana Br Sitanggang", "Kepala", "SMPN 2 Zorbatinggi") in held(x)


def test_a_schools_number_keeps_the_roman_numeral_written_after_its_slash() -> None:
    """``SMP Negeri 9/II Sidikalang``: some provinces number schools with a numeral after a slash; it is
    part of the number, and the town after it the school's."""
    x = run("Kepala SMP Negeri 9/II Sidikalang, Romauli Simbolon, S.Pd., mengatakan sekolahnya siap.")
    assert ("Romauli Simbolon", "Kepala", "SMPN 9/II Sidikalang") in held(x)


def test_a_units_title_ending_its_sentence_names_the_unit_named_before_not_the_next_word() -> None:
    x = run(
        "Polres Dairi bersama Kodim 0206/Dairi menggelar sosialisasi. Dandim hadir bersama Kapolres.\n"
        "Kepala SMA Negeri 1 Sidikalang, Drs. Tumpak Hasibuan, M.Pd., menyambut baik rencana itu."
    )
    assert "Kepolisian Resor Kepala" not in names(x, EntityType.ORGANIZATION)
    assert "SMA Negeri" not in names(x, EntityType.PERSON)
    assert ("Tumpak Hasibuan", "Kepala", "SMAN 1 Sidikalang") in held(x)


def test_a_title_in_a_nickname_makes_no_second_holder_and_the_quote_is_the_holders() -> None:
    x = run(
        'Bupati Dairi Dr. Marihot Situmorang, S.H. melantik pejabat, Senin (2/6/2025). "Saya tidak '
        'melantik saudara untuk duduk di kantor," tegasnya.\n"Dalam tiga bulan ke depan saya akan '
        'evaluasi," lanjut Bupati yang akrab disapa Bupati Marihot itu.'
    )
    assert names(x, EntityType.PERSON) == {"Marihot Situmorang"}
    assert [q.speaker.name for q in x.quotes] == ["Marihot Situmorang", "Marihot Situmorang"]


def test_a_police_unit_named_by_its_regencys_short_form_is_the_regencys_unit() -> None:
    x = run(
        "Polres Tapanuli Selatan menggelar apel di Kabupaten Tapanuli Selatan. Kapolres Tapsel AKBP "
        "Marihot Situmorang hadir. Personel Polres Tapsel juga siaga."
    )
    assert "Kepolisian Resor Tapanuli Selatan" in names(x, EntityType.ORGANIZATION)
    assert "Kepolisian Resor Tapsel" not in names(x, EntityType.ORGANIZATION)
    assert ("Marihot Situmorang", "Kepala Kepolisian Resor", "Kepolisian Resor Tapanuli Selatan") in held(x)


def test_a_council_named_with_its_regencys_contraction_is_that_regencys() -> None:
    x = extract(
        Article(
            "Judul",
            "Rapat dihadiri Ketua DPRD Humbahas Hj. Rosdiana Br Sitanggang, S.Sos., dan para camat.",
            date="2025-06-11",
        )
    )
    [membership] = x.memberships
    assert membership.person.name == "Rosdiana Br Sitanggang"
    assert membership.organization is not None
    assert membership.organization.name == "Dewan Perwakilan Rakyat Daerah Kabupaten Humbang Hasundutan"


def test_a_national_bodys_office_for_an_area_is_its_own_body_under_it() -> None:
    x = extract(
        Article(
            "Judul",
            "Deputi Direktur BPJS Ketenagakerjaan Wilayah Sumatera Bagian Utara, Tumpak Hasibuan, menyebut "
            "BPJS Ketenagakerjaan menanggung biaya. Satgas KPK Wilayah V turut hadir.",
            date="2025-06-11",
        )
    )
    office = "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan Wilayah Sumatera Bagian Utara"
    [membership] = [m for m in x.memberships if m.person.name == "Tumpak Hasibuan"]
    assert membership.role.name == "Deputi Direktur"
    assert membership.organization is not None and membership.organization.name == office
    names = {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}
    assert "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan" in names  # the body itself, apart
    assert not any("Wilayah V" in name for name in names)  # a numbered area, no office by this rule


def test_a_station_named_after_its_airports_namesake_keeps_the_name() -> None:
    def read(text: str) -> tuple[set[str], set[str]]:
        x = extract(Article("Judul", text, date="2025-06-11"))
        kinds = (EntityType.ORGANIZATION, EntityType.PERSON)
        return tuple({e.name for e in x.entities if e.type is kind} for kind in kinds)  # type: ignore[return-value]

    for station in (
        "Stasiun Meteorologi Marihot Situmorang Sidikalang",
        "Stasiun Meteorologi H. Marihot Sidikalang",
    ):
        bodies, persons = read(f"Prakirawan {station}, Tumpak Hasibuan, S.Si., mengingatkan warga.")
        assert station in bodies
        assert persons == {"Tumpak Hasibuan"}
    bodies, persons = read("Kepala Stasiun Geofisika BMKG Sidikalang Tumpak Hasibuan, S.Si., hadir.")
    assert "Tumpak Hasibuan" in persons  # no town closes the words: the staff's name follows


def test_a_branch_named_by_a_districts_town_ends_before_its_heads_name() -> None:
    x = extract(
        Article(
            "Judul",
            "Hadir Pemimpin Bank Zorba Cabang Sidikalang Tumpak Hasibuan dan Kepala BPJS Kesehatan Cabang "
            "Sidikalang Marihot Situmorang.",
            date="2025-06-11",
        )
    )
    held = {m.person.name: m.organization.name if m.organization else None for m in x.memberships}
    assert held["Tumpak Hasibuan"] == "Bank Zorba Cabang Sidikalang"
    assert held["Marihot Situmorang"] == "Badan Penyelenggara Jaminan Sosial Kesehatan Cabang Sidikalang"


def test_a_regional_body_written_bare_is_the_one_the_article_named_with_its_region() -> None:
    x = extract(
        Article(
            "Judul",
            "Bank Indonesia Provinsi Sumatera Utara dan Pemerintah Provinsi Sumatera Utara mendukung pasar "
            "digital di Provinsi Sumatera Utara. Turut hadir Kepala Dinas Perdagangan Kabupaten Dairi Tumpak "
            "Hasibuan. Kepala Dinas Perdagangan, Tumpak Hasibuan, menyebut program akan diperluas.",
            date="2025-06-11",
        )
    )
    bodies = {e.name for e in x.entities if e.type is EntityType.ORGANIZATION if "Perdagangan" in e.name}
    assert bodies == {"Dinas Perdagangan Kabupaten Dairi"}


def test_a_bare_unit_title_is_of_the_one_unit_written_before_it() -> None:
    def held(text: str) -> list[tuple[str, str, str | None]]:
        x = extract(Article("Judul", text, date="2025-06-11"))
        return [
            (m.person.name, m.role.name, m.organization.name if m.organization else None)
            for m in x.memberships
        ]

    said = " menerjunkan 45 personel yang dipimpin Wakapolres Kompol Tumpak Hasibuan, S.H."
    assert held("Polres Dairi" + said) == [
        ("Tumpak Hasibuan", "Wakil Kepala Kepolisian Resor", "Kepolisian Resor Dairi")
    ]
    assert held("Polres Dairi dan Polres Pakpak Bharat" + said) == []  # two units: which is unsaid


@pytest.mark.parametrize(
    ("written", "body"),
    [
        ("Ketua Badan Permusyawaratan Desa (BPD) Bintang Tumpak Hasibuan", "Badan Permusyawaratan Desa Bintang"),
        ("Ketua BPD Belang Malum Tumpak Hasibuan", "Badan Permusyawaratan Desa Belang Malum"),
        ("Ketua BPD Belang Malum, Tumpak Hasibuan,", "Badan Permusyawaratan Desa Belang Malum"),
    ],
)  # fmt: skip
def test_a_villages_body_written_with_a_village_of_the_articles_regency_is_that_villages(
    written: str, body: str
) -> None:
    x = run(f"Bupati Dairi meninjau desa di Kabupaten Dairi. Hadir Camat Sidikalang, {written} serta warga.")
    assert ("Tumpak Hasibuan", "Ketua", body) in held(x)
    assert "Tumpak Hasibuan" in {e.name for e in x.entities if e.type is EntityType.PERSON}


def test_acehs_word_for_a_village_before_a_village_of_the_articles_regency_is_no_word_of_its_name() -> None:
    # "Gampong Blang" is a village elsewhere in Aceh; "Blang Awe" is Pidie Jaya's
    x = run(
        "Bupati Pidie Jaya meninjau gampong di Kabupaten Pidie Jaya. Keuchik Gampong Blang Awe "
        "Tgk. Zulkarnaen Hasyim menyambut baik kunjungan itu."
    )
    assert ("Zulkarnaen Hasyim", "Keuchik", "Pemerintah Gampong Blang Awe") in held(x)
    assert "Awe" not in {e.name for e in x.entities if e.type is EntityType.PERSON}


def test_the_forest_fire_brigade_is_a_national_body_not_a_person() -> None:
    x = run(
        "Tim gabungan BPBD, Manggala Agni dan Damkar kesulitan air. Komandan Regu Manggala Agni, "
        "Marihot Situmorang, mengatakan personelnya membuat sumur bor."
    )
    assert ("Marihot Situmorang", "Komandan Regu", "Manggala Agni") in held(x)
    assert {e.name for e in x.entities if e.type is EntityType.PERSON} == {"Marihot Situmorang"}


def test_a_bare_office_listed_after_a_regencys_official_is_the_regencys_in_a_story_of_its_province() -> None:
    text = (
        "Kabupaten Dairi meraih Juara I lomba tingkat Provinsi Sumatera Utara. Piala diserahkan Gubernur "
        "Sumatera Utara di Medan. Penghargaan tingkat Provinsi Sumatera Utara itu disambut di Kantor Bupati "
        "Dairi, Senin (30/6/2025). Penyambutan dihadiri Wakil Bupati Drs. Marihot Situmorang, Sekretaris "
        "Daerah Tumpak Hasibuan, S.H., para kepala OPD dan camat."
    )
    memberships = held(run(text))
    assert ("Tumpak Hasibuan", "Sekretaris Daerah", "Pemerintah Kabupaten Dairi") in memberships
    alone = held(run(text.replace("Wakil Bupati Drs. Marihot Situmorang, ", "")))
    assert ("Tumpak Hasibuan", "Sekretaris Daerah", "Pemerintah Provinsi Sumatera Utara") in alone


def test_an_economics_graduates_ec_after_drs_opens_no_name() -> None:
    x = run("Rapat dihadiri Kepala Bappeda Kabupaten Dairi Drs. Ec. Tumpak Hasibuan, M.M., dan camat.")
    assert ("Tumpak Hasibuan", "Kepala", "Badan Perencanaan Pembangunan Daerah Kabupaten Dairi") in held(x)


def test_a_national_body_written_with_its_second_name_after_a_slash_is_one_body_but_two_forces_are_two() -> (
    None
):
    x = run("Penghargaan diserahkan Deputi Bidang Pemasaran Kemenparekraf/Baparekraf, Lamria Sitanggang.")
    ministry = "Kementerian Pariwisata dan Ekonomi Kreatif"
    assert ("Lamria Sitanggang", "Deputi Bidang Pemasaran", ministry) in held(x)
    assert {e.name for e in x.entities if e.type is EntityType.ORGANIZATION} == {ministry}
    forces = run("Satlinmas bekerja sama dengan jajaran TNI/Polri dan KPU Kabupaten Dairi.")
    assert {"Tentara Nasional Indonesia", "Kepolisian Negara Republik Indonesia"} <= {
        e.name for e in forces.entities if e.type is EntityType.ORGANIZATION
    }


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        # a rayon's number within its district command's, then the rayon's name and the holder's rank
        (
            "Danramil 0207/03 Sumbul Kapten Inf Tumpak Hasibuan menyebut pihaknya menerjunkan 25 personel.",
            ("Tumpak Hasibuan", "Komandan", "Komando Rayon Militer 0207/03 Sumbul"),
        ),
        (
            "Anggota Koramil 0207/03 Sumbul dan Danramil 0207/05 Parbuluan, Kapten Inf Tumpak Hasibuan, hadir.",
            ("Tumpak Hasibuan", "Komandan", "Komando Rayon Militer 0207/05 Parbuluan"),
        ),
        # a rayon's own number, then its district's name after a slash, which opens with its town's
        (
            "Hadir Danramil 01/Sibolga Kota Kapten Inf Tumpak Hasibuan dan warga.",
            ("Tumpak Hasibuan", "Komandan", "Komando Rayon Militer 01/Sibolga Kota"),
        ),
    ],
)
def test_a_rayon_commander_by_his_rayons_number_within_its_district_command(
    text: str, membership: tuple[str, str, str]
) -> None:
    assert membership in held(run(text))


def test_a_rayon_named_without_its_number_beside_its_numbered_name_is_one_body() -> None:
    x = run(
        "Danramil 0207/03 Sumbul Kapten Inf Tumpak Hasibuan hadir bersama personel Koramil Sumbul dan "
        "Polsek Sumbul."
    )
    rayons = {name for name in names(x, EntityType.ORGANIZATION) if name.startswith("Komando Rayon")}
    assert rayons == {"Komando Rayon Militer 0207/03 Sumbul"}


def test_the_name_after_a_rayons_number_is_the_rayons_not_a_holders() -> None:
    x = run("Turut hadir Camat Sumbul, Kapolsek Sumbul, Danramil 0207/03 Sumbul serta para kepala desa.")
    assert "Sumbul" not in names(x, EntityType.PERSON)


def test_a_bare_commission_in_a_story_of_one_regional_house_is_that_houses() -> None:
    x = run(
        "Rapat paripurna DPRD Kabupaten Dairi dipimpin Ketua DPRD Kabupaten Dairi Marihot Situmorang.\n"
        "Rapat sempat diwarnai interupsi dari anggota Komisi III, Tumpak Hasibuan, yang mempertanyakan anggaran."
    )
    house = "Dewan Perwakilan Rakyat Daerah Kabupaten Dairi"
    assert ("Tumpak Hasibuan", "Anggota Komisi III", house) in held(x)
    assert f"Komisi III {house}" in names(x, EntityType.ORGANIZATION)
    assert "Komisi III" not in names(x, EntityType.ORGANIZATION)


def test_a_section_written_without_its_secretariat_beside_its_full_name_is_one_body() -> None:
    x = run(
        "Bupati Dairi melantik 40 pejabat di lingkungan Pemerintah Kabupaten Dairi. Jabatan yang diisi antara "
        "lain Camat Sumbul, Kepala Bagian Protokol dan Komunikasi Pimpinan (Prokopim) Setda, serta sejumlah "
        "kepala bidang. Sementara jabatan Kabag Prokopim diisi Tumpak Hasibuan, S.Kom."
    )
    # (its head holds the section's office in the Setda: no node of the section, and never two)
    sections = {name for name in names(x, EntityType.ORGANIZATION) if name.startswith("Bagian ")}
    assert sections <= {"Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Kabupaten Dairi"}
    assert (
        "Tumpak Hasibuan",
        "Kepala Bagian Protokol dan Komunikasi Pimpinan",
        "Sekretariat Daerah Kabupaten Dairi",
    ) in held(x)


@pytest.mark.parametrize(
    "written",
    [
        "Turut hadir Kabag Kesra Setdakab Rosdiana Br Sitanggang, S.Ag., M.Pd., dan para camat.",
        "Kabag Kesra Setda Rosdiana Br Sitanggang menambahkan, bantuan disalurkan lewat kecamatan.",
        "Kabag Kesra Rosdiana Br Sitanggang menambahkan, bantuan disalurkan lewat kecamatan.",
    ],
)
def test_a_section_head_written_without_the_regency_sits_in_the_regencys_secretariat(written: str) -> None:
    """ "Kabag Kesra Setdakab Budi", "Kabag Kesra Budi" in a regency's story: the head of a section
    of the regency's Setda (the article's own region), not of a section of no body."""
    x = run(
        "Pemkab Dairi menggelar Safari Ramadan di Kabupaten Dairi. Bupati Dairi hadir di Sidikalang, "
        f"Kabupaten Dairi. {written}"
    )
    assert ("Rosdiana Br Sitanggang", "Kepala Bagian Kesra", "Sekretariat Daerah Kabupaten Dairi") in held(x)
    assert not {name for name in names(x, EntityType.ORGANIZATION) if name.startswith("Bagian Kesra")}
    # a section's head before a rank is an officer's, not the Setda's
    x = run(
        "Polres Dairi menggelar apel di Sidikalang, Kabupaten Dairi. Kabag Ops Kompol Sahat Pardede memimpin."
    )
    assert not {m for m in held(x) if m[2].startswith("Sekretariat")}


def test_a_district_commands_chief_of_staff_by_his_short_title() -> None:
    x = run("Kasdim 0207/Dairi Mayor Inf Zulkarnaen Hasyim yang hadir mewakili Dandim mengatakan siap.")
    assert ("Zulkarnaen Hasyim", "Kepala Staf", "Komando Distrik Militer 0207") in held(x)


def test_a_units_head_with_his_titles_short_form_in_brackets_before_the_command() -> None:
    x = run(
        "Kepala Satuan Lalu Lintas (Kasat Lantas) Polresta Tangerang, Kompol Marihot Situmorang, S.H., S.I.K., "
        "merinci tujuh pelanggaran."
    )
    assert ("Marihot Situmorang", "Kepala Satuan Lalu Lintas", "Kepolisian Resor Kota Tangerang") in held(x)


def test_a_police_unit_read_with_the_articles_town_sits_in_the_command_written_after_it() -> None:
    x = run(
        "Apel diikuti personel Polresta Tangerang, Dinas Perhubungan (Dishub) Kota Tangerang dan Satuan Polisi "
        "Pamong Praja (Satpol PP) Kota Tangerang.\n"
        "Kepala Satuan Lalu Lintas (Kasat Lantas) Polresta Tangerang, Kompol Marihot Situmorang, merinci "
        "tujuh pelanggaran."
    )
    assert ("Marihot Situmorang", "Kepala Satuan Lalu Lintas", "Kepolisian Resor Kota Tangerang") in held(x)


def test_a_village_head_after_the_district_set_off_by_commas() -> None:
    x = run(
        "Wali Kota Batu meninjau desa.\n"
        "Hal senada disampaikan Kepala Desa Sumberejo, Kecamatan Batu, Tumpak Hasibuan, yang baru dilantik."
    )
    assert ("Tumpak Hasibuan", "Kepala Desa", "Pemerintah Desa Sumberejo") in held(x)


def test_a_regional_office_with_its_heads_short_title_in_brackets_keeps_its_province() -> None:
    x = run("Piagam diserahkan Kepala Kantor Wilayah (Kakanwil) Kemenag Sumatera Utara kepada Bupati Dairi.")
    assert "Kantor Wilayah Kementerian Agama Provinsi Sumatera Utara" in names(x, EntityType.ORGANIZATION)
    assert "Kantor Wilayah Kementerian Agama" not in names(x, EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "kind", "body"),
    [
        (
            "Penghargaan Kabupaten Peduli HAM diberikan oleh Kementerian Hukum dan HAM Republik Indonesia. Data "
            "diinput melalui aplikasi dari Kemenkumham.",
            "Kementerian",
            "Kementerian Hukum dan Hak Asasi Manusia",
        ),
        (
            "Pelepasan logistik disaksikan Badan Pengawas Pemilu (Bawaslu) Kabupaten Dairi. Ketua Bawaslu "
            "Kabupaten Dairi, Rosdiana Br Sitanggang, mengingatkan netralitas.",
            "Badan Pengawas",
            "Badan Pengawas Pemilihan Umum Kabupaten Dairi",
        ),
    ],
)
def test_a_body_written_with_a_short_form_inside_its_name_is_the_one_body(
    text: str, kind: str, body: str
) -> None:
    """ "Kementerian Hukum dan HAM", "Badan Pengawas Pemilu": the short form spelled out, one body."""
    bodies = {n for n in names(run(text), EntityType.ORGANIZATION) if n.startswith(kind)}
    assert bodies == {body}


def test_a_task_force_commander_named_after_another_title_holds_both_offices() -> None:
    x = run(
        "Hadir Dandim 0207/Dairi Letkol Inf Marihot Situmorang, S.E., M.Han., selaku Dansatgas TMMD ke-111, "
        "dan Bupati Dairi."
    )
    assert ("Marihot Situmorang", "Komandan", "Komando Distrik Militer 0207") in held(x)
    assert ("Marihot Situmorang", "Komandan Satuan Tugas", "Satuan Tugas TMMD ke-111") in held(x)


def test_a_chair_written_in_lower_case_before_a_body_and_a_name_holds_the_office() -> None:
    x = run(
        "Sementara itu ketua Bawaslu Kabupaten Dairi, Rosdiana Br Sitanggang, mengingatkan agar KPU menjaga "
        "netralitas."
    )
    assert {(m.person.name, m.role.name) for m in x.memberships} == {("Rosdiana Br Sitanggang", "Ketua")}


def test_a_commissioners_division_written_after_the_body_is_the_office_s_portfolio() -> None:
    x = run("Anggota KPU Kabupaten Dairi Divisi Teknis Penyelenggaraan, Tumpak Hasibuan, mengatakan hal itu.")
    assert {(m.person.name, m.role.name, m.organization.name) for m in x.memberships if m.organization} == {
        ("Tumpak Hasibuan", "Anggota Divisi Teknis Penyelenggaraan", "Komisi Pemilihan Umum Kabupaten Dairi")
    }
    assert not [o for o in names(x, EntityType.ORGANIZATION) if o.startswith("Divisi")]


def test_a_candidate_for_an_office_holds_none() -> None:
    """ "calon Wakil Bupati Marihot", "Calon Bupati Dairi Sahat": candidates are persons, no holders
    (not of the office, nor of the head's office its deputy's title ends with)."""
    x = run(
        "Dalam debat, Calon Bupati Dairi Sahat Pardede menyoroti pertanian. Sementara calon Wakil Bupati "
        "Marihot Situmorang menyoroti perikanan. Wakil Bupati Dairi Tumpak Hasibuan membuka debat."
    )
    assert {"Sahat Pardede", "Marihot Situmorang"} <= names(x, EntityType.PERSON)
    assert {(m.person.name, m.role.name) for m in x.memberships} == {("Tumpak Hasibuan", "Wakil Bupati")}


def test_a_division_coordinator_written_short_holds_the_commissions_division() -> None:
    """ "Kordiv Hukum dan Pengawasan Bawaslu X": an election body's division coordinator, as
    "Koordinator Divisi ..." written out is."""
    x = run(
        "Kordiv Hukum dan Pengawasan Bawaslu Kabupaten Dairi, Tumpak Hasibuan, mengatakan pihaknya siap. "
        "Kordiv Teknis Penyelenggaraan KPU Kabupaten Dairi Sahat Pardede menyebut logistik aman."
    )
    assert {(m.person.name, m.role.name, m.organization.name) for m in x.memberships if m.organization} == {
        (
            "Tumpak Hasibuan",
            "Koordinator Divisi Hukum dan Pengawasan",
            "Badan Pengawas Pemilihan Umum Kabupaten Dairi",
        ),
        (
            "Sahat Pardede",
            "Koordinator Divisi Teknis Penyelenggaraan",
            "Komisi Pemilihan Umum Kabupaten Dairi",
        ),
    }


def test_a_district_commands_section_officers_hold_their_posts_in_it() -> None:
    x = run(
        "Pasiter Kodim 0207/Dairi Kapten Czi Sahat Pardede menambahkan hal itu. Hadir pula Pasi Ops Kodim "
        "0207/Dairi Kapten Inf Tumpak Hasibuan yang mewakili Dandim."
    )
    assert {(m.person.name, m.role.name, m.organization.name) for m in x.memberships if m.organization} == {
        ("Tumpak Hasibuan", "Perwira Seksi Operasi", "Komando Distrik Militer 0207"),
        ("Sahat Pardede", "Perwira Seksi Teritorial", "Komando Distrik Militer 0207"),
    }


def test_a_village_head_after_the_district_and_the_regency_set_off_by_commas() -> None:
    x = run("Kepala Desa (Kades) Sumbul, Kecamatan Parbuluan, Kabupaten Dairi, Tumpak bin Sahat, divonis.")
    assert {(m.person.name, m.role.name) for m in x.memberships} == {("Tumpak bin Sahat", "Kepala Desa")}


def test_a_regent_who_appointed_someone_holds_no_office_of_the_name_before() -> None:
    """ "... ASN Kecamatan Parbuluan yang ditunjuk Bupati Dairi": the regent appointed the acting head;
    the district's name is no person, and nobody named before holds the regent's office."""
    x = run(
        "Pemerintahan Desa Sumbul dijalankan oleh Pj Kepala Desa dari unsur ASN Kecamatan Parbuluan yang "
        "ditunjuk Bupati Dairi."
    )
    assert not names(x, EntityType.PERSON)
    assert not held(x)
    x = run("Sahat Pardede yang ditunjuk Bupati Dairi menjadi pelaksana tugas hadir.")
    assert not held(x)
    x = run("Sahat Pardede diangkat sebagai Wali Kota Binjai.")
    assert ("Sahat Pardede", "Wali Kota", "Pemerintah Kota Binjai") in held(x)


def test_a_title_ending_its_sentence_takes_no_body_from_the_next() -> None:
    """'"...," tutur Rektor.' and a new paragraph 'Kepala Bappeda Dairi, Sahat ...': the rector's title
    ends its sentence; the next one's head holds his own office, not 'Rektor Kepala'."""
    x = run(
        'Rektor Universitas Sumatera Utara hadir.\n"Kami siap membantu," tutur Rektor.\nKepala Badan '
        "Perencanaan Pembangunan Daerah (Bappeda) Dairi, Ir. Sahat Pardede, M.T., menjelaskan kerja sama itu."
    )
    assert {m[:2] for m in held(x) if m[0] == "Sahat Pardede"} == {("Sahat Pardede", "Kepala")}


def test_a_division_and_its_body_named_after_the_title_are_the_offices_portfolio_and_body() -> None:
    """ "Pemimpin Divisi Kredit Konsumer dan Ritel Bank Sumut, Rosdiana": the division's words go
    into the office, the bank is its body; neither "Divisi Kredit" nor a person "Konsumer"."""
    x = run(
        "Penandatanganan disaksikan Pemimpin Divisi Kredit Konsumer dan Ritel Bank Sumut, Rosdiana Br "
        "Sitanggang, dan Bupati Dairi."
    )
    assert held(x) == {
        (
            "Rosdiana Br Sitanggang",
            "Pemimpin Divisi Kredit Konsumer dan Ritel",
            "PT Bank Pembangunan Daerah Sumatera Utara",
        )
    }
    assert names(x, EntityType.PERSON) == {"Rosdiana Br Sitanggang"}


def test_a_holder_named_with_his_age_before_the_office_set_off_after_him_holds_it() -> None:
    x = run(
        "Majelis hakim menjatuhkan vonis 4 tahun penjara kepada Sahat Pardede (49), mantan Kepala Desa Sumbul, "
        "Kecamatan Sumbul, Kabupaten Dairi, dalam perkara korupsi Dana Desa."
    )
    [membership] = x.memberships
    assert (membership.person.name, membership.role.name, membership.tenure) == (
        "Sahat Pardede",
        "Kepala Desa",
        "former",
    )


@pytest.mark.parametrize(
    "written",
    [
        "Kabag Prokopim Sahat Pardede mengatakan acara lancar.",
        "Kepala Bagian Protokol dan Komunikasi Pimpinan (Prokopim) Setda Dairi, Sahat Pardede, mengatakan acara lancar.",
    ],
)
def test_a_known_setda_sections_head_holds_the_section_in_the_setda(written: str) -> None:
    """ "Kabag Prokopim Budi" in a regency's story, or the section written out before "Setda": the head
    holds "Kepala Bagian Protokol dan Komunikasi Pimpinan" (the section's word once) in the Setda."""
    x = run(f"Bupati Dairi hadir di Kabupaten Dairi. Pemkab Dairi menggelar acara di Sidikalang. {written}")
    assert (
        "Sahat Pardede",
        "Kepala Bagian Protokol dan Komunikasi Pimpinan",
        "Sekretariat Daerah Kabupaten Dairi",
    ) in held(x)


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Hadir pula Ketua Asosiasi Kepala Desa (AKD) Kabupaten Dairi Tumpak Hasibuan.",
         ("Tumpak Hasibuan", "Ketua", "Asosiasi Kepala Desa Kabupaten Dairi")),
        ("Ketua Paguyuban Kepala Desa Sahat Pardede hadir.",
         ("Sahat Pardede", "Ketua", "Paguyuban Kepala Desa")),
    ],
)  # fmt: skip
def test_an_association_named_after_the_office_its_members_hold(
    text: str, membership: tuple[str, str, str]
) -> None:
    """ "Asosiasi Kepala Desa": the village heads' association, its name going on through the office
    (not "Kepala Desa" of a village "Tumpak" held by "Hasibuan")."""
    assert held(run(text)) == {membership}


@pytest.mark.parametrize(
    "text",
    [
        "Hadir Danramil Sumbul Kapten Inf Marihot Situmorang dan warga.",
        "Hadir Danramil Parbuluan, Kapten Inf Marihot Situmorang.",
    ],
)
def test_a_district_military_commander_by_his_districts_name(text: str) -> None:
    """ "Danramil Sumbul Kapten Inf ...": the commander of the district's Koramil, as "Kapolsek Sumbul"
    heads its police sector (the number, "Danramil 0206/07 Sumbul", is not needed)."""
    [(person, role, body)] = held(run(text))
    assert person == "Marihot Situmorang" and role == "Komandan"
    assert body.startswith("Komando Rayon Militer ") and body.split()[-1] in {"Sumbul", "Parbuluan"}


def test_an_associations_district_branch_is_named_by_its_district() -> None:
    """ "KH. Tumpak Hasibuan, Ketua MUI Kecamatan Sumbul, ...": the ulema council's district branch, not
    nothing (a government body's district office has its own name: "KPU Kecamatan" is none)."""
    x = run(
        "Ceramah usai salat Isya dibawakan KH. Tumpak Hasibuan, Ketua MUI Kecamatan Sumbul, di masjid itu."
    )
    assert held(x) == {("Tumpak Hasibuan", "Ketua", "Majelis Ulama Indonesia Kecamatan Sumbul")}


def test_a_dinas_portfolio_list_ending_with_serta_before_its_abbreviation_is_one_body() -> None:
    """ "Kepala Dinas Pendidikan, Pemuda dan Olahraga serta Kebudayaan (Disdikporabud) Dairi": the
    last portfolio joined by "serta" right before the bracket is the same Dinas's, not cut off."""
    x = run(
        "Laporan dibacakan oleh Kepala Dinas Pendidikan, Pemuda dan Olahraga serta Kebudayaan "
        "(Disdikporabud) Dairi, Dra. Rosdiana Br Sitanggang, M.Si. kemarin."
    )
    assert held(x) == {
        (
            "Rosdiana Br Sitanggang",
            "Kepala",
            "Dinas Pendidikan, Pemuda dan Olahraga serta Kebudayaan Kabupaten Dairi",
        )
    }


@pytest.mark.parametrize("room", ["Ruang Rapat Badan Anggaran", "Ruang Rapat Komisi"])
def test_a_bodys_name_ends_before_the_building_its_room_is_in(room: str) -> None:
    """ "di Ruang Rapat Badan Anggaran Gedung DPRD Dairi": the council's committee, then the building
    its meeting room is in; no body named "Badan Anggaran Gedung", nor "Komisi Gedung" where the
    room is the commissions' (no word of a name between the head and the building)."""
    x = run(f"Pembahasan berlangsung di {room} Gedung DPRD Dairi hingga sore.")
    assert not [n for n in names(x, EntityType.ORGANIZATION) if n.endswith("Gedung")]


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Kepala Dinas PU Bina Marga Kabupaten Dairi Tumpak Hasibuan hadir.",
         ("Tumpak Hasibuan", "Kepala", "Dinas Pekerjaan Umum Bina Marga Kabupaten Dairi")),
        ("Kepala Dinas PU Sumber Daya Air Dairi, Tumpak Hasibuan, hadir.",
         ("Tumpak Hasibuan", "Kepala", "Dinas Pekerjaan Umum Sumber Daya Air Kabupaten Dairi")),
        ("Kepala Dinas PU Kota Binjai Tumpak Hasibuan hadir.",
         ("Tumpak Hasibuan", "Kepala", "Dinas Pekerjaan Umum Kota Binjai")),
    ],
)  # fmt: skip
def test_a_dinas_by_its_short_form_then_its_field(text: str, membership: tuple[str, str, str]) -> None:
    """ "Dinas PU Bina Marga": the public works office's field written after its short form is its name's."""
    assert held(run(text)) == {membership}


def test_a_department_of_a_polytechnic_by_its_name_or_the_short_form_the_article_gave_it() -> None:
    """ "Jurusan Teknik Sipil Politeknik Negeri Medan", "Jurusan Akuntansi Polmed" after
    "Politeknik Negeri Medan (Polmed)": departments (a "Jurusan" opens a body as a "Fakultas" does) of
    the polytechnic."""
    x = run(
        "Pemkot Binjai dan Politeknik Negeri Medan (Polmed) meneken MoU, disusul PKS antara Dinas Koperasi "
        "Kota Binjai dengan Jurusan Teknik Sipil Politeknik Negeri Medan serta antara Diskominfo dengan "
        "Jurusan Akuntansi Polmed."
    )
    assert {
        "Jurusan Teknik Sipil Politeknik Negeri Medan",
        "Jurusan Akuntansi Politeknik Negeri Medan",
    } <= names(x, EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Ketua Takmir Masjid Jami' Baiturrahim, H. Tumpak Hasibuan, menyampaikan terima kasih.",
         ("Tumpak Hasibuan", "Ketua Takmir", "Masjid Jami' Baiturrahim")),
        ("Ketua Pengurus Masjid Nurul Iman, Sahat Pardede, menyampaikan terima kasih.",
         ("Sahat Pardede", "Ketua Pengurus", "Masjid Nurul Iman")),
        ("Ketua Badan Takmir Masjid Raya Sumbul, Romauli Simbolon, hadir.",
         ("Romauli Simbolon", "Ketua Badan Takmir", "Masjid Raya Sumbul")),
    ],
)  # fmt: skip
def test_the_chair_of_a_mosques_board_holds_it_in_the_mosque(
    text: str, membership: tuple[str, str, str]
) -> None:
    """ "Ketua Takmir Masjid X, H. Budi": the mosque (its board) is the body, the board's word goes with the
    office; the mosque's name is no person's and no office's ("Ketua Pengurus Masjid Nurul", "Iman")."""
    assert held(run(text)) == {membership}


def test_the_veterans_national_development_universities_by_their_short_names() -> None:
    """ "Rektor UPN Veteran Yogyakarta Prof. Dr. ...": the university (one of three national ones by that
    name), not "Universitas Pembangunan Nasional" and a person "Veteran Yogyakarta Prof"."""
    x = run(
        "Penandatanganan dilakukan oleh Rektor UPN Veteran Yogyakarta Prof. Dr. Ir. Tumpak Hasibuan, M.T. kemarin."
    )
    assert held(x) == {("Tumpak Hasibuan", "Rektor", "Universitas Pembangunan Nasional Veteran Yogyakarta")}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Seminar dibuka Rektor Universitas Ompu Marihot Sinaga, Binsar Manurung, di aula kampus.",
            "Binsar Manurung",
        ),
        (
            "Sambutan disampaikan Rektor Universitas Ompu Marihot Sinaga (Unomas) Pangururan Dr. Romauli Simbolon.",
            "Romauli Simbolon",
        ),
    ],
)
def test_a_university_named_after_a_person_keeps_its_namesake_before_the_holder(
    text: str, holder: str
) -> None:
    """ "Rektor Universitas X Y Z, Budi": a university named after a person holds words a person's name
    has; when the holder is named after a comma, or after an honorific past the university's short form
    and town, those words are the university's, not a second holder's."""
    x = run(text)
    assert held(x) == {(holder, "Rektor", "Universitas Ompu Marihot Sinaga")}
    assert names(x, EntityType.PERSON) == {holder}


@pytest.mark.parametrize(
    "title", ["Kades", "Kepala Desa (Kades)"]
)  # fmt: skip
def test_a_village_the_gazetteer_lacks_is_all_its_words_up_to_its_district_set_off(title: str) -> None:
    """ "Kades Sumbul Jaya, Kecamatan Tigalingga, Marihot Situmorang": the gazetteer lists a "Sumbul" but
    no "Sumbul Jaya"; the village's name runs to the comma before its district, and the head is the
    name after it (not "Jaya"); the village's government is named "Desa Sumbul Jaya" too."""
    x = run(
        f"{title} Sumbul Jaya, Kecamatan Tigalingga, Marihot Situmorang, mengatakan warga menyambut baik."
    )
    assert held(x) == {("Marihot Situmorang", "Kepala Desa", "Pemerintah Desa Sumbul Jaya")}
    assert names(x, EntityType.PERSON) == {"Marihot Situmorang"}
    assert "Desa Sumbul Jaya" in names(x, EntityType.PLACE)
    # (its government is named as the village too, as a listed village's is)
    [government] = [e for e in x.entities if e.name == "Pemerintah Desa Sumbul Jaya"]
    assert "Desa Sumbul Jaya" in government.aliases


def test_a_partys_short_name_inside_a_stadiums_name_is_no_party() -> None:
    """ "di Stadion Gelora Sidikalang": "Gelora" (a stadium's "arena") is a party's short name too, but after
    a stadium's head word it is a word of the venue's name; "Gedung Golkar" is still the party's building."""
    x = run("Upacara digelar di Stadion Gelora Sidikalang, lalu kader berkumpul di Gedung Golkar.")
    assert names(x, EntityType.ORGANIZATION) == {"Partai Golongan Karya"}
    assert "Stadion Gelora Sidikalang" in names(x, EntityType.PLACE)


@pytest.mark.parametrize(
    "text",
    [
        "Hadir Ketua Asosiasi Pemerintah Desa Seluruh Indonesia (Apdesi) Kabupaten Dairi H. Marihot Situmorang "
        "serta para kepala OPD.",
        "Rapat itu juga dihadiri Ketua APDESI Dairi H. Marihot Situmorang dan para camat.",
    ],
)
def test_the_village_heads_association_has_a_branch_in_each_regency(text: str) -> None:
    """ "Ketua Asosiasi Pemerintah Desa Seluruh Indonesia (Apdesi) Kabupaten Dairi H. X": the national
    association of village governments, its regency branch, and its chair (no "H." in the body's name)."""
    assert held(run(text)) == {
        ("Marihot Situmorang", "Ketua", "Asosiasi Pemerintah Desa Seluruh Indonesia Kabupaten Dairi")
    }


def test_a_bodys_short_form_in_brackets_is_no_holders_initials() -> None:
    """ "para kepala Organisasi Perangkat Daerah (OPD), Camat Sumbul, ...": the letters in brackets
    are the body's short form, not the initials of a "Perangkat Daerah" holding the Camat's office (as
    "Halim Kalla (HK) selaku Presiden Direktur" gives his)."""
    x = run(
        "Hadir Wakil Bupati Dairi, para kepala Organisasi Perangkat Daerah (OPD), Camat Sumbul, dan sejumlah "
        "tokoh adat."
    )
    assert not names(x, EntityType.PERSON) and not held(x)
    x = run("Halim Kalla (HK) selaku Presiden Direktur PT Sinar Jaya hadir.")
    assert held(x) == {("Halim Kalla", "Presiden Direktur", "PT Sinar Jaya")}


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Kepala Bagian Pemerintahan dan Otonomi Daerah Setda Kabupaten Dairi, Sahat Pardede, menjelaskan jadwal.",
         ("Sahat Pardede", "Kepala Bagian Pemerintahan dan Otonomi Daerah", "Sekretariat Daerah Kabupaten Dairi")),
        ("Kepala Bagian Administrasi Pembangunan dan Pengendalian Setda Kabupaten Dairi, Tumpak Hasibuan, "
         "menjelaskan.", ("Tumpak Hasibuan", "Kepala Bagian Administrasi Pembangunan dan Pengendalian",
                         "Sekretariat Daerah Kabupaten Dairi")),
    ],
)  # fmt: skip
def test_a_secretariat_sections_portfolio_of_two_fields_runs_to_its_setda(
    text: str, membership: tuple[str, str, str]
) -> None:
    """ "Kepala Bagian Pemerintahan dan Otonomi Daerah Setda X, Budi": the section's whole portfolio, longer
    than the lexicon's "Bagian Pemerintahan", up to the Setda it sits in; then its head (who holds the
    office in the regency's government too)."""
    person, role, _ = membership
    assert held(run(text)) == {membership, (person, role, "Pemerintah Kabupaten Dairi")}


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Bagian Hukum (Kabag Hukum) Setda Kabupaten Dairi, Sahat Pardede, menjelaskan jadwal.",
        "Kepala Bagian Hukum (Kabag Hukum) Setdakab Dairi, Sahat Pardede, S.H., menjelaskan jadwal.",
    ],
)
def test_a_titles_short_form_of_two_words_in_brackets_leaves_the_section_whole(text: str) -> None:
    """ "Kepala Bagian Hukum (Kabag Hukum) Setda X, Budi": the title's short form in brackets, two words,
    between the section and the Setda it sits in."""
    assert held(run(text)) == {
        ("Sahat Pardede", "Kepala Bagian Hukum", "Sekretariat Daerah Kabupaten Dairi"),
        ("Sahat Pardede", "Kepala Bagian Hukum", "Pemerintah Kabupaten Dairi"),
    }


def test_a_village_office_before_a_longer_village_than_the_gazetteers_reads_no_shorter_village() -> None:
    """ "Lurah Kalurahan Gadingsari Lor, Kapanewon Sanden, ...": the gazetteer's "Gadingsari" and a word of
    direction after it name another village; the office reads no "Desa Gadingsari"."""
    x = run(
        "Sidang menghadirkan Lurah Kalurahan Gadingsari Lor, Kapanewon Sanden, Kabupaten Bantul, Marihot "
        "Situmorang, sebagai saksi."
    )
    assert "Desa Gadingsari" not in names(x, EntityType.PLACE)
    assert "Kalurahan Gadingsari Lor" in names(x, EntityType.PLACE)


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Kepala Desa (Kades) nonaktif Kentara, Kecamatan Tigalingga, Marihot Situmorang, kembali diperiksa "
         "penyidik Kejari Dairi.", ("Marihot Situmorang", "Kepala Desa", "Pemerintah Desa Kentara")),
        ("Bupati nonaktif Dairi Tumpak Hasibuan diperiksa penyidik.",
         ("Tumpak Hasibuan", "Bupati", "Pemerintah Kabupaten Dairi")),
    ],
)  # fmt: skip
def test_a_suspended_holder_still_holds_the_office(text: str, membership: tuple[str, str, str]) -> None:
    """ "Kades nonaktif Kentara, Kecamatan X, Budi": "nonaktif" (suspended) between the title and what it
    is of; the holder is still the office's."""
    assert membership in held(run(text))


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Dalam rapat itu wakil ketua Komisi B DPRD Dairi, Rosdiana Br Sitanggang, meminta dinas menambah "
         "anggaran.",
         ("Rosdiana Br Sitanggang", "Wakil Ketua Komisi B", "Dewan Perwakilan Rakyat Daerah Kabupaten Dairi")),
        ("Rapat dihadiri wakil ketua DPRD Dairi, Marihot Situmorang.",
         ("Marihot Situmorang", "Wakil Ketua", "Dewan Perwakilan Rakyat Daerah Kabupaten Dairi")),
    ],
)  # fmt: skip
def test_a_deputys_title_written_in_lower_case(text: str, membership: tuple[str, str, str]) -> None:
    """ "wakil ketua Komisi B DPRD X, Budi": "wakil" in lower case before a lower-case title word is the
    deputy's title, not its chair's."""
    assert held(run(text)) == {membership}


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Kaur Keuangan Desa Hutarakyat Lor, Rosdiana Br Sitanggang, diperiksa penyidik soal dana Desa "
         "Hutarakyat Lor.",
         ("Rosdiana Br Sitanggang", "Kepala Urusan Keuangan", "Pemerintah Desa Hutarakyat Lor")),
        ("Hadir Kepala Urusan Perencanaan Desa Kentara Sahat Pardede.",
         ("Sahat Pardede", "Kepala Urusan Perencanaan", "Pemerintah Desa Kentara")),
    ],
)  # fmt: skip
def test_a_village_clerk_by_the_affairs_he_heads(text: str, membership: tuple[str, str, str]) -> None:
    """ "Kaur Keuangan Desa X, Budi": a village's head of affairs (Kepala Urusan) serves the village's
    government, the village listed by the gazetteer or, written with its level's word elsewhere too, not."""
    assert held(run(text)) == {membership}


def test_an_office_after_a_speaker_set_off_by_a_verb_of_saying_is_not_the_speakers() -> None:
    """ "Setelah itu, tambah Budi, Wakil Bupati menanam ...": the name set off after "tambah" speaks; the
    office after it is the subject of what he says, not his ("...," ujar Budi, Kepala Dinas X. still is)."""
    x = run(
        "SIDIKALANG – Kepala Dinas Pariwisata Kabupaten Dairi, Sahat Pardede, menyebut pawai digelar di 15 "
        "kecamatan.\nSetelah itu, tambah Sahat, Wakil Bupati menanam pohon di Taman Kota Sidikalang. Di "
        "Tigalingga, kata Sahat, Bupati Dairi akan menyerahkan piala.\n“Kami siap,” ujar Marihot Situmorang, "
        "Kepala Dinas Pendidikan Kabupaten Dairi."
    )
    assert held(x) == {
        ("Sahat Pardede", "Kepala", "Dinas Pariwisata Kabupaten Dairi"),
        ("Marihot Situmorang", "Kepala", "Dinas Pendidikan Kabupaten Dairi"),
    }


def test_a_company_directors_portfolio_is_the_office_not_a_directorate() -> None:
    """ "Direktur Keuangan dan SDM PT Sumbul Makmur": a company's director holds an office of the company
    named by its portfolio; no directorate of the company becomes a body of its own (a ministry's
    "Direktur Jenderal ..." heads its Direktorat Jenderal: those stay)."""
    x = run(
        "MoU ditandatangani Direktur Keuangan dan SDM PT Sumbul Makmur, Marihot Situmorang, S.E. Hadir pula"
        " Direktur Operasi PT Sumbul Makmur, Lamria Simbolon."
    )
    assert held(x) == {
        ("Marihot Situmorang", "Direktur Keuangan dan SDM", "PT Sumbul Makmur"),
        ("Lamria Simbolon", "Direktur Operasi", "PT Sumbul Makmur"),
    }
    assert names(x, EntityType.ORGANIZATION) == {"PT Sumbul Makmur"}


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Kuwu Tigalingga, Abd. Pardede, menyambut rombongan.", ("Abd. Pardede", "Kuwu", "Pemerintah Desa Tigalingga")),
        ("Petinggi Desa Paropo, Tumpak Hasibuan, hadir.", ("Tumpak Hasibuan", "Petinggi", "Pemerintah Desa Paropo")),
        ("Pambakal Tigalingga Marihot Situmorang mendampingi.", ("Marihot Situmorang", "Pambakal", "Pemerintah Desa Tigalingga")),
        ("Peratin Paropo, Lamria Simbolon, menyambut.", ("Lamria Simbolon", "Peratin", "Pemerintah Pekon Paropo")),
        ("Kepala Lembang Paropo, Sahat Pardede, hadir.", ("Sahat Pardede", "Kepala Lembang", "Pemerintah Lembang Paropo")),
        ("Sangadi Paropo, Rosdiana Br Sitanggang, hadir.", ("Rosdiana Br Sitanggang", "Sangadi", "Pemerintah Desa Paropo")),
        ("Kepala Pemerintah Negeri Soahuku, Romauli Simbolon, hadir.",
         ("Romauli Simbolon", "Kepala Pemerintah Negeri", "Pemerintah Negeri Soahuku")),
    ],
)  # fmt: skip
def test_village_heads_by_their_regions_titles(text: str, membership: tuple[str, str, str]) -> None:
    """A village's head by the title of the region (Cirebon's "Kuwu", Jepara's "Petinggi", Banjar
    "Pambakal", West Lampung's "Peratin" of a pekon, Toraja's "Kepala Lembang", Bolaang Mongondow's
    "Sangadi", Maluku's "Kepala Pemerintah Negeri" of a negeri): the village's government."""
    assert membership in held(run(text))


def test_a_papuan_district_head_is_like_a_camat() -> None:
    """ "Kepala Distrik Wamena, Abd. Pardede": Papua's district head, an official of the town's
    government, as a camat is."""
    x = run("Kepala Distrik Wamena, Abd. Pardede, menyambut rombongan di Kampung Sumbul.")
    assert {m for m in held(x) if m[0] == "Abd. Pardede"} == {
        ("Abd. Pardede", "Kepala Distrik", "Pemerintah Kabupaten Jayawijaya")
    }


def test_an_infantry_battalion_and_a_command_written_out_are_named_by_their_numbers() -> None:
    """ "Danyon Yonif 639/Sumbul", "Komandan Batalyon Infanteri 639/Sumbul", "Komandan Komando Distrik
    Militer 0206/Dairi": numbered units by their numbers, however written, each with its commander."""
    x = run(
        "Danyon Yonif 639/Sumbul Letkol Inf Budi Santoso hadir. Wakil Komandan Batalyon Infanteri 639/Sumbul "
        "Mayor Inf Joko Susilo mendampingi. Komandan Komando Distrik Militer 0206/Dairi Letkol Inf Agus Salim "
        "memimpin apel."
    )
    assert held(x) == {
        ("Budi Santoso", "Komandan", "Batalyon Infanteri 639"),
        ("Joko Susilo", "Wakil Komandan", "Batalyon Infanteri 639"),
        ("Agus Salim", "Komandan", "Komando Distrik Militer 0206"),
    }


def test_a_religious_affairs_office_is_its_districts() -> None:
    """ "Kepala KUA Kecamatan Sumbul Tumpak Hasibuan": a KUA serves a district, named by it (not the
    regency's), its head's name after it."""
    assert ("Tumpak Hasibuan", "Kepala", "Kantor Urusan Agama Kecamatan Sumbul") in held(
        run(
            "Pemkab Dairi menggelar nikah massal. Kepala KUA Kecamatan Sumbul Tumpak Hasibuan menyambut pasangan."
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Pengadilan Negeri Kepanjen Sahat Pardede membuka sidang.",
        "Ketua PN Kepanjen Sahat Pardede membuka sidang.",
        "Ketua Pengadilan Negeri Kepanjen, Sahat Pardede, membuka sidang.",
    ],
)
def test_a_court_by_the_town_it_sits_in_then_its_head(text: str) -> None:
    """A district court named by its seat, a district's town ("Kepanjen"), not a city or regency: the
    court of that town, and its head's name after it (no person "Kepanjen Sahat Pardede")."""
    x = run(text)
    assert held(x) == {("Sahat Pardede", "Ketua", "Pengadilan Negeri Kepanjen")}
    assert names(x, EntityType.PERSON) == {"Sahat Pardede"}


def test_a_second_office_after_yang_juga_is_held_by_the_titled_name_before_it() -> None:
    """ "Wakil Bupati Dairi, Sahat Pardede, yang juga Ketua TPPS Kabupaten Dairi": the name read with the
    first title holds the second too, as after "selaku"."""
    x = run(
        "Acara dibuka oleh Wakil Bupati Dairi, Sahat Pardede, yang juga Ketua Tim Percepatan Penurunan Stunting "
        "(TPPS) Kabupaten Dairi."
    )
    assert held(x) == {
        ("Sahat Pardede", "Wakil Bupati", "Pemerintah Kabupaten Dairi"),
        ("Sahat Pardede", "Ketua", "Tim Percepatan Penurunan Stunting Kabupaten Dairi"),
    }


@pytest.mark.parametrize("town", ["Pakpak Bharat", "Humbang Hasundutan", "Serdang Bedagai"])
def test_a_towns_name_before_a_title_is_no_holder(town: str) -> None:
    """ "Kodim 0210/Pakpak Bharat, Ketua PMI ...": a list's item ends with a town's name; neither it
    nor its last word holds the next item's office."""
    x = run(f"Rapat dihadiri perwakilan Kodim 0210/{town}, Ketua PMI Kabupaten Dairi, dan para camat.")
    assert names(x, EntityType.PERSON) == set()


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("Ketua PHRI Dairi, Sahat Pardede, hadir.",
         ("Sahat Pardede", "Ketua", "Perhimpunan Hotel dan Restoran Indonesia Kabupaten Dairi")),
        ("Ketua HNSI Kabupaten Dairi Romauli Simbolon hadir.",
         ("Romauli Simbolon", "Ketua", "Himpunan Nelayan Seluruh Indonesia Kabupaten Dairi")),
        ("Ketua PHDI Dairi, I Wayan Sudarsa, hadir.", ("I Wayan Sudarsa", "Ketua", "Parisada Hindu Dharma Indonesia Kabupaten Dairi")),
    ],
)  # fmt: skip
def test_a_national_associations_branch_by_its_short_name(
    text: str, membership: tuple[str, str, str]
) -> None:
    """Trade, professional and faith associations by the short names the news writes them with, their
    branch in the town written after."""
    assert held(run(text)) == {membership}


def test_a_scouts_branch_board_written_with_the_movements_name_is_one_body() -> None:
    """ "Kwarcab Pramuka Dairi": the branch board's name holds the movement's already ("Kwartir Cabang
    Gerakan Pramuka"), so the board of the town after is one body, not the board inside the movement."""
    x = run(
        "Ketua Kwarcab Pramuka Dairi, Sahat Pardede, hadir. Ketua Kwarda Pramuka Sumut, Romauli Simbolon, hadir."
    )
    assert held(x) == {
        ("Sahat Pardede", "Ketua", "Kwartir Cabang Gerakan Pramuka Kabupaten Dairi"),
        ("Romauli Simbolon", "Ketua", "Kwartir Daerah Gerakan Pramuka Provinsi Sumatera Utara"),
    }
    assert not any("Pramuka Gerakan" in n for n in names(x, EntityType.ORGANIZATION))


def test_a_branch_office_written_before_its_body_is_that_bodys_branch() -> None:
    """ "Kepala Kantor Cabang BPJS Kesehatan Sidikalang": the branch office is the body's branch the name
    after it already gives, one body, no "Kantor Cabang ... Cabang Sidikalang" inside it."""
    x = run("Kepala Kantor Cabang BPJS Kesehatan Sidikalang, Tumpak Hasibuan, hadir.")
    assert held(x) == {
        ("Tumpak Hasibuan", "Kepala", "Badan Penyelenggara Jaminan Sosial Kesehatan Cabang Sidikalang")
    }
    assert names(x, EntityType.ORGANIZATION) == {
        "Badan Penyelenggara Jaminan Sosial Kesehatan Cabang Sidikalang"
    }


def test_a_villages_section_heads_hold_office_in_the_villages_government() -> None:
    """ "Kasi Pemerintahan Desa Paropo": a village's section head, of the village's government, not a
    "Seksi Pemerintahan" of its own."""
    x = run(
        "Kasi Pemerintahan Desa Paropo, Marihot Situmorang, dan Kasi Pelayanan Desa Paropo, Romauli Simbolon, hadir."
    )
    assert held(x) == {
        ("Marihot Situmorang", "Kepala Seksi Pemerintahan", "Pemerintah Desa Paropo"),
        ("Romauli Simbolon", "Kepala Seksi Pelayanan", "Pemerintah Desa Paropo"),
    }


def test_an_air_base_is_named_after_its_hero_and_its_commander_holds_it() -> None:
    """ "Lanud Marihot Hasibuan", "Danlanud Marihot Hasibuan Marsma TNI Sahat Pardede": the air force's
    bases are named after heroes, a person's name no place word ends, up to a comma or a rank."""
    x = run(
        "Danlanud Marihot Hasibuan Marsma TNI Sahat Pardede hadir di Lanud Marihot Hasibuan, Kabupaten Dairi."
    )
    assert held(x) == {("Sahat Pardede", "Komandan", "Pangkalan TNI Angkatan Udara Marihot Hasibuan")}
    assert "Marihot Hasibuan" not in names(x, EntityType.PERSON)


def test_an_assistant_without_the_secretariat_written_is_an_official_of_the_government() -> None:
    """ "Asisten Perekonomian dan Pembangunan Drs. Sahat Pardede" in a city's story holds the office in
    the city's government; "Asisten II Setda Kota Sibolga" writes the secretariat it sits in."""
    x = run(
        "Wali Kota Sibolga hadir di Balai Kota. Turut hadir Asisten Perekonomian dan Pembangunan "
        "Drs. Sahat Pardede. Asisten II Setda Kota Sibolga Marihot Situmorang hadir."
    )
    assert held(x) == {
        ("Sahat Pardede", "Asisten Perekonomian dan Pembangunan", "Pemerintah Kota Sibolga"),
        ("Marihot Situmorang", "Asisten II", "Sekretariat Daerah Kota Sibolga"),
        ("Marihot Situmorang", "Asisten II", "Pemerintah Kota Sibolga"),
    }


def test_the_bugis_sitti_written_short_opens_the_holders_name() -> None:
    """ "Wakil Bupati Dairi Hj. St. Romauli Sitanggang": "St." (Sitti) is a word of her name, as "Muh."
    of a man's; its period ends neither the name nor the sentence."""
    x = run(
        "Bupati Dairi Tumpak Hasibuan, didampingi Wakil Bupati Dairi Hj. St. Romauli Sitanggang, S.Pd., "
        "hadir di Sidikalang."
    )
    assert ("St. Romauli Sitanggang", "Wakil Bupati", "Pemerintah Kabupaten Dairi") in held(x)


def test_a_surname_spelled_like_a_corps_ends_the_holders_name() -> None:
    """ "Anggota Bawaslu Kabupaten Dairi, Liem Sahat Tek, S.H.": a corps word ("Tek") is read with a rank
    before it ("Letkol Tek"); after a name it is the name's last word."""
    x = run("Anggota Bawaslu Kabupaten Dairi, Liem Sahat Tek, S.H., menambahkan bahwa laporan masuk.")
    assert {m[0] for m in held(x)} == {"Liem Sahat Tek"}
    x = run("Dandim 0206/Dairi Letkol Inf Tumpak Hasibuan hadir di Sidikalang.")
    assert {m[0] for m in held(x)} == {"Tumpak Hasibuan"}


def test_the_banten_tubagus_written_short_opens_the_holders_name() -> None:
    """ "Wali Kota Sibolga, H. Tb. Sahat Pardede, S.E.": "Tb." (Tubagus) is a word of his name; its period
    ends neither the name nor the sentence, and the mayor holds his office."""
    x = run("Pawai itu dilepas Wali Kota Sibolga, H. Tb. Sahat Pardede, S.E., M.M., dari depan balai kota.")
    assert ("Tb. Sahat Pardede", "Wali Kota", "Pemerintah Kota Sibolga") in held(x)


@pytest.mark.parametrize(
    ("text", "membership", "village"),
    [
        ("Mantan Petinggi Kampung Simbelin, Kecamatan Sumbul, Marihot Situmorang (51), divonis. Dana "
         "Kampung Simbelin dikelola sendiri.",
         ("Marihot Situmorang", "Petinggi", "Pemerintah Kampung Simbelin"), "Kampung Simbelin"),
        ("Bantuan diteruskan kepada Keuchik Gampong Lam Simbelin, Marihot Situmorang. Warga Gampong Lam "
         "Simbelin bergotong royong.",
         ("Marihot Situmorang", "Keuchik", "Pemerintah Gampong Lam Simbelin"), "Gampong Lam Simbelin"),
    ],
)  # fmt: skip
def test_a_village_head_of_a_kampung_or_gampong_the_gazetteer_lacks(
    text: str, membership: tuple[str, str, str], village: str
) -> None:
    """ "Petinggi Kampung Simbelin, Kecamatan Sumbul, Marihot": East Kalimantan's (and Papua's) village is
    a "Kampung", Aceh's a "Gampong": the word names the village's kind, not a word of its name, and its
    government is the Pemerintah Kampung (Gampong) by the name the article writes."""
    x = run(f"Pemerintah Kabupaten (Pemkab) Dairi menggelar rapat di Kantor Bupati Dairi. {text}")
    assert membership in {(p, r, o) for p, r, o in held(x)}
    assert village in names(x, EntityType.PLACE)


def test_a_portfolio_of_several_fields_listed_with_commas_is_one_role() -> None:
    """ "Wakil Rektor Bidang Perencanaan, Keuangan dan Umum Unsima, Prof. Dr. Sahat Pardede": the
    fields listed with a comma and "dan" are one portfolio, then the university."""
    x = run(
        "Pemkab Dairi menandatangani nota kesepahaman dengan Universitas Sisingamangaraja (Unsima). Wakil "
        "Rektor Bidang Perencanaan, Keuangan dan Umum Unsima, Prof. Dr. Sahat Pardede, hadir."
    )
    assert held(x) == {
        (
            "Sahat Pardede",
            "Wakil Rektor Bidang Perencanaan, Keuangan dan Umum",
            "Universitas Sisingamangaraja",
        )
    }


def test_a_lower_case_member_listed_with_two_names_and_a_degree_holds_the_seat() -> None:
    """ "Turut hadir ..., anggota DPRD Dairi Romauli Simbolon, S.E., ...": two words of a name after a
    body placed by its region, then a degree set off by a comma, are the member's name."""
    x = run(
        "Pemkab Dairi menggelar rapat di Kantor Bupati Dairi. Turut hadir Sekda Dairi Sahat Pardede, "
        "anggota DPRD Dairi Romauli Simbolon, S.E., dan para camat."
    )
    assert ("Romauli Simbolon", "Anggota", "Dewan Perwakilan Rakyat Daerah Kabupaten Dairi") in held(x)


@pytest.mark.parametrize(
    ("written", "of_the_branch"),
    [
        (
            "Pemimpin Bank Sumut Cabang Sidikalang Sahat Pardede",
            {("Sahat Pardede", "Pemimpin", "PT Bank Pembangunan Daerah Sumatera Utara Cabang Sidikalang")},
        ),
        ("Pemimpin Cabang Bank Sumut Sidikalang, Sahat Pardede", set()),
    ],
)
def test_a_banks_branch_manager_holds_the_branch_office_in_the_company(
    written: str, of_the_branch: set[tuple[str, str, str]]
) -> None:
    """ "Pemimpin Bank Sumut Cabang Sidikalang": the branch manager holds "Pemimpin Cabang" in the bank (the
    branch a node of its own), and the office as written in the branch the title names whole; a branch
    of a body that is no company keeps its head."""
    x = run(
        "Pemkab Dairi menandatangani kerja sama dengan PT Bank Pembangunan Daerah Sumatera Utara (Bank "
        f"Sumut). Hadir {written}. Kepala BPJS Kesehatan Cabang Sidikalang Romauli Simbolon juga hadir."
    )
    assert held(x) == {
        ("Sahat Pardede", "Pemimpin Cabang", "PT Bank Pembangunan Daerah Sumatera Utara"),
        ("Romauli Simbolon", "Kepala", "Badan Penyelenggara Jaminan Sosial Kesehatan Cabang Sidikalang"),
        *of_the_branch,
    }
    assert "PT Bank Pembangunan Daerah Sumatera Utara Cabang Sidikalang" in names(x, EntityType.ORGANIZATION)


def test_the_mosques_board_word_alone_is_the_title() -> None:
    """ "Takmir Masjid Jami' Baitul Zorba, KH. Abd. Sahat Pardede": the board's word is his office in the
    mosque; "Ketua Takmir H. Budi" is no person "Takmir H. Budi"."""
    x = run(
        "Bupati Dairi Tumpak Hasibuan melaksanakan Safari Ramadan di Masjid Jami' Baitul Zorba, Sumbul. Takmir "
        "Masjid Jami' Baitul Zorba, KH. Abd. Sahat Pardede, menyampaikan terima kasih."
    )
    assert ("Abd. Sahat Pardede", "Takmir", "Masjid Jami' Baitul Zorba") in held(x)
    x = run("Bantuan renovasi Masjid Jami' Baitul Zorba diterima oleh Ketua Takmir H. Marihot Situmorang.")
    assert "Takmir H. Marihot Situmorang" not in names(x, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "Tampak pula Wakapolrestabes Medan AKBP Hari Pardede dan sejumlah pejabat utama.",
            ("Hari Pardede", "Wakil Kepala Kepolisian Resor Kota Besar", "Kepolisian Resor Kota Besar Medan"),
        ),
        (
            # the head word of the body a short form stands for, written before it
            "Kepala Dinas Dukcapil Kabupaten Dairi, Marihot Situmorang, mengatakan warga harus merekam KTP-el.",
            ("Marihot Situmorang", "Kepala", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Dairi"),
        ),
        (
            "Rapat dipimpin Sekda Dairi Hasiholan Sinaga selaku Ketua Pelaksana TPPS Kabupaten Dairi.",
            ("Hasiholan Sinaga", "Ketua Pelaksana", "Tim Percepatan Penurunan Stunting Kabupaten Dairi"),
        ),
        (
            "Bendesa Adat Jimbaran, I Ketut Marihot, mengatakan pemilahan sampah sudah berjalan.",
            ("I Ketut Marihot", "Bendesa Adat", "Desa Adat Jimbaran"),
        ),
        (
            "Hadir Bendesa Madya Majelis Desa Adat (MDA) Kabupaten Badung Ketut Marihot, serta para camat.",
            ("Ketut Marihot", "Bendesa Madya", "Majelis Desa Adat Kabupaten Badung"),
        ),
    ],
)
def test_offices_of_police_short_forms_teams_and_customary_villages(
    text: str, membership: tuple[str, str, str]
) -> None:
    assert membership in held(run(text))


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "Kepala Bulog Divre Sumut Hari Pardede memastikan stok beras aman.",
            ("Hari Pardede", "Kepala", "Perum Badan Urusan Logistik Divisi Regional Sumatera Utara"),
        ),
        (
            "Hadir Kepala Bappelitbang Dairi Hj. Romauli Simbolon dan Camat Sumbul.",
            (
                "Romauli Simbolon",
                "Kepala",
                "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Dairi",
            ),
        ),
        (
            "Rombongan disambut Pangulu Nagori Silampuyang, Marihot Situmorang, bersama tokoh masyarakat "
            "Kabupaten Simalungun.",
            ("Marihot Situmorang", "Pangulu", "Pemerintah Nagori Silampuyang"),
        ),
    ],
)
def test_offices_of_an_enterprise_s_division_a_planning_agency_and_a_simalungun_village(
    text: str, membership: tuple[str, str, str]
) -> None:
    assert membership in held(run(text))


def test_a_division_of_a_state_enterprise_is_not_the_enterprise() -> None:
    x = run("Stok di gudang Bulog Divre Sumut aman. Perum Bulog menyiapkan operasi pasar.")
    bodies = {e.name: e.aliases for e in x.entities if e.type is EntityType.ORGANIZATION}
    assert (
        "Perum Badan Urusan Logistik"
        not in bodies["Perum Badan Urusan Logistik Divisi Regional Sumatera Utara"]
    )


def test_a_route_s_end_before_an_office_is_no_one_s_name() -> None:
    x = run("Di ruas Sumbul–Sitinjo, Bupati Dairi meminta petugas memeriksa ketebalan aspal.")
    assert not names(x, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        (
            "Rapat dipimpin Sekretaris Kabupaten (Sekkab) Dairi Hasiholan Sinaga dan diikuti para camat.",
            ("Hasiholan Sinaga", "Sekretaris Daerah", "Pemerintah Kabupaten Dairi"),
        ),
        (
            "Rapat dipimpin Sekkab Dairi Hasiholan Sinaga.",
            ("Hasiholan Sinaga", "Sekretaris Daerah", "Pemerintah Kabupaten Dairi"),
        ),
        (
            "Bupati didampingi Inspektur Daerah Kabupaten Dairi Hasiholan Sinaga, serta para camat.",
            ("Hasiholan Sinaga", "Inspektur Daerah", "Inspektorat Daerah Kabupaten Dairi"),
        ),
    ],
)
def test_a_regency_s_secretary_and_its_regional_inspector_by_the_names_some_regencies_use(
    text: str, membership: tuple[str, str, str]
) -> None:
    assert membership in held(run(text))


def test_a_division_written_out_is_the_division_and_a_room_named_for_an_office_holds_no_one() -> None:
    x = run("Rapat dihadiri Kepala Perum Bulog Divisi Regional Sumut Hari Pardede dan pejabat lain.")
    assert ("Hari Pardede", "Kepala", "Perum Badan Urusan Logistik Divisi Regional Sumatera Utara") in held(x)
    room = run(
        "Pemkot Sibolga menggelar rapat koordinasi di ruang rapat Wali Kota, Balai Kota Sibolga, Selasa "
        "(30/4/2019). Rakor dipimpin langsung oleh Wali Kota Sibolga Sahat Nainggolan."
    )
    assert names(room, EntityType.PERSON) == {"Sahat Nainggolan"}


def test_a_known_body_listed_after_an_office_holds_no_one_s_name() -> None:
    x = run(
        "Rapat dihadiri Kepala Dinas Sosial, Kepala Dinas Kesehatan dan Keluarga Berencana, Palang Merah "
        "Indonesia (PMI) Kabupaten Dairi, serta Taruna Siaga Bencana (Tagana)."
    )
    assert not names(x, EntityType.PERSON)
    assert "Palang Merah Indonesia Kabupaten Dairi" in names(x, EntityType.ORGANIZATION)


def test_the_head_of_a_gayo_village_is_its_reje() -> None:
    x = run(
        "Reje Kampung Jerata, Hasiholan Sinaga, menuturkan banjir kali ini terparah di Kabupaten Aceh Tengah."
    )
    assert ("Hasiholan Sinaga", "Reje", "Pemerintah Kampung Jerata") in held(x)


def test_the_head_of_a_regional_office_written_ka_and_its_short_word_heads_it() -> None:
    x = run(
        "Kabupaten Dairi menggelar pasar murah. Sementara itu, Kadiskoperindag Romauli Simbolon mengatakan harga naik."
    )
    assert (
        "Romauli Simbolon",
        "Kepala",
        "Dinas Koperasi, Perindustrian dan Perdagangan Kabupaten Dairi",
    ) in held(x)


def test_the_area_a_branch_serves_is_no_part_of_its_head_s_name() -> None:
    x = run(
        "Hadir pula Kepala Cabang Dinas Pendidikan Provinsi Sumatera Utara Wilayah Dairi Romauli Simbolon, serta camat."
    )
    assert names(x, EntityType.PERSON) == {"Romauli Simbolon"}


def test_a_regions_public_service_mall_is_a_body_named_with_its_region() -> None:
    x = run(
        "Mal Pelayanan Publik (MPP) Kabupaten Dairi menambah 12 jenis layanan baru, yang diresmikan Bupati Dairi "
        "Sahat Nainggolan pada Senin (22/1/2024). MPP Dairi kini menghadirkan 14 instansi."
    )
    [mall] = [e for e in x.entities if e.name == "Mal Pelayanan Publik Kabupaten Dairi"]
    assert mall.type == EntityType.ORGANIZATION and "MPP Dairi" in mall.aliases
    assert not names(x, EntityType.PROGRAM)


def test_a_facility_named_after_another_kind_spelled_out_keeps_its_whole_own_name() -> None:
    x = run(
        "Juara I diraih Poskestren Pondok Pesantren Nurul Iman Al-Ikhlas, Kecamatan Sumbul, Kabupaten Dairi."
    )
    assert "Poskestren Pondok Pesantren Nurul Iman Al-Ikhlas" in names(x, EntityType.ORGANIZATION)


def test_a_companys_branch_written_after_its_legal_form_is_no_part_of_its_managers_name() -> None:
    x = run(
        "Rakor diikuti Sekda Dairi Romauli Simbolon, General Manager PT ASDP Indonesia Ferry (Persero) Cabang "
        "Sibolga Marihot Situmorang, serta perwakilan Polres."
    )
    assert ("Marihot Situmorang", "General Manager", "PT ASDP Indonesia Ferry") in held(x)
    assert not {n for n in names(x, EntityType.PERSON) if n.startswith("Cabang")}


def test_the_one_a_body_is_chaired_by_holds_its_chair_besides_his_office() -> None:
    x = run(
        "Bupati meminta Disperindag bersama Tim Pengendali Inflasi Daerah (TPID) Kabupaten Dairi, yang diketuai "
        "Sekda Romauli Simbolon, memperketat pengawasan di tingkat distributor."
    )
    assert ("Romauli Simbolon", "Ketua", "Tim Pengendali Inflasi Daerah Kabupaten Dairi") in held(x)
    assert ("Romauli Simbolon", "Sekretaris Daerah", "Pemerintah Kabupaten Dairi") in held(x)
    bench = run(
        "Vonis tersebut dibacakan majelis hakim Pengadilan Negeri Sidikalang yang diketuai oleh Marihot Situmorang."
    )
    assert not {m for m in held(bench) if m[1] == "Ketua" and m[2] == "Pengadilan Negeri Sidikalang"}


def test_a_levels_ordinal_after_tingkat_is_part_of_a_bodys_name() -> None:
    x = run(
        "Puskesmas Sumbul telah terakreditasi Paripurna oleh Lembaga Akreditasi Fasilitas Kesehatan Tingkat Pertama."
    )
    assert "Lembaga Akreditasi Fasilitas Kesehatan Tingkat Pertama" in names(x, EntityType.ORGANIZATION)


def test_a_provinces_branch_office_is_named_with_the_area_it_serves_and_its_head_is_its_kepala() -> None:
    x = run(
        "Hadir Kepala Cabang Dinas Pendidikan Provinsi Sumatera Utara Wilayah Kabupaten Dairi, Romauli Simbolon."
    )
    branch = "Cabang Dinas Pendidikan Provinsi Sumatera Utara Wilayah Kabupaten Dairi"
    assert [(m.person.name, m.role.name, m.organization and m.organization.name) for m in x.memberships] == [
        ("Romauli Simbolon", "Kepala", branch)
    ]
    y = run("Kepala Cabang Dinas Kehutanan Wilayah VIII, Romauli Simbolon, hadir.")
    assert [m.organization and m.organization.name for m in y.memberships] == [
        "Cabang Dinas Kehutanan Wilayah VIII"
    ]
    # (a bank's branch keeps its head's title)
    z = run("Kepala Cabang BRI Sidikalang, Romauli Simbolon, hadir.")
    assert [m.role.name for m in z.memberships] == ["Kepala Cabang"]


def test_a_secretariat_section_head_or_assistant_holds_the_office_in_the_government_too() -> None:
    """``Kabag Prokopim Setda Dairi Sahat``: the section head of the regency's secretariat (and an
    assistant of it) holds the office in the Sekretariat Daerah and in the Pemerintah Kabupaten."""
    text = (
        "Hadir Kabag Prokopim Setda Dairi Sahat Nainggolan dan Asisten I Setda Dairi Romauli Simbolon, "
        "serta Camat Sumbul Marihot Situmorang."
    )
    x = run(text)
    bodies = {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships}
    assert {
        ("Sahat Nainggolan", "Sekretariat Daerah Kabupaten Dairi"),
        ("Sahat Nainggolan", "Pemerintah Kabupaten Dairi"),
        ("Romauli Simbolon", "Sekretariat Daerah Kabupaten Dairi"),
        ("Romauli Simbolon", "Pemerintah Kabupaten Dairi"),
    } <= bodies
    assert ("Marihot Situmorang", "Pemerintah Kabupaten Dairi") in bodies
    assert held(run("Kabag Prokopim Setda Kota Malang Rudi Hartawan mengatakan acara berjalan lancar.")) == {
        ("Rudi Hartawan", "Kepala Bagian Prokopim", "Sekretariat Daerah Kota Malang"),
        ("Rudi Hartawan", "Kepala Bagian Prokopim", "Pemerintah Kota Malang"),
    }


def test_a_regional_enterprise_named_with_its_form_spelled_or_short_or_bare_is_one_body() -> None:
    """ "Perusahaan Umum Daerah (Perumda) Air Minum Kota Sibolga", then "Perumda Air Minum Kota
    Sibolga", then "Perumda" alone: one enterprise (its form's short name is of syllables, not
    initials: the lexicon spells it), which its director heads."""
    x = run(
        "Air dari jaringan Perusahaan Umum Daerah (Perumda) Air Minum Kota Sibolga di Kelurahan Sitinjo "
        "berhenti mengalir. Rapat dihadiri Direktur Utama Perumda Air Minum Kota Sibolga Sahat Nainggolan. "
        "Hingga kini Perumda mengirim air dengan truk tangki ke rumah warga."
    )
    bodies = [
        e
        for e in x.entities
        if e.type is EntityType.ORGANIZATION and "Perumda" in " ".join(e.aliases | {e.name})
    ]
    assert [b.name for b in bodies] == ["Perusahaan Umum Daerah Air Minum Kota Sibolga"]
    assert held(x) == {
        ("Sahat Nainggolan", "Direktur Utama", "Perusahaan Umum Daerah Air Minum Kota Sibolga")
    }


def test_a_task_force_written_after_tim_is_the_task_force() -> None:
    """ "Tim Satgas Pangan Polres Dairi", then "Satgas Pangan" alone: one task force, the police
    resort's; "Tim" says what it is."""
    x = run(
        "Sidak diikuti Tim Satgas Pangan Polres Dairi dan Dinas Perdagangan. Satgas Pangan akan terus memantau harga."
    )
    forces = [
        e for e in x.entities if e.type is EntityType.ORGANIZATION and e.name.startswith(("Satuan", "Tim"))
    ]
    assert [f.name for f in forces] == ["Satuan Tugas Pangan Kepolisian Resor Dairi"]
    assert "Tim Satgas Pangan Polres Dairi" in forces[0].aliases


def test_a_unit_shortened_by_a_known_abbreviation_written_as_two_words_is_read_with_its_head() -> None:
    """``Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah (Bappeda Litbang)
    Kabupaten X, Y``: "Bappeda Litbang" is the lexicon's "Bappedalitbang" written apart; the unit and
    its head are read as with the one-word form."""
    x = run(
        "Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah (Bappeda Litbang) "
        "Kabupaten Dairi, Romauli Simbolon, menyampaikan laporan tahunan badan itu."
    )
    unit = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Dairi"
    [body] = [e for e in x.entities if e.name == unit]
    assert "Bappeda Litbang" in body.aliases
    assert [(m.person.name, m.organization.name) for m in x.memberships if m.organization] == [
        ("Romauli Simbolon", unit)
    ]


def test_a_title_then_the_village_and_district_set_off_then_the_holder() -> None:
    """``Ketua Kelompok Tani X, Desa Y, Kecamatan Z, Budi, mengatakan``: where the body lies, set off by
    commas, stands between the office and its holder, as a district alone did."""
    x = run(
        "Ketua Kelompok Tani Lae Renun, Desa Bintang, Kecamatan Sumbul, Parlin Situmorang, mengatakan "
        "panen jagung tahun ini mundur dua pekan."
    )
    assert [(m.person.name, m.role.name, m.organization.name) for m in x.memberships if m.organization] == [
        ("Parlin Situmorang", "Ketua", "Poktan Lae Renun")
    ]


@pytest.mark.parametrize(
    ("title", "after"),
    [
        ("anggota Komisi D DPRD Kabupaten Samosir", ", Kepala Dinas Pariwisata Romauli Simbolon, dan warga"),
        ("anggota DPRD Kabupaten Samosir", " dan para camat"),
    ],
)
def test_a_lower_case_members_two_word_name_closed_by_a_comma_or_dan_after_the_bodys_region(
    title: str, after: str
) -> None:
    """``anggota Komisi D DPRD Kabupaten X Budi Santoso, Kepala ...``: after a body placed by its
    region, a two-word name that a comma or "dan" closes is its member, as a name of three words is."""
    x = run(f"Peninjauan itu diikuti {title} Binsar Manurung{after}.")
    assert "Binsar Manurung" in names(x, EntityType.PERSON)
    assert any(m.person.name == "Binsar Manurung" and m.organization for m in x.memberships)


def test_a_groups_own_name_runs_to_the_village_written_after_it_before_the_holder() -> None:
    """``Ketua Kelompok Nelayan Horas Jaya Desa X, Kecamatan Y, Budi``: the words before the village
    are the group's (a person's name does not go on into a village), not a holder "Horas Jaya"."""
    x = run(
        "Bantuan diterima Ketua Kelompok Nelayan Horas Jaya Desa Siopat Sosor, Kecamatan Pangururan, "
        "Tumpal Sinaga, di dermaga."
    )
    assert held(x) == {("Tumpal Sinaga", "Ketua", "Kelompok Nelayan Horas Jaya Desa Siopat Sosor")}
    assert names(x, EntityType.PERSON) == {"Tumpal Sinaga"}


@pytest.mark.parametrize("honorific", ["H.", "Hj.", "Ir."])
def test_a_holders_honorific_ends_a_groups_own_name(honorific: str) -> None:
    """``Ketua Kelompok Tani X Y H. Budi``: the honorific opens the holder's name; it is no word of the
    group's (not a "Poktan X Y H")."""
    x = run(f"Bantuan diterima Ketua Kelompok Tani Marsada Roha {honorific} Tumpal Sinaga di Pangururan.")
    assert held(x) == {("Tumpal Sinaga", "Ketua", "Poktan Marsada Roha")}


def test_a_title_then_a_kelurahan_and_district_set_off_then_the_holder() -> None:
    """``Ketua Kelompok Tani X, Kelurahan Y, Kecamatan Z, Budi``: a town's ward set off by commas
    stands between the office and its holder as a village does."""
    x = run(
        "Ketua Kelompok Tani Lae Renun, Kelurahan Sidiangkat, Kecamatan Sidikalang, Parlin Situmorang, "
        "mengatakan tanam kopi di lereng itu mundur dua pekan."
    )
    assert [(m.person.name, m.role.name, m.organization.name) for m in x.memberships if m.organization] == [
        ("Parlin Situmorang", "Ketua", "Poktan Lae Renun")
    ]


def test_a_state_enterprises_local_unit_is_a_body_of_its_own_and_its_head_holds_office_there() -> None:
    """``Administratur Perum Perhutani KPH X Budi``, ``Manajer PLN UP3 X Budi``: the unit (KPH, UP3) is
    the body, under the enterprise, not the enterprise itself nor a body "KPH"."""
    x = run(
        "Penanaman dihadiri Administratur Perum Perhutani KPH Sidikalang Marihot Situmorang dan Manajer "
        "PLN UP3 Sidikalang Romauli Simbolon."
    )
    assert held(x) == {
        ("Marihot Situmorang", "Administratur", "Perum Perhutani KPH Sidikalang"),
        ("Romauli Simbolon", "Manajer", "PT Perusahaan Listrik Negara (Persero) UP3 Sidikalang"),
    }
    assert "KPH" not in names(x, EntityType.ORGANIZATION)
    [unit] = [e for e in x.entities if e.name == "Perum Perhutani KPH Sidikalang"]
    assert "Perum Perhutani" not in unit.aliases
    # a state bank's unit office, by its town: the bank's unit, not the bank and a body "Unit X"
    x = run("Kepala BRI Unit Pangururan Tumpal Sinaga hadir dalam sosialisasi itu.")
    assert held(x) == {("Tumpal Sinaga", "Kepala", "PT Bank Rakyat Indonesia (Persero) Tbk Unit Pangururan")}
    assert "BRI Unit Pangururan" in x.memberships[0].organization.aliases


def test_a_company_named_with_its_short_form_then_its_region_is_the_regions_company() -> None:
    """ "Direktur Utama PT Bank Pembangunan Daerah (BPD) Sulawesi Tengah Budi": the region after the
    bracketed short form is the company's (not a company "PT Bank Pembangunan Daerah"), "BPD Sulawesi
    Tengah" its other name."""
    x = run(
        "Penyerahan dihadiri Direktur Utama PT Bank Pembangunan Daerah (BPD) Sulawesi Tengah Binsar Manurung."
    )
    assert held(x) == {("Binsar Manurung", "Direktur Utama", "PT Bank Pembangunan Daerah Sulawesi Tengah")}
    assert "BPD Sulawesi Tengah" in x.memberships[0].organization.aliases


def test_a_state_enterprises_local_unit_after_its_name_written_in_full_with_its_legal_form() -> None:
    """``Manajer PT PLN (Persero) UP3 X Budi``, ``General Manager PT Pertamina (Persero) Refinery Unit II
    Dumai Budi``: the enterprise written with "(Persero)" before its unit, read as without it (the unit
    had been lost, and "Refinery" taken for its head's name); a unit named by words and its city ends
    at the city, its head's name after it."""
    x = run(
        "Penanaman dihadiri Manajer PT PLN (Persero) UP3 Sidikalang Romauli Simbolon dan General Manager PT"
        " Pertamina (Persero) Refinery Unit II Dumai Binsar Manurung."
    )
    assert held(x) == {
        ("Romauli Simbolon", "Manajer", "PT Perusahaan Listrik Negara (Persero) UP3 Sidikalang"),
        ("Binsar Manurung", "General Manager", "PT Pertamina (Persero) Refinery Unit II Dumai"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Wali Kota Sibolga berkunjung ke Kelurahan Pancuran Gerobak. Setibanya di Pancuran Gerobak, "
        "Wali Kota meninjau saluran yang tersumbat.",
        "Apel dihadiri utusan Perum Bulog Kantor Wilayah Sumut, Dandim 0206/Dairi, dan Camat Sumbul.",
    ],
)
def test_a_place_before_a_title_set_off_by_a_comma_is_no_holder_of_it(text: str) -> None:
    """``Setibanya di X, Wali Kota ...``, ``... Kantor Wilayah Sumut, Dandim ...``: where one arrived, an
    area's name: no person holding the title after them."""
    x = run(text)
    assert [e.name for e in x.entities if e.type is EntityType.PERSON] == []
    assert x.memberships == []


def test_the_head_of_a_yogyakarta_kemantren_holds_the_office_in_the_city_government() -> None:
    """``Mantri Pamong Praja Kotagede Budi``: the title of a kemantren's head (a district of Kota
    Yogyakarta), held in the city's government as a camat's is; "14 Mantri Pamong Praja" is no one."""
    x = run(
        "Sebanyak 14 Mantri Pamong Praja hadir di Balai Kota Yogyakarta. Mantri Pamong Praja Kotagede "
        "Romauli Simbolon menyampaikan laporan kebersihan pasar."
    )
    assert [e.name for e in x.entities if e.type is EntityType.PERSON] == ["Romauli Simbolon"]
    assert [(m.person.name, m.role.name, m.organization.name) for m in x.memberships if m.organization] == [
        ("Romauli Simbolon", "Mantri Pamong Praja", "Pemerintah Kota Yogyakarta")
    ]
    assert "Kecamatan Kotagede" in {e.name for e in x.entities if e.type is EntityType.PLACE}


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "Kelompok Tani Lae Renun yang diketuai Parlin Situmorang menanam jagung di lahan 20 hektare.",
            "Poktan Lae Renun",
        ),
        (
            "Gapoktan Lae Renun di Desa Bintang membuka lumbung pangan. Gapoktan yang diketuai Parlin Situmorang "
            "itu kini memasok beras ke pasar Sidikalang.",
            "Gapoktan Lae Renun",
        ),
    ],
)
def test_a_body_chaired_by_a_person_named_without_a_title(text: str, body: str) -> None:
    """``Kelompok Tani X yang diketuai Budi``: Budi (whom only the tagger reads) chairs it; "Gapoktan yang
    diketuai Budi itu" is the one Gapoktan the article named before."""
    x = run(text)
    assert [(m.person.name, m.role.name, m.organization.name) for m in x.memberships if m.organization] == [
        ("Parlin Situmorang", "Ketua", body)
    ]


def test_makro_continues_a_bureaus_field_not_its_heads_name() -> None:
    x = run(
        "Paparan disampaikan Kepala Bidang Ekonomi Makro Bappeda Kabupaten Dairi Marihot Situmorang di "
        "hadapan peserta musyawarah."
    )
    assert ("Marihot Situmorang", "Kepala Bidang Ekonomi Makro") in {(p, r) for p, r, _ in held(x)}
    assert "Makro Marihot Situmorang" not in names(x, EntityType.PERSON)


def test_a_hospitals_namesake_set_off_before_an_unnamed_title_holds_no_office() -> None:
    x = run(
        "Penjabat Bupati Dairi Sahat Nainggolan berkeliling ke sejumlah fasilitas kesehatan. Di RSUD dr. "
        "Pirngadi, Pj. Bupati memeriksa ketersediaan obat."
    )
    assert "Pirngadi" not in names(x, EntityType.PERSON)
    assert {p for p, _, _ in held(x)} == {"Sahat Nainggolan"}


def test_a_sections_field_that_is_a_head_word_is_the_offices_not_a_body_of_its_own() -> None:
    x = run(
        "Menurut Kepala Bagian Organisasi Sekretariat Daerah Kabupaten Dairi, Romauli Simbolon, evaluasi "
        "kelembagaan rampung bulan depan."
    )
    assert ("Romauli Simbolon", "Kepala Bagian Organisasi", "Sekretariat Daerah Kabupaten Dairi") in held(x)
    assert "Organisasi Sekretariat Daerah Kabupaten Dairi" not in names(x, EntityType.ORGANIZATION)


def test_an_office_on_a_partys_board_written_out_is_held_in_the_party_as_its_short_form_says() -> None:
    """``Ketua Dewan Pimpinan Cabang Partai X Kabupaten Y, Budi`` as ``Ketua DPC Partai X ...``: the
    office "Ketua DPC" in the party, not "Ketua Dewan" in a body "Pimpinan Cabang Partai ..."."""
    for written in ("Dewan Pimpinan Cabang", "DPC"):
        x = run(
            f"Ketua {written} Partai Demokrat Kabupaten Dairi, Marihot Situmorang, membuka rapat kerja cabang."
        )
        assert held(x) == {("Marihot Situmorang", "Ketua DPC", "Partai Demokrat")}
    x = run(
        "Sekretaris Dewan Pimpinan Daerah Partai Demokrat Provinsi Sumatera Utara Romauli Simbolon hadir."
    )
    assert held(x) == {("Romauli Simbolon", "Sekretaris DPD", "Partai Demokrat")}


@pytest.mark.parametrize(
    "written",
    [
        "Ketua DPC Himpunan Nelayan Seluruh Indonesia (HNSI) Kabupaten Dairi",
        "Ketua Dewan Pimpinan Cabang Himpunan Nelayan Seluruh Indonesia (HNSI) Kabupaten Dairi",
        "Ketua DPC HNSI Dairi",
    ],
)
def test_an_office_on_an_associations_board_is_held_in_the_association_as_a_partys_is(written: str) -> None:
    """``Ketua DPC HNSI Kabupaten Y, Budi`` (or the board written out): the office "Ketua DPC" in the
    association of the region, as of a party's board; not "Ketua Dewan" in a body "Pimpinan Cabang
    ...", nor no office at all."""
    x = run(f"Bantuan jaring dibagikan di Sidikalang. Hadir {written}, Parlin Situmorang, dan para nelayan.")
    assert held(x) == {
        ("Parlin Situmorang", "Ketua DPC", "Himpunan Nelayan Seluruh Indonesia Kabupaten Dairi")
    }


def test_an_office_on_a_board_of_a_badan_is_read_by_its_short_form_too() -> None:
    x = run(
        "Rapat pariwisata dihadiri Ketua Badan Pimpinan Cabang Perhimpunan Hotel dan Restoran Indonesia "
        "(PHRI) Dairi Romauli Simbolon."
    )
    assert held(x) == {
        ("Romauli Simbolon", "Ketua BPC", "Perhimpunan Hotel dan Restoran Indonesia Kabupaten Dairi")
    }
    assert not {n for n in names(x, EntityType.ORGANIZATION) if n.startswith(("Badan", "Pimpinan"))}


@pytest.mark.parametrize(
    ("written", "body"),
    [
        (
            "Dewan Kerajinan Nasional Daerah (Dekranasda) Kabupaten Dairi",
            "Dewan Kerajinan Nasional Daerah Kabupaten Dairi",
        ),
        ("Dewan Masjid Indonesia (DMI) Kabupaten Dairi", "Dewan Masjid Indonesia Kabupaten Dairi"),
    ],
)
def test_the_chair_of_a_body_named_dewan_is_its_ketua_not_a_ketua_dewan(written: str, body: str) -> None:
    """ "Ketua Dewan" is an office of a board ("Ketua Dewan Pengawas"); before a body whose name opens
    with "Dewan", the word is the body's."""
    x = run(f"Pameran dibuka Sabtu. Turut hadir Ketua {written} Romauli Simbolon di Sidikalang.")
    assert held(x) == {("Romauli Simbolon", "Ketua", body)}
    x = run("Turut hadir Ketua Dewan Pengawas Perumda Air Minum Tirta Lau Renun Parlin Situmorang.")
    assert held(x) == {("Parlin Situmorang", "Ketua Dewan Pengawas", "Perumda Air Minum Tirta Lau Renun")}


def test_ktna_is_the_kontak_tani_nelayan_andalan() -> None:
    x = run("Panen dihadiri Ketua Kontak Tani Nelayan Andalan (KTNA) Dairi Marihot Situmorang di Sumbul.")
    assert held(x) == {("Marihot Situmorang", "Ketua", "Kontak Tani Nelayan Andalan Kabupaten Dairi")}


def test_a_members_constituency_capitalised_is_set_off_before_his_name() -> None:
    x = run(
        "Anggota DPRD Dairi dari Daerah Pemilihan III, Sahat Nainggolan, menilai jembatan di Sumbul belum "
        "tuntas."
    )
    assert held(x) == {("Sahat Nainggolan", "Anggota", "Dewan Perwakilan Rakyat Daerah Kabupaten Dairi")}
    assert "Daerah Pemilihan III" not in names(x, EntityType.PLACE)


def test_a_division_whose_fields_are_listed_with_a_comma_before_dan_is_one_portfolio() -> None:
    x = run(
        "Anggota KPU Dairi Divisi Sosialisasi, Pendidikan, dan Partisipasi Masyarakat, Romauli Simbolon, "
        "memantau pemutakhiran data di Parbuluan."
    )
    assert held(x) == {
        (
            "Romauli Simbolon",
            "Anggota Divisi Sosialisasi, Pendidikan, dan Partisipasi Masyarakat",
            "Komisi Pemilihan Umum Kabupaten Dairi",
        )
    }
    assert "Partisipasi Masyarakat" not in names(x, EntityType.ORGANIZATION)


def test_an_aceh_tamiang_village_head_is_the_datok_penghulu_of_the_kampung() -> None:
    x = run(
        "Penyaluran bibit di Kabupaten Aceh Tamiang berlanjut. Datok Penghulu Kampung Lubuk Batil, "
        "Zulkarnain Hasan, menyebut 40 petani menerima bibit. Datok Penghulu Alue Sentang Ridwan Saleh ikut "
        "membagikan."
    )
    assert held(x) == {
        ("Zulkarnain Hasan", "Datok Penghulu", "Pemerintah Kampung Lubuk Batil"),
        ("Ridwan Saleh", "Datok Penghulu", "Pemerintah Kampung Alue Sentang"),
    }


def test_a_regency_called_by_its_contraction_with_the_compass_written_out_is_the_regency() -> None:
    x = run(
        "Kunjungan kerja itu diikuti Wakil Ketua Komisi I DPRD Tanjab Timur Sahat Nainggolan di Muara Sabak."
    )
    assert held(x) == {
        (
            "Sahat Nainggolan",
            "Wakil Ketua Komisi I",
            "Dewan Perwakilan Rakyat Daerah Kabupaten Tanjung Jabung Timur",
        )
    }
    assert "Tanjab Timur Sahat Nainggolan" not in names(x, EntityType.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Anggota DPRD Dairi dari daerah pemilihan Sumbul–Sitinjo, Romauli Simbolon, mencatat keluhan warga.",
        "Anggota DPRD Dairi dari daerah pemilihan yang meliputi Parbuluan, Romauli Simbolon, mencatat keluhan "
        "warga.",
        "Rombongan diikuti anggota DPRD Dairi dari daerah pemilihan Sumbul, Sitinjo, dan Parbuluan, Romauli "
        "Simbolon, yang mencatat keluhan warga.",
    ],
)
def test_a_constituency_of_districts_joined_or_listed_is_set_off_before_the_members_name(text: str) -> None:
    x = run(text)
    assert held(x) == {("Romauli Simbolon", "Anggota", "Dewan Perwakilan Rakyat Daerah Kabupaten Dairi")}


def test_a_lower_case_office_after_yang_juga_is_the_persons_just_named() -> None:
    x = run(
        "Dandim 0206/Dairi Letkol Inf Sahat Nainggolan, yang juga anggota Tim Percepatan Penurunan Stunting "
        "(TPPS) Kabupaten Dairi, memantau posyandu di Sitinjo."
    )
    assert ("Sahat Nainggolan", "Anggota", "Tim Percepatan Penurunan Stunting Kabupaten Dairi") in held(x)


def test_a_health_centre_named_after_the_town_centre_is_a_body_of_its_own() -> None:
    x = run(
        "Kepala Puskesmas Kota Sidikalang, Romauli Simbolon, menyebut stok vaksin cukup hingga akhir bulan. "
        "Warga Sumbul dilayani Puskesmas Sumbul Kota."
    )
    assert {"Puskesmas Kota Sidikalang", "Puskesmas Sumbul Kota"} <= names(x, EntityType.ORGANIZATION)
    assert ("Romauli Simbolon", "Kepala", "Puskesmas Kota Sidikalang") in held(x)
    assert "Puskesmas Kota Medan" not in names(
        run("Vaksin tersedia di Puskesmas Kota Medan."), EntityType.ORGANIZATION
    )


def test_a_weather_station_named_by_its_airport_up_to_a_comma_is_the_whole_name() -> None:
    x = run("Prakirawan Stasiun Meteorologi Silangit, Romauli Simbolon, mengimbau nelayan berhati-hati.")
    assert held(x) == {("Romauli Simbolon", "Prakirawan", "Stasiun Meteorologi Silangit")}


def test_a_banks_branch_named_by_a_town_of_two_words_holds_no_holders_name() -> None:
    x = run("Bantuan bibit diserahkan Pemimpin Cabang BRI Batang Beruh. Sesudahnya warga menanam kopi.")
    assert not {"Beruh", "Batang Beruh"} & names(x, EntityType.PERSON)
    assert "PT Bank Rakyat Indonesia (Persero) Tbk Cabang Batang Beruh" in names(x, EntityType.ORGANIZATION)
    x = run("Bantuan bibit diserahkan Pemimpin Cabang BRI Batang Beruh Sahat Nainggolan kepada warga.")
    assert held(x) == {("Sahat Nainggolan", "Pemimpin Cabang", "PT Bank Rakyat Indonesia (Persero) Tbk")}


def test_a_national_figure_named_by_an_epithet_is_the_person_by_his_full_name() -> None:
    x = run("Warga Sidikalang diajak meneladani semangat juang yang diwariskan Bung Karno.")
    [person] = [e for e in x.entities if e.type is EntityType.PERSON]
    assert person.name == "Soekarno" and "Bung Karno" in person.aliases
    x = run(
        "Presiden Jokowi meninjau Bendungan Lau Simeme. Jokowi berharap sawah di Dairi teraliri dan "
        "program-program Jokowi untuk petani dilanjutkan."
    )
    assert held(x) == {("Joko Widodo", "Presiden", "Pemerintah Republik Indonesia")}
    assert names(x, EntityType.PERSON) == {"Joko Widodo"}
    assert "Jokowi" not in names(x, EntityType.PROGRAM)


def test_a_regencys_short_form_the_article_defines_in_brackets_names_the_regency_there_only() -> None:
    # "Basel" is in no table of short forms: the article says what it stands for
    text = (
        "TOBOALI – Pemerintah Kabupaten (Pemkab) Bangka Selatan (Basel) menggelar rapat koordinasi, Senin "
        "(19/8/2024). Rapat dihadiri Ketua TP PKK Basel Hj. Romauli Simbolon, Ketua DPRD Basel Parlin Situmorang, "
        "dan Kapolres Basel AKBP Sahat Nainggolan."
    )
    x = run(text)
    assert held(x) == {
        (
            "Romauli Simbolon",
            "Ketua",
            "Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kabupaten Bangka Selatan",
        ),
        ("Parlin Situmorang", "Ketua", "Dewan Perwakilan Rakyat Daerah Kabupaten Bangka Selatan"),
        ("Sahat Nainggolan", "Kepala Kepolisian Resor", "Kepolisian Resor Bangka Selatan"),
    }
    assert names(x, EntityType.PERSON) == {"Romauli Simbolon", "Parlin Situmorang", "Sahat Nainggolan"}
    # the next article, which defines nothing, does not read "Basel" as that regency
    later = run("Ketua DPRD Basel Parlin Situmorang hadir.")
    assert "Kabupaten Bangka Selatan" not in names(later, EntityType.PLACE)
    assert not any("Bangka Selatan" in m.organization.name for m in later.memberships if m.organization)


def test_a_banks_branch_names_the_bank_by_the_name_the_article_writes() -> None:
    x = run(
        "Pemimpin Bank Sumut Cabang Sidikalang Parlin Situmorang hadir. Pemimpin Cabang Bank Jatim Sidikalang "
        "Marihot Situmorang juga hadir."
    )
    banks = {e.name: e for e in x.entities if e.type == EntityType.ORGANIZATION}
    # the bank is a node of its own, named in full, and known by the name the branch's is written with
    assert "Bank Sumut" in banks["PT Bank Pembangunan Daerah Sumatera Utara"].aliases
    assert "Bank Jatim" in banks["PT Bank Pembangunan Daerah Jawa Timur Tbk"].aliases
    assert banks["PT Bank Pembangunan Daerah Sumatera Utara Cabang Sidikalang"].parent is not None


def test_two_offices_joined_by_dan_each_with_its_holder_are_two_memberships() -> None:
    x = run(
        "Rapat dihadiri Ketua Komisi A DPRD Dairi Parlin Situmorang dan Kepala Dinas Kesehatan Dairi "
        "Marihot Situmorang."
    )
    assert held(x) == {
        ("Parlin Situmorang", "Ketua Komisi A", "Dewan Perwakilan Rakyat Daerah Kabupaten Dairi"),
        ("Marihot Situmorang", "Kepala", "Dinas Kesehatan Kabupaten Dairi"),
    }


def test_a_short_form_among_a_bodys_portfolios_is_no_holders_name() -> None:
    x = run(
        "Menurut Kepala Dinas Koperasi, UMKM, Perindustrian dan Perdagangan Kabupaten Dairi Sahat Nainggolan, stok aman."
    )
    assert held(x) == {
        ("Sahat Nainggolan", "Kepala", "Dinas Koperasi, UMKM, Perindustrian dan Perdagangan Kabupaten Dairi")
    }


def test_a_siak_village_head_is_a_penghulu_of_the_kampungs_government() -> None:
    x = run(
        "Penghulu Kampung Dayun Parlin Situmorang menyebut warga Kecamatan Dayun, Kabupaten Siak, menanam nanas."
    )
    assert held(x) == {("Parlin Situmorang", "Penghulu", "Pemerintah Kampung Dayun")}
    assert names(x, EntityType.PERSON) == {"Parlin Situmorang"}


def test_a_body_with_its_short_form_in_brackets_ends_before_a_titled_name() -> None:
    x = run(
        "Seminar itu menghadirkan pembicara dari Universitas Sumatera Utara (USU) Prof. Dr. Romauli Simbolon."
    )
    assert "Universitas Sumatera Utara" in names(x, EntityType.ORGANIZATION)
    assert not any("Romauli" in n for n in names(x, EntityType.ORGANIZATION))
    assert names(x, EntityType.PERSON) == {"Romauli Simbolon"}


def test_a_small_industry_named_after_ikm_is_a_body_and_its_owner_a_person() -> None:
    x = run("Ulos produksi IKM Tenun Sumbul milik Parlin Situmorang dipamerkan. Pelaku IKM lain ikut hadir.")
    assert names(x, EntityType.ORGANIZATION) == {"IKM Tenun Sumbul"}
    assert names(x, EntityType.PERSON) == {"Parlin Situmorang"}


def test_an_honorific_with_its_period_after_an_office_and_a_short_word_opens_the_holders_name() -> None:
    x = extract(
        Article(
            "Judul",
            "Upacara di Balige dipimpin Bupati Toba Marlon Sitorus, didampingi Sekretaris Daerah (Sekda) "
            "Tobas Dr. Ir. Rudi Hutapea, M.Si., dan Kepala Dinas Pendidikan.",
            date="2025-06-11",
        )
    )
    persons = {e.name for e in x.entities if e.type is EntityType.PERSON}
    assert "Rudi Hutapea" in persons and not any(p.startswith("Tobas") for p in persons)
    assert ("Rudi Hutapea", "Sekretaris Daerah") in {(m.person.name, m.role.name) for m in x.memberships}


def test_a_village_group_written_with_its_village_is_that_villages_and_its_chair_a_member() -> None:
    x = extract(
        Article(
            "Judul",
            "Ketua MPA Desa Bintang, Marihot Situmorang, menyebut kebakaran lahan di Kecamatan Sumbul, "
            "Kabupaten Dairi, tahun ini turun separuh.",
            date="2025-06-11",
        )
    )
    memberships = {(m.person.name, m.role.name, m.organization.name) for m in x.memberships}
    assert ("Marihot Situmorang", "Ketua", "Masyarakat Peduli Api Desa Bintang") in memberships


def test_a_malay_abang_before_a_name_is_kept_in_the_name_its_bearer_goes_by() -> None:
    x = extract(
        Article("Judul", "Wakil Bupati Sanggau Abang Darmansyah meninjau Pasar Sanggau.", date="2025-06-11")
    )
    [person] = [e for e in x.entities if e.type is EntityType.PERSON]
    assert person.name == "Darmansyah" and "Abang Darmansyah" in person.aliases


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Kelompok Tani Horas Jaya dari Desa Tuktuk, Binsar Manurung, mengaku senang dengan bantuan itu.",
        "Menurut Ketua Kelompok Wanita Tani Horas Jaya asal Desa Tuktuk, Binsar Manurung, bantuan itu berarti.",
        "Ketua Kelompok Tani Horas Jaya Desa Lumban Sitorus Toruan, Binsar Manurung, mengaku senang.",
        "Ketua Kelompok Tani Horas Jaya Desa Tuktuk, Kecamatan Simanindo, Binsar Manurung, mengaku senang.",
    ],
)
def test_the_village_a_groups_head_comes_from_stands_between_the_group_and_the_head(text: str) -> None:
    """``Ketua Kelompok Tani X dari Desa Y, Budi``: the village (after "dari" or "asal", or one the
    gazetteer lacks, up to the comma; and the district after it) is where the group is; the name after
    the comma its head's."""
    assert [(person, role) for person, role, _ in held(run(text))] == [("Binsar Manurung", "Ketua")]


@pytest.mark.parametrize("name", ["Purnama Sinaga", "Purnama Siregar"])
def test_a_given_name_some_village_bears_opens_the_holders_name_after_a_units_region(name: str) -> None:
    """``Kapolres Samosir Purnama Sinaga``: "Purnama" is a village's name elsewhere, but after the
    regency the unit is of and before a surname it opens the holder's name, not more of the unit's."""
    x = run(f"Dari sisi keamanan, Kapolres Samosir {name} menyatakan festival berjalan kondusif.")
    assert (name, "Kepala Kepolisian Resor", "Kepolisian Resor Samosir") in held(x)


def test_a_community_bodys_own_name_after_its_kind_is_its_name_with_no_title_before() -> None:
    """``kandang Koperasi Peternak Kerbau Tani Makmur yang ...``: with no title before the body, no
    holder follows it; the words the tagger may read as a person's are the cooperative's own name."""
    x = run(
        "Bupati juga meninjau kandang Koperasi Peternak Kerbau Tani Makmur yang dikelola pemuda Desa Tomok."
    )
    assert "Koperasi Peternak Kerbau Tani Makmur" in names(x, EntityType.ORGANIZATION)
    assert "Tani Makmur" not in names(x, EntityType.PERSON)


def test_a_command_numbered_for_two_towns_is_named_with_both() -> None:
    """``Kodim 0210/Samosir-Toba``: the command's number is written with the two towns it covers,
    joined by a hyphen; its name as written keeps both, not the first alone."""
    x = run("Rapat dihadiri Komandan Kodim 0210/Samosir-Toba Letkol Inf Tumpal Sinaga di Pangururan.")
    bodies = {e.name: e for e in x.entities if e.type == EntityType.ORGANIZATION}
    assert "Kodim 0210/Samosir-Toba" in bodies["Komando Distrik Militer 0210"].aliases
    assert ("Tumpal Sinaga", "Komandan", "Komando Distrik Militer 0210") in held(x)


def test_an_events_short_form_after_a_board_names_the_board_not_the_event() -> None:
    """``Musabaqah Tilawatil Quran (MTQ) ... Ketua Dewan Hakim MTQ, Tgk. H. X``: the short form is the
    event's the article spelled out, no body; the office is in the contest's jury, "Dewan Hakim MTQ"."""
    x = run(
        "Kafilah Kecamatan Simanindo keluar sebagai juara umum Musabaqah Tilawatil Quran (MTQ) ke-XIII "
        "tingkat Kabupaten Samosir tahun 2022.\n\nHasil tersebut diumumkan Ketua Dewan Hakim MTQ, Tgk. H. "
        "Tumpal Sinaga, Lc., M.A., pada malam penutupan."
    )
    assert ("Tumpal Sinaga", "Ketua", "Dewan Hakim MTQ") in held(x)
    assert "Musabaqah Tilawatil Quran" not in names(x, EntityType.ORGANIZATION)


def test_the_last_word_of_a_bodys_name_before_an_office_is_no_holder_of_it() -> None:
    """``perwakilan Dinas Pariwisata, Kepala UPT Puskesmas Simanindo, serta ...``: the office after the
    body's name is held by no one named; "Pariwisata" is no person."""
    x = run(
        "Kegiatan itu dihadiri Wakil Bupati Samosir Tumpal Sinaga, perwakilan Dinas Pariwisata, Kepala UPT "
        "Puskesmas Simanindo, serta Babinsa setempat."
    )
    assert "Pariwisata" not in names(x, EntityType.PERSON)
    assert not [h for h in held(x) if h[0] == "Pariwisata"]


def test_a_regional_offices_short_form_ending_a_sentence_takes_no_field_from_the_next() -> None:
    """``... di Aula Kantor Dispar. Dalam forum itu, ...``: the short form ends its sentence; "Dalam" is
    no field of the office's name ("Dinas Pariwisata Dalam")."""
    x = run(
        "Bupati Samosir meninjau lokasi. Diskusi digelar di Aula Kantor Dispar. Dalam forum itu, warga diajak melapor."
    )
    assert not [o for o in names(x, EntityType.ORGANIZATION) if "Dalam" in o]


def test_the_head_of_a_village_of_its_regions_own_word_holds_the_office_in_its_government() -> None:
    """ "Peratin Zorbatinggi, Marulam Sinaga" after "dari Pekon Zorbatinggi": the village the gazetteer does
    not list, by Lampung's word for one, whose government is "Pemerintah Pekon ..." (no province's)."""
    x = run(
        "Kelompok tani dari Pekon Zorbatinggi, Kecamatan Simanindo, juara pertama. Hadir Camat Palipi "
        "Tumpal Sinaga, Peratin Zorbatinggi, Marulam Sinaga, serta warga."
    )
    assert ("Marulam Sinaga", "Peratin", "Pemerintah Pekon Zorbatinggi") in held(x)


def test_a_regional_sharia_banks_branch_head_holds_the_office_in_the_branch() -> None:
    """ "Pemimpin Bank Jambi Syariah Cabang Pangururan Tumpal Sinaga": the sharia bank's name goes on past
    its region ("Syariah", no word of the head's name), then its branch, then its head's name; it is not the
    regional bank the lexicon knows as "Bank Jambi"."""
    x = run("Hadir Pemimpin Bank Jambi Syariah Cabang Pangururan Tumpal Sinaga dalam acara itu.")
    assert ("Tumpal Sinaga", "Pemimpin", "Bank Jambi Syariah Cabang Pangururan") in held(x)


def test_a_customs_offices_grade_is_part_of_its_name_before_its_town_and_head() -> None:
    """ "Kepala ... Bea dan Cukai (KPPBC) Tipe Madya Pabean C Sibolga Tumpal Sinaga": the office's grade
    goes on its name, then its town, then its head's name (not a person "Tipe Madya ...")."""
    x = run(
        "Hadir Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean C Sibolga "
        "Tumpal Sinaga, serta Kepala KPPBC Tipe Pratama Sibolga Marulam Sinaga."
    )
    assert names(x, EntityType.PERSON) == {"Tumpal Sinaga", "Marulam Sinaga"}
    offices = {org for person, _, org in held(x)}
    assert all("Tipe" in org and "Sibolga" in org for org in offices), offices
