"""The entity stage on sentences written for these tests, over a small fixture knowledge base."""

from __future__ import annotations

import pytest

from rasad import entities
from rasad.document import Document
from rasad.kb import KnowledgeBase
from rasad.kb.loader import read_tables
from rasad.text import normalise, segment
from test_kb import fixture_files


@pytest.fixture(autouse=True)
def _fixture_kb(monkeypatch: pytest.MonkeyPatch) -> None:
    kb = KnowledgeBase(read_tables(fixture_files()))
    monkeypatch.setattr(entities, "load_kb", lambda: kb)


def run(text: str) -> Document:
    doc = segment.run(normalise.run(Document(text=text)))
    return entities.run(doc)


def found(text: str) -> set[tuple[str, str, str | None]]:
    doc = run(text)
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    return {(e.type, e.text, e.canonical.id if e.canonical else None) for e in doc.entities}


@pytest.mark.parametrize(("text", "expected"), [
    # known names, with proclitics, resolved to one identity across their names
    ("سيطرت الوحدات الكردية على الشيخ مقصود", {("ORG", "الوحدات الكردية", "ypg"),
                                               ("LOC", "الشيخ مقصود", "sy-aleppo-sheikh-maqsoud")}),
    ("وأعلنت جبهة فتح الشام انسحابها", {("ORG", "جبهة فتح الشام", "hts")}),
    ("وقصفت قوات النظام وبحلب", {("ORG", "قوات النظام", "sy-army"), ("LOC", "حلب", "sy-aleppo")}),
    # unknown places after a descriptor
    ("قتل طفل في حي الفروس في حلب", {("LOC", "الفروس", None), ("LOC", "حلب", "sy-aleppo")}),
    ("سقطت قذائف على بلدة كفر نبل", {("LOC", "كفر نبل", None)}),
    ("وصل النازحون إلى مخيم اليرموك المحاصر", {("LOC", "اليرموك", None)}),
    ("أغلقت السلطات معبر باب السلامة", {("LOC", "معبر باب السلامة", None)}),
    # organisations by their descriptors
    ("أعلنت حركة أحرار الشام الإسلامية", {("ORG", "حركة أحرار الشام الإسلامية", None)}),
    ("ونقلت وكالة سبوتنيك عن مصدر", {("ORG", "وكالة سبوتنيك", None)}),
    ("هاجم مقاتلو جيش الإسلام المواقع", {("ORG", "جيش الإسلام", None)}),
    # people by titles, by-lines, given names and verbs of saying
    ("وقال المتحدث باسم الكرملين ديمتري بيسكوف إن", {("ORG", "الكرملين", "ru-government"),
                                                     ("PER", "ديمتري بيسكوف", None)}),
    # (the nationality of a minister names his country: ونظيرهما الإيراني)
    ("التقى وزير الخارجية الروسي سيرغي لافروف نظيره", {("PER", "سيرغي لافروف", "sergey-lavrov"),
                                                       ("LOC", "الروسي", "cc-ru")}),
    ("كتبه فارس الحمصي | 3 أيار 2016", {("PER", "فارس الحمصي", None)}),
    ("وأكد الناشط محمود الحلبي أن القصف مستمر", {("PER", "محمود الحلبي", None)}),
    ("كما يقول كريم داوود مدير المشفى", {("PER", "كريم داوود", None)}),
    ("وصرح الرئيس السوري بشار الأسد", {("PER", "بشار الأسد", "bashar-al-assad"), ("LOC", "السوري", "cc-sy")}),
    ("وأكد مبعوث الأمم المتحدة ستيفان دي ميستورا", {("PER", "ستيفان دي ميستورا", None)}),
    ("وقال المتحدث باسم الحكومة الروسية بولنت أرينتش", {("PER", "بولنت أرينتش", None)}),
    ("استقبل الملك سلمان بن عبد العزيز وصل أمس", {("PER", "سلمان بن عبد العزيز", None)}),
    # several places after a dual or plural descriptor
    ("على محوري العامرية والراموسة", {("LOC", "العامرية", None), ("LOC", "الراموسة", None)}),
    ("قصف بلدتي بالا وحمورية", {("LOC", "بالا", None), ("LOC", "حمورية", None)}),
    ("ونقلت وكالة أنباء الأناضول", {("ORG", "وكالة أنباء الأناضول", None)}),
    ("وذكرت وكالة الأنباء السورية", {("ORG", "وكالة الأنباء السورية", None)}),
    ("ودعا جون كيري إلى هدنة", {("PER", "جون كيري", "john-kerry")}),
])
def test_entities(text: str, expected: set) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "إنها مدينة كبيرة وقرية صغيرة",              # adjectives after descriptors
    "أقيمت منطقة عازلة قرب الحدود",             # a common region word without the article
    "فتح الباب أمام المفاوضات",                 # الباب is flagged common: a door, not the town
    "قصفت الطائرات الروسية الأحياء الشرقية",     # a nationality adjective is not an entity
    "قال الرئيس إن الحل سياسي",                  # a title without a name
    "وتحدث الرئيس الروسي بوتين عالمياً عن ذلك",   # an adverb is not a surname
    "كان الرئيس الحالي سيكون أفضل مرشح",          # a verb and an elative after a title
    "اتهم زعيم حزب معارض مؤيد للأكراد الحكومة",   # participles after a title
    "حرصا على مصالح بلده ووطنه",                  # بلده (his country) is not بلدة (town)
    "شارك في إحياء ذكرى الضحايا",                 # إحياء (reviving) is not أحياء (neighbourhoods)
    "فتحت مخيمات اللاجئين أبوابها",               # a common noun after a descriptor
    "يمدد من عمر التنظيم",                        # عمر (lifespan) is not a given name here
    "بدأت حركة النزوح من المدينة",                # a movement of people, not an organisation
    "نقلت وكالة الأنباء الخبر",                   # a description, not a name
    "هذا صحيح من ناحية النظر إلى الأمر",          # an idiom, not a subdistrict
    "دفع الثمن عن طريق بطاقة الائتمان",           # an idiom, not a road
    "وقرر الفريق دعم صفوف اللاعبين",               # the team, not a general
    "بحث الرئيس غل لحل الأزمة",                    # a preposition and a verbal noun are no surname
    "طالب رئيس الوزراء البريطاني بتوفير مساعدات",  # a preposition and a verbal noun are no first name
    "وقال وزير الخارجية في تصريح صحافي إن",        # a verbal noun (تفعيل) is no first name
    "في غياب رئيس الجمهورية وفي ظل شلل المؤسسات",  # a conjunction ends the title
    "وكل حي لو تصبر إلى الصباح",                    # a particle after a descriptor is no name
    "أضيفت الأسماء إلى قاعدة بيانات الأمن",          # a database, not a base
    "انضمت الحركة إلى محور المقاومة",               # an alliance, not a front line
    "خرجت من منطقة اليورو",                         # the eurozone
    "اشتبكت الشرطة مع مسلحين في حي شعبي",          # an adjective after a descriptor is no name
    "قتل ثلاثة في منطقة سياحية",
    "أمطرت الفصائل أربع بلدات علوية محاصرة بالقذائف",   # an adjective after a plural descriptor
    "ودعمت كتائب الصواريخ تقدم القوات",              # an arm of service, not a named unit
    "وقالت كتلة برلمانية إن التصويت تأجل",            # a bloc, not ك + a hill (تلة)
])
def test_generic_words_are_not_entities(text: str) -> None:
    # (the country a minister's nationality names is an entity of its own: الرئيس الروسي → روسيا)
    assert {e for e in found(text) if not (e[0] == "LOC" and (e[2] or "").startswith("cc-"))} == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال رئيس الوزراء السابق نوري الرقة إن", {("PER", "نوري الرقة", None)}),  # a surname, not the city
    ("تعمل الدولة دوماً على حلب", {("LOC", "حلب", "sy-aleppo")}),            # tanween: دوماً is an adverb
])
def test_place_names_in_other_uses(text: str, expected: set) -> None:
    assert found(text) == expected


