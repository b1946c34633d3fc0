"""Who confers an award: named with it, or in the sentence saying who handed it over."""

from __future__ import annotations

import pytest

from kg.extract.awards import _category_either_side, award_name
from kg.extract.base import extract
from kg.records import Article, Award, EntityType


def awards_in(text: str, date: str) -> list[Award]:
    """The awards extracted from one article of ``text`` published on ``date``."""
    return extract(Article("Judul", text, date=date)).awards


def test_the_one_handing_over_the_awards_in_the_next_sentence_confers_them() -> None:
    x = extract(
        Article(
            "Judul",
            "Pemerintah Kota Batu meraih Penghargaan Kota Ramah Lansia 2025 kategori Utama. Penghargaan "
            "tersebut diserahkan langsung oleh Menteri Sosial Harjono Kusuma kepada Wali Kota Batu Budi "
            "Hartono di Jakarta, Rabu (11/6/2025).",
            date="2025-06-11",
        )
    )
    [award] = x.awards
    assert award.recipient is not None and award.recipient.name == "Pemerintah Kota Batu"
    assert award.conferred_by is not None and award.conferred_by.name == "Harjono Kusuma"


def test_a_conferrer_named_with_the_award_is_kept() -> None:
    x = extract(
        Article(
            "Judul",
            "Pemerintah Kota Batu meraih penghargaan Kota Ramah Lansia dari Kementerian Sosial. Penghargaan "
            "diserahkan oleh Wakil Menteri Sosial Harjono Kusuma di Jakarta.",
            date="2025-06-11",
        )
    )
    [award] = x.awards
    assert award.conferred_by is not None and award.conferred_by.name == "Kementerian Sosial"


def test_an_award_named_again_more_shortly_is_the_same_award() -> None:
    """ "Piala Adipura 2018", then "Piala Adipura" and "Adipura": one award, named in full; "Adipura
    Kencana" would be another."""
    x = extract(
        Article(
            "Piala Adipura Tiba di Kota Madiun",
            "Pemerintah Kota Madiun kembali meraih Piala Adipura 2018 dari Kementerian Lingkungan Hidup dan "
            "Kehutanan. Wali Kota Madiun Hendra Wicaksana menerima Piala Adipura di Jakarta. Adipura itu "
            "diarak keliling kota. Kota Madiun juga meraih Adipura Kencana pada tahun yang sama.",
        )
    )
    assert {a.name for a in x.awards} == {"Piala Adipura 2018", "Adipura Kencana"}, [a.name for a in x.awards]


def test_an_awards_year_written_after_its_words_further_on_in_the_sentence_is_its_year() -> None:
    x = extract(
        Article(
            "Piala Adipura Dikirab Keliling Kota",
            "Piala Adipura yang diraih Kota Madiun tiba dan langsung dikirab keliling kota.\n"
            "Penghargaan Adipura diserahkan oleh Menteri Lingkungan Hidup dan Kehutanan (LHK) kepada Wali Kota "
            "Madiun Ir. H. Hendra Wicaksana Datuak Rajo Mangkuto, M.T., didampingi Sekretaris Daerah, pada Malam Penganugerahan Adipura Tahun 2018 di Auditorium Manggala "
            "Wanabakti, Jakarta, Senin (14/1/2019).",
        )
    )
    assert {a.name for a in x.awards} == {"Penghargaan Adipura 2018"}, [a.name for a in x.awards]


def test_an_award_brought_home_is_won() -> None:
    x = extract(
        Article(
            "Judul",
            "Selain itu, Kota Blitar kembali membawa pulang Trofi Adipura untuk kategori kota sedang dari "
            "Kementerian Lingkungan Hidup dan Kehutanan (KLHK).",
            date="2024-10-19",
        )
    )
    [award] = x.awards
    assert award.name == "Trofi Adipura kategori kota sedang"  # (its category, after "untuk", a word of it)
    assert award.recipient is not None and award.recipient.name == "Pemerintah Kota Blitar"


def test_an_award_handed_over_goes_to_the_one_after_kepada() -> None:
    x = extract(
        Article(
            "Judul",
            "Pada kesempatan yang sama, Bupati Banyuwangi menyerahkan secara simbolis Trofi Juara I Lomba Desa "
            "Budaya Tingkat Provinsi Jawa Timur Tahun 2024 kepada Kepala Desa Sukamaju Rudi Hartawan.",
            date="2024-06-14",
        )
    )
    [award] = x.awards
    assert award.name.startswith("Trofi Juara I Lomba Desa Budaya")
    assert award.recipient is not None and award.recipient.name == "Rudi Hartawan"


def test_an_award_handed_over_mid_sentence_after_a_linking_phrase_is_won_by_the_one_after_kepada() -> None:
    x = extract(
        Article(
            "Judul",
            "Selain itu, penghargaan Kampung Hijau Terbaik 2024 diserahkan kepada Bank Sampah Lestari "
            "dari Desa Sukamaju.",
            date="2024-09-07",
        )
    )
    [award] = x.awards
    assert award.name == "Kampung Hijau Terbaik 2024"
    assert award.recipient is not None and award.recipient.name == "Bank Sampah Lestari"


def test_an_award_handed_to_winners_named_in_passing_is_still_an_award() -> None:
    x = extract(
        Article(
            "Judul",
            "Usai upacara, Wali Kota menyerahkan Penghargaan Tokoh Seni Kota Sukamaju 2024 kepada tiga "
            "penerima, yakni musisi senior Johan Latumeten dan pelatih tari Maria Pattinama.",
            date="2024-09-07",
        )
    )
    assert [a.name for a in x.awards] == ["Penghargaan Tokoh Seni Kota Sukamaju 2024"]
    assert not extract(
        Article("Judul", "Camat menyerahkan Sertifikat Halal kepada para pelaku usaha di aula kecamatan.")
    ).awards


def test_a_certificate_described_in_lower_case_and_named_in_brackets_is_an_award_handed_over() -> None:
    x = extract(
        Article(
            "Judul",
            "Pada kesempatan yang sama, BMKG menyerahkan sertifikat pengakuan desa tangguh iklim (Climate Ready) "
            "dari WMO kepada Pemerintah Desa Sukamaju. Pada acara lain, BMKG menyerahkan sertifikat pelatihan "
            "kepada para peserta.",
            date="2024-06-14",
        )
    )
    [award] = x.awards
    assert award.name == "Climate Ready"
    assert award.recipient is not None and award.recipient.name == "Pemerintah Desa Sukamaju"


def test_a_category_named_after_its_description_is_the_award_won_and_its_day_the_handing_over() -> None:
    """ "penghargaan X kategori tertinggi, Y, tahun 2025": one award won in category Y; "Penghargaan
    diserahkan di Jakarta pada Selasa (5/8/2025) dan diterima langsung oleh ...": that day's ceremony."""
    x = extract(
        Article(
            "Kota Madiun Raih Adipura",
            "Kota Madiun kembali meraih penghargaan Adipura kategori tertinggi, Adipura Kencana, tahun 2025. "
            "Penghargaan diserahkan di Jakarta pada Selasa (5/8/2025) malam dan diterima langsung oleh Wali "
            "Kota Madiun Hendra Wicaksana.",
            date="2025-08-06",
        )
    )
    assert [a.name for a in x.awards] == ["Adipura kategori Adipura Kencana 2025"]
    [event] = x.events
    assert (event.date, event.kind) == ("2025-08-05", "Ceremony")
    assert "Adipura Kencana" in event.name


def test_a_grade_named_after_its_description_and_a_part_of_it_later_are_one_award() -> None:
    """ "penghargaan X dengan predikat tertinggi, Y": one award won with grade Y; "meraih
    penghargaan Swasti Saba" further on, two words of that grade: the award again, no second one."""
    x = extract(
        Article(
            "Kota Sibolga Raih Swasti Saba Wistara",
            "Pemkot Sibolga meraih penghargaan Kabupaten/Kota Sehat (KKS) dengan predikat tertinggi, Swasti "
            "Saba Wistara. Penghargaan diserahkan Menteri Kesehatan di Jakarta. Ini kali ketiga Kota Sibolga "
            "meraih penghargaan Swasti Saba.",
            date="2025-08-06",
        )
    )
    [award] = x.awards
    assert award.name.startswith("Kabupaten/Kota Sehat") and award.name.endswith(
        "predikat Swasti Saba Wistara"
    )
    assert award.recipient is not None and award.recipient.name == "Pemerintah Kota Sibolga"


def test_named_as_one_of_an_awards_recipients_wins_it() -> None:
    x = extract(
        Article(
            "Kota Madiun Raih Adipura",
            "Kota Madiun dinobatkan sebagai salah satu penerima Penghargaan Adipura Kencana tahun 2025. "
            "Adipura Kencana diberikan kepada daerah yang dinilai paling bersih.",
            date="2025-08-06",
        )
    )
    assert [a.name for a in x.awards] == ["Adipura Kencana 2025"]
    assert not [e for e in x.entities if e.type is EntityType.PERSON]


def test_a_charter_of_an_award_received_is_the_award() -> None:
    x = extract(
        Article(
            "Desa Sukamaju Raih Destana",
            "Desa Sukamaju menerima piagam penghargaan Desa Tangguh Bencana kategori Pratama dari BPBD Provinsi "
            "Jawa Timur.",
        )
    )
    assert [a.name for a in x.awards] == ["Desa Tangguh Bencana kategori Pratama"]


def test_an_award_a_village_came_home_with_is_won_and_a_givers_name_is_no_award() -> None:
    x = extract(
        Article(
            "Judul",
            "Desa Wisata Kinilow baru saja pulang membawa penghargaan Anugerah Kampung Lestari Nusantara "
            "2024 kategori Kampung Maju. Dalam kesempatan yang sama, Wali Kota Tomohon menyerahkan piagam "
            "penghargaan Pemkot Tomohon kepada Pokdarwis Lokon Asri.",
            date="2024-10-14",
        )
    )
    assert [a.name for a in x.awards] == ["Anugerah Kampung Lestari Nusantara 2024 kategori Kampung Maju"]


def test_a_state_decoration_handed_over_is_an_award_its_giver_confers() -> None:
    x = extract(
        Article(
            "Judul",
            "Usai upacara, Bupati Dairi Marihot Situmorang menyerahkan Tanda Kehormatan Satyalancana Karya Satya "
            "kepada ASN yang telah mengabdi selama 10, 20 dan 30 tahun.",
            date="2024-04-01",
        )
    )
    assert [(a.name, a.conferred_by and a.conferred_by.name) for a in x.awards] == [
        ("Tanda Kehormatan Satyalancana Karya Satya", "Marihot Situmorang")
    ]


def test_each_rank_a_listed_winner_took_as_prizes_are_handed_out_is_an_award() -> None:
    """ "Bupati menyerahkan sejumlah penghargaan. Di antaranya kepada Desa X, ..., sebagai juara I
    Lomba Desa ..., Kelurahan Y, ..., sebagai juara I Lomba Kelurahan": each rank after "sebagai" is
    an award, won by the one named before it; a rank of nothing named, or no prize handed out, is none."""
    text = (
        "Kepala Desa Sumbul hadir. Usai amanat, Bupati Dairi menyerahkan sejumlah penghargaan. Di antaranya "
        "kepada Pemerintah Desa Sumbul sebagai juara I Lomba Desa tingkat Kabupaten Dairi tahun 2024, "
        "Kelurahan Sidiangkat, Kecamatan Sidikalang, sebagai juara I Lomba Kelurahan."
    )
    x = extract(Article("Judul", text, date="2024-11-12"))
    won = {(a.name, a.recipient.name if a.recipient else None) for a in x.awards}
    assert ("Juara I Lomba Kelurahan", None) in won
    assert {r for n, r in won if n.startswith("Juara I Lomba Desa")} == {"Pemerintah Desa Sumbul"}
    x = extract(
        Article("Judul", "Rapat menetapkan Desa Sumbul sebagai juara I dan hadir.", date="2024-11-12")
    )
    assert not x.awards


def test_a_contest_won_with_no_rank_as_prizes_are_handed_out_is_an_award() -> None:
    """ "Bupati juga menyerahkan penghargaan bagi kelurahan berprestasi, antara lain Kelurahan X sebagai
    juara lomba kebersihan tingkat kabupaten": the contest's win, no rank written, is an award too."""
    text = (
        "Dalam upacara itu Bupati juga menyerahkan penghargaan bagi kelurahan berprestasi, antara lain "
        "Kelurahan Sidiangkat sebagai juara lomba kebersihan tingkat kabupaten."
    )
    x = extract(Article("Judul", text, date="2024-11-12"))
    assert [a.name for a in x.awards] == ["Juara lomba kebersihan tingkat kabupaten"]


def test_the_achievements_a_speech_lists_after_naming_them_are_awards_of_the_government() -> None:
    """ "... memaparkan sejumlah capaian Pemkab X dalam setahun terakhir. Di antaranya opini Wajar Tanpa
    Pengecualian (WTP) dari BPK ..., penghargaan Kabupaten Layak Anak (KLA) kategori Nindya, serta
    kepesertaan jaminan kesehatan ...": the awards listed, won by the government the sentence before
    names, the first conferred by the BPK; the coverage listed with them is none."""
    text = (
        "Ia kemudian memaparkan sejumlah capaian Pemerintah Kabupaten Dairi dalam setahun terakhir. Di "
        "antaranya opini Wajar Tanpa Pengecualian (WTP) dari Badan Pemeriksa Keuangan (BPK) tujuh kali "
        "berturut-turut, penghargaan Kabupaten Layak Anak (KLA) kategori Nindya, serta kepesertaan jaminan "
        "kesehatan yang mencapai 97 persen warga."
    )
    x = extract(Article("Judul", text, date="2024-11-12"))
    won = {(a.name, a.recipient.name if a.recipient else None) for a in x.awards}
    assert won == {
        ("Opini Wajar Tanpa Pengecualian", "Pemerintah Kabupaten Dairi"),
        ("Kabupaten Layak Anak kategori Nindya", "Pemerintah Kabupaten Dairi"),
    }


