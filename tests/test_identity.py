"""Identity across articles: one node per person however each article writes the name."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kg.extract.base import extract
from kg.pipeline import build
from kg.records import Article, EntityType
from kg.resolve.identity import Person, decide_links
from kg.store import Store


def _persons(store: Store) -> dict[str, str]:
    rows = store.select(
        "SELECT ?p ?n WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n }"
    )
    return {row["p"]: row["n"] for row in rows}


def _write(folder: Path, name: str, title: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path


def _person_names(folder: Path, texts: list[tuple[str, str, str]]) -> list[str]:
    """The person nodes' names of a store built from ``texts`` (file name, title, body), one article a file."""
    paths = [_write(folder, *t) for t in texts]
    with Store(folder / "store") as store:
        build(paths, store, one_per_file=True)
        return sorted(_persons(store).values())


def test_degrees_rank_and_short_form_give_one_node(tmp_path: Path) -> None:
    first = _write(
        tmp_path,
        "a.txt",
        "Sekda Kota Malang Pimpin Rapat Koordinasi",
        "Sekretaris Daerah (Sekda) Kota Malang Drs. H. Budi Santoso Prakoso, M.Si memimpin rapat koordinasi "
        "di Balai Kota Malang, Selasa (19/11/2024). Budi Santoso Prakoso meminta semua dinas hadir.",
    )
    second = _write(
        tmp_path,
        "b.txt",
        "Prakoso Tinjau Pasar Besar",
        "Sekda Kota Malang Prakoso meninjau Pasar Besar Malang, Rabu (20/11/2024). "
        '"Pasar harus bersih," kata Prakoso.',
    )
    with Store(tmp_path / "store") as store:
        build([first, second], store, one_per_file=True)
        names = _persons(store)
    assert list(names.values()) == ["Budi Santoso Prakoso"], names


def test_shared_first_name_with_two_full_names_stays_two_nodes(tmp_path: Path) -> None:
    first = _write(
        tmp_path,
        "a.txt",
        "Wali Kota Malang Buka Festival",
        "Wali Kota Malang Erik Setyo Santoso membuka festival di Stadion Gajayana, Sabtu (23/11/2024).",
    )
    second = _write(
        tmp_path,
        "b.txt",
        "Menteri BUMN Kunjungi Malang",
        "Menteri BUMN Erik Thohir mengunjungi Kota Malang, Senin (25/11/2024). "
        '"Kami dukung UMKM," kata Erik.',
    )
    third = _write(
        tmp_path,
        "c.txt",
        "Erik Hadiri Rapat",
        'Erik hadir dalam rapat di Surabaya, Selasa (26/11/2024). "Semua siap," kata Erik.',
    )
    with Store(tmp_path / "store") as store:
        build([first, second, third], store, one_per_file=True)
        names = sorted(_persons(store).values())
        close = store.select("SELECT ?a ?b WHERE { ?a <http://www.w3.org/2004/02/skos/core#closeMatch> ?b }")
    assert "Erik Setyo Santoso" in names and "Erik Thohir" in names
    if "Erik" in names:  # the bare name stays apart, linked to both for review
        assert len(close) == 2


def test_a_man_and_his_wife_named_apart_in_one_article_stay_two_nodes(tmp_path: Path) -> None:
    first = _write(
        tmp_path,
        "a.txt",
        "Pemkab Malang Gelar Rakor Stunting",
        "Rakor dipimpin Bupati Malang HM Sanusi di Pendopo Agung, Selasa (3/9/2024). "
        '"Semua OPD harus bergerak," tegas Sanusi. Ketua TP PKK Kabupaten Malang Anis Zaidah Sanusi '
        "berharap kader posyandu lebih aktif.",
    )
    second = _write(
        tmp_path,
        "b.txt",
        "Bupati Resmikan Pasar",
        "Bupati Malang Sanusi meresmikan Pasar Kepanjen, Rabu (4/9/2024).",
    )
    with Store(tmp_path / "store") as store:
        build([first, second], store, one_per_file=True)
        names = sorted(_persons(store).values())
    assert names == ["Anis Zaidah Sanusi", "Sanusi"]


def test_build_order_does_not_change_the_nodes(tmp_path: Path) -> None:
    texts = [
        ("a.txt", "Menkeu Baskara Wira Pradana Bicara Inflasi",
         'Menteri Keuangan Baskara Wira Pradana hadir di Jakarta, Senin (20/10/2025). "Inflasi terkendali," kata Baskara.'),
        ("b.txt", "Baskara Soroti Dana Daerah",
         'Menteri Keuangan Baskara menyoroti dana daerah, Selasa (21/10/2025). "Dana harus dipakai," kata Baskara.'),
    ]  # fmt: skip
    paths = [_write(tmp_path, *t) for t in texts]
    results = []
    for order, name in ((paths, "s1"), (paths[::-1], "s2")):
        with Store(tmp_path / name) as store:
            build(order, store, one_per_file=True)
            results.append(sorted(_persons(store)))
    assert results[0] == results[1]
    assert len(results[0]) == 1


