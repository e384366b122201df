"""A small abstract interpreter over Python ``ast`` (JavaScript is translated to it).

It follows a handler's paths without running anything: which dicts it
returns, what its headers hold, where it raises, and which tests the request's
``Origin`` goes through. Paths, call depth and loop bodies are bounded.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from pathlib import Path

from corslint.handlers import origin_checks
from corslint.handlers.values import (
    Call,
    Environ,
    Event,
    Func,
    Method,
    Obj,
    Origin,
    Ref,
    Seq,
    Val,
    join,
)
from corslint.model import OriginCheck, Unknown
from corslint.record import Record, Value, field, replace
from corslint.source import Loc

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

MAX_PATHS = 256
MAX_STEPS = 50_000
MERGE_AT = 8  # open paths beyond this are joined into one
MAX_DEPTH = 8
UNSET = Unknown("the name is not defined in the linted code")


class TooComplex(Exception):
    """The code has more paths than the interpreter follows."""


class Module(Record):
    """One parsed source file and its top-level names."""

    rel: str  # path relative to cwd, for locations
    path: Path
    tree: ast.Module
    lang: str = "python"
    names: dict[str, Val] = field(default_factory=dict)
    exports: dict[str, str] = field(default_factory=dict)  # JS: exported name → local name
    done: bool = False


class State(Record):
    """One path through a function: its local names and what it knows of the request."""

    names: dict[str, Val]
    options: bool | None = None  # True: inside an OPTIONS branch

    def bind(self, name: str, value: Val) -> State:
        return State({**self.names, name: value}, self.options)


class Result(Record):
    """How a path ends: ``return`` (value), ``raise``, or ``next`` (falls through)."""

    kind: str
    state: State
    value: Val = None
    loc: Loc | None = None
    node: ast.AST | None = None


Importer = Callable[[Module, str, int], "Module | Unknown"]  # (from, spec, level) → module


class Interpreter(Record):
    """Evaluates modules and functions of one handler's code."""

    environment: dict[str, str | Unknown] | Unknown
    importer: Importer
    checks: list[OriginCheck] = field(default_factory=list)
    depth: int = 0
    steps: int = 0

    def closure(self, state: State) -> tuple[tuple[str, Val], ...]:
        """The local names a function defined here sees (none at module level)."""
        return tuple(state.names.items()) if self.depth else ()

    # ------------------------------------------------------------ modules

    def load(self, module: Module) -> Module:
        """Run a module's top level (once) to learn its names."""
        if module.done:
            return module
        module.done = True
        saved, self.depth = self.depth, 0  # top-level functions see module names, not a closure
        try:
            states = [State(dict(module.names))]
            for stmt in module.tree.body:
                going = [
                    r.state
                    for st in states
                    for r in self.stmt(stmt, st, module)
                    if r.kind == "next"
                ]
                if not going:
                    break  # the module raises at import: keep what it defined so far
                states = merge_states(going)
                for state in states:
                    module.names.update(state.names)
        finally:
            self.depth = saved
        return module

    def loc(self, module: Module, node: ast.AST) -> Loc:
        return Loc(
            module.rel,
            getattr(node, "lineno", 1),
            getattr(node, "col_offset", 0) + 1,
            getattr(node, "end_lineno", None),
            (node.end_col_offset + 1)
            if getattr(node, "end_col_offset", None) is not None
            else None,  # type: ignore[attr-defined]
        )

    # ------------------------------------------------------------ statements

    def block(self, body: list[ast.stmt], state: State, module: Module) -> list[Result]:
        """Every way ``body`` can end, starting from ``state``."""
        open_paths = [state]
        ended: list[Result] = []
        for stmt in body:
            next_paths: list[State] = []
            for current in open_paths:
                for result in self.stmt(stmt, current, module):
                    if result.kind == "next":
                        next_paths.append(result.state)
                    else:
                        ended.append(result)
            open_paths = next_paths if len(next_paths) <= MERGE_AT else merge_states(next_paths)
            if len(open_paths) + len(ended) > MAX_PATHS:
                raise TooComplex(f"more than {MAX_PATHS} paths")
            if not open_paths:
                break
        return ended + [Result("next", s) for s in open_paths]

    def stmt(self, node: ast.stmt, state: State, module: Module) -> list[Result]:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise TooComplex(f"more than {MAX_STEPS} statements to follow")
        ev = lambda expr: self.expr(expr, state, module)  # noqa: E731
        if isinstance(node, ast.Return):
            value = None if node.value is None else ev(node.value)
            return [Result("return", state, value, self.loc(module, node), node)]
        if isinstance(node, ast.Raise):
            return [
                Result(
                    "raise",
                    state,
                    None if node.exc is None else ev(node.exc),
                    self.loc(module, node),
                    node,
                )
            ]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            value: Val = Func(node, module, self.closure(state))
            for decorator in reversed(node.decorator_list):
                value = self.decorate(self.expr(decorator, state, module), value, decorator)
            return [Result("next", state.bind(node.name, value))]
        if isinstance(node, ast.ClassDef):
            return [
                Result("next", state.bind(node.name, Unknown(f"class {node.name} is not followed")))
            ]
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            if node.value is None:
                return [Result("next", state)]
            value = ev(node.value)
            state = self.attach(node.value, value, state, module)
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                state = self.assign(target, value, state, module, node)
            return [Result("next", state)]
        if isinstance(node, ast.AugAssign):
            current = ev(node.target)
            value = self.binop(node.op, current, ev(node.value))
            return [Result("next", self.assign(node.target, value, state, module, node))]
        if isinstance(node, ast.Expr):
            return [Result("next", self.effect(node.value, state, module))]
        if isinstance(node, ast.If):
            return self.branch(node.test, node.body, node.orelse, state, module)
        if isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            return self.try_(node, state, module)  # type: ignore[arg-type]
        if isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                value = ev(item.context_expr)
                if item.optional_vars is not None:
                    state = self.assign(
                        item.optional_vars,
                        Unknown("a context manager's value"),
                        state,
                        module,
                        node,
                    )
            return self.block(node.body, state, module)
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            if isinstance(node, (ast.For, ast.AsyncFor)):
                state = self.assign(node.target, Unknown("a loop variable"), state, module, node)
            looped = self.block(node.body, state, module)
            results = [r for r in looped if r.kind in ("return", "raise")]
            results += [Result("next", r.state) for r in looped if r.kind == "next"]
            results.append(Result("next", state))  # the loop may not run
            if node.orelse:
                return results[:-1] + self.block(node.orelse, state, module)
            return results
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            return [Result("next", self.import_(node, state, module))]
        if isinstance(node, ast.Match):
            results = []
            for case in node.cases:
                results += self.block(case.body, state, module)
            return [*results, Result("next", state)]
        # pass, break, continue, global, assert, delete: no effect on what is returned
        return [Result("next", state)]

    def decorate(self, decorator: Val, func: Val, node: ast.expr) -> Val:
        """What ``@decorator`` makes of ``func``: local decorators are followed."""
        if isinstance(decorator, Func):
            return self.invoke(decorator, (func,), (), node)
        if isinstance(decorator, Call) and decorator.receiver is not None:
            root = decorator.chain()[-1].name
            if not root.startswith(HARMLESS_DECORATORS) and decorator.name not in ROUTE_DECORATORS:
                return Unknown(f"the function is wrapped by @{ast.unparse(node)[:60]}")
            return func  # route registration (@app.get(...)) or tracing/logging
        if isinstance(decorator, (Ref, Call)):
            name = decorator.name
            if (
                name.startswith(HARMLESS_DECORATORS)
                or ".inject_lambda_context" in name
                or ".capture_" in name
            ):
                return func
        return Unknown(f"the function is wrapped by @{ast.unparse(node)[:60]}")

    def assign(
        self, target: ast.expr, value: Val, state: State, module: Module, node: ast.AST
    ) -> State:
        if isinstance(target, ast.Name):
            return state.bind(target.id, value)
        if isinstance(target, (ast.Subscript, ast.Attribute)):
            # headers["X"] = v, response["headers"]["X"] = v, response.headers.X = v
            holder = self.expr(target.value, state, module)
            if not isinstance(holder, Obj):
                return state
            key = (
                target.attr
                if isinstance(target, ast.Attribute)
                else self.expr(target.slice, state, module)
            )
            if isinstance(key, str):
                updated = holder.set(key, value, self.loc(module, node))
            else:
                updated = replace(holder, open="a header name is computed")
            return self.assign(target.value, updated, state, module, node)
        if isinstance(target, (ast.Tuple, ast.List)):
            for index, element in enumerate(target.elts):
                item = (
                    value.items[index]
                    if isinstance(value, Seq) and index < len(value.items)
                    else Unknown("unpacked")
                )
                state = self.assign(element, item, state, module, node)
        return state

    def effect(self, expr: ast.expr, state: State, module: Module) -> State:
        """An expression statement: method calls that change a name's value."""
        node = (
            expr.value
            if isinstance(expr, (ast.Await, ast.Yield)) and expr.value is not None
            else expr
        )
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
        ):
            name = node.func.value.id
            holder = self.expr(node.func.value, state, module)
            method = node.func.attr
            if isinstance(holder, Obj) and method in ("update", "assign") and node.args:
                other = self.expr(node.args[-1], state, module)
                merged = (
                    holder.merge(other)
                    if isinstance(other, Obj)
                    else replace(holder, open="merged from a computed value")
                )
                return self.rebind(state, module, name, merged)
            if isinstance(holder, Obj) and method == "setdefault" and len(node.args) == 2:
                key = self.expr(node.args[0], state, module)
                if isinstance(key, str) and holder.get(key) is None:
                    return self.rebind(
                        state,
                        module,
                        name,
                        holder.set(
                            key, self.expr(node.args[1], state, module), self.loc(module, node)
                        ),
                    )
                return state
            if isinstance(holder, Call):
                args, kwargs = self.arguments(node, state, module)
                called = Call(method, args, kwargs, self.loc(module, node))
                return self.rebind(
                    state, module, name, replace(holder, calls=(*holder.calls, called))
                )
        value = self.expr(expr, state, module)
        return self.attach(node, value, state, module)

    def attach(self, node: ast.expr, value: Val, state: State, module: Module) -> State:
        """``CORS(app, ...)``: a library call on an app object is recorded on that object."""
        if not (
            isinstance(node, ast.Call)
            and isinstance(value, Call)
            and node.args
            and isinstance(node.args[0], ast.Name)
        ):
            return state
        name = node.args[0].id
        holder = self.expr(node.args[0], state, module)
        if isinstance(holder, Call):
            return self.rebind(state, module, name, replace(holder, calls=(*holder.calls, value)))
        return state

    @staticmethod
    def rebind(state: State, module: Module, name: str, value: Val) -> State:
        if name in state.names:
            return state.bind(name, value)
        module.names[name] = value  # a module global changed from inside a function
        return state

    def branch(
        self,
        test: ast.expr,
        body: list[ast.stmt],
        orelse: list[ast.stmt],
        state: State,
        module: Module,
    ) -> list[Result]:
        yes, no = self.split(test, state, module)
        results: list[Result] = []
        if yes is not None:
            results += self.block(body, yes, module)
        if no is not None:
            results += self.block(orelse, no, module) if orelse else [Result("next", no)]
        return results

    def try_(self, node: ast.Try, state: State, module: Module) -> list[Result]:
        body = self.block(node.body, state, module)
        results = [r for r in body if r.kind != "raise" or not node.handlers]
        if node.handlers:
            for handler in node.handlers:
                start = state
                if handler.name:
                    start = start.bind(handler.name, Unknown("the caught exception"))
                results += self.block(handler.body, start, module)
        if node.orelse:
            results = [r for r in results if r.kind != "next" or r not in body] + [
                x
                for r in body
                if r.kind == "next"
                for x in self.block(node.orelse, r.state, module)
            ]
        if node.finalbody:
            final = []
            for result in results:
                after = self.block(node.finalbody, result.state, module)
                ended = [a for a in after if a.kind != "next"]
                final += ended or [replace(result, state=after[0].state)]
            results = final
        return results

    def import_(self, node: ast.Import | ast.ImportFrom, state: State, module: Module) -> State:
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = self.importer(module, alias.name, 0)
                bound = alias.asname or alias.name.split(".")[0]
                if alias.asname is None and "." in alias.name:
                    target = self.importer(module, alias.name.split(".")[0], 0)
                state = state.bind(
                    bound,
                    target
                    if isinstance(target, Module)
                    else Ref(alias.name if alias.asname else bound),
                )
            return state
        base = node.module or ""
        for alias in node.names:
            bound = alias.asname or alias.name
            submodule = self.importer(
                module, f"{base}.{alias.name}" if base else alias.name, node.level
            )
            if isinstance(submodule, Module):
                state = state.bind(bound, submodule)
                continue
            source = self.importer(module, base, node.level)
            if isinstance(source, Module):
                self.load(source)
                state = state.bind(bound, self.export(source, alias.name))
            elif node.level:
                state = state.bind(
                    bound, Unknown(f"cannot follow the import of {alias.name} from .{base}")
                )
            else:
                state = state.bind(bound, Ref(f"{base}.{alias.name}"))
        return state

    def export(self, module: Module, name: str) -> Val:
        local = module.exports.get(name, name)
        if local.startswith("\0"):  # JS re-export: "\0spec\0name"
            _, spec, inner = local.split("\0")
            target = self.importer(module, spec, 1)
            if isinstance(target, Module):
                return self.export(self.load(target), inner)
            return Unknown(f"cannot follow the re-export of {name} from {spec}")
        if local in module.names:
            return module.names[local]
        exported = module.names.get("__module_exports")
        if isinstance(exported, Obj):
            found = exported.get(name)
            if found is not None:
                return found[0]
        if exported is not None and name == "default":
            return exported
        for key, spec in module.exports.items():
            if key.startswith("\0*"):
                target = self.importer(module, spec, 1)
                if isinstance(target, Module):
                    found_value = self.export(self.load(target), name)
                    if not isinstance(found_value, Unknown):
                        return found_value
        if name == "default" and module.lang == "javascript" and module.exports:
            return Obj(
                tuple(
                    (k, self.export(module, k), None)
                    for k in module.exports
                    if not k.startswith("\0*") and k != "default"
                )
            )
        return Unknown(f"{name} is not defined in {module.rel}")

    # ------------------------------------------------------------ tests

    def split(
        self, test: ast.expr, state: State, module: Module
    ) -> tuple[State | None, State | None]:
        """The states in which ``test`` is true and false (None: impossible)."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            yes, no = self.split(test.operand, state, module)
            return no, yes
        if isinstance(test, ast.BoolOp):
            if isinstance(test.op, ast.And):
                current: State | None = state
                falses: list[State] = []
                for value in test.values:
                    if current is None:
                        break
                    current, no = self.split(value, current, module)
                    if no is not None:
                        falses.append(no)
                return current, (falses[0] if falses else None)
            trues: list[State] = []
            current = state
            for value in test.values:
                if current is None:
                    break
                yes, current = self.split(value, current, module)
                if yes is not None:
                    trues.append(yes)
            return (trues[0] if trues else None), current
        narrowed = self.origin_test(test, state, module)
        if narrowed is not None:
            return narrowed
        value = self.expr(test, state, module)
        if isinstance(value, Method):
            return state, state
        truth = truthy(value)
        if truth is True:
            return state, None
        if truth is False:
            return None, state
        return state, state

    def origin_test(
        self, test: ast.expr, state: State, module: Module
    ) -> tuple[State | None, State | None] | None:
        """Narrow on a test of the request's Origin or method; None when ``test`` is neither."""
        subject, allowlist, check = self.classify_test(test, state, module)
        if check is not None and check not in self.checks:
            self.checks.append(check)
        if subject is None:
            return None
        if subject == "OPTIONS":
            return State(state.names, True), State(state.names, False)
        if subject == "not-OPTIONS":
            return State(state.names, False), State(state.names, True)
        if subject == "other-method":
            return State(state.names, False), state
        if subject == "not-other-method":
            return state, State(state.names, False)
        assert isinstance(subject, str)
        negated = subject.startswith("!")
        name = subject.lstrip("!")
        allowed = state.bind(name, allowlist) if name else state
        refused = state  # still the unchecked origin
        return (refused, allowed) if negated else (allowed, refused)

    def classify_test(
        self, test: ast.expr, state: State, module: Module
    ) -> tuple[str | None, Val, OriginCheck | None]:
        """(name to narrow or "" / "OPTIONS" markers, narrowed Origin value, the check)."""
        ev = lambda e: self.expr(e, state, module)  # noqa: E731
        loc = self.loc(module, test)
        text = (
            ast.unparse(test)
            if module.lang == "python"
            else getattr(test, "js_text", ast.unparse(test))
        )
        name_of = lambda e: e.id if isinstance(e, ast.Name) else ""  # noqa: E731
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            left, right, op = test.left, test.comparators[0], test.ops[0]
            lv, rv = ev(left), ev(right)
            if isinstance(lv, Method) or isinstance(rv, Method):
                other = rv if isinstance(lv, Method) else lv
                if isinstance(other, str) and isinstance(op, (ast.Eq, ast.NotEq, ast.Is, ast.IsNot)):
                    positive = isinstance(op, (ast.Eq, ast.Is))
                    if other.upper() == "OPTIONS":
                        return ("OPTIONS" if positive else "not-OPTIONS"), None, None
                    # another method: an OPTIONS request never takes the "equal" branch
                    return ("other-method" if positive else "not-other-method"), None, None
                return None, None, None
            if (
                isinstance(op, (ast.In, ast.NotIn))
                and isinstance(lv, Origin)
                and lv.allowlist is None
            ):
                negate = isinstance(op, ast.NotIn)
                if isinstance(rv, str):
                    check = OriginCheck(text, origin_checks.within_weakness(rv), loc)
                    narrowed: Val = Origin(None, None, f"a substring test ({text})")
                else:
                    check = OriginCheck(text, None, loc)
                    narrowed = Origin(allowlist_of(rv))
                return self.narrow(name_of(left), narrowed, check, negate)
            if (
                isinstance(op, (ast.In, ast.NotIn))
                and isinstance(rv, Origin)
                and isinstance(lv, str)
            ):
                check = OriginCheck(text, origin_checks.substring_weakness(lv), loc)
                narrowed = Origin(None, None, f"a substring test ({text})")
                return self.narrow(name_of(right), narrowed, check, isinstance(op, ast.NotIn))
            if isinstance(op, (ast.Eq, ast.NotEq)) and (
                isinstance(lv, Origin) or isinstance(rv, Origin)
            ):
                origin_side, other_val = (left, rv) if isinstance(lv, Origin) else (right, lv)
                check = OriginCheck(text, None, loc)
                narrowed = Origin(
                    (other_val,) if isinstance(other_val, str) else allowlist_of(other_val)
                )
                return self.narrow(name_of(origin_side), narrowed, check, isinstance(op, ast.NotEq))
        if isinstance(test, ast.Call):
            func = test.func
            args = [ev(a) for a in test.args]
            if isinstance(func, ast.Attribute):
                holder = ev(func.value)
                method = func.attr
                if (
                    isinstance(holder, Origin)
                    and holder.allowlist is None
                    and args
                    and method in ("endswith", "startswith", "endsWith", "startsWith")
                ):
                    weakness = origin_checks.affix_weakness(method.lower(), args[0])
                    narrowed = Origin(None, None, f"the test {text}")
                    return self.narrow(
                        name_of(func.value), narrowed, OriginCheck(text, weakness, loc), False
                    )
                if (
                    isinstance(holder, Origin)
                    and holder.allowlist is None
                    and args
                    and method in ("includes", "indexOf", "find", "__contains__")
                ):
                    weakness = origin_checks.substring_weakness(args[0])
                    narrowed = Origin(None, None, f"a substring test ({text})")
                    return self.narrow(
                        name_of(func.value), narrowed, OriginCheck(text, weakness, loc), False
                    )
                if (
                    isinstance(holder, Origin)
                    and holder.allowlist is None
                    and args
                    and method in ("match", "search")
                    and isinstance(args[0], Regex)
                ):
                    weakness = origin_checks.regex_weakness(args[0].pattern, "search")
                    narrowed = Origin(None, None, f"the regex {args[0].pattern!r}")
                    return self.narrow(
                        name_of(func.value), narrowed, OriginCheck(text, weakness, loc), False
                    )
                if (
                    method in ("includes", "has", "__contains__", "indexOf")
                    and args
                    and isinstance(args[0], Origin)
                    and args[0].allowlist is None
                ):
                    arg_node = test.args[0]
                    if isinstance(holder, str):
                        check = OriginCheck(text, origin_checks.substring_weakness(holder), loc)
                        return self.narrow(
                            name_of(arg_node),
                            Origin(None, None, f"a substring test ({text})"),
                            check,
                            False,
                        )
                    return self.narrow(
                        name_of(arg_node),
                        Origin(allowlist_of(holder)),
                        OriginCheck(text, None, loc),
                        False,
                    )
                if method in ("match", "search", "fullmatch", "test", "exec") and (
                    (isinstance(holder, Ref) and holder.name in ("re",))
                    or isinstance(holder, (Regex,))
                ):
                    pattern, target = (
                        (holder.pattern, args[0] if args else None)
                        if isinstance(holder, Regex)
                        else (args[0] if args else None, args[1] if len(args) > 1 else None)
                    )
                    if isinstance(target, Origin) and isinstance(pattern, str):
                        mode = "search" if method in ("test", "exec") else method
                        weakness = origin_checks.regex_weakness(pattern, mode)
                        target_node = test.args[0] if isinstance(holder, Regex) else test.args[1]
                        narrowed = Origin(None, None, f"the regex {pattern!r}")
                        return self.narrow(
                            name_of(target_node), narrowed, OriginCheck(text, weakness, loc), False
                        )
            if (
                isinstance(func, ast.Name)
                and isinstance(ev(func), Ref)
                and ev(func).name.startswith("re.")
            ):
                ref = ev(func).name
                if len(args) > 1 and isinstance(args[1], Origin) and isinstance(args[0], str):
                    weakness = origin_checks.regex_weakness(args[0], ref[3:])
                    return self.narrow(
                        name_of(test.args[1]),
                        Origin(None, None, f"the regex {args[0]!r}"),
                        OriginCheck(text, weakness, loc),
                        False,
                    )
        if (
            isinstance(test, ast.Compare)
            and len(test.ops) == 1
            and isinstance(test.ops[0], (ast.NotEq, ast.Eq, ast.Gt, ast.GtE, ast.Lt))
        ):
            inner = test.left
            if isinstance(inner, ast.Call):  # JS: allowed.indexOf(origin) !== -1
                subject, narrowed, check = self.classify_test(inner, state, module)
                if check is not None and subject not in (None, "OPTIONS", "not-OPTIONS"):
                    negate = isinstance(test.ops[0], (ast.Eq, ast.Lt))
                    return ("!" + subject if negate else subject), narrowed, check
        return None, None, None

    @staticmethod
    def narrow(
        name: str, narrowed: Val, check: OriginCheck, negate: bool
    ) -> tuple[str | None, Val, OriginCheck | None]:
        if negate:
            return ("!" + name), narrowed, check
        return name, narrowed, check

    # ------------------------------------------------------------ expressions

    def expr(self, node: ast.expr, state: State, module: Module) -> Val:
        ev = lambda e: self.expr(e, state, module)  # noqa: E731
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            return self.name(node.id, state, module)
        if isinstance(node, ast.JoinedStr):
            parts = []
            for part in node.values:
                value = ev(part.value) if isinstance(part, ast.FormattedValue) else ev(part)
                if not isinstance(value, (str, int, float)):
                    return Unknown("a formatted string with computed parts")
                parts.append(str(value))
            return "".join(parts)
        if isinstance(node, ast.Dict):
            obj = Obj()
            for key, value in zip(node.keys, node.values, strict=True):
                if key is None:
                    spread = ev(value)
                    if isinstance(spread, Obj):
                        obj = obj.merge(spread)
                    elif spread is None:
                        continue
                    else:
                        obj = replace(
                            obj,
                            open=spread.reason
                            if isinstance(spread, Unknown)
                            else "spread of a computed value",
                        )
                    continue
                name = ev(key)
                if isinstance(name, str):
                    obj = obj.set(name, ev(value), self.loc(module, key))
                else:
                    obj = replace(obj, open="a key is computed")
            return obj
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            items: list[Val] = []
            for element in node.elts:
                if isinstance(element, ast.Starred):
                    inner = ev(element.value)
                    if isinstance(inner, Seq):
                        items += inner.items
                        continue
                    return Unknown("a spread of a computed list")
                items.append(ev(element))
            return Seq(tuple(items))
        if isinstance(node, ast.Attribute):
            return self.attribute(ev(node.value), node.attr)
        if isinstance(node, ast.Subscript):
            return self.subscript(ev(node.value), ev(node.slice))
        if isinstance(node, ast.Call):
            return self.call(node, state, module)
        if isinstance(node, ast.IfExp):
            yes, no = self.split(node.test, state, module)
            values = []
            if yes is not None:
                values.append(self.expr(node.body, yes, module))
            if no is not None:
                values.append(self.expr(node.orelse, no, module))
            return values[0] if len(values) == 1 else join(values[0], values[1])
        if isinstance(node, ast.BoolOp):
            result: Val = ev(node.values[0])
            for value in node.values[1:]:
                truth = truthy(result)
                if isinstance(node.op, ast.Or):
                    if truth is True:
                        return result
                    other = ev(value)
                    result = other if truth is False else join_or(result, other)
                else:
                    if truth is False:
                        return result
                    result = ev(value) if truth is True else Unknown("a condition on the request")
            return result
        if isinstance(node, ast.BinOp):
            return self.binop(node.op, ev(node.left), ev(node.right))
        if isinstance(node, ast.Compare):
            return Unknown("a comparison")
        if isinstance(node, (ast.Await,)):
            return ev(node.value)
        if isinstance(node, ast.Lambda):
            return Func(getattr(node, "js_def", node), module, self.closure(state))
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            return self.comprehension(node, state, module)
        if isinstance(node, ast.DictComp) and len(node.generators) == 1:
            source = node.generators[0].iter  # {k.lower(): v for k, v in event["headers"].items()}
            if isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute):
                holder = self.expr(source.func.value, state, module)
                if isinstance(holder, Event):
                    return holder
            return Unknown("a dict comprehension")
        if isinstance(node, ast.NamedExpr):
            return ev(node.value)
        if isinstance(node, ast.Starred):
            return ev(node.value)
        return Unknown(f"{type(node).__name__} is not followed")

    def name(self, name: str, state: State, module: Module) -> Val:
        if name in state.names:
            return state.names[name]
        if name in module.names:
            return module.names[name]
        if module.lang == "javascript" and name in JS_GLOBALS:
            return Ref(name)
        if name in ("True", "False", "None"):
            return {"True": True, "False": False, "None": None}[name]
        if name in BUILTINS:
            return Ref(name)
        return Unknown(f"{name} is not defined in the linted code")

    def attribute(self, holder: Val, attr: str) -> Val:
        if isinstance(holder, Module):
            self.load(holder)
            return (
                self.export(holder, attr)
                if holder.lang == "javascript"
                else holder.names.get(attr, Unknown(f"{attr} is not in {holder.rel}"))
            )
        if isinstance(holder, Ref):
            if holder.name in ("os", "process") and attr in ("environ", "env"):
                return Environ()
            return Ref(f"{holder.name}.{attr}")
        if isinstance(holder, Obj):
            found = holder.get(attr)
            if found is not None:
                return found[0]
            return Unknown(holder.open) if holder.open else None
        if isinstance(holder, Environ):
            return self.env(attr)
        if isinstance(holder, Event):
            return self.event_part((*holder.path, attr))
        if isinstance(holder, Seq) and attr == "length":
            return len(holder.items)
        if isinstance(holder, Call):
            return (
                Ref(f"{holder.name}().{attr}")
                if not holder.calls
                else Unknown("an attribute of a library object")
            )
        return Unknown(f"the attribute {attr} of a computed value")

    def subscript(self, holder: Val, key: Val) -> Val:
        if isinstance(holder, Environ) and isinstance(key, str):
            return self.env(key)
        if isinstance(holder, Event) and isinstance(key, str):
            return self.event_part((*holder.path, key))
        if isinstance(holder, Obj) and isinstance(key, str):
            found = holder.get(key)
            if found is not None:
                return found[0]
            return Unknown(holder.open or f"no key {key!r}")
        if (
            isinstance(holder, Seq)
            and isinstance(key, int)
            and -len(holder.items) <= key < len(holder.items)
        ):
            return holder.items[key]
        if isinstance(holder, str) and isinstance(key, int) and -len(holder) <= key < len(holder):
            return holder[key]
        return Unknown("an item of a computed value")

    @staticmethod
    def event_part(path: tuple[str, ...]) -> Val:
        lowered = tuple(p.lower() for p in path)
        if lowered in (("headers", "origin"), ("multivalueheaders", "origin")):
            return Origin()
        if lowered in (
            ("httpmethod",),
            ("requestcontext", "http", "method"),
            ("requestcontext", "httpmethod"),
        ):
            return Method()
        return Event(path)

    def env(self, name: str, default: Val = UNSET) -> Val:
        environment = self.environment
        if isinstance(environment, Unknown):
            return Unknown(f"the environment of the function is unknown ({environment.reason})")
        if name in environment:
            return environment[name]
        if default is UNSET:
            return Unknown(f"the environment variable {name} is not set by the deployment")
        return default

    def arguments(
        self, node: ast.Call, state: State, module: Module
    ) -> tuple[tuple[Val, ...], tuple[tuple[str, Val], ...]]:
        args = tuple(self.expr(a, state, module) for a in node.args)
        kwargs: list[tuple[str, Val]] = []
        for keyword in node.keywords:
            value = self.expr(keyword.value, state, module)
            if keyword.arg is None:
                if isinstance(value, Obj):
                    kwargs += [(k, v) for k, v, _ in value.entries]
                continue
            kwargs.append((keyword.arg, value))
        return args, tuple(kwargs)

    def call(self, node: ast.Call, state: State, module: Module) -> Val:
        func = node.func
        args, kwargs = self.arguments(node, state, module)
        if (
            module.lang == "javascript"
            and isinstance(func, ast.Name)
            and func.id in ("require", "__import_default")
        ):
            spec = args[0] if args else None
            if not isinstance(spec, str):
                return Unknown("a dynamic require()")
            target = self.importer(module, spec, 1) if spec.startswith(".") else Ref(spec)
            if isinstance(target, Module):
                self.load(target)
                return self.export(target, "default") if func.id == "__import_default" else target
            return target
        if isinstance(func, ast.Attribute):
            holder = self.expr(func.value, state, module)
            method = func.attr
            result = self.method(holder, method, args, kwargs)
            if result is not NOT_HANDLED:
                return result
            target = self.attribute(holder, method)
        else:
            target = self.expr(func, state, module)
        if isinstance(target, Func):
            return self.invoke(target, args, kwargs, node)
        if isinstance(target, Ref):
            return self.library(target.name, args, kwargs, self.loc(module, node))
        if isinstance(target, Call):  # e.g. app.get("/x")(fn): a decorator
            return target
        return Unknown(f"the call {ast.unparse(node.func)[:60]} is not followed")

    def method(
        self, holder: Val, method: str, args: tuple[Val, ...], kwargs: tuple[tuple[str, Val], ...]
    ) -> Val:
        if isinstance(holder, Environ) and method == "get" and args and isinstance(args[0], str):
            return self.env(args[0], args[1] if len(args) > 1 else UNSET)
        if isinstance(holder, Event) and method == "get" and args and isinstance(args[0], str):
            part = self.event_part((*holder.path, args[0]))
            return part
        if isinstance(holder, Origin) and method in (
            "lower",
            "strip",
            "rstrip",
            "toLowerCase",
            "trim",
        ):
            return holder
        if isinstance(holder, Obj) and method == "get" and args and isinstance(args[0], str):
            found = holder.get(args[0])
            if found is not None:
                return found[0]
            return Unknown(holder.open) if holder.open else (args[1] if len(args) > 1 else None)
        if isinstance(holder, Obj) and method == "copy":
            return holder
        if isinstance(holder, str):
            if method == "split":
                sep = args[0] if args else None
                if sep is None or isinstance(sep, str):
                    return Seq(tuple(holder.split(sep) if sep else holder.split()))
            if method in ("strip", "lower", "upper", "rstrip", "lstrip", "trim", "toLowerCase"):
                py = {"trim": "strip", "toLowerCase": "lower"}.get(method, method)
                return getattr(holder, py)()
            if (
                method == "join"
                and args
                and isinstance(args[0], Seq)
                and all(isinstance(i, str) for i in args[0].items)
            ):
                return holder.join(args[0].items)
            return Unknown(f"str.{method}")
        if isinstance(holder, Seq):
            if method == "filter":
                return Seq(tuple(i for i in holder.items if not (isinstance(i, str) and i == "")))
            if method in ("map",) and args and isinstance(args[0], Func):
                return Seq(tuple(self.invoke(args[0], (i,), (), None) for i in holder.items))
            if method == "join" and all(isinstance(i, str) for i in holder.items):
                sep = args[0] if args and isinstance(args[0], str) else ","
                return sep.join(holder.items)
        if isinstance(holder, Unknown) and method in (
            "split",
            "filter",
            "map",
            "strip",
            "lower",
            "get",
            "trim",
        ):
            return holder
        if isinstance(holder, Call):
            return Call(method, args, kwargs, receiver=holder)
        return NOT_HANDLED

    def library(
        self, name: str, args: tuple[Val, ...], kwargs: tuple[tuple[str, Val], ...], loc: Loc
    ) -> Val:
        if name in ("os.getenv", "os.environ.get") and args and isinstance(args[0], str):
            return self.env(args[0], args[1] if len(args) > 1 else UNSET)
        if name in ("dict", "Object.assign"):
            merged = Obj()
            for arg in args:
                if isinstance(arg, Obj):
                    merged = merged.merge(arg)
                elif arg is not None:
                    merged = replace(merged, open="merged from a computed value")
            for key, value in kwargs:
                merged = merged.set(key, value, loc)
            return merged
        if (
            name in ("list", "tuple", "set", "frozenset", "sorted", "Array.from")
            and args
            and isinstance(args[0], Seq)
        ):
            return args[0]
        if name in ("str", "String") and args and isinstance(args[0], (str, int)):
            return str(args[0])
        if name in ("Set", "Array.from") and args and isinstance(args[0], Seq):
            return args[0]
        if name in ("json.loads", "JSON.parse") and args and isinstance(args[0], str):
            try:
                return from_json(json.loads(args[0]), loc)
            except ValueError:
                return Unknown("the value is not valid JSON")
        if name in ("re.compile", "RegExp") and args and isinstance(args[0], str):
            return Regex(args[0])
        return Call(name, args, kwargs, loc)

    def invoke(
        self,
        func: Func,
        args: tuple[Val, ...],
        kwargs: tuple[tuple[str, Val], ...],
        node: ast.AST | None,
    ) -> Val:
        """Run a local function and join what its paths return."""
        results = self.run(func, args, kwargs)
        if isinstance(results, Unknown):
            return results
        values = [r.value for r in results if r.kind == "return"]
        if not values:
            return None
        value = values[0]
        for other in values[1:]:
            value = join(value, other)
        return value

    def run(
        self, func: Func, args: tuple[Val, ...], kwargs: tuple[tuple[str, Val], ...]
    ) -> list[Result] | Unknown:
        if self.depth >= MAX_DEPTH:
            return Unknown("calls nested too deeply")
        node = func.node
        params = node.args  # type: ignore[attr-defined]
        names = dict(func.closure)
        positional = [*params.posonlyargs, *params.args]
        defaults = params.defaults
        for index, param in enumerate(positional):
            default_index = index - (len(positional) - len(defaults))
            value: Val = Unknown(f"the argument {param.arg}")
            if default_index >= 0:
                value = self.expr(defaults[default_index], State({}), func.module)
            if index < len(args):
                value = args[index]
            names[param.arg] = value
        for param, default in zip(params.kwonlyargs, params.kw_defaults, strict=True):
            names[param.arg] = (
                self.expr(default, State({}), func.module)
                if default is not None
                else Unknown("an argument")
            )
        for key, value in kwargs:
            if key in names or any(p.arg == key for p in positional):
                names[key] = value
        destructure = getattr(node, "js_params", None)  # JS ({ headers }) => ...
        if destructure:
            for index, pattern in destructure:
                if index < len(args) and isinstance(pattern, list):
                    for key, local in pattern:
                        names[local] = self.attribute(args[index], key)
        body = node.body
        self.depth += 1
        try:
            if isinstance(body, list):
                return self.block(body, State(names), func.module)
            return [
                Result(
                    "return",
                    State(names),
                    self.expr(body, State(names), func.module),
                    self.loc(func.module, body),
                    body,
                )
            ]
        finally:
            self.depth -= 1

    def comprehension(
        self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp, state: State, module: Module
    ) -> Val:
        if len(node.generators) != 1:
            return Unknown("a nested comprehension")
        generator = node.generators[0]
        source = self.expr(generator.iter, state, module)
        if not isinstance(source, Seq):
            return (
                source
                if isinstance(source, Unknown)
                else Unknown("a comprehension over a computed value")
            )
        items = []
        for item in source.items:
            inner = self.assign(generator.target, item, state, module, node)
            keep = True
            for condition in generator.ifs:
                truth = truthy(self.expr(condition, inner, module))
                if truth is False:
                    keep = False
            if keep:
                items.append(self.expr(node.elt, inner, module))
        return Seq(tuple(items))

    @staticmethod
    def binop(op: ast.operator, left: Val, right: Val) -> Val:
        if isinstance(op, ast.BitOr) and isinstance(left, Obj) and isinstance(right, Obj):
            return left.merge(right)
        if isinstance(op, ast.Add):
            if isinstance(left, str) and isinstance(right, str):
                return left + right
            if isinstance(left, Seq) and isinstance(right, Seq):
                return Seq(left.items + right.items)
            if (
                isinstance(left, (int, float))
                and isinstance(right, (int, float))
                and not isinstance(left, bool)
            ):
                return left + right
        return Unknown("a computed value")


