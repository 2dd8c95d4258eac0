"""Modality: is an event asserted, negated, future or hypothetical?  Cues in ``modality.yaml``.

The rules, in order:

1. a cancellation AFTER the trigger in its sentence (لكنها ألغيت، لكن هذا لم يحدث) → negated;
2. the nearest cue BEFORE the trigger in its clause, within the cue's reach in words → its class.
   An "asserted" cue such as لا يزال or لم يتوقف عن undoes a negation; a negation reaches further
   when أي stands right before the trigger (لم تنفذ الطائرات أي غارة), and with an exceptive such as
   إلا after the trigger it asserts (لم يبق إلا القصف).  A scoped cue (a demand: دعا، طالب; a request:
   طلب; a warning: حذر … من; a denial: نفى … أن; a failure: فشل … في) covers its clause from the word
   that opens its object, not a trigger before that word;
3. the future prefix on the trigger itself (سيقصف، ستبدأ) → future;
4. a future cue AFTER a trigger in its clause (الهجوم ... سيكون، الجولة المقبلة) → future;
5. a question (a sentence ending in ? with هل، متى ...), or the consequent of a condition (في حال
   …، فسيتم …) → hypothetical;
6. otherwise asserted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container
from dataclasses import dataclass, field
from functools import lru_cache

from rasad.events.arguments import CONJ_PREP, CONJUNCTIONS, among, one_of, preposition_of, roles, with_clitics
from rasad.events.cues import Cue, cue_start
from rasad.events.dating import relative_pronouns
from rasad.events.lexicon import PRESENT_PREFIXES, lexicon
from rasad.events.window import apart, aside_words, words_between
from rasad.resources import load_yaml
from rasad.text.normalise import normalise_key, normalise_keys
from rasad.text.proclitics import inventory
from rasad.text.segment import Segment, Segmentation, opens_clause
from rasad.time.parse import find_hits

SCOPED = "scope:"  # the label prefix of a scoped cue


@dataclass(frozen=True, slots=True)
class Scope:
    """A cue that reaches to the end of its clause over what follows the word opening its object."""

    openers: frozenset[str]
    required: bool  # the cue counts only after an opener (else also when none follows in the clause)
    object_prefixes: str  # a word with one of these proclitics opens the object too (طالب بوقف القصف)
    reach: int  # at most this many words between the opener and the trigger
    near: int  # with no opener before the trigger, at most this many words between the cue and it
    transparent: frozenset[str] = frozenset()  # words between the opener and the trigger that do not count
    restart: frozenset[str] = frozenset()  # the count starts again after one of these (أن تكون X قد تعرضت)
    objects: frozenset[str] = frozenset()  # verbal nouns that, as the trigger, are the object however far
    undergone: frozenset[str] = frozenset()  # openers (تعرض) whose object is the trigger behind ل, however far
    details: frozenset[str] = frozenset()  # right after the opener, the object is a detail (أنهم من داعش)


@dataclass(frozen=True, slots=True)
class ModalityCues:
    """The cue phrases by label (``before:negated``, ``after:future`` ...), each phrase's reach in words."""

    labelled: dict[str, list[str]]
    reach: dict[tuple[str, str], int]  # (direction, phrase) -> reach
    needs_present: frozenset[str]
    questions: frozenset[str]
    question_openers: frozenset[str]
    remembering: frozenset[str]
    nouns_only: frozenset[str]
    after_nouns_only: frozenset[str]  # after-cues that only qualify a noun before them
    expectations: frozenset[str]  # future cues that a condition after leaves future
    purposes: frozenset[str]  # hypothetical cues that, after a plan, are its aim
    scopes: dict[str, Scope]  # phrase -> its scope
    exceptives: frozenset[str]
    exception_owners: frozenset[str]
    conditionals: tuple[tuple[str, ...], ...]  # each split into its words (في حال → (في, حال))
    consequents: tuple[str, ...]
    polarity: frozenset[str]
    explanatory: frozenset[str]
    goals: frozenset[str] = frozenset()  # categories whose noun after the preposition ل is a goal
    goal_words: frozenset[str] = frozenset()  # nouns after ل that are a goal whatever their category
    planning_words: frozenset[str] = frozenset()  # before ل and an indefinite noun: a goal
    purpose_makers: frozenset[str] = frozenset()  # ل + a verbal noun that makes the deed after it a goal
    negating_ma: str = ""  # ما right before a perfect verb at a clause's opening: its negation
    negating_ma_after: frozenset[str] = frozenset()  # the words after which ما still opens the clause
    negating_ma_subject_after: frozenset[str] = frozenset()  # إن: two words before ما, its subject between
    negating_ma_lasting: frozenset[str] = frozenset()  # زال، دام: after ما, "still", no negation
    resumptive_endings: tuple[str, ...] = ()  # an object pronoun that makes ما a relative (ما ارتكبه)
    resumptive_after: frozenset[str] = frozenset()  # or a preposition with one after the verb (ما طالب به)
    verbs_only: frozenset[str] = frozenset()  # cues that only qualify a verb after them
    undergoing: frozenset[str] = frozenset()  # words before ل + noun that tell of it undergone (يخضع لحصار)
    perfects: frozenset[str] = frozenset()  # perfect verbs that open like an imperfect (قد تم)
    settings: frozenset[str] = frozenset()  # words that make the trigger after them a setting (خلال اللقاء)
    polarity_prepositions: frozenset[str] = frozenset()  # between a trigger and the أي after it
    aside_negations: frozenset[str] = frozenset()  # لم opening a sentence (or after إن): reaches past an aside
    aside_resumptions: frozenset[str] = frozenset()  # قد: may open the clause that resumes it
    aside_reach: int = 0  # words from the resuming clause's opening to the trigger
    aside_proclitics: frozenset[str] = frozenset()  # ب، ال: a deed opening the resuming clause itself
    decision_cues: frozenset[str] = frozenset()  # قرر: the verbal noun after it is decided, not done
    decision_reach: int = 0
    decision_categories: frozenset[str] = frozenset()
    decision_blockers: frozenset[str] = frozenset()  # بعد: what follows is what came before the decision
    decision_bare_letters: int = 0  # a bare perfect this long is spelt like its verbal noun (نشر، قصف)
    adverbs: tuple[tuple[str, ...], ...] = ()  # words of time a reach does not count (حتى الآن)
    bare_particles: frozenset[str] = frozenset()  # particles that take no preposition (لم: كلم is km)
    noun_reach: dict[str, int] = field(default_factory=dict)  # after a noun subject, a modal's longer reach
    anaphoric: frozenset[str] = frozenset()  # ذلك لم يحدث: a cancellation of what was planned before it
    unconfirmed: frozenset[str] = frozenset()  # لم يتسن التحقق: anywhere in its sentence, the report is unconfirmed
    unconfirmed_details: frozenset[str] = frozenset()  # حجم، عدد: after the deed, what is unconfirmed is a detail
    openings: dict[str, tuple[str, str]] = field(default_factory=dict)  # phrase -> its opening before-cue, label
    forestalling: tuple[tuple[str, ...], ...] = ()  # قبل، قبل أن: a deed told after one, once foiled, is not done
    foiling: frozenset[str] = frozenset()  # أحبط، فكك: the cues that foil the deed told after قبل
    past_plans: frozenset[str] = frozenset()  # كان من المقرر: a plan told in the past, which may have failed
    contrasts: tuple[tuple[str, ...], ...] = ()  # لكن، إلا أنها: after a past plan, what became of it
    frustrations: frozenset[str] = frozenset()  # لم، لن: a negation soon after the contrast
    frustration_reach: int = 3  # words between the contrast and its negation (لكن الحافلات لم تتمكن)
    future_adjectives: frozenset[str] = frozenset()  # المقبلة: after a negation, an adjective of what it negates
    condition_openers: tuple[tuple[str, ...], ...] = ()  # في حال، إذا: a clause they open is all condition
    whereas: frozenset[str] = frozenset()  # after إذا, the verb of "whereas" (إذا كان X، فإن Y)
    accusations: frozenset[str] = frozenset()  # الاتهامات, شائعات عن: negated after a cue of ``rejections``
    rejections: frozenset[str] = frozenset()  # رفض، نفى: before an accusation, it is rejected
    halts: frozenset[str] = frozenset()  # توقف: after a rejection, the halt is denied and the deed goes on
    past_names: frozenset[str] = frozenset()  # علقت: a suspending cue, no comment made (علق على) nor thing hung
    postponements: frozenset[str] = frozenset()  # أرجأ: put off to a time to come, the deed is future
    attempts: frozenset[str] = frozenset()  # محاولة: an attempt, negated after a cue of ``foiling``
    survivals: frozenset[str] = frozenset()  # نجا من: the attempt after one was made
    preventions: frozenset[str] = frozenset()  # منع: the verbal noun of preventing, undone by a failure before it
    failures: frozenset[str] = frozenset()  # لم تفلح، عجزت عن: before a prevention, the deed happened
    masks: frozenset[str] = frozenset()  # بدون طيار: cues that only hide a shorter negation
    put_off_to: frozenset[str] = frozenset()  # إلى: before the new date of a thing put off
    subject_cues: frozenset[str] = frozenset()  # كاد: a noun right after one, then أن, is its subject
    subject_words: int = 0  # words from the end of that noun to أن (its adjectives: كاد لغم أرضي أن)
    beyond_reach: frozenset[str] = frozenset()  # cues that stand for their opening beyond their reach
    we_perfects: tuple[str, int, tuple[str, ...]] = ("", 0, ())  # prefix, length, endings (قد نهبت)
    means_prepositions: str = ""  # ب: a noun after one is what something is done with
    subordinators: frozenset[str] = frozenset()  # التي، ما: a modal after one is its own clause's (التي قد)
    aims: frozenset[str] = frozenset()  # تستهدف: a verbal noun of ``aimed_nouns`` right after one is a goal
    aims_after_relative: frozenset[str] = frozenset()  # استهدفت: so only after a relative pronoun (التي استهدفت)
    aimed_nouns: frozenset[str] = frozenset()  # تفجير، اغتيال
    subjunctives: frozenset[str] = frozenset()  # أن، بأن: an imperfect right after one is a deed not done
    subjunctive_not: frozenset[str] = frozenset()  # قبل، بعد: before أن, a deed told in a story
    commented_on: frozenset[str] = frozenset()  # على: a suspending verb does not reach the noun after one
    own_subject_nouns: frozenset[str] = frozenset()  # توقيع: right after a cancelling cue, its own subject
    counterfactual_openers: tuple[tuple[str, ...], ...] = ()  # لو: a clause it opens makes the next one's فإن a consequent
    counterfactual_consequents: tuple[str, ...] = ()  # فإن: the consequent's opening after such a clause
    scope_breaks: frozenset[str] = frozenset()  # بعد: no negation before one reaches a trigger right after it
    hung_things: frozenset[str] = frozenset()  # لافتات، جثث: after a cue of ``past_names``, it hung them, suspended nothing
    arrivals: frozenset[str] = frozenset()  # وصل، يتوجه: talks told as an arrival's purpose are what it brings
    arrival_categories: frozenset[str] = frozenset()  # negotiation
    prefixed_fixed: frozenset[str] = frozenset()  # بدك: fixed triggers written with their preposition ب


