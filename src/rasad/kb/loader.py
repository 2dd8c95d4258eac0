"""Reading and validating the knowledge-base TSV files, packaged and overlaid.

Files live in ``rasad/data/kb/``: ``places*.tsv`` (any number), ``actors.tsv``, ``people.tsv``,
``nationalities.tsv``.  A user's files of the same names in the overlay directories (``RASAD_DATA``,
else :func:`rasad.resources.user_data_dir`) under ``kb/`` are read after the packaged ones; a row whose
id already exists replaces the earlier row.  Every problem is reported as ``file:line: message``;
a bad row is skipped (and listed in :attr:`Tables.problems`) rather than stopping a run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasad.kb.model import (
    ACTOR_COLUMNS,
    ACTOR_TYPES,
    NATIONALITY_COLUMNS,
    PERSON_COLUMNS,
    PLACE_COLUMNS,
    PLACE_FLAGS,
    PLACE_KINDS,
    SIDES,
    Actor,
    Nationality,
    Person,
    Place,
)
from rasad.resources import data_path, user_data_dir

KB_DIR = "kb"
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_.")


def overlay_dirs() -> list[Path]:
    """The user's overlay ``kb`` directories, in the order they are applied."""
    env = os.environ.get("RASAD_DATA", "")
    dirs = [Path(d) for d in env.split(os.pathsep) if d] if env else [user_data_dir()]
    return [d / KB_DIR for d in dirs if (d / KB_DIR).is_dir()]


def kb_files() -> dict[str, list[Path]]:
    """The files of each table (``places``, ``actors``, ``people``, ``nationalities``), packaged first."""
    dirs = [data_path(KB_DIR), *overlay_dirs()]
    out: dict[str, list[Path]] = {"places": [], "actors": [], "people": [], "nationalities": []}
    for d in dirs:
        if not d.is_dir():
            continue
        out["places"].extend(sorted(d.glob("places*.tsv")))
        for table in ("actors", "people", "nationalities"):
            if (d / f"{table}.tsv").is_file():
                out[table].append(d / f"{table}.tsv")
    return out


