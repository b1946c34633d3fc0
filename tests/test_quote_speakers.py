"""Who said a quotation: the speaker named after it, or the person it continues from."""

from __future__ import annotations

import pytest

from kg.extract.base import extract
from kg.records import Article, EntityType, Extraction


def run(text: str) -> Extraction:
    return extract(Article("Judul", text, date="2025-06-11"))


def speakers(x: Extraction) -> list[str]:
    return [q.speaker.name for q in x.quotes]


def test_a_name_after_an_unread_office_is_the_speaker_not_the_other_holder_of_its_title() -> None:
    x = run(
        "Direktur Eksekutif Lembaga Survei Nusantara Budi Hartono memaparkan hasil survei.\n"
        '"Tingkat kepuasan publik masih tinggi di semua provinsi," kata Budi.\n'
        '"Kami mencatat kenaikan tiga persen dari tahun lalu," kata Direktur Eksekutif '
        "Cakrawala Riset Harjono Kusuma dalam paparannya."
    )
    assert speakers(x) == ["Budi Hartono", "Harjono Kusuma"]


def test_a_name_after_a_rank_after_an_unread_title_is_the_speaker() -> None:
    x = run(
        "Kabid Humas Polda Sulawesi Barat Kombes Budi Hartono menggelar jumpa pers.\n"
        '"Para tersangka sudah kami tahan sejak kemarin," kata Wadir Penindakan Kortas Tipikor '
        "Polri Kombes Harjono Kusuma kepada wartawan."
    )
    assert speakers(x) == ["Harjono Kusuma"]


def test_an_office_with_a_demonstrative_after_the_quote_is_the_person_just_spoken_of() -> None:
    x = run(
        "Anggota DPRD Jawa Barat Harjono Kusuma turut hadir dalam kegiatan itu.\n"
        '"Ini bentuk kepedulian kami kepada warga Lembang," kata Budi Hartono kepada wartawan.\n'
        '"Kami hadir untuk berbagi dengan warga yang membutuhkan," ujar Anggota Komisi IV DPR RI ini.'
    )
    assert speakers(x) == ["Budi Hartono", "Budi Hartono"]


def test_a_quote_closed_with_nya_continues_from_the_last_speaker_not_from_a_person_talked_about() -> None:
    x = run(
        "Ketua Yayasan Cahaya Desa Budi Hartono mendukung langkah Bupati Harjono Kusuma membenahi "
        "pasar tradisional.\n"
        '"Pasar ini harus kembali ramai seperti dulu," kata Budi kepada wartawan.\n'
        "Tokoh masyarakat ini menilai Harjono sebagai pemimpin yang mau mendengar warganya.\n"
        '"Kami siap membantu pemerintah daerah menata para pedagang," imbuhnya.'
    )
    assert speakers(x) == ["Budi Hartono", "Budi Hartono"]


def test_a_speaker_first_named_after_a_quote_is_the_one_a_later_sentence_names() -> None:
    x = run(
        "Para pedagang Pasar Baru mendukung rencana penataan pasar.\n"
        '"Pasar ini harus kembali ramai seperti dulu," kata Kertajaya kepada wartawan, Rabu (11/6/2025).\n'
        "Menurut Kertajaya, arahan Bupati Harjono Kusuma sudah jelas bagi para pedagang.\n"
        '"Kami siap membantu pemerintah daerah menata para pedagang," katanya.'
    )
    assert speakers(x) == ["Kertajaya", "Kertajaya"]


def test_a_person_named_after_a_description_and_a_comma_is_the_speaker() -> None:
    x = run(
        "Warga Desa Sukamaju, Budi Hartono, sempat melapor ke kantor desa.\n"
        '"Airnya sudah setinggi lutut sejak pagi tadi," kata seorang warga yang melintas, Sutrisno Wijaya.\n'
        '"Kami berharap pemerintah segera memperbaiki saluran air," sebutnya.'
    )
    assert speakers(x) == ["Sutrisno Wijaya", "Sutrisno Wijaya"]


def test_a_speaker_described_but_not_named_is_no_one_and_so_is_the_quote_continuing_from_them() -> None:
    x = run(
        "Kepala Dinas Perhubungan Kota Batu Budi Hartono meninjau kemacetan di Jalan Raya Selecta.\n"
        '"Kami akan menambah petugas di titik rawan macet," kata Budi.\n'
        "Dalam video yang beredar, pengemudi mobil bak terbuka itu tampak memaki pengendara lain.\n"
        '"Minggir, jangan menghalangi jalan saya," ujar pengemudi mobil itu dalam video.\n'
        '"Saya sudah menunggu di sini hampir satu jam," katanya lagi.'
    )
    assert speakers(x) == ["Budi Hartono"]


