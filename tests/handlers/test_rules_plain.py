"""CORS010/011/031/036/041/054 on small plain handlers (fire and quiet)."""

from __future__ import annotations

from corslint.rules import (
    cors010_proxy_response_missing_allow_origin as cors010,
)
from corslint.rules import (
    cors011_error_path_missing_allow_origin as cors011,
)
from corslint.rules import (
    cors031_origin_reflected_without_allowlist as cors031,
)
from corslint.rules import (
    cors036_missing_vary_origin as cors036,
)
from corslint.rules import (
    cors041_weak_origin_check as cors041,
)
from corslint.rules import (
    cors054_backend_cors_ignored as cors054,
)

from corslint.model import HttpCors

from .kit import analysed, lines, project, run_rule

# A route with an OPTIONS method makes the REST API CORS-enabled.

NO_ACAO = {
    "src/app.py": """
    def handler(event, context):
        return {"statusCode": 200, "body": "{}"}
    """
}
GOOD = {
    "src/app.py": """
    CORS = {"Access-Control-Allow-Origin": "https://app.example.com"}

    def handler(event, context):
        if not event.get("body"):
            return {"statusCode": 400, "headers": CORS, "body": "no"}
        return {"statusCode": 200, "headers": {**CORS, "Content-Type": "text/plain"}, "body": "{}"}
    """
}


def test_cors010_fires_on_success_without_acao(tmp_path):
    fn = analysed(tmp_path, NO_ACAO, "app.handler")
    problems = run_rule(cors010, project(fn))
    assert lines(problems) == [("src/app.py", 2)]
    assert problems[0].source == "python"


def test_cors010_quiet_when_every_return_has_acao(tmp_path):
    fn = analysed(tmp_path, GOOD, "app.handler")
    assert run_rule(cors010, project(fn)) == []


def test_cors010_quiet_when_handler_cannot_be_read(tmp_path):
    files = {
        "src/app.py": "import lib\n\ndef handler(event, context):\n    return lib.respond(event)\n"
    }
    fn = analysed(tmp_path, files, "app.handler")
    assert run_rule(cors010, project(fn)) == []


ERROR_PATH = {
    "src/handler.py": """
    import json
    CORS_HEADERS = {"Access-Control-Allow-Origin": "https://billing.example.com"}

    def get_invoice(event, context):
        try:
            item = load(event)
        except Exception as exc:
            return {"statusCode": 500, "body": json.dumps({"error": str(exc)})}
        if item is None:
            return {"statusCode": 404, "body": "not found"}
        return {"statusCode": 200, "headers": CORS_HEADERS, "body": json.dumps(item)}
    """
}


def test_cors011_fires_on_each_error_return_without_acao(tmp_path):
    fn = analysed(tmp_path, ERROR_PATH, "handler.get_invoice")
    assert lines(run_rule(cors011, project(fn))) == [("src/handler.py", 8), ("src/handler.py", 10)]


def test_cors011_quiet_when_errors_carry_acao(tmp_path):
    fn = analysed(tmp_path, GOOD, "app.handler")
    assert run_rule(cors011, project(fn)) == []


def test_cors011_quiet_when_success_has_no_acao_either(tmp_path):
    files = {
        "src/app.py": """
    def handler(event, context):
        if not event.get("body"):
            return {"statusCode": 400}
        return {"statusCode": 200}
    """
    }
    fn = analysed(tmp_path, files, "app.handler")
    assert run_rule(cors011, project(fn)) == []  # CORS010's finding


REFLECT = {
    "src/app.py": """
    def handler(event, context):
        origin = event["headers"].get("origin")
        return {
            "statusCode": 200,
            "headers": {
                "Access-Control-Allow-Origin": origin,
                "Access-Control-Allow-Credentials": "true",
            },
        }
    """
}
ALLOWLIST = {
    "src/app.py": """
    import os

    ALLOWED = [o.strip() for o in os.environ["ALLOWED_ORIGINS"].split(",")]

    def handler(event, context):
        origin = event["headers"].get("origin")
        headers = {"Content-Type": "application/json"}
        if origin in ALLOWED:
            headers["Access-Control-Allow-Origin"] = origin
            headers["Access-Control-Allow-Credentials"] = "true"
        return {"statusCode": 200, "headers": headers}
    """
}


def test_cors031_fires_with_credentials_as_error(tmp_path):
    fn = analysed(tmp_path, REFLECT, "app.handler")
    problems = run_rule(cors031, project(fn))
    assert lines(problems) == [("src/app.py", 6)]
    assert problems[0].severity is None  # the rule's own: error


def test_cors031_warning_without_credentials(tmp_path):
    files = {
        "src/app.py": REFLECT["src/app.py"].replace(
            '"Access-Control-Allow-Credentials": "true",', ""
        )
    }
    fn = analysed(tmp_path, files, "app.handler")
    problems = run_rule(cors031, project(fn))
    assert [p.severity for p in problems] == ["warning"]


