"""CloudFormation templates (JSON or YAML) → model; SAM templates go to ``sam``.

Reads ``AWS::ApiGateway::*`` (RestApi incl. ``Body``, Resource chains, Method,
Authorizer, GatewayResponse, Deployment), ``AWS::ApiGatewayV2::*`` (Api with
``CorsConfiguration``/``Body``, Route, Integration, Authorizer) and
``AWS::Lambda::Function``. Intrinsics are evaluated with the parameter
defaults (``intrinsics``). APIs are keyed ``cfn:<LogicalId>`` so that pieces
defined in another document (Serverless ``resources:``) merge by key.
"""

from __future__ import annotations

import os
import pathlib
import re

from corslint.loaders.intrinsics import Evaluator, intrinsic, reference
from corslint.model import (
    Api,
    Authorization,
    Deployment,
    Function,
    GatewayResponse,
    HttpCors,
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
from corslint.source import LDict, LList, Loc, loc_of

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

SAM_TRANSFORM = "AWS::Serverless-2016-10-31"
IAM_HEADERS = ("authorization", "x-amz-date", "x-amz-security-token")
FUNCTION_TYPES = ("AWS::Lambda::Function", "AWS::Serverless::Function")
_HEADER_SOURCE = re.compile(
    r"^\s*(?:method\.request\.header\.|\$request\.header\.)([^\s,]+)\s*$", re.I
)
# Serverless v3 (and CDK) reflect one of several origins from an integration response template.
_ORIGIN_MATCHES = re.compile(r'\$origin\.matches\("([^"]*)"\)')
_ORIGIN_OVERRIDE = re.compile(
    r"responseOverride\.header\.Access-Control-Allow-Origin\s*=\s*\$origin\b"
)
_HTTP_CORS_FIELDS = {
    "AllowOrigins": "allow_origins",
    "AllowMethods": "allow_methods",
    "AllowHeaders": "allow_headers",
    "ExposeHeaders": "expose_headers",
    "MaxAge": "max_age",
    "AllowCredentials": "allow_credentials",
}


# ---------------------------------------------------------------- detection


def transforms(doc: Any) -> list[str]:
    """The template's ``Transform`` names."""
    raw = doc.get("Transform") if isinstance(doc, dict) else None
    items = raw if isinstance(raw, list) else [raw]
    return [str(t) for t in items if isinstance(t, str)]


def is_template(doc: Any) -> bool:
    """Whether ``doc`` is a CloudFormation or SAM template."""
    if not isinstance(doc, dict):
        return False
    if "AWSTemplateFormatVersion" in doc or SAM_TRANSFORM in transforms(doc):
        return True
    resources = doc.get("Resources")
    if not isinstance(resources, dict):
        return False
    return any(
        isinstance(r, dict) and isinstance(r.get("Type"), str) and r["Type"].startswith("AWS::")
        for r in resources.values()
    )


def load_template(
    doc: LDict, *, file: str, cwd: pathlib.Path, source_hint: str | None = None
) -> LoadResult:
    """The APIs and functions of one template; SAM templates are expanded first."""
    if SAM_TRANSFORM in transforms(doc):
        from corslint.loaders.sam import load_sam

        return load_sam(doc, file=file, cwd=cwd, source=source_hint or "sam")
    return Template(doc, file, source_hint or "cloudformation", cwd).load()


# ---------------------------------------------------------------- helpers


def entry(parent: Any, key: Any) -> Loc | None:
    """Where ``parent[key]`` was written: the whole entry, else the value or parent."""
    if isinstance(parent, LDict) and key in parent.key_locs:
        return parent.key_locs[key]
    return loc_of(parent.get(key) if isinstance(parent, dict) else None, parent, key)


def read_local(location: Any, file: str, cwd: pathlib.Path) -> tuple[Any, str | None]:
    """A YAML/JSON file named relative to the template: ``(content, None)`` or ``(None, why)``."""
    if not isinstance(location, str) or isinstance(location, Unknown):
        return None, "its location is not known"
    if location.startswith(("s3://", "https://", "http://")):
        return None, f"{location} is not in the repository"
    from corslint.loaders.datafile import ParseError, load_data

    path = (cwd / file).parent / location
    rel = pathlib.Path(os.path.relpath(path, cwd)).as_posix()
    try:
        return load_data(path, rel), None
    except (OSError, ParseError) as exc:
        return None, f"{location} cannot be read: {exc}"


def included(body: Any, file: str, cwd: pathlib.Path) -> tuple[Any, str | None]:
    """``Fn::Transform`` ``AWS::Include`` of a local file → that file's content."""
    found = intrinsic(body)
    if found is None or found[0] != "Fn::Transform" or not isinstance(found[1], dict):
        return body, None
    if found[1].get("Name") != "AWS::Include":
        return None, f"the transform {found[1].get('Name')} is not evaluated"
    parameters = found[1].get("Parameters")
    location = parameters.get("Location") if isinstance(parameters, dict) else None
    return read_local(location, file, cwd)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _status(value: str | Unknown | None) -> str | Unknown:
    return Unknown("StatusCode is missing") if value is None else value


def props(resource: Any) -> dict[str, Any]:
    value = resource.get("Properties") if isinstance(resource, dict) else None
    return value if isinstance(value, dict) else {}


def header_of(source: Any) -> str | None:
    """``X`` of ``method.request.header.X`` / ``$request.header.X``, lower-case."""
    if not isinstance(source, str):
        return None
    match = _HEADER_SOURCE.match(source)
    return match.group(1).lower() if match else None


def identity_headers(sources: Any) -> tuple[str, ...] | Unknown:
    """Request headers named by an identity source (comma-separated string or list)."""
    if isinstance(sources, Unknown):
        return sources
    if sources is None:
        return ()
    items = sources.split(",") if isinstance(sources, str) else sources
    if not isinstance(items, list):
        return Unknown("the authorizer's identity source is not known")
    out: list[str] = []
    for item in items:
        if isinstance(item, Unknown):
            return item
        name = header_of(item)
        if name and name not in out:
            out.append(name)
    return tuple(out)


def mappings(params: Any, prefix: str, ev: Evaluator) -> dict[str, Mapping]:
    """``{prefix}X: expr`` entries → {X: Mapping(expr verbatim)} at the entry's line."""
    out: dict[str, Mapping] = {}
    if not isinstance(params, dict):
        return out
    for key, expr in params.items():
        if isinstance(key, str) and key.lower().startswith(prefix):
            value = ev.string(expr)
            out[key[len(prefix) :]] = Mapping(
                value if value is not None else "", entry(params, key)
            )
    return out


def reflected_origin(templates: Any, headers: dict[str, Mapping], loc: Loc | None) -> None:
    """Turn the ACAO mapping into ``ReflectOrigin`` when a response template echoes the origin.

    Recognises ``#if($origin.matches("https://a[.]example[.]com") || ...)
    #set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)``:
    a listed origin is echoed, any other gets the static mapping.
    """
    texts = (
        [t for t in templates.values() if isinstance(t, str)] if isinstance(templates, dict) else []
    )
    text = next((t for t in texts if _ORIGIN_OVERRIDE.search(t)), None)
    if text is None:
        return
    name = next(
        (n for n in headers if n.lower() == "access-control-allow-origin"),
        "Access-Control-Allow-Origin",
    )
    static = headers.get(name)
    patterns = _ORIGIN_MATCHES.findall(text)
    origins = tuple(p.replace("[.]", ".").replace(".*", "*") for p in patterns)
    if not origins or any(re.search(r"[\\()\[\]{}?+|^$]", o) for o in origins):
        headers[name] = Mapping(Unknown("a response template sets the origin"), loc)
        return
    otherwise = None
    if static is not None and isinstance(static.expr, str):
        expr = static.expr.strip()
        if len(expr) >= 2 and expr[0] == expr[-1] == "'":
            otherwise = expr[1:-1]
    headers[name] = Mapping(ReflectOrigin(origins, otherwise), loc)


def declared(params: Any, prefix: str) -> frozenset[str]:
    """Lower-case header names declared as ``{prefix}X`` keys."""
    if not isinstance(params, dict):
        return frozenset()
    return frozenset(
        k[len(prefix) :].lower()
        for k in params
        if isinstance(k, str) and k.lower().startswith(prefix)
    )


def prepare_body(body: Any, ev: Evaluator) -> Any:
    """An inline OpenAPI body with intrinsics evaluated.

    Intrinsics that stay unknown but point at a resource (integration URIs) are
    kept as written so the OpenAPI loader can see which function they call.
    Security requirements are merged as API Gateway applies them: one authorizer
    plus the API key, SAM's ``NONE`` marker meaning no authorizer.
    """
    if intrinsic(body) is not None:
        value = ev.value(body)
        if isinstance(value, Unknown) and reference(body) in ev.resources:
            return body
        return value
    if isinstance(body, dict):
        out = LDict(loc=getattr(body, "loc", None))
        out.key_locs = dict(getattr(body, "key_locs", {}))
        for key, item in body.items():
            out[key] = merge_security(item) if key == "security" else prepare_body(item, ev)
        return out
    if isinstance(body, list):
        return LList([prepare_body(i, ev) for i in body], loc=getattr(body, "loc", None))
    return body


def merge_security(security: Any) -> Any:
    """``[{A: []}, {api_key: []}]`` → ``[{A: [], api_key: []}]``; ``NONE`` dropped."""
    if not isinstance(security, list) or not all(isinstance(s, dict) for s in security):
        return security
    merged = LDict(loc=getattr(security, "loc", None))
    for requirement in security:
        for name, scopes in requirement.items():
            if name != "NONE" and (name == "api_key" or not any(k != "api_key" for k in merged)):
                merged[name] = scopes
                if isinstance(requirement, LDict) and name in requirement.key_locs:
                    merged.key_locs[name] = requirement.key_locs[name]
    return LList([merged] if merged else [], loc=getattr(security, "loc", None))


def function_of(uri: Any, functions: set[str]) -> str | Unknown | None:
    """``cfn:<LogicalId>`` when an integration URI refers to a Lambda function here."""
    target = reference(uri)
    if target in functions:
        return f"cfn:{target}"
    if target is not None:
        return Unknown(
            f"the integration calls {target}, which is not a Lambda function in this template"
        )
    if uri is None:
        return None
    return Unknown("the integration's Lambda function is not known")


def load_function(
    logical_id: str, resource: dict[str, Any], ev: Evaluator, loc: Loc | None
) -> Function:
    """An ``AWS::Lambda::Function``."""
    p = props(resource)
    name = ev.string(p.get("FunctionName"))
    code = p.get("Code")
    code_value: str | Unknown
    if isinstance(code, dict) and "ZipFile" in code:
        code_value = Unknown("inline code (Code.ZipFile) is not analysed")
    elif isinstance(code, dict) and "ImageUri" in code:
        code_value = Unknown("image-based function")
    else:
        code_value = Unknown("the code is in S3")
    return Function(
        key=f"cfn:{logical_id}",
        name=name if name is not None else logical_id,
        loc=loc,
        runtime=ev.string(p.get("Runtime")),
        handler=ev.string(p.get("Handler")),
        code=code_value,
        environment=environment(p.get("Environment"), ev),
        image=ev.string(p.get("PackageType")) == "Image",
    )


def environment(raw: Any, ev: Evaluator) -> dict[str, str | Unknown] | Unknown:
    """``Environment.Variables`` with intrinsics evaluated."""
    if raw is None:
        return {}
    variables = ev.value(raw.get("Variables")) if isinstance(raw, dict) else Unknown("environment")
    if isinstance(variables, Unknown):
        return variables
    if not isinstance(variables, dict):
        return {}
    out: dict[str, str | Unknown] = {}
    for key, value in variables.items():
        text = ev.string(value)
        out[str(key)] = text if text is not None else ""
    return out


# ---------------------------------------------------------------- template


class Template:
    """One plain CloudFormation template being turned into the model."""

    def __init__(self, doc: LDict, file: str, source: str, cwd: pathlib.Path) -> None:
        self.doc = doc
        self.file = file
        self.source = source
        self.cwd = cwd
        self.ev = Evaluator.for_template(doc)
        resources = doc.get("Resources")
        self.resources: dict[str, Any] = {}
        self.locs: dict[str, Loc | None] = {}
        for logical_id, resource in resources.items() if isinstance(resources, dict) else ():
            if not isinstance(resource, dict) or not isinstance(resource.get("Type"), str):
                continue
            condition = resource.get("Condition")
            if isinstance(condition, str) and self.ev.condition(condition) is False:
                continue  # never created with the defaults
            self.resources[str(logical_id)] = resource
            self.locs[str(logical_id)] = entry(resources, logical_id)
        self.functions = {k for k, r in self.resources.items() if r["Type"] in FUNCTION_TYPES}
        self.result = LoadResult()
        self.apis: dict[str, Api] = {}

    def of_type(self, *types: str) -> list[tuple[str, dict[str, Any]]]:
        return [(k, r) for k, r in self.resources.items() if r["Type"] in types]

    def load(self) -> LoadResult:
        for logical_id, resource in self.of_type("AWS::Lambda::Function"):
            self.result.functions[f"cfn:{logical_id}"] = load_function(
                logical_id, resource, self.ev, self.locs[logical_id]
            )
        for logical_id, resource in self.of_type("AWS::ApiGateway::RestApi"):
            self.rest_api(logical_id, resource)
        for logical_id, resource in self.of_type("AWS::ApiGatewayV2::Api"):
            self.http_api(logical_id, resource)
        for logical_id, resource in self.of_type("AWS::ApiGateway::Method"):
            self.method(logical_id, resource)
        for logical_id, resource in self.of_type("AWS::ApiGateway::GatewayResponse"):
            self.gateway_response(logical_id, resource)
        for logical_id, resource in self.of_type("AWS::ApiGateway::Deployment"):
            api = self.api_for(props(resource).get("RestApiId"), "rest", resource)
            if api is not None:
                api.deployments.append(
                    Deployment(self.locs[logical_id], has_triggers=True, uncovered=())
                )
        for logical_id, resource in self.of_type("AWS::ApiGatewayV2::Route"):
            self.http_route(logical_id, resource)
        self.result.apis.extend(self.apis.values())
        return self.result

    # ---- APIs

    def api_for(self, ref: Any, kind: str, resource: Any) -> Api | None:
        """The Api a ``RestApiId``/``ApiId`` points at; an empty one if defined elsewhere."""
        target = reference(ref)
        if target is None:
            self.result.unchecked.append(
                Unchecked(self.file, f"{loc_of(resource)}: the API it belongs to is not known")
            )
            return None
        key = f"cfn:{target}"
        if key not in self.apis:  # defined in another document: the caller merges by key
            where = next((self.locs[k] for k, r in self.resources.items() if r is resource), None)
            self.apis[key] = Api(key=key, name=target, kind=kind, source=self.source, loc=where)  # type: ignore[arg-type]
        return self.apis[key]

    def new_api(self, logical_id: str, resource: Any, kind: str) -> Api:
        name = self.ev.string(props(resource).get("Name"))
        api = Api(
            key=f"cfn:{logical_id}",
            name=name if isinstance(name, str) else logical_id,
            kind=kind,  # type: ignore[arg-type]
            source=self.source,
            loc=self.locs[logical_id],
        )
        self.apis[api.key] = api
        return api

    def body_api(self, logical_id: str, resource: Any, api: Api) -> None:
        """Routes, gateway responses and CORS from an inline ``Body``."""
        p = props(resource)
        if "BodyS3Location" in p:
            self.result.unchecked.append(
                Unchecked(self.file, "the API definition is in S3 (BodyS3Location)", api=api.name)
            )
        body, why = included(p.get("Body"), self.file, self.cwd)
        if why is not None:
            self.result.unchecked.append(Unchecked(self.file, f"the API Body: {why}", api=api.name))
        if body is None:
            return
        prepared = prepare_body(body, self.ev)
        if not isinstance(prepared, LDict):
            self.result.unchecked.append(
                Unchecked(self.file, "the API Body is not known", api=api.name)
            )
            return
        from corslint.loaders.openapi import api_from_openapi

        loaded = api_from_openapi(
            prepared, file=self.file, key=api.key, source=self.source, name=api.name
        )
        for other in loaded.apis:
            api.routes.extend(other.routes)
            api.gateway_responses.update(other.gateway_responses)
            if other.cors is not None:
                api.cors = other.cors
        self.result.unchecked.extend(loaded.unchecked)
        self.result.errors.extend(loaded.errors)

    def rest_api(self, logical_id: str, resource: Any) -> None:
        api = self.new_api(logical_id, resource, "rest")
        self.body_api(logical_id, resource, api)

    def http_api(self, logical_id: str, resource: Any) -> None:
        p = props(resource)
        protocol = self.ev.string(p.get("ProtocolType"))
        if protocol == "WEBSOCKET":
            return
        api = self.new_api(logical_id, resource, "http")
        self.body_api(logical_id, resource, api)
        if "CorsConfiguration" in p:
            api.cors = http_cors(p["CorsConfiguration"], entry(p, "CorsConfiguration"), self.ev)
        target = p.get("Target")
        if target is not None and "Body" not in p:
            fn = function_of(target, self.functions)
            api.routes.append(
                Route(
                    "ANY",
                    "$default",
                    entry(p, "Target"),
                    integration=Integration("AWS_PROXY", entry(p, "Target"), function=fn),
                )
            )

    # ---- REST pieces

    def path_of(self, ref: Any, seen: int = 0) -> str | Unknown:
        """The path of a resource id (``Ref`` to an ``AWS::ApiGateway::Resource``, or the root)."""
        found = intrinsic(ref)
        if found is not None and found[0] == "Fn::GetAtt":
            return "/"
        target = reference(ref)
        resource = self.resources.get(target or "")
        if resource is None or resource["Type"] != "AWS::ApiGateway::Resource" or seen > 50:
            return Unknown(f"the resource {target or ref!r} is not defined here")
        p = props(resource)
        part = self.ev.string(p.get("PathPart"))
        parent = self.path_of(p.get("ParentId"), seen + 1)
        if isinstance(part, Unknown) or part is None:
            return Unknown("PathPart is missing") if part is None else part
        if isinstance(parent, Unknown):
            return parent
        return parent.rstrip("/") + "/" + part

    def authorizer(self, auth_type: str, ref: Any, loc: Loc | None) -> Authorization:
        """A method's authorization, with the identity headers of its authorizer."""
        if auth_type in ("NONE", "AWS_IAM"):
            return Authorization(auth_type, IAM_HEADERS if auth_type == "AWS_IAM" else (), loc=loc)
        target = reference(ref)
        resource = self.resources.get(target or "")
        if resource is None or resource["Type"] != "AWS::ApiGateway::Authorizer":
            return Authorization(
                auth_type,
                ("authorization",) if auth_type == "COGNITO_USER_POOLS" else (),
                name=target,
                loc=loc,
            )
        p = props(resource)
        kind = self.ev.string(p.get("Type"))
        source = self.ev.value(p.get("IdentitySource"))
        if source is None and kind in ("COGNITO_USER_POOLS", "TOKEN"):
            source = "method.request.header.Authorization"
        headers = identity_headers(source)
        name = self.ev.string(p.get("Name"))
        label = name if isinstance(name, str) else target
        if isinstance(headers, Unknown):
            return Authorization(headers, name=label, loc=loc)
        return Authorization(auth_type, headers, name=label, loc=loc)

    def method(self, logical_id: str, resource: Any) -> None:
        p = props(resource)
        api = self.api_for(p.get("RestApiId"), "rest", resource)
        if api is None:
            return
        loc = self.locs[logical_id]
        http_method = self.ev.string(p.get("HttpMethod"))
        path = self.path_of(p.get("ResourceId"))
        if isinstance(http_method, Unknown) or http_method is None or isinstance(path, Unknown):
            reason = path.reason if isinstance(path, Unknown) else "HttpMethod is not known"
            self.result.unchecked.append(
                Unchecked(self.file, f"{logical_id}: {reason}", api=api.name)
            )
            return
        auth_type = self.ev.string(p.get("AuthorizationType"), "NONE")
        if isinstance(auth_type, Unknown):
            auth = Authorization(auth_type, loc=entry(p, "AuthorizationType"))
        else:
            auth = self.authorizer(
                auth_type.upper(), p.get("AuthorizerId"), entry(p, "AuthorizationType") or loc
            )
        params = self.ev.value(p.get("RequestParameters"))
        request_headers = tuple(
            dict.fromkeys(
                h
                for k, v in (params.items() if isinstance(params, dict) else ())
                if v is True and (h := header_of(k))
            )
        )
        method_responses: dict[str, MethodResponse] = {}
        for item in _list(p.get("MethodResponses")):
            if not isinstance(item, dict):
                continue
            status = self.ev.string(item.get("StatusCode"))
            if isinstance(status, str):
                method_responses[status] = MethodResponse(
                    status,
                    declared(item.get("ResponseParameters"), "method.response.header."),
                    loc_of(item),
                )
        api.routes.append(
            Route(
                method=http_method.upper(),
                path=path,
                loc=loc,
                auth=auth,
                api_key_required=self.ev.boolean(p.get("ApiKeyRequired")),
                request_headers=request_headers,
                integration=self.integration(p.get("Integration"), entry(p, "Integration")),
                method_responses=method_responses,
            )
        )

    def integration(self, raw: Any, loc: Loc | None) -> Integration | Unknown | None:
        if raw is None:
            return None
        if not isinstance(raw, dict) or intrinsic(raw) is not None:
            return Unknown("the integration is not known")
        kind = self.ev.string(raw.get("Type"))
        kind = (
            kind.upper()
            if isinstance(kind, str)
            else kind
            if kind is not None
            else Unknown("no Type")
        )
        templates_raw = self.ev.value(raw.get("RequestTemplates"))
        templates: dict[str, str | Unknown] | Unknown | None = None
        if isinstance(templates_raw, dict):
            templates = {str(ct): self.ev.string(t, "") for ct, t in templates_raw.items()}
        elif isinstance(templates_raw, Unknown):
            templates = templates_raw
        passthrough = self.ev.string(raw.get("PassthroughBehavior"), "WHEN_NO_MATCH")
        responses = []
        for item in _list(raw.get("IntegrationResponses")):
            if not isinstance(item, dict):
                continue
            pattern = self.ev.string(item.get("SelectionPattern"))
            headers = mappings(item.get("ResponseParameters"), "method.response.header.", self.ev)
            reflected_origin(
                self.ev.value(item.get("ResponseTemplates")),
                headers,
                entry(item, "ResponseTemplates"),
            )
            responses.append(
                IntegrationResponse(
                    status=_status(self.ev.string(item.get("StatusCode"))),
                    selection_pattern=None if pattern == "" else pattern,
                    headers=headers,
                    loc=loc_of(item),
                )
            )
        function = None
        if isinstance(kind, Unknown) or kind in ("AWS", "AWS_PROXY"):
            function = function_of(raw.get("Uri"), self.functions)
        return Integration(
            kind,
            loc,
            templates,
            passthrough.upper() if isinstance(passthrough, str) else passthrough,
            responses,
            function,
        )

    def gateway_response(self, logical_id: str, resource: Any) -> None:
        p = props(resource)
        api = self.api_for(p.get("RestApiId"), "rest", resource)
        kind = self.ev.string(p.get("ResponseType"))
        if api is None or not isinstance(kind, str):
            return
        api.gateway_responses[kind] = GatewayResponse(
            type=kind,
            status=self.ev.string(p.get("StatusCode")),
            headers=mappings(p.get("ResponseParameters"), "gatewayresponse.header.", self.ev),
            loc=self.locs[logical_id],
        )

    # ---- HTTP API pieces

    def http_route(self, logical_id: str, resource: Any) -> None:
        p = props(resource)
        api = self.api_for(p.get("ApiId"), "http", resource)
        if api is None:
            return
        loc = self.locs[logical_id]
        route_key = self.ev.string(p.get("RouteKey"))
        if not isinstance(route_key, str):
            self.result.unchecked.append(
                Unchecked(self.file, f"{logical_id}: RouteKey is not known", api=api.name)
            )
            return
        if route_key == "$default":
            method, path = "ANY", "$default"
        else:
            method, _, path = route_key.partition(" ")
        auth_type = self.ev.string(p.get("AuthorizationType"), "NONE")
        auth_loc = entry(p, "AuthorizationType") or loc
        if isinstance(auth_type, Unknown):
            auth = Authorization(auth_type, loc=auth_loc)
        else:
            auth = self.http_authorizer(auth_type.upper(), p.get("AuthorizerId"), auth_loc)
        api.routes.append(
            Route(
                method.upper(),
                path,
                loc,
                auth=auth,
                integration=self.http_integration(p.get("Target")),
            )
        )

    def http_authorizer(self, auth_type: str, ref: Any, loc: Loc | None) -> Authorization:
        if auth_type in ("NONE", "AWS_IAM"):
            return Authorization(auth_type, IAM_HEADERS if auth_type == "AWS_IAM" else (), loc=loc)
        target = reference(ref)
        resource = self.resources.get(target or "")
        if resource is None or resource["Type"] != "AWS::ApiGatewayV2::Authorizer":
            return Authorization(auth_type, name=target, loc=loc)
        p = props(resource)
        source = self.ev.value(p.get("IdentitySource"))
        if source is None and auth_type == "JWT":
            source = ["$request.header.Authorization"]
        headers = identity_headers(source)
        name = self.ev.string(p.get("Name"))
        label = name if isinstance(name, str) else target
        if isinstance(headers, Unknown):
            return Authorization(headers, name=label, loc=loc)
        return Authorization(auth_type, headers, name=label, loc=loc)

    def http_integration(self, target: Any) -> Integration | Unknown | None:
        """The integration a route's ``Target`` (``integrations/<id>``) points at."""
        if target is None:
            return None
        logical_id = reference(target)
        resource = self.resources.get(logical_id or "")
        if resource is None or resource["Type"] != "AWS::ApiGatewayV2::Integration":
            return Unknown("the route's integration is not defined here")
        p = props(resource)
        kind = self.ev.string(p.get("IntegrationType"))
        kind = (
            kind.upper()
            if isinstance(kind, str)
            else kind
            if kind is not None
            else Unknown("no type")
        )
        function = None
        if isinstance(kind, Unknown) or kind == "AWS_PROXY":
            function = function_of(p.get("IntegrationUri"), self.functions)
        return Integration(kind, self.locs[logical_id or ""], function=function)


def http_cors(raw: Any, loc: Loc | None, ev: Evaluator) -> HttpCors | Unknown:
    """An ``AWS::ApiGatewayV2::Api`` ``CorsConfiguration`` (PascalCase keys)."""
    value = ev.value(raw)
    if isinstance(value, Unknown):
        return value
    if not isinstance(value, dict):
        return Unknown("CorsConfiguration is not an object")
    cors = HttpCors(loc=loc)
    for key, attr in _HTTP_CORS_FIELDS.items():
        if key not in value:
            continue
        where = entry(raw if isinstance(raw, dict) else value, key)
        if where is not None:
            cors.field_locs[attr] = where
        item = value[key]
        if attr == "max_age":
            if isinstance(item, Unknown) or (isinstance(item, int) and not isinstance(item, bool)):
                cors.max_age = item
            elif isinstance(item, str) and item.lstrip("-").isdigit():
                cors.max_age = int(item)
            else:
                cors.max_age = Unknown("MaxAge is not a number")
        elif attr == "allow_credentials":
            cors.allow_credentials = ev.boolean(item)
        else:
            setattr(cors, attr, strings(item))
    return cors


def strings(value: Any) -> tuple[str, ...] | Unknown:
    """A list of strings (one string counts as one item); Unknown if any item is."""
    if isinstance(value, Unknown):
        return value
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        return Unknown("expected a list of strings")
    out = []
    for item in items:
        if isinstance(item, Unknown):
            return item
        if not isinstance(item, str):
            return Unknown("expected a list of strings")
        out.append(str(item))
    return tuple(out)
