"""The rules of the thirteenth session (docs/events.md, "Rules of the thirteenth session"): counted
frames (a verb of sending or moving, its subject, a number, then the unit: أرسلت الوزارة خمسين سرية);
plans called off or put off after a contrast; ما من; gunfire at journalists, medics and young men;
clashes fought with stones; riot-control rounds that are no bombs; a name after a preposition or a word
of direction that opens like a future verb; a possessive spelt like a place descriptor (بلده); and the
words of the session's round of written sentences (Y).

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import re

import pytest

from rasad.events.lexicon import phrase_regex
from rasad.pipeline import extract
from rasad.text.normalise import normalise, normalise_key

from conftest import dated_events as _events
from conftest import modalities_of

PUBLISHED = "2023-05-14"  # a Sunday


@pytest.mark.parametrize("text, category, modality", [
    # a verb of sending, its subject, a number in words or digits, then the unit sent
    ("أرسلت وزارة الدفاع الباكستانية ثلاثين سرية إضافية إلى إقليم بلوشستان", "deployment", "asserted"),
    ("دفعت قوات الأمن بنحو ألفي عنصر إلى أحياء المدينة القديمة", "deployment", "asserted"),
    ("تنوي الحكومة إرسال ما لا يقل عن 1200 جندي إلى الحدود الشرقية", "deployment", "future"),
    ("استقدم الجيش أكثر من أربعين دبابة إلى محيط البلدة", "deployment", "asserted"),
    # people moved, counted: an evacuation
    ("سينقل الهلال الأحمر نحو ألف عائلة من المخيم إلى مراكز الإيواء الأسبوع المقبل", "evacuation", "future"),
])
def test_counted_frame(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


@pytest.mark.parametrize("text", [
    # a batch (دفعة) is no verb دفع with its object pronoun
    "تسلم سلاح الجو الأسبوع الماضي أربع طائرات كأول دفعة من أصل 36 طائرة",
    # no number between: the frame needs one
    "أرسلت الوزارة رسالة إلى الجنود المرابطين على الحدود",
    # the wounded carried to hospital are no evacuation
    "نقل المسعفون 20 جريحا إلى مستشفيات المدينة",
])
def test_counted_frame_needs_its_number_and_unit(text: str) -> None:
    found = {e.category for e in extract(text, published=PUBLISHED).events}
    assert "deployment" not in found and "evacuation" not in found


@pytest.mark.parametrize("text, matched", [
    ("نشر قرابة ثلاثة آلاف جندي", True),
    ("نشر 500 جندي", True),
    ("نشر بنحو ثلاثين جنديا", True),
    ("نشر ما لا يقل عن مئتي جندي", True),
    ("نشر صورة جندي", False),   # a word, no number
    ("نشر أكثر من جندي", False),   # an approximation alone is no number
])
def test_number_in_a_frame(text: str, matched: bool) -> None:
    """``#`` in a phrase reads a number in words or digits, maybe after an approximation."""
    pattern = re.compile(phrase_regex([normalise_key(w) for w in ["نشر", "#", "جندي"]]) + r"(?!\w)")
    assert (pattern.fullmatch(normalise(text).text) is not None) == matched


@pytest.mark.parametrize("text, category", [
    # a plan, then a contrast that calls it off or puts it off
    ("كان من المقرر أن يلتقي وزير الخارجية الأردني نظيره السوري الخميس، لكن اللقاء أرجئ بسبب خلافات",
     "negotiation"),
    ("كان من المقرر أن ينطلق الإضراب العام صباح الاثنين، إلا أنه ألغي بعد اتفاق مع الحكومة", "protest"),
    ("كان مقررا أن يزور المبعوث الدولي العاصمة الليبية، لكن الزيارة تأجلت إلى أجل غير مسمى", "negotiation"),
])
def test_plan_called_off_after_a_contrast(text: str, category: str) -> None:
    assert modalities_of(text, category) == ["negated"]


