"""Serverless Framework v3 (``serverless.yml``/``.yaml``/``.json``) → model.

Models what ``serverless package`` (v3.40.0) compiles, without running it:
``http`` events become one REST API (with the framework's generated CORS
``OPTIONS`` MOCK methods, merged per path exactly as the framework merges them),
``httpApi`` events one HTTP API (with ``provider.httpApi.cors``), functions become
``Function``s keyed ``sls:<name>``, and ``resources:`` is read as CloudFormation
and merged (gateway responses that ``Ref: ApiGatewayRestApi`` join the REST API).
Variables are resolved statically (``sls_variables``); what cannot be known
stays ``Unknown``.
"""

from __future__ import annotations

import pathlib
import re

from corslint.loaders.sls_variables import Resolver
from corslint.model import (
    Api,
    Authorization,
    Function,
    HttpCors,
    InputError,
    Integration,
    IntegrationResponse,
    LoadResult,
    Mapping,
    MethodResponse,
    ReflectOrigin,
    Route,
    Unchecked,
    Unknown,
)
from corslint.record import Record, field
from corslint.source import LDict, LList, Loc, loc_of

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

SERVERLESS_NAMES = frozenset({"serverless.yml", "serverless.yaml", "serverless.json"})
DEFAULT_CORS_HEADERS = (
    "Content-Type",
    "X-Amz-Date",
    "Authorization",
    "X-Api-Key",
    "X-Amz-Security-Token",
    "X-Amz-User-Agent",
    "X-Amzn-Trace-Id",
)
IAM_HEADERS = ("authorization", "x-amz-date", "x-amz-security-token")
MOCK_TEMPLATE = "{statusCode:200}"  # verbatim, not strict JSON
ANY_METHODS = "DELETE,GET,HEAD,PATCH,POST,PUT"  # what the framework puts for ANY in ACAM
HTTP_API_METHODS = ("GET", "POST", "PUT", "PATCH", "OPTIONS", "HEAD", "DELETE")  # Set order
DEFAULT_STATUS_CODES: dict[str, str] = {
    "200": "",
    "400": r"[\s\S]*\[400\][\s\S]*",
    "401": r"[\s\S]*\[401\][\s\S]*",
    "403": r"[\s\S]*\[403\][\s\S]*",
    "404": r"[\s\S]*\[404\][\s\S]*",
    "422": r"[\s\S]*\[422\][\s\S]*",
    "500": r"[\s\S]*(Process\s?exited\s?before\s?completing\s?request|\[500\])[\s\S]*",
    "502": r"[\s\S]*\[502\][\s\S]*",
    "504": r"([\s\S]*\[504\][\s\S]*)|(.*Task timed out after \d+\.\d+ seconds$)",
}
DEFAULT_REQUEST_TEMPLATE = "(Serverless default lambda request template)"
_COGNITO_ARN = re.compile(r"^arn:[a-zA-Z-]*:cognito-idp")
_HEADER_SOURCE = re.compile(
    r"^\s*(?:method\.request\.header\.|\$request\.header\.)([^\s,]+)\s*$", re.I
)


def is_serverless_file(path: pathlib.Path) -> bool:
    """Whether ``path`` is a Serverless Framework service file."""
    return path.name in SERVERLESS_NAMES


def load_serverless(
    path: pathlib.Path, *, cwd: pathlib.Path, stage: str | None, params: dict[str, str]
) -> LoadResult:
    """The APIs and functions of one Serverless service; bad input → ``InputError``.

    ``stage`` (``--stage`` / ``serverless.stage``) overrides ``provider.stage``;
    ``params`` (``serverless.params``) win over the file's ``params:`` block.
    ``${env:X}`` is never read from this machine's environment (it is not the
    deploy's): it is its fallback when one is given, else ``Unknown``.
    """
    from corslint.loaders import datafile, rel

    file = rel(path, cwd)
    try:
        doc = datafile.load_data(path, file)
    except datafile.ParseError as exc:
        return LoadResult(errors=[InputError(file, exc.message, exc.line, exc.column)])
    if not isinstance(doc, dict):
        return LoadResult(errors=[InputError(file, "a serverless file must be a mapping", 1, 1)])
    resolver = Resolver(doc, path.parent, cwd, stage, dict(params))
    return _Service(
        resolver.resolve(doc), resolver.stage(), file, rel(path.parent, cwd), cwd
    ).load()


