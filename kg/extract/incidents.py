"""Incidents: crimes, arrests, disasters, accidents and poisonings, on the day the text gives them.

An incident is an event (``schema:Event``) called by its noun (``Pembunuhan``, ``Banjir``,
``Penangkapan``) and whom or what it befell, dated by the date its own clause gives
(``kebakaran terjadi Kamis (9/10) sekira pukul 20.30 WIB``, ``Erwin kemudian diamankan di wilayah
Kebon Gede, Sabtu (18/10)``), never by the day of a statement about it (``"... ada penganiayaan,"
ujar X, Sabtu``), a day it goes on since (``ditahan sejak Selasa (21/10)``; but a disaster goes on
since the day it struck) or a day still to come. Three ways of telling one (``incident-triggers.tsv``):

- its noun, with a word saying it happened (``incident-cues.tsv``): ``banjir merendam ...``,
  ``terjadi kebakaran``, ``diduga keracunan``; not a topic (``penanganan banjir``, ``pelaku
  pembunuhan``, ``12 kasus pencurian``);
- a verb of force or arrest with the person it was done to: ``Erwin diamankan``, ``menangkap
  Berangus``, ``pelaku dibekuk``; not a thing (``barang bukti diamankan``) nor a clause about
  another act (``saat ditangkap``, ``yang diamankan``);
- a verb of what befell a thing: ``Pasar Baru terbakar``.

``Peristiwa itu terjadi pada Sabtu (11/10)`` dates the incident told in the sentences before it.
A flood or poisoning told undated in an article's opening sentence is the news of the article's
day when the article speaks of that day (``hari ini``, ``saat ini``) and dates a statement on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg import lang
from kg.extract import cues, lexicon
from kg.extract.context import Context
from kg.records import Entity, EntityType
from kg.text.dates import DateMention
from kg.text.quotations import QuoteSpan
from kg.text.sentences import Sentence
from kg.text.tokens import Token


@dataclass(frozen=True)
class Trigger:
    """A row of ``incident-triggers.tsv``."""

    word: str
    name: str
    form: str  # noun, passive, active or state
    kind: str  # crime, arrest, disaster, accident or poisoning


@dataclass(frozen=True)
class Incident:
    """An incident told in the text: its event name, the noun it is called by, and the words telling it."""

    name: str
    noun: str
    start: int
    end: int
    #: the clause telling it: where it happened is looked for there
    lo: int
    hi: int
    #: where it was told first, when a later sentence dates it ("peristiwa itu terjadi pada ...")
    told_at: int | None = None


_TRIGGERS = {
    row[0]: Trigger(*row)
    for row in lang.table("incident-triggers", ("word", "name", "form", "kind"), casefold=True)
}
#: an incident's noun -> its kind ("Banjir" -> disaster)
_KINDS = {t.name: t.kind for t in _TRIGGERS.values()}
_WORD = re.compile(rf"\b(?:{lang.alternation(_TRIGGERS)})\b", re.IGNORECASE)
#: a disaster's noun (and another after "dan") right before a date: "gempa dan tsunami 12 Desember 1992"
_DISASTER_BEFORE = re.compile(
    rf"\b(?:{lang.alternation(w for w, t in _TRIGGERS.items() if t.kind == 'disaster' and t.form == 'noun')})"
    r"(?:\s+(?:dan|serta)\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)
#: the characters before a date that :data:`_DISASTER_BEFORE` is looked for in
_DISASTER_REACH = 40
_CUES = lang.table("incident-cues", ("word", "side"), casefold=True)
#: right before an incident's noun: it happened ("terjadi kebakaran", "diduga keracunan")
_CUE_BEFORE = re.compile(
    rf"\b(?:{lang.alternation(w for w, side in _CUES if side != 'after')})(?:\s+(?:sebuah|adanya|kasus|bencana))?\s+$",
    re.IGNORECASE,
)
#: a few words after it: it happened ("banjir merendam", "gempa bermagnitudo 5,2 mengguncang")
_CUE_AFTER = re.compile(
    r"(?:\s+(?:\d+[.,]\d+|[^\s.,;:!?\"“”()]+)){0,4}?\s+"
    rf"(?:{lang.alternation(w for w, side in _CUES if side != 'before')})\b",
    re.IGNORECASE,
)
#: the words of :data:`_CUE_AFTER`, which end the noun's phrase ("banjir akibat luapan sungai")
_AFTER_CUES = frozenset(w for w, side in _CUES if side != "before")
#: right before it: a topic, not a happening ("penanganan banjir", "pelaku pembunuhan")
_TOPIC = re.compile(
    rf"\b(?:{lang.alternation(lang.words('incident-topic-words', casefold=True))})\s+$", re.IGNORECASE
)
#: a count of incidents, a statistic ("12 kasus pencurian", "puluhan kejadian banjir")
_COUNTED = re.compile(
    r"\b(?:\d+|puluhan|ratusan|ribuan|belasan|beberapa|sejumlah|banyak|sederet)\s+"
    r"(?:kasus|kejadian|peristiwa|insiden|laporan)\s+$",
    re.IGNORECASE,
)
#: right before a verb: a clause about another act or a wish ("saat ditangkap", "yang diamankan",
#: "akan segera ditangkap")
_SUBORDINATE = re.compile(
    r"\b(?:yang|saat|ketika|sewaktu|setelah|sesudah|usai|seusai|sebelum|hingga|sampai|akan|hendak|"
    r"agar|supaya|bisa|dapat|harus|ingin|mau|minta|meminta|berupaya|mencoba)(?:\s+\w+)?\s+$",
    re.IGNORECASE,
)
_PERSON_ROWS = lang.table("incident-person-words", ("word", "suspect"), casefold=True)
_PERSON_WORDS = frozenset(word for word, _ in _PERSON_ROWS)
#: the words of suspects: the only persons "diamankan" may be said of without a name ("pelaku diamankan")
_SUSPECT_WORDS = frozenset(word for word, suspect in _PERSON_ROWS if suspect == "yes")
#: between a person and the verb: "Erwin kemudian diamankan", "Kamal sendiri ditangkap"
_ADVERBS = frozenset(
    {"kemudian", "akhirnya", "langsung", "lalu", "pun", "juga", "turut", "berhasil", "telah", "sudah",
     "sendiri", "segera", "kembali", "sempat", "itu", "ini", "tersebut"}
)  # fmt: skip
#: words that end a lower-case person phrase ("anggota geng motor itu", "pelaku di rumahnya")
_PHRASE_END = frozenset(
    {"itu", "ini", "tersebut", "di", "ke", "dari", "yang", "dan", "saat", "oleh", "bersama", "pada", "dengan",
     "berinisial", "inisial", "bernama", "alias"}
)  # fmt: skip
#: a verb of saying before the incident: a date closing the sentence after a comma is the statement's
_SPEAKING = re.compile(
    rf"\b(?:{lang.alternation(row[0] for row in lexicon.SPEAKING_VERBS)})\b",
    re.IGNORECASE,
)
#: a day the incident goes on since, not the day it is told of ("ditahan sejak Selasa (21/10) malam")
_SINCE = re.compile(r"\b(?:sejak|semenjak|mulai)(?:\s+(?:hari|tanggal|pada))?\s*$", re.IGNORECASE)
#: the last day of a stretch since an undated time, the only day it gives: "hujan yang mengguyur sejak
#: Minggu malam hingga Senin (22/7) menyebabkan banjir"
_SINCE_UNTIL = re.compile(
    r"\b(?:sejak|semenjak)\s+[A-Za-z]+(?:\s+[a-z]+)?\s+(?:hingga|sampai)\s+$", re.IGNORECASE
)
#: the characters before a date that :data:`_SINCE_UNTIL` is looked for in
_SINCE_UNTIL_REACH = 40
#: "Peristiwa tragis itu terjadi ...": an incident told before, dated here
_TOLD_AGAIN = re.compile(
    r"\b(?:peristiwa|kejadian|insiden|musibah|tragedi)(?:\s+\w+)?\s+(?:itu|ini|tersebut)\s+"
    r"(?:\w+\s+)?(?:terjadi|berlangsung)\b",
    re.IGNORECASE,
)
#: how many sentences before "peristiwa itu terjadi" the incident may be told in
_TOLD_AGAIN_REACH = 4
#: words saying an article reports its own day ("Kondisi saat ini air belum surut")
_NOW = re.compile(r"\b(?:hari|pagi|siang|sore|malam|saat)\s+ini\b|\bhingga\s+kini\b", re.IGNORECASE)
#: the kinds of incident an article's undated opening sentence reports as the day's news
_ONGOING = frozenset({"disaster", "poisoning"})
#: the incident an undated opening sentence reports as the day's news whenever the article dates
#: anything on its own day: a prosecutor's or the police's detention, announced the day it is made
#: ("Kejari X menetapkan dan menahan dua tersangka ... ," kata Kajari, di Kota, Selasa.)
_DETENTION = "Penahanan"


def dated_by_disaster(ctx: Context, date: DateMention) -> bool:
    """Whether ``date`` is written right after a disaster's noun ("gempa dan tsunami 12 Desember
    1992 harus menjadi pelajaran"): the day that disaster struck, which the sentence remembers."""
    return _DISASTER_BEFORE.search(ctx.text, max(0, date.start - _DISASTER_REACH), date.start) is not None


