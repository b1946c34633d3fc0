"""Programs, policies and regulations.

Regulations (``schema:Legislation``): ``Peraturan Daerah Nomor 3 Tahun 2024
tentang ...``, ``Perwal``, ``Perbup``, ``UU``, ``PP``, ``Perpres``, with their
identifier and the government that passed them. Programs (``kgo:Program``):
``program <Name>``, ``program tanggung jawab sosial perusahaan (TSP)``,
``11 program prioritas``, and defined abbreviations used as policy goals
(``predikat Kota Layak Anak (KLA)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg import gazetteer, lang
from kg.extract import lexicon
from kg.extract.context import Context
from kg.extract.organizations import national_counterpart, national_meant
from kg.extract.places import inside_a_region
from kg.extract.variants import abbreviates, initials
from kg.records import Entity, EntityType
from kg.text.dates import NUMBER_WORDS, WEEKDAYS
from kg.text.sentences import containing
from kg.text.tokens import occurrences

#: Fiscal, statistical and administrative categories: never a programme.
GENERIC_PROGRAMS = lexicon.GENERIC_PROGRAMS
_LEGISLATION_TYPES = lang.mapping("legislation-types", "surface", "type", casefold=True)
#: Which government passes each local regulation type (the rest are national): Aceh's qanun is its
#: regions' perda, Papua's perdasus and perdasi its province's.
_LOCAL_TYPES = {"Peraturan Daerah": None, "Peraturan Wali Kota": "kota", "Peraturan Bupati": "kabupaten",
                "Peraturan Gubernur": "provinsi", "Keputusan Wali Kota": "kota", "Keputusan Bupati": "kabupaten",
                "Keputusan Gubernur": "provinsi", "Surat Edaran": None, "Qanun": None,
                "Peraturan Daerah Khusus": "provinsi", "Peraturan Daerah Provinsi": "provinsi"}  # fmt: skip
_NATIONAL_PASSERS = {"Undang-Undang": "Dewan Perwakilan Rakyat", "Peraturan Pemerintah": lexicon.NATIONAL_GOVERNMENT,
                     "Peraturan Presiden": lexicon.NATIONAL_GOVERNMENT, "Instruksi Presiden": lexicon.NATIONAL_GOVERNMENT,
                     "Keputusan Presiden": lexicon.NATIONAL_GOVERNMENT,
                     "Peraturan Pemerintah Pengganti Undang-Undang": lexicon.NATIONAL_GOVERNMENT,
                     "Peraturan Menteri Dalam Negeri": "Kementerian Dalam Negeri"}  # fmt: skip

_TYPE_PATTERN = lang.alternation(_LEGISLATION_TYPES)
_CAP_PHRASE = (
    r"[A-Z0-9][\w'’\-/]*(?:(?:\s+(?:dan|di|ke|untuk|serta|atas|pada|tentang|bagi|dalam|antara|yang|secara|"
    r"dengan|terhadap|oleh|atau|melalui|mengenai|,))?\s+[A-Z0-9][\w'’\-/]*)*"
)
#: the rest of a regulation's subject that lists capitalised items up to the sentence's end
#: (", Susunan Organisasi, Tugas dan Fungsi Perangkat Daerah."; the last after "dan" or "serta" too:
#: "Anak, Perempuan, dan Penyandang Disabilitas.")
_LISTED_SUBJECT = re.compile(rf"((?:,\s+(?:(?:dan|serta)\s+)?{_CAP_PHRASE})+)\s*(?:[.;]|$)")
_LEGISLATION = re.compile(
    rf"{lang.starts(_LEGISLATION_TYPES)}\b(?P<type>{_TYPE_PATTERN})\b(?:\s*\((?P<abbr>[A-Za-z]+)\))?"
    # the region or issuer after the type: "Kota Malang", "Jawa Timur", "Wali Kota Kediri", "Keuangan"
    r"(?P<jur>\s+(?-i:(?!(?:Nomor|Nomer|No)\b)[A-Z][\w.-]*(?:\s+(?!(?:Nomor|Nomer|No)\b)(?:[A-Z][\w-]*|dan)){0,7}))?"
    r"\s+(?:(?:Nomor|Nomer|No\.?)\s*)?(?P<num>\d+(?:\.\d+)*[A-Za-z]?(?:/[\w.\-/]+)?)"
    r"(?:\s+(?:Tahun|Th\.?)\s+(?P<year>(?:19|20)\d{2})|(?<=/(?P<slashyear>(?:19|20)\d{2})))"
    rf"(?:\s+tentang\s+(?P<about>(?-i:{_CAP_PHRASE})))?",
    re.IGNORECASE,
)
#: Another numbered regulation joined after a subject ("... tentang Retribusi Daerah dan Perbup Nomor 2
#: Tahun 2022 tentang ...", "... serta Peraturan Bupati (Perbup) X Nomor 5 ..."): the subject ends
#: before it, and the next regulation is read from there.
_NEXT_LAW = re.compile(
    rf"(?:\s*,|\s+(?:dan|serta|atau))\s+"
    rf"(?=(?i:{_TYPE_PATTERN})\b(?:\s*\([A-Za-z]+\))?[^.;()]{{0,60}}?\b(?:Nomor|Nomer|No\.?)\s*\d)"
)


def _next_law(text: str, start: int, about: str) -> re.Match[str] | None:
    """Another numbered regulation joined inside the subject ``about`` read at ``start`` (the next
    one's name may run on past the subject: its short form in brackets, its number)."""
    joined = _NEXT_LAW.search(text, start, start + len(about) + 80)
    return joined if joined is not None and joined.start() < start + len(about) else None


#: a programme joined after a regulation's subject: "(tentang X) serta Gerakan Y" (the subject ends before it)
_NEXT_PROGRAM = re.compile(
    rf"\s+(?:dan|serta)\s+(?=(?:{lang.alternation(lexicon.PROGRAM_OPENINGS)})\s+[A-Z])"
)
_PRIORITY = re.compile(
    lang.starts(NUMBER_WORDS, digits=True) + rf"\b(?P<n>\d+|{lang.alternation(NUMBER_WORDS)})\s+"
    r"(?P<noun>program|isu|agenda|misi|janji)\s+(?P<adj>prioritas|unggulan|strategis|utama|kerja)\b",
    re.IGNORECASE,
)
#: weak cues, a service and the verbs whose object is a programme ("layanan Sapa Warga",
#: "meluncurkan Sambang Kampung"): they name one only with two words or more that open with no
#: other cue and join no two things with "dan" (not "layanan Transjakarta", "layanan JakLingko dan
#: Mikrotrans", "meluncurkan Aplikasi ...", read at its own cue)
_WEAK_CUES = ("layanan", "meluncurkan", "mencanangkan", "menggagas")
# "program Makan Bergizi Gratis", "program prioritas Asta Cita", "Aplikasi Sapa Warga", "gerakan ..."
_PROGRAM_CUES = (
    "Program",
    "program",
    "Aplikasi",
    "aplikasi",
    "gerakan",
    "Proyek",
    "proyek",
    "inovasi",
    "kegiatan",
    "beasiswa",
    *_WEAK_CUES,
)
#: "and" and "to" in the regional languages programmes are named in: Minangkabau "jo" and "ka",
#: Javanese "lan", Sundanese "jeung" and "ka"
_REGIONAL_JOINERS = ("jo", "lan", "jeung", "ka")


def _capitalised_run(joiners: str, *, number_first: bool = False) -> re.Pattern[str]:
    """Capitalised words within a line, joined by ``joiners`` (an alternation) or, before a capitalised
    word, an English joiner ("Police Goes to School") or a regional language's "and" or "to"
    ("Gerakan Bagurau jo Basilek", "Gerakan Pulang ka Kampuang"); with ``number_first``, a number may
    open them before a capitalised word ("Gerakan 1 Desa 1 Embung" after its head word)."""
    before_capital = lang.alternation([*lang.words("event-english-joiners"), *_REGIONAL_JOINERS])
    return re.compile(
        (r"(?:\d+[^\S\n]+(?=[A-Z]))?" if number_first else "")
        + rf"[A-Z][\w'’\-]*(?:[^\S\n]+(?:[A-Z0-9][\w'’\-]*|{joiners}|(?:{before_capital})(?=[^\S\n]+[A-Z])))*"
    )


#: a programme's name after its cue: capitalised words, joined by "dan", "di", "untuk" or the joiners
#: of :func:`_capitalised_run`
_NAME_AFTER_CUE = _capitalised_run("dan|di|untuk")
#: what a university's degree programme is called after "Program" ("Program Studi Teknik Sipil")
_ACADEMIC = re.compile(r"(?:Studi|Pascasarjana|Magister|Doktor|Sarjana|Diploma|Profesi)\b")
_PROGRAM_WORD = re.compile(
    rf"{lang.starts(_PROGRAM_CUES)}\b(?:{lang.alternation(_PROGRAM_CUES)})"
    r"(?:(?<=rogram)\s+(?:prioritas|unggulan|strategis|nasional|andalan|pemerintah))?"
    # ("program jemput bola Dukcapil Datang Menyapa": services brought to the people, before the name)
    r"(?:\s+jemput\s+bola)?\s+"
    # "program yang diberi nama X", "inovasi ini kami beri nama X", "program bernama X": the name given it
    r"(?:(?:(?:ini|itu|tersebut)\s+)?(?:(?:kami|yang)\s+)?(?:beri\s+nama|diberi\s+nama|dinamai|dinamakan|bernama)\s+)?"
)
_QUOTED_CUES = lang.words("quoted-program-cues", casefold=True)
#: a name in quotation marks, each of its words capitalised but a joining word; a slogan's two halves
#: joined by a comma too ("Desa Mandiri, Kota Gemilang")
_QUOTED_NAME = r"['‘\"“](?P<name>[A-Z][\w'’-]*(?:[^\S\n]+(?:dan|di|ke|untuk|[A-Z0-9][\w'’-]*)|,[^\S\n]+[A-Z][\w'’-]*){0,7})['’\"”]"
#: "program 'Desa Tertib Arsip'", "kanal WA 'Lapor Pak Camat'": a name in quotation marks after a cue (and
#: at most one word)
_QUOTED_PROGRAM = re.compile(
    rf"(?i:{lang.starts(_QUOTED_CUES)}\b(?:{lang.alternation(_QUOTED_CUES)}))"
    # ("program peningkatan jalan kabupaten bertajuk "Dairi Mulus"": what it is, then the name it is given)
    r"(?:\s+[A-Za-z]+|(?:\s+[a-z]+){1,5}\s+(?:bertajuk|bernama|dinamai|diberi\s+nama))?"
    rf"\s+{_QUOTED_NAME}"
)
#: 'Gerakan Kebun Gizi Keluarga "Tanam Zorba"': a capitalised programme's name with a name in quotation
#: marks after it, one name ("Gerakan Kebun Gizi Keluarga Tanam Zorba", also called "Tanam Zorba")
_NAMED_THEN_QUOTED = re.compile(
    rf"\b(?P<named>(?:{lang.alternation(w.capitalize() for w in _QUOTED_CUES)})(?:[^\S\n]+[A-Z][\w'’-]*){{1,3}})"
    rf"[^\S\n]+{_QUOTED_NAME}"
)
#: an event word opening a phrase ("Rapat Koordinasi ...", "Bimbingan Teknis ..."): what "kegiatan" names then
_GATHERING_START = re.compile(rf"(?i:{lexicon.EVENT_TRIGGER_ALTERNATION})\b")
#: "program Desa Sehat", "program Kota Tanpa Kumuh": a region's type word may open a programme's name
_REGION_TYPES = frozenset({"Kota", "Kabupaten", "Provinsi", "Kecamatan", "Kelurahan", "Desa", "Kampung"})
#: words that open a programme's own name only with a nickname after it ("Layanan Malam Ceria (Lamaria)")
_NICKNAMED_HEADS = lexicon.PROGRAM_NICKNAMED_HEADS
#: Words that open a programme's own name ("Beasiswa Anak Berprestasi", "Operasi Zebra Semeru"), and
#: those of :data:`_NICKNAMED_HEADS`.
_HEAD_WORDS = (*lang.words("program-heads"), *_NICKNAMED_HEADS)
_PROGRAM_HEAD = re.compile(
    rf"{lang.starts(_HEAD_WORDS)}\b(?P<head>{lang.alternation(_HEAD_WORDS)})\s+(?=[A-Z]|\d+[^\S\n]+[A-Z])"
)
_DEFINITION = re.compile(
    r"\b(?P<phrase>[A-Z][\w'’-]*(?:\s+(?:ke\s+|dan\s+|untuk\s+)?[A-Z0-9][\w'’-]*){1,7})\s+\((?P<abbr>[A-Z][A-Za-z0-9]{1,9})\)"
)
_POLICY_CUES = re.compile(
    r"\b(?:program|kebijakan|predikat|mewujudkan|wujudkan|menuju|gerakan|inovasi|aplikasi|kampanye|target|"
    r"status|capaian|penilaian|evaluasi|implementasi|penerapan|percepatan|pencanangan|strategi|rencana|"
    r"kepesertaan|peserta|penerima|alokasi|skema|layanan|bantuan|pemangkasan|penyaluran|pembangunan|"
    r"anggaran|jaminan|asuransi|istilah|menjamin|beasiswa)\b",
    re.IGNORECASE,
)


def extract_legislation(ctx: Context) -> None:
    """Regulations with their number, year, subject and passing government."""
    pos = 0
    while (m := _LEGISLATION.search(ctx.text, pos)) is not None:
        pos = m.end()
        kind = _LEGISLATION_TYPES[m.group("type").lower()]
        if len(m.group("type")) <= 2 and not m.group("type").isupper():
            continue  # "se", "pp", "sk" in running text are words, not regulation types
        number, year = m.group("num"), m.group("year") or m.group("slashyear")
        dated = bool(m.group("year"))
        if not dated and (short_year := re.fullmatch(r"(\d+)/((?:19|20)\d{2})", number)):
            number, dated = short_year.group(1), True  # "Perpres 110/2025" is "Nomor 110 Tahun 2025"
        stated = (m.group("jur") or "").strip()
        written = _without_state(stated)
        topic = ""
        if written and kind in _NATIONAL_PASSERS and not _is_region(written):
            topic, written = (
                written,
                "",
            )  # "UU Cipta Kerja Nomor 6 Tahun 2023": the law's subject, not an issuer
        issuer = None
        if kind in {"Peraturan", "Keputusan"}:
            # "Peraturan Kemenpan RB RI": a ministry's, "Peraturan OJK", "Keputusan KPU RI": an agency's
            issuer = _issuer(ctx, stated, kind)
            if issuer is None:
                continue
            kind, written = _issued_type(issuer, kind), ""
        if written and not _is_region(written):
            # the issuer: "Peraturan Menteri Keuangan", "Surat Edaran Wali Kota Kediri"
            kind, jurisdiction = f"{kind} {written}", None
        else:
            jurisdiction = _jurisdiction(ctx, written, kind)
        jur_text = ""
        if jurisdiction is not None:
            # "Peraturan Wali Kota Malang", "Peraturan Daerah Kota Malang", "Peraturan Gubernur Jawa Timur"
            executive = kind.split()[-1] in {"Kota", "Bupati", "Gubernur"}
            jur_text = f" {jurisdiction.bare if executive else jurisdiction.name}"
        numbered = f"Nomor {number} Tahun {year}" if dated else f"Nomor {number}"
        name = f"{kind}{jur_text} {numbered}"
        end = m.end("year") if m.group("year") else m.end("num")
        entity = ctx.add(EntityType.LEGISLATION, name, m.start(), end, ctx.stage)
        entity.identifier = f"{kind} {numbered}"
        entity.aliases.add(f"{kind} {numbered}")
        if topic:
            entity.aliases.add(f"{kind} {topic} {numbered}")
        short = m.group("type") if len(m.group("type")) <= 7 else None
        if short:
            entity.aliases.add(f"{short} {numbered}")
            if jurisdiction is not None:
                entity.aliases.add(f"{short} {jurisdiction.name} {numbered}")
        about = m.group("about")
        if about and (joined := _NEXT_PROGRAM.search(about)) is not None:
            # "tentang Penataan Reklame dan Gerakan Sibolga Tertib (Gestib)": a programme named after the
            # subject, with its short form, is no part of it
            about = about[: joined.start()]
        if about and (joined := _next_law(ctx.text, m.start("about"), about)) is not None:
            about, pos = about[: joined.start() - m.start("about")], joined.start()
        elif about and (listed := _LISTED_SUBJECT.match(ctx.text, m.end("about"))) is not None:
            # "tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Perangkat Daerah.": the
            # subject's list of capitalised items runs to the sentence's end
            about = ctx.text[m.start("about") : listed.end(1)]
        if about:
            about = _trim_phrase(about)
            entity.aliases.add(f"{kind} {numbered} tentang {about}")
            entity.aliases.add(ctx.text[m.start() : m.start("about") + len(about)])
            ctx.claim(m.start(), m.start("about") + len(about), entity)
            # the subject is a programme of its own where the article names it outside the title too
            # ("Kota Layak Anak" of a Perda that the release also calls a goal), not where only the
            # title holds it, nor where an abbreviation right after it names the law itself
            # ("... tentang Hubungan Keuangan antara Pemerintah Pusat dan Daerah (HKPD)", "UU HKPD")
            after = m.start("about") + len(about)
            names_law = re.match(r"\s*\([A-Z][A-Za-z0-9]{1,9}\)", ctx.text[after : after + 14])
            # (a one-word subject is a topic: "tentang Narkotika" of a law, beside the "Badan Narkotika Nasional")
            elsewhere = " " in about and _named_outside_titles(ctx.text, about)
            program = (
                add_program(ctx, about, m.start("about"), after) if elsewhere and not names_law else None
            )
            if program is not None:
                ctx.claim(m.start("about"), m.start("about") + len(about), program)
            elif " " in about:
                # a subject the article names only as one: no later reader takes it, or a name
                # around it, for a body ("Objek Pemajuan Kebudayaan")
                for at, until in occurrences(ctx.text, about):
                    if not ctx.claimed(at, until):
                        ctx.claim(at, until)
        passer = _passer(ctx, kind, jurisdiction)
        if issuer is not None:
            passer = ctx.find(EntityType.ORGANIZATION, issuer.full) or ctx.add(
                EntityType.ORGANIZATION, issuer.full, 0, 0, ctx.stage
            )
            passer.government = passer.government or issuer.government
        if passer is not None:
            entity.passed_by = passer


def _national_laws() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """Each short title of a national law (``national-laws.tsv``) → its name and subject; their pattern."""
    forms: dict[str, tuple[str, str]] = {}
    for name, subject, written in lang.table("national-laws", ("name", "subject", "forms")):
        subject = "" if subject == lang.NONE else subject
        # "UU Pelayanan Publik", "Undang-Undang tentang Pelayanan Publik": the subject, its type before it
        about = [
            f"{kind}{joint}{subject}" for kind in ("Undang-Undang", "UU") for joint in (" ", " tentang ")
        ]
        listed = [f.strip() for f in written.split("|")] if written != lang.NONE else []
        for form in [*listed, *(about if subject else [])]:
            forms[form] = (name, subject)
            if form.startswith("Undang-Undang "):
                forms[form.replace("Undang-Undang", "Undang-undang", 1)] = (name, subject)  # as often written
    pattern = re.compile(lang.starts(list(forms)) + rf"(?<![\w-])(?:{lang.alternation(forms)})(?![\w-])")
    return forms, pattern


_NATIONAL_LAW_FORMS, _NATIONAL_LAW = _national_laws()


def extract_national_laws(ctx: Context) -> None:
    """``UU ITE``, ``UUD 1945``: the constitution and the laws the news names by a short title
    (``national-laws.tsv``), named as their numbered form is, passed by the house."""
    for m in _NATIONAL_LAW.finditer(ctx.text):
        if ctx.claimed(m.start(), m.end()) or ctx.in_furniture(m.start()):
            continue
        name, subject = _NATIONAL_LAW_FORMS[m.group()]
        entity = ctx.add(EntityType.LEGISLATION, name, m.start(), m.end(), ctx.stage)
        entity.aliases.add(m.group())
        if subject:
            entity.identifier = name
            entity.aliases.add(f"{name} tentang {subject}")
            entity.passed_by = entity.passed_by or _passer(ctx, "Undang-Undang", None)


def _without_state(written: str) -> str:
    """The words after a regulation's type without the state they all belong to.

    >>> _without_state("Republik Indonesia"), _without_state("Kemenpan RB RI"), _without_state("Kota Malang")
    ('', 'Kemenpan RB', 'Kota Malang')
    """
    return re.sub(r"(?:^|\s+)(?:RI|Republik Indonesia)$", "", written)


def _issuer(ctx: Context, stated: str, kind: str) -> gazetteer.OrgInfo | None:
    """The national body a regulation's issuer names: ``Kemenpan RB RI``, ``OJK``, ``Kepala BNPB``,
    ``KPU RI``, and ``KPU`` where the article's bare KPU is the national one (``None`` for a region).
    A regulation ("Peraturan KPU Nomor 11 Tahun 2024") is the national body's always: a regional
    commission decides ("Keputusan KPU Kabupaten X") but issues no regulations."""
    stated = re.sub(r"^Kepala\s+", "", stated)  # "Peraturan Kepala BNPB": the agency's regulation
    for written in dict.fromkeys((stated, _without_state(stated))):
        info = (gazetteer.lookup_abbreviation(written) or gazetteer.lookup_full(written)) if written else None
        if info is not None and info.scope == "national":
            return info
        if info is not None and written == stated:
            national = national_counterpart(info) if kind == "Peraturan" else national_meant(ctx, info)
            if national is not None:
                return national
    return None


def _issued_type(issuer: gazetteer.OrgInfo, kind: str = "Peraturan") -> str:
    """The regulation (or decree) type of a body: a minister's for a ministry, the body's own for an agency.

    >>> _issued_type(gazetteer.lookup_abbreviation("Kemenkeu")), _issued_type(gazetteer.lookup_abbreviation("BPOM"))
    ('Peraturan Menteri Keuangan', 'Peraturan Badan Pengawas Obat dan Makanan')
    >>> _issued_type(gazetteer.lookup_abbreviation("KPU RI"), "Keputusan")
    'Keputusan Komisi Pemilihan Umum Republik Indonesia'
    """
    if issuer.full.startswith("Kementerian "):
        return f"{kind} Menteri " + issuer.full.removeprefix("Kementerian ")
    return f"{kind} {issuer.full}"


def _named_outside_titles(text: str, phrase: str) -> bool:
    """Whether the article names ``phrase`` on its own somewhere: neither as a regulation's subject
    ("... tentang Pemajuan Kebudayaan") nor inside a longer name ("Unit Pelayanan Perempuan dan
    Perlindungan Anak", "Objek Pemajuan Kebudayaan").

    >>> _named_outside_titles("UU tentang Kota Sehat. Kami menuju Kota Sehat.", "Kota Sehat")
    True
    >>> _named_outside_titles("UU tentang Perlindungan Anak. Unit Perempuan dan Perlindungan Anak.", "Perlindungan Anak")
    False
    >>> _named_outside_titles("UU tentang Kota Sehat. Program Kota Sehat mulai.", "Kota Sehat")
    True
    """
    for m in re.finditer(re.escape(phrase), text):
        before = text[max(0, m.start() - 40) : m.start()].split()
        last = before[-1] if before else ""
        inside = last[:1].isupper() and last not in _PROGRAM_CUES and not last.endswith((".", '"'))
        if last.lower() not in {"tentang", "dan", "atas"} and not inside:
            return True  # ("Program Penanggulangan Kemiskinan dimulai": a programme's own cue)
    return False


def _trim_phrase(phrase: str) -> str:
    words = phrase.split()
    while words and (
        words[-1].lower()
        in {
            "dan",
            "di",
            "ke",
            "untuk",
            "serta",
            "atas",
            "pada",
            "tentang",
            "bagi",
            "dalam",
            ",",
            "jo",
            "juncto",
        }
    ):
        words.pop()
    return " ".join(words).rstrip(",")


def _conjuncts(phrase: str) -> list[tuple[int, str]]:
    """The programmes a phrase joins with ``dan``, each of three words or more and none opening
    with a title, with their offsets.

    >>> _conjuncts("Sekolah Ramah Anak dan Puskesmas Ramah Anak")
    [(0, 'Sekolah Ramah Anak'), (23, 'Puskesmas Ramah Anak')]
    >>> _conjuncts("Pemberdayaan Perempuan dan Perlindungan Anak")
    [(0, 'Pemberdayaan Perempuan dan Perlindungan Anak')]
    """
    parts: list[tuple[int, str]] = []
    pos = 0
    for m in re.finditer(r" dan ", phrase):
        parts.append((pos, phrase[pos : m.start()]))
        pos = m.end()
    parts.append((pos, phrase[pos:]))
    if len(parts) > 1 and all(
        len(part.split()) >= 3 and part.split()[0] not in lexicon.TITLE_FIRST_WORDS for _, part in parts
    ):
        return parts  # (not "Kedinasan Kepala Daerah dan Wakil Kepala Daerah": whose programme)
    return [(0, phrase)]


def _before_a_holder(ctx: Context, start: int, phrase: str) -> str:
    """A programme's name without the office holder it belongs to: ``Asta Cita Presiden Harjono
    Kusuma`` → ``Asta Cita`` (a title, then a person the article names)."""
    end = start + len(phrase)
    for m in re.finditer(r"\S+", phrase):
        if (
            m.start()
            and m.group() in lexicon.TITLE_FIRST_WORDS
            and ctx.entity_at(start + m.start(), end, EntityType.PERSON)
        ):
            return phrase[: m.start()].rstrip()
    return phrase


def _before_a_known_name(ctx: Context, start: int, phrase: str) -> str:
    """A programme's name without the body or place the article has named after "di", "ke" or "dari"
    (``Sekolah Siaga Bencana di SMP Negeri 6 Palu``): the name goes up to where the other one opens."""
    for m in re.finditer(r"\s+(?:di|ke|dari)\s+", phrase):
        if ctx.entity_at(start + m.end(), start + m.end() + 1, EntityType.ORGANIZATION, EntityType.PLACE):
            return phrase[: m.start()]
    return phrase


#: a bracket right after a name, and the first letter of the short form in it
_BRACKET_AFTER = re.compile(r"\s*\(([A-Z])[\w -]*\)")


def _one_app(phrase: str, after: str = "") -> str:
    """An application's name, which holds no "di" nor "dan": ``Cek Bansos di Play Store``, ``Cek
    Bansos dan SIKS-NG`` name the store and a second application after it; but a "dan" inside a
    name whose short form in brackets ``after`` it is the whole's (:func:`_short_form_of_whole`).

    >>> _one_app("Cek Bansos di Play Store"), _one_app("Cek Bansos dan SIKS-NG"), _one_app("Sapa Warga")
    ('Cek Bansos', 'Cek Bansos', 'Sapa Warga')
    >>> _one_app("Sistem Informasi Stok dan Harga Pangan", " (SIHATI Pangan) setiap hari")
    'Sistem Informasi Stok dan Harga Pangan'
    """
    if " di " not in phrase and _short_form_of_whole(phrase, after):
        return phrase
    return re.split(r"\s+(?:di|dan)\s+", phrase, maxsplit=1)[0]


def _short_form_of_whole(phrase: str, after: str) -> bool:
    """Whether the bracket right ``after`` a phrase joined by "dan" opens with the phrase's first
    letter and not with its last part's: the short form of the whole name ("Sistem Informasi Stok
    dan Harga Pangan (SIHATI Pangan)"), not of the second of two ("Sekolah Ramah Anak dan
    Puskesmas Ramah Anak (PRA)")."""
    short = _BRACKET_AFTER.match(after)
    last = phrase.rsplit(" dan ", 1)
    return short is not None and len(last) == 2 and short.group(1) == phrase[0] != last[1][:1]


def _before_a_place(phrase: str) -> str:
    """A programme's name without the place it runs in or the body it comes from: ``Sambang Kampung
    di Kelurahan Buring``, ``Gerakan Tanam Pohon ke Desa Sukamaju``, ``Gerakan X dari Dinas Y`` (but
    ``Gerakan Kembali ke Sekolah``, ``Gerakan Ambil Sampah dari Rumah``)."""
    for m in re.finditer(r"\s+(?:di|ke|dari)\s+", phrase):
        rest = phrase[m.end() :]
        word = rest.split()[0]
        if (
            word in lexicon.REGION_WORDS
            or word in lexicon.ORG_HEAD_WORDS
            or word in lexicon.GOVERNMENT_HEADS
            or word[:1].isdigit()  # "program Rumah Sehat Warga di 189 desa"
            or gazetteer.lookup(word.rstrip(".,"))  # "Pekan Imunisasi Nasional di Kepanjen": a district
            or word.casefold() in lexicon.STREET_WORDS
            or (word in lexicon.VENUE_FIRST_WORDS and m.group().strip() == "di")  # "di Terminal Purabaya"
            or any(
                re.match(rf"{re.escape(head)}\b", rest) for head in lexicon.VENUE_HEADS
            )  # not "dari Rumah"
            or gazetteer.match_at(rest, 0)
        ):
            return phrase[: m.start()]
    return phrase


def _is_region(text: str) -> bool:
    """Whether ``text`` is a region's name and nothing more (``Kota Malang``, ``Jawa Timur``)."""
    found = gazetteer.match_at(text, 0)
    return found is not None and found.end == len(text)


def _jurisdiction(ctx: Context, text: str | None, kind: str) -> gazetteer.Region | None:
    if text:
        found = gazetteer.match_at(text.strip(), 0)
        if found is not None:
            return found.region
    if kind in _LOCAL_TYPES:
        home = ctx.home_region
        level = _LOCAL_TYPES[kind]
        if home is not None and (level is None or home.level == level):
            return home
    return None


def _passer(ctx: Context, kind: str, region: gazetteer.Region | None) -> Entity | None:
    """The government or house that passes a regulation of ``kind``, when the article names it:
    a body the article never names is no node of its article (a reader of the article's graph
    would find a DPR the article does not mention)."""
    if region is not None and kind in _LOCAL_TYPES:
        name = lexicon.government_name(region.name)
    else:
        name = _NATIONAL_PASSERS.get(kind, "")
    entity = ctx.find(EntityType.ORGANIZATION, name) if name else None
    if entity is None or not entity.mentions:
        return None
    entity.government = True
    return entity


def add_program(ctx: Context, name: str, start: int, end: int, *alias: str) -> Entity | None:
    """A program entity, unless the phrase names an organisation, a place or a person."""
    if not name or ctx.entity_at(start, end, EntityType.ORGANIZATION, EntityType.PERSON):
        return None
    if (
        name in lexicon.TITLES
        or name in lexicon.POSITIONS
        or _BARE_BUDGET.match(name)
        or name.casefold() in GENERIC_PROGRAMS
        or name in lexicon.BRANDS  # "aplikasi WhatsApp": a platform
    ):
        return None  # "program-program Gubernur": whose programmes; "APBD": money, not one budget
    if (whole := gazetteer.match_at(name, 0)) is not None and whole.end == len(name):
        return None
    if name in lexicon.COUNTRIES or name in lexicon.WORLD_PLACES:
        return None  # "kebijakan tarif Amerika Serikat (AS)": whose policy
    program = ctx.add(EntityType.PROGRAM, name, start, end, ctx.stage)
    program.aliases.update(a for a in alias if a)
    return program


def _quoted_programs(ctx: Context) -> None:
    """``program 'Desa Tertib Arsip'``, ``kanal 'Lapor Pak Camat'``: a name the article quotes after a cue;
    ``Gerakan Kebun Gizi Keluarga "Tanam Zorba"``: a capitalised programme's name, then the quoted one, one
    programme of both."""
    for m in _NAMED_THEN_QUOTED.finditer(ctx.text):
        start, end = m.span()
        if not ctx.claimed(start, end) and not ctx.in_furniture(start):
            program = add_program(ctx, f"{m.group('named')} {m.group('name')}", start, end)
            if program is not None:
                head = m.group("named").split()[0]  # ("Gerakan Tanam Zorba" later: the same)
                program.aliases.update((m.group("name"), m.group(), f"{head} {m.group('name')}"))
    for m in _QUOTED_PROGRAM.finditer(ctx.text):
        start, end = m.span("name")
        if not ctx.claimed(start, end) and not ctx.in_furniture(start):
            add_program(ctx, m.group("name"), start, end)


#: a short name of words in brackets right after a programme's: "(Gerbang Kali)"
_NICKNAME = re.compile(r"\s*\(([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\)")


def _nickname_after(phrase: str, after: str) -> str | None:
    """The short name a programme's name is given in brackets after it, made of its syllables
    (``Gerakan Bersama Jaga Kali (Gerbang Kali)``: "Ger" of "Gerakan", "ba" of "Bersama"): its
    first word opens as the name's does, and it is shorter. So is one whose first word shares only
    the name's first letter when its other words are the name's last ones (``Gerakan Tanam
    Pohon Produktif (Gatapo Pohon Produktif)``); or made so of the words after its head word
    (``Gerakan Sinergi Pendampingan Lansia (Sapa Lansia)``); or "Si" and the first syllable of one of
    its words after the head (``Layanan Antar Berkas Dukcapil (Si Antar)``)."""
    m = _NICKNAME.match(after)
    if m is None:
        return None
    nickname = m.group(1)
    rest = nickname.split()[1:]
    if nickname.startswith("Si ") and any(
        w[:3].casefold() == rest[0][:3].casefold() for w in phrase.split()[1:]
    ):
        return nickname  # "Layanan Dokumen Senja (Si Senja)": "Si" and a word of the name
    for words in (phrase, " ".join(phrase.split()[1:])):
        if not words or nickname[:1].casefold() != words[:1].casefold() or len(nickname) >= len(words):
            continue
        if nickname[:2].casefold() == words[:2].casefold() or (rest and words.split()[-len(rest) :] == rest):
            return nickname
    return None


def _acronym_after(phrase: str, after: str) -> str | None:
    """The acronym a programme's name is given in brackets after it, written in capitals and opening
    with the name's first letter (``Gerakan Selamatkan Kopi Dairi (GESKID)``), unless it is one of
    a thing the lexicon knows."""
    m = _ABBREVIATION_AFTER.match(after)
    if m is None or not _acronym(m.group(1)) or m.group(1)[0] != phrase[0]:
        return None
    return None if m.group(1) in lexicon.THING_ACRONYMS else m.group(1)


def _release_a_body_opening_the_name(ctx: Context, start: int, phrase: str, after: str) -> None:
    """``program Dukcapil Sahabat Warga (Duksawa)``: a programme named after the body that runs it,
    its nickname in brackets after the whole name (made of the name's syllables, the body's short
    name's first), or a short form opening with the body's short name's first letter (``program
    Dinkes Sapa Lansia (Desala)``): the body's word that opens the name is the programme's, not a
    mention of the body (the body's other mentions stay)."""
    first = phrase.split()[0] if phrase else ""
    short = _BRACKET_AFTER.match(after)
    if " " not in phrase or (
        _nickname_after(phrase, after) is None and (short is None or short.group(1) != first[:1])
    ):
        return
    end = start + len(first)
    body = ctx.entity_at(start, end, EntityType.ORGANIZATION)
    if body is None or ctx.claimed(end, start + len(phrase)):
        return
    if not any(m.span.start == start and m.span.end == end for m in body.mentions):
        return  # (a body's name that runs on into the programme's: not only its short word)
    ctx.release(start, end)


def _bodies_released(ctx: Context, head: str, start: int, end: int) -> bool:
    """``Layanan Libur Dukcapil (Lalidu)``: a service named with the short name of the
    body that runs it, its nickname in brackets after the whole name: the body's word inside is the
    programme's (its claim released; the body's other mentions stay). Only for the heads that name a
    programme with a nickname (:data:`_NICKNAMED_HEADS`), and only over one-word names of bodies."""
    name = ctx.text[start:end]
    if head not in _NICKNAMED_HEADS or _nickname_after(name, ctx.text[end:]) is None:
        return False
    inside = [c for c in ctx.claims if c.start < end and start < c.end]
    if not all(
        start + len(head) < c.start
        and c.end <= end
        and c.entity is not None
        and c.entity.type is EntityType.ORGANIZATION
        and " " not in ctx.text[c.start : c.end]
        for c in inside
    ):
        return False
    for c in inside:
        ctx.release(c.start, c.end)
    return not ctx.claimed(start, end)


def extract_programs(ctx: Context) -> None:
    """Named programs, priority-programme counts and policy abbreviations."""
    text = ctx.text
    _quoted_programs(ctx)
    for m in _PROGRAM_WORD.finditer(text):
        if re.search(
            r"\b(?:[Kk]ategori|[Pp]enghargaan|[Tt]erbaik)\s+$", text[max(0, m.start() - 20) : m.start()]
        ):
            continue  # "Kategori Program Komunikasi Publik" names an award category
        rest = text[m.end() :]
        if m.group().startswith(("Program", "program")) and _ACADEMIC.match(rest):
            # "Program Studi Teknik Sipil dan Teknik Lingkungan", "program Magister Hukum": a university's
            # course, no programme, and none of its words a body
            course = re.match(r"\w+(?:[^\S\n]+(?:[A-Z][\w'’\-]*|dan))*", rest)
            if course is not None and not ctx.claimed(m.end(), m.end() + len(course.group())):
                ctx.claim(m.end(), m.end() + len(course.group().removesuffix(" dan")))
            continue
        # (a name ends with its line: "Lewat Program X" closing a heading is not "X Danone ...")
        cap = _NAME_AFTER_CUE.match(rest)
        if cap:
            phrase = _before_a_place(_before_a_known_name(ctx, m.end(), cap.group()))
            if m.group().lower().startswith("aplikasi"):
                app = _one_app(phrase, rest[len(phrase) :])
                store = re.match(r"\s+di\s+", phrase[len(app) :])
                if store and not ctx.claimed(m.end() + len(app), m.end() + len(phrase)):
                    ctx.claim(
                        m.end() + len(app) + store.end(), m.end() + len(phrase)
                    )  # "Play Store": no place
                phrase = app
            phrase = _trim_phrase(_before_a_holder(ctx, m.end(), phrase))
            start = m.end()
            first, *others = (
                [(0, phrase)] if _short_form_of_whole(phrase, rest[len(phrase) :]) else _conjuncts(phrase)
            )
            for offset, other in others:  # "program Sekolah Ramah Anak dan Puskesmas Ramah Anak": two
                if not ctx.claimed(start + offset, start + offset + len(other)):
                    add_program(ctx, other, start + offset, start + offset + len(other))
            phrase = first[1]
            if m.group().lower().startswith("proyek") and (
                all(_common(ctx, w) for w in phrase.split()) or phrase.split()[0] in lexicon.THING_ACRONYMS
            ):
                continue  # "proyek Sumber Daya Air", "proyek PLTU": a kind of project, not one
            if m.group().lower().startswith("kegiatan") and (
                " " not in phrase
                or phrase.split()[0].casefold() in lexicon.EVENT_TRIGGERS
                or _GATHERING_START.match(phrase)
            ):
                continue  # "kegiatan Rapat Koordinasi ...": an event; "kegiatan Sabtu Bersih" is a programme
            if _names_an_event(phrase):
                continue  # "program Pangan Nusa Expo 2025": an event
            if m.group().lower().startswith("aplikasi") and rest[len(phrase) :].startswith(" by "):
                continue  # "aplikasi Access by KAI": a company's product
            if m.group().startswith("inovasi") and " " not in phrase:
                continue  # "inovasi D'Ozone": a product; a government's innovation has a name of words
            if m.group().strip() in _WEAK_CUES and (
                " " not in phrase or " dan " in phrase or _PROGRAM_WORD.match(phrase + " ")
            ):
                continue  # "meluncurkan Danantara": a body; "meluncurkan Aplikasi ...": read at "Aplikasi"
            if phrase in ctx.abbreviations:
                continue  # "program TSP" after "program ... (TSP)": a later use, found with the others
            if _names_a_place(text, phrase):
                continue  # "proyek IKN" of "Ibu Kota Nusantara (IKN)": a place (_policy_definitions)
            if _holders(ctx, phrase):
                continue  # "program Harjono-Wibisono": whose programmes
            abbr = _ABBREVIATION_AFTER.match(rest, len(phrase))
            if abbr and _spells_program(m.group(), phrase, abbr.group(1)):
                phrase, start = f"Program {phrase}", m.start()  # "Program Legislasi Nasional (Prolegnas)"
            if not abbr and (longer := _shortened(ctx, phrase)) is not None:
                # "program Rumah Singgah" beside "Rumah Singgah Lansia": the programme, shortened
                if not ctx.claimed(start, start + len(phrase)):
                    longer.mention(ctx.span(start, start + len(phrase)), ctx.stage)
                    ctx.claim(start, start + len(phrase), longer)
                continue
            phrase = _with_second_half(ctx, phrase, rest)
            if tail := _name_tail(rest, len(phrase)):
                phrase += tail  # "program Gerakan X Pilah Sampah dari Rumah atau Gesit Pilah"
                abbr = abbr or _ABBREVIATION_AFTER.match(rest, len(phrase))
            _release_a_body_opening_the_name(ctx, start, phrase, rest[len(phrase) :])
            if (
                # "program Desa Sehat" is a name, "program Pemerintah ..." is whose programme
                (
                    phrase.split()[0] not in lexicon.STOPWORDS - _REGION_TYPES
                    or (phrase.split()[0] in WEEKDAYS and " " in phrase)  # "kegiatan Sabtu Bersih"
                    or _one_each(phrase)  # "program Satu Desa Satu Produk"
                )
                # "program Pemerintahan Presiden ...": one common noun after a lower-case cue is no name
                and not (" " not in phrase and m.group()[0].islower() and lexicon.is_common_noun(phrase))
                and not ctx.claimed(start, start + len(phrase))
            ):
                program = add_program(
                    ctx, phrase, start, start + len(phrase), *(abbr.groups() if abbr else ())
                )
                nickname = None if abbr else _nickname_after(phrase, rest[len(phrase) :])
                if program is not None and m.group() == "Program " and not phrase.startswith("Program "):
                    # (its name as written too: "Program Dairi Mulus")
                    program.aliases.add(f"Program {phrase}")
                if program is not None and abbr:
                    ctx.abbreviations[abbr.group(1)] = program
                elif program is not None and nickname is not None:
                    program.aliases.add(nickname)  # "Gerakan Bersama Jaga Kali (Gerbang Kali)"
                    ctx.abbreviations[nickname] = program
                elif program is not None and " " not in phrase and rest[len(phrase) :].startswith(" ("):
                    ctx.abbreviations[phrase] = program  # "program Gemarsi (Gerakan ...)": spelled out next
                spelled = _SPELLED_AFTER.match(rest, len(phrase)) if program is not None else None
                if spelled is not None and _acronym(phrase):
                    # "aplikasi SAKTI NGALAM (Sistem Aplikasi Kas dan ...)": its name spelled out, the
                    # same programme (variants.bracketed_apposition), not an "Aplikasi Kas" inside it
                    at, until = m.end() + spelled.start(1), m.end() + spelled.end(1)
                    if not ctx.claimed(at, until):
                        add_program(ctx, spelled.group(1), at, until)
            continue
        low = re.match(r"([a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){1,6})\s+\(([A-Z][A-Za-z0-9]{1,9})\)", rest)
        if (
            low
            and m.group().lower().startswith("proyek")
            and all(_common(ctx, w) for w in low.group(1).split())
        ):
            # "proyek sumber daya air (SDA)": a kind of project, as "proyek Sumber Daya Air" is, and
            # so is its abbreviation later ("proyek SDA")
            for at, until in occurrences(text, low.group(2)):
                if not ctx.claimed(at, until):
                    ctx.claim(at, until)
            continue
        if low and low.group(1).split()[0] in lexicon.POINTERS:
            continue  # "Program tersebut menyasar kelompok wanita tani (KWT)": the programme named before
        if low:
            phrase = " ".join(
                w.capitalize() if w not in {"dan", "di", "untuk", "yang"} else w for w in low.group(1).split()
            )
            start = m.end()
            program = add_program(
                ctx, phrase, start, start + len(low.group(1)), low.group(2), f"program {low.group(1)}"
            )
            if program is not None:
                ctx.abbreviations[low.group(2)] = program
    _headed_programs(ctx)
    extract_plans(ctx)
    _priority_programs(ctx)
    _policy_definitions(ctx)
    extract_budgets(ctx)


#: a programme's abbreviation in brackets right after its name
_ABBREVIATION_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z0-9]{1,9})\)")


