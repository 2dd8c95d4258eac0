"""The trigger lexicon: senses and their word forms from ``data/ar/events/triggers.yaml``, compiled once.

Matching runs in two steps.  One compiled regex, built as a character trie of every head-word form
(inflections generated from the data) behind an optional run of proclitics, finds candidate words in
one pass over the normalised text.  For each candidate, the entries that start with that head word
are tried longest first: a multi-word entry checks its tail (the following words, each allowing a
proclitic and an agreement ending, ``*`` one optional word) with a small precompiled regex.

    >>> from rasad.events.lexicon import find_triggers
    >>> [(t.form, t.sense.category) for t in find_triggers("وشنت الطائرات غارات على المدينة")]
    [('غارات', 'air_strike')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

import ahocorasick

from rasad.quantities.lexicon import alternation
from rasad.quantities.lexicon import lexicon as quantities_lexicon
from rasad.resources import load_yaml
from rasad.text.normalise import normalise_key, normalise_keys
from rasad.text.proclitics import inventory, proclitic_runs, runs_regex
from rasad.text.segment import matches_at

_PROCLITICS = inventory()
_FUTURE = tuple(_PROCLITICS.future)  # what ends the proclitics of a future verb (س) ...
_DEFINITE = (_PROCLITICS.article, _PROCLITICS.lil)  # ... and of a definite noun (ال، لل)
# Proclitics before any trigger word (a regex, longest run first): conjunction, then preposition /
# future س / article (or لل); the article after every preposition, so that the misspelt لال is read.
_RUNS = proclitic_runs(future=True, article=_PROCLITICS.prepositions, lil=True)
PREFIX = runs_regex(_RUNS)
RUNS = frozenset(_RUNS)  # the proclitic runs a trigger word may carry
RUN_STEMS = frozenset(r[:k] for r in _RUNS for k in range(1, len(r) + 1))  # their beginnings
WORD_CACHE_SIZE = 200_000  # words remembered across documents (the vocabulary of news repeats)
# Optional proclitics and agreement ending of a word inside a phrase (وقف لإطلاق النار, ضربات جوية).
_TAIL_RUNS = proclitic_runs(article=_PROCLITICS.prepositions, lil=True)
TAIL_PREFIX = runs_regex(_TAIL_RUNS)
TAIL_SUFFIX = r"(?:ا|ه|ات|ين|ون|ان)?"
BLOCK_REACH = 64  # characters: longer than any not-event expression (two gaps of words included)
PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا")
_ALIF_HAMZA = normalise_key("اء")  # a final hamza after alif, and its seats as normalised (ؤ → و، ئ → ي)
_HAMZA_SEATS = normalise_key("ؤئ")
PAST_ENDINGS = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم")
PAST_HOSTS = ("", "ت", "ا", "تا", "و")  # endings that take an object pronoun (قصفه، قصفته، قصفوه)
PRESENT_PREFIXES = ("ي", "ت", "ن")  # not ا (1st sg): سافر would read as س + أفرّ
PRESENT_ENDINGS = ("", "ون", "ان", "ن", "ين", "وا", "ا")
PRESENT_HOSTS = ("", "ون", "ان", "و", "ا", "ين")
WORD_RUN = re.compile(r"\w+")  # a not-event expression starts where one of these does


@dataclass(frozen=True, slots=True)
class Sense:
    """One meaning of trigger words: category, ACLED and PLOVER codes, and flags."""

    id: str
    category: str
    acled: tuple[str, str] | None
    plover: str | None
    weak: bool = False
    stative_present: bool = False
    territory: bool = False
    object_place: bool = False
    reference: bool = False
    needs: frozenset[str] = frozenset()  # what must anchor it in its clause (see relevance.anchored)
    generic_alone: bool = False  # alone with nothing of its own it speaks of the deed (see events._generic)
    joins: tuple[tuple[str, str], ...] = ()  # (sense, other): an event of that sense it joins takes the other
    means: bool = False  # after ب, the means of the violent event before it in its clause (بالصواريخ)


@dataclass(frozen=True, slots=True)
class Entry:
    """A head-word form of one data entry, with its tail (None for one word) and part of speech."""

    sense: int
    kind: str  # noun, past, present, fixed
    tail: re.Pattern[str] | None
    words: int


@dataclass(frozen=True, slots=True)
class Switch:
    """Turn sense ``source`` into sense ``target`` when a cue word is within ``reach`` words."""

    source: str
    target: str
    reach: int
    words: frozenset[str]
    after_only: bool = False  # the words count only after the trigger (its object, not its subject)
    outside_names: bool = False  # the words count only outside a name (حزب العمال names no workers)
    before_only: bool = False  # the words count only before the trigger (its subject, not its object)
    head_only: bool = False  # the words count only right after the trigger's first word, not in a phrase's gaps


Readings = tuple[tuple[int, Entry], ...]  # (proclitic length, entry) pairs a word may be read as


@dataclass(slots=True)
class Trigger:
    """A trigger found in the normalised text."""

    start: int
    end: int
    prefix: str
    form: str
    kind: str
    sense: Sense

    @property
    def future(self) -> bool:
        """Whether the word carries the future particle (سيقصف)."""
        return self.prefix.endswith(_FUTURE)

    @property
    def definite(self) -> bool:
        """Whether the word carries the article (الاتفاق، للاتفاق): its proclitics end with it."""
        return self.prefix.endswith(_DEFINITE)


ANCHORS = frozenset({"party", "person", "leader", "event", "place", "number", "population"})


def _needs(raw: dict) -> frozenset[str]:
    """The ``needs`` of a sense entry; ValueError for an anchor that does not exist."""
    needs = frozenset(raw.get("needs") or [])
    if needs - ANCHORS:
        raise ValueError(f"sense {raw['id']}: unknown needs {sorted(needs - ANCHORS)}; known: {sorted(ANCHORS)}")
    return needs


class Lexicon:
    """The compiled trigger lexicon."""

    def __init__(self, spec: dict) -> None:
        self.senses: list[Sense] = []
        self.by_id: dict[str, Sense] = {}
        heads: dict[str, list[Entry]] = {}
        # the proclitics of the word after a gap in a verb's pattern (``gap_object_prepositions``)
        gap_prefix = _gap_prefix(spec)
        for raw in spec["senses"]:
            acled = tuple(raw["acled"]) if raw.get("acled") else None
            sense = Sense(raw["id"], raw["category"], acled, raw.get("plover"), bool(raw.get("weak")),
                          bool(raw.get("stative_present")), bool(raw.get("territory")),
                          bool(raw.get("object_place")), bool(raw.get("reference")),
                          _needs(raw), bool(raw.get("generic_alone")), tuple((raw.get("joins") or {}).items()),
                          bool(raw.get("means")))
            idx = len(self.senses)
            self.senses.append(sense)
            self.by_id[sense.id] = sense
            for text in raw.get("nouns") or []:
                _add(heads, idx, "noun", text, noun_forms)
            for text in raw.get("fixed") or []:
                _add(heads, idx, "fixed", text, lambda w: {w})
            counted_verbs, counted_nouns = _counted(raw.get("counted"))
            for text in counted_nouns:
                _add(heads, idx, "noun", text, noun_forms)
            for key, objects in (("verbs", True), ("intransitive", False)):
                # (a counted verb's object is the unit: no object pronoun, so no دفعه for دفعة)
                for text in (raw.get(key) or []) + (counted_verbs if not objects else []):
                    past, _, present = (p.strip() for p in str(text).partition("/"))
                    if past:
                        _add(heads, idx, "past", past, lambda w, o=objects: past_forms(w.split("|"), o), gap_prefix)
                    if present:
                        _add(heads, idx, "present", present, lambda w, o=objects: present_forms(w.split("|"), o),
                             gap_prefix)
        unknown = {o for s in self.senses for pair in s.joins for o in pair} - set(self.by_id)
        if unknown:
            raise ValueError(f"joins: unknown senses {sorted(unknown)}")
        for entries in heads.values():
            entries.sort(key=lambda e: -e.words)
        self.heads = heads
        self._seen: set[str] = set()  # the words looked up (remembered across documents) ...
        self._readings: dict[str, Readings] = {}  # ... and the entries of those that have any
        self.regex = re.compile(r"(?<!\w)(" + PREFIX + ")(" + trie_regex(heads) + r")(?!\w)")
        self.makers = frozenset(normalise_keys(spec.get("makers")))
        self.abstract_objects = frozenset(normalise_keys(spec.get("abstract_objects")))
        self.whole_objects = frozenset(normalise_keys(spec.get("whole_objects")))
        self.demonstratives = frozenset(normalise_keys(spec.get("demonstratives")))
        self.object_prepositions = frozenset(normalise_keys(spec.get("object_prepositions")))
        self.modal_particles = frozenset(normalise_keys(spec.get("modal_particles")))
        # the proclitic of a subject a modal phrase may hold between its words (يمكن للقوات أن)
        self.modal_subject_proclitic = normalise_key(str(spec.get("modal_subject_proclitic") or ""))
        # أن, and the verbs of fearing whose subject may stand before it (يخشى مسؤولون أن تسقط المدينة)
        self.subjunctive = normalise_key(str(spec.get("subjunctive") or ""))
        self.subjunctive_verbs = frozenset(normalise_keys(spec.get("subjunctive_verbs")))
        self.nominal_after = frozenset(normalise_keys(spec.get("nominal_after")))
        self.person_endings = tuple(normalise_keys(spec.get("person_endings")))
        self.abstract_categories = frozenset(spec.get("abstract_categories") or [])
        self.generic_attack = str(spec.get("generic_attack") or "")
        self.specific_attacks = frozenset(spec.get("specific_attacks") or [])
        self.sentence_attacks = frozenset(spec.get("sentence_attacks") or [])
        self.named_by_means = frozenset(spec.get("named_by_means") or [])
        # the objects that make a figure of a trigger, by category: the common ones and the category's own
        only = {cat: frozenset(normalise_keys(ws)) for cat, ws in (spec.get("abstract_objects_of") or {}).items()}
        # (a category not among abstract_categories has its own words only: مظاهرة تهديفية is a figure,
        # احتجاجا على الغلاء is no figure)
        self.abstract_by_category = only | {cat: self.abstract_objects | only.get(cat, frozenset())
                                            for cat in self.abstract_categories}
        # (the words of markets count as sport's: a sentence about them tells of no strike or battle either)
        # (words are looked up by token, phrases looked for in the text: كرة القدم)
        self.sport_words, self.sport_phrases = _words_and_phrases(
            normalise_keys(spec.get("sport_words")) + normalise_keys(spec.get("market_words")))
        self.sport_finder = _phrase_finder(self.sport_phrases)  # is any phrase in a document? (one pass)
        self.sport_grounds = frozenset(normalise_keys(spec.get("sport_grounds")))  # ملعب لكرة القدم: a place
        self.sport_categories = frozenset(spec.get("sport_categories") or [])
        self.called_for_a_day = frozenset(spec.get("called_for_a_day") or [])
        self.name_openers = frozenset(normalise_keys(spec.get("name_openers")))
        self.grounded_categories = frozenset(spec.get("grounded_categories") or [])
        self.topic_categories = frozenset(spec.get("topic_categories") or [])
        self.topic_categories_threshold = float(spec.get("topic_categories_threshold", "-inf"))
        self.grounding_not_by = frozenset(spec.get("grounding_not_by") or [])
        self.grounding_quantities = frozenset(spec.get("grounding_quantities") or [])
        self.conflict_words, self.conflict_phrases = _words_and_phrases(normalise_keys(spec.get("conflict_words")))
        self.grounding_words = frozenset(normalise_keys(spec.get("grounding_words")))
        self.grounding_min_words = int(spec.get("grounding_min_words", 0))
        self.topic_threshold = float(spec.get("topic_threshold", "-inf"))
        self.history_before = int(spec.get("history_before") or 0)  # events their clause dates before this year are history
        self.generic_opener_not = frozenset(normalise_keys(spec.get("generic_opener_not")))
        self.feminine_endings = tuple(normalise_keys(spec.get("feminine_endings")))
        # a quoted title or slogan after one of ``title_words`` (normalisation makes every quote ")
        title_words = alternation(normalise_keys(spec.get("title_words")))
        clitics = rf"[{_PROCLITICS.conjunctions}]?[{_PROCLITICS.prepositions}]?"  # (لشعار "الأسد أو نحرق البلد")
        self.titles = re.compile(rf'(?<!\w){clitics}(?:{title_words})\s*"([^"\n]{{1,80}})"' if title_words else r"(?!)")
        # (and unquoted, its first words, after a few of them)
        unquoted = alternation(normalise_keys(spec.get("unquoted_titles")))
        more = max(0, int(spec.get("unquoted_title_words", 1)) - 1)
        self.unquoted_titles = re.compile(rf"(?<!\w)(?:{unquoted})\s+([^\W\d_]+(?:\s+[^\W\d_]+){{0,{more}}})"
                                          if unquoted else r"(?!)")
        self.generic_openers = frozenset(normalise_keys(spec.get("generic_openers")))
        self.opinion_openers = frozenset(normalise_keys(spec.get("opinion_openers")))
        self.judgements = frozenset(normalise_keys(spec.get("judgements")))
        self.generic_scene_openers = frozenset(normalise_keys(spec.get("generic_scene_openers")))
        self.generic_quantifiers = frozenset(normalise_keys(spec.get("generic_quantifiers")))
        self.every = frozenset(normalise_keys(spec.get("every")))
        self.his_spellings = frozenset(normalise_keys(spec.get("his_spellings")))
        self.generic_kinds = frozenset(normalise_keys(spec.get("generic_kinds")))
        self.partitive_heads = frozenset(normalise_keys(spec.get("partitive_heads")))
        self.partitive_reach = int(spec.get("partitive_reach", 4))
        self.copulas = frozenset(normalise_keys(spec.get("copulas")))
        self.habitual_adverbs = frozenset(normalise_keys(spec.get("habitual_adverbs")))
        self.habitual_firsts = frozenset(w.split(" ", 1)[0] for w in self.habitual_adverbs)  # a quick test first
        self.whoever = frozenset(c + w for w in normalise_keys(spec.get("whoever"))  # (and after و or ف: ومن)
                                 for c in ("", *_PROCLITICS.conjunctions))
        self.whoever_firsts = frozenset(w.split(" ", 1)[0] for w in self.whoever if " " in w)
        self.anyone_verbs = frozenset(normalise_keys(spec.get("anyone_verbs")))
        self.accidents = [_accident(group) for group in spec.get("accidents") or []]
        self.accident_senses = frozenset(sense for group in self.accidents for sense in group.senses)
        self.copula_happenings = frozenset(normalise_keys(spec.get("copula_happenings")))
        self.partitive_of = normalise_key(str(spec.get("partitive_of") or ""))
        self.fiction_words, self.fiction_phrases = _words_and_phrases(normalise_keys(spec.get("fiction_words")))
        self.fiction_finder = _phrase_finder(self.fiction_phrases)
        # opening mark -> closing mark of a quotation that may hold a word named (« هجوم »)
        self.word_quotes = {str(pair)[0]: str(pair)[1] for pair in spec.get("word_quotes") or []}
        self.word_nouns = frozenset(normalise_keys(spec.get("word_nouns")))  # كلمة «هجوم»: what names a word
        self.switches = [Switch(source, s["to"], int(s.get("reach", 4)), frozenset(normalise_keys(s["words"])),
                                bool(s.get("after_only")), bool(s.get("outside_names")), bool(s.get("before_only")),
                                bool(s.get("head_only")))
                         for s in spec.get("switches") or []
                         for source in ([s["from"]] if isinstance(s["from"], str) else s["from"])]
        self.switches_from: dict[str, list[Switch]] = {}  # the switches of each sense, in file order
        for sw in self.switches:
            self.switches_from.setdefault(sw.source, []).append(sw)
        # the not-event expressions by the first letters of their words (with up to two proclitic
        # letters dropped): only a trigger sharing them is checked, and only against those expressions
        blocks_by_key: dict[str, list[str]] = {}
        self._block_cores: dict[str, list[tuple[str, ...]]] = {}  # the literal words of each, by key
        for p in spec.get("not_events") or []:
            marked = normalise_key(str(p)).split(" ")
            words = [w.strip("[]") for w in marked]
            dropped = [w.strip("[]") for w in marked if w.startswith("[")] or [w for w in words if w != "*"]
            block = phrase_regex(words)
            # each stands in the pattern as it is (not a word of alternatives: any one of them may)
            cores = tuple(_core(w) for w in words if w != "*" and "|" not in w)
            for key in {_stem_key(a[k:]) for w in dropped for a in w.split("|") for k in range(3)}:
                blocks_by_key.setdefault(key, []).append(block)
                self._block_cores.setdefault(key, []).append(cores)
        self._blocks_by_key = {key: "|".join(alternatives) for key, alternatives in blocks_by_key.items()}
        self._block_patterns: dict[str, re.Pattern[str]] = {}  # compiled when a key is first met

    def find(self, text: str, words: Sequence[tuple[int, str]] | None = None,
             tokens: tuple[Sequence[int], Sequence[str]] | None = None,
             names: Sequence[tuple[int, int]] = ()) -> list[Trigger]:
        """Every trigger in normalised ``text``, left to right, not overlapping.

        ``words``: the text's word tokens as (start, word) pairs when the caller has them, or
        ``tokens``: their starts and their words (the segmentation's, as they are): each word is then
        looked up (its proclitics split off, the longest run first; the answer is remembered across
        documents) instead of running the lexicon's regex over the text.  The triggers are the same
        either way.

        ``names``: the spans of the names in the text (actors and places) and of its dates.  A phrase
        whose words do not follow as they are is tried again with each name as one word, so that a
        wildcard stands for a long name (سيسلم جيش تحرير تانغ الوطني بلدة موغوك matches "سلم * بلدة").
        """
        if words is not None and tokens is None:
            tokens = ([start for start, _ in words], [word for _, word in words])
        out: list[Trigger] = []
        last_end = -1
        named = names_as_words(text, names)
        for start, token, readings in (self._scan(text) if tokens is None else self._lookup(text, *tokens)):
            if start < last_end:
                continue
            found = self._match(text, token, start, readings, named)
            if found is not None and not ((key := _stem_key(found.form)) in self._blocks_by_key
                                          and self._blocked(text, found.start, key)):
                out.append(found)
                last_end = found.end
        return out

    def _scan(self, text: str) -> Iterator[tuple[int, str, Readings]]:
        """(start, word, readings) of every word that is a head word behind proclitics."""
        for m in self.regex.finditer(text):
            yield m.start(), m.group(), self._readings_of(m.group(), len(m.group(1)))

    def _lookup(self, text: str, starts: Sequence[int], words: Sequence[str]) -> Iterator[tuple[int, str, Readings]]:
        """As :meth:`_scan`, from word tokens (only the words with some reading)."""
        readings = self._remember(words)
        for i in compress(range(len(words)), map(readings.__contains__, words)):
            start, word = starts[i], words[i]
            if text[start - 1:start] != "_" and text[start + len(word):start + len(word) + 1] != "_":
                yield start, word, readings[word]  # (a word of the regex, \w, would run on through an underscore)

    def _remember(self, tokens: Sequence[str]) -> dict[str, Readings]:
        """The readings of every word looked up so far that has any, ``tokens`` among them."""
        if len(self._seen) > WORD_CACHE_SIZE:
            self._seen.clear()
            self._readings.clear()
        new = set(tokens).difference(self._seen)
        for word in new:
            k0 = self._head_split(word)
            if k0 >= 0 and (readings := self._readings_of(word, k0)):
                self._readings[word] = readings
        self._seen |= new
        return self._readings

    def _head_split(self, word: str) -> int:
        """The length of the longest proclitic run before a head word in ``word``, or -1."""
        heads = self.heads
        best = 0 if word in heads else -1
        k = 1
        while k < len(word) and word[:k] in RUN_STEMS:
            if word[:k] in RUNS and word[k:] in heads:
                best = k
            k += 1
        return best

    def _blocked(self, text: str, pos: int, key: str) -> bool:
        """Whether a not-event expression with a word of stem ``key`` covers ``pos`` (searched only
        around it: the expressions are short, and a search over the whole text would cost more than
        all the rest)."""
        # a match lies between the first word start it is tried at and its end position (below): an
        # expression with a word missing there cannot match (most often the case, told by a few
        # substring tests instead of a regex tried at every word)
        near = text[max(0, pos - BLOCK_REACH):pos + BLOCK_REACH]
        if not any(all(core in near for core in cores) for cores in self._block_cores[key]):
            return False
        # tried only where a word starts (the pattern opens with a look-behind, which re would try at
        # every character), and only up to ``pos``: an expression starting after it cannot cover it
        starts = (w.start() for w in WORD_RUN.finditer(text, max(0, pos - BLOCK_REACH), pos + 1))
        pattern = self._blocks_for(key)
        return any(m.start() <= pos < m.end() for m in matches_at(pattern, text, starts, pos + BLOCK_REACH))

    def _blocks_for(self, key: str) -> re.Pattern[str]:
        """The not-event expressions with a word of stem ``key``, as one pattern (compiled once)."""
        pattern = self._block_patterns.get(key)
        if pattern is None:
            pattern = self._block_patterns[key] = re.compile(r"(?<!\w)(?:" + self._blocks_by_key[key] + r")(?!\w)")
        return pattern

    def _readings_of(self, token: str, k0: int) -> Readings:
        """The entries ``token`` may be read as, in the order they are tried: the phrases of more words
        first, whatever proclitics they leave (بسطوا نفوذهم reads بسط * نفوذهم, not ب and سطو), then
        behind proclitics ``token[:k]`` (``k`` from ``k0`` down, the longest first) that suit the entry's kind."""
        readings = [(k, entry) for k in range(k0, -1, -1) for entry in self.heads.get(token[k:], ())
                    if prefix_ok(token[:k], entry.kind)]
        return tuple(sorted(readings, key=lambda r: -r[1].words))  # (stable: the longest proclitics first)

    def _match(self, text: str, token: str, start: int, readings: Readings, named: str | None = None) -> Trigger | None:
        """The first of the ``readings`` of ``token`` whose tail (if any) follows it in ``text``, or
        else in ``named`` (the text with each name as one word, :func:`names_as_words`)."""
        for k, entry in readings:
            end = start + len(token)
            if entry.tail is not None:
                t = entry.tail.match(text, end)
                if t is None and named is not None:
                    t = entry.tail.match(named, end)
                if t is None:
                    continue
                end = t.end()
            return Trigger(start, end, token[:k], token[k:], entry.kind, self.senses[entry.sense])
        return None


NAME_GAPS = re.compile(r"[ /]")  # what separates the words of a name or a date


def names_as_words(text: str, names: Sequence[tuple[int, int]]) -> str | None:
    """``text`` with the spaces and slashes inside each name span made underscores (a word character, so
    that a wildcard reads a name, or a date such as «في 4 تشرين الثاني/نوفمبر 2016», as one word; the
    offsets stay those of ``text``), or None without names of more than one word."""
    spans = [(s, e) for s, e in names if NAME_GAPS.search(text, s, e)]
    if not spans:
        return None
    parts, last = [], 0
    for s, e in sorted(spans):
        if s < last:
            continue
        parts += [text[last:s], NAME_GAPS.sub("_", text[s:e])]
        last = e
    parts.append(text[last:])
    return "".join(parts)


# a past verb takes a conjunction only; a present verb also ل (ليقصف) or the future س (سيقصف)
VERB_PREFIXES = {"past": frozenset(proclitic_runs(prepositions=False)),
                 "present": frozenset(proclitic_runs(prepositions="ل", future=True))}


def prefix_ok(prefix: str, kind: str) -> bool:
    """Whether proclitics ``prefix`` may stand before a word of ``kind`` (no ب before a verb, no س
    before a noun)."""
    allowed = VERB_PREFIXES.get(kind)
    if allowed is not None:
        return prefix in allowed
    return not any(f in prefix for f in _PROCLITICS.future)


@dataclass(frozen=True, slots=True)
class Accident:
    """A group of ``accidents`` (triggers.yaml): the senses whose trigger a word or a two-word phrase of
    ``words`` within ``reach`` words of it in its sentence (after it only, with ``after_only``) makes a
    happening of no violence (مقتل 380 شخصا في حريق عرضي، حاصرت النيران أسرة داخل منزلها)."""

    senses: frozenset[str]
    reach: int
    after_only: bool
    words: frozenset[str]
    phrases: frozenset[str]  # as two tokens, a proclitic maybe on the first (بحادث سير)


def _accident(group: dict) -> Accident:
    words, phrases = _words_and_phrases(normalise_keys(group.get("words")))
    return Accident(frozenset(group.get("senses") or []), int(group.get("reach", 6)), bool(group.get("after_only")),
                    words, frozenset(c + p for p in phrases for c in ("", *_PROCLITICS.conjunctions, *_PROCLITICS.prepositions)))


def _words_and_phrases(entries: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The one-word entries (looked up by token) and the phrases (looked for in the text)."""
    return frozenset(w for w in entries if " " not in w), tuple(w for w in entries if " " in w)


def _phrase_finder(phrases: tuple[str, ...]) -> ahocorasick.Automaton | None:
    """An automaton that finds any of ``phrases`` in a text in one pass (None without phrases)."""
    if not phrases:
        return None
    auto = ahocorasick.Automaton()
    for p in phrases:
        auto.add_word(p, p)
    auto.make_automaton()
    return auto


def holds_any(finder: ahocorasick.Automaton | None, text: str) -> bool:
    """Whether ``text`` holds one of the phrases of ``finder`` (:func:`_phrase_finder`)."""
    return finder is not None and next(finder.iter(text), None) is not None


def _counted(spec: dict | None) -> tuple[list[str], list[str]]:
    """The verb and noun phrases of a sense's ``counted`` frame: each head (a verb "PAST / PRESENT" or a
    verbal noun), up to three words (its subject), a number (``#``), then one of the units counted (one
    alternation, ``a|b``: a phrase per head, not per pairing)."""
    if not spec:
        return [], []
    verbs, nouns = [], []
    units = "|".join(sorted((str(u) for u in spec["units"]), key=len, reverse=True))  # one alternation
    for head in spec["heads"]:
        past, slash, present = (p.strip() for p in str(head).partition("/"))
        if slash:
            verbs.append(" / ".join(f"{v} * # {units}" if v else "" for v in (past, present)))
        else:
            nouns.append(f"{past} * # {units}")
    return verbs, nouns


def _stem_key(word: str) -> str:
    """The first three letters of a word without its article (سيطرت، السيطره → سيط)."""
    return (word[2:] if word.startswith("ال") and len(word) > 4 else word)[:3]


def _gap_prefix(spec: dict) -> str:
    """The regex of the proclitics a word right after a gap in a verb's pattern may carry: a conjunction,
    the article and the prepositions of ``gap_object_prepositions`` (not ب: علق * القصف is not علق المحتجون
    لافتات تندد بالقصف)."""
    allowed = "".join(normalise_keys(spec.get("gap_object_prepositions"))) or False
    return runs_regex(proclitic_runs(prepositions=allowed, article=True,
                                     lil=bool(allowed) and _PROCLITICS.fused in allowed))


def _add(heads: dict[str, list[Entry]], sense: int, kind: str, text: str, forms_of,
         gap_prefix: str | None = None) -> None:
    words = normalise_key(str(text)).split(" ")
    tail = None
    if len(words) > 1:
        tail = re.compile(phrase_regex(words[1:], leading_space=True, gap_prefix=gap_prefix) + r"(?!\w)")
    for form in forms_of(words[0]):
        if form:
            heads.setdefault(form, []).append(Entry(sense, kind, tail, len(words)))


# the space between two words of a phrase, either of them maybe in quotes or brackets (أعلن عن تشكيل
# «قوات سوريا الديمقراطية»: quotes are normalised to ")
QUOTED_GAP = r"[\"')]?\s+[\"'(]?"


def phrase_regex(words: list[str], leading_space: bool = False, gap_prefix: str | None = None) -> str:
    """A regex for a run of words, each with optional proclitics and ending; ``*`` = up to three words
    (each may stand in quotes or brackets), ``#`` = a number (:func:`number_regex`), ``a|b`` = one of
    the words.  With ``gap_prefix`` (a verb's pattern) the word after a gap carries only those proclitics."""
    parts = []
    for i, w in enumerate(words):
        sep = QUOTED_GAP if (i or leading_space) else ""
        tail_prefix = gap_prefix if gap_prefix is not None and i and words[i - 1] == "*" else TAIL_PREFIX
        if w == "*":
            parts.append(r"(?:\s+[\"'(]?\w+[\"')]?){0,3}")  # (a word in quotes: سيطرة «داعش» على)
            continue
        if w == "#":
            parts.append(number_regex())  # (أرسلت الوزارة خمسين سرية، بنحو ثلاثة آلاف عنصر)
            continue
        if "|" in w:  # alternatives (a counted frame's units: جندي|جنود|سرية)
            words_here = [("(?:ال)?" if _core(a) != a else "") + re.escape(_core(a)) for a in w.split("|")]
            parts.append(sep + tail_prefix + "(?:" + "|".join(words_here) + ")" + TAIL_SUFFIX)
            continue
        core = _core(w)
        article = "(?:ال)?" if core != w else ""
        parts.append(sep + tail_prefix + article + re.escape(core) + TAIL_SUFFIX)
    return "".join(parts)


@lru_cache(maxsize=1)
def number_regex() -> str:
    """A regex for a number told in a phrase (``#``): maybe an approximation (نحو، أكثر من), then one
    to four number words (those the quantities stage counts with: ثلاثة آلاف، عشرات) or digit runs,
    each behind optional proclitics."""
    numbers = quantities_lexicon()
    words = alternation(list(numbers.counting_words))
    return (rf"(?:\s+{TAIL_PREFIX}(?:{alternation(list(numbers.approx_phrases))}))?"
            rf"(?:\s+{TAIL_PREFIX}(?:ال)?(?:{words}|\d[\d.,]*)(?!\w)){{1,4}}")


def _core(word: str) -> str:
    """A phrase word without its article (the article is optional in the text)."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def noun_forms(word: str) -> set[str]:
    """Inflected forms of a noun: ة-nouns (غاره → غارات، غارتين، غارته), others (هجوم → هجوما، هجومين); a
    final hamza after alif also on و or ي before a pronoun, as normalised (إجلاؤهم → اجلاوهم، إجلائهم → اجلايهم)."""
    if word.endswith("ه") and len(word) > 2:
        base = word[:-1]
        forms = {word, base + "ات", base + "تان", base + "تين"}
        forms |= {base + "ت" + p for p in PRONOUNS} | {base + "ات" + p for p in PRONOUNS}
        return forms
    forms = {word, word + "ا", word + "ان", word + "ين", word + "ات", word + "ون"}
    forms |= {word + p for p in PRONOUNS} | {word + "ات" + p for p in PRONOUNS}
    if word.endswith(_ALIF_HAMZA):  # a final hamza takes its case's seat before a pronoun (إجلاؤهم، إجلائهم)
        forms |= {word[:-1] + seat + p for seat in _HAMZA_SEATS for p in PRONOUNS}
    return forms


def _with_endings(s: str, bound: bool, endings: Iterable[str], hosts: Iterable[str]) -> set[str]:
    """``s`` with each person/number ending, and with each ending that hosts an object pronoun and
    the pronoun; a ``bound`` stem only with an ending."""
    return ({s + e for e in endings if e or not bound}
            | {s + h + p for h in hosts for p in PRONOUNS if h or not bound})


def past_forms(stems: Iterable[str], objects: bool = True) -> set[str]:
    """Perfect forms of the stems (قصف → قصفت، قصفوا، قصفها); a stem ending in ``-`` only with an ending;
    without ``objects``, no object pronoun (سيطر takes none: سيطره is the noun سيطرة)."""
    forms: set[str] = set()
    for stem in stems:
        forms |= _with_endings(stem.rstrip("-"), stem.endswith("-"), PAST_ENDINGS, PAST_HOSTS if objects else ())
    return forms


def present_forms(stems: Iterable[str], objects: bool = True) -> set[str]:
    """Imperfect forms from 3rd person forms (يقصف → تقصف، نقصف، يقصفون، يقصفها); without ``objects``,
    no object pronoun."""
    forms: set[str] = set()
    for stem in stems:
        bound = stem.endswith("-")
        s = stem.rstrip("-")
        s = s[1:] if s[:1] in PRESENT_PREFIXES else s
        for pre in PRESENT_PREFIXES:
            forms |= _with_endings(pre + s, bound, PRESENT_ENDINGS, PRESENT_HOSTS if objects else ())
    return forms


def trie_regex(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` laid out as a character trie (fast to match, longest first)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_to_regex(trie)


def _trie_to_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_to_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        body = "(?:" + body + ")?"
    return body


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The trigger lexicon, compiled once per process."""
    return Lexicon(load_yaml("ar/events/triggers.yaml"))


def find_triggers(norm_text: str, words: Sequence[tuple[int, str]] | None = None,
                  tokens: tuple[Sequence[int], Sequence[str]] | None = None,
                  names: Sequence[tuple[int, int]] = ()) -> list[Trigger]:
    """Every trigger in a normalised text (see :class:`Lexicon`); ``words``: its word tokens as
    (start, word) pairs, or ``tokens``: their starts and words, if known; ``names``: the spans of its
    names, each read as one word by a phrase's wildcard."""
    return lexicon().find(norm_text, words, tokens, names)
