"""AWS structural API answers → an OpenAPI document with API Gateway extensions.

The document has the shape of AWS's own export (``x-amazon-apigateway-*``), but it
is built from ``get_resources``/``get_routes``/... which, unlike ``get_export``,
carry the integrations, gateway responses and authorizers. The same document is
what ``--save-exports`` writes, so ``corslint check`` on it sees the same API.
"""

from __future__ import annotations

import re
from typing import Any

_LAMBDA_ARN = re.compile(r"arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)")
_REQ_HEADER = "method.request.header."
_RESP_HEADER = "method.response.header."


def lambda_arn(uri: Any) -> str | None:
    """The unqualified Lambda function ARN inside an integration URI, if any."""
    m = _LAMBDA_ARN.search(uri) if isinstance(uri, str) else None
    return f"arn:aws:lambda:{m.group(1)}:{m.group(2)}:function:{m.group(3)}" if m else None


def _clean(value: Any) -> Any:
    """Drop ``None`` values and empty containers' ``None``s (boto3 omits most already)."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


# ---------------------------------------------------------------- REST


def _rest_scheme(authorizer: dict[str, Any]) -> dict[str, Any]:
    kind = str(authorizer.get("type", "")).upper()
    source = authorizer.get("identitySource")
    header = "Authorization"
    if isinstance(source, str) and source.lower().startswith(_REQ_HEADER) and "," not in source:
        header = source[len(_REQ_HEADER):]
    raw = {
        "type": "cognito_user_pools" if kind == "COGNITO_USER_POOLS" else kind.lower(),
        "identitySource": source,
        "authorizerUri": authorizer.get("authorizerUri"),
        "providerARNs": authorizer.get("providerARNs"),
        "identityValidationExpression": authorizer.get("identityValidationExpression"),
        "authorizerResultTtlInSeconds": authorizer.get("authorizerResultTtlInSeconds"),
    }
    return _clean({
        "type": "apiKey",
        "name": header,
        "in": "header",
        "x-amazon-apigateway-authtype": "cognito_user_pools" if kind == "COGNITO_USER_POOLS" else "custom",
        "x-amazon-apigateway-authorizer": raw,
    })


_SIGV4 = {"type": "apiKey", "name": "Authorization", "in": "header",
          "x-amazon-apigateway-authtype": "awsSigv4"}
_API_KEY = {"type": "apiKey", "name": "x-api-key", "in": "header"}


def _rest_integration(raw: dict[str, Any]) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    for status, response in sorted((raw.get("integrationResponses") or {}).items()):
        pattern = response.get("selectionPattern") or "default"
        responses[pattern] = _clean({
            "statusCode": response.get("statusCode", status),
            "responseParameters": response.get("responseParameters"),
            "responseTemplates": response.get("responseTemplates"),
            "contentHandling": response.get("contentHandling"),
        })
    return _clean({
        "type": str(raw.get("type", "")).lower() or None,
        "httpMethod": raw.get("httpMethod"),
        "uri": raw.get("uri"),
        "connectionType": raw.get("connectionType"),
        "requestParameters": raw.get("requestParameters"),
        "requestTemplates": raw.get("requestTemplates"),
        "passthroughBehavior": str(raw.get("passthroughBehavior") or "WHEN_NO_MATCH").lower(),
        "contentHandling": raw.get("contentHandling"),
        "responses": responses or None,
    })


def _rest_operation(
    method: dict[str, Any], authorizers: dict[str, dict[str, Any]], schemes: dict[str, Any]
) -> dict[str, Any]:
    op: dict[str, Any] = {}
    params = [
        {"name": key[len(_REQ_HEADER):], "in": "header", "required": bool(required),
         "schema": {"type": "string"}}
        for key, required in sorted((method.get("requestParameters") or {}).items())
        if key.lower().startswith(_REQ_HEADER)
    ]
    if params:
        op["parameters"] = params
    op["responses"] = {
        status: {
            "description": f"{status} response",
            **({"headers": {
                key[len(_RESP_HEADER):]: {"schema": {"type": "string"}}
                for key in sorted(response.get("responseParameters") or {})
                if key.lower().startswith(_RESP_HEADER)
            }} if response.get("responseParameters") else {}),
        }
        for status, response in sorted((method.get("methodResponses") or {}).items())
    }
    security: dict[str, list[str]] = {}
    kind = str(method.get("authorizationType") or "NONE").upper()
    if kind == "AWS_IAM":
        schemes["sigv4"] = _SIGV4
        security["sigv4"] = []
    elif kind in ("CUSTOM", "COGNITO_USER_POOLS"):
        authorizer = authorizers.get(str(method.get("authorizerId")))
        name = str(authorizer.get("name") or authorizer["id"]) if authorizer else f"authorizer-{method.get('authorizerId')}"
        if authorizer:
            schemes[name] = _rest_scheme(authorizer)
        security[name] = list(method.get("authorizationScopes") or [])
    if method.get("apiKeyRequired"):
        schemes["api_key"] = _API_KEY
        security["api_key"] = []
    if security:
        op["security"] = [{name: scopes} for name, scopes in security.items()]
    if method.get("methodIntegration"):
        op["x-amazon-apigateway-integration"] = _rest_integration(method["methodIntegration"])
    return op


def rest_doc(
    api: dict[str, Any],
    resources: list[dict[str, Any]],
    authorizers: list[dict[str, Any]],
    gateway_responses: list[dict[str, Any]],
) -> dict[str, Any]:
    """An OpenAPI 3 document for a REST API from ``get_rest_apis`` and friends."""
    by_id = {str(a.get("id")): a for a in authorizers}
    schemes: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    for resource in sorted(resources, key=lambda r: str(r.get("path"))):
        item: dict[str, Any] = {}
        for verb, method in sorted((resource.get("resourceMethods") or {}).items()):
            key = "x-amazon-apigateway-any-method" if verb.upper() == "ANY" else verb.lower()
            item[key] = _rest_operation(method, by_id, schemes)
        paths[str(resource.get("path"))] = item
    doc: dict[str, Any] = {
        "openapi": "3.0.1",
        "info": {"title": api.get("name") or api["id"], "version": str(api.get("version") or "1")},
        "x-corslint-aws": {"kind": "rest", "id": api["id"]},
        "paths": paths,
    }
    if schemes:
        doc["components"] = {"securitySchemes": schemes}
    declared = {
        str(r["responseType"]): _clean({
            "statusCode": r.get("statusCode"),
            "responseParameters": r.get("responseParameters"),
            "responseTemplates": r.get("responseTemplates"),
        })
        for r in gateway_responses
        if r.get("responseType") and not r.get("defaultResponse")
    }
    if declared:
        doc["x-amazon-apigateway-gateway-responses"] = dict(sorted(declared.items()))
    return doc


# ---------------------------------------------------------------- HTTP

_CORS = {
    "AllowOrigins": "allowOrigins", "AllowMethods": "allowMethods", "AllowHeaders": "allowHeaders",
    "ExposeHeaders": "exposeHeaders", "MaxAge": "maxAge", "AllowCredentials": "allowCredentials",
}


def _http_scheme(authorizer: dict[str, Any]) -> dict[str, Any]:
    kind = str(authorizer.get("AuthorizerType", "")).upper()
    source = ",".join(authorizer.get("IdentitySource") or [])
    if kind == "JWT":
        jwt = authorizer.get("JwtConfiguration") or {}
        return _clean({
            "type": "oauth2",
            "flows": {},
            "x-amazon-apigateway-authorizer": {
                "type": "jwt",
                "identitySource": source or None,
                "jwtConfiguration": {"audience": jwt.get("Audience"), "issuer": jwt.get("Issuer")},
            },
        })
    return _clean({
        "type": "apiKey",
        "name": "Authorization",
        "in": "header",
        "x-amazon-apigateway-authorizer": {
            "type": "request",
            "identitySource": source,
            "authorizerUri": authorizer.get("AuthorizerUri"),
            "authorizerPayloadFormatVersion": authorizer.get("AuthorizerPayloadFormatVersion"),
            "enableSimpleResponses": authorizer.get("EnableSimpleResponses"),
        },
    })


def _http_integration(raw: dict[str, Any]) -> dict[str, Any]:
    return _clean({
        "type": str(raw.get("IntegrationType", "")).lower() or None,
        "httpMethod": raw.get("IntegrationMethod"),
        "uri": raw.get("IntegrationUri"),
        "connectionType": raw.get("ConnectionType"),
        "payloadFormatVersion": raw.get("PayloadFormatVersion") or "1.0",
        "requestParameters": raw.get("RequestParameters"),
        "responseParameters": raw.get("ResponseParameters"),
    })


def http_doc(
    api: dict[str, Any],
    routes: list[dict[str, Any]],
    integrations: list[dict[str, Any]],
    authorizers: list[dict[str, Any]],
) -> dict[str, Any]:
    """An OpenAPI 3 document for an HTTP API from ``get_apis``, ``get_routes``, ..."""
    by_target = {f"integrations/{i['IntegrationId']}": i for i in integrations}
    by_auth = {str(a.get("AuthorizerId")): a for a in authorizers}
    schemes: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    for route in sorted(routes, key=lambda r: str(r.get("RouteKey"))):
        route_key = str(route.get("RouteKey"))
        if route_key == "$default":
            verb, path = "ANY", "/$default"
        else:
            verb, _, path = route_key.partition(" ")
        key = "x-amazon-apigateway-any-method" if verb.upper() == "ANY" else verb.lower()
        op: dict[str, Any] = {"responses": {"default": {"description": "Default response"}}}
        kind = str(route.get("AuthorizationType") or "NONE").upper()
        if kind == "AWS_IAM":
            schemes["sigv4"] = _SIGV4
            op["security"] = [{"sigv4": []}]
        elif kind in ("JWT", "CUSTOM"):
            authorizer = by_auth.get(str(route.get("AuthorizerId")))
            name = str(authorizer.get("Name") or authorizer["AuthorizerId"]) if authorizer else f"authorizer-{route.get('AuthorizerId')}"
            if authorizer:
                schemes[name] = _http_scheme(authorizer)
            op["security"] = [{name: list(route.get("AuthorizationScopes") or [])}]
        integration = by_target.get(str(route.get("Target")))
        if integration is not None:
            op["x-amazon-apigateway-integration"] = _http_integration(integration)
        paths.setdefault(path, {})[key] = op
    doc: dict[str, Any] = {
        "openapi": "3.0.1",
        "info": {"title": api.get("Name") or api["ApiId"], "version": str(api.get("Version") or "1")},
        "x-amazon-apigateway-importexport-version": "1.0",
        "x-corslint-aws": {"kind": "http", "id": api["ApiId"]},
        "paths": dict(sorted(paths.items())),
    }
    cors = api.get("CorsConfiguration")
    if cors:
        doc["x-amazon-apigateway-cors"] = {_CORS[k]: v for k, v in cors.items() if k in _CORS}
    if schemes:
        doc["components"] = {"securitySchemes": schemes}
    return doc


def function_arns(doc: dict[str, Any]) -> set[str]:
    """Every Lambda function the document's integrations call."""
    found = set()
    for item in doc.get("paths", {}).values():
        for op in item.values():
            arn = lambda_arn((op.get("x-amazon-apigateway-integration") or {}).get("uri"))
            if arn:
                found.add(arn)
    return found
