"""The rules of the twentieth session (docs/events.md, "Rules of the twentieth session"): events grounded
in a document about conflict or in what their sentence names, the side that lost a soldier, the owner of
a struck camp, kunyas, and the words the rounds of the session showed missing.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from conftest import actors_of as _actors
from conftest import asserted_categories as _asserted
from conftest import modalities_of
from conftest import sentence_events as _events

# ---------------------------------------------------------------- grounding


@pytest.mark.parametrize("text", [
    "يشن هذا الكريم الليلي هجوما مكثفا على البقع الداكنة بفضل فيتامين سي وحمض الجليكوليك.",
    "تتعرض أطراف الشعر لقصف متواصل من مكواة التمليس، فاحرصي على رذاذ واق قبل كل استعمال.",
    "أعلني هدنة مع المقليات والحلويات لمدة أسبوعين وستلاحظين الفرق الواضح في نضارة بشرتك.",   # (a period is no time)
    "يعاني كثيرون من حصار المسام بالدهون والأوساخ، والحل غسول لطيف مرتين يوميا صباحا ومساء.",
])
def test_a_page_with_no_word_of_war_grounds_no_figure(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text, category", [
    ("قصفت المدفعية القرية صباحا.", "shelling"),               # a word of war: its weapon
    ("اندلعت اشتباكات في حي الصابري ببنغازي.", "armed_clash"),  # a place named
    ("أعلن الطرفان في الدوحة تمديد الهدنة.", "ceasefire"),     # a place
    ("فرت مئات العائلات هربا من القصف.", "evacuation"),         # another event grounds the flight
    ("أضرم محتجون غاضبون النار في مبنى البلدية.", "riot"),      # a crowd's word
])
def test_an_event_with_something_of_its_own_stays(text: str, category: str) -> None:
    assert category in _asserted(text)


LEANING = "ولا تزال المعارك مستمرة في محيطه بلا توقف دون أن يظهر أي أفق قريب لنهايتها أو لتراجع حدتها."


def test_a_sentence_leaning_on_a_story_of_war_stays() -> None:
    assert "armed_clash" in _asserted("قصفت الطائرات الحربية مطار المدينة فجر اليوم. " + LEANING)


def test_the_same_sentence_alone_is_not_grounded() -> None:
    assert "armed_clash" not in _asserted(LEANING)


def test_a_short_sentence_is_spared_as_a_headline() -> None:
    assert "armed_clash" in _asserted("لا تزال المعارك مستمرة في محيطه.")


# ---------------------------------------------------------------- who lost whom


@pytest.mark.parametrize("text, side", [
    ("قتل الطيار الأردني بعد أسره.", "القوات المسلحة الأردنية"),
    ("قتل ثلاثة جنود أتراك في هجوم للحزب قرب الحدود.", "الجيش التركي"),
    ("اغتال مسلحون الضابط السوري أمام منزله.", "الجيش السوري"),
])
def test_a_nationality_after_the_soldier_killed_is_the_side_struck(text: str, side: str) -> None:
    actors = [a for c in ("attack_on_civilians", "armed_clash") for a in _actors(text, c)]
    assert ("actor2", side) in actors and ("actor1", side) not in actors


def test_a_soldier_who_kills_with_his_object_after_is_the_doer() -> None:
    text = "قتل جندي إسرائيلي شابا فلسطينيا قرب نابلس."
    actors = [a for c in ("attack_on_civilians", "armed_clash") for a in _actors(text, c)]
    assert ("actor1", "الجيش الإسرائيلي") in actors


def test_soldiers_right_after_a_verb_of_attack_are_its_subject() -> None:
    assert ("actor1", "الجيش التركي") in _actors("هاجم جنود أتراك مواقع الحزب ليلا.", "armed_clash")


def test_a_training_centre_of_a_group_makes_it_the_target() -> None:
    text = "انفجرت سيارة مفخخة يقودها انتحاري استهدف مركز تدريب لداعش في قضاء البعاج."
    assert _actors(text, "bombing") == [("actor2", "تنظيم الدولة الإسلامية")]


def test_helicopters_before_their_base_are_no_target() -> None:
    text = "يشكل المطار قاعدة انطلاق لمروحيات النظام التي تقصف داريا والزبداني."
    assert ("actor2", "سلاح الجو السوري") not in _actors(text, "shelling") + _actors(text, "air_strike")


# ---------------------------------------------------------------- names and manners


def test_a_kunya_is_a_name_not_a_deed() -> None:
    text = "عينت الهيئة عبد العزيز المحمداوي المعروف بأبي فدك رئيسا لأركانها."
    assert "shelling" not in _asserted(text)


def test_a_door_is_no_kunya() -> None:
    text = "ترى طهران في الاتفاق بابا لتحرير مدينة الفلوجة من سيطرة التنظيم."
    assert [c for c, _ in _events(text)] == ["territory_change"]


def test_burnt_as_the_manner_of_an_execution_is_no_riot() -> None:
    text = "أعدم التنظيم الرهينة الأردني حرقا داخل قفص في الرقة."
    assert "riot" not in _asserted(text)
    assert "attack_on_civilians" in _asserted(text)


# ---------------------------------------------------------------- words the rounds showed missing


@pytest.mark.parametrize("text, category", [
    ("وقع الهجوم المتطرف على متحف المدينة في مارس الماضي.", "attack_on_civilians"),
    ("أسفر الهجوم على فندق في سوسة عن مقتل 38 شخصا.", "attack_on_civilians"),
    ("قتل ناشط بارز برصاص مسلحين مجهولين أمام منزله في البصرة.", "attack_on_civilians"),
    ("أحرقت قوات مكافحة الشغب خيام المعتصمين قرب الساحة.", "looting"),
    ("أشعل متظاهرون غاضبون النيران في مقار الأحزاب في الناصرية.", "riot"),
    ("اقتحم مئات من أنصار الحشد الشعبي بوابة مجمع السفارة في بغداد.", "riot"),
])
def test_new_words(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_an_attack_on_a_position_stays_a_battle() -> None:
    assert "armed_clash" in _asserted("شن مسلحون هجوما على موقع للجيش قرب الحدود.")


@pytest.mark.parametrize("text, category", [
    ("أحرق حشد غاضب عددا من المحال التجارية والسيارات في حي بالعاصمة بانغي مساء الجمعة.", "riot"),
    ("اقتحم حشد من الأشخاص مبنى السفارة في حي المزة بدمشق وعبثوا بمحتوياته.", "riot"),
    ("أطلق مسلحون ملثمون يستقلون دراجة نارية النار على سيارة مدنية قرب حماة.", "attack_on_civilians"),
])
def test_crowds_and_gunmen_told_at_length(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_a_name_is_one_word_to_a_denial() -> None:
    text = "نفى المتحدث أن تكون قوات سوريا الديمقراطية سلمت قرى غرب منبج لقوات النظام."
    assert "territory_change" not in _asserted(text)


@pytest.mark.parametrize("text", [
    "يأمل دبلوماسيون أن تفضي الاتصالات غير المعلنة بين الرياض والحوثيين إلى هدنة دائمة على الحدود.",
    "أعرب الأسقف في عظة الأحد عن أمله في أن يتوصل الجيش والمتمردون إلى هدنة إنسانية قبل العيد.",
])
def test_a_truce_hoped_for_is_not_made(text: str) -> None:
    assert "ceasefire" not in _asserted(text)


def test_an_accord_expected_stays_expected() -> None:
    text = "من المتوقع أن تتوصل الحكومة الاتحادية وحكومة إقليم كردستان إلى اتفاق نهائي خلال أيام."
    assert ("agreement", "future") in _events(text)


def test_the_catapult_of_old_sieges_tells_of_history() -> None:
    text = "عرف الإنسان المنجنيق منذ العصور القديمة، واستخدمته الجيوش في حصار المدن المسورة لقذف الحجارة على الأسوار."
    assert "siege" not in _asserted(text)


def test_a_meeting_awaited_then_called_off_did_not_happen() -> None:
    text = ("كان من المنتظر أن يلتقي رئيس الوزراء قادة الحزب يوم الأربعاء لبحث الأوضاع في المدينة، "
            "إلا أن الاجتماع ألغي في اللحظة الأخيرة.")
    assert modalities_of(text, "negotiation") == ["negated"]


def test_a_truce_that_would_follow_a_condition_is_hypothetical() -> None:
    assert modalities_of("لو قبلت أنقرة العودة لأعلن الحزب وقفا فوريا لإطلاق النار.", "ceasefire") == ["hypothetical"]


def test_a_truce_ended_by_a_side() -> None:
    text = "أنهى حزب العمال الكردستاني رسميا في 11 يوليو 2015 الهدنة المعلنة منذ عام 2013."
    assert "ceasefire" in _asserted(text)


def test_positions_of_a_group_before_a_second_strike_are_still_its_target() -> None:
    text = ("قال الجيش الأميركي إن قوات التحالف الذي تقوده الولايات المتحدة نفذت 18 غارة جوية على مواقع تابعة "
            "لتنظيم داعش في العراق وست غارات في سورية.")
    assert ("actor1", "تنظيم الدولة الإسلامية") not in _actors(text, "air_strike")


@pytest.mark.parametrize("text, side, role", [
    ("اشتبك مقاتلو حزب العمال الكردستاني مع القوات التركية في عدة مناطق جنوب شرقي تركيا.", "الجيش التركي", "actor2"),
    ("قتل 8 حوثيين في مواجهات مع المقاومة الشعبية صباح الأحد جنوب شرق مدينة مأرب.", "المقاومة الشعبية", "actor2"),
    ("الجيش اليمني الآن يقاتل مع الحوثيين مضطرا في جبهات عدة.", "جماعة أنصار الله", "assoc"),
])
def test_with_names_the_other_side_of_a_clash(text: str, side: str, role: str) -> None:
    assert (role, side) in _actors(text, "armed_clash")


def test_a_border_with_a_country_names_no_side() -> None:
    text = "قتل جندي تركي في اشتباكات مع تنظيم داعش عبر الحدود مع سوريا اليوم."
    assert all(name != "سوريا" for _, name in _actors(text, "armed_clash"))


def test_a_plan_after_kana_then_foiled_did_not_happen() -> None:
    text = ("كانت العصابات تخطط لتفجير عبوة ناسفة عند مدخل مركز الشرطة، غير أن وحدة متخصصة أبطلت مفعولها "
            "قبل دقائق من موعد التفجير.")
    assert modalities_of(text, "bombing") == ["negated"]


def test_one_gang_is_a_party_to_an_alliance() -> None:
    assert "group_change" in _asserted("انضمت عصابة كانان رسميا إلى تحالف فيف أنسانم الأسبوع الماضي.")


def test_homes_burnt_by_gunmen_counted_in_the_singular() -> None:
    assert "looting" in _asserted("أحرق مسلحون من عصابة غران رافين نحو 30 منزلا في حي كاريفور يوم الاثنين.")