def told(ctx: Context, sentence: Sentence, date: DateMention) -> Incident | None:
    """The incident ``date`` is the day of in its sentence: told in its clause before it (``banjir
    merendam Desa X, Senin (20/10)``), or after it when the date opens the sentence (``Pada Minggu
    (19/10) malam, kebakaran melanda ...``). A day a disaster goes on since is the day it struck."""
    since = _since(ctx, date)
    if not _own_day(ctx, date, since=since):
        return None
    lo = _clause_start(ctx, sentence, date)
    found = _nearest(ctx, lo, date.start, date, sentence.end)
    hi = next((d.start for d in ctx.dates if date.end <= d.start < sentence.end), sentence.end)
    opening = ctx.text[lo : date.start].strip(" ,")
    until = _UNTIL_OPENING.fullmatch(opening) is not None  # "Hingga Senin (6/12) sore, banjir merendam ..."
    if found is None and (until or _OPENS_WITH_DATE.fullmatch(opening)):
        found = _nearest(ctx, date.end, hi, date, sentence.end, first=True)
    if found is None and since and (until_day := _until_day(ctx, date, hi)) is not None:
        # "... sejak Senin (11/3) malam sampai Selasa (12/3) pagi memicu banjir": the stretch's first day
        # is the disaster's, set off after its last
        hi = next((d.start for d in ctx.dates if until_day.end <= d.start < sentence.end), sentence.end)
        found = _set_off_after(ctx, until_day.end, hi, date, sentence)
    elif found is None and since:
        # "Hujan deras yang mengguyur ... sejak Minggu (12/2) siang memicu banjir bandang": the
        # disaster the weather since that day set off
        found = _set_off_after(ctx, date.end, hi, date, sentence)
        if found is None and _SET_OFF.match(ctx.text, date.end, sentence.end):
            # "... menyebabkan Sungai X meluap. Akibatnya, ... terendam banjir": the flood the next
            # sentence tells, else the river's own overflowing ("menyebabkan Sungai X meluap dan ...")
            caused = _nearest(ctx, date.end, hi, date, sentence.end, first=True)
            found = _set_off_next(ctx, sentence, date) or (
                caused if caused is not None and _befell_set_off(ctx, date.end, caused) else None
            )
    if found is None and not since:
        # "Curah hujan tinggi di Kota X pada Senin (11/3) memicu banjir": the disaster the day's
        # weather set off
        caused = _set_off_after(ctx, date.end, hi, date, sentence)
        if caused is not None and _KINDS[caused.noun] == "disaster":
            found = caused
    # "banjir merendam Kota X ... sejak Sabtu (20/11)": a disaster goes on since the day it struck,
    # its day (or as of the day it is told until); no other incident's ("ditahan sejak Senin")
    return None if found is None or ((since or until) and _KINDS[found.noun] != "disaster") else found


