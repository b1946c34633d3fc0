"""Places: venues cut or run on, things that are no places, namesakes (invented names)."""

from __future__ import annotations

import pytest

from kg import gazetteer
from kg.extract.base import extract
from kg.extract.context import Context
from kg.extract.decide import decide
from kg.ner import NerSpan
from kg.records import Article, EntityType


def named(text: str) -> dict[EntityType, set[str]]:
    """The names of the entities extracted from ``text``, by type."""
    x = extract(Article(title="Judul", text=text, url="http://x/1", date="2025-07-12"))
    found: dict[EntityType, set[str]] = {kind: set() for kind in EntityType}
    for e in x.entities:
        found[e.type].add(e.name)
    return found


def places(text: str) -> set[str]:
    return named(text)[EntityType.PLACE]


def test_a_name_word_that_is_a_stop_word_stays_inside_a_venue() -> None:
    found = places("Pengunjung sudah ramai di Taman Budaya Indonesia Raya Lestari sejak pagi.")
    assert "Taman Budaya Indonesia Raya Lestari" in found
    assert "Taman Budaya" not in found


def test_a_venue_ends_with_its_sentence_after_a_hyphenated_word() -> None:
    found = places("Air menggenang di Jalan Lintas Solok-Sijunjung. Banyak pengendara memilih putar balik.")
    assert "Jalan Lintas Solok-Sijunjung" in found
    assert not any("Banyak" in p for p in found)


def test_common_english_words_set_in_no_town_are_no_place() -> None:
    found = places(
        "Aplikasi Sapa Warga bisa diunduh di App Store. Semua laga di Champions League sulit ditebak."
    )
    assert "App Store" not in found
    assert "Champions League" not in found


def test_a_venue_named_after_a_programme_cue_is_the_programme() -> None:
    found = places(
        "Pemkab menyalurkan bantuan melalui program Masjid Makmur Sejahtera ke 40 masjid di Kabupaten Madiun."
    )
    assert "Masjid Makmur Sejahtera" not in found
    assert "Kabupaten Madiun" in found


def test_a_locality_named_after_its_town_is_not_the_town() -> None:
    found = places(
        "Genangan tertinggi terjadi di kawasan Kendari Ujung. Warga di Kendari Ujung sudah dievakuasi ke "
        "Masjid Raya Nurul Falah."
    )
    assert "Kendari Ujung" in found
    assert "Kota Kendari" not in found


def test_a_venue_listed_after_another_with_dan_is_a_place() -> None:
    found = places("Pedagang dari Pasar Lama Sentosa dan Pasar Bambu Rindang akan direlokasi ke lokasi baru.")
    assert {"Pasar Lama Sentosa", "Pasar Bambu Rindang"} <= found


def test_a_venue_listed_after_the_taggers_place_with_dan_is_a_place() -> None:
    found = places("Pencarian kami perluas hingga Tanjung Bira dan Pantai Pasir Putih Lamonde.")
    assert "Pantai Pasir Putih Lamonde" in found


def test_a_town_square_written_in_lower_case_before_its_region_is_a_place() -> None:
    found = places("Warga berkumpul di alun-alun Kabupaten Madiun sejak pagi untuk senam bersama.")
    assert {"Alun-alun Kabupaten Madiun", "Kabupaten Madiun"} <= found


def test_a_street_named_after_a_date_keeps_its_month() -> None:
    found = places("Ratusan warga berkumpul di Jalan 10 November, Kelurahan Kauman, sejak pagi.")
    assert "Jalan 10 November" in found
    assert "Jalan 10" not in found


def test_a_village_written_with_a_settlement_word_is_one_node() -> None:
    found = places(
        "Bupati meninjau posko pengungsian di Nagari Kumanis, Kabupaten Sijunjung, Selasa (15/7/2025)."
    )
    assert "Desa Kumanis" in found
    assert "Nagari Kumanis" not in found


def test_a_maluku_negeri_is_its_village_and_a_state_bodys_negeri_is_not() -> None:
    """Maluku's desa are negeri ("Negeri Haruru"); "Negeri" after a capitalised word goes on a body's
    name ("Pengadilan Negeri Tual", where Tual is also a village's name)."""
    found = named(
        "Bupati meninjau posko di Negeri Haruru, Kabupaten Maluku Tengah, Selasa (15/7/2025).\n"
        "Ketua Pengadilan Negeri Tual, Romauli Simbolon, turut hadir."
    )
    assert "Desa Haruru" in found[EntityType.PLACE]
    assert "Pengadilan Negeri Tual" in found[EntityType.ORGANIZATION]
    assert not {"Desa Tual", "Negeri Tual"} & found[EntityType.PLACE]
    # a story that names neither the village's regency nor its province
    assert "Desa Haruru" not in places("Bupati Dairi meninjau posko di Negeri Haruru, Selasa (15/7/2025).")


def test_a_district_or_village_named_bare_after_a_place_word_is_a_place() -> None:
    x = extract(
        Article(
            "Judul",
            "Banjir melanda Kota Banjarmasin. Warga di Banjarmasin Selatan mengungsi, kata pedagang asal "
            "Kepanjen. Dikutip dari Antara, hujan turun sejak pagi.",
            date="2025-06-16",
        )
    )
    places = {e.name for e in x.entities if e.type is EntityType.PLACE and e.mentions}
    assert {"Kecamatan Banjarmasin Selatan", "Kepanjen"} <= places
    assert "Antara" not in places


def test_the_town_a_court_is_named_by_is_a_place_but_not_a_universitys() -> None:
    x = extract(
        Article(
            "Judul",
            "Berkas perkara dilimpahkan ke Pengadilan Tipikor Surabaya. Pengamat dari Universitas "
            "Muhammadiyah Malang menilai putusan itu wajar.",
            date="2025-06-16",
        )
    )
    places = {e.name for e in x.entities if e.type is EntityType.PLACE and e.mentions}
    assert "Kota Surabaya" in places and "Kota Malang" not in places


def test_numbered_districts_and_villages_written_with_digits_or_roman_numerals_are_places() -> None:
    """The gazetteer spells them "Kelurahan Tiga-puluh-lima Ilir", "Kecamatan Ilir Barat Dua"."""
    x = extract(
        Article(
            title="Judul",
            text="Banjir merendam rumah warga di Kelurahan 35 Ilir, Kecamatan Ilir Barat II, Palembang, Senin.",
            url="http://x/1",
            date="2025-07-12",
        )
    )
    found = {e.name: e for e in x.entities if e.type is EntityType.PLACE}
    assert {"Kelurahan Tiga-puluh-lima Ilir", "Kecamatan Ilir Barat Dua"} <= set(found)
    assert "Ilir" not in found  # no word of the village's name as a place of its own
    parent = found["Kelurahan Tiga-puluh-lima Ilir"].parent
    assert parent is not None and parent.name == "Kecamatan Ilir Barat Dua"


def test_rivers_mountains_lakes_and_beaches_are_places_without_a_cue_but_not_inside_a_region() -> None:
    x = extract(
        Article(
            "Judul",
            "Debit Sungai Brantas naik sejak pagi. Wisatawan memenuhi Pantai Balekambang. "
            "Korban tinggal di Kelurahan Sungai Bambu, Kecamatan Tanjung Priok.",
            date="2025-06-16",
        )
    )
    places = {e.name for e in x.entities if e.type is EntityType.PLACE and e.mentions}
    assert {"Sungai Brantas", "Pantai Balekambang"} <= places
    assert "Sungai Bambu" not in places


def test_a_venue_named_before_tower_and_a_spelled_out_hospital_where_something_happens_are_places() -> None:
    x = extract(
        Article(
            "Judul",
            "Konferensi pers digelar di Harapan Tower, Jakarta Pusat. Jalan di depan Rumah Sakit Islam (RSI) "
            "Jemursari Surabaya tergenang. Pasien dirujuk ke Rumah Sakit Umum Daerah untuk perawatan.",
            date="2025-06-16",
        )
    )
    places = {e.name for e in x.entities if e.type is EntityType.PLACE and e.mentions}
    assert {"Harapan Tower", "RSI Jemursari"} <= places
    assert "Rumah Sakit Umum Daerah" not in places


def test_a_street_word_inside_a_theme_in_single_quotes_is_no_street() -> None:
    text = (
        "Seminar itu mengangkat tema 'Pemuda sebagai Jalan Peradaban: Meneguhkan Bangsa' di aula kampus. "
        "Peserta lalu berjalan ke Jalan Pahlawan, Kota Batu."
    )
    places = {e.name for e in extract(Article("t", text)).entities if e.type is EntityType.PLACE}
    assert not any(p.startswith("Jalan Peradaban") for p in places), places
    assert "Jalan Pahlawan" in places, places


def test_a_bare_town_name_is_the_regency_or_city_the_article_writes_out() -> None:
    x = extract(
        Article(
            "Berita",
            "Polres Serang dan Dinas Perhubungan (Dishub) Kabupaten Serang menertibkan truk di "
            "Kabupaten Serang, Rabu (15/10/2025). Penertiban dilakukan bersama Dishub Serang di Serang.",
        )
    )
    names = {(e.type, e.name) for e in x.entities}
    assert (EntityType.ORGANIZATION, "Dinas Perhubungan Kabupaten Serang") in names, names
    assert not any("Kota Serang" in name for _, name in names), names


def test_a_source_an_outlet_quotes_from_is_no_place() -> None:
    x = extract(
        Article(
            "Berita",
            'Data itu disebut penting. "Kita perlu data," cetusnya yang dikutip detikINET dari Saintifika.',
        )
    )
    assert "Saintifika" not in {e.name for e in x.entities if e.type is EntityType.PLACE}


def test_a_company_named_without_its_country_is_no_place() -> None:
    text = (
        'Ia diajak oleh Sabunindo Indonesia untuk program itu. "Ada program dari Sabunindo," ungkap Yasmin.'
    )
    ctx = Context(Article("Berita", text))
    start = text.index("Sabunindo Indonesia")
    ctx.add(EntityType.ORGANIZATION, "Sabunindo Indonesia", start, start + 19, "organizations")
    start = text.rindex("Sabunindo")
    assert not decide(ctx, NerSpan(start, start + 9, "LOC", "Sabunindo", 0.9)).accepted


@pytest.mark.parametrize("kind", ["Jalan Tol", "Jalan Raya", "Masjid", "Pondok Pesantren"])
def test_a_kind_of_place_the_tagger_cut_from_its_name_is_no_place(kind: str) -> None:
    text = f"Banjir merendam ruas {kind} Sukamaju-Lestari pada Senin."
    ctx = Context(Article("Berita", text))
    start = text.index(kind)
    assert not decide(ctx, NerSpan(start, start + len(kind), "LOC", kind, 1.0)).accepted


def test_a_bare_town_listed_beside_a_place_is_a_place() -> None:
    x = extract(
        Article(
            "Berita",
            '"Kami tidak hanya mengajari Jawa Timur, tapi juga Balikpapan, Banjarmasin, dan kota lain," jelasnya. '
            "Pelatihan digelar untuk kabupaten Kupang dan Kabupaten Timor Tengah Selatan.",
        )
    )
    places = {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert "Kota Balikpapan" in places, places
    assert "Kota Kupang" not in places, places


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Banyak pemuda Samosir merantau ke Medan atau Pekanbaru.", "Kota Pekanbaru"),
        ("Ulos Samosir kini dijual ke Medan, bahkan Batam.", "Kota Batam"),
        ('"Pembeli datang dari Jakarta maupun Pontianak," katanya.', "Kota Pontianak"),
    ],
)
def test_a_bare_town_joined_to_a_place_by_or_or_even_is_a_place(text: str, town: str) -> None:
    """``ke A atau B``, ``A, bahkan B``, ``dari Jakarta maupun B``: the second of two joined by "atau",
    "bahkan", "maupun" (after a province too) is a place, as with "dan"."""
    found = places(text)
    assert town in found, found


def test_each_mountain_whose_slopes_the_text_names_is_a_place() -> None:
    """``desa di lereng Sinabung dan Sibayak``: the mountains, as written; not inside a name ("Festival
    Kopi Lereng Sinabung")."""
    found = places(
        "Sejumlah desa di lereng Sinabung dan Sibayak masih kekurangan air bersih. Dinas Pertanian menggelar "
        "Festival Kopi Lereng Pusuk Buhit di Pangururan."
    )
    assert {"Sinabung", "Sibayak"} <= found and "Pusuk Buhit" not in found, found


