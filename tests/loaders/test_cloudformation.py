"""CloudFormation loader and intrinsic functions."""

from __future__ import annotations

import pathlib

import pytest

from corslint.loaders import datafile, yamljson
from corslint.loaders.cloudformation import is_template, load_template, reflected_origin
from corslint.loaders.intrinsics import NO_VALUE, Evaluator, reference
from corslint.model import HttpCors, Integration, LoadResult, Mapping, ReflectOrigin, Route, Unknown
from corslint.source import LStr

HERE = pathlib.Path(__file__).parent / "cfn"


def load(name: str, source_hint: str | None = None) -> LoadResult:
    path = HERE / name
    doc = datafile.load_data(path, name)
    return load_template(doc, file=name, cwd=HERE, source_hint=source_hint)


def routes(result: LoadResult, key: str) -> dict[str, Route]:
    api = next(a for a in result.apis if a.key == key)
    return {r.key: r for r in api.routes}


# ------------------------------------------------------------------ detection


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ({"AWSTemplateFormatVersion": "2010-09-09"}, True),
        ({"Transform": "AWS::Serverless-2016-10-31", "Resources": {}}, True),
        ({"Transform": ["AWS::LanguageExtensions", "AWS::Serverless-2016-10-31"]}, True),
        ({"Resources": {"A": {"Type": "AWS::SNS::Topic"}}}, True),
        ({"Resources": {"A": {"Type": "Custom::Thing"}}}, False),
        ({"openapi": "3.0.1", "paths": {}}, False),
        (["AWSTemplateFormatVersion"], False),
    ],
)
def test_is_template(doc: object, expected: bool) -> None:
    assert is_template(doc) is expected


# ------------------------------------------------------------------ REST


def test_rest_api_resources_methods_and_paths() -> None:
    result = load("rest-api.yaml")
    assert [a.key for a in result.apis] == ["cfn:Api"]
    api = result.apis[0]
    assert api.name == "orders-api" and api.kind == "rest" and api.source == "cloudformation"
    assert api.loc is not None and (api.loc.line, api.loc.end_line) == (7, 10)
    by_key = routes(result, "cfn:Api")
    assert set(by_key) == {"OPTIONS /orders/{id}", "PUT /orders/{id}", "POST /orders", "GET /"}


def test_rest_mock_integration_and_method_responses() -> None:
    options = routes(load("rest-api.yaml"), "cfn:Api")["OPTIONS /orders/{id}"]
    assert options.loc is not None and options.loc.line == 40
    integration = options.integration
    assert isinstance(integration, Integration) and integration.type == "MOCK"
    assert integration.request_templates == {"application/json": '{"statusCode": 200}'}
    (response,) = integration.responses
    assert response.status == "200" and response.selection_pattern is None
    origin = response.headers["Access-Control-Allow-Origin"]
    assert origin.expr == "'https://shop.example.com'"  # !Sub with the parameter default
    assert origin.loc is not None and origin.loc.line == 54
    assert options.method_responses["200"].headers == frozenset(
        {"access-control-allow-origin", "access-control-allow-methods"}
    )


def test_rest_authorizers_api_key_and_request_headers() -> None:
    by_key = routes(load("rest-api.yaml"), "cfn:Api")
    put = by_key["PUT /orders/{id}"]
    assert put.auth.type == "COGNITO_USER_POOLS" and put.auth.identity_headers == ("x-id-token",)
    assert put.auth.name == "users"
    assert put.api_key_required is True
    assert put.request_headers == ("x-trace",)
    assert isinstance(put.integration, Integration)
    assert put.integration.type == "AWS_PROXY" and put.integration.function == "cfn:OrderFn"
    post = by_key["POST /orders"]
    assert post.auth.type == "CUSTOM" and post.auth.identity_headers == ("x-tenant",)
    assert isinstance(post.integration, Integration)
    assert post.integration.function == "cfn:OrderFn"  # via Fn::Join
    assert post.integration.passthrough_behavior == "NEVER"
    assert [(r.status, r.selection_pattern) for r in post.integration.responses] == [
        ("200", None),
        ("400", ".*bad.*"),
    ]
    assert post.integration.responses[0].headers["Access-Control-Allow-Origin"].expr == "*"
    root = by_key["GET /"]
    assert root.auth.type == "AWS_IAM"
    assert isinstance(root.integration, Integration) and root.integration.function is None


