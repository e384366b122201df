"""Serverless Framework loader: unit tests and the differential (oracle) test.

The oracle: every fixture under ``serverless/<case>/`` has a ``compiled.json``
produced by ``scripts/compile_serverless_fixtures.sh`` (serverless 3.40.0). The
model loaded from ``serverless.yml`` must equal the model the CloudFormation
loader reads from the compiled template, compared on a normalised projection.
The framework's multi-origin response template (not a CloudFormation mapping) is
read from the compiled JSON here and turned back into the ``ReflectOrigin`` the
Serverless loader produces.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
import shutil
import subprocess
from typing import Any

import pytest

from corslint.loaders.serverless import is_serverless_file, load_serverless
from corslint.model import HttpCors, Integration, LoadResult, ReflectOrigin, Unknown

HERE = pathlib.Path(__file__).parent / "serverless"
CASES = sorted(p.name for p in HERE.iterdir() if (p / "compiled.json").is_file())
ROOT = pathlib.Path(__file__).resolve().parents[2]
SLS_DIR = pathlib.Path(os.environ.get("SLS_DIR", "/work/sls"))


def load(case: str, stage: str | None = None, params: dict[str, str] | None = None) -> LoadResult:
    path = HERE / case / "serverless.yml"
    return load_serverless(path, cwd=path.parent, stage=stage, params=params or {})


def write(tmp_path: pathlib.Path, text: str, name: str = "serverless.yml") -> LoadResult:
    path = tmp_path / name
    path.write_text(text)
    return load_serverless(path, cwd=tmp_path, stage=None, params={})


# ---------------------------------------------------------------- projection


def _normal_fn(name: str) -> str:
    """The framework's getNormalizedFunctionName + ``LambdaFunction``."""
    return (
        name[:1].upper()
        + name[1:].replace("-", "Dash").replace("_", "Underscore")
        + "LambdaFunction"
    )


def _expr(expr: Any) -> Any:
    if isinstance(expr, ReflectOrigin):
        if (
            expr.allowlist is not None
            and set(expr.allowlist) == {expr.otherwise}
            and "*" not in (expr.otherwise or "")
        ):
            return f"'{expr.otherwise}'"
        return ("reflect", expr.allowlist, expr.otherwise)
    if isinstance(expr, Unknown):
        return ("unknown",)
    return expr


def _function_key(key: Any, names: dict[str, str]) -> Any:
    if isinstance(key, str) and key.startswith("sls:"):
        return names.get(key, key)
    return key


def project(result: LoadResult) -> dict[str, Any]:
    """What both loaders must agree on, keyed by API kind."""
    names = {}
    for key in result.functions:
        if key.startswith("sls:"):
            names[key] = "cfn:" + _normal_fn(key.rsplit(":", 1)[1])
    out: dict[str, Any] = {}
    for api in result.apis:
        routes = {}
        for route in api.routes:
            i = route.integration
            assert isinstance(i, Integration), route.key
            templates = i.request_templates
            if i.type != "MOCK" and isinstance(templates, dict):
                templates = sorted(templates)
            routes[route.key] = {
                "auth": (route.auth.type, tuple(sorted(route.auth.identity_headers))),
                "api_key": route.api_key_required,
                "request_headers": sorted(route.request_headers),
                "integration": i.type,
                "function": _function_key(i.function, names),
                "templates": templates,
                "passthrough": i.passthrough_behavior,
                "responses": sorted(
                    (
                        r.status,
                        r.selection_pattern,
                        sorted((k, _expr(m.expr)) for k, m in r.headers.items()),
                    )
                    for r in i.responses
                ),
                "method_responses": {
                    s: sorted(m.headers) for s, m in route.method_responses.items()
                },
            }
        cors = api.cors
        out[api.kind] = {
            "name": api.name,
            "routes": routes,
            "gateway_responses": {
                t: (g.status, sorted((k, _expr(m.expr)) for k, m in g.headers.items()))
                for t, g in api.gateway_responses.items()
            },
            "cors": None
            if cors is None
            else (
                cors.allow_origins,
                cors.allow_methods,
                cors.allow_headers,
                cors.expose_headers,
                cors.max_age,
                cors.allow_credentials,
            )
            if isinstance(cors, HttpCors)
            else cors,
        }
    out["functions"] = {
        names.get(k, k) if k.startswith("sls:") else k: (
            f.name,
            f.runtime,
            f.handler,
            f.environment,
        )
        for k, f in result.functions.items()
    }
    return out


