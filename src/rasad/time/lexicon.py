"""The time stage's word lists, loaded once from ``data/ar/time/*.yaml`` and compiled.

Every word is normalised with :func:`~rasad.text.normalise.normalise_key` and entered into one
Aho-Corasick automaton together with its proclitic forms (و ف ب ل ك and their runs), each key
prefixed with a space: searching a copy of the text whose non-word characters are spaces finds
words at word starts only, in one pass.  Context words (prepositions, eras, future cues) become a
few small compiled regexes used around the matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from rasad.resources import load_yaml
from rasad.text.normalise import normalise_keys
from rasad.text.proclitics import inventory, proclitic_runs

# Proclitic runs allowed before a time word: a conjunction, then a preposition.  Month names never
# take the article ("الاب" is "the father", not August), other words may also stand after ل + ال
# written "لل" (with a conjunction before it).
_PROCLITICS = inventory()
_PLAIN_PROCLITICS = proclitic_runs()
_LIL_PROCLITICS = tuple(run + _PROCLITICS.lil for run in proclitic_runs(prepositions=False))

Role = tuple[str, object]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled time vocabulary."""

    automaton: ahocorasick.Automaton
    ambiguous: frozenset[str]
    weekday_not_before: re.Pattern[str]
    left_context: re.Pattern[str]
    left_context_ends: tuple[str, ...]  # how the last word of a left_context match can end
    era: re.Pattern[str]
    same_month: re.Pattern[str]
    future_cue: re.Pattern[str]
    future_not: tuple[str, ...]
    year_preps: frozenset[str]
    name_before: frozenset[str]
    parts: dict[str, tuple[int, int]]
    imperfect: re.Pattern[str]  # a word that reads as an imperfect verb ("يلتقي")
    imperfect_not: frozenset[str]
    imperfect_stop: frozenset[str]
    imperfect_reach: int
    after_relative: tuple[str, ...]  # words after "بعد + count" that make it a span (عاما بعد عام من)
    before_relative: tuple[str, ...] = ()  # words after "قبل + count" that make it a span (قبل يومين من مقتله)
    same_of: tuple[str, ...] = ()  # proclitics after "اليوم نفسه" that name what it is the same as (لدخول)
    nowadays: frozenset[str] = frozenset()  # words next to "اليوم" that make it "nowadays"
    future_prefix_after_not: frozenset[str] = frozenset()  # place words after which a س-word is a name
    count_openers: frozenset[str] = frozenset()  # أكثر (من): a bare number after it is a count, not a year
    past_intention: frozenset[str] = frozenset()  # كان يعتزم: an intention of the past, no date to come


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile the time vocabulary (once per process)."""
    cal = load_yaml("ar/time/calendar.yaml")
    exp = load_yaml("ar/time/expressions.yaml")
    roles: dict[str, list[Role]] = {}
    no_article: set[str] = set()

    def add(words: list, role: Role, article: bool = True) -> None:
        for w in normalise_keys(words):
            if role not in roles.setdefault(w, []):
                roles[w].append(role)
            if not article:
                no_article.add(w)

    for n, ws in cal["months"].items():
        add(ws, ("month", int(n)), article=False)
    add(cal["bare_kanun"], ("kanun", None), article=False)
    for n, ws in cal["hijri_months"].items():
        add(ws, ("hmonth", int(n)), article=False)
    for n, ws in cal["weekdays"].items():
        add(ws, ("weekday", int(n)))
    for n, ws in cal["ordinals"].items():
        add(ws, ("ordinal", int(n)))
    for n, ws in cal["numbers"].items():  # also with the article: "السنوات الثلاث الماضية"
        add(list(ws) + ["ال" + str(w) for w in ws], ("number", int(n)))
    for n, ws in exp["relative_days"].items():
        add(ws, ("relday", int(n)))
    for unit, forms in exp["units"].items():
        for count, ws in forms.items():
            add(ws, ("unit", (unit, None if count == "many" else int(count))))
    for n, ws in exp["modifiers"].items():
        add(ws, ("mod", n if n in ("next", "same") else int(n)))
    add(exp["this"], ("this", None))
    add(exp["same_before"], ("samebefore", None))
    parts: dict[str, tuple[int, int]] = {}
    for name, spec in exp["parts"].items():
        add(spec["words"], ("part", name))
        parts[name] = (int(spec["span"][0]), int(spec["span"][1]))
    add(exp["day_parts"], ("daypart", None))
    add(exp["year_marker"], ("yearmark", None))
    add(exp["month_marker"], ("monthmark", None))
    add(exp["day_marker"], ("daymark", None))
    for value, ws in exp["sets"].items():
        add(ws, ("set", value))

    auto = ahocorasick.Automaton()
    for word, rs in roles.items():
        payload = tuple(rs)
        keys = [(p + word, len(p)) for p in _PLAIN_PROCLITICS]
        if word not in no_article:
            stem = word.removeprefix(_PROCLITICS.article)
            keys += [(p + stem, 0) for p in _LIL_PROCLITICS]
        for key, plen in keys:
            auto.add_word(" " + key, (len(key) + 1, plen, word, payload))
    auto.make_automaton()

    preps = exp["prepositions"]
    prep_alts = "|".join(f"(?P<{k}>{_alt(normalise_keys(v))})" for k, v in preps.items())
    shift_alts = "|".join(f"(?P<shift{'m' if int(k) < 0 else 'p'}>{_alt(normalise_keys(v))})"
                          for k, v in exp["narrative_shift"].items())
    approx = _alt(normalise_keys(exp["approximators"]))
    left = re.compile(
        rf"(?:^|(?<=[\s\"(]))(?:(?:[وف])?(?:{shift_alts})\s+(?:ب|ب?(?:{approx})\s+|)"
        rf"|(?:[وف])?(?:{prep_alts})\s+(?:(?:{approx})\s+)?)$")
    # a left-context match ends with the last word of a preposition, a shift or an approximator, or with ب
    ends = {w.split()[-1] for v in [*preps.values(), *exp["narrative_shift"].values(), exp["approximators"]]
            for w in normalise_keys(v)}
    era = re.compile(rf"\s*(?:(?P<g>{_alt(normalise_keys(exp['era_gregorian']))})|(?P<h>{_alt(normalise_keys(exp['era_hijri']))}))"
                     r"(?![^\W\d_])")
    same = re.compile(rf"\s*(?:{_alt(normalise_keys(exp['same_month']))})(?![^\W\d_])")
    cues = _alt(normalise_keys(exp["future_cues"]))
    future = re.compile(rf"(?<![^\W\d_])(?:[وف]?(?:{cues})(?![^\W\d_])|[وف]?س(?P<verb>[يتن][^\W\d_]{{3,}}))")
    not_before = re.compile(rf"\s+(?:{_alt(normalise_keys(cal['weekday_not_before']))})(?![^\W\d_])")
    ambiguous = frozenset(normalise_keys(cal["ambiguous_months"]) + normalise_keys(cal["ambiguous_hijri"]))
    t_listed = normalise_keys(exp.get("imperfect_t_verbs") or [])
    t_verbs = f"|{_alt(t_listed)}" if t_listed else ""
    return Lexicon(auto, ambiguous, not_before, left, tuple(sorted(ends | {"ب"})), era, same, future,
                   tuple(normalise_keys(exp["future_prefix_not"])),
                   frozenset(normalise_keys(exp["year_prepositions"])), frozenset(normalise_keys(exp["name_before"])), parts,
                   re.compile(rf"[وف]?(ي[^\W\d_]{{3,}}{t_verbs})"),
                   frozenset(normalise_keys(exp.get("imperfect_not") or [])),
                   frozenset(normalise_keys(exp.get("imperfect_stop") or [])), int(exp.get("imperfect_reach", 6)),
                   tuple(" " + w for w in normalise_keys(exp.get("after_relative") or [])),
                   tuple(" " + w for w in normalise_keys(exp.get("before_relative") or [])),
                   tuple(" " + w for w in normalise_keys(exp.get("same_of") or [])),
                   frozenset(normalise_keys(exp.get("nowadays") or [])),
                   frozenset(normalise_keys(exp.get("future_prefix_after_not") or [])),
                   frozenset(normalise_keys(exp.get("count_openers") or [])),
                   frozenset(normalise_keys(exp.get("past_intention") or [])))
