"""An allowed origin can never equal a browser's Origin header.

## What it checks
Every origin the API allows by name (static `Access-Control-Allow-Origin`
values, HTTP API `allow_origins`, framework and handler allowlists): a
browser's `Origin` is `scheme://host[:port]`, lower-case, with no path, no
trailing slash and no default port. Reported: a trailing slash or a path, a
missing scheme, a default port (`:443` on https, `:80` on http), an upper-case
scheme or host, and `*` patterns inside a static header value (HTTP APIs only
accept `*`, `https://*` and `http://*` as wildcards).

## Why it matters
`Access-Control-Allow-Origin` is compared with the request's `Origin`
byte for byte. `https://app.example.com/` never equals
`https://app.example.com`, so the page is always blocked: "The
'Access-Control-Allow-Origin' header has a value 'https://app.example.com/'
that is not equal to the supplied origin."

## Bad
```hcl
"method.response.header.Access-Control-Allow-Origin" = "'https://status.example.com/'"
```

## Good
```hcl
"method.response.header.Access-Control-Allow-Origin" = "'https://status.example.com'"
```

## Fix
Write the origin exactly as the browser sends it: `https://app.example.com`
(scheme, host, and a port only when it is not the default).
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.rulekit import HEADER, HTTP_CORS, Context
from corslint.simulate import normalise_origin

ID = "CORS033"
NAME = "malformed-origin"
SEVERITY = "error"
SUMMARY = "An allowed origin can never equal a browser's Origin header."
FIX = "Write the origin as scheme://host[:port], lower-case, without a path or trailing slash."
OPTIONS = ()

HTTP_API_WILDCARDS = frozenset({"*", "https://*", "http://*"})


def problem_with(origin: str, where: str = HEADER) -> str | None:
    """Why ``origin`` can never match a browser's Origin, or None when it can."""
    if origin in ("*", "null") or (where != HEADER and origin in HTTP_API_WILDCARDS):
        return None
    scheme, sep, rest = origin.partition("://")
    if not sep:
        return "it has no scheme (https://)"
    if "*" in origin and where == HEADER:
        return "a '*' pattern inside Access-Control-Allow-Origin is not a wildcard"
    if "*" in origin and where == HTTP_CORS:
        return "HTTP APIs accept only '*', 'https://*' and 'http://*' as wildcards"
    host, slash, path = rest.partition("/")
    if slash:
        return "it ends with a slash" if not path else f"it has a path (/{path})"
    if scheme != scheme.lower() or host != host.lower():
        return "browsers send the scheme and host in lower case"
    if (scheme == "https" and host.endswith(":443")) or (scheme == "http" and host.endswith(":80")):
        return "browsers omit the default port"
    return None


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.project.apis:
        for origin, loc, route, where in ctx.allowed_origins(api):
            if origin is None:
                continue
            if "," in origin or " " in origin.strip():
                continue  # CORS032
            why = problem_with(origin.strip(), where)
            if why is None:
                continue
            fixed = normalise_origin(origin)
            yield Problem(
                f"The allowed origin {origin!r} can never match a browser's Origin header: "
                f"{why}, so every request from that page is blocked.",
                loc,
                api.name,
                route.key if route is not None else None,
                fix=f"Write it as {fixed!r}." if fixed else FIX,
            )