@lru_cache(maxsize=1)
def cues() -> ModalityCues:
    """The modality cues, loaded once."""
    spec = load_yaml("ar/events/modality.yaml")
    reach: dict[tuple[str, str], int] = {}
    labelled: dict[str, list[str]] = {}
    for direction in ("before", "after"):
        for label, by_reach in (spec.get(direction) or {}).items():
            for n, phrases in by_reach.items():
                for p in phrases:
                    key = normalise_key(str(p))
                    reach.setdefault((direction, key), int(n))
                    labelled.setdefault(f"{direction}:{label}", []).append(key)
    _inherit_before(labelled, reach)
    scopes: dict[str, Scope] = {}
    for group in spec.get("scopes") or []:
        scope = Scope(frozenset(normalise_keys(group["openers"])), bool(group.get("required")),
                      str(group.get("object_prefixes") or ""), int(group.get("reach", 99)),
                      int(group.get("near", 99)), frozenset(normalise_keys(group.get("transparent"))),
                      frozenset(normalise_keys(group.get("restart"))), frozenset(normalise_keys(group.get("objects"))),
                      frozenset(normalise_keys(group.get("undergone"))),
                      frozenset(normalise_keys(group.get("details"))))
        for key in normalise_keys(group["cues"]):
            scopes[key] = scope
            labelled.setdefault(f"{SCOPED}{group['label']}", []).append(key)

    def words(key: str) -> frozenset[str]:
        return frozenset(normalise_keys(spec.get(key)))

    frustrated = spec.get("frustrated") or {}
    we = spec.get("we_perfects") or {}
    # these are read off the cues the pass finds before a trigger: each must be one of them
    found_before = {p for label, phrases in labelled.items() if label.startswith(("before:", SCOPED)) for p in phrases}
    for key in ("unconfirmed", "foiling", "past_plans", "survivals", "masks", "preventions", "failures"):
        missing = sorted(words(key) - found_before)
        if missing:
            raise ValueError(f"modality.yaml {key}: not among the before-cues: {missing}")

    return ModalityCues(
        labelled, reach, needs_present=words("needs_present"), questions=words("questions"),
        question_openers=words("question_openers"), remembering=words("remembering"),
        nouns_only=words("nouns_only"), after_nouns_only=words("after_nouns_only"),
        expectations=words("expectations"), purposes=words("purposes"), scopes=scopes, exceptives=words("exceptives"),
        exception_owners=words("exception_owners"),
        conditionals=tuple(tuple(p.split(" ")) for p in normalise_keys(spec.get("conditionals"))),
        condition_openers=tuple(tuple(p.split(" ")) for p in normalise_keys(spec.get("condition_openers"))),
        whereas=frozenset(normalise_keys(spec.get("whereas"))),
        consequents=tuple(normalise_keys(spec.get("consequents"))), polarity=words("negative_polarity"),
        explanatory=words("explanatory"),
        aside_negations=words("aside_negations"), aside_resumptions=words("aside_resumptions"),
        aside_reach=int(spec.get("aside_reach") or 0), aside_proclitics=words("aside_proclitics"),
        decision_cues=frozenset(normalise_keys((spec.get("decisions") or {}).get("cues"))),
        decision_reach=int((spec.get("decisions") or {}).get("reach") or 0),
        decision_categories=frozenset((spec.get("decisions") or {}).get("categories") or []),
        decision_blockers=frozenset(normalise_keys((spec.get("decisions") or {}).get("blockers"))),
        decision_bare_letters=int((spec.get("decisions") or {}).get("bare_letters") or 0),
        goals=frozenset(spec.get("goals") or []), goal_words=words("goal_words"),
        planning_words=words("planning_words"), purpose_makers=words("purpose_makers"), verbs_only=words("verbs_only"), undergoing=words("undergoing"),
        subjunctives=words("subjunctives"), subjunctive_not=words("subjunctive_not"),
        negating_ma=normalise_key(str((spec.get("negating_ma") or {}).get("particle") or "")),
        negating_ma_after=frozenset(normalise_keys((spec.get("negating_ma") or {}).get("after"))),
        negating_ma_subject_after=frozenset(normalise_keys((spec.get("negating_ma") or {}).get("subject_after"))),
        negating_ma_lasting=frozenset(normalise_keys((spec.get("negating_ma") or {}).get("lasting"))),
        resumptive_endings=tuple(normalise_keys((spec.get("negating_ma") or {}).get("resumptive_endings"))),
        resumptive_after=frozenset(normalise_keys((spec.get("negating_ma") or {}).get("resumptive_after"))),
        perfects=words("perfects"), settings=words("settings"),
        polarity_prepositions=words("polarity_prepositions"),
        adverbs=tuple(tuple(a.split(" ")) for a in normalise_keys(spec.get("adverbs"))),
        bare_particles=words("bare_particles"),
        noun_reach={normalise_key(str(k)): int(v) for k, v in (spec.get("noun_reach") or {}).items()},
        anaphoric=words("anaphoric"), unconfirmed=words("unconfirmed"), openings=_openings(labelled),
        unconfirmed_details=words("unconfirmed_details"),
        forestalling=tuple(sorted((tuple(p.split(" ")) for p in normalise_keys(spec.get("forestalling"))),
                                  key=len, reverse=True)),
        foiling=words("foiling"), past_plans=words("past_plans"),
        contrasts=tuple(tuple(p.split(" ")) for p in normalise_keys(frustrated.get("contrasts"))),
        frustrations=frozenset(normalise_keys(frustrated.get("negations"))),
        frustration_reach=int(frustrated.get("reach", 3)), future_adjectives=words("future_adjectives"),
        accusations=words("accusations") | words("rumours"), rejections=words("rejections"), halts=words("halts"),
        past_names=words("past_names"), postponements=words("postponements"),
        attempts=words("attempts"), survivals=words("survivals"), preventions=words("preventions"),
        failures=words("failures"), put_off_to=words("put_off_to"), masks=words("masks"),
        beyond_reach=words("beyond_reach"), subject_cues=words("subject_cues"),
        subject_words=int(spec.get("subject_words") or 0),
        subordinators=words("subordinators"),
        aims=words("aims"), aims_after_relative=words("aims_after_relative"), aimed_nouns=words("aimed_nouns"),
        we_perfects=(normalise_key(str(we.get("prefix", ""))), int(we.get("length", 0)),
                     tuple(normalise_keys(we.get("endings")))),
        means_prepositions="".join(normalise_keys(spec.get("means_prepositions"))),
        commented_on=words("commented_on"), own_subject_nouns=words("own_subject_nouns"),
        counterfactual_openers=tuple(tuple(p.split(" ")) for p in normalise_keys(
            (spec.get("counterfactuals") or {}).get("openers"))),
        counterfactual_consequents=tuple(normalise_keys((spec.get("counterfactuals") or {}).get("consequents"))),
        scope_breaks=words("scope_breaks"), hung_things=words("hung_things"), arrivals=words("arrivals"),
        prefixed_fixed=words("prefixed_fixed"),
        arrival_categories=frozenset(spec.get("arrival_categories") or []))


def _openings(labelled: dict[str, list[str]]) -> dict[str, tuple[str, str]]:
    """For each before-phrase, the longest of its opening words that is a before-cue itself, with that
    cue's first label: a phrase that runs into a trigger stands for its opening (لم يوقع اتفاق: the
    trigger is يوقع اتفاق, the cue لم)."""
    first: dict[str, str] = {}
    for label, phrases in labelled.items():
        if label.startswith("before:"):
            for p in phrases:
                first.setdefault(p, label.removeprefix("before:"))
    out = {}
    for p in first:
        opening = _longest_opening(p, first)
        if opening is not None:
            out[p] = (opening, first[opening])
    return out


