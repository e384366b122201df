"""The installed CLI: exit codes, output formats, options and config (SPEC §5–§7)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RULES = Path(__file__).parent / "rules"


def corslint(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "corslint", *args],
        cwd=cwd, capture_output=True, text=True, timeout=120, env=env,
    )


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    shutil.copytree(RULES / "CORS033" / "bad", tmp_path / "api")
    return tmp_path / "api"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    shutil.copytree(RULES / "CORS033" / "good", tmp_path / "api")
    return tmp_path / "api"


def test_clean_exits_0(good: Path) -> None:
    result = corslint("check", ".", cwd=good)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No problems" in result.stdout


def test_findings_exit_1_and_text_shows_source_line(bad: Path) -> None:
    result = corslint("check", cwd=bad)
    assert result.returncode == 1
    assert "CORS033 malformed-origin" in result.stdout
    assert "\"'https://app.example.com/'\"" in result.stdout  # the offending source line
    assert "\x1b[" not in result.stdout  # no colour when not a TTY
    assert result.stdout.rstrip().splitlines()[-1].startswith("3 problems (3 errors")


def test_json_report_schema(bad: Path) -> None:
    report = json.loads(corslint("check", ".", "--format", "json", cwd=bad).stdout)
    assert set(report) == {"version", "tool", "findings", "errors", "unchecked", "summary"}
    assert report["version"] == 1 and report["tool"]["name"] == "corslint"
    finding = report["findings"][0]
    assert set(finding) == {
        "rule", "name", "severity", "message", "fix", "file", "line", "column",
        "end_line", "end_column", "api", "route", "source",
    }
    assert finding["source"] == "openapi" and finding["file"] == "openapi.yaml"
    assert report["summary"]["findings"] == {"error": 3, "warning": 0, "info": 0}
    keys = [(f["file"], f["line"], f["rule"]) for f in report["findings"]]
    assert keys == sorted(keys)


def test_quiet_prints_findings_only(bad: Path) -> None:
    lines = corslint("check", "-q", cwd=bad).stdout.splitlines()
    assert len(lines) == 3 and all(": CORS033 [error] " in line for line in lines)


def test_select_ignore_and_fail_on(bad: Path) -> None:
    assert corslint("check", "--ignore", "CORS033", cwd=bad).returncode == 0
    assert corslint("check", "--select", "malformed-origin", cwd=bad).returncode == 1
    assert corslint("check", "--select", "CORS00", cwd=bad).returncode == 0
    assert corslint("check", "--fail-on", "never", cwd=bad).returncode == 0
    unknown = corslint("check", "--select", "CORS999", cwd=bad)
    assert unknown.returncode == 2 and "unknown rule" in unknown.stderr


def test_config_file_and_unknown_key(bad: Path) -> None:
    (bad / "corslint.toml").write_text('[tool.corslint]\nignore = ["CORS033"]\n')
    assert corslint("check", cwd=bad).returncode == 0
    (bad / "corslint.toml").write_text("[tool.corslint]\nignor = []\n")
    result = corslint("check", cwd=bad)
    assert result.returncode == 2
    assert "unknown key 'ignor'" in result.stderr


def test_pyproject_table_and_per_file_ignores(bad: Path) -> None:
    (bad / "pyproject.toml").write_text(
        '[tool.corslint]\nper-file-ignores = { "openapi.yaml" = ["CORS033"] }\n'
    )
    assert corslint("check", cwd=bad).returncode == 0


def test_broken_input_is_an_error_and_others_are_still_checked(bad: Path) -> None:
    (bad / "broken.yaml").write_text("openapi: 3.0.1\npaths:\n  /x: [\n")
    (bad / "binary.json").write_bytes(b'{"swagger": "2.0"}\x00\xff\xfe')
    result = corslint("check", ".", "--format", "json", cwd=bad)
    report = json.loads(result.stdout)
    assert result.returncode == 2
    assert {e["file"] for e in report["errors"]} == {"broken.yaml", "binary.json"}
    assert report["summary"]["findings"]["error"] == 3
    assert "Traceback" not in result.stderr


def test_missing_path_is_an_error(good: Path) -> None:
    result = corslint("check", "nope/", cwd=good)
    assert result.returncode == 2
    assert "no such file" in result.stdout


def test_output_file(bad: Path) -> None:
    corslint("check", "--format", "json", "--output", "out.json", cwd=bad)
    assert json.loads((bad / "out.json").read_text())["findings"]


def test_rules_command_and_version(tmp_path: Path) -> None:
    listing = corslint("rules", cwd=tmp_path)
    assert listing.returncode == 0 and "CORS001  missing-preflight" in listing.stdout
    doc = corslint("rules", "CORS020", cwd=tmp_path)
    assert "## Why it matters" in doc.stdout
    assert corslint("rules", "nope", cwd=tmp_path).returncode == 2
    assert "corslint, version" in corslint("--version", cwd=tmp_path).stdout


def test_check_never_imports_boto3(good: Path) -> None:
    probe = (
        "import sys\n"
        "from corslint.cli import main\n"
        "try:\n    main(['check', '.'])\n"
        "except SystemExit:\n    pass\n"
        "print('boto3' in sys.modules, 'botocore' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=good, capture_output=True, text=True)
    assert result.stdout.strip().splitlines()[-1] == "False False"


def test_console_script_exit_flushes_output_and_keeps_codes(bad: Path) -> None:
    """``corslint.cli.script`` ends the process with ``os._exit``: nothing may be lost."""
    big = corslint("check", ".", "--format", "json", "--no-cache", cwd=bad)
    assert big.returncode == 1 and json.loads(big.stdout)["summary"]["findings"]["error"] == 3
    usage = corslint("check", "--no-such-option", cwd=bad)
    assert usage.returncode == 2 and "No such option" in usage.stderr


def test_console_script_clean_exit_code(good: Path) -> None:
    result = corslint("check", ".", "--no-cache", cwd=good)
    assert result.returncode == 0 and "No problems" in result.stdout


def test_closed_stdout_pipe_exits_1_without_traceback(bad: Path) -> None:
    script = f'"{sys.executable}" -m corslint check . --no-cache | head -c 1 >/dev/null; exit ${{PIPESTATUS[0]}}'
    result = subprocess.run(["bash", "-c", script], cwd=bad, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert result.returncode == 1
