"""Paragraphs, sentences, clauses and clitic-aware tokens over the normalised text.

All offsets here are offsets into the NORMALISED text (``doc.norm.text``); use
``doc.span(start, end)`` to report them.  Words that open clauses and the proclitic inventory
live in ``data/ar/segment.yaml``.

Entry point: :func:`segment` (used by the pipeline's segment stage).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from rasad.resources import load_yaml
from rasad.text.normalise import normalise_key, normalise_keys
from rasad.text.proclitics import inventory, proclitic_runs

# a word of letters and digits, with decimals; "[^\W_][^\W_]*" rather than "[^\W_]+" (and "\n\n*" rather
# than "\n+" below) so that re skips ahead to the first character of a match instead of trying everywhere.
# The quantifiers are possessive: nothing after them can fail, so they never give back a character, and
# re runs a possessive group without the bookkeeping of a greedy one (a fifth faster over a text)
TOKEN_RE = re.compile(r"[^\W_][^\W_]*+(?:[.,][0-9]++)*+")
# the same in a group: TOKEN_SPLIT_RE.split(text) alternates the text between tokens and the tokens
TOKEN_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")
# a sentence ends at . ! ? (not inside a number like 12.8) followed by space/quote/end, or at a newline
SENTENCE_END_RE = re.compile(r"(?<![0-9])[.!?]+(?=[\s\"')\]]|$)|[.!?](?=\s)|\n+")
SENTENCE_END_FIRST = re.compile(r"[.!?\n]")  # where a SENTENCE_END_RE match can start
CLAUSE_PUNCT_RE = re.compile(r"[,;:\"()\[\]]|\s-\s")
# where no "-" is, the pieces between the punctuation, without their leading and trailing white space
# (what _split and _trim make of CLAUSE_PUNCT_RE there), found directly
_CLAUSE_PIECE_NO_DASH = re.compile(r"[^,;:\"()\[\]\s](?:[^,;:\"()\[\]]*[^,;:\"()\[\]\s])?")
PARAGRAPH_RE = re.compile(r"\n\n*")

if TYPE_CHECKING:  # pragma: no cover
    from rasad.document import Document


@dataclass(slots=True, frozen=True)
class Segment:
    """A stretch of the normalised text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # sets the slots through their own descriptors: the __init__ a frozen dataclass is given
        # calls object.__setattr__ for each field and takes twice as long (a text makes ~80 segments)
        _SET_START(self, start)
        _SET_END(self, end)


_SET_START = Segment.start.__set__  # type: ignore[attr-defined]
_SET_END = Segment.end.__set__  # type: ignore[attr-defined]


