"""Direct quotations and their speakers (``schema:Quotation``).

A quotation is text between curly or straight double quotes, possibly running
over paragraphs (each continued paragraph opens with a quote mark). The
speaker is named after it (``,” ujar Erik.``, ``kata Wali Kota Malang
Sutiaji``), referred to by a ``-nya`` speech verb (``ujarnya``, ``pungkasnya``:
the person last spoken of), or introduced before it (``Erik menyebut, “...``).
"""

from __future__ import annotations

import re

from kg import lang
from kg.extract import lexicon
from kg.extract.context import Context
from kg.extract.decide import AN_OFFICE, not_a_person
from kg.extract.names import parse_name, plausible_person
from kg.extract.people import add_person, match_title
from kg.records import Entity, EntityType, Quote
from kg.resolve.coref import name_index
from kg.text import sentences
from kg.text.quotations import QuoteSpan

MIN_WORDS = 3

SPEECH_VERBS = list(lang.words("speech-verbs", "verb", casefold=True))
_VERB = "|".join(sorted(set(SPEECH_VERBS), key=len, reverse=True))
#: Verbs the list also has with "-nya" ("katanya", "ujarnya"): the person last spoken of, like "kata" + "nya".
_NYA_FORMS = frozenset(v for v in SPEECH_VERBS if v.endswith("nya") and v[:-3] in SPEECH_VERBS)
# The verb may be capitalised after a full stop; one lower-case word may follow it ("tutur Erik",
# "kata dia", "ujar Kepala ..."), never a capitalised one, which is the speaker's name.
_AFTER = re.compile(rf"^[\s,.]*(?:(?P<verb>(?i:{_VERB}))(?P<nya>nya)?\b)(?:\s+(?:[a-z]+\s+)?)?")


def _clean(quoted: str) -> str:
    """The quoted words without inner reopening marks and trailing comma."""
    text = re.sub(r"\n\s*[“\"]", "\n", quoted)
    text = " ".join(text.split())
    return text.rstrip(" ,")


def _speaker_after(ctx: Context, q: QuoteSpan) -> Entity | _Untold | None:
    """The speaker named after the quotation (``kata Erik``); none for a ``-nya`` verb or none at all."""
    m = _AFTER.match(ctx.text[q.close : q.close + 160])
    if not m or m.group("nya") or m.group("verb").lower() in _NYA_FORMS:
        return None  # "ujarnya": the person last spoken of, found by the caller
    i = ctx.token_index(q.close + m.end())
    after_verb = q.close + m.end("verb")
    if i > 0 and ctx.tokens[i - 1].start >= after_verb and match_title(ctx, i - 1) is not None:
        i -= 1  # "kata jubir KPK Agus Setiawan": the lower-case word after the verb is a title
    return _person_at(ctx, i) if i < len(ctx.tokens) else None


def _person_at(ctx: Context, i: int) -> Entity | _Untold | None:
    """The person named or titled at token ``i``: known, by title, or by a new name."""
    token = ctx.tokens[i]
    title = match_title(ctx, i)
    if title is not None and re.match(r"\s+(?:itu|ini|tersebut)\b", ctx.text[title.end : title.end + 12]):
        return (
            None  # "kata Ketua DPC PDIP Jaksel itu": the person just spoken of, whoever else holds the title
        )
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
        return _holder(ctx, title.role) if _ends_phrase(ctx, title.next_index) else UNTOLD
    if token.bare in lexicon.POSITIONS:
        named = _name_after_office(ctx, i + 1)
        if named is not None:
            return named  # "kata Direktur Eksekutif Lembaga X Budi Hartono": a position the title stage left
        if _ends_phrase(ctx, i + 1):
            return _holder(
                ctx, lexicon.POSITIONS[token.bare]
            )  # "kata Kasintel.": a position with no body after it
        return UNTOLD  # a name follows that nothing read: not to be guessed
    name = parse_name(ctx.text, ctx.tokens, i)
    if name is None:
        return None
    index = name_index(ctx.of_type(EntityType.PERSON))
    known = index.get(name.name) or index.get(name.name.split()[0])
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


def _ends_phrase(ctx: Context, i: int) -> bool:
    """Whether the office words end before token ``i``: nothing capitalised follows them.

    ``kata Kasintel.``, ``kata Menteri LH dalam ...``: the office alone names its holder; after
    ``kata Direktur Eksekutif Lembaga X Budi`` a name the stages did not read follows.
    """
    return i >= len(ctx.tokens) or not ctx.tokens[i].capitalised


