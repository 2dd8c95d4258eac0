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
_DECIMAL = re.compile(r"[.,][0-9]")  # a decimal point or comma (when a letter or digit stands before it)
_WORD_CHAR = re.compile(r"[^\W_]")


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in the normalised text: its span, its label and the phrase it matched."""

    start: int
    end: int
    label: str
    phrase: str

    def __init__(self, start: int, end: int, label: str, phrase: str) -> None:
        # sets the slots through their own descriptors, as rasad.text.segment.Segment does: the
        # __init__ a frozen dataclass is given calls object.__setattr__ for each field and takes
        # twice as long (an article has some 40 cues)
        _SET_START(self, start)
        _SET_END(self, end)
        _SET_LABEL(self, label)
        _SET_PHRASE(self, phrase)


_SET_START = Cue.start.__set__  # type: ignore[attr-defined]
_SET_END = Cue.end.__set__  # type: ignore[attr-defined]
_SET_LABEL = Cue.label.__set__  # type: ignore[attr-defined]
_SET_PHRASE = Cue.phrase.__set__  # type: ignore[attr-defined]


def cue_start(cue: Cue) -> int:
    """The start of ``cue`` (a key to bisect a list of cues in text order by)."""
    return cue.start


class CueSet:
    """Labelled phrases compiled into one regex; a phrase may carry و or ف, then ب, ل or ك, before it
    (taken only when the word with them is no phrase: لأعلن before ل + أعلن, بحث before ب + حث).

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
        # (the proclitics are taken only when the word is no phrase without them: لأعلن is a cue of its own,
        # not ل and أعلن)
        self.regex = re.compile(rf"(?<!\w)[{CONJUNCTIONS}]??[{PREPOSITIONS}]??(" + body + r")(?!\w)") if body else None
        # what a token that opens a cue is: the letters a phrase opens with behind its proclitics (or
        # that and decimals: قال.5); None when a phrase opens with no letter or digit
        leads = {lead.group() for key in self.labels if (lead := LEAD.match(key))}
        self.leads = None if "" in leads else frozenset(
            a + b + w for a in ("", *CONJUNCTIONS) for b in ("", *PREPOSITIONS) for w in leads)
        self.follows = _follows(self.labels) if self.leads is not None else {}

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
            matches = matches_at(self.regex, text, self._openings(text, start, *tokens), end)
        return [Cue(m.start(1), m.end(1), label, m.group(1)) for m in matches for label in self.labels[m.group(1)]]

    def _openings(self, text: str, start: int, starts: Sequence[int], words: Sequence[str]) -> list[int]:
        """``start`` and, after it, the starts of the tokens that can open a cue (a cue opens where a
        token does: its letters follow no letter), in text order.

        A token that opens only phrases of more than one word opens a cue only when a space and a
        word beginning as their second word follow it (``follows``): في, من and على open some 30
        tokens an article, and a cue at few of them.
        """
        assert self.leads is not None
        lo = bisect_right(starts, start)
        rest = words[lo:]
        follows, last = self.follows, len(words) - 1
        found = set()
        for i in compress(range(lo, len(words)), map(self.leads.__contains__, rest)):
            need = follows[words[i]]
            end = starts[i] + len(words[i])
            if need is None or (i < last and starts[i + 1] == end + 1 and text[end] == " "
                                and words[i + 1].startswith(need)):
                found.add(starts[i])
        # a token with decimals (قال.5) may open a cue with its letters: a token holds a decimal point
        # or comma where one stands between a letter or digit and a digit (the tokeniser takes in
        # every such decimal part), found by a regex in C instead of a look at every token
        for m in _DECIMAL.finditer(text, starts[lo] if lo < len(starts) else len(text)):
            if m.start() and _WORD_CHAR.match(text, m.start() - 1):
                found.add(starts[bisect_right(starts, m.start()) - 1])
        return [start, *sorted(found)]


def _follows(keys: Iterable[str]) -> dict[str, tuple[str, ...] | None]:
    """For each token that can open a phrase of ``keys`` (its first letters behind proclitics), the
    letters the next word must begin with, after one space, for one of its phrases to match there;
    None when a phrase may end with that token or go on otherwise (the regex is then always tried)."""
    second: dict[str, set[str] | None] = {}  # by the letters a phrase opens with
    for key in keys:
        lead = LEAD.match(key).group()  # type: ignore[union-attr]  # (matches the empty string)
        rest = key[len(lead):]
        word = LEAD.match(rest, 1).group() if rest.startswith(" ") else ""  # type: ignore[union-attr]
        words = second.get(lead, set())
        second[lead] = None if not word or words is None else words | {word}
    out: dict[str, set[str] | None] = {}
    for a in ("", *CONJUNCTIONS):
        for b in ("", *PREPOSITIONS):
            for lead, words in second.items():
                form = a + b + lead  # a token may be read in several ways (وفي: و + في, or وفي)
                known = out.get(form, set())
                out[form] = None if words is None or known is None else known | words
    return {form: None if words is None else tuple(sorted(words)) for form, words in out.items()}
