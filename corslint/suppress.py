"""Inline suppressions: ``corslint: ignore[IDs]`` comments (SPEC §6).

A comment ``corslint: ignore[CORS020,CORS051] reason`` (after ``#``, ``//``
or ``/*``, in any input or handler file) applies to its *target line*: the
line it sits on when code precedes it there, else the next line that holds
code. It suppresses the listed rules for findings on the target line and, when
the target line opens a block, on every line of that block: up to the
matching closing bracket when the line opens ``{``/``[``/``(`` (HCL, JSON, JS,
Python calls), else the following lines indented deeper than it (YAML keys,
Python ``def``/``class``). So a comment above ``resource "..." "..." {`` or a
YAML ``paths:`` entry covers the whole resource or entry.

``corslint: ignore-file[IDs]`` anywhere in a file suppresses those rules in the
whole file. IDs are rule IDs or names, comma separated; ``ALL`` means every
rule. A listed rule that suppresses nothing is reported as CORS090.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from corslint.findings import Finding
from corslint.record import Record, field

ID = "CORS090"
NAME = "unused-suppression"
SEVERITY = "info"
SUMMARY = "A `corslint: ignore[...]` comment suppresses nothing."
FIX = "Remove the comment, or the rule IDs in it that no longer match a finding."
OPTIONS: tuple[str, ...] = ()
DOC = """A `corslint: ignore[...]` comment suppresses nothing.

## What it checks
Every `corslint: ignore[IDs]` and `corslint: ignore-file[IDs]` comment in the
linted files. A rule ID (or name) listed in one that suppressed no finding in
this run is reported, as is an ID that names no rule. Rules left out by
`select`/`ignore` are not reported (they did not run). This check is done by
the suppression pass itself, after every rule has run; it has no module in
`rules/`.

## Why it matters
Suppressions outlive the problems they hid: once the configuration is fixed
the comment stays, and later hides a new problem of the same kind in the same
place. Reporting stale comments keeps every suppression deliberate.

## Bad
```hcl
# corslint: ignore[CORS051] preflight caching handled by CloudFront
resource "aws_api_gateway_integration_response" "options" {
  # ... now maps Access-Control-Max-Age, so CORS051 no longer fires
}
```

## Good
```hcl
resource "aws_api_gateway_integration_response" "options" {
  # no comment: nothing to suppress
}
```