def test_a_quotation_written_by_a_document_has_no_speaker() -> None:
    x = run(
        "Wakil Ketua Komisi XI DPR Budi Hartono menyoroti rencana kenaikan iuran.\n"
        '"Kenaikan harus mempertimbangkan daya beli masyarakat," kata Budi.\n'
        "Pemerintah menyiapkan skema kenaikan secara bertahap.\n"
        '"Penyesuaian iuran dapat dilakukan secara bertahap dengan mempertimbangkan kondisi fiskal," '
        "tulis dokumen tersebut."
    )
    assert speakers(x) == ["Budi Hartono"]


def test_the_lawyer_named_after_the_client_speaks_not_the_client() -> None:
    x = run(
        "Kuasa hukum tersangka mengajukan praperadilan ke Pengadilan Negeri Mamuju. Tersangka Budi "
        "Hartono tidak hadir dalam sidang.\n"
        '"Klien kami tidak bisa hadir karena sakit," kata pengacara Budi Hartono, Harjono Kusuma, '
        "kepada wartawan."
    )
    assert speakers(x) == ["Harjono Kusuma"]


def test_a_title_or_a_message_quoted_inside_a_sentence_is_no_quotation() -> None:
    x = run(
        'Kepala Dinas Pendidikan Kota Batu Budi Hartono meluncurkan buku "Sekolah Ramah Anak di Kaki '
        'Gunung" di Balai Kota.\n'
        '"Buku ini kami bagikan ke seluruh sekolah dasar," kata Budi.\n'
        'Bagi yang belum terdaftar, sistem akan menampilkan keterangan "Data Tidak Ditemukan Dalam '
        'Sistem". Budi meminta warga segera melapor.'
    )
    assert [q.text for q in x.quotes] == ["Buku ini kami bagikan ke seluruh sekolah dasar"]


def test_a_quotation_from_a_ruling_has_no_speaker_nor_has_its_continuation() -> None:
    x = run(
        "Majelis hakim Pengadilan Negeri Mamuju membacakan putusan gugatan merek yang didaftarkan Budi "
        "Hartono.\n"
        '"Mengabulkan gugatan penggugat untuk seluruhnya dan menghukum tergugat membayar biaya perkara," '
        "demikian putusan hakim seperti dikutip dari situs pengadilan.\n"
        '"Menyatakan tergugat telah melakukan perbuatan melawan hukum," lanjutnya.'
    )
    assert x.quotes == []


def test_a_person_in_a_clause_opening_the_sentence_is_not_its_subject() -> None:
    x = run(
        '"Angka pengangguran kita turun tajam tahun ini," ujar Kertajaya kepada wartawan.\n'
        "Melihat capaian yang diraih Gubernur Harjono Kusuma, Kertajaya menilai ekonomi daerah mulai "
        "membaik.\n"
        '"Kami berharap para kepala dinas bisa menjalankan arahan gubernur," pungkasnya.'
    )
    assert speakers(x) == ["Kertajaya", "Kertajaya"]


def test_a_body_named_after_the_quote_speaks_not_the_last_person_named() -> None:
    x = run(
        "Pemohon Budi Hartono menggugat pasal pencemaran nama baik ke Mahkamah Konstitusi (MK).\n"
        '"Oleh karena terdapat ketidakjelasan batasan frasa tersebut, permohonan pemohon beralasan '
        'menurut hukum," ujar MK dalam putusannya.'
    )
    assert x.quotes == []


def test_the_agent_of_a_passive_verb_or_a_person_in_a_fronted_phrase_does_not_take_the_quote() -> None:
    x = extract(
        Article(
            "Judul",
            '"Pelaku ini residivis," kata Kasat Reskrim Polres Batu, AKP Rudi Hartono, Sabtu (18/10/2025).\n'
            "Aksi pencurian dilakukan Wulan Sari, warga Desa Kijang, pada Jumat dini hari.\n"
            '"Korban memarkir motornya dalam keadaan terkunci," ujarnya.\n'
            "Terkait kondisi terbaru Wulan Sari, Rudi mengaku belum menerima laporan.\n"
            '"Kami masih menunggu hasil pemeriksaan," ucapnya.',
            date="2025-10-18",
        )
    )
    assert [q.speaker.name for q in x.quotes] == ["Rudi Hartono"] * 3


def test_a_body_s_title_after_a_quote_is_not_the_chair_of_another_body() -> None:
    x = run(
        "Sanksi dijatuhkan kepada Ketua KPU Budi Hartanto.\n"
        '"Menjatuhkan sanksi peringatan keras kepada teradu," kata Ketua DKPP dalam sidang, '
        "Selasa (21/10/2025)."
    )
    assert "Budi Hartanto" not in speakers(x)