def test_decide_links_needs_shared_context_to_merge() -> None:
    full = Person("p/a-b", "Bagus Permana", frozenset({"org/x"}))
    short = Person("p/a", "Bagus", frozenset({"org/y"}))
    (link,) = decide_links([full, short])
    assert not link.merge and link.target == "p/a-b"


def test_two_words_of_a_full_name_in_another_article_are_the_same_person(tmp_path: Path) -> None:
    texts = [
        ("a.txt", "Mendagri Arsenio Budi Halim Buka Rakor",
         'Menteri Dalam Negeri Arsenio Budi Halim membuka rapat koordinasi di Jakarta, Senin (20/10/2025). '
         '"Daerah harus siap," kata Arsenio.'),
        ("b.txt", "Budi Halim Minta Daerah Siaga",
         'Menteri Dalam Negeri Budi Halim meminta daerah siaga bencana, Selasa (21/10/2025). '
         '"Semua harus siap," kata Budi Halim.'),
    ]  # fmt: skip
    names = _person_names(tmp_path, texts)
    assert names == ["Arsenio Budi Halim"], names


def test_a_nickname_of_the_starts_of_two_names_joins_the_full_name_of_another_article(tmp_path: Path) -> None:
    texts = [
        ("a.txt", "Gubernur Haryo Setiabudi Resmikan Jembatan",
         "Gubernur Kalimantan Barat Haryo Setiabudi meresmikan jembatan di Pontianak, Senin (10/11/2025)."),
        ("b.txt", "Harset Tinjau Banjir",
         'Gubernur Kalimantan Barat Harset meninjau banjir di Sintang, Selasa (11/11/2025). "Kami siaga," kata Harset.'),
    ]  # fmt: skip
    names = _person_names(tmp_path, texts)
    assert names == ["Haryo Setiabudi"], names


def test_one_full_name_spelled_two_ways_in_two_articles_is_one_person(tmp_path: Path) -> None:
    texts = [
        ("a.txt", "Dinkes Kota Batu Gelar Vaksinasi",
         "Kepala Dinas Kesehatan Kota Batu Siti Rahma Tarmidzi membuka vaksinasi, Senin (10/11/2025)."),
        ("b.txt", "Dinkes Kota Batu Siaga DBD",
         'Kepala Dinas Kesehatan Kota Batu Siti Rahma Tarmizi meminta warga waspada, Selasa (11/11/2025). '
         '"Kami siaga," ujarnya.'),
    ]  # fmt: skip
    paths = [_write(tmp_path, *t) for t in texts]
    with Store(tmp_path / "store") as store:
        build(paths, store, one_per_file=True)
        names = list(_persons(store).values())
    assert len(names) == 1 and names[0] in {"Siti Rahma Tarmidzi", "Siti Rahma Tarmizi"}, names


def test_a_name_written_with_and_without_a_doubled_letter_is_one_person(tmp_path: Path) -> None:
    """In one article and across two: ``Hassanudin``, ``Hasanuddin`` are one official (typos in real news)."""
    texts = [
        ("a.txt", "KPU Kota Batu Tetapkan Jadwal",
         "Ketua KPU Kota Batu Hassanudin menetapkan jadwal, Senin (10/11/2025). "
         '"Semua siap," kata Hasanuddin.'),
        ("b.txt", "KPU Kota Batu Buka Pendaftaran",
         'Ketua KPU Kota Batu Hasanudin membuka pendaftaran, Selasa (11/11/2025). "Silakan daftar," ujarnya.'),
    ]  # fmt: skip
    paths = [_write(tmp_path, *t) for t in texts]
    with Store(tmp_path / "store") as store:
        build(paths, store, one_per_file=True)
        names = list(_persons(store).values())
    assert len(names) == 1, names


def test_a_full_name_cut_to_an_initial_joins_the_name_written_whole(tmp_path: Path) -> None:
    texts = [
        ("a.txt", "Dinkes Kota Batu Gelar Vaksinasi",
         "Kepala Dinas Kesehatan Kota Batu Hadi Budi R membuka vaksinasi, Senin (10/11/2025)."),
        ("b.txt", "Dinkes Kota Batu Siaga DBD",
         "Kepala Dinas Kesehatan Kota Batu Hadi Budi Rahmat meminta warga waspada, Selasa (11/11/2025)."),
    ]  # fmt: skip
    paths = [_write(tmp_path, *t) for t in texts]
    with Store(tmp_path / "store") as store:
        build(paths, store, one_per_file=True)
        names = list(_persons(store).values())
    assert names == ["Hadi Budi Rahmat"], names


def test_a_name_alone_is_the_one_full_name_it_opens_among_several_that_have_it() -> None:
    president = Person("p/bw", "Baskoro Wiyono", frozenset({"org/istana", "role/presiden"}))
    police = Person("p/dsb", "Danu Sigit Baskoro", frozenset({"org/istana", "org/polri"}))
    short = Person("p/b", "Baskoro", frozenset({"org/istana"}))
    links = decide_links([president, police, short])
    assert [(link.target, link.merge) for link in links] == [("p/bw", True)]
    # two full names open with it: a close match to each, no merge
    other = Person("p/bs", "Baskoro Sudarmo", frozenset({"org/istana"}))
    links = decide_links([president, police, short, other])
    assert not any(link.merge for link in links) and len(links) == 3