class Regex(Value):
    """A compiled regular expression (``re.compile`` / JS ``/…/`` / ``new RegExp``)."""

    pattern: str


NOT_HANDLED = Unknown("not handled")
# Decorators known not to change a handler's answers (logging, tracing, metrics).
HARMLESS_DECORATORS = (
    "aws_lambda_powertools",
    "aws_xray_sdk",
    "sentry_sdk",
    "datadog_lambda",
    "functools",
    "newrelic",
    "lumigo",
    "epsagon",
    "thundra",
    "typing",
    "dataclasses",
    "staticmethod",
    "classmethod",
)
ROUTE_DECORATORS = frozenset(
    {
        "get",
        "post",
        "put",
        "patch",
        "delete",
        "head",
        "options",
        "route",
        "api_route",
        "websocket",
        "exception_handler",
        "middleware",
        "errorhandler",
        "before_request",
        "after_request",
        "not_found",
    }
)
JS_GLOBALS = frozenset(
    {
        "process",
        "JSON",
        "Object",
        "console",
        "Array",
        "String",
        "RegExp",
        "Boolean",
        "Math",
        "Promise",
        "Error",
        "Number",
        "Buffer",
        "Date",
        "Set",
        "Map",
    }
)
BUILTINS = frozenset(
    {
        "dict",
        "list",
        "tuple",
        "set",
        "frozenset",
        "sorted",
        "str",
        "int",
        "len",
        "print",
        "isinstance",
    }
)


