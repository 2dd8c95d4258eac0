"""Modality: is an event asserted, negated, future or hypothetical?  Cues in ``modality.yaml``.

The rules, in order:

1. a cancellation AFTER the trigger in its sentence (لكنها ألغيت، لكن هذا لم يحدث) → negated;
2. the nearest cue BEFORE the trigger in its clause, within the cue's reach in words → its class
   (an "asserted" cue such as لا يزال or لم يتوقف عن undoes a negation); a demand (دعا، طالب)
   covers only what follows the word that opens its object (إلى، على، أن), not a trigger before it;
3. the future prefix on the trigger itself (سيقصف، ستبدأ) → future;
4. a future cue AFTER a trigger in its clause (الهجوم ... سيكون، الجولة المقبلة) → future;
5. a question (a sentence ending in ? with هل، متى ...) → hypothetical;
6. otherwise asserted.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasad.events.cues import Cue
from rasad.events.lexicon import PRESENT_PREFIXES
from rasad.events.window import words_between
from rasad.resources import load_yaml
from rasad.text.normalise import normalise_key, normalise_keys
from rasad.text.segment import Segmentation


@dataclass(frozen=True, slots=True)
class ModalityCues:
    """The cue phrases by label (``before:negated``, ``after:future`` ...), each phrase's reach in words."""

    labelled: dict[str, list[str]]
    reach: dict[tuple[str, str], int]  # (direction, phrase) -> reach
    needs_present: frozenset[str]
    questions: frozenset[str]
    nouns_only: frozenset[str]
    demands: frozenset[str]
    demand_objects: frozenset[str]


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
    def words(key: str) -> frozenset[str]:
        return frozenset(normalise_keys(spec.get(key)))

    return ModalityCues(labelled, reach, words("needs_present"), words("questions"), words("nouns_only"),
                        words("demands"), words("demand_objects"))


def split_cues(found: list[Cue]) -> tuple[list[Cue], list[Cue]]:
    """Modality cues among ``found`` (a combined cue pass): (before-cues, after-cues), labels without
    their direction."""
    before, after = [], []
    for c in found:
        direction, _, label = c.label.partition(":")
        if direction == "before":
            before.append(Cue(c.start, c.end, label, c.phrase))
        elif direction == "after":
            after.append(Cue(c.start, c.end, label, c.phrase))
    return before, after


def modality(text: str, seg: Segmentation, start: int, end: int, prefix: str, kind: str,
             window: tuple[int, int], before: list[Cue], after: list[Cue]) -> str:
    """The modality of the trigger at ``[start, end)`` (normalised offsets) in its clause ``window``.

    ``prefix`` and ``kind`` are the trigger's proclitics and part of speech; ``before``/``after`` are
    the document's cues from :func:`split_cues`.
    """
    c = cues()
    sent = seg.sentence_at(start)
    for cue in after:
        if cue.start >= end and cue.end <= sent.end and cue.label == "negated" \
                and words_between(seg, end, cue.start) <= c.reach[("after", cue.phrase)]:
            return "negated"
        if cue.start >= sent.end:
            break
    best: Cue | None = None
    for cue in before:
        if cue.start >= start:
            break
        if cue.end > start or cue.start < window[0]:
            continue
        if words_between(seg, cue.end, start) > c.reach[("before", cue.phrase)]:
            continue
        if cue.phrase in c.needs_present and not _next_is_present(text, cue.end):
            continue
        if cue.phrase in c.nouns_only and kind != "noun":
            continue
        if cue.phrase in c.demands and _before_the_demand(seg, cue.end, start, prefix, window[1], c.demand_objects):
            continue
        best = cue
    if best is not None:
        return best.label
    if kind == "present" and prefix.endswith("س"):
        return "future"
    for cue in after:
        if cue.start >= end and cue.end <= window[1] and cue.label in ("future", "hypothetical") \
                and words_between(seg, end, cue.start) <= c.reach[("after", cue.phrase)] \
                and (cue.phrase not in c.needs_present or _next_is_present(text, cue.end)):
            return cue.label
        if cue.start >= window[1]:
            break
    if text[sent.start:sent.end].rstrip(" *#\"").endswith("?") and \
            any(w in c.questions for w in text[sent.start:sent.end].split()):
        return "hypothetical"
    return "asserted"


def _before_the_demand(seg: Segmentation, cue_end: int, start: int, prefix: str, clause_end: int,
                       objects: frozenset[str]) -> bool:
    """True when the trigger at ``start`` stands between a demand and the word that opens what is
    demanded (دعا كيري خلال اجتماع الثلاثاء إلى استئناف المحادثات: the meeting is where he asked).
    A word with ب before the trigger may open the object (طالب المجلس بوقف القصف وهجوم القوات)."""
    if prefix.lstrip("وف")[:1] == "ب":  # طالب بوقف القصف: the object itself
        return False
    words = seg.token_words
    here = seg.tokens_between(cue_end, start)
    if any(words[k] in objects or words[k].startswith("ب") for k in here):  # … بوقف القصف وهجوم القوات
        return False
    return any(words[k] in objects for k in seg.tokens_between(start, clause_end))


def _next_is_present(text: str, pos: int) -> bool:
    rest = text[pos:pos + 3].lstrip()
    return bool(rest) and rest[0] in PRESENT_PREFIXES