# ------------------------------------------------------------------ helpers


def _dict(value: Any) -> dict[Any, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _entry(parent: Any, key: Any) -> Loc | None:
    if isinstance(parent, LDict) and key in parent.key_locs:
        return parent.key_locs[key]
    return loc_of(parent.get(key) if isinstance(parent, dict) else None, parent, key)


def _truthy(value: Any) -> bool | Unknown:
    """JavaScript truthiness (``[]`` and ``{}`` are true)."""
    if isinstance(value, Unknown):
        return value
    if isinstance(value, (list, dict)):
        return True
    return bool(value)


def _js(value: Any) -> str | Unknown:
    """``String(value)`` as JavaScript prints it."""
    if isinstance(value, Unknown):
        return value
    if value is True or value is False:
        return "true" if value else "false"
    if value is None:
        return "undefined"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):
        return Unknown("a CloudFormation intrinsic or structure where a string is expected")
    return str(value)


def _union(*lists: list[Any]) -> list[Any]:
    """lodash ``_.union``: unique items in first-seen order (non-lists are skipped)."""
    out: list[Any] = []
    for items in lists:
        if isinstance(items, list):
            for item in items:
                if item not in out:
                    out.append(item)
    return out


def _quoted(items: list[Any], sep: str = ",") -> str | Unknown:
    """``'a,b'``: a static mapping of joined values, or the first Unknown."""
    texts = [_js(item) for item in items]
    for text in texts:
        if isinstance(text, Unknown):
            return text
    return "'" + sep.join(texts) + "'"  # type: ignore[arg-type]


def _identity_headers(source: Any) -> tuple[str, ...] | Unknown:
    """Header names in an identity source (comma-separated string or list), lower-case."""
    if isinstance(source, Unknown):
        return source
    items = (
        source.split(",") if isinstance(source, str) else source if isinstance(source, list) else []
    )
    out: list[str] = []
    for item in items:
        if isinstance(item, Unknown):
            return item
        match = _HEADER_SOURCE.match(item) if isinstance(item, str) else None
        if match and match.group(1).lower() not in out:
            out.append(match.group(1).lower())
    return tuple(out)


def _or(*values: Any) -> Any:
    """JavaScript ``a || b || c``: the first truthy value (an Unknown counts as one)."""
    for value in values[:-1]:
        if isinstance(value, Unknown) or value:
            return value
    return values[-1]


def _auth(
    kind: str, headers: tuple[str, ...] | Unknown, name: str | None, loc: Loc | None
) -> Authorization:
    if isinstance(headers, Unknown):
        return Authorization(headers, name=name, loc=loc)
    return Authorization(kind, headers, name=name, loc=loc)


def _text(value: Any) -> str | Unknown | None:
    if value is None or isinstance(value, (str, Unknown)):
        return value
    return _js(value)


# ------------------------------------------------------------------ CORS


class _Preflight(Record):
    """The framework's ``corsPreflight[path]`` after merging every event of the path."""

    loc: Loc | None
    headers: list[Any] = field(default_factory=list)
    methods: list[Any] = field(default_factory=list)
    origins: list[Any] = field(default_factory=list)
    origin: Any = None
    allow_credentials: Any = False
    max_age: Any = None
    cache_control: Any = None


def _event_cors(raw: Any, method: str) -> dict[str, Any]:
    """The framework's ``getCors(http)``: one event's CORS settings with defaults."""
    cors: dict[str, Any] = {
        "origin": "*",
        "methods": ["OPTIONS"],
        "headers": list(DEFAULT_CORS_HEADERS),
        "allowCredentials": False,
    }
    if not isinstance(raw, dict):
        cors["methods"].append(method)
        return cors
    if _truthy(raw.get("origins")) is True:
        del cors["origin"]
    cors.update(raw)
    methods = cors.get("methods")
    cors["methods"] = list(methods) if isinstance(methods, list) else []
    cors["allowCredentials"] = _truthy(cors.get("allowCredentials"))
    headers = cors.get("headers")
    if isinstance(headers, str) and headers:
        cors["headers"] = [headers]
    elif _truthy(headers) is False:  # an empty list is truthy in JavaScript: no headers
        cors["headers"] = list(DEFAULT_CORS_HEADERS)
    for name in ("OPTIONS", method):
        if name not in cors["methods"]:
            cors["methods"].append(name)
    return cors


