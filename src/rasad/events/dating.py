"""Event dates: the clause's own timex, else the story's reference time, else the publication date.

The date precision says which, as ACLED's time precision does:

* a timex in the event's clause gives its own value and precision (``2016-12-07`` → day, ``2016-09``
  → month, ``2016-W49`` → week, ``2016`` → year), source ``clause``; not one on the other side of a
  quotation mark (a date inside a quoted remark does not date the words around the quote); a day
  that dates the saying of a reported clause (أعلن الجيش أمس أنه سيطر على البلدة) gives the event
  only the week up to it, source ``saying``: it happened by then;
* not a timex of another noun's relative clause (قبرص التي تحتلها تركيا منذ 1974), and for an event
  noun described by a relative clause of its own (التفجير الذي ضرب جامع القديح) only a timex inside
  that clause; for an event told as an earlier one (بعد ثلاثة أيام على هجوم انتحاري) a day before
  the word that says so gives only the week up to it;
* else the narrative reference time set by the sentences BEFORE the trigger's sentence (the rule
  of ``rasad.time.reference_at``: the latest DATE timex before it; a timex elsewhere in the same
  sentence belongs to its own clause), source ``narrative``, with WEEK precision (the day ±
  ``narrative_days``): the text does not say that this event happened on the story's day, and
  over the news sample most events dated so did not (background, earlier events, opinion);
* a timex that bounds a period (``since``, ``until`` and ``within`` in ``data/ar/events/dating.yaml``)
  dates the event only as far as it can: a start at most ``since_days`` ago dates it from then on
  (منذ صباح أمس; a perfect verb on that day: قتل خمسة منذ يومين), source ``since``; an older start
  (منذ 2011) or an end (حتى أيلول) gives only the week up to the publication, never a story's day; a
  length (خلال 10 أشهر) gives that week when it is short, else no date: the event is a period's total;
* an event remembered on an anniversary (ذكرى مرور عام على اختطافهم: ``remembrance`` in
  ``dating.yaml``) has no date unless the text gives its year or month: the day of the story is
  not the day it happened;
* an event told in a past ruler's era (في عهد الرئيس السابق: ``eras`` in ``dating.yaml``) has no date
  unless its clause gives one;
* else the publication date, but with WEEK precision (``from`` six days before it, ``to`` it): a
  report or an opinion piece tells of events of the past days without saying which, so the day is
  not known and must not be claimed; source ``published``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from rasad.document import Document, EventDate
from rasad.events.arguments import CONJUNCTIONS, among, one_of, reported_from, with_clitics
from rasad.events.lexicon import lexicon
from rasad.quantities.lexicon import alternation
from rasad.resources import load_yaml
from rasad.text.normalise import normalise_keys
from rasad.text.proclitics import inventory
from rasad.text.segment import Segmentation
from rasad.time.parse import joiners
from rasad.time.resolve import names_place_or_event


@dataclass(frozen=True, slots=True)
class _Config:
    """The words and numbers of ``dating.yaml``."""

    since: tuple[str, ...]
    until: tuple[str, ...]
    within: tuple[str, ...]
    since_days: int
    published_words: frozenset[str]
    published_gap: frozenset[str]
    narrative_days: int
    remembrance: frozenset[str]
    relatives: frozenset[str]
    relative_reach: int
    announcing: frozenset[str]
    earlier: frozenset[str]
    earlier_reach: int
    announced_reach: int
    topics: frozenset[str]
    long_periods: _PhraseSet
    eras: _PhraseSet
    since_when: _PhraseSet


@dataclass(frozen=True, slots=True)
class _PhraseSet:
    """Phrases of dating.yaml looked for in a normalised text, each starting and ending a word."""

    phrases: tuple[str, ...]
    pattern: re.Pattern[str]

    @classmethod
    def of(cls, phrases: tuple[str, ...]) -> _PhraseSet:
        """The set of ``phrases`` (normalised), with their pattern compiled."""
        return cls(phrases, re.compile(rf"(?<!\w)(?:{alternation(list(phrases))})(?!\w)"))

    def within(self, text: str, lo: int, hi: int) -> bool:
        """Whether one of the phrases stands in ``text[lo:hi]``."""
        return _holds(self, text) and self.pattern.search(text, lo, hi) is not None


@lru_cache(maxsize=8)
def _holds(phrases: _PhraseSet, text: str) -> bool:
    """Whether one of ``phrases`` stands anywhere in ``text`` (asked once per document: most have none)."""
    return any(p in text for p in phrases.phrases) and phrases.pattern.search(text) is not None


def long_period_in(text: str, lo: int, hi: int) -> bool:
    """Whether a phrase of ``long_periods`` (dating.yaml: خلال العقد الماضي، طوال سنوات الحرب) stands in
    ``text[lo:hi]`` (normalised), starting a word."""
    return _config().long_periods.within(text, lo, hi)


def relative_pronouns() -> frozenset[str]:
    """The relative pronouns (``relatives`` in dating.yaml: الذي، التي)."""
    return _config().relatives


@lru_cache(maxsize=1)
def _config() -> _Config:
    spec = load_yaml("ar/events/dating.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(normalise_keys(spec.get(key)))

    def phrases(key: str) -> tuple[str, ...]:
        return tuple(normalise_keys(spec.get(key)))

    return _Config(since=phrases("since"), until=phrases("until"), within=phrases("within"),
                   since_days=int(spec.get("since_days", 7)), published_words=words("published_words"),
                   published_gap=words("published_gap"),
                   narrative_days=int(spec.get("narrative_days", 3)), remembrance=words("remembrance"),
                   relatives=words("relatives"), relative_reach=int(spec.get("relative_reach", 4)),
                   announcing=words("announcing"),
                   earlier=words("earlier"), earlier_reach=int(spec.get("earlier_reach", 5)),
                   announced_reach=int(spec.get("announced_reach", 12)),
                   topics=words("topics"),
                   long_periods=_PhraseSet.of(phrases("long_periods")), eras=_PhraseSet.of(phrases("eras")),
                   since_when=_PhraseSet.of(phrases("since_when")))


_ARTICLE = inventory().article
SINCE_WHEN_CHARS = 10  # characters before a trigger in which a phrase of ``since_when`` opens its clause
REMEMBRANCE_REACH = 4  # a remembrance word this many words before an event: it is remembered


# What a timex says of the period it names (``dating.yaml``): "" a date; SINCE its start; UNTIL its
# end; LENGTH a span that contains the event, told by its length (خلال 10 أشهر).
SINCE, UNTIL, LENGTH = "since", "until", "length"

_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365}


@dataclass(frozen=True, slots=True)
class Stamp:
    """A resolved DATE/TIME timex in normalised offsets, or a length of time after a word of
    ``within`` (``bound`` LENGTH, ``value`` its ISO duration or "")."""

    start: int
    end: int
    value: str
    range_from: str | None
    range_to: str | None
    bound: str = ""


def stamps(doc: Document) -> list[Stamp]:
    """The document's timexes that can date an event, in normalised offsets: resolved DATE and TIME
    timexes (those that bound a period marked ``bound``; not the day a paper came out: الصحف الصادرة
    اليوم), and the lengths of time of a span that contains the event (خلال 10 أشهر)."""
    norm = doc.norm
    assert norm is not None
    cfg = _config()
    out = []
    for t in doc.timexes:
        start = norm.to_norm_index(t.start)
        if t.type == "DURATION":
            if _opens_with(norm.text, start, cfg.within) or _opens_with(norm.text, start, cfg.since):
                out.append(Stamp(start, norm.to_norm_index(t.end), t.value or "", None, None, LENGTH))
            continue
        if t.type not in ("DATE", "TIME") or not t.value or not t.value[:1].isdigit():
            continue
        if _published_day(doc.seg, start, cfg):
            continue  # الصحف الصادرة اليوم: the day the papers came out
        bound = SINCE if _opens_with(norm.text, start, cfg.since) else \
            UNTIL if _opens_with(norm.text, start, cfg.until) else ""
        value = t.value.split("T")[0]
        out.append(Stamp(start, norm.to_norm_index(t.end), value, t.range_from, t.range_to, bound))
    out.sort(key=lambda s: s.start)
    return out


def _published_day(seg: Segmentation | None, start: int, cfg: _Config) -> bool:
    """Whether the timex at ``start`` is the day a paper or a statement came out or a thing was made
    known: a word of ``published_words`` before it, past words of ``published_gap`` (البيان الصادر
    بتاريخ 2/2/1436، المعلن عنهما بتاريخ 5/7/1436); either may carry و or ف."""
    if seg is None:
        return False
    k = bisect_left(seg.token_starts, start)
    for w in reversed(seg.token_words[max(0, k - PUBLISHED_WORDS):k]):
        if one_of(w, cfg.published_words):
            return True
        if not one_of(w, cfg.published_gap):
            return False
    return False


PUBLISHED_WORDS = 4  # the words before a timex looked at: a word of publishing and up to three between


def _opens_with(text: str, start: int, words: tuple[str, ...]) -> bool:
    head = text[start:start + 14]
    head = head[1:] if head[:1] in CONJUNCTIONS else head
    return any(head.startswith(w + " ") or head == w for w in words)


OWN = "clause"  # the source of a date that the event's own clause gives


def own_date(d: EventDate | None) -> bool:
    """True for a date the event's own clause gives (not the story's or the publication's)."""
    return d is not None and d.source == OWN


