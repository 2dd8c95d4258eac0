"""Coded errors.  Every failure a user sees carries a code, the document it concerns and a
one-line message; the batch goes on (see ``rasad.io.readers`` and ``rasad.cli``)."""

from __future__ import annotations

from dataclasses import dataclass

CODES = {
    "E101": "cannot read the file",
    "E102": "the file is not in a text encoding rasad can read",
    "E103": "the document has no text",
    "E104": "invalid JSON",
    "E105": "the document is not Arabic text",
    "E106": "the document is too large",
    "E107": "the record has no usable 'text' field",
    "E108": "unsupported input",
    "E201": "processing failed",
}


@dataclass(slots=True)
class Failure:
    """A document (or input line) that could not be processed."""

    source: str  # file path, with ":<line>" for a JSON Lines record
    code: str
    message: str
    doc_id: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"source": self.source, "id": self.doc_id, "code": self.code, "message": self.message}

    def __str__(self) -> str:
        who = f"{self.source} (id {self.doc_id})" if self.doc_id and self.doc_id not in self.source else self.source
        return f"{who}: {self.code} {self.message}"


class RasadError(Exception):
    """An error with a code from :data:`CODES`."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message
