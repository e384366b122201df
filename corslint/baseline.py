"""Baselines: adopt corslint on an existing repo without fixing everything first.

A baseline file holds one entry per finding, keyed by a fingerprint that does
not depend on line numbers (rule, file, API, route and the message with
numbers that look like positions removed), so edits above a finding keep it
hidden. Entries form a multiset: two identical findings need two entries.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from corslint.findings import Finding

VERSION = 1


def normalise_message(message: str) -> str:
    """The message without positions (``line 12``, ``:12:3``) and extra whitespace."""
    text = re.sub(r"\blines? \d+(?:[-–]\d+)?", "line N", message)
    text = re.sub(r":\d+(?::\d+)?\b", ":N", text)
    return " ".join(text.split())


def fingerprint(finding: Finding) -> str:
    """A line-independent, stable identity for ``finding``."""
    key = "\x1f".join((
        finding.rule, finding.file, finding.api or "", finding.route or "",
        normalise_message(finding.message),
    ))
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def dump(findings: list[Finding]) -> str:
    """The baseline file's text for ``findings`` (sorted, one entry per finding)."""
    entries = sorted(
        (
            {"fingerprint": fingerprint(f), "rule": f.rule, "file": f.file,
             "api": f.api, "route": f.route}
            for f in findings
        ),
        key=lambda e: (str(e["file"]), str(e["rule"]), str(e["fingerprint"])),
    )
    return json.dumps({"version": VERSION, "tool": "corslint", "findings": entries}, indent=2) + "\n"


def load(path: Path) -> Counter[str]:
    """The fingerprints in a baseline file, with their counts; ValueError if malformed."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ValueError(f"{path} is not a corslint baseline (version {VERSION})")
    return Counter(str(entry["fingerprint"]) for entry in data.get("findings", []))


def filter_new(findings: list[Finding], known: Counter[str]) -> tuple[list[Finding], int]:
    """The findings not in the baseline, and how many were hidden."""
    left = Counter(known)
    new: list[Finding] = []
    for finding in findings:
        key = fingerprint(finding)
        if left[key] > 0:
            left[key] -= 1
        else:
            new.append(finding)
    return new, len(findings) - len(new)