def _longest_opening(phrase: str, known: Container[str]) -> str | None:
    """The longest run of ``phrase``'s opening words, short of the whole, that is in ``known``."""
    words = phrase.split(" ")
    return next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1) if " ".join(words[:k]) in known), None)


def _inherit_before(labelled: dict[str, list[str]], reach: dict[tuple[str, str], int]) -> None:
    """Give a phrase found only after triggers the before-labels of its longest opening words that
    have some (لم يتم, a cancellation after a trigger, is also لم before one: لم يتم الإعلان عن أي
    هدنة).  The cues are found in one pass, the longest phrase at each position, so without this a
    longer after-phrase would hide the shorter before-cue it opens with."""
    before: dict[str, list[str]] = {}
    for label, phrases in labelled.items():
        if label.startswith("before:"):
            for p in phrases:
                before.setdefault(p, []).append(label)
    for label, phrases in list(labelled.items()):
        if not label.startswith("after:"):
            continue
        for p in phrases:
            if p in before:
                continue
            opening = _longest_opening(p, before)
            if opening is None:
                continue
            words = p.split(" ")
            for inherited in before[opening]:
                if p not in labelled[inherited]:
                    labelled[inherited].append(p)
            reach.setdefault(("before", p), max(0, reach[("before", opening)] - (len(words) - len(opening.split(" ")))))
            before[p] = before[opening]


_PURPOSE = inventory().fused  # ل
_WORD = re.compile(r"\w+")
_PREPOSITION_LETTERS = inventory().prepositions  # ب ل ك
_FUTURE = tuple(inventory().future)  # س
_ARTICLE = inventory().article  # ال
_AND = CONJUNCTIONS[:1]  # و, the first conjunction of segment.yaml


def purposive(prefix: str, kind: str) -> bool:
    """Whether a trigger with proclitics ``prefix`` is a noun after the preposition of purpose ل
    (لتحرير، للمطالبة): what something is done for."""
    return kind == "noun" and preposition_of(prefix) == _PURPOSE


def instrumental(prefix: str, kind: str) -> bool:
    """Whether a trigger with proclitics ``prefix`` is a noun after the preposition ب (بالصواريخ، بقذائف):
    what something is done with."""
    preposition = preposition_of(prefix)
    return kind not in ("past", "present") and bool(preposition) and preposition in cues().means_prepositions


COORDINATED_MEANS_WORDS = 3  # words back to a noun after بال that a noun joined by و shares the preposition of


def coordinated_instrument(seg: Segmentation, start: int, prefix: str, kind: str, clause_start: int) -> bool:
    """Whether a noun with the conjunction و at ``start`` (the article at most besides, no preposition) is
    joined to a noun after بال a few words back in its clause, and so is a means too (معركة بالأسلحة
    الرشاشة والقنابل اليدوية: the battle's grenades, not a bombing)."""
    if kind in ("past", "present") or prefix.lstrip(CONJUNCTIONS) not in ("", _ARTICLE) or not prefix.startswith(_AND):
        return False
    starts, words = seg.token_starts, seg.token_words
    heads = _means_heads()
    i = bisect_left(starts, start) - 1
    for k in range(i, max(i - COORDINATED_MEANS_WORDS, -1), -1):
        if starts[k] < clause_start:
            break
        if words[k].startswith(heads) and len(words[k]) > len(heads[0]) + 2:  # (a stem of three letters at least)
            return True
    return False


@lru_cache(maxsize=1)
def _means_heads() -> tuple[str, ...]:
    """The openings of a noun after a preposition of means with the article (بال), built once."""
    return tuple(p + _ARTICLE for p in cues().means_prepositions)


def goal(seg: Segmentation, start: int, prefix: str, kind: str, category: str, clause_start: int,
         definite: bool = False) -> bool:
    """Whether the event noun at ``start`` with proclitics ``prefix`` is told as a goal: :func:`purposive`,
    of a ``goals`` category (تحريك قوة لتحرير اللواء، معارك تمهد لاستعادة الرمادي), one of
    ``goal_words`` (سافروا إلى سوريا للقتال) or, not ``definite``, right after a word of ``planning_words``
    (للتخطيط لاعتداءات), or after ل and a word of ``purpose_makers`` (لعقد هذه القمة، للقيام بعمليات
    عسكرية), or, one of ``aimed_nouns``, right after a verb of aiming (:func:`_aiming`: المؤامرة التي استهدفت
    تفجير الكاتدرائية): not done yet; unless talks (``arrival_categories``) follow a verb of ``arrivals`` in
    the clause (وصل وفد إلى صنعاء لإجراء محادثات), or a word of ``undergoing`` stands up to ``UNDERGOING_REACH``
    words before it in its clause, which tells of it undergone (يخضع نحو 250 ألف شخص لحصار محكم، تعرضت
    البلدة لحصار)."""
    c, words = cues(), seg.token_words
    k = seg.token_index(start)
    maker = k - 2 if k > 1 and words[k - 1] in lexicon().demonstratives else k - 1
    made = kind == "noun" and maker >= 0 and (words[maker] in c.purpose_makers  # (لعقد هذه القمة، للقيام بعمليات)
                                              or words[k] in c.aimed_nouns and _aiming(words, maker, c))
    if not made and (not purposive(prefix, kind) or category not in c.goals
                     and words[k].lstrip(CONJUNCTIONS) not in c.goal_words
                     and (definite or k == 0 or words[k - 1] not in c.planning_words)):
        return False
    if category in c.arrival_categories and _arrival_before(seg, clause_start, start, c):
        return False  # وصل وفد إلى صنعاء لإجراء محادثات: what the arrival brings, as done or to come as it is
    near = seg.tokens_between(clause_start, start)[-UNDERGOING_REACH:]
    return not among(seg.token_words, with_clitics(c.undergoing), near)


def _arrival_before(seg: Segmentation, clause_start: int, start: int, c: ModalityCues) -> bool:
    """Whether a verb of ``arrivals`` stands in the clause before ``start``, not right after a particle of
    ``bare_particles`` (لم يصل الوفد إلى غزة لإجراء محادثات: no arrival, the talks a goal not reached)."""
    words, arrivals = seg.token_words, with_clitics(c.arrivals)
    return any(words[k] in arrivals and not (k > 0 and words[k - 1] in c.bare_particles)
               for k in seg.tokens_between(clause_start, start))


def _aiming(words: list[str], k: int, c: ModalityCues) -> bool:
    """Whether token ``k`` is a verb of aiming (``aims``: خطة تستهدف اغتيال قادة الحركة), a perfect one only
    right after a relative pronoun (``aims_after_relative``: المؤامرة التي استهدفت تفجير الكاتدرائية)."""
    return words[k] in c.aims or words[k] in c.aims_after_relative and k > 0 and words[k - 1] in relative_pronouns()


def negated_by_ma(seg: Segmentation, start: int, kind: str) -> bool:
    """Whether the perfect verb at ``start`` comes right after ``negating_ma`` (ما) that opens its clause:
    at the sentence's start, after a quote, or after a word of ``after`` (لكن، و): the negation of the
    perfect (ما انسحبنا من أي موقع); not with an object pronoun on the verb or after it
    (``resumptive_endings``, ``resumptive_after``: ما ارتكبه التنظيم، إن ما طالب به المالكي), nor after a
    comma, where ما is what followed (، ما أودى بحياة 32 شخصا).  An event noun without the article right
    after such a verb is its object, negated with it (ما زرعنا لغما واحدا على الطرق)."""
    c = cues()
    k = seg.token_index(start)
    words = seg.token_words
    if kind == "noun" and k > 1 and not words[k].startswith(_ARTICLE) \
            and not words[k - 1].startswith((_ARTICLE, *PRESENT_PREFIXES)):  # (not ما يبدو تفاهما: what seems)
        return negated_by_ma(seg, seg.token_starts[k - 1], "past")
    if kind != "past" or not c.negating_ma:
        return False
    return k > 0 and _ma_negates(seg, k - 1)


def _ma_negates(seg: Segmentation, k: int) -> bool:
    """Whether the word ``k`` is ما itself (not كما، مما) negating the perfect verb after it: no object
    pronoun on the verb or after it (إن ما طالب به المالكي، ما تعرضت له حلب: what was asked, undergone),
    no verb of lasting (ما زال: still), and ما opens its clause (:func:`negated_by_ma`)."""
    c, words = cues(), seg.token_words
    if words[k] != c.negating_ma or k + 1 == len(words) or words[k + 1].endswith(c.resumptive_endings) \
            or words[k + 1] in c.negating_ma_lasting:  # (ما زال وقف إطلاق النار صامدا: still)
        return False
    if k + 2 < len(words) and words[k + 2] in c.resumptive_after:
        return False  # إن ما طالب به المالكي: what he asked for
    return _ma_opens(seg, k + 1)


BEFORE_UNREACHED = ("negated", "hypothetical")  # the cues that do not reach a deed told after بعد (not plans)


