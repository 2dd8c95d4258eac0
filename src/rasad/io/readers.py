"""Readers: JSON Lines, plain text, HTML, and folders of these.

:func:`read_inputs` yields a :class:`~rasad.document.Document` for every readable document and a
:class:`~rasad.errors.Failure` for every problem (unreadable file, bad encoding, invalid JSON line
with its line number, a record without text), so that one bad input never stops a batch.

- ``.jsonl`` / ``.json`` (one JSON object a line): ``id,text,published,source,url,title``, only
  ``text`` required; a record without ``id`` gets a stable one (a hash of its text).
- ``.txt``: one document, ``id`` = the file name without its extension.
- ``.html`` / ``.htm``: main text, title and publication date through trafilatura.
- a folder: every file of these kinds below it, in name order.
- ``-``: standard input, JSON Lines when it starts with ``{``, else one plain-text document ``stdin``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from rasad.document import Document
from rasad.errors import Failure

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".json", ".ndjson"}
_ARABIC = re.compile(r"[\u0621-\u064a]")


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM) or UTF-16 with BOM; failing that, as
    Windows-1256 when that yields Arabic text.  Raises UnicodeDecodeError otherwise."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            raise exc from None
        if len(_ARABIC.findall(text[:5000])) >= 0.3 * max(1, sum(c.isalpha() for c in text[:5000])):
            return text
        raise


def _read_bytes(path: Path) -> bytes | Failure:
    try:
        return path.read_bytes()
    except OSError as exc:
        return Failure(str(path), "E101", f"cannot read the file: {exc.strerror or exc}")


def _decode_file(path: Path, data: bytes) -> str | Failure:
    try:
        return decode(data)
    except UnicodeDecodeError as exc:
        return Failure(str(path), "E102", f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                       "save it as UTF-8")


def read_text_file(path: Path) -> Iterator[Document | Failure]:
    """One document from a plain-text file."""
    data = _read_bytes(path)
    if isinstance(data, Failure):
        yield data
        return
    text = _decode_file(path, data)
    if isinstance(text, Failure):
        yield text
        return
    yield Document(text=text, id=path.stem, origin=str(path))


def read_html_file(path: Path) -> Iterator[Document | Failure]:
    """One document from an HTML page: main text, title and date through trafilatura."""
    data = _read_bytes(path)
    if isinstance(data, Failure):
        yield data
        return
    html = _decode_file(path, data)
    if isinstance(html, Failure):
        yield html
        return
    yield html_document(html, doc_id=path.stem, source=str(path))


def html_document(html: str, doc_id: str = "", source: str = "") -> Document | Failure:
    """A document from an HTML string (main text, title, publication date)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        meta = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           include_tables=True, favor_recall=True)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds of errors on bad HTML
        return Failure(source or doc_id, "E108", f"cannot extract text from the HTML: {exc}", doc_id or None)
    if meta is None:
        return Failure(source or doc_id, "E103", "no main text found in the HTML", doc_id or None)
    get = meta.get if isinstance(meta, dict) else lambda k: getattr(meta, k, None)
    text = get("text") or ""
    title = get("title")
    if title and title not in text[: len(title) + 10]:
        text = f"{title}\n\n{text}"
    doc = Document(text=text, id=doc_id, title=title, url=get("url"), source=get("sitename"), origin=source)
    date = get("date")
    if date:
        doc.published, doc.published_from = str(date)[:10], "html"
    return doc


def read_jsonl_file(path: Path) -> Iterator[Document | Failure]:
    """Documents from a JSON Lines file; a bad line becomes a Failure naming its line number."""
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below; bytes so that one bad line cannot spoil the rest
    except OSError as exc:
        yield Failure(str(path), "E101", f"cannot read the file: {exc.strerror or exc}")
        return
    with f:
        yield from jsonl_documents(f, str(path))


def jsonl_documents(lines: Iterable[bytes], name: str) -> Iterator[Document | Failure]:
    """Documents from the raw lines of JSON Lines input called ``name`` (a file, or ``-``)."""
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield Failure(where, "E102", f"line {lineno} is not UTF-8 (byte 0x{raw[exc.start]:02x})")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(where, "E104", f"line {lineno}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield record_document(rec, where)


def read_stdin(stream: BinaryIO | None = None) -> Iterator[Document | Failure]:
    """Documents from standard input (``-``): JSON Lines when it starts with ``{``, else one text."""
    data = (stream or sys.stdin.buffer).read()
    if data.lstrip().startswith(b"{"):
        yield from jsonl_documents(data.splitlines(), "-")
        return
    try:
        yield Document(text=decode(data), id="stdin", origin="-")
    except UnicodeDecodeError as exc:
        yield Failure("-", "E102", f"standard input is not UTF-8 text (byte 0x{data[exc.start]:02x})")


def read_jsonl(path: str | Path) -> list[dict]:
    """All records of a JSON Lines file, e.g. rasad's own output (blank lines skipped)."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def record_document(rec: object, where: str) -> Document | Failure:
    """A document from one input record, or a Failure saying what is wrong with it."""
    if not isinstance(rec, dict):
        return Failure(where, "E107", f"expected a JSON object, got {type(rec).__name__}")
    doc_id = rec.get("id")
    doc_id = None if doc_id in (None, "") else str(doc_id)
    text = rec.get("text")
    if not isinstance(text, str):
        what = "no 'text' field" if text is None else f"'text' is a {type(text).__name__}, not a string"
        return Failure(where, "E107", what, doc_id)
    doc = Document.from_dict(rec)
    doc.origin = where
    return doc


def expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named by ``paths``; folders are walked for files rasad reads, in name order."""
    known = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
    for p in map(Path, paths):
        if str(p) == "-":
            yield p
        elif p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in known)
        else:
            yield p


def read_path(path: Path) -> Iterator[Document | Failure]:
    """Documents (and failures) from one file, by its suffix."""
    suffix = path.suffix.lower()
    if str(path) == "-":
        yield from read_stdin()
    elif not path.exists():
        yield Failure(str(path), "E101", "no such file")
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path)
    elif suffix in HTML_SUFFIXES:
        yield from read_html_file(path)
    else:
        yield from read_text_file(path)


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Document | Failure]:
    """Every document (or failure) from files and folders, in order."""
    for path in expand(paths):
        yield from read_path(path)