@pytest.mark.parametrize("text, category", [
    # a cancellation after the event that has its own subject tells of that subject
    ("أجلي 120 شخصا من البلدة صباح اليوم، ولن تبدأ المرحلة الثانية قبل خروج الجرحى", "evacuation"),
    ("اجتمع الطرفان أمس في الدوحة، ولم يتم التوصل إلى اتفاق", "negotiation"),
])
def test_a_cancellation_of_another_subject(text: str, category: str) -> None:
    assert modalities_of(text, category) == ["asserted"]


def test_a_cancellation_of_the_event_itself() -> None:
    assert modalities_of("أعلن الطرفان عن هدنة في الجنوب، لكنها ألغيت بعد ساعات", "ceasefire") == ["negated"]


def test_a_place_in_the_subject_of_a_failure() -> None:
    """فشل … في: a place after the first في belongs to the subject; the failure reaches the accord."""
    text = "فشلت الأطراف المتنازعة في جنوب السودان في التوصل إلى اتفاق بشأن الترتيبات الأمنية"
    assert modalities_of(text, "agreement") == ["negated"]


def test_there_is_no() -> None:
    """ما من = there is no."""
    assert modalities_of("أكد المتحدث أنه ما من هدنة في المدينة حتى الآن", "ceasefire") == ["negated"]


@pytest.mark.parametrize("text", [
    "قتل صحفي يعمل لوكالة محلية برصاص قناص في حي الكرامة",
    "استشهد شاب في العشرين من عمره برصاص الجنود عند مدخل القرية",
    "أطلق الجنود النار على سيارة إسعاف كانت تقل مصابين قرب المستشفى",
])
def test_gunfire_at_civilians(text: str) -> None:
    assert "asserted" in modalities_of(text, "attack_on_civilians")
    assert "armed_clash" not in {c for c, _, _ in _events(text)}


def test_clash_with_stones_is_a_riot() -> None:
    text = ("تجددت المواجهات بين أهالي البلدة وقوات الأمن عند الجسر، واستخدم الأهالي الحجارة فيما ردت "
            "القوات بقنابل الغاز")
    found = _events(text)
    assert ("riot", "asserted", PUBLISHED) in found
    assert "bombing" not in {c for c, _, _ in found} and "armed_clash" not in {c for c, _, _ in found}


def test_tear_gas_is_no_bomb() -> None:
    assert "bombing" not in {c for c, _, _ in _events("أطلقت الشرطة القنابل المسيلة للدموع على الطلاب المعتصمين")}


@pytest.mark.parametrize("text, day", [
    # a place after أطراف or في that opens like سيفعل is a name: the weekday is the last one
    ("قصفت المدفعية أطراف سيرينكا مساء الأربعاء", "2023-05-10"),
    ("سقطت قذائف في سيفيرسك مساء الخميس", "2023-05-11"),
])
def test_name_after_a_place_word_is_no_future_verb(text: str, day: str) -> None:
    assert [(m, d) for _, m, d in _events(text)] == [("asserted", day)]


def test_leaving_the_scene_takes_no_ground() -> None:
    found = {c for c, _, _ in _events("أطلق مسلح النار على حارس المصرف ثم انسحب من المكان")}
    assert "territory_change" not in found


def test_possessive_is_no_descriptor() -> None:
    """بلده (his country) is spelt like بلدة once normalised; the word after it is no town."""
    doc = extract("عاد اللاجئ إلى بلده بلا عمل بعد سنوات، ثم زار بلدة داريا المدمرة", published=PUBLISHED)
    places = [e.text for e in doc.entities if e.type == "LOC"]
    assert places == ["داريا"]


