"""Turn corslint's simulation of a project into harness rows (issue 4, end to end).

For every CORS-enabled API and every route (not OPTIONS) of a case, the fetch()
a browser client makes (``Simulator.request``) meets the simulated answers:
the preflight when one is needed, then each actual answer (success, handler
error, gateway error). Each combination that rests on no ``Unknown`` becomes a
``Row``; the simulated origin is mapped onto the harness page's origin.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from browser.harness import Headers, Row
from corslint import browser, engine
from corslint.config import load_config
from corslint.findings import Finding
from corslint.model import Api, Route, Unknown
from corslint.simulate import ACAC, ACAM, ACAH, ACAO, PREFLIGHT, SimResponse, Simulator, resolve

ORIGIN_TOKEN = "{origin}"  # the harness fills in its page origin
PREFLIGHT_ONLY = "preflight-only"  # a known preflight whose actual answers are all unknown


@dataclass(frozen=True)
class Replay:
    """One replayed exchange and what corslint says of it (on simulated data)."""

    row: Row
    api: str
    route: str
    kind: str  # the kind of the answer that decides: preflight, success, handler-error, gateway
    answerer: str | None  # the route that answers the preflight (e.g. OPTIONS /x), if any
    request: browser.Request
    verdict: browser.Verdict
    producer: str
    source_is_handler: bool  # the deciding answer is the handler's own


@dataclass
class CaseReplay:
    """Everything replayable in one case, plus the lint report."""

    name: str
    findings: list[Finding]
    replays: list[Replay] = field(default_factory=list)
    routes: set[tuple[str, str]] = field(default_factory=set)
    unchecked: list[str] = field(default_factory=list)
    http_apis: set[str] = field(default_factory=set)  # AWS rejects CORS030 on these


def concrete(response: SimResponse, origin: str, relevant: tuple[str, ...]) -> Headers | None:
    """Header lines the answer sends to ``origin``, with ACAO mapped to the harness
    origin; None when a relevant header (or a status) is Unknown."""
    if isinstance(response.headers, Unknown):
        return None
    lines: list[tuple[str, str]] = []
    for name, header in response.headers.items():
        value = resolve(header.value, origin)
        if isinstance(value, Unknown):
            if name in relevant:
                return None
            continue
        if value is None:
            continue
        if any(ord(ch) < 0x20 and ch != "\t" for ch in value) or not value.isascii():
            return None  # not sendable as an HTTP header line
        if name == ACAO and value == origin:
            value = ORIGIN_TOKEN
        elif name == ACAO and value == origin + "/":
            value = ORIGIN_TOKEN + "/"
        lines.append((name, value))
    return tuple(lines)


def combined_verdict(
    sim: Simulator, request: browser.Request, pre: SimResponse | None, actual: SimResponse | None
) -> tuple[browser.Verdict | Unknown, str]:
    """corslint's verdict on the exchange and the kind of answer that decides it."""
    if pre is not None:
        first = sim.verdict(request, pre, preflight=True)
        if isinstance(first, Unknown) or not first.allowed or actual is None:
            return first, PREFLIGHT
    assert actual is not None
    verdict = sim.verdict(request, actual, preflight=False)
    if pre is not None and not isinstance(verdict, Unknown):
        verdict = browser.Verdict(
            verdict.allowed, verdict.reason, verdict.message, True, first.warnings
        )
    return verdict, actual.kind


def route_replays(
    sim: Simulator, api: Api, route: Route, case: CaseReplay, prefix: str
) -> None:
    """Add the rows of one route to ``case`` (ids start with ``prefix``)."""
    origin = sim.route_origin(api, route)
    request = sim.request(api, route, origin)
    if isinstance(request, Unknown):
        case.unchecked.append(f"{route.key}: request unknown ({request.reason})")
        return
    creds = (ACAC,) if request.credentials else ()
    actuals = (
        sim.successes(api, route) + sim.handler_errors(api, route) + sim.gateway_errors(api, route)
    )
    pre: SimResponse | None = None
    pre_lines: Headers | None = None
    if browser.needs_preflight(request):
        pre = sim.preflight(api, route)
        pre_lines = concrete(pre, origin, (ACAO, *creds, ACAM, ACAH, "location"))
        if pre_lines is None or isinstance(pre.status, Unknown):
            case.unchecked.append(f"{route.key}: preflight unknown ({pre.producer})")
            return
    exchanges: list[tuple[SimResponse | None, Headers, int]] = []
    for answer in actuals:
        lines = concrete(answer, origin, (ACAO, *creds))
        if lines is None:
            case.unchecked.append(f"{route.key}: {answer.kind} unknown ({answer.producer})")
            continue
        status = answer.status if isinstance(answer.status, int) else 200
        exchanges.append((answer, lines, status))
    if not exchanges and pre is not None:
        # Only the preflight is known: replay it before an actual answer that passes.
        good: Headers = ((ACAO, ORIGIN_TOKEN),) + (((ACAC, "true"),) if creds else ())
        exchanges.append((None, good, 200))
    seen: set[tuple[object, ...]] = set()
    for answer, lines, status in exchanges:
        key = (lines, status)
        if key in seen:
            continue  # e.g. several gateway types that send the same answer
        seen.add(key)
        verdict, kind = combined_verdict(sim, request, pre, answer)
        if isinstance(verdict, Unknown):
            case.unchecked.append(f"{route.key}: verdict unknown ({verdict.reason})")
            continue
        assert pre is None or pre_lines is not None
        row = Row(
            id=f"{prefix}-{len(case.replays)}",
            method=request.method,
            headers=request.headers,
            credentials=request.credentials,
            preflight=(int(pre.status), pre_lines) if pre is not None and pre_lines is not None else None,  # type: ignore[arg-type]
            actual=(status, lines),
            note=f"{api.name} {route.key} {answer.kind if answer else PREFLIGHT_ONLY}",
        )
        answerer = pre.route.key if pre is not None and pre.route is not None else None
        producer = answer.producer if answer is not None else PREFLIGHT_ONLY
        by_handler = kind != PREFLIGHT and answer is not None and answer.source_is_handler
        case.replays.append(
            Replay(row, api.name, route.key, kind, answerer, request, verdict, producer, by_handler)
        )
        case.routes.add((api.name, route.key))


def replay_case(name: str, directory: Path, prefix: str) -> CaseReplay:
    """Load, lint and simulate one case directory into replayable rows."""
    config = load_config(None, directory)
    report = engine.lint([Path(".")], config, directory)
    project = engine.load_project([Path(".")], config, directory)
    sim = Simulator(project, config)
    case = CaseReplay(name, report.findings)
    for api in project.apis:
        if not sim.is_cors_enabled(api):
            continue
        if api.kind == "http":
            case.http_apis.add(api.name)
        for route in api.routes:
            if route.method != "OPTIONS":
                route_replays(sim, api, route, case, f"{prefix}-{len(case.routes)}")
    return case


def case_dirs(shared: Path, fixtures: Path) -> list[tuple[str, Path]]:
    """Every conformance case and every fixture project, as (label, directory)."""
    dirs = [(f"conf/{d.name}", d) for d in sorted((shared).glob("*")) if d.is_dir()]
    dirs += [(f"fixt/{d.name}", d) for d in sorted(fixtures.glob("*")) if d.is_dir()]
    return dirs
