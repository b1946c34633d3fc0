"""Events on small hand-written articles: where they were held and who took part (invented names)."""

from __future__ import annotations

import pytest

from kg.extract.base import extract
from kg.records import Article, EntityType, Event, Span


def events(text: str, date: str | None = "2025-10-20") -> list[Event]:
    return extract(Article("Judul", text, date=date)).events


def location(event: Event) -> str | None:
    return event.location.name if event.location is not None else None


def test_an_event_without_a_venue_is_held_in_the_town_its_date_is_written_with_not_a_bodys() -> None:
    [event] = events(
        '"Kami siap membantu," kata Darmawan Sulistyo dalam konferensi pers di kantornya, Semarang, '
        "Senin (20/10/2025)."
    )
    assert location(event) == "Kota Semarang"
    [event] = events(
        '"Kami siap membantu," kata Darmawan Sulistyo dalam konferensi pers di Pengadilan Negeri Semarang, '
        "Senin (20/10/2025)."
    )
    assert location(event) is None


def test_a_gathering_held_today_is_where_a_statement_of_the_day_was_made_in_person() -> None:
    [event] = events(
        '"Seleksi ini terbuka," kata Irjen Hadi Prasetyo di Gedung Wira Bhakti, Rabu (22/10/2025). '
        '"Hari ini juga dilaksanakan tahap Uji Kompetensi Teknis kepada lima peserta," ucapnya.',
        date="2025-10-22",
    )
    assert event.name == "Uji Kompetensi Teknis" and event.date == "2025-10-22"
    assert location(event) == "Gedung Wira Bhakti"
    # not a place inside the quote, and not for a day nothing was held on
    text = (
        '"Warga sempat dirawat di Gedung Wira Bhakti," kata Hadi Prasetyo kepada wartawan, '
        "Rabu (22/10/2025). Harga cabai naik pada penutupan perdagangan hari ini."
    )
    for event in events(text, date="2025-10-22"):
        assert location(event) is None


def test_those_listed_after_a_sentence_that_says_people_took_part_but_names_none_took_part() -> None:
    [event] = events(
        "Senin (20/10/2025), Polri menggelar Uji Kompetensi Teknis bagi lima perwira. Uji Kompetensi "
        "Teknis ini dilaksanakan oleh tim penguji yang melibatkan unsur internal maupun eksternal. Dari "
        "internal, ada Brigjen Hendra Wicaksono dan Brigjen Sutrisno Adinegoro. Harga cabai naik, kata "
        "Bambang Setiawarman."
    )
    people = {p.name for p in (*event.performers, *event.attendees)}
    assert {"Hendra Wicaksono", "Sutrisno Adinegoro"} <= people
    assert "Bambang Setiawarman" not in people


def test_the_days_statement_confirming_an_act_of_law_enforcement_dates_it() -> None:
    # a statement on the phone confirms a hand-catch operation told in the next sentences
    [event] = events(
        '"Benar," kata Wakil Ketua KPK Darmawan Sulistyo saat dihubungi, Kamis (7/8/2025). KPK belum '
        "menjelaskan jumlah orang yang diamankan dalam OTT di Kabupaten Sukamaju tersebut.",
        date="2025-08-07",
    )
    assert event.name == "OTT" and event.date == "2025-08-07"
    # a detention at the hand-over of suspects, told in the quotation before the statement's date
    [event] = events(
        '"Tersangka HS kini ditahan usai penyerahan tersangka dan barang bukti atau Tahap 2. Ini dipantau Kepala '
        'Kejaksaan Negeri," kata Kasi Intel Bambang Setiawarman, Senin (20/10/2025).'
    )
    assert event.name.startswith("Penyerahan Tersangka") and event.date == "2025-10-20"


def test_no_day_from_a_statement_for_an_act_of_law_enforcement_known_before_or_dated_apart() -> None:
    # an act the statement's news comes from, or one the reader already knows of
    for sentence in (
        "Kasus itu berawal dari OTT Darmawan.",
        "KPK telah menetapkan tersangka dalam OTT yang menjerat Darmawan Sulistyo.",
    ):
        assert not events(
            f'"Benar," kata Bambang Setiawarman kepada wartawan, Senin (20/10/2025). {sentence}'
        )
    # an act with a day of its own in the sentence between
    found = events(
        "KPK menangkap Darmawan Sulistyo melalui operasi tangkap tangan. KPK mengamankan Darmawan pada "
        'Minggu (19/10/2025) malam. "Benar," kata Bambang Setiawarman saat dikonfirmasi, Senin (20/10/2025).'
    )
    assert not any(e.date == "2025-10-20" for e in found)
    # a statement long after the article's day is no news of the act
    assert not events(
        '"Benar," kata Bambang Setiawarman saat dihubungi, Kamis (7/8/2025). KPK belum menjelaskan '
        "jumlah orang yang diamankan dalam OTT di Kabupaten Sukamaju tersebut.",
        date="2025-10-20",
    )


def test_a_name_acara_calls_an_event_may_hold_a_persons_name_but_not_open_with_one() -> None:
    [event] = events(
        "Hal itu disampaikannya dalam acara Capaian Satu Tahun Pemerintahan Bupati Darmawan Sulistyo Bidang "
        "Pendidikan di Pendopo Kabupaten Sukamaju, Senin (20/10/2025)."
    )
    assert event.name == "Capaian Satu Tahun Pemerintahan Bupati Darmawan Sulistyo Bidang Pendidikan"
    # a person right after "acara" is who the event was for, not its name
    assert not events(
        "Darmawan Sulistyo mengatakan hal itu. Hal itu disampaikannya dalam acara Darmawan Sulistyo "
        "bersama warga, Senin (20/10/2025)."
    )


def incidents(text: str, date: str | None = "2025-10-20") -> list[tuple[str, str, str | None]]:
    return [(e.name, e.date, location(e)) for e in events(text, date) if e.kind == "Event"]


def test_a_dated_incident_is_an_event_called_by_its_noun_where_its_clause_says() -> None:
    assert incidents(
        "Pembunuhan Darto Wiyono terjadi di Lorong Kenanga, Kelurahan Tegalsari, pada Jumat (17/10/2025) "
        "sekitar pukul 15.30 WIB."
    ) == [("Pembunuhan Darto Wiyono", "2025-10-17", "Lorong Kenanga")]
    assert incidents("Banjir merendam Jalan Melati Raya, Kota Semarang, Senin (20/10/2025).") == [
        ("Banjir", "2025-10-20", "Jalan Melati Raya")
    ]
    assert incidents(
        "Pada Minggu (19/10/2025) malam, kebakaran hebat melanda permukiman di Kelurahan Bunulrejo."
    ) == [("Kebakaran Hebat", "2025-10-19", "Kelurahan Bunulrejo")]


def test_an_arrest_of_a_person_is_an_event_and_no_statement_topic_count_or_plan_dates_an_incident() -> None:
    assert incidents(
        "Pelaku sempat kabur. Suryo Handoko (45) kemudian diamankan di wilayah Kebon Gede, Sabtu (18/10) "
        "sekitar pukul 15.00 WIB."
    ) == [("Penangkapan Suryo Handoko", "2025-10-18", "Kebon Gede")]
    assert incidents(
        "Polisi menangkap dua pelaku pencurian di Kecamatan Blimbing pada Minggu (19/10/2025)."
    ) == [("Penangkapan Pelaku Pencurian", "2025-10-19", "Kecamatan Blimbing")]
    for text in (
        "Barang bukti berupa sabu diamankan di Polsek Klojen, Senin (20/10/2025).",
        "Petugas mengamankan jalannya kegiatan Car Free Day, Minggu (19/10/2025).",
        "Tim gabungan mengamankan warga yang terjebak banjir di Desa Pakisaji, Minggu (19/10/2025).",  # a rescue
        "Bagas Pratama ditembak polisi saat akan ditangkap di Desa Ngijo, Jumat (17/10/2025).",
    ):
        assert not any(name.startswith("Penangkapan") for name, _, _ in incidents(text)), text

    # not a statement's day, a topic, a count, another day or a plan
    for text in (
        '"Kami mendapat informasi ada penganiayaan," ujar Kapolsek AKP Rina Kartika, Sabtu (18/10/2025).',
        "Kapolres membenarkan pelaku ditangkap di Desa Ngijo, Senin (20/10/2025).",
        "Rina Kartika mengatakan penanganan banjir yang melanda Desa Pakisaji terus dilakukan, Senin (20/10/2025).",
        "Ada 12 kasus pencurian terjadi sepanjang tahun, kata Kapolres, Senin (20/10/2025).",
        "Warga diminta mewaspadai potensi banjir dan tanah longsor, Senin (20/10/2025).",
        "Banjir pujian datang dari warganet, Senin (20/10/2025).",
        "Banjir di Jalan Melati Raya sudah terjadi sejak Minggu (19/10/2025) malam.",
        "Pelaku ditangkap di Desa Ngijo pada Senin (20/10/2026).",  # after the article: a typo
        "Pelaku akan segera ditangkap pada Senin (20/10/2025).",
    ):
        assert incidents(text) == [], text


@pytest.mark.parametrize(
    ("text", "arrest"),
    [
        ("Selanjutnya, pada Jumat (17/10/2025) sekitar pukul 14.00 WIB, polisi menangkap BK (22) dan TW (19) "
         "di Desa Ngijo.", ("Penangkapan BK", "2025-10-17")),
        ("Tersangka pertama berinisial HS (34), warga Kecamatan Sukun, ditangkap pada Kamis (16/10/2025) sekitar "
         "pukul 22.30 WIB.", ("Penangkapan HS", "2025-10-16")),
        # the initials are a suspect's where the article gives them an age, here or elsewhere
        ("Dua tersangka, YD (34) dan KP (27), ditahan. Tim opsnal kemudian menangkap YD pada Kamis (16/10/2025) "
         "malam.", ("Penangkapan YD", "2025-10-16")),
    ],
)  # fmt: skip
def test_an_arrest_of_a_suspect_known_by_initials_is_an_event(text: str, arrest: tuple[str, str]) -> None:
    assert arrest in {(name, date) for name, date, _ in incidents(text)}


def test_initials_never_given_an_age_are_no_arrested_suspect() -> None:
    assert incidents("Polisi menangkap BNN di Desa Ngijo pada Jumat (17/10/2025).") == []


def test_a_kidnapping_is_an_incident_and_becoming_its_victim_says_it_happened() -> None:
    assert incidents("Warga Desa Ngijo diculik orang tak dikenal, Jumat (17/10/2025).") == [
        ("Penculikan Warga", "2025-10-17", None)
    ]
    assert incidents("Darto Wiyono menjadi korban penculikan di Pelabuhan Sukamaju, Jumat (17/10/2025).") == [
        ("Penculikan", "2025-10-17", "Pelabuhan Sukamaju")
    ]
    # a victim of it without a word saying it happened is a topic
    assert incidents("Bantuan bagi korban banjir di Desa Ngijo disalurkan, Senin (20/10/2025).") == []


def test_an_abbreviation_in_an_incidents_clause_does_not_cut_it_but_a_time_zone_ends_the_sentence() -> None:
    assert incidents(
        "Suryo Handoko (45) diamankan di Jl. Mawar, Kelurahan Tegalsari, Sabtu (18/10/2025)."
    ) == [("Penangkapan Suryo Handoko", "2025-10-18", "Jalan Mawar")]
    assert incidents("Suryo Handoko (45) diamankan di rumah H. Darto di Desa Ngijo, Sabtu (18/10/2025).") == [
        ("Penangkapan Suryo Handoko", "2025-10-18", "Desa Ngijo")
    ]
    # the day of the next sentence does not date a fire told in the sentence ending at "WIB."
    assert (
        incidents("Kebakaran melanda Pasar Baru pukul 15.00 WIB. Warga mengungsi, Sabtu (18/10/2025).") == []
    )


def test_an_incident_told_again_is_dated_by_the_sentence_pointing_back_at_it_once() -> None:
    text = (
        "Suryo Handoko dibunuh secara sadis di rumah kosnya. Pelaku adalah kenalannya sendiri. "
        "Peristiwa tragis itu terjadi pada Sabtu (11/10/2025) sekitar pukul 23.30 WIB. "
        "Pembunuhan Suryo Handoko terjadi pada Sabtu (11/10/2025) malam."
    )
    assert [(name, date) for name, date, _ in incidents(text)] == [("Pembunuhan Suryo Handoko", "2025-10-11")]


def test_an_incident_told_again_takes_part_from_the_sentence_that_told_it_first() -> None:
    [event] = events(
        "Polisi menangkap pelaku pembunuhan Darto Wiyono (31) bernama Suryo Handoko (45) di Palembang. "
        "Motifnya masalah utang. Diketahui, peristiwa ini terjadi di Lorong Kenanga pada Jumat (17/10/2025) "
        "sekitar pukul 15.30 WIB."
    )
    assert (event.name, event.date) == ("Pembunuhan Darto Wiyono", "2025-10-17")
    assert {"Darto Wiyono", "Suryo Handoko"} <= {p.name for p in (*event.performers, *event.attendees)}


def test_a_flood_an_article_opens_with_undated_is_the_news_of_its_day() -> None:
    text = (
        "Hujan deras menyebabkan banjir menggenangi Jalan Melati Raya. Arus lalu lintas tersendat. "
        '"Kondisi saat ini air belum surut," kata Rina Kartika saat dihubungi, Rabu (22/10/2025).'
    )
    assert incidents(text, date="2025-10-22") == [("Banjir", "2025-10-22", "Jalan Melati Raya")]
    # not on another day than the article's, nor when the article does not speak of its own day
    assert incidents(text.replace("Rabu (22/10/2025)", "Selasa (21/10/2025)"), date="2025-10-22") == []
    assert incidents(text.replace("saat ini", "kemarin"), date="2025-10-22") == []


def test_an_award_said_to_be_handed_over_on_a_day_is_a_ceremony_named_by_the_award() -> None:
    [event] = events(
        "Pemerintah Kabupaten Lumbang kembali meraih penghargaan Wana Lestari Utama dari Kementerian "
        "Kehutanan. Penghargaan tersebut diserahkan langsung oleh Menteri Kehutanan Hardiman Susilo kepada "
        "Bupati Lumbang Rusdiyanto Wibowo di Surabaya, Kamis (16/10/2025)."
    )
    assert (event.name, event.date, location(event)) == (
        "Penyerahan Penghargaan Wana Lestari Utama",
        "2025-10-16",
        "Kota Surabaya",
    )
    [event] = events(
        "Piala Citra Bahari diterima Wakil Bupati Lumbang Sumarni Hadi di Surabaya, Kamis (16/10/2025)."
    )
    assert (event.name, event.date) == ("Penyerahan Piala Citra Bahari", "2025-10-16")
    # handed over "secara simbolis" (to a few for all), as "secara langsung"
    [event] = events(
        "Penghargaan Kampung Iklim diserahkan secara simbolis kepada para kepala desa penerimanya di Pangururan, "
        "Kamis (16/10/2025)."
    )
    assert (event.name, event.date) == ("Penyerahan Penghargaan Kampung Iklim", "2025-10-16")


def test_a_certificate_and_plaque_handed_over_on_a_day_is_their_handing_over() -> None:
    [event] = events(
        "Piagam dan plakat Kampung Iklim diserahkan Wakil Bupati Samosir kepada tiga kepala desa di "
        "Pangururan, Kamis (16/10/2025)."
    )
    assert (event.name, event.date) == ("Penyerahan Piagam dan plakat Kampung Iklim", "2025-10-16")
    # not the certificate an award is made of: the award named before, handed over
    [event] = events(
        "Samosir meraih penghargaan Kampung Iklim. Penghargaan berupa medali dan piagam itu diserahkan Wakil "
        "Gubernur di Medan, Kamis (16/10/2025)."
    )
    assert event.name == "Penyerahan Penghargaan Kampung Iklim"


def test_an_award_said_again_with_what_it_is_before_its_pointer_is_the_one_handed_over() -> None:
    named = (
        "Pemerintah Kabupaten Dairi meraih juara II Anugerah Desa Wisata Sumatera Utara 2022 kategori "
        "Desa Rintisan. "
    )
    [event] = events(
        named + "Penghargaan berupa trofi, piagam, dan uang pembinaan Rp 20 juta itu diserahkan Kepala "
        "Dinas Pariwisata Provinsi Sumatera Utara kepada Bupati Dairi Binsar Manurung di Medan, Rabu "
        "(12/10/2022)."
    )
    assert (event.name, event.date) == (
        "Penyerahan Anugerah Desa Wisata Sumatera Utara 2022 kategori Desa Rintisan",
        "2022-10-12",
    )
    [event] = events(
        "Pemerintah Kabupaten Toba meraih Penghargaan Kabupaten Layak Anak kategori Madya. Penghargaan "
        "tertinggi dalam evaluasi Kabupaten/Kota Layak Anak (KLA) tersebut diterima Pemkab Toba pada 10 "
        "November 2023 di Jakarta."
    )
    assert (event.name, event.date) == (
        "Penyerahan Penghargaan Kabupaten Layak Anak kategori Madya",
        "2023-11-10",
    )
    # without a pointer back, an award said of in lower case is not the one named before
    assert not events(
        named + "Penghargaan kategori lain diserahkan Kepala Dinas Pariwisata Provinsi Sumatera Utara "
        "kepada Kabupaten Karo di Medan, Rabu (12/10/2022)."
    )


def test_no_handing_over_from_an_award_taken_earlier_thanked_for_or_quoted() -> None:
    assert not events(
        "Bupati Lumbang Rusdiyanto Wibowo bersyukur atas penghargaan yang diterima di Surabaya, "
        "Kamis (16/10/2025)."
    )
    assert not events(
        "Menurut Bupati Lumbang Rusdiyanto Wibowo, penghargaan itu diterima berkat kerja keras semua pihak "
        "sepanjang tahun, Kamis (16/10/2025)."
    )
    assert not events(
        '"Penghargaan ini diserahkan oleh Menteri kepada kami tahun lalu," kata Bupati Lumbang '
        "Rusdiyanto Wibowo, Kamis (16/10/2025)."
    )


def test_a_demonstration_is_dated_by_a_reporters_account_of_the_spot_beside_it() -> None:
    text = (
        "Puluhan mahasiswa Universitas Tunas Bangsa menggelar demonstrasi di depan kampusnya. "
        "Arus lalu lintas di Jalan Melati Raya tersendat. "
        "Pantauan wartawan di lokasi, Senin (20/10/2025), mahasiswa membakar ban di tengah jalan."
    )
    [event] = events(text)
    assert event.name == "Demonstrasi" and event.date == "2025-10-20"
    # a statement's date is no sign of a demonstration the day it was made
    said = text.replace("Pantauan wartawan di lokasi, Senin (20/10/2025), mahasiswa", "Mahasiswa") + (
        ' "Kami menuntut kejelasan," kata Rahmat Hidayat saat dihubungi, Senin (20/10/2025).'
    )
    assert events(said) == []


def test_a_visit_is_named_by_where_someone_went_and_a_briefing_is_an_event() -> None:
    [event] = events(
        "Hal itu disampaikan Menteri Sosial saat berkunjung ke Sekolah Rakyat Menengah Atas 7 Sukamaju, "
        "Minggu (19/10/2025)."
    )
    assert event.name == "Kunjungan ke Sekolah Rakyat Menengah Atas 7 Sukamaju" and event.date == "2025-10-19"
    [event] = events(
        "Hal itu disampaikan Presiden saat memberikan pembekalan kepada kepala sekolah di Gedung Serbaguna "
        "Sukamaju, Jumat (22/8/2025).",
        date="2025-08-22",
    )
    assert event.name == "Pembekalan" and event.date == "2025-08-22"


def test_a_demonstration_called_aksi_needs_a_sentence_saying_it_was_held() -> None:
    [event] = events(
        "Massa Aliansi Tani Sejahtera menggelar aksi di depan Kantor Bupati Sukamaju, Senin (20/10/2025)."
    )
    assert event.name == "Aksi" and event.date == "2025-10-20"
    assert events("Pemkab Sukamaju menunjukkan aksi nyata bagi petani, Senin (20/10/2025).") == []


def test_raids_clearances_case_reviews_ceremonies_and_launches_of_lower_case_things_are_events() -> None:
    def named(text: str) -> list[tuple[str, str]]:
        return [(e.name, e.date) for e in events(text)]

    assert named("Kemudian, pada Selasa (14/10), penyidik menggeledah rumah Bambang Sutejo di Sukamaju.") == [
        ("Penggeledahan rumah", "2025-10-14")
    ]
    assert named("Penertiban tambang pasir ilegal dilaksanakan tim gabungan pada Sabtu (18/10/2025).") == [
        ("Penertiban Tambang Pasir Ilegal", "2025-10-18")
    ]
    assert named(
        "Kejaksaan Tinggi Sukamaju menggelar ekspose perkara secara virtual pada Senin (13/10)."
    ) == [("Ekspose Perkara", "2025-10-13")]
    assert named("Opening Ceremony Sukamaju Expo 2025 dilaksanakan di Gedung Serbaguna, Selasa (21/10).") == [
        ("Opening Ceremony Sukamaju Expo 2025", "2025-10-21")
    ]
    assert named("Wali Kota meluncurkan kartu pelajar digital pada 16 Oktober 2025.") == [
        ("Peluncuran kartu pelajar digital", "2025-10-16")
    ]
    assert named(
        '"Kami siap," kata Rudi Hartono kepada wartawan usai acara Indonesia Tani Expo di Gedung Serbaguna, '
        "Senin (20/10/2025)."
    ) == [("Indonesia Tani Expo", "2025-10-20")]


def test_rain_that_left_a_flood_is_the_news_of_the_articles_day() -> None:
    text = (
        "Hujan yang mengguyur Kota Sukamaju semalam berdampak banjir di Jalan Melati Raya. "
        '"Airnya setinggi lutut pagi ini," kata Rina Kartika saat dihubungi, Rabu (22/10/2025).'
    )
    assert [(e.name, e.date) for e in events(text, date="2025-10-22")] == [("Banjir", "2025-10-22")]


def test_a_statement_sent_out_is_dated_at_the_gathering_the_next_sentence_says_it_was_made_at() -> None:
    text = (
        '"Datanya harus dari sini," ujar Menteri Sosial dalam keterangannya, Senin (6/10/2025). '
        "Hal tersebut disampaikan pada audiensi dengan Wali Kota Sukamaju di Kantor Kementerian Sosial."
    )
    [event] = events(text)
    assert event.name == "Audiensi" and event.date == "2025-10-06"
    # not a gathering named further on, nor one a sentence speaks of without pointing at the statement
    assert events(text.replace("Hal tersebut disampaikan pada", "Sebelumnya ada")) == []


def test_one_event_a_day_when_one_name_holds_the_other() -> None:
    text = (
        '"Angkanya naik," kata Yoga Prasetyo dalam keterangan tertulis, Selasa (21/10/2025). '
        "Hal itu ia katakan dalam acara Focus Group Discussion (FGD) Sosialisasi Sensus Pertanian 2033 di "
        'Hotel Melati, Sukamaju. "Semua akan terdata," kata Endang Lestari dalam Sosialisasi Sensus '
        "Pertanian 2033 di Hotel Melati, Selasa (21/10/2025)."
    )
    assert [e.name for e in events(text)] == [
        "Focus Group Discussion (FGD) Sosialisasi Sensus Pertanian 2033"
    ]


def test_a_gathering_pointed_back_at_belongs_to_the_day_of_the_sentence_before_not_a_later_statement() -> (
    None
):
    text = (
        "Bupati Sukamaju menemui para pengusaha Mesir di Pameran Dagang Nusantara pada Sabtu (18/10). "
        "Pertemuan tersebut difasilitasi atase perdagangan. "
        '"Kami menawarkan kerja sama," ujar Bupati kepada wartawan di Gedung Serbaguna, Senin (20/10/2025).'
    )
    assert [(e.name, e.date) for e in events(text)] == [("Pameran Dagang Nusantara", "2025-10-18")]


def test_a_visit_written_with_its_owners_nya_is_called_a_visit() -> None:
    [event] = events(
        "Hal itu diungkap Menteri Sosial saat kunjungannya ke Balai Warga Desa Sukamaju, Kabupaten Sukamaju "
        "pada Selasa (21/10/2025) petang."
    )
    assert event.name == "Kunjungan" and event.kind == "Visit" and event.date == "2025-10-21"


def test_a_title_standing_for_a_person_named_before_does_not_stop_a_meeting_named_with_it() -> None:
    text = (
        '"Kami mencermati ruang penurunan suku bunga," kata Gubernur BI Hartono Wibisono dalam konferensi pers '
        "secara virtual, Kamis (24/4/2025). Adapun berdasarkan hasil Rapat Dewan Gubernur Bank Indonesia pada 22 "
        "dan 23 April 2025, BI mempertahankan suku bunga."
    )
    assert [(e.name, e.date, e.end_date) for e in events(text, date="2025-04-24")][-1] == (
        "Rapat Dewan Gubernur Bank Indonesia",
        "2025-04-22",
        "2025-04-23",
    )


def test_an_event_word_opening_a_quotation_of_speech_names_the_days_event() -> None:
    text = (
        '"Penandatanganan MoU hari ini menjadi awalan bagus bagi kerja sama kita," jelas Budi Santosa dalam '
        "keterangan tertulis, Selasa (21/10/2025)."
    )
    assert [(e.name, e.date) for e in events(text, date="2025-10-21")] == [
        ("Penandatanganan MoU", "2025-10-21")
    ]
    # a quoted title is still a theme, not the event
    themed = 'Bupati membuka seminar bertema "Rapat Warga Bijak" di Gedung Serbaguna, Selasa (21/10/2025).'
    assert [e.name for e in events(themed, date="2025-10-21")] == ["Seminar: Rapat Warga Bijak"]


def test_a_person_arriving_somewhere_on_a_day_is_a_visit_a_thing_arriving_is_not() -> None:
    [event] = events(
        "Pesawat yang ditumpangi Presiden Budi Hartawan tiba di Bandara Sukamaju, Rabu (22/10/2025) pukul 07.45."
    )
    assert (
        event.name == "Kedatangan di Bandara Sukamaju"
        and event.kind == "Visit"
        and event.date == "2025-10-22"
    )
    assert events("Sebanyak 11 ton cabai yang sudah tiba di Bandara Sukamaju, Rabu (22/10/2025).") == []


def test_a_suspect_put_in_custody_on_a_day_is_a_detention() -> None:
    [event] = events(
        "Tersangka dijebloskan ke Rutan Polres Sukamaju pada Senin (20/10) sekira pukul 17.00 WIB."
    )
    assert event.name == "Penahanan Tersangka" and event.date == "2025-10-20"
    # not a wish, nor anyone but a suspect
    assert events("Warga meminta agar tersangka segera ditahan, Senin (20/10).") == []
    assert events("Barang bukti ditahan di gudang, Senin (20/10).") == []


def test_signing_a_counted_document_and_a_session_after_a_passive_verb_are_events() -> None:
    from kg.extract.base import extract
    from kg.records import Article

    x = extract(
        Article(
            "Judul",
            "Rabu (14/9/2022), Pemkot Batu menandatangani dua nota kesepahaman (MoU) dengan Bank Jateng di "
            "Balai Kota Among Tani. Diawali Rapat Paripurna Istimewa DPRD Kota Batu di Gedung DPRD Kota Batu, "
            "Kamis (15/9/2022) pagi, rangkaian peringatan dilanjutkan dengan pameran.",
            date="2022-09-16",
        )
    )
    assert {(e.name, e.date) for e in x.events} >= {
        ("Penandatanganan dua nota kesepahaman", "2022-09-14"),
        ("Rapat Paripurna Istimewa DPRD Kota Batu", "2022-09-15"),
    }


