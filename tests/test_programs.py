"""Programmes, plans, budgets and regulations on small invented articles: one case per rule."""

from __future__ import annotations

import pytest

from kg.extract.base import extract
from kg.records import Article, EntityType, Extraction


def run(text: str, date: str | None = "2025-06-16", title: str = "Judul") -> Extraction:
    return extract(Article(title, text, date=date))


def names(x: Extraction, kind: EntityType) -> set[str]:
    return {e.name for e in x.entities if e.type is kind and e.mentions}


@pytest.mark.parametrize(
    ("text", "law"),
    [
        # a number with its year after a slash is the number and year written out
        (
            "Pelaksanaannya diatur dalam Perbup 14/2025 tentang Petunjuk Teknis Desa Mandiri Pangan.",
            "Peraturan Bupati Sumbawa Nomor 14 Tahun 2025",
        ),
        # the state after a national type is no issuer
        (
            "Hal itu diatur Peraturan Pemerintah Republik Indonesia Nomor 21 Tahun 2021 tentang Penataan Ruang.",
            "Peraturan Pemerintah Nomor 21 Tahun 2021",
        ),
        # a national law's subject between its type and its number is no issuer either
        (
            "Aturan itu menyesuaikan Undang-Undang Cipta Kerja Nomor 6 Tahun 2023.",
            "Undang-Undang Nomor 6 Tahun 2023",
        ),
        ("Tersangka dijerat UU Tipikor No. 31 Tahun 1999.", "Undang-Undang Nomor 31 Tahun 1999"),
        # Aceh's regional regulation is a qanun
        (
            "Pedagang diawasi sesuai Qanun Kabupaten Pidie Nomor 3 Tahun 2021 tentang Ketertiban Pasar.",
            "Qanun Kabupaten Pidie Nomor 3 Tahun 2021",
        ),
        # Aceh's qanun is a regional regulation: without a region, the article's
        (
            "Pedagang diawasi sesuai Qanun Nomor 3 Tahun 2021 tentang Ketertiban Pasar.",
            "Qanun Kabupaten Sumbawa Nomor 3 Tahun 2021",
        ),
        # Papua's special regulation is its province's
        (
            "Hal itu diatur dalam Perdasus Papua Nomor 4 Tahun 2021.",
            "Peraturan Daerah Khusus Papua Nomor 4 Tahun 2021",
        ),
        # an agency head's regulation is the agency's
        (
            "Pelatihan mengacu pada Peraturan Kepala BNPB Nomor 4 Tahun 2012.",
            "Peraturan Badan Nasional Penanggulangan Bencana Nomor 4 Tahun 2012",
        ),
    ],
)
def test_a_regulation_is_named_by_its_type_number_and_year(text: str, law: str) -> None:
    x = run("SUMBAWA – Bupati Sumbawa meluncurkan program baru. " + text)
    assert law in names(x, EntityType.LEGISLATION)


@pytest.mark.parametrize(
    ("text", "first", "second", "subject"),
    [
        ("Bupati Dairi menjelaskan Perda Nomor 3 Tahun 2023 tentang Retribusi Daerah dan Perbup Nomor 2 "
         "Tahun 2024 tentang Tarif Layanan.",
         "Peraturan Daerah Kabupaten Dairi Nomor 3 Tahun 2023", "Peraturan Bupati Dairi Nomor 2 Tahun 2024",
         "Perda Nomor 3 Tahun 2023 tentang Retribusi Daerah"),
        # the next one with its short form in brackets ends the subject before it
        ("Tata naskah mengikuti Peraturan Pemerintah Nomor 12 Tahun 2020 tentang Kearsipan Daerah serta Peraturan "
         "Bupati (Perbup) Dairi Nomor 5 Tahun 2024 tentang Tata Naskah Dinas.",
         "Peraturan Pemerintah Nomor 12 Tahun 2020", "Peraturan Bupati Dairi Nomor 5 Tahun 2024",
         "Peraturan Pemerintah Nomor 12 Tahun 2020 tentang Kearsipan Daerah"),
    ],
)  # fmt: skip
def test_a_regulation_joined_after_anothers_subject_is_a_regulation_of_its_own(
    text: str, first: str, second: str, subject: str
) -> None:
    x = run(text)
    laws = {e.name: e for e in x.entities if e.type is EntityType.LEGISLATION}
    assert set(laws) == {first, second}
    assert subject in laws[first].aliases


def test_a_regulations_subject_listing_items_to_the_sentences_end_is_its_whole_subject() -> None:
    """ "Perbup ... tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Perangkat Daerah.": the
    subject lists its items up to the sentence's end, no body in it; a subject ends at a comma where
    the sentence goes on ("tentang Pajak Daerah, Kepala Bapenda ... mengatakan")."""
    x = run(
        "Bupati menata OPD sesuai Peraturan Bupati (Perbup) Dairi Nomor 7 Tahun 2024 tentang Kedudukan, "
        "Susunan Organisasi, Tugas dan Fungsi Perangkat Daerah. Pejabat dilantik hari ini."
    )
    assert not names(x, EntityType.ORGANIZATION)
    [law] = [e for e in x.entities if e.type is EntityType.LEGISLATION]
    assert any(a.endswith("Tugas dan Fungsi Perangkat Daerah") for a in law.aliases)
    x = run(
        "Sesuai Perda Nomor 5 Tahun 2020 tentang Pajak Daerah, Kepala Bapenda Dairi Tumpak Hasibuan mengatakan."
    )
    assert "Tumpak Hasibuan" in names(x, EntityType.PERSON)
    # (the last item after "dan" too: no item of the list is read as a person)
    x = run(
        "Bantuan disalurkan sesuai Perda Samosir Nomor 3 Tahun 2021 tentang Perlindungan Anak, Perempuan, "
        "dan Penyandang Disabilitas."
    )
    assert not names(x, EntityType.PERSON)
    [law] = [e for e in x.entities if e.type is EntityType.LEGISLATION]
    assert any(a.endswith("Anak, Perempuan, dan Penyandang Disabilitas") for a in law.aliases)


def test_a_regulation_written_with_a_slash_year_and_in_full_is_one_node() -> None:
    x = run(
        "Pemerintah menjalankan Instruksi Presiden Nomor 1/2025 tentang efisiensi belanja. "
        "Menurutnya, Inpres Nomor 1 Tahun 2025 itu menjadi pedoman."
    )
    assert names(x, EntityType.LEGISLATION) == {"Instruksi Presiden Nomor 1 Tahun 2025"}


def test_an_emergency_law_keeps_its_own_type() -> None:
    x = run("Pelaku dijerat UU Darurat No. 12 Tahun 1951 tentang senjata api.")
    assert names(x, EntityType.LEGISLATION) == {"Undang-Undang Darurat Nomor 12 Tahun 1951"}


def test_a_programme_named_with_javanese_lan_is_known_by_its_short_name() -> None:
    """ "program Gerakan Tani Asri lan Rukun atau yang disingkat Getar Rukun": a name joined by
    Javanese "lan" ("and") is the programme's, its short name an alias, no person "Getar Rukun"."""
    x = run(
        "Perbup itu menjadi acuan program Gerakan Tani Asri lan Rukun atau yang disingkat Getar Rukun, yang"
        " menitikberatkan pada penguatan kelompok tani di Kabupaten Samosir."
    )
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert (programme.name, "Getar Rukun" in programme.aliases) == ("Gerakan Tani Asri lan Rukun", True)
    assert not names(x, EntityType.PERSON)


def test_a_programme_ends_where_a_named_school_opens() -> None:
    x = run(
        "Wali Kota Palu meresmikan program Sekolah Siaga Bencana di SMP Negeri 6 Palu, Kamis (19/6/2025)."
    )
    assert "Sekolah Siaga Bencana" in names(x, EntityType.PROGRAM)


@pytest.mark.parametrize(
    ("text", "apps"),
    [
        ("Warga cukup mengunduh aplikasi Tabung Sampah Kendari di Play Store.", {"Tabung Sampah Kendari"}),
        ("Usulan dapat dikirim melalui aplikasi Lapor Warga Bersatu dan SIKS-NG.", {"Lapor Warga Bersatu"}),
        ("Pengaduan juga dapat dikirim lewat aplikasi WhatsApp milik dinas.", set()),
        ("Tiket dapat dibeli lewat aplikasi Nusa by Reno Lestari.", set()),
    ],
)
def test_an_application_is_one_name_and_no_platform(text: str, apps: set[str]) -> None:
    x = run(text)
    assert names(x, EntityType.PROGRAM) == apps
    assert not names(x, EntityType.PLACE) - {"Kendari"}


@pytest.mark.parametrize(
    "text",
    [
        "DPRD menyetujui APBD Kabupaten Sumbawa Tahun Anggaran 2025.",
        "DPRD menyetujui APBD Kabupaten Sumbawa 2025.",
    ],
)
def test_a_regional_budget_is_named_by_its_region_and_year(text: str) -> None:
    x = run(text)
    assert "Anggaran Pendapatan dan Belanja Daerah Kabupaten Sumbawa 2025" in names(x, EntityType.PROGRAM)


def test_a_laws_subject_named_only_as_one_is_no_programme() -> None:
    x = run(
        "Pelaku dijerat Undang-Undang Nomor 12 Tahun 2019 tentang Pelestarian Hutan Adat. "
        "Unit Pengawasan Lingkungan dan Pelestarian Hutan Adat menangani kasus itu. "
        "Kegiatan itu menyasar Objek Pelestarian Hutan Adat sesuai UU tentang Pelestarian Hutan Adat."
    )
    assert not names(x, EntityType.PROGRAM)
    assert "Objek Pelestarian Hutan Adat" not in names(x, EntityType.ORGANIZATION)


def test_a_laws_subject_the_article_pursues_is_a_programme() -> None:
    x = run(
        "Aturan itu tertuang dalam Peraturan Daerah Nomor 4 Tahun 2023 tentang Desa Tangguh Pangan. "
        "Pemerintah terus mewujudkan Desa Tangguh Pangan di semua kecamatan."
    )
    assert "Desa Tangguh Pangan" in names(x, EntityType.PROGRAM)


@pytest.mark.parametrize(
    "text",
    [
        "Sekolah menghentikan penerapan Sumbangan Pihak Ketiga (SP3) tahun ini.",
        "Capaian program dinilai dari Indikator Kinerja Utama (IKU) dinas.",
        "Program itu dijalankan melalui Regional Investment Facilitation Office (RIFO) yang baru.",
    ],
)
def test_a_levy_a_statistic_or_an_office_is_no_programme(text: str) -> None:
    assert not names(run(text), EntityType.PROGRAM)


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        (
            "Program itu menjabarkan Rencana Pembangunan Jangka Menengah Daerah Kabupaten Sumbawa 2025-2029.",
            "Rencana Pembangunan Jangka Menengah Daerah Kabupaten Sumbawa 2025-2029",
        ),
        (
            "DPRD Kabupaten Sumbawa menyetujui Rencana Tata Ruang Wilayah yang baru, Kamis (10/7/2025).",
            "Rencana Tata Ruang Wilayah Kabupaten Sumbawa",
        ),
    ],
)
def test_a_plan_written_out_is_the_regions_plan(text: str, plan: str) -> None:
    assert plan in names(run(text), EntityType.PROGRAM)


