"""Accusations and claims, conditions after a deed, undone aims, burning, and the vocabulary added with them.

Every case is an Arabic sentence written for the test; the whole pipeline runs on it, so each case
checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from rasad.pipeline import extract

from conftest import modalities_of, sentence_events

_events, _of = sentence_events, modalities_of


@pytest.mark.parametrize("text, category, modality", [
    # the verb of accusing: the deed right after ب is alleged
    ("اتهمت منظمة حقوقية القوات الحكومية بقصف قرى في ريف المدينة", "shelling", "hypothetical"),
    ("تتهم المعارضة الميليشيات بنهب مستودعات الإغاثة", "looting", "hypothetical"),
    # a deed named further on happened; only who did it is alleged
    ("اتهمت المعارضة الحكومة بالوقوف وراء التفجير الذي ضرب السوق", "bombing", "asserted"),
    # claims: what is claimed after أن
    ("زعم ناشطون أن جنودا أعدموا عشرة مدنيين في القرية", "attack_on_civilians", "hypothetical"),
    ("ادعت الجماعة أن مقاتليها سيطروا على بلدة حدودية", "territory_change", "hypothetical"),
])
def test_accusations_and_claims_allege_the_deed(text: str, category: str, modality: str) -> None:
    assert _of(text, category) == [modality]


@pytest.mark.parametrize("text, category, modality", [
    # a condition after a deed named makes it possible
    ("أبدى السكان خشيتهم من تعرض متاجرهم للنهب في حال دخول المسلحين إلى البلدة", "looting", "hypothetical"),
    # a plan or readiness on a condition is only possible
    ("قال الوزير إن حكومته مستعدة لإعلان هدنة إذا أوقفت الفصائل هجماتها", "ceasefire", "hypothetical"),
    # an expectation on a condition stays expected
    ("تتوقع المنظمة نزوح آلاف العائلات في حال استمرت المعارك", "evacuation", "future"),
    # a threat with a condition is made, not possible
    ("هدد الوزير بالاستقالة في حال وافقت الحكومة على الصفقة", "statement", "asserted"),
    # not ما لم as "what … not": وهو ما لم تعره الحكومة انتباها
    ("تشهد المحافظة عمليات تهجير منذ أشهر وهو ما لم تعره الحكومة انتباها", "evacuation", "asserted"),
])
def test_a_condition_after_the_deed(text: str, category: str, modality: str) -> None:
    assert _of(text, category) == [modality]


@pytest.mark.parametrize("text, category, modality", [
    # an aim of an operation called off, a plan given up, an attempt that failed
    ("ألغت الأمم المتحدة عملية كانت تهدف إلى إجلاء الجرحى من المدينة", "evacuation", "negated"),
    ("عدلت الحكومة عن خطة لنشر قوات إضافية على الحدود", "deployment", "negated"),
    ("فشلت محاولة جديدة لإجلاء المدنيين من الحي المحاصر", "evacuation", "negated"),
    # called off, a long subject between
    ("ألغت نقابات المعلمين في ثلاث محافظات جنوبية الإضراب المقرر", "protest", "negated"),
    # postponed sine die: the plan it undid is no new date
    ("أرجئت إلى أجل غير مسمى جولة المحادثات التي كان مقررا عقدها في جنيف", "negotiation", "negated"),
    # efforts that collapsed
    ("انهارت مساعي التوصل إلى هدنة في المدينة", "ceasefire", "negated"),
    # no sign of it
    ("قال مسؤول إنه لا مؤشرات على انسحاب القوات من المدينة", "territory_change", "negated"),
])
def test_what_was_called_off_given_up_or_failed(text: str, category: str, modality: str) -> None:
    assert _of(text, category) == [modality]


def test_no_sign_of_a_detail_leaves_the_deed_told() -> None:
    # (the attack's place named: a long sentence naming nothing of a war is not grounded, docs/events.md)
    assert _of("قال المحقق إنه لا مؤشرات لدينا إلى أن الهجوم على السفارة في بيروت كان موجها من الخارج",
               "armed_clash") == ["asserted"]


@pytest.mark.parametrize("text, category, modality", [
    # لم before an imperfect tells a past: did not fall, did not take
    ("لم تسقط المدينة في يد المتمردين رغم الحصار", "territory_change", "negated"),
    ("ولم يسيطر الجيش على البلدة حتى الآن", "territory_change", "negated"),
    # come to hold: a taking
    ("قال القائد إن مقاتليه باتوا يسيطرون على البلدة بالكامل", "territory_change", "asserted"),
    # "any" inside the trigger: the denial reaches it
    ("نفت القيادة العسكرية في المنطقة الشمالية إرسال أي قوات إلى الحدود", "deployment", "negated"),
    # a report called untrue after it
    ("ما تردد عن وصول جنود أجانب إلى المطار غير صحيح", "deployment", "negated"),
    # a denial reaches past its parties, after إلى
    ("نفت الوزارة صحة الأنباء عن توصل الحكومة والمتمردين إلى اتفاق لتبادل الأسرى", "agreement", "negated"),
    # and through an exposure, "any" before the deed
    ("نفت الشرطة أن تكون القافلة قد تعرضت لأي عملية نهب", "looting", "negated"),
    # not ruled out: a renewal
    ("لا يستبعد مراقبون تجدد المواجهات بين الفصيلين", "armed_clash", "hypothetical"),
])
def test_negations_and_denials_reach_further(text: str, category: str, modality: str) -> None:
    assert _of(text, category) == [modality]


@pytest.mark.parametrize("text, category, modality", [
    ("أكد المتحدث أن جولة المحادثات عقدت كما كان مقررا في القاهرة", "negotiation", "asserted"),
    ("انسحبت القوات خلال الأسابيع الماضية على أن يتسلم الجيش المواقع", "territory_change", "asserted"),
    ("شدد المسؤول على أن القصف جاء ردا على هجوم", "shelling", "asserted"),
    ("وأشار إلى أن السلطات فتحت تحقيقا ليصار إلى القبض على الفاعلين", "arrest", "future"),
    ("قال إن هناك أرضية مشتركة كافية للتوصل لاتفاق بشأن المعابر", "agreement", "hypothetical"),
    ("قال إن الأوضاع الإنسانية تستدعي أن تكون هناك هدنة في المدينة", "ceasefire", "hypothetical"),
    ("قد يفضي الحوار الجاري بين الحكومة وقادة الفصائل المسلحة في العاصمة إلى اتفاق", "agreement", "hypothetical"),
    ("قالت المصادر إن إسرائيل قد توافق على وقف للغارات شريطة أن ينسحب المقاتلون من الحدود",
     "territory_change", "hypothetical"),
    # a protest called for a day to come is set for it
    ("دعت النقابات إلى إضراب عام يبدأ الأربعاء المقبل", "protest", "future"),
    # a truce called for stays asked for
    ("دعا الوسطاء إلى هدنة تبدأ الأربعاء المقبل", "ceasefire", "hypothetical"),
])
def test_plans_purposes_and_needs(text: str, category: str, modality: str) -> None:
    assert modality in _of(text, category)


@pytest.mark.parametrize("text, category", [
    # burning: crowds riot, others destroy property, people burnt are attacked
    ("أحرق متظاهرون غاضبون مقر الحزب الحاكم", "riot"),
    ("أحرقت عصابات مسلحة عشرات المنازل في الضاحية", "looting"),
    ("اتهمت المنظمة الجنود بإحراق قرويين أحياء", "attack_on_civilians"),
    ("هاجم مستوطنون قرية وأحرقوا سيارات", "riot"),
    # tribes fighting with arms are in battle; without, a riot
    ("اندلعت اشتباكات قبلية مسلحة في الولاية", "armed_clash"),
    ("اندلعت اشتباكات قبلية في الولاية", "riot"),
    # riot police fight no riot, but clashes with them are one
    ("اندلعت مواجهات بين شبان وعناصر مكافحة الشغب وسط العاصمة", "riot"),
    # workers among the victims, fighter jets by their owner
    ("أقدم مسلحون على قتل سبعة عاملين في منجم للفحم", "attack_on_civilians"),
    ("نفى الجيش أن تكون مقاتلاته قد استهدفت مدرسة في الإقليم", "air_strike"),
    # land and ships seized
    ("استولت السلطات على ثلاثين دونما من أراضي القرية", "looting"),
    ("استولى مسلحون على سفينة تجارية قبالة السواحل", "looting"),
])
def test_who_burns_and_what_is_seized(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


def test_riot_police_are_no_riot() -> None:
    assert "riot" not in [c for c, _ in _events("نشرت الحكومة مجموعات من شرطة مكافحة الشغب حول السفارة")]


@pytest.mark.parametrize("text, category", [
    ("دخل مقاتلو الحركة مدينة قندوز بعد معارك", "territory_change"),
    ("تسلمت القوات الحكومية منطقة آغدام من المسلحين", "territory_change"),
    ("سلمت القوات الفرنسية قاعدتها العسكرية إلى الجيش المحلي", "territory_change"),
    ("أعلن الجيش سحب الفرقة الثالثة من المخيم", "territory_change"),
    ("أغلق الجيش جميع مداخل المدينة بالسواتر الترابية", "siege"),
    ("تعتزم الحكومة نقل سكان القرى الحدودية إلى مواقع آمنة", "evacuation"),
    ("تستعد الوزارة لإعادة دفعة جديدة من العائلات من المخيم", "evacuation"),
    ("أعلنت الحكومة أنها ستدفع بكتيبة إضافية إلى الحدود", "deployment"),
    ("نفت الحكومة وصول مرتزقة أجانب إلى البلاد", "deployment"),
    ("أمر الوزير بإرسال حاملة طائرات إلى المنطقة", "deployment"),
    ("قرر الجيش استدعاء لواءين من قوات الاحتياط", "deployment"),
    ("أعلن وزير الدفاع التركي إرسال قوات برية إلى الحدود", "deployment"),
    ("اختارت الحركة قائدها الميداني زعيما جديدا لها", "group_change"),
    ("أعلنت الفصائل التخلي عن الحياد في الحرب", "group_change"),
    ("احتشد آلاف المحتجين أمام مبنى البرلمان", "protest"),
    ("خرج عشرات الآلاف من المواطنين إلى شوارع العاصمة", "protest"),
    ("دانت وزارة الخارجية بشدة الهجوم على القافلة", "statement"),
    ("أجرى الرئيس حسن شيخ محمود اتصالا هاتفيا بنظيره الكيني", "negotiation"),
])
def test_more_ways_of_telling_an_event(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


def test_a_named_group_inside_a_verbs_trigger_is_its_actor() -> None:
    event = next(e for e in extract("دخل مقاتلو حركة طالبان مدينة قندوز", published="2023-05-14").events
                 if e.category == "territory_change")
    assert [(a.role, a.name) for a in event.actors] == [("actor1", "حركة طالبان")]


@pytest.mark.parametrize("text, actor", [
    ("قصف الجيش التشادي مواقع المتمردين", "الجيش التشادي"),
    ("قصفت القوات الكولومبية معسكرا للمتمردين", "الجيش الكولومبي"),
])
def test_the_forces_of_more_states_are_known(text: str, actor: str) -> None:
    event = next(e for e in extract(text, published="2023-05-14").events if e.category == "shelling")
    assert actor in [a.name for a in event.actors]


@pytest.mark.parametrize("text, category, modality", [
    # the deed's verbal noun between ب and the deed
    ("اتهمت المنظمة الميليشيات بارتكاب عمليات قتل جماعي في المدينة", "attack_on_civilians", "hypothetical"),
    # what an undone plan provided for
    ("تراجعت الحكومة عن خطة كانت تقضي بإرسال وحدات عسكرية إلى الحدود", "deployment", "negated"),
    # collapsed before it was signed
    ("انهارت صفقة تبادل الأسرى في اللحظات الأخيرة قبل توقيعها", "agreement", "negated"),
    # done after a delay: the putting off is past
    ("غادر مئات المدنيين الحي المحاصر بعد أن تأجل خروجهم أياما", "evacuation", "asserted"),
    # the purpose of a plan is planned
    ("تستعد القوات لاقتحام البلدة بهدف انتزاعها من قبضة المسلحين خلال الأيام المقبلة", "territory_change", "future"),
    # rumours going round, suspicions
    ("تسري شائعات عن اعتزام الفصيل الانشقاق عن الجيش الوطني", "group_change", "hypothetical"),
    ("يشتبه في أن عناصر من الشرطة شاركت في نهب المخازن", "looting", "hypothetical"),
    # not confirmed, far after the deed and of a detail: the deed is told
    ("صمدت الهدنة في المدينة لليوم الثالث على التوالي رغم تبادل الاتهامات بشأن خروقات محدودة لم يتسن التحقق منها",
     "ceasefire", "asserted"),
    # a deed expected, its subject long
    ("ينتظر أن يوقع ممثلو اللجنة العسكرية المشتركة في جنيف اتفاقا نهائيا", "agreement", "future"),
    ("ستستضيف العاصمة الكازاخية جولة جديدة من المحادثات", "negotiation", "future"),
    # a denial of a decision, of a signing
    ("نفى مصدر عسكري وجود أي قرار بإرسال قوات إلى الخارج", "deployment", "negated"),
    ("نفى المجلس المحلي توقيع أي وثيقة تفاهم مع وجهاء العشائر", "agreement", "negated"),
    # could not reach an accord
    ("لم تتمكن الحكومة والمعارضة من التوصل إلى اتفاق حول موعد الانتخابات", "agreement", "negated"),
])
def test_modality_of_the_second_round(text: str, category: str, modality: str) -> None:
    assert modality in _of(text, category)


@pytest.mark.parametrize("text, category", [
    ("قطع مسلحون رؤوس أربعة رجال في القرية", "attack_on_civilians"),
    ("قتل مسلحون تسعة ركاب بعد إنزالهم من حافلة", "attack_on_civilians"),
    ("خرجت الدفعة الأولى من المقاتلين وعائلاتهم من المدينة", "evacuation"),
    ("أرسلت الحكومة كتيبتين إضافيتين إلى الولاية", "deployment"),
    ("صمدت الهدنة في المحافظة لليوم الثالث", "ceasefire"),
    ("تعرض المطار لقصف بصواريخ غراد أوقف الملاحة الجوية", "shelling"),
    ("لم تسقط المدينة في قبضة المتمردين", "territory_change"),
    ("أعلنت الحركة حل هيكلها التنظيمي وإنهاء الكفاح المسلح", "group_change"),
    ("وقعت الحكومة والحركة المتمردة على إعلان مبادئ في الدوحة", "agreement"),
    ("قام مستوطنون بتخريب محاصيل زراعية في القرية", "looting"),
    ("قد تشن روسيا هجوما جويا واسعا على منشآت الطاقة", "air_strike"),
    ("هدد الحوثيون باستهداف السفن الحربية في البحر الأحمر بالصواريخ", "shelling"),
    ("يعتزم الرئيس عقد اجتماع تشاوري مع قادة الولايات", "negotiation"),
    ("استولى التنظيم على ملايين الدولارات من البنك المركزي", "looting"),
])
def test_more_ways_of_telling_an_event_second_round(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


@pytest.mark.parametrize("text, category, modality", [
    # the denied deed as the verb's object, its subject and an aside between
    ("نفت قوات المعارضة في بيان مقتضب سقوط مدينة بارا في قبضة الجيش", "territory_change", "negated"),
    # but not a verbal noun that depends on another word
    ("نفى القائد أن يكون هو من أعطى أوامر الانسحاب", "territory_change", "asserted"),
    ("أفشلت وحدة من الجيش هجوما انتحاريا بسيارة مفخخة", "bombing", "negated"),
    ("تتحدث تقارير عن انشقاق محتمل لقائد قوات درع السودان عن الجيش", "group_change", "hypothetical"),
    ("حذرت الشرطة من احتمال إقدام خلايا تابعة للتنظيم على تنفيذ هجمات بسيارات مفخخة", "bombing", "hypothetical"),
    ("ستتولى لجنة مشتركة من الصليب الأحمر والأمم المتحدة إجلاء الجرحى من المدينة", "evacuation", "future"),
])
def test_modality_of_the_third_round(text: str, category: str, modality: str) -> None:
    assert _of(text, category) == [modality]


@pytest.mark.parametrize("text, category", [
    ("أضرب مئات العمال في الميناء عن العمل لليوم الثالث", "protest"),
    ("انتخبت الهيئة العامة للائتلاف رئيسا جديدا", "group_change"),
    ("تتسلم القوات الحكومية معبر نصيب الحدودي خلال الأيام المقبلة", "territory_change"),
    ("استولى مسلحون قبليون على ثلاث سيارات تابعة لمنظمة إغاثية", "looting"),
    ("وصلت طلائع القوات إلى مدينة عدن", "deployment"),
    ("أعلنت الحركات تشكيل القوة المشتركة وانحيازها إلى جانب الجيش", "group_change"),
    ("تعتزم الألوية الدفع بثلاثة ألوية إضافية إلى الجبهة", "deployment"),
])
def test_more_ways_of_telling_an_event_third_round(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


@pytest.mark.parametrize("text, category, modality", [
    ("أصدر الرئيس أوامره باستئناف القصف الجوي على معسكرات المتمردين", "air_strike", "future"),
    # an order followed is told done
    ("نفذ المسلحون أوامر قائدهم بقصف القرية", "shelling", "asserted"),
    ("توعد الحرس الثوري بإطلاق موجة جديدة من الصواريخ على المدن", "shelling", "future"),   # vowed: to come
    ("تراجعت الحكومة عن إرسال دفعة جديدة من عناصر الشرطة إلى الخارج", "deployment", "negated"),
    ("أعلن الجيش أنه سيطلق قبل نهاية الشهر عملية برية واسعة في الشمال", "armed_clash", "future"),
])
def test_modality_of_the_fourth_round(text: str, category: str, modality: str) -> None:
    assert modality in _of(text, category)


@pytest.mark.parametrize("text, category", [
    ("أوقف جهاز الأمن في أوديسا رجلا يشتبه في تجسسه", "arrest"),
    ("نشرت كوريا الشمالية نحو عشرة آلاف جندي في المنطقة", "deployment"),
    ("أعلن الحزب انتخاب الشيخ نعيم قاسم أمينا عاما له", "group_change"),
    ("تعتزم السلطات نقل مئات العائلات من القرى الحدودية", "evacuation"),
])
def test_more_ways_of_telling_an_event_fourth_round(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


def test_a_speech_to_come_is_a_statement_dated_ahead() -> None:
    doc = extract("من المنتظر أن يلقي الأمين العام لحزب الله كلمة متلفزة مساء الجمعة", published="2024-03-10")
    (event,) = [e for e in doc.events if e.category == "statement"]
    assert (event.modality, event.date.value, event.date.precision) == ("future", "2024-03-15", "day")


def test_a_speech_told_as_given_adds_no_statement() -> None:
    assert "statement" not in [c for c, _ in _events("ألقى الرئيس كلمة أمام البرلمان في العاصمة")]


@pytest.mark.parametrize("text, category, modality", [
    ("يخشى سكان المخيم من تجدد المواجهات المسلحة بين الفصيلين", "armed_clash", "hypothetical"),
    ("امتنعت الحكومة عن إدانة الهجوم على القافلة", "statement", "negated"),
    ("لم تنجح القوات في إحكام الحصار على المدينة", "siege", "negated"),
    ("نفى الجيش ارتكاب جنوده مجزرة بحق مدنيين في القرية", "attack_on_civilians", "negated"),
])
def test_modality_of_the_fifth_round(text: str, category: str, modality: str) -> None:
    assert modality in _of(text, category)


@pytest.mark.parametrize("text, category", [
    ("أطبقت القوات الحكومية الخناق على الأحياء الشرقية", "siege"),
    ("قطع المسلحون الطرق الرئيسية المؤدية إلى المدينة", "siege"),
    ("قصفت مسيرة إسرائيلية مركبة مدنية في المدينة", "air_strike"),
    ("عاث مستوطنون فسادا في البلدة وأضرموا النار في المنازل", "riot"),
    ("أقدم محتجون غاضبون على إضرام النيران في مبنى البرلمان", "riot"),
    ("وصل عسكريون روس ومعدات دفاع جوي إلى العاصمة", "deployment"),
    ("رفضت السلطات الانتقالية العقوبات التي فرضتها المجموعة", "statement"),
])
def test_more_ways_of_telling_an_event_fifth_round(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


def test_banditry_charged_is_no_siege() -> None:
    assert "siege" not in [c for c, _ in _events("قدمتهم النيابة للمحاكمة بتهم الانضمام لجماعة إرهابية وقطع الطرق")]


@pytest.mark.parametrize("text, category, modality", [
    # a march called off, by its relative clause
    ("ألغت أحزاب المعارضة المسيرة التي كانت مقررة نحو العاصمة", "protest", "negated"),
    ("نفت القيادة سيطرة قوات الوفاق على مدينة غريان", "territory_change", "negated"),
    ("لم يستبعد الرئيس إرسال قوات غربية إلى أوكرانيا مستقبلا", "deployment", "hypothetical"),
    ("فند الجيش اتهامات بقيام جنوده بإعدام مدنيين عزل", "attack_on_civilians", "negated"),
    ("أبدت الجماعة استعدادها لوقف هجماتها شريطة أن يوقف التحالف غاراته", "ceasefire", "hypothetical"),
    ("تخطط القوات لإحكام الطوق على المدينة خلال الأيام المقبلة", "siege", "future"),
])
def test_modality_of_the_sixth_round(text: str, category: str, modality: str) -> None:
    assert modality in _of(text, category)


def test_a_drone_is_no_march() -> None:
    assert "protest" not in [c for c, _ in _events("أسقطت الدفاعات الجوية الطائرة المسيرة التي أطلقها الحزب")]


@pytest.mark.parametrize("text, category", [
    ("ستنطلق الحافلات صباح الغد لنقل الدفعة الثانية من الأهالي", "evacuation"),
    ("يعتزم الوزراء التوقيع على إعلان مشترك بشأن الأزمة", "agreement"),
    ("سيدفع الجيش بقوات خاصة إضافية إلى المنطقة", "deployment"),
    ("استولى مسلحون يعتقد أنهم من جيش تحرير أورومو على شاحنات محملة بمساعدات غذائية", "looting"),
])
def test_more_ways_of_telling_an_event_sixth_round(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


@pytest.mark.parametrize("text, category, modality", [
    ("قالت مصادر إن اتفاقا محتملا بين الفصائل والحكومة قد يبرم قريبا", "agreement", "hypothetical"),
    ("أخفقت الجهود الروسية في إرساء تهدئة في المدينة", "ceasefire", "negated"),
    ("ستمدد الهدنة السارية في ريف حمص الشمالي لأسبوعين إضافيين اعتبارا من يوم الأحد", "ceasefire", "future"),
    ("يعتقد أن جهاز الأمن الداخلي في المدينة يحتجز مدونا معروفا منذ أسبوعين", "arrest", "hypothetical"),
    ("نفت قيادة الحركة استيلاء مقاتليها على معدات تابعة لمنظمات إغاثية", "looting", "negated"),
    ("الجولة السادسة من محادثات السلام بين الحكومة والمتمردين ستنطلق في العاصمة", "negotiation", "future"),
])
def test_modality_of_the_seventh_round(text: str, category: str, modality: str) -> None:
    assert modality in _of(text, category)


def test_a_plane_crash_is_no_riot() -> None:
    assert "riot" not in [c for c, _ in _events("قتل قائد المجموعة في حادث تحطم الطائرة شمال العاصمة")]


@pytest.mark.parametrize("text, category", [
    ("هاجم مئات المحتجين الغاضبين مطار المدينة واقتحموا مدرج الطائرات", "riot"),
    ("سيبدأ غدا ترحيل الدفعة الأولى من رافضي التسوية", "evacuation"),
    ("أعلنت الحركة اختيار يحيى السنوار رئيسا لمكتبها السياسي", "group_change"),
    ("قتل مسلحون أربعة رعاة بالرصاص في المنطقة", "attack_on_civilians"),
    ("استولت فصائل مسلحة على مئات الهكتارات من الأراضي الزراعية", "looting"),
])
def test_more_ways_of_telling_an_event_seventh_round(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


@pytest.mark.parametrize("text, category, modality", [
    ("نفت الوزارة تعرض الدوائر الحكومية في المدينة لعمليات سلب", "looting", "negated"),
    ("أعلنت الوزارة أنها ستنفذ حملة اعتقالات واسعة بحق المتورطين", "arrest", "future"),
    ("كذب الجيش الرواية بشأن سيطرة المسلحين على قاعدة عسكرية في البلدة", "territory_change", "negated"),
    # a missile shot down was launched: the attack is told
    ("أسقطت الدفاعات الجوية صاروخا باليستيا أطلقه المسلحون باتجاه المدينة", "shelling", "asserted"),
])
def test_modality_of_the_eighth_round(text: str, category: str, modality: str) -> None:
    assert modality in _of(text, category)


@pytest.mark.parametrize("text, category", [
    ("دعت لجان المقاومة إلى مليونية جديدة يوم الخميس المقبل", "protest"),
    ("استولى عناصر من الميليشيات على محتويات منازل النازحين", "looting"),
    ("دفع الجيش المكسيكي بنحو ألف جندي إضافي إلى الولاية", "deployment"),
    ("أغلق ناشطون ممر لاتشين الطريق البري الوحيد إلى الإقليم", "siege"),
])
def test_more_ways_of_telling_an_event_eighth_round(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


def test_a_siege_broken_is_told_by_its_verb() -> None:
    doc = extract("قالت الفصائل إنها كسرت الحصار عن الأحياء الشرقية لحلب", published="2016-08-07")
    assert [(e.category, e.trigger.text) for e in doc.events] == [("siege", "كسرت الحصار")]
