"""A route the browser preflights has nothing that answers OPTIONS.

## What it checks
For every route of a CORS-enabled API that the browser preflights (a method
other than GET/HEAD/POST; or a request that carries `Authorization`,
`X-Api-Key` or `X-Amz-*` headers; or a POST/PUT/PATCH with a JSON body), it
asks the simulator who answers the `OPTIONS` request on that path. On a REST
API with no `OPTIONS` or `ANY` method there, API Gateway answers
403 `MISSING_AUTHENTICATION_TOKEN`; on an HTTP API without `CorsConfiguration`
and no matching `OPTIONS`/`ANY`/`$default` route it answers 404.

## Why it matters
The browser sends the preflight before the real request. When the preflight
fails, the real request is never sent and the page only sees
"Response to preflight request doesn't pass access control check". With
curl everything works, which is why this ships so often.

## Bad
```hcl
resource "aws_api_gateway_method" "put_item" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.item.id
  http_method   = "PUT"
  authorization = "NONE"
}
# ...and no OPTIONS method on the same resource
```

## Good
```hcl
resource "aws_api_gateway_method" "item_options" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.item.id
  http_method   = "OPTIONS"
  authorization = "NONE"
}
# + a MOCK integration with request_templates {"application/json" = "{\"statusCode\": 200}"},
#   a 200 method response and an integration response mapping the
#   Access-Control-Allow-Origin/-Methods/-Headers headers.
```

## Fix
- **Terraform**: add an `OPTIONS` `aws_api_gateway_method` (authorization `NONE`) with a MOCK integration, a 200 method response and an integration response that maps the `Access-Control-Allow-*` headers; for HTTP APIs add a `cors_configuration` block.
- **OpenAPI**: add an `options` operation with an `x-amazon-apigateway-integration` of type `mock` returning 200 with the CORS headers.
- **SAM**: set `Cors` on the `AWS::Serverless::Api` (or `CorsConfiguration` on the HttpApi).
- **Serverless**: set `cors: true` (or a cors object) on the `http` event.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.rulekit import Context

ID = "CORS001"
NAME = "missing-preflight"
SEVERITY = "error"
SUMMARY = "A route the browser preflights has nothing that answers OPTIONS."
FIX = "Add an OPTIONS method (MOCK, authorization NONE) that returns 200 with the CORS headers."
OPTIONS = ("simple-post", "browser", "frontend-origins")


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.cors_apis():
        for route, response in ctx.preflighted_routes(api):
            if response.cause not in ("no-method", "no-route"):
                continue
            status = "403 Missing Authentication Token" if api.kind == "rest" else "404 Not Found"
            yield Problem(
                f"{route.key} is preflighted by browsers but nothing answers OPTIONS on "
                f"{route.path}: the preflight gets {status} and the {route.method} is never sent.",
                route.loc,
                api.name,
                route.key,
                fix=(
                    f"Add an OPTIONS method on {route.path} (authorization NONE, MOCK integration "
                    "returning 200 with the Access-Control-Allow-* headers)."
                    if api.kind == "rest"
                    else "Add a cors_configuration (CorsConfiguration) to the HTTP API."
                ),
            )
