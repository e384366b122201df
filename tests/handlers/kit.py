"""Tiny models for handler tests: one function behind one route, analysed from files."""

from __future__ import annotations

import textwrap
from pathlib import Path
from types import ModuleType

from corslint.config import Config
from corslint.handlers import analyse_functions
from corslint.model import Api, Function, HttpCors, Integration, Project, Route, Unknown
from corslint.rulekit import Context
from corslint.simulate import Simulator
from corslint.source import Loc


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"))


def function(handler: str, runtime: str = "python3.12", code: str = "src", env=None) -> Function:
    return Function(
        "fn",
        "fn",
        Loc("main.tf", 1),
        runtime,
        handler,
        code,
        {} if env is None else env,
    )


def project(
    fn: Function, *, kind: str = "rest", method: str = "GET", cors: HttpCors | None = None
) -> Project:
    integration = Integration("AWS_PROXY", Loc("main.tf", 30), function=fn.key)
    routes = [Route(method, "/items", Loc("main.tf", 20), integration=integration)]
    if kind == "rest":
        routes.append(Route("OPTIONS", "/items", Loc("main.tf", 25), integration=integration))
    api = Api("test:api", "api", kind, "terraform", Loc("main.tf", 10), routes, cors=cors)
    return Project(apis=[api], functions={fn.key: fn})


def analysed(tmp_path: Path, files: dict[str, str], handler: str, **kw) -> Function:
    write(tmp_path, files)
    fn = function(handler, **{k: v for k, v in kw.items() if k in ("runtime", "code", "env")})
    unchecked = analyse_functions({fn.key: fn}, cwd=tmp_path)
    assert isinstance(fn.behaviour, Unknown) == bool(unchecked)
    return fn


def run_rule(rule: ModuleType, proj: Project, config: Config | None = None) -> list:
    config = config or Config()
    return list(rule.check(Context(proj, Simulator(proj, config), config)))


def lines(problems: list) -> list[tuple[str, int]]:
    return sorted((p.loc.file, p.loc.line) for p in problems)
