"""A non-proxy integration's success response maps no Access-Control-Allow-Origin.

## What it checks
Routes of a CORS-enabled REST API served by a MOCK, AWS (Lambda non-proxy,
service) or HTTP integration: the integration response a 2xx answer goes
through must map `Access-Control-Allow-Origin` (and the method response must
declare it). Lambda proxy routes are CORS010's.

## Why it matters
With non-proxy integrations API Gateway builds the response headers itself,
from the integration response's mappings only. Without the header, the
preflight may pass but the actual response is blocked: "No
'Access-Control-Allow-Origin' header is present on the requested resource."

## Bad
```hcl
resource "aws_api_gateway_integration_response" "get_200" {
  status_code = "200"
  # no response_parameters
}
```

## Good
```hcl
resource "aws_api_gateway_integration_response" "get_200" {
  status_code = "200"
  response_parameters = {
    "method.response.header.Access-Control-Allow-Origin" = "'https://app.example.com'"
  }
}
```

## Fix
- **Terraform / OpenAPI**: declare `method.response.header.Access-Control-Allow-Origin` in the 200 method response and map it in the integration response.
- **Serverless** (`integration: lambda`): set `cors` on the event; the framework maps it on every response.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Integration, Unknown
from corslint.rulekit import Context
from corslint.simulate import ACAO

ID = "CORS012"
NAME = "integration-response-missing-allow-origin"
SEVERITY = "error"
SUMMARY = "A non-proxy integration's success response maps no Access-Control-Allow-Origin."
FIX = "Declare and map Access-Control-Allow-Origin on the 2xx integration response."
OPTIONS = ("browser", "frontend-origins")


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.cors_apis():
        if api.kind != "rest":
            continue
        for route in api.routes:
            integration = route.integration
            if route.method == "OPTIONS" or not isinstance(integration, Integration):
                continue
            if integration.type not in ("MOCK", "AWS", "HTTP"):
                continue
            for response in ctx.sim.successes(api, route):
                if isinstance(response.status, Unknown) or isinstance(response.headers, Unknown):
                    continue
                if not 200 <= response.status <= 299 or response.header(ACAO) is not None:
                    continue
                yield Problem(
                    f"{route.key} answers {response.status} through {response.producer} without "
                    "Access-Control-Allow-Origin: the browser blocks the response.",
                    response.loc,
                    api.name,
                    route.key,
                )