def test_a_list_of_districts_goes_on_after_the_first_the_article_reads() -> None:
    """ "banjir di wilayah Tanggulangin dan Porong" in a Sidoarjo story: both are its kecamatan
    (Porong also names a village inside the kecamatan; the district is meant)."""
    x = extract(
        Article(
            "Bupati Sidoarjo Resmikan Pasar",
            "Bupati Sidoarjo meresmikan pasar. Ia menyinggung pekerjaan rumah seperti banjir di wilayah "
            "Tanggulangin dan Porong serta penataan pasar tradisional.",
        )
    )
    places = {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert {"Kecamatan Tanggulangin", "Kecamatan Porong"} <= places, places


def test_a_venue_in_a_provincial_bodys_office_keeps_the_province_of_the_bodys_name() -> None:
    for text, venue in (
        (
            "Rapat digelar di Aula Kantor Dinas Pendidikan Provinsi Jawa Timur, Rabu (22/5/2024).",
            "Aula Kantor Dinas Pendidikan Provinsi Jawa Timur",
        ),
        (
            "Rapat digelar di Aula Kantor Perwakilan Bank Indonesia Provinsi Jawa Timur, Rabu (22/5/2024).",
            "Aula Kantor Perwakilan Bank Indonesia Provinsi Jawa Timur",
        ),
    ):
        assert venue in places(text)
    # a venue named on its own keeps its name, the province after it is where it stands
    assert "Gedung Negara Wisanggeni" in places(
        "Rapat digelar di Gedung Negara Wisanggeni Provinsi Jawa Timur, Rabu (22/5/2024)."
    )


def test_a_city_named_like_a_common_word_is_the_city_after_a_place_preposition() -> None:
    """ "medan" is a field, "Medan" after "di" the city."""
    assert "Kota Medan" in places("Cabai sudah tiba di Medan, Sabtu (18/10/2025) kemarin.")
    assert not places("Puncak acara digelar meriah.")


def test_a_national_team_is_a_body_not_a_place() -> None:
    x = extract(
        Article(
            "Judul", "Asisten pelatih Timnas Uzbekistan, Timur Kapadze, diisukan melatih Timnas Indonesia."
        )
    )
    kinds = {e.name: e.type for e in x.entities}
    assert kinds["Timnas Uzbekistan"] is EntityType.ORGANIZATION
    assert kinds["Timnas Indonesia"] is EntityType.ORGANIZATION


def test_a_prosecutors_office_named_by_its_town_after_its_short_form_in_brackets_names_the_town() -> None:
    for text in (
        "Kejaksaan Negeri Sawahlunto memilih pendekatan keadilan restoratif.",
        "Kejaksaan Negeri (Kejari) Sawahlunto memilih pendekatan keadilan restoratif.",
    ):
        x = extract(Article("Judul", text, date="2025-12-08"))
        assert {e.name for e in x.entities if e.type is EntityType.PLACE} == {"Kota Sawahlunto"}, text


def test_solo_is_the_city_of_surakarta_and_a_pkbm_is_a_named_facility() -> None:
    x = extract(
        Article(
            "Judul",
            "Wali Kota Solo Budi Santoso membuka pameran di Solo, Kamis (3/7/2025).",
            date="2025-07-03",
        )
    )
    assert {m.organization.name for m in x.memberships if m.organization} == {"Pemerintah Kota Surakarta"}
    assert {e.name for e in x.entities if e.type is EntityType.PLACE} == {"Kota Surakarta"}
    assert not places("Ia memilih bermain solo di panggung.")
    x = extract(
        Article("Judul", "Warga belajar di PKBM Tunas Harapan. Warga diantar ke PKBM.", date="2025-07-03")
    )
    assert {e.name for e in x.entities if e.type is EntityType.ORGANIZATION} == {"PKBM Tunas Harapan"}


def test_a_village_named_with_its_type_word_and_then_bare_is_one_place() -> None:
    x = extract(
        Article(
            "Judul",
            "Kementerian PU akan membangun Sekolah Rakyat di Desa Gumantar, Kabupaten Lombok Utara. Pembangunan "
            'dimulai bulan depan. "Yang pertama ini di Gumantar dulu," kata Hartini Wulandari.',
            date="2025-10-20",
        )
    )
    places = [e for e in x.entities if e.type is EntityType.PLACE and "Gumantar" in e.name]
    assert [(p.name, "Gumantar" in p.aliases) for p in places] == [("Desa Gumantar", True)]


def test_a_gathering_or_a_regulation_after_a_preposition_is_no_place() -> None:
    found = places(
        "Suara anak didengar di Musrenbang, lalu hasilnya dibahas di Rakor dan dibawa ke Ranperda."
    )
    assert not found & {"Musrenbang", "Rakor", "Ranperda"}


def test_a_funds_ticker_after_its_kind_is_no_organisation() -> None:
    x = extract(
        Article(
            "Judul", "Indeks LQ45 naik 3,10%, serta ETF EIDO yang menguat 3,01% ke 17,82.", date="2025-06-11"
        )
    )
    assert "EIDO" not in {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}


def test_the_office_of_a_two_word_title_is_a_building_not_a_body_of_its_region() -> None:
    x = extract(
        Article("Judul", "Rapat digelar di Kantor Wali Kota Batu, Senin (3/3/2025).", date="2025-03-03")
    )
    assert "Kantor Wali Kota Batu" in {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION and e.name.startswith("Kantor")]


def test_a_flood_canal_is_a_place_and_its_flood_word_no_incident() -> None:
    x = extract(
        Article(
            "Judul", "Sungai yang meluap yaitu Banjir Kanal Barat di sisi timur kota itu.", date="2025-10-22"
        )
    )
    assert "Banjir Kanal Barat" in {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert not x.events


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Peluncuran dipusatkan di Kantor Kelurahan Sukorame Baru, Kecamatan Lowokwaru.", "Kantor Kelurahan Sukorame Baru"),
        ("Warga datang ke Kantor Desa Wonorejo untuk mengurus surat pindah.", "Kantor Desa Wonorejo"),
    ],
)  # fmt: skip
def test_the_office_of_a_village_or_district_is_a_place(text: str, office: str) -> None:
    x = extract(Article(title="Judul", text=text, url="http://x/1", date="2025-07-12"))
    assert office in {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert not any(e.name.startswith("Kantor") for e in x.entities if e.type is EntityType.ORGANIZATION)


def test_a_police_post_is_a_place_without_a_locative_cue() -> None:
    assert "Pos Pengamanan Karangrejo" in places(
        "Kapolres meninjau kesiapan Pos Pengamanan Karangrejo pagi itu."
    )


def test_yogyakarta_s_kapanewon_kalurahan_and_padukuhan_are_places() -> None:
    found = places(
        "Kegiatan digelar di Padukuhan Ngentak Kidul, Kalurahan Pandowoharjo, Kapanewon Cangkringan, Sleman."
    )
    assert {"Kecamatan Cangkringan", "Desa Pandowoharjo", "Padukuhan Ngentak Kidul"} <= found


def test_a_numbered_room_keeps_its_number_and_building() -> None:
    found = places("Musrenbang digelar di Ruang 13 Balai Kota Sukamaju, Kamis (20/3/2025).")
    assert "Ruang 13 Balai Kota Sukamaju" in found and "Ruang" not in found


def test_a_road_between_two_towns_written_with_an_en_dash_is_one_place() -> None:
    found = places("Personel disiagakan di Jalan Poros Sukamaju–Wonorejo Selatan pada pagi hari.")
    assert "Jalan Poros Sukamaju–Wonorejo Selatan" in found and "Jalan Poros Sukamaju" not in found


def test_a_special_economic_zone_and_a_named_canal_are_places() -> None:
    assert "KEK Sukamaju" in places(
        "Manfaat Kawasan Ekonomi Khusus (KEK) Sukamaju bagi desa penyangga harus merata."
    )
    assert "Parit Wonorejo" in places(
        "Peluncuran dipusatkan di tepian Parit Wonorejo, Kelurahan Siantan Hulu."
    )
    assert not places("Pemkot meluncurkan program Gerakan Bersama Parit Bersih di kelurahan itu.")


def test_a_city_s_name_then_raya_is_its_metropolitan_area() -> None:
    found = places(
        "Gubernur berwenang membenahi Bandung Raya. Kemacetan terjadi di Jalan Kaligawe Raya sejak pagi."
    )
    assert "Bandung Raya" in found and "Kota Bandung" not in found
    assert "Jalan Kaligawe Raya" in found


def test_a_district_written_bare_after_a_venue_and_a_comma_is_where_the_venue_stands() -> None:
    found = places("Rapat digelar di Pendopo Kabupaten Pasuruan, Bangil. Bupati Pasuruan membuka rapat.")
    assert "Kecamatan Bangil" in found
    # a district of another region is no reading of the name
    found = places("Rapat digelar di Pendopo Kabupaten Sleman, Bangil. Bupati Sleman membuka rapat.")
    assert "Kecamatan Bangil" not in found


def test_the_last_venue_of_a_list_written_with_a_comma_before_dan_is_read_whole() -> None:
    found = places("Petugas memantau harga di Pasar Sukamaju, Pasar Wonorejo, dan Pasar Tanjung Kenali.")
    assert "Pasar Tanjung Kenali" in found
    assert "Kenali" not in found


def test_a_degree_after_a_name_is_no_place_whether_the_degrees_list_knows_it_or_not() -> None:
    for degree in ("S.Hut.", "S.Par.", "S.Pwk."):
        found = places(f"Hadir Kepala BPBD Kota Sukamaju, Andreas Wijaya, {degree}, M.P. Ia memimpin apel.")
        assert not any(degree.rstrip(".") in p for p in found)


def test_a_river_written_bare_beside_its_full_name_is_one_place() -> None:
    article = Article(
        title="Warga Bersihkan Sungai",
        text="Warga membersihkan Sungai Lembayung di Kelurahan Sukamaju. Sampah di Lembayung berkurang.",
        url="https://example.org/sungai",
        date="2025-02-20",
    )
    found = [e for e in extract(article).entities if e.type is EntityType.PLACE]
    river = next(e for e in found if e.name == "Sungai Lembayung")
    assert "Lembayung" in river.aliases
    assert "Lembayung" not in {e.name for e in found}


def test_a_district_listed_after_another_is_a_place_whatever_the_tagger_reads() -> None:
    found = places(
        "Pemkab Bojonegoro menyiagakan petugas. Banjir melanda Kecamatan Balen. "
        "Ada 12 desa di Balen dan Ngraho yang tergenang."
    )
    assert {"Kecamatan Balen", "Kecamatan Ngraho"} <= found
    x = extract(
        Article(
            title="Judul",
            text="Banjir melanda Kecamatan Balen. Ada 12 desa di Balen dan Ngraho yang tergenang.",
            url="http://x/1",
            date="2025-07-12",
        )
    )
    assert not [e for e in x.entities if e.type is EntityType.PERSON]


def test_a_hall_in_a_kelurahan_office_is_named_with_the_kelurahan() -> None:
    found = places("Deklarasi digelar di Aula Kantor Kelurahan Tlogomas, Kota Malang, pada Sabtu.")
    assert "Aula Kantor Kelurahan Tlogomas" in found and "Aula Kantor" not in found


def test_the_last_district_of_a_list_closed_with_a_comma_and_dan_is_a_district() -> None:
    found = places(
        "Pansus DPRD Kabupaten Mojokerto telah meninjau sejumlah kawasan industri di Kecamatan Trowulan, "
        "Sooko, dan Mojosari. Dari hasil peninjauan itu, pansus menemukan pelanggaran."
    )
    assert {"Kecamatan Trowulan", "Kecamatan Sooko", "Kecamatan Mojosari"} <= found, found
    assert {"Sooko", "Mojosari"}.isdisjoint(found)


def test_a_word_of_direction_after_a_listed_village_makes_another_village_not_a_name() -> None:
    x = extract(
        Article(
            title="Judul",
            text=(
                "Simulasi digelar di Desa Karangsari Kidul, Kecamatan Ajibarang, Sabtu (16/11/2024). Hadir pula "
                "Kepala Desa Karangsari Kidul Darsono Wiryo. Ketua Gapoktan Tani Rukun Desa Karangsari Kidul, "
                "Wagiman, ikut hadir."
            ),
            url="http://x/1",
            date="2024-11-16",
        )
    )
    found = {e.type: set() for e in x.entities}
    for e in x.entities:
        found[e.type].add(e.name)
    assert (
        "Desa Karangsari Kidul" in found[EntityType.PLACE]
        and "Desa Karangsari" not in found[EntityType.PLACE]
    )
    assert not any(name.startswith("Kidul") for name in found[EntityType.PERSON])
    assert ("Wagiman", "Ketua") in {(m.person.name, m.role.name) for m in x.memberships}


def test_a_village_heads_one_word_name_after_his_title_twice_is_his_not_the_villages() -> None:
    """ "Kepala Desa Tomok Sudarman ... . Kepala Desa Tomok Sudarman menambahkan": the same word after
    the village's name each time, but each time after its head's title: his name, not a village
    "Tomok Sudarman"."""
    x = extract(
        Article(
            "Judul",
            "Hadir pula Kepala Desa Tomok Sudarman, serta anggota DPRD Samosir. Kepala Desa Tomok Sudarman "
            "menambahkan, pemerintah desa siap.",
            date="2024-11-16",
        )
    )
    assert "Sudarman" in {e.name for e in x.entities if e.type is EntityType.PERSON}
    assert not any("Sudarman" in e.name for e in x.entities if e.type is EntityType.PLACE)


def test_a_landfill_named_by_its_letters_is_a_place_without_a_word_of_place_before_it() -> None:
    found = places(
        'Fraksi menyoroti kondisi TPA Muara Jaya yang melebihi kapasitas. "Beban TPA Kebon Jati bisa '
        'berkurang," katanya. Sampah diangkut ke Tempat Pemrosesan Akhir (TPA) Sampah Kota Sukamaju.'
    )
    assert {"TPA Muara Jaya", "TPA Kebon Jati"} <= found
    assert not any(p.startswith("TPA Sampah") for p in found)


def test_a_floor_number_stays_inside_a_rooms_name() -> None:
    found = places(
        "Pelantikan berlangsung di Ruang Rapat Melati Lantai 4 Gedung Graha Sukamaju, Selasa (15/7/2025)."
    )
    assert "Ruang Rapat Melati Lantai 4 Gedung Graha Sukamaju" in found
    assert "Ruang Rapat Melati Lantai" not in found


def test_the_head_of_a_village_the_gazetteer_does_not_list_serves_the_village_the_article_writes() -> None:
    x = extract(
        Article(
            title="Judul",
            text=(
                "Simulasi digelar di Desa Karangsari Kidul, Kecamatan Ajibarang, Sabtu (16/11/2024).\n"
                "Kepala Desa Karangsari Kidul Darsono Wiryo mengatakan warganya siap. "
                '"Sekarang kalau hujan kami waspada," katanya.'
            ),
            url="http://x/1",
            date="2024-11-16",
        )
    )
    held = {
        (m.person.name, m.role.name, m.organization.name if m.organization else "") for m in x.memberships
    }
    assert ("Darsono Wiryo", "Kepala Desa", "Pemerintah Desa Karangsari Kidul") in held
    assert [q.speaker.name for q in x.quotes] == ["Darsono Wiryo"]


def test_an_airport_named_in_english_after_its_region_is_one_place_not_the_region() -> None:
    found = places("Pemudik tiba di Lampung International Airport, Jumat (3/1/2025).")
    assert "Lampung International Airport" in found and "Lampung" not in found
    found = places("Rombongan mendarat di Bengkulu Airport lalu menuju hotel.")
    assert "Bengkulu Airport" in found


def test_a_site_named_by_its_kinds_letters_keeps_a_name_the_tagger_reads_as_a_persons() -> None:
    text = (
        "SOLO - Sampah diangkut ke Tempat Pemrosesan Akhir (TPA) Putri Kembang setiap hari. Truk menuju Putri "
        "Kembang sejak pagi."
    )
    x = extract(Article(title="Judul", text=text, url="http://x/1", date="2025-07-12"))
    assert "TPA Putri Kembang" in {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert not [e for e in x.entities if e.type is EntityType.PERSON]
    # written again by its own name alone (a village's name too), it is the one site
    found = places(
        "BOGOR - Sampah diangkut ke Tempat Pemrosesan Akhir (TPA) Galuga setiap hari. Truk menuju Galuga sejak pagi."
    )
    assert [p for p in found if "Galuga" in p] == ["TPA Galuga"]


def test_the_office_of_a_nagaris_head_is_one_venue() -> None:
    assert "Kantor Wali Nagari Sungai Pua" in places(
        "Bupati meluncurkan gerakan itu di halaman Kantor Wali Nagari Sungai Pua, Rabu (9/10/2024)."
    )


def test_the_villages_listed_after_a_level_word_are_places() -> None:
    found = places(
        "Camat Colomadu menambahkan, pihaknya akan mengusulkan EWS di tiga desa lain, yakni Malangjiwan, "
        "Gajahan, dan Blulukan."
    )
    assert "Desa Malangjiwan" in found
    assert all(any(village in place for place in found) for village in ("Gajahan", "Blulukan"))


def test_a_venue_given_as_an_example_is_one_when_its_name_is_more_than_a_kind() -> None:
    found = places("Retribusi di pasar tradisional, termasuk Pasar Induk Among Rejo, harus dibenahi.")
    assert "Pasar Induk Among Rejo" in found
    # a kind of building given as an example is no venue
    assert not places("Pembangunan infrastruktur legislatif seperti Gedung Parlemen terus berjalan.")


def test_districts_named_after_their_town_are_read_in_a_list_of_districts() -> None:
    found = places("Hadir ratusan lansia dari Kecamatan Medan Area, Medan Helvetia dan Medan Johor.")
    assert {"Kecamatan Medan Helvetia", "Kecamatan Medan Johor"} <= found


def test_a_village_heads_title_and_a_kind_of_settlement_are_no_places() -> None:
    found = places(
        "Nagari itu dinobatkan sebagai Nagari Terbaik Tingkat Provinsi Sumatera Barat Tahun 2024.\n"
        "Sementara itu, Wali Nagari Zulhendri Dt. Majo Basa mengaku tidak menyangka."
    )
    assert not any(p.startswith("Nagari ") for p in found)


def test_a_village_heads_quote_is_his_after_his_title_and_clan_title() -> None:
    text = (
        "Piala diterima Wali Nagari Sungai Patai, Zulhendri Dt. Majo Basa, disaksikan Bupati Desmawati.\n"
        'Sementara itu, Wali Nagari Zulhendri Dt. Majo Basa mengaku tidak menyangka. "Dana ini akan '
        'kami musyawarahkan dulu dengan Bamus Nagari," tuturnya.'
    )
    x = extract(Article("Judul", text, date="2025-06-11"))
    assert [q.speaker.name for q in x.quotes] == ["Zulhendri"]
    assert "Bamus Nagari" not in {e.name for e in x.entities if e.type == EntityType.PERSON}


def test_a_towns_name_ending_a_listed_village_is_no_town() -> None:
    found = places(
        "Penghargaan diberikan kepada tiga desa, yakni Desa Pasir Batang, Desa Mekarsari dan Desa Tegalrejo."
    )
    assert "Kabupaten Batang" not in found


def test_a_minangkabau_palace_is_a_venue() -> None:
    assert "Istano Rajo Alam" in places(
        "Syukuran digelar di halaman Istano Rajo Alam, Jumat (23/8/2024) pagi."
    )


def test_villages_listed_after_their_level_word_and_termasuk_are_the_regions_villages() -> None:
    found = places(
        "Program itu menyasar sembilan desa lokus stunting, termasuk Kuta Gamber, Lau Primbon dan "
        "Kuta Buluh di Kabupaten Dairi."
    )
    assert {"Desa Kuta Gamber", "Desa Lau Primbon"} <= found


def test_the_yard_of_an_office_named_by_its_holders_title_is_a_place() -> None:
    assert "Kantor Bupati Dairi" in places(
        "Trofi diarak keliling halaman Kantor Bupati Dairi usai apel pagi, Senin (11/8/2025)."
    )


def test_a_village_written_longer_than_the_gazetteers_is_one_place_and_its_heads_government() -> None:
    x = extract(
        Article(
            title="Judul",
            text="Simulasi digelar di Desa Renun Asri, Kecamatan Tanah Pinem, Kabupaten Dairi. Warga "
            "berkumpul di halaman Balai Desa Renun Asri sebelum dievakuasi. Kepala Desa Renun Asri, "
            "Binsar Sinaga, menambahkan pihaknya siap.",
            url="http://x/1",
            date="2025-07-12",
        )
    )
    places = {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert "Desa Renun Asri" in places and "Desa Renun" not in places
    assert [(m.person.name, m.organization.name if m.organization else None) for m in x.memberships] == [
        ("Binsar Sinaga", "Pemerintah Desa Renun Asri")
    ]


def test_the_places_a_route_joins_are_places_whatever_the_tagger_reads() -> None:
    found = places(
        "Personel disiagakan di Kabupaten Dairi, antara lain di jalur Sumbul–Tigalingga dan jalur "
        "arteri Parbuluan. Jalur Siempat Nempu–Sidikalang juga dijaga, begitu pula jalur "
        "Dairi–Pakpak Bharat."
    )
    assert {
        "Kecamatan Sumbul",
        "Kecamatan Tigalingga",
        "Kecamatan Parbuluan",
        "Kecamatan Siempat Nempu",
        "Kabupaten Pakpak Bharat",
    } <= found
    x = extract(
        Article(
            title="Judul",
            text="Jalur Siempat Nempu–Sidikalang di Kabupaten Dairi juga dijaga.",
            url="http://x/1",
            date="2025-07-12",
        )
    )
    assert not [e.name for e in x.entities if e.type is EntityType.PERSON]


def test_a_route_end_the_article_names_as_a_district_is_that_district_not_a_namesake_village() -> None:
    # (Kecamatan Lae Parira has a Desa Sumbul; the story names Kecamatan Sumbul itself)
    found = places(
        "Longsor menutup jalan di ruas Lae Parira–Sumbul, Kabupaten Dairi. Warga Kecamatan Sumbul "
        "diminta waspada."
    )
    assert {"Kecamatan Sumbul", "Kecamatan Lae Parira"} <= found
    assert "Desa Sumbul" not in found


def test_a_village_named_with_a_settlements_word_and_written_again_bare_is_that_village() -> None:
    found = places(
        "Banjir melanda Desa Kampung Mudik, Kecamatan Barus, Kabupaten Tapanuli Tengah. Bupati meninjau "
        "lokasi terdampak di Kampung Mudik pada Kamis (14/12) sore."
    )
    assert "Desa Kampung Mudik" in found
    assert "Kampung Mudik" not in found  # (no venue "Kampung Mudik" beside the village)


def test_a_list_of_villages_goes_on_over_a_name_no_stage_has_read_yet() -> None:
    x = named(
        "Sejak pagi, antrean warga dari Kelurahan Sidiangkat, Kalang Simbara, Bintang hingga Batang Beruh "
        "memadati halaman kantor Kecamatan Sidikalang, Kabupaten Dairi."
    )
    assert "Kelurahan Batang Beruh" in x[EntityType.PLACE]
    assert not x[EntityType.PERSON]


def test_a_rivers_head_inside_a_regions_name_is_no_river() -> None:
    x = named(
        "KANDANGAN – Kabupaten Hulu Sungai Selatan (HSS) kembali menorehkan prestasi di bidang kesehatan, "
        "Senin (3/6/2024). Bupati menyebut program penurunan stunting di HSS berjalan baik."
    )
    assert "Kabupaten Hulu Sungai Selatan" in x[EntityType.PLACE]
    assert "Sungai Selatan" not in x[EntityType.PLACE]
    assert not x[EntityType.PROGRAM]  # (the region's name spelled out before its short form)


def test_a_province_ending_a_districts_name_written_bare_is_no_mention_of_the_province() -> None:
    """ "di Pulo Aceh" (a district of Aceh Besar): no mention of the province Aceh, so a regency's story
    naming the district often is still the regency's (its bare "Dinas Kesehatan" the regency's)."""
    x = named(
        "BANDA ACEH – Gelombang pasang merendam 120 rumah warga di Pulo Aceh, Kabupaten Aceh Besar, Aceh, Rabu "
        "(13/12/2023). Camat Pulo Aceh meminta warga waspada. Bupati meminta Dinas Kesehatan membuka posko "
        "di Pulo Aceh. Warga Pulo Aceh mengungsi."
    )
    assert "Dinas Kesehatan Kabupaten Aceh Besar" in x[EntityType.ORGANIZATION]
    assert "Dinas Kesehatan Provinsi Aceh" not in x[EntityType.ORGANIZATION]


def test_a_group_of_people_listed_after_a_place_is_no_site() -> None:
    x = named(
        "Festival itu merupakan kolaborasi Pemkab Dairi dengan Pemprov Sumut, Kelompok Sadar Wisata "
        "(Pokdarwis) Lae Renun, serta Poktan Sejahtera. Panen digelar di Puskesmas Sumbul."
    )
    assert "Pokdarwis Lae Renun" in x[EntityType.ORGANIZATION]
    assert not any("Pokdarwis" in p or "Poktan" in p for p in x[EntityType.PLACE])


def test_a_street_named_by_a_word_is_no_route() -> None:
    # (Kabupaten Mempawah has a Kelurahan Tengah)
    assert "Kelurahan Tengah" not in places("Jalan Tengah bagi Sengketa Lahan di Kabupaten Mempawah")


def test_a_route_written_after_a_lower_case_jalan_is_no_street() -> None:
    found = places(
        "Rapat digelar di Kantor Bupati Dairi, Sitinjo. Prioritasnya penanganan ruas jalan Sitinjo–Berampu."
    )
    assert {"Kecamatan Sitinjo", "Kecamatan Berampu"} <= found
    assert "Jalan Sitinjo" not in found


def test_a_village_or_district_the_gazetteer_does_not_list_as_written_is_a_place() -> None:
    x = extract(
        Article(
            title="Judul",
            text="Juara kedua diraih Desa Zorbatinggi, Kecamatan Blarokmu, dan juara ketiga Desa "
            "Sidiangkat, Kabupaten Dairi. Para kepala desa di sekitar Zorbatinggi hadir. Kepala "
            "Desa Zorbatinggi, Marihot Situmorang, menerima trofi. Predikat Kelurahan Siaga juga "
            "diserahkan, begitu pula Desa Wisata Parbuluan.",
            url="http://x/1",
            date="2025-07-12",
        )
    )
    found = {e.name: e for e in x.entities if e.type is EntityType.PLACE}
    # unknown names as written; a village the gazetteer lists as a kelurahan, that one
    assert {"Desa Zorbatinggi", "Kecamatan Blarokmu", "Kelurahan Sidiangkat"} <= set(found)
    assert "Desa Sidiangkat" in found["Kelurahan Sidiangkat"].aliases
    assert "Zorbatinggi" not in found  # the bare name, the same village
    assert not {"Kelurahan Siaga", "Desa Wisata Parbuluan", "Wisata Parbuluan"} & set(found)
    assert [(m.person.name, m.organization.name if m.organization else None) for m in x.memberships] == [
        ("Marihot Situmorang", "Pemerintah Desa Zorbatinggi")
    ]


def test_the_unlisted_places_a_route_joins_are_places_as_written() -> None:
    found = places(
        'Rapat digelar di Kabupaten Dairi. "Prioritas kami adalah ruas jalan Zorbatinggi–Blarokmu dan '
        'jalur alternatif Parbuluan," ujarnya. Jalur wisata juga ditata.'
    )
    assert {"Zorbatinggi", "Blarokmu", "Kecamatan Parbuluan"} <= found


def test_an_unlisted_town_between_a_venue_and_the_day_is_a_place() -> None:
    found = places(
        "Pelantikan berlangsung di Aula Lantai II Kantor Bupati Dairi, Zorbatinggi, Senin (2/6/2025) "
        "pagi. Rapat digelar di Balai Desa Sumbul, Marihot Situmorang, Selasa (3/6/2025)."
    )
    assert "Zorbatinggi" in found
    assert "Marihot Situmorang" not in found


def test_the_town_of_a_dateline_is_a_place() -> None:
    body = " – Bupati Dairi membuka rapat di Kabupaten Dairi, Senin (2/6/2025). Rapat berjalan lancar."
    assert "Kecamatan Sidikalang" in places("SIDIKALANG" + body)  # a district the gazetteer has
    assert "Zorbatinggi" in places("Zorbatinggi, 2 Juni 2025" + body)  # unlisted, before a date
    assert "Zorbatinggi" in places("Zorbatinggi, dairiterkini.com" + body)  # unlisted, before an outlet
    assert not any("Zorbatinggi" in p for p in places("ZORBATINGGI" + body))  # bare: may be an outlet
    assert places("DAIRI" + body) == places(body.removeprefix(" – "))  # the regency: read where it is named


def test_a_highway_across_an_island_after_a_routes_word_is_a_place() -> None:
    found = places(
        "Personel berjaga di jalur Trans Kalimantan yang melintasi Kabupaten Dairi. Antrean juga terjadi di "
        "ruas tol Trans-Papua. Warga kota memilih naik Trans Metro Dairi."
    )
    assert {"Trans Kalimantan", "Trans-Papua"} <= found
    assert not any("Metro" in p for p in found)  # a bus line: no route's word before it


def test_kota_and_the_name_of_a_regencys_district_is_its_town_not_the_regency() -> None:
    x = extract(
        Article(
            "Judul",
            "Pemerintah Kabupaten Dairi menggelar rapat, Senin (2/6/2025). Bupati Kabupaten Dairi menyoroti "
            "sampah di Kota Sidikalang. Timbulan sampah Kota Sidikalang mencapai 38 ton per hari.",
            date="2025-06-02",
        )
    )
    found = {e.name: e.aliases for e in x.entities if e.type is EntityType.PLACE}
    assert "Kota Sidikalang" in found["Kecamatan Sidikalang"]
    assert "Kota Sidikalang" not in found["Kabupaten Dairi"]


def test_a_kilometre_mark_after_a_street_is_no_part_of_its_name() -> None:
    found = places("Petugas mendatangi rumah warga di Jalan Lintas Sumbul Km 7, Kecamatan Sidikalang.")
    assert "Jalan Lintas Sumbul" in found
    assert not any(name.endswith(("Km", "KM")) for name in found)


def test_a_district_listed_after_another_is_read_whole_when_a_numeral_opens_its_name() -> None:
    found = places("Warga di Kecamatan Tebo Ulu dan VII Koto Ilir harus menempuh perjalanan jauh.")
    assert {"Kecamatan Tebo Ulu", "Kecamatan VII Koto Ilir"} <= found


def test_a_listed_district_written_as_a_far_regency_is_the_district_but_a_near_regency_stays() -> None:
    found = places(
        "Bupati Karawang meninjau banjir di Kecamatan Cikampek, Kotabaru dan Jatisari, Senin (3/3/2025)."
    )
    assert "Kecamatan Kota Baru" in found and "Kabupaten Kotabaru" not in found
    assert "Kabupaten Boyolali" in places("Banjir merendam Kecamatan Juwangi, Boyolali, Senin (3/3/2025).")


def test_districts_listed_after_a_levels_word_are_the_regencys_not_towns_elsewhere_of_their_names() -> None:
    found = places(
        "Bupati Lampung Timur melantik kepala desa. Para kepala desa yang dilantik berasal dari 24 kecamatan, "
        "di antaranya Kecamatan Sukadana, Way Jepara, Labuhan Maringgai, Pekalongan dan Batanghari."
    )
    assert {"Kecamatan Pekalongan", "Kecamatan Batanghari"} <= found
    assert not {"Kota Pekalongan", "Kabupaten Batanghari"} & found


def test_a_district_of_the_articles_regency_after_kawasan_and_a_kind_of_area_is_that_district() -> None:
    found = places(
        "Bupati Karo hadir. DPRD meminta optimalisasi pajak hotel dan restoran di kawasan wisata Berastagi."
    )
    assert "Kecamatan Berastagi" in found


def test_a_towns_bare_name_of_two_words_after_menuju_is_a_place() -> None:
    found = places(
        "Bupati Karo meninjau longsor. Arus kendaraan dari dan menuju Deli Serdang terputus total."
    )
    assert "Kabupaten Deli Serdang" in found


def test_a_route_end_named_as_a_far_regency_is_the_articles_own_namesake() -> None:
    found = places("Bupati Badung meninjau kemacetan di jalur Tuban–Kuta, Senin (3/3/2025).")
    assert "Kelurahan Tuban" in found and "Kabupaten Tuban" not in found


def test_an_office_written_with_kantor_names_its_building_once() -> None:
    x = extract(Article("Judul", "Rombongan disambut di Kantor Kemenag Kabupaten Dairi.", date="2025-03-06"))
    places = {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert "Kantor Kementerian Agama Kabupaten Dairi" in places
    assert not [p for p in places if p.startswith("Kantor Kantor")]


def test_a_multi_purpose_hall_keeps_guna_in_its_name() -> None:
    x = extract(
        Article(
            "Judul", "Acara digelar di Gedung Serba Guna Sidikalang, Selasa (11/3/2025).", date="2025-03-11"
        )
    )
    assert "Gedung Serba Guna Sidikalang" in {e.name for e in x.entities if e.type is EntityType.PLACE}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Wali murid mendatangi Gedung DPRD Kota Binjai di Jalan Sudirman, Selasa (10/6/2025).",
            "Gedung Dewan Perwakilan Rakyat Daerah Kota Binjai",
        ),
        ("Warga menyambangi Kantor Bupati Dairi, Selasa (10/6/2025).", "Kantor Bupati Dairi"),
        ("Rombongan mengunjungi Masjid Agung Sidikalang, Rabu (15/5/2019) malam.", "Masjid Agung Sidikalang"),
    ],
)
def test_the_building_a_visitor_goes_into_is_a_place(text: str, place: str) -> None:
    """ "mendatangi Gedung DPRD ...", "menyambangi Kantor Bupati ...": the object of a verb of going
    into a building is a place, as after "di" or "ke"."""
    assert place in places(text)


def test_a_room_named_in_lower_case_before_a_body_is_that_bodys_room() -> None:
    """ "di ruang Garuda Pengadilan Tipikor Medan": the named room of the court, a place."""
    assert "Ruang Garuda Pengadilan Tindak Pidana Korupsi Medan" in places(
        "Sidang putusan digelar di ruang Garuda Pengadilan Tipikor Medan, Rabu (15/9/2021)."
    )


def test_a_villages_name_going_on_before_its_district_is_written_whole() -> None:
    """ "Kepala Desa Sumbul Jaya, Kecamatan Parbuluan, Sahat ...": the gazetteer knows a "Desa Sumbul",
    but the word before the district's comma is this village's own; "Jaya" is no head's name."""
    x = extract(
        Article(
            "Judul",
            "Sedangkan Kepala Desa Sumbul Jaya, Kecamatan Parbuluan, Sahat Pardede, mengeluhkan jalan.",
            date="2025-06-16",
        )
    )
    assert "Desa Sumbul Jaya" in {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships} == {
        ("Sahat Pardede", "Pemerintah Desa Sumbul Jaya")
    }


def test_a_bugis_makassar_hall_is_a_venue_and_the_building_set_off_after_it_a_place() -> None:
    """ "di Baruga Sumbul Jaya, Kantor Bupati Dairi, Selasa (...)": a baruga is a hall (the Bugis and
    Makassar word), and the office building it stands in, set off by commas, is a place too."""
    found = places("Pelantikan digelar di Baruga Sumbul Jaya, Kantor Bupati Dairi, Selasa (15/10/2019).")
    assert {"Baruga Sumbul Jaya", "Kantor Bupati Dairi"} <= found


def test_a_list_of_bare_villages_goes_on_after_one_read_bare() -> None:
    """ "seperti di Kalang Simbara, Huta Rakyat dan Tanjung Beringin" in a Dairi story: the villages the
    list goes on to are the regency's villages too, though none is written with "Desa"."""
    found = places(
        'Bupati Dairi meninjau Kabupaten Dairi. "Desa wisata kita seperti di Kalang Simbara, Huta Rakyat dan '
        'Tanjung Beringin potensinya luar biasa," katanya.'
    )
    assert {"Desa Huta Rakyat", "Desa Tanjung Beringin"} <= found


def test_a_prison_where_someone_is_is_a_place_as_well_as_a_body() -> None:
    """ "hadir secara daring dari Lapas Kelas IIB Sidikalang", "TPS di Rutan Sidikalang": the prison
    is a body (it has a head) and the site its inmates are in; a kind cut short ("Rutan Cabang" of
    "Rutan Cabang KPK") is neither."""
    x = extract(
        Article(
            "Judul",
            "Terdakwa hadir secara daring dari Lapas Kelas IIB Sidikalang. Petugas juga mendirikan TPS di Rutan "
            "Sidikalang. Kepala Lapas Kelas IIB Sidikalang Sahat Pardede menyambut baik. Tersangka ditahan "
            "di Rutan Cabang KPK.",
            date="2025-06-16",
        )
    )
    found = {(e.type, e.name) for e in x.entities}
    assert {
        (EntityType.PLACE, "Lembaga Pemasyarakatan Kelas IIB Sidikalang"),
        (EntityType.ORGANIZATION, "Lembaga Pemasyarakatan Kelas IIB Sidikalang"),
        (EntityType.PLACE, "Rumah Tahanan Negara Sidikalang"),
    } <= found
    assert (EntityType.PLACE, "Rumah Tahanan Negara Cabang") not in found


def test_a_prison_spelled_out_is_the_body_as_well_as_the_site() -> None:
    """ "ditahan di Rumah Tahanan Negara Kelas IIB Sidikalang": the state detention centre spelled out
    is the body "Rutan" names (a two-word head like "Rumah Sakit"), not only a place."""
    x = extract(
        Article("Judul", "Terdakwa ditahan di Rumah Tahanan Negara Kelas IIB Sidikalang.", date="2025-06-16")
    )
    assert {(e.type, e.name) for e in x.entities} >= {
        (EntityType.ORGANIZATION, "Rumah Tahanan Negara Kelas IIB Sidikalang"),
        (EntityType.PLACE, "Rumah Tahanan Negara Kelas IIB Sidikalang"),
    }


def test_a_court_room_named_after_the_lower_case_room_kind_is_that_courts_room() -> None:
    """ "di ruang sidang Kartika PN Medan": the court's room named Kartika, a place; "di ruang sidang
    Pengadilan Negeri (PN) Medan" is still the court's (unnamed) session room."""
    assert "Ruang Sidang Kartika Pengadilan Negeri Kota Medan" in places(
        "Putusan dibacakan majelis hakim di ruang sidang Kartika PN Medan."
    )
    assert "Ruang Sidang Pengadilan Negeri Kota Medan" in places(
        "Sidang digelar di ruang sidang Pengadilan Negeri (PN) Medan."
    )


def test_a_pier_is_a_venue() -> None:
    """ "dikirim dengan kapal dari Dermaga Paropo": a pier, like a harbour, is a place."""
    assert "Dermaga Paropo" in places("Kotak suara dikirim dengan kapal dari Dermaga Paropo.")


def test_a_facilitys_building_is_the_facility_as_a_place() -> None:
    """ "meresmikan gedung baru Puskesmas Sumbul II", "Gedung Puskesmas Sumbul II berdiri di lahan desa": the
    health centre (a body) is also the site its building stands on."""
    assert "Puskesmas Sumbul II" in places("Bupati Dairi meresmikan gedung baru Puskesmas Sumbul II kemarin.")
    assert "Puskesmas Sumbul II" in places(
        "Bupati meresmikan gedung baru UPTD Puskesmas Sumbul II. Gedung Puskesmas Sumbul II berdiri di lahan desa."
    )


def test_a_venue_word_ending_in_an_apostrophe_goes_on_with_the_name() -> None:
    """ "di Masjid Jami' Baiturrahim Sumbul, Desa Sumbul": the mosque's whole name ("Jami'" ends with an
    apostrophe), not "Masjid Jami" and a person after it."""
    assert "Masjid Jami' Baiturrahim Sumbul" in places(
        "Bupati salat Jumat di Masjid Jami' Baiturrahim Sumbul, Desa Sumbul, Jumat (14/3/2025)."
    )


def test_a_list_after_the_districts_word_names_districts_not_villages() -> None:
    """ "tersebar di empat kecamatan, yakni Sumbul, Parbuluan, ...": the districts, though a village of the
    regency is named "Sumbul" too; and the words between the level and the list may be several
    ("kecamatan yang jaraknya paling jauh, yaitu ...")."""
    found = places(
        "Sebanyak 300 TPS di Kabupaten Dairi tersebar di empat kecamatan, yakni Sumbul, Parbuluan, Sidikalang "
        "dan Siempat Nempu."
    )
    assert {"Kecamatan Sumbul", "Kecamatan Siempat Nempu"} <= found
    found = places(
        '"Kotak suara dikirim dulu ke kecamatan yang jaraknya paling jauh, yaitu Sumbul, Parbuluan dan '
        'Sidikalang," kata Ketua KPU Dairi.'
    )
    assert "Kecamatan Sumbul" in found


@pytest.mark.parametrize("word", ["Laok", "Daja", "Kelod"])
def test_a_madurese_or_balinese_word_of_direction_after_a_listed_village_makes_another_village(
    word: str,
) -> None:
    """ "ke Desa Terrak Laok": the gazetteer's "Desa Terrak" and a Madurese "south" ("Daja" north; Balinese
    "Kelod" south) after it name another village, written longer, as "Kidul" does in Java."""
    found = places(f"Bantuan air bersih dikirim ke Desa Terrak {word} dan dusun sekitarnya, Selasa pagi.")
    assert f"Desa Terrak {word}" in found and "Desa Terrak" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kelurahan Hutarakyat menerima penghargaan kampung bersih dari Bupati Dairi.",
        "Warga Kelurahan Hutarakyat menggelar kerja bakti.",
    ],
)
def test_a_village_the_gazetteer_lacks_opening_a_sentence_is_a_place(text: str) -> None:
    """ "Kelurahan Hutarakyat menerima penghargaan ...": a kelurahan with a name of its own (no common word)
    as the sentence's subject, or after "Warga", is a place though no gazetteer lists it; "Kelurahan Siaga
    Bencana" opening a sentence is a kind of kelurahan."""
    assert "Kelurahan Hutarakyat" in places(text)
    assert not places("Kelurahan Siaga Bencana dibentuk di setiap kecamatan.")


