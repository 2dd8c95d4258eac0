"""Event arguments: the actors in their roles and the place, from the entities around a trigger.

Arguments come from the entity stage's mentions (``doc.mentions``: normalised offsets, knowledge-base
records, nationality adjectives); without them, from ``doc.entities``.  The small words that mark
roles are in ``data/ar/events/roles.yaml``.

Roles: a word before an actor marks it as the target (على، ضد → actor2) or an associate (مع، بدعم من
→ assoc); بين X و Y names both sides.  Otherwise actor1 is the subject: for a verb the first actor
right after it (verb–subject–object: سيطرت قوات النظام على ...) or else the nearest one before it
(الطائرات الروسية شنت ...); for a noun the actor right after it (غارات النظام، غارات روسية) or else the
nearest one before it.  After a passive marker (تم استهداف X) the actor after the trigger is the
target.  A capital or country that acts (واشنطن رفضت) is the government (metonymy), not the place.

Place: a place named shortly after the trigger in its clause (or a word such as المدينة pointing back
to the story's place), else before it in the clause; else the last place named before it in its
paragraph; else one later in its sentence; else the last place named before it in the document (the
story's place); a country only when nothing finer is named; never a region beyond one country
(الشرق الأوسط، أوروبا: no place an event happens at, and often a newspaper's name).  Talks and
statements take the place before them in the clause first and never the story's place
(``local_place_only`` in roles.yaml).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from rasad.document import Document, EventActor, EventLocation, Geo
from rasad.entities import Mention, knowledge_base
from rasad.events.lexicon import Trigger
from rasad.events.window import words_between
from rasad.kb import KnowledgeBase
from rasad.resources import load_yaml
from rasad.text.normalise import normalise_key, normalise_keys
from rasad.text.proclitics import inventory
from rasad.text.segment import Segmentation

VIOLENT = frozenset(("armed_clash", "air_strike", "shelling", "bombing", "attack_on_civilians"))
PLACE_AFTER_WORDS = 10  # a place this many words after the trigger in its clause is the event's place
TOLD_DOING_REACH = 5  # words back to a verb of doing (أقدم، قام) whose complement is the event noun
VICTIM_REACH = 5  # words from a violent verb to the nationality of the man it struck (قتل ثلاثة جنود أتراك)


@dataclass(slots=True)
class Arg:
    """An entity mention usable as an event argument (normalised offsets)."""

    start: int
    end: int
    type: str  # PER, ORG, LOC, NAT
    name: str
    canonical_id: str | None = None
    geo: Geo | None = None
    country: bool = False
    orig: tuple[int, int] | None = None
    side: str | None = None  # the actor's side in the knowledge base (government, opposition ...)
    wide: bool = False  # a region beyond any one country (الشرق الأوسط، أوروبا، البحر المتوسط)
    forces: tuple[str | None, str | None] = (None, None)  # nationality: (forces, air force) actor ids
    before: str = ""  # the word before it (:func:`word_before`)
    metonym: bool = False  # a place that can stand for its government (a country, واشنطن): :func:`_is_metonym`
    locative: bool = False  # a place after a locative word (في، ب): :func:`_locative`
    kind: str | None = None  # the knowledge base's kind of the actor (media, militia …)
    relative: bool = False  # named only as a relative, a namesake or one followed (أقرباء الرئيس X، مركز X، أنصار X)
    national: bool = False  # a body unknown to the knowledge base, of a state it names (وزارة الخارجية الإثيوبية)
    seat: bool = False  # where a body sits (المرصد ومقره بريطانيا): no event's place, no actor


@dataclass(frozen=True, slots=True)
class Roles:
    """The role words of ``roles.yaml``, normalised."""

    target: frozenset[str]
    assoc: frozenset[str]
    between: frozenset[str]
    passive: frozenset[str]
    locative: frozenset[str]
    metonymy: frozenset[str]
    anaphora: frozenset[str]
    sequence: frozenset[str]
    complementisers: frozenset[str]
    result: frozenset[str]
    local_place_only: frozenset[str]
    speech: frozenset[str]
    parties: frozenset[str]
    toll_words: frozenset[str]
    toll_over: int
    coordinators: frozenset[str] = frozenset()
    circumstance: frozenset[str] = frozenset()
    population: frozenset[str] = frozenset()
    person_words: frozenset[str] = frozenset()
    people_endings: tuple[str, ...] = ()
    state_agents: frozenset[str] = frozenset()  # officials, soldiers: a plural nationality after them acts
    topic_words: frozenset[str] = frozenset()  # بشأن، حول: what talks or an accord are about
    topic_heads: frozenset[str] = frozenset()  # the categories whose topic shares their modality
    causes: frozenset[str] = frozenset()  # جراء، بسبب: the event noun after them caused a toll told before
    told_passive: frozenset[str] = frozenset()  # تم، جرى: the noun after one is told as done, like a perfect
    told_doing: frozenset[str] = frozenset()  # قام، أقدم: their verbal noun after one of ``told_doing_openers`` is done
    told_doing_openers: frozenset[str] = frozenset()  # على، ب: a word before the noun, or its proclitic
    subject_endings: tuple[str, ...] = ()  # ون: a word in the nominative plural right after a bare noun makes it a verb
    told_responsibility: frozenset[str] = frozenset()  # مسؤوليتها: with عن, the noun after is a deed done
    responsibility_opener: str = ""  # عن
    done_by_relative: frozenset[str] = frozenset()  # شنها، نفذه: after a relative pronoun, the noun before was done
    accusing: tuple[str, ...] = ()  # اتهم، يتهم: a statement's forms that open so name the doer after them
    nationals: frozenset[str] = frozenset()  # انتحاري، مسلح: a nationality after one names a person
    patient_nouns: frozenset[str] = frozenset()  # مقتل، اغتيال، اعتقال: the actor after the noun underwent it
    target_heads: frozenset[str] = frozenset()  # مواقع، أهدافا: before ل and an actor, what of its was struck
    owner_proclitic: str = ""  # ل: an actor's proclitic that, after one of ``target_heads``, makes it the owner
    not_doers: frozenset[str] = frozenset()  # media: kinds of actor that take no side in a violent deed
    owner_links: frozenset[str] = frozenset()  # تابعة: between a word of ``target_heads`` and ل
    others: frozenset[str] = frozenset()  # آخر، جديد: an event noun told as another one
    national_things: frozenset[str] = frozenset()  # الحدود، الأراضي: a nationality after one names no actor
    agents: frozenset[str] = frozenset()  # يد، أيدي: the actor right after one did the deed (على يد داعش)
    channels: frozenset[str] = frozenset()  # على، عبر: a media actor after one is where it was said
    victim_heads: frozenset[str] = frozenset()  # جندي، الطيار: a nationality after one may name who lost him
    passive_readings: frozenset[str] = frozenset()  # قتل، اغتيل: verb forms that read as passives
    opponents: frozenset[str] = frozenset()  # مع: in a battle, the side after it fought the doer
    opponent_categories: frozenset[str] = frozenset()  # armed_clash
    allied_before: frozenset[str] = frozenset()  # بالتعاون، بالتنسيق: before مع, an ally after it
    fighting_alongside: frozenset[str] = frozenset()  # قتال، يقاتل: after them مع may name an ally
    object_endings: tuple[str, ...] = ()  # ا: a word in the accusative (شابا), the object of a verb
    relative_pronouns: frozenset[str] = frozenset()  # الذي: a verb right after one has the actor before it as doer
    relative_auxiliaries: frozenset[str] = frozenset()  # بدأ، قد: may stand between the pronoun and the verb
    object_pronouns: tuple[str, ...] = ()  # ه، ها: a verb with one after a relative pronoun has its subject after it
    object_nouns: frozenset[str] = frozenset()  # قتال: the actor right after the bare noun is the one fought
    kin: frozenset[str] = frozenset()  # أقرباء، شقيق: a person named just after one is no actor
    namesakes: frozenset[str] = frozenset()  # مركز، مستشفى: a person named right after one names the place
    followers: frozenset[str] = frozenset()  # حلفاء، أنصار: an actor right after one is only whose they are
    freeing: frozenset[str] = frozenset()  # تحرير، استعادة: the actor after it and من lost the place
    freeing_opener: str = ""  # من
    joined_sides: frozenset[str] = frozenset()  # negotiation: two actors joined by و are its two sides
    conjoiners: frozenset[str] = frozenset()  # و، ","، "، و": what stands between two actors joined as one side
    bare_complementisers: frozenset[str] = frozenset()  # أن، إن: after one a reported clause has its own subject
    unnamed_subjects: frozenset[str] = frozenset()  # الحركة: a side not named, the subject of the verb after it
    unnamed_not_after: frozenset[str] = frozenset()  # ضد، هذا: after one the side is an object or named before
    accusation_opener: str = ""  # ب: the proclitic of the deed one is accused of (اتهام أنقرة بدعم داعش)
    members: frozenset[str] = frozenset()  # عناصر: a side's members, between مع and the side's name
    state_bodies: tuple[str, ...] = ()  # وزارة: an organisation opening with one and closing with a nationality is a party
    seats: frozenset[str] = frozenset()  # مقره: a place right after one is where a body sits
    sequence_prepositions: frozenset[str] = frozenset()  # على: a word of ``sequence`` may order an event through it
    owner_pronouns: tuple[str, ...] = ()  # ها، هم: a verbal noun's pronoun that stands for a subject named before
    perfect_endings: tuple[str, ...] = ()  # ت، وا: a perfect with one names its subject, no verbal noun
    companion_openers: frozenset[str] = frozenset()  # مع: before a verbal noun opening its clause, joins it to the deed before


@lru_cache(maxsize=1)
def roles() -> Roles:
    """The role words, loaded once."""
    spec = load_yaml("ar/events/roles.yaml")
    words = (frozenset(normalise_keys(spec.get(k))) for k in ("target", "assoc", "between", "passive", "locative", "metonymy", "anaphora", "sequence",
                       "complementisers", "result"))
    return Roles(*words, frozenset(spec.get("local_place_only") or []), frozenset(spec.get("speech") or []),
                 frozenset(normalise_keys(spec.get("parties"))), frozenset(normalise_keys(spec.get("toll_words"))),
                 int(spec.get("toll_over", 10_000)), frozenset(normalise_keys(spec.get("coordinators"))),
                 frozenset(normalise_keys(spec.get("circumstance"))), frozenset(normalise_keys(spec.get("population"))),
                 frozenset(normalise_keys(spec.get("person_words"))), tuple(normalise_keys(spec.get("people_endings"))),
                 frozenset(normalise_keys(spec.get("state_agents"))), frozenset(normalise_keys(spec.get("topic_words"))),
                 frozenset(spec.get("topic_heads") or []), frozenset(normalise_keys(spec.get("causes"))),
                 frozenset(normalise_keys(spec.get("told_passive"))), frozenset(normalise_keys(spec.get("told_doing"))),
                 frozenset(normalise_keys(spec.get("told_doing_openers"))),
                 tuple(normalise_keys(spec.get("subject_endings"))),
                 frozenset(normalise_keys(spec.get("told_responsibility"))),
                 normalise_key(str(spec.get("told_responsibility_opener") or "")),
                 frozenset(normalise_keys(spec.get("done_by_relative"))),
                 tuple(normalise_keys(spec.get("accusing"))),
                 frozenset(normalise_keys(spec.get("nationals"))),
                 frozenset(normalise_keys(spec.get("patient_nouns"))),
                 frozenset(normalise_keys(spec.get("target_heads"))), str(spec.get("owner_proclitic") or ""),
                 frozenset(spec.get("not_doers") or []), frozenset(normalise_keys(spec.get("owner_links"))),
                 frozenset(normalise_keys(spec.get("others"))), frozenset(normalise_keys(spec.get("national_things"))),
                 frozenset(normalise_keys(spec.get("agents"))), frozenset(normalise_keys(spec.get("channels"))),
                 frozenset(normalise_keys(spec.get("victim_heads"))),
                 frozenset(normalise_keys(spec.get("passive_readings"))),
                 frozenset(normalise_keys(spec.get("opponents"))), frozenset(spec.get("opponent_categories") or []),
                 frozenset(normalise_keys(spec.get("allied_before"))),
                 frozenset(normalise_keys(spec.get("fighting_alongside"))),
                 tuple(normalise_keys(spec.get("object_endings"))),
                 frozenset(normalise_keys(spec.get("relative_pronouns"))),
                 frozenset(normalise_keys(spec.get("relative_auxiliaries"))),
                 tuple(normalise_keys(spec.get("object_pronouns"))),
                 frozenset(normalise_keys(spec.get("object_nouns"))),
                 frozenset(normalise_keys(spec.get("kin"))),
                 frozenset(normalise_keys(spec.get("namesakes"))),
                 frozenset(normalise_keys(spec.get("followers"))),
                 frozenset(normalise_keys(spec.get("freeing"))),
                 normalise_key(str(spec.get("freeing_opener") or "")),
                 frozenset(spec.get("joined_sides") or []),
                 frozenset(normalise_keys(spec.get("conjoiners"))),
                 frozenset(normalise_keys(spec.get("bare_complementisers"))),
                 frozenset(normalise_keys(spec.get("unnamed_subjects"))),
                 frozenset(normalise_keys(spec.get("unnamed_not_after"))),
                 normalise_key(str(spec.get("accusation_opener") or "")),
                 frozenset(normalise_keys(spec.get("members"))),
                 tuple(normalise_keys(spec.get("state_bodies"))),
                 frozenset(normalise_keys(spec.get("seats"))),
                 frozenset(normalise_keys(spec.get("sequence_prepositions"))),
                 tuple(normalise_keys(spec.get("owner_pronouns"))),
                 tuple(normalise_keys(spec.get("perfect_endings"))),
                 frozenset(normalise_keys(spec.get("companion_openers"))))


def collect(doc: Document) -> list[Arg]:
    """The argument candidates of a document, sorted by position."""
    out: list[Arg] = []
    norm = doc.norm
    assert norm is not None
    mentions = getattr(doc, "mentions", None) or []
    if mentions:
        kb = knowledge_base()  # once for the document (each look-up reads the environment)
        r = roles()
        for m in mentions:
            if m.type == "NAT":
                if not _people(doc, m.norm_start, m.norm_end, r):
                    out.append(_nationality(doc, m, kb))
                continue
            if m.entity_index is not None and m.entity_index < len(doc.entities):
                arg = _from_entity(doc, doc.entities[m.entity_index], m.norm_start, m.norm_end)
            elif m.record is not None and m.type in ("ORG", "PER"):
                # a phrase that describes a known actor (الطيران الروسي، الجانب الأميركي): no entity of
                # its own, but the actor it names can act
                arg = Arg(m.norm_start, m.norm_end, m.type, m.record.name, m.kb_id,
                          orig=doc.span(m.norm_start, m.norm_end)[:2], kind=getattr(m.record, "type", None))
            else:
                continue
            arg.side = getattr(m.record, "side", None)
            if arg.type == "ORG" and arg.canonical_id is None:
                arg.national = _national(norm.text[arg.start:arg.end], kb, r)
            out.append(arg)
    else:
        for e in doc.entities:
            out.append(_from_entity(doc, e, norm.to_norm_index(e.start), norm.to_norm_index(e.end)))
    out.sort(key=lambda a: a.start)
    _mark(doc, out)
    return out


def _national(name: str, kb: KnowledgeBase, r: Roles) -> bool:
    """Whether an organisation's normalised ``name`` opens with a word of ``state_bodies`` and closes with a
    nationality adjective (وزارة الخارجية الإثيوبية, هيئة الأركان الإثيوبية): a state's body, a party."""
    words = name.split(" ")
    return len(words) > 1 and words[-1] in kb.adjectives and name.startswith(r.state_bodies)


