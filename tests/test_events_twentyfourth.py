"""The rules of the twenty-fourth session (docs/events.md, "Rules of the twenty-fourth session"): a
nationality right after a verb of killing is the man killed, a part of the day opening a time
expression is no trigger, a plan of the past dates no day to come, what is needed or important is
not done, lateness is not done yet, and the words the rounds of the session showed missing.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from conftest import actors_of, dates_of, modalities_of
from conftest import asserted_categories as _asserted

# ---------------------------------------------------------------- the man killed is no killer


def test_a_nationality_after_a_verb_of_killing_is_the_victim() -> None:
    text = "قتل فلسطيني برصاص الجيش الإسرائيلي قرب مدينة الخليل مساء أمس."
    actors = actors_of(text, "attack_on_civilians")
    assert ("actor1", "الجيش الإسرائيلي") in actors
    assert all(role != "actor1" for role, name in actors if name != "الجيش الإسرائيلي")


def test_a_man_of_a_nation_killed_in_an_attack_names_no_army() -> None:
    text = "قتل عراقي في هجوم مسلح على سوق شعبي في بغداد امس."
    actors = actors_of(text, "armed_clash") + actors_of(text, "attack_on_civilians")
    assert all(role != "actor1" for role, _ in actors)
    assert all(name != "الجيش العراقي" for _, name in actors)


def test_a_soldier_of_a_nation_killed_still_names_its_army() -> None:
    text = "قتل جندي سوري في قصف على ريف درعا امس."
    assert ("actor2", "الجيش السوري") in actors_of(text, "shelling")


# ---------------------------------------------------------------- dawn, past plans


def test_dawn_before_a_date_is_no_bombing() -> None:
    text = "قتل مسلحون مجهولون ستة موظفين في منظمة إغاثة داخل مستشفى ميداني فجر 12 مارس 2019."
    categories = _asserted(text)
    assert "bombing" not in categories
    assert "attack_on_civilians" in categories


def test_a_bomb_set_off_before_a_date_is_still_a_bombing() -> None:
    text = "فجر انتحاري حزامه الناسف في سوق المدينة يوم 12 مارس 2019 موقعا عشرات القتلى."
    assert "bombing" in _asserted(text)


def test_a_plan_of_the_past_dates_no_day_to_come() -> None:
    text = "اعتقلت الشرطة رجلا كان يعتزم تفجير عبوة في كنيسة خلال قداس الأحد، بحسب بيان الوزارة."
    assert dates_of(text, "arrest", published="2023-05-17") == ["2023-05-14"]
    assert modalities_of(text, "arrest") == ["asserted"]


def test_a_meeting_that_was_scheduled_keeps_its_day_to_come() -> None:
    text = "من المقرر أن يعقد الوزيران اجتماعا في عمان يوم الأحد لبحث ملف الحدود."
    assert dates_of(text, "negotiation", published="2023-05-17") == ["2023-05-21"]


# ---------------------------------------------------------------- needed, late, suspended


@pytest.mark.parametrize("text, category", [
    ("قال الوزير إن من الضروري وقف القصف على الأحياء السكنية فورا.", "ceasefire"),
    ("من المهم عقد جولة مفاوضات جديدة بين الطرفين قبل نهاية الشهر.", "negotiation"),
    ("قال الوسيط إنه لا بد من هدنة إنسانية في المدينة خلال أيام.", "ceasefire"),
])
def test_what_is_needed_is_not_done(text: str, category: str) -> None:
    assert modalities_of(text, category) == ["hypothetical"]


def test_late_in_withdrawing_is_not_withdrawn_yet() -> None:
    text = "يواصل المقاتلون هجماتهم رغم تأخر الحكومة في سحب قواتها من الإقليم."
    assert "territory_change" not in _asserted(text)


def test_a_truce_suspended_is_a_ceasefire_event() -> None:
    text = "علقت الحكومة العمل بالهدنة المعلنة في الجنوب بعد ثلاثة أيام من سريانها."
    assert modalities_of(text, "ceasefire") == ["asserted"]


def test_a_tribal_truce_reached_is_a_ceasefire() -> None:
    text = "توصل وجهاء المنطقة إلى عطوة عشائرية بين العائلتين المتنازعتين لمدة ستة أشهر."
    assert "ceasefire" in _asserted(text)


# ---------------------------------------------------------------- words of the rounds


@pytest.mark.parametrize("text, category", [
    ("أكدت الشرطة أنها أوقفت ضابطين على خلفية إطلاق النار على المحتجين.", "arrest"),
    ("انهال عناصر من الشرطة على المصور بالضرب أثناء تغطيته الاعتصام مساء الأحد.", "attack_on_civilians"),
    ("حمل الوزير منذ صباح الاثنين الجماعة المسلحة مسؤولية الهجوم على الحافلة.", "statement"),
    ("طالت النيران التي أضرمها المحتجون مقرات ثلاثة أحزاب في المدينة ليل السبت.", "riot"),
])
def test_words_of_the_rounds(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_suspended_from_work_is_no_arrest() -> None:
    text = "أوقف الوزير ضابطين عن العمل وأحالهما إلى التحقيق يوم الخميس."
    assert "arrest" not in _asserted(text)


@pytest.mark.parametrize("text", [
    "اشتر ثلاث عبوات من عسل السدر واحصل على الرابعة مجانا حتى نهاية الشهر.",
    "قدم المهندسون مظاهرة تقنية لسيارة تقاد عن بعد في المعرض.",
    "أعلنت الشركة أنها استعادت خدماتها بالكامل بعد عطل فني استمر ساعتين.",
    "الشركات الناشئة تحرق السيولة بسرعة قبل أن تبلغ الربحية.",
    "أثارت خدمة التوصيل بالطائرات المسيرة فضول سكان الحي.",
    "حمل صاروخ فالكون 9 دفعة جديدة من الأقمار الصناعية إلى المدار.",
    "وصلت تعزيزات من السائقين إلى مراكز التوزيع لمواجهة ضغط الطلبات.",
    "أدى تردي الخدمات إلى أزمة فجرت موجة غضب واسعة بين السكان.",
])
def test_pages_of_trade_tell_of_no_event(text: str) -> None:
    assert _asserted(text) == set()


# ---------------------------------------------------------------- a side told of but not named


def test_a_side_not_named_between_is_the_subject_of_the_verb() -> None:
    text = "أعلن الجيش الأردني أنه حرر عشرة رهائن كانت الجماعة المسلحة تحتجزهم منذ أسابيع."
    assert all(role != "actor1" for role, _ in actors_of(text, "arrest"))


def test_a_side_against_which_one_fights_leaves_the_actor() -> None:
    text = "قال المتحدث إن التحالف الدولي ضد التنظيم سيطر على ثلاث قرى شمال المدينة امس."
    assert ("actor1", "التحالف الدولي") in actors_of(text, "territory_change")


def test_the_last_troops_leaving_is_a_withdrawal() -> None:
    text = "غادر آخر الجنود الفرنسيين أراضي مالي يوم الاثنين بعد تسع سنوات من الانتشار."
    categories = _asserted(text)
    assert "territory_change" in categories
    assert "evacuation" not in categories


# ---------------------------------------------------------------- fire from the air, armour, comments


def test_a_helicopter_firing_on_villagers_is_an_air_strike() -> None:
    text = "أطلقت مروحية عسكرية نيرانها على قرويين فارين قرب الحدود مساء الخميس."
    assert "air_strike" in _asserted(text)


def test_gunmen_firing_their_guns_is_a_clash() -> None:
    text = "أطلق المسلحون نيرانهم على دورية للشرطة قرب المدينة فجر اليوم."
    categories = _asserted(text)
    assert "armed_clash" in categories
    assert "air_strike" not in categories


def test_armour_deployed_in_the_streets() -> None:
    text = "نشر الجيش مدرعاته في الشوارع الرئيسية للعاصمة مساء الأربعاء."
    assert "deployment" in _asserted(text)


def test_a_video_of_tanks_published_is_no_deployment() -> None:
    text = "نشرت الوزارة مقطعا يظهر دبابات تتقدم نحو البلدة."
    assert "deployment" not in _asserted(text)


def test_a_comment_on_the_shelling_is_no_ceasefire() -> None:
    text = "علق وزير الخارجية على القصف الذي استهدف البلدة قائلا إنه جريمة حرب."
    categories = _asserted(text)
    assert "ceasefire" not in categories
    assert "shelling" in categories


def test_a_sit_in_suspended_is_not_held() -> None:
    text = "علق اتحاد الطلاب الاعتصام الذي كان يعتزم تنظيمه أمام مقر المحافظة."
    assert modalities_of(text, "protest") == ["negated"]


def test_a_gang_abandoned_is_a_group_change() -> None:
    text = "أعلن زعيم العصابة تخليه عن العصابة وسلم نفسه مع أتباعه إلى السلطات."
    categories = _asserted(text)
    assert "group_change" in categories
    assert "territory_change" not in categories


@pytest.mark.parametrize("text, category", [
    ("أضرمت قوات الأمن والميليشيات المحلية النيران في عشرات القرى خلال أسبوع.", "looting"),
    ("أطلق مسلحون صاروخي غراد باتجاه المدينة فجر الثلاثاء.", "shelling"),
    ("أوقف ثلاثة من عناصر ميليشيا محلية للاشتباه في تورطهم بقتل رعاة.", "arrest"),
    ("فتح عشرات المسلحين النار عشوائيا على المتسوقين في السوق الأسبوعي.", "attack_on_civilians"),
    ("قتل مسلحون مجهولون ستة موظفين في منظمة إغاثة داخل مكتبهم مساء الأحد.", "attack_on_civilians"),
])
def test_more_words_of_the_rounds(text: str, category: str) -> None:
    assert category in _asserted(text)


# ---------------------------------------------------------------- denials, vows, days set, the future


def test_a_denial_reaches_past_an_aside_that_names_its_source() -> None:
    text = "ليس صحيحا، بحسب ما أكده متحدث باسم الشرطة، أن عناصر من الدورية أعدموا مدنيين قرب الجسر."
    assert modalities_of(text, "attack_on_civilians") == ["negated"]


def test_an_arrest_denied_by_its_verbal_noun() -> None:
    text = "نفى المجلس العسكري في المدينة إلقاء القبض على نجل القائد السابق."
    assert modalities_of(text, "arrest") == ["negated"]


def test_fighting_vowed_is_not_asserted() -> None:
    text = "توعد زعيم الجماعة في تسجيل صوتي بثته قناة محلية بمواصلة القتال حتى النهاية."
    assert "armed_clash" not in _asserted(text)


def test_forces_that_will_stop_firing_are_a_ceasefire_to_come() -> None:
    text = "أعلنت الحكومة أن قواتها ستتوقف عن إطلاق النار على جميع الجبهات صباح الغد."
    assert modalities_of(text, "ceasefire") == ["future"]


def test_the_day_set_for_a_withdrawal_is_no_withdrawal() -> None:
    text = "مر موعد الانسحاب المحدد في الاتفاق دون أن تغادر الوحدات العسكرية مواقعها في المحافظة."
    assert "territory_change" not in _asserted(text)


def test_a_definite_noun_right_after_a_future_verb_is_to_come() -> None:
    text = "أكدت مصادر عسكرية أن الجيش سيحكم الطوق حول المدينة اعتبارا من منتصف الليل."
    assert modalities_of(text, "siege") == ["future"]


def test_a_threat_in_a_condition_stays_hypothetical() -> None:
    text = "إذا لم تدفع العائلات الفدية خلال أسبوع، فإن الخاطفين سيقتلون الرهائن، وفق مصادر محلية."
    assert modalities_of(text, "attack_on_civilians") == ["hypothetical"]


# ---------------------------------------------------------------- burning and beating


@pytest.mark.parametrize("text, category", [
    ("أحرق مسلحون مقر إذاعة محلية في المدينة فجر الجمعة.", "looting"),
    ("أحرق متظاهرون غاضبون مقر الحزب الحاكم في المدينة مساء الجمعة.", "riot"),
    ("اقتحم عدد من ذوي الضحايا مقر المجلس البلدي وأحرقوه بالكامل.", "riot"),
])
def test_who_burns_a_building_makes_its_category(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_a_man_beaten_to_death_is_no_air_strike() -> None:
    text = "أقدم جنود على ضرب رجل يشتبه في انتمائه إلى الجماعة حتى الموت في سوق المدينة."
    categories = _asserted(text)
    assert "attack_on_civilians" in categories
    assert "air_strike" not in categories


def test_a_battle_of_early_islamic_history_is_no_event() -> None:
    text = "يشرح المعلم لتلاميذه أن معركة بدر وقعت في السابع عشر من رمضان في السنة الثانية للهجرة."
    assert "armed_clash" not in _asserted(text)


# ---------------------------------------------------------------- a nationality that describes a man


def test_a_nationality_before_a_known_man_is_that_man() -> None:
    text = "التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية السعودي في موسكو يوم الثلاثاء."
    actors = actors_of(text, "negotiation")
    assert ("actor1", "فلاديمير بوتين") in actors
    assert ("actor2", "فلاديمير بوتين") not in actors
    assert all(name != "الحكومة الروسية" for _, name in actors)


def test_a_nationality_before_an_unknown_word_stays_the_state() -> None:
    text = "وحذر رئيس الوزراء الفرنسي عقب أحداث العاصمة من إغلاق المساجد المشتبه بها."
    assert ("actor1", "الحكومة الفرنسية") in actors_of(text, "statement")


def test_a_road_map_is_no_road() -> None:
    from rasad.pipeline import extract
    doc = extract("اتفق الرئيسان على خريطة طريق تتضمن مواجهة خطر التنظيم.", published="2023-05-14")
    assert all(not e.text.startswith("طريق") for e in doc.entities if e.type == "LOC")


def test_a_future_verb_reaches_past_a_name() -> None:
    text = "ستتمكن الولايات المتحدة من إرسال مقاتلات انطلاقا من القاعدة بموجب الاتفاق الجديد."
    assert modalities_of(text, "deployment") == ["future"]


def test_the_wounded_received_by_hospitals_are_no_visit() -> None:
    text = "استقبلت المستشفيات الميدانية 50 جريحا من المدينة خلال يومين."
    assert "negotiation" not in _asserted(text)


def test_the_one_accused_after_the_verbal_noun_is_no_accuser() -> None:
    text = "يسارع كثيرون إلى اتهام طهران بدعم الجماعات المسلحة في المنطقة."
    actors = actors_of(text, "statement")
    assert ("actor2", "طهران") in actors
    assert ("actor1", "طهران") not in actors


# ---------------------------------------------------------------- verbs ending in alif maqsura, and more words


@pytest.mark.parametrize("text, category", [
    ("استدعت الحكومة ثلاث فرق من جنود الاحتياط يوم الجمعة لتعزيز القوات على الحدود.", "deployment"),
    ("ألقوا القبض على ثلاثة مطلوبين في حي الميدان فجر الأحد.", "arrest"),
    ("أجرت الوزيرة اتصالات مع نظرائها العرب بشأن الأزمة يوم الأحد.", "negotiation"),
    ("أعفت الحكومة قائد الشرطة من منصبه بعد أحداث الأسبوع الماضي.", "group_change"),
])
def test_perfects_of_verbs_in_alif_maqsura(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_a_state_bomb_is_dropped_from_the_air() -> None:
    text = "قتل أربعة مراقبين دوليين مساء الثلاثاء عندما أصابت قنبلة إسرائيلية موقعهم قرب الحدود."
    categories = _asserted(text)
    assert "air_strike" in categories
    assert "bombing" not in categories


def test_what_it_would_have_turned_into_did_not_happen() -> None:
    text = "لو لم تتدخل الشرطة في الوقت المناسب لتحولت المشادات بين التجار في السوق إلى أعمال شغب واسعة."
    assert "riot" not in _asserted(text)


def test_tyres_set_alight_by_protesters_are_a_riot() -> None:
    text = "أشعل محتجون غاضبون الإطارات وأغلقوا الطرقات في وسط المدينة مساء الأحد."
    assert "riot" in _asserted(text)


def test_a_vow_to_launch_attacks_is_not_an_attack() -> None:
    text = "توعدت الحركة في تسجيل صوتي بثته منصاتها بشن هجمات انتحارية على مقرات الحكومة."
    assert "bombing" not in _asserted(text)


def test_a_similar_accord_put_off_leaves_the_signed_one() -> None:
    text = "وقعت الحكومة والولاية اتفاقا للتعاون الأمني يوم الأربعاء، فيما أرجئ توقيع اتفاق مماثل مع ولاية أخرى."
    assert "asserted" in modalities_of(text, "agreement")


@pytest.mark.parametrize("text, category", [
    ("أضرب نحو مئتي طالب جامعي عن الطعام أمام مقر الأمم المتحدة لليوم الخامس.", "protest"),
    ("دفع الجيش بالفرقة الخامسة إلى جبهة الساحل لتعزيز الهجوم من الجنوب.", "deployment"),
    ("أعلن الجيش قراره وقف استخدام الأسلحة الثقيلة في منطقة القتال.", "ceasefire"),
    ("أفاد شهود بأن المتمردين اقتادوا عشرات الشبان بالقوة من المخيم لتجنيدهم.", "attack_on_civilians"),
])
def test_words_of_the_later_rounds(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_missiles_a_side_owns_are_no_shelling() -> None:
    text = "بحث الطرفان ملف الصواريخ التي يمتلكها الحرس الثوري وملف حقوق الإنسان."
    assert "shelling" not in _asserted(text)


def test_an_accord_being_drafted_is_not_made() -> None:
    text = "قال الدبلوماسي إن الأزمة يمكن تخطيها إن أسهمت القوى الكبرى في صياغة اتفاق شامل بين الأطراف."
    assert "agreement" not in _asserted(text)


def test_a_draft_initialled_is_an_accord() -> None:
    text = "وقع وفد البرلمان وممثلو الأحزاب بالأحرف الأولى على مسودة الاتفاق السياسي في الرباط يوم السبت."
    assert "agreement" in _asserted(text)


def test_a_deed_promised_god_willing_is_to_come() -> None:
    text = "قال الوزير إن قواتنا ستقف في وجههم ونقوم بإذن الله بإجلاء كل السكان من المنطقة."
    assert "evacuation" not in _asserted(text)


def test_the_one_accused_behind_lam_after_the_accuser() -> None:
    text = "رفض المتحدث اتهام المعارضة لحزب الله بقصف البلدة."
    actors = [a for a in actors_of(text, "statement") if a[1] == "حزب الله"]
    assert actors == [("actor2", "حزب الله")]


def test_the_side_whose_members_were_fought_is_the_other_side() -> None:
    text = "قال المتحدث إن قوات الأمن اشتبكت مع عناصر تنظيم داعش في محيط الجامعة يوم الأحد."
    actors = actors_of(text, "armed_clash")
    assert ("actor2", "تنظيم الدولة الإسلامية") in actors
    assert ("actor1", "تنظيم الدولة الإسلامية") not in actors


@pytest.mark.parametrize("text", [
    "تستهدف هيئة الطاقة رفع حصة الطاقة المتجددة إلى ثلاثين في المئة بحلول عام 2030.",
    "أمر محتوم الفناء فهو بناء على شفا جرف هار.",
])
def test_an_aim_and_a_cliff_tell_of_no_event(text: str) -> None:
    assert _asserted(text) == set()


def test_an_example_given_is_no_strike() -> None:
    text = "وضربت الشاهدة مثالا على الويلات اليومية التي عاشتها في المدينة المحاصرة."
    assert "air_strike" not in _asserted(text)


def test_people_counted_going_out_of_a_town_flee_it() -> None:
    text = "خرج أكثر من ألفي شخص من البلدة مساء الأربعاء على متن أربعين شاحنة متجهين إلى المخيم."
    assert "evacuation" in _asserted(text)


def test_people_out_in_a_march_do_not_flee() -> None:
    text = "خرج مئات المدنيين في مسيرة احتجاجية وسط المدينة يوم الجمعة."
    categories = _asserted(text)
    assert "protest" in categories
    assert "evacuation" not in categories


def test_news_arriving_of_an_arrest_is_a_rumour() -> None:
    text = "تواردت أنباء عن اعتقال قائد الجماعة في البلدة أثناء محاولته الفرار بين المدنيين."
    assert modalities_of(text, "arrest") == ["hypothetical"]


@pytest.mark.parametrize("text, category", [
    ("ألقت قوات الأمن القبض فجر الأربعاء على صحافي في منزله بالعاصمة.", "arrest"),
    ("تولى القائد الجديد قيادة الجماعة خلفا لشقيقه الذي قتل في المعارك.", "group_change"),
])
def test_words_of_the_held_out_pair(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_aircraft_that_could_not_fly_any_sortie_struck_nothing() -> None:
    text = "لم تتمكن الطائرات الحربية من تنفيذ أي طلعات فوق الجبال يوم الجمعة بسبب سوء الأحوال الجوية."
    assert modalities_of(text, "air_strike") == ["negated"]
