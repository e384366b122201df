"""Access-Control-Allow-Credentials has a value other than exactly `true`.

## What it checks
Static `Access-Control-Allow-Credentials` values: the only meaningful value
is the lower-case literal `true`.

## Why it matters
With `credentials: "include"` the browser requires exactly `true`
(case-sensitive): `True`, `TRUE`, `1` or `yes` block the request ("The value
of the 'Access-Control-Allow-Credentials' header in the response is 'True'
which must be 'true' when the request's credentials mode is 'include'.").
`false` has no effect other than confusing readers: omit the header instead.

## Bad
```yaml
gatewayresponse.header.Access-Control-Allow-Credentials: "'True'"
```

## Good
```yaml
gatewayresponse.header.Access-Control-Allow-Credentials: "'true'"
```

## Fix
Send `true` exactly, or leave the header out when credentials are not used.
In Python handlers, beware `str(True)`, which gives `"True"`.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Static
from corslint.rulekit import Context
from corslint.simulate import ACAC

ID = "CORS035"
NAME = "invalid-allow-credentials"
SEVERITY = "error"
SUMMARY = "Access-Control-Allow-Credentials has a value other than exactly `true`."
FIX = "Send exactly `true`, or omit the header."
OPTIONS = ()


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.project.apis:
        for route, response, header in ctx.header_values(api, ACAC):
            value = header.value
            if not isinstance(value, Static) or value.value == "true":
                continue
            yield Problem(
                f"Access-Control-Allow-Credentials is {value.value!r}: browsers accept only "
                "'true' (lower case) and block credentialed requests otherwise.",
                header.loc or response.loc,
                api.name,
                route.key if route is not None else None,
            )
