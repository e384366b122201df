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
FOREIGN_ORIGIN = "https://elsewhere.example.net"  # an origin no case allows
UNKNOWN_PATH = "GET /corslint-no-such-path"  # the route key of unknown-path exchanges
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
    extra: bool = False  # from another origin than the route's: checked for the verdict only


@dataclass
class CaseReplay:
    """Everything replayable in one case, plus the lint report."""

    name: str
    prefix: str  # row ids start with it
    findings: list[Finding]
    replays: list[Replay] = field(default_factory=list)
    routes: set[tuple[str, str]] = field(default_factory=set)
    unchecked: set[str] = field(default_factory=set)  # what was not replayable, and why
    http_apis: set[str] = field(default_factory=set)  # AWS rejects CORS030 on these
    keys: set[tuple[object, ...]] = field(default_factory=set)


def concrete(response: SimResponse, origin: str, relevant: tuple[str, ...]) -> Headers | None:
    """Header lines the answer sends to ``origin``, with ACAO mapped to the harness
    origin; None when its headers or a relevant header's value are Unknown."""
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
    """corslint's verdict on the exchange and the kind of answer that decides it
    (``pre`` None: no preflight, or an assumed one that passes)."""
    if pre is not None:
        first = sim.verdict(request, pre, preflight=True)
        if isinstance(first, Unknown) or not first.allowed or actual is None:
            return first, PREFLIGHT
    assert actual is not None
    return sim.verdict(request, actual, preflight=False), actual.kind


def passing_preflight(request: browser.Request) -> tuple[int, Headers]:
    """A preflight answer that lets ``request`` through (to check actual answers alone)."""
    lines: list[tuple[str, str]] = [(ACAO, ORIGIN_TOKEN), (ACAM, request.normalised_method)]
    if request.credentials:
        lines.append((ACAC, "true"))
    if request.unsafe_header_names():
        lines.append((ACAH, ",".join(request.unsafe_header_names())))
    return 204, tuple(lines)


@dataclass(frozen=True)
class Probe:
    """One request of a route (or of an unknown path) from one origin."""

    case: CaseReplay
    sim: Simulator
    api: Api
    route_key: str
    request: browser.Request
    extra: bool = False  # not the route's own origin: checked for the verdict only

    def add(
        self,
        pre: SimResponse | None,
        pre_row: tuple[int, Headers] | None,
        answer: SimResponse | None,
        actual: tuple[int, Headers],
    ) -> None:
        """Add one exchange (``pre`` None with a ``pre_row``: an assumed passing preflight;
        ``answer`` None: a passing stand-in for unknown actual answers)."""
        case, request = self.case, self.request
        key = (self.api.name, self.route_key, request.origin, pre_row, actual)
        if key in case.keys:
            return  # e.g. several gateway types that send the same answer
        case.keys.add(key)
        verdict, kind = combined_verdict(self.sim, request, pre, answer)
        if isinstance(verdict, Unknown):
            case.unchecked.add(f"{self.route_key}: verdict unknown ({verdict.reason})")
            return
        note = f"{self.api.name} {self.route_key} {answer.kind if answer else PREFLIGHT_ONLY}"
        if self.extra:
            note += f" from {request.origin}"
        if pre is None and pre_row is not None:
            note += " (passing preflight assumed)"
        row = Row(
            id=f"{case.prefix}-{len(case.replays)}",
            method=request.method,
            headers=request.headers,
            credentials=request.credentials,
            preflight=pre_row,
            actual=actual,
            note=note,
        )
        case.replays.append(
            Replay(
                row=row,
                api=self.api.name,
                route=self.route_key,
                kind=kind,
                answerer=pre.route.key if pre is not None and pre.route is not None else None,
                request=request,
                verdict=verdict,
                producer=answer.producer if answer is not None else PREFLIGHT_ONLY,
                source_is_handler=kind != PREFLIGHT and answer is not None
                and answer.source_is_handler,
                extra=self.extra,
            )
        )
        if not self.extra and self.route_key != UNKNOWN_PATH:
            case.routes.add((self.api.name, self.route_key))


