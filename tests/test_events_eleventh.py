"""The rules of the eleventh session: a name read as one word by a phrase's wildcard, organisations
named by a cause, a bare noun made a verb by its subject, fears and particles before a long subject
(docs/events.md, "Rules of the eleventh session").

Every case is an Arabic sentence written for the test (none is from a bench file); the whole pipeline
runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from rasad.events.lexicon import names_as_words
from rasad.pipeline import extract

from conftest import modalities_of, sentence_events


@pytest.mark.parametrize("text, category, modality", [
    # a long name stands as one word in a phrase's wildcard: "سلم * بلدة" across the handing group
    ("سيسلم جيش تحرير كارين الوطني بلدة مياوادي إلى الجيش قبل نهاية الشهر", "territory_change", "future"),
    # a bare noun before a subject in the nominative plural is a verb: a killing done
    ("قتل مسلحون ملثمون معلما في قرية نائية", "attack_on_civilians", "asserted"),
    ("قتل مسلحون مجهولون طبيبا أمام عيادته", "attack_on_civilians", "asserted"),
    # fears and suspicion reach past a long subject
    ("أبدى السكان مخاوف من أن يفرض مقاتلو جبهة الإنقاذ الوطني في الإقليم حصارا على البلدة", "siege",
     "hypothetical"),
    ("أعربت منظمات عن مخاوف من تعرض سكان القرى الحدودية في الإقليم الشرقي لعمليات تطهير عرقي",
     "attack_on_civilians", "hypothetical"),
    ("يخشى مسؤولون محليون في العاصمة من أن تشن الجماعة هجمات على الأسواق", "armed_clash", "hypothetical"),
    # an imperfect after ربما or a fear is a deed that may be done, not a state
    ("ربما تسقط مدينة الحديدة في يد المتمردين إذا انقطعت الإمدادات عنها", "territory_change", "hypothetical"),
    # the future of a verb of doing before its noun, past a long subject
    ("ستنفذ قوات الأمن خلال الأيام المقبلة حملة اعتقالات في الأحياء الشرقية", "arrest", "future"),
    ("ستنظم نقابات العمال في المدن الكبرى وقفات احتجاجية أمام مقر الحكومة", "protest", "future"),
    ("ستكثف طائرات الجيش غاراتها على مواقع المتمردين في الجبال", "air_strike", "future"),
    # the occurrence of a deed is told as done
    ("أكد شهود وقوع عمليات قتل جماعي في البلدة بعد اقتحامها", "attack_on_civilians", "asserted"),
    # an offer is no deed done
    ("رفضت الجماعة عرضا حكوميا لوقف إطلاق النار خلال العيد", "ceasefire", "hypothetical"),
])
def test_modality(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


@pytest.mark.parametrize("text, category", [
    # leaving an alliance is a change of a group, not a withdrawal from a place
    ("أعلن جيش أراكان انسحابه من تحالف الفصائل الشمالية", "group_change"),
    # contacts held are talks
    ("أجرى الوسطاء اتصالات مع قادة الفصائل في المدينة", "negotiation"),
    # tanks deployed; livestock seized
    ("نشر الجيش دبابات على الحدود الشمالية", "deployment"),
    ("استولى مسلحون على خمسمئة رأس من الماشية في القرية", "looting"),
])
def test_category(text: str, category: str) -> None:
    assert category in [c for c, _ in sentence_events(text)]


@pytest.mark.parametrize("text, name", [
    ("أعلن جيش تحرير كارين الوطني سيطرته على البلدة", "جيش تحرير كارين الوطني"),
    ("هاجمت جبهة تحرير شعب أوغادين مواقع الجيش", "جبهة تحرير شعب أوغادين"),
    ("قالت حركة إنقاذ أزواد ربما تنسحب من الاتفاق", "حركة إنقاذ أزواد"),
])
def test_organisation_named_by_its_cause(text: str, name: str) -> None:
    doc = extract(text, published="2023-05-14")
    assert name in [e.text for e in doc.entities if e.type == "ORG"]
    # the cause inside the name is no event of its own: nothing is freed here
    assert all(e.trigger.text not in ("تحرير", "إنقاذ") for e in doc.events)


def test_forces_freeing_a_city_are_no_name() -> None:
    doc = extract("وصلت قوات تحرير الموصل إلى أطراف المدينة", published="2023-05-14")
    assert "قوات تحرير الموصل" not in [e.text for e in doc.entities]


def test_names_as_words_keeps_offsets() -> None:
    text = "سلم جيش تحرير كارين بلده مياوادي"
    name = text.index("جيش"), text.index(" بلده")
    joined = names_as_words(text, [name])
    assert joined == "سلم جيش_تحرير_كارين بلده مياوادي"
    assert len(joined) == len(text)
    assert names_as_words(text, [(text.index("مياوادي"), len(text))]) is None  # a one-word name changes nothing