def test_a_quotation_whose_opening_mark_the_page_lost_is_its_paragraph_up_to_the_closing_one() -> None:
    x = run(
        "Penelitian itu dilakukan oleh Ratna Sari, seorang peneliti di Universitas Andalas.\n"
        'Penting untuk membedakan iritan dan racun," kata Ratna sebagaimana dikutip dari Kompas, Rabu (25/6/2025).\n'
        '"Temuan kami menunjukkan risiko yang kecil," ujarnya.'
    )
    assert [(q.speaker.name, q.text[:20]) for q in x.quotes] == [
        ("Ratna Sari", "Penting untuk membed"),
        ("Ratna Sari", "Temuan kami menunjuk"),
    ]


def test_a_demonstrative_title_after_a_quotation_is_its_speakers_not_the_last_name_before_it() -> None:
    x = run(
        "Ketua Fraksi Demokrat Budi Hartono memberi catatan. Ia menyinggung APBN di masa awal "
        'kepemimpinan Presiden Harjono Kusuma. "Perlu ada reshuffle dua kali," ungkapnya.\n'
        "Wakil Ketua Komisi II DPR RI ini menilai kondisi keuangan baik."
    )
    held = {(m.person.name, m.role.name) for m in x.memberships}
    assert ("Budi Hartono", "Wakil Ketua") in held and ("Harjono Kusuma", "Wakil Ketua") not in held, held


def test_the_person_a_quotation_calls_pak_and_their_office_is_not_its_speaker() -> None:
    x = run(
        "Sekretaris Kabinet Budi Hartanto menyatakan telah mengecek persiapan bantuan. Begitu pula Menteri "
        'Sosial Rahmat Wibisono. "Sudah ditelepon langsung oleh Pak Mensos, semuanya siap," ujarnya.'
    )
    assert [(q.speaker.name, q.text[:12]) for q in x.quotes] == [("Budi Hartanto", "Sudah ditele")]


def test_a_person_named_in_full_inside_a_quotation_is_not_its_unnamed_speaker() -> None:
    x = run(
        "Menteri Agama Budi Santoso berkunjung ke Riyadh kemarin. Pertemuan itu membahas layanan haji.\n"
        '"Kami sepakat dengan Menteri Budi Santoso untuk terus berkoordinasi dalam pelayanan jemaah."'
    )
    assert speakers(x) == []


def test_a_speaker_called_by_the_start_of_a_first_name_is_the_named_person() -> None:
    """ "kata Pak Yosa" after "Rektor ... Yosafat Harianto": the first name cut to its start,
    as the release calls him, not a new person."""
    x = extract(
        Article(
            "Judul",
            "Rektor Universitas Sukamaju Prof. Dr. Yosafat Harianto hadir. "
            "“Kampus tidak boleh jadi menara gading,” kata Pak Yosa, sapaan akrabnya.",
        )
    )
    assert [q.speaker.name for q in x.quotes] == ["Yosafat Harianto"]
    assert [e.name for e in x.entities if e.type is EntityType.PERSON] == ["Yosafat Harianto"]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # the start of a first name: Wiratmoko's "Abah Wira"
        (
            "Wali Kota Malang Drs. H. Wiratmoko Adi Saputro, M.Si. melantik pejabat. Dalam amanatnya, "
            "wali kota yang akrab disapa Abah Wira ini menegaskan bahwa rotasi itu penting.",
            ["Wiratmoko Adi Saputro"],
        ),
        # a Javanese nickname cut from inside a name: Sukarmanto's "Abah Karman"
        (
            "Bupati Dairi, Drs. H. Sahat Sukarmanto, M.Si., menyerahkan bantuan bibit. Pria yang akrab disapa "
            "Abah Karman itu tiba bersama Kapolres Dairi AKBP Tumpak Hasibuan.",
            ["Sahat Sukarmanto", "Tumpak Hasibuan"],
        ),
        # the Bugis form of address "Puang" before his name
        (
            "Bupati Dairi H. Andi Marihot Situmorang, S.E., M.Si., membuka pameran pangan. Setelah itu, Bupati "
            "yang akrab disapa Puang Marihot itu berkeliling stan bersama istrinya.",
            ["Andi Marihot Situmorang"],
        ),
    ],
)
def test_a_nickname_after_a_form_of_address_is_the_persons_no_second_person(
    text: str, persons: list[str]
) -> None:
    """ "... yang akrab disapa Abah Wira", "Abah Karman", "Puang Marihot": a form of address and a
    shortened name, the person named before, no second person."""
    x = extract(Article("Judul", text))
    assert [e.name for e in x.entities if e.type is EntityType.PERSON] == persons