class Segmentation:
    """Paragraphs, sentences, clauses and tokens of one normalised text (normalised offsets).

    Paragraphs and sentences are found at once; clauses and tokens when first asked for.
    """

    __slots__ = ("text", "paragraphs", "sentences", "_clauses", "_tokens", "_words", "_clause_starts",
                 "_paragraph_starts", "_sentence_starts")

    def __init__(self, text: str, paragraphs: list[Segment], sentences: list[Segment]):
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self._clauses: list[Segment] | None = None
        self._tokens: tuple[list[int], list[int]] | None = None
        self._words: list[str] | None = None
        self._clause_starts: list[int] | None = None
        # the starts of the paragraphs and sentences, for bisection (the events stage asks for the
        # sentence of an offset some seven times a trigger)
        self._paragraph_starts = [p.start for p in paragraphs]
        self._sentence_starts = [s.start for s in sentences]

    @property
    def body_end(self) -> int:
        """Where the story ends: at the first phrase of ``trailers`` (segment.yaml: مقالات أخرى للكاتب,
        a list of links pasted from the web page) that starts a word, or at a closing line of tags
        (``tag_lines``: "سمات الشرق الاوسط النفوذ الإيراني"), else the end of the text."""
        found = _trailers().search(self.text)
        end = found.start() if found else len(self.text)
        return min(end, _tag_line(self.text, end))

    @property
    def clauses(self) -> list[Segment]:
        """Clauses: sentences cut at , ; : quotes, brackets, dashes and clause-opening words."""
        if self._clauses is None:
            self._clauses = _clauses(self.text, self.sentences)
        return self._clauses

    @property
    def token_starts(self) -> list[int]:
        """Start offsets of the word tokens (letters and digits, clitics attached)."""
        # (the tokens read directly, not through _token_spans: the events stage asks some 200 times an article)
        return (self._tokens or self._token_spans())[0]

    @property
    def token_ends(self) -> list[int]:
        """End offsets of the word tokens."""
        return (self._tokens or self._token_spans())[1]

    @property
    def token_words(self) -> list[str]:
        """The text of each word token (``text[token_starts[i]:token_ends[i]]``)."""
        if self._words is None:
            self._tokenise()
        return self._words  # type: ignore[return-value]

    def _token_spans(self) -> tuple[list[int], list[int]]:
        if self._tokens is None:
            self._tokenise()
        return self._tokens  # type: ignore[return-value]

    def _tokenise(self) -> None:
        """Find the tokens, their offsets and their words at once.

        ``split`` with the token pattern in a group gives ``[gap, token, gap, token, ..., gap]``
        without building a match object per token; the running sum of the piece lengths gives
        each token's start (before it) and end (after it).
        """
        pieces = TOKEN_SPLIT_RE.split(self.text)
        offsets = list(accumulate(map(len, pieces), initial=0))
        self._tokens = (offsets[1:-1:2], offsets[2::2])
        self._words = pieces[1::2]

    def paragraph_at(self, pos: int) -> Segment:
        """The paragraph containing normalised offset ``pos``."""
        i = bisect_right(self._paragraph_starts, pos)
        return self.paragraphs[i - 1 if i else 0]

    def sentence_at(self, pos: int) -> Segment:
        """The sentence containing normalised offset ``pos``."""
        i = bisect_right(self._sentence_starts, pos)
        return self.sentences[i - 1 if i else 0]

    def clause_at(self, pos: int) -> Segment:
        """The clause containing normalised offset ``pos``."""
        return self.clauses[self.clause_index(pos)]

    def clause_index(self, pos: int) -> int:
        """The index in :attr:`clauses` of the clause containing normalised offset ``pos``."""
        if self._clause_starts is None:
            self._clause_starts = [c.start for c in self.clauses]
        i = bisect_right(self._clause_starts, pos)
        return i - 1 if i else 0

    def token_index(self, pos: int) -> int:
        """Index of the token containing ``pos``, or -1 if ``pos`` is between tokens."""
        starts, ends = self._token_spans()
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < ends[i]:
            return i
        return -1

    def tokens_between(self, start: int, end: int) -> range:
        """Indexes of the tokens that lie inside ``[start, end)``."""
        starts = (self._tokens or self._token_spans())[0]
        return range(bisect_left(starts, start), bisect_left(starts, end))


@lru_cache(maxsize=1)
def _resources() -> tuple[frozenset[str], re.Pattern[str], frozenset[str], tuple[str, ...]]:
    spec = load_yaml("ar/segment.yaml")
    conj = inventory().conjunctions
    openers = sorted({normalise_key(w) for w in spec["clause_openers"]}, key=len, reverse=True)
    # a clause opener after a character that is not a letter or digit (which the match takes in:
    # a pattern that starts with a character class is searched much faster than one that starts
    # with a look-behind); group 1 is the opener with its conjunction
    # (an opener after one of its ``clause_openers_not_after`` words opens none: ومن غير أن is "without")
    not_after = {normalise_key(k): normalise_keys(v) for k, v in (spec.get("clause_openers_not_after") or {}).items()}
    alternatives = ["".join(rf"(?<!{re.escape(w)} )" for w in not_after.get(o, ())) + re.escape(o) for o in openers]
    opener_re = re.compile(r"[\W_]((?:[" + conj + r"])?(?:" + "|".join(alternatives) + r"))(?![^\W_])")
    runs = frozenset(proclitic_runs(future=True, article=True, lil=True))
    return runs, opener_re, frozenset(normalise_key(w) for w in spec["no_break_after"]), tuple(openers)


@lru_cache(maxsize=1)
def _trailers() -> re.Pattern[str]:
    """The ``trailers`` of segment.yaml as one pattern (one that matches nothing when there are none)."""
    phrases = sorted(normalise_keys(load_yaml("ar/segment.yaml").get("trailers")), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + ")" if phrases else r"(?!)")