def test_a_prison_listed_after_a_place_is_a_place_too() -> None:
    """ "razia di Lembaga Pemasyarakatan (Lapas) Kelas IIB Sidikalang, Rutan Dairi dan ...": the list after
    "di" places each prison, not only the first."""
    found = places(
        "Petugas menggelar razia narkoba di Lembaga Pemasyarakatan (Lapas) Kelas IIB Sidikalang, Rutan Dairi "
        "dan rumah tahanan polisi."
    )
    assert {"Lembaga Pemasyarakatan Kelas IIB Sidikalang", "Rumah Tahanan Negara Dairi"} <= found


def test_a_remand_prison_spelled_without_negara_before_its_short_form_is_the_rutan() -> None:
    """ "di Rumah Tahanan (Rutan) Kelas IIB Sidikalang": the lexicon's Rumah Tahanan Negara written
    without "Negara", its short form in brackets, then its class and town: the prison, a place too."""
    x = extract(
        Article(
            title="Judul",
            text="Tersangka kini dititipkan di Rumah Tahanan (Rutan) Kelas IIB Sidikalang selama 20 hari.",
            url="http://x/1",
            date="2025-07-12",
        )
    )
    found = {(e.type, e.name) for e in x.entities}
    assert (EntityType.ORGANIZATION, "Rumah Tahanan Negara Kelas IIB Sidikalang") in found
    assert (EntityType.PLACE, "Rumah Tahanan Negara Kelas IIB Sidikalang") in found


