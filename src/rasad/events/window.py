"""The stretch of text an event's words are looked for in: its clause, and word distances.

Clauses are cut at commas, quotes and clause-opening words (``rasad.text.segment``).  A quotation
inside a sentence (سيكون "عملية كاملة تشمل هجوما") belongs with its clause, so clauses separated only
by quotes, brackets or dashes are joined again here.
"""

from __future__ import annotations

from bisect import bisect_left

from rasad.text.segment import Segmentation

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
    while lo > 0 and clauses[lo - 1].start >= sent.start and _joined(text, clauses[lo - 1].end, clauses[lo].start):
        lo -= 1
    while (hi + 1 < len(clauses) and clauses[hi + 1].end <= sent.end
           and _joined(text, clauses[hi].end, clauses[hi + 1].start)):
        hi += 1
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


def words_between(seg: Segmentation, a: int, b: int) -> int:
    """How many word tokens start in ``[a, b)`` (a distance in words between two offsets)."""
    starts = seg.token_starts
    return bisect_left(starts, b) - bisect_left(starts, a)