@pytest.mark.parametrize(
    "text",
    [
        "Dinas itu menyukseskan dua program prioritas nasional: Sekolah Tangguh dan Kampung Sehat.",
        "Bupati memiliki tiga program utama, yakni pendidikan gratis, jalan mulus, dan air bersih.",
        "Rangkaian acara terdiri dari dua agenda utama. Pertama, jalan sehat pada Minggu pagi.",
    ],
)
def test_a_count_that_goes_on_to_list_its_items_is_no_programme(text: str) -> None:
    assert not any(name[0].isdigit() for name in names(run(text), EntityType.PROGRAM))


def test_a_count_whose_items_are_not_listed_names_the_package() -> None:
    text = "Wali Kota melaporkan progres 11 isu prioritas yang dicanangkan sejak menjabat."
    assert "11 Isu Prioritas" in names(run(text), EntityType.PROGRAM)


def test_a_count_of_main_priorities_is_no_programme() -> None:
    """``menetapkan A dan B sebagai dua prioritas utama RKPD``: priorities a plan sets, no package of
    programmes (as "11 isu prioritas", "dua program unggulan" are)."""
    text = (
        "Pemkab Samosir menetapkan pemulihan ekonomi dan jalan desa sebagai dua prioritas utama RKPD 2025. "
        "Bupati juga memaparkan tiga program unggulan daerah."
    )
    found = names(run(text), EntityType.PROGRAM)
    assert "3 Program Unggulan" in found and not any("Prioritas" in name for name in found), found


def test_a_national_fiscal_transfer_is_one_programme_however_written() -> None:
    x = run("Pemerintah memangkas Dana Transfer ke Daerah (TKD). Alokasi TKD tahun depan turun, kata Bupati.")
    assert names(x, EntityType.PROGRAM) == {"Transfer ke Daerah"}


def test_an_election_commissions_regulation_is_the_national_commissions_in_a_regions_story() -> None:
    """ "Peraturan KPU Nomor 11 Tahun 2024", "PKPU Nomor 8 Tahun 2024" in a story of a regency's KPU:
    regulations of the national commission (a regional one issues none); its bare "Keputusan KPU"
    there is the regency's, no regulation read."""
    x = run(
        "Ketua KPU Kabupaten Dairi Tumpak Hasibuan mengatakan debat digelar sesuai Peraturan KPU Nomor 11 Tahun "
        "2024 tentang Kampanye dan PKPU Nomor 8 Tahun 2024. Keputusan KPU Nomor 5 Tahun 2024 juga berlaku."
    )
    assert names(x, EntityType.LEGISLATION) == {
        "Peraturan Komisi Pemilihan Umum Republik Indonesia Nomor 11 Tahun 2024",
        "Peraturan Komisi Pemilihan Umum Republik Indonesia Nomor 8 Tahun 2024",
    }


def test_school_admissions_are_a_national_programme_by_either_name() -> None:
    """ "Sistem Penerimaan Murid Baru (SPMB)", and the "PPDB" it replaced: national programmes."""
    x = run("Pelaksanaan SPMB jenjang SMP di Dairi dibuka. Tahun lalu, PPDB berjalan lancar.")
    assert names(x, EntityType.PROGRAM) == {"Sistem Penerimaan Murid Baru", "Penerimaan Peserta Didik Baru"}


def test_a_national_law_by_its_short_title_is_the_numbered_law() -> None:
    x = extract(
        Article(
            "t",
            "Warga itu dilaporkan dengan UU ITE. Ia dijerat Undang-Undang Nomor 11 Tahun 2008 tentang "
            "Informasi dan Transaksi Elektronik. Hal itu diatur Pasal 28 UUD 1945. DPR membahas RUU Pemilu.",
        )
    )
    laws = {e.name: e for e in x.entities if e.type is EntityType.LEGISLATION}
    assert set(laws) == {
        "Undang-Undang Nomor 11 Tahun 2008",
        "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
    }, laws  # a bill ("RUU Pemilu") is not the law
    assert "UU ITE" in laws["Undang-Undang Nomor 11 Tahun 2008"].aliases


def test_the_constitution_written_bare_is_the_constitution() -> None:
    """ "Pasal 7 UUD": the constitution without its year, no body."""
    x = extract(Article("t", "Masa jabatan presiden tegas lima tahun dalam Pasal 7 UUD, kata pakar."))
    assert {e.name for e in x.entities if e.type is EntityType.LEGISLATION} == {
        "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"
    }
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION]


def test_the_house_that_passed_a_law_is_linked_only_where_the_article_names_it() -> None:
    x = extract(Article("t", "Warga itu dijerat Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika."))
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION]
    x = extract(
        Article("t", "DPR menilai Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika perlu direvisi.")
    )
    [law] = [e for e in x.entities if e.type is EntityType.LEGISLATION]
    assert law.passed_by is not None and law.passed_by.name == "Dewan Perwakilan Rakyat"


def test_the_presidents_eight_point_programme_is_a_national_programme() -> None:
    x = run("Kementerian itu terus mengawal Asta Cita, kata menteri di Jakarta.")
    assert "Asta Cita" in names(x, EntityType.PROGRAM)
    assert "Asta Cita" not in names(x, EntityType.PERSON)


def test_a_national_programme_that_goes_on_into_a_longer_defined_name_is_that_programme() -> None:
    x = extract(
        Article(
            "Berita",
            "Pemerintah memastikan program stimulus Bantuan Langsung Tunai Sementara (BLTS) siap disalurkan. "
            "Adapun program BLTS sebelumnya telah diluncurkan pada Jumat (16/10/2025).",
        )
    )
    programmes = {e.name: e for e in x.entities if e.type is EntityType.PROGRAM}
    assert set(programmes) == {"Bantuan Langsung Tunai Sementara"}, set(programmes)
    assert len(programmes["Bantuan Langsung Tunai Sementara"].mentions) == 3


def test_a_bill_is_one_programme_in_every_form_the_article_writes_it() -> None:
    x = run(
        'Menteri mengusulkan Revisi UU Kelautan Pesisir. "Kami serius dengan RUU Kelautan Pesisir," '
        "katanya. Baleg DPR menyepakati Rancangan Undang-Undang (RUU) Sistem Irigasi Desa (Sirides). "
        "RUU Sirides masuk Program Legislasi Nasional (Prolegnas). Rapat membahas RUU Prolegnas 2025-2026 "
        "dan RUU APBN 2031."
    )
    bills = {e.name: e for e in x.entities if e.type is EntityType.PROGRAM and e.name.startswith("Rancangan")}
    assert set(bills) == {
        "Rancangan Undang-Undang Kelautan Pesisir",
        "Rancangan Undang-Undang Sistem Irigasi Desa",
    }, bills  # "RUU Prolegnas" names the bills of a programme, "RUU APBN 2031" the draft budget
    x = run("Pemerintah mengajukan rencana penyusunan Rancangan Undang-Undang (RUU) Pelayaran Rakyat.")
    assert names(x, EntityType.PROGRAM) == {"Rancangan Undang-Undang Pelayaran Rakyat"}  # not the type alone
    assert {"Revisi UU Kelautan Pesisir", "RUU Kelautan Pesisir"} <= bills[
        "Rancangan Undang-Undang Kelautan Pesisir"
    ].aliases
    assert "RUU Sirides" in bills["Rancangan Undang-Undang Sistem Irigasi Desa"].aliases
    assert not names(x, EntityType.LEGISLATION)  # no bill is a law yet


def test_an_amending_bill_is_named_by_its_laws_subject_and_meets_its_shorter_forms() -> None:
    x = run(
        "DPR menyetujui RUU Perubahan Kedua atas UU Nomor 9 Tahun 2011 tentang Penyelenggaraan Pameran "
        "Dagang. Pembahasan revisi UU Pameran Dagang itu rampung."
    )
    bills = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert [b.name for b in bills] == ["Rancangan Undang-Undang Penyelenggaraan Pameran Dagang"]
    assert "revisi UU Pameran Dagang" in bills[0].aliases
    assert "Undang-Undang Nomor 9 Tahun 2011" in names(x, EntityType.LEGISLATION)  # the law it amends


def test_the_codes_are_laws_named_without_a_number() -> None:
    x = run(
        "Tersangka dijerat Pasal 362 Kitab Undang-undang Hukum Pidana (KUHP) dan Pasal 55 KUHP serta KUHAP."
    )
    assert names(x, EntityType.LEGISLATION) == {
        "Kitab Undang-Undang Hukum Pidana",
        "Kitab Undang-Undang Hukum Acara Pidana",
    }


def test_a_capital_spelled_out_near_a_policy_word_is_a_place_not_a_programme() -> None:
    x = run(
        "Pembangunan Ibu Kota Sentosa (IKS) terancam molor karena anggaran. Proyek IKS tahap kedua "
        "tertunda, kata pejabat di Ibu Kota Sentosa."
    )
    assert not names(x, EntityType.PROGRAM)
    [place] = [e for e in x.entities if e.type is EntityType.PLACE and e.name == "Ibu Kota Sentosa"]
    assert len(place.mentions) >= 2


def test_a_quoted_name_after_a_cue_is_a_programme() -> None:
    x = run(
        "Warga dapat mengadu melalui kanal WA 'Lapor Pak Camat' yang dibuka sejak Senin. Dukungan "
        'terhadap program "Desa Tertib Arsip" terus mengalir.'
    )
    assert {"Lapor Pak Camat", "Desa Tertib Arsip"} <= names(x, EntityType.PROGRAM)


def test_a_programmes_name_ends_with_its_line() -> None:
    x = run("Dukung Pangan Lokal Lewat Program SIGAP\nPerusahaan itu juga mendukung pameran pangan.")
    assert "SIGAP" in names(x, EntityType.PROGRAM)
    assert not {n for n in names(x, EntityType.PROGRAM) if n.startswith("SIGAP ")}


def test_a_kind_of_project_and_its_abbreviation_are_no_programme() -> None:
    x = run(
        "Kementerian membagi proyek jalan dan jembatan (JJ) sebanyak 24 proyek. Di lingkup proyek JJ, "
        "delapan proyek tengah disiapkan."
    )
    assert not names(x, EntityType.PROGRAM)


def test_a_national_law_named_by_its_subject_after_tentang_is_that_law() -> None:
    x = run("Ia dilaporkan atas Pasal 27 Undang-Undang tentang Informasi dan Transaksi Elektronik.")
    assert names(x, EntityType.LEGISLATION) == {"Undang-Undang Nomor 11 Tahun 2008"}


def test_a_name_after_a_cue_that_ends_with_an_events_word_is_no_programme() -> None:
    x = run("Perusahaan itu juga mendukung program Pangan Lestari Expo 2025 yang digelar kementerian.")
    assert "Pangan Lestari Expo 2025" not in names(x, EntityType.PROGRAM)