def _told_before(seg: Segmentation, start: int, c: ModalityCues) -> int | None:
    """The start of the word of ``scope_breaks`` (بعد، إثر) right before the trigger at ``start``, which tells
    what went before it (لم يعد السكان إلى منازلهم بعد القصف: the shelling was): no negation, call or fear
    ahead of that word reaches the trigger (يخشى السكان تجدد الاقتتال بعد مقتل قيادي: the killing was; a plan
    may look past a deed to come: من المنتظر أن تتسلم القوات المدينة غدا بعد انسحاب المقاتلين, but not a plan
    told in the past, see ``_qualified``).  A verbal noun of ``own_subject_nouns`` may stand between (كان من
    المفترض أن تنسحب القوات بعد توقيع اتفاق بريتوريا: the accord was signed).  Not بعد as "yet" right after a
    negated verb (لم يبدأ بعد الهجوم: not begun)."""
    k, words = seg.token_index(start), seg.token_words
    if k >= 2 and words[k - 1] in c.own_subject_nouns and words[k - 2] in c.scope_breaks:
        k -= 1
    if k < 1 or words[k - 1] not in c.scope_breaks:
        return None
    if k >= 3 and words[k - 3] in c.bare_particles:
        return None
    return seg.token_starts[k - 1]


def _hung(seg: Segmentation, cue_end: int, end: int, c: ModalityCues) -> bool:
    """Whether a word of ``hung_things`` stands between a suspending cue ending at ``cue_end`` and the
    word after the event ending at ``end`` (علق المحتجون لافتات: the protesters hung banners)."""
    tokens = seg.tokens_between(cue_end, end)
    return among(seg.token_words, c.hung_things, range(tokens.start, min(tokens.stop + 1, len(seg.token_words))))


def _ma_negates_any(seg: Segmentation, start: int) -> bool:
    """Whether the noun at ``start`` follows a word of ``negative_polarity`` right after a perfect verb
    that ما negates (إن مقاتليها ما أطلقوا أي صاروخ على المطار): none was fired, not any one may be."""
    k = seg.token_index(start)
    return k > 2 and _ma_negates(seg, k - 3)


def _ma_opens(seg: Segmentation, k: int) -> bool:
    """Whether the ما before the word ``k`` opens its clause (see :func:`negated_by_ma`)."""
    c, words = cues(), seg.token_words
    if seg.token_starts[k - 1] <= seg.sentence_at(seg.token_starts[k]).start or k < 2:
        return True
    between = seg.text[seg.token_starts[k - 2]:seg.token_starts[k - 1]]
    before = words[k - 2]
    if any(mark in between for mark in "\"«:") or before in c.negating_ma_after \
            or before[:1] in CONJUNCTIONS and before[1:] in c.negating_ma_after:  # (وإنه ما من انفجار وقع)
        return True
    # after its subject, a noun with the article or right after إن, no comma between (قال إن وحدات الجيش ما
    # اشتبكت، إن قواته ما أطلقت قذيفة): a relative ما follows a verb or a preposition, and the ما of a
    # consequence a comma
    return "," not in between and (words[k - 2].lstrip(CONJUNCTIONS).startswith(_ARTICLE)
                                   or k > 2 and words[k - 3] in c.negating_ma_subject_after)


def decided(seg: Segmentation, start: int, kind: str, category: str, clause_start: int) -> bool:
    """Whether the verbal noun at ``start`` (of ``decision_categories``) has a word of ``decision_cues``
    at most ``decision_reach`` words before it in its clause, with no word of ``decision_blockers`` between:
    the deed decided, not yet done (قررت الحكومة الأسبوع الماضي إرسال ألفي جندي، كانت الحكومة قد قررت
    إغلاق المخيم وترحيل سكانه; not قررت إيران وقف رحلات القطار بعد هجومين, the attacks before it)."""
    c, words = cues(), seg.token_words
    if category not in c.decision_categories or kind != "noun" and not (
            kind == "past" and len(words[seg.token_index(start)]) == c.decision_bare_letters):
        return False  # (a bare perfect of ``decision_bare_letters`` is read as its verbal noun: قرر نشر قوة)
    near = seg.tokens_between(clause_start, start)[-(c.decision_reach + 1):]
    for k in reversed(near):  # the nearest cue, with no word of what came before between (بعد هجومين)
        if words[k] in c.decision_blockers:
            return False
        if one_of(words[k], c.decision_cues, CONJUNCTIONS):
            return True
    return False


def subjunctive(seg: Segmentation, start: int, kind: str) -> bool:
    """Whether the imperfect at ``start`` comes right after a word of ``subjunctives`` (أن، بأن): a verb
    right after أن is its subjunctive, a deed wished, asked for or set as a term, not one done (وقع
    المشاركون على بيان يؤكد بأن يغادر الأسد السلطة); unless a word of ``subjunctive_not`` (قبل، بعد)
    stands before أن, which tells of a story (استمرت الاشتباكات ساعات قبل أن ينسحب المهاجمون)."""
    if kind != "present":
        return False
    c, words = cues(), seg.token_words
    k = seg.token_index(start)
    return k > 0 and words[k - 1] in c.subjunctives and (k < 2 or words[k - 2] not in c.subjunctive_not)


ATTEMPT_REACH = 1  # words between a foiled attempt and its deed (محاولة تفجير، مخططا لتفجير; not وقتل الإرهابي)
PAST_PLAN_WORDS = 4  # words from كان to the plan after it (كانت العصابات تخطط لتفجير عبوة، كانت قوات الدعم السريع تعتزم)
UNDERGOING_REACH = 5  # words between a verb of undergoing and the noun after ل (يخضع نحو 250 ألف شخص لحصار)


def split_cues(found: list[Cue], text: str = "") -> tuple[list[Cue], list[Cue]]:
    """Modality cues among ``found`` (a combined cue pass): (before-cues, after-cues), labels without
    their direction (a scoped cue, which stands before its trigger, keeps ``scope:``).  A particle of
    ``bare_particles`` behind a preposition (ب، ل، ك) in ``text`` is part of another word and left out
    (كلم is "km", not ك + لم)."""
    before, after = [], []
    bare = cues().bare_particles
    for c in found:
        if text and c.phrase in bare and c.start and text[c.start - 1] in _PREPOSITION_LETTERS:
            continue
        direction, _, label = c.label.partition(":")
        if direction == "scope":
            before.append(c)
        elif direction == "before":
            before.append(Cue(c.start, c.end, label, c.phrase))
        elif direction == "after":
            after.append(Cue(c.start, c.end, label, c.phrase))
    return before, after


def modality(text: str, seg: Segmentation, start: int, end: int, prefix: str, kind: str,
             window: tuple[int, int], before: list[Cue], after: list[Cue], preceding: str | None = None,
             starts: tuple[list[int], list[int]] | None = None, timed: frozenset[int] = frozenset(),
             places: frozenset[int] = frozenset(), name_tails: frozenset[int] = frozenset()) -> str:
    """The modality of the trigger at ``[start, end)`` (normalised offsets) in its clause ``window``.

    ``prefix`` and ``kind`` are the trigger's proclitics and part of speech; ``before``/``after`` are
    the document's cues from :func:`split_cues`; ``preceding``: the word before the trigger, which
    starts a token (``arguments.word_before``), and ``starts``: the starts of ``before`` and of
    ``after``, if the caller has them.  ``timed``: the indexes of the tokens of time expressions, which
    a reach in words does not count (لم تعلن الأطراف حتى مساء الأحد تمديد الهدنة).  ``places``: the
    indexes of the tokens that open a place's name (a place after a scope's first opener belongs to its
    subject: فشلت الأطراف في هايتي في التوصل إلى اتفاق).  ``name_tails``: the indexes of a name's tokens but its
    first, which the reach of a scoped cue does not count (نفى أن تكون قوات سوريا الديمقراطية سلمت قرى).
    """
    c = cues()
    sent = seg.sentence_at(start)
    before_starts, after_starts = (None, None) if starts is None else starts
    later = _from(after, end, after_starts)  # the cues after the trigger (those before it do not count)
    anaphor: Cue | None = None  # لكن ذلك لم يحدث: of what was planned before it, if anything was
    for cue in later:
        if cue.start >= sent.end:
            break
        if cue.start >= end and cue.end <= sent.end and cue.label == "negated" and not _conditioned(seg, cue.start, c):
            if cue.phrase in c.anaphoric:
                anaphor = anaphor or cue
            elif words_between(seg, end, cue.start) <= c.reach[("after", cue.phrase)] \
                    and not _own_subject(seg, cue.end, timed) \
                    and not among(seg.token_words, c.scope_breaks, seg.tokens_between(end, cue.start)):
                return "negated"  # (not a cue in what went before it: وصل لواءان بعد أن أرجئ إرسالهما مرتين)
    label = _qualified(text, seg, start, end, prefix, kind, window, before, later, preceding, before_starts, sent,
                       timed, places, name_tails)
    if label == "asserted" and _forestalled(seg, start, sent.start, before, before_starts, c):
        return "negated"
    if label == "future" and _frustrated(seg, start, end, sent, before, before_starts, c):
        return "negated"
    if anaphor is not None and (label in ("future", "hypothetical") or label == "asserted"
                                and words_between(seg, end, anaphor.start) <= c.reach[("after", anaphor.phrase)]
                                and not _planned(before, sent.start, anaphor.start, before_starts)):
        return "negated"
    return label


def _own_subject(seg: Segmentation, cue_end: int, timed: frozenset[int]) -> bool:
    """Whether a definite noun, no time word, or a verbal noun of ``own_subject_nouns`` follows the
    cancelling cue ending at ``cue_end``: the cue tells of its own subject, not of the event before it
    (أجلي 120 شخصا من الفوعة، ولن تبدأ المرحلة الثانية قبل …; اجتمع الطرفان أمس، ولم يتم التوصل إلى اتفاق;
    وقعت الحكومة اتفاقا، فيما أرجئ توقيع اتفاق مماثل)."""
    k = bisect_left(seg.token_starts, cue_end)
    if k >= len(seg.token_words) or k in timed or seg.token_starts[k] - cue_end > 1:
        return False
    word = seg.token_words[k]
    return word.startswith(inventory().article) or word in cues().own_subject_nouns


