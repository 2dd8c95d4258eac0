"""What the entity stage finds in a corpus: counts per type, share resolved, top unresolved names.

Only normalise, segment and entities run, so the report measures this stage alone (its time is
given too).  Use the top unresolved names to grow the knowledge base.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rasad import entities
from rasad.document import Document
from rasad.io.readers import read_inputs
from rasad.text import normalise, segment
from rasad.text.normalise import normalise_key

DEFAULT_CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "news" / "saudinewsnet-syria-1000.jsonl"


@dataclass
class Report:
    documents: int = 0
    characters: int = 0
    seconds: float = 0.0  # time spent in the entity stage only
    found: Counter = field(default_factory=Counter)  # per type
    resolved: Counter = field(default_factory=Counter)  # per type, with a knowledge-base id
    geocoded: Counter = field(default_factory=Counter)  # per precision, places
    unresolved: Counter = field(default_factory=Counter)  # (type, normalised name)
    nationalities: int = 0

    def lines(self, top: int = 40) -> list[str]:
        """The report as text lines."""
        per_doc = 1000 * self.seconds / max(self.documents, 1)
        out = [f"{self.documents} documents, {self.characters:,} characters; entity stage "
               f"{per_doc:.3f} ms/document ({self.documents / max(self.seconds, 1e-9):,.0f} documents/s)",
               f"{'type':6} {'found':>8} {'resolved':>9} {'share':>6}"]
        for t in ("PER", "ORG", "LOC"):
            n, r = self.found[t], self.resolved[t]
            out.append(f"{t:6} {n:8} {r:9} {r / n if n else 0:6.1%}")
        out.append(f"nationality adjectives: {self.nationalities}")
        out.append("places by precision: " + ", ".join(f"{k} {v}" for k, v in self.geocoded.most_common()))
        out.append(f"top {top} unresolved names:")
        out += [f"{n:6}  {t}  {name}" for (t, name), n in self.unresolved.most_common(top)]
        return out


def report(docs: Iterable[Document]) -> Report:
    """Run the entity stage over ``docs`` and count what it found."""
    rep = Report()
    for doc in docs:
        if not isinstance(doc, Document) or not doc.text:
            continue
        segment.run(normalise.run(doc))
        t0 = time.perf_counter()
        entities.run(doc)
        rep.seconds += time.perf_counter() - t0
        rep.documents += 1
        rep.characters += len(doc.text)
        for e in doc.entities:
            rep.found[e.type] += 1
            if e.canonical:
                rep.resolved[e.type] += 1
            else:
                rep.unresolved[(e.type, normalise_key(e.text))] += 1
            if e.geo:
                rep.geocoded[e.geo.precision] += 1
        rep.nationalities += sum(m.is_nationality for m in doc.mentions)
    return rep


def report_files(paths: Iterable[str | Path]) -> Report:
    """:func:`report` over JSON Lines / text files."""
    return report(d for d in read_inputs(paths) if isinstance(d, Document))
