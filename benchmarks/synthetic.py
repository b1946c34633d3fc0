"""A deterministic synthetic corpus: N Indonesian local-government press releases as JSON Lines.

Each article recombines press-release sentence patterns (openings with a
titled official, quotations, lists of attendees, awards, programmes) with a
generated world of regions, offices and office holders whose terms change over
time, acting holders (Pj., Plt.) included. Article ``i`` depends only on the
seed and ``i``, so the first 2,000 articles of a 100,000-article corpus are the
2,000-article corpus.

    python benchmarks/synthetic.py 100000 -o /tmp/synthetic-100k.jsonl
    kg build -q --store /tmp/big-store /tmp/synthetic-100k.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

REGIONS = [
    "Malang",
    "Batu",
    "Blitar",
    "Kediri",
    "Madiun",
    "Mojokerto",
    "Pasuruan",
    "Probolinggo",
    "Surabaya",
    "Sidoarjo",
    "Gresik",
    "Lamongan",
    "Tuban",
    "Bojonegoro",
    "Jombang",
    "Nganjuk",
    "Magetan",
    "Ngawi",
    "Ponorogo",
    "Pacitan",
    "Trenggalek",
    "Tulungagung",
    "Lumajang",
    "Jember",
    "Bondowoso",
    "Situbondo",
    "Banyuwangi",
    "Sampang",
    "Pamekasan",
    "Sumenep",
    "Bangkalan",
    "Semarang",
    "Salatiga",
    "Magelang",
    "Surakarta",
    "Pekalongan",
    "Tegal",
    "Cilacap",
    "Banyumas",
    "Purbalingga",
    "Kebumen",
    "Klaten",
    "Boyolali",
    "Sragen",
    "Wonogiri",
    "Kudus",
    "Jepara",
    "Pati",
    "Rembang",
    "Blora",
    "Demak",
    "Kendal",
    "Batang",
    "Bandung",
    "Bogor",
    "Bekasi",
    "Depok",
    "Cirebon",
    "Tasikmalaya",
    "Sukabumi",
    "Garut",
]

FIRST = [
    "Agus",
    "Budi",
    "Dwi",
    "Eko",
    "Sri",
    "Siti",
    "Rina",
    "Hadi",
    "Wahyu",
    "Joko",
    "Bambang",
    "Heru",
    "Endang",
    "Yuli",
    "Ratna",
    "Dewi",
    "Arif",
    "Rudi",
    "Slamet",
    "Teguh",
    "Wawan",
    "Nur",
    "Indah",
    "Fitri",
    "Hendra",
    "Andi",
    "Yusuf",
    "Ahmad",
    "Muhammad",
    "Rizky",
    "Dian",
    "Anita",
    "Sugeng",
    "Puji",
    "Tri",
    "Ika",
    "Lilik",
    "Imam",
    "Hari",
    "Dedi",
    "Iwan",
    "Erik",
    "Wiwik",
    "Lukman",
    "Fajar",
    "Galih",
    "Ayu",
    "Retno",
    "Bayu",
    "Anang",
    "Yanuar",
    "Diah",
    "Kurnia",
    "Mochamad",
]
LAST = [
    "Santoso",
    "Wibowo",
    "Rahayu",
    "Setiawan",
    "Kurniawan",
    "Susanto",
    "Prasetyo",
    "Hidayat",
    "Nugroho",
    "Saputra",
    "Lestari",
    "Wijaya",
    "Purnomo",
    "Suryadi",
    "Hartono",
    "Gunawan",
    "Firmansyah",
    "Maulana",
    "Permana",
    "Wardhana",
    "Utomo",
    "Sulistyo",
    "Yulianto",
    "Handoko",
    "Pratama",
    "Rahman",
    "Syahputra",
    "Kusuma",
    "Anggraini",
    "Wulandari",
    "Fauzi",
    "Ramadhan",
    "Hakim",
    "Iskandar",
    "Prakoso",
    "Widodo",
    "Sutrisno",
]
DEGREES = ("S.T., M.M.", "S.Sos., M.Si.", "S.H., M.H.", "S.E., M.Ak.", "S.Pd., M.Pd.", "S.STP., M.AP.", "")
PREFIXES = ("Dr. ", "Ir. ", "Drs. ", "H. ", "")

#: (short name, full name): an agency of each region
AGENCIES = (
    ("Bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("BPBD", "Badan Penanggulangan Bencana Daerah"),
    ("Dinkes", "Dinas Kesehatan"),
    ("Disdik", "Dinas Pendidikan"),
    ("Dishub", "Dinas Perhubungan"),
    ("Dinsos", "Dinas Sosial"),
    ("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"),
    ("Diskominfo", "Dinas Komunikasi dan Informatika"),
    ("Dispendukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("Satpol PP", "Satuan Polisi Pamong Praja"),
    ("DLH", "Dinas Lingkungan Hidup"),
    ("Disnaker", "Dinas Tenaga Kerja"),
)
PROGRAMS = (
    "Kota Layak Anak",
    "Percepatan Penurunan Stunting",
    "Sekolah Ramah Anak",
    "Smart City",
    "Kampung Tangguh Bencana",
    "Universal Health Coverage",
    "Bantuan Pangan Non Tunai",
    "Makan Bergizi Gratis",
    "Gerakan Menanam Pohon",
    "Sistem Pemerintahan Berbasis Elektronik",
    "Kampung Keluarga Berkualitas",
    "Reformasi Birokrasi",
    "Zona Integritas",
    "Bank Sampah Induk",
    "Pengendalian Inflasi Daerah",
)
EVENTS = (
    ("Rapat Koordinasi {topic}", "menggelar"),
    ("Sosialisasi {program}", "menyelenggarakan"),
    ("Apel Kesiapan {topic}", "menggelar"),
    ("Peluncuran {program}", "meresmikan"),
    ("Musyawarah Perencanaan Pembangunan (Musrenbang) {topic}", "membuka"),
    ("Bimbingan Teknis {topic}", "membuka"),
    ("Pelantikan Pejabat Administrator", "memimpin"),
    ("Monitoring dan Evaluasi {program}", "memimpin"),
    ("Forum Perangkat Daerah {topic}", "membuka"),
)
TOPICS = (
    "Penanganan Banjir",
    "Pengendalian Inflasi",
    "Penguatan Upaya Perlindungan Anak",
    "Pelayanan Publik",
    "Penataan Pedagang Kaki Lima",
    "Kesiapsiagaan Bencana",
    "Pengelolaan Sampah",
    "Pemutakhiran Data Kependudukan",
    "Ketahanan Pangan",
    "Keselamatan Lalu Lintas",
    "Pencegahan Korupsi",
    "Penanggulangan Kemiskinan",
)
VENUES = (
    "Balai Kota {R}",
    "Pendopo {R}",
    "Gedung DPRD {R}",
    "Alun-Alun {R}",
    "Aula Kantor {agency} {R}",
    "Stadion {R}",
    "Hotel Santika {R}",
    "Ruang Rapat Sekretariat Daerah {R}",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
SAYS = ("ujar", "kata", "terang", "jelas", "tutur", "tegas", "ungkap")
QUOTES = (
    "Kami ingin seluruh perangkat daerah bergerak bersama agar {program} benar-benar dirasakan masyarakat",
    "Koordinasi lintas sektor ini penting supaya pelayanan kepada warga semakin cepat dan tepat sasaran",
    "Kegiatan ini bukan sekadar seremonial, tetapi komitmen kita untuk {topic} secara berkelanjutan",
    "Saya minta camat dan lurah aktif turun ke lapangan, jangan hanya menunggu laporan",
    "Target kita tahun ini jelas, capaian {program} harus naik dan datanya harus bisa dipertanggungjawabkan",
    "Terima kasih kepada seluruh pihak yang sudah berkolaborasi, ini hasil kerja bersama",
)
AWARDS = (
    "Penghargaan Pembangunan Daerah",
    "Anugerah Keterbukaan Informasi Publik",
    "Penghargaan Adipura",
    "Anugerah Parahita Ekapraya",
    "Penghargaan Kota Layak Anak Kategori Nindya",
    "Penghargaan Zona Integritas",
)
CONFERRERS = (
    "Kementerian Dalam Negeri",
    "Kementerian PPN/Bappenas",
    "Komisi Informasi Provinsi",
    "Kementerian Lingkungan Hidup dan Kehutanan",
    "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak",
)
START, END = date(2019, 1, 1), date(2025, 12, 31)


@dataclass
class Term:
    """One person holding one office for a span of days."""

    person: str
    start: date
    end: date
    acting: bool


@dataclass
class Office:
    """An office of a region (e.g. Wali Kota of Kota Malang) and its holders over time."""

    title: str
    short: str
    agency: tuple[str, str] | None
    terms: list[Term] = field(default_factory=list)

    def holder(self, day: date) -> Term:
        """The term in force on ``day`` (the last one when none covers it)."""
        for term in self.terms:
            if term.start <= day <= term.end:
                return term
        return self.terms[-1]


@dataclass
class Region:
    """A kota or kabupaten with its offices."""

    name: str
    kind: str
    offices: list[Office]

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def government(self) -> tuple[str, str]:
        """(short, full) name of the regional government."""
        short = "Pemkot" if self.kind == "Kota" else "Pemkab"
        return f"{short} {self.name}", f"Pemerintah {self.full}"


def _person(rng: random.Random) -> str:
    parts = [rng.choice(FIRST), rng.choice(FIRST), rng.choice(LAST)]
    if rng.random() < 0.4:
        parts.pop(1)
    return " ".join(parts)


def _terms(rng: random.Random, head: bool) -> list[Term]:
    """Holders from START to END: regular terms, with acting holders between them for head offices."""
    terms, day = [], START - timedelta(days=rng.randrange(0, 700))
    while day <= END:
        if head and terms and rng.random() < 0.35:
            span = timedelta(days=rng.randrange(90, 400))
            terms.append(Term(_person(rng), day, day + span, True))
            day += span + timedelta(days=1)
        span = timedelta(days=rng.randrange(500, 1800) if head else rng.randrange(300, 1200))
        terms.append(Term(_person(rng), day, day + span, False))
        day += span + timedelta(days=1)
    return terms


def build_world(seed: int) -> list[Region]:
    """Regions, their offices and the office holders over time, fixed by ``seed``."""
    rng = random.Random(f"world-{seed}")
    regions = []
    for name in REGIONS:
        kind = "Kota" if rng.random() < 0.4 else "Kabupaten"
        head = "Wali Kota" if kind == "Kota" else "Bupati"
        offices = [
            Office(head, head, None, _terms(rng, True)),
            Office(f"Wakil {head}", f"Wakil {head}", None, _terms(rng, False)),
            Office("Sekretaris Daerah", "Sekda", None, _terms(rng, True)),
        ]
        for agency in rng.sample(AGENCIES, 8):
            offices.append(Office(f"Kepala {agency[1]}", f"Kepala {agency[0]}", agency, _terms(rng, False)))
        regions.append(Region(name, kind, offices))
    return regions


def _styled(rng: random.Random, name: str) -> str:
    """A name as press releases write it: sometimes with a prefix and academic degrees."""
    degree = rng.choice(DEGREES) if rng.random() < 0.5 else ""
    prefix = rng.choice(PREFIXES) if rng.random() < 0.3 else ""
    return f"{prefix}{name}{', ' + degree if degree else ''}"


def _title_of(office: Office, term: Term, region: Region, *, first: bool) -> str:
    """An official's title as written before the name, with the acting prefix when acting."""
    acting = ""
    if term.acting:
        acting = _acting_prefix(office) + " "
    if office.agency:
        agency = f"{office.agency[1]} ({office.agency[0]})" if first else office.agency[0]
        return f"{acting}Kepala {agency} {region.full}"
    if office.title == "Sekretaris Daerah":
        return f"{acting}Sekretaris Daerah (Sekda) {region.full}" if first else f"{acting}Sekda {region.full}"
    return f"{acting}{office.title} {region.name}"


