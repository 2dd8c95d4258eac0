"""The rules of the twelfth session (docs/events.md, "Rules of the twelfth session"): an aside between
commas that interrupts a clause (a time, a source, a setting) belongs to it; a time expression does not
count in a modality reach; a future adjective of another noun makes no plan, nor does a future cue after
a past verb; dates in names of places and nouns that open like future verbs are no dates and no plans;
a clause opened by في حال or إذا is all condition; and the words and switches of the session's six
rounds of written sentences (S–X).

Every case is an Arabic sentence written for the test (shortened or varied from what a round taught, none
copied from a bench file); the whole pipeline runs on it, so each case checks what a user gets for that
sentence.
"""

from __future__ import annotations

import pytest

from rasad.events.window import clause_window
from rasad.pipeline import extract
from rasad.text.normalise import normalise_key

from conftest import dated_events as _events
from conftest import modalities_of

PUBLISHED = "2023-05-14"  # a Sunday


@pytest.mark.parametrize("text, category, modality", [
    # a plan's cue reaches its deed over a time or a source between commas
    ("أعلنت الجماعة أنها ستفرض، اعتبارا من مطلع الشهر المقبل، حصارا على مدينتي كاي ونيورو", "siege", "future"),
    ("ستفرض السلطات، بحسب مصادر محلية، حصارا على البلدة الجبلية", "siege", "future"),
    ("لم تشن الطائرات، صباح السبت، أي غارات على المخيم", "air_strike", "negated"),
    # the negation of the aside is its own: the deed is only likely
    ("ذكرت إذاعة محلية، نقلا عن مصادر لم تكشف هويتها، أن اشتباكات ربما اندلعت داخل الثكنة", "armed_clash",
     "hypothetical"),
])
def test_aside_inside_its_clause(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)
    assert "asserted" not in modalities_of(text, category)


@pytest.mark.parametrize("text, category, day", [
    # the time between commas dates the clause it interrupts
    ("قصفت الطائرات الحربية، صباح أمس، مواقع للمسلحين قرب البلدة", "air_strike", "2023-05-13"),
    ("اندلعت اشتباكات عنيفة، فجر الجمعة، بين الجيش والمتمردين في ضواحي المدينة", "armed_clash", "2023-05-12"),
    ("استقبل الرئيس، مساء الخميس، وفدا من قادة الفصائل المسلحة في القصر", "negotiation", "2023-05-11"),
])
def test_aside_dates_its_clause(text: str, category: str, day: str) -> None:
    assert (category, "asserted", day) in _events(text)


def _window_text(text: str, word: str) -> str:
    """The normalised clause window around the first occurrence of ``word`` in ``text``."""
    doc = extract(text, published=PUBLISHED)
    norm = doc.norm.text
    lo, hi = clause_window(doc.seg, norm, norm.index(normalise_key(word)))
    return norm[lo:hi]


@pytest.mark.parametrize("text, word, joined", [
    ("اندلعت اشتباكات، صباح الثلاثاء، بين الجيش والمتمردين", "اشتباكات", True),
    ("ستفرض القوات، بحسب المصادر، حصارا على البلدة", "حصارا", True),
    # a name that opens like a time word is no aside (صباح, a first name)
    ("أكد رئيس المجلس، صباح كرحوت، أن القوات تقدمت", "تقدمت", False),
    # a time with its conjunction opens a clause of its own
    ("سعت إيران لتأسيس حقها، واليوم، أقر المجلس بحقها", "أقر", False),
    # what follows goes on past a conjunction, as it would without the commas
    ("قصفت الطائرات المدينة، أمس، وقتلت عشرة أشخاص", "قصفت", True),
    ("غادر الوزير، مساء الجمعة، واشنطن متوجها إلى المنطقة", "غادر", True),
    # what follows opens a clause of its own: a clause opener, another time
    ("قصفت الطائرات المدينة، أمس، فيما قتل عشرة أشخاص في الريف", "قصفت", False),
    # more words than time words: a clause (أمس كان ينادي بالحكم المشترك، اليوم تحول …)
    ("كان يدعو إلى الحوار، أمس كان ينادي بالسلم، اليوم تحول إلى الحرب", "الحوار", False),
])
def test_aside_joins_two_halves(text: str, word: str, joined: bool) -> None:
    window = _window_text(text, word)
    assert (window.count(",") == 2) is joined  # (the normalised text writes the Arabic comma as ",")