def test_a_chief_called_again_by_his_title_and_first_name_speaks_his_quotation() -> None:
    """ "Kapolres Marihot menegaskan ... '...,' tegasnya" after "Kapolres Dairi, AKBP Marihot
    Situmorang": the first name after the unit's title is the chief's, not a police resort of that
    name, so the quotation is his, not the village head's named in between."""
    x = extract(
        Article(
            "Judul",
            "Kapolres Dairi, AKBP Marihot Situmorang, S.I.K., mengatakan razia digelar tiap pekan. Kepala Desa "
            "Paropo, Sahat Pardede, meminta warga ikut menjaga keamanan.\n"
            'Kapolres Marihot menegaskan razia tidak akan berhenti. "Semua pelanggar kami tindak sesuai '
            'aturan," tegasnya.',
        )
    )
    assert [q.speaker.name for q in x.quotes if q.speaker] == ["Marihot Situmorang"]
    assert not [e for e in x.entities if e.name == "Kepolisian Resor Marihot"]


def test_a_quotation_after_someone_known_by_initials_speaks_is_not_the_speaker_befores() -> None:
    text = (
        '"Putusan hakim membatalkan penetapan tersangka," kata Bagus Wiranata, kuasa hukum pemohon.\n'
        "Sementara itu, RK mengaku bersyukur status tersangkanya dibatalkan pengadilan.\n"
        '"Saya ikhlas dan tidak ada dendam," katanya.'
    )
    x = extract(Article("Judul", text, date="2025-05-28"))
    assert [(q.speaker.name, q.text[:15]) for q in x.quotes] == [("Bagus Wiranata", "Putusan hakim m")]


def test_a_name_after_the_number_of_an_office_is_the_speaker() -> None:
    x = run(
        '"Dampak lingkungan, nah ini yang sering dikeluhkan masyarakat," kata Kepala Satuan Tugas '
        "Koordinasi dan Supervisi KPK Wilayah V Dian Kusuma di gedung KPK, Selasa (21/10/2025)."
    )
    assert speakers(x) == ["Dian Kusuma"]


def test_a_person_named_in_what_the_speaker_just_said_it_at_does_not_take_the_next_quote() -> None:
    x = run(
        '"Kami bekerja untuk rakyat kecil," kata Menteri Sosial Harjono Wibisono, Senin (20/10/2025).\n'
        "Hal tersebut disampaikannya dalam acara Evaluasi 1 Tahun Pemerintahan Presiden Bambang Sutrisno "
        "di Graha Aneka Bakti.\n"
        '"Yang bawah dibela lewat kebijakan yang nyata," imbuhnya.'
    )
    assert speakers(x) == ["Harjono Wibisono", "Harjono Wibisono"]


def test_a_sentence_going_on_from_a_speakers_with_di_mana_names_no_new_speaker() -> None:
    x = run(
        '"Pelaku sudah kami tangkap," kata Kapolres Sukamaju AKBP Rudi Hartawan, Senin (20/10/2025). '
        "Menurut Rudi, pembunuhan ini didasari utang. Di mana Darto Wiyono berutang pada tersangka sebesar "
        'Rp 200 ribu. "Kasus ini terkait utang piutang," jelasnya.'
    )
    assert speakers(x) == ["Rudi Hartawan", "Rudi Hartawan"]


def test_a_quote_goes_on_from_the_lawyer_not_from_the_client_whose_side_follows() -> None:
    x = run(
        "Kuasa hukum Harjono Kusuma, Budi Hartono, menganggap hakim keliru. "
        "Pihak Harjono menjadikan putusan itu sebagai dasar.\n"
        '"Kami akan membuktikan kekeliruan itu di persidangan nanti," katanya di pengadilan.'
    )
    assert speakers(x) == ["Budi Hartono"]


def test_a_speaker_said_to_go_on_speaking_is_not_replaced_by_a_person_named_after() -> None:
    x = run(
        "Menteri Sosial Budi Hartono menegaskan program itu berjalan baik.\n"
        '"Kami sudah menyalurkan bantuan kepada seluruh keluarga penerima," ujar Budi.\n'
        "Hal ini dia ungkapkan usai acara bersama Gubernur Harjono Kusuma di Jakarta.\n"
        "Ia menekankan pentingnya data yang akurat. Gubernur Harjono ingin warga naik kelas.\n"
        '"Penerima bantuan juga akan diberi pendampingan usaha yang cukup," tegasnya.'
    )
    assert speakers(x) == ["Budi Hartono", "Budi Hartono"]


