"""The origin allowlist check can be passed by an attacker's origin.

## What it checks
Origin tests in handler code and framework settings that a hostile origin
passes: regular expressions that are not anchored or leave `.` unescaped
(`https://app.example.com` as a regex matches `https://appXexample.com`;
`example\\.com` unanchored matches `example.com.evil.net`),
`endswith("example.com")` without a leading dot (`evilexample.com`),
`startswith` (`https://app.example.com.evil.net`) and substring tests
(`"example.com" in origin`). It is an error when the handler also allows
credentials, a warning otherwise.

## Why it matters
The check is the only thing between any web site and the API's answers: a
site on a look-alike domain passes it and reads responses, with the user's
cookies when credentials are allowed.

## Bad
```python
if origin.endswith("example.com"):
    headers["Access-Control-Allow-Origin"] = origin
```

## Good
```python
if origin in {"https://app.example.com", "https://admin.example.com"}:
    headers["Access-Control-Allow-Origin"] = origin
```

## Fix
- Compare the origin with an explicit set of full origins.
- For subdomains, anchor and escape the regex (`^https://[a-z0-9-]+\\.example\\.com$`) and use a full match.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Behaviour, Integration, Static
from corslint.rulekit import Context
from corslint.simulate import ACAC

ID = "CORS041"
NAME = "weak-origin-check"
SEVERITY = "error"
SUMMARY = "The origin allowlist check can be passed by an attacker's origin."
FIX = "Compare the origin with an explicit set of origins, or anchor and escape the regex."
OPTIONS = ()


def _credentialed(behaviour: Behaviour) -> bool:
    return any(
        (header := outcome.headers.get(ACAC)) is not None and header.value == Static("true")
        for outcome in behaviour.outcomes
    )


def check(ctx: Context) -> Iterator[Problem]:
    seen: set[object] = set()
    for api in ctx.project.apis:
        for route in api.routes:
            integration = route.integration
            if not isinstance(integration, Integration):
                continue
            function = ctx.sim.function(integration)
            if function is None or not isinstance(function.behaviour, Behaviour):
                continue
            behaviour = function.behaviour
            for origin_check in behaviour.origin_checks:
                if origin_check.weakness is None or origin_check in seen:
                    continue
                seen.add(origin_check)
                credentialed = _credentialed(behaviour)
                yield Problem(
                    f"The origin check {origin_check.description} is weak: {origin_check.weakness}"
                    + (" (with credentials allowed)." if credentialed else "."),
                    origin_check.loc or behaviour.loc,
                    api.name,
                    route.key,
                    severity=None if credentialed else "warning",
                    source=behaviour.source,
                )
