"""SAM loader: positions of what it generates, and equality with aws-sam-translator.

The oracle test runs AWS's own SAM → CloudFormation transform (offline, the
way cfn-lint does) on every fixture in ``sam/``, loads its output as plain
CloudFormation and compares that model with the one corslint builds from the
SAM template directly. It uses ``samtranslator`` in this interpreter, else a
``python3`` on PATH that has it; without either the test is skipped.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import pathlib
import shutil
import subprocess
from typing import Any

import pytest

from corslint.loaders import datafile, jsonpos
from corslint.loaders.cloudformation import is_template, load_template
from corslint.model import Api, Integration, LoadResult, Unknown

HERE = pathlib.Path(__file__).parent / "sam"
FIXTURES = sorted(HERE.glob("*.yaml"))

TRANSLATE = r"""
import json, os, sys
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
from samtranslator.translator.transform import transform
from samtranslator.public.exceptions import InvalidDocumentException

class Policies:
    def load(self):
        return {}
    def get(self, name, partition=None):
        return "arn:aws:iam::aws:policy/" + name

try:
    print(json.dumps(transform(json.load(sys.stdin), {}, Policies())))
except InvalidDocumentException as exc:
    print(json.dumps({"error": [str(c) for c in exc.causes]}))
"""


def _translator() -> list[str] | None:
    """How to run the translator: this interpreter, or a system python3 with it."""
    import sys

    if importlib.util.find_spec("samtranslator") is not None:
        return [sys.executable, "-c", TRANSLATE]
    python3 = shutil.which("python3")
    if python3:
        probe = subprocess.run([python3, "-c", "import samtranslator"], capture_output=True)
        if probe.returncode == 0:
            return [python3, "-c", TRANSLATE]
    return None


TRANSLATOR = _translator()


def load(path: pathlib.Path) -> LoadResult:
    doc = datafile.load_data(path, path.name)
    assert is_template(doc)
    return load_template(doc, file=path.name, cwd=path.parent)


def for_translator(doc: Any, base: pathlib.Path) -> Any:
    """What `sam package` would hand to the transform: code in S3, definitions inlined."""
    plain = json.loads(json.dumps(doc))
    function_globals = plain.get("Globals", {}).get("Function", {})
    if isinstance(function_globals.get("CodeUri"), str):
        function_globals["CodeUri"] = "s3://bucket/code.zip"
    for resource in plain.get("Resources", {}).values():
        p = resource.get("Properties") or {}
        if resource.get("Type") == "AWS::Serverless::Function" and isinstance(
            p.get("CodeUri"), str
        ):
            p["CodeUri"] = "s3://bucket/code.zip"
        if resource.get("Type") in ("AWS::Serverless::Api", "AWS::Serverless::HttpApi"):
            uri = p.pop("DefinitionUri", None)
            include = p.get("DefinitionBody", {}).get("Fn::Transform", {})
            if include.get("Name") == "AWS::Include":  # what CloudFormation does before SAM runs
                uri = include["Parameters"]["Location"]
            if isinstance(uri, str):
                p["DefinitionBody"] = json.loads(json.dumps(datafile.load_data(base / uri, uri)))
    return plain


def run_translator(path: pathlib.Path) -> dict[str, Any]:
    """The translator's output for a fixture, or ``{"error": [...]}``."""
    assert TRANSLATOR is not None
    doc = datafile.load_data(path, path.name)
    run = subprocess.run(
        TRANSLATOR,
        input=json.dumps(for_translator(doc, path.parent)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)  # type: ignore[no-any-return]


def translate(path: pathlib.Path) -> LoadResult:
    out = run_translator(path)
    assert "error" not in out, out
    translated = jsonpos.load_json(json.dumps(out, indent=1), "translated.json")
    assert not is_template(translated) or "Transform" not in translated
    return load_template(translated, file="translated.json", cwd=path.parent)


def _v(value: Any) -> Any:
    """Unknowns compare equal whatever their reason."""
    if isinstance(value, Unknown):
        return "?"
    if isinstance(value, (frozenset, set)):
        return tuple(sorted(value))
    if isinstance(value, tuple):
        return tuple(_v(v) for v in value)
    return value


def project(api: Api) -> dict[str, Any]:
    """What SAM's expansion decides about an API; positions and names left out."""
    routes = {}
    for route in api.routes:
        integration = route.integration
        shape: Any = _v(integration)
        if isinstance(integration, Integration):
            shape = {
                "type": _v(integration.type),
                "function": _v(integration.function),
                "templates": _v(integration.request_templates)
                if not isinstance(integration.request_templates, dict)
                else {k: _v(v) for k, v in integration.request_templates.items()},
                "passthrough": _v(integration.passthrough_behavior),
                "responses": sorted(
                    (
                        str(_v(r.status)),
                        str(_v(r.selection_pattern)),
                        tuple(sorted((k, str(_v(m.expr))) for k, m in r.headers.items())),
                    )
                    for r in integration.responses
                ),
            }
        routes[route.key] = {
            "auth": (_v(route.auth.type), _v(route.auth.identity_headers)),
            "api_key": _v(route.api_key_required),
            "request_headers": route.request_headers,
            "integration": shape,
            "method_responses": {s: _v(m.headers) for s, m in route.method_responses.items()},
        }
    cors = api.cors
    if cors is not None and not isinstance(cors, Unknown):
        cors = tuple(
            _v(getattr(cors, f))
            for f in (
                "allow_origins",
                "allow_methods",
                "allow_headers",
                "expose_headers",
                "max_age",
                "allow_credentials",
            )
        )
    return {
        "kind": api.kind,
        "routes": routes,
        "gateway_responses": {
            t: (_v(g.status), tuple(sorted((k, str(_v(m.expr))) for k, m in g.headers.items())))
            for t, g in api.gateway_responses.items()
        },
        "cors": _v(cors),
    }


def model(result: LoadResult) -> dict[str, Any]:
    return {api.key: project(api) for api in result.apis if api.routes or api.gateway_responses}


def test_enough_fixtures() -> None:
    assert len(FIXTURES) >= 13


@pytest.mark.skipif(
    TRANSLATOR is None,
    reason="aws-sam-translator is not installed (pip install aws-sam-translator)",
)
@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_sam_equals_translator(path: pathlib.Path) -> None:
    ours = model(load(path))
    theirs = model(translate(path))
    assert ours, "the fixture defines no API"
    assert ours == theirs


@pytest.mark.skipif(TRANSLATOR is None, reason="aws-sam-translator is not installed")
@pytest.mark.parametrize("path", sorted((HERE / "rejected").glob("*.yaml")), ids=lambda p: p.stem)
def test_translator_rejects_wildcard_with_credentials(path: pathlib.Path) -> None:
    """SAM refuses these templates; corslint still models them so CORS030 can explain why."""
    out = run_translator(path)
    assert "AllowCredentials" in " ".join(out.get("error", []))
    assert load(path).apis


def test_oracle_can_fail() -> None:
    """The projection sees a change in one mapped value."""
    result = load(HERE / "01-cors-string.yaml")
    before = copy.deepcopy(model(result))
    route = next(r for r in result.apis[0].routes if r.method == "OPTIONS")
    assert isinstance(route.integration, Integration)
    route.integration.responses[0].headers["Access-Control-Allow-Origin"].expr = "'https://x'"
    assert model(result) != before


# ------------------------------------------------------------ expansion details


def routes(result: LoadResult, key: str) -> dict[str, Any]:
    api = next(a for a in result.apis if a.key == key)
    return {r.key: r for r in api.routes}


def test_cors_preflight_is_generated_at_the_cors_lines() -> None:
    result = load(HERE / "conf-sam-authorizer-on-preflight.yaml")
    by_key = routes(result, "cfn:OrdersApi")
    options = by_key["OPTIONS /orders"]
    assert options.generated == "sam-cors"
    assert options.loc is not None and 20 <= options.loc.line <= 42
    assert (
        options.auth.type == "COGNITO_USER_POOLS"
    )  # AddDefaultAuthorizerToCorsPreflight defaults to true
    assert options.auth.loc is not None and options.auth.loc.line == 30
    integration = options.integration
    assert isinstance(integration, Integration) and integration.type == "MOCK"
    headers = integration.responses[0].headers
    assert headers["Access-Control-Allow-Origin"].expr == "'https://shop.example.com'"
    assert headers["Access-Control-Allow-Origin"].loc.line == 25  # type: ignore[union-attr]
    assert options.method_responses["200"].headers == frozenset(
        {
            "access-control-allow-origin",
            "access-control-allow-headers",
            "access-control-allow-methods",
            "access-control-max-age",
        }
    )
    post = by_key["POST /orders"]
    assert isinstance(post.integration, Integration)
    assert post.integration.function == "cfn:CreateOrderFunction"
    assert result.functions["cfn:CreateOrderFunction"].code == "src"
    assert result.functions["cfn:CreateOrderFunction"].environment == {
        "FRONTEND_ORIGIN": "https://shop.example.com"
    }


def test_unquoted_cors_value_is_kept_verbatim_at_its_line() -> None:
    result = load(HERE / "conf-sam-unquoted-cors-values.yaml")
    options = routes(result, "cfn:ServerlessRestApi")["OPTIONS /products"]
    assert isinstance(options.integration, Integration)
    mapping = options.integration.responses[0].headers["Access-Control-Allow-Origin"]
    assert mapping.expr == "https://catalog.example.com"
    assert mapping.loc is not None and mapping.loc.line == 7


def test_preflight_without_default_authorizer_and_event_none() -> None:
    result = load(HERE / "03-cognito-preflight-off.yaml")
    by_key = routes(result, "cfn:Api")
    assert by_key["OPTIONS /orders"].auth.type == "NONE"
    assert by_key["GET /orders"].auth.type == "COGNITO_USER_POOLS"
    assert by_key["GET /orders"].auth.identity_headers == ("x-id-token",)
    assert by_key["GET /health"].auth.type == "NONE"


def test_api_key_and_preflight_flag() -> None:
    by_key = routes(load(HERE / "05-api-key.yaml"), "cfn:Api")
    assert by_key["POST /events"].api_key_required is True
    assert by_key["OPTIONS /events"].api_key_required is False
    assert by_key["GET /status"].api_key_required is False
    by_key = routes(load(HERE / "15-apikey-on-preflight.yaml"), "cfn:ServerlessRestApi")
    assert by_key["OPTIONS /submit"].api_key_required is True


def test_globals_and_implicit_api() -> None:
    result = load(HERE / "07-globals-implicit.yaml")
    by_key = routes(result, "cfn:ServerlessRestApi")
    assert by_key["ANY /two/{proxy+}"].auth.type == "AWS_IAM"
    options = by_key["OPTIONS /two/{proxy+}"]
    assert isinstance(options.integration, Integration)
    methods = options.integration.responses[0].headers["Access-Control-Allow-Methods"].expr
    assert methods == "'DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT'"
    assert result.functions["cfn:One"].environment == {
        "ALLOWED": "https://a.example.com",
        "EXTRA": "1",
    }
    assert result.functions["cfn:Two"].runtime == "python3.12"


def test_intrinsics_with_parameter_defaults() -> None:
    result = load(HERE / "08-parameters-intrinsics.yaml")
    options = routes(result, "cfn:Api")["OPTIONS /cart"]
    assert isinstance(options.integration, Integration)
    headers = {k: m.expr for k, m in options.integration.responses[0].headers.items()}
    assert headers == {
        "Access-Control-Allow-Origin": "'https://shop.example.com'",
        "Access-Control-Allow-Headers": "'Content-Type,Authorization'",
        "Access-Control-Allow-Methods": "'GET,POST,OPTIONS'",
        "Access-Control-Max-Age": "'300'",
    }
    env = result.functions["cfn:Fn"].environment
    assert isinstance(env, dict) and env["ORIGIN"] == "https://shop.example.com"
    assert isinstance(env["REGION"], Unknown)


def test_http_api_cors_true_and_jwt() -> None:
    result = load(HERE / "11-http-api-cors-true.yaml")
    api = next(a for a in result.apis if a.key == "cfn:Http")
    assert api.kind == "http" and api.cors is not None and not isinstance(api.cors, Unknown)
    assert api.cors.allow_origins == ("*",)
    by_key = {r.key: r for r in api.routes}
    assert by_key["$default"].auth.type == "JWT"
    assert by_key["$default"].auth.identity_headers == ("x-jwt",)
    assert by_key["GET /open"].auth.type == "NONE"


def test_definition_uri_is_read_relative_to_the_template() -> None:
    result = load(HERE / "10-definition-uri.yaml")
    by_key = routes(result, "cfn:Api")
    assert set(by_key) == {"OPTIONS /ping", "GET /ping"}
    assert by_key["GET /ping"].loc is not None and by_key["GET /ping"].loc.file == "defs/api.yaml"


def test_definition_uri_rejects_cors_and_auth(tmp_path: pathlib.Path) -> None:
    (tmp_path / "api.yaml").write_text((HERE / "defs" / "api.yaml").read_text())
    (tmp_path / "template.yaml").write_text(
        "Transform: AWS::Serverless-2016-10-31\n"
        "Globals:\n  Api:\n    Cors: \"'*'\"\n"
        "Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n"
        "      StageName: p\n      DefinitionUri: api.yaml\n"
        "      Auth: {ApiKeyRequired: true}\n"
    )
    result = load(tmp_path / "template.yaml")
    by_key = routes(result, "cfn:Api")
    assert set(by_key) == {"OPTIONS /ping", "GET /ping"}  # nothing generated
    assert all(r.api_key_required is False for r in by_key.values())
    reasons = [u.reason for u in result.unchecked]
    assert any("rejects Cors" in r for r in reasons) and any("rejects Auth" in r for r in reasons)


# ------------------------------------------------------------ rules on SAM input

RULE_CASES = {
    "rule-CORS001-no-cors.yaml": {("CORS001", 19), ("CORS020", 3)},
    "rule-CORS003-authorization-not-allowed.yaml": {("CORS003", 11), ("CORS020", 5)},
    "rule-CORS004-put-not-allowed.yaml": {("CORS004", 10), ("CORS020", 3)},
    "rejected/rule-CORS030-http-wildcard-credentials.yaml": {("CORS030", 7), ("CORS037", 7)},
    "rejected/rest-wildcard-credentials.yaml": {
        ("CORS030", 8),
        ("CORS037", 8),
        ("CORS037", 15),
        ("CORS037", 19),
    },
    "rule-CORS032-two-origins.yaml": {("CORS032", 8), ("CORS020", 3)},
    "rule-CORS033-trailing-slash.yaml": {("CORS033", 8), ("CORS020", 3)},
    "rule-CORS034-null-origin.yaml": {("CORS034", 8), ("CORS020", 3)},
    "rule-CORS037-CORS042-CORS051-wildcards.yaml": {
        ("CORS037", 10),
        ("CORS042", 11),
        ("CORS051", 9),
        ("CORS020", 5),
    },
    "rule-CORS038-CORS052-http-origin-long-max-age.yaml": {
        ("CORS038", 8),
        ("CORS052", 9),
        ("CORS020", 3),
    },
    "conf-sam-authorizer-on-preflight.yaml": {("CORS002", 24)},
    "conf-sam-unquoted-cors-values.yaml": {("CORS014", 7)},
    "conf-server-to-server-no-cors.yaml": set(),
}


@pytest.mark.parametrize("name", sorted(RULE_CASES))
def test_rules_fire_at_the_sam_lines(name: str, tmp_path: pathlib.Path) -> None:
    from corslint.config import load_config
    from corslint.engine import lint

    shutil.copy(HERE / name, tmp_path / "template.yaml")
    report = lint([pathlib.Path(".")], load_config(None, tmp_path), tmp_path)
    assert not report.errors
    assert {(f.rule, f.line) for f in report.findings} == RULE_CASES[name]
    assert all(f.source == "sam" and f.file == "template.yaml" for f in report.findings)
