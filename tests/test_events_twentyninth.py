"""The rules of the twenty-ninth session (docs/events.md, "Rules of the twenty-ninth session"): what is
expected, with its expecters between, is to come; a failed attempt with its attempters named at length
is denied; a proposal is only proposed; hand grenades of a battle are its means, and a means says what an
attack was; wild animals fight no battles; and the words and names the rounds of the session showed
missing.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

from conftest import actors_of, modalities_of, sentence_events
from conftest import asserted_categories as _asserted

# ---------------------------------------------------------------- modality


def test_battles_expected_by_commanders_are_to_come() -> None:
    text = "يتوقع ضباط ميدانيون أن تشهد أطراف البلدة معارك ضارية خلال الأسبوع المقبل."
    assert modalities_of(text, "armed_clash") == ["future"]


def test_a_failed_attempt_by_a_group_named_at_length_is_denied() -> None:
    text = "فشلت محاولة مسلحي مجلس شورى ثوار بنغازي استعادة حي الصابري بعد معارك ليلية."
    assert "territory_change" not in _asserted(text)
    assert "negated" in modalities_of(text, "territory_change")


def test_a_failed_attempt_does_not_reach_a_deed_far_after_it() -> None:
    text = "فشلت محاولة الوسطاء إقناع المسلحين بالانسحاب من البلدة التي سيطروا عليها أمس."
    assert sorted(modalities_of(text, "territory_change")) == ["asserted", "negated"]


def test_a_truce_rejected_as_a_proposal_is_not_agreed() -> None:
    text = "رفضت الفصائل المسلحة مقترحا تقدمت به اللجنة الدولية للصليب الأحمر لهدنة إنسانية في الحي."
    assert "ceasefire" not in _asserted(text)


def test_an_accepted_suggestion_of_a_truce_is_still_a_truce() -> None:
    text = "قبلت الحكومة والمتمردون اقتراحا بوقف الأعمال العدائية في الإقليم اعتبارا من منتصف الليل."
    assert "ceasefire" in _asserted(text)


def test_a_truce_to_make_way_for_fighters_leaving_does_not_tell_them_gone() -> None:
    text = "أعلن الطرفان هدنة لإفساح المجال أمام خروج المسلحين المحاصرين من المدينة القديمة."
    assert "ceasefire" in _asserted(text)
    assert "evacuation" not in _asserted(text)


# ---------------------------------------------------------------- means


def test_grenades_in_a_battle_are_its_means() -> None:
    # (a place named: a battle in the singular needs an anchor since the thirty-third session)
    text = "خاض المهاجمون مع عناصر الشرطة معركة بالأسلحة الرشاشة والقنابل اليدوية قرب مركز بلدة الباب."
    assert _asserted(text) == {"armed_clash"}


def test_a_grenade_thrown_is_a_bombing() -> None:
    text = "ألقى مجهولون قنبلة يدوية على منزل قيادي محلي في الحي الشرقي من المدينة فجر الأحد."
    assert "bombing" in _asserted(text)


def test_an_attack_with_grenades_is_a_bombing() -> None:
    text = "هاجم مسلحون حاجزا للشرطة بالقنابل اليدوية عند مدخل السوق."
    assert "bombing" in _asserted(text)
    assert "armed_clash" not in _asserted(text)


# ---------------------------------------------------------------- wild animals


def test_hyenas_attacking_zebras_is_no_battle() -> None:
    text = "شنت الضباع هجوما خاطفا على قطيع من الحمر الوحشية عند ضفة النهر في المحمية."
    assert sentence_events(text) == []


def test_elephants_leaving_a_park_are_not_displaced_people() -> None:
    text = "أدى الجفاف إلى نزوح قطعان الفيلة من المنتزه الوطني نحو الحدود بحثا عن المياه."
    assert sentence_events(text) == []


def test_a_town_spelt_like_a_lioness_still_has_its_events() -> None:
    text = "خطف مسلحون مجهولون ثلاثة مواطنين على طريق اللبوة في البقاع الشمالي مساء الأحد."
    assert "attack_on_civilians" in _asserted(text)


def test_a_party_shot_at_is_an_attack() -> None:
    text = "فتح مسلحون ملثمون النار على رواد حفلة شعبية في الحي الجنوبي فقتلوا سبعة أشخاص."
    assert "attack_on_civilians" in _asserted(text)


# ---------------------------------------------------------------- words and names


def test_a_governor_installed_by_a_group() -> None:
    text = "نصب التنظيم قياديا جديدا واليا على المحافظة خلفا لسلفه الذي قتل في غارة."
    assert "group_change" in _asserted(text)


def test_blown_up_with_dynamite() -> None:
    text = "نسف المتمردون بالديناميت أبراج نقل الكهرباء في المرتفعات الوسطى ليل الأربعاء."
    assert "bombing" in _asserted(text)


def test_a_vanguard_entering_a_quarter() -> None:
    text = "دخلت طلائع الجيش الوطني الليبي حي شيحا في درنة بعد معارك استمرت أياما."
    assert "territory_change" in _asserted(text)


def test_a_helicopter_opening_its_fire_is_an_air_strike() -> None:
    text = "فتحت مروحية عسكرية تابعة للجيش نيرانها على تجمع للمتمردين قرب القرية."
    assert "air_strike" in _asserted(text)


def test_aircraft_named_before_the_bombs_they_dropped() -> None:
    text = "قال شهود إن طائرات الجيش ألقت قنابل على معسكر للمتمردين في الجبال."
    assert "air_strike" in _asserted(text)
    assert "bombing" not in _asserted(text)


def test_a_grand_ayatollahs_call_is_a_statement() -> None:
    text = "دعا المرجع الديني علي السيستاني العراقيين إلى التطوع لقتال المسلحين."
    assert "statement" in _asserted(text)


def test_the_shining_path_named_as_an_actor() -> None:
    text = "هاجم مقاتلو الدرب المضيء مركزا للشرطة في أعالي أياكوتشو ليل الثلاثاء."
    assert ("actor1", "الدرب المضيء") in actors_of(text, "armed_clash")


def test_residents_refusing_to_leave_have_not_left() -> None:
    text = "رفض معظم سكان حي الصفا في المدينة القديمة مغادرة منازلهم رغم اشتداد القصف."
    assert "evacuation" not in _asserted(text)
    assert modalities_of(text, "evacuation") == ["negated"]


def test_a_deed_joined_far_after_a_verb_of_the_future_is_to_come() -> None:
    text = "قال الوزير إن الأجهزة الأمنية ستلاحق المتورطين في جرائم المدينة الجنوبية وتعتقلهم أينما كانوا."
    assert "arrest" not in _asserted(text)
    assert modalities_of(text, "arrest") == ["future"]


def test_an_operations_room_named_for_a_liberation_takes_nothing() -> None:
    text = "قال آمر غرفة عمليات تحرير المدينة إن قواته ستدخلها خلال أيام."
    assert "territory_change" not in _asserted(text)


def test_a_marketing_attack_on_the_cheese_market_is_no_attack() -> None:
    text = "شنت شركة ألبان كبرى هجوما تسويقيا على سوق الأجبان البيضاء بطرح عبوات جديدة بأسعار منافسة."
    assert sentence_events(text) == []


def test_foot_and_mouth_disease_attacking_herds_is_no_attack() -> None:
    text = "هاجمت الحمى القلاعية قطعان الأبقار الحلوب في الريف الشمالي وأدت إلى نفوق عشرات العجول."
    assert sentence_events(text) == []


def test_a_perfumer_splitting_from_his_house_is_no_defection() -> None:
    text = "انشق صانع العطور المخضرم عن الدار التي عمل فيها عشرين عاما ليؤسس علامته المستقلة."
    assert sentence_events(text) == []


def test_a_clerics_demand_is_a_statement() -> None:
    text = "طالب الشيخ عيسى قاسم في خطبة الجمعة بالإفراج عن جميع المعتقلين السياسيين."
    assert "statement" in _asserted(text)


def test_a_rebel_front_threatening_a_siege_is_to_come() -> None:
    text = "أكد قادة جبهة التغيير والوفاق في تشاد أنهم سيحاصرون العاصمة من جميع الجهات."
    assert modalities_of(text, "siege") == ["future"]


def test_efforts_that_came_to_nothing_before_a_truce_deny_it() -> None:
    text = "باءت بالفشل مساعي التوصل إلى هدنة في العاصمة بعد أن تمسك كل طرف بشروطه."
    assert modalities_of(text, "ceasefire") == ["negated"]


def test_failing_to_wring_a_truce_declaration_denies_the_truce() -> None:
    text = "أخفق المبعوث الأممي في انتزاع إعلان لوقف إطلاق النار من قادة الفصائل خلال لقائه بهم."
    assert "ceasefire" not in _asserted(text)
    assert "territory_change" not in _asserted(text)


def test_a_planned_sit_in_prevented_did_not_happen() -> None:
    text = "منعت قوات الأمن تنظيم وقفة احتجاجية دعا إليها المعلمون أمام مبنى الوزارة."
    assert "protest" not in _asserted(text)


def test_a_threat_told_by_a_plural_participle_is_of_an_attack_to_come() -> None:
    text = "أمهل المقاتلون الحامية المتحصنة في القلعة يومين للاستسلام، مهددين بشن هجوم شامل بعد ذلك."
    assert "armed_clash" not in _asserted(text)


def test_armed_men_raiding_a_village_is_no_air_strike() -> None:
    text = "أغار مسلحون على قرية حدودية في شرق البلاد وقتلوا عشرات القرويين."
    assert "air_strike" not in _asserted(text)
    assert "attack_on_civilians" in _asserted(text)


def test_an_air_strike_against_fighters_stays_an_air_strike() -> None:
    text = "نفذت القيادة الأمريكية ضربة جوية ضد عناصر حركة الشباب قرب بلدة جلب."
    assert "air_strike" in _asserted(text)


def test_a_helicopters_own_missiles_are_an_air_strike() -> None:
    text = "أطلقت مروحية حكومية صواريخها على رتل من المتمردين قرب الحدود."
    assert "air_strike" in _asserted(text)


def test_rebels_falling_back_from_a_town_give_it_up() -> None:
    text = "تقهقر المتمردون من بلدة بن جواد باتجاه الشرق تحت وطأة تقدم القوات الحكومية."
    assert "territory_change" in _asserted(text)


def test_a_regime_drawing_back_described_as_a_trend_takes_nothing() -> None:
    text = "يرى محللون أن النظام ينكفئ إلى عمق البلاد بينما تتمدد المعارضة على الأطراف."
    assert "territory_change" not in _asserted(text)


def test_setting_the_finest_example_is_no_strike() -> None:
    text = "ضرب رجال الإطفاء أروع الأمثال في شجاعتهم خلال الحريق."
    assert sentence_events(text) == []


def test_a_militia_warning_of_killings_is_a_threat() -> None:
    text = "أنذرت ميليشيا مسلحة في منشورات وزعتها في الحي بقتل كل عائلة لا تغادره خلال ثلاثة أيام."
    assert "attack_on_civilians" not in _asserted(text)
    assert "future" in modalities_of(text, "attack_on_civilians")


def test_brigades_to_be_raised_by_a_known_force() -> None:
    text = "ستعلن هيئة الحشد الشعبي تشكيل ألوية جديدة من أبناء العشائر خلال الأيام المقبلة."
    assert modalities_of(text, "group_change") == ["future"]


def test_a_general_of_the_first_rank_named_commander() -> None:
    text = "عين الفريق أول كارليتو غالفيز قائدا جديدا للقيادة الغربية خلفا لسلفه."
    assert "group_change" in _asserted(text)


def test_the_stranded_to_be_moved_out() -> None:
    text = "تعتزم المفوضية السامية للاجئين نقل مئات المدنيين العالقين في البلدة إلى مناطق آمنة الأسبوع المقبل."
    assert modalities_of(text, "evacuation") == ["future"]


def test_nationals_to_be_brought_home_from_a_camp() -> None:
    text = "تعتزم الحكومة العراقية إعادة خمسة آلاف من مواطنيها المقيمين في مخيم الهول قبل نهاية العام."
    assert modalities_of(text, "evacuation") == ["future"]


def test_renamo_accusing_the_ruling_party_is_a_statement() -> None:
    text = "اتهم زعيم حركة رينامو حزب فريليمو الحاكم بتزوير نتائج الانتخابات العامة."
    assert "statement" in _asserted(text)


def test_a_bomb_report_that_was_a_hoax_tells_no_bombing() -> None:
    text = "تبين أن البلاغ عن وجود قنبلة في المطار كان إنذارا كاذبا، إذ لم يعثر خبراء المتفجرات على أي عبوة."
    assert "bombing" not in _asserted(text)
    assert "statement" not in _asserted(text)


def test_a_march_with_no_clashes_recorded_was_no_riot() -> None:
    text = "مرت المسيرة الأسبوعية في المدينة دون تسجيل أي صدامات أو أعمال تخريب، بحسب الشرطة."
    assert "riot" not in _asserted(text)


def test_a_deadline_passing_with_no_truce_declared_denies_it() -> None:
    text = "انقضت المهلة التي حددها الوسطاء دون أن يعلن أي من الطرفين وقفا لإطلاق النار."
    assert "ceasefire" not in _asserted(text)


def test_reinforcements_refused_were_not_sent() -> None:
    text = "رفضت قيادة المنطقة العسكرية الرابعة إرسال تعزيزات إلى اللواء المحاصر في المدينة."
    assert "deployment" not in _asserted(text)


def test_failing_to_agree_on_a_unified_command_forms_none() -> None:
    text = "فشلت الفصائل المجتمعة في جنيف في التوافق على تشكيل قيادة موحدة، وانفض الاجتماع دون نتيجة."
    assert "group_change" not in _asserted(text)


def test_a_vow_to_pound_a_port_is_to_come() -> None:
    text = "توعدت كتائب القذافي بدك ميناء مصراتة بالصواريخ لقطع خطوط الإمداد عن الثوار."
    assert "shelling" not in _asserted(text)
    assert modalities_of(text, "shelling") == ["future"]


def test_artillery_named_before_its_future_fire_is_to_come() -> None:
    text = "أفادت مصادر عسكرية بأن المدفعية ستقصف مواقع المسلحين في سفوح الجبل فور انتهاء المهلة."
    assert modalities_of(text, "shelling") == ["future"]


def test_a_likely_merger_into_a_unified_formation_is_likely_only() -> None:
    text = "رجحت مصادر مطلعة أن تندمج فصائل عشائرية في المحافظة ضمن تشكيل موحد إذا وافقت الحكومة على تمويلها."
    assert "group_change" not in _asserted(text)


def test_a_low_cost_airlines_price_attack_is_no_attack() -> None:
    text = "شنت شركات الطيران منخفضة التكلفة هجوما واسعا على الخطوط الأوروبية بتذاكر رخيصة."
    assert sentence_events(text) == []


def test_a_clown_storming_the_ring_is_no_storming() -> None:
    text = "اقتحم المهرج الحلبة على دراجة بعجلة واحدة وسط تصفيق الأطفال في افتتاح موسم السيرك."
    assert sentence_events(text) == []


def test_somalilands_president_rejecting_interference_is_a_statement() -> None:
    text = "رفض موسى بيحي عبدي في خطاب أمام البرلمان أي تدخل خارجي في شؤون أرض الصومال."
    assert "statement" in _asserted(text)


def test_bird_flu_attacking_poultry_farms_is_no_attack() -> None:
    text = "شن فيروس إنفلونزا الطيور هجوما واسعا على مزارع المحافظة خلال يناير، ما أدى إلى نفوق آلاف الطيور."
    assert sentence_events(text) == []


def test_a_hyena_attacking_a_herd_is_no_battle() -> None:
    text = "تمكنت كلاب الحراسة من صد هجوم ضبع على قطيع من الإبل في البادية ليل الثلاثاء."
    assert sentence_events(text) == []


def test_gunfire_is_no_blaze() -> None:
    text = "اقتحم مسلحون القرية وأطلقوا النيران على السكان فجر الأحد."
    assert "armed_clash" in _asserted(text) or "attack_on_civilians" in _asserted(text)


def test_a_road_cut_by_fire_is_a_siege() -> None:
    text = "قطعت قوات النظام بالنيران الطريق الدولي شمال المدينة، ما عزل الجيب عن عمق المحافظة."
    assert "siege" in _asserted(text)


def test_flames_trapping_a_family_are_no_siege() -> None:
    text = "حاصرت النيران أسرة داخل منزلها في الطابق الثالث قبل أن ينقذها رجال الإطفاء."
    assert sentence_events(text) == []


def test_unrest_troops_are_sent_in_case_of_has_not_happened() -> None:
    text = "نشرت السلطات مئات الجنود في محيط المقبرة تحسبا لاضطرابات خلال التشييع."
    assert "riot" not in _asserted(text)
    assert "deployment" in _asserted(text)