def _acting_prefix(office: Office) -> str:
    """Acting prefix: Penjabat for regional heads, Pelaksana Tugas for the rest."""
    return "Penjabat (Pj.)" if office.title in {"Wali Kota", "Bupati"} else "Pelaksana Tugas (Plt.)"


def _short_name(name: str) -> str:
    return name.split()[0] if len(name.split()) > 2 else name.split()[-1]


def article(regions: list[Region], seed: int, index: int) -> dict[str, str]:
    """Article ``index`` of the corpus: title, text, ISO date and URL."""
    rng = random.Random(f"article-{seed}-{index}")
    region = rng.choice(regions)
    day = START + timedelta(days=rng.randrange((END - START).days + 1))
    program, topic = rng.choice(PROGRAMS), rng.choice(TOPICS)
    lead_office = rng.choice([*region.offices[:3], rng.choice(region.offices[3:])])
    lead = lead_office.holder(day)
    others = [o for o in rng.sample(region.offices, 4) if o is not lead_office][:3]
    agency = lead_office.agency or rng.choice(AGENCIES)
    event_pattern, verb = rng.choice(EVENTS)
    event = event_pattern.format(topic=topic, program=program)
    venue = rng.choice(VENUES).format(R=region.full if rng.random() < 0.5 else region.name, agency=agency[0])
    when = f"{DAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"
    gov_short, gov_full = region.government
    lead_name = _short_name(lead.person)

    paragraphs = [
        f"{gov_full} ({gov_short}) {verb} {event} di {venue}, {when}. Kegiatan ini menjadi bagian dari upaya "
        f"mendukung program {program} yang tengah digencarkan di {region.full}.",
        f"Dalam arahannya, {_title_of(lead_office, lead, region, first=True)} {_styled(rng, lead.person)} "
        f"menuturkan bahwa seluruh perangkat daerah diminta memperkuat kolaborasi dalam {topic.lower()}.",
        f"“{rng.choice(QUOTES).format(program=program, topic=topic.lower())},” {rng.choice(SAYS)} {lead_name}.",
    ]
    attendees = [
        f"{_title_of(o, o.holder(day), region, first=False)} {o.holder(day).person}" for o in others[:2]
    ]
    if attendees:
        paragraphs.append(
            f"Turut hadir dalam kegiatan tersebut {' dan '.join(attendees)}, serta jajaran "
            f"Forum Koordinasi Pimpinan Daerah (Forkopimda) {region.full}."
        )
    if len(others) > 2:
        office = others[2]
        term = office.holder(day)
        paragraphs.append(
            f"Pada kesempatan yang sama, {_title_of(office, term, region, first=True)} {_styled(rng, term.person)} "
            f"menyampaikan bahwa {program} akan dievaluasi setiap triwulan. “{rng.choice(QUOTES).format(program=program, topic=topic.lower())},” "
            f"{rng.choice(SAYS)}nya."
        )
    if rng.random() < 0.15:
        award, giver = rng.choice(AWARDS), rng.choice(CONFERRERS)
        paragraphs.append(f"Sebelumnya, {gov_short} juga meraih {award} {day.year} dari {giver}.")
    title = rng.choice(
        (
            f"{gov_short} Gelar {event}",
            f"{lead_office.short} {region.name} Buka {event}",
            f"{lead_name} Ajak Perangkat Daerah Sukseskan {program}",
            f"Dorong {program}, {gov_short} Gelar {event}",
        )
    )
    published = day + timedelta(days=rng.choice((0, 0, 0, 1)))
    slug = "-".join(title.lower().replace(",", "").replace("(", "").replace(")", "").split())[:80]
    return {
        "title": title,
        "text": "\n\n".join(paragraphs),
        "date": published.isoformat(),
        "url": f"https://news.example.org/{region.name.lower()}/{published:%Y/%m/%d}/{index}-{slug}",
    }


def generate(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """The first ``n`` articles of the corpus for ``seed``."""
    regions = build_world(seed)
    for index in range(n):
        yield article(regions, seed, index)


def write_jsonl(path: Path, n: int, seed: int = 7) -> Path:
    """The first ``n`` articles as JSON Lines in ``path``."""
    with path.open("w", encoding="utf-8") as out:
        for record in generate(n, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> None:
    """Write ``N`` articles as JSON Lines to ``-o PATH`` (or standard output)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("-o", "--output", type=Path, help="JSON Lines file to write [default: stdout]")
    parser.add_argument("--seed", type=int, default=7, help="world and article seed [default: 7]")
    args = parser.parse_args(argv)
    if args.output:
        write_jsonl(args.output, args.n, args.seed)
        return
    for record in generate(args.n, args.seed):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