def _people(doc: Document, start: int, end: int, r: Roles) -> bool:
    """Whether the nationality at ``[start, end)`` (normalised) names people of that nation, no actor:
    the sound plural (احتج مئات السوريين، فتحت النار على فرنسيين) unless it follows a word of
    ``state_agents``, who act for their state (مسؤولين عراقيين، جنود إسرائيليون); and any after a word of
    ``nationals``, a person of that nation (فجر انتحاري سعودي نفسه، قتل مسلح تونسي سياحا); and any after a
    word of ``national_things``, a place or a thing of that nation (قرب الحدود السورية، الأزمة السورية)."""
    assert doc.norm is not None and doc.seg is not None
    text = doc.norm.text
    before = word_before(text, doc.seg, start)
    if one_of(before, r.nationals, CONJ_PREP) or one_of(before, r.national_things, CONJ_PREP):
        return True
    if not text[start:end].endswith(r.people_endings):
        return False
    return not one_of(before, r.state_agents, CONJ_PREP)


def _mark(doc: Document, args: list[Arg]) -> None:
    """Set what the rules ask of each argument, once for the document: the word before it, whether a place
    is a ``metonym`` and ``locative``, and whether the argument is named only as someone's ``relative``, a
    place's namesake (:func:`_relative`) or one a side is followed by (``followers``: حلفاء تركيا)."""
    assert doc.norm is not None and doc.seg is not None
    text, seg = doc.norm.text, doc.seg
    starts, ends, words = seg.token_starts, seg.token_ends, seg.token_words  # (fetched once for all)
    r = roles()
    for a in args:
        a.before = _word_before(text, starts, ends, words, a.start)
        if a.type == "LOC":
            a.metonym = _is_metonym(a, text)
            a.locative = _locative(a)
        elif a.type == "PER":
            a.relative = _relative(text, seg, a.start, r.kin, KIN_REACH) \
                or _relative(text, seg, a.start, r.namesakes, NAMESAKE_REACH)
        if not a.relative and one_of(a.before, r.followers):
            a.relative = True  # (ويتهم حلفاء تركيا أنقرة: not Turkey)
        if one_of(a.before, r.seats, CONJ_PREP):
            a.seat = a.relative = True  # (المرصد ومقره بريطانيا: neither where nor who)


