"""Sanity checks for the places knowledge base (``src/rasad/data/kb/places*.tsv``).

    python3 bench/check_places.py [--gazetteer DIR] [--worst N]

Reads the TSV files with the plain ``csv`` module (independent of the loader) and checks:
every line has the 13 columns, ids are unique lowercase slugs, parents exist, kinds and flags are
valid, lat/lon are both given or both empty and in range (Syrian rows inside 32.3-37.4 N,
35.6-42.4 E).  Then it compares the Syrian rows with the Open-Syria admin centroids (governorates by
p-code; districts and sub-districts by Arabic name, "مركز X" standing for the town X) and prints the
median and the worst distances.  Admin centroids are not town centres (a sub-district centroid can be
10 km from its town), so the comparison only catches gross errors (> 15 km) for a human to re-examine;
no coordinate is taken from that data set.  Exits 1 when a structural check fails.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KB = ROOT / "src" / "rasad" / "data" / "kb"
GAZETTEER = ROOT.parent / "shared" / "data" / "gazetteer" / "opensyria-admin"
COLUMNS = ["id", "name", "aliases", "name_en", "kind", "lat", "lon", "country", "admin1", "admin2", "pcode",
           "parent", "flags"]
KINDS = {"country", "governorate", "district", "subdistrict", "region", "city", "town", "village",
         "neighbourhood", "camp", "road", "crossing", "base", "airport", "facility", "mountain", "river",
         "landmark"}
FLAGS = {"ambiguous", "common"}
SYRIA_BOX = (32.3, 37.4, 35.6, 42.4)
SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
_PREFIXES = ("ناحيه ", "منطقه ", "محافظه ", "مدينه ", "بلده ")


def norm(s: str) -> str:
    """A light Arabic key: no diacritics/tatweel, unified alef/ya/ta marbuta, no admin prefix."""
    s = _DIACRITICS.sub("", s.strip())
    s = s.translate(str.maketrans("أإآٱىئؤة", "اااايييه"))
    s = " ".join(s.split())
    for p in _PREFIXES:
        if s.startswith(p):
            s = s[len(p):]
    return s


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def read_places(kb: Path) -> tuple[list[dict[str, str]], list[str]]:
    """All rows of ``places*.tsv`` (with ``_where``) and the structural problems found while reading."""
    rows: list[dict[str, str]] = []
    problems: list[str] = []
    for path in sorted(kb.glob("places*.tsv")):
        with open(path, encoding="utf-8", newline="") as f:
            lines = [(n, ln.rstrip("\n")) for n, ln in enumerate(f, 1)]
        data = [(n, ln) for n, ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
        if not data:
            problems.append(f"{path.name}: empty")
            continue
        header = next(csv.reader([data[0][1]], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header != COLUMNS:
            problems.append(f"{path.name}:{data[0][0]}: header {header} != {COLUMNS}")
            continue
        for n, ln in data[1:]:
            cells = next(csv.reader([ln], delimiter="\t", quoting=csv.QUOTE_NONE))
            if len(cells) != len(COLUMNS):
                problems.append(f"{path.name}:{n}: {len(cells)} columns, expected {len(COLUMNS)}")
                continue
            row = dict(zip(COLUMNS, (c.strip() for c in cells), strict=True))
            row["_where"] = f"{path.name}:{n}"
            rows.append(row)
    return rows, problems


def check_rows(rows: list[dict[str, str]]) -> list[str]:
    """Structural problems: ids, parents, kinds, flags, coordinates."""
    problems: list[str] = []
    ids: dict[str, str] = {}
    for r in rows:
        w = r["_where"]
        if not SLUG.match(r["id"]):
            problems.append(f"{w}: bad id {r['id']!r}")
        if r["id"] in ids:
            problems.append(f"{w}: duplicate id {r['id']} (first at {ids[r['id']]})")
        ids.setdefault(r["id"], w)
        if not r["name"]:
            problems.append(f"{w}: {r['id']} has no name")
        if r["kind"] not in KINDS:
            problems.append(f"{w}: {r['id']}: bad kind {r['kind']!r}")
        bad_flags = {f for f in r["flags"].split("|") if f} - FLAGS
        if bad_flags:
            problems.append(f"{w}: {r['id']}: bad flags {sorted(bad_flags)}")
        if bool(r["lat"]) != bool(r["lon"]):
            problems.append(f"{w}: {r['id']}: lat and lon must be both given or both empty")
        elif r["lat"]:
            lat, lon = float(r["lat"]), float(r["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                problems.append(f"{w}: {r['id']}: lat/lon out of range")
            if r["country"] == "SY":
                s, n, west, east = SYRIA_BOX
                if not (s <= lat <= n and west <= lon <= east):
                    problems.append(f"{w}: {r['id']}: ({lat}, {lon}) is outside Syria")
        if r["country"] and not re.fullmatch(r"[A-Z]{2}", r["country"]):
            problems.append(f"{w}: {r['id']}: bad country {r['country']!r}")
    for r in rows:
        if r["parent"] and r["parent"] not in ids:
            problems.append(f"{r['_where']}: {r['id']}: parent {r['parent']} does not exist")
        if r["parent"] == r["id"]:
            problems.append(f"{r['_where']}: {r['id']} is its own parent")
    return problems


def far_from_parent(rows: list[dict[str, str]], limit_km: float = 8.0) -> list[tuple[float, str, str]]:
    """Neighbourhoods, camps and facilities placed more than ``limit_km`` from their parent city."""
    byid = {r["id"]: r for r in rows}
    out: list[tuple[float, str, str]] = []
    for r in rows:
        p = byid.get(r["parent"])
        if not (r["lat"] and p and p["lat"] and p["kind"] in {"city", "town"}):
            continue
        d = haversine(float(r["lat"]), float(r["lon"]), float(p["lat"]), float(p["lon"]))
        if d > limit_km:
            out.append((d, r["id"], p["id"]))
    return sorted(out, reverse=True)


def load_admin(gaz: Path) -> tuple[dict[str, tuple[float, float, str]], dict[str, list[tuple[float, float, str]]]]:
    """Open-Syria centroids by p-code and by normalised Arabic name (``مركز X`` also keyed as X)."""
    by_pcode: dict[str, tuple[float, float, str]] = {}
    by_name: dict[str, list[tuple[float, float, str]]] = {}
    for level in ("governorates", "districts", "subdistricts"):
        for unit in json.loads((gaz / f"{level}.json").read_text(encoding="utf-8")):
            c = unit.get("centroid") or {}
            if c.get("latitude") is None:
                continue
            pt = (float(c["latitude"]), float(c["longitude"]), f"{level[:-1]} {unit['name']['en']}")
            pcode = (unit.get("externalIds") or {}).get("ochaPcode")
            if pcode:
                by_pcode[pcode] = pt
            if level == "governorates":
                continue
            names = {unit["name"]["ar"], *(a["value"] for a in unit.get("aliases", []) if a["language"] == "ar")}
            for nm in names:
                key = norm(nm)
                if key.startswith("مركز "):
                    key = key[len("مركز "):]
                by_name.setdefault(key, []).append(pt)
    return by_pcode, by_name


def compare(rows: list[dict[str, str]], gaz: Path) -> list[tuple[float, str, str]]:
    """(distance km, row id, matched unit) for each Syrian row with coordinates and an admin match."""
    by_pcode, by_name = load_admin(gaz)
    out: list[tuple[float, str, str]] = []
    for r in rows:
        if r["country"] != "SY" or not r["lat"] or r["kind"] == "country":
            continue
        lat, lon = float(r["lat"]), float(r["lon"])
        cands = [by_pcode[r["pcode"]]] if r["pcode"] in by_pcode else []
        if not cands and r["kind"] in {"city", "town", "village", "district", "subdistrict"}:
            for nm in [r["name"], *r["aliases"].split("|")]:
                cands += by_name.get(norm(nm), []) if nm else []
        if cands:
            best = min(cands, key=lambda c: haversine(lat, lon, c[0], c[1]))
            out.append((haversine(lat, lon, best[0], best[1]), r["id"], best[2]))
    return out


def main() -> int:
    """Run the checks and print a summary; 1 when a structural problem was found."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", default=str(KB))
    ap.add_argument("--gazetteer", default=str(GAZETTEER))
    ap.add_argument("--worst", type=int, default=20)
    args = ap.parse_args()
    rows, problems = read_places(Path(args.kb))
    problems += check_rows(rows)
    files: dict[str, int] = {}
    for r in rows:
        files[r["_where"].split(":")[0]] = files.get(r["_where"].split(":")[0], 0) + 1
    for name, n in files.items():
        print(f"{name}: {n} rows")
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print("kinds:", ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1])))
    with_coords = sum(1 for r in rows if r["lat"])
    print(f"with coordinates: {with_coords}/{len(rows)}")
    for p in problems:
        print("PROBLEM", p)
    print(f"structural problems: {len(problems)}")
    for d, rid, pid in far_from_parent(rows):
        print(f"WARNING {rid} is {d:.1f} km from its parent {pid}")
    gaz = Path(args.gazetteer)
    if (gaz / "subdistricts.json").is_file():
        dists = compare(rows, gaz)
        if dists:
            ds = sorted(dists, reverse=True)
            print(f"Open-Syria comparison: {len(ds)} rows matched, median {statistics.median(d for d, _, _ in ds):.1f} km, "
                  f"> 15 km: {sum(1 for d, _, _ in ds if d > 15)}")
            print(f"worst {min(args.worst, len(ds))}:")
            for d, rid, unit in ds[: args.worst]:
                print(f"  {d:7.1f} km  {rid:40s} vs {unit}")
    else:
        print(f"(no gazetteer at {gaz}: comparison skipped)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
