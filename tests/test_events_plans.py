"""Plans that failed, conditions, accords not reached, and the vocabulary added with them.

Every case is an Arabic sentence written for the test; the whole pipeline runs on it, so each case
checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from rasad.pipeline import extract

from conftest import modalities_of, sentence_events

_events, _of = sentence_events, modalities_of


@pytest.mark.parametrize("text, category, modality", [
    # a past plan, then "but … not": it did not happen
    ("كان من المقرر أن تبدأ عملية إجلاء الجرحى من البلدة فجر الأحد، لكن سيارات الإسعاف لم تصل بسبب القصف",
     "evacuation", "negated"),
    ("كان من المفترض أن تنسحب الفصائل من الحي صباح اليوم، غير أنها لم تغادر مواقعها", "territory_change", "negated"),
    # a past plan with no "but … not" stays a plan
    ("كان من المقرر أن تبدأ عملية إجلاء الجرحى من البلدة فجر الأحد", "evacuation", "future"),
    # a contrast without a negation does not undo the plan
    ("كان من المقرر أن تبدأ عملية إجلاء الجرحى فجر الأحد، لكن الحافلات وصلت متأخرة", "evacuation", "future"),
])
def test_a_past_plan_that_the_sentence_says_failed_is_negated(text: str, category: str, modality: str) -> None:
    assert _of(text, category) == [modality]


@pytest.mark.parametrize("text, modality", [
    ("لم يتوصل وفدا الحكومة والحركة المسلحة إلى اتفاق في ختام جولة الدوحة", "negated"),
    ("لم يتوصل الطرفان إلى اتفاق", "negated"),
    ("لم يوقع الطرفان الاتفاق", "negated"),
    # under a condition, a negation is a condition: إذا لم
    ("وإذا لم يتوصل الطرفان إلى اتفاق فإن القتال سيتجدد", "hypothetical"),
])
def test_an_accord_not_reached_or_signed_is_negated(text: str, modality: str) -> None:
    assert _of(text, "agreement") == [modality]


def test_what_a_strike_did_not_cause_leaves_the_strike_asserted() -> None:
    assert _of("لم توقع الغارات إصابات في صفوف المدنيين", "air_strike") == ["asserted"]


@pytest.mark.parametrize("text, category", [
    # the subject of an intention stands between it and what is intended
    ("تعتزم فصائل المعارضة المسلحة في ريف حلب الشمالي الإعلان عن اندماجها في جيش واحد", "group_change"),
    ("من المرتقب أن يوقع ممثلو الحكومة والفصائل المسلحة في جنوب البلاد اتفاقا للسلام", "agreement"),
    ("يعتزم ناشطون من نقابات المعلمين والأطباء تنظيم مسيرة نحو مقر الحكومة", "protest"),
])
def test_a_plan_reaches_past_a_long_subject(text: str, category: str) -> None:
    assert _of(text, category) == ["future"]


def test_a_condition_reaches_past_its_subject() -> None:
    text = "قد تنقطع الإمدادات عن المدينة إذا نجحت قوات الحركة وحلفاؤها من القبائل في قطع الطريق الرئيسي"
    assert _of(text, "siege") == ["hypothetical"]


def test_a_modal_in_a_relative_clause_is_not_the_nouns() -> None:
    # beyond قد's reach after a noun, قد after التي is the relative clause's
    text = "أدت العمليات العسكرية إلى فرار القادة من المدينة التي قد تشهد تغييرات كبيرة"
    assert "asserted" in _of(text, "armed_clash")


def test_a_denial_reaches_through_reports_spread_online() -> None:
    text = "نفت الشرطة صحة الأنباء المتداولة على مواقع التواصل الاجتماعي بشأن اعتقال صحفيين في المدينة"
    assert _of(text, "arrest") == ["negated"]


def test_a_car_bomb_prepared_to_strike_is_not_an_attack_done() -> None:
    text = "فككت فرق الهندسة سيارة مفخخة كانت معدة لاستهداف سوق الخضار في المدينة"
    assert "asserted" not in _of(text, "bombing")


def test_the_weapon_of_a_threatened_attack_is_part_of_the_threat() -> None:
    text = "هددت الجماعة باستهداف السفن التجارية في البحر الأحمر بالصواريخ الباليستية"
    assert _of(text, "shelling") == ["future"]  # a threat: to come (a condition after it makes it hypothetical)


@pytest.mark.parametrize("text, category", [
    ("أرسلت الحكومة كتيبة من قوات النخبة إلى الحدود الشمالية", "deployment"),
    ("ستنشر الوزارة ثلاثة ألوية إضافية على طول الحدود", "deployment"),
    ("عين زعيم الحركة القيادي البارز أبو محمد العراقي قائدا عسكريا للجناح الشمالي", "group_change"),
    ("انقسم التحالف المعارض إلى فصيلين بعد خلافات على قيادته", "group_change"),
    ("شارك المئات في مسيرة جابت شوارع المدينة تنديدا بالحصار", "protest"),
    ("استولى مسلحون على أربع شاحنات محملة بالطحين على طريق المطار", "looting"),
    ("استهدفت مسيرة مجهولة سيارة عسكرية قرب الحدود", "air_strike"),
    ("استهدف صاروخان قاعدة الحرير الجوية في أربيل ليلة الجمعة", "shelling"),
    ("لقي ما لا يقل عن خمسة عشر مدنيا مصرعهم عندما اقتحم مسلحون قرية في الإقليم", "attack_on_civilians"),
])
def test_more_ways_of_telling_an_event(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


@pytest.mark.parametrize("text", [
    "ونقلت الصحيفة عن اللواء قائد الشرطة قوله إن الوضع هادئ",   # a general quoted, no brigade sent
    "أرسل اللواء رسالة إلى المجلس العسكري",
])
def test_a_general_is_no_brigade(text: str) -> None:
    assert "deployment" not in [c for c, _ in _events(text)]


@pytest.mark.parametrize("text, category", [
    ("كذب المتحدث باسم التحالف ما نشرته قناة محلية عن قصف مدفعي استهدف سوقا شعبية", "shelling"),
    ("فند الناطق باسم الجيش ما أوردته مواقع موالية للحركة حول سيطرة مقاتليها على البلدة", "territory_change"),
    ("ليس صحيحا ما تردد عن توقيع اتفاق لتبادل الأسرى بين الطرفين", "agreement"),
    ("أعلنت الأمم المتحدة تعليق عملية إجلاء الجرحى من الأحياء المحاصرة", "evacuation"),
    ("لم تشهد العاصمة يوم الجمعة المظاهرات التي دعت إليها النقابات", "protest"),
    ("تعذر على الوسطاء عقد جولة المحادثات بين الطرفين هذا الأسبوع", "negotiation"),
    ("أحبطت الشرطة العراقية محاولة تفجير سيارة مفخخة قرب السوق", "bombing"),
    # a noun joined by و, five words on, shares the denial
    ("نفت الحركة الأنباء عن انشقاق أحد قادتها الميدانيين البارزين وانضمامه إلى فصيل آخر", "group_change"),
])
def test_more_denials_suspensions_and_failures(text: str, category: str) -> None:
    assert set(_of(text, category)) == {"negated"}


@pytest.mark.parametrize("text, category", [
    # responsibility denied presupposes the deed
    ("نفى المتحدث أن يكون الجيش مسؤولا عن القصف الذي استهدف السوق", "shelling"),
    # a comment declined is on a deed done, not a suspension
    ("رفض الجيش التعليق على الغارة التي استهدفت القافلة", "air_strike"),
    # a verbal noun after تم or جرى is told as done
    ("جرى استهداف مواقع المسلحين بقذائف المدفعية", "shelling"),
])
def test_words_of_denial_or_suspension_that_leave_the_deed_asserted(text: str, category: str) -> None:
    assert _of(text, category) == ["asserted"]


@pytest.mark.parametrize("text, category", [
    ("قد تتمكن القوات من إطباق الحصار على المدينة ما لم تنجح الفصائل في فتح الطريق", "siege"),
    ("قد تسيطر الحركة على المدينة خلال أسابيع", "territory_change"),
    ("هدد القائد بأن قواته ستستهدف بالصواريخ السفن التجارية إذا استمرت العمليات العسكرية", "shelling"),
])
def test_unless_may_and_threats_are_hypothetical(text: str, category: str) -> None:
    assert _of(text, category) == ["hypothetical"]


def test_control_held_is_still_no_event() -> None:
    assert "territory_change" not in [c for c, _ in _events("يسيطر التنظيم على المدينة منذ عامين")]


@pytest.mark.parametrize("text, category", [
    ("سطا مسلحون ملثمون على فرع مصرف في المدينة", "looting"),
    ("نظمت لجان المقاومة مواكب جماهيرية في أحياء العاصمة", "protest"),
    ("بدأت الحافلات نقل مئات المسلحين وعائلاتهم إلى الشمال", "evacuation"),
    ("أوقفت مديرية المخابرات في الجيش شخصا يشتبه بانتمائه إلى خلية", "arrest"),
])
def test_raids_processions_transfers_and_detentions(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


def test_a_delegation_leaving_is_no_flight() -> None:
    assert "evacuation" not in [c for c, _ in _events("غادر الوفدان العاصمة المصرية دون أن يجتمعا")]


@pytest.mark.parametrize("text, category, modality", [
    # an order is of what is to be done, right after ب
    ("أمر وزير الدفاع بسحب القوات من المدينة والضفة الغربية للنهر", "territory_change", "future"),
    # a vow of what will be done
    ("توعد وزير الدفاع بقصف مدفعي مكثف لمواقع الحركة إذا أطلقت أي قذيفة", "shelling", "hypothetical"),
    # a fear by name
    ("أبدى السكان خشيتهم من أن تتعرض متاجرهم ومنازلهم للنهب إذا انسحبت القوات", "looting", "hypothetical"),
    # the next round, put off
    ("أعلن المبعوث إرجاء الجولة المقبلة من المحادثات إلى أجل غير مسمى", "negotiation", "negated"),
    # a denial by its participle
    ("أكدت رئاسة الأركان أن جنودها لم يعبروا الحدود، نافية تقارير عن إرسال تعزيزات جديدة إلى المعسكر",
     "deployment", "negated"),
    # a refutation with تماما between
    ("قال القائد إن ما بثه التلفزيون عن سيطرة الجيش على الحي عار تماما عن الصحة", "territory_change", "negated"),
])
def test_orders_vows_fears_and_refutations(text: str, category: str, modality: str) -> None:
    assert _of(text, category) == [modality]


def test_what_a_vow_names_after_its_object_stays_asserted() -> None:
    text = "توعدت وزارة الداخلية بملاحقة منفذي الهجوم الإرهابي الذي ضرب المسجد"
    assert "asserted" in [m for c, m in _events(text) if c in ("attack_on_civilians", "bombing", "armed_clash")]


@pytest.mark.parametrize("text, category", [
    ("دمر سلاح الجو في الجيش العربي السوري أوكارا وتحصينات للإرهابيين في أحياء المدينة", "air_strike"),
    ("دمرت وحدات من الجيش العربي السوري تحصينات للإرهابيين في الريف الشرقي", "armed_clash"),
    ("أعادت وحدات من الجيش العربي السوري بالتعاون مع القوات الرديفة الأمن والاستقرار إلى الحي",
     "territory_change"),
    ("اقتحمت حشود غاضبة مقر الحكومة المؤقتة احتجاجا على انقطاع الكهرباء", "riot"),
    ("استولت عصابات مسلحة على عشرات الحاويات المحملة بالمواد الغذائية في الميناء", "looting"),
    ("انطلقت مسيرة جديدة من أحياء المدينة باتجاه القصر الرئاسي", "protest"),
    ("أعلن الطرفان وقف الأعمال القتالية في عموم البلاد", "ceasefire"),
])
def test_communiques_crowds_containers_and_cessations(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


def test_a_matter_is_no_order() -> None:
    # أمر as a noun, "a matter", has no object after ب
    assert "future" not in [m for _, m in _events("وقال إن هذا أمر بالغ الأهمية بعد قصف المدينة")]


@pytest.mark.parametrize("text, category, modality", [
    ("لم يستبعد مسؤول صيني أن يعلن المجلس العسكري والفصائل المتحالفة معه وقفا مؤقتا لإطلاق النار",
     "ceasefire", "hypothetical"),
    ("لوحت نقابة المعلمين بالدخول في إضراب مفتوح إذا لم تقر الحكومة الزيادة", "protest", "hypothetical"),
    ("رجح محللون أن تعمد القوات الحكومية إلى تطويق المدينة خلال أسابيع", "siege", "hypothetical"),
    # قد before a perfect of a root opening with ن is "has", not "may"
    ("نفت الشرطة أن تكون عصابات مسلحة قد نهبت مستودعات الإغاثة", "looting", "negated"),
    ("قالت المصادر إن القوات قد نفذت عملية عسكرية واسعة في الريف", "armed_clash", "asserted"),
    # a setting of a possibility is no part of it (لا يستبعد أنه كان لبعض الدول مصالح أثناء الحصار)
    ("لا يستبعد الكاتب أنه كان لبعض الدول المجاورة مصالح أثناء الحصار المفروض على المدينة", "siege", "asserted"),
])
def test_possibilities_threats_and_perfects(text: str, category: str, modality: str) -> None:
    assert _of(text, category) == [modality]


def test_clashes_between_police_and_protesters_are_a_riot() -> None:
    assert "riot" in [c for c, _ in _events("اندلعت مواجهات بين قوات الأمن ومتظاهرين في وسط المدينة")]


@pytest.mark.parametrize("text, modality", [
    ("نفى المتحدث أن تكون قوات النظام قد دخلت بلدة الريحان قرب دوما", "negated"),
    ("أكد المتحدث أن القوات الروسية لم تدخل بلدة تشاسيف يار حتى الآن", "negated"),
    ("تمكنت قوات الجيش الوطني من دخول مطار المدينة القديم جنوبي العاصمة", "asserted"),
    ("طردت القوات الحكومية عناصر الحركة من بلدة استراتيجية وسط البلاد", "asserted"),
])
def test_entering_a_town_is_a_taking(text: str, modality: str) -> None:
    assert _of(text, "territory_change") == [modality]


@pytest.mark.parametrize("text", [
    "دخلت قافلة مساعدات بلدة مضايا المحاصرة",   # aid enters towns too
    "دخل الرئيس مدينة حلب",                     # no party
])
def test_entering_without_forces_is_no_taking(text: str) -> None:
    assert "territory_change" not in [c for c, _ in _events(text)]


def test_an_event_after_a_place_is_no_part_of_its_name() -> None:
    doc = extract("ألغت لجان المقاومة في مدينة بورتسودان المظاهرة", published="2023-05-14")
    assert [e.text for e in doc.entities if e.type == "LOC"] == ["بورتسودان"]
    assert [(e.category, e.modality) for e in doc.events] == [("protest", "negated")]


def test_chants_are_a_protest() -> None:
    text = "احتشد مئات من أنصار المعارضة في ساحة وسط العاصمة مرددين هتافات ضد نتائج الانتخابات"
    assert "protest" in [c for c, _ in _events(text)]


@pytest.mark.parametrize("text, category, modality", [
    ("رفضت الحكومة الاتهامات الموجهة إلى قواتها بتنفيذ إعدامات ميدانية بحق مدنيين", "attack_on_civilians", "negated"),
    ("وجهت منظمات حقوقية اتهامات لجنود الجيش بقتل مدنيين في المقاطعة", "attack_on_civilians", "hypothetical"),
    ("أنكرت الوزارة أن تكون طائراتها قد قصفت مبنى سكنيا في المدينة", "air_strike", "negated"),
    ("دحض الجيش الروايات التي تحدثت عن سيطرة المسلحين على البلدة", "territory_change", "negated"),
    ("نفى المتحدث حدوث أي مواجهات بين وحداته والمسلحين قرب المدينة", "armed_clash", "negated"),
    ("استبعد قائد الجيش نشر قوات برية داخل أراضي البلد المجاور", "deployment", "negated"),
    ("كان يفترض أن تغادر أول قافلة تقل مدنيين المدينة صباح السبت، لكن استمرار القصف حال دون انطلاقها",
     "evacuation", "negated"),
    ("أرجأت الهيئة الإقليمية المحادثات بين الطرفين إلى الأسبوع المقبل", "negotiation", "future"),
    ("أرجئت المحادثات بين الطرفين إلى أجل غير مسمى", "negotiation", "negated"),
    ("تتجه الحركات المسلحة الموقعة على الاتفاق إلى تشكيل تحالف جديد", "group_change", "future"),
    ("يتضمن مشروع قرار قدمته الولايات المتحدة إلى مجلس الأمن نشر قوة متعددة الجنسيات", "deployment",
     "hypothetical"),
])
def test_rejections_refutations_rulings_out_and_drafts(text: str, category: str, modality: str) -> None:
    assert modality in _of(text, category)
    assert "asserted" not in _of(text, category)


@pytest.mark.parametrize("text, category", [
    ("تبادلت الحكومة والمتمردون في عملية جديدة 190 أسيرا برعاية دولية", "agreement"),
    ("انتخب مجلس شورى الحزب الشيخ نعيم قاسم أمينا عاما جديدا للحزب", "group_change"),
    ("قطعت القوات ممر لاتشين الذي يربط الإقليم بأرمينيا", "siege"),
    ("سلمت البعثة الأممية قاعدة تيساليت العسكرية إلى الجيش", "territory_change"),
    ("ارتكبت الميليشيات فظائع بحق المدنيين في ريف حماة", "attack_on_civilians"),
    ("أعلنت الحكومة أنها ستخوض معركة فاصلة ضد الحركة في الجنوب", "armed_clash"),
])
def test_exchanges_elections_corridors_bases_atrocities_and_battles(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


def test_an_editor_is_no_liberator() -> None:
    assert "territory_change" not in [c for c, _ in _events("صاحب الامتياز ورئيس تحريرها الكاتب وليد معماري")]


def test_the_day_an_attack_is_to_start_makes_it_a_plan() -> None:
    assert _of("ولم يحدد المتحدث تاريخ بدء الهجوم المباشر على المدينة", "armed_clash") == ["future"]


def test_two_police_officers_killed_are_a_battle_s_toll() -> None:
    assert [c for c, _ in _events("وقتل حزب العمال الكردستاني ضابطي شرطة في جنوب شرق تركيا")] == ["armed_clash"]


@pytest.mark.parametrize("text, category, modality", [
    ("قد تعلن فصائل المعارضة المسلحة في الجنوب السوري اندماجها في جسم عسكري موحد", "group_change", "hypothetical"),
    ("رجحت مصادر أمنية أن يكون التنظيم يخطط لتنفيذ تفجيرات في أسواق المدينة", "bombing", "hypothetical"),
    ("هل تتجه فصائل المعارضة إلى القبول باتفاق يقضي بتسليم الأحياء الشرقية؟", "agreement", "hypothetical"),
    ("لم تخرج أي حافلة من بلدتي كفريا والفوعة اليوم", "evacuation", "negated"),
    # an imperfect right after an event noun of its kind describes it
    ("قال المتحدث إن القوات ستشن خلال الأيام المقبلة حملة اعتقالات في الأحياء تستهدف خلايا نائمة", "arrest",
     "future"),
])
def test_may_likely_questions_buses_and_descriptions(text: str, category: str, modality: str) -> None:
    assert set(_of(text, category)) == {modality}


def test_the_evacuation_named_by_its_deal_is_no_evacuation() -> None:
    text = "بسبب خلافات في اللحظة الأخيرة بين الأطراف الضامنة لاتفاق الإجلاء"
    assert "evacuation" not in [c for c, _ in _events(text)]


@pytest.mark.parametrize("text, category", [
    ("أعلنت جبهة النصرة فك ارتباطها بتنظيم القاعدة وتغيير اسمها إلى جبهة فتح الشام", "group_change"),
    ("دفعت قيادة الحشد الشعبي بآلاف المقاتلين والعربات المدرعة إلى محيط مدينة تكريت", "deployment"),
    ("تعتزم أنقرة إرسال مزيد من الجنود والمعدات الثقيلة إلى ليبيا", "deployment"),
    ("دعا الأمين العام الأطراف المتحاربة إلى الجلوس إلى طاولة الحوار دون شروط مسبقة", "negotiation"),
])
def test_links_cut_forces_pushed_and_tables_sat_at(text: str, category: str) -> None:
    assert category in [c for c, _ in _events(text)]


@pytest.mark.parametrize("text, category, modality", [
    # a denial whose object opens the clause after an aside
    ("نفى مسؤول في وزارة الدفاع، في تصريحات لوكالة الأنباء الرسمية، أن تكون قواته قد قصفت المستشفى", "shelling",
     "negated"),
    ("ليس صحيحا على الإطلاق، كما قال وزير الداخلية في مؤتمر صحفي، ما تردد عن اعتقال عشرات المهاجرين", "arrest",
     "negated"),
    # a verb in the future with a condition after it is a threat
    ("قال القائد إن قواته ستضرب مطار المدينة بالطائرات المسيرة في حال واصل الجيش استخدامه", "air_strike",
     "hypothetical"),
    ("حذرت السفارة من أن الحركة ربما تخطط لتنفيذ تفجيرات انتحارية تستهدف الفنادق", "bombing", "hypothetical"),
    ("من غير المستبعد أن تستأنف الجماعة إطلاق صواريخها على السفن", "shelling", "hypothetical"),
])
def test_asides_threats_and_possible_plans(text: str, category: str, modality: str) -> None:
    assert set(_of(text, category)) == {modality}


def test_a_threat_with_a_condition_is_itself_made() -> None:
    text = "هدد الجيش الحركة بشن هجوم واسع إذا لم تنسحب من المدينة"
    assert _of(text, "statement") == ["asserted"]


def test_a_bombing_whose_detail_is_believed_stays_told() -> None:
    text = "عثر في الموقع على أشلاء يعتقد أنها ناتجة عن تفجير بأحزمة ناسفة في السوق"
    assert "hypothetical" not in _of(text, "bombing")


def test_can_take_is_a_possible_taking() -> None:
    text = "قال قائد ميداني إن قواته يمكن أن تستعيد مدينة بارا خلال أيام"
    assert _of(text, "territory_change") == ["hypothetical"]


def test_a_deal_for_an_exchange_is_not_named_by_what_it_exchanges() -> None:
    # الأسرى after صفقة لتبادل is what is exchanged, not a name like اتفاق الطائف
    text = "توصلت حركة حماس وإسرائيل إلى صفقة لتبادل الأسرى"
    assert _of(text, "agreement") == ["asserted"]


def test_a_maker_reaches_past_the_parties_of_a_reference() -> None:
    text = "أعلنت الوزارة توقيع دول الخمسة زائد واحد على اتفاق التفاهم النووي"
    assert _of(text, "agreement") == ["asserted"]
