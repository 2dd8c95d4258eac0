"""Choosing what a knowledge-base name stands for, settling overlaps, and geocoding.

Knowledge-base hits (:meth:`rasad.kb.KnowledgeBase.scan`) are resolved in two passes.  The first pass
collects the *confident* places: names that only name places, none of them flagged.  They give the
document's context: its main country (that of most of its places below a country, else the country it
names most) and main city (the most mentioned Syrian city or town), and the set of places an
``ambiguous`` name may belong to.  The second pass chooses, for every hit:

* a name flagged ``common`` is a place only after a place word (حي، بلدة، ريف، شرق …) or in a list
  with confident places (حمص وحماة);
* a name flagged ``ambiguous`` is a place in those cases too, or when a city or district above it
  is the document's main city or is named in the same paragraph (الأشرفية with حلب is Aleppo's);
* among several places of one name: the one inside a place the document mentions, then one in the
  document's main country, then a governorate after محافظة/ريف, then a settlement before an
  administrative unit, then the first listed;
* a place beats a person or actor of the same name unless its flags rule it out;
* among several actors or people of one name: one of the document's main country, then a person, then the
  first listed.

Pattern names (``patterns.py``) and hits are merged longest first (a hit wins a tie).  An unknown
place is placed ``near`` a known settlement in its sentence, else near the document's main city.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rasad.document import Geo
from rasad.entities.lexicon import Lexicon, lexicon, stem_in
from rasad.entities.patterns import Candidate, Scan
from rasad.kb import Actor, Hit, KnowledgeBase, Person, Place, Record, record_type
from rasad.kb.model import SETTLEMENT_KINDS
from rasad.text.proclitics import inventory

AND, THEN = inventory().conjunctions[:1], tuple(inventory().conjunctions[1:])  # و, and ف: segment.yaml's conjunctions

_KIND_RANK = {"city": 4, "town": 4, "village": 4, "country": 4, "neighbourhood": 3, "camp": 3, "region": 2,
              "governorate": 1, "district": 0, "subdistrict": 0}


@dataclass(slots=True)
class Chosen:
    """A resolved name: a span (normalised), its type and, when known, its record."""

    start: int
    end: int
    type: str
    source: str
    record: Record | None = None
    kind: str | None = None
    hit: Hit | None = None
    priority: int = 0
    reported: bool = True  # False: a description or a role, given to the events stage only


@dataclass(slots=True)
class Context:
    """What the confident places say about a document."""

    ids: set[str]
    country: str | None
    main_city: Place | None
    by_paragraph: dict[int, set[str]]  # paragraph start -> confident place ids named in it
    listed: set[int]  # starts of hits joined by و or a comma to a confident place (حمص وحماة)


def _confident(h: Hit) -> bool:
    records = h.records
    if len(records) == 1:  # most names: no generator
        return isinstance(records[0], Place) and not records[0].flags
    return bool(records) and all(isinstance(r, Place) and not r.flags for r in records)


def context(hits: list[Hit], kb: KnowledgeBase, text: str, paragraphs: list[int]) -> Context:
    """The confident places of a document, its main country and city, and the places listed with them
    (``paragraphs``: the start of the paragraph of each hit)."""
    ids: set[str] = set()
    by_paragraph: dict[int, set[str]] = {}
    countries: Counter[str] = Counter()
    named: Counter[str] = Counter()  # countries named as such (اليمن): the main country when no place tells it
    cities: Counter[str] = Counter()
    confident = [_confident(h) for h in hits]
    for h, sure, paragraph in zip(hits, confident, paragraphs, strict=True):
        if not sure:
            continue
        places = [r for r in h.records if isinstance(r, Place)]
        para = by_paragraph.setdefault(paragraph, set())
        for p in places:
            ids.add(p.id)
            para.add(p.id)
            if p.kind in SETTLEMENT_KINDS and p.country == "SY":
                cities[p.id] += 1
        if places[0].country and all(p.country == places[0].country for p in places):
            countries[places[0].country] += places[0].kind != "country"
            named[places[0].country] += places[0].kind == "country"
    listed: set[int] = set()
    for k in range(len(hits) - 1):
        a, b = hits[k], hits[k + 1]
        if not (confident[k] or confident[k + 1]):
            continue  # nothing to list with
        gap, proclitic = text[a.end:b.token_start].strip(), text[b.token_start:b.start]
        if proclitic.startswith(THEN):
            continue  # a clause going on, no list: مخيم الرشيدية، فدمر (and destroyed), not the suburb دمر
        if gap == "," or gap == AND or gap == "" and proclitic.startswith(AND):
            if confident[k]:
                listed.add(b.start)
            if confident[k + 1]:
                listed.add(a.start)
    main = kb.places[cities.most_common(1)[0][0]] if cities else None
    country = countries.most_common(1)[0][0] if countries and countries.most_common(1)[0][1] else \
        named.most_common(1)[0][0] if named else None
    return Context(ids, country, main, by_paragraph, listed)


def _place_ok(p: Place, h: Hit, confirmed: bool, ctx: Context, kb: KnowledgeBase, paragraph: int) -> bool:
    """Flags: ``common`` needs a place word before it (or a list of places around it); ``ambiguous``
    also passes when a city or district above it is the main city or is named in the same paragraph,
    or, for a governorate or city right under a country (صلاح الدين in Iraq), when that country is the
    document's."""
    if not p.flags or confirmed or h.start in ctx.listed:
        return True
    if "common" in p.flags:
        return False
    near = ctx.by_paragraph.get(paragraph, set())
    main = ctx.main_city.id if ctx.main_city else None
    ancestors = kb.ancestors(p.id)
    if ancestors and ancestors[0].kind == "country" and p.kind in ("governorate", "city"):
        return ancestors[0].country == ctx.country
    return any(a.kind not in ("country", "governorate") and (a.id == main or a.id in near) for a in ancestors)