def precision_of(value: str) -> str:
    """Precision of an ISO/TIMEX value: day, week, month or year."""
    if "W" in value:
        return "week"
    return {10: "day", 7: "month"}.get(len(value), "year")


def date_from(s: Stamp, source: str) -> EventDate:
    """An event date from a timex."""
    p = precision_of(s.value)
    lo, hi = s.range_from, s.range_to
    if p == "day":
        lo, hi = lo or s.value, hi or s.value
    return EventDate(s.value, p, lo, hi, source)


def date_for(doc: Document, seg: Segmentation, found: list[Stamp], start: int, end: int,
             window: tuple[int, int], noun: bool = False, earlier: int | None = None,
             made_known: int | None = None, outcome: bool = False, later: int | None = None,
             coordinated: bool = False, definite: bool = False) -> EventDate | None:
    """The date of the trigger at ``[start, end)`` (normalised; ``noun`` when it is an event noun)
    whose clause is ``window``, told as an earlier happening from ``earlier`` on (:func:`earlier_from`),
    followed from ``later`` on by an earlier happening it came after (:func:`later_from`: a day told
    there is that one's),
    made known by a word at ``made_known`` (:func:`announced_from`: a day before the trigger is the
    announcement's, and gives the event only the week up to it), or told as the ``outcome`` of
    another (الهجوم على متحف باردو في مارس الذي أدى إلى مقتل 22: its date is that one's, in or out of
    the relative clause);
    ``coordinated``: the trigger is a perfect verb joined by و to what comes before it in its clause,
    a predication of its own, so a day told before it is the earlier verb's (لكنها ألغيت الثلاثاء واتهم
    لافروف الجانب الأميركي: Tuesday is the cancelling's) and gives it only the story's week;
    ``definite``: an event noun with the article, which after a topic word names a known thing (تقديم
    تقريره حول الاتفاق النووي أمام مجلس الشورى، أمس: yesterday is the report's), dated only by its own
    relative clause;
    None for an event named by a day of no year (هجمات 11 سبتمبر), for an event remembered on an
    anniversary (اليوم ذكرى مرور عام على اختطافهم: not today's) unless the text gives its year or month
    (الذكرى الرابعة والعشرين لتفجيرات مكة عام 1989), and for one told in a past era (``eras`` in
    dating.yaml: في عهد السادات) that its clause does not date."""
    if _named_by_a_day(doc, seg, end):
        return None  # هجمات 11 سبتمبر، أحداث 7 أكتوبر: a day that names a happening of another year
    window, announced = _relative_scope(seg, start, end, window, noun, outcome)
    if later is not None and any(later <= s.start and s.end <= window[1] and precision_of(s.value) == "day"
                                 for s in found):
        # وجاءت المداهمات بعد مقتل 32 شخصا في تفجير الاثنين: the bombing's Monday (but a month there may
        # be both's: سقطت بيد المتطرفين إثر هجوم واسع في مايو)
        window = (window[0], later)
    if noun and _topic(seg, start):
        own_relative = window[0] > start
        window = (start, window[1])  # خطاب أوباما أول من أمس حول الاتفاق: the speech's day, not the deal's
        if definite and not own_relative:
            window = (start, end)
    if earlier is not None and any(earlier <= s.start and s.end <= window[1] for s in found):
        window = (earlier, window[1])  # بعد الهجوم الذي وقع في 20 يوليو: its own date
        earlier = None
    if coordinated and any(start <= s.start and s.end <= window[1] for s in found):
        window, coordinated = (start, window[1]), False  # واتهم لافروف الثلاثاء: its own day, after it
    d = _date_for(doc, seg, found, start, end, window, made_known is not None)
    if coordinated and d is not None and d.source == OWN and d.precision == "day":
        d = _narrative_week(d.value)  # the day is the earlier verb's: the story's day, not its own
    if announced and d is not None and d.source == OWN and d.precision == "day":
        d = _week_to(d.value, "saying")  # الإعدامات التي أعلنت اليوم: made known today, done by then
    if earlier is not None and d is not None and d.precision == "day" and d.source in (OWN, "narrative"):
        d = _week_to(d.value, d.source)  # بعد ثلاثة أيام على هجوم: by the story's day, not on it
    if d is not None and d.precision in ("day", "week") and _remembered(seg, start, window[0]):
        return None
    if d is not None and d.source != OWN and d.precision in ("day", "week") \
            and (_config().eras.within(seg.text, window[0], window[1])
                 or _config().since_when.within(seg.text, max(window[0], start - SINCE_WHEN_CHARS), start)):
        return None  # وقعت أنقرة وبغداد اتفاقا في عهد صدام حسين، منذ أن استولت جماعة على العاصمة: not the story's days
    return d


