"""The audit pipeline: list → read (concurrently) → model → the same rules as ``check``."""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any, TypeVar

from corslint.audit.docs import function_arns
from corslint.audit.reader import ApiRead, ApiRef, FunctionRead, RegionReader
from corslint.config import Config
from corslint.engine import Report, report_for
from corslint.findings import Finding, Problem
from corslint.loaders.openapi import api_from_openapi, load_openapi_file
from corslint.model import Function, InputError, LoadResult, Project, Unchecked, Unknown
from corslint.record import Value, replace
from corslint.source import LDict, LList, Loc

T = TypeVar("T")
Progress = Callable[[str], None]


class AuditOptions(Value):
    """What to audit and how."""

    profile: str | None = None
    region: str | None = None
    all_regions: bool = False
    api_ids: tuple[str, ...] = ()
    endpoint_url: str | None = None
    no_code: bool = False
    save_exports: Path | None = None
    jobs: int = 4
    max_attempts: int = 10  # botocore retries per call after the first try


def client_config(max_attempts: int = 10) -> Any:
    """botocore config: adaptive retries on throttling and 5xx, bounded timeouts."""
    from botocore.config import Config as BotoConfig

    return BotoConfig(
        retries={"mode": "adaptive", "max_attempts": max_attempts},
        connect_timeout=10,
        read_timeout=60,
        max_pool_connections=16,
    )


def make_session(options: AuditOptions) -> Any:
    import boto3

    return boto3.Session(profile_name=options.profile, region_name=options.region)


def regions(session: Any, options: AuditOptions) -> list[str]:
    """The regions to audit: ``--region``, the profile's, or every enabled one."""
    if options.all_regions:
        ec2 = session.client(
            "ec2", region_name=options.region or session.region_name or "us-east-1",
            endpoint_url=options.endpoint_url, config=client_config(options.max_attempts),
        )
        names = [r["RegionName"] for r in ec2.describe_regions().get("Regions", [])]
        return sorted(names)
    region = options.region or session.region_name
    if not region:
        raise ValueError("no region: pass --region or --all-regions, or set one in the profile")
    return [region]


def _pool_map(
    pool: ThreadPoolExecutor, fn: Callable[[Any], T], items: Iterable[Any],
    progress: Progress | None, what: str,
) -> list[tuple[Any, T | BaseException]]:
    """``fn`` over ``items`` on the pool; each item with its result or its exception."""
    futures: dict[Future[T], Any] = {pool.submit(fn, item): item for item in items}
    out: list[tuple[Any, T | BaseException]] = []
    for done, future in enumerate(as_completed(futures), 1):
        try:
            out.append((futures[future], future.result()))
        except Exception as exc:  # one API's failure never hides the others
            out.append((futures[future], exc))
        if progress is not None:
            progress(f"{what} {done}/{len(futures)}")
    return out


def _describe(exc: BaseException) -> str:
    response = getattr(exc, "response", None)
    if isinstance(response, dict) and "Error" in response:
        error = response["Error"]
        op = getattr(exc, "operation_name", "")
        return f"{op}: {error.get('Code')}: {error.get('Message')}".strip(": ")
    return f"{type(exc).__name__}: {exc}"


def _located(value: Any, loc: Loc) -> Any:
    """``value`` as position-carrying containers, every position ``loc``."""
    if isinstance(value, dict):
        out = LDict(((k, _located(v, loc)) for k, v in value.items()), loc=loc)
        out.key_locs = {k: loc for k in value}
        return out
    if isinstance(value, list):
        return LList((_located(v, loc) for v in value), loc=loc)
    return value


def _fn_key(region: str, arn: str) -> str:
    return f"lambda:{region}:{arn.rsplit(':', 1)[1]}"


