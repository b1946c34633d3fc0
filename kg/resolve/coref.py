"""Within-article coreference: short names, forms of address and bare titles point to persons met earlier.

``Erik`` and ``Pak Erik`` resolve to ``Erik Setyo Santoso`` introduced by a
title earlier in the article; ``Sekda`` and ``Pj. Wali Kota Malang`` resolve
to the holder of that role in the article. Short forms become aliases of the
person; bare titles do not (a title is not a name) but still count as a
reference for speaker and participant attribution.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import gazetteer, lang
from kg.extract import lexicon
from kg.extract.context import Context
from kg.extract.people import TERM_START, RoleMention, nickname_at, nicknames_after
from kg.records import Entity, EntityType, Membership, Span
from kg.text import sentences
from kg.text.tokens import Token


def name_index(persons: list[Entity]) -> dict[str, Entity | None]:
    """Each name token (and full name) → its person; ``None`` where two persons share it."""
    index: dict[str, Entity | None] = {}
    for person in persons:
        words = [w for w in person.name.split() if len(w) >= 3 and w[0].isupper()]
        # a one-word alias is a nickname the article set off ("atau Gus Syam", "(Tono)")
        nicknames = {a for a in person.aliases if " " not in a and len(a) >= 3}
        for word in {*words, *nicknames, person.name}:
            index[word] = person if index.get(word, person) is person else None
    return index


def _sharing(persons: list[Entity], word: str) -> list[Entity]:
    """The persons with ``word`` among their names (as :func:`name_index` counts them)."""
    return [p for p in persons if word == p.name or word in p.name.split()]


def _first_mention(person: Entity) -> int:
    return min((m.span.start for m in person.mentions), default=0)


#: the sex a form of address or an honorific says its person is: "m" or "f"
_SEX = lang.mapping("gendered-forms", "word", "sex")


def _sex(person: Entity) -> str | None:
    """The sex the person's honorifics or forms of address say ("Ny.", "Pak Andi"), if one."""
    said = {_SEX[w] for w in person.honorific_prefix if w in _SEX}
    said |= {_SEX[a.split()[0]] for a in person.aliases if len(a.split()) == 2 and a.split()[0] in _SEX}
    return said.pop() if len(said) == 1 else None


