"""The quantities stage: number forms, approximations, categories and what is not a count.

Every sentence below was written for these tests.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from rasad import quantities
from rasad.document import Document, Timex
from rasad.text import normalise, segment

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "saudinewsnet-syria-1000.jsonl"


def extract(text: str, timexes: list[Timex] | None = None) -> list:
    doc = segment.run(normalise.run(Document(text=text)))
    doc.timexes = list(timexes or [])
    doc = quantities.run(doc)
    for q in doc.quantities:
        assert doc.text[q.start:q.end] == q.text
    return doc.quantities


def one(text: str):
    qs = extract(text)
    assert len(qs) == 1, [q.to_dict() for q in qs]
    return qs[0]


# -- number forms ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, span", [
    # digits, Arabic-Indic digits, separators, decimals
    ("قتل 17 مدنيا في القصف", 17, "17 مدنيا"),
    ("أحصى المرصد ٣٥٠٠ قتيل منذ بداية العام", 3500, "٣٥٠٠ قتيل"),
    ("فر 3,500 نازح من القرى", 3500, "3,500 نازح"),
    ("فر ٣٬٥٠٠ نازح من القرى", 3500, "٣٬٥٠٠ نازح"),
    ("وصل 12.8 ألف لاجئ إلى الحدود", 12800, "12.8 ألف لاجئ"),
    ("يعيش 1.5 مليون نازح في المخيمات", 1500000, "1.5 مليون نازح"),
    ("وصل 5 آلاف مقاتل إلى الجبهة", 5000, "5 آلاف مقاتل"),
    ("أوقع الهجوم 100جريح في البلدة", 100, "100جريح"),
    # units with gender and case forms
    ("قتل ثلاثة مدنيين في الغارة", 3, "ثلاثة مدنيين"),
    ("شنت الطائرات ثلاث غارات على الحي", 3, "ثلاث غارات"),
    ("أصيب اثنان من المسعفين في القصف", 2, "اثنان من المسعفين"),
    ("اعتقلت الشرطة اثنين من المشتبه بهم", 2, "اثنين من المشتبه"),
    ("دمرت الغارات ثماني سيارات", 8, "ثماني سيارات"),
    # teens, tens, compounds
    ("قتل أحد عشر مدنيا في المجزرة", 11, "أحد عشر مدنيا"),
    ("أصيب اثنا عشر طفلا بجروح", 12, "اثنا عشر طفلا"),
    ("قتل ثلاثة عشر جنديا في الكمين", 13, "ثلاثة عشر جنديا"),
    ("أحصى الدفاع المدني عشرين قتيلا", 20, "عشرين قتيلا"),
    ("قتل خمسة وعشرون مدنيا في حمص", 25, "خمسة وعشرون مدنيا"),
    # hundreds
    ("وصل مائة نازح إلى المخيم", 100, "مائة نازح"),
    ("وصل مئتا نازح إلى المخيم", 200, "مئتا نازح"),
    ("أجلي ثلاثمائة مدني من الحي", 300, "ثلاثمائة مدني"),
    ("أجلي ثلاث مئة مدني من الحي", 300, "ثلاث مئة مدني"),
    ("نزح ثلاثمائة وخمسون شخصا", 350, "ثلاثمائة وخمسون شخصا"),
    # thousands and millions
    ("قتل ألف مقاتل في المعارك", 1000, "ألف مقاتل"),
    ("أعلن الجيش مقتل ألفي مسلح", 2000, None),
    ("نزح ألفان من السكان", 2000, None),
    ("نزح ألفين وخمسمائة شخص", 2500, "ألفين وخمسمائة شخص"),
    ("وصل ستة آلاف لاجئ إلى الجزيرة", 6000, "ستة آلاف لاجئ"),
    ("نزح ثلاثة آلاف وخمسمائة مدني", 3500, "ثلاثة آلاف وخمسمائة مدني"),
    ("يقيم مئة ألف لاجئ في المخيمات", 100000, "مئة ألف لاجئ"),
    ("يعيش ثلاثة ملايين لاجئ في تركيا", 3000000, "ثلاثة ملايين لاجئ"),
    ("شرد مليون ونصف مليون نازح", 1500000, None),
    # an obvious slip is read as meant
    ("نزح 6000 آلاف شخص من المدينة", 6000, "6000 آلاف شخص"),
])
def test_number_forms(text, value, span):
    q = one(text)
    assert q.value == value
    if span:
        assert q.text == span


@pytest.mark.parametrize("text, value, approx, value_max", [
    ("سقط عشرات القتلى في القصف", 10, "at_least", None),
    ("نزح مئات المدنيين عن القرية", 100, "at_least", None),
    ("نزح آلاف المدنيين نحو الحدود", 1000, "at_least", None),
    ("في حرب قتل فيها مئات الآلاف", 100000, "at_least", None),
    ("شردت الحرب عشرات الآلاف من السكان", 10000, "at_least", None),
    ("عبر بضعة آلاف نازح إلى تركيا", 3000, "range", 9000),
    ("قتل بين 10 و15 مدنيا في الغارة", 10, "range", 15),
    ("قتل ما بين 200 - 250 عنصرا", 200, "range", 250),
    ("قتل ثلاثة أو أربعة مسلحين", 3, "range", 4),
    ("يعمل ما بين 5 و12 مليون شخص في الزراعة", 5000000, "range", 12000000),
])
def test_vague_and_ranges(text, value, approx, value_max):
    q = one(text)
    assert (q.value, q.approx, q.value_max) == (value, approx, value_max)


@pytest.mark.parametrize("text, approx, span", [
    ("قتل نحو 40 مسلحا في المواجهات", "about", "نحو 40 مسلحا"),
    ("قتل حوالي 40 مسلحا في المواجهات", "about", "حوالي 40 مسلحا"),
    ("قتل قرابة 40 مسلحا في المواجهات", "about", "قرابة 40 مسلحا"),
    ("قتل زهاء 40 مسلحا في المواجهات", "about", "زهاء 40 مسلحا"),
    ("شنت الطائرات أكثر من 90 غارة", "more_than", "أكثر من 90 غارة"),
    ("قتل ما يزيد عن 40 مسلحا", "more_than", "ما يزيد عن 40 مسلحا"),
    ("قتل ما لا يقل عن 40 مسلحا", "at_least", "ما لا يقل عن 40 مسلحا"),
    ("قتل أقل من 40 مسلحا", "less_than", "أقل من 40 مسلحا"),
    ("قتل 40 مسلحا على الأقل في المواجهات", "at_least", "40 مسلحا على الأقل"),
    ("قتل 40 مسلحا تقريبا في المواجهات", "about", "40 مسلحا تقريبا"),
])
def test_approximations(text, approx, span):
    q = one(text)
    assert (q.value, q.approx, q.text) == (40 if "40" in text else 90, approx, span)


def test_duals_count_two():
    qs = extract("سقط قتيلان وجرح 5 مدنيين في غارتين على البلدة")
    assert [(q.text, q.value, q.category) for q in qs] == [
        ("قتيلان", 2, "killed"), ("5 مدنيين", 5, "injured"), ("غارتين", 2, "strikes")]


def test_duals_of_people_and_fighters_count_two():
    qs = extract("استشهد مواطنان وأصيب شرطيان في قصف على الحي")
    assert [(q.text, q.value, q.category) for q in qs] == [("مواطنان", 2, "killed"), ("شرطيان", 2, "injured")]


def test_definite_dual_refers_back():
    assert extract("تبنى التنظيم الهجومين في بيان") == []


# -- categories -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, category", [
    ("سقط 12 قتيلا في حلب", "killed"),
    ("ارتفع العدد إلى 12 شهيدا", "killed"),
    ("نقل 12 جريحا إلى المستشفى", "injured"),
    ("لا يزال 12 مفقودا تحت الأنقاض", "missing"),
    ("وصل 12 نازحا إلى المخيم", "displaced"),
    ("أفرج عن 12 معتقلا أمس", "arrested"),
    ("التقى الوفد 12 شخصا من الوجهاء", "people"),
    ("يقيم 12 مدنيا في القبو", "civilians"),
    ("انضم 12 مقاتلا إلى الفصيل", "fighters"),
    ("سجلت اللجنة 12 خرقا للهدنة", "violations"),
    ("خرجت 12 مستشفى عن الخدمة", "facilities"),
    ("دمرت 12 دبابة في المعركة", "vehicles"),
    ("ألقت المروحيات 12 برميلا متفجرا على داريا", "strikes"),
    ("تقع القرية على بعد 12 كيلومترا من الحدود", "other"),
])
def test_category_from_noun(text, category):
    assert one(text).category == category


@pytest.mark.parametrize("text, category", [
    # a predicate before the number
    ("قتل 7 مدنيين في قصف على الحي", "killed"),
    ("أسفر القصف عن مقتل 7 أشخاص", "killed"),
    ("أصيب 7 أطفال بجروح", "injured"),
    ("اعتقلت القوات 7 شبان من البلدة", "arrested"),
    ("نزح 7 آلاف شخص من المدينة", "displaced"),
    ("تم إجلاء 700 مدني من الأحياء المحاصرة", "evacuated"),
    # a predicate after the number, in the same clause
    ("وكانت الحصيلة أن 350 جنديا و1200 مدني لقوا مصرعهم", "killed"),
    # leaving is evacuation only under a deal
    ("خرج 300 مقاتل من البلدة بموجب اتفاق التسوية", "evacuated"),
    ("خرج 300 شخص إلى الشوارع للتظاهر", "people"),
    # the dead and the wounded together are no death toll
    ("سقط في المجزرة أكثر من 250 شخصا بين قتيل وجريح", "people"),
    # a killing protested counts the protesters among no dead
    ("نفذ أكثر من ألف شخص اعتصاما في المدينة احتجاجا على قتل العقيد", "people"),
    ("تظاهر 500 شخص تنديدا بمقتل الشاب", "people"),
])
def test_category_from_predicate(text, category):
    assert extract(text)[0].category == category


def test_workers_tourists_and_worshippers_are_counted_people():
    qs = extract("استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع")
    assert [(q.value, q.category) for q in qs] == [(10, "killed"), (3, "killed")]
    assert [(q.text, q.category) for q in extract("وصل نحو 250 من الركاب إلى المطار")] == [("نحو 250 من الركاب", "people")]


def test_predicates_go_to_the_nearest_count():
    qs = extract("قتل 5 أشخاص وأصيب 10 آخرون في الغارة")
    assert [(q.value, q.category) for q in qs] == [(5, "killed"), (10, "injured")]


def test_among_them_is_a_part_not_a_second_toll():
    qs = extract("قتل 11 شخصا بينهم ثلاثة أطفال فيما أصيب 46 شخصا")
    assert [(q.value, q.category) for q in qs] == [(11, "killed"), (3, "people"), (46, "injured")]


def test_coordinated_counts_share_the_predicate():
    qs = extract("أسفر القصف عن مقتل 17 مقاتلا من الفصائل بالإضافة إلى ستة مدنيين بينهم ثلاثة أطفال")
    assert [(q.value, q.category) for q in qs] == [(17, "killed"), (6, "killed"), (3, "people")]


def test_predicate_after_does_not_cross_a_clause():
    q = one("وصل 200 شخص إلى المخيم بينما قتل آخرون في الطريق")
    assert q.category == "people"


@pytest.mark.parametrize("text, category", [
    ("انتهكت الفصائل الهدنة في ريف حماة 40 مرة منذ إعلانها", "violations"),
    ("قصفت الطائرات الحي 40 مرة خلال الليل", "strikes"),
    ("ذكر المتحدث الاسم 40 مرة", "other"),
])
def test_occurrences_take_the_predicate(text, category):
    assert one(text).category == category


@pytest.mark.parametrize("text, value, category", [
    ("ارتفع عدد القتلى إلى 45", 45, "killed"),
    ("وصل عدد الشهداء الـ15 إلى المقبرة", 15, "killed"),
    ("أسفر الانفجار عن مقتل 6 وإصابة 4 آخرين", 6, "killed"),
])
def test_bare_numbers_with_clear_context(text, value, category):
    q = extract(text)[0]
    assert (q.value, q.category) == (value, category)


def test_bare_number_takes_the_predicate_right_after_it():
    qs = extract("قال البيان إن 11 شخصا قتلوا و32 أصيبوا بجروح")
    assert [(q.value, q.category) for q in qs] == [(11, "killed"), (32, "injured")]


# -- what is not a count --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "عقد الاجتماع في 24 سبتمبر، 2016 في جنيف",
    "بدأت الحرب عام 2011 في درعا",
    "وقع الهجوم في الثاني من كانون الأول",
    "وصل الوفد الساعة 10:30 صباحا",
    "ارتفعت الأسعار بنسبة 15% هذا العام",
    "ارتفعت الأسعار 15 في المائة هذا العام",
    "تستمر الهدنة 48 ساعة",
    "بقي المحاصرون ثلاثة أيام دون طعام",
    "انطلقت الجولة الثالثة عشرة من المفاوضات",
    "ذكرى أحداث الحادي عشر من سبتمبر",
    "نشرت الصورة على http://example.com/news/2016/500 أمس",
    "اتصلوا على الرقم 0933123456 للاستفسار",
    "انتشر وسم #حلب_2016 على تويتر",
    "جاء في الصفحة 12 من التقرير",
    "حصل الفريق على 3 نقاط في المباراة",
    "أثنى مواطنون على رجال الأمن",
    "تراجعت الجامعة من المركز الـ95 إلى المركز الـ120",
    "زار الوفد إحدى المدارس في الحي",
    "مثل المشتبه بهم الثلاثة أمام القاضي",
])
def test_not_counts(text):
    assert extract(text) == []


def test_numbers_inside_a_timex_are_left_out():
    text = "قتل 3 أشخاص في 25 غارة"
    start = text.index("25")
    assert [q.value for q in extract(text)] == [3, 25]
    tx = Timex("25", start, start + 2, "DATE", "2016-09-25")  # as if the time stage had read a date
    assert [q.value for q in extract(text, [tx])] == [3]


def test_offsets_point_into_the_original_text_with_diacritics():
    text = "قُتِلَ أَكْثَرُ مِنْ ١٣٠ قَتِيلًا وَ١٥٠ جَرِيحًا"
    qs = extract(text)
    assert [(q.value, q.approx, q.category) for q in qs] == [(130, "more_than", "killed"), (150, "exact", "injured")]
    assert qs[0].text.startswith("أَكْثَرُ")


def test_noun_category_is_public():
    assert quantities.noun_category("قتيلا") == "killed"
    assert quantities.noun_category("المدنيين") == "civilians"


# -- robustness on real news (skipped without ../shared) ----------------------------------------------
@pytest.mark.skipif(not NEWS.exists(), reason="../shared news sample not available")
def test_news_sample_runs_and_keeps_offsets():
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    random.Random(5).shuffle(lines)
    for line in lines[:150]:
        art = json.loads(line)
        for q in extract(art["text"]):
            assert q.value > 0
            assert q.approx in ("exact", "about", "more_than", "less_than", "at_least", "range")


@pytest.mark.parametrize("text, value, category", [
    ("وأسفرت المعارك عن مقتل العشرات من الطرفين", 10, "killed"),
    ("أصيب المئات في الانفجار", 100, "injured"),
])
def test_a_vague_plural_with_the_article_is_a_count(text: str, value: int, category: str) -> None:
    q = one(text)
    assert (q.value, q.approx, q.category) == (value, "at_least", category)
