"""Options for a run: packaged defaults, overridable by the CLI or the Python API."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class Settings:
    """Run options.

    ``max_chars``: documents longer than this are refused (E106) rather than slowing a batch;
    ``min_arabic_ratio``: share of letters that must be Arabic for a text to be processed (E105);
    ``published``: publication date used when a document has none (``--published``).
    """

    max_chars: int = 2_000_000
    min_arabic_ratio: float = 0.3
    published: str | None = None


DEFAULT = Settings()
