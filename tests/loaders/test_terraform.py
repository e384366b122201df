"""Tests for corslint.loaders.terraform: Terraform configurations → model."""

from __future__ import annotations

import pathlib

import pytest

from corslint.loaders.terraform import load_terraform
from corslint.model import Api, Integration, LoadResult, Route, Unknown
from corslint.source import Loc

HERE = pathlib.Path(__file__).parent / "terraform"
CASES = pathlib.Path("/work/shared/conformance/cases")
SUFFIXES = (".tf", ".tf.json", ".tfvars", ".tfvars.json")


def _load(directory: pathlib.Path, **kwargs: object) -> LoadResult:
    files = [
        p for p in directory.rglob("*") if p.name.endswith(SUFFIXES) and ".terraform" not in p.parts
    ]
    return load_terraform(
        files,
        cwd=directory,
        variables=kwargs.get("variables", {}),  # type: ignore[arg-type]
        var_files=kwargs.get("var_files", []),  # type: ignore[arg-type]
    )


def _routes(api: Api) -> dict[str, Route]:
    return {route.key: route for route in api.routes}


def _integration(route: Route) -> Integration:
    assert isinstance(route.integration, Integration)
    return route.integration


def _case(name: str) -> pathlib.Path:
    local = HERE / name
    if local.is_dir():
        return local
    if not (CASES / name).is_dir():
        pytest.skip(f"conformance case {name} not available")
    return CASES / name


# ------------------------------------------------------------ conformance


def test_options_requires_auth() -> None:
    result = _load(_case("tf-options-requires-auth"))
    assert result.errors == []
    (api,) = result.apis
    assert (api.key, api.name, api.kind, api.source) == (
        ".:aws_api_gateway_rest_api.orders",
        "orders",
        "rest",
        "terraform",
    )
    assert api.loc == Loc("api.tf", 9, 1, 11, 2)
    routes = _routes(api)
    assert set(routes) == {"POST /orders", "OPTIONS /orders"}
    options = routes["OPTIONS /orders"]
    assert options.loc == Loc("api.tf", 44, 1, 50, 2)
    assert options.auth.type == "COGNITO_USER_POOLS"
    assert options.auth.identity_headers == ("authorization",)
    assert options.auth.name == "cognito"
    assert options.auth.loc is not None and options.auth.loc.line == 48
    integ = _integration(options)
    assert integ.type == "MOCK"
    assert integ.request_templates == {"application/json": '{"statusCode":200}'}
    assert integ.passthrough_behavior == "WHEN_NO_MATCH"
    (resp,) = integ.responses
    assert resp.status == "200" and resp.selection_pattern is None
    assert {k: (m.expr, m.loc.line if m.loc else None) for k, m in resp.headers.items()} == {
        "Access-Control-Allow-Origin": ("'https://orders.example.com'", 81),
        "Access-Control-Allow-Methods": ("'OPTIONS,POST'", 82),
        "Access-Control-Allow-Headers": ("'Content-Type,Authorization'", 83),
        "Access-Control-Max-Age": ("'7200'", 84),
    }
    assert options.method_responses["200"].headers == frozenset(
        {
            "access-control-allow-origin",
            "access-control-allow-methods",
            "access-control-allow-headers",
            "access-control-max-age",
        }
    )
    post = _integration(routes["POST /orders"])
    assert post.type == "AWS_PROXY" and post.function == ".:aws_lambda_function.create"
    assert set(api.gateway_responses) == {"DEFAULT_4XX", "DEFAULT_5XX"}
    gr = api.gateway_responses["DEFAULT_4XX"]
    assert gr.status is None and gr.loc == Loc("api.tf", 89, 1, 95, 2)
    assert gr.headers["Access-Control-Allow-Origin"].expr == "'https://orders.example.com'"
    (dep,) = api.deployments
    assert dep.has_triggers and dep.uncovered == ()
    fn = result.functions[".:aws_lambda_function.create"]
    assert (fn.name, fn.runtime, fn.handler, fn.code) == (
        "orders-create",
        "python3.12",
        "create_order.handler",
        "functions",
    )


