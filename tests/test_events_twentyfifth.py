"""The rules of the twenty-fifth session (docs/events.md, "Rules of the twenty-fifth session"): a
number's phrase counts as one word of a switch's reach, a body of a state the knowledge base does not
know is a party, "none" after a negated perfect is no "any", who the doers likely were is a detail, a
counterfactual's consequent hangs on it, and the words the rounds of the session showed missing.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from rasad.pipeline import extract

from conftest import actors_of, dates_of, modalities_of, place_names, sentence_events
from conftest import asserted_categories as _asserted

# ---------------------------------------------------------------- structure


def test_a_number_phrase_is_one_word_of_the_reach_to_the_civilians() -> None:
    text = "قتل مسلحون من عصابة محلية ما لا يقل عن 40 مدنيا في قرية نائية شمال الولاية."
    categories = _asserted(text)
    assert "attack_on_civilians" in categories
    assert "armed_clash" not in categories


def test_a_ministry_of_a_state_unknown_to_the_knowledge_base_is_a_party() -> None:
    text = "رفضت وزارة الخارجية الكينية تقرير لجنة خبراء أممية حول الانتهاكات."
    assert modalities_of(text, "statement") == ["asserted"]


def test_a_league_named_with_a_nationality_is_no_party() -> None:
    text = "قررت رابطة الدوري الإيطالي للمحترفين اندماج ناديين من الدرجة الثانية تحت إدارة واحدة."
    assert sentence_events(text) == []


def test_none_fired_after_a_negated_perfect_is_negated() -> None:
    text = "قال قائد ميداني إن رجاله ما أطلقوا أي قذيفة على المطار منذ أسبوع."
    assert modalities_of(text, "shelling") == ["negated"]


def test_any_attack_to_come_stays_hypothetical() -> None:
    text = "تعهدت القوات بالرد على أي هجوم يستهدف مواقعها."
    assert modalities_of(text, "armed_clash") == ["hypothetical"]


def test_who_the_killers_likely_were_does_not_make_the_killing_likely() -> None:
    text = "قال ناجون إن مسلحين يرجح أنهم من جماعة محلية قتلوا نحو 50 قرويا في هجوم ليلي."
    assert "asserted" in modalities_of(text, "attack_on_civilians")


def test_a_likely_deed_stays_likely() -> None:
    text = "من المرجح أن تقصف المدفعية مواقع المسلحين الليلة."
    assert modalities_of(text, "shelling") == ["hypothetical"]


def test_the_consequent_of_a_counterfactual_hangs_on_it() -> None:
    text = "لو طلبت الحكومة دعما إضافيا، فإن رواندا مستعدة لإرسال وحدة من قواتها إلى الإقليم."
    assert modalities_of(text, "deployment") == ["hypothetical"]


def test_calls_to_protest_are_no_protest() -> None:
    text = "مر يوم الجمعة هادئا في المدينة رغم دعوات أطلقها ناشطون للاحتجاج على غلاء الأسعار."
    assert "protest" not in _asserted(text)


def test_a_party_named_after_a_call_calls_nothing() -> None:
    text = "تعرض القيادي في حزب الدعوة للاعتقال عام 1981 على يد الأجهزة الأمنية."
    assert "arrest" in _asserted(text)


# ---------------------------------------------------------------- switches


def test_an_army_protesting_speaks_it_does_not_march() -> None:
    text = "احتج الجيش على ما اعتبره خرقا لبنود الاتفاق في المنطقة العازلة."
    categories = _asserted(text)
    assert "statement" in categories
    assert "protest" not in categories


def test_workers_at_a_ministry_still_protest() -> None:
    text = "نظم موظفون في وزارة التعليم وقفة احتجاجية أمام مقر الحكومة للمطالبة بصرف رواتبهم."
    assert "protest" in _asserted(text)


def test_rebels_burning_buildings_destroy_property() -> None:
    text = "أضرم المتمردون النار في مبنى البلدية ومستوصف القرية قبل انسحابهم."
    categories = _asserted(text)
    assert "looting" in categories
    assert "riot" not in categories


def test_targeting_camps_of_the_displaced_is_violence_against_civilians() -> None:
    text = "استهدف مسلحون مخيما للنازحين قرب الحدود فجر الأحد."
    assert "attack_on_civilians" in _asserted(text)


def test_boats_seized_are_looted() -> None:
    text = "استولى قراصنة مسلحون على أربعة زوارق صيد قبالة السواحل الشمالية."
    assert "looting" in _asserted(text)


def test_a_camp_named_like_a_well_is_taken_not_looted() -> None:
    text = "سيطر المسلحون على معسكر بئر الغنم بعد انسحاب القوات الحكومية منه."
    categories = _asserted(text)
    assert "territory_change" in categories
    assert "looting" not in categories


def test_students_killed_are_civilians() -> None:
    text = "اقتحم مسلحون مدرسة ثانوية وقتلوا 20 طالبا على الأقل وخمسة من أفراد الحراسة."
    assert "attack_on_civilians" in _asserted(text)


# ---------------------------------------------------------------- words of the rounds


@pytest.mark.parametrize("text, category", [
    ("أوقفت الشرطة 12 عاملا أجنبيا في مداهمة لموقع بناء بالعاصمة.", "arrest"),
    ("نشرت بريطانيا مروحيات هجومية في قاعدة قرب الحدود.", "deployment"),
    ("سحبت إيطاليا آخر جنودها من القاعدة الجوية في البلاد.", "territory_change"),
    ("سحبت منظمة إغاثة دولية جميع موظفيها الأجانب من المدينة بسبب المعارك.", "evacuation"),
    ("بدأت المفوضية نقل نحو 800 لاجئ مالي من مخيم حدودي إلى موقع جديد.", "evacuation"),
    ("وقع الطرفان إعلانا مشتركا لتبادل الأسرى في العاصمة.", "agreement"),
])
def test_words_of_the_rounds(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_a_channel_for_talks_that_may_open_is_hypothetical() -> None:
    text = "قال الوسيط إنه من الممكن فتح قناة للحوار مع قادة التمرد خلال الأشهر المقبلة."
    assert modalities_of(text, "negotiation") == ["hypothetical"]


def test_a_camp_described_is_no_place_name() -> None:
    text = "نقلت المنظمة 300 نازح إلى مخيم مؤقت في المنطقة."
    assert all(name != "مؤقت" for _, name in actors_of(text, "evacuation"))
    assert "مؤقت" not in place_names(text)


# ---------------------------------------------------------------- round two


def test_a_city_spelt_like_a_future_verb_makes_no_plan() -> None:
    text = "تعرضت ستيباناكرت مساء السبت لقصف مدفعي كثيف."
    assert modalities_of(text, "shelling") == ["asserted"]
    assert dates_of(text, "shelling", published="2023-10-02") == ["2023-09-30"]


def test_the_people_of_a_place_spelt_like_a_future_verb() -> None:
    text = "نزح أهالي سيناو في 12 كانون الأول بعد معارك عنيفة."
    assert dates_of(text, "armed_clash", published="2024-03-10") == ["2023-12-12"]


def test_a_name_spelt_like_a_piece_of_furniture_is_no_sport() -> None:
    text = "عين رئيس الإقليم أرايك هاروتيونيان الجنرال كارين أفاكيان قائدا جديدا للجيش."
    assert "group_change" in _asserted(text)


def test_tunnels_are_no_spending() -> None:
    text = "شنت الطائرات الإسرائيلية غارات على الأنفاق الحدودية في رفح ليل الأحد."
    assert "air_strike" in _asserted(text)


def test_a_leader_elected_for_a_region_is_a_group_change() -> None:
    text = "انتخب برلمان الإقليم يوم السبت الجنرال سامفيل كاراپيتيان رئيسا جديدا لإقليم قره باغ."
    assert "group_change" in _asserted(text)


def test_a_leader_elected_for_a_club_is_none() -> None:
    text = "انتخب أعضاء الجمعية العمومية أحمد سالم رئيسا جديدا للنادي."
    assert sentence_events(text) == []


def test_a_release_of_pupils_counts_them_and_asks_nothing() -> None:
    text = "أطلق الخاطفون سراح 40 طالبة من مدرسة داخلية في ولاية زمفارا."
    assert "statement" not in _asserted(text)


def test_a_court_that_convicts_makes_no_statement() -> None:
    text = "ودانت المحكمة المتهم بالتخطيط لتفجير سفينة حربية في ميناء عدن."
    assert "statement" not in _asserted(text)


def test_a_statistics_agency_mobilises_nobody() -> None:
    text = "ارتفع عدد سكان مصر إلى 105 ملايين نسمة، وفق الجهاز المركزي للتعبئة العامة والإحصاء."
    assert sentence_events(text) == []


@pytest.mark.parametrize("text, category", [
    ("بدأت طلائع قوة حفظ سلام أفريقية الانتشار في الإقليم صباح الثلاثاء.", "deployment"),
    ("وصلت أولى وحدات الشرطة العسكرية إلى المدينة مساء الأربعاء.", "deployment"),
    ("نصب الجيش بطارية صواريخ مضادة للطائرات قرب الحدود الشمالية.", "deployment"),
    ("سلمت القوات الروسية منطقة أغدام إلى الجيش الأذربيجاني صباح اليوم.", "territory_change"),
    ("توصلت الحكومة والأمم المتحدة إلى آلية لإدخال المساعدات إلى الإقليم.", "agreement"),
    ("أعلن رئيس الإقليم تنحيه عن رئاسة المجلس العسكري اعتبارا من الشهر المقبل.", "group_change"),
    ("أقدم مسلحون على قتل مزارع وزوجته داخل منزلهما في قرية نائية.", "attack_on_civilians"),
    ("استولى مسلحون على 12 شاحنة محملة بالقمح على الطريق الدولي.", "looting"),
    ("أكد حاكم الولاية أن المدينة لن تسقط، مطالبا الحكومة بإرسال مزيد من الجنود.", "statement"),
])
def test_words_of_round_two(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_a_speech_to_be_delivered_is_a_statement_to_come() -> None:
    text = "يستعد الرئيس لإلقاء خطاب أمام البرلمان يوم الاثنين المقبل."
    assert modalities_of(text, "statement") == ["future"]


def test_an_exchange_of_prisoners_to_come() -> None:
    text = "من المتوقع أن يتبادل الطرفان الأسبوع المقبل دفعة جديدة من الأسرى."
    assert modalities_of(text, "agreement") == ["future"]


def test_a_truce_that_was_to_begin_while_the_shelling_went_on_is_negated() -> None:
    text = "كان من المقرر أن تبدأ الهدنة صباح الأحد، لكن القصف استمر على القرى الحدودية."
    assert modalities_of(text, "ceasefire") == ["negated"]



# ---------------------------------------------------------------- round three


def test_where_a_body_sits_is_neither_place_nor_actor() -> None:
    text = "وأضاف المرصد ومقره بريطانيا أن معظم القتلى مدنيون سقطوا في بلدة سيطر عليها المسلحون في أيار."
    assert all(name != "بريطانيا" for _, name in actors_of(text, "territory_change"))
    places = [e.location.name for e in extract(text, published="2023-05-14").events if e.location]
    assert "بريطانيا" not in places


def test_a_workers_party_behind_a_preposition_has_no_workers() -> None:
    text = "شنت الطائرات التركية غارات لاستهداف مواقع لحزب العمال الكردستاني شمال العراق."
    assert "attack_on_civilians" not in _asserted(text)


def test_workers_targeted_are_civilians() -> None:
    text = "قد يستهدف المسلحون العمال الأجانب في مواقع البناء خلال الأسابيع المقبلة."
    assert modalities_of(text, "attack_on_civilians") == ["hypothetical"]


def test_a_likely_accord_is_hypothetical() -> None:
    text = "قال المحلل مرجحا أن يحصل اتفاق بين الطرفين على تبادل الأسرى."
    assert "agreement" not in _asserted(text)


def test_no_accord_about_an_exchange_denies_the_exchange_too() -> None:
    text = "أكد المتحدث أنه ليس ثمة أي اتفاق مع الحركة بشأن تبادل الأسرى."
    assert "agreement" not in _asserted(text)


def test_holding_control_is_no_change_of_territory() -> None:
    text = "ما زالت القوات الحكومية تحتفظ بالسيطرة على وسط المدينة رغم أسابيع من القصف."
    assert "territory_change" not in _asserted(text)


def test_entering_competition_is_no_storming() -> None:
    text = "تعتزم الشركة اقتحام التنافسية في سوق الاتصالات الإقليمي."
    assert sentence_events(text) == []


def test_killing_two_birds_with_one_stone() -> None:
    text = "أراد الوزير قتل عصفورين بحجر واحد حين أعلن الخطة."
    assert sentence_events(text) == []


def test_a_party_leaving_a_coalition_changes_groups_not_places() -> None:
    text = "انسحب حزب المؤتمر من الائتلاف الحاكم في الإقليم احتجاجا على تعديل الدستور."
    categories = _asserted(text)
    assert "group_change" in categories
    assert "territory_change" not in categories


def test_forces_handed_a_base_from_a_coalition_take_territory() -> None:
    text = "تسلمت القوات العراقية قاعدة عين الأسد بالكامل من التحالف الدولي صباح اليوم."
    assert "group_change" not in _asserted(text)


@pytest.mark.parametrize("text, category", [
    ("قتل المسلحون خمسة من أبناء القبيلة قرب القرية مساء الأحد.", "attack_on_civilians"),
    ("وقتل فيها 9 من الميليشيات على الأقل خلال المعارك.", "armed_clash"),
    ("عثر على جثث 20 شخصا متفحمة في قرية نائية، وقال شهود إن الجنود أحرقوهم داخل منزلهم.", "attack_on_civilians"),
    ("قال المتحدث إن طائرات حربية ألقت حمولتها على مواقع المتمردين قرب الحدود.", "air_strike"),
    ("أعلنت الحكومة تعليق العمليات الهجومية ضد المسلحين خلال شهر رمضان.", "ceasefire"),
    ("تمركزت وحدات من الجيش ومدرعات في محيط القصر الرئاسي منذ ليل السبت.", "deployment"),
    ("استدعى المجلس العسكري الدفعة الأولى من المجندين إلى معسكرات التدريب.", "deployment"),
    ("أعلن قادة الجبهة تحول الحركة إلى حزب سياسي يحمل الاسم ذاته.", "group_change"),
    ("استولى مسلحون على ست بنادق من عناصر حراسة مبنى البلدية.", "looting"),
])
def test_words_of_round_three(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_a_house_arrest_that_may_be_imposed() -> None:
    text = "قد تفرض السلطات الإقامة الجبرية على قادة المعارضة إذا أصروا على التظاهر."
    assert modalities_of(text, "arrest") == ["hypothetical"]


def test_stationed_forces_where_they_are_deploy_nothing_new() -> None:
    text = "تعتزم الحكومة نشر لواء في الإقليم، في أول تمركز طويل الأمد لقوات أجنبية هناك."
    assert "deployment" not in _asserted(text)


def test_what_went_before_is_not_denied_with_what_came_after() -> None:
    text = "لم تعد العائلات إلى بيوتها بعد القصف العنيف على الحي."
    assert modalities_of(text, "shelling") == ["asserted"]


def test_not_yet_begun_stays_negated() -> None:
    text = "لم يبدأ بعد الهجوم على المدينة رغم الحشود على أطرافها."
    assert "armed_clash" not in _asserted(text)


# ---------------------------------------------------------------- round four


def test_a_cue_word_inside_a_name_is_no_cue() -> None:
    text = "تواصل قوات حركة أمل محاصرة المخيم لليوم العاشر على التوالي."
    assert modalities_of(text, "siege") == ["asserted"]


def test_a_cue_a_place_name_is_spelt_like_stays_a_cue() -> None:
    text = "سرت شائعات في المدينة مساء أمس عن خطف صحافي أجنبي قرب الجامعة."
    assert "attack_on_civilians" not in _asserted(text)


def test_a_state_named_behind_a_preposition_is_a_place_word() -> None:
    text = "خطف مسلحون عشرين شخصا من حفل في بلدة صغيرة بولاية سينالوا ليل السبت."
    assert modalities_of(text, "attack_on_civilians") == ["asserted"]


def test_helicopters_of_the_army_strike_from_the_air() -> None:
    text = "نفى الجيش أن تكون مروحياته قد قصفت منازل في القرية."
    assert modalities_of(text, "air_strike") == ["negated"]


def test_a_marketing_attack_is_no_battle() -> None:
    text = "شنت الشركة هجوما تسويقيا واسعا على أسواق الخليج بإطلاق منتجها الجديد."
    assert sentence_events(text) == []


@pytest.mark.parametrize("text, category", [
    ("أصابت مسيرة انتحارية مبنى سكنيا في المدينة ليلة السبت.", "air_strike"),
    ("احتشد نحو ألفي شخص أمام السفارة يوم السبت للمطالبة بوقف الحرب.", "protest"),
    ("وصلت أولى بطاريات الدفاع الجوي إلى البلاد صباح اليوم.", "deployment"),
    ("أعلنت الحكومة وقفا لطلعاتها الجوية فوق الإقليم اعتبارا من منتصف الليل.", "ceasefire"),
    ("وقعت الحكومة والمتمردون في العاصمة بروتوكولين حول الترتيبات الأمنية.", "agreement"),
    ("أعلنت الوزارة أنها نشرت نحو ثلاثة آلاف من أفراد الشرطة في الولايات الثلاث.", "deployment"),
    ("انتشرت أولى وحدات الحماية في المعسكر يوم الثلاثاء.", "deployment"),
    ("أقامت العصابة تحالفا مع فصيل من الكارتل لمواجهة خصومها.", "group_change"),
    ("صادق النواب المجتمعون في المدينة على وثيقة الوفاق الوطني.", "agreement"),
    ("اقتحم مسلحون حانة في المدينة وأطلقوا النار عشوائيا على روادها.", "attack_on_civilians"),
    ("قتل مسلحون 12 شخصا من عائلة واحدة في مزرعة قرب البلدة.", "attack_on_civilians"),
    ("دفعت البحرية بزوارق دورية ومروحيتين إلى السواحل الشمالية.", "deployment"),
])
def test_words_of_round_four(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_a_second_wave_of_mobilisation_that_may_come() -> None:
    text = "رأى محللون أن الحكومة قد تلجأ إلى موجة ثانية من التعبئة خلال الشتاء."
    assert modalities_of(text, "deployment") == ["hypothetical"]


# ---------------------------------------------------------------- from held-out pair 40, read at the end


def test_a_final_hamza_on_its_seat_before_a_pronoun() -> None:
    text = "وصلت إلى الميناء سفينة تقل 900 شخص من رعايا دول عدة، تم إجلاؤهم من المدينة الساحلية."
    assert "evacuation" in _asserted(text)


def test_refugees_crossing_a_border_flee() -> None:
    text = "قالت المفوضية إن نحو عشرة آلاف لاجئ عبروا الحدود إلى البلد المجاور خلال الأسبوع الماضي."
    assert "evacuation" in _asserted(text)


def test_attacks_across_a_border_are_no_flight() -> None:
    text = "تستخدم الجماعة المنطقة في التخطيط للهجمات عبر الحدود وتمويلها."
    assert "evacuation" not in _asserted(text)


def test_militias_crossing_a_border_do_not_flee() -> None:
    text = "قال الوزير إن ميليشيات العراق ولبنان تعبر الحدود بالآلاف للقتال إلى جانب القوات الحكومية."
    assert "evacuation" not in {c for c, _ in sentence_events(text)}


@pytest.mark.parametrize("text, category", [
    ("وصلت إلى محيط المدينة قافلة عسكرية ضخمة تضم عشرات العربات القتالية.", "deployment"),
    ("أعلنت الحركتان خروجهما عن الحياد والانضمام إلى القتال إلى جانب الجيش.", "group_change"),
])
def test_words_of_pair_forty(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_a_convoy_struck_is_no_deployment() -> None:
    text = "استهدف هجوم بعبوة ناسفة قافلة عسكرية قرب الحدود صباح اليوم."
    assert "deployment" not in _asserted(text)
