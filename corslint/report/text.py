"""Human output: findings grouped by file, with the source line and a summary."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from pathlib import Path

from corslint.engine import Report
from corslint.findings import Finding

COLOURS = {"error": "31", "warning": "33", "info": "36", "bold": "1", "dim": "2", "green": "32"}


def _styler(colour: bool) -> Callable[[str, str], str]:
    def style(text: str, name: str) -> str:
        return f"\x1b[{COLOURS[name]}m{text}\x1b[0m" if colour else text

    return style


def _source_line(cwd: Path, finding: Finding, cache: dict[str, list[str] | None]) -> str | None:
    if finding.file not in cache:
        try:
            data = (cwd / finding.file).read_bytes()
            cache[finding.file] = None if b"\0" in data else data.decode("utf-8", "replace").splitlines()
        except OSError:
            cache[finding.file] = None
    lines = cache[finding.file]
    if lines is None or not 1 <= finding.line <= len(lines):
        return None
    return lines[finding.line - 1].expandtabs(4)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(
    report: Report, *, cwd: Path, colour: bool = False, quiet: bool = False,
    show_unchecked: bool = False,
) -> str:
    style = _styler(colour)
    out: list[str] = []
    cache: dict[str, list[str] | None] = {}
    for file, group in groupby(report.findings, key=lambda f: f.file):
        if not quiet:
            out.append(style(file, "bold"))
        for finding in group:
            where = f"{finding.line}:{finding.column}"
            if quiet:
                out.append(
                    f"{finding.file}:{where}: {finding.rule} [{finding.severity}] {finding.message}"
                )
                continue
            out.append(
                f"  {where:<7} {style(finding.severity, finding.severity):<7} "
                f"{finding.message}  {style(finding.rule + ' ' + finding.name, 'dim')}"
            )
            line = _source_line(cwd, finding, cache)
            if line is not None:
                gutter = f"{finding.line:>6} | "
                out.append(style(gutter, "dim") + line.rstrip())
                out.append(" " * (len(gutter) + finding.column - 1) + style("^", finding.severity))
            scope = ", ".join(
                part for part in (
                    f"route {finding.route}" if finding.route else "",
                    f"API {finding.api}" if finding.api else "",
                ) if part
            )
            out.append(f"          fix: {finding.fix}" + (f"  ({scope})" if scope else ""))
        if not quiet:
            out.append("")
    for error in report.errors:
        where = ":".join(str(p) for p in (error.file, error.line, error.column) if p is not None)
        out.append(f"{where}: {style('input error', 'error')}: {error.message}")
    if show_unchecked and report.unchecked and not quiet:
        out.append(style("Not checked:", "bold"))
        for entry in report.unchecked:
            scope = " ".join(p for p in (entry.api, entry.route) if p)
            out.append(f"  {entry.file}: {scope + ': ' if scope else ''}{entry.reason}")
    if not quiet:
        out.append(_summary(report, style))
    return "\n".join(out) + ("\n" if out else "")


def _summary(report: Report, style: Callable[[str, str], str]) -> str:
    n = len(report.findings)
    parts = [
        f"{_plural(n, 'problem')} ({_plural(report.count('error'), 'error')}, "
        f"{_plural(report.count('warning'), 'warning')}, {report.count('info')} info)"
        if n else "No problems",
        f"in {_plural(report.apis, 'API')} ({_plural(report.routes, 'route')}) "
        f"from {_plural(report.files, 'file')}",
    ]
    if report.baselined:
        parts.append(f"{report.baselined} hidden by the baseline")
    if report.errors:
        parts.append(f"{_plural(len(report.errors), 'input')} could not be read")
    if report.unchecked:
        parts.append(f"{len(report.unchecked)} not checked (--show-unchecked)")
    text = "; ".join(parts) + "."
    colour = "error" if report.count("error") or report.errors else "warning" if n else "green"
    return style(text, colour)