#: a name spelled out in brackets after a programme's acronym: capitalised words, "dan" between
_SPELLED_AFTER = re.compile(r" \(([A-Z][\w'’-]*(?: (?:dan |untuk )?[A-Z][\w'’-]*){1,9})\)")


def _acronym(phrase: str) -> bool:
    """Whether a programme's name is written in capitals, as an acronym is ("SAKTI NGALAM", "SIGAP")."""
    letters = phrase.replace(" ", "").replace("-", "")
    return letters.isalpha() and letters.isupper() and len(letters) >= 3


def _shortened(ctx: Context, phrase: str) -> Entity | None:
    """The programme of the article whose name ``phrase`` opens with one word left off
    ("Rumah Singgah" of "Rumah Singgah Lansia"), unless ``phrase`` names a national programme of
    its own ("Bantuan Langsung Tunai" beside "Bantuan Langsung Tunai Sementara")."""
    if " " not in phrase or phrase.casefold() in _NATIONAL_FORMS:
        return None
    words = len(phrase.split())
    return next(
        (
            p
            for p in ctx.of_type(EntityType.PROGRAM)
            if p.name.startswith(f"{phrase} ") and len(p.name.split()) == words + 1
        ),
        None,
    )


def _names_an_event(phrase: str) -> bool:
    """Whether a name of two words or more ends with an event's word, its year apart.

    >>> _names_an_event("Pangan Nusa Expo 2025"), _names_an_event("Kota Lama Culture Festival"), _names_an_event("Festival")
    (True, True, False)
    >>> _names_an_event("Rumah Singgah Lansia")
    False
    """
    words = [w for w in phrase.split() if not re.fullmatch(r"(?:19|20)\d\d", w)]
    return len(words) >= 2 and words[-1].casefold() in lexicon.EVENT_TRIGGERS