def test_a_person_who_speaks_after_a_long_apposition_is_the_speaker_after_a_pronoun_went_on() -> None:
    x = run(
        "Kepala Dinas Kesehatan Budi Hartono mencanangkan imunisasi itu.\n"
        '"Sasaran kita tahun ini sekitar tiga puluh ribu anak," jelasnya.\n'
        "Ia menambahkan, tim sudah disiapkan di setiap puskesmas.\n"
        "Salah satu dokter anak, dr. Sinta Maharani, Sp.A, yang turut mendampingi pelaksanaan "
        "imunisasi di sekolah itu, mengatakan demam ringan adalah hal wajar. "
        '"Orang tua cukup memberi kompres dan obat penurun panas," katanya.'
    )
    assert speakers(x) == ["Budi Hartono", "Sinta Maharani"]


def test_a_form_of_address_before_an_office_is_the_offices_one_holder() -> None:
    x = run(
        "Bupati Blora Hanif Wicaksono Adi melantik 20 pejabat di Pendopo. Kepala Dinas Pendidikan "
        "Kabupaten Blora Sri Lestari hadir.\n"
        '"Jabatan ini amanah, bukan hadiah," tegas Mas Bupati, sapaan akrabnya, dalam amanatnya.\n'
        'Wali Kota Salatiga Andi Saputra juga hadir. "Kami mendukung penuh langkah ini," kata Pak Wali.'
    )
    assert speakers(x) == ["Hanif Wicaksono Adi", "Andi Saputra"]


def test_an_office_by_its_form_of_address_at_a_paragraphs_end_is_not_the_next_paragraphs_subject() -> None:
    x = run(
        'Wali Kota Blitar Agus Hartono membuka gerakan itu. "Mulai dari rumah," ujar Agus.\n'
        '"Saya minta lurah jadi contoh," imbuh Pak Wali.\n'
        "Retno Palupi menjelaskan target gerakan tersebut."
    )
    assert speakers(x) == ["Agus Hartono", "Agus Hartono"]


def test_a_quotation_reopened_in_the_next_paragraph_is_one_quote_a_paragraph_by_the_same_speaker() -> None:
    x = run(
        "Bupati Blitar Agus Hartono membuka simulasi itu.\n"
        '"Simulasi ini penting supaya warga tidak panik," kata Agus. "Saya minta setiap desa punya peta '
        "jalur evakuasi.\n"
        '"Jangan hanya disimpan di kantor desa. Anak-anak sekolah juga harus hafal," lanjutnya.'
    )
    assert [(q.speaker.name, q.text.split()[0]) for q in x.quotes] == [
        ("Agus Hartono", "Simulasi"),
        ("Agus Hartono", "Saya"),
        ("Agus Hartono", "Jangan"),
    ]


def test_a_speaker_called_by_an_inner_name_after_an_honorific_is_the_person_introduced() -> None:
    x = run(
        "Kepala Dinas Sosial Kota Denpasar, dr. Ni Made Sekar Wulandari, M.Kes., menjelaskan program itu.\n"
        '"Sampai saat ini sudah ada 412 relawan," jelas dr. Sekar.'
    )
    assert speakers(x) == ["Ni Made Sekar Wulandari"]
    assert "Sekar" not in {e.name for e in x.entities if e.type is EntityType.PERSON}


def test_a_pronoun_after_another_person_is_named_is_not_the_one_quoted_before_going_on() -> None:
    x = run(
        "Kepala Dinas Kesehatan, dr. Budi Hartono, menjelaskan pihaknya memetakan balita. "
        '"Kami sudah menyiapkan tenaga gizi di semua puskesmas," jelas Budi.\n'
        "Sementara itu, Kepala Perwakilan BKKBN yang diwakili Ketua Tim Kerja, Wulandari Prameswari, "
        "S.Psi., mengapresiasi langkah itu. Ia menyebut pihaknya akan menyalurkan alat ukur.\n"
        "Salah seorang kader posyandu asal Kecamatan Lhoksukon, Sri Astuti (41), menyambut baik gerakan "
        'tersebut. "Selama ini kami sering kehabisan bahan makanan tambahan," tuturnya.'
    )
    assert speakers(x) == ["Budi Hartono", "Sri Astuti"]


def test_the_subject_after_a_clause_opening_the_sentence_speaks_on_after_it() -> None:
    x = run(
        'Juru bicara Fraksi Golkar, Lasma Tobing, menyatakan fraksinya menerima. "Temuan harus '
        'ditindaklanjuti," ujar Lasma.\n'
        "Usai seluruh fraksi menyatakan persetujuan, Darwin Sianturi mengetuk palu tanda pengesahan. "
        '"Dengan demikian kedua Ranperda kita setujui bersama," ucapnya.'
    )
    assert speakers(x) == ["Lasma Tobing", "Darwin Sianturi"]


