"""Find time words in the normalised text, group adjacent ones, and read each group's structure.

One Aho-Corasick pass finds every time word at a word start (see :mod:`rasad.time.lexicon`),
one regex pass finds digit numbers and numeric dates.  Words separated only by spaces,
punctuation (``, / - ( )``) or the glue words "من"/"في" form a group ("في الثاني من كانون
الأول/ديسمبر 2016"); a word with the conjunction و/ف starts a new group.  :func:`read_group`
turns a group into a :class:`Spec` — which slots it fills (day, month, year, weekday, unit,
count, modifier …) — without resolving anything; :mod:`rasad.time.resolve` does that.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import lru_cache

from rasad.resources import load_yaml
from rasad.text.normalise import normalise_key
from rasad.text.proclitics import inventory
from rasad.text.segment import matches_at
from rasad.time.lexicon import Lexicon, Role, lexicon

_ARTICLE = inventory().article

_NONWORD = re.compile(r"[^\w ]|_")  # non-word characters, to be spaces (a space already is one)
# most non-word characters of a text are ASCII punctuation and white space: str.replace blanks them in C
_ASCII_NONWORD = tuple(c for c in string.punctuation + string.whitespace if c != " ")
_DIGIT_RUN = re.compile(r"[0-9][0-9]*")  # not "[0-9]+": re skips ahead to a class it starts with
# a number standing alone, after the article (الـ 15) or after the conjunction و ("بين 12 و15 تموز")
# a number: not inside a word or a numeric date, but the second day of "12-13 يوليو" (a day after a
# lone one- or two-digit number and a dash) counts
_NUMBER = re.compile(r"(?:(?<=ال)|(?<=\sو)|(?<=^و)|(?<=\s[0-9]-)|(?<=\s[0-9]{2}-)|(?<![\w.,/-]))"
                     r"([0-9]{1,4})(?![0-9]|[.,/][0-9])")
_NUMDATE = re.compile(r"(?<![\w/.-])(?:([0-9]{1,2})\s?([/.-])\s?([0-9]{1,2})\s?\2\s?([0-9]{4})"
                      r"|([0-9]{4})-([0-9]{2})-([0-9]{2}))(?![0-9/-])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s(]*$")


@dataclass(slots=True)
class Hit:
    """A time word (or number) found in the normalised text."""

    start: int  # word start, proclitics included
    kw: int  # start of the word itself, after its proclitics
    end: int
    word: str
    roles: tuple[Role, ...]

    def has(self, kind: str) -> bool:
        return any(k == kind for k, _ in self.roles)

    def get(self, kind: str) -> object:
        for k, v in self.roles:
            if k == kind:
                return v
        return None


@dataclass(slots=True)
class Spec:
    """What a group of time words says, before resolution (normalised offsets)."""

    start: int
    end: int
    day: int | None = None
    month: int | None = None
    hmonth: int | None = None
    kanun: bool = False
    year: int | None = None
    hijri_year: bool = False
    weekday: int | None = None
    relday: int | None = None
    daypart: bool = False
    unit: str | None = None
    unit_form: int | None = None  # 1 singular, 2 dual, None plural
    count: int | None = None
    mod: object = None
    this: bool = False
    part: str | None = None
    set_value: str | None = None
    prep: str | None = None
    shift: int = 0
    same_month: bool = False
    markers: set[str] = field(default_factory=set)
    paired: bool = False
    ambiguous: bool = False
    range_first: tuple[int, int, int, int] | None = None  # "12 - 13 يوليو": day, start, end of "12", start of "13"


@lru_cache(maxsize=1)
def joiners() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand between the words of one expression (punctuation and the ``glue`` words) and
    what joins the two days of a range (``day_range_joiners``), from ``expressions.yaml``."""
    exp = load_yaml("ar/time/expressions.yaml")

    def alt(key: str) -> str:
        return "|".join(map(re.escape, sorted({normalise_key(str(w)) for w in exp[key]})))

    glue = re.compile(rf"[\s,/()\-]*(?:(?:{alt('glue')})[\s,/()\-]+)?")
    return glue, re.compile(rf"\s*(?:{alt('day_range_joiners')})\s*")


