"""``corslint explain``: the browser's verdict per route and request kind (issue 7)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
ORDERS = "fixtures/terraform-rest-orders"


def corslint(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed CLI (as tests/test_cli.py does)."""
    return subprocess.run([sys.executable, "-m", "corslint", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300, env=env)


def explain(*args: str) -> tuple[int, str]:
    result = corslint("explain", ORDERS, *args, cwd=ROOT)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, result.stdout


def test_text_table_fits_80_columns_and_names_the_findings() -> None:
    code, out = explain("--origin", "https://shop.example.com")
    assert code == 1
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "orders-prod: PUT /orders/{orderId}" in out
    put = out.split("orders-prod: PUT /orders/{orderId}", 1)[1]
    assert "preflight      403     blocked: Response to preflight request doesn't pass" in put
    assert "It does not have HTTP ok status." in put and "[CORS001]" in put
    post = out.split("orders-prod: POST /orders", 1)[1].split("orders-prod:", 1)[0]
    assert "Request header field authorization is not" in post and "[CORS003]" in post
    assert "success        200,201 allowed" in post
    assert "5xx            504     blocked: No 'Access-Control-Allow-Origin' header" in post
    assert "[CORS020]" in post


def test_route_filter_header_and_credentials_json() -> None:
    code, out = explain("--origin", "https://shop.example.com", "--route", "post /orders",
                        "--credentials", "--header", "X-Trace", "--format", "json")
    data = json.loads(out)
    assert [r["route"] for r in data["routes"]] == ["POST /orders"]
    route = data["routes"][0]
    assert route["credentials"] is True and "x-trace" in route["headers"]
    kinds = {row["kind"]: row for row in route["requests"]}
    assert list(kinds) == ["preflight", "success", "handler error", "401/403", "429", "5xx"]
    assert kinds["preflight"]["result"] == "blocked" and route["preflight_blocked"] is True
    assert kinds["handler error"]["result"] == "none"
    assert code == 1


def test_a_wrong_origin_is_blocked_with_chromes_text() -> None:
    code, out = explain("--origin", "https://evil.example", "--route", "POST /orders",
                        "--format", "json")
    rows = json.loads(out)["routes"][0]["requests"]
    assert rows[0]["kind"] == "preflight" and rows[0]["result"] == "blocked"
    assert "'https://shop.example.com' that is not equal to the supplied origin" in rows[0]["message"]


def test_simple_request_has_no_preflight_and_unknown_rows_say_why() -> None:
    result = corslint("explain", "fixtures/openapi-console-export", "--origin",
                      "https://app.example.com", "--route", "GET /pets", cwd=ROOT)
    assert "preflight      -       not sent (a simple request: no preflight)" in result.stdout
    assert "success        ?       unknown (the Lambda function is not defined" in result.stdout
    assert result.returncode == 1 and "[CORS020]" in result.stdout  # gateway errors are blocked


def test_unknown_route_is_an_error() -> None:
    code, out = explain("--origin", "https://shop.example.com", "--route", "PATCH /nope")
    assert code == 2 and "No route" in out
