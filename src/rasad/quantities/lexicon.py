"""The compiled lexicon of the quantities stage, built once from ``numbers.yaml`` and
``quantity_nouns.yaml`` (all words normalised on load).

:func:`lexicon` returns a :class:`Lexicon`: an Aho-Corasick automaton of every number word and dual
noun with every proclitic run before it (one pass over the text finds them all), the digit regex,
the predicate automaton, the regexes for approximation words before and after a number, and the
noun dictionaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from rasad.resources import load_yaml
from rasad.text.normalise import normalise_key, normalise_keys
from rasad.text.proclitics import proclitic_runs

# token kinds of number words
UNIT, TEEN_ONLY, TENS, HUNDRED, SCALE, SCALE_PLURAL, SCALE_DUAL, VAGUE, FEW, HALF = (
    "unit", "teen_only", "tens", "hundred", "scale", "scale_plural", "scale_dual", "vague", "few", "half")
DUAL = "dual"  # a dual noun (قتيلان): a count of two by itself

LETTER = r"[^\W\d_]"
NOT_WORD_BEFORE = r"(?<![^\W_])"
NOT_WORD_AFTER = r"(?![^\W_])"
# runs of proclitics that may stand before a number word, a digit or a predicate: a conjunction, ب or
# ل, the article (or لل); ك only after و or before the article (وك، كال; not فك, وكال)
_ALLOWED_RUNS = {*proclitic_runs(prepositions="بل", article=True, lil=True),
                 *proclitic_runs(conjunction=False, prepositions="ك", article=True),
                 *proclitic_runs(conjunction="و", prepositions="ك")}
PROCLITIC_RUNS = tuple(r for r in proclitic_runs(article=True, lil=True) if r in _ALLOWED_RUNS)  # shortest first
DIGITS = re.compile(r"\d\d*(?:[.,]\d+)*")  # "\d\d*", not "\d+": re skips ahead to a leading class


@dataclass(slots=True)
class Lexicon:
    """Everything the quantities stage needs, compiled."""

    automaton: ahocorasick.Automaton  # surface form → (prefix, word, kind, value)
    predicates: ahocorasick.Automaton  # form → (length, category, open-ended, required words, after و/ف)
    approx_before: re.Pattern[str]  # approximation words ending right before a number
    approx_after: re.Pattern[str]  # approximation words right after a quantity
    range_opener: re.Pattern[str]  # بين / ما بين ending right before a number
    approx_last: frozenset[str]  # last words of approx_before phrases and range openers (a quick check)
    range_joiners: frozenset[str]
    proclitic_runs: frozenset[str]
    nouns: dict[str, str]  # counted noun (one or two words) → category, or "occurrence"/"skip"
    ordinals: frozenset[str]
    not_count_before: frozenset[str]
    not_count_after: frozenset[str]
    noun_before_gap: frozenset[str]
    predicate_gap: frozenset[str]
    among: frozenset[str]
    coordinators: tuple[str, ...]
    overridable: frozenset[str]
    override_by: frozenset[str]
    occurrence_by: frozenset[str]
    window: int
    occurrence_window: int
    mixed_after: re.Pattern[str]  # a phrase right after a count that mixes the dead and the wounded
    governors: frozenset[str]  # words whose object a predicate after them is (احتجاجا على قتل)
    governor_links: frozenset[str]  # words between a governor and its object (على)
    counting_words: frozenset[str]  # number words that count on their own (not teen-only words, not half)
    approx_phrases: tuple[str, ...]  # the approximations before a number (نحو، أكثر من، ما لا يقل عن)


def _number_words(spec: dict) -> dict[str, tuple[str, float]]:
    out: dict[str, tuple[str, float]] = {}
    for section, kind in (("teen_only", TEEN_ONLY), ("vague", VAGUE), ("units", UNIT), ("tens", TENS),
                          ("hundreds", HUNDRED), ("scale_duals", SCALE_DUAL), ("scales", SCALE),
                          ("scale_plurals", SCALE_PLURAL)):
        for value, words in spec[section].items():
            for w in normalise_keys(words):
                out[w] = (kind, float(value))
    for w in normalise_keys(spec["few"]):
        out[w] = (FEW, 3.0)
    for w in normalise_keys(spec["half"]):
        out[w] = (HALF, 0.5)
    return out


def alternation(phrases: list[str]) -> str:
    """Alternation of (normalised) phrases, longest first, white space between words flexible."""
    return "|".join(sorted({r"\s+".join(map(re.escape, p.split())) for p in phrases}, key=len, reverse=True))


def _by_kind(spec: dict[str, list[str]]) -> str:
    """Named groups (one per kind) of phrase alternations."""
    return "|".join(f"(?P<{kind}>{alternation(normalise_keys(ws))})" for kind, ws in spec.items())


def _token_automaton(words: dict[str, tuple[str, float]], duals: dict[str, str]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    entries = [(w, kind, value) for w, (kind, value) in words.items()] + [(w, DUAL, 2.0) for w in duals]
    # a bare word wins over a proclitic reading of the same letters ("واحد" is not و + أحد)
    for prefix in PROCLITIC_RUNS[::-1]:
        for w, kind, value in entries:
            if kind == DUAL and "ال" in prefix:
                continue  # "الهجومين" refers back to two attacks already counted
            auto.add_word(prefix + w, (prefix, w, kind, value))
    auto.make_automaton()
    return auto


def _predicate_automaton(spec: dict[str, list[str]], conditional: dict[str, dict]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    entries = [(cat, w, ()) for cat, words in spec.items() for w in words]
    for cat, c in conditional.items():
        requires = tuple(normalise_keys(c["requires"]))
        entries += [(cat, w, requires) for w in c["words"]]
    for cat, w, requires in entries:
        w = str(w)
        key = normalise_key(w.rstrip("*"))
        for prefix in PROCLITIC_RUNS:
            auto.add_word(prefix + key, (len(prefix + key), cat, w.endswith("*"), requires, prefix[:1] in ("و", "ف")))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled lexicon (built on first use, then cached)."""
    num = load_yaml("ar/numbers.yaml")
    nn = load_yaml("ar/quantity_nouns.yaml")
    words = _number_words(num)
    nouns: dict[str, str] = {}
    for cat, ws in nn["nouns"].items():
        for w in normalise_keys(ws):
            nouns[w] = cat
    for w in normalise_keys(nn["occurrence"]):
        nouns[w] = "occurrence"
    for w in normalise_keys(nn["not_counts"]):
        nouns[w] = "skip"
    duals = {w: cat for cat, ws in nn["duals"].items() for w in normalise_keys(ws)}
    for w, cat in duals.items():
        words.pop(w, None)
        nouns.setdefault(w, cat)
    before_end = r"\s*\(?\s*$"  # a phrase that ends right before the number (maybe an open bracket)
    return Lexicon(
        automaton=_token_automaton(words, duals),
        predicates=_predicate_automaton(nn["predicates"], nn.get("conditional_predicates") or {}),
        counting_words=frozenset(w for w, (kind, _) in words.items() if kind not in (TEEN_ONLY, HALF)),
        approx_phrases=tuple(p for ws in num["approx_before"].values() for p in normalise_keys(ws)),
        approx_before=re.compile(NOT_WORD_BEFORE + "[وفب]?(?:" + _by_kind(num["approx_before"]) + ")" + before_end),
        approx_after=re.compile(r"\s*(?:" + _by_kind(num["approx_after"]) + ")" + NOT_WORD_AFTER),
        range_opener=re.compile(NOT_WORD_BEFORE + "(?:" + alternation(normalise_keys(num["range_openers"])) + ")"
                                + before_end),
        approx_last=frozenset(k.split()[-1] for ws in [*num["approx_before"].values(), num["range_openers"]]
                              for k in normalise_keys(ws)),
        range_joiners=frozenset(normalise_keys(num["range_joiners"])),
        proclitic_runs=frozenset(PROCLITIC_RUNS),
        nouns=nouns,
        ordinals=frozenset(normalise_keys(num["ordinals"])),
        not_count_before=frozenset(normalise_keys(num["not_count_before"])),
        not_count_after=frozenset(normalise_keys(num["not_count_after"])),
        noun_before_gap=frozenset(normalise_keys(nn["noun_before_gap"])),
        predicate_gap=frozenset(normalise_keys(nn["predicate_gap"])),
        among=frozenset(normalise_keys(nn["among"])),
        coordinators=tuple(normalise_keys(nn["coordinators"])),
        overridable=frozenset(nn["overridable"]), override_by=frozenset(nn["override_by"]),
        occurrence_by=frozenset(nn["occurrence_by"]), window=int(nn["predicate_window"]),
        occurrence_window=int(nn["occurrence_window"]),
        mixed_after=re.compile(r"\s*(?:" + alternation(normalise_keys(nn.get("mixed_after") or [])) + ")"
                               + NOT_WORD_AFTER),
        governors=frozenset(normalise_keys(nn.get("governors") or [])),
        governor_links=frozenset(normalise_keys(nn.get("governor_links") or [])),
    )