def _holders(ctx: Context, phrase: str) -> bool:
    """Whether every word of ``phrase`` is a word of a person's name the article has named, or of a
    name the person goes by (``Harjono-Wibisono`` after "Bupati Harjono Kusuma" and "Wakil Bupati
    Wibisono"; "Jokowi" of Joko Widodo)."""
    names = {
        w
        for person in ctx.of_type(EntityType.PERSON)
        for n in (person.name, *person.aliases)
        for w in n.split()
    }
    return bool(names) and all(w in names for w in re.split(r"[\s-]+", phrase) if w)


def _spells_program(cue: str, phrase: str, abbr: str) -> bool:
    """Whether the abbreviation after ``Program <phrase>`` spells the word "Program" too, which then
    belongs to the name.

    >>> _spells_program("Program ", "Pendidikan Dokter Spesialis", "PPDS")
    True
    >>> _spells_program("program ", "Legislasi Nasional", "Prolegnas")
    True
    >>> _spells_program("Program ", "Sekolah Ramah Anak", "SRA")
    False
    """
    if cue.strip().lower() != "program":
        return False
    initials = "".join(w[0] for w in phrase.split() if w[:1].isupper())
    return abbr.upper() == f"P{initials}" or abbr.lower().startswith("pro")


#: the second half of a slogan after a comma: capitalised words, then a comma, a full stop or a quote
#: (the second half ends the clause, or a word that goes on with it: "gerakan X, Y sebagai kampanye ...",
#: "gerakan X, Y (XY) yang digagas ...")
_SECOND_HALF = re.compile(
    r",[^\S\n]+([A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,3})(?=\s*[,.;\"”’(]|\s+(?:yang|sebagai|untuk|dengan)\b)"
)