def test_a_programme_written_without_its_last_word_is_the_same_programme() -> None:
    x = run(
        "Dinas meluncurkan Program Rumah Singgah Lansia pekan lalu. Menurut dia, program Rumah Singgah "
        "itu menampung 40 warga."
    )
    assert names(x, EntityType.PROGRAM) == {"Rumah Singgah Lansia"}


@pytest.mark.parametrize(
    "written", ["UU Cagar Budaya", "Undang-undang Cagar Budaya", "Undang-Undang tentang Cagar Budaya"]
)
def test_a_national_law_written_by_its_subject_is_that_law(written: str) -> None:
    x = run(f"Pemugaran situs itu melanggar {written}, kata pejabat dinas.")
    assert names(x, EntityType.LEGISLATION) == {"Undang-Undang Nomor 11 Tahun 2010"}


def test_a_revision_of_a_numbered_law_is_the_bill_on_its_subject_and_a_kind_of_bill_is_none() -> None:
    x = run(
        "DPR membahas revisi UU Nomor 9 Tahun 2011 tentang Pameran Dagang. Revisi UU Pameran Dagang itu "
        "mendesak. Baleg menetapkan RUU Prioritas 2026 dan RUU Usulan DPR."
    )
    assert names(x, EntityType.PROGRAM) == {"Rancangan Undang-Undang Pameran Dagang"}


def test_a_programme_spelled_out_in_brackets_after_its_short_name_is_one_node() -> None:
    from kg.extract.base import extract
    from kg.records import Article, EntityType

    x = extract(
        Article(
            "Judul", "Dinas menggencarkan gerakan GEMAS SEHATI (Gerakan Masyarakat Sehat Hati) sejak 2022."
        )
    )
    programmes = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert [(p.name, sorted(p.aliases)) for p in programmes] == [
        ("Gerakan Masyarakat Sehat Hati", ["GEMAS SEHATI"])
    ]


def test_a_regional_regulation_named_by_its_subject_alone_is_one_programme() -> None:
    """ "Ranperda tentang X" (and the Perda it becomes) and "Perda tentang Y" without a number are
    programmes; a draft budget and an amendment of a numbered Perda are read elsewhere."""
    x = run(
        "DPRD Kabupaten Sukamaju menyetujui dua Rancangan Peraturan Daerah (Ranperda), yakni Ranperda "
        "tentang Penyelenggaraan Kepemudaan serta Ranperda tentang Perubahan Kedua atas Peraturan "
        "Daerah Nomor 9 Tahun 2016 tentang Susunan Perangkat Daerah. Ranperda tentang Penyelenggaraan "
        "Kepemudaan kemudian ditetapkan menjadi Perda tentang Penyelenggaraan Kepemudaan. Dewan juga "
        "membahas Raperda tentang Anggaran Pendapatan dan Belanja Daerah (APBD) Tahun Anggaran 2026. "
        "Sebelumnya dewan mengesahkan Perda tentang Penataan Reklame dan Baliho."
    )
    found = names(x, EntityType.PROGRAM)
    assert {
        "Rancangan Peraturan Daerah tentang Penyelenggaraan Kepemudaan",
        "Peraturan Daerah tentang Penataan Reklame dan Baliho",
    } <= found, found
    assert not any(n.startswith("Rancangan Peraturan Daerah tentang Perubahan") for n in found)
    assert not any("tentang Anggaran" in n for n in found)
    [youth] = [e for e in x.entities if e.name.endswith("Penyelenggaraan Kepemudaan")]
    assert "Perda tentang Penyelenggaraan Kepemudaan" in youth.aliases


def test_an_acronym_programme_spelled_out_in_brackets_after_it_is_one_programme() -> None:
    """ "aplikasi SIKAT MADIUN (Sistem Informasi Kas dan Aplikasi Transaksi Madiun)": the bracket
    spells the programme's name; "Aplikasi Transaksi ..." inside it is no second programme."""
    x = run(
        "Bank Sentosa menyiapkan aplikasi SIKAT MADIUN (Sistem Informasi Kas dan Aplikasi Transaksi "
        "Madiun) untuk pedagang pasar."
    )
    programs = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert [p.name for p in programs] == ["Sistem Informasi Kas dan Aplikasi Transaksi Madiun"], programs
    assert "SIKAT MADIUN" in programs[0].aliases


def test_the_child_friendly_facilities_programmes_are_national_programmes() -> None:
    """The KLA indicators' facilities (KemenPPPA): a school, health centre or playground "Ramah Anak"
    is that national programme, not a health centre named "Ramah Anak"."""
    x = run("Pemkot mengembangkan Puskesmas Ramah Anak dan Ruang Bermain Ramah Anak di 12 kelurahan.")
    assert {"Puskesmas Ramah Anak", "Ruang Bermain Ramah Anak"} <= names(x, EntityType.PROGRAM)
    assert "Puskesmas Ramah Anak" not in names(x, EntityType.ORGANIZATION)


def test_the_national_immunisation_weeks_and_months_are_national_programmes() -> None:
    """ "Pekan Imunisasi Nasional (PIN) Polio", "Bulan Imunisasi Anak Sekolah (BIAS)": the health
    ministry's campaigns, named whole (a month's word opens the name)."""
    x = run(
        "Pekan Imunisasi Nasional (PIN) Polio digelar di Sumbul. Bulan Imunisasi Anak Sekolah (BIAS) juga."
    )
    assert {"Pekan Imunisasi Nasional", "Bulan Imunisasi Anak Sekolah"} <= names(x, EntityType.PROGRAM)
    assert "Imunisasi Anak Sekolah" not in names(x, EntityType.PROGRAM)


def test_the_single_social_and_economic_register_is_a_national_programme() -> None:
    x = extract(
        Article(
            "Judul",
            "Penerima bantuan adalah keluarga pada desil 1 hingga 4 yang terdaftar di DTSEN. Pemda diminta "
            "memutakhirkan datanya setiap bulan.",
            date="2025-10-20",
        )
    )
    assert [e.name for e in x.entities if e.type is EntityType.PROGRAM] == [
        "Data Tunggal Sosial dan Ekonomi Nasional"
    ]


def test_a_drafts_short_form_may_name_its_subject_without_tentang() -> None:
    x = run(
        "DPRD Kota Sukamaju menerima nota pengantar tentang Ranperda Perubahan APBD Kota Sukamaju Tahun "
        "Anggaran 2022. Dewan juga membahas Ranperda Pertanggungjawaban Pelaksanaan APBD Tahun Anggaran "
        "2021 serta Ranperda tentang Penyelenggaraan Kepemudaan dan Raperda APBD 2023."
    )
    found = {e.name for e in x.entities if e.type is EntityType.PROGRAM}
    assert {
        "Rancangan Peraturan Daerah tentang Pertanggungjawaban Pelaksanaan APBD Tahun Anggaran 2021",
        "Rancangan Peraturan Daerah tentang Penyelenggaraan Kepemudaan",
    } <= found
    # the draft of the year's revised budget is that budget, written as the draft too
    revised = next(
        e
        for e in x.entities
        if e.name == "Perubahan Anggaran Pendapatan dan Belanja Daerah Kota Sukamaju 2022"
    )
    assert (
        "Rancangan Peraturan Daerah tentang Perubahan APBD Kota Sukamaju Tahun Anggaran 2022"
        in revised.aliases
    )
    assert not any(name.startswith("Anggaran Pendapatan") and "2022" in name for name in found)


def test_a_drafts_short_subject_is_the_same_draft_and_ends_before_its_committees_chair() -> None:
    x = run(
        "DPRD menyetujui Ranperda tentang Penyelenggaraan Kepemudaan. Sebelumnya, Ketua Pansus Ranperda "
        "Kepemudaan Yosua Christian Manurung, S.H. melaporkan hasil pembahasan."
    )
    [draft] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert draft.name == "Rancangan Peraturan Daerah tentang Penyelenggaraan Kepemudaan"
    assert "Ranperda Kepemudaan" in draft.aliases
    assert "Yosua Christian Manurung" in {e.name for e in x.entities if e.type is EntityType.PERSON}


def test_the_registers_merged_into_dtsen_are_national_programmes() -> None:
    x = run("DTSEN adalah gabungan data terpadu dari DTKS, Regsosek, dan P3KE yang bersifat dinamis.")
    found = {e.name for e in x.entities if e.type is EntityType.PROGRAM}
    assert {"Registrasi Sosial Ekonomi", "Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem"} <= found
    assert "P3KE" not in {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}


def test_the_2045_vision_is_a_national_programme_not_a_place() -> None:
    x = run("Keduanya sepakat mencegah kerusakan lingkungan demi menuju Indonesia Emas 2045.")
    assert "Indonesia Emas 2045" in {e.name for e in x.entities if e.type is EntityType.PROGRAM}
    x = run("Ia berbicara dalam forum Transformasi Ekonomi Menuju Indonesia Emas di Jakarta.")
    assert not [e for e in x.entities if e.type is EntityType.PLACE and "Emas" in e.name]


def test_a_general_programme_written_beside_one_known_variant_of_it_is_that_variant() -> None:
    def programmes(text: str) -> set[str]:
        return {e.name for e in run(text).entities if e.type is EntityType.PROGRAM}

    found = programmes(
        "Penyaluran BLT Kesra Rp 900 ribu dimulai Oktober. BLT diberikan kepada 35 juta keluarga penerima."
    )
    assert found == {"Bantuan Langsung Tunai Kesejahteraan Rakyat"}
    # beside two variants it is neither
    found = programmes("Selain BLT Kesra, pemerintah menyalurkan BLTS. Total BLT mencapai Rp 30 triliun.")
    assert "Bantuan Langsung Tunai" in found


def test_the_village_fund_allocation_is_a_national_programme_not_a_place() -> None:
    """(the village fund itself, "Dana Desa", is a transfer: no programme, and no place either)"""
    x = run("Desa paling inovatif diberi insentif tambahan di Alokasi Dana Desa tahun depan. Dana Desa naik.")
    found = {e.name for e in x.entities if e.type is EntityType.PROGRAM}
    assert "Alokasi Dana Desa" in found and "Dana Desa" not in found
    assert not [e for e in x.entities if e.type is EntityType.PLACE and "Dana" in e.name]


def test_a_programme_named_then_its_acronym_after_atau_holds_the_words_bodies_and_places_would_take() -> None:
    x = run(
        "Wali Kota meluncurkan Gerakan Sadar Posyandu Lestari atau GASPOL di Posyandu Mawar, Kelurahan "
        "Sukamaju. GASPOL digelar setiap bulan."
    )
    [program] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert (program.name, program.aliases) == ("Gerakan Sadar Posyandu Lestari", {"GASPOL"})
    assert [m.span.text for m in program.mentions] == ["Gerakan Sadar Posyandu Lestari", "GASPOL"]
    assert not {e.name for e in x.entities if e.type is EntityType.ORGANIZATION} & {
        "GASPOL",
        "Posyandu Lestari",
    }
    # an acronym its words do not make is no name of it
    x = run("Wali Kota meluncurkan Gerakan Sadar Posyandu Lestari atau KTP digital di Sukamaju.")
    assert "KTP" not in {a for e in x.entities for a in e.aliases}


