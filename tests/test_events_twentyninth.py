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
    text = "خاض المهاجمون مع عناصر الشرطة معركة بالأسلحة الرشاشة والقنابل اليدوية قرب مركز البلدة."
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