def test_rest_gateway_responses_and_deployment() -> None:
    api = load("rest-api.yaml").apis[0]
    default = api.gateway_responses["DEFAULT_4XX"]
    assert default.status is None
    assert default.headers["Access-Control-Allow-Origin"].expr == "'https://shop.example.com'"
    assert default.loc is not None and default.loc.line == 114
    assert api.gateway_responses["UNAUTHORIZED"].status == "401"
    (deployment,) = api.deployments
    assert deployment.has_triggers is True and deployment.uncovered == ()


def test_lambda_functions() -> None:
    functions = load("rest-api.yaml").functions
    fn = functions["cfn:OrderFn"]
    assert fn.name == "orders" and fn.runtime == "python3.12" and fn.handler == "index.handler"
    assert isinstance(fn.code, Unknown) and "inline" in fn.code.reason
    assert isinstance(fn.environment, dict)
    assert fn.environment["ALLOWED_ORIGIN"] == "https://shop.example.com"
    assert isinstance(fn.environment["STAGE"], Unknown)
    assert functions["cfn:AuthFn"].image is True


def test_json_template_has_lines_and_columns() -> None:
    result = load("rest-api.json")
    api = result.apis[0]
    assert api.loc is not None and (api.loc.line, api.loc.column) == (4, 5)
    options = routes(result, "cfn:Api")["OPTIONS /items"]
    assert options.loc is not None and (options.loc.line, options.loc.column) == (9, 5)
    assert isinstance(options.integration, Integration)
    mapping = options.integration.responses[0].headers["Access-Control-Allow-Origin"]
    assert mapping.expr == "https://app.example.com"
    assert mapping.loc is not None and (mapping.loc.line, mapping.loc.column) == (23, 17)
    assert api.gateway_responses["DEFAULT_5XX"].loc.line == 33  # type: ignore[union-attr]


def test_rest_body_via_openapi_with_intrinsics() -> None:
    result = load("rest-body.yaml")
    assert {a.key for a in result.apis} == {
        "cfn:Api",
        "cfn:S3Api",
    }  # the conditioned one is skipped
    by_key = routes(result, "cfn:Api")
    get = by_key["GET /things"]
    assert get.auth.type == "COGNITO_USER_POOLS" and get.api_key_required is True
    assert isinstance(get.integration, Integration) and get.integration.function == "cfn:Fn"
    options = by_key["OPTIONS /things"]
    assert options.auth.type == "NONE"
    assert isinstance(options.integration, Integration)
    origin = options.integration.responses[0].headers["Access-Control-Allow-Origin"]
    assert origin.expr == "'https://shop.example.com'"
    assert any("BodyS3Location" in u.reason for u in result.unchecked)


def test_orphan_gateway_response_is_keyed_for_merging() -> None:
    result = load("orphan-gateway-response.yaml", source_hint="serverless")
    (api,) = result.apis
    assert api.key == "cfn:ApiGatewayRestApi" and api.kind == "rest" and api.routes == []
    assert api.source == "serverless"
    assert (
        api.gateway_responses["DEFAULT_4XX"].headers["Access-Control-Allow-Headers"].expr == "'*'"
    )


# ------------------------------------------------------------------ HTTP API