def _name_after_office(ctx: Context, i: int) -> Entity | None:
    """The person named after office words, from token ``i`` on, within the same phrase.

    ``ujar VP General Secretary Danone Indonesia, Vera Galuh Sugijanto``: the capitalised words
    (and commas) after them, up to the first a person already found is named at (where a name
    may start: first, after a comma or a rank) or the tagger starts a person's name at.
    """
    tokens = ctx.tokens
    for k in range(i, min(len(tokens), i + 10)):
        token = tokens[k]
        if not (token.capitalised or token.text == ","):
            return None
        if k == i or tokens[k - 1].text == "," or tokens[k - 1].bare in lexicon.RANK_WORDS:
            known = ctx.entity_at(token.start, token.end, EntityType.PERSON)
            if known is not None:
                return known  # where a name may start: first, after a comma, after a rank ("Kombes")
        if ctx.person_starts_at(token.start):
            name = parse_name(ctx.text, tokens, k)
            if (
                name is None
                or not plausible_person(name.name, ctx.lower_words)
                or not_a_person(ctx, name.name)
            ):
                return None
            return add_person(ctx, name, ctx.stage)
    return None


def _holder(ctx: Context, role: str) -> Entity | _Untold:
    """``kata Kasintel``: the one person the article gives that role, else nobody (not the last person named)."""
    holders = {id(m.person): m.person for m in ctx.memberships if m.role is not None and m.role.name == role}
    return next(iter(holders.values())) if len(holders) == 1 else UNTOLD


class _Untold:
    """A speaker the text names only by a title nobody in the article holds: not to be guessed."""


UNTOLD = _Untold()


def _salient(ctx: Context, offset: int, talked_about: list[tuple[int, int]]) -> Entity | None:
    """The person last referred to before ``offset`` (by name, short name or title), outside ``talked_about``.

    ``"... arahan Pak Harjono," ujarnya`` and ``Ia menyebut ... Gubernur Harjono ...``: a
    person named inside a quotation, or in a sentence whose subject is a pronoun, is spoken
    about, not speaking (:func:`_talked_about`).
    """
    before = [
        (start, person)
        for start, person in ctx.mentions_before(offset, EntityType.PERSON)
        if not any(a <= start < b for a, b in talked_about)
    ]
    if not before:
        return None
    # 'Sulastri mengaku siap ... sebagai pembantu Gubernur Harjono. "...," katanya': the subject of
    # the sentence the last person is named in, the first person it names, is the one speaking
    sentence = sentences.containing(ctx.sentences, before[-1][0])
    if sentence is not None:
        return next(person for start, person in before if start >= sentence.start)
    return before[-1][1]


#: A sentence whose subject is a pronoun: "Ia menyebut ... Gubernur Harjono ...", "Menurutnya, ...".
_PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:(?:namun|lalu|kemudian|selain itu|sementara itu|lebih lanjut|di sisi lain)\s*,?\s+)?"
    r"(?:(?:ia|dia|beliau)\b|menurut(?:nya|\s+dia|\s+beliau)\b)",
    re.IGNORECASE,
)


def _talked_about(ctx: Context) -> list[tuple[int, int]]:
    """Where persons are only talked about: quotations, and sentences whose subject is ``ia``/``dia``."""
    return [(q.start, q.end) for q in ctx.quotations] + [
        (s.start, s.end) for s in ctx.sentences if _PRONOUN_SUBJECT.match(s.text)
    ]


def extract_quotes(ctx: Context) -> None:
    """Every direct quotation of at least three words, with its speaker when one can be found."""
    talked_about = _talked_about(ctx)
    for q in ctx.quotations:
        words = _clean(ctx.text[q.start : q.end])
        if len(words.split()) < MIN_WORDS or ctx.in_furniture(q.start):
            continue  # too short, or the quoted title of a video teaser
        if q in ctx.quoted_titles:
            continue  # 'bertema "..."': a title, not speech
        speaker = _speaker_after(ctx, q)
        if speaker is None:
            speaker = _salient(ctx, q.start, talked_about)
        if speaker is None or isinstance(speaker, _Untold):
            continue
        ctx.quotes.append(Quote(words, speaker, ctx.span(q.start, q.end)))