def _relative(text: str, seg: Segmentation, start: int, heads: frozenset[str], reach: int) -> bool:
    """Whether a word of ``heads`` stands within ``reach`` words before ``start``, no punctuation
    between: the person named there is only whose relative the text speaks of (``kin``: أقدم أحد أقرباء
    الرئيس السوري بشار الأسد على قتله, not the president), or whom a place is named after (``namesakes``:
    مركز رفيق الحريري)."""
    k = seg.token_index(start)
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if one_of(seg.token_words[j], heads, CONJ_PREP):
            return _unbroken(text, seg.token_ends[j], start)
    return False


def _unbroken(text: str, a: int, b: int) -> bool:
    """Whether no punctuation (``PAUSES``) stands in ``text[a:b]``."""
    return not any(p in text[a:b] for p in PAUSES)


def _from_entity(doc: Document, e, start: int, end: int) -> Arg:
    kind = getattr(e, "kind", None)
    country = kind == "country" or (e.geo is not None and e.geo.precision == "country")
    wide = kind == "region" and (e.geo is None or not e.geo.country)
    return Arg(start, end, e.type, e.canonical.name if e.canonical else e.text,
               e.canonical.id if e.canonical else None, e.geo, country, (e.start, e.end), wide=wide, kind=kind)


def _nationality(doc: Document, m: Mention, kb: KnowledgeBase) -> Arg:
    """The argument of a nationality adjective: the state (else the forces) it stands for."""
    nat = m.nationality
    actor = nat and (nat.state_actor or nat.forces_actor)
    start, end, surface = doc.span(m.norm_start, m.norm_end)
    forces = (nat.forces_actor, nat.air_force_actor) if nat else (None, None)
    return Arg(m.norm_start, m.norm_end, "NAT", _kb_name(actor, kb) or surface, actor, side="government",
               forces=forces, orig=(start, end))


def _kb_name(actor_id: str | None, kb: KnowledgeBase | None = None) -> str | None:
    """The knowledge base's name of an actor (``kb``: the knowledge base, if the caller has it)."""
    if not actor_id:
        return None
    rec = (knowledge_base() if kb is None else kb).get(actor_id)
    return rec.name if rec is not None else None


CONJUNCTIONS = inventory().conjunctions  # و ف
CONJ_PREP = CONJUNCTIONS + inventory().prepositions  # و ف ب ل ك


_LIL, _ARTICLE_WORD = inventory().lil, inventory().article
_LIL_PREP = inventory().fused


def preposition_of(prefix: str) -> str:
    """The preposition among proclitics ``prefix``: its first letter after the conjunctions ("" if none;
    بال → ب، لل → ل)."""
    return prefix.lstrip(CONJUNCTIONS)[:1]


def one_of(word: str, words: frozenset[str], clitics: str = CONJUNCTIONS) -> bool:
    """Whether ``word``, or ``word`` without one leading letter of ``clitics`` (وبعد، فإن), is in ``words``;
    with ل among them, لل stands for ل and the article (للمتمردين: المتمردين)."""
    return word in words or (word[:1] in clitics and word[1:] in words) or (
        word.startswith(_LIL) and _LIL_PREP in clitics and _ARTICLE_WORD + word[len(_LIL):] in words)


@lru_cache(maxsize=128)
def with_clitics(words: frozenset[str], clitics: str = CONJUNCTIONS) -> frozenset[str]:
    """``words`` as they are and behind one letter of ``clitics``: ``w in with_clitics(words, clitics)``
    says what ``one_of(w, words, clitics)`` says, in one look-up (and :func:`among` tests a run of
    tokens at once)."""
    out = words | {c + w for c in clitics for w in words}
    if _LIL_PREP in clitics:  # للمتمردين: ل and the article
        out |= {_LIL + w[len(_ARTICLE_WORD):] for w in words if w.startswith(_ARTICLE_WORD)}
    return out


