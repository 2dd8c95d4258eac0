"""The time stage: each family of temporal expression, with expected ISO values."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasad import time as rtime
from rasad.document import Document
from rasad.text import normalise, segment
from rasad.time import parse
from rasad.time.resolve import State, resolvable, resolve

SHARED = Path(__file__).resolve().parents[2] / "shared"


def timexes(text: str, published: str | None = "2016-09-24") -> list:
    doc = segment.run(normalise.run(Document(text=text, published=published)))
    rtime.run(doc)
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    return doc.timexes


def values(text: str, published: str | None = "2016-09-24") -> list:
    return [t.value for t in timexes(text, published)]


@pytest.mark.parametrize("text,expected", [
    # month names of every convention, with day numbers as digits, Arabic-Indic digits and words
    ("سقطت القذائف في 17 تموز 2016 على الحي", "2016-07-17"),
    ("وقع الهجوم في ١٧ تموز ٢٠١٦", "2016-07-17"),
    ("أعلن الجيش في 3 يونيه 2015 عن العملية", "2015-06-03"),
    ("تم الاتفاق في 12 جويلية 2014", "2014-07-12"),
    ("انطلقت المعركة في 5 أوت 2013", "2013-08-05"),
    ("دخلت القوات المدينة في 9 أفريل 2015", "2015-04-09"),
    ("في العشرين من تشرين الثاني 2015 قصفت الطائرات", "2015-11-20"),
    ("في الحادي والثلاثين من كانون الأول 2015", "2015-12-31"),
    ("قال في الثاني من آب/أغسطس 2016 إن", "2016-08-02"),
    ("في السابع عشر من تموز/يوليو 2016", "2016-07-17"),
    ("صدر القرار في 21 كانون الثاني/يناير 2016", "2016-01-21"),
    ("وجرت الانتخابات في 15 ماي 2016", "2016-05-15"),
    ("اجتمعوا يوم الأحد 24 أيلول 2016 في جنيف", "2016-09-24"),
    ("The meeting September 23, 2016 was", "2016-09-23"),
    ("بتاريخ 17/7/2016 تم توقيع الاتفاق", "2016-07-17"),
])
def test_absolute_dates(text: str, expected: str) -> None:
    assert expected in values(text)


@pytest.mark.parametrize("text,published,expected", [
    # a year from the publication date, a past date never after it
    ("اجتمع الوزيران في التاسع من أيلول الماضي", "2016-10-30", "2016-09-09"),
    ("وقعت المجزرة في 20 تشرين الثاني", "2016-09-24", "2015-11-20"),
    ("لن تعقد المحادثات في أكتوبر/ تشرين الأول المقبل", "2016-09-24", "2016-10"),
    ("انتهكت الهدنة منذ شباط من عام 2016 حتى أيلول", "2016-10-30", "2016-09"),
    ("انتهكت الهدنة منذ شباط من عام 2016 حتى أيلول", "2016-10-30", "2016-02"),
    ("تدخلت روسيا في سبتمبر/أيلول 2015 بغارات جوية", "2016-12-08", "2015-09"),
])
def test_months_resolved_against_publication(text: str, published: str, expected: str) -> None:
    assert expected in values(text, published)


@pytest.mark.parametrize("text,published,expected", [
    ("أجرى كيري مساء الاربعاء محادثات مع لافروف", "2016-12-08", "2016-12-07"),  # past: the last Wednesday
    ("التقى الوزيران الجمعة في روما", "2016-12-08", "2016-12-02"),
    ("أعلن الجيش الخميس سيطرته على الحي", "2016-12-08", "2016-12-08"),  # the publication weekday: that day
    ("ومن المتوقع أن يزور كيري باريس للمشاركة السبت في اجتماع", "2016-12-08", "2016-12-10"),  # future
    ("سيزور الوزير دمشق الاثنين", "2016-12-08", "2016-12-12"),
    ("قصفت الطائرات البلدة فجر الثلاثاء", "2016-12-08", "2016-12-06"),
    ("اتصل لافروف يوم الجمعة بكيري", "2016-10-30", "2016-10-28"),
    ("يعقد الاجتماع الأحد المقبل", "2016-10-30", "2016-11-06"),
    # a name after a place word is no future verb (ناحية سيدكان is not س + يدكان)
    ("تعرضت قرى في ناحية سيدكان صباح الأربعاء لقصف مدفعي", "2016-12-08", "2016-12-07"),
])
def test_weekdays(text: str, published: str, expected: str) -> None:
    assert values(text, published) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("قصفت الطائرات المدينة أمس", "2016-09-23"),
    ("سقطت قذائف أول أمس على الحي", "2016-09-22"),
    ("عقد الاجتماع في الدوحة البارحة الأولى", "2016-09-22"),   # the night before last
    ("يصل المبعوث غدا إلى دمشق", "2016-09-25"),
    ("لم يستطع الأهالي منذ يومين النوم", "2016-09-22"),
    ("قتل عشرة مدنيين قبل ثلاثة أيام", "2016-09-21"),
    ("بدأ القصف منذ أسبوع", "2016-W37"),          # a week back: that calendar week, not a day
    ("عقد الاجتماع قبل أسبوعين في جنيف", "2016-W36"),
    ("عقد اجتماع الأسبوع الماضي في جنيف", "2016-W37"),
    ("تصاعد القصف الشهر الماضي", "2016-08"),
    ("انهارت الهدنة العام الماضي", "2015"),
    ("تكثفت الغارات هذا الأسبوع", "2016-W38"),
])
def test_relative_to_publication(text: str, expected: str) -> None:
    tx = timexes(text)
    assert [t.value for t in tx] == [expected]
    assert tx[0].anchor == "published"


@pytest.mark.parametrize("text,expected", [
    ("أعلنت الهدنة لمدة 24 ساعة", "PT24H"),
    ("قتل خمسون شخصا خلال يومين", "P2D"),
    ("حاصرت القوات داريا لمدة أربع سنوات", "P4Y"),
    ("طالبوا بوقف لإطلاق النار لمدة خمسة أيام", "P5D"),
    ("استمرت المعارك لمدة 15 يوما", "P15D"),
])
def test_durations(text: str, expected: str) -> None:
    tx = timexes(text)
    assert [(t.type, t.value) for t in tx] == [("DURATION", expected)]


@pytest.mark.parametrize("text,expected,first,last", [
    ("اشتدت المعارك في أواخر تموز 2016", "2016-07", "2016-07-22", "2016-07-31"),
    ("بدأت الحملة مطلع آب 2016", "2016-08", "2016-08-01", "2016-08-09"),
    ("انسحبت القوات في منتصف كانون الثاني 2016", "2016-01", "2016-01-10", "2016-01-21"),
    ("تحسن الوضع في النصف الثاني من أيلول 2016", "2016-09", "2016-09-16", "2016-09-30"),
])
def test_month_parts(text: str, expected: str, first: str, last: str) -> None:
    (t,) = timexes(text)
    assert (t.value, t.range_from, t.range_to) == (expected, first, last)


@pytest.mark.parametrize("text,expected", [
    ("تأسست الجماعة عام 2012", ["2012"]),
    ("قتل الآلاف منذ عام 2011", ["2011"]),
    ("صدر القانون سنة 1999م", ["1999"]),
    ("بدأ المشروع مطلع 2016", ["2016"]),
    # numbers that are not years
    ("نزح 6000 شخص من المدينة", []),
    ("دمرت 1070 شقة سكنية", []),
    ("مشروع 3000 شقة في المدينة", []),
    ("انتهكت المجموعات الهدنة 2031 مرة", []),
    # words that look like months or weekdays
    ("فالأب نام واحتضن أولاده", []),
    ("وفاز الفريق (2-صفر) على ضيفه", []),  # a score, not the month Safar
    ("اجتمعت الجمعية العامة للأمم المتحدة", []),
    ("قال الأمين العام للأمم المتحدة إن", []),
    ("لم يثمر الحوار يوما في سورية", []),
])
def test_years_and_non_dates(text: str, expected: list) -> None:
    assert values(text) == expected


def test_narrative_walks_month_by_month() -> None:
    text = ("بدأ الحصار في السابع عشر من تموز 2016. وفي التاسع عشر من تموز قطعت الطرق. "
            "وفي اليوم التالي سقط الحي. وفي الخامس من أيلول انسحب المقاتلون. "
            "وكان الهجوم قد بدأ قبل ذلك بنحو سبعة أيام. وفي السابع والعشرين منه أعلنت هدنة.")
    tx = timexes(text, "2017-03-01")
    got = [(t.text, t.value, t.anchor) for t in tx]
    assert got == [
        ("في السابع عشر من تموز 2016", "2016-07-17", "absolute"),
        ("في التاسع عشر من تموز", "2016-07-19", "narrative"),
        ("في اليوم التالي", "2016-07-20", "narrative"),
        ("في الخامس من أيلول", "2016-09-05", "narrative"),
        ("قبل ذلك بنحو سبعة أيام", "2016-08-29", "narrative"),
        ("في السابع والعشرين منه", "2016-08-27", "narrative"),
    ]
    doc = segment.run(normalise.run(Document(text=text, published="2017-03-01")))
    rtime.run(doc)
    ref = rtime.reference_at(doc, doc.norm.text.index("سقط"))
    assert ref is not None and ref.value == "2016-07-20"


def test_hijri() -> None:
    assert values("صدر البيان في 15 محرم 1438 هـ") == ["2016-10-16"]
    assert values("بتاريخ 5/7/1436هـ") == ["2015-04-24"]


def test_dateline_sets_publication_date() -> None:
    text = "# سقوط حلب\n\nكتبه مناف قومان | 24 سبتمبر، 2016\n\nلم يستطع الأهالي منذ يومين النوم."
    doc = segment.run(normalise.run(Document(text=text)))
    rtime.run(doc)
    assert (doc.published, doc.published_from) == ("2016-09-24", "dateline")
    assert [t.value for t in doc.timexes] == ["2016-09-24", "2016-09-22"]


def test_no_publication_date_is_honest() -> None:
    tx = timexes("قصفت الطائرات المدينة أمس بعد هدنة بدأت في 9 أيلول 2016", None)
    assert [t.value for t in tx] == [None, "2016-09-09"]


def test_sets() -> None:
    assert [(t.type, t.value) for t in timexes("تقصف الطائرات الحي يوميا")] == [("SET", "P1D")]


@pytest.mark.skipif(not (SHARED / "data/news/saudinewsnet-syria-1000.jsonl").is_file(), reason="needs ../shared")
def test_news_articles_offsets_and_sorting() -> None:
    path = SHARED / "data/news/saudinewsnet-syria-1000.jsonl"
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for _, line in zip(range(200), f, strict=False)]
    for row in rows:
        tx = timexes(row["text"], (row.get("published") or "")[:10] or None)
        assert [t.start for t in tx] == sorted(t.start for t in tx)
        for t in tx:
            assert t.type in ("DATE", "TIME", "DURATION", "SET")
            if t.type == "DATE" and t.value and len(t.value) == 10 and t.anchor != "absolute":
                assert 1900 < int(t.value[:4]) < 2100


@pytest.mark.parametrize("text,expected", [
    ("دمشق 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م قصفت الطائرات الحي أمس وقتلت عشرة مدنيين "
     "في غارات متتالية على الأحياء الشرقية من المدينة المحاصرة منذ أشهر", "2015-08-10"),
    ('<meta property="article:published_time" content="2016-12-08T10:00:00"> قصفت الطائرات حلب أمس',
     "2016-12-08"),
])
def test_publication_date_from_dateline_or_meta(text: str, expected: str) -> None:
    doc = segment.run(normalise.run(Document(text=text)))
    rtime.run(doc)
    assert doc.published == expected


@pytest.mark.parametrize("text,published,expected", [
    ("تحدث عن أحداث 11 سبتمبر وتداعياتها", "2015-08-10", [None]),  # a name: the year is not the story's
    ("اجتمع قادة قوى 14 آذار في بيروت", "2015-08-10", [None]),
    ("توصلوا إلى الاتفاق نحو الثالثة صباح يوم 24 نوفمبر", "2015-07-27", ["2014-11-24"]),
    ("وصل الوفد مطلع الأسبوع المقبل وتحديدا في 15 أغسطس", "2015-08-10", ["2015-W34", "2015-08-15"]),
    ("سيبدأ الهجوم في غضون أسبوع", "2015-08-10", ["P1W"]),
])
def test_hard_cases_from_news(text: str, published: str, expected: list) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("سيطرت القوات على الطريق في 17 تموز 2016. وقبل ذلك بسبعة أيام قصفت الطائرات البلدة.",
     ["2016-07-17", "2016-07-10"]),
    ("سيطرت القوات على الطريق في 17 تموز 2016. وبعد ذلك بيومين قصفت الطائرات البلدة.",
     ["2016-07-17", "2016-07-19"]),
])
def test_a_shift_after_a_conjunction_counts_from_the_story_time(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("وصل الوفد في 4 كانون إلى حلب", "2017-01-20", ["2017-01-04"]),        # the publication month
    ("وصل الوفد في 4 كانون إلى حلب", "2016-09-24", [None]),                # which كانون? not known
    ("في 4 كانون وصل الوفد، وكان قد غادر في 2 كانون الثاني 2016", "2016-09-24",
     ["2016-01-04", "2016-01-02"]),                                        # named later in the text
])
def test_a_bare_kanun(text: str, published: str, expected: list) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    # a weekday with its date after الموافق is one expression
    ("وفق التواريخ الآتية: الجمعة الموافق 18/8/1436هـ، الجمعة الموافق 25/8/1436هـ",
     [("الجمعة الموافق 18/8/1436", "2015-06-05"), ("الجمعة الموافق 25/8/1436", "2015-06-12")]),
    # عُقد is "was held", not a decade
    ("استقر الأمر على اجتماع عُقد يوم الثلاثاء 28 مارس 1978 وقاطعه وزراء",
     [("يوم الثلاثاء 28 مارس 1978", "1978-03-28")]),
])
def test_weekdays_with_their_dates(text: str, expected: list) -> None:
    assert [(t.text, t.value) for t in timexes(text, "2015-08-07")] == expected


@pytest.mark.parametrize("text, expected", [
    ("يلتقي الطرفان في 25 أغسطس في جنيف", ["2015-08-25"]),                # an imperfect verb: the coming one
    ("يجتمع وزراء الخارجية في أيلول", ["2015-09"]),
    ("يعقد مجلس الأمن جلسة حول سوريا في العاشر من آب", ["2015-08-10"]),
    ("قتل خمسة أشخاص في 25 أغسطس", ["2014-08-25"]),                     # a perfect verb: the past one
    ("كان يعيش في المخيم في 25 أغسطس", ["2014-08-25"]),                 # كان + imperfect: a past habit
    ("ولم يفلح وقف إطلاق النار في منتصف أغسطس", ["2014-08"]),           # لم + imperfect is past
    ("يعيش اللاجئون في المخيم منذ 25 أغسطس", ["2014-08-25"]),           # منذ looks back
    ("كانوا يسمون جماعتهم قبل أن يغيروا الاسم في نوفمبر", ["2014-11"]),  # a past story
    ("يجتمع وزراء الخارجية في أيار", ["2015-05"]),                      # ten months ahead: too far
])
def test_an_imperfect_verb_points_to_the_coming_date(text: str, expected: list) -> None:
    assert values(text, "2015-07-20") == expected


@pytest.mark.parametrize("text, expected", [
    ("ثم يزور ماليزيا من 4 إلى 6 أغسطس", [("من 4", "2015-08-04"), ("6 أغسطس", "2015-08-06")]),
    ("ويستمر المعرض من 4 حتى 6 أغسطس", [("من 4", "2015-08-04"), ("حتى 6 أغسطس", "2015-08-06")]),
    ("جرت المعارك بين 12 و15 تموز", [("12", "2015-07-12"), ("15 تموز", "2015-07-15")]),
    ("قتل خمسة أشخاص في 12 - 13 يوليو", [("12", "2015-07-12"), ("13 يوليو", "2015-07-13")]),
    ("اعتقل خلالها أبناء وزراء في 17 و25 من ديسمبر عام 2013",
     [("في 17", "2013-12-17"), ("25 من ديسمبر عام 2013", "2013-12-25")]),
])
def test_the_first_day_of_a_range_takes_the_month_of_the_second(text: str, expected: list) -> None:
    assert [(t.text, t.value) for t in timexes(text, "2015-08-01")] == expected


def test_a_hijri_numeric_date_without_a_publication_date() -> None:
    # the dateline finder reads the expression first; resolving it again must give the same date
    assert values("18/8/1436هـ حلب", None) == ["2015-06-05"]


@pytest.mark.parametrize("text, expected", [
    ("والمعركة اليوم تحولت إلى معركة بقاء", [None]),          # nowadays
    ("فإن حلب باتت اليوم بيضة القبان في الصراع", [None]),
    ("الاتفاق النووي اليوم واقع لا بد من التعامل معه", [None]),
    ("قتل 28 مدنيا في قصف جوي على المدينة اليوم", ["2015-07-25"]),   # this day
    ("أجرى الوزير مباحثات اليوم مع نظيره", ["2015-07-25"]),
])
def test_today_as_nowadays_is_no_day(text: str, expected: list) -> None:
    assert values(text, "2015-07-25") == expected


def test_the_same_day_needs_a_day() -> None:
    assert values("قصفت الطائرات المدينة يوم الاثنين. وفي اليوم نفسه قتل ثلاثة مدنيين.",
                  "2015-07-25") == ["2015-07-20", "2015-07-20"]
    # the same day of a week is not known
    assert values("قتل انتحاري 32 شخصا الأسبوع الماضي. وجاءت الضربات في اليوم نفسه.",
                  "2015-07-25") == ["2015-W29", None]
    # the same day as something named after it is that one's, not the story's
    assert values("وشنت المقاتلات أمس السبت غارات. وجاءت الضربات في اليوم نفسه لدخول أنقرة الحملة فجر الجمعة.",
                  "2015-07-26") == ["2015-07-25", None, "2015-07-24"]


@pytest.mark.parametrize("text, expected", [
    ("أعلن في الدوحة أمس عن لقاء. كما التقى الوزير في نفس اليوم المعارضين.", ["2015-07-24", "2015-07-24"]),
    ("قصفت الطائرات حلب الثلاثاء. وفي ذات اليوم قتل خمسة.", ["2015-07-21", "2015-07-21"]),
    ("قصفت الطائرات حلب في 3 يونيو. وفي نفس الشهر قتل خمسة.", ["2015-06-03", "2015-06"]),
    # "ذات يوم" is "one day", "في نفس الوقت" "at the same time": no date
    ("قال ذات يوم إنه سيعود في نفس الوقت", []),
    # "the first day" is counted from something the text does not say
    ("ومنذ اليوم الأول طالبنا بالانسحاب", [None]),
    # the one before the last
    ("الهجوم الذي شهدته تونس يوم الجمعة قبل الماضي", ["2015-07-17"]),  # published on Saturday 25 July
    ("قتل خمسة أشخاص الأسبوع قبل الماضي", ["2015-W28"]),
    # a span before or after another event, not a date
    ("وكان لافتا قبل يومين من مقتله نشر تقرير", ["P2D"]),
    ("ويأتي ذلك بعد ثلاثة أيام على هجوم انتحاري", ["P3D"]),
    # a number before a unit with the article counts the dead, not the weeks
    ("قتل 5 الأسبوع الماضي", ["2015-W29"]),
    ("قتل خمسة الأسبوع الماضي", ["2015-W29"]),
])
def test_the_same_day_written_before_the_unit(text: str, expected: list) -> None:
    assert values(text, "2015-07-25") == expected


def test_a_range_of_days_written_without_spaces() -> None:
    assert values("خلال الفترة من 3-9 يوليو 2015", "2015-08-01") == ["2015-07-03", "2015-07-09"]
    # the parts of a numeric date are no range
    assert values("في 2015-07-13 قصفت الطائرات", "2015-08-01") == ["2015-07-13"]


def test_an_imperfect_t_verb_makes_the_month_the_coming_one() -> None:
    assert values("تنطلق المفاوضات في 25 أغسطس", "2016-08-20") == ["2016-08-25"]
    assert values("وهذه الجولة التي تستمر حتى الثامن من أغسطس تشمل قطر", "2015-08-02") == ["2015-08-08"]
    # a perfect-tense marker between the verb and the date keeps it in the past
    assert values("يأتي ذلك بعد أن قصفت الطائرات المدينة في 3 أغسطس", "2016-08-20") == ["2016-08-03"]


def test_the_night_before_last_and_a_count_that_is_no_time() -> None:
    found = timexes("انفجرت عبوة في ساعة متأخرة الليلة قبل الماضية داخل مقهى", "2015-07-27")
    assert [(t.text, t.value) for t in found] == [("الليلة قبل الماضية", "2015-07-26")]
    # "ثلاثة" counts the dead, not days
    found = timexes("قتل ثلاثة الليلة الماضية", "2015-07-27")
    assert [(t.text, t.value) for t in found] == [("الليلة الماضية", "2015-07-27")]


@given(st.text(alphabet=st.sampled_from("حلب 2016_-.,،«»\n\t\u00a0\u2022*|"), max_size=40) | st.text(max_size=40))
def test_blanking_the_non_word_characters_equals_the_regex(text: str) -> None:
    assert parse._blank(text) == parse._NONWORD.sub(" ", text)


_TIME_WORDS = ["هذا", "الماضي", "يوم", "عام", "2015", "12", "الجمعة", "أمس", "نهاية", "منذ", "بعد", "3", "يوليو",
               "الأول", "ثلاثة", "أيام", "نفس", "منه", "رجب", "الساعة", "يوميا", "-", "،", "من", "قتل"]


@given(st.lists(st.sampled_from(_TIME_WORDS), min_size=1, max_size=8), st.booleans())
def test_a_spec_that_is_not_resolvable_resolves_to_nothing(words: list[str], future: bool) -> None:
    text = normalise.normalise(" ".join(words)).text
    for g in parse.groups(text, parse.find_hits(text)):
        for sp in parse.read_group(text, g):
            if not resolvable(sp):
                assert resolve(sp, State(date(2016, 1, 8)), text, future) is None
                assert resolve(sp, State(None), text, future) is None


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة أكثر من 1300 شخص في مدن عدة خلال احتجاجات على التعبئة.",
    "فرت أقل من 1500 أسرة من القرى الحدودية هربا من القصف.",
    "قتل ما يزيد على 1200 مقاتل في معارك الأسبوع الماضي.",
])
def test_a_number_after_more_than_is_a_count_not_a_year(text: str) -> None:
    assert not any(t.value and t.value[:2] in ("12", "13", "14", "15") for t in timexes(text))


def test_a_year_after_a_preposition_is_still_a_year() -> None:
    assert values("اعتقل في 1982 ثم أفرج عنه في عام 1990.")[:2] == ["1982", "1990"]
