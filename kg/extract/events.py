"""Events: what happened on a stated day, where, led by and attended by whom, about what.

An event is anchored on a date in the text (``Selasa (19/11/2024)``,
``27 November mendatang``) and named by the nearest event phrase before it
in the same sentence: a trigger word (``Rapat Koordinasi ...``, ``apel
pagi``, ``pemilihan kepala daerah``) or a capitalised phrase after ``dalam``
/ ``pada`` / ``menghadiri``. ``bertajuk ‘...’`` adds the theme to the name.
A date opening its sentence names the event after it when a verb says it was
held (``Senin (12/3), Pemkot menggelar rapat ...``). A statement's date (``"...,"
kata X di Y, Rabu (15/10)``) is the day of a gathering a sentence beside it names
as happening (``... bersaksi pada sidang lanjutan ...``).
The article's first event is its main one: speakers and those the article
says attended (``dihadiri``, ``diikuti``, ``kegiatan ini ... dari``) are its
participants.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from kg import lang
from kg.extract import cues, furniture, incidents, lexicon
from kg.extract.context import Context
from kg.extract.places import inside_a_region
from kg.records import Award, Entity, EntityType, Event
from kg.text.dates import HISTORY_YEARS, MONTHS, WEEKDAYS, DateMention
from kg.text.sentences import Sentence, containing
from kg.text.tokens import Token, occurrences

#: an event's word ("rapat", "festival", "MTQ"); not after a hyphen ("Plataran eks-MTQ": a venue
#: named after a former one)
_TRIGGER = re.compile(
    lang.starts(lexicon.EVENT_TRIGGERS) + r"(?<!-)\b(?P<t>" + lexicon.EVENT_TRIGGER_ALTERNATION + r")\b",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"\b(?:dalam|pada|saat|[Aa]cara|[Kk]egiatan|menghadiri|mengikuti|memimpin|[Aa]genda|[Gg]elaran|[Aa]jang"
    r"|menggelar|mengadakan|menyelenggarakan|menggelar\s+program)\s+(?=[A-Z])"
)
#: Verbs whose object names the event, and the noun the event is called by.
_ACT_ROWS = lang.table("event-acts", ("verb", "name", "class", "object"))
_ACTS = {verb: (name, kind) for verb, name, kind, _ in _ACT_ROWS}
#: acts that are events only when a person does them ("tiba di")
_PERSON_ACTS = frozenset(lang.words("person-acts"))
#: "langsung", "secara langsung", "secara resmi", "secara simbolis": how an act was done, between the verb and its object;
#: "dan mengambil sumpah/janji", "sekaligus meresmikan": a second act on the same object
_IN_PERSON = (
    r"(?:(?:secara\s+)?(?:langsung|resmi|simbolis)\s+|sekaligus\s+)?"
    rf"(?:(?:dan|serta|sekaligus)\s+(?:{'|'.join(map(re.escape, _ACTS))}|mengambil\s+sumpah/janji)\s+)?"
)
#: "meninjau Pasar Besar", "meninjau langsung pelaksanaan program Sambang Kampung", "mencanangkan
#: gerakan Tanam Serempak": the act, then its object's name
#: "mengukuhkan pengurus Forum ...": who the act installs, kept in the event's name
_HOLDERS = lang.alternation(lang.words("act-holder-words"))
#: acts whose object must be of a list (event-acts.tsv "address": "menyampaikan pemandangan umum";
#: "received": "menerima bantuan") name no event by a capitalised object ("menyampaikan Selamat Hari
#: Raya", "menerima Bupati")
_LISTED_ONLY = frozenset(verb for verb, _, _, obj in _ACT_ROWS if obj in {"address", "received"})
_ACT = re.compile(
    rf"\b(?P<verb>{'|'.join(v for v in _ACTS if v not in _LISTED_ONLY)})\s+{_IN_PERSON}(?:(?P<holders>{_HOLDERS})\s+)?"
    r"(?:(?:pelaksanaan|progres|kegiatan|program|gerakan|proyek|pembangunan|lokasi|aplikasi|layanan|sistem|gedung)\s+)*"
    r"(?=[A-Z])"
)
_OBJECT_STOP = (
    r"(?:kepada|senilai|sebesar|sebanyak|seberat|seluas|sepanjang|berupa|di|ke|dari|untuk|bagi|pada|yang|dan|"
    r"serta|dengan|oleh|sebagai|secara|langsung|hasil|itu|ini|tersebut|mewakili|bersama(?=\s+[A-Z])|"
    # (a clause's next words: "mengevakuasi 36 warga menggunakan perahu", "... saat air naik")
    r"menggunakan|memakai|melalui|saat|ketika|sejak|usai|setelah|sebelum|karena|akibat)\b"
)
_OBJECT_WORD = rf"(?!{_OBJECT_STOP})[a-z][a-z-]*"
_ANY_OBJECT = "|".join(verb for verb, _, _, obj in _ACT_ROWS if obj == "any")
#: Object kinds of event-acts.tsv whose lower-case object must open with a word of a list: a thing
#: handed over ("menyalurkan bantuan") or received ("menerima bantuan"), a document signed
#: ("menandatangani nota kesepahaman").
_OBJECT_LISTS = {
    "aid": "aid-objects",
    "received": "aid-objects",
    "document": "document-objects",
    "address": "address-objects",
    "visited": "visited-objects",
}


#: how many things were handed over or signed, in words ("menandatangani dua nota kesepahaman")
_COUNT_WORDS = "puluhan|ratusan|ribuan|sejumlah|beberapa|sebuah|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"


def _listed_object(kind: str) -> str:
    """The regex alternative of the acts whose object is of ``kind`` (event-acts.tsv), with groups
    ``<kind>_verb`` and ``<kind>``: the verb, then a lower-case object opening with a word of the
    kind's list, after an optional number ("menyalurkan 100 paket bantuan sembako")."""
    verbs = "|".join(verb for verb, _, _, obj in _ACT_ROWS if obj == kind)
    nouns = lang.alternation(lang.words(_OBJECT_LISTS[kind], casefold=True))
    won = _PRIZES_WON if kind == "aid" else ""
    # ("membagikan 2.000 ekor benih ikan", "menyerahkan tiga unit speedboat ambulans": any thing, counted
    # by a word that counts what is handed over)
    counted = (
        rf"|(?:[\d.,]+\s+{_THOUSANDS}|(?:{_COUNT_WORDS})\s+)(?:{_AID_MEASURES})\s+{_OBJECT_WORD}"
        if kind in _HANDED_KINDS
        else ""
    )
    return (
        # ("menyerahkan sebanyak 1.800 sertipikat": "sebanyak" before a number is no part of the object)
        rf"(?P<{kind}_verb>{verbs})\s+{_IN_PERSON}(?:sebanyak\s+(?=\d))?"
        rf"(?P<{kind}>(?:(?:[\d.,]+\s+{_THOUSANDS}|(?:{_COUNT_WORDS})\s+)?(?:{nouns})\b{counted})(?:\s+{_OBJECT_WORD}){{0,3}}{won})"
    )


#: a number's word after its digits ("50 ribu bibit", "1,2 juta butir")
_THOUSANDS = r"(?:(?:ribu|juta)\s+)?"
#: the object kinds of event-acts.tsv that are things handed over
_HANDED_KINDS = frozenset({"aid", "received"})
#: the words that count things handed over ("2.000 ekor benih ikan")
_AID_MEASURES = lang.alternation(lang.words("aid-measure-words", casefold=True))


#: after prizes handed over, the contest whose winners they go to: "(menyerahkan hadiah) kepada para
#: pemenang Lomba Desa Asri Tahun 2024", part of the event's name
_PRIZES_WON = (
    r"(?:\s+kepada\s+(?:para\s+|sejumlah\s+)?pemenang\s+(?i:lomba|kompetisi|festival|kejuaraan|kontes|sayembara)"
    r"(?:\s+(?:(?:tingkat|tahun|dan)\s+)?[A-Z0-9][\w/-]*)*)?"
)


#: "Festival X resmi dibuka", "Jembatan Y diresmikan oleh ...": passive acts that make the name before them an event
_PASSIVE_ROWS = lang.table("event-passive-acts", ("passive", "name", "class", "object"))
_PASSIVES = {passive: (name, kind, obj) for passive, name, kind, obj in _PASSIVE_ROWS}
_PASSIVE = re.compile(rf"\b(?P<verb>{'|'.join(_PASSIVES)})\b")
#: what may stand between the thing acted on and the passive verb ("tersebut sebelumnya diserahkan",
#: "akhirnya diresmikan"); "yang", "sejak" before it speak of an earlier act
_PASSIVE_LEAD = re.compile(
    r"(?:\b(?P<earlier>yang|sejak|sebagaimana|akan)\s+)?(?P<pointer>(?:tersebut|itu|ini)\s+)?"
    r"(?:telah\s+|sudah\s+|sebelumnya\s+|akhirnya\s+)?(?P<resmi>(?:secara\s+)?resmi\s+)?$"
)
#: between the thing acted on and a passive verb's lead, where and how long it was held, a clause set off by a
#: comma: "Program X ke-19 yang dilaksanakan di Desa Y, Kecamatan Z, resmi ditutup"
_HELD_WHERE = re.compile(
    r"\s+yang\s+(?:(?:telah|sudah)\s+)?(?:dilaksanakan|digelar|diselenggarakan|berlangsung)"
    r"\s+(?:di|sejak|selama)\s+[^.;,]{2,60}(?:,\s*[^.;,]{2,60}){0,2},\s*$"
)
#: between the thing acted on and a passive verb's lead, where it lies, set off by commas: "Pasar Rakyat
#: X, Kecamatan Y, Kabupaten Z, resmi dioperasikan"
_SET_OFF_REGIONS = re.compile(
    r"(?:,\s*(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Provinsi)(?:\s+[A-Z][\w'-]*){1,3}){1,3},\s*$"
)
#: what may open a sentence before its subject: a dateline's town and its dash ("TUAL – ...")
_DATELINE = r"\W*(?:[A-Z][A-Z .]*[–—-]\s*)?"
#: a delegation opening a sentence (after a dateline's town), or its coming or return, named up to a
#: comma or a verb: who a welcome ("disambut") is for ("Kedatangan kontingen Porprov disambut Bupati ...")
_GUEST = re.compile(
    rf"{_DATELINE}(?P<guest>(?:Rombongan|Kafilah|Kontingen|Delegasi|Kedatangan|Kepulangan)"
    r"(?:\s+(?!(?:di|me|ber|ter)[a-z]{3,}\b)[\w'’-]+){0,5})"
    # (or whoever the sentence says came back, after where from: "Sepulang dari Medan, para pengurus
    # poktan disambut Wakil Bupati ...")
    r"|(?:Sepulang|Sekembalinya|Setibanya)\s+(?:dari|di)\s+[^,.;]{2,40},\s*(?:para\s+)?"
    r"(?P<returned>[\w'’-]+(?:\s+(?!(?:di|me|ber|ter)[a-z]{3,}\b)[\w'’-]+){0,5})\s*$"
)
#: who a sentence opens with, up to the passive verb that installs them: "Sebanyak 27 kepala desa hasil
#: Pilkades Serentak tahun 2022 (resmi dilantik)", after a dateline's town; a few words, no clause
_INSTALLED = re.compile(
    rf"{_DATELINE}(?:(?:Sebanyak|Para)\s+)?"
    r"(?P<who>(?:\d+|[a-z]+)(?:\s+(?!(?:yang|telah|sudah|akan)\b)[\w'’()/-]+){0,15}?)\s*$"
)
_AWARD_HEADS = lexicon.AWARD_HEADS
_AWARD_HEAD_WORDS = lang.alternation(_AWARD_HEADS)
#: ... and what is handed over with an award, or for it: "Piagam dan plakat Adiwiyata diserahkan ..."
#: (capitalised when first: no "piagam" of a list of what an award is made of)
_HANDED_HEAD_WORDS = lang.alternation([*_AWARD_HEADS, "Piagam", "Plakat"])
#: "Penghargaan", "Piala Adipura", "penghargaan tersebut": the award a passive act hands over, right before
#: it or before a pointer and an adverb of time ("Trofi UHC Awards tersebut kemudian diarak")
_AWARD_ACTED_ON = re.compile(
    # (not what an award is made of: "Penghargaan berupa medali dan piagam itu diserahkan", _AWARD_SAID)
    # ("Trofi-trofi tersebut diserahkan kembali ...": the head word doubled, many of them)
    rf"(?<!berupa )\b(?P<thing>(?:(?i:{_AWARD_HEAD_WORDS})|Piagam|Plakat)(?:-[a-z]+)?(?:\s+dan\s+(?i:{_HANDED_HEAD_WORDS}))?(?:\s+[A-Z0-9][\w'’/-]*)*)"
    # "Penghargaan atas komitmen dalam ... itu diterima": what it was given for, in lower case
    r"(?:\s+(?:atas|untuk|bagi)(?:\s+[a-z][\w/-]*){1,8})?(?:\s+(?:itu|ini|tersebut|juara))?"
    r"(?:\s+(?:kemudian|lalu|langsung|pun|selanjutnya|akan))?"
    r"(?:\s+dibawa\s+pulang\s+(?:dan|lalu))?\s+$"  # ("trofi juara dibawa pulang lalu diarak ...")
)
#: "Penghargaan berupa trofi, piagam dan uang pembinaan", "Penghargaan tertinggi dalam evaluasi Kota
#: Layak Anak (KLA)": an award's head word, then what the award is or what kind, right before the
#: pointer ("itu", "tersebut") that a passive act's lead opens with: the award named before
_AWARD_SAID = re.compile(
    rf"\b(?P<thing>(?i:{_AWARD_HEAD_WORDS}))"
    r"(?:\s+berupa\s[^.;:!?\"“”]{2,80}?|(?:\s+[a-z][\w-]*){1,4}(?:\s+[^\s.,;:!?\"“”][^\s,;:!?\"“”]*){0,6}?)\s+$"
)
#: "Nota kesepahaman (MoU)", "Perjanjian kerja sama": an agreement a passive act signs, right before it
_AGREEMENT_ACTED_ON = re.compile(
    r"\b(?P<thing>(?i:nota\s+kesepahaman|nota\s+kesepakatan|memorandum\s+of\s+understanding|mou|perjanjian"
    r"|kesepakatan)(?:\s+(?:kerja\s+sama|bersama))?(?:\s+\([A-Za-z]{2,8}\))?)\s+(?:tersebut\s+|itu\s+|ini\s+)?$"
)
#: "Laporan Hasil Pemeriksaan (LHP)", "SK": a document a passive act hands over, right before it
_DOCUMENT_ACTED_ON = re.compile(
    rf"\b(?P<thing>(?:{lang.alternation(lang.words('handed-documents'))})\b(?:\s+\(?[A-Z0-9][\w'’/-]*\)?)*"
    # ("Laporan Hasil Pemeriksaan (LHP) atas LKPD tersebut diserahkan ...": what the report is on)
    r"(?:\s+(?:atas|tentang)(?:\s+\(?[A-Z0-9][\w'’/-]*\)?)+)?"
    # "sertifikat hak atas tanah hasil Pendaftaran Tanah Sistematis Lengkap (PTSL) tahun 2021 diserahkan
    # ...": land certificates ("sertipikat", the land agency's spelling), written in lower case, then
    # what they are of
    r"|\b[Ss]erti[fp]ikat(?:\s+[a-z][\w-]*){0,5}(?:\s+\(?[A-Z0-9][\w'’/-]*\)?)*(?:\s+tahun\s+\d{4})?)\s+$"
)
#: "diserahkan (langsung) oleh Menteri ... kepada Bupati ...", "diterima (langsung oleh) Wakil Gubernur
#: ...", "diserahkan kepada warga": who hands it over or takes it, right after the verb; "diterima berkat
#: kerja keras" is no handing over
_HANDED = re.compile(
    r"\s+(?:langsung\s+|kembali\s+|secara\s+(?:langsung|simbolis)\s+)?(?:(?:oleh|kepada)\s+(?=\w)|(?=[A-Z]))"
)
#: "Program Bakti Desa (PBD) ke-12 Tahun 2025": the abbreviation and what follows it name the programme
_SPELLED_OUT = re.compile(r".*?\s*\((?P<abbr>[A-Z][A-Za-z0-9/-]+)\)(?P<rest>.*)")
_NAMED_YEAR = re.compile(r"\s+Tahun\s+(?:19|20)\d{2}$")

#: "melantik lima kepala daerah", "menyalurkan bantuan logistik kepada ...": an act whose object is
#: written in lower case names the event by the act's noun and up to four words of the object
_ACT_LOWER = re.compile(
    rf"\b(?:(?P<verb>{_ANY_OBJECT})\s+{_IN_PERSON}(?P<object>(?:[\d.,]+\s+)?{_OBJECT_WORD}(?:\s+{_OBJECT_WORD}){{0,3}})"
    + "".join(f"|{_listed_object(kind)}" for kind in _OBJECT_LISTS)
    + ")"
)
_THEME = re.compile(rf"^\s*(?:{lexicon.TITLE_CUES}):?\s*[‘'“\"]?(?P<theme>[^’'”\",.]{{3,120}})[’'”\"]?")
_IN_VENUE = re.compile(r"\b(?:ruang|ruangan|gedung|aula|balai|kantor|lapangan)\s+$", re.IGNORECASE)
#: "sehari sebelum", "dua hari setelah", "sepekan usai" before an event word: the date is another day's
_DAYS_APART = re.compile(
    r"\b(?:sehari|semalam|seminggu|sepekan|sebulan|(?:\d+|dua|tiga|empat|lima)\s+(?:hari|minggu|pekan))"
    r"\s+(?:sebelum|sebelumnya|setelah|sesudah|usai|pasca|jelang|menjelang)\s+$",
    re.IGNORECASE,
)
#: "Empat hari jelang pemungutan suara pada Rabu (27/11)": the day the event word itself is given, with
#: no comma between (the days apart count back from it)
_OWN_DAY = re.compile(r"[^,.;]{0,60}\spada\s+(?:hari\s+)?\Z")
#: "sebelum", "menjelang", "sebelum dibawa ke" before an event word: an event still to come, whose day
#: a date after the clause's comma is not (its own may follow it: "menjelang Pilkada 27 November")
_AHEAD_OF = re.compile(
    r"\b(?:sebelum|menjelang|jelang)(?:\s+(?:dibawa|dibahas|masuk|digelar))?(?:\s+(?:ke|dalam|di))?\s+$",
    re.IGNORECASE,
)
_THEMED = re.compile(
    rf"(?:\b(?:{lexicon.TITLE_CUES}|tema|dengan\s+agenda|beragendakan):?|[‘“\"'])\s*$",
    re.IGNORECASE,
)
_STOP_WORDS = frozenset(lang.words("event-stop-words", casefold=True))
#: a verb by its prefix ("meninjau", "diserahkan", "bersepeda", "terbakar"), a word that only opens
#: like one aside ("bersih", "ternak", "dinas": :data:`_VERB_LOOKALIKES`)
_VERB_PREFIXED = re.compile(r"(?:me|di|ber|ter)[a-z]{3,}")
_VERB_LOOKALIKES = frozenset(lang.words("verb-lookalikes", casefold=True))
#: a weekday, perhaps with a comma, right before a date written after it ("pada Senin, 13 Januari")
_A_WEEKDAY = rf"(?:(?:{lang.alternation(WEEKDAYS)}),?\s+)?"
#: "pada", "dalam", "untuk" or "(men)jelang" right before an election's name: the election an event
#: before it is held in or for ("debat publik pasangan calon ... pada Pemilihan Serentak 2024")
_ELECTION_OF = re.compile(r"\b(?:pada|dalam|untuk|jelang|menjelang)\s+$")
#: an election's name, then the day it gives: "Pemilu 14 Februari 2024", "Pilkada Serentak pada 27 November"
_ELECTIONS_OWN_DAY = re.compile(r"[A-Z][\w-]*(?:\s+(?:Serentak|\d{4}))?\s+(?:pada\s+)?(?:tanggal\s+)?\Z")


def _election_named_at(text: str, start: int) -> bool:
    """Whether an election's name starts at ``start`` ("Pilkada 2024", "Pemilihan Serentak 2024")."""
    trigger = _TRIGGER.match(text, start)
    return text.startswith("Pemilihan ", start) or (
        trigger is not None and _kind(trigger.group("t")) == "Election"
    )


#: "dengan" right before an act: what an event named before it is done by ("... dengan menyambangi X")
_BY_MEANS = re.compile(r"\bdengan\s+$")
#: "dalam rangka", "dalam rangka memperingati", "dalam rangka pengamanan": what an event is held for,
#: right before its occasion
_FOR_THE_SAKE = re.compile(r"\b(?i:dalam\s+rangka)(?:\s+[a-z]+)?\s+$")
_UNTIL = re.compile(
    r"\b(?:hingga|sampai|s\.d\.|sd|sampai dengan|hingga tanggal|batas waktu|paling lambat)\s*$", re.IGNORECASE
)
#: "Surat Perintah ... Nomor PRINT-362/N.3/10/2025 tanggal 16 Oktober 2025", "surat tertanggal 9
#: Oktober": the day a document was issued, not the day something happened
_DOCUMENT_DATE = re.compile(
    r"(?:\b(?:Nomor|Nomer|No\.?)\s*:?\s*[^\s,]+(?:\s+[^\s,]+){0,2}\s+(?:tanggal|tgl\.?)|\btertanggal"
    # "Perbup ... yang berlaku mulai 1 Januari 2025": the day a rule takes effect
    r"|\bberlaku\s+(?:efektif\s+)?(?:mulai|sejak|per)(?:\s+tanggal)?)\s*$",
    re.IGNORECASE,
)
#: a character of the same sentence: a decree's number, "Nomor 300.2/482/KEP-BPBD/2025", ends none
_SAME_SENTENCE = r"(?:[^.;]|\.(?=\d))"
#: a decree named in a sentence, then the day its term counts from: "menandatangani Keputusan Bupati X
#: Nomor 118 Tahun 2021 tentang ... untuk jangka waktu 14 hari, terhitung 16 hingga 29 Juli 2021" (a
#: state it declares is read from that day by _add_emergency_statuses; the signing is not of that day),
#: or the day a rule binds from: "sosialisasi Perbup X Nomor 4 Tahun 2024 tentang ..., yang mulai 1 Juli
#: 2025 mengikat pedagang": neither the signing's day nor the telling's
_DECREE_PERIOD = re.compile(
    rf"\b(?:Keputusan|Surat\s+Keputusan|SK|Peraturan|Per(?:bup|wali|wal|da|gub))\b{_SAME_SENTENCE}*"
    r"\b(?:terhitung(?:\s+(?:sejak|mulai))?|yang\s+(?:akan\s+)?mulai)(?:\s+tanggal)?\s*$"
)
#: a campaign held over days, by its name's capitalised head ("Operasi Zebra Semeru 2025")
_CAMPAIGN_KINDS = lang.mapping("event-campaign-heads", "word", "class")
_CAMPAIGN = re.compile(rf"\b(?P<head>{lang.alternation(_CAMPAIGN_KINDS)})\s+(?=[A-Z])")
#: a trigger and up to a word after it, right before a capitalised name: the name is what the event
#: is of ("Konferensi pers Tirtaraya Trail Run 2025"), not a celebration's own
_OF_EVENT = re.compile(
    r"\b(?:" + lexicon.EVENT_TRIGGER_ALTERNATION + r")(?:\s+(?-i:[a-z]+))?\s+$", re.IGNORECASE
)
#: a lower-case trigger and up to two words right before a campaign's name: the gathering that opens
#: the campaign ("menggelar apel gelar pasukan Operasi Keselamatan X 2025"), the event of its day
_CAMPAIGN_OPENED = re.compile(
    r"\b(?-i:" + lexicon.EVENT_TRIGGER_ALTERNATION.lower() + r")(?:\s+(?-i:[a-z]+)){0,2}\s+$", re.IGNORECASE
)
_ATTEND = re.compile(r"\b(?:" + "|".join(lexicon.ATTENDANCE_CUES) + r")\b", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"\b(?:kegiatan|forum|acara|rapat|apel|agenda|pertemuan)\s+(?:ini|tersebut)\b.*\b(?:dari|oleh|bersama)\b",
    re.IGNORECASE,
)


