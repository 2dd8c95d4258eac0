"""Gazetteer importers, the ``rasad kb`` commands, and the built-in coordinates against Open-Syria."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasad.cli import main
from rasad.kb import load_kb, reload
from rasad.kb.coords import compare, haversine_km, summary
from rasad.kb.importers import import_geonames, import_ocha, import_opensyria, write_places
from rasad.kb.loader import parse_place, read_tables

from conftest import SHARED

OPENSYRIA = SHARED / "data" / "gazetteer" / "opensyria-admin"
needs_opensyria = pytest.mark.skipif(not (OPENSYRIA / "subdistricts.json").is_file(),
                                     reason="../shared/data/gazetteer is not present")

# Four lines in the GeoNames dump layout (19 columns); the last has no Arabic name and is skipped.
GEONAMES = "\n".join("\t".join(c) for c in [
    ["163843", "Syria", "Syria", "Syrie,سوريا,سورية", "35", "38", "A", "PCLI", "SY", "", "00", "", "", "",
     "22198110", "", "", "Asia/Damascus", "2020-01-01"],
    ["170063", "Aleppo Governorate", "Aleppo", "محافظة حلب", "36.25", "37.5", "A", "ADM1", "SY", "", "09", "",
     "", "", "4868704", "", "", "Asia/Damascus", "2020-01-01"],
    ["170063001", "Manbij", "Manbij", "Menbij,منبج", "36.5281", "37.9549", "P", "PPL", "SY", "", "09", "",
     "", "", "100000", "", "", "Asia/Damascus", "2020-01-01"],
    ["170063002", "Nowhere", "Nowhere", "", "36.1", "37.1", "P", "PPL", "SY", "", "09", "", "", "", "0", "",
     "", "Asia/Damascus", "2020-01-01"],
]) + "\n"

OCHA = ("admin1Name_en,admin1Name_ar,admin1Pcode,admin2Name_en,admin2Name_ar,admin2Pcode,"
        "admin3Name_en,admin3Name_ar,admin3Pcode,latitude,longitude\n"
        "Aleppo,حلب,SY02,Jebel Saman,جبل سمعان,SY0200,Haritan,حريتان,SY020002,36.2833,37.0833\n"
        "Aleppo,حلب,SY02,Jebel Saman,جبل سمعان,SY0200,Tal Ed-daman,تل الضمان,SY020003,35.9500,37.2333\n")


def test_geonames_import(tmp_path: Path) -> None:
    f = tmp_path / "SY.txt"
    f.write_text(GEONAMES, encoding="utf-8")
    rows = {r["id"]: r for r in import_geonames(f)}
    assert set(rows) == {"gn-163843", "gn-170063", "gn-170063001"}
    manbij = rows["gn-170063001"]
    assert (manbij["name"], manbij["kind"], manbij["parent"], manbij["admin1"]) == (
        "منبج", "town", "gn-170063", "Aleppo Governorate")
    assert rows["gn-163843"]["aliases"] == "سورية"
    assert rows["gn-170063"]["parent"] == "gn-163843"


def test_ocha_import(tmp_path: Path) -> None:
    f = tmp_path / "syr_adm3.csv"
    f.write_text(OCHA, encoding="utf-8")
    rows = {r["id"]: r for r in import_ocha(f)}
    assert set(rows) == {"ocha-sy02", "ocha-sy0200", "ocha-sy020002", "ocha-sy020003"}
    h = rows["ocha-sy020002"]
    assert (h["name"], h["kind"], h["parent"], h["lat"], h["admin1"], h["admin2"]) == (
        "حريتان", "subdistrict", "ocha-sy0200", "36.2833", "Aleppo", "Jebel Saman")
    assert rows["ocha-sy02"]["parent"] == "cc-sy" and rows["ocha-sy02"]["lat"] == ""


@needs_opensyria
def test_opensyria_import_is_a_valid_overlay(tmp_path: Path) -> None:
    rows = import_opensyria(OPENSYRIA)
    kinds = [r["kind"] for r in rows]
    assert kinds.count("governorate") == 14 and kinds.count("district") >= 60 and kinds.count("subdistrict") >= 250
    gov = {r["pcode"]: r for r in rows if r["kind"] == "governorate"}
    assert gov["SY02"]["name"] == "حلب" and gov["SY07"]["admin1"] == "Idlib"
    out = tmp_path / "kb" / "places_opensyria.tsv"
    assert write_places(rows, out, "test") == len(rows)
    cc = tmp_path / "kb" / "places_cc.tsv"
    cc.write_text("id\tname\taliases\tname_en\tkind\tlat\tlon\tcountry\tadmin1\tadmin2\tpcode\tparent\tflags\n"
                  "cc-sy\tسوريا\t\tSyria\tcountry\t35\t38\tSY\t\t\t\t\t\n", encoding="utf-8")
    assert read_tables({"places": [cc, out]}).problems == []


@needs_opensyria
def test_cli_import_writes_into_the_overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setenv("RASAD_DATA", str(tmp_path))
    reload()
    try:
        assert main(["kb", "import", "opensyria", str(OPENSYRIA)]) == 0
        assert (tmp_path / "kb" / "places_opensyria.tsv").is_file()
        assert "os-sy-aleppo" in load_kb().places
    finally:
        reload()


def test_cli_check_reports_problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "places_bad.tsv").write_text(
        "id\tname\taliases\tname_en\tkind\tlat\tlon\tcountry\tadmin1\tadmin2\tpcode\tparent\tflags\n"
        "x-1\tقرية\t\t\tvillage\t\t\tSY\t\t\t\tmissing-parent\t\n", encoding="utf-8")
    monkeypatch.setenv("RASAD_DATA", str(tmp_path))
    assert main(["kb", "check"]) == 1
    assert "places_bad.tsv:2: place x-1: parent missing-parent is not a place id" in capsys.readouterr().out


def test_haversine() -> None:
    # Aleppo citadel to Damascus Umayyad Mosque: about 310 km
    assert 300 < haversine_km(36.1993, 37.1629, 33.5115, 36.3064) < 320


@needs_opensyria
def test_builtin_coordinates_against_opensyria(capsys: pytest.CaptureFixture) -> None:
    """Median distance between the packaged Syrian places and the Open-Syria units they pair with."""
    problems: list[str] = []
    reference = [p for r in import_opensyria(OPENSYRIA)
                 if (p := parse_place(r, "opensyria", problems)) is not None]
    builtin = [p for p in load_kb().places.values() if p.country == "SY"]
    pairs = compare(builtin, reference)
    if not pairs:
        pytest.skip("no packaged Syrian place with coordinates pairs with Open-Syria")
    with capsys.disabled():
        print("\n" + "\n".join(summary(pairs)))
    gov = [x.km for x in pairs if x.place.kind == "governorate"]
    assert all(km < 60 for km in gov), "a governorate is placed far from its Open-Syria centroid"
    assert sorted(x.km for x in pairs)[len(pairs) // 2] < 10


def test_cli_report_counts_entities(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text('{"id": "a", "text": "قال الناشط محمود الحلبي إن حي الكلاسة تعرض للقصف"}\n'
                      '{"id": "b", "text": "وأكد الناشط محمود الحلبي أن القصف مستمر"}\n', encoding="utf-8")
    assert main(["kb", "report", str(corpus), "--top", "5"]) == 0
    out = capsys.readouterr().out
    assert "2 documents" in out
    assert "2  PER  محمود الحلبي" in out
