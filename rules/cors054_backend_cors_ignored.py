"""An HTTP API with a CORS configuration whose handler also sets CORS headers.

## What it checks
HTTP APIs with `CorsConfiguration` (`cors_configuration`, `CorsConfiguration`,
`httpApi.cors`) that route to a Lambda whose code, or web framework, sets
`Access-Control-*` headers itself.

## Why it matters
When an HTTP API has a CORS configuration, API Gateway answers preflights
itself and replaces the backend's CORS headers with its own. The handler's
CORS code never takes effect: changing it changes nothing, and the two sets
of settings drift apart.

## Bad
```hcl
resource "aws_apigatewayv2_api" "api" {
  protocol_type = "HTTP"
  cors_configuration { allow_origins = ["https://app.example.com"] }
}
# and the handler returns Access-Control-Allow-Origin too
```

## Good
```hcl
resource "aws_apigatewayv2_api" "api" {
  protocol_type = "HTTP"
  cors_configuration { allow_origins = ["https://app.example.com"] }
}
# the handler returns no Access-Control-* headers
```

## Fix
- Keep CORS in one place: either the API's CORS configuration (and remove it from the handler), or the handler (and remove the CORS configuration).
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Behaviour, Integration
from corslint.rulekit import Context

ID = "CORS054"
NAME = "backend-cors-ignored"
SEVERITY = "info"
SUMMARY = "An HTTP API with a CORS configuration whose handler also sets CORS headers."
FIX = "Keep CORS in one place: the API's CORS configuration or the handler, not both."
OPTIONS = ()


def check(ctx: Context) -> Iterator[Problem]:
    seen: set[tuple[str, str]] = set()
    for api in ctx.project.apis:
        if api.kind != "http" or api.cors is None:
            continue
        for route in api.routes:
            integration = route.integration
            if not isinstance(integration, Integration):
                continue
            function = ctx.sim.function(integration)
            if function is None or not isinstance(function.behaviour, Behaviour):
                continue
            behaviour = function.behaviour
            locs = [
                header.loc or outcome.loc
                for outcome in behaviour.outcomes
                for name, header in outcome.headers.items()
                if name.startswith("access-control-")
            ]
            if not locs or (api.key, function.key) in seen:
                continue
            seen.add((api.key, function.key))
            what = f"its {behaviour.framework} CORS settings" if behaviour.framework else "its code"
            yield Problem(
                f"{route.key}: the HTTP API has a CORS configuration, so API Gateway drops the "
                f"Access-Control-* headers that {function.name} sets in {what}.",
                (behaviour.loc if behaviour.framework else None) or locs[0],
                api.name,
                route.key,
                source=behaviour.source,
            )