def _forestalled(seg: Segmentation, start: int, sent_start: int, before: list[Cue], starts: list[int] | None,
                 c: ModalityCues) -> bool:
    """Whether the trigger at ``start`` comes right after a word of ``forestalling`` (قبل انفجارها، قبل أن
    يتمكن من تفجير الحزام) in a sentence that tells before it of a deed foiled or defused (``foiling``)."""
    if not c.forestalling:
        return False
    k = seg.token_index(start)
    words = seg.token_words
    if not any(tuple(words[max(0, k - len(p)):k]) == p for p in c.forestalling):
        return False
    for cue in _from(before, sent_start, starts):
        if cue.start >= start:
            return False
        if cue.phrase in c.foiling:
            return True
    return False


def _frustrated(seg: Segmentation, start: int, end: int, sent: Segment, before: list[Cue],
                starts: list[int] | None, c: ModalityCues) -> bool:
    """Whether the trigger at ``[start, end)`` was planned in the past (``past_plans`` before it in its
    sentence: كان من المقرر أن تبدأ عملية الإجلاء; or a plan a few words after a word of ``whereas``: كانت
    العصابات تخطط لتفجير عبوة) and the sentence goes on to say it did not happen: a
    contrast, then a negation within ``frustration_reach`` words (لكن الحافلات لم تتمكن من دخول المدينة،
    إلا أنها لم تتحرك)."""
    words = seg.token_words

    def past_plan(cue: Cue) -> bool:  # كان من المقرر، or a plan after كان (كانت العصابات تخطط لتفجير عبوة)
        if cue.phrase in c.past_plans:
            return True
        k = seg.token_index(cue.start)
        return cue.label == "future" and k > 0 and among(words, c.whereas, range(max(0, k - PAST_PLAN_WORDS), k))

    if not c.contrasts or not any(past_plan(cue) for cue in _from(before, sent.start, starts) if cue.start < start):
        return False
    tokens = seg.tokens_between(end, sent.end)
    for k in tokens:
        for phrase in c.contrasts:
            if _phrase_at(words, k, phrase):
                after = k + len(phrase)
                if not c.frustrations.isdisjoint(words[after:min(after + c.frustration_reach + 1, tokens.stop)]):
                    return True
    return False


def _subject_before_verb(seg: Segmentation, end: int, stop: int, c: ModalityCues) -> bool:
    """Whether a subjunctive أن follows the noun ending at ``end`` within ``subject_words`` words, before
    ``stop``: the noun is the subject of the verb after it."""
    words = seg.token_words
    return any(words[k] in c.subjunctives for k in seg.tokens_between(end, stop)[:c.subject_words])


def _put_off_to_later(seg: Segmentation, later: list[Cue], end: int, stop: int, c: ModalityCues) -> bool:
    """Whether a future cue after a postponed trigger (ending at ``end``), before ``stop``, tells when it
    is now due (أرجأت الهيئة القمة الطارئة إلى الأسبوع المقبل); not the plan it undid, nor a time inside
    that plan (أرجئت جولة المحادثات التي كان مقررا عقدها في جدة الأسبوع المقبل), unless a word of
    ``put_off_to`` (إلى) stands shortly before it (أرجئ الاجتماع الذي كان مقررا بين الوفدين إلى يوم الأحد
    المقبل)."""
    planned = False
    for cue in later:
        if cue.start < end or cue.end > stop:
            continue
        if cue.phrase in c.past_plans:
            planned = True
        elif cue.label == "future" and (not planned or among(
                seg.token_words, c.put_off_to, seg.tokens_between(end, cue.start)[-PUT_OFF_REACH:])):
            return True
    return False


PUT_OFF_REACH = 3  # words between إلى and the future cue of the new date (إلى يوم الأحد المقبل)


def _planned(before: list[Cue], a: int, b: int, starts: list[int] | None) -> bool:
    """Whether a cue of the future or of the possible stands between ``a`` and ``b`` (كان من المفترض أن
    تنسحب القوات … لكن ذلك لم يحدث: what did not happen is what was planned)."""
    for cue in _from(before, a, starts):
        if cue.start >= b:
            return False
        if cue.label.removeprefix(SCOPED) in ("future", "hypothetical"):
            return True
    return False


def _qualified(text: str, seg: Segmentation, start: int, end: int, prefix: str, kind: str,
               window: tuple[int, int], before: list[Cue], later: list[Cue], preceding: str | None,
               before_starts: list[int] | None, sent: Segment, timed: frozenset[int] = frozenset(),
               places: frozenset[int] = frozenset(), name_tails: frozenset[int] = frozenset()) -> str:
    """:func:`modality` but for the cancellations after the trigger: the cues before it, the future
    prefix, the cues after it in its clause, a condition, a question (``sent``: its sentence)."""
    c = cues()
    best: Cue | None = None
    told_before = _told_before(seg, start, c)
    if not prefix and kind == "fixed" and (word := seg.token_words[seg.token_index(start)]) in c.prefixed_fixed:
        prefix = word[0]  # توعدت كتائب القذافي بدك ميناء مصراتة: the object after ب, as بقصف would be
    for cue in _from(before, window[0], before_starts):  # the cues in its clause, up to the trigger
        if cue.start >= start:
            break
        if cue.start < window[0] or apart(seg, cue.start, start) or cue.phrase in c.masks \
                or told_before is not None and cue.end <= told_before \
                and (cue.label.removeprefix(SCOPED) in BEFORE_UNREACHED or cue.phrase in c.past_plans):
            continue  # (نقلا عن مصادر لم تكشف هويتها، أن أعمال شغب ربما اندلعت: the aside's own negation)
        if cue.label == "negated" and cue.phrase.startswith(c.negating_ma + " ") \
                and not _ma_negates(seg, seg.token_index(cue.start)):
            continue  # بعد ما تمكنت القوات من استعادة التلة، كما تمكنت: after they could, as they could
        if cue.end > start:  # a phrase that runs into the trigger stands for its opening (لم يوقع اتفاق)
            opening = c.openings.get(cue.phrase)
            if opening is None or cue.start + len(opening[0]) > start \
                    or text[cue.start:cue.start + len(opening[0])] != opening[0]:
                continue
            cue = Cue(cue.start, cue.start + len(opening[0]), opening[1], opening[0])
        elif cue.phrase in c.beyond_reach and cue.phrase in c.openings and not cue.label.startswith(SCOPED) \
                and words_between(seg, cue.end, start) > c.reach[("before", cue.phrase)]:
            opening = c.openings[cue.phrase]  # لم يوقع الطرفان الاتفاق: not "caused", but "did not sign"
            cue = Cue(cue.start, cue.start + len(opening[0]), opening[1], opening[0])
        if cue.label.startswith(SCOPED):
            if not _in_scope(seg, c.scopes[cue.phrase], cue.end, start, prefix, window[1], places, name_tails) \
                    and not (cue.label == SCOPED + "negated" and _polarity_after(seg, start, end, c)):
                continue
        elif _distance(seg, cue.end, start, c.reach[("before", cue.phrase)], c, timed,
                       name_tails) > c.reach[("before", cue.phrase)] \
                and not (cue.label == "negated" and (_any_before(seg, start, c, preceding)
                                                     or _polarity_after(seg, start, end, c)
                                                     or cue.phrase.partition(" ")[0] in c.bare_particles
                                                     and _polarity_before(seg, cue.end, start, c))):
            continue
        if cue.phrase in c.needs_present and not _next_is_present(text, cue.end, c):
            continue
        if cue.phrase in c.past_names and (_word_before_among(seg, start, c.commented_on, "", preceding)
                                           or _hung(seg, cue.end, end, c)):
            continue  # علقت الوزارة على القصف: a comment on it; علق المحتجون لافتات تندد بالقصف: banners hung
        if cue.label.removeprefix(SCOPED) == "hypothetical" and c.settings \
                and _word_before_among(seg, start, c.settings, "و", preceding):
            continue  # بحثا خلال اللقاء التعاون: the meeting is where it was discussed, not what
        if cue.phrase in c.nouns_only and kind not in ("noun", "fixed") or cue.phrase in c.verbs_only and kind == "noun":
            continue
        if cue.phrase in c.subject_cues and kind in ("noun", "fixed") and _subject_before_verb(seg, end, window[1], c):
            continue  # كادت الاشتباكات أن تمتد: the clashes are its subject, the spreading what nearly was
        if best is not None and cue.phrase in c.future_adjectives and best.label.removeprefix(SCOPED) == "negated":
            continue  # إرجاء الجولة المقبلة من المحادثات: the next round, put off
        if best is not None and cue.label == "future" and best.label.removeprefix(SCOPED) == "hypothetical":
            continue  # رجحت المصادر أن يكون التنظيم يخطط لتنفيذ تفجيرات، ربما تخطط: a plan only likely
        if best is not None and best.label == "future" and cue.phrase in c.purposes:
            continue  # تستعد القوات لاقتحام القضاء بهدف انتزاعه خلال الأيام المقبلة: the plan's own aim
        if best is not None and best.label.removeprefix(SCOPED) == "future" \
                and cue.phrase.partition(" ")[0] in c.subjunctives:
            continue  # من المتوقع أن يتوصل الطرفان إلى اتفاق: the expectation's own verb, still expected
        best = cue
    if best is not None:
        label = best.label.removeprefix(SCOPED)
        if label == "negated" and _excepted(seg, best.end, window[1], start, end, c):
            return "asserted"  # لا يزيده القصف إلا ثباتا، لا يوجد سوى مجرد اتفاق: an exception, not a denial
        if label == "negated" and _conditioned(seg, best.start, c):
            return "hypothetical"  # إذا لم تتوصل الأطراف إلى توافق: a condition, not a denial
        if best.phrase in c.attempts and words_between(seg, best.end, start) <= ATTEMPT_REACH \
                and _undone_before(best, c.foiling, before, window[0], before_starts):
            return "negated"  # أحبطت الأجهزة الأمنية محاولة تفجير انتحاري: the attempt foiled
        if best.phrase in c.attempts and _undone_before(best, c.survivals, before, window[0], before_starts) \
                and not among(seg.token_words, c.foiling, seg.tokens_between(end, sent.end)):
            # نجا الوزير من محاولة اغتيال إثر تفجير عبوة ناسفة: the attempt survived was made (not when
            # it was foiled: إذ تمكن خبراء المتفجرات من تفكيكها قبل انفجارها)
            return "asserted"
        if best.phrase in c.preventions and _undone_before(best, c.failures, before, window[0], before_starts):
            return "asserted"  # لم تفلح قوات مكافحة الشغب في منع محتجين من اقتحام المبنى: they stormed it
        if best.phrase in c.accusations and _undone_before(best, c.rejections, before, window[0], before_starts):
            return "negated"  # رفض المتحدث الاتهامات الموجهة لجنوده بقتل مدنيين: the accusation rejected
        if best.phrase in c.halts and _undone_before(best, c.rejections, before, window[0], before_starts):
            return "asserted"  # نفى المسؤول توقف الحملة العسكرية: the halt denied, the campaign goes on
        if label in ("future", "asserted") and _asks(seg, sent, c):
            return "hypothetical"  # هل تتجه الفصائل إلى القبول باتفاق؟ هل ما زال الجيش يقصف المدينة؟ questions
        if label == "negated" and best.phrase in c.postponements and _put_off_to_later(seg, later, end, window[1], c):
            return "future"  # أرجأت الهيئة القمة الطارئة إلى الأسبوع المقبل: put off to a time to come
        if label == "future" and best.phrase not in c.expectations and _condition_after(
                seg, end, sent.end, c, SCOPED_CONDITION_REACH if best.label.startswith(SCOPED) else CONDITION_REACH):
            # حكومته مستعدة لإعلان وقف لإطلاق النار إذا التزمت الحركات: on a condition; a threat's may
            # come after a long object (لوحت أنقرة بشن غارات جوية على مواقع الحزب في جبال قنديل شمالي
            # العراق، إذا لم تتخذ بغداد إجراءات)
            return "hypothetical"
        return label
    if _negated_past_aside(seg, sent.start, window[0], start, prefix, c):
        return "negated"  # لم تتمكن القوات، رغم الإسناد الجوي، من اقتحام الحي: the negation resumed
    if _any_before(seg, start, c, preceding) or _of_any(seg, start, prefix, kind, c):
        if kind == "noun" and _ma_negates_any(seg, start):
            return "negated"  # ما أطلقوا أي صاروخ على المطار: not any, none
        return "hypothetical"  # سترد على أي هجوم: any attack, none in particular
    for cue in later:
        if cue.start >= end and cue.end <= window[1] and cue.label in ("future", "hypothetical") \
                and _after_in_reach(seg, end, cue, kind, c) \
                and (cue.phrase not in c.needs_present or _next_is_present(text, cue.end, c)) \
                and (cue.phrase not in c.after_nouns_only or kind in ("noun", "fixed")) \
                and not (cue.label == "future" and kind == "past") \
                and not _of_another_noun(seg, end, cue, c) \
                and not _reported_between(seg, end, cue.start):
            return cue.label
        if cue.start >= window[1]:
            break
    if kind == "present" and prefix.endswith(_FUTURE):
        # (a condition after it makes it a threat: ستضرب قواته المطار بالطائرات المسيرة في حال واصل الجيش استخدامه)
        return "hypothetical" if _condition_after(seg, end, sent.end, c) else "future"
    dangling = _dangling_scope(seg, start, prefix, window, sent, before, before_starts, c)
    if dangling is not None:
        return dangling
    for cue in _from(before, sent.start, before_starts):  # the cues pass found them (a before-list too)
        if cue.start >= sent.end:
            break
        if cue.phrase in c.unconfirmed and (cue.start < start or words_between(seg, end, cue.start) <= UNCONFIRMED_REACH
                                            and not _of_a_detail(seg, cue.end, sent.end, c)):
            return "hypothetical"  # تحدثت مصادر محلية، لم يتسن التحقق من روايتها، عن ضربات: the whole report
    if _asks(seg, sent, c) or _conditional_clause(seg, window[0], start, c):
        return "hypothetical"
    return "asserted"


