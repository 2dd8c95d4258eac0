"""The events stage: triggers, categories, modality, attribution, roles, places, dates, numbers, merging.

Every case is a real Arabic sentence written for the test.  The stage runs on a document that has
been normalised and segmented, with entities, timexes and quantities set by hand, so these tests do
not depend on the other stages.
"""

from __future__ import annotations

import json

import pytest

from rasad import events
from rasad.document import Canonical, Document, Entity, Geo, Quantity, Timex
from rasad.events.lexicon import find_triggers, noun_forms, past_forms, present_forms
from rasad.pipeline import extract
from rasad.text import normalise, segment
from rasad.text.normalise import normalise_key

from conftest import SHARED, needs_shared


def make(text: str, published: str | None = "2021-03-10", entities=(), timexes=(), quantities=()) -> Document:
    """Run the events stage on ``text`` with hand-made entities (surface, type[, kind]), timexes
    (surface, value[, type]) and quantities (surface, value, category)."""
    doc = segment.run(normalise.run(Document(text=text, published=published)))
    for surface, typ, *rest in entities:
        i = text.index(surface)
        kind = rest[0] if rest else None
        geo = Geo(35.0, 36.0, "SY", "A1", None, "country" if kind == "country" else "exact") if typ == "LOC" else None
        doc.entities.append(Entity(surface, i, i + len(surface), typ, Canonical("id-" + surface, surface), geo, kind))
    for surface, value, *kind in timexes:
        i = text.index(surface)
        doc.timexes.append(Timex(surface, i, i + len(surface), kind[0] if kind else "DATE", value, "published"))
    for surface, value, category in quantities:
        i = text.index(surface)
        doc.quantities.append(Quantity(surface, i, i + len(surface), value, "exact", category))
    return events.run(doc)


def only(doc: Document, category: str):
    found = [e for e in doc.events if e.category == category]
    assert len(found) == 1, [(e.category, e.trigger.text if e.trigger else None) for e in doc.events]
    return found[0]


# ---------------------------------------------------------------- inflection from the data
def test_inflections_are_generated() -> None:
    assert {"غارات", "غارتين", "غارته"} <= noun_forms(normalise_key("غارة"))
    assert {"هجوما", "هجومين", "هجومات"} <= noun_forms("هجوم")
    assert {"قصفت", "قصفوا", "قصفها", "قصفوه"} <= past_forms(["قصف"])
    assert {"يقصف", "تقصف", "نقصف", "يقصفون", "يقصفها"} <= present_forms(["يقصف"])
    assert "دع" not in past_forms(["دع-"]) and "دعت" in past_forms(["دع-"])


# ---------------------------------------------------------------- triggers and categories
@pytest.mark.parametrize("sentence, category", [
    # Arabic
    ("شنت الطائرات الحربية غارات على الأحياء الشرقية", "air_strike"),
    ("قصفت المدفعية مواقع المسلحين بقذائف الهاون", "shelling"),
    ("اندلعت اشتباكات عنيفة بين الطرفين", "armed_clash"),
    ("وسيطرت القوات على التلة بعد معارك استمرت ساعات", "territory_change"),
    ("استعاد الجيش السيطرة على القرية", "territory_change"),
    ("انسحب المسلحون من الحي تحت غطاء ناري", "territory_change"),
    ("انفجرت سيارة مفخخة قرب السوق", "bombing"),
    ("فجر انتحاري نفسه عند حاجز للشرطة", "bombing"),
    ("أعدم التنظيم ثلاثة رجال في الساحة العامة", "attack_on_civilians"),
    ("اغتال مسلحون مجهولون قياديا محليا", "attack_on_civilians"),
    ("أطبقت القوات الحصار على البلدة", "siege"),
    ("أعلن الطرفان هدنة إنسانية لمدة ثلاثة أيام", "ceasefire"),
    ("دخل وقف إطلاق النار حيز التنفيذ منتصف الليل", "ceasefire"),
    ("بدأت عملية إجلاء الجرحى من المدينة", "evacuation"),
    ("نزح آلاف السكان نحو الحدود", "evacuation"),
    ("أجرى الوزير اتصالا هاتفيا بنظيره الفرنسي", "negotiation"),
    ("التقى المبعوث الأممي وفد المعارضة", "negotiation"),
    ("خرجت مظاهرات في عدة مدن تطالب بالإفراج عن المعتقلين", "protest"),
    ("شنت قوات الأمن حملة اعتقالات واسعة في الحي", "arrest"),
    ("نهب المسلحون المحلات التجارية", "looting"),
    ("أعلنت الفصائل اندماجها في تشكيل جديد", "group_change"),
    ("ندد المجلس بالهجوم على القافلة", "statement"),
    # beyond Syria: Yemen, Iraq, Libya, Sudan, Sahel, Somalia
    ("أحرق محتجون غاضبون إطارات وأغلقوا الطرق في عدن", "riot"),
    ("قتل جنديان بانفجار لغم أرضي في محافظة الحديدة", "bombing"),
    ("استهدفت طائرة مسيرة سيارة تقل عناصر من التنظيم في شبوة", "air_strike"),
    ("انفجرت عبوة ناسفة بدورية للجيش في ديالى", "bombing"),
    ("اختطف مسلحون عاملين في منظمة إغاثة شمال مالي", "attack_on_civilians"),
    ("دفعت القوات بتعزيزات عسكرية إلى محيط طرابلس", "deployment"),
    ("اعتصم المئات أمام مقر القيادة العامة في الخرطوم", "protest"),
    ("داهمت الشرطة منازل في مقديشو واعتقلت عشرة أشخاص", "arrest"),
    ("اغتيل ناشط حقوقي بإطلاق نار في البصرة", "attack_on_civilians"),
    ("تبادلت القوات الهندية والباكستانية إطلاق النار على خط المراقبة", "armed_clash"),
    ("قطع محتجون الطرق الرئيسية في بيروت", "protest"),
    ("أطلقت جماعة الحوثي صواريخ باليستية على جازان", "shelling"),
    ("وقعت الحكومة والحركات المسلحة اتفاق سلام في جوبا", "agreement"),
    ("انشقت كتيبة كاملة عن الجيش وانضمت إلى المعارضة", "group_change"),
    # an attack whose victims are civilians is violence against them; on soldiers, a battle
    ("قتل أكثر من 60 مواطنا أمس في هجمات لمسلحين في القرية", "attack_on_civilians"),
    ("وقع هجوم آخر أسفر عن مقتل 38 سائحا في فندق", "attack_on_civilians"),
    ("شن المسلحون هجوما على مواقع الجيش قرب القرية", "armed_clash"),
    ("هجوم بسيارة مفخخة على حاجز للشرطة", "bombing"),
    # a crowd's violence; a base established
    ("هاجم حشد غاضب رجلا وضربوه حتى الموت في السوق", "riot"),
    ("أنشأت القوات التركية قاعدة عسكرية جديدة قرب المدينة", "deployment"),
])
def test_category(sentence: str, category: str) -> None:
    doc = make(sentence, entities=[("جازان", "LOC")] if "جازان" in sentence else [])
    assert category in {e.category for e in doc.events}


def test_a_mountain_pass_is_no_dismissal() -> None:
    assert "group_change" not in {e.category for e in make("استهدفت الطائرات آليات عسكرية في نقيل العرقوب").events}


def test_broke_is_no_preposition_before_sirte() -> None:
    # كسرت is a verb, not ك + سرت (the Libyan city): the whole pipeline finds no place here
    doc = extract("كسرت الفصائل الحصار عن المدينة أمس", published="2016-08-07")
    assert [e.category for e in doc.events] == ["siege"]
    assert doc.entities == [] and doc.events[0].location is None


def test_targeting_in_an_arrest_campaign_is_no_shelling() -> None:
    text = "أوقفت الشرطة 251 شخصا في حملة استهدفت أفرادا يشتبه في انتمائهم إلى التنظيم"
    assert {e.category for e in make(text).events} == {"arrest"}


@pytest.mark.parametrize("text", [
    "المناطق الخاضعة لسيطرة المعارضة",   # a state, not an event
    "قال في مؤتمر صحفي إن الوضع هادئ",
    "صدر بيان عن وزارة الخارجية",          # وزارة is no visit (زار)
    "بيان صادر عن الحكومة",               # صادر عن: issued by, not seized
    "أخذ يبحث عن عمل بحثا عن لقمة العيش",  # searching, not talks
    "صلى الله عليه وسلم",                 # a blessing, not a handover
    "لكن علماء الاجتماع والحقوقيين في جنوب المتوسط",  # sociologists, no meeting
    "وتفتح الخيمة أبوابها حتى الثالثة فجرا",          # at dawn, no bombing
    "ونشرت الصحيفة حوارا مع مؤلف الكتاب",            # an interview, no talks
])
def test_no_event_in_idioms(text: str) -> None:
    assert make(text).events == []


def test_verb_needs_a_verb_prefix() -> None:
    # "بحثا" is not ب + حثا (urged); a verb takes no ب
    assert [t.sense.category for t in find_triggers(normalise_key("بحثا"))] != ["statement"]


def test_trigger_inside_a_name_is_dropped() -> None:
    doc = make("تجمع المحتجون في ميدان التحرير", entities=[("ميدان التحرير", "LOC")])
    assert "territory_change" not in {e.category for e in doc.events}


def test_shelling_by_aircraft_is_an_air_strike() -> None:
    assert only(make("قصفت الطائرات الحربية بلدة كفرنبل"), "air_strike")


# ---------------------------------------------------------------- modality
@pytest.mark.parametrize("sentence, category, modality", [
    # negated
    ("لم تقصف الطائرات المدينة أمس", "air_strike", "negated"),
    ("لن تعقد المحادثات في موعدها", "negotiation", "negated"),
    ("ليس هناك اتفاق بين الطرفين", "agreement", "negated"),
    ("انسحبت القوات دون أن تشتبك مع المسلحين", "armed_clash", "negated"),
    ("أعلن الجيش بدء الهجوم، لكن هذا لم يحدث", "armed_clash", "negated"),
    ("كان يفترض أن تجري محادثات في جنيف لكنها ألغيت", "negotiation", "negated"),
    ("توقفت الغارات على المدينة منذ يومين", "air_strike", "negated"),
    # future
    ("ستقصف الطائرات مواقع المسلحين", "air_strike", "future"),
    ("سوف تعقد مفاوضات جديدة الشهر المقبل", "negotiation", "future"),
    ("من المتوقع أن يلتقي الوزيران في باريس", "negotiation", "future"),
    ("يعتزم الجيش شن هجوم على المدينة", "armed_clash", "future"),
    ("تستعد القوات لاقتحام البلدة", "armed_clash", "future"),
    ("تعقد الجولة المقبلة من المحادثات في فيينا", "negotiation", "future"),
    ("وقال إن الهجوم على المدينة سيكون عملية كاملة", "armed_clash", "future"),
    ("كان يفترض أن تبدأ عملية الإجلاء صباحا", "evacuation", "future"),
    # hypothetical
    ("قد تتضمن العملية حصارا للمدينة", "siege", "hypothetical"),
    ("ربما تندلع اشتباكات جديدة", "armed_clash", "hypothetical"),
    ("في حال توقيع اتفاق التهدئة سيتوقف القصف", "agreement", "hypothetical"),
    ("إذا هاجم المسلحون البلدة فسترد القوات", "armed_clash", "hypothetical"),
    ("يمكن أن تتحول المظاهرات إلى أعمال شغب", "riot", "hypothetical"),
    ("دعت المنظمة إلى هدنة فورية في المدينة", "ceasefire", "hypothetical"),
    ("هل تنجح هدنة جديدة في حلب؟", "ceasefire", "hypothetical"),
    ("وقال إن حل القضية يتيح إمكانية فتح محادثات موسعة مع إيران", "negotiation", "hypothetical"),
    ("وكان القادة على موعد مع قمة تنعقد في القاهرة", "negotiation", "future"),
    ("وحدد الحزب بنك أهداف لشن هجمات مقبلة على المواقع", "armed_clash", "future"),
    ("وأكد البيان أن ما يقال إنها عمليات تصفية للأسرى فبركات إعلامية", "attack_on_civilians", "hypothetical"),
    ("أريد أن تكف تركيا عن قتل الأكراد", "attack_on_civilians", "hypothetical"),
    ("واعتقلت الشرطة رجلا متهما بالسرقة", "looting", "hypothetical"),   # the accused's deed
    ("واستبعد المسؤول عملية عسكرية تركية في الأراضي السورية", "armed_clash", "negated"),   # ruled out: not to be done
    ("وأوقفت الشرطة شبانا للاشتباه في اعتزامهم شن هجوم على مديرية الأمن", "armed_clash", "future"),
    # a goal (ل before a territorial noun) and an ability are not what was done
    ("وتم تحريك قوة عسكرية لتحرير اللواء 15", "territory_change", "hypothetical"),
    ("ورجح المسؤولون قدرة الجيش على تحرير المدينتين", "territory_change", "hypothetical"),
    ("وتضافرت الجهود الدولية لمحاصرة التنظيم في معاقله", "siege", "hypothetical"),
    ("واستعدت القوات العراقية لاقتحام منطقة في الطرف الغربي للمدينة", "armed_clash", "future"),
    # whether: a happening in doubt, but a named one presupposed
    ("ولم يتضح بعد ما إذا كان فريق العمل اجتمع حقا بالفصائل", "negotiation", "hypothetical"),
    ("وسئل عما إذا كان لدى الوزارة علم بالهجوم الذي شنه المسلحون", "armed_clash", "asserted"),
    # asserted, though a negation is near
    ("لا تزال الاشتباكات مستمرة في المدينة", "armed_clash", "asserted"),
    ("لم تتوقف الطائرات عن قصف الأحياء", "air_strike", "asserted"),
    ("قد قتل المسلحون ثلاثة مدنيين", "attack_on_civilians", "asserted"),
    ("سئل عما إذا كان على علم بالهجوم الذي شنه المسلحون", "armed_clash", "asserted"),
    # charges tell of an alleged deed
    ("ألقت الشرطة القبض على ثلاثة رجال بتهمة قتل", "attack_on_civilians", "hypothetical"),
    # devoid of any warning
    ("جاء بيان الحكومة خاليا من أي تحذير للفصائل", "statement", "negated"),
    # a demand in the first person
    ("طالبنا الحوثيين بالانسحاب من المدن", "territory_change", "hypothetical"),
    # a noun joined by أو shares the negation
    ("لم تقم الطائرات بأي غارة أو بقصف على المدينة", "air_strike", "negated"),
    # a threat to kill
    ("وكان الحساب قد وجه تهديدا مباشرا للممثل بالقتل", "attack_on_civilians", "hypothetical"),
    # any attack, none in particular
    ("وقال إن بلاده سترد على أي هجوم يستهدف قواتها", "armed_clash", "hypothetical"),
    ("وأكد أنه يرحب بأي اتفاق يضمن الأمن", "agreement", "hypothetical"),
    # a right to act
    ("دافع البيت الأبيض عن حق تركيا في ضرب حزب العمال الكردستاني", "air_strike", "hypothetical"),
    # the odds of an agreement
    ("سئل عن احتمالات التوصل لاتفاق", "agreement", "hypothetical"),
    # an attempt, a plot
    ("وتحاول فيها المقاومة السيطرة على معسكر لبوزة", "territory_change", "hypothetical"),
    ("أحبطت الشرطة مخططاتهم في تفجير المساجد", "bombing", "hypothetical"),
    ("وخططت الخلية لاستهداف عدد من المساجد", "shelling", "hypothetical"),
])
def test_modality(sentence: str, category: str, modality: str) -> None:
    doc = make(sentence, quantities=[("ثلاثة مدنيين", 3, "killed")] if "ثلاثة مدنيين" in sentence else [])
    assert only(doc, category).modality == modality


