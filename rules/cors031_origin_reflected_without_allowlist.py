"""The request's Origin is echoed into Access-Control-Allow-Origin without an allowlist check.

## What it checks
Answers whose `Access-Control-Allow-Origin` is the request's `Origin` for
every origin: handler code that copies `event["headers"]["origin"]` into the
header without testing it, and framework settings that do the same
(Starlette/FastAPI `allow_origins=["*"]` with `allow_credentials=True`,
`allow_origin_regex` matching everything, Flask-CORS `origins="*"`), and
mappings of `method.request.header.Origin`. It is an error when the answer
also allows credentials, a warning otherwise.

## Why it matters
With credentials, any web site the user visits can read the API's answers
with the user's cookies or HTTP auth: full account takeover for read
endpoints. Without credentials it is the same as `*`, but hides that intent.

## Bad
```python
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)
```

## Good
```python
app.add_middleware(
    CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True
)
```

## Fix
- Test the origin against an explicit allowlist before echoing it (`if origin in ALLOWED_ORIGINS`).
- FastAPI/Starlette and Flask-CORS: list the frontend origins instead of `*` when credentials are allowed.
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.handlers import handler_source
from corslint.model import ReflectOrigin, Static
from corslint.rulekit import Context
from corslint.simulate import ACAC, ACAO

ID = "CORS031"
NAME = "origin-reflected-without-allowlist"
SEVERITY = "error"
SUMMARY = (
    "The request's Origin is echoed into Access-Control-Allow-Origin without an allowlist check."
)
FIX = "Echo the Origin only when it is in an explicit allowlist."
OPTIONS = ()


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.project.apis:
        seen: set[object] = set()
        for route, response in ctx.sim.responses(api):
            header = response.header(ACAO)
            if header is None or not isinstance(header.value, ReflectOrigin):
                continue
            if header.value.allowlist is not None and "*" not in header.value.allowlist:
                continue
            loc = header.loc or response.loc
            credentials = response.header(ACAC)
            credentialed = credentials is not None and credentials.value == Static("true")
            key = (loc, credentialed)
            if key in seen:
                continue
            seen.add(key)
            yield Problem(
                f"{response.producer} echoes any request Origin into Access-Control-Allow-Origin"
                + (
                    " with Access-Control-Allow-Credentials 'true': any web site can read "
                    "responses with the user's credentials."
                    if credentialed
                    else ": every web site is allowed, without an allowlist."
                ),
                loc,
                api.name,
                route.key if route is not None else None,
                source=handler_source(ctx.sim, route) if response.outcome is not None else None,
                severity=None if credentialed else "warning",
            )
