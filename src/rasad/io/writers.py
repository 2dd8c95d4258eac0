"""Writers that never lose finished work: every record is written and flushed as soon as it is
done, so an interrupted run keeps everything it had finished."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import TracebackType
from typing import IO, Any


class JsonlWriter:
    """Write one JSON object a line to a path (``-`` for standard output), flushing each line."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._f: IO[str] | None = None
        self.count = 0

    def __enter__(self) -> JsonlWriter:
        if self.path == "-":
            self._f = sys.stdout
        else:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._f = open(self.path, "w", encoding="utf-8")  # noqa: SIM115 - closed in __exit__
        return self

    def write(self, record: dict[str, Any]) -> None:
        assert self._f is not None
        self._f.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._f.flush()
        self.count += 1

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._f is not None and self._f is not sys.stdout:
            self._f.close()