def shared_name(persons: list[Entity], word: str, offset: int, *, sex: str | None = None) -> Entity | None:
    """The one person a name two persons share points to at ``offset``, if the article tells.

    ``Aries`` after "Pj Wali Kota Batu, Aries Agung Paewai" and before "Ketua Forum ...,
    Endang Aries Agung Paewai" (his wife, who carries his name): a short name points back, so
    only persons introduced before it count; of those, the one the word is the whole name of,
    else the one whose name it opens, and of several the one the article calls by the word
    (``Pak Andi``). A form of address before the word (``sex``) rules out the persons the
    article says are of the other sex (``Pak Andi`` is not ``Ny. Andi Nurlaila``).
    """
    earlier = [p for p in _sharing(persons, word) if _first_mention(p) < offset]
    if sex is not None:  # "Pak Andi": not the "Ny. Andi ..." of the article
        earlier = [p for p in earlier if _sex(p) in {sex, None}]
    for fits in (lambda p: p.name == word, lambda p: p.name.split()[0] == word, lambda p: True):
        found = [p for p in earlier if fits(p)]
        if len(found) > 1:
            # "Pj Wali Kota ... Andi Rahmat Suganda ... akrab disapa Pak Andi" beside his wife "Ny. Andi
            # Nurlaila Rahmat": the one the article calls by the word
            found = [p for p in found if any(_called(alias, word) for alias in p.aliases)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _called(alias: str, word: str) -> bool:
    """Whether ``alias`` calls its person by ``word``: the word alone or after a form of address."""
    words = alias.split()
    return words[-1] == word and (len(words) == 1 or (len(words) == 2 and words[0] in lexicon.ADDRESS))


def person_index(ctx: Context) -> dict[str, Entity | None]:
    """:func:`name_index` of the article's persons, rebuilt only when a person was added."""
    return ctx.from_persons("name_index", name_index)


def shortened_first_name(ctx: Context, word: str) -> Entity | None:
    """``Rahma`` for ``Rahmawati Sukma``: a one-word name that opens exactly one person's first name.

    Indonesian news shortens a first name to its start ("Rahma", "Yudi"); only a real cut counts
    (four letters or more, three fewer than the name), and only when no person has the word
    itself as a name.
    """
    if len(word) < 4 or not word[0].isupper() or not word[1:].islower():
        return None
    persons = ctx.of_type(EntityType.PERSON)
    if any(word in p.name.split() for p in persons):
        return None
    found = [p for p in persons if _opens_first_name(word, p, cut=3)]
    return found[0] if len(found) == 1 else None


def inner_name_of(ctx: Context, word: str, offset: int) -> Entity | None:
    """``jelas dr. Sekar`` after "dr. Ni Made Sekar Wulandari": the one person introduced before
    ``offset`` who has the one-word name ``word`` between the first and the last of their names
    (a Balinese name opens with birth-order names; the last word alone is as often a family's)."""
    found = [
        p
        for p in ctx.of_type(EntityType.PERSON)
        if word in p.name.split()[1:-1] and _first_mention(p) < offset
    ]
    return found[0] if len(found) == 1 else None


def _opens_first_name(word: str, person: Entity, *, cut: int) -> bool:
    """Whether ``word`` is the start of the first of the person's two or more names, at least
    ``cut`` letters shorter than it ("Rahma" of "Rahmawati Sukma")."""
    names = person.name.split()
    return len(names) > 1 and names[0].lower().startswith(word.lower()) and len(names[0]) >= len(word) + cut


#: words before a month of the calendar ("menjelang Ramadhan"): what follows one is no person's short name
_MONTH_LEADS = frozenset(lang.words("month-lead-words", casefold=True))


#: the forms of address as tokens' ``bare`` reads them ("Sdr." as "Sdr")
_ADDRESS_BARE = frozenset(word.removesuffix(".") for word in lexicon.ADDRESS)


#: "kata Melki, sapaan Melkiades": a name set off as what a person is called, then one of their names
_CALLED = re.compile(
    r"(?<![\w-])(?:(?P<address>[A-Z][a-z]+)\s+)?(?P<nick>[A-Z][\w'’-]+)\s*,\s*(?:yang\s+)?sapaan(?:\s+akrab(?:nya)?)?"
    r"\s+(?P<of>[A-Z][\w'’-]+)\b"
)


def _called_by(ctx: Context, index: dict[str, Entity | None]) -> None:
    """``Melki, sapaan Melkiades``: the first name is what the one person with the second is
    called, an alias of theirs (so "kata Melki" is his)."""
    if "sapaan" not in ctx.text:
        return  # (most articles: spares the search)
    for m in _CALLED.finditer(ctx.text):
        person = index.get(m.group("of"))
        nick = m.group("nick")
        if person is None or nick in person.name.split() or len(nick) < 3:
            continue
        person.aliases.add(nick)
        index[nick] = person if index.get(nick, person) is person else None
        if m.group("address") in lexicon.ADDRESS:
            person.aliases.add(f"{m.group('address')} {nick}")


def resolve_short_names(ctx: Context) -> None:
    """Mentions of a person by one of their names (``Erik``, ``Pak Iwan``, ``Bu Dwi``), or by what
    the article says they are called (``Melki, sapaan Melkiades``)."""
    persons = ctx.of_type(EntityType.PERSON)
    if not persons:
        return
    index = name_index(persons)
    _called_by(ctx, index)
    tokens = ctx.tokens
    # only a person's name or a word after a form of address can name one: where those stand
    positions = ctx.word_positions
    named = sorted(
        {i for word in index for i in positions.get(word, ())}
        | {
            j + 1
            for word in _ADDRESS_BARE
            for j in positions.get(word, ())
            if tokens[j].text in lexicon.ADDRESS and j + 1 < len(tokens)
        }
    )
    for i in named:
        token = tokens[i]
        word = token.bare
        person = index.get(word)
        before = tokens[i - 1].text if i else ""
        if person is None and word in index:
            person = shared_name(persons, word, token.start, sex=_SEX.get(before))
        if person is None and before in lexicon.ADDRESS:  # (_nickname needs a form of address)
            person = _nickname(before, word, persons)
        if person is None or ctx.claimed(token.start, token.start + len(word)):
            continue
        if before.casefold() in _MONTH_LEADS:
            continue  # "persiapan Ramadhan" beside "Kapolres ... Fadhil Ramadhan": the month
        names = person.name.split()
        whole = _whole_name_at(ctx, i, names)
        if whole is None:
            if (
                i + 1 < len(tokens)
                and tokens[i + 1].capitalised
                and tokens[i + 1].bare not in lexicon.STOPWORDS
                and tokens[i + 1].bare not in lexicon.ORG_HEAD_WORDS
                and word not in names[-1:]
                and tokens[i + 1].bare not in names
                # ("Zulhendri Dt. Majo Basa": his clan title follows his name)
                and tokens[i + 1].text not in lexicon.ADAT_TITLES
            ):
                continue  # "Erik Thohir": another person sharing a first name
            if i and word == names[0] and _name_word(tokens[i - 1]) and len(names) > 1:
                continue  # "Frederick Aldo Gunardi" after "Gunardi Wantjik": his first name ends another's name
            if _after_another_name_word(tokens, i, names):
                continue  # "kata juru bicaranya, Sahat Tumpak" after "Raja Ahmad Tumpak Bolon": another's name
            if _inside_a_longer_name(tokens, i, names):
                continue  # "Hamdan Kasim, Soraya Hamdan Kasim": his whole name ends his wife's
        end = token.start + len(word) if whole is None else whole
        person.mention(ctx.span(token.start, end), ctx.stage)
        if whole is not None:
            person.aliases.update(nicknames_after(ctx.text, end))
        start = tokens[i - 1].start if i and tokens[i - 1].text in lexicon.ADDRESS else token.start
        if start < token.start:
            person.aliases.add(ctx.text[start:end])  # "Pak Iwan", "Saudara Lukas Enembe"
        ctx.claim(start, end, person)


def _whole_name_at(ctx: Context, i: int, names: list[str]) -> int | None:
    """Where a person's whole name of several words, written again from token ``i`` and not after
    another name's word, ends ("Kepala Desa Muhammad Arifin, yang akrab disapa Kang Arif"): one
    mention of it, not one of each word (each an alias), with a nickname set off after it."""
    tokens = ctx.tokens
    k = i + len(names)
    if (
        len(names) > 1
        and k <= len(tokens)
        and [t.bare for t in tokens[i:k]] == names
        and not (i and _name_word(tokens[i - 1]))
        and not ctx.claimed(tokens[i].start, tokens[k - 1].bare_end)
    ):
        return tokens[k - 1].bare_end
    return None


def _inside_a_longer_name(tokens: list[Token], i: int, name: list[str]) -> bool:
    """Whether token ``i`` is a word of the full ``name`` written whole after another name word.

    (A one-word name written after another word is the same person's fuller name: "Smith",
    "John Smith".)
    """
    if len(name) < 2:
        return False
    for offset, part in enumerate(name):
        first = i - offset
        if (
            part == tokens[i].bare
            and first > 0
            and first + len(name) <= len(tokens)
            and [t.bare for t in tokens[first : first + len(name)]] == name
            and _name_word(tokens[first - 1])
            and not gazetteer.lookup(tokens[first - 1].bare, _REGIONS)  # ("... Ditjenpas Sumut Rindra")
        ):
            return True
    return False


_REGIONS = frozenset({"provinsi", "kabupaten", "kota"})


def _after_another_name_word(tokens: list[Token], i: int, names: list[str]) -> bool:
    """Whether token ``i``, a word of a person's name after the first, follows a name word not among
    them that does not open its sentence ("..., Sahat Tumpak" of someone else than "Raja Ahmad Tumpak
    Bolon"): the end of another person's name. So is a last name after such a word ("Sahat Putra"
    after "Marihot Ananda Putra"), unless the word may shorten one of the person's names: then it is
    the person's by a nickname ("Tom Lembong" of "Thomas Trikasih Lembong")."""
    if (
        i < 2
        or tokens[i].bare not in names[1:]
        or not _name_word(tokens[i - 1])
        or tokens[i - 1].bare in names
    ):
        return False
    if tokens[i].bare == names[-1] and any(_shortens(tokens[i - 1].bare, name) for name in names[:-1]):
        return False
    before = tokens[i - 2].text
    # (an honorific's full stop ends no sentence: "Ny. Rina Manurung" after "Marihot Manurung", his wife)
    return before[-1:] not in '.!?"“”' or before in lexicon.HONORIFICS


def _shortens(word: str, name: str) -> bool:
    """Whether ``word`` may be a short form of ``name``, a nickname opening with its letter and no
    longer than it ("Tom" of "Thomas", "Eddy" of "Edward"; not "Rosmadani" of "Robert", another name)."""
    return word[:1].casefold() == name[:1].casefold() and len(word) <= len(name)


def _name_word(token: Token) -> bool:
    """A capitalised word that may be part of a personal name (no title, address or function word)."""
    word = token.bare
    return (
        token.capitalised
        and token.text == word
        and word[1:].islower()  # (not "SCROLL TO CONTINUE WITH CONTENT" before "Guntur menyampaikan")
        and word not in lexicon.STOPWORDS
        and word not in lexicon.TITLE_FIRST_WORDS
        and word not in lexicon.ADDRESS
        and word not in lexicon.HONORIFICS
        and word not in lexicon.RANK_WORDS
    )


def _nickname(before: str, word: str, persons: list[Entity]) -> Entity | None:
    """``Pak Aji`` for ``Sutiaji``, ``Abah Wira`` for ``Wiratmoko ...``, ``Abah Karman`` for
    ``Sukarmanto``: with a form of address, a name may be shortened to its end, to a syllable or
    two inside it, or a first name to its start (four letters or more)."""
    if before not in lexicon.ADDRESS or len(word) < 3 or not word[0].isupper():
        return None
    low = word.lower()
    found = [
        p
        for p in persons
        if any(
            w != word and (w.lower().endswith(low) or (len(word) >= 4 and low in w.lower()[1:]))
            for w in p.name.split()
        )
        or (len(word) >= 4 and _opens_first_name(word, p, cut=1))
    ]
    return found[0] if len(found) == 1 else None


def resolve_called_titles(ctx: Context, mentions: list[RoleMention]) -> None:
    """``Bupati yang akrab disapa Gus Fathur itu``: a nickname the article gives a title no name
    follows is the nickname of the office's one holder in the article (the holder of that role, in
    that body when the title names one), who is then called by it (``pesan Gus Fathur``)."""
    holders = _office_holders(ctx)
    for mention in mentions:
        if mention.person is not None:
            continue
        # (not one in brackets: "Kepala Dinas (Kadis)" is the office's short form)
        called = nickname_at(ctx.text, mention.end, bracketed=False)
        if called is None or (holder := _sole_holder(holders, mention)) is None:
            continue
        nick, address, start, end = called
        holder.aliases.update({nick, f"{address} {nick}"} if address else {nick})
        holder.mention(ctx.span(end - len(nick), end), ctx.stage)
        ctx.claim(start, end, holder)


def resolve_roles(ctx: Context, mentions: list[RoleMention]) -> None:
    """A bare title refers to the article's holder of that role, if there is exactly one.

    A title that names its body (``Ketua DKPP``) refers only to that body's holder: the chair of
    another body ("Ketua KPU Budi") is not meant.
    """
    holders = _office_holders(ctx)
    for mention in mentions:
        if mention.person is None and (person := _sole_holder(holders, mention)) is not None:
            ctx.claim(mention.start, mention.end, person)


def _office_holders(ctx: Context) -> dict[tuple[str, int | None], list[Entity]]:
    """The article's holders of each role (``(role, None)``) and of each role in each body
    (``(role, id(body))``), each person once."""
    holders: dict[tuple[str, int | None], dict[int, Entity]] = {}
    for membership in ctx.memberships:
        keys: list[tuple[str, int | None]] = [(membership.role.name, None)]
        if membership.organization is not None:
            keys.append((membership.role.name, id(membership.organization)))
        for key in keys:
            holders.setdefault(key, {})[id(membership.person)] = membership.person
    return {key: list(persons.values()) for key, persons in holders.items()}


def _sole_holder(holders: dict[tuple[str, int | None], list[Entity]], mention: RoleMention) -> Entity | None:
    """The one holder of the office ``mention`` names (in its body, when it names one), if just one."""
    org = None if mention.organization is None else id(mention.organization)
    found = _fullest(holders.get((mention.role.name, org), []))
    return found[0] if len(found) == 1 else None


def _fullest(persons: list[Entity]) -> list[Entity]:
    """``persons`` without those whose every name word is a word of another's: "Sholeh", the short
    form "Bupati Sholeh" gave, is "Mochamad Sholeh Hadiwijaya" before the variants stage joins them."""
    words = [set(p.name.split()) for p in persons]
    return [
        p
        for k, p in enumerate(persons)
        if not any(j != k and words[k] < words[j] for j in range(len(persons)))
    ]


#: "itu"/"ini" after a title, past the years of its term ("mantan Menteri Pertahanan periode 2019-2024 itu")
_DEMONSTRATIVE = re.compile(rf"\s+(?:{TERM_START}(?:\s*[-–]\s*(?:19|20)\d\d)?\s+)?(?:itu|ini|tersebut)\b")
_FORMER = re.compile(r"\b(?:mantan|eks)\s+$", re.IGNORECASE)


def _by_name(ctx: Context, start: int, person: Entity) -> bool:
    """Whether the mention of ``person`` at ``start`` names them ("Budi", "Pak Iwan"), not only
    their office ("pembantu Presiden"): who was just spoken of is who was named."""
    words = {w.strip(".,") for w in ctx.text[start : start + 40].split()[:3]}
    return not words.isdisjoint(person.name.split())


def _last_speaker(ctx: Context, at: int, named: Entity) -> Entity:
    """Who ``Wakil Ketua Komisi II DPR RI ini`` at ``at`` is: the speaker of a quotation that closes
    after the last person named (``... kepemimpinan Presiden Harjono. "...," ungkapnya. Wakil Ketua ... ini
    menilai``: the one who spoke), else that person."""
    last = max((m.span.end for m in named.mentions if m.span.end <= at), default=-1)
    spoken = [q for q in ctx.quotes if last < q.span.end <= at and not _name_between(ctx, q.span.end, at)]
    if spoken:
        return max(spoken, key=lambda q: q.span.end).speaker
    return named


def _name_between(ctx: Context, start: int, end: int) -> bool:
    """Whether a person is named between two offsets (then that person is the one spoken of)."""
    return any(start <= m.span.start < end for p in ctx.of_type(EntityType.PERSON) for m in p.mentions)


def resolve_demonstrative_titles(ctx: Context, mentions: list[RoleMention]) -> None:
    """``ujar mantan Komisaris Utama Bank Andalas itu``: a title with ``itu``/``ini`` is the person just spoken of.

    The person last named before the title, outside quotations, holds the office (a
    former one after ``mantan``/``eks``), unless the article already gives the office
    to someone; where a quotation closes after that name, its speaker does (:func:`_last_speaker`).
    """
    quoted = [(q.start, q.end) for q in ctx.quotations]
    for mention in _unheld(ctx, mentions):
        if not _DEMONSTRATIVE.match(ctx.text[mention.end : mention.end + 40]):
            continue
        before = [
            person
            for start, person in ctx.mentions_before(mention.start, EntityType.PERSON)
            if not any(a <= start < b for a, b in quoted) and _by_name(ctx, start, person)
        ]
        if not before:
            continue
        holder = _last_speaker(ctx, mention.start, before[-1])
        former = _FORMER.search(ctx.text[max(0, mention.start - 8) : mention.start]) is not None
        _holds(ctx, holder, mention, ctx.span(mention.start, mention.end), "former" if former else "regular")


def _unheld(ctx: Context, mentions: list[RoleMention]) -> Iterator[RoleMention]:
    """The titles no name follows whose office (role and body) no membership of the article gives
    anyone, as memberships are added while they are read."""
    held = {(id(m.role), id(m.organization)) for m in ctx.memberships}
    read = len(ctx.memberships)
    for mention in mentions:
        held.update((id(m.role), id(m.organization)) for m in ctx.memberships[read:])
        read = len(ctx.memberships)
        unheld = (id(mention.role), id(mention.organization)) not in held
        if mention.person is None and mention.organization is not None and unheld:
            yield mention


#: a pronoun holding the office named next: "Saat ini ia menjabat sebagai", "beliau pernah menjadi"
_PRONOUN_HOLDS = re.compile(
    r"\b(?:[Ii]a|[Dd]ia|[Bb]eliau)\s+(?P<when>(?:(?:kini|saat ini|sekarang|juga|pun|masih|pernah|sempat|"
    r"sebelumnya|dulu|sudah|telah)\s+)*)(?:menjabat|menjadi)(?:\s+sebagai)?\s+$"
)
#: words of that clause that put the office in the past ("ia pernah menjabat sebagai ...")
_PAST = re.compile(r"\b(?:pernah|sempat|sebelumnya|dulu)\b")


def resolve_pronoun_titles(ctx: Context, mentions: list[RoleMention]) -> None:
    """``Elin dicopot dari jabatannya. Saat ini ia menjabat sebagai Sekretaris Dinas X.``: an office
    no name follows, held by the ``ia``/``dia``/``beliau`` before it, is the person last named by
    name outside quotations, in that sentence or the one before (a former office after ``pernah``,
    ``sempat``, ``sebelumnya``), unless the article already gives the office to someone."""
    quoted = [(q.start, q.end) for q in ctx.quotations]
    for mention in _unheld(ctx, mentions):
        clause = _PRONOUN_HOLDS.search(ctx.text, max(0, mention.start - 60), mention.start)
        if clause is None or any(a <= mention.start < b for a, b in quoted):
            continue
        sentence = sentences.containing(ctx.sentences, clause.start())
        if sentence is None:
            continue
        earlier = [s for s in ctx.sentences if s.end <= sentence.start]
        since = earlier[-1].start if earlier else sentence.start
        before = [
            person
            for start, person in ctx.mentions_before(clause.start(), EntityType.PERSON)
            if start >= since and not any(a <= start < b for a, b in quoted) and _by_name(ctx, start, person)
        ]
        if not before or len({id(p) for p in before}) > 1:
            continue  # nobody, or several persons, named just before: whom the pronoun means is not clear
        former = _PAST.search(clause.group("when")) is not None
        _holds(
            ctx, before[-1], mention, ctx.span(clause.start(), mention.end), "former" if former else "regular"
        )


def _holds(ctx: Context, holder: Entity, mention: RoleMention, span: Span, tenure: str) -> None:
    """``holder`` holds the office ``mention`` names, and a unit's office in the body the unit sits in
    too ("Anggota Komisi XII DPR itu": *Anggota Komisi XII* of the DPR, as the title before a name gives)."""
    ctx.memberships.append(Membership(holder, mention.role, mention.organization, span, tenure))
    if mention.seat is not None:
        ctx.memberships.append(Membership(holder, *mention.seat, span, tenure))
