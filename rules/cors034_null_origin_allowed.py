"""The origin `null` is allowed.

## What it checks
`Access-Control-Allow-Origin: null`, or `null` in an origin allowlist.

## Why it matters
Sandboxed iframes, `data:` URLs and `file:` pages all send `Origin: null`,
and anyone can create one. Allowing `null` lets any site read the API's
responses (with credentials, if they are allowed).

## Bad
```yaml
method.response.header.Access-Control-Allow-Origin: "'null'"
```

## Good
```yaml
method.response.header.Access-Control-Allow-Origin: "'https://app.example.com'"
```

## Fix
Remove `null` from the allowed origins; serve local development pages from
`http://localhost:PORT` and allow that origin instead.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.rulekit import Context

ID = "CORS034"
NAME = "null-origin-allowed"
SEVERITY = "warning"
SUMMARY = "The origin `null` is allowed."
FIX = "Remove `null` from the allowed origins."
OPTIONS = ()


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.project.apis:
        for origin, loc, route, _where in ctx.allowed_origins(api):
            if origin is None or origin.strip().lower() != "null":
                continue
            yield Problem(
                "The origin 'null' is allowed: sandboxed iframes and file: pages send it, so any "
                "site can read these responses.",
                loc,
                api.name,
                route.key if route is not None else None,
            )
