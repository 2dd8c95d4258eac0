"""The pipeline: an ordered list of stages, each a module with one entry point ``run(doc) -> doc``.

    normalise → segment → time → quantities → entities → events

``normalise`` maps the text to its matching form and keeps the offset map; ``segment`` finds
paragraphs, sentences, clauses and tokens; ``time`` finds and resolves temporal expressions (and
the publication date from a dateline when none was given); ``quantities`` reads numbers and what
they count; ``entities`` finds actors and places and geocodes them; ``events`` detects, types, dates,
places and qualifies events and merges repeated mentions.

:func:`process` runs one document; :func:`process_many` runs a stream, in worker processes when
asked, turning every problem into a :class:`~rasad.errors.Failure` instead of an exception.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from multiprocessing import get_context

from rasad import entities, events, quantities, time
from rasad.document import Document
from rasad.errors import Failure
from rasad.settings import DEFAULT, Settings
from rasad.text import normalise, segment

Stage = Callable[[Document], Document]

STAGES: tuple[Stage, ...] = (
    normalise.run,
    segment.run,
    time.run,
    quantities.run,
    entities.run,
    events.run,
)

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_ANY_LETTER = re.compile(r"[^\W\d_]")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def check(doc: Document, settings: Settings = DEFAULT, source: str = "") -> Failure | None:
    """Why ``doc`` cannot be processed, or None.  Checks size, emptiness and language."""
    src = source or doc.origin or doc.id
    if len(doc.text) > settings.max_chars:
        return Failure(src, "E106", f"{len(doc.text):,} characters, over the limit of {settings.max_chars:,} "
                       "(raise it with --max-chars)", doc.id)
    if not doc.text.strip():
        return Failure(src, "E103", "the text is empty", doc.id)
    sample = doc.text[:20000]
    letters = len(_ANY_LETTER.findall(sample))
    arabic = len(_ARABIC_LETTER.findall(sample))
    forms = normalise.compatibility_pattern()
    if forms is not None and arabic < letters:  # and their presentation forms, which normalisation folds
        arabic += len(forms.findall(sample))
    if letters == 0 or arabic / letters < settings.min_arabic_ratio:
        share = 0 if letters == 0 else round(100 * arabic / letters)
        return Failure(src, "E105", f"only {share}% of its letters are Arabic; rasad reads Arabic text", doc.id)
    return None


def _clean_published(doc: Document, settings: Settings) -> None:
    if doc.published:
        m = _ISO_DATE.search(str(doc.published))
        doc.published = m.group(0) if m else None
        doc.published_from = doc.published_from or ("input" if doc.published else None)
    if not doc.published and settings.published:
        doc.published, doc.published_from = settings.published, "cli"


def process(doc: Document, settings: Settings = DEFAULT) -> Document:
    """Run every stage on ``doc`` (in place) and return it."""
    _clean_published(doc, settings)
    for stage in STAGES:
        doc = stage(doc)
    return doc


def extract(text: str, published: str | None = None, id: str = "", **meta: str | None) -> Document:
    """Extract entities, timexes, quantities and events from one Arabic text.

    >>> doc = extract("قصفت الطائرات مدينة حلب أمس", published="2016-09-24")
    >>> doc.to_dict()["id"] != ""
    True
    """
    return process(Document(text=text, id=id, published=published, **meta))


def process_one(item: Document | Failure, settings: Settings = DEFAULT) -> dict | Failure:
    """Check and process one document; return its contract record or a Failure (never raise)."""
    if isinstance(item, Failure):
        return item
    problem = check(item, settings)
    if problem:
        return problem
    try:
        return process(item, settings).to_dict()
    except Exception as exc:  # noqa: BLE001 - a bad document must not stop the batch
        return Failure(item.origin or item.id, "E201", f"{type(exc).__name__}: {exc}", item.id)


def _worker(args: tuple[Document | Failure, Settings]) -> dict | Failure:
    return process_one(*args)


def process_many(items: Iterable[Document | Failure], settings: Settings = DEFAULT,
                 workers: int = 1) -> Iterator[dict | Failure]:
    """Process a stream in input order, with ``workers`` processes (1: in this process)."""
    if workers <= 1:
        for item in items:
            yield process_one(item, settings)
        return
    with get_context("fork" if hasattr(__import__("os"), "fork") else "spawn").Pool(workers) as pool:
        yield from pool.imap(_worker, ((item, settings) for item in items), chunksize=8)
