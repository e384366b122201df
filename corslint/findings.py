"""What rules report, and what the reports carry."""

from __future__ import annotations

from corslint.record import Value
from corslint.source import Loc

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class Problem(Value):
    """What a rule yields: the engine adds the rule's ID, name and severity."""

    message: str
    loc: Loc | None
    api: str | None = None
    route: str | None = None
    fix: str | None = None  # overrides the rule's FIX
    severity: str | None = None  # overrides the rule's SEVERITY (e.g. no credentials)
    source: str | None = None  # input kind; defaults to the API's


class Finding(Value):
    """One reported problem, as SPEC §7 prints it."""

    rule: str
    name: str
    severity: str
    message: str
    fix: str
    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    api: str | None
    route: str | None
    source: str

    def sort_key(self) -> tuple[str, int, int, str, str, str, str]:
        return (
            self.file, self.line, self.column, self.rule, self.api or "", self.route or "",
            self.message,
        )

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "fix": self.fix,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "api": self.api,
            "route": self.route,
            "source": self.source,
        }
