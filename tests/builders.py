"""Small builders for hand-made models in tests."""

from __future__ import annotations

from corslint.config import Config
from corslint.model import (
    Api,
    Authorization,
    GatewayResponse,
    Integration,
    IntegrationResponse,
    Mapping,
    MethodResponse,
    Project,
    Route,
)
from corslint.rulekit import Context
from corslint.simulate import Simulator
from corslint.source import Loc


def loc(line: int) -> Loc:
    return Loc("api.tf", line, 1)


def mock(status_template: str | None = '{"statusCode": 200}', responses=None, passthrough="WHEN_NO_MATCH"):
    templates = None if status_template is None else {"application/json": status_template}
    return Integration(
        "MOCK", loc(50), templates, passthrough, list(responses or []),
    )


def cors_response(status="200", pattern=None, **headers: str) -> IntegrationResponse:
    return IntegrationResponse(
        status,
        pattern,
        {name.replace("_", "-"): Mapping(value, loc(60)) for name, value in headers.items()},
        loc(58),
    )


def declared(status="200", *names: str) -> dict[str, MethodResponse]:
    return {status: MethodResponse(status, frozenset(n.lower() for n in names), loc(55))}


def options_route(path="/items", auth="NONE", **headers: str) -> Route:
    response = cors_response(**headers)
    return Route(
        "OPTIONS",
        path,
        loc(40),
        Authorization(auth),
        integration=mock(responses=[response]),
        method_responses=declared("200", *response.headers),
    )


def route(method: str, path: str, *, auth="NONE", integration=None, line=20, **kw) -> Route:
    identity = ("authorization",) if auth not in ("NONE", "AWS_IAM") else ()
    return Route(method, path, loc(line), Authorization(auth, identity), integration=integration, **kw)


def gateway(type_: str, **headers: str) -> GatewayResponse:
    return GatewayResponse(
        type_, None,
        {name.replace("_", "-"): Mapping(v, loc(80)) for name, v in headers.items()},
        loc(78),
    )


def rest_api(*routes: Route, gateway_responses=(), name="api") -> Api:
    return Api(
        f"test:{name}", name, "rest", "terraform", loc(1), list(routes),
        {g.type: g for g in gateway_responses},
    )


def context(*apis: Api, config: Config | None = None) -> Context:
    config = config or Config()
    project = Project(apis=list(apis))
    return Context(project, Simulator(project, config), config)
