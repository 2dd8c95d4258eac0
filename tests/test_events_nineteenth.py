"""The rules of the nineteenth session (docs/events.md, "Rules of the nineteenth session"): a date that
opens a sentence dates all its clauses, an exception owned by a negation of its own, ما that opens a
clause before a verb of being able, planning or witnessing, attempts survived, strikes halted, patrols,
and the words the rounds of the session showed missing.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from rasad.pipeline import extract

from conftest import actors_of as _actors
from conftest import asserted_categories as _asserted
from conftest import dates_of as _dates
from conftest import modalities_of
from conftest import place_names as _places
from conftest import sentence_events as _events

PUBLISHED = "2023-05-14"  # a Sunday


def test_a_year_that_opens_a_sentence_dates_its_later_clauses() -> None:
    text = ("- عام 1996 قيام مسلحين باقتحام مبنى البلدية في المدينة القديمة وهو أكبر مبانيها، وإطلاق النار "
            "على الموظفين واحتجازهم ساعات.")
    assert _dates(text, "arrest") == ["1996"]


def test_a_day_that_opens_a_sentence_dates_its_later_clauses() -> None:
    text = "والسبت، هاجم المسلحون قرية في ولاية بورنو، فأحرقوا عشرات المنازل."
    assert _dates(text, "looting") == ["2023-05-13"]


def test_a_bomb_right_after_its_detonation_is_one_event() -> None:
    text = "قتل جندي إثر تفجير عبوة ناسفة استهدفت دوريته قرب الحدود"
    assert modalities_of(text, "bombing") == ["asserted"]


def test_a_sentence_with_no_date_of_its_own_keeps_the_storys() -> None:
    text = "هاجم المسلحون قرية في ولاية بورنو، فأحرقوا عشرات المنازل."
    assert _dates(text, "looting") != ["2023-05-13"]


def test_an_exception_of_another_negation_leaves_the_refusal() -> None:
    text = "قال زعيم الجماعة إنه يرفض وقف إطلاق النار الذي يعتزم التحالف إعلانه معللا ذلك بأنه لن يفيد سوى خصومه."
    assert "asserted" not in modalities_of(text, "ceasefire")


def test_an_exception_of_the_negation_itself_still_asserts() -> None:
    assert modalities_of("لم يقتل القصف إلا ثلاثة من المارة في السوق", "shelling") == ["asserted"]


@pytest.mark.parametrize("text, category", [
    ("ما تمكنت قوات النظام من استعادة قرية معردس رغم هجومها الواسع", "territory_change"),
    ("ما عادت القوات الفرنسية تشارك في أي عمليات قتالية في مالي", "armed_clash"),
    ("وأكد المتحدث أنه ما من انفجار وقع في السوق اليوم", "bombing"),
    ("ما شهدت مدينة درعا أي أعمال شغب رغم التوتر", "riot"),
    ("قال مسؤول إن الجيش لا يخطط لإرسال تعزيزات إلى الجبهة الشمالية", "deployment"),
])
def test_negations_of_being_able_planning_and_witnessing(text: str, category: str) -> None:
    assert modalities_of(text, category) == ["negated"]


@pytest.mark.parametrize("text, category", [
    ("واشتد القصف على الحي بعد ما تمكنت قوات النظام من استعادة التلة", "territory_change"),
    ("كما تمكنت الأجهزة الأمنية من القبض على 40 مطلوبا في المدينة", "arrest"),
])
def test_ma_inside_a_word_or_after_a_preposition_negates_nothing(text: str, category: str) -> None:
    assert modalities_of(text, category) == ["asserted"]


def test_an_attempt_survived_was_made() -> None:
    text = "نجا محافظ المدينة من محاولة اغتيال إثر تفجير عبوة ناسفة استهدفت موكبه صباح الخميس"
    assert modalities_of(text, "bombing") == ["asserted"]


def test_an_attempt_not_said_to_be_survived_stays_an_attempt() -> None:
    text = "كشفت الشرطة عن محاولة اغتيال بتفجير عبوة ناسفة كانت معدة لاستهداف موكب المحافظ"
    assert "asserted" not in modalities_of(text, "bombing")


def test_an_attempt_survived_because_it_was_foiled_stays_undone() -> None:
    text = ("نجا قائد الشرطة من محاولة اغتيال بعبوة ناسفة زرعت قرب منزله، إذ تمكن خبراء المتفجرات من "
            "تفكيكها قبل انفجارها.")
    assert "asserted" not in modalities_of(text, "bombing")


@pytest.mark.parametrize("text, category, modality", [
    ("أوقف التحالف غاراته على الجيب لإفساح المجال أمام خروج المدنيين", "ceasefire", "asserted"),
    ("علقت القوات الكردية هجومها على البلدة لليوم الثاني على التوالي", "ceasefire", "asserted"),
    ("وافقت الحكومة على تعليق غاراتها على الإقليم مدة ثلاثة أيام", "ceasefire", "asserted"),
    ("وصلت إلى المطار أمس طلائع القوة الأفريقية المنتشرة في الصومال", "deployment", "asserted"),
    ("وصلت مئات العناصر من الميليشيات الموالية إلى مطار حماة العسكري", "deployment", "asserted"),
    ("دفع الجيش بعشرات من عناصر القوات الخاصة إلى مدينة منبج", "deployment", "asserted"),
    ("ستنقل وزارة الدفاع مئات الجنود إلى ولاية هلمند الأسبوع المقبل", "deployment", "future"),
    ("نشرت الشرطة مئات من عناصر مكافحة الشغب حول الميدان", "deployment", "asserted"),
    ("انطلقت صباح اليوم أولى الدوريات الروسية التركية المشتركة في ريف عين العرب", "deployment", "asserted"),
    ("عبر نحو ثلاثة آلاف لاجئ إلى الأراضي التركية خلال يومين", "evacuation", "asserted"),
    ("اختار مجلس شورى الحركة قائدها العسكري أميرا جديدا للحركة", "group_change", "asserted"),
    ("سيخرج أنصار الحزب في مسيرات من ساحة الشهداء يوم الجمعة المقبل", "protest", "future"),
])
def test_deeds_found_in_the_rounds_of_the_session(text: str, category: str, modality: str) -> None:
    assert modalities_of(text, category) == [modality]


@pytest.mark.parametrize("text", [
    "يصل عدد مقاتلي التنظيم إلى ما يصل إلى 30000 مقاتل بحسب تقديرات أمريكية",
    "وعبر آلاف المقاتلين الأجانب أراضي تركيا على مدى السنوات الماضية",
    "عقد مسؤولون عسكريون روس وأمريكيون اتصالا عبر خط فض الاشتباك لبحث تحركات القوات",
    "رواية جديدة تحكي قصة طباخة تحاول إطعام أسرتها خلال الحصار",
    "من آداب الحوار ألا يتحول النقاش إلى هجوم شخصي يجرح الكرامة",
    "ما أحوجنا اليوم إلى هدنة مع أنفسنا قبل أن نطالب الآخرين بالصلح",
    "يقدم المعرض لوحات زيتية تستعيد ذاكرة النزوح والحصار بألوان ترابية",
])
def test_counts_figures_and_pages_tell_of_no_event(text: str) -> None:
    assert "deployment" not in _asserted(text) and "evacuation" not in _asserted(text)
    assert _asserted(text) <= {"negotiation"}


def test_a_planned_meeting_boycotted_did_not_take_place() -> None:
    text = ("كان من المقرر أن يلتقي وفدا الحكومة والحركة في إسطنبول الشهر المقبل، لكن الحركة أعلنت "
            "مقاطعتها للمؤتمر.")
    assert modalities_of(text, "negotiation") == ["negated"]


def test_a_future_verb_after_the_missiles_makes_them_a_threat() -> None:
    text = "قال الناطق العسكري إن صواريخ المقاومة ستطال مدنا أبعد إذا استمر العدوان"
    assert "asserted" not in modalities_of(text, "shelling")


def test_a_place_inside_a_verbs_gap_is_its_place() -> None:
    doc = extract("وصلت إلى باماكو أمس طلائع عناصر مجموعة فاغنر الروسية", published=PUBLISHED)
    deployments = [e for e in doc.events if e.category == "deployment"]
    assert [e.location.name if e.location else None for e in deployments] == ["باماكو"]
    assert "باماكو" in _places("وصلت إلى باماكو أمس طلائع عناصر مجموعة فاغنر الروسية")


@pytest.mark.parametrize("text", [
    "في درس الصرف نتعلم أن كلمة «هجوم» مصدر على وزن فعول",
    "يشرح المعلم أن الفعل «اغتال» يعني قتل غيلة في المعاجم القديمة",
])
def test_a_word_named_between_quotation_marks_is_no_deed(text: str) -> None:
    assert _asserted(text) == set()


def test_a_deed_quoted_from_a_statement_is_still_told() -> None:
    text = "وتمكنت القوات من دخول المدينة بعد يومين من إعلان الحكومة «تحريرها» من المسلحين"
    assert "territory_change" in _asserted(text)


def test_a_second_deed_denied_after_or() -> None:
    text = "نفى الجيش أن تكون أي من طائراته قد عبرت الحدود أو نفذت غارات على أهداف داخل أراضي الجارة"
    assert modalities_of(text, "air_strike") == ["negated"]


def test_two_men_arrested_who_meant_to_bomb() -> None:
    text = "أوقفت قوات الأمن مسلحين اثنين كانا يعتزمان تفجير سيارة مفخخة قرب السوق"
    assert modalities_of(text, "arrest") == ["asserted"]
    assert "asserted" not in modalities_of(text, "bombing")


def test_none_undergone_where_ma_opens_the_clause() -> None:
    text = "أكد ناشطون أنه ما تعرض أحد من المعتصمين للاعتقال خلال الليلة الماضية"
    assert modalities_of(text, "arrest") == ["negated"]


@pytest.mark.parametrize("text", [
    "تكبدت القوات خسائر كبيرة على أرض المعركة هذا العام بحسب التقييم الأمريكي",
    "قال المتحدث إن التحالف استهدف الآلاف من مواقع القتال التابعة للتنظيم",
    "هنا تلتقي مصالح الدول الكبرى مع مصالح القوى الإقليمية",
    "وهناك رفض شعبي كبير لمشروع الجماعة في المحافظات الجنوبية",
])
def test_the_battlefield_interests_and_a_peoples_rejection_are_no_events(text: str) -> None:
    assert _asserted(text).isdisjoint({"armed_clash", "negotiation", "statement"})


def test_men_on_their_way_to_carry_out_bombings_have_not_done_so() -> None:
    text = "أحبطت الأجهزة الأمنية مخططات خلية كان أفرادها في طريقهم لتنفيذ تفجيرات في المنطقة الشرقية"
    assert "asserted" not in modalities_of(text, "bombing")


def test_what_a_town_underwent_is_no_negation() -> None:
    assert "shelling" in _asserted("أدان الوزير ما تعرضت له مدينة حماة من قصف عنيف أمس")


def test_ma_after_the_subject_of_inna_negates() -> None:
    text = "قال المتحدث العسكري إن قواته ما أطلقت قذيفة واحدة باتجاه المدينة"
    assert modalities_of(text, "shelling") == ["negated"]


def test_what_would_have_become_of_a_town_is_hypothetical() -> None:
    text = "لو سقطت البلدة بيد المتمردين لأصبحت المدينة محاصرة من جميع الجهات"
    assert "asserted" not in modalities_of(text, "siege")


def test_not_going_as_far_as_an_arrest() -> None:
    text = "لم تقدم السلطات الأمنية على اعتقال زعيم المعارضة رغم حملة التوقيفات"
    assert "asserted" not in modalities_of(text, "arrest")


@pytest.mark.parametrize("text", [
    "خرج الآلاف في مدينة بحر دار بإقليم أمهرة في مسيرات رافضة لقرار الحكومة",
    "من المتوقع أن يخرج مئات الآلاف بعد غد في مسيرات جمعة الوفاء في صنعاء",
])
def test_marches_are_no_drones(text: str) -> None:
    assert "air_strike" not in {c for c, _ in _events(text)}
    assert "protest" in {c for c, _ in _events(text)}


@pytest.mark.parametrize("text", [
    'تقول كلمات الأغنية: "اقتحمت أسوار قلبي بلا استئذان ورفعت راية النصر"',
    "تنصب التماسيح كمائن محكمة عند مخاضات الأنهار وتنفذ ضربة واحدة قاتلة",
    "تخوض ذكور الأيائل في موسم التزاوج معارك عنيفة تنتهي بانسحاب الطرف الأضعف",
])
def test_songs_and_wildlife_tell_of_no_event(text: str) -> None:
    assert _asserted(text) == set()


def test_the_doer_after_by_the_hand_of_is_actor1() -> None:
    text = "قتل ثلاثة مدنيين على يد عناصر تنظيم داعش في ريف دير الزور الشرقي"
    assert ("actor1", "تنظيم الدولة الإسلامية") in _actors(text, "attack_on_civilians")


def test_the_owner_of_a_headquarters_bombed_is_actor2() -> None:
    text = "أدانت الحكومة التفجير الإرهابي بمقر قوات الطوارئ الخاصة في منطقة عسير أمس"
    assert _actors(text, "bombing") == [("actor2", "قوات الطوارئ الخاصة")]


@pytest.mark.parametrize("text, category", [
    ("عثر على جثتي شرطيين قرب الحدود السورية بعد هجوم انتحاري في بلدة سروج", "bombing"),
    ("وفي العراق نفذت 21 ضربة جوية قرب مدن مخمور والرمادي وبيجي وفقا للبيان الأمريكي", "air_strike"),
])
def test_a_border_or_a_country_named_as_a_place_is_no_actor(text: str, category: str) -> None:
    names = {name for _, name in _actors(text, category)}
    assert names.isdisjoint({"الجيش السوري", "العراق", "الحكومة العراقية"})


def test_a_capital_after_the_word_capital_is_the_place() -> None:
    text = "تمكن المتمردون الحوثيون من فرض سيطرتهم على العاصمة صنعاء أمس"
    doc = extract(text, published=PUBLISHED)
    takes = [e for e in doc.events if e.category == "territory_change"]
    assert [e.location.name if e.location else None for e in takes] == ["صنعاء"]
    assert all(a.name != "صنعاء" for e in takes for a in e.actors)


def test_a_meeting_put_off_to_a_new_day_is_future() -> None:
    text = "أرجئ الاجتماع الذي كان مقررا بين الوفد الروسي ولجنة التفاوض إلى يوم الأحد المقبل"
    assert modalities_of(text, "negotiation") == ["future"]


def test_a_teacher_shot_dead_is_a_civilian_killed() -> None:
    text = "قتل مدرس برصاص مسلحين مجهولين أمام مدرسة في بلدة طفس صباح اليوم"
    assert _asserted(text) == {"attack_on_civilians"}


def test_what_would_have_broken_out_is_hypothetical() -> None:
    text = "لو حاولت الميليشيات التمركز داخل البلدة لاندلعت مواجهات عنيفة مع أبنائها"
    assert "asserted" not in modalities_of(text, "armed_clash")


def test_a_satire_column_tells_of_no_event() -> None:
    text = "في عموده الساخر يصف الكاتب معركة المواطن مع فاتورة الكهرباء بأنها حرب استنزاف بلا هدنة"
    assert _asserted(text) == set()


def test_an_answer_does_not_take_the_day_of_what_it_answered() -> None:
    text = "وقال الباحث إن الغارة التركية كانت رد فعل على مواجهات الخميس الماضي على الحدود"
    assert _dates(text, "armed_clash") == ["2023-05-11"]
    assert _dates(text, "air_strike") != ["2023-05-11"]


def test_a_crowd_named_at_length_that_set_fire_is_a_riot() -> None:
    text = "أضرم حشد من الموالين الغاضبين النار في سيارات ومحال تجارية في حي الرمل الجنوبي"
    assert _asserted(text) == {"riot"}


def test_forces_taking_no_part_in_the_battles() -> None:
    text = "لا تشارك القوات البرية الروسية في المعارك الدائرة حول مدينة تدمر"
    assert modalities_of(text, "armed_clash") == ["negated"]


@pytest.mark.parametrize("text", [
    "لا يتردد المذيع في قصف ضيوفه بوابل من الأسئلة المحرجة في برنامجه الأسبوعي",
    "يحاصر البستاني الأعشاب المتسلقة بحرمانها من الضوء طوال أسابيع",
])
def test_talk_shows_and_gardens_tell_of_no_event(text: str) -> None:
    assert _asserted(text) == set()


def test_a_feared_drone_strike_is_not_done() -> None:
    text = "يخشى السكان أن تستأنف الطائرات الأمريكية بدون طيار غاراتها على الوادي خلال الأيام المقبلة"
    assert "asserted" not in modalities_of(text, "air_strike")


def test_a_drone_is_still_no_negation() -> None:
    text = "قتل ثلاثة في غارة لطائرة بدون طيار استهدفت سيارة في محافظة مأرب"
    assert modalities_of(text, "air_strike") == ["asserted"]


def test_counter_marches_are_no_drones() -> None:
    text = "قالت أحزاب المعارضة إنها لن تشارك في أي مسيرات مضادة في العاصمة"
    assert "air_strike" not in {c for c, _ in _events(text)}


@pytest.mark.parametrize("text", [
    "يضم مستشفى التحرير العام قسما حديثا للطوارئ وغرفا لعزل الحالات المعدية",
    "تغطي وثيقة التأمين المنزل ومحتوياته ضد الحريق والسرقة وأعمال الشغب",
])
def test_a_hospitals_name_and_an_insurance_policy_tell_of_no_event(text: str) -> None:
    assert _asserted(text) == set()


def test_gunmen_who_still_refuse_to_withdraw_have_not() -> None:
    text = "ما زال المسلحون يرفضون الانسحاب من المباني المطلة على الشارع الرئيسي"
    assert "asserted" not in modalities_of(text, "territory_change")


def test_a_truce_decided_to_start_tonight_is_future() -> None:
    text = "تقرر أن يدخل وقف إطلاق النار بين الحيين حيز التنفيذ عند السادسة من مساء اليوم"
    assert modalities_of(text, "ceasefire") == ["future"]


@pytest.mark.parametrize("text, category", [
    ("قال المتحدث إن أصحاب هذا الفكر هدفهم خلق الفوضى والتخريب في المدن", "riot"),
    ("دهمت الشرطة المسجد بحجة أنه مركز لاجتماع المتطرفين وتدريبهم", "negotiation"),
    ("هناك احتمالية أكبر لارتباط التنظيم بهجمات داخل الأراضي الأوروبية", "armed_clash"),
])
def test_aims_pretexts_and_likelihoods_are_not_done(text: str, category: str) -> None:
    assert "asserted" not in modalities_of(text, category)


def test_a_missile_that_hit_its_target_struck() -> None:
    text = "لم تخطئ الصواريخ الروسية هدفها عندما قتلت الرضيع في حي الفردوس بحلب"
    assert "asserted" in {m for c, m in _events(text)}


def test_the_great_march_of_return_is_no_drone() -> None:
    text = "شارك عشرات الآلاف من الفلسطينيين يوم الجمعة في انطلاق مسيرات العودة الكبرى"
    assert {c for c, _ in _events(text)} == {"protest"}


@pytest.mark.parametrize("text", [
    "لا تعتمد ألعاب الحصار الكلاسيكية على القوة وحدها بل على قطع خطوط الإمداد",
    "يصف الفلكيون النجوم النيوترونية بأنها بقايا انفجار نجمي عنيف",
])
def test_games_and_stars_tell_of_no_event(text: str) -> None:
    assert _asserted(text) == set()


def test_the_platform_a_statement_was_posted_on_is_no_side() -> None:
    text = "قالت المقاومة الشعبية على حسابها الرسمي على «تويتر» إنها اعتقلت قياديا كبيرا في حركة الحوثي"
    assert all(name != "تويتر" for _, name in _actors(text, "arrest"))


def test_a_truce_that_still_holds_is_asserted() -> None:
    text = "ما زال وقف إطلاق النار صامدا في مدينة الجنينة منذ إعلانه يوم الجمعة"
    assert modalities_of(text, "ceasefire") == ["asserted"]


def test_a_siege_of_an_observation_point_denied() -> None:
    text = "نفت وزارة الدفاع أن تكون نقطة المراقبة في الصرمان محاصرة من قبل قوات النظام"
    assert "asserted" not in modalities_of(text, "siege")


def test_talks_a_delegation_will_travel_to_resume_are_future() -> None:
    text = "سيتوجه وفد حكومي إلى جوبا يوم الأحد لاستئناف المحادثات مع الحركات المسلحة"
    assert modalities_of(text, "negotiation") == ["future"]


@pytest.mark.parametrize("text", [
    "شنت منصات التواصل الاجتماعي هجوما صامتا على تقليد الرسائل الورقية",
    "اعتبرت الصحف أن إطلالة السفيرة سرقت الأضواء في حفل تقديم أوراق الاعتماد",
])
def test_silent_attacks_and_stolen_limelight_are_figures(text: str) -> None:
    assert _asserted(text) == set()


def test_holding_off_an_accusation_makes_none() -> None:
    text = "فضلت وزارة الداخلية التريث في توجيه الاتهام للتنظيم الذي أعلن مسؤوليته لاحقا"
    assert "asserted" not in modalities_of(text, "statement")


def test_leaders_who_did_not_meet() -> None:
    text = "لم يلتق السراج وحفتر خلال زيارتهما المتزامنة إلى أبوظبي الأسبوع الماضي"
    assert "negated" in modalities_of(text, "negotiation")
