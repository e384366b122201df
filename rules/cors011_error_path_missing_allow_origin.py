"""The handler sets Access-Control-Allow-Origin on success but not on an error it returns.

## What it checks
Lambda proxy handlers that send `Access-Control-Allow-Origin` on their
success responses: every error the handler produces itself must carry it
too. That covers explicit 4xx/5xx returns, framework exception handlers, and
the 500 that FastAPI/Starlette answers for an unhandled exception, which
comes from `ServerErrorMiddleware` outside `CORSMiddleware`.

## Why it matters
Without the header the browser hides the real error: the page sees
"TypeError: Failed to fetch" and a CORS error in the console instead of the
404 or 500, and cannot show a message or retry sensibly.

## Bad
```python
def handler(event, context):
    if not found:
        return {"statusCode": 404, "body": "not found"}
    return {"statusCode": 200, "headers": CORS, "body": "{}"}
```

## Good
```python
def handler(event, context):
    if not found:
        return {"statusCode": 404, "headers": CORS, "body": "not found"}
    return {"statusCode": 200, "headers": CORS, "body": "{}"}
```

## Fix
- Build every response through one helper that adds the CORS headers.
- FastAPI/Starlette: add an exception handler (or a middleware outside `CORSMiddleware`) that turns unhandled errors into a response inside the CORS middleware.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.handlers import handler_source
from corslint.model import Unknown
from corslint.rulekit import Context
from corslint.simulate import ACAO

ID = "CORS011"
NAME = "error-path-missing-allow-origin"
SEVERITY = "error"
SUMMARY = "The handler sets Access-Control-Allow-Origin on success but not on an error it returns."
FIX = "Send the same CORS headers on the handler's error responses as on its successes."
OPTIONS = ("browser", "frontend-origins")


def check(ctx: Context) -> Iterator[Problem]:
    seen: set[object] = set()
    for api in ctx.cors_apis():
        for route in api.routes:
            if route.method == "OPTIONS":
                continue
            successes = [r for r in ctx.sim.successes(api, route) if r.outcome is not None]
            if not any(r.header(ACAO) is not None for r in successes):
                continue
            for response in ctx.sim.handler_errors(api, route):
                if response.outcome is None or isinstance(response.headers, Unknown):
                    continue
                if response.header(ACAO) is not None:
                    continue
                key = (api.key, response.loc)
                if key in seen:
                    continue
                seen.add(key)
                status = response.status if isinstance(response.status, int) else "an error"
                note = f" ({response.outcome.note})" if response.outcome.note else ""
                yield Problem(
                    f"{route.key}: the handler answers {status}{note} without "
                    "Access-Control-Allow-Origin although its successes carry it: the browser "
                    "hides the error behind a CORS failure.",
                    response.loc,
                    api.name,
                    route.key,
                    source=handler_source(ctx.sim, route),
                )
