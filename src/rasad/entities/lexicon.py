"""The word lists of ``data/ar/entity_patterns.yaml``, normalised and indexed once per process.

Triggers (place and organisation descriptors, person titles, by-line words, verbs of saying, given
names) are indexed by their first word so that one pass over the tokens finds them all, multi-word
triggers ("غرفة عمليات", "المتحدث باسم") longest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasad.resources import load_yaml
from rasad.text.normalise import normalise_key, normalise_keys
from rasad.text.proclitics import inventory, proclitic_runs

# the proclitics a name may carry (و ف, then ب ل ك), from data/ar/segment.yaml
PROCLITIC_CONJ = inventory().conjunctions
PROCLITIC_PREP = inventory().prepositions
_PROCLITIC_RUNS = [run for run in proclitic_runs() if run]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that opens a pattern: ``cls`` place|org|title|byline|speech|given."""

    words: tuple[str, ...]
    cls: str
    kind: str | None  # place kind, organisation class (armed|body|media)


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: dict[str, tuple[Trigger, ...]]
    trigger_forms: dict[str, str]  # every first word of a trigger with every proclitic run -> the word
    place_context: frozenset[str]
    prefer_governorate: frozenset[str]
    organisation_generic: frozenset[str]
    organisation_tail: frozenset[str]
    cause_openers: frozenset[str]  # a cause that opens a name after a descriptor (جيش تحرير تانغ)
    cause_descriptors: frozenset[str]  # the descriptors it may follow
    cause_construct: frozenset[str]  # a word of what is freed that takes one more (تحرير شعب تيغراي)
    title_complements: frozenset[str]
    apposition_roles: frozenset[str]
    given_names: frozenset[str]
    compound_heads: frozenset[str]
    name_connectors: frozenset[str]
    name_stop: frozenset[str]
    name_enders: frozenset[str]
    descriptor_in_name: frozenset[str]
    nisba_names: frozenset[str]  # kinds of descriptor_in_name whose names may end like a relative adjective
    plural_descriptors: frozenset[str]
    definite_only: frozenset[str]
    whole_words: frozenset[str]  # words never split into proclitic + name
    description_heads: tuple[str, ...]
    role_titles: frozenset[str]
    role_objects: tuple[str, ...]
    descriptor_idioms: frozenset[tuple[str, str]]
    weak_titles: frozenset[str]
    anchor_gap: re.Pattern[str]  # between an unknown place and the known place that contains it: "في ريف"
    state_people: frozenset[str]  # a nationality adjective after one of these names its country (نظيره الإيراني)
    pronoun_spellings: frozenset[str]  # descriptors that, written with ه, are a noun + "his" (بلده)
    possessive_endings: tuple[str, ...]  # a plural and a pronoun: no name (قاعدة خلافاتهم)
    generic_forces: frozenset[str] = frozenset()  # القوات الحكومية: the forces of the document's country


def _keys(words: list[str]) -> frozenset[str]:
    return frozenset(normalise_keys(words))


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(_keys(words))))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled word lists."""
    spec = load_yaml("ar/entity_patterns.yaml")
    triggers: dict[str, list[Trigger]] = {}

    def add(words: list[str], cls: str, kind: str | None = None) -> None:
        for w in words:
            key = normalise_key(str(w)).replace(".", "")
            parts = tuple(key.split())
            if parts:
                triggers.setdefault(parts[0], []).append(Trigger(parts, cls, kind))

    for kind, words in spec["place_descriptors"].items():
        add(words, "place", kind)
    for kind, words in spec["organisation_descriptors"].items():
        add(words, "org", kind)
    add(spec["person_titles"], "title")
    add(spec["bylines"], "byline")
    add(spec["speech_verbs"], "speech")
    add(spec["given_names"], "given")
    descriptors = {t.words[0] for ts in triggers.values() for t in ts if t.cls == "place"}
    forms = {p + w: w for w in triggers for p in _PROCLITIC_RUNS}
    whole_words = _keys(spec.get("whole_words") or [])
    for w in whole_words:
        forms.pop(w, None)  # كتلة is no ك + تلة
    forms.update({w: w for w in triggers})
    return Lexicon(
        triggers={k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in triggers.items()},
        trigger_forms=forms,
        place_context=_keys(spec["place_context"]) | descriptors,
        prefer_governorate=_keys(spec["prefer_governorate"]),
        organisation_generic=_keys(spec["organisation_generic"]),
        organisation_tail=_keys(spec["organisation_tail"]),
        cause_openers=_keys(spec["cause_names"]["openers"]),
        cause_descriptors=_keys(spec["cause_names"]["descriptors"]),
        cause_construct=_keys(spec["cause_names"]["construct"]),
        title_complements=_keys(spec["title_complements"]),
        apposition_roles=_keys(spec["apposition_roles"]),
        given_names=_keys(spec["given_names"]),
        compound_heads=_keys(spec["compound_heads"]),
        name_connectors=_keys(spec["name_connectors"]),
        name_stop=_keys(spec["name_stop"]),
        name_enders=_keys(spec["name_enders"]),
        descriptor_in_name=frozenset(spec["descriptor_in_name"]),
        nisba_names=frozenset(spec.get("nisba_names") or []),
        plural_descriptors=_keys(spec["plural_descriptors"]),
        definite_only=_keys(spec["definite_only"]),
        whole_words=_keys(spec["given_names"]) | _keys(spec["name_stop"]) | whole_words,
        description_heads=tuple(sorted(_keys(spec["description_heads"]), key=len, reverse=True)),
        role_titles=_keys(spec["role_titles"]),
        role_objects=tuple(_keys(spec["role_objects"])),
        descriptor_idioms=frozenset(tuple(k.split(" ", 1)) for k in _keys(spec["descriptor_idioms"])),
        weak_titles=_keys(spec["weak_titles"]),
        state_people=_keys(spec.get("state_people") or []),
        pronoun_spellings=_keys(spec.get("pronoun_spellings") or []),
        possessive_endings=tuple(_keys(spec.get("possessive_endings") or [])),
        generic_forces=_keys(spec.get("generic_forces") or []),
        anchor_gap=re.compile(rf"\s+(?:و?(?:(?:{_alternation(spec['anchor_prepositions'])})\s+|ب))?"
                              rf"(?:(?:{_alternation(spec['anchor_heads'])})\s+)?"),
    )


def stem_in(word: str, words: frozenset[str] | dict) -> str | None:
    """``word`` or ``word`` without its proclitics (و ف, then ب ل ك) if that is in ``words``."""
    if word in words:
        return word
    c = word[:1]
    if c and c in PROCLITIC_CONJ:
        w = word[1:]
        if w in words:
            return w
        if w[:1] and w[:1] in PROCLITIC_PREP and w[1:] in words:
            return w[1:]
    elif c and c in PROCLITIC_PREP and word[1:] in words:
        return word[1:]
    return None
