"""Extraction on small hand-written articles: each stage's grammar, one golden case per rule."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.base import extract, extractors
from kg.records import Article, Award, EntityType, Extraction


def run(text: str, date: str | None = "2024-11-20", title: str = "Judul") -> Extraction:
    return extract(Article(title, text, date=date))


def names(x: Extraction, kind: EntityType) -> set[str]:
    return {e.name for e in x.entities if e.type is kind and e.mentions}


def award_names(text: str, date: str) -> set[str]:
    """Every name and other name of the awards extracted from ``text`` published on ``date``."""
    return {n for a in extract(Article("Judul", text, date=date)).awards for n in (a.name, *a.aliases)}


def the_award(text: str, date: str) -> Award:
    """The one award extracted from ``text`` published on ``date``."""
    [award] = extract(Article("Judul", text, date=date)).awards
    return award


def awarded(x: Extraction) -> list[tuple[str, str | None]]:
    """Each award's name and its winner's, in the order found."""
    return [(a.name, a.recipient.name if a.recipient else None) for a in x.awards]


def test_title_with_abbreviation_and_jurisdiction_gives_a_membership() -> None:
    x = run("Sekretaris Daerah (Sekda) Kota Batu Agus Setiawan membuka acara.")
    [m] = x.memberships
    assert (m.person.name, m.role.name, m.organization.name) == (
        "Agus Setiawan",
        "Sekretaris Daerah",
        "Pemerintah Kota Batu",
    )
    assert "Sekda" in m.role.aliases


def test_acting_title_and_degrees() -> None:
    x = run("Penjabat (Pj.) Bupati Malang Ahmad Fauzi, S.Sos., M.Si memimpin rapat.")
    [m] = x.memberships
    assert m.tenure == "acting" and m.role.name == "Penjabat Bupati"
    assert m.organization.name == "Pemerintah Kabupaten Malang"
    assert m.person.name == "Ahmad Fauzi" and m.person.honorific_suffix == ("S.Sos.", "M.Si")


def test_degrees_written_without_dots_in_mixed_case_are_degrees() -> None:
    x = run(
        "Kepala Dinas Pendidikan Kota Batu Rina Kartika SPd MPd dan Camat Junrejo Andi Saputra SSos hadir."
    )
    people = {e.name: e for e in x.entities if e.type is EntityType.PERSON}
    assert set(people) == {"Rina Kartika", "Andi Saputra"}
    assert people["Rina Kartika"].honorific_suffix == ("SPd", "MPd")


def test_honorifics_and_ranks_are_stripped_from_names() -> None:
    x = run("Kapolresta Malang Kota Kombes Pol Hadi Wibowo dan Wali Kota Batu Drs. H. Joko Susilo hadir.")
    people = {e.name: e for e in x.entities if e.type is EntityType.PERSON}
    assert set(people) == {"Hadi Wibowo", "Joko Susilo"}
    assert people["Hadi Wibowo"].honorific_prefix == ("Kombes Pol",)
    assert people["Joko Susilo"].honorific_prefix == ("Drs.", "H.")


def test_head_of_agency_with_expansion() -> None:
    x = run(
        "Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kota Batu Sri Wahyuni menyampaikan paparan."
    )
    [m] = x.memberships
    assert m.role.name == "Kepala" and m.person.name == "Sri Wahyuni"
    org = m.organization
    assert org.name == "Badan Perencanaan Pembangunan Daerah Kota Batu"
    assert {"Bappeda", "Bappeda Kota Batu"} <= org.aliases
    # the government the article never names is no node of its own (kg.extract.decide.prune) ...
    assert org.parent is None
    # ... but once the article names it, the agency is linked to it
    x = run(
        "Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kota Batu Sri Wahyuni menyampaikan paparan. "
        "Pemerintah Kota Batu menyiapkan anggaran."
    )
    org = x.memberships[0].organization
    assert org.parent is not None and org.parent.name == "Pemerintah Kota Batu"


def test_jurisdiction_keeps_same_body_of_two_regions_apart() -> None:
    x = run("Bappeda Kota Malang dan Bappeda Kabupaten Malang menggelar rapat bersama.")
    assert {
        "Badan Perencanaan Pembangunan Daerah Kota Malang",
        "Badan Perencanaan Pembangunan Daerah Kabupaten Malang",
    } <= names(x, EntityType.ORGANIZATION)


def test_short_name_and_bare_title_resolve_within_the_article() -> None:
    text = (
        "Wali Kota Batu Joko Susilo membuka Musrenbang Kota Batu, Senin (18/11/2024). "
        "Joko berharap warga aktif. “Kita harus bergerak bersama untuk kota ini,” ujarnya. "
        "“Semua pihak wajib terlibat dalam pembangunan,” kata Wali Kota."
    )
    x = run(text)
    [person] = [e for e in x.entities if e.type is EntityType.PERSON]
    assert "Joko" in person.aliases
    assert [q.speaker.name for q in x.quotes] == ["Joko Susilo", "Joko Susilo"]
    assert x.quotes[0].text == "Kita harus bergerak bersama untuk kota ini"


def test_quote_spanning_paragraphs_with_named_speaker() -> None:
    text = "Camat Klojen Rudi Haryadi memberi arahan.\n\n“Warga harus siaga banjir\n\n“Kami siapkan posko di setiap kelurahan,” kata Rudi."
    x = run(text)
    # one quote a paragraph, both the speaker's (as every annotator lists a reopened quotation)
    assert [(q.speaker.name, q.text) for q in x.quotes] == [
        ("Rudi Haryadi", "Warga harus siaga banjir"),
        ("Rudi Haryadi", "Kami siapkan posko di setiap kelurahan"),
    ]


def test_event_with_date_place_and_participants() -> None:
    text = (
        "Wali Kota Batu Joko Susilo memimpin Apel Kesiapan Bencana di Alun-alun Kota Batu, Senin (18/11/2024). "
        "Apel dihadiri Badan Penanggulangan Bencana Daerah (BPBD) Kota Batu."
    )
    x = run(text)
    [event] = x.events
    assert event.date == "2024-11-18" and event.name.startswith("Apel Kesiapan Bencana")
    assert event.location is not None and event.location.name.startswith("Alun-alun")
    assert [p.name for p in event.performers] == ["Joko Susilo"]
    assert "Badan Penanggulangan Bencana Daerah Kota Batu" in {a.name for a in event.attendees}


def test_regulation_with_number_year_and_subject() -> None:
    x = run("Pemkot Batu menerbitkan Peraturan Daerah Nomor 9 Tahun 2023 tentang Penanggulangan Kemiskinan.")
    [law] = [e for e in x.entities if e.type is EntityType.LEGISLATION]
    assert law.name == "Peraturan Daerah Kota Batu Nomor 9 Tahun 2023"
    assert law.passed_by is not None and law.passed_by.name == "Pemerintah Kota Batu"
    # a subject only the title names is the title's words, not a programme of its own ...
    assert "Penanggulangan Kemiskinan" not in names(x, EntityType.PROGRAM)
    # ... one the article also names on its own is
    x = run(
        "Pemkot Batu menerbitkan Peraturan Daerah Nomor 9 Tahun 2023 tentang Penanggulangan Kemiskinan. "
        "Program Penanggulangan Kemiskinan dimulai pekan depan."
    )
    assert "Penanggulangan Kemiskinan" in names(x, EntityType.PROGRAM)


def test_awards_in_an_enumeration_share_the_conferrer() -> None:
    text = (
        "Pemkot Batu meraih penghargaan, di antaranya Terbaik I Kategori Inovasi Daerah, "
        "dan Terbaik II Kategori Pelayanan Publik pada ajang Anugerah Inovasi Jawa Timur."
    )
    x = run(text)
    assert [a.name for a in x.awards] == [
        "Terbaik I Kategori Inovasi Daerah",
        "Terbaik II Kategori Pelayanan Publik",
    ]
    assert {a.conferred_by.name for a in x.awards if a.conferred_by} == {"Anugerah Inovasi Jawa Timur"}
    assert {a.recipient.name for a in x.awards if a.recipient} == {"Pemerintah Kota Batu"}


def test_weekdays_and_bare_titles_never_become_entities() -> None:
    x = run(
        "Sekda menegaskan hal itu pada Senin (18/11/2024). Pak Sekda hadir. Pj. Wali Kota Malang berpesan."
    )
    labels = {e.name for e in x.entities if e.type is not EntityType.ROLE}
    assert not labels & {"Senin", "Sekda", "Pak Sekda", "Pj. Wali Kota Malang"}


def test_a_title_before_a_name_makes_a_person_on_the_same_weekday() -> None:
    """The twin of the test above: a bare title stays none, the name after a title is a person."""
    x = run(
        "Sekda Kota Pasuruan Darmo Sulistyanto menegaskan hal itu pada Senin (18/11/2024). Pak Sekda hadir."
    )
    assert "Darmo Sulistyanto" in names(x, EntityType.PERSON)


def test_every_span_matches_the_text() -> None:
    from conftest import SAMPLE

    from kg.ingest import read_inputs

    for article in read_inputs([SAMPLE]).articles:
        x = extract(article)
        spans = (
            [m.span for e in x.entities for m in e.mentions]
            + [q.span for q in x.quotes]
            + [e.span for e in x.events]
        )
        assert spans and all(article.text[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize("stage", [s.name for s in extractors()])
def test_each_registered_stage_runs_alone(stage: str) -> None:
    x = extract(
        Article("Judul", "Wali Kota Batu Joko Susilo hadir di Balai Kota Batu, Senin (18/11/2024)."),
        only={stage},
    )
    assert isinstance(x, Extraction)


_DEFINITION_WORDS = [
    "Gerakan",
    "Pangan",
    "Murah",
    "rapat",
    "kerja",
    "x-y",
    "dan",
    " (GPM)",
    " (RK)",
    "(RK)",
    " (X)",
    ",",
    " ",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DEFINITION_WORDS), max_size=60))
def test_short_form_definitions_are_found_as_the_pattern_finds_them(parts: list[str]) -> None:
    """The events' defined short forms are looked for back from each bracket (issue #10): the same
    matches, in the same order, as the pattern tried at every character."""
    from kg.extract.events import _DEFINED_SHORT, _definitions

    text = "".join(parts)
    expected = [(m.span(), m.groups()) for m in _DEFINED_SHORT.finditer(text)]
    assert [(m.span(), m.groups()) for m in _definitions(text)] == expected


_LEVEL_LIST_WORDS = [
    "desa",
    "Kecamatan",
    "kampung",
    "lain",
    "tiga",
    ", yakni",
    " meliputi",
    "Sumber",
    "Jaya",
    ",",
    " ",
    " dan",
    "esa",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LEVEL_LIST_WORDS), max_size=60))
def test_a_list_after_a_level_word_is_found_as_the_search_finds_it(parts: list[str]) -> None:
    """listed_after_level skips the search where no level's word is in reach (issue #10): at every
    position it answers as the plain search does."""
    from kg.extract.context import Context
    from kg.extract.places import _LISTED_AFTER_LEVEL, listed_after_level

    text = "".join(parts)
    ctx = Context(Article("Judul", text))
    for start in range(len(text) + 1):
        plain = _LISTED_AFTER_LEVEL.search(text, max(0, start - 200), start) is not None
        assert (listed_after_level(ctx, start) is not None) == plain


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("Kota Malang Wali Sekda (Pj.) “”\",. Senin 19/11/2024\n\nabcXYZ<>&'")),
        max_size=300,
    )
)
def test_no_input_crashes_extraction(text: str) -> None:
    x = run(text)
    for e in x.entities:
        for m in e.mentions:
            assert text[m.span.start : m.span.end] == m.span.text


def test_a_title_ending_the_text_after_a_provinces_official_does_not_crash_extraction() -> None:
    """ "..., kepada Bupati." at the very end, after an office of a body the province names: the title's
    town looked for past the last word raised IndexError, losing the article."""
    x = run(
        "Sertifikat diserahkan Kepala Perwakilan Ombudsman RI Provinsi Sumatera Utara, Marihot Situmorang, "
        "kepada Bupati."
    )
    assert "Marihot Situmorang" in names(x, EntityType.PERSON)


def test_datelines_bylines_and_read_also_lines_never_become_entities() -> None:
    text = (
        "MALANGVOICE – Wali Kota Batu Joko Susilo meninjau banjir.\n\n"
        "Baca Juga: Pemkot Batu Salurkan Bantuan Sosial\n\n(cah/ram)\n\nReporter: Citra Dewi\nEditor: Rahmat Hidayat"
    )
    x = run(text)
    labels = {e.name for e in x.entities if e.mentions}
    assert "Joko Susilo" in labels
    assert not labels & {"MALANGVOICE", "Citra Dewi", "Rahmat Hidayat", "Bantuan Sosial"}


def test_headlines_listed_under_a_read_also_heading_are_furniture() -> None:
    """A "Baca juga:" heading alone on its line, then other articles' headlines after list marks:
    their words ("Kades Sumbul, Diduga Salah Kelola Dana") are no person, no office, no village."""
    x = run(
        "Sidang digelar di PN Medan.\n(ton/red)\nBaca juga:\n– Inspektorat Dairi Audit Proyek Jalan "
        "Desa\n– Kejari Dairi Periksa Kades Sumbul, Diduga Salah Kelola Dana\nIkuti kami di Google News"
    )
    assert not [e.name for e in x.entities if e.type is EntityType.PERSON]
    assert not x.memberships
    assert not any("Dairi" in e.name for e in x.entities)


def test_editors_initials_with_their_office_are_furniture() -> None:
    x = run("Wali Kota Batu Joko Susilo meninjau banjir di Kecamatan Junrejo. (hes/Kominfo)")
    assert "Joko Susilo" in {e.name for e in x.entities}
    assert not any("Komunikasi" in e.name or e.name == "Kominfo" for e in x.entities)


def test_unit_of_a_body_and_party_affiliation() -> None:
    x = run("Anggota Komisi B DPRD Kota Batu dari Fraksi PKB, Fajar Hakim, mengatakan hal itu.")
    [m] = x.memberships
    # the seat in the unit is the role, the body the unit sits in the organisation (sub-unit convention)
    assert m.person.name == "Fajar Hakim" and m.role.name == "Anggota Komisi B"
    assert m.organization.name == "Dewan Perwakilan Rakyat Daerah Kota Batu"
    [unit] = [e for e in x.entities if e.name == "Komisi B Dewan Perwakilan Rakyat Daerah Kota Batu"]
    assert unit.parent is m.organization
    assert any(
        e.name.startswith("Fraksi") for e in x.entities if e.type is EntityType.ORGANIZATION and e.mentions
    )


def test_military_unit_with_number_and_region() -> None:
    [m] = run("Dandim 0833/Kota Malang Letkol Inf Joko Prasetyo hadir.").memberships
    assert (m.person.name, m.organization.name) == ("Joko Prasetyo", "Komando Distrik Militer 0833")
    assert "Kodim 0833/Kota Malang" in m.organization.aliases
    assert m.person.honorific_prefix == ("Letkol Inf",)


def test_an_act_names_the_event_and_its_place() -> None:
    x = run(
        "Bupati Malang Ahmad Fauzi meresmikan Pasar Rakyat Desa Sumberejo, Jumat malam (8/8).",
        date="2025-08-09",
    )
    [event] = x.events
    assert (
        event.name == "Peresmian Pasar Rakyat Desa Sumberejo"
        and event.date == "2025-08-08"
        and event.kind == "Launch"
    )
    assert event.location is not None and event.location.name == "Pasar Rakyat Desa Sumberejo"


def test_former_holder_is_marked() -> None:
    [m] = run("Sementara itu, mantan Wali Kota Batu Sugeng Riyadi hadir sebagai undangan.").memberships
    assert m.tenure == "former" and m.person.name == "Sugeng Riyadi"


def test_a_sentence_about_one_award_won_before_is_no_enumeration_of_awards() -> None:
    x = run(
        "Kota Batu juga meraih penghargaan Swasti Saba Wistara. Penghargaan KLA kemudian diperkenalkan "
        "kepada masyarakat pada Puncak Peringatan Hari Anak Nasional Tingkat Kota Batu di Alun-alun Batu, "
        "Sabtu, 27 Juli 2024."
    )
    # (KLA, the national Kota Layak Anak programme the award is named for, is the only programme)
    assert names(x, EntityType.PROGRAM) <= {"Kota Layak Anak"}
    assert any(e.name.startswith("Puncak Peringatan Hari Anak Nasional") for e in x.events)
    # one award won in its own sentence is found as before
    x = run(
        "Pada kesempatan itu, Bupati menyerahkan trofi kepada para pemenang lomba. Juara I Lomba Desa "
        "Sehat Sejahtera diraih Desa Sukamaju, disusul Desa Ngijo sebagai juara II."
    )
    assert any(a.name.startswith("Juara I Lomba Desa Sehat") for a in x.awards)


def test_award_received_outside_an_enumeration() -> None:
    x = run(
        "Pemkot Batu kembali meraih penghargaan Adipura Kencana dari Kementerian Lingkungan Hidup dan Kehutanan (KLHK)."
    )
    [award] = x.awards
    assert award.name == "Adipura Kencana"
    assert award.recipient is not None and award.recipient.name == "Pemerintah Kota Batu"
    assert (
        award.conferred_by is not None
        and award.conferred_by.name == "Kementerian Lingkungan Hidup dan Kehutanan"
    )


def test_awards_after_a_verb_of_winning() -> None:
    def awards(text: str) -> list[tuple[str, str | None, str | None]]:
        return [
            (a.name, a.recipient and a.recipient.name, a.conferred_by and a.conferred_by.name)
            for a in run(text).awards
        ]

    assert awards("Pemkab Lumajang meraih Juara 1 Semeru Awards 2025 kategori Kabupaten.") == [
        ("Juara 1 Semeru Awards 2025 kategori Kabupaten", "Pemerintah Kabupaten Lumajang", None)
    ]
    assert awards("Pemkab Malang raih predikat WTP dari BPK untuk ke-10 kalinya.") == [
        ("WTP", "Pemerintah Kabupaten Malang", "Badan Pemeriksa Keuangan")
    ]
    assert awards(
        "Dinas Kominfo Kota Malang menyabet juara 1 lomba inovasi pelayanan publik tingkat provinsi."
    ) == [
        (
            "Juara 1 lomba inovasi pelayanan publik tingkat provinsi",
            "Dinas Komunikasi dan Informatika Kota Malang",
            None,
        )
    ]
    assert awards("SMAN 3 Malang meraih medali emas Olimpiade Sains Nasional.")[0][0] == (
        "Medali emas Olimpiade Sains Nasional"
    )
    # a passive verb: the recipient follows "kepada", the giver "oleh"
    [(name, _, by)] = awards(
        "Penghargaan Innovative Government Award (IGA) 2024 diserahkan oleh Menteri Dalam Negeri "
        "Hendra Gunawan kepada Pemkot Malang."
    )
    assert "Innovative Government Award" in name and by == "Hendra Gunawan"
    # the award's name is no programme, even with its abbreviation
    x = run("Kota Batu mempertahankan predikat Opini Wajar Tanpa Pengecualian (WTP) dari BPK RI.")
    assert [(a.name, a.aliases) for a in x.awards] == [
        ("Opini Wajar Tanpa Pengecualian", ("Opini Wajar Tanpa Pengecualian (WTP)", "Opini WTP"))
    ]
    assert not names(x, EntityType.PROGRAM)


def test_no_award_where_nothing_was_won() -> None:
    for text in (
        "Wali Kota berharap Kota Malang dapat meraih predikat Kota Layak Anak Kategori Utama tahun depan.",
        "Pemkot Malang akan menerima penghargaan Adipura pada Juni mendatang.",
        "Kementerian Kebudayaan akan menyelenggarakan Anugerah Kebudayaan Indonesia. "
        "Lebih dari sekadar penghargaan, Anugerah Kebudayaan Indonesia menjadi ruang yang merayakan dedikasi.",
        "Dia meraih gelar Doktor Ilmu Hukum dari Universitas Brawijaya.",
        "Kejari Malang menerima penghargaan Kajati Jatim atas capaian kinerja.",
        "Ia menerima Surat Keputusan (SK) pengangkatan dari Gubernur.",
    ):
        assert run(text).awards == [], text


def test_an_award_where_something_was_won() -> None:
    """The twins of the test above: the same awards, won."""
    for text, award in (
        (
            "Pemkot Pasuruan meraih predikat Kota Layak Anak Kategori Utama tahun ini.",
            "Kota Layak Anak Kategori Utama",
        ),
        ("Pemkot Pasuruan menerima penghargaan Adipura pada Juni lalu.", "Adipura"),
    ):
        assert [a.name for a in run(text).awards] == [award], text


def test_awards_listed_as_bullets_under_a_sentence_saying_they_were_won() -> None:
    x = run(
        "Kinerja Ditjen Imigrasi juga terlihat dari sejumlah penghargaan dan prestasi di antaranya:\n\n"
        "- Silver Winner Anugerah Humas Indonesia 2025 kategori Program Kehumasan Pemerintah\n"
        "- Penghargaan Inovasi Pelayanan Publik Terbaik dari KemenPANRB untuk Implementasi Digitalisasi Layanan\n"
        "- Realisasi penguatan kerja sama dengan BNPT dan Polri\n"
    )
    assert [a.name for a in x.awards] == [
        "Silver Winner Anugerah Humas Indonesia 2025 kategori Program Kehumasan Pemerintah",
        "Penghargaan Inovasi Pelayanan Publik Terbaik",
    ]
    assert {a.recipient.name for a in x.awards if a.recipient} == {"Direktorat Jenderal Imigrasi"}


def test_a_city_epithet_is_the_city_the_article_is_about() -> None:
    x = run(
        "Pemkot Malang menggelar pasar murah di Kota Malang. Pasar murah di Kota Malang digelar di lima lokasi. "
        "Harga cabai di Kota Dingin pun turun."
    )
    [city] = [e for e in x.entities if e.type is EntityType.PLACE]
    assert city.name == "Kota Malang" and "Kota Dingin" in city.aliases
    # an article about no kota or kabupaten: a city of its own
    assert "Kota Gaza" in names(
        run("Pengungsi kembali ke Kota Gaza setelah gencatan senjata."), EntityType.PLACE
    )


def test_one_person_under_a_quoted_nickname_and_a_shortened_first_name() -> None:
    x = run(
        "Wali Kota Batu Bambang 'Bembeng' Sutrisno menargetkan pemilihan digelar. "
        '"Ini penting," jelas Bembeng. Ketua DPRD Kota Batu, Ardiansyah Saputro hadir. '
        "Lebih lanjut, Ardi menyampaikan bahwa Kota Batu memiliki Perda."
    )
    persons = {e.name: e for e in x.entities if e.type is EntityType.PERSON}
    assert set(persons) == {"Bambang Sutrisno", "Ardiansyah Saputro"}
    assert (
        "Bembeng" in persons["Bambang Sutrisno"].aliases and "Ardi" in persons["Ardiansyah Saputro"].aliases
    )


def test_a_nickname_named_alone_after_atau_is_the_same_person() -> None:
    x = run(
        "KPK sudah menetapkan tersangka dalam OTT yang turut menjerat Wakil Menteri Perindustrian "
        '(Wamenperin) Arsenius Pratama atau Nuel. "Bahwa tadi malam sudah dilakukan ekspose," kata juru '
        "bicara KPK. Nuel turut terjaring dalam OTT tersebut. Salah satunya, Wamenperin Nuel."
    )
    assert names(x, EntityType.PERSON) == {"Arsenius Pratama"}
    assert {m.person.name for m in x.memberships} == {"Arsenius Pratama"}


def test_a_body_its_abbreviation_names_in_title_case_is_one_node() -> None:
    x = run(
        "Survei Lembaga Kajian Ekonomi Nusantara (LKEN) dirilis. Peneliti Lken, Budi Santoso menyampaikan hasilnya."
    )
    assert names(x, EntityType.ORGANIZATION) == {"Lembaga Kajian Ekonomi Nusantara"}
    [m] = x.memberships
    assert m.organization is not None and m.organization.name == "Lembaga Kajian Ekonomi Nusantara"


def test_a_school_or_health_centre_named_as_a_site_is_a_place_too() -> None:
    x = run(
        "Puluhan siswa SMPN 21 Pontianak dilarikan ke Puskesmas Sungai Jawi Luar. "
        "Polres Magetan menggelar bakti sosial di depan gerbang Mapolres Magetan."
    )
    assert names(x, EntityType.PLACE) == {"Puskesmas Sungai Jawi Luar", "Mapolres Magetan"}
    assert {"SMPN 21 Pontianak", "Puskesmas Sungai Jawi Luar"} <= names(x, EntityType.ORGANIZATION)


def test_a_regency_press_release_reads_as_its_readers_would() -> None:
    x = run(
        "Pemkab Malang menggelar Rapat Koordinasi Percepatan Penurunan Stunting di Pendopo Agung, "
        "Selasa (3/9/2024). Rakor dipimpin Bupati Malang HM Sanusi dan dihadiri Tim Penggerak PKK "
        "Kabupaten Malang. Dinkes menggencarkan program Gerakan Masyarakat Hidup Sehat (Germas). "
        '"Semua OPD harus bergerak bersama," tegas Sanusi. Ketua TP PKK Kabupaten Malang Anis Zaidah '
        "Sanusi berharap kader posyandu lebih aktif."
    )
    persons = {e.name: e for e in x.entities if e.type is EntityType.PERSON}
    assert set(persons) == {"Sanusi", "Anis Zaidah Sanusi"}  # "HM": an honorific; his wife is not him
    assert persons["Sanusi"].honorific_prefix == ("HM",)
    [quote] = x.quotes
    assert quote.speaker is persons["Sanusi"]
    orgs = names(x, EntityType.ORGANIZATION)
    assert "Rapat Koordinasi Percepatan Penurunan Stunting" not in orgs  # an event's name
    assert [o for o in orgs if "Kesejahteraan Keluarga" in o] == [
        "Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kabupaten Malang"
    ]
    assert "Gerakan Masyarakat Hidup Sehat" in names(x, EntityType.PROGRAM)


def test_a_programme_without_the_place_it_runs_in_and_no_count_in_one_of() -> None:
    x = run(
        "Wali Kota meninjau program Sambang Kampung di Kelurahan Buring. Program ini merupakan "
        "salah satu program prioritas Pemkot Malang."
    )
    assert names(x, EntityType.PROGRAM) == {"Sambang Kampung"}


def test_an_inspection_of_a_programme_named_after_lower_case_words() -> None:
    x = run(
        "Wali Kota Malang Budi Santoso meninjau langsung pelaksanaan program Sambang Kampung di "
        "Kelurahan Buring, Kecamatan Kedungkandang, Rabu (11/6/2025)."
    )
    [event] = x.events
    assert event.name.startswith("Peninjauan Sambang Kampung") and event.date == "2025-06-11"
    assert event.location is not None and event.location.name == "Kelurahan Buring"


def test_a_military_command_by_number_and_name() -> None:
    [m] = run("Acara itu dihadiri Pangdam V/Brawijaya Mayjen TNI Rudy Saladin.").memberships
    assert m.person.name == "Rudy Saladin" and m.organization is not None
    assert m.organization.name == "Komando Daerah Militer V"
    assert "Kodam V/Brawijaya" in m.organization.aliases


def test_no_event_from_an_abbreviation_or_an_earlier_event_something_comes_from() -> None:
    x = run(
        "Gubernur melantik lima kepala daerah hasil Pemilihan Kepala Daerah (Pilkada) Serentak 2024 "
        "di Gedung Negara Grahadi, Surabaya, Kamis (20/2/2025)."
    )
    assert not [e for e in x.events if e.kind == "Election"]
    x = run("Polres menggelar kegiatan bakti sosial (baksos) bagi pengemudi becak, Senin (20/10/2025).")
    assert [e.name for e in x.events] == ["Bakti Sosial"]


def test_programmes_named_with_whose_they_are_and_two_joined_by_dan() -> None:
    x = run("Kepala daerah menyelaraskan RPJMD dengan program Asta Cita Presiden Hendra Gunawan.")
    assert "Asta Cita" in names(x, EntityType.PROGRAM)
    x = run("Pemkot Batu melanjutkan program Kartu Batu Sehat dan Beasiswa Batu Cerdas Mahasiswa tahun ini.")
    assert names(x, EntityType.PROGRAM) >= {"Kartu Batu Sehat", "Beasiswa Batu Cerdas Mahasiswa"}
    x = run("Warga menikmati program Pemerintahan Presiden Hendra Gunawan.")
    assert not names(x, EntityType.PROGRAM)


def test_a_city_press_release_with_a_unit_spelled_out_once_and_a_pupil_quoted() -> None:
    x = run(
        "Pemkot Malang melalui Badan Perencanaan, Penelitian dan Pengembangan Daerah (Barenlitbangda) "
        "menggelar Musyawarah Perencanaan Pembangunan (Musrenbang) Kecamatan Klojen di Aula Kantor "
        "Kecamatan Klojen, Kamis (6/2/2025). Kegiatan ini dihadiri Plt. Kepala Barenlitbangda Kota "
        "Malang Ir. Dwi Lestari, M.T. Pelatihan itu bagian dari Gerakan Nasional Literasi Digital "
        '(GNLD). Salah satu peserta dari SMPN 3 Malang, Aurelia, mengaku senang. "Saya jadi tahu '
        'cara membuat konten," tuturnya.'
    )
    [m] = [m for m in x.memberships if m.person.name == "Dwi Lestari"]
    assert m.tenure == "acting" and m.organization is not None
    assert m.organization.name == "Badan Perencanaan, Penelitian dan Pengembangan Daerah Kota Malang"
    assert names(x, EntityType.PROGRAM) == {"Gerakan Nasional Literasi Digital"}  # Musrenbang: a meeting
    assert "Aula Kantor Kecamatan Klojen" in names(x, EntityType.PLACE)
    assert "Aurelia" not in names(x, EntityType.PLACE)
    [quote] = x.quotes
    assert quote.speaker.name == "Aurelia"


def test_a_section_of_the_regional_secretariat_and_a_training_that_is_no_programme() -> None:
    x = run(
        "Sekda Kota Batu membuka Bimbingan Teknis (Bimtek) Penyusunan LKPJ di Balai Kota Among Tani, "
        "Senin (17/2/2025). Narasumber kegiatan ini adalah Kepala Bagian Pemerintahan Setda Kota Batu, "
        "Onny Ardianto."
    )
    held = {
        (m.role.name if m.role else None, m.organization.name if m.organization else None)
        for m in x.memberships
        if m.person.name == "Onny Ardianto"
    }
    # the gold's convention: the full title in the body the section sits in (and in the government
    # whose secretariat it is), the section no node
    assert held == {
        ("Kepala Bagian Pemerintahan", "Sekretariat Daerah Kota Batu"),
        ("Kepala Bagian Pemerintahan", "Pemerintah Kota Batu"),
    }
    assert "Bagian Pemerintahan Sekretariat Daerah Kota Batu" not in names(x, EntityType.ORGANIZATION)
    assert not names(x, EntityType.PROGRAM)


def test_acts_whose_object_is_written_in_lower_case() -> None:
    [event] = run(
        "Gubernur Jawa Timur melantik lima kepala daerah hasil Pilkada Serentak 2024 di Gedung Negara "
        "Grahadi, Surabaya, Kamis (20/2/2025)."
    ).events
    assert (event.name, event.kind, event.date) == (
        "Pelantikan lima kepala daerah",
        "Inauguration",
        "2025-02-20",
    )
    [event] = run(
        "BPBD Provinsi Jawa Timur menyalurkan bantuan logistik kepada warga terdampak banjir di Desa "
        "Kedungringin, Kecamatan Beji, Kabupaten Pasuruan, Minggu (2/3/2025)."
    ).events
    assert event.name == "Penyaluran bantuan logistik" and event.date == "2025-03-02"
    # handing over what is no aid, or voicing an opinion, is no event
    assert not run("Pada Senin (6/10/2025), korban menyerahkan uang Rp 10 juta kepada pelaku.").events
    assert not run("Selasa (21/10/2025), mahasiswa turun ke jalan menyalurkan aspirasinya.").events


def test_an_event_at_the_one_venue_of_its_sentence_and_a_room_of_a_body_in_a_region() -> None:
    [event] = run(
        "Ribuan warga memadati Stadion Kanjuruhan untuk mengikuti Jalan Sehat Hari Jadi Kabupaten Malang, "
        "Minggu (24/11/2024)."
    ).events
    assert event.location is not None and event.location.name == "Stadion Kanjuruhan"
    [event] = run(
        "DPRD Kota Malang menggelar Rapat Paripurna di Ruang Sidang Paripurna DPRD Kota Malang, Senin (24/6/2024)."
    ).events
    assert event.location is not None and event.location.name == "Ruang Sidang Paripurna DPRD Kota Malang"


def test_a_city_hall_written_two_ways_is_one_venue_and_its_rooms_keep_it() -> None:
    one = names(run("Rapat digelar di Balaikota Malang, Senin (3/3/2025)."), EntityType.PLACE)
    other = names(run("Rapat digelar di Balai Kota Malang, Senin (3/3/2025)."), EntityType.PLACE)
    assert "Balai Kota Malang" in one & other
    assert "Ruang Sidang Balai Kota Malang" in names(
        run("Acara di Ruang Sidang Balai Kota Malang."), EntityType.PLACE
    )


def test_a_first_name_before_the_full_name_is_the_same_person() -> None:
    x = run(
        'Mensos Hendrawan menyebut dana itu mengendap di bank. "Dananya ada di bank daerah, belum '
        'dibelanjakan sampai sekarang," kata Hendrawan. Menteri Sosial Hendrawan Kusuma Jaya menambahkan '
        "bahwa pemda harus segera membelanjakannya."
    )
    assert names(x, EntityType.PERSON) == {"Hendrawan Kusuma Jaya"}
    assert {m.person.name for m in x.memberships} == {"Hendrawan Kusuma Jaya"}
    assert {q.speaker.name for q in x.quotes} == {"Hendrawan Kusuma Jaya"}


def test_a_first_name_two_persons_share_is_the_one_named_before_it_in_its_paragraph() -> None:
    x = run(
        "Wali Kota melantik pejabat. Marihot Tri Wibowo, S.Sos. dilantik sebagai Lurah Sidikalang.\n"
        "Sekretaris Daerah Kabupaten Dairi Drs. Marihot Situmorang, M.M. menambahkan, seluruh pejabat wajib "
        "menandatangani perjanjian kinerja. \u201cKalau dalam dua kali evaluasi tidak ada perbaikan, tentu ada "
        "konsekuensinya,\u201d imbuh Marihot."
    )
    assert names(x, EntityType.PERSON) == {"Marihot Tri Wibowo", "Marihot Situmorang"}
    assert {q.speaker.name for q in x.quotes} == {"Marihot Situmorang"}
    both = run(
        "Marihot Tri Wibowo dilantik sebagai Lurah. Marihot Situmorang dilantik sebagai Camat.\n"
        "\u201cKalau dalam dua kali evaluasi tidak ada perbaikan, tentu ada konsekuensinya,\u201d imbuh Marihot."
    )
    assert "Marihot" in names(both, EntityType.PERSON)  # neither named in the paragraph: no guess


def test_two_words_of_one_full_name_are_the_same_person_but_a_father_named_first_is_not() -> None:
    x = run(
        "Ia sudah berdiskusi dengan Menteri Keuangan Hartawan Budi soal stimulus. "
        '"Anggarannya sudah siap," kata Menteri Keuangan Hartawan Budi Santika di Istana. '
        '"Kami salurkan bulan depan," ujar Hartawan Budi. Kepala Bappeda Kota Batu Lestari Wulan Ningsih '
        'menilai stimulus itu tepat. "Ini langkah baik," kata Wulan Ningsih.'
    )
    assert names(x, EntityType.PERSON) == {"Hartawan Budi Santika", "Lestari Wulan Ningsih"}
    assert {q.speaker.name for q in x.quotes} == {"Hartawan Budi Santika", "Lestari Wulan Ningsih"}
    x = run(
        "Hadir Wakil Presiden ke-9 Hamdan Kasim, Soraya Hamdan Kasim, dan Ketua MPR. "
        "Soraya Hamdan Kasim menyampaikan terima kasih."
    )
    assert {"Hamdan Kasim", "Soraya Hamdan Kasim"} <= names(x, EntityType.PERSON)


def test_a_middle_name_alone_after_the_full_name_is_the_same_person() -> None:
    x = run(
        "Hal ini disampaikan Kapolri Jenderal Hartawan Wiguna Santika usai penandatanganan nota "
        'kesepahaman. "Polri siap mendukung," kata Jenderal Wiguna. Dalam kesempatan itu, Wiguna '
        "menyebut akan menertibkan pencemaran."
    )
    assert names(x, EntityType.PERSON) == {"Hartawan Wiguna Santika"}
    assert {q.speaker.name for q in x.quotes} == {"Hartawan Wiguna Santika"}


def test_a_nickname_of_the_starts_of_two_names_is_the_same_person() -> None:
    x = run(
        "Gubernur Kalimantan Barat Haryo Setiabudi meresmikan jembatan, Senin (10/11/2025). "
        '"Jembatan ini untuk warga," kata Harset.'
    )
    assert names(x, EntityType.PERSON) == {"Haryo Setiabudi"}


def test_a_body_written_with_one_of_its_two_fields_is_one_node() -> None:
    x = run(
        "Kepala Dinas Kebudayaan dan Pariwisata (Disbudpar) Kota Batu Hartawan Budi Santika membuka "
        'festival. Wali Kota Batu meminta Dinas Pariwisata menambah acara. "Saya minta Dinas Pariwisata '
        'menyiapkan anggaran," ujarnya.'
    )
    assert {n for n in names(x, EntityType.ORGANIZATION) if n.startswith("Dinas")} == {
        "Dinas Kebudayaan dan Pariwisata Kota Batu"
    }


def test_a_company_written_two_ways_in_one_article_is_one_node() -> None:
    x = run(
        "KPK menetapkan PT Sarana Montrado sebagai tersangka korupsi pengolahan anoda logam. "
        "Direktur PT Sarana Montardo diperiksa penyidik. PT Sarana Montrado membantah tuduhan itu."
    )
    assert {n for n in names(x, EntityType.ORGANIZATION) if n.startswith("PT")} == {"PT Sarana Montrado"}


def test_a_company_written_with_its_legal_form_around_a_shorter_name_is_one_node() -> None:
    x = run(
        "KPK mengumumkan PT Lintas Mandiri (LTM) sebagai tersangka korupsi pengolahan logam PT Sentosa "
        "Tambang Tbk. Awalnya mesin di PT Sentosa Tambang rusak, lalu PT Sentosa Tambang meminjam alat ke "
        "PT LTM. Namun alat dari PT LTM berbeda."
    )
    assert names(x, EntityType.ORGANIZATION) >= {"PT Lintas Mandiri", "PT Sentosa Tambang Tbk"}
    assert not names(x, EntityType.ORGANIZATION) & {"PT LTM", "PT Sentosa Tambang"}
    # two companies sharing a first word stay two
    x = run("PT Sentosa Tambang Tbk menggandeng PT Sentosa Logistik. PT Sentosa Logistik mengangkut bijih.")
    assert names(x, EntityType.ORGANIZATION) == {"PT Sentosa Tambang Tbk", "PT Sentosa Logistik"}


def test_pbb_after_a_body_or_an_office_is_the_united_nations() -> None:
    x = run(
        "Pelapor khusus PBB itu diberi mandat oleh Dewan Hak Asasi Manusia PBB. Sekjen PBB Antonio "
        "Gutierrez menyerukan gencatan senjata."
    )
    assert "Perserikatan Bangsa-Bangsa" in names(x, EntityType.ORGANIZATION)
    assert "Partai Bulan Bintang" not in names(x, EntityType.ORGANIZATION)


def test_a_body_with_its_province_written_short_and_spelled_out_is_one_node() -> None:
    x = run(
        "Kantor Wilayah Kementerian Agama Sulawesi Barat menggelar diskusi di Mamuju. "
        "Kepala Kanwil Kementerian Agama Sulbar Hartawan Budi Santika menjelaskan wacana itu."
    )
    [office] = [n for n in names(x, EntityType.ORGANIZATION) if n.startswith("Kantor")]
    assert office.endswith("Sulawesi Barat")


def test_a_state_company_is_one_node_with_or_without_its_legal_form_and_two_bodies_stay_two() -> None:
    x = run("Kerja sama dilakukan dengan PT Pertamina. Direktur Pertamina menyambut baik.")
    assert names(x, EntityType.ORGANIZATION) == {"PT Pertamina (Persero)"}
    x = run("Penyaluran dilakukan melalui Bank Himbara dan PT Pos Indonesia, baik secara langsung.")
    assert names(x, EntityType.ORGANIZATION) == {"Himpunan Bank Milik Negara", "PT Pos Indonesia (Persero)"}
    x = run(
        "MoU antara Badan Penyelenggara Jaminan Produk Halal Republik Indonesia dan Pakistan Halal Authority."
    )
    assert "Pakistan Halal Authority" in names(x, EntityType.ORGANIZATION)


def test_schools_numbered_after_their_name_state_schools_one_way_and_toll_exits() -> None:
    x = run(
        "Imunisasi dilakukan di SDN Pendem 01 dan TK Dharma Wanita Junrejo. Kepala SMA Negeri 3 Malang, "
        "Ema Putri, hadir. Ada 17 SMP Negeri di Banjarmasin yang kekurangan guru. Sementara di "
        "Puskesmas Waimital 74 orang dirawat."
    )
    orgs = names(x, EntityType.ORGANIZATION)
    assert {"SDN Pendem 01", "TK Dharma Wanita Junrejo", "SMAN 3 Malang", "Puskesmas Waimital"} <= orgs
    assert not [o for o in orgs if o.startswith("SMP")]  # a kind of school, not one
    [m] = x.memberships
    assert m.organization is not None and m.organization.name == "SMAN 3 Malang"
    places = names(run("Pos ditempatkan di titik rawan seperti Exit Tol Madyopuro."), EntityType.PLACE)
    assert places == {"Exit Tol Madyopuro"}


def test_the_capitalised_object_of_a_holding_verb_names_the_dated_event() -> None:
    [event] = run(
        "Dinas Kesehatan Kota Batu menggelar Pekan Imunisasi Nasional (PIN) Polio tahap kedua di 24 desa, "
        "Senin (19/8/2024)."
    ).events
    assert event.name.startswith("Pekan Imunisasi Nasional") and event.date == "2024-08-19"


def test_a_regional_body_spelled_out_before_its_abbreviation_and_region_is_the_abbreviations_body() -> None:
    for text, body in (
        (
            "Kepolisian Resor Kota (Polresta) Malang Kota menyiagakan 12 pos.",
            "Kepolisian Resor Kota Malang Kota",
        ),
        ("Kepolisian Resor (Polres) Malang menyiagakan pos.", "Kepolisian Resor Malang"),
    ):
        x = run(f"{text} Polresta Malang Kota dan Polres Malang bersiaga.")
        assert body in names(x, EntityType.ORGANIZATION), text
        assert not [
            o for o in names(x, EntityType.ORGANIZATION) if "Kota Kota" in o or o.endswith("Kota Malang")
        ]


def test_a_handover_counted_in_numbers_and_a_region_written_bare_or_with_its_type() -> None:
    x = run(
        "Bupati Sidoarjo Subandi menyerahkan 1.000 sertifikat tanah kepada warga di Pendopo Delta Wibawa, "
        "Kamis (15/5/2025). Turut hadir Kepala Kantor Pertanahan Kabupaten Sidoarjo, Asep Heri. Menurut "
        "Asep, Kantor Pertanahan Sidoarjo mendapat kuota 12.000 bidang."
    )
    [event] = x.events
    assert event.name == "Penyerahan 1.000 sertifikat tanah" and event.date == "2025-05-15"
    assert [o for o in names(x, EntityType.ORGANIZATION) if o.startswith("Kantor Pertanahan")] == [
        "Kantor Pertanahan Kabupaten Sidoarjo"
    ]
    # a bare name of two regions (the city and the regency of Malang) stays apart
    x = run("Polres Malang dan Polres Kota Malang bersiaga.")
    assert {"Kepolisian Resor Malang", "Kepolisian Resor Kota Malang"} <= names(x, EntityType.ORGANIZATION)


def test_a_bodys_building_written_in_lower_case_is_a_place_and_the_events_location() -> None:
    x = run(
        "Hendrawan hadir dalam rapat pengendalian inflasi di kantor Kemendagri, Jakarta Pusat, Senin (3/3/2025)."
    )
    assert "Kantor Kementerian Dalam Negeri" in names(x, EntityType.PLACE)
    [event] = x.events
    assert event.location is not None and event.location.name == "Kantor Kementerian Dalam Negeri"


def test_a_room_named_after_a_lower_case_room_word_but_not_space_in_planning() -> None:
    x = run("Kata Irjen Hadi di ruang rapat Graha 2 Anggrek, Cipete, Jakarta Selatan, Rabu (5/3/2025).")
    assert "Graha 2 Anggrek" in names(x, EntityType.PLACE)
    x = run("Dilakukan perencanaan dan penataan ruang Kawasan Inti Ibu Kota Nusantara dan sekitarnya.")
    assert not [p for p in names(x, EntityType.PLACE) if p.startswith("Kawasan Inti")]
    assert names(run("Rapat digelar di ruang Kepala Dinas Kesehatan."), EntityType.PLACE) == set()


def test_an_evaluation_meeting_of_a_quarter_and_the_officials_a_release_lists() -> None:
    x = run(
        "Pemkot Malang menggelar Rapat Evaluasi Kinerja Triwulan III Tahun 2025 di Ruang Sidang Balai Kota "
        "Malang, Kamis (9/10/2025). Rapat diikuti Inspektur Kota Malang Ida Ayu Made Wahyuni. Hasil "
        "evaluasi akan menjadi bahan Laporan Kinerja Instansi Pemerintah (LKjIP) sesuai program prioritas. "
        "Wali Kota Denpasar Ida Bagus Rai Dharmawijaya Mantra turut hadir."
    )
    assert [e.date for e in x.events] == ["2025-10-09"]  # the quarter is no day
    members = {m.person.name: m.organization.name if m.organization else None for m in x.memberships}
    assert members["Ida Ayu Made Wahyuni"] == "Inspektorat Kota Malang"
    assert "Ida Bagus Rai Dharmawijaya Mantra" in members
    assert not names(x, EntityType.PROGRAM)  # a report, not a programme


def test_a_regional_unit_with_its_region_written_short_is_the_one_written_in_full() -> None:
    short = run("Dinas Sosial Jatim menyalurkan bantuan kepada korban banjir.")
    full = run("Dinas Sosial Provinsi Jawa Timur menyalurkan bantuan kepada korban banjir.")
    assert (
        names(short, EntityType.ORGANIZATION)
        == names(full, EntityType.ORGANIZATION)
        == {"Dinas Sosial Provinsi Jawa Timur"}
    )
    [org] = [e for e in short.entities if e.type is EntityType.ORGANIZATION]
    assert "Dinas Sosial Jatim" in org.aliases
    # a court keeps the region as written: its name is the court's own
    assert "Pengadilan Negeri Jakarta Pusat" in names(
        run("Pengadilan Negeri Jakarta Pusat memutus perkara."), EntityType.ORGANIZATION
    )


def test_no_body_starts_inside_a_regions_name() -> None:
    x = run("Siswa di Kabupaten Seram Bagian Barat, Maluku, keracunan. Siswa MIN 2 Seram Bagian Barat juga.")
    assert not [o for o in names(x, EntityType.ORGANIZATION) if o.startswith("Bagian")]


def test_a_balinese_name_keeps_its_first_words_where_the_tagger_starts_after_them() -> None:
    x = run("Tuntutan jaksa penuntut umum (JPU) Ni Putu Eriek Sumyanti lebih berat dari vonis hakim.")
    assert names(x, EntityType.PERSON) == {"Ni Putu Eriek Sumyanti"}


def test_a_balinese_name_is_a_person_where_the_tagger_misses_it_or_starts_inside_it() -> None:
    """``jatuh kepada I Made Tirta Yasa Kusuma (SD ...), disusul Ni Luh Ayu Sri Lestarini``: "I" or
    "Ni", a birth-order or caste name ("Luh" a woman's) and the words after them are one person's
    name, however much of it the tagger reads."""
    text = (
        "Pada lomba mesatua jenjang SD, gelar terbaik jatuh kepada I Made Tirta Yasa Kusuma (SD Negeri 3 "
        "Pangururan), disusul Ni Luh Ayu Sri Lestarini (SD Negeri 1 Simanindo) dan I Gusti Ngurah Arya "
        "Dharmawan. Untuk kategori umum, juara I diraih Ni Wayan Suci Maharani, utusan Desa Tomok."
    )
    assert {
        "I Made Tirta Yasa Kusuma",
        "Ni Luh Ayu Sri Lestarini",
        "I Gusti Ngurah Arya Dharmawan",
        "Ni Wayan Suci Maharani",
    } <= names(run(text), EntityType.PERSON)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Menurut penelitian Ida Bagus Agung Wirasena, daun itu berkhasiat.", "Ida Bagus Agung Wirasena"),
        ("Hadir pula Bendahara I Bagus Alit Sudarsana dan Sekretaris.", "I Bagus Alit Sudarsana"),
    ],
)
def test_a_balinese_noble_title_opens_the_name_the_tagger_starts_after_it(text: str, name: str) -> None:
    assert name in names(run(text), EntityType.PERSON)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hukuman mati dijatuhkan kepada Hamdan al-Qarawi, seorang pemuda.", "Hamdan al-Qarawi"),
        ("Saksi Ahmad bin Yusuf Harahap hadir di persidangan.", "Ahmad bin Yusuf Harahap"),
        ("Menteri Luar Negeri Belanda, Ruud van der Berkhof, berbicara.", "Ruud van der Berkhof"),
        (
            "Hadir Direktur Utama PT Maju Joao Angelo de Sousa Pereira di lokasi.",
            "Joao Angelo de Sousa Pereira",
        ),
    ],
)
def test_a_name_goes_on_over_its_particles(text: str, name: str) -> None:
    """The tagger and the name's parse stopped at "al-", "bin", "van der" and "de": half a name."""
    assert name in names(run(text), EntityType.PERSON)


def test_a_word_of_a_body_glued_before_a_known_person_is_no_new_person_but_a_wife_is() -> None:
    x = run(
        "Eks dosen Universitas Islam Negeri (UIN) Maulana Malik Ibrahim (Maliki) Malang, Imam Muslimin, "
        "kembali jadi sorotan. Sahara, tetangga eks dosen UIN Maliki Imam Muslimin, berniat melapor."
    )
    assert "Maliki Imam Muslimin" not in names(x, EntityType.PERSON)
    x = run("Hadir istri Wakil Presiden ke-9 Hamzah Haz, Soraya Hamzah Haz, dan Ketua MPR.")
    assert "Soraya Hamzah Haz" in names(x, EntityType.PERSON)


def test_prof_without_its_full_stop_is_an_honorific_but_a_hospital_keeps_its_namesake() -> None:
    x = run("Hal itu diungkapkan Direktur Utama BPJS Kesehatan Prof Ghufron saat ditemui.")
    [m] = x.memberships
    assert m.person.name == "Ghufron"
    x = run("Korban dirawat di RSUP Prof Ngoerah, kata Plt Direktur Utama RSUP Prof Ngoerah I Wayan Sudana.")
    assert "I Wayan Sudana" in names(x, EntityType.PERSON)


def test_deadline_dates_are_not_events_and_names_include_their_start() -> None:
    x = run(
        "Deklarasi Pemilu Damai 2024 digelar di Balai Kota Batu, Sabtu (9/12/2023). Kampanye akan berlangsung hingga 10 Februari 2024."
    )
    assert [(e.name, e.date) for e in x.events] == [("Deklarasi Pemilu Damai 2024", "2023-12-09")]


def test_an_event_after_the_date_that_opens_its_sentence() -> None:
    x = run(
        "Senin (18/11/2024), Pemkot Batu menggelar rapat koordinasi penanganan banjir di Balai Kota Batu."
    )
    assert [(e.name, e.date) for e in x.events] == [("Rapat Koordinasi Penanganan Banjir", "2024-11-18")]
    # held today, said in a quotation after the dateline
    x = run(
        'Ujian berlangsung Selasa (19/11/2024). "Hari ini dilaksanakan tahap uji kompetensi bagi lima peserta," ujarnya.'
    )
    assert [(e.name, e.date) for e in x.events] == [("Uji Kompetensi", "2024-11-19")]


def test_an_act_after_the_date_that_opens_its_sentence_names_the_event() -> None:
    x = run("Jumat (8/8/2025), Bupati Malang meresmikan Pasar Rakyat Desa Sumberejo.")
    assert [(e.name, e.date) for e in x.events] == [("Peresmian Pasar Rakyat Desa Sumberejo", "2025-08-08")]


def test_no_event_after_a_date_without_a_verb_of_holding() -> None:
    assert not run("Senin (18/11/2024), rupiah melemah dibandingkan saat penutupan perdagangan.").events
    # one planned for the date is that date's event (every annotator lists dated plans)
    planned = run("Senin (18/11/2024), Pemkot Batu akan menggelar rapat koordinasi.").events
    assert [(e.name, e.date) for e in planned] == [("Rapat Koordinasi", "2024-11-18")]
    # a later date in the sentence owns the phrase before it
    x = run("Hari ini pemerintah mencabut izin, ujar Menteri saat jumpa pers di Istana, Selasa (10/6/2024).")
    assert [e.date for e in x.events] == ["2024-06-10"]


def test_a_statements_date_dates_the_gathering_named_beside_it() -> None:
    x = run(
        "Saksi Rudi bersaksi pada sidang lanjutan perkara korupsi jalan desa. "
        '"Benar, saya menerima uang itu," kata Rudi Hartono di Pengadilan Negeri Malang, Rabu (15/10/2025).'
    )
    [event] = x.events
    assert (event.name, event.date, event.kind) == (
        "Sidang Lanjutan Perkara Korupsi",
        "2025-10-15",
        "Meeting",
    )
    assert "Rudi Hartono" in {p.name for p in (*event.performers, *event.attendees)}


def test_a_statement_sent_out_or_a_gathering_not_held_dates_nothing() -> None:
    said = '"Kami terus berkoordinasi," {} Rudi Hartono {}, Rabu (15/10/2025).'
    # a written statement says nothing of a gathering on its day
    assert not run(
        "Pemkot Batu menggelar rapat koordinasi. " + said.format("ujar", "dalam keterangannya")
    ).events
    # nor a gathering that did not happen, or that is only a purpose
    on_site = said.format("kata", "di Balai Kota Batu")
    assert run("Ada rapat yang digelar dengan DPR soal itu. " + on_site).events
    assert not run("Tak ada rapat yang digelar dengan DPR soal itu. " + on_site).events
    assert not run("Mobil itu disewa untuk monitoring logistik yang digelar KPU. " + on_site).events
    # an election in the next sentence has a day of its own
    assert not run(on_site + " Ia maju pada pemilu yang digelar tahun lalu.").events


@pytest.mark.parametrize(
    "quote",
    [
        "Pemilik toko itu akan kami proses melalui sidang tipiring di pengadilan",  # a plan
        "Sebelumnya penyidik sudah melakukan penahanan terhadap tersangka lain",  # an earlier day
        "Jadi tinggal menunggu pelatihan penggunaannya saja",  # not yet held
    ],
)
def test_an_event_spoken_of_in_a_quotation_is_not_of_the_statements_day(quote: str) -> None:
    assert not run(f'"{quote}," kata Wiratmoko kepada wartawan, Selasa (16/9/2025).').events


@pytest.mark.parametrize(
    "quote",
    [
        "Hari ini kita telah mengadakan pertemuan yang sangat produktif",
        "Anak-anak di sini mengalami keracunan usai makan siang",
    ],
)
def test_a_quotation_of_its_own_day_or_place_dates_the_event_it_names(quote: str) -> None:
    # (published that day: an incident is never dated after the article reporting it)
    x = run(
        f'"{quote}," kata Wiratmoko saat ditemui di Balai Desa Karangsari, Selasa (16/9/2025).',
        date="2025-09-16",
    )
    assert [e.date for e in x.events] == ["2025-09-16"]


@pytest.mark.parametrize(
    "text",
    [
        "Penggeledahan itu berdasarkan Surat Perintah Kepala Kejaksaan Negeri Sukamaju Nomor PRINT-12/N.3/10/2025"
        " tanggal 16 Oktober 2025.",
        "Pengamanan kantor itu berdasarkan Surat Telegram Nomor 422 Tahun 2025 tanggal 5 Mei 2025.",
        "Penahanan itu berdasarkan surat penetapan tertanggal 9 Oktober 2025.",
    ],
)
def test_the_date_of_a_document_is_no_day_of_an_event(text: str) -> None:
    assert not run(text).events


def test_a_statements_date_is_not_the_day_of_a_gathering_it_says_comes_tomorrow() -> None:
    visit = "Menurutnya, kunjungan itu hanya berlangsung selama satu hari. "
    said = '"Kami berterima kasih karena Bupati bersedia menerima rombongan kami {}," kata Handaru di Hotel Sukamaju, Selasa (21/10/2025).'
    assert [e.date for e in run(visit + said.format("dengan hangat")).events] == ["2025-10-21"]
    assert not run(visit + said.format("esok hari")).events


def test_an_event_name_keeps_its_whole_trigger_and_reads_past_a_sentence_capital() -> None:
    x = run("Penyerahan tersangka dan barang bukti dilakukan Senin (20/10/2025).")
    assert [e.name for e in x.events] == ["Penyerahan Tersangka"]
    x = run("Pertemuan antara Wali Kota Batu dan Bupati Malang digelar Sabtu (4/10/2025).")
    assert [e.name for e in x.events] == ["Pertemuan"]


def test_sentences_that_speak_of_an_event_again_or_say_who_came_add_its_participants() -> None:
    x = run(
        "Rapat paripurna digelar Senin (13/10/2025). "
        "Pengadilan Negeri Malang menggelar sidang lanjutan perkara korupsi, Rabu (15/10/2025). "
        "Hakim membacakan dakwaan. Sidang itu menghadirkan saksi Kepala Desa Sumberejo Rudi Hartono."
    )
    sidang = next(e for e in x.events if e.name.startswith("Sidang"))
    assert "Rudi Hartono" in {a.name for a in sidang.attendees}
    x = run(
        "Sidang kedua digelar di Gedung DPRD Kota Batu, Senin (20/10/2025). "
        "Sidang pertama digelar Jumat (17/10/2025). Turut hadir Sekretaris Daerah Kota Batu Rudi Hartono."
    )
    first = next(e for e in x.events if e.name == "Sidang Pertama")
    assert {"Rudi Hartono", "Pemerintah Kota Batu"} <= {a.name for a in first.attendees}


def test_an_official_taking_part_brings_his_office() -> None:
    x = run(
        "Rapat koordinasi pengendalian inflasi digelar di Balai Kota Batu, Senin (20/10/2025). "
        '"Kita jaga harga bahan pokok," kata Wali Kota Batu Budi Santoso.'
    )
    [event] = x.events
    assert [p.name for p in event.performers] == ["Budi Santoso"]
    assert "Pemerintah Kota Batu" in {a.name for a in event.attendees}


def test_more_gatherings_and_whole_english_names() -> None:
    x = run(
        "Bupati Malang menghadiri peletakan batu pertama pembangunan pasar desa di Kepanjen, Kamis (16/10/2025)."
    )
    assert [e.name for e in x.events] == ["Peletakan Batu Pertama Pembangunan"]
    x = run(
        "Bupati Malang menghadiri rembuk stunting tingkat kabupaten di Pendopo Kepanjen, Kamis (16/10/2025)."
    )
    assert [e.name for e in x.events] == ["Rembuk Stunting Tingkat Kabupaten"]
    x = run("Pemkot Batu menggelar pisah sambut Kapolres Batu di Balai Kota Batu, Senin (20/10/2025).")
    assert [e.name for e in x.events] == ["Pisah Sambut Kapolres Batu"]
    x = run("Unjuk rasa itu dilakukan oleh mahasiswa di depan Balai Kota Batu pada Kamis (16/10/2025).")
    assert [e.name for e in x.events] == ["Unjuk Rasa"]
    x = run(
        "Hal itu disampaikan Rudi dalam acara Building Resilience in the Midst of Global Turbulence "
        "yang disiarkan secara daring, Senin (19/5/2025)."
    )
    assert [e.name for e in x.events] == ["Building Resilience in the Midst of Global Turbulence"]
    x = run(
        "Kegiatan Malang Creative Fest 2025 yang dilaksanakan pada Rabu (18/6/2025) dihadiri ribuan warga."
    )
    assert [e.name for e in x.events] == ["Malang Creative Fest 2025"]


def test_a_dated_sentence_pointing_back_dates_the_event_named_before_it() -> None:
    x = run(
        "Pemkot Batu menggelar sosialisasi pencegahan stunting bagi kader posyandu. Kegiatan yang "
        "berlangsung di Aula Balai Kota Batu, Rabu (13/3/2024) ini dibuka Wali Kota Batu Budi Santoso."
    )
    [event] = x.events
    assert (event.name, event.date) == ("Sosialisasi Pencegahan Stunting", "2024-03-13")
    assert [p.name for p in event.performers] == ["Budi Santoso"]
    x = run(
        "Pemkot Batu menggelar rapat koordinasi penanganan banjir di Balai Kota Batu. Pada kesempatan itu, "
        "Wali Kota Batu Budi Santoso meminta camat siaga, Senin (18/11/2024)."
    )
    [event] = x.events
    assert (event.name, event.date) == ("Rapat Koordinasi Penanganan Banjir", "2024-11-18")
    assert event.location is not None and event.location.name == "Balai Kota Batu"
    # an election before it has a day of its own
    assert not run(
        "Warga antusias mengikuti pemilu legislatif. Kegiatan yang berlangsung di Balai Desa, Rabu (14/2/2024) ini ramai."
    ).events
    # nothing named before, or a gathering called off
    assert not run(
        "Kegiatan yang berlangsung di Aula Balai Kota Batu, Rabu (13/3/2024) ini diikuti 200 kader."
    ).events
    assert not run(
        "Pemkot Batu membatalkan agenda rapat koordinasi. "
        "Agenda yang rencananya digelar di Balai Kota Batu diundur ke Rabu (13/3/2024)."
    ).events


def test_an_event_phrase_ends_before_a_possessive_or_an_adverb() -> None:
    x = run("Hal itu disampaikan Wapres dalam kunjungan kerjanya di Desa Sepang, Sabtu (23/8/2025).")
    assert [e.name for e in x.events] == ["Kunjungan"]
    x = run("Pemkot menggelar pelatihan operator saja, Sabtu (23/8/2025).")
    assert [e.name for e in x.events] == ["Pelatihan Operator"]


def test_an_event_introduced_as_such_may_hold_a_persons_name() -> None:
    x = run(
        "Hal ini dia ungkapkan usai acara Tasyakuran Capaian 1 Tahun Wali Kota Batu Budi Santoso Bidang "
        "Kesejahteraan Sosial di Balai Kota Batu, Senin (20/10/2025)."
    )
    assert [e.name for e in x.events] == [
        "Tasyakuran Capaian 1 Tahun Wali Kota Batu Budi Santoso Bidang Kesejahteraan Sosial"
    ]
    # a trigger word inside a title before its holder is no event
    x = run(
        "Kepala Bidang Perawatan, Pengamanan dan Kepatuhan Internal Kanwil Ditjenpas Sumut Rudi Hartono "
        "mengatakan perkelahian terjadi pada Minggu (5/10/2025) malam."
    )
    assert not x.events


def test_a_document_or_clause_after_dalam_is_no_event() -> None:
    assert not run(
        "Aturan itu tertuang dalam Keputusan KPU Nomor 731 Tahun 2025, dikutip Senin (15/9/2025)."
    ).events
    assert not run("Hal itu tertera dalam Putusan MK Nomor 105 yang dilihat pada Rabu (30/4/2025).").events
    # a capitalised name after "dalam" still names an event
    x = run("Hal itu disampaikan dalam Malang Creative Fest 2025 di Balai Kota Malang, Rabu (30/4/2025).")
    assert [e.name for e in x.events] == ["Malang Creative Fest 2025"]


def test_regulation_names_follow_the_issuing_office() -> None:
    x = run(
        "Perwal Nomor 10 Tahun 2023 tentang Pengelolaan Sampah menjadi payung hukum di Kota Batu. "
        "Pengelolaan Sampah jadi prioritas."
    )
    [law] = [e for e in x.entities if e.type is EntityType.LEGISLATION]
    assert law.name == "Peraturan Wali Kota Batu Nomor 10 Tahun 2023"
    assert names(x, EntityType.PROGRAM) == {"Pengelolaan Sampah"}


def test_long_list_of_officials() -> None:
    text = (
        "Turut hadir Asisten Administrasi Umum Setda Kota Malang Diah Ayu, Kepala BKPSDM Kota Malang "
        "Totok Kasianto, Camat Klojen Hadi Santoso, serta Lurah Oro-oro Dowo Sri Wahyuni."
    )
    got = {(m.person.name, m.role.name, m.organization.name) for m in run(text).memberships if m.organization}
    assert got == {
        ("Diah Ayu", "Asisten Administrasi Umum", "Sekretariat Daerah Kota Malang"),
        ("Diah Ayu", "Asisten Administrasi Umum", "Pemerintah Kota Malang"),
        ("Totok Kasianto", "Kepala", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Malang"),
        ("Hadi Santoso", "Camat", "Pemerintah Kota Malang"),
        ("Sri Wahyuni", "Lurah", "Pemerintah Kota Malang"),
    }


def test_health_centre_is_named_by_its_place() -> None:
    x = run("Vaksinasi digelar di Puskesmas Dinoyo, Senin (18/11/2024).")
    (centre,) = [e for e in x.entities if e.type is EntityType.ORGANIZATION]
    assert centre.name == "Puskesmas Dinoyo"
    assert "Pusat Kesehatan Masyarakat Dinoyo" in centre.aliases


@pytest.mark.parametrize(
    "text, named",
    [
        ("Anggaran RSUD Talago Biru, serta bantuan untuk masjid dibahas.", "RSUD Talago Biru"),
        ("Pasien dirujuk ke RSUD Saiful Anwar Malang kemarin.", "RSUD Saiful Anwar"),
        ("Pasien dirujuk ke RSUD dr. Soetomo Surabaya kemarin.", "RSUD dr. Soetomo"),
        ("Pasien dirujuk ke RSUD Kota Malang kemarin.", "Rumah Sakit Umum Daerah Kota Malang"),
    ],
)
def test_a_hospital_is_named_by_its_own_name_or_its_region(text: str, named: str) -> None:
    assert named in names(run(text), EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        "Warga berobat ke Puskesmas (Pusat Kesehatan Masyarakat) terdekat.",
        "Pemkot Malang meminta Puskeswan dan Posyandu aktif.",
        "Penyertaan modal BUMD Kota Batu dan BUMN dibahas DPRD Kota Batu.",
    ],
)
def test_a_kind_of_facility_is_not_a_body(text: str) -> None:
    orgs = names(run(text), EntityType.ORGANIZATION)
    assert not any(o.startswith(("Pus", "Pos", "Badan Usaha", "BUM")) for o in orgs), orgs


@pytest.mark.parametrize(
    "text, unit",
    [
        (
            "Kepala Dinas Ketahanan Pangan, Peternakan, dan Perikanan (DKP3) Pemprov Bengkulu, Parulian Simanjuntak, berkata.",
            "Dinas Ketahanan Pangan, Peternakan, dan Perikanan Provinsi Bengkulu",
        ),
        (
            "Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Jawa Timur Yoga Irawan hadir.",
            "Balai Karantina Hewan, Ikan, dan Tumbuhan Jawa Timur",
        ),
        (
            "Mantan Kadis PUPR Kaltim Ronald Sitompul diperiksa.",
            "Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Kalimantan Timur",
        ),
        ("Kepala Dinas Sosial Pemkot Malang Ahmad Subekti hadir.", "Dinas Sosial Kota Malang"),
    ],
)
def test_the_head_of_a_unit_is_a_member_of_the_unit(text: str, unit: str) -> None:
    x = run(text)
    assert [(m.role.name, m.organization.name) for m in x.memberships if m.role and m.organization] == [
        ("Kepala", unit)
    ]


def test_a_title_that_ends_its_sentence_takes_no_name_from_the_next() -> None:
    x = run(
        "Sugiyono menjabat Kepala Badan Kesatuan Bangsa dan Politik (Kesbangpol) NTB. Hakim kemudian membeberkan aliran dana."
    )
    assert names(x, EntityType.PERSON) == {"Sugiyono"}
    assert [m.person.name for m in x.memberships] == ["Sugiyono"]


def test_a_province_only_implied_by_a_regency_is_not_a_node() -> None:
    x = run("Bupati Kepulauan Talaud hadir di Kabupaten Kepulauan Talaud kemarin.")
    places = {e.name: e for e in x.entities if e.type is EntityType.PLACE}
    assert "Kabupaten Kepulauan Talaud" in places
    assert "Sulawesi Utara" not in places
    assert places["Kabupaten Kepulauan Talaud"].parent is None


@pytest.mark.parametrize(
    "dateline",
    [
        "MALANGVOICE – ",
        "KOTA MALANG - ",
        "BATU, (SURYAMALANG.COM) - ",
        "Malang (malangkota.go.id) – ",
        "Jakarta - ",
        "Batu, Warta Lereng Kawi – ",
    ],
)
def test_datelines_are_furniture(dateline: str) -> None:
    x = run(dateline + "Wali Kota Batu Joko Susilo hadir.")
    assert {e.name for e in x.entities if e.mentions and e.type is not EntityType.ROLE} == {
        "Kota Batu",
        "Joko Susilo",
    }


def test_the_outlet_a_dateline_names_is_no_entity_where_it_is_named_again() -> None:
    x = run(
        "Batu, Warta Lereng Kawi – Wali Kota Batu Joko Susilo hadir. Ia menjelaskan kepada Warta Lereng Kawi."
    )
    assert {e.name for e in x.entities if e.mentions and e.type is not EntityType.ROLE} == {
        "Kota Batu",
        "Joko Susilo",
    }
    # a region after the town is no outlet: the dateline names it
    x = run("BATU, Jawa Timur – Wali Kota Batu Joko Susilo hadir.")
    assert "Jawa Timur" in {e.name for e in x.entities if e.mentions}


def test_share_and_tag_lines_and_shouted_sign_offs_are_furniture() -> None:
    x = run(
        "Wali Kota Batu Joko Susilo hadir.\n\nKOTA KITA MAJU BERSAMA!\n\n"
        "Tags: Pemkot Batu, Wali Kota Batu\n\nBagikan: Facebook Twitter WhatsApp\n\nSUMBER REJO GUYUB"
    )
    assert names(x, EntityType.PERSON) == {"Joko Susilo"}
    assert names(x, EntityType.ORGANIZATION) <= {"Pemerintah Kota Batu"}  # no "MAJU", no "GUYUB"
    assert [m.person.name for m in x.memberships] == ["Joko Susilo"]


def test_an_outlets_call_to_follow_it_on_google_news_or_whatsapp_is_furniture() -> None:
    x = run(
        "Bupati Dairi Tumpak Hasibuan hadir.\nIkuti berita terkini dari Kabar Zorba Raya di Google News\n"
        "Dapatkan update berita pilihan setiap hari dari Zorba Pos di saluran WhatsApp Zorba Pos."
    )
    assert names(x, EntityType.PERSON) == {"Tumpak Hasibuan"}
    assert names(x, EntityType.ORGANIZATION) <= {"Pemerintah Kabupaten Dairi"}  # no outlet, no "Google News"


def test_no_holder_after_a_title_across_a_line_break() -> None:
    x = run("Wali Kota Batu Joko Susilo hadir.\n\nAcara ditutup oleh Wali Kota Batu\nSuparman Hadi menyanyi.")
    assert [m.person.name for m in x.memberships] == ["Joko Susilo"]


def test_officials_sworn_in_with_degrees_before_sebagai_hold_their_offices() -> None:
    x = run(
        "Wali Kota Malang Joko Susilo melantik pejabat. Adapun pejabat yang dilantik di antaranya Drs. "
        "Suparman Hadi Wijoyo, M.Si. sebagai Sekretaris Dinas Pendidikan dan Kebudayaan (Disdikbud), serta "
        "Hj. Siti Aminah Lestari, S.Sos., M.AP. sebagai Kepala Bidang Pelayanan Kesehatan Dinas Kesehatan."
    )
    assert {"Suparman Hadi Wijoyo", "Siti Aminah Lestari"} <= names(x, EntityType.PERSON)
    assert {(m.person.name, m.role.name) for m in x.memberships} >= {
        ("Suparman Hadi Wijoyo", "Sekretaris"),
        ("Siti Aminah Lestari", "Kepala Bidang Pelayanan Kesehatan"),
    }


def test_a_reduplicated_noun_in_a_portfolio_is_no_name() -> None:
    x = run(
        "Wali Kota Malang Joko Susilo melantik Suparman Hadi sebagai Kepala Bidang Penegakan "
        "Perundang-undangan Daerah Satuan Polisi Pamong Praja (Satpol PP)."
    )
    assert "Perundang-undangan Daerah" not in names(x, EntityType.PERSON)


@pytest.mark.parametrize("field", ["Perikanan Tangkap", "Perikanan Budidaya"])
def test_the_fisheries_fields_of_a_portfolio_are_no_name(field: str) -> None:
    x = run(f"Kepala Bidang {field} DKP Kabupaten Samosir, Purnama Sinaga, menuturkan hal itu.")
    assert names(x, EntityType.PERSON) == {"Purnama Sinaga"}
    [m] = x.memberships
    assert (m.role.name, m.organization.name) == (
        f"Kepala Bidang {field}",
        "Dinas Kelautan dan Perikanan Kabupaten Samosir",
    )


def test_award_grades_regulation_short_forms_and_neighbourhood_units_are_no_nodes() -> None:
    x = run(
        "Penghargaan terdiri atas lima peringkat, yakni Pratama, Madya, Nindya, Utama, dan Paripurna. Kota "
        "ini naik dari tahun lalu yang masih berada di Kategori Madya. “Kami menyusun peraturan wali kota "
        "(Perwal) sebagai aturan pelaksananya. Turun ke RT, RW, sapa warganya,” kata Joko."
    )
    found = {e.name for e in x.entities if e.type is not EntityType.ROLE}
    assert not found & {"Pratama", "Madya", "Nindya", "Kategori Madya", "Perwal", "RT", "RW"}


def test_rivers_islands_and_inscriptions() -> None:
    x = run(
        "Debit Bengawan Sampean naik. Warga Pulau Kelor mengungsi. Kabupaten ini ditandai Prasasti Kelud "
        "bertarikh 760 Masehi."
    )
    assert {"Bengawan Sampean", "Pulau Kelor"} <= names(x, EntityType.PLACE)
    assert not names(x, EntityType.PERSON)


def test_a_body_the_article_spells_out_otherwise_than_the_lexicon_is_one_node() -> None:
    x = run(
        "SURABAYA – Forum Komunikasi Pimpinan Daerah (Forkopimda) Kota Surabaya menggelar rapat. Rakor "
        "dihadiri unsur Forkopimda. Kepala Dinas Koperasi, Usaha Kecil dan Menengah (Diskop UKM) Provinsi "
        "Riau Joko Susilo hadir. Menurut Kepala Diskop UKM Riau, Joko, pameran ramai."
    )
    orgs = names(x, EntityType.ORGANIZATION)
    assert len([o for o in orgs if o.startswith("Forum")]) == 1
    assert len([o for o in orgs if o.startswith("Dinas Koperasi")]) == 1
    assert not any(o.startswith("Daerah") for o in orgs)  # "Pimpinan Daerah": no office in the forum's name


def test_a_companys_short_name_in_brackets_is_its_alias() -> None:
    x = run(
        "Pemkot menandatangani MoU dengan PT Bank Pembangunan Daerah Jawa Tengah Tbk (Bank Jateng). "
        "Direktur Operasi Bank Jateng Joko Susilo hadir."
    )
    [bank] = [e for e in x.entities if e.type is EntityType.ORGANIZATION and "Bank" in e.name]
    assert "Bank Jateng" in bank.aliases
    assert {(m.person.name, m.organization.name) for m in x.memberships if m.organization} == {
        ("Joko Susilo", bank.name)
    }


def test_a_listed_companys_name_goes_on_past_and_to_its_tbk() -> None:
    x = run(
        "Pemkab Dairi menandatangani MoU dengan PT Bank Pembangunan Daerah Sulawesi Utara dan Gorontalo Tbk "
        "(Bank SulutGo) di Sidikalang."
    )
    assert {o for o in names(x, EntityType.ORGANIZATION) if "Bank" in o} == {
        "PT Bank Pembangunan Daerah Sulawesi Utara dan Gorontalo Tbk"
    }


def test_a_company_written_whole_elsewhere_keeps_a_last_word_a_name_could_start_with() -> None:
    x = run(
        "Terdakwa menyewakan tanah kepada PT Griya Sumbul Asri pada 2021. Direktur PT Griya Sumbul Asri, "
        "Tumpak Hasibuan, yang juga berstatus terdakwa, disidang terpisah."
    )
    assert names(x, EntityType.PERSON) == {"Tumpak Hasibuan"}
    assert {(m.person.name, m.organization.name) for m in x.memberships if m.organization} == {
        ("Tumpak Hasibuan", "PT Griya Sumbul Asri")
    }


def test_a_name_with_its_middle_name_written_as_an_initial_is_the_person_named_whole_before() -> None:
    x = run(
        "Kapolres Dairi AKBP Marihot Pandapotan Situmorang, S.I.K., hadir. Dari sisi pengamanan, Kapolres Dairi "
        "AKBP Marihot P. Situmorang mengatakan setiap truk dikawal."
    )
    assert names(x, EntityType.PERSON) == {"Marihot Pandapotan Situmorang"}
    # not a name whose middle initial is another word's
    x = run("Bupati Marihot Pandapotan Situmorang hadir. Wakil Bupati Marihot S. Situmorang juga hadir.")
    assert len(names(x, EntityType.PERSON)) == 2


def test_an_applied_science_degree_is_a_degree_no_place() -> None:
    x = run("Kepala Kantah Kabupaten Dairi, Tumpak Hasibuan, S.SiT., M.H., menjelaskan target PTSL.")
    assert not [p for p in names(x, EntityType.PLACE) if "S.SiT" in p]


def test_a_special_court_is_seated_in_the_town_of_the_district_court_it_sits_at() -> None:
    x = run(
        "Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri (PN) Binjai menjatuhkan "
        "vonis kepada Tumpak Hasibuan."
    )
    courts = names(x, EntityType.ORGANIZATION)
    assert "Pengadilan Tindak Pidana Korupsi Binjai" in courts
    assert "Pengadilan Tindak Pidana Korupsi" not in courts
    x = run("Vonis dibacakan majelis hakim Pengadilan Tipikor PN Binjai.")
    assert "Pengadilan Tindak Pidana Korupsi Binjai" in names(x, EntityType.ORGANIZATION)
    x = run("Ketua Majelis Hakim Pengadilan Tipikor pada PN Binjai, Marihot Situmorang, membacakan putusan.")
    assert {"Pengadilan Tindak Pidana Korupsi Binjai", "Pengadilan Negeri Kota Binjai"} <= names(
        x, EntityType.ORGANIZATION
    )
    assert {(m.person.name, m.organization.name) for m in x.memberships if m.organization} == {
        ("Marihot Situmorang", "Pengadilan Tindak Pidana Korupsi Binjai")
    }


def test_a_bodys_short_name_or_words_after_a_title_are_no_person() -> None:
    x = run("Upacara diikuti personel Kodim 0207/Dairi, anggota Polres Dairi, Satpol PP, Linmas serta warga.")
    assert "Satpol PP" not in names(x, EntityType.PERSON)
    x = run("Dalam amanat Kepala Staf Angkatan Darat yang dibacakan Bupati Dairi, TMMD disebut wujud nyata.")
    assert "Angkatan Darat" not in names(x, EntityType.PERSON)


def test_a_clause_opened_by_usai_ends_at_its_comma() -> None:
    x = run(
        "Apel dipimpin Kapolres Batu AKBP Joko Susilo. Usai membacakan amanat Kapolri, Joko menjelaskan pos."
    )
    assert {(m.person.name, m.role.name) for m in x.memberships} == {
        ("Joko Susilo", "Kepala Kepolisian Resor")
    }


def test_a_governors_adviser_serves_the_province_of_a_regencys_story() -> None:
    x = run(
        "Bupati Malang Joko Susilo hadir di Kabupaten Malang. Sambutan Gubernur dibacakan oleh Staf Ahli "
        "Gubernur Bidang Pemerintahan, Hukum dan Politik, Drs. Suparman Hadi, M.Si. di Kabupaten Malang."
    )
    assert ("Suparman Hadi", "Pemerintah Provinsi Jawa Timur") in {
        (m.person.name, m.organization.name) for m in x.memberships if m.organization is not None
    }


def test_straight_quotes_continued_over_paragraphs_are_one_quotation_by_one_speaker() -> None:
    text = 'Ketua KPU Kota Batu Hadi Sasmito hadir.\n\n"Kami berharap warga mengawasi.\n\n"Jika ada pelanggaran, laporkan,” lanjutnya.'
    quotes = run(text.replace("”", '"')).quotes
    # read as one quotation (its speaker after its end), listed a paragraph at a time
    assert [(q.speaker.name, q.text) for q in quotes] == [
        ("Hadi Sasmito", "Kami berharap warga mengawasi."),
        ("Hadi Sasmito", "Jika ada pelanggaran, laporkan"),
    ]


@pytest.mark.parametrize(
    "text, company",
    [
        ("Ia menjadi Direktur PT Mega Lestari. Ia pindah.", "PT Mega Lestari"),
        ("Ia bekerja di PT Pindad (Persero) sejak 2010.", "PT Pindad"),
        ("Proyek dikerjakan PT Bank Rakyat Indonesia Tbk tahun ini.", "PT Bank Rakyat Indonesia Tbk"),
        ("Bendahara PT Sinar Baruna Group (SBG) Marlina mengungkapkan hal itu.", "PT Sinar Baruna Group"),
    ],
)
def test_a_company_is_named_by_its_legal_form_and_name(text: str, company: str) -> None:
    x = run(text)
    assert company in names(x, EntityType.ORGANIZATION)
    assert not names(x, EntityType.PERSON) & {"Mega Lestari", "Pindad"}


def test_a_candidate_pair_is_not_one_name() -> None:
    x = run("Asta Cita pemerintahan Budi Hartono-Agus Setiawan Wibowo, yakni membangun desa.")
    assert not any(
        "-" in e.name for e in x.entities if e.type in {EntityType.PERSON, EntityType.ORGANIZATION}
    )


def test_a_candidate_pair_is_two_persons() -> None:
    """The twin of the test above: each side of the pair is a person."""
    x = run("Asta Cita pemerintahan Budi Hartono-Agus Setiawan Wibowo, yakni membangun desa.")
    assert names(x, EntityType.PERSON) == {"Budi Hartono", "Agus Setiawan Wibowo"}


def test_a_speaker_named_only_by_a_title_is_its_holder_or_nobody() -> None:
    held = run(
        "Kasi Intel Kejaksaan Negeri Kota Malang Sugiarto hadir. Bupati Budi Santoso juga hadir. "
        '"Berkas perkara itu sudah lengkap," kata Kasintel.'
    )
    assert [(q.speaker.name) for q in held.quotes] == ["Sugiarto"]
    unheld = run('Bupati Budi Santoso hadir. "Berkas perkara itu sudah lengkap," kata Kasintel.')
    assert unheld.quotes == []


def test_national_programmes_by_any_of_their_names() -> None:
    x = run(
        "Bupati meninjau dapur MBG dan Sekolah Rakyat, serta meresmikan Koperasi Desa Merah Putih. "
        "Bantuan lewat PKH berlanjut dan Sensus Pertanian 2033 dimulai."
    )
    programmes = {e.name: e for e in x.entities if e.type is EntityType.PROGRAM}
    assert set(programmes) >= {
        "Makan Bergizi Gratis",
        "Sekolah Rakyat",
        "Koperasi Desa/Kelurahan Merah Putih",
        "Program Keluarga Harapan",
        "Sensus Pertanian 2033",
    }
    assert "MBG" in programmes["Makan Bergizi Gratis"].aliases
    assert not names(x, EntityType.ORGANIZATION) and not names(x, EntityType.PLACE)


@pytest.mark.parametrize(
    "text, venue",
    [
        ("Hartono memberi arahan di sidang kabinet paripurna, di Istana Negara, Jakarta.", "Istana Negara"),
        (
            "Konferensi pers di Ruang Cendana, Hotel Grand Kartika, Kabupaten Purbalingga pada Sabtu.",
            "Hotel Grand Kartika",
        ),
        (
            "Lalu, di lapangan bola Jalan Nangka Kecamatan Marpoyan Damai, warga berkumpul.",
            "Jalan Nangka",
        ),
        ("Pasar murah digelar di Kecamatan Rumbai, halaman Masjid Baiturrahman.", "Masjid Baiturrahman"),
        ("Warga membersihkan Alun-alun Kota Depok kemarin.", "Alun-alun Kota Depok"),
    ],
)
def test_venues_listed_after_places_or_named_without_a_cue(text: str, venue: str) -> None:
    assert venue in names(run(text), EntityType.PLACE)


def test_a_village_mosque_keeps_the_village_whose_name_opens_with_a_hamlets_word() -> None:
    x = run(
        "Wali Kota meninjau pengungsian di Masjid Desa Dusun Tengah, Kecamatan Simanindo, Kamis (4/1/2024)."
    )
    assert "Masjid Desa Dusun Tengah" in names(x, EntityType.PLACE)
    assert "Masjid Desa" not in names(x, EntityType.PLACE)


def test_the_operation_room_of_a_regents_office_is_a_venue() -> None:
    x = run("Rembuk stunting digelar pada 22 Oktober lalu di Oproom Kantor Bupati Samosir.")
    assert "Oproom Kantor Bupati Samosir" in names(x, EntityType.PLACE)


@pytest.mark.parametrize(
    "text, member",
    [
        ("Hal itu dikatakan jubir KPK Agus Setiawan kepada wartawan.", ("Agus Setiawan", "Juru Bicara")),
        ("JPU KPK Eko Saputro juga turut merespon.", ("Eko Saputro", "Jaksa Penuntut Umum")),
        (
            "Kapolres Pacitan AKBP Hendra Adi Saputra hadir bersama Wakapolres Kompol Rudi Hartanto.",
            ("Rudi Hartanto", "Wakil Kepala Kepolisian Resor"),
        ),
        (
            "Kepala Seksi Intelijen (Kasi Intel) Kejari Sumenep, Mohamad Rizal Hakim, mengatakan hal itu.",
            ("Mohamad Rizal Hakim", "Kepala Seksi Intelijen"),
        ),
    ],
)
def test_more_offices_give_memberships(text: str, member: tuple[str, str]) -> None:
    assert member in {(m.person.name, m.role.name) for m in run(text).memberships if m.role}


def test_short_forms_of_a_body_join_its_full_name() -> None:
    x = run(
        "Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Jawa Timur Yoga Irawan hadir. "
        "Menurut dia, Balai Karantina siap. Kementerian Energi dan Sumber Daya Mineral mendukung, "
        "dan Kementerian ESDM akan hadir. PKB dan Pemerintah Kota Blitar juga diundang."
    )
    orgs = {e.name: e for e in x.entities if e.type is EntityType.ORGANIZATION}
    assert "Balai Karantina" not in orgs and "Kementerian ESDM" not in orgs
    assert "Balai Karantina" in orgs["Balai Karantina Hewan, Ikan, dan Tumbuhan Jawa Timur"].aliases
    assert "Kementerian ESDM" in orgs["Kementerian Energi dan Sumber Daya Mineral"].aliases
    assert "PKB" not in orgs.get("Pemerintah Kota Blitar", orgs[next(iter(orgs))]).aliases


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Menurut Center of Economic and Policy Studies (CEPS), Danang menilai buruk.",
            "Center of Economic and Policy Studies",
        ),
        ("Koordinator Advokasi Jamsos Watch Rudi Hartanto berkata.", "Jamsos Watch"),
        (
            "Pertemuan tahunan International Monetary Fund di Washington digelar.",
            "International Monetary Fund",
        ),
    ],
)
def test_english_named_bodies(text: str, body: str) -> None:
    assert body in names(run(text), EntityType.ORGANIZATION)


def test_an_english_body_may_open_with_indonesia_and_an_english_office_is_no_body() -> None:
    orgs = names(run("Peneliti Indonesia Fiscal Watch (IFW) Dewi Lestari berkata."), EntityType.ORGANIZATION)
    assert orgs == {"Indonesia Fiscal Watch"}
    x = run("Head of Retail Banking Group PT Bank Sentosa Raya Indonesia Budi Hartono mengatakan hal itu.")
    assert names(x, EntityType.ORGANIZATION) == {"PT Bank Sentosa Raya Indonesia"}


def test_a_body_after_dan_ends_a_name_but_a_portfolio_does_not() -> None:
    x = run("Dengan aturan baru, Bank Sentosa Syariah dan BSR dapat melakukan transaksi lindung nilai.")
    assert "Bank Sentosa Syariah" in names(x, EntityType.ORGANIZATION)
    x = run(
        "Kepala Dinas Koperasi dan UKM Kota Batu, Budi Hartono, hadir bersama Kementerian Koperasi dan Kelima."
    )
    assert names(x, EntityType.ORGANIZATION) >= {"Dinas Koperasi dan UKM Kota Batu", "Kementerian Koperasi"}
    assert {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships} == {
        ("Budi Hartono", "Dinas Koperasi dan UKM Kota Batu")
    }


def test_an_english_event_name_is_no_body() -> None:
    assert not names(run("Acara Focus Group Discussion (FGD) digelar kemarin."), EntityType.ORGANIZATION)


def test_the_body_holding_an_english_named_event_is_one() -> None:
    """The twin of the test above: the body that holds the event is read."""
    x = run("Acara Focus Group Discussion (FGD) digelar Dinas Kesehatan Kota Pasuruan kemarin.")
    assert names(x, EntityType.ORGANIZATION) == {"Dinas Kesehatan Kota Pasuruan"}


def test_settlements_and_districts_are_places_not_persons() -> None:
    x = run(
        "Ia menyerahkan bantuan untuk Masjid Taqwa Jorong Koto Baru, Nagari Sungai Lasi, Kabupaten Solok. "
        "Ia bertemu Bupati Pasaman Hendra Gunawan di Rumah Dinas Bupati Pasaman, Lubuk Sikaping, Kamis (9/10/2025)."
    )
    assert {"Masjid Taqwa", "Jorong Koto Baru", "Nagari Sungai Lasi"} <= names(x, EntityType.PLACE)
    assert names(x, EntityType.PERSON) == {"Hendra Gunawan"}


def test_a_body_of_the_republic_written_with_its_abbreviation_then_ri() -> None:
    [m] = run("Ketua Dewan Perwakilan Daerah (DPD) RI Hadi Santoso Prawiro menanggapi.").memberships
    assert (m.person.name, m.organization.name) == (
        "Hadi Santoso Prawiro",
        "Dewan Perwakilan Daerah Republik Indonesia",
    )


def test_the_national_body_of_a_kind_every_region_has() -> None:
    [m] = run("Ketua Umum Kadin Indonesia Anindya Bakrie hadir.").memberships
    assert m.organization.name == "Kamar Dagang dan Industri Indonesia"
    assert "Kamar Dagang dan Industri Kota Malang" in names(
        run("Ketua Kadin Kota Malang hadir."), EntityType.ORGANIZATION
    ) | {e.name for e in run("Ketua Kadin Kota Malang hadir.").entities}


def test_bodies_in_an_events_sentence_and_of_its_officials_take_part() -> None:
    x = run(
        "Kapolres Pacitan AKBP Hendra Adi Saputra memimpin bakti sosial bersama DPRD Kabupaten Pacitan "
        "di depan Mapolres Pacitan, Senin (20/10/2025)."
    )
    [event] = x.events
    attendees = {e.name for e in event.attendees}
    assert "Kepolisian Resor Pacitan" in attendees
    assert any(a.startswith("Dewan Perwakilan Rakyat Daerah") for a in attendees)


def test_a_person_talked_about_is_not_the_speaker_of_the_next_quotation() -> None:
    x = run(
        '"Proyek segera ditender akhir Oktober," ujar Hendra Gunawan, Rabu (8/10/2025).\n'
        "Ia menyebut pemerintah pusat melalui Presiden Hartono berkomitmen membangun infrastruktur.\n"
        '"Khusus skema baru bantuan sekolah, memang kini lebih terpusat," jelasnya.'
    )
    assert [q.speaker.name for q in x.quotes] == ["Hendra Gunawan", "Hendra Gunawan"]


def test_a_title_with_itu_is_the_person_just_spoken_of() -> None:
    x = run(
        '"Underpass ini dibutuhkan untuk mengurai kemacetan," ujar Agus Setiawan. '
        '"Kita dukung penuh," ujar mantan Komisaris Utama Bank Andalas itu.'
    )
    assert [(m.person.name, m.role.name, m.organization.name, m.tenure) for m in x.memberships] == [
        ("Agus Setiawan", "Komisaris Utama", "Bank Andalas", "former")
    ]


def test_a_title_with_itu_is_the_person_last_named_not_an_office_last_mentioned() -> None:
    x = run(
        "Wakil Presiden Budi Santoso siap ditugaskan oleh Presiden Andi Saputra. "
        "Budi mengaku siap sebagai pembantu Presiden. "
        "Saat ini, mantan Wali Kota Batu itu lebih banyak turun ke lapangan."
    )
    assert ("Budi Santoso", "Wali Kota", "former") in {
        (m.person.name, m.role.name, m.tenure) for m in x.memberships
    }
    assert ("Andi Saputra", "Wali Kota") not in {(m.person.name, m.role.name) for m in x.memberships}


def test_a_name_after_a_comma_is_not_part_of_the_body() -> None:
    [m] = run("Anggota Dewan Jaminan Sosial Nasional, Mahesa Paranadipa Maikel, berkata.").memberships
    assert (m.person.name, m.organization.name) == (
        "Mahesa Paranadipa Maikel",
        "Dewan Jaminan Sosial Nasional",
    )


def test_an_abbreviated_head_word_is_written_out_in_the_name() -> None:
    x = run("Dirjen Imigrasi Yuldi Yusman mengatakan, Ditjen Imigrasi terus bekerja.")
    orgs = [e for e in x.entities if e.type is EntityType.ORGANIZATION]
    [ditjen] = orgs  # the title's unit and the abbreviated name are one node
    assert ditjen.name == "Direktorat Jenderal Imigrasi" and "Ditjen Imigrasi" in ditjen.aliases


@pytest.mark.parametrize(
    "text",
    [
        "Kakanwil Kemenag Jatim Heni Yuwono membuka acara.",
        "Kepala Kanwil Kemenag Jawa Timur Heni Yuwono membuka acara.",
        "Kepala Kantor Wilayah Kementerian Agama Provinsi Jawa Timur Heni Yuwono membuka acara.",
    ],
)
def test_the_head_of_a_regional_office_of_a_ministry(text: str) -> None:
    [m] = run(text).memberships
    assert (m.person.name, m.role.name, m.organization.name) == (
        "Heni Yuwono",
        "Kepala",
        "Kantor Wilayah Kementerian Agama Provinsi Jawa Timur",
    )


def test_a_deputy_minister_by_short_form() -> None:
    [m] = run("Wamenaker Budi Santoso hadir dalam rapat itu.").memberships
    assert (m.person.name, m.role.name, m.organization.name) == (
        "Budi Santoso",
        "Wakil Menteri Ketenagakerjaan",
        "Kementerian Ketenagakerjaan",
    )


def test_a_region_after_the_office_is_not_part_of_the_name() -> None:
    [m] = run("Mantan Ketua DPRD Kabupaten Kampar, Riau Fauzan Hakim ditahan jaksa.").memberships
    assert m.person.name == "Fauzan Hakim"
    assert "Riau Fauzan Hakim" not in names(
        run("Ketua DPRD Kabupaten Kampar, Riau Fauzan Hakim hadir."), EntityType.PERSON
    )


def test_a_body_short_name_after_a_title_is_not_the_person() -> None:
    x = run("Direktur Kemahasiswaan Unair, Budi Santoso Wibowo, dalam laman resmi menjelaskan hal itu.")
    assert names(x, EntityType.PERSON) == {"Budi Santoso Wibowo"}


def test_a_facility_ending_its_sentence_takes_no_name_from_the_next() -> None:
    x = run("Sekolah tidak perlu menunggu dari SPPG. Perbedaan dapur sekolah terletak pada jumlah.")
    assert not any("Perbedaan" in n for n in names(x, EntityType.ORGANIZATION))


def test_kerja_sama_continues_a_unit_name() -> None:
    x = run("Kepala Biro Hubungan Masyarakat dan Kerja Sama KPPU, Deswin Nur, menyampaikan hal itu.")
    assert {(m.role.name, m.organization.name) for m in x.memberships if m.role and m.organization} == {
        ("Kepala Biro Hubungan Masyarakat dan Kerja Sama", "Komisi Pengawas Persaingan Usaha")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asisten Pidana Khusus (Aspidsus) Kejati Bengkulu, Budi Santoso menyita aset.",
            ("Budi Santoso", "Asisten Pidana Khusus", "Kejaksaan Tinggi Bengkulu"),
        ),
        (
            "Ekonom Universitas Gadjah Mada (UGM) Budi Santoso menilai inflasi terkendali.",
            ("Budi Santoso", "Ekonom", "Universitas Gadjah Mada"),
        ),
        (
            "Kepala Kesatuan Bangsa dan Politik (Kesbangpol) Kota Madiun, Budi Santoso mengatakan hal itu.",
            ("Budi Santoso", "Kepala", "Badan Kesatuan Bangsa dan Politik Kota Madiun"),
        ),
        (
            "Kepala Sekolah SMPN 17 Budi Santoso membantah hal tersebut.",
            ("Budi Santoso", "Kepala Sekolah", "SMPN 17"),
        ),
    ],
)
def test_more_offices_and_bodies(text: str, expected: tuple[str, str, str]) -> None:
    [m] = run(text).memberships
    assert (m.person.name, m.role.name, m.organization.name) == expected


def test_an_office_held_then() -> None:
    [m] = run(
        "Lokasi dipindah atas kebijakan Bupati Kampar saat itu, Budi Santoso yang memimpin."
    ).memberships
    assert (m.person.name, m.role.name, m.tenure) == ("Budi Santoso", "Bupati", "former")


@pytest.mark.parametrize(
    "text",
    [
        "Sekjen Partai Golkar sekaligus Ketua Fraksi Golkar DPR RI Budi Santoso mengatakan hal itu.",
        "Menteri Lingkungan Hidup/Kepala Badan Pengendalian Lingkungan Hidup, Budi Santoso berpesan.",
    ],
)
def test_two_offices_joined_are_both_the_persons(text: str) -> None:
    held = run(text).memberships
    assert len(held) == 2 and {m.person.name for m in held} == {"Budi Santoso"}


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        (
            "Budi Santoso selaku Direktur Utama PT Berkah Manis Makmur sejak 2012.",
            "Budi Santoso",
            "PT Berkah Manis Makmur",
        ),
        # a numbered list run together: the next item's number is not part of the name
        (
            "1. Budi Santoso, Direktur PT Firdaus Mulia Abadi2. Siti Aminah, Direktur PT Lain",
            "Budi Santoso",
            "PT Firdaus Mulia Abadi",
        ),
    ],
)
def test_a_company_after_an_apposed_title_keeps_all_its_words(text: str, person: str, company: str) -> None:
    held = {(m.person.name, m.organization.name) for m in run(text).memberships}
    assert (person, company) in held


def test_a_company_then_a_name_after_a_title_is_still_split() -> None:
    [m] = run("Direktur Utama PT Pindad Abraham Mose mengatakan hal itu.").memberships
    assert (m.person.name, m.organization.name) == ("Abraham Mose", "PT Pindad")


@pytest.mark.parametrize(
    ("name", "plausible"),
    [
        ("Teradu VII Bernard Dermawan Sutrisno", False),  # a numbered party to a hearing
        ("BEM UI", False),  # acronyms: a body
        ("Pengamanan", False),  # a derived noun
        ("I Made Satria", True),  # a Balinese name opens with "I"
        ("Hamengku Buwono X", True),  # a regnal number ends a name
        ("Perlman", True),
    ],
)
def test_plausible_person_names(name: str, plausible: bool) -> None:
    from kg.extract.names import plausible_person

    assert plausible_person(name) is plausible


def test_a_corps_after_a_rank_is_not_part_of_the_name() -> None:
    x = run(
        '"Kami menemukan indikasi lain," kata Kapuspen TNI Brigjen Marinir Freddy Ardianzah, Jumat (12/9/2025).'
    )
    assert "Freddy Ardianzah" in names(x, EntityType.PERSON)
    assert not any("Marinir" in n for n in names(x, EntityType.PERSON))


def test_the_legal_corps_after_a_rank_is_not_part_of_the_name() -> None:
    x = run("Sidang dipimpin Kolonel Kum Sarwono Hadiputro bersama hakim anggota Letkol Kum Darmaji.")
    assert names(x, EntityType.PERSON) == {"Sarwono Hadiputro", "Darmaji"}


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("Hakim anggota Kolonel Chk (K) Ratna Widyasari membacakan putusan itu.", "Kolonel Chk (K)"),
        ("Acara itu dihadiri Kolonel (Purn) Ratna Widyasari, tokoh masyarakat setempat.", "Kolonel (Purn)"),
        ("Komandan Lantamal, Letkol Laut (P) Ratna Widyasari, meninjau dermaga.", "Letkol Laut (P)"),
    ],
)
def test_a_bracketed_marker_after_a_rank_is_part_of_the_prefix(text: str, prefix: str) -> None:
    x = run(text)
    [person] = [e for e in x.entities if e.type == EntityType.PERSON]
    assert person.name == "Ratna Widyasari"
    assert person.honorific_prefix == (prefix,)


@pytest.mark.parametrize(
    "text",
    [
        "Jaksa Agung ST Wirananda mengatakan perkara itu sudah diusut.",
        '"Perkara itu sudah kami usut," ujar ST Wirananda di Jakarta.',
    ],
)
def test_capital_initials_that_spell_a_degree_open_a_name(text: str) -> None:
    assert names(run(text), EntityType.PERSON) == {"ST Wirananda"}


def test_a_degree_after_a_name_stays_a_degree() -> None:
    x = run("Kepala Bidang Jalan Dimas Wirananda, ST mengatakan perbaikan dimulai pekan depan.")
    [person] = [e for e in x.entities if e.type == EntityType.PERSON]
    assert (person.name, person.honorific_suffix) == ("Dimas Wirananda", ("ST",))


@pytest.mark.parametrize("place", ["Bantar Hejo", "Gebang Sari"])
def test_the_name_after_a_waste_site_and_its_acronym_is_no_person(place: str) -> None:
    x = run(
        "Dia menyebut kota itu memiliki cadangan sampah di Tempat Pengolahan Sampah Terpadu (TPST)"
        f" {place} dan produksi harian mencapai 700 ton."
    )
    assert names(x, EntityType.PERSON) == set()


def test_a_venue_ending_with_a_district_of_the_region_written_after_is_no_person() -> None:
    x = run(
        '"Ini penting," ujar Agus dalam sambutannya di acara Pameran Dagang Nusantara,'
        " JCCExpo Senayan, Jakarta Pusat, Selasa (29/7/2025)."
    )
    assert names(x, EntityType.PERSON) == {"Agus"}


def test_a_month_word_opens_a_name_after_a_title() -> None:
    x = run("Kepala Dinas Sosial Kota Malang Juli Lestyani mengatakan bantuan disalurkan pekan ini.")
    assert "Juli Lestyani" in names(x, EntityType.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Pada Agustus Wirananda Kusuma tidak hadir dalam rapat itu.",
        "Bantuan disalurkan sejak Juli Pemkot Malang mencatat kenaikan penerima.",
    ],
)
def test_a_month_word_after_a_preposition_opens_no_name(text: str) -> None:
    assert not any(n.split()[0] in {"Agustus", "Juli"} for n in names(run(text), EntityType.PERSON))


def test_a_region_number_ends_the_office_and_the_name_follows() -> None:
    x = run("Kepala Satuan Tugas Koordinasi dan Supervisi Wilayah V Dian Saputra mengatakan hal itu.")
    assert names(x, EntityType.PERSON) == {"Dian Saputra"}


def test_a_foreign_head_of_state_named_again_without_the_country() -> None:
    x = run(
        "Presiden Afrika Selatan Cyril Ramaphosa tiba di Jakarta. Presiden Cyril Ramaphosa lalu bertemu"
        " Presiden Hendra Gunawan di Istana Merdeka."
    )
    held = {(m.person.name, m.organization.name) for m in x.memberships}
    assert ("Cyril Ramaphosa", "Pemerintah Afrika Selatan") in held
    assert ("Cyril Ramaphosa", "Pemerintah Republik Indonesia") not in held
    assert ("Hendra Gunawan", "Pemerintah Republik Indonesia") in held


def test_a_name_in_brackets_after_a_title_is_no_alias_of_the_body() -> None:
    x = run('Presiden Hendra Gunawan hadir. "Terima kasih kepada Presiden Indonesia (Hendra)," kata Cyril.')
    [government] = [e for e in x.entities if e.name == "Pemerintah Republik Indonesia"]
    assert "Hendra" not in government.aliases


def test_a_company_keeps_the_words_companies_are_named_with() -> None:
    x = run("Lokasi pertama adalah PT Jaya Abadi Steel di Desa Beberan, Ciruas.")
    assert "PT Jaya Abadi Steel" in names(x, EntityType.ORGANIZATION)
    assert not names(x, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        (
            "Ketiga, Beasiswa Santri Berprestasi diberikan kepada 1.200 mahasiswa.",
            "Beasiswa Santri Berprestasi",
        ),
        ("Polres menggelar Operasi Zebra Semeru 2025 selama dua pekan.", "Operasi Zebra Semeru 2025"),
        (
            "Pemerintah melanjutkan proyek Kereta Cepat Jakarta-Bandung tahun ini.",
            "Kereta Cepat Jakarta-Bandung",
        ),
    ],
)
def test_programmes_named_by_head_word_or_project(text: str, programme: str) -> None:
    assert programme in names(run(text), EntityType.PROGRAM)


@pytest.mark.parametrize(
    "text",
    [
        "Empat orang terjaring Operasi Tangkap Tangan (OTT) polisi.",  # a kind of operation
        "Pemerintah membangun proyek PLTU di sana.",  # a kind of plant
        "Dana dialokasikan untuk proyek Sumber Daya Air tahun ini.",  # common words
    ],
)
def test_kinds_of_operation_or_project_are_no_programme(text: str) -> None:
    assert not names(run(text), EntityType.PROGRAM)


def test_a_programme_named_after_program_is_one() -> None:
    """The twin of the test above: a programme's own name after "program" is a programme."""
    assert names(
        run("Dana dialokasikan untuk program Kampung Sehat Mandiri tahun ini."), EntityType.PROGRAM
    ) == {"Kampung Sehat Mandiri"}


def test_an_outlets_slogan_alone_in_its_paragraph_is_no_quotation() -> None:
    x = run(
        'Budi Santoso hadir dalam acara itu. "Kami siap menjalankan tugas ini," kata Budi.\n'
        'Saksikan pembahasan lengkapnya di program pagi.\n"Detik Pagi, Jangan Tidur Lagi!"'
    )
    assert [q.text for q in x.quotes] == ["Kami siap menjalankan tugas ini"]


def test_a_speaker_written_with_a_lower_case_title_after_the_verb() -> None:
    x = run(
        "KPK memanggil Dedi Hermanto (DH) sebagai saksi.\n"
        '"Hari ini KPK menjadwalkan pemeriksaan saksi terkait dugaan suap dana operasional,"'
        " kata jubir KPK Agus Setiawan kepada wartawan, Selasa (21/10)."
    )
    assert [(q.speaker.name if q.speaker else None) for q in x.quotes] == ["Agus Setiawan"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an abbreviation the lexicon knows, spelled out here as something else
        (
            "Pemerintah mendorong skema Public-Private Partnership (PPP). Skema PPP dipakai lagi.",
            "Partai Persatuan Pembangunan",
        ),
        ("Siswa Madrasah Aliyah (MA) Negeri 1 ikut pemilihan. Ketua OSIS MA terpilih.", "Mahkamah Agung"),
    ],
)
def test_an_abbreviation_spelled_out_as_something_else_is_not_the_lexicons_body(
    text: str, absent: str
) -> None:
    assert absent not in names(run(text), EntityType.ORGANIZATION)


def test_the_lexicons_body_stays_where_the_article_spells_it_out_the_same() -> None:
    x = run("Komisi Pemberantasan Korupsi (KPK) memeriksa saksi. KPK menahan tersangka.")
    assert "Komisi Pemberantasan Korupsi" in names(x, EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        "Dalam kacamata publik, pertemuan Sutrisno-Hartono di Kertanegara memiliki makna.",
        "Noel memberikan dukungan penuh kepada pasangan Hendra-Agus dan bergabung.",
    ],
)
def test_two_names_joined_by_a_hyphen_are_a_pair_not_a_person(text: str) -> None:
    assert not any("-" in name for name in names(run(text), EntityType.PERSON))


def test_a_hyphened_korean_or_arabic_name_is_one_person() -> None:
    x = run(
        "Menteri Haji dan Umrah Arab Saudi, Tawfiq F. Al-Rabiah, menyampaikan apresiasi kepada pemerintah."
    )
    assert "Tawfiq F. Al-Rabiah" in names(x, EntityType.PERSON)


def test_a_body_ends_before_the_office_joined_to_it() -> None:
    x = run(
        "Annisa adalah mahasiswa Magister Hukum Universitas Indonesia dan Direktur Eksekutif Srikandi Energi."
    )
    assert "Universitas Indonesia" in names(x, EntityType.ORGANIZATION)
    assert not any("Direktur" in name for name in names(x, EntityType.ORGANIZATION))


def test_a_body_set_off_before_the_name_after_a_title_is_no_person() -> None:
    x = run(
        '"Itu benar," kata Direktur Riset Index Politica, Fadhly Alimin Hasyim, kepada wartawan, Rabu (15/10/2025).'
    )
    assert names(x, EntityType.PERSON) == {"Fadhly Alimin Hasyim"}


def test_the_military_headquarters_is_no_person() -> None:
    x = run(
        "Komandan Satuan Siber (Dansatsiber) Mabes TNI, Brigjen JO Sembiring sempat berkonsultasi dengan polisi."
    )
    assert names(x, EntityType.PERSON) == {"JO Sembiring"}
    assert "Markas Besar Tentara Nasional Indonesia" in names(x, EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("Pemkot meluncurkan Gerakan Menanam Jagung di Bogor.", "Gerakan Menanam Jagung"),
        (
            "Pengembangan wilayah adat melalui Gerakan Pangan Lokal Nusantara.",
            "Gerakan Pangan Lokal Nusantara",
        ),
    ],
)
def test_a_gerakan_of_an_activity_is_a_programme(text: str, programme: str) -> None:
    x = run(text)
    assert programme in names(x, EntityType.PROGRAM)
    assert not names(x, EntityType.ORGANIZATION) & {programme}


def test_a_gerakan_of_a_group_of_people_is_an_organisation() -> None:
    assert "Gerakan Pemuda Ansor" in names(
        run("Ribuan anggota Gerakan Pemuda Ansor hadir."), EntityType.ORGANIZATION
    )


def test_a_party_name_the_lexicon_knows_goes_on_before_the_chairs_name() -> None:
    x = run("Ketua Umum Partai Gerakan Indonesia Raya Sutrisno hadir dalam rapat itu.")
    [m] = x.memberships
    assert (m.person.name, m.organization.name) == ("Sutrisno", "Partai Gerakan Indonesia Raya")


def test_a_programme_spelled_out_in_brackets_after_its_short_name_is_one_node() -> None:
    x = run("Kedua, program Gotabumil (Gerakan Orang Tua Asuh Balita dan Ibu Hamil KEK) dengan kepedulian.")
    [programme] = [e for e in x.entities if e.type is EntityType.PROGRAM]
    assert "Gerakan Orang Tua Asuh Balita dan Ibu Hamil KEK" in {programme.name, *programme.aliases}


@pytest.mark.parametrize(
    "text",
    [
        '"Kami bekerja sebagai wujud negara yang bersih," ujar Menteri Imipas Agus Adrianto kepada wartawan.',
        '"Dampak yang lebih luas dan nyata," ujar VP General Secretary Danone Indonesia, Agus Adrianto, kemarin.',
    ],
)
def test_a_speaker_after_an_office_the_lexicon_lacks_is_the_name_after_it(text: str) -> None:
    x = run(text)
    assert [q.speaker.name for q in x.quotes if q.speaker] == ["Agus Adrianto"]
    assert names(x, EntityType.PERSON) == {"Agus Adrianto"}


def test_a_committee_is_an_organisation() -> None:
    x = run("Hal itu disampaikan dalam konferensi pers Komite Penanganan Krisis Pangan (KPKP) di Jakarta.")
    orgs = {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}
    assert "Komite Penanganan Krisis Pangan" in orgs, orgs
    x = run("Hal itu dikatakan Wakil Ketua Komite Badan Pengawas Pasar Modal (BPPM) Budi Hartanto kemarin.")
    assert {e.name for e in x.entities if e.type is EntityType.PERSON} == {"Budi Hartanto"}
    assert not any(e.name.startswith("Komite") for e in x.entities if e.type is EntityType.ORGANIZATION)


def test_a_bare_town_right_before_its_province_is_the_town() -> None:
    x = run("Pengasuh Pondok Pesantren Nurul Huda Tuban Jawa Timur itu hadir. Warga Lumajang, Jatim, ikut.")
    places = {e.name for e in x.entities if e.type is EntityType.PLACE}
    assert {"Kabupaten Tuban", "Kabupaten Lumajang"} <= places, places
    x = run("Warga Tuban, Jawa Tengah, ikut hadir.")  # no Tuban lies in Central Java
    assert not any("Tuban" in e.name for e in x.entities if e.type is EntityType.PLACE)


def test_a_bare_region_name_set_before_another_region_must_lie_in_it() -> None:
    x = run("Dian Saputra diperiksa di gedung KPK, Kuningan, Jakarta Selatan, Selasa (21/10/2025).")
    assert "Kabupaten Kuningan" not in names(x, EntityType.PLACE)
    listed = run(
        "Pelatihan digelar di Kota Bandung, Kabupaten Bandung Barat, Kuningan, Sumedang, dan Indramayu."
    )
    assert {"Kabupaten Kuningan", "Kabupaten Sumedang"} <= names(listed, EntityType.PLACE)


def test_an_abbreviation_spelled_out_in_lower_case_words_is_not_the_lexicons_body() -> None:
    x = run("Warga membayar pajak bumi dan bangunan (PBB) tepat waktu. Tunggakan PBB naik tahun ini.")
    assert not names(x, EntityType.ORGANIZATION) & {"Perserikatan Bangsa-Bangsa", "PBB"}


def test_puan_is_a_name_not_an_honorific() -> None:
    [m] = run("Pernyataan Ketua DPR RI Puan Maharani dalam pidato itu penting.").memberships
    assert m.person.name == "Puan Maharani"


def test_the_country_after_a_foreign_office_is_no_person() -> None:
    x = run(
        "Tamu disambut Tawfiq F. Al-Rabiah, Menteri Haji dan Umrah Arab Saudi, di Riyadh, Minggu (19/10)."
    )
    assert names(x, EntityType.PERSON) == {"Tawfiq F. Al-Rabiah"}


def test_a_party_faction_written_with_partai_names_the_party_once() -> None:
    x = run("Anggota Fraksi Partai NasDem DPRD Kota Malang, Dito Arief, hadir dalam rapat.")
    assert not any("Partai Partai" in name for name in names(x, EntityType.ORGANIZATION))
    [m] = x.memberships
    assert (m.person.name, m.role.name) == ("Dito Arief", "Anggota Fraksi Partai NasDem")


@pytest.mark.parametrize(
    "text",
    [
        '"Assalamualaikum Warahmatullahi Wabarakatuh, salam sejahtera bagi kita semua," sapa Wali Kota.',
        "Para PKL di kawasan itu diajak menjaga kebersihan bersama petugas.",
        "Rapat itu disiarkan melalui Google Meet dan diikuti camat se-kota.",
    ],
)
def test_greetings_street_vendors_and_meeting_tools_are_no_nodes(text: str) -> None:
    x = run(text)
    assert not names(x, EntityType.PERSON) | names(x, EntityType.ORGANIZATION)


def test_a_bare_region_name_is_the_one_the_article_names_in_full() -> None:
    x = run("Dalam kunjungannya ke Solok, ia meninjau sekolah. Bupati hadir di Kabupaten Solok kemarin.")
    assert "Kabupaten Solok" in names(x, EntityType.PLACE)
    assert "Kota Solok" not in names(x, EntityType.PLACE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ketua Komnas PA Sidoarjo, Rudi Hartanto mengatakan bahwa kasus kenakalan remaja naik.",
            ("Rudi Hartanto", "Ketua", "Komisi Nasional Perlindungan Anak Kabupaten Sidoarjo"),
        ),
        (
            '"Pasar ini terbesar," ujar Hendra Gunawan yang juga menjabat sebagai Ketua Umum Ikatan Keluarga Mandailing (IKM).',
            ("Hendra Gunawan", "Ketua Umum", "Ikatan Keluarga Mandailing"),
        ),
        (
            "Direktur Riset Nusantara Policy Studies (NPS) Agus Setiawan menilai ada empat menteri terbaik.",
            ("Agus Setiawan", "Direktur Riset", "Nusantara Policy Studies"),
        ),
        (
            "Peneliti Ceps, Danang D. Pratama menyampaikan 96 persen responden setuju.",
            ("Danang D. Pratama", "Peneliti", "Ceps"),
        ),
    ],
)
def test_memberships_with_the_office_before_or_after_the_name(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert (expected) in {
        (m.person.name, m.role.name if m.role else "", m.organization.name if m.organization else "")
        for m in run(text).memberships
    }


def test_a_country_after_an_ambassador_is_no_body_of_its_own() -> None:
    x = run("Optimisme itu disambut Duta Besar Pakistan, Zahid Hafeez Chaundhri, yang meninjau pabrik.")
    assert "Pakistan" not in names(x, EntityType.ORGANIZATION)


def test_countries_in_a_list_or_after_a_place_word_are_places() -> None:
    x = run(
        "Ikan diekspor ke 15 negara, termasuk Jepang, Korea Selatan, Portugal, dan Selandia Baru, tuturnya."
    )
    assert {"Jepang", "Korea Selatan", "Portugal", "Selandia Baru"} <= names(x, EntityType.PLACE)


@pytest.mark.parametrize(
    "text",
    [
        "Israel melakukan serangan pada malam itu.",  # the state as an actor
        "Rupiah melemah terhadap dolar Hong Kong dan yen Jepang pagi ini.",  # money
        "Ketua Komite Nasional Pemuda Indonesia hadir.",  # inside a name
        "Tersangka berinisial AS ditahan polisi.",  # initials, not the United States
    ],
)
def test_a_country_that_is_no_place_in_the_sentence(text: str) -> None:
    places = names(run(text), EntityType.PLACE)
    assert not places & {"Israel", "Hong Kong", "Jepang", "Indonesia", "Amerika Serikat"}


def test_a_nya_verb_written_whole_takes_the_person_last_spoken_of() -> None:
    x = run(
        "Wali Kota Madiun Muhammad Fauzan meninjau sungai. "
        '"Jangan sampai sampah-sampah ini terbawa arus masuk ke sungai," katanya di Balai Kota Madiun, Senin.'
    )
    assert [q.speaker.name for q in x.quotes if q.speaker] == ["Muhammad Fauzan"]
    assert "Balai" not in names(x, EntityType.PERSON)


def test_the_attorney_generals_spokesman_title() -> None:
    [m] = run('"Ini penting," kata Kapuspenkum Kejagung Anang Supriatna kepada wartawan.').memberships
    assert (m.person.name, m.organization.name) == ("Anang Supriatna", "Kejaksaan Agung")


def test_a_numbered_court_and_its_city_are_no_person() -> None:
    x = run("Banding itu diputus oleh Majelis Hakim Pengadilan Militer Tinggi I Medan pekan lalu.")
    assert "I Medan" not in names(x, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Sentra Terpadu Prof. Dr. Soeharso Surakarta dinobatkan sebagai satuan kerja terbaik.",
            "Sentra Terpadu Prof. Dr. Soeharso",
        ),
        ("Pasien dirujuk ke RSUP Dr. Sardjito Yogyakarta kemarin sore.", "RSUP Dr. Sardjito"),
    ],
)
def test_a_body_named_after_a_person_keeps_the_namesake(text: str, body: str) -> None:
    x = run(text)
    assert any(name.startswith(body) for name in names(x, EntityType.ORGANIZATION))
    assert not names(x, EntityType.PERSON)


def test_the_head_of_a_hospital_named_after_a_person() -> None:
    x = run('"Kami mendalami," kata Plt Direktur Utama RSUP Prof Ngoerah I Wayan Sudana kepada wartawan.')
    [m] = x.memberships
    assert (m.person.name, m.organization.name) == ("I Wayan Sudana", "RSUP Prof Ngoerah")


def test_an_honorific_after_a_title_and_a_body_opens_the_holders_name() -> None:
    [m] = run("Kepala Dinas Kesehatan Kota Malang dr. Husnul Muarif mengatakan hal itu.").memberships
    assert (m.person.name, m.organization.name) == ("Husnul Muarif", "Dinas Kesehatan Kota Malang")


def test_a_name_the_tagger_starts_at_a_middle_initial_keeps_its_first_name() -> None:
    x = run("Hadir pula Ketua PW LPNU Jatim Wahyu A Priambodo, serta ratusan santri.")
    assert "Wahyu A Priambodo" in names(x, EntityType.PERSON)


def test_a_name_the_tagger_starts_at_its_second_word_keeps_its_first_name() -> None:
    x = run(
        "Rapat paripurna dihadiri Sahat Prasetyo Nugroho dan warga. Wakil Ketua DPRD Dairi, Romauli "
        "Simbolon, hadir."
    )
    assert "Sahat Prasetyo Nugroho" in names(x, EntityType.PERSON)
    # a form of address opens no name
    assert names(run("Hadir pula Pak Prasetyo Nugroho."), EntityType.PERSON) == {"Prasetyo Nugroho"}


@pytest.mark.parametrize(
    ("text", "person", "nickname"),
    [
        (
            'Menteri Sosial Syamsul Arifin atau Gus Syam hadir. "Bantuan jangan salah sasaran," kata Gus Syam kemudian.',
            "Syamsul Arifin",
            "Gus Syam",
        ),
        (
            'Menko Pangan Zulfikar Hamzah alias Zulham hadir. "Kami terus memantau keadaan di lapangan," ujar Zulham.',
            "Zulfikar Hamzah",
            "Zulham",
        ),
        (
            "Bupati Klaten ke-7 Bambang Sulistyo (Bamsul) hadir. Bamsul mengatakan hal itu kepada wartawan.",
            "Bambang Sulistyo",
            "Bamsul",
        ),
        (
            "Penggiat media sosial Darto Wiyono (40) alias Mr. Baik, mengaku menjadi korban penipuan.",
            "Darto Wiyono",
            "Mr. Baik",
        ),
        (
            "Hakim memvonis mantan kepala desa itu, Tumpak alias Ama Sahat (47), empat tahun penjara.",
            "Tumpak",
            "Ama Sahat",
        ),
        (
            'Kadis PMD Dairi, Hj. Romauli Simbolon, yang akrab disapa Daeng Uli, hadir. "Kami siap," kata Daeng Uli.',
            "Romauli Simbolon",
            "Daeng Uli",
        ),
    ],
)
def test_a_nickname_set_off_after_a_name_is_the_same_person(text: str, person: str, nickname: str) -> None:
    x = run(text)
    [entity] = [e for e in x.entities if e.type is EntityType.PERSON]
    assert entity.name == person and nickname in entity.aliases
    assert all(q.speaker is entity for q in x.quotes)


def test_a_nickname_closing_a_sentence_takes_no_word_of_the_next() -> None:
    x = run("Jaksa menyebut terdakwa Sahat Pardede atau Marihot. Tumpak menambahkan sidang ditunda.")
    assert not any("." in alias for e in x.entities for alias in e.aliases)


def test_an_aged_suspect_written_with_initials_is_named_by_the_alias() -> None:
    """ "SF alias Marbun (28)": initials name no one; the name after "alias" is the person's."""
    x = run("Polisi menangkap seorang pria berinisial SF alias Marbun (28) di Sidikalang.")
    assert names(x, EntityType.PERSON) == {"Marbun"}


def test_a_last_name_after_a_word_none_of_the_persons_names_open_with_is_another_person() -> None:
    """ "Sahat Putra, S.H." after "Marihot Ananda Putra": a name of its own, not his last name after
    a stray word; "Edo Pardede" after "Eduardus Sahat Pardede" is him by a nickname."""
    x = run(
        "Kasi Pidsus Kejari Dairi Marihot Ananda Putra mengatakan pihaknya pikir-pikir. Penasihat hukum "
        'terdakwa, Sahat Putra, S.H., mengaku masih pikir-pikir. "Klien kami mengembalikan kerugian," kata Sahat.'
    )
    assert names(x, EntityType.PERSON) == {"Marihot Ananda Putra", "Sahat Putra"}
    assert [q.speaker.name for q in x.quotes if q.speaker] == ["Sahat Putra"]
    x = run("Kadis Kominfo Dairi Eduardus Sahat Pardede hadir. Menurut Edo Pardede, jaringan diperluas.")
    assert names(x, EntityType.PERSON) == {"Eduardus Sahat Pardede"}


def test_a_nickname_with_a_regional_address_is_the_same_person() -> None:
    x = run(
        'Ketua KSM Sungai Bersih, H. Sulaiman atau yang akrab disapa Mang Leman, hadir. "Kami siap," ujar '
        "Mang Leman."
    )
    assert names(x, EntityType.PERSON) == {"Sulaiman"}
    assert ("Sulaiman", "KSM Sungai Bersih") in {(m.person.name, m.organization.name) for m in x.memberships}


@pytest.mark.parametrize(
    "text",
    [
        "Hal itu disampaikan tokoh adat Kecamatan Lubuk Begalung, H. Rusli Datuak Bagindo Sati. Ia berharap adat "
        "dijaga.",
        "Kepala Dinas Pendidikan Kota Pariaman, Drs. H. Rusli Datuak Bagindo Sati, M.Pd., mengatakan hal itu.",
        "Ketua LKAAM Rusli Dt. Bagindo Sati hadir dalam pertemuan itu.",
        # the title after the degrees, and borne again after "bergelar"
        'Wali Kota Pariaman Ir. H. Rusli, M.T. Datuak Bagindo Sati menerima piala. "Adat kita jaga," sambung '
        "Pak Wali yang juga bergelar Datuak Bagindo Sati itu.",
        # a man's gelar, "Sutan ...", after his degree
        "Rapat dipimpin Wakil Ketua DPRD Kota Pariaman Rusli, S.E. Sutan Bagindo Sati, kemarin.",
    ],
)
def test_a_minang_adat_title_after_a_name_is_no_part_of_it(text: str) -> None:
    x = run(text)
    [person] = [e for e in x.entities if e.type is EntityType.PERSON]
    assert person.name == "Rusli"
    assert any("Bagindo Sati" in alias for alias in person.aliases)


def test_an_office_after_atau_is_no_nickname() -> None:
    x = run("Wali Kota Malang Hendra Gunawan atau Kepala Daerah itu hadir dalam rapat.")
    assert not [a for e in x.entities if e.type is EntityType.PERSON for a in e.aliases if "Kepala" in a]


def test_a_country_the_tagger_cuts_short_is_the_whole_country() -> None:
    x = run("Kasus itu akan diadili di Amerika Serikat pada bulan November.")
    assert "Amerika Serikat" in names(x, EntityType.PLACE) and "Amerika" not in names(x, EntityType.PLACE)


def test_a_bodys_name_its_abbreviation_spells_in_part_goes_on_past_a_name_like_word() -> None:
    [m] = run(
        "Kepala Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas) Erika Retnowati mengatakan itu."
    ).memberships
    assert (m.person.name, m.organization.name) == (
        "Erika Retnowati",
        "Badan Pengatur Hilir Minyak dan Gas Bumi",
    )

    # an office's short form spelling its fields without its head word ("Dinas")
    [m] = run(
        "Bupati didampingi Kepala Dinas Pekerjaan Umum, Tata Ruang dan Bina Konstruksi (PUTRBK) Dairi Ir. Sahat "
        "Nainggolan, M.T., di lokasi."
    ).memberships
    assert (m.person.name, m.organization.name) == (
        "Sahat Nainggolan",
        "Dinas Pekerjaan Umum, Tata Ruang dan Bina Konstruksi Kabupaten Dairi",
    )


def test_a_state_university_written_by_its_short_name() -> None:
    x = run("Peneliti Pusat Kajian Demokrasi FH UGM, Budi Santoso, menilai putusan itu tepat.")
    assert "Universitas Gadjah Mada" in names(x, EntityType.ORGANIZATION)


def test_a_list_of_suspects_initials_holds_no_court_and_no_organisation() -> None:
    x = run("Kapolres memerinci keempat pelaku adalah DS, ARH, ZF dan MA. Mereka ditahan polisi.")
    assert not names(x, EntityType.ORGANIZATION)
    listed = run("Aksi itu melibatkan organisasi mahasiswa seperti HMI, PMII, dan IMM di kampus.")
    assert {"HMI", "PMII", "IMM"} <= {a for e in listed.entities for a in {e.name, *e.aliases}}


def test_a_name_after_bernama_is_a_person() -> None:
    x = run("Dalam permohonannya, pemohon bernama Daniel Frits Maurits Tangkilisan menggugat pasal itu.")
    assert "Daniel Frits Maurits Tangkilisan" in names(x, EntityType.PERSON)


def test_a_listed_companys_suffix_ends_its_name_before_the_officers() -> None:
    [m] = run("Sekretaris Perusahaan PT Jasa Marga Tbk Ari Wibowo mengatakan hal itu.").memberships
    assert (m.person.name, m.role.name, m.organization.name) == (
        "Ari Wibowo",
        "Sekretaris Perusahaan",
        "PT Jasa Marga Tbk",
    )


def test_a_one_word_name_after_a_title_is_the_person_named_in_full_before() -> None:
    x = run(
        "Presiden Afrika Selatan Cyril Ramaphosa tiba di Jakarta. Pesawat yang ditumpangi Presiden Ramaphosa "
        "mendarat di Halim, Rabu (22/10/2025)."
    )
    assert names(x, EntityType.PERSON) == {"Cyril Ramaphosa"}
    assert {m.organization.name for m in x.memberships if m.organization} == {"Pemerintah Afrika Selatan"}


def test_a_nya_quotation_is_the_subject_of_the_sentence_before() -> None:
    x = run(
        "Wakil Presiden Hendra Gunawan mengaku siap ditugaskan sebagai pembantu Presiden Budi Hartono. "
        '"Di Papua, di IKN kami menunggu perintah Presiden," katanya.'
    )
    assert [q.speaker.name for q in x.quotes if q.speaker] == ["Hendra Gunawan"]


def test_a_body_written_before_its_officers_name_is_not_part_of_it() -> None:
    x = run(
        "Hadir Deputi Bidang Koordinasi Infrastruktur Kemenko IPK Muhammad Rachmat Kaimuddin dalam acara itu."
    )
    assert "Muhammad Rachmat Kaimuddin" in names(x, EntityType.PERSON)
    assert not any("Kemenko" in n for n in names(x, EntityType.PERSON))


def test_a_clinic_is_a_body_and_its_head_a_member() -> None:
    [m] = run(
        "Sementara itu, Kepala Klinik Cahaya Kebagusan Grace Maria Kendek Allo menyebut hal itu."
    ).memberships
    assert (m.person.name, m.organization.name) == ("Grace Maria Kendek Allo", "Klinik Cahaya Kebagusan")


def test_the_region_a_title_writes_is_a_place() -> None:
    x = run("Pejabat yang ditangkap merupakan Bupati Kolaka Timur (Koltim) Abdul Azis.")
    assert "Kabupaten Kolaka Timur" in names(x, EntityType.PLACE)


def test_a_body_the_lexicon_lacks_after_a_portfolio_is_the_organisation() -> None:
    [m] = run("Survei dilakukan Direktur Riset IndoRiset, Ali Noer Zaman, pada bulan lalu.").memberships
    assert (m.person.name, m.role.name, m.organization.name) == (
        "Ali Noer Zaman",
        "Direktur Riset",
        "IndoRiset",
    )


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        (
            "Kebijakan itu sesuai dengan RPJPD Kota Depok tahun ini.",
            "Rencana Pembangunan Jangka Panjang Daerah Kota Depok",
        ),
        (
            "Target itu tertuang dalam RPJMN 2025-2029.",
            "Rencana Pembangunan Jangka Menengah Nasional 2025-2029",
        ),
        (
            "Pemkot menyusun Rencana Pembangunan Jangka Panjang Daerah (RPJPD) Kota Depok. Itu sesuai RPJPD.",
            "Rencana Pembangunan Jangka Panjang Daerah Kota Depok",
        ),
    ],
)
def test_a_development_plan_by_its_abbreviation_is_the_regions_or_the_nations(text: str, plan: str) -> None:
    assert names(run(text), EntityType.PROGRAM) == {plan}


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Menteri Sosial Syamsul Arifin atau yang akrab disapa Gus Syam mengungkap data itu.", "Gus Syam"),
        (
            "Seminar dihadiri Pengasuh PP Tebuireng KH Abdul Hakim Mahfudz (Gus Kikin) dan para santri.",
            "Gus Kikin",
        ),
    ],
)
def test_more_ways_to_set_off_a_nickname(text: str, nickname: str) -> None:
    [person] = [e for e in run(text).entities if e.type is EntityType.PERSON]
    assert nickname in person.aliases


def test_an_office_in_brackets_is_no_nickname() -> None:
    [person] = [
        e
        for e in run("Wali Kota Malang Hendra Gunawan (Pak Wali) hadir.").entities
        if e.type is EntityType.PERSON
    ]
    assert not person.aliases


def test_a_name_a_wife_shares_points_back_to_the_one_introduced_before_it() -> None:
    x = run(
        "Penghargaan diserahkan oleh Menteri Kesehatan Hendra Kusuma kepada Wali Kota Batu, Bagus Wirawan Pratama, di Jakarta. "
        'Bagus menyampaikan terima kasih. "Penghargaan ini milik seluruh warga," ucapnya.\n\n'
        "Ketua TP PKK Kota Batu, Sinta Bagus Wirawan Pratama, menjelaskan penilaian meliputi sembilan tatanan."
    )
    assert [q.speaker.name for q in x.quotes] == ["Bagus Wirawan Pratama"]


def test_a_quoted_theme_is_a_title_not_a_quotation_and_names_no_place() -> None:
    x = run(
        "Gubernur Jawa Timur Hendra Kusuma membuka pameran itu. "
        'Panitia juga menggelar talkshow bertema "Digitalisasi Usaha Kecil Menuju Pasar Dunia".'
    )
    assert x.quotes == []
    assert "Pasar Dunia" not in names(x, EntityType.PLACE)


def test_a_list_of_appointments_gives_each_name_its_own_office() -> None:
    x = run(
        "Pejabat yang dilantik yakni Rudi Hartono sebagai Kepala Dinas Pendidikan Provinsi Riau, "
        "Dedi Kurnia sebagai Kepala Badan Pendapatan Daerah (Bapenda) Riau, dan Sugeng sebagai "
        "Kepala Dinas Kesehatan Riau."
    )
    assert sorted((m.person.name, m.organization.name) for m in x.memberships) == [
        ("Dedi Kurnia", "Badan Pendapatan Daerah Provinsi Riau"),
        ("Rudi Hartono", "Dinas Pendidikan Provinsi Riau"),
        ("Sugeng", "Dinas Kesehatan Provinsi Riau"),
    ]


def test_an_office_then_a_name_with_a_second_office_is_one_persons_two_offices() -> None:
    x = run(
        "Sekretaris Daerah Kota Batu, Agus Setiawan selaku Ketua Tim Anggaran Pemerintah Daerah, membuka acara."
    )
    assert [(m.person.name, m.role.name) for m in x.memberships] == [
        ("Agus Setiawan", "Sekretaris Daerah"),
        ("Agus Setiawan", "Ketua"),
    ]


@pytest.mark.parametrize(
    ("text", "program"),
    [
        (
            "Pemkot meluncurkan inovasi Jemput Bola Warga Lansia (Jempol) di kecamatan itu.",
            "Jemput Bola Warga Lansia",
        ),
        ("Ia menyebut program Desa Bersih Mandiri turut mendukung capaian itu.", "Desa Bersih Mandiri"),
    ],
)
def test_a_government_innovation_and_a_programme_opening_with_a_region_word_are_programmes(
    text: str, program: str
) -> None:
    assert program in names(run(text), EntityType.PROGRAM)


def test_inovasi_before_one_word_is_a_product_not_a_programme() -> None:
    assert not names(run("Selain itu ada pula inovasi Ozonix, alat berbasis plasma."), EntityType.PROGRAM)


def test_a_city_government_written_short_is_none_in_a_province_article() -> None:
    x = run("Pemkot juga menyiapkan dapur sehat bersama Dinas Kesehatan Jawa Timur.")
    assert not any("Kota Provinsi" in n for n in names(x, EntityType.ORGANIZATION))


def test_the_mayors_meeting_room_keeps_its_whole_name() -> None:
    x = run("Penandatanganan berlangsung di Ruang Rapat Wali Kota Malang, Kamis (18/1/2024).")
    assert "Ruang Rapat Wali Kota Malang" in names(x, EntityType.PLACE)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Siswa SMA Negeri 1 Kepanjen meraih medali.", "SMAN 1 Kepanjen"),
        ("Siswa SMAN 1 Kepanjen meraih medali.", "SMAN 1 Kepanjen"),
        ("Guru SMP Muhammadiyah 1 Berbah hadir.", "SMP Muhammadiyah 1 Berbah"),
    ],
)
def test_a_numbered_school_keeps_the_district_town_it_is_numbered_in(text: str, school: str) -> None:
    assert school in names(run(text), EntityType.ORGANIZATION)


def test_signing_a_memorandum_is_an_event_and_signing_letters_is_none() -> None:
    [event] = run(
        "Pemerintah Kota Malang dan Universitas Brawijaya menandatangani nota kesepahaman tentang "
        "kota cerdas, Kamis (18/1/2024), di Ruang Rapat Wali Kota Malang."
    ).events
    assert event.name.startswith("Penandatanganan nota kesepahaman") and event.date == "2024-01-18"
    assert not run(
        "Pada Jumat (4/7) lalu, ia mengaku telah menandatangani serangkaian surat kepada 12 negara."
    ).events


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Penghargaan diserahkan di Jakarta Convention Center, Senin (6/5/2024).",
            "Jakarta Convention Center",
        ),
        (
            "Pameran dibuka di Grand City Convention and Exhibition Surabaya.",
            "Grand City Convention and Exhibition",
        ),
    ],
)
def test_a_venue_named_before_its_kind_is_one_place(text: str, venue: str) -> None:
    x = run(text)
    assert venue in names(x, EntityType.PLACE)
    assert not any("Convention" in n for n in names(x, EntityType.ORGANIZATION))


def test_h_m_before_a_name_is_the_honorific_hm() -> None:
    [m] = run("Bupati Malang, Drs. H. M. Sanusi, M.M., meresmikan jembatan itu.").memberships
    assert m.person.name == "Sanusi"


def test_javanese_noble_forms_rr_and_r_m_are_honorifics() -> None:
    [m] = run("Wakil Wali Kota Kediri Rr. Ratna Sari Dewi, S.E., membuka acara itu.").memberships
    assert (m.person.name, m.role.name if m.role else None) == ("Ratna Sari Dewi", "Wakil Wali Kota")


def test_palembang_noble_forms_are_honorifics() -> None:
    [m] = run("Wakil Wali Kota Palembang Kgs. H. Aman Sutedjo, S.E., membuka acara itu.").memberships
    assert (m.person.name, m.role.name if m.role else None) == ("Aman Sutedjo", "Wakil Wali Kota")
    x = run("Turut hadir Kepala Dinas Sosial Kota Palembang Nyimas Rara Anindita di sana.")
    assert names(x, EntityType.PERSON) == {"Rara Anindita"}


def test_a_noble_title_stays_in_the_name_its_bearer_goes_by() -> None:
    """The title of nobility is an honorific, but the name is also written with it: an alias, read
    where the tagger starts the name after the title's first word too ("Raden Ayu ..." from "Ayu")."""
    x = run(
        "Hadir Kepala Dinas Kesehatan Kota Sibolga dr. Raden Ayu Siti Marpaung dan Lurah Sitinjo Masagus "
        "Romauli. Raden Ayu Siti Marpaung menjelaskan, pasien DBD naik."
    )
    people = {p.name: p for p in x.entities if p.type is EntityType.PERSON}
    assert set(people) == {"Siti Marpaung", "Romauli"}
    assert "Raden Ayu Siti Marpaung" in people["Siti Marpaung"].aliases
    assert people["Siti Marpaung"].honorific_prefix == ("dr.", "Raden Ayu")
    assert "Masagus Romauli" in people["Romauli"].aliases


@pytest.mark.parametrize(
    ("text", "person", "written"),
    [
        (
            "Ketua Komisi II Yusrizal Datuk Rangkayo juga hadir dalam rapat itu.",
            "Yusrizal",
            "Yusrizal Datuk Rangkayo",
        ),
        ("Gubernur Sumbar Arman Dt. Bandaro membuka acara itu.", "Arman", "Arman Dt. Bandaro"),
    ],
)
def test_a_minang_title_after_the_given_name_stays_with_the_person(
    text: str, person: str, written: str
) -> None:
    x = run(text)
    [entity] = [e for e in x.entities if e.type is EntityType.PERSON]
    assert entity.name == person and written in entity.aliases  # the title is kept beside the name
    assert not any("Yusrizal" in n for n in names(x, EntityType.ORGANIZATION))


def test_a_city_winning_an_award_is_its_government() -> None:
    [award] = run("Kota Batu kembali meraih penghargaan Swasti Saba Wistara tahun ini.").awards
    assert award.recipient is not None and award.recipient.name == "Pemerintah Kota Batu"


def test_a_street_named_for_an_office_holder_gives_no_membership() -> None:
    x = run("Gedung itu berada di Jalan Jaksa Agung Suprapto No. 2, Kota Malang.")
    assert not x.memberships and "Jalan Jaksa Agung Suprapto" in names(x, EntityType.PLACE)


def test_a_university_named_after_a_known_body_is_the_university() -> None:
    [m] = run("Rektor Universitas PGRI Sukamaju, Dr. Rina Kartika, membuka seminar itu.").memberships
    assert m.organization is not None and m.organization.name == "Universitas PGRI Sukamaju"
    assert not any(
        "Persatuan Guru" in n
        for n in names(run("Dosen Universitas PGRI Madiun hadir."), EntityType.ORGANIZATION)
    )


def test_a_known_body_after_a_universitys_first_word_is_still_the_university() -> None:
    x = run("Rektor Universitas Nusantara PGRI Sibolga, Marihot Situmorang, membuka seminar itu.")
    [m] = x.memberships
    assert m.organization is not None and m.organization.name == "Universitas Nusantara PGRI Sibolga"
    assert not any("Persatuan Guru" in n for n in names(x, EntityType.ORGANIZATION))


def test_a_faculty_sits_in_its_university_which_is_named_too() -> None:
    x = run("Mahasiswa Fakultas Ilmu Sosial Universitas Sukamaju Raya membantu warga di kelurahan itu.")
    faculty = next(e for e in x.entities if e.name.startswith("Fakultas"))
    assert faculty.parent is not None and faculty.parent.name == "Universitas Sukamaju Raya"
    assert "Universitas Sukamaju Raya" in names(x, EntityType.ORGANIZATION)


def test_hari_after_an_honorific_opens_the_name() -> None:
    [m] = run("Hadir pula Sekda Kota Madiun Drs. Hari Wicaksono Adi, M.M., dalam acara itu.").memberships
    assert (m.person.name, m.role.name if m.role else None) == ("Hari Wicaksono Adi", "Sekretaris Daerah")


def test_rsd_before_a_name_is_a_regional_hospital() -> None:
    x = run("Dinkes berkoordinasi dengan RSD Kaliurang dan RSD Sumberjati untuk rujukan pasien.")
    assert {"RSD Kaliurang", "RSD Sumberjati"} <= names(x, EntityType.ORGANIZATION)


def test_hari_between_two_name_words_is_part_of_the_name() -> None:
    [m] = run(
        "Direktur RSUD Kanjuruhan, dr. Bagus Hari Wibowo, Sp.An., mengatakan layanan itu baru."
    ).memberships
    assert m.person.name == "Bagus Hari Wibowo"


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "KPU menetapkan pasangan calon nomor urut 3, Bagus Wirawan-Dedi Kurnia, sebagai pemenang.",
            {"Bagus Wirawan", "Dedi Kurnia"},
        ),
        (
            "Gubernur Jawa Timur Sinta Maharani hadir. Paslon Sinta-Rudi kembali maju.",
            {"Sinta Maharani"},
        ),
        ("Ini tahun kedua pemerintahan Bapak Harjono-Sulastri, kata dia.", set()),
    ],
)
def test_a_hyphened_pair_after_a_pair_word_is_two_persons(text: str, persons: set[str]) -> None:
    assert names(run(text), EntityType.PERSON) == persons


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Pasien dirujuk ke Rumah Sakit Umum Daerah (RSUD) Kanjuruhan Kepanjen.", "RSUD Kanjuruhan Kepanjen"),
        ("Siswa Sekolah Menengah Atas Negeri (SMAN) 3 Malang hadir.", "SMAN 3 Malang"),
        # a village cooperative, a body every regency has many of
        ("Lahan itu milik anggota Koperasi Unit Desa (KUD) Sopo Bolon di Simanindo.", "KUD Sopo Bolon"),
    ],
)
def test_a_facility_kind_spelled_out_before_its_abbreviation_and_name_is_the_named_facility(
    text: str, body: str
) -> None:
    assert names(run(text), EntityType.ORGANIZATION) == {body}


@pytest.mark.parametrize("kind", ["Koperasi Unit Desa (KUD)", "Kelompok Tani (Poktan)"])
def test_a_facility_named_before_ends_its_name_before_its_holders_after_a_title(kind: str) -> None:
    short = kind.split("(")[1].rstrip(")")
    x = run(
        f"Lahan itu milik anggota {kind} Sopo Bolon. Ketua {short} Sopo Bolon Tumpal Sinaga mengatakan minat "
        "petani meningkat."
    )
    [m] = [m for m in x.memberships if m.role.name == "Ketua"]
    assert (m.person.name, m.organization.name) == ("Tumpal Sinaga", f"{short} Sopo Bolon")


def test_a_two_word_abbreviation_in_brackets_keeps_the_region_after_it() -> None:
    x = run("Dinas Koperasi dan Usaha Mikro (Diskop UM) Kabupaten Malang menggelar pelatihan.")
    assert "Dinas Koperasi dan Usaha Mikro Kabupaten Malang" in names(x, EntityType.ORGANIZATION)


def test_a_headed_abbreviation_defined_earlier_is_the_same_body() -> None:
    x = run(
        "Kampus membentuk Satuan Tugas Pencegahan dan Penanganan Kekerasan (Satgas PPK) tahun ini. "
        "Satgas PPK bertugas menerima laporan."
    )
    assert names(x, EntityType.ORGANIZATION) == {"Satuan Tugas Pencegahan dan Penanganan Kekerasan"}


def test_a_lower_case_object_takes_the_name_it_is_of() -> None:
    [event] = run(
        "Plt Bupati Kampar meninjau persiapan Musabaqah Tilawatil Quran (MTQ) ke-54 di Bangkinang, Kamis (2/5/2024)."
    ).events
    assert event.name == "Peninjauan persiapan Musabaqah Tilawatil Quran"


def test_a_venue_kind_spelled_out_before_its_abbreviation_and_name_is_the_named_venue() -> None:
    x = run("Kegiatan ini digelar di Ruang Terbuka Hijau (RTH) Merjosari.")
    assert names(x, EntityType.PLACE) == {"RTH Merjosari"}
    x = run("Hadir Penasihat Gereja Bethel Injili Nusantara (GBIN) Pendeta Yohanes Lumban, kemarin.")
    assert "Yohanes Lumban" in names(x, EntityType.PERSON)


def test_the_environment_office_written_short_after_its_heads_title_is_the_dinas() -> None:
    [m] = run(
        "Sementara itu, Kadis LH Kabupaten Dairi, Romauli Simbolon, menjelaskan tahap awal."
    ).memberships
    assert (m.person.name, m.organization.name) == (
        "Romauli Simbolon",
        "Dinas Lingkungan Hidup Kabupaten Dairi",
    )


def test_a_regency_written_by_its_contraction_is_the_regency() -> None:
    [m] = run("Bupati mencopot Plt Kadis PUPR Inhil, Rina Handayani, pekan lalu.").memberships
    assert m.person.name == "Rina Handayani"
    assert m.organization.name == "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Indragiri Hilir"


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Anak perusahaannya, PT Energi Kreasi Bersama (Electrum), menambah produksi.",
            {"PT Energi Kreasi Bersama"},
        ),
        ("Kerja sama PT Pindad Bersama Kemhan berjalan baik.", {"PT Pindad"}),
        ("Sebanyak 18.895 UMKM, koperasi dan BUMDes sudah menjadi bagian ekosistem itu di Jakarta.", set()),
    ],
)
def test_company_names_ending_in_a_stop_word_and_village_enterprises_in_general(
    text: str, bodies: set[str]
) -> None:
    assert {
        n for n in names(run(text), EntityType.ORGANIZATION) if "Kemhan" not in n and "Pertahanan" not in n
    } == bodies


def test_kapuspen_is_an_office_and_its_holder_the_speaker() -> None:
    x = run(
        '"Kami menemukan indikasi lain yang lebih serius," kata Kapuspen TNI Brigjen Marinir Rudi Hartono, Jumat (12/9).'
    )
    assert [q.speaker.name for q in x.quotes] == ["Rudi Hartono"]
    assert [(m.person.name, m.role.name) for m in x.memberships] == [
        ("Rudi Hartono", "Kepala Pusat Penerangan")
    ]


def test_a_dash_after_a_name_is_no_part_of_it_and_a_civil_service_grade_is_no_person() -> None:
    x = run(
        "Jajaran direksi, yakni Rudi Santoso dan M. Dedi Kurnia-turut menyambut tamu. Hadir pejabat Eselon II."
    )
    assert names(x, EntityType.PERSON) == {"Rudi Santoso", "M. Dedi Kurnia"}


def test_a_companys_own_name_without_its_legal_form_is_the_company() -> None:
    x = run(
        "Ia menghubungi SB, pemilik PT Sinar Montrado, karena Sinar Montrado itu memiliki alat pemurnian."
    )
    assert names(x, EntityType.ORGANIZATION) == {"PT Sinar Montrado"} and not names(x, EntityType.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Kepala BPK Perwakilan Jawa Timur, Rudi Santoso, menyerahkan laporan itu.",
        "Laporan diserahkan oleh Badan Pemeriksa Keuangan (BPK) RI Perwakilan Provinsi Jawa Timur kemarin.",
    ],
)
def test_a_national_bodys_representative_office_in_a_region_is_a_body_of_its_own(text: str) -> None:
    assert "Badan Pemeriksa Keuangan Perwakilan Provinsi Jawa Timur" in names(
        run(text), EntityType.ORGANIZATION
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Malang, Eko Margianto, hadir.",
        "Kepala Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Malang, Eko Margianto, hadir.",
    ],
)
def test_desa_ending_a_portfolio_is_part_of_the_bodys_name(text: str) -> None:
    [m] = run(text).memberships
    assert m.organization.name == "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Malang"
    assert m.person.name == "Eko Margianto"


@pytest.mark.parametrize(
    ("text", "role", "party"),
    [
        (
            "Ketua DPC PDI Perjuangan Kota Malang, Rina Handayani, hadir.",
            "Ketua DPC",
            "Partai Demokrasi Indonesia Perjuangan",
        ),
        (
            "Ketua DPC Partai Gerindra Kota Malang Dedi Kurnia hadir.",
            "Ketua DPC",
            "Partai Gerakan Indonesia Raya",
        ),
        (
            "Sekretaris DPW PKB Jawa Timur, Rudi Santoso, hadir.",
            "Sekretaris DPW",
            "Partai Kebangkitan Bangsa",
        ),
    ],
)
def test_an_office_of_a_partys_branch_is_a_membership_of_the_party(text: str, role: str, party: str) -> None:
    [m] = run(text).memberships
    assert (m.role.name, m.organization.name) == (role, party)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Hadir pula Ketua DPC Partai Kebangkitan Rakyat (PKR) Samosir Binsar Manurung.",
            ("DPC Partai Kebangkitan Rakyat (PKR) Samosir", "DPC Partai Kebangkitan Rakyat Samosir"),
        ),
        (
            "Ketua Dewan Pimpinan Cabang Ikatan Nelayan Nusantara (INN) Kabupaten Toba, Romauli Simbolon, hadir.",
            ("Dewan Pimpinan Cabang Ikatan Nelayan Nusantara (INN) Kabupaten Toba",),
        ),
    ],
)
def test_a_branch_as_written_is_a_name_of_the_body_it_is_the_branch_of(
    text: str, written: tuple[str, ...]
) -> None:
    """ "Ketua DPC Partai X (PX) Y, Budi": the party in Y is the body, "Ketua DPC" the office, and the
    branch as written (and without its bracket) a name of the body."""
    [m] = run(text).memberships
    assert m.role.name == "Ketua DPC" and set(written) <= set(m.organization.aliases)


@pytest.mark.parametrize("kind", ["Bank Sampah", "Komunitas", "Paguyuban"])
def test_a_stop_word_opens_the_own_name_of_a_body_its_members_name(kind: str) -> None:
    """ "Ketua Bank Sampah Sumber Berkah, Budi": "Sumber" (a source line's word elsewhere) opens the
    own name of a body its members name, and the name goes on."""
    [m] = run(f"Ketua {kind} Sumber Berkah, Binsar Manurung, hadir dalam sosialisasi.").memberships
    assert (m.person.name, m.organization.name) == ("Binsar Manurung", f"{kind} Sumber Berkah")


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Kelompok Tani “Sopo Bolon”", "Poktan Sopo Bolon"),  # (a kind of group the lexicon spells out)
        ('Bank Sampah "Horas Tomok"', "Bank Sampah Horas Tomok"),
        ("Sanggar “Marsada”", "Sanggar Marsada"),
    ],
)
def test_a_groups_own_name_in_quotation_marks_is_its_name(written: str, name: str) -> None:
    """'Ketua Kelompok Tani "Sopo Bolon", Binsar Manurung': a group its members name, its own name
    written in quotation marks: the group of that name (as written, marks and all, an alias), and its
    head's membership."""
    x = run(f"Ketua {written}, Binsar Manurung, menerima bantuan dari Pemkab Samosir di Desa Tomok.")
    [m] = [m for m in x.memberships if m.person.name == "Binsar Manurung"]
    assert m.organization is not None and m.organization.name == name
    assert written in m.organization.aliases


def test_a_groups_quoted_own_name_after_its_short_form_is_its_name_and_no_quotation() -> None:
    """'Kelompok Sadar Lingkungan (Pokdarling) "Horas Bakau Toba"': the group's own name in quotation
    marks after its bracketed short form is its name (not a body "Kelompok Sadar Lingkungan"), and no
    quotation of the last speaker's."""
    x = run(
        '"Kami terus menanam bakau setiap bulan," kata Binsar Manurung, Ketua Kelompok Tani Marsada. Penanaman'
        " di Tomok dipandu Kelompok Sadar Lingkungan (Pokdarling) “Horas Bakau Toba”, yang selama ini aktif"
        " melakukan pembibitan."
    )
    assert "Kelompok Sadar Lingkungan Horas Bakau Toba" in names(x, EntityType.ORGANIZATION)
    assert [q.text for q in x.quotes] == ["Kami terus menanam bakau setiap bulan"]


def test_a_groups_own_name_written_alone_is_no_person() -> None:
    """ "Kelompok Tani Sopo Bolon" named, then "Sopo Bolon ini contoh nyata": the group's own name
    without its kind's word, no person the tagger reads there."""
    x = run(
        'Bupati Samosir menyambut trofi yang dibawa pulang Kelompok Tani Sopo Bolon dari Medan. "Di saat'
        " banyak sektor lesu, pertanian justru menjadi penyangga. Sopo Bolon ini contoh nyata, mereka tetap"
        ' tanam," kata Tumpal Sinaga.'
    )
    assert names(x, EntityType.PERSON) == {"Tumpal Sinaga"}


def test_a_release_seeing_off_travellers_of_a_named_programme_at_a_venue() -> None:
    x = run(
        "Gubernur Jawa Timur Sinta Maharani melepas 1.000 peserta program Mudik Gratis Lebaran 2024 "
        "di Terminal Purabaya, Sabtu (6/4/2024)."
    )
    assert "Mudik Gratis Lebaran 2024" in names(x, EntityType.PROGRAM)
    [event] = x.events
    assert event.name.startswith("Pelepasan 1.000 peserta") and event.date == "2024-04-06"


def test_a_contests_level_is_not_the_winner() -> None:
    [award] = run(
        "Kampung Sayur Ceria pernah dinilai dalam lomba Kampung Bersinar tingkat Provinsi Jawa Timur "
        "dan meraih juara harapan I."
    ).awards
    assert (
        award.name == "Juara harapan I lomba Kampung Bersinar tingkat Provinsi Jawa Timur"
        and award.recipient is None
    )
    [award] = run(
        "Pemerintah Kota Batu mengikuti lomba Kampung Bersinar tingkat Provinsi Jawa Timur dan meraih juara harapan I."
    ).awards
    assert award.recipient is not None and award.recipient.name == "Pemerintah Kota Batu"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Kepala BPJS Kesehatan Cabang Malang, Dina Lestari, hadir.",
            "Badan Penyelenggara Jaminan Sosial Kesehatan Cabang Malang",
        ),
        ("Kepala Jasa Raharja Jatim, Rudi Santoso, hadir.", "PT Jasa Raharja Cabang Jawa Timur"),
        ("Perwakilan PT Jasa Raharja Cabang Jawa Timur hadir.", "PT Jasa Raharja Cabang Jawa Timur"),
        ("Perwakilan Jasa Raharja Cabang Jatim hadir.", "PT Jasa Raharja Cabang Jawa Timur"),
    ],
)
def test_a_national_bodys_branch_is_one_body_however_it_is_written(text: str, body: str) -> None:
    assert body in names(run(text), EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Perum Bulog Kanwil Jatim, Rudi Santoso, hadir.",
        "Kanwil Bulog Jatim menyalurkan beras.",
        "Perum Bulog Kantor Wilayah Jawa Timur menyalurkan beras.",
    ],
)
def test_a_national_bodys_provincial_office_is_one_body_however_it_is_written(text: str) -> None:
    x = run(text)
    assert "Kantor Wilayah Perum Badan Urusan Logistik Provinsi Jawa Timur" in names(
        x, EntityType.ORGANIZATION
    )


def test_another_holder_of_the_same_office_is_a_member() -> None:
    [m] = run(
        "Anggota Komisi C DPRD Kota Malang lainnya, Rudi Santoso, berharap pengawasan diperketat."
    ).memberships
    assert (m.person.name, m.organization.name) == (
        "Rudi Santoso",
        "Dewan Perwakilan Rakyat Daerah Kota Malang",
    )


def test_a_village_written_longer_than_the_gazetteers_is_the_village_as_written() -> None:
    x = run("Festival digelar di Desa Rantau Berangin, Kecamatan Kampar Kiri, Sabtu (14/6/2025).")
    assert "Desa Rantau Berangin" in names(x, EntityType.PLACE) and "Desa Rantau" not in names(
        x, EntityType.PLACE
    )
    x = run(
        "Ia dibenarkan Kepala Lingkungan Kelurahan Pahang, Kecamatan Datuk Bandar Rudi, kemarin. Rudi menyebut itu."
    )
    assert "Kecamatan Datuk Bandar" in names(x, EntityType.PLACE)
    x = run(
        "Festival digelar di Desa Rantau Berangin, Kecamatan Kampar Kiri, Sabtu (14/6/2025). "
        "Warga Desa Rantau Berangin, Budi, senang."
    )  # the village written twice is still the village as written
    assert "Desa Rantau Berangin" in names(x, EntityType.PLACE) and "Desa Rantau" not in names(
        x, EntityType.PLACE
    )


def test_a_village_written_twice_with_the_same_next_word_is_the_village_with_that_word() -> None:
    x = run(
        "Kejari menahan Kepala Desa (Kades) Teluk Sumbul, Kecamatan Parbuluan, berinisial TS. "
        "Bendahara Desa Teluk Sumbul berinisial MS juga ditahan."
    )
    assert "Desa Teluk Sumbul" in names(x, EntityType.PLACE) and "Desa Teluk" not in names(
        x, EntityType.PLACE
    )
    x = run(
        "Longsor terjadi di Desa Lembang Sumbul, Kecamatan Parbuluan. Warga Dusun Sumbul Atas mengungsi "
        "ke balai Desa Lembang Sumbul."
    )  # the word also opens another place's name elsewhere: still the village's as written twice
    assert "Desa Lembang Sumbul" in names(x, EntityType.PLACE) and "Desa Lembang" not in names(
        x, EntityType.PLACE
    )


def test_a_tourist_village_is_the_village_of_its_name() -> None:
    """ "Desa Wisata X": the village X, known as a tourist village; the kind's word is no part of
    its name, and no place is read inside a larger name ("Festival Desa Wisata Dairi")."""
    x = run(
        "Festival Desa Wisata Dairi 2024 ditutup Bupati. Juara pertama diraih Desa Wisata Lae Renun, "
        "Kecamatan Sumbul, disusul Desa Wisata Teluk Sumbul, Kecamatan Parbuluan."
    )
    places = names(x, EntityType.PLACE)
    assert {"Desa Lae Renun", "Desa Teluk Sumbul"} <= places
    assert not any("Wisata" in p for p in places) and "Lae Renun" not in places
    [village] = [e for e in x.entities if e.name == "Desa Lae Renun"]
    assert "Desa Wisata Lae Renun" in village.aliases


def test_an_island_regencys_name_without_kepulauan_is_that_regency() -> None:
    """ "wilayah Aru" in a story of Kabupaten Kepulauan Aru: the regency, not a second place
    (the gazetteer's Aru districts and villages lie elsewhere)."""
    x = run(
        "Dinas Perikanan Kabupaten Kepulauan Aru menangkap dua nelayan. Bahan peledak diduga "
        "diperoleh dari seseorang di luar wilayah Aru yang kini dikejar."
    )
    assert "Kabupaten Kepulauan Aru" in names(x, EntityType.PLACE)
    assert "Aru" not in names(x, EntityType.PLACE)


@pytest.mark.parametrize("zone", ["Jawa-Bali", "Jawa–Bali", "Bali-Nusra"])
def test_a_zone_of_two_islands_is_no_place(zone: str) -> None:
    """ "TPID Terbaik wilayah Jawa-Bali": a zone an award or a forum covers, neither island a place
    of the story; the province named on its own still is one."""
    x = run(f"Pemkab Dairi meraih penghargaan TPID Kabupaten Berkinerja Terbaik wilayah {zone} pada 2023.")
    assert not names(x, EntityType.PLACE) & {"Bali", zone}
    x = run(f"Forum wilayah {zone} digelar. Gubernur Bali hadir di Denpasar, Bali.")
    assert "Bali" in names(x, EntityType.PLACE)


def test_the_statistics_body_written_bare_beside_its_one_office_is_that_office() -> None:
    """ "data BPS" beside "Kepala BPS Kabupaten Dairi": the regency's statistics office, whose
    figures they are; not where the story writes the nation's ("BPS RI"), nor the central bank
    ("BI" is as often the nation's)."""
    office = "Badan Pusat Statistik Kabupaten Dairi"
    x = run(
        "SIDIKALANG - Rapat dihadiri Kepala Badan Pusat Statistik (BPS) Kabupaten Dairi, Romauli Simbolon, "
        "dan Kepala Kantor Perwakilan Bank Indonesia (KPwBI) Sibolga. Berdasarkan data BPS, inflasi Dairi "
        "2,1 persen. Ini kerja OPD, BI, BPS dan Bulog."
    )
    organizations = names(x, EntityType.ORGANIZATION)
    assert office in organizations and "Badan Pusat Statistik" not in organizations
    assert "Bank Indonesia" in organizations
    x = run(
        "Kepala BPS Kabupaten Dairi, Romauli Simbolon, menjelaskan inflasi. Menurut BPS RI, inflasi nasional "
        "2 persen."
    )
    assert {office, "Badan Pusat Statistik"} <= names(x, EntityType.ORGANIZATION)


def test_a_kind_of_facility_a_contest_is_for_is_no_body() -> None:
    """ "pemenang Lomba Posyandu Berprestasi", "kategori Posyandu Paripurna": the kind of health post a
    contest or its category is for, no health post; the winners named are."""
    x = run(
        "Bupati menyerahkan piagam kepada pemenang Lomba Posyandu Berprestasi tingkat Kabupaten Dairi. "
        "Posyandu Teratai Desa Sumbul keluar sebagai Juara I. Posyandu Seroja meraih Juara I Lomba Posyandu "
        "tingkat Provinsi kategori Posyandu Paripurna."
    )
    organizations = names(x, EntityType.ORGANIZATION)
    assert {"Posyandu Teratai", "Posyandu Seroja"} <= organizations
    assert not organizations & {"Posyandu Berprestasi", "Posyandu Paripurna"}


def test_an_acehnese_river_is_a_place_not_a_person() -> None:
    """ "Krueng X": Aceh's word for a river, which opens a natural feature's name as "Sungai" does."""
    x = run(
        "BPBD mengimbau warga di bantaran Krueng Sumbul dan Krueng Parbuluan tetap waspada. Debit Krueng "
        "Sumbul naik drastis."
    )
    assert {"Krueng Sumbul", "Krueng Parbuluan"} <= names(x, EntityType.PLACE)
    assert not names(x, EntityType.PERSON)


@pytest.mark.parametrize("cue", ["berjuluk", "dijuluki", "dengan julukan"])
def test_a_places_epithet_is_no_person(cue: str) -> None:
    """ "Kabupaten berjuluk Butta Sumbul ini ...": what the regency is called, no one's name."""
    x = run(f"BUPATI Dairi, Sahat Pardede, bersyukur. Kabupaten {cue} Butta Sumbul ini meraih juara I.")
    assert names(x, EntityType.PERSON) == {"Sahat Pardede"}


@pytest.mark.parametrize(
    ("written", "hospital"),
    [
        ("RSUD Mayjend HM Sahat, serta", "RSUD Mayjend HM Sahat"),
        ("RSUD Brigjen H. Hasiholan, Sidikalang", "RSUD Brigjen H. Hasiholan"),
    ],
)
def test_a_hospital_named_after_an_officer_keeps_his_rank_in_its_name(written: str, hospital: str) -> None:
    """ "RSUD Mayjend HM X": a hospital named after a general, his rank and honorific the first words of
    its own name; no person read from the rank, and not "RSUD Mayjend"."""
    x = run(f"Layanan kesehatan di {written} ditingkatkan tahun depan.")
    assert hospital in names(x, EntityType.ORGANIZATION)
    assert not names(x, EntityType.PERSON)


def test_a_yogyakarta_districts_leaders_forum_is_that_districts() -> None:
    """ "Forkopimkap X": Yogyakarta's district (a "Kapanewon") leaders' forum, as "Forkopimcam X" is
    elsewhere, no person."""
    x = run(
        "GUNUNGKIDUL - Festival digelar di Kapanewon Playen, Gunungkidul. Hadir jajaran Forkopimkap "
        "Playen serta Dinas Pariwisata."
    )
    assert "Forum Koordinasi Pimpinan Kapanewon Playen" in names(x, EntityType.ORGANIZATION)
    assert not names(x, EntityType.PERSON)


def test_a_heads_residence_named_before_its_address_is_no_holders_name() -> None:
    """ "di Aula Rumah Jabatan Bupati, Puncak Romauli, Sidikalang": the residence's hall, then where it
    stands; "Puncak Romauli" is no regent."""
    x = run(
        "SIDIKALANG - Bupati Dairi, Sahat Pardede, melantik 31 pejabat di Aula Rumah Jabatan Bupati, Puncak "
        "Romauli, Sidikalang, Senin (5/6/2023)."
    )
    assert names(x, EntityType.PERSON) == {"Sahat Pardede"}
    assert {(m.person.name, m.role.name) for m in x.memberships} == {("Sahat Pardede", "Bupati")}


def test_a_prison_keeps_the_town_after_its_class_the_gazetteer_does_not_list() -> None:
    """ "di Rutan Kelas I Tirtaraja untuk ...": the prison of the town Tirtaraja (a regency's capital is
    often no region of its own), not a classed prison of nowhere."""
    x = run("Tersangka kami tahan selama 20 hari di Rutan Kelas I Tirtaraja untuk mempercepat penyidikan.")
    assert names(x, EntityType.ORGANIZATION) == {"Rumah Tahanan Negara Kelas I Tirtaraja"}


def test_a_news_site_a_speaker_talks_to_is_no_organisation() -> None:
    for site in ("TribunDairi.com", "Tribun-Dairi.com", "TRIBUNDAIRI.COM"):
        x = run(f'"Jalurnya rawan longsor," kata AKBP Tumpal Sinaga kepada {site} usai apel pagi.')
        assert names(x, EntityType.ORGANIZATION) == set()
        assert names(x, EntityType.PERSON) == {"Tumpal Sinaga"}


def test_gubri_is_the_governor_of_riau() -> None:
    x = run('Gubernur Riau, Abdul Rahman, hadir. "Jangan berhenti belajar," pesan Gubri.')
    assert [q.speaker.name for q in x.quotes] == ["Abdul Rahman"]
    assert "Gubri" not in names(x, EntityType.PERSON)


def test_a_rank_won_takes_the_name_of_the_contest_named_before_it() -> None:
    [award] = run(
        "Kampung Sayur Ceria pernah mengikuti lomba Kampung Bersinar tingkat Provinsi Jawa Timur "
        "dan meraih juara harapan I."
    ).awards
    assert award.name == "Juara harapan I lomba Kampung Bersinar tingkat Provinsi Jawa Timur"


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_a_contest_named_with_an_apostrophe_in_a_word_keeps_its_whole_name(apostrophe: str) -> None:
    """``Pada Musabaqah Fahmil Qur’an, juara I diraih X``: the word with its apostrophe, typographic or
    straight, is one word of the contest's name, not its end ("... Fahmil Qur")."""
    quran = f"Qur{apostrophe}an"
    text = (
        f"Musabaqah Tilawatil {quran} ke-XV tingkat Kabupaten Samosir 2024 ditutup di Pangururan, Sabtu "
        f"(8/6/2024). Pada Musabaqah Fahmil {quran}, juara I diraih Sanggar Nauli dari Kecamatan Simanindo."
    )
    # (the rank of that branch of the contest named in full before, and as written)
    (award,) = run(text).awards
    assert (
        award.name
        == f"Juara I Musabaqah Fahmil {quran} Musabaqah Tilawatil {quran} ke-XV tingkat Kabupaten Samosir 2024"
    )
    assert f"Juara I Musabaqah Fahmil {quran}" in award.aliases


@pytest.mark.parametrize(
    "text",
    [
        "Rapat Koordinasi Nasional Pengendalian Inflasi 2025 hari ini batal dilakukan, Jumat (29/8/2025).",
        "Harga satu air quality monitoring station mahal sekali, kata dia, Jumat (17/10/2025).",
    ],
)
def test_an_event_called_off_and_an_english_phrase_are_no_events(text: str) -> None:
    assert not run(text).events


@pytest.mark.parametrize(
    "text",
    [
        "Rapat Koordinasi Nasional Pengendalian Inflasi 2025 digelar, Jumat (29/8/2025).",
        "Rapat Paripurna DPRD Kota Batu yang sempat ditunda akhirnya digelar, Jumat (29/8/2025).",
        "Rapat Paripurna DPRD Kota Batu tidak batal dan tetap digelar, Jumat (29/8/2025).",
    ],
)
def test_an_event_held_or_held_after_a_delay_is_an_event(text: str) -> None:
    assert [e.date for e in run(text).events] == ["2025-08-29"]


def test_a_district_prosecutors_office_takes_no_province_from_the_article() -> None:
    x = run("Gubernur Bali Rudi Santoso hadir bersama Kepala Kejaksaan Negeri dan bupati/wali kota se-Bali.")
    assert not any("Kejaksaan Negeri" in n for n in names(x, EntityType.ORGANIZATION))
    x = run("Wali Kota Malang hadir. Kepala Kejaksaan Negeri menyerahkan berkas itu.")
    assert "Kejaksaan Negeri Kota Malang" in {e.name for e in x.entities if e.type is EntityType.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Kasat Resnarkoba Polres Batu, AKP Rudi Santoso, menjelaskan kasus itu.",
            "Kepala Satuan Reserse Narkoba",
        ),
        (
            "Kasat Reskrim Polres Batu AKP Rudi Santoso menjelaskan kasus itu.",
            "Kepala Satuan Reserse Kriminal",
        ),
    ],
)
def test_a_police_units_head_written_in_two_words_is_a_member_of_the_police_resort(
    text: str, role: str
) -> None:
    [m] = run(text).memberships
    assert (m.role.name, m.organization.name) == (role, "Kepolisian Resor Batu")


@pytest.mark.parametrize(
    "text",
    [
        "Ia meminta Badan Narkotika Nasional Kota (BNNK) Batu memperkuat sosialisasi.",
        "Ia meminta BNNK Batu memperkuat sosialisasi.",
    ],
)
def test_a_body_named_with_its_level_takes_its_region_once(text: str) -> None:
    assert names(run(text), EntityType.ORGANIZATION) == {"Badan Narkotika Nasional Kota Batu"}


def test_a_laws_one_word_subject_is_no_programme() -> None:
    x = run(
        "Tersangka dijerat Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika. "
        "Badan Narkotika Nasional Kota Batu diminta memperkuat sosialisasi."
    )
    assert not names(x, EntityType.PROGRAM)


def test_sumber_daya_in_a_bodys_name_and_its_abbreviation_with_a_bare_city() -> None:
    x = run(
        "Komisi C menggelar hearing dengan Dinas Sumber Daya Air dan Bina Marga (DSDABM) Kota Surabaya. "
        "Kepala DSDABM Surabaya, Rudi Santoso, menjelaskan rencana itu."
    )
    [m] = x.memberships
    assert (m.person.name, m.organization.name) == (
        "Rudi Santoso",
        "Dinas Sumber Daya Air dan Bina Marga Kota Surabaya",
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Satuan Tugas (Satgas) Penanganan Sampah Kota Malang dibentuk bulan lalu.",
            "Satuan Tugas Penanganan Sampah Kota Malang",
        ),
        (
            "Satuan Tugas (Satgas) Bantuan Likuiditas Bank Indonesia (BLBI) dibubarkan.",
            "Satuan Tugas Bantuan Likuiditas Bank Indonesia",
        ),
    ],
)
def test_a_bracket_that_shortens_a_bodys_head_leaves_the_name_going_on(text: str, body: str) -> None:
    assert body in names(run(text), EntityType.ORGANIZATION)


def test_a_bracketed_abbreviation_before_its_holders_name_still_ends_the_body() -> None:
    [m] = run("Ketua Dewan Perwakilan Daerah (DPD) RI Hadi Santoso Prawiro menanggapi aksi itu.").memberships
    assert m.person.name == "Hadi Santoso Prawiro"


def test_a_known_name_with_the_short_form_of_its_first_words_in_brackets_inside_it() -> None:
    [m] = run("Ketua Tim Penggerak (TP) PKK Kota Malang, Sinta Maharani, hadir.").memberships
    assert (m.role.name, m.organization.name) == (
        "Ketua",
        "Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kota Malang",
    )


@pytest.mark.parametrize(
    ("text", "programmes"),
    [
        (
            "Pemkot menggelar kegiatan Sabtu Bersih di halaman Balai Kota, Sabtu (18/10/2025).",
            {"Sabtu Bersih"},
        ),
        ("Warga mengikuti kegiatan Car Free Day di Jalan Ijen.", {"Car Free Day"}),
        ("Ia menghadiri kegiatan Rapat Koordinasi Pengendalian Inflasi.", set()),
        (
            "Pemkot meluncurkan inovasi Sambang Warga Peduli Ekonomi di Kecamatan Klojen.",
            {"Sambang Warga Peduli Ekonomi"},
        ),
    ],
)
def test_kegiatan_and_inovasi_before_a_name_are_programme_cues_unless_it_is_an_event(
    text: str, programmes: set[str]
) -> None:
    assert names(run(text), EntityType.PROGRAM) == programmes


@pytest.mark.parametrize(
    "title, ministry",
    [
        ("Mendikti Saintek", "Kementerian Pendidikan Tinggi, Sains, dan Teknologi"),
        ("Menko Polkam", "Kementerian Koordinator Bidang Politik dan Keamanan"),
        ("MenP2MI", "Kementerian Pelindungan Pekerja Migran Indonesia"),
    ],
)
def test_the_2024_cabinets_short_minister_titles(title: str, ministry: str) -> None:
    x = run(f"Hadir pula {title} Budi Hartono dan sejumlah pejabat lain.")
    assert names(x, EntityType.PERSON) == {"Budi Hartono"}
    assert {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships} == {
        ("Budi Hartono", ministry)
    }


def test_a_region_the_tagger_took_without_its_type_word_is_one_place() -> None:
    x = run("Predikat itu juga diraih Kota Surabaya dan Kabupaten Sidoarjo.")
    assert names(x, EntityType.PLACE) >= {"Kota Surabaya", "Kabupaten Sidoarjo"}
    assert "Surabaya" not in names(x, EntityType.PLACE)


def test_a_programme_named_like_a_body_after_its_cue_and_a_number_after_di() -> None:
    x = run("DLH menjalankan program Bank Sampah Warga yang kini berjalan di 189 desa.")
    assert names(x, EntityType.PROGRAM) == {"Bank Sampah Warga"} and not names(x, EntityType.ORGANIZATION)
    x = run("DLH menjalankan program Rumah Sehat Warga di 189 desa.")
    assert names(x, EntityType.PROGRAM) == {"Rumah Sehat Warga"}
    x = run("Bantuan itu program Kementerian Sosial untuk warga.")
    assert names(x, EntityType.ORGANIZATION) == {"Kementerian Sosial"}


def test_a_sentence_saying_what_an_award_is_wins_nothing() -> None:
    x = run(
        "Kabupaten Sumber Jaya kembali meraih penghargaan Adipura Kencana dari Kementerian Lingkungan Hidup. "
        "Adipura Kencana merupakan penghargaan tertinggi bagi kabupaten/kota yang dinilai berhasil "
        "dalam pengelolaan sampah dan ruang terbuka hijau."
    )
    assert [a.name for a in x.awards] == ["Adipura Kencana"]
    assert "Adipura Kencana" not in names(x, EntityType.PERSON)


def test_initials_with_an_age_or_after_berinisial_are_a_persons_not_a_court() -> None:
    x = run("Kedua pelaku berinisial MA (24) dan RS (31) warga Kabupaten Malang.")
    assert not names(x, EntityType.ORGANIZATION)
    assert names(run("Putusan MA menguatkan vonis itu."), EntityType.ORGANIZATION) == {"Mahkamah Agung"}


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Dewan Hakim MTQ ke-20, KH. Tumpak Hasibuan, Lc., M.A., menyatakan penilaian selesai.",
        "Pemkab Dairi membiayai kuliah 50 lulusan SMA/SMK/MA asal Dairi setiap tahun.",
        "Bantuan diberikan kepada siswa SD/MI, SMP/MTs dan SMA/MA di Dairi.",
    ],
)
def test_a_dotted_degree_or_a_madrasahs_level_is_no_court(text: str) -> None:
    """ "Lc., M.A.,": a master's degree after a name; "SMA/SMK/MA": the levels of schooling listed
    with a slash (Madrasah Aliyah); neither is the Mahkamah Agung, which is never written so."""
    assert "Mahkamah Agung" not in names(run(text), EntityType.ORGANIZATION)
    assert names(run("Ketua MA, Sunarto, hadir. Putusan MA final."), EntityType.ORGANIZATION) == {
        "Mahkamah Agung"
    }


def test_a_police_unit_head_without_a_body_holds_office_in_the_one_resort_named() -> None:
    x = run("Kapolres Batu AKBP Budi Hartono melalui Kasat Reskrim AKP Agus Setiawan mengatakan hal itu.")
    assert ("Agus Setiawan", "Kepala Satuan Reserse Kriminal", "Kepolisian Resor Batu") in {
        (m.person.name, m.role.name if m.role else None, m.organization.name if m.organization else None)
        for m in x.memberships
    }
    x = run("Kasat Reskrim AKP Agus Setiawan mengatakan hal itu.")
    assert not x.memberships
    x = run(
        "Kepala Kejari Kota Batu, Budi Hartono, melalui Kasi Pidana Khusus (Pidsus) Agus Setiawan, mengatakan."
    )
    assert ("Agus Setiawan", "Kepala Seksi Tindak Pidana Khusus", "Kejaksaan Negeri Kota Batu") in {
        (m.person.name, m.role.name if m.role else None, m.organization.name if m.organization else None)
        for m in x.memberships
    }


def test_a_prisons_class_is_part_of_its_name() -> None:
    x = run("Tersangka ditahan di Lapas Kelas IIA Lowokwaru dan Rutan Kelas I Surabaya.")
    assert names(x, EntityType.ORGANIZATION) == {
        "Lembaga Pemasyarakatan Kelas IIA Lowokwaru",
        "Rumah Tahanan Negara Kelas I Surabaya",
    }


def test_two_holders_of_a_shared_office() -> None:
    x = run("Rapat didampingi Wakil Ketua DPRD Kota Batu Budi Hartono dan Agus Setiawan.")
    assert {m.person.name for m in x.memberships} == {"Budi Hartono", "Agus Setiawan"}
    x = run("Hadir Ketua DPRD Kota Batu Budi Hartono dan Sri Wahyuni.")  # one chair: the second is no holder
    assert {m.person.name for m in x.memberships} == {"Budi Hartono"}


def test_a_capitalised_modifier_before_a_venue() -> None:
    x = run("Apel digelar di Halaman Balai Kota Batu, Kamis (19/6/2025).")
    assert "Balai Kota Batu" in names(x, EntityType.PLACE)
    assert not any(n.startswith("Halaman") for n in names(x, EntityType.PLACE))


def test_an_inauguration_of_a_village_attraction_and_turut_ends_an_event_name() -> None:
    x = run(
        "Bupati Sumber Jaya, Budi Hartono, meresmikan Desa Wisata Kopi Sukamaju di Desa Sukamaju, "
        "Sabtu (21/6/2025). Peresmian turut dihadiri Agus Setiawan."
    )
    assert [(e.name, e.date) for e in x.events] == [("Peresmian Desa Wisata Kopi Sukamaju", "2025-06-21")]


def test_a_named_village_enterprise_is_one_body_and_a_programme_after_dari_program_no_place() -> None:
    x = run(
        "Wisata itu dikelola Badan Usaha Milik Desa (BUMDes) Sukamaju Makmur. "
        "Ketua BUMDes Sukamaju Makmur, Sri Wahyuni, hadir."
    )
    assert names(x, EntityType.ORGANIZATION) == {"BUMDes Sukamaju Makmur"} and not names(x, EntityType.PLACE)
    assert not names(run("Dana itu dikelola BUMDes setempat."), EntityType.ORGANIZATION)
    x = run("Program itu kelanjutan dari program Kampung Tangguh yang digagas saat pandemi.")
    assert names(x, EntityType.PROGRAM) == {"Kampung Tangguh"} and not names(x, EntityType.PLACE)


def test_an_awards_short_form_again_is_the_same_award() -> None:
    x = run(
        "Pemerintah Provinsi Jawa Timur meraih Anugerah Parahita Ekapraya (APE) 2025 dari Kementerian "
        "Pemberdayaan Perempuan dan Perlindungan Anak. Penghargaan APE diberikan kepada pemerintah daerah "
        "yang berkomitmen dalam pengarusutamaan gender."
    )
    assert [a.name for a in x.awards] == ["Anugerah Parahita Ekapraya 2025"]


def test_anggota_in_lower_case_before_a_body_and_a_person_is_a_membership() -> None:
    x = run("Menanggapi hal itu, anggota Komisi C DPRD Kota Batu, Budi Hartono, meminta dinas bekerja.")
    assert {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships} == {
        ("Budi Hartono", "Dewan Perwakilan Rakyat Daerah Kota Batu")
    }
    for text in (
        "Sanksi dijatuhkan kepada seluruh anggota Himpunan Mahasiswa Sejahtera yang terlibat.",
        "Dua personel itu anggota Satlantas Polres Batu. Keduanya ditahan.",
    ):
        assert not run(text).memberships


def test_an_art_form_is_no_person_and_a_district_written_bare_after_kawasan_is_the_district() -> None:
    x = run("Pengunjung menyaksikan Tari Topeng Malangan dan kesenian Jaranan Turonggo Yakso.")
    assert not names(x, EntityType.PERSON)
    x = run("Banjir melanda Kecamatan Sukun, Kota Malang. Genangan terparah di kawasan Sukun bagian barat.")
    assert "Sukun" not in names(x, EntityType.PLACE) and "Kecamatan Sukun" in names(x, EntityType.PLACE)


def test_a_court_ceremony_and_a_toll_roads_exit_are_no_persons() -> None:
    x = run(
        "Pemkab menyiapkan Grebeg Mulud Agung dan festival budaya. Pos terpadu berada di exit Tol Kejayan "
        "serta kawasan JLS."
    )
    assert not names(x, EntityType.PERSON)


def test_the_minangkabau_saying_written_in_capitals_names_no_one() -> None:
    x = run("Fraksi mengingatkan agar penataan kawasan sejalan dengan falsafah Syarak Basandi Kitabullah.")
    assert not names(x, EntityType.PERSON)


def test_a_butonese_nobles_name_keeps_its_opening_word_where_the_tagger_starts_after_it() -> None:
    x = run(
        "Pengambilan sumpah didampingi rohaniwan, sementara La Ode Hamid Umar, S.Sos. dan Hj. Wa Ode Sania, "
        "S.E. bertindak sebagai saksi."
    )
    assert {"La Ode Hamid Umar", "Wa Ode Sania"} <= names(x, EntityType.PERSON)
    assert "Ode Hamid Umar" not in names(x, EntityType.PERSON)


def test_two_butonese_one_word_names_a_letter_apart_are_two_people() -> None:
    """ "La" marks a one-word name: "La Hasani" and "La Asani" are two men, not one name spelled two ways."""
    x = run(
        "Juara III diraih La Hasani dari Desa Tomok. Trofi diserahkan Bupati Samosir didampingi Ketua DPRD "
        "Samosir La Asani."
    )
    assert {"La Hasani", "La Asani"} <= names(x, EntityType.PERSON)


def test_a_civil_service_grade_is_no_body() -> None:
    x = run("Kepala BKPSDM menjelaskan pengisian jabatan JPT Pratama telah melalui seleksi terbuka.")
    assert not [n for n in names(x, EntityType.ORGANIZATION) if "JPT" in n]


def test_a_region_name_opening_a_ministers_name_and_a_commission_named_before() -> None:
    x = run("Musrenbang dihadiri Wakil Menteri Dalam Negeri Bima Hartono Saputra secara daring.")
    assert names(x, EntityType.PERSON) == {"Bima Hartono Saputra"}
    x = run("Ketua DPRD Indragiri Hulu, Riau Hartono, hadir.")  # a regional office: the region is its seat
    assert names(x, EntityType.PERSON) == {"Hartono"}
    x = run(
        "Ketua Komisi A DPRD Kota Batu Sri Wahyuni hadir. Anggota Komisi A lainnya, Agus Setiawan, meminta insentif."
    )
    assert ("Agus Setiawan", "Anggota Komisi A", "Dewan Perwakilan Rakyat Daerah Kota Batu") in {
        (m.person.name, m.role.name if m.role else None, m.organization.name if m.organization else None)
        for m in x.memberships
    }


def test_a_venue_head_alone_after_the_venue_is_that_venue() -> None:
    x = run(
        "Rapat di Istana Negara, Jakarta, Senin (20/10/2025). Para menteri kembali dipanggil ke Istana pekan lalu."
    )
    assert "Istana" not in names(x, EntityType.PLACE) and "Istana Negara" in names(x, EntityType.PLACE)


def test_weak_programme_cues_name_a_programme_of_words() -> None:
    x = run("Pemkot Batu meluncurkan Sambang Warga Sejahtera untuk menyerap aspirasi warga.")
    assert names(x, EntityType.PROGRAM) == {"Sambang Warga Sejahtera"} and not names(x, EntityType.PERSON)
    assert names(run("Warga bisa memakai layanan Sapa Warga."), EntityType.PROGRAM) == {"Sapa Warga"}
    for text in (
        "Warga memakai layanan Transjakarta.",
        "Kejaksaan meluncurkan Aplikasi Jaga Kampung, sebuah sistem.",
    ):
        assert names(run(text), EntityType.PROGRAM) <= {"Jaga Kampung"}
    x = run("Bupati mencanangkan Pekan Imunisasi Nasional di Kepanjen.")
    assert names(x, EntityType.PROGRAM) == {"Pekan Imunisasi Nasional"}


def test_associations_their_branches_and_landmarks_named_without_a_cue() -> None:
    x = run(
        "Ketua Perhimpunan Hotel dan Restoran Indonesia (PHRI) Sulawesi Selatan, Budi Hartono, mendukung."
    )
    assert names(x, EntityType.ORGANIZATION) == {
        "Perhimpunan Hotel dan Restoran Indonesia Provinsi Sulawesi Selatan"
    }
    x = run("Ketua Perhimpunan Anggrek Indonesia (PAI) Cabang Batu, Agus Setiawan, berharap banyak.")
    assert {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships} == {
        ("Agus Setiawan", "Perhimpunan Anggrek Indonesia Cabang Batu")
    }
    x = run("Ketua Serikat Pekerja Seluruh Indonesia Budi Hartono hadir.")
    assert names(x, EntityType.ORGANIZATION) == {"Serikat Pekerja Seluruh Indonesia"}
    x = run("Bupati meninjau perbaikan Jembatan Kali Serayu yang rusak akibat banjir.")
    assert "Jembatan Kali Serayu" in names(x, EntityType.PLACE)


def test_an_assistants_portfolio_with_bidang_is_the_role_and_the_secretariat_the_body() -> None:
    x = run(
        "Asisten I Bidang Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah Kota Batu, Budi Hartono, hadir."
    )
    assert {
        (m.person.name, m.role.name if m.role else None, m.organization.name if m.organization else None)
        for m in x.memberships
    } == {
        ("Budi Hartono", "Asisten I Bidang Pemerintahan dan Kesejahteraan Rakyat", body)
        for body in ("Sekretariat Daerah Kota Batu", "Pemerintah Kota Batu")
    }


def test_a_district_of_the_articles_own_region_written_bare_is_that_district() -> None:
    x = run(
        "BPBD Kabupaten Malang menyiagakan posko di kecamatan rawan, antara lain Ampelgading, Tirtoyudo "
        "dan Sumbermanjing Wetan. Bupati Malang meminta semua unsur siaga."
    )
    assert not names(x, EntityType.PERSON)
    assert "Kecamatan Sumbermanjing Wetan" in names(x, EntityType.PLACE)


def test_a_story_naming_two_unrelated_regions_as_often_is_about_neither() -> None:
    x = run(
        "JAKARTA - Kemendagri meminta daerah mempercepat realisasi belanja APBD 2025. Sekretaris Daerah "
        "Provinsi Sulawesi Tengah Sri Wahyuni melaporkan realisasi 68 persen. Sekretaris Daerah Kabupaten "
        "Lombok Timur Budi Hartono menyebut lelang terlambat."
    )
    assert not names(x, EntityType.PROGRAM)  # the APBD of every region, no one region's budget
    x = run("Pemkab Malang menyetujui APBD 2025. Bupati Malang hadir di Kabupaten Malang, Jawa Timur.")
    assert names(x, EntityType.PROGRAM) == {"Anggaran Pendapatan dan Belanja Daerah Kabupaten Malang 2025"}


def test_a_known_bodys_building_is_a_place_named_after_the_body() -> None:
    x = run("Rapat digelar di Kantor Kementerian Koordinator Bidang Perekonomian, Jakarta, Rabu (2/7/2025).")
    assert names(x, EntityType.ORGANIZATION) == {"Kementerian Koordinator Bidang Perekonomian"}
    assert "Kantor Kementerian Koordinator Bidang Perekonomian" in names(x, EntityType.PLACE)
    x = run("Ia diperiksa di Gedung KPK, Jakarta.")
    assert "Gedung Komisi Pemberantasan Korupsi" in names(x, EntityType.PLACE)
    assert "Gedung KPK" not in names(x, EntityType.PLACE)
    assert not names(run("Prasarana Bidang SDA dan Irigasi dibangun tahun ini."), EntityType.ORGANIZATION)


def test_a_name_with_initials_in_brackets_before_selaku_and_a_first_name_ending_another_name() -> None:
    x = run(
        "Tersangka lainnya adalah Budi Hartono (BH) selaku Presiden Direktur PT Sentosa Jaya, dan SW selaku "
        "Direktur PT Maju Bersama. KPK menggeledah rumah Agus Setiawan Budi dan Budi Hartono kemarin."
    )
    assert ("Budi Hartono", "PT Sentosa Jaya") in {
        (m.person.name, m.organization.name if m.organization else None) for m in x.memberships
    }
    assert "SW" not in names(x, EntityType.ORGANIZATION)


def test_a_session_room_of_a_named_body_is_a_place() -> None:
    x = run("Rapat Paripurna digelar di ruang sidang DPRD Kabupaten Pacitan, Senin (20/10/2025).")
    assert "Ruang Sidang Dewan Perwakilan Rakyat Daerah Kabupaten Pacitan" in names(x, EntityType.PLACE)
    [event] = x.events
    assert event.location is not None and event.location.name.startswith("Ruang Sidang")


def test_an_anniversary_is_no_programme() -> None:
    x = run(
        "Bupati melepas peserta jalan sehat dalam rangka Hari Ulang Tahun (HUT) ke-75 Kabupaten Sumber Jaya."
    )
    assert not names(x, EntityType.PROGRAM)


def test_an_awards_name_opening_a_sentence_is_no_person() -> None:
    x = run(
        "Kabupaten Banyuwangi kembali meraih penghargaan Adipura Kencana dari Kementerian Lingkungan Hidup. "
        "Penghargaan tersebut diserahkan oleh Menteri Lingkungan Hidup Hadi Santoso kepada Bupati Banyuwangi "
        "Sri Wahyuni di Jakarta, Selasa (10/6/2025).\n\nAdipura Kencana merupakan penghargaan tertinggi bagi "
        "kabupaten/kota yang dinilai berhasil dalam pengelolaan sampah."
    )
    assert names(x, EntityType.PERSON) == {"Hadi Santoso", "Sri Wahyuni"}


def test_a_publication_date_not_written_as_iso_is_read_or_refused_with_a_clear_error() -> None:
    article = Article(
        title="t", text="Rapat digelar kemarin di Balai Kota Batu.", url="http://x/1", date="10/20/2025"
    )
    x = extract(article)
    assert x.article.date == "2025-10-20" and [e.date for e in x.events] == ["2025-10-19"]
    with pytest.raises(ValueError, match="publication date 'besok' is no date"):
        extract(Article(title="t", text="Rapat.", date="besok"))


@pytest.mark.parametrize(
    "text",
    [
        "Budi Hartono dilantik sebagai Kepala Dinas Kesehatan Kota Batu, Senin (7/7/2025).",
        "Budi Hartono dikukuhkan sebagai Kepala Dinas Kesehatan Kota Batu.",
        "Budi Hartono resmi menjabat Kepala Dinas Kesehatan Kota Batu.",
    ],
)
def test_a_name_then_a_verb_of_taking_office_then_the_title_is_a_membership(text: str) -> None:
    assert {
        (m.person.name, m.organization.name if m.organization else None) for m in run(text).memberships
    } == {("Budi Hartono", "Dinas Kesehatan Kota Batu")}


def test_an_office_held_by_its_holder() -> None:
    x = run("Adapun Camat Blimbing kini dijabat oleh Agus Setiawan, menggantikan pejabat lama yang pensiun.")
    assert {(m.person.name, m.role.name if m.role else None) for m in x.memberships} == {
        ("Agus Setiawan", "Camat")
    }


def test_a_regional_police_directors_contracted_title() -> None:
    x = run("Dirreskrimsus Polda Jatim Kombes Budi Hartono hadir dalam jumpa pers.")
    assert {
        (m.person.name, m.role.name if m.role else None, m.organization.name if m.organization else None)
        for m in x.memberships
    } == {("Budi Hartono", "Direktur Reserse Kriminal Khusus", "Kepolisian Daerah Jawa Timur")}


@pytest.mark.parametrize(
    "text",
    [
        "Dalam kasus program itu, tersangka Budi Hartono (BH) selaku mantan direktur diperiksa.",
        "Di tengah kebijakan tarif Amerika Serikat (AS), rupiah melemah.",
        "Capaian program terlihat dari Tingkat Pengangguran Terbuka (TPT). TPT kini 4,7 persen.",
        "Pertamina menjamin distribusi Bahan Bakar Minyak (BBM) dalam program mudik.",
        'Soal program itu, "Kan Bapak (Harjono) punya rencana efisiensi," ujarnya.',
        "Bupati Malang Harjono Kusuma hadir. Survei menilai program Harjono-Kusuma.",
    ],
)
def test_a_spelled_out_name_a_statistic_a_thing_or_a_holder_is_no_programme(text: str) -> None:
    x = run(text)
    assert not names(x, EntityType.PROGRAM)
    assert not names(x, EntityType.ORGANIZATION) & {"TPT", "IPM", "BBM"}


def test_a_policy_spelled_out_is_a_programme_and_program_spelled_by_its_abbreviation_is_named() -> None:
    x = run("Pemkab menjalankan kebijakan Kampung Bebas Asap (KBA) di semua desa.")
    assert names(x, EntityType.PROGRAM) == {"Kampung Bebas Asap"}
    x = run("Revisi undang-undang itu masuk Program Legislasi Daerah (Prolegda) tahun ini.")
    assert names(x, EntityType.PROGRAM) == {"Program Legislasi Daerah"}
    x = run("Dinas membuka Program Pelatihan Kerja Pemuda (PPKP) bagi lulusan SMA.")
    assert names(x, EntityType.PROGRAM) == {"Program Pelatihan Kerja Pemuda"}
    x = run("Dinas membuka Program Sekolah Ramah Anak (SRA) di semua kecamatan.")
    assert names(x, EntityType.PROGRAM) == {"Sekolah Ramah Anak"}


def test_an_embassy_and_a_faculty_are_bodies() -> None:
    x = run("Kedutaan Besar Republik Indonesia (KBRI) di Canberra mengeluarkan imbauan bagi warga.")
    assert "Kedutaan Besar Republik Indonesia" in names(x, EntityType.ORGANIZATION)
    assert not names(x, EntityType.PROGRAM)
    x = run("Mahasiswa Fakultas Ilmu Budaya menggelar pentas seni di kampus.")
    assert "Fakultas Ilmu Budaya" in names(x, EntityType.ORGANIZATION)


def test_a_ministry_named_by_its_short_subject_is_the_ministry_and_its_office_a_place() -> None:
    x = run(
        "Pembangunannya dari Kementerian ESDM. Budi Hartono memberi keterangan di Kantor Kementerian PU, Jakarta."
    )
    assert {"Kementerian Energi dan Sumber Daya Mineral"} <= names(x, EntityType.ORGANIZATION)
    assert "Kantor Kementerian Pekerjaan Umum" in names(x, EntityType.PLACE)
    assert not {n for n in names(x, EntityType.ORGANIZATION) if n.startswith("Kantor")}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Sekretaris: Ni Made Sri Sutarsih. Bendahara: I Gede Wirana.", "Ni Made Sri Sutarsih"),
        ("Sekretaris: Ni Made Sri Sutarsih. Bendahara: I Gede Wirana.", "I Gede Wirana"),
        ("Wakil Dekan III FISIP, I Made Anom Wiradana. Mahasiswa hadir.", "I Made Anom Wiradana"),
        (
            "Asisten I Bidang Pemerintahan dan Kesra Setda Kabupaten Tabanan I Made Wiradana yang mewakili"
            " bupati menyambut baik proses itu.",
            "I Made Wiradana",
        ),
    ],
)
def test_a_balinese_name_keeps_its_opener_when_the_tagger_starts_at_the_birth_order_name(
    text: str, person: str
) -> None:
    assert person in names(run(text), EntityType.PERSON)


def test_a_room_of_a_body_written_with_its_short_form_in_brackets_keeps_the_whole_name() -> None:
    x = run(
        "Sidang digelar di Ruang Garuda Pengadilan Negeri (PN) Malang, Selasa (8/7/2025). Rapat digelar"
        " di Aula Kejaksaan Negeri (Kejari) Kota Batu, Senin (7/7/2025)."
    )
    assert {"Ruang Garuda Pengadilan Negeri Malang", "Aula Kejaksaan Negeri Kota Batu"} <= names(
        x, EntityType.PLACE
    )


def test_a_sasak_name_opens_with_lalu_or_baiq_where_a_name_is_expected() -> None:
    x = run(
        "Upacara dipimpin Gubernur Nusa Tenggara Barat, H. Lalu Wiraguna. Kepala Desa Mertak, Lalu Sapturi,"
        " mengapresiasi. Ketua TP PKK Baiq Sulastri hadir. Lalu Hendra Gunawan pulang ke rumah."
    )
    assert {"Lalu Wiraguna", "Lalu Sapturi", "Baiq Sulastri"} <= names(x, EntityType.PERSON)
    assert "Lalu Hendra Gunawan" not in names(x, EntityType.PERSON)  # "then": a sentence's first word
    assert ("Lalu Wiraguna", "Gubernur") in {
        (m.person.name, m.role.name if m.role else None) for m in x.memberships
    }
    assert not names(run("Kasat Lalu Lintas Polres Batu hadir."), EntityType.PERSON)


def test_an_acehnese_honorific_is_no_name() -> None:
    x = run("Ketua Majelis Permusyawaratan Ulama (MPU) Aceh Besar Tgk. H. Hasan Wiratama hadir.")
    assert names(x, EntityType.PERSON) == {"Hasan Wiratama"}


def test_an_abbreviation_the_article_spells_out_otherwise_is_not_the_national_programme() -> None:
    x = run(
        "Dinkes meminta puskesmas menggencarkan gerakan Pemberantasan Sarang Nyamuk (PSN). PSN dilakukan tiap Jumat."
    )
    assert names(x, EntityType.PROGRAM) == {"Pemberantasan Sarang Nyamuk"}
    x = run("Jalan tol itu termasuk Proyek Strategis Nasional (PSN). PSN ini selesai tahun depan.")
    assert names(x, EntityType.PROGRAM) == {"Proyek Strategis Nasional"}


def test_a_regional_enterprise_is_named_by_its_own_name_after_its_legal_form() -> None:
    x = run(
        "Dinas bekerja sama dengan Perumda Pasar Sukamaju Sejahtera. Direktur Utama Perumda Pasar Sukamaju"
        " Sejahtera, Budi Hartono, mendukung. Direktur Perumda Air Minum Tirta Sejahtera Kota Batu, Agus"
        " Setiawan, hadir. Direktur PDAM Kota Malang juga hadir."
    )
    assert {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships} == {
        ("Budi Hartono", "Perumda Pasar Sukamaju Sejahtera"),
        ("Agus Setiawan", "Perumda Air Minum Tirta Sejahtera Kota Batu"),
    }
    assert "Perusahaan Daerah Air Minum Kota Malang" in names(x, EntityType.ORGANIZATION)


def test_a_water_companys_name_after_tirta_is_no_person() -> None:
    """ "PDAM Tirta Sumbul Jaya": the words after "Tirta" name the water company, even where the tagger
    reads a person's name there."""
    x = run(
        "Direktur PDAM Tirta Sumbul Jaya, Abd. Pardede, hadir. Perumda Air Minum Tirta Silahi juga hadir."
    )
    assert names(x, EntityType.ORGANIZATION) == {"PDAM Tirta Sumbul Jaya", "Perumda Air Minum Tirta Silahi"}
    assert names(x, EntityType.PERSON) == {"Abd. Pardede"}


def test_a_name_written_on_after_its_bracketed_short_form_is_one_body() -> None:
    """ "Perusahaan Daerah Air Minum (PDAM) Tirta Silahi", "Badan Penyelenggara Jaminan Sosial (BPJS)
    Kesehatan Cabang Sidikalang": the name goes on after the short form, as the short form's name would
    ("PDAM Tirta Silahi", "BPJS Kesehatan"); no body stops at the bracket, and the short form alone is
    that body again."""
    x = run(
        "Hadir Perusahaan Daerah Air Minum (PDAM) Tirta Silahi dan Badan Penyelenggara Jaminan Sosial (BPJS)"
        " Kesehatan Cabang Sidikalang. Layanan BPJS di sana dibuka sejak pagi."
    )
    found = {e.name: e for e in x.entities if e.type is EntityType.ORGANIZATION and e.mentions}
    assert set(found) == {
        "PDAM Tirta Silahi",
        "Badan Penyelenggara Jaminan Sosial Kesehatan Cabang Sidikalang",
    }
    assert "BPJS" in found["Badan Penyelenggara Jaminan Sosial Kesehatan Cabang Sidikalang"].aliases
    assert not names(x, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Kepala Seksi Penerangan Hukum (Kasi Penkum) Kejati Sulut, Budi Hartono, mengatakan hal itu.",
            ("Budi Hartono", "Kepala Seksi Penerangan Hukum", "Kejaksaan Tinggi Sulawesi Utara"),
        ),
        (
            "Asisten Tindak Pidana Khusus (Aspidsus) Kejati Sulut, Budi Hartono, menegaskan hal itu.",
            ("Budi Hartono", "Asisten Pidana Khusus", "Kejaksaan Tinggi Sulawesi Utara"),
        ),
        (
            "Kepala Seksi Penerangan Hukum Kejati DKI Jakarta, Budi Hartono, mengatakan hal itu.",
            ("Budi Hartono", "Kepala Seksi Penerangan Hukum", "Kejaksaan Tinggi DKI Jakarta"),
        ),
        (
            "Kepala Kejari Kota Batu Agus Setiawan hadir. Kasi Pidsus Kejari Budi Hartono mengatakan hal itu.",
            ("Budi Hartono", "Kepala Seksi Tindak Pidana Khusus", "Kejaksaan Negeri Kota Batu"),
        ),
    ],
)
def test_prosecutors_offices_named_with_a_region_that_is_a_stop_word_or_not_named(
    text: str, held: tuple[str, str, str]
) -> None:
    assert held in {
        (m.person.name, m.role.name if m.role else "", m.organization.name if m.organization else "")
        for m in run(text).memberships
    }
    assert not [o for o in names(run(text), EntityType.ORGANIZATION) if "Budi" in o]


def test_a_units_portfolio_of_two_nouns_joined_by_dan_and_the_ministry_after_it() -> None:
    x = run(
        "Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinkes Kota Batu, Budi Hartono, menyebut hal itu."
    )
    [m] = x.memberships
    assert m.person.name == "Budi Hartono" and m.organization is not None
    assert m.organization.name.endswith("Dinas Kesehatan Kota Batu")
    assert "Pencegahan dan Pengendalian Penyakit" in f"{m.role.name if m.role else ''} {m.organization.name}"
    x = run('"Kami tunggu," kata Dirjen Pelayanan dan Kepatuhan Kementerian HAM, Budi Hartono, di Jakarta.')
    assert {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships} == {
        ("Budi Hartono", "Kementerian Hak Asasi Manusia")
    }


def test_an_arts_studio_is_a_body_not_a_person() -> None:
    x = run("Pembukaan ditandai penampilan tari oleh Sanggar Seni Sekar Wangi dari Denpasar.")
    assert "Sanggar Seni Sekar Wangi" in names(x, EntityType.ORGANIZATION)
    assert not names(x, EntityType.PERSON)


def test_a_sentence_pointing_back_at_an_event_or_saying_who_came_adds_its_participants() -> None:
    x = run(
        "Hal itu disampaikan Kepala Dinas Kesehatan Kota Batu Darsono Hadiwijaya dalam Rapat Koordinasi "
        "Percepatan Imunisasi, Rabu (5/11/2025). Darsono menyebut capaian imunisasi masih rendah. "
        "Dalam rakor tersebut, Camat Bumiaji Rukmini Pratiwi melaporkan capaian di wilayahnya."
    )
    [event] = x.events
    assert "Rukmini Pratiwi" in {p.name for p in (*event.performers, *event.attendees)}
    x = run(
        "Pasar murah digelar di Alun-alun Kota Batu, Senin (3/11/2025). "
        "Wali Kota Batu Margono Kusnadi membuka Festival Apel Kota Batu, Sabtu (8/11/2025). "
        "Pembukaan ditandai pemukulan gong. "
        "Hadir dalam kesempatan tersebut Camat Bumiaji Rukmini Pratiwi."
    )
    festival = next(e for e in x.events if "Festival" in e.name)
    assert "Rukmini Pratiwi" in {p.name for p in (*festival.performers, *festival.attendees)}


def test_a_planned_event_takes_no_speaker_of_the_article_as_its_participant() -> None:
    x = run(
        'Kepala Desa Sukamaju Darsono Hadiwijaya mengeluhkan banjir. "Saluran di sini sempit," ujarnya. '
        "Camat Bumiaji Rukmini Pratiwi menambahkan bahwa warga akan menggelar kerja bakti massal pada "
        "Minggu (22/6/2025) mendatang."
    )
    [event] = x.events
    assert {p.name for p in (*event.performers, *event.attendees)} == {
        "Rukmini Pratiwi",
        "Pemerintah Kota Batu",
    }


def test_an_act_names_its_event_past_who_it_installs_and_how_it_was_done() -> None:
    x = run(
        "Bupati Malang Margono Kusnadi mengukuhkan pengurus Forum Komunikasi Kader Desa Kabupaten Malang "
        "di Pendopo Agung, Kamis (10/7/2025)."
    )
    [event] = x.events
    assert event.name.startswith("Pengukuhan Pengurus Forum Komunikasi Kader Desa")
    assert event.kind == "Inauguration"
    x = run(
        "Wali Kota Batu Margono Kusnadi membuka secara resmi Pesta Seni Rakyat Kota Batu, Sabtu (21/6/2025)."
    )
    assert [e.name for e in x.events] == ["Pembukaan Pesta Seni Rakyat Kota Batu"]


def test_a_passive_act_names_its_event_after_the_act_and_the_thing_acted_on() -> None:
    x = run(
        "Program Bakti Karya Desa (BKD) ke-17 Tahun 2025 resmi dibuka di Desa Sukaraharja, Kecamatan "
        "Cilawu, Rabu (7/5/2025). Upacara dipimpin Bupati Garut Margono Kusnadi."
    )
    [event] = x.events
    assert (event.name, event.kind, event.date) == ("Pembukaan BKD ke-17", "Ceremony", "2025-05-07")
    assert event.location is not None and event.location.name == "Desa Sukaraharja"
    x = run("Jembatan Kali Lanang diresmikan oleh Bupati Garut Margono Kusnadi, Senin (12/5/2025).")
    assert [e.name for e in x.events] == ["Peresmian Jembatan Kali Lanang"]
    # a road opened, an act spoken of as earlier: no event
    x = run("Jalan Lingkar Sukaraharja resmi dibuka untuk umum, Senin (12/5/2025).")
    assert not [e for e in x.events if e.name.startswith("Pembukaan")]
    x = run("Aplikasi Lapor Warga yang diluncurkan Pemkot Garut kini dipakai warga, Senin (12/5/2025).")
    assert not [e for e in x.events if e.name.startswith("Peluncuran")]


def test_a_passive_act_names_the_thing_before_a_clause_saying_where_it_was_held() -> None:
    x = run(
        "Sidikalang (20/06/2024) – Program Karya Bakti Desa (KBD) ke-21 Kodim 0207/Dairi yang dilaksanakan "
        "di Desa Parbuluan, Kecamatan Sumbul, resmi ditutup pada Kamis (20/06/2024)."
    )
    assert [(e.name, e.date) for e in x.events] == [("Penutupan KBD ke-21 Kodim 0207/Dairi", "2024-06-20")]


def test_an_event_opened_by_a_trigger_verb_is_called_by_its_noun() -> None:
    x = run(
        "Hal itu disampaikan Wali Kota Batu Margono Kusnadi usai bertemu dengan Camat Bumiaji Rukmini "
        "Pratiwi di Balai Kota Among Tani, Senin (20/10/2025)."
    )
    assert [e.name for e in x.events] == ["Pertemuan"]


def test_a_bare_act_noun_takes_the_object_of_the_act_told_just_before() -> None:
    x = run(
        "Pemerintah Kota Batu meluncurkan aplikasi Lapor Warga sebagai kanal pengaduan. Peluncuran "
        "dilakukan Wali Kota Batu Margono Kusnadi di Balai Kota Among Tani, Selasa (7/1/2025)."
    )
    assert [e.name for e in x.events] == ["Peluncuran Lapor Warga"]
    x = run(
        "Pemerintah Kabupaten Malang menyalurkan bantuan keuangan desa senilai Rp 25 miliar. Penyerahan "
        "secara simbolis dilakukan Bupati Malang Margono Kusnadi di Pendopo Agung, Rabu (16/4/2025)."
    )
    assert [e.name for e in x.events] == ["Penyerahan bantuan keuangan desa"]


def test_an_election_spoken_of_at_a_gathering_takes_none_of_those_the_gathering_points_back_at() -> None:
    x = run(
        "Wali Kota Batu Margono Kusnadi memimpin Apel Kesiapan Linmas di Stadion Brantas, Minggu (17/11/2024). "
        "Apel ini digelar untuk mendukung pemilihan kepala daerah tahun 2024 di Kota Batu pada 27 November 2024. "
        "Pada kesempatan ini, Camat Bumiaji Rukmini Pratiwi menyampaikan kesiapan wilayahnya."
    )
    election = next(e for e in x.events if e.kind == "Election")
    assert "Rukmini Pratiwi" not in {p.name for p in (*election.performers, *election.attendees)}


def test_the_national_parliament_and_a_regional_one_stay_two_bodies() -> None:
    x = run("Anggota DPR RI Budi Hartono hadir. Ketua DPRD Kota Batu Agus Setiawan juga hadir.")
    assert {"Dewan Perwakilan Rakyat", "Dewan Perwakilan Rakyat Daerah Kota Batu"} <= names(
        x, EntityType.ORGANIZATION
    )
    x = run("Ketua KPU RI Budi Hartono hadir. Komisi Pemilihan Umum menetapkan hasil.")
    assert names(x, EntityType.ORGANIZATION) == {"Komisi Pemilihan Umum Republik Indonesia"}


def test_the_head_of_a_disaster_agency_by_his_short_title() -> None:
    x = run('"Kami siaga," kata Kalakhar Badan Penanggulangan Bencana Daerah (BPBD) Kota Batu, Budi Hartono.')
    assert {(m.person.name, m.role.name if m.role else None) for m in x.memberships} == {
        ("Budi Hartono", "Kepala Pelaksana")
    }
    assert not names(x, EntityType.PLACE) - {"Kota Batu"}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Kabid Humas Polda Jateng, Kombes Budi Hartono, menyebut aksi itu damai.",
         ("Budi Hartono", "Kepala Bidang Humas", "Kepolisian Daerah Jawa Tengah")),
        ("Dirtipidter Bareskrim Polri Brigjend Budi Hartono mengungkap tambang ilegal.",
         ("Budi Hartono", "Direktur Tindak Pidana Tertentu", "Badan Reserse Kriminal")),
        ("Karopenmas Divisi Humas Polri Brigjen Budi Hartono hadir.",
         ("Budi Hartono", "Kepala Biro Penerangan Masyarakat", "Kepolisian Negara Republik Indonesia")),
        ("Kabareskrim Polri Komjen Budi Hartono hadir.",
         ("Budi Hartono", "Kepala Badan Reserse Kriminal", "Kepolisian Negara Republik Indonesia")),
    ],
)  # fmt: skip
def test_national_and_regional_police_officers_by_their_short_titles(
    text: str, held: tuple[str, str, str]
) -> None:
    x = run(text)
    assert held in {
        (m.person.name, m.role.name if m.role else "", m.organization.name if m.organization else "")
        for m in x.memberships
    }
    assert names(x, EntityType.PERSON) == {"Budi Hartono"}


@pytest.mark.parametrize(
    ("text", "role", "body"),
    [
        ("Kanit Reskrim Polsek Klojen Ipda Budi Hartono hadir.", "Kepala Unit Reskrim", "Kepolisian Sektor Klojen"),
        ("Wadir Reskrimsus Polda Jatim AKBP Budi Hartono hadir.", "Wakil Direktur Reskrimsus",
         "Kepolisian Daerah Jawa Timur"),
        ("Kasubdit Harda Ditreskrimum Polda Kaltim, AKBP Budi Hartono, hadir.",
         "Kepala Subdirektorat Harda Ditreskrimum", "Kepolisian Daerah Kalimantan Timur"),
        ("Kasubbid Paminal Bidpropam Polda Sumut AKBP Budi Hartono hadir.", "Kepala Subbidang Paminal Bidpropam",
         "Kepolisian Daerah Sumatera Utara"),
        ("Kabar itu dibenarkan Kasubbid Penmas Polda Sumut AKBP Budi Hartono.", "Kepala Subbidang Penmas",
         "Kepolisian Daerah Sumatera Utara"),
        ("Kasat Tahti Polres Batu AKP Budi Hartono hadir.", "Kepala Satuan Tahanan dan Barang Bukti",
         "Kepolisian Resor Batu"),
        # a resort's sections by their heads' short titles, the resort the one the article names
        ("Kapolres Dairi melalui Kabag Ops Kompol Budi Hartono menyatakan siaga.", "Kepala Bagian Operasi",
         "Kepolisian Resor Dairi"),
        ("Kapolres Dairi melalui Kasi Propam Iptu Budi Hartono menyatakan siaga.",
         "Kepala Seksi Profesi dan Pengamanan", "Kepolisian Resor Dairi"),
        ("Kapolres Dairi melalui Kasat Polairud Iptu Budi Hartono menyatakan siaga.",
         "Kepala Satuan Polisi Perairan dan Udara", "Kepolisian Resor Dairi"),
        ("Karo Ops Polda Sumut Kombes Budi Hartono hadir.", "Kepala Biro Operasi", "Kepolisian Daerah Sumatera Utara"),
        # a district command's staff officer, the command the one the article names
        ("Dandim 0206/Dairi bersama Pasi Intel Lettu Inf Budi Hartono hadir.", "Perwira Seksi Intelijen",
         "Komando Distrik Militer 0206"),
        # a district's name of several words, its number written any way
        ("Kapolsek Ilir Barat I Kompol Budi Hartono hadir.", "Kepala Kepolisian Sektor",
         "Kepolisian Sektor Ilir Barat I"),
        ("Kapolsek Banyuasin 3 AKP Budi Hartono hadir.", "Kepala Kepolisian Sektor", "Kepolisian Sektor Banyuasin 3"),
        ("Kapolsek Sumbermanjing Wetan AKP Budi Hartono hadir.", "Kepala Kepolisian Sektor",
         "Kepolisian Sektor Sumbermanjing Wetan"),
    ],
)  # fmt: skip
def test_police_unit_heads_sit_in_their_command(text: str, role: str, body: str) -> None:
    assert {
        (m.person.name, m.role.name if m.role else "", m.organization.name if m.organization else "")
        for m in run(text).memberships
    } == {("Budi Hartono", role, body)}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Menteri Sekretaris Negara Budi Hartono hadir.",
         ("Budi Hartono", "Menteri Sekretaris Negara", "Kementerian Sekretariat Negara")),
        ("Hal itu disampaikan Seskab Budi Hartono.", ("Budi Hartono", "Sekretaris Kabinet", "Sekretariat Kabinet")),
        ("Wakil Panglima TNI Jenderal Budi Hartono hadir.",
         ("Budi Hartono", "Wakil Panglima", "Tentara Nasional Indonesia")),
        ("Anggota Komisi II DPR RI Fraksi Golkar Budi Hartono hadir.",
         ("Budi Hartono", "Anggota Komisi II", "Dewan Perwakilan Rakyat")),
        ("Direktur Jenderal Anggaran (DJA) Kementerian Keuangan Budi Hartono hadir.",
         ("Budi Hartono", "Direktur Jenderal Anggaran", "Kementerian Keuangan")),
        ("Direktur Jaminan Pelayanan Kesehatan BPJS Kesehatan Budi Hartono hadir.",
         ("Budi Hartono", "Direktur Jaminan Pelayanan Kesehatan", "Badan Penyelenggara Jaminan Sosial Kesehatan")),
        ("Wakil Kepala Departemen Minat dan Bakat Anak Agung Ngurah Wirawan hadir.",
         ("Anak Agung Ngurah Wirawan", "Wakil Kepala", "Departemen Minat dan Bakat")),
    ],
)  # fmt: skip
def test_national_offices_written_with_their_unit_party_or_short_form(
    text: str, held: tuple[str, str, str]
) -> None:
    assert held in {
        (m.person.name, m.role.name if m.role else "", m.organization.name if m.organization else "")
        for m in run(text).memberships
    }


def test_a_commission_of_the_national_parliament_is_one_node_with_or_without_ri() -> None:
    x = run("Anggota Komisi II DPR RI Budi Hartono hadir. Ketua Komisi II DPR Agus Setiawan juga hadir.")
    assert [n for n in names(x, EntityType.ORGANIZATION) if n.startswith("Komisi")] == [
        "Komisi II Dewan Perwakilan Rakyat"
    ]


def test_a_name_glued_to_the_word_before_it_is_no_person() -> None:
    x = run("KepadadetikNews, Kepala Departemen Politik CSIS Budi Hartono mengatakan hal itu.")
    assert names(x, EntityType.PERSON) == {"Budi Hartono"}


def test_a_task_force_of_a_police_command_is_named_with_the_command() -> None:
    x = run(
        "Satuan Tugas (Satgas) Pangan Polda Sumatera Barat menggelar sidak. Kasatgas Pangan Polda Sumbar,"
        " AKBP Budi Hartono, mengatakan tidak ada penimbunan."
    )
    assert "Satuan Tugas Pangan Kepolisian Daerah Sumatera Barat" in names(x, EntityType.ORGANIZATION)
    assert {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships} == {
        ("Budi Hartono", "Kepolisian Daerah Sumatera Barat")
    }
    x = run("Satuan Reserse Narkoba (Satresnarkoba) Polres Batu mengungkap peredaran sabu.")
    assert "Satuan Reserse Narkoba Kepolisian Resor Batu" in names(x, EntityType.ORGANIZATION)


def test_butonese_names_a_doctor_without_a_full_stop_and_an_event_name_before_usai() -> None:
    x = run(
        "Kepala Dinas Kesehatan Kota Batu, dr Budi Hartono, mengatakan. Bupati Buton La Ode Sapari hadir."
    )
    assert {"Budi Hartono", "La Ode Sapari"} <= names(x, EntityType.PERSON)
    assert ("Budi Hartono", "Kepala") in {
        (m.person.name, m.role.name if m.role else "") for m in x.memberships
    }
    x = run(
        "Sebanyak 47 siswa SD Negeri 1 Batu diduga mengalami keracunan usai menyantap makanan, Selasa (21/10/2025)."
    )
    assert [e.name for e in x.events if e.name.lower().startswith("keracunan")] in ([], ["Keracunan"])


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Juru bicara Fraksi PKB, Budi Hartono, menyampaikan pandangan.", ("Budi Hartono", "Juru Bicara", "Fraksi PKB")),
        ("Kepala KPw BI Sulsel, Budi Hartono, mengatakan inflasi terkendali.",
         ("Budi Hartono", "Kepala", "Kantor Perwakilan Bank Indonesia Provinsi Sulawesi Selatan")),
        ("Pemimpin Wilayah Perum Bulog Jatim, Budi Hartono, mengatakan stok aman.",
         ("Budi Hartono", "Pemimpin Wilayah", "Perum Badan Urusan Logistik Cabang Jawa Timur")),
    ],
)  # fmt: skip
def test_a_spokesman_a_central_banks_regional_head_and_a_regional_leader(
    text: str, held: tuple[str, str, str]
) -> None:
    assert held in {
        (m.person.name, m.role.name if m.role else "", m.organization.name if m.organization else "")
        for m in run(text).memberships
    }


def test_a_numbered_deputy_of_a_council() -> None:
    x = run("Wakil Ketua II DPRD Kota Malang Budi Hartono memimpin rapat.")
    assert {(m.person.name, m.role.name if m.role else "", m.organization.name if m.organization else "")
            for m in x.memberships} == {("Budi Hartono", "Wakil Ketua", "Dewan Perwakilan Rakyat Daerah Kota Malang")}  # fmt: skip


def test_acehs_election_supervisory_committee_is_a_regional_body() -> None:
    x = run("Ketua Panwaslih Aceh Besar, Teuku Sahat, dalam amanatnya mengatakan masa tenang dimulai.")
    assert [
        (m.person.name, m.role.name, m.organization.name if m.organization else None) for m in x.memberships
    ] == [("Teuku Sahat", "Ketua", "Panitia Pengawas Pemilihan Kabupaten Aceh Besar")]


def test_a_division_head_joined_to_an_office_before_heads_that_bodys_division() -> None:
    x = run(
        "Anggota Bawaslu Dairi sekaligus Koordinator Divisi Penanganan Pelanggaran, Romauli Simbolon, S.H., "
        "menjelaskan pihaknya memetakan TPS rawan."
    )
    held = {
        (m.person.name, m.role.name, m.organization.name if m.organization else None) for m in x.memberships
    }
    assert held == {
        ("Romauli Simbolon", "Anggota", "Badan Pengawas Pemilihan Umum Kabupaten Dairi"),
        (
            "Romauli Simbolon",
            "Koordinator Divisi Penanganan Pelanggaran",
            "Badan Pengawas Pemilihan Umum Kabupaten Dairi",
        ),
    }
    assert not any(name.startswith("Divisi") for name in names(x, EntityType.ORGANIZATION))


def test_a_branch_of_the_armed_forces_written_with_tni_and_its_word() -> None:
    x = run("Patroli gabungan bersama TNI Angkatan Laut dan TNI Angkatan Darat ditingkatkan menjelang libur.")
    assert {
        "Tentara Nasional Indonesia Angkatan Laut",
        "Tentara Nasional Indonesia Angkatan Darat",
    } <= names(x, EntityType.ORGANIZATION)


def test_a_national_parks_office_is_a_body_and_its_park_a_place() -> None:
    x = run(
        "Petugas resor Balai Taman Nasional Tirta Silahi mendengar ledakan di kawasan Taman Nasional Tirta "
        "Silahi. Kepala Balai Taman Nasional Tirta Silahi, Marihot Situmorang, hadir."
    )
    assert "Balai Taman Nasional Tirta Silahi" in names(x, EntityType.ORGANIZATION)
    assert names(x, EntityType.PLACE) == {"Taman Nasional Tirta Silahi"}
    assert [(m.person.name, m.organization.name if m.organization else None) for m in x.memberships] == [
        ("Marihot Situmorang", "Balai Taman Nasional Tirta Silahi")
    ]


@pytest.mark.parametrize(
    "written, unit",
    [
        ("Satpolairud Polres Sibolga", "Satuan Polisi Perairan dan Udara Kepolisian Resor Sibolga"),
        ("Satintelkam Polres Sibolga", "Satuan Intelijen Keamanan Kepolisian Resor Sibolga"),
        (
            "Satuan Intelijen Keamanan (Satintelkam) Polres Sibolga",
            "Satuan Intelijen Keamanan Kepolisian Resor Sibolga",
        ),
    ],
)
def test_a_police_resorts_water_and_air_and_intelligence_units(written: str, unit: str) -> None:
    x = run(f"{written} menangkap dua nelayan di perairan Pulau Sumbul, Kamis (3/7/2025).")
    assert unit in names(x, EntityType.ORGANIZATION)


@pytest.mark.parametrize("written", ["Satpol PP dan Damkar", "Satpol PP Damkar"])
def test_a_merged_public_order_and_fire_office_is_one_body(written: str) -> None:
    """Many regencies merged their Satpol PP and fire brigade into one office, "Satpol PP dan
    Damkar": one body of the regency, not the public order agency dropped and a fire service made up."""
    x = run(
        f"DAIRI - Pemadaman dilakukan tim gabungan dari Polres Dairi, {written}, serta BPBD Dairi. Kepala "
        f"{written} Dairi, Tumpak Hasibuan, mengatakan api padam. Bupati Dairi, Sahat Pardede, meninjau lokasi."
    )
    body = "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten Dairi"
    assert body in names(x, EntityType.ORGANIZATION)
    assert not any("Pemadam Kebakaran" in n and n != body for n in names(x, EntityType.ORGANIZATION))
    assert ("Tumpak Hasibuan", "Kepala", body) in _held(x)


def test_a_unit_listed_before_commands_is_no_part_of_the_first_command() -> None:
    x = run(
        "Polres menerjunkan 120 personel dari Satuan Samapta, Polsek Sumbul, dan Polsek Parbuluan untuk evakuasi."
    )
    assert {"Kepolisian Sektor Sumbul", "Kepolisian Sektor Parbuluan"} <= names(x, EntityType.ORGANIZATION)
    assert not any("," in name for name in names(x, EntityType.ORGANIZATION))


def test_a_prosecutors_section_head_written_with_the_sections_short_form() -> None:
    x = run(
        "Kepala Kejari Sibolga, Tumpak Hasibuan, melalui Kepala Seksi Pidsus, Sahat Pardede, S.H., mengatakan "
        "tersangka ditahan."
    )
    held = {
        (m.person.name, m.role.name, m.organization.name if m.organization else None) for m in x.memberships
    }
    assert ("Sahat Pardede", "Kepala Seksi Tindak Pidana Khusus", "Kejaksaan Negeri Sibolga") in held
    assert "Pidsus" not in names(x, EntityType.ORGANIZATION)


def test_a_numbered_deputy_known_by_one_name_after_a_comma() -> None:
    x = run(
        "Rapat dipimpin Ketua DPRD Dairi, Sahat Pardede, didampingi Wakil Ketua II, Hasiholan. Bupati Dairi hadir."
    )
    assert ("Hasiholan", "Wakil Ketua", "Dewan Perwakilan Rakyat Daerah Kabupaten Dairi") in {
        (m.person.name, m.role.name if m.role else "", m.organization.name if m.organization else "")
        for m in x.memberships
    }


def test_the_head_of_a_health_centre_named_right_after_it() -> None:
    x = run(
        "Kepala Puskesmas Dinoyo Budi Hartono hadir. Direktur RSUD dr. Soedono Hadi, dr. Agus Setiawan, juga hadir."
    )
    assert {(m.person.name, m.organization.name if m.organization else "") for m in x.memberships} == {
        ("Budi Hartono", "Puskesmas Dinoyo"),
        ("Agus Setiawan", "RSUD dr. Soedono Hadi"),
    }


def test_the_head_of_a_facility_named_by_one_word_and_a_degree_after_it() -> None:
    """``Kepala Puskesmas Pangururan Romauli, S.KM., M.Kes.``: after a facility named by a district the
    gazetteer lists, one capitalised word with a comma and a degree after it is the head's name; no
    body's name goes on with a degree."""
    x = run("Turut hadir Kepala Puskesmas Pangururan Romauli, S.KM., M.Kes., dan sejumlah bidan desa.")
    assert {(m.person.name, m.organization.name if m.organization else "") for m in x.memberships} == {
        ("Romauli", "Puskesmas Pangururan")
    }
    # (so after a school numbered in a district: "SMP Negeri 1 Pangururan Romauli, S.Pd.")
    x = run("Turut hadir Kepala SMP Negeri 1 Pangururan Romauli, S.Pd., serta para guru.")
    assert {(m.person.name, m.organization.name if m.organization else "") for m in x.memberships} == {
        ("Romauli", "SMPN 1 Pangururan")
    }


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Sekretaris Kecamatan Klojen Budi Hartono hadir.",
            ("Budi Hartono", "Sekretaris Kecamatan", "Pemerintah Kota Malang"),
        ),
        (
            "Sekdes Pandanrejo Budi Hartono hadir.",
            ("Budi Hartono", "Sekretaris Desa", "Pemerintah Desa Pandanrejo"),
        ),
    ],
)
def test_the_secretary_of_a_district_or_a_village(text: str, held: tuple[str, str, str]) -> None:
    assert held in {
        (m.person.name, m.role.name if m.role else "", m.organization.name if m.organization else "")
        for m in run(text).memberships
    }


def test_a_village_government_is_also_named_as_the_village() -> None:
    x = run(
        "Kepala Desa Sumbul, Marihot Situmorang, mengatakan warga siap. Desa Sumbul meraih juara I Lomba "
        "Desa Sehat tingkat Kabupaten Dairi."
    )
    [membership] = x.memberships
    assert membership.organization is not None
    assert membership.organization.name == "Pemerintah Desa Sumbul"
    assert set(membership.organization.aliases) == {"Desa Sumbul"}
    # a town's government keeps its short form
    [membership] = run("Bupati Dairi Binsar Manurung hadir.").memberships
    assert membership.organization is not None and set(membership.organization.aliases) == {"Pemkab Dairi"}


def test_a_commission_named_outside_a_title_is_the_legislatures() -> None:
    x = run("Hal itu disampaikan saat rapat kerja dengan Komisi XII DPR RI, Kamis (3/7/2025).")
    assert {"Komisi XII Dewan Perwakilan Rakyat", "Dewan Perwakilan Rakyat"} <= names(
        x, EntityType.ORGANIZATION
    )
    assert "Komisi XII" not in names(x, EntityType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "held", "unit"),
    [
        ("Kepala Bidang Pelayanan Dinkes Kota Batu, Budi Hartono, hadir.",
         ("Budi Hartono", "Kepala Bidang Pelayanan", "Dinas Kesehatan Kota Batu"),
         None),
        ("Deputi Penindakan dan Eksekusi KPK Budi Hartono hadir.",
         ("Budi Hartono", "Deputi Penindakan dan Eksekusi", "Komisi Pemberantasan Korupsi"),
         "Kedeputian Penindakan dan Eksekusi Komisi Pemberantasan Korupsi"),
    ],
)  # fmt: skip
def test_a_unit_head_holds_the_full_title_in_the_body_the_unit_sits_in(
    text: str, held: tuple[str, str, str], unit: str | None
) -> None:
    """The unit is a node of its own, but for a division (a Bidang) its head's title names."""
    x = run(text)
    assert {
        (m.person.name, m.role.name if m.role else "", m.organization.name if m.organization else "")
        for m in x.memberships
    } == {held}
    assert names(x, EntityType.ORGANIZATION) - {held[2]} == ({unit} if unit else set())


def test_a_unit_heads_body_may_be_named_after_the_title() -> None:
    x = run(
        '"Benar begitu?" tanya Ketua Majelis Hakim Budi Hartono di ruang sidang Pengadilan Negeri Padang,'
        " Selasa (10/6/2025)."
    )
    assert {(m.person.name, m.organization.name if m.organization else "") for m in x.memberships} == {
        ("Budi Hartono", "Pengadilan Negeri Padang")
    }


def _held(x: Extraction) -> set[tuple[str, str, str]]:
    return {
        (m.person.name, m.role.name if m.role else "", m.organization.name if m.organization else "")
        for m in x.memberships
    }


def _held_in(x: Extraction) -> set[tuple[str, str | None]]:
    """Who holds an office in which body, the office left out."""
    return {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships}


def test_judges_titled_hakim_ketua_or_anggota_sit_in_the_one_court_named() -> None:
    x = run(
        "Sidang vonis digelar di Pengadilan Negeri Sukamaju. Hakim Ketua Budi Hartono membacakan"
        " putusan. Hakim Anggota Rina Kusumawati menyatakan setuju."
    )
    assert _held(x) == {
        ("Budi Hartono", "Ketua Majelis Hakim", "Pengadilan Negeri Sukamaju"),
        ("Rina Kusumawati", "Hakim Anggota", "Pengadilan Negeri Sukamaju"),
    }
    assert names(x, EntityType.PERSON) == {"Budi Hartono", "Rina Kusumawati"}


def test_the_chair_of_a_bench_named_after_yang_diketuai() -> None:
    x = run("Perkara itu diputus majelis hakim yang diketuai Budi Hartono di Pengadilan Negeri Sukamaju.")
    assert _held(x) == {("Budi Hartono", "Ketua Majelis Hakim", "Pengadilan Negeri Sukamaju")}


def test_a_bench_written_in_lower_case_sits_in_the_special_court_at_the_district_court() -> None:
    x = run(
        "Majelis hakim Pengadilan Tipikor pada PN Binjai menjatuhkan vonis kepada Tumpak Hasibuan. Putusan "
        "dibacakan dalam sidang di Ruang Garuda PN Binjai, Kamis (9/11/2023), dipimpin hakim ketua Marihot "
        "Situmorang, S.H., M.H., dan hakim ad hoc Drs. Raja Bolon."
    )
    assert {(m.person.name, m.role.name, m.organization.name) for m in x.memberships if m.organization} == {
        ("Marihot Situmorang", "Ketua Majelis Hakim", "Pengadilan Tindak Pidana Korupsi Binjai"),
        ("Raja Bolon", "Hakim Ad Hoc", "Pengadilan Tindak Pidana Korupsi Binjai"),
    }


def test_hakim_before_a_name_is_a_judges_title_only_in_court_news() -> None:
    x = run(
        "Para terdakwa hadir di PN Semarang. Ketua Majelis Hakim, Budi Hartono menunda putusan."
        ' "Kami belum siap," kata Hakim Budi di PN Semarang.'
    )
    assert names(x, EntityType.PERSON) == {"Budi Hartono"}
    assert _held(x) == {("Budi Hartono", "Ketua Majelis Hakim", "Pengadilan Negeri Kota Semarang")}
    assert {q.speaker.name for q in x.quotes} == {"Budi Hartono"}
    # two courts: which one is unknown, so the judge is a person alone
    x = run("Perkara itu bergulir di PN Malang dan PN Blitar. Hakim Ketua Budi Hartono membacakan vonis.")
    assert names(x, EntityType.PERSON) == {"Budi Hartono"}
    assert x.memberships == []
    # no court news, or a name's word before it: "Hakim" is a given name
    assert names(run("Hari ini Hakim Santoso menanam padi di sawah."), EntityType.PERSON) == {"Hakim Santoso"}
    x = run("Abdul Hakim Santoso hadir dalam sidang di Pengadilan Negeri Sukamaju.")
    assert names(x, EntityType.PERSON) == {"Abdul Hakim Santoso"}


def test_a_court_written_out_and_by_its_short_form_is_one_court_for_its_judges() -> None:
    x = run(
        "Sidang digelar di Pengadilan Negeri (PN) Semarang. Para terdakwa hadir di PN Semarang."
        " Namun, Ketua Majelis Hakim, Budi Hartono menunda putusan."
    )
    assert _held(x) == {("Budi Hartono", "Ketua Majelis Hakim", "Pengadilan Negeri Kota Semarang")}


def test_a_judge_in_an_article_of_two_courts_sits_in_the_one_his_sentence_names() -> None:
    x = run(
        'Sidang perkara itu digelar di PN Sukamaju. "Benar begitu?" tanya Ketua Majelis Hakim Budi'
        " Hartono di Ruang Sidang Utama Pengadilan Tipikor Sukamaju, Rabu (1/10/2025)."
    )
    assert {(p, r) for p, r, _ in _held(x)} == {("Budi Hartono", "Ketua Majelis Hakim")}
    [(_, _, court)] = _held(x)
    assert court.startswith("Pengadilan Tipikor") or court.startswith("Pengadilan Tindak Pidana Korupsi")
    # two courts, neither in his sentence: which one is unknown
    x = run("Perkara itu bergulir di PN Malang dan PN Blitar. Hakim Ketua Budi Hartono membacakan vonis.")
    assert x.memberships == []


def test_a_judges_kind_and_seat_number_are_no_part_of_his_name() -> None:
    x = run(
        "Terdakwa hadir di Pengadilan Negeri Sukamaju. Hakim Tunggal Budi Hartono membacakan putusan, didampingi"
        " Hakim Anggota II Agus Setiawan."
    )
    assert _held(x) == {
        ("Budi Hartono", "Hakim Tunggal", "Pengadilan Negeri Sukamaju"),
        ("Agus Setiawan", "Hakim Anggota", "Pengadilan Negeri Sukamaju"),
    }


def test_a_regions_name_after_a_natural_features_word_in_a_bodys_name_is_the_features() -> None:
    """ "Badan Pengelola Kawasan Danau Poso": the lake's name ends the body's, no Kabupaten Poso in it."""
    x = run("Badan Pengelola Kawasan Danau Poso (BPKDP) mendukung festival di tepi Danau Poso.")
    assert names(x, EntityType.ORGANIZATION) == {"Badan Pengelola Kawasan Danau Poso"}
    assert "Kabupaten Poso" not in names(x, EntityType.PLACE)


def test_a_public_prosecutor_named_bare_serves_in_the_one_prosecutors_office_named() -> None:
    """ "JPU Tumpak Hasibuan" in a story naming one district prosecutor's office (before or after):
    a prosecutor of that office; of the KPK when the article's prosecutor is the KPK's."""
    x = run(
        "Usai sidang di Pengadilan Negeri Sidikalang, JPU Tumpak Hasibuan, S.H. mengatakan pihaknya masih "
        "pikir-pikir. Tuntutan JPU dari Kejaksaan Negeri (Kejari) Dairi lebih berat."
    )
    assert _held(x) == {("Tumpak Hasibuan", "Jaksa Penuntut Umum", "Kejaksaan Negeri Dairi")}
    x = run("Vonis dibacakan di Pengadilan Negeri Sidikalang. JPU KPK Sahat Pardede mengatakan pikir-pikir.")
    assert _held(x) == {("Sahat Pardede", "Jaksa Penuntut Umum", "Komisi Pemberantasan Korupsi")}


def test_bench_members_listed_after_one_title_all_sit_on_it() -> None:
    """ "hakim anggota Romauli Simbolon, S.H. dan Marihot Situmorang, S.H., M.H.": one title, two
    members; a name after "dan" with a title of its own ("dan jaksa ...") is no member."""
    x = run(
        "Sidang di Pengadilan Negeri Sidikalang dipimpin hakim ketua Tumpak Hasibuan dengan hakim anggota "
        "Romauli Simbolon, S.H., Rosdiana Br Sitanggang dan Marihot Situmorang, S.H., M.H. Hadir pula hakim "
        "anggota Sahat Pardede dan jaksa Abd. Pardede."
    )
    members = {person for person, role, _ in _held(x) if role == "Hakim Anggota"}
    assert members == {"Romauli Simbolon", "Rosdiana Br Sitanggang", "Marihot Situmorang", "Sahat Pardede"}


def test_a_balinese_judges_i_opens_his_name_not_his_seat() -> None:
    """ "kata Hakim Ketua I Wayan Sudarsa": "I" before a Balinese birth-order name opens the judge's name;
    it is no seat number ("Hakim Anggota II Agus")."""
    x = run(
        '"Dakwaan jaksa terbukti," kata Hakim Ketua I Wayan Sudarsa dalam sidang terbuka di Pengadilan Tipikor '
        "Medan."
    )
    assert _held(x) == {("I Wayan Sudarsa", "Ketua Majelis Hakim", "Pengadilan Tindak Pidana Korupsi Medan")}


def test_a_council_sitting_or_a_company_makes_no_court_news() -> None:
    x = run("Dalam sidang paripurna DPRD Kota Malang, Hakim Santoso dari Fraksi PKB menyampaikan pandangan.")
    assert "Hakim Santoso" in names(x, EntityType.PERSON)
    x = run("Direktur PT Sinar Jaya, Hakim Santoso, hadir dalam rapat majelis pengurus.")
    assert "Hakim Santoso" in names(x, EntityType.PERSON)


def test_tax_offices_and_prisons_spelled_out_with_their_class_and_place() -> None:
    x = run(
        "Laporan itu menyasar Kantor Pelayanan Pajak (KPP) Pratama Sukamaju, Banten. Kepala KPP Madya"
        " Malang Budi Hartono hadir. Narapidana di Lembaga Pemasyarakatan (Lapas) Kelas III Sukamaju kabur."
    )
    assert {
        "Kantor Pelayanan Pajak Pratama Sukamaju",
        "Kantor Pelayanan Pajak Madya Malang",
        "Lembaga Pemasyarakatan Kelas III Sukamaju",
    } <= names(x, EntityType.ORGANIZATION)
    assert names(x, EntityType.PERSON) == {"Budi Hartono"}


def test_the_sovereign_wealth_fund_is_one_national_body_however_written() -> None:
    x = run(
        "CEO Badan Pengelola Investasi (BPI) Daya Anagata Nusantara (Danantara), Rudi Hartono, hadir. "
        "Ia menjelaskan program Danantara. KAI berada di bawah BPI Danantara."
    )
    assert names(x, EntityType.ORGANIZATION) >= {"Badan Pengelola Investasi Daya Anagata Nusantara"}
    assert not names(x, EntityType.PROGRAM) and not names(x, EntityType.PLACE)


def test_an_office_holders_ordinal_and_a_relative_before_the_office() -> None:
    x = run(
        "Hadir Presiden ke-5 RI Budi Santoso, Wakil Presiden ke-10 dan 12 Andi Saputra, "
        "Wakil Presiden keenam Ma'ruf Hidayat, istri Presiden ke-4 RI Hasan Basri, Rina Kartika, dan tamu lain."
    )
    held = {(m.person.name, m.role.name, m.organization.name) for m in x.memberships if m.organization}
    assert held == {
        ("Budi Santoso", "Presiden", "Pemerintah Republik Indonesia"),
        ("Andi Saputra", "Wakil Presiden", "Pemerintah Republik Indonesia"),
        ("Ma'ruf Hidayat", "Wakil Presiden", "Pemerintah Republik Indonesia"),
        ("Hasan Basri", "Presiden", "Pemerintah Republik Indonesia"),
    }
    assert "Rina Kartika" in names(x, EntityType.PERSON)


def test_a_national_bodys_office_in_a_region_is_its_own_node_under_the_body() -> None:
    x = run(
        "Kepala BPS Provinsi Jawa Timur, Rina Kartika, memaparkan data. Data BPS RI menunjukkan kenaikan. "
        "Kepala BNN Kota Batu Andi Saputra juga hadir."
    )
    held = {(m.person.name, m.organization.name) for m in x.memberships if m.organization}
    assert held == {
        ("Rina Kartika", "Badan Pusat Statistik Provinsi Jawa Timur"),
        ("Andi Saputra", "Badan Narkotika Nasional Kota Batu"),
    }
    assert "Badan Pusat Statistik" in names(x, EntityType.ORGANIZATION)
    [office] = [e for e in x.entities if e.name == "Badan Pusat Statistik Provinsi Jawa Timur"]
    assert office.parent is not None and office.parent.name == "Badan Pusat Statistik"


def test_a_legislators_party_fraction_after_the_legislature_is_an_affiliation_not_the_body() -> None:
    x = run("Anggota DPRD Kota Batu Fraksi Partai Damai, Andi Saputra, membagikan sembako.")
    [m] = x.memberships
    assert (m.person.name, m.role.name, m.organization.name) == (
        "Andi Saputra",
        "Anggota",
        "Dewan Perwakilan Rakyat Daerah Kota Batu",
    )
    assert not any("Fraksi" in n and "Dewan" in n for n in names(x, EntityType.ORGANIZATION))


def test_an_assistant_written_with_the_secretary_sits_in_the_secretariat() -> None:
    x = run(
        "Asisten II Sekda Kota Batu Rina Kartika dan Asisten Administrasi Umum Sekretaris Daerah Kota Batu Andi Saputra hadir."
    )
    held = {(m.person.name, m.role.name, m.organization.name) for m in x.memberships if m.organization}
    assert held == {
        ("Rina Kartika", "Asisten II", "Sekretariat Daerah Kota Batu"),
        ("Rina Kartika", "Asisten II", "Pemerintah Kota Batu"),
        ("Andi Saputra", "Asisten Administrasi Umum", "Sekretariat Daerah Kota Batu"),
        ("Andi Saputra", "Asisten Administrasi Umum", "Pemerintah Kota Batu"),
    }


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Kepala Pusat Kesehatan Masyarakat (Puskesmas) Dinoyo, Rina Kartika, mengatakan stok aman.",
         ("Rina Kartika", "Kepala", "Puskesmas Dinoyo")),
        ("Kepala Satuan Pelayanan Pemenuhan Gizi (SPPG) Sukamaju, Rina Kartika, mengatakan menu aman.",
         ("Rina Kartika", "Kepala", "SPPG Sukamaju")),
        ("Ketua SPPG Sukamaju Desa Sukaresmi, Rina Kartika menyampaikan permintaan maaf.",
         ("Rina Kartika", "Ketua", "SPPG Sukamaju")),
    ],
)  # fmt: skip
def test_a_named_facilitys_head_spelled_out_or_with_its_village(
    text: str, held: tuple[str, str, str]
) -> None:
    assert {
        (m.person.name, m.role.name, m.organization.name) for m in run(text).memberships if m.organization
    } == {held}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Wajib pajak datang ke Kantor Pelayanan Pajak (KPP) Madya Malang, Senin (3/11/2025). "
            "Kepala KPP Malang Hendra Wiratama menyambut mereka.",
            "Kantor Pelayanan Pajak Madya Malang",
        ),
        (
            "Tersangka ditahan di Lembaga Pemasyarakatan (Lapas) Kelas IIA Banyuwangi selama 20 hari. "
            "Petugas Lapas Banyuwangi memeriksa barang bawaan pengunjung.",
            "Lembaga Pemasyarakatan Kelas IIA Banyuwangi",
        ),
        (
            "Tahanan dipindahkan ke Rutan Kelas IIB Kepanjen. Kepala Rutan Kepanjen Dedi Kurniawan "
            "mengatakan kapasitas penuh.",
            "Rumah Tahanan Negara Kelas IIB Kepanjen",
        ),
    ],
)
def test_a_unit_written_again_without_its_class_is_one_node(text: str, unit: str) -> None:
    orgs = [e for e in extract(Article("x", text)).entities if e.type is EntityType.ORGANIZATION]
    assert [e.name for e in orgs] == [unit]


def test_a_unit_without_its_class_stays_apart_from_two_classed_units() -> None:
    text = (
        "Kantor Pelayanan Pajak (KPP) Madya Malang dan Kantor Pelayanan Pajak (KPP) Pratama Malang "
        "menggelar sosialisasi. Petugas KPP Malang melayani warga."
    )
    orgs = {e.name for e in extract(Article("x", text)).entities if e.type is EntityType.ORGANIZATION}
    assert {"Kantor Pelayanan Pajak Madya Malang", "Kantor Pelayanan Pajak Pratama Malang"} <= orgs
    assert "Kantor Pelayanan Pajak Malang" in orgs


def test_a_name_with_an_age_in_brackets_is_a_person_but_not_a_laws_part_or_initials() -> None:
    x = run(
        "Polisi memburu Rudi Hartono (29) dan Wulan (26), pelaku pembunuhan. "
        "Keduanya dijerat Pasal 340 Ayat (1) KUHP. Tersangka MA (24) sudah ditahan."
    )
    assert names(x, EntityType.PERSON) == {"Rudi Hartono", "Wulan"}


def test_a_name_with_an_age_in_brackets_goes_back_over_an_initial_inside_it() -> None:
    x = run("Keluhan serupa disampaikan Marihot H. Situmorang (47), pekebun kopi dari Desa Bintang.")
    assert names(x, EntityType.PERSON) == {"Marihot H. Situmorang"}


def test_a_head_word_joined_to_another_names_no_body() -> None:
    x = run("Keputusan itu mengatur pemindahan Kementerian atau Lembaga dan Pemindahan ASN ke ibu kota baru.")
    assert not names(x, EntityType.ORGANIZATION)


def test_well_known_national_civil_society_bodies_are_known() -> None:
    x = run(
        "Data Transparency International Indonesia (TII) dan penelitian LIPI dikutip. "
        "Ketua PGRI Kota Batu Rina Kartika hadir bersama HMI dan PMII."
    )
    assert {
        "Transparency International Indonesia",
        "Lembaga Ilmu Pengetahuan Indonesia",
        "Persatuan Guru Republik Indonesia Kota Batu",
        "Himpunan Mahasiswa Islam",
        "Pergerakan Mahasiswa Islam Indonesia",
    } <= names(x, EntityType.ORGANIZATION)


def test_a_comma_closing_a_clause_opened_by_a_conjunction_is_no_apposition() -> None:
    x = run("Meski banyak kritik diarahkan kepada Menkeu, Rudi Hartono justru menilai kritik itu baik.")
    assert not x.memberships and "Rudi Hartono" in names(x, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Lurah 35 Ilir Budi Hartono hadir.", ("Budi Hartono", "Lurah", "Kelurahan Tiga-puluh-lima Ilir")),
        ("Camat Ilir Barat II Budi Hartono hadir.", ("Budi Hartono", "Camat", "Kecamatan Ilir Barat Dua")),
        # "Desa Kuning I" exists, and so does "Desa Kuning": the "I" opens a Balinese name
        ("Kepala Desa Kuning I Wayan Sudana hadir.", ("I Wayan Sudana", "Kepala Desa", "Desa Kuning")),
    ],
)  # fmt: skip
def test_a_local_head_of_a_numbered_district_or_village(text: str, held: tuple[str, str, str]) -> None:
    """The district or village is read whole (a place); its head holds the office in its government."""
    person, role, place = held
    x = run(text)
    assert place in names(x, EntityType.PLACE)
    assert (person, role) in {(m.person.name, m.role.name if m.role else "") for m in x.memberships}


def members(x: Extraction) -> set[tuple[str, str, str]]:
    return {
        (m.person.name, m.role.name, m.organization.name)
        for m in x.memberships
        if m.role is not None and m.organization is not None
    }


KPU_RI = "Komisi Pemilihan Umum Republik Indonesia"


def test_a_bare_election_commission_in_national_news_is_the_national_one() -> None:
    x = run("Ketua KPU Budi Hartanto mengatakan tahapan pemilu berjalan lancar, Senin (2/6/2025).")
    assert members(x) == {("Budi Hartanto", "Ketua", KPU_RI)}
    x = run("Rina Puspita selaku Ketua Bawaslu menyampaikan laporan pengawasan.")
    assert members(x) == {("Rina Puspita", "Ketua", "Badan Pengawas Pemilihan Umum Republik Indonesia")}


def test_a_bare_election_commission_is_national_when_the_article_writes_kpu_ri_elsewhere() -> None:
    x = run(
        "Rapat digelar di Jakarta bersama KPU RI. Surat itu ditandatangani Ketua KPU Budi Hartanto "
        "di Jakarta."
    )
    assert ("Budi Hartanto", "Ketua", KPU_RI) in members(x)
    assert all("Jakarta" not in org for _, _, org in members(x))


def test_a_bare_election_commission_in_a_city_article_stays_the_citys() -> None:
    x = run(
        "Ketua KPU Kota Malang Budi Hartanto membuka rapat pleno di Kota Malang. "
        "Anggota KPU Rina Puspita memaparkan jadwal. Aturan itu mengikuti keputusan KPU RI."
    )
    assert ("Rina Puspita", "Anggota", "Komisi Pemilihan Umum Kota Malang") in members(x)
    assert ("Budi Hartanto", "Ketua", "Komisi Pemilihan Umum Kota Malang") in members(x)


def test_a_bare_regional_body_takes_the_region_of_an_article_about_it_not_of_its_dateline() -> None:
    text = (
        "Syarat calon antara lain surat pengunduran diri sebagai anggota DPR, DPD, dan DPRD. "
        '"Aturannya jelas," kata Budi Hartanto kepada wartawan di kompleks parlemen, Jakarta, Senin (15/9/2025).'
    )
    assert not any("Jakarta" in e.name for e in run(text).entities if e.type is EntityType.ORGANIZATION)
    text = (
        "DPRD Kota Batu menggelar rapat paripurna di Kota Batu, Senin (15/9/2025). "
        "Ketua DPRD Budi Hartanto memimpin rapat itu."
    )
    assert ("Budi Hartanto", "Ketua", "Dewan Perwakilan Rakyat Daerah Kota Batu") in members(run(text))


def test_an_election_commission_written_in_full_in_national_news_is_the_national_one() -> None:
    x = run("Sanksi juga dijatuhkan kepada Bayu Pratama selaku Sekretaris Jenderal Komisi Pemilihan Umum.")
    assert members(x) == {("Bayu Pratama", "Sekretaris Jenderal", KPU_RI)}


def test_selaku_with_a_lower_case_member_and_a_chair_who_is_also_a_member() -> None:
    x = run(
        "Sanksi dijatuhkan kepada Budi Hartanto, selaku Ketua merangkap anggota KPU. "
        "Nama baik Rina Puspita selaku anggota KPU dipulihkan."
    )
    assert members(x) == {("Budi Hartanto", "Ketua", KPU_RI), ("Rina Puspita", "Anggota", KPU_RI)}


def test_a_party_number_before_a_name_is_not_a_balinese_i() -> None:
    x = run("Sanksi dijatuhkan kepada Teradu I Budi Hartanto, selaku Ketua KPU RI.")
    assert members(x) == {("Budi Hartanto", "Ketua", KPU_RI)}


def test_a_unit_ends_at_its_sentence_not_at_the_next_sentences_subject() -> None:
    x = run("Sanksi dijatuhkan kepada Sekjen Kemendagri. DKPP menilai mereka melanggar kode etik.")
    orgs = names(x, EntityType.ORGANIZATION) | {
        e.name for e in x.entities if e.type is EntityType.ORGANIZATION
    }
    assert not any("Dewan Kehormatan" in o and "Kementerian" in o for o in orgs)


def test_each_name_of_a_list_before_masing_masing_selaku_holds_the_office() -> None:
    x = run(
        "Hadir Rina Puspita, Budi Hartanto, dan Andi Wijaya, masing-masing selaku Anggota DPRD "
        "Kota Malang. Dua warga, masing-masing selaku penerima bantuan, ikut hadir."
    )
    body = "Dewan Perwakilan Rakyat Daerah Kota Malang"
    assert members(x) == {(n, "Anggota", body) for n in ("Rina Puspita", "Budi Hartanto", "Andi Wijaya")}
    x = run("Rina Puspita dan Andi Wijaya, masing-masing selaku anggota KPU, hadir dalam rapat.")
    assert members(x) == {("Rina Puspita", "Anggota", KPU_RI), ("Andi Wijaya", "Anggota", KPU_RI)}


def test_a_visiting_head_named_without_the_country_is_of_the_country_the_article_names() -> None:
    x = run(
        "Pesawat kenegaraan yang ditumpangi Presiden Mbekizo tiba di Lanud Halim Perdanakusuma, Jakarta. "
        "Presiden Mbekizo lalu bertemu Presiden Hendra Gunawan di Istana. Ia berterima kasih karena Presiden "
        "Indonesia bersedia menerima kehadiran Presiden Afrika Selatan."
    )
    held = {(m.person.name, m.organization.name) for m in x.memberships if m.organization}
    assert held == {
        ("Mbekizo", "Pemerintah Afrika Selatan"),
        ("Hendra Gunawan", "Pemerintah Republik Indonesia"),
    }


def test_a_head_in_a_foreign_setting_is_not_indonesias() -> None:
    x = run(
        "Bahkan di Korea Selatan, pertemuan antara Presiden Park Min-ho dan mantan Presiden Kim Tae-woo "
        "diadakan sebagai simbol kesatuan. Presiden Hendra Gunawan hadir di Jakarta."
    )
    held = {(m.person.name, m.organization.name) for m in x.memberships if m.organization}
    assert held == {("Hendra Gunawan", "Pemerintah Republik Indonesia")}


def test_a_lower_case_office_after_selaku_is_the_name_befores() -> None:
    x = run("Menurut dia, Rahmat Wibisono selaku ketua Bawaslu RI pada saat itu mengetahui proyek tersebut.")
    assert {(m.person.name, m.role.name) for m in x.memberships} == {("Rahmat Wibisono", "Ketua")}
    x = run("Hadir pula Suryanto Adi selaku kepala Dinas Pendidikan Kota Malang.")
    assert members(x) == {("Suryanto Adi", "Kepala", "Dinas Pendidikan Kota Malang")}
    assert not run("Menurut kepala Dinas Pendidikan Kota Malang, Suryanto Adi, hal itu benar.").memberships


def test_an_assistant_of_the_secretariat_whose_portfolio_is_written_short() -> None:
    x = run(
        "Sementara Asisten I Bidang Pemerintahan dan Kesra Setda Kabupaten Tabanan I Made Surya Wibawa "
        "menyambut baik kegiatan itu."
    )
    assert members(x) == {
        ("I Made Surya Wibawa", "Asisten I Bidang Pemerintahan dan Kesra", body)
        for body in ("Sekretariat Daerah Kabupaten Tabanan", "Pemerintah Kabupaten Tabanan")
    }


def test_an_office_held_then_is_a_former_one() -> None:
    x = run("Mobil itu dipakai Budi Hartono saat masih menjabat sebagai Wali Kota Surakarta.")
    assert [(m.person.name, m.role.name, m.tenure) for m in x.memberships] == [
        ("Budi Hartono", "Wali Kota", "former")
    ]
    x = run("Hal itu disampaikan Budi Hartono yang saat ini menjabat sebagai Wali Kota Surakarta.")
    assert [m.tenure for m in x.memberships] == ["regular"]
    assert not run("Kata Budi Hartono saat Kepala Dinas Pendidikan Kota Malang datang.").memberships


def test_a_name_a_comma_and_sebagai_before_the_office() -> None:
    x = run("Kegiatan itu dibuka oleh Suryanto Adi, sebagai Kepala Dinas Pendidikan Kota Malang.")
    assert members(x) == {("Suryanto Adi", "Kepala", "Dinas Pendidikan Kota Malang")}
    x = run(
        "Kemenangan diraih Hendra Gunawan-Rudi Hartono, sebagai Wali Kota dan Wakil Wali Kota Malang terpilih."
    )
    assert not x.memberships


def test_a_directorate_whose_portfolio_is_a_list_of_three() -> None:
    x = run(
        "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat Kementerian Keuangan Budi Rosmalia "
        "mengatakan target itu tercapai."
    )
    assert members(x) == {
        ("Budi Rosmalia", "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat", "Kementerian Keuangan")
    }


def test_a_directorate_of_a_ministry_written_short_with_its_country() -> None:
    x = run("Direktur Pencegahan Penyakit Kemenkes RI dr Siti Rahmawati mengatakan hal itu.")
    assert members(x) == {("Siti Rahmawati", "Direktur Pencegahan Penyakit", "Kementerian Kesehatan")}


def test_a_minister_by_the_short_form_of_a_new_ministry() -> None:
    x = run("Menteri Imipas Agus Santosa mengatakan hal itu.")
    assert members(x) == {
        ("Agus Santosa", "Menteri Imigrasi dan Pemasyarakatan", "Kementerian Imigrasi dan Pemasyarakatan")
    }


def test_words_run_together_before_an_office_hold_no_office() -> None:
    x = run(
        "KepadadetikNews, Kepala Departemen Politik dan Perubahan Sosial Centre for Strategic and "
        "International Studies (CSIS) Indonesia, Budi Hartono, memiliki pandangan lain."
    )
    assert not any(m.person.name == "KepadadetikNews" for m in x.memberships)


def test_a_unit_head_named_without_the_office_is_of_the_office_named_before() -> None:
    x = run(
        "Kepala Dinas Kesehatan Kota Malang, dr Husnul Santosa, melalui Kepala Bidang Pelayanan Kesehatan, "
        "Budi Wibawa, menjelaskan hal itu."
    )
    assert ("Budi Wibawa", "Kepala Bidang Pelayanan Kesehatan", "Dinas Kesehatan Kota Malang") in members(x)
    x = run(
        "Kepala Dinas Kesehatan Kota Malang, Husnul Santosa, mengatakan hal itu. Sementara itu, Kepala "
        "Bidang Pelayanan Kesehatan, Budi Wibawa, menambahkan penjelasan."
    )
    assert ("Budi Wibawa", "Kepala Bidang Pelayanan Kesehatan", "Dinas Kesehatan Kota Malang") in members(x)
    x = run(
        "Kepala Dinas Kesehatan Kota Malang dan Kepala Badan Kepegawaian Kota Malang bertemu. Kabid Mutasi, "
        "Agus Salim, hadir."
    )
    assert not any(m.person.name == "Agus Salim" for m in x.memberships)


def test_a_bare_head_in_an_article_set_in_one_foreign_country_is_that_countrys() -> None:
    x = run(
        "Badan antariksa AS memangkas riset iklim. Presiden Daniel Carter dikenal sebagai penyangkal "
        "perubahan iklim, kata para ilmuwan di Washington."
    )
    held = {(m.person.name, m.organization.name) for m in x.memberships if m.organization}
    assert held == {("Daniel Carter", "Pemerintah Amerika Serikat")}
    x = run("Presiden Daniel Carter meresmikan jembatan di Kota Malang, Jawa Timur.")
    held = {(m.person.name, m.organization.name) for m in x.memberships if m.organization}
    assert held == {("Daniel Carter", "Pemerintah Republik Indonesia")}


def test_an_office_of_a_body_by_the_abbreviation_the_article_defined() -> None:
    x = run(
        "PT Sinar Hulu Energi (SHE) siap mendukung swasembada. Direktur Utama SHE Rahmat Wibisono "
        "mengatakan hal itu."
    )
    assert members(x) == {("Rahmat Wibisono", "Direktur Utama", "PT Sinar Hulu Energi")}
    x = run(
        "Lembaga Kajian Publik (LKP) menggelar diskusi. Ketua LKP PP Muhammadiyah Ridho Santoso menilai "
        "hal itu penting."
    )
    assert not any(m.person.name.startswith("Muhammadiyah") for m in x.memberships)


def test_a_name_trusted_again_with_an_office_holds_it() -> None:
    x = run("Salah satunya, I Nyoman Sudarma yang kembali dipercaya sebagai Ketua DPC PDIP Badung.")
    assert {(m.person.name, m.role.name) for m in x.memberships} == {("I Nyoman Sudarma", "Ketua DPC")}


@pytest.mark.parametrize(
    ("title", "text", "full", "nick"),
    [
        (
            "Gus Fauzi Resmikan Masjid Baru",
            'Bupati Pasuruan Ahmad Fauzan Rahmat atau akrab disapa Gus Fauzi meresmikan masjid. "Masjid ini '
            'untuk warga," kata Gus Fauzi.',
            "Ahmad Fauzan Rahmat",
            "Gus Fauzi",
        ),
        (
            "Kang Uci Tinjau Sekolah",
            'Gubernur Jawa Barat Ridho Kamaludin yang biasa dipanggil Kang Uci meninjau sekolah. "Sekolah itu '
            'rusak," kata Kang Uci.',
            "Ridho Kamaludin",
            "Kang Uci",
        ),
    ],
)
def test_a_nickname_introduced_beside_the_full_name_is_that_persons(
    title: str, text: str, full: str, nick: str
) -> None:
    x = extract(Article(title=title, text=text, url="https://example.org/a", date="2025-06-11"))
    persons = [e for e in x.entities if e.type == EntityType.PERSON]
    assert [p.name for p in persons] == [full]
    assert nick in persons[0].aliases
    assert {q.speaker.name for q in x.quotes if q.speaker is not None} == {full}


def test_a_graded_programmes_award_names_the_programme_and_its_grade_is_that_award_again() -> None:
    x = run(
        "Kota Batu dinobatkan sebagai Kota Layak Anak (KLA) Kategori Madya dalam penganugerahan tahun ini. "
        "Predikat Madya ini diraih untuk kedua kalinya. Penganugerahan KLA terdiri atas lima peringkat."
    )
    assert "Kota Layak Anak" in names(x, EntityType.PROGRAM)
    assert [a.name for a in x.awards] == ["Kota Layak Anak Kategori Madya"]


def test_a_malay_title_of_two_words_is_no_part_of_the_name() -> None:
    x = run(
        "Hadir Ketua Umum Lembaga Adat Melayu Riau (LAMR) Datuk Seri H. Tengku Zainal Hakim di acara itu."
    )
    assert "Tengku Zainal Hakim" in names(x, EntityType.PERSON)


def test_the_sasak_teachers_title_of_two_words_is_no_part_of_the_name() -> None:
    """ "Ketua PWNU, Tuan Guru Haji Sahat Pardede": "Tuan Guru" (TGH with "Haji") is the title, not a
    name "Guru Haji Sahat Pardede"."""
    assert names(run("Ketua PWNU, Tuan Guru Haji Sahat Pardede, hadir."), EntityType.PERSON) == {
        "Sahat Pardede"
    }


def test_a_companys_bracketed_acronym_spells_its_name_on_through_dan() -> None:
    x = run(
        "Tiga BUMD yakni PT Cahaya Surya, PT Mitra Niaga dan Logistik (MNL) dan PT Bangun Prasarana "
        "berkolaborasi. Kerja sama PT Cahaya Surya dan Bank Sejahtera (BS) diteken."
    )
    companies = {n for n in names(x, EntityType.ORGANIZATION) if n.startswith("PT")}
    assert companies == {"PT Cahaya Surya", "PT Mitra Niaga dan Logistik", "PT Bangun Prasarana"}


def test_a_courts_panel_is_the_court_and_its_city_written_bare_or_in_full_is_one_court() -> None:
    x = run(
        '"Menuntut Majelis Pengadilan Negeri Semarang menjatuhkan pidana," kata jaksa Hartono Wibisono. '
        "Mahasiswa memadati PN Semarang sejak siang."
    )
    courts = [n for n in names(x, EntityType.ORGANIZATION) if "Pengadilan" in n]
    assert courts == ["Pengadilan Negeri Kota Semarang"]
    # police resorts stay two: the regency's "Polres Malang" and the city's "Polres Kota Malang"
    x = run("Polres Malang dan Polres Kota Malang menggelar apel bersama.")
    assert len([n for n in names(x, EntityType.ORGANIZATION) if n.startswith("Kepolisian")]) == 2


def test_a_first_name_a_man_and_his_wife_share_is_his_after_pak() -> None:
    x = run(
        "Karnaval diberangkatkan Pj Wali Kota Batu Dr. Andi Rahmat Suganda, M.Si. Turut hadir Ketua TP PKK "
        "Kota Batu Ny. Andi Nurlaila Rahmat. Pria yang akrab disapa Pak Andi itu mengajak warga guyub. "
        "Menurut Andi, tema itu mencerminkan tekad warga."
    )
    persons = {e.name: e for e in x.entities if e.type is EntityType.PERSON}
    assert set(persons) == {"Andi Rahmat Suganda", "Andi Nurlaila Rahmat"}
    assert {"Pak Andi", "Andi"} <= persons["Andi Rahmat Suganda"].aliases


def test_a_grade_won_in_a_named_evaluation_is_an_award_of_that_evaluation() -> None:
    x = run("Pemkot Madiun meraih predikat BB dalam evaluasi SAKIP tahun 2023.")
    assert awarded(x) == [("SAKIP BB 2023", "Pemerintah Kota Madiun")]
    x = run(
        "Pemkot Madiun meraih predikat A pada evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)."
    )
    assert [a.name for a in x.awards] == ["SAKIP A"]
    assert not run("Pemkot Madiun meraih predikat BB.").awards  # a grade of nothing named


@pytest.mark.parametrize("address", ["Bang", "Bli", "Uda", "Julak", "Om", "Opung"])
def test_a_regional_form_of_address_before_a_name_is_no_part_of_a_new_person(address: str) -> None:
    x = run(
        f'Wali Kota Sukamaju Rahmat Hidayat meninjau pasar, Senin (3/6/2024). "Kita bergerak cepat," kata {address} Rahmat.'
    )
    assert [e.name for e in x.entities if e.type is EntityType.PERSON] == ["Rahmat Hidayat"]
    assert [q.speaker.name for q in x.quotes] == ["Rahmat Hidayat"]


def test_a_movement_named_beside_the_team_that_runs_it_is_one_body() -> None:
    x = run("Ketua Tim Penggerak PKK Kota Batu Ny. Sri Lestari hadir. PKK Kota Batu menggelar lomba masak.")
    assert [n for n in names(x, EntityType.ORGANIZATION) if "Keluarga" in n] == [
        "Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kota Batu"
    ]


@pytest.mark.parametrize("bracket", ["(TP PKK)", "(TP-PKK)"])
def test_a_known_body_with_another_of_its_short_forms_in_brackets_goes_on_to_its_region(bracket: str) -> None:
    """``Ketua Tim Penggerak PKK (TP PKK) Kabupaten X, Y``: the bracket is the team's other short form, so
    the region after it is the team's, as in "Tim Penggerak PKK Kabupaten X", and the person its head."""
    x = run(
        f"Lomba itu dibuka Ketua Tim Penggerak PKK {bracket} Kabupaten Samosir, Romauli Simbolon, S.E., pagi tadi."
    )
    [team] = [e for e in x.entities if e.type is EntityType.ORGANIZATION and "Keluarga" in e.name]
    assert team.name == "Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kabupaten Samosir"
    assert "Tim Penggerak PKK Kabupaten Samosir" in team.aliases
    assert [(m.person.name, m.organization.name if m.organization else None) for m in x.memberships] == [
        ("Romauli Simbolon", team.name)
    ]


def test_a_commission_seat_named_by_this_member_is_held_in_the_legislature_too() -> None:
    x = run(
        '"Pengawasan harus ketat," kata Harsono di kompleks parlemen, Senin (6/10/2025). '
        "Anggota Komisi XII DPR itu mengatakan ekspor perlu dijaga."
    )
    held = {
        (m.person.name, m.role.name if m.role else None, m.organization.name if m.organization else None)
        for m in x.memberships
    }
    assert ("Harsono", "Anggota Komisi XII", "Dewan Perwakilan Rakyat") in held


def test_a_given_name_written_short_with_a_period_goes_on_in_the_name() -> None:
    x = run(
        "Ketua DPRD Kabupaten Pasuruan H. Moch. Sulaiman hadir di Jalan Moh. Hatta bersama Andi Muh. "
        "Irwan Petta Lolo dan Abd. Karim."
    )
    assert names(x, EntityType.PERSON) == {"Moch. Sulaiman", "Andi Muh. Irwan Petta Lolo", "Abd. Karim"}
    assert "Jalan Moh. Hatta" in names(x, EntityType.PLACE)


@pytest.mark.parametrize("written", ["Moh. Binsar Manurung,", "Muh. Binsar Manurung, S.Sos.,"])
def test_a_given_name_written_short_opens_the_name_the_tagger_reads_after_it(written: str) -> None:
    """``atas nama Moh. Binsar Manurung``, tagged from "Binsar": the short given name before it, with its
    period, opens the name (no capitalised word stands before it)."""
    x = run(f"Penghargaan itu atas nama {written} kader posyandu di Kecamatan Pangururan.")
    assert names(x, EntityType.PERSON) == {written.split(",")[0]}


def test_a_nickname_given_to_a_title_is_its_holders() -> None:
    x = run(
        "Bupati Lumajang H. Achmad Syafiqurrahman meresmikan pasar, Kamis (17/7/2025).\n"
        "Dalam sambutannya, Bupati yang akrab disapa Gus Syafiq itu meminta pedagang menjaga pasar.\n"
        "“Monggo dirawat bareng-bareng,” pesan Gus Syafiq."
    )
    assert names(x, EntityType.PERSON) == {"Achmad Syafiqurrahman"}
    assert [q.speaker.name for q in x.quotes] == ["Achmad Syafiqurrahman"]


def test_a_place_word_ending_a_bodys_name_before_a_titled_holder_is_the_bodys() -> None:
    for text in (
        "Ketua Paguyuban Pedagang Pasar Wonoayu, H. Marjono, mengaku lega.",
        "Ketua Paguyuban Pedagang Pasar Wonoayu H. Marjono mengaku lega.",
    ):
        x = run(text)
        assert names(x, EntityType.PERSON) == {"Marjono"}
        assert [(m.person.name, m.organization.name if m.organization else None) for m in x.memberships] == [
            ("Marjono", "Paguyuban Pedagang Pasar Wonoayu")
        ]


def test_a_married_name_ending_in_the_husbands_after_a_hyphen_is_one_person() -> None:
    x = run("Pj Ketua Tim Penggerak PKK Kota Kupang Ny. Yohana Maria Bili-Lado hadir.")
    assert names(x, EntityType.PERSON) == {"Yohana Maria Bili-Lado"}
    assert not names(run("Pasangan Eri Cahyadi-Armuji hadir di Balai Kota."), EntityType.PERSON) & {
        "Eri Cahyadi-Armuji"
    }


def test_a_national_body_and_its_representative_office_named_together_are_two_bodies() -> None:
    x = run(
        "Pemkot Pontianak meraih opini WTP dari Badan Pemeriksa Keuangan (BPK) Republik Indonesia. Laporan "
        "diserahkan Kepala BPK RI Perwakilan Provinsi Kalimantan Barat, Dr. Hendra Wiratmaja."
    )
    bodies = names(x, EntityType.ORGANIZATION)
    assert {
        "Badan Pemeriksa Keuangan",
        "Badan Pemeriksa Keuangan Perwakilan Provinsi Kalimantan Barat",
    } <= bodies


def test_an_abbreviation_spelled_out_without_the_region_and_used_with_it_is_one_body() -> None:
    x = run(
        "Wali Kota Bandung Asep Gumilar hadir. Berdasarkan data Dinas Koperasi dan Usaha Kecil Menengah "
        "(Diskop UKM), UMKM tumbuh. Kepala Diskop UKM Kota Bandung, Hj. Euis Rahmawati, menjelaskan program."
    )
    dinas = [
        e for e in x.entities if e.type is EntityType.ORGANIZATION and e.name.startswith("Dinas Koperasi")
    ]
    assert [d.name for d in dinas] == ["Dinas Koperasi dan Usaha Kecil dan Menengah Kota Bandung"]


def test_a_body_in_a_province_beside_its_representative_office_there_is_that_office() -> None:
    x = run(
        "Sleman meraih penghargaan dari Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) Perwakilan "
        "DIY. Penghargaan diserahkan oleh Kepala Perwakilan BKKBN DIY, Drs. Yohanes Wirakusuma."
    )
    offices = [
        e.name for e in x.entities if e.type is EntityType.ORGANIZATION and "Keluarga Berencana" in e.name
    ]
    assert offices == ["Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional Provinsi DI Yogyakarta"]


def test_a_headquarters_after_di_is_a_place_and_elsewhere_the_body() -> None:
    x = run("Hal itu disampaikan dalam jumpa pers di Mabes Polri, Jakarta Selatan, Selasa (21/10/2025).")
    assert "Mabes Polri" in names(x, EntityType.PLACE)
    assert "Markas Besar Kepolisian Negara Republik Indonesia" not in names(x, EntityType.ORGANIZATION)
    x = run("Surat itu datang dari Mabes Polri kemarin. Mabes Polri membuka kembali kasus ini.")
    assert "Markas Besar Kepolisian Negara Republik Indonesia" in names(x, EntityType.ORGANIZATION)
    assert not names(x, EntityType.PLACE)


def test_a_ministry_and_the_agency_its_minister_heads_written_with_a_slash_are_one_body() -> None:
    x = run(
        "Jatim menerima penghargaan dari Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan "
        "Pembangunan Nasional (Bappenas) di Jakarta. Data Kementerian Investasi dan Hilirisasi/BKPM "
        "mencatat realisasi investasi naik. BPS juga hadir."
    )
    orgs = {e.name: e.aliases for e in x.entities if e.type is EntityType.ORGANIZATION}
    assert "Bappenas" in orgs["Kementerian Perencanaan Pembangunan Nasional"]
    assert "BKPM" in orgs["Kementerian Investasi dan Hilirisasi"]
    assert not {"Badan Perencanaan Pembangunan Nasional", "Badan Koordinasi Penanaman Modal"} & set(orgs)
    assert "Badan Pusat Statistik" in orgs  # an agency named apart stays one of its own


def test_a_deputys_portfolio_stays_in_the_role_and_makes_no_body() -> None:
    x = run("Menurut Deputi Bidang Statistik Sosial BPS, Ratna Hartono, angka kemiskinan turun.")
    [m] = x.memberships
    assert (m.role.name, m.organization and m.organization.name) == (
        "Deputi Bidang Statistik Sosial",
        "Badan Pusat Statistik",
    )
    assert names(x, EntityType.ORGANIZATION) == {"Badan Pusat Statistik"}
    # a division a head heads, written out, is in the office too
    x = run("Kepala Bagian Pemerintahan Setda Kota Batu Rina Astuti hadir.")
    assert names(x, EntityType.ORGANIZATION) == {"Sekretariat Daerah Kota Batu"}


def test_a_known_body_whose_name_runs_through_a_title_word_is_read_whole() -> None:
    x = run(
        "Wali Kota Blitar Hendra Wijaya melantik pejabat di Balai Kota Blitar. Kepala Satuan Polisi "
        "Pamong Praja Rudy Santoso hadir."
    )
    assert ("Rudy Santoso", "Kepala", "Satuan Polisi Pamong Praja Kota Blitar") in _held(x)
    x = run("Sebanyak 26 pegawai Direktorat Jenderal Pajak (DJP) Kementerian Keuangan dipecat.")
    assert "Direktorat Jenderal Pajak" in names(x, EntityType.ORGANIZATION)


def test_an_english_vice_presidents_office_is_an_office() -> None:
    x = run(
        "Senior Vice President Lembaga Pengembangan Perbankan Indonesia (LPPI), Rina Siahaan, menjelaskan "
        "pembiayaan hijau naik."
    )
    assert ("Rina Siahaan", "Senior Vice President", "Lembaga Pengembangan Perbankan Indonesia") in _held(x)


@pytest.mark.parametrize(
    "text",
    [
        "Sementara itu, Vice President Corporate Communication Pertamina, Rina Hartati menambahkan hal itu.",
        "Hal itu diungkapkan Vice President Corporate Communication PT Pertamina (Persero) Rina Hartati.",
    ],
)
def test_an_english_title_with_its_portfolio_before_a_company_known_by_a_word(text: str) -> None:
    [m] = run(text).memberships
    assert (m.person.name, m.role.name, m.organization and m.organization.name) == (
        "Rina Hartati",
        "Vice President Corporate Communication",
        "PT Pertamina (Persero)",
    )


def test_a_quoted_theme_names_no_body() -> None:
    x = run(
        "Musrenbang itu mengusung tema ‘Penguatan Ekonomi Lokal dan Pemerataan Infrastruktur untuk Kota Sukamaju’."
    )
    assert not any("Penguatan" in n for n in names(x, EntityType.ORGANIZATION))


def test_a_fellowship_after_a_degree_is_no_body() -> None:
    x = run(
        "Direktur RSUD Sukamaju, dr. Hendra Wiratama, Sp.PD., FINASIM, menyatakan kesiapan rumah sakitnya."
    )
    assert "FINASIM" not in names(x, EntityType.ORGANIZATION)
    assert names(x, EntityType.PERSON) == {"Hendra Wiratama"}


def test_a_call_centre_is_no_body() -> None:
    x = run("Warga dapat melaporkan gangguan kamtibmas melalui layanan Call Center 110.")
    assert not names(x, EntityType.ORGANIZATION)


def test_a_division_written_before_a_ministry_by_its_short_name_sits_in_the_ministry() -> None:
    [m] = run("Penghargaan diserahkan Deputi Bidang Usaha Mikro Kementerian UMKM Budi Santoso.").memberships
    assert (
        m.organization is not None and m.organization.name == "Kementerian Usaha Mikro, Kecil, dan Menengah"
    )
    assert m.role.name == "Deputi Bidang Usaha Mikro"


def test_a_prison_named_by_its_class_then_its_area_and_town_is_named_whole() -> None:
    """ "Lapas Kelas IIA Simbelin Sibolga": the class, the area it stands in, then its town; one body."""
    x = run("Terdakwa mengikuti sidang secara daring dari Lapas Kelas IIA Simbelin Sibolga.")
    assert names(x, EntityType.ORGANIZATION) == {"Lembaga Pemasyarakatan Kelas IIA Simbelin Sibolga"}


def test_a_koramil_numbered_within_its_kodim_is_the_danramil_s_body() -> None:
    [m] = run("Hadir Danramil 0811-04/Sukorejo Kapten Inf Bagus Wirawan dalam acara itu.").memberships
    assert m.organization is not None and m.organization.name == "Komando Rayon Militer 0811-04/Sukorejo"


def test_a_tourism_awareness_group_is_named_by_words_that_open_credit_lines() -> None:
    [m] = run("Ketua Pokdarwis Sumber Lestari, Imam Wahyudi, mengaku tidak menyangka.").memberships
    assert (m.role.name, m.organization.name if m.organization else None) == (
        "Ketua",
        "Pokdarwis Sumber Lestari",
    )


def test_an_interim_chair_of_a_legislature_holds_that_office() -> None:
    [m] = run("Hadir Ketua Sementara DPRD Kota Batu Hj. Ratna Wulandari dalam acara itu.").memberships
    assert (m.person.name, m.role.name) == ("Ratna Wulandari", "Ketua Sementara")


def test_a_party_to_a_case_is_no_body() -> None:
    x = run("Video itu diunggah bukan oleh Pemohon PK. Budi Hartawan hanya diwawancarai.")
    assert not names(x, EntityType.ORGANIZATION)


def test_a_panewu_is_an_official_of_the_regency() -> None:
    x = run("Ia didampingi Panewu Sleman Agus Wiryawan, S.IP., di balai desa.")
    assert {
        (m.person.name, m.role.name, m.organization.name if m.organization else None) for m in x.memberships
    } == {
        ("Agus Wiryawan", "Panewu", "Pemerintah Kabupaten Sleman"),
    }


@pytest.mark.parametrize(
    ("text", "university", "person"),
    [
        ("Rektor Universitas Jenderal Achmad Yani Budi Santoso hadir.", "Universitas Jenderal Achmad Yani", "Budi Santoso"),
        ("Hadir Wakil Rektor Bidang Kemahasiswaan Universitas Jenderal Soedirman (Unsoed) Prof. Dr. Sri Lestari, M.Si.",
         "Universitas Jenderal Soedirman", "Sri Lestari"),
    ],
)  # fmt: skip
def test_a_university_named_after_a_general_keeps_his_name(text: str, university: str, person: str) -> None:
    [m] = run(text).memberships
    assert (m.person.name, m.organization.name if m.organization else None) == (person, university)


def test_a_vice_rector_s_portfolio_is_no_unit_of_the_university() -> None:
    x = run("Hadir Wakil Rektor Bidang Kemahasiswaan Universitas Sukamaju Prof. Dr. Sri Lestari, M.Si.")
    assert names(x, EntityType.ORGANIZATION) == {"Universitas Sukamaju"}


def test_a_name_inside_a_quoted_product_name_is_no_person() -> None:
    x = run(
        "Peserta Siti Aminah, pemilik usaha keripik pisang ‘Sale Mbok Sarni’ asal Desa Kemiren, mengaku senang."
    )
    assert names(x, EntityType.PERSON) == {"Siti Aminah"}


def test_a_tourism_slogan_is_no_person() -> None:
    assert not names(
        run("Juri menilai penerapan sadar wisata dan Sapta Pesona di desa itu."), EntityType.PERSON
    )


def test_a_movement_written_bare_is_its_members_everywhere_but_with_its_region_or_a_title_one_body() -> None:
    x = run(
        "Wali Kota Bontang, Rahmat Sulaiman, meminta ibu-ibu PKK dan kader PKK rutin mendata warga. "
        "Pendataan dibantu kelompok PKK di setiap RT."
    )
    assert not any("Keluarga" in n or n == "PKK" for n in names(x, EntityType.ORGANIZATION))
    x = run("Ketua PKK Kota Bontang, Ny. Sari Rahmat, membuka lomba itu.")
    assert any(n.endswith("Kota Bontang") and "Keluarga" in n for n in names(x, EntityType.ORGANIZATION))


def test_a_short_name_after_an_abbreviation_the_article_spells_out_is_the_name_alone() -> None:
    x = run(
        "Kepala Dinas Pariwisata (Disparta) Kota Tegal, Dra. Sulastri Wibowo, M.M., hadir. "
        "Sementara itu, Kepala Disparta Sulastri menambahkan, kunjungan naik."
    )
    assert names(x, EntityType.PERSON) == {"Sulastri Wibowo"}
    assert {q.speaker.name for q in x.quotes} <= {"Sulastri Wibowo"}


def test_the_volunteer_bodies_of_an_operation_roll_call_are_bodies_and_a_street_after_one_a_place() -> None:
    x = run("Personel gabungan terdiri dari TNI, Dishub, Pramuka, Senkom, ORARI hingga relawan.")
    found = names(x, EntityType.ORGANIZATION)
    assert {"Gerakan Pramuka", "Sentra Komunikasi Mitra Polri", "Organisasi Amatir Radio Indonesia"} <= found
    assert not names(x, EntityType.PLACE)
    assert names(run("Ia tinggal di Jalan Pramuka Nomor 3."), EntityType.PLACE) == {"Jalan Pramuka"}


def test_a_health_post_keeps_the_number_after_its_name() -> None:
    x = run("Bupati meninjau Posyandu Kenanga 4 Desa Sukorejo, Kamis (14/11/2024).")
    assert "Posyandu Kenanga 4" in names(x, EntityType.ORGANIZATION)
    assert "Posyandu Kenanga" not in names(x, EntityType.ORGANIZATION) | names(x, EntityType.PLACE)


def test_a_prize_handed_by_its_lower_case_noun_goes_to_the_untitled_winner_not_to_where_she_comes_from() -> (
    None
):
    x = run(
        "Wali Kota juga menyerahkan piagam penghargaan Kader Posyandu Teladan Tingkat Kota Tegal Tahun 2024 "
        "kepada Ratna Sulistyani dari Posyandu Kenanga 4 Kelurahan Mintaragen."
    )
    (award,) = x.awards
    assert award.name.startswith("Kader Posyandu Teladan") and award.recipient is not None
    assert award.recipient.name == "Ratna Sulistyani"
    assert not any("Teladan" in n for n in names(x, EntityType.ORGANIZATION))


def test_a_meetings_agenda_is_its_topic_not_the_event() -> None:
    x = run(
        "DPRD Kota Tegal menggelar Rapat Paripurna dengan agenda Penyampaian Laporan Panitia Khusus, "
        "Senin (18/11/2024). Rapat berlangsung di Gedung DPRD Kota Tegal."
    )
    (event,) = x.events
    assert event.name.startswith("Rapat Paripurna") and event.location is not None


def test_a_rank_won_in_a_named_contest_is_named_with_it_and_its_category() -> None:
    x = run(
        "Desa Sukorejo meraih Juara II kategori Desa Wisata Rintisan dalam Anugerah Wisata Nusantara 2024 "
        "yang digelar Kementerian Pariwisata."
    )
    assert [a.name for a in x.awards] == [
        "Juara II Anugerah Wisata Nusantara 2024 kategori Desa Wisata Rintisan"
    ]
    assert [a.name for a in run("Tim itu meraih juara 1 pada Senin lalu.").awards] == ["Juara 1"]


def test_a_grade_won_is_named_as_the_grade_and_whose_award_it_is_names_no_award() -> None:
    x = run(
        "Sebanyak 12 badan publik meraih predikat Informatif tahun ini. Penghargaan untuk Pemkab Sukamaju "
        "diterima langsung Bupati Sukamaju, sedangkan untuk Pemko Wonorejo diterima Kepala Diskominfo."
    )
    assert {a.name for a in x.awards} == {"Predikat Informatif"}


def test_a_trophy_named_by_the_last_words_of_an_award_won_is_that_award() -> None:
    x = run(
        "Kabupaten Sukamaju meraih Penghargaan Kabupaten Sehat Tahun 2025 kategori Swasti Saba Padapa. "
        "Trofi Swasti Saba Padapa kemudian diserahkan Bupati kepada Forum Kabupaten Sehat Sukamaju."
    )
    assert {a.name for a in x.awards} == {"Kabupaten Sehat Tahun 2025 kategori Swasti Saba Padapa"}


def test_a_rank_won_at_an_arena_abbreviated_is_named_with_it_and_a_village_wins_as_its_government() -> None:
    x = run(
        "Kepala Desa Sukorejo, Budi Hartono, menerima trofi itu. Desa Sukorejo meraih juara II kategori "
        "Desa Wisata Rintisan pada ajang AWN 2025 yang diselenggarakan Kementerian Pariwisata."
    )
    (award,) = x.awards
    assert award.name == "Juara II AWN 2025 kategori Desa Wisata Rintisan"
    assert award.recipient is not None and award.recipient.name == "Pemerintah Desa Sukorejo"


def test_a_subheadings_last_words_do_not_run_on_into_the_paragraph() -> None:
    x = run(
        "Wali Kota menerima tamu di kantornya, Senin (18/11/2024).\n"
        "Syukuran di Rumah Dinas\nCapaian tersebut kemudian disyukuri bersama warga."
    )
    assert not any("\n" in n for n in names(x, EntityType.PLACE) | names(x, EntityType.ORGANIZATION))


def test_an_award_handed_by_a_minister_is_conferred_by_the_ministry_not_a_programme() -> None:
    x = run(
        "Kota Tegal meraih penghargaan Kota Sehat Wistara Tahun 2024 yang diserahkan oleh Menteri Kesehatan "
        "di Jakarta, Senin (18/11/2024). Kementerian Kesehatan menilai tatanan kota."
    )
    assert not names(x, EntityType.PROGRAM)
    assert [a.conferred_by.name if a.conferred_by else None for a in x.awards] == ["Kementerian Kesehatan"]


def test_a_universitys_study_programme_is_neither_a_programme_nor_a_body() -> None:
    x = run("Rektor mengatakan Program Studi Teknik Sipil dan Teknik Lingkungan akan menurunkan dosen.")
    assert not names(x, EntityType.PROGRAM) and not names(x, EntityType.ORGANIZATION)


def test_an_enterprises_own_abbreviation_after_a_name_with_a_bracket_inside_it() -> None:
    x = run(
        "Pemkot bersama Perusahaan Umum Daerah (Perumda) Tirta Kencana Tegal (PTKT) menandatangani nota. "
        "Direktur Utama PTKT Ir. H. Bagus Wicaksono, M.T., hadir."
    )
    assert "PTKT" in names(x, EntityType.ORGANIZATION) or any(
        "PTKT" in e.aliases for e in x.entities if e.type is EntityType.ORGANIZATION
    )
    assert [(m.person.name, m.organization.name if m.organization else None) for m in x.memberships] == [
        ("Bagus Wicaksono", "Perusahaan Umum Daerah Tirta Kencana Tegal")
    ]


def test_a_list_of_appointments_with_degrees_gives_each_name_its_own_office() -> None:
    x = run(
        "Pejabat yang dilantik antara lain Sri Rahayu Lestari, S.E., M.Si., sebagai Kepala Bagian Umum "
        "Setda Kota Tegal, Bagus Prasetyo Aji, S.IP., sebagai Camat Margadana. Selain itu, Dra. Wulan "
        "Sekarsari, M.Pd., dilantik sebagai Sekretaris Dinas Pendidikan, sedangkan Yanuar Hadi Saputra, "
        "S.Sos., dipercaya menjadi Lurah Kraton."
    )
    held = {(m.person.name, m.role.name) for m in x.memberships}
    assert ("Sri Rahayu Lestari", "Kepala Bagian Umum") in held
    assert ("Bagus Prasetyo Aji", "Camat") in held
    assert ("Wulan Sekarsari", "Sekretaris") in held
    assert ("Yanuar Hadi Saputra", "Lurah") in held
    assert not any(p == "Bagus Prasetyo Aji" and r != "Camat" for p, r in held)


def test_a_naval_base_commander_a_nurses_title_and_a_university_abbreviated_in_mixed_case() -> None:
    x = run(
        "Hadir Danlanal Tegal Kolonel Laut (P) Hendra Wibisono dan Kepala Puskesmas Slerok, Ns. Hj. Rosmiati, S.Kep."
    )
    held = {
        (m.person.name, m.role.name, m.organization.name if m.organization else None) for m in x.memberships
    }
    assert (
        "Hendra Wibisono",
        "Komandan Pangkalan TNI Angkatan Laut",
        "Pangkalan TNI Angkatan Laut Tegal",
    ) in held
    assert ("Rosmiati", "Kepala", "Puskesmas Slerok") in held
    x = run(
        "Pemkot dan Universitas Pancasakti (Upstegal) meneken nota. Hadir Rektor Upstegal Dr. Hj. Ratna Dewi."
    )
    assert {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships} == {
        ("Ratna Dewi", "Universitas Pancasakti")
    }


def test_a_village_enterprise_spelled_out_with_no_village_after_it_is_no_one_body() -> None:
    x = run(
        "Kepala Dinas Kesehatan Kabupaten Tegal, dr. Sri Wahyuni, mengatakan Pemerintah Kabupaten Tegal "
        "berencana bekerja sama dengan Badan Usaha Milik Desa (BUMDes).\nDi sisi lain, Bupati Tegal hadir."
    )
    assert not any("Usaha Milik Desa" in n or "BUMDes" in n for n in names(x, EntityType.ORGANIZATION))


def test_a_police_directorate_or_unit_before_its_command_sits_in_that_command() -> None:
    x = run("Kami berkoordinasi dengan Ditlantas Polda Jateng dan Satreskrim Polres Tegal.")
    found = names(x, EntityType.ORGANIZATION)
    assert "Direktorat Lalu Lintas Kepolisian Daerah Jawa Tengah" in found
    assert "Satuan Reserse Kriminal Kepolisian Resor Tegal" in found
    assert not any("Provinsi" in n for n in found)


def test_a_venue_written_short_joins_the_venue_written_in_full_in_the_article() -> None:
    x = run(
        "Pemkot menutup jembatan di Jalan Cempaka Wangi Tegal, Senin (18/11/2024). "
        "Pengendara diminta tidak melintas di Jalan Cempaka Wangi selama perbaikan."
    )
    assert [n for n in names(x, EntityType.PLACE) if "Cempaka" in n] == ["Jalan Cempaka Wangi Tegal"]


def test_a_far_towns_name_that_a_venue_ends_with_an_epithet_and_an_operators_abbreviation_are_the_venue() -> (
    None
):
    x = run(
        "BANYUWANGI – Bupati Banyuwangi meninjau pos di Pelabuhan ASDP Ketapang, Kecamatan Kalipuro. "
        "Arus di Pelabuhan Ketapang ramai. Usai dari Ketapang, rombongan ke Terminal Sritanjung di Bumi Blambangan."
    )
    places = names(x, EntityType.PLACE)
    assert "Pelabuhan Ketapang" in places and "Pelabuhan ASDP Ketapang" not in places
    assert "Kabupaten Ketapang" not in places and not any(p.startswith("Bumi") for p in places)
    assert "Bumi Perkemahan Cibubur" in names(
        run("Jambore digelar di Bumi Perkemahan Cibubur."), EntityType.PLACE
    )


def test_two_offices_joined_by_selaku_before_one_name_are_both_held() -> None:
    x = run(
        "Bupati didampingi Wakil Bupati Tegal selaku Ketua Tim Percepatan Penurunan Stunting (TPPS) "
        "Kabupaten Tegal, Dr. H. Ahmad Fauzan Ridwan."
    )
    held = {(m.role.name, m.organization.name if m.organization else None) for m in x.memberships}
    assert held == {
        ("Wakil Bupati", "Pemerintah Kabupaten Tegal"),
        ("Ketua", "Tim Percepatan Penurunan Stunting Kabupaten Tegal"),
    }
    x = run("Sekda Kota Tegal, Agus Setiawan selaku Ketua TAPD, hadir.")
    assert ("Ketua", "Tim Anggaran Pemerintah Daerah Kota Tegal") in {
        (m.role.name, m.organization.name if m.organization else None) for m in x.memberships
    }


def test_a_hospitals_namesake_initials_and_dalam_negeri_stay_inside_the_names() -> None:
    x = run(
        "Ambulans dari RSUD R.M. Sukardjo siaga. Ajang itu digelar Badan Strategi Kebijakan Dalam Negeri (BSKDN)."
    )
    found = names(x, EntityType.ORGANIZATION)
    assert {"RSUD R.M. Sukardjo", "Badan Strategi Kebijakan Dalam Negeri"} <= found
    assert not {"RSUD R.M", "Badan Strategi Kebijakan"} & found


def test_a_makassar_daeng_stays_inside_the_name_and_setdako_is_the_city_secretariat() -> None:
    x = run(
        "PADANG – Ketua Kelompok Tani Sipakatau, Hamzah Dg. Rapi, mengaku terbantu. Hadir Asisten "
        "Pemerintahan Setdako Padang, Drs. Zulkarnain Dt. Rajo Ameh, M.Si."
    )
    assert {"Hamzah Dg. Rapi", "Zulkarnain"} <= names(x, EntityType.PERSON)  # (the Minang title kept beside)
    assert not any("Setdako" in n for n in names(x, EntityType.PERSON))
    assert "Sekretariat Daerah Kota Padang" in names(x, EntityType.ORGANIZATION)


def test_branch_offices_their_holders_and_two_places_of_learning_joined_by_dan() -> None:
    x = run(
        "Hadir Kepala BPJS Kesehatan Cabang Tegal Bagus Hendra Wicaksana, S.E., AAK. Bupati meminta "
        "Perum Bulog Kantor Cabang Tegal menyerap gabah. Kami menggandeng Universitas Pancasakti dan "
        "Poltekkes Kemenkes Semarang untuk pelatihan."
    )
    found = names(x, EntityType.ORGANIZATION)
    assert "Perum Badan Urusan Logistik Cabang Tegal" in found
    assert "Universitas Pancasakti" in found and not any(" dan " in n for n in found)
    assert not any("Kantor Cabang" in n or "AAK" in n or "Bagus" in n for n in found)
    assert ("Bagus Hendra Wicaksana", "Kepala") in {(m.person.name, m.role.name) for m in x.memberships}


def test_a_village_heads_short_name_after_kades_is_no_village_and_a_bare_title_finds_its_one_holder() -> None:
    x = run(
        "KOTA BATU – Trofi diterima Kepala Desa Sumberwangi, Sugeng Wahyudi Prakoso, kemarin. Dalam "
        'kesempatan yang sama, Kades Sugeng mengungkapkan hadiah akan dipakai. "Kami ingin memperbaiki '
        'jalan," katanya.'
    )
    assert "Desa Sugeng" not in names(x, EntityType.PLACE)
    assert [q.speaker.name for q in x.quotes] == ["Sugeng Wahyudi Prakoso"]
    x = run(
        "Penghargaan diterima Bupati Tegal Drs. H. Mochamad Sholeh Hadiwijaya, M.Si. di Jakarta. Dua hari "
        "kemudian, Bupati Sholeh menyerahkan KIS. Turut hadir Wakil Bupati Tegal Hj. Umi Salamah Rofiq, "
        "S.Ag., dan Sekda Tegal Ir. Bambang Tri Wahyudi.\nDalam sambutannya, Bupati meminta kepala desa "
        'aktif. "Jangan tunggu warga datang mengeluh," tegasnya.'
    )
    assert [q.speaker.name for q in x.quotes] == ["Mochamad Sholeh Hadiwijaya"]


def test_a_farmers_or_tourism_group_spelled_out_after_a_title_is_the_named_group() -> None:
    x = run("Ketua Kelompok Tani Sido Makmur, Hamzah Dg. Rapi, mengaku terbantu.")
    assert {(m.person.name, m.role.name) for m in x.memberships} == {("Hamzah Dg. Rapi", "Ketua")}
    assert any("Sido Makmur" in n for n in names(x, EntityType.ORGANIZATION))
    assert not names(run("Bantuan diberikan kepada Kelompok Tani di desa itu."), EntityType.ORGANIZATION)


def test_an_award_given_by_an_unnamed_minister_in_the_capital_is_not_given_by_the_capitals_government() -> (
    None
):
    x = run(
        "Pemkab Tegal meraih penghargaan UHC Award 2024. Penghargaan diberikan oleh Menteri Kesehatan di Jakarta, Selasa (6/8/2024)."
    )
    assert [a.conferred_by for a in x.awards] == [None]
    assert not any("Jakarta" in n for n in names(x, EntityType.ORGANIZATION))


def test_an_official_residence_written_rumah_jabatan_is_a_venue() -> None:
    x = run("Rapat digelar di Rumah Jabatan Bupati Tegal, Senin (18/11/2024).")
    assert "Rumah Jabatan Bupati Tegal" in names(x, EntityType.PLACE)
    assert [e.location.name if e.location else None for e in x.events] == ["Rumah Jabatan Bupati Tegal"]


def test_a_batak_womans_boru_stays_inside_her_name_and_a_namesakes_initials_inside_a_hospitals() -> None:
    x = run(
        "Ketua Pokdarwis Sukamaju, Rasmini br Sitepu, menyambut tamu. Pasien dirujuk ke RSUP Prof. Dr. R. S. "
        "Wonorejo Manado. Predikat diraih UPT Rumah Sakit Jiwa Prof. Dr. M. Sukamto."
    )
    assert "Rasmini br Sitepu" in names(x, EntityType.PERSON)
    found = names(x, EntityType.ORGANIZATION)
    assert {"RSUP Prof. Dr. R. S. Wonorejo", "UPT Rumah Sakit Jiwa Prof. Dr. M. Sukamto"} <= found


def test_a_married_womans_name_after_ny_sharing_her_husbands_clan_is_her_own_with_her_boru() -> None:
    """``Bupati Marihot Manurung ..., serta Ny. Romauli Manurung br. Sinaga``: the honorific's full stop
    ends no sentence, so the clan name she shares with the Bupati is the end of her own name, not a
    mention of his; and her own clan after "br." (the Batak "boru", written short with a full stop)
    stays inside it."""
    x = run(
        "Festival dibuka Bupati Samosir Marihot Manurung, didampingi istrinya, Ketua TP PKK Samosir Ny. Romauli "
        "Manurung br. Sinaga di Pangururan."
    )
    assert names(x, EntityType.PERSON) == {"Marihot Manurung", "Romauli Manurung br. Sinaga"}
    [bupati] = [e for e in x.entities if e.name == "Marihot Manurung"]
    assert [m.span.text for m in bupati.mentions] == ["Marihot Manurung"]


def test_a_bodys_last_words_before_a_titled_holder_and_an_abbreviated_second_body_with_its_region() -> None:
    x = run(
        "Hadir pula Ketua Koperasi Produsen Kopi Lestari, H. Imam Santoso. Tim penilai berasal dari "
        "Fakultas Ilmu Administrasi Universitas Sukamaju dan HIPMI Malang Raya."
    )
    assert names(x, EntityType.PERSON) == {"Imam Santoso"}
    found = names(x, EntityType.ORGANIZATION)
    assert "Koperasi Produsen Kopi Lestari" in found
    assert not any(" dan HIPMI" in n for n in found)


def test_a_dinas_of_a_portfolio_the_lexicon_lacks_is_the_articles_regions() -> None:
    x = run(
        "Pemkot Sukamaju menggelar pasar murah di Kota Gorontalo. Wali Kota Gorontalo didampingi Kepala "
        "Dinas Perdagangan dan Perindustrian, Rahmat Wijaya, S.E. Saya minta Dinas Perdagangan melapor."
    )
    found = names(x, EntityType.ORGANIZATION)
    assert "Dinas Perdagangan dan Perindustrian Kota Gorontalo" in found
    assert not any(n.startswith("Dinas Perdagangan") and "Perindustrian" not in n for n in found)
    # its short form in brackets ends its name, its head's name right after it
    [m] = [
        m
        for m in run(
            "Pemkab Dairi menggelar rapat di Kabupaten Dairi. Bupati Dairi hadir bersama Kepala Dinas Pengendalian Penduduk, KB, "
            "Pemberdayaan Masyarakat dan Desa (DP2KBPMD) Romauli Simbolon."
        ).memberships
        if m.person.name == "Romauli Simbolon"
    ]
    assert m.organization.name == (
        "Dinas Pengendalian Penduduk, KB, Pemberdayaan Masyarakat dan Desa Kabupaten Dairi"
    )


def test_coming_out_as_the_winner_of_a_named_contest_is_an_award() -> None:
    x = run(
        "Pokdarwis Sukamaju keluar sebagai juara pertama kategori Desa Wisata Maju dalam Anugerah Desa "
        "Wisata Kabupaten Malang 2024. Warga keluar rumah untuk menyambut."
    )
    assert [a.name for a in x.awards] == [
        "Juara pertama Anugerah Desa Wisata Kabupaten Malang 2024 kategori Desa Wisata Maju"
    ]


def test_a_faculty_of_a_university_named_after_a_general_and_a_hospital_after_bung_are_read_whole() -> None:
    x = run(
        "Dinkes menandatangani nota kesepahaman dengan Fakultas Kedokteran Universitas Jenderal Sukamto "
        "(Unsuk). Hadir perwakilan RSUD Bung Wonorejo, serta para camat."
    )
    found = names(x, EntityType.ORGANIZATION)
    assert {"Fakultas Kedokteran Universitas Jenderal Sukamto", "RSUD Bung Wonorejo"} <= found
    assert not names(x, EntityType.PERSON)


def test_a_balinese_holders_i_after_a_group_is_his_name_not_the_groups_numeral() -> None:
    x = run("Ketua Pokdarwis I Ketut Wirawan mengatakan hadiah akan dimanfaatkan untuk pusat informasi.")
    assert "I Ketut Wirawan" in names(x, EntityType.PERSON)
    assert not any(n.endswith(" I") for n in names(x, EntityType.ORGANIZATION))


def test_a_balinese_birth_order_name_after_a_groups_place_opens_its_heads_name() -> None:
    x = run("Ketua Pokdarwis Sumbul Kadek Wirawan mengatakan hadiah akan dimanfaatkan untuk pusat informasi.")
    assert "Kadek Wirawan" in names(x, EntityType.PERSON)
    assert [(m.person.name, m.organization.name if m.organization else None) for m in x.memberships] == [
        ("Kadek Wirawan", "Pokdarwis Sumbul")
    ]


def test_a_traffic_unit_head_written_bare_sits_in_the_articles_police_resort() -> None:
    x = run(
        "Polres Sukamaju menggelar apel di Kota Tegal. Kapolres Sukamaju AKBP Dimas Prabowo memimpin apel. "
        "Kanit Kamsel Ipda Bambang Wijaya memberikan materi kepada siswa."
    )
    held = {
        (m.person.name, m.role.name, m.organization.name if m.organization else None) for m in x.memberships
    }
    assert ("Bambang Wijaya", "Kepala Unit Keamanan dan Keselamatan", "Kepolisian Resor Sukamaju") in held


def test_a_title_won_in_lower_case_after_penghargaan_sebagai_is_an_award() -> None:
    x = run("Kader Posyandu Mawar, Sulastri Wijaya, menerima penghargaan sebagai kader posyandu teladan.")
    [award] = x.awards
    assert award.name == "Kader Posyandu Teladan"
    assert award.recipient is not None and award.recipient.name == "Sulastri Wijaya"
    x = run("Puskesmas Sukamaju dinobatkan sebagai puskesmas dengan inovasi terbaik melalui program Sehati.")
    [award] = x.awards
    assert award.name == "Puskesmas dengan Inovasi Terbaik"
    assert award.recipient is not None and award.recipient.name == "Puskesmas Sukamaju"
    # without a word of praise, "sebagai" says what the winner is, not what it won
    assert not run("Kota Batu meraih penghargaan sebagai bentuk apresiasi atas kerja warga.").awards
    # a capitalised title is read once, as before
    assert [a.name for a in run("Desa Sukamaju dinobatkan sebagai Desa Terbaik tahun ini.").awards] == [
        "Desa Terbaik"
    ]


def test_the_red_cross_written_short_with_a_region_is_that_regions_chapter() -> None:
    x = run(
        "Relawan PMI Kota Kediri ikut membantu warga. Ketua PMI Kota Kediri, Andi Saputra, meninjau posko."
    )
    assert {(m.person.name, m.organization.name) for m in x.memberships if m.organization} == {
        ("Andi Saputra", "Palang Merah Indonesia Kota Kediri")
    }
    assert (
        "PMI Kota Kediri"
        in next(e for e in x.entities if e.name == "Palang Merah Indonesia Kota Kediri").aliases
    )


def test_an_award_named_again_by_the_short_form_it_was_given_is_one_award() -> None:
    x = run(
        "Pemerintah Kota Tirtaraya kembali meraih penghargaan Kota Layak Anak (KLA) kategori Utama dari "
        "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak. Wali Kota Tirtaraya menerima "
        "penghargaan KLA kategori Utama itu di Jakarta, Senin (22/7/2024)."
    )
    assert {a.name for a in x.awards} == {"Kota Layak Anak kategori Utama"}


def test_a_district_after_a_venue_is_a_place_though_its_first_word_is_a_common_one() -> None:
    x = run(
        "Bupati Dairi meluncurkan gerakan itu pada Senin (3/2/2025) di Balai Desa Lau Njuhar, "
        "Tanah Pinem, bersama para camat."
    )
    district = next(e for e in x.entities if e.name == "Kecamatan Tanah Pinem")
    assert district.type is EntityType.PLACE and "Tanah Pinem" in district.aliases


def test_a_volcano_observation_post_is_one_body_and_an_alert_level_is_no_place() -> None:
    x = run(
        "Simulasi melibatkan BPBD Kota Tomohon, PMI dan Pos Pengamatan Gunung Api (PGA) Lokon. Kepala "
        "Pos PGA Lokon, Silas Pangkey, menjelaskan status Gunung Lokon masih berada di Level II "
        "(Waspada) dan belum naik ke Siaga."
    )
    post = next(e for e in x.entities if "Pos Pengamatan Gunung Api Lokon" in {e.name, *e.aliases})
    assert post.type is EntityType.ORGANIZATION
    assert not {"Gunung Api", "Level II", "Waspada", "Siaga"} & names(x, EntityType.PLACE)


def test_a_grade_raised_from_one_to_the_next_is_an_award_won_by_the_regions_government() -> None:
    def awards(text: str) -> list[tuple[str, str | None]]:
        return awarded(extract(Article("Judul", text, date="2025-08-08")))

    said = "Kabupaten Dairi kembali mencatat prestasi. Tahun ini, Dairi naik peringkat dari kategori Madya "
    assert awards(said + "menjadi kategori Nindya.") == [("Kategori Nindya", "Pemerintah Kabupaten Dairi")]
    assert awards(said + "ke Nindya.") == [("Predikat Nindya", "Pemerintah Kabupaten Dairi")]
    assert awards("Kabupaten Dairi optimistis. Semoga tahun depan Dairi naik ke kategori Nindya.") == []
    won = "Pemerintah Kabupaten Dairi meraih penghargaan Kabupaten Layak Anak 2025. Dairi naik kelas dari Madya ke Nindya."
    assert [name for name, _ in awards(won)] == ["Kabupaten Layak Anak 2025"]  # the grade of that award


def test_a_report_line_and_a_press_offices_credit_closing_a_paragraph_are_furniture() -> None:
    x = run(
        "Wali Kota Batu Joko Susilo meninjau Posyandu Anggrek. (Kominfo/Kota Batu)\n"
        "Laporan: Sitti Lamria Sitanggang\nEditor: Dedi Pardede"
    )
    labels = {e.name for e in x.entities if e.mentions}
    assert "Joko Susilo" in labels
    assert not any("Komunikasi" in name or "Lamria" in name for name in labels)


def test_documents_written_as_acronyms_are_no_bodies() -> None:
    x = run("Bupati menyerahkan dokumen kependudukan berupa KK, akta kelahiran, KIA dan IKD kepada warga.")
    assert not {"KIA", "IKD"} & names(x, EntityType.ORGANIZATION)


def test_an_adat_title_after_gelar_is_no_one_elses_name() -> None:
    x = run(
        "Acara itu dihadiri Wakil Bupati Dairi Tumpak Hasibuan gelar Raja Sitanggang Bolon, Ketua DPRD "
        "Dairi, Sekretaris Daerah Ir. Marihot Situmorang, M.M., dan unsur Forkopimda."
    )
    assert names(x, EntityType.PERSON) == {"Tumpak Hasibuan", "Marihot Situmorang"}
    assert not any(m.person.name.startswith(("Raja", "Sitanggang")) for m in x.memberships)


def test_a_special_court_is_one_body_however_its_name_and_town_are_written() -> None:
    """ "Pengadilan Tindak Pidana Korupsi (Tipikor) Binjai" and, later, "Pengadilan Tipikor Binjai" are
    the one Tipikor court of Binjai, named by its full words and the bare town."""
    x = run(
        "Terdakwa divonis oleh majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Binjai. Sidang "
        "digelar di ruang sidang utama Pengadilan Tipikor Binjai."
    )
    courts = {name for name in names(x, EntityType.ORGANIZATION) if name.startswith("Pengadilan")}
    assert courts == {"Pengadilan Tindak Pidana Korupsi Binjai"}


def test_an_agreement_the_article_spells_out_is_no_party_of_that_short_form() -> None:
    """ "Perjanjian Kerja Sama (PKS)": the agreements signed after an MoU, not the party PKS."""
    x = run(
        "Penandatanganan dilanjutkan dengan enam Perjanjian Kerja Sama (PKS) antara OPD dengan fakultas. "
        "Di antaranya PKS antara Dinas Kesehatan dengan Fakultas Kedokteran."
    )
    assert "Partai Keadilan Sejahtera" not in names(x, EntityType.ORGANIZATION)
    assert "PKS" not in names(x, EntityType.ORGANIZATION)
    x = run("Ketua DPW PKS Sumatera Utara hadir bersama kader PKS lainnya.")
    assert "Partai Keadilan Sejahtera" in names(x, EntityType.ORGANIZATION)


def test_a_universitys_research_and_community_service_institute_is_named_whole() -> None:
    x = run(
        "Dinas Pemberdayaan Masyarakat dan Desa bekerja sama dengan Lembaga Penelitian dan Pengabdian "
        "kepada Masyarakat (LPPM) dalam program KKN."
    )
    assert "Lembaga Penelitian dan Pengabdian kepada Masyarakat" in names(x, EntityType.ORGANIZATION)
    assert "Lembaga Penelitian dan Pengabdian" not in names(x, EntityType.ORGANIZATION)


def test_the_education_office_by_its_short_form_dispendik() -> None:
    x = run(
        "Rapat dihadiri Kepala Dispendik Binjai Drs. Sahat Pardede, M.Pd., dan Kepala Bidang Sekolah "
        "Menengah Dispendik Rosdiana Br Sitanggang, S.Pd., di Kota Binjai."
    )
    assert names(x, EntityType.PERSON) == {"Sahat Pardede", "Rosdiana Br Sitanggang"}
    assert "Dinas Pendidikan Kota Binjai" in names(x, EntityType.ORGANIZATION)


def test_an_elections_committees_named_by_kind_are_no_bodies() -> None:
    """ "Panitia Pemilihan Kecamatan (PPK)", "KPPS", "Panwascam": each district, village or polling
    station has one; named by its kind alone, none is one body (and none is the regency's)."""
    x = run(
        "KPU Kabupaten Dairi mendistribusikan logistik ke 15 Panitia Pemilihan Kecamatan (PPK). Logistik "
        "diteruskan ke Panitia Pemungutan Suara (PPS) dan Kelompok Penyelenggara Pemungutan Suara (KPPS). "
        "Panwascam dan PTPS ikut mengawasi."
    )
    assert names(x, EntityType.ORGANIZATION) == {"Komisi Pemilihan Umum Kabupaten Dairi"}


@pytest.mark.parametrize(
    ("one", "body", "two", "kind"),
    [
        ("Kepala Desa Sumbul, Kecamatan Sumbul, Kabupaten Dairi, divonis 4 tahun penjara. Kerugian itu hasil "
         "audit Inspektorat Kabupaten Dairi, yang dilakukan setelah Badan Permusyawaratan Desa (BPD) dan "
         "warga melapor.",
         "Badan Permusyawaratan Desa Sumbul",
         "Komisi I DPRD Kabupaten Dairi belajar tentang BUMDes di Kabupaten Dairi. Laporan BUMDes disampaikan "
         "kepada kepala desa dan Badan Permusyawaratan Desa (BPD).",
         "Badan Permusyawaratan"),
        ("Bupati Dairi menutup TMMD di Lapangan Desa Simbelin, Kecamatan Sumbul, Kabupaten Dairi, Kamis "
         "(8/6/2023). Hadir Camat Sumbul bersama Forkopimcam serta tokoh masyarakat.",
         "Forum Koordinasi Pimpinan Kecamatan Sumbul",
         "Bupati Dairi menyerahkan sertifikat di Kecamatan Sumbul dan Kecamatan Tigalingga, Kabupaten Dairi. "
         "Hadir pula Forkopimcam dan para kepala desa.",
         "Forum Koordinasi"),
    ],
)  # fmt: skip
def test_a_local_body_written_alone_is_the_one_local_area_s_or_none(
    one: str, body: str, two: str, kind: str
) -> None:
    """ "Badan Permusyawaratan Desa (BPD)" alone: the council of the one village the story is about,
    never a regency's (every village has one); "bersama Forkopimcam" in a story of one district: that
    district's forum ("Forum Koordinasi Pimpinan Kecamatan Sumbul"), not the regency's. In a story
    of no one village (district), no one body."""
    assert body in names(run(one), EntityType.ORGANIZATION)
    assert not {n for n in names(run(two), EntityType.ORGANIZATION) if n.startswith(kind)}


def test_a_slogans_words_in_quotation_marks_are_no_person() -> None:
    x = run("Upacara itu mengusung tema “Sahat Marsada, Dairi Bangkit Bersama”. Bupati Dairi hadir.")
    assert not names(x, EntityType.PERSON)


def test_the_short_forms_of_a_kind_of_committee_or_official_are_no_body() -> None:
    """ "PPK" is every district's election committee, or a project's procurement official; alone it
    names no one body (a district's "PPK Binjai Utara" is one)."""
    x = run("KPU Kota Binjai mengirim logistik ke lima PPK dan 37 PPS. PPK akan meneruskannya ke desa.")
    assert names(x, EntityType.ORGANIZATION) == {"Komisi Pemilihan Umum Kota Binjai"}


def test_a_rank_in_lower_case_opening_a_clause_after_its_contest_is_an_award() -> None:
    """ "... para pemenang Lomba Kampung Tangguh 2024, yakni juara 1 diraih Desa X": the rank opens a clause
    after the contest its sentence names; that contest's rank is the award (not without a contest)."""
    said = "SIDIKALANG – Camat Sumbul mengumumkan para pemenang Lomba Kampung Tangguh 2024, "
    x = run(said + "yakni juara 1 diraih Desa Kentara.", date="2024-08-20")
    assert [a.name for a in x.awards] == ["Juara 1 Lomba Kampung Tangguh 2024"]
    x = run("SIDIKALANG – Pemkab Dairi menggelar apel, yakni juara 1 diraih Desa Kentara.")
    assert not x.awards


def test_a_short_form_the_article_counts_names_no_body_without_a_region() -> None:
    """ "23 PMI asal Kecamatan X ..., posko pengaduan bagi PMI": counted, the short form stands for people of
    a kind (migrant workers), not the Red Cross; "US$ 5 PPP" is a measure, not a party. With its region
    after it, the body stays ("PMI Kabupaten Dairi")."""
    x = run(
        "SIDIKALANG – Disnaker Dairi mendata 23 PMI asal Kecamatan Sumbul yang bekerja di Malaysia. Dinas juga "
        "membuka posko pengaduan bagi PMI dan keluarganya. Nilai itu setara US$ 5 PPP per hari.\nPMI Kabupaten "
        "Dairi menggelar donor darah di Gedung Nasional Sidikalang."
    )
    bodies = names(x, EntityType.ORGANIZATION)
    assert "Palang Merah Indonesia Kabupaten Dairi" in bodies
    assert not {"Palang Merah Indonesia", "Partai Persatuan Pembangunan"} & bodies


def test_an_emergency_unit_a_troop_size_and_a_rural_bank_are_kinds_of_body() -> None:
    """ "Instalasi Gawat Darurat (IGD)", "dua Satuan Setingkat Peleton (SST)" and "Bank Perkreditan Rakyat"
    written bare say what kind of body, not which one; a rural bank with its own name after the short form
    is one ("BPR Sumbul Jaya")."""
    x = run(
        "SIDIKALANG – Pengamanan melibatkan dua Satuan Setingkat Peleton (SST) Brimob dan personel Polres Dairi. "
        "RSUD Sidikalang kini punya Instalasi Gawat Darurat (IGD) baru. Wakil Bupati meninjau IGD. Koperasi itu "
        "bermitra dengan Bank Perkreditan Rakyat di Sidikalang. BPR Sumbul Jaya ikut menyalurkan kredit."
    )
    bodies = names(x, EntityType.ORGANIZATION)
    assert "BPR Sumbul Jaya" in bodies
    assert not {"Satuan Setingkat Peleton", "Instalasi Gawat Darurat", "Bank Perkreditan Rakyat"} & bodies
    assert not any("Gawat Darurat" in name for name in bodies | names(x, EntityType.PLACE))


def test_a_pair_written_with_degrees_and_a_dash_is_two_persons() -> None:
    """ "pasangan calon nomor 2 Ir. Budi Santoso, M.T.–Siti Aminah, S.Sos.": the dash after the first name's
    last degree opens the second's, with its own honorific."""
    x = run(
        "SIDIKALANG – KPU Dairi menetapkan pasangan calon nomor 2 Ir. Tumpak Hasibuan, M.T.–Rosdiana Br "
        "Sitanggang, S.Sos., dan pasangan calon nomor 3 H. Sahat Pardede, S.H.–dr. Marihot Situmorang, M.Kes."
    )
    assert {"Tumpak Hasibuan", "Rosdiana Br Sitanggang", "Sahat Pardede", "Marihot Situmorang"} <= names(
        x, EntityType.PERSON
    )


def test_a_national_bodys_area_numbered_in_digits_ends_its_name() -> None:
    """ "Satuan Kerja Pelaksanaan Jalan Daerah (PJD) Wilayah 2 Sumatera Utara": the area's number in digits
    (as in Roman numerals), then its province, end the body's name; the numeral and the province cut from
    another such name are no place."""
    x = run(
        "SIDIKALANG – Ia pernah bertugas pada Satuan Kerja Pelaksanaan Jalan Daerah (PJD) Wilayah 2 Sumatera "
        "Utara. Proyek itu dikerjakan Balai Pengelola Transportasi Darat (BPTD) Wilayah II Sumatera Utara."
    )
    assert "Satuan Kerja Pelaksanaan Jalan Daerah Wilayah 2 Sumatera Utara" in names(
        x, EntityType.ORGANIZATION
    )
    assert "II Sumatera Utara" not in names(x, EntityType.PLACE)


def test_a_forum_held_is_a_gathering_not_a_body() -> None:
    """ "Pemkab Dairi menggelar Forum Perangkat Daerah Bidang Kesehatan ...": a name with a body's head word
    that is also an event's ("Forum"), right after a verb of holding, is the gathering's, no body; a forum
    attending is one ("dihadiri Forum Anak Sumbul")."""
    x = run(
        "SIDIKALANG – Pemkab Dairi menggelar Forum Perangkat Daerah Bidang Kesehatan di Gedung Nasional "
        "Sidikalang, Selasa (4/3/2025). Acara dihadiri Forum Anak Sumbul.",
        date="2025-03-04",
    )
    bodies = names(x, EntityType.ORGANIZATION)
    assert "Forum Anak Sumbul" in bodies
    assert "Forum Perangkat Daerah Bidang Kesehatan" not in bodies
    assert [e.name for e in x.events] == ["Forum Perangkat Daerah Bidang Kesehatan"]


def test_acehs_baitul_mal_is_a_regional_body() -> None:
    """ "Kepala Baitul Mal Kota Lhokseumawe Lamria Simbolon": Aceh's zakat body of a city (no person
    "Baitul Mal Aceh"), whose head's name follows it."""
    x = run(
        "Hadir Kepala Baitul Mal Kota Lhokseumawe Lamria Simbolon. Kepala Baitul Mal Aceh, Tumpak Hasibuan, "
        "memberi sambutan di Masjid Raya Sumbul."
    )
    assert _held_in(x) == {
        ("Lamria Simbolon", "Baitul Mal Kota Lhokseumawe"),
        ("Tumpak Hasibuan", "Baitul Mal Provinsi Aceh"),
    }
    assert names(x, EntityType.PERSON) == {"Lamria Simbolon", "Tumpak Hasibuan"}


def test_muhammadiyahs_regional_boards_are_bodies_and_a_degree_ends_a_companys_name() -> None:
    """ "Ketua PD Muhammadiyah Dairi Drs. Marihot Situmorang": the regency's Muhammadiyah board (no company
    "PD ..."), and "Direktur PT Sumbul Makmur Ir. Tumpak Hasibuan": the degree opens the director's name,
    no word of the company's."""
    x = run(
        "Ketua PD Muhammadiyah Dairi Drs. Marihot Situmorang hadir. Ketua PWM Sumatera Utara Abd. Pardede juga "
        "hadir. Direktur PT Sumbul Makmur Ir. Tumpak Hasibuan menyambut."
    )
    assert _held_in(x) == {
        ("Marihot Situmorang", "Pimpinan Daerah Muhammadiyah Kabupaten Dairi"),
        ("Abd. Pardede", "Pimpinan Wilayah Muhammadiyah Provinsi Sumatera Utara"),
        ("Tumpak Hasibuan", "PT Sumbul Makmur"),
    }


def test_a_regional_development_bank_by_its_short_name_and_its_branch_town() -> None:
    """ "Pemimpin Cabang Bank Jatim Kepanjen Budi Santoso": the province's development bank, known by its
    short name, and its branch in the town written after it (no person "Kepanjen Budi Santoso"); the
    manager holds the branch's office in the bank."""
    x = run("Pemimpin Cabang Bank Jatim Kepanjen Budi Santoso hadir. Bank Sumut juga menandatangani MoU.")
    assert _held_in(x) == {("Budi Santoso", "PT Bank Pembangunan Daerah Jawa Timur Tbk")}
    assert "PT Bank Pembangunan Daerah Jawa Timur Tbk Cabang Kepanjen" in names(x, EntityType.ORGANIZATION)
    assert "PT Bank Pembangunan Daerah Sumatera Utara" in names(x, EntityType.ORGANIZATION)
    assert names(x, EntityType.PERSON) == {"Budi Santoso"}


def test_a_branchs_town_ends_before_its_holders_honorific_or_a_name_with_its_particle() -> None:
    """ "Pemimpin Cabang Bank Sumut Pangururan Hj. Rosdiana Sinaga", "Kepala Bank Sumut Cabang Pangururan
    Tumpal da Silva": the branch is the town's; the honorific and the name with its particle are its
    head's, no part of the branch's name."""
    x = run("Hadir Pemimpin Cabang Bank Sumut Pangururan Hj. Rosdiana Sinaga.")
    assert "PT Bank Pembangunan Daerah Sumatera Utara Cabang Pangururan" in names(x, EntityType.ORGANIZATION)
    x = run("Hadir Kepala Bank Sumut Cabang Pangururan Tumpal da Silva. Kami siap, kata dia.")
    assert "PT Bank Pembangunan Daerah Sumatera Utara Cabang Pangururan" in names(x, EntityType.ORGANIZATION)
    assert "Tumpal da Silva" in names(x, EntityType.PERSON)


def test_a_groups_name_ends_before_the_neighbourhood_it_is_of() -> None:
    """ "Bank Sampah Maju Jaya RW 05 Kelurahan Pasar Pangururan": the group, then the neighbourhood
    association (by its number and village) it belongs to, not a group "Bank Sampah Maju Jaya RW"."""
    x = run("Penghargaan jatuh kepada Bank Sampah Maju Jaya RW 05 Kelurahan Pasar Pangururan.")
    assert {"Bank Sampah Maju Jaya", "RW 05 Kelurahan Pasar Pangururan"} <= names(x, EntityType.ORGANIZATION)


def test_a_bodys_short_name_after_its_one_branch_is_that_branch() -> None:
    """ "Perum Bulog Kantor Cabang Sibolga ... stok dari Bulog": the branch again, not the national
    company (whose node stands only as the branch's parent); a company named again with its legal
    form is the company itself."""
    x = run(
        "Turut hadir perwakilan Perum Bulog Kantor Cabang Sibolga dan unsur Forkopimda Kota Sibolga. "
        '"Stok dari Bulog cukup sampai Lebaran," kata Tumpak Hasibuan.'
    )
    [branch] = [e for e in x.entities if e.type is EntityType.ORGANIZATION and "Bulog" in e.aliases]
    assert branch.name.endswith("Cabang Sibolga") and len(branch.mentions) == 2
    x = run(
        "Turut hadir perwakilan Perum Bulog Kantor Cabang Sibolga dan unsur Forkopimda Kota Sibolga. Beras "
        "disalurkan melalui Perum Bulog ke seluruh daerah."
    )
    assert {"Perum Badan Urusan Logistik", "Perum Badan Urusan Logistik Cabang Sibolga"} <= names(
        x, EntityType.ORGANIZATION
    )


def test_an_agencys_or_a_banks_short_name_after_its_branch_office_is_the_agency_or_the_bank() -> None:
    """ "Kepala Kantor Cabang BPJS Ketenagakerjaan Sibolga ... BPJS Ketenagakerjaan juga menyerahkan kartu":
    the national agency's cards, not its branch office's (as "Bank X Kantor Cabang Pembantu Y ... Bank X"
    is the bank); the branch keeps its own node."""
    x = run(
        "Hadir pula Kepala Kantor Cabang BPJS Ketenagakerjaan Sibolga Rosdiana Sinaga. Dalam kesempatan yang "
        "sama, BPJS Ketenagakerjaan juga menyerahkan kartu kepesertaan bagi 300 nelayan."
    )
    orgs = {e.name: e for e in x.entities if e.type is EntityType.ORGANIZATION}
    assert "BPJS Ketenagakerjaan" in orgs["Badan Penyelenggara Jaminan Sosial Ketenagakerjaan"].aliases
    assert (
        "BPJS Ketenagakerjaan"
        not in orgs["Badan Penyelenggara Jaminan Sosial Ketenagakerjaan Cabang Sibolga"].aliases
    )


def test_a_banks_short_name_after_its_branch_is_the_bank() -> None:
    """ "Pemimpin Cabang Bank Sumut Pangururan ... Bank Sumut menyalurkan kredit": a bank's branch is
    no office written as one ("Kantor Cabang"), and the bank named again is the bank, not its branch."""
    x = run(
        "Hadir pula Pemimpin Cabang Bank Sumut Pangururan Binsar Manurung. Bank Sumut menyalurkan kredit "
        "kepada 40 pelaku usaha di Samosir."
    )
    orgs = {e.name: e for e in x.entities if e.type is EntityType.ORGANIZATION}
    bank = orgs["PT Bank Pembangunan Daerah Sumatera Utara"]
    branch = orgs["PT Bank Pembangunan Daerah Sumatera Utara Cabang Pangururan"]
    assert len(bank.mentions) == 1 and "Bank Sumut" not in branch.aliases


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Pemkab Dairi berkoordinasi dengan Balai Besar Wilayah Sungai (BBWS) Pemali Juana untuk kajian.",
            None,
        ),
        (
            "Kepala Balai Besar Wilayah Sungai (BBWS) Pemali Juana, Ir. Tumpak Hasibuan, hadir.",
            "Tumpak Hasibuan",
        ),
    ],
)
def test_a_river_basins_office_is_named_by_its_area_after_its_short_form(
    text: str, holder: str | None
) -> None:
    """ "Balai Besar Wilayah Sungai (BBWS) Pemali Juana": the office of that river area (every river
    basin has one), its area written after the short form, before the head's name too."""
    x = run(text)
    assert "Balai Besar Wilayah Sungai Pemali Juana" in names(x, EntityType.ORGANIZATION)
    assert "Balai Besar Wilayah Sungai" not in names(x, EntityType.ORGANIZATION)
    assert {m[0] for m in _held(x)} == ({holder} if holder else set())


def test_the_family_planning_boards_provincial_office_is_its_perwakilan() -> None:
    """ "Perwakilan BKKBN Provinsi Sumatera Utara": the national board's office in the province is named
    as the board names it, "Perwakilan" before the board, however the article writes it."""
    office = "Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional Provinsi Sumatera Utara"
    x = run(
        "Hadir unsur Forkopimda Kabupaten Dairi dan Perwakilan BKKBN Provinsi Sumatera Utara dalam rembuk."
    )
    assert office in names(x, EntityType.ORGANIZATION)
    x = run("Kepala Perwakilan BKKBN Provinsi Sumatera Utara, Romauli Simbolon, membuka rembuk stunting.")
    assert _held(x) == {("Romauli Simbolon", "Kepala Perwakilan", office)}


def test_a_water_enterprise_written_with_and_without_its_works_is_one_body() -> None:
    """ "Perumda Air Minum Tirta Silahi menambah ... Pelanggan Perumda Tirta Silahi": the regional water
    enterprise, written with and without what it does, one body by its fuller name."""
    x = run(
        "Perumda Air Minum Tirta Silahi menambah sambungan rumah tahun ini. Pelanggan Perumda Tirta Silahi kini "
        "20.000 rumah."
    )
    assert [n for n in names(x, EntityType.ORGANIZATION) if "Tirta" in n] == [
        "Perumda Air Minum Tirta Silahi"
    ]


def test_a_health_centre_named_after_its_district_takes_the_districts_whole_name() -> None:
    """ "Puskesmas Buntu Batu" in a story of Kabupaten Enrekang: named after the regency's district,
    whose second word would end a facility's name elsewhere ("Batu", the city)."""
    x = run(
        "Pemkab Enrekang menggelar vaksinasi di Kecamatan Buntu Batu. Puskesmas Buntu Batu membuka posko kesehatan."
    )
    assert "Puskesmas Buntu Batu" in names(x, EntityType.ORGANIZATION)
    assert "Puskesmas Buntu" not in names(x, EntityType.ORGANIZATION)


def test_a_village_enterprises_name_goes_on_through_bersama() -> None:
    """ "Direktur BUMDes Maju Bersama Desa Paropo Agus Salim": "Bersama", a stop word elsewhere, ends
    many a group's own name; the director's name follows the village."""
    x = run("Direktur BUMDes Maju Bersama Desa Paropo Agus Salim menerima bantuan modal.")
    assert _held_in(x) == {("Agus Salim", "BUMDes Maju Bersama")}


def test_a_known_abbreviation_spelled_out_after_it_as_another_body_names_that_body() -> None:
    """ "diawasi BPK (Badan Permusyawaratan Kampung)": the article's own body, not the audit board the
    lexicon knows as BPK; "BPK" later in the article is that body again."""
    x = run(
        "Kepala Dinas Pemberdayaan Masyarakat Kabupaten Dairi mengingatkan, dana kampung wajib diawasi BPK "
        "(Badan Permusyawaratan Kampung) bersama warga. BPK juga menerima laporan."
    )
    orgs = [e for e in x.entities if e.type is EntityType.ORGANIZATION]
    assert "Badan Pemeriksa Keuangan" not in {e.name for e in orgs}
    [body] = [e for e in orgs if e.name == "Badan Permusyawaratan Kampung"]
    assert "BPK" in body.aliases
    assert len(body.mentions) == 3


@pytest.mark.parametrize(
    ("spelled", "short"),
    [
        ("Dinas Ketahanan Pangan dan Pertanian", "DKPP"),  # the lexicon's DKPP is the election ethics council
        ("Dinas Ketahanan Pangan", "DKP"),  # the lexicon's first DKP is the fisheries office
    ],
)
def test_a_head_titled_by_a_short_form_the_article_spelled_as_its_own_unit_heads_that_unit(
    spelled: str, short: str
) -> None:
    """ "Pemkab bersama Dinas Ketahanan Pangan dan Pertanian (DKPP) ... Kepala DKPP Kabupaten Dairi, Ir.
    Romauli Simbolon": the head of the unit the article spelled out, though the lexicon knows the
    short form as another body (or as several)."""
    x = run(
        f"Pemkab Dairi bersama {spelled} ({short}) membagikan bibit cabai, Senin (3/3/2025). Kepala {short} "
        "Kabupaten Dairi, Ir. Romauli Simbolon, M.Si., mengatakan bibit dibagikan gratis."
    )
    assert _held(x) == {("Romauli Simbolon", "Kepala", f"{spelled} Kabupaten Dairi")}
    assert "Dewan Kehormatan Penyelenggara Pemilu" not in names(x, EntityType.ORGANIZATION)


@pytest.mark.parametrize("short", ["Bappelitbangda", "Bappeda Litbang"])
def test_a_regional_body_the_article_spells_its_own_way_is_one_body_by_that_name(short: str) -> None:
    """ "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah (Bappelitbangda)" where the
    lexicon writes the body without "Pembangunan" (or in another order): the article's spelling with
    the regency, for the spelled-out name and the abbreviation with the region alike."""
    x = run(
        "Pemerintah Kabupaten (Pemkab) Dairi menggelar rapat di Kantor Bupati Dairi, Senin (3/3/2025). "
        "Bupati Dairi Tumpak Hasibuan hadir. Kepala Badan Perencanaan Pembangunan, Penelitian dan "
        f"Pengembangan Daerah ({short}) Sahat Pardede hadir. Menurut dia, {short} Dairi siap."
    )
    body = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Dairi"
    assert {n for n in names(x, EntityType.ORGANIZATION) if n.startswith("Badan")} == {body}
    assert ("Sahat Pardede", "Kepala", body) in _held(x)


@pytest.mark.parametrize("university", ["Unsima", "Universitas Sisingamangaraja"])
def test_a_universitys_institute_named_with_it_after_its_short_form_is_that_universitys(
    university: str,
) -> None:
    """ "Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Unsima": the university's own research
    institute, named with the university (every university has an LPPM), a unit of it."""
    x = run(
        "Pemkab Dairi menandatangani nota kesepahaman dengan Universitas Sisingamangaraja (Unsima). Kerja sama "
        f"dilanjutkan dengan Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) {university}."
    )
    [institute] = [e for e in x.entities if e.name.startswith("Lembaga Penelitian")]
    assert (
        institute.name == "Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Sisingamangaraja"
    )
    assert institute.parent is not None and institute.parent.name == "Universitas Sisingamangaraja"


def test_an_award_in_another_storys_headline_is_no_award_of_this_one() -> None:
    x = run(
        "Pemkab Dairi meluncurkan program Sayangi Balita di Sidikalang, Senin (3/3/2025).\n(Humas)\nBagikan:\n"
        "Baca juga: Pemkab Dairi Kembali Raih Opini WTP dari BPK RI Perwakilan Sumut"
    )
    assert x.awards == []


@pytest.mark.parametrize("written", ["Ketua kader", "Ketua Kader"])
def test_the_head_of_a_health_posts_volunteers_written_in_lower_case_holds_it(written: str) -> None:
    x = run(
        f"{written} Posyandu Flamboyan II, Romauli Simbolon, mengaku tidak menyangka posyandunya terbaik."
    )
    assert ("Romauli Simbolon", "Ketua Kader", "Posyandu Flamboyan II") in _held(x)


@pytest.mark.parametrize(
    ("written", "faction"),
    [
        ("Fraksi Kebangkitan Bangsa Demokrat", "Fraksi Kebangkitan Bangsa Demokrat"),
        ("Fraksi Gerindra Sejahtera", "Fraksi Gerindra Sejahtera"),
    ],
)
def test_a_faction_of_two_parties_members_is_named_with_both(written: str, faction: str) -> None:
    """ "Fraksi Kebangkitan Bangsa Demokrat": one faction of two parties' members, not the first
    party's faction and the second party."""
    x = run(f"SIDIKALANG - {written} DPRD Kabupaten Dairi menerima Raperda itu. Fraksi PKB menolak.")
    organizations = names(x, EntityType.ORGANIZATION)
    assert any(name.startswith(faction) for name in organizations)
    assert "Partai Demokrat" not in organizations and "Fraksi PKB" in organizations


def test_a_name_opening_with_hari_and_closed_by_a_degree_is_a_persons() -> None:
    """ "Kepala Dinas ..., Hari Tumpak Simbolon, S.E., M.M., ...": "Hari" (a day; a stop word) opens a
    given name where name words and a degree follow; "Hari Jadi Kabupaten Dairi" is still no one."""
    x = run(
        "Hadir pula Kepala Dinas Pariwisata Kabupaten Dairi, Hari Tumpak Simbolon, S.E., M.M., Camat Sumbul. "
        "Peringatan Hari Jadi Kabupaten Dairi digelar Senin."
    )
    assert names(x, EntityType.PERSON) == {"Hari Tumpak Simbolon"}
    assert ("Hari Tumpak Simbolon", "Kepala", "Dinas Pariwisata Kabupaten Dairi") in _held(x)


def test_acehs_sharia_police_is_a_body_of_the_regency_not_a_person() -> None:
    x = run(
        "SINGKIL – Alat peraga kampanye yang masih terpasang akan ditertibkan bersama Satpol PP dan Wilayatul "
        "Hisbah (WH) Aceh Singkil, kata Ketua Panwaslih Kabupaten Aceh Singkil. Tersangka WH ditahan."
    )
    assert "Wilayatul Hisbah Kabupaten Aceh Singkil" in names(x, EntityType.ORGANIZATION)
    assert not any("Hisbah" in n for n in names(x, EntityType.PERSON))
    assert not any(
        n.startswith("Wilayatul Hisbah")
        for n in names(x, EntityType.ORGANIZATION) - {"Wilayatul Hisbah Kabupaten Aceh Singkil"}
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Juara I Lomba Desa Wisata 2024 diraih Marihot Situmorang asal Kota Sibolga.",
        "Juara I Lomba Desa Wisata 2024 diraih oleh Marihot Situmorang dari Kabupaten Dairi.",
        "Dalam lomba itu, Marihot Situmorang asal Kota Sibolga meraih Juara I Lomba Desa Wisata 2024.",
        "Penghargaan Pemuda Pelopor 2024 diraih Marihot Situmorang asal Kota Sibolga.",
    ],
)
def test_a_winner_named_with_where_he_comes_from_is_the_winner_not_that_towns_government(
    sentence: str,
) -> None:
    x = run(sentence)
    [award] = x.awards
    assert award.recipient is not None and award.recipient.name == "Marihot Situmorang"
    assert award.conferred_by is None  # ("diraih oleh X": X won it)
    assert not any(n.startswith("Pemerintah") for n in names(x, EntityType.ORGANIZATION))


def test_a_rank_alone_is_won_in_the_contest_named_a_few_sentences_before_with_all_its_words() -> None:
    x = run(
        "Bupati Dairi menyerahkan hadiah kepada para pemenang Lomba Kampung dan Kelurahan Tingkat Kabupaten "
        "Dairi Tahun 2024. Desa Sumbul, Kecamatan Sumbul, keluar sebagai Juara I, disusul Desa Paropo "
        "sebagai Juara II. Adapun Juara Harapan I diraih Desa Tigalingga, Kecamatan Tigalingga. Bupati juga "
        "menyerahkan piagam kepada pemenang Lomba Administrasi Desa (Profil dan Monografi) Tahun 2024. Juara I "
        "diraih Desa Parbuluan."
    )
    contest = "Lomba Kampung dan Kelurahan Tingkat Kabupaten Dairi Tahun 2024"
    assert {n for a in x.awards for n in (a.name, *a.aliases)} >= {
        f"Juara I {contest}",
        f"Juara II {contest}",
        f"Juara Harapan I {contest}",
        "Juara I Lomba Administrasi Desa Tahun 2024",
    }


def test_a_winner_saying_he_came_first_speaks_of_the_first_prize_named_before() -> None:
    x = run(
        "Bupati menyerahkan hadiah kepada para pemenang Lomba Desa Tingkat Kabupaten Dairi Tahun 2024. Juara I "
        "diraih Desa Paropo, Kecamatan Silahisabungan. Kepala Desa Paropo, Sahat Nainggolan, mengaku tidak "
        "menyangka desanya keluar sebagai juara pertama."
    )
    assert [a.name for a in x.awards] == ["Juara I Lomba Desa Tingkat Kabupaten Dairi 2024"]


def test_ranks_listed_after_the_first_ones_verb_are_awards_of_the_same_contest_not_of_their_winners() -> None:
    x = run(
        "Bupati menyerahkan piagam kepada pemenang Lomba Desa Tingkat Kabupaten Dairi Tahun 2024. Juara I diraih "
        "Desa Paropo, Kecamatan Silahisabungan, Juara II Desa Sumbul, Kecamatan Sumbul, dan Juara III Desa Lae "
        "Parira, Kecamatan Lae Parira."
    )
    assert [a.name for a in x.awards] == [
        f"Juara {rank} Lomba Desa Tingkat Kabupaten Dairi 2024" for rank in ("I", "II", "III")
    ]


def test_becoming_a_contests_champion_is_winning_its_rank_and_becoming_something_else_wins_nothing() -> None:
    [award] = run(
        "Posyandu Flamboyan Desa Sumbul berhasil menjadi Juara I Lomba Posyandu Tingkat Provinsi Sumatera Utara "
        "Tahun 2023."
    ).awards
    assert award.name == "Juara I Lomba Posyandu Tingkat Provinsi Sumatera Utara 2023"
    assert not run("Desa Sumbul kini menjadi Desa Wisata Unggulan Kabupaten Dairi.").awards
    assert not run("Desa Sumbul berpeluang menjadi juara pertama lomba desa tingkat provinsi.").awards


def test_two_consolation_ranks_joined_are_two_awards_of_the_contest_and_no_person() -> None:
    x = run(
        "Bupati menyerahkan hadiah kepada para pemenang Lomba Desa Tingkat Kabupaten Dairi Tahun 2024. Juara I "
        "diraih Desa Paropo, Kecamatan Silahisabungan. Adapun Harapan I dan Harapan II masing-masing diraih "
        "Desa Sumbul, Kecamatan Sumbul, dan Desa Lae Parira, Kecamatan Lae Parira."
    )
    contest = "Lomba Desa Tingkat Kabupaten Dairi 2024"
    consolation = [a for a in x.awards if "Harapan" in a.name]
    assert [a.name for a in consolation] == [f"Juara Harapan I {contest}", f"Juara Harapan II {contest}"]
    assert "Harapan II Lomba Desa Tingkat Kabupaten Dairi Tahun 2024" in consolation[1].aliases
    assert not names(x, EntityType.PERSON)


def test_an_awards_name_leaves_out_its_bracketed_short_form_which_stays_an_alias() -> None:
    [award] = run(
        "Kabupaten Dairi meraih Juara II Penghargaan Pembangunan Daerah (PPD) Tingkat Provinsi Sumatera Utara "
        "Tahun 2021."
    ).awards
    assert award.name == "Juara II Penghargaan Pembangunan Daerah Tingkat Provinsi Sumatera Utara 2021"
    assert (
        "Juara II Penghargaan Pembangunan Daerah Tingkat Provinsi Sumatera Utara Tahun 2021" in award.aliases
    )
    assert (
        "Juara II Penghargaan Pembangunan Daerah (PPD) Tingkat Provinsi Sumatera Utara 2021" in award.aliases
    )


@pytest.mark.parametrize(
    ("sentence", "person", "role", "body"),
    [
        (
            "Turut hadir Kepala Perwakilan BKKBN Sumatera Utara yang diwakili Koordinator Bidang Pelatihan Romauli "
            "Simbolon, para kepala perangkat daerah, serta camat.",
            "Romauli Simbolon",
            "Koordinator Bidang Pelatihan",
            "Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional Provinsi Sumatera Utara",
        ),
        (
            "Kepala Dinas Kesehatan Kabupaten Dairi yang diwakili Kepala Bidang Pencegahan Penyakit, Romauli "
            "Simbolon, membuka acara.",
            "Romauli Simbolon",
            "Kepala Bidang Pencegahan Penyakit",
            "Dinas Kesehatan Kabupaten Dairi",
        ),
    ],
)
def test_the_head_of_a_unit_standing_in_for_the_head_of_a_body_holds_the_units_office_in_that_body(
    sentence: str, person: str, role: str, body: str
) -> None:
    found = [
        (m.role.name, m.organization.name if m.organization else None)
        for m in run(sentence).memberships
        if m.person.name == person
    ]
    assert found == [(role, body)]


def test_a_regions_inflation_control_team_written_bare_is_the_team_of_the_region_the_story_is_about() -> None:
    x = run(
        "Pemkab Dairi menggelar Rapat Koordinasi Tim Pengendalian Inflasi Daerah (TPID) di Sidikalang, Selasa "
        "(17/12/2024). Sekda Dairi Sahat Nainggolan selaku Ketua Harian TPID memimpin rapat itu."
    )
    team = "Tim Pengendalian Inflasi Daerah Kabupaten Dairi"
    assert team in names(x, EntityType.ORGANIZATION)
    assert ("Ketua Harian", team) in {
        (m.role.name, m.organization.name if m.organization else None) for m in x.memberships
    }
    national = run("Menteri Keuangan meminta agar TPIP dan TPID terus bersinergi menjaga harga pangan.")
    assert "Tim Pengendalian Inflasi Daerah" in names(national, EntityType.ORGANIZATION)


def test_the_head_of_a_national_bodys_representative_office_named_before_the_body_holds_that_office() -> None:
    x = run(
        "Kepala Perwakilan Ombudsman RI Provinsi Sumatera Utara, Marihot Situmorang, menyerahkan sertifikat itu."
    )
    office = "Ombudsman Republik Indonesia Perwakilan Provinsi Sumatera Utara"
    assert [
        (m.person.name, m.role.name, m.organization.name if m.organization else None) for m in x.memberships
    ] == [("Marihot Situmorang", "Kepala Perwakilan", office)]
    other = run(
        "Kepala Ombudsman RI Perwakilan Sumatera Utara Marihot Situmorang menyerahkan sertifikat itu."
    )
    assert office in names(other, EntityType.ORGANIZATION)  # (the same office, written the other way)


def test_a_directorate_general_the_lexicon_does_not_know_is_read_past_its_generals_word() -> None:
    x = run("Proyek jalan itu ditangani Direktorat Jenderal Bina Marga Kementerian Pekerjaan Umum.")
    assert {"Direktorat Jenderal Bina Marga", "Kementerian Pekerjaan Umum"} <= names(
        x, EntityType.ORGANIZATION
    )
    alone = run("Hal itu disampaikan Direktorat Jenderal (Ditjen) dalam surat edarannya.")
    assert not names(alone, EntityType.ORGANIZATION)  # (the head's words alone name no body)


def test_a_national_bodys_office_named_in_its_heads_title_keeps_that_form_as_an_alias() -> None:
    x = run(
        "Penghargaan diserahkan Gubernur Sumatera Utara bersama Kepala Perwakilan Bank Indonesia Provinsi Sumatera "
        "Utara di Medan."
    )
    [office] = [e for e in x.entities if e.name == "Kantor Perwakilan Bank Indonesia Provinsi Sumatera Utara"]
    assert "Perwakilan Bank Indonesia Provinsi Sumatera Utara" in office.aliases


def test_the_kind_of_winner_an_awards_category_is_written_in_lower_case_after_its_name_is_part_of_it() -> (
    None
):
    [award] = run(
        "Selain itu, Kabupaten Dairi dianugerahi Juara II Penghargaan Pembangunan Daerah (PPD) Tahun 2021 tingkat "
        "Provinsi Sumatera Utara kategori kabupaten, yang diserahkan Gubernur."
    ).awards
    assert award.name == (
        "Juara II Penghargaan Pembangunan Daerah Tahun 2021 tingkat Provinsi Sumatera Utara kategori kabupaten"
    )


def test_the_last_portfolio_of_a_list_before_the_bodys_short_form_is_part_of_its_name() -> None:
    x = run(
        "Bupati didampingi Kepala Dinas Perindustrian, Perdagangan dan Koperasi (Disperindagkop) Dairi Marihot "
        "Situmorang meninjau Pasar Sidikalang."
    )
    body = "Dinas Perindustrian, Perdagangan dan Koperasi Kabupaten Dairi"
    assert body in names(x, EntityType.ORGANIZATION)
    assert not any(n.startswith("Koperasi") for n in names(x, EntityType.ORGANIZATION))
    assert [(m.person.name, m.organization.name if m.organization else None) for m in x.memberships] == [
        ("Marihot Situmorang", body)
    ]


def test_two_national_bodies_short_forms_joined_by_a_hyphen_are_both_bodies() -> None:
    x = run("Apel diikuti personel TNI-Polri, ASN dan pelajar di Sidikalang.")
    assert names(x, EntityType.ORGANIZATION) == {
        "Tentara Nasional Indonesia",
        "Kepolisian Negara Republik Indonesia",
    }
    # a case number, an index's name: one word, no body
    assert not names(
        run("Putusan MK Nomor 90/PUU-XXII/2023 dibacakan. BI-Rate naik."), EntityType.ORGANIZATION
    ) - {"Mahkamah Konstitusi"}


def test_a_contests_name_keeps_its_list_of_capitalised_words_between_commas_and_its_year() -> None:
    x = run(
        "Pemkot Sibolga mengumumkan para pemenang Lomba Kampung Rapi, Hijau, Aman, dan Tertib (Rahayu) Tahun "
        "2022. Juara I diraih RW 07 Kelurahan Pasar Lama."
    )
    [award] = x.awards
    assert award.name == "Juara I Lomba Kampung Rapi, Hijau, Aman, dan Tertib 2022"
    # a list of other things after a contest's name is none of its words
    [award] = run(
        "Pemkab Dairi mengumumkan pemenang Lomba Desa, Camat Sumbul dan Kepala Dinas hadir. Juara I diraih Desa "
        "Paropo."
    ).awards
    assert award.name == "Juara I Lomba Desa"


def test_a_ranks_contest_written_with_a_bracketed_part_is_also_its_name_as_written() -> None:
    x = run(
        "Pemkot Sibolga mengumumkan para pemenang Lomba Kampung Rapi, Hijau, dan Tertib (Kampung Rahayu) "
        "Tahun 2022. Juara I diraih RW 07 Kelurahan Pasar Lama."
    )
    [award] = x.awards
    assert award.name == "Juara I Lomba Kampung Rapi, Hijau, dan Tertib 2022"
    assert "Juara I Lomba Kampung Rapi, Hijau, dan Tertib (Kampung Rahayu) Tahun 2022" in award.aliases


def test_a_rank_given_to_its_winner_or_opening_a_clause_after_sedangkan_is_an_award_of_the_contest() -> None:
    x = run(
        "Bupati mengumumkan pemenang Lomba Desa Tingkat Kabupaten Dairi Tahun 2024. Juara I diraih Desa Paropo, "
        "sedangkan Juara II diraih Desa Sumbul. Sementara itu, predikat Juara Harapan I jatuh kepada Desa "
        "Tigalingga. Gelar Juara Harapan II diberikan kepada Desa Parbuluan."
    )
    contest = "Lomba Desa Tingkat Kabupaten Dairi 2024"
    assert [a.name for a in x.awards] == [
        f"Juara {rank} {contest}" for rank in ("I", "II", "Harapan I", "Harapan II")
    ]


def test_ranks_listed_each_on_its_line_with_a_colon_before_the_winner_are_awards_of_the_contest() -> None:
    x = run(
        "Bupati Dairi Binsar Manurung menyerahkan trofi kepada para pemenang di Sidikalang.\n\n"
        "Berikut daftar pemenang Lomba Lingkungan Asri tingkat Kabupaten Dairi 2024:\n"
        "1. Juara I: Sanggar Lae Renun, Kecamatan Sumbul\n"
        "2. Juara II: Desa Pegagan Julu, Kecamatan Sumbul\n"
        "3. Harapan I: Desa Bangun, Kecamatan Parbuluan"
    )
    contest = "Lomba Lingkungan Asri tingkat Kabupaten Dairi 2024"
    assert awarded(x) == [
        (f"Juara I {contest}", "Sanggar Lae Renun"),
        (f"Juara II {contest}", None),  # (a village whose government the article does not name)
        (f"Juara Harapan I {contest}", None),
    ]
    # with the category each rank was won in between
    x = run(
        "Pemkab Toba meraih penghargaan dalam Lomba Desa Wisata Tingkat Provinsi Sumatera Utara 2024. Berikut "
        "daftarnya:\n- Juara I kategori Desa Wisata Maju: Sanggar Lae Renun, Kecamatan Laguboti\n- Juara II "
        "kategori Desa Wisata Berkembang: Desa Meat, Kecamatan Tampahan"
    )
    contest = "Lomba Desa Wisata Tingkat Provinsi Sumatera Utara 2024"
    assert awarded(x) == [
        (f"Juara I {contest} kategori Desa Wisata Maju", "Sanggar Lae Renun"),
        (f"Juara II {contest} kategori Desa Wisata Berkembang", None),
    ]
    # a colon after a rank in running text lists no winner
    assert not run("Bupati Dairi Binsar Manurung berpesan kepada Juara I: Jaga prestasi ini.").awards


def test_a_place_among_the_best_entered_and_a_rank_told_as_raihan_are_won() -> None:
    x = run(
        "Inovasi milik Dinas Kesehatan Kabupaten Dairi berhasil masuk jajaran Top 10 Kompetisi Inovasi "
        "Pelayanan Publik Tingkat Provinsi Sumatera Utara Tahun 2024. Bupati menyerahkan piagam kepada Lurah "
        "Batang Beruh, Tumpal Sinaga, atas raihan Juara II Lomba Kelurahan Berprestasi Tingkat Provinsi "
        "Sumatera Utara 2024."
    )
    assert awarded(x) == [
        (
            "Top 10 Kompetisi Inovasi Pelayanan Publik Tingkat Provinsi Sumatera Utara 2024",
            "Dinas Kesehatan Kabupaten Dairi",
        ),
        ("Juara II Lomba Kelurahan Berprestasi Tingkat Provinsi Sumatera Utara 2024", "Tumpal Sinaga"),
    ]
    # entering anything else wins nothing
    assert not run("Rombongan Dinas Kesehatan Kabupaten Dairi masuk Kantor Gubernur Sumatera Utara.").awards


def test_a_contest_said_to_be_won_by_someone_is_its_winners_award_at_the_festival() -> None:
    x = run(
        "Festival Danau Toba 2024 ditutup di Balige. Lomba kuliner berbahan ikan mas dimenangi kelompok "
        "Sanggar Lae Renun. Lomba tari tortor tingkat pelajar dijuarai SMP Negeri 1 Balige."
    )
    assert awarded(x) == [
        ("Juara Lomba Kuliner Berbahan Ikan Mas Festival Danau Toba 2024", "Sanggar Lae Renun"),
        ("Juara Lomba Tari Tortor Tingkat Pelajar", "SMPN 1 Balige"),
    ]
    # a contest pointed back to is the one named before, not a new award
    assert not run("Lomba itu dimenangi Sanggar Lae Renun dari Kabupaten Dairi.").awards


def test_a_rank_alone_out_of_reach_of_its_contest_is_won_in_the_only_contest_the_article_names() -> None:
    text = (
        "SIDIKALANG – Malam puncak Festival Budaya Pakpak (FBP) XII digelar di Alun-alun Sidikalang. Ribuan warga "
        "memadati lapangan. Tari dan musik daerah ditampilkan. Peserta datang dari delapan kabupaten. Penilaian "
        "berlangsung tiga hari. Juara II diraih Sanggar Lae Renun dari Kabupaten Dairi."
    )
    [award] = run(text).awards
    assert award.name == "Juara II Festival Budaya Pakpak XII"
    assert "Juara II Festival Budaya Pakpak (FBP) XII" in award.aliases
    # two contests named: which one the rank was won in, the article does not say
    two = text.replace("Ribuan warga", "Lomba Vokal Grup juga digelar. Ribuan warga")
    assert [a.name for a in run(two).awards] == ["Juara II"]


def test_the_only_contest_is_one_with_or_without_tahun_and_no_word_for_contests_in_general() -> None:
    """ "Lomba Desa Lestari Tahun 2022" and "Lomba Desa Lestari 2022" are one contest, and "menjadikan lomba
    sebagai kegiatan musiman" speaks of contests in general: a rank out of reach is the one contest's."""
    text = (
        "Bupati menyerahkan hadiah kepada pemenang Lomba Desa Lestari Tahun 2022 di Pangururan. Camat diminta "
        "tidak menjadikan lomba sebagai kegiatan musiman. Lomba Desa Lestari 2022 diikuti 57 desa. Penilaian "
        "berlangsung tiga bulan. Warga menyambut baik. Aspek yang dinilai meliputi kebersihan. Tim juri berasal "
        "dari tiga dinas. Juara II diraih Desa Tomok."
    )
    assert [a.name for a in run(text, date="2022-11-15").awards] == ["Juara II Lomba Desa Lestari 2022"]


def test_a_rank_won_is_named_as_the_headline_names_it_too() -> None:
    """ "Desa Tomok Sabet Juara I Lomba Desa Lestari Samosir 2022" over "Desa Tomok keluar sebagai juara
    pertama Lomba Desa Lestari 2022": the same place in a contest named with the same first words, the
    headline's words another name of it; not another place, nor another contest."""
    text = "Desa Tomok, Kecamatan Simanindo, keluar sebagai juara pertama Lomba Desa Lestari 2022."
    [award] = extract(Article("Desa Tomok Sabet Juara I Lomba Desa Lestari Samosir 2022", text)).awards
    assert "Juara I Lomba Desa Lestari Samosir 2022" in award.aliases
    for headline in (
        "Desa Tomok Sabet Juara II Lomba Desa Lestari Samosir 2022",
        "Desa Tomok Juara I Lomba Kampung KB",
    ):
        [award] = extract(Article(headline, text)).awards
        assert not any(
            a.startswith("Juara I Lomba Desa Lestari Samosir") or "Kampung" in a for a in award.aliases
        )


def test_the_winner_a_jury_places_is_its_verbs_object_not_its_chair() -> None:
    """ "Dewan juri yang diketuai Dr. X ... menetapkan Desa Y sebagai juara pertama": the jury's chair is
    named last before the rank only because the jury is; the winner is what the jury placed (a village
    whose government the article does not name: nobody)."""
    x = run(
        "Lomba Desa Lestari 2022 digelar Pemkab Samosir. Dewan juri yang diketuai Dr. Rosdiana Sinaga, dosen "
        "Universitas Samosir, menetapkan Desa Tomok, Kecamatan Simanindo, sebagai juara pertama. Dewan juri "
        "menetapkan Kelompok Tani Maju Jaya sebagai juara kedua.",
        date="2022-11-15",
    )
    won = {a.name: a.recipient.name if a.recipient else None for a in x.awards}
    assert won == {
        "Juara pertama Lomba Desa Lestari 2022": None,
        "Juara kedua Lomba Desa Lestari 2022": "Poktan Maju Jaya",
    }


def test_a_rank_alone_looks_for_its_contest_past_the_quoted_words_between() -> None:
    text = (
        "PANGURURAN – Lomba Vokal Grup digelar Kamis di Tomok. Sehari kemudian, Dinas Pertanian Kabupaten Samosir "
        "menggelar Lomba Racik Sambal Andaliman di Balai Desa Tomok.\n\n"
        "“Cabai diulek sendiri. Garam dibawa dari rumah. Semua peserta memakai ulos,” kata Binsar Manurung.\n\n"
        "Juara I diraih Poktan Sopo Bolon dari Desa Tomok. Juara II diraih Poktan Tao Toba dari Simanindo."
    )
    assert [a.name for a in run(text).awards] == [
        "Juara I Lomba Racik Sambal Andaliman",
        "Juara II Lomba Racik Sambal Andaliman",
    ]
    # three sentences of the writer's own between: out of reach
    unquoted = text.replace("“Cabai", "Cabai").replace(",” kata Binsar Manurung", ". Binsar Manurung hadir")
    assert [a.name for a in run(unquoted).awards] == ["Juara I", "Juara II"]


def test_a_rank_in_a_category_another_won_is_not_the_rank_won_before_it() -> None:
    x = run(
        "Dinas Pertanian Kabupaten Samosir menggelar Lomba Racik Sambal Andaliman di Pangururan. Poktan Sopo "
        "Bolon meraih juara I dengan skor 86. Untuk kategori pelajar putri, juara I diraih Tumpal Sinaga "
        "dari Pangururan."
    )
    assert awarded(x) == [
        ("Juara I Lomba Racik Sambal Andaliman", "Poktan Sopo Bolon"),
        ("Juara I Lomba Racik Sambal Andaliman kategori pelajar putri", "Tumpal Sinaga"),
    ]


def test_the_same_category_told_again_is_no_category_named_yang_sama() -> None:
    x = run(
        "Kelompok Tani Sopo Bolon menyabet Juara I Lomba Kebun Andaliman Tingkat Provinsi Sumatera Utara 2018 "
        "untuk kategori benih. Di kategori yang sama, Juara II diraih Kelompok Tani Tao Toba dari Desa Tuktuk."
    )
    assert [a.name for a in x.awards][
        1
    ] == "Juara II Lomba Kebun Andaliman Tingkat Provinsi Sumatera Utara 2018"


def test_a_listed_rank_keeps_its_own_lower_case_category_before_its_winner() -> None:
    x = run(
        "Kelompok Tani Sopo Bolon menyabet Juara I Lomba Kebun Andaliman Tingkat Provinsi Sumatera Utara 2018 "
        "untuk kategori benih. Samosir juga pulang dengan trofi kedua, yaitu Juara Harapan I kategori olahan "
        "hasil tani yang dimenangi Kelompok Perempuan Tani Tao Toba dari Desa Tuktuk."
    )
    assert x.awards[1].name == (
        "Juara Harapan I Lomba Kebun Andaliman Tingkat Provinsi Sumatera Utara 2018 kategori olahan hasil tani"
    )


def test_a_line_of_a_branchs_winners_may_bracket_a_word_before_its_colon() -> None:
    x = run(
        "Pesta Danau Samosir 2024 ditutup Bupati Samosir di Pangururan, Sabtu. Berikut para pemenangnya.\n\n"
        "Lomba solu (sampan kayu): Juara I Desa Tomok, Juara II Desa Tuktuk, Juara III Desa Ambarita."
    )
    assert [a.name for a in x.awards] == ["Juara I Lomba solu", "Juara II Lomba solu", "Juara III Lomba solu"]


def test_a_branch_of_six_words_and_a_title_of_praise_on_lines_of_winners_are_awards() -> None:
    x = run(
        "Pesta Danau Samosir 2024 ditutup Bupati Samosir. Berikut para pemenangnya. Perahu hias: Juara I Desa "
        "Tomok, Juara II Desa Tuktuk. Masak ikan mas dan sambal andaliman: Juara I TP PKK Desa Tomok, Juara II "
        "TP PKK Desa Lumban. Dusun pesisir terbersih: Desa Ambarita."
    )
    assert [a.name for a in x.awards] == [
        "Juara I Perahu hias",
        "Juara II Perahu hias",
        "Juara I Masak ikan mas dan sambal andaliman",
        "Juara II Masak ikan mas dan sambal andaliman",
        "Dusun pesisir terbersih",
    ]


@pytest.mark.parametrize("contest", ["Pacuan Kuda", "Turnamen Voli", "Kerapan Sapi"])
def test_a_race_or_tournament_is_a_contest_whose_ranks_follow(contest: str) -> None:
    x = run(
        f"Tim asal Simanindo keluar sebagai juara pertama {contest} Piala Bupati Samosir 2019. Tim itu mengungguli "
        "20 peserta lain. Juara kedua diraih tim asal Pangururan."
    )
    assert [a.name for a in x.awards] == [
        f"Juara pertama {contest} Piala Bupati Samosir 2019",
        f"Juara kedua {contest} Piala Bupati Samosir 2019",
    ]


def test_the_office_of_a_papuan_district_is_a_place_not_a_body() -> None:
    x = run("Romauli ditemui di Kantor Distrik Abepura, Kota Jayapura, Rabu (11/10/2023).")
    assert "Kantor Distrik Abepura" in names(x, EntityType.PLACE)
    assert "Kantor Distrik Abepura" not in names(x, EntityType.ORGANIZATION)


def test_the_tagger_reading_the_last_words_of_an_events_name_as_a_body_makes_no_body() -> None:
    x = run(
        "Dalam Rapat Koordinasi Nasional Kependudukan dan Pencatatan Sipil 2023 di Jakarta, Disdukcapil Dairi "
        "dianugerahi penghargaan. Rapat Paripurna DPRD Kota Sibolga digelar Senin."
    )
    assert not any(n.startswith("Nasional") for n in names(x, EntityType.ORGANIZATION))
    assert "Dewan Perwakilan Rakyat Daerah Kota Sibolga" in names(x, EntityType.ORGANIZATION)


def test_a_partys_short_name_opening_a_programmes_bracketed_nickname_is_no_party() -> None:
    x = run(
        "Layanan itu bagian dari program Gerakan Layanan Keliling Rakyat Sehati (Gelora Sehati). "
        "Setelah Sumbul, layanan Gelora Sehati berlanjut ke Tigalingga."
    )
    assert not any(n.startswith("Partai") for n in names(x, EntityType.ORGANIZATION))
    assert "Partai Gelombang Rakyat Indonesia" in names(
        run("Ketua DPD Partai Gelora Kabupaten Dairi hadir. Gelora mendukung program itu."),
        EntityType.ORGANIZATION,
    )


def test_a_given_name_that_is_also_a_stop_word_opens_the_name_after_an_office() -> None:
    x = run(
        "Bertindak sebagai inspektur upacara Pj. Wali Kota Sibolga Hari Pardede. Upacara dipimpin Wali Kota "
        "Sibolga Hari Senin lalu."
    )
    assert names(x, EntityType.PERSON) == {"Hari Pardede"}
    assert [(m.person.name, m.role.name) for m in x.memberships] == [("Hari Pardede", "Penjabat Wali Kota")]


def test_a_body_named_again_by_its_head_and_the_short_form_given_it_before_its_heads_name() -> None:
    x = run(
        "Bupati didampingi Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUTR-PKP) Kabupaten Dairi Hasiholan "
        "Sinaga. Kepala Dinas PUTR-PKP Hasiholan Sinaga menjelaskan progres pekerjaan."
    )
    body = "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Dairi"
    assert names(x, EntityType.ORGANIZATION) >= {body}
    assert not any("Hasiholan" in n for n in names(x, EntityType.ORGANIZATION))
    assert {(m.person.name, m.organization.name if m.organization else None) for m in x.memberships} == {
        ("Hasiholan Sinaga", body)
    }


def test_a_members_constituency_between_his_office_and_his_name_is_no_obstacle() -> None:
    x = run(
        "Anggota DPRD Dairi dari daerah pemilihan Sumbul, Hasiholan Sinaga, mendesak pemerintah bertindak. Anggota "
        "DPRD Dairi dari dapil Sumbul, Romauli Simbolon, juga hadir."
    )
    assert {(m.person.name, m.role.name) for m in x.memberships} == {
        ("Hasiholan Sinaga", "Anggota"),
        ("Romauli Simbolon", "Anggota"),
    }


def test_a_kind_of_village_listed_after_another_in_a_contests_name_is_no_place() -> None:
    x = run(
        "Acara dilanjutkan dengan penyerahan penghargaan Lomba Desa dan Kelurahan Asri Tingkat Kota Sibolga "
        "Tahun 2024. Juara I diraih Desa Sumbul."
    )
    assert not any(n.startswith("Kelurahan") for n in names(x, EntityType.PLACE))


def test_the_last_word_of_a_venues_name_set_off_before_an_office_is_the_venue_not_its_holder() -> None:
    x = run(
        "Penjabat (Pj) Bupati Dairi, Sahat Nainggolan, melakukan inspeksi mendadak ke Pasar Induk Sigalingging, "
        "Kecamatan Sumbul. Usai dari Sigalingging, Pj Bupati melanjutkan peninjauan ke Sidikalang."
    )
    assert names(x, EntityType.PERSON) == {"Sahat Nainggolan"}
    assert [m.person.name for m in x.memberships] == ["Sahat Nainggolan"]


def test_a_consolation_rank_written_without_juara_is_an_award_only_with_its_verb_of_receiving() -> None:
    x = run(
        "Bupati mengumumkan pemenang Lomba Desa Tingkat Kabupaten Dairi Tahun 2024. Juara I diraih Desa Paropo. "
        "Adapun Harapan I diraih Desa Tigalingga."
    )
    contest = "Lomba Desa Tingkat Kabupaten Dairi 2024"
    assert [a.name for a in x.awards] == [f"Juara I {contest}", f"Juara Harapan I {contest}"]
    assert not run("Harapan I Desa Tigalingga adalah menjadi desa mandiri.").awards


def test_the_next_winner_after_disusul_wins_the_rank_after_sebagai_not_the_one_before() -> None:
    x = run(
        "Bupati Dairi menyerahkan penghargaan Lomba Desa Tingkat Kabupaten Dairi Tahun 2024. Juara I diraih Desa "
        "Paropo, Kecamatan Silahisabungan, disusul Kelurahan Sumbul, Kecamatan Sumbul, sebagai Juara II. "
        "Pemerintah Desa Paropo berterima kasih."
    )
    winners = {a.name.split(" Lomba")[0]: a.recipient.name if a.recipient else None for a in x.awards}
    assert winners == {"Juara I": "Pemerintah Desa Paropo", "Juara II": None}


def test_a_sentence_opening_after_a_meeting_told_before_tells_of_no_other_meeting() -> None:
    x = run(
        "Bupati Dairi menggelar rapat koordinasi penanganan darurat bersama Forkopimda di Posko Induk BPBD, Senin "
        "(22/7/2024) malam. Rapat dihadiri Wakil Bupati dan Kapolres. Usai rapat, Bupati menandatangani surat "
        'keputusan. "Tidak ada korban jiwa," ujar Kepala BPBD Dairi Sahat Nainggolan, Selasa (23/7/2024).',
        date="2024-07-23",
    )
    assert [(e.name.split()[0], e.date) for e in x.events] == [("Rapat", "2024-07-22")]


def test_a_mobile_service_held_on_a_day_is_an_event_and_a_way_of_serving_is_none() -> None:
    x = run(
        "SIDIKALANG – Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Dairi menggelar layanan "
        "jemput bola administrasi kependudukan bagi warga lansia di Kecamatan Sumbul pada Rabu, 15 Januari 2025.",
        date="2025-01-15",
    )
    [event] = x.events
    assert event.name.startswith("Jemput Bola") and event.date == "2025-01-15"
    assert not run(
        "Pelayanan secara jemput bola terus ditingkatkan, kata Sahat Nainggolan, Rabu (15/1/2025).",
        date="2025-01-15",
    ).events


def test_an_awards_name_in_quotation_marks_after_its_noun_is_the_award() -> None:
    [award] = run(
        'Disdukcapil Dairi dianugerahi predikat "Pelayanan Unggul" dalam Evaluasi Kinerja Pelayanan Tahun 2024.'
    ).awards
    assert award.name.startswith("Pelayanan Unggul")
    assert not run('Bupati menerima "Kami siap bekerja" dari para camat.').awards


def test_a_bodys_short_name_after_its_regional_office_is_that_office() -> None:
    x = run(
        "Rapat dihadiri perwakilan Perum Bulog Kantor Wilayah Sumatera Utara. Kami bekerja sama dengan Bulog untuk "
        "menyediakan beras, kata Sahat Nainggolan."
    )
    [office] = [e for e in x.entities if e.type is EntityType.ORGANIZATION and "Bulog" in e.aliases]
    assert office.name == "Kantor Wilayah Perum Badan Urusan Logistik Provinsi Sumatera Utara"


def test_a_village_named_by_its_regions_own_word_after_its_heads_title_is_that_village() -> None:
    x = run(
        "Budi (52), petani kopi di Pekon Kresno Mulyo, Kecamatan Ambarawa, Kabupaten Pringsewu, mengatakan "
        "panen turun. Hal senada disampaikan Kepala Pekon Kresno Mulyo, Made Sugiarta."
    )
    places = [e for e in x.entities if e.type is EntityType.PLACE and "Kresno Mulyo" in e.name]
    assert len(places) == 1 and "Pekon Kresno Mulyo" in {places[0].name, *places[0].aliases}


def test_a_programme_described_then_given_its_quoted_name_is_that_name() -> None:
    x = run(
        'Kunjungan itu bagian dari pemantauan program peningkatan jalan kabupaten bertajuk "Dairi Mulus" yang '
        "digulirkan Pemkab Dairi sejak 2023."
    )
    assert "Dairi Mulus" in names(x, EntityType.PROGRAM)


def test_titles_of_praise_listed_with_their_winners_are_awards_and_no_bodies() -> None:
    x = run(
        "Panitia juga memberikan penghargaan perorangan. Predikat Pembarong Terbaik diraih Marihot Situmorang, "
        "Penari Tortor Terbaik diberikan kepada Romauli Simbolon, dan Penata Musik Terbaik diraih Hasiholan Sinaga. "
        "Pelayanan Terbaik diberikan kepada masyarakat."
    )
    assert {a.name for a in x.awards} == {
        "Predikat Pembarong Terbaik",
        "Penari Tortor Terbaik",
        "Penata Musik Terbaik",
    }
    assert not any("Terbaik" in n for n in names(x, EntityType.ORGANIZATION))


def test_titles_of_praise_given_for_and_to_their_winners_are_awards_even_one_read_as_a_body() -> None:
    x = run(
        "Desa Tomok keluar sebagai juara pertama Lomba Desa Wisata tingkat Kabupaten Samosir 2023. Panitia juga "
        "memberikan penghargaan kategori khusus, yakni Pemandu Wisata Terbaik untuk Desa Simanindo, serta Kuliner Khas "
        "Terbaik untuk Desa Ambarita. Panitia juga memberikan penghargaan Dusun Terbersih kepada RW 05 Kelurahan "
        "Tomok serta Bank Sampah Teladan kepada Bank Sampah Maju Kelurahan Lumban. Juara I untuk Kategori Remaja "
        "diraih Purnama Sinaga."
    )
    won = {a.name: a.recipient.name if a.recipient else None for a in x.awards}
    # (a village wins as its government, which this text never names)
    assert won["Pemandu Wisata Terbaik"] is None
    assert "Kuliner Khas Terbaik" in won
    assert won["Dusun Terbersih"] == "RW 05 Kelurahan Tomok"
    assert won["Bank Sampah Teladan"] == "Bank Sampah Maju Kelurahan Lumban"
    assert "Bank Sampah Teladan" not in names(x, EntityType.ORGANIZATION)
    assert "Kategori Remaja" not in won.values()  # ("untuk" after a rank names its category, not its winner)


def test_a_neighbourhood_association_named_with_its_village_is_a_body_and_the_village_a_place() -> None:
    x = run(
        "Juara I diraih RW 05 Kelurahan Sumbul, Kecamatan Sidikalang, Kabupaten Dairi. Ketua RW 05 Kelurahan "
        "Sumbul, Marihot Situmorang, mengaku tidak menyangka kampungnya juara. Ketua RT dan RW setempat hadir."
    )
    assert "RW 05 Kelurahan Sumbul" in names(x, EntityType.ORGANIZATION)
    assert [(m.person.name, m.organization.name if m.organization else None) for m in x.memberships] == [
        ("Marihot Situmorang", "RW 05 Kelurahan Sumbul")
    ]
    assert any("Sumbul" in n for n in names(x, EntityType.PLACE))
    assert not any(
        n.startswith("RW") for n in names(run("Ketua RT dan RW 05 setempat hadir."), EntityType.ORGANIZATION)
    )


def test_a_phrase_going_on_a_capitalised_events_name_is_no_body() -> None:
    x = run(
        "Penetapan status itu ditandai dengan Apel Gabungan Siaga Bencana yang digelar di halaman Kantor Bupati "
        "Dairi, Kamis (10/8/2023). Sebelumnya Rapat Paripurna DPRD Kabupaten Dairi digelar."
    )
    assert names(x, EntityType.ORGANIZATION) == {"Dewan Perwakilan Rakyat Daerah Kabupaten Dairi"}


def test_a_short_form_the_article_gives_an_event_names_no_body_with_its_edition() -> None:
    x = run(
        "Malam puncak Festival Budaya Pakpak (FBP) XII digelar di Sidikalang, Selasa (18/7/2023). Ketua Dewan Juri "
        "FBP XII, Marihot Situmorang, menilai kualitas peserta membaik. Kepala Badan Pusat Statistik (BPS) Dairi "
        "hadir."
    )
    assert names(x, EntityType.ORGANIZATION) == {"Badan Pusat Statistik Kabupaten Dairi"}
    assert not [m for m in x.memberships if m.person.name == "Marihot Situmorang"]


def test_acehs_municipal_police_and_sharia_police_written_short_are_one_body() -> None:
    x = run("Bupati didampingi Kepala Satpol PP dan WH Gayo Lues, Hasiholan; serta Kapolres Gayo Lues.")
    body = "Satuan Polisi Pamong Praja dan Wilayatul Hisbah Kabupaten Gayo Lues"
    assert [(m.person.name, m.organization.name if m.organization else None) for m in x.memberships] == [
        ("Hasiholan", body)
    ]


def test_entering_the_ombudsmans_green_zone_is_an_award_and_an_epidemics_is_none() -> None:
    [award] = run(
        "Pemkab Dairi juga tercatat masuk zona hijau dengan kategori kualitas tertinggi dalam Penilaian Kepatuhan "
        "Penyelenggaraan Pelayanan Publik oleh Ombudsman RI tahun 2023."
    ).awards
    assert award.name.startswith("Zona Hijau")
    assert award.recipient is not None and award.recipient.name == "Pemerintah Kabupaten Dairi"
    assert not run("Kota Sibolga kini masuk zona hijau Covid-19 setelah kasus turun.").awards


def test_an_awards_name_goes_on_past_a_preposition_its_short_form_spells() -> None:
    [award] = run(
        "Kantor Imigrasi Kelas II Sidikalang meraih predikat Wilayah Bebas dari Korupsi (WBK) dari Kementerian "
        "Hukum dan HAM pada 2024."
    ).awards
    assert award.name == "Wilayah Bebas dari Korupsi"
    # "dari" and what the short form does not spell stay out: the giver
    [other] = run(
        "Kantor Imigrasi Sidikalang meraih predikat Pelayanan Prima dari Kementerian Hukum (PP)."
    ).awards
    assert other.name == "Pelayanan Prima"


def test_a_rank_after_sebagai_follows_a_rank_won_by_menjadi_in_its_sentence() -> None:
    names = [
        a.name
        for a in run(
            "Pemkab Dairi mengumumkan hasil Lomba Kampung Asri 2024 di Sidikalang. Desa Sitinjo berhasil menjadi "
            "Juara I, disusul Desa Jerata sebagai Juara II, lalu Desa Paropo di posisi Juara III."
        ).awards
    ]
    assert names == [f"Juara {r} Lomba Kampung Asri 2024" for r in ("I", "II", "III")]


def test_a_rank_won_with_its_own_category_is_not_in_the_category_of_the_rank_before() -> None:
    names = [
        a.name
        for a in run(
            "Kampung Sitinjo menyabet Juara I Festival Kampung Kopi Tingkat Provinsi Sumatera Utara Tahun 2023 "
            "kategori Kampung Pemula. Kampung Jerata meraih Juara II kategori Kampung Maju, sedangkan Kampung "
            "Paropo dianugerahi Juara Harapan I kategori Kampung Unggulan."
        ).awards
    ]
    contest = "Festival Kampung Kopi Tingkat Provinsi Sumatera Utara Tahun 2023 kategori"
    assert names == [
        f"Juara I {contest} Kampung Pemula",
        f"Juara II {contest} Kampung Maju",
        f"Juara Harapan I {contest} Kampung Unggulan",
    ]


def test_a_contest_named_in_lower_case_between_a_rank_and_its_verb_is_the_contest_of_the_ranks_after() -> (
    None
):
    names = [
        a.name
        for a in run(
            "Lomba obor dan lomba perahu digelar sepanjang pekan. Juara I lomba obor diraih Desa Sitinjo, "
            "Juara II Desa Jerata, serta Juara III Desa Paropo."
        ).awards
    ]
    assert names == [f"Juara {r} lomba obor" for r in ("I", "II", "III")]


def test_dinobatkan_sebagai_yang_terbaik_points_back_and_names_no_award() -> None:
    assert not run("Tim Desa Sitinjo akhirnya dinobatkan sebagai yang terbaik tahun ini.").awards


def test_an_award_named_with_its_category_then_handed_to_the_mayor_is_one_award_of_the_city() -> None:
    awards = run(
        "Kota Sibolga meraih penghargaan Adipura untuk kategori kota kecil tahun ini. Piala Adipura diserahkan "
        "Menteri Lingkungan Hidup kepada Wali Kota Sibolga Sahat Nainggolan, Rabu (5/3/2025)."
    ).awards
    assert {(a.name, a.recipient and a.recipient.name) for a in awards} == {
        ("Piala Adipura kategori kota kecil", "Pemerintah Kota Sibolga")
    }
    assert "Adipura kategori kota kecil" in awards[0].aliases


def test_a_certificate_received_by_its_name_is_an_award_only_when_the_name_is_an_awards() -> None:
    [award] = run("SDN 3 Sitinjo menerima piagam Adiwiyata Nasional dari Bupati Dairi.").awards
    assert award.name == "Adiwiyata Nasional"
    assert not run("Pemkab Dairi menerima sertifikat Hak Guna Bangunan dari BPN.").awards


def test_an_awards_short_form_another_award_spells_out_is_named_with_its_words() -> None:
    names = {
        a.name: a.aliases
        for a in run(
            "Pemkab Dairi meraih Juara III Penghargaan Pembangunan Daerah (PPD) 2024 kategori kabupaten tingkat "
            "nasional. Sebelumnya Dairi juga meraih Juara I PPD tingkat Provinsi Sumatera Utara."
        ).awards
    }
    assert set(names) == {
        "Juara III Penghargaan Pembangunan Daerah 2024 kategori kabupaten tingkat nasional",
        "Juara I Penghargaan Pembangunan Daerah tingkat Provinsi Sumatera Utara",
    }
    assert (
        "Juara I PPD tingkat Provinsi Sumatera Utara"
        in names["Juara I Penghargaan Pembangunan Daerah tingkat Provinsi Sumatera Utara"]
    )


def test_an_award_written_after_predikat_is_also_named_with_it() -> None:
    [award] = run(
        "Kabupaten Dairi untuk pertama kali meraih predikat Kabupaten Layak Anak (KLA) kategori Madya."
    ).awards
    assert award.name == "Kabupaten Layak Anak kategori Madya"
    assert "Predikat Kabupaten Layak Anak kategori Madya" in award.aliases


def test_two_ranks_written_with_one_word_before_them_are_two_awards_and_origins_win_nothing() -> None:
    said = "Sanggar Sitinjo meraih Juara I Festival Tari Pakpak 2024. "
    awards = run(
        said + "Adapun Juara II dan III masing-masing diraih sanggar asal Kabupaten Karo dan Samosir."
    ).awards
    contest = "Festival Tari Pakpak 2024"
    assert [(a.name, a.recipient) for a in awards[1:]] == [
        (f"Juara II {contest}", None),
        (f"Juara III {contest}", None),
    ]
    # (the ranks in lower case too: "Sementara juara harapan I dan II masing-masing disabet ...")
    for given_to in (
        "Juara Harapan I dan II masing-masing diberikan kepada",
        "Sementara juara harapan I dan II masing-masing disabet",
    ):
        given = run(
            f"Pemkab Dairi mengumumkan pemenang Lomba Kampung Asri 2024. {given_to} Pemkab Karo dan Pemkab Samosir."
        ).awards
        assert [(a.name, a.recipient and a.recipient.name) for a in given] == [
            ("Juara Harapan I Lomba Kampung Asri 2024", "Pemerintah Kabupaten Karo"),
            ("Juara Harapan II Lomba Kampung Asri 2024", "Pemerintah Kabupaten Samosir"),
        ]


def test_the_region_a_winning_village_lies_in_is_not_a_winner() -> None:
    """``juara harapan I dan II masing-masing disabet Desa A, Kabupaten Toba, dan Desa B, Kabupaten Dairi``:
    the regencies written after the villages say where they lie; neither regency's government won (nor
    becomes a body of the graph), and villages whose governments the article does not name win as nobody."""
    x = run(
        "Pemprov Sumut mengumumkan pemenang Lomba Desa Wisata 2024. Sementara juara harapan I dan II masing-masing "
        "disabet Desa Parbaba Dolok, Kabupaten Toba, dan Desa Sihotang Julu, Kabupaten Dairi."
    )
    assert [(a.name, a.recipient) for a in x.awards] == [
        ("Juara Harapan I Lomba Desa Wisata 2024", None),
        ("Juara Harapan II Lomba Desa Wisata 2024", None),
    ]
    assert not any(e.name.startswith("Pemerintah Kabupaten") for e in x.entities)


def test_a_rank_is_won_by_the_body_named_before_the_village_it_lies_in_not_the_villages_government() -> None:
    said = (
        "Kepala Desa Sitinjo Marihot Situmorang hadir. Panitia mengumumkan hasil Lomba Posyandu Tingkat Kabupaten "
        "Dairi Tahun 2024. Posyandu Kenari 2 Desa Sitinjo, Kecamatan Sumbul, berhasil menjadi Juara I."
    )
    [award] = run(said).awards
    assert award.recipient is not None and award.recipient.name == "Posyandu Kenari 2"


def test_ranks_listed_with_the_winners_home_in_brackets_are_won_by_those_persons() -> None:
    x = run(
        "Pemenang Lomba Cipta Motif Uis tingkat Kabupaten Karo diumumkan di Kabanjahe, Sabtu (14/6/2025). "
        "Juara I lomba itu diraih Sri Ulina Ginting (Desa Lingga, Simpang Empat), juara II Roswita "
        "Sembiring (Kecamatan Berastagi), sedangkan juara III Lusiana Tarigan (Desa Surbakti).",
        date="2025-06-15",
    )
    won = {a.name.split(" Lomba")[0]: a.recipient.name if a.recipient else None for a in x.awards}
    assert won == {
        "Juara I": "Sri Ulina Ginting",
        "Juara II": "Roswita Sembiring",
        "Juara III": "Lusiana Tarigan",
    }
    # where they come from is no nickname of theirs
    persons = {e.name: e.aliases for e in x.entities if e.type is EntityType.PERSON}
    assert persons["Roswita Sembiring"] == set()


def test_a_national_or_local_balai_of_a_listed_kind_is_a_body_not_a_programme() -> None:
    """A "Balai" alone is as often a hall ("Balai Desa"); "Balai Penerapan ...", "Balai Penyuluhan ..." are
    offices (the ministry's standards unit, a district's extension centre)."""
    x = run(
        "Pendampingan teknis diberikan Balai Penerapan Standar Instrumen Pertanian (BPSIP) Sumatera Utara. Kepala "
        "Balai Penyuluhan Pertanian Kecamatan Simanindo, Hotman Pardede, hadir."
    )
    bodies = names(x, EntityType.ORGANIZATION)
    assert "Balai Penerapan Standar Instrumen Pertanian Provinsi Sumatera Utara" in bodies
    assert not names(x, EntityType.PROGRAM)
    assert [(m.person.name, m.organization.name) for m in x.memberships] == [
        ("Hotman Pardede", "Balai Penyuluhan Pertanian Kecamatan Simanindo")
    ]


def test_a_category_introducing_a_list_of_winners_names_each_rank_in_it() -> None:
    """``... inilah para juara kategori desa:`` then ``Juara I: Desa A``, ..., ``Harapan II: Desa E``:
    every rank of the list is the contest's, in that category (the ranks out of the contest's reach
    too), named with its year as written (``tahun 2023``) and without ``tahun``."""
    text = (
        "SAMOSIR – Desa Sigaol, Kecamatan Palipi, keluar sebagai juara pertama Lomba Desa tingkat Kabupaten "
        "Samosir tahun 2023.\n\nMenurut dewan juri dari Dinas Pemberdayaan Masyarakat dan Desa, "
        "inilah para juara kategori desa:\n\nJuara I: Desa Sigaol, Kecamatan Palipi (nilai 901)\n\n"
        "Juara II: Desa Sabulan, Kecamatan Sitiotio (nilai 880)\n\nJuara III: Desa Hutaginjang, Kecamatan "
        "Sianjur Mula-mula (nilai 862)\n\nHarapan I: Desa Salaon, Kecamatan Ronggurnihuta\n\nHarapan II: Desa "
        "Limbong, Kecamatan Sianjur Mula-mula\n\nKepala Desa Sigaol, Binsar Manurung, mengucapkan terima kasih."
    )
    awards = extract(Article("Judul", text, date="2023-10-10")).awards
    names = {n for a in awards for n in (a.name, *a.aliases)}
    contest = "Lomba Desa tingkat Kabupaten Samosir 2023 kategori desa"
    assert names >= {
        f"{rank} {contest}"
        for rank in ("Juara I", "Juara II", "Juara III", "Juara Harapan I", "Juara Harapan II")
    }


def test_places_in_a_ranking_are_ranks_won_by_the_group_named_after_them() -> None:
    """``Tempat kedua diraih grup X ..., serta juara ketiga jatuh kepada regu Y``: ranks of the contest
    named before, their winners groups (never persons, as "grup" and "regu" say); ``Tempat kedua
    ditempati A, dan tempat ketiga B``: the third place too, its verb left out, named as written besides
    ("Tempat ketiga ...")."""
    told = (
        "Festival Kuliner Toba 2023 digelar di Balige. Dewan juri menetapkan kelompok Marsada Roha dari Desa "
        "Lumban Silintong sebagai juara pertama.\n\nTempat kedua diraih grup Horas Jaya asal Kelurahan Pardede "
        "Onan, serta juara ketiga jatuh kepada regu Sada Roha asal Desa Sibola Hotangsas."
    )
    x = extract(Article("Judul", told, date="2023-07-10"))
    names = {a.name for a in x.awards}
    assert {"Juara kedua Festival Kuliner Toba 2023", "Juara ketiga Festival Kuliner Toba 2023"} <= names
    assert not {"Horas Jaya", "Sada Roha"} & {e.name for e in x.entities if e.type is EntityType.PERSON}
    listed = (
        "Bupati Toba menyerahkan piala Lomba Poktan Terbaik 2024 di Balige. Kelompok Tani Maju Kelurahan "
        "Balige I meraih juara pertama. Tempat kedua ditempati Kelompok Tani Sejahtera Kelurahan Napitupulu, "
        "Kecamatan Balige, dan tempat ketiga Kelompok Tani Harapan Kelurahan Sangkar Nihuta, Kecamatan Balige."
    )
    [third] = [a for a in extract(Article("Judul", listed, date="2024-07-10")).awards if "ketiga" in a.name]
    assert third.name == "Juara ketiga Lomba Poktan Terbaik 2024"
    assert "Tempat ketiga Lomba Poktan Terbaik 2024" in third.aliases


@pytest.mark.parametrize("verb", ["ditempati", "diraih", "jatuh kepada"])
def test_a_place_won_by_a_body_named_kelompok_is_that_bodys(verb: str) -> None:
    """``Posisi kedua ditempati Kelompok Tani X``: won by the farmers' group the name is; the lower-case
    word of a group ("grup X", "kelompok X") alone says the rest is a group's own name, not the capital
    that opens a body's."""
    text = (
        "Dinas Pertanian Kabupaten Samosir mengumumkan pemenang Lomba Kebun Kopi Lestari 2024 di Pangururan. "
        f"Juara pertama diraih Kelompok Tani Dolok Marlanggar. Posisi kedua {verb} Kelompok Tani Sipinggan "
        "Jaya, disusul Kelompok Tani Parbaba di posisi ketiga."
    )
    awards = {a.name: a for a in extract(Article("Judul", text, date="2024-10-05")).awards}
    second = awards["Juara kedua Lomba Kebun Kopi Lestari 2024"]
    assert second.recipient is not None and second.recipient.name.endswith("Sipinggan Jaya")


def test_a_place_in_a_ranking_written_after_its_winner_is_a_rank_won() -> None:
    """``Juara pertama diraih A, disusul B pada posisi kedua, dan C pada posisi ketiga``: the places
    after the winners are ranks of the contest named before, named as its other ranks are and as
    written ("Posisi ketiga ..."), won by the one the clause names after "dan"."""
    text = (
        "Pemerintah Kota Sibolga mengumumkan pemenang Lomba Lingkungan Asri Tahun 2024. Juara pertama diraih "
        "Kelompok Tani Marsiurupan, Desa Lumban Julu, disusul Kelompok Tani Sauduran pada posisi "
        "kedua, dan Kelompok Tani Horas, Kecamatan Balige, pada posisi ketiga."
    )
    awards = {a.name: a for a in extract(Article("Judul", text, date="2024-08-20")).awards}
    assert "Juara kedua Lomba Lingkungan Asri 2024" in awards
    third = awards["Juara ketiga Lomba Lingkungan Asri 2024"]
    assert "Posisi ketiga Lomba Lingkungan Asri 2024" in third.aliases
    assert third.recipient is not None and third.recipient.name.endswith("Horas")


def test_a_rank_written_after_its_winner_in_a_list_of_places_is_a_rank_won() -> None:
    """``Posisi kedua ditempati A, disusul B, Desa C, di peringkat ketiga``: a rank ("peringkat",
    "urutan") after "di", in a list of winners whose place before was given, is a rank of the contest
    named before, named as its other ranks are and as written."""
    text = (
        "Bupati Samosir menyerahkan piala Lomba Kampung Bersih Tahun 2024 di Pangururan. Kelompok Tani "
        "Marsiurupan keluar sebagai juara pertama.\n\nPosisi kedua ditempati Kelompok Tani Sauduran, "
        "disusul Kelompok Tani Horas, Desa Lumban Suhi, di {noun} ketiga."
    )
    for noun in ("peringkat", "urutan"):
        awards = {
            a.name: a for a in extract(Article("Judul", text.format(noun=noun), date="2024-08-20")).awards
        }
        third = awards["Juara ketiga Lomba Kampung Bersih 2024"]
        assert f"{noun.capitalize()} ketiga Lomba Kampung Bersih 2024" in third.aliases
        assert third.recipient is not None and third.recipient.name.endswith("Horas")


def test_a_place_taken_after_a_ranking_read_before_is_a_rank_won() -> None:
    """``X keluar sebagai juara pertama Lomba Y. ... Z menempati posisi kedua``: the place taken after a
    ranking read before is the same contest's next rank, named as its other ranks are and as written."""
    text = (
        "Kelompok Tani Marsiurupan keluar sebagai juara pertama Lomba Kebun Lestari tingkat Kabupaten Samosir "
        "tahun 2024. Hasilnya diumumkan di Pangururan, Kamis (7/11/2024).\n\nKelompok Tani Sauduran menempati "
        "posisi kedua dengan nilai 84,5."
    )
    awards = {a.name: a for a in extract(Article("Judul", text, date="2024-11-08")).awards}
    second = awards["Juara kedua Lomba Kebun Lestari tingkat Kabupaten Samosir 2024"]
    assert "Posisi kedua Lomba Kebun Lestari tingkat Kabupaten Samosir 2024" in second.aliases
    assert second.recipient is not None and second.recipient.name.endswith("Sauduran")


def test_a_first_place_in_words_is_won_by_who_its_verb_names() -> None:
    """``Juara pertama diraih Kelompok Tani X``: that body's, as ``Juara I diraih ...`` is; a village
    whose government the article does not name wins as nobody, not as the city's government."""
    contest = "Pemerintah Kota Sibolga mengumumkan pemenang Lomba Lingkungan Asri Tahun 2024. "

    def winner(clause: str) -> str | None:
        [award] = extract(Article("Judul", contest + clause, date="2024-08-20")).awards
        return award.recipient.name if award.recipient is not None else None

    assert (winner("Juara pertama diraih Kelompok Tani Marsiurupan.") or "").endswith("Marsiurupan")
    assert winner("Juara pertama diraih Desa Sitardas, Kecamatan Badiri.") is None


def test_a_nickname_made_of_the_start_of_a_given_name_is_that_person() -> None:
    """``Kepala Dinas X Ir. Marintan Rosalinda Hutabarat, M.P. ... kata Rosal``: the start of one of her
    names but the last, five letters or more, after her full name, is her."""
    text = (
        "Turut hadir Kepala Dinas Pertanian Kabupaten Toba Ir. Marintan Rosalinda Hutabarat, M.P.\n\n"
        '"Benih sudah kami siapkan," kata Rosal.'
    )
    x = extract(Article("Judul", text, date="2025-03-12"))
    assert [e.name for e in x.entities if e.type is EntityType.PERSON] == ["Marintan Rosalinda Hutabarat"]


def test_a_rank_in_words_is_named_in_numerals_too() -> None:
    """``juara pertama Lomba X tahun 2024 ... posisi kedua``: each rank in words is also named as it is
    as often written, in Roman numerals, with the year bare."""
    text = (
        "Kelompok Tani Marsiurupan keluar sebagai juara pertama Lomba Kebun Lestari tingkat Kabupaten Samosir "
        "tahun 2024. Hasilnya diumumkan di Pangururan, Kamis (7/11/2024).\n\nKelompok Tani Sauduran menempati "
        "posisi kedua dengan nilai 84,5."
    )
    names = award_names(text, "2024-11-08")
    assert "Juara I Lomba Kebun Lestari tingkat Kabupaten Samosir 2024" in names
    assert "Juara II Lomba Kebun Lestari tingkat Kabupaten Samosir 2024" in names
    assert not any(n.startswith("Posisi II") for n in names)


def test_a_rank_listed_under_its_category_is_named_as_written_too() -> None:
    """``Kategori pelajar: juara I A, juara II B``: each rank is named with its contest and category,
    and as the text writes it, in its category alone ("Juara I kategori pelajar")."""
    text = (
        "Pemerintah Kabupaten Samosir menutup Festival Danau Sipinggan 2024 di Pangururan, Minggu (14/7/2024). "
        "Lomba solu hias diikuti 30 tim.\n\nKategori pelajar: juara I SMA Negeri 1 Pangururan, juara II SMP "
        "Negeri 2 Simanindo, juara III SMA Negeri 1 Onan Runggu."
    )
    awards = extract(Article("Judul", text, date="2024-07-15")).awards
    names = {n for a in awards for n in (a.name, *a.aliases)}
    assert {"Juara I kategori pelajar", "Juara II kategori pelajar", "Juara III kategori pelajar"} <= names


def test_a_rank_after_a_festival_where_ranks_were_announced_is_of_the_contest_won_before() -> None:
    """``X menjadi Juara I Lomba Y 2024. Pemenang diumumkan pada puncak Festival Z. Posisi kedua
    ditempati W``: the second place is the contest's, not the festival's."""
    text = (
        "Kampung Ulos di Desa Tomok berhasil menjadi Juara I Lomba Kampung Wisata Kabupaten Samosir 2024. "
        "Pemenang diumumkan pada puncak Festival Danau Sipinggan di Pangururan, Kamis (14/11/2024)."
        "\n\nPosisi kedua ditempati Kampung Tenun di Desa Lumban Suhi, Kecamatan Pangururan."
    )
    names = {a.name for a in extract(Article("Judul", text, date="2024-11-15")).awards}
    assert "Juara kedua Lomba Kampung Wisata Kabupaten Samosir 2024" in names
    assert not any("Festival" in n for n in names)


def test_a_regencys_short_form_that_names_a_village_elsewhere_is_the_regency_here() -> None:
    """ "Samir" is a village's name in the gazetteer; here the article defines it as Samosir's."""
    x = run("Bupati Kabupaten Samosir (Samir) membuka acara. Hadir Ketua DPRD Samir Binsar Manurung.")
    assert "Binsar Manurung" in names(x, EntityType.PERSON)
    assert _held_in(x) == {("Binsar Manurung", "Dewan Perwakilan Rakyat Daerah Kabupaten Samosir")}


def test_a_midwifes_title_before_her_name_ends_the_body_she_heads() -> None:
    x = run("Penyerahan disaksikan Kepala Puskesmas Pangururan Bidan Purnama Sinaga, A.Md.Keb.")
    assert _held_in(x) == {("Purnama Sinaga", "Puskesmas Pangururan")}


def test_a_fire_care_group_is_named_by_its_village() -> None:
    """ "MPA" (Masyarakat Peduli Api) is a kind of group every village may have: "MPA Tomok" is one of
    them, and the words after it are its head's name, not the group's nor a person's place."""
    x = run(
        "Ketua MPA Tomok, Binsar Manurung, mengaku senang. Ketua MPA Desa Simanindo, Purnama Sinaga, "
        "juga hadir. Ketua Pokmaswas Sinar Pangururan, Rosdiana Manurung, berpatroli."
    )
    assert _held_in(x) == {
        ("Binsar Manurung", "MPA Tomok"),
        ("Purnama Sinaga", "Masyarakat Peduli Api Desa Simanindo"),
        ("Rosdiana Manurung", "Pokmaswas Sinar Pangururan"),
    }


def test_a_title_in_quotation_marks_is_no_person_where_it_is_written_again() -> None:
    x = run(
        "Pemkab Samosir meluncurkan Gerakan Menenun Ulos dengan tajuk ‘Tenun Maneh’, Selasa (12/9/2023). "
        "Peluncuran dihadiri warga. “Apel ini identitas kita. Tenun Maneh bukan sekadar menanam bibit, tetapi "
        "mengembalikan kebanggaan petani,” tegas Hendro. “Hulunya kita benahi lewat Tenun Maneh, hilirnya juga "
        "harus jalan,” pungkasnya."
    )
    assert names(x, EntityType.PERSON) == {"Hendro"}


def test_a_contest_named_with_its_edition_and_short_form_keeps_both() -> None:
    """``juara umum Musabaqah Tilawatil Quran (MTQ) ke-XV tingkat Kabupaten X Tahun 2024``: the
    edition is part of the contest's name, not its end, and the name is also written with the short
    form in place of the words it stands for."""
    text = (
        "Kafilah Kecamatan Simanindo keluar sebagai juara umum Musabaqah Tilawatil Quran (MTQ) ke-XV tingkat "
        "Kabupaten Samosir Tahun 2024. Hasil itu diumumkan di Pangururan, Sabtu (8/6/2024)."
    )
    (award,) = run(text).awards
    names = {award.name, *award.aliases}
    assert award.name == "Juara umum Musabaqah Tilawatil Quran ke-XV tingkat Kabupaten Samosir 2024"
    assert "Juara umum MTQ ke-XV tingkat Kabupaten Samosir Tahun 2024" in names
    assert "Juara umum MTQ ke-XV Kabupaten Samosir 2024" in names


def test_the_ranks_of_a_branch_of_a_contest_are_the_branchs() -> None:
    """``Untuk cabang tilawah dewasa putra, juara I diraih A``, ``Pada tilawah dewasa putri, gelar
    terbaik jatuh kepada B``, ``Cabang hifzil Quran 10 juz putra dimenangkan C``: each the award of its
    branch of the contest the article names in full, won by who is named, not the whole contest's rank."""
    text = (
        "Kafilah Kecamatan Simanindo keluar sebagai juara umum Musabaqah Tilawatil Quran (MTQ) ke-XV tingkat "
        "Kabupaten Samosir Tahun 2024. Hasil itu diumumkan di Pangururan, Sabtu (8/6/2024).\n\n"
        "Untuk cabang tilawah dewasa putra, juara I diraih Tumpal Sinaga dari Kecamatan Pangururan, juara II "
        "Binsar Manurung dari Kecamatan Simanindo. Pada tilawah dewasa putri, gelar terbaik jatuh kepada "
        "Rosdiana Sinaga dari Kecamatan Onan Runggu. Cabang hifzil Quran 10 juz putra dimenangkan Purnama "
        "Sinaga dari Tomok, sedangkan musabaqah fahmil Quran dimenangi regu Kecamatan Pangururan."
    )
    contest = "Musabaqah Tilawatil Quran ke-XV tingkat Kabupaten Samosir 2024"
    awards = {
        a.name: (a.recipient.name if a.recipient else None, {a.name, *a.aliases}) for a in run(text).awards
    }
    assert awards[f"Juara I tilawah dewasa putra {contest}"][0] == "Tumpal Sinaga"
    assert awards[f"Juara II tilawah dewasa putra {contest}"][0] == "Binsar Manurung"
    assert awards[f"Terbaik tilawah dewasa putri {contest}"][0] == "Rosdiana Sinaga"
    assert awards[f"Juara hifzil Quran 10 juz putra {contest}"][0] == "Purnama Sinaga"
    assert f"Juara musabaqah fahmil Quran {contest}" in awards  # (a district is no winner of its own)
    names = set().union(*(n for _, n in awards.values()))
    assert {
        "Juara I tilawah dewasa putra",
        "Juara I cabang tilawah dewasa putra",
        "Juara I tilawah dewasa putri",
    } <= names
    assert "Juara I tilawah dewasa putra MTQ ke-XV tingkat Kabupaten Samosir Tahun 2024" in names
    assert not any(n.startswith(("Juara I Musabaqah", "Juara II Musabaqah")) for n in names)


def test_a_branch_dominated_by_a_team_is_the_teams_award() -> None:
    """``cabang syarhil Quran dikuasai regu X``: "dikuasai" says who won the branch, as "dimenangi" does."""
    text = (
        "Musabaqah Tilawatil Quran (MTQ) ke-XV tingkat Kabupaten Samosir 2024 ditutup di Pangururan, Sabtu "
        "(8/6/2024). Cabang syarhil Quran dikuasai regu Remaja Masjid Raya Pangururan."
    )
    names = {n for a in run(text).awards for n in (a.name, *a.aliases)}
    assert "Juara syarhil Quran" in names


def test_an_award_handed_over_written_as_a_noun_is_an_award() -> None:
    """``dirangkai dengan penyerahan penghargaan Sekolah Adiwiyata tingkat Kabupaten X tahun 2024 kepada
    42 sekolah``: the handing over written as a noun names the award as its verb does."""
    text = (
        "Peluncuran gerakan itu di Pangururan, Senin (4/11/2024), dirangkai dengan penyerahan penghargaan "
        "Sekolah Adiwiyata tingkat Kabupaten Samosir tahun 2024 kepada 42 sekolah."
    )
    (award,) = run(text).awards
    assert "Penghargaan Sekolah Adiwiyata tingkat Kabupaten Samosir tahun 2024" in {
        award.name,
        *award.aliases,
    }


def test_the_qurans_name_is_no_person() -> None:
    """``sudah memegang Al Quran``, ``musabaqah makalah ilmiah Al Quran (M2IQ)``: the holy book, no one."""
    x = run(
        'Bupati Samosir Tumpal Sinaga pun berpesan kepada para orang tua, "Kalau anak-anak kita selepas magrib '
        "sudah memegang Al Quran, bukan gawai, insya Allah lima atau sepuluh tahun lagi kita tidak akan "
        'kekurangan qari dan hafiz," ujarnya. Cabang yang dilombakan meliputi tilawah, tartil, hifzil Quran, '
        "tafsir, serta musabaqah makalah ilmiah Al Quran (M2IQ)."
    )
    assert names(x, EntityType.PERSON) == {"Tumpal Sinaga"}


def test_a_processing_unit_is_named_by_its_own_name() -> None:
    """``Juara I Unit Pengolahan Hasil (UPH) Bhoka Ora, Kecamatan X; Juara II UPH Dhadhu Watu``: a
    farmers' processing unit (UPH) named by its own name, as a farmers' group is; no person."""
    x = run(
        "Kategori proses natural: Juara I Unit Pengolahan Hasil (UPH) Sauduran, Kecamatan Pangururan (86,00); "
        "Juara II UPH Sinar Tomok, Kecamatan Simanindo (85,50)."
    )
    assert {"UPH Sauduran", "UPH Sinar Tomok"} <= names(x, EntityType.ORGANIZATION)
    assert not names(x, EntityType.PERSON)


def test_a_districts_team_wins_for_no_regencys_government() -> None:
    """``Kafilah Kecamatan X keluar sebagai juara umum MTQ ... Kabupaten Y``: the district's team won, not
    the regency's government, which holds the contest; a district is no winner of its own, so nobody."""
    text = (
        "Kafilah Kecamatan Simanindo keluar sebagai juara umum Musabaqah Tilawatil Quran (MTQ) ke-XV tingkat "
        "Kabupaten Samosir Tahun 2024. Piala bergilir diserahkan Bupati Samosir Tumpal Sinaga di Pangururan, "
        "Sabtu (8/6/2024)."
    )
    (award,) = [a for a in run(text).awards if a.name.startswith("Juara umum")]
    assert award.recipient is None


def test_a_group_named_again_without_its_kind_is_the_same_group() -> None:
    """ "Kelompok Pengelola Mangrove Pantai Lestari ... Ketua Kelompok Pantai Lestari": the group by its
    head word and own name, its kind left out, is the one group."""
    x = run(
        "Bibit ditanam bersama Kelompok Pengelola Mangrove Pantai Lestari di Desa Tomok. Ketua Kelompok "
        "Pantai Lestari, Binsar Manurung, mengatakan bibit berasal dari swadaya."
    )
    assert names(x, EntityType.ORGANIZATION) == {"Kelompok Pengelola Mangrove Pantai Lestari"}
    assert [(m.person.name, m.organization.name) for m in x.memberships] == [
        ("Binsar Manurung", "Kelompok Pengelola Mangrove Pantai Lestari")
    ]


def test_a_bodys_short_form_ends_its_name_before_a_holders_honorific() -> None:
    """``peneliti Fakultas Pertanian UX Dr. Ir. Budi, M.P.``: a short form the lexicon does not know ends
    the body's name; the honorifics after it open the researcher's name, not more of the body's (a
    hospital named after a doctor keeps the honorific after its head)."""
    found = run(
        "Dalam forum itu, peneliti Fakultas Pertanian UNTOBA Dr. Ir. Rosdiana Sinaga, M.P. memaparkan hasil "
        "pemetaan, sedangkan pasien dirujuk ke RSUD Dr. Hadrianus Sinaga di Pangururan."
    )
    names = {e.name for e in found.entities if e.type is EntityType.ORGANIZATION}
    assert "Fakultas Pertanian UNTOBA" in names, names
    assert "RSUD Dr. Hadrianus Sinaga" in names, names
    assert "Rosdiana Sinaga" in {e.name for e in found.entities if e.type is EntityType.PERSON}


def test_a_budget_joined_to_a_body_by_dan_is_no_part_of_its_name() -> None:
    """``bersumber dari Kementerian Pertanian dan APBD``: the ministry, and a budget beside it; a
    department whose portfolio is written with a short form keeps it ("... Koperasi dan UMKM")."""
    found = run(
        "Pemkab Samosir menyalurkan 15 unit traktor yang bersumber dari Kementerian Pertanian dan APBD."
    )
    assert "Kementerian Pertanian" in names(found, EntityType.ORGANIZATION)
    assert not [n for n in names(found, EntityType.ORGANIZATION) if "APBD" in n]
    found = run("Kepala Dinas Perindustrian, Koperasi dan UMKM Kabupaten Samosir Tumpal Sinaga hadir.")
    assert "Dinas Perindustrian, Koperasi dan UMKM Kabupaten Samosir" in names(found, EntityType.ORGANIZATION)


def test_a_corps_word_that_is_also_a_common_word_goes_on_in_a_groups_name() -> None:
    """``KUB Horas Laut``: "Laut" (the navy's corps after a rank: "Letkol Laut (P)") is a word of the
    group's name; after a rank it still is the corps."""
    found = run(
        "KUB Horas Laut dari Dusun Tomok keluar sebagai juara I. Ketua KUB Horas Laut, Binsar Manurung, "
        "mengaku senang. Hadir Danlanal Samosir Letkol Laut (P) Tumpal Sinaga."
    )
    assert "KUB Horas Laut" in names(found, EntityType.ORGANIZATION)
    assert "Tumpal Sinaga" in names(found, EntityType.PERSON)
    assert ("Binsar Manurung", "KUB Horas Laut") in {
        (m.person.name, m.organization.name if m.organization else None) for m in found.memberships
    }


def test_a_consolation_rank_is_named_with_juara_and_without_it() -> None:
    """``meraih peringkat harapan II Lomba X``: the consolation rank is also named as it is as often
    written, "Juara Harapan II Lomba X" and "Harapan II Lomba X"."""
    text = (
        "Kelompok Tani Sauduran dari Desa Tomok meraih peringkat harapan II Lomba Kebun Lestari tingkat "
        "Kabupaten Samosir 2024. Hasilnya diumumkan di Pangururan, Kamis (7/11/2024)."
    )
    names = award_names(text, "2024-11-08")
    assert "Juara Harapan II Lomba Kebun Lestari tingkat Kabupaten Samosir 2024" in names
    assert "Harapan II Lomba Kebun Lestari tingkat Kabupaten Samosir 2024" in names


def test_an_award_named_without_a_year_is_named_with_the_year_the_article_writes_too() -> None:
    """``meraih predikat Adiwiyata Nasional`` in an article of 2024 that writes "tahun 2024": the award
    is also named with that year; in an article that never writes its year, it is not; nor is a rank
    alone ("Juara I")."""
    text = (
        "SMA Negeri 1 Pangururan meraih predikat Adiwiyata Nasional. Penghargaan itu diterima sekolah "
        "tersebut dari Kementerian Lingkungan Hidup pada tahun 2024, kata Kepala Sekolah Tumpal Sinaga."
    )
    names = award_names(text, "2024-12-02")
    assert "Adiwiyata Nasional 2024" in names
    undated = text.replace(" pada tahun 2024", "")
    names = award_names(undated, "2024-12-02")
    assert "Adiwiyata Nasional" in names
    assert not any("2024" in n for n in names)
    # (a rank alone is no award's name, with a year or without)
    ranked = (
        "Lomba itu digelar pada tahun 2024 di Pangururan.\n\nJuara I diraih Kelompok Tani Marsiurupan. Adapun "
        "Harapan I diraih Kelompok Tani Sauduran."
    )
    assert [(a.name, a.aliases) for a in extract(Article("Judul", ranked, date="2024-12-02")).awards] == [
        ("Juara I", ()),
        ("Juara Harapan I", ("Harapan I",)),
    ]


def test_a_longer_first_name_before_a_known_persons_last_name_is_another_person() -> None:
    """``drh. Rosmadani Sinaga`` after "Camat Simanindo Binsar Robert Sinaga": a first name longer than
    any of the camat's names is no nickname of one ("Robert"), so the words are another person's whole
    name, not the camat named by his clan name."""
    text = (
        "Camat Simanindo Binsar Robert Sinaga, S.STP., hadir. Menurut dokter hewan Puskeswan Pangururan, drh. "
        "Rosmadani Sinaga, setiap ternak yang disuntik diberi penanda."
    )
    assert {"Binsar Robert Sinaga", "Rosmadani Sinaga"} <= names(run(text), EntityType.PERSON)


def test_a_contest_named_by_a_list_and_its_bracketed_short_name_keeps_the_list_in_its_name() -> None:
    """``Juara I Lomba Desa Asri, Tertib dan Lestari (Desa Astari) Kabupaten Samosir tahun 2021``: the
    list of capitalised words before the contest's bracketed short name is the contest's name, not cut
    at its comma; the award is also named by the short name ("Lomba Desa Astari")."""
    text = (
        "Desa Tomok, Kecamatan Simanindo, dinyatakan sebagai Juara I Lomba Desa Asri, Tertib dan Lestari (Desa "
        "Astari) Kabupaten Samosir tahun 2021. Hasilnya diumumkan di Pangururan, Rabu (3/11/2021)."
    )
    award = the_award(text, "2021-11-04")
    assert award.name == "Juara I Lomba Desa Asri, Tertib dan Lestari Kabupaten Samosir 2021"
    assert "Juara I Lomba Desa Astari Kabupaten Samosir 2021" in award.aliases
    # (a list with no short name after it is of several awards, none of which takes the others' names)
    listed = "Kabupaten Samosir meraih Penghargaan Adipura, Adiwiyata dan Kalpataru tahun 2021."
    names = award_names(listed, "2021-11-04")
    assert "Penghargaan Adipura" in names
    assert not any("Adipura, Adiwiyata" in n for n in names)


def test_a_range_of_consolation_ranks_won_each_is_an_award_for_each_rank() -> None:
    """``juara harapan I hingga III masing-masing diraih A, B, dan C``: three awards, Harapan II among them
    though its number is not written; "I, II, dan III" the same; none when the winners are told in
    lower-case words ("ditempati posyandu dari Kecamatan X, Y, dan Z"), nor for the prizes of ranks told
    before ("Juara I hingga III masing-masing menerima uang pembinaan ...")."""
    said = "Bupati mengumumkan pemenang Lomba Desa Tangguh Kabupaten Samosir 2024 di Pangururan. "
    ranges = (
        "Adapun juara harapan I hingga III masing-masing diraih Desa Palipi, Desa Nainggolan, dan Desa Tomok.",
        "Adapun juara harapan I, II, dan III masing-masing diraih Desa Palipi, Desa Nainggolan, dan Desa Tomok.",
    )
    for told in ranges:
        assert [a.name for a in run(said + told).awards] == [
            f"Juara Harapan {rank} Lomba Desa Tangguh Kabupaten Samosir 2024" for rank in ("I", "II", "III")
        ]
    unnamed = "Adapun juara harapan I hingga III masing-masing ditempati desa dari Kecamatan Palipi, Simanindo, dan Onan Runggu."
    assert not run(said + unnamed).awards
    won = "Juara I diraih Desa Tomok, juara II Desa Ambarita, dan juara III Desa Tuktuk. "
    prizes = "Juara I hingga III masing-masing menerima uang pembinaan Rp10 juta, Rp7,5 juta, dan Rp5 juta."
    assert {a.name for a in run(said + won + prizes).awards} == {a.name for a in run(said + won).awards}


def test_a_jakarta_citys_government_is_also_named_as_an_administrative_city() -> None:
    """``Wali Kota Jakarta Barat X``: DKI Jakarta's cities are administrative ones; the city's government
    is also named by the official name ("Pemerintah Kota Administrasi Jakarta Barat")."""
    x = run("Wali Kota Jakarta Barat Tumpal Sinaga meninjau lokasi banjir di Kembangan, Senin (6/1/2025).")
    [m] = [m for m in x.memberships if m.person.name == "Tumpal Sinaga"]
    assert m.organization is not None and m.organization.name == "Pemerintah Kota Jakarta Barat"
    assert "Pemerintah Kota Administrasi Jakarta Barat" in m.organization.aliases
    malang = run("Wali Kota Malang Tumpal Sinaga meninjau lokasi banjir, Senin (6/1/2025).")
    assert not any("Administrasi" in a for e in malang.entities for a in e.aliases)


def test_a_suku_dinas_is_a_jakarta_citys_office_named_with_the_city_and_its_short_form() -> None:
    """``Kepala Suku Dinas Pertamanan dan Hutan Kota (Sudin Tamhut) Jakarta Barat X``: the head ("Kepala",
    no "Kepala Suku", a people's chief) of the city's branch office, named with the city as written;
    "Kepala Sudin Tamhut Jakarta Barat Y" later is the same office."""
    text = (
        "Kegiatan digelar Suku Dinas Pertamanan dan Hutan Kota (Sudin Tamhut) Jakarta Barat di Kembangan. "
        "Kepala Sudin Tamhut Jakarta Barat Binsar Manurung hadir bersama warga Suku Batak di sana."
    )
    x = run(text)
    office = "Suku Dinas Pertamanan dan Hutan Kota Jakarta Barat"
    assert {
        (m.person.name, m.role.name, m.organization.name if m.organization else None) for m in x.memberships
    } == {("Binsar Manurung", "Kepala", office)}
    assert [e.name for e in x.entities if e.type is EntityType.ORGANIZATION and "Suku" in e.name] == [office]
    assert "Sudin Tamhut Jakarta Barat" in next(e for e in x.entities if e.name == office).aliases


def test_a_speaker_described_by_the_nickname_he_goes_by_is_the_one_person_of_that_name() -> None:
    """``tegas pria yang akrab disapa Gus Marulam itu``: the one person of the article whose name holds
    "Marulam", though another person was spoken of last."""
    text = (
        "Senin siang, Bupati Samosir Tumpal Marulam Sinaga mendatangi tanggul yang jebol di Pangururan. "
        "Dengan celana digulung, ia menyusuri pematang, didampingi Kepala Pelaksana (Kalaksa) BPBD Binsar "
        "Manurung, S.T., Kepala Dinas Pertanian (Kadistan) Hj. Rosdiana Sinaga, serta Camat Pangururan "
        "Marihot Situmorang.\n\n"
        "Di Balai Desa Tomok, rombongan membagikan karung pasir dan terpal dari BPBD dan PMI Kabupaten Samosir. "
        "Petugas Puskesmas Pangururan turut memeriksa kesehatan warga.\n\n"
        '"Tanggul ini harus selesai diperbaiki sebelum hujan berikutnya datang," tegas pria yang akrab disapa '
        "Gus Marulam itu."
    )
    assert [(q.speaker.name, q.text[:8]) for q in run(text).quotes] == [("Tumpal Marulam Sinaga", "Tanggul ")]


def test_a_neighbourhood_association_spelled_out_or_with_its_village_bare_is_the_rw_of_that_village() -> None:
    """``Rukun Warga (RW) 04 Desa Tomok``: the RW of that village, as "RW 04 Desa Tomok" is, not a body
    "Rukun Warga"; "Ketua RW 04 Tomok, X" later, the village written bare, heads that same RW. A village
    the article never named with its level's word makes none."""
    text = (
        "Rukun Warga (RW) 04 Desa Tomok, Kecamatan Simanindo, menerima bantuan 300 bibit pohon dari Pemkab "
        "Samosir. Ketua RW 04 Tomok, Tumpal Sinaga, berterima kasih. Ketua RW 03 Tuktuk Binsar Manurung hadir."
    )
    x = run(text)
    rws = [e for e in x.entities if e.type is EntityType.ORGANIZATION and "RW" in e.name]
    assert [rw.name for rw in rws] == ["RW 04 Desa Tomok"]
    assert {"Rukun Warga (RW) 04 Desa Tomok", "Rukun Warga 04 Desa Tomok"} <= rws[0].aliases
    assert [(m.person.name, m.organization.name if m.organization else None) for m in x.memberships] == [
        ("Tumpal Sinaga", "RW 04 Desa Tomok")
    ]


def test_tim_pkk_is_the_family_welfare_movement_team_of_its_region() -> None:
    """``Juara I Tim PKK Kecamatan Palipi``: "Tim PKK" is the Tim Penggerak PKK, named with its district."""
    x = run("Lomba Masak Ikan Mas: Juara I Tim PKK Kecamatan Palipi; Juara II Tim PKK Kecamatan Simanindo.")
    teams = [e for e in x.entities if e.type is EntityType.ORGANIZATION]
    assert [e.name for e in teams] == [
        f"Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kecamatan {d}"
        for d in ("Palipi", "Simanindo")
    ]
    assert "Tim PKK Kecamatan Palipi" in teams[0].aliases


def test_an_awards_category_in_lower_case_before_its_level_stays_in_its_name() -> None:
    """``menyabet Juara I Lomba Kebun Kopi Terbaik kategori kopi arabika tingkat Provinsi
    Sumatera Utara tahun 2019``: the category written in lower case, the contest's level and year after
    it, all of the award's name."""
    text = (
        "Kelompok Tani Horas dari Desa Tomok menyabet Juara I Lomba Kebun Kopi Terbaik kategori kopi arabika "
        "tingkat Provinsi Sumatera Utara tahun 2019."
    )
    award = the_award(text, "2019-10-20")
    assert award.name == (
        "Juara I Lomba Kebun Kopi Terbaik kategori kopi arabika tingkat Provinsi Sumatera Utara 2019"
    )


def test_a_holder_named_after_where_the_group_is_from_in_its_regions_own_words() -> None:
    """``Ketua Kelompok Tani Horas dari Kampung Tomok, Distrik Simanindo, Tumpal Sinaga, ...``: the
    village and district written in their region's own words (Papua's "Kampung", "Distrik"; Aceh's
    "Gampong") are passed over to the holder's name, as "Desa" and "Kecamatan" are."""
    text = (
        "Ketua Kelompok Tani Horas dari Kampung Tomok, Distrik Simanindo, Tumpal Sinaga, mengatakan "
        "kelompoknya siap. Ketua KUB Horas Bahari dari Gampong Tuktuk, Binsar Manurung (52), bersyukur."
    )
    assert {
        (m.person.name, m.organization.name if m.organization else None) for m in run(text).memberships
    } == {
        ("Tumpal Sinaga", "Poktan Horas"),
        ("Binsar Manurung", "KUB Horas Bahari"),
    }


def test_places_written_as_the_best_on_a_categorys_line_are_ranks_of_the_contest_named_before() -> None:
    """``Kategori dinas: Terbaik I Dinas X, Terbaik II RSUD Y, dan Terbaik III Dinas Z``
    after "pemenang Lomba Inovasi ... Tahun 2022": each place an award of that contest in that
    category, won by the body named after it, as the lines of "Juara I ..." are."""
    text = (
        "Kabupaten Samosir mengumumkan pemenang Lomba Layanan Prima Kabupaten Samosir Tahun 2022. "
        "Berikut daftar pemenang lomba tahun ini:\n\nKategori desa: Juara I Desa Tomok, Juara II Desa Tuktuk, "
        "dan Juara III Desa Ambarita.\n\nKategori dinas: Terbaik I Dinas Pariwisata, Terbaik II RSUD "
        "Hadrianus Sinaga, dan Terbaik III Dinas Kesehatan."
    )
    contest = "Lomba Layanan Prima Kabupaten Samosir Tahun 2022 kategori dinas"
    assert [(name, winner) for name, winner in awarded(run(text)) if name.startswith("Terbaik")] == [
        (f"Terbaik I {contest}", "Dinas Pariwisata Kabupaten Samosir"),
        (f"Terbaik II {contest}", "RSUD Hadrianus Sinaga"),
        (f"Terbaik III {contest}", "Dinas Kesehatan Kabupaten Samosir"),
    ]


def test_a_rank_named_in_the_lead_and_again_in_the_list_of_winners_is_one_award() -> None:
    """``dinyatakan sebagai Juara I Lomba X Tahun 2022 kategori desa`` in the lead and ``Kategori desa:
    Juara I Desa Tomok ...`` in the list of winners: one award, one name, though one form drops "Tahun"."""
    text = (
        "Desa Tomok, Kecamatan Simanindo, dinyatakan sebagai Juara I Lomba Layanan Prima Kabupaten "
        "Samosir Tahun 2022 kategori desa. Hasil itu diumumkan Bupati.\n\nBerikut daftar pemenang lomba tahun "
        "ini:\n\nKategori desa: Juara I Desa Tomok (Simanindo), Juara II Desa Tuktuk, dan Juara III Desa Ambarita."
    )
    firsts = {
        a.name
        for a in extract(Article("Judul", text, date="2022-08-24")).awards
        if a.name.startswith("Juara I ")
    }
    assert len(firsts) == 1


def test_a_regional_enterprise_named_after_its_region_keeps_its_own_name() -> None:
    """ "Perseroan Daerah (Perseroda) Samosir Karya Sejahtera": the region opens the enterprise's own name
    (words of companies' names follow it), so the body is that enterprise, not the regency's; "PDAM
    Samosir Binsar Manurung" is still the regency's water company and its director."""
    x = run(
        "Perseroan Daerah (Perseroda) Samosir Karya Sejahtera meneken kontrak pembelian ikan. Direktur Utama"
        " Perseroda Samosir Karya Sejahtera, Tumpal Sinaga, berjanji membeli hasil tangkapan nelayan. Direktur"
        " PDAM Samosir Binsar Manurung juga hadir."
    )
    assert _held_in(x) == {
        ("Tumpal Sinaga", "Perseroda Samosir Karya Sejahtera"),
        ("Binsar Manurung", "Perusahaan Daerah Air Minum Kabupaten Samosir"),
    }
    assert not [n for n in names(x, EntityType.PERSON) if "Sejahtera" in n]


def test_a_list_of_bodies_before_a_short_form_is_not_its_spelled_out_name() -> None:
    """ "Satpol PP, Dinas Pemadam Kebakaran, PMI Kabupaten Samosir, Taruna Siaga Bencana (Tagana)": only the
    last item spells out the short form; the list from "Dinas" on is no body's name, so "Ketua Tagana
    Kabupaten Samosir" heads the Tagana, not a body named by the whole list."""
    x = run(
        "Apel siaga diikuti Satpol PP, Dinas Pemadam Kebakaran, PMI Kabupaten Samosir, Taruna Siaga Bencana"
        " (Tagana), dan relawan desa. Ketua Tagana Kabupaten Samosir, Tumpal Sinaga, menyatakan siap."
    )
    assert not [n for n in names(x, EntityType.ORGANIZATION) if "," in n]
    assert _held_in(x) == {("Tumpal Sinaga", "Taruna Siaga Bencana Kabupaten Samosir")}
