"""A response-parameter mapping meant as a literal is not in single quotes.

## What it checks
REST API integration-response and gateway-response mappings: a literal value
must be wrapped in single quotes inside the string (`"'*'"`, not `"*"`).
Anything unquoted must be a mapping expression (`method.request.header.X`,
`integration.response.header.X`, `stageVariables.X`, `context.X`). SAM's
`Cors.AllowOrigin`, `AllowHeaders` and `AllowMethods` (and
`GatewayResponses` headers) are copied into such mappings verbatim, so they
need the inner quotes too.

## Why it matters
API Gateway reads an unquoted value as a mapping expression and refuses it
("Invalid mapping expression specified"), so the deployment fails, or, for
values that happen to look like expressions, sends something else.

## Bad
```yaml
Globals:
  Api:
    Cors:
      AllowOrigin: "https://catalog.example.com"
```

## Good
```yaml
Globals:
  Api:
    Cors:
      AllowOrigin: "'https://catalog.example.com'"
```

## Fix
- **Terraform**: `"method.response.header.Access-Control-Allow-Origin" = "'https://app.example.com'"`.
- **SAM**: `AllowOrigin: "'https://app.example.com'"` (double quotes outside, single quotes inside).
- **OpenAPI / CloudFormation**: `"'https://app.example.com'"`.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Integration, Mapping
from corslint.rulekit import Context
from corslint.simulate import is_quoted_literal

ID = "CORS014"
NAME = "unquoted-static-value"
SEVERITY = "error"
SUMMARY = "A response-parameter mapping meant as a literal is not in single quotes."
FIX = "Wrap the literal in single quotes inside the string: \"'value'\"."
OPTIONS = ()

EXPRESSION_PREFIXES = (
    "method.request.",
    "integration.response.",
    "stageVariables.",
    "context.",
)


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.project.apis:
        if api.kind != "rest":
            continue
        places: list[tuple[str | None, str, Mapping]] = []
        for route in api.routes:
            if isinstance(route.integration, Integration):
                for response in route.integration.responses:
                    places += [(route.key, name, m) for name, m in response.headers.items()]
        for gateway_response in api.gateway_responses.values():
            places += [(None, name, m) for name, m in gateway_response.headers.items()]
        seen: set[object] = set()
        for route_key, name, mapping in places:
            expr = mapping.expr
            if not isinstance(expr, str) or (mapping.loc, expr) in seen:
                continue
            text = expr.strip()
            if is_quoted_literal(text) or text.startswith(EXPRESSION_PREFIXES):
                continue
            seen.add((mapping.loc, expr))
            yield Problem(
                f"The {name} mapping value {text!r} is not wrapped in single quotes: API Gateway "
                "reads it as a mapping expression and rejects the deployment.",
                mapping.loc,
                api.name,
                route_key,
                fix=f"Write it as \"'{text}'\".",
            )