def test_the_first_district_listed_after_a_level_word_opening_a_long_clause_is_a_place() -> None:
    """ "Kecamatan yang berada di pegunungan dan jauh dari kota dikunjungi dulu, yakni Sumbul, ...": the
    level's word opens the sentence and a long clause comes before the list; its first item is a district
    as the ones after it are."""
    found = places(
        "Dinas Sosial Kabupaten Dairi menyalurkan beras. Kecamatan yang berada di pegunungan dan jauh dari kota "
        "dikunjungi dulu, yakni Sumbul, Tigalingga, Parbuluan dan Silahisabungan."
    )
    assert {"Kecamatan Sumbul", "Kecamatan Tigalingga", "Kecamatan Parbuluan"} <= found


def test_a_gatherings_name_after_di_is_no_place() -> None:
    """ "nanti di Pawai Obor dan Festival Kopi": a name opening with an event's word, after "di", is the
    gathering's, not a place's (a venue's head keeps it a place)."""
    found = places(
        "SIDIKALANG – “Acara puncaknya nanti di Pawai Obor dan Festival Kopi pada Sabtu malam, dari Lapangan "
        "Sidikalang menuju Alun-alun Sidikalang,” kata Sahat Pardede."
    )
    assert "Lapangan Sidikalang" in found
    assert not any(name.startswith(("Pawai", "Festival")) for name in found)


