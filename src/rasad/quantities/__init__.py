"""Quantities: numbers in digits and words, approximations, and what they count (issue 5).

One pass of an Aho-Corasick automaton (number words and dual nouns, with their proclitics) and one
of a digit regex find the number tokens of the normalised text; :mod:`rasad.quantities.numbers`
groups them and reads their values. For each number the stage then looks at its neighbours:

- before it: an approximation phrase (نحو, أكثر من, ما لا يقل عن ...) or a range opener (بين);
- after it: the counted noun (optionally after من, "400 من المسلحين"), which gives the category
  (``quantity_nouns.yaml``), then an approximation after the noun (على الأقل);
- in its sentence: the nearest predicate (قتل, أصيب, نزح, اعتقل, انتهك ...), which turns people,
  civilians and fighters into killed, injured, ... and gives occurrence nouns (مرة) their category.

Numbers are left out when they are dates, years, clock times, durations, percentages, ordinals,
parts of URLs/hashtags/phone numbers, inside a DATE/TIME/DURATION timex, or when nothing says what
they count. Dual nouns (قتيلان, غارتين) are counts of two.

Entry point: :func:`run` (the pipeline stage).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from rasad.document import Document, Quantity
from rasad.quantities.lexicon import DUAL, LETTER, Lexicon, lexicon
from rasad.quantities.numbers import Number, read_run, runs, scan

__all__ = ["run", "noun_category"]

_SP = r"[^\S\n]"  # white space within a line
_NOUN_AFTER = re.compile(rf"{_SP}*\)?{_SP}*(?:من{_SP}+(?:بين{_SP}+)?)?({LETTER}+)(?:{_SP}+({LETTER}+))?")
_PUNCT = "()[]\"'«»,;:-–"
_WORDS = re.compile(rf"{LETTER}+")
_NOT_COUNT_CHARS = ("/", "#", "@", ":", "%", "www", "http")
_TIMEX_TYPES = ("DATE", "TIME", "DURATION")
_MAX_COORDINATED_GAP = 5  # words between two quantities that share a predicate (with the coordinator)


@dataclass(slots=True)
class _Found:
    """A quantity being built (normalised offsets)."""

    start: int
    end: int
    num: Number
    approx: str
    category: str | None  # a contract category, "occurrence", or None (no counted noun yet)
    chain: int = 0  # quantities joined by و or a comma share a chain (they share a predicate)


@lru_cache(maxsize=4096)
def _variants(word: str) -> tuple[str, ...]:
    """``word``, without its article and without its accusative alef (cached: at most 4,096 words)."""
    out = [word]
    for p in ("لل", "ال"):
        if word.startswith(p) and len(word) > len(p) + 1:
            word = word[len(p):]
            out.append(word)
            break
    if word.endswith("ا") and len(word) > 2:
        out.append(word[:-1])
    return tuple(out)


def _noun(w1: str, w2: str | None, lex: Lexicon) -> tuple[str | None, int]:
    """(category, number of words used) of the noun ``w1`` (or the two-word noun ``w1 w2``)."""
    nouns = lex.nouns
    if w2:
        for a in _variants(w1):
            for b in _variants(w2):
                cat = nouns.get(f"{a} {b}")
                if cat:
                    return cat, 2
    for a in _variants(w1):
        cat = nouns.get(a)
        if cat:
            return cat, 1
    return None, 0


def noun_category(word: str, next_word: str | None = None) -> str | None:
    """The category of the normalised counted noun ``word`` (with ``next_word`` for two-word
    nouns), tried without its article and accusative alef: a contract category, ``"occurrence"``,
    ``"skip"`` (not a count) or None.

    >>> noun_category("قتيلا"), noun_category("المدنيين"), noun_category("براميل", "متفجره")
    ('killed', 'civilians', 'strikes')
    """
    return _noun(word, next_word, lexicon())[0]


class _Sentences:
    """Predicates per sentence, found on first need."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.text = doc.norm.text
        self.seg = doc.seg
        self.lex = lex
        self.cache: dict[int, tuple[int, int, list[tuple[int, int, str, bool]]]] = {}

    def at(self, pos: int) -> tuple[int, int, list[tuple[int, int, str, bool]]]:
        """(start, end, predicates) of the sentence holding ``pos``."""
        s = self.seg.sentence_at(pos)
        hit = self.cache.get(s.start)
        if hit is None:
            hit = self.cache[s.start] = (s.start, s.end, _predicates(self.text, s.start, s.end, self.lex))
        return hit

    def clause_end(self, pos: int) -> int:
        """End of the clause holding ``pos``."""
        return self.seg.clause_at(pos).end


