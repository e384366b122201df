"""Generated rule docs (docs/rules/) and `corslint rules` (issue 7)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


from corslint.docs import all_rules, pages, write_pages

ROOT = Path(__file__).resolve().parents[1]


def corslint(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed CLI (as tests/test_cli.py does)."""
    return subprocess.run([sys.executable, "-m", "corslint", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300, env=env)


def test_docs_rules_are_up_to_date() -> None:
    folder = ROOT / "docs" / "rules"
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.md")}
    assert on_disk == pages(), "run `python -m corslint.docs` to regenerate docs/rules/"


def test_staleness_is_detected_and_regenerated(tmp_path: Path) -> None:
    write_pages(tmp_path)
    (tmp_path / "CORS020.md").write_text("stale")
    (tmp_path / "CORS999.md").write_text("removed rule")
    assert sorted(write_pages(tmp_path)) == ["CORS020.md", "CORS999.md"]
    assert write_pages(tmp_path) == []


def test_every_rule_has_a_page_with_its_sections() -> None:
    files = pages()
    index = files["README.md"]
    for rule in all_rules():
        page = files[f"{rule.ID}.md"]
        assert page.splitlines()[1] == f"# {rule.ID} `{rule.NAME}`"
        assert f"**Severity:** {rule.SEVERITY}" in page and rule.SUMMARY in page
        for heading in ("## What it checks", "## Why it matters", "## Bad", "## Good", "## Fix"):
            assert heading in page, (rule.ID, heading)
        assert f"[{rule.ID}](./{rule.ID}.md)" in index


def test_readme_links_the_rule_docs() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "docs/rules/README.md" in readme and "CORS090" in readme


def test_rules_command_lists_and_shows_docs() -> None:
    listing = corslint("rules", cwd=ROOT)
    assert listing.returncode == 0
    assert "CORS090  unused-suppression" in listing.stdout
    shown = corslint("rules", "unused-suppression", cwd=ROOT)
    assert shown.stdout.startswith("# CORS090 unused-suppression (info)")
    assert "## Why it matters" in shown.stdout
    assert corslint("rules", "gateway-responses-missing-cors", cwd=ROOT).stdout.startswith("# CORS020")
    assert corslint("rules", "CORS999", cwd=ROOT).returncode == 2
