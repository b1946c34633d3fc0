"""The decisions that keep junk out of the graph, on text written for the test (not from any gold file)."""

from __future__ import annotations

import pytest

from kg.extract.base import extract
from kg.extract.context import Context
from kg.extract.decide import Decision, decide, generic_organisation, not_a_person
from kg.extract.variants import abbreviation_spelled
from kg.ner import NerSpan
from kg.records import Article, Entity, EntityType


def _names(text: str, kind: EntityType, title: str = "Berita") -> set[str]:
    return {e.name for e in extract(Article(title, text)).entities if e.type is kind}


@pytest.mark.parametrize(
    "name",
    [
        "Kepolisian Resor",
        "Unit Kerja",
        "Organisasi Perangkat Daerah",
        "Pemerintah Daerah",
        "Perusahaan BUMN",
        # (the planning forum every region holds after its Musrenbang, a gathering)
        "Forum Perangkat Daerah",
    ],
)
def test_a_type_of_body_is_no_organisation(name: str) -> None:
    assert generic_organisation(name) is not None


@pytest.mark.parametrize(
    "name",
    [
        "Kementerian Kesehatan",
        "Kepolisian Resor Kota Malang",
        "Badan Pusat Statistik",
        "Forum Anak Kabupaten Samosir",
    ],
)
def test_one_body_is_an_organisation(name: str) -> None:
    assert generic_organisation(name) is None


def test_a_list_of_ministries_is_several_organisations() -> None:
    names = _names(
        "Menurut dia, Kementerian Transmigrasi, Kementerian Kebudayaan dan Kementerian Pariwisata perlu dievaluasi.",
        EntityType.ORGANIZATION,
    )
    assert not any("," in n for n in names), names
    assert "Kementerian Transmigrasi" in names


def test_an_abbreviation_keeps_the_last_word_of_the_name_it_spells() -> None:
    names = _names(
        'Ketua Umum Ikatan Keluarga Mandailing (IKM) Budi Hartono mengatakan hal itu. "Kami siap," ujarnya.',
        EntityType.ORGANIZATION,
    )
    assert "Ikatan Keluarga Mandailing" in names, names


def test_a_brand_after_mobil_is_no_person() -> None:
    names = _names(
        "Sebagian menteri masih memakai mobil sedan Toyota Crown. Menteri itu tiba pukul 09.00 WIB.",
        EntityType.PERSON,
    )
    assert not any("Toyota" in n for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 25 ribu bibit apel varietas Manalagi, Anna, dan Rome Beauty disiapkan bagi petani di Samosir.",
        "Sebanyak 25 ribu bibit mangga varietas Arumanis, Gadung, dan Golek disiapkan bagi petani di Samosir.",
    ],
)
def test_the_varieties_of_a_crop_listed_are_no_nodes(text: str) -> None:
    # the first item follows "varietas"; the items after it in the list are varieties too
    x = extract(Article("Berita", text))
    assert {e.name for e in x.entities if e.type is not EntityType.ROLE} <= {"Kabupaten Samosir"}


def test_a_maluku_village_after_its_rulers_title_is_no_person() -> None:
    # the tagger reads "Negeri Waisopo" after "Raja" as a person: "Negeri" opens a village's name there
    text = "Raja Negeri Waisopo, Tumpal Sinaga, yang hadir mewakili para penerima, menyampaikan terima kasih."
    assert _names(text, EntityType.PERSON) == {"Tumpal Sinaga"}


def test_a_winner_named_with_the_school_she_comes_from_is_a_person() -> None:
    # the tagger reads the name as a body; after "jatuh kepada" and before "dari SMK ..." it is a winner
    text = (
        "Di kategori pelajar, gelar terbaik jatuh kepada Nadia Putri Simbolon dari SMK Negeri 1 Pangururan. "
        "Penghargaan grup jatuh kepada Grup Gondang Mudho dari SMA Negeri 2 Pangururan."
    )
    assert "Nadia Putri Simbolon" in _names(text, EntityType.PERSON)
    assert "Grup Gondang Mudho" not in _names(text, EntityType.PERSON)


def test_a_place_after_kecamatan_is_no_person() -> None:
    names = _names(
        "Pasar murah digelar di lapangan Kecamatan Sukamaju Indah dan halaman kantor camat.",
        EntityType.PERSON,
    )
    assert not any("Sukamaju" in n for n in names), names


def test_an_unnamed_parent_government_is_no_node() -> None:
    names = _names(
        "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Malang Budi Hartono meninjau jalan rusak.",
        EntityType.ORGANIZATION,
    )
    assert any(n.startswith("Dinas Pekerjaan Umum") for n in names), names
    assert "Pemerintah Kabupaten Malang" not in names


def test_statistical_mentions_carry_a_confidence() -> None:
    extraction = extract(
        Article("Berita", 'Warga bernama Sutrisno Wibowo hadir. "Kami senang," kata Sutrisno Wibowo.')
    )
    confidences = [m.confidence for e in extraction.entities for m in e.mentions if m.extractor == "ner"]
    assert confidences and all(c is not None and 0.5 <= c <= 1.0 for c in confidences)


def test_an_event_in_a_room_named_for_sessions_is_the_meeting_before_it() -> None:
    events = extract(
        Article(
            "Berita",
            "Keputusan itu diresmikan dalam Rapat Paripurna yang digelar di ruang sidang DPRD Gianyar, Senin (20/10/2025).",
        )
    ).events
    assert [e.name for e in events] == ["Rapat Paripurna"]


def test_hari_ini_is_the_day_of_the_dateline_before_it() -> None:
    events = extract(
        Article(
            "Berita",
            '"Ekonomi tumbuh," kata Budi Hartono, Selasa (21/10/2025). Hal itu ia katakan dalam acara '
            "Focus Group Discussion Sosialisasi Sensus Pertanian di Klaten, hari ini.",
            date="2025-10-22",
        )
    ).events
    assert [(e.date, e.name.split()[0]) for e in events] == [("2025-10-21", "Focus")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sesuai Keputusan Gubernur Jawa Timur Nomor 100.3.3.1/845/013/2025 tentang Pembebasan Pajak Daerah.",
            "Keputusan Gubernur Jawa Timur Nomor 100.3.3.1/845/013/2025",
        ),
        (
            "Hal ini diatur dalam PMK 121 tahun 2024 tentang Standar Barang.",
            "Peraturan Menteri Keuangan Nomor 121 Tahun 2024",
        ),
        (
            "Wali Kota menerbitkan Surat Edaran Wali Kota Kediri Nomor 27 Tahun 2025 tentang Penertiban Reklame.",
            "Surat Edaran Wali Kota Kediri Nomor 27 Tahun 2025",
        ),
        (
            "Hal itu selaras dengan Peraturan Kemenpan RB RI Nomor 17 tahun 2019 tentang Pengisian Jabatan.",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 17 Tahun 2019",
        ),
        (
            "Aturan itu tertuang dalam Peraturan OJK Nomor 22 Tahun 2023 tentang Pelindungan Konsumen.",
            "Peraturan Otoritas Jasa Keuangan Nomor 22 Tahun 2023",
        ),
        (
            "Pemkot menetapkan Peraturan Wali (Perwali) Kota Makassar Nomor 24 Tahun 2025 tentang Tata Cara.",
            "Peraturan Wali Kota Makassar Nomor 24 Tahun 2025",
        ),
    ],
)
def test_regulations_of_any_issuer_and_numbering(text: str, name: str) -> None:
    assert name in _names(text, EntityType.LEGISLATION)


def test_a_fiscal_category_is_no_programme() -> None:
    names = _names(
        "Program ini menjaga stabilitas penerimaan Pendapatan Asli Daerah (PAD) tahun ini.",
        EntityType.PROGRAM,
    )
    assert "Pendapatan Asli Daerah" not in names


def test_a_portfolio_after_a_position_belongs_to_the_role() -> None:
    [m] = extract(
        Article(
            "Berita", "Kasi Intel Kejaksaan Negeri Kota Malang Budi Hartono mengatakan berkas sudah lengkap."
        )
    ).memberships
    assert (m.role.name, m.organization.name) == ("Kepala Seksi Intelijen", "Kejaksaan Negeri Kota Malang")
    assert "Kasi Intel" in m.role.aliases


def test_a_minister_of_a_long_portfolio_in_a_numbered_list() -> None:
    memberships = extract(
        Article(
            "Berita",
            "Daftarnya: 1. Menteri Desa dan Pembangunan Daerah Tertinggal Budi Hartono2. Menteri HAM Sri Wahyuni3. Lainnya.",
        )
    ).memberships
    assert {(m.person.name, m.role.name) for m in memberships} == {
        ("Budi Hartono", "Menteri Desa dan Pembangunan Daerah Tertinggal"),
        ("Sri Wahyuni", "Menteri HAM"),
    }


def test_a_rank_makes_a_person_without_an_office() -> None:
    people = {
        (e.name, e.honorific_prefix)
        for e in extract(
            Article(
                "Berita",
                "Peserta seleksi adalah Kombes I Made Gede Suarjana dan Brigjen K. Bima Surya Pratama.",
            )
        ).entities
        if e.type is EntityType.PERSON
    }
    assert people == {("I Made Gede Suarjana", ("Kombes",)), ("K. Bima Surya Pratama", ("Brigjen",))}


def test_a_street_named_for_an_officer_is_no_person() -> None:
    assert not _names("Kendaraan bisa berbelok di Jalan Kapten Rahmat Lubis.", EntityType.PERSON)


