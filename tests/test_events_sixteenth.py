"""The rules of the sixteenth session (docs/events.md, "Rules of the sixteenth session"): intentions in
the plural, students who demand nothing, groups named by their deed, what is reported against, phrases
whose words stand in quotes, people counted as they leave, new leaders elected and forces formed.

Every case is an Arabic sentence written for the test (none copied from a bench file); the whole
pipeline runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from rasad.pipeline import extract

from conftest import asserted_categories as _asserted
from conftest import modalities_of

PUBLISHED = "2023-05-14"  # a Sunday


def test_an_intention_in_the_plural_is_a_plan() -> None:
    # عازمين، عازمات: "we were determined to enter the base" tells of no entry
    assert modalities_of("قال القائد كنا عازمين على الدخول إلى المعسكر والسيطرة عليه خلال أيام",
                         "territory_change") == ["future"]


@pytest.mark.parametrize("text", [
    # a student, no demand
    "قال الصحافي إن طالب الطب أحمد سعيد الذي فجر نفسه في عملية انتحارية في الرقة سوداني",
    "أكد المحامي أن طالب الشريعة محمود علي اعتقل بعد مشاركته في مظاهرة بحمص",
])
def test_a_student_makes_no_statement(text: str) -> None:
    assert "statement" not in _asserted(text)


@pytest.mark.parametrize("text", [
    # a group named by its deed tells of no deed
    "ومع ازدياد حاجة النظام لمساعدة حزب الله وجماعات القتل الطائفية العراقية",
    "حذر وزير الداخلية من تنامي نشاط عصابات الخطف على الطرق بين حلب وإدلب",
])
def test_a_group_named_by_its_deed_is_no_event(text: str) -> None:
    assert not _asserted(text) & {"attack_on_civilians", "armed_clash"}


def test_an_arrest_of_a_gang_named_by_its_deed_is_told() -> None:
    assert "arrest" in _asserted("اعتقلت الشرطة أفراد عصابات الخطف في حي الميدان أمس")


def test_what_the_text_reports_against_is_denied() -> None:
    text = "لم تدخل قوات الحشد الشعبي ناحية بشير حتى مساء السبت، خلافا لما تناقلته وسائل إعلام عن سيطرتها على مركزها"
    assert modalities_of(text, "territory_change") == ["negated"]


def test_against_what_militias_do_is_no_denial() -> None:
    # عكس ما alone contrasts: what is done there is done
    text = "عاملت الفصائل الأسرى معاملة إنسانية، عكس ما ارتكبته الميليشيات من إعدام للأسرى في ريف حلب"
    assert "attack_on_civilians" in _asserted(text)


@pytest.mark.parametrize("text, category", [
    # the words of a phrase in quotes or brackets
    ("أعلنت فصائل في القلمون عن تشكيل «جيش الفتح» بقيادة موحدة", "group_change"),
    ("أعلنت الفصائل في مدينة الحسكة عن تشكيل \"قوات سوريا الديمقراطية\" أمس", "group_change"),
    ("أعلنت السلطات المغربية تفكيك «خلية إرهابية» في مدينة فاس", "arrest"),
])
def test_a_phrase_with_a_word_in_quotes(text: str, category: str) -> None:
    assert category in _asserted(text)


def test_units_of_a_force_are_not_its_forming() -> None:
    assert "group_change" not in _asserted("قال العميد إن الفرقة الذهبية إحدى تشكيلات قوات مكافحة الإرهاب")


def test_quoting_moves_nobody() -> None:
    text = "قال الموقع نقلا عن موقع إخباري «لمقاتلين أجانب دور في المعارك»"
    assert "evacuation" not in _asserted(text)


@pytest.mark.parametrize("text", [
    # people counted as they leave
    "خرج نحو 400 مسلح ومدني من حي القدم على متن حافلات متجهة إلى الشمال",
    "خرجت أكثر من مئة عائلة من البلدة المحاصرة صباح اليوم",
])
def test_people_counted_as_they_leave(text: str) -> None:
    assert "evacuation" in _asserted(text)


def test_a_leader_elected_to_head_the_bureau() -> None:
    assert "group_change" in _asserted("أعلنت الحركة انتخاب خالد مشعل رئيسا لمكتبها السياسي لولاية جديدة")


def test_helicopters_sent() -> None:
    assert modalities_of("تستعد روسيا لإرسال مروحيات هجومية إلى قاعدة حميميم", "deployment") == ["future"]


def test_a_purpose_reaches_past_more_of() -> None:
    # مزيد من between a purpose and its deed is not counted in the reach
    text = "زار الوزير البلاد لتقديم الدعم للجيش ولبسط مزيد من السيطرة على المناطق الحدودية"
    assert modalities_of(text, "territory_change") == ["hypothetical"]


def test_more_of_a_deed_denied() -> None:
    assert modalities_of("لم تشن الطائرات مزيدا من الغارات على المدينة منذ الأحد", "air_strike") == ["negated"]


@pytest.mark.parametrize("text", [
    # what a pronoun says the subject is, even with a place named in the clause or the next
    "وقال المسؤول إن السبيل الأنسب للتقدم هو مفاوضات سلام في جنيف",
    "قال القيادي إن الخيار الوحيد أمام الفصائل في الشمال هو الهجوم على اللاذقية",
])
def test_named_by_a_pronoun_even_with_a_place(text: str) -> None:
    assert not _asserted(text) & {"negotiation", "armed_clash"}


@pytest.mark.parametrize("text, category", [
    # what was done or which incidents: the pronoun introduces a happening
    ("قال البيان إن الخلية نفذت ثلاثة حوادث وهي استهداف المصلين في قرية الدالوة", "attack_on_civilians"),
    ("كان أول ما قام به التنظيم هو تفجير مقام الإمام في المدينة", "bombing"),
])
def test_a_happening_introduced_by_a_pronoun(text: str, category: str) -> None:
    assert category in _asserted(text)


@pytest.mark.parametrize("text", [
    # pests and children's stories
    "تشن دودة الحشد الخريفية هجوما على حقول الذرة في المواسم الحارة",
    "تفرض الحشائش الضارة حصارا خانقا على المحاصيل في الحقول المهملة",
    "في هذه اللعبة التعليمية يحمي الطفل القلعة من هجمات الوحوش بحل المسائل",
    "تروي القصة المصورة حكاية فارس يقتحم برج الساحرة لتحرير الأميرة",
])
def test_pests_and_childrens_stories(text: str) -> None:
    assert not _asserted(text)


def test_any_after_a_negation_reaches_the_deed() -> None:
    # لم … أي إعلان رسمي بوقف إطلاق النار: the ceasefire is not declared, however far the negation
    text = "لم يصدر عن القيادة العامة لقوات الجيش في الشرق أي إعلان رسمي بوقف إطلاق النار حتى مساء اليوم"
    assert modalities_of(text, "ceasefire") == ["negated"]


def test_the_other_of_two_deeds_denied() -> None:
    # a perfect after أو in a denial is denied too; after و it is told
    assert "air_strike" not in _asserted("نفى الجيش أن تكون طائراته قصفت السوق الشعبي أو استهدفت المستشفى")
    assert "shelling" in _asserted("لم يقصف الجيش السوق الشعبي واستهدف المستشفى بصاروخين")


@pytest.mark.parametrize("text", [
    # a controlled detonation
    "أكدت الشرطة أن الأصوات التي سمعها السكان ناجمة عن تفجير مسيطر عليه لذخائر قديمة",
    "عثرت الشرطة على قذائف قديمة في الحي وقام خبراء المتفجرات بتفجيرها بشكل آمن",
])
def test_a_controlled_detonation_is_no_bombing(text: str) -> None:
    assert "bombing" not in _asserted(text)


def test_a_known_thing_talked_about_takes_the_talks_day() -> None:
    # yesterday is the report's day, not the deal's
    text = "أكد الوزير خلال تقديم تقريره حول الاتفاق النووي أمام البرلمان، أمس، أن العقوبات سترفع"
    dates = [e.date for e in extract(text, published=PUBLISHED).events if e.category == "agreement"]
    assert dates and all(d is None or d.precision != "day" for d in dates)


def test_a_known_thing_dated_by_its_own_relative_clause() -> None:
    text = "تحدث الوزير أمس حول الهجوم الذي وقع يوم الجمعة في سوسة"
    dates = [e.date.value for e in extract(text, published=PUBLISHED).events if e.category in ("armed_clash", "attack_on_civilians")]
    assert dates == ["2023-05-12"]


def test_what_pages_spread_against_the_text_is_denied() -> None:
    text = "ما زالت الطرق إلى المدينة مفتوحة، خلافا لما روجته بعض الصفحات المحلية عن حصار المدينة"
    assert modalities_of(text, "siege") == ["negated"]


def test_what_a_plan_would_mean_is_not_done() -> None:
    text = "قد توسع الحكومة المنطقة العازلة على الحدود، وهو ما يعني تهجير آلاف الأسر من رفح"
    assert modalities_of(text, "evacuation") == ["hypothetical"]


@pytest.mark.parametrize("text", [
    # animals' ways and the earth's
    "تتبع العناكب استراتيجية الكمين فتشن هجوما خاطفا على الحشرة التي تقترب منها",
    "يستخدم النمل الإفريقي أسلوب الحصار لإسقاط فرائس تفوقه حجما",
    "تشرح المحاضرة كيف تتشكل الفوهات البركانية بعد الانفجار",
])
def test_animals_and_volcanoes(text: str) -> None:
    assert not _asserted(text)


def test_contents_seized_are_looted() -> None:
    assert "looting" in _asserted("اقتحم مسلحون مستودعا للمساعدات في حي المعادي واستولوا على محتوياته")


def test_a_generic_attack_joins_the_bombing_of_its_place_and_day() -> None:
    text = ("انفجرت سيارة مفخخة في مدينة جرابلس يوم الجمعة قرب حاجز للشرطة. "
            "وقال مسؤول محلي إن الهجوم في مدينة جرابلس يوم الجمعة أوقع قتلى.")
    events = [e for e in extract(text, published=PUBLISHED).events if e.modality == "asserted"]
    assert [e.category for e in events] == ["bombing"]
    assert len(events[0].mentions) >= 2


def test_a_generic_attack_of_another_day_stays_apart() -> None:
    text = ("انفجرت سيارة مفخخة في مدينة جرابلس يوم الجمعة قرب حاجز للشرطة. "
            "وكان مسلحون قد شنوا هجوما في مدينة جرابلس يوم الثلاثاء على مقر البلدية.")
    cats = sorted(e.category for e in extract(text, published=PUBLISHED).events if e.modality == "asserted")
    assert cats == ["armed_clash", "bombing"]


def _actors(text: str, category: str) -> list[tuple[str, str]]:
    return [(a.role, a.name) for e in extract(text, published=PUBLISHED).events if e.category == category
            for a in e.actors]


def test_the_speaker_is_not_the_actor_of_what_is_denied_past_another_word() -> None:
    # نفى … مقتل … في غارة: the party that denies did not carry out the strike
    text = "نفى حزب الله صحة الأنباء التي تحدثت عن مقتل أحد قادته في غارة على بلدة جويا"
    assert ("actor1", "حزب الله") not in _actors(text, "air_strike")


def test_the_accused_is_the_actor_of_the_deed() -> None:
    text = "وتتهم بريطانيا وفرنسا النظام السوري بتنفيذ هجمات بالغاز في ريف إدلب"
    actors = _actors(text, "armed_clash")
    assert ("actor1", "النظام السوري") in actors
    assert ("actor1", "بريطانيا") not in actors


@pytest.mark.parametrize("text", [
    # a neighbourhood's troubles, things named so, the old and the friendly
    "سكان العمارة يخوضون معركة قانونية طويلة مع المطور العقاري منذ سنوات",
    "الكلاب الضالة فرضت سيطرتها الكاملة على الحديقة العامة في حينا",
    "تحتوي قائمة المطعم على طبق مشاوي ضخم يسمى «الغارة» يكفي أربعة أشخاص",
    "تعرض قاعة في المتحف لوحات زيتية لمعارك تاريخية رسمها فنانون مستشرقون",
    "يحتدم الاشتباك الودي بين لاعبي الطاولة في المقاهي الشعبية كل مساء",
    "قد يسخر البعض من شكوانا، لكن انفجار أنابيب المياه في حينا أصبح أمرا معتادا",
])
def test_everyday_troubles_and_heritage(text: str) -> None:
    assert not _asserted(text)


def test_pockets_held_are_no_figure() -> None:
    # جيوب of an armed group are pockets held: clearing them is a deed
    assert "siege" in _asserted("أكد القائد أن القوات أحكمت محاصرة جيوب المسلحين في حي الشيخ عثمان أمس")


def test_a_force_that_may_resort_to_a_deed() -> None:
    text = "ربما تلجأ القوات النظامية إلى استخدام الطائرات الحربية في قصف الأحياء الشرقية من المدينة"
    assert modalities_of(text, "air_strike") == ["hypothetical"]


def test_not_allowed_to_do_it() -> None:
    text = "لم يسمح لسيارات الهلال الأحمر بإجلاء الجرحى العالقين في الحي لليوم الثالث"
    assert modalities_of(text, "evacuation") == ["negated"]


def test_gunfire_at_a_media_man_is_an_attack_on_a_civilian() -> None:
    assert "attack_on_civilians" in _asserted("اعترض مسلحان سيارة في بيروت أمس وأطلقا النار على الإعلامي")


@pytest.mark.parametrize("text", [
    # support rallied, the word killed, a step more advanced
    "هذان المعطيان هما السبب وراء حشد المجتمع الدولي في صف واحد ضد التنظيم",
    "تلك أغرب قصص الوطنية التي قتلت الكلمة في بلادنا",
    "الهجوم كفيل بدفع الحكومة إلى اتخاذ خطوة أكثر تقدما في الحرب على التنظيم",
])
def test_support_the_word_and_a_step_ahead(text: str) -> None:
    assert not _asserted(text) & {"deployment", "attack_on_civilians", "territory_change"}


def test_to_help_in_it_is_a_purpose() -> None:
    text = "تسعى الإدارة الأمريكية للعثور على شركاء على الأرض للمساعدة في انتزاع السيطرة على مدينة الرقة"
    assert modalities_of(text, "territory_change") == ["hypothetical"]


def test_the_doer_named_in_the_relative_clause_is_actor1() -> None:
    # not the party named before the noun: the aircraft that carried out the strike
    text = "يرفض حزب الله التعليق على الغارة التي شنتها طائرات إسرائيلية على مواقع له في سوريا"
    actors = _actors(text, "air_strike")
    assert actors and actors[0] == ("actor1", "سلاح الجو الإسرائيلي")
    assert ("actor1", "حزب الله") not in actors


@pytest.mark.parametrize("text, category", [
    # a nationality after a person names a national, not the state's forces
    ("فجر انتحاري سعودي نفسه في مسجد بمدينة الكويت", "bombing"),
    ("قتل مسلح تونسي عشرات السياح على شاطئ في سوسة", "attack_on_civilians"),
])
def test_a_national_is_no_state(text: str, category: str) -> None:
    assert not any(role == "actor1" for role, _ in _actors(text, category))


def test_a_soldier_acts_for_his_state() -> None:
    assert ("actor1", "الجيش الإسرائيلي") in _actors("قتل جندي إسرائيلي شابا فلسطينيا عند حاجز قلنديا", "attack_on_civilians") \
        + _actors("قتل جندي إسرائيلي شابا فلسطينيا عند حاجز قلنديا", "armed_clash")


@pytest.mark.parametrize("text", [
    # accidents and disasters: fires, floods, storms, burst household things, police reports
    "لقي ثلاثة أشخاص مصرعهم إثر انفجار أسطوانة غاز داخل منزل في حي شعبي بالمدينة",
    "حاصرت النيران أسرة مكونة من ستة أفراد داخل منزلها قبل أن يتمكن رجال الإطفاء من إخراجها",
    "أجلت فرق الدفاع المدني عشرات العائلات من منازلها بعد ارتفاع منسوب مياه الوادي",
    "دفعت مديرية الدفاع المدني بتعزيزات من سيارات الإطفاء إلى موقع الحريق في السوق",
    "ضربت عاصفة رعدية قوية المنطقة الساحلية مساء الأحد",
    "أدى انفجار سخان مياه في حمام منزل إلى إصابة شاب بحروق",
    "حررت الشرطة محضرا بالواقعة بعد انهيار جزئي لعقار قديم",
    "أكد شهود أن سائق الشاحنة فقد السيطرة على سيارته أثناء نزوله منحدرا حادا",
    "أصيب خمسة عمال في انفجار داخل مخبز نتيجة تسرب الغاز من أحد الأفران",
])
def test_accidents_and_disasters_are_no_conflict(text: str) -> None:
    assert not _asserted(text)


@pytest.mark.parametrize("text, category", [
    # the operation named a storm, a big number of fighters fleeing, a fire the shelling set off
    ("شنت طائرات التحالف ضمن عاصفة الحزم غارات على مواقع الحوثيين في صعدة", "air_strike"),
    ("وفر عدد كبير من المسلحين من المطار بعد المعارك", "evacuation"),
    ("قصفت المدفعية الحي واندلع حريق كبير في السوق", "shelling"),
])
def test_war_beside_the_words_of_disaster(text: str, category: str) -> None:
    assert category in _asserted(text)


@pytest.mark.parametrize("text", [
    # the soul's struggles, history's lessons, the ages, a stage left
    "رمضان عند أهل التصوف موسم لصد هجمات النفس وتطهير الباطن بالذكر",
    "التاريخ يعلمنا أن الحصار الطويل للمدن لا يكسر إرادة سكانها",
    "يلاحظ الناقد في كتابه عن حصار المدن عبر العصور أن الأسوار تروي تاريخ الخوف",
    "يراهن بعض الساسة على أن الانسحاب من المشهد السوري يحمي بلادهم",
    "يرى الباحث أن إيران تنظر إلى سوريا بوصفها خط دفاع في معركة النفوذ الإقليمي",
])
def test_the_soul_history_and_influence(text: str) -> None:
    assert not _asserted(text)


def test_what_protests_may_turn_into() -> None:
    text = "يحتمل أن تتحول الاحتجاجات على احتكار التجار للمواد الغذائية في الغوطة إلى أعمال شغب"
    assert modalities_of(text, "riot") == ["hypothetical"]


def test_appeals_by_name_ask_for_the_deed() -> None:
    text = "استمر القصف على حلب رغم المناشدات الدولية المتكررة لوقف القصف على الأحياء الشرقية"
    assert "hypothetical" in modalities_of(text, "ceasefire")
    assert "asserted" not in modalities_of(text, "ceasefire")


def test_no_plans_with_any_between() -> None:
    assert modalities_of("لا توجد لدى موسكو أي خطط لإعلان هدنة جديدة في حلب", "ceasefire") == ["negated"]


def test_operations_come_to_a_stop() -> None:
    text = "أعلن المندوب الروسي توقف العمليات العسكرية في شرق حلب مساء الثلاثاء"
    assert "ceasefire" in _asserted(text)


@pytest.mark.parametrize("text", [
    # films made, feelings and appetite, oneself freed, the corrupt struck
    "أكد الممثل أنه خضع لتدريبات مكثفة قبل تصوير مشاهد الاقتحام في الفيلم",
    "الحصار العاطفي الذي يفرضه بعض الأزواج شكل من أشكال العنف النفسي",
    "السيطرة على الشهية في المساء أصعب مراحل الحمية",
    "تعرض المجلة تجربة قارئة استطاعت تحرير نفسها من إدمان التسوق",
    "طالب المرجع رئيس الوزراء بأن يكون أكثر جرأة في ضرب الفاسدين",
])
def test_films_feelings_and_the_corrupt(text: str) -> None:
    assert not _asserted(text)


def test_what_did_not_undergo_it() -> None:
    text = "لم يتعرض أي من المتاجر في وسط مدينة ديار بكر للنهب خلال ليلة الاضطرابات"
    assert modalities_of(text, "looting") == ["negated"]


def test_the_range_of_shells_is_no_goal() -> None:
    # مرمى is no sport's word: people moved out of the shells' range
    assert "evacuation" in _asserted("أجلت السلطات سكان القرى الحدودية بعيدا عن مرمى القذائف الحوثية")


@pytest.mark.parametrize("text", [
    # whoever (لمن), a practice attacked, tumours and weight, cheques and texts, split ends
    "قال إن الجنسية ليست لمن يحمل جواز السفر بل لمن يحمل السلاح ويقاتل دفاعا عن الوطن",
    "وهاجم ممارسة الخيمياء ليس لأسباب دينية بل على أسس علمية متينة",
    "يستطيع الجراحون اليوم استهداف الأورام الدقيقة بأشعة موجهة",
    "يؤكد الأطباء أن السيطرة على الوزن نصف العلاج",
    "مطلوب محرر صحفي يجيد تحرير النصوص الأدبية والأخبار العاجلة",
    "للبيع زيوت طبيعية لعلاج تقصف الشعر وتساقطه",
])
def test_whoever_practices_and_ads(text: str) -> None:
    assert not _asserted(text)


def test_what_is_not_permitted_is_no_deed() -> None:
    text = "لا يجوز لأي وارث أن يفرض سيطرته على الأرض الموروثة قبل القسمة"
    assert "territory_change" not in _asserted(text)


def test_what_hangs_on_consent() -> None:
    text = "يبقى إجلاء الجرحى من الحي رهينة بموافقة الطرفين على هدنة مؤقتة"
    assert modalities_of(text, "evacuation") == ["hypothetical"]


def test_forces_redeployed_share_the_plan() -> None:
    text = ("سوف تنتشر فرق من المراقبين في مدينة الحديدة خلال الأيام المقبلة للإشراف على تنفيذ وقف إطلاق النار"
            " وإعادة انتشار القوات")
    assert "deployment" not in _asserted(text)