@pytest.mark.parametrize("text", [
    # a sentence that opens with an imperfect speaks of what is, is thought or is done as a rule
    "يصف المؤرخون تلك الحقبة بأنها حصار طويل للعقل",
    "يحظر القانون اعتقال الصحفيين بسبب آرائهم",
    "تعد الهجمات الإلكترونية من أخطر ما يواجه المصارف",
    "كثيرا ما يلجأ المدربون إلى الهجوم المكثف في الدقائق الأخيرة",
    "لا يمكن لأي حزب أن يكسب معركة الانتخابات بالشعارات وحدها",
    # a judgement with no verb, an interview in the present
    "إن المعركة الحقيقية مع الفساد معركة وعي وثقافة",
    "تقول الممثلة إن دورها الأخير كان معركة يومية مع الخوف",
    "تؤمن الجماعة بأن التغيير لا يتحقق عبر المواجهة المسلحة",
])
def test_present_sentence_tells_of_no_happening(text: str) -> None:
    assert [m for _, m, _ in _events(text) if m == "asserted"] == []


@pytest.mark.parametrize("text, category", [
    # an event with something of its own (a place, an actor) is one in such a sentence too
    ("يشن الجيش منذ الصباح غارات على مواقع المسلحين في ريف إدلب", "air_strike"),
    # a clause opened by إلا أن tells of its own happening
    ("تعد الحركة من أقوى الفصائل، إلا أن المعارك التي خاضتها مع الجيش أضعفتها", "armed_clash"),
    # still going on (لا يزال) is no judgement
    ("لا يزال الاشتباك مستمرا في هذه اللحظة", "armed_clash"),
])
def test_present_sentence_keeps_its_happenings(text: str, category: str) -> None:
    assert "asserted" in modalities_of(text, category)


@pytest.mark.parametrize("text", [
    # fiction: the plot of a film, a novel, a series
    "تدور أحداث الفيلم الجديد حول حصار مدينة متخيلة في الشمال",
    # a scene set before the first comma, then a sentence in the present
    "في عالم المال، تعد الهجمات الإلكترونية أخطر ما يواجه المصارف",
    # a likeness
    "بدت الحكومة وكأنها في حالة حصار بعد استقالة ثلاثة وزراء",
    # the game's own words
    "سيطر الفريق المضيف على مجريات اللعب طوال الشوط الأول",
])
def test_no_happening_told(text: str) -> None:
    assert [m for _, m, _ in _events(text) if m == "asserted"] == []


@pytest.mark.parametrize("text", [
    # markets and the game count as no battleground
    "تلقت البورصة ضربة موجعة بعد موجة بيع واسعة",
    "اقتحم المهاجم منطقة الجزاء وسدد كرة قوية في المرمى",
    # advice in the present
    "توصي المنظمة الحكومات بوقف اعتقال الصحفيين",
])
def test_markets_the_game_and_advice(text: str) -> None:
    assert [m for _, m, _ in _events(text) if m == "asserted"] == []


@pytest.mark.parametrize("text, category", [
    ("فعلينا التصدي لكل من يدعو إلى قتل المدنيين", "attack_on_civilians"),   # whoever does it
    ("قال المبعوث إن هدفنا هو إبرام اتفاق قبل نهاية الشهر", "agreement"),   # an aim
    ("إما أن يرحل الرئيس بتسوية سياسية أو بعملية عسكرية", "armed_clash"),   # either … or
])
def test_generic_aims_and_alternatives(text: str, category: str) -> None:
    assert "asserted" not in modalities_of(text, category)


def test_a_change_of_group_aimed_at_is_no_change() -> None:
    """A group to be formed (لتشكيل) is a goal, as a place to be taken is."""
    text = "تواصلت المشاورات بين الفصائل لتشكيل مجلس عسكري موحد في الشمال"
    assert modalities_of(text, "group_change") == ["hypothetical"]


@pytest.mark.parametrize("text, category", [
    # what follows a condition is as hypothetical as it
    ("في حال استمر القصف على البلدة، سيضطر آلاف السكان إلى النزوح نحو الحدود", "evacuation"),
    ("إذا رفضت الفصائل تسليم سلاحها، فإن المدفعية ستقصف أحياء المدينة بشكل مكثف", "shelling"),
])
def test_consequent_of_a_condition(text: str, category: str) -> None:
    assert modalities_of(text, category) == ["hypothetical"]