def test_an_anniversary_named_by_its_ordinal_is_a_celebration_on_its_day() -> None:
    [event] = events(
        "HUT ke-22 Kota Tirtaraya digelar meriah di Alun-alun Kota Tirtaraya, Senin (17/10/2025)."
    )
    assert event.name == "HUT Ke-22 Kota Tirtaraya" and event.date == "2025-10-17"
    assert event.kind == "Celebration"
    [event] = events(
        "Hari Jadi ke-165 Kabupaten Tirtaraya diperingati di Alun-alun Kabupaten Tirtaraya, Rabu (15/10/2025)."
    )
    assert event.name == "Hari Jadi Ke-165 Kabupaten Tirtaraya" and event.date == "2025-10-15"


def test_a_festival_named_by_words_before_its_trigger_is_named_whole_not_an_occasion_or_a_topic() -> None:
    [event] = events(
        "Tirtaraya Flower Carnival 2025 digelar di Jalan Kenanga, Minggu (19/10/2025). Turut hadir "
        "Wali Kota Tirtaraya Hendra Wijayakusuma."
    )
    assert event.name == "Tirtaraya Flower Carnival 2025" and event.date == "2025-10-19"
    assert "Hendra Wijayakusuma" in [p.name for p in (*event.performers, *event.attendees)]
    # but not a celebration another event is held for, nor the one a press conference is about
    [event] = events(
        "Pernyataan itu disampaikan dalam rapat paripurna DPRD Kota Tirtaraya memperingati Hari Jadi "
        "Kota Tirtaraya di Gedung Graha Sawala, Kamis (16/10/2025)."
    )
    assert event.name.startswith("Rapat Paripurna")
    [event] = events(
        "Hal itu disampaikan Sekda Tirtaraya Joko Waluyo dalam konferensi pers Tirtaraya Trail Run 2025 di "
        "Gedung Graha Sawala, Sabtu (18/10/2025)."
    )
    assert event.name.startswith("Konferensi Pers")


def test_a_campaign_held_from_a_day_to_another_starts_on_the_first_and_ends_on_the_second() -> None:
    [event] = events(
        "Operasi Ketupat Sukamaju 2025 berlangsung 13 hari, mulai Kamis (27/3/2025) hingga Selasa (8/4/2025)."
    )
    assert (event.name, event.kind) == ("Operasi Ketupat Sukamaju 2025", "Patrol")
    assert (event.date, event.end_date) == ("2025-03-27", "2025-04-08")
    # the days written out, each with its weekday: still one campaign, not one a day
    [event] = events(
        "Operasi Ketupat Sukamaju 2025 berlangsung 13 hari, mulai Kamis, 27 Maret 2025 hingga Selasa, 8 April 2025."
    )
    assert (event.date, event.end_date) == ("2025-03-27", "2025-04-08")
    [event] = events("Polres Sukamaju menggelar Operasi Zebra Sukamaju 2025 mulai Senin (13/10/2025).")
    assert event.name == "Operasi Zebra Sukamaju 2025" and event.date == "2025-10-13"
    # an operation's permit or director is no campaign, nor one not said to be held
    text = "Direktur Operasi PT Sukamaju Jaya Rudi Hartono menggelar rapat di gudang, Senin (13/10/2025)."
    assert [e.name for e in events(text)] == ["Rapat"]
    assert events("Operasi Zebra Sukamaju 2025 menjadi sorotan warga, Senin (13/10/2025).") == []


def test_those_who_came_to_a_later_days_event_are_not_the_first_events_participants() -> None:
    first, second = events(
        "Wali Kota Blitar Hendra Wijayakusuma meninjau Pasar Legi Kota Blitar, Senin (13/10/2025). Dalam "
        "peninjauan itu, ia didampingi Camat Sananwetan Bagus Santoso.\n"
        "Selanjutnya, Wali Kota Blitar menghadiri Rapat Koordinasi Pengendalian Inflasi di Balai Kota Blitar, "
        "Selasa (14/10/2025). Rapat dipimpin Sekretaris Daerah Kota Blitar Erik Setiawan. Kegiatan tersebut "
        "dihadiri oleh Kepala Badan Pusat Statistik Kota Blitar Dewi Lestari."
    )
    assert first.name.startswith("Peninjauan") and second.name.startswith("Rapat Koordinasi")
    came = {p.name for p in (*first.performers, *first.attendees)}
    assert {"Hendra Wijayakusuma", "Bagus Santoso"} <= came
    assert not came & {"Erik Setiawan", "Dewi Lestari"}
    assert {"Erik Setiawan", "Dewi Lestari"} <= {p.name for p in (*second.performers, *second.attendees)}


def test_a_festival_an_article_opens_with_is_held_on_the_day_the_next_sentence_gives() -> None:
    [event] = events(
        "Blitar Flower Carnival 2025 kembali menyedot perhatian masyarakat. Ribuan warga memadati Jalan "
        "Merdeka, Minggu (19/10/2025) sore."
    )
    assert (event.name, event.date, event.kind) == (
        "Blitar Flower Carnival 2025",
        "2025-10-19",
        "Celebration",
    )
    # not the day of a statement about it, nor of one planned
    assert not [
        e
        for e in events(
            'Blitar Flower Carnival 2025 kembali menyedot perhatian. "Kami bangga," kata Rudi Hartono, '
            "Minggu (19/10/2025)."
        )
        if e.name.startswith("Blitar")
    ]
    assert (
        events(
            "Blitar Flower Carnival 2025 akan kembali digelar tahun ini. Ribuan warga diperkirakan memadati Jalan "
            "Merdeka, Minggu (19/10/2025)."
        )
        == []
    )


def test_a_festival_named_right_after_the_dated_sentence_an_article_opens_with_is_held_that_day() -> None:
    [event] = events(
        "Ribuan warga memadati Jalan Merdeka, Kota Blitar, Minggu (19/10/2025) sore. Mereka antusias "
        "menyaksikan Blitar Flower Carnival 2025 yang menjadi puncak peringatan hari jadi kota."
    )
    assert (event.name, event.date, event.kind) == (
        "Blitar Flower Carnival 2025",
        "2025-10-19",
        "Celebration",
    )
    # not one the next sentence gives a day of its own, nor one it plans
    assert not [
        e
        for e in events(
            "Ribuan warga memadati Jalan Merdeka, Minggu (19/10/2025) sore. Blitar Flower Carnival 2025 "
            "digelar Sabtu (25/10/2025)."
        )
        if e.date == "2025-10-19"
    ]
    assert (
        events(
            "Ribuan warga memadati Jalan Merdeka, Minggu (19/10/2025) sore. Blitar Flower Carnival 2025 akan "
            "digelar tahun depan."
        )
        == []
    )


def test_an_anniversary_the_sentence_after_a_dated_scene_names_in_lower_case_is_held_that_day() -> None:
    [event] = events(
        "SIDIKALANG – Suasana Lapangan Sidikalang, Sabtu (12/4/2025) pagi, terasa berbeda. Ratusan peserta "
        "upacara peringatan Hari Jadi ke-78 Kabupaten Dairi mengenakan pakaian adat Pakpak."
    )
    assert (event.date, event.kind) == ("2025-04-12", "Celebration")
    assert event.name.startswith("Peringatan Hari Jadi")
    # not an occasion the sentence does not count
    assert (
        events(
            "Suasana Lapangan Sidikalang, Sabtu (12/4/2025) pagi, terasa berbeda. Ratusan peserta lomba "
            "kebersihan lingkungan mengenakan kaus seragam."
        )
        == []
    )


def test_a_verdict_is_the_hearing_it_was_read_at() -> None:
    found = events(
        "Mantan Kepala Desa Parbuluan, Tumpak Hasibuan, divonis 4 tahun penjara oleh majelis hakim "
        "Pengadilan Tindak Pidana Korupsi Binjai, Kamis (8/9/2022)."
    )
    assert [(e.name, e.date, e.kind) for e in found] == [("Sidang Putusan", "2022-09-08", "Meeting")]
    found = events("Tumpak Hasibuan divonis empat tahun penjara, Kamis (8/9/2022).")
    assert [e.name for e in found] == ["Sidang Putusan"]


def test_election_logistics_sent_out_on_a_day_are_an_event() -> None:
    found = events(
        "KPU Kabupaten Dairi mulai mendistribusikan logistik Pemilu 2024 ke 15 kecamatan, Kamis (8/2/2024)."
    )
    assert [(e.name.split()[0], e.date) for e in found] == [("Pendistribusian", "2024-02-08")]


def test_a_day_long_before_the_articles_is_history_no_event() -> None:
    text = (
        "SIDIKALANG – Rangkaian peringatan Hari Jadi ke-78 Kabupaten Dairi diawali dengan upacara bendera di "
        "halaman Kantor Bupati Dairi, Senin (1/4/2024) pagi. Meski digelar di tengah bulan suci Ramadan, ratusan "
        "peserta upacara tetap mengikuti jalannya upacara dengan khidmat sejak pukul 07.30 WIB.\nBertindak selaku "
        "inspektur upacara, Bupati Dairi Ir. Marihot Situmorang, M.M. Adapun sejarah singkat berdirinya Kabupaten "
        "Dairi, yang ditetapkan pada 1 April 1946, dibacakan oleh Ketua DPRD Dairi H. Sahat Pardede, S.E."
    )
    assert [e.date for e in events(text, "2024-04-01")] == ["2024-04-01"]


def test_days_before_an_event_given_its_own_day_count_back_from_that_day() -> None:
    found = events(
        "Empat hari jelang pemungutan suara pada Rabu (27/11/2024), seluruh kotak suara sudah berada di gudang "
        "PPK Kecamatan Sumbul.",
        "2024-11-23",
    )
    assert [(e.kind, e.date) for e in found] == [("Election", "2024-11-27")]
    # not the day of a clause after the event word's comma: another day's
    found = events("Sehari sebelum rapat paripurna, Senin (2/6/2025), Pansus menggelar rapat.", "2025-06-03")
    assert [e.date for e in found if e.name.startswith("Rapat Paripurna")] == []


def test_an_agreement_signed_on_a_day_is_its_signing() -> None:
    found = events(
        "Pemkab Dairi menjalin kerja sama dengan sebuah politeknik negeri. Nota kesepahaman (MoU) ditandatangani "
        "langsung oleh Bupati Dairi Marihot Situmorang di Pendopo Sidikalang, Rabu (12/7/2023) siang.",
        "2023-07-12",
    )
    assert [(e.name, e.date, e.kind) for e in found] == [
        ("Penandatanganan Nota kesepahaman (MoU)", "2023-07-12", "Meeting")
    ]
    # not one the sentence says is yet to be signed
    found = events("Nota kesepahaman itu akan ditandatangani Bupati Dairi, Rabu (12/7/2023).", "2023-07-10")
    assert not [e for e in found if e.name.startswith("Penandatanganan")]


def test_an_election_word_right_after_an_event_word_is_what_the_event_is_for() -> None:
    found = events(
        "KPU Kabupaten Dairi menuntaskan distribusi logistik Pilkada 2024 ke 15 kecamatan, Sabtu (23/11/2024).",
        "2024-11-23",
    )
    assert [(e.kind, e.date) for e in found] == [("Event", "2024-11-23")]
    assert found[0].name.startswith("Distribusi Logistik")


def test_a_venue_an_event_is_named_after_is_where_it_was_held() -> None:
    """ "mengunjungi Masjid Raya Sumbul di Desa Paropo": the visit was held at the mosque it is named
    after, which lies in the village written after "di"."""
    found = events(
        "Bupati Dairi mengunjungi Masjid Raya Sumbul di Desa Paropo, Rabu (12/3/2025).", "2025-03-13"
    )
    assert [(e.name, e.location and e.location.name) for e in found] == [
        ("Kunjungan ke Masjid Raya Sumbul", "Masjid Raya Sumbul")
    ]


def test_a_visit_written_menyambangi_is_a_visit_unless_the_way_of_an_event_before() -> None:
    """ "menyambangi Masjid Raya Sumbul": a visit, as "mengunjungi"; "melanjutkan Safari Ramadan
    dengan menyambangi Masjid ...": the visit is how the Safari Ramadan went on, the day's event."""
    found = events("Bupati Dairi menyambangi Masjid Raya Sumbul, Rabu (12/3/2025).", "2025-03-13")
    assert [e.name for e in found] == ["Kunjungan ke Masjid Raya Sumbul"]
    found = events(
        "Pemkab Dairi melanjutkan rangkaian Safari Ramadan 1447 Hijriah dengan menyambangi Masjid Raya Sumbul, "
        "Desa Paropo, Kamis (13/3/2025) malam.",
        "2025-03-14",
    )
    assert [e.name for e in found] == ["Safari Ramadan 1447 Hijriah"]


def test_a_dated_sentence_after_one_going_on_with_a_series_is_that_days_event_of_it() -> None:
    """ "Pemkab melanjutkan rangkaian Safari Ramadan 1447 Hijriah. Rabu (12/3/2025), rombongan ...
    menyambangi Masjid X": the day's Safari Ramadan, held at the mosque, not a visit of its own."""
    found = events(
        "Pemerintah Kabupaten Dairi melanjutkan rangkaian Safari Ramadan 1447 Hijriah. Rabu (12/3/2025), "
        "rombongan Pemkab yang dipimpin Bupati Dairi menyambangi Masjid Raya Sumbul, Desa Paropo.",
        "2025-03-13",
    )
    assert [(e.name, e.date, e.location and e.location.name) for e in found] == [
        ("Safari Ramadan 1447 Hijriah", "2025-03-12", "Masjid Raya Sumbul")
    ]


def test_the_event_a_dated_scene_was_part_of_is_named_after_saat() -> None:
    """ "Ribuan warga memadati Lapangan Sidikalang, Jumat (14/7/2023) sore, saat pembukaan Festival
    Budaya Dairi 2023": the festival's, that day; not what "saat" says happened ("saat pelaku
    mengajak korban bertemu") nor where ("saat di ...")."""
    found = events(
        "Ribuan warga memadati Lapangan Sidikalang, Jumat (14/7/2023) sore, saat pembukaan Festival Budaya "
        "Dairi 2023.",
        "2023-07-15",
    )
    assert [(e.name, e.date) for e in found] == [("Festival Budaya Dairi 2023", "2023-07-14")]
    found = events(
        "Kasus itu berawal pada 27 Juni 2025 saat pelaku mengajak korban bertemu di kafe.", "2025-07-10"
    )
    assert found == []


def test_an_election_an_event_is_held_in_is_not_the_event() -> None:
    """ "menggelar debat publik ... pada Pemilihan Serentak 2024, Sabtu (26/10)": the debate is the
    day's event, the election it is held in is not; an election voted in that day still is."""
    found = events(
        "KPU Kabupaten Dairi menggelar debat publik perdana pasangan calon Bupati dan Wakil Bupati Dairi pada "
        "Pemilihan Serentak 2024, Sabtu (26/10/2024) malam.",
        "2024-10-27",
    )
    assert [e.date for e in found] == ["2024-10-26"] and found[0].name.startswith("Debat Publik")
    found = events(
        "Warga Dairi memberikan suaranya pada Pemilihan Serentak 2024, Rabu (27/11/2024).", "2024-11-27"
    )
    assert [(e.name, e.date) for e in found] == [("Pemilihan Serentak 2024", "2024-11-27")]


def test_a_sentence_saying_it_is_part_of_an_event_far_on_is_of_that_events_day() -> None:
    found = events(
        "Bupati Blitar Hendra Wijayakusuma meresmikan Pasar Rakyat Sukamaju, Kamis (17/7/2025). "
        "Pedagang ke-1 menempati kios baru. Pedagang ke-2 menempati kios baru. Pedagang ke-3 menempati kios baru. Pedagang ke-4 menempati kios baru. Pedagang ke-5 menempati kios baru. Pedagang ke-6 menempati kios baru. Pedagang ke-7 menempati kios baru. Pedagang ke-8 menempati kios baru. Pedagang ke-9 menempati kios baru. Masih dalam rangkaian peresmian, Dinas Perdagangan dan Bank Sentosa menandatangani nota "
        "kesepahaman tentang kredit usaha."
    )
    assert [(e.name, e.date) for e in found][1:] == [
        ("Penandatanganan nota kesepahaman tentang kredit usaha", "2025-07-17")
    ]
    # not when the sentence names another event's series
    found = events(
        "Bupati Blitar Hendra Wijayakusuma meresmikan Pasar Rakyat Sukamaju, Kamis (17/7/2025). "
        "Pedagang ke-1 menempati kios baru. Pedagang ke-2 menempati kios baru. Pedagang ke-3 menempati kios baru. Pedagang ke-4 menempati kios baru. Pedagang ke-5 menempati kios baru. Pedagang ke-6 menempati kios baru. Pedagang ke-7 menempati kios baru. Pedagang ke-8 menempati kios baru. Pedagang ke-9 menempati kios baru. Dalam rangkaian hari jadi, Dinas Perdagangan dan Bank Sentosa menandatangani nota "
        "kesepahaman tentang kredit usaha."
    )
    assert len(found) == 1


def test_festivities_going_on_with_a_gathering_far_on_are_of_the_days_event() -> None:
    found = events(
        "Pemkab Blitar menggelar Delta Expo UMKM 2025 di Alun-alun Blitar, Rabu (29/1/2025). "
        "Pedagang ke-1 menempati kios baru. Pedagang ke-2 menempati kios baru. Pedagang ke-3 menempati kios baru. Pedagang ke-4 menempati kios baru. Pedagang ke-5 menempati kios baru. Pedagang ke-6 menempati kios baru. Pedagang ke-7 menempati kios baru. Pedagang ke-8 menempati kios baru. Pedagang ke-9 menempati kios baru. Kemeriahan berlanjut dengan Kirab Tumpeng Hari Jadi yang diarak ke Pendopo."
    )
    assert ("Kirab Tumpeng Hari Jadi", "2025-01-29") in [(e.name, e.date) for e in found]


def test_dilanjutkan_alone_and_later_that_day_go_on_to_the_days_next_gathering() -> None:
    found = events(
        "Rapat Paripurna Istimewa DPRD Kabupaten Blitar digelar di Gedung DPRD, Senin (18/11/2024) pagi, "
        "dilanjutkan Pembukaan Pameran Batik Blitar 2024 di Pendopo Agung. Rapat dipimpin Ketua DPRD. "
        "Pada malam harinya, Bupati membuka Blitar Expo UMKM 2024 di Alun-alun Blitar."
    )
    told = [(e.name, e.date) for e in found]
    assert ("Pembukaan Pameran Batik Blitar 2024", "2024-11-18") in told
    assert ("Pembukaan Blitar Expo UMKM 2024", "2024-11-18") in told


def test_a_clause_going_on_to_a_gathering_on_a_day_it_names_is_not_of_the_first_day() -> None:
    found = events(
        "Istighosah akbar digelar di Masjid Baitussalam, Jumat (12/7/2024) malam, dilanjutkan pagelaran "
        "wayang kulit, dan ditutup dengan Kirab Budaya Desa pada hari Minggu."
    )
    assert not [e for e in found if e.name.startswith("Kirab") and e.date == "2024-07-12"]


def test_the_same_day_however_far_on_is_the_day_of_the_event_told_last() -> None:
    filler = " ".join(f"Pedagang ke-{n} menempati kios baru." for n in range(1, 10))
    found = events(
        "DPRD Kabupaten Blitar menggelar Rapat Paripurna di Gedung DPRD, Senin (10/6/2024). "
        f"{filler} Pada hari yang sama, DPRD Kabupaten Blitar juga menerima kunjungan kerja Komisi II "
        "DPRD Kabupaten Kampar."
    )
    assert any(e.name.startswith("Kunjungan Kerja Komisi II") and e.date == "2024-06-10" for e in found)


def test_the_same_act_going_on_the_same_day_is_the_same_event_with_more_taking_part() -> None:
    [event] = events(
        "Penandatanganan nota kesepahaman dilakukan Wali Kota Blitar Hendra Wijayakusuma di Balai Kota, "
        "Senin (3/3/2025). Dilanjutkan penandatanganan perjanjian kerja sama antara Kepala Dinas Koperasi "
        "Kota Blitar Rudi Hartawan dan Pemimpin Cabang Bank Jatim Blitar Agus Salim."
    )
    assert {"Rudi Hartawan", "Agus Salim"} <= {p.name for p in (*event.performers, *event.attendees)}


def test_those_who_witnessed_an_event_took_part() -> None:
    [event] = events(
        "Bupati Blitar Hendra Wijayakusuma melantik 87 pejabat administrator di Pendopo Agung, Senin "
        "(3/3/2025). Pelantikan itu didasarkan pada keputusan bupati. Acara pelantikan disaksikan Wakil "
        "Bupati Blitar Dewi Lestari dan Ketua DPRD Kabupaten Blitar Darmadi Santoso."
    )
    came = {p.name for p in (*event.performers, *event.attendees)}
    assert {"Dewi Lestari", "Darmadi Santoso"} <= came


def test_those_listed_as_present_a_few_sentences_after_the_last_one_about_an_event_took_part() -> None:
    _, meeting = events(
        "Sebelumnya, Wali Kota Blitar Hendra Wijayakusuma meninjau Pasar Legi, Senin (13/10/2025).\n"
        "Selanjutnya, Wali Kota Blitar menghadiri Rapat Koordinasi Pengendalian Inflasi di Balai Kota Blitar, "
        "Selasa (14/10/2025). Rapat dipimpin Sekretaris Daerah Kota Blitar Erik Setiawan. Dalam rapat itu "
        "dibahas stok beras dan harga cabai. Sekda meminta seluruh perangkat daerah memantau harga.\n"
        "Hadir pula Wakil Ketua DPRD Kota Blitar Yuni Astuti."
    )
    assert meeting.name.startswith("Rapat Koordinasi")
    assert "Yuni Astuti" in {p.name for p in (*meeting.performers, *meeting.attendees)}


def test_the_sentence_after_an_event_says_where_it_was_held() -> None:
    [event] = events(
        "Wali Kota Sukamaju Hendra Wiratama melantik 40 pejabat administrator dan pengawas di lingkungan "
        "Pemerintah Kota Sukamaju, Jumat (5/1/2024). Pelantikan digelar di Ruang Sidang Balai Kota Sukamaju."
    )
    assert event.name.startswith("Pelantikan 40 pejabat") and event.date == "2024-01-05"
    assert location(event) == "Ruang Sidang Balai Kota Sukamaju"
    [event] = events(
        "Pemerintah Kota Sukamaju menandatangani nota kesepahaman digitalisasi retribusi pasar, Selasa "
        "(14/5/2024). Nota tersebut ditandatangani oleh Rektor Universitas Sukamaju Lina Marlina. Acara yang "
        "digelar di Ruang Rapat Kenanga itu berlangsung lancar."
    )
    assert location(event) == "Ruang Rapat Kenanga"
    # not a place where something is planned
    [event] = events(
        "Wali Kota Sukamaju Hendra Wiratama melantik 40 pejabat administrator, Jumat (5/1/2024). Pelantikan "
        "berikutnya akan digelar di Ruang Sidang Balai Kota Sukamaju."
    )
    assert location(event) is None
    # the sentence after may write the event's own day again, not another
    [event] = events(
        "Sukamaju, 5 Januari 2024 – Wali Kota Sukamaju Hendra Wiratama melantik 40 pejabat administrator. "
        "Pelantikan berlangsung di Ruang Sidang Balai Kota Sukamaju pada Jumat, 5 Januari 2024."
    )
    assert location(event) == "Ruang Sidang Balai Kota Sukamaju"


def test_those_who_signed_greeted_or_went_along_right_after_an_event_took_part() -> None:
    [event] = events(
        "Pemerintah Kota Sukamaju menandatangani nota kesepahaman digitalisasi retribusi pasar, Selasa "
        "(14/5/2024). Nota tersebut ditandatangani oleh Direktur Utama Bank Sukamaju Makmur Dedi Prasetyo dan "
        "Rektor Universitas Sukamaju Lina Marlina."
    )
    assert {"Dedi Prasetyo", "Lina Marlina"} <= {p.name for p in event.attendees}
    [event] = events(
        "Wakil Gubernur Jawa Timur Bayu Aditya meninjau posko pengungsian banjir, Minggu (3/3/2024). Wagub "
        "meninjau posko bersama Kepala BPBD Jawa Timur Teguh Prakoso dan Camat Sumberjati Eko Purnomo. "
        "Setibanya di lokasi, Bayu disambut oleh Kapolres Sukamaju AKBP Rudi Hartono."
    )
    assert {"Teguh Prakoso", "Eko Purnomo", "Rudi Hartono"} <= {p.name for p in event.attendees}


def test_a_year_closes_an_event_name_and_the_one_joined_after_it_is_another_that_day() -> None:
    for text in (
        "Pemerintah Kabupaten Sukamaju menggelar Expo Produk Desa 2024 dan Pameran Batik dan Tenun Nusantara di "
        "Alun-Alun Sukamaju, Sabtu (27/1/2024).",
        "Pemerintah Kabupaten Sukamaju menggelar Expo Produk Desa 2024 dan Festival Kuliner Nusantara di "
        "Alun-Alun Sukamaju, Sabtu (27/1/2024).",
    ):
        found = {e.name: e for e in events(text)}
        assert len(found) == 2 and "Expo Produk Desa 2024" in found
        assert {e.date for e in found.values()} == {"2024-01-27"}
        assert {location(e) for e in found.values()} == {"Alun-Alun Sukamaju"}
    assert {e.name for e in events(text)} == {"Expo Produk Desa 2024", "Festival Kuliner Nusantara"}


def test_a_gathering_told_after_a_dated_one_as_the_same_days_is_another_event_that_day() -> None:
    found = events(
        "Peringatan Hari Jadi ke-1260 Kabupaten Sukamaju diawali dengan Rapat Paripurna Istimewa DPRD "
        "Kabupaten Sukamaju, Senin (27/11/2023). Usai rapat paripurna, Bupati Sukamaju Ahmad Fauzan membuka "
        "Expo Produk Desa 2023 di Alun-Alun Sukamaju. Rangkaian hari jadi dilanjutkan dengan Kirab Gunungan "
        "Hari Jadi yang diikuti ribuan warga."
    )
    assert [(e.name, e.date) for e in found] == [
        ("Rapat Paripurna Istimewa DPRD Kabupaten Sukamaju", "2023-11-27"),
        ("Pembukaan Expo Produk Desa 2023", "2023-11-27"),
        ("Kirab Gunungan Hari Jadi", "2023-11-27"),
    ]
    assert location(found[1]) == "Alun-Alun Sukamaju"
    # not after a sentence dated another day, nor a plan
    found = events(
        "DPRD Kabupaten Sukamaju menggelar Rapat Paripurna Istimewa, Senin (27/11/2023). Selasa (28/11/2023), "
        "Bupati meninjau pasar. Usai itu, Bupati akan membuka Expo Produk Desa 2023 di Alun-Alun Sukamaju."
    )
    assert not any(e.name.endswith("Expo Produk Desa 2023") for e in found)


def test_a_lower_case_event_phrase_ends_with_the_name_its_fourth_word_is_in() -> None:
    [event] = events(
        "Penyerahan penghargaan Desa Wisata Terbaik dilakukan oleh Menteri Pariwisata di Hotel Grand "
        "Sukamaju, Sabtu (22/7/2023)."
    )
    assert event.name == "Penyerahan Penghargaan Desa Wisata Terbaik"


