"""Names the knowledge base does not know, found by the words around them.

One pass over the tokens finds the triggers of ``data/ar/entity_patterns.yaml``; each trigger class
reads the name that follows it:

* ``place`` — a descriptor (حي، بلدة، مخيم …) then one word, or two when the first is a compound head
  (تل، عين، خان …) or the second has the article (معرة النعمان); the span is the name without the
  descriptor.  A descriptor before a KNOWN name only confirms it as a place (see :attr:`Scan.confirmed`).
* ``org`` — a descriptor (جبهة، جيش، حركة، وكالة …) then a name with the article or a construct
  (أحرار الشام), then adjectives with the article; the span includes the descriptor.
* ``title`` — a title or role (وزير الخارجية، المتحدث باسم …), then nationality adjectives, known
  organisations and title complements, then the person's name.
* ``byline`` — كتبه، بقلم … at the start of a line, then a name.
* ``speech`` — a verb of saying, then a name, then a role word (يقول عمار سلمو رئيس …).
* ``given`` — a given name and one or two following name words.

A word is a *name word* when it is made of letters, is not a stop word or a word that ends names,
is not a nationality adjective and does not start with a preposition and the article (بال، لل، وال).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rasad.entities.lexicon import Lexicon, Trigger, lexicon, stem_in
from rasad.kb import Hit, KnowledgeBase, Person, Place
from rasad.text.normalise import normalise_key

_PREP_ARTICLE = ("بال", "لل", "وال", "فال", "كال", "وبال", "ولل", "فبال", "فلل")
_VERB_PREFIX = "ي"


@dataclass(slots=True)
class Candidate:
    """A name found by a pattern (normalised offsets)."""

    start: int
    end: int
    type: str
    source: str
    kind: str | None = None
    person_hit: Hit | None = None  # a known person whose surname the pattern extended ("جون" + كيري)


@dataclass(slots=True)
class Scan:
    """What the token pass found: new names, and known names a descriptor confirmed as places."""

    candidates: list[Candidate] = field(default_factory=list)
    confirmed: dict[int, str] = field(default_factory=dict)  # hit start -> descriptor kind or "context"
    governorate_wanted: set[int] = field(default_factory=set)  # hit starts after محافظة / ريف


class Tokens:
    """The tokens of a normalised text, and which of them start or lie inside knowledge-base hits."""

    __slots__ = ("text", "starts", "ends", "words", "hit_at", "inside", "written_ha")

    def __init__(self, text: str, starts: list[int], ends: list[int], words: list[str], hits: list[Hit],
                 written_ha: Callable[[int], bool] | None = None):
        self.text = text
        # whether token i ends in a ه the writer wrote as such, in a text that spells ة elsewhere
        self.written_ha = written_ha or (lambda i: False)
        self.starts = starts
        self.ends = ends
        self.words = words  # the token texts (Segmentation.token_words)
        self.hit_at: dict[int, Hit] = {}
        self.inside: set[int] = set()
        for h in hits:
            i = bisect_left(starts, h.token_start)
            if i == len(starts) or starts[i] != h.token_start:
                continue
            self.hit_at[i] = h
            j = i
            while j < len(starts) and starts[j] < h.end:
                self.inside.add(j)
                j += 1

    def joined(self, i: int) -> bool:
        """Token ``i`` and token ``i + 1`` are separated by spaces only (no punctuation, no new line)."""
        if i + 1 >= len(self.starts):
            return False
        gap = self.text[self.ends[i]:self.starts[i + 1]]
        return gap == " " or gap.strip() == "" and "\n" not in gap

    def hit_end_token(self, i: int) -> int:
        """The index after the last token of the hit that starts at token ``i``."""
        end = self.hit_at[i].end
        j = i
        while j < len(self.starts) and self.starts[j] < end:
            j += 1
        return j


def _name_word(w: str, lex: Lexicon, kb: KnowledgeBase) -> bool:
    if not w.isalpha() or len(w) < 2 or w in lex.name_stop or w in lex.name_enders or w in kb.adjectives:
        return False
    if len(w) > 4 and stem_in(w, lex.name_stop):
        return False  # بإرسال قوات, a verbal noun behind its preposition
    if w.startswith("ال"):
        return len(w) >= 4
    # بالقرب، للنازحين، للري: a preposition and the article before a common word (but بالا is a name:
    # after بال and the like, only three letters more make a word; لل opens no name at all)
    return not w.startswith(_PREP_ARTICLE) or not any(
        w.startswith(p) and len(w) - len(p) >= (2 if p.endswith("لل") else 3) for p in _PREP_ARTICLE)


def _match_trigger(toks: Tokens, i: int, trig: Trigger) -> int | None:
    """Index after the trigger if ``trig`` matches at token ``i`` (first word may carry proclitics)."""
    n = len(trig.words)
    if i + n > len(toks.words):
        return None
    for k in range(1, n):
        if toks.words[i + k] != trig.words[k] or not toks.joined(i + k - 1):
            return None
    return i + n


def scan(toks: Tokens, kb: KnowledgeBase) -> Scan:
    """Run every trigger over the tokens."""
    lex = lexicon()
    out = Scan()
    words = toks.words
    forms = lex.trigger_forms
    trigger_words = [(i, forms[w]) for i, w in enumerate(words) if w in forms]
    for i, stem in trigger_words:
        if i in toks.inside and i not in toks.hit_at:
            continue
        for trig in lex.triggers[stem]:
            j = i + 1 if len(trig.words) == 1 else _match_trigger(toks, i, trig)
            if j is None or i in toks.hit_at and trig.cls in ("place", "org"):
                continue  # a known name starts with the descriptor itself: مدينة حلب، جبهة النصرة
            if trig.cls == "given":
                _given(toks, i, j, kb, lex, out)
            elif j < len(words) and toks.joined(j - 1):
                if trig.cls == "place":
                    if trig.words[0] in lex.pronoun_spellings and toks.written_ha(i):
                        continue  # بلده بلا مستقبل: his country (a pronoun), not بلدة (normalised alike)
                    if (i > 0 and (words[i - 1], stem) in lex.descriptor_idioms) or (stem, words[j]) in lex.descriptor_idioms:
                        continue  # من ناحية أخرى، عن طريق; قاعدة بيانات، محور الشر
                    k = j
                    for _ in range(4):  # بلدتي بالا ومعرة النعمان: more names after a dual or plural
                        k = _place(toks, i, k, trig, kb, lex, out)
                        if k is None or trig.words[-1] not in lex.plural_descriptors or not _and_next(toks, k):
                            break
                elif trig.cls == "org":
                    _org(toks, i, j, trig, kb, lex, out)
                elif trig.cls == "title":
                    _title(toks, j, kb, lex, out, weak=" ".join(trig.words) in lex.weak_titles)
                elif trig.cls == "byline" and _line_start(toks, i):
                    _person_name(toks, j, kb, lex, out, "byline", need_two=True, article_surname=True)
                elif trig.cls == "speech":
                    _speech(toks, j, kb, lex, out)
    _mark_context(toks, lex, out)
    return out


def _mark_context(toks: Tokens, lex: Lexicon, out: Scan) -> None:
    """Known names right after a place word (ريف، شرق، محافظة …), or listed with their place word
    (حي الفردوس), are confirmed as places."""
    for i, h in toks.hit_at.items():
        head, space, _ = h.key.partition(" ")
        if space and head in lex.place_context:  # (which holds the first word of every place descriptor)
            out.confirmed.setdefault(h.start, "context")
        if i == 0 or not toks.joined(i - 1):
            continue
        prev = stem_in(toks.words[i - 1], lex.place_context)
        if prev is None:
            continue
        out.confirmed.setdefault(h.start, "context")
        if prev in lex.prefer_governorate:
            out.governorate_wanted.add(h.start)


def _line_start(toks: Tokens, i: int) -> bool:
    before = toks.text[toks.text.rfind("\n", 0, toks.starts[i]) + 1:toks.starts[i]]
    return all(not c.isalnum() for c in before)


def _nisba(w: str, masculine: bool = True) -> bool:
    """Whether ``w``, without the article, ends like a relative adjective (نووية، تلفزيونية; with
    ``masculine`` also بحري), not like a verbal noun (حماية، بداية) or a foreign name (ديسكفري)."""
    if w.startswith("ال") or len(w) < 4:
        return False
    if w.endswith("يه"):
        return w[-3] != "ا"
    return masculine and w.endswith("ي") and w[-2] != "ا"


def _and_next(toks: Tokens, k: int) -> bool:
    """Token ``k`` follows the previous one without punctuation and starts with the conjunction و."""
    return k < len(toks.words) and toks.joined(k - 1) and toks.words[k].startswith("و") and len(toks.words[k]) > 3


def _place(toks: Tokens, i: int, j: int, trig: Trigger, kb: KnowledgeBase, lex: Lexicon,
           out: Scan) -> int | None:
    """Read a place name at token ``j`` after the descriptor at ``i``; return the index after it.

    At ``j`` a word may carry the conjunction و (a second name after a dual descriptor)."""
    words = toks.words
    conj = 1 if j > i + len(trig.words) else 0
    # the span starts at the descriptor (after its proclitics) when it is part of the name
    start = toks.starts[i] + len(words[i]) - len(trig.words[0]) if trig.kind in lex.descriptor_in_name else None
    if j in toks.hit_at:
        h = toks.hit_at[j]
        if any(isinstance(r, Place) for r in h.records):
            out.confirmed[h.start] = trig.kind or "context"
            return toks.hit_end_token(j)
        if h.nationality and not h.records:
            return None
        # a known person's or organisation's name used for a place (حي صلاح الدين)
        out.candidates.append(Candidate(start if start is not None else toks.starts[j],
                                        toks.ends[toks.hit_end_token(j) - 1], "LOC", "place", trig.kind))
        out.confirmed[h.start] = trig.kind or "context"
        return toks.hit_end_token(j)
    w1 = words[j][conj:]
    if trig.kind in lex.descriptor_in_name and trig.kind not in lex.nisba_names and _nisba(w1) \
            and w1 not in lex.compound_heads:
        return None  # طريق بحري، قاعدة لوجستية، محطة نووية: a kind of road, base or station, not one
    if w1.isdigit() and j + 1 < len(words) and toks.joined(j) and _name_word(words[j + 1], lex, kb):
        end = j + 2  # مشروع 1070 شقة
    elif (_name_word(w1, lex, kb) and w1 not in lex.place_context and not w1.endswith(lex.possessive_endings)
          # (ود النورة: a head that reads as و and a trigger is none)
          and (stem_in(w1, lex.triggers) is None or w1 in lex.compound_heads and w1 not in lex.triggers)
          and (w1 in lex.compound_heads or w1 not in lex.name_connectors)
          and (conj or not w1.startswith("و") or w1 in lex.compound_heads)  # بلدات وقرى، بلده ووطنه: not a name
          and (w1.startswith("ال") or trig.words[0] not in lex.definite_only)):
        end = j + 1
        if j + 1 < len(words) and toks.joined(j) and j + 1 not in toks.hit_at:
            w2 = words[j + 1]
            adjective = w2.startswith("ال") and w2.endswith(("ي", "يه")) and len(w2) >= 5  # السويسرية
            if _name_word(w2, lex, kb) and stem_in(w2, lex.triggers) is None and (
                    w2.startswith("ال") and not adjective or w1 in lex.compound_heads):
                end = j + 2
        if end == j + 1 and w1 in lex.compound_heads and len(w1) < 3:
            return None  # مدينة ود مدني: a head of two letters (ود، تل، أم) is no name alone
    else:
        return None
    first = toks.starts[j] + conj if start is None or conj else start
    out.candidates.append(Candidate(first, toks.ends[end - 1], "LOC", "place", trig.kind))
    return end


def _org(toks: Tokens, i: int, j: int, trig: Trigger, kb: KnowledgeBase, lex: Lexicon, out: Scan) -> None:
    words = toks.words
    w1 = words[j]
    start = toks.starts[i] + len(words[i]) - len(trig.words[0])  # after the proclitics
    if trig.kind != "body" and w1 in lex.organisation_generic:
        # a description, unless a nationality adjective makes it a name: وكالة الصحافة الفرنسية
        nat = toks.hit_at.get(j + 1)
        if nat is not None and nat.nationality and not nat.records and toks.joined(j):
            out.candidates.append(Candidate(start, nat.end, "ORG", "org", "media" if trig.kind == "media" else None))
        return
    if w1 in lex.cause_openers and trig.words[-1] in lex.cause_descriptors:
        end, need_tail = _cause_end(toks, j, kb, lex), False
    elif _name_word(w1, lex, kb) and w1 not in lex.triggers:
        end, need_tail = _name_head_end(toks, j, trig, kb, lex)
    else:
        return
    if end is None:
        return
    tail = 0
    while end < len(words) and tail < 3 and toks.joined(end - 1):
        w = words[end]
        if end in toks.hit_at:
            h = toks.hit_at[end]
            if h.nationality and not h.records:
                end += 1  # وكالة سبوتنيك الروسية
                tail += 1
            break
        if w in lex.organisation_tail:
            end += 1
            tail += 1
            continue
        media_word = (trig.kind == "media" and tail == 0 and not need_tail and not w.startswith("ال")
                      and not _nisba(w, masculine=False))  # مجلة شهرية اجتماعية: a kind of magazine
        adjective = w.startswith("ال") and w.endswith(("ي", "يه"))
        if not (media_word or adjective) or not _name_word(w, lex, kb):
            break
        end += 1
        tail += 1
    if need_tail and tail == 0:
        return
    out.candidates.append(Candidate(start, toks.ends[end - 1], "ORG", "org", "media" if trig.kind == "media" else None))


def _name_head_end(toks: Tokens, j: int, trig: Trigger, kb: KnowledgeBase, lex: Lexicon) -> tuple[int | None, bool]:
    """The token after the head of an organisation's name that opens at ``j`` (None when it is no
    name) and whether a tail must follow it."""
    words = toks.words
    w1 = words[j]
    if j in toks.hit_at:
        h = toks.hit_at[j]
        if not any(isinstance(r, Place) for r in h.records):
            return None, False  # قوات النظام: the actor itself
        return toks.hit_end_token(j), True
    if not w1.startswith("ال"):
        if trig.kind == "media" and _nisba(w1, masculine=False):
            return None, False  # صحيفة أسبوعية، قناة تلفزيونية: a kind of paper or channel
        # a construct name: أحرار الشام, نور الدين, (وكالة) أنباء الأناضول
        if (toks.joined(j) and j + 1 < len(words) and words[j + 1].startswith("ال")
                and _name_word(words[j + 1], lex, kb) and j + 1 not in toks.hit_at):
            return j + 2, False
        if trig.kind != "media":
            return None, False
    return j + 1, False


def _cause_end(toks: Tokens, j: int, kb: KnowledgeBase, lex: Lexicon) -> int | None:
    """The token after a cause that opens a name (``cause_names``) at ``j`` and what it frees: a known
    place or a name word, two after a word of ``construct`` (تحرير السودان، تحرير تانغ، تحرير شعب
    تيغراي، تحرير شعب أوغادين); None when nothing is."""
    k = j + 1
    if k < len(toks.words) and toks.joined(j) and k in toks.hit_at:
        return toks.hit_end_token(k)
    while (k < len(toks.words) and toks.joined(k - 1) and k not in toks.hit_at
           and _name_word(toks.words[k], lex, kb) and toks.words[k] not in lex.triggers
           and toks.words[k] not in lex.organisation_tail):
        k += 1
        if toks.words[k - 1] not in lex.cause_construct:
            break
        if k < len(toks.words) and toks.joined(k - 1) and k in toks.hit_at:
            return toks.hit_end_token(k)  # a known place after the construct word (تحرير شعب أوغادين)
    return k if k > j + 1 else None


def _title(toks: Tokens, j: int, kb: KnowledgeBase, lex: Lexicon, out: Scan, weak: bool = False) -> None:
    """Skip nationality adjectives, known organisations and complements, then read a name."""
    words = toks.words
    k = j
    steps = 0
    while k < len(words) and steps < 7:
        if k in toks.hit_at:
            h = toks.hit_at[k]
            if any(isinstance(r, Person) for r in h.records):
                return  # the knowledge base knows him
            if h.records or h.nationality:
                k = toks.hit_end_token(k)
                steps += 1
                if not toks.joined(k - 1):
                    return
                continue
        if words[k] in lex.title_complements or _is_org_word(words[k], lex):
            if not toks.joined(k):
                return
            k += 1
            steps += 1
            continue
        break
    if k < len(words) and not (weak and words[k] not in lex.given_names):
        _person_name(toks, k, kb, lex, out, "title", need_two=False)


def _person_name(toks: Tokens, k: int, kb: KnowledgeBase, lex: Lexicon, out: Scan, source: str,
                 need_two: bool, article_surname: bool = False) -> None:
    """Read a person's name at token ``k`` (a given name and what follows, or two unknown words; the
    second may have the article only when ``article_surname``: after a by-line word)."""
    words = toks.words
    w1 = words[k]
    if k in toks.hit_at or not _name_word(w1, lex, kb) or w1.startswith("ال") or w1 in lex.triggers and w1 not in lex.given_names:
        return
    if w1 in lex.given_names or w1 in lex.name_connectors or k + 1 < len(words) and words[k + 1] in lex.name_connectors:
        end = _name_tail(toks, k + 1, kb, lex)
        if end == k + 1:
            return
    else:
        if not (k + 1 < len(words) and toks.joined(k) and k + 1 not in toks.hit_at):
            return
        w2 = words[k + 1]
        if (not _name_word(w2, lex, kb) or not _foreign_name(w1, w2, lex)
                or w2.startswith("ال") and not article_surname):
            return
        end = k + 2
    if need_two and end - k < 2:
        return
    out.candidates.append(Candidate(toks.starts[k], toks.ends[end - 1], "PER", source))


def _not_a_surname(w: str) -> bool:
    """A preposition and a verbal noun (بتفجير، لحل، بطلب) or a feminine adjective (الديمقراطية)."""
    if w[:1] in ("ب", "ل") and (len(w) <= 4 or w[1] == "ت"):
        return True
    return w.startswith("ال") and w.endswith("يه")


def _foreign_name(w1: str, w2: str, lex: Lexicon) -> bool:
    """Whether two unknown words may be a first name and a surname (not a verb, not a feminine noun)."""
    # verbs (يعتبر، سيكون، أرسل، أفضل), feminine nouns (رساله), adverbs (عالميا) and words with a
    # pronoun suffix (موجها) are not names
    endings = ("ه", "يا", "ها", "هم")
    for w in (w1, w2):
        if w.startswith(("سي", "ست", "سن")) and len(w) >= 5 or w.startswith("ا") and len(w) <= 4 or w.endswith(endings):
            return False
    if (w2.startswith((_VERB_PREFIX, "و")) or _not_a_surname(w2)
            or any(stem_in(w2, s) for s in (lex.name_stop, lex.place_context))):
        return False  # يقول، ورفض، بشمال، بطلب
    # a proclitic before a common word (لبحث، بتوفير، ونحن; but بولنت، ليفنت: a long vowel follows)
    if w1[0] in "وفبل" and w1[1] not in "اوي":
        return False
    # participles (معارض، منتخب) and verbal nouns (اختيار، انتخاب، استخدام، تصريح)
    return not (w1.startswith(_VERB_PREFIX) or w1.startswith("م") and len(w1) >= 5
                or w1.startswith("ا") and len(w1) >= 5 and w1[2] == "ت"
                or w1.startswith("ت") and len(w1) == 5 and w1[3] == "ي")


def _name_tail(toks: Tokens, k: int, kb: KnowledgeBase, lex: Lexicon, max_words: int = 4) -> int:
    """Index after the name words that follow a given name: one word (بشار الأسد), more after a given
    name or a connector (محمد جواد ظريف، سلمان بن عبد العزيز، ستيفان دي مستورا)."""
    words = toks.words
    end = k
    while end < len(words) and end - k < max_words and toks.joined(end - 1):
        w = words[end]
        known = w in lex.given_names or w in lex.name_connectors
        if end in toks.hit_at or not _name_word(w, lex, kb) or w in lex.trigger_forms and not known:
            break  # (with its proclitics: الملك فيصل كزعيم إسلامي)
        if w.startswith("و") and not known:
            break  # محمد بن سلمان وصل
        if not known and _not_a_surname(w):
            break
        prev = words[end - 1]
        if end > k and prev not in lex.given_names and prev not in lex.name_connectors:
            break
        end += 1
    while end > k and words[end - 1] in lex.name_connectors:
        end -= 1  # a name does not end with بن or أبو
    return end


@lru_cache(maxsize=4096)
def _name_words(person: Person) -> frozenset[str]:
    """The words of a known person's name and aliases, normalised: the given names that may open it."""
    return frozenset(w for n in (person.name, *person.aliases) for w in normalise_key(n).split())


