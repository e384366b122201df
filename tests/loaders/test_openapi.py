"""Tests for corslint.loaders.openapi: OpenAPI/Swagger exports → model."""

from __future__ import annotations

import pathlib

from corslint.loaders.openapi import api_from_openapi, is_openapi, load_openapi_file
from corslint.loaders.yamljson import load_yaml
from corslint.model import Api, Authorization, Integration, Mapping, Route, Unknown
from corslint.source import LDict, Loc

HERE = pathlib.Path(__file__).parent / "openapi"


def _load(name: str) -> Api:
    result = load_openapi_file(HERE / name, cwd=HERE)
    assert result.errors == [] and result.unchecked == []
    assert len(result.apis) == 1
    return result.apis[0]


def _routes(api: Api) -> dict[str, Route]:
    return {route.key: route for route in api.routes}


def test_swagger2_console_export() -> None:
    api = _load("pets-prod-swagger-apigateway.json")
    f = "pets-prod-swagger-apigateway.json"
    assert (api.key, api.name, api.kind, api.source) == (f, "pets", "rest", "openapi")
    assert api.loc == Loc(f, 3, 3, 6, 4)
    assert api.gateway_responses == {} and api.cors is None
    routes = _routes(api)
    assert list(routes) == ["GET /pets", "POST /pets", "OPTIONS /pets"]
    for key in ("GET /pets", "POST /pets"):
        integration = routes[key].integration
        assert isinstance(integration, Integration)
        assert integration.type == "AWS_PROXY" and integration.function == "lambda:pets-api"
        assert integration.passthrough_behavior == "WHEN_NO_MATCH" and integration.request_templates is None
        assert routes[key].auth == Authorization()
        assert routes[key].method_responses["200"].headers == frozenset()
    options = routes["OPTIONS /pets"]
    assert options.loc == Loc(f, 57, 7, 100, 8)
    assert options.method_responses["200"].headers == {
        "access-control-allow-origin", "access-control-allow-methods", "access-control-allow-headers"}
    mock = options.integration
    assert isinstance(mock, Integration) and mock.type == "MOCK" and mock.function is None
    assert mock.request_templates == {"application/json": '{"statusCode": 200}'}
    (default,) = mock.responses
    assert default.status == "200" and default.selection_pattern is None
    assert default.headers["Access-Control-Allow-Origin"] == Mapping("'*'", Loc(f, 95, 17, 95, 76))
    assert set(default.headers) == {
        "Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers"}


def test_oas3_yaml_positions_for_undeclared_header() -> None:
    api = _load("openapi.yaml")
    assert api.kind == "rest" and api.name == "reports"
    options = _routes(api)["OPTIONS /reports"]
    assert options.loc == Loc("openapi.yaml", 24, 5, 45, 70)
    integration = options.integration
    assert isinstance(integration, Integration)
    mapping = integration.responses[0].headers["Access-Control-Max-Age"]
    assert mapping == Mapping("'3600'", Loc("openapi.yaml", 45, 15, 45, 70))
    assert options.method_responses["200"].headers == {"access-control-allow-origin", "access-control-allow-methods"}
    get = _routes(api)["GET /reports"].integration
    assert isinstance(get, Integration) and get.type == "HTTP" and get.function is None
    assert set(api.gateway_responses) == {"DEFAULT_4XX", "DEFAULT_5XX"}
    gr = api.gateway_responses["DEFAULT_4XX"]
    assert gr.status is None and gr.loc == Loc("openapi.yaml", 47, 3, 49, 90)
    assert gr.headers["Access-Control-Allow-Origin"].expr == "'https://reports.example.com'"


def test_http_api_export_with_cors_and_jwt() -> None:
    api = _load("http-api-export.yaml")
    assert api.kind == "http" and api.name == "orders-http"
    cors = api.cors
    assert cors is not None and not isinstance(cors, Unknown)
    assert cors.allow_origins == ("https://app.example.com",)
    assert cors.allow_methods == ("GET", "POST")
    assert cors.allow_headers == ("authorization", "content-type")
    assert cors.expose_headers == () and cors.max_age == 600 and cors.allow_credentials is True
    assert cors.loc == Loc("http-api-export.yaml", 6, 1, 17, 25)
    assert cors.loc_for("allow_credentials") == Loc("http-api-export.yaml", 17, 3, 17, 25)
    assert cors.field_locs["allow_origins"] == Loc("http-api-export.yaml", 7, 3, 8, 30)
    routes = _routes(api)
    assert list(routes) == ["GET /orders", "$default"]
    get = routes["GET /orders"]
    assert get.auth.type == "JWT" and get.auth.identity_headers == ("authorization",)
    assert get.auth.name == "jwt-auth"
    assert isinstance(get.integration, Integration) and get.integration.function == "lambda:orders-list"
    default = routes["$default"]
    assert (default.method, default.path) == ("ANY", "$default")
    assert isinstance(default.integration, Integration) and default.integration.function == "lambda:fallback"