def test_an_event_called_by_its_bare_word_takes_the_name_the_lead_gave_it() -> None:
    [event] = events(
        "Sukamaju Flower Carnival 2023 kembali menyedot perhatian ribuan warga dan wisatawan. Sebanyak 40 "
        "peserta tampil dengan kostum bunga.\n"
        "Parade dilepas di depan Balai Kota Sukamaju, Sabtu (22/7/2023). Karnaval menjadi agenda tahunan."
    )
    assert (event.name, event.date) == ("Sukamaju Flower Carnival 2023", "2023-07-22")
    # not a name of another class
    [event] = events(
        "Rapat Koordinasi Pengendalian Inflasi digelar pekan lalu. Warga memadati lapangan.\n"
        "Parade dilepas di depan Balai Kota Sukamaju, Sabtu (22/7/2023)."
    )
    assert event.name == "Parade"


def test_the_first_day_of_a_programme_is_an_event() -> None:
    [event] = events(
        "Hari perdana Sekolah Rakyat di Kabupaten Sukamaju, Senin (14/7/2025), diikuti 150 siswa."
    )
    assert (event.name, event.date) == ("Hari Perdana Sekolah Rakyat", "2025-07-14")


def test_a_venue_the_next_sentence_says_an_event_was_held_at_comes_before_the_town_of_its_own() -> None:
    [event] = events(
        "Pemerintah Kota Sukamaju menggelar rapat koordinasi penanganan stunting di Kota Semarang, Senin "
        "(12/2/2024). Kegiatan berlangsung di Ruang Sidang Balai Kota Sukamaju dan diikuti seluruh camat."
    )
    assert location(event) == "Ruang Sidang Balai Kota Sukamaju"
    # a sentence saying who came says nothing of the place
    [event] = events(
        "Pemerintah Kota Sukamaju menggelar rapat koordinasi penanganan stunting, Senin (12/2/2024). Acara "
        "turut dihadiri seluruh camat di Kota Semarang."
    )
    assert location(event) is None


def test_each_gathering_of_an_anniversary_day_is_its_own_event_that_day() -> None:
    found = events(
        "Peringatan Hari Jadi ke-700 Kabupaten Blitar berlangsung meriah, Kamis (28/11/2024). Rangkaian acara "
        "diawali dengan Rapat Paripurna Istimewa DPRD Kabupaten Blitar yang digelar di Gedung DPRD Kabupaten "
        "Blitar.\n"
        "Rapat paripurna dipimpin Ketua DPRD Kabupaten Blitar Sri Wulandari. Dalam sambutannya, Bupati Blitar "
        "Hadi Santoso mengajak warga bergotong royong.\n"
        "“Kita harus terus berbenah,” kata Hadi.\n"
        "Usai rapat paripurna, Bupati bersama Forkopimda mengikuti Kirab Budaya Hari Jadi dari Pendopo "
        "Kabupaten menuju Alun-Alun Blitar. Selanjutnya, Bupati membuka Pameran Produk Unggulan Daerah 2024 di "
        "Alun-Alun Blitar. Pameran akan berlangsung hingga 1 Desember 2024.",
        date="2024-11-28",
    )
    assert {(e.name, e.date) for e in found} == {
        ("Peringatan Hari Jadi Ke-700 Kabupaten Blitar", "2024-11-28"),
        ("Rapat Paripurna Istimewa DPRD Kabupaten Blitar", "2024-11-28"),
        ("Kirab Budaya Hari Jadi", "2024-11-28"),
        ("Pembukaan Pameran Produk Unggulan Daerah 2024", "2024-11-28"),
    }


def test_two_holidays_joined_after_a_year_are_no_second_event() -> None:
    """ "rakor pengamanan Natal 2024 dan Tahun Baru 2025": the holidays the meeting prepares for."""
    x = extract(
        Article(
            "Judul",
            "Plt Wali Kota Medan memimpin rapat koordinasi pengamanan Natal 2024 dan Tahun Baru 2025 di "
            "Balai Kota Medan, Kamis (19/12/2024).",
        )
    )
    assert not any(e.name.startswith("Tahun Baru") for e in x.events), [e.name for e in x.events]


def test_a_second_act_on_the_same_object_keeps_the_first_acts_event() -> None:
    """ "melantik dan mengambil sumpah jabatan 42 pejabat": one inauguration, named by its first act."""
    [event] = events(
        "Wali Kota Sukamaju Hendra Wiguna melantik dan mengambil sumpah jabatan 42 pejabat administrator di "
        "Graha Sukamaju, Jumat (5/1/2024).",
        date="2024-01-05",
    )
    assert (event.name, event.kind, location(event)) == (
        "Pelantikan 42 pejabat administrator",
        "Inauguration",
        "Graha Sukamaju",
    )


def test_a_report_handed_over_is_an_event_unless_handed_over_at_a_named_gathering() -> None:
    [event] = events(
        "Laporan Hasil Pemeriksaan (LHP) diserahkan Kepala BPK Perwakilan Provinsi Jawa Timur Ratna Dewanti "
        "kepada Wali Kota Madiun Hendra Wiguna di Auditorium Kantor BPK, Rabu (22/5/2024).",
        date="2024-05-22",
    )
    assert (event.name, location(event)) == ("Penyerahan Laporan Hasil Pemeriksaan", "Auditorium Kantor BPK")
    assert {p.name for p in event.performers + event.attendees} >= {"Ratna Dewanti", "Hendra Wiguna"}
    [event] = events(
        "LHP diserahkan oleh Kepala BPK Ratna Dewanti kepada Gubernur Jawa Timur dalam Rapat Paripurna DPRD "
        "Jatim di Gedung Negara Grahadi, Senin (22/5/2023).",
        date="2023-05-22",
    )
    assert event.name.startswith("Rapat Paripurna DPRD")
    # a report taken in a quotation dated by the statement is none
    assert not events(
        '"Rekomendasi wajib ditindaklanjuti setelah LHP diterima," kata Ratna, Rabu (22/5/2024).'
    )


def test_aid_handed_over_by_someone_in_the_passive_is_an_event_unless_at_a_named_gathering() -> None:
    """ "Bantuan bibit kopi tersebut diserahkan langsung oleh Camat ... pada 8 Juli lalu": the handing over
    of the aid that opens the sentence; none when a gathering is named after the verb."""
    [event] = events(
        "Bantuan bibit kopi tersebut diserahkan langsung oleh Camat Pangururan Tumpal Sinaga kepada 20 "
        "kelompok tani di Balai Desa Lumban pada 8 Juli lalu.",
        date="2021-07-10",
    )
    assert (event.name, event.date) == ("Penyerahan bantuan bibit kopi", "2021-07-08")
    [event] = events(
        "Bantuan tersebut diserahkan oleh Bupati Samosir Romauli Simbolon dalam Rapat Koordinasi Ketahanan "
        "Pangan di Aula Kantor Bupati Samosir, Senin (5/7/2021).",
        date="2021-07-08",
    )
    assert event.name.startswith("Rapat Koordinasi Ketahanan Pangan")
    # nobody said to hand it over: no event of a handing over
    assert not events("Bantuan itu diserahkan pekan depan, kata Tumpal, Senin (5/7/2021).", date="2021-07-08")
    # (what the aid is made of listed after "berupa", numbers and all, before its pointer)
    [event] = events(
        "Bantuan berupa 1.200 bibit durian, 8 ekor sapi dan pakan ternak itu diserahkan langsung oleh Wakil "
        "Bupati Samosir Binsar Manurung kepada kelompok tani di Balai Desa Lumban, Rabu (14/7/2021).",
        date="2021-07-16",
    )
    assert (event.name, event.date) == ("Penyerahan bantuan", "2021-07-14")


@pytest.mark.parametrize("joined", ["dengan", "ditandai dengan"])
def test_what_a_beginning_dated_before_it_was_made_with_is_that_days_event(joined: str) -> None:
    """ "Tahap pertama dimulai Kamis (8/7/2021) dengan pelepasan 12 tim ...": what the beginning was made
    with, named after the date; "dengan" alone, after a date with no beginning before it, names none."""
    [event] = events(
        f"Tahap pertama dimulai Kamis (8/7/2021) {joined} pelepasan 12 tim penyuluh keliling dari halaman "
        "Kantor Camat Pangururan.",
        date="2021-07-10",
    )
    assert (event.name, event.date) == ("Pelepasan 12 Tim Penyuluh", "2021-07-08")
    assert not events("Warga berdatangan Kamis (8/7/2021) dengan membawa hasil panen.", date="2021-07-10")


def test_each_clause_of_a_days_programme_is_a_gathering_at_its_own_place() -> None:
    found = events(
        "Peringatan Hari Jadi ke-700 Kabupaten Blitar berlangsung meriah, Rabu (31/1/2024). Rangkaian "
        "puncak peringatan diawali dengan Rapat Paripurna Istimewa DPRD Kabupaten Blitar di Gedung DPRD "
        "Blitar, Jalan Merdeka, kemudian dilanjutkan dengan pembukaan Sukamaju Expo UMKM 2024 di Alun-alun "
        "Sukamaju dan tasyakuran bersama warga di Pendopo Sukamaju.",
        date="2024-01-31",
    )
    places = {e.name: location(e) for e in found}
    assert (
        places["Rapat Paripurna Istimewa DPRD Kabupaten Blitar"]
        == "Gedung Dewan Perwakilan Rakyat Daerah Kabupaten Blitar"
    )
    assert places["Sukamaju Expo UMKM 2024"] == "Alun-alun Sukamaju"
    assert places["Tasyakuran"] == "Pendopo Sukamaju"
    # and the rest of the event's own sentence after "dilanjutkan dengan"
    found = events(
        "Diawali Rapat Paripurna Istimewa DPRD Kabupaten Blitar di Gedung DPRD Kabupaten Blitar, Rabu "
        "(31/1/2024) pagi, rangkaian peringatan dilanjutkan dengan pembukaan Pameran Produk Desa 2024 di "
        "kawasan Stadion Sukamaju pada siang harinya.",
        date="2024-01-31",
    )
    assert {e.name: location(e) for e in found} == {
        "Rapat Paripurna Istimewa DPRD Kabupaten Blitar": "Gedung Dewan Perwakilan Rakyat Daerah Kabupaten Blitar",
        "Pameran Produk Desa 2024": "Stadion Sukamaju",
    }


def test_the_steps_of_one_ceremony_are_no_gatherings_of_their_own() -> None:
    found = events(
        "Wali Kota Sukamaju Hendra Wiguna melantik 40 pejabat pengawas di Graha Sukamaju, Jumat (5/1/2024). "
        "Prosesi diawali dengan pembacaan surat keputusan, kemudian dilanjutkan dengan pengambilan sumpah "
        "yang didampingi rohaniwan.",
        date="2024-01-05",
    )
    assert [e.name for e in found] == ["Pelantikan 40 pejabat pengawas"]


def test_a_launch_at_the_same_occasion_after_the_events_end_date_is_told_is_held_there_that_day() -> None:
    found = events(
        "Wakil Wali Kota Malang Hendra Kusuma Wijaya membuka secara resmi Malang Creative Festival 2024 di "
        "Mall Olympic Garden, Sabtu (12/10/2024).\n"
        "Kepala Disbudpar Kota Malang Siti Nurjanah menambahkan bahwa festival berlangsung hingga Minggu "
        "(13/10/2024).\n"
        "Pada kesempatan yang sama, Pemkot Malang meluncurkan aplikasi Sambat Online untuk menampung aduan warga.",
        date="2024-10-12",
    )
    assert {(e.name, e.date, location(e)) for e in found} >= {
        ("Peluncuran Sambat Online", "2024-10-12", "Mall Olympic Garden")
    }


def test_a_handover_told_after_the_days_event_is_held_that_day_past_a_sentence_of_plans() -> None:
    found = events(
        "Bupati Lumajang Wahyu Santoso mencanangkan program Gerakan Ayo Sekolah Lagi di Pendopo Arya "
        "Wiraraja, Kamis (15/8/2024). Anak yang kembali bersekolah akan menerima bantuan seragam. Usai "
        "pencanangan, Bupati menyerahkan secara simbolis paket perlengkapan sekolah kepada 50 anak di Balai "
        "Desa Sukodono.",
        date="2024-08-15",
    )
    assert ("Penyerahan paket perlengkapan sekolah", "2024-08-15", "Balai Desa Sukodono") in {
        (e.name, e.date, location(e)) for e in found
    }


def test_a_sentence_telling_a_stretch_of_days_does_not_end_who_came_to_the_days_meeting() -> None:
    [meeting, *_] = events(
        "Forkopimda Kota Tirtaraya menggelar rapat koordinasi pengamanan Natal di Gedung Bhara Daksa, "
        "Senin (23/12/2024). Sebanyak 1.200 personel disiagakan selama Operasi Lilin 2024 yang berlangsung "
        "mulai 21 Desember 2024 hingga 2 Januari 2025.\n"
        "Rakor dipimpin Kapolres Tirtaraya AKBP Hendra Wijaya dan dihadiri Kepala Kejaksaan Negeri Madiun "
        "Ratna Sari Dewi serta perwakilan PT Kereta Api Indonesia.",
        date="2024-12-23",
    )
    assert meeting.date == "2024-12-23"
    assert {"Ratna Sari Dewi", "PT Kereta Api Indonesia"} <= {
        p.name for p in (*meeting.performers, *meeting.attendees)
    }


def test_the_gathering_an_article_opens_with_is_dated_by_the_first_statement_made_there() -> None:
    text = (
        "Badan Narkotika Nasional berencana memasukkan materi pencegahan narkotika ke kurikulum. Ini upaya "
        "memberantas narkoba di sekolah. Kepala BNN Komjen Harsono Wiryawan berbicara pada seminar nasional "
        "di Aula Pesantren Darul Ulum. Ia meminta pendidik ikut mencegah penyalahgunaan narkoba.\n"
        '"Kejahatan narkoba sering terjadi di rumah-rumah, di sekolahan. Untuk itu, kami mengajak santri '
        'menjadi agen pencegahan narkotika di Indonesia," terangnya di hadapan ratusan santri, Jumat (17/10/2025).'
    )
    [seminar] = events(text, date="2025-10-17")
    assert (seminar.name, seminar.date) == ("Seminar Nasional", "2025-10-17")
    assert location(seminar) != "Indonesia"  # the quotation's words are no place the seminar was held at
    # a statement on the phone dates no gathering
    assert not events(
        text.replace("terangnya di hadapan ratusan santri", "terangnya saat dihubungi"), date="2025-10-17"
    )


def test_an_event_named_late_in_a_sentence_of_several_is_held_at_the_venue_after_its_name() -> None:
    found = events(
        "Rangkaian HUT Kota Tirtaraya juga meliputi Pameran Produk Desa di Alun-alun Kota Tirtaraya hingga "
        "Minggu (22/10/2023), kirab hasil bumi, serta Rapat Paripurna Istimewa DPRD Kota Tirtaraya pada Selasa "
        "(17/10/2023) di Gedung DPRD Kota Tirtaraya.",
        date="2023-10-17",
    )
    [meeting] = [e for e in found if e.name.startswith("Rapat Paripurna")]
    assert (location(meeting) or "").startswith("Gedung Dewan Perwakilan Rakyat Daerah")


def test_a_name_written_with_a_slash_between_capitalised_words_goes_on_past_it() -> None:
    [event] = events(
        "Kota Tirtaraya meraih predikat Nindya dalam Penganugerahan Kabupaten/Kota Layak Anak Tahun 2023 "
        "yang digelar di Semarang, Sabtu (22/7/2023).",
        date="2023-07-22",
    )
    assert event.name == "Penganugerahan Kabupaten/Kota Layak Anak Tahun 2023"


def test_a_photo_captions_date_opens_no_event_of_its_own() -> None:
    found = events(
        "Piagam dan trofi KLA diarak dalam kirab sederhana dari Stasiun Balapan menuju Balai Kota Tirtaraya, "
        "Sabtu (27/7/2024). Kirab diikuti ratusan anak.\n"
        "Foto: Kirab trofi KLA dari Stasiun Balapan menuju Balai Kota Tirtaraya, Sabtu (27/7/2024).",
        date="2024-07-27",
    )
    assert [e.name for e in found] == ["Kirab Sederhana"]


def test_a_days_programme_going_on_with_a_named_event_is_that_event() -> None:
    found = events(
        "Pemkot Tirtaraya menggelar Rapat Paripurna Istimewa pada Kamis (17/10/2024). Rangkaian hari jadi "
        "berlanjut pada Jumat (18/10/2024) malam dengan Pembukaan Festival Durian Tirtaraya 2024 di Alun-alun "
        "Kota Tirtaraya. Usai itu, rangkaian kegiatan berlanjut pada Sabtu, 19 Oktober 2024, dengan Pembukaan "
        "Tirtaraya Expo 2024 di Gedung Balai Pemuda.",
        date="2024-10-19",
    )
    assert {(e.name, e.date) for e in found} >= {
        ("Pembukaan Festival Durian Tirtaraya 2024", "2024-10-18"),
        ("Pembukaan Tirtaraya Expo 2024", "2024-10-19"),
    }
    assert not any(e.name == "Hari Jadi" for e in found)


def test_a_weekday_named_alone_dates_the_event_to_that_day_of_the_publication_week() -> None:
    found = events(
        "Surabaya (ANTARA) - Laporan itu diserahkan kepada Gubernur dalam Rapat Paripurna DPRD Jatim di "
        "Gedung DPRD Jatim, Surabaya, Senin. Sebelumnya, Pemprov menggelar Rapat Koordinasi Inspektorat "
        "pada Jumat malam.",
        date="2024-05-28",
    )
    assert {(e.name, e.date) for e in found} >= {
        ("Rapat Paripurna DPRD Jatim", "2024-05-27"),
        ("Rapat Koordinasi Inspektorat", "2024-05-24"),
    }


def test_an_event_held_together_with_a_celebration_is_not_the_celebration() -> None:
    [event] = events(
        "Penghargaan tersebut diserahkan dalam Malam Penganugerahan KLA Tahun 2024 yang digelar bersamaan "
        "dengan puncak peringatan Hari Anak Nasional (HAN) di Jayapura, Selasa (23/7/2024).",
        date="2024-07-24",
    )
    assert event.name == "Malam Penganugerahan KLA Tahun 2024"


def test_an_award_received_on_the_day_a_sentence_opens_with_is_its_ceremony() -> None:
    [event] = events(
        "Pada Jumat (24/5), Pemprov menerima Penghargaan Pembangunan Daerah 2024 peringkat pertama dari "
        "Bappenas di Jakarta.",
        date="2024-05-27",
    )
    assert (event.kind, event.date) == ("Ceremony", "2024-05-24")
    assert "Penghargaan" in event.name


def test_a_campaign_spoken_of_again_by_its_kind_is_the_event_of_its_period() -> None:
    x = extract(
        Article(
            "Judul",
            "Polres Sukamaju menggelar Apel Gelar Pasukan Operasi Keselamatan Merapi 2025 di halaman "
            "Mapolres, Senin (10/2/2025). Operasi yang berlangsung selama 14 hari, mulai 10 hingga 23 "
            "Februari 2025, itu melibatkan 186 personel gabungan.",
            date="2025-02-10",
        )
    )
    campaign = next(e for e in x.events if e.name.startswith("Operasi"))
    assert (campaign.name, campaign.date, campaign.end_date) == (
        "Operasi Keselamatan Merapi 2025", "2025-02-10", "2025-02-23",
    )  # fmt: skip


def test_a_sentence_opening_with_after_the_event_far_on_is_of_its_day() -> None:
    filler = " ".join(f"Kapolres menyampaikan pesan keselamatan nomor {n} kepada peserta." for n in range(10))
    x = extract(
        Article(
            "Judul",
            "Polresta Sukamaju menggelar Apel Gelar Pasukan Operasi Keselamatan Merapi 2025 di Mapolresta "
            "Sukamaju, Senin (10/2/2025). Operasi yang berlangsung mulai 10 hingga 23 Februari 2025 itu "
            f"melibatkan 186 personel. {filler} Usai apel, Kasat Lantas Kompol Budi Hartono melaksanakan "
            "sosialisasi keselamatan berlalu lintas di SMA Negeri 4 Sukamaju.",
            date="2025-02-10",
        )
    )
    assert any(e.name.startswith("Sosialisasi") and e.date == "2025-02-10" for e in x.events)


def test_an_activity_told_without_its_word_is_what_a_next_sentence_says_it_was() -> None:
    x = events(
        "SUKAMAJU – Sirene peringatan dini tsunami meraung di pesisir Kelurahan Wonorejo, Rabu (26/2/2025) "
        "pagi. Dalam hitungan menit, 1.200 warga bergerak ke titik kumpul.\n"
        "Kegiatan itu merupakan simulasi evakuasi mandiri yang digelar BPBD Kota Sukamaju.\n"
        "Sehari berselang, Kamis (27/2/2025), BPBD Kota Sukamaju melanjutkan kegiatan dengan sosialisasi "
        "keselamatan di SMP Negeri 9 Sukamaju.",
        date="2025-02-27",
    )
    assert {(e.date, e.name.split()[0]) for e in x} == {
        ("2025-02-26", "Simulasi"),
        ("2025-02-27", "Sosialisasi"),
    }


@pytest.mark.parametrize(
    "said",
    [
        "Kepanikan itu bukan karena bencana sungguhan. BPBD Kota Sukamaju tengah menggelar simulasi evakuasi "
        "tsunami.",
        "Namun, kejadian itu bukan bencana sungguhan, melainkan simulasi evakuasi tsunami yang melibatkan "
        "warga.",
    ],
)
def test_an_activity_told_without_its_word_is_what_a_later_sentence_says_was_being_held(said: str) -> None:
    x = events(
        "Sirene peringatan dini tsunami meraung di pesisir Kelurahan Wonorejo, Rabu (26/2/2025) pagi. "
        f"Ratusan warga bergegas menuju bukit.\n{said}",
        date="2025-02-27",
    )
    assert [(e.date, e.name.split()[0]) for e in x] == [("2025-02-26", "Simulasi")]


def test_a_programmes_gathering_held_on_a_day_is_an_event_named_after_it() -> None:
    x = extract(
        Article(
            "Judul",
            "Jumat (17/1/2025), Kapolres menggelar kegiatan Jumat Curhat di Masjid Al-Ikhlas Sukamaju. "
            "Rabu (12/2/2025), Satlantas Polres Sukamaju menggelar program Police Goes to School di SMK "
            "Negeri 2 Sukamaju.",
            date="2025-02-12",
        )
    )
    programmes = {p.name for p in x.entities if p.type is EntityType.PROGRAM}
    assert programmes >= {"Jumat Curhat", "Police Goes to School"}
    assert {(e.date, e.name) for e in x.events} == {
        ("2025-01-17", "Jumat Curhat"),
        ("2025-02-12", "Police Goes To School"),
    }


def test_an_operations_opening_parade_and_the_operation_told_back_with_a_clause_are_two_events() -> None:
    for text in (
        "Polresta Sukamaju menggelar apel gelar pasukan Operasi Keselamatan Merapi 2025 di halaman "
        "Mapolresta Sukamaju, Senin (10/2/2025) pagi. Operasi kepolisian yang mengedepankan kegiatan "
        "preemtif tersebut akan berlangsung selama 14 hari, mulai 10 hingga 23 Februari 2025.",
        "Polresta Sukamaju menggelar Apel Gelar Pasukan Operasi Keselamatan Merapi 2025 di lapangan apel "
        "Mapolresta Sukamaju, Senin (10/2/2025) pagi. Operasi kepolisian kewilayahan tersebut berlangsung "
        "selama 14 hari, mulai 10 hingga 23 Februari 2025.",
    ):
        found = {e.name for e in events(text, date="2025-02-10")}
        assert found == {
            "Apel Gelar Pasukan Operasi Keselamatan Merapi 2025",
            "Operasi Keselamatan Merapi 2025",
        }


@pytest.mark.parametrize(
    "paraded",
    [
        "Keesokan harinya, Rabu (20/11/2024) pagi, trofi Kota Sehat diarak dari Bandara Sukamaju menuju Balai "
        "Kota Sukamaju.",
        "Trofi Kota Sehat tersebut kemudian diarak dari Bandara Sukamaju menuju Balai Kota Sukamaju pada Rabu "
        "(20/11/2024) pagi.",
        # planned, on the date after the verb
        "Rencananya, trofi Kota Sehat akan diarak dari Bandara Sukamaju menuju Balai Kota Sukamaju pada Rabu "
        "(20/11/2024).",
    ],
)
def test_a_trophy_paraded_on_a_day_is_that_days_event(paraded: str) -> None:
    found = events(
        f"Kota Sukamaju meraih penghargaan Kota Sehat 2024 di Jakarta, Selasa (19/11/2024). {paraded}",
        date="2024-11-20",
    )
    assert ("2024-11-20", "Kirab Trofi Kota Sehat") in {(e.date, e.name) for e in found}


def test_a_trophy_to_be_paraded_is_no_event_of_the_day_it_was_received() -> None:
    found = events(
        "Piala Kota Sehat yang diterima Wali Kota Sukamaju di Jakarta, Selasa (19/11/2024), akan diarak "
        "keliling kota.",
        date="2024-11-20",
    )
    assert not [e for e in found if e.name.startswith("Kirab")]


def test_a_weekday_and_its_time_of_day_opening_a_sentence_dates_its_activity() -> None:
    found = events(
        "Wali Kota Sukamaju mencanangkan gerakan stunting di Balai Kampung Wonorejo, Jumat (9/8/2024). "
        "Jumat sore, Wali Kota melanjutkan peninjauan ke Posyandu Melati di Kelurahan Sukamaju.",
        date="2024-08-10",
    )
    assert any(e.date == "2024-08-09" and e.name.startswith("Peninjauan") for e in found)


def test_a_working_visit_made_after_a_date_is_an_event_and_a_warning_is_no_commemoration() -> None:
    found = events(
        "Keesokan harinya, Selasa (15/7/2025), Wakil Wali Kota Sukamaju melakukan kunjungan kerja ke RSUD "
        "Sukamaju untuk memastikan kesiapan rumah sakit.",
        date="2025-07-15",
    )
    assert [(e.date, e.name) for e in found] == [("2025-07-15", "Kunjungan Kerja")]
    assert not events(
        "Rupiah melemah hari ini karena peringatan dari Presiden AS terkait negara yang belum melakukan "
        "negosiasi dengan AS, kata pengamat, Senin (7/7/2025).",
        date="2025-07-07",
    )


def test_an_event_a_number_of_days_before_or_after_another_is_not_that_day_s_event() -> None:
    x = extract(
        Article(
            title="Polres Gelar Konferensi Pers",
            text="Polres Sukamaju menggelar konferensi pers, Selasa (3/6/2025). Sehari sebelum konferensi pers, "
            "Senin (2/6/2025), Satresnarkoba menggelar sosialisasi bahaya narkoba di SMA Negeri 1 Sukamaju.",
            url="https://example.org/e1",
            date="2025-06-03",
        )
    )
    assert {(e.name, e.date) for e in x.events} == {
        ("Konferensi Pers", "2025-06-03"),
        ("Sosialisasi Bahaya Narkoba", "2025-06-02"),
    }


def test_a_dated_activity_told_as_part_of_an_event_in_the_next_sentence_is_that_event() -> None:
    x = extract(
        Article(
            title="Sirine Meraung di Pesisir",
            text="Sirine meraung di kawasan Pantai Sukamaju, Kabupaten Malang, Selasa (5/11/2024) pagi. Ratusan "
            "warga berlarian menuju titik kumpul sebagai bagian dari simulasi evakuasi tsunami.",
            url="https://example.org/e2",
            date="2024-11-05",
        )
    )
    assert [(e.name, e.date) for e in x.events] == [("Simulasi Evakuasi Tsunami", "2024-11-05")]


