"""Gazetteer importers: GeoNames dumps, OCHA-style admin tables and the Open-Syria JSON.

Each importer returns rows in the ``places*.tsv`` layout; :func:`write_places` writes them into the
user's overlay (``<user data dir>/kb/places_<source>.tsv``) where the loader lays them over the
packaged base.  Ids are prefixed by source (``gn-``, ``ocha-``, ``os-``) so that imports never
replace a packaged row by accident.  Only places with an Arabic name are kept: the matcher reads
Arabic text.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from rasad.kb.model import PLACE_COLUMNS

Row = dict[str, str]

_ARABIC = re.compile(r"[\u0621-\u064a]")

# English governorate names used in the base (kb_schema) by OCHA p-code, so that imports agree with it.
OCHA_ADMIN1 = {
    "SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rural Damascus", "SY04": "Homs", "SY05": "Hama",
    "SY06": "Latakia", "SY07": "Idlib", "SY08": "Hasakah", "SY09": "Deir ez-Zor", "SY10": "Tartus",
    "SY11": "Raqqa", "SY12": "Daraa", "SY13": "Suwayda", "SY14": "Quneitra",
}

# GeoNames feature codes (class.code) → place kind; a class alone is the fallback.
GEONAMES_KINDS = {
    "A.PCLI": "country", "A.PCLD": "country", "A.PCLIX": "country", "A.PCL": "country",
    "A.ADM1": "governorate", "A.ADM2": "district", "A.ADM3": "subdistrict",
    "P.PPLC": "city", "P.PPLA": "city", "P.PPLA2": "city", "P.PPLX": "neighbourhood",
    "S.AIRP": "airport", "S.AIRB": "airport", "S.AIRF": "airport", "S.AIRH": "airport",
    "S.CMP": "camp", "S.CMPRF": "camp", "S.CMPMN": "camp", "S.MILB": "base", "S.INSM": "base",
    "S.PSTB": "crossing", "S.BDG": "crossing", "R.RD": "road", "H.STM": "river", "H.STMI": "river",
    "T.MT": "mountain", "T.MTS": "mountain", "T.HLL": "mountain", "T.HLLS": "mountain", "T.PK": "mountain",
    "L.RGN": "region", "L.AREA": "region", "H.DAM": "facility", "S.HSP": "facility", "S.PRN": "facility",
    "P": "village", "S": "landmark", "L": "region", "T": "mountain", "H": "river", "R": "road",
}


def _row(**cells: str) -> Row:
    return {c: cells.get(c, "") or "" for c in PLACE_COLUMNS}


def _coord(v: float | str | None) -> str:
    if v in (None, ""):
        return ""
    return f"{float(v):.4f}"


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# -- Open-Syria -------------------------------------------------------------------------------------
def import_opensyria(path: Path) -> list[Row]:
    """Rows for the governorates, districts and sub-districts of an Open-Syria ``opensyria-admin`` folder."""
    path = Path(path)
    rows: list[Row] = []
    levels = (("governorates.json", "governorate"), ("districts.json", "district"),
              ("subdistricts.json", "subdistrict"))
    admin1: dict[str, str] = {}
    for fname, kind in levels:
        f = path / fname
        if not f.is_file():
            continue
        for unit in json.loads(f.read_text(encoding="utf-8")):
            ar = (unit.get("name") or {}).get("ar")
            if not ar:
                continue
            pcode = (unit.get("externalIds") or {}).get("ochaPcode") or ""
            en = (unit.get("name") or {}).get("en") or ""
            if kind == "governorate":
                admin1[unit["id"]] = OCHA_ADMIN1.get(pcode[:4], en)
                parent = "cc-sy"
            elif kind == "district":
                parent = "os-" + unit["governorateId"]
            else:
                parent = "os-" + unit["districtId"]
            aliases = [a["value"] for a in unit.get("aliases") or [] if a.get("language") == "ar"
                       and a.get("value") and a["value"] != ar]
            c = unit.get("centroid") or {}
            rows.append(_row(
                id="os-" + _slug(unit["id"]), name=ar, aliases="|".join(dict.fromkeys(aliases)), name_en=en,
                kind=kind, lat=_coord(c.get("latitude")), lon=_coord(c.get("longitude")), country="SY",
                admin1=admin1.get(unit.get("governorateId") or unit["id"], ""),
                admin2=en if kind == "district" else "", pcode=pcode, parent=parent))
    # a district's English name is the admin2 of its sub-districts
    admin2 = {r["id"]: r["name_en"] for r in rows if r["kind"] == "district"}
    for r in rows:
        if r["kind"] == "subdistrict":
            r["admin2"] = admin2.get(r["parent"], "")
    return rows


# -- GeoNames ---------------------------------------------------------------------------------------
def _lines(path: Path) -> Iterator[str]:
    """Lines of a text file, or of the first ``.txt`` member of a zip archive."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as z:
            member = next(n for n in z.namelist() if n.endswith(".txt") and "readme" not in n.lower())
            with z.open(member) as f:
                yield from io.TextIOWrapper(f, encoding="utf-8")
        return
    with open(path, encoding="utf-8") as f:
        yield from f


