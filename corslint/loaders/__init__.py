"""Load every discovered input into one Project.

Each loader lives in its own module and is imported only when there is an
input of its kind. Loaders return LoadResults and never raise on bad input;
anything unexpected still becomes a per-file error here, so one file can
never stop the others from being checked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from corslint.config import Config
from corslint.discovery import Inputs
from corslint.model import InputError, Integration, LoadResult, Project


def rel(path: Path, cwd: Path) -> str:
    """A path as findings print it: relative to cwd when below it, posix."""
    try:
        return path.resolve().relative_to(cwd.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _guarded(file: str, load: Callable[[], LoadResult]) -> LoadResult:
    try:
        return load()
    except RecursionError:
        return LoadResult(errors=[InputError(file, "nested too deeply to analyse")])
    except MemoryError:
        return LoadResult(errors=[InputError(file, "too large to analyse")])
    except Exception as exc:  # a loader bug must not hide the other files
        return LoadResult(
            errors=[InputError(file, f"internal error while reading this file: {exc!r}")]
        )


def load_data_file(path: Path, cwd: Path) -> LoadResult:
    """An OpenAPI export or a CloudFormation/SAM template (YAML or JSON)."""
    from corslint.loaders import datafile

    file = rel(path, cwd)
    try:
        doc = datafile.load_data(path, file)
    except datafile.ParseError as exc:
        return LoadResult(errors=[InputError(file, exc.message, exc.line, exc.column)])
    from corslint.loaders import openapi

    if openapi.is_openapi(doc):
        return openapi.api_from_openapi(doc, file=file, key=f"openapi:{file}", source="openapi")
    try:
        from corslint.loaders import cloudformation
    except ImportError:  # CloudFormation/SAM support not in this build
        return LoadResult()
    if cloudformation.is_template(doc):
        return namespaced(cloudformation.load_template(doc, file=file, cwd=cwd), file)
    return LoadResult()


def namespaced(result: LoadResult, file: str) -> LoadResult:
    """Function keys of one template (``cfn:<LogicalId>``) made unique across templates."""
    renamed = {
        key: f"cfn:{file}:{key[4:]}" if key.startswith("cfn:") else key for key in result.functions
    }
    result.functions = {renamed[key]: fn for key, fn in result.functions.items()}
    for function in result.functions.values():
        function.key = renamed.get(function.key, function.key)
    for api in result.apis:
        for route in api.routes:
            integration = route.integration
            if isinstance(integration, Integration) and isinstance(integration.function, str):
                integration.function = renamed.get(integration.function, integration.function)
    return result


def load_inputs(inputs: Inputs, config: Config, cwd: Path, jobs: int = 1) -> Project:
    """Run every loader over its inputs and link what refers across files.

    With ``jobs`` > 1 the loaders run in that many processes (``corslint.parallel``);
    the project is the same.
    """
    project = Project(files=inputs.count)
    for missing in inputs.missing:
        project.errors.append(InputError(str(missing), "no such file or directory"))
    results = None
    if jobs > 1:
        from corslint.parallel import load_in_workers

        results = load_in_workers(inputs, config, cwd, jobs)
    if results is None:
        results = load_terraform_inputs(inputs.terraform, config, cwd) if inputs.terraform else []
        results += [load_file("serverless", path, config, cwd) for path in inputs.serverless]
        results += [load_file("data", path, config, cwd) for path in inputs.data]
    for result in results:
        project.add(result)
    link_functions(project)
    return project


def load_terraform_inputs(
    files: list[Path], config: Config, cwd: Path, roots: list[Path] | None = None
) -> list[LoadResult]:
    """One result per Terraform root among ``files`` (all of them, or ``roots``); never
    raises (a failure is one error for "terraform")."""
    from corslint.loaders.terraform import load_terraform_roots, terraform_roots

    made: list[LoadResult] = []

    def load() -> LoadResult:
        made.extend(load_terraform_roots(
            files, terraform_roots(files, cwd) if roots is None else roots, cwd=cwd,
            variables=dict(config.terraform_vars),
            var_files=[config.base_dir / f for f in config.terraform_var_files],
        ))
        return LoadResult()

    failed = _guarded("terraform", load)
    if made:
        return made
    return [failed, *(LoadResult() for _ in (roots or [])[1:])]


def load_file(kind: str, path: Path, config: Config, cwd: Path) -> LoadResult:
    """A ``serverless.yml`` (``kind`` "serverless") or a data file ("data"); never raises."""
    if kind == "serverless":
        from corslint.loaders.serverless import load_serverless

        return _guarded(rel(path, cwd), lambda: load_serverless(
            path, cwd=cwd, stage=config.serverless_stage, params=dict(config.serverless_params)
        ))
    return _guarded(rel(path, cwd), lambda: load_data_file(path, cwd))


def link_functions(project: Project) -> None:
    """Point integrations that name a Lambda by its name ("lambda:NAME") at its Function."""
    names = [f.name for f in project.functions.values() if isinstance(f.name, str)]
    by_name = {  # a name two functions share is ambiguous: left unresolved, not guessed
        function.name: key
        for key, function in project.functions.items()
        if isinstance(function.name, str) and names.count(function.name) == 1
    }
    for api in project.apis:
        for route in api.routes:
            integration = route.integration
            if not isinstance(integration, Integration):
                continue
            key = integration.function
            if isinstance(key, str) and key not in project.functions:
                name = key.split(":", 1)[1] if key.startswith("lambda:") else None
                if name and name in by_name:
                    integration.function = by_name[name]
