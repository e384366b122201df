"""What API Gateway answers a browser, route by route (SPEC §1.1).

``Simulator`` answers, for a route of an API and a kind of request, which
responses come back: the preflight (``OPTIONS``), the actual success, the
handler's own errors and each gateway response the route can produce. A
response is a status plus headers whose values may still depend on the
request's origin (``ReflectOrigin``) or be ``Unknown``. ``verdict`` then runs
the browser's checks (``corslint.browser``) for one concrete request.

Rules ask these questions; they never re-derive gateway behaviour from
raw configuration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corslint import browser
from corslint.config import Config
from corslint.model import (
    Api,
    Function,
    GatewayResponse,
    Header,
    HeaderValue,
    HttpCors,
    Integration,
    IntegrationResponse,
    Mapping,
    Outcome,
    Project,
    ReflectOrigin,
    Route,
    Static,
    Unknown,
)
from corslint.record import Record, Value, field, replace
from corslint.source import Loc

PREFLIGHT = "preflight"
SUCCESS = "success"
HANDLER_ERROR = "handler-error"
GATEWAY = "gateway"

ACAO = "access-control-allow-origin"
ACAC = "access-control-allow-credentials"
ACAM = "access-control-allow-methods"
ACAH = "access-control-allow-headers"
MAX_AGE = "access-control-max-age"

# Gateway response types: status and the DEFAULT_* family they fall back to.
GATEWAY_STATUS = {
    "ACCESS_DENIED": 403,
    "API_CONFIGURATION_ERROR": 500,
    "AUTHORIZER_CONFIGURATION_ERROR": 500,
    "AUTHORIZER_FAILURE": 500,
    "BAD_REQUEST_BODY": 400,
    "BAD_REQUEST_PARAMETERS": 400,
    "EXPIRED_TOKEN": 403,
    "INTEGRATION_FAILURE": 504,
    "INTEGRATION_TIMEOUT": 504,
    "INVALID_API_KEY": 403,
    "INVALID_SIGNATURE": 403,
    "MISSING_AUTHENTICATION_TOKEN": 403,
    "QUOTA_EXCEEDED": 429,
    "REQUEST_TOO_LARGE": 413,
    "RESOURCE_NOT_FOUND": 404,
    "THROTTLED": 429,
    "UNAUTHORIZED": 401,
    "UNSUPPORTED_MEDIA_TYPE": 415,
    "WAF_FILTERED": 403,
    "DEFAULT_4XX": 400,
    "DEFAULT_5XX": 500,
}
# What a Lambda proxy crash or a malformed proxy answer becomes (502). Which
# gateway response type it maps to is unconfirmed; DEFAULT_5XX applies.
LAMBDA_CRASH = "DEFAULT_5XX"
MUTATING_METHODS = frozenset({"POST", "PUT", "PATCH"})
IAM_HEADERS = ("authorization", "x-amz-date", "x-amz-security-token")
FALLBACK_ORIGIN = "https://app.example.com"
REFUSED = "refused"  # a MOCK whose request is refused for its content type (415)

_STATUS_IN_TEMPLATE = re.compile(r"""["']?statusCode["']?\s*:\s*["']?(\d{3})\b""")


class SimResponse(Value):
    """One answer the browser can get.

    ``headers`` maps lower-case names to values; ``Unknown`` when the answer's
    headers cannot be known (e.g. a handler corslint could not read).
    ``loc`` is where that answer is configured; ``cause`` says why it is what
    it is (``no-method``, ``auth``, ``api-key``, ``media-type``, ``no-response``,
    ``handler``, ``mock``, ``integration``, ``cors-config``, ``no-route``).
    """

    kind: str
    status: int | Unknown
    headers: dict[str, Header] | Unknown
    producer: str
    loc: Loc | None
    route: Route | None = None
    gateway_type: str | None = None
    cause: str | None = None
    outcome: Outcome | None = None
    via: str | None = None  # the gateway response type configured and used; None: AWS's own

    def header(self, name: str) -> Header | None:
        if isinstance(self.headers, Unknown):
            return None
        return self.headers.get(name)

    @property
    def source_is_handler(self) -> bool:
        return self.outcome is not None


# -------------------------------------------------------------- values


def mapping_value(expr: str | Unknown | ReflectOrigin) -> HeaderValue:
    """What a REST response-parameter mapping sends."""
    if isinstance(expr, (Unknown, ReflectOrigin)):
        return expr
    text = expr.strip()
    if is_quoted_literal(text):
        return Static(text[1:-1])
    if text.lower() == "method.request.header.origin":
        return ReflectOrigin(None)
    if text.startswith(("method.request.", "integration.response.", "stageVariables.", "context.")):
        return Unknown(f"the value comes from {text} at request time")
    return Unknown(f"{text!r} is not a valid mapping expression")


def is_quoted_literal(expr: str) -> bool:
    """Whether a mapping expression is a literal in single quotes (``'value'``)."""
    text = expr.strip()
    return len(text) >= 2 and text[0] == "'" and text[-1] == "'"


def origin_in(allowlist: tuple[str, ...] | None, origin: str) -> bool:
    """Whether ``origin`` is in an allowlist (exact entries and ``*`` patterns)."""
    if allowlist is None:
        return True
    for entry in allowlist:
        if entry == "*" or entry == origin:
            return True
        if "*" in entry and _glob(entry).fullmatch(origin):
            return True
    return False


def _glob(entry: str) -> re.Pattern[str]:
    """An allowlist pattern: each ``*`` stands for one or more characters."""
    return re.compile(".+".join(re.escape(part) for part in entry.split("*")))


def resolve(value: HeaderValue, origin: str) -> str | None | Unknown:
    """The concrete header value sent to a request from ``origin`` (None: not sent)."""
    if isinstance(value, Static):
        return value.value
    if isinstance(value, ReflectOrigin):
        return origin if origin_in(value.allowlist, origin) else value.otherwise
    return value


def split_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


# ----------------------------------------------------------- simulator


class Simulator(Record):
    """Answers questions about what the browser gets back from each route."""

    project: Project
    config: Config
    _cache: dict[tuple[int, str], list[SimResponse]] = field(default_factory=dict)
    _origins: dict[int, list[str]] = field(default_factory=dict)
    _requests: dict[tuple[int, str, bool | None], browser.Request | Unknown] = field(
        default_factory=dict
    )

    # ---- what the page sends

    def is_cors_enabled(self, api: Api) -> bool:
        """SPEC §1.3: anything in the API speaks CORS, or the user said so."""
        if self.config.browser or self.config.frontend_origins:
            return True
        if api.cors is not None:
            return True
        for route in api.routes:
            if route.method == "OPTIONS":
                return True
            integration = route.integration
            if isinstance(integration, Integration):
                for response in integration.responses:
                    if _speaks_cors(response.headers):
                        return True
                function = self.function(integration)
                if function is not None and _handler_speaks_cors(function):
                    return True
        return any(_speaks_cors(gr.headers) for gr in api.gateway_responses.values())

    def needs_preflight(self, api: Api, route: Route) -> bool | Unknown:
        """Whether browser clients of this route send preflights.

        An ``ANY`` method serves every method, incl. PUT/DELETE/PATCH, so it does.
        """
        if route.method == "ANY":
            return True
        request = self.request(api, route, FALLBACK_ORIGIN)
        if isinstance(request, Unknown):
            return request
        return browser.needs_preflight(request)

    def required_headers(self, api: Api, route: Route) -> list[tuple[str, str]] | Unknown:
        """The request headers a browser client of this route sends."""
        headers: list[tuple[str, str]] = []
        auth_type = route.auth.type
        if isinstance(auth_type, Unknown):
            return auth_type
        if auth_type == "AWS_IAM":
            headers += [(name, "x") for name in IAM_HEADERS]
        elif auth_type != "NONE":
            headers += [(name, "Bearer x") for name in route.auth.identity_headers or ("authorization",)]
        if isinstance(route.api_key_required, Unknown):
            return route.api_key_required
        if route.api_key_required:
            headers.append(("x-api-key", "x"))
        if route.method in MUTATING_METHODS:
            simple = route.method == "POST" and self.config.simple_post
            headers.append(("content-type", "text/plain" if simple else "application/json"))
        headers += [(name, "x") for name in route.request_headers]
        seen: set[str] = set()
        unique = []
        for name, value in headers:
            if name.lower() not in seen:
                seen.add(name.lower())
                unique.append((name.lower(), value))
        return unique

    def request(
        self, api: Api, route: Route, origin: str, credentials: bool | None = None
    ) -> browser.Request | Unknown:
        """The fetch() a browser client makes to this route (made once per route and origin)."""
        key = (id(route), origin, credentials)
        found = self._requests.get(key)
        if found is None:
            found = self._requests[key] = self._request(api, route, origin, credentials)
        return found

    def _request(
        self, api: Api, route: Route, origin: str, credentials: bool | None
    ) -> browser.Request | Unknown:
        headers = self.required_headers(api, route)
        if isinstance(headers, Unknown):
            return headers
        if credentials is None:
            credentials = self.uses_credentials(api, route)
        method = "GET" if route.method == "ANY" else route.method
        path = route.path if route.path != "$default" else "/"
        return browser.Request(
            url=f"https://{api.name}.execute-api.invalid{path}",
            origin=origin,
            method=method,
            headers=tuple(headers),
            credentials=credentials,
        )

    def uses_credentials(self, api: Api, route: Route) -> bool:
        """Whether the API means to accept credentialed requests on this route."""
        for response in [self.preflight(api, route), *self.successes(api, route)]:
            header = response.header(ACAC)
            if header is not None and isinstance(header.value, Static):
                return True
        return False

    def origins(self, api: Api) -> list[str]:
        """Origins to probe with: the configured frontends, else what the API names."""
        if self.config.frontend_origins:
            return list(self.config.frontend_origins)
        if id(api) not in self._origins:
            self._origins[id(api)] = self._named_origins(api)
        return list(self._origins[id(api)])

    def _named_origins(self, api: Api) -> list[str]:
        named: list[str] = []
        for _, response in self.responses(api):
            header = response.header(ACAO)
            if header is None:
                continue
            for origin in _named_origins(header.value):
                normal = normalise_origin(origin)
                if normal and normal not in named:
                    named.append(normal)
        if isinstance(api.cors, HttpCors) and not isinstance(api.cors.allow_origins, Unknown):
            for origin in api.cors.allow_origins:
                normal = normalise_origin(origin)
                if normal and normal not in named:
                    named.append(normal)
        return named or [FALLBACK_ORIGIN]

    def route_origin(self, api: Api, route: Route) -> str:
        """The origin a route itself means to allow (its own ACAO), else the API's first."""
        if self.config.frontend_origins:
            return self.config.frontend_origins[0]
        for response in [*self.successes(api, route), self.preflight(api, route)]:
            header = response.header(ACAO)
            if header is not None:
                for origin in _named_origins(header.value):
                    normal = normalise_origin(origin)
                    if normal:
                        return normal
        return self.origins(api)[0]

    # ---- what the gateway answers

    def function(self, integration: Integration) -> Function | None:
        key = integration.function
        if isinstance(key, str):
            return self.project.functions.get(key)
        return None

    def preflight(self, api: Api, route: Route) -> SimResponse:
        """The answer to the preflight for this route's path."""
        return self._cached(api, route, PREFLIGHT, lambda: [self._preflight(api, route)])[0]

    def successes(self, api: Api, route: Route) -> list[SimResponse]:
        """The answers to the actual request when all goes well."""
        return self._cached(api, route, SUCCESS, lambda: self._answers(api, route, SUCCESS))

    def handler_errors(self, api: Api, route: Route) -> list[SimResponse]:
        """The errors the integration itself returns (handler error paths, error mappings)."""
        return self._cached(
            api, route, HANDLER_ERROR, lambda: self._answers(api, route, HANDLER_ERROR)
        )

    def gateway_errors(self, api: Api, route: Route) -> list[SimResponse]:
        """Every gateway response this route can produce (auth, throttling, integration)."""
        return self._cached(api, route, GATEWAY, lambda: self._gateway_errors(api, route))

    def api_gateway_errors(self, api: Api) -> list[SimResponse]:
        """Gateway responses of the whole REST API, incl. those for paths nobody defined."""
        if api.kind != "rest":
            return []
        seen: dict[str, SimResponse] = {}
        seen["MISSING_AUTHENTICATION_TOKEN"] = self.gateway_response(
            api, "MISSING_AUTHENTICATION_TOKEN", None, cause="no-method"
        )
        for route in api.routes:
            for response in self.gateway_errors(api, route):
                seen.setdefault(response.gateway_type or "", response)
        return list(seen.values())

    def responses(self, api: Api) -> Iterator[tuple[Route | None, SimResponse]]:
        """Every answer any route of the API can give, each once per route."""
        for route in api.routes:
            if route.method != "OPTIONS":
                yield route, self.preflight(api, route)
            for response in (
                self.successes(api, route)
                + self.handler_errors(api, route)
                + self.gateway_errors(api, route)
            ):
                yield route, response
        for response in self.api_gateway_errors(api):
            yield None, response

    def _cached(self, api: Api, route: Route, kind: str, make) -> list[SimResponse]:  # type: ignore[no-untyped-def]
        key = (id(route), kind)
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    # ---- preflight

    def _preflight(self, api: Api, route: Route) -> SimResponse:
        if api.kind == "http":
            return self._http_preflight(api, route)
        answering = self._rest_options_method(api, route.path)
        if answering is None:
            return self.gateway_response(
                api, "MISSING_AUTHENTICATION_TOKEN", route, cause="no-method", kind=PREFLIGHT
            )
        return self._rest_answer(api, answering, PREFLIGHT)[0]

    @staticmethod
    def _rest_options_method(api: Api, path: str) -> Route | None:
        """The method that receives OPTIONS on a REST path: OPTIONS, else ANY."""
        same_path = [r for r in api.routes if r.path == path]
        for method in ("OPTIONS", "ANY"):
            for candidate in same_path:
                if candidate.method == method:
                    return candidate
        return None

    def _http_preflight(self, api: Api, route: Route) -> SimResponse:
        target = self._http_route_for(api, "OPTIONS", route.path)
        if target is None:
            if api.cors is None:
                return SimResponse(
                    PREFLIGHT, 404, {}, "HTTP API: no route matches OPTIONS", api.loc,
                    route, cause="no-route",
                )
            return SimResponse(
                PREFLIGHT, 204, self._http_cors_headers(api, preflight=True),
                "HTTP API CORS configuration (automatic preflight answer)",
                _cors_loc(api), route, cause="cors-config",
            )
        return self._http_answer(api, target, PREFLIGHT)[0]

    @staticmethod
    def _http_route_for(api: Api, method: str, path: str) -> Route | None:
        """HTTP API route selection: exact path (method, then ANY), greedy, $default."""
        exact = [r for r in api.routes if r.path == path]
        for wanted in (method, "ANY"):
            for candidate in exact:
                if candidate.method == wanted:
                    return candidate
        greedy = sorted(
            (r for r in api.routes if r.path.endswith("{proxy+}")),
            key=lambda r: -len(r.path),
        )
        for candidate in greedy:
            prefix = candidate.path[: -len("{proxy+}")]
            if path.startswith(prefix) and len(path) > len(prefix) and candidate.method in (
                method,
                "ANY",
            ):
                return candidate
        for candidate in api.routes:
            if candidate.path == "$default":
                return candidate
        return None

    # ---- answers of a method

    def _answers(self, api: Api, route: Route, kind: str) -> list[SimResponse]:
        if route.method == "OPTIONS":
            return []
        if api.kind == "http":
            return self._http_answer(api, route, kind)
        return self._rest_answer(api, route, kind)

    def _auth_failure(self, api: Api, route: Route, kind: str) -> SimResponse | None:
        """The gateway's answer when a request without credentials meets this route."""
        auth_type = route.auth.type
        if isinstance(auth_type, Unknown):
            return _unknown(kind, route, f"the authorization is unknown ({auth_type.reason})")
        if auth_type != "NONE":
            gateway_type = "MISSING_AUTHENTICATION_TOKEN" if auth_type == "AWS_IAM" else "UNAUTHORIZED"
            if api.kind == "http":
                status = 403 if auth_type == "AWS_IAM" else 401
                return SimResponse(
                    kind, status, self._http_cors_headers(api, preflight=False) if api.cors else {},
                    f"HTTP API {auth_type} authorizer rejects the request", route.auth.loc or route.loc,
                    route, cause="auth",
                )
            response = self.gateway_response(api, gateway_type, route, cause="auth", kind=kind)
            return response
        if isinstance(route.api_key_required, Unknown):
            return _unknown(kind, route, "whether an API key is required is unknown")
        if route.api_key_required and api.kind == "rest":
            return self.gateway_response(api, "INVALID_API_KEY", route, cause="api-key", kind=kind)
        return None

    def _rest_answer(self, api: Api, route: Route, kind: str) -> list[SimResponse]:
        if kind == PREFLIGHT:
            failure = self._auth_failure(api, route, kind)
            if failure is not None:
                return [failure]
        integration = route.integration
        if integration is None:
            return [self.gateway_response(api, "API_CONFIGURATION_ERROR", route, cause="no-integration", kind=kind)]
        if isinstance(integration, Unknown):
            return [_unknown(kind, route, integration.reason)]
        itype = integration.type
        if isinstance(itype, Unknown):
            return [_unknown(kind, route, itype.reason)]
        if itype in ("AWS_PROXY", "HTTP_PROXY"):
            return self._proxy_answer(api, route, integration, kind)
        return self._mapped_answer(api, route, integration, kind)

    def _mapped_answer(
        self, api: Api, route: Route, integration: Integration, kind: str
    ) -> list[SimResponse]:
        """MOCK, AWS and HTTP integrations: integration responses map the headers."""
        if kind == HANDLER_ERROR:
            return [
                self._integration_response(api, route, response, kind)
                for response in integration.responses
                if response.selection_pattern is not None
                and not isinstance(response.selection_pattern, Unknown)
                and not _is_2xx(response.status)
            ]
        status_key: str | Unknown | None = None  # None: the default response
        if integration.type == "MOCK":
            selected = _mock_status(integration)
            if selected == REFUSED:
                return [
                    self.gateway_response(
                        api, "UNSUPPORTED_MEDIA_TYPE", route, cause="media-type", kind=kind,
                        producer=(
                            f"{route.key} MOCK integration (passthrough {integration.passthrough_behavior}"
                            ", no application/json request template)"
                        ),
                        loc=integration.loc,
                    )
                ]
            status_key = selected
        if isinstance(status_key, Unknown):
            return [_unknown(kind, route, status_key.reason, loc=integration.loc)]
        chosen = _select_response(integration.responses, status_key)
        if isinstance(chosen, Unknown):
            return [_unknown(kind, route, chosen.reason, loc=integration.loc)]
        if chosen is None:
            return [
                self.gateway_response(
                    api, "API_CONFIGURATION_ERROR", route, cause="no-response", kind=kind,
                    producer=(
                        f"no integration response of the {integration.type} integration matches "
                        f"status {status_key or 'default'}"
                    ),
                    loc=integration.loc,
                )
            ]
        return [self._integration_response(api, route, chosen, kind)]

    def _integration_response(
        self, api: Api, route: Route, response: IntegrationResponse, kind: str
    ) -> SimResponse:
        status: int | Unknown
        if isinstance(response.status, Unknown):
            status = response.status
        else:
            try:
                status = int(response.status)
            except ValueError:
                status = Unknown(f"status {response.status!r} is not a number")
        declared = None
        if not isinstance(response.status, Unknown):
            method_response = route.method_responses.get(str(response.status))
            declared = method_response.headers if method_response is not None else frozenset()
        headers: dict[str, Header] = {}
        for name, mapping in response.headers.items():
            if isinstance(declared, frozenset) and name.lower() not in declared:
                continue  # an undeclared mapping is never sent (CORS013)
            headers[name.lower()] = Header(mapping_value(mapping.expr), mapping.loc)
        itype = route.integration.type if isinstance(route.integration, Integration) else "?"
        return SimResponse(
            kind, status, headers,
            f"{route.key} {itype} integration response {response.status}",
            response.loc or route.loc, route, cause="mock" if itype == "MOCK" else "integration",
        )

    def _proxy_answer(
        self, api: Api, route: Route, integration: Integration, kind: str
    ) -> list[SimResponse]:
        function = self.function(integration)
        reason = _unreadable(integration, function)
        if reason is not None or function is None:
            return [_unknown(kind, route, reason or "the handler is unknown", loc=integration.loc)]
        behaviour = function.behaviour
        assert behaviour is not None and not isinstance(behaviour, Unknown)
        wanted = {
            PREFLIGHT: ("options",),
            SUCCESS: ("success",),
            HANDLER_ERROR: ("error", "exception"),
        }[kind]
        outcomes = [o for o in behaviour.outcomes if o.kind in wanted]
        if kind == PREFLIGHT and not outcomes:
            outcomes = _preflight_outcomes(behaviour.outcomes)
        answers = []
        for outcome in outcomes:
            if outcome.kind == "exception" and not outcome.headers and outcome.note == "lambda-error":
                answers.append(
                    self.gateway_response(
                        api, LAMBDA_CRASH, route, cause="handler", kind=kind,
                        producer="the function raises: API Gateway answers 502",
                        status=502, loc=outcome.loc,
                    )
                )
                continue
            answers.append(
                SimResponse(
                    kind, outcome.status, dict(outcome.headers),
                    f"{route.key} handler ({outcome.kind}{': ' + outcome.note if outcome.note else ''})",
                    outcome.loc, route, cause="handler", outcome=outcome,
                )
            )
        return answers

    def _http_answer(self, api: Api, route: Route, kind: str) -> list[SimResponse]:
        if kind == PREFLIGHT:
            failure = self._auth_failure(api, route, kind)
            if failure is not None:
                return [failure]
        integration = route.integration
        if isinstance(integration, Unknown) or integration is None:
            reason = integration.reason if isinstance(integration, Unknown) else "the route has no integration"
            return [_unknown(kind, route, reason)]
        answers = self._proxy_answer(api, route, integration, kind)
        if api.cors is None:
            return answers
        # With a CORS configuration API Gateway drops the backend's CORS headers
        # and adds its own (CORS-REFERENCE §3).
        cors_headers = self._http_cors_headers(api, preflight=kind == PREFLIGHT)
        merged = []
        for answer in answers:
            base = {} if isinstance(answer.headers, Unknown) else {
                name: header for name, header in answer.headers.items()
                if not name.startswith("access-control-")
            }
            if isinstance(cors_headers, Unknown):
                headers: dict[str, Header] | Unknown = cors_headers
            else:
                headers = {**base, **cors_headers}
            merged.append(replace(answer, headers=headers))
        return merged

    def _http_cors_headers(self, api: Api, preflight: bool) -> dict[str, Header] | Unknown:
        cors = api.cors
        if isinstance(cors, Unknown):
            return cors
        assert cors is not None
        headers: dict[str, Header] = {}
        origins = cors.allow_origins
        if isinstance(origins, Unknown):
            headers[ACAO] = Header(origins, cors.loc_for("allow_origins"))
        elif origins:
            credentials = cors.allow_credentials
            if "*" in origins and (credentials is False or isinstance(credentials, Unknown)):
                value: HeaderValue = Static("*")
            elif "*" in origins:
                value = Static("*")  # AWS rejects this configuration (CORS030)
            else:
                value = ReflectOrigin(tuple(origins))
            headers[ACAO] = Header(value, cors.loc_for("allow_origins"))
        credentials = cors.allow_credentials
        if isinstance(credentials, Unknown):
            headers[ACAC] = Header(credentials, cors.loc_for("allow_credentials"))
        elif credentials:
            headers[ACAC] = Header(Static("true"), cors.loc_for("allow_credentials"))
        if preflight:
            for name, field_name, values in (
                (ACAM, "allow_methods", cors.allow_methods),
                (ACAH, "allow_headers", cors.allow_headers),
            ):
                if isinstance(values, Unknown):
                    headers[name] = Header(values, cors.loc_for(field_name))
                elif values:
                    headers[name] = Header(Static(",".join(values)), cors.loc_for(field_name))
            if isinstance(cors.max_age, Unknown):
                headers[MAX_AGE] = Header(cors.max_age, cors.loc_for("max_age"))
            elif cors.max_age is not None and cors.max_age >= 0:
                headers[MAX_AGE] = Header(Static(str(cors.max_age)), cors.loc_for("max_age"))
        elif not isinstance(cors.expose_headers, Unknown) and cors.expose_headers:
            headers["access-control-expose-headers"] = Header(
                Static(",".join(cors.expose_headers)), cors.loc_for("expose_headers")
            )
        return headers

    # ---- gateway responses

    def gateway_response(
        self,
        api: Api,
        gateway_type: str,
        route: Route | None,
        *,
        cause: str,
        kind: str = GATEWAY,
        producer: str | None = None,
        status: int | None = None,
        loc: Loc | None = None,
    ) -> SimResponse:
        """The gateway response of ``gateway_type``: its own, else DEFAULT_4XX/5XX, else AWS's."""
        base_status = status or GATEWAY_STATUS.get(gateway_type, 500)
        family = "DEFAULT_4XX" if base_status < 500 else "DEFAULT_5XX"
        configured: GatewayResponse | None = api.gateway_responses.get(gateway_type)
        used = gateway_type
        if configured is None:
            configured = api.gateway_responses.get(family)
            used = family
        what = producer or f"gateway response {gateway_type}"
        if configured is None:
            return SimResponse(
                kind, base_status, {}, f"{what} (API Gateway's default, no CORS headers)",
                loc or api.loc, route, gateway_type, cause,
            )
        headers = {
            name.lower(): Header(mapping_value(m.expr), m.loc) for name, m in configured.headers.items()
        }
        final_status: int | Unknown = base_status
        if isinstance(configured.status, Unknown):
            final_status = configured.status
        elif configured.status:
            try:
                final_status = int(configured.status)
            except ValueError:
                final_status = Unknown(f"status {configured.status!r} is not a number")
        via = "" if used == gateway_type else f" via {used}"
        return SimResponse(
            kind, final_status, headers, f"{what}{via}", loc or configured.loc or api.loc, route,
            gateway_type, cause, via=used,
        )

    def _gateway_errors(self, api: Api, route: Route) -> list[SimResponse]:
        if api.kind != "rest" or route.method == "OPTIONS":
            return []
        types = ["THROTTLED"]
        auth_type = route.auth.type
        if isinstance(auth_type, str):
            if auth_type in ("COGNITO_USER_POOLS", "CUSTOM"):
                types += ["UNAUTHORIZED", "ACCESS_DENIED"]
            if auth_type == "CUSTOM":
                types.append("AUTHORIZER_FAILURE")
            if auth_type == "AWS_IAM":
                types += ["MISSING_AUTHENTICATION_TOKEN", "INVALID_SIGNATURE", "ACCESS_DENIED"]
        if route.api_key_required is True:
            types += ["INVALID_API_KEY", "QUOTA_EXCEEDED"]
        integration = route.integration
        if isinstance(integration, Integration) and integration.type != "MOCK":
            types += ["INTEGRATION_FAILURE", "INTEGRATION_TIMEOUT"]
            if integration.type == "AWS_PROXY":
                return [
                    *(self.gateway_response(api, t, route, cause="gateway") for t in types),
                    self.gateway_response(
                        api, LAMBDA_CRASH, route, cause="handler", status=502,
                        producer="Lambda error or malformed proxy answer (502)",
                    ),
                ]
        return [self.gateway_response(api, t, route, cause="gateway") for t in types]

    # ---- the browser's verdict

    def verdict(
        self, request: browser.Request, response: SimResponse, *, preflight: bool
    ) -> browser.Verdict | Unknown:
        """The browser's check of one response, or Unknown when it rests on an unknown."""
        if isinstance(response.headers, Unknown):
            return response.headers
        relevant = [ACAO]
        if request.credentials:
            relevant.append(ACAC)
        if preflight:
            relevant += [ACAM, ACAH]
            if isinstance(response.status, Unknown):
                return response.status
        concrete: dict[str, str | None] = {}
        for name, header in response.headers.items():
            value = resolve(header.value, request.origin)
            if isinstance(value, Unknown):
                if name in relevant:
                    return value
                continue
            concrete[name] = value
        status = response.status if isinstance(response.status, int) else 200
        if preflight:
            return browser.check_preflight(request, status, concrete)
        return browser.check_response(request, status, concrete)


