"""The method that answers the preflight requires authorization or an API key.

## What it checks
Which method answers `OPTIONS` on each preflighted path (an explicit
`OPTIONS`, or an `ANY` method, which also receives `OPTIONS`), and whether
it requires an authorizer (Cognito, Lambda, JWT), IAM or an API key. This
includes SAM's `Auth.DefaultAuthorizer` with
`AddDefaultAuthorizerToCorsPreflight` left at its default (`true`), and HTTP
API `OPTIONS`/`ANY`/`$default` routes with an authorizer.

## Why it matters
Browsers never send `Authorization`, cookies or `X-Api-Key` on a preflight.
An authorizer on the preflight therefore always answers 401 (or 403), the
preflight fails and the real request is never sent.

## Bad
```hcl
resource "aws_api_gateway_method" "options" {
  http_method   = "OPTIONS"
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = aws_api_gateway_authorizer.cognito.id
  # ...
}
```

## Good
```hcl
resource "aws_api_gateway_method" "options" {
  http_method   = "OPTIONS"
  authorization = "NONE"
  # ...
}
```

## Fix
- **Terraform**: set `authorization = "NONE"` and `api_key_required = false` on the OPTIONS method; for an `ANY` proxy, add an explicit OPTIONS method without auth beside it.
- **OpenAPI**: give the `options` operation `security: []`.
- **SAM**: set `Auth.AddDefaultAuthorizerToCorsPreflight: false` (and `AddApiKeyRequiredToCorsPreflight: false`).
- **HTTP API**: add an unauthenticated `OPTIONS /{proxy+}` route, or remove the authorizer from the `ANY`/`$default` route.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.rulekit import Context

ID = "CORS002"
NAME = "preflight-requires-auth"
SEVERITY = "error"
SUMMARY = "The method that answers the preflight requires authorization or an API key."
FIX = "Make the OPTIONS method public: authorization NONE and no API key."
OPTIONS = ("browser", "frontend-origins")


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.cors_apis():
        reported: set[int] = set()
        for route, response in ctx.preflighted_routes(api):
            if response.cause not in ("auth", "api-key") or response.route is None:
                continue
            answering = response.route
            if id(answering) in reported:
                continue
            reported.add(id(answering))
            what = (
                "an API key"
                if response.cause == "api-key"
                else f"{answering.auth.type} authorization"
            )
            status = response.status if isinstance(response.status, int) else "an error"
            target = (
                f"every preflight to {route.path if route.path != '$default' else 'the API'}"
                if answering is route
                else f"the preflight of {route.key}"
            )
            yield Problem(
                f"{answering.key} receives {target} but requires {what}: browsers send no "
                f"credentials on a preflight, so it gets {status} and the request is blocked.",
                answering.loc,
                api.name,
                answering.key,
                fix=_fix(api.kind, answering.method),
            )


def _fix(kind: str, method: str) -> str:
    if kind == "http":
        return (
            "Add an OPTIONS /{proxy+} route without authorization (it outranks $default and "
            "ANY routes), or remove the authorizer from this route."
        )
    if method == "ANY":
        return "Add an OPTIONS method with authorization NONE beside the ANY method."
    return FIX