def test_the_start_of_a_full_name_is_the_same_person() -> None:
    names = _names(
        "Kapolres AKBP Hendra Adi Saputra hadir. Kegiatan ini wujud sinergi, pungkas AKBP Hendra Adi.",
        EntityType.PERSON,
    )
    assert names == {"Hendra Adi Saputra"}


def test_a_video_teaser_title_is_no_quotation() -> None:
    quotes = extract(
        Article(
            "Berita",
            '"Harga pangan stabil," kata Budi Hartono.\n\nTonton juga video "Warga Serbu Pasar Sembako Murah" di sini:\n',
        )
    ).quotes
    assert [q.speaker.name for q in quotes] == ["Budi Hartono"]


def test_a_car_model_is_no_speaker() -> None:
    x = extract(
        Article(
            "Berita",
            'Mobil Mitsubishi Pajero itu viral. "Nggak usah kayak gitu," ujar pengemudi Pajero dalam video.',
        )
    )
    assert not [e for e in x.entities if e.type is EntityType.PERSON]


def test_deputy_minister_and_a_directorate_general_in_its_ministry() -> None:
    memberships = extract(
        Article(
            "Berita",
            "Acara dihadiri Wakil Menteri Desa dan Pembangunan Daerah Tertinggal Budi Hartono, Direktur "
            "Jenderal Bina Pemerintahan Desa pada Kementerian Dalam Negeri La Ode Sri Wahyuni, dan warga.",
        )
    ).memberships
    assert {(m.person.name, m.role.name, m.organization.name) for m in memberships} == {
        (
            "Budi Hartono",
            "Wakil Menteri Desa dan Pembangunan Daerah Tertinggal",
            "Kementerian Desa dan Pembangunan Daerah Tertinggal",
        ),
        ("La Ode Sri Wahyuni", "Direktur Jenderal Bina Pemerintahan Desa", "Kementerian Dalam Negeri"),
    }


def test_a_national_title_followed_by_its_body() -> None:
    [m] = extract(
        Article("Berita", "Jamintel Kejaksaan Agung, Budi Hartono, menghadiri acara itu.")
    ).memberships
    assert (m.person.name, m.role.name, m.organization.name) == (
        "Budi Hartono",
        "Jaksa Agung Muda Intelijen",
        "Kejaksaan Agung",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pemprov akan memperkuat kerja sama dengan Balai Karantina Hewan wilayah setempat.",
        "Kabar itu disampaikan Dinas PU di Instagramnya dikutip, Sabtu (18/10/2025).",
        "Momen hangat itu terjadi di SMPN 7 Banjarbaru kemarin.",
    ],
)
def test_institutions_and_fragments_are_no_places(text: str) -> None:
    names = _names(text, EntityType.PLACE)
    assert not any(n.startswith(("Balai Karantina", "Instagram", "SMPN")) and " " not in n[5:] for n in names)
    assert (
        "Instagramnya dikutip" not in names and "Balai Karantina Hewan" not in names and "SMPN" not in names
    )


def test_one_name_for_a_national_body_and_a_regional_prosecutor() -> None:
    names = _names(
        "Anggota Dewan Perwakilan Rakyat Republik Indonesia hadir. Kejaksaan Tinggi Provinsi Bengkulu memeriksa.",
        EntityType.ORGANIZATION,
    )
    assert {"Dewan Perwakilan Rakyat", "Kejaksaan Tinggi Bengkulu"} <= names, names


@pytest.mark.parametrize(
    "text",
    [
        "Warga menikmati Car Free Day di Jalan Ijen setiap pekan.",
        'Perkara ini diadukan warga. "Kami menunggu putusan," kata warga.',
        "Ia berbicara di Kantor Direktorat Jenderal Pajak, Jakarta.",
    ],
)
def test_english_phrases_noun_phrases_and_directorates_are_no_persons(text: str) -> None:
    assert not _names(text, EntityType.PERSON)


def test_a_title_glued_to_the_name_before_it_is_split() -> None:
    names = _names(
        "Hadir Kepala Dinas Pendidikan Kota Malang Budi HartonoSekretaris Daerah Kota Malang Sri Wahyuni.",
        EntityType.PERSON,
    )
    assert {"Budi Hartono", "Sri Wahyuni"} <= names, names


def test_acronyms_of_things_and_short_province_names_in_commands() -> None:
    orgs = _names(
        "Bantuan BLT dan DPO dibahas bersama Kepolisian Daerah Sulut dan warga.", EntityType.ORGANIZATION
    )
    assert not orgs & {"BLT", "DPO"}, orgs
    assert "Kepolisian Daerah Sulawesi Utara" in orgs, orgs


def test_schemes_defined_either_way_round_are_programmes_and_companies_are_not() -> None:
    names = _names(
        "Pemda menjamin JKK (Jaminan Kecelakaan Kerja) bagi pekerja. Kelima, pembangunan Hunian Tetap "
        "(Huntap) bagi korban. Proyek digarap PT Waskita Karya (WSKT) dengan anggaran daerah.",
        EntityType.PROGRAM,
    )
    assert {"Jaminan Kecelakaan Kerja", "Hunian Tetap"} <= names, names
    assert "PT Waskita Karya" not in names


def test_a_partys_fraction_and_a_street_named_for_a_body() -> None:
    names = _names(
        "Hadir Ketua Fraksi Gerindra DPRD Kabupaten Tanah Datar Budi Hartono. Trotoar di Jalan Pengadilan Pematangsiantar ditutup.",
        EntityType.ORGANIZATION,
    )
    assert "Fraksi Gerindra Dewan Perwakilan Rakyat Daerah Kabupaten Tanah Datar" in names, names
    assert not any(n.startswith(("Partai", "Pengadilan")) for n in names), names


def test_a_month_inside_a_name_but_not_a_date_after_one() -> None:
    names = _names(
        "Menteri Kehutanan Bagus Juli Pratama hadir bersama Budi Santoso Juni 2025 lalu.", EntityType.PERSON
    )
    assert {"Bagus Juli Pratama", "Budi Santoso"} <= names, names


def _decision(
    text: str,
    span: str,
    label: str,
    confidence: float = 0.9,
    *,
    last: bool = False,
    persons: tuple[str, ...] = (),
) -> Decision:
    """The decision on the tagger span ``span`` (its first occurrence in ``text``, or its ``last``),
    in an article whose rules already found ``persons``."""
    ctx = Context(Article("Berita", text))
    for name in persons:
        start = text.index(name)
        ctx.add(EntityType.PERSON, name, start, start + len(name), "titles")
    start = text.rindex(span) if last else text.index(span)
    return decide(ctx, NerSpan(start, start + len(span), label, span, confidence))