def _named_by_a_day(doc: Document, seg: Segmentation, end: int) -> bool:
    """Whether the trigger ending at ``end`` is a word of ``name_before`` (time/expressions.yaml) and the
    word after it opens a day the time stage left with no value, a name (هجمات 11 سبتمبر)."""
    k = bisect_left(seg.token_starts, end)
    if k == 0 or k == len(seg.token_starts) or doc.norm is None or not names_place_or_event(seg.token_words[k - 1]):
        return False  # (not بعد الضربات التي استهدفت قبل ساعات: a day unsaid, no name)
    nxt = seg.token_starts[k]
    return any(t.type == "DATE" and t.value is None and doc.norm.to_norm_index(t.start) == nxt for t in doc.timexes)


def _topic(seg: Segmentation, start: int) -> bool:
    """Whether the word before the trigger at ``start`` makes it a topic (``topics`` in dating.yaml)."""
    k = seg.token_index(start)
    return k > 0 and seg.token_words[k - 1] in _config().topics


def earlier_from(seg: Segmentation, start: int, window_start: int, trigger_starts: list[int]) -> int | None:
    """Where a word that tells of the trigger at ``start`` as an earlier happening ends (``earlier`` in
    dating.yaml: بعد ثلاثة أيام على هجوم انتحاري), when one stands up to ``earlier_reach`` words before
    it in its clause with no other trigger between (``trigger_starts``: sorted); else None."""
    cfg = _config()
    k = _word_back(seg, start, window_start, trigger_starts, cfg.earlier, cfg.earlier_reach, own=False)
    return None if k is None else seg.token_ends[k]


