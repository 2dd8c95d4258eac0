"""The runs of proclitics built from ``data/ar/segment.yaml`` (rasad.text.proclitics)."""

from __future__ import annotations

import re

import pytest

from rasad.text.proclitics import inventory, letters_class, proclitic_runs, runs_regex
from rasad.text.segment import proclitic_ok


def test_inventory_comes_from_the_data() -> None:
    inv = inventory()
    assert (inv.conjunctions, inv.prepositions, inv.future, inv.article, inv.lil) == ("وف", "بلك", "س", "ال", "لل")
    assert inv.fused == "ل"
    assert inv.before_article == "بك"


def test_conjunction_then_preposition() -> None:
    assert set(proclitic_runs()) == {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
    assert proclitic_runs(prepositions=False) == ("", "و", "ف")
    assert proclitic_runs(conjunction=False, prepositions=False) == ("",)
    assert set(proclitic_runs(conjunction="و", prepositions="ك")) == {"", "و", "ك", "وك"}


def test_runs_are_shortest_first_and_unique() -> None:
    runs = proclitic_runs(future=True, article=True, lil=True)
    assert len(runs) == len(set(runs))
    assert [len(r) for r in runs] == sorted(len(r) for r in runs)
    assert runs[0] == ""


def test_the_article_fuses_with_lam_and_never_follows_the_future() -> None:
    runs = set(proclitic_runs(future=True, article=True))
    assert {"ال", "بال", "كال", "وبال", "فكال", "س", "وس"} <= runs
    assert not runs & {"لال", "سال", "لل", "الل"}
    with_lil = set(proclitic_runs(article=True, lil=True))
    assert {"لل", "ولل", "فلل"} <= with_lil and "لال" not in with_lil
    # the article may be allowed after named prepositions only, ل (a misspelling) included
    assert set(proclitic_runs(prepositions="ب", article="ل")) == {"", "و", "ف", "ب", "وب", "فب", "ال", "وال", "فال"}
    assert {"لال", "ولال"} <= set(proclitic_runs(article="بلك"))


def test_future_stands_in_the_preposition_slot() -> None:
    assert set(proclitic_runs(prepositions="ل", future=True)) == {"", "و", "ف", "ل", "ول", "فل", "س", "وس", "فس"}
    assert "بس" not in proclitic_runs(future=True)


def test_letters_outside_the_inventory_are_refused() -> None:
    with pytest.raises(ValueError, match="prepositions"):
        proclitic_runs(prepositions="ز")
    with pytest.raises(ValueError, match="conjunctions"):
        proclitic_runs(conjunction="ب")


@pytest.mark.parametrize("runs", [
    ("", "و", "ف"),
    ("", "ب", "بال", "ال", "و", "وبال"),
    proclitic_runs(future=True, article="بلك", lil=True),
])
def test_runs_regex_matches_exactly_the_runs_longest_first(runs: tuple[str, ...]) -> None:
    pattern = re.compile(runs_regex(runs))
    letters = sorted(set("".join(runs)) | {"ا", "ز"})
    candidates = {""} | {a + b + c for a in ["", *letters] for b in ["", *letters] for c in ["", *letters]}
    candidates |= set(runs)
    for s in candidates:
        assert (pattern.fullmatch(s) is not None) is (s in runs), s
        # unanchored at the end, the longest run that starts the text is taken first
        assert pattern.match(s + "قصف").group(0) == max((r for r in runs if s.startswith(r)), key=len), s


def test_runs_regex_backs_off_to_a_shorter_run() -> None:
    runs = runs_regex(["", "ب", "بال"])
    assert re.match("(" + runs + ")(اتفاق)$", "بالاتفاق").group(1) == "بال"
    assert re.match("(" + runs + ")(الاتفاق)$", "بالاتفاق").group(1) == "ب"  # after بال + اتفاق fails
    assert re.match("(" + runs + ")(بالاتفاق)$", "بالاتفاق").group(1) == ""


def test_letters_class() -> None:
    assert letters_class(["وب", "ال"]) == "[ابلو]"
    assert re.fullmatch(letters_class(["وب"]) + "+", "ووب")


@pytest.mark.parametrize(("prefix", "ok"), [("سال", False), ("لال", False), ("وس", True), ("فلل", True)])
def test_proclitic_ok_uses_the_whole_inventory(prefix: str, ok: bool) -> None:
    assert proclitic_ok(prefix) is ok
