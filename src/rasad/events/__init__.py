"""Events: detect, type, date, place and qualify every conflict event, and merge repeated mentions.

The stage (:func:`run`) works on the normalised text and fills ``doc.events`` (contract events,
spans in the original text).  For every trigger (``lexicon``: the segmentation's words looked up;
``relevance``: an agreement named with the article must be told as made):

0. a trigger inside an entity's name (ميدان التحرير، بلدة الزيارة) is dropped;
1. its sense may switch with a nearby word (قصفت الطائرات → air strike, ``triggers.yaml`` switches);
2. its clause window (``window``), modality (``modality``; a noun joined by و to the event noun
   before it shares its modality) and attribution (``attribution``);
3. its actors in their roles (not the source it is attributed to) and its place (``arguments``),
   its date (``dating``);
4. the quantities of its sentence (``numbers``: the nearest trigger takes each number; killed ones
   sum to ``fatalities``, but not a toll over a period: أكثر من 40 ألف قتيل في 30 عاما);
5. mentions of one happening merge (``merging``);
6. a statement or a change in a group with no party of a conflict in its clause and no other event
   there is dropped (``relevance``).

How it works, the data files and how to extend them, and measured numbers: ``docs/events.md``.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from rasad.document import Document, Event, EventActor, EventDate, Evidence
from rasad.events import arguments, attribution, dating, merging, modality, numbers, relevance
from rasad.events.cues import Cue, CueSet
from rasad.events.dating import own_date
from rasad.events.lexicon import Sense, Switch, Trigger, find_triggers, lexicon
from rasad.events.merging import Candidate
from rasad.events.window import clause_window, words_between
from rasad.text.proclitics import inventory
from rasad.text.segment import Segmentation
from rasad.time.resolve import future_cues

DATED_TIMEXES = ("DATE", "TIME")  # the timex types that can name a day (not DURATION, SET)

__all__ = ["run", "find_triggers", "event_categories"]

GOVERNMENT_SIDES = frozenset(("government", "russia_iran"))
DESCRIBING_WORDS = 5  # an imperfect this close after an event noun of its category describes it
COORDINATED_WORDS = 6  # a noun with و at most this many words after an event noun is coordinated with it
TOPIC_WORDS = 4  # words from talks or an accord to its topic: the topic word, an adjective, the other side (اتفاق مع باكستان بشأن)
MEANS_WORDS = 10  # a weapon (a violent event's word) after ب this many words after the deed in its clause is its means
OUTCOME_WORDS = 6  # a noun of an imperfect's category this many words after it is what the deed comes to
# (نفى الأنباء عن انشقاق أحد أبرز قادتها العسكريين وانضمامه إلى فصيل منافس)


@lru_cache(maxsize=1)
def _cues() -> CueSet:
    """Modality and attribution cues in one compiled set (one pass over the text finds both)."""
    return CueSet({**modality.cues().labelled, "attribution": attribution.cues().phrases})


def event_categories() -> list[str]:
    """The categories the trigger lexicon can produce."""
    return sorted({s.category for s in lexicon().senses})


@dataclass(slots=True)
class _Context:
    """What every trigger of one document is read against (normalised offsets)."""

    doc: Document
    triggers: list[Trigger]
    before: list[Cue]  # modality cues before / after triggers
    after: list[Cue]
    attribution: list[Cue]  # attribution cues
    attribution_ends: list[int]  # their ends (in text order, as are their starts: they do not overlap)
    args: list[arguments.Arg]
    places: list[arguments.Arg]
    spots: arguments.Places  # the places an event can have, indexed
    names: list[tuple[int, int]]  # actor and person spans (sources of attribution)
    stamps: list[dating.Stamp]
    sentence_starts: list[int]
    paragraph_starts: list[int]
    trigger_starts: frozenset[int] = frozenset()
    time_tokens: frozenset[int] = frozenset()  # indices of the tokens inside time expressions
    name_tails: frozenset[int] = frozenset()  # a name's words but its first: no cue's reach counts them
    known_tails: frozenset[int] = frozenset()  # those of the names the knowledge base knows (الدعم السريع)
    place_tokens: frozenset[int] = frozenset()  # indices of the tokens that open a place's name
    memo: dict[int, tuple[int, int]] = field(default_factory=dict)  # clause windows by clause start
    trigger_list: list[int] = field(default_factory=list)  # the trigger starts, sorted
    nationalities: frozenset[int] = frozenset()  # the starts of nationality adjectives
    sport: dict[int, bool] = field(default_factory=dict)  # whether a sentence (by start) tells of sport
    fiction: dict[int, bool] = field(default_factory=dict)  # whether a sentence (by start) tells of fiction
    sources: dict[int, tuple[int, int] | None] = field(default_factory=dict)  # source spans by cue start
    arg_starts: list[int] = field(default_factory=list)  # the starts of ``args``
    arg_spans: list[tuple[int, int]] = field(default_factory=list)  # their spans, for ``_inside_name``
    cue_starts: tuple[list[int], list[int]] = field(default_factory=lambda: ([], []))  # of ``before``, ``after``
    number_spans: list[tuple[int, int]] = field(default_factory=list)  # first and last token of each quantity


def run(doc: Document) -> Document:
    """Pipeline stage: fill ``doc.events``."""
    assert doc.norm is not None and doc.seg is not None, "normalise and segment must run first"
    text, seg = doc.norm.text, doc.seg
    body_end = seg.body_end  # page furniture after it (مقالات أخرى للكاتب …) tells of no event
    args = arguments.collect(doc)
    names_at = [(a.start, a.end) for a in args if a.type != "NAT"]
    name_starts = frozenset(start for start, _ in names_at)
    # a wildcard of a trigger's phrase reads a name or a date as one word (أرسلت رواندا في تموز/يوليو 2021 ألف
    # جندي; not a span of time with no date: ستطلق في الأيام المقبلة حملة … لتوقيف مطلقي النار)
    timexes = [(doc.norm.to_norm_index(x.start), doc.norm.to_norm_index(x.end), x) for x in doc.timexes]
    dates_at = [(start, end) for start, end, x in timexes if x.type in DATED_TIMEXES and x.value]
    triggers = [t for t in find_triggers(text, tokens=(seg.token_starts, seg.token_words), names=names_at + dates_at)
                if t.start < body_end]
    if not triggers:
        doc.events = []
        return doc
    found = _cues().find(text, tokens=(seg.token_starts, seg.token_words))
    # a cue word inside a name is part of it (حركة أمل: no hope), not one a name is spelt like (سرت شائعات: no Sirte)
    found = [c for c in found if not _inside_name(names_at, c.start) or c.start in name_starts]
    before, after = modality.split_cues(found, text)
    stamps = dating.stamps(doc)
    # a trigger inside a name is part of it, not an event: ميدان التحرير، بلدة الزيارة، كلية المدفعية
    triggers = [t for t in triggers if not _inside_name(names_at, t.start) and not _after_kunya(seg, t.start)]
    # nor inside a title or a slogan in quotes (قصيدة بعنوان "قصف القلب"، شعار "الأسد أو نحرق البلد")
    titles = sorted(m.span(1) for pattern in (lexicon().titles, lexicon().unquoted_titles)
                    for m in pattern.finditer(text))
    triggers = [t for t in triggers if not _inside_name(titles, t.start)]
    # a verb form inside a number's phrase is the noun it counts: اختطف مسلحون 30 طالبا (students)
    counted = sorted((doc.norm.to_norm_index(q.start), doc.norm.to_norm_index(q.end)) for q in doc.quantities)
    triggers = [t for t in triggers if t.kind not in VERB_KINDS or not _inside_name(counted, t.start)]
    # nor the first word of a time expression, a part of the day (فجر 17 ديسمبر 1996: dawn, not blew up)
    timex_starts = {start for start, _, _ in timexes}
    triggers = [t for t in triggers if t.start not in timex_starts]
    # a bare perfect after a word no verb follows is the verbal noun spelt like it (عبر قطع الطريق)
    nominal = lexicon().nominal_after
    triggers = [replace(t, kind="noun") if t.kind == "past" and not t.prefix
                and arguments.word_before(text, seg, t.start) in nominal else t for t in triggers]
    attributions = [c for c in found if c.label == "attribution"]
    ctx = _Context(doc, triggers, before, after, attributions, [c.end for c in attributions], args,
                   [a for a in args if a.type == "LOC"], arguments.places_of(args),
                   [(a.start, a.end) for a in args if a.type in ("PER", "ORG")],
                   stamps, [s.start for s in seg.sentences], [p.start for p in seg.paragraphs],
                   frozenset(t.start for t in triggers),
                   frozenset(k for s in stamps for k in seg.tokens_between(s.start, s.end)),
                   trigger_list=[t.start for t in triggers],  # in text order, as find_triggers gives them
                   nationalities=frozenset(a.start for a in args if a.type == "NAT"),
                   arg_starts=[a.start for a in args], arg_spans=[(a.start, a.end) for a in args],
                   cue_starts=([c.start for c in before], [c.start for c in after]),
                   place_tokens=frozenset(seg.token_index(a.start) for a in args if a.type == "LOC"),
                   # (a name is one word to a denial's reach: نفى أن تكون قوات سوريا الديمقراطية سلمت قرى)
                   # (a name behind a proclitic starts inside its first token: لحزب العمال الكردستاني)
                   name_tails=_tails(seg, [a for a in args if a.type in ("PER", "ORG", "LOC")]),
                   known_tails=_tails(seg, [a for a in args if a.canonical_id is not None]),
                   number_spans=_token_spans(seg, counted))
    cands = [c for n, t in enumerate(triggers) if (c := _candidate(ctx, n, t)) is not None]
    _share_modality(seg, cands)
    tolls = numbers.assign(doc, seg, cands, ctx.memo)
    merged = merging.merge(cands)
    parties = [a.start for a in args if a.canonical_id and a.type in ("PER", "ORG", "NAT") or a.national]
    people = [a.start for a in args if a.type in ("PER", "ORG")]
    leaders = [a.start for a in args if a.type == "PER"]
    kept = [c for c in relevance.anchored(merged, parties, people, seg, leaders) if not _generic(c, seg)]
    kept = relevance.grounded(kept, doc, args)  # (no word of war in a page on skincare)
    kept = [c for c in kept if not _history(c)]
    doc.events = [_event(doc, i, c, args, tolls) for i, c in enumerate(kept)]
    return doc


def _source(ctx: _Context, cue: Cue) -> tuple[int, int] | None:
    """The span of the source an attribution cue names (remembered for the document: the triggers of
    a sentence often share their cue, and the span depends on nothing but the cue and the document)."""
    if cue.start not in ctx.sources:  # (the attribution cues do not overlap: one per start)
        assert ctx.doc.norm is not None and ctx.doc.seg is not None
        ctx.sources[cue.start] = attribution.source_span(ctx.doc.norm.text, ctx.doc.seg, cue, ctx.names,
                                                         ctx.trigger_starts, ctx.time_tokens)
    return ctx.sources[cue.start]


def _share_modality(seg: Segmentation, cands: list[Candidate]) -> None:
    """A noun joined by و to the event noun just before it in its clause shares its modality: the
    two are governed alike (تبدأ المرحلة الثانية باستهداف مدينة الرقة وتحريرها: both are planned;
    لم يتم إجلاء الجرحى ونقلهم); so does a noun without the article right after it, which its last
    word governs (لم يوقع اتفاق تبادل الأسرى: the exchange is the accord's); and so does the topic of talks or of an
    accord that did not happen (لم يتم التوصل إلى اتفاق بشأن خروج المسلحين: ``topic_words`` and
    ``topic_heads`` in roles.yaml)."""
    r = arguments.roles()
    for prev, c in itertools.pairwise(cands):
        if not c.asserted or prev.asserted or c.window != prev.window:
            continue
        if c.kind == "past" or prev.kind == "past":  # (لم يقصف الجيش السوق واستهدف المستشفى: done)
            # but a perfect after أو is the other of two things denied (نفت القيادة أن يكون التشكيل قد
            # انفصل عن الفيلق أو انضم إلى شعبة المخابرات)
            # and a bare perfect behind و after a verbal noun is a verbal noun coordinated with it (بفرض حصار
            # شامل على المدينة وقطع جميع الطرق)
            if c.kind == "past" and words_between(seg, prev.end, c.start) <= COORDINATED_WORDS \
                    and (arguments.word_before(seg.text, seg, c.start) in r.coordinators
                         or prev.kind == "noun" and c.conjoined and _bare_perfect(seg, c)):
                c.modality = prev.modality
            continue
        gap = words_between(seg, prev.end, c.start)
        topic = (prev.category in r.topic_heads and 1 <= gap <= TOPIC_WORDS
                 and arguments.word_before(seg.text, seg, c.start) in r.topic_words)
        # a noun governing it, as the last word of its trigger (لم يوقع اتفاق تبادل الأسرى; not a verb's
        # preposition: ولا نوافق على قصف منطقة كردستان, the shelling is what they disagree with; not a
        # noun with the article, which governs none: جنود جرت تعبئتهم للقتال وقفة احتجاجية)
        construct = (gap == 0 and c.kind == "noun" and not c.definite and not prev.definite
                     and seg.text[prev.start:prev.end].rsplit(" ", 1)[-1] not in lexicon().object_prepositions)
        # an imperfect of the same kind right after the noun describes it (ستشن القوات حملة اعتقالات في مناطق
        # حزام بغداد تستهدف خلايا نائمة: the campaign's targets, not another arrest)
        describes = c.kind == "present" and c.category == prev.category and gap <= DESCRIBING_WORDS
        # and a noun after ب is the means of the deed before it (ربما تلجأ المجموعات إلى استهداف
        # تجمعات المواطنين بسيارات مفخخة: the car bombs are as possible as the attack; its object may be
        # long: يحتمل أن يستهدف مسلحون قوافل الشاحنات على الطريق الدولي بين زاخو ودهوك بعبوات ناسفة)
        means = c.instrument and (gap <= COORDINATED_WORDS or c.category in arguments.VIOLENT and gap <= MEANS_WORDS)
        # and a noun of its kind a few words after an imperfect is what it comes to (رجحت مصادر أن تندمج فصائل
        # عشائرية في صلاح الدين ضمن تشكيل موحد: the union is as likely as the merging)
        # (not after a denial: وحرص على ألا ينتقد تركيا رغم إدانة وجهتها الحكومة, the condemnation was made)
        outcome = prev.kind == "present" and prev.modality != "negated" and c.kind == "noun" \
            and c.category == prev.category and gap <= OUTCOME_WORDS
        # and an adjective right after it, as definite as its noun (توعدت الجماعة بتنفيذ مزيد من الهجمات الانتحارية:
        # the suicide attacks are as vowed as the attacks)
        attribute = gap == 0 and c.kind == prev.kind == "noun" and c.definite and prev.definite
        if topic or construct or attribute or describes or means or outcome or c.conjoined and gap <= COORDINATED_WORDS:
            c.modality = prev.modality
    _share_subjects(seg, cands)
    _share_across(seg, cands)


def _share_subjects(seg: Segmentation, cands: list[Candidate]) -> None:
    """A weak word right before a verb of its category is the verb's subject and shares its modality
    (أفادت مصادر بأن المدفعية ستقصف مواقع المسلحين: the artillery's fire is to come)."""
    for prev, c in itertools.pairwise(cands):
        if prev.sense.weak and prev.asserted and not c.asserted and c.kind in ("past", "present") \
                and prev.window == c.window and prev.category == c.category and words_between(seg, prev.end, c.start) == 0:
            prev.modality = c.modality


def _share_across(seg: Segmentation, cands: list[Candidate]) -> None:
    """A noun joined by و to an event noun of its own category further back, another event's word
    between, shares its modality too (توعد الوزير بملاحقة المتورطين في الاعتداء على الجيش وتوقيفهم: the
    attack is told as done, the arrest only vowed)."""
    for i, c in enumerate(cands):
        if not (c.asserted and c.conjoined and c.kind == "noun") or i < 2 or cands[i - 1].category == c.category:
            continue
        prev = next((p for p in reversed(cands[:i - 1]) if p.category == c.category), None)
        if prev is not None and not prev.asserted and prev.kind == "noun" and prev.window == c.window \
                and words_between(seg, prev.end, c.start) <= COORDINATED_WORDS + DESCRIBING_WORDS:
            c.modality = prev.modality


def _bare_perfect(seg: Segmentation, c: Candidate) -> bool:
    """Whether the perfect of candidate ``c`` carries no ending that names its subject (roles.yaml
    ``perfect_endings``: قطع, not قطعت or قطعوا) and no object pronoun: spelt like its verbal noun."""
    word = seg.token_words[seg.token_index(c.start)]
    return not word.endswith(arguments.roles().perfect_endings + arguments.roles().object_pronouns)


def _candidate(ctx: _Context, n: int, t: Trigger) -> Candidate | None:
    """The event mention of trigger ``t`` (the ``n``-th of its document), before merging."""
    doc = ctx.doc
    assert doc.norm is not None and doc.seg is not None
    text, seg = doc.norm.text, doc.seg
    roles = arguments.roles()
    sense = _switch(seg, t, ctx.name_tails, ctx.number_spans)
    if sense.stative_present and t.kind == "present" and not t.future and not _after_modal(seg, t.start):
        return None  # يسيطر على = holds; but قد تسيطر على = may take
    if relevance.figurative(seg, t, sense.category, ctx.sport, ctx.fiction, ctx.known_tails) \
            or relevance.accidental(seg, t, sense.id, ctx.name_tails) or relevance.his_spelling(doc, t):
        return None
    if t.kind == "past" and sense.category in roles.speech \
            and relevance.adjective_after(seg, t, ctx.nationalities):
        return None  # هجوم شنه طالب تونسي: a verb takes no adjective after it; this is the noun "student"
    window = clause_window(seg, text, t.start, ctx.memo)
    if sense.reference and t.kind != "past" and (t.definite or relevance.named(seg, t, ctx.places)) \
            and not relevance.made_here(seg, t, window, ctx.stamps):
        return None
    word_before = arguments.word_before(text, seg, t.start)  # asked for five times below
    mod = modality.modality(text, seg, t.start, t.end, t.prefix, t.kind, window, ctx.before, ctx.after, word_before,
                            ctx.cue_starts, ctx.time_tokens, ctx.place_tokens, ctx.name_tails)
    if mod == "asserted" and (modality.goal(seg, t.start, t.prefix, t.kind, sense.category, window[0], t.definite)
                              or modality.subjunctive(seg, t.start, t.kind)) \
            or mod in ("asserted", "future") and not (t.kind == "noun" and t.definite and not sense.weak) \
            and modality.consequent(seg, window[0]):  # (a definite noun there names what is: المحادثات النووية)
        mod = "hypothetical"
    elif mod == "asserted" and modality.decided(seg, t.start, t.kind, sense.category, window[0]):
        mod = "future"  # قررت الحكومة إرسال ألفي جندي إلى الإقليم: decided, not done yet
    cue = attribution.attribution_for(t.start, t.end, seg, ctx.attribution, ctx.attribution_ends)
    span = _source(ctx, cue) if cue is not None else None
    following = ctx.triggers[n + 1].start if n + 1 < len(ctx.triggers) else None
    # what a statement of its clause is about (أدان كيري القصف; نفى الحزب مقتل قائده في غارة, another
    # trigger between) takes no actor before it: not the speaker
    speech = _speech_before(ctx.triggers, n, window[0], roles.speech)
    floor = None if speech is None else speech.end if speech.form.startswith(roles.accusing) else t.start
    actors = arguments.actors_for(text, seg, ctx.args, t.start, t.end, t.kind, window, sense.category, t.prefix,
                                  sense.object_place, following, floor,
                                  excluded=None if span is None or cue is None else (cue.start, span[1]),
                                  before=word_before, starts=ctx.arg_starts, form=t.form)
    location, level = arguments.place_for(text, seg, ctx.spots, t.start, t.end, window, actors, sense.category,
                                          following, spoken=floor is not None)
    # what a statement speaks of is told with its own date (أدان المتحدث هجوما نفذ يوم السبت): a
    # timex after the next trigger of its clause is that one's, unless that trigger is the setting of
    # the statement (ودعا كيري خلال اجتماع الثلاثاء)
    said = window
    if following is not None and following < window[1] and sense.category in roles.speech \
            and arguments.word_before(text, seg, following) not in roles.circumstance:
        said = (window[0], following)
    # a statement is made when it is made known (بث تسجيلا الأربعاء يهدد فيه): only other events are
    # dated by their announcement
    known = None if sense.category in roles.speech else \
        dating.announced_from(seg, t.start, window[0], ctx.trigger_list)
    result = sense.weak and arguments.follows_result(text, seg, t.start, t.prefix)
    date = dating.date_for(doc, seg, ctx.stamps, t.start, t.end, said, noun=t.kind == "noun",
                           earlier=dating.earlier_from(seg, t.start, window[0], ctx.trigger_list), made_known=known,
                           outcome=result, later=dating.later_from(seg, t.end, window[1], ctx.trigger_list),
                           coordinated=t.kind == "past" and t.prefix.startswith("و")
                           and _person_follows(seg, ctx, t.end), definite=t.kind == "noun" and t.definite)
    if mod == "asserted" and modality.negated_by_ma(seg, t.start, t.kind):
        mod = "negated"  # «ما انسحبنا من أي موقع»
    done_by = relevance.done_by_relative(seg, t)
    if done_by >= 0:
        if mod in ("hypothetical", "future"):
            mod = "asserted"  # رجح ناشطون أن يرتفع عدد ضحايا الغارات التي شنها الطيران: the raids were made
        actors = _doer_first(ctx, seg, done_by, window, sense.category, actors)
    if mod == "asserted" and (t.kind in ("noun", "fixed") and _after_future_verb(
            ctx, t.start, window[0], 1 if t.definite else FUTURE_VERB_WORDS, t.definite)
            or t.kind == "present" and t.prefix != "" and t.prefix[0] in inventory().conjunctions
            and _after_future_verb(ctx, t.start, window[0], JOINED_FUTURE_WORDS)):
        # what a verb of the future governs (سترسل الحكومة تعزيزات، ستزداد إيران اعتداء على جيرانها; a definite
        # noun right after one that tells of no event itself: الجيش سيحكم الطوق حول المدينة, not سيقتلون الرهائن),
        # and an imperfect joined to one by و (ستلاحق وتعتقل كل من يثبت تورطه، سيطارد المسلحين ويقصف مواقعهم)
        mod = "future"
    ahead = own_date(date) and doc.published and dating.first_day(date.range_from or date.value) > doc.published
    if ahead and mod == "asserted" and t.kind != "past" and (
            date.precision in ("day", "week") or date.precision == "month" and _month_to_come(seg, window)):
        mod = "future"  # its own clause dates it after the publication (يزور ماليزيا من 4 إلى 6 أغسطس; a month
        # told as to come: يتوجه الوزير إلى نايبيداو مطلع الشهر المقبل لإجراء جولة من المباحثات)
        # (not a perfect verb, done whatever the clause's timex: اعتقلت قوات الأمن شابين كانا يعتزمان
        # تفجير مسجد أثناء صلاة الجمعة)
    elif ahead and mod == "hypothetical" and sense.category in lexicon().called_for_a_day:
        mod = "future"  # called for a day to come, it is set (دعت النقابات إلى إضراب يبدأ الأربعاء المقبل)
    return Candidate(t.start, t.end, sense, mod, window, bisect_right(ctx.sentence_starts, t.start) - 1,
                     date, location, level, actors, doc.span(*span)[2] if span else None,
                     definite=t.kind == "noun" and t.definite,
                     paragraph=bisect_right(ctx.paragraph_starts, t.start) - 1,
                     sequenced=arguments.sequenced(text, seg, t.start, word_before),
                     result=result, cause=word_before in roles.causes,
                     kind=t.kind, purpose=modality.purposive(t.prefix, t.kind),
                     instrument=modality.instrumental(t.prefix, t.kind)
                     or modality.coordinated_instrument(seg, t.start, t.prefix, t.kind, window[0]),
                     told=arguments.told_as_done(seg, t, word_before, window[0]),
                     conjoined=t.prefix.startswith("و")
                     or word_before in roles.coordinators,
                     another=arguments.told_as_another(seg, t.end))


def _tails(seg: Segmentation, names: list[arguments.Arg]) -> frozenset[int]:
    """The tokens of ``names`` but the first of each (a name behind a proclitic starts inside its first token)."""
    return frozenset(k for a in names for k in seg.tokens_between(a.start, a.end) if seg.token_starts[k] > a.start)


def _month_to_come(seg: Segmentation, window: tuple[int, int]) -> bool:
    """Whether the clause ``window`` holds a future adjective (``future_adjectives`` of modality.yaml: الشهر
    المقبل): a month named by the publication's (not في أبريل, which may be the past one of a report)."""
    marks = modality.cues().future_adjectives
    return any(seg.token_words[k] in marks for k in seg.tokens_between(*window))


PERIOD_OPENING_WORDS = 5  # an opening phrase of a sentence this short may set its period for the clause after
FUTURE_VERB_WORDS = 3  # words before an indefinite event noun in which a future verb governs it
JOINED_FUTURE_WORDS = 6  # words before an imperfect joined by و in which a future verb governs it (ستلاحق
# الأجهزة الأمنية المتورطين في جرائم ترهونة وتلقي القبض عليهم)


def _after_future_verb(ctx: _Context, start: int, clause_start: int, reach: int, no_trigger: bool = False) -> bool:
    """Whether a verb with the future prefix (سيرسل، ستزداد) stands among the ``reach`` words before
    ``start`` in its clause (a name one word: ستتمكن الولايات المتحدة من إرسال مقاتلات), not at the start of
    a name (ستافان دي ميستورا), nor, with ``no_trigger``, a trigger itself (سيقتلون الرهائن: the killing is
    the event, the hostages its object); with ``no_trigger`` a name between, its subject, counts no word
    (سيعلن المجلس الوطني الانتقالي تشكيلة الحكومة)."""
    seg = ctx.doc.seg
    assert seg is not None
    near = [k for k in seg.tokens_between(clause_start, start)
            if k not in ctx.name_tails and not (no_trigger and _inside_name(ctx.arg_spans, seg.token_starts[k]))][-reach:]
    if not near:
        return False
    for at, verb in future_cues(seg.text, seg.token_starts[near[0]], start):
        if verb and not _inside_name(ctx.arg_spans, at) and not (no_trigger and at in ctx.trigger_starts):
            return True
    return False


def _doer_first(ctx: _Context, seg: Segmentation, verb: int, window: tuple[int, int], category: str,
                actors: list[EventActor]) -> list[EventActor]:
    """``actors`` with the subject of the relative verb at token ``verb`` (الغارة التي شنتها طائرات
    إسرائيلية) as actor1, if one is named right after it: the doer, not a party named before the noun
    (يرفض حزب الله التعليق على الغارة التي شنتها طائرات إسرائيلية)."""
    start, end = seg.token_starts[verb], seg.token_ends[verb]
    doer = next((a for a in arguments.actors_for(seg.text, seg, ctx.args, start, end, "past", (start, window[1]), category,
                                                  starts=ctx.arg_starts)
                 if a.role == "actor1"), None)
    if doer is None:
        return actors
    return [doer] + [a for a in actors if a.role != "actor1" and a.name != doer.name]


def _speech_before(triggers: list[Trigger], n: int, clause_start: int, speech: frozenset[str]) -> Trigger | None:
    """The last trigger of a statement (``speech``) before the ``n``-th trigger in its clause, if any."""
    for k in range(n - 1, -1, -1):
        if triggers[k].start < clause_start:
            return None
        if triggers[k].sense.category in speech:
            return triggers[k]
    return None


def _person_follows(seg: Segmentation, ctx: _Context, end: int) -> bool:
    """Whether a person is named in the word right after the verb ending at ``end`` (واتهم لافروف):
    the verb has a subject of its own, not the one of the verb it is joined to (واقتادوه، وهاجمت سفينة)."""
    i = bisect_left(ctx.arg_starts, end)
    if i == len(ctx.args) or ctx.args[i].type != "PER":
        return False
    nxt = seg.tokens_between(end, ctx.args[i].start + 1)
    return len(nxt) == 1


VERB_KINDS = ("past", "present")
TOLD_DATES = (dating.SINCE, "saying")  # dates the clause ties to the event, though not as its own day


MODAL_SUBJECT_WORDS = 3  # words between the two words of a modal phrase (يمكن للقوات العراقية أن)


def _after_modal(seg: Segmentation, start: int) -> bool:
    """Whether a word or phrase of ``modal_particles`` (قد، لن، يمكن أن) ends right before ``start``; the
    two words of a phrase may hold its subject behind ``modal_subject_proclitic`` (ل) between them (يمكن
    للقوات العراقية أن تستعيد تلعفر; not تقترح دراسة من جامعة قطر أن تسيطر الإشارات: من أن is no phrase),
    and a verb of ``subjunctive_verbs`` its subject before ``subjunctive`` (أن: لم يستبعد محللون أن تسقط)."""
    k = seg.token_index(start)
    words = seg.token_words
    lex = lexicon()
    particles = lex.modal_particles
    if k < 1:
        return False
    if words[k - 1] in particles or k > 1 and f"{words[k - 2]} {words[k - 1]}" in particles:
        return True
    opener = lex.modal_subject_proclitic
    sentence_start = seg.token_index(seg.sentence_at(start).start)
    if words[k - 1] == lex.subjunctive and any(
            arguments.one_of(words[j], lex.subjunctive_verbs, arguments.CONJUNCTIONS)
            for j in range(max(sentence_start, k - 2 - MODAL_SUBJECT_WORDS), k - 1)):
        return True  # يخشى مسؤولون غربيون أن تسقط المدينة: a fear, its subject between
    return bool(opener) and any(f"{words[j]} {words[k - 1]}" in particles and words[j + 1].startswith(opener)
                                for j in range(max(sentence_start, k - 2 - MODAL_SUBJECT_WORDS), k - 2))


def _after_kunya(seg: Segmentation, pos: int) -> bool:
    """Whether the word at ``pos`` follows a word of ``name_openers`` (أبو، بأبي): a name (أبي فدك)."""
    k = seg.token_index(pos)
    return k > 0 and arguments.one_of(seg.token_words[k - 1], lexicon().name_openers, arguments.CONJ_PREP)


def _inside_name(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _switch(seg: Segmentation, t: Trigger, name_tails: frozenset[int] = frozenset(),
            number_spans: list[tuple[int, int]] | None = None) -> Sense:
    """The trigger's sense after the switches of ``triggers.yaml`` (a cue word within reach in its
    sentence: قصف near الطائرات is an air strike); for a switch ``outside_names``, a cue word inside a
    name (a token of ``name_tails``) is part of the name (حزب العمال الكردستاني: no workers shot).  A
    number's phrase (``number_spans``, token indices) counts as one word of the reach after the trigger:
    قتل مسلحون من ميليشيا محلية ما لا يقل عن 30 مدنيا reaches its civilians as 30 مدنيا would."""
    lex = lexicon()
    switches = lex.switches_from.get(t.sense.id)
    if not switches:
        return t.sense
    sent = seg.sentence_at(t.start)
    tokens = seg.tokens_between(sent.start, sent.end)
    here = seg.token_index(t.start)
    last = max(here, seg.token_index(t.end - 1))  # a phrase's last word (أطلق مسلحون النار): the reach runs on from it
    words = seg.token_words
    for sw in switches:
        first = here + 1 if sw.after_only else here - sw.reach
        stop = here if sw.before_only else here + 1 + sw.reach if sw.head_only \
            else _past_numbers(last + sw.reach + 1, last, number_spans)
        near = tokens[max(0, first - tokens.start):max(0, stop - tokens.start)]
        marks, phrases, firsts = _switch_words(sw)
        hit = arguments.among(words, marks, near, skip=here)
        if hit and sw.outside_names and not name_tails.isdisjoint(near):
            hit = any(words[k] in marks for k in near if k != here and k not in name_tails)
        if hit or phrases and arguments.among(words, firsts, near) and any(
                tuple(words[k:k + len(p)]) == p for p in phrases for k in near if k != here and words[k] == p[0]):
            return lex.by_id[sw.target]
    return t.sense


def _past_numbers(stop: int, after: int, number_spans: list[tuple[int, int]] | None) -> int:
    """``stop``, a token index past the reach after token ``after``, pushed on by every word but one of
    each number's phrase that begins in the reach (ما لا يقل عن 30 مدنيا: one word)."""
    for first, last in number_spans or ():
        if first > after and first < stop:
            stop += last - first
    return stop


def _token_spans(seg: Segmentation, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first and last token index of each ``(start, end)`` span, in order."""
    out = []
    for start, end in spans:
        tokens = seg.tokens_between(start, end)
        if len(tokens) > 1:
            out.append((tokens.start, tokens.stop - 1))
    return out


@cache
def _switch_words(sw: Switch) -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """The cue words of switch ``sw`` behind و، ف or ب, its phrases as word tuples (their first word
    also behind one of those: ورجال الأمن، على شاحنات) and the first words of the phrases."""
    marks = arguments.with_clitics(sw.words, "وفب")
    phrases = tuple(tuple(w.split(" ")) for w in sorted(marks) if " " in w)
    return frozenset(w for w in marks if " " not in w), phrases, frozenset(p[0] for p in phrases)


def _event(doc: Document, i: int, c: Candidate, args: list[arguments.Arg], tolls: frozenset[int]) -> Event:
    s, e, t = doc.span(*c.window)
    ts, te, tt = doc.span(c.start, c.end)
    acled = None
    if c.sense.acled:
        acled = {"event_type": c.sense.acled[0], "sub_event_type": c.sense.acled[1]}
        if c.sense.territory:
            acled["sub_event_type"] = _territory_sub_type(c, args)
    killed = [doc.quantities[q] for q in c.quantities if doc.quantities[q].category == "killed" and q not in tolls]
    fatalities = int(sum(q.value for q in killed)) if killed else None
    windows = dict.fromkeys([c.window, *c.mentions])  # distinct spans; mentions only when more than one
    mentions = [Evidence(*doc.span(*w)) for w in windows] if len(windows) > 1 else []
    specific = _specific(c)
    return Event(
        id=f"{doc.id}-e{i}", category=c.category, evidence=Evidence(s, e, t), acled=acled,
        plover=c.sense.plover, date=_date(c, tolls), location=c.location,
        actors=c.actors, fatalities=fatalities, quantities=sorted(c.quantities), modality=c.modality,
        attributed_to=c.attributed_to, trigger=Evidence(ts, te, tt), mentions=mentions,
        specific=specific,
    )


def _date(c: Candidate, tolls: frozenset[int]) -> EventDate | None:
    """The event's date: an event going on since a recent day is narrowed by ``dating.since``; an
    event counted by a toll over a period (تسبب النزاع منذ 2011 بمقتل 230 ألف شخص) and dated only by
    the story or the publication has no date: it is no one day's or week's happening."""
    if c.date is None:
        return None
    if c.date.source == dating.SINCE:
        return dating.since(c.date, c.kind == "past")
    if not own_date(c.date) and any(q in tolls for q in c.quantities):
        return None
    return c.date


_YEAR = re.compile(r"\d+")  # the year a date value opens with (1187, 793, 2015-W29)


def _history(c: Candidate) -> bool:
    """Whether the event's own clause dates it before ``history_before`` (triggers.yaml): a battle of long
    ago told on a museum's label or in a tour (معركة حطين عام 1187), history and no news of a conflict."""
    if c.date is None or not own_date(c.date):
        return False
    year = _YEAR.match(c.date.range_to or c.date.value)
    return year is not None and int(year.group()) < lexicon().history_before


def _generic(c: Candidate, seg: Segmentation) -> bool:
    """Whether an asserted weak (or ``generic_alone``) noun or imperfect stands alone, joined by no
    mention from another clause, with nothing of its own (:func:`_specific`): "قتل النفس المعصومة من
    الكبائر"، "يرفعون اسم الله ويقتلون المسلمين" speak of killing, not of a killing.  Any noun or
    imperfect does so in a sentence that opens with an imperfect verb (:func:`relevance.present_sentence`:
    يصف الشاعر الحب بأنه هدنة قصيرة), its other clauses as general as the first.  A noun or an
    imperfect told over years gone by (``long_periods`` in dating.yaml: خلال العقد الماضي), or a noun
    that names a kind of deed (:func:`relevance.kind_of_deed`: في كافة المعارك، ما ارتكبوه من قتل), with
    nothing of its own, is none either; a weak imperfect needs more than its actors, and after a
    relative pronoun it only describes.  A perfect verb, its own or one it absorbed, tells of a happening
    (استهدف مسلحون مجهولون حافلة ركاب، العمل الإرهابي الذي استهدف المسجد), and one not asserted claims
    nothing (تهديدا بالقتل stays, as a threat)."""
    if not c.asserted:
        return False
    if relevance.whoever(seg, c.start, c.window[0], anyone=True):
        return True  # يعاقب القانون كل من أقدم على إحراق مبنى: anyone who did it
    if c.kind == "past" or c.told:
        return False
    sentence = seg.sentence_at(c.start)
    # in its clause, or in a short opening phrase of its sentence (على مدى السنوات الماضية، ظل النزوح …)
    opening = sentence.start if words_between(seg, sentence.start, c.window[0]) <= PERIOD_OPENING_WORDS \
        else c.window[0]
    counted_or_dated = _counted_or_dated(c)
    if dating.long_period_in(seg.text, opening, c.window[1]) and not counted_or_dated:
        return True  # years summed up (عرف العراق خلال العقدين الماضيين موجات من العنف والتفجيرات)
    alone = all(w == c.window for w in c.mentions)
    # a weak imperfect with no more than its actors tells what they do as a rule (داعش يستهدف
    # النشء العربي): a happening has a place, a number or a date; after a relative pronoun it
    # describes what it follows (المبادرات التي تستهدف الأطفال في الأحياء الفقيرة)
    if alone and c.sense.weak and c.kind == "present":
        k = seg.token_index(c.start)
        return not _specific(c, actors=False) or k > 0 and seg.token_words[k - 1] in dating.relative_pronouns()
    if c.kind in ("noun", "fixed") and (relevance.named_by_copula(seg, c.start) or relevance.every_such_deed(seg, c.start)):
        return True  # what a pronoun says its subject is, or every such deed, a place or an actor with it or not
    if not counted_or_dated and (c.kind == "noun" and relevance.judged(seg, c.start) or relevance.habitual(seg, c.window)
                                 or relevance.opinion_sentence(seg, c.start, c.window[0])):
        # a kind of deed judged (النزوح ليس مجرد انتقال), told as a rule or as someone sees it, with no
        # number or date: its place or actor aside
        return True
    if _specific(c):
        return False
    if alone and (c.sense.weak or c.sense.generic_alone) or c.kind in ("noun", "fixed") and \
            relevance.kind_of_deed(seg, c.start) or relevance.whoever(seg, c.start, c.window[0]):
        return True
    # in a sentence in the present, mentions in its other clauses are as general as this one
    return all(sentence.start <= w[0] < sentence.end for w in c.mentions) \
        and relevance.present_sentence(seg, c.start, c.window[0])


def _specific(c: Candidate, actors: bool = True) -> bool:
    """Whether the text ties the event to something of its own: an actor (unless ``actors`` is
    false), a number, a date or a place in its clause.  "المعركة مع الإرهاب" in an opinion piece has
    none of these."""
    return bool(actors and c.actors or c.place_level == "clause" or _counted_or_dated(c))


def _counted_or_dated(c: Candidate) -> bool:
    """Whether the event has a number, a date of its own, or a date its clause ties to it (``TOLD_DATES``)."""
    return bool(c.quantities or own_date(c.date) or c.date is not None and c.date.source in TOLD_DATES)


def _territory_sub_type(c: Candidate, args: list[arguments.Arg]) -> str:
    actor1 = next((a for a in c.actors if a.role == "actor1"), None)
    if actor1 is not None:
        side = next((a.side for a in args if a.canonical_id and a.canonical_id == actor1.canonical_id), None)
        if side in GOVERNMENT_SIDES:
            return "Government regains territory"
    return "Non-state actor overtakes territory"