def later_from(seg: Segmentation, end: int, window_end: int, trigger_starts: list[int]) -> int | None:
    """Where the first word of ``earlier`` (dating.yaml) after the trigger ending at ``end`` begins, in
    its clause (ending at ``window_end``), when the next trigger stands up to ``earlier_reach`` words
    after that word (وجاءت المداهمات بعد مقتل 32 شخصا: the killing came first); else None (بعد ظهر أمس,
    with no event word after it, is a time)."""
    cfg = _config()
    i = bisect_left(trigger_starts, end)
    nxt = trigger_starts[i] if i < len(trigger_starts) else window_end
    if nxt >= window_end:
        return None
    words, marks = seg.token_words, with_clitics(cfg.earlier)
    tokens = seg.tokens_between(end, nxt)
    for n, k in enumerate(tokens):
        if words[k] in marks:
            return seg.token_starts[k] if len(tokens) - n <= cfg.earlier_reach else None
    return None


def announced_from(seg: Segmentation, start: int, window_start: int, trigger_starts: list[int]) -> int | None:
    """Where a word that makes the trigger at ``start`` known begins (``announcing`` in dating.yaml:
    كشف العميد أمس الخميس عن مقتل 42، تبنى الأكراد الأربعاء قتل شرطيين), when one stands up to
    ``announced_reach`` words before it in its clause with no other trigger between (the word may be
    a trigger itself: the statement); else None."""
    cfg = _config()
    k = _word_back(seg, start, window_start, trigger_starts, cfg.announcing, cfg.announced_reach, own=True)
    return None if k is None else seg.token_starts[k]


