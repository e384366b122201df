"""The fast HCL parser gives python-hcl2's tree exactly, or steps aside.

python-hcl2 is the reference: every tree ``hclparse.parse`` returns must equal
``hcl2.parses_to_tree`` on the same text in rule names, children, token types,
values and positions, and tree spans. When hcl2 rejects a text, the fast
parser must not accept it. The mutation fuzz at the end cuts a window out of a real file, splices in
tokens that change hcl2's tree (newlines, comments, operators, keywords,
quotes, heredocs...) and deletes or repeats spans; the fast parser may step
aside (``Fallback``) but never disagree. A longer run:

    FUZZ_EXAMPLES=20000 pytest tests/loaders/test_hclparse.py -k fuzz
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import subprocess
import sys

import hcl2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lark import Token as LarkToken

from corslint.loaders import hclparse
from corslint.loaders.hcl import Evaluator, HclError, parse_hcl, parse_tree
from corslint.model import Unknown

REPO = pathlib.Path(__file__).resolve().parents[2]
SYNTAX = pathlib.Path(__file__).with_name("hclparse") / "syntax.tf"
GEN = REPO.parent / "shared" / "bench" / "gen_corpus.py"


def difference(ref: object, mine: object, path: str = "start") -> str | None:
    """Where python-hcl2's tree ``ref`` and ours differ first, or None."""
    if isinstance(ref, LarkToken):
        if not isinstance(mine, hclparse.Token):
            return f"{path}: token {ref!r} vs {mine!r}"
        a = (ref.type, str(ref), ref.line, ref.column, ref.end_line, ref.end_column)
        b = (mine.type, str(mine), mine.line, mine.column, mine.end_line, mine.end_column)
        return None if a == b else f"{path}: {a} != {b}"
    if not isinstance(mine, hclparse.Tree) or ref.data != mine.data:  # type: ignore[attr-defined]
        return f"{path}: {ref!r} vs {mine!r}"[:300]
    rm, mm = ref.meta, mine.meta  # type: ignore[attr-defined]
    span_ref = None if getattr(rm, "empty", True) else (rm.line, rm.column, rm.end_line,
                                                        rm.end_column)
    span_mine = None if mm.empty else (mm.line, mm.column, mm.end_line, mm.end_column)
    if span_ref != span_mine:
        return f"{path}: span {span_ref} != {span_mine}"
    kids_ref, kids_mine = ref.children, mine.children  # type: ignore[attr-defined]
    if len(kids_ref) != len(kids_mine):
        return f"{path}: {len(kids_ref)} children != {len(kids_mine)}"
    for i, (a, b) in enumerate(zip(kids_ref, kids_mine, strict=True)):
        found = difference(a, b, f"{path}/{ref.data}[{i}]")  # type: ignore[attr-defined]
        if found:
            return found
    return None


def compare(text: str) -> str:
    """'same', or 'fallback' (the fast parser stepped aside); fails on any disagreement."""
    try:
        ref = hcl2.parses_to_tree(text)
    except Exception:
        ref = None
    try:
        mine = hclparse.parse(text)
    except hclparse.Fallback:
        return "fallback"
    assert ref is not None, "python-hcl2 rejects this text, the fast parser accepted it"
    found = difference(ref, mine)
    assert found is None, found
    return "same"


def _hcl_files() -> list[pathlib.Path]:
    files = [
        p for top in ("fixtures", "tests") for p in sorted((REPO / top).rglob("*"))
        if p.suffix in (".tf", ".tfvars") and p.is_file()
    ]
    return [p for p in files if "\x00" not in p.read_bytes().decode("utf-8", "replace")]