def test_whereas_is_no_condition() -> None:
    """إذا كان …، فإن … is as often "whereas": the clause after it tells of what happened."""
    text = "إذا كانت الحكومة قد وافقت على الهدنة، فإن الفصائل قصفت المدينة أمس"
    assert "asserted" in modalities_of(text, "shelling")


def test_a_contrast_after_a_condition_tells_its_own() -> None:
    assert modalities_of("إذا فشلت المفاوضات، لكن الجيش قصف البلدة أمس", "shelling") == ["asserted"]


def test_a_body_with_marks_of_shots() -> None:
    text = "عثر الأهالي على جثة رجل وعليها آثار طلقات نارية قرب قرية الهول"
    assert modalities_of(text, "attack_on_civilians") == ["asserted"]


def test_a_title_in_quotes_is_no_event() -> None:
    """A poem's title or a slogan in quotes tells of no bombing or burning."""
    assert _events('قرأ شاعر شاب نصا بعنوان "قصف القلب" لاقى تصفيقا حارا') == []
    found = {c for c, _, _ in _events('رفع المتظاهرون شعار "الأسد أو نحرق البلد" في ساحة المدينة')}
    assert found == {"protest"}


def test_a_killing_in_a_sentence_about_a_boxer_is_one() -> None:
    """الملاكمة is no word of the game's that cancels the sentence: the boxer was executed."""
    assert "asserted" in modalities_of("أعدم التنظيم بطل العالم في الملاكمة في مدينة الرقة", "attack_on_civilians")


ROUND_Y = [
    ("عيّن قائد الجيش الوطني الليبي المشير خليفة حفتر قائدا جديدا لغرفة عمليات سرت", "group_change", "asserted"),
    ("أدى إغلاق الطريق الجبلي إلى قطع إمدادات الغذاء عن القرى المعزولة", "siege", "asserted"),
    ("لا تزال الميليشيات تغلق المنافذ الرئيسية المؤدية إلى البلدة", "siege", "asserted"),
    ("التقى علييف وباشينيان في بروكسل بحضور رئيس المجلس الأوروبي", "negotiation", "asserted"),
    ("أكد المتحدث أن الوفد لن يتوجه إلى الدوحة هذا الأسبوع لاستئناف المفاوضات", "negotiation", "negated"),
    ("أعلنت القوات أنها ستبدأ منتصف الليل وقفا مؤقتا لعملياتها الجوية فوق المدينة", "ceasefire", "future"),
    ("استولى مسلحون على قطيع يضم مئات الرؤوس من الأغنام قرب البلدة", "looting", "asserted"),
    ("سلمت الفصائل حاجز الجسر الشمالي إلى الشرطة العسكرية ظهر الأربعاء", "territory_change", "asserted"),
    ("وافقت الحكومة على خطة المبعوث الدولي لوقف القتال في الجنوب", "agreement", "asserted"),
    ("انتشرت الدبابات حول البلدة مساء أمس وسط حالة من الترقب", "deployment", "asserted"),
    ("أطلق مسلحون الرصاص الحي على مشيعين في حي الوعر", "attack_on_civilians", "asserted"),
    ("قتل مسلحون أكثر من 200 مدني في هجوم على القرية فجر اليوم", "attack_on_civilians", "asserted"),
    ("انطلقت في سويسرا أعمال مؤتمر جنيف للسلام بمشاركة وفدي الحكومة والمعارضة", "negotiation", "asserted"),
    ("أعلن الوزير موافقة الحكومة على المبادرة الروسية لوضع الأسلحة تحت رقابة دولية", "agreement", "asserted"),
    ("لولا تدخل الطيران لتمكن المسلحون من السيطرة على البلدة", "territory_change", "hypothetical"),
    ("عثر الأهالي على جثة رجل مقطوع الرأس قرب الطريق العام", "attack_on_civilians", "asserted"),
]


@pytest.mark.parametrize("text, category, modality", ROUND_Y)
def test_session_words(text: str, category: str, modality: str) -> None:
    """Words of the session's round of written sentences (Y)."""
    assert modality in modalities_of(text, category)