def test_security_authorizers_params_and_ignores() -> None:
    api = _load("security.yaml")
    assert api.ignores == {"CORS037"}
    routes = _routes(api)
    get = routes["GET /items"]
    assert (get.auth.type, get.auth.identity_headers, get.auth.name) == ("CUSTOM", ("x-session",), "token-auth")
    assert get.api_key_required is True
    assert get.request_headers == ("x-tenant", "x-request-id")
    assert get.ignores == {"CORS003", "CORS020", "CORS051"}
    assert isinstance(get.integration, Integration) and get.integration.function == "cfn:ItemsFunction"
    post = routes["POST /items"]
    assert post.auth.type == "AWS_IAM" and "x-amz-date" in post.auth.identity_headers
    assert post.api_key_required is False and post.request_headers == ("x-tenant",)
    assert isinstance(post.integration, Integration) and post.integration.function == "cfn:ItemsFunction"
    put = routes["PUT /items"]
    assert (put.auth.type, put.auth.identity_headers) == ("COGNITO_USER_POOLS", ("authorization",))
    integration = put.integration
    assert isinstance(integration, Integration)
    assert integration.type == "AWS" and integration.passthrough_behavior == "NEVER"
    assert isinstance(integration.function, Unknown)
    assert integration.request_templates is not None and not isinstance(integration.request_templates, Unknown)
    assert isinstance(integration.request_templates["application/json"], Unknown)
    (response,) = integration.responses
    assert (response.status, response.selection_pattern) == ("400", "4\\d{2}")
    assert routes["DELETE /items"].auth == Authorization(loc=Loc("security.yaml", 55, 7, 55, 19))
    assert routes["DELETE /items"].api_key_required is False
    patch = routes["PATCH /items"].auth
    assert (patch.type, patch.identity_headers) == ("CUSTOM", ("x-user", "x-org"))
    assert isinstance(routes["HEAD /items"].auth.type, Unknown)
    options = routes["OPTIONS /items"]
    assert options.auth.type == "NONE" and options.api_key_required is True
    unauthorized = api.gateway_responses["UNAUTHORIZED"]
    assert unauthorized.status == "401"
    assert set(unauthorized.headers) == {"Access-Control-Allow-Origin", "Vary"}
    assert unauthorized.headers["Vary"].loc == Loc("security.yaml", 70, 7, 70, 46)
    assert isinstance(api.gateway_responses["DEFAULT_5XX"].headers["Access-Control-Allow-Origin"].expr, Unknown)


def test_root_security_applies_and_empty_security_clears() -> None:
    text = """\
swagger: "2.0"
info: {title: t}
securityDefinitions:
  api_key: {type: apiKey, name: x-api-key, in: header}
  auth: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: cognito_user_pools}
security: [{auth: [], api_key: []}]
paths:
  /a:
    get: {}
    options: {security: []}
"""
    doc = load_yaml(text, "s.yaml")
    routes = _routes(api_from_openapi(doc, file="s.yaml", key="k", source="sam").apis[0])
    assert routes["GET /a"].auth.type == "COGNITO_USER_POOLS" and routes["GET /a"].api_key_required is True
    assert routes["OPTIONS /a"].auth.type == "NONE" and routes["OPTIONS /a"].api_key_required is False