def _set_off_after(ctx: Context, at: int, hi: int, date: DateMention, sentence: Sentence) -> Incident | None:
    """The incident told first from ``at`` up to ``hi`` that the weather written before ``at`` set off,
    as the words between say ("... sore memicu banjir", "... malam membuat Sungai X meluap")."""
    caused = _nearest(ctx, at, hi, date, sentence.end, first=True)
    return caused if caused is not None and _SET_OFF.fullmatch(ctx.text, at, caused.start) else None


def _until_day(ctx: Context, date: DateMention, hi: int) -> DateMention | None:
    """The date at ``hi`` that ends a stretch ``date`` opens ("sejak Senin (11/3) malam sampai Selasa (12/3)"),
    if the words between say so."""
    if _UNTIL_NEXT.fullmatch(ctx.text, date.end, hi) is None:
        return None
    return next((d for d in ctx.dates if d.start == hi), None)


#: between the two days of a stretch: "sore hingga", "malam sampai dengan"
_UNTIL_NEXT = re.compile(
    r"\s*(?:(?:pagi|siang|sore|malam|dini\s+hari)\s+)?(?:hingga|sampai(?:\s+dengan)?)(?:\s+(?:hari|pada))?\s*",
    re.IGNORECASE,
)
#: a date's clause opening "Hingga" ("Hingga Senin (6/12) sore, banjir merendam ..."): the state of a
#: disaster as of that day, the one day it gives
_UNTIL_OPENING = re.compile(
    r"(?:(?-i:[A-Z][A-Z .]+)\s*[–—-]\s*)?(?:hingga|sampai)(?:\s+(?:hari|pada))?", re.IGNORECASE
)  # (after a dateline: "SIDIKALANG – Hingga Senin ...")
#: a sentence opening with what the one before set off: "Akibatnya, ribuan rumah terendam banjir"
_CONSEQUENCE = re.compile(r"\W*(?:Akibatnya|Dampaknya)\s*,", re.IGNORECASE)