def _decide(text: str, span: str, label: str, confidence: float = 0.9) -> tuple[bool, tuple[str, ...]]:
    decision = _decision(text, span, label, confidence)
    return decision.accepted, decision.reasons


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        # two words run together where the page lost a line break
        (
            "Pelayanan premium - PendirianImmigration Lounge sebagai simbol.",
            "PendirianImmigration Lounge",
            "PER",
        ),
        ("Ia bilang KemudianGolden Visa adalah kebijakan.", "KemudianGolden Visa", "ORG"),
        # a capitalised common word opening a sentence, not a first name
        ("Ia menulis laporan itu. Laporan Suci terkait tindak pidana.", "Laporan Suci", "PER"),
        # an office, in Indonesian or English
        ("Koordinator Gabdem, Guntur Harahap, menyebut laporan itu.", "Koordinator Gabdem", "PER"),
        (
            "Corporate Communications Director Danone Indonesia, Arif, berterima kasih.",
            "Corporate Communications Director Danone Indonesia",
            "ORG",
        ),
        # a regulation
        ("Saat ini RUU Kepariwisataan sudah mencapai tahap finalisasi.", "RUU Kepariwisataan", "ORG"),
        ("Sebab, UU Kepariwisataan menjadi salah satu jalan.", "UU Kepariwisataan", "PER"),
        # the end of an institution's or a venue's name the rules did not read
        (
            "Laporan masuk ke Kantor Pelayanan Pajak (KPP) Pratama Tigaraksa kemarin.",
            "Pratama Tigaraksa",
            "PER",
        ),
        (
            "Kementerian akan menyelenggarakan Anugerah Kebudayaan Indonesia tahun ini.",
            "Anugerah Kebudayaan Indonesia",
            "ORG",
        ),
        ("Anti-kekerasan adalah prinsip inti dari acara No Kings, kata kelompok itu.", "No Kings", "PER"),
        ("Ia berbicara dalam acara Jakarta Business Forum 2025 di Jakarta.", "Jakarta Business Forum", "ORG"),
        ("Mobilisasi bantuan dilakukan dari Depo Tanjung Morawa, Medan.", "Depo Tanjung Morawa", "PER"),
        ("Kasus itu terkait ijazah dan SKCK yang melawan hukum.", "SKCK", "ORG"),
        ('"Hasil geledah (disita) uang, catatan, BBE (barang bukti elektronik)," tambahnya.', "BBE", "ORG"),
        ("Ia ditahan bersama lima orang lainnya yakni A, AP, AM alias KA, ACM, dan MR.", "ACM", "ORG"),
        (
            "Shopee meluncurkan Buku Antisipasi Modus Penipuan bagi pengguna.",
            "Buku Antisipasi Modus Penipuan",
            "ORG",
        ),
        (
            "Kedua Arif beliau sebagai Pejabat Pengadaan, ketiga Hendri selaku PPK, yang lain saksi.",
            "PPK",
            "ORG",
        ),
        ("Dolar AS menguat terhadap mata uang CHF Swiss sebesar 0,09% pagi ini.", "CHF Swiss", "ORG"),
        ("Per 31 Agustus 2025, menurut Tempo, sedikitnya tujuh orang tewas.", "Tempo", "PER"),
        ("Polisi memeriksa mahasiswa TAS di kampus. Beberapa saat kemudian, TAS melompat.", "TAS", "ORG"),
        (
            "Mulai dari Ditjen Bimas Islam, Ditjen Bimas Kristen, Katolik, Hindu, Buddha, hingga pusat.",
            "Hindu",
            "LOC",
        ),
        ("Sekolah itu di Kawasan Taman Nasional Komodo, Labuan Bajo, Manggarai Barat.", "Labuan Bajo", "PER"),
        ("Ia dinyatakan telah DIBERHENTIKAN SECARA TIDAK HORMAT dari jabatannya.", "HORMAT", "ORG"),
        ("Ia dilaporkan berdasarkan Pasal 27 jo Pasal 45 UU ITE kemarin.", "ITE", "ORG"),
        (
            "Perluas akses produk ke pasar global pada TEI 2025, Danone menandatangani kerja sama.",
            "TEI",
            "ORG",
        ),
        ("Lima, RUU tentang Perampasan Aset terkait dengan tindak pidana.", "RUU", "ORG"),
        ("Pendaftaran bisa lewat ponsel, PC, atau laptop di rumah.", "PC", "ORG"),
        ("Pengawasan baja impor HS Code 7308 diperketat.", "HS Code", "PER"),
        ("Ia meninjau Sales Area Retail Sumbagut kemarin.", "Retail Sumbagut", "PER"),
        (
            "Tak ada pembicaraan antara Persikota dan Bhayangkara soal transfer itu.",
            "Persikota dan Bhayangkara",
            "ORG",
        ),
        ('"Saya senang," katanya, dilansir dari media Tashkent Kuni.', "Tashkent Kuni", "PER"),
        (
            "Jumlah tersebut naik, dilansir dalam Saudi Gazette (18/10/2025), sejak pekan lalu.",
            "Saudi Gazette",
            "PER",
        ),
        ("Kenborn memerinci keempat pelaku adalah DS, ARH, ZF dan MA. Mereka ditahan.", "ARH", "ORG"),
        ("Ia bercerita di studio Brownis, Trans TV, Jakarta Selatan, kemarin.", "Trans TV", "PER"),
        (
            "Rupiah melemah pagi ini. Dilansir dari Bloomberg, Senin (7/5/2025), rupiah turun.",
            "Bloomberg",
            "LOC",
        ),
        (
            '"Temuan kami penting," kata Smith sebagaimana dikutip dari Space Daily, Rabu.',
            "Space Daily",
            "ORG",
        ),
    ],
)
def test_a_tagger_span_that_is_no_name_makes_no_node(text: str, span: str, label: str) -> None:
    accepted, reasons = _decide(text, span, label)
    assert not accepted, reasons


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Ketua: I Made SatriaBendahara: I Wayan", "Made SatriaBendahara", "PER"),  # the tokenizer splits it
        ("Penumpang TransJakarta bertambah.", "TransJakarta", "LOC"),  # one word: a brand
        ("Pengamat Pasar Keuangan Ariston Tjendra mengatakan rupiah melemah.", "Ariston Tjendra", "PER"),
        ("Suci Anggraini (30) mengaku menjadi korban.", "Suci Anggraini", "PER"),
        (
            "Riset itu dibuat Lembaga Kajian Hukum dan Kebijakan bersama kampus.",
            "Lembaga Kajian Hukum dan Kebijakan",
            "ORG",
        ),
    ],
)
def test_a_name_next_to_those_cues_is_still_a_name(text: str, span: str, label: str) -> None:
    accepted, reasons = _decide(text, span, label)
    assert accepted, reasons


@pytest.mark.parametrize(
    ("text", "span", "accepted"),
    [
        ("Kota benteng itu kaya akan arsitektur Gotika dari abad ke-16.", "Gotika", False),
        ("Warga menolak rencana itu. Kemudian Sarwono menemui mereka di balai desa.", "Sarwono", False),
        ('"Semua sudah siap," kata Sarwono di balai desa.', "Sarwono", True),
        ("Polisi menangkap Sukijan alias Gondrong di rumahnya.", "Gondrong", True),
        ("Mereka adalah Sarwono (SW) dan Hadi Prakoso (HP).", "Sarwono", True),
        ("Sarwono menolak. Sarwono lalu pergi ke kantor desa.", "Sarwono", True),
    ],
)
def test_a_lone_word_is_a_person_only_with_something_that_marks_a_name(
    text: str, span: str, accepted: bool
) -> None:
    decision = _decision(text, span, "PER", 0.65)
    assert decision.accepted is accepted, decision.reasons


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Pemerintah terus menekan Diabetes Melitus dan Hipertensi, melalui Prolanis.", "Hipertensi"),
        ("Ia berdiskusi di Reddit dan Discord setiap hari.", "Discord"),
    ],
)
def test_a_lone_word_the_gazetteer_does_not_know_is_no_place(text: str, span: str) -> None:
    accepted, reasons = _decide(text, span, "LOC", 0.75)
    assert not accepted, reasons


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Timnas akan bertanding melawan Uruguay pekan depan.", "Uruguay"),  # a country (world-countries.tsv)
        ("Harga minyak di Eropa naik lagi.", "Eropa"),  # a world region
        ("Rapat digelar di ruang rapat Cendana, Senopati, Jakarta Selatan, Rabu.", "Senopati"),
        ("Kota itu punya dua sungai besar yaitu sungai Ciliwung dan Cisadane.", "Ciliwung"),
    ],
)
def test_a_lone_word_with_a_place_cue_is_a_place(text: str, span: str) -> None:
    accepted, reasons = _decide(text, span, "LOC", 0.75)
    assert accepted, reasons


def test_a_name_the_tagger_calls_an_organisation_after_a_title_is_a_person() -> None:
    text = "Namun, Direktur Eksekutif LIPSI, Bhima Yudhistira Adhinegara menilai skema itu keliru."
    assert _decision(text, "Bhima Yudhistira Adhinegara", "ORG", 0.84).label == "PER"


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        (
            "Dalam studi berjudul Human Capital Accumulation and Disasters, peneliti menulis.",
            "Human Capital Accumulation",
            "PER",
        ),
        ("Perusahaan memakai teknologi Liquid Cooling di pusat data.", "Liquid Cooling", "PER"),
        ("Dokumen bernama Climate Risk Assessment memodelkan dampak itu.", "Climate Risk Assessment", "ORG"),
    ],
)
def test_two_common_english_words_are_a_title_not_a_name(text: str, span: str, label: str) -> None:
    accepted, reasons = _decide(text, span, label)
    assert not accepted, reasons


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Ia bertemu Bill Adams, kepala ekonom, kemarin.", "Bill Adams", "PER"),  # names that are also words
        (
            "Ia bertemu pengurus Colonial Collections Committee kemarin.",
            "Colonial Collections Committee",
            "ORG",
        ),
    ],
)
def test_english_names_and_bodies_stay(text: str, span: str, label: str) -> None:
    accepted, reasons = _decide(text, span, label)
    assert accepted, reasons


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Saksi Dedi Hermanto (DH) diperiksa. Kemarin DH menyebut uang itu dari kontraktor.", "DH"),
        ("Polisi menetapkan tersangka berinisial RMP. Penyidik menyebut RMP bersama tiga orang lain.", "RMP"),
        ("Saham perbankan seperti BBCA (+5,00%) dan BBRI (+5,14%) menguat.", "BBRI"),
    ],
)
def test_initials_and_tickers_are_no_organisation(text: str, span: str) -> None:
    persons = ("Dedi Hermanto",) if "Dedi Hermanto" in text else ()  # whose initials the article defines
    decision = _decision(text, span, "ORG", last=True, persons=persons)
    assert not decision.accepted, decision.reasons


def test_an_acronym_in_a_list_of_bodies_is_still_an_organisation() -> None:
    accepted, reasons = _decide("Hadir pula mahasiswa dari HMI, PMII dan IMM di lokasi.", "PMII", "ORG")
    assert accepted, reasons


def test_a_country_or_world_region_is_no_person() -> None:
    accepted, reasons = _decide("Ekspor ke Uni Eropa naik 11 persen tahun ini.", "Uni Eropa", "PER")
    assert not accepted, reasons


def test_words_glued_at_a_full_stop_are_no_name() -> None:
    text = "Energi harus berdaulat.\nAnnisa Nuril Deanty.Mahasiswa Magister Hukum Kenegaraan menulis ini."
    accepted, reasons = _decide(text, "Annisa Nuril Deanty.Mahasiswa Magister Hukum Kenegaraan", "ORG")
    assert not accepted and "line break" in reasons[0]


def test_a_bare_peraturan_needs_an_issuer_the_lexicon_knows() -> None:
    x = extract(Article("t", "Peraturan Nomor 3 Tahun 2020 itu juga berlaku bagi warga.", url="http://x/1"))
    assert not [e for e in x.entities if e.type is EntityType.LEGISLATION]


def test_an_agencys_regulation_is_passed_by_the_agency() -> None:
    x = extract(
        Article("t", "Aturan itu tertuang dalam Peraturan OJK Nomor 22 Tahun 2023.", url="http://x/1")
    )
    [law] = [e for e in x.entities if e.type is EntityType.LEGISLATION]
    assert law.passed_by is not None and law.passed_by.name == "Otoritas Jasa Keuangan"


