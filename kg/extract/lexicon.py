"""Indonesian public-sector vocabulary: titles, ranks, degrees, institution and event words.

Generic domain knowledge only (the words any Indonesian press release uses);
no names of people, events or awards. Organisation abbreviations live in
``data/lexicon/organizations.tsv`` (see ``kg.gazetteer.organizations``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# -- acting and former forms ---------------------------------------------------

#: surface → canonical acting form; kept on the membership as its tenure kind.
ACTING = {
    "Penjabat Sementara": "Penjabat Sementara",
    "Pjs.": "Penjabat Sementara",
    "Pjs": "Penjabat Sementara",
    "Penjabat": "Penjabat",
    "Pj.": "Penjabat",
    "Pj": "Penjabat",
    "Pelaksana Tugas": "Pelaksana Tugas",
    "Plt.": "Pelaksana Tugas",
    "Plt": "Pelaksana Tugas",
    "Pelaksana Harian": "Pelaksana Harian",
    "Plh.": "Pelaksana Harian",
    "Plh": "Pelaksana Harian",
}
ACTING_SHORT = {
    "Penjabat": "Pj.",
    "Pelaksana Tugas": "Plt.",
    "Pelaksana Harian": "Plh.",
    "Penjabat Sementara": "Pjs.",
}
FORMER = ("mantan", "eks", "bekas", "purnawirawan")


@dataclass(frozen=True)
class Title:
    """A title whose organisation is implied by the title itself and a jurisdiction.

    ``org`` is a pattern: ``{gov}`` becomes the government of the jurisdiction
    (``Pemerintah Kota Malang``), ``{place}`` the region's display name and
    ``{bare}`` its bare name; ``None`` means a fixed national body in ``fixed_org``.
    ``levels`` are the region levels the title may take.
    """

    role: str
    org: str | None
    levels: frozenset[str] = frozenset()
    fixed_org: str | None = None
    short: str | None = None


_KOTA = frozenset({"kota"})
_KAB = frozenset({"kabupaten"})
_PROV = frozenset({"provinsi"})
_LOCAL = frozenset({"kota", "kabupaten", "provinsi"})

#: surface form → title with an implied organisation. Longest surface wins.
TITLES: dict[str, Title] = {
    "Wali Kota": Title("Wali Kota", "{gov}", _KOTA),
    "Walikota": Title("Wali Kota", "{gov}", _KOTA),
    "Wakil Wali Kota": Title("Wakil Wali Kota", "{gov}", _KOTA),
    "Wakil Walikota": Title("Wakil Wali Kota", "{gov}", _KOTA),
    "Wawali": Title("Wakil Wali Kota", "{gov}", _KOTA, short="Wawali"),
    "Bupati": Title("Bupati", "{gov}", _KAB),
    "Wakil Bupati": Title("Wakil Bupati", "{gov}", _KAB),
    "Wabup": Title("Wakil Bupati", "{gov}", _KAB, short="Wabup"),
    "Gubernur": Title("Gubernur", "{gov}", _PROV),
    "Wakil Gubernur": Title("Wakil Gubernur", "{gov}", _PROV),
    "Wagub": Title("Wakil Gubernur", "{gov}", _PROV, short="Wagub"),
    "Sekretaris Daerah": Title("Sekretaris Daerah", "{gov}", _LOCAL, short="Sekda"),
    "Sekda": Title("Sekretaris Daerah", "{gov}", _LOCAL, short="Sekda"),
    "Sekdakot": Title("Sekretaris Daerah", "{gov}", _KOTA, short="Sekda"),
    "Sekdakab": Title("Sekretaris Daerah", "{gov}", _KAB, short="Sekda"),
    "Sekdaprov": Title("Sekretaris Daerah", "{gov}", _PROV, short="Sekda"),
    "Camat": Title("Camat", "Kecamatan {bare}", frozenset({"kecamatan"})),
    "Lurah": Title("Lurah", "Kelurahan {bare}", frozenset({"kelurahan"})),
    "Kepala Desa": Title("Kepala Desa", "Desa {bare}", frozenset({"desa"}), short="Kades"),
    "Kades": Title("Kepala Desa", "Desa {bare}", frozenset({"desa"}), short="Kades"),
    "Kapolresta": Title("Kepala Kepolisian Resor Kota", "Polresta {bare}", _LOCAL, short="Kapolresta"),
    "Kapolrestabes": Title(
        "Kepala Kepolisian Resor Kota Besar", "Polrestabes {bare}", _LOCAL, short="Kapolrestabes"
    ),
    "Kapolres": Title("Kepala Kepolisian Resor", "Polres {bare}", _LOCAL, short="Kapolres"),
    "Kapolda": Title("Kepala Kepolisian Daerah", "Polda {place}", _PROV, short="Kapolda"),
    "Kapolsek": Title(
        "Kepala Kepolisian Sektor", "Polsek {bare}", frozenset({"kecamatan"}), short="Kapolsek"
    ),
    "Kajari": Title("Kepala Kejaksaan Negeri", "Kejaksaan Negeri {bare}", _LOCAL, short="Kajari"),
    "Kajati": Title("Kepala Kejaksaan Tinggi", "Kejaksaan Tinggi {place}", _PROV, short="Kajati"),
    "Presiden": Title("Presiden", None, fixed_org="Pemerintah Republik Indonesia"),
    # Indonesia has no prime minister: the title counts only with a country after it ("Perdana Menteri Jepang")
    "Perdana Menteri": Title("Perdana Menteri", None, short="PM"),
    "Wakil Presiden": Title(
        "Wakil Presiden", None, fixed_org="Pemerintah Republik Indonesia", short="Wapres"
    ),
    "Wapres": Title("Wakil Presiden", None, fixed_org="Pemerintah Republik Indonesia", short="Wapres"),
    "Kapolri": Title(
        "Kepala Kepolisian Negara Republik Indonesia",
        None,
        fixed_org="Kepolisian Negara Republik Indonesia",
        short="Kapolri",
    ),
    "Panglima TNI": Title("Panglima", None, fixed_org="Tentara Nasional Indonesia"),
    "Jaksa Agung": Title("Jaksa Agung", None, fixed_org="Kejaksaan Agung"),
}

#: Ministers: short form → ministry subject ("Mendagri" → "Dalam Negeri").
MINISTERS = {
    "Mendagri": "Dalam Negeri", "Menkeu": "Keuangan", "Menkes": "Kesehatan", "Mensos": "Sosial",
    "Menag": "Agama", "Menhan": "Pertahanan", "Menlu": "Luar Negeri", "Mentan": "Pertanian",
    "Menhub": "Perhubungan", "Mendag": "Perdagangan", "Menperin": "Perindustrian",
    "Menaker": "Ketenagakerjaan", "Menpora": "Pemuda dan Olahraga", "Menkominfo": "Komunikasi dan Informatika",
    "Menkomdigi": "Komunikasi dan Digital", "Menpar": "Pariwisata", "Mendikdasmen": "Pendidikan Dasar dan Menengah",
    "Mendikbud": "Pendidikan dan Kebudayaan", "Mendikbudristek": "Pendidikan, Kebudayaan, Riset, dan Teknologi",
    "MenPAN-RB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "MenpanRB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Menteri PANRB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Menteri PPPA": "Pemberdayaan Perempuan dan Perlindungan Anak", "MenPPPA": "Pemberdayaan Perempuan dan Perlindungan Anak",
    "Menteri PUPR": "Pekerjaan Umum dan Perumahan Rakyat", "Menteri PU": "Pekerjaan Umum",
    "Menteri ATR/BPN": "Agraria dan Tata Ruang", "Menteri BUMN": "Badan Usaha Milik Negara",
    "Menkumham": "Hukum dan Hak Asasi Manusia", "Menkum": "Hukum", "Menparekraf": "Pariwisata dan Ekonomi Kreatif",
    "Mendes": "Desa dan Pembangunan Daerah Tertinggal", "Mendes PDTT": "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
    "Menko Polhukam": "Koordinator Bidang Politik, Hukum, dan Keamanan", "Menko PMK": "Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
    "Menko Perekonomian": "Koordinator Bidang Perekonomian", "Menko Pangan": "Koordinator Bidang Pangan",
    "Menko Marves": "Koordinator Bidang Kemaritiman dan Investasi", "Menko PM": "Koordinator Bidang Pemberdayaan Masyarakat",
    "Menteri LH": "Lingkungan Hidup", "Men-LHK": "Lingkungan Hidup dan Kehutanan", "Menteri LHK": "Lingkungan Hidup dan Kehutanan",
    "Menteri ESDM": "Energi dan Sumber Daya Mineral", "Menteri KP": "Kelautan dan Perikanan", "Menteri KKP": "Kelautan dan Perikanan",
    "Mensesneg": "Sekretaris Negara", "Menteri UMKM": "Usaha Mikro, Kecil, dan Menengah",
}  # fmt: skip

#: Position words that take an organisation phrase after them ("Kepala Badan ...").
#: surface → canonical role label. Longest surface wins.
POSITIONS = {
    "Kepala": "Kepala", "Wakil Kepala": "Wakil Kepala", "Ketua": "Ketua", "Wakil Ketua": "Wakil Ketua",
    "Ketua Umum": "Ketua Umum", "Ketum": "Ketua Umum", "Sekretaris": "Sekretaris",
    "Sekretaris Jenderal": "Sekretaris Jenderal", "Sekjen": "Sekretaris Jenderal", "Bendahara": "Bendahara",
    "Anggota": "Anggota", "Direktur": "Direktur", "Direktur Utama": "Direktur Utama", "Dirut": "Direktur Utama",
    "Direktur Jenderal": "Direktur Jenderal", "Dirjen": "Direktur Jenderal", "Komandan": "Komandan",
    "Koordinator": "Koordinator", "Kepala Bagian": "Kepala Bagian", "Kabag": "Kepala Bagian",
    "Kepala Bidang": "Kepala Bidang", "Kabid": "Kepala Bidang", "Kepala Seksi": "Kepala Seksi",
    "Kasi": "Kepala Seksi", "Kepala Sub Bagian": "Kepala Subbagian", "Kasubag": "Kepala Subbagian",
    "Kasubbag": "Kepala Subbagian", "Kepala Pelaksana": "Kepala Pelaksana", "Kalaksa": "Kepala Pelaksana",
    "Rektor": "Rektor", "Wakil Rektor": "Wakil Rektor", "Dekan": "Dekan", "Ketua Harian": "Ketua Harian",
    "Kepala Sekolah": "Kepala Sekolah", "Inspektur": "Inspektur", "Kepala Kantor": "Kepala Kantor",
    "Kepala Unit": "Kepala Unit", "Kanit": "Kepala Unit", "Kasat": "Kepala Satuan", "Kepala Satuan": "Kepala Satuan",
    "Kasatreskrim": "Kepala Satuan Reserse Kriminal", "Kasatlantas": "Kepala Satuan Lalu Lintas",
    "Kasi Humas": "Kepala Seksi Hubungan Masyarakat", "Kasihumas": "Kepala Seksi Hubungan Masyarakat",
    "Kadiv": "Kepala Divisi", "Kepala Divisi": "Kepala Divisi", "Manajer": "Manajer", "General Manager": "General Manager",
    "Pimpinan": "Pimpinan", "Pembina": "Pembina", "Penasihat": "Penasihat", "Pengurus": "Pengurus",
    "Komisioner": "Komisioner", "Ketua Komisi": "Ketua Komisi", "Ketua Fraksi": "Ketua Fraksi",
    "Asisten": "Asisten", "Staf Ahli": "Staf Ahli", "Kepala Perwakilan": "Kepala Perwakilan",
    "Pangdam": "Panglima", "Danrem": "Komandan", "Dandim": "Komandan", "Danramil": "Komandan",
    "Danlanud": "Komandan", "Kadis": "Kepala", "Kadin": "Kepala", "Kaban": "Kepala", "Kasatpol": "Kepala",
    "Deputi": "Deputi", "Asisten Deputi": "Asisten Deputi", "Kepala Biro": "Kepala Biro", "Karo": "Kepala Biro",
    "Kepala Pusat": "Kepala Pusat", "Kapus": "Kepala Pusat", "Kasubdit": "Kepala Subdirektorat",
    "Kepala Subdirektorat": "Kepala Subdirektorat", "Inspektur Jenderal": "Inspektur Jenderal",
    "Ketua Majelis Hakim": "Ketua Majelis Hakim", "Juru Bicara": "Juru Bicara", "Jubir": "Juru Bicara",
    "Kepala Kepolisian": "Kepala", "Atase": "Atase", "Duta Besar": "Duta Besar", "Dubes": "Duta Besar",
    "Ketua Dewan": "Ketua Dewan", "Komisaris": "Komisaris", "Komisaris Utama": "Komisaris Utama",
    "Wakil Direktur": "Wakil Direktur", "Wakil Direktur Utama": "Wakil Direktur Utama", "Wakil Bendahara": "Wakil Bendahara",
    "Wakil Sekretaris": "Wakil Sekretaris", "Wakil Ketua Umum": "Wakil Ketua Umum", "Waketum": "Wakil Ketua Umum",
    "Kabiro": "Kepala Biro",
}  # fmt: skip

#: Abbreviations that name an organisation only with a cue before them: "PBB" and "PKB" are
#: also land and vehicle taxes in local news, "KSP" a savings cooperative, "BPD" a village council.
AMBIGUOUS_ABBREVIATIONS = frozenset({"PBB", "PKB", "KSP", "BPD", "PAD", "PT", "DPD", "PKS"})
ORG_CUES = frozenset(
    [
        "Partai",
        "Fraksi",
        "DPP",
        "DPW",
        "DPC",
        "PAC",
        "kader",
        "Kader",
        "Ketua",
        "Ketum",
        "Sekjen",
        "Sekretaris",
        "Wakil",
        "politisi",
        "politikus",
        "Anggota",
        "anggota",
        "dari",
        "oleh",
        "dan",
        "Bendahara",
        "partai",
        "fraksi",
    ]
)

#: Countries (for "Presiden AS", "Perdana Menteri Jepang"); also places.
COUNTRIES = {
    "Amerika Serikat": "Amerika Serikat", "AS": "Amerika Serikat", "Amerika": "Amerika Serikat", "China": "China",
    "Tiongkok": "China", "Rusia": "Rusia", "Jepang": "Jepang", "Korea Selatan": "Korea Selatan", "Korsel": "Korea Selatan",
    "Korea Utara": "Korea Utara", "Korut": "Korea Utara", "Singapura": "Singapura", "Malaysia": "Malaysia",
    "Australia": "Australia", "Inggris": "Inggris", "Prancis": "Prancis", "Perancis": "Prancis", "Jerman": "Jerman",
    "India": "India", "Arab Saudi": "Arab Saudi", "Mesir": "Mesir", "Turki": "Turki", "Iran": "Iran", "Israel": "Israel",
    "Palestina": "Palestina", "Ukraina": "Ukraina", "Belanda": "Belanda", "Filipina": "Filipina", "Thailand": "Thailand",
    "Vietnam": "Vietnam", "Timor Leste": "Timor Leste", "Brasil": "Brasil", "Kanada": "Kanada", "Italia": "Italia",
    "Spanyol": "Spanyol", "Venezuela": "Venezuela", "Argentina": "Argentina", "Meksiko": "Meksiko", "Brunei": "Brunei",
    "Myanmar": "Myanmar", "Kamboja": "Kamboja", "Laos": "Laos", "Pakistan": "Pakistan", "Bangladesh": "Bangladesh",
    "Qatar": "Qatar", "Uni Emirat Arab": "Uni Emirat Arab", "UEA": "Uni Emirat Arab", "Kuwait": "Kuwait", "Irak": "Irak",
    "Suriah": "Suriah", "Yordania": "Yordania", "Afrika Selatan": "Afrika Selatan", "Nigeria": "Nigeria",
    "Selandia Baru": "Selandia Baru", "Swiss": "Swiss", "Swedia": "Swedia", "Norwegia": "Norwegia", "Denmark": "Denmark",
    "Finlandia": "Finlandia", "Polandia": "Polandia", "Taiwan": "Taiwan", "Hong Kong": "Hong Kong", "Korea": "Korea Selatan",
    "Indonesia": "Indonesia", "RI": "Indonesia", "Republik Indonesia": "Indonesia", "Yaman": "Yaman", "Lebanon": "Lebanon",
    "Sri Lanka": "Sri Lanka", "Nepal": "Nepal", "Kolombia": "Kolombia", "Peru": "Peru", "Chile": "Chile", "Kuba": "Kuba",
    "Belgia": "Belgia", "Austria": "Austria", "Portugal": "Portugal", "Yunani": "Yunani", "Irlandia": "Irlandia",
}  # fmt: skip

#: Contracted position+organisation words: "Kadinkes" = Kepala + Dinkes.
CONTRACTED = {
    "Kadinkes": ("Kepala", "Dinkes"), "Kadisdik": ("Kepala", "Disdik"), "Kadindik": ("Kepala", "Dindik"),
    "Kadiskominfo": ("Kepala", "Diskominfo"), "Kadishub": ("Kepala", "Dishub"), "Kadinsos": ("Kepala", "Dinsos"),
    "Kadispendukcapil": ("Kepala", "Dispendukcapil"), "Kadisnaker": ("Kepala", "Disnaker"),
    "Kasatpol PP": ("Kepala", "Satpol PP"), "Kalaksa BPBD": ("Kepala Pelaksana", "BPBD"),
    "Kepala DLH": ("Kepala", "DLH"),
}  # fmt: skip

#: Organisation words the organisation keeps when a position word is followed by them.
#: Positions that name their unit's type: "Direktur Jenderal Pajak" heads the "Direktorat Jenderal Pajak".
POSITION_ORG_PREFIX = {
    "Pangdam": "Kodam", "Danrem": "Korem", "Dandim": "Kodim", "Danramil": "Koramil", "Danlanud": "Lanud",
    "Kadis": "Dinas", "Kadin": "Dinas", "Kaban": "Badan", "Direktur Jenderal": "Direktorat Jenderal",
    "Dirjen": "Direktorat Jenderal", "Direktur": "Direktorat", "Deputi": "Kedeputian", "Kepala Biro": "Biro",
    "Kepala Pusat": "Pusat", "Kapus": "Pusat", "Karo": "Biro", "Kepala Bagian": "Bagian", "Kabag": "Bagian",
    "Kepala Bidang": "Bidang", "Kabid": "Bidang", "Kasubdit": "Subdirektorat", "Kepala Subdirektorat": "Subdirektorat",
    "Asisten Deputi": "Asisten Deputi", "Kepala Seksi": "Seksi", "Kasi": "Seksi", "Inspektur Jenderal": "Inspektorat Jenderal",
}  # fmt: skip

# -- organisations ----------------------------------------------------------------

#: Head words that start an organisation name ("Dinas ...", "Badan ...").
ORG_HEAD_WORDS = frozenset(
    [
        "Dinas",
        "Badan",
        "Kantor",
        "Kementerian",
        "Kementrian",
        "Komisi",
        "Dewan",
        "Satuan",
        "Forum",
        "Bagian",
        "Bidang",
        "Sekretariat",
        "Inspektorat",
        "Lembaga",
        "Majelis",
        "Mahkamah",
        "Pengadilan",
        "Kejaksaan",
        "Kepolisian",
        "Komando",
        "Universitas",
        "Institut",
        "Politeknik",
        "Akademi",
        "Perumda",
        "Yayasan",
        "Partai",
        "Fraksi",
        "Gugus",
        "Tim",
        "Satgas",
        "Unit",
        "UPT",
        "UPTD",
        "Direktorat",
        "Biro",
        "Koperasi",
        "Paguyuban",
        "Komunitas",
        "Asosiasi",
        "Ikatan",
        "Persatuan",
        "Himpunan",
        "Gerakan",
        "Perkumpulan",
        "Korps",
        "Organisasi",
        "Bank",
        "Tentara",
        "Kanwil",
        "Lapas",
        "Rutan",
        "Otoritas",
        "Otorita",
        "Pokja",
        "Kwartir",
        "Federasi",
        "Aliansi",
        "Perum",
        "Sentra",
        "Perusahaan",
        "Perseroan",
    ]
)
#: Two-word heads whose first word alone is too common to start an organisation.
ORG_HEAD_PAIRS = frozenset(
    {"Rumah Sakit", "Sekolah Tinggi", "Karang Taruna", "Tim Penggerak", "Palang Merah", "Kamar Dagang",
     "Kelompok Kerja", "Dharma Wanita", "Pusat Penelitian", "Balai Besar", "Keluarga Besar", "Pengurus Besar",
     "Pengurus Wilayah", "Pengurus Cabang", "Pimpinan Wilayah", "Pimpinan Cabang", "Pimpinan Daerah",
     "Pusat Kesehatan", "Perusahaan Daerah", "Perusahaan Umum", "Lembaga Swadaya", "Serikat Pekerja",
     "Serikat Buruh", "Serikat Petani", "Serikat Nelayan"}
)  # fmt: skip

#: Organisations that are not of the state (for schema:GovernmentOrganization).
NON_GOVERNMENT_HEADS = frozenset(
    [
        "Yayasan",
        "Partai",
        "Koperasi",
        "Paguyuban",
        "Komunitas",
        "Asosiasi",
        "Ikatan",
        "Persatuan",
        "Himpunan",
        "Gerakan",
        "Perkumpulan",
        "Serikat",
        "Federasi",
        "Aliansi",
        "Universitas",
        "Institut",
        "Politeknik",
        "Akademi",
        "Bank",
        "Karang",
        "Kelompok",
        "Keluarga",
        "Pengurus",
        "Pimpinan",
        "Jaringan",
        "Kamar",
        "Gabungan",
        "Lembaga",
        "Swadaya",
        "Palang",
        "Kwartir",
        "PT",
        "CV",
    ]
)

#: Governments: the ``Pemerintah`` family and its abbreviations.
GOVERNMENT_ABBREVIATIONS = {
    "Pemkot": "kota",
    "Pemkab": "kabupaten",
    "Pemprov": "provinsi",
    "Pemda": None,
    "Pemdes": "desa",
}
GOVERNMENT_TYPE_WORDS = {
    "Kota": "kota",
    "Kabupaten": "kabupaten",
    "Provinsi": "provinsi",
    "Daerah": None,
    "Desa": "desa",
}
NATIONAL_GOVERNMENT = "Pemerintah Republik Indonesia"
NATIONAL_GOVERNMENT_FORMS = (
    "Pemerintah Pusat",
    "Pemerintah Indonesia",
    "Pemerintah Republik Indonesia",
    "Pemerintah RI",
)


def government_name(region_name: str) -> str:
    """The government of a region, by its display name.

    >>> government_name("Kota Malang"), government_name("Jawa Timur")
    ('Pemerintah Kota Malang', 'Pemerintah Provinsi Jawa Timur')
    """
    if region_name.split()[0] in {"Kota", "Kabupaten", "Desa", "Kelurahan", "Kecamatan"}:
        return f"Pemerintah {region_name}"
    return f"Pemerintah Provinsi {region_name}"


def government_short(region_name: str) -> str | None:
    """``Pemkot Malang`` for ``Kota Malang``; the form press releases use most."""
    first, _, rest = region_name.partition(" ")
    short = {"Kota": "Pemkot", "Kabupaten": "Pemkab"}.get(first)
    if short:
        return f"{short} {rest}"
    if first in {"Desa", "Kelurahan", "Kecamatan"}:
        return None
    return f"Pemprov {region_name}"


# -- people ---------------------------------------------------------------------

#: Honorifics and forms of address that precede a name (schema:honorificPrefix).
HONORIFICS = frozenset(
    [
        "H.",
        "Hj.",
        "Drs.",
        "Dra.",
        "Dr.",
        "dr.",
        "Ir.",
        "Prof.",
        "KH",
        "K.H.",
        "KH.",
        "Ny.",
        "Tn.",
        "Bapak",
        "Ibu",
        "Pak",
        "Bu",
        "Mas",
        "Mbak",
        "Cak",
        "Ning",
        "Gus",
        "Habib",
        "Kiai",
        "Kyai",
        "Ustaz",
        "Ustad",
        "Ustadz",
        "Raden",
        "R.",
        "RA",
        "R.A.",
        "Hajjah",
        "Haji",
        "drg.",
        "Drg.",
        "Sdr.",
        "Saudara",
        "Saudari",
        "apt.",
        "Apt.",
        "Nyai",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Sir",
        "Dato",
        "Datuk",
        "Tuan",
        "Puan",
        "Bung",
        "Romo",
        "Pastor",
        "Pendeta",
        "Pdt.",
        "Bhikkhu",
        "Ida",
    ]
)
#: Address forms that make a short reference ("Pak Sekda", "Bu Dwi") but are not part of the name.
ADDRESS = frozenset(
    {"Pak", "Bu", "Bapak", "Ibu", "Mas", "Mbak", "Cak", "Ning", "Gus", "Bung", "Sdr.", "Saudara", "Saudari"}
)

#: Police and military ranks (honorificPrefix), longest first at use.
RANKS = tuple(
    sorted(  # longest first
        (
            r.strip()
            for r in """Jenderal Polisi|Jenderal Pol|Jenderal|Komjen Pol|Komjen|Irjen Pol|Irjen|Brigjen Pol|Brigjen TNI|Brigjen|
        Kombes Pol|Kombes|Kombespol|AKBP|AKP|Kompol|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Brigadir Polisi|Brigadir|
        Briptu|Bripda|Bharada|Bharatu|Bharaka|Jenderal TNI|Letjen TNI|Letjen|Mayjen TNI|Mayjen|Laksamana TNI|
        Laksamana|Laksdya TNI|Laksdya|Laksda TNI|Laksda|Laksma TNI|Laksma|Marsekal TNI|Marsekal|Marsdya TNI|
        Marsdya|Marsda TNI|Marsda|Marsma TNI|Marsma|Kolonel|Letkol|Letnan Kolonel|Mayor|Kapten|Lettu|Letda|
        Letnan|Peltu|Pelda|Serma|Serka|Sertu|Serda|Kopka|Koptu|Kopda|Praka|Pratu|Prada|Kolonel Inf|
        Letkol Inf|Letkol Arh|Letkol Kav|Letkol Czi|Letkol Cpm|Letkol Laut|Letkol Pnb|Mayor Inf|Kapten Inf|
        Kolonel Arh|Kolonel Kav|Kolonel Czi|Kolonel Laut|Kolonel Pas|Kolonel Pnb""".replace("\n", "|").split(
                "|"
            )
            if r.strip()
        ),
        key=len,
        reverse=True,
    )
)
#: Corps and branch abbreviations written after a military rank ("Letkol Inf", "Mayor Arm").
CORPS = frozenset(
    [
        "Inf",
        "Kav",
        "Arm",
        "Arh",
        "Czi",
        "Chb",
        "Cpm",
        "Kes",
        "Pnb",
        "Nav",
        "Tek",
        "Kal",
        "Adm",
        "Sus",
        "Mar",
        "Laut",
        "Cku",
        "Ckm",
        "Caj",
        "Cba",
        "Ctp",
        "Cpl",
        "Cpn",
        "Psk",
        "Pom",
    ]
)
RANK_WORDS = frozenset(word for rank in RANKS for word in rank.split()) | CORPS

#: Academic and professional degrees (normalised: no dots, spaces or case) → schema:honorificSuffix.
DEGREES = frozenset(
    [
        "sh",
        "se",
        "ssos",
        "ssi",
        "spd",
        "skom",
        "st",
        "sip",
        "sap",
        "sag",
        "spsi",
        "skep",
        "sked",
        "sstp",
        "stp",
        "sikom",
        "ss",
        "shum",
        "sfarm",
        "sgz",
        "skm",
        "spt",
        "sp",
        "shi",
        "sei",
        "spdi",
        "sth",
        "sar",
        "sds",
        "sn",
        "smb",
        "sth",
        "sab",
        "stat",
        "sfil",
        "ssn",
        "sm",
        "sprx",
        "sik",
        "mm",
        "msi",
        "mpd",
        "mkes",
        "mt",
        "mh",
        "map",
        "mag",
        "mhum",
        "msc",
        "mba",
        "mpa",
        "meng",
        "mkom",
        "mkn",
        "mip",
        "msos",
        "mph",
        "ma",
        "mab",
        "mp",
        "mse",
        "mei",
        "mpdi",
        "mhi",
        "mkm",
        "mars",
        "mmrs",
        "mmr",
        "mtp",
        "mpp",
        "mcomm",
        "mfil",
        "msn",
        "mds",
        "mak",
        "mmed",
        "mm",
        "mkn",
        "mppm",
        "mpsi",
        "mm",
        "phd",
        "dr",
        "drs",
        "dra",
        "lc",
        "amd",
        "amk",
        "amkeb",
        "amkep",
        "spa",
        "spog",
        "spb",
        "sppd",
        "spkk",
        "spm",
        "spkj",
        "sprad",
        "span",
        "spjp",
        "spn",
        "spt",
        "spm",
        "mmpd",
        "cpm",
        "chrm",
        "caht",
        "cfp",
        "cht",
        "cpa",
        "ak",
        "sstp",
        "ipu",
        "ipm",
        "asean",
        "eng",
        "ce",
    ]
)


def is_degree(token: str) -> bool:
    """A degree written any of the usual ways.

    >>> is_degree("S.T."), is_degree("MM"), is_degree("M.Si"), is_degree("Malang")
    (True, True, True, False)
    """
    key = re.sub(r"[.\s-]", "", token).lower()
    return bool(key) and key in DEGREES and len(token) <= 12


# -- function words that may be capitalised but never start or continue a name ---

STOPWORDS = frozenset(
    [
        "Dalam",
        "Pada",
        "Di",
        "Ke",
        "Dari",
        "Oleh",
        "Untuk",
        "Dengan",
        "Dan",
        "Atau",
        "Yang",
        "Ini",
        "Itu",
        "Hal",
        "Selain",
        "Menurut",
        "Sementara",
        "Namun",
        "Tak",
        "Tidak",
        "Lebih",
        "Atas",
        "Guna",
        "Tahun",
        "Bulan",
        "Hari",
        "Kegiatan",
        "Acara",
        "Apel",
        "Rapat",
        "Selasa",
        "Senin",
        "Rabu",
        "Kamis",
        "Jumat",
        "Sabtu",
        "Minggu",
        "Ahad",
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
        "Kota",
        "Kabupaten",
        "Provinsi",
        "Kecamatan",
        "Kelurahan",
        "Desa",
        "Pemerintah",
        "Bersama",
        "Sedangkan",
        "Adapun",
        "Kemudian",
        "Selanjutnya",
        "Sebelumnya",
        "Saat",
        "Ketika",
        "Sejak",
        "Sebagai",
        "Juga",
        "Pun",
        "Kami",
        "Kita",
        "Saya",
        "Mereka",
        "Dia",
        "Ia",
        "Beliau",
        "Total",
        "Terakhir",
        "Pertama",
        "Kedua",
        "Ketiga",
        "Keempat",
        "Tak",
        "Ayo",
        "Mari",
        "Marilah",
        "Para",
        "Seluruh",
        "Semua",
        "Setiap",
        "Berbagai",
        "Bukan",
        "Bagi",
        "Terkait",
        "Lewat",
        "Melalui",
        "Usai",
        "Setelah",
        "Sebelum",
        "Jika",
        "Kalau",
        "Bahwa",
        "Karena",
        "Sehingga",
        "Agar",
        "Supaya",
        "Meski",
        "Walaupun",
        "Tapi",
        "Tetapi",
        "Baik",
        "Salah",
        "Satu",
        "Sejumlah",
        "Sekitar",
        "Hingga",
        "Sampai",
        "Bahkan",
        "Baca",
        "Simak",
        "Foto",
        "Video",
        "Reporter",
        "Editor",
        "Penulis",
        "Sumber",
        "Jakarta",
        "Indonesia",
        "Nasional",
        "Ketika",
        "Turut",
        "Tonton",
        "Lihat",
        "Saksikan",
        "Scroll",
        "SCROLL",
        "Dilansir",
        "Dikutip",
        "Diketahui",
        "Sebelumnya",
        "Berikut",
        "Namun",
        "Meskipun",
        "Padahal",
        "Hadir",
        "Tampak",
        "Terlihat",
        "Begitu",
        "Demikian",
        "Apalagi",
        "Lalu",
        "Kini",
        "Nantinya",
        "Ke-",
    ]
)

#: Capitalised words that belong to region and government names, not stop words there.
REGION_WORDS = frozenset(
    {"Kota", "Kabupaten", "Provinsi", "Kecamatan", "Kelurahan", "Desa", "Pemerintah", "Nasional", "Indonesia"}
)


def jurisdiction_name(region_name: str, level: str) -> str:
    """How an organisation's name ends with its jurisdiction: ``Provinsi Jawa Timur``, ``Kota Malang``.

    >>> jurisdiction_name("Jawa Timur", "provinsi")
    'Provinsi Jawa Timur'
    """
    return f"Provinsi {region_name}" if level == "provinsi" else region_name


# -- events -----------------------------------------------------------------------

#: Event trigger words (lower case) → ontology event class.
EVENT_TRIGGERS = {
    "rapat koordinasi": "Meeting", "rakor": "Meeting", "rapat": "Meeting", "rapat paripurna": "Meeting",
    "musyawarah": "Meeting", "musrenbang": "Meeting", "audiensi": "Meeting", "pertemuan": "Meeting",
    "diskusi": "Meeting", "focus group discussion": "Meeting", "fgd": "Meeting",
    "seminar": "Meeting", "lokakarya": "Training", "workshop": "Training", "webinar": "Meeting",
    "konferensi": "Meeting", "sarasehan": "Meeting", "dialog": "Meeting", "hearing": "Meeting",
    "apel": "Ceremony", "upacara": "Ceremony", "pelantikan": "Inauguration", "sertijab": "Inauguration",
    "serah terima jabatan": "Inauguration", "pengukuhan": "Inauguration", "pengambilan sumpah": "Inauguration",
    "peresmian": "Launch", "peluncuran": "Launch", "launching": "Launch", "pencanangan": "Launch",
    "sosialisasi": "Socialization", "penyuluhan": "Socialization", "kampanye": "Socialization",
    "kunjungan": "Visit", "kunjungan kerja": "Visit", "kunker": "Visit", "silaturahmi": "Visit",
    "inspeksi mendadak": "Inspection", "sidak": "Inspection", "monitoring": "Inspection", "peninjauan": "Inspection",
    "pelatihan": "Training", "bimbingan teknis": "Training", "bimtek": "Training", "diklat": "Training",

    "pemilihan kepala daerah": "Election", "pilkada": "Election", "pemilu": "Election",
    "pemilihan umum": "Election", "pilwali": "Election", "pilbup": "Election", "pilgub": "Election",
    "pilpres": "Election", "pileg": "Election", "pilkades": "Election", "pemungutan suara": "Election",
    "patroli": "Patrol", "razia": "Patrol", "pengamanan": "Patrol",
    "festival": "Celebration", "peringatan": "Celebration", "perayaan": "Celebration", "pameran": "Celebration",
    "expo": "Celebration", "lomba": "Celebration", "kompetisi": "Celebration", "karnaval": "Celebration",
    "bazar": "Celebration", "halal bihalal": "Celebration",
    "halalbihalal": "Celebration", "syukuran": "Celebration", "jalan sehat": "Celebration",
    "kerja bakti": "Event", "penandatanganan": "Meeting",
    "penyerahan": "Ceremony", "penganugerahan": "Ceremony", "anugerah": "Ceremony",
    "pengajian": "Event", "doa bersama": "Event", "istighosah": "Event", "donor darah": "Event",
    "vaksinasi": "Event", "pasar murah": "Event", "operasi pasar": "Event", "gerakan pangan murah": "Event",
    "deklarasi": "Event", "ikrar": "Event", "rembug": "Meeting", "temu": "Meeting", "pawai": "Celebration",
    "kirab": "Celebration", "senam": "Celebration",
}  # fmt: skip

#: Verbs and nouns that make a person the performer (leader, speaker) of an event.
PERFORMER_CUES = (
    "memimpin",
    "dipimpin",
    "membuka",
    "dibuka",
    "arahan",
    "arahannya",
    "amanat",
    "amanatnya",
    "sambutan",
    "sambutannya",
    "menyampaikan",
    "menegaskan",
    "meresmikan",
    "diresmikan",
    "melantik",
    "dilantik",
    "mengukuhkan",
    "menjadi pembina",
    "bertindak sebagai",
    "pemateri",
    "narasumber",
    "memberikan",
)
#: Cues that organisations or persons in a sentence took part in an event ("bersama", "dari" and
#: "jajaran" are too common on their own; "dari" counts after "kegiatan ini", see kg.extract.events).
ATTENDANCE_CUES = (
    "dihadiri",
    "hadir",
    "diikuti",
    "mengikuti",
    "menghadiri",
    "melibatkan",
    "turut",
    "didampingi",
    "peserta",
    "undangan",
    "perwakilan",
    "diwakili",
)

# -- places -------------------------------------------------------------------------

#: Venue heads: "di Balai Kota Malang", "di Stadion Gajayana".
VENUE_HEADS = tuple(
    sorted(  # longest first
        (
            r.strip()
            for r in """Balai Kota|Balaikota|Balai Desa|Balai Kelurahan|Balai Pertemuan|Pendopo|Pendapa|Stadion|Aula|Gedung|
        Hotel|Jalan|Jl.|Jln.|Alun-alun|Alun-Alun|Lapangan|Taman|Masjid|Gereja|Pura|Klenteng|Vihara|Pasar|
        Terminal|Stasiun|Bandara|Pelabuhan|Ruang|Ruang Rapat|Ballroom|Convention Hall|Graha|Wisma|Rumah Dinas|
        Rumdin|Kantor|Mal|Mall|Plaza|Museum|Perpustakaan|Sport Center|GOR|Gelanggang|Kampung|Kawasan|Dusun|
        Bendungan|Sungai|Pantai|Gunung|Waduk|Embung|Jembatan|Simpang|Perumahan|Tugu|Monumen|Hall|Auditorium|
        Block Office|Mini Block Office|Sasana|Pondok Pesantren|Ponpes|Kampus|Rusunawa|TPA|TPS|Posko""".replace(
                "\n", "|"
            ).split("|")
            if r.strip()
        ),
        key=len,
        reverse=True,
    )
)
#: Lower-case modifiers between "di" and a venue ("di halaman depan Balai Kota").
VENUE_MODIFIERS = frozenset(
    [
        "halaman",
        "depan",
        "belakang",
        "dalam",
        "samping",
        "area",
        "kawasan",
        "sekitar",
        "lantai",
        "ruang",
        "gedung",
        "kompleks",
        "komplek",
        "lingkungan",
        "pelataran",
        "lobi",
        "lobby",
        "atas",
        "bawah",
    ]
)

#: Heads of organisations of the state (schema:GovernmentOrganization).
GOVERNMENT_HEADS = frozenset(
    [
        "Dinas",
        "Badan",
        "Kantor",
        "Kementerian",
        "Kementrian",
        "Komisi",
        "Dewan",
        "Satuan",
        "Sekretariat",
        "Inspektorat",
        "Pengadilan",
        "Kejaksaan",
        "Kepolisian",
        "Komando",
        "Direktorat",
        "Biro",
        "UPT",
        "UPTD",
        "Kanwil",
        "Lapas",
        "Rutan",
        "Gugus",
        "Satgas",
        "Majelis",
        "Mahkamah",
        "Pemerintah",
        "Kecamatan",
        "Kelurahan",
        "Desa",
        "Bagian",
        "Bidang",
        "Otoritas",
        "Balai",
        "Perumda",
        "Perusahaan",
    ]
)
#: Heads of executive units that sit in the regional government (org:subOrganizationOf implied).
EXECUTIVE_UNIT_HEADS = frozenset(
    {"Dinas", "Badan", "Satuan", "Sekretariat", "Inspektorat", "Bagian", "Kantor", "UPT", "UPTD"}
)

#: Common words of institution names: a capitalised word from this list continues an
#: organisation name; a run of words outside it after a title is a person's name.
INSTITUTION_WORDS = frozenset(
    [
        "Kesehatan",
        "Pendidikan",
        "Perhubungan",
        "Lingkungan",
        "Hidup",
        "Sosial",
        "Pekerjaan",
        "Umum",
        "Penataan",
        "Ruang",
        "Perumahan",
        "Rakyat",
        "Kawasan",
        "Permukiman",
        "Pertanahan",
        "Komunikasi",
        "Informatika",
        "Informasi",
        "Kependudukan",
        "Pencatatan",
        "Sipil",
        "Tenaga",
        "Kerja",
        "Ketenagakerjaan",
        "Koperasi",
        "Usaha",
        "Mikro",
        "Kecil",
        "Menengah",
        "Perindustrian",
        "Perdagangan",
        "Pariwisata",
        "Kebudayaan",
        "Kepemudaan",
        "Pemuda",
        "Olahraga",
        "Pemberdayaan",
        "Perempuan",
        "Perlindungan",
        "Anak",
        "Pengendalian",
        "Penduduk",
        "Keluarga",
        "Berencana",
        "Ketahanan",
        "Pangan",
        "Pertanian",
        "Perikanan",
        "Peternakan",
        "Perencanaan",
        "Pembangunan",
        "Daerah",
        "Pendapatan",
        "Keuangan",
        "Aset",
        "Pengelolaan",
        "Kepegawaian",
        "Pengembangan",
        "Sumber",
        "Daya",
        "Manusia",
        "Penanggulangan",
        "Bencana",
        "Kesatuan",
        "Bangsa",
        "Politik",
        "Perpustakaan",
        "Kearsipan",
        "Arsip",
        "Penanaman",
        "Modal",
        "Pelayanan",
        "Terpadu",
        "Satu",
        "Pintu",
        "Pemadam",
        "Kebakaran",
        "Penyelamatan",
        "Polisi",
        "Pamong",
        "Praja",
        "Masyarakat",
        "Lalu",
        "Lintas",
        "Angkutan",
        "Jalan",
        "Air",
        "Minum",
        "Limbah",
        "Kebersihan",
        "Pertamanan",
        "Perwakilan",
        "Rakyat",
        "Pemilihan",
        "Pengawas",
        "Koordinasi",
        "Pimpinan",
        "Forum",
        "Negara",
        "Nasional",
        "Republik",
        "Indonesia",
        "Dalam",
        "Negeri",
        "Luar",
        "Agama",
        "Hukum",
        "Asasi",
        "Keamanan",
        "Pertahanan",
        "Tinggi",
        "Agung",
        "Resor",
        "Sektor",
        "Kota",
        "Besar",
        "Distrik",
        "Militer",
        "Resor",
        "Urusan",
        "Rumah",
        "Tangga",
        "Umum",
        "Protokol",
        "Pimpinan",
        "Organisasi",
        "Tata",
        "Pemerintahan",
        "Perekonomian",
        "Kesejahteraan",
        "Administrasi",
        "Pengadaan",
        "Barang",
        "Jasa",
        "Layanan",
        "Pengaduan",
        "Kewaspadaan",
        "Statistik",
        "Persandian",
        "Perizinan",
        "Investasi",
        "Industri",
        "Energi",
        "Mineral",
        "Kelautan",
        "Pesisir",
        "Kehutanan",
        "Perkebunan",
        "Tanaman",
        "Hortikultura",
        "Veteriner",
        "Pasar",
        "Pemakaman",
        "Kominfo",
        "Pariwisata",
        "Ekonomi",
        "Kreatif",
        "Digital",
        "Riset",
        "Teknologi",
        "Inovasi",
        "Anggaran",
        "Pajak",
        "Retribusi",
        "Perbendaharaan",
        "Akuntansi",
        "Pengawasan",
        "Audit",
        "Internal",
        "Inspektur",
        "Pembantu",
        "Wilayah",
        "Cabang",
        "Unit",
        "Pelaksana",
        "Teknis",
        "Pusat",
        "Kesejahteraan",
        "Rehabilitasi",
        "Penyandang",
        "Disabilitas",
        "Lanjut",
        "Usia",
        "Gizi",
        "Ibu",
        "Bayi",
        "Balita",
        "Remaja",
        "Posyandu",
        "Gugus",
        "Tugas",
        "Layak",
        "Ramah",
        "Sehat",
        "Aman",
        "Bersih",
        "Hijau",
        "Cerdas",
        "Pintar",
        "Mandiri",
        "Sejahtera",
        "Perempuan",
        "Tim",
        "Penggerak",
        "Dasawisma",
        "Karang",
        "Taruna",
        "Linmas",
        "Ketertiban",
        "Ketenteraman",
        "Penegakan",
        "Peraturan",
        "Pemilu",
        "Umum",
        "Rumah",
        "Sakit",
        "Puskesmas",
        "Laboratorium",
        "Farmasi",
        "Obat",
        "Makanan",
        "Narkotika",
        "Terorisme",
        "Korupsi",
        "Pemberantasan",
        "Pemeriksa",
        "Audit",
        "Ombudsman",
        "Yudisial",
        "Konstitusi",
        "Kejaksaan",
        "Pengadilan",
        "Negeri",
        "Agama",
        "Tata",
        "Usaha",
        "Militer",
        "Udara",
        "Laut",
        "Darat",
        "Angkatan",
        "Komando",
        "Brigade",
        "Batalyon",
        "Infanteri",
        "Kodim",
        "Koramil",
        "Kodam",
        "Korem",
        "Polres",
        "Polsek",
        "Polda",
        "Polresta",
        "Perumda",
        "Tirta",
        "Dharma",
        "Jasa",
        "Yasa",
        "Transportasi",
        "Parkir",
        "Terminal",
        "Perkim",
        "Pertamanan",
        "Cipta",
        "Karya",
        "Bina",
        "Marga",
        "Sumber",
        "Daya",
        "Air",
        "Irigasi",
        "Drainase",
        "Sampah",
        "Persampahan",
        "Reformasi",
        "Birokrasi",
        "Aparatur",
        "Pendayagunaan",
        "Transmigrasi",
        "Tertinggal",
        "Koordinator",
        "Bidang",
        "Kemaritiman",
        "Maritim",
        "Dasar",
        "Menengah",
        "Sains",
        "Riset",
        "Agraria",
        "Tata",
        "Ekonomi",
        "Kreatif",
        "Lingkungan",
        "Kehutanan",
        "Negara",
        "Sekretariat",
        "Kabinet",
        "Staf",
        "Presiden",
        "Ibu",
        "Kota",
        "Nusantara",
        "Otorita",
        "Gizi",
        "Penindakan",
        "Eksekusi",
        "Pencegahan",
        "Monitoring",
        "Informasi",
        "Strategi",
        "Fiskal",
        "Pembiayaan",
        "Risiko",
        "Pengelolaan",
        "Imigrasi",
        "Pemasyarakatan",
        "Kekayaan",
        "Intelektual",
        "Perundang",
        "Undangan",
    ]
)

_COMMON_NOUN = re.compile(r"^(?:(?:pe|pen|pem|peng|peny|per|ke)[a-z]{3,}an|[a-z]{4,}(?:asi|isi|usi|itas))$")


def is_common_noun(word: str) -> bool:
    """A word of institution names (``Penindakan``, ``Kesehatan``, ``Komunikasi``), not of personal names.

    >>> is_common_noun("Penindakan"), is_common_noun("Kesehatan"), is_common_noun("Kurniawan")
    (True, True, False)
    """
    return word in INSTITUTION_WORDS or bool(_COMMON_NOUN.match(word.lower()))
