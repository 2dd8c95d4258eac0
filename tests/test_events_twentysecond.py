"""The rules of the twenty-second session (docs/events.md, "Rules of the twenty-second session"): a deed
one did not hesitate to do, a decision told with a verbal noun spelt like a perfect, and the words the
rounds of the session showed missing.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from conftest import asserted_categories as _asserted
from conftest import modalities_of

# ---------------------------------------------------------------- did not hesitate


@pytest.mark.parametrize("text, category", [
    ("لم يتردد عناصر الشرطة في إطلاق النار على المحتجين العزل أمام مبنى البلدية مساء الخميس.",
     "attack_on_civilians"),
    ("لم تتوان الطائرات الحربية عن قصف الأسواق الشعبية في المدينة طوال الأسبوع الماضي.", "air_strike"),
    ("لا تتردد الميليشيات في خطف المسافرين على طريق حمص تدمر منذ أشهر.", "attack_on_civilians"),
])
def test_a_deed_one_did_not_hesitate_to_do_is_asserted(text: str, category: str) -> None:
    assert modalities_of(text, category) == ["asserted"]


def test_a_deed_one_will_not_hesitate_to_do_is_not_asserted() -> None:
    text = "قال المتحدث إن الجيش لن يتردد في قصف مواقع المسلحين في الجبال إذا تواصلت الهجمات على القوافل."
    assert modalities_of(text, "shelling") == ["hypothetical"]


def test_a_plain_negation_still_negates() -> None:
    text = "لم تقصف المدفعية أي حي سكني في المدينة خلال اليومين الماضيين بحسب مصادر محلية."
    assert modalities_of(text, "shelling") == ["negated"]


# ---------------------------------------------------------------- a decision told with a bare verbal noun


@pytest.mark.parametrize("text, category", [
    ("قرر مجلس الأمن الدولي مساء الثلاثاء نشر قوة حفظ سلام إضافية قوامها ألفا جندي في الإقليم.",
     "deployment"),
    ("قررت قيادة العمليات الأسبوع الماضي قصف مواقع المتمردين في التلال الشرقية مع بداية الشهر المقبل.",
     "shelling"),
])
def test_a_bare_verbal_noun_after_a_decision_is_decided_not_done(text: str, category: str) -> None:
    assert modalities_of(text, category) == ["future"]


def test_a_perfect_with_its_own_clause_after_a_decision_is_done() -> None:
    text = "قرر الجيش الانسحاب من البلدة، ثم قصف المتمردون مواقعه القديمة بالمدفعية الثقيلة صباح اليوم."
    assert modalities_of(text, "shelling") == ["asserted"]


# ---------------------------------------------------------------- any one who may do it


def test_an_imperfect_describing_any_one_is_not_a_deed() -> None:
    text = "تعهد شيوخ القبائل بالتصدي لأي جماعة تهاجم القرى الواقعة على ضفاف النهر في الأيام المقبلة."
    assert "armed_clash" not in _asserted(text)


def test_ay_meaning_that_is_leaves_the_deed_alone() -> None:
    text = "أعلن الجيش أن نصف الكتيبة انسحب من التلة، أي أنها تقصف الآن مواقع المتمردين من الوادي."
    assert modalities_of(text, "shelling") != ["hypothetical"]


# ---------------------------------------------------------------- words of the session's rounds


@pytest.mark.parametrize("text, category", [
    ("رفع مقاتلو الفصائل العلم فوق مبنى السرايا الحكومية في مركز المدينة بعد ظهر الجمعة.",
     "territory_change"),
    ("سلم مسلحو الميليشيا مواقعهم على أطراف البلدة إلى وحدات الجيش فجر الاثنين بعد وساطة محلية.",
     "territory_change"),
    ("سقط مخيم النازحين في يد المقاتلين المهاجمين مساء الثلاثاء بعد قتال استمر ثلاثة أيام.",
     "territory_change"),
    ("وصلت وحدات من الحرس الجمهوري إلى أطراف مدينة دير الزور صباح الخميس قادمة من دمشق.", "deployment"),
    ("تمت مبادلة طيار أسير بعشرين مقاتلا من الفصائل قرب معبر باب الهوى يوم الأحد.", "agreement"),
])
def test_the_rounds_words_are_events(text: str, category: str) -> None:
    assert category in _asserted(text)


@pytest.mark.parametrize("text, category, modality", [
    ("حددت اللجنة العسكرية منتصف ليل الجمعة موعدا لسريان الهدنة على جبهات المدينة كلها.",
     "ceasefire", "future"),
    ("كان من المقرر أن تصل التعزيزات العسكرية إلى البلدة مساء الأحد، لكنها علقت في الوحول عند مدخل الوادي.",
     "deployment", "negated"),
    ("علق تنفيذ اتفاق تبادل الأسرى بين الطرفين في ريف حلب بعد خلاف على أسماء المفرج عنهم.",
     "agreement", "negated"),
    ("ستفرض قوات الأمن طوقا على أحياء وسط المدينة اعتبارا من منتصف الليل، بحسب بيان لقيادة الشرطة.",
     "siege", "future"),
    ("أكد المتحدث أن الطائرات لم تقصف أي موقع في البلدة، خلافا لما أذاعته محطة محلية عن غارات ليلية.",
     "air_strike", "negated"),
])
def test_the_rounds_modality_words(text: str, category: str, modality: str) -> None:
    assert modalities_of(text, category) == [modality]


@pytest.mark.parametrize("text", [
    "شن الدراج الإيطالي هجوما حاسما في المرحلة الجبلية وترك منافسيه خلفه قبل خط الوصول بكيلومترين.",
    "فرض الثلج حصارا على السائقين في الجبال، لذا ينصح الميكانيكيون بتركيب سلاسل على الإطارات وفحص مضاد التجمد.",
    "شهدت سوق الدراجات انفجارا في المبيعات خلال الصيف الماضي بعد افتتاح مسارات جديدة في العاصمة.",
])
def test_pages_of_cycling_and_cars_are_none(text: str) -> None:
    assert _asserted(text) == set()


def test_a_pilgrimage_is_no_visit_of_talks() -> None:
    text = "نشرت الشرطة آلاف العناصر في كربلاء لتأمين زيارة الأربعين وتنظيم حركة الزوار القادمين من البصرة."
    assert "negotiation" not in _asserted(text)


# ---------------------------------------------------------------- curfews, vows, ideas and rumours


@pytest.mark.parametrize("text, modality", [
    ("فرضت السلطات حظر التجول على أحياء وسط مدينة ديار بكر فجر الثلاثاء بعد اشتباكات مع مسلحين.", "asserted"),
    ("لا يزال حظر التجول مفروضا على أربعة أحياء في البلدة القديمة منذ مطلع الشهر الماضي.", "asserted"),
    ("ستفرض السلطات حظر تجول شاملا على البلدة اعتبارا من منتصف ليل الجمعة وحتى إشعار آخر.", "future"),
])
def test_a_curfew_imposed_on_a_town_is_a_siege(text: str, modality: str) -> None:
    assert modalities_of(text, "siege") == [modality]


def test_a_health_curfew_is_no_siege() -> None:
    text = "فرضت الحكومة حظر التجول الصحي في العاصمة ثلاثة أسابيع لمنع تفشي الوباء بين السكان."
    assert "siege" not in _asserted(text)


def test_more_attacks_vowed_are_not_done() -> None:
    text = "توعدت الجماعة المسلحة في بيان مصور بتنفيذ مزيد من التفجيرات في المدن الكبرى خلال الأسابيع المقبلة."
    assert "bombing" not in _asserted(text)


@pytest.mark.parametrize("text, category", [
    ("نشرت الحكومة وحدات من الجيش على الحدود لمنع فرار المسلحين إلى الجبال المجاورة.", "evacuation"),
    ("طرحت فكرة إجلاء سكان القرى الحدودية إلى المدينة خشية تجدد القصف، لكن الأهالي رفضوها.", "evacuation"),
    ("ترددت معلومات عن سيطرة المسلحين على تلة استراتيجية تطل على البلدة، ولم يؤكدها أي طرف.",
     "territory_change"),
    ("تداولت صفحات على مواقع التواصل أنباء عن اعتقال قائد ميداني في ريف المدينة مساء الخميس.", "arrest"),
    ("من غير المستبعد أن تشن القوات الحكومية هجوما على البلدة قبل نهاية الأسبوع بحسب خبير عسكري.",
     "armed_clash"),
    ("كان المسلحون يخططون لتفجير سيارة مفخخة قرب السوق، غير أن دورية للشرطة ضبطتها عند حاجز المدخل.",
     "bombing"),
])
def test_prevention_ideas_rumours_and_plans_are_not_asserted(text: str, category: str) -> None:
    assert category not in _asserted(text)


def test_no_losses_in_a_shelling_leaves_the_shelling_done() -> None:
    text = "لم تسجل أي خسائر بشرية في القصف المدفعي الذي استهدف أطراف البلدة ليل السبت بحسب السكان."
    assert modalities_of(text, "shelling") == ["asserted"]


# ---------------------------------------------------------------- a victims' word inside a name


def test_a_victims_word_inside_a_partys_name_names_no_victims() -> None:
    text = "قتل جنديان حين فتح عناصر من حزب العمال الكردستاني النار على دورية عسكرية في ولاية هكاري."
    assert "armed_clash" in _asserted(text)
    assert "attack_on_civilians" not in _asserted(text)


# ---------------------------------------------------------------- more words of the rounds


@pytest.mark.parametrize("text, category", [
    ("فتح مسلحون مجهولون النار على حافلة تقل عمالا في ريف المدينة صباح الأحد.", "attack_on_civilians"),
    ("سطا مسلحون على فرع مصرف حكومي في البلدة واستولوا على مبالغ كبيرة قبل أن يلوذوا بالفرار.", "looting"),
    ("نسفت مجموعة مسلحة جسرا رئيسيا على الطريق الدولي فجر الخميس لقطع إمدادات الجيش.", "bombing"),
    ("أسرت الفصائل نحو مئتي جندي خلال الهجوم على المطار العسكري، بحسب مصادر ميدانية.", "arrest"),
    ("عبرت نحو ثلاثين دبابة الحدود فجر السبت متجهة نحو البلدات الشمالية، بحسب مصادر رسمية.", "deployment"),
    ("تدفق أكثر من عشرة آلاف لاجئ عبر المعبر الحدودي خلال يومين هربا من القصف.", "evacuation"),
    ("انتشر مئات الجنود في شوارع العاصمة ليل الأحد بعد أسبوع من الاحتجاجات.", "deployment"),
    ("طرد الجيش القوات المهاجمة من شبه الجزيرة بعد هجوم خاطف استمر يومين.", "territory_change"),
    ("أوقفت القوات عملياتها الهجومية في المدينة لمدة يومين لإفساح المجال أمام المفاوضات.", "ceasefire"),
    ("علق الحلف غاراته على العاصمة ليلة الخميس لأول مرة منذ بدء الحملة الجوية.", "ceasefire"),
    ("ظلت البلدة معزولة عن العالم الخارجي أسابيع بعد إغلاق الطرق المؤدية إليها.", "siege"),
])
def test_more_words_of_the_rounds_are_events(text: str, category: str) -> None:
    assert category in _asserted(text)


@pytest.mark.parametrize("text", [
    "يشرح مدرس القواعد أن جملة \"انسحب الجيش من المدينة\" مثال على الفعل اللازم الذي لا يحتاج إلى مفعول به.",
    "شن الجرو غارة ليلية على سلة المهملات ونهب بقايا الطعام قبل أن يستيقظ أصحاب البيت.",
    "وصلت تعزيزات من الصوف الأحمر إلى متجر الحياكة صباح اليوم بعد نفاد الكمية الأولى.",
    "أفضل طريقة لقتل الوقت في رحلة القطار الطويلة كتاب جيد وكوب من الشاي الساخن.",
    "وقعت الجامعة اتفاق شراكة مع مؤسسة تعليمية أجنبية لافتتاح مركز للغات داخل حرمها.",
])
def test_pages_of_classes_pets_crafts_and_partnerships_are_none(text: str) -> None:
    assert _asserted(text) == set()


def test_a_thing_named_in_quotes_after_bism_is_a_title() -> None:
    text = "أطلقت الشركة مجموعة جديدة من المصابيح باسم \"قنابل الضوء\" في معرض التصميم بدبي هذا الأسبوع."
    assert "bombing" not in _asserted(text)


def test_no_secret_leaves_the_deed_asserted() -> None:
    text = "ليس سرا أن الجيش دفع خلال الأسابيع الأخيرة بآلاف الجنود والمدرعات إلى أطراف الإقليم الشرقي."
    assert modalities_of(text, "deployment") == ["asserted"]


# ---------------------------------------------------------------- history told, not news


def test_a_battle_of_long_ago_is_history() -> None:
    text = "تعرض القاعة الجديدة سيوفا ودروعا استخدمت في معركة حطين عام 1187 مع لوحات تشرح ذلك اليوم للزوار."
    assert _asserted(text) == set()


def test_an_arrest_of_1980_is_still_an_event() -> None:
    text = "تعرض القيادي للاعتقال على يد الأجهزة الأمنية في بغداد عام 1980 وحكم عليه بالسجن المؤبد."
    assert "arrest" in _asserted(text)


def test_a_halt_verb_reaches_no_verb_of_its_own_clause() -> None:
    text = "نصب مسلحون حاجزا على الطريق الدولي، وأوقفوا حافلة ركاب وقتلوا عشرة مسافرين رميا بالرصاص."
    assert modalities_of(text, "attack_on_civilians") == ["asserted"]


def test_a_halt_verb_still_negates_a_noun() -> None:
    # (the shelling halted is a ceasefire since the twenty-sixth session: أوقف * القصف)
    assert modalities_of("أوقفت السلطات عمليات الإجلاء من أحياء المدينة منذ مساء الخميس.", "evacuation") == ["negated"]
    assert modalities_of("أوقفت الطائرات الحربية القصف على أحياء المدينة منذ مساء الخميس.", "ceasefire") == ["asserted"]


def test_a_negation_reaches_any_behind_bi_past_an_aside() -> None:
    text = "لم تقم الطائرات الفرنسية، بحسب متحدث عسكري في باريس، بأي عملية قصف جوي قرب البلدة أمس."
    assert modalities_of(text, "air_strike") == ["negated"]


@pytest.mark.parametrize("text, category", [
    ("عبرت مئات العائلات النهر نحو القرى اللبنانية خلال الأيام الماضية هربا من المعارك.", "evacuation"),
    ("أرسلت الحكومة 200 مدرب عسكري إلى البلاد لدعم الجيش في مواجهة المتمردين الشهر الماضي.", "deployment"),
    ("قال السكان إن الحي بات معزولا تماما عن بقية المدينة منذ أسبوع بعد إغلاق مداخله.", "siege"),
])
def test_the_last_rounds_words_are_events(text: str, category: str) -> None:
    assert category in _asserted(text)


@pytest.mark.parametrize("text", [
    "شنت جماهير الفريق هجوما كاسحا بالأهازيج قبل الدربي، ورفعت رابطة المشجعين تيفو عملاقا في المدرج الشمالي.",
    "أحرز فريق البلاط تقدما ملحوظا هذا الأسبوع بعد أن طلب المقاول تعزيزات من الورشة المجاورة لصب الخرسانة.",
    "قصف رذرفورد رقاقة الذهب بجسيمات ألفا عام 1911 فاكتشف أن معظم الذرة فراغ، كما يشرح أستاذ الفيزياء.",
])
def test_pages_of_fans_renovation_and_science_are_none(text: str) -> None:
    assert _asserted(text) == set()


def test_a_plan_frustrated_far_into_its_contrast_is_negated() -> None:
    text = ("كان من المقرر أن يوقع الطرفان اتفاق تبادل الأسرى يوم الخميس، لكن الخلافات بشأن أسماء المعتقلين "
            "في السجون المركزية حالت دون ذلك.")
    assert modalities_of(text, "agreement") == ["negated"]


def test_a_plan_that_got_away_is_negated() -> None:
    text = "كان من المقرر أن تعتقل الشرطة قائد العصابة خلال مداهمة في المدينة، لكنه فر قبل وصول العناصر بساعات."
    assert modalities_of(text, "arrest") == ["negated"]


def test_a_market_named_by_an_s_word_makes_no_plan_of_a_weekday() -> None:
    text = "قتل شاب برصاص مسلحين مجهولين في سوق سنوني مساء السبت بحسب الشرطة المحلية."
    assert modalities_of(text, "attack_on_civilians") == ["asserted"]


@pytest.mark.parametrize("text", [
    "تشهد الخشبة في الفصل الثاني انسحاب الجيش المهزوم عبر ممر ضيق من الدخان الاصطناعي والإضاءة الحمراء.",
    "لا تنسحب بكامل وحداتك عند أول اشتباك في ستاركرافت، بل احتفظ بمجموعة صغيرة تحمي القاعدة.",
])
def test_plays_and_strategy_games_are_none(text: str) -> None:
    assert _asserted(text) == set()


def test_a_grenade_thrown_by_hand_is_no_air_strike() -> None:
    text = "انفجرت قنبلة يدوية ألقاها مجهولون على حافلة ركاب عند مدخل الحي صباح الأحد، ما أسفر عن مقتل راكبين."
    assert "bombing" in _asserted(text)
    assert "air_strike" not in _asserted(text)


@pytest.mark.parametrize("text, category", [
    ("وصلت نحو 300 عائلة فارة من أحياء المدينة الغربية إلى مخيم النازحين خلال يومي الجمعة والسبت.",
     "evacuation"),
    ("أطلق جنود النار على راع في خراج البلدة الحدودية وأصابوه في قدمه صباح الجمعة.", "attack_on_civilians"),
    ("نقل الجيش الفرقة المدرعة من الجبهة الجنوبية إلى الحدود الشمالية مطلع الشهر الماضي.", "deployment"),
])
def test_families_arriving_shepherds_shot_and_divisions_moved(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_a_general_quoted_is_no_brigade_moved() -> None:
    text = "ونقلت صحيفة محلية عن اللواء قائد الشرطة في المحافظة قوله إن الوضع الأمني مستقر تماما."
    assert "deployment" not in _asserted(text)


def test_a_plan_a_few_words_after_kana_frustrated_is_negated() -> None:
    text = "كانت قوات المتمردين المحاصرة للمدينة تعتزم اقتحام المخيم فجر السبت، لكن الهجوم ألغي في اللحظة الأخيرة."
    assert "armed_clash" not in _asserted(text)


def test_nothing_confirms_it_yet() -> None:
    text = "ليس هناك حتى الآن ما يؤكد أن الجيش استعاد السيطرة على البلدة رغم التصريحات المتفائلة لقادته."
    assert "territory_change" not in _asserted(text)