def test_a_name_alone_holding_office_in_another_body_stays_apart_from_the_full_name(tmp_path: Path) -> None:
    texts = [
        ("a.txt", "Mensos Cairkan Bantuan",
         "Menteri Sosial Harsono Wiryawan menuturkan bantuan cair mulai Senin (20/10/2025), bertepatan "
         "dengan satu tahun pemerintahan Presiden Baskoro Wiyono."),
        ("b.txt", "Guru Dilatih Jadi Operator",
         '"Layar dari Pak Presiden sudah sampai," kata Kepala Dinas Pendidikan Kota Mataram, Wiryawan, '
         "Minggu (19/10/2025). Presiden Baskoro Wiyono menargetkan 330 ribu sekolah."),
    ]  # fmt: skip
    names = _person_names(tmp_path, texts)
    assert names == ["Baskoro Wiyono", "Harsono Wiryawan", "Wiryawan"], names
    # without an office of his own, the name alone joins the one full name it shares a context with
    head = Person("p/w", "Wiryawan", frozenset({"org/pemerintah-ri"}), frozenset({"org/disdik"}))
    minister = Person(
        "p/hw", "Harsono Wiryawan", frozenset({"org/pemerintah-ri"}), frozenset({"org/kemensos"})
    )
    (link,) = decide_links([head, minister])
    assert not link.merge
    (link,) = decide_links([replace(head, offices=frozenset()), minister])
    assert link.merge


def test_a_name_alone_with_only_a_seat_somewhere_else_still_joins_the_full_name(tmp_path: Path) -> None:
    texts = [
        ("a.txt", "Waka MPR Desak Pengawasan Impor",
         "Wakil Ketua MPR Bagus Wiratmaja mendesak pengawasan impor diperketat, Selasa (21/10/2025). "
         "Kementerian Perdagangan diminta bertindak."),
        ("b.txt", "Komisi XII Soroti Impor",
         'Anggota Komisi XII DPR Wiratmaja menyoroti impor, Senin (6/10/2025). "Harus diawasi," kata '
         "Wiratmaja. Kementerian Perdagangan diminta bertindak."),
    ]  # fmt: skip
    names = _person_names(tmp_path, texts)
    assert names == ["Bagus Wiratmaja"], names


def test_a_family_name_joins_a_full_name_only_with_a_shared_role() -> None:
    father = Person("p/zh", "Zainal Hasyim", frozenset({"org/dpr", "role/ketua"}))
    daughter = Person("p/pzh", "Putri Zainal Hasyim", frozenset({"org/dpr", "role/anggota"}))
    (link,) = decide_links([father, daughter])
    assert not link.merge and link.target == "p/pzh"
    minister = Person(
        "p/abh", "Arsenio Budi Halim", frozenset({"https://w3id.org/kg-id/resource/role/menteri"})
    )
    short = Person("p/bh", "Budi Halim", frozenset({"https://w3id.org/kg-id/resource/role/menteri"}))
    (link,) = decide_links([minister, short])
    assert link.merge and link.target == "p/abh"


def test_budget_of_a_year_is_a_programme_and_a_bare_apbd_is_not() -> None:
    from kg.extract.base import extract
    from kg.records import Article, EntityType

    article = Article(
        "DPRD Setujui RAPBD",
        "DPRD Kabupaten Gianyar menyetujui Rancangan APBD 2026 dalam rapat paripurna. Dana itu bersumber dari APBD.",
    )
    names = {e.name for e in extract(article).entities if e.type is EntityType.PROGRAM}
    assert "Rancangan Anggaran Pendapatan dan Belanja Daerah Kabupaten Gianyar 2026" in names
    assert "APBD" not in names


def test_a_programme_abbreviation_joins_the_programme_another_article_defines(tmp_path: Path) -> None:
    first = _write(
        tmp_path,
        "a.txt",
        "Program MBG Dimulai",
        "Pemerintah meluncurkan program Makan Bergizi Gratis (MBG) di sekolah, Senin (6/1/2025).",
    )
    second = _write(tmp_path, "b.txt", "Siswa Nikmati MBG", "Siswa menikmati menu program MBG di sekolah.")
    with Store(tmp_path / "store") as store:
        build([first, second], store, one_per_file=True)
        rows = store.select(
            "SELECT ?p ?n WHERE { ?p a <https://w3id.org/kg-id/ontology#Program> ; <https://schema.org/name> ?n }"
        )
    assert [r["n"] for r in rows] == ["Makan Bergizi Gratis"]


def test_two_spellings_of_one_programme_acronym_are_one_node(tmp_path: Path) -> None:
    first = _write(
        tmp_path, "a.txt", "MBG Dimulai", "Program prioritas Makan Bergizi Gratis (MBG) dimulai di sekolah."
    )
    second = _write(
        tmp_path,
        "b.txt",
        "MBG Dievaluasi",
        "Evaluasi program Makan Bergizi Gratis (MBG) berjalan. Program MBG disukai siswa.",
    )
    third = _write(
        tmp_path, "c.txt", "Dana MBG", "Sisa anggaran program Makanan Bergizi Gratis (MBG) dikembalikan."
    )
    with Store(tmp_path / "store") as store:
        build([first, second, third], store, one_per_file=True)
        rows = store.select(
            "SELECT ?n WHERE { ?p a <https://w3id.org/kg-id/ontology#Program> ; <https://schema.org/name> ?n }"
        )
    assert [r["n"] for r in rows] == ["Makan Bergizi Gratis"]


