"""The preflight is answered with a status other than 2xx.

## What it checks
The status of the answer to the preflight, when a method does answer
`OPTIONS` (a missing method is CORS001, an authorizer CORS002): a MOCK whose
request template selects no 2xx integration response (or selects none), a
MOCK with `passthrough_behavior = NEVER` and no `application/json` template
(415: the preflight has no body and API Gateway assumes
`application/json`), an integration response with a non-2xx status, or a
handler or framework that rejects the preflight.

## Why it matters
The Fetch standard requires an "ok status" (200-299) for a preflight. Any
other status blocks the request: "Response to preflight request doesn't pass
access control check: It does not have HTTP ok status."

## Bad
```hcl
resource "aws_api_gateway_integration" "options" {
  type              = "MOCK"
  request_templates = { "application/json" = "{\"statusCode\": 404}" }
}
```

## Good
```hcl
resource "aws_api_gateway_integration" "options" {
  type              = "MOCK"
  request_templates = { "application/json" = "{\"statusCode\": 200}" }
}
```

## Fix
- **Terraform / OpenAPI**: make the MOCK request template return `{"statusCode": 200}` and give it a 200 integration response (the default, without a selection pattern); don't use `passthrough_behavior = NEVER` without an `application/json` template.
- **Handler**: answer `OPTIONS` with 200 or 204 and the CORS headers.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Unknown
from corslint.rulekit import NOT_ANSWERED, Context

ID = "CORS005"
NAME = "preflight-not-ok"
SEVERITY = "error"
SUMMARY = "The preflight is answered with a status other than 2xx."
FIX = "Answer the preflight with 200 (MOCK template {\"statusCode\": 200} and a 200 integration response)."
OPTIONS = ("browser", "frontend-origins")


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.cors_apis():
        seen: set[object] = set()
        for route, response in ctx.preflighted_routes(api):
            if response.cause in NOT_ANSWERED or isinstance(response.status, Unknown):
                continue
            if 200 <= response.status <= 299:
                continue
            key = (response.loc, response.status)
            if key in seen:
                continue
            seen.add(key)
            yield Problem(
                f"The preflight of {route.key} is answered {response.status} by "
                f"{response.producer}: the browser needs a 2xx status and blocks "
                f"{route.key} (\"It does not have HTTP ok status.\").",
                response.loc,
                api.name,
                route.key,
            )
