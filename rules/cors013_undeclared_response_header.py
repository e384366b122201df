"""An integration response maps a header its method response does not declare.

## What it checks
Every `method.response.header.X` an integration response maps must be
declared by the method response for the same status
(`response_parameters = { "method.response.header.X" = true }` in
Terraform, `headers:` under the OpenAPI response), and a method response must
exist for that status at all.

## Why it matters
API Gateway refuses the deployment ("Invalid mapping expression parameter
specified: method.response.header.X", or "No method response exists for
method") and an import drops the header: the CORS header you wrote is never
sent.

## Bad
```yaml
options:
  responses:
    "200":
      headers:
        Access-Control-Allow-Origin: {schema: {type: string}}
  x-amazon-apigateway-integration:
    responses:
      default:
        statusCode: "200"
        responseParameters:
          method.response.header.Access-Control-Allow-Origin: "'https://app.example.com'"
          method.response.header.Access-Control-Max-Age: "'3600'"   # not declared
```

## Good
```yaml
      headers:
        Access-Control-Allow-Origin: {schema: {type: string}}
        Access-Control-Max-Age: {schema: {type: string}}
```

## Fix
- **Terraform**: add `"method.response.header.X" = true` to the `aws_api_gateway_method_response` of that status.
- **OpenAPI**: add the header under `responses.<status>.headers`.
- **CloudFormation**: add `method.response.header.X: true` to the method's `MethodResponses[].ResponseParameters`.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Integration, Unknown
from corslint.rulekit import Context

ID = "CORS013"
NAME = "undeclared-response-header"
SEVERITY = "error"
SUMMARY = "An integration response maps a header its method response does not declare."
FIX = "Declare the header in the method response for that status."
OPTIONS = ()


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.project.apis:
        if api.kind != "rest":
            continue
        for route in api.routes:
            integration = route.integration
            if not isinstance(integration, Integration):
                continue
            for response in integration.responses:
                if isinstance(response.status, Unknown) or not response.headers:
                    continue
                method_response = route.method_responses.get(str(response.status))
                if method_response is None:
                    yield Problem(
                        f"{route.key}: the integration response for status {response.status} "
                        "maps headers but the method has no method response for that status: "
                        "the deployment fails.",
                        response.loc,
                        api.name,
                        route.key,
                        fix=f"Add a {response.status} method response declaring the headers.",
                    )
                    continue
                if isinstance(method_response.headers, Unknown):
                    continue
                for name, mapping in response.headers.items():
                    if name.lower() in method_response.headers:
                        continue
                    yield Problem(
                        f"{route.key}: method.response.header.{name} is mapped for status "
                        f"{response.status} but the method response does not declare it: the "
                        "deployment fails and the header is never sent.",
                        mapping.loc or response.loc,
                        api.name,
                        route.key,
                        fix=(
                            f"Declare method.response.header.{name} in the {response.status} "
                            "method response."
                        ),
                    )
