"""SARIF 2.1.0 and GitHub annotations from the installed CLI (issue 7)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest


ROOT = Path(__file__).resolve().parents[1]
SCHEMA = Path(__file__).parent / "schemas" / "sarif-2.1.0-rtm.5.json"


def corslint(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed CLI (as tests/test_cli.py does)."""
    return subprocess.run([sys.executable, "-m", "corslint", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "fixtures" / "terraform-rest-orders", tmp_path / "infra")
    shutil.copytree(ROOT / "fixtures" / "openapi-console-export", tmp_path / "exports")
    return tmp_path


def sarif(project: Path, *args: str) -> dict:
    result = corslint("check", "--format", "sarif", *args, cwd=project)
    assert result.returncode == 1, result.stderr
    return json.loads(result.stdout)


def test_sarif_is_valid_against_the_official_schema(project: Path) -> None:
    log = sarif(project)
    jsonschema.validate(log, json.loads(SCHEMA.read_text()))
    assert log["version"] == "2.1.0"


def test_schema_test_can_fail() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"version": "2.1.0", "runs": [{"results": []}]},
                            json.loads(SCHEMA.read_text()))


def test_rule_descriptors_cover_every_rule(project: Path) -> None:
    from corslint.rules import REGISTRY

    driver = sarif(project)["runs"][0]["tool"]["driver"]
    ids = [rule["id"] for rule in driver["rules"]]
    assert ids == [r.ID for r in REGISTRY] + ["CORS090"]
    cors020 = driver["rules"][ids.index("CORS020")]
    assert cors020["name"] == "gateway-responses-missing-cors"
    assert cors020["defaultConfiguration"] == {"level": "error"}
    assert "## Why it matters" in cors020["help"]["markdown"]
    assert "Why it matters" in cors020["help"]["text"]
    assert cors020["helpUri"].endswith("docs/rules/CORS020.md")
    assert cors020["fullDescription"]["text"].startswith("For a CORS-enabled REST API")
    levels = {rule["id"]: rule["defaultConfiguration"]["level"] for rule in driver["rules"]}
    assert levels["CORS051"] == "note" and levels["CORS037"] == "warning"


def test_results_have_regions_logical_locations_and_fingerprints(project: Path) -> None:
    run = sarif(project)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert results and run["invocations"][0]["executionSuccessful"] is True
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert not location["artifactLocation"]["uri"].startswith("/")
        assert location["region"]["startLine"] >= 1
        assert "Fix: " in result["message"]["text"]
    cors001 = next(r for r in results if r["ruleId"] == "CORS001")
    assert cors001["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "infra/api.tf"
    names = [loc["name"] for loc in cors001["locations"][0]["logicalLocations"]]
    assert names == ["orders-prod", "PUT /orders/{orderId}"]


def test_fingerprints_do_not_move_with_lines(project: Path) -> None:
    before = {r["partialFingerprints"]["corslint/v1"] for r in sarif(project)["runs"][0]["results"]}
    api = project / "infra" / "api.tf"
    api.write_text("# a new comment\n\n" + api.read_text())
    after_run = sarif(project)["runs"][0]["results"]
    assert {r["partialFingerprints"]["corslint/v1"] for r in after_run} == before
    assert len(before) == len(after_run)


def test_input_errors_become_notifications(project: Path) -> None:
    (project / "infra" / "broken.tf").write_text('resource "x" {\n')
    result = corslint("check", "--format", "sarif", cwd=project)
    assert result.returncode == 2
    log = json.loads(result.stdout)
    jsonschema.validate(log, json.loads(SCHEMA.read_text()))
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    errors = [n for n in invocation["toolExecutionNotifications"] if n["level"] == "error"]
    assert errors[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "infra/broken.tf"


def test_output_file_for_every_format(project: Path) -> None:
    for fmt in ("text", "json", "sarif", "github"):
        out = project / f"report.{fmt}"
        result = corslint("check", "--format", fmt, "--output", str(out), "--no-color", cwd=project)
        assert result.returncode == 1 and result.stdout == ""
        assert "CORS001" in out.read_text()


def test_github_annotations(project: Path) -> None:
    result = corslint("check", "--format", "github", cwd=project)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    line = next(x for x in lines if "title=CORS001" in x)
    assert line.startswith("::error file=infra/api.tf,line=")
    assert ",col=1,endLine=" in line and ",endColumn=" in line
    assert "title=CORS001 missing-preflight::" in line
    assert "%0AFix: " in line  # the newline before the fix is escaped
    assert any(x.startswith("::notice ") for x in lines)  # info → notice
    assert any(x.startswith("::warning ") for x in lines)


def test_github_escaping() -> None:
    from corslint.report.github import _command

    line = _command("error", {"file": "a,b:c.tf", "line": 3}, "50% done\nnext\r")
    assert line == "::error file=a%2Cb%3Ac.tf,line=3::50%25 done%0Anext%0D"


# ---- text output (the default format)


def test_text_colour_only_when_asked_or_on_a_tty(project: Path) -> None:
    import os

    plain = corslint("check", cwd=project)
    assert "\x1b[" not in plain.stdout
    forced = corslint("check", "--color", cwd=project)
    assert "\x1b[31merror\x1b[0m" in forced.stdout  # severity in red
    env = {**os.environ, "NO_COLOR": "1"}
    assert "\x1b[" not in corslint("check", "--no-color", cwd=project, env=env).stdout


def test_text_marker_under_the_column_and_summary(project: Path) -> None:
    out = corslint("check", "--no-color", cwd=project).stdout.splitlines()
    source = next(i for i, line in enumerate(out) if '"method.response.header.Access-Control-Allow-Headers"' in line)
    marker = out[source + 1]
    assert marker.strip() == "^"
    assert marker.index("^") == out[source].index('"method')  # CORS003 is at column 5
    quiet = corslint("check", "--quiet", cwd=project).stdout.splitlines()
    assert len(quiet) > 3 and all(": CORS0" in line for line in quiet)
    assert out[-1].startswith(f"{len(quiet)} problems (")
