"""The knowledge base: loading, validation, overlay, matching with proclitics, geocoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasad.kb import KnowledgeBase, check, load_kb, reload
from rasad.kb.loader import kb_files, read_tables
from rasad.text.normalise import normalise, normalise_key

FIXTURE = Path(__file__).parent / "fixtures" / "kb"
PLACES_HEADER = "id\tname\taliases\tname_en\tkind\tlat\tlon\tcountry\tadmin1\tadmin2\tpcode\tparent\tflags\n"


def fixture_files() -> dict[str, list[Path]]:
    return {"places": sorted(FIXTURE.glob("places*.tsv")), "actors": [FIXTURE / "actors.tsv"],
            "people": [FIXTURE / "people.tsv"], "nationalities": [FIXTURE / "nationalities.tsv"]}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase(read_tables(fixture_files()))


def test_fixture_is_valid(kb: KnowledgeBase) -> None:
    assert kb.problems == []
    assert kb.places["sy-aleppo"].parent == "sy-gov-aleppo"
    assert kb.actors["hts"].inter == 2
    assert "ambiguous" in kb.places["sy-aleppo-ashrafieh"].flags


def test_packaged_files_are_valid() -> None:
    """The data writers' files: every problem is listed with its file and line."""
    assert check() == []


def test_validator_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "places_bad.tsv"
    bad.write_text(
        "# a comment line\n" + PLACES_HEADER
        + "sy-x\tإكس\t\tX\ttown\t95\t36\tSY\t\t\t\t\t\n"          # line 3: latitude out of range
        + "sy-y\tواي\t\tY\thamlet\t35\t36\tSY\t\t\t\t\t\n"       # line 4: unknown kind
        + "sy-x\tإكس2\t\tX\ttown\t35\t36\tSY\t\t\t\t\t\n"        # line 5: duplicate id
        + "sy-z\tزد\t\tZ\ttown\t35\t36\tSY\t\t\t\tnowhere\t\n"   # line 6: missing parent
        + "Sy Bad\tبد\t\tB\ttown\t\t\tSY\t\t\t\t\t\n",            # line 7: id not a slug
        encoding="utf-8")
    problems = read_tables({"places": [bad]}).problems
    text = "\n".join(problems)
    assert f"{bad}:3: lat 95.0 is outside" in text
    assert f"{bad}:4: place sy-y: kind 'hamlet'" in text
    assert f"{bad}:5: id sy-x already used at {bad}:3" in text
    assert f"{bad}:6: place sy-z: parent nowhere is not a place id" in text
    assert f"{bad}:7: id 'Sy Bad' must be a lowercase ASCII slug" in text


def test_overlay_adds_and_replaces_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "places_mine.tsv").write_text(
        PLACES_HEADER + "sy-test-village\tقرية الاختبار\tالاختبار\tTest\tvillage\t35.1\t36.2\tSY\t\t\t\t\t\n",
        encoding="utf-8")
    monkeypatch.setenv("RASAD_DATA", str(tmp_path))
    reload()
    try:
        assert tmp_path / "kb" / "places_mine.tsv" in kb_files()["places"]
        kb = load_kb()
        assert kb.places["sy-test-village"].lat == 35.1
        hit = kb.scan(normalise("وصلوا إلى قرية الاختبار أمس").text)[0]
        assert hit.records[0].id == "sy-test-village"
    finally:
        reload()


def test_settings_that_find_the_same_files_share_one_base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that changes its data directories (a test suite, a server) compiles one base per set of
    files, not one per directory: three empty overlays share the packaged base, a real overlay has its own."""
    reload()
    try:
        bases = []
        for name in ("a", "b", "c"):
            (tmp_path / name).mkdir()
            monkeypatch.setenv("RASAD_DATA", str(tmp_path / name))
            bases.append(load_kb())
        assert bases[0] is bases[1] is bases[2]
        (tmp_path / "d" / "kb").mkdir(parents=True)
        (tmp_path / "d" / "kb" / "places_mine.tsv").write_text(
            PLACES_HEADER + "sy-test-hamlet\tمزرعة الاختبار\t\tTest\tvillage\t35.1\t36.2\tSY\t\t\t\t\t\n",
            encoding="utf-8")
        monkeypatch.setenv("RASAD_DATA", str(tmp_path / "d"))
        own = load_kb()
        assert own is not bases[0] and "sy-test-hamlet" in own.places and "sy-test-hamlet" not in bases[0].places
    finally:
        reload()


@pytest.mark.parametrize(("text", "name", "record"), [
    # Arabic: proclitics before names with and without the article
    ("وصلت القوات إلى حلب", "حلب", "sy-aleppo"),
    ("قصف عنيف على وبحلب", "حلب", "sy-aleppo"),
    ("سافر لروسيا أمس", "روسيا", "cc-ru"),
    ("في الرقة والرقة وبالرقة", "الرقه", "sy-raqqa"),
    ("الطريق وللرقة مقطوع", "للرقه", "sy-raqqa"),          # ل + الرقة is written للرقة: the whole word
    ("الطريق للاذقية مقطوع", "للاذقيه", "sy-latakia"),     # stem starting with ل: only two lams
    ("اشتباكات في الشيخ مقصود", "الشيخ مقصود", "sy-aleppo-sheikh-maqsoud"),
    ("تحدث سيرغي لافروف", "سيرغي لافروف", "sergey-lavrov"),  # longest name wins over the surname
])
def test_scan_finds_names_after_proclitics(kb: KnowledgeBase, text: str, name: str, record: str) -> None:
    norm = normalise(text).text
    hits = [h for h in kb.scan(norm) if h.records]
    assert hits, text
    assert {norm[h.start:h.end] for h in hits} == {normalise_key(name)}
    assert record in {r.id for r in hits[0].records}


@pytest.mark.parametrize("text", [
    "مطبخ حلبي تقليدي",      # a suffix: not the name
    "جاء الحلبيون",           # article + suffix
    "لالرقة",                 # ل before the article is written لل, never لال
    "محلب",                   # the name inside another word
])
def test_scan_rejects_partial_words(kb: KnowledgeBase, text: str) -> None:
    assert [h for h in kb.scan(normalise(text).text) if h.records] == []


def test_nationality_adjectives_are_hits_without_records(kb: KnowledgeBase) -> None:
    norm = normalise("شنت الطائرات الروسية غارات").text
    (hit,) = kb.scan(norm)
    assert hit.records == () and hit.nationality is not None
    assert hit.nationality.air_force_actor == "ru-air-force"


@pytest.mark.parametrize(("place", "precision", "lat"), [
    ("sy-aleppo", "exact", 36.2021),
    ("sy-aleppo-ashrafieh", "near", 36.2021),  # no coordinates of its own: its city's
    ("sy-gov-aleppo", "admin1", 36.2),
    ("cc-ru", "country", 61.5),
])
def test_geo_precision(kb: KnowledgeBase, place: str, precision: str, lat: float) -> None:
    g = kb.geo(place)
    assert (g.precision, g.lat) == (precision, lat)
    assert g.country in ("SY", "RU")


def test_geo_inherits_admin_names(kb: KnowledgeBase) -> None:
    g = kb.geo("sy-aleppo-sheikh-maqsoud")
    assert (g.admin1, g.precision) == ("Aleppo", "exact")
