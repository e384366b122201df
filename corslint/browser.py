"""The browser's side of CORS: when a preflight is sent and what passes.

Follows the Fetch standard (CORS check, CORS-preflight fetch) in the order and
with the error text of Chromium, and like today's browsers lets ``*`` in
Access-Control-Allow-Headers cover ``Authorization`` when credentials are not
included (reported as a standard-view warning). Pure functions over plain
strings: no model, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping

from corslint.record import Value, replace

SAFELISTED_METHODS = frozenset({"GET", "HEAD", "POST"})
SAFELISTED_CONTENT_TYPES = frozenset(
    {"application/x-www-form-urlencoded", "multipart/form-data", "text/plain"}
)
SAFELISTED_HEADERS = frozenset(
    {"accept", "accept-language", "content-language", "content-type", "range"}
)
# Request headers fetch() silently drops (Fetch's forbidden request-header names,
# plus User-Agent, which Chromium still drops): they never cause a preflight.
FORBIDDEN_HEADERS = frozenset(
    {
        "accept-charset", "accept-encoding", "access-control-request-headers",
        "access-control-request-method", "connection", "content-length", "cookie",
        "cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer",
        "set-cookie", "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "via",
    }
)  # fmt: skip
FORBIDDEN_PREFIXES = ("proxy-", "sec-")
# A preflight answered with one of these and a Location is a redirect; any other
# 3xx is just a non-ok status.
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_TOKEN_CHARS = frozenset(
    "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)
# Methods fetch() upper-cases; any other method keeps the page's spelling.
NORMALISED_METHODS = frozenset({"DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"})
_UNSAFE_BYTES = frozenset('"():<>?@[\\]{}\x7f') | {chr(c) for c in range(0x20) if c != 9}

PREFLIGHT_PREFIX = "Response to preflight request doesn't pass access control check: "
VALID_VALUE_HINT = " Have the server send the header with a valid value."
SPECIAL_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp"})
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789+-.")
_FORBIDDEN_HOST_CHARS = frozenset(" #%/:<>?@[\\]^|") | {chr(c) for c in range(0x20)}


class Request(Value):
    """A cross-origin ``fetch()`` as a page makes it.

    ``headers`` maps the request headers the page sets (any case) to their values.
    ``credentials``: the request's credentials mode is ``include``.
    """

    url: str
    origin: str
    method: str = "GET"
    headers: tuple[tuple[str, str], ...] = ()
    credentials: bool = False

    @property
    def normalised_method(self) -> str:
        upper = self.method.upper()
        return upper if upper in NORMALISED_METHODS else self.method

    def unsafe_header_names(self) -> list[str]:
        """The CORS-unsafe request-header names, lower-case, sorted, unique."""
        return sorted(
            name
            for name, value in self.combined_headers().items()
            if not is_forbidden_header(name) and not is_safelisted_header(name, value)
        )

    def combined_headers(self) -> dict[str, str]:
        """Lower-case name -> value as fetch() sends it: values trimmed of HTTP
        whitespace, a name set twice joined with ", "."""
        combined: dict[str, str] = {}
        for name, raw in self.headers:
            key, value = name.lower(), raw.strip(" \t\r\n")
            combined[key] = f"{combined[key]}, {value}" if key in combined else value
        return combined


class Verdict(Value):
    """What the browser does with one response.

    ``reason`` is a stable code (``missing-allow-origin``, ``wildcard-with-credentials``,
    ``multiple-allow-origin``, ``invalid-allow-origin``, ``allow-origin-mismatch``,
    ``invalid-allow-credentials``, ``preflight-status``, ``preflight-redirect``,
    ``invalid-allow-methods``, ``invalid-allow-headers``, ``method-not-allowed``,
    ``header-not-allowed``); ``message`` is Chrome's whole console error text.
    ``warnings`` holds standard-view problems that browsers let through today
    (``authorization-covered-by-wildcard``).
    """

    allowed: bool
    reason: str | None = None
    message: str | None = None
    preflight: bool = False
    warnings: tuple[str, ...] = ()


def is_forbidden_header(name: str) -> bool:
    """A header fetch() drops from the request (so it is never sent)."""
    name = name.lower()
    return name in FORBIDDEN_HEADERS or name.startswith(FORBIDDEN_PREFIXES)


def is_safelisted_header(name: str, value: str) -> bool:
    """Fetch's CORS-safelisted request-header (name and value)."""
    name = name.lower()
    if name not in SAFELISTED_HEADERS or len(value.encode()) > 128:
        return False
    if name == "accept":
        return not any(ch in _UNSAFE_BYTES for ch in value)
    if name in ("accept-language", "content-language"):
        allowed = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz *,-.;=")
        return all(ch in allowed for ch in value)
    if name == "content-type":
        if any(ch in _UNSAFE_BYTES for ch in value):
            return False
        essence = value.split(";", 1)[0].strip().lower()
        return essence in SAFELISTED_CONTENT_TYPES
    # range: a single "bytes=N-[M]"
    if not value.startswith("bytes="):
        return False
    first, _, last = value[6:].partition("-")
    return first.isdigit() and (last == "" or (last.isdigit() and int(first) <= int(last)))


