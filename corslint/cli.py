"""The ``corslint`` command (SPEC §5). Exit codes: 0 clean, 1 findings, 2 usage or input errors.

The commands are click commands (``corslint.commands``), but importing click
takes longer than replaying a cached report. So ``main`` reads a plain
``check`` command line itself (only the options in ``_FLAGS`` and ``_VALUES``,
with values click would accept) and runs it without click; anything else
(help, other commands, usage errors) goes to click. ``check``'s work and
output, shared by both ways, live here.
"""

from __future__ import annotations

import errno
import gc
import os
import stat
import sys
from pathlib import Path

from corslint.config import ConfigError, load_config, with_overrides

TYPE_CHECKING = False  # typing itself is not imported: a cache hit should import little
if TYPE_CHECKING:
    from typing import Any

    from corslint.cache import Run
    from corslint.config import Config
    from corslint.engine import Report

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("text", "json", "sarif", "github")
FAIL_ON = ("error", "warning", "info", "never")


class BadBaseline(Exception):
    """A ``--baseline`` file that cannot be used."""


class BadVar(ValueError):
    """A ``--var`` that is not NAME=VALUE."""


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


def parse_vars(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name:
            raise BadVar(f"{value!r} is not NAME=VALUE")
        pairs.append((name.strip(), text))
    return tuple(pairs)


def _use_colour(option: bool | None, stream: object) -> bool:
    if option is not None:
        return option
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def exit_code(findings_severities: list[str], fail_on: str, had_errors: bool) -> int:
    from corslint.findings import SEVERITY_RANK

    if had_errors:
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_CLEAN
    threshold = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK[s] >= threshold for s in findings_severities):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def build_config(
    config_file: Path | None, first: Path, *, tf_vars: tuple[str, ...],
    tf_var_files: tuple[Path, ...], stage: str | None, **overrides: Any,
) -> Config:
    """The config file's settings with the command line's on top (BadVar: a bad ``--var``)."""
    config = load_config(config_file, first)
    return with_overrides(
        config,
        terraform_vars=(*config.terraform_vars, *parse_vars(tf_vars)) if tf_vars else None,
        terraform_var_files=(
            (*config.terraform_var_files, *(str(f.resolve()) for f in tf_var_files))
            if tf_var_files else None
        ),
        serverless_stage=stage,
        **overrides,
    )


def render(
    report: Report, *, fail_on: str, fmt: str, output: Path | None, baseline: Path | None,
    quiet: bool, colour: bool | None, show_unchecked: bool, cwd: Path,
) -> tuple[str, int]:
    """The report's text (after the baseline) and the exit code; BadBaseline if unusable."""
    if baseline is not None:
        from corslint import baseline as baselines
        from corslint.record import replace

        try:
            known = baselines.load(baseline)
        except (ValueError, KeyError, TypeError) as exc:
            raise BadBaseline(str(exc)) from None
        findings, hidden = baselines.filter_new(report.findings, known)
        report = replace(report, findings=findings, baselined=hidden)
    if fmt == "json":
        from corslint.report import json_report

        text = json_report.render(report)
    elif fmt == "sarif":
        from corslint.report import sarif

        text = sarif.render(report, cwd)
    elif fmt == "github":
        from corslint.report import github

        text = github.render(report)
    else:
        from corslint.report import text as text_report

        stream = sys.stdout if output is None else None
        text = text_report.render(
            report, cwd=cwd, colour=_use_colour(colour, stream), quiet=quiet,
            show_unchecked=show_unchecked,
        )
    return text, exit_code([f.severity for f in report.findings], fail_on, bool(report.errors))


def write_out(text: str, output: Path | None) -> None:
    """Write the report to ``output``, else to stdout as ``click.echo(color=True)`` does."""
    if output is not None:
        output.write_text(text, encoding="utf-8")
        return
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    if encoding not in ("utf-8", "utf8") or getattr(stream, "errors", None) is None:
        import click  # click's own stream fix-ups (ASCII locales, odd streams)

        click.echo(text, nl=False, color=True)
        return
    stream.write(text)
    stream.flush()