@pytest.mark.parametrize(
    "told",
    [
        "Kepanikan itu bagian dari simulasi evakuasi tsunami yang digelar BPBD Kabupaten Malang.",
        "Ratusan warga bergegas ke titik kumpul dalam simulasi evakuasi tsunami dan gempa bumi yang digelar "
        "BPBD Kabupaten Malang.",
    ],
)
def test_the_activity_of_a_dated_sentence_is_the_gathering_the_next_one_says_it_was_part_of(
    told: str,
) -> None:
    x = extract(
        Article(
            title="Sirine Meraung di Pesisir",
            text=f"Sirine meraung di kawasan Pantai Sukamaju, Kabupaten Malang, Selasa (5/11/2024) pagi. {told}",
            url="https://example.org/e3",
            date="2024-11-05",
        )
    )
    assert [(e.name.split()[0], e.date) for e in x.events] == [("Simulasi", "2024-11-05")]


def test_those_who_act_right_after_an_event_named_by_its_head_took_part_in_it() -> None:
    x = extract(
        Article(
            title="Pemkot Batu Canangkan Gerakan Kali Bersih",
            text="Pemkot Batu mencanangkan Gerakan Kali Bersih di bantaran Sungai Lembayung, Kamis (20/2/2025). "
            "Warga dan pelajar ikut membersihkan sungai.\n"
            "Usai pencanangan, Wali Kota bersama Dinas Lingkungan Hidup Kota Batu menanam 150 bibit pohon.",
            url="https://example.org/e3",
            date="2025-02-20",
        )
    )
    [event] = [e for e in x.events if e.name.startswith("Pencanangan")]
    assert "Dinas Lingkungan Hidup Kota Batu" in {p.name for p in (*event.performers, *event.attendees)}


def test_what_a_sentence_opens_by_following_is_no_new_event_of_the_day() -> None:
    x = extract(
        Article(
            title="Kota Sukamaju Raih Penghargaan",
            text="Pemkot Sukamaju meraih penghargaan pada malam Anugerah Kota Sehat 2025 di Aula Kantor Gubernur, "
            "Kamis (26/6/2025). Usai menerima penghargaan, Wali Kota Sukamaju Yohanes Bili mengatakan "
            "penghargaan itu untuk kader.",
            url="https://example.org/e4",
            date="2025-06-26",
        )
    )
    assert [e.name for e in x.events] == ["Anugerah Kota Sehat 2025"]


def test_keluarga_berencana_in_a_bodys_name_puts_no_act_off_its_day() -> None:
    found = events(
        "Pemkab Blora meraih penghargaan Kabupaten Sehat 2024. Penghargaan diserahkan Kepala Perwakilan Badan "
        "Kependudukan dan Keluarga Berencana Nasional (BKKBN) Provinsi Jawa Tengah, Sri Lestari, kepada Bupati "
        "Blora Hadi Kusuma di Semarang, Selasa (10/12/2024).",
        date="2024-12-11",
    )
    assert [(e.name.split()[0], e.date) for e in found] == [("Penyerahan", "2024-12-10")]


def test_an_attendance_sentence_opening_with_an_events_head_joins_it_however_far_on() -> None:
    found = events(
        "Selasa (10/12/2024), Bupati Blora Hadi Kusuma menerima penghargaan Kabupaten Sehat 2024 di Semarang. "
        "Dua hari berselang, Kamis (12/12/2024), Bupati meluncurkan gerakan Blora Sehat di Pendopo Blora. "
        "Gerakan ini mengajak warga menanam sayur. Program itu dibiayai APBD. Warga menyambut baik. Kader "
        "posyandu ikut dilatih. Sementara itu, saat penerimaan penghargaan di Semarang, Bupati berterima kasih. "
        "Peluncuran di Pendopo Blora turut dihadiri Kepala Dinas Kesehatan Kabupaten Blora Sri Lestari.",
        date="2024-12-13",
    )
    launch = next(e for e in found if e.name.startswith("Peluncuran"))
    assert "Sri Lestari" in {p.name for p in launch.performers + launch.attendees}


def test_an_award_won_and_handed_over_in_a_relative_clause_and_then_paraded_are_that_days_events() -> None:
    found = events(
        "Kota Sukamaju meraih penghargaan Kota Sehat 2024 kategori Wistara, predikat tertinggi dalam "
        "penilaian kota sehat, yang diserahkan di Jakarta pada Selasa (3/12/2024) malam.\n"
        "Piala dan piagam penghargaan itu kemudian diarak menuju Balai Kota Sukamaju, Kamis (5/12/2024) pagi.",
        date="2024-12-05",
    )
    assert {(e.name.split()[0], e.date) for e in found} >= {
        ("Penyerahan", "2024-12-03"),
        ("Kirab", "2024-12-05"),
    }


def test_an_inauguration_and_its_oath_taken_together_are_one_dated_act() -> None:
    [event] = events(
        "Bupati Blitar Rini Syarifah melantik dan mengambil sumpah/janji 42 pejabat administrator di "
        "Pendopo Kabupaten Blitar, Senin (2/6/2025)."
    )
    assert (event.name, event.kind, event.date) == (
        "Pelantikan 42 pejabat administrator",
        "Inauguration",
        "2025-06-02",
    )


def test_a_day_opening_the_sentence_then_a_gathering_called_by_kegiatan_is_that_days_event() -> None:
    [event] = events(
        "Sehari kemudian, Selasa (19/11/2024), Satlantas Polres Blitar menindaklanjuti operasi dengan kegiatan "
        "Polisi Sahabat Pelajar di SMA Negeri 2 Blitar."
    )
    assert (event.name, event.date) == ("Polisi Sahabat Pelajar", "2024-11-19")


def test_a_movement_proclaimed_after_its_lower_case_noun_is_the_days_launch() -> None:
    [event] = events(
        "Bupati Blitar Rini Syarifah mencanangkan gerakan Tanam Serempak (Tandur Sareng) di hamparan sawah Desa "
        "Sumberagung, Rabu (11/9/2024)."
    )
    assert (event.kind, event.date) == ("Launch", "2024-09-11")
    assert "Tanam Serempak" in event.name


def test_a_gathering_planned_for_the_date_opening_its_sentence_is_that_dates_event() -> None:
    [event] = events(
        "Selasa (28/1/2025) besok, BNNK Blitar bersama Satresnarkoba dijadwalkan menggelar sosialisasi bahaya "
        "narkoba di SMK Negeri 2 Sukamaju.",
        date="2025-01-27",
    )
    assert (event.name, event.kind, event.date) == (
        "Sosialisasi Bahaya Narkoba",
        "Socialization",
        "2025-01-28",
    )


def test_what_an_event_is_held_for_does_not_name_it() -> None:
    [event] = events(
        "Polres Blitar menggelar Apel Gelar Pasukan Operasi Ketupat Arjuna 2025 dalam rangka pengamanan Hari "
        "Raya Idul Fitri 1446 Hijriah di Lapangan Apel Mapolres Blitar, Rabu (26/3/2025)."
    )
    assert (event.name, event.date) == ("Apel Gelar Pasukan Operasi Ketupat Arjuna 2025", "2025-03-26")
    # nor the celebration a word after "dalam rangka" says it is for
    held = events(
        "Polres Blitar menggelar Apel Gelar Pasukan Operasi Lilin Arjuna 2024 dalam rangka pengamanan perayaan "
        "Natal 2024 dan Tahun Baru 2025 di lapangan apel Mapolres Blitar, Jumat (20/12/2024) pagi.",
        date="2024-12-20",
    )
    assert [(e.name, e.date) for e in held] == [
        ("Apel Gelar Pasukan Operasi Lilin Arjuna 2024", "2024-12-20")
    ]


def test_the_gathering_a_dated_sentence_opens_after_is_not_the_one_of_its_date() -> None:
    x = extract(
        Article(
            title="Pemkot Tirtaraya Kukuhkan Orang Tua Asuh",
            text=(
                "Pemkot Tirtaraya mengukuhkan 200 orang tua asuh di Aula Kantor Camat Sukamaju, Kamis "
                "(22/5/2025). Pengukuhan dilakukan oleh Wali Kota.\n"
                "Usai pengukuhan, kegiatan dilanjutkan dengan penimbangan balita serentak di 30 posyandu "
                "pada Sabtu (24/5/2025)."
            ),
            url="https://example.org/a",
            date="2025-05-22",
        )
    )
    assert [
        (e.name, e.date) for e in x.events if e.date == "2025-05-24" and e.name.startswith("Pengukuhan")
    ] == []


def test_a_scene_told_on_a_date_is_the_gathering_the_next_sentence_points_at_and_says_was_held() -> None:
    x = extract(
        Article(
            title="Sirene Meraung di Pantai Sukamaju",
            text=(
                "Sirene peringatan dini tsunami meraung di sepanjang Pantai Sukamaju, Kota Palu, Sabtu "
                "(26/4/2025) pagi. Ribuan warga bergerak menuju titik kumpul.\n"
                "Simulasi tersebut digelar BPBD Kota Palu dalam rangka Hari Kesiapsiagaan Bencana.\n"
                "Wali Kota Palu yang memantau jalannya simulasi mengingatkan bahwa gempa dan tsunami 28 "
                "September 2018 harus menjadi pelajaran."
            ),
            url="https://example.org/a",
            date="2025-04-26",
        )
    )
    assert [(e.name, e.date) for e in x.events] == [("Simulasi", "2025-04-26")]


def test_a_scene_told_on_a_date_is_the_drive_the_next_sentence_says_it_was_held_in() -> None:
    x = extract(
        Article(
            title="Warga Serbu Pasar Murah",
            text=(
                "Ratusan warga memadati Taman Sukamaju, Kota Mataram, sejak pagi, Kamis (20/2/2025). Mereka "
                "mengantre untuk membeli beras dalam Gerakan Pangan Murah (GPM) yang digelar Pemkot Mataram."
            ),
            url="https://example.org/a",
            date="2025-02-20",
        )
    )
    assert [(e.name, e.date) for e in x.events] == [("Gerakan Pangan Murah (GPM)", "2025-02-20")]


def test_the_day_a_rule_takes_effect_is_no_events_day() -> None:
    x = extract(
        Article(
            title="Bupati Lantik Pejabat",
            text=(
                "Bupati Sukamaju melantik 131 pejabat di Pendopo, Jumat (3/1/2025). Pelantikan ini sekaligus "
                "menindaklanjuti Peraturan Bupati Sukamaju Nomor 62 Tahun 2024 yang berlaku mulai 1 Januari 2025."
            ),
            url="https://example.org/a",
            date="2025-01-03",
        )
    )
    assert [e.date for e in x.events] == ["2025-01-03"]


def test_the_day_a_rule_binds_from_in_a_relative_clause_is_no_events_day() -> None:
    """``sosialisasi Perbup X ..., yang mulai 1 Juli 2025 berlaku bagi pedagang``: the day the rule binds
    from, written in a clause after it, dates neither the telling of it nor any other gathering."""
    found = events(
        "Pemkab Samosir meluncurkan Gerakan Samosir Bersih di Pantai Pasir Putih Parbaba, Rabu "
        "(16/10/2024). Acara itu juga diisi sosialisasi atas Peraturan Bupati (Perbup) Samosir Nomor 4 Tahun "
        "2024 tentang Sampah Plastik, yang mulai 1 Juli 2025 berlaku bagi pedagang pasar.\n"
        "Sosialisasi Perbup Samosir Nomor 4 Tahun 2024, yang akan mulai 1 Juli 2025 mengikat pemilik "
        "losmen, berlanjut di Pangururan.",
        "2024-10-16",
    )
    assert [e.date for e in found] == ["2024-10-16"]


def test_signing_the_papers_of_office_after_an_inauguration_is_no_gathering_of_its_own() -> None:
    x = extract(
        Article(
            title="Bupati Lantik Pejabat",
            text=(
                "Bupati Sukamaju melantik 50 pejabat di Pendopo Kabupaten, Jumat (3/1/2025).\n"
                '"Layani warga dengan santun," ujarnya.\n'
                "Usai pelantikan, seluruh pejabat menandatangani pakta integritas dan berita acara serah "
                "terima jabatan."
            ),
            url="https://example.org/a",
            date="2025-01-03",
        )
    )
    assert [e.kind for e in x.events] == ["Inauguration"]


def test_a_programme_opening_a_sentence_that_says_it_was_held_on_a_day_is_that_days_event() -> None:
    found = events(
        "Pemkot Sukamaju mencanangkan Gerakan Minggu Bersinar di Balai Kota, Senin (16/6/2025). "
        "Gerakan Minggu Bersinar perdana kemudian digelar pada Minggu (22/6/2025) di Kelurahan Sukamaju Lor.",
        date="2025-06-16",
    )
    held = [e for e in found if e.date == "2025-06-22"]
    assert [e.name for e in held] == ["Gerakan Minggu Bersinar"]


def test_the_suspects_just_named_arrested_as_they_are_an_arrest() -> None:
    found = events(
        "Kedua tersangka masing-masing berinisial AB (34) dan CD (27). Mereka ditangkap pada Senin (20/10/2025) "
        "di sebuah rumah kontrakan di Desa Ngijo."
    )
    assert [(e.name, e.date) for e in found] == [("Penangkapan Tersangka", "2025-10-20")]
    # no suspect named before: "mereka" tells of nobody's arrest
    assert not events("Warga berkumpul di balai desa. Mereka ditangkap pada Senin (20/10/2025), kata warga.")


@pytest.mark.parametrize(
    "dated",
    [
        "Salah satu pengungkapan menonjol terjadi pada Kamis (16/10/2025) malam di sebuah rumah kos di Desa Ngijo.",
        "Kasus terbesar diungkap pada Kamis (16/10/2025) malam di sebuah rumah kos di Desa Ngijo.",
        "Tim opsnal menggerebek sebuah rumah kos di Desa Ngijo pada Kamis (16/10/2025) dini hari.",
    ],
)
def test_a_raid_on_a_day_then_an_arrest_in_the_next_sentence_is_that_days_arrest(dated: str) -> None:
    found = incidents(f"{dated} Dari lokasi itu, petugas menangkap BK (22) dengan barang bukti sabu.")
    assert found == [("Penangkapan BK", "2025-10-16", "Desa Ngijo")]
    # a statement that something was told is no raid; an arrest with its own day is that day's
    assert incidents("Hal itu diungkap AKBP Rina, Kamis (16/10/2025). Petugas menangkap BK (22).") == []
    later = incidents(f"{dated} Pada Jumat (17/10/2025), petugas menangkap BK (22).")
    assert not [arrest for arrest in later if arrest[1] == "2025-10-16"]


def test_a_planting_held_together_is_an_event() -> None:
    found = events("Petani di Desa Ngijo menggelar tanam serentak padi, Kamis (16/10/2025).")
    assert [(e.name, e.date, location(e)) for e in found] == [
        ("Tanam Serentak Padi", "2025-10-16", "Desa Ngijo")
    ]
    # the first planting of a programme, written as a noun after "usai"
    found = events("Bupati berbicara usai penanaman perdana bibit kopi di Desa Tomok, Kamis (16/10/2025).")
    assert [(e.name, e.date, location(e)) for e in found] == [
        ("Penanaman Perdana Bibit Kopi", "2025-10-16", "Desa Tomok")
    ]


def test_a_plenary_called_by_paripurna_alone_is_a_meeting_and_no_word_of_anothers_name() -> None:
    found = events("Nota penjelasan telah disampaikan Bupati pada paripurna sebelumnya, Jumat (17/10/2025).")
    assert [(e.name, e.kind, e.date) for e in found] == [("Paripurna", "Meeting", "2025-10-17")]
    found = events(
        "Hal itu disampaikan Presiden dalam rapat kabinet paripurna di Istana Negara, Senin (20/10/2025)."
    )
    assert [e.name for e in found] == ["Rapat Kabinet Paripurna"]
    # a plenary still to come, then the day of another gathering
    found = events(
        "Sebelum dibawa ke paripurna, pada Jumat (17/10/2025) Pansus I telah menggelar rapat kerja finalisasi "
        "bersama Dinas Perikanan."
    )
    assert [e.name for e in found] == ["Rapat Kerja Finalisasi"]
    # but a date right after what it comes before is that event's own
    found = events(
        "ASN diminta netral menjelang pemungutan suara Pilkada serentak 27 November 2024.", date="2024-11-20"
    )
    assert [e.date for e in found] == ["2024-11-27"]


def test_a_gathering_told_on_the_same_day_as_a_dated_quote_is_that_days() -> None:
    [launch] = events(
        'Harga cabai anjlok. "Kalau dijual sekarang, kami tekor," ujar Kasdi Wiryo, petani di Desa '
        "Sidorejo, saat ditemui di kebunnya, Rabu (5/2/2025).\n"
        "Pada hari yang sama, Pemerintah Kabupaten Kepahiang meluncurkan program Sidorejo Agro Hub "
        "di Aula Bappeda Kepahiang. Program ini menghubungkan kelompok tani dengan pembeli.",
        date="2025-02-06",
    )
    assert (launch.name, launch.date) == ("Peluncuran program Sidorejo Agro Hub", "2025-02-05")
    assert launch.location is not None and launch.location.name == "Aula Bappeda Kepahiang"


def test_an_article_opening_with_a_dated_scene_names_its_gathering_in_the_sentences_after() -> None:
    [event] = events(
        "TOMOHON – Sirene meraung dari menara di Kelurahan Kinilow, Kota Tomohon, Kamis (28/11/2024) "
        "pagi. Ratusan warga bergegas keluar rumah membawa tas siaga. Mereka tengah mengikuti simulasi "
        "penanganan erupsi Gunung Lokon yang digelar BPBD Kota Tomohon.",
        date="2024-11-28",
    )
    assert (event.name, event.date) == ("Simulasi Penanganan Erupsi Gunung Lokon", "2024-11-28")


def test_a_datelines_day_dates_no_gathering_the_next_sentence_names_with_its_own_day() -> None:
    names = [
        event.name
        for event in events(
            "Tomohon, 10 Juni 2025 – Pedagang pasar kini tidak perlu lagi menyiapkan uang receh. "
            "Pemkot Tomohon meluncurkan program pembayaran retribusi digital di Pasar Beriman, "
            "Selasa (10/6/2025). Peluncuran digelar di halaman pasar dan ditandai pemindaian kode QR.",
            date="2025-06-10",
        )
    ]
    assert names == ["Peluncuran program pembayaran retribusi digital"]


def test_a_programme_going_on_the_next_day_with_a_gathering_dates_that_gathering() -> None:
    found = {
        (event.name, event.date)
        for event in events(
            "Polres Tomohon menggelar apel gelar pasukan di Lapangan Babe Palar, Jumat (20/12/2024). "
            "Rangkaian kegiatan dilanjutkan keesokan harinya, Sabtu (21/12/2024), dengan peninjauan pos "
            "pengamanan di kawasan Danau Linow.",
            date="2024-12-20",
        )
    }
    assert any(name.startswith("Peninjauan") and day == "2024-12-21" for name, day in found)


def test_a_command_post_exercise_is_a_training_named_up_to_its_or() -> None:
    [event] = events(
        "Sehari sebelumnya, Rabu (27/11/2024), BPBD Kota Tomohon menggelar latihan posko atau table top "
        "exercise di Aula Kantor Camat Tomohon Utara.",
        date="2024-11-28",
    )
    assert (event.name, event.kind, event.date) == ("Latihan Posko", "Training", "2024-11-27")


def test_a_delegation_welcomed_on_a_day_is_a_welcome_event() -> None:
    [event] = events(
        "DAIRI – Rombongan Desa Wisata Lau Njuhar, Kecamatan Tanah Pinem, disambut meriah di Kantor Bupati "
        "Dairi, Senin (14/10/2024) pagi.",
        date="2024-10-14",
    )
    assert (event.name, event.date) == ("Penyambutan Rombongan Desa Wisata Lau Njuhar", "2024-10-14")
    assert location(event) == "Kantor Bupati Dairi"


def test_an_award_handed_over_with_what_it_was_given_for_is_that_days_event() -> None:
    x = extract(
        Article(
            "Judul",
            "Pemerintah Kabupaten Dairi meraih Zorba Award 2025. Penghargaan atas komitmen dalam "
            "pemberdayaan desa itu diterima langsung Bupati Dairi, Tumpak Hasibuan, di Medan, Selasa, 12 Agustus 2025.",
            date="2025-08-14",
        )
    )
    assert [(e.kind, e.date) for e in x.events] == [("Ceremony", "2025-08-12")]


def test_a_stage_of_a_councils_deliberation_delivered_on_a_day_is_an_event_other_addresses_are_none() -> None:
    def named(text: str) -> list[tuple[str, str]]:
        return [(e.name, e.date) for e in events(text)]

    assert named(
        "Sebelumnya, pada Kamis (16/10/2025), tujuh fraksi DPRD Dairi menyampaikan pemandangan umum."
    ) == [("Penyampaian pemandangan umum", "2025-10-16")]
    assert named(
        "Bupati Dairi Tumpak Hasibuan menyampaikan jawaban atas pemandangan umum fraksi pada Jumat (17/10/2025)."
    ) == [("Penyampaian jawaban atas pemandangan umum fraksi", "2025-10-17")]
    assert named("Pada Jumat (17/10/2025), Bupati Dairi menyampaikan apresiasi kepada para guru.") == []
    assert (
        named("Besok fraksi-fraksi menyampaikan pemandangan umum, lalu Jumat (17/10/2025) giliran Bupati.")
        == []
    )
    assert named("Wali Kota menyampaikan Selamat Hari Sumpah Pemuda, Selasa (28/10/2025).") == []


def test_a_gathering_the_article_says_was_held_is_no_person_where_a_sentence_opens_with_it() -> None:
    x = extract(
        Article(
            "Judul",
            "Pemkab Dairi menggelar Gebyar Ramadan di Alun-alun Sidikalang, Sabtu (18/10/2025) pagi.\n"
            "Gebyar Ramadan juga diisi lomba mewarnai.",
            date="2025-10-20",
        )
    )
    assert not [e for e in x.entities if e.type is EntityType.PERSON]
    assert [(e.name, e.date) for e in x.events] == [("Gebyar Ramadan", "2025-10-18")]


def test_destroying_seized_goods_on_a_day_is_an_event_named_by_what_was_destroyed() -> None:
    def named(text: str) -> list[tuple[str, str]]:
        return [(e.name, e.date) for e in events(text)]

    assert named(
        "Polres Dairi memusnahkan barang bukti sabu seberat 1,2 kilogram di halaman Mapolres Dairi, Kamis "
        "(16/10/2025)."
    ) == [("Pemusnahan barang bukti sabu", "2025-10-16")]
    assert named("Pemusnahan barang bukti sabu digelar di halaman Mapolres Dairi, Kamis (16/10/2025).") == [
        ("Pemusnahan Barang Bukti Sabu", "2025-10-16")
    ]


def test_a_bare_weekday_before_the_hour_dates_what_happened() -> None:
    found = events(
        "Bupati Dairi meninjau lokasi longsor di Kecamatan Sumbul, Kamis (7/12/2023).\n"
        "Longsor terjadi pada Rabu malam sekitar pukul 21.30 WIB setelah hujan deras mengguyur kawasan itu.",
        date="2023-12-07",
    )
    assert ("Longsor", "2023-12-06") in {(e.name, e.date) for e in found}


def test_a_disaster_goes_on_since_the_day_it_struck_but_a_detention_is_no_event_of_its_day() -> None:
    flood = events(
        "Banjir kembali merendam sejumlah kawasan di Kota Sidikalang, menyusul tingginya curah hujan di hulu "
        "sungai sejak Sabtu (20/11/2021). Hingga Senin siang, air masih setinggi satu meter.",
        date="2021-11-22",
    )
    assert ("Banjir", "2021-11-20") in {(e.name, e.date) for e in flood}
    held = events(
        "Tersangka Tumpak Hasibuan ditahan sejak Sabtu (20/11/2021) di Rutan Sidikalang.", date="2021-11-22"
    )
    assert not any(e.date == "2021-11-20" for e in held)


def test_an_event_told_again_by_its_short_form_in_brackets_is_the_same_event() -> None:
    found = events(
        "Wali Kota Dairi bersama Tim Pengendalian Inflasi Daerah (TPID) melakukan inspeksi mendadak (sidak) ke "
        "tiga pasar tradisional, Rabu (6/3/2024). Sidak dimulai pukul 08.00 WIB dari Pasar Sidikalang, "
        "dilanjutkan ke Pasar Sumbul.\n"
        "Turut mendampingi dalam kegiatan tersebut Sekretaris Daerah Kabupaten Dairi Tumpak Hasibuan.",
        date="2024-03-06",
    )
    assert [e.date for e in found] == ["2024-03-06"]


def test_an_official_monitoring_something_on_a_day_is_an_inspection() -> None:
    found = events(
        "Wali Kota Dairi memantau langsung pelaksanaan Bulan Penimbangan Balita di Posyandu Anggrek, "
        "Kelurahan Sidiangkat, Rabu (10/8/2022).",
        date="2022-08-10",
    )
    assert [(e.name.split()[0], e.kind, e.date) for e in found] == [
        ("Pemantauan", "Inspection", "2022-08-10")
    ]


def test_a_disaster_set_off_by_weather_going_on_since_a_day_is_of_that_day() -> None:
    found = events(
        "Hujan deras yang mengguyur kawasan Dairi selatan sejak Minggu (12/2/2023) siang memicu banjir bandang "
        "dan tanah longsor di sejumlah desa di Kecamatan Sumbul.",
        date="2023-02-13",
    )
    assert ("Banjir Bandang", "2023-02-12") in {(e.name, e.date) for e in found}
    assert not events("Sejak Minggu (12/2/2023), warga mengeluhkan jalan rusak yang menyebabkan kemacetan.")


def test_a_sentence_dijatuhi_hukuman_is_the_verdict_hearing() -> None:
    [event] = events(
        "Kepala Desa Sumbul berinisial SP (47) dijatuhi hukuman 5 tahun penjara oleh majelis hakim "
        "Pengadilan Tipikor Medan, Kamis (4/12/2025).",
        "2025-12-05",
    )
    assert (event.name, event.date) == ("Sidang Putusan", "2025-12-04")


_FILLER = "Warga tampak antusias mengikuti seluruh rangkaian acara sejak pagi. "


def test_the_days_programme_goes_on_past_a_polling_day_still_ahead_and_many_sentences() -> None:
    """A day's ceremony goes on to the DPRD's plenary told many sentences later ("Selepas upacara,
    ... dilanjutkan dengan", "Rangkaian peringatan Hari Jadi dilanjutkan dengan"), past a polling day
    the speech names as still ahead; that day is a plan, whose sentences after it tell no news."""
    text = "".join(
        [
            "Pemkab Dairi menggelar Upacara Peringatan Hari Jadi Kabupaten Dairi ke-77 di Lapangan Sidikalang, "
            "Selasa (12/11/2024). ",
            _FILLER * 4,
            "Bupati menyinggung pemungutan suara Pilkada yang tinggal dua pekan lagi, tepatnya Rabu, 27 November "
            "2024. Usai amanat, Bupati menyerahkan sejumlah penghargaan. ",
            _FILLER * 4,
            "Selepas upacara, sekitar pukul 10.00 WIB, kegiatan dilanjutkan dengan Rapat Paripurna Istimewa DPRD "
            "Kabupaten Dairi di Gedung DPRD Dairi.",
        ]
    )
    told = events(text, "2024-11-12")
    assert ("Rapat Paripurna Istimewa DPRD Kabupaten Dairi", "2024-11-12") in {(e.name, e.date) for e in told}
    assert {e.kind for e in told if e.date == "2024-11-27"} <= {"Election"}  # (the polling day alone)
    text = (
        "Upacara peringatan Hari Jadi ke-77 Kabupaten Dairi digelar di Lapangan Sidikalang, Senin (4/9/2023). "
        + _FILLER * 9
        + "Rangkaian peringatan Hari Jadi dilanjutkan dengan Rapat Paripurna Istimewa DPRD Kabupaten Dairi di "
        "Gedung DPRD pukul 10.00 WIB."
    )
    found = {(e.name, e.date) for e in events(text, "2023-09-04")}
    assert ("Rapat Paripurna Istimewa DPRD Kabupaten Dairi", "2023-09-04") in found