def _with_second_half(ctx: Context, phrase: str, rest: str) -> str:
    """``program Mama Sehat, Anak Hebat, setiap ...``: a slogan of two halves of as many words, each
    with a common word, joined by a comma, is one programme's name (not a programme and a person
    "Anak Hebat")."""
    second = _SECOND_HALF.match(rest, len(phrase))
    if second is None:
        return phrase
    half = second.group(1).split()
    words = phrase.split()
    if len(half) != len(words) or not all(any(_common(ctx, w) for w in part) for part in (words, half)):
        return phrase
    return f"{phrase}, {second.group(1)}"


def _common(ctx: Context, word: str) -> bool:
    """A word of ordinary Indonesian or English, not of a proper name (``Tangkap``, ``Renewable``)."""
    return ctx.is_a_word(word) or word.lower() in lexicon.ENGLISH_COMMON


#: a programme's own name after its head word: capitalised words, joined by "dan", "untuk", "ke",
#: "dari" or the joiners of :func:`_capitalised_run` ("Gerakan Pulang ka Kampuang")
_HEADED_NAME = _capitalised_run("dan|untuk|ke|dari", number_first=True)


#: heads whose common words name a kind, not one programme: "Operasi Pasar", "Kartu Keluarga"
_KIND_HEADS = frozenset({"Operasi", "Kartu"})