def among(words: list[str], marks: frozenset[str], tokens: range, skip: int = -1) -> bool:
    """Whether the word of some token of ``tokens`` (``words``: the token words; ``tokens``: a range
    of step 1), other than token ``skip``, is in ``marks``."""
    if skip in tokens:
        return not (marks.isdisjoint(words[tokens.start:skip]) and marks.isdisjoint(words[skip + 1:tokens.stop]))
    return not marks.isdisjoint(words[tokens.start:tokens.stop])


def word_before(text: str, seg: Segmentation, pos: int) -> str:
    """The word before normalised offset ``pos`` together with any proclitics glued to ``pos``'s word."""
    return _word_before(text, seg.token_starts, seg.token_ends, seg.token_words, pos)


def _word_before(text: str, starts: list[int], ends: list[int], words: list[str], pos: int) -> str:
    """:func:`word_before`, given the token starts, ends and words."""
    i = bisect_right(starts, pos) - 1  # the last token starting at or before pos
    if i >= 0 and starts[i] < pos < ends[i]:
        return text[starts[i]:pos]  # pos is inside a word: the proclitics before it
    if i >= 0 and starts[i] == pos:
        i -= 1
    return words[i] if i >= 0 else ""


def told_as_done(seg: Segmentation, t: Trigger, before: str, clause_start: int) -> bool:
    """Whether trigger ``t`` is told as done: after تم، جرى or وقوع (``before``, the word before it), or
    a responsibility and عن (``told_responsibility``: مسؤوليتها عن تفجير السوق), as
    the complement of a perfect verb of doing, its subject between (أقدم مسلحون مجهولون على اختطاف
    موظفين، قام مسلحون بالاختطاف والقتل; ``told_doing`` in roles.yaml), or a second one joined to it by و,
    or as a bare noun that is a verb
    by its subject (:func:`subject_follows`)."""
    r = roles()
    if before in r.told_passive:
        return True
    if before == r.responsibility_opener:
        k = seg.token_index(t.start)
        if k > 1 and seg.token_words[k - 2] in r.told_responsibility:
            return True  # تنفي الجماعة مسؤوليتها عن تفجير السوق
    if t.kind == "noun" and not t.definite and subject_follows(seg, t.end, t.prefix):
        return True
    if before not in r.told_doing_openers and preposition_of(t.prefix) not in r.told_doing_openers \
            and not (t.prefix[:1] and t.prefix[:1] in CONJUNCTIONS and before[:1] in r.told_doing_openers):
        return False  # (nor a second verbal noun joined by و to one after it: قام مسلحون بالاختطاف والقتل)
    i = bisect_left(seg.token_starts, t.start) - 1
    for k in range(i, max(i - TOLD_DOING_REACH, -1), -1):
        if seg.token_starts[k] < clause_start:
            break
        if one_of(seg.token_words[k], r.told_doing):
            return True
    return False


SUBJECT_MIN_LETTERS = 5  # a nominative plural is longer than its ending and a short stem (not كون، دون)


def subject_follows(seg: Segmentation, end: int, prefix: str) -> bool:
    """Whether the bare noun ending at ``end`` (with proclitics ``prefix``) is a perfect verb told as
    done: the word right after it is a subject in the nominative plural, without the article
    (``subject_endings`` in roles.yaml: قتل مسلحون مجهولون معلما), or an indefinite noun and its
    adjective in it (قتل قناصة حوثيون امرأة; after a noun it would take the
    genitive, قتل مسلحين).  Not behind a preposition (بقتل), nor with a definite subject, which tells
    of a deed in general as often as of one (قتل المتطرفون العديد من المسلمين)."""
    if prefix.lstrip(CONJUNCTIONS):
        return False
    i = bisect_left(seg.token_starts, end)
    if i >= len(seg.token_words) or not seg.text[end:seg.token_starts[i]].isspace():
        return False
    if _nominative_plural(seg.token_words[i]):
        return True
    # or an indefinite noun and its adjective in the nominative plural (قتل قناصة حوثيون امرأة وطفلها)
    return i + 1 < len(seg.token_words) and not seg.token_words[i].startswith(_ARTICLE_WORD) \
        and seg.text[seg.token_ends[i]:seg.token_starts[i + 1]].isspace() and _nominative_plural(seg.token_words[i + 1])


def _nominative_plural(w: str) -> bool:
    """Whether ``w`` is a word in the nominative plural without the article (``subject_endings``: مسلحون)."""
    return len(w) >= SUBJECT_MIN_LETTERS and w.endswith(roles().subject_endings) and not w.startswith(_ARTICLE_WORD)


def sequenced(text: str, seg: Segmentation, pos: int, before: str | None = None) -> bool:
    """True when the word before ``pos`` (``before``, if the caller has it) orders the event against
    another (بعد، قبل، عقب ...), or does so through its preposition (``sequence_prepositions``: هجوم نفذ
    ردا على مجزرة سوروتش, the answer and what it answered)."""
    r = roles()
    word = word_before(text, seg, pos) if before is None else before
    if one_of(word, r.sequence):
        return True
    if word not in r.sequence_prepositions:
        return False
    k = seg.token_index(pos)
    return k > 1 and one_of(seg.token_words[k - 2], r.sequence)


def follows_result(text: str, seg: Segmentation, pos: int, prefix: str = "") -> bool:
    """True when the words before the trigger at ``pos`` (with proclitics ``prefix``) present it as an
    outcome: وأسفرت عن مقتل، ما أدى إلى مقتل، تسببت بمقتل."""
    words = roles().result
    starts, ends = seg.token_starts, seg.token_ends
    k = bisect_left(starts, pos) - 1
    prep = prefix.lstrip("وف")[:1]
    phrase = ""
    for j in range(k, max(k - 4, -1), -1):
        phrase = text[starts[j]:ends[j]] + (" " + phrase if phrase else "")
        if phrase in words or (prep and f"{phrase} {prep}" in words):
            return True
    return False


def _is_metonym(a: Arg, text: str) -> bool:
    return a.type == "LOC" and (a.country or _metonym_name(text[a.start:a.end]))


@lru_cache(maxsize=4096)
def _metonym_name(name: str) -> bool:
    """Whether a place name (a capital such as واشنطن) can stand for its government."""
    return normalise_key(name) in roles().metonymy


def _by_agent(text: str, seg: Segmentation, a: Arg, r: Roles) -> bool:
    """Whether the actor ``a`` follows a word of ``agents`` (على يد), maybe past one word of
    ``state_agents`` (على يد عناصر تنظيم داعش)."""
    if a.before in r.agents:
        return True
    k = seg.token_index(a.start)
    return a.before in r.state_agents and k > 1 and word_before(text, seg, seg.token_starts[k - 1]) in r.agents


def _locative(a: Arg) -> bool:
    w, locative = a.before, roles().locative
    return w in locative or w[:1] in CONJUNCTIONS and w[1:] in locative or w.endswith("ب") and len(w) <= 3


