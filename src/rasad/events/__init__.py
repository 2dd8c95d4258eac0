"""Events: triggers, arguments, modality, attribution, in-document merging (issue 5)."""

from __future__ import annotations

from rasad.document import Document


def run(doc: Document) -> Document:
    """Pipeline stage: fill ``doc.events`` (not yet implemented)."""
    return doc
