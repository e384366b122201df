"""A route blocks one of the declared frontend origins.

## What it checks
Only with config `frontend-origins` (or `--frontend-origin`): for each
route of each API, the simulated preflight (when one is needed) and success
response for a request from each declared origin. Reported when the browser
blocks that origin because of the origin itself (a different origin is
named, or the origin is not in the allowlist); other causes (missing
preflight, auth on OPTIONS, missing headers) have their own rules.

## Why it matters
It is the question that matters most: "will my app at
https://app.example.com be able to call this route?" Declaring the frontend
turns a silent mismatch into a finding.

## Bad
```toml
[tool.corslint]
frontend-origins = ["https://app.example.com"]
```
```hcl
"method.response.header.Access-Control-Allow-Origin" = "'https://old-app.example.com'"
```

## Good
```hcl
"method.response.header.Access-Control-Allow-Origin" = "'https://app.example.com'"
```

## Fix
Allow the frontend origin in the API's CORS configuration (the origin
setting, the mappings, the handler's allowlist), or correct
`frontend-origins` if the frontend moved.
"""

from collections.abc import Iterator

from corslint.browser import Verdict
from corslint.findings import Problem
from corslint.model import Unknown
from corslint.rulekit import Context, header_loc
from corslint.simulate import ACAO

ID = "CORS039"
NAME = "frontend-origin-blocked"
SEVERITY = "error"
SUMMARY = "A route blocks one of the declared frontend origins."
FIX = "Allow the frontend origin in the API's CORS configuration."
OPTIONS = ("frontend-origins",)

ORIGIN_REASONS = frozenset(
    {"allow-origin-mismatch", "invalid-allow-origin", "multiple-allow-origin", "missing-allow-origin"}
)


def check(ctx: Context) -> Iterator[Problem]:
    if not ctx.config.frontend_origins:
        return
    for api in ctx.project.apis:
        for route in api.routes:
            if route.method == "OPTIONS":
                continue
            for origin in ctx.config.frontend_origins:
                request = ctx.sim.request(api, route, origin)
                if isinstance(request, Unknown):
                    continue
                checks = []
                if ctx.sim.needs_preflight(api, route) is True:
                    checks.append((ctx.sim.preflight(api, route), True))
                checks += [(r, False) for r in ctx.sim.successes(api, route)]
                for response, preflight in checks:
                    verdict = ctx.sim.verdict(request, response, preflight=preflight)
                    if not _origin_blocked(verdict, response):
                        continue
                    assert isinstance(verdict, Verdict)
                    yield Problem(
                        f"{route.key} blocks the frontend {origin}: {verdict.message}",
                        header_loc(response, ACAO),
                        api.name,
                        route.key,
                        fix=f"Allow {origin} in the Access-Control-Allow-Origin of {response.producer}.",
                    )
                    break


def _origin_blocked(verdict: Verdict | Unknown, response) -> bool:  # type: ignore[no-untyped-def]
    if isinstance(verdict, Unknown) or verdict.allowed or verdict.reason not in ORIGIN_REASONS:
        return False
    if verdict.reason == "missing-allow-origin":
        # only an origin-dependent header that leaves this origin out
        return response.header(ACAO) is not None
    return True