#: verbs saying an event was held or attended ("menggelar", "dilaksanakan")
_HOLDING = lang.table("event-holding-verbs", ("verb", "venue"), casefold=True)
_HELD = re.compile(rf"\b(?:{lang.alternation(verb for verb, _ in _HOLDING)})\b", re.IGNORECASE)
#: those of them that say where it was held ("digelar", "berlangsung"), not who came ("dihadiri")
_HELD_AT = re.compile(
    rf"\b(?:{lang.alternation(verb for verb, at in _HOLDING if at == 'yes')})\b", re.IGNORECASE
)
#: triggers naming an event only where the stretch says it was held ("menggelar aksi")
_HELD_ONLY = frozenset(lang.words("held-only-triggers", casefold=True))
#: the opening of something, an event only when what it opens is none ("Pembukaan GPM dipusatkan
#: di ..."), and how far on the name of what it opens may hold an event's own word
_OPENING = "pembukaan"
_OPENED_REACH = 40
#: the closing of an event told by its word right after ("penutupan festival", "Penutupan Pekan Raya")
_CLOSING_OF = re.compile(r"\b(?i:penutupan)\s+$")
#: the winners of a contest told by its word right after ("para pemenang lomba X"), or the trophy of a rank
#: won in it ("Trofi Juara I Lomba X diarak ...")
_WINNERS_OF = re.compile(
    r"\b(?i:pemenang|(?:trofi|piala|piagam)\s+(?:juara|peringkat)\s+(?:[IVX]+|\d+|pertama|kedua|ketiga|umum"
    r"|harapan(?:\s+(?:[IVX]+|\d+))?))\s+$"
)
#: an event's name that is the closing of one told by its bare word ("Penutupan Festival")
_CLOSING_NAMED = re.compile(r"Penutupan\s+(?P<event>\S+)")
#: event classes a gathering belongs to: what a statement's date may stand for (not an election or an incident)
_GATHERINGS = frozenset(lang.words("gathering-classes", "class"))
#: a reporter's account of the spot ("Pantauan detikcom di lokasi, Senin (20/10/2025), massa ...")
_OBSERVED = re.compile(rf"\s*(?:{cues.any_of('observation-words')})", re.IGNORECASE)
#: a sentence pointing back at the statement before it ("Hal tersebut disampaikan pada audiensi ...")
_SAID_THERE = re.compile(
    rf"\W*(?:{cues.any_of('statement-pointer-words')})\s+(?:itu|ini|tersebut)\b", re.IGNORECASE
)
#: the verbs of holding a gathering, active ("Pemkab menggelar rapat ...")
_HOLDING_VERBS = r"(?:menggelar|mengadakan|melaksanakan|menyelenggarakan)"
#: a sentence saying what the activity told before it was: "Kegiatan itu merupakan simulasi evakuasi ..."
_WAS_ACTIVITY = re.compile(
    r"\W*(?:[Kk]egiatan|[Aa]cara|[Aa]genda)\s+(?:itu|ini|tersebut)\s+(?:merupakan|adalah|ialah)\s+"
)
#: "... sebagai bagian dari simulasi evakuasi", "Kepanikan itu bagian dari simulasi ...": what an
#: activity just told was part of
_PART_OF = re.compile(r"\bsebagai\s+(?:bagian\s+(?:dari\s+)?|rangkaian\s+)|\bbagian\s+dari\s+", re.IGNORECASE)
#: "BPBD tengah menggelar simulasi evakuasi ...", "... bukan kebakaran sungguhan, melainkan simulasi
#: penanggulangan kebakaran": what the activity just told was
_WAS_HOLDING = re.compile(rf"\b(?:(?:tengah|sedang)\s+{_HOLDING_VERBS}|melainkan)\s+")
#: the passive verbs saying a gathering was held ("digelar", "berlangsung")
_WAS_HELD = r"(?:di(?:gelar|selenggarakan|laksanakan|adakan)|berlangsung)"
#: "Simulasi tersebut digelar BPBD ...": a sentence opening with the gathering an activity told
#: before it was, pointed at and said to be held
_POINTED_HELD = re.compile(
    rf"\W*(?P<name>[A-Z][\w-]*(?:\s+[\w-]+){{0,4}}?)\s+(?:itu|ini|tersebut)\s+{_WAS_HELD}\b"
)
#: "Warga bergegas ... dalam simulasi gempa bumi dan tsunami yang digelar ...": the gathering an
#: activity was held in, said to be held after its name (its words may go on past the name read)
_HELD_IN = re.compile(r"\bdalam\s+", re.IGNORECASE)
#: ... of a gathering's class, or a movement or drive of none ("Gerakan Pangan Murah")
_HELD_KINDS = _GATHERINGS | {"Event"}
_SAID_HELD = re.compile(
    r"[^,.;:\"“”()]{0,40}?\byang\s+(?:di)?(?:gelar|selenggarakan|laksanakan|adakan)\b", re.IGNORECASE
)
#: a statement not made in person ("dalam keterangannya", "saat dihubungi")
_REMOTE = re.compile(rf"\b(?:{cues.any_of('remote-statement-words')})\b", re.IGNORECASE)
#: up to three words before an event word: it happened ("dalam satu kali pertemuan", "usai melakukan ...")
_CONTEXT = re.compile(rf"\b(?:{cues.any_of('event-context-cues')})(?:\s+\S+){{0,3}}\s+$", re.IGNORECASE)
#: right before an event word: it is introduced as an event ("usai acara", "dalam")
_INTRODUCED = re.compile(rf"\b(?:{cues.any_of('event-context-cues')})\s+$", re.IGNORECASE)
#: the nouns that call what follows them an event ("dalam acara Capaian ...")
_EVENT_NOUNS = frozenset({"acara", "kegiatan", "agenda"})
#: acts of law enforcement ("tangkap tangan", "penahanan"): the day's statement confirming one dates it
_ENFORCEMENT = frozenset(lang.words("enforcement-triggers", casefold=True))
#: "kegiatan ini", "acara yang": a generic word for the event just named
_POINTER = re.compile(
    # (or the first of a series: "Kegiatan perdana digelar di SMA X, Rabu (10/5)", "... hari pertama ...")
    rf"\b(?:{cues.any_of('event-pointer-words')})\s+(?:ini|itu|tersebut|yang|perdana|(?:hari\s+)?pertama)\b",
    re.IGNORECASE,
)
#: any event but an election may be what "kegiatan ini" points back at
_POINTED_BACK = (frozenset(lexicon.EVENT_TRIGGERS.values()) | {"Event"}) - {"Election"}
#: after an event word: it is the one just spoken of ("kunjungan itu")
_REFERRED = lexicon.POINTED_BACK
#: ... after a relative clause: "Festival yang dibuka Bupati X itu dihadiri ..."
_REFERRED_PAST_A_CLAUSE = re.compile(r"\s+yang\s+[^.,;\n]{1,80}?\s+(?:tersebut|itu)\b")
#: the kind of the events that are no gathering of a class of their own ("panen raya", "kerja bakti")
_OTHER_KINDS = frozenset({"Event"})
#: an event word or a generic one pointing back at the event just told of ("Dalam rakor tersebut, ...",
#: "Hadir dalam kesempatan itu ..."), not a question of which ("acara apa")
_BACK_REFERENCE = re.compile(
    rf"\b(?:{lexicon.EVENT_TRIGGER_ALTERNATION}|{cues.any_of('event-pointer-words')})\s+(?:ini|itu|tersebut)\b",
    re.IGNORECASE,
)
#: how many sentences after an event's own a "Turut hadir ..." sentence may still be about it
_ATTENDANCE_REACH = 3
#: the first words of event triggers ("sidang", "rapat", "kunjungan"): an event's name head refers back to it
_TRIGGER_HEADS = frozenset(t.split()[0] for t in lexicon.EVENT_TRIGGERS)
#: words making a capitalised phrase after "dalam"/"pada" a document, clause or period ("Nomor", "Pasal")
_NOT_EVENT = frozenset(lang.words("not-event-words", casefold=True))
#: a politician's party: not a body an official attends an event for
_PARTY_HEADS = frozenset(lang.words("party-heads"))
#: small English words inside a capitalised English event name ("and", "of")
_ENGLISH_JOINERS = frozenset(lang.words("event-english-joiners"))
_PERFORM = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in lexicon.PERFORMER_CUES) + r")\b", re.IGNORECASE
)


def _kind(trigger: str) -> str:
    return lexicon.EVENT_TRIGGERS.get(trigger.lower(), "Event")


def _joins_capitals(tokens: list[Token], i: int) -> bool:
    """Whether the English small words from ``tokens[i]`` lead to a capitalised word ("in the Midst")."""
    j = i
    while j < len(tokens) and tokens[j].text in _ENGLISH_JOINERS:
        j += 1
    return j < len(tokens) and tokens[j].capitalised


def _slash_joined(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a slash written between two capitalised words ("Kabupaten/Kota")."""
    return (
        tokens[i].text == "/"
        and 0 < i < len(tokens) - 1
        and tokens[i - 1].capitalised
        and tokens[i + 1].capitalised
        and tokens[i - 1].end == tokens[i].start
        and tokens[i].end == tokens[i + 1].start
    )


#: the words that open a campaign's name as a month or a day of something ("Bulan Bakti ...", "Hari ...")
_MONTH_OR_DAY = frozenset({"Bulan", "Hari"})


def _named_month_or_day(name: str) -> bool:
    """Whether ``name`` is a campaign's name written as a month or a day of something ("Bulan Bakti
    Gotong Royong Masyarakat"): "Bulan" or "Hari", then a capitalised word that is no month's or
    weekday's name."""
    words = name.split()
    return (
        len(words) > 2
        and words[0] in _MONTH_OR_DAY
        and words[1][:1].isupper()
        and words[1].casefold() not in MONTHS
        and words[1] not in WEEKDAYS
    )


#: the preparations for an event, the object of an act ("meninjau persiapan Festival X")
_PREPARING = re.compile(r"\b(?:persiapan|kesiapan)\s+\Z")
#: "persiapan Musabaqah Tilawatil Quran": capitalised words right after a lower-case object
_COMPLEMENT = re.compile(r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}")


def _named_complement(ctx: Context, end: int, limit: int) -> int:
    """Where a lower-case object ends with the name it is of: ``meninjau persiapan Musabaqah Tilawatil
    Quran (MTQ)`` → ``Peninjauan persiapan Musabaqah Tilawatil Quran``; not a person, body or place
    ("menyalurkan bantuan Pemkot Malang")."""
    m = _COMPLEMENT.match(ctx.text, end, limit)
    if m is None:
        return end
    words = m.group().split()
    if words[0] in lexicon.STOPWORDS or ctx.entity_at(
        m.end() - len(m.group().lstrip()),
        m.end(),
        EntityType.PERSON,
        EntityType.ORGANIZATION,
        EntityType.PLACE,
    ):
        return end
    return m.end()


#: a year, the last word of an event's name ("Festival Bunga 2024")
_YEAR = re.compile(r"(?:19|20)\d{2}")
#: "... 2024 dan Pameran Batik ...": a second event named right after the first, joined by "dan"
_AND_NEXT = re.compile(r"\s+dan\s+(?=[A-Z])")
#: "... Expo Produk Desa 2024 dan ": a first event's name closed by its year, right before another's
_YEAR_AND = re.compile(rf"{_YEAR.pattern}(?P<and>\s+dan\s+)$")
#: "ke-22": an ordinal inside a capitalised event name ("Hari Jadi ke-1259 Kabupaten ...")
_ORDINAL = re.compile(r"ke-\d+")


#: words a number measures by: "4 tahun penjara", "3 hari", "50 orang"
_MEASURES = frozenset({"tahun", "bulan", "pekan", "minggu", "hari", "jam", "orang", "persen"})
_NUMBERS = frozenset(_COUNT_WORDS.split("|")) | {"sebelas", "belasan", "setengah"}


def _right_after(ctx: Context, ends: list[int], start: int) -> bool:
    """Whether the phrase at ``start`` follows, with only spaces between, one that ends at one of ``ends``."""
    return any(end < start and not ctx.text[end:start].strip() for end in ends)


#: spans of time that, with "ini", "itu", "lalu" or "depan" after them, say when ("kunjungan minggu ini")
_SPANS_OF_TIME = frozenset({"hari", "pekan", "minggu", "bulan", "tahun", "pagi", "siang", "sore", "malam"})
_THIS_OR_THAT = frozenset({"ini", "itu", "lalu", "depan"})


def _name_from(ctx: Context, start: int, limit: int) -> tuple[str, int]:
    """The event phrase from ``start``: the capitalised run, or a lower-case trigger and its modifiers."""
    tokens = ctx.tokens
    i = ctx.token_index(start)
    words = []
    capital = tokens[i].capitalised if i < len(tokens) else False
    whole = _TRIGGER.match(ctx.text, start)
    if (
        capital
        and whole
        and i + 1 < len(tokens)
        and tokens[i + 1].text.isalpha()
        and tokens[i + 1].text.islower()
        and tokens[i + 1].text not in _STOP_WORDS
    ):
        capital = (
            False  # "Penyerahan tersangka ini ...", "Unjuk rasa itu": capitalised only to open the sentence
        )
    trigger_end = whole.end() if whole and not capital else start
    while i < len(tokens) and tokens[i].start < limit:
        t = tokens[i]
        if t.end <= trigger_end:  # the trigger itself: "penyerahan tersangka" is no verb in "ter-"
            words.append(t)
            i += 1
            continue
        if capital:
            if t.text == "dan" and words and _YEAR.fullmatch(words[-1].text):
                break  # "Expo Produk Desa 2024 dan Pameran Batik ...": a year closes a name, another follows
            if (
                t.capitalised
                or t.text[:1].isdigit()
                or _ORDINAL.fullmatch(t.text)  # "HUT ke-22 Kota Batu"
                or (t.text in {"dan", "(", ")", "&", "-"})
                or (t.text in _ENGLISH_JOINERS and _joins_capitals(tokens, i))
                or _slash_joined(tokens, i)  # "Penganugerahan Kabupaten/Kota Layak Anak"
                or (t.text.isupper() and len(t.text) > 1)
            ):
                words.append(t)
                i += 1
                continue
            break
        if (
            t.text.lower() in _STOP_WORDS
            or not t.text[:1].isalnum()
            or (words and _VERB_PREFIXED.match(t.text) and t.text.split("-")[0] not in _VERB_LOOKALIKES)
            or (
                re.fullmatch(r"[a-z]{3,}nya", t.text) and words
            )  # "kunjungan kerjanya", "pelatihan penggunaannya"
        ):
            break
        if t.text in _SPANS_OF_TIME and i + 1 < len(tokens) and tokens[i + 1].text in _THIS_OR_THAT:
            break  # "kunjungan hari ini", "kunjungan minggu ini": when, no part of the name
        if (
            (t.text[:1].isdigit() or t.text in _NUMBERS)
            and i + 1 < len(tokens)
            and tokens[i + 1].text in _MEASURES
        ):
            break  # "divonis 4 tahun penjara", "pelatihan 3 hari": how long or how many, no part of the name
        if t.text == "tahun":
            if i + 1 < len(tokens) and re.fullmatch(r"(?:19|20)\d{2}\.?", tokens[i + 1].text):
                words.extend(tokens[i : i + 2])  # "pemilihan kepala daerah tahun 2024"
            break
        words.append(t)
        i += 1
        if len(words) >= 4:
            # "penyerahan penghargaan Desa Wisata Terbaik": a name the fourth word opens or goes on with ends it
            while (
                t.capitalised
                and i < len(tokens)
                and (tokens[i].capitalised or _YEAR.fullmatch(tokens[i].bare))  # ("... Seulawah 2025")
                and len(words) < 8
            ):
                t = tokens[i]
                words.append(t)
                i += 1
            break
    while words and (words[-1].text in {"dan", "(", "&", "-"} or words[-1].text in _ENGLISH_JOINERS):
        words.pop()
    if words and words[-1].text == ")" and not any(w.text == "(" for w in words):
        words.pop()
    if not words:
        return "", start
    end = words[-1].bare_end
    return display_name(ctx.text[start:end]), end


#: trigger verbs → the noun an event they open is called by ("bertemu" → "Pertemuan")
_VERB_NOUNS = lang.mapping("event-verb-nouns", "verb", "noun", casefold=True)


def _nominal(name: str) -> str:
    """An event name opening with a trigger verb (of one word or two), called by the verb's noun:
    ``Bertemu`` → ``Pertemuan``, ``Dijatuhi Hukuman`` → ``Sidang Putusan``."""
    words = name.split(" ")
    for width in (2, 1):
        noun = _VERB_NOUNS.get(" ".join(words[:width]).casefold())
        if noun is not None:
            return " ".join([noun, *words[width:]])
    return name


_LOWER = frozenset(lang.words("event-name-lower-words", casefold=True))


def display_name(phrase: str) -> str:
    """An event name in title case, so two articles writing it differently label one node alike.

    >>> display_name("apel pagi"), display_name("Rapat Koordinasi (Rakor) dan evaluasi")
    ('Apel Pagi', 'Rapat Koordinasi (Rakor) dan Evaluasi')
    """
    words = phrase.split()
    out = [
        w if (w.isupper() or (k and w.lower() in _LOWER)) else w[:1].upper() + w[1:]
        for k, w in enumerate(words)
    ]
    return " ".join(out)


#: an act's verb after "untuk"/"guna": the purpose of the act before it ("meninjau Pasar X untuk memantau harga")
_PURPOSE = re.compile(r"\b(?:untuk|guna)\s+[a-z]+\s+$")


#: "peringatan dini", "peringatan dari Presiden", "peringatan keras": a warning, not the commemoration
#: "peringatan" names; "demonstrasi plot" (demplot): a farm's plot for showing a crop, no protest
_WARNING = re.compile(r"(?i:peringatan)\s+(?:dini|dari|kepada|keras|tegas)\b|(?i:demonstrasi)\s+(?i:plot)\b")


#: at most one lower-case word between two event words of one gathering's name ("rapat kabinet paripurna")
_MODIFIERS_BETWEEN = re.compile(r"\s+(?:(?!(?:dan|atau|serta|dengan)\s)[a-z]+\s+)?")


#: up to two words before an event word: the event another one named before it prepares for
_PREPARED = re.compile(r"\b(?:persiapan|mempersiapkan|menyiapkan)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def _event_phrase(
    ctx: Context,
    lo: int,
    hi: int,
    date: DateMention,
    *,
    nearest: int | None = None,
    kinds: frozenset[str] | None = None,
) -> tuple[str, str, int, int] | None:
    """(name, kind, start, end) of the event phrase in ``text[lo:hi]`` nearest ``nearest`` (default ``hi``)
    that ``date`` may be the day of.

    Before a date the phrase nearest the date names its event; after it (``Senin (12/3),
    Pemkot menggelar rapat ...``) the first one does. A phrase quoted apart from the date
    (:func:`_quoted_apart`) is passed over.
    """
    nearest = hi if nearest is None else nearest
    before = ctx.text[lo:hi]
    candidates: list[tuple[int, str]] = []
    triggers: dict[int, int] = {}  # where a trigger word starts → where it ends
    for m in _TRIGGER.finditer(before):
        if _inside_english(before, m.start(), m.end()):
            continue  # "air quality monitoring station": an English phrase, not the event word
        if m.group("t").casefold() in _HELD_ONLY and not _HELD.search(before):
            continue  # "aksi nyata": an event only where it is said to be held ("menggelar aksi")
        if m.group("t").casefold() == _OPENING and _TRIGGER.search(before, m.end(), m.end() + _OPENED_REACH):
            continue  # "pembukaan Sukamaju Expo UMKM 2024": the event opened is read by its own word
        if _kind(m.group("t")) == "Celebration" and lexicon.OCCASION_BEFORE.search(before, 0, m.start()):
            continue  # "rapat paripurna memperingati Hari Jadi Provinsi ...": the occasion, not the event
        if _WARNING.match(before, m.start()):
            continue  # "sirene peringatan dini tsunami", "peringatan dari Presiden": a warning; a demo plot
        if _CLOSING_OF.search(before, max(0, m.start() - 12), m.start()):
            continue  # "malam penutupan festival": the closing is the event, read by its own word
        if _WINNERS_OF.search(before, max(0, m.start() - 30), m.start()):
            continue  # "menyerahkan hadiah kepada pemenang Lomba X": the contest was held before; the prizes'
            # handing over is the event (so with "Trofi Juara I Lomba X diarak ...": the parade is)
        if inside_a_region(ctx, lo + m.start(), lo + m.end()):
            continue  # "Kecamatan Sinar Peninjauan": a district, no inspection
        if _PREPARED.search(before, 0, m.start()) and _TRIGGER.search(before, 0, m.start()):
            continue  # "menggelar rapat koordinasi persiapan upacara X": the rapat's, not the upacara's day
        candidates.append((lo + m.start(), _kind(m.group("t"))))
        triggers[lo + m.start()] = lo + m.end()
        run = _name_run_start(ctx, lo + m.start(), lo + m.end(), lo)
        if run is not None:
            candidates.append((run, _kind(m.group("t"))))
    shorts = _short_triggers(ctx.text)
    short_starts: set[int] = set()  # where an event's short form the article defined stands
    for abbr, (_, kind) in shorts.items():
        for at, end in occurrences(before, abbr):
            if at and before[at - 1] == "(":
                continue  # "Gerakan Pangan Murah (GPM)": the definition itself
            # "GPM berikutnya berlangsung pada Senin (3/3)" after "Gerakan Pangan Murah (GPM)"
            candidates.append((lo + at, kind))
            triggers[lo + at] = lo + end
            short_starts.add(lo + at)
    if _HELD.search(before):
        # "Operasi Ketupat Arjuna 2025 berlangsung 13 hari, mulai Kamis (27/3/2025)": a campaign held
        candidates.extend(
            (lo + m.start(), _CAMPAIGN_KINDS[m.group("head")])
            for m in _CAMPAIGN.finditer(before)
            if not _CAMPAIGN_OPENED.search(before, 0, m.start())  # ("apel gelar pasukan Operasi X")
        )
    announced: set[int] = set()  # where a name "acara", "kegiatan" or "agenda" calls an event starts
    for m in _INTRO.finditer(before):
        if m.group().startswith("dalam") and _ABOUT_BEFORE.search(before, 0, m.start()):
            continue  # "Nota Kesepahaman tentang Penguatan Riset ... dalam X": a document's subject
        candidates.append((lo + m.end(), "Event"))
        if m.group().split()[0].casefold() in _EVENT_NOUNS or m.group().split()[-1] == "program":
            announced.add(lo + m.end())  # (what "acara" calls an event, or "menggelar program" holds)
    acts: dict[int, tuple[str, str]] = {}  # where an act's capitalised object starts → its noun and class
    holders: dict[int, str] = {}  # ... → who the act installs ("pengurus")
    by_means: set[int] = set()  # where the objects of acts done as the way of an event named before start
    for m in _ACT.finditer(before):
        if m.group("verb") in _PERSON_ACTS and not _person_before(ctx, lo, lo + m.start()):
            continue  # "11 ton cabai yang sudah tiba di Medan": a thing arrived, no visit
        if _BY_MEANS.search(before, 0, m.start()):
            by_means.add(lo + m.end())
        acts[lo + m.end()] = _ACTS[m.group("verb")]
        holders[lo + m.end()] = m.group("holders") or ""
    candidates.extend((start, kind) for start, (_, kind) in acts.items())
    objects: dict[int, tuple[str, int]] = {}  # where a lower-case object starts → the act's noun, its end
    handed_out: list[int] = []  # where the things an act hands out end ("menyalurkan bantuan")
    for m in _ACT_LOWER.finditer(before):
        group = next(g for g in ("object", *_OBJECT_LISTS) if m.group(g))
        verb = m.group("verb" if group == "object" else f"{group}_verb")
        if group == "address" and cues.NOT_NOW.search(before, 0, m.start()):
            continue  # "Selasa besok fraksi-fraksi menyampaikan pemandangan umum": a stage to come
        if group == "object" and _ROOMS.match(m.group(group)):
            continue  # "meninjau sejumlah ruang pelayanan": the rooms of the building the day is about
        if group == "visited" and not _person_before(ctx, lo, lo + m.start()):
            continue  # "Wisatawan mengunjungi desa itu ...": a visit only an official's makes an event
        start = lo + m.start(group)
        if group in _HANDED_KINDS:
            handed_out.append(lo + m.end(group))
        if start not in acts:
            objects[start] = (_ACTS[verb][0], lo + m.end(group))
            candidates.append((start, _ACTS[verb][1]))
    for m in _HELD_FIRST.finditer(before) if "perdana" in before else ():
        # "menggelar sekolah lapang perdana", "pasar murah perdana digelar": a first one held, whatever it is
        group = "what" if m.group("what") else "passive"
        start = lo + m.start(group)
        if start not in acts and start not in objects:
            objects[start] = ("", lo + m.end(group))
            candidates.append((start, "Event"))
    kinds_at = dict(candidates)
    for start, kind in sorted(candidates, key=lambda c: abs(nearest - c[0])):
        if _THEMED.search(ctx.text[max(0, start - 16) : start]) and not _opens_speech(ctx, start):
            continue  # the theme of an event, not the event
        if any(
            end < start
            and _MODIFIERS_BETWEEN.fullmatch(ctx.text, end, start)
            and kinds_at.get(opened) == kind
            for opened, end in triggers.items()
        ):
            # "sidang kabinet paripurna", "rapat kabinet paripurna": a word of the name of the gathering
            # the trigger just before opens
            continue
        if _FOR_THE_SAKE.search(ctx.text, max(0, start - 32), start) and any(
            s < start for s, _ in candidates
        ):
            continue  # "menggelar Apel X dalam rangka pengamanan Idul Fitri": what the event named before is for
        if (
            start in objects
            and _PURPOSE.search(ctx.text, max(0, start - 24), start)
            and any(s < start for s, _ in candidates)
        ):
            continue  # "meninjau Pasar X untuk memantau harga ...": what the act named before was for
        if start in by_means and any(s < start and s not in by_means for s, _ in candidates):
            continue  # "melanjutkan Safari Ramadan dengan menyambangi Masjid X": the event it is a way of
        if ctx.text[max(0, start - 1) : start] == "(":
            continue  # "Pemilihan Kepala Daerah (Pilkada) Serentak": an abbreviation, the name is before it
        if _right_after(ctx, handed_out, start):
            continue  # "mendistribusikan logistik Pemilu 2024": what the thing handed out is for
        if start in triggers and any(o < start for o in objects) and _PREPARING.search(ctx.text, 0, start):
            continue  # "meninjau persiapan Festival X": the act on the preparations, not the festival
        if kind == "Election" and _right_after(
            ctx, [end for opened, end in triggers.items() if opened < start], start
        ):
            continue  # "distribusi logistik Pilkada 2024", "sosialisasi Pilkada": the election the event is for
        if (
            _election_named_at(ctx.text, start)
            and _ELECTION_OF.search(ctx.text, max(0, start - 12), start)
            and any(opened < start and other != "Election" for opened, other in candidates)
            # (but "menjelang Pemilu 14 Februari 2024": the election's own day)
            and not _ELECTIONS_OWN_DAY.match(ctx.text, start, date.start)
        ):
            continue  # "debat publik ... pada Pemilihan Serentak 2024, Sabtu (26/10)": the election it is held in
        if ctx.text[max(0, start - 6) : start].lower() == "hasil " and re.search(
            r",| di ", ctx.text[min(start, nearest) : max(start, nearest)]
        ):
            continue  # "kepala daerah hasil Pilkada 2024 di ..., Kamis (20/2)": an earlier event, not the dated one
        if _IN_VENUE.search(ctx.text[max(0, start - 16) : start]):
            continue  # "di ruang sidang DPRD": a room, not a session
        if _DAYS_APART.search(ctx.text[max(0, start - 30) : start]) and not _OWN_DAY.match(
            ctx.text, start, date.start
        ):
            continue  # "Sehari sebelum konferensi pers, Senin (2/6)": another day's event
        if _AHEAD_OF.search(ctx.text[max(0, start - 30) : start]) and "," in ctx.text[start : date.start]:
            continue  # "Sebelum dibawa ke paripurna, pada Jumat (11/7) Pansus menggelar rapat": a later one's
        if _quoted_apart(ctx, start, date):
            continue  # "... akan kami proses melalui sidang tipiring," kata X, Selasa (16/9)
        k = ctx.token_index(start)
        if (
            start not in acts
            and 0 < k < len(ctx.tokens)
            and ctx.tokens[k].capitalised
            and ctx.tokens[k - 1].capitalised
            and ctx.tokens[k - 1].start >= lo
            and ctx.tokens[k - 1].bare not in lexicon.STOPWORDS
            and not _sentence_verb(ctx, k - 1, lo)
            and not _team_of(ctx, k, lo)
            and not _after_rank(ctx, start, lo)
        ):
            continue  # "Deklarasi Pemilu Damai": a trigger inside a longer name; the name's start is tried next
        if start in objects:
            noun, end = objects[start]
            end = _named_complement(ctx, end, hi)
            if kinds is None or kind in kinds:
                # "Pelantikan lima kepala daerah"; a first one held by its own words: "Sekolah Lapang Perdana"
                name = f"{noun} {ctx.text[start:end]}" if noun else display_name(ctx.text[start:end])
                return name, kind, start, end
            continue
        name, end = _name_from(ctx, start, hi)
        if start in short_starts:
            short = ctx.text[start : triggers[start]]
            words = shorts[short][0]
            name = (
                f"{words[:1].upper()}{words[1:]}{name.removeprefix(short)}"  # its words, not its short form
            )
        opening = lexicon.STOPWORDS - {"Rapat", "Apel", "Kegiatan", "Acara"}
        if start in acts or start in announced:
            # "meresmikan Desa Wisata Kopi ...", "usai acara Indonesia Maritim Week": what the act is of,
            # what "acara" calls an event
            opening -= lexicon.REGION_WORDS
        if start in acts and _named_month_or_day(name):
            # "mencanangkan Bulan Bakti Gotong Royong Masyarakat", "mencanangkan Hari Menanam X": a
            # campaign named as a month or a day, not the month ("Bulan Agustus")
            opening -= _MONTH_OR_DAY
        programme = _announced_programme(ctx, start, end, announced)  # ("kegiatan Jumat Curhat")
        # ("meninjau MPP": an act's object may be a short form of three letters)
        short_object = start in acts and len(name) == 3 and name.isupper()
        if (len(name) < 4 and not short_object) or (
            not programme
            and name.split()[0] in opening
            and not (start in triggers and " " in ctx.text[start : triggers[start]])
        ):
            continue  # (but a trigger of more words opens a name: "Hari Jadi ke-165 Kabupaten ...")
        if start in acts:
            # "meresmikan Pasar Rakyat ..." → "Peresmian Pasar Rakyat ...": the act names the event
            if ctx.entity_at(start, end, EntityType.PERSON):
                continue
            name = " ".join(w for w in (acts[start][0], display_name(holders[start]), name) if w)
            if holders[start]:
                kind = acts[start][1]  # "mengukuhkan pengurus Forum ...": an inauguration, not a forum
        elif _names_person(ctx, start, end) and not (
            (
                start in triggers
                and not ctx.entity_at(start, triggers[start], EntityType.PERSON)
                and _INTRODUCED.search(ctx.text[max(lo, start - 20) : start])
            )
            or (start in announced and not ctx.entity_at(start, ctx.tokens[k].end, EntityType.PERSON))
        ):
            # a person, or a title and its holder ("Kepala Bidang ..., Pengamanan ... Rindra Wardhana"),
            # not an event; but a trigger introduced as an event, or a name "acara" calls one, may name
            # one in its name ("usai acara Tasyakuran ... Gubernur Harjono Kusuma Bidang Kesejahteraan
            # Sosial", "dalam acara Capaian 1 Tahun Pemerintahan Presiden X Bidang ...")
            continue
        elif (
            kind == "Event" and _only_entity(ctx, start, end) and not programme and start not in short_starts
        ):
            continue
        if kind == "Event":
            trig = _TRIGGER.match(name)
            kind = _kind(trig.group("t")) if trig else "Event"
            if trig is None and start not in acts and any(w.casefold() in _NOT_EVENT for w in name.split()):
                continue  # "dalam Keputusan KPU Nomor 731": a document, not an event
        if kinds is not None and kind not in kinds:
            continue
        name = _nominal(name)
        theme = _THEME.match(ctx.text[end : min(end + 140, max(hi, end))])
        if theme:
            name = f"{name}: {theme.group('theme').strip()}"
        return name, kind, start, end
    return None


#: a first one of something held, in lower case and whatever it is ("perdana": the first), after a verb
#: of holding or before its passive: "menggelar sekolah lapang perdana", "pasar murah perdana digelar"
_HELD_FIRST = re.compile(
    rf"\b{_HOLDING_VERBS}\s+(?P<what>(?:[a-z]+\s+){{0,2}}[a-z]+\s+perdana)\b"
    r"|(?<![\w-])(?P<passive>(?:[a-z]+\s+){0,2}[a-z]+\s+perdana)(?=\s+(?:digelar|dilaksanakan|diadakan)\b)"
)
#: the rooms or facilities of a building, inspected while it is opened or visited: a step of that
#: gathering, no event of its own ("meninjau sejumlah ruang pelayanan", "melihat fasilitas")
_ROOMS = re.compile(r"(?:(?:sejumlah|beberapa|seluruh|setiap)\s+)?(?:ruang|ruangan|fasilitas)\b")
#: "tentang" and the words after it in a clause: the subject of a document named before
_ABOUT_BEFORE = re.compile(r"\btentang\b[^,.;]*$")
#: an event's words, then their short form in brackets: "Gerakan Pangan Murah (GPM)", "rapat dengar
#: pendapat (RDP)"
_DEFINED_SHORT = re.compile(r"((?:[\w-]+\s+){1,6})\(([A-Z][A-Za-z]{1,9})\)")
#: words no short form takes a letter of
_UNLETTERED = frozenset({"dan", "di", "ke", "dari", "untuk", "yang", "serta"})
#: a short form in brackets after a space: every definition ends at one
_SHORT_IN_BRACKETS = re.compile(r"\s\([A-Z][A-Za-z]{1,9}\)")
#: a character no definition's words hold: they start after the last one before the bracket
_NOT_WORDS = re.compile(r"[^\w\s-]")


def _definitions(text: str) -> Iterator[re.Match[str]]:
    """What ``_DEFINED_SHORT.finditer(text)`` finds, looked for back from each bracketed short form
    instead of tried at every character of the article (which took as long as tagging it).

    >>> [m.groups() for m in _definitions("Gerakan Pangan Murah (GPM), lalu rapat kerja (RK) (X)")]
    [('Gerakan Pangan Murah ', 'GPM'), ('lalu rapat kerja ', 'RK')]
    """
    stops = [m.start() for m in _NOT_WORDS.finditer(text)]  # (a definition found ends at one)
    for bracket in _SHORT_IN_BRACKETS.finditer(text):
        k = bisect_left(stops, bracket.start() + 1) - 1
        m = _DEFINED_SHORT.search(text, stops[k] + 1 if k >= 0 else 0, bracket.end())
        if m is not None:
            yield m


@lru_cache(maxsize=64)
def _short_triggers(text: str) -> dict[str, tuple[str, str]]:
    """The short forms the article defines for an event's words, all of them an event's word ("Gerakan
    Pangan Murah (GPM)"): each short form, the words it stands for (written as in its definition) and
    their event class."""
    found: dict[str, tuple[str, str]] = {}
    for m in _definitions(text):
        words, abbr = m.group(1).split(), m.group(2)
        for k in range(len(words)):
            phrase = words[k:]
            letters = "".join(w[0] for w in phrase if w.lower() not in _UNLETTERED).upper()
            written = " ".join(phrase)
            trigger = _TRIGGER.fullmatch(written)  # (not "Peninjauan Kembali (PK)": a legal remedy)
            if letters == abbr.upper() and trigger is not None:
                found.setdefault(abbr, (written, _kind(trigger.group("t"))))
                break
    return found


#: how many capitalised words before a celebration's trigger may open its name ("Batu Flower Carnival")
_RUN_REACH = 4


def _name_run_start(ctx: Context, start: int, end: int, lo: int) -> int | None:
    """Where the capitalised name a celebration's trigger at ``text[start:end]`` closes starts:
    ``Malang Flower Carnival 2023``, ``Jember Fashion Festival`` (a place may open it); none when
    the word before the trigger is no part of a name, or the trigger is inside a body's or a
    programme's name or a person's (``Badan Musyawarah``)."""
    if _kind(ctx.text[start:end]) != "Celebration" or ctx.entity_at(start, end):
        return None
    k = ctx.token_index(start)
    first = k
    while (
        first > 0
        and k - first < _RUN_REACH
        and ctx.tokens[first - 1].start >= lo
        and ctx.tokens[first - 1].capitalised
        and ctx.tokens[first - 1].bare not in lexicon.STOPWORDS
        and not ctx.entity_at(ctx.tokens[first - 1].start, ctx.tokens[first - 1].end, *_NOT_IN_NAMES)
    ):
        first -= 1
    if first > 0 and ctx.tokens[first - 1].start >= lo and ctx.tokens[first - 1].capitalised:
        return None  # "acara Indonesia Tani Expo": a longer name, whose start is a candidate of its own
    if _after_rank(ctx, start, lo):
        return None  # "menjadi Juara I Lomba Tari Kreasi": a rank won in the contest, no part of its name
    of_event = _OF_EVENT.search(ctx.text, max(lo, ctx.tokens[first].start - 40), ctx.tokens[first].start)
    if first == k or (of_event is not None and not of_event.group().casefold().startswith(_OPENING)):
        return None  # (but "pembukaan Sukamaju Expo 2024" opens the expo, the event itself)
    return ctx.tokens[first].start


def _after_rank(ctx: Context, start: int, lo: int) -> bool:
    """Whether a rank won stands right before ``start`` ("menjadi Juara I Lomba Tari Kreasi"): no part
    of the contest's name."""
    return lexicon.RANK_BEFORE.search(ctx.text, max(lo, start - lexicon.RANK_REACH), start) is not None


#: "Tim", "Tim I", "Tim 2": a team, then the name of what it goes about ("Tim I Safari Ramadan")
_TEAM = re.compile(r"\bTim(?:\s+(?:[IVX]{1,4}|\d{1,2}))?\s+\Z")


def _team_of(ctx: Context, k: int, lo: int) -> bool:
    """Whether token ``k``, an event's word, follows the word for a team sent to hold it ("Tim Safari
    Ramadan Pemkab X menyambangi Masjid ...", "Tim I Safari Ramadan"): the team goes by the event's
    name, which opens at the event's word."""
    start = ctx.tokens[k].start
    return _TEAM.search(ctx.text, max(lo, start - 12), start) is not None


#: what no festival's name holds: a person or a body ("Wali Kota Malang Festival ...")
_NOT_IN_NAMES = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.ROLE)