def test_put_without_preflight_for_each_and_var_defaults() -> None:
    result = _load(_case("tf-put-without-preflight"))
    (api,) = result.apis
    assert api.name == "inventory-v1"
    routes = _routes(api)
    assert set(routes) == {"PUT /items/{id}"}
    assert routes["PUT /items/{id}"].loc == Loc("main.tf", 27, 1, 32, 2)
    assert routes["PUT /items/{id}"].auth.type == "NONE"
    assert set(api.gateway_responses) == {"DEFAULT_4XX", "DEFAULT_5XX"}
    for gr in api.gateway_responses.values():
        mapping = gr.headers["Access-Control-Allow-Origin"]
        assert (
            mapping.expr == "'https://admin.example.com'"
            and mapping.loc is not None
            and mapping.loc.line == 48
        )
    (dep,) = api.deployments
    assert dep.uncovered == ()
    fn = result.functions[".:aws_lambda_function.items"]
    assert fn.code == "handlers" and fn.environment == {
        "ALLOWED_ORIGIN": "https://admin.example.com"
    }


def test_origin_trailing_slash_and_filesha1_trigger() -> None:
    (api,) = _load(_case("tf-origin-trailing-slash")).apis
    route = _routes(api)["GET /health"]
    (resp,) = _integration(route).responses
    mapping = resp.headers["Access-Control-Allow-Origin"]
    assert mapping.expr == "'https://status.example.com/'"
    assert mapping.loc is not None and mapping.loc.line == 43
    assert resp.loc == Loc("cors.tf", 37, 1, 48, 2)
    assert _integration(route).request_templates == {"application/json": '{"statusCode": 200}'}
    assert api.deployments[0].uncovered == ()


def test_http_api_cors_configuration() -> None:
    result = _load(_case("http-api-wildcard-credentials"))
    (api,) = result.apis
    assert api.kind == "http" and api.name == "profile-http"
    assert api.loc == Loc("http_api.tf", 1, 1, 12, 2)
    cors = api.cors
    assert cors is not None and not isinstance(cors, Unknown)
    assert cors.allow_origins == ("*",)
    assert cors.allow_methods == ("GET", "PUT", "OPTIONS")
    assert cors.allow_headers == ("content-type", "authorization")
    assert cors.expose_headers == ()
    assert cors.max_age == 3600 and cors.allow_credentials is True
    assert cors.loc == Loc("http_api.tf", 5, 3, 11, 4)
    assert cors.loc_for("allow_credentials") == Loc("http_api.tf", 9, 5, 9, 29)
    assert cors.loc_for("allow_origins").line == 6  # type: ignore[union-attr]
    routes = _routes(api)
    assert set(routes) == {"GET /profile", "PUT /profile"}
    integ = _integration(routes["GET /profile"])
    assert integ.type == "AWS_PROXY"
    assert integ.function == "lambda:profile"  # not defined here: linked by name later


def test_unknown_values_stay_unknown_through_module() -> None:
    result = _load(_case("unknown-values-stay-quiet"))
    assert result.errors == []
    (api,) = result.apis
    routes = _routes(api)
    assert set(routes) == {"DELETE /docs", "OPTIONS /docs"}
    options = routes["OPTIONS /docs"]
    assert options.loc is not None and options.loc.file == "modules/cors/main.tf"
    (resp,) = _integration(options).responses
    assert resp.status == "200"
    h = resp.headers
    assert isinstance(h["Access-Control-Allow-Origin"].expr, Unknown)
    assert "var.cors_origin" in h["Access-Control-Allow-Origin"].expr.reason  # type: ignore[union-attr]
    assert isinstance(h["Access-Control-Allow-Headers"].expr, Unknown)
    assert h["Access-Control-Allow-Methods"].expr == "'OPTIONS,DELETE'"
    assert h["Access-Control-Max-Age"].expr == "'7200'"
    assert h["Access-Control-Max-Age"].loc == Loc("modules/cors/main.tf", 49, 5, 49, 79)
    delete = _integration(routes["DELETE /docs"])
    assert isinstance(delete.function, Unknown)
    assert any(u.route == "DELETE /docs" for u in result.unchecked)
    assert isinstance(
        api.gateway_responses["DEFAULT_4XX"].headers["Access-Control-Allow-Origin"].expr, Unknown
    )
    (dep,) = api.deployments
    assert dep.uncovered == ()  # module.cors covers the module's resources


