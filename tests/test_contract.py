"""Real output validates against the JSON Schema and obeys the offset rule everywhere."""

from __future__ import annotations

import json
from collections.abc import Iterator

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.document import Document
from rasad.io.readers import read_inputs
from rasad.pipeline import process
from rasad.resources import PACKAGE_DATA

from conftest import SHARED, needs_shared

SCHEMA = json.loads((PACKAGE_DATA.parent / "schema" / "document.schema.json").read_text(encoding="utf-8"))


def _spans(record: dict) -> Iterator[tuple[str, dict]]:
    for kind in ("entities", "timexes", "quantities"):
        for item in record[kind]:
            yield kind, item
    for ev in record["events"]:
        yield "evidence", ev["evidence"]
        for m in ev.get("mentions") or []:
            yield "mention", m
        if ev.get("trigger"):
            yield "trigger", ev["trigger"]


def _check(docs: list[Document]) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for doc in docs:
        text = doc.text
        record = process(doc).to_dict()
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, f"{doc.id}: {errors[0].message} at {list(errors[0].absolute_path)}"
        for kind, item in _spans(record):
            assert text[item["start"]:item["end"]] == item["text"], (doc.id, kind, item)
        for ev in record["events"]:
            assert all(0 <= i < len(record["quantities"]) for i in ev["quantities"])
        json.dumps(record, ensure_ascii=False)


def test_demo_output_is_valid() -> None:
    docs = [d for d in read_inputs([PACKAGE_DATA / "demo" / "demo.jsonl"]) if isinstance(d, Document)]
    assert len(docs) >= 5
    _check(docs)


@needs_shared
def test_dev_articles_output_is_valid() -> None:
    docs = [d for d in read_inputs([SHARED / "eval" / "dev" / "docs.jsonl"]) if isinstance(d, Document)]
    _check(docs)


@needs_shared
def test_news_sample_output_is_valid() -> None:
    path = SHARED / "data" / "news" / "saudinewsnet-syria-1000.jsonl"
    if not path.is_file():
        pytest.skip("news sample absent")
    docs = [d for d in read_inputs([path]) if isinstance(d, Document)][::25]
    _check(docs)


def test_round_trip_through_json() -> None:
    doc = process(Document(text="قصفت طائرات حربية مدينة حلب أمس وقتل 12 مدنياً", published="2016-09-24"))
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)) | {"text": doc.text})
    assert again.to_dict() == doc.to_dict()


_NEWS_WORDS = ("قصفت الطائرات حلب أمس الجمعة وقتل 27 مدنياً في حي الفردوس بحسب ما أفاد الدفاع المدني ، "
               "لم تبدأ عملية إجلاء نحو ثلاثة آلاف شخص من شرق حلب في 17 تموز 2016 وقال لافروف إن الهدنة "
               "قد تنهار ( « » ؟ . - / 12 - 13 يوليو الموافق 18/8/1436هـ")
_WORDS = _NEWS_WORDS.split(" ")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(min_size=1, max_size=6)), min_size=1, max_size=80),
       st.sampled_from([None, "2016-10-01"]))
def test_any_text_gives_a_valid_record_with_exact_offsets(words: list[str], published: str | None) -> None:
    """Shuffled news words, stray characters and punctuation: never an exception, every span exact."""
    _check([Document(text=" ".join(words) + " حلب", published=published)])