def test_unknown_values_never_crash() -> None:
    gone = Unknown("variable without a default")
    doc = LDict(
        openapi="3.0.1",
        info=LDict(title=gone),
        paths=LDict(
            {
                "/x": LDict(
                    get=LDict({"x-amazon-apigateway-integration": LDict(type=gone, uri=gone, responses=gone),
                               "security": gone, "parameters": gone, "responses": gone}),
                    post=LDict({"x-amazon-apigateway-integration": gone}),
                    put=gone,
                ),
                "/y": gone,
            }
        ),
        **{"x-amazon-apigateway-cors": LDict(allowOrigins=gone, maxAge=gone, allowCredentials=gone),
           "x-amazon-apigateway-gateway-responses": gone},
    )
    assert is_openapi(doc)
    result = api_from_openapi(doc, file="main.tf", key="aws_api_gateway_rest_api.x", source="terraform", name=None)
    (api,) = result.apis
    assert api.name == "aws_api_gateway_rest_api.x" and api.kind == "http"
    assert api.loc == Loc("main.tf", 1)
    assert isinstance(api.cors, object) and not isinstance(api.cors, Unknown) and api.cors is not None
    assert isinstance(api.cors.allow_origins, Unknown) and isinstance(api.cors.max_age, Unknown)
    assert isinstance(api.cors.allow_credentials, Unknown)
    routes = _routes(api)
    get = routes["GET /x"]
    assert isinstance(get.auth.type, Unknown) and isinstance(get.api_key_required, Unknown)
    assert isinstance(get.integration, Integration)
    assert isinstance(get.integration.type, Unknown) and isinstance(get.integration.function, Unknown)
    assert isinstance(routes["POST /x"].integration, Unknown)
    assert {u.route for u in result.unchecked} == {"PUT /x", None}


def test_cloudformation_uri_forms() -> None:
    text = """\
openapi: 3.0.1
info: {title: t}
paths:
  /a:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
        uri: {"Fn::Sub": ["arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations", {}]}
    put:
      x-amazon-apigateway-integration:
        type: AWS_PROXY
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${stageVariables.fn}/invocations
    post:
      x-amazon-apigateway-integration:
        type: http_proxy
        uri: https://example.com/{proxy}
"""
    routes = _routes(api_from_openapi(load_yaml(text, "u.yaml"), file="u.yaml", key="k", source="sam").apis[0])
    functions = {k: r.integration.function for k, r in routes.items() if isinstance(r.integration, Integration)}
    assert functions["GET /a"] == "cfn:Fn"
    assert isinstance(functions["PUT /a"], Unknown)
    assert functions["POST /a"] is None


def test_not_openapi_and_parse_errors() -> None:
    assert not is_openapi({"AWSTemplateFormatVersion": "2010-09-09"})
    assert not is_openapi({"openapi": "3.0.1"})
    result = load_openapi_file(HERE / "truncated-export.json", cwd=HERE)
    assert result.apis == []
    (error,) = result.errors
    assert (error.file, error.line, error.column) == ("truncated-export.json", 6, 65)
    assert load_openapi_file(HERE.parent / "test_openapi.py", cwd=HERE.parent).apis == []


def test_security_requirements_are_merged_and_none_is_no_authorizer():
    """SAM writes the authorizer and the API key as separate requirement objects."""
    from corslint.loaders.openapi import api_from_openapi
    from corslint.loaders.yamljson import load_yaml

    doc = load_yaml(
        "openapi: 3.0.1\n"
        "info: {title: t, version: '1'}\n"
        "paths:\n"
        "  /a:\n"
        "    get:\n"
        "      security: [{Cognito: []}, {api_key: []}]\n"
        "      responses: {'200': {description: ok}}\n"
        "  /b:\n"
        "    get:\n"
        "      security: [{NONE: []}, {api_key: []}]\n"
        "      responses: {'200': {description: ok}}\n"
        "components:\n"
        "  securitySchemes:\n"
        "    api_key: {type: apiKey, name: x-api-key, in: header}\n"
        "    Cognito:\n"
        "      type: apiKey\n"
        "      name: Authorization\n"
        "      in: header\n"
        "      x-amazon-apigateway-authtype: cognito_user_pools\n"
        "      x-amazon-apigateway-authorizer: {type: cognito_user_pools, providerARNs: [arn]}\n",
        "o.yaml",
    )
    (api,) = api_from_openapi(doc, file="o.yaml", key="k", source="openapi").apis
    routes = {r.path: r for r in api.routes}
    assert routes["/a"].auth.type == "COGNITO_USER_POOLS" and routes["/a"].api_key_required is True
    assert routes["/b"].auth.type == "NONE" and routes["/b"].api_key_required is True
