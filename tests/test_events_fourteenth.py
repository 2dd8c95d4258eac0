"""The rules of the fourteenth session (docs/events.md, "Rules of the fourteenth session"): weak
imperfects that tell what someone does as a rule; verbs right after أن; imperfects in ت that open a
sentence in the present; the other clauses of such a sentence; the camps of the displaced; revenge as a
motive; projectiles; plans put off by name; and the people a camp holds, who are no place.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from rasad.pipeline import extract

from conftest import asserted_categories as _asserted
from conftest import modalities_of

PUBLISHED = "2023-05-14"  # a Sunday


@pytest.mark.parametrize("text", [
    # a weak imperfect with its actor only: what a group does as a rule
    "تستهدف الجماعات المتطرفة الشباب عبر مواقع التواصل الاجتماعي",
    "يرى الكاتب أن التنظيم يستهدف النشء العربي بخطاب متطرف",
    # after a relative pronoun, it describes what it follows, even with a place
    "تنظم الجمعية ورش رسم جديدة، وهي الورش التي تستهدف الأطفال في الأحياء الفقيرة بمدينة خان يونس",
])
def test_weak_imperfect_as_a_rule(text: str) -> None:
    assert not _asserted(text) & {"shelling", "attack_on_civilians", "armed_clash"}


@pytest.mark.parametrize("text, category", [
    # with a date or a place of its own it is a happening
    ("تستهدف المدفعية منذ صباح اليوم أحياء مدينة درعا البلد", "shelling"),
    # a perfect is one anyway; an armed group shoots, it does not shell
    ("استهدفت مجموعة مسلحة دورية للشرطة قرب مدينة العريش", "armed_clash"),
])
def test_weak_verb_with_something_of_its_own(text: str, category: str) -> None:
    assert category in _asserted(text)


@pytest.mark.parametrize("text, category, modality", [
    # a verb right after أن is its subjunctive: a deed set as a term, not done
    ("أقر البرلمان قانونا يقضي بأن تنسحب القوات الأجنبية من الإقليم", "territory_change", "hypothetical"),
    ("وقع المشاركون على وثيقة تؤكد أن يغادر المقاتلون المدينة", "evacuation", "hypothetical"),
    # after قبل أن a story goes on
    ("قاتلت الحامية ساعات طويلة قبل أن تنسحب من البلدة", "territory_change", "asserted"),
])
def test_subjunctive(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


@pytest.mark.parametrize("text", [
    # an imperfect of forms V-VIII or X opens the sentence: it tells of what is
    "تتميز القنابل الموجهة بدقة عالية تقلل الأضرار الجانبية للقصف",
    "تعتمد المنظومات الجديدة على رادارات ترصد الطائرات المسيرة قبل أن تنفذ هجومها",
    # a ت-verb with no ت at its end before a feminine subject is an imperfect
    "تحمل الطائرات المسيرة الانتحارية رأسا حربيا صغيرا ينفجر عند الاصطدام بالهدف",
    # the other clauses of such a sentence are as general as the first
    "يرى الضابط أن الاستيلاء على الأرض لا يكفي وحده، وأن السيطرة عليها تتطلب قوات كبيرة",
])
def test_sentence_in_the_present(text: str) -> None:
    assert not _asserted(text)


@pytest.mark.parametrize("text, category", [
    # a perfect before a feminine subject ends in ت
    ("تقدمت القوات الحكومية نحو البلدة من الجهة الشمالية", "territory_change"),
    # a number is no feminine subject: تظاهر is a perfect
    ("تظاهر المئات أمام مقر الحكومة في العاصمة", "protest"),
    ("تظاهر عشرات الآلاف في شوارع المدينة احتجاجا على نتائج الانتخابات", "protest"),
    # an imperfect of a happening going on
    ("تتواصل الاشتباكات العنيفة بين الجيش والمتمردين", "armed_clash"),
    # a contrast opens a clause that tells of its own happenings
    ("تعد المدينة مركزا تجاريا مهما، لكن اشتباكات عنيفة اندلعت فيها", "armed_clash"),
])
def test_not_in_the_present(text: str, category: str) -> None:
    assert category in _asserted(text)


@pytest.mark.parametrize("text, category, expected", [
    # the camps of the displaced are where they live
    ("تفتقر المدارس في مخيمات النزوح إلى المعلمين والكتب", "evacuation", False),
    ("فر آلاف المدنيين إلى مخيمات النزوح في ريف إدلب", "evacuation", True),
    # revenge is a motive, and ثار (rose up) is spelt like ثأر once hamza is normalised
    ("قال التنظيم في بيانه إن العملية جاءت ثأرا للمسلمين", "riot", False),
    ("ثار غضب الأهالي بعد الحادثة", "riot", False),
    # projectiles are shells
    ("سقطت عدة مقذوفات على أحياء سكنية في مدينة نجران", "shelling", True),
])
def test_vocabulary(text: str, category: str, expected: bool) -> None:
    assert (category in _asserted(text)) is expected


def test_plan_put_off_by_name() -> None:
    text = "كان من المقرر أن تنطلق الجولة الثانية من المشاورات في جنيف، لكن الأمم المتحدة أعلنت إرجاءها"
    assert modalities_of(text, "negotiation") == ["negated"]


def test_the_people_of_a_camp_are_no_place() -> None:
    doc = extract("بدأت الطائرات حملة قصف لمخيمات ناشطي الحزب في شمال العراق", published=PUBLISHED)
    assert "ناشطي" not in {e.text for e in doc.entities}
    assert {e.location.name for e in doc.events if e.location} <= {"العراق", "شمال العراق"}


@pytest.mark.parametrize("text, category, modality", [
    # an indefinite event noun governed by a verb of the future is to come
    ("سترسل الحكومة تعزيزات إلى الحدود الشرقية", "deployment", "future"),
    ("قال المحلل إن الجماعة ستزداد اعتداء على جيرانها", "attack_on_civilians", "future"),
    # a name that opens like a future verb governs nothing
    ("عقد المبعوث الأممي ستافان دي ميستورا لقاء مطولا مع وفد المعارضة في جنيف", "negotiation", "asserted"),
    # a perfect verb is done, whatever date its clause holds (the Friday of a plan told after it)
    ("اعتقلت قوات الأمن شابين كانا يعتزمان تفجير مسجد أثناء صلاة الجمعة", "arrest", "asserted"),
])
def test_future_verbs(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


@pytest.mark.parametrize("text", [
    # scripture quoted
    'قال تعالى: "وإن طائفتان من المؤمنين اقتتلوا فأصلحوا بينهما"، وفي الآية دعوة إلى وقف الاقتتال',
    # what evidence shows, what is known
    "تكشف التجارب التاريخية أن الحصار الطويل نادرا ما يسقط الأنظمة",
    "من المعروف في الأدبيات العسكرية أن الدفاع يتمتع بأفضلية طبيعية على الهجوم",
    # a struggle of another kind; barrels of oil
    "يرى باحثون أن إعادة الإعمار في العراق تواجه معركة من نوع آخر مع الفساد",
    "عرضت الشركة على عملائها ملايين البراميل من وقود الديزل",
])
def test_no_event_told(text: str) -> None:
    assert not _asserted(text)


@pytest.mark.parametrize("text, category", [
    # arms and vehicles seized are property taken, not a place
    ("استولى مسلحون على آليات ومعدات عسكرية من موقع حدودي", "looting"),
    # villages emptied of their people: an evacuation, not a withdrawal
    ("أخلت السلطات أكثر من 90 قرية حدودية في منطقة جازان من سكانها", "evacuation"),
    # migrants stopped, counted: an arrest; patrols deployed
    ("أوقفت قوات خفر السواحل 1300 مهاجر قبالة السواحل", "arrest"),
    ("نشرت وزارة الداخلية دوريات أمنية ثابتة أمام المساجد", "deployment"),
])
def test_categories(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_a_week_is_compared_by_its_first_day() -> None:
    from rasad.events.dating import first_day

    assert first_day("2015-W31") == "2015-07-27"
    assert first_day("2015-W31") > "2015-07-24" > first_day("2015-W30")
    assert first_day("2015-08") == "2015-08"
    # a noun dated last week is no plan (published on a Sunday, the week before is W18)
    assert modalities_of("تواصل القصف على أحياء المدينة خلال الأسبوع الماضي", "shelling") == ["asserted"]


@pytest.mark.parametrize("text", [
    # the "real" one, attacks on computers and bodies, numbers that explode: figures
    "الحصار الحقيقي هو أن تعيش في وطن لا تستطيع أن تقول فيه ما تفكر فيه",
    "يساعد البرنامج الجديد على كشف هجمات القرصنة قبل وصولها إلى الخوادم",
    "يفرض الانفجار السكاني ضغوطا متزايدة على شبكات المياه في العاصمة",
    # withdrawing from a competition or from a duty
    "قرر النادي الانسحاب من البطولات القارية بسبب تكاليف السفر",
    # what a law forbids is no deed done
    "تحظر اتفاقيات جنيف استهداف المستشفيات وسيارات الإسعاف في أي نزاع",
    "والشريعة تحرم قتل النفس التي حرم الله",
    # a film's story
    "تدور قصة الفيلم حول مفاوضات عسيرة بين زوجين منفصلين على حضانة طفلهما",
])
def test_figures_laws_and_stories(text: str) -> None:
    assert not _asserted(text)


def test_a_real_withdrawal_from_a_town_stays() -> None:
    assert "territory_change" in _asserted("انسحبت القوات الحكومية من بلدة مورك بعد معارك عنيفة")


@pytest.mark.parametrize("text, expected", [
    # a bare blow is a strike only with a party, a place or a number in its clause
    ("يعد انهيار العملة ضربة قاسية للمدخرين الذين يفقدون جزءا من ودائعهم", False),
    ("قال المدير إن حرب الأسعار وجهت ضربة موجعة لأرباح الشركة", False),
    ("نفذت طائرات التحالف 14 ضربة قرب مدينة الرقة", True),
    ("وقال البيان إن ضربة دمرت مصنعا للمواد الناسفة في الحويجة", True),
])
def test_a_blow(text: str, expected: bool) -> None:
    assert ("air_strike" in _asserted(text)) is expected


def test_a_verb_whose_subject_is_a_noun_and_its_adjective() -> None:
    # قتل قناصة حوثيون: a perfect verb, its subject an indefinite noun and a nominative adjective
    text = "قتل قناصة حوثيون امرأة وطفلها أثناء عبورهما طريقا فرعيا في مديرية صبر الموادم بمحافظة تعز"
    assert "attack_on_civilians" in _asserted(text)
    # the killing of civilians in general is no event
    assert not _asserted("قتل المدنيين جريمة لا تغتفر")


@pytest.mark.parametrize("text, category", [
    # a force or units between the verb of entering and the place
    ("دخلت قوة إسرائيلية بلدة الرفيد في ريف القنيطرة الجنوبي", "territory_change"),
    ("دخلت وحدات من الجيش السوري أحياء درعا البلد ورفعت العلم فوق مبانيها", "territory_change"),
    # a body found with gunshot wounds
    ("عثر على جثة شاب مصاب بطلقات نارية في الرأس قرب بلدة الجيزة", "attack_on_civilians"),
    # a periodic meeting is no league match
    ("عقدت اللجنة العسكرية المشتركة اجتماعها الدوري في مدينة سرت بحضور ممثلين عن الطرفين", "negotiation"),
])
def test_more_categories(text: str, category: str) -> None:
    assert category in _asserted(text)


@pytest.mark.parametrize("text, category, modality", [
    # the means after ب shares the modality of the deed before it
    ("ربما تلجأ المجموعات المسلحة إلى استهداف تجمعات المواطنين في دمشق بسيارات مفخخة", "bombing", "hypothetical"),
    # a drone "without a pilot" negates nothing
    ("قالت مصادر محلية إن طائرة أمريكية من دون طيار استهدفت سيارة في مدينة المكلا", "air_strike", "asserted"),
    # wanted for a crime: the crime is charged, not told
    ("أوقفت دورية للأمن الجنائي في جرمانا أحد المطلوبين بجرم الخطف", "attack_on_civilians", "hypothetical"),
    ("أوقفت دورية للأمن الجنائي في جرمانا أحد المطلوبين بجرم الخطف", "arrest", "asserted"),
    # a future attempt
    ("سيحاول الحزب إطلاق صواريخ موجهة على المنشآت الحيوية", "shelling", "hypothetical"),
])
def test_means_drones_and_charges(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


@pytest.mark.parametrize("text, category", [
    # a sniper shoots: no shelling
    ("قنص مسلحون متمركزون في حي بستان القصر سائق سيارة أجرة في حلب", "shelling"),
    # a suicide drone is no suicide bombing
    ("هاجمت طائرات مسيرة انتحارية مواقع الجيش في مدينة الفاشر", "bombing"),
])
def test_not_this_category(text: str, category: str) -> None:
    assert category not in _asserted(text)


def test_a_closing_line_of_tags_tells_nothing() -> None:
    # the tags pasted after the story: no arrest in "توقيف"
    text = "قالت الشرطة إن التحقيقات مستمرة في القضية. سمات توقيف لبنان مسلحين"
    assert not _asserted(text)
    # a word of the story that opens like a tag line is read: it ends a sentence
    assert "air_strike" in _asserted("من سمات هذه الحرب أنها طويلة. قصفت الطائرات مدينة حلب أمس.")


@pytest.mark.parametrize("text, category, modality", [
    # prevented from holding a march: it did not happen
    ("أعلنت السلطات أنها ستمنع المعارضين من تنظيم مسيرة في وسط العاصمة", "protest", "negated"),
    # failed to prevent the storming: it happened
    ("لم تفلح قوات مكافحة الشغب في منع محتجين غاضبين من اقتحام مبنى المحافظة", "riot", "asserted"),
])
def test_prevented(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


def test_a_verb_after_a_place_word_is_no_name() -> None:
    doc = extract("وهي مدينة سيطرت عليها الجماعة قبل عدة أشهر واستعادها الجيش في فبراير", published=PUBLISHED)
    assert "سيطرت" not in {e.text for e in doc.entities}


@pytest.mark.parametrize("text, expected", [
    # years summed up: no event, whatever country it names
    ("عرف العراق خلال العقدين الماضيين موجات متعاقبة من العنف والتفجيرات", False),
    ("على مدى السنوات الماضية، ظل النزوح الداخلي السمة الأبرز للأزمة الإنسانية في اليمن", False),
    # "since" years: a siege still told; a long period in another clause leaves the deal alone
    ("تفرض الجماعة منذ سنوات حصارا خانقا على مدينة تعز", True),
    ("أبرمت الحكومة والجماعة اتفاقا في جنيف لتبادل الأسرى، في أكبر صفقة خلال سنوات الحرب", True),
])
def test_years_summed_up(text: str, expected: bool) -> None:
    assert bool(_asserted(text)) is expected


@pytest.mark.parametrize("text", [
    # gunfire at a girl, a young man with his age and nationality between
    "أطلق جنود الاحتلال النار على الفتاة عند حاجز في شارع الشهداء بالخليل",
    "استشهد شاب فلسطيني يبلغ من العمر 19 عاما برصاص جنود الاحتلال عند حاجز زعترة",
])
def test_gunfire_at_civilians(text: str) -> None:
    assert "attack_on_civilians" in _asserted(text)


@pytest.mark.parametrize("text", [
    # a kind of deed, or deeds taken together
    "رغم كل ما ارتكبوه من قتل وتفجيرات ضد المواطنين، لا يزال لهم أنصار",
    "لفت الخطيب إلى ما تعيشه الأمة من اضطرابات في أمن فكرها",
    "تحرص غرفة العمليات مع كل طلعة على اختيار السلاح المناسب",
    # the war on terror as a whole
    "أكد البيان أن البلدين سيبقيان موحدين في المعركة ضد الإرهاب",
])
def test_kinds_of_deeds(text: str) -> None:
    assert not _asserted(text)


def test_a_deed_of_a_named_place_picked_out_of_ma_stays() -> None:
    assert "shelling" in _asserted("أدان الوزير ما تعرضت له مدينة حلب من قصف عنيف")


@pytest.mark.parametrize("text, category", [
    # drills and simulations, chess
    ("تنفذ المدارس بالتعاون مع الدفاع المدني تمارين إجلاء افتراضية لتدريب الطلاب", "evacuation"),
    ("يتدرب طلاب الكلية الجوية على أجهزة محاكاة تحاكي الغارات الجوية", "air_strike"),
    ("يتنافس الطلاب في مسابقة الشطرنج على محاصرة ملك الخصم بأقل عدد من النقلات", "siege"),
])
def test_drills_and_games(text: str, category: str) -> None:
    assert category not in _asserted(text)


def test_a_plan_to_evacuate_stays_an_event() -> None:
    text = "اتفق الوزيران على خطة لإجلاء المدنيين والمسلحين من شرق حلب"
    assert modalities_of(text, "evacuation")


def test_a_slogan_raised_in_the_accusative() -> None:
    assert not _asserted('بعدها بأسابيع رفع النظام شعارا موازيا "الأسد أو نحرق البلد" كتبه على الجدران')


@pytest.mark.parametrize("text, category, modality", [
    # an aim that remains one
    ("وشدد على أن استعادة داريا من الثوار يبقى هدفا استراتيجيا للنظام", "territory_change", "hypothetical"),
])
def test_aims(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


@pytest.mark.parametrize("text", [
    # every kind of it: a kind of deed
    "وسيواجه المجتمع هؤلاء بجميع أنواع المواجهات",
    # a title without quotes
    "نظمت الجمعية ندوة بعنوان الحرب والحصار في قاعة المدينة",
])
def test_kinds_and_unquoted_titles(text: str) -> None:
    assert not _asserted(text)
