"""A preflight answer has no Access-Control-Max-Age.

## What it checks
Successful preflight answers (MOCK integration responses, generated CORS
preflights, HTTP API `CorsConfiguration`, handlers) without
`Access-Control-Max-Age`.

## Why it matters
Without it browsers cache a preflight for only 5 seconds, so nearly every
non-simple request costs an extra round trip (and an extra API Gateway
request on the bill).

## Bad
```yaml
cors:
  origin: https://app.example.com
```

## Good
```yaml
cors:
  origin: https://app.example.com
  maxAge: 7200
```

## Fix
- **Terraform / OpenAPI**: map `method.response.header.Access-Control-Max-Age` = `"'7200'"` (and declare it in the method response).
- **SAM**: `Cors.MaxAge: "'7200'"`. **Serverless**: `cors.maxAge: 7200`. **HTTP API**: `max_age = 7200`.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.rulekit import Context
from corslint.simulate import ACAO, MAX_AGE

ID = "CORS051"
NAME = "missing-max-age"
SEVERITY = "info"
SUMMARY = "A preflight answer has no Access-Control-Max-Age."
FIX = "Send Access-Control-Max-Age: 7200 on the preflight answer."
OPTIONS = ()


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.cors_apis():
        seen: set[object] = set()
        for route, response in ctx.answered_preflights(api):
            if response.header(ACAO) is None or response.header(MAX_AGE) is not None:
                continue
            if response.loc in seen:
                continue
            seen.add(response.loc)
            yield Problem(
                f"The preflight answer of {route.key} ({response.producer}) has no "
                "Access-Control-Max-Age: browsers cache it for 5 seconds, so nearly every call "
                "costs an extra round trip.",
                response.loc,
                api.name,
                route.key,
            )
