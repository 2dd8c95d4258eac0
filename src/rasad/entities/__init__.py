"""Entities: knowledge-base matching, descriptor patterns, disambiguation, geocoding (issue 4).

The stage (:func:`run`) fills ``doc.entities`` (contract entities, one per mention, spans in the
original text) and ``doc.mentions`` (:class:`Mention`, normalised offsets, for the events stage):

    >>> from rasad.entities import mentions, nationalities
    >>> for m in mentions(doc):          # every entity mention and every nationality adjective
    ...     m.norm_start, m.norm_end, m.type, m.kb_id, m.record, m.entity_index, m.nationality
    >>> nationalities(doc)               # [(norm_start, norm_end, country, state, forces, air_force)]

How it works and how to extend it: ``docs/entities.md``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from rasad.document import Canonical, Document, Entity
from rasad.entities.lexicon import Lexicon, lexicon
from rasad.entities.patterns import Tokens, scan
from rasad.entities.resolve import choose, context, descriptions_and_roles, geocode, merge
from rasad.kb import Hit, KnowledgeBase, Nationality, Place, Record, load_kb
from rasad.text.normalise import written_with_ha
from rasad.text.segment import Segment

__all__ = ["Mention", "knowledge_base", "mentions", "nationalities", "run"]

# tanween marks an indefinite common noun or adverb (دوماً، درعاً، سلميةً), never a name
_TANWEEN = re.compile("[\u064b-\u064d]")


@dataclass(slots=True)
class Mention:
    """One entity mention or nationality adjective, in NORMALISED offsets.

    ``type`` is PER, ORG, LOC, or NAT for a nationality adjective (reported as a LOC entity of its
    country only after a word for someone who speaks for a state: نظيرهما الإيراني; ``entity_index``
    then points to it).
    ``record`` is the knowledge-base row (:class:`~rasad.kb.Place` with kind/parent/country,
    :class:`~rasad.kb.Actor` with type/side/inter/country/parent, :class:`~rasad.kb.Person` with
    role/actor/country), None for a name the base does not know.  ``nationality`` gives the state,
    forces and air-force actor ids of an adjective (الروسية) or of a country named as a place (روسيا).
    ``source``: kb, place, org, title, byline, speech, given, nationality; or ``description`` (an
    alias that describes its actor: الطائرات الروسية، الجانب الأميركي) and ``role`` (a ministry inside a
    title: وزير الخارجية والمغتربين), which are mentions of the actor without an entity.
    """

    norm_start: int
    norm_end: int
    type: str
    source: str
    kb_id: str | None = None
    record: Record | None = None
    entity_index: int | None = None
    nationality: Nationality | None = None

    @property
    def is_nationality(self) -> bool:
        """True for a nationality adjective (no entity)."""
        return self.type == "NAT"


def _written_ha(doc: Document) -> Callable[[int], bool]:
    """Whether token ``i`` ends in a ه in the original text (:func:`rasad.text.normalise.written_with_ha`)."""
    assert doc.norm is not None and doc.seg is not None
    original, ends, norm = doc.text, doc.seg.token_ends, doc.norm
    return lambda i: written_with_ha(original, norm, ends[i])


def run(doc: Document) -> Document:
    """Pipeline stage: fill ``doc.entities`` and ``doc.mentions``."""
    assert doc.norm is not None and doc.seg is not None, "normalise and segment must run first"
    kb = load_kb()
    text = doc.norm.text
    lex = lexicon()
    # a word that is itself a given name or a stop word is not a proclitic + name (باراك ≠ ب + أراك)
    hits = [h for h in kb.scan(text) if h.token_start == h.start or text[h.token_start:h.end] not in lex.whole_words]
    toks = Tokens(text, doc.seg.token_starts, doc.seg.token_ends, doc.seg.token_words, hits,
                  _written_ha(doc) if "ة" in doc.text else None)
    found = scan(toks, kb)
    paragraphs = _paragraph_starts(doc.seg.paragraphs, hits)
    ctx = context(hits, kb, text, paragraphs)
    chosen = [c for h, paragraph in zip(hits, paragraphs, strict=True) if h.records
              for c in [choose(h, found, ctx, kb, paragraph)] if c is not None]
    tanween = [m.start() for m in _TANWEEN.finditer(doc.text)]
    items = [x for x in merge(chosen, found.candidates)
             if not tanween or not _has_any(tanween, *doc.norm.to_original(x.start, x.end))]
    descriptions_and_roles(items, text, lex, kb)
    geos = geocode(items, kb, ctx, doc.seg.sentence_at, text)
    entities: list[Entity] = []
    out: list[Mention] = []
    for x, geo in zip(items, geos, strict=True):
        rec = x.record
        index = None
        if x.reported:
            start, end, surface = doc.span(x.start, x.end)
            canonical = Canonical(rec.id, rec.name, rec.name_en) if rec is not None else None
            entities.append(Entity(surface, start, end, x.type, canonical, geo, x.kind))
            index = len(entities) - 1
        nat = kb.by_country.get(rec.id) if isinstance(rec, Place) else None
        out.append(Mention(x.start, x.end, x.type, x.source, rec.id if rec else None, rec, index, nat))
    taken = bytearray(len(text) + 1)
    for x in items:
        taken[x.start:x.end] = b"\x01" * (x.end - x.start)
    for h in hits:
        if h.nationality and not taken[h.start]:
            index = None
            country = kb.get(h.nationality.country) if _of_a_state(toks, h.start, lex) else None
            if isinstance(country, Place):  # ونظيرهما الإيراني: Iran, named by its minister
                start, end, surface = doc.span(h.start, h.end)
                entities.append(Entity(surface, start, end, "LOC", Canonical(country.id, country.name, country.name_en),
                                       kb.geo(country.id), country.kind))
                index = len(entities) - 1
            out.append(Mention(h.start, h.end, "NAT", "nationality", h.nationality.country, None, index,
                               h.nationality))
    out.sort(key=lambda m: m.norm_start)
    doc.entities, doc.mentions = _in_order(entities, out)
    return doc


def _of_a_state(toks: Tokens, start: int, lex: Lexicon) -> bool:
    """Whether the nationality adjective at ``start`` follows, past words of a title, a word for someone
    who speaks for a state (``state_people``: نظيرهما الإيراني، وزير الخارجية الأميركي، الجانب الروسي)."""
    k = bisect_right(toks.starts, start) - 1
    for _ in range(4):
        k -= 1
        if k < 0 or not toks.joined(k):
            return False
        word = toks.words[k]
        if word in lex.state_people or word[:1] == "و" and word[1:] in lex.state_people:
            return True
        if word not in lex.title_complements:
            return False
    return False


def _in_order(entities: list[Entity], mentions: list[Mention]) -> tuple[list[Entity], list[Mention]]:
    """The entities sorted by their start, and the mentions pointing to them where they now stand."""
    order = sorted(range(len(entities)), key=lambda i: entities[i].start)
    if order == list(range(len(entities))):
        return entities, mentions
    where = {old: new for new, old in enumerate(order)}
    for m in mentions:
        if m.entity_index is not None:
            m.entity_index = where[m.entity_index]
    return [entities[i] for i in order], mentions


def _paragraph_starts(paragraphs: list[Segment], hits: list[Hit]) -> list[int]:
    """The start of the paragraph of each hit."""
    starts = [p.start for p in paragraphs]
    return [starts[max(bisect_right(starts, h.start) - 1, 0)] for h in hits]


def _has_any(positions: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of positions has one in ``[start, end)``."""
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def mentions(doc: Document) -> list[Mention]:
    """The mentions of ``doc`` (running the stage first if it has not run)."""
    if not doc.mentions and doc.norm is not None and doc.seg is not None:
        run(doc)
    return doc.mentions


def nationalities(doc: Document) -> list[tuple[int, int, str, str | None, str | None, str | None]]:
    """Nationality adjectives not reported as entities: ``(norm_start, norm_end, country_id, state_actor,
    forces_actor, air_force_actor)``."""
    return [(m.norm_start, m.norm_end, n.country, n.state_actor, n.forces_actor, n.air_force_actor)
            for m in mentions(doc) if m.is_nationality and (n := m.nationality) is not None]


def knowledge_base() -> KnowledgeBase:
    """The knowledge base the stage uses (for look-ups by id: ``knowledge_base().get(id)``)."""
    return load_kb()