def test_two_spellings_of_one_body_and_its_bare_acronym_are_one_node(tmp_path: Path) -> None:
    texts = [
        ("a.txt", "Tim Pemantau Harga Desa Dibentuk",
         "Pemerintah membentuk Tim Pemantau Harga Desa (TPHD) untuk menjaga harga pangan di desa."),
        ("b.txt", "TPHD Rapat",
         "Tim Pemantauan Harga Desa (TPHD) menggelar rapat di balai desa. Rapat TPHD membahas beras."),
        ("c.txt", "TPHD Turun ke Pasar", "Anggota TPHD turun ke pasar untuk memantau harga cabai."),
    ]  # fmt: skip
    assert len(_organizations_built(tmp_path, texts, "TPHD", "Harga Desa")) == 1


def _organizations_built(tmp_path: Path, texts: list[tuple[str, str, str]], *words: str) -> list[str]:
    """The organisation nodes a build of ``texts`` (one article a file) has with a label holding one of ``words``."""
    paths = [_write(tmp_path, *t) for t in texts]
    held = " || ".join(f"CONTAINS(?n, '{word}')" for word in words)
    with Store(tmp_path / "store") as store:
        build(paths, store, one_per_file=True)
        rows = store.select(
            "SELECT DISTINCT ?o WHERE { ?o a <http://www.w3.org/ns/org#Organization> ; "
            "<http://www.w3.org/2004/02/skos/core#altLabel>|<http://www.w3.org/2000/01/rdf-schema#label> ?n "
            f"FILTER({held}) }}"
        )
    return [row["o"] for row in rows]


def test_a_national_body_and_its_office_in_a_province_stay_two_nodes_across_articles(tmp_path: Path) -> None:
    texts = [
        ("a.txt", "Otoritas Jasa Keuangan Rilis Data",
         "Otoritas Jasa Keuangan merilis data kredit nasional di Jakarta, Senin (10/11/2025)."),
        ("b.txt", "Otoritas Jasa Keuangan Sulbar Gelar Sosialisasi",
         "Otoritas Jasa Keuangan Provinsi Sulawesi Barat menggelar sosialisasi di Mamuju, Selasa (11/11/2025)."),
    ]  # fmt: skip
    paths = [_write(tmp_path, *t) for t in texts]
    with Store(tmp_path / "store") as store:
        build(paths, store, one_per_file=True)
        rows = store.select(
            "SELECT ?n WHERE { ?o a <http://www.w3.org/ns/org#Organization> ; "
            "<http://www.w3.org/2004/02/skos/core#prefLabel>|<https://schema.org/name> ?n "
            "FILTER(STRSTARTS(?n, 'Otoritas Jasa')) }"
        )
    assert sorted({r["n"] for r in rows}) == [
        "Otoritas Jasa Keuangan",
        "Otoritas Jasa Keuangan Provinsi Sulawesi Barat",
    ]


def test_a_body_written_two_ways_in_two_articles_is_one_node(tmp_path: Path) -> None:
    texts = [
        ("a.txt", "Yayasan Sekar Wangsa Gelar Pelatihan",
         "Yayasan Sekar Wangsa menggelar pelatihan guru di Mamuju, Senin (10/11/2025)."),
        ("b.txt", "Yayasan Sekar Wangksa Bagikan Buku",
         "Yayasan Sekar Wangksa membagikan buku di Majene, Selasa (11/11/2025)."),
    ]  # fmt: skip
    paths = [_write(tmp_path, *t) for t in texts]
    with Store(tmp_path / "store") as store:
        build(paths, store, one_per_file=True)
        rows = store.select(
            "SELECT DISTINCT ?o WHERE { ?o a <http://www.w3.org/ns/org#Organization> ; "
            "<http://www.w3.org/2004/02/skos/core#prefLabel>|<https://schema.org/name> ?n "
            "FILTER(STRSTARTS(?n, 'Yayasan Sekar')) }"
        )
    assert len(rows) == 1, rows


# -- identity is a function of the stored articles: batches, order and re-runs ----------------------

ERIK = [
    (
        "a.txt",
        "Sekda Kota Malang Pimpin Rapat",
        "Sekretaris Daerah Kota Malang Erik Setyo Santoso memimpin rapat di Balai Kota Malang, "
        "Selasa (19/11/2024). Rapat dihadiri Pemerintah Kota Malang.",
    ),
    (
        "b.txt",
        "Erik Tinjau Pasar",
        'Sekda Kota Malang Erik meninjau Pasar Besar, Rabu (20/11/2024). "Pasar harus bersih," kata Erik. '
        "Pemerintah Kota Malang menyiapkan anggaran.",
    ),
    (
        "c.txt",
        "Menteri BUMN Kunjungi Malang",
        "Menteri BUMN Erik Thohir mengunjungi Kota Malang, Senin (25/11/2024). Pemerintah Kota Malang menyambut.",
    ),
]


