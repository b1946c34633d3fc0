"""Direct quotations and their speakers (``schema:Quotation``).

A quotation is text between curly or straight double quotes, possibly running
over paragraphs (each continued paragraph opens with a quote mark). The
speaker is named after it (``,” ujar Erik.``, ``kata Wali Kota Malang
Sutiaji``), referred to by a ``-nya`` speech verb (``ujarnya``, ``pungkasnya``:
the person last spoken of), or introduced before it (``Erik menyebut, “...``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg import gazetteer, lang
from kg.extract import lexicon
from kg.extract.context import Context
from kg.extract.decide import AN_OFFICE, degrees_end, not_a_person
from kg.extract.names import ROMAN_NUMERAL, parse_name, plausible_person
from kg.extract.organizations import region_at
from kg.extract.people import add_person, match_title, nickname_at
from kg.records import Entity, EntityType, Membership, Quote
from kg.resolve.coref import inner_name_of, name_index, resolve_short_names, shortened_first_name
from kg.text import sentences
from kg.text.quotations import QuoteSpan
from kg.text.tokens import Token

MIN_WORDS = 3

SPEECH_VERBS = list(lexicon.SPEECH_VERBS)
_VERB = "|".join(sorted(set(SPEECH_VERBS), key=len, reverse=True))
#: Verbs the list also has with "-nya" ("katanya", "ujarnya"): the person last spoken of, like "kata" + "nya".
_NYA_FORMS = frozenset(v for v in SPEECH_VERBS if v.endswith("nya") and v[:-3] in SPEECH_VERBS)
# The verb may be capitalised after a full stop; one lower-case word may follow it ("tutur Erik",
# "kata dia", "ujar Kepala ..."), never a capitalised one, which is the speaker's name.
_AFTER = re.compile(
    rf"^[\s,.]*(?:(?i:demikian)\s+)?(?:(?P<verb>(?i:{_VERB}))(?P<nya>nya)?\b)(?:\s+(?:[a-z]+\s+)?)?"
)
#: '"...," demikian putusan hakim', '"...," bunyi beleid tersebut': a text is the source, no person
_BY_A_TEXT = re.compile(rf"^[\s,.]*(?i:{lang.alternation(lang.words('text-attributions'))})\b")


def _clean(quoted: str) -> str:
    """The quoted words without inner reopening marks and trailing comma."""
    text = re.sub(r"\n\s*[“\"]", "\n", quoted)
    text = " ".join(text.split())
    return text.rstrip(" ,")


#: a paragraph that goes on with the quotation of the one before: news opens each paragraph of a long
#: quotation with a mark and closes only the last (some mark only the last paragraph's end)
_REOPENED = re.compile(r"\s*\n\s*[“\"«„]?")


def _paragraph_parts(text: str, q: QuoteSpan) -> list[tuple[int, int]]:
    """The quoted words of ``q``, one part per paragraph when it runs over paragraphs that reopen
    it (``"Saya minta ... evakuasi.`` / ``"Jangan hanya disimpan ...," lanjutnya.``): each part is
    said by the same speaker, as annotators list them. A part too short to be a quotation of its
    own stays with the one before.

    >>> t = '"Saya minta setiap desa punya peta evakuasi.\\n"Jangan hanya disimpan di kantor desa," lanjutnya.'
    >>> [t[a:b] for a, b in _paragraph_parts(t, QuoteSpan(1, 83, 84))]
    ['Saya minta setiap desa punya peta evakuasi.', 'Jangan hanya disimpan di kantor desa,']
    """
    parts: list[tuple[int, int]] = []
    start = q.start
    for m in _REOPENED.finditer(text, q.start, q.end):
        if (
            len(text[start : m.start()].split()) >= MIN_WORDS
            and len(text[m.end() : q.end].split()) >= MIN_WORDS
        ):
            parts.append((start, m.start()))
            start = m.end()
    parts.append((start, q.end))
    return parts


#: the sentence after a quotation saying who said it: ""...." Hal itu disampaikan Bupati X", ""...."
#: Pernyataan tersebut diungkapkan oleh Budi"
_TOLD_NEXT = re.compile(
    r"^\s*(?:Hal|Pernyataan|Penegasan|Ungkapan|Pesan)\s+(?:itu|tersebut|ini)\s+(?:juga\s+)?"
    rf"(?:{lang.alternation(w for w, voice in lexicon.SPEAKING_VERBS if voice == 'passive')})(?:\s+oleh)?\s+(?=[A-Z])"
)


def _speaker_after(ctx: Context, q: QuoteSpan) -> Entity | _Untold | None:
    """The speaker named after the quotation (``kata Erik``), or in the sentence after it that says
    who said it (``Hal itu disampaikan Bupati X``); none for a ``-nya`` verb or none at all."""
    m = _AFTER.match(ctx.text[q.close : q.close + 160])
    if not m and (told := _TOLD_NEXT.match(ctx.text[q.close : q.close + 80])) is not None:
        i = ctx.token_index(q.close + told.end())
        return _person_at(ctx, i) if i < len(ctx.tokens) else None
    if not m:
        return UNTOLD if _BY_A_TEXT.match(ctx.text[q.close : q.close + 40]) else None
    if m.group("nya") or m.group("verb").lower() in _NYA_FORMS:
        return None  # "ujarnya": the person last spoken of, found by the caller
    i = ctx.token_index(q.close + m.end())
    after_verb = q.close + m.end("verb")
    if i > 0 and ctx.tokens[i - 1].start >= after_verb and match_title(ctx, i - 1) is not None:
        i -= 1  # "kata jubir KPK Agus Setiawan": the lower-case word after the verb is a title
    elif described := _description(ctx, after_verb):
        if (called := _called_by(ctx, after_verb, after_verb + len(described))) is not None:
            return called  # "tegas pria yang akrab disapa Gus Marulam itu": the one person named Marulam
        if _points_back(described) and (held := _office_holder(ctx, described.split()[0])) is not UNTOLD:
            return held  # "ujar bupati yang biasa dipanggil X itu": the one person holding that office
        if described.split()[0] in _UNNAMED or _points_back(described):
            return None  # "kata dia", "kata dalam konferensi pers", "ujar mantan Kepala X itu"
        named = _named_after_description(ctx, after_verb)  # "kata pengacara Budi, Harjono": Harjono
        if named is not None:
            return named
        if re.match(r"\s+[a-z]+\s+[A-Z]", ctx.text[after_verb : after_verb + 80]) and i < len(ctx.tokens):
            office = lexicon.TITLES.get(described.split()[0].capitalize())
            if office is not None and region_at(ctx, i, bare=True) is not None:
                return _holder(ctx, office.role)  # "tegas bupati Dairi": the regent, in lower case
            return _person_at(ctx, i) or UNTOLD  # "ujar hakim Budi Hartono di ...": one word, then the name
        # "tegas hakim di akhir sidang": the one person whose office has that word
        return _holder_by_word(ctx, described.split()[0])
    speaker = _person_at(ctx, i) if i < len(ctx.tokens) else None
    return speaker if speaker is not None else _named_after_description(ctx, after_verb)


_UNNAMED = frozenset(lang.words("unnamed-speaker-words"))
_WRITTEN = frozenset(lang.words("written-sources"))


#: the word (with its full stop) at an offset: "dr." of 'jelas dr. Sekar'
_FIRST_WORD = re.compile(r"\S+")


def _description(ctx: Context, at: int) -> str:
    """The words from ``at`` to the end of their clause when they open with a lower-case word (no name;
    "dr." and the like open one: 'jelas dr. Sekar')."""
    m = re.match(r"\s+([a-z][^,.;:\n\"“”]*)", ctx.text[at : at + 160])
    if m is None:
        return ""
    first = _FIRST_WORD.match(ctx.text, at + m.start(1))
    if first is not None and first.group() in lexicon.HONORIFICS:
        return ""
    return m.group(1).strip()


#: where a description says what its person is called ("pria yang akrab disapa Gus Marulam itu")
_CALLED_AT = re.compile(r"\s(?=(?:yang\s+)?(?:akrab|biasa|karib)\s+di(?:sapa|panggil)\s)")


def _called_by(ctx: Context, start: int, end: int) -> Entity | None:
    """The one person the article names who goes by the nickname a description from ``start`` to
    ``end`` gives ("tegas pria yang akrab disapa Gus Marulam itu": Tumpal Marulam Sinaga, though another
    was spoken of last): a word of that person's name, or one of the names the article gives them;
    ``None`` when no one or more than one does."""
    at = _CALLED_AT.search(ctx.text, start, end)
    found = nickname_at(ctx.text, at.start()) if at is not None else None
    if found is None:
        return None
    nick, address, _, _ = found
    forms = {nick, f"{address} {nick}"}
    named = [p for p in ctx.of_type(EntityType.PERSON) if nick in p.name.split() or forms & p.aliases]
    return named[0] if len(named) == 1 else None


def _points_back(description: str) -> bool:
    """``mantan Komisaris Utama Bank X itu``, ``pria yang juga menjabat ... itu``: the person just
    spoken of; ``dokumen tersebut`` is a document, no person."""
    words = description.split()
    return words[-1] in {"itu", "ini", "tersebut"} and not _WRITTEN.intersection(words)


def _named_after_description(ctx: Context, at: int) -> Entity | None:
    """``kata peneliti pada Organisasi X, Budi Hartono.``: a person already found, named after a
    comma that closes a description of them, in the words after the verb up to the sentence's end."""
    clause = re.match(r"[^.\n\"“”]{0,160}", ctx.text[at : at + 160])
    for comma in re.finditer(r",\s+", clause.group() if clause else ""):
        start = at + comma.end()
        for claim in ctx.claims_in(start, start + 1):
            if claim.entity is not None and claim.entity.type is EntityType.PERSON:
                return claim.entity
    return None


def _person_at(ctx: Context, i: int) -> Entity | _Untold | None:
    """The person named or titled at token ``i``: known, by title, or by a new name."""
    addressed = _addressed_office(ctx, i)
    if addressed is not None:
        return addressed
    token = ctx.tokens[i]
    title = match_title(ctx, i)
    if title is not None and re.match(r"\s+(?:itu|ini|tersebut)\b", ctx.text[title.end : title.end + 12]):
        return None  # "kata Ketua DPC PDIP Kota Batu itu": the person just spoken of, whoever else holds the title
    claimed = ctx.entity_at(token.start, token.end, EntityType.PERSON)
    if claimed is not None:
        return claimed
    if title is not None:
        for c in ctx.claims:
            if c.start <= token.start < c.end and c.entity is not None and c.entity.type is EntityType.PERSON:
                return c.entity
        named = _name_after_office(ctx, title.next_index)
        if named is not None:
            return named  # "kata jubir KPK Tessa Mahardhika", "kata Menteri Lingkungan Denmark, Magnus ..."
        body = title.org.name if title.org is not None else title.fixed_org
        return _holder(ctx, title.role, body) if _ends_phrase(ctx, title.next_index) else UNTOLD
    if token.bare in lexicon.POSITIONS:
        named = _name_after_office(ctx, i + 1)
        if named is not None:
            return named  # "kata Direktur Eksekutif Lembaga X Budi Hartono": a position the title stage left
        if _ends_phrase(ctx, i + 1):
            # "kata Kasintel.", "ujar Dandim": a position with no body after it
            return _unit_holder(ctx, token.bare)
        return UNTOLD  # a name follows that nothing read: not to be guessed
    if ctx.entity_at(token.start, token.end, EntityType.ORGANIZATION) is not None:
        return UNTOLD  # '"...," ujar MK', 'tulis BPS dalam keterangannya': a body, no person, speaks
    name = parse_name(ctx.text, ctx.tokens, i)
    if name is None:
        return None
    index = name_index(ctx.of_type(EntityType.PERSON))
    known = index.get(name.name) or index.get(name.name.split()[0])
    if known is None and " " not in name.name:
        # 'kata Pak Boni' of "Bonifasius Harianja", 'jelas dr. Sekar' of "Ni Made Sekar Wulandari"
        known = shortened_first_name(ctx, name.name) or inner_name_of(ctx, name.name, name.start)
    if known is not None:
        known.mention(ctx.span(name.start, name.end), ctx.stage)
        ctx.claim(name.start, name.end, known)
        return known
    demonstrative = " " not in name.name and re.match(
        r"\s+(?:ini|itu|tersebut)\b", ctx.text[name.end : name.end + 12]
    )
    thing = not_a_person(ctx, name.name)
    if thing == AN_OFFICE:
        return _name_after_office(
            ctx, i + 1
        )  # "ujar Menteri Imipas Agus Adrianto": an office the lexicon lacks
    if not plausible_person(name.name, ctx.lower_words) or thing or demonstrative:
        return None  # "Perkara ini ...": a noun phrase opening the sentence
    return add_person(ctx, name, ctx.stage)


def _addressed_office(ctx: Context, i: int) -> Entity | _Untold | None:
    """``tegas Mas Bupati``, ``kata Pak Wali``: a form of address at token ``i`` before an office's
    word, no name, is the one person the article gives that office ("Wali" is the Wali Kota); none
    if no office follows."""
    tokens = ctx.tokens
    if tokens[i].text not in lexicon.ADDRESS or i + 1 >= len(tokens) or not _ends_phrase(ctx, i + 2):
        return None
    word = tokens[i + 1].bare
    offices = {word, f"{word} Kota"}
    holders = _holders(
        ctx, lambda m, role: m.person.type is EntityType.PERSON and bool(offices & {role.name, *role.aliases})
    )
    if not holders:
        return None
    return holders[0] if len(holders) == 1 else UNTOLD


def _ends_phrase(ctx: Context, i: int) -> bool:
    """Whether the office words end before token ``i``: nothing capitalised follows them.

    ``kata Kasintel.``, ``kata Menteri LH dalam ...``: the office alone names its holder; after
    ``kata Direktur Eksekutif Lembaga X Budi`` a name the stages did not read follows.
    """
    return i >= len(ctx.tokens) or not ctx.tokens[i].capitalised or _sentence_ends_before(ctx, i)


def _sentence_ends_before(ctx: Context, i: int) -> bool:
    """Whether a sentence ends right before token ``i``: '..." imbuh Pak Wali.' closes a paragraph
    whose next one opens with a name."""
    return ctx.opens_sentence(ctx.tokens[i].start)


def _name_after_office(ctx: Context, i: int) -> Entity | None:
    """The person named after office words, from token ``i`` on, within the same phrase.

    ``ujar VP General Secretary Susunesia Indonesia, Ratna Dewi Sulistyo``: the capitalised words
    (and commas) after them, up to the first a person already found is named at (where a name
    may start: first, after a comma or a rank) or the tagger starts a person's name at.
    """
    tokens = ctx.tokens
    for k in range(i, min(len(tokens), i + 10)):
        token = tokens[k]
        if not (token.capitalised or token.text == ",") or _sentence_ends_before(ctx, k):
            return None  # ('..." kata Dandim. Kepala Desa X, Budi, ...': the next sentence's subject)
        if (
            k == i
            or tokens[k - 1].text == ","
            or tokens[k - 1].bare in lexicon.RANK_WORDS
            or (k > i and _numbers_an_office(tokens, k - 2))
        ):
            known = ctx.entity_at(token.start, token.end, EntityType.PERSON)
            if known is not None:
                # where a name may start: first, after a comma, after a rank ("Kombes"), after the number
                # of an office ("Kepala Satgas Korsup KPK Wilayah V Dian Patria")
                return known
        if ctx.person_starts_at(token.start):
            name = parse_name(ctx.text, tokens, k)
            if name is not None and name.name.split()[0] == token.bare and _numbers_an_office(tokens, k):
                continue  # "KPK Wilayah V Dian Patria" tagged from "Wilayah": the office's region and number
            if (
                name is None
                or not plausible_person(name.name, ctx.lower_words)
                or not_a_person(ctx, name.name)
            ):
                return None
            return add_person(ctx, name, ctx.stage)
    return None


def _numbers_an_office(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is followed by a Roman numeral that numbers an office (``Wilayah V``)."""
    return k + 1 < len(tokens) and ROMAN_NUMERAL.fullmatch(tokens[k + 1].text) is not None


def _holder(ctx: Context, role: str, body: str | None = None) -> Entity | _Untold:
    """``kata Kasintel``: the one person the article gives that role, else nobody (not the last person named).

    When the title names its body (``kata Ketua DKPP``), only that body's holder of the role: the
    chair of another body the article names is not the speaker (as :func:`kg.resolve.coref.resolve_roles`).
    """
    holders = _holders(
        ctx,
        lambda m, held_role: (
            held_role.name == role
            and (
                body is None
                or (m.organization is not None and body in {m.organization.name, *m.organization.aliases})
            )
        ),
    )
    return holders[0] if len(holders) == 1 else UNTOLD


def _unit_holder(ctx: Context, position: str) -> Entity | _Untold:
    """``ujar Dandim``: the one person holding the position in a unit of the kind its word names (a
    Kodim's commander, not the Korem's or the Koramil's the article also gives), else the one person
    holding the position at all (:func:`_holder`)."""
    role = lexicon.POSITIONS[position]
    unit = lexicon.POSITION_ORG_PREFIX.get(position)
    if unit is None:
        return _holder(ctx, role)
    info = gazetteer.lookup_abbreviation(unit)
    heads = tuple({unit, info.full} if info is not None else {unit})
    holders = _holders(
        ctx,
        lambda m, held_role: (
            held_role.name == role
            and m.organization is not None
            and any(name.startswith(heads) for name in {m.organization.name, *m.organization.aliases})
        ),
    )
    if not holders:
        return _holder(ctx, role)
    return holders[0] if len(holders) == 1 else UNTOLD


def _holder_by_word(ctx: Context, word: str) -> Entity | _Untold:
    """``tegas hakim di akhir sidang``: the one person the article gives an office with that word
    ("Ketua Majelis Hakim"), else nobody (``ujar pengemudi mobil itu``: no office)."""
    if (held := _office_holder(ctx, word)) is not UNTOLD:
        return held  # "tegas bupati": the Bupati, though a Wakil Bupati is named too
    holders = _holders(ctx, lambda m, held_role: word.capitalize() in held_role.name.split())
    return holders[0] if len(holders) == 1 else UNTOLD


def _office_holder(ctx: Context, word: str) -> Entity | _Untold:
    """The one person holding the office a lower-case word is the title of ("bupati": the Bupati),
    else nobody."""
    office = lexicon.TITLES.get(word.capitalize())
    return _holder(ctx, office.role) if office is not None else UNTOLD


def _holders(ctx: Context, held: Callable[[Membership, Entity], bool]) -> list[Entity]:
    """The persons holding an office ``held`` accepts (given each membership and its role), each once,
    in the order the article gives them."""
    return list(
        {id(m.person): m.person for m in ctx.memberships if m.role is not None and held(m, m.role)}.values()
    )


class _Untold:
    """A speaker the text names only by a title nobody in the article holds: not to be guessed."""


UNTOLD = _Untold()


def _salient(
    ctx: Context,
    q: QuoteSpan,
    previous: tuple[QuoteSpan, Entity | _Untold | None] | None,
    talked_about: list[tuple[int, int]],
) -> Entity | _Untold | None:
    """The person a quotation with no speaker named after it continues from.

    The subject of the sentence the last person is named in (:func:`_last_named`): ``Budi
    meninjau lokasi. "...," ujarnya``. When that person is not the subject ("Pengasuh pondok
    ini menilai Hartawan ...", "ada kesaksian yang menyebut ... rumah Sergei"), the last person
    speaking since the quotation before (``previous``), its own speaker included
    (:func:`_speaking`), if there is one.
    """
    last = _last_named(ctx, q.start, talked_about)
    told = max(previous[0].end if previous is not None else 0, last[2] if last is not None else 0)
    if (office := _office_subject(ctx, told, q.start)) is not None:
        # 'Atas keluhan itu, wali kota menginstruksikan ... . "...," tutupnya': the office's holder, not
        # the one named last (who spoke to the mayor)
        return office
    if _initials_speak(ctx, told, q.start):
        return UNTOLD  # 'HM mengaku bersyukur ... "Saya ikhlas ...," katanya': one known by initials
    if previous is not None and previous[1] is not None and (last is None or last[2] < previous[0].start):
        return previous[1]  # nobody named since the quotation before: its speaker goes on, named or not
    if last is None:
        return None
    start, person, _ = last
    if (
        previous is not None
        and isinstance(previous[1], Entity)
        and _goes_on_speaking(ctx, previous[1], previous[0].end, start, talked_about)
    ):
        # '"...," jelasnya. Ia menekankan ... . Presiden Budi ingin ... . "...," tegasnya': the one
        # quoted before goes on speaking; the person named after is spoken of
        return previous[1]
    addressed = _addressed(ctx, q, person)
    if _subject(ctx, start) and not addressed:
        return person
    since = previous[0].start if previous is not None else 0
    speaking: list[tuple[int, Entity | _Untold]] = [
        (at, someone)
        for at, someone in ctx.mentions_before(q.start, EntityType.PERSON)
        if at >= since and not _inside(at, talked_about) and _speaking(ctx, at)
    ]
    if previous is not None and previous[1] is not None:
        speaking.append((previous[0].end, previous[1]))
    if addressed:
        # 'Begitu pula Menteri Sosial X. "Sudah ditelepon oleh Pak Mensos ...," ujarnya': the
        # person the quotation speaks of is not its speaker, the one speaking before is
        speaking = [(at, someone) for at, someone in speaking if someone is not person]
        return max(speaking, key=lambda pair: pair[0])[1] if speaking else None
    return max(speaking, key=lambda pair: pair[0])[1] if speaking else person


#: a sentence whose subject is an office without its holder's name, then a verb ("Atas keluhan itu,
#: wali kota menginstruksikan ...", "Bupati juga menegaskan ..."), after an opening clause set off by a comma
_OFFICE_SUBJECT = re.compile(
    r"\W*(?:[^,.;:“”\"]{1,60},\s*)?(?P<office>[A-Za-z]+(?:\s+[a-z]+)?)\s+(?:juga\s+|pun\s+|lalu\s+)?"
    r"(?:me|ber)[a-z]{3,}\b"
)


def _office_subject(ctx: Context, lo: int, hi: int) -> Entity | _Untold | None:
    """The holder of the office the last sentence between ``lo`` and ``hi`` (from its start) has as
    its subject without a name (:data:`_OFFICE_SUBJECT`): the one person the article gives that
    office, else nobody (:func:`_holder`); ``None`` when no such sentence is there."""
    found = None
    for sentence in ctx.sentences:  # (in text order)
        if sentence.start >= hi:
            break
        if sentence.start < lo:
            continue
        m = _OFFICE_SUBJECT.match(ctx.text, sentence.start, min(sentence.end, hi))
        title = lexicon.TITLES.get(m.group("office").title()) if m is not None else None
        if title is not None:
            found = title
    return _holder(ctx, found.role) if found is not None else None


#: how a speaker refers to someone else: "Pak Presiden", "Bu Wali", "Bapak Gubernur"
_ADDRESS = re.compile(r"\b(?:Pak|Bapak|Bu|Ibu)\s+([A-Z][a-z]+)")


def _addressed(ctx: Context, q: QuoteSpan, person: Entity) -> bool:
    """Whether the quotation refers to ``person`` as ``Pak``/``Bu`` with a word of their name, of
    their office ("Pak Presiden", "Pak Menteri") or the short form of a minister's office ("Pak
    Mensos"): it speaks of them, so they are not the one speaking."""
    addressed = set(_ADDRESS.findall(ctx.text, q.start, q.end))
    if not addressed:
        return False
    words = {w for name in (person.name, *person.aliases) for w in name.split()}
    for m in ctx.memberships:
        if m.person is person:
            first, _, subject = m.role.name.partition(" ")
            if first != "Wakil":
                words.add(first)
            if first == "Menteri":
                words.update(short for short, of in lexicon.MINISTERS.items() if of == subject)
    return bool(addressed & words)


_VERBAL_PREPOSITIONS = frozenset(lang.words("verbal-prepositions"))
#: a verb in the active voice, lower case (a capitalised "Menteri" or "Bersama" is none)
_ACTIVE_VERB = re.compile(r"\b(?:me|ber)[a-z]{3,}\b")


_SPEAKING_VERBS = lexicon.SPEAKING_VERBS
#: a phrase a preposition fronts before the sentence's comma ("Terkait kondisi Mansur, ...")
_FRONTED = re.compile(rf"\W*(?i:{lang.alternation(lang.words('fronted-prepositions'))})\b[^,]*$")
#: "pihak" right before a name: that person's side ("Pihak Bambang", their lawyers), not the person
_SIDE_OF = re.compile(r"\bpihak\s+$", re.IGNORECASE)
#: a passive verb right before a name, whose agent the name is ("dilakukan Berangus")
_PASSIVE_BEFORE = re.compile(r"\b(di[a-z]{4,})\s+$")
#: what is no such verb: the passive verbs of saying ("disampaikan Budi": Budi speaks) and words
#: that only look passive ("Dinas", "direktur")
_NO_AGENT = frozenset(w for w, voice in _SPEAKING_VERBS if voice == "passive") | frozenset(
    {"dinas", "direktur", "dirut", "dirjen", "direksi", "diskusi", "distrik", "divisi", "dimana", "disini"}
)


#: a clause opening a sentence with a conjunction or a verb, up to its comma ("Usai rapat ditutup, ",
#: "Setelah seluruh fraksi menyatakan setuju, ", "Menanggapi usulan warga, "): the subject comes after it
_OPENING_CLAUSE = re.compile(
    rf"\W*(?:(?i:{lang.alternation(lexicon.SUBORDINATORS)})|(?:Me|Ber)[a-z]{{3,}})\b[^,.;\"“”]*,\s*"
)


#: a description with a relative clause set off before the name it describes, the sentence's opening
#: ("Seorang pedagang yang memanfaatkan pasar malam itu, Budi ..."): its verb is the clause's
_DESCRIBED_BEFORE = re.compile(r"\W*[^,.;\"“”]*\byang\b[^,.;\"“”]*,\s*")


def _subject(ctx: Context, start: int) -> bool:
    """Whether the person named at ``start`` is the subject of their sentence: no verb comes before them.

    ``Sementara itu, Camat X, Budi, menyebut ...``, ``Menurut Budi, ...``: the subject;
    ``Pengasuh pondok ini menilai Budi ...``: the object.
    """
    sentence = sentences.containing(ctx.sentences, start)
    # after a quotation the sentence opens with, its attribution: '"...," kata peneliti X, Budi'
    opening = max(
        [sentence.start if sentence is not None else 0] + [q.end for q in ctx.quotations if q.end <= start]
    )
    before = ctx.text[opening:start]
    clause = _OPENING_CLAUSE.match(before)
    if clause is not None:
        before = before[clause.end() :]  # "Usai seluruh fraksi menyatakan persetujuan, Budi mengetuk palu"
    if _DESCRIBED_BEFORE.fullmatch(before):
        return True  # "Seorang pedagang yang memanfaatkan pasar itu, Budi (29), mengaku ...": who they are
    if any(m.group() not in _VERBAL_PREPOSITIONS for m in _ACTIVE_VERB.finditer(before)):
        return False
    if _FRONTED.match(before):
        return False  # "Terkait kondisi terbaru Mansur, Saemina mengaku ...": named in a fronted phrase
    if _CONTINUES_BEFORE.match(before):
        return False  # "Menurut Harryo, ... . Di mana Riky berutang ...": the sentence before goes on
    if _SIDE_OF.search(before):
        return False  # "Pihak Bambang menjadikan putusan itu dasar": the side, the lawyers, not the person
    agent = _PASSIVE_BEFORE.search(before)
    if agent is not None and agent.group(1).lower() not in _NO_AGENT:
        return False  # "Aksi pencurian dilakukan Berangus pada ...": the agent of a passive verb
    # "Melihat capaian yang diraih Hartawan, Wibisono menilai ...": a clause opening the sentence
    first = re.match(r"\W*((?:Me|Ber)[a-z]{3,})\b", before)
    return (
        first is None
        or first.group(1) in lexicon.TITLE_FIRST_WORDS
        or first.group(1).lower() in _VERBAL_PREPOSITIONS
    )


#: opening a sentence that goes on from the one before, a relative or an apposition: who it names
#: is spoken of there, not its subject ("Di mana Riky berutang pada ...", "Yakni ...")
_CONTINUES_BEFORE = re.compile(r"\W*(?:di\s*mana|yakni|yaitu)\b", re.IGNORECASE)


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


#: "Budi mengatakan", "Budi, Kepala Dinas X, juga menambahkan": a verb of saying after the name;
#: also one the name's description says ("Sumi (54), pedagang sayur yang mengaku ...")
_SPEAKS_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,(?:[^,.;:\"“”]{1,120},|[^,.;:\"“”]{1,120}?\byang)?)?\s*"
    r"(?:(?:juga|pun|kembali|lalu|kemudian|lantas|sebelumnya|turut|sempat|bahkan)\s+)*"
    rf"(?:{lang.alternation(lexicon.ACTIVE_SPEAKING_VERBS)})\b",
    re.IGNORECASE,
)
#: "Menurut Budi", "Hal itu disampaikan Kepala Dinas X, Budi": a cue of saying before the name
_SPEAKS_BEFORE = re.compile(
    rf"\b(?i:menurut|(?:{lang.alternation(w for w, voice in _SPEAKING_VERBS if voice == 'passive')})(?:\s+oleh)?)"
    r"\s+(?:[A-Z][\w.()/&-]*,?\s+){0,8}$"
)


#: initials standing for a person ("HM", "FH"), right at a sentence's start or after its opening link
_INITIALS_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?:(?:Sementara itu|Di sisi lain|Adapun|Kemudian|Lalu),?\s+)?(?P<initials>[A-Z]{2,4})\b"
)


def _initials_speak(ctx: Context, lo: int, hi: int) -> bool:
    """Whether a person known only by initials opens a sentence of ``text[lo:hi]`` with a verb of
    saying (``Sementara itu, HM mengaku bersyukur ...``): the one a quotation after it goes on from."""
    for m in _INITIALS_SUBJECT.finditer(ctx.text, lo, hi):
        if m.group("initials") in ctx.abbreviations or gazetteer.lookup_abbreviation(m.group("initials")):
            continue  # "KPK menyatakan ...": a body's abbreviation
        if _SPEAKS_AFTER.match(ctx.text[m.end("initials") : hi]):
            return True
    return False


def _speaking(ctx: Context, start: int) -> bool:
    """Whether the person named at ``start`` is said to speak there (``Budi mengatakan``, ``menurut Budi``)."""
    claim = next(c for c in ctx.claims if c.start == start and c.entity is not None)
    end = degrees_end(ctx, claim.end)
    return bool(
        _SPEAKS_AFTER.match(ctx.text[end : end + 160])
        or _SPEAKS_BEFORE.search(ctx.text[max(0, start - 160) : start])
    )


def _last_named(
    ctx: Context, offset: int, talked_about: list[tuple[int, int]]
) -> tuple[int, Entity, int] | None:
    """The person last referred to before ``offset`` (by name, short name or title), outside
    ``talked_about``, and where: the first person named in the sentence the last one is named
    in, and where the last one is.

    ``"... arahan Pak Harjono," ujarnya`` and ``Ia menyebut ... Gubernur Harjono ...``: a
    person named inside a quotation, or in a sentence whose subject is a pronoun, is spoken
    about, not speaking (:func:`_talked_about`).
    """
    before = [
        (start, person)
        for start, person in ctx.mentions_before(offset, EntityType.PERSON)
        if not _inside(start, talked_about)
    ]
    if not before:
        return None
    # 'Sulastri mengaku siap ... sebagai pembantu Gubernur Harjono. "...," katanya': the subject of
    # the sentence the last person is named in, the first person it names, is the one speaking
    latest = before[-1][0]
    sentence = sentences.containing(ctx.sentences, latest)
    if sentence is not None:
        return next((start, person, latest) for start, person in before if start >= sentence.start)
    return latest, before[-1][1], latest


#: A sentence whose subject is a pronoun: "Ia menyebut ... Gubernur Harjono ...", "Menurutnya, ...",
#: or what the one just quoted said ("Hal tersebut disampaikannya dalam acara ... Presiden Harjono",
#: "Hal ini dia ungkapkan usai acara ...").
_PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:(?:namun|lalu|kemudian|selain itu|sementara itu|lebih lanjut|di sisi lain)\s*,?\s+)?"
    r"(?:(?:ia|dia|beliau)\b|menurut(?:nya|\s+dia|\s+beliau)\b"
    r"|(?:hal|pernyataan|penegasan|pesan|paparan|keterangan)\s+(?:ini|itu|tersebut)\s+(?:juga\s+)?"
    r"(?:di[a-z]+nya|(?:ia|dia|beliau)\s+[a-z]+)\b)",
    re.IGNORECASE,
)


#: a verb of saying anywhere ("..., yang turut hadir, mengatakan ...")
_SAYS = re.compile(rf"\b(?i:{lang.alternation(w for w, _ in _SPEAKING_VERBS)})\b")
#: a sentence whose subject is a pronoun saying something: "Ia menekankan ...", "Dia juga menambahkan ..."
_PRONOUN_SPEAKS = re.compile(
    r"^\W*(?:ia|dia|beliau)\s+(?:juga\s+|pun\s+|kembali\s+)?"
    rf"(?:{lang.alternation(lexicon.ACTIVE_SPEAKING_VERBS)})\b",
    re.IGNORECASE,
)


def _goes_on_speaking(
    ctx: Context, speaker: Entity, after: int, named: int, talked_about: list[tuple[int, int]]
) -> bool:
    """Whether the person named at ``named`` is only spoken of by ``speaker``, quoted before (up to
    ``after``): the sentence before theirs has a pronoun saying something ("Ia menekankan ..."),
    theirs has no verb of saying ("Presiden Budi ingin ..."), and no one else speaks in between,
    nor is named as more than talked about before the pronoun (whose "Ia" that one would be)."""
    sentence = sentences.containing(ctx.sentences, named)
    if sentence is None or (at := ctx.sentences.index(sentence)) == 0:
        return False
    before = ctx.sentences[at - 1]
    return (
        before.start >= after
        and _PRONOUN_SPEAKS.match(before.text) is not None
        and _SAYS.search(sentence.text) is None
        and not any(
            after <= start and someone is not speaker and not _inside(start, talked_about)
            for start, someone in ctx.mentions_before(before.start, EntityType.PERSON)
        )
    )


def _talked_about(ctx: Context) -> list[tuple[int, int]]:
    """Where persons are only talked about: quotations, and sentences whose subject is ``ia``/``dia``."""
    return [(q.start, q.end) for q in ctx.quotations] + [
        (s.start, s.end) for s in ctx.sentences if _PRONOUN_SUBJECT.match(s.text)
    ]


def _within_a_sentence(ctx: Context, q: QuoteSpan) -> bool:
    """A term, a title or a phrase quoted inside a sentence, no one's speech: the quotation opens
    right after a lower-case word and no verb of saying follows it ('yang disebutnya "gerakan
    menuju ..." yang terjadi', 'menerbitkan buku "Tafsir ..."', 'muncul keterangan "Tidak ..."')."""
    return bool(re.search(r"[a-z]\s+\W$", ctx.text[max(0, q.start - 12) : q.start])) and not _AFTER.match(
        ctx.text[q.close : q.close + 160]
    )


def _a_bodys_name(ctx: Context, q: QuoteSpan) -> bool:
    """Whether the quotation is inside a body's name as written, its own name quoted ('Kelompok Tani "Sido
    Rukun"'), no one's speech."""
    return any(
        m.span.start <= q.start and q.end <= m.span.end
        for e in ctx.of_type(EntityType.ORGANIZATION)
        for m in e.mentions
    )


def _addressed_in(ctx: Context, q: QuoteSpan, person: Entity) -> bool:
    """Whether the quotation names ``person`` by a full name (two words or more): one spoken of, or
    to, in it, and so not the one whose words it is."""
    quoted = ctx.text[q.start : q.end]
    return any(
        len(name.split()) >= 2 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", quoted)
        for name in (person.name, *person.aliases)
    )


def extract_quotes(ctx: Context) -> None:
    """Every direct quotation of at least three words, with its speaker when one can be found.

    The speakers named after quotations are read first, then the article's later uses of their
    names ("Menurut Wibisono, ...") are resolved, so that a quotation whose speaker is only
    referred to ("ujarnya") finds the person the sentences before it speak of.
    """
    talked_about = _talked_about(ctx)
    quoted = [(q, _clean(ctx.text[q.start : q.end])) for q in ctx.quotations]
    kept = [
        (q, words)
        for q, words in quoted
        # not too short, nor the quoted title of a video teaser, nor 'bertema "..."' (a title, not speech)
        if len(words.split()) >= MIN_WORDS
        and not ctx.in_furniture(q.start)
        and q not in ctx.quoted_titles
        and not _within_a_sentence(ctx, q)
        # ('Kelompok Tani "Sopo Bolon"': a body's own name written in quotation marks, read with the body)
        and not _a_bodys_name(ctx, q)
    ]
    named = [_speaker_after(ctx, q) for q, _ in kept]
    resolve_short_names(ctx)
    previous: tuple[QuoteSpan, Entity | _Untold | None] | None = None
    for (q, _), after in zip(kept, named, strict=True):
        speaker = after if after is not None else _salient(ctx, q, previous, talked_about)
        if after is None and isinstance(speaker, Entity) and _addressed_in(ctx, q, speaker):
            speaker = None  # '"Kami sepakat dengan Menteri Budi Santoso ..."': not Budi's own words
        previous = (q, speaker)
        if speaker is None or isinstance(speaker, _Untold):
            continue
        for start, end in _paragraph_parts(ctx.text, q):
            ctx.quotes.append(Quote(_clean(ctx.text[start:end]), speaker, ctx.span(start, end)))