def test_a_bodys_short_form_the_article_defines_is_no_place() -> None:
    """ "Universitas Sidikalang Raya (USR)" then "mahasiswa dari USR akan ...": the body's short form,
    wherever the tagger reads a place in it."""
    text = (
        "Pemkab Dairi menjalin kerja sama dengan Universitas Sidikalang Raya (USR). Mahasiswa dari USR akan "
        "magang di kantor camat."
    )
    ctx = Context(Article("Berita", text))
    start = text.index("Universitas")
    ctx.add(EntityType.ORGANIZATION, "Universitas Sidikalang Raya", start, start + 27, "organizations")
    body = ctx.find(EntityType.ORGANIZATION, "Universitas Sidikalang Raya")
    assert body is not None
    body.aliases.add("USR")
    start = text.rindex("USR")
    assert not decide(ctx, NerSpan(start, start + 3, "LOC", "USR", 0.9)).accepted


def test_a_time_named_with_capitals_is_no_place() -> None:
    """ "pembangunan holistik di Era Dairi Baru", "pada Masa Orde Baru": a time opening with its word, no
    place, whatever the tagger reads."""
    text = "Pembangunan itu berfokus pada pembangunan holistik di Era Dairi Baru."
    ctx = Context(Article("Berita", text))
    start = text.index("Era")
    assert not decide(ctx, NerSpan(start, start + 14, "LOC", "Era Dairi Baru", 0.9)).accepted


def test_a_kind_of_land_after_kawasan_is_no_place() -> None:
    """ "ke kawasan Ruang Terbuka Hijau (RTH) tanpa kajian": a kind of land use, as its category list has
    it, no one place; one with its own name stays ("Taman Kota Sidikalang")."""
    found = places(
        "SIDIKALANG – Bupati Dairi Sahat Pardede memindahkan lokasi proyek ke kawasan Ruang Terbuka Hijau (RTH) "
        "tanpa kajian. Warga lalu berkumpul di Taman Kota Sidikalang."
    )
    assert "Ruang Terbuka Hijau" not in found
    assert "Taman Kota Sidikalang" in found


def test_natural_features_listed_after_their_kind_are_places() -> None:
    """ "Dairi memiliki dua sungai besar yaitu Lae Renun dan Lae Simbelin": each name listed after a kind
    of natural feature in lower case is a place; written with its head elsewhere, the same one place."""
    found = places(
        "SIDIKALANG – Dairi memiliki dua sungai besar yaitu Lae Renun dan Lae Simbelin. Sampah di Sungai Lae "
        "Renun menumpuk."
    )
    assert {"Sungai Lae Renun", "Lae Simbelin"} <= found
    assert "Lae Renun" not in found


def test_regional_settlement_words_open_places() -> None:
    """Hamlets and villages by their regions' own words (Java's "Dukuh", Bali's "Banjar", Batak "Huta",
    Toraja "Lembang", Lampung "Pekon", Pariaman "Korong") are places, not persons or a "Dinas"; a venue
    named by its hamlet keeps it, and a word that only looks like one ends no venue."""
    found = named(
        "SIDIKALANG – Bupati Dairi Sahat Pardede meninjau jalan di Dukuh Paropo dan Banjar Dinas Tigalingga. "
        "Warga Huta Sidikalang, Lembang Sumbul, Pekon Silahisabungan dan Korong Tigalingga ikut hadir. "
        "Rombongan lalu singgah di Terminal Bus Dukuh Sumbul dan Pasar Lae Banjar dan gudang di sana."
    )
    assert {
        "Dukuh Paropo", "Banjar Dinas Tigalingga", "Huta Sidikalang", "Lembang Sumbul", "Pekon Silahisabungan",
        "Korong Tigalingga", "Terminal Bus Dukuh Sumbul", "Pasar Lae Banjar",
    } <= found[EntityType.PLACE]  # fmt: skip
    assert found[EntityType.PERSON] == {"Sahat Pardede"}
    assert not found[EntityType.ORGANIZATION] - {"Pemerintah Kabupaten Dairi"}


def test_a_village_whose_name_goes_on_with_a_common_last_word_is_not_the_shorter_one() -> None:
    """ "Desa Sumbul Jaya, Kabupaten Dairi", its head "Kuwu Sumbul Jaya": the gazetteer's "Sumbul" is
    another village; "Jaya", a word many far-away villages are called, is this one's last word."""
    found = places(
        "Kuwu Sumbul Jaya, Abd. Pardede, menyambut rombongan di Desa Sumbul Jaya, Kabupaten Dairi."
    )
    assert "Desa Sumbul Jaya" in found
    assert "Desa Sumbul" not in found


def test_waterfalls_and_lakes_by_their_regions_words_are_places() -> None:
    """ "Coban Sumbul" (East Java's word for a waterfall), "Curug Silalahi" (Sundanese), "Air Terjun Lae
    Renun", "Ranu Paropo" and "Situ Sidikalang" (lakes), "Embung Tigalingga" (a reservoir): places, not
    persons."""
    found = named(
        "Wisatawan memadati Coban Sumbul dan Air Terjun Lae Renun selama libur panjang. Sebagian lain "
        "memilih Curug Silalahi dan Ranu Paropo. Pemkab juga menata Embung Tigalingga dan Situ Sidikalang."
    )
    assert {
        "Coban Sumbul", "Air Terjun Lae Renun", "Curug Silalahi", "Ranu Paropo", "Embung Tigalingga",
        "Situ Sidikalang",
    } <= found[EntityType.PLACE]  # fmt: skip
    assert not found[EntityType.PERSON]


def test_the_building_a_rooms_name_ends_with_is_a_place_beside_the_room() -> None:
    """ "di Ruang Sidang Balai Kota Sidikalang", "Aula Lae Renun Kantor Bupati Dairi": the room, and the
    building it is in, a venue of its own; a room named by no building ("Ruang Lae Simbelin") or in a
    body ("Ruang Sidang Sumbul Pengadilan Negeri Sidikalang") has none."""
    found = places(
        "MoU diteken di Ruang Sidang Balai Kota Sidikalang, Senin (16/6/2025). Rapat lanjutan digelar di "
        "Aula Lae Renun Kantor Bupati Dairi dan di Ruang Lae Simbelin. Sidang di Ruang Sidang Sumbul "
        "Pengadilan Negeri Sidikalang."
    )
    assert {"Ruang Sidang Balai Kota Sidikalang", "Balai Kota Sidikalang"} <= found
    assert {"Aula Lae Renun Kantor Bupati Dairi", "Kantor Bupati Dairi"} <= found
    assert not {"Lae Simbelin", "Pengadilan Negeri Sidikalang"} & found


def test_a_province_written_bare_in_a_banks_name_is_no_place() -> None:
    """ "PT Bank Sumbul Kepri Syariah", "Bank Sumut": the province's short name is a word of the
    company's name; written on its own, or with its level's word, it is the province."""
    found = places("Pemkab Dairi bekerja sama dengan PT Bank Sumbul Kepri Syariah dan Bank Sumut.")
    assert not {"Kepulauan Riau", "Sumatera Utara"} & found
    found = places("Pemkab Dairi bekerja sama dengan Bank Sumut di Kepri dan di Provinsi Sumatera Utara.")
    assert {"Kepulauan Riau", "Sumatera Utara"} <= found


def test_a_tagged_place_opening_with_a_towns_name_is_a_place_of_its_own() -> None:
    """ "Kantor Bupati Dairi, Batu Lima, Sidikalang": the tagger's "Batu Lima" is a locality whose
    name opens with a town's, not Kota Batu."""
    found = places(
        "Penandatanganan berlangsung di Aula Lantai II Kantor Bupati Dairi, Batu Lima, Sidikalang."
    )
    assert "Batu Lima" in found and "Kota Batu" not in found