#: after a headed programme's capitalised words, a preposition and capitalised words that its nickname
#: follows (in brackets or after "atau"), which go on with its name: "Gerakan Menanam Sayur di Pekarangan
#: (Gemar Sayur)", "Gerakan Sidikalang Pilah Sampah dari Rumah atau Gesit Pilah"
_PLACED_TAIL = re.compile(
    r"(?P<tail>\s+(?:di|dari|ke|untuk|bagi)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?=\s*\(|\s+atau\s+[A-Z])"
)

#: ... or the items of a list of capitalised words after them, "dan" before the last, that the nickname
#: or short form follows: "Gerakan Kampung Rapi, Hijau dan Tertib (Gerakan Rahayu)"
_LISTED_TAIL = re.compile(r"(?P<tail>(?:,\s+[A-Z][\w'’-]*)+,?\s+dan\s+[A-Z][\w'’-]*)(?=\s*\()")


def _name_tail(text: str, at: int) -> str:
    """The words a programme's name goes on with at ``at`` (:data:`_PLACED_TAIL`, :data:`_LISTED_TAIL`), or ""."""
    tail = _PLACED_TAIL.match(text, at) or _LISTED_TAIL.match(text, at)
    return tail.group("tail") if tail is not None else ""


def _headed_programs(ctx: Context) -> None:
    """``Beasiswa Anak Berprestasi``, ``Operasi Zebra Semeru``, ``Gerakan Menanam Jagung``, ``Kartu Dairi
    Cerdas``: a programme named with its own head word.

    A police operation's or a card's name must hold a word that is not common (``Operasi Pasar``,
    ``Operasi Tangkap Tangan``, ``Kartu Keluarga`` name kinds of operation or card, not one).
    """
    text = ctx.text
    for m in _PROGRAM_HEAD.finditer(text):
        cap = _HEADED_NAME.match(text, m.end())
        if cap is None or lexicon.PLANS_WRITTEN_OUT.match(text, m.start()):
            continue  # ("Rencana Tata Ruang Wilayah ...": a region's plan, read with its region below)
        rest = _trim_phrase(_before_a_place(_before_a_known_name(ctx, m.end(), cap.group())))
        if rest:
            # "Gerakan Menanam Sayur di Pekarangan (Gemar Sayur)", "Gerakan Kampung Rapi, Hijau dan Tertib
            # (Gerakan Rahayu)": its name goes on
            rest += _name_tail(text, m.end() + len(rest))
        words = rest.split()
        if (
            not words
            or (
                words[0] in lexicon.STOPWORDS and len(words) < 3
            )  # ("Gerakan Nasional Literasi Digital" is one)
            or (
                ctx.claimed(m.start(), m.end() + len(rest))
                and not _bodies_released(ctx, m.group("head"), m.start(), m.end() + len(rest))
            )
        ):
            continue
        if m.group("head") in _KIND_HEADS and all(_common(ctx, w) for w in words):
            continue
        defined = re.match(r"\s*\(([A-Z]{2,8})\)", text[m.end() + len(rest) :])
        if defined and defined.group(1) in lexicon.THING_ACRONYMS:
            continue  # "Operasi Tangkap Tangan (OTT)": a kind of operation the lexicon knows
        name = f"{m.group('head')} {rest}"
        if m.group("head") in _NICKNAMED_HEADS and _nickname_after(name, text[m.end() + len(rest) :]) is None:
            continue  # ("Layanan Kesehatan Ibu dan Anak": a kind of service)
        short = re.search(r"(\S+)\s+\($", text[max(0, m.start() - 30) : m.start()])
        known = ctx.abbreviations.get(short.group(1)) if short else None
        if known is not None and known.type is EntityType.PROGRAM:
            known.aliases.add(name)  # "program Gemarsi (Gerakan Masyarakat Peduli ...)": the same programme
            continue
        program = add_program(ctx, name, m.start(), m.end() + len(rest))
        after = text[m.end() + len(rest) :]
        nickname = _nickname_after(name, after) or _acronym_after(name, after)
        if program is not None and nickname is not None:
            # "Gerakan Tanam Jagung dan Kedelai (Gertam Jadel)", "Gerakan Selamatkan Kopi Dairi (GESKID)"
            program.aliases.add(nickname)
            ctx.abbreviations[nickname] = program


_BARE_BUDGET = re.compile(r"^(?:P-)?R?APB[ND](?:-?P)?$")


def is_budget(word: str) -> bool:
    """Whether ``word`` names the state's or a region's budget, any year (``APBN``, ``RAPBD``,
    ``APBD-P``, ``P-APBD``)."""
    return bool(_BARE_BUDGET.match(word))


#: "APBN 2026", "RAPBD Tahun Anggaran 2026", "Rancangan Anggaran Pendapatan dan Belanja Daerah (APBD)
#: tahun anggaran 2026": a budget of one year is a programme; a bare "APBD" (any year, any
#: region) is only a source of money and no node. The year's revised budget is another one: "P-APBD
#: 2025", "APBD-P 2024", "APBD Perubahan 2024", "Perubahan Anggaran Pendapatan dan Belanja Daerah
#: (P-APBD) Tahun Anggaran 2025".
_BUDGET = re.compile(
    lang.starts(["Rancangan", "RAPB", "APB", "Anggaran", "Perubahan", "P-APB"])  # what may open it
    + r"\b(?P<draft>Rancangan\s+)?(?P<revised>Perubahan\s+|P-)?"
    r"(?:(?P<abbr>R?APB(?P<level>[ND]))(?P<revision>-?P\b|\s+Perubahan\b)?"
    r"|Anggaran\s+Pendapatan\s+dan\s+Belanja\s+(?P<long>Negara|Daerah)"
    r"(?:\s*\((?:P-)?R?APB[ND](?:-?P)?\))?)"
    r"(?:\s+(?P<region>(?:Kota|Kabupaten|Provinsi)(?:\s+(?!Tahun\b|TA\b)[A-Z][a-z]+){1,3}))?"
    r"\s+(?:(?:[Tt]ahun\s+[Aa]nggaran|TA|[Tt]ahun)\s+)?(?P<year>20\d\d)\b"
)


