"""The rules of the thirtieth session (docs/events.md, "Rules of the thirtieth session"): clashes in
the plural, bombs dropped by aircraft named at length, machine-gun fire from a helicopter, burning by
unknown men, cash seized; what was kept from turning into a riot, a gathering banned, a strike to be
carried out with weapons still to be used; the perpetrators' escape, alarms, festivals, titles and
spotlights snatched, money withheld; and the words the rounds of the session showed missing.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

from conftest import asserted_categories as _asserted
from conftest import modalities_of, sentence_events

# ---------------------------------------------------------------- categories


def test_clashes_in_the_plural_are_a_battle() -> None:
    text = "اندلعت صدامات عنيفة بين مسلحين من العشيرتين في ريف دير الزور الشرقي مساء الجمعة."
    assert "armed_clash" in _asserted(text)


def test_clashes_of_protesters_with_police_are_a_riot() -> None:
    text = "اندلعت مصادمات بين مئات المحتجين وقوات مكافحة الشغب أمام مبنى المحافظة في البصرة."
    assert "riot" in _asserted(text)


def test_saddam_is_no_clash() -> None:
    text = "تحدث الكتاب عن سنوات حكم صدام حسين في العراق وعن طفولته في تكريت."
    assert "armed_clash" not in _asserted(text)


def test_a_railway_blown_up_is_a_bombing() -> None:
    text = "نسف مسلحون مجهولون جزءا من خط السكة الحديدية قرب مدينة الموصل فجر الاثنين."
    assert "bombing" in _asserted(text)


def test_a_helicopter_firing_its_machine_guns_is_an_air_strike() -> None:
    text = "أطلقت مروحية تابعة للجيش نيران رشاشاتها على تجمع للمسلحين قرب قرية في ريف حماة."
    assert _asserted(text) == {"air_strike"}


def test_bombs_dropped_by_helicopters_named_at_length_are_an_air_strike() -> None:
    text = "ألقت مروحيات تابعة للجيش السوري براميل وقنابل على أحياء مدينة داريا مساء السبت."
    assert "air_strike" in _asserted(text)
    assert "bombing" not in _asserted(text)


def test_bombs_dropped_after_the_aircraft_flew_over_are_an_air_strike() -> None:
    text = "حلقت طائرة حربية فوق بلدة كفرنبل وأسقطت قنبلتين على سوقها الشعبي ظهر الأحد."
    assert "air_strike" in _asserted(text)
    assert "bombing" not in _asserted(text)


def test_a_plane_downed_by_a_bomb_is_no_air_strike() -> None:
    text = "أعلن المحققون أن الطائرة أسقطت بعبوة ناسفة خبئت في حقيبة قبل إقلاعها من المطار."
    assert "air_strike" not in _asserted(text)


def test_a_school_burnt_by_unknown_men_is_property_destroyed() -> None:
    text = "أحرق مجهولون مدرسة ابتدائية في قرية قرب مدينة درعا ليل الخميس."
    assert _asserted(text) == {"looting"}


def test_cash_seized_from_a_bank_is_looting() -> None:
    text = "هاجم مسلحون فرع مصرف في مدينة الرمادي واستولوا على نحو 300 ألف دولار."
    assert "looting" in _asserted(text)
    assert "territory_change" not in _asserted(text)


def test_two_men_stopped_by_the_police_are_arrested() -> None:
    text = "أوقفت الشرطة التركية في إسطنبول رجلين للاشتباه في صلتهما بتفجير الحافلة."
    assert "arrest" in _asserted(text)


def test_a_cell_stopped_by_the_security_services_is_arrested() -> None:
    text = "أوقفت الأجهزة الأمنية في مدينة إدلب خلية يشتبه بارتباطها بتنظيم داعش."
    assert "arrest" in _asserted(text)


def test_a_new_group_founded_by_defectors_is_a_group_change() -> None:
    text = "أعلنت مجموعة من المنشقين عن الفصيل تأسيس تنظيم جديد في ريف حلب الشمالي."
    assert "group_change" in _asserted(text)


def test_two_men_beheaded_is_an_attack_on_civilians() -> None:
    text = "قطع عناصر التنظيم رأسي رجلين في ساحة عامة وسط مدينة الرقة."
    assert "attack_on_civilians" in _asserted(text)


# ---------------------------------------------------------------- modality


def test_a_riot_kept_from_breaking_out_did_not_happen() -> None:
    text = "حالت قوات الأمن دون تحول غضب المحتجين أمام مبنى البلدية إلى أعمال شغب."
    assert "riot" not in _asserted(text)
    assert "negated" in modalities_of(text, "riot")


def test_a_clash_prevented_by_mediators_did_not_happen() -> None:
    text = "حال وجهاء المنطقة دون اندلاع مواجهات مسلحة بين العشيرتين في ريف الرقة."
    assert "armed_clash" not in _asserted(text)


def test_a_march_banned_by_the_police_did_not_take_place() -> None:
    text = "منعت السلطات في مدينة الإسكندرية مسيرة كان ناشطون يعتزمون تنظيمها ضد غلاء الأسعار."
    assert "protest" not in _asserted(text)


def test_a_march_covered_after_a_ban_on_journalists_still_took_place() -> None:
    text = "منعت الشرطة الصحفيين من تغطية المسيرة التي جابت شوارع المدينة أمس."
    assert "protest" in _asserted(text)


def test_a_siege_that_failed_to_close_did_not_happen() -> None:
    text = "فشلت القوات الحكومية في إطباق الطوق على البلدة بسبب وعورة الجبال المحيطة بها."
    assert "siege" not in _asserted(text)


def test_strikes_with_aircraft_still_to_be_used_are_to_come() -> None:
    text = "أعلن الجيش أنه سيستخدم الطائرات المسيرة والمروحيات لضرب مواقع المسلحين في الجبال."
    assert "air_strike" not in _asserted(text)
    assert "future" in modalities_of(text, "air_strike")


# ---------------------------------------------------------------- no events


def test_robbers_running_away_are_no_flight_of_people() -> None:
    text = "لاذ الجناة بالفرار بعد أن انطلق جهاز الإنذار في فرع البنك وسط المدينة."
    assert "evacuation" not in _asserted(text)
    assert "statement" not in _asserted(text)


def test_residents_running_away_are_still_a_flight() -> None:
    text = "لاذ مئات المدنيين بالفرار من القصف العنيف على بلدة كفرنبودة."
    assert "evacuation" in _asserted(text)


def test_sirens_are_no_warning_issued() -> None:
    text = "دوت صفارات الإنذار في مدينة عسقلان صباح اليوم دون أن يعلن عن سقوط أي صواريخ."
    assert "statement" not in _asserted(text)


def test_a_prize_withheld_is_no_arrest() -> None:
    text = "احتجزت إدارة البطولة جائزة الفريق الفائز إلى حين انتهاء التحقيق في نتيجة المباراة."
    assert "arrest" not in _asserted(text)


def test_a_company_stealing_the_show_kidnaps_nobody() -> None:
    text = "خطفت شركة ناشئة محلية الأضواء في معرض الرياض للتقنية بإطلاقها تطبيقا جديدا."
    assert "attack_on_civilians" not in _asserted(text)


def test_killing_hours_of_waiting_is_no_killing() -> None:
    text = "كان الحلاق يقتل ساعات الانتظار في دكانه بقراءة الصحف القديمة."
    assert "attack_on_civilians" not in _asserted(text)


def test_a_festival_called_a_demonstration_is_no_protest() -> None:
    text = 'افتتحت في مدينة فاس تظاهرة "أيام الموسيقى الروحية" بمشاركة فرق من عشرة بلدان.'
    assert "protest" not in _asserted(text)


def test_dunes_creeping_on_palms_are_no_advance() -> None:
    text = "تعاني مزارع النخيل في الواحة من زحف الكثبان الرملية منذ سنوات."
    assert sentence_events(text) == []


def test_a_horse_attacking_in_a_race_fights_no_battle() -> None:
    text = "شن الجواد الأصيل هجوما متأخرا في سباق الخيل الكبير ليحرز المركز الأول."
    assert sentence_events(text) == []


def test_a_rehearsal_truce_is_no_ceasefire() -> None:
    text = "توصل المخرج والممثلون إلى هدنة بعد خلاف طويل لتستأنف البروفات صباح الغد."
    assert "ceasefire" not in _asserted(text)


def test_a_signing_ceremony_of_a_peace_accord_called_off_is_no_fiction() -> None:
    text = "ألغي حفل توقيع اتفاق السلام بين الحكومة والمتمردين في اللحظة الأخيرة."
    assert "negated" in modalities_of(text, "agreement")


# ---------------------------------------------------------------- the later rounds


def test_a_citizen_killed_by_gunmen_is_an_attack_on_civilians() -> None:
    text = "أقدم مسلحون مجهولون على قتل مواطن عراقي بالرصاص أمام منزله في حي الجهاد ببغداد."
    assert "attack_on_civilians" in _asserted(text)
    assert "armed_clash" not in _asserted(text)


def test_students_set_upon_with_sticks_are_attacked() -> None:
    text = "انهال عناصر من الميليشيا بالعصي والهراوات على طلاب عزل داخل حرم الجامعة في الخرطوم."
    assert "attack_on_civilians" in _asserted(text)


def test_a_helicopter_firing_from_the_air_on_protesters_is_an_air_strike() -> None:
    text = "قال شهود إن مروحية تابعة لقوات الأمن أطلقت النار من الجو على المحتجين في وسط الخرطوم."
    assert "air_strike" in _asserted(text)


def test_crowds_of_protesters_are_no_forces_massed() -> None:
    text = "أطلقت الشرطة الغاز المسيل للدموع على حشود المتظاهرين في ساحة التحرير ببغداد."
    assert "deployment" not in _asserted(text)


def test_evacuation_orders_are_no_evacuation() -> None:
    text = "رفضت مئات العائلات مغادرة الحي رغم أوامر الإخلاء المتكررة التي وزعها الجيش."
    assert "evacuation" not in _asserted(text)


def test_warrants_still_to_be_issued_are_no_arrest() -> None:
    text = "أعلنت النيابة أنها ستطلب من المحكمة إصدار أوامر توقيف بحق خمسة من قادة الميليشيا."
    assert "arrest" not in _asserted(text)
    assert "future" in modalities_of(text, "arrest")


def test_orders_carried_out_are_deeds_done() -> None:
    text = "نفذ المسلحون أوامر قائدهم بقصف القرية الواقعة على الطريق الدولي."
    assert "shelling" in _asserted(text)


def test_a_warning_that_fighting_may_return_is_no_fighting() -> None:
    text = "حذر وجهاء محليون من أن المواجهات بين العشيرتين قد تعود إلى شوارع المدينة في أي لحظة."
    assert "armed_clash" not in _asserted(text)
    assert "hypothetical" in modalities_of(text, "armed_clash")


def test_camps_that_may_find_themselves_besieged_are_not_besieged() -> None:
    text = "ربما تجد المخيمات الواقعة في الجبال نفسها محاصرة بالكامل إذا أغلق الجيش الطريق الوحيد إليها."
    assert "siege" not in _asserted(text)


def test_any_force_that_pushes_in_is_no_incursion() -> None:
    text = "توعد قادة الفصيل بمواجهة أي قوة أجنبية تتوغل في أحياء المدينة الشرقية."
    assert "armed_clash" not in _asserted(text)


def test_a_tourism_festival_is_no_protest() -> None:
    text = 'احتضنت مدينة توزر تظاهرة سياحية كبرى بعنوان "مهرجان الواحات" بمشاركة عشرات الوكالات.'
    assert "protest" not in _asserted(text)


def test_a_record_broken_and_two_birds_killed_are_no_strikes() -> None:
    assert "air_strike" not in _asserted("ضربت الفنادق الساحلية في مدينة العقبة رقما قياسيا في نسب الإشغال هذا الصيف.")
    assert "air_strike" not in _asserted("ضربت الشركة عصفورين بحجر واحد حين جمعت الرحلتين في باقة واحدة.")


def test_bodybuilders_and_boredom_fight_no_battle() -> None:
    assert sentence_events("انسحب بطل كمال الأجسام من البطولة بسبب إصابة في الكتف قبل أسبوع من موعدها.") == []
    assert "attack_on_civilians" not in _asserted("قتل الملل حماس المشتركين الجدد في النادي قبل نهاية الشهر.")


def test_a_march_of_townsfolk_named_at_length_is_a_protest() -> None:
    text = "خرج العشرات من أهالي قضاء حديثة في مسيرة جابت شوارع القضاء للمطالبة بفتح الطريق."
    assert "protest" in _asserted(text)


def test_thousands_of_the_fleeing_are_a_flight() -> None:
    text = "تكدس آلاف الفارين من مدينة الرمادي عند جسر بزيبز أملا في العبور نحو بغداد."
    assert "evacuation" in _asserted(text)