def _export(store_path: Path, fmt: str) -> bytes:
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["export", "--format", fmt, "-o", "-", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def _merges(store: Store) -> list[tuple[str, str]]:
    rows = store.select(
        "SELECT ?old ?new WHERE { ?m <https://w3id.org/kg-id/ontology#mergedNode> ?old ; "
        "<https://w3id.org/kg-id/ontology#mergedInto> ?new } ORDER BY ?old"
    )
    return [(r["old"], r["new"]) for r in rows]


def test_a_merge_a_later_batch_would_not_make_is_undone(tmp_path: Path) -> None:
    paths = [_write(tmp_path, *t) for t in ERIK]
    with Store(tmp_path / "batches") as store:
        build(paths[:2], store, one_per_file=True)
        # only one full name has the word: the one-word Erik joins Erik Setyo Santoso
        assert [new.rsplit("/", 1)[-1] for _, new in _merges(store)] == ["erik-setyo-santoso"]
        build(paths, store, one_per_file=True)  # a second full name: the merge becomes two close matches
        assert _merges(store) == []
        close = store.select("SELECT ?a ?b WHERE { ?a <http://www.w3.org/2004/02/skos/core#closeMatch> ?b }")
        assert sorted(r["b"].rsplit("/", 1)[-1] for r in close) == ["erik-setyo-santoso", "erik-thohir"]
    with Store(tmp_path / "one-go") as store:
        build(paths, store, one_per_file=True)
    for fmt in ("nquads", "turtle"):
        assert _export(tmp_path / "batches", fmt) == _export(tmp_path / "one-go", fmt), fmt


def test_batches_and_order_give_the_same_store(tmp_path: Path) -> None:
    texts = [
        *ERIK[:2],
        ("d.txt", "Menkeu Bicara Inflasi",
         'Menteri Keuangan Baskara Wira Pradana hadir di Jakarta, Senin (20/10/2025). "Inflasi terkendali," kata Baskara.'),
        ("e.txt", "Baskara Soroti Dana Daerah",
         'Menteri Keuangan Baskara menyoroti dana daerah, Selasa (21/10/2025). "Dana harus dipakai," kata Baskara.'),
        ("f.txt", "PMT Dimulai", "Program Pemberian Makanan Tambahan (PMT) dimulai di posyandu."),
        ("g.txt", "Dana PMT", "Sisa anggaran program Pemberian Makan Tambahan (PMT) dikembalikan."),
    ]  # fmt: skip
    paths = [_write(tmp_path, *t) for t in texts]
    runs = {
        "one-go": [paths],
        "reversed": [paths[::-1]],
        "batches": [paths[1::2], paths[::2]],
        "three": [paths[4:], paths[:2], paths[2:4]],
    }
    for name, batches in runs.items():
        with Store(tmp_path / name) as store:
            for batch in batches:
                build(batch, store, one_per_file=True)
            assert len(_merges(store)) >= 3, name  # Erik, Baskara, PMT
    expected = _export(tmp_path / "one-go", "nquads")
    for name in runs:
        assert _export(tmp_path / name, "nquads") == expected, name
        assert _export(tmp_path / name, "turtle") == _export(tmp_path / "one-go", "turtle"), name


def test_building_the_same_articles_again_changes_nothing(tmp_path: Path) -> None:
    paths = [_write(tmp_path, *t) for t in ERIK[:2]]
    with Store(tmp_path / "store") as store:
        build(paths, store, one_per_file=True)
    before = _export(tmp_path / "store", "nquads")
    with Store(tmp_path / "store") as store:
        report = build(paths, store, one_per_file=True)
        assert report.unchanged == 2
    assert _export(tmp_path / "store", "nquads") == before


def test_undoing_the_merges_gives_the_articles_their_own_nodes_back(tmp_path: Path) -> None:
    from kg.resolve.identity import resolve_store, undo_merges

    paths = [_write(tmp_path, *t) for t in ERIK[:2]]
    with Store(tmp_path / "store") as store:
        build(paths, store, one_per_file=True)
        merged = sorted(map(str, store.quads(named=True))), sorted(map(str, store.quads(named=False)))
        assert undo_merges(store) == 1
        persons = sorted(_persons(store).values())
        assert persons == ["Erik", "Erik Setyo Santoso"]
        assert store.unmerged() == []
        assert undo_merges(store) == 0
        resolve_store(store)
        assert (
            sorted(map(str, store.quads(named=True))),
            sorted(map(str, store.quads(named=False))),
        ) == merged


BASKARA = [
    ("d.txt", "Menkeu Bicara Inflasi",
     'Menteri Keuangan Baskara Wira Pradana hadir di Jakarta, Senin (20/10/2025). "Inflasi terkendali," kata Baskara.'),
    ("e.txt", "Baskara Soroti Dana Daerah",
     'Menteri Keuangan Baskara menyoroti dana daerah, Selasa (21/10/2025). "Dana harus dipakai," kata Baskara.'),
    ("f.txt", "Baskara di Surabaya", "Menteri Keuangan Baskara berkunjung ke Surabaya, Rabu (22/10/2025)."),
    ("g.txt", "Rapat ESDM", "Kementerian Energi dan Sumber Daya Mineral (ESDM) menggelar rapat di Jakarta."),
    ("h.txt", "Subsidi Energi", "Kementerian ESDM menyiapkan subsidi energi."),
]  # fmt: skip


def test_explain_says_why_mentions_were_merged(tmp_path: Path) -> None:
    from kg.explain import explain, find
    from kg.serve.entity_page import render_entity

    paths = [_write(tmp_path, *t) for t in BASKARA]
    with Store(tmp_path / "store") as store:
        build(paths, store, one_per_file=True)
        (person,) = find(store, "Baskara Wira Pradana")
        merged = explain(store, person).merged
        (across,) = [line for line in merged if "across articles" in line]
        assert across.startswith("'Baskara' (2 articles, <https://w3id.org/kg-id/resource/person/baskara>)")
        assert "the only full name with this word, shared context (" in across
        assert "Kementerian Keuangan" in across
        # "kata Baskara" after the full name in the first article: joined within it
        assert "'Baskara' (1 article): a short name written after the full name in the same article" in merged
        (ministry,) = find(store, "Kementerian Energi dan Sumber Daya Mineral")
        lines = explain(store, ministry).merged
        assert any(
            line.startswith("'Kementerian ESDM' (1 article")
            and "a short form of the only name it stands for" in line
            for line in lines
        ), lines
        assert "'ESDM' (1 article): an abbreviation of the name" in lines
        assert "joined across articles: the only full name with this word" in render_entity(store, person)


def test_kg_explain_prints_merges_and_close_matches(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    paths = [_write(tmp_path, *t) for t in (*BASKARA[:2], *ERIK)]
    with Store(tmp_path / "store") as store:
        build(paths, store, one_per_file=True)
    store_option = ["--store", str(tmp_path / "store")]
    result = CliRunner().invoke(main, ["explain", "Baskara Wira Pradana", *store_option])
    assert result.exit_code == 0, result.output
    assert "  merged, and why:\n    - 'Baskara' (1 article, <" in result.output
    assert "joined across articles: the only full name with this word, shared context (" in result.output
    result = CliRunner().invoke(main, ["explain", "Erik Thohir", *store_option])
    assert result.exit_code == 0, result.output
    assert (
        "  kept apart:\n    - Erik <https://w3id.org/kg-id/resource/person/erik>: linked by skos:closeMatch "
        "for review, not merged (one of several full names with this word)"
    ) in result.output


# -- one primary label per node, whatever the order (kg.resolve.labels) ----------------------------------

SPELLINGS = [
    ("a.txt", "Cuaca Ekstrem", "Badan Meteorologi, Klimatologi, dan Geofisika memperingatkan hujan lebat di Kota Malang."),
    ("b.txt", "Hujan Lebat", "Badan Meteorologi Klimatologi dan Geofisika mencatat hujan lebat di Kota Batu."),
    ("c.txt", "Angin Kencang", "Badan Meteorologi Klimatologi dan Geofisika memperingatkan angin kencang di Kota Kediri."),
]  # fmt: skip


def _labels(store: Store) -> list[tuple[str, str]]:
    rows = store.select(
        "SELECT ?n ?p WHERE { ?o <http://www.w3.org/2004/02/skos/core#prefLabel> ?n "
        "OPTIONAL { GRAPH ?g { ?o <http://www.w3.org/2004/02/skos/core#prefLabel> ?p } } "
        "FILTER(CONTAINS(?n, 'Geofisika')) }"
    )
    return sorted({(row["n"], row["p"]) for row in rows})


def test_a_node_written_two_ways_gets_the_label_most_articles_write_in_any_order(tmp_path: Path) -> None:
    paths = [_write(tmp_path, *t) for t in SPELLINGS]
    runs = {"one-go": [paths], "reversed": [paths[::-1]], "batches": [paths[:1], paths[1:]]}
    for name, batches in runs.items():
        with Store(tmp_path / name) as store:
            for batch in batches:
                build(batch, store, one_per_file=True)
            # one label, in the merged graph and in every article's graph: the spelling two articles of three write
            label = "Badan Meteorologi Klimatologi dan Geofisika"
            assert _labels(store) == [(label, label)], name
    expected = _export(tmp_path / "one-go", "nquads")
    assert b"Badan Meteorologi, Klimatologi, dan Geofisika" in expected  # kept, as an alternative label
    for name in runs:
        assert _export(tmp_path / name, "nquads") == expected, name


def test_two_spellings_as_frequent_give_the_first_in_code_point_order(tmp_path: Path) -> None:
    paths = [_write(tmp_path, *t) for t in SPELLINGS[:2]]
    for name, order in (("forward", paths), ("backward", paths[::-1])):
        with Store(tmp_path / name) as store:
            build(order, store, one_per_file=True)
            label = "Badan Meteorologi Klimatologi dan Geofisika"  # " " < ","
            assert _labels(store) == [(label, label)], name
    assert _export(tmp_path / "forward", "nquads") == _export(tmp_path / "backward", "nquads")


# -- a unit written without its class (kg.extract.variants.class_left_out) -----------------------------

TAX_OFFICES = [
    ("a.txt", "Sosialisasi Pajak", "Kantor Pelayanan Pajak (KPP) Pratama Kepanjen menggelar sosialisasi pajak daerah."),
    ("b.txt", "Antrean Pajak", "Antrean wajib pajak mengular di KPP Kepanjen menjelang batas pelaporan SPT."),
    ("c.txt", "Pajak Besar", "Kantor Pelayanan Pajak (KPP) Madya Kepanjen memeriksa wajib pajak besar."),
]  # fmt: skip


def _organizations(store: Store) -> list[str]:
    rows = store.select(
        "SELECT DISTINCT ?n WHERE { ?o a <http://www.w3.org/ns/org#Organization> ; "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?n FILTER(CONTAINS(?n, 'Pajak')) }"
    )
    return sorted(row["n"] for row in rows)


def test_a_unit_written_without_its_class_joins_the_only_unit_with_one(tmp_path: Path) -> None:
    paths = [_write(tmp_path, *t) for t in TAX_OFFICES[:2]]
    with Store(tmp_path / "store") as store:
        build(paths, store, one_per_file=True)
        assert _organizations(store) == ["Kantor Pelayanan Pajak Pratama Kepanjen"]


def test_a_unit_written_without_its_class_stays_apart_from_two_with_one(tmp_path: Path) -> None:
    paths = [_write(tmp_path, *t) for t in TAX_OFFICES]
    with Store(tmp_path / "store") as store:
        build(paths, store, one_per_file=True)
        assert _organizations(store) == [
            "Kantor Pelayanan Pajak Kepanjen",
            "Kantor Pelayanan Pajak Madya Kepanjen",
            "Kantor Pelayanan Pajak Pratama Kepanjen",
        ]
        close = store.select(
            "SELECT ?b WHERE { ?a <http://www.w3.org/2004/02/skos/core#closeMatch> ?b FILTER(CONTAINS(STR(?a), 'pajak-kepanjen')) }"
        )
        assert sorted(r["b"].rsplit("/", 1)[-1] for r in close) == [
            "kantor-pelayanan-pajak-madya-kepanjen",
            "kantor-pelayanan-pajak-pratama-kepanjen",
        ]


def _awards(store: Store) -> dict[str, set[str]]:
    rows = store.select(
        "SELECT ?a ?n ?r WHERE { ?a a <https://w3id.org/kg-id/ontology#Award> ; <https://schema.org/name> ?n ."
        " OPTIONAL { ?a <https://schema.org/recipient> ?r } }"
    )
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["a"], set()).add(row["r"])
    return found


