"""Arabic normalisation for matching, with a map back to ORIGINAL character offsets.

The character tables live in ``data/ar/normalisation.yaml``: characters that are deleted
(diacritics, tatweel, zero-width and bidi controls) and characters mapped one-to-one (alef and
hamza forms, alef maqsura, ta marbuta, Arabic-Indic and Persian digits, Arabic punctuation,
Latin capitals).  Because every change is either a deletion or a one-to-one replacement, the map
back to the original text is just the list of places where deleted runs were removed; converting
an offset is a binary search.  A whole text is normalised by removing the deleted runs and then
replacing each mapped character that occurs in it (``str.replace`` runs in C, where
``str.translate`` with a dict table looks up every character of the text in Python objects).

Entry points: :func:`normalise` (a whole text, with its offset map) and :func:`normalise_key`
(a dictionary key or pattern word, no map).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from rasad.resources import load_yaml

if TYPE_CHECKING:  # pragma: no cover
    from rasad.document import Document


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], dict[int, int | None]]:
    """The pattern of a run of deleted characters, and the whole table (code point → code point, or
    None when deleted), with the compatibility forms folded (:func:`_compatibility`)."""
    spec = load_yaml("ar/normalisation.yaml")
    parts = []
    table: dict[int, int | None] = {}
    for a, b in _ranges(spec["delete"]):
        parts.append(_class_range(a, b))
        for cp in range(a, b + 1):
            table[cp] = None
    for src, dst in spec["map"].items():
        if len(src) != 1 or len(dst) != 1:
            raise ValueError(f"normalisation.yaml: map entries must be one character to one: {src!r}")
        table[ord(src)] = ord(dst)
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = cp + 32
    table.update(_compatibility(spec.get("compatibility") or [], table))
    deleted = "[" + "".join(parts) + "]"
    # a run of deleted characters, written "C C*" rather than "C+" so that re skips ahead to its start
    return re.compile(deleted + deleted + "*"), table


def _compatibility(ranges: list[object], table: dict[int, int | None]) -> dict[int, int]:
    """The characters of ``ranges`` ("AAAA-BBBB", hex) that Unicode's compatibility decomposition
    (NFKC) turns into one character, mapped to that character as the table then maps it (ﺍﺳﺘﻬﺪﻑ is
    استهدف; ﺃ is أ, then ا).  Ligatures of two letters (ﻻ) are left as they are: the map is one to one."""
    out: dict[int, int] = {}
    for a, b in _ranges(ranges):
        for cp in range(a, b + 1):
            if cp in table:
                continue
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                target = table.get(ord(folded), ord(folded))
                if target is not None:
                    out[cp] = target
    return out


@lru_cache(maxsize=1)
def compatibility_pattern() -> re.Pattern[str] | None:
    """A character class of the compatibility ranges (the presentation forms ``normalisation.yaml``
    folds): a text without any skips their replacements; None when the file lists none."""
    ranges = _ranges(load_yaml("ar/normalisation.yaml").get("compatibility") or [])
    return re.compile("[" + "".join(_class_range(a, b) for a, b in ranges) + "]") if ranges else None


def _ranges(items: list[object]) -> list[tuple[int, int]]:
    """Code point ranges written "AAAA-BBBB" or "AAAA" (hex), as (first, last)."""
    out = []
    for item in items:
        lo, _, hi = str(item).partition("-")
        out.append((int(lo, 16), int(hi or lo, 16)))
    return out


def _class_range(a: int, b: int) -> str:
    """A regex character-class part for the code points ``a`` to ``b``."""
    return f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}"


@lru_cache(maxsize=1)
def _replacements() -> tuple[tuple[str, str], ...]:
    """The one-to-one replacements of the table, as ``(old, new)`` characters.

    Deleting and then applying them one after another equals one pass of the table because no
    replaced character is also deleted and no new character is itself replaced or deleted (checked
    here).
    """
    deleted, table = _tables()
    pairs = tuple((chr(src), chr(dst)) for src, dst in table.items() if dst is not None)
    for old, new in pairs:
        if deleted.fullmatch(old) or ord(new) in table:
            raise ValueError(f"normalisation.yaml: {old!r} -> {new!r} overlaps another entry")
    return pairs


@dataclass(slots=True)
class NormalisedText:
    """A normalised text and the offset map back to the original it came from."""

    text: str
    original_length: int
    # norm position q where a deleted run was removed, and total deleted up to and including it
    _gap_at: list[int] = field(default_factory=list)
    _gap_total: list[int] = field(default_factory=list)
    # the original offset of each of those norm positions (q plus the total: the end of the run)
    _gap_orig: list[int] = field(default_factory=list)

    def to_original_index(self, i: int) -> int:
        """Original offset of normalised offset ``i`` (``i == len(text)`` maps to the original end)."""
        k = bisect_right(self._gap_at, i)
        return i + (self._gap_total[k - 1] if k else 0)

    def to_original(self, nstart: int, nend: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[nstart, nend)``.

        The start is the first kept character; the end takes in any deleted marks that follow the
        last character (its diacritics), so the original span reads as a whole word.
        """
        gap_at, gap_total = self._gap_at, self._gap_total
        if not gap_at:
            return nstart, nend
        k = bisect_right(gap_at, nstart)
        start = nstart + (gap_total[k - 1] if k else 0)  # to_original_index(nstart), written out
        if nend <= nstart:
            return start, start
        k = bisect_right(gap_at, nend, k)  # (nend > nstart: not before k)
        return start, nend + (gap_total[k - 1] if k else 0)

    def to_norm_index(self, orig: int) -> int:
        """Normalised offset of the first kept character at or after original offset ``orig``
        (the smallest ``i`` in ``[0, len(text)]`` with ``to_original_index(i) >= orig``, else
        ``len(text)``).

        ``to_original_index`` rises by one from one gap to the next: with ``j`` the first gap whose
        original offset is at least ``orig``, the answer is ``orig`` less what was deleted before
        gap ``j``, but not past gap ``j`` itself.
        """
        if not self._gap_at:
            return orig
        j = bisect_left(self._gap_orig, orig)
        i = orig - (self._gap_total[j - 1] if j else 0)
        return max(0, min(i, self._gap_at[j] if j < len(self._gap_at) else len(self.text)))