@pytest.mark.parametrize(
    "text",
    [
        "Aturan itu tertuang dalam Keputusan KPU RI Nomor 512 Tahun 2024 tentang Jadwal Tahapan.",
        "Ketua KPU Budi Hartanto mengatakan KPU membatalkan Keputusan KPU Nomor 512 Tahun 2024.",
    ],
)
def test_a_national_agencys_decree_is_its_legislation(text: str) -> None:
    x = extract(Article("t", text, url="http://x/1"))
    [law] = [e for e in x.entities if e.type is EntityType.LEGISLATION]
    assert law.name == "Keputusan Komisi Pemilihan Umum Republik Indonesia Nomor 512 Tahun 2024"
    assert law.passed_by is not None and law.passed_by.name == "Komisi Pemilihan Umum Republik Indonesia"


def test_a_decree_of_a_body_the_lexicon_does_not_know_is_no_legislation() -> None:
    x = extract(
        Article("t", "Ia menunjukkan Keputusan Rapat Warga Nomor 3 Tahun 2024 itu.", url="http://x/1")
    )
    assert not [e for e in x.entities if e.type is EntityType.LEGISLATION]


def test_a_body_and_others_is_a_category() -> None:
    assert generic_organisation("Lembaga Jasa Keuangan Lainnya") is not None


def _kinds(text: str) -> dict[str, str]:
    """Each entity of ``text`` but the roles, by name → type."""
    return {
        e.name: e.type.value for e in extract(Article("t", text)).entities if e.type is not EntityType.ROLE
    }


def test_a_group_brand_state_company_and_office_word_are_no_persons() -> None:
    assert _kinds("Keempatnya disebut berasal dari kelompok Ansharut Daulah.") == {
        "Ansharut Daulah": "Organization"
    }
    assert _kinds("Alat yang dimiliki oleh Antam berbeda.") == {"PT Aneka Tambang Tbk": "Organization"}
    assert "Whoosh" not in _kinds("Utang proyek Kereta Cepat Jakarta-Bandung alias Whoosh masih dibahas.")


def test_a_provinces_abbreviation_is_the_province_not_its_government_nor_a_body() -> None:
    text = (
        "Gubernur Nusa Tenggara Timur (NTT) Emanuel Melkiades Laka Lena hadir. Rapat digelar di Labuan Bajo, "
        "Manggarai Barat, NTT, Selasa (21/10/2025). Wilayah Bali dan NTT akan dibahas."
    )
    ex = extract(Article("t", text, date="2025-10-21"))
    government = next(e for e in ex.entities if e.name == "Pemerintah Provinsi Nusa Tenggara Timur")
    assert not [m for m in government.mentions if m.extractor == "abbreviations"]
    assert "NTT" not in _names(text, EntityType.ORGANIZATION)


def test_a_name_ending_with_a_city_is_no_persons() -> None:
    text = (
        "Pada akhir 2024 Reog Ponorogo, Kebaya, dan Kolintang sukses diinskripsi UNESCO. "
        "Warga Jalan Ciliwung, Darmo Surabaya, ikut diperiksa."
    )
    assert not _names(text, EntityType.PERSON)


def test_a_name_in_the_same_place_ending_with_no_city_is_a_person() -> None:
    """The twin of the test above: a person's name where the city was is read as one."""
    text = "Pada akhir 2024 Reog Ponorogo sukses diinskripsi UNESCO. Warga Jalan Ciliwung, Darmo Sulistyanto, ikut diperiksa."
    assert _names(text, EntityType.PERSON) == {"Darmo Sulistyanto"}


@pytest.mark.parametrize(
    "text",
    [
        "Anggaran itu untuk Sistem Penyediaan Air dan Jaringannya, serta irigasi.",  # a common word with -nya
        "Anak bisa belajar bahasa asing dari Discord setiap hari.",  # a platform
        "Terjadi kekosongan bahan bakar di SPBU swasta sejak pekan lalu.",  # a fuel station
        "Ia memposting video itu di X, platform media sosial miliknya.",  # one letter
        "Layanan kanker akan menjadi unggulan di RS tersebut tahun depan.",  # a kind of facility, no name
        "Sebanyak 186 siswa dari TK hingga SMA diduga keracunan.",
    ],
)
def test_words_that_name_no_place(text: str) -> None:
    assert not _names(text, EntityType.PLACE)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Anggaran itu untuk Kota Pasuruan, serta irigasi.", "Kota Pasuruan"),
        ("Anak bisa belajar bahasa asing dari Probolinggo setiap hari.", "Kota Probolinggo"),
        ("Terjadi kekosongan bahan bakar di Kabupaten Jember sejak pekan lalu.", "Kabupaten Jember"),
        ("Ia memposting video itu di Kediri, kota kelahirannya.", "Kota Kediri"),
        ("Layanan kanker akan menjadi unggulan di Kota Madiun tahun depan.", "Kota Madiun"),
        ("Sebanyak 186 siswa dari Kabupaten Bondowoso diduga keracunan.", "Kabupaten Bondowoso"),
    ],
)
def test_the_same_sentences_with_a_region_name_it(text: str, place: str) -> None:
    """The twins of the test above: a region where the word was is read as a place."""
    assert _names(text, EntityType.PLACE) == {place}


def test_a_tagged_name_running_on_into_a_sum_of_money_is_no_node() -> None:
    text = "Dana dialokasikan ke Pusat Riset Kelautan (PRK) Rp 95,64 miliar dan lainnya."
    accepted, reasons = _decide(text, "Pusat Riset Kelautan (PRK) Rp", "ORG")
    assert not accepted and "sum of money" in reasons[-1]


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Tim SAR mengevakuasi penumpang KM Sinar Bahari yang mati mesin.", "Sinar Bahari", "PER"),
        ("Harga cabai naik jelang Idul Adha tahun ini.", "Idul Adha", "PER"),
    ],
)
def test_a_ships_name_and_a_religious_holiday_are_no_person(text: str, span: str, label: str) -> None:
    accepted, _ = _decide(text, span, label)
    assert not accepted


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        (
            "Wali Kota membuka Pesta Kesenian Rakyat (PKR) di lapangan. Tahun ini PKR diikuti 45 sanggar.",
            "PKR",
        ),
        ("Program TNI Manunggal Membangun Desa (TMMD) dibuka. Selama TMMD warga ikut bekerja.", "TMMD"),
    ],
)
def test_an_acronym_spelled_out_as_a_festival_or_a_programme_is_no_body(text: str, acronym: str) -> None:
    decision = _decision(text, acronym, "ORG", last=True)
    assert not decision.accepted and "spelled out" in decision.reasons[-1]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Polisi menangani pengeroyokan, pencurian, KDRT, dan kasus lain.", "KDRT"),
        ("Kenapa tiba-tiba KPU menerbitkan PKPU baru?", "PKPU"),
        ("Nilai-nilai Pancasila dan Bhinneka Tunggal Ika harus dijaga.", "Bhinneka Tunggal Ika"),
    ],
)
def test_a_crime_a_regulation_and_the_national_motto_are_no_body(text: str, span: str) -> None:
    accepted, _ = _decide(text, span, "ORG")
    assert not accepted


def test_initials_listed_after_a_cue_are_a_persons_wherever_they_stand() -> None:
    text = (
        "Ada empat tersangka, masing-masing berinisial S, DP, ABT, dan HS. "
        "Sementara itu, dua tersangka lainnya, HS dan ABT, tidak ditahan di rutan."
    )
    assert not _decision(text, "ABT", "ORG", last=True).accepted


def test_kinds_of_body_joined_are_no_body() -> None:
    text = "Keputusan itu mengatur pemindahan Kementerian atau Lembaga dan Pemindahan ASN ke ibu kota baru."
    assert not _decide(text, "Kementerian atau Lembaga dan Pemindahan ASN", "ORG")[0]


def test_a_formula_naming_god_is_no_place() -> None:
    text = "Kita panjatkan puji syukur kepada Tuhan Maha Kuasa atas kelancaran acara ini."
    assert not _decide(text, "Tuhan Maha", "LOC")[0]


def test_a_collective_numeral_and_capitalised_initials_after_a_cue_are_no_name() -> None:
    text = "Ratusan guru honorer berunjuk rasa. Tersangka BHS ditahan selama 20 hari oleh penyidik KPK."
    assert not _decide(text, "Ratusan", "PER")[0]
    assert not _decide(text, "BHS", "ORG")[0]


def _orgs_and_places(text: str) -> set[str]:
    return _names(text, EntityType.ORGANIZATION) | _names(text, EntityType.PLACE)


def test_a_word_run_into_an_outlets_name_is_no_body() -> None:
    names = _orgs_and_places(
        "Acara itu disiarkan setiap Senin-Jumat pukul 15.30 WIB di 20.detik.com dan YouTubedetikcom. Jangan lewatkan."
    )
    assert not any("detikcom" in n for n in names), names


def test_a_numbered_list_heading_is_no_body() -> None:
    text = (
        "Langkah itu menekan potensi inflasi pangan di tingkat daerah. 5. Genjot Produksi Jagung "
        "Melalui lini bisnis jagung, perusahaan itu juga memperluas lahan."
    )
    accepted, reasons = _decide(text, "Genjot Produksi Jagung", "ORG")
    assert not accepted, reasons


def test_a_board_written_before_its_body_is_no_body() -> None:
    accepted, reasons = _decide(
        "Ketua Umum BPP KNPI Andi Saputra mengungkapkan pemuda siap membantu.", "BPP", "ORG"
    )
    assert not accepted, reasons


def test_pemko_is_the_city_government_and_a_unit_before_it_no_bare_body() -> None:
    names = _names(
        "Kejaksaan Negeri Sibolga menahan Plt Kadis PUPR Pemko Sibolga berinisial AB atas dugaan korupsi.",
        EntityType.ORGANIZATION,
    )
    assert "Pemerintah Kota Sibolga" in names, names
    assert "PUPR" not in names, names