def _model(read: ApiRead, file: Path | None, cwd: Path) -> LoadResult:
    """The model of one API: from the saved export when there is one, else the document."""
    ref = read.ref
    if file is not None:
        result = load_openapi_file(file, cwd=cwd)
    else:
        doc = _located(read.doc, Loc(ref.file, 1))
        result = api_from_openapi(doc, file=ref.file, key=ref.file, source="aws", name=ref.name)
    for api in result.apis:
        api.key = ref.file
        for route in api.routes:
            integration = route.integration
            if integration is None or isinstance(integration, Unknown):
                continue
            fn = integration.function
            if isinstance(fn, str) and fn.startswith("lambda:"):
                integration.function = f"lambda:{ref.region}:{fn.split(':', 1)[1]}"
    return result


def save_export(read: ApiRead, directory: Path) -> Path:
    """Write the API's document as ``DIR/REGION/API_ID.json``."""
    path = directory / read.ref.region / f"{read.ref.api_id}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(read.doc, indent=2, default=str) + "\n", encoding="utf-8")
    return path


def _function(region: str, fr: FunctionRead | BaseException, arn: str, root: Path) -> tuple[Function, Unchecked | None, InputError | None]:
    name = arn.rsplit(":", 1)[1]
    loc = Loc(f"aws://{region}/lambda/{name}", 1)
    key = _fn_key(region, arn)
    if isinstance(fr, BaseException):
        reason = f"get_function failed: {_describe(fr)}"
        return Function(key, name, loc, behaviour=Unknown(reason)), None, InputError(loc.file, reason)
    config = fr.config
    env = dict((config.get("Environment") or {}).get("Variables") or {})
    fn = Function(
        key=key, name=name, loc=loc, runtime=config.get("Runtime"), handler=config.get("Handler"),
        code=fr.code_dir.relative_to(root).as_posix() if fr.code_dir else Unknown(fr.problem or "no code"),
        environment=env, image=config.get("PackageType") == "Image",
    )
    if fr.problem:
        fn.behaviour = Unknown(fr.problem)
        return fn, Unchecked(loc.file, fr.problem), None
    return fn, None, None


def read_account(
    options: AuditOptions, *, session: Any = None, progress: Progress | None = None,
    code_root: Path, cwd: Path,
) -> tuple[Project, list[ApiRead]]:
    """Read every API (and its Lambda code) into one ``Project``."""
    session = session or make_session(options)
    config = client_config(options.max_attempts)
    project = Project()
    reads: list[ApiRead] = []
    pool = ThreadPoolExecutor(max_workers=options.jobs, thread_name_prefix="corslint-audit")
    try:
        names = regions(session, options)
        readers = {r: RegionReader(session, r, options.endpoint_url, config) for r in names}
        refs: list[ApiRef] = []
        for region, listed in _pool_map(pool, lambda r: readers[r].list_apis(), names, progress, "regions"):
            if isinstance(listed, BaseException):
                project.errors.append(InputError(f"aws://{region}", f"listing APIs failed: {_describe(listed)}"))
                continue
            refs += [ref for ref in listed if not options.api_ids or ref.api_id in options.api_ids]
        for ref, read in _pool_map(pool, lambda ref: readers[ref.region].read(ref), refs, progress, "APIs"):
            if isinstance(read, BaseException):
                project.errors.append(InputError(ref.file, f"{ref.name}: {_describe(read)}"))
            else:
                reads.append(read)
        reads.sort(key=lambda r: r.ref.file)
        wanted = sorted({(r.ref.region, arn) for r in reads for arn in function_arns(r.doc)})

        def fetch(item: tuple[str, str]) -> FunctionRead:
            region, arn = item
            if options.no_code:  # not even get_function
                return FunctionRead(arn, {}, None, "Lambda code not read (--no-code)")
            return readers[region].function(arn, code_root / region / "lambda" / arn.rsplit(":", 1)[1])

        for (region, arn), fr in _pool_map(pool, fetch, wanted, progress, "functions"):
            fn, unchecked, error = _function(region, fr, arn, code_root)
            project.functions[fn.key] = fn
            project.unchecked += [unchecked] if unchecked else []
            project.errors += [error] if error else []
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    for read in reads:
        file = save_export(read, options.save_exports) if options.save_exports else None
        project.add(_model(read, file, cwd))
        project.files += 1
    return project, reads


