"""Cue phrases (modality, attribution, roles): one compiled trie regex per data file, found in one pass.

    >>> cs = CueSet({"negated": ["لم", "لن"], "asserted": ["لا يزال"]})
    >>> [(c.label, c.phrase) for c in cs.find("لم يقصف و لا يزال")]
    [('negated', 'لم'), ('asserted', 'لا يزال')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rasad.events.lexicon import trie_regex
from rasad.text.normalise import normalise_key


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in the normalised text: its span, its label and the phrase it matched."""

    start: int
    end: int
    label: str
    phrase: str


class CueSet:
    """Labelled phrases compiled into one regex; a phrase may carry و or ف, then ب, ل or ك, before it.

    A phrase may have several labels (one cue set serves several purposes in one pass); :meth:`find`
    reports one :class:`Cue` per label.
    """

    def __init__(self, labelled: Mapping[str, Iterable[str]]) -> None:
        self.labels: dict[str, tuple[str, ...]] = {}
        for label, phrases in labelled.items():
            for p in phrases:
                key = normalise_key(str(p))
                if label not in self.labels.get(key, ()):
                    self.labels[key] = (*self.labels.get(key, ()), label)
        body = trie_regex(self.labels)
        self.regex = re.compile(r"(?<!\w)[وف]?[بلك]?(" + body + r")(?!\w)") if body else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Cue]:
        """Every cue in ``text[start:end]``, left to right (the longest phrase at each position)."""
        if self.regex is None:
            return []
        end = len(text) if end is None else end
        return [Cue(m.start(1), m.end(1), label, m.group(1))
                for m in self.regex.finditer(text, start, end) for label in self.labels[m.group(1)]]