def test_an_aceh_village_written_gampong_is_the_gazetteers_village() -> None:
    """ "Gampong Ujong Sikuneng" in a story of Nagan Raya: Aceh's word for a village before the name the
    gazetteer lists, one place with the village its keuchik heads; a story of no Aceh town is read
    as before."""
    x = extract(
        Article(
            "Judul",
            "SUKA MAKMUE – Bupati Nagan Raya menggelar Safari Ramadan di Masjid Raya, Gampong Ujong Sikuneng, "
            "Kecamatan Kuala. Keuchik Ujong Sikuneng Tumpak Hasibuan hadir.",
            date="2025-03-12",
        )
    )
    [village] = [e for e in x.entities if e.type is EntityType.PLACE and "Ujong Sikuneng" in e.name]
    assert village.name == "Desa Ujong Sikuneng" and "Gampong Ujong Sikuneng" in village.aliases
    assert "Desa Ujong Sikuneng" not in places("Pemkab Dairi meninjau Gampong Ujong Sikuneng.")


def test_a_village_named_after_a_river_written_bare_is_the_village_again() -> None:
    """ "Desa Sungai Geringging ... Warga Sungai Geringging": the village again, not a river beside it."""
    found = places(
        "Bupati Kampar meninjau banjir di Desa Sungai Geringging, Kecamatan Kampar Kiri. Warga Sungai "
        "Geringging mengungsi ke masjid."
    )
    assert "Desa Sungai Geringging" in found and "Sungai Geringging" not in found


@pytest.mark.parametrize(
    ("venue", "place"),
    [
        ("Meunasah Lam Simbelin", "Meunasah Lam Simbelin"),
        ("Surau Baitul Zorba", "Surau Baitul Zorba"),  # (after "di")
        ("Musala Baitul Zorba", "Musala Baitul Zorba"),
    ],
)
def test_places_of_worship_by_the_regions_own_words(venue: str, place: str) -> None:
    """Aceh's village prayer hall ("Meunasah"), the Minangkabau "Surau", a "Musala": places, as a
    "Masjid" is, not a person's name (a surau after a locative word only)."""
    assert place in places(f"Warga Kabupaten Dairi bergotong royong di {venue} dan merehab {venue}.")


def test_a_kind_of_field_is_named_by_its_village_and_alone_names_no_place() -> None:
    """ "Lapangan Bola Gampong Lam Simbelin": a football field, named by the village it lies in (not a
    field "Lapangan Bola" beside the village); "di lapangan bola" alone names no one place."""
    found = places("Upacara dipusatkan di Lapangan Bola Gampong Lam Simbelin, Kecamatan Sumbul, Kamis.")
    assert "Lapangan Bola Gampong Lam Simbelin" in found
    assert "Lapangan Bola" not in found
    assert "Lapangan Bola" not in places("Upacara dipusatkan di Lapangan Bola, Kecamatan Sumbul, Kamis.")


@pytest.mark.parametrize("title", ["Kaur Keuangan", "Kepala Urusan Umum"])
def test_an_office_written_without_its_holder_is_no_place(title: str) -> None:
    """ "dikelola sendiri, bukan oleh Kaur Keuangan": a village's treasurer, an office the tagger read as a place
    (the word "Kaur" is also a regency's name)."""
    text = f"Dana desa dikelola sendiri oleh kepala desa, bukan oleh {title}, selama dua tahun."
    ctx = Context(Article("Berita", text))
    start = text.index(title)
    assert not decide(ctx, NerSpan(start, start + len(title), "LOC", title, 0.9)).accepted


def test_a_list_of_districts_from_one_to_another_names_them_all() -> None:
    """ "dari tiga kecamatan, mulai dari Sumbul, Tigalingga hingga Silahisabungan": a list of districts
    after "mulai dari", its last after "hingga", each of the regency's districts a place."""
    found = places(
        "Bupati Dairi menyerahkan bantuan kepada warga dari tiga kecamatan, mulai dari Sumbul, Tigalingga "
        "hingga Silahisabungan."
    )
    assert {"Kecamatan Sumbul", "Kecamatan Tigalingga", "Kecamatan Silahisabungan"} <= found


def test_a_town_square_in_lower_case_before_a_district_town_of_the_regency_is_a_place() -> None:
    """ "tiba di alun-alun Sidikalang" in a story of Kabupaten Dairi: the square of the regency's seat,
    a district town written bare, is a place of its own ("Alun-alun Sidikalang")."""
    found = places("Bupati Dairi hadir. Warga mulai tiba di alun-alun Sidikalang sejak sore.")
    assert "Alun-alun Sidikalang" in found


@pytest.mark.parametrize(
    ("text", "district"),
    [
        # a district named as the city it lies in
        (
            "Pemkot Tangerang menggelar pasar murah di empat kecamatan se-Kota Tangerang, yakni Tangerang, "
            "Karawaci, Cibodas, dan Periuk.",
            "Kecamatan Tangerang",
        ),
        # a district named as a regency elsewhere (Kalimantan Selatan's Kotabaru)
        (
            "Pemkab Karawang menggelar pasar murah di lima kecamatan se-Kabupaten Karawang, yakni Kotabaru, "
            "Cikampek, Jatisari, Klari, dan Purwasari.",
            "Kecamatan Kota Baru",
        ),
    ],
)
def test_a_list_of_districts_after_their_level_and_region_names_districts_not_towns(
    text: str, district: str
) -> None:
    """ "di empat kecamatan se-Kota X, yakni A, B, C, dan D": the level's word (with the region after it)
    says each item is a district of that region, though a town has its name too."""
    found = places(text)
    assert district in found
    assert "Kabupaten Kotabaru" not in found


def test_a_street_after_a_bodys_building_is_a_place_named_whole() -> None:
    """ "di Gedung Kejari Sibolga, Jalan Raja Sisingamangaraja. Kepala ...": the building's street, listed
    after it, is read whole (the tagger alone cut it at the sentence's end)."""
    found = places(
        "Tersangka diperiksa di Gedung Kejari Sibolga, Jalan Raja Sisingamangaraja. Kepala Kejari hadir."
    )
    assert {"Gedung Kejaksaan Negeri Sibolga", "Jalan Raja Sisingamangaraja"} <= found


def test_the_last_of_a_list_of_districts_is_a_district_though_a_regency_has_its_name() -> None:
    """ "di Kecamatan Kertek, Leksono, dan Sukoharjo" in a story of Kabupaten Wonosobo: the list's last
    district (Wonosobo has one named Sukoharjo), not the regency of that name, whether the tagger
    reads it or not;
    "Kecamatan Juwangi, Boyolali" is a district and the regency it lies in."""
    found = places(
        "Pemkab Wonosobo mendata rumah tak layak huni. Jumlah terbanyak tercatat di Kecamatan Kertek, "
        "Leksono, dan Sukoharjo."
    )
    assert "Kecamatan Sukoharjo" in found and "Kabupaten Sukoharjo" not in found
    assert {"Kecamatan Juwangi", "Kabupaten Boyolali"} <= places(
        "Banjir melanda Kecamatan Juwangi, Boyolali."
    )


def test_a_bodys_building_after_its_yard_is_a_place() -> None:
    """ "di halaman Kantor Bawaslu Dairi": the body's building, its yard written before it, a place as
    "di Kantor Bawaslu Dairi" is."""
    found = places("Apel siaga digelar di halaman Kantor Bawaslu Dairi, Minggu (24/11/2024).")
    assert "Kantor Badan Pengawas Pemilihan Umum Kabupaten Dairi" in found


@pytest.mark.parametrize(
    "written", ["Balai Pertemuan Umum (BPU) Desa Sumbul", "Balai Pertemuan Umum Desa Sumbul"]
)
def test_a_kind_of_venue_named_by_its_village_keeps_the_village_in_its_name(written: str) -> None:
    """ "di Balai Pertemuan Umum (BPU) Desa Sumbul": every village has its public hall, which its village
    names; the village is no region to drop from the venue's name."""
    x = extract(Article("BPU", f"Musyawarah warga digelar di {written}, Kamis (3/10/2024)."))
    venues = {
        e.name: e
        for e in x.entities
        if e.type is EntityType.PLACE and "Balai" in " ".join(e.aliases | {e.name})
    }
    assert any("Balai Pertemuan Umum Desa Sumbul" in {name, *venue.aliases} for name, venue in venues.items())
    assert "Balai Pertemuan Umum" not in venues