INSIDE_OBJECT_WORDS = 1  # words between a verb's trigger and an actor just before or after it, when one is inside it


def _after_target_head(seg: Segmentation, start: int, gap: bool = True) -> bool:
    """Whether the word before the actor at ``start`` is one of ``target_heads`` (مواقع لجبهة النصرة),
    or the word before that, with one of ``owner_links`` between (مواقع تابعة لتنظيم داعش), or, with ``gap``
    (an actor after the trigger), any word between (مركز تدريب لداعش، مواقع عسكرية للتنظيم; not before the
    trigger: قاعدة انطلاق لمروحيات النظام التي تقصف, the helicopters its subject)."""
    k, words, r = seg.token_index(start), seg.token_words, roles()
    gap = gap or k > 1 and words[k - 1] in r.owner_links  # (مواقع تابعة لتنظيم داعش, wherever it stands)
    return any(k > j and one_of(words[k - 1 - j], r.target_heads, CONJ_PREP) for j in ((0, 1) if gap else (0,)))


def _owns_thing_struck(seg: Segmentation, a: Arg, end: int, r: Roles) -> bool:
    """Whether the actor ``a`` owns a thing of ``target_heads`` named right before it, as its genitive or
    behind ``owner_proclitic`` (مواقع لجبهة النصرة، أهدافا لداعش، آلية لقوات النظام): in a violent deed, the
    side struck.  ``end``: where the trigger ends (an actor after it may stand a word further)."""
    return one_of(a.before, r.target_heads, CONJ_PREP) \
        or a.before == r.owner_proclitic and _after_target_head(seg, a.start, a.start >= end)


def _fought(seg: Segmentation, a: Arg, end: int, kind: str, form: str, prefix: str, r: Roles) -> bool:
    """Whether ``a``, right after a bare verbal noun of ``object_nouns`` (``form``, proclitics ``prefix``)
    ending at ``end``, is the one fought (لقتال داعش; not القتال في صفوف التنظيم)."""
    return kind == "noun" and form in r.object_nouns and not prefix.endswith(_ARTICLE_WORD) \
        and words_between(seg, end, a.start) == 0


def _accused(seg: Segmentation, a: Arg, end: int, kind: str, form: str, r: Roles) -> bool:
    """Whether ``a``, after a verbal noun of ``accusing`` (``form``) ending at ``end``, is the one accused:
    right after it and before a word behind ``accusation_opener`` (لاتهام أنقرة بدعم داعش), or behind the
    owner's proclitic with the accuser between (اتهام المعارضة للنظام بقصف المدينة)."""
    if kind != "noun" or form not in r.accusing:
        return False
    k = seg.token_index(a.start)  # (the proclitic before the name, or inside its first word: لحزب الله، للنظام)
    gap = words_between(seg, end, seg.token_starts[k])
    if gap == 1:
        return bool(r.owner_proclitic) and seg.token_words[k].startswith(r.owner_proclitic)
    after = bisect_left(seg.token_starts, a.end)
    return gap == 0 and bool(r.accusation_opener) and after < len(seg.token_words) \
        and seg.token_words[after].startswith(r.accusation_opener)


def _antecedent(seg: Segmentation, cands: list[Arg], start: int, trigger: str, r: Roles) -> int | None:
    """The index in ``cands`` of the actor right before a relative pronoun (``relative_pronouns``) that stands
    right before the verb at ``start``, maybe past a word of ``relative_auxiliaries`` (والجيش الإيراني الذي بدأ
    يحشد قواته): the verb's doer.  None for a verb that reads as a passive (القيادي الذي قتل في الغارة) or
    that carries an object pronoun (``object_pronouns``: أبو خالد السوري الذي اغتاله داعش, its subject after it)."""
    k = seg.token_index(start)
    j = k - 2 if k > 1 and seg.token_words[k - 1] in r.relative_auxiliaries else k - 1
    if j < 0 or seg.token_words[j] not in r.relative_pronouns or one_of(trigger, r.passive_readings) \
            or trigger.endswith(r.object_pronouns):
        return None  # (القيادي الذي قتل في الغارة: the one killed; الذي اغتاله داعش: its subject after it)
    pronoun = seg.token_starts[j]
    return next((i for i in range(len(cands) - 1, -1, -1)
                 if cands[i].end <= pronoun and words_between(seg, cands[i].end, pronoun) == 0), None)


def told_as_another(seg: Segmentation, end: int) -> bool:
    """Whether the word right after the trigger ending at ``end`` is one of ``others`` (هجوم آخر، هجوم جديد)."""
    k = bisect_left(seg.token_starts, end)
    return k < len(seg.token_words) and seg.token_words[k] in roles().others


PAUSES = ",،.؛:"  # marks that end the phrase a word heads (a comma, a full stop, a colon)
NAMESAKE_REACH = 2  # words from a word of ``namesakes`` to the person a place is named after (مستشفى الشهيد X)
KIN_REACH = 3  # words from a word of ``kin`` to the person it makes a relative of (شقيق زعيم التنظيم X)
PATIENT_REACH = 4  # words from a noun of ``patient_nouns`` to the actor who underwent it (مقتل 5 من عناصر داعش)


def _conjoined(text: str, a: Arg, b: Arg, r: Roles) -> bool:
    """Whether ``b`` follows ``a`` with only a word of ``conjoiners`` (و، a comma) between: one side."""
    return normalise_key(text[a.end:b.start]) in r.conjoiners


def _unnamed_subject(seg: Segmentation, a: Arg, b: int, r: Roles) -> bool:
    """Whether a side of ``unnamed_subjects`` that is not ``a``'s own head noun stands between the actor
    ``a`` and ``b``, after no word of ``unnamed_not_after``: the verb after it is that side's (أعلن الجيش
    النيجيري أنه حرر مئات النساء كانت الحركة المتطرفة تحتجزهم; not أعلنت حركة طالبان أن الحركة سيطرت,
    the same side, nor التحالف الدولي ضد التنظيم حقق تقدما, an object)."""
    own = f"{seg.text[a.start:a.end]} {normalise_key(a.name)}"
    words = seg.token_words
    return any(words[k] in r.unnamed_subjects and words[k].removeprefix(_ARTICLE_WORD) not in own
               and words[k - 1] not in r.unnamed_not_after for k in seg.tokens_between(a.end, b))


def _apposed(text: str, args: list[Arg]) -> list[Arg]:
    """``args`` with each nationality followed at once by a known person it describes made that person, from
    the nationality's start (السفير الفرنسي فرنسوا ديلاتر، لقاء الرئيس الأمريكي باراك أوباما: the ambassador and
    the president are the actors, not France and the United States beside them)."""
    out: list[Arg] = []
    skip = -1
    for i, a in enumerate(args):
        if i == skip:
            continue
        b = args[i + 1] if i + 1 < len(args) else None
        if a.type == "NAT" and b is not None and b.type == "PER" and b.canonical_id and not text[a.end:b.start].strip():
            out.append(replace(b, start=a.start, before=a.before))
            skip = i + 1
        else:
            out.append(a)
    return out


def _told_before(seg: Segmentation, a: int, b: int, r: Roles) -> bool:
    """Whether a complementiser of ``bare_complementisers`` stands between ``a`` and ``b``: what follows
    it is a clause with its own subject."""
    return not r.bare_complementisers.isdisjoint(seg.token_words[k] for k in seg.tokens_between(a, b))