def test_a_foreign_body_and_a_kingdom_keep_their_country() -> None:
    names = _names(
        "Menteri itu melakukan kunjungan resmi ke Kementerian Pendidikan dan Kebudayaan Kerajaan Arab Saudi. "
        "Kunjungan tersebut disambut hangat.",
        EntityType.ORGANIZATION,
    )
    assert "Kementerian Pendidikan dan Kebudayaan Kerajaan Arab Saudi" in names, names
    places = _names("Terima kasih atas kunjungannya ke Kerajaan Arab Saudi, kata Menteri.", EntityType.PLACE)
    assert places == {"Arab Saudi"}, places


def test_an_award_category_in_english_is_no_body() -> None:
    names = _orgs_and_places(
        "Bank itu meraih Finance Asia Awards 2025 sebagai Best Sustainable Bank dan Best Debt Capital Market. "
        "Bank itu juga mempertahankan posisi teratas di World's Best Bank 2025."
    )
    assert not any("Best" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Dana itu diduga bersumber dari program sosial atau CSR Bank Indonesia, kata juru bicara KPK.",
            "Bank Indonesia",
        ),
        ("Secara akumulasi, DPK Bank Sentosa tumbuh 8,5% yoy. Bank Sentosa mencatat laba.", "Bank Sentosa"),
    ],
)
def test_an_english_word_before_a_bank_makes_no_english_body(text: str, body: str) -> None:
    names = _names(text, EntityType.ORGANIZATION)
    assert body in names and not any(n.endswith(" Bank") for n in names), names


def test_a_headings_verb_ends_a_bodys_name() -> None:
    names = _names(
        "Bank Sentosa Indonesia Raih Mandat Pertama sebagai Koordinator Baru-baru ini, Bank Sentosa Indonesia "
        "mendapat mandat.",
        EntityType.ORGANIZATION,
    )
    assert names == {"Bank Sentosa Indonesia"}, names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Presiden menjelaskan alasan perubahan Badan Pengelola Haji dan Umrah menjadi lembaga setingkat kementerian.",
            "Badan Pengelola Haji dan Umrah",
        ),
        (
            "Sejumlah kebijakan telah dibuat. Badan Koordinasi Pemerintah (Bakopem) mencatat ada tujuh kebijakan.",
            "Badan Koordinasi Pemerintah",
        ),
        (
            "Budi Santoso selaku Direktur Komersial PT Gas Raya 2016-2019, tersangka yang juga sudah ditahan, hadir.",
            "PT Gas Raya",
        ),
    ],
)
def test_a_bodys_name_is_read_whole_and_no_further(text: str, body: str) -> None:
    names = _names(text, EntityType.ORGANIZATION)
    assert body in names and not any(n.startswith(body) and n != body for n in names), names


def test_a_name_the_tagger_reads_as_a_person_elsewhere_is_no_place() -> None:
    text = "Menurut jaksa, Sri saat itu menagih utang ke Marwoto. Namun, Marwoto mengaku belum punya uang."
    assert "Marwoto" not in _names(text, EntityType.PLACE)
    assert "Marwoto" in _names(text, EntityType.PERSON)


def test_a_body_running_on_into_a_documents_number_is_no_body() -> None:
    text = "Ada pula nota kesepahaman TNI dengan Kejaksaan Nomor 7 Tahun 2021 tentang bantuan personel."
    accepted, reasons = _decide(text, "Kejaksaan Nomor", "ORG")
    assert not accepted, reasons


def _span(text: str, piece: str, label: str) -> NerSpan:
    start = text.index(piece)
    return NerSpan(start, start + len(piece), label, piece, 0.8)


@pytest.mark.parametrize("joint", [", ", " dan "])
def test_a_name_the_tagger_calls_a_body_in_a_list_of_persons_is_a_person(joint: str) -> None:
    text = f"Majelis terdiri atas Ani Lestari{joint}Gunarto Simanjuntak, dan lainnya."
    ctx = Context(Article("Berita", text))
    listed = _span(text, "Gunarto Simanjuntak", "ORG")
    ctx.__dict__["ner_spans"] = [_span(text, "Ani Lestari", "PER"), listed]
    decision = decide(ctx, listed)
    assert decision.label == "PER", decision.reasons


def test_a_name_with_a_nickname_in_brackets_is_a_person_not_an_abbreviation() -> None:
    text = "Sementara, pendiri yayasan itu, Wiratama Sasongko (Tama), menilai sampah harus dipilah."
    ctx = Context(Article("Berita", text))
    span = _span(text, "Wiratama Sasongko (Tama)", "ORG")
    ctx.__dict__["ner_spans"] = [span]
    assert decide(ctx, span).label == "PER"
    assert not decide(ctx, _span(text.replace("(Tama)", "(WS)"), "Wiratama Sasongko (WS)", "ORG")).accepted


def test_a_country_the_tagger_calls_a_body_is_a_place() -> None:
    text = "Indonesia memiliki hubungan erat dengan UEA atau Persatuan Emirat Arab (PEA) sejak lama."
    x = extract(Article("Berita", text))
    assert not [e.name for e in x.entities if e.type is EntityType.ORGANIZATION]
    assert "Uni Emirat Arab" in {e.name for e in x.entities if e.type is EntityType.PLACE}


@pytest.mark.parametrize("acronym", ["WNI", "MMBOE"])
def test_citizens_and_units_are_no_organisation(acronym: str) -> None:
    text = f"Sebanyak 40 {acronym} tercatat pada laporan itu, kata KBRI dan BPS dalam keterangannya."
    assert acronym not in _names(text, EntityType.ORGANIZATION)


def test_the_office_of_a_body_named_by_the_abbreviation_it_was_defined_by_is_that_body() -> None:
    x = extract(
        Article(
            "Berita",
            "Pemerintah membentuk Badan Fasilitasi Proyek (BFP). "
            "Menteri meresmikan Kantor BFP di Jakarta, Selasa (21/10/2025).",
        )
    )
    bodies = [e.name for e in x.entities if e.type is EntityType.ORGANIZATION]
    assert bodies == ["Badan Fasilitasi Proyek"], bodies


def test_a_name_opening_with_an_abbreviation_another_name_spells_out_is_that_body() -> None:
    full = Entity(
        EntityType.ORGANIZATION,
        "Universitas Islam Negeri Kyai Sukamaju Kota Batu",
        aliases={
            "Universitas Islam Negeri (UIN) Kyai Sukamaju Batu",
            "Universitas Islam Negeri Kyai Sukamaju",
        },
    )
    other = Entity(EntityType.ORGANIZATION, "Universitas Islam Negeri Kyai Lestari")
    assert abbreviation_spelled([full, other, Entity(EntityType.ORGANIZATION, "UIN Kyai Sukamaju")]) == {2: 0}
    assert abbreviation_spelled([full, Entity(EntityType.ORGANIZATION, "UIN Kyai Lestari")]) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Hal itu disampaikan dalam Sukamaju Investment Forum (SIF) 2025 di Balikpapan.",
        "Ia berbicara dalam Lestari Leaders Forum 2025 bertajuk 'Bebas Plastik'.",
    ],
)
def test_an_english_forum_with_its_year_is_an_event_not_a_body(text: str) -> None:
    assert not any("Forum" in n for n in _names(text, EntityType.ORGANIZATION))


def test_a_name_ending_with_an_industry_word_is_no_person() -> None:
    text = "Acara itu menghadirkan PT Sukamaju, Lestari Energi, dan pelaku industri lainnya."
    ctx = Context(Article("Berita", text))
    start = text.index("Lestari Energi")
    assert not decide(ctx, NerSpan(start, start + 14, "PER", "Lestari Energi", 0.9)).accepted


