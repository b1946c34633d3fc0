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
