"""Reading the value of a run of number tokens: digits, number words, scales, vague plurals, ranges.

:func:`scan` finds every number token in one pass (an Aho-Corasick automaton for the words, a
regex for digits); :func:`runs` groups neighbouring tokens ("ثلاثة آلاف وخمسمائة", "5 آلاف",
"130 ... و150", "200 - 250"). A run may hold one number or several; :func:`read_run` splits it into :class:`Number` s by the rules of
Arabic number composition and computes each value:

- units before tens with و (خمسة وعشرون = 25), a unit before عشر/عشرة is a teen (ثلاثة عشر = 13),
  a unit before مئة multiplies it (ثلاث مئة = 300);
- a scale word multiplies what stands before it (5 آلاف, 12.8 ألف, مئة ألف) and و adds smaller
  parts after it (ثلاثة آلاف وخمسمائة = 3500, مليون ونصف = 1.5 million);
- a digit number as large as the scale after it is a slip, not multiplied (6000 آلاف = 6000);
- vague plurals (عشرات, مئات, آلاف alone) are lower bounds; بضع/بضعة is the range 3..9;
- two numbers joined by - or أو form a range, as do بين X و Y (the opener is checked by the caller).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasad.quantities.lexicon import (
    DIGITS,
    DUAL,
    FEW,
    HALF,
    HUNDRED,
    SCALE,
    SCALE_DUAL,
    SCALE_PLURAL,
    TEEN_ONLY,
    TENS,
    UNIT,
    VAGUE,
    Lexicon,
)

DIGIT = "digit"
_SCALED = (SCALE, SCALE_PLURAL, SCALE_DUAL)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")  # 3,500: a comma between thousands


@dataclass(slots=True)
class Number:
    """One number read from the normalised text (normalised offsets)."""

    start: int
    end: int
    value: float
    value_max: float | None = None
    approx: str = "exact"  # exact, at_least, range
    digits: bool = False
    lead: int = 0  # where its proclitics start (the "و" of "و150")
    scale: float = 0.0  # the scale word the number ends with (for ranges: "بين 5 و12 مليون")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    kind: str
    value: float
    prefix: str
    sep: str = ""  # what stood before it inside its run: "" (space), "-" or "or"


class _Builder:
    """Accumulates the tokens of one number (``lo``/``hi`` differ only for بضع)."""

    __slots__ = ("lead", "start", "end", "total_lo", "total_hi", "cur_lo", "cur_hi", "last", "last_value",
                 "last_scale", "digits", "approx")

    def __init__(self, tok: Token):
        self.start, self.end = tok.start, tok.end
        self.lead = tok.start - len(tok.prefix)
        self.total_lo = self.total_hi = 0.0
        self.cur_lo = self.cur_hi = tok.value
        self.last, self.last_value, self.last_scale = tok.kind, tok.value, 0.0
        self.digits = tok.kind == DIGIT
        self.approx = "exact"
        if tok.kind == FEW:
            self.cur_hi, self.approx = 9.0, "range"
        elif tok.kind in (VAGUE, SCALE_PLURAL):
            self.approx, self.last = "at_least", VAGUE
        elif tok.kind == SCALE:
            self.cur_lo = self.cur_hi = 1.0
            self._scale(tok.value)
        elif tok.kind == SCALE_DUAL:
            self.total_lo = self.total_hi = tok.value
            self.cur_lo = self.cur_hi = 0.0
            self.last, self.last_scale = SCALE, tok.value / 2

    def _scale(self, scale: float) -> None:
        if not (self.digits and self.cur_lo >= scale):  # "6000 آلاف" is a slip for 6000
            self.cur_lo *= scale
            self.cur_hi *= scale
        self.total_lo += self.cur_lo
        self.total_hi += self.cur_hi
        self.cur_lo = self.cur_hi = 0.0
        self.last, self.last_scale = SCALE, scale

    def _add(self, tok: Token) -> None:
        self.cur_lo += tok.value
        self.cur_hi += tok.value
        self.last, self.last_value = tok.kind, tok.value

    def join(self, tok: Token) -> bool:
        """Take ``tok`` into this number if the grammar allows it; False if it starts a new one."""
        if tok.sep:
            return False
        pending = self.cur_lo > 0
        if tok.prefix.startswith("و"):
            if tok.prefix != "و":
                return False
            if self.last == UNIT and self.last_value < 10 and tok.kind == TENS and not self.digits:
                self._add(tok)
            elif self.last in (SCALE, SCALE_DUAL) and tok.kind == HALF:
                self.total_lo += self.last_scale / 2
                self.total_hi += self.last_scale / 2
                self.last = HALF
            elif (self.last == SCALE and tok.kind in (UNIT, TENS, HUNDRED, DIGIT)
                  and tok.value < self.last_scale) or (self.last == HUNDRED and tok.kind in (UNIT, TENS)):
                self._add(tok)
            else:
                return False
        elif tok.prefix:
            if not (tok.prefix == "ال" and self.last in (VAGUE, FEW) and tok.kind == SCALE_PLURAL):
                return False
            self._scale(tok.value)
        elif tok.kind == SCALE and self.last == HALF and tok.value == self.last_scale:
            pass  # "مليون ونصف مليون": the scale repeated after the half
        elif tok.kind in (SCALE, SCALE_PLURAL) and pending and self.last not in _SCALED:
            self._scale(tok.value)
        elif tok.kind == VAGUE and self.last == FEW:
            self.cur_lo *= tok.value
            self.cur_hi *= tok.value
            self.last = VAGUE
        elif tok.kind == UNIT and tok.value == 10 and self.last in (UNIT, TEEN_ONLY) and self.last_value < 10:
            self._add(tok)
            self.last = TENS
        elif tok.kind == HUNDRED and tok.value == 100 and self.last == UNIT and 3 <= self.last_value < 10:
            self.cur_lo *= 100
            self.cur_hi *= 100
            self.last = HUNDRED
        else:
            return False
        self.end = tok.end
        return True

    def number(self) -> Number | None:
        if self.last in (TEEN_ONLY, HALF) and self.total_lo == 0:
            return None
        lo, hi = self.total_lo + self.cur_lo, self.total_hi + self.cur_hi
        if lo <= 0:
            return None
        return Number(self.start, self.end, lo, hi if self.approx == "range" else None, self.approx,
                      self.digits, self.lead, self.last_scale if self.last == SCALE else 0.0)


def _digit_value(raw: str) -> float:
    """12.8 → 12.8; 3,500 and 19.589.137 → thousands separators; 2,5 → 2.5."""
    if raw.count(".") + raw.count(",") > 1 or _THOUSANDS.fullmatch(raw):
        return float(raw.replace(",", "").replace(".", ""))
    return float(raw.replace(",", "."))


def scan(text: str, lex: Lexicon) -> list[Token]:
    """Every number word, dual noun and digit number of ``text``, in order, with its proclitics."""
    toks: list[Token] = []
    padded = text + " "  # padded[n] and padded[-1]: no word goes on after the end or before the start
    for last, (prefix, _word, kind, value) in lex.automaton.iter_long(text):
        end = last + 1
        start = end - len(prefix) - len(_word)
        if _is_word(padded[end]) or _is_word(padded[start - 1]):
            continue
        toks.append(Token(start + len(prefix), end, kind, value, prefix))
    for m in DIGITS.finditer(text):
        start = m.start()
        i = start
        while i and text[i - 1].isalpha() and start - i < 4:
            i -= 1
        if _is_word(padded[i - 1]) or text[i:start] not in lex.proclitic_runs:
            continue  # glued to a word ("s&p500", "F16")
        toks.append(Token(start, m.end(), DIGIT, _digit_value(m.group()), text[i:start]))
    toks.sort(key=lambda t: t.start)
    return toks


def runs(text: str, toks: list[Token], lex: Lexicon) -> list[list[Token]]:
    """Group tokens into runs separated only by white space, a dash or a range joiner (أو), and
    mark each token with the separator before it. A dual noun is a run by itself."""
    out: list[list[Token]] = []
    prev: Token | None = None
    for tok in toks:
        sep = None
        if prev is not None and tok.kind != DUAL:
            sep = _separator(text[prev.end:tok.start - len(tok.prefix)], lex)
        if sep is None:
            out.append([tok])
        else:
            tok.sep = sep
            out[-1].append(tok)
        prev = None if tok.kind == DUAL else tok
    return out


def _separator(gap: str, lex: Lexicon) -> str | None:
    """"" (white space), "-" or "or" when ``gap`` joins two tokens of a run, else None."""
    if not gap or "\n" in gap:
        return None
    g = gap.strip()
    if not g:
        return ""
    if g in lex.range_joiners:
        if not g.isalpha():
            return "-"
        if gap[0].isspace() and gap[-1].isspace():
            return "or"
    return None


def _is_word(ch: str) -> bool:
    """Whether ``ch`` goes on a word (a letter, a digit or ``_``)."""
    return ch.isalnum() or ch == "_"


def read_run(text: str, toks: list[Token], lex: Lexicon) -> list[Number]:
    """The numbers in one run of tokens (ranges merged)."""
    numbers: list[tuple[Number, str, str]] = []  # number, separator before it, prefix of its first token
    builder: _Builder | None = None
    first: Token | None = None
    for tok in toks:
        if builder is not None and builder.join(tok):
            continue
        if builder is not None and (n := builder.number()):
            numbers.append((n, first.sep, first.prefix))
        builder, first = _Builder(tok), tok
    if builder is not None and (n := builder.number()):
        numbers.append((n, first.sep, first.prefix))
    out: list[Number] = []
    for n, sep, prefix in numbers:
        prev = out[-1] if out else None
        if prev is not None and prev.approx == "exact" and (
                sep in ("-", "or") or (prefix == "و" and lex.range_opener.search(text, max(0, prev.start - 12),
                                                                                  prev.start))):
            if prev.scale == 0 and n.scale and prev.value < n.scale:  # "بين 5 و12 مليون"
                prev.value *= n.scale
            if n.value > prev.value:
                prev.value_max, prev.approx, prev.end = n.value, "range", n.end
                prev.digits = prev.digits or n.digits
                continue
        out.append(n)
    return out
