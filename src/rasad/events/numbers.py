"""The numbers of an event: each quantity goes to the nearest trigger of its sentence (its own clause
first); killed ones sum to the event's fatalities, except a toll over a period (``toll_words`` in
``roles.yaml``, a span of months or years in the clause, or a number of dead of ``toll_over`` or
more: بعد أن قتل أكثر من 300 ألف سوري)."""

from __future__ import annotations

from bisect import bisect_left

from rasad.document import Document
from rasad.events import arguments
from rasad.events.merging import Candidate
from rasad.events.window import clause_window, words_between
from rasad.text.segment import Segmentation


def assign(doc: Document, seg: Segmentation, cands: list[Candidate], memo: dict[int, tuple[int, int]]
           ) -> frozenset[int]:
    """Give each quantity to the nearest trigger of its sentence (its own clause first); returns the
    killed quantities that are tolls over a period (:func:`toll`), which count in no event's
    fatalities."""
    if not doc.quantities:
        return frozenset()
    norm = doc.norm
    assert norm is not None
    most = arguments.roles().toll_over
    periods = _periods(doc)
    tolls = frozenset(qi for qi, q in enumerate(doc.quantities) if q.category == "killed"
                      and (q.value >= most or toll(doc, seg, norm.to_norm_index(q.start), memo, periods)))
    starts = [c.start for c in cands]  # (the candidates are in text order)
    for qi, q in enumerate(doc.quantities):
        qs = norm.to_norm_index(q.start)
        sent = seg.sentence_at(qs)
        mates = cands[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
        if not mates:
            continue
        in_clause = [c for c in mates if c.window[0] <= qs < c.window[1]]
        pool = in_clause or mates
        best = min(pool, key=lambda c: words_between(seg, min(c.start, qs), max(c.start, qs)))
        best.quantities.append(qi)
    return tolls


def toll(doc: Document, seg: Segmentation, pos: int, memo: dict[int, tuple[int, int]],
         periods: list[int] | None = None) -> bool:
    """Whether the number of dead at ``pos`` is a toll over a period rather than the dead of one
    event: its clause has a word of ``toll_words`` (منذ اندلاع القتال، الإجمالي) or a span of months or
    years (في 30 عاما، خلال شهرين).  ``periods``: :func:`_periods` of the document, if the caller has it."""
    assert doc.norm is not None
    lo, hi = clause_window(seg, doc.norm.text, pos, memo)
    words = seg.token_words
    toks = seg.tokens_between(lo, hi)
    marks = arguments.roles().toll_words
    if any(words[k] in marks or f"{words[k]} {words[k + 1]}" in marks for k in toks if k + 1 < len(words)):
        return True
    if periods is None:
        periods = _periods(doc)
    k = bisect_left(periods, lo)
    return k < len(periods) and periods[k] < hi


def _periods(doc: Document) -> list[int]:
    """Where the document's spans of months or years start (normalised offsets, sorted)."""
    assert doc.norm is not None
    norm = doc.norm
    return sorted(norm.to_norm_index(t.start) for t in doc.timexes
                  if t.type == "DURATION" and t.value and t.value[:2] != "PT" and t.value[-1] in "MY")
