"""The rules of the twelfth session: an aside between commas that interrupts a clause (a time, a
source) belongs to it (docs/events.md, "Rules of the twelfth session").

Every case is an Arabic sentence written for the test (none is from a bench file); the whole pipeline
runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from rasad.events.window import clause_window
from rasad.pipeline import extract
from rasad.text.normalise import normalise_key

from conftest import modalities_of

PUBLISHED = "2023-05-14"  # a Sunday


def _events(text: str) -> list[tuple[str, str, str | None]]:
    """(category, modality, date value) of each event the whole pipeline finds in ``text``."""
    return [(e.category, e.modality, e.date.value if e.date else None)
            for e in extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text, category, modality", [
    # a plan's cue reaches its deed over a time or a source between commas
    ("أعلنت الجماعة أنها ستفرض، اعتبارا من مطلع الشهر المقبل، حصارا على مدينتي كاي ونيورو", "siege", "future"),
    ("ستفرض السلطات، بحسب مصادر محلية، حصارا على البلدة الجبلية", "siege", "future"),
    ("لم تشن الطائرات، صباح السبت، أي غارات على المخيم", "air_strike", "negated"),
    # the negation of the aside is its own: the deed is only likely
    ("ذكرت إذاعة محلية، نقلا عن مصادر لم تكشف هويتها، أن اشتباكات ربما اندلعت داخل الثكنة", "armed_clash",
     "hypothetical"),
])
def test_aside_inside_its_clause(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)
    assert "asserted" not in modalities_of(text, category)


@pytest.mark.parametrize("text, category, day", [
    # the time between commas dates the clause it interrupts
    ("قصفت الطائرات الحربية، صباح أمس، مواقع للمسلحين قرب البلدة", "air_strike", "2023-05-13"),
    ("اندلعت اشتباكات عنيفة، فجر الجمعة، بين الجيش والمتمردين في ضواحي المدينة", "armed_clash", "2023-05-12"),
    ("استقبل الرئيس، مساء الخميس، وفدا من قادة الفصائل المسلحة في القصر", "negotiation", "2023-05-11"),
])
def test_aside_dates_its_clause(text: str, category: str, day: str) -> None:
    assert (category, "asserted", day) in _events(text)


def _window_text(text: str, word: str) -> str:
    """The normalised clause window around the first occurrence of ``word`` in ``text``."""
    doc = extract(text, published=PUBLISHED)
    norm = doc.norm.text
    lo, hi = clause_window(doc.seg, norm, norm.index(normalise_key(word)))
    return norm[lo:hi]


@pytest.mark.parametrize("text, word, joined", [
    ("اندلعت اشتباكات، صباح الثلاثاء، بين الجيش والمتمردين", "اشتباكات", True),
    ("ستفرض القوات، بحسب المصادر، حصارا على البلدة", "حصارا", True),
    # a name that opens like a time word is no aside (صباح, a first name)
    ("أكد رئيس المجلس، صباح كرحوت، أن القوات تقدمت", "تقدمت", False),
    # a time with its conjunction opens a clause of its own
    ("سعت إيران لتأسيس حقها، واليوم، أقر المجلس بحقها", "أقر", False),
    # what follows goes on past a conjunction, as it would without the commas
    ("قصفت الطائرات المدينة، أمس، وقتلت عشرة أشخاص", "قصفت", True),
    ("غادر الوزير، مساء الجمعة، واشنطن متوجها إلى المنطقة", "غادر", True),
    # what follows opens a clause of its own: a clause opener, another time
    ("قصفت الطائرات المدينة، أمس، فيما قتل عشرة أشخاص في الريف", "قصفت", False),
    # more words than time words: a clause (أمس كان ينادي بالحكم المشترك، اليوم تحول …)
    ("كان يدعو إلى الحوار، أمس كان ينادي بالسلم، اليوم تحول إلى الحرب", "الحوار", False),
])
def test_aside_joins_two_halves(text: str, word: str, joined: bool) -> None:
    window = _window_text(text, word)
    assert (window.count(",") == 2) is joined  # (the normalised text writes the Arabic comma as ",")


@pytest.mark.parametrize("text, category, modality", [
    # a unit of troops with its nationality is a party (وحدة is no abstract object without the article)
    ("اشتبكت وحدة فرنسية مع مسلحين قرب الحدود", "armed_clash", "asserted"),
    # a football ground struck: a place, not a game
    ("سقطت قذيفة على ملعب لكرة القدم في حي سكني", "shelling", "asserted"),
    # residents moved out: an evacuation, not a withdrawal
    ("أخلت السلطات سكان القرى الحدودية خشية القصف", "evacuation", "asserted"),
    # commanders dismissed, a coup
    ("أعلنت الحركة عزل قائدها العسكري في المنطقة الشرقية", "group_change", "asserted"),
    ("عزل الرئيس قائد الجيش من منصبه", "group_change", "asserted"),
    ("أطاح ضباط في الجيش بالرئيس المنتخب", "group_change", "asserted"),
    # troops spread out and sent
    ("بدأ الجيش الانتشار في القرى الحدودية", "deployment", "asserted"),
    ("نشرت الحكومة كتيبتين في الإقليم", "deployment", "asserted"),
    ("أرسلت الحكومة مئات من عناصر الشرطة إلى الإقليم", "deployment", "asserted"),
    # shells counted after ب are the means of the attack
    ("استهدف مسلحون الثكنة بعدة قذائف", "shelling", "asserted"),
    # a journalist detained, denied
    ("نفت الشرطة أن تكون قد أوقفت أي صحافي خلال التظاهرة", "arrest", "negated"),
    # no plan to, what would follow لو, what will become
    ("أكدت الجبهة أنها لا تعتزم شن هجوم على العاصمة", "armed_clash", "negated"),
    ("لو سقطت المدينة لاضطر آلاف السكان إلى النزوح", "evacuation", "hypothetical"),
    ("قال المسؤولون إن البلدة ستصبح محاصرة بالكامل خلال أيام", "siege", "future"),
])
def test_twelfth_session_words(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)