def _merge_preflight(pre: _Preflight, cors: dict[str, Any]) -> None:
    """The framework's per-path merge: unions, last origin, any credentials."""
    pre.headers = _union_or_unknown(cors["headers"], pre.headers)
    pre.methods = _union(cors["methods"], pre.methods)
    pre.origins = _union_or_unknown(cors.get("origins"), pre.origins)
    pre.origin = cors.get("origin")
    credentials = cors["allowCredentials"]
    if isinstance(pre.allow_credentials, Unknown) or pre.allow_credentials is True:
        pass
    else:
        pre.allow_credentials = credentials
    if isinstance(cors.get("maxAge"), Unknown) or _truthy(cors.get("maxAge")) is True:
        pre.max_age = cors.get("maxAge")
    if isinstance(cors.get("cacheControl"), Unknown) or _truthy(cors.get("cacheControl")) is True:
        pre.cache_control = cors.get("cacheControl")


def _union_or_unknown(new: Any, old: Any) -> Any:
    if isinstance(new, Unknown):
        return new
    if isinstance(old, Unknown):
        return old
    return _union(new, old)


def _origin_mapping(origin: Any, origins: Any) -> str | Unknown | ReflectOrigin:
    """ACAO of a generated preflight: static, or reflecting one of several ``origins``."""
    if isinstance(origins, Unknown):
        return origins
    if isinstance(origin, str) and "," in origin:
        origins = [o.strip() for o in origin.split(",")]
    if origins:
        for item in origins:
            if not isinstance(item, str):
                return item if isinstance(item, Unknown) else Unknown("an origin is not a string")
        first = origins[0]
        if all(o == first for o in origins) and "*" not in first:
            return f"'{first}'"  # reflecting the only allowed origin = sending it
        return ReflectOrigin(allowlist=tuple(origins), otherwise=first)
    text = _js(origin)
    return text if isinstance(text, Unknown) else f"'{text}'"


def _preflight_route(path: str, pre: _Preflight) -> Route:
    """The OPTIONS MOCK method the framework generates for a path with ``cors``."""
    methods = _quoted(pre.methods)
    if isinstance(methods, str) and "ANY" in methods:
        methods = methods.replace("ANY", ANY_METHODS, 1)
    headers: dict[str, str | Unknown | ReflectOrigin] = {
        "Access-Control-Allow-Origin": _origin_mapping(pre.origin, pre.origins),
        "Access-Control-Allow-Headers": pre.headers
        if isinstance(pre.headers, Unknown)
        else _quoted(pre.headers),
        "Access-Control-Allow-Methods": methods,
    }
    optional = (
        ("Access-Control-Allow-Credentials", pre.allow_credentials),
        ("Access-Control-Max-Age", pre.max_age),
        ("Cache-Control", pre.cache_control),
    )
    for name, value in optional:
        if isinstance(value, Unknown):
            headers[name] = value
        elif _truthy(value) is True:
            text = _js(value)
            headers[name] = text if isinstance(text, Unknown) else f"'{text}'"
    mappings = {name: Mapping(expr, pre.loc) for name, expr in headers.items()}
    integration = Integration(
        "MOCK",
        pre.loc,
        request_templates={"application/json": MOCK_TEMPLATE},
        responses=[IntegrationResponse("200", None, mappings, pre.loc)],
    )
    declared = frozenset(name.lower() for name in headers)
    return Route(
        "OPTIONS",
        path,
        pre.loc,
        integration=integration,
        method_responses={"200": MethodResponse("200", declared, pre.loc)},
        generated="serverless-cors",
    )


# ------------------------------------------------------------------ service