def _predicates(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int, str, bool]]:
    """(start, end, category, after و/ف) of the predicate words in ``text[start:end]``, in order."""
    out = []
    for last, (form_len, cat, open_ended, requires, conj) in lex.predicates.iter(text, start, end):
        e = last + 1
        s = e - form_len
        if (s and text[s - 1].isalnum()) or (not open_ended and e < len(text) and text[e].isalnum()):
            continue
        if requires and not any(r in text[start:end] for r in requires):
            continue
        if open_ended:
            while e < len(text) and text[e].isalpha():
                e += 1
        out.append((s, e, cat, conj or _governed(text, s, lex)))
    out.sort()
    return out


def _governed(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the predicate at ``pos`` is the object of a word of ``governors`` right before it, maybe
    with a word of ``governor_links`` between (احتجاجا على قتل، تنديدا بقتل): a thing protested,
    counting no one (the flag it sets is the one of a predicate after و/ف, which no count after it
    takes)."""
    words = text[max(0, pos - 24):pos].split()
    if words and words[-1] in lex.governor_links:
        words.pop()
    return bool(words) and words[-1] in lex.governors


def _word_before(text: str, pos: int) -> str:
    words = text[max(0, pos - 30):pos].split()
    return words[-1].strip(_PUNCT) if words else ""


def _not_a_count(text: str, num: Number, before: str, lex: Lexicon) -> bool:
    """Dates, years, ordinals, URL/hashtag/phone parts, percentages."""
    if before in lex.ordinals or before in lex.not_count_before:
        return True
    if num.digits:
        left = max(text.rfind(" ", 0, num.start), text.rfind("\n", 0, num.start)) + 1
        right = num.end
        while right < len(text) and not text[right].isspace():
            right += 1
        chunk = text[left:right]
        if any(c in chunk for c in _NOT_COUNT_CHARS):
            return True
        if num.end < len(text) and text[num.end:num.end + 2].strip().startswith("%"):
            return True
    return False


def _find_numbers(text: str, lex: Lexicon) -> list[_Found]:
    found: list[_Found] = []
    for run in runs(text, scan(text, lex), lex):
        if run[0].kind == DUAL:
            tok = run[0]
            word = text[tok.start:tok.end]
            found.append(_Found(tok.start, tok.end, Number(tok.start, tok.end, 2.0, lead=tok.start - len(tok.prefix)),
                                "exact", lex.nouns[word]))
            continue
        for num in read_run(text, run, lex):
            before = _word_before(text, num.lead)
            if _not_a_count(text, num, before, lex):
                continue
            f = _counted(text, num, before, lex)
            if f is not None:
                found.append(f)
    return found


def _counted(text: str, num: Number, before: str, lex: Lexicon) -> _Found | None:
    """Attach the approximation words and the counted noun to ``num``; None if it is no count."""
    start, end = num.start, num.end
    category: str | None = None
    m = _NOUN_AFTER.match(text, end)
    if m:
        w1, w2 = m.group(1), m.group(2)
        if w1 in lex.not_count_after or (w1.startswith("ال") and w1[2:] in lex.not_count_after):
            return None
        category, used = _noun(w1, w2, lex)
        if category == "skip":
            return None
        if category:
            end = m.end(used)
    if category is None and num.digits and num.approx == "exact" and 1900 <= num.value <= 2100:
        return None  # a bare year
    approx = num.approx
    a = lex.approx_after.match(text, end)
    if a and category:
        end = a.end()
        approx = approx if approx == "range" else (a.lastgroup or approx)
    b = lex.approx_before.search(text, max(0, start - 40), start) if before in lex.approx_last else None
    if b:
        start = b.start()
        approx = approx if approx == "range" else (b.lastgroup or approx)
    elif num.approx == "range" and before in lex.approx_last:
        r = lex.range_opener.search(text, max(0, start - 12), start)
        if r:
            start = r.start()
    return _Found(start, end, num, approx, category)


def _predicate(q: _Found, found: list[_Found], sents: _Sentences, allowed: frozenset[str],
               window: int) -> str | None:
    """Category of the nearest allowed predicate of ``q``'s sentence: before it, else after it in
    its clause and not after و/ف (which starts the next statement), not reaching across a quantity
    of another chain."""
    _, _, preds = sents.at(q.num.start)

    def blocked(a: int, b: int) -> bool:  # (``found`` is in text order: only those from a on are looked at)
        for k in range(bisect_left(found, a, key=_found_start), len(found)):
            f = found[k]
            if f.start >= b:
                return False
            if f.end <= b and f.chain != q.chain:
                return True
        return False

    best = None
    for _ps, pe, cat, _conj in preds:
        if cat in allowed and pe <= q.start and q.start - pe <= window and not blocked(pe, q.start):
            best = cat
    if best:
        return best
    clause_end = None
    for ps, _pe, cat, conj in preds:
        if cat in allowed and not conj and ps >= q.end and ps - q.end <= window and not blocked(q.end, ps):
            if clause_end is None:
                clause_end = sents.clause_end(max(q.start, q.end - 1))
            return cat if ps < clause_end else None
    return None


def _found_start(f: _Found) -> int:
    return f.start


def _bare_category(text: str, q: _Found, sents: _Sentences, lex: Lexicon) -> str | None:
    """A category for a number with no counted noun after it: a predicate right after it
    ("و32 أصيبوا"), a counted noun of people just before it ("عدد القتلى إلى 45"), or a predicate
    just before it ("قتل فيها مئات الألوف")."""
    if not q.num.digits and q.num.approx != "at_least" and "ال" in text[q.num.lead:q.num.start]:
        # "الموقوفين الثلاثة": "the three" refers back to people already counted (but "مقتل العشرات"
        # is "the killing of dozens": a vague plural takes the article)
        return None
    s_start, _, preds = sents.at(q.num.start)
    for ps, _pe, cat, conj in preds:
        if ps >= q.end and cat in lex.override_by and not conj and not _WORDS.search(text, q.end, ps):
            return cat
    lead = min(q.start, q.num.lead)
    words = _WORDS.findall(text, max(s_start, lead - 40), lead)
    gaps = 0
    while words and words[-1] in lex.noun_before_gap and gaps < 2:
        words.pop()
        gaps += 1
    if words:
        cat = _noun(words[-1], None, lex)[0]
        if cat in lex.override_by or cat in lex.overridable:
            return cat
    for _ps, pe, cat, _conj in reversed(preds):
        if pe <= lead and cat in lex.override_by:
            between = _WORDS.findall(text, pe, lead)
            if not between or (len(between) == 1 and between[0] in lex.predicate_gap):
                return cat
            break
    return None


def _coordinated(gap: str, lex: Lexicon) -> bool:
    """Whether the text between two quantities joins them ("130 قتيلا و150 جريحا", "3500 عسكري
    سوري و12.8 ألف مدني"): empty, or a few words ending with a coordinator or a comma."""
    words = gap.split()
    if not words:
        return True
    if len(words) > _MAX_COORDINATED_GAP:
        return False
    tail = " ".join(words)
    return tail.endswith(",") or any(tail == c or tail.endswith(" " + c) for c in lex.coordinators)


def _timex_spans(doc: Document) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in doc.timexes if t.type in _TIMEX_TYPES]


def _category(text: str, f: _Found, found: list[_Found], sents: _Sentences, lex: Lexicon) -> str | None:
    """The final category of ``f``: its noun's, or from its context (None: not a count)."""
    cat = f.category
    if cat is None:
        cat = _bare_category(text, f, sents, lex)
        if cat is None:
            return None
    if cat == "occurrence":
        return _predicate(f, found, sents, lex.occurrence_by, lex.occurrence_window) or "other"
    if cat not in lex.overridable or _word_before(text, min(f.start, f.num.lead)) in lex.among:
        return cat  # "11 قتيلا بينهم ثلاثة أطفال": a part of the count before, not a second toll
    if lex.mixed_after.match(text, f.end):
        return cat  # "250 شخصا بين قتيل وجريح": the dead and the wounded together
    return _predicate(f, found, sents, lex.override_by, lex.window) or cat


def run(doc: Document) -> Document:
    """Pipeline stage: fill ``doc.quantities`` (sorted by position)."""
    assert doc.norm is not None and doc.seg is not None, "normalise and segment must run first"
    lex = lexicon()
    text = doc.norm.text
    found = _find_numbers(text, lex)
    chain = 0
    for i, f in enumerate(found):
        if i and not _coordinated(text[found[i - 1].end:f.start], lex):
            chain += 1
        f.chain = chain
    sents = _Sentences(doc, lex)
    timexes = sorted(_timex_spans(doc), key=lambda span: span[1])
    timex_ends = [te for _ts, te in timexes]
    out: list[Quantity] = []
    for f in found:
        cat = _category(text, f, found, sents, lex)
        if cat is None:
            continue
        if timexes:
            ns, ne = doc.norm.to_original(f.num.start, f.num.end)
            # the time stage's spans do not overlap one another: the first that ends after the number
            # is the only one that can overlap it
            k = bisect_left(timex_ends, ns + 1)
            if k < len(timexes) and timexes[k][0] < ne:
                continue
        start, end, span = doc.span(f.start, f.end)
        out.append(Quantity(span, start, end, _as_number(f.num.value), f.approx, cat,
                            _as_number(f.num.value_max) if f.approx == "range" else None))
    doc.quantities = out
    return doc


def _as_number(v: float | None) -> int | float | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else round(v, 6)
