"""The pipeline: discover → load → analyse handlers → simulate → rules → filter."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from types import ModuleType

from corslint.config import Config, ConfigError
from corslint.discovery import discover
from corslint.findings import Finding, Problem
from corslint.loaders import load_inputs, reads
from corslint.model import InputError, Project, Unchecked, Unknown
from corslint.record import Record, field
from corslint.rulekit import Context
from corslint.simulate import Simulator

HANDLER_SOURCES = {".py": "python", ".js": "javascript", ".mjs": "javascript",
                   ".cjs": "javascript", ".ts": "javascript"}


class Report(Record):
    """The outcome of one run, before formatting."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    unchecked: list[Unchecked] = field(default_factory=list)
    files: int = 0
    apis: int = 0
    routes: int = 0
    baselined: int = 0  # findings hidden by --baseline

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


def selected_rules(config: Config) -> list[ModuleType]:
    """The rules to run after ``select`` and ``ignore`` (IDs, names or ID prefixes).

    ``corslint.suppress`` stands in for CORS090 (produced by the suppression pass).
    """
    from corslint import suppress
    from corslint.rules import REGISTRY

    every = (*REGISTRY, suppress)

    def matches(rule: ModuleType, keys: tuple[str, ...]) -> bool:
        return any(
            rule.ID.startswith(key.upper()) or rule.NAME == key.lower() for key in keys
        )

    for key in (*config.select, *config.ignore):
        if not any(matches(rule, (key,)) for rule in every):
            raise ConfigError(f"unknown rule {key!r} in select/ignore (see `corslint rules`)")
    rules = [r for r in every if not config.select or matches(r, config.select)]
    return [r for r in rules if not matches(r, config.ignore)]


def load_project(
    paths: list[Path], config: Config, cwd: Path, read: set[Path] | None = None,
    jobs: int = 1,
) -> Project:
    """Discover and load the inputs, then read the handlers they point at.

    ``read`` receives the files and folders beyond the inputs that the result
    depends on (for the cache): what the loaders read and the handler code.
    ``jobs`` > 1 spreads loading and handler analysis over that many processes
    (``corslint.parallel``); the project is the same.
    """
    inputs = discover(paths, cwd, config.exclude)
    with reads.recording() as loaded:
        project = load_inputs(inputs, config, cwd, jobs)
    if read is not None:
        known = {os.path.abspath(p) for p in (*inputs.terraform, *inputs.serverless, *inputs.data)}
        read.update(Path(p) for p in loaded - known)
    if project.functions:
        try:
            from corslint.handlers import analyse_functions
        except ImportError:  # handler analysis not installed in this build
            pass
        else:
            parsed: dict[Path, object] = {}
            try:
                unchecked = None
                if jobs > 1:
                    from corslint.parallel import analyse_in_workers

                    unchecked = analyse_in_workers(project.functions, cwd, parsed, jobs)
                if unchecked is None:
                    unchecked = analyse_functions(project.functions, cwd=cwd, parsed=parsed)
                project.unchecked.extend(unchecked)
            except Exception as exc:  # never let one handler hide the rest of the report
                for function in project.functions.values():
                    if function.behaviour is None:
                        function.behaviour = Unknown(f"handler analysis failed: {exc!r}")
            if read is not None:
                from corslint.cache import handler_paths

                read.update(handler_paths(project.functions, parsed, cwd))
    return project


def lint(paths: list[Path], config: Config, cwd: Path, jobs: int = 1) -> Report:
    """Run the whole pipeline over ``paths``."""
    return analyse(paths, config, cwd, jobs=jobs)[2]


def analyse(
    paths: list[Path], config: Config, cwd: Path, read: set[Path] | None = None,
    jobs: int = 1,
) -> tuple[Project, Simulator, Report]:
    """The whole pipeline, keeping the project and simulator (for ``explain``)."""
    selected_rules(config)  # unknown rule names are a usage error before any work
    project = load_project(paths, config, cwd, read, jobs)
    sim, report = report_for(project, config, cwd)
    return project, sim, report


