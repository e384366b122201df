"""Tests for corslint.loaders.yamljson: positions, tags, hostile input."""

from __future__ import annotations

import json
import pathlib
import time

import pytest

from corslint.loaders.yamljson import MAX_BYTES, ParseError, _JsonScanner, load_data, load_json, load_yaml
from corslint.source import LDict, LList, Loc, LStr

HERE = pathlib.Path(__file__).parent / "openapi"

YAML = """\
a: 1
b:
  c: !Ref X
  d: !GetAtt Fn.Arn
  e: !Sub "x-${AWS::Region}"
  f: !If [c, 1, 2]
  g: |
    line1
    line2

h: [1, 2.5, {x: y}]
i: yes
j: 2026-09-30
k: null
l: "007"
"""


def test_yaml_types_and_positions() -> None:
    doc = load_yaml(YAML, "t.yaml")
    assert isinstance(doc, LDict)
    assert doc.loc == Loc("t.yaml", 1, 1, 15, 9)
    assert doc["a"] == 1 and doc["i"] is True and doc["k"] is None
    assert doc["j"] == "2026-09-30" and isinstance(doc["j"], LStr)
    assert doc["l"] == "007"
    assert doc.key_locs["a"] == Loc("t.yaml", 1, 1, 1, 5)
    # a block mapping ends at its last value, not at the next key
    assert doc.key_locs["b"] == Loc("t.yaml", 2, 1, 9, 10)
    assert doc["b"].loc == Loc("t.yaml", 3, 3, 9, 10)
    assert doc["b"].key_locs["g"] == Loc("t.yaml", 7, 3, 9, 10)
    assert doc["b"]["g"] == "line1\nline2\n"
    h = doc["h"]
    assert isinstance(h, LList) and h == [1, 2.5, {"x": "y"}]
    assert h.loc == Loc("t.yaml", 11, 4, 11, 20)
    assert h[2].key_locs["x"] == Loc("t.yaml", 11, 14, 11, 18)
    assert doc["h"][2]["x"].loc == Loc("t.yaml", 11, 17, 11, 18)


def test_cloudformation_tags_become_long_form() -> None:
    doc = load_yaml(YAML, "t.yaml")["b"]
    assert doc["c"] == {"Ref": "X"}
    assert doc["d"] == {"Fn::GetAtt": ["Fn", "Arn"]}
    assert doc["e"] == {"Fn::Sub": "x-${AWS::Region}"}
    assert doc["f"] == {"Fn::If": ["c", 1, 2]}
    assert isinstance(doc["c"], LDict) and doc["c"].loc == Loc("t.yaml", 3, 6, 3, 12)
    assert doc["c"].key_locs["Ref"] == doc["c"].loc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("!Join ['', [a, b]]", {"Fn::Join": ["", ["a", "b"]]}),
        ("!GetAtt [A, B]", {"Fn::GetAtt": ["A", "B"]}),
        ("!Condition IsProd", {"Condition": "IsProd"}),
        ("!FindInMap [M, k, v]", {"Fn::FindInMap": ["M", "k", "v"]}),
        ("!Select [0, !GetAZs '']", {"Fn::Select": [0, {"Fn::GetAZs": ""}]}),
        ("!Split [',', !ImportValue X]", {"Fn::Split": [",", {"Fn::ImportValue": "X"}]}),
        ("!And [!Equals [a, b], !Not [!Or [x, y]]]",
         {"Fn::And": [{"Fn::Equals": ["a", "b"]}, {"Fn::Not": [{"Fn::Or": ["x", "y"]}]}]}),
        ("!Base64 abc", {"Fn::Base64": "abc"}),
        ("!Cidr [a, 6, 5]", {"Fn::Cidr": ["a", 6, 5]}),
        ("!Transform {Name: x}", {"Fn::Transform": {"Name": "x"}}),
        ("!Unknown kept", "kept"),
        ("!!str 12", "12"),
    ],
)
def test_all_short_form_tags(text: str, expected: object) -> None:
    assert load_yaml(f"v: {text}\n", "t.yaml")["v"] == expected


