"""``corslint explain``: what the browser does with each answer of each route.

For one origin, every route of every CORS-enabled API gets a row per kind of
request (preflight, success, handler error, 401/403, 429, 5xx): allowed, or
blocked with the browser's own error text, or unknown with the reason, and
the finding behind it. Everything comes from the simulator and the browser
model, never from raw configuration.
"""

from __future__ import annotations

import textwrap

from corslint import browser
from corslint.engine import Report
from corslint.findings import Finding
from corslint.model import Api, Project, Route, Unknown
from corslint.record import Record, field, replace
from corslint.simulate import SimResponse, Simulator

ALLOWED, BLOCKED, UNKNOWN, NOT_SENT, NONE = "allowed", "blocked", "unknown", "not sent", "none"
# Which rules explain a blocked answer of each kind.
RULES = {
    "preflight": ("CORS001", "CORS002", "CORS003", "CORS004", "CORS005", "CORS006", "CORS030",
                  "CORS032", "CORS033", "CORS035", "CORS039", "CORS042"),
    "success": ("CORS010", "CORS012", "CORS013", "CORS014", "CORS030", "CORS032", "CORS033",
                "CORS035", "CORS039"),
    "handler error": ("CORS011", "CORS012", "CORS013", "CORS030", "CORS032", "CORS033",
                      "CORS035"),
    "401/403": ("CORS020",),
    "429": ("CORS020",),
    "5xx": ("CORS020", "CORS011"),
}


class Row(Record):
    """The browser's verdict on one kind of answer."""

    kind: str
    status: str
    result: str
    message: str = ""
    rules: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "status": self.status, "result": self.result,
                "message": self.message or None, "rules": self.rules}


class RouteExplanation(Record):
    """The rows of one route, for one origin."""

    api: str
    route: str
    origin: str
    credentials: bool
    headers: list[str]
    rows: list[Row]

    def to_json(self) -> dict[str, object]:
        blocked = bool(self.rows) and self.rows[0].kind == "preflight" and (
            self.rows[0].result == BLOCKED
        )
        return {"api": self.api, "preflight_blocked": blocked, "route": self.route, "origin": self.origin,
                "credentials": self.credentials, "headers": self.headers,
                "requests": [row.to_json() for row in self.rows]}


def matches(route: Route, wanted: str) -> bool:
    """``wanted`` is ``"PUT /x"``, a bare path, or an HTTP API route key."""
    method, _, path = wanted.strip().partition(" ")
    if not path:
        return wanted.strip() in (route.path, route.key)
    return route.method == method.upper() and route.path == path.strip()


def explain(
    project: Project, sim: Simulator, report: Report, *, origin: str,
    route: str | None = None, credentials: bool | None = None, headers: tuple[str, ...] = (),
) -> list[RouteExplanation]:
    """One explanation per matching route of each CORS-enabled API."""
    out = []
    for api in project.apis:
        if not sim.is_cors_enabled(api):
            continue
        for r in api.routes:
            if r.method == "OPTIONS" or (route is not None and not matches(r, route)):
                continue
            out.append(_explain_route(api, r, sim, report.findings, origin, credentials, headers))
    return out


def _explain_route(
    api: Api, route: Route, sim: Simulator, findings: list[Finding], origin: str,
    credentials: bool | None, extra: tuple[str, ...],
) -> RouteExplanation:
    request = sim.request(api, route, origin, credentials)
    explained = RouteExplanation(api.name, route.key, origin, bool(credentials), [], [])
    if isinstance(request, Unknown):
        explained.rows.append(Row("request", "?", UNKNOWN, request.reason))
        return explained
    request = replace(request, headers=(*request.headers, *((h.lower(), "x") for h in extra)))
    explained.credentials = request.credentials
    explained.headers = [name for name, _ in request.headers]

    def rules_for(kind: str, responses: list[SimResponse]) -> list[str]:
        """Rules of this kind reported on the route, the API, or the route that answers."""
        routes = {route.key, None} | {r.route.key for r in responses if r.route is not None}
        return sorted({
            f.rule for f in findings
            if f.api == api.name and f.route in routes and f.rule in RULES[kind]
        })

    gateway = sim.gateway_errors(api, route)
    kinds = {
        "preflight": [sim.preflight(api, route)],
        "success": sim.successes(api, route),
        "handler error": sim.handler_errors(api, route),
        "401/403": [g for g in gateway if _status(g) in (401, 403)],
        "429": [g for g in gateway if _status(g) == 429],
        "5xx": [g for g in gateway if (_status(g) or 0) >= 500],
    }
    rows = []
    for kind, responses in kinds.items():
        if kind == "preflight" and not browser.needs_preflight(request):
            rows.append(Row(kind, "-", NOT_SENT, "a simple request: no preflight"))
            continue
        row = _row(kind, responses, sim, request, kind == "preflight")
        if row.result in (BLOCKED, UNKNOWN):
            row.rules = rules_for(kind, responses)
        rows.append(row)
    explained.rows = rows
    return explained


def _status(response: SimResponse) -> int | None:
    return response.status if isinstance(response.status, int) else None


def _row(
    kind: str, responses: list[SimResponse], sim: Simulator, request: browser.Request,
    preflight: bool,
) -> Row:
    """The worst verdict over ``responses``: blocked, else unknown, else allowed."""
    if not responses:
        return Row(kind, "-", NONE, "no such answer on this route")
    statuses = ",".join(sorted({str(_status(r) or "?") for r in responses}))
    unknown: str | None = None
    for response in responses:
        verdict = sim.verdict(request, response, preflight=preflight)
        if isinstance(verdict, Unknown):
            unknown = unknown or verdict.reason
        elif not verdict.allowed:
            status = str(_status(response) or "?")
            return Row(kind, status, BLOCKED, short_message(verdict.message or verdict.reason or ""))
    if unknown is not None:
        return Row(kind, statuses, UNKNOWN, unknown)
    return Row(kind, statuses, ALLOWED)


def short_message(message: str) -> str:
    """Chrome's error text without the 'Access to fetch at ... from origin ...' preamble."""
    _, sep, rest = message.partition("blocked by CORS policy: ")
    return rest if sep else message


def render_text(explanations: list[RouteExplanation], width: int = 80) -> str:
    """A table per route, wrapped to ``width`` columns."""
    if not explanations:
        return "No route of a CORS-enabled API matches.\n"
    out: list[str] = []
    indent = " " * 25
    for e in explanations:
        creds = "with credentials" if e.credentials else "without credentials"
        out.append(f"{e.api}: {e.route}")
        out.append(textwrap.fill(
            f"from {e.origin}, {creds}"
            + (f", headers: {', '.join(e.headers)}" if e.headers else ""),
            width, initial_indent="  ", subsequent_indent="  ",
        ))
        for row in e.rows:
            text = row.result
            if row.message:
                text += f" ({row.message})" if row.result in (UNKNOWN, NOT_SENT, NONE) else (
                    f": {row.message}"
                )
            if row.rules:
                text += f" [{', '.join(row.rules)}]"
            head = f"  {row.kind:<14} {row.status:<7} "
            out.append(textwrap.fill(
                text, width, initial_indent=head, subsequent_indent=indent,
                break_on_hyphens=False,
            ))
        if e.rows and e.rows[0].kind == "preflight" and e.rows[0].result == BLOCKED:
            out.append(textwrap.fill(
                "The preflight is blocked, so the browser sends none of the other "
                "requests; their rows show what they get once it passes.",
                width, initial_indent="  ", subsequent_indent="  ",
            ))
        out.append("")
    return "\n".join(out)