def extract_budgets(ctx: Context) -> None:
    """Budgets of a year (``kgo:Program``): the state's (APBN) or a region's (APBD), drafts and
    the year's revised budget apart.

    A regional budget is named with its region (written, or the article's jurisdiction), so
    two regions' budgets of one year stay two nodes. One the article names only as the source of
    some spending's money ("aplikasi ini dibiayai APBD 2023") is no node: the story is not about it.
    """
    found = [m for m in _BUDGET.finditer(ctx.text) if not ctx.claimed(m.start(), m.end())]
    if found and all(_FUNDED_BY.search(ctx.text, max(0, m.start() - 40), m.start()) for m in found):
        return
    for m in found:
        level = m.group("level") or ("N" if m.group("long") == "Negara" else "D")
        draft = bool(m.group("draft")) or (m.group("abbr") or "").startswith("R")
        name = "Anggaran Pendapatan dan Belanja " + ("Negara" if level == "N" else "Daerah")
        if m.group("revised") or m.group("revision"):
            name = f"Perubahan {name}"
        if draft:
            name = f"Rancangan {name}"
        if level == "D":
            region = m.group("region") or ctx.jurisdiction
            if region is None:
                continue  # whose budget is unknown
            name = f"{name} {region}"
        budget = add_program(ctx, f"{name} {m.group('year')}", m.start(), m.end())
        draft_law = _DRAFT_LAW_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
        if budget is not None and draft_law is not None:
            # "Ranperda Perubahan APBD Kota X Tahun Anggaran 2022": the draft regional law that
            # enacts the budget, one node with it, written as the draft too
            budget.aliases.add(f"Rancangan Peraturan Daerah tentang {m.group()}")
            budget.aliases.add(ctx.text[draft_law.start() : m.end()])


#: the words before a budget named as where some spending's money comes from ("dibiayai APBD 2023",
#: "bersumber dari APBD Kota X tahun 2024", "didanai melalui APBD 2025")
_FUNDED_BY = re.compile(
    r"\b(?:dibiayai|didanai|bersumber|berasal|sumber\s+dana(?:nya)?|menggunakan|memakai)"
    r"(?:\s+(?:dana|anggaran|oleh|dari|pada|melalui))*\s+$"
)


#: a draft regional law written right before the budget it enacts
_DRAFT_LAW_BEFORE = re.compile(
    r"\b(?:Rancangan\s+Peraturan\s+Daerah(?:\s*\((?:Ranperda|Raperda)\))?|Ranperda|Raperda)(?:\s+tentang)?\s+$"
)


#: what opens the list of a count's items: "dua program prioritas nasional: ...", "tiga program
#: utama, yakni ...", "dua agenda utama. Pertama, ...", "empat program strategis ... Program
#: pertama ..."
_ENUMERATION = re.compile(
    r"[^.:;]{0,40}:|.*?\b(?:yakni|yaitu|antara lain|meliputi|di ?antaranya)\b", re.IGNORECASE
)
_FIRST_ITEM = re.compile(r"\b(?:pertama|kesatu)\b", re.IGNORECASE)
_ITEMS_WITHIN = 400  # characters after a count in which its first item is looked for


def _enumerated(ctx: Context, end: int) -> bool:
    """Whether the count ending at ``end`` goes on to list its items, each a programme of its own."""
    sentence = containing(ctx.sentences, end)
    sentence_end = sentence.end if sentence is not None else len(ctx.text)
    return bool(
        _ENUMERATION.match(ctx.text, end, sentence_end)
        or _FIRST_ITEM.search(ctx.text, end, end + _ITEMS_WITHIN)
    )


def _priority_programs(ctx: Context) -> None:
    """``11 isu prioritas``, ``sebelas isu prioritas``, ``11 program prioritas``: one program per count."""
    by_count: dict[tuple[int, str], Entity] = {}
    for m in _PRIORITY.finditer(ctx.text):
        if ctx.text[max(0, m.start() - 6) : m.start()].lower().endswith("salah "):
            continue  # "salah satu program prioritas": one of them, not a count
        if _enumerated(ctx, m.end()):
            continue  # "dua program prioritas: MBG dan ...": the items are the programmes
        raw = m.group("n").lower()
        count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
        if count is None:
            continue
        adj = m.group("adj").lower()
        key = (count, adj)
        surface = m.group()
        if key not in by_count:
            name = f"{count} {m.group('noun').capitalize()} {adj.capitalize()}"
            program = add_program(ctx, name, m.start(), m.end())
            if program is None:
                continue
            by_count[key] = program
            program.aliases.add(f"{m.group('noun').lower()} {adj}")
        else:
            by_count[key].mention(ctx.span(m.start(), m.end()), ctx.stage)
        by_count[key].aliases.add(surface)


_REVERSE_DEFINITION = re.compile(
    r"\b(?P<abbr>[A-Z]{2,8})\s+\((?P<phrase>[A-Z][\w'’-]*(?:\s+(?:ke\s+|dan\s+|untuk\s+)?[A-Z0-9][\w'’-]*){1,7})\)"
)


@lru_cache(maxsize=8)
def _definitions(text: str) -> tuple[re.Match[str], ...]:
    """``Long Form (ABBR)``, and ``ABBR (Long Form)`` where the abbreviation spells the long form
    (one pass per article: the programme readers and :func:`spelled_out` share it)."""
    found = list(_DEFINITION.finditer(text))
    for m in _REVERSE_DEFINITION.finditer(text):
        initials = "".join(w[0] for w in m.group("phrase").split() if w[0].isupper())
        if initials == m.group("abbr"):
            found.append(m)
    return tuple(sorted(found, key=lambda m: m.start()))


def spelled_out(text: str, abbr: str) -> list[str]:
    """The names the article spells ``abbr`` out as (``Pesta Kesenian Rakyat (PKR)``), in order.

    >>> spelled_out("Pesta Kesenian Rakyat (PKR) dibuka. PKR ramai.", "PKR")
    ['Pesta Kesenian Rakyat']
    """
    if f"({abbr})" not in text and f"{abbr} (" not in text:
        return []  # no definition at all: the usual case, without a scan
    return [m.group("phrase") for m in _definitions(text) if m.group("abbr") == abbr]


#: last words of an English body's name: a spelled-out abbreviation ending in one names no programme
#: ("Regional Project Support Office (RPSO)"); "Office" alone makes no body of a phrase
#: (a building's "Block Office"), so only here
_BODY_TAILS = lexicon.ENGLISH_ORG_WORDS | {"Office"}
#: first words of a document's, a tax's or a levy's name: no programme
_NOT_PROGRAM_HEADS = frozenset(lang.words("not-program-heads"))
#: first words of a capital's or a facility's name: a place, however the article speaks of building it
_PLACE_HEAD_WORDS = lang.words("place-name-heads")
_PLACE_HEADS = re.compile(lang.starts(_PLACE_HEAD_WORDS) + rf"(?:{lang.alternation(_PLACE_HEAD_WORDS)})\b")


def _without_act(words: list[str], abbr: str) -> list[str]:
    """A spelled-out name without a first word its abbreviation leaves out, the act done to it.

    >>> _without_act(["Pembangunan", "Ibu", "Kota", "Nusantara"], "IKN")
    ['Ibu', 'Kota', 'Nusantara']
    >>> _without_act(["Program", "Keluarga", "Harapan"], "PKH")
    ['Program', 'Keluarga', 'Harapan']
    """
    if initials(words) != abbr and initials(words[1:]) == abbr:
        return words[1:]
    return words


def _names_a_place(text: str, phrase: str) -> bool:
    """Whether ``phrase`` opens with a capital's or a facility's head word, or is an abbreviation the
    article spells out as such a name ("IKN" of "Pembangunan Ibu Kota Nusantara (IKN)")."""
    spelled = [" ".join(_without_act(long.split(), phrase)) for long in spelled_out(text, phrase)]
    return any(_PLACE_HEADS.match(name) for name in [phrase, *spelled])


#: right before a name: the state a government declares ("status Tanggap Darurat ...")
_STATUS_BEFORE = re.compile(r"\bstatus\s+$", re.IGNORECASE)


def _policy_definitions(ctx: Context) -> None:
    """``Kota Layak Anak (KLA)`` as a program when the article speaks of it as a policy goal."""
    text = ctx.text
    for m in _definitions(text):
        abbr = m.group("abbr")
        words = list(re.finditer(r"\S+", m.group("phrase")))
        if not any(w.group()[0].casefold() == abbr[0].casefold() for w in words):
            continue  # "Kan Bapak (Harjono) punya program ...": a name in brackets, no abbreviation
        while words and (
            (words[0].group() in lexicon.STOPWORDS - lexicon.REGION_WORDS and not _spells_from(words, abbr))
            or words[0].group().lower() in {"predikat", "sebagai"}
            or words[0].group().islower()  # "(dari Jakarta) ke Ibu Kota ...": a joining word left over
        ):
            words.pop(0)
        # "Pembangunan Ibu Kota Nusantara (IKN)": the abbreviation spells the name without its act
        if len(_without_act([w.group() for w in words], abbr)) < len(words):
            words.pop(0)
        if len(words) < 2:
            continue
        if not any(_common(ctx, w.group().strip("-")) for w in words):
            continue  # "Budi Santoso (BS)", "Amerika Serikat (AS)": a name spelled out, no programme's words
        start = m.start("phrase") + words[0].start()
        phrase = " ".join(w.group() for w in words)
        if ctx.claimed(start, start + len(phrase)) or abbr in ctx.abbreviations or abbr in _PLANS:
            continue  # a plan's abbreviation names the region's plan (extract_plans)
        if inside_a_region(ctx, start, start + len(phrase)):
            continue  # "Kabupaten Hulu Sungai Selatan (HSS)": a region's name and its short form
        before = text[max(0, start - 6) : start].split()
        if (before and before[-1] in {"and", "of", "for", "&", "the"}) or words[
            0
        ].group() in lexicon.POSITIONS:
            continue  # the tail of a longer (English) name, or a title's words
        head = words[0].group()
        if _PLACE_HEADS.match(phrase):
            # "Ibu Kota Nusantara (IKN)": a capital, a place however the article speaks of building
            # it, and so are the later uses of its abbreviation ("pembangunan IKN")
            place = ctx.add(EntityType.PLACE, phrase, start, start + len(phrase), ctx.stage)
            for at, until in occurrences(text, phrase):
                if not ctx.claimed(at, until):
                    ctx.add(EntityType.PLACE, phrase, at, until, ctx.stage)
            ctx.abbreviations[abbr] = place
            continue
        if re.sub(r"^Rancangan\s+", "", phrase).lower() in _LEGISLATION_TYPES:
            continue  # "Rancangan Undang-Undang (RUU)": a kind of regulation, the draft of one
        if _STATUS_BEFORE.search(text, max(0, start - 12), start):
            # "menetapkan status Siaga Darurat Bencana Kebakaran Hutan dan Lahan (Karhutla)": a state
            # declared, no programme, and its words no body's or place's
            if not ctx.claimed(start, start + len(phrase)):
                ctx.claim(start, start + len(phrase))
            continue
        if words[-1].group() in _BODY_TAILS:
            continue  # "Regional Project Support Office (RPSO)": a body
        if head.casefold() in lexicon.EVENT_TRIGGERS or abbr.casefold() in lexicon.EVENT_TRIGGERS:
            continue  # "Musyawarah Perencanaan Pembangunan (Musrenbang)", "Bimbingan Teknis (Bimtek)": meetings
        if head in _NOT_PROGRAM_HEADS:
            # "Laporan Kinerja Instansi Pemerintah (LKjIP)", "Tingkat Pengangguran Terbuka (TPT)": no
            # node, and no later reader takes the name or its abbreviation for a body
            for at, until in [(start, start + len(phrase)), *occurrences(text, abbr)]:
                if not ctx.claimed(at, until):
                    ctx.claim(at, until)
            continue
        if (
            head in lexicon.ORG_HEAD_WORDS
            or head in lexicon.NON_GOVERNMENT_HEADS
            or gazetteer.lookup_abbreviation(abbr) is not None
            or _BARE_BUDGET.match(abbr)
        ):
            continue  # an organisation's name, or a budget (extract_budgets names those by year)
        uses = [u.start() for u in re.finditer(rf"\b{re.escape(abbr)}\b", text)] + [start]
        if not any(_POLICY_CUES.search(text[max(0, u - 60) : u]) for u in uses):
            continue
        program = add_program(ctx, phrase, start, start + len(phrase), abbr, f"{phrase} ({abbr})")
        if program is not None:
            ctx.abbreviations[abbr] = program


