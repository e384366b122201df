"""corslint.browser without Chromium: reason codes, safelisting, Chrome's texts.

The texts and edge cases here were observed in Chromium 156 (tests/browser)."""

from __future__ import annotations

import pytest

from corslint.browser import (
    Request,
    Verdict,
    check_preflight,
    check_response,
    fetch,
    is_forbidden_header,
    is_safelisted_header,
    needs_preflight,
)

URL = "https://api.example.com/items"
ORIGIN = "https://app.example.com"
HEAD = f"Access to fetch at '{URL}' from origin '{ORIGIN}' has been blocked by CORS policy: "
PRE = HEAD + "Response to preflight request doesn't pass access control check: "
HINT = " Have the server send the header with a valid value."
OK = {"access-control-allow-origin": ORIGIN}
OK_CREDS = {**OK, "access-control-allow-credentials": "true"}


def req(method: str = "GET", *headers: tuple[str, str], credentials: bool = False) -> Request:
    return Request(URL, ORIGIN, method, tuple(headers), credentials)


@pytest.mark.parametrize(
    ("name", "value", "safe"),
    [
        ("Accept", "application/json", True),
        ("accept", 'text/"x"', False),
        ("Accept", "a" * 129, False),
        ("Accept-Language", "en-US,en;q=0.9", True),
        ("Accept-Language", "en_US", False),
        ("Content-Language", "de", True),
        ("Content-Type", "text/plain", True),
        ("Content-Type", "Text/Plain; charset=utf-8", True),
        ("Content-Type", 'text/plain; charset="utf-8"', False),
        ("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8", True),
        ("Content-Type", "multipart/form-data; boundary=x", True),
        ("Content-Type", "application/json", False),
        ("Content-Type", "text/json", False),
        ("Range", "bytes=0-10", True),
        ("Range", "bytes=5-", True),
        ("Range", "bytes=10-5", False),
        ("Range", "bytes=0-1,3-4", False),
        ("Authorization", "Bearer t", False),
        ("X-Api-Key", "k", False),
    ],
)
def test_safelisted_header(name: str, value: str, safe: bool) -> None:
    assert is_safelisted_header(name, value) is safe


@pytest.mark.parametrize(
    ("name", "forbidden"),
    [
        ("Cookie", True),
        ("User-Agent", True),
        ("Sec-Foo", True),
        ("Proxy-Foo", True),
        ("DNT", True),
        ("Origin", True),
        ("X-Forwarded-For", False),
        ("Authorization", False),
    ],
)
def test_forbidden_header(name: str, forbidden: bool) -> None:
    assert is_forbidden_header(name) is forbidden


@pytest.mark.parametrize(
    ("request_", "preflight"),
    [
        (req(), False),
        (req("post", ("Content-Type", "text/plain")), False),
        (req("HEAD"), False),
        (req("POST", ("Content-Type", "application/json")), True),
        (req("GET", ("Authorization", "x")), True),
        (req("GET", ("Cookie", "a=b"), ("User-Agent", "x")), False),
        (req("put"), True),
        (req("FOO"), True),
    ],
)
def test_needs_preflight(request_: Request, preflight: bool) -> None:
    assert needs_preflight(request_) is preflight


def test_repeated_request_header_is_combined() -> None:
    request = req("POST", ("Content-Type", "text/plain"), ("content-type", "text/plain"))
    assert request.combined_headers() == {"content-type": "text/plain, text/plain"}
    assert request.unsafe_header_names() == ["content-type"]
    assert not needs_preflight(req("POST", ("Content-Type", " text/plain ")))


def test_method_normalisation_leaves_patch_alone() -> None:
    assert req("put").normalised_method == "PUT"
    assert req("patch").normalised_method == "patch"
    assert req("delete").normalised_method == "DELETE"


