"""Events on small hand-written articles: where they were held and who took part (invented names)."""

from __future__ import annotations

from kg.extract.base import extract
from kg.records import Article, Event


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
        '"Hari ini dilaksanakan tahap Uji Kompetensi Teknis kepada lima peserta," ucapnya.',
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
        '"HS ditahan saat penyerahan tersangka dan barang bukti atau Tahap 2. Ini turut dipantau Kepala '
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