def _word_back(seg: Segmentation, start: int, window_start: int, trigger_starts: list[int],
               marks: frozenset[str], reach: int, own: bool) -> int | None:
    """The token index of the last word of ``marks`` (with a conjunction or preposition before it)
    among the ``reach`` words before ``start`` in its clause, none of them after another trigger
    (``own``: the word may be that trigger's own); else None."""
    i = bisect_left(trigger_starts, start)
    floor = window_start
    if i:
        floor = max(floor, trigger_starts[i - 1] + (0 if own else 1))
    words, marks = seg.token_words, with_clitics(marks)
    near = seg.tokens_between(floor, start)[-reach:]
    if marks.isdisjoint(words[near.start:near.stop]):  # the common case, tested in one set operation
        return None
    for k in reversed(near):
        if words[k] in marks:
            return k
    return None


def _relative_scope(seg: Segmentation, start: int, end: int, window: tuple[int, int], noun: bool,
                    outcome: bool = False) -> tuple[tuple[int, int], bool]:
    """The part of its clause whose timexes can date the event word at ``[start, end)``: from the
    relative pronoun up to ``relative_reach`` words before it when it stands in a relative clause
    (قصفت الطائرات أمس البلدة التي شهدت معارك: the battles are not yesterday's), unless it is an
    ``outcome`` (الهجوم في مارس الذي أدى إلى مقتل 22: the attack's); only its own
    relative clause when it is an event noun described by one (التفجير الإرهابي الذي ضرب جامع القديح:
    the pronoun follows it within ``relative_reach`` words, with only words of the article between,
    its adjectives or the noun it is joined to, or a demonstrative right before the pronoun); else up to a relative pronoun further on, whose
    clause is another noun's (من قبرص الذي تحتله تركيا منذ 1974).  And whether its own relative
    clause opens with a verb of making known (``announcing``: الإعدامات التي أعلنت اليوم)."""
    cfg = _config()
    words, marks = seg.token_words, with_clitics(cfg.relatives)
    # (most clauses have no relative pronoun: each run of words is first tested in one set operation)
    near = () if outcome else seg.tokens_between(window[0], start)[-cfg.relative_reach:]
    if near and not marks.isdisjoint(words[near.start:near.stop]):
        for k in near:
            if words[k] in marks:
                window = (seg.token_starts[k], window[1])
    after = seg.tokens_between(end, window[1])
    if marks.isdisjoint(words[after.start:after.stop]):
        return window, False
    for n, k in enumerate(after):
        if words[k] in marks:
            if noun and n < cfg.relative_reach and all(words[j].startswith(_ARTICLE) or j == k - 1
                                                         and words[j] in lexicon().demonstratives for j in after[:n]):
                # only its adjectives between, or a demonstrative right before the pronoun (جولة المفاوضات
                # الأهم تلك التي عقدت; not على تلك الطريق التي, the road's clause): its own
                announced = k + 1 < len(words) and words[k + 1] in cfg.announcing
                return (seg.token_starts[k], window[1]), announced
            return (window[0], seg.token_starts[k]), False
    return window, False