def test_a_village_that_won_is_no_regencys_win() -> None:
    """ "Desa Sidiangkat ... berhasil meraih juara pertama lomba kebersihan desa": the village won, whose government
    the article does not name; the regency's government is no recipient of it."""
    text = (
        "Pemerintah Kabupaten Dairi menggelar upacara Hari Jadi. Usai upacara, Bupati menyerahkan penghargaan. "
        "Desa Sidiangkat, Kecamatan Sidikalang, berhasil meraih juara pertama lomba kebersihan desa se-kabupaten."
    )
    [award] = extract(Article("Judul", text, date="2024-06-01")).awards
    assert award.name.startswith("Juara pertama lomba kebersihan desa") and award.recipient is None


def test_a_rank_alone_is_of_the_contest_the_sentence_before_names() -> None:
    """ "Bupati kemudian menyerahkan hadiah kepada pemenang Lomba Kampung Sehat tingkat Kabupaten Dairi. Juara
    I diraih Desa Sidiangkat.": the first prize of that contest at its level, not a bare "Juara I"."""
    text = (
        "Bupati kemudian menyerahkan hadiah kepada pemenang Lomba Kampung Sehat tingkat Kabupaten Dairi. "
        "Juara I diraih Desa Sidiangkat."
    )
    assert [a.name for a in extract(Article("Judul", text, date="2025-02-11")).awards] == [
        "Juara I Lomba Kampung Sehat tingkat Kabupaten Dairi"
    ]


def test_a_rank_written_in_lower_case_opens_an_award_won_after_it() -> None:
    """ "... hadiah bagi pemenang lomba kebersihan lingkungan tingkat kabupaten. Juara kedua diraih Desa
    Kentara": the rank in words, lower case, is the award's name as "Juara II" is, of the contest the
    sentence before names; so is the place after it ("di urutan ketiga")."""
    text = (
        "Bupati juga membagikan hadiah bagi pemenang lomba kebersihan lingkungan tingkat kabupaten. Juara kedua "
        "diraih Desa Kentara, Kecamatan Tigalingga, sedangkan Desa Paropo di urutan ketiga."
    )
    assert sorted(a.name for a in extract(Article("Judul", text, date="2025-02-11")).awards) == [
        "Juara kedua lomba kebersihan lingkungan tingkat kabupaten",
        "Juara ketiga lomba kebersihan lingkungan tingkat kabupaten",
    ]


def test_a_rank_takes_the_contest_before_up_to_its_verb_of_winning() -> None:
    """ "Trofi Lomba Kampung Asri tahun 2024 direbut RW 03 .... Juara II diraih RW 09 ...": the contest's
    words end at its verb of winning; the winner after it is no word of the award's name."""
    text = (
        "Bupati membagikan sejumlah trofi. Trofi Lomba Kampung Asri tahun 2024 direbut RW 03 Kelurahan Kentara. "
        "Juara II diraih RW 09 Kelurahan Paropo."
    )
    names = [a.name for a in extract(Article("Judul", text, date="2024-09-01")).awards]
    assert names == ["Juara II Lomba Kampung Asri 2024"]


def test_the_next_winner_named_after_disusul_wins_the_title_after_sebagai() -> None:
    """ "..., diikuti Kelompok Tani Sejahtera sebagai poktan teladan": a second title won, by the one named
    after "disusul" or "diikuti"."""
    x = extract(
        Article(
            "Judul",
            "Pada Hari Krida Pertanian, Kelompok Tani Maju Bersama dari Sumbul meraih penghargaan sebagai poktan "
            "terbaik se-Kabupaten Dairi, diikuti Kelompok Tani Sejahtera dari Paropo sebagai poktan teladan.",
            date="2025-06-16",
        )
    )
    assert {a.name for a in x.awards} == {"Poktan Terbaik Se-Kabupaten Dairi", "Poktan Teladan"}


def test_declared_an_award_winner_is_winning_it_and_declared_to_an_office_is_not() -> None:
    """ "SMA Negeri 1 Sidikalang yang ... ditetapkan sebagai Sekolah Adiwiyata Nasional": the school won
    the national Adiwiyata title; "ditetapkan sebagai Ketua DPRD", "... sebagai tersangka" win nothing."""
    x = extract(
        Article(
            "Judul",
            "Bupati mengapresiasi SMA Negeri 1 Sidikalang yang baru saja ditetapkan sebagai Sekolah Adiwiyata "
            "Nasional oleh Kementerian Lingkungan Hidup dan Kehutanan. Tumpak Hasibuan ditetapkan sebagai Ketua "
            "DPRD Kabupaten Dairi. Kepala desa ditetapkan sebagai tersangka.",
            date="2025-06-11",
        )
    )
    [award] = x.awards
    assert award.name == "Sekolah Adiwiyata Nasional"
    assert award.recipient is not None and award.recipient.name == "SMAN 1 Sidikalang"


def test_an_award_named_with_tahun_before_its_year_keeps_that_name_as_an_alias() -> None:
    x = extract(
        Article(
            "Judul",
            "Kabupaten Dairi meraih Juara I Lomba Kampung Sehat Tingkat Provinsi Sumatera Utara Tahun 2024 dari "
            "Gubernur Sumatera Utara.",
            date="2024-10-19",
        )
    )
    [award] = x.awards
    assert award.name == "Juara I Lomba Kampung Sehat Tingkat Provinsi Sumatera Utara 2024"
    assert award.aliases == (
        "Juara I Lomba Kampung Sehat Tingkat Provinsi Sumatera Utara Tahun 2024",
        "Juara I Lomba Kampung Sehat Provinsi Sumatera Utara 2024",
        "Juara I Lomba Kampung Sehat Provinsi Sumatera Utara Tahun 2024",
    )


def test_an_award_of_a_regions_contest_is_also_named_without_tingkat() -> None:
    """ "Lomba Tenun Tingkat Kabupaten Samosir" is as often written "Lomba Tenun Kabupaten Samosir"."""
    x = extract(
        Article(
            "Judul",
            "Juara I Lomba Tenun Ulos Tingkat Kabupaten Samosir Tahun 2023 diraih "
            "Purnama Sinaga dari Desa Tomok.",
            date="2023-08-19",
        )
    )
    [award] = x.awards
    assert "Juara I Lomba Tenun Ulos Kabupaten Samosir 2023" in award.aliases


def test_the_next_ranks_after_a_contest_named_the_sentence_before_are_awards_of_their_winners() -> None:
    """ "... kepada pemenang Lomba Posyandu Berprestasi tingkat Kabupaten Dairi Tahun 2024. Posyandu X keluar
    sebagai Juara I, disusul Posyandu Y sebagai Juara II, dan Posyandu Z sebagai Juara III.": three
    prizes of that contest, each won by the one named before it."""
    text = (
        "Bupati menyerahkan trofi dan piagam penghargaan kepada pemenang Lomba Posyandu Berprestasi tingkat "
        "Kabupaten Dairi Tahun 2024. Posyandu Flamboyan Desa Sumbul keluar sebagai Juara I, disusul Posyandu "
        "Teratai Desa Tigalingga sebagai Juara II, dan Posyandu Seroja sebagai Juara III."
    )
    x = extract(Article("Judul", text, date="2025-02-11"))
    contest = "Lomba Posyandu Berprestasi tingkat Kabupaten Dairi 2024"
    assert [(a.name, a.recipient.name if a.recipient else None) for a in x.awards] == [
        (f"Juara I {contest}", "Posyandu Flamboyan"),
        (f"Juara II {contest}", "Posyandu Teratai"),
        (f"Juara III {contest}", "Posyandu Seroja"),
    ]
    # a rank alone with no contest named before it is no award
    assert not extract(Article("Judul", "Posyandu Teratai disusul Posyandu Seroja sebagai Juara II.")).awards


def test_ranks_given_as_positions_and_to_a_pair_each_are_awards_of_the_contest_won_before() -> None:
    """ "Posisi Juara II diraih X, disusul Y di posisi Juara III. ... Harapan I dan Harapan II
    masing-masing jatuh kepada Z dan W": each rank an award of the contest its first rank was won in."""
    text = (
        "Sanggar Lae Renun berhasil menjadi Juara I Lomba Tari Kreasi pada Festival Budaya Pakpak (FBP) 2024. "
        "Posisi Juara II diraih Sanggar Sitinjo, disusul Sanggar Paropo di posisi Juara III. Sementara itu, "
        "predikat Juara Harapan I dan Harapan II masing-masing jatuh kepada Sanggar Sumbul dan Sanggar Tigalingga."
    )
    x = extract(Article("Judul", text, date="2024-10-27"))
    assert {(a.name, a.recipient.name if a.recipient else None) for a in x.awards} == {
        ("Juara I Lomba Tari Kreasi FBP 2024", "Sanggar Lae Renun"),
        ("Juara II Lomba Tari Kreasi FBP 2024", "Sanggar Sitinjo"),
        ("Juara III Lomba Tari Kreasi FBP 2024", "Sanggar Paropo"),
        ("Juara Harapan I Lomba Tari Kreasi FBP 2024", "Sanggar Sumbul"),
        ("Juara Harapan II Lomba Tari Kreasi FBP 2024", "Sanggar Tigalingga"),
    }


def test_a_rank_the_contest_pointed_back_to_gave_its_winner_is_an_award() -> None:
    text = (
        "Sanggar Lae Renun menjadi Juara I Lomba Tari Kreasi pada Festival Budaya Pakpak (FBP) 2024. Posisi "
        "Juara II lomba tersebut ditempati Sanggar Sitinjo, sedangkan Juara III menjadi milik Sanggar Paropo."
    )
    x = extract(Article("Judul", text, date="2024-10-27"))
    assert {(a.name, a.recipient.name if a.recipient else None) for a in x.awards} == {
        ("Juara I Lomba Tari Kreasi FBP 2024", "Sanggar Lae Renun"),
        ("Juara II Lomba Tari Kreasi FBP 2024", "Sanggar Sitinjo"),
        ("Juara III Lomba Tari Kreasi FBP 2024", "Sanggar Paropo"),
    }


def test_titles_and_ranks_in_lower_case_given_with_a_prize_and_an_accreditation_s_grade_are_awards() -> None:
    def won(text: str) -> set[tuple[str, str | None]]:
        x = extract(Article("Judul", text, date="2024-10-27"))
        return {(a.name, a.recipient.name if a.recipient else None) for a in x.awards}

    assert won(
        "Kelompok Wanita Tani (KWT) Melati dari Kecamatan Sumbul juga dianugerahi penghargaan sebagai kelompok "
        "usaha pangan lokal terbaik."
    ) == {("Kelompok Usaha Pangan Lokal Terbaik", "KWT Melati")}
    [(name, _)] = won(
        "Disdukcapil Kabupaten Dairi dianugerahi penghargaan peringkat II nasional kategori pemerintah kabupaten "
        "dengan capaian perekaman KTP-el tertinggi."
    )
    assert name.startswith("Peringkat II Nasional")
    assert {
        name for name, _ in won("Puskesmas Sumbul meraih predikat akreditasi Paripurna dari Kemenkes.")
    } == {"Akreditasi Paripurna"}


def test_a_contest_with_a_short_name_in_brackets_after_its_list_of_words_is_also_named_by_it() -> None:
    text = (
        "Wali Kota menyerahkan penghargaan kepada para pemenang Lomba Kampung Asri, Hijau, Aman, dan Rapi "
        "(Asihan) Tahun 2024. Juara I diraih RW 05 Kelurahan Sumbul, disusul RW 02 Kelurahan Sitinjo sebagai "
        "Juara II."
    )
    x = extract(Article("Judul", text, date="2024-10-27"))
    names = {a.name: a.aliases for a in x.awards}
    assert (
        "Juara I Lomba Kampung Asihan Tahun 2024"
        in names["Juara I Lomba Kampung Asri, Hijau, Aman, dan Rapi 2024"]
    )
    assert (
        "Juara II Lomba Kampung Asihan Tahun 2024"
        in names["Juara II Lomba Kampung Asri, Hijau, Aman, dan Rapi 2024"]
    )


def test_a_rank_won_in_the_same_contest_and_the_ranks_of_a_prize_named_before_are_awards_of_them() -> None:
    def won(text: str) -> set[str]:
        return {a.name for a in extract(Article("Judul", text, date="2024-10-27")).awards}

    assert won(
        "Sebelumnya, Desa Sumbul berhasil menjadi Juara I Lomba Desa Tingkat Provinsi Sumatera Utara 2023. Adapun "
        "Desa Sitinjo, Kecamatan Sitinjo, meraih Juara III pada lomba yang sama."
    ) == {
        "Juara I Lomba Desa Tingkat Provinsi Sumatera Utara 2023",
        "Juara III Lomba Desa Tingkat Provinsi Sumatera Utara 2023",
    }
    assert won(
        "Bupati juga menyerahkan piagam penghargaan OPD Tertib Arsip Triwulan II Tahun 2024 berdasarkan hasil "
        "penilaian BKPSDM. Predikat Juara I diraih Dinas Kesehatan Kabupaten Dairi, Juara II diraih Kecamatan "
        "Sumbul, dan Juara III diraih Badan Penanggulangan Bencana Daerah (BPBD) Dairi."
    ) == {f"Juara {r} OPD Tertib Arsip Triwulan II 2024" for r in ("I", "II", "III")}