def _place_score(p: Place, ctx: Context, kb: KnowledgeBase, want_gov: bool, order: int) -> tuple:
    inside = any(a.id in ctx.ids for a in kb.ancestors(p.id))
    return (inside, p.country == ctx.country, want_gov and p.kind == "governorate",
            _KIND_RANK.get(p.kind, 2), -order)


def choose(h: Hit, scan: Scan, ctx: Context, kb: KnowledgeBase, paragraph: int) -> Chosen | None:
    """The record a knowledge-base hit stands for, or None when it should not be reported."""
    confirmed = h.start in scan.confirmed
    places = [r for r in h.records
              if isinstance(r, Place) and (not r.flags or _place_ok(r, h, confirmed, ctx, kb, paragraph))]
    if places:
        want_gov = h.start in scan.governorate_wanted
        best = places[0] if len(places) == 1 else max(
            enumerate(places), key=lambda ip: _place_score(ip[1], ctx, kb, want_gov, ip[0]))[1]
        return Chosen(h.start, h.end, "LOC", "kb", best, best.kind, h)
    others = [r for r in h.records if not isinstance(r, Place)]
    if not others:
        return None
    if len(others) > 1 and ctx.country:  # one name, several actors: the document's country's (جيش التحرير
        local = [r for r in others if r.country == ctx.country]  # الوطني in Algeria is the ALN, not the ELN)
        others = local or others
    best = next((r for r in others if isinstance(r, Person)), others[0])
    if isinstance(best, Actor) and h.key in lexicon().generic_forces and best.country != ctx.country:
        # (القوات الحكومية in a story about Yemen are Yemen's forces, or forces the base does not know)
        nat = kb.by_country.get(f"cc-{ctx.country.lower()}") if ctx.country else None
        forces = kb.actors.get(nat.forces_actor) if nat is not None and nat.forces_actor else None
        if forces is None:
            return Chosen(h.start, h.end, "ORG", "kb", None, best.type, h, priority=2 if confirmed else 0)
        best = forces
    kind = "person" if isinstance(best, Person) else best.type
    return Chosen(h.start, h.end, record_type(best), "kb", best, kind, h, priority=2 if confirmed else 0)