def test_cors031_quiet_with_allowlist(tmp_path):
    fn = analysed(
        tmp_path,
        ALLOWLIST,
        "app.handler",
        env={"ALLOWED_ORIGINS": "https://a.example.com, https://b.example.com"},
    )
    assert run_rule(cors031, project(fn)) == []
    [outcome] = fn.behaviour.outcomes
    value = outcome.headers["access-control-allow-origin"].value
    assert value.allowlist == ("https://a.example.com", "https://b.example.com")


def test_cors036_fires_on_allowlist_without_vary(tmp_path):
    fn = analysed(
        tmp_path, ALLOWLIST, "app.handler", env={"ALLOWED_ORIGINS": "https://a.example.com"}
    )
    assert lines(run_rule(cors036, project(fn))) == [("src/app.py", 9)]


def test_cors036_quiet_with_vary(tmp_path):
    files = {
        "src/app.py": ALLOWLIST["src/app.py"].replace(
            '{"Content-Type": "application/json"}',
            '{"Content-Type": "application/json", "Vary": "Origin"}',
        )
    }
    fn = analysed(tmp_path, files, "app.handler", env={"ALLOWED_ORIGINS": "https://a.example.com"})
    assert run_rule(cors036, project(fn)) == []


def test_cors036_quiet_when_allowlist_unknown(tmp_path):
    from corslint.model import Unknown

    fn = analysed(
        tmp_path, ALLOWLIST, "app.handler", env={"ALLOWED_ORIGINS": Unknown("known after apply")}
    )
    proj = project(fn)
    assert (
        run_rule(cors036, proj) == []
        and run_rule(cors010, proj) == []
        and run_rule(cors031, proj) == []
    )


WEAK = {
    "src/app.py": """
    import re

    def handler(event, context):
        origin = event["headers"].get("origin", "")
        headers = {"Vary": "Origin"}
        if origin.endswith("example.com"):
            headers["Access-Control-Allow-Origin"] = origin
        if re.match(r"https://app.example.com", origin):
            headers["Access-Control-Allow-Origin"] = origin
        return {"statusCode": 200, "headers": headers}
    """
}


def test_cors041_fires_on_weak_checks(tmp_path):
    fn = analysed(tmp_path, WEAK, "app.handler")
    problems = run_rule(cors041, project(fn))
    assert lines(problems) == [("src/app.py", 6), ("src/app.py", 8)]
    assert {p.severity for p in problems} == {"warning"}


def test_cors041_quiet_on_sound_checks(tmp_path):
    files = {
        "src/app.py": """
    import re

    def handler(event, context):
        origin = event["headers"].get("origin", "")
        headers = {"Vary": "Origin"}
        if origin.endswith(".example.com") or origin == "https://example.com":
            headers["Access-Control-Allow-Origin"] = origin
        if re.fullmatch(r"https://[a-z]+\\.example\\.com", origin):
            headers["Access-Control-Allow-Origin"] = origin
        return {"statusCode": 200, "headers": headers}
    """
    }
    fn = analysed(tmp_path, files, "app.handler")
    assert run_rule(cors041, project(fn)) == []
    assert len(fn.behaviour.origin_checks) == 3


def test_cors054_fires_on_http_api_with_cors_config(tmp_path):
    fn = analysed(tmp_path, GOOD, "app.handler")
    proj = project(fn, kind="http", cors=HttpCors(allow_origins=("https://app.example.com",)))
    assert lines(run_rule(cors054, proj)) == [("src/app.py", 1)]


def test_cors054_quiet_without_cors_config(tmp_path):
    fn = analysed(tmp_path, GOOD, "app.handler")
    assert run_rule(cors054, project(fn, kind="http")) == []


def test_cors036_quiet_for_http_api_managed_cors(tmp_path):
    fn = analysed(tmp_path, NO_ACAO, "app.handler")
    cors = HttpCors(allow_origins=("https://a.example.com", "https://b.example.com"))
    assert run_rule(cors036, project(fn, kind="http", cors=cors)) == []


def test_cors041_substring_tests_both_ways(tmp_path):
    files = {
        "src/app.py": """
    def handler(event, context):
        origin = event["headers"].get("origin", "")
        headers = {"Vary": "Origin"}
        if "example.com" in origin:
            headers["Access-Control-Allow-Origin"] = origin
        if origin in "https://a.example.com https://b.example.com":
            headers["Access-Control-Allow-Origin"] = origin
        return {"statusCode": 200, "headers": headers}
    """
    }
    fn = analysed(tmp_path, files, "app.handler")
    assert lines(run_rule(cors041, project(fn))) == [("src/app.py", 4), ("src/app.py", 6)]
