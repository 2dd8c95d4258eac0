"""Checking the base's coordinates against a reference gazetteer (e.g. an Open-Syria import).

A place of the base is paired with a reference unit by p-code, else by normalised name (its name or
an alias against the unit's name or aliases, without an administrative word before it: محافظة،
ناحية …, ``admin_prefixes`` in ``entity_patterns.yaml``) when the kinds are comparable (a governorate
with a governorate, a district with a district, a settlement with the sub-district named after it)
and the governorates (``admin1``) agree.  A sub-district's centroid is the middle of an area, not
the town, so errors of a few kilometres are expected even for a well-placed town.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from statistics import median

from rasad.kb.model import SETTLEMENT_KINDS, Place
from rasad.resources import load_yaml
from rasad.text.normalise import normalise_key, normalise_keys

_COMPARABLE = {"governorate": ("governorate",), "district": ("district",)}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@lru_cache(maxsize=1)
def _admin_prefix() -> re.Pattern[str]:
    """An administrative word opening a name (``admin_prefixes`` in ``entity_patterns.yaml``)."""
    words = set(normalise_keys(load_yaml("ar/entity_patterns.yaml")["admin_prefixes"]))
    return re.compile(r"^(?:" + "|".join(map(re.escape, sorted(words))) + r")\s+")


def _names(p: Place) -> set[str]:
    prefix = _admin_prefix()
    return {prefix.sub("", normalise_key(n)) for n in (p.name, *p.aliases)}


@dataclass(slots=True, frozen=True)
class Pair:
    place: Place
    reference: Place
    km: float
    by: str  # "pcode" or "name"


def compare(places: list[Place], reference: list[Place]) -> list[Pair]:
    """Pairs of a place with coordinates and its reference unit, with the distance between them."""
    by_pcode = {r.pcode: r for r in reference if r.pcode and r.lat is not None}
    by_name: dict[tuple[str, str], list[Place]] = {}
    for r in reference:
        if r.lat is not None:
            for n in _names(r):
                by_name.setdefault((r.kind, n), []).append(r)
    out: list[Pair] = []
    for p in places:
        if p.lat is None or p.lon is None or p.id.startswith(("os-", "gn-", "ocha-")):
            continue
        ref, by = by_pcode.get(p.pcode or ""), "pcode"
        if ref is None:
            kinds = _COMPARABLE.get(p.kind, ("subdistrict",) if p.kind in SETTLEMENT_KINDS else ())
            ref = next((r for k in kinds for n in sorted(_names(p)) for r in by_name.get((k, n), ())
                        if not p.admin1 or not r.admin1 or r.admin1 == p.admin1), None)
            by = "name"
        if ref is not None:
            out.append(Pair(p, ref, haversine_km(p.lat, p.lon, ref.lat, ref.lon), by))
    return out


def summary(pairs: list[Pair], worst: int = 10) -> list[str]:
    """Median error and the worst pairs, as text lines."""
    if not pairs:
        return ["no place could be paired with the reference"]
    errs = [x.km for x in pairs]
    lines = [f"{len(pairs)} places paired ({sum(x.by == 'pcode' for x in pairs)} by p-code): median error "
             f"{median(errs):.1f} km, within 5 km {sum(e <= 5 for e in errs) / len(errs):.0%}"]
    by_kind: dict[str, list[float]] = {}
    for x in pairs:
        by_kind.setdefault(x.place.kind, []).append(x.km)
    lines.append("  median by kind: " + ", ".join(f"{k} {median(v):.1f} km ({len(v)})" for k, v in sorted(by_kind.items())))
    for x in sorted(pairs, key=lambda x: -x.km)[:worst]:
        lines.append(f"  {x.km:7.1f} km  {x.place.id} ({x.place.kind}) vs {x.reference.id} ({x.reference.kind})"
                     f"  [{x.place.origin}]")
    return lines
