"""Mutation fuzz: the fast HCL parser never disagrees with python-hcl2.

Each example cuts a window out of a real file, splices in tokens that change
hcl2's tree (newlines, comments, operators, keywords, quotes, heredocs...) and
deletes or repeats spans. Whatever the fast parser returns must equal
python-hcl2's tree; it may step aside (``Fallback``), never disagree.

    HYPOTHESIS_PROFILE=long FUZZ_EXAMPLES=20000 pytest tests/fuzz/test_hclparse.py
"""

from __future__ import annotations

import os
import pathlib

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.loaders.test_hclparse import SYNTAX, compare

REPO = pathlib.Path(__file__).resolve().parents[2]
SEEDS = [SYNTAX.read_text(encoding="utf-8")] + [
    p.read_text(encoding="utf-8") for p in sorted((REPO / "fixtures").rglob("*.tf"))
]
PIECES = [
    "\n", " ", "\t", "\r\n", "# c\n", "// c\n", "/* c */", "/*\n*/", "-", "+", "*", "/", "%",
    "?", ":", "::", "=", "==", "=>", "!", "!=", "<", "<=", ">", "&&", "||", '"', "${", "$${",
    "%{", "}", "{", "[", "]", "(", ")", ",", ".", "...", ".*", "[*]", "~", "\\", "1", "-12",
    "1.5", "-1.5e3", "true", "null", "for", "in", "if", "for_each", "x", "a.b",
    "<<EOF\nx\nEOF\n", "<<-E\n  y\n  E\n", "f(", "p::q::r(", "\u00e9",
]
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))


@st.composite
def mutated_hcl(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEEDS))
    if len(text) > 800:
        start = draw(st.integers(0, len(text) - 800))
        text = text[start:start + 800]
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "insert", "delete", "repeat"]))
        if kind == "insert":
            text = text[:at] + draw(st.sampled_from(PIECES)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)):]
        else:
            other = draw(st.integers(0, len(text)))
            text = text[:at] + text[min(at, other):max(at, other)] + text[at:]
    return text


@settings(max_examples=EXAMPLES)
@given(mutated_hcl())
def test_fast_parser_never_disagrees_with_python_hcl2(text: str) -> None:
    compare(text)  # asserts; "fallback" is allowed
