"""The one document model every stage reads and writes.

A :class:`Document` holds the ORIGINAL text and everything rasad found in it.  Every item that
points into the text (entity, timex, quantity, event evidence) carries ``start``/``end`` character
offsets into that original text, so that ``doc.text[item.start:item.end] == item.text`` always
holds.  Stages work on the normalised text (``doc.norm``) and convert their spans back with
:meth:`Document.span`, which is the only place where that conversion happens.

Serialisation follows ``shared/contract/README.md`` (the output contract): :meth:`Document.to_dict`
writes exactly the contract's fields plus any extra fields we add; :meth:`Document.from_dict` reads
both the input form (``id,text,published,...``) and a full output record.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from rasad.text.normalise import NormalisedText
    from rasad.text.segment import Segmentation

ENTITY_TYPES = ("PER", "ORG", "LOC")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
TIMEX_ANCHORS = ("absolute", "published", "narrative")
GEO_PRECISIONS = ("exact", "near", "admin1", "country")
APPROX = ("exact", "about", "more_than", "less_than", "at_least", "range")
QUANTITY_CATEGORIES = (
    "killed", "injured", "missing", "displaced", "evacuated", "arrested", "people", "civilians",
    "fighters", "strikes", "violations", "facilities", "vehicles", "other",
)
EVENT_CATEGORIES = (
    "armed_clash", "territory_change", "air_strike", "shelling", "bombing", "attack_on_civilians",
    "siege", "ceasefire", "agreement", "evacuation", "negotiation", "statement", "protest", "riot",
    "arrest", "looting", "deployment", "group_change",
)
MODALITIES = ("asserted", "negated", "future", "hypothetical")
DATE_PRECISIONS = ("day", "week", "month", "year")
ACTOR_ROLES = ("actor1", "actor2", "assoc")


def _drop_none_extras(d: dict[str, Any], extras: tuple[str, ...]) -> dict[str, Any]:
    """Remove optional extra fields that are None, keeping every contract field."""
    for k in extras:
        if d.get(k) is None:
            d.pop(k, None)
    return d


@dataclass(slots=True)
class Geo:
    """Coordinates and administrative placement of a place."""

    lat: float | None
    lon: float | None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    precision: str = "exact"

    def to_dict(self) -> dict[str, Any]:
        return {"lat": self.lat, "lon": self.lon, "country": self.country, "admin1": self.admin1,
                "admin2": self.admin2, "precision": self.precision}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Geo | None:
        if not d:
            return None
        return cls(d.get("lat"), d.get("lon"), d.get("country"), d.get("admin1"), d.get("admin2"),
                   d.get("precision", "exact"))


@dataclass(slots=True)
class Canonical:
    """The knowledge-base entry an entity resolves to."""

    id: str
    name: str
    name_en: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "name_en": self.name_en}


@dataclass(slots=True)
class Entity:
    """A named person, organisation or place mentioned in the text."""

    text: str
    start: int
    end: int
    type: str
    canonical: Canonical | None = None
    geo: Geo | None = None
    kind: str | None = None  # extra: actor type / place kind from the knowledge base

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "start": self.start, "end": self.end, "type": self.type,
             "canonical": self.canonical.to_dict() if self.canonical else None,
             "geo": self.geo.to_dict() if self.geo else None, "kind": self.kind}
        return _drop_none_extras(d, ("kind",))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        c = d.get("canonical")
        return cls(d["text"], d["start"], d["end"], d["type"],
                   Canonical(c["id"], c["name"], c.get("name_en")) if c else None,
                   Geo.from_dict(d.get("geo")), d.get("kind"))


@dataclass(slots=True)
class Timex:
    """A temporal expression and its resolved ISO value."""

    text: str
    start: int
    end: int
    type: str
    value: str | None
    anchor: str = "absolute"
    range_from: str | None = None  # extra: first day covered (for month parts, weeks, months)
    range_to: str | None = None  # extra: last day covered

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "start": self.start, "end": self.end, "type": self.type,
             "value": self.value, "anchor": self.anchor, "from": self.range_from, "to": self.range_to}
        return _drop_none_extras(d, ("from", "to"))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Timex:
        return cls(d["text"], d["start"], d["end"], d["type"], d.get("value"), d.get("anchor", "absolute"),
                   d.get("from"), d.get("to"))


@dataclass(slots=True)
class Quantity:
    """A number in the text, with what it counts."""

    text: str
    start: int
    end: int
    value: float | int
    approx: str = "exact"
    category: str = "other"
    value_max: float | int | None = None  # extra: upper bound of a range

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
             "approx": self.approx, "category": self.category, "value_max": self.value_max}
        return _drop_none_extras(d, ("value_max",))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quantity:
        return cls(d["text"], d["start"], d["end"], d["value"], d.get("approx", "exact"),
                   d.get("category", "other"), d.get("value_max"))


@dataclass(slots=True)
class EventDate:
    value: str
    precision: str
    range_from: str | None = None
    range_to: str | None = None
    source: str | None = None  # extra: "clause", "saying", "narrative" or "published"

    def to_dict(self) -> dict[str, Any]:
        d = {"value": self.value, "precision": self.precision, "from": self.range_from,
             "to": self.range_to, "source": self.source}
        return _drop_none_extras(d, ("source",))

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> EventDate | None:
        if not d:
            return None
        return cls(d["value"], d["precision"], d.get("from"), d.get("to"), d.get("source"))


@dataclass(slots=True)
class EventLocation:
    name: str
    canonical_id: str | None = None
    geo: Geo | None = None
    start: int | None = None  # extra: span of the place name in the text
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"name": self.name, "canonical_id": self.canonical_id,
             "geo": self.geo.to_dict() if self.geo else None, "start": self.start, "end": self.end}
        return _drop_none_extras(d, ("start", "end"))

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> EventLocation | None:
        if not d:
            return None
        return cls(d["name"], d.get("canonical_id"), Geo.from_dict(d.get("geo")), d.get("start"), d.get("end"))


@dataclass(slots=True)
class EventActor:
    role: str
    name: str
    canonical_id: str | None = None
    start: int | None = None  # extra: span of the actor's words in the text
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"role": self.role, "name": self.name, "canonical_id": self.canonical_id,
             "start": self.start, "end": self.end}
        return _drop_none_extras(d, ("start", "end"))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventActor:
        return cls(d["role"], d["name"], d.get("canonical_id"), d.get("start"), d.get("end"))


@dataclass(slots=True)
class Evidence:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Event:
    """One happening, typed, dated, placed and qualified, with the words behind it."""

    id: str
    category: str
    evidence: Evidence
    acled: dict[str, str] | None = None
    plover: str | None = None
    date: EventDate | None = None
    location: EventLocation | None = None
    actors: list[EventActor] = field(default_factory=list)
    fatalities: int | None = None
    quantities: list[int] = field(default_factory=list)
    modality: str = "asserted"
    attributed_to: str | None = None
    trigger: Evidence | None = None  # extra: the trigger word(s)
    mentions: list[Evidence] = field(default_factory=list)  # extra: every span merged into it
    specific: bool = True  # extra: the text ties it to an actor, a number, its own date or place

    def to_dict(self) -> dict[str, Any]:
        d = {
            "id": self.id, "category": self.category, "acled": self.acled, "plover": self.plover,
            "date": self.date.to_dict() if self.date else None,
            "location": self.location.to_dict() if self.location else None,
            "actors": [a.to_dict() for a in self.actors], "fatalities": self.fatalities,
            "quantities": list(self.quantities), "modality": self.modality,
            "attributed_to": self.attributed_to, "evidence": self.evidence.to_dict(),
            "trigger": self.trigger.to_dict() if self.trigger else None,
            "mentions": [m.to_dict() for m in self.mentions] or None,
            "specific": self.specific,
        }
        return _drop_none_extras(d, ("trigger", "mentions"))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        ev = d["evidence"]
        tr = d.get("trigger")
        return cls(
            d["id"], d["category"], Evidence(ev["start"], ev["end"], ev["text"]), d.get("acled"),
            d.get("plover"), EventDate.from_dict(d.get("date")), EventLocation.from_dict(d.get("location")),
            [EventActor.from_dict(a) for a in d.get("actors", [])], d.get("fatalities"),
            list(d.get("quantities", [])), d.get("modality", "asserted"), d.get("attributed_to"),
            Evidence(tr["start"], tr["end"], tr["text"]) if tr else None,
            [Evidence(m["start"], m["end"], m["text"]) for m in d.get("mentions") or []],
            bool(d.get("specific", True)),
        )


def stable_id(text: str) -> str:
    """A stable document id derived from the text (first 16 hex digits of its SHA-1)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(slots=True)