def test_ranks_listed_after_dengan_and_a_contest_with_a_quoted_name_and_its_later_ranks_are_awards() -> None:
    def won(text: str) -> set[str]:
        return {a.name for a in extract(Article("Judul", text, date="2024-10-27")).awards}

    assert won(
        "Selain itu, diserahkan pula penghargaan Lomba Inovasi Layanan Desa Tahun 2024, dengan Juara I diraih Desa "
        "Sumbul, Kecamatan Sumbul, Juara II Desa Sitinjo, Kecamatan Sitinjo, dan Juara III Kelurahan Sidiangkat."
    ) == {f"Juara {r} Lomba Inovasi Layanan Desa 2024" for r in ("I", "II", "III")}
    assert won(
        'Wali Kota menyerahkan penghargaan kepada para pemenang Lomba Kampung Hijau dan Tertib "Sidikalang Asri" '
        "Tahun 2024. Lomba tersebut merupakan bagian dari gerakan kebersihan kota. Juara I diraih RW 05 "
        "Kelurahan Sidiangkat, disusul RW 03 Kelurahan Batang Beruh sebagai Juara II, dan RW 08 Kelurahan "
        "Bintang sebagai Juara III."
    ) == {f"Juara {r} Lomba Kampung Hijau dan Tertib Sidikalang Asri 2024" for r in ("I", "II", "III")}


def test_ranks_won_in_a_category_told_before_or_with_them_are_named_with_it() -> None:
    text = (
        "Puncak acara adalah pengumuman Lomba Masak Ikan Mas yang dinilai oleh tim juri dari Sidikalang. Pada "
        "kategori dewasa, Juara I diraih Kelompok Tani Sumbul dari Desa Sitinjo dengan skor 86. Juara II diraih "
        "warga asal Desa Paropo dengan skor 85, dan Juara III diraih warga dari Kecamatan Tigalingga dengan skor 84.\n"
        "Sementara pada kategori remaja, Juara I disabet pelajar asal Kecamatan Sumbul, Juara II dari Kecamatan "
        "Parbuluan, dan Juara III dari Kecamatan Sidikalang. Juara Harapan I kategori remaja diraih kelompok pemuda "
        "dari Kecamatan Silahisabungan. Hadiah diserahkan langsung oleh Bupati."
    )
    names = {a.name for a in extract(Article("Judul", text, date="2024-10-27")).awards}
    assert {f"Juara {r} Lomba Masak Ikan Mas kategori dewasa" for r in ("I", "II", "III")} <= names
    assert "Juara Harapan I Lomba Masak Ikan Mas kategori remaja" in names


def test_a_contest_listing_its_last_quality_in_two_words_keeps_them_and_its_short_name() -> None:
    text = (
        "Bupati Dairi menyerahkan hadiah kepada para pemenang Lomba Kampung Asri, Rapi, Inovatif dan Ramah "
        "Lingkungan (Kampung Asihan) Tahun 2024. Juara I diraih Desa Sitinjo, Kecamatan Sitinjo."
    )
    [award] = extract(Article("Judul", text, date="2024-10-27")).awards
    assert award.name == "Juara I Lomba Kampung Asri, Rapi, Inovatif dan Ramah Lingkungan 2024"
    assert "Juara I Lomba Kampung Asihan Tahun 2024" in award.aliases


def test_winners_named_by_a_pesantren_health_post_after_their_ranks_win_the_contest() -> None:
    text = (
        "Bupati juga menyerahkan piagam dan uang pembinaan kepada pemenang Lomba Poskestren Sehat Tingkat "
        "Kabupaten Dairi Tahun 2023. Juara I diraih Poskestren Pondok Pesantren Al-Ikhlas, Kecamatan Sumbul, Juara "
        "II Poskestren Pondok Pesantren Nurul Iman, Kecamatan Sitinjo, dan Juara III Poskestren Pondok Pesantren "
        "Darussalam, Kecamatan Parbuluan."
    )
    won = {
        (a.name, a.recipient.name if a.recipient else None) for a in extract(Article("Judul", text)).awards
    }
    assert (
        "Juara II Lomba Poskestren Sehat Tingkat Kabupaten Dairi 2023",
        "Poskestren Pondok Pesantren Nurul Iman",
    ) in won


def test_a_rank_occupied_is_won_but_a_building_occupied_is_no_prize() -> None:
    text = (
        "Wali Kota Sibolga menyerahkan hadiah Lomba Inovasi Kecamatan Terbaik Tahun 2023. Kecamatan Sumbul meraih "
        "Juara I, Kecamatan Sitinjo sebagai Juara II, dan Kecamatan Parbuluan menempati Juara III."
    )
    names = {a.name for a in extract(Article("Judul", text)).awards}
    assert "Juara III Lomba Inovasi Kecamatan Terbaik 2023" in names
    moved = "Dinas Kesehatan Kota Sibolga kini menempati gedung baru di Jalan Sisingamangaraja."
    assert not extract(Article("Judul", moved)).awards


def test_a_prize_won_told_with_the_nominal_dianugerahinya_is_won() -> None:
    text = (
        "Ketua DPRD Kabupaten Dairi mengapresiasi capaian Pemkab Dairi selama setahun terakhir, di antaranya "
        "dianugerahinya predikat Kabupaten Layak Anak (KLA) kategori Nindya Tahun 2023 oleh Kementerian "
        "Pemberdayaan Perempuan dan Perlindungan Anak (KemenPPPA)."
    )
    [award] = extract(Article("Judul", text)).awards
    assert award.name == "Kabupaten Layak Anak kategori Nindya 2023"
    assert award.recipient is not None and award.recipient.name == "Pemerintah Kabupaten Dairi"


def test_a_prize_a_relative_clause_says_was_given_is_won_by_the_one_after_kepada() -> None:
    text = (
        "Kepala Dinas Sosial Kabupaten Dairi, Romauli Simbolon, melaporkan trofi predikat Kabupaten Layak Anak "
        "(KLA) kategori Nindya yang dianugerahkan Kementerian Pemberdayaan Perempuan dan Perlindungan Anak "
        "(KemenPPPA) kepada Kabupaten Dairi."
    )
    [award] = extract(Article("Judul", text)).awards
    assert award.name == "Kabupaten Layak Anak kategori Nindya"
    assert award.recipient is not None and award.recipient.name == "Pemerintah Kabupaten Dairi"
    assert award.conferred_by is not None and award.conferred_by.name.startswith("Kementerian Pemberdayaan")
    opinion = (
        "Di akhir sambutannya, Bupati menyinggung capaian opini Wajar Tanpa Pengecualian (WTP) yang diterima Pemkab "
        "Dairi dari Badan Pemeriksa Keuangan (BPK) atas Laporan Keuangan Pemerintah Daerah (LKPD) Tahun Anggaran 2022."
    )
    [wtp] = extract(Article("Judul", opinion)).awards
    assert wtp.name.startswith("Opini Wajar Tanpa Pengecualian")
    assert wtp.recipient is not None and wtp.recipient.name == "Pemerintah Kabupaten Dairi"


def test_a_prize_won_by_a_verb_before_and_given_in_a_relative_clause_is_one_award() -> None:
    text = (
        "Tim Pengendalian Inflasi Daerah (TPID) Kabupaten Dairi pernah dianugerahi predikat TPID Kabupaten "
        "Berkinerja Terbaik Wilayah Sumatera dalam ajang TPID Awards 2022 yang diserahkan Bank Indonesia."
    )
    assert len(extract(Article("Judul", text)).awards) == 1


def test_awards_listed_after_a_regions_achievements_in_its_sentence_are_won_by_that_region() -> None:
    text = (
        "Dalam sambutannya Marihot Situmorang memaparkan beberapa capaian Kabupaten Dairi tahun lalu, di antaranya "
        "predikat Kabupaten Layak Anak (KLA) kategori Madya dari Kementerian Pemberdayaan Perempuan dan "
        "Perlindungan Anak (KemenPPPA) dan opini Wajar Tanpa Pengecualian (WTP) dari Badan Pemeriksa Keuangan "
        "(BPK) Perwakilan Sumatera Utara."
    )
    [award] = [a for a in extract(Article("Judul", text, date="2024-06-03")).awards if "Layak Anak" in a.name]
    # the region the sentence names before its list, not the last body named in the list (its giver)
    assert award.recipient is not None and award.recipient.name == "Pemerintah Kabupaten Dairi"
    assert award.conferred_by is not None and award.conferred_by.name.startswith("Kementerian Pemberdayaan")


def test_a_contests_name_stops_before_the_occasion_it_is_held_for() -> None:
    text = (
        "Bupati menyerahkan penghargaan kepada para pemenang Lomba Kampung Sehat dalam rangka Gerakan Dairi "
        "Bersih. Juara I diraih Desa Jerata, Kecamatan Sumbul."
    )
    [award] = extract(Article("Judul", text, date="2024-06-03")).awards
    assert award.name == "Juara I Lomba Kampung Sehat"


def test_ranks_written_in_lower_case_after_the_first_are_awards_of_its_contest() -> None:
    """``Juara I diraih Posyandu X; juara II Posyandu Y; ... Adapun juara harapan I diraih Posyandu Z``:
    the later ranks, in lower case, are the same contest's, named as its first."""
    text = (
        "Bupati Dairi menyerahkan penghargaan Lomba Posyandu Sehat tingkat Kabupaten Dairi 2024. Juara I "
        "diraih Posyandu Lae Renun Desa Bintang, Kecamatan Sumbul; juara II Posyandu Sitinjo Asri Desa "
        "Paropo, Kecamatan Silahi Sabungan; dan juara III Posyandu Pakpak Jaya Desa Sitinjo, Kecamatan "
        "Sitinjo. Adapun juara harapan I diraih Posyandu Sumbul Indah Desa Parbuluan, Kecamatan Parbuluan."
    )
    awards = awards_in(text, "2024-06-03")
    assert [(a.name, a.recipient.name if a.recipient else None) for a in awards] == [
        ("Juara I Lomba Posyandu Sehat tingkat Kabupaten Dairi 2024", "Posyandu Lae Renun"),
        ("Juara II Lomba Posyandu Sehat tingkat Kabupaten Dairi 2024", "Posyandu Sitinjo Asri"),
        ("Juara III Lomba Posyandu Sehat tingkat Kabupaten Dairi 2024", "Posyandu Pakpak Jaya"),
        ("Juara Harapan I Lomba Posyandu Sehat tingkat Kabupaten Dairi 2024", "Posyandu Sumbul Indah"),
    ]


def test_the_prize_money_of_each_rank_is_no_award() -> None:
    text = (
        "Penyerahan hadiah Lomba Desa Tingkat Kabupaten Dairi Tahun 2024 digelar di Sidikalang. Juara I "
        "diraih Desa Bintang, Kecamatan Sumbul, sedangkan Juara II diraih Desa Paropo, Kecamatan Silahi "
        "Sabungan. Juara I mendapat uang pembinaan Rp 15 juta, Juara II Rp 10 juta, dan Juara III "
        "Rp 7,5 juta."
    )
    names = [a.name for a in awards_in(text, "2024-09-02")]
    assert not [n for n in names if "Rp" in n]


def test_a_contest_named_bare_in_a_festivals_story_is_named_with_the_festival() -> None:
    """``Dalam lomba sampan hias, Sanggar X meraih Juara I`` where the article is about the "Festival
    Lae Renun (FLR) 2023": the contest is the festival's, named with its short form and year (and with
    its full name as an alias)."""
    text = (
        "Festival Lae Renun (FLR) 2023 ditutup pada Minggu (9/7/2023) malam. Panitia juga mengumumkan para "
        "pemenang lomba. Dalam lomba sampan hias, Sanggar Sitinjo meraih Juara I, diikuti Sanggar Sumbul "
        "sebagai Juara II."
    )
    awards = awards_in(text, "2023-07-10")
    assert [a.name for a in awards] == [
        "Juara I Lomba Sampan Hias FLR 2023",
        "Juara II Lomba Sampan Hias FLR 2023",
    ]
    assert "Juara I Lomba Sampan Hias Festival Lae Renun 2023" in awards[0].aliases


@pytest.mark.parametrize(
    ("text", "award"),
    [
        (
            "MPP Dairi meraih predikat B atau Pelayanan Baik dalam Evaluasi Pelayanan Publik Tahun 2023.",
            "Pelayanan Baik",
        ),
        (
            'Pada upacara itu, Bupati Dairi menerima piagam predikat "Pelayanan Baik" bagi MPP Dairi.',
            "Pelayanan Baik",
        ),
        (
            "Pemkab Dairi meraih predikat kepatuhan sedang atau Zona Hijau dalam penilaian kepatuhan Ombudsman RI.",
            "Zona Hijau",
        ),
        ("Pemkab Dairi kini masuk Zona Hijau dalam Penilaian Kepatuhan oleh Ombudsman RI.", "Zona Hijau"),
    ],
)
def test_a_predicate_named_after_its_grade_and_atau_in_quotes_or_capitalised_is_an_award(
    text: str, award: str
) -> None:
    """ "predikat B atau Pelayanan Baik", 'piagam predikat "Pelayanan Baik"', "predikat kepatuhan sedang
    atau Zona Hijau", "masuk Zona Hijau": the predicate won is an award."""
    names = [a.name for a in awards_in(text, "2024-01-19")]
    assert any(n.startswith(award) for n in names), names


def test_a_contest_held_this_year_is_named_without_the_year_pointed_to() -> None:
    """``Lomba sampan hias tahun ini diikuti ... Juara I``: "tahun ini" is no word of the contest's name."""
    text = (
        "Festival Lae Renun 2023 digelar Pemkab Dairi di Sidikalang, Sabtu (14/10/2023). Lomba sampan hias "
        "tahun ini memperebutkan piala bupati. Sanggar Sumbul Jaya menjadi Juara I, dan Juara II diraih "
        "Sanggar Pakpak Jaya."
    )
    awards = awards_in(text, "2023-10-14")
    assert [a.name for a in awards] == [
        "Juara I Lomba Sampan Hias Festival Lae Renun 2023",
        "Juara II Lomba Sampan Hias Festival Lae Renun 2023",
    ]


