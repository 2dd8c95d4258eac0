"""Train the topic weights of ``src/rasad/data/ar/events/topic_words.tsv`` (see rasad.events.topic).

    .venv/bin/python bench/train_topic.py [--min-count 5] [--min-weight 1.0]

Reads the ``tuned_*`` sentence files of ``bench/sentences`` (never the ``heldout_*`` ones, which
measure the result): a sentence coded with a category tells of an event, one coded ``none`` of none.
Each distinct normalised word of a sentence (as the segmenter tokenises it) is counted once per
sentence; a word seen in at least ``--min-count`` sentences gets the naive Bayes weight
log(P(word | event) / P(word | none)), with add-one smoothing, and is written when its weight is at
least ``--min-weight`` either way.  The row ``*`` holds the prior, log(events / no-events).  The
sentences were written for this project (bench/sentences/README.md), so the weights carry no outside
data.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from pathlib import Path

from rasad.events.topic import PRIOR, TOPIC_FILE, text_words
from rasad.resources import data_path

SENTENCES = Path(__file__).parent / "sentences"
NO_EVENT = "none"


def count(paths: list[Path]) -> tuple[Counter[str], Counter[str], int, int]:
    """Word counts in event and in no-event sentences, and the number of each."""
    event, none = Counter(), Counter()
    n_event = n_none = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            sentence, category, _ = line.split("\t")
            words = set(text_words(sentence))
            if category == NO_EVENT:
                none.update(words)
                n_none += 1
            else:
                event.update(words)
                n_event += 1
    return event, none, n_event, n_none


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--min-weight", type=float, default=1.0)
    ap.add_argument("--out", type=Path, default=data_path(TOPIC_FILE))
    args = ap.parse_args()
    paths = sorted(SENTENCES.glob("tuned_*.tsv"))
    event, none, n_event, n_none = count(paths)
    rows = []
    for word in event.keys() | none.keys():
        if event[word] + none[word] < args.min_count:
            continue
        weight = math.log(((event[word] + 1) / (n_event + 2)) / ((none[word] + 1) / (n_none + 2)))
        if abs(weight) >= args.min_weight:
            rows.append((round(weight, 2), word, event[word], none[word]))
    rows.sort(key=lambda r: (-r[0], r[1]))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Topic weights (rasad.events.topic), written by bench/train_topic.py from the tuned_* files of\n"
                f"# bench/sentences: {n_event} event sentences, {n_none} no-event sentences, {len(paths)} files.\n"
                "# weight = log(P(word | event sentence) / P(word | no-event sentence)); * = the prior.\n"
                "word\tweight\tevent_sentences\tnone_sentences\n")
        f.write(f"{PRIOR}\t{math.log(n_event / n_none):.2f}\t{n_event}\t{n_none}\n")
        for weight, word, e, n in rows:
            f.write(f"{word}\t{weight:.2f}\t{e}\t{n}\n")
    print(f"{len(rows)} words from {n_event} event and {n_none} no-event sentences -> {args.out}")


if __name__ == "__main__":
    main()
