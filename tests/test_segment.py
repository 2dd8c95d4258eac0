"""Paragraphs, sentences, clauses, tokens and proclitics."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasad.text import segment as seg_module
from rasad.text.normalise import normalise
from rasad.text.segment import proclitic_ok, segment


def _pieces(text: str, kind: str) -> list[str]:
    n = normalise(text)
    seg = segment(n.text)
    return [text[slice(*n.to_original(s.start, s.end))] for s in getattr(seg, kind)]


def test_sentences_split_on_arabic_and_latin_punctuation_and_lines() -> None:
    text = "قُتل 12.8 ألف مدني. هل انتهت الحرب؟ لا!\nفقرة جديدة"
    assert _pieces(text, "sentences") == ["قُتل 12.8 ألف مدني.", "هل انتهت الحرب؟", "لا!", "فقرة جديدة"]
    assert _pieces(text, "paragraphs") == ["قُتل 12.8 ألف مدني. هل انتهت الحرب؟ لا!", "فقرة جديدة"]


def test_a_sentence_broken_by_a_paragraph_break_goes_on() -> None:
    text = ("وتقسم العملية إلى ثلاث مراحل تبدأ بدخول المقاتلين بدعم من سلاح الجو\n\n"
            "التركي للدخول إلى تل أبيض وطرد القوات منها وصولا إلى عمق البلدة.")
    assert len(_pieces(text, "sentences")) == 1 and len(_pieces(text, "paragraphs")) == 2
    # not a heading, nor a short line after one
    assert len(_pieces("الدبلوماسية تهدأ لصالح الحسم العسكري في حلب\n\nالتقدم عسكري لا دبلوماسي",
                       "sentences")) == 2
    assert len(_pieces("قصفت الطائرات المدينة أمس وقتلت عشرة مدنيين.\n\nالمعارك مستمرة في الأحياء الشرقية منذ أيام "
                       "بين الطرفين", "sentences")) == 2


def test_abbreviation_does_not_end_a_sentence() -> None:
    assert _pieces("كتب د. مازن هاشم مقالاً. ثم غادر", "sentences") == ["كتب د. مازن هاشم مقالاً.", "ثم غادر"]


def test_clauses_split_on_commas_quotes_and_openers() -> None:
    text = "كان يفترض أن تبدأ عملية الإجلاء صباحاً، لكن هذا لم يحدث وقال «لن نغادر» بينما استمر القصف"
    assert _pieces(text, "clauses") == [
        "كان يفترض أن تبدأ عملية الإجلاء صباحاً", "لكن هذا لم يحدث وقال", "لن نغادر", "بينما استمر القصف"]


def test_lookups_by_position() -> None:
    n = normalise("الجملة الأولى. الجملة الثانية، وفيها فاصلة")
    seg = segment(n.text)
    pos = n.text.index("وفيها")
    assert n.text[seg.sentence_at(pos).start:].startswith("الجمله الثانيه")
    assert n.text[seg.clause_at(pos).start:seg.clause_at(pos).end] == "وفيها فاصله"
    i = seg.token_index(pos + 2)
    assert n.text[seg.token_starts[i]:seg.token_ends[i]] == "وفيها"
    assert seg.token_index(n.text.index(".")) == -1
    for pos in range(-1, len(n.text) + 1):  # the index of the clause is that of clause_at's
        assert seg.clauses[seg.clause_index(pos)] is seg.clause_at(pos)


def test_tokens_keep_decimal_numbers_whole() -> None:
    n = normalise("قتل ١٢٫٨ ألف و3,500 عسكري")
    seg = segment(n.text)
    assert [n.text[a:b] for a, b in zip(seg.token_starts, seg.token_ends, strict=True)] == [
        "قتل", "12.8", "الف", "و3,500", "عسكري"]


@pytest.mark.parametrize(("prefix", "ok"), [
    ("", True), ("و", True), ("ف", True), ("ب", True), ("وب", True), ("ل", True), ("لل", True),
    ("ولل", True), ("ال", True), ("وال", True), ("بال", True), ("فبال", True), ("س", True),
    ("ا", False), ("بو", False), ("ز", False), ("الل", False), ("ووب", False),
])
def test_proclitic_runs(prefix: str, ok: bool) -> None:
    assert proclitic_ok(prefix) is ok


@given(st.lists(st.sampled_from(["لكن", "ولكن", "لكنهما", "فيما", "في", "حين", "الا", "ان", "حيث", "و", "ف",
                                 " ", "  ", ",", "-", "\n", "(", "_", "1"]), max_size=30).map("".join))
def test_openers_found_from_their_occurrences_equal_a_pass_of_the_pattern(text: str) -> None:
    opener_re = seg_module._resources()[1]
    assert seg_module._opener_starts(text) == [m.start(1) for m in opener_re.finditer(text)]


def test_the_story_ends_at_a_list_of_other_articles() -> None:
    text = "قصفت الطائرات المدينة. \nمقالات أخرى للكاتبالقديح..قتل الفتنة"
    n = normalise(text)
    seg = segment(n.text)
    assert text[n.to_original(seg.body_end, seg.body_end)[0]:].startswith("مقالات أخرى")
    assert segment(normalise("قصفت الطائرات المدينة").text).body_end == len("قصفت الطائرات المدينة")
