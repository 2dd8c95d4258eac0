"""Normalisation for matching, and the map back to original offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasad.text.normalise import normalise, normalise_key


@pytest.mark.parametrize(("original", "expected"), [
    ("أَحْمَد", "احمد"),                       # diacritics dropped, hamza on alef folded
    ("إدلب", "ادلب"),
    ("آذار", "اذار"),
    ("حلـــب", "حلب"),                         # tatweel
    ("مستشفى", "مستشفي"),                      # alef maqsura
    ("مدينة", "مدينه"),                        # ta marbuta
    ("مسؤول", "مسوول"),
    ("رئيس", "رييس"),
    ("٢٠١٦", "2016"),                          # Arabic-Indic digits
    ("۲۰۱۶", "2016"),                          # Persian digits
    ("١٢٫٨", "12.8"),                          # Arabic decimal separator
    ("حلب، إدلب؛ لماذا؟", "حلب, ادلب; لماذا?"),
    ("«النصرة»", '"النصره"'),
    ("\u200fحلب\u200e", "حلب"),                # bidi marks
    ("BBC", "bbc"),
    ("ﺍﺳﺘﻬﺪﻑ ﻣﻌﺴﻜﺮ", "استهدف معسكر"),          # presentation forms, as some sites still write
    ("ﺃﺣﻴﺎﺀ", "احياء"),                         # and then folded as their letters are
    ("ﻻ", "ﻻ"),                                # a ligature of two letters is kept (one to one)
])
def test_normalised_form(original: str, expected: str) -> None:
    assert normalise(original).text == expected


def test_spans_map_back_to_original_words() -> None:
    text = "قَصَفَتْ الطائراتُ حـلـب، وقُتِلَ ١٢ مدنياً"
    n = normalise(text)
    for word in ("قصفت", "الطايرات", "حلب", "وقتل", "12", "مدنيا"):
        ns = n.text.index(word)
        start, end = n.to_original(ns, ns + len(word))
        assert normalise(text[start:end]).text == word
    # the original span of a word keeps its own diacritics, and only those
    ns = n.text.index("قصفت")
    assert text[slice(*n.to_original(ns, ns + 4))] == "قَصَفَتْ"


def test_key_normalisation_folds_space() -> None:
    assert normalise_key("  الهيئة   العليا\tللمفاوضات ") == "الهييه العليا للمفاوضات"


ARABIC_AND_MARKS = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآىةؤئ ،؛؟«»\n0123456789٠١٢٣٤٥")
                                                    + ["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0640",
                                                       "\u200f", "\u200b", "\u202b", "\ufe8d", "\ufeb3", "\ufe83"]),
                       max_size=80)


@given(ARABIC_AND_MARKS, st.data())
def test_offset_rule_holds_for_any_span(text: str, data: st.DataObject) -> None:
    """Any normalised span maps to an original span whose normalisation is that span."""
    n = normalise(text)
    a = data.draw(st.integers(0, len(n.text)))
    b = data.draw(st.integers(a, len(n.text)))
    start, end = n.to_original(a, b)
    assert 0 <= start <= end <= len(text)
    assert normalise(text[start:end]).text == n.text[a:b]
    if a < len(n.text):
        assert n.to_norm_index(n.to_original_index(a)) == a
