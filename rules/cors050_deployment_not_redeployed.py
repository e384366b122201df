"""A Terraform deployment is not redeployed when the CORS configuration changes.

## What it checks
`aws_api_gateway_deployment` resources of CORS-enabled REST APIs: they need
`triggers` that cover the methods, integrations, integration responses and
gateway responses (by referencing the resources, a module that holds them,
a hash of the file that defines them, or the API's `body`). `depends_on`
alone orders creation but never redeploys.

## Why it matters
A deployment is a snapshot. Without triggers, `terraform apply` updates the
OPTIONS method or the gateway responses but the stage keeps serving the old
snapshot: the CORS fix "doesn't work" until someone redeploys by hand.

## Bad
```hcl
resource "aws_api_gateway_deployment" "api" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  depends_on  = [aws_api_gateway_integration.proxy]
}
```

## Good
```hcl
resource "aws_api_gateway_deployment" "api" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  triggers = {
    redeployment = sha1(jsonencode([
      aws_api_gateway_method.options,
      aws_api_gateway_integration.options,
      aws_api_gateway_integration_response.options,
      aws_api_gateway_gateway_response.default_4xx,
    ]))
  }
  lifecycle {
    create_before_destroy = true
  }
}
```

## Fix
- **Terraform**: add `triggers = { redeployment = sha1(jsonencode([...])) }` listing the API's methods, integrations, integration responses and gateway responses (whole resources, not only `.id`), with `lifecycle { create_before_destroy = true }`.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Unknown
from corslint.rulekit import Context

ID = "CORS050"
NAME = "deployment-not-redeployed"
SEVERITY = "warning"
SUMMARY = "A Terraform deployment is not redeployed when the CORS configuration changes."
FIX = "Add triggers = { redeployment = sha1(jsonencode([...])) } covering the API's resources."
OPTIONS = ()


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.cors_apis():
        for deployment in api.deployments:
            if isinstance(deployment.uncovered, Unknown):
                continue
            if not deployment.has_triggers:
                message = (
                    f"The deployment of {api.name} has no triggers: CORS changes to its methods "
                    "and gateway responses never reach the stage until someone redeploys by hand."
                )
            elif deployment.uncovered:
                names = ", ".join(deployment.uncovered[:5])
                more = len(deployment.uncovered) - 5
                message = (
                    f"The deployment of {api.name} is not redeployed when {names}"
                    + (f" (and {more} more)" if more > 0 else "")
                    + " change: their triggers do not cover them."
                )
            else:
                continue
            yield Problem(message, deployment.loc, api.name, None)