def test_http_api_cors_routes_and_jwt() -> None:
    result = load("http-api.yaml")
    assert [a.key for a in result.apis] == ["cfn:Http"]  # the WebSocket API is skipped
    api = result.apis[0]
    assert api.kind == "http"
    cors = api.cors
    assert isinstance(cors, HttpCors)
    assert cors.allow_origins == ("https://app.example.com",)
    assert (
        cors.allow_methods == ("GET", "PUT")
        and cors.max_age == 600
        and cors.allow_credentials is True
    )
    assert cors.loc_for("allow_origins").line == 9  # type: ignore[union-attr]
    by_key = {r.key: r for r in api.routes}
    put = by_key["PUT /items/{id}"]
    assert put.auth.type == "JWT" and put.auth.identity_headers == ("x-jwt",)
    assert isinstance(put.integration, Integration) and put.integration.function == "cfn:Fn"
    default = by_key["$default"]
    assert default.method == "ANY" and default.auth.type == "NONE"
    assert isinstance(default.integration, Integration) and default.integration.function == "cfn:Fn"


# ------------------------------------------------------------------ intrinsics

TEMPLATE = {
    "Parameters": {
        "Origin": {"Type": "String", "Default": "https://a.example.com"},
        "Origins": {
            "Type": "CommaDelimitedList",
            "Default": "https://a.example.com,https://b.example.com",
        },
        "Port": {"Type": "Number", "Default": 8080},
        "NoDefault": {"Type": "String"},
        "Stage": {"Type": "String", "Default": "prod"},
    },
    "Mappings": {"Env": {"prod": {"Origin": "https://prod.example.com"}}},
    "Conditions": {
        "IsProd": {"Fn::Equals": [{"Ref": "Stage"}, "prod"]},
        "IsDev": {"Fn::Not": [{"Condition": "IsProd"}]},
        "Custom": {"Fn::Equals": [{"Ref": "NoDefault"}, "x"]},
        "ProdOrCustom": {"Fn::Or": [{"Condition": "IsProd"}, {"Condition": "Custom"}]},
        "Loop": {"Condition": "Loop"},
    },
    "Resources": {"Fn": {"Type": "AWS::Lambda::Function"}},
}


@pytest.mark.parametrize(
    ("node", "expected"),
    [
        ({"Ref": "Origin"}, "https://a.example.com"),
        ({"Ref": "Port"}, "8080"),
        ({"Fn::Sub": "'${Origin}'"}, "'https://a.example.com'"),
        ({"Fn::Sub": ["${X}:${Port}", {"X": {"Ref": "Origin"}}]}, "https://a.example.com:8080"),
        ({"Fn::Sub": "${!Literal}"}, "${Literal}"),
        ({"Fn::Join": [",", {"Ref": "Origins"}]}, "https://a.example.com,https://b.example.com"),
        ({"Fn::Select": [1, {"Ref": "Origins"}]}, "https://b.example.com"),
        ({"Fn::Select": ["0", {"Fn::Split": ["|", "a|b"]}]}, "a"),
        ({"Fn::FindInMap": ["Env", {"Ref": "Stage"}, "Origin"]}, "https://prod.example.com"),
        ({"Fn::If": ["IsProd", "'p'", "'d'"]}, "'p'"),
        ({"Fn::If": ["IsDev", "'p'", "'d'"]}, "'d'"),
        ({"Fn::If": ["ProdOrCustom", "y", "n"]}, "y"),
    ],
)
def test_evaluate(node: object, expected: object) -> None:
    assert Evaluator.for_template(TEMPLATE).value(node) == expected


