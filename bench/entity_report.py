"""Entity report over a news corpus, and the built-in coordinates against Open-Syria.

    .venv/bin/python bench/entity_report.py [CORPUS.jsonl ...] [--top N]

Prints, for the entity stage alone: documents per second and ms per document; entities found per
type and how many resolved to the knowledge base; places by geocoding precision; the most frequent
unresolved names (grow the base with them); then the median distance between the packaged Syrian
places and the Open-Syria units they pair with (``../shared/data/gazetteer/opensyria-admin``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasad.entities.report import DEFAULT_CORPUS, report_files
from rasad.kb import load_kb
from rasad.kb.coords import compare, summary
from rasad.kb.importers import import_opensyria
from rasad.kb.loader import parse_place

OPENSYRIA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gazetteer" / "opensyria-admin"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="*", default=[str(DEFAULT_CORPUS)])
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    load_kb()  # compile once before timing
    for line in report_files(args.inputs).lines(args.top):
        print(line)
    if (OPENSYRIA / "subdistricts.json").is_file():
        problems: list[str] = []
        ref = [p for r in import_opensyria(OPENSYRIA) if (p := parse_place(r, "opensyria", problems))]
        builtin = [p for p in load_kb().places.values() if p.country == "SY"]
        print("\ncoordinates against Open-Syria:")
        print("\n".join(summary(compare(builtin, ref), worst=15)))


if __name__ == "__main__":
    main()
