"""Quality gate: entity recall and precision on the shared dev articles (skips without ../shared)."""

from __future__ import annotations

import importlib.util
import json

import pytest

from rasad import entities
from rasad.document import Document
from rasad.kb import load_kb
from rasad.text import normalise, segment

from conftest import SHARED, needs_shared

RECALL_FLOOR = 0.90
PRECISION_FLOOR = 0.85


def _scorer():
    spec = importlib.util.spec_from_file_location("rasad_eval_score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@needs_shared
def test_dev_entities(tmp_path, capsys: pytest.CaptureFixture) -> None:
    kb = load_kb()
    if not (kb.places and kb.actors and kb.people and kb.nationalities):
        pytest.skip("the packaged knowledge base is not complete yet")
    dev = SHARED / "eval" / "dev"
    out = tmp_path / "dev.jsonl"
    with open(dev / "docs.jsonl", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as w:
        for line in f:
            rec = json.loads(line)
            doc = entities.run(segment.run(normalise.run(Document.from_dict(rec))))
            for e in doc.entities:
                assert doc.text[e.start:e.end] == e.text
            w.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    with capsys.disabled():
        res = _scorer().main([str(dev / "gold.jsonl"), str(out), "--json"])
    assert res["entity_recall"] >= RECALL_FLOOR
    assert res["entity_precision"] >= PRECISION_FLOOR
