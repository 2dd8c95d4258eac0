"""Attribution: who the text says claims an event (قال مصدر في ...، بحسب وكالة ...، نقلت ... عن).

Cues are in ``data/ar/events/attribution.yaml``.  For a trigger, the nearest cue of its sentence
(before it first, else after it; a closing cue such as بحسب at any distance after it) names the
source: the actor or person mentioned right after the
cue (after عن when the cue passes words on: نقلت X عن Y), else the few words after the cue up to a
stop word; a cue that is a preposition (بحسب، وفق) names a source only when a known name or a source
word follows it (not وفق الجدول الزمني).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rasad.events.cues import Cue, cue_start
from rasad.events.lexicon import lexicon
from rasad.events.window import words_between
from rasad.resources import load_yaml
from rasad.text.normalise import normalise_keys
from rasad.text.proclitics import inventory
from rasad.text.segment import Segmentation

ARTICLE = inventory().article
AFTER_REACH = 12  # a cue after the trigger governs it only this many words away (… قصفت البلدة، قال المرصد)


@dataclass(frozen=True, slots=True)
class AttributionCues:
    """Compiled attribution cues and the words that shape a source phrase."""

    phrases: list[str]
    source_after: frozenset[str]
    stop: frozenset[str]
    max_words: int
    closing: frozenset[str]  # cues that vouch for their whole sentence (بحسب ما أفاد ...)
    openers: frozenset[str]  # words that end a source standing before its cue (لكن ...)
    verbs_after: frozenset[str]  # a verb between a cue and its source (حسب ما ذكره ...)
    before_skip: frozenset[str]  # a particle between a source before its cue and the cue (تركيا قد أعلنت)
    source_after_cues: frozenset[str] = frozenset()  # cues after which عن introduces the source (نقلت)
    preposition_cues: frozenset[str] = frozenset()  # بحسب، وفق: a known name or a source word must follow
    source_words: frozenset[str] = frozenset()  # the words a source may open with after those
    issued: frozenset[str] = frozenset()  # words after which عن goes on with the source (الصادر عن)


@lru_cache(maxsize=1)
def cues() -> AttributionCues:
    """The attribution cues, compiled once."""
    spec = load_yaml("ar/events/attribution.yaml")
    def keys(k: str) -> frozenset[str]:
        return frozenset(normalise_keys(spec.get(k)))

    return AttributionCues([str(c) for c in spec["cues"]], keys("source_after"), keys("stop"),
                           int(spec.get("max_words", 4)), keys("closing"), keys("openers"), keys("verbs_after"),
                           keys("before_skip"), keys("source_after_cues"), keys("preposition_cues"),
                           keys("source_words"), keys("issued"))


def source_span(text: str, seg: Segmentation, cue: Cue, names: list[tuple[int, int]],
                triggers: frozenset[int] = frozenset(), times: frozenset[int] = frozenset()
                ) -> tuple[int, int] | None:
    """The normalised span of the source named with ``cue`` (``names``: actor/person spans, sorted;
    ``triggers``: where event triggers start, which no source phrase takes in; ``times``: the
    indices of the tokens inside a time expression, which it skips before the source and stops at
    after it: وذكرت الجمعة الماضي مصادر رسمية).

    The source follows the cue (قال مصدر ...، بحسب وكالة ...); when nothing suitable follows it
    (قال إن ...), it is the subject standing before the cue (فمصدر في الجيش الحر قال ...).
    """
    after = _after(text, seg, cue, names, triggers, times)
    if after is not None or cue.phrase in cues().preposition_cues:  # بحسب has no subject before it
        return after
    return _before(text, seg, cue)


def _after(text: str, seg: Segmentation, cue: Cue, names: list[tuple[int, int]],
           triggers: frozenset[int], times: frozenset[int]) -> tuple[int, int] | None:
    ac = cues()
    sent = seg.sentence_at(cue.start)
    starts, ends = seg.token_starts, seg.token_ends
    toks = list(seg.tokens_between(cue.end, sent.end))
    while toks and toks[0] in times:  # وذكرت الجمعة الماضي مصادر رسمية: the source follows the date
        toks.pop(0)
    toks = toks[: ac.max_words + 3]
    # نقلت قناة X عن Y: the source is Y
    passing_on = cue.phrase in ac.source_after_cues
    for j, t in enumerate(toks[:-1]):  # (البيان الصادر عن مكتب رئيس الوزراء: the office, by whom it is issued)
        if text[starts[t]:ends[t]] in ac.source_after \
                and (passing_on or j and text[starts[toks[j - 1]]:ends[toks[j - 1]]] in ac.issued):
            toks = toks[j + 1:]
            break
    else:  # حسب ما ذكره البيت الأبيض: ما and the verb after it are not the source
        lead = 1 if toks and text[starts[toks[0]]:ends[toks[0]]] == "ما" else 0
        if (lead or cue.phrase.endswith("ما")) and len(toks) > lead + 1 \
                and text[starts[toks[lead]]:ends[toks[lead]]] in ac.verbs_after:
            toks = toks[lead + 1:]
    if not toks or _hard_break(text, cue.end, starts[toks[0]]):
        return None
    reach = ends[toks[min(ac.max_words - 1, len(toks) - 1)]]
    for a, b in names:  # a known actor or person within the first words (مصدر في الدفاع المدني,
        # وكالة الأناضول, رئيس الوزراء التركي أحمد داود أوغلو)
        if starts[toks[0]] <= a <= reach \
                and not any(_content(text[starts[t]:ends[t]]) or starts[t] in triggers for t in toks if ends[t] <= a) \
                and not _hard_break(text, starts[toks[0]], a):
            return starts[toks[0]], b
    if cue.phrase in ac.preposition_cues and not _source_word(text, seg, toks, ac):
        return None  # وفق الجدول الزمني، حسب الخطة: "according to" of no source
    out: list[int] = []
    for t in toks[: ac.max_words]:
        if text[starts[t]:ends[t]] in ac.stop or starts[t] in triggers or t in times \
                or (out and _hard_break(text, ends[out[-1]], starts[t])):
            break
        out.append(t)
    return (starts[out[0]], ends[out[-1]]) if out else None


def _source_word(text: str, seg: Segmentation, toks: list[int], ac: AttributionCues) -> bool:
    """Whether the words after a preposition cue open with a source word (مصادر، الوكالة، هذه المصادر)."""
    starts, ends = seg.token_starts, seg.token_ends
    for t in toks[:2]:
        word = text[starts[t]:ends[t]]
        if word in ac.source_words or (word.startswith(ARTICLE) and word[len(ARTICLE):] in ac.source_words):
            return True
        if word not in lexicon().demonstratives:  # وفق هذه المصادر
            return False
    return False


def _before(text: str, seg: Segmentation, cue: Cue) -> tuple[int, int] | None:
    ac = cues()
    sent = seg.sentence_at(cue.start)
    starts, ends = seg.token_starts, seg.token_ends
    here = seg.token_index(cue.start)
    if here >= 0 and starts[here] < cue.start:
        return None  # وقال، وأشار: a cue opening its sentence has its subject after it, not before
    toks = list(seg.tokens_between(sent.start, cue.start))
    if toks and text[starts[toks[-1]]:ends[toks[-1]]] in ac.before_skip:  # وكانت تركيا قد أعلنت
        toks.pop()
    toks = toks[-ac.max_words:]
    if not toks or _hard_break(text, ends[toks[-1]], cue.start) or text[starts[toks[-1]]:ends[toks[-1]]] in ac.stop:
        return None
    out: list[int] = []
    for t in reversed(toks):
        word = text[starts[t]:ends[t]]
        if _content(word) or word in ac.openers or (out and _hard_break(text, ends[t], starts[out[-1]])):
            break
        out.append(t)
    return (starts[out[-1]], ends[out[0]]) if out else None


def _content(word: str) -> bool:
    """Whether ``word`` opens reported content (أن، إن، بأن، أنه ...), which no source phrase crosses."""
    return word.startswith(("ان", "بان")) and len(word) <= 5


def attribution_for(start: int, end: int, seg: Segmentation, found: list[Cue], ends: list[int] | None = None
                    ) -> Cue | None:
    """The attribution cue governing the trigger at ``[start, end)``: nearest before it in the sentence,
    else the first after it within a few words, else a closing cue later in the sentence (… بحسب ما
    أفاد الدفاع المدني).

    ``found`` are in text order and do not overlap (one pass of a regex finds them), so both their
    starts and their ends rise: the cues ending before the trigger are a prefix of them and those
    starting after it a suffix, found by bisection (``ends``: their ends, if the caller has them).
    """
    sent = seg.sentence_at(start)
    if ends is None:
        ends = [c.end for c in found]
    i = bisect_right(ends, start)  # the cues that end before the trigger: the last is the nearest
    if i and found[i - 1].start >= sent.start:
        return found[i - 1]
    after = found[bisect_left(found, end, key=cue_start):bisect_right(ends, sent.end)]
    # the words between the trigger and a cue after it grow with the cue's start: the first is nearest
    if after and words_between(seg, end, after[0].start) <= AFTER_REACH:
        return after[0]
    closing = cues().closing
    return next((c for c in after if c.phrase in closing), None)


def _hard_break(text: str, a: int, b: int) -> bool:
    """Punctuation that ends a source phrase (a comma, colon or quote; not brackets or links)."""
    return any(ch in ",;:\".!?" for ch in text[a:b])