def test_demand_and_its_object() -> None:
    doc = make("ودعا المعارضون إلى وقف فوري لإطلاق النار وإجلاء الجرحى")
    assert only(doc, "statement").modality == "asserted"
    assert only(doc, "ceasefire").modality == "hypothetical"
    assert only(doc, "evacuation").modality == "hypothetical"


def test_event_dated_after_publication_is_future() -> None:
    doc = make("تعقد محادثات السلام في جنيف يوم 15 آذار", timexes=[("يوم 15 آذار", "2021-03-15")])
    assert only(doc, "negotiation").modality == "future"


# ---------------------------------------------------------------- attribution
@pytest.mark.parametrize("sentence, entities, source", [
    ("قال مصدر في الدفاع المدني إن الطائرات قصفت سوقا في دوما", [("الدفاع المدني", "ORG")],
     "مصدر في الدفاع المدني"),
    ("قصفت المدفعية قرى في ريف عفرين، بحسب وكالة الأناضول", [("وكالة الأناضول", "ORG")], "وكالة الأناضول"),
    ("ونقلت قناة الميادين عن مصدر عسكري أن الجيش استعاد بلدة خان طومان", [("قناة الميادين", "ORG")],
     "مصدر عسكري"),
    ("أفاد ناشطون بأن اشتباكات اندلعت في الحي", [], "ناشطون"),
    ("فمصدر في الجيش الحر قال إن الهجوم صد", [("الجيش الحر", "ORG")], "فمصدر في الجيش الحر"),
    # a closing cue vouches for its whole sentence, however far from the trigger
    ("قتل 27 مدنيا وأصيب أكثر من 40 آخرين في غارات جوية شنتها طائرات حربية على حيين في المدينة، بحسب ما "
     "أفاد الدفاع المدني", [("الدفاع المدني", "ORG")], "الدفاع المدني"),
    # the source before its cue stops at a clause opener
    ("ويتوقع أن يلتقي الوزيران، لكن مصدرا دبلوماسيا قال إن الاجتماع قد يتأجل", [], "مصدرا دبلوماسيا"),
])
def test_attribution(sentence: str, entities, source: str) -> None:
    doc = make(sentence, entities=entities)
    assert doc.events and {e.attributed_to for e in doc.events} == {source}
    assert all(not any(a.name == "قناة الميادين" for a in e.actors) for e in doc.events)


# ---------------------------------------------------------------- actors and places
def test_verb_subject_object_and_place() -> None:
    doc = make("سيطرت قوات النظام على بلدة كفرنبودة في ريف حماة",
               entities=[("قوات النظام", "ORG"), ("كفرنبودة", "LOC"), ("حماة", "LOC")])
    ev = only(doc, "territory_change")
    assert [(a.role, a.name) for a in ev.actors] == [("actor1", "قوات النظام")]
    assert ev.location is not None and ev.location.name == "كفرنبودة"
    assert doc.text[ev.location.start:ev.location.end] == "كفرنبودة"


def test_between_names_both_sides() -> None:
    doc = make("اندلعت اشتباكات بين الجيش الحر وتنظيم داعش في ريف حلب",
               entities=[("الجيش الحر", "ORG"), ("تنظيم داعش", "ORG"), ("حلب", "LOC")])
    ev = only(doc, "armed_clash")
    assert [(a.role, a.name) for a in ev.actors] == [("actor1", "الجيش الحر"), ("actor2", "تنظيم داعش")]


def test_passive_object_is_the_target() -> None:
    doc = make("تم استهداف مقر حركة أحرار الشام في سراقب",
               entities=[("حركة أحرار الشام", "ORG"), ("سراقب", "LOC")])
    ev = doc.events[0]
    assert [(a.role, a.name) for a in ev.actors] == [("actor2", "حركة أحرار الشام")]
    assert ev.location is not None and ev.location.name == "سراقب"


def test_capital_acts_as_government() -> None:
    doc = make("رفضت واشنطن الإعلان الروسي", entities=[("واشنطن", "LOC")])
    ev = only(doc, "statement")
    assert [(a.role, a.name) for a in ev.actors] == [("actor1", "واشنطن")]
    assert ev.location is None


def test_the_city_points_back_to_the_story_place() -> None:
    doc = make("تعيش مدينة دوما أياما صعبة.\nوشنت الطائرات عشرات الغارات على المدينة.",
               entities=[("دوما", "LOC")])
    ev = only(doc, "air_strike")
    assert ev.location is not None and ev.location.name == "دوما"


# ---------------------------------------------------------------- dates
def test_date_from_the_clause() -> None:
    doc = make("قصفت الطائرات البلدة يوم الاثنين", timexes=[("يوم الاثنين", "2021-03-08")])
    d = only(doc, "air_strike").date
    assert (d.value, d.precision, d.source) == ("2021-03-08", "day", "clause")


@pytest.mark.parametrize("second", [
    "وقصفت المدفعية الأحياء الشرقية.",          # a perfect verb
    "ويقصف النظام الأحياء الشرقية.",            # an imperfect verb tells of what goes on
    "وتدخل العمليات العسكرية في المدينة أسبوعها الثالث.",
    "وشارك في محادثات وزارية.",                 # a noun with nothing of its own
])
def test_the_story_day_gives_only_the_week(second: str) -> None:
    # the text does not say the event happened on the day the story is at
    text = "شهدت المدينة يوم الأحد تصعيدا كبيرا. " + second
    doc = make(text, entities=[("النظام", "ORG")] if "النظام" in second else [],
               timexes=[("يوم الأحد", "2021-03-07")])
    (d,) = {(e.date.value, e.date.precision, e.date.source, e.date.range_from, e.date.range_to)
            for e in doc.events}
    assert d == ("2021-03-07", "week", "narrative", "2021-03-04", "2021-03-10")


def test_a_day_before_a_joined_verb_with_its_own_subject_is_the_earlier_verb_s() -> None:
    # Tuesday is the cancelling's; Lavrov's accusation gets only the story's week
    text = "لكنها ألغيت الثلاثاء واتهم لافروف الجانب الأميركي بالمسؤولية"
    doc = make(text, entities=[("لافروف", "PER")], timexes=[("الثلاثاء", "2021-03-09")])
    d = only(doc, "statement").date
    assert (d.value, d.precision, d.source) == ("2021-03-09", "week", "narrative")
    # the same subject goes on: its day too (they took him away the day they kidnapped him)
    text = "اختطف مجهولون الثلاثاء عنصرا من الشرطة واقتادوه إلى جهة مجهولة"
    doc = make(text, timexes=[("الثلاثاء", "2021-03-09")])
    assert {(e.date.value, e.date.precision) for e in doc.events} == {("2021-03-09", "day")}
    # and a day after the joined verb is its own
    text = "لكنها ألغيت الاثنين واتهم لافروف الثلاثاء الجانب الأميركي بالمسؤولية"
    doc = make(text, entities=[("لافروف", "PER")], timexes=[("الاثنين", "2021-03-08"), ("الثلاثاء", "2021-03-09")])
    d = only(doc, "statement").date
    assert (d.value, d.precision, d.source) == ("2021-03-09", "day", "clause")


def test_date_from_an_earlier_paragraph_is_only_a_week() -> None:
    text = "شهدت المدينة يوم الأحد تصعيدا كبيرا.\nوقصفت المدفعية الأحياء الشرقية."
    d = only(make(text, timexes=[("يوم الأحد", "2021-03-07")]), "shelling").date
    assert (d.value, d.precision, d.source, d.range_from, d.range_to) == (
        "2021-03-07", "week", "narrative", "2021-03-04", "2021-03-10")


def test_the_day_of_a_saying_dates_what_it_reports_only_by_then() -> None:
    text = "أعلن الجيش أمس أنه سيطر على البلدة"
    d = only(make(text, timexes=[("أمس", "2021-03-09")]), "territory_change").date
    assert (d.value, d.precision, d.source, d.range_from, d.range_to) == (
        "2021-03-09", "week", "saying", "2021-03-03", "2021-03-09")
    # a day inside the reported clause is the event's own
    d = only(make("أعلن الجيش أنه سيطر أمس على البلدة", timexes=[("أمس", "2021-03-09")]), "territory_change").date
    assert (d.precision, d.source) == ("day", "clause")


@pytest.mark.parametrize("text, day", [
    ("كشف العميد في شرطة المدينة أمس الخميس عن مقتل 42 من عناصر التنظيم", "أمس الخميس"),
    ("وتبنت الحركة الأربعاء قتل شرطيين في المدينة", "الأربعاء"),
    ("بعد إعلان الداخلية في 9 مارس القبض على 40 شخصا", "في 9 مارس"),
    ("وأفادت مصادر أمنية أمس عن مقتل 17 شخصا في المدينة", "أمس"),
])
def test_a_day_before_the_announcement_of_an_event_dates_it_only_by_then(text: str, day: str) -> None:
    doc = make(text, timexes=[(day, "2021-03-09")])
    (e,) = [e for e in doc.events if e.category != "statement"]
    assert (e.date.value, e.date.precision, e.date.source) == ("2021-03-09", "week", "saying")


def test_a_day_after_the_announced_event_is_its_own_and_a_statement_is_dated_when_made() -> None:
    (e,) = [e for e in make("أعلن الجيش مقتل خمسة جنود أمس", timexes=[("أمس", "2021-03-09")]).events
            if e.category != "statement"]
    d = e.date
    assert (d.value, d.precision, d.source) == ("2021-03-09", "day", "clause")
    # a statement is made when it is made known: بث تسجيلا يهدد فيه
    d = only(make("وبث التنظيم تسجيل فيديو الأربعاء يهدد فيه بإعدام رهينة", timexes=[("الأربعاء", "2021-03-10")]),
             "statement").date
    assert (d.value, d.precision, d.source) == ("2021-03-10", "day", "clause")


@pytest.mark.parametrize("text, day", [
    ("وتناولت الصحف الصادرة اليوم المعارك في المدينة", "اليوم"),
    ("تناول الكاتب في مقاله المنشور اليوم القتال في المدينة", "اليوم"),
    # words between: the day a statement came out, the day the suspects were made known
    ("ظهر ارتباطهم بالهجوم على دورية الأمن والمعلن عنهما بتاريخ 24/4/2015", "24/4/2015"),
    ("تحدث التقرير الصادر في 10 مارس عن القصف على المدينة", "10 مارس"),
])
def test_the_day_a_paper_came_out_dates_no_event(text: str, day: str) -> None:
    events = make(text, timexes=[(day, "2021-03-10")]).events
    assert events
    for e in events:
        assert (e.date.precision, e.date.source) == ("week", "published")


def test_publication_date_is_only_a_week() -> None:
    d = only(make("قصفت المدفعية الأحياء الشرقية"), "shelling").date
    assert (d.value, d.precision, d.source, d.range_from) == ("2021-03-10", "week", "published", "2021-03-04")
    assert only(make("قصفت المدفعية الأحياء الشرقية", published=None), "shelling").date is None


def _date_of(text: str, timex: tuple[str, str] | None, category: str, **kw) -> tuple:
    d = only(make(text, timexes=[timex] if timex else [], **kw), category).date
    return None if d is None else (d.value, d.precision, d.source, d.range_from, d.range_to)


def test_a_recent_start_dates_what_goes_on_since_then() -> None:
    # going on for two days up to the publication (10 March): known to the week, from its start
    assert _date_of("يتواصل القصف منذ يومين على المدينة", ("منذ يومين", "2021-03-08"), "shelling") == (
        "2021-03-08", "week", "since", "2021-03-08", "2021-03-10")
    # since yesterday morning: two days, told as a day
    assert _date_of("شنت الطائرات عشر غارات منذ صباح أمس على المدينة", ("منذ صباح أمس", "2021-03-09"),
                    "air_strike")[:3] == ("2021-03-09", "day", "since")
    # a perfect verb: "منذ يومين" is two days ago
    assert _date_of("قصفت المدفعية الحي منذ يومين", ("منذ يومين", "2021-03-08"), "shelling") == (
        "2021-03-08", "day", "since", "2021-03-08", "2021-03-08")


def test_a_start_long_ago_or_an_end_gives_no_day_of_the_story() -> None:
    before = "قصفت الطائرات حلب يوم الاثنين. "
    # (a place of its own: in a sentence that opens with an imperfect, a bare "القصف على المدينة" is no event)
    for text, timex in [("يتواصل القصف على إدلب منذ عام 2012", ("منذ عام 2012", "2012")),
                        ("يتواصل القصف على إدلب حتى يوم الجمعة", ("حتى يوم الجمعة", "2021-03-12"))]:
        d = only(make(before + text, entities=[("إدلب", "LOC")], timexes=[("يوم الاثنين", "2021-03-08"), timex]),
                 "shelling").date
        assert (d.value, d.precision, d.source) == ("2021-03-10", "week", "published"), text


def test_a_range_of_days_dates_the_event_over_it() -> None:
    text = "أعدمت السلطات 694 شخصا بين الأول من يناير و15 يوليو"
    d = only(make(text, timexes=[("الأول من يناير", "2021-01-01"), ("15 يوليو", "2021-07-15")]),
             "attack_on_civilians").date
    assert (d.value, d.precision, d.range_from, d.range_to) == ("2021-01-01", "year", "2021-01-01", "2021-07-15")
    text = "قصفت الطائرات المدينة بين 3 و5 مارس"
    d = only(make(text, timexes=[("3", "2021-03-03"), ("5 مارس", "2021-03-05")]), "air_strike").date
    assert (d.precision, d.range_to) == ("week", "2021-03-05")


def test_a_span_that_contains_the_event_dates_it() -> None:
    assert _date_of("قصفت المدفعية الحي خلال الأسبوع الماضي", ("خلال الأسبوع الماضي", "2021-W09"), "shelling")[:3] == (
        "2021-W09", "week", "clause")


def test_a_total_over_a_long_period_has_no_date() -> None:
    text = "قصفت الطائرات حلب يوم الاثنين. وشنت الطائرات 500 غارة على المدينة خلال 10 أشهر"
    doc = make(text, timexes=[("يوم الاثنين", "2021-03-08"), ("خلال 10 أشهر", "P10M", "DURATION")])
    assert sorted((e.trigger.text, e.date.value if e.date else None) for e in doc.events) == [
        ("غارة", None), ("قصفت", "2021-03-08")]
    # a short one: the week up to the publication
    text = "قصفت الطائرات حلب يوم الاثنين. وشنت الطائرات 50 غارة على المدينة خلال الأيام الماضية"
    doc = make(text, timexes=[("يوم الاثنين", "2021-03-08"), ("خلال الأيام الماضية", None, "DURATION")])
    d = next(e.date for e in doc.events if e.trigger.text == "غارة")
    assert (d.value, d.precision, d.source) == ("2021-03-10", "week", "published")


def test_a_toll_over_the_war_has_no_date() -> None:
    text = "قصفت الطائرات حلب يوم الاثنين. وتسبب النزاع منذ عام 2011 بمقتل 230 ألف شخص"
    d = only(make(text, timexes=[("يوم الاثنين", "2021-03-08"), ("منذ عام 2011", "2011")],
                  quantities=[("230 ألف شخص", 230000, "killed")]), "attack_on_civilians").date
    assert d is None


