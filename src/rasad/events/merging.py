"""One event per happening: merge the mentions of a document that tell of the same event.

The rules below are applied in order over the candidates (one per trigger, in text order), after a
weak trigger right after a specific violent noun has joined it whatever its modality (سترد على أي
هجوم يستهدف قواتها: the targeting describes the attack), and after a weapon or "targeting" word has
taken the sense of the specific violent trigger of its sentence, if any:

1. a WEAK trigger (قتل، استهداف، صواريخ: the killing or the weapon of an attack) joins the specific
   violent event of its clause (غارة ... قتلت → one air strike), or a weak trigger before it, unless
   its clause names a place the other's is not in; when it is told as an outcome (وأسفرت عن مقتل …)
   it joins the last violent event of its sentence or of the sentence before;
2. in one sentence, mentions of the same category and modality join when their places and dates agree
   and neither is ordered against the other (بعد اللقاء ... أجرى اتصالاً: two happenings) unless the
   second follows the first right after it (إثر تفجير عبوة ناسفة: one phrase), nor the later one
   told as another (``others`` in roles.yaml: في هجوم آخر بإقليم شرناق);
3. across the document, mentions of the same category and modality join when they name the same place
   in their own clause and carry the same date from the text;
   and an attack told by a generic word (هجوم) joins a more specific violent event (a bombing, a strike)
   the same way: same named place, same date from the text, same modality; in its own sentence it
   joins a bombing with agreeing places (امرأة انتحارية هي التي نفذت الهجوم: the attack was the bombing),
   and anywhere, a noun with no actor or date of its own and a place finer than a country, it joins a
   bombing told in the same place (منذ هجوم سوروتش; not عدة هجمات في تركيا, nor هجماته على قوات الأمن);
4. across the document, mentions of the same category and modality join when they have the same
   actor1 (and no different actor2), the same day from their own clauses and agreeing places: ACLED
   codes one event per actors, day, place and type (نفى كيري الثلاثاء في بروكسل … ودعا كيري خلال
   اجتماع الثلاثاء في بروكسل: Kerry's statements in Brussels that Tuesday);
5. a definite noun that adds nothing of its own (الاجتماع، الهجوم، الاتفاق: no actor, no place in its
   clause, no date from its clause) points back to the last event of its category in its
   paragraph: any when the mention itself is asserted, one not asserted when it is not (ومن المتوقع
   أن يلتقي الوزيران … لكن الاجتماع قد يتأجل: one planned meeting).

Places agree when one is inside the other in the knowledge base (حي الفردوس and حلب); the merged
event keeps the finer one.

The merged event keeps the first specific mention as its trigger and evidence (a weapon word that took
an attack's sense in rule 0 gives way to the attack's own word), every mention's
evidence in ``mentions``, and fills a missing place, date or actor from the others.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from dataclasses import dataclass, field

from rasad.document import EventActor, EventDate, EventLocation
from rasad.entities import knowledge_base
from rasad.events.arguments import VIOLENT, roles
from rasad.events.dating import OWN, SINCE, own_date
from rasad.events.lexicon import Sense, lexicon

DEADLY = VIOLENT | {"riot"}  # what deaths told as an outcome (اشتباكات قبلية أسفرت عن مقتل) belong to
GATHERINGS = frozenset({"protest", "riot"})  # what a demand told as a purpose (للمطالبة بحقوقهم) belongs to

DATE_RANK = {OWN: 0, SINCE: 0, "saying": 1, "narrative": 1, "published": 2}  # a date from the event's clause is the best
SOFT_DATES = frozenset(DATE_RANK) - {OWN}  # dates the text does not give the event itself


@dataclass(slots=True)
class Candidate:
    """One event mention before merging (normalised offsets)."""

    start: int
    end: int
    sense: Sense
    modality: str
    window: tuple[int, int]
    sentence: int
    date: EventDate | None = None
    location: EventLocation | None = None
    place_level: str | None = None
    actors: list[EventActor] = field(default_factory=list)
    attributed_to: str | None = None
    quantities: list[int] = field(default_factory=list)
    absorbed: list[Candidate] = field(default_factory=list)  # the mentions merged into it, each with its own sense
    alive: bool = True
    definite: bool = False  # a noun trigger with the article (الاجتماع): may refer back
    paragraph: int = 0
    sequenced: bool = False  # introduced by بعد، قبل، عقب: a happening before or after another
    result: bool = False  # introduced by أسفر عن، أدى إلى: the outcome of what was just told
    cause: bool = False  # introduced by جراء، بسبب: the cause of a toll told before it
    kind: str = "noun"  # the trigger's part of speech: noun, past, present or fixed
    conjoined: bool = False  # the trigger carries و (وتحريرها) or follows أو: coordinated with the one before?
    purpose: bool = False  # a noun with the preposition ل (للمطالبة، لإدانة): what something is done for
    told: bool = False  # a perfect verb among the mentions it absorbed (العمل الإرهابي الذي استهدف المسجد)
    borrowed: bool = False  # a weapon or targeting word that took the sense of its sentence's attack (rule 0)
    instrument: bool = False  # a noun with the preposition ب (بالصواريخ): what something is done with
    armed: bool = False  # a weak trigger that took a weapon after ب as its means: it joins no other event
    another: bool = False  # told as another one (هجوم آخر، هجوم جديد): it joins no event told before it

    @property
    def mentions(self) -> list[tuple[int, int]]:
        """The windows of the mentions merged into it."""
        return [m.window for m in self.absorbed]

    @property
    def anaphoric(self) -> bool:
        """A definite noun mention with no actor, place or date of its own (it refers back)."""
        return self.definite and not self.actors and self.place_level != "clause" and not own_date(self.date)

    @property
    def category(self) -> str:
        return self.sense.category

    @property
    def asserted(self) -> bool:
        return self.modality == "asserted"


def _places_agree(a: Candidate, b: Candidate) -> bool:
    if _same_place(a, b):
        return True
    return a.place_level != "clause" or b.place_level != "clause"


def _same_place(a: Candidate, b: Candidate) -> bool:
    """No place on one side, the same name, or one place inside the other (حي الفردوس in حلب; a place in
    the country the other names: شانلي أورفا and تركيا)."""
    if a.location is None or b.location is None or a.location.name == b.location.name:
        return True
    return (_inside(a.location, b.location) or _inside(b.location, a.location)
            or _in_country(a.location, b.location) or _in_country(b.location, a.location))


def _in_country(inner: EventLocation, country: EventLocation) -> bool:
    """True when ``country`` is a country and ``inner`` is geocoded in it."""
    g, c = inner.geo, country.geo
    return (g is not None and c is not None and c.precision == "country" and bool(c.country)
            and g.country == c.country)


def _inside(inner: EventLocation, outer: EventLocation) -> bool:
    """True when the knowledge base puts ``inner`` within ``outer``."""
    if not inner.canonical_id or not outer.canonical_id:
        return False
    return any(p.id == outer.canonical_id for p in knowledge_base().ancestors(inner.canonical_id))


def _dates_agree(a: Candidate, b: Candidate) -> bool:
    if a.date is None or b.date is None:
        return True
    if a.date.source in SOFT_DATES or b.date.source in SOFT_DATES:
        return True
    return a.date.value == b.date.value


def _absorb(keep: Candidate, other: Candidate) -> None:
    """Join mention ``other`` into event ``keep``: its spans, a finer place, a date from nearer words,
    its actors, source and numbers; a weak sense that ``joins`` one of ``keep``'s sense gives it
    another (the killing of villagers makes an attack one on civilians)."""
    turned = dict(other.sense.joins).get(keep.sense.id)
    if turned is not None:
        keep.sense = lexicon().by_id[turned]
    keep.absorbed += [other, *other.absorbed]
    better = (keep.location is None or (other.place_level == "clause" and keep.place_level != "clause")
              or (other.location is not None and _inside(other.location, keep.location)))
    if better and other.location is not None:
        keep.location, keep.place_level = other.location, other.place_level
    if other.date and (keep.date is None or DATE_RANK[other.date.source or "published"]
                       < DATE_RANK[keep.date.source or "published"]):
        keep.date = other.date
    names = {(a.role, a.name) for a in keep.actors}
    roles = {a.role for a in keep.actors}
    sides = {a.name for a in keep.actors if a.role != "assoc"}
    for a in other.actors:
        if (a.role, a.name) not in names and a.name not in sides and (a.role == "assoc" or a.role not in roles):
            keep.actors.append(a)  # (not a side already in it, on the other side or beside: no one fights itself)
    keep.attributed_to = keep.attributed_to or other.attributed_to
    keep.quantities = sorted(set(keep.quantities) | set(other.quantities))
    keep.told = keep.told or other.told or other.kind == "past"
    other.alive = False


def _cause(cands: list[Candidate], i: int) -> Candidate | None:
    """The violent event an outcome (وأسفرت عن مقتل …) at ``cands[i]`` follows from: the last one
    before it in its sentence, else in the sentence before it in its paragraph."""
    c = cands[i]
    for d in reversed(cands[:i]):
        if d.sentence < c.sentence - 1 or d.paragraph != c.paragraph:
            break
        if d.alive and d.category in DEADLY and d.asserted == c.asserted:
            return d
    return None


def merge(cands: list[Candidate]) -> list[Candidate]:
    """Merge repeated mentions (see the module docstring); returns the surviving candidates."""
    _join_descriptions(cands)
    _weapons_take_the_attack(cands)
    _join_weak(cands)
    _join_purposes(cands)
    live = [c for c in cands if c.alive]
    groups = _alike(live)  # (joining changes no candidate's category or modality)
    _join_repeats(groups)
    _join_generic_attacks(live)
    _join_same_actors_and_day(groups)
    _join_anaphors(live)
    return [c for c in live if c.alive]


def _join_descriptions(cands: list[Candidate]) -> None:
    """0a. A weak trigger right after a specific violent event noun describes it and joins it, whatever
    that event's modality (سترد على أي هجوم يستهدف قواتها: the attack that targets, none in particular);
    so does a weapon after ب, the means of the violent event before it in its clause (هدد باستهداف
    الموانئ بالصواريخ)."""
    for prev, c in itertools.pairwise(cands):
        if c.sense.weak and c.category in VIOLENT and c.alive and _describes(prev, c):
            _absorb(prev, c)
    for i, c in enumerate(cands):  # a weapon after ب: the means of the violent event before it in its clause
        if c.instrument and c.sense.means and c.alive:
            prev = next((d for d in reversed(cands[:i]) if d.alive and d.window == c.window and d.category in VIOLENT), None)
            if prev is not None:
                _absorb(prev, c)  # هدد باستهداف الموانئ بالصواريخ الباليستية: the threatened targeting's missiles
                # جرى استهداف مواقع المسلحين بقذائف المدفعية, هجمات بالقنابل اليدوية: the means says what it was;
                # not a second means joined by و to the first (تراشق مسلحون بالرصاص والقذائف: still a battle)
                lex = lexicon()
                if (prev.sense.weak or prev.sense.id == lex.generic_attack or prev.category in lex.named_by_means) \
                        and not c.conjoined:
                    prev.sense, prev.armed = c.sense, True


def _weapons_take_the_attack(cands: list[Candidate]) -> None:
    """0. A weapon or "targeting" word in a sentence with a specific violent trigger takes its sense
    (الصواريخ in a sentence about air strikes are the aircraft's munitions)."""
    for c in cands:
        if c.sense.weak and c.category == "shelling" and not c.armed:
            strong = [d for d in cands if d.sentence == c.sentence and not d.sense.weak and d.category in VIOLENT]
            if strong:
                c.sense, c.borrowed = strong[0].sense, True


def _join_weak(cands: list[Candidate]) -> None:
    """1. Weak triggers join the specific violent event of their clause (an outcome: the nearest one
    before it), else a weak one told after them as their cause (جراء استهداف), or the event they are
    the outcome of; not one ordered against another (``sequence`` in roles.yaml)."""
    for i, c in enumerate(cands):
        if not c.sense.weak or c.category not in VIOLENT or c.armed:
            continue
        # one ordered against another joins only what is told after it (جاءت المداهمات بعد مقتل 32 شخصا في
        # تفجير انتحاري: the bombing's; not هجوم نفذ ردا على مجزرة سوروتش, اشتباكات بعد مقتل قيادي)
        mates = [d for d in cands if d is not c and d.alive and d.window == c.window and d.category in VIOLENT
                 and d.asserted == c.asserted and (c.place_level != "clause" or _same_place(c, d))
                 and not (c.sequenced and d.start < c.start)]
        strong = [d for d in mates if not d.sense.weak]
        earlier_weak = [d for d in mates if d.sense.weak and cands.index(d) < i]
        cause = [d for d in strong if d.start < c.start] if c.result else []
        # a cause told after it, itself weak (مقتل البقية جراء استهداف مواقع التنظيم)
        told_cause = next((d for d in mates if d.cause and d.start > c.start), None)
        # an outcome is of the nearest event told before it (الهجوم على فندق في سوسة ما أدى إلى مقتل 38)
        target = cause[-1] if cause else strong[0] if strong else told_cause or (earlier_weak[0] if earlier_weak else None)
        if target is None and c.result:
            target = _cause(cands, i)
        if target is None:
            target = _told_next(cands, i)
        if target is not None:
            _absorb(target, c)


NEXT_CLAUSE_GAP = 2  # a comma and a space between a weak trigger's clause and the next
NEXT_CLAUSE_LEAD = (2, 5)  # the length of a short word and a space before the trigger that opens the
# next clause (في تفجير، إثر انفجار، جراء قصف، حين هاجم; not a trigger opening it: ، وقصفت is another deed)


def _told_next(cands: list[Candidate], i: int) -> Candidate | None:
    """The specific violent event that opens the clause right after the weak trigger's in its sentence,
    behind a short preposition (قتل ثلاثة عناصر وجرح تسعة، في تفجير سيارة مفخخة: the bombing's toll),
    else None."""
    c = cands[i]
    for d in cands[i + 1:]:
        if d.start > c.window[1] + NEXT_CLAUSE_GAP + NEXT_CLAUSE_LEAD[1]:
            return None
        if (d.alive and not d.sense.weak and d.category in VIOLENT and d.asserted == c.asserted
                and d.sentence == c.sentence and 0 <= d.window[0] - c.window[1] <= NEXT_CLAUSE_GAP
                and NEXT_CLAUSE_LEAD[0] <= d.start - d.window[0] <= NEXT_CLAUSE_LEAD[1]):
            return d
    return None


def _join_purposes(cands: list[Candidate]) -> None:
    """1a. A statement told as the purpose of a protest or a riot before it in its clause is its demand
    (تظاهر المئات للمطالبة بمحاسبة المتهم، تظاهرات يومية لإدانة سياسة الحكومة): one event; so is one
    told by an imperfect right after the gathering's noun, which describes it (تظاهرات كبيرة تطالب بحل
    البرلمان)."""
    for i, c in enumerate(cands):
        if not ((c.purpose or c.kind == "present") and c.alive and c.category in roles().speech):
            continue
        gathering = next((d for d in reversed(cands[:i]) if d.alive and d.window == c.window
                          and d.category in GATHERINGS), None)
        if gathering is not None and (c.purpose or gathering.kind == "noun"
                                      and c.start - gathering.end <= DEMAND_CHARS):
            _absorb(gathering, c)


DEMAND_CHARS = 16  # an imperfect this close after a gathering's noun describes it (تظاهرات كبيرة تطالب)


DESCRIBES_CHARS = 6  # a weak word this close after a violent event noun describes it (هجوم يستهدف،
# عمليات انتحارية كانت تستهدف)


def _describes(d: Candidate, c: Candidate) -> bool:
    """Whether weak trigger ``c`` right after the specific violent noun ``d`` of its clause describes it
    (هجوم يستهدف قواتها، غارة تستهدف المدنيين), whatever the modality of ``d``."""
    return (d.alive and not d.sense.weak and d.category in VIOLENT and d.kind == "noun"
            and d.window == c.window and 0 <= c.start - d.end <= DESCRIBES_CHARS)


def _adjacent(c: Candidate, d: Candidate) -> bool:
    """Whether ``d`` follows ``c`` with nothing but a space between: one phrase, one happening, even
    when it is ordered against another (إثر تفجير عبوة ناسفة)."""
    return 0 <= d.start - c.end <= 1


def _alike(live: list[Candidate]) -> list[list[Candidate]]:
    """The candidates grouped by category and modality, each group in text order: only mentions of one
    group join in rules 2 to 4, and joining two changes no other group."""
    groups: dict[tuple[str, str], list[Candidate]] = {}
    for c in live:
        groups.setdefault((c.category, c.modality), []).append(c)
    return list(groups.values())


def _join_repeats(groups: list[list[Candidate]]) -> None:
    """2. Same sentence, same category, agreeing place and date; 3. same named place and text date
    (``groups``: the candidates by category and modality, :func:`_alike`).

    While a candidate has no named place and date of its own only its sentence's mentions can join it,
    and only those are looked at: a document of thousands of events stays linear."""
    for group in groups:
        by_sentence: dict[int, list[int]] = {}
        for k, c in enumerate(group):
            by_sentence.setdefault(c.sentence, []).append(k)
        for i, c in enumerate(group):
            if not c.alive:
                continue
            mates = by_sentence[c.sentence]
            k = bisect_right(mates, i)
            j = i + 1
            while j < len(group):
                if not _placed(c):  # (until it is, only the mentions of its sentence can join it)
                    if k == len(mates):
                        break
                    j = mates[k]
                d = group[j]
                j += 1
                k = bisect_right(mates, j - 1, k)
                if not d.alive or d.another:
                    continue
                same_sentence = (d.sentence == c.sentence and _places_agree(c, d) and _dates_agree(c, d)
                                 and (not (c.sequenced or d.sequenced) or _adjacent(c, d)))
                same_place = (_placed(c) and _placed(d) and c.location.name == d.location.name  # type: ignore[union-attr]
                              and c.date.value == d.date.value)  # type: ignore[union-attr]
                if same_sentence or same_place:
                    if c.borrowed and not d.borrowed:  # the attack's own word leads, not its weapon's
                        _absorb(d, c)
                        break
                    _absorb(c, d)


def _join_generic_attacks(live: list[Candidate]) -> None:
    """3b. An attack told by a generic word (``generic_attack`` in triggers.yaml) with a named place and
    a day of its own joins an event of ``specific_attacks`` with the same modality, an agreeing place
    and the same day (قتل ثلاثة جنود بانفجار عبوة في جنوب شرق تركيا في أحدث هجوم): one happening, which
    keeps its kind.  A month is not enough (الهجوم الذي أثار موجة العنف في يوليو is not July's strikes)."""
    lex = lexicon()
    by_sentence: dict[int, list[Candidate]] = {}
    for d in live:
        if d.category in lex.sentence_attacks:
            by_sentence.setdefault(d.sentence, []).append(d)
    for c in live:  # a bomb told in the attack's own sentence is what the attack was (rule 3c)
        if c.alive and c.sense.id == lex.generic_attack:
            d = next((d for d in by_sentence.get(c.sentence, ()) if d.alive and d.modality == c.modality
                      and _places_agree(c, d)), None)
            if d is not None:
                _absorb(d, c)
    bombs = [d for ds in by_sentence.values() for d in ds if d.place_level == "clause" and d.location]
    for c in live:  # an attack named by its place alone is the bombing told there (rule 3d: هجوم سوروتش)
        if c.alive and c.sense.id == lex.generic_attack and c.kind == "noun" and not c.actors and not c.another \
                and c.place_level == "clause" and c.location and not own_date(c.date) \
                and not (c.location.geo is not None and c.location.geo.precision == "country"):
            d = next((d for d in bombs if d.alive and d.modality == c.modality and _same_place(c, d)), None)
            if d is not None:
                _absorb(d, c)
    specific = [d for d in live if d.category in lex.specific_attacks and _placed(d) and _own_day(d)]
    if not specific:
        return
    for c in live:
        if c.alive and c.sense.id == lex.generic_attack and _placed(c) and not c.another \
                and (day := _own_day(c)) is not None:
            d = next((d for d in specific if d.alive and d.modality == c.modality
                      and _own_day(d) == day and _same_place(c, d)), None)
            if d is not None:
                _absorb(d, c)


def _own_day(c: Candidate) -> str | None:
    """The day the text gives the event itself (a date of its own, day-precise), or None."""
    return c.date.value if c.date is not None and own_date(c.date) and c.date.precision == "day" else None


def _placed(c: Candidate) -> bool:
    """Whether ``c`` has a place named in its clause and a date of its own (rule 3 can join it)."""
    return c.place_level == "clause" and c.location is not None and own_date(c.date)


def _actor(c: Candidate, role: str) -> str | None:
    return next((a.canonical_id or a.name for a in c.actors if a.role == role), None)


def _join_same_actors_and_day(groups: list[list[Candidate]]) -> None:
    """4. Same category, modality, actor1 (no different actor2), own day and agreeing places
    (``groups``: as for :func:`_join_repeats`)."""
    for group in groups:
        for i, c in enumerate(group):
            if not c.alive or _own_day(c) is None or _actor(c, "actor1") is None or c.sequenced:
                continue
            for d in group[i + 1:]:
                if (not d.alive or _own_day(d) != _own_day(c) or d.sequenced or _actor(d, "actor1") != _actor(c, "actor1")
                        or not _same_place(c, d)):
                    continue
                targets = {_actor(c, "actor2"), _actor(d, "actor2")} - {None}
                if len(targets) <= 1:
                    _absorb(c, d)


def _join_anaphors(live: list[Candidate]) -> None:
    """5. A definite noun with nothing of its own refers back to the last event of its kind in its
    paragraph: an asserted mention (الاجتماع) to any, a planned, possible or denied one to one that is
    not asserted (يلتقي الوزيران المقبل … الاجتماع قد يتأجل)."""
    last: dict[tuple[int, str, str], Candidate] = {}
    for c in live:
        if not c.alive:
            continue
        antecedent = last.get((c.paragraph, c.category, "any" if c.asserted else "unreal"))
        if c.anaphoric and antecedent is not None:
            _absorb(antecedent, c)
        else:
            last[(c.paragraph, c.category, "any")] = c
            if not c.asserted:
                last[(c.paragraph, c.category, "unreal")] = c
