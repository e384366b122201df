"""Each framework model checked against the framework itself, run in-process on proxy events.

corslint never imports handler code; these tests do, to confirm what corslint read
statically. Each needs the framework installed (skipped otherwise).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from corslint.handlers import analyse_functions
from corslint.model import Behaviour, Function

from .oracle import CONTEXT, FIXTURES, actual, assert_same, cors_headers, load, outcome, preflight

GOOD = "https://app.example.com"
EVIL = "https://evil.example"


def analyse(tmp_path, fixture: str, handler: str, env=None, runtime="python3.12") -> Behaviour:
    shutil.copytree(FIXTURES / fixture, tmp_path / fixture)
    fn = Function("fn", "fn", None, runtime, handler, fixture, env or {})
    assert analyse_functions({"fn": fn}, cwd=tmp_path) == []
    assert isinstance(fn.behaviour, Behaviour)
    return fn.behaviour


def test_starlette_allowlist(tmp_path):
    pytest.importorskip("fastapi")
    pytest.importorskip("mangum")
    behaviour = analyse(tmp_path, "starlette_app", "main.handler")
    app = load(FIXTURES / "starlette_app" / "main.py", "oracle_starlette_app")
    for origin in (GOOD, EVIL):
        pre = app.handler(preflight(origin, "PUT", "authorization"), CONTEXT)
        model = outcome(behaviour, "options")
        if origin == GOOD:
            assert_same(model, pre, origin)
        else:
            assert (
                pre["statusCode"] == 400
            )  # a disallowed origin: corslint notes it, status is per request
            assert_same(model, {**pre, "statusCode": 200}, origin)
        assert_same(outcome(behaviour, "success"), app.handler(actual(origin), CONTEXT), origin)
        assert_same(
            outcome(behaviour, "error", 404),
            app.handler(actual(origin, "/missing"), CONTEXT),
            origin,
        )
        crash = app.handler(actual(origin, "/boom"), CONTEXT)
        assert_same(outcome(behaviour, "exception", 500), crash, origin)
    assert (
        app.handler(preflight(GOOD, "DELETE"), CONTEXT)["statusCode"] == 400
    )  # method not allowed


def test_starlette_wildcard_with_credentials_reflects_any_origin(tmp_path):
    pytest.importorskip("fastapi")
    pytest.importorskip("mangum")
    behaviour = analyse(tmp_path, "starlette_star", "main.handler")
    app = load(FIXTURES / "starlette_star" / "main.py", "oracle_starlette_star")
    for origin in (GOOD, EVIL):
        assert_same(
            outcome(behaviour, "options"),
            app.handler(preflight(origin, "PUT", "x-a"), CONTEXT),
            origin,
        )
        assert_same(outcome(behaviour, "success"), app.handler(actual(origin), CONTEXT), origin)
        assert (
            app.handler(actual(origin), CONTEXT)["headers"]["access-control-allow-origin"] == origin
        )
        assert_same(
            outcome(behaviour, "exception", 500),
            app.handler(actual(origin, "/boom"), CONTEXT),
            origin,
        )


def test_flask_cors(tmp_path, monkeypatch):
    pytest.importorskip("flask_cors")
    pytest.importorskip("serverless_wsgi")
    env = {"FRONTEND_ORIGINS": f"{GOOD},https://admin.example.com"}
    behaviour = analyse(tmp_path, "flask_app", "app.handler", env)
    monkeypatch.setenv("FRONTEND_ORIGINS", env["FRONTEND_ORIGINS"])
    app = load(FIXTURES / "flask_app" / "app.py", "oracle_flask_app")
    for origin in (GOOD, EVIL):
        only = origin == EVIL  # flask-cors sends no CORS header at all to a refused origin
        pre = app.handler(preflight(origin, "GET", "authorization"), CONTEXT)
        assert_same(outcome(behaviour, "options"), pre, origin, acao_only=only)
        assert_same(
            outcome(behaviour, "success"),
            app.handler(actual(origin), CONTEXT),
            origin,
            acao_only=only,
        )
        missing = app.handler(actual(origin, "/missing"), CONTEXT)
        assert_same(outcome(behaviour, "error", 404), missing, origin, acao_only=only)
        assert_same(
            outcome(behaviour, "error", 500),
            app.handler(actual(origin, "/boom"), CONTEXT),
            origin,
            acao_only=only,
        )
    good = app.handler(preflight(GOOD, "GET", "authorization"), CONTEXT)
    assert cors_headers(good)["access-control-allow-headers"] == "authorization"  # echoed


def test_powertools(tmp_path):
    pytest.importorskip("aws_lambda_powertools")
    behaviour = analyse(tmp_path, "powertools_app", "app.handler")
    app = load(FIXTURES / "powertools_app" / "app.py", "oracle_powertools_app")
    for origin in (GOOD, EVIL):
        only = origin == EVIL  # no CORS header at all for an unlisted origin
        pre = app.handler(preflight(origin, "GET", "authorization"), CONTEXT)
        assert_same(outcome(behaviour, "options"), pre, origin, acao_only=only)
        assert_same(
            outcome(behaviour, "success"),
            app.handler(actual(origin), CONTEXT),
            origin,
            acao_only=only,
        )
        missing = app.handler(actual(origin, "/missing"), CONTEXT)
        assert_same(outcome(behaviour, "error", 404), missing, origin, acao_only=only)
        with pytest.raises(RuntimeError):
            app.handler(actual(origin, "/boom"), CONTEXT)  # escapes: Lambda error, API Gateway 502
    assert outcome(behaviour, "exception").note == "lambda-error"


# ------------------------------------------------------------------ Node.js (run with node)

NODE_DIR = Path(os.environ.get("CORSLINT_NODE_ORACLE_DIR", Path(__file__).parent / "node-oracle"))


def run_node(fixture: str, file: str, events: list[dict]) -> list[dict]:
    """Run the fixture's handler with node on ``events`` (packages from NODE_DIR/node_modules)."""
    if shutil.which("node") is None or not (NODE_DIR / "node_modules").is_dir():
        pytest.skip(
            "node and the framework packages are not installed (set CORSLINT_NODE_ORACLE_DIR)"
        )
    work = Path(tempfile.mkdtemp(dir=NODE_DIR))
    try:
        shutil.copy(FIXTURES / fixture / file, work)
        shutil.copy(FIXTURES / "drive.mjs", work)
        done = subprocess.run(
            ["node", str(work / "drive.mjs"), str(work / file)],
            input=json.dumps(events),
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return json.loads(done.stdout)
    finally:
        shutil.rmtree(work)


def test_middy_http_cors(tmp_path):
    pytest.importorskip("tree_sitter_javascript")
    behaviour = analyse(tmp_path, "middy_app", "index.handler", runtime="nodejs20.x")
    events = [
        preflight(GOOD, "PUT", "authorization"),
        preflight(EVIL, "PUT"),
        actual(GOOD),
        actual(EVIL),
        actual(GOOD, "/missing"),
        actual(GOOD, "/boom"),
    ]
    pre_good, pre_evil, ok_good, ok_evil, missing, boom = run_node("middy_app", "index.mjs", events)
    # the handler itself answers OPTIONS (disableBeforePreflightResponse defaults to true)
    assert not [o for o in behaviour.outcomes if o.kind == "options"]
    success = outcome(behaviour, "success")
    assert_same(success, pre_good, GOOD)
    assert_same(success, pre_evil, EVIL)
    assert_same(success, ok_good, GOOD)
    assert_same(success, ok_evil, EVIL)
    assert_same(outcome(behaviour, "error", 404), missing, GOOD)
    assert "thrown" in boom and outcome(behaviour, "exception").note == "lambda-error"


def test_express_cors(tmp_path):
    pytest.importorskip("tree_sitter_javascript")
    behaviour = analyse(tmp_path, "express_app", "app.handler", runtime="nodejs20.x")
    events = [
        preflight(GOOD, "PUT", "authorization"),
        preflight(EVIL, "PUT"),
        actual(GOOD),
        actual(EVIL),
        actual(GOOD, "/boom"),
    ]
    pre_good, pre_evil, ok_good, ok_evil, boom = run_node("express_app", "app.mjs", events)
    assert_same(outcome(behaviour, "options"), pre_good, GOOD)
    assert_same(
        outcome(behaviour, "options"),
        {**pre_evil, "headers": {k: v for k, v in pre_evil["headers"].items() if k != "vary"}},
        EVIL,
        acao_only=True,
    )
    assert_same(outcome(behaviour, "success"), ok_good, GOOD)
    assert_same(outcome(behaviour, "success"), ok_evil, EVIL)
    assert_same(outcome(behaviour, "error", 500), boom, GOOD)


def _vary_rule_fires(behaviour: Behaviour) -> list:
    from corslint.rules import cors036_missing_vary_origin as cors036

    from .kit import project, run_rule

    fn = Function("fn", "fn", None, "python3.12", "x.handler", "x", {})
    fn.behaviour = behaviour
    return run_rule(cors036, project(fn))


def test_flask_cors_single_origin_sends_no_vary(tmp_path):
    pytest.importorskip("flask_cors")
    pytest.importorskip("serverless_wsgi")
    behaviour = analyse(tmp_path, "flask_single", "app.handler")
    app = load(FIXTURES / "flask_single" / "app.py", "oracle_flask_single")
    good, evil = app.handler(actual(GOOD), CONTEXT), app.handler(actual(EVIL), CONTEXT)
    assert cors_headers(good) == {"access-control-allow-origin": GOOD}  # no Vary: Origin
    assert cors_headers(evil) == {}
    assert_same(outcome(behaviour, "success"), good, GOOD)
    assert_same(outcome(behaviour, "success"), evil, EVIL)
    assert len(_vary_rule_fires(behaviour)) == 1


def test_middy_single_origin_sends_no_vary_and_answers_preflight(tmp_path):
    pytest.importorskip("tree_sitter_javascript")
    behaviour = analyse(tmp_path, "middy_single", "index.handler", runtime="nodejs20.x")
    pre, good, evil = run_node(
        "middy_single", "index.mjs", [preflight(GOOD, "PUT"), actual(GOOD), actual(EVIL)]
    )
    assert pre["statusCode"] == 204
    assert cors_headers(good) == {"access-control-allow-origin": GOOD}
    assert_same(outcome(behaviour, "options"), pre, GOOD)
    assert_same(outcome(behaviour, "success"), good, GOOD)
    assert_same(outcome(behaviour, "success"), evil, EVIL)
    assert len(_vary_rule_fires(behaviour)) == 1