@pytest.mark.parametrize(
    ("node", "reason"),
    [
        ({"Ref": "AWS::Region"}, "pseudo parameter"),
        ({"Ref": "NoDefault"}, "no default"),
        ({"Ref": "Fn"}, "physical ID"),
        ({"Ref": "Nowhere"}, "undefined"),
        ({"Fn::Sub": "${AWS::AccountId}"}, "pseudo parameter"),
        ({"Fn::Sub": "${Fn.Arn}"}, "deploy time"),
        ({"Fn::GetAtt": ["Fn", "Arn"]}, "deploy time"),
        ({"Fn::ImportValue": "x"}, "deploy time"),
        ({"Fn::If": ["Custom", "a", "b"]}, "condition Custom"),
        ({"Fn::If": ["Loop", "a", "b"]}, "itself"),
        ({"Fn::FindInMap": ["Env", "dev", "Origin"]}, "not in the mapping"),
        ({"Fn::Join": [",", ["a", {"Ref": "AWS::Region"}]]}, "pseudo parameter"),
    ],
)
def test_unresolvable_is_unknown(node: object, reason: str) -> None:
    value = Evaluator.for_template(TEMPLATE).value(node)
    assert isinstance(value, Unknown) and reason in value.reason


def test_no_value_removes_the_property_and_strings_keep_positions() -> None:
    ev = Evaluator.for_template(TEMPLATE)
    out = ev.value({"A": {"Fn::If": ["IsProd", {"Ref": "AWS::NoValue"}, "x"]}, "B": "y"})
    assert out == {"B": "y"} and NO_VALUE not in out.values()
    doc = yamljson.load_yaml(
        "Parameters:\n  O: {Type: String, Default: x}\nV: !Sub 'a-${O}'\n", "t.yaml"
    )
    value = Evaluator.for_template(doc).value(doc["V"])
    assert (
        value == "a-x" and isinstance(value, LStr) and value.loc is not None and value.loc.line == 3
    )


@pytest.mark.parametrize(
    ("node", "target"),
    [
        ({"Ref": "Api"}, "Api"),
        ({"Ref": "AWS::Region"}, None),
        ({"Fn::GetAtt": ["Fn", "Arn"]}, "Fn"),
        ({"Fn::GetAtt": "Fn.Arn"}, "Fn"),
        (
            {
                "Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/x/"
                "functions/${Fn.Arn}/i"
            },
            "Fn",
        ),
        ({"Fn::Sub": ["${A}/i", {"A": {"Fn::GetAtt": ["Fn", "Arn"]}}]}, "Fn"),
        ({"Fn::Join": ["", ["integrations/", {"Ref": "Integ"}]]}, "Integ"),
        ("plain", None),
    ],
)
def test_reference(node: object, target: str | None) -> None:
    assert reference(node) == target


# ------------------------------------------------------------------ compiled Serverless output


def test_serverless_compiled_template() -> None:
    result = load("serverless-compiled.json", source_hint="serverless")
    (api,) = result.apis
    assert api.key == "cfn:ApiGatewayRestApi" and api.source == "serverless"
    by_key = {r.key: r for r in api.routes}
    post = by_key["POST /items"]
    assert isinstance(post.integration, Integration)
    assert (
        post.integration.function == "cfn:CreateLambdaFunction"
    )  # Fn::Join with AWS::Partition first
    options = by_key["OPTIONS /items"]
    assert isinstance(options.integration, Integration)
    assert options.integration.request_templates == {"application/json": "{statusCode:200}"}
    origin = options.integration.responses[0].headers["Access-Control-Allow-Origin"]
    assert origin.expr == ReflectOrigin(
        ("https://a.example.com", "https://*.b.example.com"), "https://a.example.com"
    )
    assert origin.loc is not None and origin.loc.line == 34
    assert result.functions["cfn:CreateLambdaFunction"].name == "shop-dev-create"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("#set($x = 1)", "'https://a.example.com'"),
        (
            '#if($origin.matches("https://b[.]example[.]com")) '
            "#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin) #end",
            ReflectOrigin(("https://b.example.com",), "https://a.example.com"),
        ),
        (
            '#if($origin.matches("^https://(a|b)\\\\.example\\\\.com$")) '
            "#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin) #end",
            "unknown",
        ),
    ],
)
def test_reflected_origin(template: str, expected: object) -> None:
    headers = {"Access-Control-Allow-Origin": Mapping("'https://a.example.com'")}
    reflected_origin({"application/json": template}, headers, None)
    expr = headers["Access-Control-Allow-Origin"].expr
    if expected == "unknown":
        assert isinstance(expr, Unknown)
    else:
        assert expr == expected


