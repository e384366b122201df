"""One test for every rule: its bad fixtures fire exactly as expected, its good ones stay quiet.

Layout: ``tests/rules/<ID>/bad/<format>...`` with ``expected.json`` (the rule's
findings: file, line, route) and ``tests/rules/<ID>/good/...`` (no finding at
all). A ``corslint.toml`` beside the inputs configures the run. Set
``CORSLINT_UPDATE_EXPECTED=1`` to rewrite the expected files, then review them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from corslint.config import load_config
from corslint.engine import lint
from corslint.rules import REGISTRY

RULES_DIR = Path(__file__).parent / "rules"
UPDATE = os.environ.get("CORSLINT_UPDATE_EXPECTED") == "1"


def _run(folder: Path):  # type: ignore[no-untyped-def]
    config = load_config(None, folder)
    return lint([Path(".")], config, folder)


def _cases(kind: str) -> list[object]:
    return [
        pytest.param(folder, id=f"{folder.parent.name}-{folder.name}")
        for folder in sorted(RULES_DIR.glob(f"*/{kind}*"))
        if folder.is_dir()
    ]


@pytest.mark.parametrize("folder", _cases("bad"))
def test_bad_fixture_fires(folder: Path) -> None:
    rule = folder.parent.name
    report = _run(folder)
    assert not report.errors, report.errors
    got = [
        {"file": f.file, "line": f.line, "route": f.route}
        for f in report.findings
        if f.rule == rule
    ]
    expected_file = folder / "expected.json"
    if UPDATE:
        expected_file.write_text(json.dumps(got, indent=2) + "\n")
    expected = json.loads(expected_file.read_text())
    assert got, f"{rule} did not fire on {folder}"
    assert got == expected


@pytest.mark.parametrize("folder", _cases("good"))
def test_good_fixture_is_quiet(folder: Path) -> None:
    report = _run(folder)
    assert not report.errors, report.errors
    assert [f"{f.rule} {f.file}:{f.line} {f.message}" for f in report.findings] == []


def test_every_rule_has_bad_and_good_fixtures() -> None:
    for rule in REGISTRY:
        assert (RULES_DIR / rule.ID / "bad").is_dir(), f"{rule.ID} has no bad fixtures"
        assert (RULES_DIR / rule.ID / "good").is_dir(), f"{rule.ID} has no good fixtures"
