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

_CACHE: dict[tuple[str, ...], KnowledgeBase] = {}  # by overlay settings: the quick look-up
_BY_FILES: dict[tuple[tuple[str, int], ...], KnowledgeBase] = {}  # by the files those settings find
MAX_SETTINGS = 64  # overlay settings remembered (each only points to a knowledge base)
MAX_BASES = 4  # knowledge bases kept compiled (each holds its automata: megabytes)


def _cache_key() -> tuple[str, ...]:
    return tuple(os.environ.get(k, "") for k in ("RASAD_DATA", "XDG_DATA_HOME", "HOME"))


def load_kb() -> KnowledgeBase:
    """The knowledge base for the current overlay settings (read and compiled once per process).  Settings
    that find the same files share one compiled base, and only a few are kept: a process that changes its
    data directories often (a test suite, a server serving several users) does not hold a base for each."""
    key = _cache_key()
    kb = _CACHE.get(key)
    if kb is None:
        files = kb_files()
        found = tuple((str(p), p.stat().st_mtime_ns) for table in sorted(files) for p in files[table])
        kb = _BY_FILES.get(found)
        if kb is None:
            if len(_BY_FILES) >= MAX_BASES:
                _BY_FILES.clear()
            kb = _BY_FILES[found] = KnowledgeBase(read_tables(files))
        if len(_CACHE) >= MAX_SETTINGS:
            _CACHE.clear()
        _CACHE[key] = kb
    return kb


def reload() -> None:
    """Forget the compiled knowledge base (after the files changed)."""
    _CACHE.clear()
    _BY_FILES.clear()


def check() -> list[str]:
    """Every problem in the knowledge-base files (``file:line: message``); empty when all is well."""
    return read_tables(kb_files()).problems