def _arabic_alternates(path: Path | None) -> dict[str, list[str]]:
    """Arabic names by geonameid from an ``alternateNamesV2.txt``-style file (historic names left out)."""
    out: dict[str, list[str]] = {}
    if path is None:
        return out
    for line in _lines(Path(path)):
        c = line.rstrip("\n").split("\t")
        if len(c) >= 4 and c[2] == "ar" and not (len(c) > 7 and c[7] == "1"):
            out.setdefault(c[1], []).append(c[3])
    return out


def import_geonames(path: Path, alternate_names: Path | None = None, min_town: int = 10000) -> list[Row]:
    """Rows for a GeoNames dump (``SY.txt``/``SY.zip``/``allCountries``), names in Arabic only.

    Arabic names come from the dump's ``alternatenames`` column and, when given, an alternate-names
    file.  Populated places of at least ``min_town`` inhabitants are towns, smaller ones villages;
    parents follow the admin codes (ADM2, else ADM1, else the country).
    """
    extra = _arabic_alternates(alternate_names)
    raw: list[list[str]] = []
    admins: dict[tuple[str, ...], str] = {}
    for line in _lines(Path(path)):
        c = line.rstrip("\n").split("\t")
        if len(c) < 15:
            continue
        raw.append(c)
        code = f"{c[6]}.{c[7]}"
        if code == "A.ADM1":
            admins[(c[8], c[10])] = c[0]
        elif code == "A.ADM2":
            admins[(c[8], c[10], c[11])] = c[0]
        elif code in ("A.PCLI", "A.PCLD"):
            admins[(c[8],)] = c[0]
    names_en = {c[0]: c[1] for c in raw}
    rows: list[Row] = []
    for c in raw:
        gid, code = c[0], f"{c[6]}.{c[7]}"
        arabic = [n for n in c[3].split(",") if _ARABIC.search(n)] + extra.get(gid, [])
        arabic = list(dict.fromkeys(n.strip() for n in arabic if n.strip()))
        if not arabic:
            continue
        kind = GEONAMES_KINDS.get(code) or GEONAMES_KINDS.get(c[6])
        if kind is None:
            continue
        if kind == "village" and c[14].isdigit() and int(c[14]) >= min_town:
            kind = "town"
        cc = c[8]
        parent = ""
        for key in ((cc, c[10], c[11]), (cc, c[10]), (cc,)):
            if key in admins and admins[key] != gid and not (kind == "governorate" and len(key) == 3):
                parent = "gn-" + admins[key]
                break
        adm1 = admins.get((cc, c[10]))
        rows.append(_row(
            id="gn-" + gid, name=arabic[0], aliases="|".join(arabic[1:]), name_en=c[1], kind=kind,
            lat=_coord(c[4]), lon=_coord(c[5]), country=cc,
            admin1=names_en.get(adm1, "") if adm1 and kind != "country" else "",
            admin2=names_en.get(admins.get((cc, c[10], c[11]), ""), "") if kind not in ("country", "governorate") else "",
            parent=parent))
    return rows