def test_a_person_whose_description_says_something_speaks_the_quote_after() -> None:
    x = run(
        "Kepala Dinas Perdagangan Budi Hartono meninjau pasar.\n"
        '"Stok beras kami pastikan aman sampai Lebaran," jelasnya.\n'
        "Di Pasar Sidikalang, rombongan berdialog dengan Lamria (54), pedagang sayur yang mengaku "
        'pembeli mulai berkurang. "Biasanya orang beli sekilo, sekarang cuma setengah," tuturnya.'
    )
    assert speakers(x) == ["Budi Hartono", "Lamria"]


def test_a_name_ending_in_a_word_of_anothers_name_is_someone_else() -> None:
    x = run(
        "Rapat dipimpin Ketua DPRD Kabupaten Dairi Marihot Situmorang, didampingi Wakil Ketua Gusti Ahmad "
        "Tumpak Bolon.\n"
        'Fraksi Gabungan juga mengingatkan hal itu. "Jangan sampai aspirasi masyarakat hanya tercatat di atas '
        'kertas," kata juru bicaranya, Rahmadi Tumpak.'
    )
    assert "Rahmadi Tumpak" in {e.name for e in x.entities if e.type is EntityType.PERSON}
    assert speakers(x) == ["Rahmadi Tumpak"]


def test_an_office_word_after_the_verb_is_the_one_person_holding_such_an_office() -> None:
    """ "tegas hakim di akhir sidang": the presiding judge the article named, the one person
    whose office has the word; a word no office has ("ujar pengemudi itu") names nobody."""
    x = run(
        "Sidang digelar di Pengadilan Tipikor Medan. Dalam amar putusannya, Ketua Majelis Hakim Sahat "
        "Pardede, S.H., M.H. menyatakan terdakwa terbukti bersalah.\n"
        "“Terdakwa dihukum tiga tahun penjara dan denda Rp 100 juta,” tegas hakim di akhir "
        "sidang.\n"
        "“Jalan itu memang licin,” ujar pengemudi mobil boks saat ditemui."
    )
    assert speakers(x) == ["Sahat Pardede"]


def test_an_office_ending_its_sentence_is_its_holders_not_the_next_sentences_subject() -> None:
    """'"...," kata Dandim. / Kepala Desa Kentara, Sahat Pardede, mengaku ...': the office alone ends the
    quote's sentence and names the article's Dandim; the name after it opens another sentence."""
    x = run(
        "Upacara dihadiri Dandim 0206/Dairi Letkol Inf Marihot Situmorang. Ia menyebut sasaran fisik selesai "
        'tepat waktu. "Warga ikut bekerja setiap hari," kata Dandim.\n\nKepala Desa Kentara, Sahat Pardede, '
        "mengaku senang."
    )
    assert speakers(x) == ["Marihot Situmorang"]


def test_a_quote_closed_with_nya_continues_from_one_speaking_after_his_degrees() -> None:
    """ "Budi, S.E., M.M., menuturkan bahwa ...", then '"...," jelasnya': the degrees between the name and
    the verb of saying leave him the one speaking, not the person quoted before him (the regent spoken of
    last is only talked about)."""
    x = run(
        "SIDIKALANG – Bupati Dairi Tumpak Hasibuan melepas pawai budaya. Ketua panitia, Marihot Situmorang, "
        "menyambut peserta. “Ini pawai terbesar di Dairi,” tuturnya.\nKepala Dinas Pariwisata Dairi, Sahat "
        "Pardede, S.E., M.M., menuturkan bahwa rute pawai melewati empat desa. Sesudahnya rombongan Bupati "
        "menuju alun-alun.\n“Peserta dari kecamatan akan disambut Bapak Bupati di panggung utama,” jelasnya."
    )
    assert speakers(x) == ["Marihot Situmorang", "Sahat Pardede"]


def test_the_name_after_a_clause_opened_by_a_verb_is_its_sentences_subject() -> None:
    """ "Menjawab keluhan tersebut, Budi berjanji ... . '"...," katanya': the clause a verb opens ends at its
    comma; the name after it is the sentence's subject, and the one a later "katanya" continues from."""
    x = run(
        "SIDIKALANG – Warga Desa Kentara, Marihot Situmorang, meminta jalan desa diperbaiki. “Jalan kami "
        "rusak sejak lama,” ujar Marihot.\nMenjawab keluhan tersebut, Sahat Pardede berjanji memperbaiki jalan "
        "itu tahun depan. “Kami kerjakan bertahap mulai Januari,” katanya."
    )
    assert speakers(x) == ["Marihot Situmorang", "Sahat Pardede"]