def needs_preflight(request: Request) -> bool:
    """Whether the browser sends a preflight before ``request``."""
    return request.normalised_method not in SAFELISTED_METHODS or bool(
        request.unsafe_header_names()
    )


def _blocked(request: Request, reason: str, detail: str, preflight: bool) -> Verdict:
    text = (
        f"Access to fetch at '{request.url}' from origin '{request.origin}' has been "
        f"blocked by CORS policy: {detail}"
    )
    return Verdict(False, reason, text, preflight)


def _access_error(request: Request, headers: Mapping[str, str | None]) -> tuple[str, str] | None:
    """The CORS check (Fetch §4.10, Chromium's CheckAccess): (reason, text) or None."""
    allow_origin = headers.get("access-control-allow-origin")
    if allow_origin == "*":
        if not request.credentials:
            return None
        return (
            "wildcard-with-credentials",
            "The value of the 'Access-Control-Allow-Origin' header in the response must "
            "not be the wildcard '*' when the request's credentials mode is 'include'.",
        )
    if allow_origin is None:
        return (
            "missing-allow-origin",
            "No 'Access-Control-Allow-Origin' header is present on the requested resource.",
        )
    if allow_origin != request.origin:
        if any(ch in allow_origin for ch in " ,"):
            return (
                "multiple-allow-origin",
                f"The 'Access-Control-Allow-Origin' header contains multiple values "
                f"'{allow_origin}', but only one is allowed.{VALID_VALUE_HINT}",
            )
        if allow_origin != "null" and not _is_valid_url(allow_origin):
            return (
                "invalid-allow-origin",
                f"The 'Access-Control-Allow-Origin' header contains the invalid value "
                f"'{allow_origin}'.{VALID_VALUE_HINT}",
            )
        return (
            "allow-origin-mismatch",
            f"The 'Access-Control-Allow-Origin' header has a value '{allow_origin}' that is "
            f"not equal to the supplied origin.{VALID_VALUE_HINT}",
        )
    if request.credentials:
        allow_credentials = headers.get("access-control-allow-credentials")
        if allow_credentials != "true":
            return (
                "invalid-allow-credentials",
                f"The value of the 'Access-Control-Allow-Credentials' header in the response "
                f"is '{allow_credentials or ''}' which must be 'true' when the request's "
                "credentials mode is 'include'.",
            )
    return None


def _is_valid_url(value: str) -> bool:
    """Roughly Chromium's ``GURL(value).is_valid()`` for an Allow-Origin value.

    Any ``scheme:`` makes a valid URL (``localhost:8080`` has scheme ``localhost``);
    http(s)/ws(s)/ftp also need a host without forbidden characters and a port
    of at most 65535. ``*`` is an allowed host character.
    """
    scheme, sep, rest = value.partition(":")
    scheme = scheme.lower()
    if not (sep and scheme[:1].isalpha() and set(scheme) <= _SCHEME_CHARS):
        return False
    if scheme not in SPECIAL_SCHEMES:
        return True
    authority = rest.lstrip("/\\")
    for end in "/\\?#":
        authority = authority.split(end, 1)[0]
    host, _, port = authority.rpartition("@")[2].partition(":")
    if not host or any(ch in _FORBIDDEN_HOST_CHARS for ch in host):
        return False
    return port == "" or (port.isdigit() and int(port) <= 65535)