#: a passive verb ("Diawali", "Dimulai", "Dilanjutkan"); not "Menindaklanjuti Rapat X", an earlier event
_PASSIVE_VERB = re.compile(r"Di[a-z]{4,}")


def _sentence_verb(ctx: Context, k: int, lo: int) -> bool:
    """Whether token ``k`` opens the sentence starting at ``lo`` with a passive verb ("Diawali
    Rapat Paripurna ...", "Dilanjutkan Apel ..."), capitalised there only: no word of the event's name."""
    token = ctx.tokens[k]
    return not ctx.text[lo : token.start].strip(" \"“'‘") and _PASSIVE_VERB.fullmatch(token.bare) is not None


def _person_before(ctx: Context, lo: int, verb: int) -> bool:
    """Whether a person is named in ``text[lo:verb]``, the stretch of the sentence before an act."""
    return any(
        c.entity is not None and c.entity.type is EntityType.PERSON and lo <= c.start and c.end <= verb
        for c in ctx.claims_in(lo, verb)
    )


def _opens_speech(ctx: Context, start: int) -> bool:
    """Whether a quotation of speech opens at ``start`` (``"Penandatanganan MoU hari ini ...," kata
    X``): its quotation mark is no title's."""
    return any(
        q.start in {start, start - 1} and q not in ctx.quoted_titles and q.end > start for q in ctx.quotations
    )


def _passive_act(ctx: Context, sentence: Sentence, date: DateMention) -> tuple[str, str, int, int] | None:
    """The event a passive act before the date names: ``Festival Kali Bening resmi dibuka di Desa X,
    Sabtu (3/5)`` → ``Pembukaan Festival Kali Bening``; ``Program Bakti Desa (PBD) ke-12 Tahun 2025 resmi
    dibuka`` → ``Pembukaan PBD ke-12``. The thing acted on is the capitalised run right before the verb,
    or before a clause saying where it was held (``Program X ke-19 yang dilaksanakan di Desa Y, resmi
    ditutup``);
    an opening or closing must be of a gathering or programme and said to be official ("resmi"): a
    road or a registration opened is no event. Not an act spoken of as earlier or planned
    (``program yang diluncurkan``, ``akan dibuka``)."""
    for m in _PASSIVE.finditer(ctx.text, sentence.start, date.start):
        noun, kind, obj = _PASSIVES[m.group("verb")]
        lead = _PASSIVE_LEAD.search(ctx.text, sentence.start, m.start())
        if lead is not None and lead.group("earlier") == "yang" and obj == "handed":
            won = _award_won_before(ctx, sentence, lead.start())
            if won is not None and not cues.NOT_NOW.search(
                ctx.text, m.end(), min(sentence.end, date.end + 12)
            ):
                # "meraih penghargaan X ..., yang diserahkan di Jakarta pada Selasa (3/12)": that day's handing over
                return f"{noun} {won.name}", kind, won.span.start, won.span.end
            continue
        # ("Festival X 2019 akan ditutup Minggu (14/7) malam": an event's opening or closing its own clause
        # dates, official or not, planned for that day)
        dated_event = (
            obj == "event" and _DATED_RIGHT_AFTER.fullmatch(ctx.text, m.end(), date.start) is not None
        )
        # ("Program X itu dibuka oleh Bupati Y ...": opened by an official named by title, as "resmi" says)
        by_official = obj == "event" and _by_an_official(ctx, m.end(), date.start)
        if lead is None or (
            obj in {"event", "official"} and not lead.group("resmi") and not dated_event and not by_official
        ):
            continue
        if lead.group("earlier") and not (
            # "Gerakan X (GX) yang dicanangkan Bupati Y pada Senin, 13 Januari 2025, di ...": an act its
            # clause dates, no earlier one
            (lead.group("earlier") == "yang" and obj == "name" and _dated_by(ctx, m, date))
            or (lead.group("earlier") == "akan" and dated_event)
        ):
            continue
        if cues.NOT_NOW.search(ctx.text, m.end(), min(sentence.end, date.end + 12)):
            continue
        if obj == "handed":
            handed = (
                _handed_award(ctx, m, lead.start(), date, pointed=bool(lead.group("pointer")))
                or _handed_document(ctx, m, lead.start(), date)
                or _handed_aid(ctx, m, sentence, lead.start(), date)
            )
            if handed is not None:
                return f"{noun} {handed[0]}", kind, handed[1], handed[2]
            continue
        if obj == "paraded":
            continue  # (before or after the date: _paraded)
        if obj == "signed":
            signed = _AGREEMENT_ACTED_ON.search(ctx.text, sentence.start, lead.start())
            if signed is not None:
                # "Nota kesepahaman (MoU) ditandatangani langsung oleh Bupati X dan Rektor Y, Rabu (12/7)"
                return f"{noun} {signed.group('thing')}", kind, signed.start("thing"), signed.end("thing")
            continue
        if obj == "installed":
            installed = _INSTALLED.match(ctx.text, sentence.start, lead.start())
            if installed is not None:
                # "Sebanyak 27 kepala desa hasil Pilkades Serentak 2022 resmi dilantik oleh Bupati X, ...,
                # Senin (6/3)": the inauguration of who the sentence opens with
                who = " ".join(installed.group("who").split())
                return f"{noun} {who}", kind, installed.start("who"), installed.end("who")
            continue
        if obj == "guest":
            guest = _GUEST.match(ctx.text, sentence.start, m.start())
            if guest is not None:
                # "Rombongan Desa Wisata X, ..., disambut meriah di Balai Kota, Senin (14/10)"
                group = "guest" if guest.group("guest") else "returned"
                return f"{noun} {guest.group(group)}", kind, guest.start(group), guest.end(group)
            continue
        if lead.group("pointer") and not by_official:
            pointed = _programme_pointed_at(ctx, sentence, lead.start()) if obj == "name" else None
            if pointed is not None:
                # "... melalui program X (Y). Program tersebut diluncurkan oleh Wali Kota ... pada Sabtu
                # pagi": the launch of the programme the word and its pointer stand for
                programme, at = pointed
                return f"{noun} {programme.name}", kind, at, lead.start() + len(lead.group().rstrip())
            continue  # "Gedung ini diresmikan ...": the name stands before the pointer, not in the run
        # the capitalised run before the verb, last word first (a unit's number: "Kodim 0207/Dairi")
        run: list[Token] = []
        where = _HELD_WHERE.search(ctx.text, sentence.start, lead.start()) or _SET_OFF_REGIONS.search(
            ctx.text, sentence.start, lead.start()
        )
        i = ctx.token_index(lead.start() if where is None else where.start()) - 1
        while i >= 0 and ctx.tokens[i].start >= sentence.start:
            t = ctx.tokens[i]
            if not (
                t.capitalised
                or t.text[:1].isdigit()
                or t.text in {"(", ")"}
                or re.fullmatch(r"ke-(?:\d+|[IVXLC]+)", t.text)
                or (t.text == "/" and i > 0 and ctx.tokens[i - 1].text[:1].isdigit())
                # (a level inside the name: "MTQ ke-XXXI tingkat Kabupaten X resmi dibuka")
                or (t.text == "tingkat" and run and run[-1].capitalised)
            ):
                break
            run.append(t)
            i -= 1
        run.reverse()
        while run and (run[0].bare in lexicon.STOPWORDS or not run[0].capitalised):
            run.pop(0)  # "Kemarin, ...", "Tahun ini ...": no part of the name
        while len(run) > 1 and run[0].bare in _STAGING_WORDS:
            run.pop(0)  # "Gelaran Festival X resmi berakhir": the festival's staging, no part of its name
        if not run:
            continue
        start, end = run[0].start, run[-1].bare_end
        thing = ctx.text[start:end]
        words = thing.split()
        if ctx.entity_at(start, end, EntityType.PERSON):
            continue
        if (
            obj == "name"
            and len(run) == 1
            and start == sentence.start
            and (pointed := _programme_pointed_at(ctx, sentence, lead.start())) is not None
        ):
            # "... memperkenalkan Layanan X (Y). Layanan yang diluncurkan Selasa (5/3) itu ...": the programme
            # the word opening the sentence stands for
            return f"{noun} {pointed[0].name}", kind, start, end
        if obj == "event" and not (_TRIGGER.search(thing) or words[0] in lexicon.PROGRAM_OPENINGS):
            continue
        spelled = _SPELLED_OUT.fullmatch(thing)
        if spelled:
            thing = spelled.group("abbr") + spelled.group("rest")
        thing = _NAMED_YEAR.sub("", thing).strip()
        if len(thing) < 3:
            continue
        return f"{noun} {thing}", kind, start, end
    return None


#: after a passive verb, the word before its doer: "dibuka langsung oleh ...", "ditutup oleh ..."
_BY = re.compile(r"\s+(?:(?:secara\s+)?langsung\s+)?oleh\s+")


def _by_an_official(ctx: Context, verb_end: int, stop: int) -> bool:
    """Whether the doer of the passive verb ending at ``verb_end`` is an official named by the title the
    article's titles read ("dibuka langsung oleh Wakil Wali Kota X", "ditutup oleh Pj. Bupati Y")."""
    by = _BY.match(ctx.text, verb_end, stop)
    return by is not None and ctx.mentioned_starting_at(by.end(), EntityType.ROLE) is not None


def _dated_by(ctx: Context, verb: re.Match[str], date: DateMention) -> bool:
    """Whether ``date`` dates the act of a passive verb in its own clause: "yang dicanangkan Bupati Y pada
    Senin, 13 Januari 2025" (its doer may stand between)."""
    return _DATED_ACT.fullmatch(ctx.text, verb.end(), date.start) is not None


#: a passive verb's day right after it ("ditutup Minggu (14/7)", "dibuka secara resmi pada Jumat"), no doer or
#: means between ("ditutup dengan hiburan rakyat pada Minggu": the closing act is another event)
_DATED_RIGHT_AFTER = re.compile(rf"(?:\s+secara\s+resmi)?\s+(?:pada\s+)?(?:hari\s+)?{_A_WEEKDAY}")
#: between a passive verb and the day of its act: its doer, then "pada" and the weekday ("... oleh Bupati
#: Y pada Kamis, "), its doer and where, then the weekday after a comma ("... Wakil Bupati Y di Aula
#: Kantor Camat Z, Senin (20/10)"), or the day right after the verb ("Layanan yang diluncurkan
#: Selasa (5/3) itu")
_DATED_ACT = re.compile(
    r"(?:\s+(?:oleh\s+)?[^\s,.;()]+(?:\s+[^\s,.;()]+){0,6}?(?=\s+pada\s)"
    r"|\s+(?:oleh\s+)?[^\s,.;()]+(?:\s+[^\s,.;()]+){0,6}?\s+di\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,7}?,)?"
    rf"{_DATED_RIGHT_AFTER.pattern}"
)
#: words for an event's staging written before its name ("Gelaran Festival X", "Perhelatan Y", "Rangkaian Gawai X")
_STAGING_WORDS = frozenset({"Gelaran", "Perhelatan", "Helatan", "Rangkaian"})