def test_one_years_award_to_two_cities_is_one_award_with_two_recipients(tmp_path: Path) -> None:
    """An award named with its year is one award, whoever receives it; said without a year it may be
    another year's, and stays one per recipient."""
    first = _write(
        tmp_path,
        "a.txt",
        "Kota Blitar Raih KLA",
        "Kota Blitar dinobatkan sebagai Kota Layak Anak (KLA) Kategori Madya dalam Penganugerahan "
        "Kabupaten/Kota Layak Anak Tahun 2024 di Jakarta, Selasa (23/7/2024).",
    )
    second = _write(
        tmp_path,
        "b.txt",
        "Kota Probolinggo Raih KLA",
        "Pemerintah Kota Probolinggo meraih penghargaan Kota Layak Anak (KLA) Kategori Madya tahun 2024 "
        "dari Kementerian Pemberdayaan Perempuan dan Perlindungan Anak.",
    )
    with Store(tmp_path / "store") as store:
        build([first, second], store, one_per_file=True)
        awards = _awards(store)
    assert len(awards) == 1, awards
    assert len(next(iter(awards.values()))) == 2


def test_a_short_name_an_article_gives_a_company_in_brackets_joins_it_in_another_article(
    tmp_path: Path,
) -> None:
    texts = [
        ("a.txt", "Pemkot Teken MoU dengan Bank",
         "Pemkot Sukamaju menandatangani nota kesepahaman dengan PT Bank Pembangunan Daerah Sukamaju Tbk "
         "(Bank Sumaju) tentang elektronifikasi transaksi."),
        ("b.txt", "Bank Sumaju Salurkan KUR", "Bank Sumaju menyalurkan kredit usaha rakyat kepada 500 pelaku UMKM."),
    ]  # fmt: skip
    assert len(_organizations_built(tmp_path, texts, "Sumaju")) == 1


