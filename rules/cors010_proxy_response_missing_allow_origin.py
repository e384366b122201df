"""A Lambda proxy handler returns a success without Access-Control-Allow-Origin.

## What it checks
Routes of a CORS-enabled API served by a Lambda proxy integration
(`AWS_PROXY`): every success response the handler returns (read from its
code, or from the web framework's CORS settings) must carry
`Access-Control-Allow-Origin`. Returns whose headers cannot be read are not
reported.

## Why it matters
With a proxy integration API Gateway passes the function's answer through
untouched: the `cors` settings of the API, the OPTIONS method and the gateway
responses never add headers to it. Without the header the browser blocks the
response: "No 'Access-Control-Allow-Origin' header is present on the
requested resource."

## Bad
```python
def handler(event, context):
    return {"statusCode": 200, "body": "{}"}
```

## Good
```python
CORS = {"Access-Control-Allow-Origin": "https://app.example.com"}

def handler(event, context):
    return {"statusCode": 200, "headers": CORS, "body": "{}"}
```

## Fix
- Return `Access-Control-Allow-Origin` from the handler on every response (keep the headers in one constant or helper).
- With a framework, enable its CORS support (FastAPI/Starlette `CORSMiddleware`, flask-cors, Powertools `CORSConfig`, `@middy/http-cors`, Express `cors`).
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.handlers import handler_source
from corslint.model import Unknown
from corslint.rulekit import Context
from corslint.simulate import ACAO

ID = "CORS010"
NAME = "proxy-response-missing-allow-origin"
SEVERITY = "error"
SUMMARY = "A Lambda proxy handler returns a success without Access-Control-Allow-Origin."
FIX = "Return Access-Control-Allow-Origin from the handler on every response."
OPTIONS = ("browser", "frontend-origins")


def check(ctx: Context) -> Iterator[Problem]:
    seen: set[object] = set()
    for api in ctx.cors_apis():
        for route in api.routes:
            if route.method == "OPTIONS":
                continue
            for response in ctx.sim.successes(api, route):
                if response.outcome is None or isinstance(response.headers, Unknown):
                    continue
                status = response.status
                if isinstance(status, int) and not 200 <= status <= 399:
                    continue
                if response.header(ACAO) is not None:
                    continue
                key = (api.key, response.loc)
                if key in seen:
                    continue
                seen.add(key)
                yield Problem(
                    f"{route.key}: the handler returns {status if isinstance(status, int) else 'a response'} "
                    "without Access-Control-Allow-Origin; API Gateway passes a proxy answer through "
                    "unchanged, so the browser blocks it.",
                    response.loc,
                    api.name,
                    route.key,
                    source=handler_source(ctx.sim, route),
                )