# -- OCHA admin tables ------------------------------------------------------------------------------
_OCHA_COL = re.compile(r"^adm(?:in)?(\d)(?:name)?[_ ]?(en|ar|pcode)$", re.I)
_LAT = ("latitude", "lat", "y", "lat_y")
_LON = ("longitude", "lon", "long", "x", "lon_x")
_OCHA_KINDS = {1: "governorate", 2: "district", 3: "subdistrict", 4: "town"}


def import_ocha(path: Path) -> list[Row]:
    """Rows for an OCHA common-operational-dataset admin table (CSV or TSV).

    Columns ``admin1Name_en|admin1Name_ar|admin1Pcode`` … (or ``ADM1_EN|ADM1_AR|ADM1_PCODE``) give one
    row per unit and level; ``latitude``/``longitude`` columns, when present, are the coordinates of the
    deepest unit of each line.  Level 1 hangs under ``cc-<first two letters of its p-code>``.
    """
    text = Path(path).read_text(encoding="utf-8-sig")
    dialect = "excel-tab" if text.split("\n", 1)[0].count("\t") > text.split("\n", 1)[0].count(",") else "excel"
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    cols: dict[int, dict[str, str]] = {}
    for name in reader.fieldnames or []:
        m = _OCHA_COL.match(name.strip())
        if m:
            cols.setdefault(int(m.group(1)), {})[m.group(2).lower()] = name
    lower = {n.strip().lower(): n for n in reader.fieldnames or []}
    lat_col = next((lower[k] for k in _LAT if k in lower), None)
    lon_col = next((lower[k] for k in _LON if k in lower), None)
    levels = sorted(lv for lv, c in cols.items() if "pcode" in c and "ar" in c)
    rows: dict[str, Row] = {}
    for line in reader:
        parent_pcode = ""
        for lv in levels:
            pcode = (line[cols[lv]["pcode"]] or "").strip()
            ar = (line[cols[lv]["ar"]] or "").strip()
            if not pcode or not ar:
                break
            rid = "ocha-" + _slug(pcode)
            if rid not in rows:
                a1 = OCHA_ADMIN1.get(pcode[:4]) or (line.get(cols[1].get("en", ""), "") if 1 in cols else "")
                rows[rid] = _row(
                    id=rid, name=ar, name_en=(line.get(cols[lv].get("en", ""), "") or "").strip(),
                    kind=_OCHA_KINDS.get(lv, "village"), country=pcode[:2].upper(), admin1=a1,
                    admin2=(line.get(cols[2].get("en", ""), "") or "").strip() if lv > 2 and 2 in cols else "",
                    pcode=pcode, parent="ocha-" + _slug(parent_pcode) if parent_pcode else "cc-" + pcode[:2].lower())
            if lv == levels[-1] and lat_col and lon_col and line.get(lat_col) and line.get(lon_col):
                rows[rid]["lat"], rows[rid]["lon"] = _coord(line[lat_col]), _coord(line[lon_col])
            parent_pcode = pcode
    return list(rows.values())


# -- writing -----------------------------------------------------------------------------------------
def write_places(rows: Iterable[Row], out: Path, source: str) -> int:
    """Write ``rows`` as a ``places*.tsv`` file (with a comment naming the source); return the count."""
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(f"# Imported by `rasad kb import` from {source} on {date.today().isoformat()}.\n")
        f.write("\t".join(PLACE_COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r[c].replace("\t", " ").replace("\n", " ") for c in PLACE_COLUMNS) + "\n")
            n += 1
    return n
