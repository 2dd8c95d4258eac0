"""Runs of proclitics, built from the inventory in ``data/ar/segment.yaml`` (key ``proclitics``).

A run of proclitics is what may stand before a word: a conjunction (و ف), then a preposition
(ب ل ك) or the future particle (س), then the article (ال); or a conjunction and then لل, the
preposition ل fused with the article.  Each matcher allows a different part of this (no ب before a
verb, no article before a month name …), so :func:`proclitic_runs` takes a parameter per slot and
returns the runs that the chosen slots allow (shortest first); :func:`runs_regex` turns runs into a regex.

    >>> proclitic_runs(prepositions=False)
    ('', 'و', 'ف')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rasad.resources import load_yaml
from rasad.text.normalise import normalise_key


@dataclass(frozen=True, slots=True)
class Inventory:
    """The proclitics of ``segment.yaml``, normalised: one letter each, and the article and لل."""

    conjunctions: str  # و ف
    prepositions: str  # ب ل ك
    future: str  # س
    article: str  # ال
    lil: str  # لل: the preposition ل and the article, whose alef is dropped

    @property
    def fused(self) -> str:
        """The preposition that the article fuses with into ``lil`` (ل: ل + ال → لل)."""
        return self.lil[: len(self.lil) - len(self.article) + 1]

    @property
    def before_article(self) -> str:
        """The prepositions that stand before the article unchanged (ب ك: بال، كال)."""
        return "".join(p for p in self.prepositions if p != self.fused)


@lru_cache(maxsize=1)
def inventory() -> Inventory:
    """The proclitic inventory of ``data/ar/segment.yaml`` (loaded once)."""
    spec = load_yaml("ar/segment.yaml")["proclitics"]

    def letters(key: str) -> str:
        return "".join(normalise_key(str(x)) for x in spec[key])

    return Inventory(letters("conjunctions"), letters("prepositions"), letters("future"),
                     normalise_key(spec["article"]), normalise_key(spec["lil"]))


def _slot(choice: bool | str, letters: str, name: str) -> str:
    """The letters of one slot that ``choice`` allows: all (True), none (False) or those given."""
    if choice is True:
        return letters
    if choice is False:
        return ""
    chosen = normalise_key(choice)
    if not set(chosen) <= set(letters):
        raise ValueError(f"{choice!r}: not among the {name} of segment.yaml ({letters})")
    return chosen


def proclitic_runs(*, conjunction: bool | str = True, prepositions: bool | str = True,
                   future: bool = False, article: bool | str = False, lil: bool = False) -> tuple[str, ...]:
    """Every run of proclitics that the given slots allow, shortest first (then in slot order).

    ``conjunction`` and ``prepositions``: True for all of the inventory's, False for none, or a string
    of the letters allowed.  ``future``: the future particle may stand in the preposition slot (never
    before the article).  ``article``: False for none; True for the article alone and after each
    allowed preposition that keeps it unchanged (not ل, which fuses with it into لل: see ``lil``); or
    a string of the prepositions after which it may stand (``"بلك"`` lets the misspelt ``لال`` in).
    ``lil``: a conjunction (as allowed) and then لل.  The empty run is always included.

    >>> proclitic_runs(prepositions="ل", future=True)
    ('', 'ل', 'س', 'و', 'ف', 'ول', 'وس', 'فل', 'فس')
    """
    inv = inventory()
    conjs = _slot(conjunction, inv.conjunctions, "conjunctions")
    preps = _slot(prepositions, inv.prepositions, "prepositions")
    if article is True:
        art_after = "".join(p for p in preps if p in inv.before_article)
    elif article is False:
        art_after = None
    else:
        art_after = _slot(article, inv.prepositions, "prepositions")
    middles = [""] + list(preps) + (list(inv.future) if future else [])
    runs: list[str] = []
    for c in ["", *conjs]:
        for m in middles:
            runs.append(c + m)
            if art_after is not None and (m == "" or m in art_after):
                runs.append(c + m + inv.article)
        if lil:
            runs.append(c + inv.lil)
    return tuple(sorted(dict.fromkeys(runs), key=len))


def runs_regex(runs: Iterable[str]) -> str:
    """A non-capturing regex matching any of ``runs`` (or nothing), longest run first.

    Laid out as a character trie (``(?:و(?:ب)?)?`` …): each letter is tried once, and where several
    runs fit the text the longest is tried first, then the shorter ones.
    """
    trie: dict[str, dict] = {}
    for run in runs:
        node = trie
        for ch in run:
            node = node.setdefault(ch, {})
        node[""] = {}  # a run ends here
    trie[""] = {}  # the empty run

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" not in node:
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + "|".join(branches) + ")?"

    return build(trie)


def letters_class(runs: Iterable[str]) -> str:
    """A regex character class of every letter in ``runs`` (``[بفكلو]``)."""
    return "[" + re.escape("".join(sorted(set("".join(runs))))) + "]"