def _one_each(phrase: str) -> bool:
    """Whether ``phrase`` is named "one X, one Y", its number word written twice: "Satu Desa Satu Produk",
    "Satu Rumah Satu Sarjana" (a number word alone opens no name).

    >>> _one_each("Satu Desa Satu Produk"), _one_each("Satu Desa")
    (True, False)
    """
    words = phrase.split()
    return len(words) >= 4 and words[0].casefold() in NUMBER_WORDS and words[0] in words[2:]


def _spells_from(words: list[re.Match[str]], abbr: str) -> bool:
    """Whether the first of ``words`` is a number the abbreviation opens with (and not the next
    word): "Satu" of "Satu Kampung Satu Karya (Sakasaka)" is the name's own first word, not one before it."""
    first = abbr[:1].casefold()
    return (
        words[0].group().casefold() in NUMBER_WORDS
        and words[0].group()[:1].casefold() == first
        and (len(words) < 2 or words[1].group()[:1].casefold() != first)
    )


def extract_abbreviation_uses(ctx: Context) -> None:
    """Later uses of an abbreviation defined in the article (``KLA``, ``Bappeda``), or of a program's
    full name, are mentions of its entity."""
    for entity in ctx.of_type(EntityType.PROGRAM):
        if len(entity.name.split()) >= 2:
            mention_uses(ctx, entity, entity.name, "abbreviations")
    for abbr, entity in ctx.abbreviations.items():
        if entity.type is EntityType.ORGANIZATION and gazetteer.lookup(abbr):
            continue  # "Gubernur Nusa Tenggara Timur (NTT)": "NTT" is the province, not its government
        mention_uses(ctx, entity, abbr, "abbreviations")


def mention_uses(ctx: Context, entity: Entity, written: str, extractor: str) -> None:
    """Each place ``written`` stands in the text that no reader took: a mention of ``entity``."""
    for start, end in occurrences(ctx.text, written):
        if not ctx.claimed(start, end):
            entity.mention(ctx.span(start, end), extractor)
            ctx.claim(start, end, entity)


def _national_forms() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """Each written form of a national programme → its canonical name; the names' and abbreviations' patterns."""
    forms: dict[str, str] = {}
    for name, other in lang.table("national-programs", ("name", "forms")):
        forms[name.casefold()] = name
        for form in (f.strip() for f in other.split("|")) if other != lang.NONE else ():
            forms[form if form.isupper() or (" " not in form and not form.istitle()) else form.casefold()] = (
                name
            )
    names = [f for f in forms if not f.isupper()]  # (lang.alternation puts the longest first)
    abbreviations = [f for f in forms if f.isupper()]
    by_name = re.compile(lang.starts(names) + r"\b(?:" + lang.alternation(names) + r")\b", re.IGNORECASE)
    by_abbreviation = re.compile(
        lang.starts(abbreviations) + r"(?<![\w-])(?:" + lang.alternation(abbreviations) + r")(?![\w-])"
    )
    return forms, by_name, by_abbreviation


_NATIONAL_FORMS, _NATIONAL_NAMES, _NATIONAL_ABBREVIATIONS = _national_forms()
#: a programme's head word right before a national programme's name ("Gerakan Cek Kesehatan ...")
_HEAD_BEFORE = re.compile(r"\b(?P<head>Gerakan|Program)\s+\Z")
#: "Sensus Pertanian 2023", "Sensus Penduduk 2020": the statistics office's censuses of a year.
_CENSUS = re.compile(r"\bSensus\s+(?:Penduduk|Ekonomi|Pertanian)\s+(?:19|20)\d\d\b")


#: Plans by their abbreviations ("RPJPD" → "Rencana Pembangunan Jangka Panjang Daerah") ...
_PLANS = lexicon.PLANS
#: ... and by their full names written out ("Rencana Tata Ruang Wilayah Provinsi Jambi"), unless the
#: abbreviation follows in brackets (read where it stands, with the region written after it)
_PLAN_ABBREVIATIONS = {full: abbr for abbr, full in _PLANS.items()}
_PLAN = re.compile(
    lang.starts([*_PLANS, *_PLAN_ABBREVIATIONS])
    + r"(?<![\w-])(?:(?P<abbr>"
    + "|".join(map(re.escape, _PLANS))
    + r")|(?P<full>"
    + "|".join(map(re.escape, sorted(_PLAN_ABBREVIATIONS, key=len, reverse=True)))
    + r")(?!\s*\())(?![\w-])"
)
#: the year or the period written after a plan: "Tahun 2031", "2030-2034", "Tahun 2025–2045"
_PLAN_YEARS = re.compile(
    r"\s+(?P<tahun>[Tt]ahun\s+)?(?P<first>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<last>(?:19|20)\d\d))?(?![\w-])"
)


@dataclass(frozen=True)
class _PlanMention:
    """A plan written in the article: its type and region (``plan``), the years written after it."""

    plan: str  # "Rencana Kerja Pemerintah Daerah Kabupaten Dairi"
    abbr: str
    start: int
    end: int
    written: str  # as written, with its region and years
    years: str | None  # "2031", "2030-2034"
    tahun: bool  # "Tahun" written before them
    regional: bool  # the region written after it


def _plan_mentions(ctx: Context) -> list[_PlanMention]:
    """The plans the article writes, each with the region and the year or period written after it
    ("RKPD 2031 Kabupaten Dairi", "Rencana Kerja Pemerintah Daerah (RKPD) Kabupaten Dairi Tahun 2031")."""
    found_plans = []
    for m in _PLAN.finditer(ctx.text):
        abbr = m.group("abbr") or _PLAN_ABBREVIATIONS[m.group("full")]
        if ctx.claimed(m.start(), m.end()) or ctx.in_furniture(m.start()):
            continue
        full, start, end = _PLANS[abbr], m.start(), m.end()
        opening = start
        if m.group("abbr") and ctx.text.startswith(")", end) and ctx.text[:start].endswith(f"{full} ("):
            # "Rencana Kerja Pemerintah Daerah (RKPD) Kabupaten Dairi": the region after the brackets (the
            # abbreviation alone its mention, the rest perhaps a regulation's subject, "Perda tentang ...")
            opening, end = start - len(full) - 2, end + 1
        years = _plan_years(abbr, _PLAN_YEARS.match(ctx.text, end))
        if years is not None:
            end = years.end()  # "RKPD 2031 Kabupaten Dairi"
        found: gazetteer.RegionMatch | None = None
        if not full.endswith("Nasional"):
            after = re.match(r"\s+", ctx.text[end:])
            found = (
                gazetteer.match_at(ctx.text, end + after.end(), {"kota", "kabupaten", "provinsi"})
                if after
                else None
            )
            region: gazetteer.Region | None = ctx.home_region
            if found is not None:
                region, end = ctx.article_reading(found), found.end
            if region is None:
                continue
            full = f"{full} {lexicon.jurisdiction_name(region.name, region.level)}"
        if years is None and (years := _plan_years(abbr, _PLAN_YEARS.match(ctx.text, end))) is not None:
            end = years.end()
        found_plans.append(
            _PlanMention(
                full,
                abbr,
                start,
                end if opening == start else m.end(),
                ctx.text[opening:end],
                "-".join(filter(None, (years.group("first"), years.group("last")))) if years else None,
                bool(years and years.group("tahun")),
                found is not None,
            )
        )
    return found_plans


def _plan_years(abbr: str, years: re.Match[str] | None) -> re.Match[str] | None:
    """The year written after a plan of one year, the period after a plan of several (``None``
    otherwise: "RPJMD 2030" is the plan of no one year)."""
    if years is None or (abbr in lexicon.YEARLY_PLANS) != (years.group("last") is None):
        return None
    return years


def extract_plans(ctx: Context) -> None:
    """``RPJPD Kota Madiun``, ``RPJMN 2025-2029``: a region's or the nation's plan is a programme.

    A regional plan takes the region written after it (the reading the article names when the
    bare name has several), else the article's own; without either it names no one plan. The
    year or period written after it is the plan's too ("Rencana Kerja Pemerintah Daerah Kabupaten
    Dairi Tahun 2031"): a plan written without it is the one the article dates, when it dates
    only one of that region's plan of that kind; a plan of one year dated nowhere, or a village's
    plan (which every village has), names no one plan.
    """
    mentions = _plan_mentions(ctx)
    names: dict[tuple[str, str], str] = {}  # (plan, years) → its name, as first written
    for mention in mentions:
        if mention.years is not None and (mention.plan, mention.years) not in names:
            tahun = "Tahun " if mention.tahun or mention.abbr in lexicon.YEARLY_PLANS else ""
            names[mention.plan, mention.years] = f"{mention.plan} {tahun}{mention.years}"
    for mention in mentions:
        dated = [name for (plan, _), name in names.items() if plan == mention.plan]
        name = names.get((mention.plan, mention.years or ""), dated[0] if len(dated) == 1 else mention.plan)
        if name == mention.plan and mention.abbr in lexicon.YEARLY_PLANS:
            continue  # "Bappeda mulai menyusun RKPD": a plan of every year, no one plan without its year
        if _PLANS[mention.abbr].endswith(" Desa"):
            continue  # "membantu desa menyusun RPJMDes": a plan every village has, no one plan
        program = add_program(ctx, name, mention.start, mention.end)
        if program is not None:
            # the bare abbreviation is another name only of the plan it stands for alone: not of
            # "RPJMD Provinsi Sumatera Utara" in a story of a regency's own RPJMD
            program.aliases.update({mention.written} if mention.regional else {mention.abbr, mention.written})