@pytest.mark.parametrize(
    "text",
    [
        # a list whose other items are one-word names and places: cars, districts
        "Mobil-mobil nasional seperti Tawon, Wakaba, Cendrawasih, Nurani, dan sebagainya, tapi nama-nama itu hilang.",
        "Banjir merendam Kecamatan Panga, Teunom, Setia Bakti, Krueng Meuh, Jaya dan Sampoiniet.",
        # the tail of a name whose abbreviation follows, or the name of what an abbreviation defines
        "Anggaran Bantuan Operasional Pendidikan (BOP) Raudlatul Athfal naik tahun ini.",
        "Kebun dikembangkan sejak 2023 oleh Kelompok Tani Hutan (KTH) Bina Sejahtera bersama warga.",
        # a name the article writes after a venue's or a body's head word
        "Santri Pondok Pesantren Nurul Falah mengikuti lomba. Nurul Falah meraih juara umum tahun ini.",
        "Warga Jalan Sukarjo Wiryopranoto mengeluhkan macet. Sukarjo Wiryopranoto memang padat setiap sore.",
        # a name cut at a byte of text decoded in the wrong encoding
        "Pengunjung kapal pesiar bertambah. JÃ³hann ViÃ°ar Ãvarsson, seorang analis, menyebut tren naik.",
        # a product: a model's code, the kind of goods
        "Kemarin, Arjuna X5 resmi dirilis. Menurut pengamat, Arjuna punya peluang besar.",
        "Produk unggulan UMKM, Keripik Singkong Renyah, dipamerkan di Malang Creative Center.",
        # a place where the article writes it again, a company with its country
        "Festival digelar di Ankara pekan lalu. Sepanjang tahun lalu, Ankara telah menggelar 20 festival.",
        "Kegiatan ini dihadiri perwakilan Sarimurni Indonesia. Menurut Sarimurni, acara ini penting.",
        # a capitalised word opening a sentence, nothing else marking it a name
        '"Hari ini jam 1 saya ke sana. Diundur minggu depan," jelas Budi Santoso.',
    ],
)
def test_a_thing_the_tagger_calls_a_person_is_no_person(text: str) -> None:
    assert _names(text, EntityType.PERSON) <= {"Budi Santoso"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a list of persons the tagger reads only in part, an address after a name, degrees after it
        (
            "Mereka adalah Rahmad Hidayat, Riski Pratama, Nanda Lestari dan Aprilia Wulandari.",
            "Aprilia Wulandari",
        ),
        (
            "Ia menyambangi kediaman Sutarjo Wibisono, Jalan Taman Melati, Menteng, Jakarta Pusat.",
            "Sutarjo Wibisono",
        ),
        ("Dewan Pengawas Yayasan Sukamaju, Hartini Yasar, SH, MPsi, menilai hal itu wajar.", "Hartini Yasar"),
        # an official named after the body an abbreviation spells out
        ("Hadir mantan ketua Mahkamah Konstitusi (MK) Mahmud Salim dan tokoh lain.", "Mahmud Salim"),
    ],
)
def test_a_person_in_a_list_or_after_an_abbreviation_stays(text: str, name: str) -> None:
    assert name in _names(text, EntityType.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Tim tamu kalah di kandang Wolverton. Padahal, Wolverton adalah tim promosi musim ini.",
        "Kerak hitam ditemukan pada dinding Wolverton, sebuah monumen era kolonial.",
    ],
)
def test_a_name_the_article_says_is_a_club_or_a_place_is_no_person(text: str) -> None:
    ctx = Context(Article("Berita", text))
    start = text.index("Wolverton")
    assert not decide(ctx, NerSpan(start, start + 9, "PER", "Wolverton", 0.95)).accepted


def test_a_word_of_the_body_before_a_name_is_cut_off_the_person() -> None:
    text = "Ditemui terpisah, Manager Operasional Sukamaju Estate Yohanes Wirasetiawan mengatakan perumahan itu aman."
    assert _names(text, EntityType.PERSON) == {"Yohanes Wirasetiawan"}


def test_a_bills_or_a_regulations_type_opens_no_persons_name() -> None:
    ctx = Context(Article("Paripurna", "Wabup menyampaikan nota penjelasan Raperda Pengelolaan Hutan Desa."))
    assert not_a_person(ctx, "Raperda Pengelolaan Hutan Desa") is not None
    assert not_a_person(ctx, "Perwal Tata Ruang") is not None
    assert not_a_person(ctx, "Agus Wibisono") is None


def test_an_editions_roman_numeral_is_no_body() -> None:
    """ "malam pembukaan Pekan Budaya Dairi (PBD) XXX": the edition's number, which the tagger may read
    as an organisation."""
    text = "Ribuan orang hadir pada malam pembukaan Pekan Budaya Dairi (PBD) XXX di Sidikalang, Sabtu (5/7/2025)."
    ctx = Context(Article("Festival", text))
    start = text.index("XXX")
    assert not decide(ctx, NerSpan(start, start + 3, "ORG", "XXX", 0.9)).accepted


def test_a_weather_phenomenon_is_no_person() -> None:
    """ "karena fenomena El Nino": a phenomenon, which the tagger reads as a person."""
    text = "Debit Sungai Renun menurun karena fenomena El Nino tahun ini, kata petugas di Sidikalang."
    assert _names(text, EntityType.PERSON) == set()


def test_the_quran_recitation_contest_by_its_letters_is_no_body() -> None:
    """ "Penutupan MTQ ke-IX": the recurring contest, an event, whatever the tagger reads."""
    text = "Kafilah kecamatan berlatih sebulan sebelum MTQ digelar. Penutupan MTQ ke-IX berlangsung Jumat."
    ctx = Context(Article("MTQ", text))
    start = text.index("MTQ")
    assert not decide(ctx, NerSpan(start, start + 3, "ORG", "MTQ", 0.9)).accepted


def test_a_kind_of_school_written_out_is_no_persons_name() -> None:
    """ "SD Negeri 1 Sumbul dan Madrasah Tsanawiyah setempat": the kind of school the tagger read as a
    person names no one."""
    text = (
        "Peserta datang dari SD Negeri 1 Sumbul dan Madrasah Tsanawiyah setempat untuk lomba cerdas cermat."
    )
    assert _names(text, EntityType.PERSON) == set()
    assert not_a_person(Context(Article("Lomba", text)), "Madrasah Tsanawiyah") is not None


def test_an_officer_posted_to_a_village_is_no_organisation() -> None:
    x = extract(
        Article(
            "Patroli",
            "Warga cukup melapor ke polsek terdekat, kemudian Bhabinkamtibmas akan melakukan patroli rutin. "
            "Bhabinkamtibmas Kelurahan Sukamaju Aipda Budi Santoso hadir bersama Babinsa.",
        )
    )
    assert not [e.name for e in x.entities if e.type is EntityType.ORGANIZATION]
    assert "Budi Santoso" in {e.name for e in x.entities if e.type is EntityType.PERSON}


def test_the_words_an_officers_or_a_categorys_acronym_stands_for_are_no_organisation() -> None:
    text = (
        "Penyuluh bersama Bintara Pembina Desa (Babinsa) dan Bhayangkara Pembina Keamanan dan Ketertiban "
        "Masyarakat (Bhabinkamtibmas) mendampingi warga Desa Sumbul."
    )
    assert _names(text, EntityType.ORGANIZATION) == set()
    # a body's own acronym spelled out stays a body
    assert _names(
        "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Dairi mendampingi warga.",
        EntityType.ORGANIZATION,
    ) == {"Badan Penanggulangan Bencana Daerah Kabupaten Dairi"}


def test_a_motto_in_a_regional_language_is_no_person() -> None:
    assert (
        _names("Bupati mengajak warga memegang teguh falsafah Rudang Mayang Sitangkai.", EntityType.PERSON)
        == set()
    )
    assert (
        _names(
            "Ia mengingatkan semangat Lolo Mangareng Dolok yang menjadi semboyan daerah.", EntityType.PERSON
        )
        == set()
    )
    # the spirit of someone named, with nothing saying it is a motto, is that person's
    assert _names("Warga meneladani semangat Bung Tomo.", EntityType.PERSON) == {"Sutomo"}


@pytest.mark.parametrize("noun", ["semboyan daerah,", "semboyan kita,", "motto Kabupaten Samosir,"])
def test_a_motto_after_whose_it_is_and_a_comma_is_no_person(noun: str) -> None:
    """``sejalan dengan semboyan daerah, X, yang bermakna ...``: the words after the motto's owner and a
    comma are the motto's."""
    text = f"Capaian itu sejalan dengan {noun} Rudang Mayang Sitangkai, yang bermakna hidup rukun bersama."
    assert _names(text, EntityType.PERSON) == set()


def test_a_motto_named_as_one_and_again_inside_a_quoted_slogan_is_no_person() -> None:
    """``falsafah X`` once, then X again inside a slogan ``bertajuk "..."``: both are the motto's words."""
    assert (
        _names(
            '"Sesuai falsafah Sada Roha Marsada, kita layani mereka," ujar Bupati. Ia membuka kampanye '
            'bertajuk "Mudik Aman, Samosir Sada Roha Marsada" di Pangururan.',
            EntityType.PERSON,
        )
        == set()
    )


def test_a_name_inside_a_quoted_theme_is_no_person_for_its_one_word_written_elsewhere() -> None:
    """``tema “Kopi Toba, Pusaka Tanoh Sinaga”``, then ``marga Sinaga``: the clan's one word says no
    more of the theme's words."""
    text = (
        "Festival Kopi Toba yang mengusung tema “Kopi Toba, Pusaka Tanoh Sinaga” ini juga diramaikan pameran "
        "UMKM. Menurut Binsar Manurung, kopi adalah warisan marga Sinaga. Warga Sinaga menyambut festival."
    )
    assert _names(text, EntityType.PERSON) == {"Binsar Manurung"}


def test_a_name_with_where_they_come_from_in_brackets_is_a_person() -> None:
    """``jatuh kepada Nur Aisyah Hasibuan (Pangururan), diikuti ...``: the tagger reads the name and its
    bracket as a body and its short form; the bracket names a district, no short form of the name."""
    text = (
        "Pada tilawah dewasa putri, gelar terbaik jatuh kepada Nur Aisyah Hasibuan (Pangururan), diikuti "
        "Purnama Sinaga (Simanindo) dan Rina Marlina Siregar (Tomok)."
    )
    assert {"Nur Aisyah Hasibuan", "Purnama Sinaga"} <= _names(text, EntityType.PERSON)


def test_a_quoted_motto_its_noun_says_whose_it_is_before_is_no_person() -> None:
    """``mengingatkan semboyan orang Batak, “...”``: words between the motto's noun and the quotation
    marks say whose motto it is; its words are no one."""
    assert (
        _names(
            "Dalam sambutannya, Bupati Samosir mengingatkan semboyan orang Batak, “Anakhon Hi Do Hamoraon Di "
            "Au, Dalihan Natolu Paopat Sihal Sihal,” kepada para kepala desa.",
            EntityType.PERSON,
        )
        == set()
    )


def test_a_sultan_named_by_his_realms_town_is_the_office_not_a_name() -> None:
    ctx = Context(
        Article("Adat", "Sultan Ternate dan Sultan Buton hadir bersama Sri Sultan Hamengku Buwono X.")
    )
    assert not_a_person(ctx, "Sultan Ternate") is not None
    assert not_a_person(ctx, "Sultan Buton") is not None
    assert not_a_person(ctx, "Sultan Hamengku Buwono X") is None