def _conditional_clause(seg: Segmentation, clause_start: int, start: int, c: ModalityCues) -> bool:
    """Whether the trigger at ``start`` stands in a clause that a conditional of ``condition_openers``
    opens, however far after it: the whole clause is the condition (في حال توصلت الحكومة والاتحاد العام
    التونسي للشغل إلى اتفاق، فسيلغى الإضراب)."""
    k = seg.token_index(clause_start)
    return k >= 0 and seg.token_starts[k] < start \
        and any(_phrase_at(seg.token_words, k, p) for p in c.condition_openers)


def _of_another_noun(seg: Segmentation, end: int, cue: Cue, c: ModalityCues) -> bool:
    """Whether ``cue``, a future adjective after the trigger ending at ``end`` (``future_adjectives``:
    المقبلة), describes another definite noun than the trigger and no time (تناول الاتصال الخلافات حول
    الانتخابات المقبلة; but المحادثات المقبلة, الأسبوع المقبل, and محادثات أستانا المقبلة: after a name
    in construct, it is the head's)."""
    if cue.phrase not in c.future_adjectives:
        return False
    k = seg.token_index(cue.start) - 1
    if k < 0 or seg.token_starts[k] < end:
        return False  # right after the trigger
    word = seg.token_words[k]
    article = inventory().article
    return (word.startswith(article) or word[1:].startswith(article) and word[0] in CONJ_PREP) \
        and not find_hits(word)


def _of_a_detail(seg: Segmentation, pos: int, stop: int, c: ModalityCues) -> bool:
    """Whether a word of ``unconfirmed_details`` stands among the few words after ``pos`` (before
    ``stop``): what could not be checked is a detail of the deed told before (لم يتسن التحقق بشكل مستقل
    من حجم الخسائر), not the deed."""
    tokens = seg.tokens_between(pos, stop)
    return not c.unconfirmed_details.isdisjoint(seg.token_words[tokens.start:min(tokens.stop, tokens.start + DETAIL_WORDS)])


def _asks(seg: Segmentation, sent: Segment, c: ModalityCues) -> bool:
    """Whether sentence ``sent`` asks: it ends with ? and holds a word of ``questions`` (هل، متى …), or
    a word of ``question_openers`` opens it, the mark lost or never written (هل ما زال هذا المعبر يستخدم
    في نقل مقاتلين تحت نظر «داعش».).  Not when it asks whether one remembers (``remembering``)."""
    k, words, text = bisect_left(seg.token_starts, sent.start), seg.token_words, seg.text
    if k >= len(words) or seg.token_starts[k] >= sent.end or k + 1 < len(words) and words[k + 1] in c.remembering:
        return False  # هل تذكرون لقاء أحمد علي صالح بالأمير: what is remembered happened
    first = words[k]
    if first in c.question_openers or first[:1] in CONJUNCTIONS and first[1:] in c.question_openers:
        return True
    return text[sent.start:sent.end].rstrip(" *#\"»”").endswith("?") and \
        any(w in c.questions for w in text[sent.start:sent.end].split())


def _dangling_scope(seg: Segmentation, start: int, prefix: str, window: tuple[int, int], sent: Segment,
                    before: list[Cue], starts: list[int] | None, c: ModalityCues) -> str | None:
    """The label of a scoped cue whose object opens the trigger's clause after an aside, when nothing in
    the clause qualifies the trigger: نفى مسؤول في وزارة الدفاع، في تصريحات لوكالة تاس، أن تكون قواته قد
    قصفت المستشفى (the denial's أن opens the clause, ``DANGLING_REACH`` words at most after the cue)."""
    k = seg.token_index(window[0])
    if k >= len(seg.token_words) or seg.token_starts[k] >= start:
        return None
    first = seg.token_words[k]
    lo = bisect_left(before, sent.start, key=cue_start) if starts is None else bisect_left(starts, sent.start)
    hi = bisect_left(before, window[0], key=cue_start) if starts is None else bisect_left(starts, window[0])
    for cue in reversed(before[lo:hi]):  # the cues of the sentence before the clause, nearest first
        if words_between(seg, cue.end, window[0]) > DANGLING_REACH:
            break
        scope = c.scopes.get(cue.phrase) if cue.label.startswith(SCOPED) else None
        if scope is not None and scope.required and first in scope.openers:
            # (from the opener that opens the clause: an opener in the aside would only count more words)
            if _in_scope(seg, scope, seg.token_starts[k], start, prefix, window[1]):
                return cue.label.removeprefix(SCOPED)
            return None
    return None