ROUND_S = [
    # a unit of troops with its nationality is a party (وحدة is no abstract object without the article)
    ("اشتبكت وحدة فرنسية مع مسلحين قرب الحدود", "armed_clash", "asserted"),
    # a football ground struck: a place, not a game
    ("سقطت قذيفة على ملعب لكرة القدم في حي سكني", "shelling", "asserted"),
    # residents moved out: an evacuation, not a withdrawal
    ("أخلت السلطات سكان القرى الحدودية خشية القصف", "evacuation", "asserted"),
    # commanders dismissed, a coup
    ("أعلنت الحركة عزل قائدها العسكري في المنطقة الشرقية", "group_change", "asserted"),
    ("عزل الرئيس قائد الجيش من منصبه", "group_change", "asserted"),
    ("أطاح ضباط في الجيش بالرئيس المنتخب", "group_change", "asserted"),
    # troops spread out and sent
    ("بدأ الجيش الانتشار في القرى الحدودية", "deployment", "asserted"),
    ("نشرت الحكومة كتيبتين في الإقليم", "deployment", "asserted"),
    ("أرسلت الحكومة مئات من عناصر الشرطة إلى الإقليم", "deployment", "asserted"),
    # shells counted after ب are the means of the attack
    ("استهدف مسلحون الثكنة بعدة قذائف", "shelling", "asserted"),
    # a journalist detained, denied
    ("نفت الشرطة أن تكون قد أوقفت أي صحافي خلال التظاهرة", "arrest", "negated"),
    # no plan to, what would follow لو, what will become
    ("أكدت الجبهة أنها لا تعتزم شن هجوم على العاصمة", "armed_clash", "negated"),
    ("لو سقطت المدينة لاضطر آلاف السكان إلى النزوح", "evacuation", "hypothetical"),
    ("قال المسؤولون إن البلدة ستصبح محاصرة بالكامل خلال أيام", "siege", "future"),
]


@pytest.mark.parametrize("text, phrase", [
    # a day and month after a word for a place name it: no date of the story (Hijri too)
    ("تظاهر المئات في مدينة العاشر من رمضان شرقي القاهرة", "العاشر من رمضان"),
    ("وقع انفجار قرب جسر 6 أكتوبر وسط العاصمة", "6 أكتوبر"),
])
def test_date_in_a_place_name(text: str, phrase: str) -> None:
    values = [t.value for t in extract(text, published=PUBLISHED).timexes if phrase in t.text]
    assert values == [None]


def test_date_of_a_day_still_read() -> None:
    values = [t.value for t in extract("بدأ الهجوم في العاشر من رمضان", published="2015-08-02").timexes]
    assert values == ["2015-06-27"]


def test_protests_sweeping_a_country_take_nothing() -> None:
    text = "شارك الوزير في واحدة من المظاهرات الكثيرة التي اجتاحت البلاد ضد الجريمة"
    assert modalities_of(text, "territory_change") == []
    assert modalities_of(text, "protest") == ["asserted"]