def test_a_programme_named_then_a_short_name_in_capitals_sharing_a_word_is_one_programme() -> None:
    x = run(
        "Bupati meluncurkan Gerakan Warga Rajin Menanam atau RAJIN MARSUAN di Kabupaten Dairi. "
        "Menurutnya, RAJIN MARSUAN dijalankan di setiap desa."
    )
    programmes = {e.name: e for e in x.entities if e.type is EntityType.PROGRAM}
    assert "RAJIN MARSUAN" in programmes["Gerakan Warga Rajin Menanam"].aliases
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION and "MARSUAN" in e.name.upper()]


def test_a_programme_named_with_its_head_word_keeps_a_regional_languages_to_before_a_name() -> None:
    x = run(
        "Perda itu menjadi payung hukum bagi Gerakan Pulang ka Surau Zorba, program pemkab untuk "
        "memulangkan perantau. Gerakan Resik lan Asri Blarok juga berjalan."
    )
    found = {e.name for e in x.entities if e.type is EntityType.PROGRAM}
    assert {"Gerakan Pulang ka Surau Zorba", "Gerakan Resik lan Asri Blarok"} <= found


def test_a_bill_written_with_fewer_words_of_its_subject_is_the_one_bill_they_fit() -> None:
    x = extract(
        Article(
            "Judul",
            "DPRD membahas Ranperda tentang Penataan Pasar Rakyat Berbasis Desa dan Ranperda tentang Retribusi "
            "Daerah, Selasa (10/6/2025). Fraksi Golkar meminta Ranperda Pasar Rakyat memberi ruang bagi UMKM.",
            date="2025-06-10",
        )
    )
    bills = sorted(e.name for e in x.entities if e.type is EntityType.PROGRAM)
    assert bills == [
        "Rancangan Peraturan Daerah tentang Penataan Pasar Rakyat Berbasis Desa",
        "Rancangan Peraturan Daerah tentang Retribusi Daerah",
    ]


def test_a_slogan_of_two_halves_joined_by_a_comma_is_one_programme_not_a_programme_and_a_person() -> None:
    x = extract(
        Article(
            "Judul",
            '"Melalui program Ibu Sehat, Anak Hebat, setiap puskesmas membina dua kampung," ujarnya. '
            "Program Sukamaju Bersih, Budi Santoso mengatakan, berjalan baik.",
            date="2025-01-01",
        )
    )
    programmes = {e.name for e in x.entities if e.type is EntityType.PROGRAM}
    assert "Ibu Sehat, Anak Hebat" in programmes
    assert not any("Budi" in p for p in programmes)  # a name after the comma is no second half
    assert "Anak Hebat" not in {e.name for e in x.entities if e.type is EntityType.PERSON}


def test_a_programme_s_short_name_of_its_syllables_in_brackets_is_its_alias_not_a_person() -> None:
    x = extract(
        Article(
            title="Pemkot Luncurkan Gerakan",
            text="Pemkot Sukamaju meluncurkan Gerakan Bersama Jaga Kali (Gerbang Kali) di Taman Kota, Selasa "
            "(18/2/2025). Melalui Gerbang Kali, setiap kelurahan diminta membentuk satgas.",
            url="https://example.org/p1",
            date="2025-02-18",
        )
    )
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert programme.name == "Gerakan Bersama Jaga Kali" and "Gerbang Kali" in programme.aliases
    assert not [e for e in x.entities if e.type is EntityType.PERSON]
    assert [e.name for e in x.events] == ["Peluncuran Gerakan Bersama Jaga Kali (Gerbang Kali)"]


def test_a_headed_programmes_acronym_in_brackets_is_its_alias_not_a_body() -> None:
    x = extract(
        Article(
            title="Kebun Kopi",
            text="Melalui Gerakan Selamatkan Kopi Dairi (GESKID), Pemkab Dairi menargetkan pemulihan 1.200 hektare "
            "kebun. GESKID akan dilaksanakan di 15 kecamatan.",
        )
    )
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert programme.name == "Gerakan Selamatkan Kopi Dairi" and "GESKID" in programme.aliases
    assert "GESKID" not in {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}
    # an acronym that does not open as the name does is not taken for it
    x = extract(
        Article(title="Kebun Kopi", text="Melalui Gerakan Selamatkan Kopi Dairi (PKK), warga bekerja.")
    )
    assert not any("PKK" in e.aliases for e in x.entities if e.type is EntityType.PROGRAM)


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("Relawan Destana Sukamaju ikut mengevakuasi warga.", "Desa Tangguh Bencana"),
        (
            "Sekolah itu menerapkan program Satuan Pendidikan Aman Bencana sejak 2023.",
            "Satuan Pendidikan Aman Bencana",
        ),
        (
            "Kelurahan Sukamaju disiapkan menjadi Kelurahan Tangguh Bencana (Katana).",
            "Kelurahan Tangguh Bencana",
        ),
        ("Penilaian Kabupaten/Kota Sehat dilakukan tiap dua tahun.", "Kabupaten/Kota Sehat"),
        ("Pemkot berkomitmen mewujudkan Kota Layak Anak.", "Kota Layak Anak"),
        ("Sebanyak 12 desa didampingi menuju Desa Bersinar tahun ini.", "Desa Bersih Narkoba"),
    ],
)
def test_national_disaster_health_child_and_drug_free_programmes_are_programmes(
    text: str, programme: str
) -> None:
    assert programme in names(run(text), EntityType.PROGRAM)


@pytest.mark.parametrize(
    ("text", "programme", "short"),
    [
        ("Pemkot meluncurkan Gerakan Bersih Kali Kita atau disingkat Gebrak Kali di tepi sungai. Gebrak Kali "
         "digelar tiap pekan.", "Gerakan Bersih Kali Kita", "Gebrak Kali"),
        ("Kita akan menghidupkan kembali Gerakan Lorong Tertib atau Gelora Tertib di setiap lorong.",
         "Gerakan Lorong Tertib", "Gelora Tertib"),
        # (its name with "dari" in it: no person "Gerbang Sopo")
        ("Bimtek ini bagian dari Gerakan Membangun Desa dari Sopo atau Gerbang Sopo, program unggulan "
         "Pemkab Samosir.", "Gerakan Membangun Desa dari Sopo", "Gerbang Sopo"),
    ],
)  # fmt: skip
def test_a_programme_known_by_a_short_name_of_capitalised_words_after_atau(
    text: str, programme: str, short: str
) -> None:
    x = extract(Article(title="Judul", text=text, url="https://example.org/a", date="2025-06-11"))
    found = {e.name: e for e in x.entities if e.type is EntityType.PROGRAM}
    assert short in found[programme].aliases
    assert short not in {e.name for e in x.entities}
    assert not any(e.name.startswith("Partai") for e in x.entities)


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        (
            "Lurah memperluas Gerakan Ambil Sampah dari Rumah (Gasdaru) di tiap RW.",
            "Gerakan Ambil Sampah dari Rumah",
        ),
        ("Sekolah itu ikut Gerakan Kembali ke Sekolah tahun ini.", "Gerakan Kembali ke Sekolah"),
        # the place it goes to and the body it comes from are no words of its name
        ("Pemkab membawa Gerakan Tanam Bibit ke Kecamatan Sukolilo pekan lalu.", "Gerakan Tanam Bibit"),
        ("Gerakan Tanam Bibit dari Dinas Pertanian diikuti warga.", "Gerakan Tanam Bibit"),
        (
            "Gerakan Donor Sukarela ke Rumah Sakit Umum Daerah Sukolilo diikuti warga.",
            "Gerakan Donor Sukarela",
        ),
    ],
)
def test_a_movements_name_goes_on_past_ke_and_dari_but_not_into_a_place_or_body(
    text: str, programme: str
) -> None:
    assert programme in names(run("SUMBAWA – " + text), EntityType.PROGRAM)


def test_a_number_opening_a_programmes_name_and_its_short_form_is_kept() -> None:
    x = run("SUMBAWA – Program unggulan antara lain Satu Kampung Satu Karya (Sakasaka) dan beasiswa.")
    assert "Satu Kampung Satu Karya" in names(x, EntityType.PROGRAM)


def test_a_national_programmes_short_form_the_article_spells_otherwise_is_the_articles() -> None:
    x = run("SUMBAWA – Program unggulan antara lain Kartu Sukamaju Sehat (KKS). KKS berjalan baik.")
    assert "Kartu Sukamaju Sehat" in names(x, EntityType.PROGRAM)
    assert "Kabupaten/Kota Sehat" not in names(x, EntityType.PROGRAM)
    x = run("SUMBAWA – Kota ini meraih predikat Kabupaten Kota Sehat (KKS). KKS dinilai tiap tahun.")
    assert names(x, EntityType.PROGRAM) == {"Kabupaten/Kota Sehat"}


def test_a_drafts_subject_written_again_by_its_spelled_short_form_is_the_same_draft() -> None:
    x = run(
        "SUMBAWA – DPRD menyetujui Raperda tentang Rencana Tata Kelola Pasar Daerah (RTKPD) Kabupaten Sumbawa. "
        "Ketua Pansus Raperda RTKPD melaporkan hasil kerja pansus."
    )
    drafts = [n for n in names(x, EntityType.PROGRAM) if n.startswith("Rancangan")]
    assert drafts == ["Rancangan Peraturan Daerah tentang Rencana Tata Kelola Pasar Daerah"]


def test_a_regulations_subject_goes_on_over_the_list_it_names() -> None:
    x = run(
        "DPRD Kabupaten Sukamaju menyetujui Raperda tentang Perlindungan dan Pemberdayaan Peternak, Pekebun "
        "Rakyat, dan Perajin Tenun, serta Raperda tentang Penyelenggaraan Kepemudaan."
    )
    assert names(x, EntityType.PROGRAM) == {
        "Rancangan Peraturan Daerah tentang Perlindungan dan Pemberdayaan Peternak, Pekebun Rakyat, dan Perajin "
        "Tenun",
        "Rancangan Peraturan Daerah tentang Penyelenggaraan Kepemudaan",
    }
    assert not names(x, EntityType.PERSON)
    # a sentence going on after the subject with an office and its holder is no list of it
    x = run(
        "Raperda tentang Pajak Daerah, Bupati Budiman Rasyid dan Ketua DPRD Sukamaju menandatangani berita acara."
    )
    assert "Rancangan Peraturan Daerah tentang Pajak Daerah" in names(x, EntityType.PROGRAM)


def test_a_programmes_head_word_and_its_short_form_is_that_programme() -> None:
    x = run(
        "Pemkot Sukamaju meluncurkan Gerakan Kota Hijau Lestari (GKHL) di Balai Kota. Kepala DLH menjelaskan "
        "Gerakan GKHL terdiri atas tiga kegiatan."
    )
    assert names(x, EntityType.PROGRAM) == {"Gerakan Kota Hijau Lestari"}


