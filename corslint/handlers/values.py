"""Abstract values the handler interpreter works with.

Plain Python values (``str``, ``int``, ``bool``, ``None``) stand for themselves;
the classes below stand for what is only known symbolically: the Lambda event,
the request's ``Origin``, the process environment, objects, sequences and
functions. ``Unknown`` (from the model) is what cannot be followed.
"""

from __future__ import annotations

import ast

from corslint.model import Header, HeaderValue, ReflectOrigin, Static, Unknown
from corslint.record import Value
from corslint.source import Loc

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

    Val = Any  # str | int | float | bool | None | one of the classes below | Unknown
else:
    Val = object  # for imports: annotations are text at run time


class Obj(Value):
    """A dict / JS object: key → (value, where it was set); ``open`` says keys may be missing."""

    entries: tuple[tuple[str, Val, Loc | None], ...] = ()
    open: str | None = None  # reason why other (unknown) keys may be present

    def get(self, key: str) -> tuple[Val, Loc | None] | None:
        for name, value, loc in self.entries:
            if name == key:
                return value, loc
        return None

    def getci(self, key: str) -> tuple[Val, Loc | None] | None:
        for name, value, loc in self.entries:
            if name.lower() == key.lower():
                return value, loc
        return None

    def set(self, key: str, value: Val, loc: Loc | None) -> Obj:
        kept = tuple(e for e in self.entries if e[0] != key)
        return Obj((*kept, (key, value, loc)), self.open)

    def merge(self, other: Obj) -> Obj:
        merged = self
        for name, value, loc in other.entries:
            merged = merged.set(name, value, loc)
        return Obj(merged.entries, self.open or other.open)


class Seq(Value):
    """A list, tuple or set."""

    items: tuple[Val, ...]


class Event(Value):
    """The Lambda event, or a part of it (``path`` of keys from the event)."""

    path: tuple[str, ...] = ()


class Origin(Value):
    """The request's Origin header; ``allowlist`` once a test let it through (None: unchecked)."""

    allowlist: tuple[str, ...] | Unknown | None = None
    otherwise: str | None = None
    pattern: str | None = None  # passed a test that cannot be listed (regex, endswith)


class Method(Value):
    """The request's HTTP method."""


class Environ(Value):
    """``os.environ`` / ``process.env``."""


class Ref(Value):
    """A library object known by dotted name (``os.getenv``, ``re.match``, ``json``)."""

    name: str


class Func(Value):
    """A function written in the linted code."""

    node: ast.AST  # FunctionDef / AsyncFunctionDef / Lambda
    module: Any  # the Module it was defined in
    closure: tuple[tuple[str, Val], ...] = ()


class Call(Value):
    """A call to a library the interpreter does not model: kept for framework detection."""

    name: str
    args: tuple[Val, ...] = ()
    kwargs: tuple[tuple[str, Val], ...] = ()
    loc: Loc | None = None
    calls: tuple[Call, ...] = ()  # methods called on the object since (app.add_middleware(...))
    receiver: Call | None = None  # for a method call: the object it was called on

    def chain(self) -> list[Call]:
        """This call and the objects it was called on, outermost first."""
        found: list[Call] = []
        current: Call | None = self
        while current is not None and len(found) < 50:
            found.append(current)
            current = current.receiver
        return found

    def kw(self, name: str, default: Val = None) -> Val:
        for key, value in self.kwargs:
            if key == name:
                return value
        return default


def join(a: Val, b: Val) -> Val:
    """One value standing for ``a`` on some paths and ``b`` on others."""
    if a is b or (type(a) is type(b) and not isinstance(a, (Obj, Origin)) and a == b):
        return a
    if isinstance(a, Obj) and isinstance(b, Obj):
        result = a
        for name, value, loc in b.entries:
            mine = result.get(name)
            result = result.set(
                name,
                value if mine is None else join(mine[0], value),
                loc if mine is None else mine[1],
            )
        return Obj(result.entries, a.open or b.open)
    if isinstance(a, Origin) and isinstance(b, str):
        return Origin(a.allowlist, b, a.pattern)
    if isinstance(b, Origin) and isinstance(a, str):
        return Origin(b.allowlist, a, b.pattern)
    if isinstance(a, Origin) and isinstance(b, Origin) and a == b:
        return a
    if a is None:
        return b
    if b is None:
        return a
    return Unknown("the value depends on the path taken")


def header_value(value: Val) -> HeaderValue:
    """What a header set to ``value`` sends."""
    if isinstance(value, Unknown):
        return value
    if isinstance(value, bool):
        return Static("true" if value else "false")
    if isinstance(value, (str, int, float)):
        return Static(str(value))
    if isinstance(value, Origin):
        if isinstance(value.allowlist, Unknown):
            return Unknown(f"the origin allowlist is unknown ({value.allowlist.reason})")
        if value.pattern is not None:
            return Unknown(f"the origin is echoed when it passes {value.pattern}")
        return ReflectOrigin(value.allowlist, value.otherwise)
    if isinstance(value, Seq) and all(isinstance(i, str) for i in value.items):
        return Static(",".join(value.items))
    return Unknown("the header value is computed")


def headers_of(value: Val, default_loc: Loc | None) -> dict[str, Header] | Unknown:
    """The response headers an object holds, lower-case names."""
    if value is None:
        return {}
    if not isinstance(value, Obj):
        return value if isinstance(value, Unknown) else Unknown("the headers are computed")
    headers: dict[str, Header] = {}
    for name, item, loc in value.entries:
        if item is None:
            continue  # None/undefined is not sent
        headers[name.lower()] = Header(header_value(item), loc or default_loc)
    if value.open:
        for name in ("access-control-allow-origin", "access-control-allow-credentials", "vary"):
            headers.setdefault(name, Header(Unknown(value.open), default_loc))
    return headers