def written_with_ha(original: str, norm: NormalisedText, end: int) -> bool:
    """Whether the normalised word ending at ``end`` ends in ه in ``original`` while ``original`` writes ة
    elsewhere: normalisation spells ة as ه, and a word so written is then a noun with the pronoun "his"
    (بلده: his country, not بلدة; ومصادره: and its sources, not a confiscation)."""
    return end > 0 and "ة" in original and original[norm.to_original_index(end - 1)] == "ه"


def normalise(text: str) -> NormalisedText:
    """Normalise ``text`` for matching and keep the offset map back to it."""
    deleted = _tables()[0]
    gap_at: list[int] = []
    gap_total: list[int] = []
    gap_orig: list[int] = []
    kept: list[str] = []  # the text between the deleted runs (one scan for the map and the text)
    total = 0
    last = 0
    for m in deleted.finditer(text):
        start, end = m.span()
        kept.append(text[last:start])
        last = end
        total += end - start
        gap_at.append(end - total)
        gap_total.append(total)
        gap_orig.append(end)
    if gap_at:
        kept.append(text[last:])
        norm = "".join(kept)
    else:
        norm = text
    common, compatible = _split_replacements()
    for old, new in common:
        if old in norm:
            norm = norm.replace(old, new)
    pattern = compatibility_pattern()
    if pattern is not None and pattern.search(norm):  # (rare: most texts hold no presentation form)
        for old, new in compatible:
            if old in norm:
                norm = norm.replace(old, new)
    return NormalisedText(norm, len(text), gap_at, gap_total, gap_orig)


@lru_cache(maxsize=1)
def _split_replacements() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The replacements of the map, then those of the compatibility forms."""
    pattern = compatibility_pattern()
    pairs = _replacements()
    if pattern is None:
        return pairs, ()
    return (tuple(p for p in pairs if not pattern.fullmatch(p[0])),
            tuple(p for p in pairs if pattern.fullmatch(p[0])))


@lru_cache(maxsize=65536)
def normalise_key(s: str) -> str:
    """Normalise a dictionary key or pattern word (and fold its white space)."""
    return " ".join(s.translate(_tables()[1]).split())


def normalise_keys(words: Iterable[object] | None) -> list[str]:
    """:func:`normalise_key` of each word of a data-file list (``None`` for a missing list: none)."""
    return [normalise_key(str(w)) for w in words or ()]


def run(doc: Document) -> Document:
    """Pipeline stage: set ``doc.norm`` to the normalised text and its offset map."""
    doc.norm = normalise(doc.text)
    return doc