@pytest.mark.parametrize("joiner", ["jo", "lan", "jeung", "ka"])
def test_a_programmes_name_goes_on_over_a_regional_languages_and_or_to(joiner: str) -> None:
    x = run(
        f"Bupati meluncurkan Gerakan Bagurau {joiner} Basilek (Gerbasi) di halaman kantor, Rabu (9/10/2024)."
    )
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert programme.name == f"Gerakan Bagurau {joiner} Basilek"
    assert "Gerbasi" in programme.aliases


def test_a_regulations_subject_goes_on_over_a_common_word_the_tagger_opens_a_name_at() -> None:
    x = run(
        "DPRD Kabupaten Barito Utara membahas Raperda tentang Pelestarian dan Pemajuan Kebudayaan Adat Banjar, "
        "Senin (18/11/2024)."
    )
    assert names(x, EntityType.PROGRAM) == {
        "Rancangan Peraturan Daerah tentang Pelestarian dan Pemajuan Kebudayaan Adat Banjar"
    }


def test_bank_indonesias_social_programme_and_the_nutrition_and_child_protection_systems_are_national() -> (
    None
):
    x = run(
        "Kelompok tani menerima mesin pengering melalui Program Sosial Bank Indonesia (PSBI). Data "
        "penimbangan balita masuk ke aplikasi e-PPGBM setiap bulan, dan desa membentuk PATBM."
    )
    assert names(x, EntityType.PROGRAM) == {
        "Program Sosial Bank Indonesia",
        "Elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat",
        "Perlindungan Anak Terpadu Berbasis Masyarakat",
    }


def test_a_programmes_name_with_a_name_in_quotation_marks_after_it_is_one_programme() -> None:
    x = extract(
        Article(
            "Judul",
            'Pemkab Dairi meluncurkan Gerakan Kebun Gizi Keluarga "Tanam Zorba" untuk menekan inflasi, Rabu '
            "(16/7/2025). Gerakan Tanam Zorba diikuti 20 desa.",
            date="2025-07-16",
        )
    )
    [program] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert program.name == "Gerakan Kebun Gizi Keluarga Tanam Zorba"
    assert {"Tanam Zorba", "Gerakan Tanam Zorba"} <= program.aliases
    assert not [e for e in x.entities if e.type is EntityType.PERSON]


def test_a_short_form_said_to_be_the_programmes_is_its_name_though_not_its_initials() -> None:
    x = run(
        "Pemerintah Kabupaten (Pemkab) Dairi resmi meluncurkan Gerakan Rawat Sungai Bersama atau yang disingkat "
        "GERIS, Rabu (16/7/2025). Program GERIS digagas oleh Dinas Lingkungan Hidup."
    )
    assert names(x, EntityType.PROGRAM) == {"Gerakan Rawat Sungai Bersama"}


def test_a_national_health_campaign_is_a_programme() -> None:
    x = run(
        "Wali Kota memantau pelaksanaan Bulan Penimbangan Balita dan Bulan Imunisasi Anak Nasional (BIAN)."
    )
    assert {"Bulan Penimbangan Balita", "Bulan Imunisasi Anak Nasional"} <= names(x, EntityType.PROGRAM)


def test_an_acronym_then_atau_and_the_name_it_spells_is_one_programme() -> None:
    x = run(
        "Disdukcapil resmi meluncurkan inovasi pelayanan PASADA atau Pelayanan Adminduk Sampai Depan Rumah, "
        "Rabu (16/7/2025). Sesuai namanya, PASADA melayani warga di rumah."
    )
    assert names(x, EntityType.PROGRAM) == {"Pelayanan Adminduk Sampai Depan Rumah"}
    assert "PASADA" not in names(x, EntityType.ORGANIZATION)


def test_a_budgets_surplus_and_family_documents_spelled_out_are_no_programmes() -> None:
    x = run(
        "Defisit ditutup dari Sisa Lebih Perhitungan Anggaran (SiLPA) tahun sebelumnya. Warga mengurus "
        "Kartu Keluarga (KK) dan Kartu Identitas Anak (KIA)."
    )
    assert not names(x, EntityType.PROGRAM)


def test_the_police_e_ticketing_and_the_digital_id_are_national_programmes() -> None:
    x = run(
        "Operasi mengedepankan penegakan hukum melalui Electronic Traffic Law Enforcement (ETLE), baik statis "
        "maupun mobile. Warga juga mengaktifkan IKD di kantor desa."
    )
    assert {"Electronic Traffic Law Enforcement", "Identitas Kependudukan Digital"} <= names(
        x, EntityType.PROGRAM
    )


def test_the_army_village_programme_is_a_national_programme_not_a_body() -> None:
    x = run(
        "Program TNI Manunggal Membangun Desa (TMMD) Reguler ke-120 Kodim 0207/Dairi yang dilaksanakan di "
        "Desa Parbuluan resmi ditutup. Satgas TMMD membangun jalan sepanjang 1,2 kilometer."
    )
    assert "TNI Manunggal Membangun Desa" in names(x, EntityType.PROGRAM)
    assert not [o for o in names(x, EntityType.ORGANIZATION) if o.startswith("TMMD")]


def test_a_law_in_force_named_by_its_subject_alone_is_a_programme() -> None:
    x = run(
        "Dengan berlakunya Undang-Undang tentang Pengelolaan Danau Zorba antara Pemerintah Pusat dan Daerah "
        "(PDZ), pemerintah daerah diminta menyesuaikan pungutan retribusi."
    )
    [law] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert law.name == "Undang-Undang tentang Pengelolaan Danau Zorba antara Pemerintah Pusat dan Daerah"
    assert "UU PDZ" in law.aliases
    known = run(
        "Jangan sembarangan menggunakan Undang-Undang tentang Informasi dan Transaksi Elektronik (ITE)."
    )
    assert not names(known, EntityType.PROGRAM)  # a law the lexicon knows by its short title stays that law


def test_a_cost_estimate_is_a_kind_of_document_not_a_programme() -> None:
    """ "mengikuti Rencana Anggaran Biaya (RAB)": every project has a cost estimate; no programme."""
    x = run("Kontraktor jembatan di Desa Sumbul wajib mengikuti Rencana Anggaran Biaya (RAB) proyek.")
    assert not names(x, EntityType.PROGRAM)


def test_safari_ramadan_is_a_programme_by_either_spelling_and_no_person() -> None:
    """ "Tim Safari Ramadan ... melaksanakan shalat Tarawih", "Safari Ramadhan bukan sekadar kunjungan": the
    Ramadan visits every regional government runs, a programme known by name (either spelling), never
    a person "Safari Ramadan"."""
    x = run(
        "Bupati Dairi bersama Tim Safari Ramadan Pemerintah Kabupaten Dairi melaksanakan shalat Tarawih di "
        "Masjid Baiturrahim, Desa Sumbul, Kamis malam (13/3/2025). Safari Ramadhan bukan sekadar kunjungan."
    )
    assert names(x, EntityType.PROGRAM) == {"Safari Ramadan"}
    assert not any("Safari" in n for n in names(x, EntityType.PERSON))


@pytest.mark.parametrize(
    "text",
    [
        "Kejaksaan menemukan penyelewengan Bantuan Langsung Tunai (BLT) DD di Desa Kentara.",
        "Warga Desa Paropo belum menerima BLT Dana Desa tahap kedua.",
        "Sebanyak 120 keluarga di Desa Kentara menerima BLT DD sebesar Rp300 ribu per bulan.",
    ],
)
def test_cash_aid_from_village_funds_is_its_own_programme(text: str) -> None:
    """ "Bantuan Langsung Tunai (BLT) DD", "BLT Dana Desa": the cash aid villages pay from their funds,
    a national programme of its own, not the general cash aid (BLT) and the village funds apart."""
    assert names(run(text), EntityType.PROGRAM) == {"Bantuan Langsung Tunai Dana Desa"}


def test_the_village_finance_system_and_the_kpk_prevention_monitor_are_programmes() -> None:
    """ "Sistem Keuangan Desa (Siskeudes)", the village finance application every village runs, and the
    KPK's "Monitoring Center for Prevention (MCP)": national programmes, by their names and short forms."""
    x = run(
        "Skor Monitoring Center for Prevention (MCP) Kabupaten Dairi dari KPK naik tahun ini. Bendahara desa "
        "wajib memakai Siskeudes untuk laporan keuangan. Inspektorat memantau nilai MCP tiap triwulan."
    )
    assert names(x, EntityType.PROGRAM) == {"Monitoring Center for Prevention", "Sistem Keuangan Desa"}


def test_a_land_certificate_or_parcel_map_is_a_kind_of_document_no_programme() -> None:
    """ "25.000 Peta Bidang Tanah (PBT) dan 18.000 Sertifikat Hak Atas Tanah (SHAT)": the land office's kinds
    of document, spelled out with their short forms, counted; no programme of their own."""
    x = run(
        "Kabupaten Dairi memperoleh target 25.000 Peta Bidang Tanah (PBT) dan 18.000 Sertifikat Hak Atas Tanah "
        "(SHAT) tahun ini. Sebanyak 9.000 SHAT sudah dibagikan."
    )
    assert not names(x, EntityType.PROGRAM)


def test_the_electronification_of_regional_transactions_and_the_regional_credit_card_are_national_programmes() -> (
    None
):
    """ "Elektronifikasi Transaksi Pemerintah Daerah (ETPD)" and "Kartu Kredit Pemerintah Daerah (KKPD)":
    national programmes every regional government runs, by name or short form."""
    x = run(
        "SIDIKALANG – Pemkab Dairi menyiapkan Elektronifikasi Transaksi Pemerintah Daerah (ETPD) bersama Bank "
        "Sumut, Senin (14/10/2024). Tim TP2DD menilai capaian ETPD. Pemkab juga mulai memakai KKPD."
    )
    assert {"Elektronifikasi Transaksi Pemerintah Daerah", "Kartu Kredit Pemerintah Daerah"} <= names(
        x, EntityType.PROGRAM
    )


def test_a_provinces_plan_named_in_a_citys_story_is_the_provinces_own() -> None:
    """ "RPJMD Provinsi Sumatera Utara" in a story of the regency's RPJMD: named with "Provinsi" as a
    province's bodies are, and no bare "RPJMD" alias shared with the regency's plan."""
    x = run(
        "SIDIKALANG – Bappeda Dairi menyusun RPJMD Kabupaten Dairi Tahun 2025–2029. Menurut Kepala Bappeda, "
        "dokumen itu mengacu pada RPJMD Provinsi Sumatera Utara. RPJMD disahkan tahun ini."
    )
    plans = {e.name: e.aliases for e in x.entities if e.type is EntityType.PROGRAM}
    province = plans["Rencana Pembangunan Jangka Menengah Daerah Provinsi Sumatera Utara"]
    assert "RPJMD" not in province
    assert "RPJMD" in plans["Rencana Pembangunan Jangka Menengah Daerah Kabupaten Dairi Tahun 2025-2029"]