def report_for(
    project: Project,
    config: Config,
    cwd: Path,
    extra: dict[str, list[Problem]] | None = None,
) -> tuple[Simulator, Report]:
    """Simulate, run the rules and apply suppressions on a loaded project.

    ``extra`` adds problems found outside the rules, by rule ID (the audit's
    stage freshness for CORS050).
    """
    from corslint import suppress

    rules = selected_rules(config)
    sim = Simulator(project, config)
    ctx = Context(project, sim, config)
    found: set[Finding] = set()
    for rule in rules:
        if rule is suppress:
            continue
        for problem in [*rule.check(ctx), *(extra or {}).get(rule.ID, [])]:
            finding = to_finding(rule, problem, project)
            if finding is not None:
                found.add(finding)
    directives = suppress.read_directives(cwd, {f.file for f in found} | _project_files(project))
    findings = [
        f for f in suppress.apply(sorted(found, key=Finding.sort_key), directives)
        if not _suppressed(f, project, config)
    ]
    if suppress in rules:
        stale = suppress.unused(
            directives, {r.ID for r in rules}, _rule_keys(), _file_sources(project)
        )
        findings += [f for f in stale if not _suppressed(f, project, config)]
    report = Report(  # an error once, though several roots read the same broken file
        findings=sorted(findings, key=Finding.sort_key),
        errors=sorted(dict.fromkeys(project.errors), key=lambda e: (e.file, e.line or 0)),
        unchecked=_unchecked(project, sim),
        files=project.files,
        apis=len(project.apis),
        routes=sum(len(api.routes) for api in project.apis),
    )
    return sim, report


def to_finding(rule: ModuleType, problem: Problem, project: Project) -> Finding | None:
    api = next((a for a in project.apis if a.name == problem.api), None)
    loc = problem.loc or (api.loc if api is not None else None)
    if loc is None:
        return None
    source = problem.source or HANDLER_SOURCES.get(Path(loc.file).suffix) or (
        api.source if api is not None else "terraform"
    )
    return Finding(
        rule=rule.ID,
        name=rule.NAME,
        severity=problem.severity or rule.SEVERITY,
        message=problem.message,
        fix=problem.fix or rule.FIX,
        file=loc.file,
        line=loc.line,
        column=loc.column,
        end_line=loc.end_line or loc.line,
        end_column=loc.end_column or loc.column,
        api=problem.api,
        route=problem.route,
        source=source,
    )


def _suppressed(finding: Finding, project: Project, config: Config) -> bool:
    for pattern, ids in config.per_file_ignores:
        if fnmatch.fnmatch(finding.file, pattern) and _names(finding, ids):
            return True
    for api in project.apis:
        if api.name != finding.api:
            continue
        if _names(finding, tuple(api.ignores)):
            return True
        for route in api.routes:
            if route.key == finding.route and _names(finding, tuple(route.ignores)):
                return True
    return False


def _project_files(project: Project) -> set[str]:
    """Every file an API, route or function was read from (where comments may be)."""
    locs = [api.loc for api in project.apis]
    locs += [route.loc for api in project.apis for route in api.routes]
    locs += [f.loc for f in project.functions.values()]
    return {loc.file for loc in locs if loc is not None}


def _file_sources(project: Project) -> dict[str, str]:
    return {api.loc.file: api.source for api in project.apis if api.loc is not None}


def _rule_keys() -> dict[str, str]:
    """Every rule ID and name, lower-case, mapped to its ID (incl. CORS090)."""
    from corslint import suppress
    from corslint.rules import REGISTRY

    keys: dict[str, str] = {}
    for rule in (*REGISTRY, suppress):
        keys[rule.ID.lower()] = rule.ID
        keys[rule.NAME.lower()] = rule.ID
    return keys


def _names(finding: Finding, ids: tuple[str, ...]) -> bool:
    return any(key.upper() in ("ALL", finding.rule) or key == finding.name for key in ids)


def _unchecked(project: Project, sim: Simulator) -> list[Unchecked]:
    """What the loaders and the simulation could not check, once each."""
    entries: dict[tuple[str, str | None, str | None, str], Unchecked] = {}
    for entry in project.unchecked:
        entries.setdefault((entry.file, entry.api, entry.route, entry.reason), entry)
    for api in project.apis:
        for route, response in sim.responses(api):
            if not isinstance(response.headers, Unknown) or route is None:
                continue
            file = (response.loc or route.loc or api.loc)
            entry = Unchecked(
                file=file.file if file else "",
                reason=response.headers.reason,
                api=api.name,
                route=route.key,
            )
            entries.setdefault((entry.file, entry.api, entry.route, entry.reason), entry)
    return sorted(entries.values(), key=lambda u: (u.file, u.api or "", u.route or "", u.reason))
