"""Entities: knowledge-base matching, descriptor patterns, disambiguation, geocoding (issue 4)."""

from __future__ import annotations

from rasad.document import Document


def run(doc: Document) -> Document:
    """Pipeline stage: fill ``doc.entities`` (not yet implemented)."""
    return doc