def test_a_plan_is_named_with_the_year_or_period_written_after_it() -> None:
    """A plan of one year, spelled out with its abbreviation in brackets, then its region and year:
    one programme named with its year (no "Pemerintah Daerah" body inside its name), which the
    plan written later with the year before the region, or bare, is again; a plan of several
    years takes its period."""
    x = run(
        "SIDIKALANG – Pemkab Dairi menggelar Musrenbang Rencana Kerja Pemerintah Daerah (RKPD) Kabupaten Dairi "
        "Tahun 2031 di Gedung Nasional Sidikalang, Rabu (12/3/2030). Tema RKPD 2031 Kabupaten Dairi adalah "
        "pemerataan. RKPD disusun selaras dengan RPJMD Kabupaten Dairi 2030–2034."
    )
    plans = {e.name: e.aliases for e in x.entities if e.type is EntityType.PROGRAM}
    assert set(plans) == {
        "Rencana Kerja Pemerintah Daerah Kabupaten Dairi Tahun 2031",
        "Rencana Pembangunan Jangka Menengah Daerah Kabupaten Dairi 2030-2034",
    }
    assert "RKPD 2031 Kabupaten Dairi" in plans["Rencana Kerja Pemerintah Daerah Kabupaten Dairi Tahun 2031"]
    assert not any(e.name.startswith("Pemerintah Daerah") for e in x.entities)


def test_a_plan_of_several_years_takes_no_single_year() -> None:
    """ "RPJMD 2030" dates a plan of five years by no one year; two years of one yearly plan
    leave its bare mention to neither (and so to no one plan)."""
    x = run("Pembahasan RPJMD Kabupaten Dairi 2030 dimulai. RKPD 2031 dan RKPD 2032 disusun. RKPD dibahas.")
    assert names(x, EntityType.PROGRAM) == {
        "Rencana Pembangunan Jangka Menengah Daerah Kabupaten Dairi",
        "Rencana Kerja Pemerintah Daerah Kabupaten Dairi Tahun 2031",
        "Rencana Kerja Pemerintah Daerah Kabupaten Dairi Tahun 2032",
    }


def test_a_programme_named_one_thing_for_each_is_a_programme() -> None:
    """ "program Satu Desa Satu Dokter": a name opening with a number word written twice ("one X, one Y")
    is a programme's; a number word and one noun ("Program Satu Desa") is not."""
    x = run(
        "SIDIKALANG – Bupati memaparkan tiga program unggulan, yakni program Satu Desa Satu Dokter, bedah rumah "
        "dan pasar murah. Program Satu Desa juga disebut."
    )
    assert names(x, EntityType.PROGRAM) == {"Satu Desa Satu Dokter"}


def test_the_online_single_submission_system_is_a_national_programme() -> None:
    """ "lewat Online Single Submission (OSS)": the national licensing system every region uses, by name or
    short form."""
    x = run(
        "SIDIKALANG – Pengusaha kini mengurus izin lewat Online Single Submission (OSS). Data OSS dipakai dinas."
    )
    assert "Online Single Submission" in names(x, EntityType.PROGRAM)


def test_a_regions_card_is_a_programme_and_a_kind_of_card_is_none() -> None:
    """ "Kartu Dairi Cerdas", "Kartu Sumbul Sehat": a region's card programme, named with its own head
    word; "Kartu Tanda Penduduk dan Kartu Keluarga" name kinds of card in common words, no programme."""
    found = {
        e.name
        for e in extract(
            Article(
                "Judul",
                "Pemkab Dairi membagikan Kartu Sumbul Sehat kepada 5.000 warga. Program ini melengkapi Kartu "
                "Dairi Cerdas yang sudah berjalan. Warga mengurus Kartu Tanda Penduduk dan Kartu Keluarga di "
                "kantor desa.",
                date="2025-06-16",
            )
        ).entities
        if e.type is EntityType.PROGRAM
    }
    assert found == {"Kartu Sumbul Sehat", "Kartu Dairi Cerdas"}


def test_a_named_curriculum_is_a_programme() -> None:
    """ "menerapkan Kurikulum Merdeka": the national curriculum policy, named with its head word."""
    x = run("SIDIKALANG – Guru SD di Sumbul dilatih menerapkan Kurikulum Merdeka pekan ini.")
    assert "Kurikulum Merdeka" in names(x, EntityType.PROGRAM)


def test_the_name_a_programme_is_given_is_its_name() -> None:
    """ "layanan antar dokumen ke rumah warga, program yang diberi nama Sumbul Cepat Tanggap", "program
    bernama ...": the name given after the programme's cue word; a resident "bernama Budi Santoso" is
    still a person."""
    x = run(
        "Dinas Dukcapil Dairi kini mengantar dokumen ke rumah warga lewat program yang diberi nama Sumbul Cepat "
        "Tanggap. Seorang warga bernama Budi Santoso menerima KTP pertamanya."
    )
    assert names(x, EntityType.PROGRAM) == {"Sumbul Cepat Tanggap"}
    assert "Budi Santoso" in names(x, EntityType.PERSON)


def test_a_yearly_plan_dated_nowhere_and_a_villages_plan_name_no_one_plan() -> None:
    """ "Bappeda mulai menyusun RKPD" with no year anywhere: a plan made every year, no one plan;
    "membantu desa menyusun RPJMDes": a plan every village has. The regency's RPJMD with its period,
    and an RKPD the article dates, stay plans."""
    x = run(
        "Pemerintah Kabupaten (Pemkab) Dairi menggelar rapat di Kantor Bupati Dairi. Bappeda mulai menyusun "
        "RKPD. Kecamatan membantu desa menyusun RPJMDes. RPJMD Kabupaten Dairi 2025-2029 sudah disahkan."
    )
    found = {e.name for e in x.entities if e.type is EntityType.PROGRAM}
    assert found == {"Rencana Pembangunan Jangka Menengah Daerah Kabupaten Dairi 2025-2029"}
    x = run(
        "Pemerintah Kabupaten (Pemkab) Dairi menggelar rapat di Kantor Bupati Dairi. Bappeda menyusun RKPD "
        "Tahun 2026. Penyusunan RKPD melibatkan semua perangkat daerah."
    )
    assert {e.name for e in x.entities if e.type is EntityType.PROGRAM} == {
        "Rencana Kerja Pemerintah Daerah Kabupaten Dairi Tahun 2026"
    }


def test_a_scholarship_named_after_its_word_is_a_programme() -> None:
    """ "tetap memuat Kartu Dairi Sehat (KDS), beasiswa Dairi Cerdas untuk mahasiswa ...": a
    scholarship scheme's name after "beasiswa", a programme as one after "program" is."""
    x = run(
        "Anggaran tahun depan tetap memuat Kartu Dairi Sehat (KDS), beasiswa Dairi Cerdas untuk mahasiswa dari keluarga "
        "kurang mampu, serta bantuan bagi kelompok tani tetap mendapat alokasi."
    )
    assert {"Kartu Dairi Sehat", "Dairi Cerdas"} <= names(x, EntityType.PROGRAM)


def test_the_family_planning_boards_stunting_kitchen_is_a_national_programme() -> None:
    """ "optimalisasi Dapur Sehat Atasi Stunting (Dashat) di setiap kampung KB": the national board's
    programme every region runs, by its name or its short form."""
    x = run("Kader di Kabupaten Dairi memasak menu bergizi lewat Dashat untuk keluarga berisiko stunting.")
    assert "Dapur Sehat Atasi Stunting" in names(x, EntityType.PROGRAM)


def test_an_apps_name_joined_by_dan_is_one_name_when_its_short_form_is_the_wholes() -> None:
    x = run(
        "Harga dipantau melalui aplikasi Sistem Informasi Stok dan Harga Pangan (SIHATI Pangan) setiap hari. "
        "Warga juga memakai aplikasi Cek Bansos dan SIKS-NG."
    )
    found = {e.name for e in x.entities if e.type is EntityType.PROGRAM}
    assert "Sistem Informasi Stok dan Harga Pangan" in found
    assert "Sistem Informasi Stok" not in found and "Cek Bansos" in found


@pytest.mark.parametrize(
    "written",
    [
        "Rancangan Peraturan Daerah (Raperda) tentang Perubahan Anggaran Pendapatan dan Belanja Daerah (P-APBD) "
        "Tahun Anggaran 2025",
        "P-APBD 2025",
        "APBD-P 2025",
        "APBD Perubahan 2025",
        "Raperda P-APBD 2025",
    ],
)
def test_the_years_revised_budget_is_a_budget_of_its_own(written: str) -> None:
    x = run(f"DPRD Kabupaten Dairi menyetujui {written}. Sebelumnya APBD 2025 disahkan tahun lalu.")
    found = names(x, EntityType.PROGRAM)
    assert "Perubahan Anggaran Pendapatan dan Belanja Daerah Kabupaten Dairi 2025" in found
    assert "Anggaran Pendapatan dan Belanja Daerah Kabupaten Dairi 2025" in found  # the budget it revises
    assert not any(name.startswith("Rancangan Peraturan Daerah") for name in found)


def test_the_stunting_foster_fathers_are_a_national_programme() -> None:
    x = run("Bupati Dairi mengukuhkan 120 Bapak Asuh Anak Stunting (BAAS) dari kalangan ASN di Sidikalang.")
    assert "Bapak Asuh Anak Stunting" in names(x, EntityType.PROGRAM)


@pytest.mark.parametrize("cue", ["dibiayai", "bersumber dari", "didanai melalui"])
def test_a_budget_named_only_as_where_the_money_comes_from_is_no_programme(cue: str) -> None:
    """ "Aplikasi ini ... dibiayai APBD 2023": the story is about the app, not the budget; a story
    that also speaks of the budget itself keeps it."""
    x = run(
        f"SIDIKALANG - Aplikasi SIHATI Pangan dikembangkan bersama Diskominfo Kabupaten Dairi dan {cue} APBD 2023."
    )
    assert not any(name.startswith("Anggaran Pendapatan") for name in names(x, EntityType.PROGRAM))
    x = run(f"DPRD Kabupaten Dairi menyetujui APBD 2023. Aplikasi SIHATI Pangan {cue} APBD 2023.")
    assert "Anggaran Pendapatan dan Belanja Daerah Kabupaten Dairi 2023" in names(x, EntityType.PROGRAM)


def test_a_road_spelled_out_before_its_abbreviation_is_a_place_not_a_programme() -> None:
    x = run(
        "Longsor menutup Jalur Lintas Barat (JLB) di Kabupaten Dairi. Pemkab Dairi meminta JLB segera "
        "normal karena itu urat nadi ekonomi warga barat. Proyek Jalan Lingkar Utara (JLU) Sidikalang "
        "dilanjutkan tahun depan."
    )
    assert {"Jalur Lintas Barat", "Jalan Lingkar Utara"} <= names(x, EntityType.PLACE)
    assert not {"Jalur Lintas Barat", "Jalan Lingkar Utara"} & names(x, EntityType.PROGRAM)


def test_an_audit_opinion_spelled_out_is_no_programme() -> None:
    x = run(
        "Bupati mengatakan capaian opini Wajar Tanpa Pengecualian (WTP) dari BPK RI yang kembali diraih "
        "Pemkab Dairi harus dijaga dengan tata kelola keuangan yang tertib di setiap OPD."
    )
    assert not names(x, EntityType.PROGRAM)


