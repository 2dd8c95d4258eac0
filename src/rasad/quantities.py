"""Quantities: numbers in digits and words, approximations, what they count (issue 5)."""

from __future__ import annotations

from rasad.document import Document


def run(doc: Document) -> Document:
    """Pipeline stage: fill ``doc.quantities`` (not yet implemented)."""
    return doc
