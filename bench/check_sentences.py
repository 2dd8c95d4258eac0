"""Event-coded sentences, from Syria and from other conflicts, against what rasad extracts.

    .venv/bin/python bench/check_sentences.py [FILE.tsv ...] [--misses]

Each line of a file in ``bench/sentences/`` is ``sentence<TAB>category<TAB>modality``: the main
event of a sentence written for the purpose, as an ACLED coder would code it.  A sentence counts as
right when one extracted event has its category and its modality (``strict``), or its category and
the scorer's class, asserted or not (``class``); a sentence whose event is not asserted is a false
assertion when an event of its category comes out asserted.  A sentence coded ``none<TAB>none`` tells of
no event though it has the words of one (a figure of speech, sport, a law, an opinion): right when no
event comes out (``strict``) or none asserted (``class``); any asserted event is a false assertion.
``tuned_*`` files were read to find rules (their scores flatter); ``heldout_*`` files were measured
without being worked on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rasad.pipeline import extract

SENTENCES = Path(__file__).parent / "sentences"
NO_EVENT = "none"  # the category of a sentence that tells of no event
PUBLISHED = "2024-03-10"  # a fixed publication day: the sentences' relative dates resolve against it


def score(path: Path, misses: bool = False) -> tuple[int, int, int, int, int]:
    """(sentences, strict right, class right, not-asserted sentences, false assertions) of one file."""
    n = strict = by_class = unreal = false = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        sentence, category, modality = line.split("\t")
        events = [(e.category, e.modality) for e in extract(sentence, published=PUBLISHED).events]
        n += 1
        if category == NO_EVENT:
            asserted = any(m == "asserted" for _, m in events)
            good = not events
            strict += good
            by_class += not asserted
            unreal += 1
            false += asserted
        else:
            good = (category, modality) in events
            strict += good
            by_class += any(c == category and (m == "asserted") == (modality == "asserted") for c, m in events)
            if modality != "asserted":
                unreal += 1
                false += (category, "asserted") in events
        if misses and not good:
            print(f"  MISS {category}/{modality}: {sentence}\n       got {events}")
    return n, strict, by_class, unreal, false


def main(argv: list[str] | None = None) -> int:
    """Print each file's scores and the totals of the held-out and the tuned files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="TSV files (default: bench/sentences/*.tsv)")
    parser.add_argument("--misses", action="store_true", help="print the sentences not right")
    args = parser.parse_args(argv)
    files = args.files or sorted(SENTENCES.glob("*.tsv"))
    totals: dict[str, list[int]] = {}
    print(f"{'file':40} {'strict':>9} {'class':>9} {'false assertions':>17}")
    for path in files:
        n, strict, by_class, unreal, false = score(path, args.misses)
        print(f"{path.name:40} {strict:>4}/{n:<4} {by_class:>4}/{n:<4} {false:>8}/{unreal:<8}")
        kind = "held out" if path.name.startswith("heldout") else "tuned"
        total = totals.setdefault(kind, [0, 0, 0, 0, 0])
        for k, v in enumerate((n, strict, by_class, unreal, false)):
            total[k] += v
    for kind, (n, strict, by_class, unreal, false) in totals.items():
        print(f"{'total ' + kind:40} {strict:>4}/{n:<4} {by_class:>4}/{n:<4} {false:>8}/{unreal:<8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
