"""The preflight's Access-Control-Allow-Methods lacks the route's method.

## What it checks
For every route whose method is not GET, HEAD or POST, whether the preflight
answer's `Access-Control-Allow-Methods` lists it. Method names are
case-sensitive (`put` does not allow `PUT`), and `*` is a literal name when
credentials are allowed.

## Why it matters
The browser blocks the request: "Method PUT is not allowed by
Access-Control-Allow-Methods in preflight response."

## Bad
```yaml
method.response.header.Access-Control-Allow-Methods: "'GET,OPTIONS'"
# ...on a path that also serves PUT
```

## Good
```yaml
method.response.header.Access-Control-Allow-Methods: "'GET,PUT,OPTIONS'"
```

## Fix
- **Terraform / OpenAPI**: add the method (upper-case) to the `Access-Control-Allow-Methods` mapping of the OPTIONS integration response.
- **SAM**: add it to `Cors.AllowMethods` (or leave it unset: SAM then lists the path's methods).
- **HTTP API**: add it to `allow_methods` / `AllowMethods`.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Unknown
from corslint.rulekit import Context, header_loc
from corslint.simulate import ACAM

ID = "CORS004"
NAME = "preflight-missing-allow-methods"
SEVERITY = "error"
SUMMARY = "The preflight's Access-Control-Allow-Methods lacks the route's method."
FIX = "List the method, upper-case, in Access-Control-Allow-Methods."
OPTIONS = ("browser", "frontend-origins")


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.cors_apis():
        for route, response in ctx.answered_preflights(api):
            if route.method in ("GET", "HEAD", "POST", "ANY") or route.path == "$default":
                continue
            verdict = ctx.preflight_verdict(api, route, response, headers=())
            if isinstance(verdict, Unknown) or verdict.reason != "method-not-allowed":
                continue
            yield Problem(
                f"The preflight of {route.key} does not allow the method {route.method}: the "
                f"browser blocks it (\"Method {route.method} is not allowed by "
                "Access-Control-Allow-Methods in preflight response.\").",
                header_loc(response, ACAM),
                api.name,
                route.key,
                fix=f"Add {route.method} to Access-Control-Allow-Methods.",
            )
