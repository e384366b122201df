"""The ``audit`` click command; ``corslint.commands`` registers it.

boto3 is imported only when the command runs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from corslint.commands import output_options, rule_options

EXIT_INTERRUPTED = 130


@click.command()
@click.option("--profile", help="AWS profile (default: the standard credential chain).")
@click.option("--region", help="Region to audit (default: the profile's).")
@click.option("--all-regions", is_flag=True, help="Audit every enabled region.")
@click.option("--api-id", "api_ids", multiple=True, metavar="ID", help="Only this API (repeatable).")
@click.option("--endpoint-url", metavar="URL", help="Send every AWS call here (moto, LocalStack).")
@click.option("--no-code", is_flag=True, help="Do not download Lambda code.")
@click.option("--save-exports", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="Write each API as OpenAPI to DIR/REGION/API_ID.json; findings point there.")
@click.option("--print-iam-policy", is_flag=True, help="Print the read-only IAM policy the audit needs, and exit.")
@click.option("--jobs", "-j", type=click.IntRange(1, 32), default=4, show_default=True,
              help="APIs read at the same time.")
@rule_options
@output_options
def audit(
    profile: str | None, region: str | None, all_regions: bool, api_ids: tuple[str, ...],
    endpoint_url: str | None, no_code: bool, save_exports: Path | None, print_iam_policy: bool,
    jobs: int, select: tuple[str, ...], ignore: tuple[str, ...], fail_on: str | None,
    config_file: Path | None, frontend_origin: tuple[str, ...], **output: Any,
) -> None:
    """Lint the API Gateway APIs deployed in an AWS account (read-only)."""
    from corslint.cli import EXIT_ERROR, _split, emit
    from corslint.config import ConfigError, load_config, with_overrides

    if print_iam_policy:
        from corslint.audit.iam import policy_json

        click.echo(policy_json(), nl=False)
        return
    if region and all_regions:
        raise click.UsageError("--region and --all-regions exclude each other")
    try:
        config = load_config(config_file, Path.cwd())
        config = with_overrides(
            config, select=_split(select), ignore=_split(ignore), fail_on=fail_on,
            frontend_origins=tuple(frontend_origin),
        )
        from corslint.audit.run import AuditOptions, run_audit, stderr_progress
        from corslint.engine import selected_rules

        selected_rules(config)  # unknown rule names fail before any AWS call
        options = AuditOptions(
            profile=profile, region=region, all_regions=all_regions, api_ids=api_ids,
            endpoint_url=endpoint_url, no_code=no_code, save_exports=save_exports, jobs=jobs,
        )
        progress = stderr_progress(not output["quiet"] and sys.stderr.isatty())
        notes: list[str] = []
        report = run_audit(options, config, progress=progress, notes=notes)
        if progress is not None:
            sys.stderr.write("\r\033[K")
        for note in notes if not output["quiet"] else ():
            click.echo(f"corslint audit: note: {note}", err=True)
    except KeyboardInterrupt:
        click.echo("\ncorslint: interrupted", err=True)
        sys.stderr.flush()
        os._exit(EXIT_INTERRUPTED)  # do not wait for in-flight AWS calls
    except ConfigError as exc:
        click.echo(f"corslint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # no credentials, no region, unreachable endpoint, ...
        if type(exc).__module__.startswith(("botocore", "boto3")) or isinstance(exc, ValueError):
            click.echo(f"corslint: {exc}", err=True)
            sys.exit(EXIT_ERROR)
        raise
    sys.exit(emit(report, fail_on=config.fail_on, cwd=Path.cwd(), **output))