# ------------------------------------------------------ the compiled side


_MATCH = re.compile(r'\$origin\.matches\("([^"]*)"\)')


def _glob(regex: str) -> str:
    """Undo the framework's regexifyWildcards: ``[.]`` → ``.``, ``.+`` → ``*``."""
    return regex.replace(".+", "*").replace("[.]", ".")


def _path(resources: dict[str, Any], ref: Any) -> str:
    if not isinstance(ref, dict) or "Ref" not in ref:
        return "/"
    props = resources[ref["Ref"]]["Properties"]
    return _path(resources, props["ParentId"]).rstrip("/") + "/" + props["PathPart"]


def reflections(compiled: dict[str, Any]) -> dict[str, ReflectOrigin]:
    """OPTIONS path → the origin reflection of the framework's response template.

    Read from the raw JSON here (independently of the CloudFormation loader):
    listed origins are echoed, any other origin gets the static ACAO mapping.
    """
    resources = compiled["Resources"]
    out = {}
    for resource in resources.values():
        props = resource.get("Properties", {})
        if resource["Type"] != "AWS::ApiGateway::Method" or props.get("HttpMethod") != "OPTIONS":
            continue
        for response in props["Integration"].get("IntegrationResponses", []):
            template = response.get("ResponseTemplates", {}).get("application/json", "")
            found = _MATCH.findall(template)
            if found:
                static = response["ResponseParameters"][
                    "method.response.header.Access-Control-Allow-Origin"
                ]
                out[_path(resources, props["ResourceId"])] = ReflectOrigin(
                    tuple(_glob(r) for r in found), static.strip("'")
                )
    return out


def load_compiled(case: str) -> LoadResult:
    from corslint.loaders import cloudformation, datafile

    path = HERE / case / "compiled.json"
    result = cloudformation.load_template(
        datafile.load_data(path, "compiled.json"), file="compiled.json", cwd=path.parent
    )
    reflect = reflections(json.loads(path.read_text()))
    for api in result.apis:
        for route in api.routes:
            if (
                route.method == "OPTIONS"
                and route.path in reflect
                and isinstance(route.integration, Integration)
            ):
                for response in route.integration.responses:
                    response.headers["Access-Control-Allow-Origin"].expr = reflect[route.path]
    return result


@pytest.mark.parametrize("case", CASES)
def test_model_matches_compiled_template(case: str) -> None:
    mine, theirs = project(load(case)), project(load_compiled(case))
    assert mine.keys() == theirs.keys()
    for key in mine:
        if key == "functions":
            assert mine[key] == theirs[key]
            continue
        assert mine[key]["name"] == theirs[key]["name"]
        assert mine[key]["cors"] == theirs[key]["cors"]
        assert mine[key]["gateway_responses"] == theirs[key]["gateway_responses"]
        assert sorted(mine[key]["routes"]) == sorted(theirs[key]["routes"])
        for route, value in mine[key]["routes"].items():
            assert value == theirs[key]["routes"][route], route


def test_enough_oracle_cases() -> None:
    assert len(CASES) >= 10