def test_a_contest_named_capitalised_after_lower_case_words_is_named_from_its_noun() -> None:
    """``Puncak festival adalah pengumuman Lomba X``: the contest is "Lomba X", not the words before it."""
    text = (
        "Malam terakhir festival diisi pengumuman Lomba Barista Sidikalang bagi pemuda desa. Juara I "
        "diraih Kelompok Tani Lae Renun, dan Juara II diraih Kelompok Tani Sitinjo Jaya."
    )
    awards = awards_in(text, "2024-10-12")
    assert [a.name for a in awards] == [
        "Juara I Lomba Barista Sidikalang",
        "Juara II Lomba Barista Sidikalang",
    ]


def test_a_rank_written_after_an_awards_name_is_part_of_it() -> None:
    """``Penghargaan X Tahun 2022 peringkat II kategori kabupaten tingkat Provinsi Y``: the rank, its
    category and its level are words of the award's name ("untuk kategori" read as "kategori")."""
    text = (
        "Tahun lalu Pemkab Dairi menerima Penghargaan Pembangunan Daerah (PPD) Tahun 2022 peringkat II kategori "
        "kabupaten tingkat Provinsi Sumatera Utara di Medan. Sebelumnya Kota Sibolga meraih "
        "Penghargaan Inovasi Daerah Tahun 2021 peringkat III tingkat Provinsi Sumatera Utara untuk kategori "
        "kota, yang diserahkan di Medan."
    )
    awards = awards_in(text, "2023-05-02")
    names = [{a.name, *a.aliases} for a in awards]
    assert len(names) == 2
    assert (
        "Penghargaan Pembangunan Daerah (PPD) Tahun 2022 peringkat II kategori kabupaten tingkat Provinsi Sumatera Utara"
        in names[0]
    )
    assert (
        "Penghargaan Inovasi Daerah Tahun 2021 peringkat III tingkat Provinsi Sumatera Utara kategori kota"
        in names[1]
    )


def test_the_category_told_with_the_first_rank_is_the_later_ranks_too() -> None:
    """``Juara I kategori desa diraih A, disusul B sebagai Juara II ... Adapun Juara Harapan I jatuh kepada
    D``: the ranks after the first are of its category, until another is told."""
    text = (
        "Pada malam puncak, Bupati membagikan hadiah Lomba Desa dan Kelurahan Tangguh Bencana "
        "Tingkat Kabupaten Dairi Tahun 2023. Juara I kategori desa diraih Desa Bintang, Kecamatan Sumbul, "
        "disusul Desa Paropo, Kecamatan Silahi Sabungan, sebagai Juara II. Adapun Juara Harapan I jatuh "
        "kepada Desa Parbuluan."
    )
    awards = awards_in(text, "2023-10-14")
    contest = "Lomba Desa dan Kelurahan Tangguh Bencana Tingkat Kabupaten Dairi Tahun 2023 kategori desa"
    assert len(awards) == 3
    assert {f"Juara Harapan I {contest}", f"Juara I {contest}", f"Juara II {contest}"} <= {
        n for a in awards for n in (a.name, *a.aliases)
    }


def test_a_first_rank_in_words_after_another_category_is_told_is_an_award_of_that_category() -> None:
    """``Adapun untuk kategori kelurahan, Kelurahan X berhasil menjadi juara pertama`` after "Juara I
    diraih Desa Y": no winner speaking of that first prize again, but the category's own first prize."""
    text = (
        "Bupati membagikan hadiah Lomba Desa dan Kelurahan Sadar Hukum Tingkat Kabupaten Dairi Tahun 2023. "
        "Juara I diraih Desa Bintang, Kecamatan Sumbul, disusul Desa Paropo sebagai Juara II. Untuk "
        "kategori kelurahan, Kelurahan Sidiangkat tampil sebagai juara pertama."
    )
    awards = awards_in(text, "2023-10-14")
    [kelurahan] = [a for a in awards if "kelurahan" in a.name.split()]
    assert (
        "Juara I Lomba Desa dan Kelurahan Sadar Hukum Tingkat Kabupaten Dairi Tahun 2023 kategori kelurahan"
        in {
            kelurahan.name,
            *kelurahan.aliases,
        }
    )
    assert len(awards) == 3


def test_consolation_ranks_paired_in_lower_case_are_each_an_award() -> None:
    text = (
        "Pemkab Dairi mengumumkan pemenang Lomba Desa Tingkat Kabupaten Dairi Tahun 2024. Juara I diraih "
        "Desa Bintang, Kecamatan Sumbul. Sementara juara harapan I dan harapan II masing-masing "
        "diraih Desa Parbuluan dan Desa Paropo."
    )
    awards = awards_in(text, "2024-03-25")
    assert sorted(a.name for a in awards) == [
        "Juara Harapan I Lomba Desa Tingkat Kabupaten Dairi 2024",
        "Juara Harapan II Lomba Desa Tingkat Kabupaten Dairi 2024",
        "Juara I Lomba Desa Tingkat Kabupaten Dairi 2024",
    ]


def test_a_consolation_rank_given_as_a_predicate_to_a_village_is_the_contests_and_nobody_elses() -> None:
    """``Predikat Harapan I diberikan kepada Kelurahan X``: the contest's rank, not a predicate; won by
    the kelurahan (whose government the article does not name), not the regency's government."""
    text = (
        "Pemkab Dairi mengumumkan pemenang Lomba Kelurahan Tingkat Kabupaten Dairi Tahun 2021. Juara I "
        "diraih Kelurahan Sidiangkat. Predikat Harapan I kemudian diberikan kepada Kelurahan Paropo."
    )
    awards = awards_in(text, "2021-08-02")
    assert [(a.name, a.recipient) for a in awards] == [
        ("Juara I Lomba Kelurahan Tingkat Kabupaten Dairi 2021", None),
        ("Juara Harapan I Lomba Kelurahan Tingkat Kabupaten Dairi 2021", None),
    ]


def test_a_prize_named_after_its_certificate_is_won_by_who_its_relative_clause_names() -> None:
    text = (
        "Di ruang guru terpajang piagam Sekolah Adiwiyata Provinsi Sumatera Utara Tahun 2022 yang diraih SMP "
        "Negeri 2 Sidikalang."
    )
    [award] = awards_in(text, "2024-03-25")
    assert "Sekolah Adiwiyata Provinsi Sumatera Utara Tahun 2022" in {award.name, *award.aliases}
    assert award.recipient is not None and award.recipient.name.endswith("2 Sidikalang")


def test_ranks_after_a_level_is_told_are_of_the_contest_at_that_level_in_the_articles_region() -> None:
    """``... meraih Juara I Lomba Posyandu Tingkat Provinsi X Tahun 2019 ... Untuk tingkat kabupaten,
    Juara I diraih ...``: the later ranks are of the regency's contest, not the province's."""
    text = (
        "SIDIKALANG – Pemkab Dairi memberi piala bagi posyandu teladan di Kabupaten Dairi. Posyandu Seruni "
        "Desa Bintang, yang pada 2019 meraih Juara I Lomba Posyandu Tingkat Provinsi Sumatera Utara Tahun "
        "2019, menerima piala bergilir. Untuk tingkat kabupaten, Juara I diraih Posyandu Teratai Desa Sitinjo, disusul Posyandu "
        "Cempaka Desa Paropo sebagai Juara II. Adapun Harapan I diraih Posyandu Flamboyan Desa Parbuluan."
    )
    awards = awards_in(text, "2019-08-22")
    assert sorted(a.name for a in awards) == [
        "Juara Harapan I Lomba Posyandu Tingkat Kabupaten Dairi",
        "Juara I Lomba Posyandu Tingkat Kabupaten Dairi",
        "Juara I Lomba Posyandu Tingkat Provinsi Sumatera Utara 2019",
        "Juara II Lomba Posyandu Tingkat Kabupaten Dairi",
    ]


def test_a_rank_given_to_a_team_named_by_its_village_is_read() -> None:
    text = (
        "Lomba Solu Bolon Festival Lae Renun 2023 berlangsung di Silalahi. Juara I diraih Desa Bintang, "
        "sedangkan Juara Harapan I jatuh kepada tim Kelurahan Sidiangkat."
    )
    awards = awards_in(text, "2023-10-14")
    assert [a.name.split(" Lomba")[0] for a in awards] == ["Juara I", "Juara Harapan I"]


def test_a_lower_case_category_before_the_contest_a_rank_was_won_in_stays_in_its_name() -> None:
    text = (
        "Kopi Kelompok Tani Lae Renun dari Desa Bintang pernah meraih Juara III kategori robusta dalam "
        "Kontes Kopi Nusantara (KKN) 2021 di Jember."
    )
    [award] = awards_in(text, "2023-10-14")
    assert award.name == "Juara III Kontes Kopi Nusantara 2021 kategori robusta"


def test_a_category_of_two_lower_case_words_before_the_contest_a_rank_was_won_in_stays_in_its_name() -> None:
    """``Juara I kategori tenun ikat pada Lomba X 2022``: the category is two words, then the contest."""
    text = (
        "Kelompok Tenun Lae Renun dari Desa Bintang meraih Juara I kategori tenun ikat pada Lomba Kain "
        "Tradisional Dairi 2022 di Sidikalang."
    )
    [award] = awards_in(text, "2022-11-14")
    assert award.name == "Juara I Lomba Kain Tradisional Dairi 2022 kategori tenun ikat"
    assert "Juara I kategori tenun ikat Lomba Kain Tradisional Dairi 2022" in award.aliases


def test_a_prize_opening_the_first_sentence_after_its_dateline_is_read() -> None:
    """``SAMOSIR – Penghargaan Adipura yang diraih Pemerintah Kabupaten Samosir diarak ...``: the
    dateline is no part of the sentence's opening words."""
    text = (
        "SAMOSIR – Penghargaan Adipura yang diraih Pemerintah Kabupaten Samosir diarak keliling kota, Senin "
        "(12/8/2024). Warga menyambut di sepanjang jalan."
    )
    [award] = awards_in(text, "2024-08-12")
    assert (award.name, award.recipient.name if award.recipient else None) == (
        "Penghargaan Adipura",
        "Pemerintah Kabupaten Samosir",
    )


def test_a_prize_a_village_received_is_not_the_regencys() -> None:
    """``Trofi X yang diraih Desa Y, Kecamatan Z, diarak ...``: the village won it; its government
    unnamed, nobody the article names (not the regency's government, the fallback for a prize given
    to no one named)."""
    text = (
        "Trofi Program Kampung Iklim (ProKlim) kategori Utama yang diraih Desa Lumban Suhi, Kecamatan "
        "Pangururan, diarak keliling halaman Kantor Bupati Samosir, Senin (12/8/2024)."
    )
    [award] = awards_in(text, "2024-08-12")
    assert award.recipient is None


def test_a_prize_a_relative_clause_says_was_received_before_is_named_with_its_rank() -> None:
    """``trofi Penghargaan X Tahun 2020 peringkat II tingkat Provinsi Y yang sebelumnya diterima Pemkab
    Z``: the prize, its rank part of its name, won by the Pemkab."""
    text = (
        "Di lobi kantor bupati dipajang trofi Penghargaan Inovasi Daerah (PID) Tahun 2020 peringkat III "
        "tingkat Provinsi Sumatera Utara yang pernah diterima Pemkab Dairi."
    )
    [award] = awards_in(text, "2021-05-02")
    assert "Penghargaan Inovasi Daerah Tahun 2020 peringkat III tingkat Provinsi Sumatera Utara" in {
        award.name,
        *award.aliases,
    }
    assert award.recipient is not None and award.recipient.name == "Pemerintah Kabupaten Dairi"


def test_a_category_in_lower_case_words_ending_the_clause_after_an_award_is_part_of_its_name() -> None:
    text = (
        "Posyandu Seruni di Kelurahan Sidiangkat tahun lalu meraih Juara III Lomba Posyandu Tingkat Provinsi "
        "Sumatera Utara Tahun 2023 kategori posyandu mandiri."
    )
    [award] = awards_in(text, "2024-10-14")
    assert (
        award.name
        == "Juara III Lomba Posyandu Tingkat Provinsi Sumatera Utara 2023 kategori posyandu mandiri"
    )


def test_a_ranked_title_won_is_one_award_not_two() -> None:
    """``... yang dinobatkan sebagai Juara II Bidan Desa Teladan``: read once."""
    text = (
        "Prestasi lain datang dari Romauli, bidan desa di Kecamatan Sumbul, yang dinobatkan sebagai Juara II "
        "Bidan Desa Teladan."
    )
    assert [a.name for a in awards_in(text, "2024-08-20")] == ["Juara II Bidan Desa Teladan"]


def test_a_category_written_untuk_kategori_is_named_kategori() -> None:
    text = (
        "Kelurahan Sidiangkat meraih Juara III Lomba Kelurahan Sehat Tingkat Provinsi Sumatera Utara "
        "Tahun 2022 untuk kategori Kelurahan Perkotaan (KP)."
    )
    [award] = awards_in(text, "2024-08-20")
    assert award.name == (
        "Juara III Lomba Kelurahan Sehat Tingkat Provinsi Sumatera Utara Tahun 2022 kategori Kelurahan Perkotaan"
    )
    assert award.name.replace(" kategori ", " untuk kategori ") in award.aliases


