"""Loading the linguistic data files that ship in ``rasad/data`` (and a user's overlay).

Data files are YAML (keyed by concept) or TSV (one entry a line, a header row naming the columns,
``#`` comments).  A user may lay their own files over the packaged ones: every directory in the
``RASAD_DATA`` environment variable (``os.pathsep``-separated) is searched for a file with the same
relative path, and its entries are added after the packaged ones (see :func:`overlay_paths`).
Files are read once per process.
"""

from __future__ import annotations

import csv
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

PACKAGE_DATA = Path(str(resources.files("rasad") / "data"))


def data_path(relpath: str) -> Path:
    """The packaged data file ``rasad/data/<relpath>``."""
    return PACKAGE_DATA / relpath


def user_data_dir() -> Path:
    """Where ``rasad kb import`` writes the user's overlay: the first ``RASAD_DATA`` directory, else
    ``$XDG_DATA_HOME/rasad`` (``~/.local/share/rasad``)."""
    first = os.environ.get("RASAD_DATA", "").split(os.pathsep)[0]
    if first:
        return Path(first)
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "rasad"


def overlay_paths(relpath: str) -> list[Path]:
    """The user overlay files for ``relpath`` that exist, in ``RASAD_DATA`` order (default:
    :func:`user_data_dir`)."""
    out = []
    dirs = os.environ.get("RASAD_DATA", "").split(os.pathsep) if os.environ.get("RASAD_DATA") else [str(user_data_dir())]
    for d in dirs:
        if d and (Path(d) / relpath).is_file():
            out.append(Path(d) / relpath)
    return out


class UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses a key given twice in one mapping: plain YAML keeps the last and
    drops the first silently (a second ``3:`` list of modality cues would replace the first)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} is given twice (first on line {seen[key]}): merge the two",
                    key_node.start_mark)
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


def read_yaml(path: Path) -> Any:
    """One YAML file, read with :class:`UniqueKeyLoader`."""
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=UniqueKeyLoader)  # noqa: S506 (a SafeLoader)


@cache
def load_yaml(relpath: str) -> Any:
    """Load a packaged YAML file; mappings from overlay files update it key by key (lists extend)."""
    data = read_yaml(data_path(relpath))
    for extra in overlay_paths(relpath):
        data = _merge(data, read_yaml(extra) or {})
    return data


def _merge(base: Any, more: Any) -> Any:
    if isinstance(base, dict) and isinstance(more, dict):
        out = dict(base)
        for k, v in more.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(more, list):
        return base + [x for x in more if x not in base]
    return more


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file with a header line; ``#`` lines and blank lines are skipped."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


@cache
def load_tsv(relpath: str) -> tuple[dict[str, str], ...]:
    """Rows of a packaged TSV file followed by the rows of its overlays."""
    rows = read_tsv(data_path(relpath))
    for extra in overlay_paths(relpath):
        rows.extend(read_tsv(extra))
    return tuple(rows)