def test_a_unit_commanders_short_title_after_a_quote_is_that_units_commander() -> None:
    """'"...," ujar Dandim': of the commanders the article gives (a Korem's, a Kodim's), the one of the
    kind of unit the short title names."""
    x = run(
        "SIDIKALANG – Danrem 022/Pantai Timur Kolonel Inf Sahat Pardede membuka TMMD di Desa Kentara. "
        "Komandan Kodim (Dandim) 0206/Dairi, Letkol Inf Marihot Situmorang, meninjau jembatan yang dibangun "
        "prajurit.\n“Warga ikut bekerja sejak pagi sampai sore,” ujar Dandim usai peninjauan."
    )
    assert speakers(x) == ["Marihot Situmorang"]


def test_an_office_in_lower_case_with_its_region_after_the_verb_is_its_holder() -> None:
    """'"...," tegas bupati Dairi.': the regent the article gives, his office written in lower case with
    the regency's name (not a person "Dairi")."""
    x = run(
        "Bupati Dairi Tumpak Hasibuan menyerahkan bantuan di Kantor Bupati Dairi, Senin (3/3/2025).\n"
        "“Kami ingin semua warga tertib membayar pajak tahun ini,” tegas bupati Dairi."
    )
    assert speakers(x) == ["Tumpak Hasibuan"]


def test_the_one_confirming_what_was_said_before_speaks_the_quotation_after() -> None:
    x = run(
        "Kepala Dinas Pariwisata Kabupaten Dairi, Romauli Simbolon, menjelaskan bahwa tingkat hunian penginapan di "
        "Sidikalang selama festival mencapai 90 persen. Hal itu dibenarkan Marihot Situmorang, pemilik penginapan "
        'di Desa Sitinjo. Ia mengaku seluruh kamarnya sudah dipesan. "Pengunjung datang dari Medan sampai luar '
        'negeri. Selama ada festival, pedagang di desa kami ikut laris," tuturnya.'
    )
    assert speakers(x) == ["Marihot Situmorang"]


def test_a_theme_set_before_its_quotation_marks_as_a_sentences_subject_is_no_ones_words() -> None:
    said = "Dalam amanatnya, Bupati Dairi Sahat Nainggolan mengajak warga bekerja sama. "
    for theme in ("Tema tahun ini, ", "Tema yang diusung tahun ini, ", "Adapun tema kali ini: "):
        x = run(said + theme + '"Dairi Bersatu, Melangkah Bersama", menurutnya mencerminkan gotong royong.')
        assert not x.quotes, theme
    x = run(said + '"Kami ingin tema ini dihayati semua warga," kata Sahat.')
    assert [q.speaker.name for q in x.quotes] == ["Sahat Nainggolan"]


def test_a_citizen_described_before_their_name_speaks_the_quotation_after() -> None:
    """ "Seorang pedagang yang memanfaatkan pasar malam itu, Romauli Simbolon (29) asal Desa X, mengaku
    senang. "...," tuturnya": the verb of the relative clause describing her is no verb of a sentence
    she is the object of; she is its subject, and the one quoted after."""
    x = run(
        "Menurut Kadis Perdagangan Sahat Nainggolan, pasar malam dibuka hingga pukul 22.00 WIB.\n"
        "Seorang pedagang yang memanfaatkan pasar malam itu, Romauli Simbolon (29) asal Desa Bintang, "
        'mengaku senang. "Dagangan saya habis sebelum jam sembilan, semoga pasar ini rutin," tuturnya.'
    )
    assert speakers(x) == ["Romauli Simbolon"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Kepala Dusun Lae Pondom, Parlin, menyebutkan warganya kini membeli air dari truk tangki.",
            "Parlin",
        ),
        (
            "Seorang pemilik penggilingan padi di Kecamatan Sumbul, Hotman, yang akrab disapa Ucok, "
            "mengatakan harga gabah turun.",
            "Hotman",
        ),
    ],
)
def test_one_name_set_off_by_commas_before_a_verb_of_saying_is_a_person(text: str, person: str) -> None:
    assert person in {e.name for e in run(text).entities if e.type is EntityType.PERSON}


def test_the_one_said_to_feel_the_same_speaks_the_quotation_after() -> None:
    x = run(
        "Seorang petani kopi, Romauli Simbolon (48), mengaku panen tahun ini lebih baik. "
        '"Buahnya lebat sekali, jarang kena hama," katanya.\n'
        "Hal serupa dirasakan Marihot Situmorang (35), petani asal Desa Bintang. "
        '"Harga juga naik sedikit, lumayan untuk biaya sekolah anak," ujarnya.'
    )
    assert speakers(x) == ["Romauli Simbolon", "Marihot Situmorang"]