def test_a_ranks_category_written_before_its_contest_is_also_named_so() -> None:
    """``Juara I kategori desa diraih ...`` and ``meraih peringkat II kategori kabupaten dalam penilaian
    ...``: named with the category after the contest, and as written, before it."""
    text = (
        "Bupati menyerahkan hadiah Lomba Desa Berprestasi Tingkat Kabupaten Dairi Tahun 2023. Juara I kategori "
        "desa diraih Desa Bintang, Kecamatan Sumbul. Sebelumnya, Diskominfo Dairi meraih peringkat III kategori "
        "kabupaten dalam penilaian keterbukaan informasi publik tingkat Provinsi Sumatera Utara tahun 2022."
    )
    names = {n for a in awards_in(text, "2023-10-14") for n in (a.name, *a.aliases)}
    assert {
        "Juara I Lomba Desa Berprestasi Tingkat Kabupaten Dairi Tahun 2023 kategori desa",
        "Juara I kategori desa Lomba Desa Berprestasi Tingkat Kabupaten Dairi Tahun 2023",
        "Peringkat III Penilaian Keterbukaan Informasi Publik Tingkat Provinsi Sumatera Utara Tahun 2022 "
        "kategori kabupaten",
        "Peringkat III kategori kabupaten Penilaian Keterbukaan Informasi Publik Tingkat Provinsi Sumatera "
        "Utara Tahun 2022",
    } <= names


def test_the_region_a_title_is_the_best_in_is_part_of_its_name() -> None:
    assert award_name("Puskesmas Terbaik se-Provinsi Sumatera Utara dalam ajang X") == (
        "Puskesmas Terbaik se-Provinsi Sumatera Utara"
    )


def test_an_award_a_relative_clause_says_was_won_or_received_before_is_won() -> None:
    """``... piagam predikat X yang diraih Kabupaten Y dari Z`` and ``... trofi penghargaan X yang
    telah diterima dari Z``: the award, won by the region named or the article's government."""
    shown = (
        "Di lobi kantor bupati kini dipajang piagam predikat Swasti Saba kategori Wistara yang diraih "
        "Kabupaten Dairi dari Kementerian Kesehatan pada akhir 2021."
    )
    received = (
        "Bupati Dairi Sahat Nainggolan memamerkan trofi penghargaan Swasti Saba kategori Wistara Tahun 2021 "
        "yang telah diterima dari Kementerian Kesehatan."
    )
    for text in (shown, received):
        [award] = awards_in(text, "2022-02-07")
        assert award.name.startswith("Swasti Saba kategori Wistara")
        assert award.recipient is not None and award.recipient.name == "Pemerintah Kabupaten Dairi"


def test_ranks_of_a_prize_told_by_the_best_it_is_given_to_are_named_with_it() -> None:
    """``memberikan penghargaan kepada posyandu teladan dalam pemantauan gizi balita. Juara I disabet X,
    ...``: each rank of that prize, not a bare "Juara I"; winners told without a word of praise ("kepada
    para kader posyandu") name no prize."""
    text = (
        "Seusai apel, Wakil Bupati Dairi memberikan penghargaan kepada posyandu teladan dalam pemantauan gizi "
        "balita. Juara I disabet Posyandu Anggrek, disusul Posyandu Melati sebagai Juara II."
    )
    assert sorted(a.name for a in awards_in(text, "2022-02-07")) == [
        f"Juara {rank} Posyandu Teladan dalam Pemantauan Gizi Balita" for rank in ("I", "II")
    ]
    plain = text.replace("posyandu teladan dalam pemantauan gizi balita", "para kader posyandu")
    assert sorted(a.name for a in awards_in(plain, "2022-02-07")) == ["Juara I", "Juara II"]


def test_the_occasion_a_contest_is_held_in_is_not_part_of_its_name() -> None:
    """``Juara I Lomba X dalam rangkaian Gelar Y 2021 ... Sementara Harapan I ... diraih ...``: the
    consolation ranks are of "Lomba X", as the first is; "dalam rangkaian ..." is the occasion."""
    text = (
        "Sanggar Bintang meraih Juara I Lomba Vokal Grup dalam rangkaian Gelar Budaya Dairi 2021. Hasil "
        "penjurian diumumkan di Sidikalang, Minggu (14/11/2021). Para juri menilai koreografi sanggar itu "
        "paling segar. Peringkat Juara II ditempati Sanggar Paropo. Sementara Harapan I dan Harapan II "
        "masing-masing diraih Sanggar Sitinjo dan Sanggar Sumbul."
    )
    names = [n for a in awards_in(text, "2021-11-14") for n in (a.name, *a.aliases)]
    assert "Juara Harapan I Lomba Vokal Grup" in names
    assert not [n for n in names if "rangkaian" in n]


def test_a_contest_held_at_an_occasion_named_with_its_year_is_named_with_it() -> None:
    """``Juara I Lomba X dalam rangkaian Gelar Budaya Dairi 2021``: the contest is the occasion's, its
    ranks named with it ("Juara I Lomba X Gelar Budaya Dairi 2021"), as a festival's contests are, and
    without it as written."""
    text = (
        "Sanggar Bintang meraih Juara I Lomba Vokal Grup dalam rangkaian Gelar Budaya Dairi 2021. Juara II "
        "diraih Sanggar Paropo."
    )
    awards = awards_in(text, "2021-11-14")
    assert [a.name for a in awards] == [
        "Juara I Lomba Vokal Grup Gelar Budaya Dairi 2021",
        "Juara II Lomba Vokal Grup Gelar Budaya Dairi 2021",
    ]
    # (as written, and with the year the article writes: "Juara I Lomba Vokal Grup 2021")
    assert [a.aliases for a in awards] == [
        ("Juara I Lomba Vokal Grup", "Juara I Lomba Vokal Grup 2021"),
        ("Juara II Lomba Vokal Grup", "Juara II Lomba Vokal Grup 2021"),
    ]


def test_the_best_of_a_category_told_before_wins_its_top_place() -> None:
    """``Pada kategori lingkungan, Lingkungan X tampil sebagai yang terbaik``: the contest's top place in
    that category; after a first rank of the same contest and no category or contest told, the winner
    speaking again ("... dusunnya tampil sebagai yang terbaik") wins nothing more."""
    text = (
        "Wakil Bupati Dairi membagikan hadiah Lomba Dusun dan Lingkungan Sehat Tingkat Kabupaten Dairi Tahun "
        "2021 di Sidikalang. Juara I kategori dusun disabet Dusun Lae Ambat, disusul Dusun Sopo sebagai Juara "
        "II. Pada kategori lingkungan, Lingkungan Batang Beruh tampil sebagai yang terbaik. Kepala Dusun Lae "
        "Ambat, Parlin Situmorang, bangga dusunnya tampil sebagai yang terbaik. Wakil Bupati juga memberikan "
        "piala kepada pemenang Lomba Kader Kesehatan Kategori Madya, di mana Posyandu Anggrek tampil sebagai "
        "yang terbaik."
    )
    best = [a for a in awards_in(text, "2021-11-18") if a.name.startswith("Terbaik")]
    assert [a.name for a in best] == [
        "Terbaik Lomba Dusun dan Lingkungan Sehat Tingkat Kabupaten Dairi Tahun 2021 kategori lingkungan",
        "Terbaik Lomba Kader Kesehatan Kategori Madya",
    ]
    assert {
        "Terbaik kategori lingkungan Lomba Dusun dan Lingkungan Sehat Tingkat Kabupaten Dairi Tahun 2021",
        "Terbaik Lomba Lingkungan Sehat Tingkat Kabupaten Dairi Tahun 2021",
        "Terbaik Lomba Dusun dan Lingkungan Sehat Tingkat Kabupaten Dairi 2021 kategori lingkungan",
    } <= set(best[0].aliases)
    assert best[1].aliases == ("Terbaik Lomba Kader Kesehatan Kategori Madya 2021",)  # (the article's year)
    assert best[1].recipient is not None and best[1].recipient.name == "Posyandu Anggrek"


def test_a_region_written_with_its_short_form_names_its_award_by_that_form_too() -> None:
    """``Juara II Lomba Kuliner Tradisional tingkat Provinsi Sumatera Utara (SU) Tahun 2021``: also "...
    tingkat Provinsi SU Tahun 2021", as other stories write it; and so the consolation rank of that contest."""
    text = (
        "Kelompok Sadar Wisata Sitinjo menyabet Juara II Lomba Kuliner Tradisional tingkat Provinsi Sumatera "
        "Utara (SU) Tahun 2021. Pokdarwis Paropo membawa pulang Juara Harapan II."
    )
    second, consolation = awards_in(text, "2021-09-30")
    assert "Juara II Lomba Kuliner Tradisional tingkat Provinsi SU Tahun 2021" in second.aliases
    assert "Juara Harapan II Lomba Kuliner Tradisional tingkat Provinsi SU Tahun 2021" in consolation.aliases


@pytest.mark.parametrize("short", ["KSS", "Kussi"])
def test_an_awards_name_leaves_out_a_short_form_in_brackets_however_it_is_written(short: str) -> None:
    """``Juara I Lomba Kampung Siaga Sungai (Kussi) tingkat Kabupaten Samosir 2023``: named without the
    bracketed short form, whether it is written in capitals or as a word ("Kussi"); as written, its
    alias."""
    text = f"Desa Lumban meraih Juara I Lomba Kampung Siaga Sungai ({short}) tingkat Kabupaten Samosir 2023."
    [award] = awards_in(text, "2023-11-01")
    assert award.name == "Juara I Lomba Kampung Siaga Sungai tingkat Kabupaten Samosir 2023"
    assert f"Juara I Lomba Kampung Siaga Sungai ({short}) tingkat Kabupaten Samosir 2023" in award.aliases


def test_an_award_won_from_its_giver_as_a_title_is_won_and_conferred_by_the_giver() -> None:
    """``menerima penghargaan dari Kementerian X sebagai Penyalur Terbaik I ...``: the title, conferred by
    the body named between."""
    text = (
        "Tahun lalu, Dinas Sosial Kabupaten Dairi menerima penghargaan dari Kementerian Sosial sebagai Penyalur "
        "Bantuan Sosial Terbaik I tingkat nasional."
    )
    [award] = awards_in(text, "2022-03-01")
    assert award.name.startswith("Penyalur Bantuan Sosial Terbaik I")
    assert award.recipient is not None and award.recipient.name == "Dinas Sosial Kabupaten Dairi"
    assert award.conferred_by is not None and award.conferred_by.name == "Kementerian Sosial"


def test_a_rank_among_a_region_in_an_achievement_is_of_that_not_of_a_prize_before() -> None:
    """``menempati peringkat III se-Provinsi X dalam capaian imunisasi HPV tahun 2022`` after a prize named
    in the sentence before: the rank of that achievement among the province's regions."""
    text = (
        "Bupati Dairi menerima penghargaan Pelayanan Publik Prima dari Ombudsman pada awal tahun. Tahun "
        "sebelumnya, Dairi menempati peringkat III se-Provinsi Sumatera Utara dalam capaian imunisasi HPV tahun "
        "2022."
    )
    names = [a.name for a in awards_in(text, "2023-03-01")]
    assert names[1:] == ["Peringkat III se-Provinsi Sumatera Utara Capaian Imunisasi HPV 2022"]


def test_a_rank_in_an_assessment_named_after_it_is_of_that_assessment_at_its_level() -> None:
    """``peringkat III capaian Vaksinasi X tingkat Provinsi Y 2021`` and ``peringkat III tingkat Provinsi Y
    dalam Penilaian Kinerja Z``: the rank of that achievement or assessment, its level after its name."""
    achieved = (
        "Kepala Dinas Kesehatan melaporkan bahwa Samosir meraih peringkat III capaian Vaksinasi Anak Sekolah "
        "(VAS) tingkat Provinsi Sumatera Utara 2021."
    )
    assessed = (
        "Pada 14 Agustus lalu, Samosir dinyatakan sebagai peringkat III tingkat Provinsi Sumatera Utara dalam "
        "Penilaian Kinerja Kampung Bebas Asap Rokok."
    )
    [award] = awards_in(achieved, "2022-03-01")
    assert award.name == "Peringkat III Capaian Vaksinasi Anak Sekolah tingkat Provinsi Sumatera Utara 2021"
    assert (
        "Peringkat III Capaian Vaksinasi Anak Sekolah (VAS) tingkat Provinsi Sumatera Utara 2021"
        in award.aliases
    )
    [award] = awards_in(assessed, "2022-09-01")
    assert (
        award.name
        == "Peringkat III Penilaian Kinerja Kampung Bebas Asap Rokok Tingkat Provinsi Sumatera Utara"
    )


def test_a_fiscal_incentive_received_is_an_award_from_its_giver_for_what_it_rewards() -> None:
    """``setelah diterimanya insentif fiskal kategori ... tahun 2023 dari Kementerian Keuangan senilai
    ...`` and ``memperoleh insentif fiskal dari Kementerian Keuangan atas kinerja ...``: awards written as
    a common noun, conferred by the ministry; hoped for, none."""
    received = (
        "Pemkab Dairi mencatat tambahan anggaran setelah diterimanya insentif fiskal kategori percepatan penurunan "
        "stunting tahun 2023 dari Kementerian Keuangan senilai Rp6,2 miliar."
    )
    given = (
        "Wakil Bupati mengatakan Kabupaten Dairi juga memperoleh insentif fiskal dari Kementerian Keuangan "
        "atas kinerja penghapusan kemiskinan ekstrem periode 2023."
    )
    names = []
    for text in (received, given):
        [award] = awards_in(text, "2023-12-01")
        assert award.recipient is not None and award.recipient.name == "Pemerintah Kabupaten Dairi"
        assert award.conferred_by is not None and award.conferred_by.name == "Kementerian Keuangan"
        names.append(award.name)
    assert names == [
        "Insentif Fiskal kategori percepatan penurunan stunting 2023",
        "Insentif Fiskal atas kinerja penghapusan kemiskinan ekstrem periode 2023",
    ]
    assert awards_in("Bupati berharap Dairi bisa meraih insentif fiskal tahun depan.", "2023-12-01") == []