# -------------------------------------------------------------- helpers


def _unknown(kind: str, route: Route | None, reason: str, loc: Loc | None = None) -> SimResponse:
    return SimResponse(kind, Unknown(reason), Unknown(reason), reason, loc or (route.loc if route else None), route, cause="unknown")


def _unreadable(integration: Integration, function: Function | None) -> str | None:
    if integration.type == "HTTP_PROXY":
        return "an HTTP backend answers; its headers are not in this repository"
    if isinstance(integration.function, Unknown):
        return integration.function.reason
    if function is None:
        return "the Lambda function is not defined in the linted files"
    if function.image:
        return f"{function.name} is an image-based Lambda; its code is not read"
    if isinstance(function.behaviour, Unknown):
        return function.behaviour.reason
    if function.behaviour is None:
        return f"the handler code of {function.name} was not analysed"
    return None


def _preflight_outcomes(outcomes: list[Outcome]) -> list[Outcome]:
    """What a handler without an OPTIONS branch answers a preflight.

    Like any request: its successes. But when every success sits behind a test
    of another method (``if method == "PUT"``), the preflight can only end on
    the paths that remain, such as a 405.
    """
    reachable = [o for o in outcomes if o.preflight is not False]
    successes = [o for o in reachable if o.kind == "success"]
    if successes:
        return successes
    if any(o.kind == "success" for o in outcomes):
        return [o for o in reachable if o.kind == "error"]
    return []


