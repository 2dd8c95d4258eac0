"""The rules of the fifteenth session (docs/events.md, "Rules of the fifteenth session"): dates in the
names of grounds and squares; questions opened by هل; what a pronoun says its subject is; adverbs of
habit; fighting as a goal (للقتال); places, not papers, handed over; the subject inside a verb's trigger;
and the words that made figures of records, duties, organs and lists.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from rasad.pipeline import extract

from conftest import asserted_categories as _asserted
from conftest import modalities_of

PUBLISHED = "2023-05-14"  # a Sunday


@pytest.mark.parametrize("text, phrase", [
    # a day and month after a ground, a square or an airport name it, proclitic or not
    ("أقيمت المباراة على ملعب 22 مايو بمدينة عدن", "22 مايو"),
    ("تجمع الأنصار بملعب 7 يوليو قبل اللقاء", "7 يوليو"),
    ("هبطت الطائرة في مطار 11 فبراير الدولي", "11 فبراير"),
])
def test_date_in_the_name_of_a_ground(text: str, phrase: str) -> None:
    values = [t.value for t in extract(text, published=PUBLISHED).timexes if phrase in t.text]
    assert values == [None]


def test_a_name_with_a_date_does_not_date_the_next_sentence() -> None:
    text = ("تقع العمارة خلف ملعب 22 مايو في حي الشيخ عثمان. "
            "وقال السكان إن الحوثيين قصفوا الحي بالصواريخ.")
    dates = [e.date.value for e in extract(text, published="2015-07-21").events if e.category == "shelling"]
    assert dates and all(not d.startswith("2015-05") for d in dates)


@pytest.mark.parametrize("text, category", [
    # هل opens a question even when its mark is lost, and an asserted cue (ما زال) does not answer it
    ("هل ما زالت الطائرات تقصف الأحياء الشرقية من المدينة.", "air_strike"),
    ("هل ما زال الجيش يحاصر البلدة؟", "siege"),
    ("وهل اقتحمت القوات المخيم فعلا", "armed_clash"),
])
def test_questions_assert_nothing(text: str, category: str) -> None:
    assert modalities_of(text, category) == ["hypothetical"]


def test_a_question_of_memory_asks_nothing_of_the_deed() -> None:
    # "do you remember" presupposes what is remembered
    assert modalities_of("هل تذكرون قصف الطائرات الروسية سوق مدينة أريحا قبل عامين؟", "air_strike") == ["asserted"]


@pytest.mark.parametrize("text", [
    # what a pronoun says its subject is: a name given, not a happening
    "يرى الوزير أن المواجهة مع التطرف هي معركة المجتمع كله وليست معركة الشرطة وحدها",
    "قال الخبير إن الطريق الوحيد للخروج من الأزمة هو مفاوضات جادة",
    "رأى المعلق أن أفضل رد على الحصار هو الهجوم",
])
def test_named_by_a_pronoun(text: str) -> None:
    assert not _asserted(text) & {"armed_clash", "negotiation"}


@pytest.mark.parametrize("text, category", [
    # not after a demonstrative, nor after a word of happening, nor before a relative clause
    ("وهذا هو الاجتماع الثالث الذي يعقده الوزيران هذا الشهر", "negotiation"),
    ("وقال المحافظ إن ما جرى صباح اليوم هو تفجير إرهابي", "bombing"),
    ("وزار الوفد العاصمة الروسية في مارس، وهي الزيارة التي مهدت للاتفاق", "negotiation"),
])
def test_a_pronoun_before_a_happening_told(text: str, category: str) -> None:
    assert category in _asserted(text)


@pytest.mark.parametrize("text", [
    # an adverb of habit in the clause: what is done as a rule
    "يرى المؤرخون أن انسحاب الجيوش من المدن المدمرة يخلف عادة فراغا أمنيا",
    "تظهر الدراسات أن الحصار نادرا ما يحسم الحروب الأهلية",
])
def test_what_is_done_as_a_rule(text: str) -> None:
    assert not _asserted(text) & {"territory_change", "siege", "air_strike"}


def test_still_going_on_is_no_rule() -> None:
    assert "armed_clash" in _asserted("لا تزال الاشتباكات مستمرة في محيط المطار")


@pytest.mark.parametrize("text", [
    # fighting as what they went, were sent or were recruited for
    "قدرت الحكومة أن مئات من مواطنيها سافروا إلى العراق للقتال في صفوف التنظيم",
    "حكمت المحكمة على رجل بتهمة تجنيد شبان للقتال في الخارج",
    "شكلت الدول الغربية تحالفا لقتال التنظيم",
])
def test_fighting_as_a_goal(text: str) -> None:
    assert modalities_of(text, "armed_clash") == ["hypothetical"]


def test_a_goal_leaves_the_noun_after_it_alone() -> None:
    # a noun with the article governs nothing: the protest after it is its own
    text = "نظمت أمهات جنود جرى استدعاؤهم للقتال وقفة احتجاجية أمام مقر الوزارة"
    assert "asserted" in modalities_of(text, "protest")


@pytest.mark.parametrize("text, expected", [
    # a place handed over is a transfer of territory; a copy, a case, a person or weapons are not
    ("أعلنت الفصائل تسليم قرية الراعي إلى قوات الشرطة", True),
    ("جرى تسليم معسكر الحمراء إلى وحدات الجيش النظامي", True),
    ("وجرى تسليم المتهمين نسخة من الحكم", False),
    ("وتم تسليم الحالة إلى الجهات المختصة", False),
    ("حضر السفير مراسم تسليم المساعدات الغذائية للأسر", False),
])
def test_a_handover(text: str, expected: bool) -> None:
    assert ("territory_change" in _asserted(text)) is expected


def test_power_handed_over_is_a_change_of_leadership() -> None:
    text = "طالبت النقابات المجلس العسكري بتسليم السلطة إلى حكومة مدنية"
    assert "statement" in _asserted(text)
    assert modalities_of(text, "group_change") == ["hypothetical"]


@pytest.mark.parametrize("text, actors", [
    # a state or a group inside a verb's trigger is its subject, the one right after it acted on
    ("سحبت روسيا بعض قواتها من قاعدة حميميم", [("actor1", "روسيا")]),
    ("سلمت وحدات حماية الشعب عددا من القرى لقوات النظام",
     [("actor1", "وحدات حماية الشعب"), ("actor2", "الجيش السوري")]),
    # with its subject just before the verb, the one inside is the object
    ("وبرهنت الوحدات الكردية التي طردت تنظيم داعش من مدينة منبج على قدرتها القتالية",
     [("actor1", "وحدات حماية الشعب"), ("actor2", "تنظيم الدولة الإسلامية")]),
])
def test_the_subject_inside_a_trigger(text: str, actors: list[tuple[str, str]]) -> None:
    events = [e for e in extract(text, published=PUBLISHED).events if e.category == "territory_change"]
    assert events and [(a.role, a.name) for a in events[0].actors] == actors


@pytest.mark.parametrize("text, category", [
    # records broken, duties dodged, organs attacked, fat burnt, the mind freed, knowledge exploding
    ("وحطم الأرقام القياسية في سباقات الماراثون هذا العام", "riot"),
    ("اعتبر النائب أن موقف الحكومة تهرب من استحقاق الانتخابات", "evacuation"),
    ("الضغط المرتفع عدو صامت يهاجم الكلى والقلب", "armed_clash"),
    ("تساعد السباحة على إحراق السعرات الحرارية", "riot"),
    ("تحرير العقل من الخرافة أول طريق النهضة", "territory_change"),
    ("فرض الانفجار المعرفي على الجامعات تغيير مناهجها", "bombing"),
    # a country joins a list, not an alliance
    ("انضمت البلاد إلى قائمة الدول الأكثر تضخما", "group_change"),
    # a slogan after لشعار
    ('رفعوا لافتات مطابقة لشعار "نحرق البلد" في الملعب', "riot"),
])
def test_figures(text: str, category: str) -> None:
    assert category not in _asserted(text)


@pytest.mark.parametrize("text, category, modality", [
    # refraining is not doing
    ("اتفق الطرفان على الامتناع عن قصف المناطق السكنية", "shelling", "negated"),
    # forces withdrawn with the subject between the verb and its object
    ("لن تسحب الحكومة قواتها من الشريط الحدودي هذا العام", "territory_change", "negated"),
])
def test_modality_vocabulary(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


def test_advisers_sent_are_deployed() -> None:
    assert "deployment" in _asserted("أرسلت الحكومة مستشارين عسكريين إلى الجبهة الشمالية")


def test_a_tower_is_a_place_name() -> None:
    assert "territory_change" not in _asserted("زار الوفد برج التحرير في وسط المدينة")


@pytest.mark.parametrize("text, category", [
    # an indefinite noun after ل right after a word of planning is planned, not done
    ("اعتقلت الشرطة ثلاثة رجال عادوا من سوريا للتخطيط لاعتداءات في البلاد", "attack_on_civilians"),
    ("قال الجيش إنه قصف موقعا كانت الجماعة تحضر لهجوم على القاعدة", "armed_clash"),
    # a verbal noun of making after ل of purpose makes the deed after it a goal
    ("سمحت الحكومة للتحالف باستخدام القاعدة الجوية لشن غارات على التنظيم", "air_strike"),
    ("تسعى تركيا لعقد هذه القمة في أنقرة", "negotiation"),
    ("طلب الرئيس من الجيش الاستعداد للقيام بعمليات عسكرية في الشمال", "armed_clash"),
])
def test_planned_and_purposed(text: str, category: str) -> None:
    assert category not in _asserted(text)
    assert modalities_of(text, category)


def test_a_definite_deed_planned_is_the_deed_done() -> None:
    text = "عقد الموقوفون اجتماعات في منزل أحدهم للتخطيط للهجوم على المسجد"
    assert "asserted" in modalities_of(text, "armed_clash") + modalities_of(text, "attack_on_civilians")


@pytest.mark.parametrize("text", [
    # treaties and conventions by name, and a cause
    "تلتزم الدولة بما تنص عليه اتفاقية حظر الأسلحة الكيميائية",
    "رفعت الأحزاب القومية شعارات الوحدة وتحرير فلسطين",
])
def test_names_of_treaties_and_causes(text: str) -> None:
    assert not _asserted(text) & {"agreement", "territory_change"}


@pytest.mark.parametrize("text", [
    # "whoever" before an imperfect: anyone who would do it
    "الإرهاب لا وطن له، ومن يبرر التفجير باسم الدين إنما يسيء إلى المسلمين",
    "ومن يظن أن السيطرة على المدن بقوة السلاح تصنع شرعية فهو واهم",
])
def test_whoever(text: str) -> None:
    assert not _asserted(text) & {"bombing", "territory_change"}


def test_whoever_ends_at_a_relative_clause() -> None:
    text = "وحذر النائب كل من يحاول العبث بأمن المحافظة التي شهدت قبل يومين هجوما بشاحنة مفخخة"
    assert _asserted(text) & {"bombing", "armed_clash"}


def test_a_preposition_with_fa_opens_no_sentence_in_the_present() -> None:
    # فيما is no imperfect verb: the clashes it tells of go on
    text = "فيما تواصلت المواجهات بين مقاتلي العشائر ومسلحي التنظيم لليوم الثالث شمالي الرمادي"
    assert "armed_clash" in _asserted(text)


@pytest.mark.parametrize("text, modality", [
    # demands by name: what they ask for is not done, the protest whose demands they are is
    ("لم تستجب الحكومة لمطالب الأهالي بإرسال قوات إضافية إلى البلدة", "hypothetical"),
])
def test_demands_by_name(text: str, modality: str) -> None:
    assert modalities_of(text, "deployment") == [modality]


def test_the_demands_of_protesters_leave_their_protest() -> None:
    assert "protest" in _asserted("خرج آلاف المتظاهرين في البصرة أمس وقدموا مطالبهم إلى المحافظ")


@pytest.mark.parametrize("text, category", [
    # the capital or a district's centre entered
    ("دخل مقاتلو الحركة العاصمة بعد ساعات من فرار الرئيس", "territory_change"),
    # antiquities smashed by gunmen: property destroyed, no crowd's riot
    ("حطم مسلحو التنظيم تماثيل أثرية في متحف المدينة", "looting"),
    # Katyusha rockets with the article: shelling, not an air strike
    ("قصف مسلحون بصواريخ الكاتيوشا قاعدة جوية غربي البلاد", "shelling"),
])
def test_more_vocabulary(text: str, category: str) -> None:
    assert category in _asserted(text)


@pytest.mark.parametrize("text", [
    # deaths by accident are no violence
    "لقي أربعة أشخاص مصرعهم في حادث سير على الطريق الدولي",
    "مقتل عشرين شخصا في حريق شب في سوق شعبي بالعاصمة",
    "قتل ستة أشخاص بتدافع عند مدخل الملعب",
])
def test_deaths_by_accident(text: str) -> None:
    assert "attack_on_civilians" not in _asserted(text)


def test_a_killing_in_an_attack_stays() -> None:
    assert _asserted("قتل مسلحون مجهولون ستة مدنيين في هجوم على سوق شعبي بالعاصمة")


@pytest.mark.parametrize("text, category", [
    # people freed are no place taken; an idiom; reins, rights and reputations
    ("حرر الجيش الرهائن الذين كانت الجماعة تحتجزهم في الغابة", "territory_change"),
    ("ضرب القرار عصفورين بحجر واحد", "air_strike"),
    ("باتت الطغمة أكثر سيطرة على مقاليد الحكم", "territory_change"),
    ("طالب الحزب باستعادة الحقوق المسلوبة", "territory_change"),
])
def test_more_figures(text: str, category: str) -> None:
    assert category not in _asserted(text)


@pytest.mark.parametrize("text", [
    # missiles sold, bought or held are not fired
    "أعلنت موسكو استئناف بيع صواريخ متطورة للحكومة",
    "كشفت الوثائق عن امتلاك الجماعة صواريخ بعيدة المدى",
])
def test_missiles_traded_or_held(text: str) -> None:
    assert "shelling" not in _asserted(text)


@pytest.mark.parametrize("text, category", [
    # a definite noun that a relative clause says someone made is a deed done, whatever comes of it
    ("رجح ناشطون أن يرتفع عدد ضحايا الغارات التي شنها الطيران الحربي على السوق", "air_strike"),
    ("هدد الجيش بالرد على الهجمات التي شنتها الجماعة على مواقعه", "armed_clash"),
])
def test_done_by_a_relative_clause(text: str, category: str) -> None:
    assert category in _asserted(text)


@pytest.mark.parametrize("text", [
    # whoever blows himself up, cases of a kind, opponents shelled with words
    "قال الشيخ إن من يفجر نفسه بين المصلين ليس شهيدا",
    "تتولى الوحدة التدخل السريع في حالات الشغب والاختطاف",
    "قصف الخصوم بالتصريحات النارية لم يعد يجدي",
])
def test_still_more_figures(text: str) -> None:
    assert not _asserted(text) & {"bombing", "riot", "attack_on_civilians", "shelling"}


@pytest.mark.parametrize("text, category", [
    # control spread, its subject between; a council formed
    ("بسطت فصائل المقاومة سيطرتها على حي المعلا بعد معارك استمرت أياما", "territory_change"),
    ("أعلن قادة الفصائل تشكيل مجلس تنسيقي موحد لقيادة العمليات", "group_change"),
])
def test_vocabulary_of_yemen(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_fear_of_an_attack() -> None:
    text = "ويتخوف مراقبون أن يقوم التنظيم بتنفيذ هجمات كبيرة على مناطق أخرى"
    assert modalities_of(text, "armed_clash") == ["hypothetical"]


def test_a_partitive_picks_out_every_noun_joined_to_it() -> None:
    text = "ويذكر التقرير ما مارسته الجماعة من تفجير وقتل وتخريب باسم الدين"
    assert not _asserted(text) & {"bombing", "attack_on_civilians", "riot"}


@pytest.mark.parametrize("text, category, modality", [
    # ما right before a perfect verb that opens its clause negates it
    ("«ما انسحبنا من أي موقع، وما زالت قواتنا في مواقعها»، قال قائد ميداني", "territory_change", "negated"),
    ("ما انسحبت القوات من أي من الأحياء التي تتمركز فيها", "territory_change", "negated"),
    # after a comma it is what followed, and with a pronoun after the verb it is what was done
    ("فجر انتحاري نفسه في مركز ثقافي، ما أودى بحياة 32 شخصا", "attack_on_civilians", "asserted"),
])
def test_ma_before_a_perfect(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


@pytest.mark.parametrize("text, category, modality", [
    # no intention to; operations suspended; a cell broken up
    ("قال الوزير إنه لا نية لدى بلاده لإرسال قوات برية إلى الشمال", "deployment", "negated"),
    ("أعلن الحزب تعليق عملياته المسلحة حتى موعد الانتخابات", "ceasefire", "asserted"),
    ("تمكنت الأجهزة الأمنية من تفكيك خلية تضم عددا من المطلوبين", "arrest", "asserted"),
])
def test_vocabulary_of_the_pkk_and_the_gulf(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


def test_weather_words() -> None:
    assert not _asserted("يتوقع خبراء الأرصاد أن تقتحم موجة غبار كثيفة المناطق الصحراوية مساء الغد")


@pytest.mark.parametrize("text, actor", [
    # "the government forces" are the forces of the country the story is about
    ("استعادت القوات الحكومية السيطرة على مجمع الجامعة في الرمادي بمحافظة الأنبار", "الجيش العراقي"),
    ("استعادت القوات الحكومية بلدة كفرنبودة في ريف حماة", "الجيش السوري"),
])
def test_government_forces_of_the_story(text: str, actor: str) -> None:
    events = [e for e in extract(text, published=PUBLISHED).events if e.category == "territory_change"]
    assert events and [a.name for a in events[0].actors if a.role == "actor1"] == [actor]


def test_government_forces_of_a_country_unknown() -> None:
    text = "هاجم الانفصاليون القوات الحكومية المتمركزة حول بلدة صغيرة قرب ماريوبول"
    names = {a.name for e in extract(text, published=PUBLISHED).events for a in e.actors}
    assert "الجيش السوري" not in names


@pytest.mark.parametrize("text, category", [
    # the immune system's attacks and a virus's invasion are biology
    ("يشن الجهاز المناعي هجوما على خلايا الجسم نفسه في أمراض المناعة الذاتية", "armed_clash"),
    ("يقتحم الفيروس الخلية ويستولي على آلاتها لينتج نسخا جديدة منه", "territory_change"),
])
def test_biology(text: str, category: str) -> None:
    assert category not in _asserted(text)


def test_grain_seized_is_looted() -> None:
    text = "استولت القوات على آلاف الأطنان من الحبوب في مستودعات المدينة"
    assert "looting" in _asserted(text) and "territory_change" not in _asserted(text)


def test_anyone_who_did_it() -> None:
    # كل من before a verb of doing is "anyone who", before a name "each of"
    assert "riot" not in _asserted("يعاقب القانون بالسجن كل من أقدم على إحراق مبنى مأهول عمدا")
    assert "group_change" in _asserted("وتمت تسمية كل من هيثم رحمة ونصر الحريري أعضاء في لجنة إعادة تشكيل المجلس العسكري")


def test_beaten_with_axes_is_no_air_strike() -> None:
    text = "قتل مسلحون مئات المدنيين طعنا وضربا بالفؤوس في بلدة ماي كادرا"
    assert "air_strike" not in _asserted(text) and "attack_on_civilians" in _asserted(text)


@pytest.mark.parametrize("text, category, modality", [
    # a bombing operation, armed activity frozen
    ("أعلنت الكتائب مسؤوليتها عن عملية تفجيرية عند حاجز عسكري قرب نابلس", "bombing", "asserted"),
    ("أعلن زعيم الجماعة تجميد جميع نشاطاتها المسلحة لمدة ستة أشهر", "ceasefire", "asserted"),
])
def test_vocabulary_of_iraq_and_palestine(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


@pytest.mark.parametrize("text", [
    # a crowd's joy, locusts, talents
    "تحولت المدرجات إلى مظاهرة فرح بالأعلام والأغاني",
    "تعرض الأجنحة تقنيات حديثة لمنع هجوم الجراد على المحاصيل",
    "يبدأ تفجير طاقات المواهب من المدرسة",
])
def test_figures_of_everyday_life(text: str) -> None:
    assert not _asserted(text)


@pytest.mark.parametrize("text", [
    # fears calmed, the places of fighting with no fight told
    "سيلتقي الوزير نظراءه لتهدئة مخاوفهم من الاتفاق",
    "معظم المهاجرين هاربون من مناطق قتال أو عنف",
])
def test_no_fight_told(text: str) -> None:
    assert not _asserted(text) & {"ceasefire", "armed_clash"}


def test_sappers_blow_up_a_bomb_to_defuse_it() -> None:
    assert modalities_of("قام فريق الهندسة بتفجير العبوة الناسفة في مكانها", "bombing") == ["negated"]


def test_ma_after_its_subject() -> None:
    text = "قال مصدر عسكري إن وحدات الجيش ما اشتبكت مع القوات الأجنبية عند الحدود"
    assert modalities_of(text, "armed_clash") == ["negated"]
