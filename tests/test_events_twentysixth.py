"""The rules of the twenty-sixth session (docs/events.md, "Rules of the twenty-sixth session"): a call
or a fear does not reach a deed told after بعد, nor does a cancellation told after بعد أن reach back;
the object a verb's pattern names after a gap carries no ب it does not write; a thing hung is no thing
suspended; a modal phrase may hold its subject behind ل; and the words the rounds of the session showed
missing.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

from conftest import asserted_categories as _asserted
from conftest import modalities_of, sentence_events

# ---------------------------------------------------------------- structure


def test_a_call_does_not_reach_the_attack_told_after_it() -> None:
    text = "دعت الخارجية الفرنسية رعاياها إلى عدم السفر إلى المنطقة بعد هجوم أودى بحياة ثمانية أشخاص."
    assert modalities_of(text, "attack_on_civilians") == ["asserted"]


def test_a_fear_does_not_reach_the_killing_told_after_it() -> None:
    text = "يخشى سكان بلدة الميادين تجدد الاشتباكات بين العشيرتين بعد مقتل أحد وجهائها برصاص مجهولين."
    categories = sentence_events(text)
    assert ("armed_clash", "hypothetical") in categories
    assert ("attack_on_civilians", "asserted") in categories


def test_a_threat_still_reaches_its_attack() -> None:
    text = "هدد قائد الفصيل بشن هجوم واسع على المدينة بعد انتهاء المهلة."
    assert modalities_of(text, "armed_clash") == ["future"]  # threatened: to come


def test_a_postponement_told_after_the_arrival_does_not_undo_it() -> None:
    text = "وصل لواءان من قوات الشرطة إلى أطراف الرمادي بعد أن أرجئ إرسالهما ثلاث مرات."
    assert modalities_of(text, "deployment") == ["asserted"]


def test_a_postponement_of_the_arrival_itself_still_undoes_it() -> None:
    text = "كان من المقرر أن تصل ثلاثة ألوية إلى الرمادي يوم الأحد، لكن وصولها أرجئ."
    assert modalities_of(text, "deployment") == ["negated"]


def test_banners_condemning_the_shelling_suspend_nothing() -> None:
    text = "علق الطلاب لافتات تندد بالقصف على بوابة الجامعة في الموصل."
    events = sentence_events(text)
    assert "ceasefire" not in {c for c, _ in events}
    assert ("shelling", "asserted") in events


def test_the_shelling_suspended_by_a_side_named_at_length_is_a_ceasefire() -> None:
    text = "علقت القوات الحكومية القصف المدفعي على أحياء المدينة لمدة ست ساعات."
    assert modalities_of(text, "ceasefire") == ["asserted"]


def test_a_sit_in_suspended_is_still_negated() -> None:
    text = "علق المحتجون اعتصامهم أمام مبنى المحافظة في البصرة."
    assert modalities_of(text, "protest") == ["negated"]


def test_bodies_hung_suspend_no_execution() -> None:
    text = "علق المسلحون جثث خمسة رجال على أعمدة الكهرباء في الساحة بعد إعدامهم."
    assert "negated" not in modalities_of(text, "attack_on_civilians")


def test_a_modal_phrase_holds_its_subject_behind_la() -> None:
    text = "يمكن للقوات الحكومية أن تستعيد بلدة مورك خلال أيام إذا انهارت دفاعات المسلحين."
    assert modalities_of(text, "territory_change") == ["hypothetical"]


def test_a_study_proposing_control_of_speed_is_no_taking() -> None:
    text = "تقترح دراسة من جامعة محلية أن تسيطر الإشارات الضوئية على سرعة السيارات آليا."
    assert sentence_events(text) == []


# ---------------------------------------------------------------- words


def test_the_shelling_halted_by_the_command_is_a_ceasefire() -> None:
    text = "أوقفت قيادة العمليات مؤقتا القصف المدفعي على الأحياء الشرقية من المدينة لإجلاء الجرحى."
    assert modalities_of(text, "ceasefire") == ["asserted"]


def test_brigades_arriving_are_deployed() -> None:
    text = "وصلت ثلاثة ألوية من الجيش إلى أطراف مدينة الفلوجة فجر اليوم."
    assert modalities_of(text, "deployment") == ["asserted"]


def test_a_general_arriving_is_no_deployment() -> None:
    text = "وصل اللواء عباس إبراهيم إلى دمشق في زيارة رسمية."
    assert "deployment" not in {c for c, _ in sentence_events(text)}


def test_forces_thrown_into_the_battle_are_deployed() -> None:
    text = "لو قررت الحكومة الزج بقواتها في معركة الموصل لتغيرت موازين القوى."
    assert modalities_of(text, "deployment") == ["hypothetical"]


def test_people_held_as_hostages_are_abducted_not_arrested() -> None:
    text = "احتجز المسلحون عشرات المدنيين رهائن داخل مبان في وسط المدينة."
    categories = _asserted(text)
    assert "attack_on_civilians" in categories
    assert "arrest" not in categories


def test_no_official_comment_on_a_burning_leaves_it_done() -> None:
    text = "لم يصدر عن القنصلية أي تعليق رسمي على إحراق مقرها في البصرة حتى الآن."
    assert modalities_of(text, "riot") == ["asserted"]


def test_a_channel_of_dialogue_is_talks() -> None:
    text = "قد تفتح قناة حوار مباشرة بين الحكومة والمسلحين إذا أفرجوا عن الرهائن."
    assert modalities_of(text, "negotiation") == ["hypothetical"]


def test_civilians_brought_out_are_an_evacuation() -> None:
    text = "أخرج 35 مدنيا من الأحياء المحاصرة في المدينة القديمة يوم الخميس."
    assert modalities_of(text, "evacuation") == ["asserted"]


def test_a_religious_authority_calling_on_the_gunmen_makes_a_statement() -> None:
    text = "دعا المرجع الديني في خطبة الجمعة المسلحين إلى التحلي بضبط النفس."
    assert modalities_of(text, "statement") == ["asserted"]


def test_mixed_martial_arts_fighters_are_sport() -> None:
    text = "يطالب أطباء بحماية المقاتلين من الضربات القوية في فنون القتال المختلطة."
    assert sentence_events(text) == []


# ---------------------------------------------------------------- changes of leadership and of groups


def test_a_merger_told_after_an_aside_naming_its_members_is_anchored() -> None:
    text = "أعلنت خمسة فصائل مسلحة، أبرزها لواء الفتح وكتائب الفاروق، اندماجها في كيان واحد شمال حماة."
    assert modalities_of(text, "group_change") == ["asserted"]


def test_meetings_after_wa_anna_are_not_anchored_by_the_sentence() -> None:
    text = "قال المتحدث إن البلاد بحاجة إلى إصلاح، وإن اجتماعاتها الرسمية لم تعد تكفي."
    assert sentence_events(text) == []


def test_a_head_of_government_sworn_in_is_a_change_of_leadership() -> None:
    text = "أدى رئيس الوزراء الجديد اليمين الدستورية أمام الرئيس في الخرطوم يوم الأحد."
    assert modalities_of(text, "group_change") == ["asserted"]


def test_a_prime_minister_appointed_is_a_change_of_leadership() -> None:
    text = "عين الرئيس وزير الخارجية السابق رئيسا للوزراء خلفا للمستقيل في اليمن."
    assert modalities_of(text, "group_change") == ["asserted"]


def test_a_prime_minister_to_be_charged_is_future() -> None:
    text = "من المتوقع أن يكلف رئيس الجمهورية النائب المستقل تشكيل الحكومة الجديدة في بيروت الأسبوع المقبل."
    assert modalities_of(text, "group_change") == ["future"]


def test_a_government_resigning_is_a_change_of_leadership() -> None:
    text = "قدم رئيس الوزراء استقالة حكومته إلى البرلمان في بغداد بعد أسابيع من الاحتجاجات."
    assert "group_change" in _asserted(text)


def test_an_acting_head_of_state_is_a_change_of_leadership() -> None:
    text = "تولى رئيس مجلس النواب مهام رئيس الجمهورية بالوكالة في تونس إثر وفاة الرئيس."
    assert "group_change" in _asserted(text)


def test_armed_movements_anchor_their_merger() -> None:
    text = "أعلنت الحركات المسلحة في الإقليم اندماجها في جبهة واحدة."
    assert modalities_of(text, "group_change") == ["asserted"]


def test_an_artistic_alliance_is_no_change_of_group() -> None:
    text = "شكلت أربع فرق مسرحية تحالفا فنيا لتقاسم تكاليف جولتها الصيفية."
    assert sentence_events(text) == []


def test_a_minister_of_the_interior_appointed_by_an_armed_group() -> None:
    text = "عينت الحركة المسلحة أحد قادتها الميدانيين وزيرا للداخلية في حكومتها المؤقتة."
    assert modalities_of(text, "group_change") == ["asserted"]


# ---------------------------------------------------------------- massacres and what answers them


def test_a_massacre_by_gunmen_is_violence_against_civilians() -> None:
    text = "ارتفعت حصيلة المجزرة التي ارتكبها مسلحون في قرية بني علي إلى 85 قتيلا."
    categories = _asserted(text)
    assert "attack_on_civilians" in categories
    assert "armed_clash" not in categories


def test_a_massacre_feared_if_a_town_is_stormed_stays_on_civilians() -> None:
    text = "حذر ناشطون من أن مجازر قد تقع بحق المدنيين إذا اقتحمت الميليشيات مدينة داريا."
    assert modalities_of(text, "attack_on_civilians") == ["hypothetical"]


def test_a_killing_an_attack_answered_is_another_event() -> None:
    text = "شن الحزب هجوما على مخفر للشرطة في بلدة جيلان بينار ردا على مقتل اثنين من أنصاره يوم الأحد."
    events = sentence_events(text)
    assert len([e for e in events if e[1] == "asserted"]) == 2


def test_a_killing_before_the_raids_joins_the_bombing_told_with_it() -> None:
    text = "جاءت المداهمات بعد مقتل 32 شخصا في تفجير انتحاري في بلدة سروج يوم الاثنين."
    events = sentence_events(text)
    assert ("bombing", "asserted") in events
    assert ("attack_on_civilians", "asserted") not in events


# ---------------------------------------------------------------- forces sent, people moved


def test_soldiers_arriving_are_deployed() -> None:
    text = "وصل عشرات العسكريين الروس إلى باماكو يوم الخميس لتدريب القوات المحلية."
    assert modalities_of(text, "deployment") == ["asserted"]


def test_a_joint_force_to_spread_is_a_deployment_to_come() -> None:
    text = "ستنتشر القوة الأمنية المشتركة في مخيم عين الحلوة خلال الأيام المقبلة."
    assert modalities_of(text, "deployment") == ["future"]


def test_a_joint_patrol_run_is_a_deployment() -> None:
    text = "سيرت القوات الروسية والتركية دورية مشتركة على الطريق بين الدرباسية وعامودا."
    assert modalities_of(text, "deployment") == ["asserted"]


def test_reinforcements_arriving_for_a_named_force_stay_a_deployment() -> None:
    text = "وصلت تعزيزات عسكرية كبيرة لقوات الدعم السريع إلى جنوب الخرطوم."
    assert modalities_of(text, "deployment") == ["asserted"]


def test_families_moved_by_the_authorities_are_an_evacuation() -> None:
    text = "نقلت السلطات يوم الأحد دفعة جديدة من العائلات من مخيم الهول إلى الموصل."
    assert modalities_of(text, "evacuation") == ["asserted"]


def test_a_report_conveyed_is_no_transfer() -> None:
    text = "يأمل السكان عودة الهدوء إلى المدينة، بحسب ما نقلته وكالة رويترز عن نازحين في مخيم قرب كركوك."
    assert "evacuation" not in {c for c, _ in sentence_events(text)}


def test_people_killed_in_an_attack_on_hotels_are_civilians() -> None:
    text = "قتل 37 شخصا على الأقل في هجوم استهدف فندقين بمدينة سوسة يوم الجمعة."
    categories = _asserted(text)
    assert "attack_on_civilians" in categories
    assert "armed_clash" not in categories


def test_people_of_a_force_killed_stay_a_battle_toll() -> None:
    text = "قتل 19 شخصا من القوات التركية في هجمات نسبت إلى الحزب في ولاية هكاري."
    assert "attack_on_civilians" not in _asserted(text)


def test_hackers_storming_servers_are_no_battle() -> None:
    text = "قالت الشركة إن المخترقين حاولوا اقتحام خوادمها عبر ثغرة في نظام الدخول، لكن جدار الحماية صد المحاولة."
    assert sentence_events(text) == []


def test_livestock_seized_is_looting() -> None:
    text = "استولى مسلحون على مئات رؤوس الماشية من قرى في منطقة ماسيسي يوم الأحد."
    categories = _asserted(text)
    assert "looting" in categories
    assert "territory_change" not in categories


def test_a_military_governor_appointed_is_a_change_of_leadership() -> None:
    text = "عين الرئيس اللواء أحمد سالم حاكما عسكريا لإقليم دارفور خلفا للحاكم المدني."
    assert modalities_of(text, "group_change") == ["asserted"]


def test_forces_crossing_a_border_denied_are_a_deployment_denied() -> None:
    text = "نفى الجيش الرواندي أن تكون قواته قد عبرت الحدود إلى إقليم شمال كيفو."
    assert modalities_of(text, "deployment") == ["negated"]


def test_a_town_now_under_control_is_taken() -> None:
    text = "باتت بلدة بوناغانا بالكامل تحت سيطرة المتمردين منذ مساء الأحد."
    assert modalities_of(text, "territory_change") == ["asserted"]


# ---------------------------------------------------------------- late rules


def test_a_ceasefire_ordered_takes_effect() -> None:
    text = "أمر الرئيس يوم الجمعة بوقف إطلاق النار على طول خط التماس لمدة 36 ساعة."
    assert modalities_of(text, "ceasefire") == ["asserted"]


def test_a_ceasefire_not_ordered_is_negated() -> None:
    text = "لم يأمر الرئيس بوقف إطلاق النار على خط التماس رغم الضغوط."
    assert modalities_of(text, "ceasefire") == ["negated"]


def test_shelling_operations_suspended_are_a_ceasefire() -> None:
    text = "قررت وزارة الدفاع تعليق عمليات القصف في جبل الشعانبي لإفساح المجال أمام العائلات."
    assert "ceasefire" in _asserted(text)


def test_talks_a_delegation_arrived_for_are_held() -> None:
    text = "وصل وفد حكومي إلى صنعاء يوم الأحد لإجراء محادثات مع قيادة الجماعة."
    assert modalities_of(text, "negotiation") == ["asserted"]


def test_talks_a_delegation_will_travel_for_are_to_come() -> None:
    text = "سيتوجه وفد حكومي إلى جوبا يوم الأحد المقبل لاستئناف المحادثات مع المعارضة."
    assert modalities_of(text, "negotiation") == ["future"]


def test_talks_a_delegation_did_not_arrive_for_are_not_held() -> None:
    text = "لم يصل الوفد الأمني المصري إلى غزة اليوم لإجراء محادثات مع الفصائل."
    assert "asserted" not in modalities_of(text, "negotiation")


def test_a_tanker_hijacked_is_seized_property() -> None:
    text = "اختطف مسلحون ناقلة نفط قبالة سواحل سقطرى يوم الخميس."
    categories = _asserted(text)
    assert "looting" in categories
    assert "attack_on_civilians" not in categories


def test_a_dune_named_as_a_place_is_no_desert_trip() -> None:
    text = "استهدفت ثلاث غارات مطار الحديدة ومنطقة الكثيب في مديرية الصليف."
    assert "air_strike" in _asserted(text)


def test_a_house_seized_is_property_and_a_building_taken_is_a_place() -> None:
    assert "looting" in _asserted("استولى مستوطنون على منزل عائلة في البلدة القديمة بالقدس يوم الأحد.")
    assert "territory_change" in _asserted("سيطر مقاتلو المعارضة على مبنى المحافظة في الرقة يوم الاثنين.")


def test_a_town_cut_off_from_its_surroundings_is_besieged() -> None:
    assert modalities_of("عزلت القوات بلدة عيتا الشعب عن محيطها بالكامل يوم الأحد.", "siege") == ["asserted"]
    assert modalities_of("تعتزم قوات الأمن عزل منطقة جنوب العريش عن محيطها الأسبوع المقبل.", "siege") == ["future"]


def test_a_dismissal_is_no_siege() -> None:
    assert "siege" not in {c for c, _ in sentence_events("أعلن الجيش عزل الرئيس مرسي في القاهرة يوم الأربعاء.")}


def test_the_battle_of_midfield_in_a_derby_is_sport() -> None:
    assert sentence_events("قال مدرب الوداد إن معركة الوسط كانت مفتاح الفوز في ديربي الدار البيضاء.") == []


def test_a_verbal_clash_in_parliament_is_no_battle() -> None:
    assert sentence_events("شهدت قاعة البرلمان اشتباكا لفظيا حادا بين نائبين حول الموازنة.") == []
