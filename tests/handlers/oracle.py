"""Run a real framework on Lambda proxy events and compare with what corslint extracted."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

from corslint.model import Behaviour, Header, Outcome, Unknown
from corslint.simulate import resolve

FIXTURES = Path(__file__).parent / "fixtures"
CONTEXT = SimpleNamespace(
    function_name="fn",
    memory_limit_in_mb=128,
    invoked_function_arn="arn:aws:lambda:us-east-1:1:function:fn",
    aws_request_id="req",
    log_group_name="g",
    log_stream_name="s",
    get_remaining_time_in_millis=lambda: 3000,
)


def rest_event(method: str, path: str, headers: dict[str, str]) -> dict:
    return {
        "resource": "/{proxy+}",
        "path": path,
        "httpMethod": method,
        "headers": headers,
        "multiValueHeaders": {k: [v] for k, v in headers.items()},
        "queryStringParameters": None,
        "multiValueQueryStringParameters": None,
        "pathParameters": {"proxy": path.lstrip("/")},
        "stageVariables": None,
        "requestContext": {
            "resourcePath": "/{proxy+}",
            "httpMethod": method,
            "path": f"/prod{path}",
            "stage": "prod",
            "requestId": "req",
            "accountId": "1",
            "apiId": "api",
            "protocol": "HTTP/1.1",
            "identity": {"sourceIp": "192.0.2.1", "userAgent": "test"},
            "domainName": "api.invalid",
            "resourceId": "r",
            "requestTimeEpoch": 0,
        },
        "body": None,
        "isBase64Encoded": False,
    }


def preflight(origin: str, method: str = "GET", headers: str | None = None) -> dict:
    h = {"origin": origin, "access-control-request-method": method}
    if headers:
        h["access-control-request-headers"] = headers
    return rest_event("OPTIONS", "/items", h)


def actual(origin: str, path: str = "/items") -> dict:
    return rest_event("GET", path, {"origin": origin})


def load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def cors_headers(response: dict) -> dict[str, str]:
    """The CORS-relevant headers of a proxy response (lower-case names, multi-values joined)."""
    found: dict[str, list[str]] = {}
    for name, values in (response.get("multiValueHeaders") or {}).items():
        found.setdefault(name.lower(), []).extend(values)
    for name, value in (response.get("headers") or {}).items():
        found.setdefault(name.lower(), [value]) if name.lower() not in found else None
    return {
        name: ", ".join(values)
        for name, values in found.items()
        if name.startswith("access-control-") or name == "vary"
    }


def expected_headers(headers: dict[str, Header], origin: str) -> tuple[dict[str, str], set[str]]:
    """What corslint says the browser gets from ``origin`` (and the names it cannot know)."""
    expected, unknown = {}, set()
    for name, header in headers.items():
        if not (name.startswith("access-control-") or name == "vary"):
            continue
        value = resolve(header.value, origin)
        if isinstance(value, Unknown):
            unknown.add(name)
        elif value is not None:
            expected[name] = value
    return expected, unknown


def outcome(behaviour: Behaviour, kind: str, status: int | None = None) -> Outcome:
    for candidate in behaviour.outcomes:
        if candidate.kind == kind and (status is None or candidate.status == status):
            return candidate
    raise AssertionError(f"no {kind} {status} outcome in {behaviour.outcomes}")


def assert_same(model: Outcome, response: dict, origin: str, *, acao_only: bool = False) -> None:
    """The framework's CORS headers equal corslint's (header names compared case-insensitively).

    ``acao_only``: compare only Access-Control-Allow-Origin; for a refused origin some
    frameworks drop every CORS header, which the model cannot say of headers other than ACAO.
    """
    expected, unknown = expected_headers(model.headers, origin)
    keep = lambda k: k not in unknown and (not acao_only or k == "access-control-allow-origin")  # noqa: E731
    got = {k: v for k, v in cors_headers(response).items() if keep(k)}
    expected = {k: v for k, v in expected.items() if keep(k)}

    def norm(d):
        return {
            k: ", ".join(p.strip() for p in v.split(",")) if k == "vary" else v
            for k, v in d.items()
        }

    assert norm(got) == norm(expected), f"framework sent {got}, corslint expected {expected}"
    if isinstance(model.status, int):
        assert response["statusCode"] == model.status