def test_common_name_in_a_list_of_places() -> None:
    assert ("LOC", "الباب", "sy-al-bab") in found("سقطت قذائف على حلب والباب")


def test_common_name_accepted_after_a_descriptor() -> None:
    assert found("تقدمت القوات نحو مدينة الباب") == {("LOC", "الباب", "sy-al-bab")}


@pytest.mark.parametrize(("text", "place"), [
    ("اشتد القصف على حلب وطال حي الأشرفية", "sy-aleppo-ashrafieh"),
    ("انفجرت سيارة في بيروت قرب الأشرفية", "lb-beirut-ashrafieh"),
])
def test_ambiguous_name_follows_the_document_city(text: str, place: str) -> None:
    doc = run(text)
    assert place in {e.canonical.id for e in doc.entities if e.canonical}


def test_ambiguous_name_without_context_is_dropped() -> None:
    assert found("تجمع الناس في الأشرفية") == set()


def test_geocoding_precision() -> None:
    doc = run("قتل مدنيون في حي الفروس وفي الأشرفية بمدينة حلب، وأعلنت روسيا")
    geo = {e.text: e.geo for e in doc.entities}
    assert geo["حلب"].precision == "exact"
    assert (geo["الفروس"].precision, geo["الفروس"].lat) == ("near", 36.2021)  # at the city in its sentence
    assert (geo["الأشرفية"].precision, geo["الأشرفية"].admin1) == ("near", "Aleppo")
    assert geo["روسيا"].precision == "country"