def _remembered(seg: Segmentation, start: int, clause_start: int) -> bool:
    """Whether a remembrance word stands shortly before ``start`` in its clause."""
    near = seg.tokens_between(clause_start, start)[-REMEMBRANCE_REACH:]
    return among(seg.token_words, _config().remembrance, near)


def _date_for(doc: Document, seg: Segmentation, found: list[Stamp], start: int, end: int,
              window: tuple[int, int], made_known: bool = False) -> EventDate | None:
    text = doc.norm.text if doc.norm is not None else ""
    own = [s for s in found if window[0] <= s.start and s.end <= window[1] and not _across_quote(text, s, start)]
    best = _nearest(own, start, end)
    if best and best.bound:
        return _bounded(best, doc.published)
    if best and (last := _range_end(text, own, best)) is not None:
        return _span(best.value, last.value)  # بين الأول من يناير و15 يوليو: the days between
    if best:
        said = reported_from(text, seg, window[0], start)
        if (best.end <= said or made_known and best.end <= start) and precision_of(best.value) == "day":
            return _week_to(best.value, "saying")  # أعلن الجيش أمس أنه سيطر على البلدة: by yesterday
        return date_from(best, OWN)
    fronted = _fronted(text, seg, found, window[0])
    if fronted is not None:
        return date_from(fronted, OWN)  # وفي 26 يونيو، قتل 38 سائحا: the date the sentence opens with
    ref = _reference(doc, found, seg.sentence_at(start).start)
    if ref is not None:
        return _narrative_week(ref)
    return _published_week(doc.published)


def _range_end(text: str, own: list[Stamp], first: Stamp) -> Stamp | None:
    """The day that closes a range of days ``first`` opens (بين 3 و5 تموز، من 1 إلى 15 يوليو: only
    a joiner of ``day_range_joiners`` between the two), or None."""
    if precision_of(first.value) != "day":
        return None
    nxt = next((s for s in own if s.start >= first.end), None)
    if nxt is None or precision_of(nxt.value) != "day" or nxt.value <= first.value:
        return None
    return nxt if joiners()[1].fullmatch(text, first.end, nxt.start) else None


def _span(first: str, last: str) -> EventDate:
    """An event over the days from ``first`` to ``last``: its precision the shortest of day, week,
    month and year that holds them, its value the first day."""
    days = (date.fromisoformat(last) - date.fromisoformat(first)).days
    precision = "day" if days < 1 else "week" if days < 7 else "month" if days < 31 else "year"
    return EventDate(first, precision, first, last, OWN)


# what may open a sentence before its fronted date: spaces, conjunctions and a list's bullet (- عام 1979 …)
_FRONT_PAD = re.compile(rf"[\s\-–•*{inventory().conjunctions}]*")


def _fronted(text: str, seg: Segmentation, found: list[Stamp], clause_start: int) -> Stamp | None:
    """A date that opens the sentence before the clause (وفي 26 يونيو، قتل 38 سائحا; والسبت، هاجم المسلحون
    القرية فأحرقوا منازل; - عام 1979 قيام مجموعة باقتحام الحرم … ، وإطلاق النار على المصلين): it dates each
    later clause of the sentence with no date of its own as its own timex would."""
    sent = seg.sentence_at(clause_start)
    if clause_start <= sent.start:
        return None
    i = bisect_left(found, sent.start, key=lambda s: s.start)
    if i == len(found) or found[i].bound:
        return None
    s = found[i]
    if s.end > clause_start or not _FRONT_PAD.fullmatch(text, sent.start, s.start):
        return None
    return s


def first_day(value: str) -> str:
    """The first day of a timex value as an ISO date when it is an ISO week (2015-W31: its Monday),
    else the value itself, which then compares with ISO days as text (2015-08, 2015-07-24)."""
    year, sep, week = value.partition("-W")
    if sep and year.isdigit() and week[:2].isdigit():
        try:
            return date.fromisocalendar(int(year), int(week[:2]), 1).isoformat()
        except ValueError:
            return value
    return value


