"""Inline suppressions, unused-suppression reports (CORS090) and config ignores (SPEC §6)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corslint.suppress import parse

ROOT = Path(__file__).resolve().parents[1]
ORDERS = ROOT / "fixtures" / "terraform-rest-orders"
CORS033 = Path(__file__).parent / "rules" / "CORS033" / "bad"


def corslint(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed CLI (as tests/test_cli.py does)."""
    return subprocess.run([sys.executable, "-m", "corslint", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300, env=env)


def findings(cwd: Path, *args: str) -> list[tuple[str, int]]:
    result = corslint("check", "--format", "json", *args, cwd=cwd)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return [(f["rule"], f["line"]) for f in json.loads(result.stdout)["findings"]]


def cors033(cwd: Path, *args: str) -> list[tuple[str, int]]:
    """Findings of the CORS033 fixture, limited to the rules its comments name."""
    return findings(cwd, "--select", "CORS033,CORS051,CORS090", *args)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


@pytest.fixture
def orders(tmp_path: Path) -> Path:
    shutil.copytree(ORDERS, tmp_path / "orders")
    return tmp_path / "orders"


@pytest.fixture
def openapi(tmp_path: Path) -> Path:
    shutil.copytree(CORS033, tmp_path / "api")
    return tmp_path / "api"


def test_hcl_comment_on_the_first_line_of_the_resource(orders: Path) -> None:
    before = [rule for rule, _ in findings(orders)]
    assert "CORS020" in before and "CORS050" in before
    edit(orders / "api.tf", 'resource "aws_api_gateway_rest_api" "orders" {',
         'resource "aws_api_gateway_rest_api" "orders" { # corslint: ignore[CORS020] in the edge stack')
    after = [rule for rule, _ in findings(orders)]
    assert "CORS020" not in after and "CORS090" not in after
    assert len(after) == len(before) - 1


def test_hcl_comment_above_covers_the_whole_block(orders: Path) -> None:
    edit(orders / "api.tf", 'resource "aws_api_gateway_method" "update" {',
         '// corslint: ignore[missing-preflight] PUT is called server-side only\n'
         'resource "aws_api_gateway_method" "update" {')
    edit(orders / "api.tf", 'resource "aws_api_gateway_deployment" "orders" {',
         '/* corslint: ignore[CORS050] */\nresource "aws_api_gateway_deployment" "orders" {')
    rules = [rule for rule, _ in findings(orders)]
    assert "CORS001" not in rules and "CORS050" not in rules and "CORS090" not in rules


def test_comment_on_the_line_above_a_nested_attribute(orders: Path) -> None:
    line = '    "method.response.header.Access-Control-Allow-Headers" = "\'Content-Type\'"'
    edit(orders / "api.tf", line, "    # corslint: ignore[CORS003]\n" + line)
    assert "CORS003" not in [rule for rule, _ in findings(orders)]


def test_a_comment_elsewhere_does_not_suppress_and_is_reported(orders: Path) -> None:
    edit(orders / "api.tf", 'resource "aws_api_gateway_deployment" "orders" {',
         '# corslint: ignore[CORS001, CORS777] wrong place\n'
         'resource "aws_api_gateway_deployment" "orders" {')
    result = corslint("check", "--format", "json", cwd=orders)
    report = json.loads(result.stdout)["findings"]
    rules = [f["rule"] for f in report]
    assert "CORS001" in rules and "CORS050" in rules
    unused = [f for f in report if f["rule"] == "CORS090"]
    assert len(unused) == 1 and unused[0]["severity"] == "info"
    assert unused[0]["name"] == "unused-suppression" and unused[0]["file"] == "api.tf"
    assert "CORS001" in unused[0]["message"] and "CORS777 (no such rule)" in unused[0]["message"]
    assert result.returncode == 1  # CORS001 is still there; CORS090 alone is info


def test_unused_suppression_alone_does_not_fail_by_default(openapi: Path) -> None:
    (openapi / "extra.tf").write_text("# corslint: ignore-file[CORS020]\nlocals {}\n")
    edit(openapi / "openapi.yaml", "paths:", "# corslint: ignore-file[ALL]\npaths:")
    result = corslint("check", "--format", "json", cwd=openapi)
    report = json.loads(result.stdout)
    assert [f["rule"] for f in report["findings"]] == []  # extra.tf is no API file: not read
    assert result.returncode == 0


def test_ignore_file_and_all(openapi: Path) -> None:
    assert {rule for rule, _ in cors033(openapi)} == {"CORS033"}
    edit(openapi / "openapi.yaml", "info:", "# corslint: ignore-file[CORS033, CORS051] legacy\ninfo:")
    result = cors033(openapi)
    assert result == [("CORS090", 2)]  # CORS051 suppressed nothing
    assert cors033(openapi, "--ignore", "unused-suppression") == []


def test_yaml_comment_above_a_key_covers_its_entry(openapi: Path) -> None:
    edit(openapi / "openapi.yaml", "  /items:", "  # corslint: ignore[CORS033]\n  /items:")
    assert cors033(openapi) == [("CORS033", 57)]  # the gateway response is outside /items


def test_yaml_trailing_comment_on_the_finding_line(openapi: Path) -> None:
    edit(openapi / "openapi.yaml", "'https://app.example.com/'\"\n    options:",
         "'https://app.example.com/'\" # corslint: ignore[CORS033]\n    options:")
    assert [line for _, line in cors033(openapi)] == [49, 56]


def test_rules_that_did_not_run_are_not_reported_unused(openapi: Path) -> None:
    edit(openapi / "openapi.yaml", "paths:", "# corslint: ignore-file[CORS051]\npaths:")
    assert findings(openapi, "--select", "CORS033") == [("CORS033", 24), ("CORS033", 50), ("CORS033", 57)]


def test_config_suppressions_still_work(openapi: Path) -> None:
    (openapi / "corslint.toml").write_text('[tool.corslint]\nexclude = ["openapi.yaml"]\n')
    assert cors033(openapi) == []
    (openapi / "corslint.toml").write_text(
        '[tool.corslint]\nper-file-ignores = { "openapi.yaml" = ["malformed-origin"] }\n'
    )
    assert cors033(openapi) == []
    (openapi / "corslint.toml").unlink()
    edit(openapi / "openapi.yaml", "paths:", "x-corslint-ignore: [CORS033]\npaths:")
    assert cors033(openapi) == []


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("x = 1  # corslint: ignore[CORS010]\ny = 2\n", range(1, 2)),  # Python, trailing
        ("# corslint: ignore[CORS011] reason\ndef handler(event, ctx):\n    return 1\n\nz = 3\n",
         range(2, 4)),  # Python, block by indentation
        ("// corslint: ignore[CORS011]\nfunction handler() {\n  return {\n  };\n}\nx();\n",
         range(2, 6)),  # JS, block by braces
        ("/* corslint: ignore[CORS011] */\nconst a = 1;\n", range(2, 3)),  # JS block comment
        ('resource "a" "b" { # corslint: ignore[CORS020]\n  x = "{"\n}\nlocals {}\n',
         range(1, 4)),  # braces inside strings do not count
        ('x = "corslint: ignore[CORS020]"\n', None),  # not in a comment
    ],
)
def test_parse_comment_styles(text: str, covered: range | None) -> None:
    directives = parse("f", text)
    if covered is None:
        assert directives == []
    else:
        assert [d.lines for d in directives] == [covered]


def test_python_handler_comment_above_the_function(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "fixtures" / "serverless-invoices", tmp_path / "svc")
    svc = tmp_path / "svc"
    assert ("CORS011", 21) in findings(svc)
    edit(svc / "src" / "invoices.py", "def pay(event, context):",
         "# corslint: ignore[error-path-missing-allow-origin] the 400 is for server callers\n"
         "def pay(event, context):")
    after = findings(svc)
    assert not any(rule in ("CORS011", "CORS090") for rule, _ in after), after
