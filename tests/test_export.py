"""``rasad export``: ACLED-style CSV, GeoJSON and JSON Lines from small hand-made records."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rasad import export

STRIKE = {
    "id": "d1-e0", "category": "air_strike",
    "acled": {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"},
    "plover": "ASSAULT",
    "date": {"value": "2016-09-23", "precision": "day", "from": "2016-09-23", "to": "2016-09-23", "source": "clause"},
    "location": {"name": "حلب", "canonical_id": "sy-aleppo",
                 "geo": {"lat": 36.2, "lon": 37.16, "country": "SY", "admin1": "Aleppo", "admin2": "Jebel Saman",
                         "precision": "exact"}},
    "actors": [{"role": "actor1", "name": "القوات الجوية الروسية", "canonical_id": None},
               {"role": "actor2", "name": "الجيش الحر", "canonical_id": None},
               {"role": "assoc", "name": "النظام السوري", "canonical_id": None}],
    "fatalities": 12, "quantities": [0], "modality": "asserted", "attributed_to": "الدفاع المدني",
    "evidence": {"start": 10, "end": 40, "text": "شنت الطائرات غارات على حلب"},
}
PLANNED = {
    "id": "d1-e1", "category": "armed_clash", "acled": {"event_type": "Battles", "sub_event_type": "Armed clash"},
    "plover": "FIGHT", "date": {"value": "2016-09-24", "precision": "week", "from": "2016-09-18", "to": "2016-09-24"},
    "location": None, "actors": [], "fatalities": None, "quantities": [], "modality": "future",
    "attributed_to": None, "evidence": {"start": 50, "end": 70, "text": "سيكون هجوما بريا"},
}
RECORDS = [{"id": "d1", "source": "وكالة", "url": "http://example.org/1", "events": [STRIKE, PLANNED]},
           {"id": "d2", "events": []}]


def _csv(all_modalities: bool = False) -> list[dict[str, str]]:
    out = io.StringIO()
    n = export.write_acled_csv(RECORDS, out, all_modalities)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == len(rows)
    return rows


def test_acled_csv_row() -> None:
    rows = _csv()
    assert len(rows) == 1  # the future battle is not exported by default
    r = rows[0]
    assert list(r) == list(export.ACLED_COLUMNS)
    assert (r["event_id_cnty"], r["event_date"], r["time_precision"]) == ("d1-e0", "2016-09-23", "1")
    assert (r["event_type"], r["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (r["actor1"], r["actor2"], r["assoc_actor_1"]) == ("القوات الجوية الروسية", "الجيش الحر", "النظام السوري")
    assert (r["location"], r["admin1"], r["latitude"], r["longitude"], r["geo_precision"]) == (
        "حلب", "Aleppo", "36.2", "37.16", "1")
    assert (r["fatalities"], r["source"], r["attributed_to"]) == ("12", "وكالة", "الدفاع المدني")
    assert (r["evidence_start"], r["evidence_end"], r["evidence_text"]) == ("10", "40", "شنت الطائرات غارات على حلب")


def test_acled_csv_all_modalities() -> None:
    rows = _csv(all_modalities=True)
    assert [r["modality"] for r in rows] == ["asserted", "future"]
    planned = rows[1]
    assert (planned["time_precision"], planned["fatalities"], planned["location"], planned["latitude"]) == (
        "2", "0", "", "")


def test_geojson_keeps_events_with_coordinates() -> None:
    fc = export.geojson(RECORDS, all_modalities=True)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 1
    f = fc["features"][0]
    assert f["geometry"] == {"type": "Point", "coordinates": [37.16, 36.2]}
    assert f["properties"]["category"] == "air_strike" and f["properties"]["fatalities"] == 12
    assert f["properties"]["evidence"]["text"] == "شنت الطائرات غارات على حلب"


def test_jsonl_passthrough() -> None:
    lines = list(export.event_lines(RECORDS, all_modalities=True))
    assert [(x["doc_id"], x["id"]) for x in lines] == [("d1", "d1-e0"), ("d1", "d1-e1")]


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_command(tmp_path: Path, fmt: str) -> None:
    from rasad.cli import main

    src = tmp_path / "out.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    dst = tmp_path / "events.out"
    assert main(["export", str(src), "--format", fmt, "-o", str(dst)]) == 0
    text = dst.read_text(encoding="utf-8")
    if fmt == "geojson":
        assert len(json.loads(text)["features"]) == 1
    elif fmt == "jsonl":
        assert [json.loads(x)["id"] for x in text.splitlines()] == ["d1-e0"]
    else:
        assert text.splitlines()[0].startswith("event_id_cnty,event_date,time_precision")


def test_specific_leaves_out_generic_mentions(tmp_path: Path) -> None:
    from rasad.cli import main

    generic = {**STRIKE, "id": "d1-e2", "actors": [], "quantities": [], "fatalities": None, "specific": False}
    src = tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "d1", "events": [STRIKE, generic]}, ensure_ascii=False) + "\n", encoding="utf-8")
    ids = {}
    for flag in ((), ("--specific",)):
        dst = tmp_path / "events.jsonl"
        assert main(["export", str(src), "--format", "jsonl", "-o", str(dst), *flag]) == 0
        ids[flag] = [json.loads(x)["id"] for x in dst.read_text(encoding="utf-8").splitlines()]
    assert ids == {(): ["d1-e0", "d1-e2"], ("--specific",): ["d1-e0"]}


def test_generic_mentions_are_marked() -> None:
    from rasad.pipeline import extract

    doc = extract("وقال الكاتب إن القتال طويل.\nوقصفت الطائرات الروسية بلدة كفرنبل أمس.",
                  published="2016-10-01")
    assert {(e.category, e.specific) for e in doc.events} == {("armed_clash", False), ("air_strike", True)}
