"""``rasad export``: ACLED-style CSV, GeoJSON and JSON Lines from extraction output.

    rasad export OUT.jsonl [MORE.jsonl ...] --format acled-csv|geojson|jsonl -o FILE [--all-modalities] [--specific]

The input is what ``rasad extract`` wrote (contract records, one document a line).  Only asserted
events are exported unless ``--all-modalities`` is given (a negated, future or hypothetical event is
not something that happened).  ``--specific`` also leaves out the events the text ties to nothing of
their own (no actor, number, or date or place in their clause: "المعركة مع الإرهاب" in an opinion
piece), which are marked ``"specific": false``.

* ``acled-csv``: one row per event with ACLED's columns (``event_date``, ``time_precision`` 1 day /
  2 week / 3 month or coarser, ``event_type``, ``sub_event_type``, actors and associates, ``inter1``/
  ``inter2`` from the knowledge base when it knows the actor, ``admin1``, ``admin2``, ``location``,
  coordinates, ``geo_precision`` 1 exact / 2 near / 3 region or country, ``source``, ``notes``,
  ``fatalities``) plus ours: ``event_id_cnty`` (the event id), ``category``, ``plover``, ``modality``,
  ``attributed_to`` and the evidence ``evidence_start``/``evidence_end``/``evidence_text``.
* ``geojson``: a FeatureCollection of the events that have coordinates (properties: id, category,
  date, modality, actors, fatalities, evidence, location).
* ``jsonl``: the events themselves, one a line, each with its ``doc_id``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from typing import Any, TextIO

from rasad.entities import knowledge_base

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "country", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "category", "plover", "modality",
    "attributed_to", "evidence_start", "evidence_end", "evidence_text", "doc_id", "url",
)
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"exact": 1, "near": 2, "admin1": 3, "country": 3}
FORMATS = ("acled-csv", "geojson", "jsonl")


def events_of(records: Iterable[dict[str, Any]], all_modalities: bool = False
              ) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """``(document record, event)`` pairs, asserted events only unless ``all_modalities``."""
    for rec in records:
        for ev in rec.get("events") or []:
            if all_modalities or ev.get("modality", "asserted") == "asserted":
                yield rec, ev


def _actors(ev: dict[str, Any], role: str) -> list[dict[str, Any]]:
    return [a for a in ev.get("actors") or [] if a.get("role") == role]


def _inter(actor: dict[str, Any] | None) -> int | str:
    """ACLED's interaction code of an actor, from the knowledge base when it knows the actor."""
    if not actor or not actor.get("canonical_id"):
        return ""
    inter = getattr(knowledge_base().get(actor["canonical_id"]), "inter", None)
    return inter if inter is not None else ""


def acled_row(rec: dict[str, Any], ev: dict[str, Any]) -> dict[str, Any]:
    """One ACLED-style CSV row for event ``ev`` of document record ``rec``."""
    date = ev.get("date") or {}
    loc = ev.get("location") or {}
    geo = loc.get("geo") or {}
    acled = ev.get("acled") or {}
    evidence = ev.get("evidence") or {}
    a1, a2 = _actors(ev, "actor1"), _actors(ev, "actor2")
    assoc = _actors(ev, "assoc")
    return {
        "event_id_cnty": ev.get("id", ""), "event_date": date.get("value", ""),
        "time_precision": TIME_PRECISION.get(date.get("precision", ""), ""),
        "event_type": acled.get("event_type", ""), "sub_event_type": acled.get("sub_event_type", ""),
        "actor1": a1[0]["name"] if a1 else "", "assoc_actor_1": "; ".join(a["name"] for a in assoc),
        "actor2": a2[0]["name"] if a2 else "", "assoc_actor_2": "; ".join(a["name"] for a in a2[1:]),
        "inter1": _inter(a1[0] if a1 else None), "inter2": _inter(a2[0] if a2 else None),
        "country": geo.get("country") or "", "admin1": geo.get("admin1") or "", "admin2": geo.get("admin2") or "",
        "location": loc.get("name") or "",
        "latitude": "" if geo.get("lat") is None else geo["lat"],
        "longitude": "" if geo.get("lon") is None else geo["lon"],
        "geo_precision": GEO_PRECISION.get(geo.get("precision", ""), "") if geo else "",
        "source": rec.get("source") or "", "notes": evidence.get("text", ""),
        "fatalities": ev.get("fatalities") if ev.get("fatalities") is not None else 0,
        "category": ev.get("category", ""), "plover": ev.get("plover") or "",
        "modality": ev.get("modality", "asserted"), "attributed_to": ev.get("attributed_to") or "",
        "evidence_start": evidence.get("start", ""), "evidence_end": evidence.get("end", ""),
        "evidence_text": evidence.get("text", ""), "doc_id": rec.get("id", ""), "url": rec.get("url") or "",
    }