def _set_off_next(ctx: Context, sentence: Sentence, date: DateMention) -> Incident | None:
    """The disaster the sentence after ``date``'s tells as what that weather set off: ``Hujan deras
    ... sejak Rabu (27/12) sore menyebabkan Sungai X meluap. Akibatnya, ... rumah terendam banjir``."""
    k = ctx.sentences.index(sentence) if sentence in ctx.sentences else -1
    if k < 0 or k + 1 >= len(ctx.sentences):
        return None
    after = ctx.sentences[k + 1]
    if not _CONSEQUENCE.match(ctx.text, after.start, after.end) or any(
        after.start <= d.start < after.end for d in ctx.dates
    ):
        return None
    for word, name, start, end in _mentions(ctx, after.start, after.end):
        if _TRIGGERS[word].kind == "disaster" and _quote_at(ctx, start) is None:
            return Incident(name, _TRIGGERS[word].name, start, end, date.end, after.end, start)
    return None


#: what may stand before a date that opens its sentence: a linking adverb ("Selanjutnya, pada Selasa
#: (27/5) ..."), "pada"
_OPENS_WITH_DATE = re.compile(
    r"(?:(?:selanjutnya|kemudian|lalu|sebelumnya|sementara\s+itu|setelah\s+itu|adapun)\s*,?\s*)?(?:pada)?",
    re.IGNORECASE,
)


#: the uncovering of a case or a raid, whose arrest the next sentence may tell: "Pengungkapan
#: terjadi pada Kamis (22/5) malam di rumah kos ...", "kasus terbesar diungkap pada ...", "sebelum
#: menggerebek lokasi pada Jumat (7/2)"; not "Hal itu diungkap X", a statement
_UNCOVERED = re.compile(
    r"\b(?:pengungkapan|penggerebekan|menggerebek|digerebek|kasus(?:\s+[a-z]+){0,3}\s+diungkap)\b",
    re.IGNORECASE,
)


def told_next(ctx: Context, sentence: Sentence, date: DateMention) -> Incident | None:
    """An arrest the sentence after ``date``'s tells, with no day of its own, when ``date``'s clause
    tells of the raid or the case's uncovering that day: ``Pengungkapan terjadi pada Kamis (22/5)
    malam di rumah kos di Kelurahan X. Petugas mengamankan tersangka BK (22) ...``. Where it happened
    is looked for from ``date``'s clause on."""
    if not _own_day(ctx, date) or _quote_at(ctx, date.start) is not None:
        return None
    lo = _clause_start(ctx, sentence, date)
    if not _UNCOVERED.search(ctx.text, lo, sentence.end) or cues.SAID.search(ctx.text, lo, sentence.end):
        return None
    k = ctx.sentences.index(sentence) if sentence in ctx.sentences else -1
    if k < 0 or k + 1 >= len(ctx.sentences):
        return None
    after = ctx.sentences[k + 1]
    if ctx.in_furniture(after.start) or any(after.start <= d.start < after.end for d in ctx.dates):
        return None
    for word, name, start, end in _mentions(ctx, after.start, after.end):
        if _TRIGGERS[word].kind == "arrest" and _quote_at(ctx, start) is None:
            return Incident(name, _TRIGGERS[word].name, start, end, lo, after.end, start)
    return None


def told_again(ctx: Context, sentence: Sentence, date: DateMention) -> Incident | None:
    """``Peristiwa tragis itu terjadi pada Sabtu (11/10/2025)``: the incident told in the sentences
    before (not an arrest), called as the fullest of its mentions there names it."""
    if not _own_day(ctx, date):
        return None
    lo = _clause_start(ctx, sentence, date)
    pointer = next(reversed(list(_TOLD_AGAIN.finditer(ctx.text, lo, date.start))), None)
    if (
        pointer is None
        or cues.SAID.search(ctx.text, pointer.end(), date.start)
        or _quoted_apart(ctx, pointer.start(), date)
    ):
        return None
    k = ctx.sentences.index(sentence)
    stretches = [(sentence.start, pointer.start())] + [
        (s.start, s.end)
        for s in reversed(ctx.sentences[max(0, k - _TOLD_AGAIN_REACH) : k])
        if not ctx.in_furniture(s.start)
    ]
    for lo_, hi_ in stretches:
        mentions = [m for m in _mentions(ctx, lo_, hi_, again=True) if _TRIGGERS[m[0]].kind != "arrest"]
        if mentions:
            noun = _TRIGGERS[mentions[-1][0]].name
            same = [
                m
                for lo2, hi2 in stretches
                for m in _mentions(ctx, lo2, hi2, again=True)
                if _TRIGGERS[m[0]].name == noun
            ]
            fullest = max(same, key=lambda m: len(m[1]))
            return Incident(fullest[1], noun, pointer.start(), pointer.end(), lo, date.start, fullest[2])
    return None