def merge(chosen: list[Chosen], candidates: list[Candidate]) -> list[Chosen]:
    """Knowledge-base names and pattern names without overlaps: longest first, then by priority."""
    items = list(chosen)
    for c in candidates:
        rec = None
        kind = c.kind
        if c.person_hit is not None:
            rec = next(r for r in c.person_hit.records if isinstance(r, Person))
            kind = "person"
        items.append(Chosen(c.start, c.end, c.type, c.source, rec, kind, c.person_hit, priority=1))
    items.sort(key=lambda x: (x.start - x.end, x.priority, x.start))
    out: list[Chosen] = []
    taken = bytearray(max((x.end for x in items), default=0) + 1)
    for x in items:
        if taken.find(1, x.start, x.end) >= 0:
            continue
        taken[x.start:x.end] = b"\x01" * (x.end - x.start)
        out.append(x)
    out.sort(key=lambda x: x.start)
    return out


def geocode(items: list[Chosen], kb: KnowledgeBase, ctx: Context, sentence_of, text: str) -> list[Geo | None]:
    """A Geo for every place (None for people and organisations).

    An unknown place is anchored, in this order, at a known place (not a country) that follows it
    after في/ب within a few words ("منطقة المبروكات في ريف الحسكة", "حي الفروس في حلب"), at the
    nearest known settlement of its sentence, or at the document's main city; its precision is then
    ``near`` (``admin1`` when the anchor is a governorate).
    """
    places = [x for x in items if isinstance(x.record, Place) and x.record.kind != "country"]
    settlements = [(x.start, x.record) for x in places if x.record.kind in SETTLEMENT_KINDS and x.record.lat is not None]
    out: list[Geo | None] = []
    for x in items:
        if x.type != "LOC":
            out.append(None)
        elif isinstance(x.record, Place):
            out.append(kb.geo(x.record.id))
        else:
            out.append(_near(x, places, settlements, kb, ctx, sentence_of, text))
    return out


def _near(x: Chosen, places: list[Chosen], settlements: list[tuple[int, Place]], kb: KnowledgeBase,
          ctx: Context, sentence_of, text: str) -> Geo | None:
    gap = lexicon().anchor_gap
    anchor = next((p.record for p in places if x.end < p.start <= x.end + 24
                   and gap.fullmatch(text, x.end, p.start)), None)
    if anchor is None:
        s = sentence_of(x.start)
        near = [(abs(pos - x.start), p) for pos, p in settlements if s.start <= pos < s.end]
        anchor = min(near, key=lambda t: t[0])[1] if near else ctx.main_city
    g = kb.geo(anchor.id) if anchor else None
    if g is not None and g.precision == "exact":
        g.precision = "near"
    return g


def descriptions_and_roles(items: list[Chosen], text: str, lex: Lexicon, kb: KnowledgeBase) -> None:
    """Mark the actor names that describe rather than name ("القوات الكردية", "الجانب الأميركي") and the
    ministries inside a title ("وزير الخارجية والمغتربين") as not reported; keep the name inside a
    description when it is one ("فرق الدفاع المدني" → الدفاع المدني)."""
    for x in items:
        if x.type != "ORG":
            continue
        if x.hit is not None and x.source == "kb":
            key = x.hit.key
            head = _description_head(key, lex.description_heads)
            if head is not None:
                rest = key[len(head) + 1:]
                if x.record in kb.names.get(rest, ()) and text.endswith(rest, x.start, x.end):
                    x.start = x.end - len(rest)
                else:
                    x.reported = False
                    x.source = "description"
                continue
        before = text[max(0, x.start - 24):x.start].split()
        name = text[x.start:x.end]
        if before and stem_in(before[-1], lex.role_titles) and any(
                name == o or name.startswith(o + " ") for o in lex.role_objects):
            x.reported = False
            x.source = "role"


@lru_cache(maxsize=4096)
def _description_head(key: str, heads: tuple[str, ...]) -> str | None:
    """The first of ``heads`` that is ``key`` or its first words (cached: the keys are the names of the
    knowledge base, at most 4,096 of them kept)."""
    starts = {key[:i] for i, c in enumerate(key) if c == " "}
    starts.add(key)
    return next((h for h in heads if h in starts), None)
