"""Access-Control-Allow-Origin depends on the request's Origin but Vary: Origin is missing.

## What it checks
Actual (non-preflight) responses whose `Access-Control-Allow-Origin` depends
on the request's origin (reflected, chosen from a list, or sent only when the
origin matches) and that carry no `Vary: Origin`. A `*` or a single static
origin sent on every response needs no `Vary`; preflights are exempt.

## Why it matters
A cache between the browser and the API (CloudFront, a corporate proxy, the
browser's HTTP cache) may serve the answer made for one origin to another:
the second site then sees a CORS error, intermittently and hard to reproduce
(Fetch standard, "CORS protocol and HTTP caches").

## Bad
```python
headers = {"Access-Control-Allow-Origin": origin if origin in ALLOWED else ALLOWED[0]}
```

## Good
```python
headers = {
    "Access-Control-Allow-Origin": origin if origin in ALLOWED else ALLOWED[0],
    "Vary": "Origin",
}
```

## Fix
- Add `Vary: Origin` to every response whose Access-Control-Allow-Origin depends on the request.
- AWS Lambda Powertools: add `Vary: Origin` yourself (its `CORSConfig` does not).
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.handlers import handler_source
from corslint.model import ReflectOrigin, Static, Unknown
from corslint.rulekit import Context
from corslint.simulate import ACAO, PREFLIGHT

ID = "CORS036"
NAME = "missing-vary-origin"
SEVERITY = "warning"
SUMMARY = "Access-Control-Allow-Origin depends on the request's Origin but Vary: Origin is missing."
FIX = "Add `Vary: Origin` to responses whose Access-Control-Allow-Origin depends on the request."
OPTIONS = ()


def _varies_on_origin(value: object) -> bool | None:
    if isinstance(value, Unknown):
        return None
    if isinstance(value, Static):
        names = [part.strip().lower() for part in value.value.split(",")]
        return "origin" in names or "*" in names
    return None


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.project.apis:
        if api.kind == "http" and api.cors is not None:
            continue  # API Gateway's own CORS answer: whether it sends Vary is unconfirmed
        seen: set[object] = set()
        for route, response in ctx.sim.responses(api):
            if response.kind == PREFLIGHT:
                continue
            header = response.header(ACAO)
            if header is None or not isinstance(header.value, ReflectOrigin):
                continue
            vary = response.header("vary")
            if vary is not None and _varies_on_origin(vary.value) is not False:
                continue
            loc = header.loc or response.loc
            if loc in seen:
                continue
            seen.add(loc)
            yield Problem(
                f"{response.producer} chooses Access-Control-Allow-Origin by the request's origin "
                "but sends no 'Vary: Origin': a cache can serve one origin's answer to another.",
                loc,
                api.name,
                route.key if route is not None else None,
                source=handler_source(ctx.sim, route) if response.outcome is not None else None,
            )
