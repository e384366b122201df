"""A plain handler's outcomes: what each of its paths returns or raises."""

from __future__ import annotations

from corslint.handlers.interpret import Interpreter, Result
from corslint.handlers.values import Call, Obj, Seq, Val, headers_of
from corslint.model import Header, Outcome, Unknown


def outcome_of(result: Result) -> Outcome | Unknown:
    """The answer one path of a handler gives (Unknown: it cannot be read)."""
    if result.kind == "raise":
        return Outcome("exception", 502, {}, result.loc, note="lambda-error")
    value = result.value
    if not isinstance(value, Obj):
        if isinstance(value, Unknown):
            return Unknown(f"line {result.loc.line if result.loc else '?'}: {value.reason}")
        return Unknown("the handler returns something other than a response object")
    status_val = value.get("statusCode")
    status: int | Unknown
    if status_val is None:
        status = Unknown("the response has no statusCode")
    elif isinstance(status_val[0], int) and not isinstance(status_val[0], bool):
        status = status_val[0]
    elif isinstance(status_val[0], str) and status_val[0].isdigit():
        status = int(status_val[0])
    else:
        status = Unknown("the status code is computed")
    headers: dict[str, Header] = {}
    multi = value.get("multiValueHeaders")
    for part in (multi, value.get("headers")):
        if part is None:
            continue
        found = headers_of(_first_values(part[0]) if part is multi else part[0], result.loc)
        if isinstance(found, Unknown):
            if value.open is None and part is not multi:
                headers.update({name: Header(found, result.loc) for name in _CORS})
            continue
        headers.update(found)
    if value.open and "headers" not in {e[0] for e in value.entries}:
        headers.update({name: Header(Unknown(value.open), result.loc) for name in _CORS})
    if result.state.options is True:
        kind = "options"
    elif isinstance(status, int) and status >= 400:
        kind = "error"
    else:
        kind = "success"
    preflight = None if result.state.options is None else result.state.options
    return Outcome(kind, status, headers, result.loc, preflight=preflight)


_CORS = ("access-control-allow-origin", "access-control-allow-credentials", "vary")


def _first_values(value: Val) -> Val:
    """``multiValueHeaders``: each header's list → its single value."""
    if not isinstance(value, Obj):
        return value
    entries = []
    for name, item, loc in value.entries:
        if isinstance(item, Seq) and len(item.items) == 1:
            item = item.items[0]
        entries.append((name, item, loc))
    return Obj(tuple(entries), value.open)


def framework_calls(results: list[Result]) -> list[Call]:
    """Library objects a plain handler hands the event to (``app.resolve(event, ...)``)."""
    return [r.value for r in results if r.kind == "return" and isinstance(r.value, Call)]


__all__ = ["Interpreter", "framework_calls", "outcome_of"]
