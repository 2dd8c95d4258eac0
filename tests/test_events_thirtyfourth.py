"""The rules of the thirty-fourth session (docs/events.md, "Rules of the thirty-fourth session"): the topic
of a sentence in a page with no word of war (rasad.events.topic, topic_words.tsv trained by
bench/train_topic.py), and the words the rounds of the session showed missing.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rasad.events.topic import TOPIC_FILE, text_words, topic_score
from rasad.pipeline import extract
from rasad.resources import data_path

from conftest import asserted_categories as _asserted
from conftest import modalities_of

ROOT = Path(__file__).resolve().parents[1]


def _score(text: str) -> float:
    return topic_score(text_words(text))

# ---------------------------------------------------------------- the topic of a page with no word of war


@pytest.mark.parametrize("text", [
    # restaurants that "took control" of a list, named in Beirut
    "سيطرت المطاعم الإيطالية على قائمة أفضل وجبات الصيف في دليل السياحة الصادر في بيروت هذا الأسبوع.",
    # companies that "advanced" on their rivals in an index published in Geneva
    "تقدمت شركات الاتصالات الخليجية على منافساتها الأوروبية في مؤشر الجودة الذي نشر في جنيف يوم الإثنين.",
    # housewives' "raid" on the greengrocers of a Cairo quarter
    "شنت ربات البيوت في حي الزمالك بالقاهرة غارة على محلات الخضار صباح الجمعة بعد إعلان تخفيض الأسعار.",
])
def test_a_sentence_of_another_topic_grounds_no_event_though_it_names_a_place(text: str) -> None:
    assert _asserted(text) == set()


@pytest.mark.parametrize(("text", "category"), [
    ("اندلعت اشتباكات عنيفة بين عشيرتين في ريف دير الزور الشرقي مساء الأحد وسط حالة من التوتر في القرى المجاورة.",
     "armed_clash"),
    ("فرت مئات العائلات من قرى ريف حماة الشمالي نحو الحدود التركية خلال اليومين الماضيين هربا من التصعيد.",
     "evacuation"),
    ("التقى وزير الخارجية الروسي نظيره التركي في أنقرة يوم الثلاثاء لبحث الأوضاع في شمال سوريا ومصير اللاجئين.",
     "negotiation"),
    ("اقتحم مستوطنون باحات المسجد الأقصى صباح اليوم تحت حماية مشددة، وأدوا طقوسا تلمودية قرب باب الرحمة.",
     "armed_clash"),
])
def test_an_event_told_without_a_word_of_war_stays_on_its_topic(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_an_armed_group_of_the_knowledge_base_grounds_its_event_whatever_the_topic() -> None:
    # a sentence on tourism revenue (its words score below the threshold) that tells of an attack by a group
    text = "تراجعت إيرادات السياحة في المدينة القديمة كثيرا بعد هجوم تنظيم داعش على متحفها الشهير في حزيران الماضي."
    assert _score(text) < 0
    assert "armed_clash" in _asserted(text)


def test_the_topic_score_tells_a_report_of_war_from_a_page_of_recipes() -> None:
    war = "قالت مصادر محلية إن مسلحين مجهولين هاجموا حاجزا للشرطة على طريق المطار فجر اليوم."
    recipe = "يمكنك تحضير هذه الكعكة بسهولة في المنزل باستخدام الدقيق والزبدة والسكر وقليل من الفانيليا."
    assert _score(war) > 0 > _score(recipe)


def test_the_packaged_topic_weights_are_those_the_training_script_writes(tmp_path: Path) -> None:
    out = tmp_path / "topic_words.tsv"
    subprocess.run([sys.executable, str(ROOT / "bench" / "train_topic.py"), "--out", str(out)], check=True,
                   capture_output=True)
    assert out.read_text(encoding="utf-8") == data_path(TOPIC_FILE).read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [
    # a space probe "sat in" with silence
    "اعتصم المسبار الفضائي بالصمت أربعة أشهر بسبب عطل في ذاكرته قبل أن يستأنف إرسال البيانات إلى محطة المراقبة في كاليفورنيا.",
    # a company "detains" its profits
    "احتجزت شركة الأسمنت الوطنية أرباح العام الماضي كاملة لتمويل توسعة مصنعها في الدمام بدلا من توزيعها على المساهمين كما جرت العادة.",
    # a cat show as a "demonstration"
    "شهدت قاعة المعارض في جدة مظاهرة ملونة من القطط الشيرازية ضمن المهرجان السنوي للحيوانات الأليفة بمشاركة مئات العائلات.",
])
def test_a_protest_an_arrest_or_a_change_in_a_sentence_of_another_topic_is_no_event(text: str) -> None:
    assert _asserted(text) == set()


@pytest.mark.parametrize(("text", "category"), [
    ("تظاهر آلاف المعلمين أمام مقر وزارة التربية في عمان صباح الأحد للمطالبة برفع الأجور وتحسين ظروف العمل في المدارس.",
     "protest"),
    ("اعتقلت السلطات الإيرانية ناشطة حقوقية بارزة في طهران بعد نشرها مقالا ينتقد أحكام الإعدام، بحسب منظمة العفو الدولية.",
     "arrest"),
])
def test_a_protest_or_an_arrest_without_a_word_of_war_stays(text: str, category: str) -> None:
    assert category in _asserted(text)


# ---------------------------------------------------------------- bodies formed under a head, commands taken


@pytest.mark.parametrize("text", [
    "أعلن قادة الفصائل المحلية في الريف الشرقي تشكيل هيئة الإنقاذ الوطني برئاسة العقيد المنشق سامر الأحمد لإدارة شؤون المنطقة.",
    "تأسست جبهة الخلاص الديمقراطية بقيادة الوزير السابق حسن عبد الرحيم في ربيع 2019، وضمت ثلاثة أحزاب معارضة.",
    "تولى العميد خالد الزعبي قيادة الفرقة الرابعة خلفا للواء المتقاعد بعد أسبوع من المعارك في ريف المحافظة.",
])
def test_a_body_formed_under_a_head_or_a_command_taken_is_a_change(text: str) -> None:
    assert "group_change" in _asserted(text)


# ---------------------------------------------------------------- modality


def test_a_plan_swept_away_did_not_happen() -> None:
    text = ("كان من المقرر أن تبدأ الهدنة منتصف ليل الجمعة، لكن هجوما مباغتا على مواقع الجيش أطاح بالاتفاق "
            "قبل دخوله حيز التنفيذ.")
    assert modalities_of(text, "ceasefire") == ["negated"]


def test_no_evidence_of_it_denies_it() -> None:
    text = "ليست هناك أي أدلة على قيام عناصر الشرطة بنهب المحال التجارية خلال الاحتجاجات، بحسب بيان لوزارة الداخلية."
    assert modalities_of(text, "looting") == ["negated"]


def test_a_truce_that_may_be_declared_is_possible() -> None:
    text = "قال مسؤولون إن هدنة إنسانية قصيرة يمكن أن تعلن في المدينة خلال الأسبوع إذا وافقت الأطراف على شروط الوسيط."
    assert modalities_of(text, "ceasefire") == ["hypothetical"]


# ---------------------------------------------------------------- one name, actors of two countries


@pytest.mark.parametrize(("text", "actor"), [
    ("نصب مقاتلو جيش التحرير الوطني كمينا لدورية فرنسية قرب مدينة سطيف في ولاية قسنطينة.", "dz-aln"),
    ("هاجم مقاتلو جيش التحرير الوطني مركزا للشرطة في إقليم أراوكا شمال شرق كولومبيا.", "co-eln"),
])
def test_a_name_of_two_countries_actors_is_the_documents_countrys(text: str, actor: str) -> None:
    ids = [e.canonical.id for e in extract(text, published="2024-03-10").entities if e.canonical]
    assert actor in ids


def test_talks_ended_without_reaching_an_accord_deny_it() -> None:
    text = "انتهت جولة المحادثات بين الحكومة والمتمردين في العاصمة الكينية من غير التوصل إلى اتفاق بشأن تبادل الأسرى."
    assert modalities_of(text, "agreement") == ["negated"]


def test_a_country_named_tells_the_document_s_country_when_no_place_does() -> None:
    # (Eritrea named, no Eritrean town: الجبهة الشعبية is the EPLF, not the Palestinian front)
    text = "أعلنت الجبهة الشعبية أن مقاتليها صدوا هجوما للجيش الإثيوبي في إريتريا، وأن المعارك مستمرة في إريتريا."
    ids = [e.canonical.id for e in extract(text, published="2024-03-10").entities if e.canonical]
    assert "er-eplf" in ids


def test_untrue_that_they_did_it_denies_it_with_the_doers_named_between() -> None:
    text = "ليس صحيحا أن طلاب جامعة الموصل نظموا اعتصاما أمام مبنى المحافظة يوم الأحد، بحسب ما أكده مسؤول محلي."
    assert modalities_of(text, "protest") == ["negated"]


@pytest.mark.parametrize(("text", "category"), [
    ("أضرب آلاف من عمال الموانئ في البصرة يوم الأحد مطالبين بتثبيتهم في وظائفهم وصرف رواتبهم المتأخرة منذ أشهر.",
     "protest"),
    ("تأسست حركة العدالة الوطنية في آذار 2012 في ريف المحافظة الشرقي بقرار من قادة ثلاث مجموعات مسلحة صغيرة.",
     "group_change"),
])
def test_workers_striking_and_a_movement_founded(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_civilians_to_be_forced_to_flee_if_fighting_resumes_is_no_flight_yet() -> None:
    text = "في حال تجددت المعارك في ريف المدينة، سيضطر عشرات الآلاف من المدنيين إلى الفرار نحو المخيمات الحدودية."
    assert modalities_of(text, "evacuation") == ["hypothetical"]


def test_what_the_sides_intend_to_sign_is_to_come() -> None:
    text = "يزمع الجانبان توقيع اتفاق يقضي بالإفراج عن تسعمئة أسير على مرحلتين، بحسب مصادر مطلعة على المفاوضات."
    assert modalities_of(text, "agreement") == ["future"]