@pytest.mark.parametrize(
    ("headers", "credentials", "reason", "detail"),
    [
        (
            {},
            False,
            "missing-allow-origin",
            "No 'Access-Control-Allow-Origin' header is present on the requested resource.",
        ),
        (
            {"access-control-allow-origin": "*"},
            True,
            "wildcard-with-credentials",
            "The value of the 'Access-Control-Allow-Origin' header in the response must not be "
            "the wildcard '*' when the request's credentials mode is 'include'.",
        ),
        (
            {"access-control-allow-origin": f"{ORIGIN}, {ORIGIN}"},
            False,
            "multiple-allow-origin",
            f"The 'Access-Control-Allow-Origin' header contains multiple values "
            f"'{ORIGIN}, {ORIGIN}', but only one is allowed.{HINT}",
        ),
        (
            {"access-control-allow-origin": "*.example.com"},
            False,
            "invalid-allow-origin",
            f"The 'Access-Control-Allow-Origin' header contains the invalid value "
            f"'*.example.com'.{HINT}",
        ),
        (
            {"access-control-allow-origin": f"{ORIGIN}/"},
            False,
            "allow-origin-mismatch",
            f"The 'Access-Control-Allow-Origin' header has a value '{ORIGIN}/' that is not equal "
            f"to the supplied origin.{HINT}",
        ),
        (
            OK,
            True,
            "invalid-allow-credentials",
            "The value of the 'Access-Control-Allow-Credentials' header in the response is '' "
            "which must be 'true' when the request's credentials mode is 'include'.",
        ),
        (
            {**OK, "access-control-allow-credentials": "True"},
            True,
            "invalid-allow-credentials",
            "The value of the 'Access-Control-Allow-Credentials' header in the response is 'True' "
            "which must be 'true' when the request's credentials mode is 'include'.",
        ),
    ],
)
def test_response_reasons(
    headers: dict[str, str], credentials: bool, reason: str, detail: str
) -> None:
    verdict = check_response(req(credentials=credentials), 200, headers)
    assert verdict == Verdict(False, reason, HEAD + detail)
    assert (
        check_preflight(req("PUT", credentials=credentials), 200, headers).message == PRE + detail
    )


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("null", "allow-origin-mismatch"),  # GURL rejects it, Chromium still says mismatch
        ("localhost:8080", "allow-origin-mismatch"),  # scheme "localhost"
        ("http://*.example.com", "allow-origin-mismatch"),
        ("HTTPS://app.example.com", "allow-origin-mismatch"),
        ("http://localhost:*", "invalid-allow-origin"),
        ("http://localhost:99999", "invalid-allow-origin"),
        ("foo", "invalid-allow-origin"),
        ("", "invalid-allow-origin"),
        ("*/", "invalid-allow-origin"),
        ("https://a.example.com,https://b.example.com", "multiple-allow-origin"),
        ("https://a.example.com https://b.example.com", "multiple-allow-origin"),
        ("*, *", "multiple-allow-origin"),
    ],
)
def test_allow_origin_shapes(value: str, reason: str) -> None:
    assert check_response(req(), 200, {"access-control-allow-origin": value}).reason == reason


@pytest.mark.parametrize("status", [200, 403, 500, 502])
def test_actual_status_is_irrelevant(status: int) -> None:
    assert check_response(req(), status, OK).allowed
    assert not check_response(req(), status, {}).allowed


@pytest.mark.parametrize(
    ("status", "headers", "reason", "detail"),
    [
        (
            302,
            {**OK, "location": "/x"},
            "preflight-redirect",
            "Response to preflight request doesn't pass access control check: "
            "Redirect is not allowed for a preflight request.",
        ),
        (302, {}, "missing-allow-origin", None),  # no Location: not a redirect
        (300, {**OK, "location": "/x"}, "preflight-status", None),
        (304, OK, "preflight-status", None),
        (
            403,
            OK,
            "preflight-status",
            "Response to preflight request doesn't pass access control check: "
            "It does not have HTTP ok status.",
        ),
        (404, {}, "missing-allow-origin", None),  # the access check comes first
        (
            200,
            {**OK, "access-control-allow-methods": "PUT DELETE"},
            "invalid-allow-methods",
            "Cannot parse Access-Control-Allow-Methods response header field in preflight "
            "response.",
        ),
        (
            200,
            {**OK, "access-control-allow-headers": "x;"},
            "invalid-allow-headers",
            "Cannot parse Access-Control-Allow-Headers response header field in preflight "
            "response.",
        ),
        (
            200,
            OK,
            "method-not-allowed",
            "Method PUT is not allowed by Access-Control-Allow-Methods in preflight response.",
        ),
        (200, {**OK, "access-control-allow-methods": "put"}, "method-not-allowed", None),
    ],
)
def test_preflight_reasons(
    status: int, headers: dict[str, str], reason: str, detail: str | None
) -> None:
    verdict = check_preflight(req("PUT"), status, headers)
    assert (verdict.allowed, verdict.reason, verdict.preflight) == (False, reason, True)
    if detail is not None:
        assert verdict.message == HEAD + detail