def test_a_visit_to_a_grave_is_an_event() -> None:
    """ "Bupati ... melaksanakan ziarah ke makam ...": a pilgrimage to the graves (of a founder, of
    heroes) on a day is a visit, as anniversaries and Heroes' Day hold them."""
    [event] = events(
        "Bupati Dairi melakukan ziarah makam pahlawan di Taman Makam Pahlawan Sidikalang, Senin (10/11/2025)."
    )
    assert (event.kind, event.date) == ("Visit", "2025-11-10")
    assert event.name.startswith("Ziarah")


def test_land_certificates_handed_to_residents_on_a_day_are_their_handover() -> None:
    """ "Sebanyak 640 sertifikat tanah program Pendaftaran Tanah Sistematis Lengkap (PTSL) diserahkan
    kepada warga ..., Kamis (4/12/2025)": the certificates' handover that day."""
    [event] = events(
        "Sebanyak 640 sertifikat tanah program Pendaftaran Tanah Sistematis Lengkap (PTSL) diserahkan kepada "
        "warga Desa Sumbul dan Desa Kentara, Kamis (4/12/2025). Bupati Dairi Sahat Pardede berharap warga "
        "menjaga sertifikat itu.",
        "2025-12-04",
    )
    assert event.name.startswith("Penyerahan sertifikat") and event.date == "2025-12-04"


def test_a_weekday_said_to_come_dates_its_event_after_the_article() -> None:
    """ "Puncak perayaan, pentas musik di Lapangan Sidikalang, digelar pada Minggu malam, besok" in a
    Saturday's article: the Sunday after it, not the one before."""
    [event] = events(
        "Puncak perayaan berupa pentas musik di Lapangan Sidikalang digelar pada Minggu malam, besok.",
        date="2025-03-15",
    )
    assert event.date == "2025-03-16"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sebanyak 640 sertifikat hasil Pendaftaran Tanah Sistematis Lengkap (PTSL) tahun 2021 diserahkan "
         "kepada warga tiga desa di Kabupaten Dairi, Rabu (13/10/2021).", "2021-10-13"),
        ("BPN Kabupaten Dairi menyerahkan sebanyak 1.800 sertipikat tanah hasil program PTSL kepada warga "
         "empat kecamatan, Kamis (9/6/2022).", "2022-06-09"),
    ],
)  # fmt: skip
def test_land_certificates_handed_to_residents_are_their_handover(text: str, date: str) -> None:
    """ "sertifikat ... (PTSL) tahun 2021 diserahkan kepada warga", "menyerahkan sebanyak 1.800 sertipikat
    tanah" (the land agency's spelling): the handover, on that day."""
    [event] = events(text, date=date)
    assert event.name.startswith("Penyerahan") and event.date == date


def test_a_departure_seen_off_is_an_event() -> None:
    """ "Pemberangkatan perdana dilakukan dari Gudang KPU Sidikalang, Selasa (6/2/2024) pagi": the
    send-off of election logistics (or pilgrims, or a contingent), held there that day."""
    [event] = events(
        "KPU Kabupaten Dairi mengirim kotak suara ke kecamatan. Pemberangkatan perdana dilakukan dari "
        "Gudang KPU Sidikalang, Selasa (6/2/2024) pagi, menuju Kecamatan Sumbul.",
        date="2024-02-07",
    )
    assert event.name.startswith("Pemberangkatan") and event.date == "2024-02-06"
    assert location(event) == "Gudang KPU Sidikalang"


def test_a_document_handed_over_at_a_named_place_is_its_handover() -> None:
    """ "Laporan Hasil Pemeriksaan (LHP) diserahkan di Aula BPK ..., Medan, Kamis (23/5/2024)": no
    one named yet, but the place it was handed over at makes it an occasion."""
    [event] = events(
        "Pemkot Binjai meraih opini Wajar Tanpa Pengecualian (WTP) lagi. Laporan Hasil Pemeriksaan (LHP) "
        "diserahkan di Aula BPK Perwakilan Provinsi Sumatera Utara, Medan, Kamis (23/5/2024).",
        date="2024-05-24",
    )
    assert event.name == "Penyerahan Laporan Hasil Pemeriksaan" and event.date == "2024-05-23"


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("Tim Safari Ramadan Pemkab Dairi yang dipimpin Wakil Bupati Sahat Pardede salat tarawih di Masjid "
         "Raya Sidikalang, Desa Kentara, Kamis (20/3/2025) malam, dan menyerahkan bantuan untuk pengurus masjid.",
         "2025-03-20", "Safari Ramadan Pemkab Dairi"),
        ("Bupati bersama Tim II Safari Ramadan 1447 H tarawih bersama warga di Masjid Raya Sidikalang, "
         "Jumat (21/3/2025).", "2025-03-21", "Safari Ramadan 1447 H"),
    ],
)  # fmt: skip
def test_a_team_named_after_its_visit_holds_that_visit(text: str, date: str, name: str) -> None:
    """ "Tim Safari Ramadan Pemkab X ... salat tarawih di Masjid ...", "Tim II Safari Ramadan": the team goes by
    the name of the visit it makes, held that day at the mosque."""
    [event] = events(text, date=date)
    assert event.name == name and event.date == date
    assert location(event) == "Masjid Raya Sidikalang"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("KPU Kabupaten Dairi mengirim kotak suara Pemilu 2019 ke kecamatan, Senin (15/4/2019). Camat Sumbul "
         "mengajak warga berbondong-bondong ke TPS pada Rabu (17/4/2019) untuk memilih.",
         "Pemungutan suara Pemilu 2019"),
        ("KPU Kabupaten Dairi mengirim kotak suara Pemilu 2019 ke kecamatan, Senin (15/4/2019). Pemilih "
         "diharapkan hadir pada hari pencoblosan, Rabu (17/4/2019).", "Pencoblosan"),
    ],
)  # fmt: skip
def test_the_day_voters_are_called_to_the_polls_is_the_vote(text: str, name: str) -> None:
    """ "ke TPS pada Rabu (17/4/2019)", "pada hari pencoblosan, Rabu (17/4/2019)": the vote, on its day
    (of the election of that year the article names), besides the logistics sent out before it."""
    vote = [e for e in events(text, date="2019-04-15") if e.date == "2019-04-17"]
    assert [(e.name, e.kind) for e in vote] == [(name, "Election")]


@pytest.mark.parametrize(
    "said",
    [
        "Masa tenang berlangsung mulai Minggu (24/11/2024) hingga Selasa (26/11/2024), sebelum pemungutan suara "
        "pada Rabu, 27 November 2024.",
        "Polres Dairi mengamankan tahapan pemungutan dan penghitungan suara pada Rabu (27/11/2024).",
        "Paripurna digelar dua hari setelah pemungutan suara Pilkada Serentak 27 November 2024.",
    ],
)
def test_the_day_a_vote_is_named_right_before_is_the_votes(said: str) -> None:
    """ "sebelum pemungutan suara pada Rabu, 27 November 2024", "setelah pemungutan suara Pilkada Serentak 27
    November 2024": the vote, on its day; a re-vote is named as one."""
    found = events(
        "Bawaslu Kabupaten Dairi menggelar apel siaga, Senin (25/11/2024). " + said, date="2024-11-25"
    )
    assert [(e.name, e.kind) for e in found if e.date == "2024-11-27"] == [("Pemungutan suara", "Election")]
    # a re-vote is its own event
    found = events("KPU Dairi menjadwalkan pemungutan suara ulang pada Sabtu (7/12/2024).", date="2024-12-01")
    assert [e.name for e in found] == ["Pemungutan Suara Ulang"]


def test_a_candidates_public_debate_is_an_event() -> None:
    """ "KPU ... menggelar debat kandidat perdana Pemilihan Bupati ... di Gedung X, Jumat (25/10/2024) malam":
    the election's debate, held there that day; the next one, scheduled, on its own day."""
    found = {
        (e.date, e.name.split()[0], location(e))
        for e in events(
            "KPU Kabupaten Dairi menggelar debat kandidat perdana Pemilihan Bupati Dairi di Gedung Nasional "
            "Sidikalang, Jumat (25/10/2024) malam. Debat publik berikutnya dijadwalkan Jumat (8/11/2024).",
            date="2024-10-26",
        )
    }
    assert ("2024-10-25", "Debat", "Gedung Nasional Sidikalang") in found
    assert any(date == "2024-11-08" and word == "Debat" for date, word, _ in found)


def test_closing_a_named_programme_is_its_closing_ceremony() -> None:
    """ "Dandim ... menutup program TNI Manunggal Membangun Desa (TMMD) ... di Lapangan X, Rabu (16/10/2024)":
    the closing (as "membuka" names an opening), held there that day."""
    [event] = events(
        "Dandim 0206/Dairi Letkol Inf Marihot Situmorang menutup program TNI Manunggal Membangun Desa (TMMD) "
        "ke-121 di Lapangan Desa Kentara, Rabu (16/10/2024).",
        date="2024-10-17",
    )
    assert event.name.startswith("Penutupan TNI Manunggal Membangun Desa") and event.date == "2024-10-16"
    assert event.kind == "Ceremony" and location(event) == "Lapangan Desa Kentara"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Dinas Perdagangan Dairi menggelar lagi Gerakan Pangan Murah (GPM). Menurut kepala dinas, GPM "
         "berikutnya berlangsung pada Senin (3/3) di halaman Kantor Camat Sumbul.", "Gerakan Pangan Murah", "Event"),
        ("Komisi II DPRD Dairi menjadwalkan rapat dengar pendapat (RDP) dengan PDAM. Ketua komisi menambahkan, "
         "RDP berlangsung pada Senin (3/3) di ruang rapat komisi.", "Rapat dengar pendapat", "Meeting"),
    ],
)  # fmt: skip
def test_an_events_short_form_the_article_defines_holds_it_on_its_day(
    text: str, name: str, kind: str
) -> None:
    """ "Gerakan Pangan Murah (GPM) ... GPM berikutnya berlangsung pada Senin (3/3)": the short form the
    article gave the event's words names the event, on the day given with it; "Peninjauan Kembali (PK)",
    a legal remedy whose words only open with an event's, makes no event of "PK"."""
    assert [(e.name, e.kind, e.date) for e in events(text, date="2025-02-20")] == [(name, kind, "2025-03-03")]
    found = events(
        "Terpidana mengajukan Peninjauan Kembali (PK) ke Mahkamah Agung. Sidang PK digelar Senin (3/3).",
        date="2025-02-20",
    )
    assert [e.name for e in found] == ["Sidang PK"]  # the hearing, no inspection


def test_the_peoples_entertainment_of_an_anniversary_is_a_celebration() -> None:
    """ "Rangkaian Hari Jadi ... ditutup dengan hiburan rakyat pada Minggu (15/9/2024) malam di Alun-alun X": the
    people's entertainment (or "pesta rakyat") closing an anniversary's festivities, on its day there."""
    [event] = events(
        "Rangkaian Hari Jadi Kabupaten Dairi ditutup dengan hiburan rakyat pada Minggu (15/9/2024) malam di "
        "Alun-alun Sidikalang.",
        date="2024-09-10",
    )
    assert (event.name, event.kind, event.date) == ("Hiburan Rakyat", "Celebration", "2024-09-15")
    assert location(event) == "Alun-alun Sidikalang"


def test_a_documents_subject_after_tentang_names_no_event() -> None:
    """ "menandatangani Nota Kesepahaman tentang Penguatan Riset ... dalam Pemulihan Ekonomi Desa, di Aula ...,
    Selasa (4/3/2025)": "dalam" opens the document's subject, no event; the signing is the day's event."""
    [event] = events(
        "Pemkab Dairi dan Universitas Sidikalang Raya menandatangani Nota Kesepahaman tentang Penguatan Riset "
        "Pertanian dalam Pemulihan Ekonomi Desa, di Aula Kantor Bupati Dairi, Selasa (4/3/2025).",
        date="2025-03-04",
    )
    assert event.name == "Penandatanganan Nota Kesepahaman" and location(event) == "Aula Kantor Bupati Dairi"


def test_inspecting_the_rooms_of_the_building_opened_is_no_event_of_its_own() -> None:
    """ "Usai peresmian, Bupati meninjau sejumlah ruang pelayanan": the rooms of the building opened that
    day, a step of the opening, no inspection of its own."""
    found = events(
        "Bupati Dairi meresmikan gedung baru Puskesmas Sumbul, Kamis (22/12/2022). Usai peresmian, Bupati "
        "meninjau sejumlah ruang pelayanan dan berbincang dengan pasien.",
        date="2022-12-22",
    )
    assert [e.name.split()[0] for e in found] == ["Peresmian"]


def test_a_building_officially_put_to_use_where_it_lies_set_off_before_the_verb() -> None:
    """ "Pasar Rakyat X, Kecamatan Y, Kabupaten Z, resmi dioperasikan, Jumat (...)": put to use officially,
    the building named before where it lies is opened that day; used by someone, it is not."""
    [event] = events(
        "SIDIKALANG – Pasar Rakyat Sumbul, Kecamatan Sumbul, Kabupaten Dairi, resmi dioperasikan, Jumat "
        "(8/3/2024). Bupati Dairi Tumpak Hasibuan menggunting pita.",
        date="2024-03-08",
    )
    assert (event.name, event.date) == ("Peresmian Pasar Rakyat Sumbul", "2024-03-08")
    assert not events(
        "SIDIKALANG – Mesin pompa air itu dioperasikan petugas Dinas PUPR Dairi, Rabu (12/2/2020)."
    )


def test_what_marks_an_opening_is_its_steps_not_gatherings_of_their_own() -> None:
    """ "Pembukaan ditandai dengan pemukulan gong, dilanjutkan penyerahan bola ...": what an opening is
    marked by, and what follows it there, are steps of that opening."""
    found = events(
        "SIDIKALANG – Bupati Dairi Tumpak Hasibuan membuka Turnamen Sepak Bola Antardesa di Lapangan Desa "
        "Kentara, Kamis (5/9/2024).\nPembukaan ditandai dengan pemukulan gong, dilanjutkan penyerahan bola "
        "secara simbolis kepada kapten tim.",
        date="2024-09-05",
    )
    assert [e.name for e in found] == ["Pembukaan Turnamen Sepak Bola Antardesa"]


def test_the_day_voters_make_their_choice_is_the_polling_day() -> None:
    """ "... sebelum menentukan pilihan pada 27 November 2024": the day voters make their choice is the
    vote's, not the campaign's the sentence speaks of."""
    found = events(
        "SIDIKALANG – KPU Dairi menggelar rapat pleno di Gedung Nasional Sidikalang, Rabu (2/10/2024).\nSahat "
        "Pardede menyebut kampanye dialogis menjadi cara warga mengenal calon sebelum menentukan pilihan pada "
        "27 November 2024.",
        date="2024-10-03",
    )
    assert {(e.name, e.date) for e in found if e.date == "2024-11-27"} == {("Pemungutan suara", "2024-11-27")}


def test_a_day_of_decades_before_something_has_been_since_ends_no_day() -> None:
    """ "Ia mengenang kabupaten yang dimekarkan sejak 21 Juni 1947 itu": a day of decades before that
    something has been so since is no news of another day, so the gathering the day's programme goes on
    with after it ("Rangkaian acara dilanjutkan dengan Sidang Paripurna ...") is still of that day."""
    found = events(
        "SIDIKALANG – Bupati Dairi Sahat Pardede memimpin apel akbar Hari Jadi ke-78 Kabupaten Dairi di Taman "
        "Makam Pahlawan Sidikalang, Senin (16/6/2025). Ia mengenang kabupaten yang dimekarkan sejak 21 Juni "
        "1947 itu. Rangkaian acara dilanjutkan dengan Sidang Paripurna Khusus DPRD Kabupaten Dairi di ruang "
        "sidang dewan. Marihot Situmorang selaku ketua dewan membuka sidang.",
        date="2025-06-16",
    )
    assert {(e.name, e.date) for e in found} >= {
        ("Sidang Paripurna Khusus DPRD Kabupaten Dairi", "2025-06-16")
    }


def test_an_agreement_signed_in_the_news_word_meneken_is_a_signing() -> None:
    """ "meneken nota kesepahaman", "nota kesepahaman itu diteken ...": the news's word for signing."""
    assert [(e.name, e.date) for e in events(
        "Sebelumnya, pada 10 Juni 2025, Pemkab Dairi meneken nota kesepahaman dengan Universitas Sidikalang Raya.",
        date="2025-06-16",
    )] == [("Penandatanganan nota kesepahaman", "2025-06-10")]  # fmt: skip
    [signed] = events(
        "Nota kesepahaman itu diteken Bupati Dairi Sahat Pardede dan Rektor USR di Sidikalang, Senin (16/6/2025).",
        date="2025-06-16",
    )
    assert signed.name.startswith("Penandatanganan")


def test_the_polling_day_is_named_with_the_one_election_of_its_year_the_article_names() -> None:
    """ "diimbau menentukan pilihan pada 27 November nanti" in a story of a debate "pada Pemilihan Serentak
    2024": the vote of that election; without an election of the year, the bare "Pemungutan suara"."""
    text = (
        "KPU Dairi menggelar debat publik pasangan calon pada Pemilihan Serentak 2024 di Sidikalang, Kamis "
        "(3/10/2024). Warga diimbau menentukan pilihan pada 27 November nanti."
    )
    x = extract(Article("Judul", text, date="2024-10-03"))
    assert ("Pemungutan suara Pemilihan Serentak 2024", "2024-11-27") in {(e.name, e.date) for e in x.events}
    x = extract(Article("Judul", text.replace("pada Pemilihan Serentak 2024 ", ""), date="2024-10-03"))
    assert ("Pemungutan suara", "2024-11-27") in {(e.name, e.date) for e in x.events}


def test_a_quran_recitation_contest_opened_on_a_day_is_an_event() -> None:
    """ "Musabaqah Tilawatil Qur'an (MTQ) ke-9 Kabupaten Dairi dibuka Bupati Dairi ..., Sabtu malam
    (11/5/2024)": the contest, a celebration every region holds, on that day."""
    x = extract(
        Article(
            "MTQ",
            "Musabaqah Tilawatil Qur'an (MTQ) ke-9 Kabupaten Dairi dibuka Bupati Dairi di Lapangan Sumbul, "
            "Sabtu malam (11/5/2024).",
            date="2024-05-12",
        )
    )
    assert [(e.date, e.kind) for e in x.events] == [("2024-05-11", "Celebration")]
    assert x.events[0].name.startswith("Musabaqah Tilawatil Qur'an")
    # the preparations for it, which an official inspects that day, are no contest held then
    x = extract(
        Article(
            "MTQ",
            "Bupati Dairi meninjau persiapan Musabaqah Tilawatil Qur'an ke-5 di Sumbul, Kamis (2/5/2024).",
        )
    )
    assert [e.kind for e in x.events] == ["Inspection"]


def test_an_event_held_in_the_yard_of_a_bodys_building_is_held_at_that_building() -> None:
    """ "upacara dilaksanakan di halaman Kantor Bawaslu Dairi": the yard's words between "di" and the
    building are where in it, the event's place is the building."""
    x = extract(
        Article("Upacara", "Upacara dilaksanakan di halaman Kantor Bawaslu Dairi, Senin (2/12/2024).")
    )
    [event] = x.events
    assert event.location is not None
    assert event.location.name == "Kantor Badan Pengawas Pemilihan Umum Kabupaten Dairi"


def test_an_event_in_a_room_of_a_building_is_held_at_the_building() -> None:
    """ "rapat paripurna di ruang sidang utama Gedung DPRD Dairi": the room's lower-case words before the
    building, which is where the meeting was held."""
    x = extract(
        Article(
            "Paripurna",
            "DPRD Dairi menggelar rapat paripurna di ruang sidang utama Gedung DPRD Dairi, Sidikalang, Kamis "
            "(5/12/2024) malam.",
        )
    )
    [event] = x.events
    assert event.location is not None
    assert event.location.name == "Gedung Dewan Perwakilan Rakyat Daerah Kabupaten Dairi"


def test_a_police_raid_on_a_day_is_an_event() -> None:
    """ "Penggerebekan pada Senin (21/8/2023) malam itu berlangsung tanpa perlawanan": the raid, an
    operation of the police on that day, as a "razia" is."""
    x = extract(
        Article(
            "Razia",
            "Penggerebekan pada Senin (21/8/2023) malam itu berlangsung tanpa perlawanan, kata polisi di "
            "Sidikalang.",
        )
    )
    assert [(e.name, e.date, e.kind) for e in x.events] == [("Penggerebekan", "2023-08-21", "Patrol")]


def test_a_prosecutors_office_detaining_suspects_on_a_day_is_an_event() -> None:
    """ "Kejari Dairi menahan seorang tersangka ..., Rabu (21/8/2024)": the detention, an arrest's kind
    of event, as "tersangka ditahan" is."""
    x = extract(
        Article(
            "Penahanan",
            "Kejari Dairi menahan seorang tersangka penyelewengan anggaran desa di Sidikalang, Rabu (21/8/2024).",
        )
    )
    assert [(e.name.split()[0], e.date) for e in x.events] == [("Penahanan", "2024-08-21")]


def test_a_detention_told_undated_first_is_on_the_day_the_article_dates_its_statement() -> None:
    """ "Kejari X menetapkan dan menahan dua tersangka ... . '...,' kata Kajari, di Sibolga, Selasa.": a
    detention is announced the day it is made, so the article's day dates the opening's undated one."""
    x = extract(
        Article(
            "Penahanan",
            "SIBOLGA (ANTARA) - Kejaksaan Negeri (Kejari) Sibolga menetapkan dan menahan dua tersangka dugaan "
            "korupsi Dana Desa tahun anggaran 2020 hingga 2021.\n"
            '"Penyidik menetapkan AS dan ZN sebagai tersangka," kata Kepala Kejari Sibolga, Tumpal Hasibuan, di '
            "Sibolga, Selasa.",
            date="2025-07-01",
        )
    )
    assert [(e.name.split()[0], e.date) for e in x.events] == [("Penahanan", "2025-07-01")]


def test_an_undated_detention_is_no_second_event_beside_the_days_act_of_law_enforcement() -> None:
    x = extract(
        Article(
            "Penahanan",
            "Kejaksaan Negeri (Kejari) Dairi menahan dua tersangka korupsi pembangunan pasar. Kasi Intel Kejari "
            "Dairi, Tumpal Hasibuan, mengatakan keduanya ditahan saat penyerahan tersangka dan barang bukti. "
            '"Keduanya ditahan saat penyerahan tersangka atau Tahap 2," kata Kasi Intel, Senin (30/6/2025).',
            date="2025-06-30",
        )
    )
    assert [(e.name, e.date) for e in x.events] == [("Penyerahan Tersangka", "2025-06-30")]


def test_the_opening_of_a_programmes_day_held_somewhere_is_an_event_but_not_a_clearing_of_land() -> None:
    x = extract(
        Article(
            "GPM",
            "Pemkab Dairi menggelar Gerakan Pangan Murah (GPM) di 15 kecamatan. Pembukaan GPM dipusatkan di halaman "
            "Pasar Sumbul, Kecamatan Sumbul, Rabu (6/3/2024). Pembukaan lahan di Desa Paropo juga terjadi Rabu "
            "(6/3/2024).",
            date="2024-03-06",
        )
    )
    assert [(e.name, e.date) for e in x.events] == [("Pembukaan GPM", "2024-03-06")]


def test_a_detention_of_a_suspect_named_by_initials_after_his_office_is_an_event() -> None:
    x = extract(
        Article(
            "Penahanan",
            "Kejaksaan Negeri (Kejari) Sibolga resmi menahan Kepala Desa (Kades) Sumbul Jaya, Kecamatan Sumbul, "
            "berinisial SH (46), Selasa (17/10/2023). Polres Dairi juga menahan warga yang ribut, Selasa (17/10/2023).",
            date="2023-10-17",
        )
    )
    assert [(e.name, e.date) for e in x.events] == [("Penahanan SH", "2023-10-17")]


def test_a_javanese_month_a_tradition_is_named_by_is_no_person_and_the_tradition_an_event() -> None:
    x = extract(
        Article(
            "Kirab",
            "Ribuan warga memadati rute Kirab Pusaka Malam Suro yang digelar Pemkab Dairi, Sabtu, menjelang tahun "
            "baru Islam 1 Muharram atau 1 Suro dalam penanggalan Jawa. Malam Suro tahun ini meriah.",
            date="2024-07-06",
        )
    )
    assert not [e for e in x.entities if e.type is EntityType.PERSON]
    assert [(e.name, e.date) for e in x.events] == [("Kirab Pusaka Malam Suro", "2024-07-06")]


def test_a_vote_held_across_the_articles_regency_is_held_in_that_regency() -> None:
    x = extract(
        Article(
            "Pilkada",
            "Bawaslu Kabupaten Dairi menggelar apel siaga di Kantor Bupati Dairi, Minggu (24/11/2024). Bawaslu Dairi "
            "menyiagakan pengawas untuk hari pemungutan suara pada Rabu (27/11/2024) di seluruh Kabupaten Dairi.",
            date="2024-11-24",
        )
    )
    vote = next(e for e in x.events if e.kind == "Election")
    assert (vote.date, vote.location.name if vote.location else None) == ("2024-11-27", "Kabupaten Dairi")


def test_the_weather_since_a_day_setting_off_a_disaster_named_with_bencana() -> None:
    x = extract(
        Article(
            "Longsor",
            "Hujan deras yang mengguyur wilayah selatan Kabupaten Dairi sejak Rabu (4/12/2024) sore memicu bencana "
            "longsor di sejumlah kecamatan. Pemkab Dairi juga membahas penanganan bencana longsor, Kamis (5/12/2024).",
            date="2024-12-05",
        )
    )
    assert [(e.name, e.date) for e in x.events] == [("Longsor", "2024-12-04")]


def test_an_event_across_several_districts_is_held_in_the_articles_regency() -> None:
    x = extract(
        Article(
            "GPM",
            "Pemkab Dairi menggelar Gerakan Pangan Murah (GPM) secara bergilir di lima kecamatan mulai Rabu (13/3/2024) "
            "hingga Jumat (5/4/2024). Warga Kabupaten Dairi menyambut baik.",
            date="2024-03-12",
        )
    )
    assert [(e.date, e.location.name if e.location else None) for e in x.events] == [
        ("2024-03-13", "Kabupaten Dairi")
    ]


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        (
            "selama tujuh hari, terhitung 18 hingga 24 Desember 2023, melalui Keputusan Bupati",
            "2023-12-18",
            "2023-12-24",
        ),
        ("selama 14 hari terhitung sejak 16 Desember 2023", "2023-12-16", None),
    ],
)
def test_a_state_of_emergency_declared_from_a_day_is_an_event_of_that_day(
    said: str, start: str, end: str | None
) -> None:
    """ "menetapkan status tanggap darurat bencana banjir ..., terhitung 18 hingga 24 Desember 2023": the
    state of emergency, from its first day to its last, named with the disaster and the region; beside
    the flood of the day before, not instead of it."""
    found = events(
        "SIDIKALANG – Banjir melanda Kabupaten Dairi sejak Jumat (15/12/2023) malam. Bupati Dairi, Sahat "
        f"Pardede, mengatakan Pemkab Dairi telah menetapkan status tanggap darurat bencana banjir {said}.",
        date="2023-12-19",
    )
    [status] = [e for e in found if e.name.startswith("Status")]
    assert status.name == "Status tanggap darurat bencana banjir Kabupaten Dairi"
    assert (status.date, status.end_date) == (start, end)
    assert any(e.date == "2023-12-15" for e in found)


