"""Baselines: record today's findings, see only new ones (issue 7)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corslint.baseline import filter_new, fingerprint, normalise_message
from corslint.findings import Finding

ORDERS = Path(__file__).resolve().parents[1] / "fixtures" / "terraform-rest-orders"


def corslint(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed CLI (as tests/test_cli.py does)."""
    return subprocess.run([sys.executable, "-m", "corslint", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture
def orders(tmp_path: Path) -> Path:
    shutil.copytree(ORDERS, tmp_path / "orders")
    return tmp_path / "orders"


def rules(cwd: Path, *args: str) -> list[str]:
    result = corslint("check", "--format", "json", *args, cwd=cwd)
    return [f["rule"] for f in json.loads(result.stdout)["findings"]]


def test_baseline_hides_known_findings_even_when_lines_move(orders: Path) -> None:
    written = corslint("check", "--write-baseline", "baseline.json", cwd=orders)
    assert written.returncode == 0 and "wrote 4 finding(s)" in written.stderr
    data = json.loads((orders / "baseline.json").read_text())
    assert data["version"] == 1 and len(data["findings"]) == 4
    assert data["findings"] == sorted(
        data["findings"], key=lambda e: (e["file"], e["rule"], e["fingerprint"])
    )
    quiet = corslint("check", "--baseline", "baseline.json", cwd=orders)
    assert quiet.returncode == 0 and "4 hidden by the baseline" in quiet.stdout
    api = orders / "api.tf"
    api.write_text("# moved everything down\n\n\n" + api.read_text())
    assert rules(orders, "--baseline", "baseline.json") == []


def test_new_findings_show_and_fixing_shrinks_the_baseline(orders: Path) -> None:
    corslint("check", "--write-baseline", "baseline.json", cwd=orders)
    api = orders / "api.tf"
    text = api.read_text()
    api.write_text(text.replace("\"'Content-Type'\"", "\"'Content-Type,Authorization'\""))  # fix CORS003
    # a new problem: a second route without a preflight
    api.write_text(api.read_text().replace('http_method   = "PUT"', 'http_method   = "DELETE"'))
    new = rules(orders, "--baseline", "baseline.json")
    assert new == ["CORS001"]  # the DELETE message differs from the baselined PUT one
    corslint("check", "--write-baseline", "baseline.json", cwd=orders)
    data = json.loads((orders / "baseline.json").read_text())
    assert sorted(e["rule"] for e in data["findings"]) == ["CORS001", "CORS020", "CORS050"]


def test_bad_baseline_is_a_usage_error(orders: Path) -> None:
    (orders / "b.json").write_text('{"version": 99}')
    result = corslint("check", "--baseline", "b.json", cwd=orders)
    assert result.returncode == 2 and "bad baseline" in result.stderr


def _finding(line: int, message: str = "m") -> Finding:
    return Finding("CORS020", "n", "error", message, "fix", "a.tf", line, 1, line, 1, "api", None,
                   "terraform")


def test_fingerprint_ignores_lines_and_is_a_multiset() -> None:
    assert fingerprint(_finding(3)) == fingerprint(_finding(30))
    assert fingerprint(_finding(3, "x")) != fingerprint(_finding(3, "y"))
    assert normalise_message("see api.tf:12:3 and line 40") == "see api.tf:N and line N"
    known = {fingerprint(_finding(1)): 1}
    from collections import Counter

    new, hidden = filter_new([_finding(1), _finding(9)], Counter(known))
    assert hidden == 1 and [f.line for f in new] == [9]
