"""Whether a sentence speaks of armed conflict and unrest at all, by the words it is made of.

A page with no word of war (``conflict_words`` in triggers.yaml) may still use the words of events in
another sense: a siege of the pores, a raid of shoppers, talks over the price of a camel.  Such a
sentence often names a place or a time of its own, which grounds an event (:func:`rasad.events.
relevance.grounded`); its other words tell its topic.  ``data/ar/events/topic_words.tsv`` holds, for
each word seen often enough in the event-coded sentences of ``bench/sentences`` (``tuned_*`` files
only: the held-out ones measure it), the log of how much more often it stood in a sentence that tells
of an event than in one that tells of none (a naive Bayes weight; ``bench/train_topic.py`` writes it),
and the row ``*`` holds the prior.  A sentence's score is the prior plus the weights of its distinct
words; below ``topic_threshold`` (triggers.yaml) its events of ``grounded_categories`` are figures.
A domain expert may add rows in an overlay file of the same name (a later row replaces the weight).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from rasad.document import Document
from rasad.resources import load_tsv
from rasad.text import normalise, segment
from rasad.text.normalise import normalise_key

TOPIC_FILE = "ar/events/topic_words.tsv"
PRIOR = "*"  # the row holding the prior: the log-ratio of event to no-event sentences in training


@cache
def topic_weights() -> tuple[float, dict[str, float]]:
    """(prior, weight of each normalised word) from ``topic_words.tsv`` and its overlays."""
    prior, weights = 0.0, {}
    for row in load_tsv(TOPIC_FILE):
        if row["word"] == PRIOR:
            prior = float(row["weight"])
        else:
            weights[normalise_key(row["word"])] = float(row["weight"])
    return prior, weights


def topic_score(words: Iterable[str]) -> float:
    """How much the distinct normalised ``words`` of a sentence speak of conflict (above 0: more likely
    an event's sentence than a no-event one's)."""
    prior, weights = topic_weights()
    return prior + sum(weights.get(w, 0.0) for w in set(words))


def text_words(text: str) -> list[str]:
    """The normalised words of ``text`` as the segmenter tokenises them: what the weights are keyed by
    (for training and for scoring a sentence outside the pipeline)."""
    doc = segment.run(normalise.run(Document(text)))
    assert doc.seg is not None
    return doc.seg.token_words