def _programme_pointed_at(ctx: Context, sentence: Sentence, lead: int) -> tuple[Entity, int] | None:
    """The programme a programme's word and a pointer right before ``lead`` stand for ("Program
    tersebut", "Layanan ini"): the last the article named before ``sentence``, and where the word
    stands; or the one named right before the pointer ("Layanan X (Y) itu"), and where it is named;
    None for another word."""
    k = ctx.token_index(lead) - 1
    if k < 0 or ctx.tokens[k].start < sentence.start:
        return None
    # "Layanan Libur Dukcapil (Lalidu) itu diluncurkan ...": the programme named right
    # before the pointer (its nickname in brackets after it)
    before = ctx.text[sentence.start : ctx.tokens[k].end]
    bracket = _NICKNAME_AFTER.search(before)
    end = sentence.start + (bracket.start() if bracket is not None else len(before))
    right_before = ctx.mentioned_ending_at(end, EntityType.PROGRAM)
    if right_before is not None:
        return right_before, next(m.span.start for m in right_before.mentions if m.span.end == end)
    if ctx.tokens[k].bare.capitalize() not in lexicon.PROGRAM_OPENINGS | lexicon.PROGRAM_NICKNAMED_HEADS:
        return None
    named = ctx.mentions_before(sentence.start, EntityType.PROGRAM)
    return (named[-1][1], ctx.tokens[k].start) if named else None


#: a programme's nickname in brackets ending a stretch ("... (Lalidu)")
_NICKNAME_AFTER = re.compile(r"\s*\([^()]{1,40}\)\s*$")


#: "ke TPS pada Rabu (17/4/2019)", "menyalurkan hak pilih di tempat pemungutan suara pada hari",
#: "agar menjatuhkan pilihan pada 9 Desember": voters called to the polling stations, or to make
#: their choice, on a day: the day of the vote
_TO_THE_POLLS = re.compile(
    r"(?:\b(?:ke|di)\s+(?:TPS|tempat\s+pemungutan\s+suara(?:\s+\(TPS\))?)(?:\s+masing-masing)?"
    r"|\b(?:menentukan|menjatuhkan)\s+pilihan(?:nya)?)"  # "agar menjatuhkan pilihan pada 9 Desember"
    r"\s+pada\s+(?:hari\s+)?\Z"
)


#: the vote named right before its day, whatever lies between its name and the day: "sebelum
#: pemungutan suara pada Rabu, 27 November 2024", "setelah pemungutan suara Pilkada Serentak 27
#: November 2024", "tahapan pemungutan dan penghitungan suara pada Rabu (27/11/2024)"; not its
#: results' day ("rekapitulasi hasil pemungutan suara pada ...") nor a re-vote's ("pemungutan suara ulang")
_VOTE_NAMED = re.compile(
    r"(?<!hasil )\b[Pp]emungutan(?:\s+dan\s+penghitungan)?\s+suara(?!\s+ulang\b)(?:\s+[^,.;()]{0,120}?)?"
    rf"\s+(?:pada\s+(?:hari\s+)?|tanggal\s+)?{_A_WEEKDAY}\Z"
)


def _polling_day(ctx: Context, sentence: Sentence, date: DateMention) -> tuple[str, str, int, int] | None:
    """``warga diajak ke TPS pada Rabu (17/4/2019)``, ``sebelum pemungutan suara pada Rabu, 27 November
    2024``: the day voters go to the polling stations, or the vote's named right before its day, is
    the vote's (``Pemungutan suara``), whatever the sentence tells of it; of the one election the
    article names with that year (``Pemungutan suara Pilkada Dairi 2024``)."""
    polls = _TO_THE_POLLS.search(
        ctx.text, max(sentence.start, date.start - 80), date.start
    ) or _VOTE_NAMED.search(ctx.text, max(sentence.start, date.start - 160), date.start)
    if polls is None:
        return None
    year = date.value[:4]
    named = {m.group() for m in _ELECTION_WITH_YEAR.finditer(ctx.text) if m.group("year") == year}
    election = f" {named.pop()}" if len(named) == 1 else ""
    return f"Pemungutan suara{election}", "Election", polls.start(), polls.end()


def _emergency_status(
    ctx: Context, sentence: Sentence, date: DateMention
) -> tuple[str, str, int, int] | None:
    """``menetapkan status tanggap darurat bencana banjir selama tujuh hari, terhitung 18 hingga 24
    Desember 2023``: a state of emergency declared from a day, an event of that day (its end the
    period's), named with the disaster the article declares it for and the region it is declared in;
    not one only planned (``direncanakan berlaku mulai ...``, ``akan berlaku mulai ...``)."""
    status = _STATUS_FROM.search(ctx.text, sentence.start, date.start)
    if status is None or cues.NOT_NOW.search(ctx.text, status.start(), date.start):
        return None  # ("status siaga darurat direncanakan berlaku mulai ...": not declared yet)
    declared = _STATUS_FOR.search(ctx.text)
    what = f" {' '.join(declared.group('what').split())}" if declared is not None else ""
    region = f" {ctx.jurisdiction}" if ctx.jurisdiction else ""
    name = f"Status {status.group('level').lower()} darurat{what}{region}"
    return name, "Event", status.start(), status.end("status")


#: a state of emergency, then the day it holds from, in one sentence: "status tanggap darurat ... selama
#: 14 hari, terhitung sejak 16 Januari 2025", "status siaga darurat berlaku mulai 1 Agustus 2024"
_STATUS_FROM = re.compile(
    rf"\b(?P<status>status\s+(?P<level>tanggap|siaga|transisi)\s+darurat)\b{_SAME_SENTENCE}*?"
    r"\b(?:terhitung(?:\s+(?:sejak|mulai))?|sejak|mulai|berlaku(?:\s+(?:sejak|mulai))?)(?:\s+tanggal)?\s*$",
    re.IGNORECASE,
)
#: the disaster a state of emergency is declared for ("status tanggap darurat bencana banjir"), up to a
#: word that opens what follows it
_STATUS_FOR = re.compile(
    r"\bstatus\s+(?:tanggap|siaga|transisi)\s+darurat\s+(?P<what>bencana"
    r"(?:\s+(?!(?:selama|menyusul|setelah|yang|di|untuk|karena|akibat|sejak|terhitung|mulai|pada|hingga|sampai"
    r"|oleh|melalui|berlaku|dengan|agar|sehingga|serta)\b)[a-z]+){1,5})",
    re.IGNORECASE,
)


#: an election's name with its year: "Pilkada Dairi 2024", "Pemilihan Serentak 2024", "Pemilu 2024"
_ELECTION_WITH_YEAR = re.compile(
    r"\b(?:Pilkada|Pemilu|Pilpres|Pileg|Pilgub|Pilbup|Pilwali|Pilwalkot|Pilkades|Pemilihan)"
    r"(?:\s+(?:[A-Z][\w/-]*|dan))*?\s+(?P<year>(?:19|20)\d\d)\b"
)


def _award_named_before(ctx: Context, at: int, since: int = 0) -> Award | None:
    """The award the article named last before offset ``at`` (and from ``since`` on), if any."""
    named = [a for a in ctx.awards if since <= a.span.start and a.span.end <= at]
    return max(named, key=lambda a: a.span.end) if named else None


def _award_won_before(ctx: Context, sentence: Sentence, at: int) -> Award | None:
    """The last award the sentence names as won before offset ``at``, its clause set off by a comma
    ("meraih penghargaan X, predikat tertinggi ..., yang diserahkan ..."), if any."""
    if not ctx.text[sentence.start : at].rstrip().endswith(","):
        return None
    return _award_named_before(ctx, at, sentence.start)


#: right before an award's name, a verb saying it was conferred on the one named before it: "X
#: dinobatkan sebagai Juara I ...", "X ditetapkan sebagai peringkat II ...", "X meraih/menerima ..."
#: (the award's span may open at the rank's number, after "Juara")
_CONFERRED = re.compile(
    r"\b(?:(?:dinobatkan|ditetapkan|dinyatakan)\s+(?:sebagai|menjadi)|dianugerahi|meraih|menerima|memperoleh"
    r"|mendapatkan|mendapat|menyabet)\s+(?:(?:penghargaan|predikat|gelar)\s+)?(?:[Jj]uara\s+|[Pp]eringkat\s+)?$"
)


def _award_conferred(ctx: Context, sentence: Sentence, date: DateMention) -> tuple[str, str, int, int] | None:
    """``Pada 14 Maret 2022, Desa X dinobatkan sebagai Juara I Lomba Desa ...``, ``Dalam acara di Palu,
    Rabu (15/1/2025), X dinobatkan sebagai peringkat pertama Paritrana Award ...``: the award the
    sentence says was conferred on its date, right after the verb that confers it, is handed over
    that day (``Penyerahan <award>``); not one to come."""
    if cues.NOT_NOW.search(ctx.text, sentence.start, sentence.end):
        return None
    for award in ctx.awards:
        start, end = award.span.start, award.span.end
        if not sentence.start <= start < sentence.end:
            continue
        if _CONFERRED.search(ctx.text, max(sentence.start, start - 60), start) is not None:
            return f"Penyerahan {award.name}", "Ceremony", start, end
    return None


def _paraded(ctx: Context, sentence: Sentence, date: DateMention) -> tuple[str, str, int, int] | None:
    """``Rabu (20/11/2024) pagi, trofi Swasti Saba Wistara diarak dari Bandara ... menuju Kantor Wali
    Kota``: an award named after its head word, paraded (a passive act whose object is "paraded" in
    event-passive-acts.tsv), before or after the date in its sentence, is the event of that day: ``Kirab Trofi Swasti Saba Wistara``.
    A parade planned ("akan diarak") is of the date written after it."""
    for m in _PASSIVE.finditer(ctx.text, sentence.start, sentence.end):
        noun, kind, obj = _PASSIVES[m.group("verb")]
        if obj != "paraded" or (
            # a parade to come is of the date after it ("akan diarak ... pada Sabtu (16/11)"), not
            # of one before ("diterima Selasa (12/11) dan akan diarak"): no day of its own
            cues.NOT_NOW.search(ctx.text, sentence.start, m.start()) and date.start < m.end()
        ):
            continue
        acted = _AWARD_ACTED_ON.search(ctx.text, max(sentence.start, m.start() - 120), m.start())
        if acted is None:
            continue
        start, end = acted.span("thing")
        thing = ctx.text[start:end]
        if " " not in thing:  # "Piala dan piagam penghargaan itu kemudian diarak": the award named before
            named = _award_named_before(ctx, start)
            if named is None:
                continue
            # (with the word that points to it, unless its name opens with an award's head word: "Kirab
            # Piala Juara I ...", "Kirab Piala Adipura")
            opens = named.name.split()[0]
            thing = named.name if opens in lexicon.AWARD_HEADS else f"{thing} {named.name}"
        return f"{noun} {thing[:1].upper()}{thing[1:]}", kind, start, end
    return None


def _handed_award(
    ctx: Context, verb: re.Match[str], lead: int, date: DateMention, *, pointed: bool = False
) -> tuple[str, int, int] | None:
    """The award a passive act hands over, with its span: ``Penghargaan tersebut diserahkan langsung
    oleh Menteri ... kepada Bupati ..., Selasa (10/6/2025)`` → ``Penghargaan Adipura Kencana`` when the
    article named the award before (``meraih penghargaan Adipura Kencana``), else ``Penghargaan``.
    Only when someone is said to hand it over or take it (a capitalised name or title right after
    the verb), not in a quotation dated by the statement around it, and not when the gathering it
    was handed over at is named after it (that names the event)."""
    if not (_HANDED.match(ctx.text, verb.end()) or _taken_by_name(ctx, verb)) or _quoted_apart(
        ctx, verb.start(), date
    ):
        return None
    if _event_phrase(ctx, verb.end(), date.start, date) is not None:
        return None  # "Penghargaan diterima ... pada malam Anugerah X 2025": the gathering named after it
    acted = _AWARD_ACTED_ON.search(ctx.text, max(0, lead - 120), lead)
    if acted is None and pointed:  # ("Penghargaan berupa ... itu diserahkan": the lead points back)
        acted = _AWARD_SAID.search(ctx.text, max(0, lead - 120), lead)
    if acted is None:
        return None
    start, end = acted.span("thing")
    thing = ctx.text[start:end]
    thing = thing[:1].upper() + thing[1:]
    if " " not in thing:  # a bare "Penghargaan": the award the article named before
        named = _award_named_before(ctx, start)
        if named is not None:
            words = named.name.split()
            head = next((i for i, w in enumerate(words) if w in _AWARD_HEADS), None)
            # "Juara pertama Penghargaan Pembangunan Daerah 2024" -> from its head word on
            thing = " ".join(words[head:]) if head is not None else f"{thing} {' '.join(words)}"
    return thing, start, end


#: "... dan diterima langsung oleh Wali Kota X": who took what was handed over, named later in the sentence
_TAKEN_BY = re.compile(r"\bditerima\s+(?:langsung\s+|secara\s+langsung\s+)?oleh\s+(?=[A-Z])")


def _taken_by_name(ctx: Context, verb: re.Match[str]) -> bool:
    """Whether the sentence of a passive act of handing over (``verb``) names who took it after the
    place and day ("Penghargaan diserahkan di Jakarta pada Selasa (5/8) dan diterima langsung oleh
    Wali Kota X")."""
    sentence = containing(ctx.sentences, verb.start())
    return sentence is not None and _TAKEN_BY.search(ctx.text, verb.end(), sentence.end) is not None


#: "(LHP) diserahkan di Aula BPK ...": a document handed over at a named place
_AT_A_VENUE = re.compile(r"\s+di\s+(?=[A-Z])")


def _handed_document(
    ctx: Context, verb: re.Match[str], lead: int, date: DateMention
) -> tuple[str, int, int] | None:
    """The document a passive act hands over, with its span: ``Laporan Hasil Pemeriksaan (LHP)
    diserahkan Kepala BPK ... kepada Wali Kota ..., Rabu (22/5/2024)`` → ``Laporan Hasil
    Pemeriksaan``. Only a document of handed-documents.tsv, right before the verb, with someone said
    to hand it over or take it, or the place it was handed over at ("diserahkan di Aula ..."),
    not in a quotation dated by the statement around it, and not when it was handed over at a
    gathering named after the verb (``... dalam Rapat Paripurna DPRD ...``: that names the event)."""
    handed = _HANDED.match(ctx.text, verb.end()) or _AT_A_VENUE.match(ctx.text, verb.end())
    if not handed or _handed_apart(ctx, verb, date):
        return None
    acted = _DOCUMENT_ACTED_ON.search(ctx.text, max(0, lead - 120), lead)
    if acted is None:
        return None
    start, end = acted.span("thing")
    return re.sub(r"\s*\([^)]*\)", "", ctx.text[start:end]), start, end


#: aid opening a sentence, up to a passive verb of handing it over (and its lead): "Bantuan bibit
#: kopi (itu) diserahkan ...", lower-case words of what it is after the aid word; or what it is made
#: of listed after "berupa", numbers and all ("Bantuan berupa 40 ekor sapi, 1.000 bibit durian dan
#: pakan ternak tersebut diserahkan ...")
_AID_ACTED_ON = re.compile(
    rf"\W*(?P<thing>(?i:{lang.alternation(lang.words('aid-objects', casefold=True))})"
    rf"(?:\s+{_OBJECT_WORD}){{0,4}})"
    r"(?:\s+berupa\s+(?:[^.;:\"“”()]|(?<=\d)\.(?=\d)){1,200}?)?\s+"
)
#: who hands aid over, after the passive verb ("diserahkan langsung oleh Camat ...", "... secara simbolis oleh")
_HANDED_BY = re.compile(r"\s+(?:(?:secara\s+)?(?:simbolis|langsung)\s+)*oleh\s+(?=[A-Z])")


def _handed_aid(
    ctx: Context, verb: re.Match[str], sentence: Sentence, lead: int, date: DateMention
) -> tuple[str, int, int] | None:
    """The aid a passive act hands over, opening the sentence, with its span: ``Bantuan bibit kopi
    tersebut diserahkan langsung oleh Bupati ..., Kamis (8/7)`` → ``bantuan bibit kopi``.
    Only a thing of aid-objects.tsv, with the one who hands it over named after the verb, and (as for
    :func:`_handed_document`) not in a quotation dated by the statement around it, nor when it was
    handed over at a gathering named after the verb."""
    acted = _AID_ACTED_ON.fullmatch(ctx.text, sentence.start, lead)
    if acted is None or _HANDED_BY.match(ctx.text, verb.end()) is None or _handed_apart(ctx, verb, date):
        return None
    start, end = acted.span("thing")
    return ctx.text[start:end].lower(), start, end


def _handed_apart(ctx: Context, verb: re.Match[str], date: DateMention) -> bool:
    """Whether a passive verb of handing over names no handing over of its own that day: spoken of in
    a quotation dated only by the statement around it, or done at a gathering named after the verb
    ("... diserahkan ... dalam Rapat Paripurna ...", which names the event)."""
    return (
        _quoted_apart(ctx, verb.start(), date) or _event_phrase(ctx, verb.end(), date.start, date) is not None
    )


#: "Selasa (19/11), Satlantas ... dengan kegiatan Polisi Sahabat Pelajar di ...": a gathering the
#: sentence calls by its name after "kegiatan", "acara" or "agenda"
_CALLED = re.compile(r"\b(?:[Aa]cara|[Kk]egiatan|[Aa]genda)\s+(?=[A-Z])")
#: "(Pada Jumat (24/5),) Jatim menerima Penghargaan ...": an award received that day, handed over
_RECEIVED = re.compile(r"\bmenerima\s+(?:[Pp]enghargaan|[Tt]rofi|[Pp]iala|[Aa]nugerah)\b")


#: an activity given its name after a generic word ("Kegiatan bertajuk Gebyar Pelayanan Keliling
#: (Gepeling) itu digelar di ..."), then a verb of holding it
_TITLED_ACTIVITY = re.compile(
    r"\b(?:[Kk]egiatan|[Aa]cara|[Aa]genda)\s+(?:yang\s+)?(?:bertajuk|bertema|bernama|berjudul)\s+"
    r"(?P<name>[A-Z][\w'-]*(?:\s+(?:[A-Z0-9][\w'/-]*|dan|di|ke|untuk|bagi))*(?:\s+\([A-Z][\w-]*\))?)"
    r"(?:\s+(?:tersebut|itu|ini))?\s+(?:akan\s+)?(?:digelar|dilaksanakan|diselenggarakan|dipusatkan|diadakan|berlangsung)\b"
)


def _titled_activity(ctx: Context, sentence: Sentence, date: DateMention) -> tuple[str, str, int, int] | None:
    """``Kegiatan bertajuk Gebyar Pelayanan Keliling (Gepeling) itu digelar di X, Rabu (31/1)``:
    the activity by the name it is given, held on the date after it (its kind by a trigger in the name)."""
    m = _TITLED_ACTIVITY.search(ctx.text, sentence.start, date.start)
    if m is None or any(m.end() <= d.start < date.start for d in ctx.dates):
        return None
    trigger = _TRIGGER.search(m.group("name"))
    return m.group("name"), _kind(trigger.group("t")) if trigger else "Event", m.start("name"), m.end("name")


#: a service's first day held: "Layanan pertama dilaksanakan di Balai Desa X, pada Kamis, 7 Maret"
_FIRST_SERVICE = re.compile(
    r"(?P<head>(?:[Ll]ayanan|[Pp]elayanan)\s+(?:perdana|pertama))\s+(?:(?:ini|tersebut)\s+)?"
    r"(?:digelar|dilaksanakan|dibuka|diselenggarakan|berlangsung|dimulai)\b"
)
#: how many sentences back the service a first day is of may be named
_FIRST_SERVICE_REACH = 2


def _first_service(ctx: Context, sentence: Sentence, date: DateMention) -> tuple[str, str, int, int] | None:
    """``... memulai layanan Dukcapil Sapa Desa ... . Layanan pertama dilaksanakan di Balai Desa X, pada
    Kamis (7/3)``: the first day of the service the sentences just before name as a programme (the nearest),
    an event of that date ("Layanan Pertama Dukcapil Sapa Desa")."""
    m = _FIRST_SERVICE.match(ctx.text, sentence.start)
    if m is None or m.end() > date.start:
        return None
    k = _position(ctx, sentence)
    since = ctx.sentences[max(0, k - _FIRST_SERVICE_REACH)].start
    named = [e for at, e in ctx.mentions_before(sentence.start, EntityType.PROGRAM) if at >= since]
    if not named:
        return None
    return f"{display_name(m.group('head'))} {named[-1].name}", "Launch", m.start(), m.end("head")


#: what may open a sentence before the date it opens with: nothing, or a lead-in of time ("Sehari
#: kemudian,", "Pekan berikutnya,")
_LEAD_IN = re.compile(r"(?:[A-Z][a-z]*(?:\s+[a-z]+){0,3}\s*,\s*)?")
#: a named event the lead sentence says what was done in: "... menetapkan dua prioritas dalam Musrenbang X"
_HELD_IN_NAMED = re.compile(r"\bdalam\s+(?=[A-Z])")


def _leads(ctx: Context, sentence: Sentence, date: DateMention) -> bool:
    """Whether ``date`` is the dateline's (:func:`kg.extract.furniture.dates_the_dateline`) or opens its
    sentence, after a lead-in of time at most ("Sehari kemudian, Rabu (14/3/2025), ...")."""
    return furniture.dates_the_dateline(ctx.text, date.start, date.end) or (
        _LEAD_IN.fullmatch(ctx.text, sentence.start, date.start) is not None
    )


def _held_after(ctx: Context, sentence: Sentence, date: DateMention) -> tuple[str, str, int, int] | None:
    """The event a date opens the sentence for: ``Senin (12/3), Pemkot menggelar rapat koordinasi ...``.

    Only when the rest of the sentence says the event is held (``menggelar``, ``dilaksanakan``,
    ``berlangsung``) or holds an act that names it (``meresmikan Pasar ...``, ``menerima
    Penghargaan ...``), or the date is the dateline's or opens its sentence and the sentence tells
    what was done in a named event (``Tarutung, 14/3 (ANTARA) - Pemkab menetapkan ... dalam
    Musrenbang ...``, ``Sehari kemudian, Rabu (14/3), X dibahas dalam Rapat ...``), and names no
    later date, whose event the phrase would be. One planned for the date (``Selasa (28/1) besok,
    BNNK dijadwalkan menggelar sosialisasi ...``) is an event of that date too (:func:`_planned`
    keeps it from being the article's main one).
    """
    rest = ctx.text[date.end : sentence.end]
    if not (
        _HELD.search(rest)
        or (_HELD_IN_NAMED.search(rest) and _leads(ctx, sentence, date))
        or _ACT.search(rest)
        or _ACT_LOWER.search(rest)
        or _RECEIVED.search(rest)
        or _CALLED.search(rest)
    ):
        return None
    if any(date.end <= d.start < sentence.end for d in ctx.dates):
        return None
    return _event_phrase(ctx, date.end, sentence.end, date, nearest=date.end)


#: right after a date, what the day's scene was part of: "..., Jumat (14/7/2023) sore, saat pembukaan
#: Festival X", "..., Senin (21/10/2024), dalam rapat koordinasi Tim X" (the time of day, then
#: "saat"/"ketika"/"dalam" and the event)
_DURING_AFTER = re.compile(
    r"(?:\s+(?:pagi|siang|sore|malam))?\s*,?\s*(?:saat|ketika|tatkala|dalam)\s+(?!(?:di|itu|yang|ini)\b)"
)


#: right after a date, what a beginning said before it was made with: "Tahap pertama dimulai Kamis (8/7)
#: dengan pelepasan 12 tim ...", "... diawali Sabtu (3/5) pagi (ditandai) dengan apel ..."
_BEGUN_WITH = re.compile(r"(?:\s+(?:pagi|siang|sore|malam))?\s*,?\s*(?:ditandai\s+)?dengan\s+")
#: a verb of beginning, before the date in its sentence
_BEGUN = re.compile(r"\b(?:dimulai|diawali)\b")


