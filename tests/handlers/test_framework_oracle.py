"""Each framework model checked against the framework itself, run in-process on proxy events.

corslint never imports handler code; these tests do, to confirm what corslint read
statically. Each needs the framework installed (skipped otherwise).
"""

from __future__ import annotations

import shutil

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
            assert pre["statusCode"] == 400  # a disallowed origin: corslint notes it, status is per request
            assert_same(model, {**pre, "statusCode": 200}, origin)
        assert_same(outcome(behaviour, "success"), app.handler(actual(origin), CONTEXT), origin)
        assert_same(outcome(behaviour, "error", 404), app.handler(actual(origin, "/missing"), CONTEXT), origin)
        crash = app.handler(actual(origin, "/boom"), CONTEXT)
        assert_same(outcome(behaviour, "exception", 500), crash, origin)
    assert app.handler(preflight(GOOD, "DELETE"), CONTEXT)["statusCode"] == 400  # method not allowed


def test_starlette_wildcard_with_credentials_reflects_any_origin(tmp_path):
    pytest.importorskip("fastapi")
    pytest.importorskip("mangum")
    behaviour = analyse(tmp_path, "starlette_star", "main.handler")
    app = load(FIXTURES / "starlette_star" / "main.py", "oracle_starlette_star")
    for origin in (GOOD, EVIL):
        assert_same(outcome(behaviour, "options"), app.handler(preflight(origin, "PUT", "x-a"), CONTEXT), origin)
        assert_same(outcome(behaviour, "success"), app.handler(actual(origin), CONTEXT), origin)
        assert app.handler(actual(origin), CONTEXT)["headers"]["access-control-allow-origin"] == origin
        assert_same(outcome(behaviour, "exception", 500), app.handler(actual(origin, "/boom"), CONTEXT), origin)


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
        assert_same(outcome(behaviour, "success"), app.handler(actual(origin), CONTEXT), origin, acao_only=only)
        missing = app.handler(actual(origin, "/missing"), CONTEXT)
        assert_same(outcome(behaviour, "error", 404), missing, origin, acao_only=only)
        assert_same(outcome(behaviour, "error", 500), app.handler(actual(origin, "/boom"), CONTEXT), origin, acao_only=only)
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
        assert_same(outcome(behaviour, "success"), app.handler(actual(origin), CONTEXT), origin, acao_only=only)
        missing = app.handler(actual(origin, "/missing"), CONTEXT)
        assert_same(outcome(behaviour, "error", 404), missing, origin, acao_only=only)
        with pytest.raises(RuntimeError):
            app.handler(actual(origin, "/boom"), CONTEXT)  # escapes: Lambda error, API Gateway 502
    assert outcome(behaviour, "exception").note == "lambda-error"
