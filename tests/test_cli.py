"""The command line and bad input: every failure named, the rest of the batch written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasad import pipeline
from rasad.cli import main

ARABIC = "قصفت طائرات حربية مدينة حلب يوم الجمعة وقتل 12 مدنياً."


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(tmp_path: Path, *inputs: str | Path, extra: tuple[str, ...] = ()) -> tuple[int, list[dict], list[dict]]:
    out = tmp_path / "out.jsonl"
    code = main(["extract", *map(str, inputs), "-o", str(out), "--no-progress", *extra])
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    errors_file = tmp_path / "out.errors.jsonl"
    errors = [json.loads(x) for x in errors_file.read_text(encoding="utf-8").splitlines()] if errors_file.exists() else []
    return code, records, errors


def test_invalid_json_line_is_reported_with_its_line_number(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", [
        json.dumps({"id": "a", "text": ARABIC}, ensure_ascii=False),
        '{"id": "b", "text": "حلب',
        json.dumps({"id": "c", "text": ARABIC, "published": "2016-09-24"}, ensure_ascii=False),
    ])
    code, records, errors = _run(tmp_path, src)
    assert code == 0
    assert [r["id"] for r in records] == ["a", "c"]
    assert records[1]["published"] == "2016-09-24"
    assert errors == [{"source": f"{src}:2", "id": None, "code": "E104",
                       "message": errors[0]["message"]}]
    assert errors[0]["message"].startswith("line 2: invalid JSON")
    err = capsys.readouterr().err
    assert f"{src}:2: E104 line 2: invalid JSON" in err
    assert "3 documents read, 2 written, 1 failed" in err


def test_record_problems_are_named(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", [
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "notext", "title": "x"}),
        json.dumps({"id": "english", "text": "Aircraft bombed the city of Aleppo on Friday."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": ARABIC}, ensure_ascii=False),
    ])
    code, records, errors = _run(tmp_path, src)
    assert code == 0
    assert [(e["id"], e["code"]) for e in errors] == [
        ("empty", "E103"), ("notext", "E107"), ("english", "E105"), (None, "E107")]
    assert "0% of its letters are Arabic" in errors[2]["message"]
    # a record without id gets a stable id derived from its text
    assert len(records) == 1 and len(records[0]["id"]) == 16
    _, again, _ = _run(tmp_path, src)
    assert again[0]["id"] == records[0]["id"]


def test_files_of_every_kind_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_bytes(ARABIC.encode("cp1256"))       # Windows Arabic: read
    (tmp_path / "docs" / "c.txt").write_bytes("Ceci est écrit en français. Très bien.".encode("latin-1"))
    (tmp_path / "docs" / "d.txt").write_text("", encoding="utf-8")
    (tmp_path / "docs" / "e.html").write_text(
        f"<html><head><title>غارات على حلب</title><meta property='article:published_time' content='2016-09-24'>"
        f"</head><body><article><p>{ARABIC}</p><p>{ARABIC}</p></article></body></html>", encoding="utf-8")
    code, records, errors = _run(tmp_path, tmp_path / "docs", tmp_path / "missing.jsonl")
    assert code == 0
    assert [r["id"] for r in records] == ["a", "b", "e"]
    assert records[2]["published"] == "2016-09-24"
    assert [(Path(e["source"]).name, e["code"]) for e in errors] == [
        ("c.txt", "E102"), ("d.txt", "E103"), ("missing.jsonl", "E101")]
    assert "byte 0xe9" in errors[0]["message"]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(ARABIC, encoding="utf-8")
    bad.write_text(ARABIC, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "bad.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, records, errors = _run(tmp_path, bad, good)
    assert code == 0 and [r["id"] for r in records] == ["good"]
    assert errors[0]["code"] == "E101" and "Permission denied" in errors[0]["message"]


def test_oversized_document_is_refused_not_processed(tmp_path: Path) -> None:
    huge = "حلب " * 5_000_000  # 20 MB of text
    src = _write_jsonl(tmp_path / "in.jsonl", [json.dumps({"id": "huge", "text": huge}, ensure_ascii=False),
                                                json.dumps({"id": "ok", "text": ARABIC}, ensure_ascii=False)])
    code, records, errors = _run(tmp_path, src)
    assert [r["id"] for r in records] == ["ok"]
    assert errors[0]["code"] == "E106" and "20,000,000 characters" in errors[0]["message"]


def test_exit_code_is_nonzero_only_when_nothing_was_processed(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", ["{bad json", json.dumps({"id": "e", "text": ""})])
    code, records, errors = _run(tmp_path, src)
    assert code == 1 and records == [] and len(errors) == 2


def test_a_crashing_document_does_not_stop_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.process

    def process(doc, settings=pipeline.DEFAULT):  # noqa: ANN001, ANN202
        if doc.id == "boom":
            raise ValueError("stage exploded")
        return real(doc, settings)

    monkeypatch.setattr(pipeline, "process", process)
    src = _write_jsonl(tmp_path / "in.jsonl", [json.dumps({"id": i, "text": ARABIC}, ensure_ascii=False)
                                               for i in ("x", "boom", "y")])
    code, records, errors = _run(tmp_path, src)
    assert [r["id"] for r in records] == ["x", "y"]
    assert errors[0]["code"] == "E201" and "ValueError: stage exploded" in errors[0]["message"]


def test_interrupted_run_keeps_finished_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.process

    def process(doc, settings=pipeline.DEFAULT):  # noqa: ANN001, ANN202
        if doc.id == "3":
            raise KeyboardInterrupt
        return real(doc, settings)

    monkeypatch.setattr(pipeline, "process", process)
    src = _write_jsonl(tmp_path / "in.jsonl", [json.dumps({"id": str(i), "text": ARABIC}, ensure_ascii=False)
                                               for i in range(1, 6)])
    code, records, _ = _run(tmp_path, src)
    assert code == 130
    assert [r["id"] for r in records] == ["1", "2"]


def test_published_option_and_stdout(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "-o", "-", "--published", "2016-09-24", "--no-progress"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["id"] == "a" and rec["published"] == "2016-09-24"
    with pytest.raises(SystemExit, match="YYYY-MM-DD"):
        main(["extract", str(tmp_path / "a.txt"), "-o", "-", "--published", "24/09/2016"])


def test_workers_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", [json.dumps({"id": str(i), "text": ARABIC + " " + str(i)},
                                                          ensure_ascii=False) for i in range(20)])
    _, one, _ = _run(tmp_path, src)
    _, two, _ = _run(tmp_path, src, extra=("--workers", "2"))
    assert one == two and [r["id"] for r in two] == [str(i) for i in range(20)]


def test_demo_runs_and_prints_a_table(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "demo.jsonl"
    assert main(["demo", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.count("== demo-") == len(out.read_text(encoding="utf-8").splitlines()) >= 5


@pytest.mark.parametrize("stdin, ids, failed", [
    (ARABIC, ["stdin"], 0),
    (json.dumps({"id": "x", "text": ARABIC}, ensure_ascii=False) + "\n{broken\n", ["x"], 1),
])
def test_standard_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stdin: str, ids: list[str],
                        failed: int) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    code, records, errors = _run(tmp_path, "-")
    assert code == 0 and [r["id"] for r in records] == ids
    assert records[0]["entities"][0]["canonical"]["id"] == "sy-aleppo"
    assert [e["source"] for e in errors] == ["-:2"] * failed


def test_a_text_in_presentation_forms_is_arabic_and_read() -> None:
    # some sites still write the contextual glyphs (ﺍﺳﺘﻬﺪﻑ for استهدف)
    doc = pipeline.extract("ﻗﺼﻔﺖ ﺍﻟﻄﺎﺋﺮﺍﺕ ﺣﻲ ﺍﻟﺸﻌﺎﺭ ﻓﻲ ﺣﻠﺐ", published="2016-09-24")
    assert [e.category for e in doc.events] == ["air_strike"]
    assert pipeline.check(doc) is None