DETAIL_WORDS = 5  # words after a "not confirmed" in which a word of ``unconfirmed_details`` makes it a detail's
UNCONFIRMED_REACH = 10  # words between a deed and the "not confirmed" after it (not a detail further on: صمدت
# التهدئة لليوم الثالث، رغم تبادل الاتهامات بشأن خروقات محدودة لم يتسن التحقق منها)
CONDITION_REACH = 10  # words between a verb in the future and the condition that follows it
SCOPED_CONDITION_REACH = 24  # the same after the object of a threat, a vow or an order (``scopes``)
DANGLING_REACH = 16  # words between a scoped cue and the clause its object opens, an aside between


def _condition_after(seg: Segmentation, end: int, sent_end: int, c: ModalityCues,
                     reach: int = CONDITION_REACH) -> bool:
    """Whether a conditional (``conditionals``) opens within ``reach`` words after ``end`` in its
    sentence."""
    tokens = seg.tokens_between(end, sent_end)
    return any(_phrase_at(seg.token_words, k, p) for k in range(tokens.start, min(tokens.stop, tokens.start + reach))
               for p in c.conditionals)


def _undone_before(cue: Cue, undoing: frozenset[str], before: list[Cue], clause_start: int,
                   starts: list[int] | None) -> bool:
    """Whether a cue of ``undoing`` (a foiling, a rejection) stands before ``cue`` in its clause."""
    return any(u.phrase in undoing for u in _from(before, clause_start, starts) if u.start < cue.start)


def _excepted(seg: Segmentation, cue_end: int, clause_end: int, start: int, end: int, c: ModalityCues) -> bool:
    """Whether an exceptive between the negation ending at ``cue_end`` and ``clause_end`` (the trigger at
    ``start``–``end`` aside) turns the negation into an exception, no other negation owning it first."""
    for k in seg.tokens_between(cue_end, clause_end):
        if start <= seg.token_starts[k] < end:
            continue
        word = seg.token_words[k]
        if word in c.exception_owners and seg.token_starts[k] >= end:
            return False  # معللا إنه لن يعود بالفائدة سوى على داعش: the exception of another negation
        if word in c.exceptives:
            return True
    return False


def _conditioned(seg: Segmentation, pos: int, c: ModalityCues) -> bool:
    """Whether a conditional (``conditionals``: إذا، لو، في حال) ends right before the word at ``pos``,
    or with it (إن لم)."""
    k = seg.token_index(pos)
    words = seg.token_words
    return any(last >= len(p) and _phrase_at(words, last - len(p), p)
               for p in c.conditionals for last in ((k, k + 1) if len(p) > 1 else (k,)))


def _phrase_at(words: list[str], k: int, phrase: tuple[str, ...]) -> bool:
    """Whether the token words from ``k`` on are ``phrase``, its first word perhaps behind و or ف."""
    run = tuple(words[k:k + len(phrase)])
    return run == phrase or bool(run) and run[0][:1] in CONJUNCTIONS and (run[0][1:], *run[1:]) == phrase


def _after_in_reach(seg: Segmentation, end: int, cue: Cue, kind: str, c: ModalityCues) -> bool:
    """Whether the modal ``cue`` after the trigger ending at ``end`` is near enough to qualify it: within
    its reach, or after a noun within its ``noun_reach`` (the noun is its subject: الهجوم البري على
    الأحياء الشرقية قد يبدأ) unless a word of ``subordinators`` stands right before it (القيادات التي
    ربما ليس لها قناعة: a clause of its own)."""
    n = words_between(seg, end, cue.start)
    if n <= c.reach[("after", cue.phrase)]:
        return True
    return kind == "noun" and n <= c.noun_reach.get(cue.phrase, 0) \
        and not _word_before_among(seg, cue.start, c.subordinators)


def _from(found: list[Cue], pos: int, starts: list[int] | None = None) -> list[Cue]:
    """The cues of ``found`` (in text order) that start at or after ``pos`` (``starts``: theirs, if known)."""
    return found[bisect_left(found, pos, key=cue_start) if starts is None else bisect_left(starts, pos):]


def _in_scope(seg: Segmentation, scope: Scope, cue_end: int, start: int, prefix: str, clause_end: int,
              places: frozenset[int] = frozenset(), name_tails: frozenset[int] = frozenset()) -> bool:
    """Whether the trigger at ``start`` is in the object of a scoped cue ending at ``cue_end``: within
    the scope's reach after the word that opens it (دعا كيري خلال اجتماع الثلاثاء إلى استئناف
    المحادثات: the talks, not the meeting; نفت موسكو أن تكون طائراتها قصفت, but not the withdrawal in
    نفى أن يكون هو من أعطى أوامر الانسحاب), or, when no opener is required, with none in the rest of
    the clause (ناشد المجتمع الدولي التدخل).  An opener before a place (``places``: the tokens that open
    one) belongs to the subject when another follows it (فشلت الأطراف السياسية في هايتي في التوصل إلى اتفاق).
    A trigger behind one of ``object_prefixes`` is the object itself, ``near`` words after the cue at most.
    The reach does not count the tokens of ``name_tails`` (a name's words but its first).  A word of the
    scope's ``details`` right after the opener makes the object a detail of what went before the cue, no
    deed (جنودا يرجح أنهم من مجموعة فاغنر قتلوا نحو 300 مدني)."""
    words = seg.token_words

    def with_prefix(word: str) -> bool:  # "" is in every string: the letter must be there
        return bool(word) and word[0] in scope.object_prefixes

    def opens(k: int) -> bool:
        return words[k] in scope.openers or with_prefix(words[k])

    if with_prefix(prefix.lstrip(inventory().conjunctions)) \
            and words_between(seg, cue_end, start) - aside_words(seg, cue_end, start) <= scope.near:
        return True  # طالب بوقف القصف: the object itself (an aside between not counted: توعدت سرايا القدس، الجناح …، بدك)
    k = seg.token_index(start)  # (a bare verbal noun: not أوامر الانسحاب, a word it depends on)
    if k >= 0 and not prefix.strip(inventory().conjunctions) and words[k][len(prefix):] in scope.objects:
        return True  # نفت القوات في بيان مقتضب سقوط المدينة
    between = seg.tokens_between(cue_end, start)
    # the first counts (فشل الاتفاق المبرم في 1995 … في القمة), but not one in an aside the trigger is not in
    # (ليس صحيحا، بحسب ما أكده المتحدث، أن عناصر من فصائله أعدموا مدنيين)
    openers = [k for k in between if opens(k) and not apart(seg, seg.token_starts[k], start)]
    while len(openers) > 1 and (openers[0] + 1 in places or openers[0] in places):
        openers.pop(0)  # … but not one before a place: أخفق وفدا مجلس النواب في ليبيا في التوصل إلى اتفاق
    opener = openers[0] if openers else None
    if opener is not None and opener + 1 < between.stop and words[opener + 1] in scope.details:
        return False  # مسلحين يرجح أنهم من داعش قتلوا مدنيين: who they were is likely, the killing told
    if opener is not None:  # the words from the opener to the trigger, but for the transparent ones
        if prefix.lstrip(inventory().conjunctions).startswith(_PURPOSE) \
                and any(words[k] in scope.undergone for k in range(opener, between.stop)):
            return True  # نفى البرنامج تعرض مخازنه في مدينة بيبور للنهب: what they underwent
        first = opener + 1
        if scope.restart:  # from the last word of ``restart`` on (أن تكون مستودعات المنظمة في عدن قد تعرضت)
            first = next((k + 1 for k in range(between.stop - 1, opener, -1) if words[k] in scope.restart), first)
        if sum(words[k] not in scope.transparent and k not in name_tails for k in range(first, between.stop)) \
                <= scope.reach:
            return True
        # or the last word of the scope's transparent ones behind the object's proclitic, the accused's own
        # between (اتهمت الوزارة خلية مرتبطة بجهات أجنبية بالتخطيط لتفجير سيارات)
        last = next((k for k in range(between.stop - 1, opener, -1)
                     if with_prefix(words[k]) and words[k][1:] in scope.transparent), None)
        return last is not None and sum(
            words[k] not in scope.transparent for k in range(last + 1, between.stop)) <= scope.reach
    return (not scope.required and len(between) <= scope.near
            and not any(opens(k) for k in seg.tokens_between(start, clause_end)))


def consequent(seg: Segmentation, clause_start: int) -> bool:
    """Whether the clause at ``clause_start`` is the consequent of a condition earlier in its sentence:
    it opens with a word of ``consequents`` after a conditional (وفي حال استمرار مشاركتها، فسيتم صرف
    الانتباه … والاكتفاء بالتركيز على وقف الغارات), or the clause right before it opens with one of
    ``condition_openers`` (في حال استمر القصف على الحي، سيضطر آلاف السكان إلى النزوح; إذا رفضت الفصائل …،
    فإن المدفعية ستقصف; not إذا كان …، which is as often "whereas") and it opens no clause of its own
    (لكن …), or it opens with a word of ``counterfactuals``' consequents right after a clause that one of
    its openers opens (لو طلبت مابوتو مساعدة إضافية، فإن أنغولا مستعدة لإرسال وحدة).  What it tells is as
    hypothetical as its condition."""
    c = cues()
    sent_start = seg.sentence_at(clause_start).start
    if clause_start <= sent_start:
        return False
    words = seg.token_words
    if seg.text.startswith(c.consequents, clause_start):
        padded = f" {' '.join(words[k] for k in seg.tokens_between(sent_start, clause_start))} "
        if any(f" {p}{' '.join(w)} " in padded for w in c.conditionals for p in ("", *CONJUNCTIONS)):
            return True
    i = seg.clause_index(clause_start)
    if i <= 0 or seg.clauses[i - 1].start < sent_start:
        return False
    k = seg.token_index(seg.clauses[i - 1].start)
    if k >= 0 and seg.text.startswith(c.counterfactual_consequents, clause_start) \
            and any(_phrase_at(words, k, p) for p in c.counterfactual_openers):
        return True
    if opens_clause(seg.text, clause_start):
        return False
    opener = next((p for p in c.condition_openers if k >= 0 and _phrase_at(words, k, p)), None)
    return opener is not None and k + len(opener) < len(words) and words[k + len(opener)] not in c.whereas