def test_projection_sees_a_difference() -> None:
    """The oracle can fail: a changed header value shows in the projection."""
    result = load("cors-object")
    options = next(r for a in result.apis for r in a.routes if r.method == "OPTIONS")
    before = project(result)
    assert isinstance(options.integration, Integration)
    options.integration.responses[0].headers[
        "Access-Control-Allow-Origin"
    ].expr = "'https://evil.example'"
    assert project(result) != before


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("npx") is None or not (SLS_DIR / "node_modules/.bin/serverless").exists(),
    reason="needs npx and serverless@3 installed in $SLS_DIR (/work/sls)",
)
def test_committed_templates_are_current(tmp_path: pathlib.Path) -> None:
    """Regenerate every compiled.json with serverless@3 and compare with the committed ones."""
    script = ROOT / "scripts" / "compile_serverless_fixtures.sh"
    subprocess.run([str(script), str(tmp_path)], check=True, capture_output=True, timeout=900)
    for case in CASES:
        fresh = json.loads((tmp_path / case / "compiled.json").read_text())
        committed = json.loads((HERE / case / "compiled.json").read_text())
        assert fresh == committed, case


# ------------------------------------------------------------------ unit tests


def test_is_serverless_file() -> None:
    assert is_serverless_file(pathlib.Path("a/serverless.yml"))
    assert is_serverless_file(pathlib.Path("serverless.yaml"))
    assert is_serverless_file(pathlib.Path("serverless.json"))
    assert not is_serverless_file(pathlib.Path("template.yml"))


def _route(result: LoadResult, key: str) -> Any:
    return next(r for a in result.apis for r in a.routes if r.key == key)


def test_generated_preflight_is_open_and_located_at_cors_entry() -> None:
    result = load("authorizers")
    options = _route(result, "OPTIONS /custom")
    assert options.generated == "serverless-cors"
    assert options.auth.type == "NONE" and options.api_key_required is False
    assert options.integration.request_templates == {"application/json": "{statusCode:200}"}
    assert options.loc.line == 18  # the `cors: true` line of the event
    assert _route(result, "POST /keyed").api_key_required is True
    assert _route(result, "OPTIONS /keyed").api_key_required is False


def test_seed_002_preflight_location_and_no_max_age() -> None:
    result = load("seed-002")
    options = _route(result, "OPTIONS /")
    headers = options.integration.responses[0].headers
    assert 13 <= options.loc.line <= 27
    assert "Access-Control-Max-Age" not in headers
    assert headers["Access-Control-Allow-Credentials"].expr == "'true'"
    assert headers["Access-Control-Allow-Origin"].expr == "'http://localhost:3000'"
    assert headers["Access-Control-Allow-Headers"].loc.line == 17  # the `cors:` entry
    api = result.apis[0]
    assert api.gateway_responses == {} and api.source == "serverless"


def test_seed_002_fixed_merges_gateway_responses() -> None:
    result = load("seed-002-fixed")
    assert len(result.apis) == 1
    api = result.apis[0]
    assert set(api.gateway_responses) == {"DEFAULT_4XX", "DEFAULT_5XX"}
    headers = _route(result, "OPTIONS /").integration.responses[0].headers
    assert headers["Access-Control-Allow-Origin"].expr == "'http://localhost:3000'"
    assert headers["Access-Control-Max-Age"].expr == "'3600'"


def test_multiple_origins_reflect_with_wildcards_and_first_as_default() -> None:
    acao = (
        _route(load("cors-origins"), "OPTIONS /docs")
        .integration.responses[0]
        .headers["Access-Control-Allow-Origin"]
        .expr
    )
    assert acao == ReflectOrigin(
        ("https://admin.example.com", "https://app.example.com", "https://*.preview.example.com"),
        "https://admin.example.com",
    )


def test_lambda_integration_maps_origin_on_every_status() -> None:
    route = _route(load("lambda-integration"), "POST /legacy")
    statuses = [r.status for r in route.integration.responses]
    assert statuses == ["200", "400", "401", "403", "404", "422", "500", "502", "504"]
    for response in route.integration.responses:
        assert (
            response.headers["Access-Control-Allow-Origin"].expr
            == "'https://a.example.com,https://b.example.com'"
        )
        assert (
            response.headers["Access-Control-Allow-Credentials"].expr == "true"
        )  # unquoted, as compiled


