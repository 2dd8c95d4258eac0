"""Records of the knowledge base: places, actors, people and nationality adjectives.

The column layouts are fixed (``notes``: kb_schema); each record keeps the file and line it came
from (``origin``) so that a problem can be reported where an analyst can fix it.
"""

from __future__ import annotations

from dataclasses import dataclass

PLACE_COLUMNS = ("id", "name", "aliases", "name_en", "kind", "lat", "lon", "country", "admin1", "admin2",
                 "pcode", "parent", "flags")
ACTOR_COLUMNS = ("id", "name", "aliases", "name_en", "type", "side", "country", "inter", "cameo", "parent",
                 "notes")
PERSON_COLUMNS = ("id", "name", "aliases", "name_en", "role", "actor", "country", "notes")
NATIONALITY_COLUMNS = ("adjective", "country", "state_actor", "forces_actor", "air_force_actor")

PLACE_KINDS = frozenset((
    "country", "governorate", "district", "subdistrict", "region", "city", "town", "village",
    "neighbourhood", "camp", "road", "crossing", "base", "airport", "facility", "mountain", "river",
    "landmark",
))
ACTOR_TYPES = frozenset((
    "state_forces", "government", "rebel_group", "islamist_group", "kurdish_forces", "foreign_state_forces",
    "militia", "international_org", "civil_society", "media", "political_party", "negotiating_body",
    "state_body",
))
SIDES = frozenset((
    "government", "opposition", "jihadist", "kurdish", "coalition", "russia_iran", "turkey", "international",
    "neutral", "media", "other",
))
PLACE_FLAGS = frozenset(("ambiguous", "common"))

# Kinds that stand for a populated place a reader would call "the city" of a document.
SETTLEMENT_KINDS = frozenset(("city", "town", "village"))


@dataclass(slots=True, frozen=True)
class Place:
    """A row of ``places*.tsv``."""

    id: str
    name: str
    aliases: tuple[str, ...]
    name_en: str | None
    kind: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    admin2: str | None
    pcode: str | None
    parent: str | None
    flags: frozenset[str]
    origin: str = ""

    table = "place"


@dataclass(slots=True, frozen=True)
class Actor:
    """A row of ``actors.tsv``: a government, armed force, group, organisation or outlet."""

    id: str
    name: str
    aliases: tuple[str, ...]
    name_en: str | None
    type: str
    side: str | None
    country: str | None
    inter: int | None
    cameo: str | None
    parent: str | None
    notes: str | None
    origin: str = ""

    table = "actor"


@dataclass(slots=True, frozen=True)
class Person:
    """A row of ``people.tsv``."""

    id: str
    name: str
    aliases: tuple[str, ...]
    name_en: str | None
    role: str | None
    actor: str | None
    country: str | None
    notes: str | None
    origin: str = ""

    table = "person"


@dataclass(slots=True, frozen=True)
class Nationality:
    """A row of ``nationalities.tsv``: adjective forms and the state, forces and air force they point to."""

    adjectives: tuple[str, ...]
    country: str
    state_actor: str | None
    forces_actor: str | None
    air_force_actor: str | None
    origin: str = ""

    table = "nationality"


Record = Place | Actor | Person
