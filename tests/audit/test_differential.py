"""The same APIs as Terraform and as deployed to moto give the same rule IDs and routes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from .deploy import FIXTURES, HERE

from .moto_kit import REGION


def corslint(*args: str, cwd: Path | None = None) -> tuple[int, dict]:
    proc = subprocess.run([sys.executable, "-m", "corslint", *args, "--format", "json"],
                          capture_output=True, text=True, timeout=120, cwd=cwd)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def keys(report: dict) -> set[tuple[str, str | None]]:
    return {(f["rule"], f["route"]) for f in report["findings"]}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_terraform_and_deployed_agree(moto: str, name: str, tmp_path: Path) -> None:
    FIXTURES[name](moto)
    _, checked = corslint("check", str(HERE / name), "--no-cache")  # no cache in the repo
    code, audited = corslint("audit", "--endpoint-url", moto, "--region", REGION, cwd=tmp_path)
    assert checked["findings"], "the fixture must have findings to compare"
    assert audited["errors"] == []
    assert keys(audited) == keys(checked)
    assert code == 1
    for finding in audited["findings"]:
        assert finding["file"].startswith(f"aws://{REGION}/"), finding
        assert finding["source"] in ("aws", "python"), finding


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_saved_exports_lint_the_same(moto: str, name: str, tmp_path: Path) -> None:
    FIXTURES[name](moto)
    _, audited = corslint("audit", "--endpoint-url", moto, "--region", REGION, "--no-code",
                          "--save-exports", "exports", cwd=tmp_path)
    saved = sorted((tmp_path / "exports" / REGION).glob("*.json"))
    assert len(saved) == 1
    _, checked = corslint("check", "exports", cwd=tmp_path)
    assert keys(checked) == keys(audited)
    assert all(f["file"].startswith(f"exports/{REGION}/") for f in audited["findings"])
    assert all(f["line"] > 1 for f in audited["findings"] if f["route"])