def _spelled_otherwise(ctx: Context, abbr: str, name: str) -> bool:
    """Whether the article spells ``abbr`` out as a name sharing fewer than half its words with
    ``name`` ("Kartu Sukamaju Sehat (KKS)" is not the Kabupaten/Kota Sehat)."""
    ours = _name_words(name)
    return any(
        2 * len(ours & (theirs := _name_words(phrase))) < len(theirs)
        for phrase in spelled_out(ctx.text, abbr)
    )


def _name_words(name: str) -> set[str]:
    """A name's words, case-folded, split at spaces and slashes ("Kabupaten/Kota Sehat")."""
    return {w.casefold() for w in re.split(r"[\s/]+", name) if w}


#: capitalised words, then an abbreviation in brackets: "Sementara (BLTS)"
_MORE_THEN_DEFINED = re.compile(r"((?:\s+[A-Z][a-z]+){1,3})\s+\(([A-Z][A-Za-z]{2,9})\)")


def _opens_a_longer_name(ctx: Context, written: str, end: int) -> bool:
    """Whether a national programme's name written at ``end`` goes on into a longer name that the
    abbreviation in brackets after it spells out ("Bantuan Langsung Tunai Sementara (BLTS)")."""
    more = _MORE_THEN_DEFINED.match(ctx.text, end)
    return more is not None and initials(f"{written}{more.group(1)}".split()) == more.group(2).upper()


#: the words saying a name after "atau" is what a programme is known by: "atau disingkat", "atau yang
#: dikenal dengan", "atau yang akrab disebut"
_SAID_TO_BE_WORDS = (
    r"(?:yang\s+)?(?:(?:lebih|populer|akrab|biasa)\s+)?(?:disingkat|dikenal(?:\s+dengan)?|disebut)\s+"
)
_SAID_TO_BE = rf"(?P<said>{_SAID_TO_BE_WORDS})?"


#: "Gerakan Serentak Posyandu Lawan Stunting atau GASPOL": a programme's name, then "atau" and the
#: acronym it is known by (one or two words in capitals), spelling its initials unless said to be
#: its short form ("atau disingkat")
_DEFINED_BY_ATAU = re.compile(
    rf"\b(?P<phrase>(?:{lang.alternation(lexicon.PROGRAM_OPENINGS)})"
    r"(?:\s+(?:di|dan|untuk|ke|bagi|\d+|[A-Z][\w'’-]*)){1,8})"
    rf"\s+atau\s+{_SAID_TO_BE}(?P<abbr>[A-Z]{{3,}}(?:\s+[A-Z]{{3,}})?)\b"
)


#: "inovasi pelayanan GERIS atau Gerakan Rawat Sungai Bersama": after a programme's cue (and at most
#: one word), its acronym, then "atau" and the name it spells
_ACRONYM_THEN_ATAU = re.compile(
    rf"{lang.starts(_PROGRAM_CUES)}\b(?:{lang.alternation(_PROGRAM_CUES)})(?:\s+[a-z]+)?\s+"
    r"(?P<abbr>[A-Z]{3,})\s+atau\s+(?P<phrase>[A-Z][\w'’-]*(?:\s+(?:dan|di|untuk|[A-Z][\w'’-]*)){1,8})"
)


#: "dalam gerakan Gesit atau Gerakan Sehat Ibu dan Balita": after a programme's cue,
#: its one-word nickname, then "atau" and its name opening with a programme's word (the nickname opens
#: with the name's first two letters: :func:`extract_defined_by_atau`)
_NICKNAME_THEN_ATAU = re.compile(
    rf"(?<![\w-])(?:{lang.alternation(c for c in _PROGRAM_CUES if c.islower())})\s+"
    r"(?P<abbr>[A-Z][a-z][\w'’-]*)\s+atau\s+"
    rf"(?P<phrase>(?:{lang.alternation(lexicon.PROGRAM_OPENINGS)})(?:\s+(?:dan|di|untuk|bagi|[A-Z][\w'’-]*)){{1,8}})"
)


#: "Gerakan Bersih Kali Kita atau disingkat Gebrak Kali", "Gerakan Lorong Bersih atau Gelora
#: Bersih", "Gerakan Membangun Desa dari Sopo atau Gerbang Sopo": a programme's name, then a short name
#: of capitalised words it is known by
_SHORTENED_BY_ATAU = re.compile(
    # (its words joined by "dan", "untuk" ...: "Program Pendampingan dan Akses Pasar Petani Jeruk atau
    # disingkat Sahabat Jeruk"; or a name after a lower-case cue, said to be known by the short one:
    # "program Jaring Pengaman Petani Danau atau yang akrab disebut Jala Tani")
    # (Javanese "lan", "and", too: "Gerakan Tani Asri lan Rukun atau disingkat Getar Rukun")
    rf"(?:\b(?P<phrase>(?:{lang.alternation(lexicon.PROGRAM_OPENINGS)})(?:\s+(?:dan|lan|di|dari|untuk|ke|bagi|[A-Z][\w'’-]*)){{1,8}})"
    rf"\s+atau\s+{_SAID_TO_BE}"
    rf"|(?<=\bprogram\s)(?P<cued>[A-Z][\w'’-]*(?:\s+(?:dan|di|untuk|ke|bagi|[A-Z][\w'’-]*)){{1,7}})"
    rf"\s+atau\s+(?P<told>{_SAID_TO_BE_WORDS}))"
    r"(?P<abbr>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|[A-Z]{2,}(?:\s+[A-Z]{2,}){1,2})(?![\w'’-]|\s+[A-Z])"
)


def _shortens_programme(match: re.Match[str]) -> bool:
    """Whether the short name of a :data:`_SHORTENED_BY_ATAU` match is said to be one ("atau
    disingkat"), or keeps the long name's last word and opens with its first letter ("Gelora
    Bersih" of "Gerakan Lorong Bersih")."""
    if match.group("said") or match.group("told"):
        return True
    long, short = match.group("phrase").split(), match.group("abbr").split()
    if all(word.isupper() for word in short):
        # "Gerakan Warga Rajin Menanam atau RAJIN MARSUAN": a short name in capitals that
        # keeps a word of the long one
        shared = {word.casefold() for word in short} & {word.casefold() for word in long}
        return len(short) > 1 and bool(shared)
    return (
        len(short) > 1
        and short[-1] == long[-1]
        and short[0][0] == long[0][0]
        and short != long[-len(short) :]
    )


def extract_defined_by_atau(ctx: Context) -> None:
    """``Gerakan Serentak Posyandu Lawan Stunting atau GASPOL``: a programme named, then the acronym
    it is known by after "atau" (or "atau disingkat"), made of its words' first letters
    (:func:`kg.extract.variants.abbreviates`) unless said to be its short form, or a short name of
    capitalised words that is said to be one or keeps the name's last word
    (:func:`_shortens_programme`), or a name after a lower-case "program" said to be known by one
    ("program X atau yang akrab disebut Y"); also the acronym first, then "atau" and the name it spells
    ("inovasi GERIS atau Gerakan Rawat Sungai Bersama"). Read before bodies and places, whose words
    the name may hold ("Posyandu ...", "Pasar Rakyat"); the short name names it wherever it is
    written again."""
    shortened = [m for m in _SHORTENED_BY_ATAU.finditer(ctx.text) if _shortens_programme(m)]
    nicknamed = [
        m
        for m in _NICKNAME_THEN_ATAU.finditer(ctx.text)
        if m.group("abbr")[:2].casefold() == m.group("phrase")[:2].casefold()
    ]
    for m in [
        *_DEFINED_BY_ATAU.finditer(ctx.text),
        *_ACRONYM_THEN_ATAU.finditer(ctx.text),
        *shortened,
        *nicknamed,
    ]:
        # (the name opening with a programme's word, or after a lower-case cue: "program X atau ...")
        key = "phrase" if m.group("phrase") else "cued"
        phrase, abbr = m.group(key), m.group("abbr")
        words = phrase.split()
        while words and words[-1][:1].islower():
            words.pop()
        acronym = m.re is not _SHORTENED_BY_ATAU and m.re is not _NICKNAME_THEN_ATAU
        if (
            # ("Gerakan Rawat Sungai Bersama atau yang disingkat GERIS": said to be its short form)
            (acronym and not m.groupdict().get("said") and not abbreviates(abbr, words))
            or ctx.claimed(m.start(), m.end())
            or ctx.in_furniture(m.start())
        ):
            continue
        name = " ".join(words)
        program = add_program(ctx, name, m.start(key), m.start(key) + len(name), abbr)
        if program is None:
            continue
        ctx.claim(m.start("abbr"), m.end("abbr"), program)
        ctx.abbreviations.setdefault(abbr, program)
        mention_uses(ctx, program, abbr, ctx.stage)


def extract_national_programs(ctx: Context) -> None:
    """``MBG``, ``Sekolah Rakyat``, ``Koperasi Desa Merah Putih``: the national programmes of the word list.

    Every form written in the article is a mention of the one programme, named in its
    canonical form; a form inside a name already taken (an organisation, a person)
    is left alone.
    """
    for pattern in (_NATIONAL_NAMES, _NATIONAL_ABBREVIATIONS):
        for m in pattern.finditer(ctx.text):
            written = m.group()
            name = _NATIONAL_FORMS.get(written) or _NATIONAL_FORMS.get(written.casefold())
            if name is None or ctx.claimed(m.start(), m.end()) or ctx.in_furniture(m.start()):
                continue
            if pattern is _NATIONAL_ABBREVIATIONS and _spelled_otherwise(ctx, written, name):
                continue  # "Pemberantasan Sarang Nyamuk (PSN)": not the Proyek Strategis Nasional here
            if pattern is _NATIONAL_NAMES and _opens_a_longer_name(ctx, written, m.end()):
                continue  # "Bantuan Langsung Tunai Sementara (BLTS)": another programme, read by the programmes' stage
            start = m.start()
            head = (
                _HEAD_BEFORE.search(ctx.text, max(0, start - 10), start)
                if pattern is _NATIONAL_NAMES
                else None
            )
            if head is not None and written[:1].isupper() and not ctx.claimed(head.start(), start):
                # "Gerakan Cek Kesehatan Gratis (Gerak Sehat)": the programme under a local name,
                # its head word before the national name's (and a nickname after the whole)
                start, written = head.start(), f"{head.group('head')} {written}"
            program = add_program(ctx, name, start, m.end())
            if program is not None and written != name:
                program.aliases.add(written)
                if (nickname := _nickname_after(written, ctx.text[m.end() :])) is not None:
                    program.aliases.add(nickname)
                    ctx.abbreviations[nickname] = program
    for m in _CENSUS.finditer(ctx.text):
        if not ctx.claimed(m.start(), m.end()):
            add_program(ctx, m.group(), m.start(), m.end())