def of_the_day(ctx: Context) -> tuple[Incident, str] | None:
    """A flood or poisoning told undated in the article's opening sentence (``Puluhan siswa SMPN X
    dilarikan ke Puskesmas, diduga keracunan ...``), and the article's day it is the news of: the
    article speaks of its own day (``hari ini``, ``saat ini``) and dates a statement on it. A
    detention so told needs only the statement of the day (``"...," kata Kajari X di Kota, Selasa.``)."""
    if ctx.published is None:
        return None
    published = ctx.published.isoformat()
    opening = next((s for s in ctx.sentences if not ctx.in_furniture(s.start)), None)
    if opening is None or any(opening.start <= d.start < opening.end for d in ctx.dates):
        return None
    if not any(d.value == published and not d.relative for d in ctx.dates):
        return None
    now = _NOW.search(ctx.text) is not None
    for word, name, start, end in _mentions(ctx, opening.start, opening.end):
        trigger = _TRIGGERS[word]
        news = (now and trigger.kind in _ONGOING) or trigger.name == _DETENTION
        if news and _quote_at(ctx, start) is None:
            return Incident(name, trigger.name, start, end, opening.start, opening.end), published
    return None


def announced_with_the_day(incident: Incident) -> bool:
    """Whether ``incident`` is a detention, which an article dates by any statement of its own day
    (:func:`of_the_day`), so that an event already found on that day is more likely the same act."""
    return incident.noun == _DETENTION


#: what stands between a day the weather goes on since and the disaster it set off: "siang memicu ",
#: "sore membuat " ("... membuat Sungai X meluap dan merendam rumah warga")
_SET_OFF = re.compile(
    r"[^.;,]{0,30}?\b(?:memicu|menyebabkan|mengakibatkan|membuat)\s+(?:(?:terjadinya|bencana)\s+)?",
    re.IGNORECASE,
)  # ("... sejak Rabu (4/12) sore memicu bencana longsor": the disaster's word before its kind)


def _befell_set_off(ctx: Context, lo: int, caused: Incident) -> bool:
    """Whether ``text[lo:]`` up to ``caused``, what befell a thing named before its verb, says the
    weather set it off: "sore menyebabkan Sungai X meluap", "... menyebabkan beberapa sungai meluap"."""
    m = _SET_OFF.match(ctx.text, lo, caused.start)
    thing = ctx.text[m.end() : caused.start].strip() if m is not None else ""
    # (or a word for it after a count: "malam menyebabkan beberapa sungai meluap")
    return bool(thing) and (
        caused.name.endswith(f" {thing}") or caused.name.endswith(f" {thing.split()[-1]}")
    )


def ends_a_stretch_since(ctx: Context, date: DateMention) -> bool:
    """Whether ``date`` ends a stretch since an undated time ("sejak Minggu malam hingga Senin
    (22/7)"): the one day a disaster the stretch set off may be dated by."""
    return _SINCE_UNTIL.search(ctx.text, max(0, date.start - _SINCE_UNTIL_REACH), date.start) is not None


def dates_a_disaster_until(ctx: Context, sentence: Sentence, date: DateMention) -> bool:
    """Whether ``date``, written after "hingga", may still date a disaster: it ends a stretch since an
    undated time (:func:`ends_a_stretch_since`), or its clause opens with "Hingga" ("Hingga Senin (6/12)
    sore, banjir merendam ..."): the one day given."""
    lo = _clause_start(ctx, sentence, date)
    return (
        ends_a_stretch_since(ctx, date)
        or _UNTIL_OPENING.fullmatch(ctx.text[lo : date.start].strip(" ,")) is not None
    )


def _since(ctx: Context, date: DateMention) -> bool:
    """Whether ``date`` is a day something goes on since ("sejak Selasa (21/10)"), or ends a stretch
    since an undated time (:func:`ends_a_stretch_since`)."""
    return _SINCE.search(ctx.text, max(0, date.start - 24), date.start) is not None or ends_a_stretch_since(
        ctx, date
    )


def _own_day(ctx: Context, date: DateMention, *, since: bool = False) -> bool:
    """Whether ``date`` may be the day of an incident: not one it goes on since (unless ``since``
    allows it), nor after the article."""
    if not since and _since(ctx, date):
        return False
    published = (ctx.article.date or "")[:10]
    return not (published and date.value[:10] > published)


