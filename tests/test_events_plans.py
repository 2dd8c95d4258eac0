"""Plans that failed, conditions, accords not reached, and the vocabulary added with them.

Every case is an Arabic sentence written for the test; the whole pipeline runs on it, so each case
checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from rasad.pipeline import extract


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.category, e.modality) for e in extract(text, published="2023-05-14").events]


def _of(text: str, category: str) -> list[str]:
    return [m for c, m in _events(text) if c == category]


@pytest.mark.parametrize("text, category, modality", [
    # a past plan, then "but … not": it did not happen
    ("كان من المقرر أن تبدأ عملية إجلاء الجرحى من البلدة فجر الأحد، لكن سيارات الإسعاف لم تصل بسبب القصف",
     "evacuation", "negated"),
    ("كان من المفترض أن تنسحب الفصائل من الحي صباح اليوم، غير أنها لم تغادر مواقعها", "territory_change", "negated"),
    # a past plan with no "but … not" stays a plan
    ("كان من المقرر أن تبدأ عملية إجلاء الجرحى من البلدة فجر الأحد", "evacuation", "future"),
    # a contrast without a negation does not undo the plan
    ("كان من المقرر أن تبدأ عملية إجلاء الجرحى فجر الأحد، لكن الحافلات وصلت متأخرة", "evacuation", "future"),
])
def test_a_past_plan_that_the_sentence_says_failed_is_negated(text: str, category: str, modality: str) -> None:
    assert _of(text, category) == [modality]


@pytest.mark.parametrize("text, modality", [
    ("لم يتوصل وفدا الحكومة والحركة المسلحة إلى اتفاق في ختام جولة الدوحة", "negated"),
    ("لم يتوصل الطرفان إلى اتفاق", "negated"),
    ("لم يوقع الطرفان الاتفاق", "negated"),
    # under a condition, a negation is a condition: إذا لم
    ("وإذا لم يتوصل الطرفان إلى اتفاق فإن القتال سيتجدد", "hypothetical"),
])
def test_an_accord_not_reached_or_signed_is_negated(text: str, modality: str) -> None:
    assert _of(text, "agreement") == [modality]


def test_what_a_strike_did_not_cause_leaves_the_strike_asserted() -> None:
    assert _of("لم توقع الغارات إصابات في صفوف المدنيين", "air_strike") == ["asserted"]


@pytest.mark.parametrize("text, category", [
    # the subject of an intention stands between it and what is intended
    ("تعتزم فصائل المعارضة المسلحة في ريف حلب الشمالي الإعلان عن اندماجها في جيش واحد", "group_change"),
    ("من المرتقب أن يوقع ممثلو الحكومة والفصائل المسلحة في جنوب البلاد اتفاقا للسلام", "agreement"),
    ("يعتزم ناشطون من نقابات المعلمين والأطباء تنظيم مسيرة نحو مقر الحكومة", "protest"),
])
def test_a_plan_reaches_past_a_long_subject(text: str, category: str) -> None:
    assert _of(text, category) == ["future"]


def test_a_condition_reaches_past_its_subject() -> None:
    text = "قد تنقطع الإمدادات عن المدينة إذا نجحت قوات الحركة وحلفاؤها من القبائل في قطع الطريق الرئيسي"
    assert _of(text, "siege") == ["hypothetical"]


def test_a_modal_in_a_relative_clause_is_not_the_nouns() -> None:
    # beyond قد's reach after a noun, قد after التي is the relative clause's
    text = "أدت العمليات العسكرية إلى فرار القادة من المدينة التي قد تشهد تغييرات كبيرة"
    assert "asserted" in _of(text, "armed_clash")


def test_a_denial_reaches_through_reports_spread_online() -> None:
    text = "نفت الشرطة صحة الأنباء المتداولة على مواقع التواصل الاجتماعي بشأن اعتقال صحفيين في المدينة"
    assert _of(text, "arrest") == ["negated"]


def test_a_car_bomb_prepared_to_strike_is_not_an_attack_done() -> None:
    text = "فككت فرق الهندسة سيارة مفخخة كانت معدة لاستهداف سوق الخضار في المدينة"
    assert "asserted" not in _of(text, "bombing")


def test_the_weapon_of_a_threatened_attack_is_part_of_the_threat() -> None:
    text = "هددت الجماعة باستهداف السفن التجارية في البحر الأحمر بالصواريخ الباليستية"
    assert _of(text, "shelling") == ["hypothetical"]


@pytest.mark.parametrize("text, category", [
    ("أرسلت الحكومة كتيبة من قوات النخبة إلى الحدود الشمالية", "deployment"),
    ("ستنشر الوزارة ثلاثة ألوية إضافية على طول الحدود", "deployment"),
    ("عين زعيم الحركة القيادي البارز أبو محمد العراقي قائدا عسكريا للجناح الشمالي", "group_change"),
    ("انقسم التحالف المعارض إلى فصيلين بعد خلافات على قيادته", "group_change"),
    ("شارك المئات في مسيرة جابت شوارع المدينة تنديدا بالحصار", "protest"),
    ("استولى مسلحون على أربع شاحنات محملة بالطحين على طريق المطار", "looting"),
    ("استهدفت مسيرة مجهولة سيارة عسكرية قرب الحدود", "air_strike"),
    ("استهدف صاروخان قاعدة الحرير الجوية في أربيل ليلة الجمعة", "shelling"),
    ("لقي ما لا يقل عن خمسة عشر مدنيا مصرعهم عندما اقتحم مسلحون قرية في الإقليم", "attack_on_civilians"),
])
def test_more_ways_of_telling_an_event(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


@pytest.mark.parametrize("text", [
    "ونقلت الصحيفة عن اللواء قائد الشرطة قوله إن الوضع هادئ",   # a general quoted, no brigade sent
    "أرسل اللواء رسالة إلى المجلس العسكري",
])
def test_a_general_is_no_brigade(text: str) -> None:
    assert "deployment" not in [c for c, _ in _events(text)]
