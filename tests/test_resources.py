"""The data-file loader: every packaged YAML file loads, and a key given twice is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rasad.resources import PACKAGE_DATA, read_yaml


@pytest.mark.parametrize("path", sorted(PACKAGE_DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(PACKAGE_DATA)))
def test_packaged_yaml_files_give_no_key_twice(path: Path) -> None:
    assert read_yaml(path) is not None


def test_a_key_given_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "modality.yaml"
    path.write_text("before:\n  negated:\n    3: [لم, لن]\n    1: [لا]\n    3: [فكك]\n", encoding="utf-8")
    with pytest.raises(yaml.constructor.ConstructorError) as caught:
        read_yaml(path)
    message = str(caught.value)
    assert "key 3 is given twice (first on line 3)" in message and "line 5" in message


def test_distinct_keys_load_as_plain_yaml(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text("a:\n  1: [x]\n  3: [y, z]\nb: {a: 1}\n", encoding="utf-8")
    assert read_yaml(path) == {"a": {1: ["x"], 3: ["y", "z"]}, "b": {"a": 1}}