def _clause_start(ctx: Context, sentence: Sentence, date: DateMention) -> int:
    """Where the stretch of ``sentence`` that ``date`` ends starts: after an earlier date in it."""
    return max([sentence.start, *(d.end for d in ctx.dates if sentence.start <= d.end <= date.start)])


def _nearest(
    ctx: Context, lo: int, hi: int, date: DateMention, limit: int, *, first: bool = False
) -> Incident | None:
    """The incident told in ``text[lo:hi]`` nearest ``date`` (or the first, after it) that ``date`` dates."""
    mentions = _mentions(ctx, lo, hi)
    for word, name, start, end in mentions if first else reversed(mentions):
        if _quoted_apart(ctx, start, date):
            continue  # '"... ada penganiayaan," ujar X, Sabtu': a statement's day
        if start < date.start and _quote_at(ctx, start) is None:
            between = ctx.text[end : date.start]
            if cues.SAID.search(between):
                continue  # "Pelaku dibekuk di Sidoarjo, kata Kasatreskrim X, Senin": likewise
            if _SPEAKING.search(ctx.text, lo, start) and re.search(r",\s*$", between):
                continue  # "Kapolsek membenarkan pelaku diamankan di rumahnya, Senin": likewise
        if cues.NOT_NOW.search(ctx.text, max(lo, start - 30), min(date.end + 12, limit)):
            continue
        return Incident(name, _TRIGGERS[word].name, start, end, min(lo, date.end), max(hi, date.start))
    return None


def _quote_at(ctx: Context, offset: int) -> QuoteSpan | None:
    return next((q for q in ctx.quotations if q.start <= offset < q.end), None)


def _quoted_apart(ctx: Context, start: int, date: DateMention) -> bool:
    """Whether an incident at ``start`` and ``date`` are on two sides of a quotation's edge, unless
    the quotation says it speaks of its own day or place (``"Anak-anak di sini mengalami keracunan
    ...," kata X saat ditemui di SD Y, Selasa (16/9)``): then the statement's day is the incident's."""
    quote = _quote_at(ctx, start)
    if quote is _quote_at(ctx, date.start):
        return False
    return (
        quote is None
        or quote.start < date.start < quote.end
        or not cues.SAME_DAY.search(ctx.text, quote.start, quote.end)
    )


def _mentions(ctx: Context, lo: int, hi: int, *, again: bool = False) -> list[tuple[str, str, int, int]]:
    """(word, event name, start, end) of the incidents told in ``text[lo:hi]``, in order. With
    ``again`` (an incident spoken of again) a noun needs no word saying it happened."""
    found = []
    for m in _WORD.finditer(ctx.text, lo, hi):
        trigger = _TRIGGERS[m.group().casefold()]
        if ctx.entity_at(m.start(), m.end(), EntityType.ORGANIZATION, EntityType.PLACE, EntityType.PROGRAM):
            continue  # "Dinas Pemadam Kebakaran", "Jalan Banjir Kanal"
        before = ctx.text[max(lo, m.start() - 40) : m.start()]
        if cues.NOT_HELD.search(before):
            continue
        named = _named(ctx, trigger, m.start(), m.end(), lo, hi, again=again)
        if named is not None:
            found.append((trigger.word, named, m.start(), m.end()))
    return found


def _named(
    ctx: Context, trigger: Trigger, start: int, end: int, lo: int, hi: int, *, again: bool
) -> str | None:
    """The event name of one incident word, or None when it tells of no incident here."""
    before = ctx.text[max(lo, start - 40) : start]
    if trigger.form == "noun":
        cue = _CUE_BEFORE.search(before)
        topic = _TOPIC.search(before)
        if topic and cue and cue.start() < topic.start():
            topic = None  # "menjadi korban penculikan": the cue holds the topic's word
        if topic or _COUNTED.search(before):
            return None if not again or _COUNTED.search(before) else _noun_phrase(ctx, trigger, end, hi)
        if not (again or cue or _CUE_AFTER.match(ctx.text, end, hi)):
            return None
        return _noun_phrase(ctx, trigger, end, hi)
    if _SUBORDINATE.search(before):
        return None
    form, _, only = trigger.form.partition("-")
    words = _SUSPECT_WORDS if only == "suspect" else _PERSON_WORDS
    if form == "active":
        who = _object(ctx, end, hi, words)
    else:
        who = _subject(ctx, lo, start, words if form == "passive" else None)
    if who is None and form == "state" and trigger.kind == "disaster":
        who = _thing_before(ctx, lo, start)  # "beberapa sungai meluap", "tanggul irigasi ... jebol"
    if who is None:
        return trigger.name if again and form != "active" else None
    return f"{trigger.name} {who}"


