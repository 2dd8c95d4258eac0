"""The rules of the twenty-first session (docs/events.md, "Rules of the twenty-first session"): talks and
accords grounded on pages with no word of war, a negation that reaches its object past an aside, the
subject of a verb of targeting, fighters moved out in batches, plans left standing, and the words the
rounds of the session showed missing.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from conftest import actors_of as _actors
from conftest import asserted_categories as _asserted
from conftest import modalities_of
from conftest import sentence_events as _events

# ---------------------------------------------------------------- talks and accords grounded


@pytest.mark.parametrize("text", [
    "استمرت المفاوضات بين المشتري وصاحب المعرض ساعتين كاملتين قبل أن يتفقا على سعر السيارة المستعملة.",
    "تدور محادثات طويلة بين عازفة الكمان ومرافقها على البيانو حول سرعة المقطع الأخير من السوناتا.",
    "وقعت الجمعية اتفاقا مع مطبعة صغيرة لطباعة ألف نسخة من كتيب الوصفات المنزلية قبل نهاية الموسم.",
])
def test_talks_and_accords_on_a_page_with_no_word_of_war_are_none(text: str) -> None:
    assert _events(text) == []


def test_two_figures_do_not_ground_each_other() -> None:
    text = "طالت المفاوضات بين البائع والزبون قبل أن يتفقا أخيرا على سعر الأريكة الجلدية وتكاليف توصيلها."
    assert _events(text) == []


@pytest.mark.parametrize("text, category", [
    ("قال المفاوض إننا نجري محادثات جادة ومعمقة مع الطرف الآخر منذ أسابيع طويلة دون توقف.", "negotiation"),
    ("أبرم شيوخ عشائر المنطقة تفاهما يقضي بعودة العائلات المهجرة إلى بيوتها قبل حلول الشتاء المقبل.",
     "agreement"),
    ("وقع ممثلو الحكومة والنقابات اتفاقا ينهي أشهرا من الخلاف على الأجور في المصانع الحكومية الكبرى.",
     "agreement"),
])
def test_a_side_named_by_a_common_word_grounds_talks(text: str, category: str) -> None:
    assert category in _asserted(text)


# ---------------------------------------------------------------- a negation past an aside


@pytest.mark.parametrize("text, category", [
    ("لم تتمكن القوات الحكومية، رغم القصف المدفعي العنيف طوال الليل، من اقتحام البلدة.", "armed_clash"),
    ("لم تنفذ المقاتلات، خلافا لما روجته صفحات موالية للمعارضة، أي غارة على المدينة أمس.", "air_strike"),
    ("لم يكن الجيش، بحسب ما قاله متحدث باسمه للصحفيين، قد شن أي هجوم على القرية.", "armed_clash"),
    ("لم تقم الوحدات المنتشرة على التلال، رغم تعرضها لإطلاق نار متقطع، بقصف أي من القرى المجاورة.",
     "shelling"),
    ("لم تصل، حتى مساء الخميس وبعد أيام من الوعود، التعزيزات العسكرية إلى الجبهة الشمالية.", "deployment"),
    ("لم تتحول الوقفة أمام مبنى المحافظة في حمص، رغم الهتافات الغاضبة، إلى أعمال شغب.", "riot"),
])
def test_a_negation_opening_the_sentence_reaches_past_an_aside(text: str, category: str) -> None:
    assert modalities_of(text, category) == ["negated"]


def test_a_negation_of_what_is_said_reaches_past_an_aside() -> None:
    text = "قال المصدر إن القوات لم تتمكن، رغم القصف المدفعي العنيف، من اقتحام الحي الشرقي للمدينة."
    assert modalities_of(text, "armed_clash") == ["negated"]


def test_did_not_turn_into_a_riot_is_negated_and_may_turn_is_hypothetical() -> None:
    assert modalities_of("لم تتحول الوقفة أمام مبنى المحافظة في حمص إلى أعمال شغب.", "riot") == ["negated"]
    assert modalities_of("يخشى الأهالي أن تتحول الوقفة أمام مبنى المحافظة في حمص إلى أعمال شغب.", "riot") \
        == ["hypothetical"]


def test_the_aside_itself_stays_asserted() -> None:
    text = "لم تتمكن القوات الحكومية، رغم القصف المدفعي العنيف طوال الليل، من اقتحام البلدة."
    assert modalities_of(text, "shelling") == ["asserted"]


def test_a_clause_of_its_own_after_a_negation_is_not_its_object() -> None:
    text = "لم يرد الجيش على الاستفزاز، وقال إنه سيرد على أي هجوم جديد."
    assert "negated" not in modalities_of(text, "armed_clash")


def test_any_without_a_negation_is_no_particular_attack() -> None:
    assert modalities_of("قال القائد إن قواته سترد بقوة على أي هجوم على مواقعها.", "armed_clash") \
        == ["hypothetical"]


# ---------------------------------------------------------------- the subject of a verb of targeting


def test_the_side_right_after_targeted_is_the_doer_when_a_thing_of_another_follows() -> None:
    text = "استهدفت فصائل المعارضة آلية لقوات النظام بصاروخ موجه في سهل الغاب."
    actors = [a for c in ("armed_clash", "shelling", "attack") for a in _actors(text, c)]
    assert ("actor1", "المعارضة السورية") in actors and ("actor2", "الجيش السوري") in actors


def test_the_side_right_after_targeted_with_nothing_after_is_the_one_struck() -> None:
    text = "الغارة التي استهدفت فصائل المعارضة في سهل الغاب أوقعت قتلى."
    assert ("actor2", "المعارضة السورية") in _actors(text, "air_strike")


def test_a_checkpoint_of_a_group_makes_it_the_target() -> None:
    assert ("actor2", "هيئة تحرير الشام") in _actors("هاجم مسلحون حاجزا لجبهة النصرة قرب اعزاز.", "armed_clash")


def test_tanks_of_a_nation_are_its_forces_not_its_loss() -> None:
    text = "قصفت دبابات تركية مواقع لتنظيم داعش شمال حلب."
    actors = _actors(text, "shelling")
    assert ("actor1", "الجيش التركي") in actors and ("actor2", "الجيش التركي") not in actors


def test_no_side_is_both_the_doer_and_the_one_struck_in_a_merged_event() -> None:
    text = ("شنت قوات النظام هجوما على مواقع المعارضة في ريف حماة. "
            "وقالت المعارضة إن الهجوم الذي شنته قوات النظام صُد.")
    for category in ("armed_clash",):
        actors = _actors(text, category)
        doers = {n for r, n in actors if r == "actor1"}
        assert not doers & {n for r, n in actors if r == "actor2"}


# ---------------------------------------------------------------- fighters moved out, plans left standing


@pytest.mark.parametrize("text, modality", [
    ("بدأت صباح اليوم عملية خروج مقاتلي البلدة وعائلاتهم نحو الشمال.", "asserted"),
    ("ألغيت عملية إخراج مسلحي الحي التي كانت مقررة مساء الجمعة.", "negated"),
    ("تبدأ غدا عملية نقل نحو ألفين من المقاتلين الرافضين للاتفاق إلى إدلب.", "future"),
    ("خرجت دفعة جديدة تضم نحو ثلاثة آلاف شخص من البلدة على متن حافلات خضراء.", "asserted"),
])
def test_fighters_moved_out_of_a_town(text: str, modality: str) -> None:
    assert modalities_of(text, "evacuation") == [modality]


def test_a_plan_whose_buses_stayed_put_is_negated() -> None:
    text = "كان من المفترض أن تخرج القافلة الأخيرة من الحي مساء الأحد، لكن الحافلات ظلت متوقفة عند الحاجز."
    assert modalities_of(text, "evacuation") == ["negated"]


@pytest.mark.parametrize("cue", ["من المنتظر أن", "من المفترض أن"])
def test_an_awaited_visit_for_talks_is_future(cue: str) -> None:
    text = f"{cue} يصل وفد من الضباط الروس إلى مدينة نوى صباح الغد لإجراء جولة محادثات مع وجهائها."
    assert modalities_of(text, "negotiation") == ["future"]


def test_a_truce_imposed_by_a_power_is_made() -> None:
    text = "بدأ اليوم تطبيق الهدنة الإنسانية التي فرضتها روسيا في الغوطة الشرقية."
    assert modalities_of(text, "ceasefire") == ["asserted"]


def test_a_town_centre_not_entered() -> None:
    assert modalities_of("ما استطاع الثوار دخول وسط سرت رغم أسابيع من القتال.", "territory_change") == ["negated"]


# ---------------------------------------------------------------- words


@pytest.mark.parametrize("text", [
    "تحولت المباراة النهائية إلى مظاهرة تهديفية للفريق الضيف الذي سجل سبعة أهداف.",
    "كان معرض الكتاب هذا العام مظاهرة ثقافية واقتصادية حضرها آلاف الزوار من المدن المجاورة.",
    "أرسلت الشركة تعزيزات من العمال المؤقتين إلى المستودع لتلبية الطلبات قبل العيد.",
    "تقدمت والدة الطالب بطلب نقل إلى مدرسة أخرى في الحي نفسه.",
    "يعاني المريض من نزعة انتحارية تحتاج إلى متابعة نفسية دقيقة.",
])
def test_figures_and_idioms_are_no_events(text: str) -> None:
    assert _asserted(text) == set()


@pytest.mark.parametrize("text, category", [
    ("خرجت مظاهرة حاشدة في وسط المدينة احتجاجا على الغلاء.", "protest"),
    ("أرسل الجيش تعزيزات من الجنود والآليات إلى الحدود.", "deployment"),
])
def test_the_real_thing_stays(text: str, category: str) -> None:
    assert category in _asserted(text)


# ---------------------------------------------------------------- decided, not done yet


@pytest.mark.parametrize("text, category", [
    ("قررت وزارة الدفاع الأسبوع الماضي إرسال ألف جندي إضافي إلى المنطقة الحدودية.", "deployment"),
    ("قرر مجلس الحرب مساء الأحد توسيع الحملة الجوية لتشمل مواقع الحركة في الجنوب.", "air_strike"),
    ("كانت السلطات قد قررت إجلاء سكان القرى المحاذية للنهر خلال الأيام المقبلة.", "evacuation"),
])
def test_a_deed_decided_is_future(text: str, category: str) -> None:
    assert modalities_of(text, category) == ["future"]


def test_what_came_before_a_decision_stays_asserted() -> None:
    text = "قررت الحكومة وقف رحلات القطار إلى الجنوب بعد هجومين على محطة الركاب في المدينة."
    assert "future" not in modalities_of(text, "armed_clash")


def test_a_truce_decided_is_declared() -> None:
    text = "قرر التحالف وقف إطلاق النار من جانب واحد اعتبارا من منتصف الليل لأسباب إنسانية."
    assert "future" not in modalities_of(text, "ceasefire")


# ---------------------------------------------------------------- arrests and deeds of settlement


@pytest.mark.parametrize("text", [
    "أوقفت الشرطة عشرات الطلاب أمام مبنى الجامعة في العاصمة صباح الأحد.",
    "أعلنت مديرية الأمن ضبط 12 من عناصر الخلية في حي شعبي جنوب المدينة.",
])
def test_people_counted_after_stopped_or_seized_are_arrested(text: str) -> None:
    assert "arrest" in _asserted(text)


def test_goods_seized_are_no_arrest() -> None:
    assert "arrest" not in _asserted("أعلنت الجمارك ضبط 15 طنا من السكر المهرب في الميناء.")


def test_a_deed_of_reconciliation_is_an_accord() -> None:
    text = "وقع ممثلو العائلتين المتنازعتين وثيقة صلح في أسوان بحضور المحافظ وقيادات أمنية."
    assert "agreement" in _asserted(text)


@pytest.mark.parametrize("text", [
    "شن السائق البريطاني هجوما كاسحا في اللفات الأخيرة وتجاوز منافسه الهولندي عند المنعطف الأول.",
    "شن الفريق السعودي هجوما حاسما في الجولة الأخيرة من بطولة كاونتر سترايك في الرياض.",
])
def test_racing_and_e_sports_are_sport(text: str) -> None:
    assert _asserted(text) == set()


def test_a_suicide_is_no_attack() -> None:
    assert _events("قال الطبيب إن الشاب قرر قتل نفسه بعد أزمة نفسية حادة.") == []


def test_no_side_stands_beside_itself() -> None:
    text = "نظمت جمعيات أهلية مسيرة أمام سفارة الجزائر في تونس تضامنا مع الجزائر."
    actors = _actors(text, "protest")
    sides = {n for r, n in actors if r != "assoc"}
    assert not sides & {n for r, n in actors if r == "assoc"}


def test_a_deal_frozen_and_a_merger_prevented_are_negated() -> None:
    assert modalities_of("جمد العمل باتفاق تبادل الأسرى بين الفصائل والحكومة بعد خلاف على القوائم.", "agreement") \
        == ["negated"]
    text = ("كان من المقرر أن تعلن الفصائل اندماجها في جسم عسكري واحد يوم السبت، غير أن خلافات على المناصب "
            "حالت دون ذلك.")
    assert modalities_of(text, "group_change") == ["negated"]


def test_a_round_of_dialogue_by_its_number_is_talks() -> None:
    text = "تستأنف الأسبوع المقبل في الجزائر الجولة الرابعة من الحوار بين الحكومة والحركات المسلحة."
    assert modalities_of(text, "negotiation") == ["future"]


def test_the_truce_an_accord_is_hoped_on_is_hoped_for() -> None:
    text = "يأمل المسؤولون أن تفضي جولة المبعوث المرتقبة إلى اتفاق نهائي على وقف إطلاق النار قبل نهاية الشهر."
    assert modalities_of(text, "ceasefire") == ["hypothetical"]


def test_the_truce_an_accord_reached_is_on_is_asserted() -> None:
    assert modalities_of("توصل الطرفان إلى اتفاق على وقف إطلاق النار في المدينة.", "ceasefire") == ["asserted"]


def test_people_counted_after_the_arresting_body_and_its_place() -> None:
    assert "arrest" in _asserted("أوقفت قوات الأمن في المدينة تسعة شبان بتهمة نشر صور مؤيدة للاستفتاء.")
    assert "arrest" in _asserted("أوقفت الشرطة ثلاثة ناشطين بعد مشاركتهم في تجمع أمام المحافظة.")


@pytest.mark.parametrize("text, category, doer, other", [
    ("وقعت معارك بين القوات الكردية والجيش الإيراني الذي بدأ يحشد قواته قرب الحدود.", "deployment",
     "القوات الإيرانية", None),
    ("قال المتحدث إن التحالف الدولي الذي يضرب داعش سيواصل عملياته.", "air_strike",
     "التحالف الدولي", "تنظيم الدولة الإسلامية"),
])
def test_the_actor_before_a_relative_pronoun_does_the_verb_after_it(text: str, category: str, doer: str,
                                                                     other: str | None) -> None:
    actors = _actors(text, category)
    assert ("actor1", doer) in actors
    assert other is None or ("actor2", other) in actors


def test_a_verb_with_an_object_pronoun_after_a_relative_has_its_subject_after_it() -> None:
    text = "اختير ممثلا للتنظيم بدلا من القيادي السوري الذي اغتاله تنظيم داعش العام الماضي."
    assert ("actor1", "تنظيم الدولة الإسلامية") in _actors(text, "attack_on_civilians") \
        + _actors(text, "armed_clash")


def test_the_side_right_after_a_bare_word_of_fighting_is_the_one_fought() -> None:
    assert ("actor2", "تنظيم الدولة الإسلامية") in _actors("يساعد الجنود الأمريكيون العراقيين على قتال داعش.",
                                                           "armed_clash")


def test_a_side_fought_beside_is_not_the_one_fought() -> None:
    text = "سافر آلاف المقاتلين إلى سوريا للقتال في صفوف تنظيم داعش."
    assert ("actor2", "تنظيم الدولة الإسلامية") not in _actors(text, "armed_clash")