ROUND_T = [
    # a setting between commas is an aside too; its time dates the clause
    ("اتهمت الحكومة، خلال شهر أبريل الماضي، الجار بإيواء المسلحين", "statement", "asserted"),
    # a time between a negation and its deed does not part them
    ("لم تعلن الأطراف حتى مساء الأحد تمديد الهدنة في المحافظة", "ceasefire", "negated"),
    # a correspondent's بأن opens what he reports, no name
    ("أفاد مراسل بأن مواجهات اندلعت بين الجيش ومسلحين قرب الحدود", "armed_clash", "asserted"),
    # a future adjective of another noun does not make the deed a plan
    ("أجرى الرئيس اتصالا هاتفيا مع حاكم الولاية تناول الخلافات حول الانتخابات المقبلة", "negotiation",
     "asserted"),
    # may undergo, will be able to, about to
    ("ربما تتعرض مخيمات النازحين القريبة من خطوط القتال لقصف مدفعي", "shelling", "hypothetical"),
    ("قال محللون إن القوات ستتمكن من تطويق المدينة خلال أيام", "siege", "future"),
    ("قال سكان إن المسلحين توشك على إحكام الطوق حول المدينة", "siege", "future"),
    # a plan that the sentence says was stopped, called off
    ("كان من المقرر أن يغادر المدنيون المدينة عبر ممر آمن، لكن عملية الإجلاء أوقفت بسبب القصف",
     "evacuation", "negated"),
    ("كان من المقرر أن ينظم المتقاعدون وقفة احتجاجية أمام البرلمان، لكنهم ألغوها بعد لقاء مع الوزير",
     "protest", "negated"),
    # denied, put off, not to take part in any round, a threat
    ("نفى التحالف تنفيذ غارات جوية على السجن", "air_strike", "negated"),
    ("أرجئ توقيع اتفاق لتبادل الأسرى إلى أجل غير مسمى", "agreement", "negated"),
    ("لن يشارك الجيش في أي جولة جديدة من المفاوضات قبل تنفيذ الالتزامات", "negotiation", "negated"),
    ("جددت الحركة تهديدها باقتحام المدينة", "armed_clash", "hypothetical"),
    # merged brigades, a leader stopped, units moved, soldiers sent, a driver killed
    ("تم دمج ثلاثة ألوية في تشكيل عسكري واحد", "group_change", "asserted"),
    ("أعلنت الوزارة أنه تم إيقاف قيادي بارز في الحركة", "arrest", "asserted"),
    ("سوف تنقل وحدات إضافية من الجيش إلى الحدود الشمالية", "deployment", "future"),
    ("أرسلت الحكومة خمسين عسكريا إضافيا إلى القاعدة", "deployment", "asserted"),
    ("قتل مسلحون ملثمون سائق سيارة أجرة في المدينة", "attack_on_civilians", "asserted"),
]


ROUND_U = [
    ("أطلقت دبابات الجيش قذائفها على منازل المواطنين في الحي الشرقي", "shelling", "asserted"),
    ("انتخبت الحركة القيادي البارز أحمد رئيسا لمكتبها السياسي", "group_change", "asserted"),
    ("قال الجيش إن المسلحين نصبوا كمائن للقوات على الطريق", "armed_clash", "asserted"),
    ("استولى مسلحون على حمولات شاحنات المساعدات قرب المعبر", "looting", "asserted"),
    # what could not be checked is a detail: who they were
    ("قتل خمسة مسلحين في غارة جوية قرب البلدة، ولم يتسن التحقق من هوياتهم", "air_strike", "asserted"),
    # a plan the police prevented, a decision withdrawn
    ("كان من المقرر أن تنطلق مظاهرة أمام البرلمان يوم الاثنين، لكن الشرطة منعتها بذريعة التهديدات",
     "protest", "negated"),
    ("كان من المقرر أن تنسحب قوات الشرطة من محيط الساحة صباح اليوم، لكن قيادتها تراجعت عن القرار",
     "territory_change", "negated"),
]


@pytest.mark.parametrize("text, day", [
    # a noun that opens like a future verb (سيارتان، سيارتهم) makes no weekday a coming one
    ("انفجرت سيارتان مفخختان أمام المسجد مساء الثلاثاء", "2023-05-09"),
    ("استهدفت طائرة مسيرة سيارتهم قرب الحدود مساء السبت", "2023-05-13"),
])
def test_noun_is_no_future_verb(text: str, day: str) -> None:
    assert [t.value for t in extract(text, published=PUBLISHED).timexes] == [day]