def _published_week(published: str | None) -> EventDate | None:
    """The week up to the publication day (source ``published``), or None without a valid one."""
    if published:
        try:
            return _week_to(published, "published")
        except ValueError:
            return None
    return None


def _bounded(s: Stamp, published: str | None) -> EventDate | None:
    """The date of an event whose clause names the edge or the length of its period (``dating.yaml``):
    a recent start dates it from that day to the publication (source SINCE, narrowed by
    :func:`since`); a start long ago, an end or a short length give only the week up to the
    publication; a length longer than ``since_days`` (خلال 10 أشهر) no date at all."""
    cfg = _config()
    if s.bound == LENGTH:
        return _published_week(published) if _length_days(s.value) <= cfg.since_days else None
    if s.bound == SINCE and published and precision_of(s.value) == "day":
        try:
            days = (date.fromisoformat(published) - date.fromisoformat(s.value)).days
        except ValueError:
            days = -1
        if 0 <= days <= cfg.since_days:
            return EventDate(s.value, "day", s.value, published, SINCE)
    return _published_week(published)


def _length_days(value: str) -> int:
    """Days in an ISO duration such as ``P10M`` (a month as 30 days); 0 for hours or no count."""
    if not value.startswith("P") or value.startswith("PT") or not value[1:-1].isdigit():
        return 0
    return int(value[1:-1]) * _DAYS.get(value[-1], 0)


def since(d: EventDate, past: bool) -> EventDate:
    """The date of an event going on since a recent day (source SINCE): a perfect verb tells of that
    day (قتل خمسة منذ يومين: two days ago), anything else of the days from it to the publication, a
    day when they are two at most, else a week."""
    if past or d.range_from == d.range_to:
        return EventDate(d.value, "day", d.value, d.value, SINCE)
    lo, hi = date.fromisoformat(d.range_from or d.value), date.fromisoformat(d.range_to or d.value)
    return EventDate(d.value, "day" if (hi - lo).days <= 1 else "week", d.range_from, d.range_to, SINCE)


def _week_to(value: str, source: str) -> EventDate:
    """An event that happened by day ``value``, in the week up to it: told in a report published
    that day, or in a reported clause whose only day is the saying's (أعلن الجيش أمس أنه سيطر على
    البلدة).  Raises ValueError for a value that is no day."""
    return EventDate(value, "week", _days_from(value, -6), value, source)


def _narrative_week(value: str) -> EventDate:
    n = _config().narrative_days
    return EventDate(value, "week", _days_from(value, -n), _days_from(value, n), "narrative")


@lru_cache(maxsize=4096)
def _days_from(value: str, days: int) -> str:
    """The day ``days`` after day ``value`` (ISO dates; remembered: a document's days repeat).  Raises
    ValueError for a value that is no day."""
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


def _across_quote(text: str, s: Stamp, pos: int) -> bool:
    """True when a quotation mark opens or closes between the timex and the trigger (one is quoted)."""
    a, b = (s.end, pos) if s.end <= pos else (pos, s.start)
    return text.count('"', a, b) % 2 == 1


def _nearest(cands: list[Stamp], start: int, end: int) -> Stamp | None:
    if not cands:
        return None
    return min(cands, key=lambda s: start - s.end if s.end <= start else s.start - end)


def _reference(doc: Document, found: list[Stamp], pos: int) -> str | None:
    """The story's reference day at ``pos``, or None.

    The same rule as ``rasad.time.reference_at`` (the last DATE timex before the position), on the
    timexes that can date an event, found by bisection; a timex that bounds a period (منذ يومين) sets
    no reference.
    """
    i = bisect_left(found, pos, key=lambda s: s.start)
    while i and found[i - 1].bound:
        i -= 1
    if not i:
        return None
    ref = found[i - 1]
    if len(ref.value) != 10 or (doc.published and ref.value > doc.published):
        return None
    return ref.value
