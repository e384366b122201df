"""Access-Control-Allow-Origin is `*`.

## What it checks
Answers of a CORS-enabled API that allow every origin with `*` (static
header values and HTTP API `allow_origins = ["*"]`). Silence it for public,
read-only APIs with config `allow-wildcard = true`.

## Why it matters
`*` lets any website read the API's responses from a visitor's browser.
That is right for public data and wrong for anything behind a login,
an IP allowlist or a private network: the visitor's browser becomes a proxy
into it. It also cannot be combined with credentials (CORS030).

## Bad
```yaml
method.response.header.Access-Control-Allow-Origin: "'*'"
```

## Good
```yaml
method.response.header.Access-Control-Allow-Origin: "'https://app.example.com'"
```

## Fix
Name the frontend origin(s). For a deliberately public API set
`allow-wildcard = true` in `[tool.corslint]`.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.rulekit import Context

ID = "CORS037"
NAME = "wildcard-origin"
SEVERITY = "warning"
SUMMARY = "Access-Control-Allow-Origin is `*`."
FIX = "Name the frontend origin(s), or set allow-wildcard = true for a public API."
OPTIONS = ("allow-wildcard",)


def check(ctx: Context) -> Iterator[Problem]:
    if ctx.config.allow_wildcard:
        return
    for api in ctx.cors_apis():
        seen: set[object] = set()
        for origin, loc, route, _where in ctx.allowed_origins(api):
            if origin != "*" or loc in seen:
                continue
            seen.add(loc)
            yield Problem(
                f"API {api.name} allows every origin ('*'): any website can read these "
                "responses from a visitor's browser.",
                loc,
                api.name,
                route.key if route is not None else None,
            )