ROUND_V = [
    # a future adjective after a name in construct is the head's
    ("لن تحضر الدول الغربية محادثات أستانا المقبلة", "negotiation", "negated"),
    ("ستعقد محادثات جنيف المقبلة في موعدها", "negotiation", "future"),
    ("لن تشارك هيئة المعارضة في جولة محادثات سوتشي المقررة", "negotiation", "negated"),
    # a past verb is done, whatever future cue follows it in its clause
    ("حذر الوزير من هجمات قد تشنها الجماعة في الأشهر المقبلة", "statement", "asserted"),
    # an armed group attacking a village, burning crops
    ("هاجم مسلحو الجماعة قرية نائية في الإقليم فجر الأحد", "attack_on_civilians", "asserted"),
    ("أحرق عناصر من خلايا التنظيم محاصيل القمح في عدد من القرى", "looting", "asserted"),
    # observers and patrols deployed, a declaration signed
    ("ستنشر الأمم المتحدة مراقبين دوليين في المدينة", "deployment", "future"),
    ("يعتزم الجيش تسيير دوريات مشتركة على طول الطريق الدولي", "deployment", "future"),
    ("جرى التوقيع على إعلان لحماية المدنيين مساء الخميس", "agreement", "asserted"),
]


ROUND_W = [
    # a denial past a place's descriptor and a two-word name
    ("نفى المحافظ أن تكون مدينة الشيخ زويد محاصرة", "siege", "negated"),
    # if the report is true: the whole sentence is unconfirmed
    ("إذا صحت الرواية المتداولة، فإن مسلحين يكونون قد استولوا على شحنة وقود", "looting", "hypothetical"),
    # an accord not signed yet, unable to arrest, what would have been possible
    ("أكد مصدر أن الاتفاق بشأن تسليم الأحياء لم يوقع بعد", "agreement", "negated"),
    ("لا تزال الأجهزة الأمنية عاجزة عن توقيف أي مشتبه به في الاغتيال", "arrest", "negated"),
    ("لو قبلت المعارضة بالصيغة لأمكن التوصل إلى اتفاق قبل أشهر", "agreement", "hypothetical"),
    # a tanker seized, visitors and displaced people killed, a convoy of the displaced, a joint patrol
    ("احتجز الحرس الثوري الإيراني يوم الجمعة ناقلة النفط في المضيق", "looting", "asserted"),
    ("قتل مسلحون أربعة نازحين أثناء جمعهم الحطب قرب المخيم", "attack_on_civilians", "asserted"),
    ("وصلت أول قافلة من مهجري البلدة إلى ريف حماة", "evacuation", "asserted"),
    ("سيرت القوات الروسية والتركية أول دورية مشتركة قرب البلدة", "deployment", "asserted"),
]

ROUND_X = [
    # a clause opened by a condition is all condition, however long
    ("في حال توصلت الحكومة والاتحاد العام للشغل في العاصمة إلى اتفاق بشأن الأجور، فسيلغى الإضراب",
     "agreement", "hypothetical"),
    # possibly had been, past a long subject
    ("يحتمل أن يكون الصحفي المختفي منذ أسبوع في العاصمة قد اختطف على أيدي مسلحين", "attack_on_civilians",
     "hypothetical"),
    # spoils taken, livestock seized far from the verb, police deployed in their thousands
    ("غنمت الجماعة ست عربات عسكرية من ثكنة للجيش", "looting", "asserted"),
    ("استولى مسلحون يوم الثلاثاء على أكثر من ثلاثمئة رأس من الماشية", "looting", "asserted"),
    ("نشرت السلطات خمسة وأربعين ألف شرطي في أنحاء البلاد", "deployment", "asserted"),
]


@pytest.mark.parametrize("text, category, modality", ROUND_S + ROUND_T + ROUND_U + ROUND_V + ROUND_W + ROUND_X)
def test_session_words(text: str, category: str, modality: str) -> None:
    """Words and switches of the session's six rounds of written sentences (S–X)."""
    assert modality in modalities_of(text, category)