def test_a_rank_of_a_contest_named_between_it_and_its_verb_is_won() -> None:
    """``Gelar Juara I Lomba Kampung Literasi tahun ini disabet Kampung X``: the contest's rank, won (the
    year pointed to is no part of its name); the rank after it is that contest's."""
    text = (
        "Gelar Juara I Lomba Kampung Literasi tahun ini disabet Kampung Sitinjo. Juara II disabet Kampung "
        "Paropo."
    )
    assert [a.name for a in awards_in(text, "2021-08-20")] == [
        "Juara I Lomba Kampung Literasi",
        "Juara II Lomba Kampung Literasi",
    ]


def test_a_rank_of_a_contest_named_short_is_of_the_one_named_in_full_before() -> None:
    """``... mengumumkan pemenang Lomba Kampung Literasi Tingkat Kabupaten Dairi Tahun 2021 ... Gelar Juara
    I Lomba Kampung Literasi tahun ini disabet ...``: the full contest's ranks, the short names their
    aliases; also a category's first prize told in words."""
    text = (
        "Sebelum itu, Bupati mengumumkan pemenang Lomba Kampung Literasi Tingkat Kabupaten Dairi Tahun 2021 di "
        "halaman kantor bupati. Gelar Juara I Lomba Kampung Literasi tahun ini disabet Kampung Sitinjo. Juara "
        "II disabet Kampung Paropo. Pada kategori lingkungan, Lingkungan Batang Beruh menjadi juara pertama."
    )
    first, second, lingkungan = awards_in(text, "2021-08-20")
    full = "Lomba Kampung Literasi Tingkat Kabupaten Dairi"
    assert (first.name, second.name) == (f"Juara I {full} 2021", f"Juara II {full} 2021")
    assert "Juara I Lomba Kampung Literasi" in first.aliases
    assert f"Juara I {full} Tahun 2021 kategori lingkungan" in (lingkungan.name, *lingkungan.aliases)


def test_a_rank_of_a_contest_named_short_with_its_year_is_of_the_one_named_with_its_region() -> None:
    """``... Lomba Lorong Bersih Kota Sibolga 2024 ... para pemenang Lomba Lorong Bersih 2024 ... Juara I
    diraih ...``: the contest as named with its region, the short name an alias."""
    text = (
        "Wali Kota Sibolga mengumumkan hasil Lomba Lorong Bersih Kota Sibolga 2024 di halaman Balai Kota, Rabu "
        "(14/5/2024).\n\nTrofi diberikan kepada para pemenang Lomba Lorong Bersih 2024 yang diadakan DLH. "
        "Juara I diraih Kelurahan Pancuran Gerobak. Juara II diraih Kelurahan Aek Habil."
    )
    first, second = awards_in(text, "2024-05-16")
    full = "Lomba Lorong Bersih Kota Sibolga 2024"
    assert (first.name, second.name) == (f"Juara I {full}", f"Juara II {full}")
    assert "Juara II Lomba Lorong Bersih 2024" in second.aliases
    # (another contest's year, or the same contest's in another year, is no fuller name of it)
    other = text.replace("Kota Sibolga 2024", "Kota Sibolga 2023")
    assert awards_in(other, "2024-05-16")[0].name == "Juara I Lomba Lorong Bersih 2024"


def test_a_rank_won_in_one_kind_of_a_two_kind_contest_is_also_named_as_that_kinds_contest() -> None:
    text = (
        "Hadiah Lomba Dusun dan Lingkungan Sehat tingkat Kabupaten Dairi Tahun 2021 dibagikan Wakil Bupati di "
        "Sidikalang. Juara I disabet Dusun Lae Ambat. Pada kategori lingkungan, Lingkungan Batang Beruh menjadi "
        "juara pertama."
    )
    first, lingkungan = awards_in(text, "2021-11-18")
    assert "Juara I Lomba Lingkungan Sehat tingkat Kabupaten Dairi Tahun 2021" in lingkungan.aliases
    assert not [n for n in first.aliases if "Lomba Lingkungan" in n]  # (no category told: both kinds')


def test_the_ranks_of_a_musabaqah_are_of_its_branches_and_of_the_whole() -> None:
    """An MTQ's results: ``dinyatakan sebagai Juara Umum III`` (the overall place), ``menjadi Juara I
    cabang X`` and ``meraih Harapan II cabang Y`` (a branch's ranks, of the whole contest, not of the
    branch won just before), each named with the contest, and as written, by its short form and the
    branch first."""
    text = (
        "SIBOLGA – Musabaqah Tilawatil Quran (MTQ) ke-XXXIX Tingkat Provinsi Sumatera Utara resmi ditutup di "
        "Kota Sibolga, Kamis (9/6/2022) malam. Dalam pengumuman hasil akhir, Dairi dinyatakan sebagai Juara "
        "Umum III. Regu Musabaqah Syarhil Quran (MSQ) Dairi menyabet Juara II. Selain itu, Parlin Situmorang "
        "menjadi Juara I cabang Tafsir Bahasa Arab, sedangkan Romauli Simbolon meraih Harapan II cabang Khattil "
        "Quran Dekorasi."
    )
    awards = {a.name: a for a in awards_in(text, "2022-06-10")}
    mtq = "Musabaqah Tilawatil Quran ke-XXXIX Tingkat Provinsi Sumatera Utara"
    assert {
        f"Juara Umum III {mtq}",
        f"Juara I {mtq} cabang Tafsir Bahasa Arab",
        f"Juara Harapan II {mtq} cabang Khattil Quran Dekorasi",
    } <= set(awards)
    assert {
        "Juara I MTQ ke-XXXIX Tingkat Provinsi Sumatera Utara cabang Tafsir Bahasa Arab",
        "Juara I cabang Tafsir Bahasa Arab MTQ ke-XXXIX Tingkat Provinsi Sumatera Utara",
    } <= set(awards[f"Juara I {mtq} cabang Tafsir Bahasa Arab"].aliases)


def test_a_consolation_rank_written_without_juara_after_a_verb_of_winning_is_won() -> None:
    [award] = awards_in(
        "Sanggar Sitinjo meraih Harapan II Lomba Paduan Suara Tingkat Kabupaten Dairi 2021.", "2021-08-20"
    )
    assert award.name == "Juara Harapan II Lomba Paduan Suara Tingkat Kabupaten Dairi 2021"


def test_a_rank_of_a_two_kind_contest_named_short_by_one_kind_is_that_kinds_contest_too() -> None:
    """``Juara I Lomba Dusun`` after ``Lomba Dusun dan Lingkungan Sehat Tingkat Kabupaten X Tahun 2022``:
    the rank of the contest in full, also named as the kind its short name says."""
    text = (
        "Bupati Dairi membagikan hadiah Lomba Dusun dan Lingkungan Sehat Tingkat Kabupaten Dairi Tahun 2022 "
        "di Sidikalang. Adapun Juara I Lomba Dusun disabet Dusun Lae Ambat, Kecamatan Sumbul."
    )
    [award] = awards_in(text, "2022-09-02")
    assert award.name == "Juara I Lomba Dusun dan Lingkungan Sehat Tingkat Kabupaten Dairi 2022"
    assert "Juara I Lomba Dusun Sehat Tingkat Kabupaten Dairi Tahun 2022" in award.aliases
    assert not [n for n in award.aliases if "Lomba Lingkungan" in n]


def test_a_place_in_the_ranking_written_without_juara_is_the_contests_rank() -> None:
    awards = awards_in(
        "SIDIKALANG – Hasil Lomba Cerdas Cermat Posyandu se-Kabupaten Dairi 2024 diumumkan di Sidikalang, Senin "
        "(19/8/2024). Juara I diraih Posyandu Anggrek dari Kecamatan Sumbul. Tempat kedua diraih Posyandu "
        "Mawar, sementara posisi ketiga ditempati Posyandu Melur.",
        "2024-08-20",
    )
    won = {(a.name, a.recipient.name if a.recipient else None) for a in awards}
    assert won == {
        ("Juara I Lomba Cerdas Cermat Posyandu se-Kabupaten Dairi 2024", "Posyandu Anggrek"),
        ("Juara kedua Lomba Cerdas Cermat Posyandu se-Kabupaten Dairi 2024", "Posyandu Mawar"),
        ("Juara ketiga Lomba Cerdas Cermat Posyandu se-Kabupaten Dairi 2024", "Posyandu Melur"),
    }


def test_a_rank_told_paragraphs_after_its_contest_is_not_of_a_festival_said_in_passing() -> None:
    awards = awards_in(
        "SIDIKALANG – Lomba Durian Unggul digelar di Desa Bintang, Sabtu (5/8/2023), diikuti 30 petani.\n\n"
        "Menurut Bupati Dairi, festival sudah memasuki tahun kelima dan terus berkembang.\n\n"
        "Setelah penjurian selesai, juara pertama diraih Kelompok Tani Maju Bersama.",
        "2023-08-06",
    )
    # ("festival sudah ...": no contest's name, a festival told of in passing)
    assert [(a.name, a.recipient.name if a.recipient else None) for a in awards] == [
        ("Juara pertama Lomba Durian Unggul", "Poktan Maju Bersama")
    ]


def test_a_ranks_category_is_named_on_either_side_of_its_contest() -> None:
    """``Desa X meraih Juara II kategori Desa Wisata Berkembang`` in a contest named before: named with
    its category after the contest, and before it, as both are written; and the other way round."""
    text = (
        "Dalam Lomba Desa Wisata Tingkat Provinsi Sumatera Utara 2024, Desa Tongging meraih Juara I. Desa "
        "Silalahi meraih Juara II kategori Desa Wisata Berkembang."
    )
    contest = "Lomba Desa Wisata Tingkat Provinsi Sumatera Utara 2024"
    second = awards_in(text, "2024-05-16")[1]
    assert second.name == f"Juara II {contest} kategori Desa Wisata Berkembang"
    assert f"Juara II kategori Desa Wisata Berkembang {contest}" in second.aliases
    before = Award(f"Harapan I kategori Desa Wisata Rintisan {contest}", second.span, None, None)
    assert _category_either_side(before).aliases == (f"Harapan I {contest} kategori Desa Wisata Rintisan",)


def test_each_rank_of_a_line_listing_a_categorys_winners_is_that_categorys() -> None:
    """``Kategori Ulos Sadum: Juara I Kelompok X (...), Juara II Kelompok Y, ...``, one line a category:
    each rank is the festival's, in that line's category, won by the one named after it; "Lomba
    dipertandingkan dalam tiga kategori" names no contest."""
    text = (
        "Festival Ulos Samosir 2024 ditutup Sabtu (10/8/2024) malam di Pangururan. Sebanyak 40 kelompok "
        "penenun dari sembilan kecamatan ambil bagian. Lomba dipertandingkan dalam tiga kategori.\n\n"
        "Daftar juara:\n\n"
        "Kategori Ulos Sadum: Juara I Kelompok Tenun Ulos Nauli (Desa Lumban, Pangururan), Juara II Kelompok "
        "Tenun Sopo Bolon (Kecamatan Simanindo), Juara III Kelompok Tenun Marsada (Kecamatan Palipi).\n\n"
        "Kategori Ragi Hotang: Juara I Kelompok Tenun Marsada (Kecamatan Palipi), Juara II Kelompok Tenun Ulos "
        "Nauli (Pangururan).\n\nKategori Busana Pelajar: Juara I SMA Negeri 1 Pangururan, Juara II SMP "
        "Negeri 2 Simanindo."
    )
    festival = "Festival Ulos Samosir 2024"
    assert [(a.name, a.recipient.name if a.recipient else None) for a in awards_in(text, "2024-08-11")] == [
        (f"Juara I {festival} kategori Ulos Sadum", "Kelompok Tenun Ulos Nauli"),
        (f"Juara II {festival} kategori Ulos Sadum", "Kelompok Tenun Sopo Bolon"),
        (f"Juara III {festival} kategori Ulos Sadum", "Kelompok Tenun Marsada"),
        (f"Juara I {festival} kategori Ragi Hotang", "Kelompok Tenun Marsada"),
        (f"Juara II {festival} kategori Ragi Hotang", "Kelompok Tenun Ulos Nauli"),
        (f"Juara I {festival} kategori Busana Pelajar", "SMAN 1 Pangururan"),
        (f"Juara II {festival} kategori Busana Pelajar", "SMPN 2 Simanindo"),
    ]


def test_each_rank_of_a_sentence_listing_a_categorys_winners_is_that_categorys() -> None:
    """``Panitia membacakan pemenang. Kategori semi washed: Juara I X; Juara II Y. Kategori honey: Juara
    I Z``: a category's list of winners opening a sentence, not a line, names its ranks as a line
    does."""
    text = (
        "Dinas Pertanian Kabupaten Dairi menggelar Lomba Kopi Spesialti Dairi 2022 di Sidikalang. Panitia "
        "membacakan para pemenang. Kategori semi washed: Juara I Kelompok Tani Lae Renun (nilai 88,10); "
        "Juara II Kelompok Tani Marsada (nilai 87,40). Kategori honey: Juara I Kelompok Tani Sopo Bolon."
    )
    contest = "Lomba Kopi Spesialti Dairi 2022"
    assert [(a.name, a.recipient.name if a.recipient else None) for a in awards_in(text, "2022-11-14")] == [
        (f"Juara I {contest} kategori semi washed", "Poktan Lae Renun"),
        (f"Juara II {contest} kategori semi washed", "Poktan Marsada"),
        (f"Juara I {contest} kategori honey", "Poktan Sopo Bolon"),
    ]


