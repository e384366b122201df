"""Read Lambda handler code (never import or run it): what each outcome answers.

``analyse_functions`` sets ``Function.behaviour`` for every function: a
``Behaviour`` read from the code, or ``Unknown`` with the reason it cannot be
followed (image, code outside the repository, missing file, unsupported
runtime, syntax error, dynamic code). Those are also returned as ``Unchecked``.
"""

from __future__ import annotations

from pathlib import Path

from corslint.handlers import frameworks
from corslint.handlers.interpret import Interpreter, Module, Result, TooComplex
from corslint.handlers.locate import NODE, FileSystem, Located, locate
from corslint.handlers.outcomes import framework_calls, outcome_of
from corslint.handlers.python_ast import parse_python, python_candidates
from corslint.handlers.values import Call, Event, Func, join
from corslint.model import Behaviour, Function, Integration, Route, Unchecked, Unknown
from corslint.record import replace
from corslint.simulate import Simulator
from corslint.source import Loc

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["analyse_function", "analyse_functions", "handler_source"]


def analyse_functions(
    functions: dict[str, Function], *, cwd: Path, parsed: dict[Path, Any] | None = None
) -> list[Unchecked]:
    """Set each function's ``behaviour``; return what could not be checked.

    ``parsed`` (file -> parsed module) is filled with every handler file read.
    """
    unchecked: list[Unchecked] = []
    parsed = {} if parsed is None else parsed  # each file is parsed once for all functions
    fs = FileSystem()
    for function in functions.values():
        unchecked += analyse_one(function, cwd, parsed, fs)
    return unchecked


def analyse_one(
    function: Function, cwd: Path, parsed: dict[Path, Any], fs: FileSystem
) -> list[Unchecked]:
    """Set one function's ``behaviour``; return what could not be checked."""
    skipped: list[str] = []
    try:
        behaviour = analyse_function(function, cwd, skipped, parsed, fs)
    except Exception as error:
        behaviour = Unknown(
            f"corslint could not follow the code ({type(error).__name__}: {error})"
        )
    function.behaviour = behaviour
    where = function.loc.file if function.loc else str(function.code)
    if isinstance(behaviour, Unknown):
        skipped = [behaviour.reason]
    return [Unchecked(where, f"handler of {function.name}: {r}") for r in skipped]


def analyse_function(
    function: Function,
    cwd: Path,
    skipped: list[str] | None = None,
    parsed: dict[Path, Module | Unknown] | None = None,
    fs: FileSystem | None = None,
) -> Behaviour | Unknown:
    """What one function's handler answers, read from its code.

    ``skipped`` receives the reasons for returns whose answer could not be read.
    """
    fs = fs or FileSystem()
    located = locate(function, cwd, fs)
    if isinstance(located, Unknown):
        return located
    loader = _Loader(located, fs.real(cwd), {} if parsed is None else parsed, fs)
    module = loader.module(located.file)
    if isinstance(module, Unknown):
        return module
    interpreter = Interpreter(function.environment, loader.importer)
    try:
        interpreter.load(module)
        handler = interpreter.export(module, located.name)
        behaviour = _behaviour(
            interpreter, module, handler, located, skipped if skipped is not None else []
        )
    except TooComplex as error:
        return Unknown(f"{module.rel}: {error}; not analysed")
    except RecursionError:
        return Unknown(f"{module.rel}: nested too deeply; not analysed")
    if isinstance(behaviour, Behaviour):
        behaviour.origin_checks = [
            *behaviour.origin_checks,
            *(c for c in interpreter.checks if c not in behaviour.origin_checks),
        ]
        behaviour.source = "javascript" if located.language == NODE else "python"
    return behaviour


def _behaviour(
    interpreter: Interpreter, module: Module, handler: object, located: Located, skipped: list[str]
) -> Behaviour | Unknown:
    if isinstance(handler, Unknown):
        return Unknown(
            f"{module.rel}: the handler {located.name} cannot be followed ({handler.reason})"
        )
    if isinstance(handler, Call):
        found = frameworks.behaviour(handler, interpreter, module)
        return (
            found
            if found is not None
            else Unknown(
                f"{module.rel}: the handler is built by {handler.name}, which corslint does not model"
            )
        )
    if not isinstance(handler, Func):
        return Unknown(f"{module.rel}: {located.name} is not a function")
    results = interpreter.run(handler, (Event(), Event(("context",))), ())
    if isinstance(results, Unknown):
        return Unknown(f"{module.rel}: {results.reason}")
    for call in framework_calls(results):
        found = frameworks.behaviour(call, interpreter, module)
        if found is not None:
            return found
    loc = interpreter.loc(module, handler.node)
    outcomes, unknown = [], []
    for result in _merge_paths(results):
        outcome = outcome_of(result)
        if isinstance(outcome, Unknown):
            unknown.append(outcome.reason)
        else:
            outcomes.append(outcome)
    if not outcomes:
        reason = unknown[0] if unknown else "it returns no response"
        return Unknown(f"{module.rel}: the handler's answer cannot be read ({reason})")
    skipped += [f"{module.rel}: an answer cannot be read ({reason})" for reason in unknown]
    return Behaviour(outcomes, None, Loc(module.rel, loc.line, loc.column), "python")


def _merge_paths(results: list[Result]) -> list[Result]:
    """One result per return/raise statement (and OPTIONS branch): paths to it joined."""
    merged: dict[tuple[int, bool | None], Result] = {}
    for result in results:
        if result.kind == "next":
            continue  # falls off the end: returns None (API Gateway answers 502)
        key = (id(result.node), result.state.options)
        if key in merged:
            previous = merged[key]
            merged[key] = replace(previous, value=join(previous.value, result.value))
        else:
            merged[key] = result
    return list(merged.values())


class _Loader:
    """The handler's local modules: parsed once (shared), evaluated once per function."""

    def __init__(
        self, located: Located, cwd: Path, parsed: dict[Path, Module | Unknown], fs: FileSystem
    ) -> None:
        self.located = located
        self.cwd = cwd
        self.parsed = parsed
        self.fs = fs
        self.modules: dict[Path, Module | Unknown] = {}

    def module(self, path: Path) -> Module | Unknown:
        path = self.fs.real(path)
        if path not in self.modules:
            template = self.parsed.get(path)
            if template is None:
                template = self.parsed[path] = self.parse(path)
            self.modules[path] = (
                template
                if isinstance(template, Unknown)
                else replace(template, names={}, exports=dict(template.exports), done=False)
            )
        return self.modules[path]

    def parse(self, path: Path) -> Module | Unknown:
        try:
            rel = path.relative_to(self.cwd).as_posix()
        except ValueError:
            return Unknown(f"{path} is outside the linted directory")
        if path.suffix == ".py":
            return parse_python(path, rel)
        from corslint.handlers.node import parse_node

        return parse_node(path, rel)

    def importer(self, current: Module, spec: str, level: int) -> Module | Unknown:
        if current.lang == "python":
            candidates = python_candidates(self.located.root, current.path, spec, level)
        else:
            from corslint.handlers.node import node_candidates

            candidates = node_candidates(current.path, spec)
        for candidate in candidates:
            if self.fs.is_file(candidate):
                return self.module(candidate)
        return Unknown(f"{spec} is not a local module")


def handler_source(sim: Simulator, route: Route | None) -> str | None:
    """``python`` / ``javascript`` for findings in the handler code behind ``route``."""
    integration = route.integration if route is not None else None
    if not isinstance(integration, Integration):
        return None
    function = sim.function(integration)
    if function is None or not isinstance(function.behaviour, Behaviour):
        return None
    return function.behaviour.source