def _undergoer(text: str, seg: Segmentation, a: Arg, r: Roles) -> bool:
    """Whether the actor ``a`` follows a noun of ``patient_nouns`` within ``PATIENT_REACH`` words, no
    punctuation between: it underwent that deed (مقتل 5 من عناصر داعش), it did not do the next; or is a
    nationality that lost its man to a verb before it (:func:`_lost_by`: قتل ثلاثة جنود أتراك في هجوم)."""
    k = seg.token_index(a.start)
    words, nouns = seg.token_words, r.patient_nouns
    for j in range(k - 1, max(-1, k - 1 - PATIENT_REACH), -1):
        if one_of(words[j], nouns, CONJ_PREP):
            return _unbroken(text, seg.token_starts[j], a.start)
        if one_of(words[j], r.passive_readings):
            return _lost_by(text, seg, a, seg.token_ends[j], words[j], "past", r)
    return False


def _lost_by(text: str, seg: Segmentation, a: Arg, end: int, trigger: str, kind: str, r: Roles) -> bool:
    """Whether the nationality ``a`` after a violent verb ``trigger`` ending at ``end`` names the side
    that lost the man of ``victim_heads`` before it (قتل الطيار الأردني، اغتال مسلحون الضابط السوري): after
    a verb that reads as a passive (``passive_readings``), unless he comes right after it, indefinite,
    with an object after him (قتل جندي إسرائيلي شابا فلسطينيا); after any other, when he is a definite
    object after its subject (not هاجم جنود أتراك مواقع).  A noun (``kind``) only in the spelling of
    such a verb (قتل read as the noun: its genitive underwent it)."""
    head = a.before
    if a.type != "NAT":
        return False
    gap = words_between(seg, end, a.start)  # the words from the trigger to the nationality
    passive = one_of(trigger, r.passive_readings)
    if passive and gap == 0:
        # the nationality is the man himself, right after the verb (قتل فلسطيني برصاص الجيش، استشهد عراقي)
        return not _object_after(text, seg, a, r)
    if not one_of(head, r.victim_heads, CONJ_PREP) or not 1 <= gap <= VICTIM_REACH:
        return False
    bare = head if head in r.victim_heads else head[1:]  # (its form in the list: والجنود، بالجندي)
    definite = bare.startswith(_ARTICLE_WORD) or head.startswith(_LIL)  # (الجندي، والجنود، للضابط)
    if passive:
        return definite or gap > 1 or not _object_after(text, seg, a, r)
    return kind != "noun" and definite and gap > 1


def _object_after(text: str, seg: Segmentation, a: Arg, r: Roles) -> bool:
    """Whether an indefinite object (``object_endings``: شابا) follows the actor ``a`` at once: the verb
    before him is active and he its subject (قتل جندي إسرائيلي شابا فلسطينيا)."""
    k = seg.token_index(a.start)
    if not 0 <= k < len(seg.token_words) - 1:
        return False
    return seg.token_words[k + 1].endswith(r.object_endings) and seg.token_starts[k + 1] - a.end == 1


