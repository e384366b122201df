"""OpenAPI 3 / Swagger 2 definitions with ``x-amazon-apigateway-*`` extensions → model.

Serves OpenAPI exports on disk, Terraform ``body``, SAM ``DefinitionBody`` and the
live audit: values may be ``Unknown`` or CloudFormation intrinsic dicts wherever a
string is expected; those become ``Unknown`` in the model, never a guess.
"""

from __future__ import annotations

import os
import pathlib
import re

from corslint.loaders.datafile import ParseError, load_data
from corslint.model import (
    Api,
    Authorization,
    GatewayResponse,
    HttpCors,
    InputError,
    Integration,
    IntegrationResponse,
    LoadResult,
    Mapping,
    MethodResponse,
    Route,
    Unchecked,
    Unknown,
)
from corslint.source import LDict, Loc, loc_of

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

METHODS = {
    "get": "GET",
    "put": "PUT",
    "post": "POST",
    "delete": "DELETE",
    "patch": "PATCH",
    "head": "HEAD",
    "options": "OPTIONS",
    "x-amazon-apigateway-any-method": "ANY",
}
_LAMBDA_URI = re.compile(r":lambda:path/[^/]+/functions/(.+)/invocations$")
_LAMBDA_ARN = re.compile(r"^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:/]+)(?::[^:/]+)?$")
_SUB_ARN = re.compile(r"\$\{([A-Za-z0-9]+)\.Arn\}")
_HEADER_SOURCE = re.compile(r"^\s*(?:method\.request\.header\.|\$request\.header\.)([^\s,]+)\s*$", re.I)
_CORS_FIELDS = {
    "allowOrigins": "allow_origins",
    "allowMethods": "allow_methods",
    "allowHeaders": "allow_headers",
    "exposeHeaders": "expose_headers",
    "maxAge": "max_age",
    "allowCredentials": "allow_credentials",
}


def is_openapi(doc: Any) -> bool:
    """Whether ``doc`` looks like an OpenAPI/Swagger definition."""
    return isinstance(doc, dict) and ("openapi" in doc or "swagger" in doc) and "paths" in doc


# ---------------------------------------------------------------- values


def _text(value: Any, what: str) -> str | Unknown:
    """A string where one is expected; ``Unknown`` for intrinsics and unknowns."""
    if isinstance(value, Unknown):
        return value
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
        return Unknown(f"{what} is not known")
    return str(value)


def _as_dict(value: Any) -> dict[Any, Any]:
    """``value`` if it is a mapping (intrinsics excluded by callers), else empty."""
    return value if isinstance(value, dict) else {}