def test_variables_resolve_from_self_opt_file_param_and_stage() -> None:
    result = load("variables")
    fn = _fn(result, "api")
    assert fn.name == "vars-dev-api" and fn.runtime == "python3.11" and fn.handler == "app.handler"
    assert fn.environment == {
        "ALLOWED_ORIGIN": "https://default.example.com",
        "STAGE": "dev",
        "TABLE": "vars-dev-table",
    }
    headers = _route(result, "OPTIONS /v1/items").integration.responses[0].headers
    assert headers["Access-Control-Allow-Origin"].expr == "'https://default.example.com'"
    assert headers["Access-Control-Max-Age"].expr == "'300'"
    assert headers["Access-Control-Allow-Headers"].expr == "'Content-Type,X-Api-Key'"
    assert result.apis[0].name == "dev-vars"
    prod = load("variables", stage="prod")
    assert prod.apis[0].name == "prod-vars"
    prod_headers = _route(prod, "OPTIONS /v1/items").integration.responses[0].headers
    assert prod_headers["Access-Control-Allow-Origin"].expr == "'https://prod.example.com'"
    assert isinstance(prod_headers["Access-Control-Max-Age"].expr, Unknown)  # no custom.stages.prod
    cli = load("variables", params={"origin": "https://cli.example.com"})
    assert (
        _route(cli, "OPTIONS /v1/items")
        .integration.responses[0]
        .headers["Access-Control-Allow-Origin"]
        .expr
        == "'https://cli.example.com'"
    )


def test_unknown_values_stay_unknown(tmp_path: pathlib.Path) -> None:
    result = write(
        tmp_path,
        """
service: unk
provider:
  name: aws
  environment:
    FROM_ENV: ${env:HOME}
    WITH_DEFAULT: ${env:NOPE_NOT_SET, 'fallback'}
    FROM_SSM: ${ssm:/origin, 'x'}
functions:
  f:
    handler: h.f
    events:
      - http:
          path: a
          method: get
          cors:
            origin: ${ssm:/app/origin}
            maxAge: ${cf:stack.MaxAge}
""",
    )
    env = _fn(result, "f").environment
    assert isinstance(env, dict)
    assert isinstance(env["FROM_ENV"], Unknown)  # never the linting machine's $HOME
    assert env["WITH_DEFAULT"] == "fallback"
    assert isinstance(env["FROM_SSM"], Unknown)
    headers = _route(result, "OPTIONS /a").integration.responses[0].headers
    assert isinstance(headers["Access-Control-Allow-Origin"].expr, Unknown)
    assert isinstance(headers["Access-Control-Max-Age"].expr, Unknown)


def test_httpapi_cors_true_and_authorizers() -> None:
    result = load("httpapi-cors-true")
    api = result.apis[0]
    assert api.kind == "http" and isinstance(api.cors, HttpCors)
    assert api.cors.allow_origins == ("*",) and api.cors.allow_methods[0] == "OPTIONS"
    assert _route(result, "POST /items").auth.identity_headers == ("authorization",)
    assert _route(result, "$default").method == "ANY"


def test_parse_error_is_reported_with_position() -> None:
    path = ROOT.parent.parent / "shared/conformance/cases/bad-input-is-reported/serverless.yml"
    if not path.exists():
        path = pathlib.Path("/work/shared/conformance/cases/bad-input-is-reported/serverless.yml")
    result = load_serverless(path, cwd=path.parent, stage=None, params={})
    assert result.apis == [] and len(result.errors) == 1
    error = result.errors[0]
    assert error.file == "serverless.yml" and error.line is not None


def test_not_a_mapping_is_an_error(tmp_path: pathlib.Path) -> None:
    result = write(tmp_path, "- just\n- a list\n")
    assert len(result.errors) == 1


def test_external_rest_api_is_unchecked(tmp_path: pathlib.Path) -> None:
    result = write(
        tmp_path,
        """
service: ext
provider:
  name: aws
  apiGateway:
    restApiId: abc123
    restApiRootResourceId: root
functions:
  f:
    handler: h.f
    events:
      - http: GET /a
""",
    )
    assert result.apis == [] and len(result.unchecked) == 1


