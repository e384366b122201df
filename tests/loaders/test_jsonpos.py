"""Tests for corslint.loaders.jsonpos: values, positions, errors, hostile input."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corslint.loaders.datafile import ParseError
from corslint.loaders.jsonpos import load_json
from corslint.source import LDict, LList, Loc, LStr

REPO = pathlib.Path(__file__).resolve().parents[2]
HERE = pathlib.Path(__file__).parent / "openapi"


def test_positions_and_types() -> None:
    text = '{\n  "a": {"b": [1, 2.5, "x", true, null, 1e5]},\n  "c": "\\ud83d\\ude00"\n}'
    doc = load_json(text, "t.json")
    assert doc == {"a": {"b": [1, 2.5, "x", True, None, 100000.0]}, "c": "\U0001f600"}
    assert doc.loc == Loc("t.json", 1, 1, 4, 2)
    assert doc.key_locs["a"] == Loc("t.json", 2, 3, 2, 45)
    assert doc["a"].key_locs["b"] == Loc("t.json", 2, 9, 2, 44)
    assert doc.key_locs["c"] == Loc("t.json", 3, 3, 3, 22)
    assert doc["a"]["b"][2].loc == Loc("t.json", 2, 23, 2, 26)
    assert [type(v) for v in doc["a"]["b"]] == [int, float, LStr, bool, type(None), float]


def test_escapes_long_keys_and_special_numbers() -> None:
    long_key = "k" * 2000
    text = json.dumps({long_key: 1, "n": 1e5, "s": "a\\/b \"q\" \u00e9", "x": [-0.5, -3, 1E2]})
    text += ' '
    doc = load_json(text, "t.json")
    assert doc == json.loads(text)
    assert doc.key_locs["n"].line == 1
    nan = load_json('{"a": NaN, "b": -Infinity, "c": [Infinity]}', "t.json")
    assert nan["a"] != nan["a"] and nan["b"] == float("-inf") and nan["c"] == [float("inf")]


def test_scalars_empty_containers_and_duplicate_keys() -> None:
    assert load_json('  "x"\n', "t.json").loc == Loc("t.json", 1, 3, 1, 6)
    assert load_json("7", "t.json") == 7
    doc = load_json('{"a": {}, "b": [], "c": [{}, []], "a": 2}', "t.json")
    assert doc == {"a": 2, "b": [], "c": [{}, []]}
    assert doc.key_locs["a"] == Loc("t.json", 1, 35, 1, 41)
    assert doc["b"].loc == Loc("t.json", 1, 16, 1, 18)


def test_errors_have_positions() -> None:
    text = (HERE / "truncated-export.json").read_text()
    with pytest.raises(ParseError) as err:
        load_json(text, "truncated-export.json")
    assert (err.value.line, err.value.column) == (6, 65)
    with pytest.raises(ParseError, match="nesting too deep"):
        load_json("[" * 100_000 + "]" * 100_000, "t.json")
    with pytest.raises(ParseError, match="nesting too deep") as err:
        load_json("[" * 300 + "]" * 300, "t.json")
    assert (err.value.line, err.value.column) == (1, 201)
    with pytest.raises(ParseError, match="cannot read JSON"):
        load_json('{"n": ' + "1" * 5000 + "}", "t.json")


def _slice(text: str, loc: Loc) -> str:
    lines = text.split("\n")
    assert loc.end_line is not None and loc.end_column is not None
    if loc.line == loc.end_line:
        return lines[loc.line - 1][loc.column - 1 : loc.end_column - 1]
    middle = lines[loc.line : loc.end_line - 1]
    return "\n".join([lines[loc.line - 1][loc.column - 1 :], *middle,
                      lines[loc.end_line - 1][: loc.end_column - 1]])


def _assert_positions(text: str, value: Any) -> None:
    """Every position points at exactly the text of its value (or its ``key: value`` entry)."""
    if isinstance(value, (LDict, LList, LStr)):
        assert json.loads(_slice(text, value.loc)) == value
    if isinstance(value, LDict):
        for key, item in value.items():
            assert json.loads("{" + _slice(text, value.key_locs[key]) + "}") == {key: item}
            _assert_positions(text, item)
    elif isinstance(value, LList):
        for item in value:
            _assert_positions(text, item)


def _json_files() -> list[pathlib.Path]:
    skip = {"node_modules", ".corslint_cache", ".venv", ".git"}
    return sorted(p for p in REPO.rglob("*.json") if not skip & set(p.parts))


@pytest.mark.parametrize("path", _json_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_position_in_the_repo_json_points_at_its_value(path: pathlib.Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    try:
        json.loads(text)
    except ValueError:
        pytest.skip("not valid JSON (an error fixture)")
    doc = load_json(text, "t.json")
    assert doc == json.loads(text)
    _assert_positions(text, doc)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=30,
)


@given(json_values, st.sampled_from([None, 0, 1, 2]), st.booleans())
def test_generated_json_round_trips_with_positions(value: Any, indent: int | None, ascii_only: bool) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=ascii_only)
    doc = load_json(text, "t.json")
    assert doc == json.loads(text)
    _assert_positions(text, doc)
