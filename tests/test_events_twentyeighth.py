"""The rules of the twenty-eighth session (docs/events.md, "Rules of the twenty-eighth session"): what is
vowed, pledged or threatened is to come, unless a condition follows, however far; a refusal to sign
denies the accord; a noun joined by و shares the modality of the noun of its kind it is joined to, another
event's word between; a statement to come; novels, plays and publishing tell of no battle; and the words
the rounds of the session showed missing.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

from conftest import asserted_categories as _asserted
from conftest import modalities_of, sentence_events

# ---------------------------------------------------------------- modality


def test_an_arrest_joined_to_a_vowed_pursuit_is_vowed_too() -> None:
    text = "توعد وزير الداخلية بملاحقة المتورطين في الهجوم على الحاجز واعتقالهم أينما كانوا."
    assert "arrest" not in _asserted(text)
    assert modalities_of(text, "arrest")


def test_a_vow_is_of_a_deed_to_come() -> None:
    text = "توعد قائد الفصيل بقصف مواقع الجيش في محيط المطار خلال الأيام المقبلة."
    assert modalities_of(text, "shelling") == ["future"]


def test_a_pledge_with_its_pledger_named_at_length_is_to_come() -> None:
    text = "تعهد قائد القوات المشتركة في الإقليم الشرقي بانتزاع بلدة الريان من قبضة المسلحين قبل نهاية العام."
    assert modalities_of(text, "territory_change") == ["future"]


def test_a_threat_with_its_threatener_named_at_length_is_not_done() -> None:
    text = "هددت مجموعة مجهولة في بيان نشر على مواقع التواصل بتفجير سيارات مفخخة في أحياء المدينة القديمة."
    assert "bombing" not in _asserted(text)


def test_a_threat_on_a_condition_far_after_it_is_hypothetical() -> None:
    text = ("لوحت الحكومة بشن غارات جوية على مواقع المتمردين في الجبال الشمالية المحاذية للحدود مع الدولة "
            "المجاورة، إذا لم تتوقف الهجمات على القرى.")
    assert modalities_of(text, "air_strike") == ["hypothetical"]


def test_a_refusal_to_sign_denies_the_truce() -> None:
    text = "رفضت فصائل الريف الجنوبي التوقيع على وقف إطلاق النار الذي اقترحته الأمم المتحدة."
    assert modalities_of(text, "ceasefire") == ["negated"]


def test_efforts_that_came_to_nothing_deny_the_truce() -> None:
    text = "باءت بالفشل المساعي لتثبيت تهدئة في جرود البلدة بعد أسبوع من المحادثات."
    assert "ceasefire" not in _asserted(text)


def test_a_signing_ceremony_called_off_denies_the_accord() -> None:
    text = "لم يحضر زعيم المتمردين إلى الحدود لتوقيع اتفاق السلام النهائي، ما أدى إلى إلغاء مراسم التوقيع."
    assert "agreement" not in _asserted(text)


def test_a_statement_to_come() -> None:
    text = "من المنتظر أن يصدر الجيش السوداني بيانا غدا حول ما جرى في الفاشر."
    assert modalities_of(text, "statement") == ["future"]


def test_a_statement_that_may_come_is_no_statement_made() -> None:
    text = "من المحتمل أن تصدر حركة الشباب بيانا تتبنى فيه التفجير، وفق محللين."
    assert modalities_of(text, "statement") == ["hypothetical"]


def test_no_statement_issued_is_a_statement_denied() -> None:
    text = "لم تصدر حركة الشباب أي بيان بشأن مصير قائدها رغم مرور أسابيع على اختفائه."
    assert modalities_of(text, "statement") == ["negated"]


# ---------------------------------------------------------------- figures and fiction


def test_a_novelist_shelling_her_critics_is_no_shelling() -> None:
    assert _asserted("قصفت الروائية منتقديها بوابل من الردود الساخرة خلال ندوة في المدينة.") == set()


def test_a_play_about_hostages_is_no_arrest() -> None:
    assert _asserted("تدور المسرحية حول احتجاز خمسة ركاب داخل قطار معطل ليلة العيد.") == set()


def test_readers_besieging_an_author_at_a_book_fair_is_no_siege() -> None:
    text = "حاصر مئات القراء الكاتب الشاب عند منصة التوقيع في معرض القاهرة الدولي للكتاب."
    assert _asserted(text) == set()


def test_publishers_merging_is_no_change_of_armed_group() -> None:
    assert _asserted("أعلن أمس اندماج داري نشر لبنانيتين في كيان واحد يضم ألف عنوان.") == set()


def test_a_protest_before_the_municipal_theatre_is_still_a_protest() -> None:
    text = "تظاهر مئات المحتجين أمام المسرح البلدي في العاصمة التونسية ورددوا شعارات مناهضة للحكومة."
    assert "protest" in _asserted(text)


# ---------------------------------------------------------------- words of the rounds


def test_a_cabinet_line_up_to_be_announced() -> None:
    text = "من المتوقع أن تعلن حركة طالبان تشكيلة حكومتها الجديدة خلال أيام."
    assert modalities_of(text, "group_change") == ["future"]


def test_a_unified_military_command_to_be_announced() -> None:
    text = "يعتزم قادة فصائل الجبهة الجنوبية الإعلان عن قيادة عسكرية موحدة خلال الشهر المقبل."
    assert "group_change" in {c for c, _ in sentence_events(text)}
    assert "group_change" not in _asserted(text)


def test_a_militia_raised_by_villagers() -> None:
    text = "شكل سكان القرى الحدودية ميليشيا محلية لمواجهة هجمات جيش الرب للمقاومة."
    assert "group_change" in _asserted(text)


def test_forms_of_militias_are_no_militia_raised() -> None:
    text = "قال الباحث إن تنظيم داعش بات يعمل في شكل أشبه بأعمال الميليشيات."
    assert "group_change" not in _asserted(text)


def test_a_deputy_named_in_place_of_another() -> None:
    text = "عين زعيم جيش الرب للمقاومة قائده الميداني نائبا له خلفا للقائد الذي قتل الشهر الماضي."
    assert "group_change" in _asserted(text)


def test_a_governor_relieved_of_his_post() -> None:
    text = "أصدر الرئيس هادي قرارا بإعفاء محافظ عدن من منصب محافظ عدن وتعيين آخر."
    assert "group_change" in _asserted(text)


def test_a_channel_for_talks_denied() -> None:
    text = "نفى المدير العام للأمن العام وجود أي قناة تفاوض مباشرة مع تنظيم الدولة."
    assert modalities_of(text, "negotiation") == ["negated"]


def test_indirect_contacts_are_talks() -> None:
    text = "جرت اتصالات غير مباشرة بين حزب الله وجبهة النصرة عبر وسطاء لبحث شروط الهدنة."
    assert "negotiation" in _asserted(text)


def test_sitting_down_again_at_the_table() -> None:
    text = "جلس وفدا الحكومة الإثيوبية وجيش تحرير أورومو مجددا إلى طاولة التفاوض في دار السلام."
    assert "negotiation" in _asserted(text)


def test_a_noose_tightened_as_a_plan() -> None:
    text = "تخطط قوات النظام السوري لإطباق الخناق على المسلحين في جرود البلدة."
    assert modalities_of(text, "siege") == ["future"]


def test_supply_lines_cut() -> None:
    text = "باتت المدينة معزولة بعد أن قطع الجيش وحلفاؤه طرق إمداد التنظيم الواصلة إليها من الرقة."
    assert "siege" in _asserted(text)


def test_more_fighters_that_may_be_sent() -> None:
    text = "قد يدفع حزب الله بمزيد من مقاتليه إلى القلمون في حال تعثر التسوية."
    assert modalities_of(text, "deployment") == ["hypothetical"]


def test_fighters_arriving_counted() -> None:
    text = "وصل مئات من مقاتلي حزب الله إلى بلدة القريتين قادمين من ريف حلب."
    assert "deployment" in _asserted(text)


def test_a_dense_deployment() -> None:
    assert "deployment" in _asserted("نفذت وحدات الجيش انتشارا كثيفا في أحياء طرابلس صباح الثلاثاء.")


def test_buses_arriving_counted_are_an_evacuation() -> None:
    text = "وصلت نحو عشرين حافلة تقل مسلحي داعش وعائلاتهم إلى عمق البادية السورية."
    assert "evacuation" in _asserted(text)


def test_families_moved_by_buses() -> None:
    text = "ونقلت حافلات تابعة للحكومة المحلية عشرات العائلات من الصقلاوية إلى مخيمات الإيواء."
    assert "evacuation" in _asserted(text)


def test_a_report_relayed_is_no_families_moved() -> None:
    text = "نقلت مفوضية الأمم المتحدة السامية لحقوق الإنسان عن مصادر أن المسلحين خطفوا نحو ألف عائلة."
    assert "evacuation" not in _asserted(text)


def test_a_young_man_held_by_a_security_service() -> None:
    text = "أوقف الأمن العام اللبناني الشاب المطلوب عند حاجز على مدخل عرسال."
    assert "arrest" in _asserted(text)


def test_a_commander_captured() -> None:
    text = "أسر الجيش الأوغندي القائد في جيش الرب للمقاومة خلال عمليات في شمال شرق الكونغو."
    assert "arrest" in _asserted(text)


def test_a_march_kept_from_setting_out() -> None:
    text = "حالت الشرطة دون خروج مسيرة دعا إليها ناشطون في مومباسا."
    assert modalities_of(text, "protest") == ["negated"]


def test_crowds_called_to_a_square() -> None:
    text = "دعا الحراك الجنوبي أنصاره إلى الاحتشاد في ساحة العروض بعدن يوم الجمعة المقبل."
    assert modalities_of(text, "protest") == ["future"]


def test_masts_wrecked() -> None:
    text = "دمر مسلحو حركة الشباب ثلاثة أبراج اتصالات في مقاطعة غاريسا."
    assert "looting" in _asserted(text)


def test_people_finished_off() -> None:
    text = "أفاد ناجون بأن مسلحين أجهزوا على عشرات المدنيين في قرية نائية."
    assert "attack_on_civilians" in _asserted(text)


def test_security_services_are_no_killers() -> None:
    assert _asserted("حصلت أجهزة الأمن على معلومات عن الخلية.") == set()


def test_two_bombings_condemned() -> None:
    assert "statement" in _asserted("دان الرئيس اللبناني ميشال سليمان تفجيري طرابلس.")


def test_an_attack_on_positions_threatened() -> None:
    text = "هدد قائد محلي في ميليشيات فانو بمهاجمة مواقع جيش تحرير أورومو خلال أيام."
    assert modalities_of(text, "armed_clash") == ["future"]


def test_strongholds_given_up_perhaps() -> None:
    text = "قد يضطر المتمردون إلى التخلي عن معاقلهم في الجيب إذا تواصل الضغط العسكري."
    assert modalities_of(text, "territory_change") == ["hypothetical"]


def test_no_proof_found_of_looting() -> None:
    text = "لم يعثر المحققون على أي دليل يثبت قيام جنود بنهب منازل في المدينة القديمة."
    assert modalities_of(text, "looting") == ["negated"]


def test_proof_found_of_looting() -> None:
    text = "عثر المحققون على دليل يثبت قيام جنود بنهب منازل في المدينة القديمة."
    assert "looting" in _asserted(text)


def test_a_split_a_quarrel_may_lead_to() -> None:
    text = "ربما يفضي الخلاف المتصاعد بين قادة الكتائب إلى انشقاق أحد أكبر ألوية مصراتة."
    assert "group_change" not in _asserted(text)


def test_houses_to_be_cleared_away() -> None:
    text = "ستشرع الجرافات في إزالة نحو 400 منزل في محيط مطار العريش الشهر المقبل."
    assert modalities_of(text, "looting") == ["future"]


# ---------------------------------------------------------------- anchoring by a person named


def test_a_named_commander_defecting_is_a_change_of_group() -> None:
    text = "انشق القيادي سامي العبدالله عن لواء الفاروق وانضم إلى صفوف جبهة أخرى."
    assert "group_change" in _asserted(text)


def test_a_named_officer_dismissed_by_decree_is_no_change_of_armed_group() -> None:
    text = "أصدر الوزير قرارا بإقالة الدكتور أحمد مجاهد من رئاسة الهيئة العامة للكتاب."
    assert "group_change" not in _asserted(text)


def test_a_poet_hailed_prince_of_poets_is_no_allegiance() -> None:
    text = "في عام 1927 بايع الشعراء العرب أحمد شوقي أميرا للشعراء في القاهرة."
    assert _asserted(text) == set()


# ---------------------------------------------------------------- takings to come, stuck people, water sports


def test_a_town_to_be_received_is_a_taking_to_come() -> None:
    text = "من المقرر أن تتسلم وحدات من الجيش السوري مدينة منبج من المقاتلين الأكراد خلال الأيام المقبلة."
    assert modalities_of(text, "territory_change") == ["future"]


def test_a_town_that_will_be_received_after_sawfa() -> None:
    text = "سوف يتسلم الجيش السوري مدينة داريا بشكل كامل فور خروج آخر دفعة من المسلحين."
    assert modalities_of(text, "territory_change") == ["future"]


def test_a_market_forecast_is_still_no_taking() -> None:
    text = "يتوقع خبراء السوق أن تسيطر اللحوم النباتية على خمسة عشر بالمئة من سوق البروتين."
    assert _asserted(text) == set()


def test_people_stuck_under_shelling_are_no_ceasefire() -> None:
    text = "علق مئات المدنيين وسط القصف العنيف على الأحياء الشرقية."
    assert "ceasefire" not in {c for c, _ in sentence_events(text)}


def test_shelling_suspended_is_still_a_ceasefire() -> None:
    assert "ceasefire" in _asserted("علق الجيش القصف على الأحياء الشرقية بعد وساطة محلية.")


def test_attacks_frozen_are_a_ceasefire() -> None:
    text = "أكدت جماعة منتقمو دلتا النيجر في بيان أنها جمدت هجماتها على المنشآت النفطية."
    assert "ceasefire" in _asserted(text)


def test_a_company_withdrawing_its_workers() -> None:
    text = "سحبت شركة أجيب الإيطالية عمالها الأجانب من مواقعها في ولاية بايلسا إثر تنامي عمليات الخطف."
    assert "evacuation" in _asserted(text)


def test_kayaks_clashing_at_a_gate_is_no_battle() -> None:
    text = "اشتبك قاربا الكاياك الألماني والمجري عند البوابة السابعة في نهائي التعرج."
    assert _asserted(text) == set()


def test_a_surfer_taking_control_of_a_contest_is_no_taking() -> None:
    text = "أحكم المتزلج البرازيلي سيطرته على منافسات ركوب الأمواج في شاطئ بيتشيز."
    assert _asserted(text) == set()


def test_the_command_of_a_front_taken_over() -> None:
    text = "تولى محمد عبد العزيز قيادة جبهة البوليساريو في آب/أغسطس 1976 خلفا للولي مصطفى السيد."
    assert "group_change" in _asserted(text)


def test_a_mountain_race_won_is_no_taking() -> None:
    text = "سيطر العداء الإسباني على مجريات سباق الجبال في جزيرة ماديرا من الانطلاقة حتى النهاية."
    assert _asserted(text) == set()