def check_response(request: Request, status: int, headers: Mapping[str, str | None]) -> Verdict:
    """The CORS check on an actual (non-preflight) response; status is irrelevant."""
    del status  # any status passes when the CORS headers do
    error = _access_error(request, headers)
    if error is None:
        return Verdict(True)
    reason, detail = error
    return _blocked(request, reason, detail, preflight=False)


def _parse_list(value: str | None) -> list[str] | None:
    """A comma list of tokens (empty items skipped); None when it does not parse."""
    items = [item.strip(" \t") for item in (value or "").split(",")]
    items = [item for item in items if item]
    if any(not set(item) <= _TOKEN_CHARS for item in items):
        return None
    return items


def _unparsable(request: Request, which: str) -> Verdict:
    return _blocked(
        request,
        f"invalid-allow-{which.lower()}",
        f"Cannot parse Access-Control-Allow-{which} response header field in preflight response.",
        preflight=True,
    )


def check_preflight(request: Request, status: int, headers: Mapping[str, str | None]) -> Verdict:
    """The CORS-preflight fetch: redirect, access check, ok status, the two lists parse,
    then methods, then headers."""
    if status in REDIRECT_STATUSES and headers.get("location") is not None:
        return _blocked(
            request,
            "preflight-redirect",
            PREFLIGHT_PREFIX + "Redirect is not allowed for a preflight request.",
            preflight=True,
        )
    error = _access_error(request, headers)
    if error is not None:
        reason, detail = error
        return _blocked(request, reason, PREFLIGHT_PREFIX + detail, preflight=True)
    if not 200 <= status <= 299:
        return _blocked(
            request,
            "preflight-status",
            PREFLIGHT_PREFIX + "It does not have HTTP ok status.",
            preflight=True,
        )
    wildcard_ok = not request.credentials
    methods = _parse_list(headers.get("access-control-allow-methods"))
    if methods is None:
        return _unparsable(request, "Methods")
    header_list = _parse_list(headers.get("access-control-allow-headers"))
    if header_list is None:
        return _unparsable(request, "Headers")
    method = request.normalised_method
    if (
        method not in SAFELISTED_METHODS
        and method not in methods
        and not (wildcard_ok and "*" in methods)
    ):
        return _blocked(
            request,
            "method-not-allowed",
            f"Method {method} is not allowed by Access-Control-Allow-Methods in preflight "
            "response.",
            preflight=True,
        )
    allowed = {name.lower() for name in header_list}
    warnings: list[str] = []
    for name in request.unsafe_header_names():
        if name in allowed:
            continue
        if wildcard_ok and "*" in allowed:
            if name == "authorization":
                warnings.append("authorization-covered-by-wildcard")
            continue
        return _blocked(
            request,
            "header-not-allowed",
            f"Request header field {name} is not allowed by Access-Control-Allow-Headers in "
            "preflight response.",
            preflight=True,
        )
    return Verdict(True, preflight=True, warnings=tuple(warnings))


def fetch(
    request: Request,
    preflight: tuple[int, Mapping[str, str | None]] | None,
    actual: tuple[int, Mapping[str, str | None]],
) -> Verdict:
    """The whole request: the preflight when one is needed, then the response."""
    if needs_preflight(request):
        if preflight is None:
            raise ValueError("this request needs a preflight response")
        verdict = check_preflight(request, *preflight)
        if not verdict.allowed:
            return verdict
        result = check_response(request, *actual)
        return replace(result, preflight=True, warnings=verdict.warnings)
    return check_response(request, *actual)