def test_ranks_listed_after_their_contest_is_pointed_back_to_are_that_contests() -> None:
    """``Festival tahunan ini sudah ...`` describes the festival named before (no contest "Festival
    tahunan"), and ``Panitia lalu mengumumkan hasil kontes tersebut. Kategori arabika: Juara I ...`` lists the
    ranks of the last "Kontes ..." named, paragraphs before."""
    text = (
        "Kelompok Tani Lae Renun dari Desa Sidomulyo meraih juara pertama Kontes Kopi Dairi pada Festival "
        "Kopi Sidikalang 2019.\n\nFestival tahunan ini sudah lima kali diadakan oleh Pemkab Dairi. Ada 40 "
        "sampel kopi yang dinilai.\n\nPara juri menilai aroma dan rasa. Penilaian berlangsung dua hari.\n\n"
        "Panitia lalu mengumumkan hasil kontes tersebut. Kategori arabika: Juara I Kelompok Tani Lae Renun, "
        "Desa Sidomulyo (nilai 88,10); Juara II Kelompok Tani Marsada, Desa Bintang (87,40)."
    )
    assert [a.name for a in awards_in(text, "2019-08-24")][1:] == [
        "Juara I Kontes Kopi Dairi kategori arabika",
        "Juara II Kontes Kopi Dairi kategori arabika",
    ]
    described = text.replace("Para juri menilai aroma dan rasa. Penilaian berlangsung dua hari.\n\n", "")
    described = described.replace("Panitia lalu mengumumkan hasil kontes tersebut. ", "")
    assert not any("tahunan" in a.name for a in awards_in(described, "2019-08-24"))


def test_a_category_told_before_ranks_may_hold_a_capitalised_or_hyphenated_word() -> None:
    """``Untuk kategori tari Tortor, juara I diraih X``, ``Pada kategori atraksi mar-tumba, ...``: the
    ranks after are that category's, as after "Pada kategori arabika,"."""
    text = (
        "Dinas Pariwisata menggelar Lomba Budaya Samosir 2023 di Pangururan. Untuk kategori tari Tortor, juara "
        "I diraih Sanggar Sopo Bolon, juara II Sanggar Nauli. Pada kategori atraksi mar-tumba, juara I diraih "
        "Sanggar Marsada."
    )
    contest = "Lomba Budaya Samosir 2023"
    assert [a.name for a in awards_in(text, "2023-07-10")] == [
        f"Juara I {contest} kategori tari Tortor",
        f"Juara II {contest} kategori tari Tortor",
        f"Juara I {contest} kategori atraksi mar-tumba",
    ]


def test_a_category_told_before_ranks_may_be_capitalised_whole() -> None:
    """``Pada kategori Paduan Suara Dewasa Campuran, juara I diraih ...``: a category named in capitals."""
    text = (
        "Festival Paduan Suara Gerejawi Kabupaten Samosir 2023 ditutup di Pangururan. Pada kategori Vokal Grup "
        "Remaja, juara I diraih Kecamatan Simanindo, juara II Kecamatan Onan Runggu."
    )
    contest = "Festival Paduan Suara Gerejawi Kabupaten Samosir 2023"
    assert [a.name for a in awards_in(text, "2023-07-10")] == [
        f"Juara I {contest} kategori Vokal Grup Remaja",
        f"Juara II {contest} kategori Vokal Grup Remaja",
    ]


def test_a_winner_the_jury_places_as_a_rank_wins_it() -> None:
    """``Keputusan juri menempatkan X sebagai juara I``, ``dewan juri menetapkan X sebagai juara II``:
    the jury naming the winner of the contest the sentence before names."""
    text = (
        "Dinas Pertanian mengadakan Lomba Barista Kopi Toba di Balige. Keputusan juri menempatkan Kelompok "
        "Tani Marsada dari Desa Lumban sebagai juara I dengan nilai 88."
    )
    [first] = awards_in(text, "2024-07-13")
    assert first.name == "Juara I Lomba Barista Kopi Toba"
    said = "Lomba Busana Ulos digelar di Balige. Dewan juri menetapkan Romauli Simbolon sebagai juara II."
    assert [a.name for a in awards_in(said, "2024-07-13")] == ["Juara II Lomba Busana Ulos"]


def test_every_item_of_a_long_numbered_list_of_ranks_is_of_the_contest_named_above_it() -> None:
    """``Berikut daftar pemenang Lomba X:`` then ``1. Juara I: Desa A`` ... ``5. Harapan II: Desa E``: an
    item's number opens its sentence (it made a sentence of its own), so the contest named above the
    list is within reach of each item, though the article named it short before."""
    text = (
        "Tahun ini Pemkab Samosir kembali mengadakan Lomba Kampung Asri dan Lestari untuk seluruh desa.\n\n"
        "Berikut daftar pemenang Lomba Kampung Asri dan Lestari tingkat Kabupaten Samosir 2024:\n1. "
        "Juara I: Desa Lumban, Kecamatan Pangururan\n2. Juara II: Desa Tomok, Kecamatan Simanindo\n3. Juara "
        "III: Desa Ambarita, Kecamatan Simanindo\n4. Harapan I: Desa Tuktuk, Kecamatan Simanindo\n5. Harapan "
        "II: Desa Huta Ginjang, Kecamatan Sianjur Mula-Mula"
    )
    contest = "Lomba Kampung Asri dan Lestari tingkat Kabupaten Samosir 2024"
    assert [a.name for a in awards_in(text, "2024-08-18")] == [
        f"Juara I {contest}",
        f"Juara II {contest}",
        f"Juara III {contest}",
        f"Juara Harapan I {contest}",
        f"Juara Harapan II {contest}",
    ]


def test_the_region_a_winner_comes_from_is_no_winner() -> None:
    """``Desa X dari Kabupaten Toba ... Juara II``: the regency is where the village lies, not the winner,
    and its government, which the article never names, is no body of it."""
    text = (
        "Pada Lomba Desa Tingkat Provinsi Sumatera Utara 2022, Desa Tomok dari Kabupaten Toba berhasil menjadi "
        "Juara II, dan Desa Ambarita dari Kabupaten Dairi berhasil menjadi Juara III."
    )
    x = extract(Article(title="Judul", text=text, url="https://example.go.id/a", date="2022-09-15"))
    assert [a.name for a in x.awards] == [
        "Juara II Lomba Desa Tingkat Provinsi Sumatera Utara 2022",
        "Juara III Lomba Desa Tingkat Provinsi Sumatera Utara 2022",
    ]
    assert all(a.recipient is None for a in x.awards)
    assert not [e.name for e in x.entities if e.type is EntityType.ORGANIZATION]


def test_each_rank_of_a_line_listing_a_branchs_winners_is_named_with_that_branch() -> None:
    """``Tortor: Juara I SMPN 3, Juara II SMPN 2, ...``, one line a branch of the contest: each rank is
    an award named as the line writes it ("Juara I Tortor"), won by the one named after it; a line of
    one rank, or one opening with a word of results ("Hasil: ..."), lists no branch."""
    text = (
        "Lomba Budaya Batak tingkat SMP se-Kabupaten Samosir 2022 ditutup Kamis (22/9/2022). Hasil per cabang "
        "lomba:\n\nMarhata: Juara I Tumpal Sinaga (SMPN 1), Juara II Romauli Simbolon (SMPN 2).\n\nTortor: "
        "Juara I SMPN 3 Pangururan, Juara II SMPN 2 Pangururan, Juara III SMP Swasta Budi Mulia.\n\nCatatan: "
        "Juara I berhak mewakili kabupaten."
    )
    assert [(a.name, a.recipient.name if a.recipient else None) for a in awards_in(text, "2022-09-26")] == [
        ("Juara I Marhata", "Tumpal Sinaga"),
        ("Juara II Marhata", "Romauli Simbolon"),
        ("Juara I Tortor", "SMPN 3 Pangururan"),
        ("Juara II Tortor", "SMPN 2 Pangururan"),
        ("Juara III Tortor", "SMP Swasta Budi Mulia"),
    ]


def test_a_line_of_a_contests_winners_in_lower_case_lists_them_and_may_hold_one() -> None:
    """``Lomba solu putra: juara I Nama (Kecamatan), juara II ...``: its ranks written in lower case,
    each an award won by the one named after it (of the festival named before); a line of a contest
    of its own may hold its one winner (``Lomba solu putri: juara I Nama``)."""
    text = (
        "Festival Danau Toba 2023 ditutup Sabtu (9/9/2023). Hasil lomba per cabang sebagai berikut. Lomba solu "
        "putra: juara I Tumpal Sinaga (Pangururan), juara II Binsar Manurung (Simanindo). Lomba solu putri: "
        "juara I Purnama Sinaga (Onan Runggu)."
    )
    assert [(a.name, a.recipient.name if a.recipient else None) for a in awards_in(text, "2023-09-10")] == [
        ("Juara I Lomba Solu Putra Festival Danau Toba 2023", "Tumpal Sinaga"),
        ("Juara II Lomba Solu Putra Festival Danau Toba 2023", "Binsar Manurung"),
        ("Juara I Lomba Solu Putri Festival Danau Toba 2023", "Purnama Sinaga"),
    ]


def test_a_lower_case_category_naming_a_kind_of_village_keeps_all_its_words() -> None:
    """``... kategori desa wisata,``: the category runs to the clause's end, not only to the kind of
    region ("desa") it opens with."""
    text = (
        "Desa Tomok meraih Juara II Lomba Kampung Tenun Tingkat Provinsi Sumatera Utara Tahun 2024 kategori "
        "desa wisata, sedangkan Desa Ambarita menempati peringkat III untuk kategori desa budaya."
    )
    names = [a.name for a in awards_in(text, "2024-08-02")]
    assert any(n.endswith("kategori desa wisata") for n in names), names
    assert not any(n.endswith("kategori desa") for n in names), names


def test_a_categorys_winners_listed_with_ranks_in_lower_case_are_each_an_award() -> None:
    text = (
        "Kontes Tenun Ulos Samosir 2024 diikuti 60 penenun. Kategori ulos ragi hotang: juara I Romauli "
        "Simbolon (Desa Tomok, Simanindo) dengan nilai 88,5; juara II Kelompok Tenun Marsada (Pangururan) "
        "dengan nilai 87; juara III Binsar Manurung (Lumban Suhi) dengan nilai 86."
    )
    assert [(a.name, a.recipient.name if a.recipient else None) for a in awards_in(text, "2024-08-02")] == [
        ("Juara I Kontes Tenun Ulos Samosir 2024 kategori ulos ragi hotang", "Romauli Simbolon"),
        ("Juara II Kontes Tenun Ulos Samosir 2024 kategori ulos ragi hotang", "Kelompok Tenun Marsada"),
        ("Juara III Kontes Tenun Ulos Samosir 2024 kategori ulos ragi hotang", "Binsar Manurung"),
    ]


def test_the_winner_named_before_a_rank_wins_it_not_the_next_one_after_disusul() -> None:
    text = (
        "Lomba Tenun Ulos Kabupaten Samosir 2023 diikuti 40 penenun. Hasilnya, Romauli Simbolon dari Desa "
        "Tomok keluar sebagai juara I, disusul Binsar Manurung dari Kecamatan Simanindo di posisi kedua."
    )
    assert [(a.name, a.recipient.name if a.recipient else None) for a in awards_in(text, "2023-08-02")] == [
        ("Juara I Lomba Tenun Ulos Kabupaten Samosir 2023", "Romauli Simbolon"),
        ("Juara kedua Lomba Tenun Ulos Kabupaten Samosir 2023", "Binsar Manurung"),
    ]


def test_a_win_told_again_by_a_possessive_subject_is_no_award() -> None:
    """``Ketua Pokdarwis X, Binsar, mengaku tak menyangka kampungnya keluar sebagai yang terbaik``: the
    village's win told again in its head's words; no award of "Terbaik" for him."""
    text = (
        "Dewan juri Lomba Kampung Tematik Samosir 2023 mengumumkan pemenang di Pangururan. Ketua Pokdarwis "
        "Kampung Sitio, Binsar Manurung, mengaku tak menyangka kampungnya keluar sebagai yang terbaik."
    )
    assert not [a for a in awards_in(text, "2023-08-23") if a.name.startswith("Terbaik")]


def test_a_rank_alone_after_an_award_won_at_another_place_of_its_ranking_is_that_awards() -> None:
    """``Peringkat pertama diraih Kabupaten Y`` after ``X meraih Peringkat II Penghargaan Z Tahun 2023 ...
    untuk kategori kabupaten``: the other place of award Z (and its category), not a bare rank; a place
    told with a category of its own is in that category instead."""
    text = (
        "Kabupaten Samosir meraih Peringkat II Penghargaan Pembangunan Daerah Tahun 2023 tingkat Provinsi "
        "Sumatera Utara untuk kategori kabupaten. Peringkat pertama diraih Kabupaten Toba, sementara "
        "Kabupaten Dairi berada di posisi berikutnya."
    )
    first = [a for a in awards_in(text, "2023-05-02") if a.recipient and a.recipient.name.endswith("Toba")]
    assert [a.name for a in first] == [
        "Peringkat pertama Penghargaan Pembangunan Daerah Tahun 2023 tingkat Provinsi Sumatera Utara kategori kabupaten"
    ]
    assert (
        "Peringkat I Penghargaan Pembangunan Daerah Tahun 2023 tingkat Provinsi Sumatera Utara kategori kabupaten"
        in first[0].aliases
    )

    text = (
        "Pesta Rondang Bintang dinobatkan sebagai peringkat pertama Anugerah Pesona Danau Toba 2023 kategori "
        "Atraksi Budaya Terbaik. Pada malam yang sama, Samosir juga meraih peringkat kedua kategori Kuliner "
        "Terbaik untuk Desa Tomok."
    )
    names = {n for a in awards_in(text, "2023-05-02") for n in (a.name, *a.aliases)}
    assert "Peringkat kedua kategori Kuliner Terbaik Anugerah Pesona Danau Toba 2023" in names, names
    assert not [n for n in names if n.startswith("Peringkat kedua") and "Atraksi" in n], names


