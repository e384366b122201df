"""A route allows an origin outside the declared frontend origins.

## What it checks
Only with config `frontend-origins`: every origin an API allows by name
(static values, allowlists, HTTP API `allow_origins`) and every
reflection of any origin must be one of the declared frontends. `*` is
CORS037's.

## Why it matters
An origin nobody declared is usually a leftover (an old domain, a preview
deployment, a developer's machine) and every one is a site that can read
the API's answers in a visitor's browser.

## Bad
```toml
frontend-origins = ["https://app.example.com"]
```
```hcl
allow_origins = ["https://app.example.com", "https://staging.example.com"]
```

## Good
```hcl
allow_origins = ["https://app.example.com"]
```

## Fix
Remove the origin, or add it to `frontend-origins` when it is intended.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.rulekit import Context
from corslint.simulate import normalise_origin

ID = "CORS040"
NAME = "unexpected-origin-allowed"
SEVERITY = "warning"
SUMMARY = "A route allows an origin outside the declared frontend origins."
FIX = "Remove the origin, or add it to frontend-origins."
OPTIONS = ("frontend-origins",)


def check(ctx: Context) -> Iterator[Problem]:
    declared = {normalise_origin(o) or o for o in ctx.config.frontend_origins}
    if not declared:
        return
    for api in ctx.project.apis:
        for origin, loc, route, _where in ctx.allowed_origins(api):
            if origin == "*":
                continue
            if origin is None:
                message = (
                    "The request's Origin is reflected for every origin, not only "
                    f"{', '.join(sorted(declared))}."
                )
            elif (normalise_origin(origin) or origin) in declared:
                continue
            else:
                message = (
                    f"The origin {origin!r} is allowed but is not one of the declared frontends "
                    f"({', '.join(sorted(declared))})."
                )
            yield Problem(message, loc, api.name, route.key if route is not None else None)