def actors_for(text: str, seg: Segmentation, args: list[Arg], start: int, end: int, kind: str,
               window: tuple[int, int], category: str = "", prefix: str = "",
               object_place: bool = False, limit: int | None = None, floor: int | None = None,
               excluded: tuple[int, int] | None = None, before: str | None = None,
               starts: list[int] | None = None, form: str = "") -> list[EventActor]:
    """The actors of the trigger at ``[start, end)`` within its clause ``window``, with roles.

    For a violent event a person named after the trigger is its victim (قتلت الرضيع X → actor2), and
    a nationality adjective stands for that country's forces (its air force for an air strike:
    الطائرات الروسية); otherwise for its state.  An imperfect verb of purpose (``prefix`` ل: انتقل
    كيري إلى جنيف ليلتقي وزراء ...) has the subject of the verb before it; the actor after it is
    acted on or met (actor2).  After a trigger whose object is a place (``object_place``: زار كيري
    باريس) a capital or country is that place, not an actor.  Actors after ``limit`` (the next
    trigger of the clause: دعا كيري … إلى استئناف المحادثات بين النظام والمعارضة) are that trigger's,
    and actors before ``floor`` are not its own (after a statement: أدان كيري القصف, Kerry did not shell).
    No actor overlaps ``excluded`` (the source the event is attributed to).  ``before``: the word before
    the trigger (:func:`word_before`), and ``starts``: the starts of ``args``, if the caller has them.
    A noun of ``patient_nouns`` (``form``: مقتل 5 من عناصر داعش، اغتيال القيادي في حماس) is read as a
    passive: the actor after it underwent the deed (actor2)."""
    violent = category in VIOLENT
    r = roles()
    stop = window[1] if limit is None else min(window[1], limit)
    if starts is None:
        starts = [a.start for a in args]
    lo = bisect_left(starts, window[0] if floor is None else max(window[0], floor))
    hi = bisect_left(starts, stop)
    unsourced = [a for a in args[lo:hi] if excluded is None or not (a.start < excluded[1] and excluded[0] < a.end)]
    cands = [a for a in _apposed(text, unsourced) if a.end <= window[1] and not (a.start < end and start < a.end)
             and (a.type in ("PER", "ORG", "NAT")
                  or a.metonym and not a.locative and not (object_place and a.start >= end))
             and not (a.kind in r.not_doers and (violent or a.before in r.channels or category not in r.speech))
             and not a.relative]
    # (قال شهود لرويترز إن عمليات الإعدام وقعت؛ قالت المقاومة على حسابها على «تويتر» إنها اعتقلت قياديا)
    # a named group inside a verb's trigger, after the verb: its subject (دخل مقاتلو حركة طالبان مدينة)
    # (or a state standing for its government: سحبت روسيا قواتها، سلمت القوات الكردية عددا من القرى)
    inside = next((a for a in args[lo:hi] if start < a.start and a.end <= end
                   and (a.type == "ORG" or a.metonym and not a.locative)), None) \
        if kind != "noun" else None
    if not cands and inside is None:
        return []
    role: dict[int, str] = {}
    passive = (word_before(text, seg, start) if before is None else before) in r.passive \
        or kind == "noun" and form in r.patient_nouns
    between_seen = False
    for i, a in enumerate(cands):
        w = a.before
        if w in r.between:
            role[i] = "actor1"
            between_seen = True
        elif "actor1" not in role.values() and _by_agent(text, seg, a, r):
            role[i] = "actor1"  # (قتل ثلاثة مدنيين على يد عناصر تنظيم داعش)
        elif between_seen and w == "و":
            role[i] = "actor2"
            between_seen = False
        elif w in r.target and not (kind == "past" and a.start >= end
                                    and any(_owns_thing_struck(seg, b, end, r) for b in cands[i + 1:])) \
                or violent and _owns_thing_struck(seg, a, end, r):
            # (على مواقع لجبهة النصرة، أهدافا لداعش، التفجير بمقر قوات الطوارئ: the group's positions struck; but
            # استهدفت الفصائل آلية لقوات النظام: a thing of another side after it, the verb is active and the
            # actor right after it its subject)
            role[i] = "actor2"
        elif w == r.freeing_opener and a.start >= end and one_of(text[start:end], r.freeing):
            role[i] = "actor2"  # (تحرير الأنبار من تنظيم داعش: taken from it)
        elif w in r.assoc:
            if category in r.opponent_categories and w in r.opponents and a.start >= end \
                    and not one_of(text[start:end], r.fighting_alongside):
                # in a battle, مع after it names the other side (اشتبكوا مع القوات التركية), but for an ally
                # (بالتنسيق مع) or a border (على الحدود مع سوريا: no side at all)
                opener = word_before(text, seg, seg.token_starts[seg.token_index(a.start) - 1])
                if one_of(opener, r.national_things, CONJ_PREP):
                    continue
                role[i] = "assoc" if opener in r.allied_before else "actor2"
            else:
                role[i] = "assoc"
        elif violent and a.start >= end and _lost_by(text, seg, a, end, text[start:end], kind, r):
            role[i] = "actor2"  # (قتل الطيار الأردني، اغتال مسلحون الضابط السوري)
        elif category in r.opponent_categories and a.start >= end and w in r.members \
                and word_before(text, seg, seg.token_starts[seg.token_index(a.start) - 1]) in r.opponents:
            role[i] = "actor2"  # (اشتبكت قوة من جهاز مكافحة الإرهاب مع عناصر تنظيم داعش: its members fought)
    if "actor1" not in role.values() and inside is not None and not passive:
        # the subject inside a verb's trigger (دخل مقاتلو حركة طالبان مدينة قندوز), the one right after it
        # acted on (سلمت القوات الكردية عددا من القرى لقوات النظام); but with its subject just before it
        # (الوحدات الكردية التي طردت تنظيم داعش من مدينة) the one inside is the object
        subject = [i for i, a in enumerate(cands) if a.end <= start and i not in role
                   and words_between(seg, a.end, start) <= INSIDE_OBJECT_WORDS]
        after = [i for i, a in enumerate(cands) if a.start >= end and i not in role
                 and words_between(seg, end, a.start) <= INSIDE_OBJECT_WORDS and a.name != inside.name]
        cands.append(inside)
        if subject:
            role[subject[-1]], role[len(cands) - 1] = "actor1", "actor2"
        else:
            role[len(cands) - 1] = "actor1"
            if after and "actor2" not in role.values():
                role[after[0]] = "actor2"
    elif "actor1" not in role.values():
        after = [i for i, a in enumerate(cands) if a.start >= end and i not in role
                 and words_between(seg, end, a.start) <= (3 if kind != "noun" else 2)]
        before = [i for i, a in enumerate(cands) if a.end <= start and i not in role]
        purpose = kind == "present" and prefix.endswith("ل")
        if purpose and before:
            role[before[-1]] = "actor1"
            if after:
                role[after[0]] = "actor2"
        elif (passive or violent and kind != "noun") and after and cands[after[0]].type == "PER" or passive and after \
                or after and (_fought(seg, cands[after[0]], end, kind, form, prefix, r)
                              or _accused(seg, cands[after[0]], end, kind, form, r)):
            role[after[0]] = "actor2"
        elif after:
            role[after[0]] = "actor1"
            rest = [i for i in after[1:] if i not in role]
            last = after[0]
            while kind in ("past", "present") and category not in r.joined_sides and rest \
                    and _conjoined(text, cands[last], cands[rest[0]], r):
                last = rest.pop(0)  # (وتتهم واشنطن ولندن وباريس الجيش السوري: the subjects joined, then the object)
                role[last] = "assoc"
            if kind in ("past", "present") and rest and "actor2" not in role.values():
                role[rest[0]] = "actor2"
        elif before and not (passive and violent and _told_before(seg, cands[before[-1]].end, start, r)) \
                and not _unnamed_subject(seg, cands[before[-1]], start, r):
            # (but one that underwent an earlier deed: مقتل 5 من عناصر داعش في غارة; and none that only
            # tells a deed done to others: تشير معلومات الوزارة إلى أن الرهينة تم اختطافه)
            role[before[-1]] = "actor2" if _undergoer(text, seg, cands[before[-1]], r) else "actor1"
    ante = _antecedent(seg, cands, start, text[start:end], r) if kind in ("past", "present") else None
    if ante is not None and role.get(ante) != "actor1":
        # (معارك بين القوات الكردية والجيش الإيراني الذي بدأ يحشد قواته: the pair is the battle's, the army the
        # doer; التحالف الدولي الذي يضرب داعش: the one after it its object)
        role = {i: "actor2" if rl == "actor1" else rl for i, rl in role.items() if cands[i].start > cands[ante].start}
        role[ante] = "actor1"
    out: list[EventActor] = []
    seen: set[tuple[str, str]] = set()
    doers = {a.name for i, a in enumerate(cands) if role.get(i) == "actor1"}
    sides = doers | {a.name for i, a in enumerate(cands) if role.get(i) == "actor2"}
    for i, a in enumerate(cands):
        if i not in role or (role[i], a.name) in seen or role[i] == "actor2" and a.name in doers \
                or role[i] == "assoc" and a.name in sides:
            continue  # (no side is both the doer and the one it was done to, nor beside itself)
        seen.add((role[i], a.name))
        s, e = a.orig if a.orig else (None, None)
        name, cid = a.name, a.canonical_id
        if a.type == "NAT" and violent and not one_of(a.before, r.passive_readings, CONJ_PREP):
            # (but not the man himself, right after a verb of killing: قتل سوري مواطنا، قتل عراقي في هجوم)
            cid = (a.forces[1] if category == "air_strike" else None) or a.forces[0] or cid
            name = _kb_name(cid) or name
        out.append(EventActor(role[i], name, cid, s, e))
    order = {"actor1": 0, "actor2": 1, "assoc": 2}
    out.sort(key=lambda x: order[x.role])
    return out


@dataclass(frozen=True, slots=True)
class Places:
    """The places of a document that can be an event's (not a region beyond one country), in text
    order, with their starts for bisection; the countries and the finer places apart as well, as
    :func:`place_for` looks for one kind or the other."""

    usable: list[Arg]
    finer: list[Arg]
    finer_starts: list[int]
    countries: list[Arg]
    country_starts: list[int]


def places_of(args: list[Arg]) -> Places:
    """The places among ``args`` (in text order, as :func:`collect` returns them)."""
    usable = [a for a in args if a.type == "LOC" and not a.wide and not a.seat]
    finer = [a for a in usable if not a.country]
    countries = [a for a in usable if a.country]
    return Places(usable, finer, [a.start for a in finer], countries, [a.start for a in countries])