def test_a_name_alone_where_a_national_office_is_named_joins_its_holder(tmp_path: Path) -> None:
    holder = (
        "a.txt",
        "Presiden Buka Sidang Kabinet",
        "Presiden Harjono Wirakusuma membuka sidang kabinet di Istana, Senin (20/10/2025).",
    )
    names = _person_names(
        tmp_path,
        [
            holder,
            ("b.txt", "Harjono Minta Korupsi Diusut",
             'Harjono meminta penegak hukum serius.\n"Komitmen kami terhadap arahan Presiden bahwa penindakan '
             'diarahkan pada sektor penting," kata Kapuspenkum Kejagung Budi Santoso kepada wartawan.'),
        ],
    )  # fmt: skip
    assert names == ["Budi Santoso", "Harjono Wirakusuma"]
    (tmp_path / "generic").mkdir()
    generic = _person_names(
        tmp_path / "generic",
        [
            holder,
            ("b.txt", "Harjono Minta Korupsi Diusut",
             'Harjono meminta penegak hukum serius.\n"Komitmen kami terhadap arahan Kepala bahwa penindakan '
             'diarahkan pada sektor penting," kata Kapuspenkum Kejagung Budi Santoso kepada wartawan.'),
        ],
    )  # fmt: skip
    assert generic == [
        "Budi Santoso",
        "Harjono",
        "Harjono Wirakusuma",
    ]  # a generic office shared says nothing