def test_houses_submerged_by_a_flood_on_a_day_is_that_days_flood() -> None:
    x = extract(
        Article(
            "Banjir di Sidikalang",
            "Hujan deras mengguyur Kabupaten Dairi sejak Rabu malam. Akibatnya, ratusan rumah di Kecamatan "
            "Sidikalang terendam banjir dengan ketinggian air 40 sentimeter, Kamis (13/2/2025).",
            date="2025-02-13",
        )
    )
    assert [(e.name, e.date) for e in x.events] == [("Banjir", "2025-02-13")]


def test_an_event_word_inside_a_districts_name_is_no_event() -> None:
    x = extract(
        Article(
            "Banjir",
            "Sedikitnya 200 rumah di Kecamatan Sinar Peninjauan terendam banjir dengan ketinggian air 50 "
            "sentimeter pada Selasa (20/2/2024).",
            date="2024-02-21",
        )
    )
    assert [(e.name, e.date) for e in x.events] == [("Banjir", "2024-02-20")]


def test_a_meeting_held_to_prepare_a_ceremony_is_the_days_event_not_the_ceremony() -> None:
    text = (
        "Pemkab Dairi menggelar rapat koordinasi lintas sektor persiapan upacara Hari Jadi Kabupaten Dairi "
        "tahun 2024 di Sidikalang, Selasa (11/6/2024)."
    )
    x = extract(Article("Rakor Hari Jadi", text, date="2024-06-11"))
    assert [(e.name, e.date) for e in x.events] == [("Rapat Koordinasi Lintas Sektor", "2024-06-11")]
    held = extract(
        Article(
            "Hari Jadi",
            "Upacara Hari Jadi Kabupaten Dairi digelar di Sidikalang, Selasa (11/6/2024).",
            date="2024-06-11",
        )
    )
    assert [e.name for e in held.events] == ["Upacara Hari Jadi Kabupaten Dairi"]


def test_an_act_on_a_short_form_of_three_letters_is_an_event() -> None:
    x = extract(
        Article(
            "Judul",
            "Pj Wali Kota Sibolga Sahat Nainggolan meninjau MPP pada Kamis (25/1/2024).",
            date="2024-01-26",
        )
    )
    assert [(e.name, e.date) for e in x.events] == [("Peninjauan MPP", "2024-01-25")]


def test_a_gathering_told_later_without_a_date_but_as_later_that_day_is_of_that_day() -> None:
    text = (
        "Hujan deras membuat Sungai Lae Renun meluap. Akibatnya, ratusan rumah di Kecamatan Sidikalang terendam "
        "banjir, Kamis (13/2/2025). Bupati Dairi Sahat Nainggolan yang meninjau lokasi banjir siang harinya "
        "menyatakan pemerintah akan segera membantu warga."
    )
    x = extract(Article("Banjir", text, date="2025-02-13"))
    assert [(e.name, e.date) for e in x.events] == [
        ("Banjir", "2025-02-13"),
        ("Peninjauan lokasi banjir", "2025-02-13"),
    ]
    planned = text.replace("yang meninjau", "yang akan meninjau")
    assert [e.name for e in extract(Article("Banjir", planned, date="2025-02-13")).events] == ["Banjir"]


def test_a_flood_caused_by_something_it_names_after_akibat_happened() -> None:
    found = events(
        "SIDIKALANG – Banjir akibat meluapnya Sungai Lae Renun merendam ratusan rumah warga di Kecamatan "
        "Sidikalang sejak Jumat (10/1/2025). Bupati Dairi Sahat Nainggolan meninjau lokasi.",
        date="2025-01-12",
    )
    assert ("Banjir", "2025-01-10") in {(e.name, e.date) for e in found}
    losses = events(
        "Kerugian akibat banjir tahun lalu dibahas dalam rapat, Jumat (10/1/2025).", date="2025-01-12"
    )
    assert not any(e.name.startswith("Banjir") for e in losses)


def test_a_disaster_set_off_by_weather_since_an_undated_time_until_a_day_is_of_that_day() -> None:
    found = events(
        "SIDIKALANG – Hujan deras yang mengguyur wilayah Kabupaten Dairi sejak Minggu malam hingga Senin "
        "(22/7/2024) menyebabkan banjir di sejumlah desa di Kecamatan Sumbul.",
        date="2024-07-23",
    )
    assert [(e.name, e.date) for e in found] == [("Banjir", "2024-07-22")]
    # the end of a stretch is no day anything else happened on
    assert not events(
        "Pameran produk UMKM di Gelora Sehati berlangsung sejak Minggu pagi hingga Senin (22/7/2024).",
        date="2024-07-23",
    )


def test_a_bare_gathering_word_takes_the_name_the_sentence_before_said_was_held() -> None:
    found = events(
        "SIDIKALANG – Usai menerima laporan hasil pemeriksaan, Pemerintah Kabupaten Dairi langsung menggelar "
        "rapat koordinasi tindak lanjut rekomendasi hasil pemeriksaan. Rapat berlangsung di Ruang Sitinjo, "
        "Kantor Bupati Dairi, Senin (27/5/2024).",
        date="2024-05-27",
    )
    assert [(e.name.split()[:2], e.date) for e in found] == [(["Rapat", "Koordinasi"], "2024-05-27")]


def test_a_festival_described_in_lower_case_is_the_one_named_before_and_its_closing_is_named_after_it() -> (
    None
):
    found = events(
        "SIDIKALANG – Sanggar Lae Renun berhasil menjadi Juara I Lomba Tari Kreasi dalam rangkaian Festival "
        "Budaya Pakpak (FBP) 2024. Pengumuman pemenang disampaikan pada malam penutupan festival di Lapangan "
        "Sitinjo, Sabtu (26/10/2024).\n"
        "Festival tahunan yang berlangsung selama empat hari sejak Rabu (23/10/2024) itu juga diisi pameran "
        "produk UMKM.",
        date="2024-10-27",
    )
    assert [(e.name, e.date) for e in found] == [
        ("Penutupan Festival Budaya Pakpak (FBP) 2024", "2024-10-26"),
        ("Festival Budaya Pakpak (FBP) 2024", "2024-10-23"),
    ]


def test_a_rank_won_is_no_part_of_the_contest_s_name() -> None:
    found = events(
        "Sanggar Lae Renun menjadi Juara I Lomba Tari Kreasi di Lapangan Sitinjo, Sabtu (26/10/2024).",
        date="2024-10-27",
    )
    assert [e.name for e in found] == ["Lomba Tari Kreasi"]


def test_a_demonstration_plot_is_no_protest_and_the_launch_it_marks_is_the_event() -> None:
    found = events(
        "SIDIKALANG – Pemerintah Kabupaten Dairi secara resmi meluncurkan Gerakan Tanam Jagung dan Kedelai "
        "(Gertam Jadel) sebagai langkah pengendalian inflasi daerah. Peluncuran ditandai dengan penanaman "
        "bibit cabai rawit secara simbolis oleh Bupati Dairi Sahat Nainggolan di lahan demonstrasi plot "
        "(demplot) Desa Sitinjo, Kecamatan Sitinjo, pada Jumat, 14 Oktober 2022.",
        date="2022-10-14",
    )
    assert [(e.name.split()[0], e.kind) for e in found] == [("Peluncuran", "Launch")]


def test_an_act_done_for_the_purpose_of_another_is_named_by_the_first() -> None:
    found = events(
        "Bupati Dairi meninjau Pasar Sidikalang untuk memantau perkembangan harga kebutuhan pokok, Jumat "
        "(14/10/2022).",
        date="2022-10-14",
    )
    assert [e.name for e in found] == ["Peninjauan Pasar Sidikalang"]


def test_an_event_held_as_part_of_a_commemoration_is_the_event_not_the_commemoration() -> None:
    found = events(
        "Penghargaan tersebut diterima langsung oleh Wali Kota Sibolga Sahat Nainggolan pada malam "
        "Penganugerahan Desa Ramah Anak 2023 yang digelar dalam rangkaian peringatan Hari Anak Nasional, Sabtu (22/7/2023) "
        "malam.",
        date="2023-07-23",
    )
    assert [e.name for e in found] == ["Penganugerahan Desa Ramah Anak 2023"]


def test_a_flood_as_of_the_day_a_sentence_opens_with_hingga_is_of_that_day() -> None:
    found = events(
        "SIDIKALANG – Hingga Senin (6/12/2021) sore, banjir merendam permukiman di tujuh kecamatan di Kabupaten "
        "Dairi. Bupati Dairi Sahat Nainggolan meninjau lokasi.",
        date="2021-12-07",
    )
    assert ("Banjir", "2021-12-06") in {(e.name, e.date) for e in found}
    # not any other news "until" a day
    assert not events("Hingga Senin (6/12/2021), pendaftaran beasiswa masih dibuka di Kantor Bupati Dairi.")


def test_a_flood_the_next_sentence_tells_as_set_off_by_the_weather_since_a_day_is_of_that_day() -> None:
    found = events(
        "SIDIKALANG – Hujan deras yang mengguyur wilayah Kabupaten Dairi sejak Rabu (27/12/2023) sore "
        "menyebabkan Sungai Lae Renun meluap. Akibatnya, sedikitnya 2.140 rumah di Kecamatan Sidikalang "
        "terendam banjir.",
        date="2023-12-28",
    )
    assert ("Banjir", "2023-12-27") in {(e.name, e.date) for e in found}


def test_the_first_day_of_a_service_named_the_sentence_before_is_that_service_despite_a_later_day_named_there() -> (
    None
):
    found = events(
        "SIDIKALANG – Dinas Kependudukan dan Pencatatan Sipil (Dukcapil) Kabupaten Dairi menggelar layanan jemput "
        "bola perekaman KTP-el bagi pelajar yang akan genap berusia 17 tahun pada hari pemungutan suara Pilkada "
        "Serentak, 27 November 2024. Kegiatan hari pertama berlangsung di SMA Negeri 1 Sidikalang, Selasa "
        "(13/8/2024).",
        date="2024-08-13",
    )
    assert any(e.date == "2024-08-13" and "Jemput Bola" in e.name for e in found)


def test_a_state_of_emergency_declared_by_a_numbered_decree_holds_from_its_day() -> None:
    found = events(
        "Bupati Dairi menetapkan status tanggap darurat bencana banjir selama 14 hari melalui Keputusan Bupati "
        "Dairi Nomor 300.2/482/KEP-BPBD/2025, terhitung mulai 11 hingga 24 Januari 2025.",
        date="2025-01-12",
    )
    assert ("Status tanggap darurat bencana banjir Kabupaten Dairi", "2025-01-11") in {
        (e.name, e.date) for e in found
    }


def test_a_programme_pointed_at_as_launched_on_a_day_is_the_one_named_before() -> None:
    text = (
        "Pemerintah Kota Sibolga meningkatkan layanan bagi warga lanjut usia melalui program Sapa Lansia "
        "(Sahabat Lansia). Program tersebut diluncurkan oleh Wali Kota Sibolga Sahat Nainggolan di Kantor "
        "Kecamatan Sibolga Utara pada Sabtu pagi."
    )
    assert ("Peluncuran Sapa Lansia", "2024-09-14") in {
        (e.name, e.date) for e in events(text, date="2024-09-14")
    }
    # no programme named before: nothing launched
    alone = "Program tersebut diluncurkan oleh Wali Kota Sibolga Sahat Nainggolan pada Sabtu pagi."
    assert not [e for e in events(alone, date="2024-09-14") if e.name.startswith("Peluncuran")]


def test_a_named_river_overflowing_on_a_day_is_a_flood_of_that_day() -> None:
    found = events(
        "Hujan deras yang mengguyur kawasan hulu sejak Jumat malam menyebabkan Sungai Lae Renun meluap dan "
        "merendam permukiman warga di Kecamatan Sumbul dan Kecamatan Sitinjo, Kabupaten Dairi, Sabtu (11/1/2025). "
        "Air mulai masuk ke rumah warga sekitar pukul 03.00 WIB.",
        date="2025-01-12",
    )
    assert [(e.name, e.date) for e in found] == [("Banjir Sungai Lae Renun", "2025-01-11")]
    since = events(
        "Hujan deras yang mengguyur wilayah Kabupaten Dairi sejak Senin (6/2/2023) sore menyebabkan Sungai Lae "
        "Renun meluap dan merendam permukiman warga di Kecamatan Sumbul.",
        date="2023-02-07",
    )
    assert ("Banjir Sungai Lae Renun", "2023-02-06") in {(e.name, e.date) for e in since}
    # enthusiasm overflowing is no flood
    assert not [
        e
        for e in events(
            "Antusiasme warga Kabupaten Dairi meluap saat Festival Sidikalang Asri, Sabtu (11/1/2025)."
        )
        if e.name.startswith("Banjir")
    ]


def test_a_day_of_history_named_after_the_days_event_does_not_end_its_news() -> None:
    found = events(
        "Pemerintah Kabupaten Dairi menggelar upacara peringatan Hari Jadi ke-77 Kabupaten Dairi di Lapangan "
        "Sidikalang, Senin (1/4/2024). Naskah sejarah berdirinya Kabupaten Dairi yang ditetapkan pada 1 April 1947 "
        "dibacakan oleh Ketua DPRD. Usai upacara, Bupati Dairi meresmikan Taman Sidikalang Asri. Rangkaian "
        "peringatan masih berlanjut dengan bazar UMKM di Taman Sidikalang Asri pada 3–6 April 2024.",
        date="2024-04-01",
    )
    days = {(e.name, e.date) for e in found}
    assert ("Peresmian Taman Sidikalang Asri", "2024-04-01") in days
    # the bazar after it has days of its own, still ahead
    assert not {name for name, day in days if name.startswith("Bazar") and day == "2024-04-01"}


def test_a_gathering_later_that_day_told_far_on_is_of_that_day() -> None:
    filler = " ".join(f"Kader posyandu dari desa ke-{n} ikut mendata balita." for n in range(1, 11))
    found = events(
        "Pemerintah Kabupaten Dairi menggelar upacara peringatan Hari Jadi ke-77 Kabupaten Dairi di Lapangan "
        f"Sidikalang, Senin (1/4/2024). {filler} Siang harinya, DPRD Kabupaten Dairi menggelar Rapat Paripurna "
        "Istimewa dalam rangka Hari Jadi ke-77 Kabupaten Dairi.",
        date="2024-04-01",
    )
    assert any(e.name.startswith("Rapat Paripurna Istimewa") and e.date == "2024-04-01" for e in found)


def test_the_gathering_named_after_a_date_with_dalam_is_that_days_event() -> None:
    found = events(
        "Trofi tersebut kemudian dilaporkan kepada Wakil Bupati Dairi Sahat Nainggolan di Kantor Bupati Dairi, "
        "Sidikalang, Senin (21/10/2024), dalam rapat koordinasi Tim Percepatan Penurunan Stunting (TPPS) Kabupaten "
        "Dairi. Rapat itu dihadiri Kepala Dinas Kesehatan Dairi.",
        date="2024-10-21",
    )
    assert [(e.name, e.date) for e in found] == [
        ("Rapat Koordinasi Tim Percepatan Penurunan Stunting", "2024-10-21")
    ]


def test_the_term_a_signed_decree_counts_from_is_no_day_of_its_signing() -> None:
    found = events(
        "Usai rapat terbatas dengan Forkopimda, Bupati Dairi menandatangani Keputusan Bupati Dairi Nomor 300.2/118 "
        "Tahun 2021 tentang Penetapan Status Tanggap Darurat Bencana Banjir untuk jangka waktu 14 hari, terhitung "
        "16 hingga 29 Juli 2021.",
        date="2021-07-16",
    )
    assert [e.name for e in found] == ["Status tanggap darurat Bencana Banjir Kabupaten Dairi"]


def test_a_festival_officially_ended_is_its_closing_and_the_festival_held_since_a_day_is_of_that_day() -> (
    None
):
    found = events(
        "SIDIKALANG – Gelaran Festival Danau Lae Renun Tahun 2023 resmi berakhir, Sabtu (26/8/2023) sore. Festival "
        "yang digelar sejak Rabu (23/8/2023) itu diikuti 186 peserta.",
        date="2023-08-26",
    )
    assert {(e.name, e.date) for e in found} == {
        ("Penutupan Festival Danau Lae Renun", "2023-08-26"),
        ("Festival Danau Lae Renun Tahun 2023", "2023-08-23"),
    }
    # a term of office ending is no closing
    assert not events("Masa jabatan Bupati Dairi berakhir pada Senin (26/8/2024).", date="2024-08-26")


def test_a_stretch_of_weekdays_joined_by_hingga_is_held_from_its_first_day() -> None:
    found = events(
        "Disdukcapil Kabupaten Dairi menggelar pelayanan jemput bola administrasi kependudukan di Kecamatan Sumbul "
        "selama tiga hari, Senin hingga Rabu (14-16/6/2021). Pelayanan dipusatkan di Kantor Camat Sumbul.",
        date="2021-06-14",
    )
    assert [(e.date, e.end_date) for e in found if "Jemput Bola" in e.name] == [("2021-06-14", "2021-06-16")]
    # a deadline after "hingga" is still no day something was held on
    assert not events("Pendaftaran peserta dibuka hingga Rabu (16/6/2021).", date="2021-06-14")


def test_a_launch_a_relative_clause_dates_is_that_days_launch() -> None:
    [event] = events(
        "Program itu bagian dari Gerakan Tertib Arsip Desa (GETAR) yang dicanangkan Bupati Dairi Marihot "
        "Situmorang pada Senin, 13 Januari 2025, di Aula Kantor Bupati Dairi.",
        date="2025-05-20",
    )
    assert (event.name, event.date) == ("Pencanangan GETAR", "2025-01-13")
    # an earlier launch the clause does not date is still no event of the day the sentence gives
    assert not events(
        "Program Sapa Lansia yang diluncurkan Pemkab Dairi kembali menyapa warga Sumbul, Kamis (16/1/2025).",
        date="2025-01-16",
    )


def test_a_report_handed_over_with_what_it_is_on_and_a_return_welcomed_are_that_days_events() -> None:
    [handed] = events(
        "Laporan Hasil Pemeriksaan (LHP) atas LKPD tersebut diterima Bupati Dairi Marihot Situmorang dari "
        "Kepala BPK Perwakilan Sumatera Utara Sahat Nainggolan, Selasa (21/5/2024).",
        date="2024-05-21",
    )
    assert (handed.name, handed.date) == ("Penyerahan Laporan Hasil Pemeriksaan atas LKPD", "2024-05-21")
    [welcome] = events(
        "Kedatangan kontingen Porprov disambut Wakil Bupati Dairi Sahat Nainggolan di Alun-alun Sidikalang, "
        "Kamis (4/7/2024) sore.",
        date="2024-07-04",
    )
    assert (welcome.name, welcome.date) == ("Penyambutan Kedatangan kontingen Porprov", "2024-07-04")


def test_an_event_read_again_from_the_same_words_is_found_already_that_day_only() -> None:
    # ("upacara peringatan Hari Jadi Kota X ke-78" read from its date, then again, renamed, from a quotation's
    # "hari ini" further on: one event)
    from kg.extract.events import _named_by_the_same_words

    told = Event("Peringatan Hari Jadi Kota Sibolga", "Celebration", "2024-07-27", Span(50, 82, ""))
    seen = {("peringatan hari jadi kota sibolga", "2024-07-27"): told}
    assert _named_by_the_same_words(seen, "2024-07-27", 61, 90)
    assert not _named_by_the_same_words(seen, "2024-07-28", 61, 90)  # another day's
    assert not _named_by_the_same_words(seen, "2024-07-27", 82, 120)  # other words


def test_a_festival_pointed_back_to_past_a_relative_clause_is_no_event_of_a_statements_day() -> None:
    found = events(
        '"Penginapan di desa kami penuh," katanya, Senin (21/10/2024). Wisatawan memadati '
        "Festival Lae Renun 2024 yang berlangsung pada Sabtu dan Minggu (19–20/10/2024) di Sidikalang. Festival "
        "yang dibuka Bupati Dairi Marihot Situmorang itu dihadiri Ketua DPRD Dairi.",
        date="2024-10-22",
    )
    assert [(e.name, e.date) for e in found] == [("Festival Lae Renun 2024", "2024-10-19")]


def test_what_the_first_sentence_says_a_body_holds_is_of_the_day_the_second_opens_with() -> None:
    [event] = events(
        "SIDIKALANG – Disdukcapil Kabupaten Dairi menggelar layanan jemput bola bagi warga lanjut usia di Sumbul. "
        "Pada Rabu (12/3/2025), petugas mendatangi rumah-rumah warga di Desa Jerata.",
        date="2025-03-13",
    )
    assert event.date == "2025-03-12" and "Jemput Bola" in event.name
    # a statement's day, or a second sentence not opening with its day, dates nothing held before
    assert not events(
        "SIDIKALANG – Disdukcapil Kabupaten Dairi menggelar layanan jemput bola bagi warga lanjut usia di Sumbul. "
        '"Warga antusias," kata Kepala Disdukcapil Romauli Simbolon, Rabu (12/3/2025).',
        date="2025-03-13",
    )


def test_a_mass_recording_of_identity_cards_pointed_back_to_is_that_days_event() -> None:
    [event] = events(
        "SIDIKALANG – Disdukcapil Kabupaten Dairi menggelar perekaman KTP-el massal bagi pemilih pemula. "
        "Kegiatan yang berlangsung di Aula SMA Negeri 2 Sidikalang pada Selasa, 10 Oktober 2023, itu diikuti "
        "210 siswa.",
        date="2023-10-10",
    )
    assert event.date == "2023-10-10" and event.name.startswith("Perekaman")


def test_an_election_whose_own_day_follows_its_name_is_that_days_event_after_a_service_for_it() -> None:
    [event] = events(
        "Disdukcapil Kabupaten Dairi juga mempercepat perekaman KTP-el di sekolah-sekolah menjelang Pemilu 14 "
        "Februari 2024.",
        date="2024-01-10",
    )
    assert (event.kind, event.date) == ("Election", "2024-02-14")


def test_prizes_handed_to_a_contests_winners_are_that_days_event_and_the_contest_is_none() -> None:
    said = "Apel Hari Kesadaran Nasional digelar di Lapangan Sitinjo, Senin (17/2/2025). Selepas apel, Bupati Dairi "
    [_, handed] = events(said + "menyerahkan piagam kepada pemenang Lomba Kampung Rapi 2024.", "2025-02-17")
    assert (handed.name, handed.date) == (
        "Penyerahan piagam kepada pemenang Lomba Kampung Rapi 2024",
        "2025-02-17",
    )
    [_, noun] = events(
        said + "melanjutkan dengan penyerahan piagam kepada pemenang lomba perahu.", "2025-02-17"
    )
    assert not noun.name.startswith("Lomba")


def test_a_service_named_with_its_nickname_then_pointed_back_to_is_launched_on_its_day() -> None:
    said = (
        "DAIRI – Disdukcapil Kabupaten Dairi resmi membuka Layanan Malam Ceria (Lamaria) di MPP Dairi. Layanan "
        "tersebut diluncurkan oleh Bupati Dairi Sahat Nainggolan pada Senin (15/1/2024) di MPP Dairi."
    )
    [launch] = events(said, "2024-01-15")
    assert (launch.name, launch.date) == ("Peluncuran Layanan Malam Ceria", "2024-01-15")


def test_a_trophy_pointed_back_to_and_paraded_keeps_its_word_before_the_awards_name() -> None:
    said = (
        "SIBOLGA – Desa Sitinjo berhasil menyabet Juara I Festival Kampung Kopi Tingkat Provinsi Sumatera Utara "
        "Tahun 2023. Piala tersebut kemudian diarak dan diterima Bupati Dairi Sahat Nainggolan di Kantor Bupati "
        "Dairi, Kamis (23/11/2023)."
    )
    [paraded] = events(said, "2023-11-23")
    assert paraded.name == "Kirab Piala Juara I Festival Kampung Kopi Tingkat Provinsi Sumatera Utara 2023"
    [adipura] = events(
        "Kota Sibolga meraih Piala Adipura 2024. Trofi tersebut diarak keliling kota, Sabtu (2/3/2024)."
    )
    assert adipura.name == "Kirab Piala Adipura 2024"


def test_a_reception_is_an_event_word_not_a_guest_of_the_series_it_ends() -> None:
    said = (
        "Rangkaian HUT ke-75 Kabupaten Dairi dilanjutkan dengan Resepsi Peringatan HUT di Pendopo Kabupaten Dairi, "
        "pada Kamis malam (28/11/2024)."
    )
    x = extract(Article("Judul", said, date="2024-11-28"))
    assert [(e.name, e.date) for e in x.events] == [("Resepsi Peringatan HUT", "2024-11-28")]
    assert not [e for e in x.entities if e.type in {EntityType.PERSON, EntityType.ORGANIZATION}]


def test_an_inspection_pada_a_weekday_and_its_time_of_day_is_dated_that_day() -> None:
    """ "meninjau lokasi bencana di X pada Jumat pagi bersama ...": the weekday named alone, with its
    time of day and the clause going on, is the last such day on or before publication."""
    text = (
        "Angin kencang merusak puluhan rumah di Kota Sibolga pada Kamis (13/3/2025) malam. Wali Kota Sibolga "
        "Sahat Nainggolan meninjau lokasi bencana di Kelurahan Sitinjo pada Jumat pagi bersama Camat Sumbul "
        "Marihot Situmorang."
    )
    events = extract(Article("Judul", text, date="2025-03-14")).events
    assert [(e.name, e.date) for e in events if e.name.startswith("Peninjauan")] == [
        ("Peninjauan lokasi bencana", "2025-03-14")
    ]


def test_a_river_or_levee_told_in_lower_case_that_overflows_or_breaks_is_a_disaster_of_that_day() -> None:
    """ "beberapa sungai meluap", "Sebuah tanggul irigasi di Desa X jebol": nothing named befalls, but a
    word for the water or work does, so the disaster is told."""
    rivers = events(
        "Hujan lebat sejak Rabu (15/3/2023) malam menyebabkan beberapa sungai meluap dan menggenangi rumah "
        "warga di Kecamatan Sumbul, Kabupaten Dairi.",
        date="2023-03-16",
    )
    assert [(e.name, e.date) for e in rivers] == [("Banjir Sungai", "2023-03-15")]
    levee = events(
        "Sebuah tanggul irigasi di Desa Bintang jebol pada Selasa (11/3/2025) pagi dan menggenangi sawah warga.",
        date="2025-03-11",
    )
    assert [(e.name, e.date) for e in levee] == [("Jebolnya Tanggul", "2025-03-11")]


def test_a_programme_named_right_before_itu_and_a_launch_verb_is_launched() -> None:
    """ "Layanan Libur Dukcapil (Lalidu) itu diluncurkan ... Kamis (3/10/2024)": the pointer stands for
    the programme named right before it, whose launch that day is."""
    text = (
        "Menurut Kadisdukcapil, Layanan Libur Dukcapil (Lalidu) itu diluncurkan Bupati Dairi Sahat "
        "Nainggolan di kantor camat Sumbul, Kamis (3/10/2024)."
    )
    found = extract(Article("Judul", text, date="2024-10-03")).events
    assert [(e.name, e.date) for e in found] == [("Peluncuran Layanan Libur Dukcapil", "2024-10-03")]