def test_a_town_after_a_legislatures_building_and_its_room_is_a_place_not_a_person() -> None:
    """ "di ruang sidang utama Gedung DPRD Dairi, Sidikalang, Rabu": the building behind its room's lower-case
    words, then the town it stands in, a place (the tagger's person there names no one)."""
    x = extract(
        Article(
            "Paripurna",
            "DPRD Dairi menggelar rapat paripurna di ruang sidang utama Gedung DPRD Dairi, Sidikalang, Kamis "
            "(5/12/2024) malam.",
        )
    )
    found = {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert "Gedung Dewan Perwakilan Rakyat Daerah Kabupaten Dairi" in found
    assert not [e for e in x.entities if e.type is EntityType.PERSON]


def test_a_room_named_as_a_hall_of_a_building_names_the_building_too() -> None:
    """ "di Ruang Rapat Graha Sumbul Jaya Kantor Bupati Dairi": the room, its own name a hall's, in the
    Kantor Bupati Dairi, which is a place of its own."""
    found = places(
        "Rapat koordinasi berlangsung di Ruang Rapat Graha Sumbul Jaya Kantor Bupati Dairi, Rabu (9/4/2025)."
    )
    assert {"Ruang Rapat Graha Sumbul Jaya Kantor Bupati Dairi", "Kantor Bupati Dairi"} <= found


def test_the_town_square_in_its_old_javanese_spelling_is_a_place() -> None:
    """ "Warga memenuhi Aloon-aloon Sidikalang": the town square, as "Alun-alun" is, with no word of place
    before it."""
    assert "Aloon-aloon Sidikalang" in places(
        "Warga memenuhi Aloon-aloon Sidikalang untuk menonton kirab budaya."
    )


def test_a_sea_is_a_place_but_not_the_navy_nor_a_sea_wall() -> None:
    found = places(
        "Fakultas Perikanan memetakan potensi ikan di perairan Laut Sibolga dan Samudra Hindia. Komandan "
        "Pangkalan TNI Angkatan Laut Sibolga hadir saat Pemkot Bangun Tanggul Laut Raksasa."
    )
    assert {"Laut Sibolga", "Samudra Hindia"} <= found
    assert not {name for name in found if name.startswith("Laut") and name != "Laut Sibolga"}


def test_a_district_listed_after_another_written_in_two_words_the_gazetteer_joins_is_no_person() -> None:
    x = extract(
        Article(
            "Judul",
            "Bupati Dairi meninjau pasar. Ia berharap pasokan beras dari penggilingan di Kecamatan Sumbul dan "
            "Silahi Sabungan tetap lancar.",
        )
    )
    assert "Silahi Sabungan" not in {e.name for e in x.entities if e.type is EntityType.PERSON}


def test_the_kind_of_village_a_contest_is_for_is_no_place() -> None:
    x = extract(
        Article(
            "Judul",
            "Wali Kota Sibolga menyerahkan piagam kepada para pemenang Lomba Kelurahan Berbudaya Tingkat Kota Sibolga "
            "Tahun 2024.",
        )
    )
    assert {e.name for e in x.entities if e.type is EntityType.PLACE} == {"Kota Sibolga"}


def test_a_venue_written_short_is_the_venue_the_article_named_whole_not_a_namesake_village_far_away() -> None:
    x = extract(
        Article(
            "Judul",
            "Bupati Dairi melakukan sidak ke Pasar Lama Sidikalang dan Pasar Sumbul, Selasa (5/3/2024). Salah "
            "seorang pedagang beras di Pasar Lama, Romauli Simbolon, mengaku pembeli mulai ramai.",
            date="2024-03-05",
        )
    )
    markets = [e for e in x.entities if e.type is EntityType.PLACE and e.name.startswith("Pasar Lama")]
    assert [(e.name, "Pasar Lama" in e.aliases) for e in markets] == [("Pasar Lama Sidikalang", True)]


def test_a_place_whose_name_says_a_word_twice_is_found_written_with_a_hyphen() -> None:
    """The table writes "Silima Pungga Pungga", "Kupa Kupa"; the news writes the doubled word with a hyphen."""
    assert [r.name for r in gazetteer.lookup("Kecamatan Silima Pungga-Pungga")] == [
        "Kecamatan Silima Pungga Pungga"
    ]
    x = extract(
        Article(
            "Judul",
            "Banjir melanda Kecamatan Silima Pungga-Pungga, Kabupaten Dairi, Senin (18/11/2024).",
            date="2024-11-18",
        )
    )
    [district] = [e for e in x.entities if e.name == "Kecamatan Silima Pungga Pungga"]
    assert "Kecamatan Silima Pungga-Pungga" in district.aliases
    # any other hyphen joins no words of a name: "Sidikalang-Sumbul" is no "Sidikalang Sumbul"
    assert not gazetteer.lookup("Silima-Pungga Pungga")


def test_a_regency_of_two_words_listed_after_another_is_a_place_though_the_tagger_calls_it_a_person() -> None:
    x = extract(
        Article(
            "Judul", "Pasokan dari Kabupaten Samosir dan Humbang Hasundutan masih lancar.", date="2024-03-06"
        )
    )
    assert {e.name for e in x.entities if e.type is EntityType.PLACE} == {
        "Kabupaten Samosir",
        "Kabupaten Humbang Hasundutan",
    }
    assert not [e for e in x.entities if e.type is EntityType.PERSON]


def test_papuan_districts_listed_after_distrik_in_lower_case_are_places() -> None:
    x = extract(
        Article(
            "Judul",
            "Wakil Bupati Jayapura meminta pemerintah daerah memperhatikan puskesmas di distrik pesisir seperti "
            "Depapre dan Sentani Barat yang aksesnya sulit, Senin (6/3/2023).",
            date="2023-03-06",
        )
    )
    assert {"Distrik Depapre", "Distrik Sentani Barat"} <= {
        e.name for e in x.entities if e.type is EntityType.PLACE
    }


def test_a_road_named_by_the_places_it_joins_is_a_place_and_so_are_they() -> None:
    found = places(
        "Bupati Dairi meninjau Jalan Raya Sumbul–Sitinjo, ruas jalan Parbuluan–Sidikalang, serta ruas "
        "Tigalingga–Paropo di Kabupaten Dairi."
    )
    assert {"Jalan Raya Sumbul–Sitinjo", "Jalan Parbuluan–Sidikalang", "Ruas Tigalingga–Paropo"} <= found
    assert {"Kecamatan Parbuluan", "Kecamatan Tigalingga"} <= found
    again = places(
        "Bupati meninjau Jalan Raya Sumbul–Sitinjo. Di ruas Sumbul–Sitinjo, aspal sudah mengelupas."
    )
    assert [p for p in again if "Sumbul–Sitinjo" in p] == ["Jalan Raya Sumbul–Sitinjo"]
    # a lane ("jalur") names no road
    assert not any(
        p.startswith(("Jalur", "Jalan Sumbul")) for p in places("Polisi menjaga jalur Sumbul–Tigalingga.")
    )


def test_a_road_in_another_storys_headline_read_also_is_no_place() -> None:
    """``Baca juga: Jalan Raya A–B Putus, ...``: a linked headline, its road no place of this article."""
    found = places(
        "Longsor menutup jalan di dua desa di Kabupaten Dairi, Senin (3/2/2025).\n\nBaca juga: Jalan Raya "
        "Sumbul–Sitinjo Putus, Warga Memutar Lewat Desa Bintang\n\nBupati Dairi meninjau lokasi longsor."
    )
    assert not any("Sitinjo" in p for p in found)


def test_a_venue_named_by_its_town_after_its_short_form_in_brackets_is_that_town_s() -> None:
    found = places(
        "Warga dapat datang langsung ke Balai Pertemuan Umum (BPU) Kota Sibolga atau ke kantor kecamatan."
    )
    assert "BPU Kota Sibolga" in found
    assert "Balai Pertemuan Umum" not in found
    # a region's public service mall is its body, not a venue of no town
    mall = named(
        "Warga dapat datang langsung ke Mal Pelayanan Publik (MPP) Kota Sibolga atau ke kantor kecamatan."
    )
    assert "Mal Pelayanan Publik Kota Sibolga" in mall[EntityType.ORGANIZATION]
    assert "Mal Pelayanan Publik" not in mall[EntityType.PLACE]


def test_two_towns_listed_before_dan_are_two_places_not_a_place_and_its_region() -> None:
    found = places(
        "Pengunjung datang dari Sibolga, Medan, dan luar negeri. Salah satu pengunjung asal Kota Sibolga, "
        "Marihot Situmorang, berharap fasilitas ditambah."
    )
    assert {"Kota Sibolga", "Kota Medan"} <= found
    assert "Sibolga" not in found


def test_a_body_s_gedung_is_its_building_however_it_is_written() -> None:
    found = places("Suasana Gedung DPRD Kota Sibolga tampak berbeda pada Selasa (17/10/2023) pagi.")
    assert "Gedung Dewan Perwakilan Rakyat Daerah Kota Sibolga" in found
    room = places("Rapat digelar di ruang rapat Komisi II Gedung DPRD Dairi, Sidikalang.")
    assert {"Ruang Rapat Komisi II", "Gedung Dewan Perwakilan Rakyat Daerah Kabupaten Dairi"} <= room


def test_the_districts_listed_after_adalah_are_places() -> None:
    text = (
        "Kepala BPBD Kabupaten Dairi menyebutkan keempat kecamatan terdampak adalah Sumbul, Sitinjo, Parbuluan, dan "
        "Tigalingga. Kondisi terparah terjadi di Desa Jerata."
    )
    found = {e.name for e in extract(Article("Judul", text)).entities if e.type is EntityType.PLACE}
    assert {f"Kecamatan {d}" for d in ("Sumbul", "Sitinjo", "Parbuluan", "Tigalingga")} <= found


def test_a_public_service_mall_gone_to_is_a_place_as_well_as_a_body() -> None:
    found = named(
        "Warga dapat datang langsung ke Mal Pelayanan Publik (MPP) Kota Sibolga atau ke kantor kecamatan."
    )
    assert "Mal Pelayanan Publik Kota Sibolga" in found[EntityType.ORGANIZATION]
    assert "Mal Pelayanan Publik Kota Sibolga" in found[EntityType.PLACE]
    # the mall that serves, no one's whereabouts: the body only
    serving = named("Mal Pelayanan Publik (MPP) Kota Sibolga melayani 300 warga per hari.")
    assert "Mal Pelayanan Publik Kota Sibolga" not in serving[EntityType.PLACE]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a floor between the cue and the venue
        (
            "Piagam diserahkan kepada Marihot di Lantai IV Kantor Gubernur Sumatera Utara, Rabu (5/6/2024).",
            "Kantor Gubernur Sumatera Utara",
        ),
        (
            "Rembuk stunting digelar di aula rapat lantai II Kantor Bupati Dairi, Kamis (27/5/2021).",
            "Kantor Bupati Dairi",
        ),
        # a state school's number goes on the venue's name
        (
            "Lomba debat diadakan di Aula SMA Negeri 2 Sidikalang pada Selasa, 10 Oktober 2023.",
            "Aula SMA Negeri 2 Sidikalang",
        ),
    ],
)
def test_a_venue_after_a_floor_or_with_a_schools_number_is_read_whole(text: str, venue: str) -> None:
    assert venue in places(text)


def test_bare_districts_listed_after_an_areas_word_and_seperti_are_the_articles_districts() -> None:
    names = places(
        "Bupati Dairi meminta usulan dari kecamatan di Kabupaten Dairi, terutama di wilayah utara seperti "
        "Sumbul, Sitinjo, dan Parbuluan."
    )
    assert {"Kecamatan Sumbul", "Kecamatan Sitinjo", "Kecamatan Parbuluan"} <= names


def test_a_street_named_for_a_professor_goes_on_past_his_title() -> None:
    assert "Jalan Prof. M. Sitinjo" in places("Kantor itu berada di Jalan Prof. M. Sitinjo, Kota Sibolga.")
    assert "Jalan Prof. Dr. Sumbul" in places("Posko dibuka di Jalan Prof. Dr. Sumbul, Kota Sibolga.")


def test_a_listed_district_the_gazetteer_writes_as_one_word_is_read_and_named_as_written_too() -> None:
    x = extract(
        Article(
            "Judul",
            "Bupati Dairi meminta usulan dari kecamatan di Kabupaten Dairi, terutama di wilayah utara seperti "
            "Sumbul, Silahi Sabungan, dan Parbuluan.",
            date="2025-03-03",
        )
    )
    [district] = [e for e in x.entities if e.type is EntityType.PLACE and "Silahi Sabungan" in e.aliases]
    assert district.name == "Kecamatan Silahisabungan"
    assert "Kecamatan Silahi Sabungan" in district.aliases


def test_bare_districts_listed_after_terutama_are_the_articles_districts() -> None:
    """ "terjadi di lima kecamatan, terutama A, B, C, dan D": the level's places, listed."""
    names = places(
        "Menurut BPBD Dairi, longsor paling sering terjadi di lima kecamatan, terutama Sidikalang, Sumbul, "
        "Sitinjo, dan Tigalingga."
    )
    assert {"Kecamatan Sidikalang", "Kecamatan Sumbul", "Kecamatan Sitinjo", "Kecamatan Tigalingga"} <= names


def test_a_kei_village_by_its_own_word_is_a_place() -> None:
    """ "Ohoi X" (a village of the Kei islands) opens a place's name as "Desa" does."""
    assert "Ohoi Paropo" in places(
        "Warga Ohoi Paropo, Kecamatan Sumbul, bergotong royong membersihkan pantai."
    )


def test_a_district_named_after_sampai_in_a_span_of_districts_is_a_place() -> None:
    """``dari Tigalingga sampai Parbuluan``: the span's far end is a district too, as after "hingga"."""
    found = places('"Bantuan kami antar dari Tigalingga sampai Parbuluan," kata Bupati Dairi di Sidikalang.')
    assert {"Kecamatan Tigalingga", "Kecamatan Parbuluan"} <= found


def test_a_district_whose_words_are_both_common_is_a_place_in_a_list_of_districts() -> None:
    """``ke Kokop, Tanah Merah, hingga Galis``: "Tanah Merah" (two common words) is one of the
    listed districts of the regency, and so the list goes on to the last."""
    found = places(
        "Vaksinasi ternak Pemkab Bangkalan dimulai di Kecamatan Geger, lalu bergeser ke Kokop, Tanah "
        "Merah, hingga Galis bulan depan."
    )
    assert {"Kecamatan Tanah Merah", "Kecamatan Galis"} <= found


def test_districts_listed_after_one_are_districts_though_named_after_a_lake_or_tagged_a_body() -> None:
    """``di Kecamatan Jelutung, Danau Teluk dan Paal Merah``: the list's districts, not a lake named
    Teluk nor an organisation "Paal Merah" (the tagger's reading)."""
    found = named(
        "Air bersih disalurkan ke warga di Kecamatan Jelutung, Danau Teluk dan Paal Merah selama kemarau."
    )
    assert {"Kecamatan Danau Teluk", "Kecamatan Paal Merah"} <= found[EntityType.PLACE]
    assert "Paal Merah" not in found[EntityType.ORGANIZATION]


def test_a_district_named_by_a_common_word_in_a_list_of_districts_is_the_district() -> None:
    """``Kecamatan Salak, Kerajaan, dan Tinada`` and ``tiga kecamatan, yakni Salak, Kerajaan, dan
    Tinada`` in a story of Kabupaten Pakpak Bharat: "Kerajaan" (a word) is the district listed."""
    for listed in (
        "di Kecamatan Salak, Kerajaan, dan Tinada",
        "di tiga kecamatan, yakni Salak, Kerajaan, dan Tinada",
    ):
        text = f"SALAK – Dinas Pertanian Pakpak Bharat menyalurkan bibit kopi kepada petani {listed}."
        assert "Kecamatan Kerajaan" in places(text)


def test_a_weir_is_a_place() -> None:
    found = named(
        "Saluran sekunder Bendung Lae Renun selesai diperbaiki, kata Bupati Dairi Parlin Situmorang."
    )
    assert "Bendung Lae Renun" in found[EntityType.PLACE]
    assert "Bendung Lae Renun" not in found[EntityType.PERSON]


def test_countries_listed_beside_a_part_of_the_world_are_places() -> None:
    found = places("Pasar ekspor kopi Sidikalang kini Kanada, Eropa, dan Korea Selatan.")
    assert {"Kanada", "Eropa", "Korea Selatan"} <= found


def test_a_village_called_kampung_where_villages_are_kampung_is_the_village() -> None:
    found = named(
        "Panen jagung digelar di Kecamatan Trimurjo, Kabupaten Lampung Tengah. Bibit dibagikan kepada Ketua "
        "Kelompok Tani Maju Bersama Kampung Bumi Ratu, serta para penyuluh."
    )
    assert "Desa Bumi Ratu" in found[EntityType.PLACE]
    assert "Ratu" not in found[EntityType.PERSON]
    assert "Poktan Maju Bersama" in found[EntityType.ORGANIZATION]
    # not a village where villages are desa, nor a kind of programme
    assert not [
        p for p in places("Warga Kampung KB Sukamaju di Kota Malang bergotong royong.") if "Kampung" in p
    ]