def _speaks_cors(headers: dict[str, Mapping]) -> bool:
    return any(name.lower().startswith("access-control-") for name in headers)


def _handler_speaks_cors(function: Function) -> bool:
    behaviour = function.behaviour
    if behaviour is None or isinstance(behaviour, Unknown):
        return False
    if behaviour.framework:
        return True
    return any(
        name.startswith("access-control-") for o in behaviour.outcomes for name in o.headers
    )


def _cors_loc(api: Api) -> Loc | None:
    return api.cors.loc if isinstance(api.cors, HttpCors) else api.loc


def _is_2xx(status: str | Unknown) -> bool:
    return isinstance(status, str) and status.startswith("2")


def _mock_status(integration: Integration) -> str | None | Unknown:
    """The status a MOCK's request template selects (None: the default response).

    ``REFUSED`` means API Gateway refuses the request (415) before the mock runs:
    a preflight has no body and is matched against the ``application/json`` template.
    """
    templates = integration.request_templates
    passthrough = integration.passthrough_behavior
    if isinstance(templates, Unknown):
        return templates
    if not templates:
        if passthrough == "NEVER":
            return REFUSED
        return None
    template = templates.get("application/json")
    if template is None:
        if passthrough in ("NEVER", "WHEN_NO_TEMPLATES"):
            return REFUSED
        return None
    if isinstance(template, Unknown):
        return template
    match = _STATUS_IN_TEMPLATE.search(template)
    if match:
        return match.group(1)
    if "statusCode" in template:
        return Unknown("the MOCK template computes its status code")
    return None


