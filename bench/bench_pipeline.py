"""Throughput of the whole pipeline and of each stage, on one core.

    .venv/bin/python bench/bench_pipeline.py [NEWS.jsonl] [--limit N] [--repeat R]

Reads the 1,000 SaudiNewsNet articles from ../shared/data/news by default, runs every stage on every
article, and prints articles/second for the pipeline and milliseconds per article for each stage.
The first pass warms the caches (data files, compiled patterns, automata) and is not counted.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rasad.document import Document
from rasad.io.readers import read_jsonl
from rasad.pipeline import STAGES, _clean_published
from rasad.settings import DEFAULT

DEFAULT_NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet-syria-1000.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("news", nargs="?", default=str(DEFAULT_NEWS))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    records = read_jsonl(args.news)
    if args.limit:
        records = records[: args.limit]
    chars = sum(len(r["text"]) for r in records)
    per_stage = {s.__module__: 0.0 for s in STAGES}
    counts = {"entities": 0, "timexes": 0, "quantities": 0, "events": 0}
    total = 0.0
    for rep in range(args.repeat + 1):
        for r in records:
            doc = Document(text=r["text"], id=str(r.get("id", "")), published=r.get("published"))
            t0 = time.perf_counter()
            _clean_published(doc, DEFAULT)
            for stage in STAGES:
                t = time.perf_counter()
                doc = stage(doc)
                if rep:
                    per_stage[stage.__module__] += time.perf_counter() - t
            if rep:
                total += time.perf_counter() - t0
                if rep == 1:
                    for k in counts:
                        counts[k] += len(getattr(doc, k))
    n = len(records) * args.repeat
    print(f"{len(records)} articles, {chars / len(records):,.0f} characters on average, {args.repeat} timed passes")
    print(f"pipeline: {n / total:,.0f} articles/second on one core ({1000 * total / n:.2f} ms per article)")
    for name, secs in per_stage.items():
        print(f"  {name:28} {1000 * secs / n:6.3f} ms/article")
    print("found per article: " + ", ".join(f"{k} {v / len(records):.1f}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
