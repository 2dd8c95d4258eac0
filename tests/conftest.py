"""Shared test fixtures: an isolated user-data dir and the path of ../shared (tests that need it skip
cleanly when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasad.pipeline import extract

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "dev" / "docs.jsonl").is_file(),
                                  reason="../shared is not present")


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a developer's own overlay files out of the tests."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg")))
    monkeypatch.delenv("RASAD_DATA", raising=False)


def sentence_events(text: str, published: str = "2023-05-14") -> list[tuple[str, str]]:
    """(category, modality) of each event the whole pipeline finds in ``text``."""
    return [(e.category, e.modality) for e in extract(text, published=published).events]


def dated_events(text: str, published: str = "2023-05-14") -> list[tuple[str, str, str | None]]:
    """(category, modality, date value) of each event the whole pipeline finds in ``text``."""
    return [(e.category, e.modality, e.date.value if e.date else None)
            for e in extract(text, published=published).events]


def modalities_of(text: str, category: str) -> list[str]:
    """The modalities of the events of ``category`` in ``text``."""
    return [m for c, m in sentence_events(text) if c == category]


def asserted_categories(text: str) -> set[str]:
    """The categories of the asserted events the whole pipeline finds in ``text``."""
    return {c for c, m in sentence_events(text) if m == "asserted"}


def place_names(text: str, published: str = "2023-05-14") -> list[str]:
    """The texts of the places (LOC entities) the whole pipeline finds in ``text``."""
    return [e.text for e in extract(text, published=published).entities if e.type == "LOC"]


def dates_of(text: str, category: str, published: str = "2023-05-14") -> list[str | None]:
    """The date values of the events of ``category`` in ``text``."""
    return [d for c, _, d in dated_events(text, published) if c == category]


def actors_of(text: str, category: str, published: str = "2023-05-14") -> list[tuple[str, str]]:
    """(role, name) of the actors of the events of ``category`` in ``text``."""
    return [(a.role, a.name) for e in extract(text, published=published).events if e.category == category
            for a in e.actors]