def _during_after(ctx: Context, sentence: Sentence, date: DateMention) -> tuple[str, str, int, int] | None:
    """The event the scene a date closes was part of, named right after it (an event's word first or
    second after "saat" or "dalam", or a name): ``Ribuan warga memadati Lapangan X, Jumat (14/7/2023)
    sore, saat pembukaan Festival Budaya X 2023``, ``Trofi itu dilaporkan kepada Wakil Bupati di
    Kantor Bupati, Senin (21/10/2024), dalam rapat koordinasi Tim X``; or what a beginning said
    before the date was made with (``Tahap pertama dimulai Kamis (8/7) dengan pelepasan 12 tim ...``)."""
    during = _DURING_AFTER.match(ctx.text, date.end, sentence.end) or (
        _BEGUN_WITH.match(ctx.text, date.end, sentence.end)
        if _BEGUN.search(ctx.text, sentence.start, date.start)
        else None
    )
    if during is None:
        return None
    second = re.match(r"\S+\s+", ctx.text[during.end() : sentence.end])
    if not (
        _TRIGGER.match(ctx.text, during.end())
        or (second is not None and _TRIGGER.match(ctx.text, during.end() + second.end()))
        or ctx.text[during.end() : during.end() + 1].isupper()
    ):
        return None  # ("..., 27 Juni 2025 saat pelaku mengajak korban bertemu": what happened, no event)
    return _event_phrase(ctx, during.end(), sentence.end, date, nearest=during.end())


#: "Gerakan Sabtu Bersih perdana kemudian digelar pada": a sentence opening with what was held, said
#: to be held right before its date
_OPENS_HELD = re.compile(
    r"\W*(?P<name>[A-Z][\w-]*(?:\s+[\w()-]+){0,6}?)\s+(?:(?:perdana|pertama|kemudian|akan|juga|pun|kembali)\s+)*"
    rf"{_WAS_HELD}\s+(?:pada\s+)?(?:hari\s+)?$"
)


def _opened_and_held(ctx: Context, sentence: Sentence, date: DateMention) -> tuple[str, str, int, int] | None:
    """``Gerakan Sabtu Bersih perdana kemudian digelar pada Sabtu (21/6/2025) di ...``: a gathering, a
    movement or a drive that opens the date's sentence and is said to be held on that date."""
    opened = _OPENS_HELD.match(ctx.text, sentence.start, date.start)
    if opened is None:
        return None
    phrase = _phrase_named(ctx, opened, date, _HELD_KINDS)
    if phrase is not None:
        return phrase
    start = opened.start("name")
    # a programme the article names, held on the day ("Gerakan Sabtu Bersih perdana ... digelar")
    claim = next(
        (
            c
            for c in ctx.claims_in(start, start + 1)
            if c.entity is not None and c.entity.type is EntityType.PROGRAM and c.end <= opened.end("name")
        ),
        None,
    )
    return (ctx.text[start : claim.end], "Event", start, claim.end) if claim is not None else None


def _phrase_named(
    ctx: Context, m: re.Match[str], date: DateMention, kinds: frozenset[str]
) -> tuple[str, str, int, int] | None:
    """The event phrase of one of ``kinds`` that opens ``m``'s group ``name``, if one does."""
    start = m.start("name")
    phrase = _event_phrase(ctx, start, m.end("name"), date, nearest=start, kinds=kinds)
    return phrase if phrase is not None and phrase[2] == start else None


#: "(rangkaian kegiatan) berlanjut pada": a day's programme going on, on the date that follows
_GOES_ON_TO = re.compile(
    r"\b(?:berlanjut|dilanjutkan|diteruskan|bersambung)\s+(?:pada\s+)?"
    r"(?:(?:keesokan|esok|sehari)\s+(?:harinya|kemudian),?\s+)?"
    rf"(?:(?:hari\s+)?(?:{lang.alternation(WEEKDAYS)}),?\s+)?$",
    re.IGNORECASE,
)
#: "... (malam), dengan": after that date, what the programme went on with
_WITH = re.compile(r"\s*(?:(?:pagi|siang|sore|malam)(?:\s+hari)?\s*)?,?\s*dengan\s+", re.IGNORECASE)
#: ... or told after the day: "Minggu (10/11), acara berlanjut dengan X"
_GOES_ON_WITH = re.compile(r"\b(?:berlanjut|dilanjutkan|diteruskan)\s+dengan\s+", re.IGNORECASE)


#: a campaign spoken of again by its kind alone, held over days: "Operasi yang berlangsung selama 14
#: hari, mulai ...", "operasi akan berlangsung selama 17 hari, mulai Kamis (27/3/2025) ...",
#: "Operasi kepolisian yang mengedepankan kegiatan preemtif itu berlangsung selama 14 hari", "Operasi
#: kepolisian kewilayahan tersebut berlangsung ..."
_CAMPAIGN_AGAIN = re.compile(
    rf"\b(?i:{lang.alternation(_CAMPAIGN_KINDS)})\s+(?:kepolisian\s+)?"
    r"(?:(?:yang|ini|itu|tersebut|akan|ini akan|tersebut akan)\s+|(?:yang\s+)?(?:[\w-]+\s+){1,8}?(?:itu|ini|tersebut)\s+(?:akan\s+)?)?"
    rf"(?:{lang.alternation(verb for verb, _ in _HOLDING)})\b"
)


def _campaign_told_back(
    ctx: Context, sentence: Sentence, date: DateMention
) -> tuple[str, str, int, int] | None:
    """``Polres menggelar Apel Gelar Pasukan Operasi Keselamatan Anoa 2025 ... . Operasi yang
    berlangsung selama 14 hari, mulai 10 hingga 23 Februari 2025, ...``: the campaign named in the
    article before (the last one named) is the event of the date in the sentence saying how long
    it is held."""
    again = _CAMPAIGN_AGAIN.search(ctx.text, sentence.start, date.start)
    if again is None:
        return None
    for earlier in reversed(ctx.sentences[: max(_position(ctx, sentence), 0)]):
        named = list(_CAMPAIGN.finditer(ctx.text, earlier.start, earlier.end))
        if named:
            m = named[-1]
            name, end = _name_from(ctx, m.start(), earlier.end)
            if len(name.split()) > 1:
                return name, _CAMPAIGN_KINDS[m.group("head")], m.start(), end
    return None


def _past_the_event_before(ctx: Context, sentence: Sentence, date: DateMention) -> int:
    """Where a dated sentence's own event may be named: past an opening "Usai pengukuhan," (``Usai
    pengukuhan, kegiatan dilanjutkan dengan penimbangan ... pada Sabtu (24/5)``: the gathering told
    before, not the one of this date), else from the sentence's start."""
    after = _AFTER_OWN.match(ctx.text, sentence.start, date.start)
    return after.end() if after is not None else sentence.start


#: "melanjutkan rangkaian Safari Ramadan ...": a series of events an article goes on with, named after it
_SERIES_GOES_ON = re.compile(r"\b(?:melanjutkan|meneruskan)\s+(?:rangkaian\s+(?:kegiatan\s+)?)?(?=[A-Z])")


def _series_told_before(
    ctx: Context, sentence: Sentence, date: DateMention
) -> tuple[str, str, int, int] | None:
    """The series of events the sentence before a sentence opening with its date goes on with:
    ``Pemkab melanjutkan rangkaian Safari Ramadan 1447 H. Rabu (12/3/2025), rombongan ... menyambangi
    Masjid X`` is that day's Safari Ramadan, not a visit of its own."""
    if ctx.text[sentence.start : date.start].strip():
        return None
    before = next((s for s in reversed(ctx.sentences) if s.end <= sentence.start), None)
    if before is None or any(before.start <= d.start < before.end for d in ctx.dates):
        return None
    goes_on = _SERIES_GOES_ON.search(ctx.text, before.start, before.end)
    if goes_on is None:
        return None
    return _event_phrase(ctx, goes_on.end(), before.end, date, nearest=goes_on.end())


def _continued_with(ctx: Context, sentence: Sentence, date: DateMention) -> tuple[str, str, int, int] | None:
    """The event a day's programme went on with: ``Rangkaian hari jadi berlanjut pada Jumat
    (18/10/2024) malam dengan Pembukaan Festival Apel ...`` is the opening of the festival, not
    the anniversary the programme belongs to; so is the one told after the day (``Minggu (10/11),
    rangkaian festival diteruskan dengan kegiatan Gowes X``)."""
    if _GOES_ON_TO.search(ctx.text, sentence.start, date.start) is not None:
        went_on = _WITH.match(ctx.text, date.end, sentence.end)
    else:
        went_on = _GOES_ON_WITH.search(ctx.text, date.end, sentence.end)
        if went_on is not None and _event_phrase(ctx, sentence.start, date.start, date) is not None:
            return None  # ("Diawali Rapat X, Kamis (15/9) pagi, rangkaian dilanjutkan dengan ...": the day's first)
    if went_on is None:
        return None
    return _event_phrase(ctx, went_on.end(), sentence.end, date, nearest=went_on.end())


def _quoted_apart(ctx: Context, start: int, date: DateMention) -> bool:
    """Whether an event phrase at ``start`` is spoken of inside a quotation and dated only by the
    statement outside it: ``"Pemilik toko akan kami proses melalui sidang tipiring," kata Rido,
    Selasa (16/9/2025)`` is the day of the statement, not of a hearing; ``"Anak-anak tidak
    keracunan," kata ...`` no incident. A quotation that says it speaks of its own day (``"Hari
    ini kita mengadakan pertemuan ..."``) or holds the date itself keeps it; a quoted title
    (``bertajuk "..."``) is a name, not speech."""
    quote = next((q for q in ctx.quotations if q.start <= start < q.end), None)
    if quote is None or quote.start <= date.start < quote.end or quote in ctx.quoted_titles:
        return False
    return not cues.SAME_DAY.search(ctx.text, quote.start, quote.end)


def _points_back(ctx: Context, sentence: Sentence) -> bool:
    """``Kegiatan yang digelar Minggu (6/7) ini ...``: a dated sentence about an event named before it."""
    return bool(_POINTER.search(sentence.text))


def _said_in_person(ctx: Context, sentence: Sentence, date: DateMention) -> bool:
    """``"...," kata Suryadi di Balai Kota Semarang, Rabu (14/5/2025)``: a statement dated, made in person.

    A statement sent out (``dalam keterangannya``) or given on the phone (``saat dihubungi``)
    is no sign of a gathering on its day.
    """
    verb = _speech_verb(ctx, sentence, date)
    return verb is not None and not _REMOTE.search(ctx.text, verb, date.start)


def _observed(ctx: Context, sentence: Sentence, date: DateMention) -> bool:
    """``Pantauan detikcom di lokasi, Senin (20/10/2025), massa ...``: the sentence opens with what a
    reporter saw on the spot, on the date it gives."""
    return bool(_OBSERVED.match(ctx.text, sentence.start, date.start))


def _said_there(ctx: Context, sentence: Sentence, date: DateMention) -> bool:
    """``"...," ujar Menteri Budi dalam keterangannya, Senin (6/10/2025). Hal tersebut disampaikan pada
    audiensi dengan ...``: a dated statement, sent out or not, that the next sentence says was made
    at a gathering."""
    if _speech_verb(ctx, sentence, date) is None:
        return False
    k = ctx.sentences.index(sentence)
    return k + 1 < len(ctx.sentences) and bool(_SAID_THERE.match(ctx.sentences[k + 1].text))


def _explained_after(
    ctx: Context, sentence: Sentence, date: DateMention
) -> tuple[tuple[str, str, int, int], Sentence] | None:
    """``Sirene meraung di pesisir Kelurahan X, Rabu (26/2/2025) pagi. ... Kegiatan itu merupakan
    simulasi evakuasi mandiri yang digelar BPBD ...`` (or ``Warga berlarian ... sebagai bagian dari
    simulasi evakuasi``, ``... dalam simulasi gempa yang digelar ...``, ``BPBD tengah menggelar
    simulasi ...``, ``... melainkan simulasi ...``, ``Simulasi tersebut digelar BPBD ...``): a
    dated sentence telling what happened with no event's word, and one of the next three saying
    what the activity was (no other day between)."""
    k = ctx.sentences.index(sentence)
    for near in ctx.sentences[k + 1 : k + 4]:
        if any(near.start <= d.start < near.end for d in ctx.dates):
            return None
        said = (
            _WAS_ACTIVITY.match(ctx.text, near.start, near.end)
            or _PART_OF.search(ctx.text, near.start, near.end)
            or _WAS_HOLDING.search(ctx.text, near.start, near.end)
        )
        if said is not None:
            phrase = _event_phrase(ctx, said.end(), near.end, date, nearest=said.end(), kinds=_GATHERINGS)
            return (phrase, near) if phrase is not None and phrase[2] == said.end() else None
        pointed = _POINTED_HELD.match(ctx.text, near.start, near.end)
        if pointed is not None:
            phrase = _phrase_named(ctx, pointed, date, _GATHERINGS)
            return (phrase, near) if phrase is not None else None
        for held in _HELD_IN.finditer(ctx.text, near.start, near.end):
            # (said to be held, any gathering's kind: "dalam Gerakan Pangan Murah yang digelar ...")
            phrase = _event_phrase(ctx, held.end(), near.end, date, nearest=held.end(), kinds=_HELD_KINDS)
            if phrase is not None and phrase[2] == held.end() and _SAID_HELD.match(ctx.text, phrase[3]):
                return phrase, near
    return None


def _speech_verb(ctx: Context, sentence: Sentence, date: DateMention) -> int | None:
    """Where the last reporting verb before a date in its sentence ends (``kata``, ``ujar``), if any."""
    said = list(cues.SAID.finditer(ctx.text, sentence.start, date.start))
    return said[-1].end() if said else None


def _planned_in(stretch: str) -> bool:
    """Whether ``stretch`` speaks of a plan ("akan", "esok hari"), not in a clause about those an event
    serves ("layanan ... bagi pelajar yang akan genap berusia 17 tahun")."""
    return any(not _WHO_WILL.search(stretch, 0, m.start()) for m in cues.NOT_NOW.finditer(stretch))


#: a relative clause's "yang" right before a word of a plan ("... yang akan genap berusia ...")
_WHO_WILL = re.compile(r"\byang\s+$")