def place_for(text: str, seg: Segmentation, places: Places, start: int, end: int,
              window: tuple[int, int], actors: list[EventActor],
              category: str = "", limit: int | None = None, spoken: bool = False
              ) -> tuple[EventLocation | None, str | None]:
    """The place of the trigger and the level it was found at, in this order:

    ``clause``: a place named shortly after the trigger in its clause, or a word pointing back to the
    story's place (في المدينة → the last place named before); else one named before it in the clause;
    ``paragraph``: the last place named before it in its paragraph; ``sentence``: a place later in its
    sentence; ``document``: the last place named before it (the story's place; not a capital that
    stands for its government, such as واشنطن).  A country only when none of these names a finer
    place.

    Talks, statements and agreements (``local_place_only`` in ``roles.yaml``) happen where the
    speakers are: a place before the trigger in its clause comes first for them (a place after it is
    often their topic), and they never take the story's place.  A place after ``limit`` (the next
    trigger of the clause: ليلتقي ... لبحث ما يحصل في حلب) is that trigger's, not this one's.  A place
    in the saying before a complementiser (أعلن الائتلاف في واشنطن أن قواته ضربت …) is not the event's;
    nor, for an event a statement of its clause speaks of (``spoken``), a capital before it that is
    no place but the speaker (اتهمت واشنطن النظام السوري بخرق الهدنة); nor, for a violent event, a
    capital before it that acts (وأطلقت أنقرة عملية عسكرية ضد الحزب), unless it is a dateline
    (أنقرة - شنت الطائرات …).  When the clause names a country in a place phrase shortly after the
    trigger (غاراتها على مواقع له في سوريا), a place from before the trigger or from the paragraph
    counts only if it lies in that country, and otherwise the country is the place, before any
    place from later in the sentence or the story's.

    ``places`` are the document's (:func:`places_of`): only the places next to the trigger are
    looked at, the finer places and the countries apart.
    """
    acting = {(x.start, x.end) for x in actors}

    def usable(a: Arg) -> bool:  # a place that is neither the trigger nor one of its actors (a place
        # phrase inside a trigger's gap is its place: وصلت إلى باماكو أمس طلائع عناصر فاغنر)
        return not (a.start < end and start < a.end and not a.locative) and (a.orig is None or a.orig not in acting)
        # (orig is a pair, as the actors' spans)

    if not any(map(usable, places.usable)):
        return None, None
    sent = seg.sentence_at(start)
    para = seg.paragraph_at(start)
    floor = reported_from(text, seg, window[0], start)
    acts = spoken or category in VIOLENT  # a capital before it that speaks or acts is no place of it

    def fine(a: Arg) -> bool:  # a finer place than a country, not in the saying (أعلن الائتلاف في واشنطن أن
        # قواته ضربت ...), not the capital that speaks of the event (اتهمت واشنطن النظام بخرق الهدنة: ``spoken``)
        return (usable(a) and not (window[0] <= a.start < floor)
                and not (acts and window[0] <= a.start < start
                         and a.metonym and not a.locative and not _dateline(text, a)))

    # finer[:split] start at or before the trigger (a usable one ends before it), finer[split:] after it
    finer, countries = places.finer, places.countries
    split = bisect_right(places.finer_starts, start)
    prior = _last(fine, finer, split)  # the last place named before the trigger
    stop = window[1] if limit is None else min(window[1], limit)
    # the first place shortly after the trigger in its clause (and before ``limit``)
    after = _first(lambda a: a.end <= stop and fine(a) and words_between(seg, end, a.start) <= PLACE_AFTER_WORDS,
                   finer, split, stop)
    if prior is not None and (back := _anaphor_after(text, seg, end, window)) is not None \
            and (after is None or back < after.start):
        return _location(prior), "clause"
    # a country named in a place phrase shortly after the trigger (غاراتها على مواقع له في سوريا): a
    # finer place found anywhere but after the trigger must lie in it (not أنقرة, which acts), else
    # the country is the place
    land = _first(lambda a: usable(a) and a.end <= stop and a.locative
                  and words_between(seg, end, a.start) <= PLACE_AFTER_WORDS,
                  countries, bisect_right(places.country_starts, start), stop)

    def within(a: Arg | None, strict: bool = False) -> Arg | None:  # strict: unknown country is outside
        if a is None or land is None or _same_country(a, land, strict):
            return a
        return None

    before = within(prior if prior is not None and floor <= prior.start else None)  # ... in the clause
    local = category in roles().local_place_only
    if before and local:  # وصل كيري إلى جنيف ليلتقي ... لبحث ما يحصل في حلب: Geneva, not the topic
        return _location(before), "clause"
    if after:
        return _location(after), "clause"
    if before:
        return _location(before), "clause"
    if prior and prior.start >= para.start and within(prior, strict=True):
        return _location(prior), "paragraph"
    if land is not None:  # a country the clause names beats places taken from further away
        return _location(land), "clause"
    later = _first(lambda a: a.end <= sent.end and fine(a), finer, split, sent.end)
    if later:
        return _location(later), "sentence"
    # واشنطن as the story's place is a dateline
    story = _last(lambda a: fine(a) and not a.metonym, finer, split)
    if story and not local:
        return _location(story), "document"
    country = _first(lambda a: a.end <= window[1] and usable(a),
                     countries, bisect_left(places.country_starts, window[0]), window[1])
    if country:
        return _location(country), "clause"
    return None, None


def _dateline(text: str, a: Arg) -> bool:
    """Whether the place opens a dateline (أنقرة - شنت الطائرات …، دمشق (رويترز)): a dash, a colon or a
    bracket follows it."""
    return text[a.end:a.end + 3].lstrip()[:1] in ("-", "–", "—", ":", "(")


def _same_country(a: Arg, land: Arg, strict: bool = False) -> bool:
    """Whether place ``a`` lies in the country ``land`` (by the country code of their geo; when either
    has none, True unless ``strict``: nothing says otherwise)."""
    if a.geo is None or land.geo is None or not a.geo.country or not land.geo.country:
        return not strict
    return a.geo.country == land.geo.country


def _last(test: Callable[[Arg], bool], args: list[Arg], stop: int) -> Arg | None:
    """The last of ``args[:stop]`` that passes ``test``."""
    for a in reversed(args[:stop]):
        if test(a):
            return a
    return None


def _first(test: Callable[[Arg], bool], args: list[Arg], lo: int, bound: int) -> Arg | None:
    """The first of ``args[lo:]`` (in text order) that starts at or before ``bound`` and passes ``test``."""
    for a in islice(args, lo, None):
        if a.start > bound:
            return None
        if test(a):
            return a
    return None


def reported_from(text: str, seg: Segmentation, lo: int, pos: int) -> int:
    """Where the reported clause holding ``pos`` begins: after the last complementiser (أن، إنه …)
    between ``lo`` and ``pos``, else ``lo``."""
    marks = with_clitics(roles().complementisers)
    tokens = seg.token_words
    span = seg.tokens_between(lo, pos)
    if marks.isdisjoint(tokens[span.start:span.stop]):  # the common case, tested in one set operation
        return lo
    for k in reversed(span):
        if tokens[k] in marks:
            return seg.token_ends[k]
    return lo


def _anaphor_after(text: str, seg: Segmentation, end: int, window: tuple[int, int]) -> int | None:
    """Offset of a word pointing back to the story's place shortly after ``end`` in the clause."""
    marks = with_clitics(roles().anaphora, CONJ_PREP)
    tokens = seg.token_words
    near = seg.tokens_between(end, window[1])[:PLACE_AFTER_WORDS]
    if marks.isdisjoint(tokens[near.start:near.stop]):  # the common case, tested in one set operation
        return None
    for k in near:
        if tokens[k] in marks:
            return seg.token_starts[k]
    return None


def _location(a: Arg) -> EventLocation:
    s, e = a.orig if a.orig else (None, None)
    return EventLocation(a.name, a.canonical_id, a.geo, s, e)