def test_a_gathering_the_one_just_told_then_leads_is_of_that_day() -> None:
    """ "... meninjau lokasi longsor ..., Selasa (4/3/2025). Sahat kemudian memimpin rapat koordinasi
    ...": the subject, then "kemudian" and a verb, tells what was done next that day."""
    text = (
        "Wali Kota Sibolga Sahat Nainggolan meninjau lokasi longsor di Kelurahan Sitinjo, Selasa (4/3/2025). "
        "Sahat kemudian memimpin rapat koordinasi tanggap darurat bersama BPBD dan Dinas PUPR di posko utama."
    )
    found = extract(Article("Judul", text, date="2025-03-04")).events
    assert ("Rapat Koordinasi Tanggap Darurat", "2025-03-04") in {(e.name, e.date) for e in found}


@pytest.mark.parametrize(
    "told",
    [
        "sejak Senin (11/3/2024) malam sampai Selasa (12/3/2024) pagi memicu banjir",
        "pada Senin (11/3/2024) memicu banjir",
    ],
)
def test_a_flood_set_off_by_the_weather_of_a_day_or_a_stretch_from_it_is_of_that_day(told: str) -> None:
    """``Curah hujan ... sejak Senin (11/3) malam sampai Selasa (12/3) pagi memicu banjir``: the stretch's
    first day; ``Curah hujan ... pada Senin (11/3) memicu banjir``: that day."""
    found = events(
        f"SIDIKALANG – Curah hujan tinggi di wilayah Dairi {told} di Kecamatan Sumbul dan Kecamatan Sitinjo.",
        "2024-03-12",
    )
    assert [(e.name, e.date) for e in found] == [("Banjir", "2024-03-11")]


def test_an_accident_that_causes_a_traffic_jam_on_a_day_is_no_disaster_it_set_off() -> None:
    assert (
        events(
            "Kecelakaan di Jalan Sisingamangaraja pada Senin (11/3/2024) menyebabkan kemacetan.", "2024-03-12"
        )
        == []
    )


def test_an_activity_held_by_the_name_it_is_given_is_an_event_of_the_day() -> None:
    """``Kegiatan bertajuk X (Y) itu digelar di ..., Rabu (31/1)``: "kegiatan" names no
    event before it to point back at, but the activity by its given name."""
    found = events(
        "Kegiatan bertajuk Gebyar Pelayanan Keliling (Gepeling) itu digelar di Kantor Camat Sumbul, Rabu "
        "(31/1/2024), bagi warga desa terpencil.",
        "2024-02-01",
    )
    assert [(e.name, e.date, location(e)) for e in found] == [
        ("Gebyar Pelayanan Keliling (Gepeling)", "2024-01-31", "Kantor Camat Sumbul")
    ]


def test_a_launch_the_opening_scene_marks_is_of_the_scenes_day() -> None:
    """``Lapangan X dipadati pelajar pada Minggu pagi, 14 Juli 2024. Mereka ...,
    menandai peluncuran Gerakan Y oleh Bupati``: the launch is the scene's."""
    found = events(
        "Lapangan Sidikalang dipadati pelajar pada Minggu pagi, 14 Juli 2024. Mereka menanam pohon bersama, "
        "menandai peluncuran Gerakan Dairi Bebas Plastik (Gerbang Dabes) oleh Bupati Dairi Sahat Nainggolan.",
        "2024-07-21",
    )
    assert [(e.name, e.date) for e in found] == [("Peluncuran Gerakan Dairi Bebas Plastik", "2024-07-14")]


def test_a_services_first_day_held_is_an_event_named_with_the_service_named_before() -> None:
    found = events(
        "Disdukcapil Kabupaten Dairi memulai layanan Dukcapil Sapa Desa (Duta Desa) untuk warga pelosok. "
        "Layanan pertama dilaksanakan di Balai Desa Bintang, Kecamatan Sumbul, pada Kamis, 7 Maret 2024.",
        "2024-03-07",
    )
    assert [(e.name, e.date, location(e)) for e in found] == [
        ("Layanan Pertama Dukcapil Sapa Desa", "2024-03-07", "Balai Desa Bintang")
    ]


def test_a_service_its_word_opens_a_sentence_for_launched_on_a_weekday_is_the_service_named_before() -> None:
    """``... memperkenalkan Layanan X (Y). Layanan yang diluncurkan Selasa (5/3) itu ...``: the launch of
    that service that day ("yang" speaks of no earlier act where the weekday follows the verb)."""
    found = events(
        "SIDIKALANG – Dinas Kesehatan Kabupaten Dairi memperkenalkan Layanan Antar Akta Kelahiran (Laka) "
        "di Sidikalang. Layanan yang diluncurkan Selasa (5/3/2024) itu menyasar 40 desa.",
        "2024-03-05",
    )
    assert [(e.name, e.date) for e in found] == [("Peluncuran Layanan Antar Akta Kelahiran", "2024-03-05")]


def test_a_festivals_opening_and_closing_days_are_named_as_its_opening_and_closing() -> None:
    """A festival named for its second day: "Festival yang digelar ... itu dibuka secara resmi ... pada
    Jumat" is its opening, and "Festival X akan ditutup Minggu (14/7) malam", the article's day, its
    closing (an official act, planned for the day its clause dates)."""
    found = events(
        "SIDIKALANG – Warga dari berbagai kecamatan memadati Festival Lae Renun (FLR) 2019 di Silalahi, Sabtu "
        "(13/7/2019). Festival tahunan yang diselenggarakan Dinas Pariwisata Dairi itu dibuka secara resmi "
        "oleh Bupati Dairi Sahat Nainggolan pada Jumat (12/7/2019). Festival Lae Renun 2019 akan ditutup "
        "Minggu (14/7/2019) malam dengan pesta kembang api.",
        "2019-07-14",
    )
    assert sorted((e.date, e.name) for e in found) == [
        ("2019-07-12", "Pembukaan Festival Lae Renun (FLR) 2019"),
        ("2019-07-13", "Festival Lae Renun (FLR) 2019"),
        ("2019-07-14", "Penutupan Festival Lae Renun 2019"),
    ]


def test_a_sentence_opening_kali_ini_dates_what_the_sentence_before_says_is_held_again() -> None:
    """``Dinas X kembali menyelenggarakan pemeriksaan kesehatan gratis secara jemput bola bagi warga
    lansia. Kali ini, petugas mendatangi Desa Y, Senin (7/3/2022), ...``: the service held that day (the
    visit is how it was held, no event of its own), its holder taking part."""
    openings = (
        "Dinas Kesehatan Kabupaten Dairi kembali menyelenggarakan pemeriksaan kesehatan gratis secara jemput "
        "bola bagi warga lansia.",
        "Dinas Kesehatan Kabupaten Dairi kembali menggelar layanan jemput bola bagi warga lansia.",
    )
    for opening in openings:
        text = f"SIDIKALANG – {opening} Kali ini, petugas mendatangi Desa Paropo, Senin (7/3/2022), dan membuka pos di balai desa."
        [event] = events(text, "2022-03-07")
        assert (event.name, event.date) == ("Jemput Bola", "2022-03-07")
        took_part = [p.name for p in (*event.performers, *event.attendees)]
        assert "Dinas Kesehatan Kabupaten Dairi" in took_part


def test_what_follows_a_ceremony_named_without_its_noun_is_of_its_day_however_far_on() -> None:
    """``Pemkab menggelar apel peringatan Hari Kesadaran Nasional ...`` (named "Peringatan Hari Kesadaran
    Nasional"), then, sentences on, ``Seusai apel, Bupati ... meninjau X, lalu memimpin rapat ...``: what
    that day held, as after "Seusai peringatan"."""
    middle = " ".join(f"Pegawai Kecamatan {v} hadir lengkap." for v in ("Sumbul", "Sitinjo", "Parbuluan"))
    text = (
        "SIDIKALANG – Pemerintah Kabupaten Dairi menggelar apel peringatan Hari Kesadaran Nasional di Lapangan "
        "Sidikalang, Senin (17/1/2022) pagi. Apel dipimpin Bupati Dairi Sahat Nainggolan. Dalam arahannya, "
        f"Sahat meminta pegawai disiplin. {middle} Ia juga menyinggung target pendapatan daerah. Menurutnya, "
        "pelayanan harus cepat. Cuaca pagi itu cerah. Seluruh peserta mengenakan seragam. Seusai apel, Bupati "
        "bersama para asisten meninjau Pasar Sidikalang, lalu memimpin Rapat Evaluasi Program di Aula Kantor "
        "Bupati."
    )
    assert ("Rapat Evaluasi Program", "2022-01-17") in {(e.name, e.date) for e in events(text, "2022-01-17")}


def test_weather_since_a_day_that_made_a_river_overflow_and_flood_homes_floods_on_that_day() -> None:
    text = (
        "Curah hujan tinggi yang turun di Kabupaten Dairi sejak Jumat (12/3/2021) sore membuat Sungai Lae Renun "
        "meluap dan merendam rumah warga di tiga desa Kecamatan Sumbul. Sampai Sabtu (13/3/2021) pagi, air "
        "belum surut."
    )
    assert [(name, day) for name, day, _ in incidents(text, "2021-03-13")] == [
        ("Banjir Sungai Lae Renun", "2021-03-12")
    ]


def test_a_span_of_time_with_ini_after_an_events_word_is_no_part_of_its_name() -> None:
    found = events(
        "Kepala Dinas Sosial Dairi, Romauli Simbolon, menjelaskan hal itu di kantornya, Senin (20/10/2025). "
        "Menurutnya, dalam kunjungan minggu ini petugas mendata 85 keluarga di Parbuluan."
    )
    assert not [e.name for e in found if "Minggu" in e.name]


def test_a_launch_in_a_relative_clause_is_dated_by_the_day_after_its_doer_and_venue() -> None:
    found = events(
        "Program Antar Akta ke Rumah (Antarum) yang diluncurkan Wakil Bupati Dairi Parlin Situmorang di Aula "
        "Kantor Camat Sumbul, Senin (20/10/2025), melayani 40 warga pada hari pertama.",
        "2025-10-21",
    )
    assert [(e.name, e.date) for e in found] == [("Peluncuran Antarum", "2025-10-20")]


def test_a_pesta_budaya_is_an_event() -> None:
    found = events(
        "Pesta Budaya Pakpak 2025 ditutup dengan tarian massal di Salak, Minggu (19/10/2025).", "2025-10-20"
    )
    assert [(e.name, e.date) for e in found] == [("Pesta Budaya Pakpak 2025", "2025-10-19")]


def test_whom_an_act_was_done_with_is_no_part_of_its_objects_name() -> None:
    found = events(
        "Wakil Bupati Dairi Parlin Situmorang meninjau jembatan darurat bersama Kapolres Dairi, Minggu (19/10/2025)."
    )
    assert [e.name for e in found] == ["Peninjauan jembatan darurat"]


def test_a_weekday_alone_after_a_capitalised_pada_is_the_day_named_before() -> None:
    found = events(
        "Jembatan gantung di Desa Bintang putus diterjang arus sungai, Kamis (16/10/2025). Pada Jumat sore, "
        "Wakil Bupati Dairi Parlin Situmorang meninjau jembatan darurat yang dibangun warga.",
        "2025-10-17",
    )
    assert [(e.name, e.date) for e in found] == [("Peninjauan jembatan darurat", "2025-10-17")]


def test_an_event_word_pointing_back_past_a_dated_sentence_is_that_sentences_event() -> None:
    found = events(
        'Jembatan gantung di Desa Bintang putus, Rabu (15/10/2025). "Warga sudah kami ungsikan," kata Kalaksa '
        "BPBD Dairi Sahat Nainggolan, Kamis (16/10/2025). Pada Kamis sore, Wakil Bupati Dairi Parlin Situmorang "
        "meninjau jembatan darurat yang dibangun warga. Selama kunjungan tersebut, Wabup mendengar keluhan "
        "pengungsi.",
        "2025-10-16",
    )
    assert [e.name for e in found if e.date == "2025-10-16"] == ["Peninjauan jembatan darurat"]


def test_a_campaign_named_as_a_month_of_something_is_what_the_act_launches() -> None:
    [event] = events(
        "SIDIKALANG – Wakil Bupati Dairi Sahat Nainggolan mencanangkan Bulan Bakti Gotong Royong Masyarakat Tahun "
        "2023 di Lapangan Desa Bintang, Rabu (14/6/2023).",
        date="2023-06-14",
    )
    assert (event.name, event.date) == (
        "Pencanangan Bulan Bakti Gotong Royong Masyarakat Tahun 2023",
        "2023-06-14",
    )
    # the month itself opens no campaign's name
    assert not events("Bupati Dairi mencanangkan Bulan Juni sebagai bulan tertib pajak, Rabu (14/6/2023).")


def test_aid_told_by_those_who_received_it_is_its_handing_over() -> None:
    [event] = events(
        "Sebanyak 300 keluarga korban banjir di Sidikalang menerima bantuan sembako dari Dinas Sosial "
        "Kabupaten Dairi, Selasa (14/10/2025)."
    )
    assert event.name == "Penyerahan bantuan sembako" and event.date == "2025-10-14"
    assert "Dinas Sosial Kabupaten Dairi" in {e.name for e in event.attendees + event.performers}
    # what the receiver did on the day, not whom he received: a capitalised object is no thing handed over
    assert not events("Bupati Dairi menerima Tim Penilai Provinsi di Sidikalang, Selasa (14/10/2025).")
    # and the aid's words end where the one who received it for another is named
    [event] = events(
        "Sekretaris Daerah Dairi menerima penghargaan mewakili Bupati Dairi di Medan, Selasa (14/10/2025)."
    )
    assert event.name == "Penyerahan penghargaan"


def test_a_weekday_right_after_a_verb_of_holding_dates_the_gathering() -> None:
    [event] = events(
        "Rapat Koordinasi Penanganan Inflasi Kabupaten Samosir digelar Senin pagi di Aula Kantor Bupati "
        "Samosir, Pangururan.",
        date="2025-10-22",
    )
    assert event.name == "Rapat Koordinasi Penanganan Inflasi Kabupaten Samosir"
    assert event.date == "2025-10-20"
    # a day to come is no day it was held on
    assert not events(
        "Rapat Koordinasi Penanganan Inflasi Kabupaten Samosir digelar Senin depan di Pangururan.",
        date="2025-10-22",
    )


def test_things_counted_by_a_measure_word_are_what_a_handing_over_hands_over() -> None:
    [event] = events(
        "Dinas Perikanan Kabupaten Toba membagikan 2.000 ekor benih ikan nila kepada warga Desa Sigaol di "
        "Balige, Kamis (16/10/2025)."
    )
    assert event.name == "Pembagian 2.000 ekor benih ikan nila" and event.date == "2025-10-16"
    # a number with no measure word and no thing of aid names no handing over
    assert not events("Bupati Toba menyerahkan 25 persen kewenangannya kepada camat, Kamis (16/10/2025).")


def test_things_counted_in_thousands_are_what_a_handing_over_hands_over() -> None:
    [event] = events(
        "Jumat (17/10), Wakil Bupati Samosir Tumpal Sinaga menyerahkan 50 ribu bibit kopi arabika kepada 12 "
        "kelompok tani di Balai Desa Tomok."
    )
    assert event.name == "Penyerahan 50 ribu bibit kopi arabika" and event.date == "2025-10-17"


def test_things_counted_in_words_by_a_measure_word_are_what_a_handing_over_hands_over() -> None:
    [event] = events(
        "Pemerintah Kabupaten Dairi menyerahkan tiga unit speedboat ambulans untuk Puskesmas Sumbul di "
        "Pelabuhan Tongging, Selasa (20/5/2025)."
    )
    assert (event.name, event.date) == ("Penyerahan tiga unit speedboat ambulans", "2025-05-20")
    # a number in words with no measure word names no handing over
    assert not events("Bupati Dairi menyerahkan tiga tugas kepada camat, Selasa (20/5/2025).")


def test_an_act_done_in_person_is_named_by_its_object_not_by_langsung() -> None:
    [event] = events(
        "Kamis (22/5/2025), Bupati Dairi Tumpal Sinaga bersama Kadinkes meninjau langsung Puskesmas Sumbul."
    )
    assert (event.name, event.date) == ("Peninjauan Puskesmas Sumbul", "2025-05-22")


def test_a_sentence_opening_with_hari_itu_is_of_the_day_named_just_before() -> None:
    [event] = events(
        "Ratusan ibu hamil memadati Lapangan Sisingamangaraja, Kamis pagi. Hari itu, Dinas Kesehatan "
        "Kabupaten Toba membagikan paket makanan tambahan bagi mereka.",
        date="2025-10-23",
    )
    assert event.name == "Pembagian paket makanan tambahan" and event.date == "2025-10-23"


def test_an_event_held_earlier_on_the_day_of_writing_is_on_the_datelines_day() -> None:
    """``Sibolga, 9 Januari 2025 – ... Apel X yang digelar di Lapangan Y pagi tadi``: held that day, a
    later day the article names for another activity notwithstanding."""
    text = (
        "Sibolga, 9 Januari 2025 – Musim hujan membuat Pemerintah Kota Sibolga bersiaga. Sebanyak 400 "
        "personel mengikuti Apel Siaga Banjir dan Longsor yang digelar di Lapangan Simare-mare pagi "
        "tadi.\n\nWali Kota Sibolga, Tumpal Sinaga, memimpin apel itu.\n\nMenindaklanjuti apel, Pemkot Sibolga "
        "akan menggelar Gerakan Bersih Sungai Aek Doras di 17 kelurahan pada Sabtu (11/1/2025)."
    )
    dated = {e.name: e.date for e in events(text, "2025-01-09")}
    assert dated["Apel Siaga Banjir dan Longsor"] == "2025-01-09"


def test_a_trophy_of_a_contest_won_is_no_event_of_that_contest() -> None:
    """``Trofi Juara I Lomba X diarak ... dalam acara syukuran``: the day's event is the celebration,
    not the contest, held before; ``Trofi ... tersebut sebelumnya diserahkan Y ..., Selasa (9/11/2021)``:
    its handing over on that day."""
    text = (
        "SAMOSIR – Warga Desa Lumban, Kecamatan Pangururan, bersukacita, Kamis, 15 September 2022. Trofi Juara "
        "I Lomba Desa Tingkat Provinsi Sumatera Utara Tahun 2022 diarak mengelilingi kampung diiringi gondang, "
        "lalu diterima pemerintah desa dalam acara syukuran di Balai Desa Lumban."
    )
    assert [(e.name, e.date) for e in events(text, "2022-09-15")] == [("Syukuran", "2022-09-15")]
    handed = (
        "Pemerintah Kabupaten Toba mendorong perajin ulos naik kelas.\n\nTrofi juara pertama Lomba Kriya Ulos "
        "tersebut sebelumnya diserahkan Dinas Perindustrian dan Perdagangan Provinsi Sumatera Utara di Medan, "
        "Selasa (9/11/2021)."
    )
    assert [(e.name, e.date) for e in events(handed, "2021-11-18")] == [("Penyerahan Trofi", "2021-11-09")]


@pytest.mark.parametrize(
    ("text", "published", "meeting", "day"),
    [
        (
            # the dateline's day and month, the year the article's
            "Tarutung, 14/3 (ANTARA) - Pemerintah Kabupaten Tapanuli Utara menetapkan air bersih sebagai "
            "prioritas pembangunan dalam Musyawarah Perencanaan Pembangunan (Musrenbang) Kabupaten di Aula "
            "Kantor Bupati.\n\nBupati Tapanuli Utara, Tumpal Sinaga, membuka musyawarah itu.",
            "2023-03-14",
            "Musyawarah Perencanaan Pembangunan (Musrenbang) Kabupaten",
            "2023-03-14",
        ),
        (
            # a date opening its sentence, after a lead-in of time
            "Pemkab Samosir meluncurkan program Samosir Sehat. Sehari kemudian, Rabu (14/3/2025), program itu "
            "dibicarakan lagi dalam Rapat Koordinasi Tim Percepatan Penurunan Stunting Kabupaten Samosir di Aula "
            "Kantor Bupati.",
            "2025-03-15",
            "Rapat Koordinasi Tim Percepatan Penurunan Stunting Kabupaten Samosir",
            "2025-03-14",
        ),
    ],
)
def test_a_leading_date_dates_the_named_event_its_sentence_tells_something_was_done_in(
    text: str, published: str, meeting: str, day: str
) -> None:
    """``Tarutung, 14/3 (ANTARA) - ... menetapkan ... dalam Musrenbang ...``, ``Sehari kemudian, Rabu
    (14/3/2025), program itu dibicarakan lagi dalam Rapat Koordinasi X di ...``: the meeting is held on
    the day of the dateline, or of the date opening the sentence."""
    assert {e.name: e.date for e in events(text, published)}[meeting] == day


def test_an_attribution_is_no_dateline() -> None:
    """``Dilansir X, Minggu (6/7/2025), ... dalam Pemilu 2024``: a source cited, not a dateline; the
    election named is no event of that day."""
    quoted = "Dilansir Reuters, Minggu (6/7/2025), Tumpal Sinaga menjadi juru kampanye dalam Pemilu 2024."
    assert events(quoted, "2025-07-07") == []


def test_a_state_of_emergency_only_planned_is_no_event() -> None:
    """``Status siaga darurat longsor direncanakan berlaku mulai 10 Januari 2025``: not declared yet;
    ``... ditetapkan berlaku mulai 10 Januari 2025`` is."""
    planned = (
        "Pemkab Samosir bersiaga. Status siaga darurat longsor direncanakan berlaku mulai 10 Januari 2025."
    )
    assert [e for e in events(planned, "2025-01-06") if e.name.startswith("Status")] == []
    declared = (
        "Pemkab Samosir bersiaga. Status siaga darurat longsor ditetapkan berlaku mulai 10 Januari 2025."
    )
    assert [e.date for e in events(declared, "2025-01-06") if e.name.startswith("Status")] == ["2025-01-10"]


def test_an_officials_visit_to_a_place_written_in_lower_case_is_an_event() -> None:
    """``Sabtu (6/11/2021), Bupati X mengunjungi desa yang ...``: a visit by its lower-case place; not
    one nobody named makes (``Wisatawan mengunjungi desa itu ...``)."""
    visit = (
        "Sabtu (6/11/2021), Bupati Samosir Tumpal Sinaga mengunjungi desa yang terletak di tepi danau itu."
    )
    assert [(e.name, e.date) for e in events(visit, "2021-11-07")] == [("Kunjungan ke desa", "2021-11-06")]
    tourists = "Wisatawan mengunjungi desa itu setiap akhir pekan, kata Tumpal Sinaga, Senin (12/2/2024)."
    assert events(tourists, "2024-02-13") == []


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        (
            "Program bertajuk Gerakan Kopi Lestari (Gerkol) itu dibuka langsung oleh Bupati Samosir Tumpal "
            "Sinaga di Pangururan, Selasa (19/7/2022).",
            "Pembukaan Gerkol",
        ),
        (
            "Program Sekolah Lapang Jeruk dibuka oleh Pj. Bupati Karo di Kabanjahe, Selasa (19/7/2022).",
            "Pembukaan Program Sekolah Lapang Jeruk",
        ),
    ],
)
def test_a_programme_opened_by_an_official_is_an_opening_as_one_opened_officially(
    text: str, opened: str
) -> None:
    """``Program X itu dibuka langsung oleh Bupati Y, Selasa (...)``: opened by an official named by title,
    as "resmi dibuka" says, even after a pointer; a road or a registration opened stays none."""
    assert [(e.name, e.date) for e in events(text, date="2022-07-20")] == [(opened, "2022-07-19")]
    assert not events("Pendaftaran Seleksi Perangkat Desa dibuka oleh Bupati Samosir, Selasa (19/7/2022).")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Keluarga besar itu menggelar prosesi Mangongkal Holi di Tomok, Kecamatan Simanindo, Minggu (6/4/2025).",
         "Prosesi Mangongkal Holi"),
        ("Ritual Mandi Pangir digelar warga di tepi Danau Toba, Kecamatan Pangururan, Senin (31/3/2025).",
         "Ritual Mandi Pangir"),
    ],
)  # fmt: skip
def test_a_customary_procession_or_ritual_held_on_a_day_is_an_event(text: str, name: str) -> None:
    """``menggelar prosesi X``, ``Ritual X digelar``: a customary ceremony held on a stated day is that
    day's event, as an "upacara" is."""
    assert [e.name for e in events(text, "2025-04-05")] == [name]


def test_those_named_after_a_veterinarians_title_still_came_to_the_event() -> None:
    # "drh." (dokter hewan) before a name does not end the sentence of those who came with the Bupati
    [event] = events(
        "Bupati Samosir Tumpal Sinaga menyerahkan bantuan ternak di Desa Lumban, Kamis (16/3/2023). Ia "
        "didampingi Kepala Dinas Peternakan Samosir drh. Romauli Simbolon dan Camat Pangururan Binsar Manurung."
    )
    came = {p.name for p in (*event.performers, *event.attendees)}
    assert {"Tumpal Sinaga", "Romauli Simbolon", "Binsar Manurung"} <= came


def test_a_sentence_opening_with_the_events_head_a_few_sentences_on_says_who_did_it() -> None:
    [event] = events(
        "Pemkab Samosir meluncurkan Gerakan Samosir Menanam di Balai Desa Lumban, Rabu (9/6/2021). "
        "Gerakan itu menyasar lahan kritis di sekitar Danau Toba. "
        "Peluncuran diawali pelepasan merpati oleh Bupati Samosir Tumpal Sinaga bersama Camat "
        "Pangururan Binsar Manurung dan Kepala Desa Tomok Romauli Simbolon."
    )
    came = {p.name for p in (*event.performers, *event.attendees)}
    assert {"Tumpal Sinaga", "Binsar Manurung", "Romauli Simbolon"} <= came


def test_a_bare_festival_takes_the_name_the_sentence_before_gave_it_far_into_the_article() -> None:
    [*_, event] = events(
        "Ratusan warga memadati tepian Danau Toba di Desa Tomok, Minggu, 10 Agustus 2025. Mereka datang sejak "
        "pagi. Sebagian membawa tikar. Anak-anak berlarian di pantai. Acara itu termasuk rangkaian Festival "
        "Sopo Bolon 2025 yang diselenggarakan Pemkab Samosir. Festival dibuka dua hari sebelumnya, Jumat "
        "malam, oleh Bupati Samosir Tumpal Sinaga.",
        date="2025-08-11",
    )
    assert (event.name, event.date) == ("Festival Sopo Bolon 2025", "2025-08-08")


def test_a_festival_closed_later_is_the_one_the_lead_named_after_a_contest_in_lower_case() -> None:
    # the lead's first event ("lomba solu") is in lower case: the festival is found by its own word
    first, closing = events(
        "Samosir (ANTARA) - Regu Desa Tomok menjadi pemenang utama lomba solu dalam puncak Festival Danau "
        "Toba 2019 di Pantai Pasir Putih Parbaba, Sabtu (5/10/2019). Ribuan warga menonton dari tepi "
        "danau. Seluruh rangkaian festival resmi ditutup Minggu (6/10) dengan tarian tortor massal.",
        date="2019-10-07",
    )
    assert (first.name, first.date) == ("Festival Danau Toba 2019", "2019-10-05")
    assert (closing.name, closing.date) == ("Penutupan Festival Danau Toba 2019", "2019-10-06")


