"""AWS SAM templates → model, expanded the way aws-sam-translator 1.110.0 does it.

The expansion is written here rather than run through the translator, so every
element keeps the line where the user wrote it: a generated CORS preflight
points at the ``Cors`` property that produced it, its header mappings at the
``Cors`` field they copy (verbatim, as SAM copies them), a default authorizer
at ``DefaultAuthorizer``. ``tests/loaders/test_sam.py`` proves the expansion
equal to the translator's output on every fixture.
"""

from __future__ import annotations

import os
import pathlib

from corslint.loaders.cloudformation import (
    IAM_HEADERS,
    Template,
    entry,
    environment,
    function_of,
    http_cors,
    included,
    prepare_body,
    props,
    read_local,
)
from corslint.loaders.intrinsics import intrinsic, reference
from corslint.model import (
    Api,
    Authorization,
    Function,
    GatewayResponse,
    HttpCors,
    Integration,
    IntegrationResponse,
    LoadResult,
    Mapping,
    MethodResponse,
    Route,
    Unchecked,
    Unknown,
)
from corslint.record import Record, field
from corslint.source import LDict, LList, Loc

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

ALL_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")
CORS_TEMPLATE = '{\n  "statusCode" : 200\n}\n'
IMPLICIT_REST = "ServerlessRestApi"
IMPLICIT_HTTP = "ServerlessHttpApi"
REST_TYPE = "AWS::Serverless::Api"
HTTP_TYPE = "AWS::Serverless::HttpApi"
FUNCTION_TYPE = "AWS::Serverless::Function"


def load_sam(doc: LDict, *, file: str, cwd: pathlib.Path, source: str = "sam") -> LoadResult:
    """The APIs and functions of a SAM template (plain CloudFormation parts included)."""
    return Sam(doc, file, cwd, source).load()


def merge(base: Any, own: Any) -> Any:
    """SAM ``Globals`` merging: maps merge, lists concatenate, scalars are overridden."""
    if isinstance(base, dict) and isinstance(own, dict) and intrinsic(own) is None:
        out = LDict(loc=getattr(own, "loc", None) or getattr(base, "loc", None))
        out.key_locs = {**getattr(base, "key_locs", {}), **getattr(own, "key_locs", {})}
        for key in [*base, *(k for k in own if k not in base)]:
            out[key] = (
                merge(base[key], own[key])
                if key in own and key in base
                else own.get(key, base.get(key))
            )
        return out
    if isinstance(base, list) and isinstance(own, list):
        return LList([*base, *own], loc=getattr(own, "loc", None))
    return own


def _dict(value: Any) -> dict[Any, Any]:
    return value if isinstance(value, dict) else {}


class ApiSpec(Record):
    """One REST or HTTP API being assembled: its merged properties and routes."""

    logical_id: str
    kind: str
    props: dict[str, Any]
    loc: Loc | None
    routes: dict[tuple[str, str], Route] = field(default_factory=dict)
    explicit_auth: set[tuple[str, str]] = field(
        default_factory=set
    )  # event set its own Auth.Authorizer
    explicit_key: set[tuple[str, str]] = field(default_factory=set)  # event set Auth.ApiKeyRequired
    gateway_responses: dict[str, GatewayResponse] = field(default_factory=dict)  # from the body
    cors: HttpCors | Unknown | None = None  # x-amazon-apigateway-cors of the body


