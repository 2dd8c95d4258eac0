"""Resolve read time expressions (:class:`~rasad.time.parse.Spec`) to ISO values, in text order.

Rules (see docs/time.md):

* An explicit year makes a date ``absolute``.  A month or day without a year takes the year of
  the story's current reference time (the last resolved day or month, ``narrative``), else of the
  publication date (``published``); a past-tense date never lands after the publication date,
  a date in a sentence about the future never before it.  "الماضي"/"المقبل" after a month pick the
  last/next such month around the publication date.
* A weekday is the publication day when it is the publication weekday (wire reports name the
  day they are filed); otherwise the last such day before publication, or the next one when the
  clause is about the future (a cue such as "سيزور", "من المتوقع" before it) or it says "المقبل".
* A month or day-month without a year governed by an imperfect verb ("يلتقي الطرفان في 25 أغسطس")
  is the coming one when that is at most six months after publication.
* "منذ/قبل + count + unit" is a past date, "بعد + count + unit" a future one in a clause about the
  future (else a DURATION), "لمدة/خلال + count + unit" (or a bare count + unit) a DURATION.  "قبل ذلك بسبعة أيام", "في اليوم التالي", "العام
  التالي", "في السابع والعشرين منه" count from the reference time.
* Without a publication date, expressions that need it get ``value: None``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from rasad.text.proclitics import inventory
from rasad.time.lexicon import lexicon
from rasad.time.parse import Spec, word_before

_UNIT_DAYS = {"D": 1, "W": 7}
UPCOMING_DAYS = 183  # how far ahead a date governed by an imperfect verb may be read
_DUR = {"D": "D", "W": "W", "M": "M", "Y": "Y", "DEC": "Y", "H": "H", "MIN": "M"}


@dataclass(slots=True)
class Value:
    """A resolved value: TIMEX type, ISO value (or None), anchor and the days covered."""

    type: str
    value: str | None
    anchor: str
    first: date | None = None
    last: date | None = None
    moves_reference: bool = False


@dataclass(slots=True)
class State:
    """What the resolver carries from one expression to the next."""

    pub: date | None
    ref: date | None = None  # the story's current reference time (first day of a month ref)
    ref_is_day: bool = False
    last: date | None = None  # the last resolved date of any precision (for "العام التالي")
    last_unit: str = "Y"  # its precision: D, M or Y
    kanun: int | None = None


def month_last(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _shift_months(d: date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def _part(first: date, last: date, part: str | None) -> tuple[date, date]:
    if not part:
        return first, last
    a, b = lexicon().parts[part]
    days = (last - first).days + 1
    lo = first + timedelta(days=days * a // 10)
    hi = first + timedelta(days=max(days * b // 10 - 1, 0))
    return lo, hi


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def is_future(text: str, clause_start: int, pos: int) -> bool:
    """True if a future cue stands between the clause start and ``pos`` (normalised offsets), not one
    that makes with the word before it a phrase of ``past_intention`` (ألقت الشرطة القبض على رجل كان
    يعتزم تفجير حزام ناسف خلال صلاة الجمعة: a plan of the past, its Friday not the next)."""
    past = lexicon().past_intention
    return any(f"{word_before(text, at)} {text[at:pos].split(' ', 1)[0]}" not in past
               for at, _ in future_cues(text, max(clause_start, pos - 160), pos))


def future_cues(text: str, lo: int, hi: int) -> Iterator[tuple[int, bool]]:
    """The future cues in ``text[lo:hi]``: (start, whether it is a verb with the future prefix: سيزور)."""
    lex = lexicon()
    for m in lex.future_cue.finditer(text, lo, hi):
        verb = m.group("verb")
        if verb is None:
            yield m.start(), False
        elif not ("س" + verb).startswith(lex.future_not) and not _place_word(word_before(text, m.start()),
                                                                             lex.future_prefix_after_not):
            yield m.start(), True  # (not a name after a place word: ناحية سيدكان، بولاية سينالوا)


def _place_word(word: str, words: frozenset[str]) -> bool:
    """Whether ``word``, maybe behind a conjunction and a preposition of the proclitic inventory (وفي،
    بولاية), is one of ``words``."""
    inv = inventory()
    forms = (word, word[1:]) if word[:1] in inv.conjunctions else (word,)
    return any(w in words or len(w) > 2 and w[0] in inv.prepositions and w[1:] in words for w in forms)


def is_underway(text: str, clause_start: int, pos: int) -> bool:
    """True if an imperfect verb ("يلتقي") stands among the few words before ``pos`` in its clause,
    with no perfect-tense marker (كان، قد، منذ …) after it (``imperfect_*`` in expressions.yaml)."""
    lex = lexicon()
    words = text[clause_start:pos].split()[-lex.imperfect_reach - 1:]

    def stop(w: str) -> bool:
        return w in lex.imperfect_stop or (w[:1] in "وف" and w[1:] in lex.imperfect_stop)

    for i in range(len(words) - 1, 0 if len(words) > lex.imperfect_reach else -1, -1):
        w = words[i]
        if stop(w) or (i and " ".join(words[i - 1:i + 1]) in lex.imperfect_stop):  # يأتي ذلك بعد أن قصفت
            return False
        m = lex.imperfect.fullmatch(w)
        if m and m.group(1) not in lex.imperfect_not and w not in lex.imperfect_not:
            # كان يعيش: a past habit; قبل أن يغيروا: the subjunctive of a past story
            return not ((i and stop(words[i - 1])) or " ".join(words[max(0, i - 2):i]) in lex.imperfect_stop)
    return False


def _nowadays(text: str, sp: Spec) -> bool:
    """Whether "اليوم" means nowadays: a word of ``nowadays`` (expressions.yaml) stands right before
    or after it (أصبحت اليوم أكثر جرأة، الاتفاق اليوم واقع، إيران اليوم هي من تمارس)."""
    words = lexicon().nowadays
    after = text[sp.end:sp.end + 20].split(maxsplit=1)
    return word_before(text, sp.start) in words or bool(after) and after[0] in words


def resolvable(sp: Spec) -> bool:
    """False when :func:`resolve` can only return None: ``sp`` fills none of the slots a value is
    read from (a lone "هذا", "الماضي" or "نهاية" is no time expression)."""
    return bool(sp.set_value or "numdate" in sp.markers or sp.hmonth is not None or sp.month is not None
                or sp.kanun or sp.day is not None or sp.weekday is not None or sp.relday is not None
                or sp.unit is not None or sp.year is not None)


def names_place_or_event(word: str) -> bool:
    """Whether ``word`` (its proclitic ب، ل or ك aside: بملعب 22 مايو) makes the date after it part of a
    name (``name_before`` in expressions.yaml)."""
    names = lexicon().name_before
    return word in names or len(word) > 3 and word[0] in inventory().prepositions and word[1:] in names


def resolve(sp: Spec, st: State, text: str, future: bool, underway: bool = False) -> Value | None:
    """The value of one expression (None: it is not a time expression after all).  ``future``: its
    clause is about the future; ``underway``: an imperfect verb governs it (:func:`is_underway`)."""
    if sp.set_value:
        return Value("SET", sp.set_value, "absolute")
    if "numdate" in sp.markers:
        if sp.year and 1300 <= sp.year <= 1500:
            # a numeric Hijri date: read it as one (on a copy: a spec may be resolved twice, first
            # when looking for the publication date)
            return _hijri(replace(sp, hmonth=sp.month, month=None, hijri_year=True, markers=set(sp.markers)), st)
        d = _day(sp.year or 0, sp.month or 0, sp.day or 0) if sp.year else None
        return Value("DATE", d.isoformat(), "absolute", d, d, True) if d else None
    if (sp.hmonth is not None or sp.month is not None or sp.kanun) and sp.year is None and sp.day is not None \
            and names_place_or_event(word_before(text, sp.start)):
        return Value("DATE", None, "published")  # "ثورة 25 يناير", "مدينة العاشر من رمضان": a name
    if sp.hmonth is not None:
        return _hijri(sp, st)
    if sp.month is not None or sp.kanun:
        return _calendar(sp, st, future, underway)
    if sp.day is not None and (sp.same_month or sp.unit == "M") and "ordinal" not in sp.markers:
        return _day_of_month(sp, st)
    if sp.weekday is not None:
        if sp.relday is not None and sp.mod is None:  # "يوم غد الجمعة", "أمس الخميس"
            sp.mod = "ahead" if sp.relday > 0 else "back"
        return _weekday(sp, st, future)
    if sp.relday is not None:
        if sp.relday == 0 and sp.prep == "in" and not sp.daypart:
            return None  # "ثلاث مرات في اليوم"
        if sp.relday == 0 and not sp.daypart and _nowadays(text, sp):
            return Value("DATE", None, "published")  # "والمعركة اليوم تحولت": nowadays, not this day
        if st.pub is None:
            return Value("DATE", None, "published")
        d = st.pub + timedelta(days=sp.relday)
        return Value("DATE", d.isoformat(), "published", d, d)
    if sp.unit is not None:
        return _unit(sp, st, text, future)
    if sp.year is not None:
        return _year(sp, text)
    return None


def _hijri(sp: Spec, st: State) -> Value | None:
    assert sp.hmonth is not None
    if sp.ambiguous and not (sp.day or sp.year or sp.paired or sp.mod is not None or "monthmark" in sp.markers):
        return None  # "رجب", "شعبان" alone are names
    if sp.year is not None and sp.hijri_year:
        hy, anchor = sp.year, "absolute"
    elif sp.year is None and st.pub is not None:
        hy, anchor = Gregorian(st.pub.year, st.pub.month, st.pub.day).to_hijri().year, "published"
    else:
        return Value("DATE", None, "absolute") if sp.day or sp.year or sp.paired else None
    try:
        first_h = Hijri(hy, sp.hmonth, 1)
        first = first_h.to_gregorian()
        first = date(first.year, first.month, first.day)
        last = first + timedelta(days=first_h.month_length() - 1)
        if sp.day:
            g = Hijri(hy, sp.hmonth, sp.day).to_gregorian()
            d = date(g.year, g.month, g.day)
            return Value("DATE", d.isoformat(), anchor, d, d, True)
    except (ValueError, OverflowError):
        return Value("DATE", None, anchor)
    lo, hi = _part(first, last, sp.part)
    mid = lo + (hi - lo) / 2
    return Value("DATE", f"{mid.year:04d}-{mid.month:02d}", anchor, lo, hi, True)


def _upcoming_year(pub: date, month: int, day: int | None) -> int | None:
    """The year that puts ``day`` ``month`` (or the whole month) on or after the publication day
    and at most six months ahead, or None."""
    for y in (pub.year, pub.year + 1):
        last = month_last(y, month)
        first = _day(y, month, day) if day is not None else date(y, month, 1)
        if first is None or last < pub:
            continue
        return y if (first - pub).days <= UPCOMING_DAYS else None
    return None


def _calendar(sp: Spec, st: State, future: bool, underway: bool = False) -> Value | None:
    has_context = (sp.day is not None or sp.year is not None or sp.paired or "monthmark" in sp.markers
                   or sp.mod is not None or sp.part is not None)
    if sp.ambiguous and not has_context:
        return None
    month = sp.month
    if sp.kanun and month is None:
        month = st.kanun
        if month is None:
            return Value("DATE", None, "narrative")
    assert month is not None
    pub = st.pub
    if sp.year is not None:
        if not 1000 <= sp.year <= 2200:
            return None
        y, anchor = sp.year, "absolute"
    elif pub is None and st.ref is None:
        return Value("DATE", None, "published")
    elif underway and sp.mod is None and pub is not None and (up := _upcoming_year(pub, month, sp.day)):
        y, anchor, future = up, "published", True  # يلتقي الطرفان في 25 أغسطس: the coming one
    elif sp.mod in (-1, 1, 0) and pub is not None:
        anchor = "published"
        if sp.mod == -1:
            before = month < pub.month or (month == pub.month and sp.day is not None and sp.day < pub.day)
            y = pub.year if before else pub.year - 1
        elif sp.mod == 1:
            y = pub.year if month > pub.month else pub.year + 1
        else:
            y = pub.year
    else:
        narrative = st.ref is not None and (pub is None or st.ref <= pub)
        base = st.ref if narrative else pub
        assert base is not None
        anchor = "narrative" if narrative else "published"
        y = base.year
        if pub is not None:
            if not future and date(y, month, 1) > pub:
                y -= 1
            elif future and month_last(y, month) < pub and (y + 1 - pub.year) * 12 + month - pub.month <= 6:
                y += 1
    if month in (1, 12):
        st.kanun = month
    if sp.day is not None:
        d = _day(y, month, sp.day)
        if d is None:
            return Value("DATE", None, anchor)
        if pub is not None and anchor != "absolute" and sp.mod is None and not future and d > pub:
            d = _day(y - 1, month, sp.day) or d
        return Value("DATE", d.isoformat(), anchor, d, d, True)
    lo, hi = _part(date(y, month, 1), month_last(y, month), sp.part)
    return Value("DATE", f"{y:04d}-{month:02d}", anchor, lo, hi, True)


def _day_of_month(sp: Spec, st: State) -> Value | None:
    assert sp.day is not None
    if sp.same_month:
        if st.ref is None:
            return Value("DATE", None, "narrative")
        y, m, anchor = st.ref.year, st.ref.month, "narrative"
    else:
        if st.pub is None or sp.mod not in (-1, 0, 1):
            return None
        y, m = _shift_months(st.pub, int(sp.mod or 0))  # type: ignore[arg-type]
        anchor = "published"
    d = _day(y, m, sp.day)
    if d is None:
        return Value("DATE", None, anchor)
    return Value("DATE", d.isoformat(), anchor, d, d, True)


def _weekday(sp: Spec, st: State, future: bool) -> Value:
    assert sp.weekday is not None
    pub = st.pub
    if pub is None:
        return Value("DATE", None, "published")
    back = (pub.weekday() - sp.weekday) % 7
    ahead = (sp.weekday - pub.weekday()) % 7
    if sp.mod == -1:
        d = pub - timedelta(days=back or 7)
    elif sp.mod == -2:  # "الجمعة قبل الماضي": the one before the last
        d = pub - timedelta(days=(back or 7) + 7)
    elif sp.mod == 1:
        d = pub + timedelta(days=ahead or 7)
    elif sp.mod == "back":
        d = pub - timedelta(days=back)
    elif sp.mod == "ahead":
        d = pub + timedelta(days=ahead)
    elif back == 0:
        d = pub
    elif future:
        d = pub + timedelta(days=ahead)
    else:
        d = pub - timedelta(days=back)
    return Value("DATE", d.isoformat(), "published", d, d)


def _period(unit: str, base: date, n: int, part: str | None) -> Value | None:
    """The calendar day/week/month/year ``n`` units from ``base``."""
    if unit == "D":
        d = base + timedelta(days=n)
        return Value("DATE", d.isoformat(), "published", d, d)
    if unit == "W":
        d = base + timedelta(days=7 * n)
        lo = d - timedelta(days=d.weekday())
        hi = lo + timedelta(days=6)
        iso = d.isocalendar()
        lo, hi = _part(lo, hi, part)
        return Value("DATE", f"{iso[0]:04d}-W{iso[1]:02d}", "published", lo, hi)
    if unit == "M":
        y, m = _shift_months(base, n)
        lo, hi = _part(date(y, m, 1), month_last(y, m), part)
        return Value("DATE", f"{y:04d}-{m:02d}", "published", lo, hi)
    if unit == "Y":
        y = base.year + n
        lo, hi = _part(date(y, 1, 1), date(y, 12, 31), part)
        return Value("DATE", f"{y:04d}", "published", lo, hi)
    return None


def _ago(unit: str, base: date, n: int) -> Value | None:
    """The date ``n`` units before (negative ``n``: after) ``base``, at the unit's precision: a day
    for days (قبل يومين), the calendar week for weeks (قبل أسبوع: about a week ago, not that day)."""
    if unit == "W":
        return _period("W", base, -n, None)
    if unit == "D":
        d = base - timedelta(days=n)
        return Value("DATE", d.isoformat(), "published", d, d)
    if unit in ("H", "MIN"):
        return Value("DATE", base.isoformat(), "published", base, base)
    if unit == "M":
        y, m = _shift_months(base, -n)
        return Value("DATE", f"{y:04d}-{m:02d}", "published", date(y, m, 1), month_last(y, m))
    if unit in ("Y", "DEC"):
        y = base.year - n * (10 if unit == "DEC" else 1)
        return Value("DATE", f"{y:04d}", "published", date(y, 1, 1), date(y, 12, 31))
    return None


def _duration(unit: str, n: int | None) -> str | None:
    if n is None:
        return None
    if unit == "DEC":
        n *= 10
    return f"PT{n}{_DUR[unit]}" if unit in ("H", "MIN") else f"P{n}{_DUR[unit]}"


def _unit(sp: Spec, st: State, text: str, future: bool) -> Value | None:
    unit, n = sp.unit, sp.count
    assert unit is not None
    if "ordinal" in sp.markers:  # "الأسبوع الثاني": counted from something the text does not say
        return Value("TIME" if unit == "H" else "DATE", None, "published")  # "الساعة الثانية عشرة": a clock time
    if sp.mod == "same":  # "نهاية العام نفسه": the period of the story's reference time
        if st.last is None or "DWMY".find(unit) < "DWMY".find(st.last_unit) \
                or text.startswith(lexicon().same_of, sp.end):  # the same day of a week; as something named after it
            return Value("DATE", None, "narrative")
        v = _period(unit, st.last, 0, sp.part)
        if v:
            v.anchor = "narrative"
        return v
    if sp.shift:
        if n is None:
            return None
        if st.ref is None or not st.ref_is_day:
            return Value("DATE", None, "narrative")
        v = _ago(unit, st.ref, -sp.shift * n)
        if v:
            v.anchor, v.moves_reference = "narrative", True
        return v
    if sp.mod == "next":
        if st.last is None or "DWMY".find(unit) < "DWMY".find(st.last_unit):
            return Value("DATE", None, "narrative")
        v = _period(unit, st.last, 1, sp.part)
        if v:
            v.anchor, v.moves_reference = "narrative", True
        return v
    if n is None and sp.unit_form == 1:
        if not (sp.mod is not None or sp.this or sp.prep in ("duration", "since", "after")):
            return None
        n = 1
    if sp.prep == "since" and sp.count is not None and text.startswith(lexicon().before_relative, sp.end):
        return Value("DURATION", _duration(unit, n), "absolute")  # "قبل يومين من مقتله": before an event
    if sp.prep == "after" and (not future or unit in ("H", "MIN") or text.startswith(lexicon().after_relative, sp.end)):
        if sp.count is None:
            return None  # "عاما بعد عام", "بعد عقد الاتفاق"
        return Value("DURATION", _duration(unit, n), "absolute")
    if (sp.mod in (-2, -1, 0, 1) or sp.this) and (n is None or n == 1) and not _plural(sp):
        if st.pub is None:
            return Value("DATE", None, "published")
        return _period(unit, st.pub, int(sp.mod or 0), sp.part)  # type: ignore[arg-type]
    if sp.mod in (-1, 1) or (_plural(sp) and sp.mod is not None):
        v = Value("DURATION", _duration(unit, n) if n else None, "published")
        if st.pub is not None and n and unit in _UNIT_DAYS:
            span = timedelta(days=n * _UNIT_DAYS[unit])
            v.first, v.last = (st.pub - span, st.pub) if sp.mod == -1 else (st.pub, st.pub + span)
        return v
    if sp.prep == "since" or (sp.prep == "after" and n):
        if n is None or st.pub is None:
            return Value("DATE", None, "published")
        return _ago(unit, st.pub, n if sp.prep == "since" else -n)
    if n is None and sp.prep != "duration":
        return None
    return Value("DURATION", _duration(unit, n), "absolute")


def _plural(sp: Spec) -> bool:
    return sp.unit_form is None


def _year(sp: Spec, text: str) -> Value | None:
    assert sp.year is not None
    marked = bool({"yearmark", "era"} & sp.markers or sp.part)  # a year marker, an era or a part of the year
    before = word_before(text, sp.start)
    if not (marked or sp.prep in ("since", "until", "in", "duration") or before in lexicon().year_preps):
        return None
    if not marked and before in lexicon().count_openers:
        return None  # أكثر من 1300 شخص: a count after من, not the year 1300
    if sp.hijri_year:
        try:
            a = Hijri(sp.year, 1, 1).to_gregorian()
            b = Hijri(sp.year, 12, 1).to_gregorian()
        except (ValueError, OverflowError):
            return Value("DATE", None, "absolute")
        lo, hi = date(a.year, a.month, a.day), date(b.year, b.month, b.day) + timedelta(days=29)
        mid = lo + (hi - lo) / 2
        return Value("DATE", f"{mid.year:04d}", "absolute", lo, hi)
    if not 1000 <= sp.year <= 2200:
        return None
    lo, hi = _part(date(sp.year, 1, 1), date(sp.year, 12, 31), sp.part)
    return Value("DATE", f"{sp.year:04d}", "absolute", lo, hi)
