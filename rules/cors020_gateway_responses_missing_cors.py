"""Gateway error responses (4xx/5xx) carry no Access-Control-Allow-Origin.

## What it checks
For a CORS-enabled REST API, every gateway response the API can produce:
`MISSING_AUTHENTICATION_TOKEN` (unknown paths), `THROTTLED`, and per route
`UNAUTHORIZED`/`ACCESS_DENIED` (authorizers), `INVALID_API_KEY` (API keys),
`INTEGRATION_FAILURE`/`INTEGRATION_TIMEOUT` and Lambda errors (502). Each
resolves to its own gateway response, else `DEFAULT_4XX`/`DEFAULT_5XX`, else
API Gateway's built-in answer, which has no CORS headers.

## Why it matters
When API Gateway itself rejects a request (expired token, throttling, a
Lambda crash, a timeout), the browser sees an opaque CORS error instead of
the 401/429/502: the page cannot read the status, cannot refresh the token
or retry, and the console blames CORS for what is really an auth or backend
failure.

## Bad
```hcl
resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}
# no aws_api_gateway_gateway_response
```

## Good
```hcl
resource "aws_api_gateway_gateway_response" "cors" {
  for_each      = toset(["DEFAULT_4XX", "DEFAULT_5XX"])
  rest_api_id   = aws_api_gateway_rest_api.api.id
  response_type = each.value
  response_parameters = {
    "gatewayresponse.header.Access-Control-Allow-Origin" = "'https://app.example.com'"
  }
}
```

## Fix
- **Terraform**: add `aws_api_gateway_gateway_response` for `DEFAULT_4XX` and `DEFAULT_5XX` mapping `gatewayresponse.header.Access-Control-Allow-Origin`.
- **OpenAPI**: add `x-amazon-apigateway-gateway-responses` with `DEFAULT_4XX`/`DEFAULT_5XX` `responseParameters`.
- **SAM**: set `GatewayResponses` on the `AWS::Serverless::Api`.
- **Serverless**: add `AWS::ApiGateway::GatewayResponse` resources under `resources:` (the framework generates none).
"""

from __future__ import annotations

from collections.abc import Iterator

from corslint.browser import Request
from corslint.findings import Problem
from corslint.model import Api, Unknown
from corslint.record import Record
from corslint.rulekit import Context
from corslint.simulate import ACAO, SimResponse, normalise_origin, resolve
from corslint.source import Loc

ID = "CORS020"
NAME = "gateway-responses-missing-cors"
SEVERITY = "error"
SUMMARY = "Gateway error responses (4xx/5xx) carry no Access-Control-Allow-Origin."
FIX = "Add DEFAULT_4XX and DEFAULT_5XX gateway responses that map Access-Control-Allow-Origin."
OPTIONS = ("browser", "frontend-origins")


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.cors_apis():
        if api.kind != "rest":
            continue
        blocked: dict[tuple[Loc | None, str], Blocked] = {}
        for request, responses in _exchanges(ctx, api):
            for response in responses:
                verdict = ctx.sim.verdict(request, response, preflight=False)
                if isinstance(verdict, Unknown) or verdict.allowed or verdict.reason is None:
                    continue
                if not _own_reason(verdict.reason, response, request):
                    continue  # a malformed value: CORS032/CORS033/CORS030 report it
                entry = blocked.setdefault(
                    (response.loc, verdict.reason), Blocked(response, request, [])
                )
                name = "Lambda errors" if response.cause == "handler" else response.gateway_type
                label = f"{name} ({response.status})"
                if label not in entry.labels:
                    entry.labels.append(label)
        for (loc, reason), entry in blocked.items():
            yield _problem(api.name, loc, reason, entry)


class Blocked(Record):
    """Gateway answers that one configured place gets wrong, and a request they block."""

    response: SimResponse
    request: Request
    labels: list[str]


def _exchanges(ctx: Context, api: Api) -> Iterator[tuple[Request, list[SimResponse]]]:
    """Each route's browser request with the gateway answers it can meet."""
    api_level = ctx.sim.api_gateway_errors(api)
    for route in api.routes:
        if route.method == "OPTIONS":
            continue
        request = ctx.sim.request(api, route, ctx.sim.route_origin(api, route))
        if isinstance(request, Unknown):
            continue
        yield request, [*ctx.sim.gateway_errors(api, route), *api_level]


def _problem(api: str, loc: Loc | None, reason: str, entry: Blocked) -> Problem:
    errors = ", ".join(entry.labels)
    via = entry.response.via
    outcome = f"so {errors} reach the page as CORS errors instead of their real status."
    if reason == "missing-allow-origin" and not via:
        families = sorted(
            {"DEFAULT_5XX" if _is_5xx(label) else "DEFAULT_4XX" for label in entry.labels}
        )
        return Problem(
            f"API {api} has no {' or '.join(families)} gateway response with "
            f"Access-Control-Allow-Origin, {outcome}",
            loc, api, None,
            fix=f"Add {' and '.join(families)} gateway response(s) that map "
            "Access-Control-Allow-Origin.",
        )
    if reason == "missing-allow-origin":
        what = "maps no Access-Control-Allow-Origin"
        fix = f"Map gatewayresponse.header.Access-Control-Allow-Origin in the {via} gateway response."
    elif reason == "invalid-allow-credentials":
        what = (
            "sends no Access-Control-Allow-Credentials 'true' although the API's pages send "
            "credentials"
        )
        fix = (
            f"Map gatewayresponse.header.Access-Control-Allow-Credentials = \"'true'\" in the "
            f"{via} gateway response."
        )
    else:
        what = f"does not allow {entry.request.origin} (the browser says: {_detail(entry)})"
        fix = f"Allow {entry.request.origin} in the {via} gateway response's Access-Control-Allow-Origin."
    return Problem(f"API {api}: the {via} gateway response {what}, {outcome}", loc, api, None, fix=fix)


def _own_reason(reason: str, response: SimResponse, request: Request) -> bool:
    """Blocks this rule reports: no origin, no credentials, or another well-formed origin."""
    if reason in ("missing-allow-origin", "invalid-allow-credentials"):
        return True
    if reason != "allow-origin-mismatch":
        return False
    header = response.header(ACAO)
    value = resolve(header.value, request.origin) if header is not None else None
    return isinstance(value, str) and normalise_origin(value) == value.strip() != request.origin


def _detail(entry: Blocked) -> str:
    header = entry.response.header(ACAO)
    value = resolve(header.value, entry.request.origin) if header is not None else None
    return f"Access-Control-Allow-Origin is {value!r}"


def _is_5xx(label: str) -> bool:
    return label.rsplit("(", 1)[-1].startswith("5")
