"""Something answers the preflight but sends no Access-Control-Allow-Origin.

## What it checks
The successful (2xx) answer to a preflight: it must carry
`Access-Control-Allow-Origin`. A method response that does not declare the
header drops the mapping too (see CORS013).

## Why it matters
A preflight answer without `Access-Control-Allow-Origin` fails the CORS
check: "Response to preflight request doesn't pass access control check:
No 'Access-Control-Allow-Origin' header is present on the requested
resource."

## Bad
```yaml
options:
  x-amazon-apigateway-integration:
    type: mock
    requestTemplates: {application/json: '{"statusCode": 200}'}
    responses:
      default:
        statusCode: "200"
        responseParameters:
          method.response.header.Access-Control-Allow-Methods: "'GET,PUT,OPTIONS'"
```

## Good
```yaml
        responseParameters:
          method.response.header.Access-Control-Allow-Methods: "'GET,PUT,OPTIONS'"
          method.response.header.Access-Control-Allow-Origin: "'https://app.example.com'"
```

## Fix
- **Terraform / OpenAPI**: declare `Access-Control-Allow-Origin` in the OPTIONS 200 method response and map it in the integration response (`"'https://app.example.com'"`).
- **SAM**: set `Cors.AllowOrigin`.
- **Handler**: return the header on the OPTIONS answer.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.rulekit import Context
from corslint.simulate import ACAO

ID = "CORS006"
NAME = "preflight-missing-allow-origin"
SEVERITY = "error"
SUMMARY = "Something answers the preflight but sends no Access-Control-Allow-Origin."
FIX = "Map Access-Control-Allow-Origin on the OPTIONS answer (and declare it in its method response)."
OPTIONS = ("browser", "frontend-origins")


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.cors_apis():
        seen: set[object] = set()
        for route, response in ctx.answered_preflights(api):
            if response.header(ACAO) is not None or response.loc in seen:
                continue
            seen.add(response.loc)
            yield Problem(
                f"The preflight of {route.key} is answered by {response.producer} without "
                "Access-Control-Allow-Origin: the browser blocks every request that needs it.",
                response.loc,
                api.name,
                route.key,
            )