def test_seed_fastapi_deployment_without_triggers() -> None:
    result = _load(_case("seed-000-terraform-fastapi"))
    (api,) = result.apis
    assert set(_routes(api)) == {"ANY /{proxy+}"}
    assert api.gateway_responses == {}
    (dep,) = api.deployments
    assert dep.loc == Loc("api.tf", 69, 1, 72, 2)
    assert not dep.has_triggers
    assert dep.uncovered == (
        "aws_api_gateway_method.proxy_any",
        "aws_api_gateway_integration.proxy_any",
    )
    fn = result.functions[".:aws_lambda_function.app"]
    assert fn.code == "src" and fn.handler == "main.handler"


def test_seed_node_allowlist_env_unknown_after_apply() -> None:
    result = _load(_case("seed-001-node-allowlist"))
    (api,) = result.apis
    assert _integration(_routes(api)["GET /cart"]).function == ".:aws_lambda_function.api"
    fn = result.functions[".:aws_lambda_function.api"]
    assert fn.code == "lambda" and fn.runtime == "nodejs20.x"
    env = fn.environment
    assert isinstance(env, dict) and isinstance(env["ALLOWED_ORIGINS"], Unknown)
    assert "website_endpoint is known only after apply" in env["ALLOWED_ORIGINS"].reason
    # triggers name only part of the API, but nothing CORS-relevant is left out
    assert api.deployments[0].uncovered == ()


def test_bad_input_reported_with_position() -> None:
    result = _load(_case("bad"))
    (err,) = result.errors
    assert err.file == "unterminated.tf" and (err.line, err.column) == (2, 13)
    assert "end of file" in err.message
    (api,) = result.apis
    assert api.kind == "http"
    assert api.cors.allow_origins == ("https://www.example.com/",)  # type: ignore[union-attr]


# ------------------------------------------------------------ own fixtures


def test_tfvars_precedence_for_each_count_and_functions() -> None:
    result = _load(HERE / "vars_each")
    (api,) = result.apis
    assert api.name == "vars-api"
    routes = _routes(api)
    assert set(routes) == {"OPTIONS /a", "OPTIONS /b"}
    integ = _integration(routes["OPTIONS /a"])
    assert integ.type == "MOCK"
    assert integ.request_templates == {"application/json": '{"statusCode": 200}\n'}
    (resp,) = integ.responses
    exprs = {k: m.expr for k, m in resp.headers.items()}
    # terraform.tfvars < a.auto.tfvars.json < b.auto.tfvars
    assert exprs == {
        "Access-Control-Allow-Origin": "'https://tfvars.example.com'",
        "Access-Control-Allow-Methods": "'PUT,OPTIONS'",
        "Access-Control-Allow-Headers": "'Content-Type,X-API-KEY'",
        "Access-Control-Max-Age": "'30'",
    }
    # unknown for_each: skipped and reported
    assert "DEFAULT_4XX" not in api.gateway_responses
    assert any("for_each" in u.reason and "var.missing" in u.reason for u in result.unchecked)


def test_var_files_and_cli_variables_win() -> None:
    d = HERE / "vars_each"
    extra = d.parent / "extra.tfvars.txt"
    extra_path = pathlib.Path(d / "override.tfvars.fixture")
    extra_path.write_text('methods = "DELETE"\nmax_age = 99\n')
    try:
        result = _load(d, var_files=[extra_path], variables={"max_age": "5"})
    finally:
        extra_path.unlink()
    del extra
    (resp,) = _integration(_routes(result.apis[0])["OPTIONS /b"]).responses
    assert resp.headers["Access-Control-Allow-Methods"].expr == "'DELETE'"
    assert resp.headers["Access-Control-Max-Age"].expr == "'5'"


def test_body_jsonencode_goes_through_openapi() -> None:
    result = _load(HERE / "body_api")
    (api,) = result.apis
    routes = _routes(api)
    assert set(routes) >= {"GET /things", "OPTIONS /things"}
    assert _integration(routes["GET /things"]).function == ".:aws_lambda_function.api"
    (resp,) = _integration(routes["OPTIONS /things"]).responses
    mapping = resp.headers["Access-Control-Allow-Origin"]
    assert mapping.expr == "'https://app.example.com'"
    assert mapping.loc is not None and mapping.loc.file == "main.tf" and mapping.loc.line == 35
    assert "DEFAULT_4XX" in api.gateway_responses
    (dep,) = api.deployments
    assert dep.uncovered == ("aws_api_gateway_gateway_response.d4",)
    assert result.functions[".:aws_lambda_function.api"].code == Unknown(
        "code is in a zip built outside this repo"
    )