def find_hits(text: str) -> list[Hit]:
    """Every time word and number in normalised ``text``, leftmost-longest, not overlapping."""
    lex = lexicon()
    spaced = " " + _blank(text)
    n = len(text)
    cands: list[Hit] = []
    for end, (keylen, plen, word, roles) in lex.automaton.iter(spaced):
        if end < n and (text[end].isalnum()):
            continue
        start = end - keylen + 1
        cands.append(Hit(start, start + plen, end, word, roles))
    # both number patterns open with a look-behind; a match can only start where a run of digits does
    digits = [m.start() for m in _DIGIT_RUN.finditer(text)]
    for m in matches_at(_NUMDATE, text, digits):
        if m.group(1):
            d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        else:
            y, mo, d = int(m.group(5)), int(m.group(6)), int(m.group(7))
        cands.append(Hit(m.start(), m.start(), m.end(), m.group(0), (("numdate", (y, mo, d)),)))
    for m in matches_at(_NUMBER, text, digits):
        lead = m.start() - (m.start() > 0 and text[m.start() - 1] == "و")  # the و of "و15" is a proclitic
        cands.append(Hit(lead, m.start(), m.end(), m.group(1), (("num", (int(m.group(1)), len(m.group(1)))),)))
    cands.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    last = -1
    for h in cands:
        if h.start >= last:
            out.append(h)
            last = h.end
    return out


def _blank(text: str) -> str:
    """``text`` with each non-word character (``_NONWORD``) made a space.

    ASCII punctuation and white space go by ``str.replace``; the regex, which tests every character
    in Python's ``re`` and costs a few times more, runs only when something else is left, that is
    when the text without its spaces is not all letters and digits (``str.isalnum`` tests exactly
    what ``[^\\W_]`` matches).
    """
    for c in _ASCII_NONWORD:
        if c in text:
            text = text.replace(c, " ")
    if not text.replace(" ", "").isalnum():
        text = _NONWORD.sub(" ", text)
    return text


def groups(text: str, hits: list[Hit]) -> list[list[Hit]]:
    """Hits that stand together (only glue between them, no و/ف on the next word)."""
    lex = lexicon()
    glue = joiners()[0]
    out: list[list[Hit]] = []
    for h in hits:
        if out:
            prev = out[-1][-1]
            conj = h.kw > h.start and text[h.start] in "وف"
            score = h.word in lex.ambiguous and "-" in text[prev.end:h.start]  # "فاز (2-صفر)"
            if not conj and not score and glue.fullmatch(text, prev.end, h.start):
                out[-1].append(h)
                continue
        out.append([h])
    return out


def _month_like(h: Hit | None) -> bool:
    return h is not None and (h.has("month") or h.has("hmonth") or h.has("kanun"))


def _choose(h: Hit, prev: Hit | None, nxt: Hit | None) -> Role:
    """The role a word plays here, when it has several."""
    if len(h.roles) == 1:
        return h.roles[0]
    kinds = {k for k, _ in h.roles}
    if "unit" in kinds and "relday" in kinds:
        return ("unit", h.get("unit")) if nxt is not None and (nxt.has("mod") or nxt.has("ordinal")) or (
            prev and (prev.has("part") or prev.has("samebefore"))) \
            else ("relday", h.get("relday"))
    if "yearmark" in kinds:
        if nxt is not None and nxt.has("num"):
            return ("yearmark", None)
        return ("unit", h.get("unit"))
    if "daymark" in kinds:
        if nxt is not None and (nxt.has("weekday") or nxt.has("num") or nxt.has("ordinal") or nxt.has("relday")):
            return ("daymark", None)
        return ("unit", h.get("unit"))
    if "monthmark" in kinds:
        return ("monthmark", None) if _month_like(nxt) else ("unit", h.get("unit"))
    if "ordinal" in kinds and "part" in kinds:
        return ("ordinal", h.get("ordinal")) if _month_like(nxt) else ("part", h.get("part"))
    return h.roles[0]


