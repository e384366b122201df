"""The preflight's Access-Control-Allow-Headers lacks a header the route needs.

## What it checks
The request headers a browser client of the route must send: the
authorizer's identity header (`Authorization` by default), `X-Api-Key` when
an API key is required, `Authorization`/`X-Amz-Date`/`X-Amz-Security-Token`
for `AWS_IAM`, `Content-Type` for JSON bodies, and every request header the
method declares as required. Each must be listed in the preflight's
`Access-Control-Allow-Headers` (names compare case-insensitively). `*` is a
literal name when credentials are allowed. Without credentials today's
browsers still let `*` cover `Authorization`; that case is CORS042.

## Why it matters
A request header the preflight does not allow blocks the request:
"Request header field authorization is not allowed by
Access-Control-Allow-Headers in preflight response."

## Bad
```yaml
method.response.header.Access-Control-Allow-Headers: "'Content-Type'"
# ...on a route with a Cognito authorizer (needs Authorization)
```

## Good
```yaml
method.response.header.Access-Control-Allow-Headers: "'Content-Type,Authorization'"
```

## Fix
- **Terraform / OpenAPI**: add the header to the `Access-Control-Allow-Headers` mapping of the OPTIONS integration response.
- **SAM**: add it to `Cors.AllowHeaders`.
- **Serverless**: add it to `cors.headers`.
- **HTTP API**: add it to `allow_headers` / `AllowHeaders`.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Api, Route, Unknown
from corslint.rulekit import Context, header_loc
from corslint.simulate import ACAH, SimResponse

ID = "CORS003"
NAME = "preflight-missing-allow-headers"
SEVERITY = "error"
SUMMARY = "The preflight's Access-Control-Allow-Headers lacks a header the route needs."
FIX = "List every header the client sends in Access-Control-Allow-Headers."
OPTIONS = ("simple-post", "browser", "frontend-origins")


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.cors_apis():
        # one finding per preflight answer and missing set, naming every method it breaks
        found: dict[tuple[object, tuple[str, ...]], list[Route]] = {}
        answers: dict[tuple[object, tuple[str, ...]], SimResponse] = {}
        for route, response in ctx.answered_preflights(api):
            missing = _missing_headers(ctx, api, route, response)
            if missing:
                key = (header_loc(response, ACAH), tuple(missing))
                found.setdefault(key, []).append(route)
                answers[key] = response
        for (loc, missing), routes in found.items():
            names = ", ".join(missing)
            methods = ", ".join(r.method for r in routes)
            yield Problem(
                f"The preflight of {routes[0].path} does not allow the request header(s) "
                f"{names} that {methods} {'sends' if len(routes) == 1 else 'send'}: the browser blocks the request (\"Request header "
                f"field {missing[0]} is not allowed by Access-Control-Allow-Headers in preflight "
                "response.\").",
                header_loc(answers[(loc, missing)], ACAH),
                api.name,
                routes[0].key,
                fix=f"Add {names} to Access-Control-Allow-Headers.",
            )


def _missing_headers(ctx: Context, api: Api, route: Route, response: SimResponse) -> list[str]:
    """The headers the route's clients send that this preflight answer does not allow."""
    if ctx.sim.needs_preflight(api, route) is not True:
        return []
    request = ctx.request(api, route)
    if isinstance(request, Unknown):
        return []
    missing = []
    for name, value in request.headers:
        verdict = ctx.preflight_verdict(
            api, route, response, method="POST", headers=((name, value),)
        )
        if not isinstance(verdict, Unknown) and verdict.reason == "header-not-allowed":
            missing.append(name)
    return missing
