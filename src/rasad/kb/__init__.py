"""The knowledge base of actors, people and places (issue 4).

    >>> from rasad.kb import load_kb
    >>> kb = load_kb()                     # packaged files + the user's overlay, compiled once
    >>> kb.scan(normalised_text)           # Hit(start, end, token_start, key, records, nationality)
    >>> kb.geo("sy-aleppo")                # Geo with an honest precision

Files and formats: ``docs/knowledge-base.md``.  ``rasad kb check`` validates them, ``rasad kb import``
writes gazetteer imports into the user's overlay, ``rasad kb report`` shows what a corpus contains
that the base does not know.
"""

from __future__ import annotations

import os

from rasad.kb.base import Hit, KnowledgeBase, record_type
from rasad.kb.loader import kb_files, read_tables
from rasad.kb.model import Actor, Nationality, Person, Place, Record

__all__ = ["Actor", "Hit", "KnowledgeBase", "Nationality", "Person", "Place", "Record", "check", "load_kb",
           "record_type", "reload"]

_CACHE: dict[tuple[str, ...], KnowledgeBase] = {}


def _cache_key() -> tuple[str, ...]:
    return tuple(os.environ.get(k, "") for k in ("RASAD_DATA", "XDG_DATA_HOME", "HOME"))


def load_kb() -> KnowledgeBase:
    """The knowledge base for the current overlay settings (read and compiled once per process)."""
    key = _cache_key()
    kb = _CACHE.get(key)
    if kb is None:
        kb = _CACHE[key] = KnowledgeBase(read_tables())
    return kb


def reload() -> None:
    """Forget the compiled knowledge base (after the files changed)."""
    _CACHE.clear()


def check() -> list[str]:
    """Every problem in the knowledge-base files (``file:line: message``); empty when all is well."""
    return read_tables(kb_files()).problems