@pytest.mark.parametrize("path", _hcl_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_hcl_file_in_the_repository(path: pathlib.Path) -> None:
    compare(path.read_bytes().decode("utf-8", "replace"))


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_every_construct_of_the_grammar(newline: str) -> None:
    text = SYNTAX.read_text(encoding="utf-8").replace("\n", newline)
    assert compare(text) == "same"  # and not handed to python-hcl2


@pytest.mark.skipif(not GEN.exists(), reason="../shared/bench is not beside the repository")
def test_generated_corpus(tmp_path: pathlib.Path) -> None:
    subprocess.run([sys.executable, str(GEN), str(tmp_path / "c"), "--apis", "12", "--seed", "7"],
                   check=True, capture_output=True)
    files = sorted((tmp_path / "c").rglob("*.tf"))
    assert len(files) > 20
    for path in files:
        assert compare(path.read_text(encoding="utf-8")) == "same", path


@pytest.mark.parametrize("text", [
    'a = "%{ if var.x }yes%{ endif }"\n',  # template directive
    'a = x -12\n',  # hcl2 lexes a negative number here and fails
    'a = 1\n\n+ 2\n',  # a blank line before a continued operator
    'a = \\"quoted\\"\n',  # TEMPLATE_STRING
    'a = {\n',  # unclosed
    'a = b\n= c\n',
])
def test_steps_aside_on_what_it_does_not_handle(text: str) -> None:
    with pytest.raises(hclparse.Fallback):
        hclparse.parse(text)
    assert compare(text) == "fallback"


def test_parse_tree_falls_back_to_python_hcl2() -> None:
    text = 'a = "%{ if var.x }yes%{ endif }"\n'
    assert difference(hcl2.parses_to_tree(text), parse_tree(text)) is None


def test_syntax_errors_keep_python_hcl2_messages() -> None:
    with pytest.raises(HclError) as info:
        parse_tree('resource "x" "y" {\n  a = \n}\n')
    assert info.value.message == (
        "invalid HCL: unexpected end of line (a value or operand is missing?)")
    assert (info.value.line, info.value.column) == (2, 7)
    with pytest.raises(HclError) as info:
        parse_tree('resource "x" "y" {\n  a = 1\n')
    assert "unexpected end of file" in info.value.message


def test_hostile_nesting_is_an_error_or_a_tree_not_a_crash() -> None:
    for text in ("a = " + "[" * 5000 + "]" * 5000 + "\n", "a = " + "(" * 5000 + "1" + ")" * 5000):
        with contextlib.suppress(HclError):
            parse_tree(text)


def test_an_operator_that_starts_a_line_evaluates() -> None:
    """hcl2 glues the newline to the operator token; the evaluator reads its type."""
    blocks = parse_hcl("locals {\n  x = 1\n    + 2\n    * 3\n  y = 1 /* c */ + 1\n}\n", "m.tf")
    ev = Evaluator(lambda name: Unknown(name), "m.tf")
    attrs = blocks[0].attrs
    assert str(attrs["x"].expr.children[1].children[0].children[0]) == "\n    +"
    assert ev.eval(attrs["x"].expr) == 7
    assert ev.eval(attrs["y"].expr) == 2


def test_terraform_check_never_imports_python_hcl2(tmp_path: pathlib.Path) -> None:
    """The fast path is the whole path for ordinary files: no Lark start-up cost."""
    (tmp_path / "main.tf").write_text((REPO / "tests/loaders/hclparse/syntax.tf").read_text())
    code = (
        "import sys\n"
        "from corslint.cli import main\n"
        "try:\n"
        f"    main(['check', {str(tmp_path)!r}, '--no-cache', '--format', 'json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('hcl2', 'lark')),"
        " file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert '"files": 1' in out.stdout
    assert out.stderr.strip() == "[]"


# ---------------------------------------------------------------- mutation fuzz
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


@settings(max_examples=EXAMPLES, deadline=None, database=None)
@given(mutated_hcl())
def test_fast_parser_never_disagrees_with_python_hcl2(text: str) -> None:
    compare(text)  # asserts; "fallback" is allowed


def _grammar_terminal(name: str) -> str:
    """A terminal's regular expression as python-hcl2's own grammar file defines it."""
    grammar = (pathlib.Path(hcl2.__file__).parent / "hcl2.lark").read_text()
    for line in grammar.splitlines():
        if line.startswith(f"{name}.") or line.startswith(f"{name}:"):
            return line.split(":", 1)[1].strip().strip("/")
    raise AssertionError(f"{name} not in hcl2.lark")


@settings(max_examples=EXAMPLES * 10, deadline=None, database=None)
@given(st.text(alphabet='ab"\\$%{}\n\r\t é', max_size=40), st.integers(0, 40))
def test_string_chars_matches_what_the_grammar_matches(text: str, at: int) -> None:
    import re

    grammar = re.compile(_grammar_terminal("STRING_CHARS"))
    at = min(at, len(text))
    ours, theirs = hclparse._STRING_CHARS.match(text, at), grammar.match(text, at)
    assert (ours and ours.end()) == (theirs and theirs.end())
