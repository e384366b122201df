"""Tests for corslint.loaders.yamljson: positions, tags, hostile input."""

from __future__ import annotations

import time

import pytest

from corslint.loaders.yamljson import ParseError, load_yaml
from corslint.source import LDict, LList, Loc, LStr

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


def test_yaml_syntax_error_has_position() -> None:
    with pytest.raises(ParseError) as err:
        load_yaml("a:\n  b: 1\n c: 2\n", "t.yaml")
    assert err.value.line == 3 and err.value.column is not None


def test_pyyaml_non_printable_stand_in_matches_the_same_code_points() -> None:
    import re
    import subprocess
    import sys

    from corslint.loaders import yamljson

    theirs = re.compile(yamljson.PYYAML_NON_PRINTABLE + "+")  # other text: compiled, not cached
    ours = re.compile(yamljson.SAME_CHARACTERS + "+")
    every = "".join(map(chr, range(0x110000)))
    assert [m.span() for m in ours.finditer(every)] == [m.span() for m in theirs.finditer(every)]
    # and the installed PyYAML asks for exactly that text, so it gets the stand-in
    probe = (
        "import corslint.loaders.yamljson as y, yaml.reader\n"
        "print(yaml.reader.Reader.NON_PRINTABLE.pattern == y.SAME_CHARACTERS)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
