"""Consistency checks of the actor, people and nationality tables of the knowledge base.

    .venv/bin/python bench/check_actors.py [KB_DIR]

Plain csv checks on ``src/rasad/data/kb/{actors,people,nationalities}.tsv`` (or KB_DIR): header and cell
counts, unique lowercase-slug ids, parents that exist, valid type / side / inter values, people.actor and
nationality ids that exist in actors.tsv (or are ``cc-xx`` country ids, checked against places*.tsv when
those are present), and no alias (after normalisation) shared by two different ids, unless they are
actors of different countries (the entities stage takes the one of the document's country: جيش التحرير
الوطني is Colombia's ELN in a story about Colombia, the ALN in one about Algeria). Aliases also used by
a place are listed as warnings. Prints every problem and exits 1 if there was an error.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from rasad.kb.model import (
    ACTOR_COLUMNS,
    ACTOR_TYPES,
    NATIONALITY_COLUMNS,
    PERSON_COLUMNS,
    SIDES,
)
from rasad.text.normalise import normalise_key

KB_DIR = Path(__file__).resolve().parents[1] / "src" / "rasad" / "data" / "kb"
SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
COUNTRY_ID = re.compile(r"^cc-[a-z]{2}$")


class Report:
    """Collects errors and warnings as ``file:line: message``."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"{where}: {msg}")


def rows(path: Path, columns: tuple[str, ...], rep: Report) -> Iterator[tuple[str, dict[str, str]]]:
    """``(where, row)`` for each data row of a TSV file; comment and blank lines are skipped."""
    header: list[str] | None = None
    with open(path, encoding="utf-8", newline="") as f:
        for lineno, cells in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            where = f"{path.name}:{lineno}"
            if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in cells]
            if header is None:
                header = cells
                missing = [c for c in columns if c not in header]
                if missing:
                    rep.error(where, f"header lacks {missing}")
                    return
                continue
            while len(cells) > len(header) and not cells[-1]:
                cells.pop()
            if len(cells) > len(header):
                rep.error(where, f"{len(cells)} cells, header has {len(header)}")
                continue
            cells += [""] * (len(header) - len(cells))
            yield where, dict(zip(header, cells, strict=True))


def split(cell: str) -> list[str]:
    """The values of a ``|``-separated cell."""
    return [x.strip() for x in cell.split("|") if x.strip()]


def place_index(kb: Path, rep: Report) -> tuple[set[str], dict[str, set[str]]]:
    """Ids of all places and, for each normalised name/alias, the place ids using it."""
    ids: set[str] = set()
    names: dict[str, set[str]] = defaultdict(set)
    for path in sorted(kb.glob("places*.tsv")):
        for _, row in rows(path, ("id", "name", "aliases"), rep):
            ids.add(row["id"])
            for name in [row["name"], *split(row["aliases"])]:
                names[normalise_key(name)].add(row["id"])
    return ids, names


def check(kb: Path) -> Report:
    """Run every check on the tables in ``kb``."""
    rep = Report()
    place_ids, place_names = place_index(kb, rep)
    aliases: dict[str, dict[str, str]] = defaultdict(dict)  # normalised alias -> {id: where}

    def add_names(ident: str, names: list[str], where: str) -> None:
        for name in names:
            key = normalise_key(name)
            if not key:
                continue
            aliases[key].setdefault(ident, where)

    actors: dict[str, dict[str, str]] = {}
    where_of: dict[str, str] = {}
    for where, row in rows(kb / "actors.tsv", ACTOR_COLUMNS, rep):
        ident = row["id"]
        if not SLUG.match(ident):
            rep.error(where, f"id {ident!r} is not a lowercase ASCII slug")
        if ident in actors:
            rep.error(where, f"duplicate actor id {ident} (first at {where_of[ident]})")
        if not row["name"]:
            rep.error(where, f"{ident}: empty name")
        if row["type"] not in ACTOR_TYPES:
            rep.error(where, f"{ident}: type {row['type']!r} not in {sorted(ACTOR_TYPES)}")
        if row["side"] and row["side"] not in SIDES:
            rep.error(where, f"{ident}: side {row['side']!r} not in {sorted(SIDES)}")
        if row["inter"] and row["inter"] not in {str(i) for i in range(1, 9)}:
            rep.error(where, f"{ident}: inter {row['inter']!r} is not 1-8")
        if row["country"] and not re.fullmatch(r"[A-Z]{2}", row["country"]):
            rep.error(where, f"{ident}: country {row['country']!r} is not ISO 3166 alpha-2")
        actors[ident] = row
        where_of.setdefault(ident, where)
        add_names(ident, [row["name"], *split(row["aliases"])], where)
    for ident, row in actors.items():
        if row["parent"] and row["parent"] not in actors:
            rep.error(where_of[ident], f"{ident}: parent {row['parent']!r} is not an actor id")
        if row["parent"] == ident:
            rep.error(where_of[ident], f"{ident}: is its own parent")

    def known(ref: str) -> bool:
        if ref in actors:
            return True
        if COUNTRY_ID.match(ref):
            return not place_ids or ref in place_ids
        return False

    people: set[str] = set()
    for where, row in rows(kb / "people.tsv", PERSON_COLUMNS, rep):
        ident = row["id"]
        if not SLUG.match(ident):
            rep.error(where, f"id {ident!r} is not a lowercase ASCII slug")
        if ident in people or ident in actors:
            rep.error(where, f"duplicate id {ident}")
        people.add(ident)
        if not row["name"]:
            rep.error(where, f"{ident}: empty name")
        if row["actor"] and not known(row["actor"]):
            rep.error(where, f"{ident}: actor {row['actor']!r} is neither an actor id nor a known cc-xx id")
        add_names(ident, [row["name"], *split(row["aliases"])], where)

    countries: set[str] = set()
    for where, row in rows(kb / "nationalities.tsv", NATIONALITY_COLUMNS, rep):
        country = row["country"]
        if not COUNTRY_ID.match(country) or (place_ids and country not in place_ids):
            rep.error(where, f"country {country!r} is not a known cc-xx place id")
        if country in countries:
            rep.error(where, f"second row for {country}")
        countries.add(country)
        for col in ("state_actor", "forces_actor", "air_force_actor"):
            if row[col] and row[col] not in actors:
                rep.error(where, f"{col} {row[col]!r} is not an actor id")
        add_names(country, split(row["adjective"]), where)

    for key, owners in sorted(aliases.items()):
        lands = [actors[i]["country"] if i in actors else "" for i in owners] if len(owners) > 1 else []
        if lands and not (all(lands) and len(set(lands)) == len(lands)):
            rep.error(", ".join(sorted(set(owners.values()))),
                      f"alias {key!r} shared by {sorted(owners)}")
        others = place_names.get(key, set()) - set(owners)
        if others:
            rep.warn(next(iter(owners.values())),
                     f"alias {key!r} of {sorted(owners)} is also a place name of {sorted(others)}")
    return rep


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kb", nargs="?", default=str(KB_DIR), help="directory of the KB tables")
    args = ap.parse_args()
    kb = Path(args.kb)
    rep = check(kb)
    counts = {}
    for table, cols in (("actors", ACTOR_COLUMNS), ("people", PERSON_COLUMNS),
                        ("nationalities", NATIONALITY_COLUMNS)):
        counts[table] = sum(1 for _ in rows(kb / f"{table}.tsv", cols, Report()))
    print("rows: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    for w in rep.warnings:
        print(f"warning: {w}")
    for e in rep.errors:
        print(f"ERROR: {e}")
    print(f"{len(rep.errors)} error(s), {len(rep.warnings)} warning(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