def _select_response(
    responses: list[IntegrationResponse], status: str | None
) -> IntegrationResponse | Unknown | None:
    """API Gateway's choice of integration response for a status (None: default)."""
    default = None
    for response in responses:
        pattern = response.selection_pattern
        if isinstance(pattern, Unknown):
            return pattern
        if pattern is None or pattern == "":
            default = default or response
            continue
        if status is not None:
            try:
                if re.fullmatch(pattern, status):
                    return response
            except re.error:
                continue
    return default


def _named_origins(value: HeaderValue) -> list[str]:
    if isinstance(value, Static):
        if value.value in ("*", "null"):
            return []
        return split_list(value.value.replace(" ", ","))
    if isinstance(value, ReflectOrigin):
        names = [o for o in value.allowlist or () if o not in ("*", "null") and "*" not in o]
        if value.otherwise and value.otherwise not in ("*", "null"):
            names.append(value.otherwise)
        return names
    return []


def normalise_origin(origin: str) -> str | None:
    """The serialised origin a browser would send for what the config names, or None."""
    text = origin.strip()
    scheme, sep, rest = text.partition("://")
    if not sep or not scheme or not rest or "*" in text:
        return None
    host = rest.split("/", 1)[0]
    scheme = scheme.lower()
    host = host.lower()
    if (scheme == "https" and host.endswith(":443")) or (scheme == "http" and host.endswith(":80")):
        host = host.rsplit(":", 1)[0]
    return f"{scheme}://{host}"