@lru_cache(maxsize=1)
def _tag_lines() -> tuple[tuple[str, ...], int]:
    """The openers of a closing line of tags (``tag_lines`` in segment.yaml) and the most words such a
    line holds."""
    spec = load_yaml("ar/segment.yaml").get("tag_lines") or {}
    return tuple(normalise_keys(spec.get("openers"))), int(spec.get("max_words", 0))


def _tag_line(text: str, end: int) -> int:
    """Where a closing line of tags starts before ``end``: the last opener of ``tag_lines`` that starts
    a word, followed by at most ``max_words`` words and no mark ending a sentence up to ``end`` (else
    ``end``).  (Looked for from the end: the line closes the story.)"""
    openers, most = _tag_lines()
    for opener in openers:
        at = text.rfind(opener + " ", 0, end)
        if at < 0 or at > 0 and text[at - 1].isalnum():
            continue
        rest = text[at + len(opener):end]
        if len(rest.split()) <= most and not SENTENCE_END_FIRST.search(rest.rstrip()):
            return at
    return end


def proclitic_ok(prefix: str) -> bool:
    """True if the normalised ``prefix`` is a run of proclitics of the whole inventory: a conjunction
    (و ف), then a preposition (ب ل ك) or the future س, then the article ال; or a conjunction and لل
    (see :func:`rasad.text.proclitics.proclitic_runs`, which each matcher calls for the runs it allows)."""
    return prefix in _resources()[0]


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int], endpos: int | None = None
               ) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text, starts[0], endpos)`` finds, given that a match can start
    at none but the increasing positions ``starts``.

    For a pattern that opens with a look-behind, ``re`` tries a match at every character; trying it
    only where a fast pattern says a match can start finds the same matches in a fraction of the
    time.  ``pattern`` must not match the empty string.
    """
    endpos = len(text) if endpos is None else endpos
    after = 0  # the end of the last match: finditer looks on from there
    for pos in starts:
        if pos >= after and (m := pattern.match(text, pos, endpos)):
            yield m
            after = m.end()


def _split(text: str, start: int, end: int, boundary: re.Pattern[str], keep_left: bool,
           no_break: frozenset[str] = frozenset(), first: re.Pattern[str] | None = None) -> list[Segment]:
    """Cut ``[start, end)`` at each ``boundary`` match (kept in the left piece if ``keep_left``);
    ``first``: a fast pattern for where a boundary can start (see :func:`matches_at`)."""
    out: list[Segment] = []
    pos = start
    if first is None:
        matches = boundary.finditer(text, start, end)
    else:
        matches = matches_at(boundary, text, (c.start() for c in first.finditer(text, start, end)), end)
    for m in matches:
        if no_break and m.group(0) == "." and _word_before(text, m.start()) in no_break:
            continue
        piece = _trim(text, pos, m.end() if keep_left else m.start())
        if piece is not None:
            out.append(piece)
        pos = m.end()
    piece = _trim(text, pos, end)
    if piece is not None:
        out.append(piece)
    return out


def _word_before(text: str, pos: int) -> str:
    i = pos
    while i > 0 and (text[i - 1].isalnum()):
        i -= 1
    return text[i:pos]


def _trim(text: str, start: int, end: int) -> Segment | None:
    """``[start, end)`` without its leading and trailing white space; None if nothing else is left."""
    piece = text[start:end]
    left = piece.lstrip()  # str.strip removes exactly the characters for which str.isspace() holds
    if not left:
        return None
    start += len(piece) - len(left)
    return Segment(start, start + len(left.rstrip()))


def segment(text: str) -> Segmentation:
    """Segment normalised ``text`` into paragraphs and sentences (clauses and tokens on demand).

    A sentence broken by a paragraph break goes on into the next paragraph (:func:`_goes_on`)."""
    no_break = _resources()[2]
    paragraphs = _split(text, 0, len(text), PARAGRAPH_RE, keep_left=False) or [Segment(0, len(text))]
    sentences: list[Segment] = []
    for i, p in enumerate(paragraphs):
        own = _split(text, p.start, p.end, SENTENCE_END_RE, keep_left=True, no_break=no_break,
                     first=SENTENCE_END_FIRST) or [p]
        if i and sentences and _goes_on(text, paragraphs[i - 1], sentences[-1], p, own[0]):
            own[0] = Segment(sentences.pop().start, own[0].end)
        sentences.extend(own)
    return Segmentation(text, paragraphs, sentences)


@lru_cache(maxsize=1)
def _broken_paragraphs() -> tuple[tuple[str, ...], int, int]:
    spec = load_yaml("ar/segment.yaml").get("broken_paragraphs") or {}
    return (tuple(spec.get("heading_marks") or ()), int(spec.get("min_words_before", 6)),
            int(spec.get("min_words_after", 8)))


def _goes_on(text: str, before: Segment, last: Segment, after: Segment, first: Segment) -> bool:
    """Whether the sentence ``last`` that ends paragraph ``before`` goes on into paragraph ``after``
    (whose first sentence is ``first``): ``before`` ends with a letter or digit, opens with no heading
    mark, and its last sentence is long enough; ``after`` opens with the article and is long enough
    (``broken_paragraphs`` in segment.yaml: بدعم من سلاح الجو / التركي ومدركات …)."""
    marks, min_before, min_after = _broken_paragraphs()
    if not text[before.end - 1].isalnum() or text.startswith(marks, before.start):
        return False
    if not text.startswith(inventory().article, after.start):
        return False
    return (len(text[last.start:last.end].split()) >= min_before
            and len(text[after.start:after.end].split()) >= min_after)


def _clauses(text: str, sentences: list[Segment]) -> list[Segment]:
    # Clause openers are found in one pass over the whole text.  An opener is a whole word (or
    # words) of letters, and every piece below is bounded by non-word characters, so an opener
    # match never straddles a piece and the pass finds exactly what a pass per piece would (an
    # opener at the very start of the text, which the pattern misses, would cut nothing).
    openers = _opener_starts(text)
    clauses: list[Segment] = []
    for s in sentences:
        pieces = _pieces(text, s) or [s]
        if bisect_right(openers, s.start) == bisect_left(openers, s.end):  # no opener in the sentence
            clauses.extend(pieces)
            continue
        for piece in pieces:
            _cut_at_openers(text, piece, openers, clauses)
    return clauses


def _opener_starts(text: str) -> list[int]:
    """Where the clause openers of ``text`` start: group 1 of each match ``opener_re.finditer`` finds.

    The pattern is tried only where a match can start, one character before an occurrence of an
    opener or two (a conjunction) before it: ``str.find`` runs in C, where ``finditer`` tries the
    pattern after every non-word character of the text, some 500 of them in an article.
    """
    _, opener_re, _, openers = _resources()
    starts: set[int] = set()
    for w in openers:
        i = text.find(w)
        while i >= 0:
            starts.update((i - 1, i - 2))
            i = text.find(w, i + 1)
    return [m.start(1) for m in matches_at(opener_re, text, sorted(p for p in starts if p >= 0))]


def opens_clause(text: str, pos: int) -> bool:
    """Whether a clause opener (with its conjunction, if any) starts at offset ``pos`` of ``text``."""
    return pos > 0 and _resources()[1].match(text, pos - 1) is not None


def _pieces(text: str, s: Segment) -> list[Segment]:
    """Sentence ``s`` cut at , ; : quotes, brackets and dashes between spaces, each piece trimmed."""
    if text.find("-", s.start, s.end) >= 0:
        return _split(text, s.start, s.end, CLAUSE_PUNCT_RE, keep_left=False)
    return [Segment(*m.span()) for m in _CLAUSE_PIECE_NO_DASH.finditer(text, s.start, s.end)]


def _cut_at_openers(text: str, piece: Segment, openers: list[int], out: list[Segment]) -> None:
    """Append to ``out`` the clauses of ``piece``: cut before each opener in it, trimmed."""
    lo = bisect_right(openers, piece.start)  # an opener at the piece start cuts nothing
    hi = bisect_left(openers, piece.end)
    if lo == hi:
        out.append(piece)
        return
    bounds = [piece.start, *openers[lo:hi], piece.end]
    for a, b in zip(bounds, bounds[1:], strict=False):
        clause = _trim(text, a, b)
        if clause is not None:
            out.append(clause)


def run(doc: Document) -> Document:
    """Pipeline stage: set ``doc.seg`` to the segmentation of the normalised text."""
    doc.seg = segment(doc.norm.text)
    return doc