def test_first_document_duplicates_and_merge() -> None:
    doc = load_yaml("base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\na: 1\na: 2\n---\nother: 1\n", "t.yaml")
    assert doc["a"] == 2
    assert doc["m"] == {"x": 1, "y": 3}
    assert "other" not in doc
    assert load_yaml("", "t.yaml") is None


def test_alias_bomb_is_rejected_fast() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, cur in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    start = time.monotonic()
    with pytest.raises(ParseError, match="too many YAML aliases/nodes") as err:
        load_yaml("\n".join(lines), "bomb.yaml")
    assert time.monotonic() - start < 2
    assert err.value.line is not None


def test_recursive_alias_and_deep_nesting() -> None:
    with pytest.raises(ParseError, match="recursive YAML alias"):
        load_yaml("a: &a [*a]\n", "t.yaml")
    with pytest.raises(ParseError, match="nesting too deep") as err:
        load_yaml("[" * 100_000, "t.yaml")
    assert err.value.line == 1
    with pytest.raises(ParseError, match="nesting too deep"):
        load_json("[" * 100_000 + "]" * 100_000, "t.json")


def test_yaml_syntax_error_has_position() -> None:
    with pytest.raises(ParseError) as err:
        load_yaml("a:\n  b: 1\n c: 2\n", "t.yaml")
    assert err.value.line == 3 and err.value.column is not None


def test_json_positions_and_types() -> None:
    text = '{\n  "a": {"b": [1, 2.5, "x", true, null, 1e5]},\n  "c": "\\ud83d\\ude00"\n}'
    doc = load_json(text, "t.json")
    assert doc == {"a": {"b": [1, 2.5, "x", True, None, 100000.0]}, "c": "\U0001f600"}
    assert doc.loc == Loc("t.json", 1, 1, 4, 2)
    assert doc.key_locs["a"] == Loc("t.json", 2, 3, 2, 45)
    assert doc["a"].key_locs["b"] == Loc("t.json", 2, 9, 2, 44)
    assert doc.key_locs["c"] == Loc("t.json", 3, 3, 3, 22)
    assert doc["a"]["b"][2].loc == Loc("t.json", 2, 23, 2, 26)
    # the fallback scanner gives the same values and positions
    scanned = _JsonScanner(text, "t.json").scan()
    assert scanned == doc
    assert scanned.key_locs == doc.key_locs and scanned["a"].key_locs == doc["a"].key_locs


def test_json_that_yaml_misreads_uses_scanner() -> None:
    long_key = "k" * 2000
    text = json.dumps({long_key: 1, "n": 1e5, "s": "a\\/b"})
    doc = load_json(text, "t.json")
    assert doc == json.loads(text)
    assert doc.key_locs["n"].line == 1


def test_truncated_json_reports_line() -> None:
    text = (HERE / "truncated-export.json").read_text()
    with pytest.raises(ParseError) as err:
        load_json(text, "truncated-export.json")
    assert (err.value.line, err.value.column) == (6, 65)


def test_load_data_limits(tmp_path: pathlib.Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: 1\n" * (MAX_BYTES // 5 + 1))
    with pytest.raises(ParseError, match="file too large"):
        load_data(big, "big.yaml")
    binary = tmp_path / "bin.json"
    binary.write_bytes(b'{"a":\n 1}\x00\x01')
    with pytest.raises(ParseError, match="binary file") as err:
        load_data(binary, "bin.json")
    assert err.value.line == 2
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"a: 1\nb: caf\xe9\n")
    with pytest.raises(ParseError, match="not UTF-8 text") as err:
        load_data(latin, "latin.yaml")
    assert err.value.line == 2


def test_load_data_by_extension_and_bom(tmp_path: pathlib.Path) -> None:
    bom = tmp_path / "t.yml"
    bom.write_bytes(b"\xef\xbb\xbfa: !Ref B\n")
    doc = load_data(bom, "t.yml")
    assert doc == {"a": {"Ref": "B"}} and doc.loc.file == "t.yml"
    js = tmp_path / "t.template"
    js.write_text('{"a": 1e5}')
    assert load_data(js, "t.template") == {"a": 100000.0}
    assert load_data(HERE / "pets-prod-swagger-apigateway.json", "p.json")["info"]["title"] == "pets"