def replay(
    run: Run, *, fail_on: str, cwd: Path, fmt: str, output: Path | None,
    baseline: Path | None, write_baseline: Path | None, quiet: bool, colour: bool | None,
    show_unchecked: bool,
) -> int | None:
    """Print a cached run's report for these options (rendered once, then stored).

    The exit code; None, with nothing printed, on a cache miss, with
    ``--write-baseline`` or with a baseline that cannot be used.
    """
    from corslint.cache import ABSENT, file_digest

    if write_baseline is not None or run.data is None:
        return None
    digest = ""
    if baseline is not None:
        digest = file_digest(baseline)
        if digest == ABSENT:
            return None
    if fmt == "text":  # the only format that these options change
        colour = _use_colour(colour, sys.stdout if output is None else None)
        view = f"{fmt} colour={colour} quiet={quiet} unchecked={show_unchecked} baseline={digest}"
    else:
        view = f"{fmt} baseline={digest}"
    stored = run.view(view)
    if stored is None:
        report = run.report()
        if report is None:
            return None
        try:
            stored = render(
                report, fail_on=fail_on, fmt=fmt, output=output, baseline=baseline, quiet=quiet,
                colour=colour, show_unchecked=show_unchecked, cwd=cwd,
            )
        except BadBaseline:
            return None
        run.add_view(view, *stored)
    write_out(stored[0], output)
    return stored[1]


def _err(message: str) -> None:
    """A message on stderr, as click prints it (error paths only: click is imported here)."""
    import click

    click.echo(message, err=True)


def emit(
    report: Report, *, fail_on: str, fmt: str, output: Path | None, baseline: Path | None,
    write_baseline: Path | None, quiet: bool, colour: bool | None, show_unchecked: bool,
    cwd: Path,
) -> int:
    """Apply the baseline, print or write the report; the exit code."""
    if write_baseline is not None:
        from corslint import baseline as baselines

        write_baseline.write_text(baselines.dump(report.findings), encoding="utf-8")
        _err(f"corslint: wrote {len(report.findings)} finding(s) to {write_baseline}")
        return EXIT_ERROR if report.errors else EXIT_CLEAN
    try:
        text, code = render(
            report, fail_on=fail_on, fmt=fmt, output=output, baseline=baseline, quiet=quiet,
            colour=colour, show_unchecked=show_unchecked, cwd=cwd,
        )
    except BadBaseline as exc:
        _err(f"corslint: bad baseline: {exc}")
        return EXIT_ERROR
    write_out(text, output)
    return code


def run_check(
    targets: list[Path], config: Config, cwd: Path, *, no_cache: bool, jobs: int = 1,
    **output: Any,
) -> int:
    """``corslint check`` once its options are read: lint, print; the exit code."""
    # A run builds a model that lives until the end, so the cyclic collector mostly re-scans
    # live objects: with CPython's defaults (700, 10, 10) it took 12.9 of 36.6 s of a 500-API
    # run, and with (50_000, 20, 10) still 11 of 32 s. Collect the youngest generation only,
    # once per million new objects: a small run never collects, a large one frees the parse
    # trees that loaders leave in reference cycles (bench/run_bench.py; docs/performance.md).
    gc.set_threshold(1_000_000, 1_000, 1_000)
    try:
        if no_cache:
            from corslint.engine import lint

            report = lint(targets, config, cwd, jobs)
        else:
            from corslint.cache import Run

            run = Run(targets, config, cwd)
            code = replay(run, fail_on=config.fail_on, cwd=cwd, **output)
            if code is not None:
                return code
            report = run.report() or run.analyse(jobs)
    except ConfigError as exc:
        _err(f"corslint: {exc}")
        return EXIT_ERROR
    if not no_cache:  # print (and store) through the cache when the options allow it
        code = replay(run, fail_on=config.fail_on, cwd=cwd, **output)
        if code is not None:
            return code
    return emit(report, fail_on=config.fail_on, cwd=cwd, **output)


# ---------------------------------------------------------------- fast path

# check's options the fast path knows: flag → (parameter, value); option → parameter.
# Anything else (--help, --, -qj2, ...) goes to click.
_FLAGS = {
    "--quiet": ("quiet", True), "-q": ("quiet", True), "--color": ("colour", True),
    "--no-color": ("colour", False), "--show-unchecked": ("show_unchecked", True),
    "--no-cache": ("no_cache", True),
}
_VALUES = {
    "--format": "fmt", "--output": "output", "-o": "output", "--baseline": "baseline",
    "--write-baseline": "write_baseline",
    "--select": "select", "--ignore": "ignore", "--fail-on": "fail_on",
    "--config": "config_file", "--frontend-origin": "frontend_origin", "--var": "tf_vars",
    "--var-file": "tf_var_files", "--stage": "stage", "--jobs": "jobs", "-j": "jobs",
}
_MULTIPLE = ("select", "ignore", "frontend_origin", "tf_vars", "tf_var_files")