@pytest.mark.parametrize("text", [
    "قتل مدنيون في حلب ثم في قرية المزرعة بدوما",
    "قتل مدنيون في حلب ثم في قرية المزرعة في مدينة دوما",
])
def test_unknown_place_at_the_place_that_follows_it(text: str) -> None:
    (geo,) = [e.geo for e in run(text).entities if e.text == "المزرعة"]
    assert (geo.precision, geo.lat) == ("near", 33.5711)


def test_unknown_place_falls_back_to_the_main_city() -> None:
    doc = run("تواصل القصف على حلب منذ أيام.\nوسقط قتلى في حي الكلاسة.")
    (geo,) = [e.geo for e in doc.entities if e.text == "الكلاسة"]
    assert (geo.precision, geo.lat) == ("near", 36.2021)


def test_descriptions_are_mentions_not_entities() -> None:
    doc = run("قصف الطيران الروسي مواقع قرب حلب")
    assert {e.text for e in doc.entities} == {"حلب"}
    (m,) = [m for m in entities.mentions(doc) if m.source == "description"]
    assert (m.type, m.kb_id, m.entity_index) == ("ORG", "ru-air-force", None)


def test_ministry_inside_a_title_is_a_role() -> None:
    doc = run("التقى وزير الخارجية والمغتربين وليد المعلم بنظيره، وأصدرت الخارجية السورية بيانا")
    assert found("التقى وزير الخارجية والمغتربين وليد المعلم بنظيره") == {("PER", "وليد المعلم", None)}
    roles = [m for m in entities.mentions(doc) if m.source == "role"]
    assert [(m.kb_id, m.entity_index) for m in roles] == [("sy-mfa", None)]
    assert ("ORG", "الخارجية السورية", "sy-mfa") in {(e.type, e.text, e.canonical.id if e.canonical else None)
                                                     for e in doc.entities}


def test_mentions_and_nationalities_for_the_events_stage() -> None:
    doc = run("شنت الطائرات الروسية غارات على حلب وقالت روسيا إن الجيش السوري تقدم")
    ms = entities.mentions(doc)
    assert [m.type for m in ms] == ["NAT", "LOC", "LOC", "ORG"]
    nat = ms[0]
    assert nat.is_nationality and nat.entity_index is None
    assert doc.norm.text[nat.norm_start:nat.norm_end] == "الروسيه"
    assert entities.nationalities(doc) == [(nat.norm_start, nat.norm_end, "cc-ru", "ru-government",
                                            "ru-armed-forces", "ru-air-force")]
    russia = ms[2]
    assert russia.kb_id == "cc-ru" and russia.nationality.forces_actor == "ru-armed-forces"
    army = ms[3]
    assert (army.record.type, army.record.side, army.record.inter, army.record.parent) == (
        "state_forces", "government", 1, "sy-regime")
    assert doc.entities[army.entity_index].canonical.name == "الجيش السوري"


def test_offsets_survive_diacritics_and_tatweel() -> None:
    doc = run("قَصَفَتْ الطائراتُ مدينةَ حَلَبَ وحيَّ الفـــروس")
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    assert {e.text for e in doc.entities} == {"حَلَبَ", "الفـــروس"}