def read_rows(path: Path, columns: tuple[str, ...], problems: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, row)`` for each data line of a TSV file whose header holds ``columns``."""
    header: list[str] | None = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                missing = [c for c in columns if c not in header]
                if missing:
                    problems.append(f"{path}:{lineno}: header lacks column(s) {', '.join(missing)}")
                    return
                continue
            while len(cells) > len(header) and not cells[-1]:
                cells.pop()  # trailing empty cells (an editor's stray TABs) are harmless
            if len(cells) > len(header):
                problems.append(f"{path}:{lineno}: {len(cells)} cells but the header has {len(header)} "
                                "(a stray TAB?)")
                continue
            cells += [""] * (len(header) - len(cells))
            yield lineno, dict(zip(header, cells, strict=True))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _slug_ok(s: str) -> bool:
    return bool(s) and set(s) <= _ID_CHARS


def _float(cell: str, lo: float, hi: float, what: str, where: str, problems: list[str]) -> float | None:
    if not cell:
        return None
    try:
        v = float(cell)
    except ValueError:
        problems.append(f"{where}: {what} {cell!r} is not a number")
        return None
    if not lo <= v <= hi:
        problems.append(f"{where}: {what} {v} is outside [{lo}, {hi}]")
        return None
    return v


def parse_place(row: dict[str, str], where: str, problems: list[str]) -> Place | None:
    """A :class:`Place` from a row, or None (with the reason added to ``problems``)."""
    if not _slug_ok(row["id"]):
        problems.append(f"{where}: id {row['id']!r} must be a lowercase ASCII slug")
        return None
    if not row["name"]:
        problems.append(f"{where}: place {row['id']} has no name")
        return None
    if row["kind"] not in PLACE_KINDS:
        problems.append(f"{where}: place {row['id']}: kind {row['kind']!r} is not one of {sorted(PLACE_KINDS)}")
        return None
    flags = frozenset(_split(row["flags"]))
    if flags - PLACE_FLAGS:
        problems.append(f"{where}: place {row['id']}: unknown flag(s) {sorted(flags - PLACE_FLAGS)}")
        flags &= PLACE_FLAGS
    lat = _float(row["lat"], -90, 90, "lat", where, problems)
    lon = _float(row["lon"], -180, 180, "lon", where, problems)
    if (lat is None) != (lon is None):
        problems.append(f"{where}: place {row['id']}: lat and lon must both be given or both be empty")
        lat = lon = None
    country = row["country"].upper() or None
    if country and (len(country) != 2 or not country.isalpha()):
        problems.append(f"{where}: place {row['id']}: country {country!r} is not an ISO 3166 alpha-2 code")
    return Place(row["id"], row["name"], _split(row["aliases"]), row["name_en"] or None, row["kind"], lat, lon,
                 country, row["admin1"] or None, row["admin2"] or None, row["pcode"] or None,
                 row["parent"] or None, flags, where)


def parse_actor(row: dict[str, str], where: str, problems: list[str]) -> Actor | None:
    """An :class:`Actor` from a row, or None."""
    if not _slug_ok(row["id"]) or not row["name"]:
        problems.append(f"{where}: actor needs a lowercase slug id and a name (got {row['id']!r})")
        return None
    if row["type"] not in ACTOR_TYPES:
        problems.append(f"{where}: actor {row['id']}: type {row['type']!r} is not one of {sorted(ACTOR_TYPES)}")
        return None
    side = row["side"] or None
    if side and side not in SIDES:
        problems.append(f"{where}: actor {row['id']}: side {side!r} is not one of {sorted(SIDES)}")
        side = None
    inter = None
    if row["inter"]:
        if row["inter"].isdigit() and 1 <= int(row["inter"]) <= 8:
            inter = int(row["inter"])
        else:
            problems.append(f"{where}: actor {row['id']}: inter {row['inter']!r} must be 1..8")
    return Actor(row["id"], row["name"], _split(row["aliases"]), row["name_en"] or None, row["type"], side,
                 row["country"].upper() or None, inter, row["cameo"] or None, row["parent"] or None,
                 row["notes"] or None, where)


def parse_person(row: dict[str, str], where: str, problems: list[str]) -> Person | None:
    """A :class:`Person` from a row, or None."""
    if not _slug_ok(row["id"]) or not row["name"]:
        problems.append(f"{where}: person needs a lowercase slug id and a name (got {row['id']!r})")
        return None
    return Person(row["id"], row["name"], _split(row["aliases"]), row["name_en"] or None, row["role"] or None,
                  row["actor"] or None, row["country"].upper() or None, row["notes"] or None, where)


def parse_nationality(row: dict[str, str], where: str, problems: list[str]) -> Nationality | None:
    """A :class:`Nationality` from a row, or None."""
    forms = _split(row["adjective"])
    if not forms or not row["country"]:
        problems.append(f"{where}: a nationality needs adjective forms and a country id")
        return None
    return Nationality(forms, row["country"], row["state_actor"] or None, row["forces_actor"] or None,
                       row["air_force_actor"] or None, where)


@dataclass(slots=True)
class Tables:
    """The four tables after overlay, and every problem found while reading them."""

    places: dict[str, Place] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    nationalities: list[Nationality] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


_PARSERS = {
    "places": (PLACE_COLUMNS, parse_place),
    "actors": (ACTOR_COLUMNS, parse_actor),
    "people": (PERSON_COLUMNS, parse_person),
}


def read_tables(files: dict[str, list[Path]] | None = None) -> Tables:
    """Read and validate every knowledge-base file (default: :func:`kb_files`)."""
    files = kb_files() if files is None else files
    t = Tables()
    for table, (columns, parse) in _PARSERS.items():
        target: dict = getattr(t, table)
        seen: dict[str, str] = {}  # ids of the current directory (packaged or one overlay)
        folder = None
        for path in files.get(table, []):
            if path.parent != folder:
                folder, seen = path.parent, {}
            for lineno, row in read_rows(path, columns, t.problems):
                where = f"{path}:{lineno}"
                rec = parse(row, where, t.problems)
                if rec is None:
                    continue
                if rec.id in seen:
                    t.problems.append(f"{where}: id {rec.id} already used at {seen[rec.id]}")
                    continue
                seen[rec.id] = where
                target[rec.id] = rec  # a later file (an overlay) replaces a row with the same id
    for path in files.get("nationalities", []):
        for lineno, row in read_rows(path, NATIONALITY_COLUMNS, t.problems):
            nat = parse_nationality(row, f"{path}:{lineno}", t.problems)
            if nat:
                t.nationalities.append(nat)
    _check_links(t)
    return t


def _check_links(t: Tables) -> None:
    """Parents, actors and nationality targets must exist; parent chains must not loop."""
    every = t.places.keys() | t.actors.keys()
    for p in t.places.values():
        if p.parent and p.parent not in t.places:
            t.problems.append(f"{p.origin}: place {p.id}: parent {p.parent} is not a place id")
    for p in t.places.values():
        seen = {p.id}
        q = p
        while q.parent in t.places:
            q = t.places[q.parent]
            if q.id in seen:
                t.problems.append(f"{p.origin}: place {p.id}: its parent chain loops at {q.id}")
                break
            seen.add(q.id)
    for a in t.actors.values():
        if a.parent and a.parent not in every:
            t.problems.append(f"{a.origin}: actor {a.id}: parent {a.parent} is not an actor or place id")
    for person in t.people.values():
        if person.actor and person.actor not in every:
            t.problems.append(f"{person.origin}: person {person.id}: actor {person.actor} is not an actor or place id")
    for n in t.nationalities:
        if n.country not in t.places:
            t.problems.append(f"{n.origin}: nationality {n.adjectives[0]}: country {n.country} is not a place id")
        for a in (n.state_actor, n.forces_actor, n.air_force_actor):
            if a and a not in t.actors:
                t.problems.append(f"{n.origin}: nationality {n.adjectives[0]}: {a} is not an actor id")