def test_a_programmes_bracketed_nickname_repeating_its_last_words_is_its_name_and_no_person() -> None:
    x = extract(
        Article(
            "Judul",
            "Bupati Dairi meluncurkan program Gerakan Tanam Pohon Produktif (Gatapo Pohon Produktif) di Sidikalang, "
            "Rabu (12/7/2023). Gatapo Pohon Produktif menyasar 161 desa.",
            date="2023-07-12",
        )
    )
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert programme.name == "Gerakan Tanam Pohon Produktif" and "Gatapo Pohon Produktif" in programme.aliases
    assert not [e for e in x.entities if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemkab Dairi menetapkan status Siaga Darurat Bencana Kebakaran Hutan dan Lahan (Karhutla) hingga akhir "
        "September.",
        "Pemkab Dairi menetapkan status Kejadian Luar Biasa (KLB) demam berdarah.",
    ],
)
def test_a_status_a_government_declares_is_no_programme(sentence: str) -> None:
    x = extract(Article("Judul", sentence))
    assert not [e.name for e in x.entities if e.type is EntityType.PROGRAM]


def test_a_programme_named_after_the_body_that_runs_it_keeps_the_bodys_word_and_its_nickname() -> None:
    x = extract(
        Article(
            "Judul",
            "Layanan itu merupakan bagian dari program Dukcapil Sahabat Warga (Duksawa) yang digagas Disdukcapil "
            "Kabupaten Dairi sejak awal tahun. Program Duksawa menyasar warga lanjut usia.",
        )
    )
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert programme.name == "Dukcapil Sahabat Warga" and "Duksawa" in programme.aliases
    assert not [e for e in x.entities if e.type is EntityType.PERSON]
    assert "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Dairi" in {
        e.name for e in x.entities if e.type is EntityType.ORGANIZATION
    }


def test_a_programme_named_with_its_head_word_then_a_number_is_the_programme() -> None:
    x = extract(
        Article(
            "Judul",
            "Warga Sidikalang ikut Gerakan 1 Desa 1 Embung (G1D1E) yang dicanangkan Pemkab Dairi. Program 3 Bulan ke "
            "depan dibahas.",
            date="2024-03-06",
        )
    )
    assert {e.name for e in x.entities if e.type is EntityType.PROGRAM} == {"Gerakan 1 Desa 1 Embung"}


def test_a_headed_programme_s_nickname_in_brackets_is_its_other_name_and_no_one_s() -> None:
    x = run(
        "SIDIKALANG – Pemerintah Kabupaten Dairi secara resmi meluncurkan Gerakan Tanam Jagung dan Kedelai "
        "(Gertam Jadel) sebagai langkah pengendalian inflasi. Melalui Gertam Jadel, Pemkab Dairi "
        "menargetkan 50.000 rumah tangga menanam jagung."
    )
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert "Gertam Jadel" in programme.aliases
    assert not names(x, EntityType.PERSON)


def test_a_nickname_made_of_the_words_after_the_programme_s_head_is_its_other_name() -> None:
    x = run(
        "Pemkab Dairi resmi meluncurkan Gerakan Sinergi Pendampingan Lansia (Sapa Lansia) di Sidikalang. "
        "Sapa Lansia merupakan turunan dari Peraturan Bupati Dairi Nomor 4 Tahun 2023."
    )
    programmes = {e.name: e.aliases for e in x.entities if e.type is EntityType.PROGRAM}
    assert "Sapa Lansia" in programmes["Gerakan Sinergi Pendampingan Lansia"]
    assert not names(x, EntityType.PERSON)


def test_an_identifier_spelled_out_with_its_short_form_is_no_programme() -> None:
    x = run(
        "Penambahan layanan itu dilaksanakan berdasarkan Peraturan Bupati Dairi Nomor 18 Tahun 2023. Layanan baru "
        "antara lain pengurusan Nomor Induk Berusaha (NIB) bagi UMKM, konsultasi pertanahan, serta pendaftaran "
        "sertifikasi halal gratis."
    )
    assert not {n for n in names(x, EntityType.PROGRAM) if "Nomor Induk" in n}


def test_a_programme_pointed_back_to_before_a_spelled_out_short_form_names_none() -> None:
    x = run(
        "Pemkab Dairi meluncurkan program Gertam Jadel. Program tersebut menyasar kelompok wanita tani (KWT) dan "
        "rumah tangga di wilayah Kecamatan Sumbul yang memiliki lahan pekarangan produktif."
    )
    assert names(x, EntityType.PROGRAM) == {"Gertam Jadel"}


def test_a_programmes_name_goes_on_past_a_preposition_to_its_nickname() -> None:
    named = names(
        run(
            "Pemkab Dairi juga menggencarkan Gerakan Menanam Sayur di Pekarangan (Gemar Sayur) yang digerakkan TP "
            "PKK. Kelurahan diminta ikut menggerakkan program Gerakan Sidikalang Pilah Sampah dari Rumah atau Gesit "
            "Pilah."
        ),
        EntityType.PROGRAM,
    )
    assert {"Gerakan Menanam Sayur di Pekarangan", "Gerakan Sidikalang Pilah Sampah dari Rumah"} <= named
    # a place after the name, with no nickname after it, is where it was launched
    at = run("Bupati meluncurkan program Gerakan Menanam Sayur di Kecamatan Sumbul, Senin (3/6/2024).")
    assert names(at, EntityType.PROGRAM) == {"Gerakan Menanam Sayur"}


def test_a_programme_named_after_its_body_with_a_short_form_of_its_first_letter_keeps_the_bodys_word() -> (
    None
):
    x = run(
        "Layanan itu merupakan bagian dari program Dukcapil Peduli Dusun (Delidus) yang diluncurkan "
        "Pemerintah Kabupaten Dairi sejak pertengahan 2024."
    )
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert programme.name == "Dukcapil Peduli Dusun" and "Delidus" in programme.aliases


def test_a_national_programme_under_a_local_head_word_takes_that_name_and_its_nickname() -> None:
    x = run(
        "Pemerintah Kabupaten Dairi resmi meluncurkan Gerakan Cek Kesehatan Gratis (Gerak Sehat) pada "
        "Selasa, 12 Maret 2024."
    )
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert programme.name == "Cek Kesehatan Gratis"  # the national programme, one node
    assert {"Gerakan Cek Kesehatan Gratis", "Gerak Sehat"} <= programme.aliases
    assert not names(x, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Bupati menyerahkan penghargaan dalam rangka Gerakan Kampung Asri, Rapi dan Lestari (Gerakan Asri) "
            "Tahun 2024.",
            "Gerakan Kampung Asri, Rapi dan Lestari",
            "Gerakan Asri",
        ),
        (
            "Pemkab Dairi meluncurkan program Kampung Rapi, Hijau dan Tertib (KRHT) pada 2024.",
            "Kampung Rapi, Hijau dan Tertib",
            "KRHT",
        ),
    ],
)
def test_a_programmes_name_goes_on_over_a_list_of_words_that_its_short_form_follows(
    text: str, name: str, short: str
) -> None:
    x = run(text)
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert programme.name == name and short in programme.aliases
    assert not names(x, EntityType.ORGANIZATION) - {"Pemerintah Kabupaten Dairi"}
    # without a short form after it, the list is not the programme's
    assert names(
        run("Pemkab Dairi meluncurkan Gerakan Kampung Asri, Sumbul, dan Sitinjo menyusul."),
        EntityType.PROGRAM,
    ) == {"Gerakan Kampung Asri"}


def test_a_movement_of_fishermen_after_program_is_a_programme_and_a_movement_alone_a_body() -> None:
    x = run("Pemkab Dairi memperkenalkan program Gerakan Nelayan Muda Dairi (Genmuda) di Sidikalang.")
    assert names(x, EntityType.PROGRAM) == {"Gerakan Nelayan Muda Dairi"}
    assert names(x, EntityType.ORGANIZATION) <= {"Pemerintah Kabupaten Dairi"}
    body = run("Ketua Gerakan Nelayan Dairi, Sahat Nainggolan, hadir.")
    assert "Gerakan Nelayan Dairi" in names(body, EntityType.ORGANIZATION)


def test_a_programme_joined_after_a_regulations_subject_is_its_own_and_no_part_of_the_subject() -> None:
    x = run(
        "Pemkot Sibolga berpegang pada Perda Kota Sibolga Nomor 3 Tahun 2022 tentang Penataan Reklame dan "
        "Gerakan Sibolga Tertib (Gestib) yang melibatkan warga."
    )
    assert names(x, EntityType.PROGRAM) == {"Gerakan Sibolga Tertib"}
    [law] = [e for e in x.entities if e.type is EntityType.LEGISLATION]
    assert "Perda Kota Sibolga Nomor 3 Tahun 2022 tentang Penataan Reklame" in law.aliases


def test_a_programme_of_services_brought_to_the_people_is_named_after_jemput_bola() -> None:
    x = run(
        "Disdukcapil Kabupaten Dairi membuka program jemput bola Dukcapil Datang Menyapa (Dudama) di tiap kecamatan."
    )
    assert names(x, EntityType.PROGRAM) == {"Dukcapil Datang Menyapa"}


def test_a_service_is_a_programme_only_with_a_nickname_of_its_syllables_after_it() -> None:
    x = run("Layanan ini diberi nama Layanan Dokumen Malam Hari (Ladok Malam) dan dibuka di MPP Dairi.")
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert programme.name == "Layanan Dokumen Malam Hari" and "Ladok Malam" in programme.aliases
    assert not names(
        run("Puskesmas Sitinjo membuka Layanan Kesehatan Ibu dan Anak setiap Senin."), EntityType.PROGRAM
    )


def test_the_villages_health_house_is_a_national_programme_not_a_body() -> None:
    """ "Rumah Desa Sehat" (RDS), the village ministry's programme each village keeps: a programme."""
    x = run("Pemkab Dairi meminta setiap desa membentuk Rumah Desa Sehat tahun ini.")
    assert "Rumah Desa Sehat" in names(x, EntityType.PROGRAM)
    assert "Rumah Desa Sehat" not in names(x, EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "programme", "nickname"),
    [
        (
            "Disdukcapil Kabupaten Dairi resmi membuka Layanan Libur Dukcapil (Lalidu) di MPP Dairi.",
            "Layanan Libur Dukcapil",
            "Lalidu",
        ),
        (
            "Pemkab Dairi memperluas program Layanan Dukcapil Antar Dokumen (Ladokan) di desa-desa.",
            "Layanan Dukcapil Antar Dokumen",
            "Ladokan",
        ),
        (
            "Mulai Jumat (9/8/2024), MPP Sibolga membuka Layanan Dokumen Senja (Si Senja) setiap Senin.",
            "Layanan Dokumen Senja",
            "Si Senja",
        ),
    ],
)
def test_a_service_named_with_its_bodys_short_name_or_nicknamed_si_is_a_programme(
    text: str, programme: str, nickname: str
) -> None:
    """ "Layanan Libur Dukcapil (Lalidu)": the body's short name inside a service's name whose nickname
    follows is the programme's word; "(Si Senja)": "Si" and a word of the name."""
    [found] = [e for e in run(text).entities if e.type is EntityType.PROGRAM]
    assert (found.name, nickname in found.aliases) == (programme, True)