def test_a_festival_opened_by_its_bare_word_is_the_one_named_after_a_described_contest() -> None:
    # the lead's first event is no name ("Lomba dayung perahu tradisional itu ..."): the bare "Festival"
    # is the festival the lead names with its own word
    [event] = events(
        "PANGURURAN – Puluhan perahu kayu meluncur di permukaan Danau Toba. Lomba dayung perahu tradisional "
        "itu menjadi penutup Festival Danau Toba 2025 yang digelar Pemerintah Kabupaten Samosir selama tiga "
        "hari.\n\nFestival dibuka Bupati Samosir Tumpal Sinaga pada Sabtu, 19 Juli 2025, di Lapangan "
        "Pangururan.",
        date="2025-07-22",
    )
    assert (event.name, event.date) == ("Festival Danau Toba 2025", "2025-07-19")


def test_a_festival_closed_by_its_bare_word_is_named_its_closing_once() -> None:
    # "Festival ditutup pada Minggu": the festival found for Saturday already comes back as its closing,
    # which is "Penutupan Festival X", not "Penutupan Penutupan Festival X"
    found = events(
        "Samosir – Kopi arabika dari Kelompok Tani Sipitu Dai, Desa Tomok, keluar sebagai juara pertama "
        "Kontes Kopi Samosir dalam rangkaian Festival Kopi Danau Toba 2019. Pengumuman pemenang dilakukan "
        "di panggung utama Alun-alun Pangururan, Sabtu (24/8/2019) malam.\n\nFestival tahunan ini digelar "
        "Pemerintah Kabupaten Samosir.\n\nFestival ditutup pada Minggu (25/8/2019) dengan acara minum kopi "
        "bersama.",
        date="2019-08-26",
    )
    assert [(e.name, e.date) for e in found] == [
        ("Festival Kopi Danau Toba 2019", "2019-08-24"),
        ("Penutupan Festival Kopi Danau Toba 2019", "2019-08-25"),
    ]


def test_a_day_whose_programme_went_on_with_an_activity_told_after_the_day_is_that_activity() -> None:
    events_ = events(
        "Pembukaan Festival Danau Toba 2024 digelar di Pangururan, Sabtu (9/11/2024). Keesokan harinya, Minggu "
        "(10/11/2024), rangkaian festival diteruskan dengan kegiatan Gowes Samosir, bersepeda santai sejauh "
        "20 kilometer dari Pangururan ke Simanindo.",
        date="2024-11-11",
    )
    assert ("Gowes Samosir", "2024-11-10") in [(e.name, e.date) for e in events_]


def test_a_days_scene_pointed_back_to_by_a_kind_of_its_own_is_that_event() -> None:
    [event, *_] = events(
        "SAMOSIR – Ladang bawang di Desa Tomok, Kecamatan Simanindo, ramai petani dan pejabat pada Rabu, 9 "
        "Oktober 2019. Bupati Samosir Tumpal Sinaga ikut mencabut bawang bersama kelompok tani. Panen raya "
        "tersebut dirangkai dengan peluncuran Kartu Tani Samosir.",
        date="2019-10-11",
    )
    assert (event.name, event.date) == ("Panen Raya", "2019-10-09")


def test_meeting_face_to_face_with_people_on_a_day_is_a_meeting() -> None:
    [event] = events(
        "Kamis (23/5/2024), Bupati Samosir Tumpal Sinaga bertatap muka dengan nelayan keramba di Sopo Bolon, "
        "Pangururan.",
        date="2024-05-24",
    )
    assert (event.name, event.kind, event.date) == (
        "Tatap muka dengan nelayan keramba",
        "Meeting",
        "2024-05-23",
    )


def test_a_building_finally_inaugurated_on_a_day_is_its_inauguration() -> None:
    [event] = events(
        "Ruang bersalin Puskesmas Pangururan akhirnya diresmikan Bupati Samosir Tumpal Sinaga, Senin "
        "(3/6/2024).",
        date="2024-06-04",
    )
    assert (event.name, event.date) == ("Peresmian Puskesmas Pangururan", "2024-06-03")


def test_a_bare_event_word_after_a_closing_is_the_event_closed_not_its_closing() -> None:
    """``... menutup Festival X 2025 ..., Sabtu (13/9/2025). Festival yang digelar mulai Rabu (10/9) itu
    ...``: the festival itself began that Wednesday; its closing is Saturday's."""
    found = {
        (e.name, e.date)
        for e in events(
            "Bupati Samosir Tumpal Sinaga menutup Festival Danau Sipinggan 2025 di Pantai Parbaba, Sabtu "
            "(13/9/2025) malam.\n\nFestival yang digelar mulai Rabu (10/9) itu menampilkan solu hias dan "
            "tortor dari sembilan kecamatan.",
            date="2025-09-15",
        )
    }
    assert ("Festival Danau Sipinggan 2025", "2025-09-10") in found
    assert ("Penutupan Festival Danau Sipinggan 2025", "2025-09-13") in found


def test_a_winners_trophy_taken_home_and_paraded_is_a_parade_of_the_award_won() -> None:
    """``Sabtu siang, trofi juara dibawa pulang lalu diarak keliling ...``: the trophy of the award the
    village won, paraded that day."""
    found = {
        (e.name, e.date)
        for e in events(
            "Desa Tomok menyabet Juara I Lomba Desa Terbaik Sumatera Utara 2024. Gubernur menyerahkannya di "
            "Medan, Kamis (21/11/2024).\n\nSabtu siang, trofi juara dibawa pulang lalu diarak keliling "
            "Pangururan menuju Balai Desa Tomok.",
            date="2024-11-23",
        )
    }
    assert ("Kirab Trofi Juara I Lomba Desa Terbaik Sumatera Utara 2024", "2024-11-23") in found


def test_a_gathering_named_as_what_a_days_activity_follows_up_is_not_that_days() -> None:
    """``Sebagai tindak lanjut apel, Pemkab akan menggelar ... pada Senin (13/1/2025)``: the muster was
    told before, on its own day; Monday's activity follows it up and holds no second muster."""
    found = {
        (e.name, e.date)
        for e in events(
            "Apel siaga bencana digelar di Lapangan Pangururan, Kamis (9/1/2025).\n\nSebagai tindak lanjut apel, "
            "Pemkab Samosir akan menggelar Gerakan Danau Bersih serentak di sembilan kecamatan pada Senin "
            "(13/1/2025).",
            date="2025-01-09",
        )
    }
    assert ("Apel Siaga Bencana", "2025-01-09") in found
    assert not any(date == "2025-01-13" and name.startswith("Apel") for name, date in found)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Dinas Lingkungan Hidup Kabupaten Samosir menyosialisasikan Perbup Nomor 5 Tahun 2023 kepada "
            "pedagang Pasar Onan Baru, Sabtu (12/8/2023).",
            ("Sosialisasi Perbup Nomor 5 Tahun 2023", "2023-08-12"),
        ),
        (
            "Regu MPA bersama personel Manggala Agni langsung memadamkan api di lahan Desa Tomok, Jumat "
            "(11/8/2023) pagi.",
            ("Pemadaman api", "2023-08-11"),
        ),
    ],
)
def test_a_rule_made_known_or_a_fire_put_out_on_a_day_is_an_event_of_that_day(
    text: str, event: tuple[str, str]
) -> None:
    """``Dinas X menyosialisasikan Perbup ... kepada pedagang Pasar Y, Sabtu (12/8/2023)``, ``Regu MPA
    ... memadamkan api di lahan Desa Z, Jumat (11/8/2023)``: making a rule known to those it binds, or
    putting a fire out, on a day, is an event of that day (a socialisation, a fire put out)."""
    assert event in {(e.name, e.date) for e in events(text, date="2023-08-14")}


def test_a_body_beginning_an_activity_on_the_day_its_sentence_opens_with_holds_it() -> None:
    """``Kamis (25/3/2021), Dinkes ... memulai vaksinasi ...``: begun that day, held that day."""
    [event] = events(
        "Kamis (25/3/2021), Dinas Kesehatan Kabupaten Samosir memulai vaksinasi campak "
        "untuk anak sekolah dasar ke Puskesmas Pangururan.",
        date="2021-03-27",
    )
    assert event.name == "Vaksinasi Campak" and event.date == "2021-03-25"


def test_an_operation_enforcing_the_health_rules_is_an_event() -> None:
    [event] = events(
        "Esoknya, Rabu (14/10/2020), Satpol PP Samosir bersama Polres menggelar operasi yustisi "
        "ke Pasar Tomok, Kecamatan Simanindo.",
        date="2020-10-15",
    )
    assert event.name == "Operasi Yustisi" and event.date == "2020-10-14"


def test_an_opening_said_official_after_its_verb_is_dated_by_the_day_after() -> None:
    """``Festival X dibuka secara resmi pada Jumat (11/7/2025)``, as ``resmi dibuka``."""
    names = [
        (e.name, e.date)
        for e in events(
            "Festival Danau Toba 2025 dibuka secara resmi pada Jumat (11/7/2025) di Pangururan.",
            date="2025-07-14",
        )
    ]
    assert ("Pembukaan Festival Danau Toba 2025", "2025-07-11") in names


def test_a_month_sharing_a_word_with_an_officials_name_leaves_the_events_name_whole() -> None:
    """``rapat koordinasi persiapan Ramadhan`` after "Kapolres ... Fadhil Ramadhan": the month, no
    mention of him inside the meeting's name (which dropped the meeting)."""
    text = (
        "Turut hadir Kapolres Samosir AKBP Fadhil Ramadhan.\n\n"
        "Dua hari sebelumnya, Senin (6/3/2023), Bupati Samosir membuka rapat koordinasi persiapan "
        "Ramadhan bersama para camat di Aula Kantor Bupati Samosir."
    )
    assert [(e.name, e.date) for e in events(text, date="2023-03-10")] == [
        ("Rapat Koordinasi Persiapan Ramadhan", "2023-03-06")
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Pada 14 Maret 2022, Desa Tomok dinobatkan sebagai Juara I Lomba Desa Tingkat Provinsi "
            "Sumatera Utara Tahun 2022.",
            "Penyerahan Juara I Lomba Desa Tingkat Provinsi Sumatera Utara 2022",
        ),
        (
            "Dalam acara di Medan, Rabu (15/1/2025), Kabupaten Samosir dinobatkan sebagai peringkat pertama "
            "Anugerah Keterbukaan Informasi tingkat Provinsi Sumatera Utara.",
            "Penyerahan Peringkat pertama Anugerah Keterbukaan Informasi tingkat Provinsi Sumatera Utara",
        ),
    ],
)
def test_an_award_conferred_on_a_day_is_handed_over_that_day(sentence: str, name: str) -> None:
    assert [e.name for e in events(sentence, date="2025-02-01")] == [name]


def test_an_award_to_be_conferred_is_no_event_yet() -> None:
    assert (
        events(
            "Pada Rabu (15/1/2025), Kabupaten Samosir akan dinobatkan sebagai peringkat pertama Anugerah "
            "Keterbukaan Informasi tingkat Provinsi Sumatera Utara.",
            date="2025-01-10",
        )
        == []
    )


def test_a_quran_recital_contest_opened_is_an_event_its_level_inside_its_name() -> None:
    """``MTQ ke-XXXI tingkat Kabupaten X dibuka secara resmi pada Minggu malam (13/7/2025)``: MTQ is
    a gathering's name (as "Musabaqah" is), its roman ordinal and "tingkat" words of that name."""
    names = [
        (e.name, e.date)
        for e in events(
            "Pawai taaruf digelar Minggu sore. MTQ ke-XXXI tingkat Kabupaten Samosir dibuka secara resmi "
            "pada Minggu malam (13/7/2025) di Lapangan Pangururan.",
            date="2025-07-14",
        )
    ]
    assert ("Pembukaan MTQ ke-XXXI tingkat Kabupaten Samosir", "2025-07-13") in names


def test_a_venue_named_after_a_former_gathering_names_no_event() -> None:
    """``membuka Gerakan Pangan Murah di Plataran eks-MTQ Tugu ..., Selasa (26/8/2025)``: the act is
    the event; "eks-MTQ" is part of the venue's name."""
    [event] = events(
        "Hal itu disampaikan Bupati Samosir saat membuka Gerakan Pangan Murah di Plataran eks-MTQ Tugu "
        "Pangururan, Selasa (26/8/2025).",
        date="2025-08-27",
    )
    assert event.name == "Pembukaan Gerakan Pangan Murah"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Rangkaian Gawai Dayak ke-VII Kabupaten Sintang resmi ditutup Wakil Bupati pada Sabtu malam, "
            "25 Mei 2024, di halaman Rumah Betang.",
            "Penutupan Gawai Dayak ke-VII Kabupaten Sintang",
        ),
        (
            "Pesparawi ke-IV Kabupaten Samosir resmi dibuka Bupati di Pangururan, Senin (18/9/2023).",
            "Pembukaan Pesparawi ke-IV Kabupaten Samosir",
        ),
    ],
)
def test_a_dayak_harvest_festival_and_a_church_choir_festival_are_gatherings(
    sentence: str, name: str
) -> None:
    assert name in [e.name for e in events(sentence, date="2024-05-27")]


def test_people_installed_in_the_passive_is_their_inauguration() -> None:
    """``Sebanyak 27 kepala desa ... resmi dilantik dan diambil sumpahnya oleh Bupati X di Y, Senin (6/3)``:
    the inauguration of who the sentence opens with, on that day, the installing official there."""
    (event,) = events(
        "Sebanyak 27 kepala desa hasil Pemilihan Kepala Desa (Pilkades) Serentak Kabupaten Samosir tahun 2022 "
        "resmi dilantik dan diambil sumpahnya oleh Bupati Samosir Tumpal Sinaga di Gedung Serbaguna "
        "Pangururan, Senin (6/3). Para kepala desa tersebut berasal dari empat kecamatan.",
        date="2023-03-08",
    )
    assert event.name.startswith("Pelantikan 27 kepala desa")
    assert event.date == "2023-03-06"
    assert "Tumpal Sinaga" in {p.name for p in event.performers + event.attendees}


def test_a_festival_called_by_its_word_is_the_one_named_after_a_lower_case_gathering() -> None:
    """``Di tengah ... stan-stan pameran, ... uji cita rasa Festival Kopi Arabika Samosir (FKAS) 2024. ...
    Festival yang dibuka sejak Kamis (11/7) itu ...``: the festival named before, though its sentence
    first names a gathering in lower case ("pameran"), no name."""
    found = events(
        "PANGURURAN – Aroma kopi menyeruak di Lapangan Sisingamangaraja, Jumat, 12 Juli 2024. Di tengah "
        "ratusan pengunjung yang memadati stan-stan pameran, nama Kelompok Tani Sauduran diumumkan sebagai "
        "peraih skor tertinggi uji cita rasa Festival Kopi Arabika Samosir (FKAS) 2024.\n\n"
        "Festival yang dibuka sejak Kamis (11/7) itu masih berlangsung hingga Minggu (14/7).",
        date="2024-07-13",
    )
    assert [(e.name, e.date) for e in found if e.date == "2024-07-11"] == [
        ("Festival Kopi Arabika Samosir (FKAS) 2024", "2024-07-11")
    ]


def test_a_harvest_feast_watched_after_the_articles_scene_is_that_days_event() -> None:
    """``Suara lesung ... menggema di Lapangan Desa X, Sabtu, 16 September 2023. Ratusan warga berkumpul
    menyaksikan pesta panen Y ...``: the scene the article opens with is the feast's, which the people
    gathered to watch ("pesta panen": a celebration)."""
    found = events(
        "Suara lesung kayu yang ditumbuk berirama menggema di Lapangan Desa Tomok, Kecamatan Simanindo, Sabtu, "
        "16 September 2023. Ratusan warga berkumpul menyaksikan pesta panen Mangase Taon yang tahun ini "
        "dirangkaikan dengan peluncuran program Samosir Pangan Lestari (SAPALE).",
        date="2023-09-17",
    )
    assert [(e.name, e.kind, e.date) for e in found] == [
        ("Pesta Panen Mangase Taon", "Celebration", "2023-09-16")
    ]


def test_a_group_welcomed_on_its_return_is_its_welcome() -> None:
    """``Sepulang dari Medan, para pengurus poktan disambut Wakil Bupati ... di Pendopo ..., Kamis, 12
    September 2019``: the welcome of who came back, on that day."""
    (event,) = events(
        "Poktan Maju Tomok meraih juara I tingkat provinsi. Sepulang dari Medan, para pengurus poktan disambut "
        "Wakil Bupati Samosir Binsar Manurung di Pendopo Pangururan, Kamis, 12 September 2019.",
        date="2019-09-13",
    )
    assert (event.name, event.date) == ("Penyambutan pengurus poktan", "2019-09-12")


def test_going_down_to_a_place_is_the_act_it_was_for_or_the_one_done_there_next() -> None:
    """``Sabtu (9/10/2021), Bupati ... turun langsung ke Desa X. Di balai desa setempat, keduanya
    menyerahkan paket ...``: the handing over told right after, on that day; ``turun ke Desa X untuk
    mengambil sampel tanah``: what it was for; with neither, a visit to the place."""
    found = events(
        "Bupati Samosir Tumpal Sinaga meresmikan pasar di Pangururan, Kamis (7/10/2021). Dua hari berselang, "
        "Sabtu (9/10/2021), Tumpal bersama Ketua TP PKK turun langsung ke Desa Tomok. Di balai desa setempat, "
        "keduanya menyerahkan paket makanan tambahan kepada 35 keluarga.",
        date="2021-10-10",
    )
    assert [(e.name, e.date) for e in found if e.date == "2021-10-09"] == [
        ("Penyerahan paket makanan tambahan", "2021-10-09")
    ]
    found = events(
        "Pada Kamis, 10 Agustus 2023, tim Distan bersama peneliti turun ke Desa Tomok untuk mengambil sampel "
        "tanah di 30 titik kebun.",
        date="2023-08-12",
    )
    assert [(e.name, e.date) for e in found] == [("Pengambilan sampel tanah", "2023-08-10")]
    found = events(
        "Sabtu (9/10/2021), Tumpal turun langsung ke Desa Tomok. Desa itu dikenal sebagai sentra bawang yang "
        "menyerahkan hasil panennya ke pasar Medan.",
        date="2021-10-10",
    )
    assert [e.name for e in found] == ["Kunjungan ke Desa Tomok"]


def test_a_first_one_of_anything_held_is_an_event_named_by_its_words() -> None:
    """``menggelar sekolah lapang perdana di kebun ... pada Sabtu (24/8/2019)``: "perdana" (the first) says
    something was held, whatever it is, in lower case, after a verb of holding or before its passive."""
    found = events(
        "Sebagai tindak lanjut, Distan Samosir menggelar sekolah lapang perdana di kebun percontohan milik "
        "Kelompok Tani Maju pada Sabtu (24/8/2019).",
        date="2019-08-26",
    )
    assert [(e.name, e.date) for e in found] == [("Sekolah Lapang Perdana", "2019-08-24")]
    found = events(
        "Rabu (16/11/2022), tim DLH bersama Camat Simanindo langsung menggelar sambang perdana ke RW 02 "
        "Kelurahan Tomok.",
        date="2022-11-17",
    )
    assert [(e.name, e.date) for e in found] == [("Sambang Perdana", "2022-11-16")]


def test_trophies_handed_again_to_the_regent_or_a_plaque_handed_to_schools_are_handing_overs() -> None:
    """``Trofi-trofi tersebut diserahkan kembali oleh perwakilan desa kepada Bupati ..., Rabu (21/8/2024)``,
    ``Trofi dan piagam itu kemudian dipersembahkan kepada Bupati ...``, ``menyerahkan plakat penghargaan
    Adiwiyata kepada tujuh sekolah``: each that day's handing over."""
    cases = [
        (
            "Trofi-trofi tersebut diserahkan kembali oleh perwakilan desa kepada Bupati Samosir Tumpal Sinaga di "
            "Pendopo Pangururan, Rabu (21/8/2024).",
            "2024-08-21",
        ),
        (
            "Trofi dan piagam itu kemudian dipersembahkan kepada Bupati Samosir di Pendopo Pangururan, Kamis, "
            "17 Oktober 2019.",
            "2019-10-17",
        ),
        (
            "Hal itu disampaikan Bupati Samosir Tumpal Sinaga saat menyerahkan plakat penghargaan Adiwiyata "
            "kepada tujuh sekolah di Pendopo Pangururan, Senin, 6 Desember 2021.",
            "2021-12-06",
        ),
    ]
    for text, day in cases:
        [event] = events(text, date=day)
        assert event.name.startswith("Penyerahan") and event.date == day, text


def test_a_festival_pointed_back_to_in_lower_case_is_the_festival_named_before_not_its_contest() -> None:
    """``festival yang berlangsung 15–18 Mei itu`` after "... terbaik dalam Lomba X pada Festival Y 2025":
    the festival's days, named as the festival (its own word opens the name), not as the contest the
    sentence names first."""
    text = (
        "Pangururan – Sehelai ulos karya penenun Desa Tomok keluar sebagai yang terbaik dalam Lomba Tenun "
        "Ulos pada Festival Danau Toba 2025. Pengumuman pemenang berlangsung di Taman Kota Pangururan, "
        "Sabtu, 17 Mei 2025 malam.\n\nFestival Danau Toba sendiri mengambil nama dari danau itu. Selain "
        "lomba tenun, festival yang berlangsung 15–18 Mei itu menampilkan pameran produk UMKM."
    )
    named = {(e.name, e.date) for e in events(text, "2025-05-19")}
    assert ("Festival Danau Toba 2025", "2025-05-15") in named, named
    assert ("Lomba Tenun Ulos", "2025-05-17") in named, named


def test_an_event_held_after_the_days_event_with_no_day_of_its_own_is_of_that_day_whatever_its_kind() -> None:
    """``Usai peluncuran, di lokasi yang sama digelar vaksinasi bagi ...``: the vaccination held after the
    launch, that day, though no gathering (a vaccination drive is of the general class)."""
    text = (
        "Wali Kota Samosir meluncurkan Gerakan Samosir Sehat di Lapangan Tomok, Kamis (24/6/2021). Usai "
        "peluncuran, di lokasi yang sama digelar vaksinasi bagi 500 warga lanjut usia di Desa Tomok."
    )
    named = {(e.name, e.date) for e in events(text, "2021-06-25")}
    assert ("Vaksinasi", "2021-06-24") in named, named


def test_a_harvest_led_by_an_official_on_the_datelines_day_is_an_event() -> None:
    """``PANGURURAN, 6 Agustus 2024 – Bupati X memanen padi bersama petani di ...``: the harvest is the
    day's event, named by its act ("Panen padi ..."), as "meresmikan" names an opening."""
    text = (
        "PANGURURAN, 6 Agustus 2024 – Bupati Samosir H. Tumpal Sinaga memanen padi bersama petani di hamparan "
        "sawah Kelompok Tani Sri Rejeki, Desa Tomok, Kecamatan Simanindo."
    )
    found = [(e.name, e.date) for e in events(text, "2024-08-06")]
    assert [n for n, d in found if n.startswith("Panen padi") and d == "2024-08-06"], found


def test_an_evacuation_and_a_sampling_on_their_days_are_events() -> None:
    """``mengevakuasi 36 warga ... pada Selasa (10/11/2024)``, ``mengambil sampel tanah``: each act on its
    day is an event named by its act, and the object ends where the clause goes on ("... menggunakan
    perahu karet")."""
    text = (
        "SAMOSIR – Tim gabungan BPBD Samosir telah mengevakuasi 36 warga lanjut usia menggunakan perahu karet "
        "pada Selasa (10/11/2024) malam. Sehari berselang, Rabu pagi (11/11/2024), tim Dinas Pertanian mulai "
        "mengambil sampel tanah di 25 titik kebun di Desa Tomok."
    )
    found = {(e.name, e.date) for e in events(text, "2024-11-13")}
    assert {
        ("Evakuasi 36 warga lanjut usia", "2024-11-10"),
        ("Pengambilan sampel tanah", "2024-11-11"),
    } <= found, found


def test_a_gathering_described_and_pointed_back_to_is_the_one_named_before() -> None:
    """``Forum tahunan itu berlangsung di ..., Kamis, 9 Februari 2023`` after "Musyawarah Perencanaan
    Pembangunan (Musrenbang) ... Tahun 2024": the forum is that Musrenbang, not an event "Forum Tahunan";
    a festival described so with no festival before stays itself."""
    said = (
        "Sebanyak 412 usulan warga dibahas dalam Musyawarah Perencanaan Pembangunan (Musrenbang) Rencana Kerja "
        "Pemerintah Daerah (RKPD) Kabupaten Samosir Tahun 2024. {} berlangsung di Aula Kantor Bupati Samosir, "
        "Pangururan, Kamis, 9 Februari 2023."
    )
    [forum] = events(said.format("Forum tahunan itu"), "2023-02-10")
    assert forum.name.startswith("Musyawarah Perencanaan Pembangunan") and forum.date == "2023-02-09"
    [festival] = events(said.format("Festival tahunan itu"), "2023-02-10")
    assert festival.name == "Festival Tahunan"


def test_a_visit_to_a_facility_is_held_at_the_facility() -> None:
    """ "meninjau Posyandu Hariara di Desa Tomok": the visit's place is the health post it is named after,
    not the village the post stands in."""
    found = events(
        "Wakil Bupati Samosir bersama Kepala Dinas Kesehatan meninjau Posyandu Hariara di Desa Tomok, "
        "Kecamatan Simanindo, Kamis (21/7/2022).",
        "2022-07-22",
    )
    visit = next(e for e in found if "Posyandu Hariara" in e.name)
    assert visit.location is not None and visit.location.name == "Posyandu Hariara"


def test_a_working_visit_to_a_facility_is_held_there() -> None:
    """ "melanjutkan kunjungan kerja ke Puskesmas Simanindo": the visit is where it went."""
    found = events(
        "Keesokan harinya, Jumat (18/7/2025), Bupati Samosir melanjutkan kunjungan kerja ke Puskesmas "
        "Simanindo. Di sana, ia meninjau ruang rawat inap.",
        "2025-07-19",
    )
    visit = next(e for e in found if e.name.casefold().startswith("kunjungan"))
    assert visit.location is not None and visit.location.name == "Puskesmas Simanindo"


def test_an_event_named_in_lower_case_goes_on_past_a_word_that_only_looks_like_a_verb() -> None:
    """ "dengan aksi bersih-bersih massal": "bersih" opens like a verb's "ber-" but is none, so the
    name is not cut to a bare "Aksi"."""
    found = events(
        "Kegiatan berlanjut Minggu (9/6) dengan aksi bersih-bersih massal di tepi Danau Toba, Kabupaten Samosir.",
        "2024-06-10",
    )
    assert [e.name for e in found] == ["Aksi Bersih-bersih Massal"]


def test_a_festival_pointed_back_to_is_the_festival_not_the_contest_its_sentence_names_first() -> None:
    """ "... juara I Lomba X dalam Festival Y 2025. ... Festival tersebut dibuka ... pada 14 Juni": the
    festival opened is Festival Y (the name opening with the pointed word), not the contest named first
    in that sentence, nor "I Lomba X" with the rank's numeral."""
    found = events(
        "PANGURURAN – Sanggar Sipiso dari Desa Tomok keluar sebagai juara I Lomba Tortor Kreasi dalam Festival"
        " Horas Samosir 2025. Malam penganugerahan digelar selama festival berlangsung di Lapangan Pangururan,"
        " Sabtu (12/7/2025).\n\nFestival tersebut dibuka Bupati Samosir Tumpal Sinaga pada 5 Juli lalu."
        " Pembukaan dihadiri Ketua DPRD.",
        "2025-07-13",
    )
    opened = next(e for e in found if e.date == "2025-07-05")
    assert opened.name.endswith("Festival Horas Samosir 2025"), opened.name
