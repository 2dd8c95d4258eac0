"""The stretch of text an event's words are looked for in: its clause, and word distances.

Clauses are cut at commas, quotes and clause-opening words (``rasad.text.segment``).  A quotation
inside a sentence (سيكون "عملية كاملة تشمل هجوما") belongs with its clause, so clauses separated only
by quotes, brackets or dashes are joined again here; so are the two halves of a clause an aside between
commas interrupts (ستفرض القوات، اعتبارا من الغد، حصارا على المدينة: the ``asides`` of segment.yaml).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from rasad.resources import load_yaml
from rasad.text.normalise import normalise_keys
from rasad.text.proclitics import inventory
from rasad.text.segment import Segment, Segmentation, opens_clause
from rasad.time.parse import find_hits

JOINER_CHARS = " \t\"'()[]-"


def clause_window(seg: Segmentation, text: str, pos: int, memo: dict[int, tuple[int, int]] | None = None
                  ) -> tuple[int, int]:
    """The clause around normalised offset ``pos``, joined with neighbours cut off only by quotes
    (``memo``: a per-document cache keyed by clause start)."""
    clauses = seg.clauses
    i = seg.clause_index(pos)
    clause = clauses[i]
    if memo is not None and clause.start in memo:
        return memo[clause.start]
    sent = seg.sentence_at(pos)
    lo, hi = i, i
    while lo > 0 and clauses[lo - 1].start >= sent.start:
        if _joined(text, clauses[lo - 1].end, clauses[lo].start):
            lo -= 1
        elif lo > 1 and clauses[lo - 2].start >= sent.start and _interrupts(text, clauses, lo - 1):
            lo -= 2
        else:
            break
    while hi + 1 < len(clauses) and clauses[hi + 1].end <= sent.end:
        if _joined(text, clauses[hi].end, clauses[hi + 1].start):
            hi += 1
        elif hi + 2 < len(clauses) and clauses[hi + 2].end <= sent.end and _interrupts(text, clauses, hi + 1):
            hi += 2
        else:
            break
    out = clauses[lo].start, clauses[hi].end
    if memo is not None:
        memo[clause.start] = out
    return out


def _joined(text: str, a: int, b: int) -> bool:
    """Whether the gap ``text[a:b]`` between two clauses has only quotes, brackets, dashes and white
    space, and a quote or a bracket among them (tested with ``str.strip``, which runs in C: nothing is
    left of the gap without the joiners, something without the white space and the dashes)."""
    gap = text[a:b]
    return not gap.strip(JOINER_CHARS) and bool(gap.strip(" \t-"))


@lru_cache(maxsize=1)
def _asides() -> tuple[int, tuple[str, ...], tuple[str, ...]]:
    """The longest aside in words, the words a time aside may open with and those that open an aside of a
    source, a setting or an apposition (``asides`` of segment.yaml)."""
    spec = load_yaml("ar/segment.yaml").get("asides") or {}
    return (int(spec.get("max_words", 0)), tuple(normalise_keys(spec.get("time_openers"))),
            tuple(normalise_keys([w for key in ("sources", "settings", "appositions") for w in spec.get(key) or ()])))


def _interrupts(text: str, clauses: list[Segment], k: int) -> bool:
    """Whether clause ``k`` is an aside between commas (اعتبارا من الغد، صباح الثلاثاء، بحسب المصدر) in
    the middle of one clause: the clause after it goes on with the one before it, opening no clause of its
    own (a clause opener: فيما قتل …).  A conjunction after it does not part them, no more than it
    parts a clause without the commas (قصفت الطائرات، أمس، وقتلت)."""
    aside, after = clauses[k], clauses[k + 1]
    if not (_comma(text, clauses[k - 1].end, aside.start) and _comma(text, aside.end, after.start)):
        return False
    words = text[aside.start:aside.end]
    if len(words.split()) > _asides()[0] or not _aside(words):
        return False
    return not opens_clause(text, after.start)


@lru_cache(maxsize=4096)
def _aside(words: str) -> bool:
    """Whether ``words`` open with a source or a setting (بحسب المرصد، خلال مؤتمر عام) or are all time
    words (صباح أمس الأربعاء، اعتبارا من الغد; the time words those :func:`rasad.time.parse.find_hits`
    finds; not صباح كرحوت), not opened by a conjunction (واليوم، أقر مجلس الأمن: a clause of its own,
    opened by its time).  Cached: :func:`apart` asks it again for each cue of a clause."""
    _, time_openers, openers = _asides()
    if _opens_with(words, openers):
        return True
    rest = words[len(next((w for w in time_openers if _opens_with(words, (w,))), "")):]
    hits = find_hits(rest)
    if hits and hits[0].start == 0 and hits[0].kw > 0 and rest[0] in inventory().conjunctions:
        return False
    bare, last = [], 0
    for h in hits:
        bare.append(rest[last:h.start])
        last = h.end
    bare.append(rest[last:])
    return bool(hits) and not any(ch.isalnum() for piece in bare for ch in piece)


def _opens_with(words: str, openings: tuple[str, ...]) -> bool:
    """Whether ``words`` open with one of the whole words or phrases ``openings``."""
    return any(words.startswith(w) and (len(words) == len(w) or not words[len(w)].isalnum()) for w in openings)


def aside_words(seg: Segmentation, a: int, b: int) -> int:
    """How many words of ``[a, b)`` stand in asides that interrupt a clause (:func:`_interrupts`): a
    distance in words does not count them (سيفرض، بدءا من يوم الأحد، حصارا: one word apart)."""
    clauses = seg.clauses
    n = 0
    for k in range(seg.clause_index(a) + 1, min(seg.clause_index(b), len(clauses) - 1)):
        if _interrupts(seg.text, clauses, k):
            n += len(seg.tokens_between(clauses[k].start, clauses[k].end))
    return n


def apart(seg: Segmentation, a: int, b: int) -> bool:
    """Whether one of offsets ``a`` and ``b`` lies in an aside that interrupts a clause (:func:`_interrupts`)
    and the other outside it: what the aside says is its own (نقلا عن مصادر لم تكشف هويتها، أن أعمال شغب
    ربما اندلعت), and what the clause says is not the aside's."""
    return _in_aside(seg, a, b) or _in_aside(seg, b, a)


def _in_aside(seg: Segmentation, pos: int, other: int) -> bool:
    """Whether offset ``pos`` lies in an aside (:func:`_interrupts`) and offset ``other`` outside it."""
    k = seg.clause_index(pos)
    clauses = seg.clauses
    return (0 < k < len(clauses) - 1 and not clauses[k].start <= other < clauses[k].end
            and _interrupts(seg.text, clauses, k))


def _comma(text: str, a: int, b: int) -> bool:
    """Whether the gap ``text[a:b]`` between two clauses is a comma and white space (the normalised text
    writes the Arabic comma as ",")."""
    return text[a:b].strip() == ","


def words_between(seg: Segmentation, a: int, b: int) -> int:
    """How many word tokens start in ``[a, b)`` (a distance in words between two offsets)."""
    starts = seg.token_starts
    return bisect_left(starts, b) - bisect_left(starts, a)