def test_misc_http_json_modules_functions_and_errors() -> None:
    result = _load(HERE / "misc")
    errors = {e.file: e for e in result.errors}
    assert set(errors) == {"binary.tf", "broken.tf"}
    assert errors["broken.tf"].line == 1
    apis = {a.name: a for a in result.apis}
    assert set(apis) == {"json-api", "misc-http"}  # the WEBSOCKET api is ignored
    http = apis["misc-http"]
    cors = http.cors
    assert cors.allow_origins == ("https://a.example.com", "https://b.example.com")  # type: ignore[union-attr]
    assert isinstance(cors.allow_credentials, Unknown) and cors.max_age == 300  # type: ignore[union-attr]
    (route,) = http.routes
    assert (route.method, route.path, route.key) == ("ANY", "$default", "$default")
    assert (
        route.auth.type == "JWT"
        and route.auth.identity_headers == ("authorization",)
        and route.auth.name == "jwt"
    )
    # module under .terraform/modules, output → the module's function
    assert _integration(route).function == ".:module.lambda.aws_lambda_function.this"
    assert result.functions[".:module.lambda.aws_lambda_function.this"].name == "registry-fn"
    (post,) = apis["json-api"].routes
    assert (post.method, post.path) == ("POST", "/j")
    assert post.auth.identity_headers == ("authorization", "x-amz-date", "x-amz-security-token")
    assert post.request_headers == ("x-tenant",)
    assert post.loc is not None and post.loc.file == "rest.tf.json"
    fns = result.functions
    assert fns[".:aws_lambda_function.image"].image is True
    assert isinstance(fns[".:aws_lambda_function.image"].handler, Unknown)
    assert fns[".:aws_lambda_function.s3"].code == Unknown("code is in an S3 bucket")
    assert fns[".:aws_lambda_function.zip"].code == Unknown(
        "code is in a zip built outside this repo"
    )
    counted = fns[".:aws_lambda_function.counted[1]"]
    assert counted.name == "counted-1" and counted.code == "src/app.py"
    assert counted.environment["INDEX"] == "1"  # type: ignore[index]
    assert isinstance(counted.environment["ORIGIN"], Unknown)  # type: ignore[index]


def test_locs_relative_to_cwd() -> None:
    d = HERE / "tf-options-requires-auth"
    files = [p for p in d.rglob("*.tf")]
    result = load_terraform(files, cwd=HERE.parent, variables={}, var_files=[])
    (api,) = result.apis
    assert api.key == "terraform/tf-options-requires-auth:aws_api_gateway_rest_api.orders"
    assert api.loc is not None and api.loc.file == "terraform/tf-options-requires-auth/api.tf"
    assert result.functions[
        "terraform/tf-options-requires-auth:aws_lambda_function.create"
    ].code == ("terraform/tf-options-requires-auth/functions")


def test_hostile_inputs_never_raise(tmp_path: pathlib.Path) -> None:
    (tmp_path / "deep.tf").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    (tmp_path / "huge.tf").write_bytes(b"#" * (5 * 1024 * 1024 + 10))
    (tmp_path / "notterraform.tf").write_text('foo "bar" {\n  baz = 1\n}\nresource "x" {}\n')
    (tmp_path / "cycle.tf").write_text(
        "locals {\n  a = local.b\n  b = local.a\n}\n"
        'resource "aws_api_gateway_rest_api" "c" {\n  name = local.a\n}\n'
    )
    result = load_terraform(sorted(tmp_path.iterdir()), cwd=tmp_path, variables={}, var_files=[])
    files = {e.file for e in result.errors}
    assert "huge.tf" in files
    assert "notterraform.tf" not in files
    (api,) = result.apis
    assert api.name == "aws_api_gateway_rest_api.c"


