"""The publication date when the input gives none: HTML meta data, else a dateline near the top
("كتبه … | 24 سبتمبر، 2016", "الأحد 24 أيلول 2016"): a complete date, without a preposition, on a
short line of its own or at the opening of a paragraph."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rasad.time.resolve import State, resolve

if TYPE_CHECKING:  # pragma: no cover
    from rasad.document import Document
    from rasad.time.parse import Spec

DATELINE_CHARS = 400  # a dateline stands in the first 400 characters
DATELINE_LINE = 120  # on a short line of its own ("كتبه … | 24 سبتمبر، 2016"), without a preposition,
DATELINE_OPENING = 40  # or opening its paragraph ("دمشق - 24 أيلول 2016 - قصفت …")
_META = re.compile(r"(?:article:published_time|datePublished|pubdate|date)[\"']?\s*(?:content\s*=\s*|:\s*)[\"']"
                   r"([0-9]{4}-[0-9]{2}-[0-9]{2})", re.I)


def find_published(doc: Document, specs: list[Spec]) -> tuple[str, str] | None:
    """``(iso_date, how)`` for the publication date found in the text, or None (the normalise and
    segment stages have run)."""
    m = _META.search(doc.text, 0, 20000)
    if m:
        return m.group(1), "html"
    assert doc.norm is not None and doc.seg is not None
    for sp in specs:
        if sp.start >= DATELINE_CHARS:
            break
        if sp.day is None or sp.year is None or sp.mod is not None or sp.prep is not None:
            continue
        para = doc.seg.paragraph_at(sp.start)
        if para.end - para.start > DATELINE_LINE and sp.start - para.start > DATELINE_OPENING:
            continue
        v = resolve(sp, State(None), doc.norm.text, False)
        if v and v.value and v.anchor == "absolute" and len(v.value) == 10:
            return v.value, "dateline"
    return None
