"""An `http://` origin other than localhost is allowed.

## What it checks
Allowed origins with the `http` scheme whose host is not `localhost`,
`127.0.0.1` or `[::1]`.

## Why it matters
A page served over plain HTTP can be altered by anyone on the network path
(public Wi-Fi, a compromised router). Allowing it lets such an attacker's
injected script call the API as the visitor.

## Bad
```hcl
allow_origins = ["http://app.example.com"]
```

## Good
```hcl
allow_origins = ["https://app.example.com", "http://localhost:3000"]
```

## Fix
Serve the frontend over HTTPS and allow the `https://` origin.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.rulekit import Context

ID = "CORS038"
NAME = "insecure-origin"
SEVERITY = "warning"
SUMMARY = "An `http://` origin other than localhost is allowed."
FIX = "Serve the frontend over HTTPS and allow its https:// origin."
OPTIONS = ()

LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")


def is_insecure(origin: str) -> bool:
    if not origin.lower().startswith("http://"):
        return False
    host = origin[len("http://"):].split("/", 1)[0]
    if host.startswith("["):
        host = host.split("]", 1)[0] + "]"
    else:
        host = host.split(":", 1)[0]
    return host.lower() not in LOCAL_HOSTS and host != "*"


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.project.apis:
        for origin, loc, route, _where in ctx.allowed_origins(api):
            if origin is None or not is_insecure(origin.strip()):
                continue
            yield Problem(
                f"The origin {origin!r} is allowed over plain HTTP: anyone on the network path "
                "can inject script into that page and call the API as the visitor.",
                loc,
                api.name,
                route.key if route is not None else None,
            )
