"""The rule catalogue is complete, unique, well formed and documented (SPEC §4)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corslint.config import _SECTIONS, _TOP_LEVEL
from corslint.rules import REGISTRY, by_id_or_name

SPEC = Path(__file__).resolve().parents[2] / "shared" / "SPEC.md"
SECTIONS = ("## What it checks", "## Why it matters", "## Bad", "## Good", "## Fix")
CONFIG_KEYS = set(_TOP_LEVEL) | {f"{s}.{k}" for s, keys in _SECTIONS.items() for k in keys}


def spec_catalogue() -> dict[str, tuple[str, str]]:
    rows = re.findall(r"^\| (CORS\d{3}) \| ([a-z0-9-]+) \| (\w+)", SPEC.read_text(), re.M)
    return {rule_id: (name, severity) for rule_id, name, severity in rows}


def test_ids_and_names_are_unique_and_well_formed() -> None:
    ids = [rule.ID for rule in REGISTRY]
    names = [rule.NAME for rule in REGISTRY]
    assert len(set(ids)) == len(ids)
    assert len(set(names)) == len(names)
    for rule in REGISTRY:
        assert re.fullmatch(r"CORS\d{3}", rule.ID)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.NAME)
        assert rule.SEVERITY in ("error", "warning", "info")
        assert rule.__name__.endswith(rule.ID.lower() + "_" + rule.NAME.replace("-", "_"))


@pytest.mark.skipif(not SPEC.is_file(), reason="../shared/SPEC.md is not here")
def test_rules_match_the_spec_catalogue() -> None:
    spec = spec_catalogue()
    for rule in REGISTRY:
        assert rule.ID in spec, f"{rule.ID} is not in SPEC §4"
        name, severity = spec[rule.ID]
        assert rule.NAME == name
        assert rule.SEVERITY == severity


@pytest.mark.parametrize("rule", REGISTRY, ids=lambda r: r.ID)
def test_rule_docs_have_every_section(rule) -> None:  # type: ignore[no-untyped-def]
    doc = rule.__doc__ or ""
    positions = [doc.find(section) for section in SECTIONS]
    assert all(p >= 0 for p in positions), f"{rule.ID} docs lack a section"
    assert positions == sorted(positions), f"{rule.ID} docs sections are out of order"
    assert rule.SUMMARY.endswith(".") and len(rule.SUMMARY) < 100
    assert rule.FIX


@pytest.mark.parametrize("rule", REGISTRY, ids=lambda r: r.ID)
def test_rule_options_are_config_keys(rule) -> None:  # type: ignore[no-untyped-def]
    for option in rule.OPTIONS:
        assert option in CONFIG_KEYS, f"{rule.ID} names unknown option {option!r}"


def test_lookup_by_id_or_name() -> None:
    assert by_id_or_name("cors001").NAME == "missing-preflight"
    assert by_id_or_name("missing-preflight").ID == "CORS001"
    assert by_id_or_name("nope") is None


def test_readme_rule_table_is_up_to_date(tmp_path: Path) -> None:
    from corslint.docs import END, START, rule_table

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    current = readme.split(START, 1)[1].split(END, 1)[0].strip()
    assert current == rule_table(), "run `python -m corslint.docs` to update the README"
