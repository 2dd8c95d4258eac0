"""The rules of the seventeenth session (docs/events.md, "Rules of the seventeenth session"): what cannot
be said yet, agreeing on a thing's importance, a ruler's past era, a weekend page's games and recipes, a
cup's rounds, arms handed over, battalions as parties, statements issued, tanks seized, a force's men
killed and plans by name.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from rasad.pipeline import extract

from conftest import asserted_categories as _asserted
from conftest import dates_of as _dates
from conftest import modalities_of
from conftest import place_names as _places

PUBLISHED = "2023-05-14"  # a Sunday


@pytest.mark.parametrize("text, category, modality", [
    # what cannot be said is not told
    ("قال مسؤول عسكري: لا يمكننا القول إن هذه بداية هجوم على المدينة", "armed_clash", "negated"),
    ("وأضاف الناطق: لا نستطيع القول إن ما جرى انسحاب للقوات من البلدة", "territory_change", "negated"),
    # and what it is too early to say is a possibility
    ("قال المحلل إن من المبكر القول إن الجيش سيطر على البلدة", "territory_change", "hypothetical"),
])
def test_what_cannot_be_said_is_not_told(text: str, category: str, modality: str) -> None:
    assert modalities_of(text, category) == [modality]


@pytest.mark.parametrize("text", [
    "اتفق الوزيران خلال اللقاء على أهمية تعزيز التنسيق الأمني بين البلدين",
    "وتم الاتفاق في ختام المشاورات على ضرورة دعم جهود التنمية في المحافظات",
])
def test_agreeing_on_importance_is_no_accord(text: str) -> None:
    assert "agreement" not in _asserted(text)


def test_agreeing_on_a_truce_is_still_an_accord() -> None:
    assert "agreement" in _asserted("اتفق الطرفان أمس على وقف إطلاق النار في مدينة تعز")


def test_a_deed_of_a_past_rulers_era_is_not_dated_by_the_story() -> None:
    text = "وقعت القاهرة وتل أبيب اتفاقا في عهد الرئيس الراحل أنور السادات ينظم الحدود في سيناء"
    assert _dates(text, "agreement") == [None]


def test_an_era_with_its_own_year_keeps_it() -> None:
    text = "اعتقلت قوات الأمن عشرات المعارضين عام 1982 في عهد الرئيس السابق في مدينة حماة"
    assert _dates(text, "arrest") == ["1982"]


def test_an_era_in_another_nouns_relative_clause_dates_nothing() -> None:
    # the crime happened in their era; the demonstration is today's
    text = "تظاهر المئات أمس في بغداد مطالبين بمحاكمة الضباط الذين وقعت في عهدهم المجزرة"
    assert _dates(text, "protest") == ["2023-05-13"]


@pytest.mark.parametrize("text", [
    # horoscopes, crosswords, kitchens, gardens and pets
    "برج الجوزاء: طاقتك المرتفعة تدفعك إلى اقتحام مجالات جديدة هذا الأسبوع",
    "في الكلمات المتقاطعة لهذا العدد: كلمة من خمسة أحرف تعني هجوما مفاجئا على العدو",
    "اترك اللحم على نار هادئة ساعتين، فالاستعجال يعلن الحرب على طراوته ويحرق أطرافه",
    "تشن حشرات المن هجوما على أوراق الورد في الربيع، ويكفي رشها بالماء والصابون",
    "يحذر الأطباء البيطريون من أن القطط الصغيرة قد تقتحم خزائن المطبخ بحثا عن الطعام",
])
def test_a_weekend_page_tells_of_no_war(text: str) -> None:
    assert not _asserted(text)


def test_a_cups_rounds_are_sport() -> None:
    text = "خطف الفريق القطري بطاقة العبور بعد فوزه في مواجهة الإياب بهدفين دون رد"
    assert not _asserted(text)


def test_shelling_without_a_reply_is_no_game() -> None:
    assert "air_strike" in _asserted("قصفت الطائرات الحربية مواقع المسلحين في إدلب دون رد من الدفاعات الجوية")


def test_arms_handed_over_are_no_place_handed_over() -> None:
    text = "ستنشر القوات الروسية نقاطا جديدة في الحي بعد استكمال عملية تسليم السلاح الثقيل"
    assert "territory_change" not in _asserted(text)


def test_a_battalion_is_a_party_to_a_merger() -> None:
    assert "group_change" in _asserted("اندمجت كتيبة الفاروق مع كتيبة شهداء بابا عمرو في حمص")


def test_a_statement_issued_confiscates_nothing() -> None:
    assert "looting" not in _asserted("وقال بيان صادر عقب اللقاء إن المحادثات ستستأنف الأسبوع المقبل")


def test_a_confiscation_is_still_looting() -> None:
    assert "looting" in _asserted("صادرت الميليشيا منازل المهجرين في حي القابون أمس")


def test_tanks_seized_are_looted() -> None:
    text = "استولى مسلحو التنظيم على دبابات ومدرعات للجيش في محيط مدينة الرمادي"
    assert "looting" in _asserted(text)
    assert "territory_change" not in _asserted(text)


def test_men_of_a_force_killed_are_a_battles_dead() -> None:
    categories = _asserted("قتل مسلحو التنظيم عشرات من قوات الأمن العراقية في الرمادي أمس")
    assert "armed_clash" in categories
    assert "attack_on_civilians" not in categories


def test_the_killers_named_first_kill_civilians() -> None:
    assert "attack_on_civilians" in _asserted("قتلت القوات خمسة أشخاص في حي الوعر بحمص")


def test_plans_by_name_are_not_deeds() -> None:
    text = "وكشف المتحدث أن هناك خططا لدى داعش لقتل عشرات من رجال الأمن في الرياض"
    assert not _asserted(text) & {"armed_clash", "attack_on_civilians"}


def test_crops_burnt_by_men_named_at_length_are_destroyed_property() -> None:
    text = "أحرق مسلحون يعتقد أنهم من خلايا التنظيم النائمة محاصيل القمح في قرى جنوب كركوك ليلة أمس"
    categories = _asserted(text)
    assert "looting" in categories
    assert "riot" not in categories


def test_a_happening_named_by_its_day_takes_no_day_of_the_story() -> None:
    text = "تغيرت السياسة الأمريكية في المنطقة كثيرا بعد هجمات 11 سبتمبر، كما قال الوزير اليوم"
    assert _dates(text, "armed_clash") == [None]


def test_strikes_hours_ago_keep_the_story_day() -> None:
    # a day unsaid (قبل ساعات) after a word that names no happening
    text = "تراجعت الليرة بعد الضربات الجوية التي استهدفت قبل ساعات مواقع التنظيم في الرقة"
    dates = _dates(text, "air_strike")
    assert dates and set(dates) == {PUBLISHED}


def test_every_such_attack_is_no_attack() -> None:
    assert "armed_clash" not in _asserted("قال القيادي الكردي إن كل هجوم تركي على قرانا سيقابله رد من مقاتلينا")


def test_a_ruler_who_kills_his_people_is_said_of_in_general() -> None:
    text = "لا يخجل الكاتب من مديح الرئيس السوري الذي قتل شعبه"
    assert "attack_on_civilians" not in _asserted(text)


def test_the_theatre_of_battles_is_no_battle() -> None:
    text = "وأبرز ذلك هشاشة وضع المجموعة التي نشرت في مسرح المعارك خلال الأسابيع القليلة الماضية"
    assert "armed_clash" not in _asserted(text)


def test_a_truce_counted_by_its_days_is_in_force() -> None:
    assert "ceasefire" in _asserted("دخلت هدنة الزبداني والفوعة يومها الثالث وسط هدوء حذر")


def test_a_truce_only_named_is_still_none() -> None:
    assert "ceasefire" not in _asserted("قال المحلل إن هدنة الزبداني كانت درسا للجميع")


def test_arms_shipped_are_sent() -> None:
    assert "deployment" in _asserted("أرسلت موسكو شحنة أسلحة جديدة إلى القوات الحكومية في اللاذقية أمس")


@pytest.mark.parametrize("text, word", [
    # his prison, no neighbourhood of Daraa; a companion of the Prophet, no village; a Turkish source
    ("كتب سيد قطب خلال فترة سجنه كتابه الأخير", "سجنه"),
    ("روي عن أبي هريرة رضي الله عنه حديث عن الصبر", "هريرة"),
    ("قالت مصادر أمنية تركية إن الوضع هادئ", "تركية"),
    # a prime minister, migrants, a vaccine, an old country
    ("وكذلك الأمر في العراق حيث بدد المالكي وحزبه المليارات", "المالكي"),
    ("تنتشر الشعوذة بين المهاجرين من جزيرة هايتي", "المهاجرين"),
    ("يجب أن تكون مناهجنا لقاح مناعة لشبابنا", "قاح"),
    ("تأخرت دول كبرى عريقة في التعليم الجامعي", "عريقة"),
])
def test_ordinary_words_are_no_places(text: str, word: str) -> None:
    assert word not in _places(text)


def test_a_neighbourhood_named_with_its_word_is_found() -> None:
    assert "حي سجنة" in _places("وقعت اشتباكات في حي سجنة بمدينة درعا")


def test_turkish_jets_over_iraq_strike_iraq() -> None:
    text = "قصفت مقاتلات تركية مواقع لحزب العمال الكردستاني في شمال العراق أمس"
    places = [e.location.name for e in extract(text, published=PUBLISHED).events if e.location]
    assert places and "تركيا" not in places


@pytest.mark.parametrize("text, category", [
    # a body found killed by shots
    ("عثر الأهالي على جثة رجل مقتول بطلقات في الصدر قرب مدخل بلدة الصور بريف دير الزور", "attack_on_civilians"),
    # farmers beaten and abused, not struck from the air
    ("أقدم مسلحون من الفصيل على ضرب وإهانة فلاحين في قرية قرب عفرين بعد رفضهم دفع الإتاوة", "attack_on_civilians"),
    # army units pushed to a district
    ("دفعت قيادة العمليات بقطعات من الفرقة الخامسة إلى قضاء الطارمية شمال بغداد", "deployment"),
    # families taken out of a camp
    ("تم إخراج نحو مئتي عائلة من مخيم الهول إلى مخيم الجدعة جنوب الموصل يوم الأحد", "evacuation"),
    # the displaced who fled violence, not a riot
    ("وصل مئات النازحين الفارين من أعمال العنف في شمال البلاد إلى مدينة كايا", "evacuation"),
    # a regional bloc's threat
    ("هددت مجموعة إيكواس بالتدخل العسكري لإعادة الرئيس المعزول إلى السلطة في نيامي", "statement"),
    # one found killed, named at length; fighters sent; journalists beaten; officials held
    ("عثر صباح اليوم على الكاتب والناشط سمير حداد مقتولا بعدة رصاصات داخل سيارته قرب صيدا", "attack_on_civilians"),
    ("أرسلت الحركة مئات من مقاتليها إلى مداخل الوادي استعدادا لاقتحامه", "deployment"),
    ("تعرض ثلاثة صحفيين للضرب المبرح على أيدي عناصر الحركة خلال تغطيتهم احتجاجا في كابل", "attack_on_civilians"),
    ("أوقفت السلطات القضائية المدير العام للمرفأ في إطار التحقيقات في الانفجار", "arrest"),
])
def test_deeds_found_in_the_sahel_and_iraq_rounds(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_fleeing_violence_is_no_riot() -> None:
    assert "riot" not in _asserted("وصل مئات النازحين الفارين من أعمال العنف في شمال البلاد إلى مدينة كايا")


def test_an_arena_of_words_is_no_sport() -> None:
    # حلبة alone is a figure's arena: the statement after it stays
    text = "دخل الإعلام الرسمي في حلبة المواجهة، واتهمت الحكومة الداعية بإقامة دولة خفية"
    assert "statement" in _asserted(text)


def test_tennis_attacks_are_the_games() -> None:
    text = "يفضل لاعبو التنس الإسبان بناء النقطة بصبر من الخط الخلفي قبل شن الهجوم والصعود إلى الشبكة"
    assert not _asserted(text)


@pytest.mark.parametrize("text, word", [
    # what a place is like is no place's name
    ("لم تكن هناك مدينة تشبه لندن في كثرة إعلامييها", "تشبه"),
    ("فجرت انتحاريتان نفسيهما في مروة كبرى مدن أقصى شمال الكاميرون", "أقصى"),
    ("غطت المستنقعات الشوارع والساحات في أحياء المدن بما فيها بغداد", "المدن"),
])
def test_a_places_description_is_no_name(text: str, word: str) -> None:
    assert word not in _places(text)


def test_his_logic_is_no_region() -> None:
    # منطقه with ه, in a text that writes ة elsewhere, is "his logic"
    text = "يتأتى ذلك من خلال شيطنة الجماعة وتحويل منطقه الفكري لمرض سرطاني في عقلية أتباعها"
    assert "الفكري" not in _places(text)


@pytest.mark.parametrize("text", [
    # property, loans and insurance; a thesis's and knowledge's battles
    "في معركة الرهن العقاري يكون المقترض الذي يقرأ العقد بعناية أقوى من الذي يوقع على عجل",
    "تقدم شركة التأمين وثيقة تغطي مخاطر الحرب والشغب والاضطرابات المدنية للمنشآت التجارية",
    "يحتاج طالب الدراسات العليا إلى خطة واضحة ليخوض معركة الأطروحة دون أن يستنزفه ضغط المواعيد",
])
def test_money_and_study_pages_tell_of_no_war(text: str) -> None:
    assert not _asserted(text)


def test_its_sources_are_no_confiscation() -> None:
    # مصادره with ه, in a text that writes ة elsewhere, is "its sources"
    text = "ثالثا: التدخل الخارجي بمختلف أشكاله ومصادره في المنطقة العربية"
    assert "looting" not in _asserted(text)


def test_a_confiscation_spelt_with_ta_marbuta_stays() -> None:
    assert "looting" in _asserted("أعلنت الشرطة مصادرة كمية من الأسلحة في درعا أمس")


@pytest.mark.parametrize("text, arrest", [
    ("قال المصدر إن الفرقتين اللتين تم تجهيزهما زج بهما الآن في معارك الأنبار", False),
    ("زجت المخابرات بعشرات الناشطين في السجون بعد المظاهرة", True),
])
def test_thrown_into_prison_not_into_battle(text: str, arrest: bool) -> None:
    assert ("arrest" in _asserted(text)) is arrest


def test_mines_sown_between_countries_are_discord() -> None:
    assert "bombing" not in _asserted("بدأ الجميع يتحدث عن زرع ألغام بين تونس والجزائر بسبب التصريحات")


@pytest.mark.parametrize("text, category", [
    ("أرسلت موسكو خلال الأسابيع الماضية نحو ثلاثين طائرة مقاتلة إلى قاعدة حميميم", "deployment"),
    ("وصلت إلى ميناء عدن دفعة جديدة من المدرعات برفقة مئات الجنود", "deployment"),
    ("عثرت الشرطة على جثث تسعة رجال مكبلي الأيدي في بساتين ناحية بهرز", "attack_on_civilians"),
])
def test_jets_armour_and_bound_bodies(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_what_a_creed_forbids_is_no_deed() -> None:
    assert "attack_on_civilians" not in _asserted("تؤكد الفتوى أن استهداف المدنيين الآمنين محرم شرعا")


def test_boko_haram_forbids_nothing() -> None:
    assert "attack_on_civilians" in _asserted("قتل مسلحو بوكو حرام أكثر من عشرين مدنيا في قرية قرب مايدوغوري أمس")


def test_a_travel_pages_smells_and_heat_are_no_attacks() -> None:
    text = "يلجأ الأهالي في أمسيات الصيف إلى ضفاف الفرات هربا من هجوم الحر الذي يجتاح المدينة"
    assert "armed_clash" not in _asserted(text)


def test_forbidden_is_no_month() -> None:
    # محرم is a Hijri month only with a date beside it
    assert not extract("تؤكد الفتوى أن استهداف المدنيين محرم شرعا", published=PUBLISHED).timexes
    assert [t.value for t in extract("في الأول من محرم 1437", published=PUBLISHED).timexes] == ["2015-10-14"]


@pytest.mark.parametrize("text", [
    "وختم الشيخ خطبته وهو يدعو للمغرر بهم بالهداية",
    "ويمهل القانون النواب ستين يوما لاتخاذ قرار بشأن قبول أو رفض الاتفاق",
])
def test_prayers_and_open_choices_are_no_statements(text: str) -> None:
    assert "statement" not in _asserted(text)


def test_a_call_that_failed_is_negated() -> None:
    assert modalities_of("ولا تخفي المعارضة إخفاقها في الدعوة إلى حوار وطني شامل", "statement") == ["negated"]


def test_a_weapon_far_after_a_possible_attack_is_as_possible() -> None:
    text = "يحتمل أن يستهدف مسلحون قوافل الشاحنات على الطريق الدولي بين زاخو ودهوك بعبوات ناسفة"
    assert "bombing" not in _asserted(text)


def test_a_weapon_after_a_done_attack_is_done() -> None:
    text = "استهدف مسلحون قافلة للجيش على الطريق الدولي بين زاخو ودهوك بعبوات ناسفة صباح اليوم"
    assert "bombing" in _asserted(text)


@pytest.mark.parametrize("text", [
    "لكن مجموعات القتل الطائفية انخفض عددها في سوريا كثيرا بسبب الحاجة إليها في العراق",
    "وتنتظر خلايا التخريب وشبكات الدعاية التي يوظفها النظام حصتها من الأموال",
])
def test_more_groups_named_by_their_deed(text: str) -> None:
    assert not _asserted(text) & {"attack_on_civilians", "riot"}


@pytest.mark.parametrize("text", [
    "تدعو الدول الطرفين إلى أن يبديا تقدما حقيقيا لحل الدولتين عبر السياسات والأفعال",
    "قال الوزير إن المبادرة التي قدمناها تتفق في جزء كبير منها مع القرار الأممي",
    "ما زالت باريس تلتزم موقفا حذرا رغم رغبة وزير خارجيتها في زيارة طهران",
])
def test_progress_views_and_caution_are_no_events(text: str) -> None:
    assert not _asserted(text) & {"territory_change", "agreement", "statement"}