def test_an_event_named_by_its_relative_clause_is_dated_only_inside_it() -> None:
    # the day dates the decision, not the attacks the committee is about
    text = "قرر مجلس الأمن أمس تشكيل لجنة لتحديد المسؤولين عن الهجمات الكيميائية التي شهدتها البلاد"
    d = only(make(text, timexes=[("أمس", "2021-03-09")]), "armed_clash").date
    assert (d.value, d.precision, d.source) == ("2021-03-10", "week", "published")
    # a day inside its own relative clause dates it
    text = "أعلن رئيس الحكومة أن تنظيم داعش يقف وراء الاعتداء الانتحاري الذي استهدف الاثنين بلدة سروج"
    d = only(make(text, timexes=[("الاثنين", "2021-03-08")]), "bombing").date
    assert (d.value, d.precision, d.source) == ("2021-03-08", "day", "clause")
    # unless that clause tells of its being made known: then only by that day
    text = "وقال شهود إن معظم عمليات الإعدام التي أعلنت اليوم الجمعة وقعت خلال الأشهر الماضية"
    d = only(make(text, timexes=[("اليوم الجمعة", "2021-03-05")]), "attack_on_civilians").date
    assert (d.value, d.precision, d.source) == ("2021-03-05", "week", "saying")


def test_an_event_in_a_relative_clause_is_not_dated_by_a_day_before_it() -> None:
    # the battles the town saw are not yesterday's
    text = "وقصفت الطائرات أمس البلدة التي شهدت معارك عنيفة"
    d = only(make(text, timexes=[("أمس", "2021-03-09")]), "armed_clash").date
    assert (d.precision, d.source) == ("week", "published")
    # but an outcome told in the relative clause is the antecedent's: its month, not the next one's
    text = ("وكان أبرزها الهجوم على متحف باردو في مارس الذي أدى إلى مقتل 22 شخصا والهجوم على فندق في سوسة "
            "في يونيو ما أدى إلى مقتل 38 شخصا")
    doc = make(text, timexes=[("في مارس", "2021-03"), ("في يونيو", "2020-06")],
               quantities=[("22 شخصا", 22, "killed"), ("38 شخصا", 38, "killed")])
    assert sorted((e.date.value, e.fatalities) for e in doc.events) == [("2020-06", 38), ("2021-03", 22)]


def test_a_timex_of_another_nouns_relative_clause_does_not_date_the_event() -> None:
    text = "قصفت الطائرات حلب يوم الاثنين. وندد الرئيس خلال زيارة إلى قبرص التي تحتلها القوات منذ عام 1974 بالقصف"
    d = only(make(text, timexes=[("يوم الاثنين", "2021-03-08"), ("منذ عام 1974", "1974")]), "statement").date
    assert (d.value, d.source) == ("2021-03-08", "narrative")


def test_an_event_told_as_an_earlier_one_gets_only_the_week_up_to_the_day() -> None:
    text = "قصفت الطائرات المدينة أمس إثر هجوم للمسلحين على حاجز"
    doc = make(text, timexes=[("أمس", "2021-03-09")])
    assert (only(doc, "air_strike").date.precision, only(doc, "armed_clash").date.precision) == ("day", "week")
    assert only(doc, "armed_clash").date.range_to == "2021-03-09"
    # a day after the word is its own
    text = "اندلعت اشتباكات بعد الهجوم الذي شنه المسلحون في 20 يوليو"
    doc = make(text, timexes=[("في 20 يوليو", "2020-07-20")])
    dates = {(e.trigger.text, e.date.value, e.date.precision) for e in doc.events}
    assert ("الهجوم", "2020-07-20", "day") in dates


def test_the_day_of_an_earlier_happening_does_not_date_what_came_after_it() -> None:
    text = "وجاءت المداهمات بعد مقتل 32 شخصا في تفجير انتحاري الاثنين في بلدة تركية"
    doc = make(text, timexes=[("الاثنين", "2015-07-20")])
    assert only(doc, "bombing").date.precision == "day"
    assert only(doc, "arrest").date.precision != "day"
    # a month after the word may be both's
    text = "وسقطت المدينة بيد المتطرفين إثر هجوم واسع في مايو الماضي"
    doc = make(text, timexes=[("في مايو الماضي", "2015-05")])
    assert only(doc, "territory_change").date.value == "2015-05"


def test_what_a_statement_speaks_of_keeps_its_own_date() -> None:
    text = "قصفت الطائرات حلب أمس. وأدانت الحكومة هجوما وقع يوم السبت على المدينة"
    doc = make(text, timexes=[("أمس", "2021-03-09"), ("يوم السبت", "2021-03-06")])
    assert only(doc, "statement").date.value != "2021-03-06"
    assert only(doc, "armed_clash").date.value == "2021-03-06"
    # a meeting that is the setting of the statement dates it
    text = "ودعا الوزير خلال اجتماع الثلاثاء إلى استئناف المحادثات"
    doc = make(text, timexes=[("الثلاثاء", "2021-03-09")])
    assert (only(doc, "statement").date.value, only(doc, "statement").date.source) == ("2021-03-09", "clause")


def test_a_topic_is_not_dated_by_the_speech_about_it() -> None:
    text = "وجاء ذلك غداة خطاب الرئيس أول من أمس حول الاتفاق الموقع بين الطرفين"
    d = only(make(text, timexes=[("أول من أمس", "2021-03-08")]), "agreement").date
    assert d.source != "clause"


def test_a_date_fronted_before_a_comma_dates_the_clause() -> None:
    text = "وفي 26 يونيو، قتل 38 سائحا في هجوم على فندق في سوسة، على غرار هجوم متحف باردو في 18 مارس."
    doc = make(text, timexes=[("في 26 يونيو", "2021-06-26"), ("في 18 مارس", "2021-03-18")])
    dates = sorted(e.date.value for e in doc.events if e.category in ("armed_clash", "attack_on_civilians"))
    assert dates == ["2021-03-18", "2021-06-26"]  # two attacks: على غرار compares, it does not merge


def test_date_inside_a_quote_does_not_date_the_words_around_it() -> None:
    text = 'وردا على سؤال عن وقف المعارك قال "أؤيد المقترح المقدم في الثاني من آذار"'
    d = only(make(text, timexes=[("في الثاني من آذار", "2021-03-02")]), "ceasefire").date
    assert d.source != "clause"


# ---------------------------------------------------------------- numbers
@pytest.mark.parametrize("sentence, quantities, fatalities", [
    ("قتل 5 مدنيين وأصيب 10 آخرون في غارة جوية على بلدة كفرزيتا",
     [("5 مدنيين", 5, "killed"), ("10 آخرون", 10, "injured")], 5),
    ("أسفر تفجير انتحاري عن مقتل 12 شخصا و3 جنود",
     [("12 شخصا", 12, "killed"), ("3 جنود", 3, "killed")], 15),
    ("أصيب 7 أشخاص في قصف على الحي", [("7 أشخاص", 7, "injured")], None),
])
def test_fatalities(sentence: str, quantities, fatalities) -> None:
    doc = make(sentence, quantities=quantities)
    violent = [e for e in doc.events if e.category in ("air_strike", "bombing", "shelling", "attack_on_civilians")]
    assert len(violent) == 1
    assert violent[0].fatalities == fatalities
    assert violent[0].quantities == list(range(len(quantities)))


# ---------------------------------------------------------------- merging and output
def test_killing_joins_the_strike_of_its_clause() -> None:
    doc = make("شنت الطائرات غارة على السوق قتلت عشرة أشخاص")
    assert [e.category for e in doc.events] == ["air_strike"]
    assert "قتلت" in doc.events[0].evidence.text and doc.events[0].mentions == []  # one clause: one span


def test_repeated_mentions_merge() -> None:
    text = ("قصفت الطائرات بلدة كفرنبل يوم الاثنين.\nوأفاد ناشطون بأن الطائرات قصفت بلدة كفرنبل يوم الاثنين "
            "بالصواريخ.")
    doc = make(text, entities=[("كفرنبل", "LOC")], timexes=[("يوم الاثنين", "2021-03-08")])
    doc.entities.append(Entity("كفرنبل", text.rindex("كفرنبل"), text.rindex("كفرنبل") + 6, "LOC",
                               Canonical("id-كفرنبل", "كفرنبل"), None))
    doc.timexes.append(Timex("يوم الاثنين", text.rindex("يوم الاثنين"), text.rindex("يوم الاثنين") + 11,
                             "DATE", "2021-03-08"))
    events.run(doc)
    strikes = [e for e in doc.events if e.category == "air_strike"]
    assert len(strikes) == 1 and len(strikes[0].mentions) >= 2


