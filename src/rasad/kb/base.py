"""The compiled knowledge base: records by id, a name index and one Aho-Corasick automaton.

Every name and alias (and every nationality adjective) is normalised with ``normalise_key`` and
put in one automaton.  :meth:`KnowledgeBase.scan` runs it once over a normalised text and keeps a
hit only when it is a whole word after a valid run of proclitics:

* a name with the article (``الرقه``) may follow و/ف and then ب/ك: ``وبالرقه``; after the
  preposition ل the article loses its alef (``للرقه``; ``للاذقيه`` for a stem beginning with ل), so
  each such name is also compiled in that ``لل`` form, and the span is the whole ``لل`` word: the
  name is not written without the preposition there, and ``لل`` → ``ال`` recovers it;
* a name without the article may follow و/ف and then ب/ل/ك: ``وبحلب``, ``لروسيا``;
* the character after the name must not be a letter or digit (no suffixes: ``حلبي`` is not ``حلب``).

Overlapping hits are settled longest first, then leftmost.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

from rasad.document import Geo
from rasad.kb.loader import Tables
from rasad.kb.model import Actor, Nationality, Person, Place, Record
from rasad.text.normalise import normalise_key
from rasad.text.proclitics import inventory, proclitic_runs

_PROCLITICS = inventory()
_ARTICLE = _PROCLITICS.article


def _runs(*, prepositions: bool | str) -> frozenset[str]:
    """The runs of proclitics (a conjunction, then ``prepositions``) allowed before a name."""
    return frozenset(proclitic_runs(prepositions=prepositions))


_PREFIX_ARTICLE = _runs(prepositions=_PROCLITICS.before_article)  # و/ف then ب/ك: وبالرقه
_PREFIX_BARE = _runs(prepositions=True)  # و/ف then ب/ل/ك: وبحلب، لروسيا
_PREFIX_LIL = _runs(prepositions=False)  # before a لل form: وللرقه
_MAX_PREFIX = max(map(len, _PREFIX_ARTICLE | _PREFIX_BARE | _PREFIX_LIL))


@dataclass(slots=True, frozen=True)
class Hit:
    """A knowledge-base name found in a normalised text."""

    start: int  # normalised span of the name (proclitics left out, except the ل of a لل form)
    end: int
    token_start: int  # start of the whole word, proclitics included
    key: str  # the name as listed, normalised
    records: tuple[Record, ...]
    nationality: Nationality | None


def lil_form(key: str) -> str | None:
    """The spelling of a name with the article after the preposition ل: ``الرقه`` → ``للرقه``."""
    if not key.startswith(_ARTICLE) or len(key) < 4:
        return None
    stem = key[len(_ARTICLE):]
    lil = _PROCLITICS.lil
    return (lil[:-1] if stem.startswith(lil[-1]) else lil) + stem  # not three ل in a row: للاذقيه


class KnowledgeBase:
    """Places, actors, people and nationalities, indexed by normalised name."""

    def __init__(self, tables: Tables):
        self.places = tables.places
        self.actors = tables.actors
        self.people = tables.people
        self.nationalities = tables.nationalities
        self.problems = tables.problems
        self.names: dict[str, list[Record]] = {}
        self.adjectives: dict[str, Nationality] = {}
        self.by_country: dict[str, Nationality] = {}
        for table in (self.places, self.actors, self.people):
            for rec in table.values():
                for name in dict.fromkeys((rec.name, *rec.aliases)):
                    key = normalise_key(name)
                    if len(key) >= 2:
                        self.names.setdefault(key, []).append(rec)
        for nat in self.nationalities:
            self.by_country.setdefault(nat.country, nat)
            for form in nat.adjectives:
                self.adjectives.setdefault(normalise_key(form), nat)
        self._automaton = self._compile()
        self._geo: dict[str, tuple | None] = {}  # place id -> the fields of its Geo (see geo)

    def _compile(self) -> ahocorasick.Automaton | None:
        # each word carries its length, the proclitic runs allowed before it, the name it spells and
        # what that name stands for (the records and nationality a Hit holds, made once here)
        auto = ahocorasick.Automaton()
        for key in self.names.keys() | self.adjectives.keys():
            found = (key, tuple(self.names.get(key, ())), self.adjectives.get(key))
            auto.add_word(key, (len(key), _PREFIX_ARTICLE if key.startswith(_ARTICLE) else _PREFIX_BARE, found))
            lil = lil_form(key)
            if lil and lil not in self.names:
                auto.add_word(lil, (len(lil), _PREFIX_LIL, found))
        if not len(auto):
            return None
        auto.make_automaton()
        return auto

    # -- lookups ------------------------------------------------------------------------------
    def get(self, rec_id: str | None) -> Record | None:
        """The place, actor or person with this id."""
        if not rec_id:
            return None
        return self.places.get(rec_id) or self.actors.get(rec_id) or self.people.get(rec_id)

    def ancestors(self, place_id: str) -> list[Place]:
        """The parents of a place, nearest first."""
        out: list[Place] = []
        p = self.places.get(place_id)
        while p and p.parent and p.parent in self.places and len(out) < 12:
            p = self.places[p.parent]
            out.append(p)
        return out

    def geo(self, place_id: str) -> Geo | None:
        """Coordinates of a place and an honest precision.

        ``exact`` when the place has its own coordinates (``country``/``admin1`` for countries and
        governorates); otherwise the nearest ancestor's coordinates with precision ``near``
        (``admin1``/``country`` when that ancestor is a governorate/country).

        Worked out once per place; every call returns a new Geo (callers may change its precision).
        """
        if place_id not in self._geo:
            g = self._work_out_geo(place_id)
            self._geo[place_id] = None if g is None else (g.lat, g.lon, g.country, g.admin1, g.admin2, g.precision)
        fields = self._geo[place_id]
        return None if fields is None else Geo(*fields)

    def _work_out_geo(self, place_id: str) -> Geo | None:
        p = self.places.get(place_id)
        if p is None:
            return None
        country, admin1, admin2 = p.country, p.admin1, p.admin2
        chain = [p, *self.ancestors(place_id)]
        for q in chain:
            country = country or q.country
            admin1 = admin1 or q.admin1 or (q.name_en if q.kind == "governorate" else None)
            admin2 = admin2 or q.admin2 or (q.name_en if q.kind == "district" else None)
        for i, q in enumerate(chain):
            if q.lat is None:
                continue
            if q.kind == "country":
                precision = "country"
            elif q.kind == "governorate":
                precision = "admin1"
            else:
                precision = "exact" if i == 0 else "near"
            return Geo(q.lat, q.lon, country, admin1, admin2, precision)
        return Geo(None, None, country, admin1, admin2, "near") if country else None

    # -- matching -----------------------------------------------------------------------------
    def scan(self, text: str) -> list[Hit]:
        """Every knowledge-base name in the normalised ``text``, non-overlapping, longest first."""
        if self._automaton is None:
            return []
        n = len(text)
        padded = text + " "  # text[end] for every end, the last included
        # (start - end, start, end, word start, found): sorted as they are, longest first, then leftmost
        hits: list[tuple[int, int, int, int, tuple[str, tuple[Record, ...], Nationality | None]]] = []
        for last, (length, prefixes, found) in self._automaton.iter(text):
            end = last + 1
            if padded[end].isalnum():
                continue
            start = end - length
            if start and padded[start - 1].isalnum():
                # the word goes on before the name: what goes before must be a run of proclitics
                ts = _word_start(text, start)
                if text[ts:start] not in prefixes:
                    continue
            else:
                ts = start
            hits.append((-length, start, end, ts, found))
        hits.sort()
        taken = bytearray(n + 1)
        out: list[Hit] = []
        for _, start, end, ts, (key, records, nationality) in hits:
            if taken.find(1, start, end) >= 0:
                continue
            taken[start:end] = b"\x01" * (end - start)
            out.append(Hit(start, end, ts, key, records, nationality))
        out.sort(key=lambda h: h.start)
        return out


def _word_start(text: str, start: int) -> int:
    """Where the word that goes on to ``start`` begins (``start`` follows a letter or digit), looking back
    no further than one character more than the longest proclitic run."""
    limit = max(0, start - _MAX_PREFIX - 1)
    ts = start - 1
    while ts > limit and text[ts - 1].isalnum():
        ts -= 1
    return ts


def record_type(rec: Record) -> str:
    """The contract entity type of a record: places LOC, people PER, actors ORG."""
    if isinstance(rec, Place):
        return "LOC"
    if isinstance(rec, Person):
        return "PER"
    assert isinstance(rec, Actor)
    return "ORG"
