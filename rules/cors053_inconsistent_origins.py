"""Routes of one API allow different sets of origins.

## What it checks
For each API, the origins each route allows on its preflight and success
answers (routes whose answers are unknown are left out). Reported once per
API when two routes disagree.

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
from corslint.model import ReflectOrigin, Route, Static, Unknown
from corslint.rulekit import Context
from corslint.simulate import ACAO

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