def _noun_phrase(ctx: Context, trigger: Trigger, end: int, hi: int) -> str:
    """The noun and up to three words after it that say which: ``pembunuhan Jamal``, ``kebakaran
    hebat``, ``keracunan makanan bergizi gratis``; not a verb, a function word or a bracket."""
    words = [trigger.name]
    i = ctx.token_index(end)
    tokens = ctx.tokens
    stops = _PHRASE_END | _STOP_WORDS
    while i < len(tokens) and tokens[i].start < hi and len(words) < 4:
        t = tokens[i]
        if (
            not t.text[:1].isalnum()
            or t.text.casefold() in stops
            or t.text.casefold() in _AFTER_CUES
            or re.match(r"(?:me|di|ber|ter|se)[a-z]{3,}", t.text)
        ):
            break
        if t.text[:1].isdigit() or re.fullmatch(r"[a-z]{3,}nya", t.text):
            break
        words.append(t.bare if t.capitalised or t.bare.isupper() else t.bare[:1].upper() + t.bare[1:])
        i += 1
    return " ".join(words)


_STOP_WORDS = frozenset(lang.words("event-stop-words", casefold=True))


def _subject(ctx: Context, lo: int, verb: int, words: frozenset[str] | None) -> str | None:
    """Whom a passive verb at ``verb`` tells of (``Erwin kemudian diamankan`` → Erwin; ``kedua anggota
    geng motor itu diamankan`` → Anggota Geng Motor), or, with ``person`` False, the named thing
    (``Pasar Baru terbakar``) when no ``words`` for persons are given; None when no person (or
    thing) stands right before it."""
    tokens = ctx.tokens
    i = ctx.token_index(verb) - 1
    while i >= 0 and tokens[i].start >= lo and tokens[i].text.casefold() in _ADVERBS:
        i -= 1
    i = _before_apposition(tokens, i, lo)  # "AS (34), warga Kecamatan X, ditangkap"
    if i >= 2 and tokens[i].text == ")" and tokens[i - 2].text == "(":
        i -= 3  # "Erwin (45) diamankan"
    if i < 0 or tokens[i].start < lo:
        return None
    person = words is not None
    types = (EntityType.PERSON,) if person else (EntityType.PLACE, EntityType.ORGANIZATION)
    entity = ctx.entity_at(tokens[i].start, tokens[i].end, *types)
    if entity is not None:
        return entity.name
    if words is None:
        return None
    if _suspect_initials(ctx, i):
        return tokens[i].text  # "AS (30) diamankan": a suspect known by initials
    if tokens[i].text.casefold() in _THEY and _SUSPECTS_BEFORE.search(
        ctx.text, max(0, lo - _SUSPECTS_REACH), lo
    ):
        return "tersangka"  # "Kedua tersangka ... . Mereka ditangkap pada Senin": the suspects just named
    for j in range(i, max(i - 5, -1), -1):
        t = tokens[j]
        if t.start < lo or not t.text[:1].isalnum():
            return None
        if t.text.casefold() in words:
            return _phrase(ctx, j, tokens[i].end)
    return None


#: the waters and works a disaster befalls, written in lower case ("beberapa sungai meluap")
_THINGS = frozenset(lang.words("incident-thing-words", casefold=True))
#: how many words before a state verb its subject's word may stand ("tanggul irigasi di Desa X jebol")
_THING_REACH = 10


def _thing_before(ctx: Context, lo: int, verb: int) -> str | None:
    """The word for the water or work a disaster's state verb at ``verb`` tells of, in lower case in its
    clause a few words before it (``beberapa sungai meluap``: "sungai"; ``Sebuah tanggul irigasi di
    Desa X jebol``: "tanggul"), the first such word of that stretch; else None."""
    tokens = ctx.tokens
    i = ctx.token_index(verb) - 1
    found = None
    for j in range(i, max(i - _THING_REACH, -1), -1):
        t = tokens[j]
        if t.start < lo or t.text in {".", ";", ":"}:
            break
        if t.text.casefold() in _THINGS and ctx.entity_at(t.start, t.end, EntityType.PLACE) is None:
            found = t.text.casefold()  # ("Tanggul irigasi ... jebol": opening the sentence too)
    return found


#: the pronouns for the suspects a sentence before named ("Mereka ditangkap ...", "Keduanya diringkus ...")
_THEY = frozenset({"mereka", "keduanya", "ketiganya", "keempatnya", "kelimanya"})
#: suspects named in the sentences before, within this many characters
_SUSPECTS_BEFORE = re.compile(r"\b(?:tersangka|pelaku)\b", re.IGNORECASE)
_SUSPECTS_REACH = 300