def route_replays(
    sim: Simulator, api: Api, route: Route, case: CaseReplay, origin: str | None = None
) -> None:
    """Add the replayable exchanges of one route to ``case`` (from the route's own origin
    unless ``origin`` is given).

    A preflighted route is replayed with its simulated preflight before each actual
    answer; when that preflight blocks (or is unknown) each actual answer is also
    replayed behind a passing preflight, so it is checked on its own.
    """
    extra = origin is not None
    origin = origin or sim.route_origin(api, route)
    request = sim.request(api, route, origin)
    if isinstance(request, Unknown):
        case.unchecked.add(f"{route.key}: request unknown ({request.reason})")
        return
    probe = Probe(case, sim, api, route.key, request, extra)
    creds = (ACAC,) if request.credentials else ()
    answers: list[tuple[SimResponse, tuple[int, Headers]]] = []
    for answer in (
        sim.successes(api, route) + sim.handler_errors(api, route) + sim.gateway_errors(api, route)
    ):
        lines = concrete(answer, origin, (ACAO, *creds))
        if lines is None:
            case.unchecked.add(f"{route.key}: {answer.kind} unknown ({answer.producer})")
            continue
        answers.append((answer, (answer.status if isinstance(answer.status, int) else 200, lines)))
    if not browser.needs_preflight(request):
        for answer, actual in answers:
            probe.add(None, None, answer, actual)
        return
    pre = sim.preflight(api, route)
    pre_lines = concrete(pre, origin, (ACAO, *creds, ACAM, ACAH, "location"))
    blocks = True
    if pre_lines is None or isinstance(pre.status, Unknown):
        case.unchecked.add(f"{route.key}: preflight unknown ({pre.producer})")
    else:
        verdict = sim.verdict(request, pre, preflight=True)
        blocks = isinstance(verdict, Unknown) or not verdict.allowed
        good: Headers = ((ACAO, ORIGIN_TOKEN),) + (((ACAC, "true"),) if creds else ())
        if not answers:
            probe.add(pre, (pre.status, pre_lines), None, (200, good))
        for answer, actual in answers:
            probe.add(pre, (pre.status, pre_lines), answer, actual)
    if blocks:
        for answer, actual in answers:
            probe.add(None, passing_preflight(request), answer, actual)


def unknown_path_replays(sim: Simulator, api: Api, case: CaseReplay) -> None:
    """A simple GET to a path no route defines (REST: MISSING_AUTHENTICATION_TOKEN)."""
    routes = [r for r in api.routes if r.method != "OPTIONS"]
    origin = sim.origins(api)[0]
    request = browser.Request(
        url=f"https://{api.name}.execute-api.invalid/corslint-no-such-path",
        origin=origin,
        credentials=any(sim.uses_credentials(api, r) for r in routes),
    )
    probe = Probe(case, sim, api, UNKNOWN_PATH, request)
    creds = (ACAC,) if request.credentials else ()
    for answer in sim.api_gateway_errors(api):
        lines = concrete(answer, origin, (ACAO, *creds))
        if answer.route is not None or lines is None:
            continue  # per-route answers are replayed with their route
        status = answer.status if isinstance(answer.status, int) else 200
        probe.add(None, None, answer, (status, lines))


def replay_case(name: str, directory: Path, prefix: str) -> CaseReplay:
    """Load, lint and simulate one case directory into replayable rows."""
    config = load_config(None, directory)
    report = engine.lint([Path(".")], config, directory)
    project = engine.load_project([Path(".")], config, directory)
    sim = Simulator(project, config)
    case = CaseReplay(name, prefix, report.findings)
    for api in project.apis:
        if not sim.is_cors_enabled(api):
            continue
        if api.kind == "http":
            case.http_apis.add(api.name)
        for route in api.routes:
            if route.method == "OPTIONS":
                continue
            route_replays(sim, api, route, case)
            for origin in [*sim.origins(api), FOREIGN_ORIGIN]:
                if origin != sim.route_origin(api, route):
                    route_replays(sim, api, route, case, origin)
        unknown_path_replays(sim, api, case)
    return case


def case_dirs(shared: Path, fixtures: Path) -> list[tuple[str, Path]]:
    """Every conformance case and every fixture project, as (label, directory)."""
    dirs = [(f"conf/{d.name}", d) for d in sorted(shared.glob("*")) if d.is_dir()]
    dirs += [(f"fixt/{d.name}", d) for d in sorted(fixtures.glob("*")) if d.is_dir()]
    return dirs
