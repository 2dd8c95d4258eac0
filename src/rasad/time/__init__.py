"""Temporal expressions: find, type and resolve them (issue 3)."""

from __future__ import annotations

from rasad.document import Document


def run(doc: Document) -> Document:
    """Pipeline stage: fill ``doc.timexes`` (not yet implemented)."""
    return doc
