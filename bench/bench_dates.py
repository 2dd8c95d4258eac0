"""rasad's time stage against dateparser, side by side, on the same texts.

    .venv/bin/python bench/bench_dates.py [--news N] [--shared DIR]

Accuracy: every gold timex of the dev set (``../shared/eval/dev``) is *correct* when the tool
returns an expression overlapping it with one of the gold values (compared at the gold's precision:
day, month or year), *wrong* when it returns an overlapping expression with another value, and
*unresolved* when it returns nothing there (or ``value: null``).  dateparser is called as
``search_dates(text, languages=['ar'], settings={'RELATIVE_BASE': published})`` and its matches are
placed in the text left to right.  Speed: expressions found per second and articles per second on
the first N SaudiNewsNet articles (``../shared/data/news``), one core.  Needs ``pip install
dateparser`` (the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import datetime
from pathlib import Path

from rasad import time as rtime
from rasad.document import Document
from rasad.text import normalise, segment

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def rasad_timexes(text: str, published: str | None) -> list[tuple[int, int, str | None]]:
    doc = rtime.run(segment.run(normalise.run(Document(text=text, published=published))))
    return [(t.start, t.end, t.value) for t in doc.timexes]


def dateparser_timexes(text: str, published: str | None) -> list[tuple[int, int, str | None]]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.fromisoformat(published)} if published else {}
    found = search_dates(text, languages=["ar"], settings=settings) or []
    out, pos = [], 0
    for sub, dt in found:
        i = text.find(sub, pos)
        if i < 0:
            i = text.find(sub)
        if i < 0:
            continue
        pos = i + len(sub)
        out.append((i, i + len(sub), dt.date().isoformat()))
    return out


def judge(found: list[tuple[int, int, str | None]], gold: dict) -> str:
    hits = [v for s, e, v in found if s < gold["end"] and gold["start"] < e and v]
    if not hits:
        return "unresolved"
    ok = any(v[: len(g)] == g for v in hits for g in gold["value"])
    return "correct" if ok else "wrong"


# A short narrative written for this benchmark (not from any corpus): dates without a year take it
# from the story, "the next day" and "seven days before that" count from the last date.
NARRATIVE = ("بدأ الحصار في السابع عشر من تموز 2016. وفي التاسع عشر من تموز قطعت الطرق. "
             "وفي اليوم التالي سقط الحي. وفي الخامس من أيلول انسحب المقاتلون. "
             "وكان الهجوم قد بدأ قبل ذلك بنحو سبعة أيام. وفي السابع والعشرين منه أعلنت هدنة.")
NARRATIVE_GOLD = [("السابع عشر من تموز 2016", "2016-07-17"), ("التاسع عشر من تموز", "2016-07-19"),
                  ("اليوم التالي", "2016-07-20"), ("الخامس من أيلول", "2016-09-05"),
                  ("قبل ذلك بنحو سبعة أيام", "2016-08-29"), ("السابع والعشرين منه", "2016-08-27")]


def narrative_gold() -> tuple[dict, list]:
    """The narrative as a one-document dev set (published later, on 2017-03-01)."""
    tx = []
    for text, value in NARRATIVE_GOLD:
        i = NARRATIVE.index(text)
        tx.append({"start": i, "end": i + len(text), "value": [value]})
    return {"narrative": {"text": NARRATIVE, "published": "2017-03-01"}}, [{"id": "narrative", "timexes": tx}]


def accuracy(tool, docs: dict, golds: list) -> dict[str, int]:
    counts = {"correct": 0, "wrong": 0, "unresolved": 0}
    for g in golds:
        d = docs[g["id"]]
        found = tool(d["text"], d.get("published"))
        for tx in g["timexes"]:
            counts[judge(found, tx)] += 1
    return counts


def speed(tool, rows: list) -> tuple[float, float]:
    t0 = time.perf_counter()
    n = sum(len(tool(r["text"], (r.get("published") or "")[:10] or None)) for r in rows)
    el = time.perf_counter() - t0
    return n / el, len(rows) / el


def stage_speed(rows: list) -> float:
    """Articles per second of the time stage alone (normalise and segment done beforehand)."""
    docs = [segment.run(normalise.run(Document(text=r["text"], published=(r.get("published") or "")[:10] or None)))
            for r in rows]
    rtime.run(docs[0])
    t0 = time.perf_counter()
    for d in docs:
        rtime.run(d)
    return len(docs) / (time.perf_counter() - t0)


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(x) for x in f if x.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=int, default=100, help="news articles for the speed run (default 100)")
    ap.add_argument("--shared", default=str(SHARED))
    args = ap.parse_args()
    shared = Path(args.shared)
    docs = {d["id"]: d for d in _jsonl(shared / "eval/dev/docs.jsonl")}
    golds = _jsonl(shared / "eval/dev/gold.jsonl")
    with open(shared / "data/news/saudinewsnet-syria-1000.jsonl", encoding="utf-8") as f:
        news = [json.loads(x) for _, x in zip(range(args.news), f, strict=False)]
    rasad_timexes(news[0]["text"], None)  # warm the caches
    tools = {"rasad": rasad_timexes, "dateparser": dateparser_timexes}
    ndocs, ngolds = narrative_gold()
    rows = {}
    for name, tool in tools.items():
        rows[name] = (accuracy(tool, docs, golds), accuracy(tool, ndocs, ngolds), *speed(tool, news))
    total = sum(rows["rasad"][0].values())
    ntotal = sum(rows["rasad"][1].values())
    print(f"dev set: {total} gold timexes in {len(golds)} articles; narrative: {ntotal} dates; "
          f"speed: {len(news)} news articles")
    print(f"{'':12}{'correct':>9}{'wrong':>7}{'unresolved':>12}{'value acc':>11}{'narrative':>11}"
          f"{'expr/s':>10}{'articles/s':>12}")
    for name, (acc, nacc, ex_s, art_s) in rows.items():
        print(f"{name:12}{acc['correct']:>9}{acc['wrong']:>7}{acc['unresolved']:>12}"
              f"{acc['correct'] / total:>11.2f}{nacc['correct']:>6}/{ntotal:<4}{ex_s:>10.0f}{art_s:>12.1f}")
    print(f"rasad time stage alone: {stage_speed(news):.0f} articles/s")


if __name__ == "__main__":
    main()