def test_file_templatefile_bodies_module_for_each_and_trigger_indexes() -> None:
    result = _load(HERE / "bodies_modules")
    apis = {a.name: a for a in result.apis}
    rest, http = apis["r"], apis["h"]
    (options,) = rest.routes
    assert (options.method, options.path) == ("OPTIONS", "/p")
    assert options.loc is not None and options.loc.file == "spec.json"
    # module with for_each: one gateway response per instance, mapping line in the module
    assert set(rest.gateway_responses) == {"DEFAULT_4XX", "DEFAULT_5XX"}
    gr = rest.gateway_responses["DEFAULT_5XX"]
    assert gr.loc is not None and gr.loc.file == "mods/gw/main.tf"
    assert gr.headers["Access-Control-Allow-Origin"].expr == "'*'"
    d, d2 = rest.deployments
    assert isinstance(d.uncovered, Unknown) and "var.trig" in d.uncovered.reason
    # filesha1 of the body file covers the body; module.gw["DEFAULT_4XX"] covers only that instance
    assert d2.uncovered == ('module.gw["DEFAULT_5XX"].aws_api_gateway_gateway_response.this',)
    cors = http.cors
    assert cors is not None and not isinstance(cors, Unknown)
    assert cors.allow_origins == ("https://t.example.com",)  # templatefile substitution
    assert {r.key for r in http.routes} == {"GET /x"}


def test_dynamic_cors_alias_and_partially_unknown_uri() -> None:
    result = _load(HERE / "dynamic_alias")
    (api,) = result.apis
    cors = api.cors
    assert cors is not None and not isinstance(cors, Unknown)
    assert cors.allow_origins == ("https://d.example.com",) and cors.allow_credentials is True
    assert cors.loc_for("allow_credentials").line == 13  # type: ignore[union-attr]
    routes = _routes(api)
    # "...${var.region}...${aws_lambda_function.f.arn}..." still names the function
    assert _integration(routes["GET /a"]).function == ".:aws_lambda_function.f"
    assert _integration(routes["GET /b"]).function == ".:aws_lambda_function.f"  # via the alias
    # -var values are HCL for variables that are not plain strings
    empty = _load(HERE / "dynamic_alias", variables={"cors": "null"})
    assert empty.apis[0].cors is None
    other = _load(
        HERE / "dynamic_alias",
        variables={"cors": '{origins = ["https://e.example.com"], creds = false}'},
    )
    assert other.apis[0].cors.allow_origins == ("https://e.example.com",)  # type: ignore[union-attr]


# ------------------------------------------------------------ expressions


def _eval(expr: str, **names: object) -> object:
    from corslint.loaders.hcl import Evaluator, parse_hcl_attrs

    attrs = parse_hcl_attrs(f"x = {expr}\n", "t.tf")
    lookup = lambda n: names.get(n, Unknown(f"{n} has no value"))  # noqa: E731
    return Evaluator(lookup, "t.tf").eval(attrs["x"].expr)


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ('"a\\"b\\n$${x}"', 'a"b\n${x}'),
        ('join(",", ["a", "b"])', "a,b"),
        ('split(",", "a,b")', ["a", "b"]),
        ('format("%s-%d", "a", 3)', "a-3"),
        ('replace("a.b.c", ".", "/")', "a/b/c"),
        ('replace("abc", "/[ab]/", "x")', "xxc"),
        ('trimsuffix("https://x/", "/")', "https://x"),
        ('lookup({a = 1}, "b", 2)', 2),
        ("merge({a = 1}, {b = 2})", {"a": 1, "b": 2}),
        ('try(v.missing, "fallback")', "fallback"),
        ('coalesce("", "b")', "b"),
        ('1 + 2 * 3 == 7 ? "yes" : "no"', "yes"),
        ('[for s in ["a", "b"] : upper(s) if s != "b"]', ["A"]),
        ('{for k, v in {a = 1} : "${k}x" => v}', {"ax": 1}),
        ('toset(["b", "a", "b"])', ["a", "b"]),
        ("concat([1], [2, 3])", [1, 2, 3]),
        ("tostring(7200)", "7200"),
        ('jsonencode({ statusCode = 200, b = "<" })', '{"statusCode":200,"b":"\\u003c"}'),
        ("<<-EOT\n    hello ${v.name}\n      x\n  EOT\n", "hello n\n  x\n"),
        ("v.list[*].id", ["1", "2"]),
    ],
)
def test_expressions(expr: str, expected: object) -> None:
    v = {"name": "n", "list": [{"id": "1"}, {"id": "2"}]}
    assert _eval(expr, v=v) == expected


@pytest.mark.parametrize(
    "expr",
    [
        '"${var.x}-suffix"',
        'sha1("a")',
        "var.x ? 1 : 2",
        'join(",", [var.x])',
        "%{if true}a%{endif}",
    ],
)
def test_unknown_expressions(expr: str) -> None:
    value = _eval(expr if not expr.startswith("%") else f'"{expr}"')
    assert isinstance(value, Unknown)
