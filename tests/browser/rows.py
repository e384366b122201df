"""The generated row table: every branch of the CORS check and the preflight check."""

from __future__ import annotations

from itertools import product

from browser.harness import Headers, Row

ACAO = "Access-Control-Allow-Origin"
ACAC = "Access-Control-Allow-Credentials"
ACAM = "Access-Control-Allow-Methods"
ACAH = "Access-Control-Allow-Headers"
ACMA = "Access-Control-Max-Age"

# Allow-Origin values, as header lines (several lines = several tuples).
ORIGIN_VALUES: dict[str, Headers] = {
    "exact": ((ACAO, "{origin}"),),
    "star": ((ACAO, "*"),),
    "missing": (),
    "upper-scheme": ((ACAO, "HTTP://localhost:{port}"),),
    "upper-host": ((ACAO, "http://LOCALHOST:{port}"),),
    "trailing-slash": ((ACAO, "{origin}/"),),
    "other-port": ((ACAO, "http://localhost:1"),),
    "https": ((ACAO, "https://localhost:{port}"),),
    "no-port": ((ACAO, "http://localhost"),),
    "null": ((ACAO, "null"),),
    "comma-list": ((ACAO, "{origin}, http://other.example"),),
    "comma-nospace": ((ACAO, "{origin},http://other.example"),),
    "two-lines-same": ((ACAO, "{origin}"), (ACAO, "{origin}")),
    "two-lines-diff": ((ACAO, "http://other.example"), (ACAO, "{origin}")),
    "two-stars": ((ACAO, "*"), (ACAO, "*")),
    "space-list": ((ACAO, "{origin} http://other.example"),),
    "pattern-host": ((ACAO, "http://*.localhost:{port}"),),
    "pattern-port": ((ACAO, "http://localhost:*"),),
    "pattern-bare": ((ACAO, "*.example.com"),),
    "no-scheme": ((ACAO, "localhost:{port}"),),
    "word": ((ACAO, "foo"),),
    "empty": ((ACAO, ""),),
    "star-slash": ((ACAO, "*/"),),
    "bad-port": ((ACAO, "http://localhost:99999"),),
}
CREDENTIAL_VALUES: dict[str, Headers] = {
    "acac-missing": (),
    "acac-true": ((ACAC, "true"),),
    "acac-True": ((ACAC, "True"),),
    "acac-TRUE": ((ACAC, "TRUE"),),
    "acac-false": ((ACAC, "false"),),
    "acac-empty": ((ACAC, ""),),
    "acac-two-lines": ((ACAC, "true"), (ACAC, "true")),
}
# (label, method, request header lines)
PREFLIGHTED: list[tuple[str, str, Headers]] = [
    ("PUT", "PUT", ()),
    ("put", "put", ()),
    ("DELETE", "DELETE", ()),
    ("patch", "patch", ()),
    ("PATCH", "PATCH", ()),
    ("auth", "GET", (("Authorization", "Bearer t"),)),
    ("api-key", "GET", (("X-Api-Key", "k"),)),
    ("json-post", "POST", (("Content-Type", "application/json"),)),
    ("auth+key", "GET", (("Authorization", "Bearer t"), ("X-Api-Key", "k"))),
]
# Content-Type / safelisted-header cases: (label, method, header lines)
SAFELISTING: list[tuple[str, str, Headers]] = [
    ("ct-text-plain", "POST", (("Content-Type", "text/plain"),)),
    ("ct-text-plain-charset", "POST", (("Content-Type", "text/plain; charset=utf-8"),)),
    ("ct-Text-Plain", "POST", (("Content-Type", "Text/Plain"),)),
    ("ct-quoted-param", "POST", (("Content-Type", 'text/plain; charset="utf-8"'),)),
    ("ct-form", "POST", (("Content-Type", "application/x-www-form-urlencoded"),)),
    (
        "ct-form-charset",
        "POST",
        (("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8"),),
    ),
    ("ct-multipart", "POST", (("Content-Type", "multipart/form-data; boundary=x"),)),
    ("ct-json", "POST", (("Content-Type", "application/json"),)),
    ("ct-json-charset", "POST", (("Content-Type", "application/json; charset=utf-8"),)),
    ("ct-text-json", "POST", (("Content-Type", "text/json"),)),
    ("ct-csp-report", "POST", (("Content-Type", "application/csp-report"),)),
    ("ct-on-get", "GET", (("Content-Type", "text/plain"),)),
    ("accept-json", "GET", (("Accept", "application/json"),)),
    ("accept-quote", "GET", (("Accept", 'text/"x"'),)),
    ("accept-long", "GET", (("Accept", "a" * 129),)),
    ("accept-language", "GET", (("Accept-Language", "en-US,en;q=0.9"),)),
    ("accept-language-bad", "GET", (("Accept-Language", "en_US"),)),
    ("content-language", "GET", (("Content-Language", "de"),)),
    ("range-ok", "GET", (("Range", "bytes=0-10"),)),
    ("range-open", "GET", (("Range", "bytes=5-"),)),
    ("range-reversed", "GET", (("Range", "bytes=10-5"),)),
    ("range-multi", "GET", (("Range", "bytes=0-1,3-4"),)),
    ("x-requested-with", "GET", (("X-Requested-With", "XMLHttpRequest"),)),
    ("head", "HEAD", ()),
    ("post-plain", "POST", ()),
    ("get-lower", "get", ()),
    ("post-lower", "post", ()),
    ("custom-method", "FOO", ()),
    ("get-mixed", "Get", ()),
    ("delete-mixed", "DeLeTe", ()),
    ("ct-comma", "POST", (("Content-Type", "text/plain,application/json"),)),
    ("ct-space-before-semicolon", "POST", (("Content-Type", "text/plain ; charset=utf-8"),)),
    ("ct-trailing-semicolon", "POST", (("Content-Type", "text/plain;"),)),
    ("ct-padded", "POST", (("Content-Type", " text/plain "),)),
    ("ct-two-params", "POST", (("Content-Type", "text/plain; charset=utf-8; x=y"),)),
    ("ct-paren", "POST", (("Content-Type", "text/plain; x=(y)"),)),
    ("ct-multipart-bare", "POST", (("Content-Type", "multipart/form-data"),)),
    ("ct-html", "POST", (("Content-Type", "text/html"),)),
    ("ct-long", "POST", (("Content-Type", "text/plain; x=" + "a" * 120),)),
    ("ct-two-lines", "POST", (("Content-Type", "text/plain"), ("Content-Type", "text/plain"))),
    ("accept-colon", "GET", (("Accept", "a:b"),)),
    ("accept-star", "GET", (("Accept", "*/*"),)),
    ("accept-empty", "GET", (("Accept", ""),)),
    ("range-suffix", "GET", (("Range", "bytes=-5"),)),
    ("range-space", "GET", (("Range", "bytes= 0-1"),)),
    ("range-units", "GET", (("Range", "items=0-1"),)),
    ("content-language-long", "GET", (("Content-Language", "a" * 129),)),
    ("key-empty-value", "GET", (("X-Api-Key", ""),)),
    ("auth-empty-value", "GET", (("Authorization", ""),)),
]

