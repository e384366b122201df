"""GitHub Actions workflow commands: one annotation per finding."""

from __future__ import annotations

from corslint.engine import Report

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, props: dict[str, object], message: str) -> str:
    fields = ",".join(f"{k}={_prop(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level} {fields}::{_data(message)}"


def render(report: Report) -> str:
    lines = []
    for f in report.findings:
        lines.append(_command(
            LEVELS[f.severity],
            {"file": f.file, "line": f.line, "col": f.column, "endLine": f.end_line,
             "endColumn": f.end_column, "title": f"{f.rule} {f.name}"},
            f"{f.message}\nFix: {f.fix}",
        ))
    for e in report.errors:
        lines.append(_command(
            "error", {"file": e.file, "line": e.line, "col": e.column,
                      "title": "corslint input error"}, e.message,
        ))
    return "".join(line + "\n" for line in lines)
