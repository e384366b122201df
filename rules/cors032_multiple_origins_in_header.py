"""Access-Control-Allow-Origin holds several origins.

## What it checks
Static `Access-Control-Allow-Origin` values that list more than one origin
(comma- or space-separated).

## Why it matters
The header takes exactly one origin, `*` or `null`. Browsers block every
request: "The 'Access-Control-Allow-Origin' header contains multiple values
'https://a.example.com,https://b.example.com', but only one is allowed."

## Bad
```yaml
method.response.header.Access-Control-Allow-Origin: "'https://a.example.com,https://b.example.com'"
```

## Good
```yaml
# REST: one origin per API, or reflect the request's origin after an allowlist check
method.response.header.Access-Control-Allow-Origin: "'https://a.example.com'"
```

## Fix
- For one frontend: name it alone.
- For several: an HTTP API `allow_origins` list (API Gateway picks the matching one), Serverless `cors.origins`, or a handler that echoes the request's `Origin` when it is in an allowlist (and sends `Vary: Origin`).
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Static
from corslint.rulekit import Context
from corslint.simulate import ACAO

ID = "CORS032"
NAME = "multiple-origins-in-header"
SEVERITY = "error"
SUMMARY = "Access-Control-Allow-Origin holds several origins."
FIX = "Send exactly one origin: reflect the request's origin after checking it against a list."
OPTIONS = ()


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.project.apis:
        for route, response, header in ctx.header_values(api, ACAO):
            value = header.value
            if not isinstance(value, Static):
                continue
            text = value.value.strip()
            if "," not in text and " " not in text:
                continue
            yield Problem(
                f"Access-Control-Allow-Origin is {text!r}: the header takes one origin, so the "
                f"browser blocks every request (\"contains multiple values '{text}', but only "
                "one is allowed\").",
                header.loc or response.loc,
                api.name,
                route.key if route is not None else None,
            )