FORBIDDEN_SAMPLES = (
    "Accept-Charset",
    "Accept-Encoding",
    "Access-Control-Request-Headers",
    "Access-Control-Request-Method",
    "Connection",
    "Content-Length",
    "Cookie",
    "Cookie2",
    "Date",
    "DNT",
    "Expect",
    "Host",
    "Keep-Alive",
    "Origin",
    "Referer",
    "Set-Cookie",
    "TE",
    "Trailer",
    "Transfer-Encoding",
    "Upgrade",
    "Via",
    "User-Agent",
    "Proxy-Authorization",
    "Proxy-Foo",
    "Sec-Fetch-Mode",
    "Sec-Foo",
    "X-HTTP-Method-Override",
    "X-Forwarded-For",
)


def good_preflight(credentials: bool, extra: Headers = ()) -> Headers:
    """Allow-Origin (+ credentials) that passes the access check."""
    base: Headers = ((ACAO, "{origin}"), (ACAC, "true")) if credentials else ((ACAO, "*"),)
    return base + extra


def good_actual(credentials: bool) -> Headers:
    return ((ACAO, "{origin}"), (ACAC, "true")) if credentials else ((ACAO, "*"),)


def build_rows() -> list[Row]:
    """The whole table, ids r000..; ``note`` says what a row checks."""
    rows: list[Row] = []

    def add(note: str, **kw: object) -> None:
        rows.append(Row(id=f"r{len(rows):03d}", note=note, **kw))  # type: ignore[arg-type]

    allow_all = (
        (ACAM, "PUT, DELETE, patch, PATCH"),
        (ACAH, "authorization, x-api-key, content-type"),
    )
    # 1. CORS check on a simple GET: every Allow-Origin shape, with/without credentials.
    for (label, acao), creds in product(ORIGIN_VALUES.items(), (False, True)):
        extra: Headers = ((ACAC, "true"),) if creds else ()
        add(f"simple acao={label} creds={creds}", credentials=creds, actual=(200, acao + extra))
    # 2. Allow-Credentials values.
    for (label, acac), acao_value, creds in product(
        CREDENTIAL_VALUES.items(), ("{origin}", "*"), (False, True)
    ):
        add(
            f"simple {label} acao={acao_value} creds={creds}",
            credentials=creds,
            actual=(200, ((ACAO, acao_value), *acac)),
        )
    # 3. Actual status does not matter; the headers do.
    for status, with_acao, creds in product(
        (200, 204, 403, 404, 500, 502), (True, False), (False, True)
    ):
        headers = good_actual(creds) if with_acao else ()
        add(
            f"simple status={status} acao={with_acao} creds={creds}",
            credentials=creds,
            actual=(status, headers),
        )
    # 4. Safelisting: whether a preflight goes out (preflight and actual both fine).
    for (label, method, headers), creds in product(SAFELISTING, (False, True)):
        pre = good_preflight(
            creds,
            (
                (ACAM, "FOO"),
                (ACAH, "content-type, accept, accept-language, range, x-requested-with"),
            ),
        )
        add(
            f"safelist {label} creds={creds}",
            method=method,
            headers=headers,
            credentials=creds,
            preflight=(200, pre),
            actual=(200, good_actual(creds)),
        )
    # 5. Preflight access check: Allow-Origin / Allow-Credentials on the preflight.
    for (label, acao), creds in product(ORIGIN_VALUES.items(), (False, True)):
        if label.startswith(
            (
                "pattern",
                "no-",
                "word",
                "empty",
                "star-slash",
                "bad-port",
                "comma-nospace",
                "space",
                "two-stars",
                "https",
            )
        ):
            continue
        extra = ((ACAC, "true"),) if creds else ()
        add(
            f"preflight acao={label} creds={creds}",
            method="PUT",
            credentials=creds,
            preflight=(200, acao + extra + allow_all),
            actual=(200, good_actual(creds)),
        )
    for (label, acac), creds in product(CREDENTIAL_VALUES.items(), (False, True)):
        add(
            f"preflight {label} creds={creds}",
            method="PUT",
            credentials=creds,
            preflight=(200, ((ACAO, "{origin}"), *acac, *allow_all)),
            actual=(200, good_actual(creds)),
        )
    # 6. Preflight status: non-2xx, 204, redirects; with good and with missing headers.
    for status, good, creds in product(
        (200, 204, 301, 302, 307, 308, 401, 403, 404, 500), (True, False), (False, True)
    ):
        headers = good_preflight(creds, allow_all) if good else ()
        if 300 <= status < 400:
            headers += (("Location", "{api}/r/elsewhere"),)
        add(
            f"preflight status={status} good={good} creds={creds}",
            method="PUT",
            credentials=creds,
            preflight=(status, headers),
            actual=(200, good_actual(creds)),
        )
    # 7. Allow-Methods.
    methods = {
        "missing": (),
        "PUT": ((ACAM, "PUT"),),
        "put": ((ACAM, "put"),),
        "star": ((ACAM, "*"),),
        "GET,POST": ((ACAM, "GET, POST"),),
        "list": ((ACAM, "GET,PUT ,DELETE"),),
        "two-lines": ((ACAM, "GET"), (ACAM, "PUT, DELETE")),
        "PATCH": ((ACAM, "PATCH"),),
        "patch": ((ACAM, "patch"),),
        "star-PUT": ((ACAM, "*, PUT"),),
    }
    for (label, acam), method, creds in product(
        methods.items(), ("PUT", "put", "DELETE", "patch", "PATCH"), (False, True)
    ):
        add(
            f"methods acam={label} method={method} creds={creds}",
            method=method,
            credentials=creds,
            preflight=(200, good_preflight(creds, acam)),
            actual=(200, good_actual(creds)),
        )
    # 8. Allow-Headers.
    allow_headers = {
        "missing": (),
        "star": ((ACAH, "*"),),
        "authorization": ((ACAH, "authorization"),),
        "Authorization": ((ACAH, "Authorization"),),
        "AUTH-upper": ((ACAH, "AUTHORIZATION"),),
        "x-api-key": ((ACAH, "X-Api-Key"),),
        "content-type": ((ACAH, "Content-Type"),),
        "key+auth": ((ACAH, "x-api-key,authorization"),),
        "star+auth": ((ACAH, "*, Authorization"),),
        "two-lines": ((ACAH, "x-api-key"), (ACAH, "authorization")),
    }
    for (label, acah), (kind, method, headers), creds in product(
        allow_headers.items(),
        [p for p in PREFLIGHTED if p[0] in ("auth", "api-key", "json-post", "auth+key")],
        (False, True),
    ):
        add(
            f"headers acah={label} req={kind} creds={creds}",
            method=method,
            headers=headers,
            credentials=creds,
            preflight=(200, good_preflight(creds, acah)),
            actual=(200, good_actual(creds)),
        )
    # 9. Max-Age never changes the verdict.
    for age in (None, "0", "600", "86400000", "-1", "abc"):
        extra = allow_all + (((ACMA, age),) if age is not None else ())
        add(
            f"max-age={age}",
            method="PUT",
            preflight=(200, good_preflight(False, extra)),
            actual=(200, good_actual(False)),
        )
    # 10. Actual response after a good preflight.
    for (kind, method, headers), status, shape, creds in product(
        [p for p in PREFLIGHTED if p[0] in ("PUT", "auth")],
        (200, 403, 500, 502),
        ("good", "missing", "star"),
        (False, True),
    ):
        actual = {"good": good_actual(creds), "missing": (), "star": ((ACAO, "*"), (ACAC, "true"))}[
            shape
        ]
        add(
            f"after-preflight req={kind} status={status} acao={shape} creds={creds}",
            method=method,
            headers=headers,
            credentials=creds,
            preflight=(200, good_preflight(creds, allow_all)),
            actual=(status, actual),
        )
    # 11. Allow-Methods / Allow-Headers that are not comma lists of tokens.
    bad_lists = (
        "PUT DELETE",
        "PUT;",
        "PUT,,DELETE",
        ",PUT",
        "PUT,",
        "",
        "PUT, *",
        "PUT/1",
        "'PUT'",
    )
    for value, which in product(bad_lists, (ACAM, ACAH)):
        other = (ACAH, "x-api-key") if which == ACAM else (ACAM, "PUT")
        add(
            f"list {which}={value!r}",
            method="PUT",
            headers=(("X-Api-Key", "k"),),
            preflight=(
                200,
                good_preflight(
                    False,
                    ((which, value.replace("PUT", "x-api-key") if which == ACAH else value), other),
                ),
            ),
            actual=(200, good_actual(False)),
        )
    for methods_value, headers_value in (("", "x;"), ("PUT;", "x;"), ("PUT;", ""), ("", "")):
        add(
            f"list order acam={methods_value!r} acah={headers_value!r}",
            method="PUT",
            headers=(("X-Api-Key", "k"),),
            preflight=(200, good_preflight(False, ((ACAM, methods_value), (ACAH, headers_value)))),
            actual=(200, good_actual(False)),
        )
    # 12. Forbidden request headers: fetch() drops them, so no preflight.
    for name in FORBIDDEN_SAMPLES:
        add(
            f"forbidden {name}",
            headers=((name, "x"),),
            preflight=(200, good_preflight(False)),
            actual=(200, good_actual(False)),
        )
    # 13. Which 3xx preflights are redirects: only 301/302/303/307/308 with a Location.
    for status, location in product(
        (300, 301, 302, 303, 304, 305, 307, 308, 201, 206, 299), (True, False)
    ):
        headers = good_preflight(False, allow_all) + (
            (("Location", "{api}/r/elsewhere"),) if location else ()
        )
        add(
            f"preflight-3xx status={status} location={location}",
            method="PUT",
            preflight=(status, headers),
            actual=(200, good_actual(False)),
        )
    return rows


ROWS = build_rows()