def read_group(text: str, group: list[Hit]) -> list[Spec]:
    """The structures of one group of time words: several when the group holds several
    expressions side by side ("منذ عام 2012 العام التالي")."""
    lex = lexicon()
    sp = Spec(group[0].kw, group[-1].end)
    stop, restart = len(group), len(group)
    year_seen = False
    day_at: int | None = None
    count_at: int | None = None  # where a number word counting a unit stands
    ignored: set[int] = set()  # words of the group that turn out not to belong to the expression
    nums: list[tuple[int, int, int]] = []  # (index, value, digits)
    for i, h in enumerate(group):
        prev = group[i - 1] if i else None
        nxt = group[i + 1] if i + 1 < len(group) else None
        kind, val = _choose(h, prev, nxt)
        if i == 0 and kind == "mod":  # "المقبلة يوم 16 سبتمبر": the modifier belongs to the word before
            ignored.add(0)
            continue
        if kind == "num":
            nums.append((i, *val))  # type: ignore[misc]
            year_seen = year_seen or val[1] == 4 or (prev is not None and prev.has("yearmark"))  # type: ignore[index]
        elif kind == "numdate":
            sp.year, sp.month, sp.day = val  # type: ignore[misc]
            sp.markers.add("numdate")
            if day_at is not None:
                ignored.add(day_at)
        elif kind in ("month", "hmonth", "kanun"):
            slot = "month" if kind != "hmonth" else "hmonth"
            if sp.unit is not None:  # "(23 عاما) في 29 يونيو"
                stop = restart = i
                break
            if kind == "kanun":
                if sp.month is None:
                    sp.kanun = True
            elif getattr(sp, slot) is None and not (kind == "month" and sp.kanun):
                setattr(sp, slot, val)
            elif getattr(sp, slot) == val or sp.kanun:
                sp.paired = True
                sp.kanun = False
                setattr(sp, slot, val)
            else:
                stop = restart = i
                break
            if h.word in lex.ambiguous:
                sp.ambiguous = True
        elif kind == "weekday":
            if lex.weekday_not_before.match(text, h.end):
                stop, restart = i, i + 1
                break
            if sp.weekday is not None:
                stop = restart = i
                break
            sp.weekday = val  # type: ignore[assignment]
        elif kind == "ordinal":
            if sp.day is None and val <= 31:  # type: ignore[operator]
                sp.day, day_at = val, i  # type: ignore[assignment]
                sp.markers.add("ordinal_day")
        elif kind == "number":
            if sp.unit is not None and sp.unit_form is not None:
                stop = restart = i  # "الأسبوع الماضي أربع طائرات": the count belongs to what follows
                break
            sp.count, count_at = val, i  # type: ignore[assignment]
        elif kind == "relday":
            sp.relday = val  # type: ignore[assignment]
        elif kind == "unit":
            if sp.unit is not None or year_seen or sp.weekday is not None or sp.relday is not None:
                stop = restart = i
                break
            sp.unit, sp.unit_form = val  # type: ignore[misc]
            if count_at is not None and h.word.startswith(_ARTICLE):
                ignored.add(count_at)  # "قتل خمسة الأسبوع الماضي": the five are the dead, not weeks
                sp.count = count_at = None
            if sp.unit_form == 2 and sp.count is None:
                sp.count = 2
        elif kind == "mod":
            sp.mod = val
        elif kind == "this":
            sp.this = True
        elif kind == "samebefore":  # "في نفس اليوم": the story's day, as "اليوم نفسه"; not "ذات يوم"
            if nxt is not None and nxt.word.startswith(_ARTICLE):
                sp.mod = "same"
            else:
                ignored.add(i)
        elif kind == "part":
            sp.part = val  # type: ignore[assignment]
        elif kind == "daypart":
            sp.daypart = True
        elif kind == "set":
            sp.set_value = val  # type: ignore[assignment]
        else:
            sp.markers.add(kind)
    if count_at is not None and sp.relday is not None and sp.unit is None:
        ignored.add(count_at)  # "قتل ثلاثة الليلة الماضية": the three are the dead, not a count of days
        sp.count = None
    out: list[Spec] = []
    if stop:
        used = group[:stop]
        sp.start, sp.end = used[0].kw, used[-1].end
        ignored |= _read_numbers(text, used, sp, nums)
        if day_at is not None and "digit_day" in sp.markers:
            ignored.add(day_at)
        if day_at is not None and sp.month is None and sp.hmonth is None and (sp.year or sp.unit):
            if day_at == 0:  # "الأولى من عام 2015": an ordinal, not a day of a month
                ignored.add(0)
                sp.day = None
            else:  # "الأسبوع الثاني"
                sp.markers.add("ordinal")
        first = 0
        while first < len(used) - 1 and first in ignored:
            first += 1
        sp.start = used[first].kw
        out.append(sp)
    if 0 < restart < len(group):
        out.extend(read_group(text, group[restart:]))
    return out