def _negated_past_aside(seg: Segmentation, sentence_start: int, clause_start: int, start: int, prefix: str,
                        c: ModalityCues) -> bool:
    """Whether the trigger at ``start`` (proclitics ``prefix``) resumes a negation past an aside: its
    sentence opens with a word of ``aside_negations`` (maybe after و), or one stands up to two words after a
    complementiser (قال المصدر إن القوات لم تتمكن), before its clause, and the clause opens with أي, with a
    word of ``aside_resumptions`` at most ``aside_reach`` words before the trigger, or with the trigger itself
    carrying a proclitic of ``aside_proclitics`` (behind ب, or the negated verb's subject; أي maybe behind one:
    لم تقم القوات، بحسب متحدث، بأي عملية قصف): لم تنفذ الطائرات،
    خلافا لما أعلنه النواب، أي غارة; لم تتمكن القوات، رغم الإسناد الجوي، من اقتحام الحي; لم تقم الوحدات، رغم
    تعرضها لرصاص طائش، بقصف المخيم; لم تصل، حتى مساء أمس، التعزيزات العسكرية."""
    if clause_start <= sentence_start:  # an aside joined back into its clause still parts it (بحسب متحدث)
        clause_start = seg.clauses[seg.clause_index(start)].start
        if clause_start <= sentence_start:
            return False
    words, clause, here = seg.token_words, seg.token_index(clause_start), seg.token_index(start)
    if here == clause:  # (بقصف المخيم; its subject: لم تصل، حتى مساء أمس، التعزيزات العسكرية)
        resumed = prefix in c.aside_proclitics  # (not after و: والقتل, a list of its own)
    else:
        resumed = here - clause <= c.aside_reach and (
            words[clause] in c.aside_resumptions  # (or أي behind a proclitic of the deed: بأي عملية قصف)
            or any(words[clause].removeprefix(p) in c.polarity for p in ("", *c.aside_proclitics)))
    if not resumed:  # (asked first: most clauses resume nothing)
        return False
    first, told = seg.tokens_between(sentence_start, clause_start), roles().complementisers
    # the sentence's own negation, or that of what is said in it (قال المصدر إن القوات لم تتمكن)
    return any(words[j].removeprefix("و") in c.aside_negations
               and (j == first.start or told.intersection(words[max(first.start, j - 2):j])) for j in first)


def _word_before_among(seg: Segmentation, start: int, words: frozenset[str], clitics: str = "",
                         preceding: str | None = None) -> bool:
    """Whether the word before the trigger at ``start`` (with one of ``clitics`` before it) is one of
    ``words``: a word a negation reaches through (لم تنفذ الطائرات الروسية أي غارة: "not … any"; without
    a negation it tells of no event in particular: سترد على أي هجوم), or one that makes it a setting
    (خلال اللقاء).  ``preceding``: that word, if the caller has it (the trigger starts a token: the
    token before it, "" for the first)."""
    if preceding is not None:
        return bool(preceding) and one_of(preceding, words, clitics)
    k = seg.token_index(start)
    return k > 0 and one_of(seg.token_words[k - 1], words, clitics)


def _any_before(seg: Segmentation, start: int, c: ModalityCues, preceding: str | None = None) -> bool:
    """Whether "any" (``negative_polarity``) stands right before the trigger at ``start``, or opens it (a
    trigger phrase written with it: لم يصدر عن الحكومة الإسرائيلية حتى مساء أمس أي تعليق رسمي)."""
    k = seg.token_index(start)
    return _word_before_among(seg, start, c.polarity, CONJ_PREP, preceding) \
        or k >= 0 and seg.token_starts[k] == start and one_of(seg.token_words[k], c.polarity, CONJ_PREP)


def _reported_between(seg: Segmentation, a: int, b: int) -> bool:
    """Whether words reported begin between ``a`` and ``b``: a complementiser (``complementisers`` in
    roles.yaml: أن، إن، بأن …), after
    which a modal is the content's (وحذر السفير بأن "الأسابيع المقبلة ستكون حاسمة"), not the trigger's."""
    return not roles().complementisers.isdisjoint(seg.token_words[k] for k in seg.tokens_between(a, b))


def _distance(seg: Segmentation, a: int, b: int, reach: int, c: ModalityCues,
              timed: frozenset[int] = frozenset(), name_tails: frozenset[int] = frozenset()) -> int:
    """The words between ``a`` and ``b``, but for the words of time among them (``adverbs``: لم يتم حتى
    الآن التوصل إلى اتفاق), those of an aside between commas (سيفرض، بدءا من يوم الأحد، حصارا), those
    of time expressions (``timed``: لم تعلن الأطراف حتى مساء الأحد تمديد الهدنة) and a name's words but its
    first (``name_tails``: علقت اللجنة الدولية للصليب الأحمر عمليات التبادل، ألغى المبعوث الأممي الأخضر
    الإبراهيمي زيارة) when they are more than ``reach`` (the common case costs one count)."""
    n = words_between(seg, a, b)
    if n <= reach:
        return n
    n -= aside_words(seg, a, b)
    if timed or name_tails:
        n -= sum(k in timed or k in name_tails for k in seg.tokens_between(a, b))
    if n <= reach or not c.adverbs:
        return n
    words = [seg.token_words[k] for k in seg.tokens_between(a, b)]
    k = 0
    while k < len(words):
        phrase = next((p for p in c.adverbs if tuple(words[k:k + len(p)]) == p), None)
        if phrase is None:
            k += 1
        else:
            n -= len(phrase)
            k += len(phrase)
    return n


def _of_any(seg: Segmentation, start: int, prefix: str, kind: str, c: ModalityCues) -> bool:
    """Whether the bare imperfect at ``start`` describes the noun right after a word of
    ``negative_polarity``, or that noun and its adjective (أي فصيل يعتدي على المعتصمين، أي قوة أمريكية
    تتوغل في القطاعات الشمالية): what any one may do, no deed told (not after a word of
    ``explanatory``: أي أنها تستهدف, "that is")."""
    k, words = seg.token_index(start), seg.token_words
    if kind != "present" or prefix or k < 2 or words[k - 1] in c.explanatory:
        return False
    return words[k - 2] in c.polarity or k > 2 and words[k - 3] in c.polarity and words[k - 2] not in c.explanatory


def _polarity_after(seg: Segmentation, start: int, end: int, c: ModalityCues) -> bool:
    """Whether a word of ``negative_polarity`` (أي، أية) follows the first word of the trigger at
    ``start``–``end`` inside it (نفت القيادة الأمريكية في أفريقيا إرسال أي قوات), or the trigger, right
    after it or after one of ``polarity_prepositions`` (لم يستطع النظام … السيطرة على أي منطقة، لم تشن
    غارات على أية مدينة): a negation before it in its clause reaches it however far."""
    k = bisect_left(seg.token_starts, end)
    first = seg.token_index(start)
    if 0 <= first < k - 1 and seg.token_words[first + 1] in c.polarity:
        return True
    found = seg.token_words[k:k + 2]
    return bool(found) and (found[0] in c.polarity or len(found) == 2 and found[0] in c.polarity_prepositions
                            and found[1] in c.polarity)


def _polarity_before(seg: Segmentation, cue_end: int, start: int, c: ModalityCues) -> bool:
    """Whether a word of ``negative_polarity`` (أي، أية) stands between a negation ending at ``cue_end``
    and the trigger at ``start``, at most ``POLARITY_REACH`` words before it: the trigger completes the
    noun it quantifies, and a particle's negation reaches it however far (لم يصدر عن القيادة العامة
    لقوات حفتر أي إعلان رسمي بوقف إطلاق النار; not a verb's: نفى الكرملين أي علاقة له بالغارة)."""
    between = seg.tokens_between(cue_end, start)
    return any(seg.token_words[k] in c.polarity for k in range(max(between.start, between.stop - POLARITY_REACH), between.stop))


POLARITY_REACH = 3  # words from أي to the trigger it reaches (أي إعلان رسمي بوقف إطلاق النار)


def _next_is_present(text: str, pos: int, c: ModalityCues) -> bool:
    """Whether the word after ``pos`` is an imperfect verb (by its first letter), not one of
    ``perfects``, the perfect verbs that open like one (قد تم، قد تعرضت: done, not may be), nor a
    perfect of a root opening with ن (``we_perfects``: قد نهبت، قد نفذوا، قد نشر)."""
    rest = text[pos:pos + 3].lstrip()
    if not rest or rest[0] not in PRESENT_PREFIXES:
        return False
    start = pos + len(text[pos:pos + 3]) - len(text[pos:pos + 3].lstrip())
    word = _WORD.match(text, start)
    if word is None:
        return True
    w = word.group()
    we, length, endings = c.we_perfects
    if we and w[0] == we and (len(w) <= length or w.endswith(endings)):
        return False
    return w not in c.perfects