def test_artifact_and_image_functions(tmp_path: pathlib.Path) -> None:
    result = write(
        tmp_path,
        """
service: art
provider: {name: aws, runtime: python3.12}
functions:
  a:
    handler: h.a
    package: {artifact: build/a.zip}
  b:
    image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/repo:latest
""",
    )
    assert isinstance(_fn(result, "a").code, Unknown)
    assert _fn(result, "b").image is True


def test_file_variable_outside_service_dir_is_unknown(tmp_path: pathlib.Path) -> None:
    (tmp_path / "svc").mkdir()
    (tmp_path / "secret.yml").write_text("origin: https://x.example.com\n")
    path = tmp_path / "svc" / "serverless.yml"
    path.write_text("""
service: f
provider: {name: aws}
functions:
  f:
    handler: h.f
    events:
      - http:
          path: a
          method: get
          cors:
            origin: ${file(../secret.yml):origin}
""")
    result = load_serverless(path, cwd=tmp_path, stage=None, params={})
    headers = _route(result, "OPTIONS /a").integration.responses[0].headers
    assert isinstance(headers["Access-Control-Allow-Origin"].expr, Unknown)
    assert result.apis[0].routes[0].loc.file == "svc/serverless.yml"


def test_variables_cycles_and_fanout_are_bounded(tmp_path: pathlib.Path) -> None:
    levels = "\n".join(
        f"  v{i}: ${{self:custom.v{i + 1}}}-${{self:custom.v{i + 1}}}" for i in range(30)
    )
    result = write(
        tmp_path,
        f"""
service: ${{self:custom.loop}}
custom:
  loop: ${{self:custom.loop2}}
  loop2: ${{self:custom.loop}}
{levels}
  v30: x
provider:
  name: aws
  environment:
    BIG: ${{self:custom.v25}}
    MISSING_FILE: ${{file(./nope.yml):x, 'default'}}
functions:
  f:
    handler: h.f
""",
    )
    fn = _fn(result, "f")
    assert isinstance(fn.name, Unknown)  # the service name is circular
    assert isinstance(fn.environment, dict)
    assert fn.environment["BIG"] == "-".join(["x"] * 32)
    assert fn.environment["MISSING_FILE"] == "default"


def test_self_in_included_file_refers_to_the_service(tmp_path: pathlib.Path) -> None:
    (tmp_path / "cors.yml").write_text("origin: https://${self:custom.domain}\n")
    result = write(
        tmp_path,
        """
service: inc
custom:
  domain: app.example.com
provider: {name: aws}
functions:
  f:
    handler: h.f
    events:
      - http:
          path: a
          method: get
          cors: ${file(./cors.yml)}
""",
    )
    headers = _route(result, "OPTIONS /a").integration.responses[0].headers
    assert headers["Access-Control-Allow-Origin"].expr == "'https://app.example.com'"


def test_variable_forms_checked_with_serverless_print(tmp_path: pathlib.Path) -> None:
    """Each value below is what ``serverless print`` (3.40.0) printed for the same file."""
    from corslint.loaders.sls_variables import Resolver
    from corslint.loaders.yamljson import load_yaml

    doc = load_yaml(
        """
service: pr
custom:
  a: ${self:provider.stage, "x"}
  b: ${file(./missing.yml):x, 'dflt'}
  c: ${sls:stage}
  d: ${strToBool("false")}
  e: "pre-${self:custom.n}-post"
  n: 5
  f: ${custom.n}
  g: ${self:custom.nope, null}
""",
        "serverless.yml",
    )
    custom = Resolver(doc, tmp_path, tmp_path).resolve(doc)["custom"]
    assert dict(custom) == {
        "a": "x",
        "b": "dflt",
        "c": "dev",
        "d": False,
        "e": "pre-5-post",
        "n": 5,
        "f": "${custom.n}",
        "g": None,
    }


def _fn(result: LoadResult, name: str) -> Any:
    """The Serverless function ``name`` (keys are ``sls:<service dir>:<name>``)."""
    (key,) = [k for k in result.functions if k.startswith("sls:") and k.rsplit(":", 1)[1] == name]
    return result.functions[key]