# ------------------------------------------------------------------ robustness

WEIRD: list[object] = [
    None,
    1,
    True,
    "x",
    [],
    {},
    [1, "a"],
    {"Ref": "Nope"},
    {"Fn::Sub": 3},
    {"Fn::If": "x"},
    {"Fn::Join": [1]},
    {"Fn::FindInMap": [[1], "a", "b"]},
]


def _slots(node: object, acc: list[tuple[object, object]]) -> list[tuple[object, object]]:
    if isinstance(node, dict):
        for key, value in node.items():
            acc.append((node, key))
            _slots(value, acc)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            acc.append((node, index))
            _slots(value, acc)
    return acc


@pytest.mark.parametrize(
    "path",
    sorted(p for p in HERE.glob("*.*") if p.is_file() and p.suffix in (".yaml", ".json"))
    + sorted((HERE.parent / "sam").glob("*.yaml")),
    ids=lambda p: p.name,
)
def test_malformed_values_never_crash(path: pathlib.Path) -> None:
    """Any property replaced by a value of the wrong shape: a model, never an exception."""
    import random

    rng = random.Random(path.name)
    for _ in range(60):
        doc = datafile.load_data(path, path.name)
        slots = _slots(doc, [])
        for _ in range(rng.randint(1, 3)):
            parent, key = rng.choice(slots)
            parent[key] = rng.choice(WEIRD)  # type: ignore[index]
        load_template(doc, file=path.name, cwd=path.parent)


# ------------------------------------------------------------------ rules on CloudFormation input

RULE_CASES = {
    "rule-rest-problems.yaml": {
        ("CORS002", 22),
        ("CORS012", 60),
        ("CORS035", 62),
        ("CORS005", 84),
        ("CORS013", 87),
        ("CORS012", 101),
        # the routes send credentials (ACAC 'True'): gateway errors need ACAC 'true' too
        ("CORS020", 104),
        ("CORS020", 111),
    },
    "rule-http-wildcard-credentials.json": {("CORS030", 10), ("CORS037", 10)},
}


@pytest.mark.parametrize("name", sorted(RULE_CASES))
def test_rules_fire_at_the_template_lines(name: str, tmp_path: pathlib.Path) -> None:
    """Findings on CloudFormation input (CORS050 is Terraform-only: a Deployment is fine)."""
    import shutil

    from corslint.config import load_config
    from corslint.engine import lint

    shutil.copy(HERE / name, tmp_path / name)
    report = lint([pathlib.Path(".")], load_config(None, tmp_path), tmp_path)
    assert not report.errors
    assert {(f.rule, f.line) for f in report.findings} == RULE_CASES[name]
    assert all(f.source == "cloudformation" and f.column > 1 for f in report.findings)


def test_body_from_an_aws_include_transform(tmp_path: pathlib.Path) -> None:
    (tmp_path / "defs").mkdir()
    (tmp_path / "defs" / "api.yaml").write_text(
        "swagger: '2.0'\ninfo: {title: t}\npaths:\n  /x:\n    put:\n      responses: {}\n"
    )
    (tmp_path / "template.yaml").write_text(
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Api:\n"
        "    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Body:\n"
        "        Fn::Transform:\n          Name: AWS::Include\n"
        "          Parameters: {Location: defs/api.yaml}\n"
        "  S3:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Body:\n"
        "        Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://b/api.yaml}}\n"
    )
    doc = datafile.load_data(tmp_path / "template.yaml", "template.yaml")
    result = load_template(doc, file="template.yaml", cwd=tmp_path)
    (route,) = routes(result, "cfn:Api").values()
    assert route.key == "PUT /x" and route.loc is not None and route.loc.file == "defs/api.yaml"
    assert any("s3://b/api.yaml" in u.reason for u in result.unchecked)
