"""Routes of one API allow different sets of origins.

## What it checks
For each API, the origins each route allows on its preflight and success
answers (routes whose answers are unknown are left out). Reported once per
API when two routes disagree (warning). Reported as an **error** for a route
whose preflight and actual responses allow no origin in common: no page can
call it at all (e.g. the OPTIONS mapping names the production origin while the
handler only allows the stage's origin).

## Why it matters
A frontend usually calls every route of its API. When one route names
another origin (a leftover domain, a typo in one mapping, a handler with
its own list), the app works on some pages and fails on others, which is
hard to trace back.

## Bad
```yaml
/orders:  Access-Control-Allow-Origin: "'https://app.example.com'"
/invoices: Access-Control-Allow-Origin: "'https://admin.example.com'"
```

## Good
Both routes allow the same origin(s), defined once (a variable, a local, a
`custom:` value, a shared header helper).

## Fix
Define the allowed origins in one place and use it everywhere.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Api, ReflectOrigin, Route, Static, Unknown
from corslint.rulekit import Context
from corslint.simulate import ACAO, SimResponse, origin_in

ID = "CORS053"
NAME = "inconsistent-origins"
SEVERITY = "warning"
SUMMARY = "Routes of one API allow different sets of origins."
FIX = "Define the allowed origins once and use that everywhere."
OPTIONS = ()


def route_origins(ctx: Context, api, route: Route) -> frozenset[str] | None:  # type: ignore[no-untyped-def]
    """The origins a route's answers name, or None when any of them is unknown."""
    names: set[str] = set()
    responses = [*ctx.sim.successes(api, route)]
    preflight = ctx.sim.preflight(api, route)
    if preflight.cause not in ("no-method", "no-route", "auth", "api-key"):
        responses.append(preflight)
    for response in responses:
        if isinstance(response.headers, Unknown):
            return None
        header = response.header(ACAO)
        if header is None:
            continue
        value = header.value
        if isinstance(value, Unknown):
            return None
        if isinstance(value, Static):
            names.add(value.value.strip())
        elif isinstance(value, ReflectOrigin):
            names.update(value.allowlist or ("<any origin>",))
    return frozenset(names) if names else None


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.cors_apis():
        yield from _disjoint_preflights(ctx, api)
        groups: dict[frozenset[str], list[Route]] = {}
        for route in api.routes:
            if route.method == "OPTIONS":
                continue
            origins = route_origins(ctx, api, route)
            if origins is not None:
                groups.setdefault(origins, []).append(route)
        if len(groups) < 2:
            continue
        parts = [
            f"{', '.join(sorted(origins))} on {routes[0].key}"
            + (f" (+{len(routes) - 1} more)" if len(routes) > 1 else "")
            for origins, routes in sorted(groups.items(), key=lambda item: sorted(item[0]))
        ]
        yield Problem(
            f"Routes of {api.name} allow different origins: {'; '.join(parts)}.",
            api.loc,
            api.name,
            None,
        )


def _disjoint_preflights(ctx: Context, api: Api) -> Iterator[Problem]:
    """Routes whose preflight and actual responses have no allowed origin in common."""
    for route, preflight in ctx.answered_preflights(api):
        if ctx.sim.needs_preflight(api, route) is not True:
            continue
        before = _allowed(preflight)
        after = [_allowed(r) for r in ctx.sim.successes(api, route)]
        if before is None or not after or any(a is None for a in after):
            continue
        for allowed in after:
            assert allowed is not None
            if _meet(before, allowed):
                continue
            header = preflight.header(ACAO)
            yield Problem(
                f"{route.key}: its preflight allows {_show(before)} but its responses allow "
                f"{_show(allowed)}: no page origin passes both, so every {route.method} is "
                "blocked.",
                header.loc if header is not None and header.loc else preflight.loc,
                api.name,
                route.key,
                severity="error",
                fix="Allow the same origin(s) on the preflight and on the responses.",
            )
            break


def _allowed(response: SimResponse) -> ReflectOrigin | Static | None:
    """The answer's Access-Control-Allow-Origin value, when it is known and present."""
    header = response.header(ACAO)
    if header is None or isinstance(header.value, Unknown):
        return None
    return header.value


def _names(value: ReflectOrigin | Static) -> tuple[str, ...] | None:
    """Origins a value allows (None: any)."""
    if isinstance(value, Static):
        return None if value.value.strip() == "*" else (value.value.strip(),)
    if value.allowlist is None:
        return None
    return value.allowlist + ((value.otherwise,) if value.otherwise else ())


def _meet(first: ReflectOrigin | Static, second: ReflectOrigin | Static) -> bool:
    """Whether some origin is allowed by both."""
    a, b = _names(first), _names(second)
    if a is None or b is None:
        return True
    return any(origin_in(b, name) for name in a) or any(origin_in(a, name) for name in b)


def _show(value: ReflectOrigin | Static) -> str:
    names = _names(value)
    return "any origin" if names is None else ", ".join(names)