def test_an_office_as_the_subject_without_a_name_speaks_the_quotation_after_not_the_one_named_last() -> None:
    x = run(
        "Wali Kota Sibolga Marlon Hutagalung berdialog dengan pedagang Pasar Sibolga Nauli, Selasa (10/6/2025).\n\n"
        'Seorang pedagang, Rosinta Pasaribu, mengeluhkan atap los yang bocor. "Kalau hujan, dagangan kami '
        'basah semua," keluhnya.\n\n'
        "Atas keluhan itu, wali kota menginstruksikan dinas terkait memperbaiki atap sebelum musim hujan. "
        '"Minggu depan tukang sudah harus naik ke atap," tutupnya.'
    )
    assert speakers(x) == ["Rosinta Pasaribu", "Marlon Hutagalung"]


def test_a_quotation_whose_next_paragraph_only_closes_it_goes_on_there_one_part_a_paragraph() -> None:
    x = run(
        "Wali Kota Sibolga Marlon Hutagalung membuka festival, Selasa (10/6/2025).\n\n"
        "“Festival ini kami gelar supaya nelayan punya pasar baru di kota sendiri.\n\n"
        "Tahun depan pesertanya harus dua kali lipat dari sekarang,” tegas Marlon.\n\n"
        "Festival berlangsung tiga hari."
    )
    assert [(q.speaker.name, q.text.split()[0]) for q in x.quotes] == [
        ("Marlon Hutagalung", "Festival"),
        ("Marlon Hutagalung", "Tahun"),
    ]


def test_a_name_after_a_given_name_written_short_is_what_he_is_called_not_his_wifes_last_name() -> None:
    """``kata Halomoan`` after "Bupati Moh. Halomoan Sitorus" and "Nur Aini Halomoan" (his wife, who carries
    his name): "Moh." is his first name written short, so "Halomoan" is his."""
    x = run(
        "Bupati Samosir Moh. Halomoan Sitorus membuka pameran. Ketua Dekranasda Samosir Nur Aini Halomoan ikut "
        'mendampingi.\n\n"Ulos harus dipakai, bukan disimpan di lemari," kata Halomoan dalam sambutannya.'
    )
    assert speakers(x) == ["Moh. Halomoan Sitorus"]


def test_a_name_after_a_butonese_noble_title_is_what_he_is_called_not_his_wifes_last_name() -> None:
    """``tegas Binsar`` after "Pj. Bupati La Ode Binsar" and "Wa Ode Rosdiana Binsar" (his wife, who carries
    his name): "La Ode" is his title, so "Binsar" is his given name, one person with him."""
    x = run(
        "Penjabat (Pj.) Bupati Samosir, Dr. La Ode Binsar, M.Si., meluncurkan Gerakan Cegah Stunting. Peluncuran "
        "dihadiri Pj. Ketua Tim Penggerak PKK Samosir Wa Ode Rosdiana Binsar.\n\nDalam sambutannya, Binsar "
        'mengungkapkan angka stunting.\n\n"Saya minta setiap kepala desa mengalokasikan Dana Desa," tegas Binsar.'
    )
    assert speakers(x) == ["La Ode Binsar"]
    assert "Binsar" not in {e.name for e in x.entities}


@pytest.mark.parametrize(
    "told",
    [
        "Hal itu disampaikan Bupati Samosir Marihot Sinaga",
        "Pernyataan tersebut diungkapkan oleh Bupati Samosir Marihot Sinaga",
    ],
)
def test_a_quotation_whose_speaker_the_next_sentence_names(told: str) -> None:
    """``"...." Hal itu disampaikan Bupati X saat ...``: a quotation with no verb of saying after it, whose
    speaker the next sentence names as the one who said it."""
    x = run(
        '"Desa yang tertib lahir dari kebiasaan warganya, bukan dari lomba semata." '
        f"{told} saat menyerahkan piagam kepada tujuh desa di Pangururan."
    )
    assert speakers(x) == ["Marihot Sinaga"]


@pytest.mark.parametrize(
    "said",
    ["ujar bupati yang biasa dipanggil Ompung Tumpal itu.", "tegas bupati."],
)
def test_an_office_in_lower_case_is_its_holder_not_the_deputy_named_last(said: str) -> None:
    x = run(
        "Bupati Samosir Tumpal Sinaga menyerahkan bantuan traktor kepada petani di Pangururan, Selasa "
        "(14/9/2021). Hadir pula Wakil Bupati Samosir Binsar Manurung dan Sekda Romauli Simbolon.\n\n"
        f"“Traktor ini harus dirawat. Jangan sampai dijual,” {said}"
    )
    assert speakers(x) == ["Tumpal Sinaga"]