def test_a_landmarks_head_word_alone_before_a_lower_case_word_is_no_place() -> None:
    assert not places("Karung beras bantuan ditumpuk di Meunasah gampong setempat.")
    assert "Meunasah Baiturrahman" in places("Karung beras bantuan ditumpuk di Meunasah Baiturrahman.")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Ratusan pegawai berkumpul di Lapangan Apel Kantor Bupati Dairi sejak pagi, Senin (5/6/2023).",
         "Lapangan Apel Kantor Bupati Dairi"),
        ("Rapat koordinasi inflasi berlangsung di Aula Rapat Utama Kantor Bupati Dairi, Kamis (9/11/2023).",
         "Aula Rapat Utama Kantor Bupati Dairi"),
    ],
)  # fmt: skip
def test_a_ground_or_hall_named_by_the_gathering_it_holds_goes_on_after_that_word(
    text: str, venue: str
) -> None:
    x = extract(Article("Judul", text, date="2023-06-05"))
    places = {e.name for e in x.entities if e.type == EntityType.PLACE}
    assert venue in places
    assert not {"Lapangan Apel", "Aula Rapat"} & places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bantuan jaring diserahkan di Tempat Pelelangan Ikan (TPI) Lumban, Desa Pintu Sona, kemarin.",
         {"TPI Lumban", "Tempat Pelelangan Ikan Lumban"}),
        ("Bupati menebar benih ikan di dekat Pangkalan Pendaratan Ikan Pangururan.",
         {"Pangkalan Pendaratan Ikan Pangururan"}),
    ],
)  # fmt: skip
def test_a_fish_auction_or_landing_place_is_a_place_by_its_head(text: str, names: set[str]) -> None:
    """``Tempat Pelelangan Ikan (TPI) X``, ``Pangkalan Pendaratan Ikan X``: the fishing harbours of the
    coast are places, named by their heads as a harbour or a terminal is."""
    x = extract(Article("Judul", text, date="2023-06-05"))
    [place] = [
        e for e in x.entities if e.type == EntityType.PLACE and e.name.split()[0] in {"TPI", "Pangkalan"}
    ]
    assert {place.name, *place.aliases} >= names


def test_a_village_kind_a_contest_is_for_is_no_place_even_in_brackets() -> None:
    """``Lomba Kampung Hijau dan Lestari (Lomba Kampung Asri)``: the words after the contest's noun
    name the kind of village it is for, though the tagger reads a place in them."""
    x = extract(
        Article(
            "Judul",
            "Bupati menyerahkan piala bagi juara Lomba Kampung Hijau dan Lestari (Lomba Kampung Asri) "
            "tingkat Kabupaten Samosir 2023.",
            date="2023-06-05",
        )
    )
    assert not any(e.name.startswith("Kampung") for e in x.entities if e.type == EntityType.PLACE)


def test_a_home_district_in_brackets_after_a_winner_is_where_the_winner_comes_from() -> None:
    """``Juara II Binsar Manurung (Onan Runggu)``: a district of the article's regency, bracketed after a
    person, is a place."""
    found = places(
        "PANGURURAN – Pemkab Samosir menggelar lomba tenun di Pangururan, Kabupaten Samosir. Kategori motif: "
        "Juara I Tumpal Sinaga, Juara II Binsar Manurung (Onan Runggu), Juara III Purnama Sinaga (Sitio-tio)."
    )
    assert "Kecamatan Onan Runggu" in found


def test_a_landmark_named_with_its_head_ends_before_the_heads_honorific() -> None:
    """``Imum Mukim X Tgk. H. Budi``: the settlement is "Mukim X", its head's honorifics and name are no
    part of it; a street named after a doctor keeps the honorific right after its head word."""
    found = places("Prosesi itu dipimpin Imum Mukim Simanindo Tgk. H. Binsar Manurung di Pangururan.")
    assert "Mukim Simanindo" in found, found
    assert not [p for p in found if "Binsar" in p], found
    assert "Jalan Dr. Sutomo" in places("Kantor itu berada di Jalan Dr. Sutomo, Pangururan.")


def test_a_home_district_after_a_word_for_its_people_or_parts_or_a_village_is_a_place() -> None:
    """``warga Palipi atau Nainggolan``, ``perairan Onan Runggu``, ``Desa Tomok (Simanindo)``: a district
    of the article's regency named bare after a word for an area's people or parts, after "atau" in a
    list of them, or in brackets after a village, is a place; a word that is no district stays none."""
    found = places(
        "PANGURURAN – Bupati Samosir meninjau Kabupaten Samosir, Kamis (10/7/2025). Juara I diraih Desa "
        "Tomok (Simanindo). Menurutnya, warga Palipi atau Nainggolan tak perlu lagi ke Pangururan. Nelayan "
        "di perairan Onan Runggu juga dibantu, kata warga Tumpal Sinaga."
    )
    assert {
        "Kecamatan Simanindo",
        "Kecamatan Palipi",
        "Kecamatan Nainggolan",
        "Kecamatan Onan Runggu",
    } <= found
    assert not any("Tumpal" in p for p in found)


def test_an_office_named_by_a_city_whose_name_holds_a_stop_word_keeps_the_city() -> None:
    """``di Ruang Pola Kantor Wali Kota Jakarta Barat``: "Jakarta", a stop word elsewhere, is a word of
    the city the office is named by, and the city is the office's own, not a province cut off after it."""
    found = places("Rapat evaluasi digelar di Ruang Pola Kantor Wali Kota Jakarta Barat, Selasa (8/6/2021).")
    assert {"Ruang Pola Kantor Wali Kota Jakarta Barat", "Kantor Wali Kota Jakarta Barat"} <= found
    assert "Kantor Wali Kota" not in found


def test_a_facility_visited_is_the_facility_as_a_place() -> None:
    """ "meninjau Posyandu Hariara di Desa Tomok", "mengunjungi Puskesmas Simanindo": what an official visits
    is a site as well as a body."""
    assert "Posyandu Hariara" in places(
        "Wakil Bupati Samosir meninjau Posyandu Hariara di Desa Tomok, Kecamatan Simanindo, Kamis (21/7/2022)."
    )
    assert "Puskesmas Simanindo" in places("Bupati Samosir mengunjungi Puskesmas Simanindo pagi tadi.")


def test_a_neighbourhoods_hall_is_named_by_its_number_and_village() -> None:
    """ "di Balai RW 09 Kelurahan Tomok", "di Aula RW 11 Kelurahan Tomok": the hall of a neighbourhood is a
    venue named by the RW's number (not an address ending the name), also written without the village."""
    found = places("Kegiatan digelar di Balai RW 09 Kelurahan Tomok, Senin (5/7/2021).")
    assert "Balai RW 09 Kelurahan Tomok" in found
    x = extract(
        Article(
            "Judul",
            "Vaksinasi lansia digelar di Aula RW 11 Kelurahan Tomok, Senin (5/7/2021).",
            date="2021-07-06",
        )
    )
    hall = next(e for e in x.entities if e.type is EntityType.PLACE and e.name.startswith("Aula RW 11"))
    assert "Aula RW 11" in {hall.name, *hall.aliases}


def test_a_javanese_river_is_a_place_but_times_in_a_headline_is_none() -> None:
    """ "terutama Kali Tomok dan Kali Simanindo": rivers by Java's word, with no locative cue; "Pertama
    Kali Digelar" (the word "times" before a common word, in a headline's capitals) is no river."""
    assert {"Kali Tomok", "Kali Simanindo"} <= places(
        "Sampah datang dari sungai yang bermuara ke danau, terutama Kali Tomok dan Kali Simanindo."
    )
    assert not {
        p for p in places("Pertama Kali Digelar, Festival Ulos Ramai. Warga datang.") if p.startswith("Kali")
    }


def test_a_thematic_kampung_placed_by_what_follows_it_is_a_place_and_no_person() -> None:
    """ "ditempati Kampung Ulos Tomok RW 03 Kelurahan Tuktuk", "menetapkan Kampung Gondang Tomok di Kelurahan
    Tuktuk", "jatuh kepada Kampung Sigale Tomok (Simanindo)": a settlement's name with no locative cue is a
    place when a neighbourhood's number, a village after "di" or a district in brackets follows it; and a
    winner so named is no person."""
    found = places(
        "Posisi kedua ditempati Kampung Ulos Tomok RW 03 Kelurahan Tuktuk, Kecamatan Simanindo. Juri menetapkan "
        "Kampung Gondang Tomok di Kelurahan Tuktuk sebagai juara I. Juara harapan jatuh kepada Kampung Sigale "
        "Tomok (Simanindo)."
    )
    assert {"Kampung Ulos Tomok", "Kampung Gondang Tomok", "Kampung Sigale Tomok"} <= found
    x = extract(
        Article("Judul", "Juara harapan jatuh kepada Kampung Sigale Tomok (Simanindo).", date="2024-01-01")
    )
    assert not [e.name for e in x.entities if e.type is EntityType.PERSON]
    assert "Warga" not in " ".join(places("Warga Kampung Baru bergotong royong."))


def test_a_one_word_town_listed_after_regions_is_a_place_though_the_tagger_reads_a_person() -> None:
    """ "dari Kota Medan, Kabupaten Toba, dan Samosir": the last of a list of regions is the regency,
    though the tagger reads its one word as a person's name."""
    assert "Kabupaten Samosir" in places("Wisatawan datang dari Kota Medan, Kabupaten Toba, dan Samosir.")


def test_a_provinces_bare_name_in_a_story_of_its_same_named_city_is_the_city() -> None:
    """ "Anak-anak Gorontalo" in a story that names Kota Gorontalo and never the province: the city the
    bare name is also the name of, not Provinsi Gorontalo."""
    found = places(
        "Pemerintah Kota Gorontalo menggelar lomba mewarnai bagi siswa sekolah dasar di Kota Gorontalo."
        " Anak-anak Gorontalo antusias mengikuti lomba itu."
    )
    assert "Kota Gorontalo" in found and "Gorontalo" not in found, found


def test_jogja_is_the_city_of_yogyakarta() -> None:
    """ "Jogja", as common as the official name, is Kota Yogyakarta (not a village of that name)."""
    assert gazetteer.lookup("Jogja")[0].name == "Kota Yogyakarta"


def test_an_island_regency_by_its_short_name_after_kepulauan_is_that_regency() -> None:
    """ "DPRD Kabupaten Kepulauan Sitaro": the everyday name of Kabupaten Kepulauan Siau Tagulandang Biaro
    with the word its official name opens with; the body is that regency's, and its vice-chair's
    membership is read (none was: the region unknown, the title's body and holder were lost)."""
    assert gazetteer.lookup("Kepulauan Sitaro")[0].name == "Kabupaten Kepulauan Siau Tagulandang Biaro"
    x = extract(
        Article(
            title="Judul",
            text="Turut hadir Wakil Ketua DPRD Kabupaten Kepulauan Sitaro Binsar Manurung dan para camat.",
            date="2021-06-12",
        )
    )
    assert [(m.person.name, m.organization.name if m.organization else None) for m in x.memberships] == [
        ("Binsar Manurung", "Dewan Perwakilan Rakyat Daerah Kabupaten Kepulauan Siau Tagulandang Biaro")
    ]


def test_a_tourist_village_after_the_rank_it_won_is_the_village() -> None:
    """ "Juara I diraih Desa Wisata Tomok, Juara II Desa Wisata Ambarita": the village after a rank
    (capitalised, as a name's word before "Desa Wisata" is) is the place, as the first is."""
    found = places(
        "Dinas Pariwisata Kabupaten Samosir mengumumkan pemenang Lomba Desa Wisata 2024. Juara I diraih Desa"
        " Wisata Tomok, Juara II Desa Wisata Ambarita, dan Juara Harapan I Desa Wisata Tuktuk Siadong."
    )
    assert {"Desa Tomok", "Desa Ambarita", "Kelurahan Tuktuk Siadong"} <= found, found  # (the list's level)


def test_a_village_heads_title_before_a_village_the_list_lacks_reads_no_village_kampung() -> None:
    """ "Reje Kampung Zorbatinggi, Budi" in a story of Aceh Tengah, the village not in the list: the word
    "Kampung" is no village (Gunungkidul has a desa of that name), so no "Desa Kampung" and no body
    "Pemerintah Kampung Kampung"."""
    x = extract(
        Article(
            title="Judul",
            text="Reje Kampung Zorbatinggi, Binsar Manurung, hadir di Takengon, Kabupaten Aceh Tengah.",
            date="2024-05-01",
        )
    )
    found = {e.name for e in x.entities}
    assert not found & {"Desa Kampung", "Pemerintah Kampung Kampung"}, found


def test_a_village_of_sangihe_written_kampung_is_the_village() -> None:
    """ "Kampung Lenganeng" in a story of Kabupaten Kepulauan Sangihe, whose villages are kampung: the
    village (Desa Lenganeng of the list), as "Kampung X" is in Papua's regencies."""
    found = places(
        "BPBD Kabupaten Kepulauan Sangihe menggelar simulasi evakuasi bersama warga Kampung Lenganeng, Rabu"
        " (9/6/2021)."
    )
    assert "Desa Lenganeng" in found, found


def test_a_room_named_after_a_body_keeps_the_bodys_name_past_its_comma() -> None:
    """ "di Aula Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Samosir": the hall is named after the
    whole body, whose name goes on past a comma."""
    found = places(
        "Sosialisasi digelar di Aula Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Samosir, Selasa (14/3/2023)."
    )
    assert not [p for p in found if p.endswith("Dinas Pendidikan")], found
    assert any(p.startswith("Aula Dinas Pendidikan, Pemuda dan Olahraga") for p in found), found
