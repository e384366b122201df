"""Access-Control-Max-Age is above what browsers honour.

## What it checks
Static `Access-Control-Max-Age` values above 7200 seconds.

## Why it matters
Chromium caps the preflight cache at 7200 s (2 hours) and Firefox at
86400 s (24 hours). A larger value suggests the preflight is cached longer
than it is; changes to the CORS setup also take effect later in Firefox.

## Bad
```hcl
max_age = 86400
```

## Good
```hcl
max_age = 7200
```

## Fix
Use 7200 (the most any Chromium-based browser honours).
"""

from collections.abc import Iterator

from corslint.findings import Problem
from corslint.model import Static
from corslint.rulekit import Context
from corslint.simulate import MAX_AGE

ID = "CORS052"
NAME = "max-age-over-browser-cap"
SEVERITY = "info"
SUMMARY = "Access-Control-Max-Age is above what browsers honour."
FIX = "Use Access-Control-Max-Age: 7200."
OPTIONS = ()

CHROMIUM_CAP = 7200


def check(ctx: Context) -> Iterator[Problem]:
    for api in ctx.project.apis:
        for route, response, header in ctx.header_values(api, MAX_AGE):
            if not isinstance(header.value, Static):
                continue
            text = header.value.value.strip()
            if not text.isdigit() or int(text) <= CHROMIUM_CAP:
                continue
            yield Problem(
                f"Access-Control-Max-Age is {text} s: Chromium caps the preflight cache at "
                f"{CHROMIUM_CAP} s and Firefox at 86400 s.",
                header.loc or response.loc,
                api.name,
                route.key if route is not None else None,
            )
