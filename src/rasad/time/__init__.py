"""Temporal expressions: find, type and resolve them (issue 3).

:func:`run` is the pipeline stage.  It reads the normalised text once for time words
(:mod:`rasad.time.parse`), sets the publication date from a dateline when none was given
(:mod:`rasad.time.dateline`), and resolves every expression in text order
(:mod:`rasad.time.resolve`), carrying the story's reference time forward.  :func:`reference_at`
tells the events stage which reference time is in force at a place in the text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rasad.document import Document, Timex
from rasad.time.dateline import find_published
from rasad.time.lexicon import lexicon
from rasad.time.parse import Hit, Spec, find_hits, groups, joiners, left_context, read_group
from rasad.time.resolve import State, is_future, is_underway, resolvable, resolve

__all__ = ["run", "reference_at", "read_specs"]


def read_specs(text: str) -> list[Spec]:
    """Every time expression in normalised ``text``, read but not resolved, in text order (a group of
    time words that fills no slot a value comes from is left out: see :func:`resolvable`)."""
    lex = lexicon()
    out: list[Spec] = []
    prev: list[Hit] | None = None
    for g in groups(text, find_hits(text)):
        for i, sp in enumerate(read_group(text, g)):
            if not resolvable(sp):  # (nor can it start a range of days, which needs a day)
                continue
            if i == 0:
                if prev is not None and (first := _range_start(text, prev, g, sp)) is not None:
                    out.append(first)
                left_context(text, g, sp)
            if sp.day is not None and sp.month is None and sp.hmonth is None:
                m = lex.same_month.match(text, sp.end)
                if m:
                    sp.same_month, sp.end = True, m.end()
            if sp.range_first is not None:  # "12 - 13 يوليو": the 12th is a date of its own
                day, start, end, second = sp.range_first
                out.append(replace(sp, start=start, end=end, day=day, range_first=None, markers=set(sp.markers)))
                sp.start = second
            out.append(sp)
        prev = g
    return out


def _range_start(text: str, prev: list[Hit], group: list[Hit], sp: Spec) -> Spec | None:
    """The first day of a range of days ("من 4 إلى 6 أغسطس", "12 - 13 يوليو"): a lone day number
    joined by a range word to the day and month of ``sp``; it takes their month and year."""
    if len(prev) != 1 or not prev[0].has("num") or sp.day is None or sp.start != group[0].kw:
        return None
    if (sp.month is None and sp.hmonth is None) or not group[0].has("num"):
        return None
    value, digits = prev[0].get("num")  # type: ignore[misc]
    if not (1 <= value < sp.day and digits <= 2) or not joiners()[1].fullmatch(text, prev[0].end, group[0].kw):
        return None
    first = replace(sp, start=prev[0].start, end=prev[0].end, day=value, prep=None, markers=set(sp.markers))
    left_context(text, prev, first)
    return first


def run(doc: Document) -> Document:
    """Pipeline stage: fill ``doc.timexes`` (sorted by start) and, when missing, ``doc.published``."""
    assert doc.norm is not None and doc.seg is not None, "normalise and segment must run first"
    text = doc.norm.text
    specs = read_specs(text)
    if not doc.published:
        found = find_published(doc, specs)
        if found:
            doc.published, doc.published_from = found
    pub = _iso(doc.published)
    st = State(pub, kanun=_kanun_of(specs, pub))
    out: list[Timex] = []
    for sp in specs:
        needs_tense = sp.weekday is not None or sp.prep == "after" or (sp.year is None and (
            sp.month is not None or sp.kanun))
        future = underway = False
        if needs_tense:
            scope = _scope(doc, sp.start)
            future = is_future(text, scope, sp.start)
            underway = (not future and sp.weekday is None and sp.month is not None and sp.prep != "since"
                        and is_underway(text, scope, sp.start))
        v = resolve(sp, st, text, future, underway)
        if v is None:
            continue
        if v.value and v.first and v.type == "DATE":
            if (v.moves_reference or v.anchor == "narrative") and len(v.value) >= 7:
                st.ref, st.ref_is_day = v.first, v.first == v.last
            st.last, st.last_unit = v.first, "D" if len(v.value) == 10 else "M" if len(v.value) == 7 else "Y"
        start, end, span = doc.span(sp.start, sp.end)
        out.append(Timex(span, start, end, v.type, v.value, v.anchor,
                         v.first.isoformat() if v.first else None, v.last.isoformat() if v.last else None))
    out.sort(key=lambda t: t.start)
    doc.timexes = out
    return doc


def _kanun_of(specs: list[Spec], pub: date | None) -> int | None:
    """Which كانون a bare "كانون" means before any is named: the first كانون الأول or الثاني of the
    document (December or January), else the publication month when it is one of them."""
    first = next((sp.month for sp in specs if sp.month in (1, 12)), None)
    if first is not None:
        return first
    return pub.month if pub is not None and pub.month in (1, 12) else None


def reference_at(doc: Document, norm_pos: int) -> Timex | None:
    """The narrative reference time in force at normalised offset ``norm_pos``: the last DATE
    timex before it resolved to a day or a month, else None (then use ``doc.published``)."""
    assert doc.norm is not None
    best = None
    for t in doc.timexes:
        if doc.norm.to_norm_index(t.start) >= norm_pos:
            break
        if t.type == "DATE" and t.value and len(t.value) >= 7 and "W" not in t.value:
            best = t
    return best


def _scope(doc: Document, pos: int) -> int:
    """Where to look for future cues before ``pos``: its clause, or its sentence when the
    expression opens its clause ("عازمون على اللقاء صباحا (الخميس)")."""
    assert doc.seg is not None
    start = doc.seg.clause_at(pos).start
    return doc.seg.sentence_at(pos).start if start >= pos - 2 else start


def _iso(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None