def test_a_body_written_with_one_of_its_fields_or_a_word_short_is_the_one_body() -> None:
    from kg.extract.base import extract
    from kg.records import Article, EntityType

    def bodies(text: str) -> set[str]:
        x = extract(Article(title="Judul", text=text, url="https://example.org/b", date="2025-03-11"))
        return {
            e.name for e in x.entities if e.type is EntityType.ORGANIZATION and e.name.startswith("Dinas")
        }

    assert bodies(
        "Kepala Dinas Kesehatan dan Keluarga Berencana (Dinkes KB) Kota Batu, dr. Rina Wulandari, hadir. "
        '"Stunting bukan hanya urusan Dinas Kesehatan," katanya.'
    ) == {"Dinas Kesehatan dan Keluarga Berencana Kota Batu"}
    # the article's spelling of an abbreviation and the lexicon's, a word apart, are one body
    assert bodies(
        "Layanan dikelola Dinas Perumahan Rakyat dan Kawasan Permukiman (Disperkim) Kota Batu. "
        "Kepala Disperkim Kota Batu, Ir. Bagus Santoso, menyebut layanan dimulai tahun depan."
    ) == {"Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Batu"}


def test_a_head_of_a_body_with_a_two_word_abbreviation_holding_digits_holds_its_office() -> None:
    from kg.extract.base import extract
    from kg.records import Article

    x = extract(
        Article(
            title="Judul",
            text="Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak (Dinsos P3A) Kota Blitar, "
            "Hj. Sri Handayani, mengungkapkan hal itu.",
            url="https://example.org/c",
            date="2025-03-11",
        )
    )
    assert [(m.person.name, m.organization.name) for m in x.memberships if m.organization] == [
        ("Sri Handayani", "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Blitar")
    ]


def test_a_group_named_for_its_cause_keeps_its_name_whole_and_makes_no_person() -> None:
    from kg.extract.base import extract
    from kg.records import Article, EntityType

    x = extract(
        Article(
            title="Judul",
            text="Sebelum peluncuran, DLH bersama Komunitas Pemuda Peduli Lembayung dan warga membersihkan sungai.",
            url="https://example.org/g",
            date="2025-02-15",
        )
    )
    assert "Komunitas Pemuda Peduli Lembayung" in {
        e.name for e in x.entities if e.type is EntityType.ORGANIZATION
    }
    assert not [e for e in x.entities if e.type is EntityType.PERSON]


def test_a_portfolios_short_form_alone_beside_its_office_written_with_it_is_that_office() -> None:
    x = extract(
        Article(
            "Judul",
            "Bupati Dairi meninjau longsor di Kecamatan Sumbul, Kamis (7/12/2023). Bupati didampingi Kepala "
            "Pelaksana BPBD Dairi Sahat Pardede, Kepala Dinas PUPR Ir. Tumpak Hasibuan, dan Camat Sumbul. "
            '"Saya minta BPBD dan PUPR berkoordinasi dengan dinas provinsi," ujar Bupati.',
            date="2024-01-10",
        )
    )
    bodies = {e.name for e in x.entities if e.type is EntityType.ORGANIZATION and e.mentions}
    assert "PUPR" not in bodies
    assert "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Dairi" in bodies


def test_a_short_name_two_full_names_fit_is_the_one_holding_the_same_office() -> None:
    """ "Bupati Binsar Sinaga" after "Bupati ... Binsar Tua Sinaga Ompu Raja" and "Ketua TP PKK ... Binsar
    Maruli Sinaga": both full names have the short one's words in order, but only the first holds the
    regent's office the short name is given with, so it is him."""
    x = extract(
        Article(
            "Judul",
            "Bupati Samosir Binsar Tua Sinaga Ompu Raja membuka pameran bersama Ketua TP PKK Samosir Binsar "
            "Maruli Sinaga. Menurut Bupati Binsar Sinaga, pameran itu digelar setiap tahun.",
            date="2024-01-01",
        )
    )
    persons = {e.name for e in x.entities if e.type is EntityType.PERSON}
    assert persons == {"Binsar Tua Sinaga Ompu Raja", "Binsar Maruli Sinaga"}