def test_a_place_in_a_ranking_written_in_lower_case_ends_before_the_next_winner_joined_to_it() -> None:
    """``disusul PT B di peringkat kedua dan PT C di peringkat ketiga``: "peringkat kedua" won by PT B,
    not an award "Peringkat Kedua dan PT C"."""
    text = (
        "Pemkab Samosir menyerahkan Penghargaan Mitra Pariwisata Samosir 2023 kepada pelaku usaha terbaik. "
        "Peringkat pertama diraih PT Tomok Wisata Lestari, disusul PT Tuktuk Indah Permai di peringkat kedua "
        "dan PT Ambarita Jaya Abadi di peringkat ketiga."
    )
    found = awards_in(text, "2023-05-02")
    assert not [a.name for a in found if " dan " in a.name], [a.name for a in found]
    second = [a for a in found if a.name.casefold().startswith("peringkat kedua")]
    assert [a.recipient.name if a.recipient else None for a in second] == ["PT Tuktuk Indah Permai"]


def test_ranks_listed_under_a_heading_that_names_the_contests_noun_are_of_that_contest() -> None:
    """``Berikut daftar pemenang lomba:`` paragraphs after "Lomba X pada Festival Y 2025": the ranks
    listed are of the contest the heading's noun points back to, though the article names a festival
    too."""
    text = (
        "PANGURURAN – Tenun karya Kelompok Tenun Marsiurupan keluar sebagai yang terbaik dalam Lomba Tenun "
        "Ulos Samosir pada Festival Danau Toba 2025. Pengumuman pemenang berlangsung di Pangururan, Sabtu, "
        "17 Mei 2025 malam.\n\nLomba yang diikuti 64 penenun dari sembilan kecamatan itu diselenggarakan "
        "Dinas Pariwisata Kabupaten Samosir.\n\nBerikut daftar pemenang lomba:\n\nJuara I: Kelompok Tenun "
        "Marsiurupan, Desa Tomok\n\nJuara II: Sanggar Tenun Sauduran, Kecamatan Simanindo"
    )
    names = {n for a in awards_in(text, "2025-05-18") for n in (a.name, *a.aliases)}
    assert {"Juara I Lomba Tenun Ulos Samosir", "Juara II Lomba Tenun Ulos Samosir"} <= names


def test_the_owner_of_what_won_a_listed_rank_is_its_winner_named_by_one_word_too() -> None:
    """``Kelas Dara: Juara I sapi milik Marulam (Desa X), Juara II milik Rosdiana Sinaga (Desa Y)``: each
    rank of the line is won by the owner named after "milik", a person though named by one word, with
    where the owner comes from after the name."""
    text = (
        "Pemkab Samosir menggelar kontes sapi di Pangururan, Sabtu (16/11/2019). Berikut daftar pemenangnya:"
        "\n\nKelas Dara: Juara I sapi milik Marulam (Desa Tomok, Kecamatan Simanindo), Juara II milik "
        "Rosdiana Sinaga (Desa Ambarita, Kecamatan Simanindo)."
    )
    won = {(a.name, a.recipient.name if a.recipient else None) for a in awards_in(text, "2019-11-17")}
    assert {("Juara I Kelas Dara", "Marulam"), ("Juara II Kelas Dara", "Rosdiana Sinaga")} <= won, won


def test_a_rank_after_another_with_its_verb_left_out_but_oleh_kept_is_won_by_who_follows() -> None:
    """``Juara II diraih A (X), dan Juara III oleh B dari Y``: Juara III won by B (the verb left out, its
    "oleh" kept), not a programme "B dari Y" that confers it."""
    text = (
        "Lomba menenun ulos antarkecamatan di Samosir usai. Juara II diraih Rosdiana Sinaga (Pangururan), "
        "dan Juara III oleh Marulam Sinaga dari Desa Tuktuk."
    )
    x = extract(Article("Judul", text, date="2025-07-19"))
    third = [a for a in x.awards if a.name.startswith("Juara III")]
    assert [a.recipient.name if a.recipient else None for a in third] == ["Marulam Sinaga"]
    assert not [e.name for e in x.entities if e.type is EntityType.PROGRAM and "Marulam" in e.name]


def test_a_rank_shown_as_won_in_a_category_of_school_levels_is_of_that_category() -> None:
    """ "Untuk kategori SD/MI, A dari SD Negeri 3 X tampil sebagai Juara I": a rank won ("tampil sebagai") in
    a category whose levels are joined by a slash, not the Juara I of the category told before."""
    text = (
        "Dinas Pariwisata Samosir mengumumkan pemenang Lomba Gambar Ulos. Pada kategori umum, Juara I diraih "
        "Tumpal Sinaga dari Desa Tomok. Untuk kategori SD/MI, Lestari Manurung dari SD Negeri 3 Pangururan "
        "tampil sebagai Juara I, disusul Dewi Sitanggang dari SD Negeri 1 Palipi."
    )
    won = {a.name: a.recipient.name if a.recipient else None for a in awards_in(text, "2021-10-05")}
    assert "Juara I Lomba Gambar Ulos kategori SD/MI" in won, won
    assert won.get("Juara I Lomba Gambar Ulos kategori umum") == "Tumpal Sinaga", won


def test_an_item_of_a_contest_names_no_contest_a_rank_was_won_in() -> None:
    """ "Dalam lomba solu bolon yang menjadi mata lomba pertama, tim X tampil sebagai juara pertama": the
    rank is of the solu bolon race, not of a contest "Lomba Pertama" ("mata lomba": an item of one)."""
    text = (
        "Festival Danau Samosir 2025 resmi ditutup. Dalam lomba solu bolon yang menjadi mata lomba pertama, "
        "Tim Tomok Jaya dari Desa Tomok tampil sebagai juara pertama setelah unggul atas Tim Tuktuk."
    )
    names = [a.name for a in awards_in(text, "2025-07-19")]
    assert names and all("solu bolon" in n.casefold() for n in names), names


def test_a_later_rank_is_won_in_the_contest_named_before_not_in_a_festival_said_to_run() -> None:
    """ "juara I Lomba X dalam Festival Y. ... selama festival berlangsung ... . Juara II diraih A, disusul
    B di posisi ketiga": the later ranks are Lomba X's; "festival berlangsung" (the festival named before,
    said to run) names no contest."""
    found = awards_in(
        "PANGURURAN – Sanggar Sipiso dari Desa Tomok keluar sebagai juara I Lomba Tortor Kreasi dalam Festival"
        " Horas Samosir 2025. Malam penganugerahan digelar selama festival berlangsung di Lapangan Pangururan,"
        " Sabtu (12/7/2025).\n\nJuara II diraih Sanggar Sitanggang dari Desa Tuktuk, disusul Sanggar Marulam"
        " dari Desa Palipi di posisi ketiga.",
        "2025-07-13",
    )
    assert len(found) == 3 and all("Lomba Tortor Kreasi" in a.name for a in found), [a.name for a in found]


def test_a_medal_won_is_an_award_named_by_its_colour_and_event() -> None:
    """ "Medali emas diraih A ... pada nomor lompat jauh putra ... Medali perak disumbangkan B ... di nomor
    tolak peluru putri": each medal is an award won by who is named with it, named by its colour and the
    event it was won in; a tally ("meraih 3 medali emas") and another year's medal are none."""
    found = awards_in(
        "Kontingen Samosir pulang dengan dua medali.\n\nMedali emas diraih Ahmad Fauzan, pelajar SMP Negeri 1"
        " Pangururan, pada nomor lompat jauh putra. Medali perak disumbangkan Rosdiana Sinaga dari SMA Negeri 1"
        " Simanindo di nomor tolak peluru putri. Kontingen Toba meraih 3 medali emas. Tahun lalu kontingen"
        " Samosir meraih medali perunggu.",
        "2019-08-01",
    )
    assert {(a.name, a.recipient.name if a.recipient else None) for a in found} == {
        ("Medali emas lompat jauh putra", "Ahmad Fauzan"),
        ("Medali perak tolak peluru putri", "Rosdiana Sinaga"),
    }


def test_ranks_listed_under_a_category_heading_are_that_categorys_and_prize_money_is_no_award() -> None:
    """ "Kategori ulos sadum: Juara I A; Juara II B; ...": the ranks are won in that category of the contest
    named before, one award for the winner the lead names too; "Juara I mendapat uang pembinaan Rp10
    juta, Juara II Rp7 juta" tells what the ranks are paid, no award."""
    found = awards_in(
        "Tenunan Kelompok Tenun Sondang dari Desa Tomok, Kecamatan Simanindo, tampil sebagai Juara I kategori"
        " ulos sadum pada Lomba Tenun Ulos Samosir 2022.\n\nKategori ulos sadum: Juara I Kelompok Tenun Sondang"
        " (Simanindo) dengan nilai 90,50; Juara II Kelompok Tenun Marulam (Palipi) dengan nilai 88,25; dan Juara"
        " III Koperasi Tenun Tuktuk dengan nilai 86,75.\n\nJuara I mendapat uang pembinaan Rp10 juta, Juara II"
        " Rp7 juta, dan Juara III Rp5 juta.",
        "2022-08-01",
    )
    names = {a.name for a in found}
    assert not [n for n in names if "Rp" in n or n.count("kategori") > 1], names
    assert any(
        "Juara II kategori ulos sadum Lomba Tenun Ulos Samosir 2022" in (a.name, *a.aliases) for a in found
    )
    assert len({a.name for a in found if a.name.startswith("Juara I ")}) == 1, names


def test_ranks_under_another_categorys_heading_are_of_that_category_alone() -> None:
    """A rank won in one category of a contest, then "Kategori B: Juara I X; Juara II Y": those ranks
    are the contest's in category B, not in the category of the rank before and B as well."""
    found = awards_in(
        "Kelompok Tenun Sondang dari Desa Tomok meraih Juara I kategori ulos sadum pada Lomba Tenun Ulos Samosir"
        " 2022 di Pangururan.\n\nKategori ragi hotang: Juara I Kelompok Tenun Marulam (Palipi) dengan nilai"
        " 88,25; Juara II Koperasi Tenun Tuktuk dengan nilai 86,75.",
        "2022-08-01",
    )
    contest = "Lomba Tenun Ulos Samosir 2022"
    assert [(a.name, a.recipient.name if a.recipient else None) for a in found] == [
        (f"Juara I {contest} kategori ulos sadum", "Kelompok Tenun Sondang"),
        (f"Juara I {contest} kategori ragi hotang", "Kelompok Tenun Marulam"),
        (f"Juara II {contest} kategori ragi hotang", "Koperasi Tenun Tuktuk"),
    ]


@pytest.mark.parametrize("pointer", ["itu", "ini", "tersebut"])
def test_a_rank_won_in_the_contest_pointed_back_to_is_that_contests(pointer: str) -> None:
    """ "meraih Juara I pada lomba itu": the rank of the contest named before, not of a contest
    "Lomba Itu"."""
    found = awards_in(
        "Dinas Pariwisata Kabupaten Samosir menggelar Lomba Tenun Ulos Samosir 2022 di Pangururan. Kelompok"
        f" Tenun Sondang dari Desa Tomok meraih Juara I pada lomba {pointer}.",
        "2022-08-01",
    )
    assert [(a.name, a.recipient.name if a.recipient else None) for a in found] == [
        ("Juara I Lomba Tenun Ulos Samosir 2022", "Kelompok Tenun Sondang")
    ]


@pytest.mark.parametrize(
    "told",
    [
        # (within a rank's reach: the sentences before it)
        'Festival bertema "Horas Samosir" ini dibuka Bupati Samosir Tumpal Sinaga.\n\nFestival turut dimeriahkan'
        " pawai budaya dari sembilan kecamatan.",
        # (out of its reach: the only contest the article names)
        "Bupati Samosir Tumpal Sinaga membuka acara.\n\nFestival menampilkan tarian dari sembilan kecamatan.\n\n"
        "Pawai budaya digelar sore harinya. Ribuan warga menonton di sepanjang jalan. Hujan sempat turun.",
    ],
)
def test_ranks_after_sentences_telling_of_the_festival_are_the_festivals(told: str) -> None:
    """ "Festival bertema X ini ...", "Festival turut dimeriahkan ...", "Festival menampilkan ...": the
    festival named before, told of, no contest "Festival turut"; the ranks announced after are the
    festival's."""
    found = awards_in(
        "Pemerintah Kabupaten Samosir kembali menggelar Festival Danau Toba Samosir di Pangururan, Senin"
        f" (10/7/2023). {told}\n\nPada malam penutupan, panitia mengumumkan hasil penilaian. Desa Tomok keluar"
        " sebagai juara pertama, disusul Desa Tuktuk di posisi kedua.",
        "2023-07-12",
    )
    assert [a.name for a in found] == [
        "Juara pertama Festival Danau Toba Samosir",
        "Juara kedua Festival Danau Toba Samosir",
    ]


def test_a_branch_won_or_named_after_a_rank_names_the_award() -> None:
    """ "menyabet juara pertama cabang hadang", "Cabang balap karung dimenangi X": each is that branch's
    award ("Juara pertama cabang hadang", "Juara cabang balap karung"), not a bare "Juara" nor the
    first place of the whole contest."""
    found = awards_in(
        "Lomba ketangkasan anak digelar Pemkab Samosir di Pangururan, Sabtu (19/7/2025). Juara umum diraih SD"
        " Negeri 2 Pangururan yang menyabet juara pertama cabang hadang dan lompat tali. Cabang balap karung"
        " dimenangi SD Negeri 1 Tomok.",
        "2025-07-20",
    )
    names = {n for a in found for n in (a.name, *a.aliases)}
    assert {"Juara pertama cabang hadang", "Juara cabang balap karung"} <= names, names
    assert "Juara" not in {a.name for a in found}
