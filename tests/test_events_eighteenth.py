"""The rules of the eighteenth session (docs/events.md, "Rules of the eighteenth session"): opinions and
habits with no number or date, elections, words and hardships as figures, likenesses, car and phone
reviews, purposes, what matters to be done, Sudan's Wad names, a village's people killed, drones'
missiles, and the words the rounds of the session showed missing.

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

PUBLISHED = "2023-05-14"  # a Sunday


@pytest.mark.parametrize("text", [
    # what someone thinks or likens, a place named but no number or date
    "يرى مراقبون أن معركة الرئاسة في تونس ستحسم في الأرياف لا في العاصمة",
    "يصف الباحث التحالف الحاكم في بغداد بأنه هدنة طويلة بين خصوم قدامى",
    "في نظر كثير من الكتاب، يشبه الخلاف بين الحزبين في عمان حصارا متبادلا",
    # what is done as a rule, in a named place
    "تتعرض أحياء مدينة الحديدة عادة لقصف متقطع في ساعات الليل",
])
def test_opinions_and_habits_tell_of_no_event(text: str) -> None:
    assert _asserted(text) == set()


def test_an_opinion_with_a_count_of_its_own_keeps_its_event() -> None:
    text = "يرى محللون أن مقتل 14 جنديا في هجوم على مدينة مأرب يوم الأحد سيغير موازين المعركة"
    assert "armed_clash" in _asserted(text)


@pytest.mark.parametrize("text", [
    "خاض الحزب معركة الانتخابات البلدية في مدينة فاس بقوائم جديدة",
    "أعلن نواب الكتلة المعارضة الانسحاب من البرلمان احتجاجا على القانون",
    "أعلن حزب الوسط انسحابه من الحكومة بعد خلاف على الموازنة",
    "خاضت الطالبة معركة مع الصعوبات حتى تخرجت بامتياز",
    "رحل الفنان بعد معركة مع المرض في مستشفى بيروت",
    "تحولت الجلسة إلى ساحة اشتباك لفظي بين النواب والوزراء",
    "علت زغاريد النساء التي انفجرت فرحا بعد إعلان موعد الزفاف",
    "يشبه الكاتب الاستجواب البرلماني بقذيفة قد ترتد على من أطلقها",
    "في اختبار المقارنة، سيطرت السيارة اليابانية على المنعطفات الحادة بثبات",
    "تحولت معركة الهواتف الذكية إلى سباق على عمر البطارية",
])
def test_figures_of_politics_hardship_and_reviews(text: str) -> None:
    assert _asserted(text) == set()


def test_a_battle_with_fighters_is_still_a_battle() -> None:
    assert "armed_clash" in _asserted("اندلعت معركة عنيفة مع مقاتلي التنظيم قرب مدينة الباب أمس")


@pytest.mark.parametrize("text, category, modality", [
    # a purpose with the verb after ل
    ("أحالت النيابة الملف إلى الشرطة ليقوم باعتقال المتهمين", "arrest", "hypothetical"),
    # what matters to be done
    ("اتفق الوزيران على أهمية استئناف المحادثات بين الطرفين في جنيف", "negotiation", "hypothetical"),
    # contrary to what was reported
    ("لم تعتقل الشرطة أحدا من المحتجين، بخلاف ما ذكرته صفحات محلية عن حملة اعتقالات واسعة",
     "arrest", "negated"),
])
def test_purposes_needs_and_reports_contradicted(text: str, category: str, modality: str) -> None:
    assert set(modalities_of(text, category)) == {modality}


def test_the_importance_of_a_visit_made_leaves_it_made() -> None:
    assert "negotiation" in _asserted("أكد الرئيس أهمية زيارة الوفد الأردني إلى دمشق أمس")


def test_sudans_wad_names_are_places() -> None:
    assert "ود الحداد" in _places("قصفت مسيرة سوق قرية ود الحداد في ولاية الجزيرة")
    assert _places("سيطرت القوات على مدينة ود") == []  # a head of two letters alone names nothing


@pytest.mark.parametrize("text, word", [
    ("قال الداعية إن المهاجر لا يعيش في مدينة إسلامية", "إسلامية"),
    ("كان القائد يشيح بنظره ناحية أفق البحر", "أفق"),
    ("يسعى المسلحون إلى حماية قاعدة اتصالاتهم السرية", "اتصالاتهم"),
    ("تقوم الشراكة بين البلدين على قاعدة المصالح المشتركة", "المصالح"),
])
def test_descriptions_after_a_place_word_are_no_places(text: str, word: str) -> None:
    assert not any(word in p for p in _places(text))


def test_a_villages_people_killed_make_the_storming_an_attack_on_civilians() -> None:
    text = "اقتحم مسلحون بلدة في ولاية بورنو وقتلوا أربعين من سكانها"
    assert "attack_on_civilians" in _asserted(text)


def test_a_towns_people_named_before_the_killing_are_not_its_victims() -> None:
    text = "شهدت المنطقة التي يغلب على سكانها الأكراد موجة عنف وقتل مسلحو الحزب جنديين"
    assert "attack_on_civilians" not in _asserted(text)


@pytest.mark.parametrize("text, category", [
    ("استهدف صاروخ أطلقته مسيرة إسرائيلية سيارة في مخيم جنين", "air_strike"),
    ("دخلت وحدات من الجيش إلى حي طريق السد في مدينة درعا", "territory_change"),
    ("خرجت مساء الأحد دفعة تضم مئتي مقاتل من البلدة نحو الشمال", "evacuation"),
    ("انتشر مئات من عناصر الشرطة في محيط الجامعة صباح اليوم", "deployment"),
    ("أعلنت الفصائل وقف الاشتباكات مع قوات الأمن في المخيم مساء الخميس", "ceasefire"),
    ("شنت القوات الأمنية حملة دهم في بلدة نوى فجر اليوم", "arrest"),
])
def test_deeds_found_in_the_rounds_of_the_session(text: str, category: str) -> None:
    assert category in _asserted(text)


def _categories(text: str) -> list[str]:
    return sorted(e.category for e in extract(text, published=PUBLISHED).events if e.modality == "asserted")


def test_an_attack_told_beside_its_bomb_is_the_bombing() -> None:
    text = "قالت الشرطة إن امرأة انتحارية في العشرين من عمرها هي التي نفذت الهجوم في مدينة مروة"
    assert _categories(text) == ["bombing"]


def test_an_attack_beside_an_air_strike_stays_its_own() -> None:
    text = "قصفت الطائرات بلدة الهبيط صباح اليوم، فيما شن مسلحون هجوما على حاجز للجيش قرب خان شيخون"
    assert "armed_clash" in _categories(text) and "air_strike" in _categories(text)


@pytest.mark.parametrize("text, category", [
    ("أسقطت مقاتلتان قنبلتين موجهتين على منزل في قرية هبهب شمال بعقوبة", "air_strike"),
    ("انفجرت قنبلة ألقتها طائرة مسيرة على سوق البلدة صباح الجمعة", "air_strike"),
    ("انفجرت قنبلة قرب طائرة مدنية في مطار مقديشو صباح الجمعة", "bombing"),
    ("عثر على جثة شاب مقتول بطلق ناري في حي الجورة بمدينة دير الزور", "attack_on_civilians"),
    ("انعقد مؤتمر برلين حول ليبيا بمشاركة قادة اثنتي عشرة دولة", "negotiation"),
    ("أعلن الطرفان الاتفاق على تعليق العملية العسكرية لمدة خمسة أيام", "ceasefire"),
    ("أرسلت أنقرة دفعات جديدة من المقاتلين إلى طرابلس عبر رحلات جوية", "deployment"),
])
def test_more_deeds_found_in_the_rounds(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_the_dead_named_after_their_killing_are_the_strikes_target() -> None:
    actors = _actors("أعلن الجيش مقتل خمسة من عناصر داعش في غارة على الرقة", "air_strike")
    assert ("actor2", "تنظيم الدولة الإسلامية") in actors
    assert not any(role == "actor1" and name == "تنظيم الدولة الإسلامية" for role, name in actors)


def test_those_arrested_are_actor2() -> None:
    assert _actors("أعلنت الشرطة اعتقال عناصر من داعش في الموصل", "arrest") == [("actor2", "تنظيم الدولة الإسلامية")]


def test_the_shelling_party_named_first_stays_actor1() -> None:
    assert ("actor1", "الجيش السوري") in _actors("قصفت قوات النظام حي الوعر في حمص", "shelling")


def _place_ids(text: str) -> list[str | None]:
    return [e.canonical.id if e.canonical else None for e in extract(text, published=PUBLISHED).entities
            if e.type == "LOC"]


@pytest.mark.parametrize("text, place, country", [
    ("قصفت قوات الدعم السريع مخيم زمزم قرب مدينة الفاشر", "الفاشر", "SD"),
    ("اندلعت اشتباكات في مدينة البيضاء اليمنية بين الحوثيين والقبائل", "مدينة البيضاء", "YE"),
    ("قصفت الطائرات قرية البيضاء قرب بانياس", "قرية البيضاء", "SY"),
    ("انفجرت عبوة في كويتا عاصمة إقليم بلوشستان الباكستاني", "إقليم بلوشستان", "PK"),
])
def test_places_of_other_wars_are_geocoded(text: str, place: str, country: str) -> None:
    found = {e.text: e for e in extract(text, published=PUBLISHED).entities if e.type == "LOC"}
    assert place in found and found[place].geo is not None and found[place].geo.country == country


def test_the_white_is_no_village() -> None:
    assert _place_ids("رفع المسلحون الراية البيضاء وسلموا أسلحتهم البيضاء") == []


@pytest.mark.parametrize("text, category, target", [
    ("شنت الطائرات الروسية غارات على مواقع لجبهة النصرة في إدلب", "air_strike", "هيئة تحرير الشام"),
    ("نفذ التحالف غارات على مواقع تابعة لتنظيم داعش قرب الموصل", "air_strike", "تنظيم الدولة الإسلامية"),
    ("قصفت المدفعية التركية أهدافا لحزب العمال الكردستاني في شمال العراق", "shelling", "حزب العمال الكردستاني"),
])
def test_the_side_whose_positions_are_struck_is_actor2(text: str, category: str, target: str) -> None:
    actors = _actors(text, category)
    assert ("actor2", target) in actors and ("actor1", target) not in actors


def test_a_parent_organisation_is_no_target() -> None:
    text = "دعت الهيئة المستقلة لحقوق الإنسان التابعة لمنظمة التعاون الإسلامي الدول الأعضاء إلى حماية المدنيين"
    assert not any(role == "actor2" for role, _ in _actors(text, "statement"))


def test_an_agency_the_witnesses_spoke_to_is_no_side() -> None:
    text = "قال شهود لوكالة رويترز إن مسلحين قتلوا خمسة مدنيين في قرية قرب الموصل"
    assert not any("رويترز" in name for _, name in _actors(text, "attack_on_civilians"))


def test_a_figures_object_past_its_adjectives() -> None:
    assert _asserted("رحل الشاعر الكبير بعد معركة طويلة وصبورة مع المرض في مستشفى بيروت") == set()


def test_a_negated_verb_of_doing_reaches_its_object() -> None:
    text = "لا تفرض قوات النظام حتى الآن حصارا كاملا على مدينة اللطامنة"
    assert modalities_of(text, "siege") == ["negated"]


def test_a_noun_after_a_verb_negated_by_ma_is_negated() -> None:
    assert modalities_of("قال القائد: «ما زرعنا لغما واحدا على الطرق المؤدية إلى المدينة»", "bombing") == ["negated"]


def test_what_seems_is_no_negation() -> None:
    assert "agreement" in _asserted("وقعت موسكو والرياض ما يبدو تفاهما جديدا حول سوريا أمس")


@pytest.mark.parametrize("text", [
    "انسحب الرئيس من الاجتماع في اللحظة الأخيرة احتجاجا على جدول الأعمال",
    "قال الخبير إن الإرهاب الذي يضرب سوريا والعراق لا يعرف حدودا",
    "الغارة في المصطلح العسكري عملية سريعة تستهدف موقعا ثم تنسحب القوة المنفذة",
    "يتدرب الجنود على اقتحام الأبنية وتطهير الغرف في قرى نموذجية",
    "تشن المنخفضات الجوية هجماتها المتتالية على السواحل الشرقية في الشتاء",
])
def test_walkouts_terrorism_in_general_terms_drills_and_weather(text: str) -> None:
    assert _asserted(text) - {"negotiation"} == set()


@pytest.mark.parametrize("text, category", [
    ("أعلن الرئيس الروسي تعبئة عسكرية جزئية لاستدعاء جنود الاحتياط أمس", "deployment"),
    ("أعلن الكرملين ضم مقاطعات دونيتسك ولوغانسك إلى روسيا يوم الجمعة", "territory_change"),
    ("أطلق مسلحون النار على حافلة تقل أقباطا في محافظة المنيا أمس", "attack_on_civilians"),
])
def test_deeds_of_the_later_rounds(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_a_players_answers_are_sport() -> None:
    assert _asserted("س: ما الذي يميز فريقك؟ ج: القدرة على السيطرة على وسط الملعب لفترات طويلة") == set()


def test_gunfire_at_a_funeral_is_an_attack_on_civilians() -> None:
    text = "أطلقت قوات الأمن النار على موكب تشييع في بلدة الصنمين بريف درعا أمس"
    assert "attack_on_civilians" in _asserted(text)


def test_a_death_in_a_crash_is_no_killing() -> None:
    text = "تولى نائب الرئيس مهام الرئاسة إثر مقتل الرئيس في تحطم مروحية بمحافظة أذربيجان الشرقية"
    assert "attack_on_civilians" not in _asserted(text)


def test_an_attack_named_by_its_town_is_the_bombing_there() -> None:
    text = ("فجر انتحاري نفسه في مركز ثقافي في بلدة سروج يوم الاثنين وقتل 32 شخصا. "
            "وقالت الشرطة إن عشرات الجرحى نقلوا إلى المستشفيات بعد الهجوم في سروج.")
    assert _categories(text) == ["bombing"]


def test_another_attack_is_another_event() -> None:
    text = "قتل جنديان في تفجير عبوة ناسفة في شرناق أمس. وقتل جندي في هجوم آخر بإقليم شرناق أمس."
    assert sorted(_categories(text)) == ["armed_clash", "bombing"]


def test_a_contested_zone_and_a_day_without_fighting_are_no_battles() -> None:
    assert _asserted("والثالثة منطقة اشتباك يتقاسم فيها الطرفان السيطرة") == set()
    assert modalities_of("خلال الأيام التي لا يكون فيها قتال في المدينة يخرج السكان", "armed_clash") == ["negated"]


@pytest.mark.parametrize("text, category, modality", [
    ("ليس مستبعدا أن تعلن هدنة جديدة في المخيم إذا نجحت الاتصالات", "ceasefire", "hypothetical"),
    ("قطع أهالي المخطوفين الطريق الدولية بالإطارات المشتعلة احتجاجا على تقاعس الحكومة", "protest", "asserted"),
    ("أعلن الجيش أن مدينة الباب باتت تحت السيطرة الكاملة لفصائل المعارضة", "territory_change", "asserted"),
    ("نشرت الولايات المتحدة عشرات من جنودها في محيط مدينة منبج", "deployment", "asserted"),
])
def test_the_last_rounds_words(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


def test_a_judgement_on_a_kind_of_deed_is_no_event() -> None:
    assert _asserted("النزوح ليس مجرد انتقال من مكان إلى آخر بل اقتلاع للإنسان من جذوره") == set()
    assert "armed_clash" in _asserted("الاشتباكات هي الأعنف منذ أشهر في المدينة")


def test_a_relative_clause_after_a_demonstrative_dates_its_noun() -> None:
    text = "كانت جولة المفاوضات الأهم تلك التي عقدت في جنيف في نوفمبر 2013"
    assert _dates(text, "negotiation") == ["2013-11"]


def test_a_demonstrative_of_another_noun_leaves_its_clause_to_that_noun() -> None:
    text = "تسعى المقاومة للسيطرة على تلك الطريق التي استخدمتها القوات في حرب صيف عام 1994"
    assert "1994" not in _dates(text, "territory_change")


def test_what_has_lasted_since_when_is_not_dated_by_the_story() -> None:
    text = "تتخذ الحكومة من شرق البلاد مقرا لها منذ أن استولت جماعة منافسة على العاصمة طرابلس"
    assert _dates(text, "territory_change") == [None]
