"""The click commands behind ``corslint`` (SPEC §5); ``corslint.cli.main`` runs them.

``check``'s work is ``corslint.cli.run_check`` (run without click for plain command lines).

Exit codes: 0 clean, 1 findings, 2 usage or input errors.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from corslint import __version__
from corslint.cli import (
    EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, FAIL_ON, FORMATS, BadVar, _split, build_config,
    run_check,
)
from corslint.config import ConfigError

if TYPE_CHECKING:
    from corslint.config import Config


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The report options shared by ``check`` (and ``audit``)."""
    options = [
        click.option("--format", "fmt", type=click.Choice(FORMATS), default="text",
                     show_default=True, help="Output format."),
        click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
                     help="Write the report to FILE instead of stdout."),
        click.option("--baseline", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Hide the findings recorded in this baseline file."),
        click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path),
                     help="Record every current finding in FILE and exit."),
        click.option("--quiet", "-q", is_flag=True, help="Print findings only."),
        click.option("--color/--no-color", "colour", default=None,
                     help="Colour output (default: on a TTY, unless NO_COLOR)."),
        click.option("--show-unchecked", is_flag=True,
                     help="List what could not be checked, and why."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def rule_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The rule and config options shared by ``check`` and ``audit``."""
    options = [
        click.option("--select", multiple=True, help="Only these rules (IDs, names or ID prefixes)."),
        click.option("--ignore", multiple=True, help="Skip these rules (IDs, names or ID prefixes)."),
        click.option("--fail-on", type=click.Choice(FAIL_ON),
                     help="Lowest severity that makes the exit code 1 [default: warning]."),
        click.option("--config", "config_file",
                     type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Config file (default: nearest corslint.toml or pyproject.toml)."),
        click.option("--frontend-origin", multiple=True, metavar="URL",
                     help="An origin your frontend is served from (repeatable)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="corslint")
def main() -> None:
    """Find CORS mistakes in AWS serverless APIs before a browser does."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@rule_options
@click.option("--var", "tf_vars", multiple=True, metavar="NAME=VALUE", help="Terraform variable.")
@click.option("--var-file", "tf_var_files", multiple=True, type=click.Path(path_type=Path),
              help="Terraform .tfvars file (repeatable).")
@click.option("--stage", help="Serverless Framework stage.")
@click.option("--no-cache", is_flag=True, help="Do not read or write .corslint_cache/.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes that load files and read handlers (same report).")
@output_options
def check(
    paths: tuple[Path, ...], select: tuple[str, ...],
    ignore: tuple[str, ...], fail_on: str | None, config_file: Path | None,
    frontend_origin: tuple[str, ...], tf_vars: tuple[str, ...], tf_var_files: tuple[Path, ...],
    stage: str | None, no_cache: bool, jobs: int, **output: Any,
) -> None:
    """Lint the API definitions and handlers under PATHS (default: .)."""
    cwd = Path.cwd()
    targets = list(paths) or [Path(".")]
    try:
        config = _config(
            config_file, targets[0], select=_split(select), ignore=_split(ignore),
            fail_on=fail_on, frontend_origins=tuple(frontend_origin), tf_vars=tf_vars,
            tf_var_files=tf_var_files, stage=stage,
        )
    except ConfigError as exc:
        click.echo(f"corslint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    sys.exit(run_check(targets, config, cwd, no_cache=no_cache, jobs=jobs, **output))


def _config(config_file: Path | None, first: Path, **options: Any) -> Config:
    """The config file's settings with the command line's on top."""
    try:
        return build_config(config_file, first, **options)
    except BadVar as exc:
        raise click.BadParameter(str(exc), param_hint="--var") from None


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--origin", required=True, metavar="URL", help="The page's origin.")
@click.option("--route", metavar='"PUT /items/{id}"', help="Only this route (method and path, or a path).")
@click.option("--credentials/--no-credentials", default=None,
              help="fetch() with credentials: 'include' [default: as the API means it].")
@click.option("--header", "headers", multiple=True, metavar="NAME",
              help="A request header the page sets (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Config file (default: nearest corslint.toml or pyproject.toml).")
@click.option("--var", "tf_vars", multiple=True, metavar="NAME=VALUE", help="Terraform variable.")
@click.option("--var-file", "tf_var_files", multiple=True, type=click.Path(path_type=Path),
              help="Terraform .tfvars file (repeatable).")
@click.option("--stage", help="Serverless Framework stage.")
def explain(
    paths: tuple[Path, ...], origin: str, route: str | None, credentials: bool | None,
    headers: tuple[str, ...], fmt: str, config_file: Path | None, tf_vars: tuple[str, ...],
    tf_var_files: tuple[Path, ...], stage: str | None,
) -> None:
    """Show, per route, which answers a page on ORIGIN can read (exit 1: some blocked)."""
    import json

    from corslint import explain as explainer
    from corslint.engine import analyse

    cwd = Path.cwd()
    targets = list(paths) or [Path(".")]
    try:
        config = _config(config_file, targets[0], tf_vars=tf_vars, tf_var_files=tf_var_files,
                         stage=stage)
        project, sim, report = analyse(targets, config, cwd)
    except ConfigError as exc:
        click.echo(f"corslint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    found = explainer.explain(project, sim, report, origin=origin, route=route,
                              credentials=credentials, headers=headers)
    if fmt == "json":
        click.echo(json.dumps({"origin": origin, "routes": [e.to_json() for e in found]}, indent=2))
    else:
        click.echo(explainer.render_text(found), nl=False)
    if report.errors or (route is not None and not found):
        sys.exit(EXIT_ERROR)
    blocked = any(row.result == explainer.BLOCKED for e in found for row in e.rows)
    sys.exit(EXIT_FINDINGS if blocked else EXIT_CLEAN)


@main.command()
@click.argument("rule", required=False)
def rules(rule: str | None) -> None:
    """List the rules, or show one rule's documentation (by ID or name)."""
    from corslint.docs import all_rules, rule_doc

    every = all_rules()
    if rule is None:
        width = max(len(r.NAME) for r in every)
        for r in every:
            click.echo(f"{r.ID}  {r.NAME:<{width}}  {r.SEVERITY:<7}  {r.SUMMARY}")
        return
    wanted = rule.strip().upper()
    found = next((r for r in every if wanted in (r.ID, r.NAME.upper())), None)
    if found is None:
        click.echo(f"corslint: no rule {rule!r} (see `corslint rules`)", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"# {found.ID} {found.NAME} ({found.SEVERITY})\n")
    click.echo(rule_doc(found))


def _register_audit() -> None:
    """Add ``corslint audit`` when its command module is present (it imports boto3 lazily)."""
    try:
        from corslint.audit.command import audit
    except ImportError:
        return
    main.add_command(audit)


_register_audit()