class Sam:
    """One SAM template being expanded into the model."""

    def __init__(self, doc: LDict, file: str, cwd: pathlib.Path, source: str) -> None:
        self.doc = doc
        self.file = file
        self.cwd = cwd
        self.source = source
        self.base = Template(doc, file, source, cwd)  # plain CloudFormation resources
        self.ev = self.base.ev
        self.resources = self.base.resources
        self.locs = self.base.locs
        self.globals = _dict(doc.get("Globals"))
        self.result = LoadResult()
        self.apis: dict[str, ApiSpec] = {}

    def glob(self, section: str) -> dict[str, Any]:
        return _dict(self.globals.get(section))

    def load(self) -> LoadResult:
        plain = self.base.load()
        for logical_id, resource in self.base.of_type(FUNCTION_TYPE):
            self.result.functions[f"cfn:{logical_id}"] = self.function(logical_id, resource)
        for logical_id, resource in self.base.of_type(REST_TYPE):
            self.declare(
                logical_id, "rest", merge(self.glob("Api"), props(resource)), self.locs[logical_id]
            )
        for logical_id, resource in self.base.of_type(HTTP_TYPE):
            self.declare(
                logical_id,
                "http",
                merge(self.glob("HttpApi"), props(resource)),
                self.locs[logical_id],
            )
        for spec in self.apis.values():
            self.definition(spec)
        for logical_id, resource in self.base.of_type(FUNCTION_TYPE):
            self.events(logical_id, resource)
        for spec in self.apis.values():
            if spec.kind == "rest":
                self.rest_cors(spec)
                self.rest_auth(spec)
            else:
                self.http_auth(spec)
            self.result.apis.append(self.finish(spec))
        # Plain CloudFormation parts; those attached to a SAM API merge into it.
        by_key = {api.key: api for api in self.result.apis}
        for api in plain.apis:
            mine = by_key.get(api.key)
            if mine is None:
                self.result.apis.append(api)
                continue
            mine.routes.extend(api.routes)
            mine.gateway_responses.update(api.gateway_responses)
            mine.deployments.extend(api.deployments)
        self.result.functions.update(plain.functions)
        self.result.unchecked.extend(plain.unchecked)
        self.result.errors.extend(plain.errors)
        return self.result

    # ---- APIs

    def declare(self, logical_id: str, kind: str, properties: Any, loc: Loc | None) -> ApiSpec:
        spec = ApiSpec(logical_id, kind, properties if isinstance(properties, dict) else {}, loc)
        self.apis[logical_id] = spec
        return spec

    def implicit(self, kind: str, loc: Loc | None) -> ApiSpec:
        """``ServerlessRestApi``/``ServerlessHttpApi``, created by the first event that needs it."""
        logical_id = IMPLICIT_REST if kind == "rest" else IMPLICIT_HTTP
        spec = self.apis.get(logical_id)
        if spec is None:
            section = "Api" if kind == "rest" else "HttpApi"
            where = entry(self.globals, section) or loc
            spec = self.declare(logical_id, kind, merge(self.glob(section), LDict()), where)
            self.definition(spec)
        return spec

    def definition(self, spec: ApiSpec) -> None:
        """Routes from ``DefinitionBody`` or a local ``DefinitionUri`` file."""
        p = spec.props
        if p.get("DefinitionBody") is not None:
            body, why = included(p["DefinitionBody"], self.file, self.cwd)
        elif p.get("DefinitionUri") is not None:
            self.inline_only(spec)
            body, why = read_local(self.ev.value(p["DefinitionUri"]), self.file, self.cwd)
        else:
            return
        if why is not None:
            self.result.unchecked.append(
                Unchecked(self.file, f"the API definition: {why}", api=spec.logical_id)
            )
        if body is None:
            return
        prepared = prepare_body(body, self.ev)
        if not isinstance(prepared, LDict):
            self.result.unchecked.append(
                Unchecked(self.file, "DefinitionBody is not known", api=spec.logical_id)
            )
            return
        from corslint.loaders.openapi import api_from_openapi

        loaded = api_from_openapi(
            prepared, file=self.file, key=f"cfn:{spec.logical_id}", source=self.source
        )
        for api in loaded.apis:
            if spec.kind == "http":
                spec.cors = api.cors
            for route in api.routes:
                spec.routes[(route.method, route.path)] = route
            spec.gateway_responses.update(api.gateway_responses)
        self.result.unchecked.extend(loaded.unchecked)
        self.result.errors.extend(loaded.errors)

    def inline_only(self, spec: ApiSpec) -> None:
        """Drop what SAM only adds to an inline ``DefinitionBody``; the translator rejects it."""
        wanted = (
            ("Cors", "Auth", "GatewayResponses")
            if spec.kind == "rest"
            else ("CorsConfiguration", "Auth")
        )
        props = dict(spec.props)
        for key in wanted:
            if key in props:
                del props[key]
                self.result.unchecked.append(
                    Unchecked(
                        self.file,
                        f"aws-sam-translator rejects {key} with DefinitionUri: it works only with "
                        "an inline DefinitionBody",
                        api=spec.logical_id,
                    )
                )
        spec.props = props

    def finish(self, spec: ApiSpec) -> Api:
        name = self.ev.string(spec.props.get("Name"))
        api = Api(
            key=f"cfn:{spec.logical_id}",
            name=name if isinstance(name, str) else spec.logical_id,
            kind=spec.kind,  # type: ignore[arg-type]
            source=self.source,
            loc=spec.loc,
            routes=list(spec.routes.values()),
            gateway_responses=dict(spec.gateway_responses),
            cors=spec.cors,
        )
        if spec.kind == "rest":
            api.gateway_responses.update(self.gateway_responses(spec.props))
        elif "CorsConfiguration" in spec.props:
            api.cors = self.http_cors(spec.props)
        return api

    # ---- functions and events

    def function(self, logical_id: str, resource: Any) -> Function:
        p = merge(self.glob("Function"), props(resource))
        p = p if isinstance(p, dict) else {}
        name = self.ev.string(p.get("FunctionName"))
        image = self.ev.string(p.get("PackageType")) == "Image"
        code: str | Unknown
        code_uri = self.ev.value(p.get("CodeUri"))
        if image:
            code = Unknown("image-based function")
        elif "InlineCode" in p:
            code = Unknown("inline code (InlineCode) is not analysed")
        elif isinstance(code_uri, str) and not code_uri.startswith("s3://"):
            path = (self.cwd / self.file).parent / code_uri
            code = pathlib.Path(os.path.normpath(os.path.relpath(path, self.cwd))).as_posix()
        elif isinstance(code_uri, Unknown):
            code = code_uri
        elif code_uri is None:
            code = pathlib.Path(os.path.relpath((self.cwd / self.file).parent, self.cwd)).as_posix()
        else:
            code = Unknown("the code is in S3")
        return Function(
            key=f"cfn:{logical_id}",
            name=name if name is not None else logical_id,
            loc=self.locs[logical_id],
            runtime=self.ev.string(p.get("Runtime")),
            handler=self.ev.string(p.get("Handler")),
            code=code,
            environment=environment(p.get("Environment"), self.ev),
            image=image,
        )

    def events(self, logical_id: str, resource: Any) -> None:
        events = props(resource).get("Events")
        for event_name, event in _dict(events).items():
            if not isinstance(event, dict):
                continue
            kind = {"Api": "rest", "HttpApi": "http"}.get(str(event.get("Type")))
            if kind is None:
                continue
            ep = _dict(event.get("Properties"))
            loc = entry(events, event_name)
            api_ref = ep.get("RestApiId" if kind == "rest" else "ApiId")
            if api_ref is None:
                spec = self.implicit(kind, loc)
            else:
                target = reference(api_ref)
                found = self.apis.get(target or "")
                if found is None or found.kind != kind:
                    self.result.unchecked.append(
                        Unchecked(
                            self.file,
                            f"event {event_name} of {logical_id}: its API is not a SAM API here",
                        )
                    )
                    continue
                spec = found
            self.event_route(spec, logical_id, ep, loc)

    def event_route(
        self, spec: ApiSpec, function: str, ep: dict[str, Any], loc: Loc | None
    ) -> None:
        path = self.ev.string(ep.get("Path"))
        method = self.ev.string(ep.get("Method"))
        if spec.kind == "http" and path is None and method is None:
            path, method = "$default", "ANY"
        if not isinstance(path, str) or not isinstance(method, str):
            self.result.unchecked.append(
                Unchecked(
                    self.file, "an API event's path or method is not known", api=spec.logical_id
                )
            )
            return
        method = method.upper()
        if path == "$default" or method == "X-AMAZON-APIGATEWAY-ANY-METHOD":
            method = "ANY"
        key = (method, path)
        route = spec.routes.get(key)
        auth = _dict(ep.get("Auth"))
        override = self.ev.boolean(auth.get("OverrideApiAuth")) is True
        if not self.managed(spec) and (route is None or not override):
            # SAM leaves a user's definition alone: the event adds no route, and
            # its Auth only with OverrideApiAuth (aws-sam-translator push.py).
            return
        integration = Integration(
            "AWS_PROXY", loc, function=function_of({"Ref": function}, {function})
        )
        if route is None:
            route = Route(method, path, loc, integration=integration)
            spec.routes[key] = route
        elif route.integration is None:
            route.integration = integration
        if "Authorizer" in auth:
            spec.explicit_auth.add(key)
            route.auth = self.authorization(spec, auth["Authorizer"], entry(auth, "Authorizer"))
        if "ApiKeyRequired" in auth:
            spec.explicit_key.add(key)
            route.api_key_required = self.ev.boolean(auth["ApiKeyRequired"])
        route.request_headers = self.request_headers(ep.get("RequestParameters"))

    def managed(self, spec: ApiSpec) -> bool:
        """Whether SAM writes the definition (no DefinitionBody/Uri, or MergeDefinitions)."""
        p = spec.props
        own = p.get("DefinitionBody") is not None or p.get("DefinitionUri") is not None
        return not own or self.ev.boolean(p.get("MergeDefinitions")) is True

    def request_headers(self, raw: Any) -> tuple[str, ...]:
        """Required headers among an event's ``RequestParameters``."""
        out: list[str] = []
        for item in raw if isinstance(raw, list) else ():
            if isinstance(item, dict):
                for name, options in item.items():
                    required = _dict(options).get("Required") is True
                    if required and str(name).lower().startswith("method.request.header."):
                        out.append(str(name)[len("method.request.header.") :].lower())
        return tuple(dict.fromkeys(out))

    # ---- authorization

    def authorizers(self, spec: ApiSpec) -> dict[str, Any]:
        return _dict(_dict(spec.props.get("Auth")).get("Authorizers"))

    def authorization(self, spec: ApiSpec, ref: Any, loc: Loc | None) -> Authorization:
        """What an authorizer name (``NONE``, ``AWS_IAM``, an ``Authorizers`` key) requires."""
        name = self.ev.string(ref)
        if not isinstance(name, str):
            unknown = name if isinstance(name, Unknown) else Unknown("the authorizer is not known")
            return Authorization(unknown, loc=loc)
        if name == "NONE":
            return Authorization("NONE", loc=loc)
        if name == "AWS_IAM":
            return Authorization("AWS_IAM", IAM_HEADERS, name, loc)
        config = self.authorizers(spec).get(name)
        if not isinstance(config, dict):
            return Authorization(Unknown(f"authorizer {name} is not defined"), name=name, loc=loc)
        identity = _dict(config.get("Identity"))
        if spec.kind == "http":
            if "JwtConfiguration" in config:
                source = self.ev.value(
                    config.get("IdentitySource", "$request.header.Authorization")
                )
                return _auth("JWT", _headers(source, "$request.header."), name, loc)
            headers = self.ev.value(identity.get("Headers", []))
            return _auth("CUSTOM", _headers(headers, ""), name, loc)
        if "UserPoolArn" in config:
            header = self.ev.string(identity.get("Header", "Authorization"))
            return _auth("COGNITO_USER_POOLS", _headers([header], ""), name, loc)
        payload = self.ev.string(config.get("FunctionPayloadType", "TOKEN"))
        if payload == "REQUEST":
            return _auth(
                "CUSTOM", _headers(self.ev.value(identity.get("Headers", [])), ""), name, loc
            )
        header = self.ev.string(identity.get("Header", "Authorization"))
        return _auth("CUSTOM", _headers([header], ""), name, loc)

    def rest_auth(self, spec: ApiSpec) -> None:
        """``Auth.DefaultAuthorizer`` and ``Auth.ApiKeyRequired`` on every method."""
        auth = _dict(spec.props.get("Auth"))
        default = auth.get("DefaultAuthorizer")
        to_preflight = self.ev.boolean(auth.get("AddDefaultAuthorizerToCorsPreflight"), True)
        key_required = self.ev.boolean(auth.get("ApiKeyRequired"), False)
        key_to_preflight = self.ev.boolean(auth.get("AddApiKeyRequiredToCorsPreflight"), True)
        for key, route in spec.routes.items():
            preflight = route.method == "OPTIONS"
            if default is not None and key not in spec.explicit_auth and route.auth.type == "NONE":
                applies = True if not preflight else to_preflight
                if isinstance(applies, Unknown):
                    route.auth = Authorization(
                        applies, loc=entry(auth, "AddDefaultAuthorizerToCorsPreflight")
                    )
                elif applies:
                    route.auth = self.authorization(spec, default, entry(auth, "DefaultAuthorizer"))
            if (
                key_required is not False
                and key not in spec.explicit_key
                and route.api_key_required is False
            ):
                if not preflight or key_to_preflight is True:
                    route.api_key_required = key_required
                elif isinstance(key_to_preflight, Unknown):
                    route.api_key_required = key_to_preflight

    def http_auth(self, spec: ApiSpec) -> None:
        auth = _dict(spec.props.get("Auth"))
        default = auth.get("DefaultAuthorizer")
        if default is None:
            return
        for key, route in spec.routes.items():
            # SAM's OpenAPI editor skips OPTIONS and methods without an integration.
            if route.method == "OPTIONS" or route.integration is None:
                continue
            if key not in spec.explicit_auth and route.auth.type == "NONE":
                route.auth = self.authorization(spec, default, entry(auth, "DefaultAuthorizer"))

    # ---- CORS

    def rest_cors(self, spec: ApiSpec) -> None:
        """SAM's generated OPTIONS MOCK per path, mapping the ``Cors`` values verbatim."""
        cors = spec.props.get("Cors")
        if cors is None:
            return
        cors_loc = entry(spec.props, "Cors") or spec.loc
        values: dict[str, tuple[Any, Loc | None]] = {}
        if isinstance(cors, dict) and not intrinsic(cors) is not None:
            for field_name in (
                "AllowOrigin",
                "AllowHeaders",
                "AllowMethods",
                "MaxAge",
                "AllowCredentials",
            ):
                if field_name in cors:
                    values[field_name] = (cors[field_name], entry(cors, field_name) or cors_loc)
        else:
            values["AllowOrigin"] = (cors, cors_loc)
        paths: list[str] = []
        for _, path in spec.routes:
            normal = path.rstrip("/") or "/"
            if normal not in [p.rstrip("/") or "/" for p in paths]:
                paths.append(path)
        for path in paths:
            methods = [m for (m, p) in spec.routes if p == path]
            if "OPTIONS" in methods:
                continue
            spec.routes[("OPTIONS", path)] = self.preflight(path, methods, values, cors_loc)

    def preflight(
        self,
        path: str,
        methods: list[str],
        values: dict[str, tuple[Any, Loc | None]],
        loc: Loc | None,
    ) -> Route:
        headers: dict[str, Mapping] = {}

        def add(name: str, raw: Any, where: Loc | None) -> None:
            text = self.ev.string(raw)
            headers[name] = Mapping(text if text is not None else "", where)

        origin = values.get("AllowOrigin")
        add("Access-Control-Allow-Origin", *(origin or ("'*'", loc)))
        if "AllowHeaders" in values and not _empty(self.ev.value(values["AllowHeaders"][0])):
            add("Access-Control-Allow-Headers", *values["AllowHeaders"])
        allow_methods = values.get("AllowMethods")
        if allow_methods is None or _empty(self.ev.value(allow_methods[0])):
            listed = ALL_METHODS if "ANY" in methods else sorted({*methods, "OPTIONS"})
            allow_methods = ("'" + ",".join(listed) + "'", loc)
        add("Access-Control-Allow-Methods", *allow_methods)
        if "MaxAge" in values and values["MaxAge"][0] is not None:
            add("Access-Control-Max-Age", *values["MaxAge"])
        credentials = values.get("AllowCredentials")
        if credentials is not None and self.ev.boolean(credentials[0]) is True:
            headers["Access-Control-Allow-Credentials"] = Mapping("'true'", credentials[1])
        return Route(
            "OPTIONS",
            path,
            loc,
            integration=Integration(
                "MOCK",
                loc,
                {"application/json": CORS_TEMPLATE},
                responses=[IntegrationResponse("200", None, headers, loc)],
            ),
            method_responses={
                "200": MethodResponse("200", frozenset(h.lower() for h in headers), loc)
            },
            generated="sam-cors",
        )

    def http_cors(self, p: dict[str, Any]) -> HttpCors | Unknown | None:
        raw = p["CorsConfiguration"]
        loc = entry(p, "CorsConfiguration")
        value = self.ev.value(raw)
        if value is True:
            return HttpCors(
                allow_origins=("*",), loc=loc, field_locs={"allow_origins": loc} if loc else {}
            )
        if value is False or value is None:
            return None
        return http_cors(raw, loc, self.ev)

    # ---- gateway responses

    def gateway_responses(self, p: dict[str, Any]) -> dict[str, GatewayResponse]:
        raw = p.get("GatewayResponses")
        out: dict[str, GatewayResponse] = {}
        for kind, config in _dict(raw).items():
            if not isinstance(config, dict):
                continue
            params = _dict(config.get("ResponseParameters"))
            headers_raw = params.get("Headers")
            headers = {
                str(name): Mapping(self.ev.string(value, ""), entry(headers_raw, name))
                for name, value in _dict(headers_raw).items()
            }
            status = self.ev.string(config.get("StatusCode"))
            out[str(kind)] = GatewayResponse(str(kind), status, headers, entry(raw, kind))
        return out


def _empty(value: Any) -> bool:
    """SAM skips a Cors field that is missing or empty."""
    return value is None or value == "" or value is False


def _headers(values: Any, prefix: str) -> tuple[str, ...] | Unknown:
    """Lower-case header names (``prefix`` stripped), or Unknown."""
    if isinstance(values, Unknown):
        return values
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list):
        return Unknown("the identity source is not known")
    out: list[str] = []
    for item in values:
        if isinstance(item, Unknown):
            return item
        if isinstance(item, str):
            name = (
                item[len(prefix) :] if prefix and item.lower().startswith(prefix.lower()) else item
            )
            if prefix and name == item:
                continue  # not a header source
            out.append(name.lower())
    return tuple(dict.fromkeys(out))


def _auth(
    kind: str, headers: tuple[str, ...] | Unknown, name: str, loc: Loc | None
) -> Authorization:
    if isinstance(headers, Unknown):
        return Authorization(headers, name=name, loc=loc)
    return Authorization(kind, headers, name, loc)
