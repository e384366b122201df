"""A response allows any origin (`*`) together with credentials.

## What it checks
Any answer (preflight, success, error, gateway response) that carries
`Access-Control-Allow-Origin: *` and `Access-Control-Allow-Credentials: true`
together, and HTTP API `CorsConfiguration` with `allow_origins = ["*"]` and
`allow_credentials = true`.

## Why it matters
Browsers refuse credentialed requests when the origin is `*`: "The value of
the 'Access-Control-Allow-Origin' header in the response must not be the
wildcard '*' when the request's credentials mode is 'include'." API Gateway
rejects the HTTP API configuration outright ("allow-credentials is not
supported if 'allow-origin' is *"). Teams then often "fix" it by reflecting
any origin, which is a real hole (CORS031).

## Bad
```hcl
cors_configuration {
  allow_origins     = ["*"]
  allow_credentials = true
}
```

## Good
```hcl
cors_configuration {
  allow_origins     = ["https://app.example.com"]
  allow_credentials = true
}
```

## Fix
- Name the frontend origins explicitly when credentials (cookies, HTTP auth) are used; keep `*` only for public APIs without credentials.
- **Terraform / SAM / Serverless**: replace `*` with the frontend origin in the origin setting or `Access-Control-Allow-Origin` mapping.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import HttpCors, Static
from corslint.rulekit import Context
from corslint.simulate import ACAC, ACAO

ID = "CORS030"
NAME = "wildcard-origin-with-credentials"
SEVERITY = "error"
SUMMARY = "A response allows any origin (`*`) together with credentials."
FIX = "Name the allowed origin(s) instead of `*` when credentials are allowed."
OPTIONS = ()


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.project.apis:
        for route, response, origin in ctx.header_values(api, ACAO):
            credentials = response.header(ACAC)
            if credentials is None or origin.value != Static("*"):
                continue
            if credentials.value != Static("true"):
                continue
            from_config = isinstance(api.cors, HttpCors) and origin.loc == api.cors.loc_for(
                "allow_origins"
            )
            if from_config:
                message = (
                    f"The CORS configuration of {api.name} allows every origin ('*') with "
                    "credentials: AWS rejects it (\"allow-credentials is not supported if "
                    "'allow-origin' is *\") and browsers block every credentialed request."
                )
            else:
                message = (
                    f"{response.producer} sends Access-Control-Allow-Origin '*' with "
                    "Access-Control-Allow-Credentials 'true': browsers block every credentialed "
                    "request."
                )
            yield Problem(
                message,
                origin.loc or response.loc,
                api.name,
                None if from_config or route is None else route.key,
            )