def test_a_newsrooms_team_in_a_byline_is_no_organisation() -> None:
    """ "(Pewarta: X | Editor: Tim Redaksi)": the newsroom's staff, a kind of team, no body."""
    x = extract(Article("Jalan", "Warga senang, tuturnya.\n\n(Pewarta: Sahat Pardede | Editor: Tim Redaksi)"))
    assert not [e.name for e in x.entities if e.type is EntityType.ORGANIZATION]


def test_a_category_of_civil_servants_is_no_organisation() -> None:
    """ "CPNS", "CASN": candidates for the civil service, people of a kind, no body."""
    x = extract(
        Article("Seleksi", "Seleksi PPPK dan CPNS digelar di Sidikalang. Sebanyak 200 CASN mengikuti tes.")
    )
    assert not [e.name for e in x.entities if e.type is EntityType.ORGANIZATION]


def test_the_acronym_a_programme_is_named_with_is_no_organisation_on_its_own() -> None:
    from kg.extract.base import extract
    from kg.records import Article, EntityType

    x = extract(
        Article(
            title="Judul",
            text=(
                "Pemkot meluncurkan GERAK Sungai (Gerakan Cepat Peduli Sungai) di Plaza Benteng. "
                '"Kita namakan GERAK, karena kita tidak mau menunggu-nunggu," ujar Rizal.'
            ),
            url="https://example.org/a",
            date="2025-05-20",
        )
    )
    organisations = {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}
    assert "GERAK" not in organisations


def test_what_an_anniversary_is_of_is_no_organisation() -> None:
    x = extract(
        Article(
            "Judul",
            "Penghargaan diserahkan dalam rangkaian peringatan HUT ke-80 Kemerdekaan RI tingkat Kota Tomohon di "
            "Gedung Serba Guna, Tomohon, Minggu (17/8/2025).",
            date="2025-08-17",
        )
    )
    assert not any(e.type is EntityType.ORGANIZATION and "Kemerdekaan" in e.name for e in x.entities)


def test_a_programmes_short_name_in_brackets_and_the_words_spelling_out_an_acronym_are_no_places() -> None:
    x = extract(
        Article(
            "Judul",
            "Desa itu unggul lewat Gerakan Peduli Literasi Anak (Pelita). Bupati mendukung program prioritas "
            'Zorba PRIMA, yaitu Profesional, Ramah, Inovatif, Mandiri, dan Akuntabel, serta semangat "Dairi MAJU" '
            "(Melayani, Amanah, Jujur, Unggul).",
            date="2025-07-16",
        )
    )
    places = {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert not places & {"Pelita", "Profesional", "Ramah", "Mandiri", "Melayani", "Amanah", "Unggul"}


def test_acehs_kinds_of_regional_department_and_supplementary_feeding_are_no_bodies() -> None:
    x = extract(
        Article(
            "Judul",
            "Hadir Sekda Pidie Jaya, para kepala SKPK, dan camat. Kader membagikan PMT berupa bubur kacang "
            'hijau. "PMT kami siapkan setiap bulan," kata Zulkarnaen Hasyim.',
            date="2025-07-16",
        )
    )
    assert not {"SKPK", "PMT"} & {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}


def test_a_village_enterprise_of_a_kampung_or_nagari_written_as_a_kind_is_no_body() -> None:
    x = extract(
        Article(
            "Judul",
            "Bupati meminta kepala kampung menghidupkan Badan Usaha Milik Kampung (BUMKam) dan BUMNag yang "
            "sudah dua tahun tidak berjalan.",
            date="2024-01-10",
        )
    )
    assert not [e.name for e in x.entities if e.type is EntityType.ORGANIZATION and e.mentions]


def test_a_tax_s_short_form_after_what_is_paid_or_collected_is_no_body() -> None:
    x = extract(
        Article("Judul", "Kelurahan Sumbul menjadi kelurahan dengan setoran PBB terbesar.", date="2024-04-01")
    )
    assert "PBB" not in {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}


def test_a_bodys_short_form_written_alone_is_no_person() -> None:
    text = (
        "Kerja sama dengan Politeknik Negeri Sidikalang (Polsida) berlaku lima tahun. Polsida juga membantu."
    )
    ctx = Context(Article("Berita", text))
    body = ctx.add(EntityType.ORGANIZATION, "Politeknik Negeri Sidikalang", 18, 46, "organizations")
    body.aliases.add("Polsida")
    start = text.rindex("Polsida")
    assert not decide(ctx, NerSpan(start, start + 7, "PER", "Polsida", 0.9)).accepted


def test_the_end_of_a_longer_name_its_short_form_spells_is_no_body() -> None:
    text = "Desa menerima Bantuan Keuangan Pemerintah Desa (BKPD) sejak tahun lalu."
    start = text.index("Pemerintah")
    span = NerSpan(start, text.index(")") + 1, "ORG", "Pemerintah Desa (BKPD)", 0.9)
    assert not decide(Context(Article("Berita", text)), span).accepted
    # a body whose short form spells its own name is one
    text = "Rapat dihadiri Badan Perencanaan Pembangunan Daerah (BPPD) Dairi."
    start = text.index("Badan")
    span = NerSpan(start, text.index(")") + 1, "ORG", "Badan Perencanaan Pembangunan Daerah (BPPD)", 0.9)
    assert decide(Context(Article("Berita", text)), span).accepted


def test_a_numbered_team_is_no_body() -> None:
    from kg.extract.decide import generic_organisation

    assert generic_organisation("Tim II") is not None
    assert generic_organisation("Tim Penggerak PKK") is None


def test_a_regional_bodys_abbreviation_alone_is_a_type_of_body() -> None:
    """ "ajak BPD dan warga bermusyawarah": the village council by its abbreviation and no village is any
    village's, no node (the tagger's ORG is not kept); a national body's abbreviation alone is one body."""
    assert generic_organisation("BPD") is not None
    assert generic_organisation("KPK") is None
    assert "BPD" not in _names(
        "Kasus ini bermula dari proyek fisik di Desa Sumbul dan Desa Parbuluan. “Kepala desa harus "
        "terbuka soal anggaran, ajak BPD dan warga bermusyawarah,” tuturnya.",
        EntityType.ORGANIZATION,
    )


def test_an_acronym_the_article_spells_out_in_lower_case_is_no_body() -> None:
    """ "meneken perjanjian kerja sama (PKS) ... PKS itu berlaku dua tahun": the agreement, not the
    party; "fee based income (FBI)" is income, not a bureau."""
    names = _names(
        "Sesudah itu Dinas Pendidikan Kota Binjai meneken perjanjian kerja sama (PKS) dengan Fakultas Keguruan. "
        "Kepala Dinas menyebut PKS itu berlaku dua tahun. Kerja sama ini juga menambah fee based income (FBI) "
        "bank. FBI dari layanan gaji guru naik.",
        EntityType.ORGANIZATION,
    )
    assert not names & {"PKS", "Partai Keadilan Sejahtera", "FBI"}


def test_an_ambiguous_abbreviation_listed_after_a_thing_is_no_body() -> None:
    """ "dari BPHTB dan PBB": the land tax after another tax, not the United Nations; "Indonesia dan
    PBB" and "PDIP dan PKB" stay bodies, and so does a party opening its sentence ("PKS menolak ...")."""
    assert not _names("Penerimaan dari BPHTB dan PBB naik tahun ini.", EntityType.ORGANIZATION)
    assert "Perserikatan Bangsa-Bangsa" in _names(
        "Delegasi Indonesia dan PBB membahas bantuan.", EntityType.ORGANIZATION
    )
    assert "Partai Kebangkitan Bangsa" in _names(
        "Koalisi PDIP dan PKB mengusung pasangan itu.", EntityType.ORGANIZATION
    )


def test_a_kalurahans_enterprise_without_its_name_is_a_kind_of_body() -> None:
    """ "pengelolaan Badan Usaha Milik Kalurahan (BUM Kalurahan)": the kind every kalurahan of Yogyakarta
    has (as BUMDes of a desa), no one body."""
    assert not _names(
        "Penilaian lomba juga pada pengelolaan Badan Usaha Milik Kalurahan (BUM Kalurahan) dan pelibatan warga.",
        EntityType.ORGANIZATION,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pengacara terdakwa, Sitanggang, S.H. Menurutnya, vonis itu terlalu berat bagi kliennya.",
        "Tim pembela yang dipimpin Sitanggang, S.H., akan mempelajari salinan putusan.",
    ],
)
def test_one_name_with_a_degree_after_it_is_a_person(text: str) -> None:
    """ "Pengacara terdakwa, Sitanggang, S.H.": the tagger reads the surname as a place, but a degree
    follows a person's name only."""
    assert _names(text, EntityType.PERSON) == {"Sitanggang"}
    assert not _names(text, EntityType.PLACE)


@pytest.mark.parametrize(
    "text",
    [
        "Pembukaan festival dimeriahkan tari kolosal Naposo Sidiangkat yang dibawakan ratusan siswa.",
        "Acara dibuka dengan tarian tradisional Tortor Sombah oleh siswa SMP.",
    ],
)
def test_a_dance_named_after_its_kind_is_no_person(text: str) -> None:
    """ "tari kolosal Naposo Sidiangkat": the dance's word, then what kind of dance (in lower case), then
    its name; a work, no person."""
    assert not _names(text, EntityType.PERSON)


