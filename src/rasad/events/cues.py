"""Cue phrases (modality, attribution, roles): one compiled trie regex per data file, found in one pass.

    >>> cs = CueSet({"negated": ["لم", "لن"], "asserted": ["لا يزال"]})
    >>> [(c.label, c.phrase) for c in cs.find("لم يقصف و لا يزال")]
    [('negated', 'لم'), ('asserted', 'لا يزال')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress

from rasad.events.lexicon import trie_regex
from rasad.text.normalise import normalise_key
from rasad.text.proclitics import inventory
from rasad.text.segment import matches_at

# the proclitics a phrase may carry (segment.yaml): و or ف, then ب, ل or ك
CONJUNCTIONS, PREPOSITIONS = inventory().conjunctions, inventory().prepositions
LEAD = re.compile(r"[^\W_]*")  # the letters and digits a phrase opens with: what a token of it starts with


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
        self.regex = re.compile(rf"(?<!\w)[{CONJUNCTIONS}]?[{PREPOSITIONS}]?(" + body + r")(?!\w)") if body else None
        # what a token that opens a cue is: the letters a phrase opens with behind its proclitics (or
        # that and decimals: قال.5); None when a phrase opens with no letter or digit
        leads = {lead.group() for key in self.labels if (lead := LEAD.match(key))}
        self.leads = None if "" in leads else frozenset(
            a + b + w for a in ("", *CONJUNCTIONS) for b in ("", *PREPOSITIONS) for w in leads)

    def find(self, text: str, start: int = 0, end: int | None = None,
             tokens: tuple[Sequence[int], Sequence[str]] | None = None) -> list[Cue]:
        """Every cue in ``text[start:end]``, left to right (the longest phrase at each position).

        ``tokens``: the text's token starts and words when the caller has them (the segmentation's):
        the regex is then tried only where a token can open a cue, not at every character.  The cues
        are the same either way.
        """
        if self.regex is None:
            return []
        end = len(text) if end is None else end
        if tokens is None or self.leads is None:
            matches = self.regex.finditer(text, start, end)
        else:
            matches = matches_at(self.regex, text, self._openings(start, *tokens), end)
        return [Cue(m.start(1), m.end(1), label, m.group(1)) for m in matches for label in self.labels[m.group(1)]]

    def _openings(self, start: int, starts: Sequence[int], words: Sequence[str]) -> list[int]:
        """``start`` and, after it, the starts of the tokens that can open a cue (a cue opens where a
        token does: its letters follow no letter), in text order."""
        assert self.leads is not None
        lo = bisect_right(starts, start)
        rest = words[lo:]
        found = set(compress(starts[lo:], map(self.leads.__contains__, rest)))
        joined = "".join(rest)
        if "." in joined or "," in joined:  # a token with decimals (قال.5) may open a cue with its letters
            found.update(starts[lo + i] for i, w in enumerate(rest) if "." in w or "," in w)
        return [start, *sorted(found)]