def write_acled_csv(records: Iterable[dict[str, Any]], out: TextIO, all_modalities: bool = False) -> int:
    """Write the ACLED-style CSV of ``records`` to ``out``; return the number of rows."""
    w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    w.writeheader()
    n = 0
    for rec, ev in events_of(records, all_modalities):
        w.writerow(acled_row(rec, ev))
        n += 1
    return n


def geojson(records: Iterable[dict[str, Any]], all_modalities: bool = False) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the events that have coordinates."""
    features = []
    for rec, ev in events_of(records, all_modalities):
        loc = ev.get("location") or {}
        geo = loc.get("geo") or {}
        if geo.get("lat") is None or geo.get("lon") is None:
            continue
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [geo["lon"], geo["lat"]]},
            "properties": {
                "id": ev.get("id"), "doc_id": rec.get("id"), "category": ev.get("category"),
                "acled": ev.get("acled"), "date": ev.get("date"), "modality": ev.get("modality", "asserted"),
                "actors": ev.get("actors") or [], "fatalities": ev.get("fatalities"),
                "location": loc.get("name"), "geo_precision": geo.get("precision"),
                "attributed_to": ev.get("attributed_to"), "evidence": ev.get("evidence"),
            },
        })
    return {"type": "FeatureCollection", "features": features}


def event_lines(records: Iterable[dict[str, Any]], all_modalities: bool = False) -> Iterator[dict[str, Any]]:
    """The events, one record each, with the ``doc_id`` they come from."""
    for rec, ev in events_of(records, all_modalities):
        yield {"doc_id": rec.get("id"), **ev}


def _read(paths: list[str]) -> Iterator[dict[str, Any]]:
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


def only_specific(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The records with only their specific events (an actor, a number, or their own date or place)."""
    for rec in records:
        yield {**rec, "events": [ev for ev in rec.get("events") or [] if ev.get("specific", True)]}


def export(paths: list[str], fmt: str, output: str = "-", all_modalities: bool = False,
           specific: bool = False) -> int:
    """Export the events of the extraction output files ``paths``; return the number exported.
    ``specific``: leave out events the text ties to nothing of their own (generic mentions)."""
    records = _read(paths)
    if specific:
        records = only_specific(records)
    target = nullcontext(sys.stdout) if output == "-" else open(  # noqa: SIM115 - closed by the with below
        output, "w", encoding="utf-8", newline="")
    with target as out:
        if fmt == "acled-csv":
            return write_acled_csv(records, out, all_modalities)
        if fmt == "geojson":
            fc = geojson(records, all_modalities)
            json.dump(fc, out, ensure_ascii=False)
            out.write("\n")
            return len(fc["features"])
        n = 0
        for ev in event_lines(records, all_modalities):
            out.write(json.dumps(ev, ensure_ascii=False) + "\n")
            n += 1
        return n


def _run(args: argparse.Namespace) -> int:
    try:
        n = export(args.inputs, args.format, args.output, args.all_modalities, args.specific)
    except (OSError, json.JSONDecodeError) as exc:
        print(f"rasad export: {exc}", file=sys.stderr)
        return 1
    print(f"rasad export: {n} events written ({args.format})", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``export`` command to the ``rasad`` parser (set ``func`` on each subcommand)."""
    p = sub.add_parser("export", help="events as ACLED-style CSV, GeoJSON or JSON Lines")
    p.add_argument("inputs", nargs="+", help="output files of rasad extract (JSON Lines)")
    p.add_argument("--format", "-f", choices=FORMATS, default="acled-csv")
    p.add_argument("-o", "--output", default="-", help="file to write (default: standard output)")
    p.add_argument("--all-modalities", action="store_true",
                   help="also export negated, future and hypothetical events")
    p.add_argument("--specific", action="store_true",
                   help="only events tied to an actor, a number, or their own date or place")
    p.set_defaults(func=_run)