def from_json(value: Any, loc: Loc | None) -> Val:
    """A parsed JSON value as an interpreter value."""
    if isinstance(value, dict):
        return Obj(tuple((str(k), from_json(v, loc), loc) for k, v in value.items()))
    if isinstance(value, list):
        return Seq(tuple(from_json(v, loc) for v in value))
    return value


def merge_states(states: list[State]) -> list[State]:
    """Join paths that go on, per OPTIONS flag, to keep the number of paths bounded."""
    groups: dict[bool | None, dict[str, Val]] = {}
    for state in states:
        names = groups.get(state.options)
        if names is None:
            groups[state.options] = dict(state.names)
            continue
        for name in set(names) | set(state.names):
            if name in names and name in state.names:
                names[name] = join(names[name], state.names[name])
            else:
                names[name] = names.get(name, state.names.get(name))
    return [State(names, options) for options, names in groups.items()]


def truthy(value: Val) -> bool | None:
    """Whether a value is true, when known (None: depends on the request)."""
    if isinstance(value, (Unknown, Origin, Method, Event, Call)):
        return None
    if isinstance(value, Obj):
        return None if value.open and not value.entries else bool(value.entries)
    if isinstance(value, Seq):
        return bool(value.items)
    if isinstance(value, (Func, Ref, Environ, Module)):
        return True
    try:
        return bool(value)
    except TypeError:
        return None


def join_or(left: Val, right: Val) -> Val:
    """``left or right`` where the truth of ``left`` is unknown."""
    if isinstance(left, Origin):
        return left
    if isinstance(left, Event):
        return left
    if isinstance(left, Unknown):
        return left
    return join(left, right)


def allowlist_of(value: Val) -> tuple[str, ...] | Unknown:
    """The origins a membership test accepts."""
    if isinstance(value, Unknown):
        return value
    if isinstance(value, Seq) and all(isinstance(i, str) for i in value.items):
        return tuple(value.items)
    if isinstance(value, Obj) and not value.open:
        return tuple(name for name, _, _ in value.entries)
    if isinstance(value, Seq):
        unknown = [i for i in value.items if isinstance(i, Unknown)]
        return unknown[0] if unknown else Unknown("the allowlist is computed")
    return Unknown("the allowlist is computed")
