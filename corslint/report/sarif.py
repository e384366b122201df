"""SARIF 2.1.0 for code scanning (GitHub, GitLab, IDE viewers)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType
from urllib.parse import quote

from corslint import __version__
from corslint.baseline import fingerprint
from corslint.docs import DOCS_URL, all_rules, help_uri, rule_doc, section
from corslint.engine import Report
from corslint.findings import Finding

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SRCROOT = "%SRCROOT%"


def _plain(markdown: str) -> str:
    """Markdown help as plain text: headings and code fences dropped, text kept."""
    text = re.sub(r"^```\w*\n?", "", markdown, flags=re.M)
    return re.sub(r"^#+ ", "", text, flags=re.M).strip()


def descriptor(rule: ModuleType) -> dict[str, object]:
    doc = rule_doc(rule)
    return {
        "id": rule.ID,
        "name": rule.NAME,
        "shortDescription": {"text": rule.SUMMARY},
        "fullDescription": {"text": _plain(section(rule, "What it checks")) or rule.SUMMARY},
        "help": {"text": _plain(doc), "markdown": doc},
        "helpUri": help_uri(rule),
        "defaultConfiguration": {"level": LEVELS[rule.SEVERITY]},
        "properties": {"tags": ["cors", "security"] if rule.SEVERITY == "error" else ["cors"]},
    }


def _region(f: Finding) -> dict[str, int]:
    end_line = max(f.end_line, f.line)
    end_column = f.end_column if end_line > f.line else max(f.end_column, f.column)
    return {"startLine": f.line, "startColumn": f.column, "endLine": end_line,
            "endColumn": end_column}


def _logical(f: Finding) -> list[dict[str, str]]:
    places = []
    if f.api:
        places.append({"name": f.api, "kind": "module"})
    if f.route:
        places.append({"name": f.route, "fullyQualifiedName": f"{f.api}/{f.route}",
                       "kind": "function"})
    return places


def result(f: Finding, index: int) -> dict[str, object]:
    location: dict[str, object] = {
        "physicalLocation": {
            "artifactLocation": {"uri": quote(f.file), "uriBaseId": SRCROOT},
            "region": _region(f),
        },
    }
    if logical := _logical(f):
        location["logicalLocations"] = logical
    return {
        "ruleId": f.rule,
        "ruleIndex": index,
        "level": LEVELS[f.severity],
        "message": {"text": f"{f.message} Fix: {f.fix}"},
        "locations": [location],
        "partialFingerprints": {"corslint/v1": fingerprint(f)},
        "properties": {"api": f.api, "route": f.route, "source": f.source},
    }


def _notification(level: str, text: str, file: str, line: int | None) -> dict[str, object]:
    physical: dict[str, object] = {"artifactLocation": {"uri": quote(file), "uriBaseId": SRCROOT}}
    if line:
        physical["region"] = {"startLine": line}
    return {"level": level, "message": {"text": text},
            "locations": [{"physicalLocation": physical}]}


def to_dict(report: Report, cwd: Path) -> dict[str, object]:
    rules = all_rules()
    index = {rule.ID: i for i, rule in enumerate(rules)}
    notifications = [_notification("error", e.message, e.file, e.line) for e in report.errors]
    notifications += [
        _notification("note", f"not checked: {' '.join(p for p in (u.api, u.route) if p)}: "
                      f"{u.reason}".replace(":  :", ":"), u.file, None)
        for u in report.unchecked if u.file
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "corslint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": DOCS_URL.rsplit("/blob/", 1)[0],
                "rules": [descriptor(rule) for rule in rules],
            }},
            "originalUriBaseIds": {SRCROOT: {"uri": cwd.resolve().as_uri() + "/"}},
            "invocations": [{
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": [result(f, index.get(f.rule, -1)) for f in report.findings],
        }],
    }


def render(report: Report, cwd: Path) -> str:
    return json.dumps(to_dict(report, cwd), indent=2) + "\n"