def test_unparsable_methods_reported_before_unparsable_headers() -> None:
    headers = {**OK, "access-control-allow-methods": "PUT;", "access-control-allow-headers": "x;"}
    assert check_preflight(req("PUT"), 200, headers).reason == "invalid-allow-methods"
    headers["access-control-allow-methods"] = ""
    assert check_preflight(req("PUT"), 200, headers).reason == "invalid-allow-headers"


def test_empty_list_items_are_skipped() -> None:
    headers = {**OK, "access-control-allow-methods": ",PUT,,DELETE,"}
    assert check_preflight(req("PUT"), 200, headers).allowed


@pytest.mark.parametrize(
    ("method", "allow", "credentials", "allowed"),
    [
        ("put", "PUT", False, True),
        ("PUT", "*", False, True),
        ("PUT", "*", True, False),
        ("patch", "PATCH", False, False),
        ("patch", "patch", False, True),
        ("PATCH", "patch", False, False),
        ("DELETE", "GET, POST", False, False),
    ],
)
def test_allow_methods(method: str, allow: str, credentials: bool, allowed: bool) -> None:
    headers = {**OK_CREDS, "access-control-allow-methods": allow}
    verdict = check_preflight(req(method, credentials=credentials), 200, headers)
    assert verdict.allowed is allowed
    if not allowed:
        assert verdict.message == HEAD + (
            f"Method {req(method).normalised_method} is not allowed by "
            "Access-Control-Allow-Methods in preflight response."
        )


@pytest.mark.parametrize(
    ("allow", "credentials", "allowed", "warnings"),
    [
        ("Authorization", False, True, ()),
        ("AUTHORIZATION", True, True, ()),
        ("*", False, True, ("authorization-covered-by-wildcard",)),
        ("*", True, False, ()),
        ("*, authorization", True, True, ()),
        ("x-api-key", False, False, ()),
    ],
)
def test_allow_headers_authorization(
    allow: str, credentials: bool, allowed: bool, warnings: tuple[str, ...]
) -> None:
    request = req("GET", ("Authorization", "Bearer t"), credentials=credentials)
    headers = {**OK_CREDS, "access-control-allow-headers": allow}
    verdict = check_preflight(request, 200, headers)
    assert (verdict.allowed, verdict.warnings) == (allowed, warnings)
    if not allowed:
        assert verdict.reason == "header-not-allowed"
        assert verdict.message == HEAD + (
            "Request header field authorization is not allowed by "
            "Access-Control-Allow-Headers in preflight response."
        )


def test_json_post_needs_content_type_allowed() -> None:
    request = req("POST", ("Content-Type", "application/json"))
    verdict = check_preflight(request, 200, OK)
    assert verdict.message == HEAD + (
        "Request header field content-type is not allowed by Access-Control-Allow-Headers "
        "in preflight response."
    )
    allow = {**OK, "access-control-allow-headers": "Content-Type"}
    assert check_preflight(request, 200, allow).allowed


def test_first_unsafe_header_in_sorted_order_is_reported() -> None:
    request = req("GET", ("X-Zed", "1"), ("Authorization", "t"))
    assert "field authorization " in (check_preflight(request, 200, OK).message or "")


def test_fetch_simple_request_skips_preflight() -> None:
    assert fetch(req(), None, (200, OK)) == Verdict(True)


def test_fetch_needs_a_preflight_response() -> None:
    with pytest.raises(ValueError):
        fetch(req("PUT"), None, (200, OK))


def test_fetch_actual_blocked_after_good_preflight_keeps_preflight_flag() -> None:
    preflight = (204, {**OK, "access-control-allow-methods": "PUT"})
    verdict = fetch(req("PUT"), preflight, (502, {}))
    assert (verdict.allowed, verdict.reason, verdict.preflight) == (
        False,
        "missing-allow-origin",
        True,
    )
    assert verdict.message == HEAD + (
        "No 'Access-Control-Allow-Origin' header is present on the requested resource."
    )


def test_fetch_carries_preflight_warning() -> None:
    request = req("GET", ("Authorization", "t"))
    preflight = (200, {"access-control-allow-origin": "*", "access-control-allow-headers": "*"})
    verdict = fetch(request, preflight, (200, {"access-control-allow-origin": "*"}))
    assert verdict == Verdict(True, preflight=True, warnings=("authorization-covered-by-wildcard",))