def test_what_a_document_is_about_is_no_organisation() -> None:
    """ "diatur dalam SKB lima instansi tentang Pedoman Pembinaan ... Pegawai ASN": the subject of a
    joint decree, which the tagger read as a body."""
    text = (
        "Bupati meminta ASN menjaga netralitas sebagaimana diatur dalam Surat Keputusan Bersama (SKB) lima "
        "instansi tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN."
    )
    assert not _names(text, EntityType.ORGANIZATION)


def test_a_quran_contests_branch_is_no_person() -> None:
    """ "tujuh cabang, yaitu tilawah, tahfiz, dan Musabaqah Makalah Ilmiah Al-Qur'an (M2IQ)": a branch
    of the MTQ, no one's name."""
    text = (
        "MTQ tingkat Kabupaten Dairi diikuti 486 peserta di tujuh cabang, yaitu tilawah, tahfiz, dan "
        "Musabaqah Makalah Ilmiah Al-Qur'an (M2IQ)."
    )
    assert not _names(text, EntityType.PERSON)


def test_a_name_the_tagger_reads_as_a_person_opening_with_an_event_word_is_no_person() -> None:
    x = extract(
        Article(
            "Judul",
            "Rangkaian peringatan Hari Jadi Kabupaten Dairi berlanjut dengan Kirab Ageng dan Dairi Festival "
            "pekan depan.",
        )
    )
    assert not [e.name for e in x.entities if e.type is EntityType.PERSON]


def test_a_name_after_menuju_is_a_journeys_end_no_person() -> None:
    x = extract(
        Article(
            "Judul",
            "Polisi mengatur lalu lintas di jalur Sidikalang menuju Lae Pendaroh selama festival berlangsung.",
        )
    )
    assert not [e.name for e in x.entities if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    "text",
    [
        "Selain upacara, panitia menggelar lomba mewarnai dan Festival Sumbul Asri di lapangan Sidikalang.",
        "Adapun Desa Bintang, Kecamatan Sumbul, berada di posisi Harapan I.",
    ],
)
def test_a_festivals_name_or_a_contests_rank_is_no_person(text: str) -> None:
    """ "Festival Sumbul Asri" tagged a person: an event's name, whose words after "Festival" are no
    person's either; "di posisi Harapan I": a rank."""
    assert not _names(text, EntityType.PERSON)


def test_a_name_all_a_quotation_holds_is_a_works_or_a_mottos_not_a_person() -> None:
    text = (
        "Bupati Dairi Parlin Situmorang menyanyikan lagu berjudul “Sulang Silima” di Sidikalang. "
        "Kelompok tani menamai gerakan mereka “Marsiadapari Sada Roha”."
    )
    persons = _names(text, EntityType.PERSON)
    assert "Parlin Situmorang" in persons
    assert {"Sulang Silima", "Marsiadapari Sada Roha"}.isdisjoint(persons)


def test_a_regional_noble_title_before_a_name_the_tagger_reads_is_the_names_first_word() -> None:
    persons = _names("Hadir Tengku Zulkarnain Hasan, tokoh adat Pelalawan.", EntityType.PERSON)
    assert persons == {"Tengku Zulkarnain Hasan"}


def test_a_name_the_article_writes_as_a_thing_made_is_no_person() -> None:
    """``Pemkot membentuk Sopo Gizi Huta di 17 kelurahan ... Wali Kota berharap Sopo Gizi ...``: the
    thing set up, in a regional language, is no person wherever the article names it."""
    text = (
        "Pemerintah Kota Sibolga membentuk Sopo Gizi Huta di seluruh 17 kelurahan.\n\nWali Kota Sibolga "
        "Tumpal Sinaga berharap Sopo Gizi ramai dikunjungi kader posyandu."
    )
    x = extract(Article("Judul", text, date="2022-08-26"))
    assert [e.name for e in x.entities if e.type is EntityType.PERSON] == ["Tumpal Sinaga"]


def test_a_device_written_in_capitals_is_no_organisation() -> None:
    text = "Dinas Perikanan Samosir membagikan alat GPS dan jaring kepada nelayan Pangururan."
    assert "GPS" not in _names(text, EntityType.ORGANIZATION)


def test_a_rites_name_written_after_its_event_word_is_no_person_elsewhere_either() -> None:
    """``digelar prosesi Mangalahat Horbo ...`` then ``menjelaskan, Mangalahat Horbo kini ...``: the
    rite's name, though the tagger reads a person's where no event word stands before it."""
    x = extract(
        Article(
            "Berita",
            "Sabtu (5/4/2025), digelar prosesi Mangalahat Horbo, ritual adat Batak, di Desa Tomok. Kepala Dinas "
            "Pariwisata Samosir, Purnama Sinaga, menjelaskan, Mangalahat Horbo kini masuk kalender wisata.",
            date="2025-04-06",
        )
    )
    assert "Mangalahat Horbo" not in {e.name for e in x.entities if e.type is EntityType.PERSON}
    assert "Prosesi Mangalahat Horbo" in [e.name for e in x.events]


def test_a_natural_features_name_is_no_persons_even_before_a_title() -> None:
    """``Kepala Balai Taman Nasional Danau Toba, Camat Simanindo, ...``: the tagger may read the lake
    before the comma as the camat's name; a name opening with a lake's, a mountain's or an
    archipelago's word is a place's."""
    text = "Hadir pula Kepala Balai Taman Nasional Danau Toba, Camat Simanindo, dan Ketua PHRI Samosir."
    found = extract(Article("Judul", text, date="2024-05-02"))
    assert not [e.name for e in found.entities if e.type is EntityType.PERSON], found.entities
    assert not [m for m in found.memberships if m.person.name == "Danau Toba"]
    context = Context(Article("t", "Kepulauan Samosir indah."))
    assert not_a_person(context, "Kepulauan Samosir") is not None
    assert not_a_person(context, "Gunung Pusuk Buhit") is not None
    assert not_a_person(context, "Tumpal Sinaga") is None


@pytest.mark.parametrize("span", ["Camat Sipira-Pira", "Kepala Desa Sipira-Pira", "Kapolres Sipira"])
def test_an_office_named_by_its_jurisdiction_is_no_place(span: str) -> None:
    """``Hadir pula ..., Camat X-X, Camat Y``: a tagger's place span opening with a title taken with a
    region ("Camat", "Kepala Desa", "Kapolres") is the office, not a place named so."""
    text = f"Hadir pula Kepala Dinas Pariwisata, {span}, dan Camat Simanindo."
    accepted, reasons = _decide(text, span, "LOC")
    assert not accepted, reasons


def test_an_archipelagos_name_after_an_office_is_no_holder_of_it() -> None:
    """``Kepala Balai Taman Nasional Kepulauan Marsiurupan, Camat Simanindo, ...``: the archipelago's name
    after the office is where the park is, no one holding the office ("kepulauan" is a place's cue)."""
    text = "Hadir pula Kepala Balai Taman Nasional Kepulauan Marsiurupan, Camat Simanindo, dan Ketua PHRI."
    found = extract(Article("Judul", text, date="2024-05-02"))
    assert not [e.name for e in found.entities if e.type is EntityType.PERSON], found.entities


def test_a_later_winner_of_a_list_each_from_somewhere_is_a_person() -> None:
    """ "gelar juara I diraih A dari X, disusul B dari Y dan Maria Sinurat dari Z": the last of the
    winners, each named with where they come from, is a person, though the tagger reads a place listed
    after "Y dan"."""
    text = (
        "Pada lomba menenun tingkat kabupaten, gelar juara I diraih Rosdiana Sinaga dari Pangururan, disusul "
        "Tumpal Manurung dari Simanindo dan Maria Sinurat dari Palipi."
    )
    assert "Maria Sinurat" in _names(text, EntityType.PERSON)
    assert "Maria Sinurat" not in _names(text, EntityType.PLACE)


def test_the_minangkabau_womens_adat_body_is_no_person() -> None:
    """ "Hadir para wali nagari, ketua KAN, Bundo Kanduang, dan ...": the Minangkabau women's adat body (and
    the elders it stands for), listed among guests, is no person's name."""
    text = "Hadir para wali nagari, ketua KAN, Bundo Kanduang, dan pemuda nagari dalam musyawarah itu."
    assert not [n for n in _names(text, EntityType.PERSON) if "Kanduang" in n]


def test_a_day_kept_is_no_organisation() -> None:
    """ "Dalam rangka memperingati Hari Lingkungan Hidup Sedunia": a day the world keeps, read by the
    tagger as a body, is none; nor what an anniversary written out, its short form in brackets, is of."""
    text = (
        "Dalam rangka memperingati Hari Lingkungan Hidup Sedunia, Rabu (5/6/2024), Bupati Samosir menanam 500 "
        "bibit pohon di Pangururan. Puncak peringatan Hari Ulang Tahun (HUT) ke-80 Kemerdekaan Republik "
        "Indonesia di Kabupaten Samosir dimeriahkan karnaval."
    )
    organisations = _names(text, EntityType.ORGANIZATION)
    assert not [n for n in organisations if "Sedunia" in n or "Kemerdekaan" in n], organisations


def test_a_health_post_named_by_its_grade_alone_is_no_body() -> None:
    """ "Pada kategori Posyandu Purnama": a health post of the third grade, any of many, is no body;
    "Posyandu Melur", a post of its own name, is one."""
    text = (
        "Pada kategori Posyandu Purnama, Posyandu Melur dari Desa Tomok menjadi yang terbaik. Jumlah Posyandu"
        " Mandiri di Samosir terus bertambah."
    )
    assert _names(text, EntityType.ORGANIZATION) == {"Posyandu Melur"}