def _named_nearby(
    ctx: Context,
    sentence: Sentence,
    date: DateMention,
    *,
    back_only: bool = False,
    observed: bool = False,
    next_only: bool = False,
) -> tuple[tuple[str, str, int, int], Sentence] | None:
    """The gathering a date belongs to, named in the sentences around its own.

    A statement's date: ``Ratna bersaksi pada sidang lanjutan ... . "...," tanya Ketua Majelis
    Hakim di ruang sidang ..., Rabu (15/10).`` The nearest sentence first, the one before
    before the one after; a sentence with a date of its own or a plan (``akan``) speaks of
    another day, and the gathering must be named as happening there (``dalam``, ``usai``, a verb
    of holding). With ``back_only`` the date's sentence points back at it (``Kegiatan yang
    berlangsung di Aula Balai Kota, Rabu (13/3) ini ...``): the sentences before, any event.
    With ``observed`` the date's sentence tells what a reporter saw there (``Pantauan detikcom di
    lokasi, Senin (20/10/2025), massa ...``): a demonstration named by its word counts too. With
    ``next_only`` the sentence after says where the statement was made (``Hal tersebut disampaikan
    pada audiensi ...``): only that one.
    """
    k = ctx.sentences.index(sentence)
    nearest = (k + 1,) if next_only else (k - 1, k + 1, k - 2, k + 2)
    for j in (k - 1, k - 2) if back_only else nearest:
        if not 0 <= j < len(ctx.sentences):
            continue
        near = ctx.sentences[j]
        stretch = ctx.text[near.start : date.start] if j < k else ctx.text[date.end : near.end]
        if ctx.in_furniture(near.start) or _planned_in(stretch):
            continue  # "kunjungan itu ... . '... menerima kehadiran Presiden esok hari,' kata X, Selasa"
        others = [d for d in ctx.dates if near.start <= d.start < near.end and d.value != date.value]
        if any(not _still_ahead(ctx, d.value) for d in others):
            continue  # (another day's news)
        between = ctx.sentences[(j + k) // 2]
        if abs(j - k) == 2 and any(between.start <= d.start < between.end for d in ctx.dates):
            continue  # (a dated sentence between: "... kata X, Kamis (16/10). Pada Kamis sore, Wabup meninjau
            # ... . Selama kunjungan tersebut, ...": the event pointed at is that sentence's own)
        kinds = _POINTED_BACK if back_only else _GATHERINGS | (_OTHER_KINDS if observed else frozenset())
        phrase = _event_phrase(ctx, near.start, near.end, date, nearest=near.start, kinds=kinds)
        if not (back_only or observed):
            # (any other kind when pointed back to, first: "Panen raya tersebut dirangkai dengan peluncuran
            # ..." after the day's scene)
            pointed = _event_phrase(ctx, near.start, near.end, date, nearest=near.start, kinds=_OTHER_KINDS)
            if (
                pointed is not None
                and _REFERRED.match(ctx.text, pointed[3])
                and (phrase is None or pointed[2] < phrase[2])
            ):
                phrase = pointed
        if phrase is None:
            continue
        _, kind, start, end = phrase
        if any((dated := _event_phrase(ctx, near.start, d.start, d)) and dated[2] == start for d in others):
            continue  # (an event a day still ahead dates; another named beside that day, "layanan ... bagi
            # pelajar ... pada hari pemungutan suara, 27 November", is this one)
        if observed and kind not in _GATHERINGS and not _TRIGGER.match(ctx.text, start):
            continue  # seen on the spot: an event called by its word ("menggelar demonstrasi"), not any phrase
        before = ctx.text[max(near.start, start - 40) : start]
        if cues.NOT_HELD.search(before):
            continue  # "tak ada diskusi", "untuk monitoring"
        if (_REFERRED.match(ctx.text, end) or _REFERRED_PAST_A_CLAUSE.match(ctx.text, end)) and _dated_apart(
            ctx, j - 1, date
        ):
            # "... menemui pengusaha Mesir, Sabtu (19/10). Pertemuan tersebut ...", "Festival yang dibuka
            # Bupati itu ...": that Saturday's
            continue
        if (
            back_only
            or _CONTEXT.search(before)
            or _HELD.search(near.text)
            or _REFERRED.match(ctx.text, end)
            or (j == k + 1 and _told_the_same_day(ctx, sentence, near))
        ):
            return phrase, near
    return None


def _told_the_same_day(ctx: Context, sentence: Sentence, near: Sentence) -> bool:
    """Whether ``near``, the sentence after a dated one, says it tells of that day ("..., Rabu (5/2).
    Pada hari yang sama, Pemkab meluncurkan ...")."""
    return near.start >= sentence.end and _THE_SAME_DAY.match(ctx.text, near.start, near.end) is not None


def _scene_lead(ctx: Context, sentence: Sentence, date: DateMention) -> bool:
    """Whether ``sentence``, dated, opens the article with a scene, no one's words: ``Sirene meraung
    di Desa X, Kamis (28/11/2024) pagi. ... Mereka mengikuti simulasi ... yang digelar BPBD.``
    The gathering the scene belongs to is named in the sentences after it (:func:`_named_nearby`);
    not when the sentence gives another day or names an event itself (a dateline's day before
    "DPRD menggelar rapat paripurna ..., Senin (18/11)": that Monday's rapat)."""
    return (
        _position(ctx, sentence) == 0
        # ("Batang, 10 Juni 2025 – ...": the release's day, not the scene's)
        and _DATELINE_DASH.match(ctx.text, date.end) is None
        and _speech_verb(ctx, sentence, date) is None
        and not any(sentence.start <= d.start < sentence.end and d is not date for d in ctx.dates)
        and _event_phrase(ctx, sentence.start, sentence.end, date) is None
    )


#: the dash after a dateline's day
_DATELINE_DASH = re.compile(r"[ \t]*[–—-][ \t]")


#: the sentences after an article's first that may date the celebration it opens with
_LEAD_REACH = 2
_CELEBRATIONS = frozenset({"Celebration"})


def _lead_celebration(
    ctx: Context, sentence: Sentence, date: DateMention
) -> tuple[tuple[str, str, int, int], Sentence] | None:
    """The festival an article opens with, dated by a sentence right after it that names no event:
    ``Batu Flower Carnival 2025 kembali menyedot perhatian masyarakat. Ribuan warga memadati Jalan
    Diponegoro, Minggu (19/10/2025) sore.`` Its name is capitalised and long or has a year (no bare
    ``lomba``), or, in lower case, holds a name counted by a year or an ordinal (``upacara peringatan
    Hari Jadi ke-78 Kabupaten X``); not when the dated sentence is a statement or either speaks of a
    plan, nor when a sentence before it gives a day of its own. An article opening with the dated sentence names its
    festival in the next one, which gives no day of its own: ``Ribuan warga memadati Jalan
    Diponegoro, Minggu (15/10/2023) sore. Mereka antusias menyaksikan Batu Flower Carnival 2023 ...``"""
    k = _position(ctx, sentence)
    if not 0 <= k <= _LEAD_REACH or _speech_verb(ctx, sentence, date) is not None:
        return None
    if k == 0:
        if len(ctx.sentences) < 2:
            return None
        lead = ctx.sentences[1]
        if any(lead.start <= d.start < lead.end for d in ctx.dates):
            return None
        stretch = (lead.start, lead.end)
    else:
        lead = ctx.sentences[0]
        stretch = (lead.start, date.end + 12)
    if (
        ctx.in_furniture(lead.start)
        or cues.NOT_NOW.search(ctx.text, *stretch)
        or any(d.start < sentence.start for d in ctx.dates)
    ):
        return None
    phrase = _event_phrase(ctx, lead.start, lead.end, date, nearest=lead.start, kinds=_CELEBRATIONS)
    if phrase is None:
        return None
    name, _, start, end = phrase
    words = name.split()
    counted = any(_YEAR.fullmatch(w) or _ORDINAL.fullmatch(w.lower()) for w in words)
    if ctx.text[start : start + 1].isupper():
        return (phrase, lead) if len(words) >= 3 or counted else None
    # "Ratusan peserta upacara peringatan Hari Jadi ke-78 Kabupaten X ...": a named occasion, counted
    return (phrase, lead) if counted and any(w[:1].isupper() for w in ctx.text[start:end].split()) else None


def _lead_held(
    ctx: Context, sentence: Sentence, date: DateMention
) -> tuple[tuple[str, str, int, int], Sentence] | None:
    """What an article's first sentence, undated, says a body holds, dated by the second when that one
    opens with its day and names nothing of its own: ``Disdukcapil Kota X menggelar layanan
    jemput bola di Desa Y. Pada Rabu (12/3/2025), petugas mendatangi ...``. Not a statement's
    day, nor a plan."""
    if _position(ctx, sentence) != 1 or _speech_verb(ctx, sentence, date) is not None:
        return None
    if _DAY_FIRST.fullmatch(ctx.text, sentence.start, date.start) is None:
        return None
    lead = ctx.sentences[0]
    if (
        ctx.in_furniture(lead.start)
        or cues.NOT_NOW.search(lead.text)
        or any(d.start < lead.end for d in ctx.dates)
    ):
        return None
    phrase = _held_in(ctx, lead, date)
    return None if phrase is None else (phrase, lead)


def _held_in(ctx: Context, sentence: Sentence, date: DateMention) -> tuple[str, str, int, int] | None:
    """The gathering ``sentence`` says a body holds ("Disdukcapil menggelar layanan jemput bola ..."),
    as an event of ``date``; ``None`` for one it does not say is held."""
    phrase = _event_phrase(ctx, sentence.start, sentence.end, date, nearest=sentence.start, kinds=_HELD_KINDS)
    if phrase is None or not _HOLDS.search(
        ctx.text, max(sentence.start, phrase[2] - _HOLDS_REACH), phrase[2]
    ):
        return None
    return phrase


#: a sentence opening "Kali ini," ("this time"): the day of what the sentence before says is held again
_THIS_TIME = re.compile(r"\s*(?:[Dd]an\s+)?[Kk]ali\s+ini\s*,?\s+")


def _held_this_time(
    ctx: Context, sentence: Sentence, date: DateMention
) -> tuple[tuple[str, str, int, int], Sentence] | None:
    """What the sentence before, undated, says a body holds (again), dated by a sentence opening "Kali
    ini": ``Dinas X kembali menyelenggarakan pemeriksaan kesehatan secara jemput bola bagi warga lansia.
    Kali ini, petugas mendatangi Desa Y, Senin (7/3/2022), ...``: the service, that day (the visit is
    how it was held, no event of its own)."""
    k = _position(ctx, sentence)
    if k < 1 or _THIS_TIME.match(ctx.text, sentence.start) is None:
        return None
    before = ctx.sentences[k - 1]
    if ctx.in_furniture(before.start) or any(before.start <= d.start < before.end for d in ctx.dates):
        return None
    phrase = _held_in(ctx, before, date)
    return None if phrase is None else (phrase, before)


#: a sentence opening with its day: "Pada Rabu (12/3/2025), ..."
_DAY_FIRST = re.compile(r"\s*(?:[Pp]ada\s+)?(?:[Hh]ari\s+)?")
#: a body holding what is named right after: "menggelar (layanan jemput bola)", "kembali menggelar", or
#: after the lower-case words of what is held ("menyelenggarakan pemeriksaan kesehatan gratis secara
#: (jemput bola)")
_HOLDS = re.compile(rf"\b{_HOLDING_VERBS}\s+(?:[a-z]+\s+){{0,4}}$")
#: how far before an event phrase _HOLDS is looked for (its verb and four words fit)
_HOLDS_REACH = 60


#: how far into an article the statement dating the gathering its opening names may come, and the
#: sentences of that opening
_LEAD_STATEMENT_REACH = 8
_LEAD_OPENING = 3


def _lead_gathering(
    ctx: Context, sentence: Sentence, date: DateMention
) -> tuple[tuple[str, str, int, int], Sentence] | None:
    """The gathering an article opens with, dated by the first statement made in person at a place
    a few sentences on, with no day given before it: ``Kepala BNN ... berbicara ... pada seminar
    nasional di Pondok Pesantren Tebuireng, Jombang. ... "...," terangnya di hadapan ratusan santri,
    Jumat (17/10/2025).`` The first of the article's first three sentences to name a gathering that is no
    plan; not when the statement comes farther on than the opening's few sentences."""
    k = _position(ctx, sentence)
    if not 1 <= k <= _LEAD_STATEMENT_REACH or any(d.start < date.start for d in ctx.dates):
        return None
    verb = _speech_verb(ctx, sentence, date)
    if verb is None or not _AT_A_PLACE.match(ctx.text, verb, date.start):
        return None
    if cues.NOT_NOW.search(ctx.text, sentence.start, date.start):
        return None  # '"... menerima rombongan kami esok hari," kata X di Hotel Y, Selasa': it comes later
    for lead in ctx.sentences[: min(k, _LEAD_OPENING)]:
        if ctx.in_furniture(lead.start) or cues.NOT_NOW.search(lead.text):
            continue  # "BNN berencana memasukkan materi ... ke kurikulum": a plan, the gathering comes next
        phrase = _event_phrase(ctx, lead.start, lead.end, date, nearest=lead.start, kinds=_GATHERINGS)
        if phrase is None or phrase[1] not in _GATHERINGS:
            continue
        before = ctx.text[max(lead.start, phrase[2] - 40) : phrase[2]]
        return (phrase, lead) if not cues.NOT_HELD.search(before) else None
    return None


#: after a verb of saying, where it was said: "kata X di Balai Kota", "terangnya di hadapan santri"
_AT_A_PLACE = re.compile(r"[^.;]{0,80}?\b(?:di|saat ditemui di|usai)\s+\S")


def _dated_apart(ctx: Context, j: int, date: DateMention) -> bool:
    """Whether sentence ``j`` exists and gives a day other than ``date``'s."""
    if not 0 <= j < len(ctx.sentences):
        return False
    before = ctx.sentences[j]
    return any(before.start <= d.start < before.end and d.value != date.value for d in ctx.dates)


def _history(ctx: Context, date: DateMention) -> bool:
    """Whether ``date`` is more than :data:`~kg.text.dates.HISTORY_YEARS` before the article's own day."""
    published = ctx.published
    return published is not None and int(date.value[:4]) < published.year - HISTORY_YEARS


def _news_of_the_day(ctx: Context, date: DateMention) -> bool:
    """Whether ``date`` is the day an article was published or the day before: what it reports as news."""
    published = ctx.published
    if published is None:
        return False
    return date.value in {published.isoformat(), (published - datetime.timedelta(days=1)).isoformat()}


def _confirmed_nearby(
    ctx: Context, sentence: Sentence, date: DateMention
) -> tuple[tuple[str, str, int, int], Sentence] | None:
    """An act of law enforcement a dated statement of the day's news confirms, told in a sentence
    around it: ``"Iya," kata Wakil Ketua KPK X saat dihubungi, Kamis (7/8/2025). ... KPK belum
    menjelaskan total orang yang ditangkap dalam tangkap tangan di Sultra.`` → ``Tangkap Tangan`` on
    that Thursday; ``"Tersangka HS kini ditahan usai penyerahan tersangka dan barang bukti atau Tahap 2. ...," kata
    Kasi Intel, Senin (20/10/2025)``. A statement on the phone counts: an arrest is no gathering the
    speaker came to. The nearest sentence first, the one before before the one after; not one with
    a date of its own, a plan (``akan``) or an act not done (``belum ada penahanan``)."""
    if not _news_of_the_day(ctx, date):
        return None
    k = ctx.sentences.index(sentence)
    for j in (k - 1, k + 1, k - 2, k + 2):
        if not 0 <= j < len(ctx.sentences):
            continue
        near = ctx.sentences[j]
        if ctx.in_furniture(near.start) or cues.NOT_NOW.search(near.text):
            continue
        between = ctx.sentences[
            min(j, k + 1) : max(j + 1, k)
        ]  # the sentence itself, and any up to the date's
        if any(s.start <= d.start < s.end and d.value != date.value for s in between for d in ctx.dates):
            continue  # "KPK mengamankan X pada Rabu (20/8) malam": the act has a day of its own
        for m in _TRIGGER.finditer(ctx.text, near.start, near.end):
            if m.group("t").casefold() not in _ENFORCEMENT:
                continue
            before = ctx.text[max(near.start, m.start() - 40) : m.start()]
            if cues.NOT_HELD.search(before):
                continue
            name, end = _name_from(ctx, m.start(), near.end)
            if not name or _RELATIVE_CLAUSE.match(ctx.text, end):
                continue  # "tersangka dalam OTT yang menjerat Wamenaker": an act the reader already knows of
            if _CONTEXT.search(before) or _HELD.search(near.text) or _REFERRED.match(ctx.text, end):
                return (_nominal(name), _kind(m.group("t")), m.start(), end), near
    return None


#: after an act's name: a clause saying which one, an act already known ("OTT yang menjerat X")
_RELATIVE_CLAUSE = re.compile(r"\s+yang\b")


def _place_in(ctx: Context, start: int, end: int) -> Entity | None:
    """A place named inside the event's own name (``Peresmian Pasar Rakyat Desa Sumberejo``), also one
    an earlier stage holds under a body's claim (``Peninjauan Posyandu X``: the facility as a site)."""
    places = [
        (c.start, c.entity)
        for c in ctx.claims
        if c.entity is not None and c.entity.type is EntityType.PLACE and start <= c.start < end
    ]
    # (a region is never claimed either, and names no venue: "Jalan Sehat Hari Jadi Kabupaten X")
    places += [(at, e) for at, e in _places_mentioned(ctx, start, end) if _is_venue(e)]
    return min(places, key=lambda pair: pair[0])[1] if places else None


def _places_mentioned(ctx: Context, lo: int, hi: int) -> list[tuple[int, Entity]]:
    """Each place mentioned from offset ``lo`` up to ``hi``, with where: also one an earlier stage holds
    under a body's claim ("Gedung DPRD ..." over "DPRD ...", "Posyandu X" visited), which the claims do
    not show."""
    return [
        (mention.span.start, e)
        for e in ctx.of_type(EntityType.PLACE)
        for mention in e.mentions
        if lo <= mention.span.start < hi
    ]


def _names_person(ctx: Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a person: a claim of one that holds a word of the person's
    name, not a bare title standing for them (``Rapat Dewan Gubernur Bank Indonesia``, where
    "Gubernur Bank Indonesia" was read as the governor named before)."""
    for c in ctx.claims_in(start - 80, end):
        if (
            c.entity is None
            or c.entity.type is not EntityType.PERSON
            or not (c.start < end and start < c.end)
        ):
            continue
        names = {w.casefold() for n in (c.entity.name, *c.entity.aliases) for w in n.split()}
        if names & {w.casefold() for w in ctx.text[c.start : c.end].split()}:
            return True
    return False


def _announced_programme(ctx: Context, start: int, end: int, announced: set[int]) -> bool:
    """Whether a phrase "kegiatan" or "menggelar program" calls an event is a programme's name:
    "menggelar kegiatan Jumat Curhat di Masjid ..., Jumat (17/1)" holds that day's gathering of
    the programme, an event named after it."""
    return start in announced and ctx.entity_at(start, end, EntityType.PROGRAM) is not None


def _only_entity(ctx: Context, start: int, end: int) -> bool:
    """A phrase that is just an organisation, place or person is not an event name."""
    return any(c.entity is not None and c.start <= start and c.end >= end - 1 for c in ctx.claims)


def _sentences_with(ctx: Context, pattern: re.Pattern[str]) -> list[Sentence]:
    return [s for s in ctx.sentences if pattern.search(s.text)]


def _entities_in(ctx: Context, sentence: Sentence, *types: EntityType) -> list[Entity]:
    found: dict[int, Entity] = {}
    for c in ctx.claims_in(sentence.start, sentence.end):
        if c.entity is not None and c.entity.type in types:
            found.setdefault(id(c.entity), c.entity)
    return list(found.values())


def _location(ctx: Context, lo: int, hi: int) -> Entity | None:
    """The place after ``di`` in ``text[lo:hi]`` (an event's sentence): a venue before a region, and of
    the places right after one ``di`` the first (``di Gedung DPRD Sidoarjo, Jalan Sultan Agung``). One
    the reporter writes comes before one a quotation names ('"... di Indonesia," terangnya di hadapan
    santri PP Tebuireng, Jombang'), which counts only when there is no other."""
    outside = _place_after_di(ctx, lo, hi, quoted=False)
    return outside if outside is not None else _place_after_di(ctx, lo, hi, quoted=True)


def _place_after_di(ctx: Context, lo: int, hi: int, *, quoted: bool) -> Entity | None:
    """:func:`_location`'s place, looked for after each ``di`` outside quotations, or inside them."""
    best: Entity | None = None
    for m in _AT_VENUE.finditer(ctx.text[lo:hi]):
        at = lo + m.end()
        if any(q.start <= at < q.end for q in ctx.quotations) != quoted:
            continue
        found = [
            (c.start, c.entity)
            for c in ctx.claims_in(at, at + 31)
            if c.entity is not None and c.entity.type is EntityType.PLACE and at <= c.start <= at + 30
        ]
        found += _places_mentioned(ctx, at, at + 4)  # (one held under a body's claim: "Gedung DPRD ...")
        found.sort(key=lambda pair: pair[0])
        venue = next((e for _, e in found if e.identifier is None), None)
        if venue is not None:
            return venue
        best = best or next((e for _, e in found), None)
    return best


#: "di", "bertempat di", and the lower-case words of where in a venue after it ("di halaman depan ...")
_AT_VENUE = re.compile(
    r"\b(?:di|bertempat di)\s+"
    rf"(?:(?:{'|'.join(sorted(lexicon.VENUE_MODIFIERS - {'gedung', 'ruang', 'kompleks', 'komplek'}))})\s+)*"
    # ("di ruang sidang utama Gedung DPRD X": the building, whose room is written in lower case)
    rf"(?:{lexicon.ROOM_BEFORE_BUILDING})?"
)


def _where(
    ctx: Context, around: list[Sentence], date: DateMention, name: str, kind: str, start: int, end: int
) -> Entity | None:
    """Where an event was held: the venue the date's sentence or the sentence naming the event says
    it was held at (``di ...``), else a venue inside its name (``Kunjungan ke Masjid X`` "di Desa
    Y"), else the venue a sentence after says it was held at (:func:`_held_next`), else the region
    those sentences name, else a place inside its name, else
    the one venue the date's sentence names, else the place the date's sentence is datelined with
    (``..., Jakarta, Sabtu (18/10/2025)``), else, for a gathering, the venue where a statement of the
    same day was made (``kata X di Balai Kota ..., Rabu (22/10/2025)``), else a place a quotation in
    those sentences says it was at (``"Benar, ada kegiatan OTT di Jakarta," kata ...``)."""
    own = _venue_after_name(ctx, around[0], start) or _said_held_at(ctx, around, quoted=False)
    if own is not None and _is_venue(own):
        return own
    visited = _venue_visited(ctx, around[0]) if kind == "Visit" else None
    if visited is not None:
        return visited  # ("kunjungan kerja ke Puskesmas X": the visit is held where it went)
    named = _place_in(ctx, start, end)
    if named is not None and _is_venue(named):
        return named  # "Kunjungan ke Masjid Raya X" held "di Desa Y": the venue it is named after
    after = _held_next(ctx, around[0], name, date)
    if after is not None and (own is None or _is_venue(after)):
        return after
    return (
        own
        or named
        or _venue_in(ctx, around[0])
        or _dateline(ctx, around[0], date)
        or (_same_day_venue(ctx, around[0], date) if _gathered(kind, around) else None)
        or _said_held_at(ctx, around, quoted=True)
    )


#: where a visit goes: "kunjungan kerja ke Puskesmas X", "bertolak menuju RSUD Y"
_TO_VENUE = re.compile(r"\b(?:ke|menuju)\s+")


def _venue_visited(ctx: Context, sentence: Sentence) -> Entity | None:
    """The named venue right after ``ke`` or ``menuju`` in a visit's sentence: where the visit went."""
    for m in _TO_VENUE.finditer(ctx.text, sentence.start, sentence.end):
        venue = next((e for _, e in _places_mentioned(ctx, m.end(), m.end() + 1) if _is_venue(e)), None)
        if venue is not None:
            return venue
    return None


def _venue_after_name(ctx: Context, sentence: Sentence, start: int) -> Entity | None:
    """The venue after ``di`` from where an event is named to the end of its sentence, which says
    where that event was held when the sentence tells others before it (``... Expo di Alun-alun
    hingga Minggu (22/10/2023), serta Rapat Paripurna ... pada Selasa (17/10/2023) di Gedung DPRD
    ...``)."""
    if not sentence.start <= start < sentence.end:
        return None
    place = _place_after_di(ctx, start, sentence.end, quoted=False)
    return place if place is not None and _is_venue(place) else None


def _said_held_at(ctx: Context, around: list[Sentence], *, quoted: bool) -> Entity | None:
    """The first of ``around``'s sentences' places after ``di`` (:func:`_place_after_di`)."""
    return next(
        (place for s in around if (place := _place_after_di(ctx, s.start, s.end, quoted=quoted))), None
    )


def _held_next(ctx: Context, sentence: Sentence, name: str, date: DateMention) -> Entity | None:
    """Where a sentence right after an event's says it was held, pointing back at it (``Acara yang
    digelar di Ruang Rapat ...``) or opening with its name's head (``Pelantikan digelar di Ruang Sidang
    Balai Kota ...`` after ``Wali Kota melantik 40 pejabat ...``): one of the next two, up to one
    dated with another day than the event's; not one that plans something."""
    k = _position(ctx, sentence)
    head = name.split()[0].casefold()
    for after in ctx.sentences[k + 1 : k + 1 + _HELD_NEXT_REACH] if k >= 0 else []:
        if any(after.start <= d.start < after.end and d.value != date.value for d in ctx.dates):
            return None
        if (
            ctx.in_furniture(after.start)
            or cues.NOT_NOW.search(after.text)
            or not _HELD_AT.search(after.text)
        ):
            continue
        opening = after.text.split(maxsplit=1)[0].casefold() if after.text.strip() else ""
        if opening in _POINTER_WORDS or _BACK_REFERENCE.search(after.text) or opening == head:
            return _location(ctx, after.start, after.end)
    return None


#: "Acara", "Kegiatan": a sentence opening with one speaks of the event just told
_POINTER_WORDS = frozenset(lang.words("event-pointer-words", casefold=True))
#: how many sentences after an event's own may say where it was held
_HELD_NEXT_REACH = 2


def _gathered(kind: str, sentences: list[Sentence]) -> bool:
    """Whether an event brought people to one place: a gathering's class (a meeting, a visit), or its
    sentences say it was held (``Hari ini juga dilaksanakan tahap Uji Kompetensi``); not a market's close."""
    return kind in _GATHERINGS or any(_HELD.search(s.text) for s in sentences)


#: what stands between a dateline's place and its date: a comma ("Universitas X, Jakarta, Sabtu (18/10)")
_DATELINE_GAP = re.compile(r"\s*,\s*")
#: what opens a dateline's place: a comma after the venue, or "di" ("di Mabes Polri, Jakarta Selatan, ...")
_DATELINE_OPEN = re.compile(r"(?:,|\bdi)\s+$")


def _dateline(ctx: Context, sentence: Sentence, date: DateMention) -> Entity | None:
    """The place written right before a date, after a comma: ``dalam pidatonya di acara wisuda ...
    Universitas X, Jakarta, Sabtu (18/10/2025)`` → Jakarta; not a region inside a body's name
    (``di Pengadilan Negeri Jakarta Selatan, Senin``)."""
    for place in ctx.of_type(EntityType.PLACE):
        for m in place.mentions:
            if (
                sentence.start <= m.span.start
                and _DATELINE_GAP.fullmatch(ctx.text, m.span.end, date.start)
                and _DATELINE_OPEN.search(ctx.text, max(sentence.start, m.span.start - 4), m.span.start)
            ):
                return place
    return None


def _same_day_venue(ctx: Context, sentence: Sentence, date: DateMention) -> Entity | None:
    """A venue where someone spoke in person on the event's day, in another sentence of the article
    (``"...," kata Irjen X di ruang rapat Gedung Y, Rabu (22/10/2025)`` for a test held "hari ini")."""
    for other in ctx.dates:
        if other.value != date.value or sentence.start <= other.start < sentence.end:
            continue
        said = containing(ctx.sentences, other.start)
        verb = _speech_verb(ctx, said, other) if said is not None else None
        if verb is None or _REMOTE.search(ctx.text, verb, other.start):
            continue
        place = _location(ctx, verb, other.start)  # where the speaker was, not a place in the quote
        if place is not None and _is_venue(place):
            return place
    return None


#: the stages that read named venues (a building, a stadium, a school as a site), not regions or countries
_VENUE_STAGES = frozenset({"venue-names", "venues", "facility-places"})


def _is_venue(place: Entity) -> bool:
    """Whether a place is a named venue (a building, a stadium, a school as a site), not a region."""
    return any(m.extractor in _VENUE_STAGES for m in place.mentions)


def _venue_in(ctx: Context, sentence: Sentence) -> Entity | None:
    """The one named venue of a sentence ("Ribuan warga memadati Stadion Kanjuruhan ... Minggu
    (24/11)"): no region or country, and not when the sentence names two."""
    venues = {
        id(c.entity): c.entity
        for c in ctx.claims_in(sentence.start, sentence.end)
        if c.entity is not None and c.entity.type is EntityType.PLACE and _is_venue(c.entity)
    }
    return next(iter(venues.values())) if len(venues) == 1 else None


def _inside_english(text: str, start: int, end: int) -> bool:
    """Whether the words on both sides of ``text[start:end]`` are English ones (english-common-words.tsv)."""
    before = re.search(r"(\w+)\s+$", text[max(0, start - 30) : start])
    after = re.match(r"\s+(\w+)", text[end : end + 30])
    return bool(
        before
        and after
        and before.group(1).casefold() in lexicon.ENGLISH_COMMON
        and after.group(1).casefold() in lexicon.ENGLISH_COMMON
    )


#: "Rapat Koordinasi Nasional ... 2025 hari ini batal dilakukan": an event called off, after its name
#: (not "yang sempat ditunda akhirnya digelar", "tidak batal")
_CALLED_OFF = re.compile(
    r"[^.\n]{0,40}?(?<!sempat )(?<!tidak )(?<!tak )(?<!belum )(?<!bukan )"
    r"\b(?:batal|dibatalkan|ditunda|diundur|urung)\b(?![^.\n]*\b(?:akhirnya|tetap)\b)",
    re.IGNORECASE,
)


def _position(ctx: Context, sentence: Sentence) -> int:
    """The index of ``sentence`` among the article's sentences, or -1 (a headline's, a quote's)."""
    return ctx.sentences.index(sentence) if sentence in ctx.sentences else -1


def extract_events(ctx: Context) -> None:
    """Events anchored on dates, with location, performers, attendees and topics."""
    seen: dict[tuple[str, str], Event] = {}
    main_taken = False  # the article's first event held, not planned, is its main one
    held: list[tuple[Event, Sentence]] = []  # the events held on a stated day, and their sentences
    for date in ctx.dates:
        if date.relative:
            continue
        sentence = containing(ctx.sentences, date.start)
        ended = _an_end(ctx, date) and not _range_of_weekdays(ctx, date)
        if ended and (sentence is None or not incidents.dates_a_disaster_until(ctx, sentence, date)):
            continue  # "hingga 10 Februari": a deadline or an end, not the day something happened
        if date.period:
            continue  # "Triwulan III Tahun 2025", "semester pertama": a period something is about, no day
        if _DOCUMENT_DATE.search(ctx.text, max(0, date.start - 90), date.start):
            continue  # "... Nomor 1/Pen/2025 tanggal 16 Oktober 2025": a document's date
        if sentence is not None and _DECREE_PERIOD.search(ctx.text, sentence.start, date.start):
            continue  # "menandatangani Keputusan Bupati ... selama 14 hari, terhitung 16 hingga 29 Juli": its term
        if ctx.in_furniture(date.start):
            continue  # "Foto: Kirab trofi KLA ..., Sabtu (27/7/2024)": a caption of what the article told
        if _history(ctx, date):
            continue  # "Kabupaten X, yang dibentuk pada 1 April 1946, ..." in a story of 2024: history, no news
        if sentence is None:
            continue
        if incidents.dated_by_disaster(ctx, date) and incidents.told(ctx, sentence, date) is None:
            continue  # "... bahwa gempa dan tsunami 12 Desember 1992 harus menjadi pelajaran": remembered
        # (the end of a stretch since an undated time dates only a disaster it set off, named below:
        # "hujan sejak Minggu malam hingga Senin (22/7) menyebabkan banjir")
        campaign = phrase = this_time = None
        if not ended:
            continued = _continued_with(ctx, sentence, date)
            campaign = None if continued else _campaign_told_back(ctx, sentence, date)
            this_time = None if continued or campaign else _held_this_time(ctx, sentence, date)
            phrase = (
                continued
                or campaign
                or (this_time and this_time[0])
                or _series_told_before(ctx, sentence, date)
                or _passive_act(ctx, sentence, date)
                or _titled_activity(ctx, sentence, date)
                or _first_service(ctx, sentence, date)
                or _polling_day(ctx, sentence, date)
                or _event_phrase(ctx, _past_the_event_before(ctx, sentence, date), date.start, date)
                or _held_after(ctx, sentence, date)
                or _during_after(ctx, sentence, date)
                or _paraded(ctx, sentence, date)
                or _opened_and_held(ctx, sentence, date)
                or _award_conferred(ctx, sentence, date)
            )
        around = [sentence, this_time[1]] if this_time else [sentence]
        incident = (
            None
            if phrase is not None
            else incidents.told(ctx, sentence, date)
            or incidents.told_again(ctx, sentence, date)
            or incidents.told_next(ctx, sentence, date)
        )
        if incident is not None:
            phrase = (display_name(incident.name), "Event", incident.start, incident.end)
        elif ended:
            continue
        points_back = _points_back(ctx, sentence)
        observed = _observed(ctx, sentence, date)
        in_person = _said_in_person(ctx, sentence, date)
        said_there = not in_person and _said_there(ctx, sentence, date)
        if phrase is None and (points_back or observed or in_person or said_there):
            nearby = _named_nearby(
                ctx, sentence, date, back_only=points_back, observed=observed, next_only=said_there
            )
            if nearby is not None:
                phrase, near = nearby
                # ("Pada hari yang sama, Pemkab meluncurkan ..." after a dated quote: the date's
                # sentence only gives the day, its speaker and place are not the launch's)
                around = [near] if _told_the_same_day(ctx, sentence, near) else [*around, near]
        if phrase is None and not main_taken:
            lead = (
                _lead_celebration(ctx, sentence, date)
                or (_lead_gathering(ctx, sentence, date) if in_person else None)
                or _lead_held(ctx, sentence, date)
            )
            if lead is not None:
                phrase, near = lead
                around.append(near)
        if phrase is None and not in_person:
            explained = _explained_after(ctx, sentence, date)
            if explained is not None:
                phrase, near = explained
                around.append(near)
        if phrase is None and _speech_verb(ctx, sentence, date) is not None:
            confirmed = _confirmed_nearby(ctx, sentence, date)
            if confirmed is not None:
                phrase, near = confirmed
                around.append(near)
        if phrase is None and _scene_lead(ctx, sentence, date):
            nearby = _named_nearby(ctx, sentence, date)
            if nearby is not None:
                phrase, near = nearby
                around.append(near)
        if phrase is None:
            continue
        if (went := _went_down_for(ctx, sentence, date, phrase)) is not None:
            phrase = went[0]  # "turun langsung ke Desa X. Di sana, ia menyerahkan ...": the handing over
            if went[1] is not None:
                around.append(went[1])
        name, kind, start, end = phrase
        if _the_gathering_before(ctx, start):
            continue  # "Usai rapat, Bupati menandatangani ...": the meeting told before, no other one
        if incident is None:
            name = _completed(ctx, sentence, name)
            named = _named_earlier(ctx, sentence, date, name, kind, start, end, seen)
            if named is not None:
                name, start, end = named
        # one event per incident a day, however it is told ("pembunuhan ini", "Riky dibunuh")
        key = (name.casefold() if incident is None else f"incident:{incident.noun.casefold()}", date.value)
        # (a campaign held over days is not the one-day opening whose name holds its own: "Apel Gelar
        # Pasukan Operasi X 2025" and "Operasi X 2025")
        found_before = key in seen if phrase is campaign else _told_before(key, seen)
        if (
            incident is None
            and phrase is not campaign
            and _named_by_the_same_words(seen, date.value, start, end)
        ):
            continue  # ("upacara peringatan Hari Jadi Kota X ke-78", read once more from a "hari ini" later)
        if found_before or _CALLED_OFF.match(ctx.text, end):
            continue  # (the same event again; "Rakornas ... hari ini batal dilakukan": not held)
        event = Event(
            name, kind, date.value, ctx.span(start, end), end_date=date.end_value or _until(ctx, date)
        )
        event.location = (
            (incident and incidents.struck(ctx, incident))
            or _where(ctx, around, date, name, kind, start, end)
            or (_home_place(ctx) if kind == "Election" or _across_the_region(ctx, around[0]) else None)
        )
        planned = _planned(ctx, around[0], date, start)
        told = incident and incident.told_at is not None and containing(ctx.sentences, incident.told_at)
        _participants(
            ctx, event, [*around, told] if told else around, start, end, main=not (main_taken or planned)
        )
        main_taken = main_taken or not planned
        event.about = [
            p
            for p in ctx.of_type(EntityType.PROGRAM)
            if p.name.casefold() in name.casefold()
            or any(a.casefold() in name.casefold() for a in p.aliases if len(a) > 3)
        ]
        seen[key] = event
        ctx.events.append(event)
        if incident is None:
            _add_joined(ctx, seen, event, start, end, sentence)
            if not planned:
                held.append((event, around[0]))
    for event, sentence in held:
        _add_same_day(ctx, seen, event, sentence)
    for event in list(ctx.events):
        _later_that_day(ctx, seen, event)
    _add_emergency_statuses(ctx, seen)
    _add_news_of_the_day(ctx, seen, main=not main_taken)


#: going down to a place, right before the place: "Bupati turun langsung ke Desa X" (the acts of
#: event-acts.tsv that say so)
_WENT_DOWN = re.compile(rf"\b(?:{lang.alternation(v for v in _ACTS if v.startswith('turun '))})\s+$")
#: what the party went down for, after the place: "... turun ke Desa X untuk mengambil sampel tanah di
#: 30 titik": the verb and up to three lower-case words of its object
_WENT_FOR = re.compile(
    r"[^.;]{0,80}?\s(?:untuk|guna)\s+(?P<verb>me[a-z]{3,})(?P<object>(?:\s+(?!(?:di|ke|dari|pada|yang|dan)\b)[a-z-]+){1,3})"
)
#: opening the sentence after it: what the party did at the place ("Di sana, ...", "Di balai desa
#: setempat, keduanya ...", "Didampingi Camat X, ia ...")
_DONE_THERE = re.compile(
    r"\W*(?:Di\s+(?:sana|lokasi|tempat\s+(?:itu|tersebut)|[^,.;\"“”]{2,40}\s+(?:setempat|tersebut|itu)),"
    r"|Didampingi\s+[^.;\"“”]{2,160},\s*(?:ia|dia|beliau|keduanya|mereka)\s+(?:me|ber)[a-z]{3,}\b)"
)


def _act_noun(verb: str) -> str:
    """The noun of an act done with a "me-" verb, as Indonesian forms it: "mengambil" → "Pengambilan",
    "menyerahkan" → "Penyerahan", "memeriksa" → "Pemeriksaan"."""
    return f"Pe{verb.removesuffix('kan')[2:]}an"


def _went_down_for(
    ctx: Context, sentence: Sentence, date: DateMention, phrase: tuple[str, str, int, int]
) -> tuple[tuple[str, str, int, int], Sentence | None] | None:
    """A visit read from "turun (langsung) ke X" named by what it was for: the purpose after the place
    ("... turun ke Desa X untuk mengambil sampel tanah": "Pengambilan sampel tanah"), else the act told
    right after it at the place ("... turun langsung ke Desa X. Di balai desa setempat, keduanya
    menyerahkan paket ...": "Penyerahan paket ..."), with the sentence that tells it; none for any other
    phrase or visit, or one told no further."""
    _, kind, start, end = phrase
    if kind != "Visit" or _WENT_DOWN.search(ctx.text, max(0, start - 24), start) is None:
        return None
    purpose = _WENT_FOR.match(ctx.text, end, sentence.end)
    if purpose is not None:
        name = f"{_act_noun(purpose.group('verb'))} {' '.join(purpose.group('object').split())}"
        return (name, "Event", purpose.start("verb"), purpose.end("object")), None
    k = _position(ctx, sentence)
    if not 0 <= k < len(ctx.sentences) - 1:
        return None
    after = ctx.sentences[k + 1]
    if _DONE_THERE.match(ctx.text, after.start, after.end) is None or any(
        after.start <= d.start < after.end for d in ctx.dates
    ):
        return None
    done = _event_phrase(ctx, after.start, after.end, date, nearest=after.start, kinds=_GATHERINGS)
    return (done, after) if done is not None else None


def _the_gathering_before(ctx: Context, start: int) -> bool:
    """Whether the event's word at ``start`` is the noun of a sentence opening "Usai rapat, ..." and
    an event the article told before is named with it: that gathering, which the sentence follows."""
    sentence = containing(ctx.sentences, start)
    after = _AFTER_OWN.match(ctx.text, sentence.start, sentence.end) if sentence is not None else None
    if after is None or after.start("noun") != start:
        return False
    noun = after.group("noun").casefold()
    return any(e.name.split()[0].casefold() == noun and e.span.start < start for e in ctx.events)


def _add_emergency_statuses(ctx: Context, seen: dict[tuple[str, str], Event]) -> None:
    """A state of emergency declared from a day (:func:`_emergency_status`), an event of that day
    beside whatever else the sentence tells of it (the visit or the meeting that declared it)."""
    if "darurat" not in ctx.text.lower():
        return  # (most stories: no state of emergency to look for at every date)
    for date in ctx.dates:
        sentence = containing(ctx.sentences, date.start)
        if date.relative or sentence is None or (phrase := _emergency_status(ctx, sentence, date)) is None:
            continue
        name, kind, start, end = phrase
        key = (name.casefold(), date.value)
        if key in seen:
            continue
        event = Event(name, kind, date.value, ctx.span(start, end), end_date=date.end_value)
        event.location = _where(ctx, [sentence], date, name, kind, start, end) or _home_place(ctx)
        _participants(ctx, event, [sentence], start, end, main=False)
        seen[key] = event
        ctx.events.append(event)


def _home_place(ctx: Context) -> Entity | None:
    """The place of the region the article is about: where a vote held across it is held ("pemungutan
    suara pada Rabu (27/11/2024)" in a story of one regency's Pilkada)."""
    home = ctx.jurisdiction
    return ctx.find(EntityType.PLACE, home) if home else None


#: a count of a region's districts or villages an event runs in ("bergilir di lima kecamatan", "di
#: sejumlah desa", "di 20 kecamatan"): no one of them its place
_ACROSS_DISTRICTS = re.compile(
    r"\bdi\s+(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|sejumlah|"
    r"beberapa|seluruh|semua)\s+(?:kecamatan|desa|kelurahan|distrik|nagari|gampong)\b",
    re.IGNORECASE,
)


def _across_the_region(ctx: Context, sentence: Sentence) -> bool:
    """Whether ``sentence`` tells of its event across several of the region's districts or villages
    (:data:`_ACROSS_DISTRICTS`): held in the region the article is about."""
    return _ACROSS_DISTRICTS.search(sentence.text) is not None


#: opening a sentence with no date of its own: what it tells happened on the day of the event told
#: before it ("Pada hari yang sama, ...", "Usai rapat paripurna, ...", "... dilanjutkan dengan ...")
_SAME_DAY = re.compile(rf"\s*(?:{cues.any_of('same-day-cues')})\b", re.IGNORECASE)
#: "... dilanjutkan dengan ...", "Diawali dengan ...": a day's programme going on to its next gathering
_GOING_ON = r"\b(?:(?:dilanjutkan|diteruskan|berlanjut)(?:\s+dengan)?|(?:diawali|dibuka)\s+dengan)\b"
_GOES_ON = re.compile(_GOING_ON, re.IGNORECASE)
#: a sentence whose subject, a few words, goes on to the next gathering: "Kemeriahan berlanjut dengan ...",
#: "Rangkaian acara dilanjutkan dengan ...", "Rangkaian peringatan Hari Jadi dilanjutkan dengan ..."
_GOES_ON_NEXT = re.compile(rf"\W*(?:[\w-]+\s+){{1,5}}{_GOING_ON}", re.IGNORECASE)
#: "Pada kesempatan yang sama, Pemkot meluncurkan ...": at the event's own place too
_SAME_OCCASION = re.compile(
    r"\W*(?:pada|dalam|di)\s+kesempatan\s+(?:yang\s+sama|itu|tersebut)\b", re.IGNORECASE
)
#: "pada hari Minggu": a clause naming a day tells of its own day, not the event's before it (not
#: the day it lasts until: "berlangsung hingga Minggu (1/12)")
_WEEKDAY_WORD = re.compile(rf"\b(?:pada\s+hari|pada|hari)\s+(?:{lang.alternation(WEEKDAYS)})\b")
#: opening a sentence: "Pada hari yang sama, DPRD ... menerima kunjungan kerja ...", of the day of the
#: event told last however far on (a sentence dated another day before it ends that day)
_THE_SAME_DAY = re.compile(
    rf"\W*(?:{lang.alternation(w for w in lang.words('same-day-cues', casefold=True) if 'hari yang sama' in w)})\b",
    re.IGNORECASE,
)
#: opening a sentence: its subject, then "kemudian" and its verb ("Sahat kemudian memimpin rapat ...",
#: "Ia lalu meresmikan ..."): what the one told before went on to do that day
_THEN_ACTED = re.compile(
    r"\W*(?:Ia|Dia|Beliau|Mereka|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s+(?:kemudian|selanjutnya|lalu)\s+"
    r"(?:me|ber)[a-z]{3,}\b"
)
#: how many sentences after a dated event's own may tell another held that day
_SAME_DAY_REACH = 8
#: the words opening what follows an event: "Usai apel, ...", "Setelah pencanangan, ...", "Sebagai tindak
#: lanjut apel, ..."
_AFTER_WORDS = r"(?:[Uu]sai|[Ss]eusai|[Ss]etelah|[Ss]esudah|[Ss]elepas|(?:[Ss]ebagai\s+)?[Tt]indak\s+lanjut)"
#: opening a clause: what it names is what the clause follows ("Usai rapat, ..."), or what the act it
#: names was done to ("Usai menerima penghargaan, ...")
_FOLLOWED = re.compile(rf"\W*{_AFTER_WORDS}\s+(?:me[a-z]+\s+)?", re.IGNORECASE)
#: opening a sentence: what it tells followed the event its noun names ("Usai apel, Kasat Lantas ...")
_AFTER_OWN = re.compile(rf"\W*{_AFTER_WORDS}\s+(?P<noun>\w+)\s*,")
#: opening a sentence: what it tells is part of the event its noun names ("Masih dalam rangkaian peresmian, ...")
_IN_SERIES = re.compile(
    r"\W*(?:[Mm]asih\s+)?(?:[Dd]alam|[Dd]i)\s+rangkaian\s+(?:acara\s+|kegiatan\s+)?(?P<noun>\w+)"
)


#: the papers the sworn-in sign after an inauguration, a step of the day's event, no gathering of its
#: own told after it: "menandatangani pakta integritas dan berita acara serah terima jabatan"
_SWORN_PAPERS = re.compile(
    r"\b(?:menandatangani|penandatanganan)\s+(?:pakta\s+integritas|berita\s+acara)\b", re.IGNORECASE
)


#: a sentence telling the steps of one ceremony ("Prosesi diawali dengan pembacaan surat keputusan
#: ..., kemudian dilanjutkan dengan pengambilan sumpah ...", "Peresmian ditandai dengan pemukulan gong,
#: disusul penyerahan kunci ..."): no gatherings of their own
_STEPS = re.compile(
    rf"\W*(?:(?:{cues.any_of('ceremony-step-words')})\b"
    r"|(?:[\w-]+\s+){1,3}ditandai\s+(?:dengan|oleh)\b)",  # "Peresmian ditandai dengan ..., disusul ..."
    re.IGNORECASE,
)
#: where a sentence goes on to the next gathering of the day: "..., kemudian dilanjutkan dengan
#: pembukaan Expo ...", "... di Alun-alun dan tasyakuran bersama warga di Pendopo ..."
_NEXT_CLAUSE = re.compile(
    rf"{_GOING_ON}|,\s*(?:kemudian|lalu|selanjutnya)\b"
    rf"|\b(?:dan|serta)\s+(?=(?i:{lexicon.EVENT_TRIGGER_ALTERNATION})\b)"
)


def _clauses(ctx: Context, lo: int, hi: int) -> list[tuple[int, int]]:
    """``text[lo:hi]`` cut where it goes on to the next gathering of the day (:data:`_NEXT_CLAUSE`);
    not the subject of ``diawali dengan``/``dilanjutkan dengan`` (``Rangkaian hari jadi dilanjutkan
    dengan Kirab ...``: the whole day's programme, no gathering of its own)."""
    cuts = list(_NEXT_CLAUSE.finditer(ctx.text, lo, hi))
    starts = [lo, *(m.end() for m in cuts)]
    clauses = []
    for a, cut in zip(starts, [*cuts, None], strict=True):
        b = hi if cut is None else cut.start()
        subject = cut is not None and _GOES_ON.match(cut.group()) and "," not in ctx.text[a:b]
        if b > a and not subject:
            clauses.append((a, b))
    return clauses


def _of_the_day_far_on(ctx: Context, after: Sentence, owns: set[str]) -> bool:
    """Whether a sentence past the same-day reach still tells of the day of the event whose name opens
    with one of ``owns`` (or whose words follow it): it says it is part of that event or follows it
    ("Masih dalam rangkaian peresmian, Disperindag ... menandatangani ...", "Usai apel, Kasat Lantas
    ..."), that the day's festivities
    go on ("Kemeriahan berlanjut dengan Kirab Tumpeng ..."), or that it is that very day ("Pada hari
    yang sama, DPRD ... menerima ...", "Siang harinya, DPRD ... menggelar ...")."""
    series = _IN_SERIES.match(ctx.text, after.start, after.end) or _AFTER_OWN.match(
        ctx.text, after.start, after.end
    )
    return (
        (series is not None and series.group("noun").casefold() in owns)
        or _GOES_ON_NEXT.match(ctx.text, after.start, after.end) is not None
        or _THE_SAME_DAY.match(ctx.text, after.start, after.end) is not None
        or _LATER_THAT_DAY_OPENING.match(ctx.text, after.start, after.end) is not None
    )


#: the head of an event's words right before an event named without it ("apel" before "peringatan Hari
#: Kesadaran Nasional")
_HEAD_BEFORE = re.compile(rf"\b({lang.alternation(_TRIGGER_HEADS)})\s+$", re.IGNORECASE)


#: opening a sentence: what it tells happened later on the day told before ("Siang harinya, DPRD ...
#: menggelar Rapat Paripurna Istimewa ..."), however far on
_LATER_THAT_DAY_OPENING = re.compile(r"\W*(?:pada\s+)?(?:pagi|siang|sore|malam)\s+harinya\b", re.IGNORECASE)


#: a short form in brackets right after an event's words: "inspeksi mendadak (sidak)"
_BRACKETED_SHORT = re.compile(r"\s*\(([A-Za-z]{3,12})\)")


def _add_same_day(ctx: Context, seen: dict[tuple[str, str], Event], event: Event, sentence: Sentence) -> None:
    """The gatherings told on a held event's day with no date of their own: the rest of its own
    sentence after ``dilanjutkan dengan`` (``Diawali Rapat Paripurna ... di Gedung DPRD ..., Kamis
    (28/11/2019), rangkaian peringatan dilanjutkan dengan pembukaan Gelar Produk ... di Stadion ...``),
    and the sentences after it that say they are of that day: ``Usai rapat paripurna, Bupati ...
    membuka Expo Produk Desa 2024 di Alun-Alun ...``, ``Pada hari yang sama, DPRD ... menggelar Rapat
    Paripurna Istimewa ...``, ``Rangkaian acara diawali dengan Rapat Paripurna ... di Gedung DPRD ...,
    kemudian dilanjutkan dengan pembukaan Delta Expo ... di Alun-alun ... dan tasyakuran bersama warga
    di Pendopo ...``; a gathering each clause (:func:`_clauses`), the last one it names, at the place
    the clause names, up to a sentence dated another day (an end date, "hingga Minggu (13/10)", is
    none) or a plan said to be of that day ("Usai itu, Bupati akan membuka ...")."""
    k = _position(ctx, sentence)
    value = event.date
    if value is None or _still_ahead(ctx, value):
        return  # (a day still ahead: what the sentences after it tell is no news of that day)
    clauses = [
        c
        for c in _clauses(ctx, sentence.start, sentence.end)[1:]
        if c[0] >= event.span.end and _GOES_ON.search(ctx.text, max(sentence.start, c[0] - 24), c[0])
    ]
    own = event.name.split()[0].casefold()
    # "inspeksi mendadak (sidak) ...": the short form in brackets after the event's words is its own too
    short = _BRACKETED_SHORT.match(ctx.text, event.span.end)
    owns = {own, short.group(1).casefold()} if short is not None else {own}
    # "menggelar apel peringatan Hari Kesadaran Nasional" (named "Peringatan Hari Kesadaran Nasional"):
    # "Seusai apel, ..." follows it too
    if (head := _HEAD_BEFORE.search(ctx.text, max(0, event.span.start - 24), event.span.start)) is not None:
        owns.add(head.group(1).casefold())
    for n, after in enumerate(ctx.sentences[k + 1 :] if k >= 0 else []):
        if any(
            after.start <= d.start < after.end
            and not _an_end(ctx, d)
            and d.value != value
            and not _still_ahead(ctx, d.value)
            and not _history(ctx, d)
            for d in ctx.dates
        ):
            # another day's news (not the event's end, "berlangsung hingga Minggu (13/10)", nor its day
            # again, nor a day still ahead when the article was written: "pemungutan suara tinggal dua
            # pekan lagi, tepatnya Rabu, 27 November 2024", nor a day of years before, history: "daerah
            # yang berdiri sejak 21 Juni 1947", "naskah sejarah ... sejak ditetapkan sebagai gemeente
            # pada 1 April 1914 dibacakan ...")
            break
        if n >= _SAME_DAY_REACH and not _of_the_day_far_on(ctx, after, owns):
            continue
        of_the_day = (
            _SAME_DAY.match(ctx.text, after.start, after.end)
            or _THEN_ACTED.match(ctx.text, after.start, after.end)
            or _GOES_ON.search(after.text)
        )
        if of_the_day and cues.NOT_NOW.search(after.text):
            break  # "Usai itu, Bupati akan membuka ...": a plan, and what follows it
        if ctx.in_furniture(after.start) or not of_the_day or _STEPS.match(after.text):
            continue  # (a plan in a sentence of its own, "Anak ... akan menerima bantuan", ends nothing)
        clauses.extend(_clauses(ctx, after.start, after.end))
    for lo, hi in clauses:
        if _WEEKDAY_WORD.search(ctx.text, lo, hi):
            continue  # "..., dan ditutup dengan kirab budaya pada hari Minggu": another day
        if any(lo <= d.start < hi and d.value != value for d in ctx.dates):
            continue  # "... masih berlanjut dengan bazar UMKM pada 3–6 April 2024": days of its own, still ahead
        if _SWORN_PAPERS.search(ctx.text, lo, hi):
            continue  # "Usai pelantikan, pejabat menandatangani pakta integritas ...": a step of the day's event
        day = DateMention(hi, hi, value)
        # ("Usai peluncuran, di lokasi yang sama digelar vaksinasi bagi ...": an event of any kind the
        # clause says was held there)
        kinds = _HELD_KINDS if _HELD.search(ctx.text, lo, hi) else _GATHERINGS
        phrase = _event_phrase(ctx, lo, hi, day, nearest=hi, kinds=kinds)
        if phrase is None:
            continue
        name, kind, start, end = phrase
        key = (name.casefold(), value)
        if _told_before(key, seen) or _FOLLOWED.fullmatch(ctx.text, lo, start):
            continue  # ("Usai menerima penghargaan, Wali Kota ...": what the day's event was, told again)
        told = containing(ctx.sentences, lo) or sentence
        if name.split()[0].casefold() in owns:
            # "Penandatanganan MoU ... Dilanjutkan penandatanganan perjanjian kerja sama antara X dan
            # Y": the same act goes on, with more who take part in it
            _participants(ctx, event, [told], start, end, main=False)
            continue
        other = Event(name, kind, value, ctx.span(start, end))
        other.location = (
            _location(ctx, lo, hi)
            or _place_in(ctx, start, end)
            or _venue_in(ctx, told)
            or (event.location if _SAME_OCCASION.match(ctx.text, told.start, told.end) else None)
        )
        _participants(ctx, other, [told], start, end, main=False)
        seen[key] = other
        ctx.events.append(other)


#: a time of the day an event was told of, later that day ("Bupati yang meninjau lokasi banjir siang
#: harinya ..."): written anywhere in its sentence
_LATER_THAT_DAY = re.compile(r"\b(?:pagi|siang|sore|malam)\s+harinya\b", re.IGNORECASE)


def _later_that_day(ctx: Context, seen: dict[tuple[str, str], Event], event: Event) -> None:
    """``Banjir merendam ... Kamis (9/1). ... Bupati X yang meninjau lokasi banjir siang harinya
    menyatakan ...``: a gathering told in a later sentence with no date of its own that says it was
    later that same day, up to a sentence dated another day; named by the act or event words before
    that phrase."""
    value = event.date
    k = _position(ctx, containing(ctx.sentences, event.span.start) or ctx.sentences[0])
    if value is None or k < 0 or _still_ahead(ctx, value):
        return
    for after in ctx.sentences[k + 1 : k + 1 + _SAME_DAY_REACH]:
        if any(after.start <= d.start < after.end for d in ctx.dates):
            return  # (another day's news, or the same day's told again: read where it is dated)
        cue = _LATER_THAT_DAY.search(ctx.text, after.start, after.end)
        if (
            cue is None
            or ctx.in_furniture(after.start)
            or cues.NOT_NOW.search(ctx.text, after.start, cue.start())
        ):
            continue  # (not "... akan meninjau ... siang harinya": a plan; what is said after it may be one)
        phrase = _event_phrase(
            ctx, after.start, cue.start(), DateMention(cue.start(), cue.start(), value), kinds=_GATHERINGS
        )
        if phrase is None:
            continue
        name, kind, start, end = phrase
        key = (name.casefold(), value)
        if _told_before(key, seen):
            continue
        other = Event(name, kind, value, ctx.span(start, end))
        other.location = _location(ctx, after.start, after.end) or _place_in(ctx, start, end)
        _participants(ctx, other, [after], start, end, main=False)
        seen[key] = other
        ctx.events.append(other)


def _add_joined(
    ctx: Context, seen: dict[tuple[str, str], Event], event: Event, start: int, end: int, sentence: Sentence
) -> None:
    """Another event named right beside ``event``'s (``text[start:end]``) after a year that closes the
    first name: ``menggelar Expo Produk Desa 2024 dan Pameran Batik dan Tenun Nusantara di Alun-Alun ...``
    gives both, whichever was found, on the same day, at the same place, with the same people. The
    other name opens with an event's word, is capitalised, of two words at least, and no person,
    body or place."""
    value = event.date
    if value is None:
        return
    other: tuple[str, str, int, int] | None = None
    joined = _AND_NEXT.match(ctx.text, end, sentence.end)
    if joined is not None and _YEAR.fullmatch(ctx.text[end - 4 : end]):
        name, stop = _name_from(ctx, joined.end(), sentence.end)
        trigger = _TRIGGER.match(name)
        # only a name that says it is an event ("Pameran ..."); "pengamanan Natal 2024 dan Tahun
        # Baru 2025" joins two holidays, not two events
        other = (name, _kind(trigger.group("t")), joined.end(), stop) if trigger else None
    before = _YEAR_AND.search(ctx.text, sentence.start, start)
    if before is not None:
        day = DateMention(before.end(), before.end(), value)
        found = _event_phrase(ctx, sentence.start, before.start("and"), day)
        other = found if found is not None and found[3] == before.start("and") else other
    if other is None:
        return
    name, kind, first, last = other
    if len(name.split()) < 2 or _only_entity(ctx, first, last) or _names_person(ctx, first, last):
        return
    key = (name.casefold(), value)
    if _told_before(key, seen):
        return
    told = Event(name, kind, value, ctx.span(first, last))
    told.location = event.location
    told.performers = list(event.performers)
    told.attendees = list(event.attendees)
    seen[key] = told
    ctx.events.append(told)


#: between a start date and its end: "mulai Kamis (27/3/2025) hingga Selasa (8/4/2025)"
_TO = re.compile(r"\s*(?:hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d)\s+", re.IGNORECASE)


def _until(ctx: Context, date: DateMention) -> str | None:
    """The day an event dated ``date`` ends on when a second date follows it as its end:
    ``mulai Kamis (27/3/2025) hingga Selasa (8/4/2025)`` → ``2025-04-08``."""
    to = _TO.match(ctx.text, date.end)
    if to is None:
        return None
    end = next((d for d in ctx.dates if d.start == to.end()), None)
    if end is None or end.relative or end.period or end.value <= date.value:
        return None
    return end.end_value or end.value


def _still_ahead(ctx: Context, value: str) -> bool:
    """Whether the day ``value`` is after the day the article was published: a plan, no day's news told."""
    published = ctx.published
    return published is not None and value[:10] > published.isoformat()


def _an_end(ctx: Context, date: DateMention) -> bool:
    """Whether ``date`` is written as the day something ends or is due: ``hingga Minggu (13/10)``,
    ``paling lambat 10 Februari``."""
    return _UNTIL.search(ctx.text[max(0, date.start - 24) : date.start]) is not None


#: a weekday, then the word joining it to the last day of a stretch: "Senin hingga Rabu (14-16/6/2021)"
_FIRST_WEEKDAY_TO = re.compile(
    rf"\b(?:{lang.alternation(WEEKDAYS)})\s+(?:hingga|sampai(?:\s+dengan)?|s\.d\.?)\s*$"
)


def _range_of_weekdays(ctx: Context, date: DateMention) -> bool:
    """Whether ``date``, written after "hingga", is a whole stretch of days whose first weekday stands
    before that word ("selama tiga hari, Senin hingga Rabu (14-16/6/2021)"): no end, but the days
    something was held on, from the first."""
    return (
        date.end_value is not None
        and _FIRST_WEEKDAY_TO.search(ctx.text, max(0, date.start - 24), date.start) is not None
    )


def _bounds_a_span(ctx: Context, date: DateMention) -> bool:
    """Whether ``date`` is the start or end of a stretch of days rather than a day something happened
    on: ``mulai 21 Desember 2024 hingga 2 Januari 2025``, ``berlangsung hingga Minggu (13/10)``,
    ``5-7 Maret 2025``."""
    return date.end_value is not None or _an_end(ctx, date) or _until(ctx, date) is not None


def _named_by_the_same_words(seen: dict[tuple[str, str], Event], day: str, start: int, end: int) -> bool:
    """Whether an event of ``day`` found already is named by words from ``start`` to ``end`` too: the
    same event, whatever the two readings called it."""
    return any(e.date == day and e.span.start < end and start < e.span.end for e in seen.values())


def _told_before(key: tuple[str, str], seen: dict[tuple[str, str], Event]) -> bool:
    """Whether an event of ``key`` (name, day) was found already: the same name that day, or one
    inside the other (``Sosialisasi Sensus Pertanian 2033`` and ``Focus Group Discussion (FGD)
    Sosialisasi Sensus Pertanian 2033``); an incident only by its own key."""
    name, day = key
    return key in seen or (
        not name.startswith("incident:")
        and any(d == day and not n.startswith("incident:") and (n in name or name in n) for n, d in seen)
    )


def _add_news_of_the_day(ctx: Context, seen: dict[tuple[str, str], Event], *, main: bool) -> None:
    """A flood or poisoning the article opens with, undated, on the article's day
    (:func:`kg.extract.incidents.of_the_day`), unless a date of its own was found for it; the
    article's main event when no other was found."""
    found = incidents.of_the_day(ctx)
    if found is None:
        return
    incident, day = found
    key = f"incident:{incident.noun.casefold()}"
    if any(k == key for k, _ in seen):
        return
    if incidents.announced_with_the_day(incident) and any(d == day for _, d in seen):
        return  # "MS ditahan saat penyerahan tersangka ..., kata X, Senin (20/10)": the act the day's event is
    sentence = containing(ctx.sentences, incident.start)
    if sentence is None:
        return
    event = Event(display_name(incident.name), "Event", day, ctx.span(incident.start, incident.end))
    event.location = (
        incidents.struck(ctx, incident)
        or _place_in(ctx, incident.start, incident.end)
        or _venue_in(ctx, sentence)
        # where a statement of the day was made in person: the reporter came to the scene
        or _same_day_venue(ctx, sentence, DateMention(incident.start, incident.end, day))
    )
    _participants(ctx, event, [sentence], incident.start, incident.end, main=main)
    seen[(key, day)] = event
    ctx.events.append(event)


def _named_earlier(
    ctx: Context,
    sentence: Sentence,
    date: DateMention,
    name: str,
    kind: str,
    start: int,
    end: int,
    seen: dict[tuple[str, str], Event],
    *,
    own_word: bool = False,
) -> tuple[str, int, int] | None:
    """The name an event called by its bare word (``Parade dilepas oleh Wali Kota ..., Sabtu (22/7)``,
    ``expo tersebut``), or by its word and words in lower case that describe it (``Festival tahunan
    yang berlangsung sejak Rabu (23/10) itu``), was given before, in the article's first sentences: a
    capitalised name of two words at least of the same class (``Sukamaju Flower Carnival 2023 kembali
    menyedot ...``), the first one (when described, or with ``own_word``, the first opening with its
    word); none when that name was found for a day already."""
    closing = _CLOSING_NAMED.fullmatch(name)
    if closing is not None:  # "Penutupan Festival": the closing of the festival named before
        rest = closing.group("event")
        shift = closing.start("event")
        named = _named_earlier(
            ctx, sentence, date, rest, _kind(rest), start + shift, end, seen, own_word=True
        )
        if named is None:
            return None
        # (its festival found for a day already comes back as its closing: "Penutupan Festival X", once)
        return f"{name[:shift]}{named[0].removeprefix(name[:shift])}", start, end
    described = all(w[:1].islower() for w in ctx.text[start:end].split()[1:])
    if not described or kind == "Event":
        return None
    k = max(_position(ctx, sentence), 0)
    if k > 0:
        held = _held_just_before(ctx, ctx.sentences[k - 1], date, name, kind)
        if held is not None:
            return held
    head = name.split()[0]
    # (described and pointed back to, "Rapat tahunan itu berlangsung ...", it is named as its bare word is:
    # by the sentence's first event of its class, "Musrenbang ..." too)
    referred = _REFERRED.match(ctx.text, end) is not None
    pointed = len(ctx.text[start:end].split()) > 1 and referred
    own_word = own_word or (" " in name and not pointed)
    word = re.compile(rf"\b{re.escape(head)}\b")
    # (in the article's first sentences, or in the one right before however far on: "... rangkaian
    # Festival X 2024. Festival dibuka dua hari sebelumnya ...")
    nearby = (
        ctx.sentences[: min(k, _NAMED_EARLIER_REACH)] + ctx.sentences[max(k - 1, _NAMED_EARLIER_REACH) : k]
    )
    for before in nearby:
        if ctx.in_furniture(before.start):
            continue
        # (a described one is named with its own word: "Festival Budaya Pakpak 2024", not the sentence's
        # first event, "Lomba Tari Kreasi"; a bare word by the sentence's first event, or when that is
        # written in lower case, by its own word: "juara lomba solu pada Festival X 2019")
        own = [(m.start(), True) for m in word.finditer(ctx.text, before.start, before.end)]
        if own_word:
            starts = own
        elif ctx.text[start : start + 1].islower() or referred:
            # (a bare word written in lower case, "festival yang berlangsung ... itu", or pointed back to,
            # "Festival tersebut dibuka ...", by the name opening with its own word first: "... juara Lomba X
            # pada Festival Y 2025", the festival, not the contest)
            starts = [*own, (before.start, False)]
        else:
            starts = [(before.start, False), *own]
        for lo, with_word in starts:
            phrase = _event_phrase(ctx, lo, before.end, date, nearest=lo, kinds=frozenset({kind}))
            if phrase is None or (with_word and phrase[0].split()[0] != head):
                continue
            full, _, at, stop = phrase
            if full.split()[0] in _STAGING_WORDS and len(full.split()) > 2:
                # "Gelaran Festival X resmi berakhir ...": the festival's name without its staging
                full, at = full.split(" ", 1)[1], ctx.tokens[ctx.token_index(at) + 1].start
            written = ctx.text[at:stop].split()
            if not with_word and len(full.split()) >= 2 and ctx.text[at : at + 1].islower():
                continue
            if written[0] == head and full.endswith(f" {' '.join(written)}"):
                # ("... menutup Festival X 2025 .... Festival yang digelar mulai Rabu itu ...": the festival
                # itself, not the closing its sentence told)
                full = " ".join(written)
            if (
                len(full.split()) < 2
                or not ctx.text[at : at + 1].isupper()
                # (with its own word, a name: "Festival Budaya Pakpak", not "Sidang agenda pembacaan putusan")
                or (with_word and not written[1][:1].isupper())
                # (the sentence's first event capitalised as its first word only: "Lomba dayung perahu
                # tradisional itu menjadi penutup Festival X 2025", where the bare word's own is written)
                or (not with_word and own and len(written) > 1 and written[1][:1].islower())
            ):
                if not with_word and own:
                    # ("Di tengah ... stan-stan pameran, ... uji cita rasa Festival X 2024": the sentence's
                    # first event is no name, its own word later is)
                    continue
                return None
            if any(n == full.casefold() for n, _ in seen):
                # (found for a day already: but "Festival yang ... itu dibuka ... pada Jumat" is its opening)
                act = _OPENED_OR_CLOSED.search(ctx.text, end, date.start)
                if act is None:
                    return None
                return f"{_PASSIVES[act.group('act')][0]} {full}", at, stop  # "Pembukaan", "Penutupan"
            return full, at, stop
    return None


#: the opening or closing of an event its bare word stands for ("Festival yang digelar ... itu dibuka
#: secara resmi oleh Bupati pada Jumat (12/7)")
_OPENED_OR_CLOSED = re.compile(r"\b(?:resmi\s+)?(?P<act>dibuka|ditutup)\b")
#: how many of an article's first sentences may name the event its bare word stands for later
_NAMED_EARLIER_REACH = 3


def _held_just_before(
    ctx: Context, before: Sentence, date: DateMention, name: str, kind: str
) -> tuple[str, int, int] | None:
    """The event a bare word stands for (``Rapat berlangsung di Ruang X, Senin (27/5)``) that the
    sentence right before says was held, in lower case, with more words than it (``Pemkab langsung
    menggelar rapat koordinasi tindak lanjut rekomendasi hasil pemeriksaan.``), undated."""
    if ctx.in_furniture(before.start) or any(before.start <= d.start < before.end for d in ctx.dates):
        return None
    phrase = _event_phrase(ctx, before.start, before.end, date, nearest=before.end, kinds=frozenset({kind}))
    if phrase is None:
        return None
    full, _, start, end = phrase
    if len(full.split()) < 2 or full.split()[0].casefold() != name.casefold():
        return None
    if not _HELD.search(ctx.text, max(before.start, start - _HELD_REACH), start):
        return None
    return full, start, end


#: how far before a lower-case event's phrase the verb saying it was held may stand
_HELD_REACH = 30


#: the nouns acts call their events by ("Peluncuran", "Penyerahan"): alone, a name that says not of what
_ACT_NOUNS = frozenset(noun.casefold() for noun, _ in _ACTS.values())


def _completed(ctx: Context, sentence: Sentence, name: str) -> str:
    """A bare act noun (``Peluncuran dilakukan Wali Kota ..., Selasa (7/1)``) completed with the object
    of an act in the sentence before (``Pemkot meluncurkan aplikasi Sapa Warga ...``): ``Peluncuran Sapa
    Warga``; a handing over takes the thing handed over (``menyalurkan bantuan keuangan ...``)."""
    k = max(_position(ctx, sentence), 0)
    if name.casefold() not in _ACT_NOUNS or k == 0:
        return name
    before = ctx.sentences[k - 1]
    if ctx.in_furniture(before.start):
        return name
    named = _ACT.search(ctx.text, before.start, before.end)
    if named is not None:
        thing, _ = _name_from(ctx, named.end(), before.end)
        if thing and not ctx.entity_at(named.end(), named.end() + len(thing), EntityType.PERSON):
            return f"{name} {thing}"
    lower = _ACT_LOWER.search(ctx.text, before.start, before.end)
    if lower is not None:
        group = next(g for g in ("object", *_OBJECT_LISTS) if lower.group(g))
        return f"{name} {lower.group(group)}"
    return name


def _planned(ctx: Context, sentence: Sentence, date: DateMention, start: int) -> bool:
    """Whether the event its date's sentence names is still to come: ``... akan menggelar kerja bakti
    massal pada Minggu (22/6/2025) mendatang`` (a plan word from a few words before its name to just
    after the date); its speakers spoke of it, they did not take part."""
    lo = max(sentence.start, min(start, date.start) - 30)
    return bool(cues.NOT_NOW.search(ctx.text, lo, min(sentence.end, date.end + 12)))


def _participants(
    ctx: Context, event: Event, sentences: list[Sentence], start: int, end: int, *, main: bool
) -> None:
    """Who took part: the persons and bodies of the event's sentences (its date's and its name's)."""
    linked = {id(e) for e in (*event.performers, *event.attendees)}

    def add(target: list[Entity], entity: Entity) -> None:
        if id(entity) not in linked and entity is not event.location:
            target.append(entity)
            linked.add(id(entity))

    present: set[int] = set()
    for sentence in sentences:
        for person in _entities_in(ctx, sentence, EntityType.PERSON):
            add(event.performers if _PERFORM.search(sentence.text) else event.attendees, person)
            present.add(id(person))
        for organisation in _entities_in(ctx, sentence, EntityType.ORGANIZATION):
            add(event.attendees, organisation)  # "Rapat Paripurna DPRD Kabupaten Pacitan ..., Senin (20/10)"
    for c in ctx.claims:
        if c.entity is not None and c.entity.type is EntityType.ORGANIZATION and start <= c.start < end:
            add(event.attendees, c.entity)
    if main:
        for quote in ctx.quotes:
            add(event.performers, quote.speaker)
        stretch = _next_day_told(ctx, sentences[0], event)
        for s in _sentences_with(ctx, _PERFORM):
            if s.start >= stretch:
                break
            for person in _entities_in(ctx, s, EntityType.PERSON):
                add(event.performers, person)
        for s in ctx.sentences:
            if s.start >= stretch:
                break
            if _ATTEND.search(s.text) or _ANAPHOR.search(s.text):
                for entity in _entities_in(ctx, s, EntityType.ORGANIZATION, EntityType.PERSON):
                    add(event.attendees, entity)
    # sentences that speak of this event again ("sidang itu berlangsung ... dengan terdakwa X",
    # "Uji Kompetensi Teknis ini dilaksanakan oleh ..."), the one right after its own that says who
    # came ("Turut hadir ..."), and the one listing those a sentence speaking of it again says took part
    head = _again_by_head(event.name.split()[0])
    last = _position(ctx, sentences[0])
    spoken_of = [s for s in ctx.sentences if head is not None and head.search(s.text)]
    following = _told_after(ctx, last, event) if last >= 0 and event.kind in _POINTED_BACK else []
    # the sentences that list who took part come first: the pattern of the event's phrase, new to
    # every event, is compiled only when one of them may follow a sentence naming the event (rarely)
    listings = [
        (s, listing) for k, s in enumerate(ctx.sentences) if (listing := _listed_after(ctx, k)) is not None
    ]
    named = _again_by_phrase(ctx.text[start:end]) if listings else None
    listed = [
        listing for s, listing in listings if s in spoken_of or (named is not None and named.search(s.text))
    ]
    for s in (*spoken_of, *following, *listed):
        for person in _entities_in(ctx, s, EntityType.PERSON):
            add(event.performers if _PERFORM.search(s.text) else event.attendees, person)
        for organisation in _entities_in(ctx, s, EntityType.ORGANIZATION):
            add(event.attendees, organisation)
    # an official who took part came for his office: the Kapolres for his Polres
    people = {id(p) for p in (*event.performers, *event.attendees)}
    for membership in ctx.memberships:
        if (
            id(membership.person) in people
            and membership.organization is not None
            and membership.tenure != "former"
            and (
                id(membership.person) in present
                or membership.organization.name.split()[0] not in _PARTY_HEADS
            )
        ):
            add(event.attendees, membership.organization)


def _next_day_told(ctx: Context, sentence: Sentence, event: Event) -> int:
    """Where the article goes on to what happened on another day, after the main event's own
    ``sentence`` (``Selanjutnya, Wali Kota menghadiri rapat ..., Selasa (14/10)``): who is said to
    have come or led after it came to that; the article's end when it does not. Not a day planned
    (``akan digelar Senin (20/10)``), nor one no event is named for (a written statement's)."""
    for later in ctx.sentences:
        if later.start <= sentence.start or cues.NOT_NOW.search(later.text):
            continue
        for d in ctx.dates:
            if (
                later.start <= d.start < later.end
                and not d.relative
                and not d.period
                and d.value != event.date
                and not _an_end(ctx, d)
                and (_event_phrase(ctx, later.start, d.start, d) or _held_after(ctx, later, d)) is not None
            ):
                return later.start
    return len(ctx.text)


def _told_after(ctx: Context, k: int, event: Event) -> list[Sentence]:
    """The sentences after an event's own (sentence ``k``) that go on about it: those that say who came
    (``Turut hadir ...``, ``Hadir pula ...``) a few sentences on from its own or from the last one found
    about it, those pointing back at it (``Dalam rakor
    tersebut, Sekda X melaporkan ...``, ``Hadir dalam kesempatan itu ...``) and those opening with its
    name's head (a few sentences on, ``Peluncuran dilakukan oleh ...``, and however far on, ``Peluncuran
    di X turut dihadiri ...``); near it too, those naming who did it with the one who
    led it (``Nota itu ditandatangani oleh ...``, ``Wagub disambut oleh ...``) and those telling its act
    again (``Wagub meninjau posko bersama Kepala BPBD ...`` after ``Peninjauan posko ...``); up to a
    sentence dated another day, and none that plans something (``akan``). Not an election: "pada
    kesempatan ini" is the gathering that spoke of it."""
    head = event.name.split()[0].casefold()
    again = _act_again(head)
    told = []
    last = 0  # the last sentence found about it, counted from its own: "Turut hadir ..." may follow that
    for n, sentence in enumerate(ctx.sentences[k + 1 :], start=1):
        other_days = [
            d for d in ctx.dates if sentence.start <= d.start < sentence.end and d.value != event.date
        ]
        if any(not _bounds_a_span(ctx, d) for d in other_days):
            break
        if other_days:
            continue  # "... selama Operasi Lilin yang berlangsung mulai 21 Desember hingga 2 Januari"
        if ctx.in_furniture(sentence.start) or cues.NOT_NOW.search(sentence.text):
            continue
        opening = sentence.text.split(maxsplit=1)[0].casefold() if sentence.text.strip() else ""
        if (
            (
                n - last <= _ATTENDANCE_REACH
                and (
                    _ATTEND.search(sentence.text)
                    or _COMPANY.search(sentence.text)
                    or (again is not None and again.search(sentence.text))
                )
            )
            or _BACK_REFERENCE.search(sentence.text)
            # its head opening the sentence: near it ("Peluncuran diawali ... oleh X bersama Y dan Z"
            # after a sentence on the programme), or however far on with who came ("Peluncuran di X
            # turut dihadiri ...")
            or (opening == head and (n - last <= _ATTENDANCE_REACH or _ATTEND.search(sentence.text)))
        ):
            told.append(sentence)
            last = n
    return told


#: who took part with the one who led an event, told right after it ("ditandatangani oleh", "disambut")
_COMPANY = re.compile(rf"\b(?:{cues.any_of('event-company-cues')})\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 6)
def _act_again(head: str) -> re.Pattern[str] | None:
    """The verbs of the act an event's name opens with (``peninjauan`` → ``meninjau``), as a sentence
    telling it again would use them; none when the name opens with no act's noun."""
    verbs = [verb for verb, noun, _, _ in _ACT_ROWS if noun.split()[0].casefold() == head]
    verbs += [verb for verb, (noun, _, _) in _PASSIVES.items() if noun.split()[0].casefold() == head]
    return re.compile(rf"\b(?:{'|'.join(verbs)})\b", re.IGNORECASE) if verbs else None


#: what follows a trigger or an event's name that speaks of it again ("sidang itu", "Uji ... ini")
_AGAIN = rf"\s+{lexicon.DEMONSTRATIVE}"


@lru_cache(maxsize=1 << 10)
def _again_by_head(head: str) -> re.Pattern[str] | None:
    """A sentence speaking of an event again by its trigger's head: ``sidang itu``, or ``Usai
    pencanangan, Wali Kota bersama jajaran Forkopimda ...`` (those who did it right after were at
    it); none when the name opens with no trigger. Kept per head: the heads are a word list's, and
    the event names that pass through ``re``'s own cache push them out of it."""
    if head.casefold() not in _TRIGGER_HEADS:
        return None
    return re.compile(rf"\b{re.escape(head)}{_AGAIN}|\b{_AFTER_WORDS}\s+{re.escape(head)}\s*,", re.IGNORECASE)


def _again_by_phrase(phrase: str) -> re.Pattern[str]:
    """A sentence speaking of an event again by its whole phrase (``Uji Kompetensi Teknis ini``)."""
    whole = r"\s+".join(re.escape(w) for w in phrase.split())
    return re.compile(rf"\b{whole}{_AGAIN}", re.IGNORECASE)


def _listed_after(ctx: Context, k: int) -> Sentence | None:
    """The sentence listing who took part, after sentence ``k`` that says people did but names none:
    ``Uji ini dilaksanakan oleh tim penguji yang melibatkan unsur internal maupun eksternal. Dari
    internal, ada Brigjen X dari ..., Brigjen Y dari ...``; not one with a date of its own."""
    sentence = ctx.sentences[k]
    if not _ATTEND.search(sentence.text) or _entities_in(ctx, sentence, EntityType.PERSON):
        return None
    if k + 1 >= len(ctx.sentences):
        return None
    listing = ctx.sentences[k + 1]
    if ctx.in_furniture(listing.start) or any(listing.start <= d.start < listing.end for d in ctx.dates):
        return None
    return listing