def _path(value: str, *, exists: bool = False, dir_okay: bool = True) -> Path | None:
    """``value`` as ``click.Path(path_type=Path)`` converts it; None where click would fail."""
    try:
        mode = os.stat(value).st_mode
    except OSError:
        return None if exists else Path(value)
    if (not dir_okay and stat.S_ISDIR(mode)) or not os.access(value, os.R_OK):
        return None
    return Path(value)


def _convert(name: str, value: str) -> object:
    """An option's value as click converts it; None where click would fail."""
    if name == "fmt":
        return value if value in FORMATS else None
    if name == "fail_on":
        return value if value in FAIL_ON else None
    if name == "jobs":
        return int(value) if value.isascii() and value.isdigit() and 1 <= int(value) <= 64 else None
    if name in ("config_file", "baseline"):
        return _path(value, exists=True, dir_okay=False)
    if name in ("output", "write_baseline"):
        return _path(value, dir_okay=False)
    if name == "tf_var_files":
        return _path(value)
    return value


def parse_check(args: list[str]) -> dict[str, Any] | None:
    """``check``'s parameters as click would pass them; None unless the line is plain."""
    if not args or args[0] != "check":
        return None
    params: dict[str, Any] = {
        "paths": [], "fail_on": None, "config_file": None, "stage": None, "no_cache": False,
        "jobs": 1,
        "fmt": "text", "output": None, "baseline": None, "write_baseline": None,
        "quiet": False, "colour": None, "show_unchecked": False,
        **{name: [] for name in _MULTIPLE},
    }
    rest = iter(args[1:])
    for arg in rest:
        if not arg.startswith("-"):
            path = _path(arg)
            if path is None:
                return None
            params["paths"].append(path)
            continue
        option, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if not eq and option in _FLAGS:
            name, flag = _FLAGS[option]
            params[name] = flag
            continue
        name = _VALUES.get(option)
        value = value if eq else next(rest, "")
        if name is None or not value or value.startswith("-"):
            return None
        converted = _convert(name, value)
        if converted is None:
            return None
        if name in _MULTIPLE:
            params[name].append(converted)
        else:
            params[name] = converted
    return {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}


def _fast_check(args: list[str]) -> int | None:
    """Run a plain ``check`` command line without click; None: let click run it."""
    params = parse_check(args)
    if params is None or any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
        return None  # not plain, or a shell completion request
    cwd = Path.cwd()
    targets = list(params.pop("paths")) or [Path(".")]
    try:
        config = build_config(
            params.pop("config_file"), targets[0], select=_split(params.pop("select")),
            ignore=_split(params.pop("ignore")), fail_on=params.pop("fail_on"),
            frontend_origins=params.pop("frontend_origin"), tf_vars=params.pop("tf_vars"),
            tf_var_files=params.pop("tf_var_files"), stage=params.pop("stage"),
        )
    except BadVar:
        return None  # a usage error: click reports it
    except ConfigError as exc:
        _err(f"corslint: {exc}")
        return EXIT_ERROR
    return run_check(targets, config, cwd, **params)


def script() -> None:
    """The ``corslint`` console script: ``main``, then exit without tearing down the heap.

    A run ends with its whole model in memory; freeing it object by object at
    interpreter exit takes time and changes nothing. Output is flushed first.
    In-process callers (tests) use ``main``, which exits normally.
    """
    try:
        main()
        code: Any = 0
    except SystemExit as exc:
        code = exc.code
    if code is not None and not isinstance(code, int):
        sys.stderr.write(f"{code}\n")  # what the interpreter does with a non-integer code
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        code = 1  # a closed pipe, as main reports it
    os._exit(code or 0)


def main(args: list[str] | None = None, **extra: Any) -> Any:
    """Run ``corslint`` (``args`` default to ``sys.argv[1:]``; ``extra`` goes to click)."""
    if not extra and os.name != "nt":
        try:
            code = _fast_check(sys.argv[1:] if args is None else list(args))
        except (EOFError, KeyboardInterrupt):
            sys.stderr.write("\nAborted!\n")  # as click reports it
            sys.exit(1)
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise
            # a closed pipe: exit 1 quietly, as click does (no error at interpreter exit)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        if code is not None:
            sys.exit(code)
    from corslint.commands import main as command

    return command(args, **extra)