def _object(ctx: Context, end: int, hi: int, words: frozenset[str]) -> str | None:
    """Whom an active verb ending at ``end`` is done to: a person named within its first words
    (``menangkap Berangus``), a word for a person (``mengamankan dua pelaku``), or initials given
    further on (``menahan Kepala Desa X, Kecamatan Y, berinisial SH``)."""
    tokens = ctx.tokens
    i = ctx.token_index(end)
    for j in range(i, min(i + 3, len(tokens))):
        t = tokens[j]
        if t.start >= hi or not t.text[:1].isalnum():
            break
        entity = ctx.entity_at(t.start, t.end, EntityType.PERSON)
        if entity is not None:
            return entity.name
        if _suspect_initials(ctx, j):
            return t.text  # "menangkap MF (22) dan AN (19)", "menangkap RA pada ...": a suspect's initials
        if t.text.casefold() in words:
            return _phrase(ctx, j, hi)
    # "menahan Kepala Desa X, ..., berinisial SH (46), Selasa (...)": the clause may end at the initials
    named = _NAMED_BY_INITIALS.search(ctx.text, end, end + _INITIALS_REACH)
    return named.group(1) if named is not None and named.start() < hi else None


#: the suspect an act is done to, named by initials further on in its clause ("menahan Kepala Desa
#: (Kades) X, Kecamatan Y, berinisial SH (46)"), and how far after the verb
_NAMED_BY_INITIALS = re.compile(r"\bberinisial\s+([A-Z]{1,4})\b")
_INITIALS_REACH = 120


#: a suspect's initials, as news writes them for one not yet convicted ("RS", "MF")
_INITIALS = re.compile(r"[A-Z]{2,4}")


def _suspect_initials(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is a person's initials, written somewhere in the article with the age in
    brackets after them ("RS (29)"): a suspect's, not an abbreviation's."""
    if i < 0 or _INITIALS.fullmatch(ctx.tokens[i].text) is None:
        return False
    return re.search(rf"(?<![\w-]){ctx.tokens[i].text}\s*\(\d{{1,2}}(?:\s*tahun)?\)", ctx.text) is not None


def _before_apposition(tokens: list[Token], i: int, lo: int) -> int:
    """The token before an apposition that ends at token ``i`` (``, warga Kecamatan X,``), or
    ``i`` when none does: a lower-case word after a comma opens it, at most seven tokens back."""
    if i < 0 or tokens[i].text != ",":
        return i
    for k in range(i - 1, max(i - 8, -1), -1):
        if tokens[k].start < lo:
            return i
        if tokens[k].text == ",":
            return k - 1 if k + 1 < i and tokens[k + 1].text[:1].islower() else i
    return i


def _phrase(ctx: Context, j: int, hi: int) -> str:
    """A lower-case person phrase from token ``j``: up to three words, to a function word."""
    words: list[str] = []
    for t in ctx.tokens[j:]:
        if t.start >= hi or len(words) >= 3 or not t.text[:1].isalnum() or t.text.casefold() in _PHRASE_END:
            break
        if t.capitalised and words:
            break
        words.append(t.bare[:1].upper() + t.bare[1:])
    return " ".join(words)


def struck(ctx: Context, incident: Incident) -> Entity | None:
    """The place a disaster struck, named right after the word saying so (``banjir merendam Jalan
    Pantura``, ``gempa mengguncang Kabupaten Malang``), else the place after ``di`` in its clause
    (``Erwin diamankan di wilayah Kebon Gede``): a venue before a region."""
    cue = _CUE_AFTER.match(ctx.text, incident.end, incident.hi)
    if cue is not None and (place := _place_at(ctx, cue.end())) is not None:
        return place
    best: Entity | None = None
    for m in _AT.finditer(ctx.text, incident.lo, incident.hi):
        place = _place_at(ctx, m.end())
        if place is not None and place.identifier is None:
            return place  # a venue
        best = best or place
    return best


#: "di wilayah Kebon Gede", "ke Sungai Brantas": where the place of an incident is named
_AT = re.compile(r"\b(?:di|ke)\s+(?:(?:wilayah|kawasan|daerah|sekitar)\s+)?")


def _place_at(ctx: Context, at: int) -> Entity | None:
    """The place named from ``at`` (a venue claimed there, else a region mentioned there)."""
    at += len(ctx.text[at : at + 3]) - len(ctx.text[at : at + 3].lstrip())
    for c in ctx.claims_in(at, at + 1):
        if c.entity is not None and c.entity.type is EntityType.PLACE:
            return c.entity
    return ctx.mentioned_starting_at(at, EntityType.PLACE)
