"""The actor, people and nationality tables: consistent, and the identities news relies on are right."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from rasad.kb.loader import read_tables
from rasad.text.normalise import normalise_key

ROOT = Path(__file__).resolve().parents[1]


def _check_module():
    spec = importlib.util.spec_from_file_location("check_actors", ROOT / "bench" / "check_actors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def index() -> dict[str, str]:
    """Normalised name or alias -> id, over actors, people and nationality adjectives."""
    t = read_tables()
    out: dict[str, str] = {}
    for rec in [*t.actors.values(), *t.people.values()]:
        for name in (rec.name, *rec.aliases):
            out[normalise_key(name)] = rec.id
    for n in t.nationalities:
        for adj in n.adjectives:
            out[normalise_key(adj)] = n.country
    return out


def test_check_script_finds_no_error() -> None:
    mod = _check_module()
    rep = mod.check(mod.KB_DIR)
    assert rep.errors == []


@pytest.mark.parametrize(("name", "ident"), [
    # one identity across renamings
    ("جبهة النصرة", "hts"), ("جبهة فتح الشام", "hts"), ("هيئة تحرير الشام", "hts"),
    ("داعش", "isis"), ("تنظيم الدولة الإسلامية", "isis"), ("الدولة الإسلامية في العراق والشام", "isis"),
    ("جيش سوريا الجديد", "maghawir-al-thawra"),
    # the government side and its forces are distinct actors
    ("النظام السوري", "sy-regime"), ("النظام", "sy-regime"), ("قوات النظام", "sy-army"),
    ("الجيش العربي السوري", "sy-army"), ("طيران النظام", "sy-air-force"),
    ("الطيران الروسي", "ru-air-force"), ("سلاح الجو الروسي", "ru-air-force"), ("الجيش الروسي", "ru-armed-forces"),
    ("هيئة الأركان العامة الروسية", "ru-general-staff"), ("الكرملين", "ru-kremlin"),
    # spelling variants: hamza, ta marbuta and أمريكي/أميركي
    ("الخارجية الاميركية", "us-state-dept"), ("الخارجية الأمريكية", "us-state-dept"),
    ("الهيئة العليا المفاوضات", "hnc"), ("قوات سورية الديمقراطية", "sdf"), ("قسد", "sdf"),
    ("ب ي د", "pyd"), ("الخوذات البيضاء", "white-helmets"), ("الدفاع المدني", "white-helmets"),
    ("الحلف الاطلسي", "nato"), ("الواشنطن بوست", "wapo"), ("سبوتنيك الروسية للأنباء", "sputnik"),
    # people, with surname-only and transliteration variants
    ("لافروف", "sergey-lavrov"), ("سيرجي لافروف", "sergey-lavrov"), ("دي مستورا", "staffan-de-mistura"),
    ("الأسد", "bashar-al-assad"), ("الجولاني", "abu-mohammad-al-jolani"), ("أحمد الشرع", "abu-mohammad-al-jolani"),
    ("رامي عبدالرحمن", "rami-abdulrahman"),
    # nationality adjectives point to the country
    ("الروسية", "cc-ru"), ("الأمريكيين", "cc-us"), ("الأتراك", "cc-tr"), ("السورية", "cc-sy"),
])
def test_name_resolves_to(index: dict[str, str], name: str, ident: str) -> None:
    assert index.get(normalise_key(name)) == ident


@pytest.mark.parametrize("word", [
    # generic words and ambiguous places/common nouns must not be aliases on their own
    "الجيش", "الحكومة", "المعارضة", "الدولة", "الهيئة", "التحالف", "القاعدة", "الجزيرة", "العربية",
    "الميادين", "الحياة", "المعلم", "الشرق الأوسط", "عمان", "فيتو",
])
def test_generic_word_is_not_an_alias(index: dict[str, str], word: str) -> None:
    assert normalise_key(word) not in index