class Document:
    """A news text and everything extracted from it.

    ``norm`` and ``seg`` are working state filled by the normalise and segment stages; they are
    not serialised.
    """

    text: str
    id: str = ""
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    published_from: str | None = None  # extra: "input", "dateline", "html", "cli" when published is set
    origin: str = field(default="", repr=False, compare=False)  # file (and line) it was read from
    norm: NormalisedText | None = field(default=None, repr=False, compare=False)
    seg: Segmentation | None = field(default=None, repr=False, compare=False)
    # working state of the entities stage (rasad.entities.Mention, normalised offsets); not serialised
    mentions: list = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = stable_id(self.text)

    # -- offsets ----------------------------------------------------------------------------
    def span(self, nstart: int, nend: int) -> tuple[int, int, str]:
        """Map a span of the normalised text to ``(start, end, text)`` in the original text."""
        assert self.norm is not None, "normalise stage has not run"
        start, end = self.norm.to_original(nstart, nend)
        return start, end, self.text[start:end]

    # -- serialisation ----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The contract record of this document (plus extra fields)."""
        d = {
            "id": self.id, "published": self.published, "source": self.source, "url": self.url,
            "title": self.title,
            "entities": [e.to_dict() for e in self.entities],
            "timexes": [t.to_dict() for t in self.timexes],
            "quantities": [q.to_dict() for q in self.quantities],
            "events": [e.to_dict() for e in self.events],
            "published_from": self.published_from,
        }
        return _drop_none_extras(d, ("title", "published_from"))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        """Read an input record (only ``text`` required) or a full output record."""
        doc = cls(
            text=d.get("text") or "", id=str(d["id"]) if d.get("id") not in (None, "") else "",
            published=d.get("published") or None, source=d.get("source"), url=d.get("url"),
            title=d.get("title"),
            entities=[Entity.from_dict(x) for x in d.get("entities", [])],
            timexes=[Timex.from_dict(x) for x in d.get("timexes", [])],
            quantities=[Quantity.from_dict(x) for x in d.get("quantities", [])],
            events=[Event.from_dict(x) for x in d.get("events", [])],
            published_from=d.get("published_from"),
        )
        if doc.published and not d.get("published_from"):
            doc.published_from = "input"
        return doc