def test_the_national_calendar_of_events_is_a_national_programme_by_either_spelling() -> None:
    x = run("Festival Danau Sibolga kembali masuk kalender Kharisma Event Nusantara (KEN) tahun ini.")
    assert "Karisma Event Nusantara" in names(x, EntityType.PROGRAM)


def test_a_programme_with_joined_words_shortened_after_atau_disingkat_is_known_by_its_short_name() -> None:
    """``Program Pendampingan dan Akses Pasar Petani Jeruk atau disingkat Sahabat Jeruk``: the short name
    is the programme's, wherever written again, and no person."""
    x = run(
        "Pemkab Dairi meluncurkan Program Pendampingan dan Akses Pasar Petani Jeruk atau disingkat "
        "Sahabat Jeruk pada Kamis, 9 Maret 2023. Berkat Sahabat Jeruk, petani mendapat pelatihan.",
        "2023-03-16",
    )
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert programme.name == "Program Pendampingan dan Akses Pasar Petani Jeruk"
    assert "Sahabat Jeruk" in programme.aliases
    assert [e.name for e in x.entities if e.type is EntityType.PERSON] == []


@pytest.mark.parametrize("said", ["yang populer disebut", "yang lebih dikenal dengan", "yang akrab disebut"])
def test_a_programme_after_a_lower_case_cue_said_to_be_known_by_a_short_name(said: str) -> None:
    """``program Jaring Pengaman Petani Danau atau yang akrab disebut Jala Tani``: the short name the
    programme is said to be known by is its own, one node, wherever written again; not a second
    programme, nor a place."""
    x = run(
        f"Bantuan itu termasuk program Jaring Pengaman Petani Danau atau {said} Jala Tani. Tahun "
        "depan Jala Tani menjangkau 40 kelompok di Pangururan.",
        "2023-03-16",
    )
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert programme.name == "Jaring Pengaman Petani Danau"
    assert "Jala Tani" in programme.aliases
    assert "Jala Tani" not in names(x, EntityType.PLACE)


def test_a_programme_written_after_a_capitalised_program_is_named_so_too() -> None:
    x = run("Program Dairi Mulus sudah memperbaiki 40 kilometer jalan.", "2023-03-16")
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert (programme.name, programme.aliases) == ("Dairi Mulus", {"Program Dairi Mulus"})


def test_a_system_given_a_nickname_of_its_syllables_is_a_programme_and_a_bare_one_is_not() -> None:
    x = run(
        "BPKAD Dairi memperkuat Sistem Informasi Aset Desa (Sinasdes), sementara Disdukcapil meluncurkan "
        "Sistem Antar Dokumen Online (Si Antar). Data lain masuk ke Sistem Informasi Desa setiap bulan."
    )
    found = names(x, EntityType.PROGRAM)
    assert {"Sistem Informasi Aset Desa", "Sistem Antar Dokumen Online"} <= found
    assert "Sistem Informasi Desa" not in found


def test_apel_the_fruit_is_a_word_of_a_programmes_name() -> None:
    """``Program bertajuk Gerakan Apel Organik (Gapo) itu ...``: "Apel" is the apple of an upland region's
    orchards as much as the ceremony, so it may stand inside a name like any word."""
    x = run(
        "Pemerintah Kabupaten Karo menggulirkan sekolah lapang bagi petani. Program bertajuk Gerakan Apel "
        "Organik (Gapo) itu dibuka Bupati Karo di Desa Sukanalu, Senin (5/8/2024)."
    )
    assert "Gerakan Apel Organik" in names(x, EntityType.PROGRAM)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tujuh sekolah di Pangururan menerima penghargaan Adiwiyata dari kementerian.", "Adiwiyata"),
        ("Desa Lumban Suhi menjadi lokasi ProKlim binaan Dinas Lingkungan Hidup.", "Program Kampung Iklim"),
        ("Warga merawat bank sampah sejak desanya ikut Program Kampung Iklim.", "Program Kampung Iklim"),
    ],
)
def test_the_ministry_of_environments_national_programmes_by_any_of_their_names(text: str, name: str) -> None:
    """Adiwiyata (green schools) and the Program Kampung Iklim (ProKlim) run in every region under one
    name: any form written is the one programme."""
    assert name in names(run(text, "2023-03-16"), EntityType.PROGRAM)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nelayan Pangururan diminta segera mengurus Kartu Kusuka agar bisa menerima bantuan.",
         "Kartu Pelaku Usaha Kelautan dan Perikanan"),
        ("Penyuluh yang mendampingi program Upsus Pajale ikut memantau pompa air di Lumban.",
         "Upaya Khusus Padi, Jagung, dan Kedelai"),
    ],
)  # fmt: skip
def test_the_fishers_card_and_the_food_crops_drive_are_national_programmes(text: str, name: str) -> None:
    """The fishery ministry's card for those who fish and farm fish (KUSUKA) and the agriculture
    ministry's drive for rice, maize and soy (Upsus Pajale): one national programme each, by any form."""
    assert name in names(run(text, "2023-03-16"), EntityType.PROGRAM)


@pytest.mark.parametrize(
    "text",
    [
        "Perahu tersebut disalurkan lewat Gerakan Nelayan Tangguh Samosir (Gentas) yang digagas Dinas "
        "Perikanan Kabupaten Samosir.",
        "Bupati kembali mengingatkan Gerakan Petani Muda Samosir (Gempas) yang menyasar pemuda tani.",
    ],
)
def test_a_movement_of_a_group_a_clause_says_was_launched_or_aims_at_someone_is_a_programme(
    text: str,
) -> None:
    """``Gerakan Nelayan X (short) yang digagas Dinas Y``: "Gerakan Nelayan" may open a body of fishers,
    but a movement the clause after it says was launched, or aims at someone, is a programme."""
    x = run(text)
    name = next(n for n in names(x, EntityType.PROGRAM) if n.startswith("Gerakan"))
    assert name.startswith(("Gerakan Nelayan Tangguh", "Gerakan Petani Muda"))
    assert not any(n.startswith("Gerakan") for n in names(x, EntityType.ORGANIZATION))


def test_a_movement_after_its_office_stays_a_body() -> None:
    """``Ketua Gerakan Pemuda Samosir Tumpal Sinaga``: after an office, the movement is a body."""
    x = run("Ketua Gerakan Pemuda Samosir Tumpal Sinaga hadir di Pangururan.")
    assert "Gerakan Pemuda Samosir" in names(x, EntityType.ORGANIZATION)


def test_the_village_fund_alone_is_a_fiscal_transfer_not_a_programme() -> None:
    """``Dana Desa`` (a transfer every village gets) is no programme; the cash aid paid from it is."""
    x = run(
        "Pemerintah Desa Tomok menggunakan Dana Desa tahun 2024 untuk membangun jalan. Sebagian dana desa "
        "juga disalurkan sebagai BLT Dana Desa kepada 40 keluarga."
    )
    programmes = names(x, EntityType.PROGRAM)
    assert programmes == {"Bantuan Langsung Tunai Dana Desa"}, programmes


def test_a_nickname_after_a_programmes_cue_then_atau_and_its_name_is_one_programme() -> None:
    """``dalam gerakan Gesit atau Gerakan Samosir Sehat Ibu dan Balita``: the nickname and the name are one
    programme (the nickname opens with the name's first two letters); "PKH atau Program Sembako" are two."""
    found = extract(
        Article(
            "Judul",
            "Perbup itu dijabarkan dalam gerakan Gesit atau Gerakan Samosir Sehat Ibu dan Balita. Warga juga "
            "memakai program PKH atau Program Sembako.",
            date="2024-05-02",
        )
    )
    programmes = {e.name: e.aliases for e in found.entities if e.type is EntityType.PROGRAM}
    assert "Gesit" in programmes["Gerakan Samosir Sehat Ibu dan Balita"], programmes
    assert "Gesit" not in programmes, programmes
    assert "Program Keluarga Harapan" in programmes, programmes


@pytest.mark.parametrize(
    "text, program",
    [
        (
            "Lomba ini menjadi bagian dari gerakan “Desa Mandiri, Samosir Gemilang” yang diusung Pemkab Samosir.",
            "Desa Mandiri, Samosir Gemilang",
        ),
        ("Gerakan itu diberi nama “Huta Bersih, Warga Bahagia”.", "Huta Bersih, Warga Bahagia"),
        (
            "Pemkab Samosir juga meluncurkan gerakan Pasar Bersih, Warga Sejahtera sebagai kampanye bersama warga.",
            "Pasar Bersih, Warga Sejahtera",
        ),
    ],
)
def test_a_slogan_of_two_halves_named_as_a_programme_is_one_programme(text: str, program: str) -> None:
    """A programme's name of two halves joined by a comma, quoted after its cue or bare before the words
    that go on with the clause ("sebagai ..."), is one programme, no person ("Warga Bahagia")."""
    x = run(text)
    assert program in names(x, EntityType.PROGRAM)
    assert not names(x, EntityType.PERSON)


def test_a_movement_named_after_a_river_keeps_the_river_in_its_name() -> None:
    """ "Gerakan Peduli Sungai Simanindo (Gelisah Sungai)": the river is a word of the movement's name, not a
    place that cuts it off; the short form is the same programme."""
    x = run(
        "Pemkab Samosir memperluas Gerakan Peduli Sungai Simanindo (Gelisah Sungai) ke desa di hilir. "
        "Gelisah Sungai berpijak pada Peraturan Bupati Samosir."
    )
    assert "Gerakan Peduli Sungai Simanindo" in names(x, EntityType.PROGRAM)
    assert "Gelisah Sungai" not in names(x, EntityType.ORGANIZATION)


def test_a_plan_named_with_rencana_is_a_programme() -> None:
    """ "menyusun Rencana Aksi Daerah Pangan dan Gizi (RAD-PG)": a plan of its own name is a programme;
    "Rencana Bupati Samosir membangun jalan" (the regent's plan, in so many words) is none."""
    x = run(
        "Pemkab Samosir menyusun Rencana Aksi Daerah Pangan dan Gizi (RAD-PG) 2024-2026. Rencana Bupati Samosir"
        " membangun jalan lingkar disambut warga."
    )
    assert names(x, EntityType.PROGRAM) == {"Rencana Aksi Daerah Pangan dan Gizi"}


def test_a_programme_written_by_its_head_and_its_nickname_is_the_programme() -> None:
    """ "Gerakan Samosir Cinta Membaca (Gema Baca) ... Gerakan Gema Baca menyasar ...": the head word and
    the nickname of two words name the programme given that nickname, one node."""
    x = run(
        "Bupati Samosir mencanangkan Gerakan Samosir Cinta Membaca (Gema Baca) di Pangururan, Rabu"
        " (8/5/2024).\n\nGerakan Gema Baca menyasar seluruh sekolah dasar di Kabupaten Samosir."
    )
    assert names(x, EntityType.PROGRAM) == {"Gerakan Samosir Cinta Membaca"}
