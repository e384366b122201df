"""SPEC §7 JSON output."""

from __future__ import annotations

import json

from corslint import __version__
from corslint.engine import Report


def to_dict(report: Report) -> dict[str, object]:
    return {
        "version": 1,
        "tool": {"name": "corslint", "version": __version__},
        "findings": [finding.to_json() for finding in report.findings],
        "errors": [
            {"file": e.file, "line": e.line, "column": e.column, "message": e.message}
            for e in report.errors
        ],
        "unchecked": [
            {"file": u.file, "api": u.api, "route": u.route, "reason": u.reason}
            for u in report.unchecked
        ],
        "summary": {
            "files": report.files,
            "apis": report.apis,
            "routes": report.routes,
            "findings": {s: report.count(s) for s in ("error", "warning", "info")},
        },
    }


def render(report: Report) -> str:
    return json.dumps(to_dict(report), indent=2) + "\n"