def _read_numbers(text: str, group: list[Hit], sp: Spec, nums: list[tuple[int, int, int]]) -> set[int]:
    """Decide whether each number is a day, a year or a count; a number left over at the end of
    the group is not part of the expression."""
    lex = lexicon()
    unused: set[int] = set()
    for i, value, digits in nums:
        if i >= len(group):
            continue
        prev = group[i - 1] if i else None
        nxt = group[i + 1] if i + 1 < len(group) else None
        month_near = _month_like(prev) or _month_like(nxt) or (
            nxt is not None and nxt.has("monthmark"))
        if digits == 4 or (prev is not None and prev.has("yearmark")):
            if sp.year is None:
                sp.year = value
                m = lex.era.match(text, group[i].end)
                if m:
                    sp.end = max(sp.end, m.end())
                    sp.hijri_year = bool(m.group("h"))
                    sp.markers.add("era")
                elif sp.hmonth is not None and 1300 <= value <= 1500:
                    sp.hijri_year = True
        elif (1 <= value <= 31 and nxt is not None and nxt.has("num") and i + 2 < len(group)
              and _month_like(group[i + 2]) and text[group[i].end:nxt.start].strip() in ("-", "–")
              and value < int(nxt.get("num")[0])):  # type: ignore[index]
            sp.range_first = (value, group[i].start, group[i].end, nxt.start)  # "12 - 13 يوليو"
            unused.add(i)
        elif 1 <= value <= 31 and month_near and (sp.day is None or "ordinal_day" in sp.markers):
            sp.day = value  # a digit day next to the month beats an ordinal ("الثالثة صباح يوم 24 نوفمبر")
            sp.markers.add("digit_day")
        elif nxt is not None and nxt.has("unit") and not text[group[i].end:nxt.start].strip():
            if nxt.word.startswith(_ARTICLE):  # "قتل 5 الأسبوع الماضي": the five are the dead
                unused.add(i)
            else:
                sp.count = value
        elif nxt is not None and nxt.has("unit") and value <= 31 and sp.day is None:
            sp.day = value  # "في 26 من الشهر الماضي"
        elif prev is not None and prev.has("daymark") and value <= 31 and sp.day is None:
            sp.day = value
        else:
            unused.add(i)
    last = len(group) - 1
    while last > 0 and last in unused:
        last -= 1
    if last < len(group) - 1:
        sp.end = group[last].end
    return unused


def word_before(text: str, pos: int) -> str:
    """The word just before normalised offset ``pos`` (without و/ف), or ''."""
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    if not m:
        return ""
    w = m.group(1)
    return w[1:] if len(w) > 2 and w[0] in "وف" else w


def left_context(text: str, group: list[Hit], sp: Spec) -> None:
    """Attach a preposition ("منذ", "لمدة", "حتى") or a narrative shift ("قبل ذلك ب") before ``sp``."""
    lex = lexicon()
    first = group[0]
    if sp.start != first.kw:
        return
    for upto in (first.start, first.kw):
        m = _left_context_before(text, upto, lex)
        if m:
            name = next(k for k, v in m.groupdict().items() if v)
            if name in ("shiftm", "shiftp"):
                sp.shift = -1 if name == "shiftm" else 1
            else:
                sp.prep = name
            sp.start = m.start(name)
            return
        if first.kw == first.start:
            return


def _left_context_before(text: str, upto: int, lex: Lexicon) -> re.Match[str] | None:
    """``lex.left_context`` searched in the 40 characters before ``upto``; the search is left out
    when the last word there (white space delimits words in ``str.split`` and in ``\\s``) does not
    end as a match must."""
    lo = max(0, upto - 40)
    words = text[lo:upto].split()
    if not words or not words[-1].endswith(lex.left_context_ends):
        return None
    return lex.left_context.search(text, lo, upto)