class _Service:
    """One resolved ``serverless.yml`` being turned into the model."""

    def __init__(
        self, conf: LDict, stage: str | Unknown, file: str, service_dir: str, cwd: pathlib.Path
    ) -> None:
        self.conf = conf
        self.stage = stage
        self.file = file
        self.service_dir = service_dir
        self.cwd = cwd
        self.provider = _dict(conf.get("provider"))
        self.functions = _dict(conf.get("functions"))
        service = conf.get("service")
        if isinstance(service, dict):
            service = service.get("name")
        self.service = _text(service) if service is not None else Unknown("service name missing")
        self.result = LoadResult()
        self.authorizer_sources: dict[str, Any] = {}  # REST authorizer name → identity source

    def load(self) -> LoadResult:
        for name, fn in self.functions.items():
            self.result.functions[f"sls:{self.service_dir}:{name}"] = self.function(str(name), _dict(fn))
        rest = self.rest_api()
        http = self.http_api()
        self.result.apis.extend(api for api in (rest, http) if api is not None)
        self.resources(rest, http)
        return self.result

    # ---- names

    def _name(self, *parts: Any) -> str | Unknown:
        for part in parts:
            if isinstance(part, Unknown):
                return part
        return "-".join(str(p) for p in parts)

    def api_name(self, override: Any, settings: Any) -> str | Unknown:
        if override is not None:
            return _js(override)
        if _dict(settings).get("shouldStartNameWithService") is True:
            return self._name(self.service, self.stage)
        return self._name(self.stage, self.service)

    @property
    def api_loc(self) -> Loc | None:
        return _entry(self.conf, "service")

    # ---- functions

    def function(self, name: str, fn: dict[Any, Any]) -> Function:
        own_name = fn.get("name")
        env = self.environment(self.provider.get("environment"), fn.get("environment"))
        artifact = _or(
            _dict(fn.get("package")).get("artifact"),
            _dict(self.conf.get("package")).get("artifact"),
        )
        code: str | Unknown = self.service_dir
        if artifact is not None:
            code = Unknown("the function is deployed from a prebuilt package.artifact")
        image = fn.get("image") is not None
        return Function(
            key=f"sls:{self.service_dir}:{name}",
            name=_js(own_name)
            if own_name is not None
            else self._name(self.service, self.stage, name),
            loc=_entry(self.functions, name),
            runtime=None
            if image
            else _text(_or(fn.get("runtime"), self.provider.get("runtime"), "nodejs16.x")),
            handler=_text(fn.get("handler")),
            code=Unknown("the function is a container image") if image else code,
            environment=env,
            image=image,
        )

    def environment(self, *layers: Any) -> dict[str, str | Unknown] | Unknown:
        out: dict[str, str | Unknown] = {}
        for layer in layers:
            if isinstance(layer, Unknown):
                return layer
            for key, value in _dict(layer).items():
                out[str(key)] = _js(value)
        return out

    # ---- REST API

    def http_events(self) -> list[tuple[str, dict[Any, Any], Loc | None]]:
        """(function, http settings, event loc) of every ``http`` event, in order."""
        events = []
        for name, fn in self.functions.items():
            for event in _list(_dict(fn).get("events")):
                if not isinstance(event, dict) or "http" not in event:
                    continue
                http = event["http"]
                if isinstance(http, str):
                    method, _, path = http.strip().partition(" ")
                    http = LDict(
                        {"method": method, "path": path.strip()}, loc=loc_of(http, event, "http")
                    )
                if isinstance(http, dict):
                    events.append((str(name), http, loc_of(event) or _entry(event, "http")))
                else:
                    self.result.unchecked.append(
                        Unchecked(self.file, f"an http event of function {name} is not known")
                    )
        return events

    def rest_api(self) -> Api | None:
        events = self.http_events()
        if not events:
            return None
        settings = self.provider.get("apiGateway")
        name = self.api_name(self.provider.get("apiName"), settings)
        label = name if isinstance(name, str) else "rest"
        external = _dict(settings).get("restApiId")
        if external is not None:
            self.result.unchecked.append(
                Unchecked(
                    self.file,
                    f"http events attach to an existing REST API ({_js(external)}) "
                    "configured outside this service",
                    api=label,
                )
            )
            return None
        api = Api(f"sls:{self.service_dir}:rest", label, "rest", "serverless", loc=self.api_loc)
        preflights: dict[str, _Preflight] = {}
        for fn_name, http, loc in events:
            path, method = http.get("path"), http.get("method")
            if not isinstance(path, str) or not isinstance(method, str):
                self.result.unchecked.append(
                    Unchecked(
                        self.file,
                        f"{loc}: the path or method of an http event is not known",
                        api=label,
                    )
                )
                continue
            path = "/" + path.strip().strip("/")
            method = method.strip().upper()
            cors = http.get("cors")
            event_cors: dict[str, Any] | None = None
            if isinstance(cors, Unknown):
                self.result.unchecked.append(
                    Unchecked(
                        self.file,
                        f"the cors setting is not known: {cors.reason}",
                        api=label,
                        route=f"{method} {path}",
                    )
                )
            elif _truthy(cors) is True:
                event_cors = _event_cors(cors, method)
                pre = preflights.setdefault(path, _Preflight(_entry(http, "cors")))
                _merge_preflight(pre, event_cors)
            api.routes.append(self.rest_route(fn_name, http, method, path, loc, event_cors))
        for route in api.routes:
            auth = route.auth
            if isinstance(auth.type, str) and auth.name in self.authorizer_sources:
                merged = _auth(
                    auth.type,
                    _identity_headers(self.authorizer_sources[auth.name]),
                    auth.name,
                    auth.loc,
                )
                route.auth = merged
        api.routes.extend(_preflight_route(path, pre) for path, pre in preflights.items())
        return api

    def rest_route(
        self,
        fn_name: str,
        http: dict[Any, Any],
        method: str,
        path: str,
        loc: Loc | None,
        cors: dict[str, Any] | None,
    ) -> Route:
        private = http.get("private")
        request = _dict(http.get("request"))
        headers = _dict(_dict(request.get("parameters")).get("headers"))
        required = []
        for name, value in headers.items():
            flag = _dict(value).get("required", True) if isinstance(value, dict) else value
            if flag is True:
                required.append(str(name).lower())
        kind = self.integration_type(http)
        integration = Integration(
            kind, loc, function=f"sls:{self.service_dir}:{fn_name}" if kind in ("AWS", "AWS_PROXY") else None
        )
        method_responses: dict[str, MethodResponse] = {}
        if kind in ("AWS", "HTTP", "MOCK"):
            self.non_proxy(integration, http, kind, cors, method_responses, loc)
        return Route(
            method,
            path,
            loc,
            auth=self.rest_auth(http),
            api_key_required=private if isinstance(private, Unknown) else _truthy(private) is True,
            request_headers=tuple(dict.fromkeys(required)),
            integration=integration,
            method_responses=method_responses,
        )

    @staticmethod
    def integration_type(http: dict[Any, Any]) -> str | Unknown:
        value = http.get("integration")
        if isinstance(value, Unknown):
            return value
        if isinstance(value, str) and value:
            normal = value.upper().replace("-", "_", 1)
            return {"LAMBDA": "AWS", "LAMBDA_PROXY": "AWS_PROXY"}.get(normal, normal)
        if _truthy(http.get("async")) is True:
            return "AWS"
        return "AWS_PROXY"

    def non_proxy(
        self,
        integration: Integration,
        http: dict[Any, Any],
        kind: str,
        cors: dict[str, Any] | None,
        method_responses: dict[str, MethodResponse],
        loc: Loc | None,
    ) -> None:
        """Request templates, integration and method responses of AWS/HTTP/MOCK events."""
        request = _dict(http.get("request"))
        templates: dict[str, str | Unknown] = {}
        if kind == "AWS":
            templates = {
                "application/json": DEFAULT_REQUEST_TEMPLATE,
                "application/x-www-form-urlencoded": DEFAULT_REQUEST_TEMPLATE,
            }
        for content_type, template in _dict(request.get("template")).items():
            if template is None:
                templates.pop(str(content_type), None)
            else:
                templates[str(content_type)] = _or(_text(template), "")
        integration.request_templates = templates or None
        passthrough = _or(request.get("passThrough"), "NEVER" if kind == "AWS" else None)
        if isinstance(passthrough, str):
            integration.passthrough_behavior = passthrough.upper()
        elif isinstance(passthrough, Unknown):
            integration.passthrough_behavior = passthrough
        response = http.get("response")
        if response is None and kind == "AWS":
            response = {}
        if not isinstance(response, dict):
            return
        codes = response.get("statusCodes")
        if isinstance(codes, dict):
            status_codes = {str(k): _dict(v) for k, v in codes.items()}
            if not any(v.get("pattern") == "" for v in status_codes.values()):
                status_codes["200"] = {"pattern": ""}
        else:
            status_codes = {k: {"pattern": v} for k, v in DEFAULT_STATUS_CODES.items()}
        shared: dict[str, Any] = {}
        if cors is not None:
            origin = cors.get("origin")
            origins = cors.get("origins")
            if isinstance(origins, list) and origins:
                origin = _quoted(origins)
                origin = origin[1:-1] if isinstance(origin, str) else origin
            text = _js(origin)
            shared["Access-Control-Allow-Origin"] = (
                text if isinstance(text, Unknown) else f"'{text}'"
            )
            if cors.get("allowCredentials") is True:
                shared["Access-Control-Allow-Credentials"] = "true"  # verbatim: unquoted
            elif isinstance(cors.get("allowCredentials"), Unknown):
                shared["Access-Control-Allow-Credentials"] = cors["allowCredentials"]
        shared.update(_dict(response.get("headers")))
        for status, config in sorted(status_codes.items(), key=lambda item: item[0]):
            headers = {**shared, **_dict(config.get("headers"))}
            pattern = config.get("pattern")
            integration.responses.append(
                IntegrationResponse(
                    status,
                    None if pattern in (None, "") else _text(pattern),
                    {str(k): Mapping(_or(_text(v), ""), loc) for k, v in headers.items()},
                    loc,
                )
            )
            method_responses[status] = MethodResponse(
                status, frozenset(str(k).lower() for k in headers), loc
            )

    def rest_auth(self, http: dict[Any, Any]) -> Authorization:
        """The framework's ``getAuthorizer`` + ``getMethodAuthorization``.

        Authorizers are compiled once per name with the identity sources of all the
        events that use them merged (``_.merge``): ``authorizer_sources`` collects them
        and ``rest_api`` sets the identity headers once every event is read.
        """
        raw = http.get("authorizer")
        loc = _entry(http, "authorizer")
        if raw is None:
            return Authorization("NONE")
        if isinstance(raw, Unknown):
            return Authorization(raw, loc=loc)
        spec: dict[Any, Any] = {"name": raw} if isinstance(raw, str) and ":" not in raw else {}
        if isinstance(raw, str) and raw.upper() == "AWS_IAM":
            return Authorization("AWS_IAM", IAM_HEADERS, loc=loc)
        if isinstance(raw, str) and ":" in raw:
            spec = {"arn": raw}
        elif isinstance(raw, dict):
            spec = raw
        elif not spec:
            return Authorization(Unknown("the authorizer is not known"), loc=loc)
        auth_type = spec.get("type")
        if isinstance(auth_type, Unknown):
            return Authorization(auth_type, loc=loc)
        upper = auth_type.upper() if isinstance(auth_type, str) else ""
        if upper == "AWS_IAM" and spec.get("authorizerId") is None:
            return Authorization("AWS_IAM", IAM_HEADERS, loc=loc)
        source = spec.get("identitySource")
        ttl = spec.get("resultTtlInSeconds", 300) if isinstance(raw, dict) else 300
        if source is None and not (upper == "REQUEST" and ttl in (0, "0")):
            source = "method.request.header.Authorization"
        if spec.get("authorizerId") is not None:
            if upper in ("TOKEN", "REQUEST"):
                upper = "CUSTOM"
            if not upper or spec.get("identitySource") is None:
                return Authorization(
                    Unknown("an external authorizer (authorizerId) reads unknown headers"), loc=loc
                )
            return _auth(upper, _identity_headers(source), None, loc)
        arn = spec.get("arn")
        name = spec.get("name")
        if isinstance(arn, Unknown) or isinstance(name, Unknown):
            return Authorization(arn if isinstance(arn, Unknown) else name, loc=loc)  # type: ignore[arg-type]
        if not isinstance(name, str) and isinstance(arn, str):
            name = arn.split(":")[-1].split("-")[-1]  # the framework's extractAuthorizerNameFromArn
        if not isinstance(name, str):
            return Authorization(
                Unknown("the authorizer has no name the framework accepts"), loc=loc
            )
        cognito = upper == "COGNITO_USER_POOLS" or (
            isinstance(arn, str) and bool(_COGNITO_ARN.match(arn))
        )
        if source is not None or name not in self.authorizer_sources:
            self.authorizer_sources[name] = source
        return Authorization("COGNITO_USER_POOLS" if cognito else "CUSTOM", name=name, loc=loc)

    # ---- HTTP API

    def http_api(self) -> Api | None:
        settings = _dict(self.provider.get("httpApi"))
        routes: list[Route] = []
        methods: list[str] = []
        for fn_name, fn in self.functions.items():
            for event in _list(_dict(fn).get("events")):
                if not isinstance(event, dict) or "httpApi" not in event:
                    continue
                route = self.http_route(str(fn_name), event, settings)
                if route is not None:
                    routes.append(route)
                    for method in HTTP_API_METHODS if route.method == "ANY" else (route.method,):
                        if method not in methods:
                            methods.append(method)
        if not routes:
            return None
        name = self.api_name(settings.get("name"), settings)
        label = name if isinstance(name, str) else "http"
        if settings.get("id") is not None:
            self.result.unchecked.append(
                Unchecked(
                    self.file,
                    f"httpApi events attach to an existing HTTP API ({_js(settings['id'])}) "
                    "configured outside this service",
                    api=label,
                )
            )
            return None
        api = Api(
            f"sls:{self.service_dir}:http",
            label,
            "http",
            "serverless",
            loc=_entry(self.provider, "httpApi") or self.api_loc,
            routes=routes,
        )
        if "cors" in settings:
            api.cors = self.http_cors(settings, methods)
        return api

    def http_route(
        self, fn_name: str, event: dict[Any, Any], settings: dict[Any, Any]
    ) -> Route | None:
        raw = event["httpApi"]
        loc = loc_of(event)
        authorizer: Any = None
        if isinstance(raw, dict):
            method, path, authorizer = raw.get("method"), raw.get("path"), raw.get("authorizer")
        elif isinstance(raw, str) and raw.strip() == "*":
            method, path = "*", "*"
        elif isinstance(raw, str):
            method, _, path = raw.strip().partition(" ")
        else:
            method = path = None
        if (not isinstance(method, str) and path != "*") or not isinstance(path, str):
            self.result.unchecked.append(
                Unchecked(self.file, f"{loc}: an httpApi event is not known")
            )
            return None
        if path == "*":
            method, path = "ANY", "$default"
        else:
            method = str(method).upper()
            method = "ANY" if method == "*" else method
        auth = self.http_auth(
            authorizer, _dict(settings.get("authorizers")), _entry(raw, "authorizer")
        )
        return Route(
            method,
            path.strip(),
            loc,
            auth=auth,
            integration=Integration("AWS_PROXY", loc, function=f"sls:{self.service_dir}:{fn_name}"),
        )

    @staticmethod
    def http_auth(raw: Any, authorizers: dict[Any, Any], loc: Loc | None) -> Authorization:
        if raw is None:
            return Authorization("NONE")
        if isinstance(raw, Unknown):
            return Authorization(raw, loc=loc)
        spec = raw if isinstance(raw, dict) else {"name": raw}
        kind = spec.get("type")
        if kind == "aws_iam":
            return Authorization("AWS_IAM", IAM_HEADERS, loc=loc)
        if spec.get("id") is not None:
            return Authorization(
                Unknown("an external HTTP API authorizer (id) reads unknown headers"), loc=loc
            )
        name = spec.get("name")
        config = authorizers.get(name) if isinstance(name, str) else None
        if not isinstance(config, dict):
            return Authorization(Unknown(f"the authorizer {name!r} is not known"), loc=loc)
        auth_type = "CUSTOM" if config.get("type") == "request" else "JWT"
        label = _text(_or(config.get("name"), name))
        headers = _identity_headers(_or(config.get("identitySource"), []))
        return _auth(auth_type, headers, label if isinstance(label, str) else name, loc)

    def http_cors(self, settings: dict[Any, Any], methods: list[str]) -> HttpCors | Unknown | None:
        raw = settings.get("cors")
        loc = _entry(settings, "cors")
        if isinstance(raw, Unknown):
            return raw
        if _truthy(raw) is not True:
            return None
        filled = tuple(["OPTIONS"] + [m for m in methods if m != "OPTIONS"])
        if not isinstance(raw, dict):
            return HttpCors(("*",), filled, DEFAULT_CORS_HEADERS, loc=loc)
        field_locs = {
            name: _entry(raw, key)
            for key, name in (
                ("allowedOrigins", "allow_origins"),
                ("allowedHeaders", "allow_headers"),
                ("allowedMethods", "allow_methods"),
                ("allowCredentials", "allow_credentials"),
                ("exposedResponseHeaders", "expose_headers"),
                ("maxAge", "max_age"),
            )
            if key in raw
        }
        max_age = raw.get("maxAge")
        credentials = raw.get("allowCredentials")
        return HttpCors(
            allow_origins=_strings(raw.get("allowedOrigins"), ("*",)),
            allow_methods=_strings(raw.get("allowedMethods"), filled),
            allow_headers=_strings(raw.get("allowedHeaders"), DEFAULT_CORS_HEADERS),
            expose_headers=_strings(raw.get("exposedResponseHeaders"), ()),
            max_age=max_age
            if isinstance(max_age, (int, Unknown)) and not isinstance(max_age, bool)
            else None,
            allow_credentials=credentials
            if isinstance(credentials, Unknown)
            else _truthy(credentials) is True,
            loc=loc,
            field_locs={k: v for k, v in field_locs.items() if v is not None},
        )

    # ---- resources

    def resources(self, rest: Api | None, http: Api | None) -> None:
        raw = self.conf.get("resources")
        parts = raw if isinstance(raw, list) else [raw]
        doc = LDict(loc=loc_of(raw, self.conf, "resources"))
        resources = LDict(loc=doc.loc)
        for part in parts:
            if isinstance(part, Unknown):
                self.result.unchecked.append(Unchecked(self.file, f"resources: {part.reason}"))
                continue
            for key, value in _dict(part).items():
                if key == "Resources" and isinstance(value, dict):
                    resources.update(value)
                    resources.key_locs.update(getattr(value, "key_locs", {}))
                else:
                    doc[key] = value
        if not resources:
            return
        doc["Resources"] = resources
        try:
            from corslint.loaders import cloudformation
        except ImportError:  # CloudFormation support not in this build
            self.result.unchecked.append(
                Unchecked(self.file, "resources: is not read in this build")
            )
            return
        loaded = cloudformation.load_template(
            doc, file=self.file, cwd=self.cwd, source_hint="serverless"
        )
        own = {"cfn:ApiGatewayRestApi": rest, "cfn:HttpApi": http}
        for api in loaded.apis:
            target = own.get(api.key)
            if target is None:
                self.result.apis.append(api)
                continue
            target.routes.extend(api.routes)
            target.gateway_responses.update(api.gateway_responses)
            target.deployments.extend(api.deployments)
            if api.cors is not None:
                target.cors = api.cors
        self.result.functions.update(loaded.functions)
        self.result.errors.extend(loaded.errors)
        self.result.unchecked.extend(loaded.unchecked)


def _strings(value: Any, default: tuple[str, ...]) -> tuple[str, ...] | Unknown:
    """A string or list of strings (``toSet``), or the default when absent."""
    if value is None:
        return default
    if isinstance(value, Unknown):
        return value
    items = value if isinstance(value, (list, LList)) else [value]
    out: list[str] = []
    for item in items:
        text = _js(item)
        if isinstance(text, Unknown):
            return text
        if text not in out:
            out.append(text)
    return tuple(out)
