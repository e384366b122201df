"""The preflight allows headers with `*` and the route needs Authorization.

## What it checks
Preflight answers whose `Access-Control-Allow-Headers` is `*` on routes
whose clients send `Authorization` (authorizers, IAM), without credentials.
(With credentials `*` is a literal name and the request fails: CORS003.)

## Why it matters
The Fetch standard says `*` never covers `Authorization`. Chrome, Firefox
and Safari still accept it today, with a deprecation warning in the
console, and Firefox already ships the standard behaviour behind a
preference: the day it flips, every such request is blocked.

## Bad
```yaml
method.response.header.Access-Control-Allow-Headers: "'*'"
```

## Good
```yaml
method.response.header.Access-Control-Allow-Headers: "'Authorization,Content-Type'"
```

## Fix
List `Authorization` explicitly in `Access-Control-Allow-Headers` (you can
keep `*` beside it for the other headers).
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Unknown
from corslint.rulekit import Context, header_loc
from corslint.simulate import ACAH

ID = "CORS042"
NAME = "wildcard-headers-authorization"
SEVERITY = "warning"
SUMMARY = "The preflight allows headers with `*` and the route needs Authorization."
FIX = "List Authorization explicitly in Access-Control-Allow-Headers."
OPTIONS = ()


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.cors_apis():
        seen: set[object] = set()
        for route, response in ctx.answered_preflights(api):
            verdict = ctx.preflight_verdict(api, route, response, method="POST")
            if isinstance(verdict, Unknown) or not verdict.allowed:
                continue
            if "authorization-covered-by-wildcard" not in verdict.warnings:
                continue
            loc = header_loc(response, ACAH)
            if loc in seen:
                continue
            seen.add(loc)
            yield Problem(
                f"The preflight of {route.key} allows headers with '*' and the route needs "
                "Authorization: browsers accept it today with a deprecation warning, the Fetch "
                "standard does not.",
                loc,
                api.name,
                route.key,
            )