## Fix
- **Every format**: delete the comment, or remove the IDs that no longer suppress anything.
"""

_DIRECTIVE = re.compile(r"corslint:\s*ignore(?P<file>-file)?\[(?P<ids>[^\]]*)\](?P<reason>[^\n]*)")
_COMMENT = re.compile(r"(#|//|/\*|^\s*\*)")
_OPEN, _CLOSE = "{[(", "}])"
_SOURCES = {".tf": "terraform", ".py": "python", ".js": "javascript", ".mjs": "javascript",
            ".cjs": "javascript", ".ts": "javascript"}


class Directive(Record):
    """One ignore comment and the lines it covers (empty set: the whole file)."""

    file: str
    line: int
    column: int
    ids: tuple[str, ...]
    whole_file: bool
    lines: range = range(0)
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> str | None:
        """The listed key that suppresses ``finding`` here, if any."""
        if finding.file != self.file or not (self.whole_file or finding.line in self.lines):
            return None
        for key in self.ids:
            if key.upper() in ("ALL", finding.rule) or key.lower() == finding.name:
                return key
        return None


def parse(file: str, text: str) -> list[Directive]:
    """Every ignore directive written in a comment of ``text``."""
    lines = text.splitlines()
    found: list[Directive] = []
    for number, line in enumerate(lines, start=1):
        for match in _DIRECTIVE.finditer(line):
            comment = _COMMENT.search(line[: match.start()])
            if comment is None:
                continue
            ids = tuple(i.strip() for i in match["ids"].split(",") if i.strip())
            directive = Directive(file, number, match.start() + 1, ids, bool(match["file"]))
            if not directive.whole_file:
                code_before = line[: comment.start()].strip()
                target = number if code_before else _next_code_line(lines, number)
                if target is not None:
                    directive.lines = range(target, _block_end(lines, target) + 1)
            found.append(directive)
    return found


def _code(line: str) -> str:
    """``line`` without a trailing comment and without quoted strings (roughly)."""
    line = re.sub(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'', '""', line)
    return re.split(r"#|//|/\*", line, maxsplit=1)[0]


def _next_code_line(lines: list[str], after: int) -> int | None:
    for number in range(after + 1, len(lines) + 1):
        stripped = lines[number - 1].strip()
        if stripped and not _COMMENT.match(stripped):
            return number
    return None


def _block_end(lines: list[str], start: int) -> int:
    """The last line of the block that line ``start`` opens (``start`` if none)."""
    depth = sum(_code(lines[start - 1]).count(c) for c in _OPEN) - sum(
        _code(lines[start - 1]).count(c) for c in _CLOSE
    )
    if depth > 0:
        for number in range(start + 1, len(lines) + 1):
            code = _code(lines[number - 1])
            depth += sum(code.count(c) for c in _OPEN) - sum(code.count(c) for c in _CLOSE)
            if depth <= 0:
                return number
        return len(lines)
    indent = len(lines[start - 1]) - len(lines[start - 1].lstrip())
    end = start
    for number in range(start + 1, len(lines) + 1):
        line = lines[number - 1]
        if not line.strip():
            continue
        if len(line) - len(line.lstrip()) <= indent and not line.lstrip().startswith("#"):
            break
        end = number
    return end


def read_directives(cwd: Path, files: Iterable[str]) -> list[Directive]:
    """The directives of ``files`` (relative to ``cwd``); each file read once."""
    directives: list[Directive] = []
    for file in sorted(set(files)):
        try:
            data = (cwd / file).read_bytes()
        except OSError:
            continue
        if b"corslint:" not in data or b"\0" in data:
            continue
        directives += parse(file, data.decode("utf-8", "replace"))
    return directives


def apply(
    findings: Iterable[Finding], directives: list[Directive]
) -> list[Finding]:
    """The findings no directive suppresses; marks what each directive used."""
    by_file: dict[str, list[Directive]] = {}
    for directive in directives:
        by_file.setdefault(directive.file, []).append(directive)
    kept: list[Finding] = []
    for finding in findings:
        hit = False
        for directive in by_file.get(finding.file, []):
            key = directive.covers(finding)
            if key is not None:
                directive.used.add(key)
                hit = True
        if not hit:
            kept.append(finding)
    return kept


def unused(
    directives: list[Directive], ran: set[str], names: dict[str, str], sources: dict[str, str]
) -> list[Finding]:
    """CORS090 findings for listed keys that suppressed nothing.

    ``ran`` holds the IDs of the rules that ran; ``names`` maps every known ID
    and name (lower-case) to its ID; ``sources`` maps a file to its input kind.
    """
    findings = []
    for d in directives:
        stale = []
        for key in d.ids:
            if key in d.used:
                continue
            rule = "ALL" if key.upper() == "ALL" else names.get(key.lower())
            if rule is None:
                stale.append(f"{key} (no such rule)")
            elif rule == "ALL" or rule in ran:
                stale.append(key)
        if not stale:
            continue
        kind = "ignore-file" if d.whole_file else "ignore"
        findings.append(Finding(
            rule=ID, name=NAME, severity=SEVERITY,
            message=f"This corslint: {kind}[...] comment suppresses nothing for {', '.join(stale)}.",
            fix=FIX, file=d.file, line=d.line, column=d.column, end_line=d.line,
            end_column=d.column, api=None, route=None,
            source=sources.get(d.file) or _SOURCES.get(Path(d.file).suffix, "terraform"),
        ))
    return findings
