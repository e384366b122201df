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

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Unknown
from corslint.rulekit import Context
from corslint.simulate import ACAO, SimResponse
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
        missing: dict[Loc | None, list[str]] = {}
        places: dict[Loc | None, SimResponse] = {}
        for response in ctx.sim.api_gateway_errors(api):
            if isinstance(response.headers, Unknown) or response.header(ACAO) is not None:
                continue
            key = response.loc
            name = "Lambda errors" if response.cause == "handler" else response.gateway_type
            label = f"{name} ({response.status})"
            if label not in missing.setdefault(key, []):
                missing[key].append(label)
            places[key] = response
        for key, labels in missing.items():
            response = places[key]
            via = response.via
            errors = ", ".join(labels)
            fix = None
            if via:
                message = (
                    f"API {api.name}: the {via} gateway response maps no "
                    f"Access-Control-Allow-Origin, so {errors} reach the page as CORS errors "
                    "instead of their real status."
                )
            else:
                families = sorted(
                    {"DEFAULT_5XX" if _is_5xx(label) else "DEFAULT_4XX" for label in labels}
                )
                fix = (
                    f"Add {' and '.join(families)} gateway response(s) that map "
                    "Access-Control-Allow-Origin."
                )
                message = (
                    f"API {api.name} has no {' or '.join(families)} gateway response with "
                    f"Access-Control-Allow-Origin, so {errors} reach the page as CORS errors "
                    "instead of their real status."
                )
            yield Problem(message, key, api.name, None, fix=fix or (
                f"Map gatewayresponse.header.Access-Control-Allow-Origin in the {via} gateway "
                "response."
            ))


def _is_5xx(label: str) -> bool:
    return label.rsplit("(", 1)[-1].startswith("5")