def _given(toks: Tokens, i: int, j: int, kb: KnowledgeBase, lex: Lexicon, out: Scan) -> None:
    """A given name (its proclitics left out) and one or two following name words."""
    words = toks.words
    if j < len(words) and j in toks.hit_at and toks.joined(j - 1):
        h = toks.hit_at[j]
        person = next((r for r in h.records if isinstance(r, Person)), None)
        if person is not None:  # جون + كيري; but خالد الأسد is not بشار الأسد: another of that surname
            # the name right before it (محمد وائل الحلقي), without its proclitics; or a father's name (عادل بن
            # أحمد الجبير)
            given = words[j - 1] if j - 1 > i else stem_in(words[i], lex.triggers) or words[i]
            known = given in _name_words(person) or i > 0 and words[i - 1] in lex.name_connectors
            out.candidates.append(Candidate(_given_start(toks, i), h.end, "PER", "given",
                                            person_hit=h if known else None))
        elif (h.records and all(isinstance(r, Place) for r in h.records) and h.start == toks.starts[j]
              and toks.hit_end_token(j) == j + 1 and toks.words[j].startswith("ال")):
            # a surname that is also a place: نوري المالكي، أحمد الأنصاري
            out.candidates.append(Candidate(_given_start(toks, i), h.end, "PER", "given"))
        return
    end = _name_tail(toks, j, kb, lex)
    if end == j:
        return
    start = _given_start(toks, i)
    out.candidates.append(Candidate(start, toks.ends[end - 1], "PER", "given"))


def _is_org_word(w: str, lex: Lexicon) -> bool:
    return any(t.cls == "org" for t in lex.triggers.get(w, ()))


def _given_start(toks: Tokens, i: int) -> int:
    """Start of the given name inside token ``i`` (after its proclitics)."""
    lex = lexicon()
    stem = stem_in(toks.words[i], lex.triggers) or toks.words[i]
    return toks.ends[i] - len(stem)


def _speech(toks: Tokens, j: int, kb: KnowledgeBase, lex: Lexicon, out: Scan) -> None:
    """A verb of saying, an unknown name of two or three words, then a role word."""
    words = toks.words
    if j >= len(words) or words[j].startswith("ال"):
        return
    for n in (2, 3):
        r = j + n
        # the role word first: the rarest
        if r >= len(words) or stem_in(words[r], lex.apposition_roles) is None:
            continue
        if any(x in toks.hit_at for x in range(j, r)) or not all(toks.joined(x) for x in range(j, r)):
            continue
        if not all(_name_word(words[x], lex, kb) for x in range(j, r)):
            continue
        out.candidates.append(Candidate(toks.starts[j], toks.ends[r - 1], "PER", "speech"))
        return