def _strings(value: Any, what: str) -> tuple[str, ...] | Unknown:
    """A list of strings (a single string counts as one); ``Unknown`` if any is unknown."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return Unknown(f"{what} is not known")
    out = []
    for item in value:
        text = _text(item, what)
        if isinstance(text, Unknown):
            return text
        out.append(text)
    return tuple(out)


def _ignores(node: Any) -> frozenset[str]:
    """Rule IDs in ``x-corslint-ignore`` (a list or a comma-separated string)."""
    raw = _as_dict(node).get("x-corslint-ignore")
    if isinstance(raw, str):
        raw = raw.split(",")
    if not isinstance(raw, list):
        return frozenset()
    return frozenset(str(x).strip().upper() for x in raw if isinstance(x, str) and x.strip())


def _resolve(doc: Any, node: Any, depth: int = 0) -> Any:
    """Follow a local ``$ref`` (``#/a/b``); other refs resolve to an empty dict."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 20:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            return {}
        target: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        node, depth = target, depth + 1
    return node


def _entry(parent: Any, key: Any) -> Loc | None:
    """Where ``parent[key]`` was written: the whole entry, else the value."""
    if isinstance(parent, LDict) and key in parent.key_locs:
        return parent.key_locs[key]
    return loc_of(parent.get(key) if isinstance(parent, dict) else None, parent, key)


def _header_name(source: str) -> str | None:
    m = _HEADER_SOURCE.match(source)
    return m.group(1).lower() if m else None


def _identity_headers(source: Any) -> tuple[str, ...] | Unknown:
    """Request headers in an identity source (comma-separated string or list)."""
    if source is None:
        return ()
    items = source.split(",") if isinstance(source, str) else source
    if not isinstance(items, list):
        return Unknown("authorizer identity source is not known")
    out = []
    for item in items:
        if not isinstance(item, str):
            return Unknown("authorizer identity source is not known")
        name = _header_name(item)
        if name and name not in out:
            out.append(name)
    return tuple(out)


# ---------------------------------------------------------------- security


def _schemes(doc: LDict) -> dict[Any, Any]:
    if "securityDefinitions" in doc:
        return _as_dict(doc.get("securityDefinitions"))
    return _as_dict(_as_dict(doc.get("components")).get("securitySchemes"))


def _is_api_key_scheme(name: str, scheme: dict[Any, Any]) -> bool:
    if scheme.get("type") != "apiKey" or "x-amazon-apigateway-authtype" in scheme:
        return False
    if "x-amazon-apigateway-authorizer" in scheme:
        return False
    header = scheme.get("in") == "header" and str(scheme.get("name", "")).lower() == "x-api-key"
    return name == "api_key" or header


def _scheme_auth(name: str, scheme: Any, loc: Loc | None) -> Authorization:
    """The authorization one security scheme asks for."""
    if not isinstance(scheme, dict) or isinstance(scheme.get("x-amazon-apigateway-authorizer"), Unknown):
        return Authorization(type=Unknown(f"security scheme {name} is not known"), name=name, loc=loc)
    authtype = scheme.get("x-amazon-apigateway-authtype")
    authorizer = scheme.get("x-amazon-apigateway-authorizer")
    authorizer = authorizer if isinstance(authorizer, dict) else {}
    kind = authorizer.get("type")
    kind = kind.lower() if isinstance(kind, str) else kind
    authtype = authtype.lower() if isinstance(authtype, str) else authtype
    named_header: tuple[str, ...] = ()
    if scheme.get("in") == "header" and isinstance(scheme.get("name"), str):
        named_header = (scheme["name"].lower(),)
    if authtype == "awssigv4" or kind == "awssigv4" or authtype == "aws_iam":
        return Authorization("AWS_IAM", ("authorization", "x-amz-date", "x-amz-security-token"), name, loc)
    if authtype == "cognito_user_pools" or kind == "cognito_user_pools":
        headers = _first(_identity_headers(authorizer.get("identitySource")), named_header, ("authorization",))
        return _auth("COGNITO_USER_POOLS", headers, name, loc)
    if kind == "jwt":
        return _auth("JWT", _identity_headers(authorizer.get("identitySource", "$request.header.Authorization")), name, loc)
    if kind == "token":
        headers = _first(named_header, _identity_headers(authorizer.get("identitySource")), ("authorization",))
        return _auth("CUSTOM", headers, name, loc)
    if kind == "request":
        return _auth("CUSTOM", _identity_headers(authorizer.get("identitySource")), name, loc)
    if authtype == "custom" and not authorizer:
        return _auth("CUSTOM", named_header or ("authorization",), name, loc)
    return Authorization(type=Unknown(f"security scheme {name} is not an API Gateway authorizer"), name=name, loc=loc)


def _first(*options: tuple[str, ...] | Unknown) -> tuple[str, ...] | Unknown:
    """The first option that is Unknown or not empty."""
    for option in options:
        if isinstance(option, Unknown) or option:
            return option
    return ()


def _auth(kind: str, headers: tuple[str, ...] | Unknown, name: str, loc: Loc | None) -> Authorization:
    if isinstance(headers, Unknown):
        return Authorization(type=headers, name=name, loc=loc)
    return Authorization(kind, headers, name, loc)


def _security(doc: LDict, op: LDict) -> tuple[Authorization, bool | Unknown]:
    """Authorization and api-key requirement of an operation."""
    holder: Any = op if "security" in op else doc
    security = holder.get("security")
    sec_loc = _entry(holder, "security")
    if security is None:
        return Authorization(), False
    if not isinstance(security, list):
        return Authorization(type=Unknown("security is not known"), loc=sec_loc), Unknown("security is not known")
    if not security:
        return Authorization(loc=sec_loc), False
    if not all(isinstance(requirement, dict) for requirement in security):
        return Authorization(type=Unknown("security is not known"), loc=sec_loc), Unknown("security is not known")
    # API Gateway applies every requirement object: SAM writes the authorizer and
    # the API key as separate objects, and ``NONE`` for "no authorizer".
    schemes = _schemes(doc)
    auth, api_key = Authorization(loc=sec_loc), False
    for requirement, name in [(r, n) for r in security for n in r if n != "NONE"]:
        scheme = schemes.get(name)
        if isinstance(scheme, dict) and _is_api_key_scheme(str(name), scheme):
            api_key = True
            continue
        if scheme is None:
            auth = Authorization(type=Unknown(f"security scheme {name} is not defined"), name=str(name), loc=sec_loc)
            continue
        auth = _scheme_auth(str(name), scheme, _entry(requirement, name) or sec_loc)
    return auth, api_key


# ---------------------------------------------------------------- operations


def _request_headers(doc: LDict, *param_lists: Any) -> tuple[str, ...]:
    """Required ``in: header`` parameters (lower-case), path level then operation level."""
    out: list[str] = []
    for params in param_lists:
        for param in params if isinstance(params, list) else ():
            param = _resolve(doc, param)
            if not isinstance(param, dict) or param.get("in") != "header" or param.get("required") is not True:
                continue
            name = param.get("name")
            if isinstance(name, str) and name.lower() not in out:
                out.append(name.lower())
    return tuple(out)


def _method_responses(doc: LDict, op: LDict) -> dict[str, MethodResponse]:
    responses = op.get("responses")
    out: dict[str, MethodResponse] = {}
    if not isinstance(responses, dict):
        return out
    for status, response in responses.items():
        response = _resolve(doc, response)
        loc = _entry(responses, status)
        headers = _as_dict(response).get("headers") if isinstance(response, dict) else None
        if isinstance(response, Unknown) or isinstance(headers, Unknown):
            names: frozenset[str] | Unknown = Unknown("method response headers are not known")
        else:
            names = frozenset(str(h).lower() for h in _as_dict(headers))
        out[str(status)] = MethodResponse(str(status), names, loc)
    return out


def _function(uri: Any) -> str | Unknown | None:
    """``lambda:NAME`` for a Lambda URI, ``cfn:Id`` for a CloudFormation reference."""
    if isinstance(uri, Unknown):
        return Unknown(f"integration uri is not known ({uri.reason})")
    if isinstance(uri, str):
        if "${" in uri:
            return Unknown("integration uri is not known")
        m = _LAMBDA_URI.search(uri)
        arn = m.group(1) if m else uri
        m = _LAMBDA_ARN.match(arn)
        if m:
            return f"lambda:{m.group(1)}"
        return Unknown("integration uri is not known") if ":lambda:" in uri else None
    if isinstance(uri, dict) and len(uri) == 1:
        (fn, arg), = uri.items()
        if fn == "Fn::GetAtt":
            parts = arg.split(".", 1) if isinstance(arg, str) else arg
            if isinstance(parts, list) and len(parts) == 2 and parts[1] == "Arn" and isinstance(parts[0], str):
                return f"cfn:{parts[0]}"
        if fn == "Fn::Sub":
            template = arg[0] if isinstance(arg, list) and arg else arg
            if isinstance(template, str):
                found = set(_SUB_ARN.findall(template))
                if len(found) == 1:
                    return f"cfn:{found.pop()}"
    return Unknown("integration uri is not known")


def _mappings(params: Any, prefix: str) -> dict[str, Mapping]:
    """Header mappings ``<prefix>NAME: expr`` → {NAME: Mapping}."""
    out: dict[str, Mapping] = {}
    for key, expr in _as_dict(params).items():
        if isinstance(key, str) and key.lower().startswith(prefix):
            value = expr if isinstance(expr, str) else _text(expr, f"mapping for {key}")
            out[key[len(prefix):]] = Mapping(value, _entry(params, key))
    return out


def _integration(raw: Any, loc: Loc | None) -> Integration | Unknown | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or _is_intrinsic(raw):
        return Unknown("integration is not known")
    kind = _text(raw.get("type"), "integration type")
    if isinstance(kind, str):
        kind = kind.upper()
    templates_raw = raw.get("requestTemplates")
    templates: dict[str, str | Unknown] | Unknown | None = None
    if isinstance(templates_raw, dict) and not _is_intrinsic(templates_raw):
        templates = {str(ct): _text(t, "request template") for ct, t in templates_raw.items()}
    elif templates_raw is not None:
        templates = Unknown("request templates are not known")
    passthrough = _text(raw.get("passthroughBehavior", "WHEN_NO_MATCH"), "passthrough behaviour")
    responses = []
    raw_responses = raw.get("responses")
    for pattern, response in _as_dict(raw_responses).items():
        if not isinstance(response, dict):
            continue
        status = _text(response.get("statusCode"), "integration response status")
        responses.append(
            IntegrationResponse(
                status=status,
                selection_pattern=None if pattern == "default" else _text(pattern, "selection pattern"),
                headers=_mappings(response.get("responseParameters"), "method.response.header."),
                loc=_entry(raw_responses, pattern),
            )
        )
    function = None
    if isinstance(kind, Unknown) or kind in ("AWS", "AWS_PROXY"):
        function = _function(raw.get("uri"))
    return Integration(kind, loc, templates, passthrough if isinstance(passthrough, Unknown) else passthrough.upper(),
                       responses, function)


def _is_intrinsic(value: Any) -> bool:
    return isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("Ref", "Condition") or (
        isinstance(value, dict) and len(value) == 1 and str(next(iter(value))).startswith("Fn::")
    )


# ---------------------------------------------------------------- API level


def _is_http(doc: LDict) -> bool:
    if "x-amazon-apigateway-cors" in doc or "x-amazon-apigateway-importexport-version" in doc:
        return True
    for item in _as_dict(doc.get("paths")).values():
        for op in _as_dict(item).values():
            integration = _as_dict(op).get("x-amazon-apigateway-integration") if isinstance(op, dict) else None
            if isinstance(integration, dict) and "payloadFormatVersion" in integration:
                return True
    return False


def _cors(raw: Any, loc: Loc | None) -> HttpCors | Unknown | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or _is_intrinsic(raw):
        return Unknown("x-amazon-apigateway-cors is not known")
    cors = HttpCors(loc=loc)
    for field_name, attr in _CORS_FIELDS.items():
        if field_name not in raw:
            continue
        value = raw[field_name]
        where = _entry(raw, field_name)
        if where is not None:
            cors.field_locs[attr] = where
        if attr == "max_age":
            ok = isinstance(value, int) and not isinstance(value, bool)
            cors.max_age = value if ok else Unknown("maxAge is not known")
        elif attr == "allow_credentials":
            cors.allow_credentials = value if isinstance(value, bool) else Unknown("allowCredentials is not known")
        else:
            setattr(cors, attr, _strings(value, field_name))
    return cors


def _gateway_responses(raw: Any) -> dict[str, GatewayResponse]:
    out: dict[str, GatewayResponse] = {}
    for kind, response in _as_dict(raw).items():
        if not isinstance(kind, str) or not isinstance(response, dict):
            continue
        status = response.get("statusCode")
        out[kind] = GatewayResponse(
            type=kind,
            status=None if status is None else _text(status, "gateway response status"),
            headers=_mappings(response.get("responseParameters"), "gatewayresponse.header."),
            loc=_entry(raw, kind),
        )
    return out


def api_from_openapi(
    doc: LDict, *, file: str, key: str, source: str, name: str | None = None
) -> LoadResult:
    """One ``Api`` from an OpenAPI/Swagger definition with API Gateway extensions."""
    result = LoadResult()
    info = _as_dict(doc.get("info"))
    titles = (name, info.get("title"), doc.get("name"))
    api_name = next((t for t in titles if isinstance(t, str) and t), key)
    api_loc = _entry(doc, "info") or Loc(file, 1)
    kind = "http" if _is_http(doc) else "rest"
    api = Api(
        key=key,
        name=api_name,
        kind=kind,
        source=source,
        loc=api_loc,
        gateway_responses=_gateway_responses(doc.get("x-amazon-apigateway-gateway-responses")),
        cors=_cors(doc.get("x-amazon-apigateway-cors"), _entry(doc, "x-amazon-apigateway-cors")),
        ignores=_ignores(doc),
    )
    paths = doc.get("paths")
    if not isinstance(paths, dict) or _is_intrinsic(paths):
        result.unchecked.append(Unchecked(file, "paths are not known", api=api_name))
        paths = {}
    for path, item in paths.items():
        item = _resolve(doc, item)
        if not isinstance(path, str) or not isinstance(item, dict) or _is_intrinsic(item):
            result.unchecked.append(Unchecked(file, f"path {path} is not known", api=api_name))
            continue
        route_path = "$default" if kind == "http" and path == "/$default" else path
        for op_key, op in item.items():
            method = METHODS.get(str(op_key).lower())
            if method is None:
                continue
            route_key = route_path if route_path == "$default" else f"{method} {route_path}"
            if not isinstance(op, dict) or _is_intrinsic(op):
                result.unchecked.append(Unchecked(file, "operation is not known", api=api_name, route=route_key))
                continue
            loc = _entry(item, op_key)
            auth, api_key = _security(doc, op)
            raw_integration = op.get("x-amazon-apigateway-integration")
            api.routes.append(
                Route(
                    method="ANY" if route_path == "$default" else method,
                    path=route_path,
                    loc=loc,
                    auth=auth,
                    api_key_required=api_key,
                    request_headers=_request_headers(doc, item.get("parameters"), op.get("parameters")),
                    integration=_integration(raw_integration, _entry(op, "x-amazon-apigateway-integration")),
                    method_responses=_method_responses(doc, op),
                    ignores=_ignores(item) | _ignores(op),
                )
            )
    result.apis.append(api)
    return result


def load_openapi_file(path: pathlib.Path, *, cwd: pathlib.Path) -> LoadResult:
    """Load an OpenAPI/Swagger file; parse errors become ``InputError``s."""
    try:
        file = pathlib.Path(os.path.relpath(path, cwd)).as_posix()
    except ValueError:
        file = path.as_posix()
    try:
        doc = load_data(path, file)
    except ParseError as exc:
        return LoadResult(errors=[InputError(file, exc.message, exc.line, exc.column)])
    if not is_openapi(doc) or not isinstance(doc, LDict):
        return LoadResult()
    return api_from_openapi(doc, file=file, key=file, source="openapi")