def _stage_problems(project: Project, reads: list[ApiRead]) -> tuple[list[Problem], list[Unchecked]]:
    """CORS050 problems for stages that do not serve the latest changes."""
    problems, unchecked = [], []
    apis = {api.key: api for api in project.apis}
    for read in reads:
        api = apis.get(read.ref.file)
        if api is None:
            continue
        for stage in read.stages:
            if stage.stale:
                problems.append(Problem(
                    f"Stage {stage.stage} of {api.name} does not serve the latest changes: {stage.stale}. "
                    "CORS fixes made since are not live until the API is redeployed to the stage.",
                    api.loc, api.name, None,
                    fix=f"Create a deployment of {read.ref.api_id} for stage {stage.stage} "
                        "(aws apigateway create-deployment) or fix the deployment's triggers in the IaC.",
                ))
            if stage.note:
                unchecked.append(Unchecked(api.loc.file if api.loc else read.ref.file,
                                           f"stage {stage.stage}: {stage.note}", api=api.name))
    return problems, unchecked


def lint_project(project: Project, config: Config, reads: list[ApiRead], cwd: Path) -> Report:
    """``engine.report_for`` on a Project read from AWS, plus stage freshness (CORS050).

    ``cwd`` is where the Lambda code was extracted: ``corslint: ignore`` comments
    in the deployed code apply there.
    """
    if project.functions:
        _analyse(project, cwd)
    stage_problems, stage_unchecked = _stage_problems(project, reads)
    project.unchecked.extend(stage_unchecked)
    return report_for(project, config, cwd, {"CORS050": stage_problems})[1]


def _analyse(project: Project, cwd: Path) -> None:
    """The handler analysis on the extracted code (read, never run)."""
    try:
        from corslint.handlers import analyse_functions
    except ImportError:
        return
    todo = {k: f for k, f in project.functions.items() if f.behaviour is None}
    try:
        project.unchecked.extend(analyse_functions(todo, cwd=cwd))
    except Exception as exc:
        for function in todo.values():
            function.behaviour = Unknown(f"handler analysis failed: {exc!r}")


def _aws_file(file: str) -> str:
    """``REGION/lambda/NAME/app.py`` (relative to the code root) → ``aws://REGION/lambda/NAME/app.py``."""
    parts = file.split("/")
    if len(parts) > 2 and parts[1] == "lambda" and "://" not in file:
        return "aws://" + file
    return file


def run_audit(
    options: AuditOptions, config: Config, *, session: Any = None, progress: Progress | None = None,
    notes: list[str] | None = None,
) -> Report:
    """Read the account and lint it; Lambda code lives in a temporary directory meanwhile.

    ``notes`` receives how the reading deviated from the plain calls (fallbacks used).
    """
    cwd = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="corslint-audit-") as tmp:
        root = Path(tmp).resolve()
        project, reads = read_account(options, session=session, progress=progress, code_root=root, cwd=cwd)
        if notes is not None:
            notes += [f"{read.ref.file}: {note}" for read in reads for note in read.notes]
        report = lint_project(project, config, reads, root)  # handler code is under root
    report.findings = sorted(
        (replace(f, file=_aws_file(f.file)) for f in report.findings), key=Finding.sort_key
    )
    report.unchecked = [replace(u, file=_aws_file(u.file)) for u in report.unchecked]
    return report


def stderr_progress(enabled: bool) -> Progress | None:
    """A one-line progress display on stderr, or None when hidden."""
    if not enabled:
        return None

    def show(text: str) -> None:
        sys.stderr.write(f"\r\033[Kcorslint audit: {text}")
        sys.stderr.flush()

    return show
