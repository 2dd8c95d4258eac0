"""The rules of the twenty-third session (docs/events.md, "Rules of the twenty-third session"): a person
named only as someone's relative or as a place's namesake is no actor, one who only tells a deed done
to others is not its doer, a given name that is not a known person's makes another person of his
surname, "almost" and "hardly had", and the words the rounds of the session showed missing.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from rasad.pipeline import extract

from conftest import actors_of, modalities_of
from conftest import asserted_categories as _asserted


def _people(text: str) -> list[tuple[str, str | None]]:
    doc = extract(text, published="2023-05-14")
    return [(e.text, e.canonical.name if e.canonical else None) for e in doc.entities if e.type == "PER"]


# ---------------------------------------------------------------- relatives and namesakes


def test_a_relative_of_a_known_man_is_not_that_man() -> None:
    text = "أقدم شقيق الوزير سمير جعجع على إطلاق النار على شرطي في بيروت مساء الأحد."
    assert all(name != "سمير جعجع" for _, name in actors_of(text, "armed_clash"))


def test_a_relative_arrested_leaves_the_arresting_side_as_actor() -> None:
    text = "اعتقلت السلطات السورية أحد أقارب الرئيس بشار الأسد في اللاذقية يوم الاثنين."
    actors = actors_of(text, "arrest")
    assert ("actor1", "النظام السوري") in actors
    assert all(name != "بشار الأسد" for _, name in actors)


def test_the_man_himself_is_still_an_actor() -> None:
    text = "أقدم الوزير سمير جعجع على إطلاق النار على شرطي في بيروت مساء الأحد."
    assert ("actor1", "سمير جعجع") in actors_of(text, "armed_clash")


def test_a_place_named_after_a_man_makes_him_no_actor() -> None:
    text = "انفجرت عبوة ناسفة قرب مركز رفيق الحريري الثقافي في بيروت مساء الأحد دون وقوع إصابات."
    assert all(name != "رفيق الحريري" for _, name in actors_of(text, "bombing"))


# ---------------------------------------------------------------- the teller of a deed done to others


def test_who_tells_of_a_kidnapping_in_the_passive_did_not_do_it() -> None:
    text = "قال المتحدث إن المعلومات المتوفرة لدى وزارة الداخلية تشير إلى أن الصحفي تم اختطافه قرب العريش."
    assert all(role != "actor1" for role, _ in actors_of(text, "attack_on_civilians"))


def test_a_doer_named_by_his_hand_keeps_his_role() -> None:
    text = "قالت مصادر محلية إن ثلاثة رهائن قتلوا على يد تنظيم داعش في الرقة يوم الجمعة."
    assert ("actor1", "تنظيم الدولة الإسلامية") in actors_of(text, "attack_on_civilians")


# ---------------------------------------------------------------- a given name and a known surname


@pytest.mark.parametrize("text, name", [
    ("قال خالد الأسد إن القصف لم يتوقف طوال الليل في ريف اللاذقية.", "خالد الأسد"),
    ("أعلن محمد الحريري ترشحه للانتخابات البلدية في صيدا.", "محمد الحريري"),
])
def test_another_given_name_makes_another_man(text: str, name: str) -> None:
    assert (name, None) in _people(text)


@pytest.mark.parametrize("text, name, canonical", [
    ("وصل وزير الخارجية جون كيري إلى جنيف مساء الأحد.", "جون كيري", "جون كيري"),
    ("اغتيل رئيس الوزراء اللبناني الأسبق رفيق الحريري في بيروت يوم 14 فبراير 2005.", None, "رفيق الحريري"),
])
def test_a_known_man_is_still_known(text: str, name: str | None, canonical: str) -> None:
    assert any(c == canonical and (name is None or t == name) for t, c in _people(text))


# ---------------------------------------------------------------- almost, and hardly had


@pytest.mark.parametrize("text, category", [
    ("كاد مسلحون أن يختطفوا سائق شاحنة على طريق المطار لولا تدخل دورية للشرطة.", "attack_on_civilians"),
    ("كادت البلاد أن تتعرض لضربة عسكرية أمريكية قبل عامين لولا الوساطة الروسية.", "air_strike"),
])
def test_what_almost_happened_did_not(text: str, category: str) -> None:
    assert modalities_of(text, category) == ["negated"]


def test_the_subject_of_almost_happened() -> None:
    text = "كادت المواجهات العنيفة أن تمتد إلى الأحياء المجاورة لولا تدخل الوجهاء مساء الجمعة."
    assert modalities_of(text, "armed_clash") == ["asserted"]


def test_hardly_had_it_begun_when_it_happened() -> None:
    text = "لم تكد الهدنة تدخل حيز التنفيذ في المدينة حتى تبادل الطرفان الاتهامات بخرقها."
    assert modalities_of(text, "ceasefire") == ["asserted"]


# ---------------------------------------------------------------- will not stop, would have gone on


def test_strikes_that_will_not_stop_are_to_come() -> None:
    text = "قال المتحدث إنه لن تتوقف الغارات الجوية على مواقع المتمردين حتى تسليم أسلحتهم."
    assert modalities_of(text, "air_strike") == ["future"]


def test_a_battle_that_would_have_gone_on_is_hypothetical() -> None:
    text = "لو لم تصل التعزيزات في الوقت المناسب، لاستمرت المعارك في البلدة أسابيع أخرى."
    assert modalities_of(text, "armed_clash") == ["hypothetical"]


# ---------------------------------------------------------------- words of the rounds


@pytest.mark.parametrize("text, category", [
    # a suicide drone is a drone
    ("قتل أربعة جنود في غارة بمسيرة انتحارية استهدفت عربتهم قرب الحدود صباح الاثنين.", "air_strike"),
    # shells that rained down
    ("أصيب عشرة مدنيين عندما انهمرت قذائف صاروخية على سوق المدينة ظهر الخميس.", "shelling"),
    # a town still cut off
    ("لا تزال البلدة معزولة عن محيطها منذ ثلاثة أشهر بسبب إغلاق الطريق الوحيد المؤدي إليها.", "siege"),
    ("أكدت منظمات الإغاثة أن الإقليم لا يزال معزولا عن العالم الخارجي منذ أسابيع.", "siege"),
    # an assassination in a new episode of a series of them
    ("اغتال مسلحون مجهولون إمام مسجد في المدينة فجر السبت، في حلقة جديدة من سلسلة اغتيالات طالت رجال الدين.",
     "attack_on_civilians"),
    # families evacuated from a district whose name is a word of combat sports
    ("أجلت القوات الأمنية عشرات العائلات المحاصرة في حي النزال وسط المدينة عبر ممر آمن.", "evacuation"),
])
def test_words_of_the_rounds(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_a_bombing_still_reads_as_one_after_a_suicide_attack_struck() -> None:
    assert "bombing" in _asserted("ضرب هجوم انتحاري سوقا شعبيا في المدينة صباح الجمعة.")


def test_leaving_a_mosque_is_no_flight() -> None:
    text = "اغتال مسلحون إمام المسجد بعد خروجه من صلاة الفجر في حي المنصورة صباح الأحد."
    assert "evacuation" not in _asserted(text)


@pytest.mark.parametrize("text", [
    # markets
    "شن المضاربون على المكشوف هجوما كاسحا على سهم الشركة في بورصة نيويورك أمس.",
    "سجلت عملة إيثريوم تقدما لافتا بنسبة عشرة في المئة مستعيدة جزءا من خسائرها.",
    # combat sports
    "شن البطل هجوما كاسحا في الجولة الثالثة من نزاله الأخير على حزام اللقب.",
    "انهارت محادثات إقامة النزالات الثلاثة بين المروجين بسبب الخلاف على حقوق البث.",
    # traffic
    "دفعت إدارة المرور بتعزيزات من الدوريات إلى الطرق المؤدية إلى الشواطئ يوم الجمعة.",
])
def test_pages_of_markets_bouts_and_traffic_tell_of_no_battle(text: str) -> None:
    assert _asserted(text) == set()


def test_a_verb_spelt_like_shares_is_no_market_word() -> None:
    text = "أسهم رجال الحرس في نشر الفوضى، واغتالوا ضابطا في المدينة مساء الأحد."
    assert "attack_on_civilians" in _asserted(text)


# ---------------------------------------------------------------- the side a place was freed from


@pytest.mark.parametrize("text, doer", [
    ("استعادت القوات العراقية مدينة تكريت من تنظيم داعش بعد معارك استمرت شهرا.", "الجيش العراقي"),
    ("واصلت المقاومة الشعبية تمشيط قاعدة العند الجوية بعد تحريرها من الحوثيين بشكل كامل.", "المقاومة الشعبية"),
])
def test_the_side_a_place_was_freed_from_lost_it(text: str, doer: str) -> None:
    actors = actors_of(text, "territory_change")
    assert ("actor1", doer) in actors
    assert not any(role == "actor1" and name in ("تنظيم الدولة الإسلامية", "جماعة أنصار الله") for role, name in actors)


def test_fighters_of_a_group_are_still_its_own() -> None:
    text = "سيطر مقاتلون من الجيش الحر على البلدة بعد اشتباكات عنيفة فجر الأحد."
    assert ("actor1", "الجيش السوري الحر") in actors_of(text, "territory_change")


# ---------------------------------------------------------------- taken to an unknown place


def test_taken_to_an_unknown_place_is_an_abduction() -> None:
    text = "اقتحم مسلحون منزل الطبيب في المدينة فجر الأحد واقتادوه إلى جهة مجهولة."
    categories = _asserted(text)
    assert "attack_on_civilians" in categories
    assert "arrest" not in categories


def test_taken_to_a_police_station_is_an_arrest() -> None:
    assert "arrest" in _asserted("اقتادت دورية للشرطة المشتبه به إلى مركز الأمن في المدينة مساء السبت.")


# ---------------------------------------------------------------- a town's security handed over, a pact of honour


@pytest.mark.parametrize("text, modality", [
    ("تسلمت الشرطة المحلية الملف الأمني في مدينة الرمادي من الجيش يوم الأحد.", "asserted"),
    ("أرجئ تسليم الملف الأمني في المحافظة إلى القوات المحلية إلى أجل غير مسمى.", "negated"),
])
def test_a_towns_security_handed_over(text: str, modality: str) -> None:
    assert modalities_of(text, "territory_change") == [modality]


def test_a_pact_of_honour_signed_is_an_agreement() -> None:
    text = "وقع زعماء العشائر في المحافظة وثيقة شرف تقضي بنبذ الثأر خلال مؤتمر عقد يوم السبت."
    assert "agreement" in _asserted(text)


def test_a_pact_of_honour_wished_for_is_none() -> None:
    text = "يرى الكاتب أن المطلوب أن تصوغ الفصائل ميثاق شرف يحرم القتل ويعيدها إلى التفاوض."
    assert "agreement" not in _asserted(text)


# ---------------------------------------------------------------- rumours, what would have been, houses burnt


def test_news_passed_round_by_sites_is_a_rumour() -> None:
    text = "تداولت مواقع التواصل الاجتماعي أنباء عن إعدام مسلحين لعدد من المدنيين قرب البلدة."
    assert modalities_of(text, "attack_on_civilians") == ["hypothetical"]


def test_a_town_that_would_have_seen_a_battle_did_not() -> None:
    text = "لو لم تنسحب القوات من محور المدينة الجنوبي، لشهدت المدينة معركة دامية."
    assert modalities_of(text, "armed_clash") == ["hypothetical"]


def test_houses_burnt_by_gunmen_named_at_length_are_property_destroyed() -> None:
    text = "أحرق مسلحون ينتمون إلى فصائل في قوة محلية عشرات المنازل والمحال التجارية في البلدة يوم الجمعة."
    categories = _asserted(text)
    assert "looting" in categories
    assert "riot" not in categories


# ---------------------------------------------------------------- two checkpoints struck, a country's soil


def test_the_side_whose_two_checkpoints_were_struck_is_the_target() -> None:
    text = "فجر انتحاريان شاحنتين ملغومتين استهدفتا نقطتي تفتيش لقوات حماية الشعب الكردية قرب البلدة."
    assert ("actor2", "قوات حماية الشعب الكردية") in actors_of(text, "bombing")


def test_battles_on_a_countrys_soil_are_not_its_armys() -> None:
    text = "تدور المعارك العنيفة على الأرض السورية منذ صباح الأحد في ريف حلب الجنوبي."
    assert all(name != "الجيش السوري" for _, name in actors_of(text, "armed_clash"))


# ---------------------------------------------------------------- a halt denied


def test_a_halt_denied_leaves_the_campaign_going_on() -> None:
    text = "نفى المتحدث باسم الجيش توقف الحملة العسكرية على مواقع المتمردين في الجبال."
    assert modalities_of(text, "armed_clash") == ["asserted"]


def test_a_halt_told_is_still_a_halt() -> None:
    text = "أوقفت القوات الحكومية الحملة العسكرية على مواقع المتمردين في الجبال يوم الأحد."
    assert modalities_of(text, "armed_clash") == ["negated"]


# ---------------------------------------------------------------- civilians counted at length, decisions in a session,
# suspensions by a body named at length


def test_civilians_counted_at_length_are_still_civilians() -> None:
    text = "قتل مسلحون ما لا يقل عن ستين مدنيا في قرية نائية شمال البلاد ليلة السبت."
    assert "attack_on_civilians" in _asserted(text)


def test_a_deployment_decided_in_a_cabinet_session_is_to_come() -> None:
    text = "قررت الحكومة الانتقالية في اجتماع مجلس الوزراء يوم الأربعاء نشر كتيبتين جديدتين في الإقليم الشرقي."
    assert modalities_of(text, "deployment") == ["future"]


def test_operations_suspended_by_a_body_named_at_length_are_suspended() -> None:
    text = "علقت اللجنة الدولية للصليب الأحمر عمليات تبادل الجثامين بين الطرفين بعد تعرض فريقها لإطلاق نار."
    assert modalities_of(text, "agreement") == ["negated"]


# ---------------------------------------------------------------- a likely wave of strikes, still besieged


def test_a_likely_wave_of_strikes_is_not_told_as_done() -> None:
    text = "رجحت الاستخبارات العسكرية أن تشن روسيا موجة جديدة من الضربات الصاروخية على العاصمة قبيل العطلة."
    assert modalities_of(text, "shelling") == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "لا يزال نحو ألفي مقاتل محاصرين داخل الأنفاق تحت المصنع وسط نقص حاد في الغذاء.",
    "ما زالت المدينة محاصرة منذ ثلاثة أشهر بحسب منظمات الإغاثة.",
])
def test_still_besieged_is_a_siege(text: str) -> None:
    assert "siege" in _asserted(text)


@pytest.mark.parametrize("text", [
    # a novel's last chapter and a reading club's choice
    "في الفصل الأخير من الرواية يوقع الأخوان المتخاصمان اتفاقا على تقسيم مكتبة أبيهما.",
    "اختار نادي القراءة في المدينة رواية عن جدات يخططن لاقتحام مسابقة للرقص.",
    # a space agency's budget
    "تشن وكالة الفضاء الأوروبية هجوما كاسحا على تكاليف الإطلاق عبر برنامج جديد.",
])
def test_pages_of_books_and_space_tell_of_no_event(text: str) -> None:
    assert _asserted(text) == set()


# ---------------------------------------------------------------- a deed aimed at


def test_a_plot_that_aimed_at_a_bombing_is_no_bombing() -> None:
    text = "خطط الرجلان معا للمؤامرة التي استهدفت تفجير الكاتدرائية عام 2000 قبل أن تعتقلهما الشرطة."
    assert "bombing" not in _asserted(text)


# ---------------------------------------------------------------- marches organised, units arriving, toys


def test_marches_organised_by_activists_are_marches_not_drones() -> None:
    text = "يعتزم ناشطون تنظيم مسيرات في عدة مدن يوم الثالث من أغسطس المقبل إحياء لذكرى المجزرة."
    assert modalities_of(text, "protest") == ["future"]
    assert modalities_of(text, "air_strike") == []


@pytest.mark.parametrize("text", [
    "وصلت قطعات من الفرقة الخامسة عشرة إلى محاور المدينة الجنوبية يوم السبت.",
    "وصلت كتيبة من اللواء الرابع إلى تخوم المنطقة فجر الأربعاء لتعزيز المواقع الحكومية.",
])
def test_units_arriving_are_a_deployment(text: str) -> None:
    assert "deployment" in _asserted(text)


def test_a_toy_shop_page_tells_of_no_battle() -> None:
    text = "أطلقت شركة ألعاب محلية مجموعة معركة الصحراء المكونة من جنود بلاستيكيين ودبابات صغيرة للأطفال."
    assert _asserted(text) == set()


# ---------------------------------------------------------------- allies and followers, the press


def test_allies_of_a_state_are_not_that_state() -> None:
    text = "يتهم حلفاء تركيا منذ أشهر أنقرة بأنها لا تبذل جهودا كافية لمكافحة تنظيم داعش."
    assert all(name != "تركيا" for _, name in actors_of(text, "statement"))


def test_a_newspaper_that_reports_a_deployment_did_not_deploy() -> None:
    text = "ذكرت صحيفة الحياة يوم الاثنين أنه تم إرسال 1500 جندي إلى عدن معظمهم من الإمارات."
    assert all(name != "صحيفة الحياة" for _, name in actors_of(text, "deployment"))


@pytest.mark.parametrize("text", [
    # the kitchen
    "شن الشيف اللبناني هجوما كاسحا على أطباق الوجبات السريعة في برنامجه الأسبوعي.",
    # pilgrims' travel
    "تقدم وكالة السفر للمعتمرين كبار السن خدمة يسميها المسوقون اقتحام الطوابير في الحرم.",
    # mountaineering
    "شنت الرياح هجوما عنيفا على خيام المتسلقين في المعسكر الثاني فمزقت اثنتين منها.",
])
def test_pages_of_the_kitchen_pilgrims_and_climbers_tell_of_no_event(text: str) -> None:
    assert _asserted(text) == set()


def test_a_congressman_named_like_a_chef_leaves_the_attacks_told() -> None:
    text = "قال عضو مجلس النواب آدم شيف إن التنظيم شن عشرات الهجمات على القوات العراقية في الأنبار الشهر الماضي."
    assert "armed_clash" in _asserted(text)


def test_a_truce_broken_by_fighters_named_at_length() -> None:
    text = "خرق مسلحو مجلس شورى الثوار الهدنة الإنسانية في الحي بعد ساعتين من سريانها."
    assert "ceasefire" in _asserted(text)


# ---------------------------------------------------------------- sides joined by و, a journalist's nationality


def test_states_joined_by_and_accuse_as_one_side() -> None:
    actors = actors_of("وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور.", "statement")
    assert ("actor2", "الجيش السوري") in actors
    assert ("assoc", "لندن") in actors


def test_two_men_joined_by_and_who_meet_are_the_two_sides() -> None:
    actors = actors_of("التقى جون كيري وسيرغي لافروف في جنيف مساء الأحد.", "negotiation")
    assert ("actor1", "جون كيري") in actors
    assert ("actor2", "سيرغي لافروف") in actors


def test_a_journalists_nationality_is_not_his_government() -> None:
    text = "أعدم التنظيم المصور الصحافي الياباني كينجي جوتو في الرقة مطلع العام."
    assert all(name != "الحكومة اليابانية" for _, name in actors_of(text, "attack_on_civilians"))


@pytest.mark.parametrize("text", [
    # gold's price
    "تعرض الذهب لضربة موجعة مع صدور بيانات الوظائف الأمريكية فانخفضت الأوقية بنسبة اثنين بالمئة.",
    # sailing
    "تقدم الفريق العماني إلى المركز الثاني في سباق الإبحار بعد معركة تكتيكية عند العوامة الأخيرة.",
])
def test_pages_of_gold_prices_and_sailing_tell_of_no_event(text: str) -> None:
    assert _asserted(text) == set()


# ---------------------------------------------------------------- last round: strikes suspended, rockets counted,
# fire stopped, a journalist held, weekly marches


@pytest.mark.parametrize("text, modality", [
    ("علقت القوات الحكومية الغارات الجوية على وسط المدينة منذ صباح الأحد.", "asserted"),
    ("أوقف سلاح الجو التابع للجيش الوطني غاراته على المنطقة منذ مساء الأحد.", "asserted"),
    ("أبلغ الجيش الصليب الأحمر بأنه سيعلق القصف المدفعي لأربع ساعات صباح الأحد المقبل.", "future"),
])
def test_strikes_suspended_by_a_side_named_at_length_are_a_ceasefire(text: str, modality: str) -> None:
    assert modalities_of(text, "ceasefire") == [modality]


def test_rockets_fired_and_counted_are_shelling_whatever_aircraft_are_named() -> None:
    text = "أعلن الحزب أنه أطلق نحو عشرين صاروخا على أراض مفتوحة ردا على الغارات الإسرائيلية."
    assert "shelling" in _asserted(text)


def test_fire_stopped_is_a_ceasefire() -> None:
    assert "ceasefire" in _asserted("ساد هدوء حذر في الحي مساء الخميس بعد توقف إطلاق النار إثر اتصالات أجراها الجيش.")


def test_a_street_war_the_town_would_have_slid_into_is_hypothetical() -> None:
    text = "لو تأخر الجيش نصف ساعة في الانتشار لانزلقت المنطقة إلى حرب شوارع مفتوحة."
    assert modalities_of(text, "armed_clash") == ["hypothetical"]


def test_a_journalist_held_by_the_police_is_an_arrest() -> None:
    assert "arrest" in _asserted("أوقفت الشرطة الصحفي المعروف أثناء تغطيته مسيرة في العاصمة يوم السبت.")


def test_weekly_marches_suspended_are_marches_not_drones() -> None:
    text = "مدد ناشطو الحراك تعليق المسيرات الأسبوعية لشهر إضافي بسبب الوضع الصحي."
    assert modalities_of(text, "protest") == ["negated"]
    assert modalities_of(text, "air_strike") == []