def test_event_fields_and_offsets() -> None:
    text = "قصفت الطائرات الحربية بلدة كفرنبل"
    doc = make(text, entities=[("كفرنبل", "LOC")])
    ev = only(doc, "air_strike")
    assert ev.id == f"{doc.id}-e0"
    assert ev.acled == {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    assert ev.plover == "ASSAULT"
    assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
    assert ev.trigger is not None and ev.trigger.text == "قصفت"
    json.dumps(doc.to_dict(), ensure_ascii=False)


def test_text_without_events() -> None:
    assert make("الطقس مشمس في العاصمة اليوم").events == []


def test_categories_are_the_contract_categories() -> None:
    from rasad.document import EVENT_CATEGORIES

    assert set(events.event_categories()) <= set(EVENT_CATEGORIES)


# ---------------------------------------------------------------- on real articles
@needs_shared
def test_offsets_on_news_articles() -> None:
    path = SHARED / "data" / "news" / "saudinewsnet-syria-1000.jsonl"
    with open(path, encoding="utf-8") as f:
        records = [json.loads(next(f)) for _ in range(60)]
    n = 0
    for r in records:
        doc = events.run(segment.run(normalise.run(Document(text=r["text"], published=r.get("published")))))
        for ev in doc.events:
            for span in (ev.evidence, ev.trigger, *ev.mentions):
                assert doc.text[span.start:span.end] == span.text
            n += 1
    assert n > 100


@needs_shared
def test_dev_quality_gate(tmp_path) -> None:
    """The dev articles through the whole pipeline: event recall and no false assertions."""
    import importlib.util

    from rasad.pipeline import process

    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    dev = SHARED / "eval" / "dev"
    out = tmp_path / "dev.jsonl"
    with open(dev / "docs.jsonl", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for line in f:
            doc = process(Document.from_dict(json.loads(line)))
            o.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    res = score.main([str(dev / "gold.jsonl"), str(out), "--json"])
    assert res["false_assertions"].startswith("0/")
    assert res["event_recall"] >= 0.8


# ---------------------------------------------------------------- end to end, with the entity stage
def _extracted(text: str):
    from rasad.pipeline import extract

    return extract(text, published="2016-12-08").events


def test_a_phrase_describing_an_actor_acts() -> None:
    strike = [e for e in _extracted("شن الطيران الروسي غارات على حي الفردوس في حلب أمس.") if e.category == "air_strike"]
    assert len(strike) == 1
    assert [(a.role, a.canonical_id) for a in strike[0].actors] == [("actor1", "ru-air-force")]
    assert strike[0].location.canonical_id == "sy-aleppo-ferdous"


def test_a_verb_of_purpose_keeps_its_subject_and_its_place() -> None:
    text = "وانتقل وزير الخارجية الأمريكي جون كيري إلى جنيف ليلتقي وزراء خارجية السعودية والأردن لبحث ما يحصل في حلب."
    talks = [e for e in _extracted(text) if e.category == "negotiation"]
    assert len(talks) == 1
    assert talks[0].location.name == "جنيف"
    assert talks[0].actors[0].role == "actor1" and talks[0].actors[0].canonical_id == "john-kerry"


def test_the_capital_visited_is_a_place_not_an_actor() -> None:
    visit = [e for e in _extracted("ومن المتوقع أن يزور كيري باريس يوم السبت المقبل.") if e.category == "negotiation"]
    assert len(visit) == 1 and visit[0].modality == "future"
    assert visit[0].location.name == "باريس"
    assert all(a.name != "باريس" for a in visit[0].actors)


def test_a_definite_noun_with_nothing_of_its_own_refers_back() -> None:
    text = "عقد وزراء خارجية روسيا وتركيا وإيران اجتماعا في موسكو. وتركز الاجتماع على الوضع الإنساني."
    talks = [e for e in _extracted(text) if e.category == "negotiation"]
    assert len(talks) == 1
    assert talks[0].location.name == "موسكو" and len(talks[0].mentions) == 2


def test_an_event_ordered_against_another_is_not_merged_with_it() -> None:
    text = "وبعد اللقاء الذي جمع لافروف والمعلم في موسكو، أجرى لافروف اتصالا هاتفيا بكيري."
    talks = [e for e in _extracted(text) if e.category == "negotiation"]
    assert len(talks) == 2
    assert talks[0].location is not None and talks[0].location.name == "موسكو"


def test_statements_do_not_take_the_story_place() -> None:
    text = "قصفت الطائرات مدينة حلب أمس.\nوفي باريس أدانت فرنسا القصف.\nوأدانت ألمانيا ذلك أيضا."
    found = [e for e in _extracted(text) if e.category == "statement"]
    assert [e.location.name if e.location else None for e in found] == ["باريس", None]
    strike = [e for e in _extracted(text) if e.category == "air_strike"]
    assert strike and strike[0].location.name == "حلب"


def test_leaving_the_talks_is_a_negotiation_event_not_flight() -> None:
    cats = [e.category for e in _extracted("وغادر وفد المعارضة المفاوضات في جنيف احتجاجا على القصف.")]
    assert "negotiation" in cats and "evacuation" not in cats


def test_the_killing_joins_the_strike_in_a_neighbourhood_of_the_dateline_city() -> None:
    text = ("حلب - قتل 27 مدنيا على الأقل أمس جراء غارات جوية شنتها طائرات روسية على حي الفردوس "
            "وحي بستان القصر في مدينة حلب.")
    found = _extracted(text)
    assert [e.category for e in found] == ["air_strike"]
    assert found[0].fatalities == 27 and found[0].location.canonical_id == "sy-aleppo-ferdous"


def test_the_meeting_mentioned_again_is_the_planned_one() -> None:
    text = "ومن المتوقع أن يلتقي الوزيران السبت المقبل في جنيف، لكن مصدرا دبلوماسيا قال إن الاجتماع قد يتأجل."
    talks = [e for e in _extracted(text) if e.category == "negotiation"]
    assert [(e.modality, e.date.value) for e in talks] == [("future", "2016-12-10")]


def test_what_talks_discuss_is_not_asserted() -> None:
    text = "أجرى كيري مساء الأربعاء اتصالا هاتفيا بلافروف بحثا خلاله وقف إطلاق النار في حلب."
    truce = [e for e in _extracted(text) if e.category == "ceasefire"]
    assert len(truce) == 1 and truce[0].modality == "hypothetical"


def test_convoys_leaving_are_an_evacuation() -> None:
    found = _extracted("وفي اليوم التالي خرجت أولى القوافل وعلى متنها نحو ثلاثة آلاف شخص باتجاه ريف حلب الغربي.")
    assert [(e.category, e.modality) for e in found] == [("evacuation", "asserted")]


def test_the_place_of_the_saying_is_not_the_place_of_the_strike() -> None:
    text = "وأعلن الائتلاف الدولي في واشنطن أمس أن قواته ضربت أهدافا عدة لتنظيم داعش في سوريا."
    strike = [e for e in _extracted(text) if e.category == "air_strike"]
    assert len(strike) == 1 and strike[0].location.name == "سوريا"


def test_a_country_the_clause_names_beats_a_place_outside_it() -> None:
    # أنقرة acts; the strikes are on positions in Syria
    text = "وجاءت الضربات بعد دخول أنقرة بقوة في الحملة بشن أولى غاراتها الجوية على مواقع في سوريا فجر الجمعة."
    strikes = [e for e in _extracted(text) if e.category == "air_strike"]
    assert strikes and {e.location.name for e in strikes} == {"سوريا"}
    # a finer place inside that country is kept
    text = "قصفت الطائرات مدينة حلب. وشنت الطائرات غارات جديدة على مواقع في سوريا."
    strikes = [e for e in _extracted(text) if e.category == "air_strike"]
    assert {e.location.name for e in strikes} == {"حلب"}


def test_a_capital_that_acts_is_not_the_place_of_its_violence() -> None:
    text = "وأطلقت أنقرة عملية عسكرية جوية ضد حزب العمال الكردستاني."
    op = [e for e in _extracted(text) if e.category == "armed_clash"]
    assert op and all(e.location is None or e.location.name != "أنقرة" for e in op)
    # a dateline is a place
    text = "أنقرة - اشتبكت الشرطة مع مسلحين ليلا."
    clash = [e for e in _extracted(text) if e.category == "armed_clash"]
    assert clash and clash[0].location is not None and clash[0].location.name == "أنقرة"


def test_a_capital_named_earlier_is_not_the_story_place_of_a_strike() -> None:
    text = "قالت واشنطن إنها تتابع الوضع.\nوشنت الطائرات غارات عنيفة الليلة الماضية."
    strike = [e for e in _extracted(text) if e.category == "air_strike"]
    assert len(strike) == 1 and strike[0].location is None


@pytest.mark.parametrize("sentence", [
    "ونقل عن أوغلو قوله لرؤساء تحرير وسائل الإعلام التركية إن الخلافات مستمرة",
    "تلبية لدعوة كريمة من الملك وصل الوزير إلى عمان",
    "تجعل منهم قنابل موقوتة في خاصرة الأوطان",
    "لم تنتبه زوجته بل تطلب ابنتها لتساعدها",
    "وقال رئيس الوزراء في حوار مع صحيفة محلية إن الوضع صعب",
    "ألقى الرئيس كلمة أمام حشد من الأنصار",
    "وهذا ينسحب على أي تنظيم آخر",
    "يجب علينا أن نبحث عن المجرم الحقيقي",
    "علينا أن نقف صفا واحدا في مواجهة الإرهاب",
    "ونقلت وكالة الأنباء عن مصدر وصفته بأنه مطلع",
    "وأقيل المدرب في التصفيات النهائية المؤهلة إلى كأس العالم",
    "يعيش الآلاف في مخيم للنازحين قرب الحدود",
    "وقال مسؤول تركي رفض الكشف عن هويته إن التحقيق مستمر",
    "أسهم في تأسيس منتدى أدبي في داره",
    "مما سوف يؤثر سلبا على حصة الشركة",
    "وقال المصدر طالبا عدم الكشف عن اسمه إن الخلية جديدة",
    "وقال أحد المسؤولين ورفض نشر اسمه إن الدلائل واضحة",
    "المدير التنفيذي لحركة نداء تونس",
    "أصدرت المحكمة حكما يقضي بثبوت إدانة مواطن بالانضمام إلى تنظيم",   # a conviction
    "ونحن ندعو لهم بالتوفيق والنصر",                                  # a prayer
    "وضبط 51 كيلوجراما من مادة سي 4 شديدة الانفجار",                 # an adjective
    "صرف 20 ألف عبوة حليب للأطفال",                                    # a milk can
])
def test_idioms_are_not_events(sentence: str) -> None:
    cats = {t.sense.category for t in find_triggers(normalise_key(sentence))}
    assert not cats & {"territory_change", "statement", "bombing"}


@pytest.mark.parametrize("sentence", [
    "قال إن هدف هؤلاء ضرب الاستقرار في المنطقة",
    "جاءت التصريحات في محاولة لاستهداف العلاقات بين البلدين",
    "يسعى الطرفان إلى استعادة الثقة بينهما",
    "وأكدت التقارير أن الحصار الاقتصادي أنهك البلاد",
    "رفعت العقوبات لقاء ضمانات بأن طهران لن تمتلك القنبلة النووية",
    "وقال اللاعب في لقاء تلفزيوني إنه سعيد",
    "تجاوز التنظيم بهذه العملية قواعد الاشتباك كلها",
    "ولم يكن ذلك ضربا من الخيال",
    "وصلت البعثة في مهمة تستهدف كشف الحقيقة",
    "وقع النادي مع اللاعب التونسي الذي يلعب في خانة الهجوم",
    "ويخوض المنتخب عددا من المواجهات الودية قبل انطلاق البطولة",
    "وكانت إيطاليا قد استقبلت 170 ألف مهاجر في العام الماضي",
    "اكتفى المدرب مساء أمس باجتماع مع اللاعبين بعد المباراتين الوديتين",
    "فمن نوصح البارحة ليهجر نهج القاعدة عاد ليحمل رايتها",
    "حيث خطف الأضواء بأداء قوي",
    "صلى المصلون في مسجد الإمام علي بن أبي طالب",
    "ودرس في الجامعة طالب تونسي",   # a student: no verb takes an adjective after it
    "كما وفرت إدارة الفندق مكبرات الصوت للضيوف",   # "provided", not "and fled"
    "ونجا عشرات المهاجرين في عمليات هجرة سرية",
    "ولم يتغير شيء منذ تسلمه مهامه في فبراير",   # took office, not a handover of ground
    "وتمركز القناصة على قمة جبل صبر",
    "وأكدت الوزارة ارتفاع أعداد النازحين إلى نحو ثلاثة ملايين",   # a population, not people fleeing
    "وشددت على ضرورة القضاء على التهديد الذي يشكله التنظيم",   # a danger, not a threat made
    "كرس سيطرته على مفاصل الدولة",
    "كما أشار الرئيس إلى المعركة الإعلامية التي تخوضها الصحف",   # a figure by its adjective
    "لذلك تقدموا بشكاوى ضد النادي",                     # came forward with complaints, no advance
    "وأنجز الشاعر عملا شاقا في تحرير هذه السلسلة",       # editing, no liberation
    "وقال رئيس تحرير الصحيفة إن العدد تأخر",
    "وهي تندرج ضمن مساعي المالكي لتخريب علاقات العراق بأشقائه",   # a riot word's figure
    "كما ستحصل الشركة على دفعة عند إتمام صفقة استحواذ",
    "مثل إنشاء قاعدة بيانات للمستثمرين",
    "إن سكة الحديد تستهدف توسيع نطاق التجارة",
    "وآخرون يضربون في الأرض يبتغون من فضل الله",   # travel
    "ويتم إنزال المصلوبين بعد انتهاء اليوم",   # bodies taken down, not a landing
    "وقدمت المملكة المساعدة إلى المتضررين من الفيضانات التي ضربت ألبانيا",   # floods that hit, no strike
    "إن الباحثين والمحللين يتفقون على أن الإرهاب لا دين له",   # agreeing in a view, no accord
    "وقال الداعية في اتصال هاتفي أجرته معه قناة تلفزيونية",   # an interview, no talks
    "وقال المفتي خلال اتصال هاتفي أمس مع «الشرق الأوسط» إن الحكم واضح",
    "وفي ختام الحفل تسلم الرئيس هدية الكلية الحربية",           # received, no handover of ground
    "لكن القبة لم تسلم وقتها من الأذى",                         # was not spared
    "المبادرة التي تقدمنا بها تتفق مع القرار",                   # submitted, no advance
    "التوجه الصارم الذي سيطر على النهج التعليمي",               # a figure past its preposition
    "ويعتبرونها اعتداء على السيادة",
    "مقابل مشاركتهم مكاسبهم",                                    # profits
    "وجاءت في حيثيات الحكم إدانة المدعى عليه بالسفر",             # a conviction
    "هاجم فريق كرة القدم المنافس بقوة في الشوط الثاني",          # sport named in two words
    "هذه الضربة الاستباقية التي نجحت في توجيهها وزارة الداخلية",   # a police blow, no air strike
    "وجهة نظره اتفق معها رئيس لجنة الشؤون الخارجية",
    "لذلك تتفق الرؤى السعودية والروسية تجاه مصر",
    "وصلت القوات فجر الجمعة إلى المدينة",                       # dawn
    "ومنعه من السفر مدة مماثلة لسجنه بعد خروجه من السجن",         # out of prison
    "وهذه هي المرة الثانية التي يصدر فيها عفو عام عن جرائم الفرار",   # desertion
    "عندما هبت هبوبها ذات فجر على أعداء الوطن",
    "حققت مدينة الدمام 3363 صفقة عقارية",                     # business
    "وتعمل الأجهزة على مكافحة العمليات الإرهابية",   # terror in general (only the singular is an act)
    "وطالبت الهيئة بإنزال أقصى العقوبات بحق مرتكبي الجرائم",
    "وتعمل الحكومة على تحرير السوق من القيود",   # a market freed is a figure (shelled, it is not)
    "وقد عرف بحماسه لفنون القتال",
    "وقال الوزير إن الحكومة تستهدف مضاعفة الصادرات خلال خمس سنوات",   # an aim, no target
    "ثم قلت دعنا نتفق على أن هذا كلام عام",   # "let us", no call
    "ورفضت الحكومة الأردنية التعليق على ادعاءات الجيش",   # declined to comment, no rejection
    "وقال إن الحكومة ترفض التعليق على الأمر",
])
def test_figures_of_speech_are_not_events(sentence: str) -> None:
    assert make(sentence).events == []


def test_postponed_talks_are_no_evacuation_but_talks_put_off() -> None:
    # أجلت: postponed, not evacuated; the talks it puts off are told, not done
    found = [(e.category, e.modality) for e in make("وقد أجلت الحركة عملية المفاوضات مع الحكومة").events]
    assert found == [("negotiation", "negated")]


def test_the_killing_in_an_attack_named_further_on_is_that_attack() -> None:
    # the place after "هجوم استهدفهما" is the attack's; the killing before it is the same event
    found = _extracted("أنقرة - قصفت الطائرات مواقع في سروج. وقتل ضابطا شرطة في هجوم استهدفهما بمدينة شانلي أورفا أمس.")
    assert [e.category for e in found if e.category in ("attack_on_civilians", "armed_clash")] == ["armed_clash"]


def test_a_toll_joins_the_deed_the_next_clause_opens_with() -> None:
    found = _extracted("قتل ثلاثة عناصر من الجيش والشرطة وجرح تسعة، في تفجير سيارة مفخخة استهدف حاجزا")
    assert [(e.category, e.fatalities) for e in found] == [("bombing", 3)]
    # not a deed told next to it
    found = _extracted("فيما قتل ثمانية أشخاص في أماكن متفرقة، وقصفت الميليشيات حي الممدارة")
    assert sorted(e.category for e in found) == ["attack_on_civilians", "shelling"]


def test_who_targets_says_what_the_targeting_is() -> None:
    assert only(make("استهدف مسلحون مجهولون حافلة ركاب على الطريق"), "armed_clash").trigger.text == "استهدف"
    assert only(make("استهدفت الطائرات مواقع المسلحين"), "air_strike").trigger.text == "استهدفت"


def test_the_attack_s_own_word_is_the_trigger_not_the_targeting_before_it() -> None:
    event = only(make("واستهدف انفجار أمس خط أنابيب الغاز في مقاطعة كارس"), "bombing")
    assert (event.trigger.text, event.evidence.text) == ("انفجار", "واستهدف انفجار أمس خط أنابيب الغاز في مقاطعة كارس")


def test_control_held_is_no_taking_but_control_taken_is() -> None:
    # سيطر takes no object: سيطرة is the noun, an event only with its على (the actor may stand between)
    freed = _extracted("أعلنت الوزارة انطلاق العمليات العسكرية لتحرير الأنبار من سيطرة تنظيم داعش")
    assert [e.trigger.text for e in freed if e.category == "territory_change"] == ["لتحرير"]
    taken = _extracted("ويذكر أنه منذ سيطرة «داعش» على درنة في الشرق الليبي")
    assert [e.trigger.text for e in taken if e.category == "territory_change"] == ["سيطرة «داعش» على"]


def test_a_meeting_where_something_was_proposed_took_place() -> None:
    found = _extracted("واقترح الوزير على هامش الاجتماع الوزاري عقد مؤتمر للسلام")
    assert sorted((e.trigger.text, e.modality) for e in found) == [("الاجتماع", "asserted"),
                                                                  ("مؤتمر للسلام", "hypothetical")]


def test_a_nationality_in_the_plural_names_people_not_their_state() -> None:
    protest = [e for e in _extracted("احتج مئات السوريين أمام السفارة الروسية في أنقرة") if e.category == "protest"]
    assert [a.name for a in protest[0].actors if a.canonical_id == "sy-regime"] == []
    # officials and soldiers act for their state
    raid = [e for e in _extracted("اقتحم جنود إسرائيليون منزلا في بلدة بيت أمر") if e.category == "armed_clash"]
    assert [a.canonical_id for a in raid[0].actors] == ["il-armed-forces"]


def test_targeting_people_is_an_attack_on_them() -> None:
    doc = make("وقع حادث استهداف المصلين بمسجد في القديح", entities=[("القديح", "LOC")])
    assert only(doc, "attack_on_civilians").trigger.text == "استهداف"


def test_a_strike_on_a_place_is_still_an_event() -> None:
    doc = make("وتواصل القوات استهداف الأحياء الشرقية في حلب", entities=[("حلب", "LOC")])
    assert [e.trigger.text for e in doc.events] == ["استهداف"]
    assert [e.trigger.text for e in make("ضربت الطائرات الأحياء الشرقية").events] == ["ضربت"]


@pytest.mark.parametrize("sentence, category, modality", [
    # other conflicts, other categories
    ("أطلق عناصر الأمن الرصاص الحي على المتظاهرين فقتلوا ثلاثة منهم", "attack_on_civilians", "asserted"),
    ("نشرت الولايات المتحدة ألفي جندي إضافي في الشرق الأوسط", "deployment", "asserted"),
    ("دعت المعارضة إلى التظاهر يوم الجمعة", "protest", "hypothetical"),
    ("سقطت مدينة الرمادي في يد تنظيم الدولة", "territory_change", "asserted"),
    ("أضرم محتجون النار في إطارات السيارات وأغلقوا الطرق", "riot", "asserted"),
    # a modal after a noun subject, a cancellation before the trigger
    ("حذر المبعوث من أن المعارك قد تتجدد في أي لحظة", "armed_clash", "hypothetical"),
    ("المعارك قد اندلعت صباح اليوم في ضواحي المدينة", "armed_clash", "asserted"),
    ("ألغيت المحادثات التي كانت مقررة في جنيف", "negotiation", "negated"),
    ("لكنها ألغيت الثلاثاء واتهم لافروف الجانب الأميركي بالمسؤولية", "statement", "asserted"),
    # intentions, fears and purposes
    ("أعلن الوزير عزمه زيارة طهران الشهر المقبل", "negotiation", "future"),
    ("تتخوف السلطات من تمدد الاعتداءات نحو الجنوب", "attack_on_civilians", "hypothetical"),
    ("يجب أن نضغط على الكونغرس لكي يرفض الخطة", "statement", "hypothetical"),
    ("وأشارت إلى أنها تمتنع عن اقتحام القاعدة حاليا", "armed_clash", "negated"),
    ("وسط أنباء عن اقتحام الفلوجة قريبا", "armed_clash", "future"),
    # denials and failures cover the deed they name, not every event word after them
    ("نفت وزارة الدفاع الروسية أن تكون طائراتها قصفت القافلة الإنسانية", "air_strike", "negated"),
    ("ونفى الجيش أن يكون قد شن غارات على المدينة", "air_strike", "negated"),
    ("ونفى القائد أن يكون هو من أعطى أوامر الانسحاب من المدينة", "territory_change", "asserted"),
    ("نفى الكرملين أي علاقة له بالغارة على القافلة", "air_strike", "asserted"),
    ("فشلت قوات النظام في السيطرة على الحي", "territory_change", "negated"),
    ("فشل الجيش الحر في التصدي للحملة العسكرية التي أطلقها النظام", "armed_clash", "asserted"),
    ("لم تبدأ عملية الإجلاء التي كان مقررا أن تنطلق صباح اليوم", "evacuation", "negated"),
    ("تعثرت عملية الإجلاء بعد أن منعت الميليشيات خروج الحافلات", "evacuation", "negated"),
    ("من المنتظر أن تدخل الهدنة حيز التنفيذ عند منتصف الليل", "ceasefire", "future"),
    ("اقترحت روسيا هدنة إنسانية لمدة ثماني ساعات", "ceasefire", "hypothetical"),
    # an exception asserts; a noun joined by و shares the modality of the one before
    ("ولم تقصف الطائرات التركية مواقع التنظيم سوى مرة واحدة", "air_strike", "asserted"),
    ("لا يزيده القصف إلا ثباتا في الصمود", "shelling", "asserted"),
    ("تبدأ المرحلة الثانية باستهداف مدينة الرقة وتحريرها من التنظيم", "territory_change", "future"),
    # more categories: force against a sit-in, property seized, a road cut
    ("فضت قوات الأمن اعتصاما للمحتجين بالقوة وأطلقت الغاز المسيل للدموع", "attack_on_civilians", "asserted"),
    ("استولى المسلحون على مستودعات برنامج الغذاء العالمي في المدينة", "looting", "asserted"),
    ("قطعت قوات النظام طريق الكاستيلو آخر منفذ للأحياء الشرقية", "siege", "asserted"),
    ("أوقفت الشرطة الفرنسية ثلاثة أشخاص للاشتباه بصلتهم بالهجوم", "arrest", "asserted"),
    ("غادر وزير الخارجية مساء الجمعة واشنطن متوجها إلى الشرق الأوسط في جولة", "negotiation", "asserted"),
    ("أوقفت روسيا الغارات على حلب", "air_strike", "negated"),
    ("حذرت الأمم المتحدة من غارات جديدة على المدينة", "air_strike", "hypothetical"),
    ("حذر السكان من خطورة الألغام التي زرعتها الميليشيات قبل انسحابها", "bombing", "asserted"),
    # a request, and what was not asked for
    ("وجاء ذلك ردا على طلب هيئة الأركان العامة لاستئناف الضربات الجوية على الأحياء", "air_strike", "hypothetical"),
    ("حتى إن الصواريخ الروسية لم تخطئ هدفها عندما قتلت الرضيع في حي الفردوس", "shelling", "asserted"),
    # a postponement, "not … any", a future verb before a noun, a walk-out
    ("تأجلت عملية إجلاء المدنيين من شرق حلب إلى أجل غير مسمى", "evacuation", "negated"),
    ("ولم تنفذ الطائرات الروسية أي غارة على المدينة منذ أسبوع", "air_strike", "negated"),
    ("سيدخل وقف إطلاق النار حيز التنفيذ منتصف الليل", "ceasefire", "future"),
    ("انسحب وفد المعارضة من المفاوضات احتجاجا على القصف", "negotiation", "asserted"),
    # the consequent of a condition
    ("وفي حال استمرار مشاركتها، فسيتم صرف الانتباه عن الموضوع الأساسي للمفاوضات والاكتفاء بالتركيز على وقف "
     "الغارات الجوية للنظام", "ceasefire", "hypothetical"),
    ("قصفت الطائرات المدينة، فقتل ثلاثة مدنيين", "air_strike", "asserted"),
    # an attack with a bomb is a bombing
    ("قتل 49 شخصا الخميس الماضي في هجوم بقنبلة في سوق المدينة", "bombing", "asserted"),
    ("تبنى الحزب أمس هجوما بسيارة مفخخة على مركز للشرطة", "bombing", "asserted"),
    ("خرجت أول دفعة من المسلحين وعائلاتهم من حي الوعر باتجاه ريف حلب", "evacuation", "asserted"),
    # what is expected, what was put off; the pluperfect with قد, and a market shelled for real
    ("توقعت مصادر عسكرية أن يشن الجيش هجوما واسعا على المدينة", "armed_clash", "future"),
    ("أرجأت الأطراف الليبية توقيع الاتفاق إلى موعد لاحق", "agreement", "negated"),
    ("وكانت الطائرات قد قصفت السوق الشعبي في المدينة", "air_strike", "asserted"),
    ("نفى الجيش اليمني أن تكون طائراته قد قصفت السوق الشعبي", "air_strike", "negated"),
    # a battle announced that never started, an evacuation that will not begin, forces ready to storm
    ("أعلنت الفصائل عن معركة لفك الحصار عن الأحياء الشرقية، إلا أن المعركة لم تنطلق حتى الآن", "armed_clash",
     "negated"),
    ("كان من المقرر أن تخرج أولى الحافلات من الحي صباح الخميس، غير أن ذلك لم يحصل", "evacuation", "negated"),
    ("وأوضح أن عملية الإجلاء لن تبدأ قبل التوصل إلى اتفاق نهائي", "evacuation", "negated"),
    ("وأضاف أن القوات مستعدة لاقتحام الأحياء المتبقية", "armed_clash", "future"),
    # an attack in words is criticism; one told of with a speaker's words further off is not
    ("وتحدث الوزير فهاجم السلطة الفلسطينية قائلا إنها فاشلة", "statement", "asserted"),
    ("وألقوا خطابات هاجموا فيها الحكومة التركية", "statement", "asserted"),
    ("وأعلنت الجبهة تنفيذ أحد أعضائها الهجوم على القنصلية الأميركية في إسطنبول قائلة في بيان إنها عدو",
     "armed_clash", "asserted"),
    ("ولفت إلى أهمية أن يصدر خطباء الجمعة فتوى تدين جرائم التنظيم", "statement", "hypothetical"),
    # gunfire at civilians; an act of terror by name, and one made with a bomb
    ("قضى 38 سائحا حين أطلق طالب النار من بندقية على السياح على الشاطئ", "attack_on_civilians", "asserted"),
    ("ونفذ التنظيم عملية إرهابية في مسجد بالكويت أمس", "attack_on_civilians", "asserted"),
    ("وأعربت الحكومة عن شجبها للعمل الإرهابي الذي استهدف مسجد قوات الطوارئ", "attack_on_civilians", "asserted"),
    ("وقع عمل إرهابي بسيارة مفخخة في بغداد", "bombing", "asserted"),
    # a rocket that fell, a strike from work, a ramming, a surrender (and one asked for)
    ("سقط صاروخ على منطقة مفتوحة في عسقلان", "shelling", "asserted"),
    ("أضرب المعلمون عن العمل احتجاجا على تأخر الرواتب", "protest", "asserted"),
    ("أصيب جنديان بعملية دهس قرب الخليل", "attack_on_civilians", "asserted"),
    ("استسلم عشرات المسلحين للقوات الحكومية في جنوب البلاد", "group_change", "asserted"),
    ("وأبلغهم الأسير طلبنا بأن يستسلموا للقوات", "group_change", "hypothetical"),
    # a report denied, responsibility denied, what is likely or sought, a failure
    ("لا صحة للأنباء عن انسحاب القوات من المدينة", "territory_change", "negated"),
    ("وصفت الحكومة الأنباء عن قصف المستشفى بأنها عارية عن الصحة", "shelling", "negated"),
    ("تنفي الجماعة مسؤوليتها عن تفجير السوق", "bombing", "asserted"),
    ("ومن المرجح أن تجري المشاورات في نيويورك", "negotiation", "hypothetical"),
    ("يسعى الجيش إلى استعادة السيطرة على الطريق الدولي", "territory_change", "hypothetical"),
    ("لكن تركيا وسعت حملتها العسكرية عبر الحدود", "armed_clash", "asserted"),
    ("أخفقت القوات في اقتحام الحي رغم القصف العنيف", "armed_clash", "negated"),
    # an attack by aircraft is an air strike
    ("شنت طائرات حربية تركية هجوما عنيفا على مواقع الحزب شمال العراق", "air_strike", "asserted"),
    # a condition, a pursuit; two suicide attackers
    ("وأشار إلى أنه اشترط حصول توافق محلي وإقليمي", "agreement", "hypothetical"),
    ("وقال كيري إن التراجع عن مواصلة السعي إلى اتفاق كان سيبدو تصرفا غير مسؤول", "agreement", "hypothetical"),
    ("قتل 12 شخصا على الأقل أمس عندما هاجم انتحاريان حمام سباحة مزدحما", "bombing", "asserted"),
    # no objection; the call by name to a ceasefire; an invitation to visit
    ("ليس لدينا مانع في أن تكون هناك هدنة إنسانية", "ceasefire", "hypothetical"),
    ("وجدد المجلس الدعوة إلى وقف فوري لإطلاق النار في المدينة", "ceasefire", "hypothetical"),
    ("ووجه لافروف دعوة لقيادة الحركة لزيارة موسكو", "negotiation", "hypothetical"),
    ("وزار الوزير موقع التفجير الإجرامي الذي ضرب سوق الناحية", "bombing", "asserted"),   # which hit: the bombing
    ("ولنفترض بأن هنالك تفاهما على مد النفوذ في المنطقة", "agreement", "hypothetical"),   # supposing
    ("وأطلقا النار على الإعلامي فأصيب بجروح", "attack_on_civilians", "asserted"),   # a person past the preposition: a media man, a civilian
    ("هل تخلينا عن مهمة الوسيط النزيه طوعا؟»", "territory_change", "hypothetical"),   # a question, quoted
    ("حيث عمدت الخطة الأولى لاستهداف مقر قوات الطوارئ", "shelling", "hypothetical"),   # a plan
    ("وقتل جنديان آخران عندما أرسلت الحكومة تعزيزات", "armed_clash", "asserted"),   # two soldiers: a battle's toll
    ("فجر مسلحون خط أنابيب للنفط في محافظة مأرب", "bombing", "asserted"),   # blew up (not dawn: below)
    ("وواجه رئيس الوزراء انتقادات بعدما تعهد بترحيل المزيد من المهاجرين", "evacuation", "future"),   # a pledge: to come
    # the official phrase for a place retaken; buses leaving; their leaving prevented
    ("وأعادت وحدات الجيش الأمن والاستقرار إلى أحياء الكلاسة وبستان القصر", "territory_change", "asserted"),
    ("وأفاد المراسل بخروج 20 حافلة تقل المسلحين وعائلاتهم من الأحياء الشرقية", "evacuation", "asserted"),
    ("وتعثر تنفيذ الاتفاق بعد أن منعت الميليشيات الإيرانية خروج الحافلات", "evacuation", "negated"),
    ("وأعلن عن اتفاق يقضي بإجلاء المدنيين والمسلحين من الأحياء الشرقية", "evacuation", "hypothetical"),   # provided for
    # a siege undergone is no goal; combat suspended to allow an evacuation
    ("ويخضع نحو 250 ألف شخص لحصار محكم في الأحياء الشرقية", "siege", "asserted"),
    ("وأعلنت وزارة الدفاع تعليق العمليات القتالية في المدينة للسماح بإجلاء المدنيين", "ceasefire", "asserted"),
    ("وأعلنت وزارة الدفاع تعليق العمليات القتالية في المدينة للسماح بإجلاء المدنيين", "evacuation", "hypothetical"),
    ("وكان مقررا أن تبدأ عملية الإجلاء فجر الأربعاء لكنها علقت بسبب خلافات", "evacuation", "negated"),
    ("ووصلت أولى قوافل المهجرين إلى ريف حلب الغربي مساء الخميس", "evacuation", "asserted"),
    ("وقالت الخارجية الروسية إن المسلحين خرقوا الهدنة أكثر من 20 مرة", "ceasefire", "asserted"),   # broken
    # arms held or supplied, attacks foiled
    ("وتنفي إيران سعيها إلى امتلاك قنبلة", "bombing", "hypothetical"),
    ("وتجند الشبان وتزودهم بقنابل ورشاشات", "bombing", "hypothetical"),
    ("واستطاع رجال الأمن إحباط تنفيذ 7 عمليات انتحارية كانت تستهدف عددا من المساجد", "bombing", "negated"),
    # a purpose right before a territorial word
    ("محور الهجوم الذي يشنه الجيش لانتزاع السيطرة على المنطقة من قوات المعارضة", "territory_change",
     "hypothetical"),
    ("وتم ذلك بغرض إحكام السيطرة على المنطقة", "territory_change", "hypothetical"),
    ("وقتل الضابط الذي أرسل إلى المكان للتحقيق في الهجوم", "armed_clash", "asserted"),
    # "that not" before an imperfect, the impossible, talks that were to be held
    ("وحرص الوزير على ألا ينتقد الحكومة صراحة", "statement", "negated"),
    ("وأكد الضباط استحالة اقتحام المعسكر من الجهة الشمالية", "armed_clash", "negated"),
    ("وتعهدوا بالضغط خلال الجولة الثانية من المحادثات التي كان من المفترض عقدها اليوم", "negotiation", "future"),
    ("وأجرى الوفد المحادثات التي كانت مقررة في الدوحة", "negotiation", "asserted"),
    # despite, because of: what they name happened; a bomb defused did not go off
    ("لم تتمكن القوات الحكومية من دخول مدينة تعز رغم القصف المكثف", "shelling", "asserted"),
    ("كان من المقرر أن تصل القافلة الأحد لكنها لم تصل بسبب القصف", "shelling", "asserted"),
    ("فكك خبراء المتفجرات عبوة ناسفة زرعت قرب مدرسة في الموصل", "bombing", "negated"),
    ("وأبطل الخبراء مفعول عبوة ناسفة يدوية الصنع", "bombing", "negated"),
    # protesters storming or clashing riot; a church attacked, a boy shot are attacks on civilians
    ("اقتحم متظاهرون مبنى البرلمان في المنطقة الخضراء", "riot", "asserted"),
    ("اشتبكت القوات مع مسلحي أنصار الشريعة في بنغازي", "armed_clash", "asserted"),
    ("أعلن التنظيم مسؤوليته عن الهجوم الذي استهدف كنيسة في جزيرة جولو", "attack_on_civilians", "asserted"),
    ("أطلق قناص النار على فتى عند الحاجز فأرداه قتيلا", "attack_on_civilians", "asserted"),
    # a switch reaches on from a phrase's last word
    ("أطلق مسلحون النار على حافلة تقل زوارا في إقليم بلوشستان", "attack_on_civilians", "asserted"),
    ("أطلق مسلحون النار على سيارة تقل عمال إغاثة في دارفور", "attack_on_civilians", "asserted"),
    # missiles deployed, a leader appointed, two groups merging, a truce not broken
    ("نشرت روسيا منظومات صواريخ متطورة في بيلاروس", "deployment", "asserted"),
    ("عينت حركة الشباب قائدا جديدا لها خلفا لزعيمها", "group_change", "asserted"),
    ("أعلنت حركتان مسلحتان في مالي اندماجهما في تحالف جديد", "group_change", "asserted"),
    ("لم تسجل أي خروقات للهدنة خلال الساعات الماضية", "ceasefire", "negated"),
    # no accord reached, a signing put off, a call to a truce rejected; strikes that caused nothing
    ("لم يتم التوصل إلى اتفاق بشأن تبادل الأسرى في جولة المفاوضات الأخيرة", "agreement", "negated"),
    ("أجلت الحكومة والمعارضة توقيع اتفاق السلام إلى موعد لاحق", "agreement", "negated"),
    ("أجلت القوات الروسية المدنيين من الأحياء المحاصرة عبر ممرات آمنة", "evacuation", "asserted"),
    ("رفض الجيش الدعوات إلى هدنة إنسانية في شهر رمضان", "ceasefire", "hypothetical"),
    ("لم تسفر الغارات عن وقوع إصابات بحسب مصادر طبية", "air_strike", "asserted"),
    ("لكنه اعتبر أن ما تحقق لم يؤد إلى السيطرة الكاملة على عدن", "territory_change", "negated"),
    ("فشلت الوساطة القطرية في التوصل إلى اتفاق بين الطرفين", "agreement", "negated"),   # the accord failed
    ("نجحت الوساطة القطرية في التوصل إلى اتفاق بين الطرفين", "agreement", "asserted"),
    # homes left, aid trucks seized, brigades sent
    ("اضطرت آلاف الأسر إلى مغادرة منازلها في شمال غزة", "evacuation", "asserted"),
    ("استولى مسلحون على شاحنات محملة بالمساعدات الغذائية في دارفور", "looting", "asserted"),
    ("دفعت إسرائيل بلواءين إضافيين إلى الحدود الشمالية", "deployment", "asserted"),
    # the army's communiqués and the opposition's reports of Aleppo
    ("أعادت وحدات من الجيش العربي السوري الأمن والاستقرار إلى حي الشيخ سعيد", "territory_change", "asserted"),
    ("استشهد 5 مدنيين جراء اعتداء المجموعات الإرهابية بالقذائف الصاروخية على حي الحمدانية", "shelling",
     "asserted"),
    ("دمرت وحدات من الجيش مقرات وتحصينات للتنظيمات الإرهابية في حي الكلاسة", "armed_clash", "asserted"),
    ("دخلت أولى الحافلات التي تقل المدنيين والمقاتلين إلى حي الراشدين", "evacuation", "asserted"),
    ("خرج مئات المدنيين من الأحياء الشرقية عبر معبر بستان القصر", "evacuation", "asserted"),
    ("خرج رتل من مدينة اجدابيا دعما للكتيبة", "deployment", "asserted"),
    ("أكد الوزير أن المشاورات مع الجانب الأميركي ستستأنف في جنيف", "negotiation", "future"),
    ("تحدثت مصادر عن اتفاق وشيك بين الطرفين", "agreement", "future"),
    ("أرسلت الأمم المتحدة حافلات لإجلاء الجرحى من المدينة", "evacuation", "hypothetical"),   # a goal
    # قد before a perfect that opens like an imperfect; a meeting as the setting of talk; not only
    ("وكانت المقاومة قد تمكنت يوم أمس من السيطرة على عدد من الأحياء", "territory_change", "asserted"),
    ("وقد تعرضت ثلاثة مواقع للتنظيم لضربات جوية تركية", "air_strike", "asserted"),
    ("ولم تقتصر سرقات التنظيم على آبار النفط في الرقة", "looting", "asserted"),
    ("وأفادت الوكالة بأن تعزيزات عسكرية قادمة من قيادة الفوج الخامس وصلت إلى الحدود", "deployment", "asserted"),
    # a cancellation after a trigger is a negation before one too; what could not be done, and not
    # what lies further on; no comment or claim on what was done; a report not confirmed
    ("لم يحدث أي قصف على المدينة منذ الصباح", "shelling", "negated"),
    ("لم يتم الإعلان عن أي هدنة في المدينة", "ceasefire", "negated"),
    ("لم يتمكن الجيش من السيطرة على البلدة", "territory_change", "negated"),
    ("لم يستطع الجيش اقتحام الحي رغم الحشود", "armed_clash", "negated"),
    ("لم يتمكن المسعفون من الوصول إلى موقع الانفجار", "bombing", "asserted"),
    ("لم يستطع النظام أن يستفيد من ضربات التحالف بالسيطرة على أي منطقة", "territory_change", "negated"),
    ("ولم تتبن أي جهة الهجوم حتى الآن", "armed_clash", "asserted"),
    ("لم يعلق الجيش على الغارة التي استهدفت السوق", "air_strike", "asserted"),
    ("لم يتسن التحقق من صحة الأنباء عن سقوط المدينة", "territory_change", "hypothetical"),
    # a sit-in dispersed, a paper raided and its computers seized, fighter jets and a warship sent
    ("فرقت الشرطة بالقوة اعتصاما لأنصار المعارضة أمام مقر البرلمان", "protest", "asserted"),
    ("داهمت قوات الأمن مقر صحيفة معارضة وصادرت أجهزة الحاسوب", "looting", "asserted"),
    ("نشرت الولايات المتحدة ست مقاتلات في قاعدة انجرليك", "deployment", "asserted"),
    ("أرسلت الإمارات سفينة حربية إلى خليج عدن", "deployment", "asserted"),
    ("وصلت قوة عسكرية مصرية إلى الحدود الغربية", "deployment", "asserted"),
    # targeting men on patrol is an attack, targeting relatives one on civilians; a purpose before a taking
    ("كما ظهر ارتباطهم بحادثة استهداف دورية الأمن شرقي مدينة الرياض", "armed_clash", "asserted"),
    ("وأشار إلى أن هؤلاء استهدفوا أقارب لهم خلال الأيام الماضية", "attack_on_civilians", "asserted"),
    ("تزامنا مع إطلاق المقاومة عملية عسكرية واسعة لاستكمال تحرير المدن", "territory_change", "hypothetical"),
    # a particle behind a preposition is part of another word; words of time do not stretch a reach;
    # the topic of an accord not reached is not asserted; a toll not yet known presupposes the shelling
    ("انهيار في محافظة ديالى (60 كلم شمال شرقي بغداد) بعد مجزرة خان بني سعد", "attack_on_civilians", "asserted"),
    ("ولم يتم حتى الآن التوصل إلى اتفاق بشأن خروج المسلحين", "agreement", "negated"),
    ("ولم يتم حتى الآن التوصل إلى اتفاق بشأن خروج المسلحين", "evacuation", "negated"),
    ("توصل الطرفان إلى اتفاق بشأن خروج المسلحين", "agreement", "asserted"),
    ("لم يعرف حتى الآن عدد ضحايا القصف على المدينة", "shelling", "asserted"),
    # a modal after a noun subject with words of its own; not after a verb (the demand is made)
    ("وأشارت المصادر إلى أن الهجوم البري على الأحياء الشرقية قد يبدأ في أي لحظة", "armed_clash", "hypothetical"),
    ("كما أن الأهالي يطالبون بحمايتهم من أي اعتداء قد يودي بحياتهم", "statement", "asserted"),
    # a future word or a modal after a complementiser is the reported content's, not the trigger's
    ("وحذر السفير الفرنسي بأن الأسابيع المقبلة ستكون حاسمة", "statement", "asserted"),
    ("ونفى الوزير الإيراني عباس عراقجي أن الاتفاق قد يؤثر على المنطقة", "statement", "asserted"),
    # killed from the air
    ("وأفاد المرصد بأن طائرات التحالف قتلت 40 من عناصر التنظيم خلال شهر", "air_strike", "asserted"),
    # what talks did not lead to, their subject between: the talks were held, the accord not reached
    ("لم تسفر المفاوضات بين الطرفين عن أي اتفاق حتى الآن", "negotiation", "asserted"),
    ("لم تسفر المفاوضات بين الطرفين عن أي اتفاق حتى الآن", "agreement", "negated"),
    ("لم تسفر المحادثات عن التوصل إلى اتفاق", "agreement", "negated"),
    # a denial reaches past the copula and قد: أن تكون القوات قد سيطرت
    ("نفى الجيش الأوكراني أن تكون القوات الروسية قد سيطرت على البلدة", "territory_change", "negated"),
    ("نفى السفير أن يكون منهل عبدالقادر المتهم بقتل زوجته في بيروت يحمل الجنسية", "attack_on_civilians", "asserted"),
    # gangs attacking homes and killing residents; an attack on an aid convoy
    ("هاجمت عصابات مسلحة حيا سكنيا في العاصمة وقتلت عشرات السكان", "attack_on_civilians", "asserted"),
    ("تعرضت قافلة مساعدات إنسانية لهجوم قرب البلدة", "attack_on_civilians", "asserted"),
    # targeting men under arms is an attack on them, and joins the bombing that did it
    ("وكانت القوات شنت عملية صباح الخميس استهدفت عناصر ارهابية في المدينة", "armed_clash", "asserted"),
    # a pledge that threatens; warships firing missiles; students marching
    ("تعهد قائد الجيش بالقضاء على الجماعات المسلحة في شمال البلاد", "statement", "asserted"),
    ("قصفت البوارج الحربية الروسية مواقع في ريف اللاذقية بصواريخ كاليبر", "shelling", "asserted"),
    ("خرج مئات الطلاب في مسيرة بجامعة الخرطوم للمطالبة برحيل الحكومة", "protest", "asserted"),
    # explosions heard after strikes are their sound, not a bombing of their own
    ("شن طيران التحالف غارات على مواقع للحوثيين في صنعاء، وسمع دوي انفجارات تهز العاصمة", "air_strike", "asserted"),
    ("سمع دوي انفجار قوي في حي الميدان بدمشق", "bombing", "asserted"),
    # denials of reports, of something undergone, and past the support verb and أي
    ("نفت النيابة العامة الأنباء التي تحدثت عن إلقاء القبض على أحد قادة الكارتل", "arrest", "negated"),
    ("نفت الجماعة صحة أنباء عن مبايعتها تنظيم الدولة في الصحراء الكبرى", "group_change", "negated"),
    ("نفى برنامج الأغذية العالمي تعرض مستودعاته للنهب في مدينة الأبيض", "looting", "negated"),
    ("نفت القيادة المركزية أن تكون طائراتها قد نفذت أي ضربات في محافظة مأرب", "air_strike", "negated"),
    # fears, foiled attempts, unconfirmed reports, cancellations in the active voice
    ("يخشى سكان القرى الحدودية في إقليم كشمير أن يتجدد القصف المدفعي عبر خط المراقبة", "shelling", "hypothetical"),
    ("أعلنت خلية الإعلام الأمني إحباط محاولة لتفجير سيارة ملغمة في منطقة الكرادة", "bombing", "negated"),
    ("أفادت تقارير غير مؤكدة بأن مسلحين أعدموا عددا من الرعاة في منطقة موبتي", "attack_on_civilians", "hypothetical"),
    ("ألغت أحزاب المعارضة في باماكو مظاهرة كانت مقررة يوم الجمعة", "protest", "negated"),
    # a truce extended or collapsed was in force; a missile attack is shelling
    ("أعلن المبعوث الأممي موافقة الحكومة وجماعة الحوثي على تمديد الهدنة شهرين إضافيين", "ceasefire", "asserted"),
    ("انهارت التهدئة المعلنة في ولاية جونقلي بعد أقل من 48 ساعة", "ceasefire", "asserted"),
    ("تعرضت مدينة خاركيف ليل الأحد لهجوم صاروخي روسي طال منشآت للطاقة", "shelling", "asserted"),
    # fighters sent; marches, not drones; trucks seized
    ("أرسلت حركة طالبان مئات المقاتلين إلى ولاية بنجشير شمالي كابل", "deployment", "asserted"),
    ("من المقرر أن تنطلق يوم الأحد مسيرات في مدن إقليم كردستان احتجاجا على تأخر الرواتب", "protest", "future"),
    ("استولت عصابات مسلحة على شاحنات محملة بالوقود على الطريق الرابط بين المدينتين", "looting", "asserted"),
    # "but that did not happen" negates what was planned, not the accord the plan followed
    ("كان من المفترض أن تنسحب القوات الإريترية من إقليم تيغراي بعد توقيع اتفاق بريتوريا، لكن ذلك لم يحدث",
     "territory_change", "negated"),
    ("كان من المفترض أن تنسحب القوات الإريترية من إقليم تيغراي بعد توقيع اتفاق بريتوريا، لكن ذلك لم يحدث",
     "agreement", "asserted"),
    ("أعلن الجيش السيطرة على البلدة لكن ذلك لم يحدث", "territory_change", "negated"),
    # a statesman attacks in words; shells that fell are shelling, whatever their number
    ("وقد هاجم الرئيس التركي رجب طيب إردوغان حزب الشعوب الديمقراطي لالتزامه الصمت", "statement", "asserted"),
    ("هاجم مسلحون موكب الرئيس في المدينة", "armed_clash", "asserted"),
    ("وأفاد المرصد عن مقتل سبعة أشخاص بسبب سقوط أكثر من 300 قذيفة على بلدتي الفوعة وكفريا", "shelling", "asserted"),
    # a plan found as the longer phrase كان من المقرر; the likely after أن only; fears to the clause's end
    ("كان من المقرر أن يعلن عن هدنة إنسانية لمدة 48 ساعة في مدينة الحديدة صباح اليوم", "ceasefire", "future"),
    ("شنت طائرات حربية يرجح أنها روسية أكثر من عشرين غارة على مدينة معرة النعمان", "air_strike", "asserted"),
    ("من المرجح أن تجري المحادثات بين الطرفين في جنيف", "negotiation", "hypothetical"),
    ("يخشى سكان مدينة الفاشر أن تفرض قوات الدعم السريع طوقا كاملا على المدينة", "siege", "hypothetical"),
    # reports not confirmed, told before what they say; "not … any" with a preposition
    ("تحدثت أنباء لم يتسن التحقق منها من مصدر مستقل عن تعرض نازحين فارين من الفلوجة للضرب والتعذيب",
     "attack_on_civilians", "hypothetical"),
    ("لم تتعرض مدينة دونيتسك لأي قصف مدفعي منذ ثلاثة أيام", "shelling", "negated"),
    # what was passed on, denied; a decision gone back on
    ("نفى مصدر عسكري صحة ما تناقلته مواقع معارضة عن سقوط قرية كنسبا في ريف اللاذقية", "territory_change", "negated"),
    ("تراجعت وزارة الدفاع البريطانية عن قرار إرسال كتيبة مدرعة إلى إستونيا", "deployment", "negated"),
    # statements, protests, looting and changes in a group in other words
    ("وكانت قوات الدفاع الشعبي دانت في بيان على موقعها الالكتروني القصف التركي", "statement", "asserted"),
    ("وحملت الحكومة تنظيم داعش المسؤولية عن معاناة المدنيين في الفلوجة", "statement", "asserted"),
    ("خرج المئات في مدينة كفرنبل بعد صلاة الجمعة رافعين علم الثورة ولافتات تندد بالقصف", "protest", "asserted"),
    ("نظم ذوو المعتقلين وقفة أمام مبنى المحافظة في مدينة السويداء", "protest", "asserted"),
    ("استولى تنظيم الدولة على عشرات المنازل العائدة لعائلات مسيحية في مدينة الموصل", "looting", "asserted"),
    ("أعلن أبو محمد الجولاني في تسجيل مصور فك ارتباط جبهة النصرة بتنظيم القاعدة", "group_change", "asserted"),
    ("انضوت خمسة فصائل عسكرية عاملة في الغوطة الشرقية ضمن تشكيل موحد", "group_change", "asserted"),
    # "that not" reaches past the subject of its verb
    ("وأن الهدف من وراء الضربات الجوية ألا يحرز داعش تقدما في الميدان", "territory_change", "negated"),
    # a report unconfirmed in a clause of its own; the future of a verb of doing; failing to sign
    ("تحدثت مصادر محلية، لم يتسن التحقق من روايتها، عن ضربات نفذتها طائرات مجهولة على مواقع في مدينة درنة",
     "air_strike", "hypothetical"),
    ("ستعمد القوات العراقية إلى تطويق قضاء الحويجة من ثلاثة محاور", "siege", "future"),
    ("تخلف رئيس جنوب السودان سلفا كير عن التوقيع على اتفاق السلام مع المتمردين", "agreement", "negated"),
    # a bomb defused before it went off; gunmen abduct; a truck of explosives; shot dead; troops arriving
    ("اقتاد مسلحون مجهولون ناشطا إعلاميا من منزله إلى جهة مجهولة", "attack_on_civilians", "asserted"),
    ("اقتادت قوات الأمن عشرات المسلحين إلى مراكز التحقيق", "arrest", "asserted"),
    ("لقي 20 شخصا حتفهم حين اقتحمت شاحنة محملة بالمتفجرات بوابة فندق في مقديشو", "bombing", "asserted"),
    ("أطلق مسلحان النار على امرأة في السوق فأردياها قتيلة", "attack_on_civilians", "asserted"),
    ("وصل نحو ثلاثة آلاف جندي أمريكي إضافي إلى أفغانستان", "deployment", "asserted"),
    ("دفعت أنقرة بعشرات الدبابات إلى حدودها مع سوريا مساء الخميس", "deployment", "asserted"),
    # a denial counts from قد on: the subject before it may be long
    ("نفى مسؤول في الهلال الأحمر أن تكون مستودعات المنظمة في مدينة عدن قد تعرضت للنهب", "looting", "negated"),
    # what must be done, and what is feared, is not done
    ("وقال ترامب إنه يجب أن تنشر الولايات المتحدة قوات على الأرض", "deployment", "hypothetical"),
    ("تخاف أنقرة أن تستغل أمريكا الوضع وترسل قوات برية إلى المنطقة", "deployment", "hypothetical"),
    # put off sine die; a consequent with فقد; a cue phrase running into the trigger stands for its
    # opening, and a noun the accord governs shares its modality; a deal for hostages is no abduction
    ("أرجئت إلى أجل غير مسمى الجولة الثانية من المحادثات بين الحكومة والمتمردين", "negotiation", "negated"),
    ("إذا وافقت حماس وإسرائيل على المقترح المعدل، فقد تدخل هدنة مدتها ستة أسابيع حيز التنفيذ",
     "ceasefire", "hypothetical"),
    ("لم يوقع اتفاق تبادل الأسرى بين الحكومة اليمنية والحوثيين", "agreement", "negated"),
    ("لم توقع الغارات أي إصابات في صفوف المدنيين", "air_strike", "asserted"),
    ("ولا نوافق على قصف منطقة كردستان", "shelling", "asserted"),
    # a deed told after قبل, once foiled or defused, did not happen; a bomb that failed to work
    ("أعلنت الشرطة أن محاولة الاغتيال باءت بالفشل بعد أن تعطلت العبوة الناسفة التي زرعت أسفل سيارته",
     "bombing", "negated"),
    ("قتلت القوات المهاجم قبل أن يتمكن من تفجير الحزام الناسف", "armed_clash", "asserted"),
    ("فشلت الشرطة في القبض على زعيم عصابة كلان ديل غولفو", "arrest", "negated"),
    # instead of; no sign of; unable to, the subject between; no doubt; an exception between
    ("بدلا من قصف المواقع، اختارت القوات محاصرة البلدة", "shelling", "negated"),
    ("لا توجد أي مؤشرات على انسحاب القوات من البلدة", "territory_change", "negated"),
    ("عجزت القوات الحكومية عن اقتحام الحي رغم القصف المكثف", "armed_clash", "negated"),
    ("عجزت القوات الحكومية عن اقتحام الحي رغم القصف المكثف", "shelling", "asserted"),
    ("وقال إنه ليس هناك شك في أننا نجري مباحثات معمقة مع الطرف الآخر", "negotiation", "asserted"),
    ("لم يكن أمامنا إلا الانسحاب من نقاط رباطنا في الريف الشمالي", "territory_change", "asserted"),
    # a switch word of two words (سلاح الجو)
    ("وقال المبعوث إن سلاح الجو السوري قصف مناطق في الزبداني وحولها", "air_strike", "asserted"),
    # villages handed over, the giver between
    ("سلمت القوات الكردية القرى لقوات النظام بموجب اتفاق مع الجانب الروسي", "territory_change", "asserted"),
])
def test_more_categories_and_modalities(sentence: str, category: str, modality: str) -> None:
    found = [e for e in _extracted(sentence) if e.category == category]
    assert [e.modality for e in found] == [modality]


@pytest.mark.parametrize("text, category, fatalities", [
    ("اندلعت اشتباكات قبلية في ولاية جنوب كردفان أسفرت عن مقتل 15 شخصا", "riot", 15),
    ("لقي 28 شخصاً مصرعهم في حوادث أمنية متفرقة", "attack_on_civilians", 28),
    ("انفجرت سيارة مفخخة في سوق شعبي ببغداد ما أدى إلى مقتل 12 شخصا", "bombing", 12),
    ("قصفت الطائرات البلدة. وتسببت الغارات بمقتل خمسة مدنيين", "air_strike", 5),
    ("سقطت قذائف على الحي، ما أسفر عن مقتل ثلاثة أشخاص", "shelling", 3),
    ("وقع هجوم انتحاري في مدينة سوروتش، مما أودى بحياة 32 شخصا", "bombing", 32),
])
def test_deaths_told_as_an_outcome_belong_to_the_attack(text: str, category: str, fatalities: int) -> None:
    found = _extracted(text)
    assert [(e.category, e.fatalities) for e in found] == [(category, fatalities)]


@pytest.mark.parametrize("text", [
    "وانهارت هدنة كان يلتزمها الطرفان منذ 2013 في نزاع أوقع أكثر من 40 ألف قتيل في 30 عاما.",
    "وتشهد سوريا نزاعا داميا تسبب منذ منتصف شهر آذار بمقتل أكثر من 230 ألف شخص.",
    "وأشار المرصد إلى ارتفاع العدد الإجمالي للقتلى إلى 3216 على الأقل جراء غارات التحالف.",
    "وتستمر الحرب بعد أن قتل أكثر من 300 ألف سوري.",
])
def test_a_toll_over_a_period_is_no_event_fatalities(text: str) -> None:
    found = _extracted(text)
    assert any(e.quantities for e in found)  # the number stays with its event, as evidence
    assert all(e.fatalities is None for e in found)


def test_a_trigger_inside_a_name_does_not_cut_the_clause_short() -> None:
    text = "وتمكن مقاتلو المعارضة من السيطرة على كلية المدفعية بعد معارك استمرت ستة أيام"
    taken = [e for e in _extracted(text) if e.category == "territory_change"]
    assert len(taken) == 1 and taken[0].location.name == "كلية المدفعية"


@pytest.mark.parametrize("text, source", [
    ("قتل خمسة مدنيين في قصف على البلدة، حسب ما ذكر المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان"),
    ("قتل خمسة مدنيين في قصف على البلدة، وفقا لما ذكره البيت الأبيض", "البيت الأبيض"),
    ("قال رئيس الوزراء التركي أحمد داود أوغلو إن الطائرات قصفت مواقع التنظيم",
     "رئيس الوزراء التركي أحمد داود أوغلو"),
    ("وقصفت طائرة أمريكية هدفا للتنظيم في سوريا، وفق ما أوضح مسؤول تركي", "مسؤول تركي"),
    ("وكانت الحكومة التركية قد أعلنت أن الطائرات قصفت مواقع التنظيم", "الحكومة التركية"),
    ("وبثت المواقع الإلكترونية شريط فيديو يظهر قصف الطائرات للمدينة", "المواقع الإلكترونية"),
    # عن introduces the source after a cue of passing words on, or after "issued"; else what is spoken of
    ("وكشف مصدر أمني عن مقتل خمسة مسلحين في اشتباكات مع الجيش", "مصدر أمني"),
    ("وتحدثت مصادر ميدانية عن توغل بري محدود في المنطقة", "مصادر ميدانية"),
    ("وقال البيان الصادر عن مكتب رئيس الوزراء إن الطائرات قصفت مواقع التنظيم", "مكتب رئيس الوزراء"),
    # بحسب, وفق: a source word or a known name must follow
    ("وبحسب الوكالة فإن عشرة أشخاص قتلوا في القصف", "الوكالة"),
    ("وقصفت الطائرات مواقع التنظيم في الرقة وفق الجدول الزمني الذي وضعه القادة", None),
    ("وصرح مسؤول تركي رفض الكشف عن هويته بأن الطائرات قصفت مواقع التنظيم", "مسؤول تركي"),
])
def test_the_source_is_the_name_not_the_verb_or_half_a_name(text: str, source: str) -> None:
    assert {e.attributed_to for e in _extracted(text)} == {source}


@pytest.mark.parametrize("text, source", [
    ("قال مسؤول عراقي الجمعة إن الطائرات قصفت مواقع التنظيم", "مسؤول عراقي"),
    ("وذكرت الجمعة الماضي مصادر رسمية أن الطائرات قصفت مواقع التنظيم", "مصادر رسمية"),
])
def test_the_source_is_not_the_date_said_with_it(text: str, source: str) -> None:
    assert {e.attributed_to for e in _extracted(text)} == {source}


def test_a_source_phrase_stops_at_an_event_word() -> None:
    found = _extracted("وأضافت مصادر طبية مقتل عشرين شخصا في القصف على المدينة")
    assert found and all(e.attributed_to == "مصادر طبية" for e in found)


def test_actors_after_the_next_trigger_are_its_own() -> None:
    text = "ودعا كيري خلال اجتماع الثلاثاء في بروكسل الى استئناف المحادثات السياسية بين النظام السوري والمعارضة."
    found = _extracted(text)
    call = [e for e in found if e.category == "statement"]
    assert len(call) == 1 and [(a.role, a.name) for a in call[0].actors] == [("actor1", "جون كيري")]
    talks = [e for e in found if e.category == "negotiation" and e.modality == "hypothetical"]
    assert len(talks) == 1 and talks[0].actors[0].name == "النظام السوري"


def test_a_demand_covers_what_it_asks_for_not_where_it_was_made() -> None:
    text = "ودعا كيري خلال اجتماع الثلاثاء في بروكسل الى استئناف المحادثات."
    meetings = [(e.trigger.text, e.modality) for e in _extracted(text) if e.category == "negotiation"]
    assert meetings == [("اجتماع", "asserted"), ("المحادثات", "hypothetical")]
    # the object opened by ب: everything after it is asked for
    attack = [e for e in _extracted("طالب مجلس المحافظة بوقف القصف وهجوم القوات على المدينة.")
              if e.category == "armed_clash"]
    assert attack and attack[0].modality == "hypothetical"


def test_one_actor_one_day_one_place_one_event() -> None:
    same = "ونفى كيري الثلاثاء في بروكسل هذه الاتهامات.\nوأدان كيري الثلاثاء استمرار القصف."
    said = [e for e in _extracted(same) if e.category == "statement"]
    assert len(said) == 1 and len(said[0].mentions) == 2 and said[0].location.name == "بروكسل"
    for other in ("وأدان كيري الثلاثاء في باريس", "وأدان كيري الأربعاء", "وأدان لافروف الثلاثاء"):
        text = same.replace("وأدان كيري الثلاثاء", other)
        assert len([e for e in _extracted(text) if e.category == "statement"]) == 2, other
    # and what he condemned is not his own act
    shelling = [e for e in _extracted(same) if e.category == "shelling"]
    assert len(shelling) == 1 and shelling[0].actors == []


def test_what_taking_a_city_would_mean_is_not_asserted() -> None:
    found = [e for e in _extracted("وستمثل استعادة حلب نجاحا كبيرا للنظام.") if e.category == "territory_change"]
    assert [e.modality for e in found] == ["future"]


def test_a_besieged_place_is_a_state_not_an_event() -> None:
    found = _extracted("ودعا معارضون مسلحون في شرق حلب المحاصر إلى وقف فوري لإطلاق النار.")
    assert "siege" not in {e.category for e in found}


@pytest.mark.parametrize("text, made", [
    ("توصل الطرفان إلى الاتفاق بعد مفاوضات طويلة", True),
    ("وأشار إلى الاتفاقات التي توصل إليها الوزيران في جنيف", True),
    ("وقال إن الاتفاق الموقع في التاسع من أيلول ما زال قائما", True),
    ("ويقضي الاتفاق برفع تدريجي للعقوبات", False),
    ("وحذر المرشد من محاولات التفريق من خلال الاتفاق النووي", False),
    ("وتوصل الطرفان إلى اتفاق لتبادل الأسرى", True),  # without the article: not a reference
    # named by what it is joined to: as definite as الاتفاق
    ("وينص اتفاق فيينا أيضا على رفع العقوبات تدريجيا", False),
    ("ويقضي اتفاق الهدنة بوقف القصف", False),
    ("ووقع الطرفان اتفاق الهدنة في جنيف", True),
])
def test_the_agreement_named_is_an_event_only_when_it_is_made(text: str, made: bool) -> None:
    places = [(p, "LOC") for p in ("فيينا", "جنيف") if p in text]
    found = [e for e in make(text, entities=places).events if e.category == "agreement"]
    assert bool(found) == made


@pytest.mark.parametrize("text, made", [
    ("وقال الحزب في بيان إنه لم يعد للهدنة أي معنى بعد الضربات", False),   # a truce made before
    ("وتريد الحكومة تهدئة الأمور مع المعارضة", False),                  # calming things
    ("وأعلنت الأمم المتحدة الهدنة في المدينة", True),                     # its making
    ("وتوصل الطرفان إلى هدنة في المدينة", True),                          # without the article
    ("ودعا المعارضون إلى وقف فوري لإطلاق النار", True),                  # a ceasefire phrase is no name
])
def test_a_truce_named_is_an_event_only_when_it_is_made(text: str, made: bool) -> None:
    assert bool([e for e in make(text).events if e.category == "ceasefire"]) == made


@pytest.mark.parametrize("text, event", [
    ("وبين أن قتل النفس المعصومة يعد من كبائر الذنوب", False),
    ("يرفعون اسم الله ويقتلون المسلمين", False),
    ("وقتل خمسة مدنيين في المدينة", True),                       # a number
    ("وليس فقط الترويج بل تبرير القتل والذبح", False),            # the deed, not one
    ("وأقر القانون الذي ينص على عقوبات تصل إلى الإعدام", False),
    ("وقتل قائد الفصيل أمس", True),                               # its own day
])
def test_a_weak_trigger_alone_with_nothing_of_its_own_is_no_event(text: str, event: bool) -> None:
    doc = make(text, timexes=[("أمس", "2021-03-09")] if "أمس" in text else [],
               quantities=[("خمسة مدنيين", 5, "killed")] if "خمسة" in text else [])
    assert bool(doc.events) == event


def test_the_demand_of_a_protest_is_part_of_it() -> None:
    doc = make("وتظاهر المئات في المدينة للمطالبة بمحاسبة المتهم")
    assert [e.category for e in doc.events] == ["protest"]
    # a demand made by itself stays a statement
    doc = make("وطالبت الحكومة بمحاسبة المتهم")
    assert [e.category for e in doc.events] == ["statement"]
    # an imperfect right after the protests' noun describes them; one further on is a statement
    doc = make("وشهدت العاصمة أول من أمس تظاهرات كبيرة تطالب بحل البرلمان")
    assert [e.category for e in doc.events] == ["protest"]
    doc = make("وشهدت العاصمة تظاهرات كبيرة أمس بينما تطالب الحكومة بحل البرلمان")
    assert sorted(e.category for e in doc.events) == ["protest", "statement"]


def test_a_verb_form_counted_by_a_number_is_a_noun() -> None:
    # طالبا after 30 is "students", not "they (two) demanded"; a counted event noun stays an event
    doc = make("اختطف مسلحون 30 طالبا من مدرسة", quantities=[("30 طالبا", 30, "people")])
    assert "statement" not in {e.category for e in doc.events}
    doc = make("شنت الطائرات 250 غارة على المدينة", quantities=[("250 غارة", 250, "strikes")])
    assert "air_strike" in {e.category for e in doc.events}


def test_a_statement_verb_with_a_definite_subject_is_still_a_verb() -> None:
    found = _extracted("وطالب التونسي الفصائل بالانضواء تحت راية التنظيم.")
    assert "statement" in {e.category for e in found}


def test_a_statement_is_an_event_when_it_concerns_the_conflict() -> None:
    assert not [e for e in _extracted("وحث سموه الموظفين على بذل المزيد من الجهد لخدمة المواطن.")
                if e.category == "statement"]
    assert not [e for e in _extracted("كان لديهم طالب من خيرة الشباب.") if e.category == "statement"]
    assert not [e for e in _extracted("أسهم الشاعر في تأسيس منتدى أدبي في داره.") if e.category == "group_change"]
    # a known actor speaks or is named in its clause, or the statement is about an event of its clause
    assert [e for e in _extracted("أعلنت حركة طالبان الجمعة تعيين الملا أختر منصور زعيما جديدا لها.")
            if e.category == "group_change"]
    assert [e for e in _extracted("واتهم لافروف الجانب الأميركي بالمسؤولية.") if e.category == "statement"]
    assert [e for e in _extracted("ودعا معارضون مسلحون إلى وقف فوري لإطلاق النار.") if e.category == "statement"]


@pytest.mark.parametrize("text, flight", [
    ("لذلك يعاود نشاطه بمجرد خروجه من السجن.", False),
    ("لماذا تهرب الأموال إلى الخارج؟", False),
    ("واستمر على هذا النهج حتى غادرنا إلى رب رحيم.", False),
    ("وفي عام 2012 فر فؤاد من حلب ليستقر في مدينة كيليس.", True),       # a place
    ("ونزح الأهالي خوفا من القصف.", True),                            # a population
    ("بينما تم تسجيل فرار للمتمردين.", True),                         # a party, after لل
    ("وهرب نحو 185 مقاتلا خلال الفترة الماضية.", True),                # a number
])
def test_a_flight_word_is_an_event_only_with_a_place_party_population_or_number(text: str, flight: bool) -> None:
    assert ("evacuation" in {e.category for e in _extracted(text)}) == flight


@pytest.mark.parametrize("text, category", [
    # the killing of fighters or soldiers is a battle's toll; of civilians, violence against them
    ("وقتل 19 مسلحا من التنظيم شمال بغداد", "armed_clash"),
    ("قتل ثلاثة جنود أتراك في منطقة حدودية", "armed_clash"),
    ("وقتل شرطي في وقت متأخر من مساء أول من أمس في المدينة", "armed_clash"),
    ("ما تسبب في مقتل أكثر من ثلاثة جنود أتراك في المنطقة", "armed_clash"),
    ("قتل ثلاثة مدنيين وجنديان في منطقة حدودية", "attack_on_civilians"),
])
def test_who_was_killed_says_what_the_killing_is(text: str, category: str) -> None:
    assert [e.category for e in _extracted(text)] == [category]


@pytest.mark.parametrize("text, talks", [
    ("وكان اللقاء بين الفتيات وتلميذات الأكاديمية مؤثرا", False),      # meeting in everyday words
    ("أخذ يبحث عن عمل", False),
    ("وعقد جلالته اجتماعا مع سموه", True),                             # persons by their titles
    ("والتقى وزير الخارجية السعودي عادل الجبير نظيره الإيطالي", True),   # a person named
    ("وانطلقت المحادثات بين الطرفين", True),                         # talks by name need nothing
])
def test_a_meeting_is_talks_only_with_someone_taking_part(text: str, talks: bool) -> None:
    assert ("negotiation" in {e.category for e in _extracted(text)}) == talks


def test_a_region_beyond_one_country_is_no_event_place() -> None:
    text = "وقال مسؤول تركي لـ«الشرق الأوسط» إن الطائرات قصفت مواقع التنظيم."
    strikes = [e for e in _extracted(text) if e.category == "air_strike"]
    assert strikes and strikes[0].location is None
    found = _extracted("قصفت الطائرات مواقع التنظيم في سيناء.")
    assert found and found[0].location.name == "سيناء"  # a region inside one country is a place


@needs_shared
def test_triggers_from_tokens_are_the_regex_triggers() -> None:
    from rasad.events.lexicon import lexicon
    from rasad.pipeline import STAGES

    lex = lexicon()
    for line in (SHARED / "data/news/saudinewsnet-syria-1000.jsonl").read_text(encoding="utf-8").splitlines()[:200]:
        doc = Document(text=json.loads(line)["text"])
        for stage in STAGES[:2]:  # normalise, segment
            doc = stage(doc)
        assert doc.norm is not None and doc.seg is not None
        words = list(zip(doc.seg.token_starts, doc.seg.token_words, strict=True))
        by_regex = [(t.start, t.end, t.sense.id) for t in lex.find(doc.norm.text)]
        assert [(t.start, t.end, t.sense.id) for t in lex.find(doc.norm.text, words)] == by_regex


def _cues_both_ways(text: str) -> tuple[list, list]:
    """The cues of ``text`` found by the regex over the text and by trying it at the tokens only."""
    doc = segment.run(normalise.run(Document(text=text)))
    assert doc.norm is not None and doc.seg is not None
    found = events._cues()
    return found.find(doc.norm.text), found.find(doc.norm.text, tokens=(doc.seg.token_starts, doc.seg.token_words))


def test_cues_from_tokens_are_the_regex_cues() -> None:
    for text in ("قال.5 المصدر إنه لم يقصف", "ولم_ يقصف، ولا يزال القصف مستمرا", "لم يعد, وبحسب ما أفاد 2.5 المرصد"):
        by_regex, by_tokens = _cues_both_ways(text)
        assert by_regex and by_tokens == by_regex


@needs_shared
def test_cues_from_tokens_are_the_regex_cues_in_the_news() -> None:
    for line in (SHARED / "data/news/saudinewsnet-syria-1000.jsonl").read_text(encoding="utf-8").splitlines()[:200]:
        by_regex, by_tokens = _cues_both_ways(json.loads(line)["text"])
        assert by_tokens == by_regex


def test_an_event_remembered_on_its_anniversary_has_no_date_of_the_day() -> None:
    found = _extracted("ويصادف اليوم الذكرى الأولى لاختطاف الجنود في عرسال.")
    kidnap = [e for e in found if e.category == "attack_on_civilians"]
    assert kidnap and kidnap[0].date is None and kidnap[0].modality == "asserted"
    # the year the text gives is kept
    found = _extracted("كانت الذكرى الرابعة والعشرين لتفجيرات مكة عام 1989.")
    assert [e.date.value for e in found if e.category == "bombing"] == ["1989"]


def test_the_capital_that_speaks_is_not_the_place_of_what_it_speaks_of() -> None:
    text = ("أعلن الكرملين تمديد وقف الغارات الجوية على حلب.\n"
            "ورفضت واشنطن إعلان الكرملين حول استمرار وقف الغارات الجوية.")
    truce = [e for e in _extracted(text) if e.category == "ceasefire"]
    assert truce and all(e.location is not None and e.location.name == "حلب" for e in truce)


def test_a_dignitary_leaving_is_the_end_of_a_visit_not_a_flight() -> None:
    found = _extracted("فيما غادر صاحب السمو الملكي الأمير القاهرة")
    assert "evacuation" not in {e.category for e in found}



def test_a_long_document_of_many_events_keeps_them_apart_and_in_order() -> None:
    # hundreds of mentions: every sentence its own strike with its own dead (no publication date, so
    # no day to merge them by); merging looks only at a mention's sentence while it has no place and day
    from rasad.pipeline import extract

    events = extract("قصفت الطائرات حلب أمس وقتل 5 مدنيين. " * 400).events
    assert len(events) == 400 and {e.fatalities for e in events} == {5}
    assert [e.evidence.start for e in events] == sorted(e.evidence.start for e in events)


@pytest.mark.parametrize("text", [
    "الذي صدر ضده حكم بالإعدام غيابيا قبل القبض عليه",
    "أصدر القضاء أحكاما بالإعدام على خمسة أشخاص",
    "تضاعف أحكام الإعدام في البلاد",
    "أعلن الجيش أنه حرر 30 رهينة بينهم 21 طفلا قرب البلدة",
    "أصدرت وزارة الداخلية أمس بيانا بشأن تنفيذ حكم القتل تعزيرا في مهرب مخدرات",
    "على شعوب أمة سيد المرسلين عليه أفضل الصلاة وأتم التسليم",
    "بعد أن تقدموا بعرضهم الأولي للمدرب بعقد سنوي",
    "أظهرت المؤسسات عدم قدرتها على السيطرة على الأوضاع في البلاد",
    "وهو الأمر الذي دعا الإدارة الأمريكية إلى إعادة العلاقة مع مصر",
    "ومن شأن ذلك أن يدعو للسخرية من مزاعم إيران",
    "وأوضح أمين عام الائتلاف أن أفراده يتعاطون بتفاؤل حذر مع المعطيات",
])
def test_death_sentences_and_hostages_freed_are_no_events(text: str) -> None:
    assert not {e.category for e in _extracted(text)} & {"attack_on_civilians", "territory_change", "statement"}


def test_explosions_heard_merge_into_the_strikes_of_their_sentence() -> None:
    events = _extracted("شن طيران التحالف غارات على مواقع للحوثيين في صنعاء، وسمع دوي انفجارات تهز العاصمة")
    assert [e.category for e in events] == ["air_strike"]


@pytest.mark.parametrize("text, category", [
    ("هاجم مسلحون من قبائل الفولاني قرية في ولاية بلاتو وقتلوا 30 قرويا", "attack_on_civilians"),
    ("هاجم مسلحون حاجزا للجيش وقتلوا خمسة", "armed_clash"),
    ("اقتحم المتمردون قرية في ولاية بلاتو وقتلوا عشرات القرويين", "attack_on_civilians"),
    ("اقتحم الجيش البلدة وقتل خمسة من المسلحين", "armed_clash"),
    # what struck, right after ضرب, is no aircraft
    ("ضرب هجوم انتحاري المدينة صباح اليوم", "bombing"),
    ("وضرب انفجار قوي حي الكرادة في بغداد", "bombing"),
])
def test_an_attack_that_kills_villagers_is_one_on_civilians(text: str, category: str) -> None:
    assert [e.category for e in _extracted(text)] == [category]


def test_a_sense_joins_only_senses_that_exist() -> None:
    from rasad.events.lexicon import Lexicon

    spec = {"senses": [{"id": "a", "category": "armed_clash", "acled": None, "weak": True,
                        "joins": {"attack": "nowhere"}, "nouns": ["قتل"]}]}
    with pytest.raises(ValueError, match="nowhere"):
        Lexicon(spec)


def test_targeting_fighters_joins_the_bombing_that_targets_them() -> None:
    events = _extracted("وقال التنظيم إن التفجيرين استهدفا مقاتلين في فصائل مسلحة في مدينة سامراء")
    assert [e.category for e in events] == ["bombing"]


def test_a_toll_joins_the_targeting_told_after_it_as_its_cause() -> None:
    events = _extracted("ولفت المرصد إلى مقتل 11 عنصرا جراء استهداف مواقع وحواجز للتنظيم في مدينة الميادين")
    assert [(e.category, e.trigger.text, e.fatalities) for e in events] == [("shelling", "استهداف", 11)]


def test_no_event_is_read_from_the_titles_of_other_articles() -> None:
    events = _extracted("قصفت الطائرات مدينة حلب أمس. \nمقالات أخرى للكاتبهل هم المسلمون فقط!!القديح..قتل الفتنة")
    assert [e.category for e in events] == ["air_strike"]


def test_a_call_after_kama_is_still_a_call() -> None:
    assert [e.category for e in _extracted("كما دعا بارزاني إلى سلام بين حزب العمال الكردستاني وتركيا")] \
        == ["statement"]


def test_a_bomb_defused_before_it_went_off_is_no_bombing() -> None:
    events = _extracted("أحبطت الشرطة محاولة تفجير عبوة ناسفة قرب السوق إذ فككها خبراؤها قبل انفجارها")
    assert [e.modality for e in events if e.category == "bombing" and e.modality == "asserted"] == []
    assert "negated" in [e.modality for e in events if e.category == "bombing"]


def test_a_deal_for_hostages_is_no_abduction() -> None:
    events = _extracted("وصل الوزير إلى القاهرة لإجراء محادثات بشأن صفقة الرهائن في غزة")
    assert "attack_on_civilians" not in [e.category for e in events]
    assert "agreement" in [e.category for e in events]


def test_a_deed_after_before_is_forestalled_only_when_foiled() -> None:
    for text in ("أحبطت القوات هجوما انتحاريا وقتلت المهاجم قبل أن يتمكن من تفجير الحزام الناسف",
                 "أحبطت الشرطة تفجير سيارة مفخخة قرب السوق بعد أن تمكن الخبراء من تفكيك العبوة قبل انفجارها"):
        assert {e.modality for e in _extracted(text) if e.category == "bombing"} == {"negated"}
    done = _extracted("غادر الرجل المكان قبل انفجار السيارة المفخخة بدقائق في حي الكرادة")
    assert {e.modality for e in done if e.category == "bombing"} == {"asserted"}


def test_a_liberation_movement_named_is_no_taking() -> None:
    text = "أرجئت المحادثات بين الحكومة الإثيوبية وجيش تحرير أورومو، ونفت الشرطة توقيف قادة حركة تحرير السودان"
    assert "territory_change" not in [e.category for e in _extracted(text)]
