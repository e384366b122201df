"""Web frameworks behind a Lambda handler, and the CORS headers they send.

Each model follows the framework's own source (versions in the docstrings)
and is checked against the framework run in-process by
``tests/handlers/test_framework_oracle.py``. Settings corslint cannot read
become ``Unknown`` header values.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from corslint.handlers import origin_checks
from corslint.handlers.interpret import Interpreter, Module
from corslint.handlers.values import Call, Func, Obj, Seq, Val
from corslint.model import (
    Behaviour,
    Header,
    HeaderValue,
    OriginCheck,
    Outcome,
    ReflectOrigin,
    Static,
    Unknown,
)
from corslint.source import Loc

ACAO = "access-control-allow-origin"
ACAC = "access-control-allow-credentials"
ACAM = "access-control-allow-methods"
ACAH = "access-control-allow-headers"
ACEH = "access-control-expose-headers"
MAX_AGE = "access-control-max-age"
ECHOES_HEADERS = Unknown("the framework echoes the requested headers (allows any)")


def behaviour(call: Call, interpreter: Interpreter, module: Module) -> Behaviour | None:
    """The behaviour of a handler built by a framework call, or None if it is no known one."""
    chain = call.chain()
    names = [c.name for c in chain]
    for model in (_mangum, _wsgi, _powertools, _middy, _serverless_http):
        found = model(chain, names, interpreter, module)
        if found is not None:
            return found
    return None


def _without_cors(module: Module, loc: Loc | None, framework: str, note: str) -> Behaviour:
    """An app without the framework's CORS support: no ACAO, unless the code sets it some other way."""
    headers: dict[str, Header] = {}
    text = _source_text(module)
    hints = (
        "access-control-",
        "after_request",
        "cross_origin",
        "corsmiddleware",
        "res.set",
        "res.header",
    )
    if any(hint in text for hint in hints):
        reason = Unknown(f"{module.rel} sets CORS headers in a way corslint does not follow")
        headers = {ACAO: Header(reason, loc)}
    lang = "javascript" if module.lang == "javascript" else "python"
    return Behaviour([Outcome("success", 200, headers, loc, note=note)], framework, loc, lang)


def _source_text(module: Module) -> str:
    try:
        return module.path.read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        return ""


def _is(name: str, *suffixes: str) -> bool:
    return any(name == s or name.endswith("." + s) for s in suffixes)


def _kw(call: Call, name: str, default: Val, position: int | None = None) -> Val:
    for key, value in call.kwargs:
        if key == name:
            return value
    if position is not None and position < len(call.args):
        return call.args[position]
    return default


def _strings(value: Val) -> tuple[str, ...] | Unknown:
    if isinstance(value, Unknown):
        return value
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Seq) and all(isinstance(i, str) for i in value.items):
        return tuple(value.items)
    if isinstance(value, Seq):
        unknown = [i for i in value.items if isinstance(i, Unknown)]
        return unknown[0] if unknown else Unknown("a computed list")
    if value is None:
        return ()
    return Unknown("a computed setting")


def _flag(value: Val) -> bool | Unknown:
    if isinstance(value, bool):
        return value
    if isinstance(value, Unknown):
        return value
    if value is None:
        return False
    return Unknown("a computed flag")


def _headers(loc: Loc | None, **values: HeaderValue | None) -> dict[str, Header]:
    return {name.replace("_", "-"): Header(v, loc) for name, v in values.items() if v is not None}


def _static(values: tuple[str, ...] | Unknown, sep: str = ", ") -> HeaderValue | None:
    if isinstance(values, Unknown):
        return values
    return Static(sep.join(values)) if values else None


# --------------------------------------------------------------- Starlette / FastAPI behind Mangum

STARLETTE_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "QUERY")
SAFELISTED = ("Accept", "Accept-Language", "Content-Language", "Content-Type")


def _mangum(
    chain: list[Call], names: list[str], interp: Interpreter, module: Module
) -> Behaviour | None:
    if not _is(names[0], "Mangum") or not chain[0].args or not isinstance(chain[0].args[0], Call):
        return None
    app = chain[0].args[0]
    if not _is(app.name, "FastAPI", "Starlette"):
        return None
    settings: Call | None = None
    for called in app.calls:
        if (
            called.name == "add_middleware"
            and called.args
            and _is(getattr(called.args[0], "name", ""), "CORSMiddleware")
        ):
            settings = Call("CORSMiddleware", called.args[1:], called.kwargs, called.loc)
    middleware = _kw(app, "middleware", None)
    if isinstance(middleware, Seq):
        for item in middleware.items:
            if (
                isinstance(item, Call)
                and item.args
                and _is(getattr(item.args[0], "name", ""), "CORSMiddleware")
            ):
                settings = Call("CORSMiddleware", item.args[1:], item.kwargs, item.loc)
    app_loc = app.loc
    if settings is None:
        return _without_cors(module, app_loc, "starlette", "no CORSMiddleware")
    return starlette_behaviour(settings, app_loc, _raised_statuses(module, "HTTPException"))


def starlette_behaviour(
    settings: Call, app_loc: Loc | None, raised: list[tuple[int, Loc]]
) -> Behaviour:
    """starlette 1.10 ``CORSMiddleware`` (starlette/middleware/cors.py)."""
    loc = settings.loc
    origins = _strings(_kw(settings, "allow_origins", Seq(())))
    methods = _strings(_kw(settings, "allow_methods", Seq(("GET",))))
    allow_headers = _strings(_kw(settings, "allow_headers", Seq(())))
    credentials = _flag(_kw(settings, "allow_credentials", False))
    regex = _kw(settings, "allow_origin_regex", None)
    expose = _strings(_kw(settings, "expose_headers", Seq(())))
    max_age = _kw(settings, "max_age", 600)
    checks: list[OriginCheck] = []
    origin: HeaderValue
    if isinstance(origins, Unknown) or isinstance(credentials, Unknown):
        origin = origins if isinstance(origins, Unknown) else credentials  # type: ignore[assignment]
    elif "*" in origins:
        origin = ReflectOrigin(None) if credentials else Static("*")
    elif regex is not None:
        weakness = (
            origin_checks.regex_weakness(regex, "fullmatch") if isinstance(regex, str) else None
        )
        checks.append(OriginCheck(f"allow_origin_regex={regex!r}", weakness, loc))
        if isinstance(regex, str) and weakness is not None and "every origin" in weakness:
            origin = ReflectOrigin(None)
        else:
            origin = Unknown(f"the origin is echoed when it matches allow_origin_regex {regex!r}")
    else:
        origin = ReflectOrigin(origins)
    if not isinstance(methods, Unknown) and "*" in methods:
        methods = STARLETTE_METHODS
    preflight_origin = Static("*") if origin == Static("*") else origin
    if isinstance(allow_headers, Unknown):
        acah: HeaderValue = allow_headers
    elif "*" in allow_headers:
        acah = ECHOES_HEADERS
    else:
        acah = Static(", ".join(sorted(set(SAFELISTED) | set(allow_headers))))
    acac = (
        Static("true")
        if credentials is True
        else (credentials if isinstance(credentials, Unknown) else None)
    )
    age = Static(str(max_age)) if isinstance(max_age, int) else Unknown("a computed max_age")
    preflight = _headers(
        loc,
        access_control_allow_origin=preflight_origin,
        access_control_allow_methods=_static(methods),
        access_control_allow_headers=acah,
        access_control_max_age=age,
        access_control_allow_credentials=acac,
        vary=Static(
            "Origin, Access-Control-Request-Method, Access-Control-Request-Headers, Access-Control-Request-Private-Network"
        ),
    )
    actual = _headers(
        loc,
        access_control_allow_origin=origin,
        access_control_allow_credentials=acac,
        access_control_expose_headers=_static(expose),
        vary=Static("Origin"),
    )
    outcomes = [
        Outcome(
            "options",
            200,
            preflight,
            loc,
            note="CORSMiddleware preflight (400 for a disallowed origin, method or header)",
        ),
        Outcome("success", 200, actual, loc),
        *(
            Outcome(
                "error", status, dict(actual), raise_loc, note="HTTPException inside CORSMiddleware"
            )
            for status, raise_loc in raised
        ),
        Outcome(
            "exception",
            500,
            {},
            app_loc or loc,
            note="unhandled exception: 500 from ServerErrorMiddleware, outside CORSMiddleware",
        ),
    ]
    return Behaviour(outcomes, "starlette", loc, "python", checks)


def _raised_statuses(module: Module, exception: str) -> list[tuple[int, Loc]]:
    """``raise HTTPException(404)`` statements in a Python module: (status, where)."""
    found = []
    if module.lang != "python":
        return found
    for node in ast.walk(module.tree):
        call = node.exc if isinstance(node, ast.Raise) else node if exception == "abort" else None
        if isinstance(call, ast.Call):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name != exception:
                continue
            status_node = next(
                (k.value for k in call.keywords if k.arg in ("status_code", "code")), None
            )
            if status_node is None and call.args:
                status_node = call.args[0]
            if isinstance(status_node, ast.Constant) and isinstance(status_node.value, int):
                found.append((status_node.value, Loc(module.rel, node.lineno, node.col_offset + 1)))
    return found


POWERTOOLS_ERRORS = {
    "BadRequestError": 400,
    "UnauthorizedError": 401,
    "ForbiddenError": 403,
    "NotFoundError": 404,
    "RequestEntityTooLargeError": 413,
    "InternalServerError": 500,
    "ServiceError": None,
}


def _powertools_raises(module: Module) -> list[tuple[int, Loc]]:
    """``raise NotFoundError(...)`` and friends: Powertools turns them into responses."""
    found = []
    for node in ast.walk(module.tree) if module.lang == "python" else ():
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            func = node.exc.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in POWERTOOLS_ERRORS:
                continue
            status = POWERTOOLS_ERRORS[name]
            if status is None and node.exc.args and isinstance(node.exc.args[0], ast.Constant):
                status = node.exc.args[0].value if isinstance(node.exc.args[0].value, int) else None
            if status is not None:
                found.append((status, Loc(module.rel, node.lineno, node.col_offset + 1)))
    return found


# --------------------------------------------------------------- Flask + flask-cors behind a WSGI adapter

FLASK_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"
_REGEX_HINTS = frozenset("*\\]?$^[]()")


def _wsgi(
    chain: list[Call], names: list[str], interp: Interpreter, module: Module
) -> Behaviour | None:
    call = chain[0]
    adapters = ("handle_request", "make_lambda_handler", "response")
    if not _is(call.name, *adapters) or not call.args or not isinstance(call.args[0], Call):
        return None
    if not any(
        p in call.name
        for p in ("serverless_wsgi", "apig_wsgi", "awsgi", "make_lambda_handler", "handle_request")
    ):
        return None
    app = call.args[0]
    if not _is(app.name, "Flask"):
        return None
    settings = next((c for c in app.calls if _is(c.name, "CORS")), None)
    if settings is None:
        return _without_cors(module, app.loc, "flask", "no flask-cors")
    return flask_cors_behaviour(settings, _raised_statuses(module, "abort"))


def flask_cors_behaviour(settings: Call, raised: list[tuple[int, Loc]]) -> Behaviour:
    """flask-cors 6.0.5 ``CORS(app, ...)`` (flask_cors/core.py)."""
    loc = settings.loc
    options = dict(settings.kwargs)
    resources = options.get("resources")
    if isinstance(resources, Obj):
        if len(resources.entries) != 1 or not isinstance(resources.entries[0][1], Obj):
            unknown = Unknown("flask-cors resources with several patterns")
            headers = _headers(loc, access_control_allow_origin=unknown)
            return Behaviour([Outcome("success", 200, headers, loc)], "flask", loc)
        options.update({k: v for k, v, _ in resources.entries[0][1].entries})
    origins = _strings(options.get("origins", "*"))
    credentials = _flag(options.get("supports_credentials", False))
    send_wildcard = _flag(options.get("send_wildcard", False))
    checks: list[OriginCheck] = []
    origin: HeaderValue
    regexes: list[str] = []
    if (
        isinstance(origins, Unknown)
        or isinstance(credentials, Unknown)
        or isinstance(send_wildcard, Unknown)
    ):
        origin = next(v for v in (origins, credentials, send_wildcard) if isinstance(v, Unknown))  # type: ignore[assignment]
    elif "*" in origins:
        origin = Static("*") if send_wildcard else ReflectOrigin(None)
    else:
        regexes = [o for o in origins if not _REGEX_HINTS.isdisjoint(o)]
        for regex in regexes:
            checks.append(
                OriginCheck(f"origins={regex!r}", origin_checks.regex_weakness(regex, "match"), loc)
            )
        origin = (
            Unknown("the origin is echoed when it matches a flask-cors regex")
            if regexes
            else ReflectOrigin(origins)
        )
    wildcard_sent = origin == Static("*")
    vary = None
    if (
        not isinstance(origins, Unknown)
        and not wildcard_sent
        and (len(origins) > 1 or regexes or "*" in origins)
    ):
        vary = Static("Origin")
    acac = Static("true") if credentials is True else None
    allow_headers = _strings(options.get("allow_headers", "*"))
    acah = (
        ECHOES_HEADERS
        if isinstance(allow_headers, tuple) and "*" in allow_headers
        else _static(allow_headers)
    )
    methods = options.get("methods")
    acam = Static(FLASK_METHODS) if methods is None else _static(_strings(methods))
    max_age = options.get("max_age")
    age = (
        None
        if max_age is None
        else (
            Static(str(max_age))
            if isinstance(max_age, (int, str))
            else Unknown("a computed max_age")
        )
    )
    expose = _static(_strings(options.get("expose_headers")))
    actual = _headers(
        loc,
        access_control_allow_origin=origin,
        access_control_allow_credentials=acac,
        access_control_expose_headers=expose,
        vary=vary,
    )
    preflight = {
        **actual,
        **_headers(
            loc,
            access_control_allow_methods=acam,
            access_control_allow_headers=acah,
            access_control_max_age=age,
        ),
    }
    preflight.pop(ACEH, None)
    outcomes = [
        Outcome("options", 200, preflight, loc, note="Flask's automatic OPTIONS with flask-cors"),
        Outcome("success", 200, actual, loc),
        *(Outcome("error", status, dict(actual), raise_loc) for status, raise_loc in raised),
        Outcome(
            "error",
            500,
            dict(actual),
            loc,
            note="unhandled exception: Flask's 500, flask-cors adds its headers",
        ),
    ]
    return Behaviour(outcomes, "flask", loc, "python", checks)


# --------------------------------------------------------------- AWS Lambda Powertools

RESOLVERS = (
    "APIGatewayRestResolver",
    "APIGatewayHttpResolver",
    "ApiGatewayResolver",
    "ALBResolver",
    "LambdaFunctionUrlResolver",
)
POWERTOOLS_HEADERS = (
    "Authorization",
    "Content-Type",
    "X-Amz-Date",
    "X-Api-Key",
    "X-Amz-Security-Token",
)


def _powertools(
    chain: list[Call], names: list[str], interp: Interpreter, module: Module
) -> Behaviour | None:
    if names[0] != "resolve" or len(chain) < 2 or not _is(chain[1].name, *RESOLVERS):
        return None
    app = chain[1]
    cors = _kw(app, "cors", None)
    if cors is None:
        return _without_cors(module, app.loc, "powertools", "no CORSConfig")
    if not isinstance(cors, Call) or not _is(cors.name, "CORSConfig"):
        return Behaviour(
            [
                Outcome(
                    "success",
                    200,
                    _headers(app.loc, access_control_allow_origin=Unknown("a computed CORSConfig")),
                    app.loc,
                )
            ],
            "powertools",
            app.loc,
        )
    return powertools_behaviour(cors, _powertools_raises(module))


def powertools_behaviour(cors: Call, raised: list[tuple[int, Loc]]) -> Behaviour:
    """aws-lambda-powertools 3.37 ``CORSConfig`` (event_handler/api_gateway.py)."""
    loc = cors.loc
    allow_origin = _kw(cors, "allow_origin", "*", 0)
    extra = _strings(_kw(cors, "extra_origins", None, 1))
    allow_headers = _strings(_kw(cors, "allow_headers", None, 2))
    expose = _strings(_kw(cors, "expose_headers", None, 3))
    max_age = _kw(cors, "max_age", None, 4)
    credentials = _flag(_kw(cors, "allow_credentials", False, 5))
    origin: HeaderValue
    if isinstance(allow_origin, Unknown) or isinstance(extra, Unknown):
        origin = allow_origin if isinstance(allow_origin, Unknown) else extra  # type: ignore[assignment]
        allowed: tuple[str, ...] = ()
    elif not isinstance(allow_origin, str):
        origin = Unknown("a computed allow_origin")
        allowed = ()
    else:
        allowed = (allow_origin, *extra)
        listed = tuple(o for o in allowed if o != "*")
        if "*" in allowed:
            origin = ReflectOrigin(listed, "*") if listed else Static("*")
        else:
            origin = ReflectOrigin(listed)
    everyone = "*" in allowed
    acah = (
        Static(
            ",".join(
                sorted(
                    set(POWERTOOLS_HEADERS)
                    | set(allow_headers if isinstance(allow_headers, tuple) else ())
                )
            )
        )
        if not isinstance(allow_headers, Unknown)
        else allow_headers
    )
    acac: HeaderValue | None = None
    if isinstance(credentials, Unknown):
        acac = credentials
    elif credentials and not (everyone and not [o for o in allowed if o != "*"]):
        acac = Static("true")
    age = (
        None
        if max_age is None
        else (Static(str(max_age)) if isinstance(max_age, int) else Unknown("a computed max_age"))
    )
    actual = _headers(
        loc,
        access_control_allow_origin=origin,
        access_control_allow_headers=acah,
        access_control_expose_headers=_static(expose, ","),
        access_control_max_age=age,
        access_control_allow_credentials=acac,
    )
    preflight = {
        **actual,
        **_headers(
            loc,
            access_control_allow_methods=Unknown(
                "the CORS-enabled methods of the resolver's routes, plus OPTIONS"
            ),
        ),
    }
    outcomes = [
        Outcome("options", 204, preflight, loc, note="Powertools answers OPTIONS"),
        Outcome("success", 200, actual, loc),
        *(
            Outcome("error", status, dict(actual), raise_loc, note="Powertools service error")
            for status, raise_loc in raised
        ),
        Outcome("exception", 502, {}, loc, note="lambda-error"),
    ]
    return Behaviour(outcomes, "powertools", loc, "python")


# --------------------------------------------------------------- middy + @middy/http-cors


def _middy(
    chain: list[Call], names: list[str], interp: Interpreter, module: Module
) -> Behaviour | None:
    root = chain[-1]
    if not _is(root.name, "@middy/core", "middy"):
        return None
    base = root.args[0] if root.args else None
    for called in chain:  # middy().use(...).handler(fn)
        if called.name == "handler" and called.args:
            base = called.args[0]
    if not isinstance(base, Func):
        return None
    used = [arg for c in chain if c.name == "use" for arg in c.args]
    cors = next((u for u in used if isinstance(u, Call) and _is(u.name, "@middy/http-cors")), None)
    handled_errors = any(isinstance(u, Call) and "http-error-handler" in u.name for u in used)
    results = interp.run(base, (_event(), _event(("context",))), ())
    from corslint.handlers.outcomes import outcome_of

    if isinstance(results, Unknown):
        return None
    outcomes = [
        o
        for r in results
        if r.kind != "next"
        for o in [outcome_of(r)]
        if not isinstance(o, Unknown)
    ]
    if cors is None:
        return Behaviour(outcomes, "middy", root.loc, "javascript")
    options = cors.args[0] if cors.args and isinstance(cors.args[0], Obj) else Obj()
    return middy_behaviour(options, cors.loc, outcomes, handled_errors)


def _event(path: tuple[str, ...] = ()) -> Val:
    from corslint.handlers.values import Event

    return Event(path)


def _opt(options: Obj, name: str, default: Val = None) -> Val:
    found = options.get(name)
    if found is None:
        return Unknown(options.open) if options.open else default
    return found[0]


def middy_behaviour(
    options: Obj, loc: Loc | None, base: list[Outcome], handled_errors: bool
) -> Behaviour:
    """@middy/http-cors 6.4.5 (packages/http-cors/index.js)."""
    origin_opt = _opt(options, "origin")
    origins = _strings(_opt(options, "origins", Seq(())))
    credentials = _flag(_opt(options, "credentials", False))
    checks: list[OriginCheck] = []
    vary_origin = False
    origin: HeaderValue | None
    if (
        isinstance(origins, Unknown)
        or isinstance(origin_opt, Unknown)
        or isinstance(credentials, Unknown)
    ):
        origin = next(v for v in (origins, origin_opt, credentials) if isinstance(v, Unknown))  # type: ignore[assignment]
    elif origins:
        listed = tuple(
            o
            for o in (origin_opt, *origins)
            if isinstance(o, str) and o and o != "*" and "*" not in o
        )
        patterns = [
            o for o in (origin_opt, *origins) if isinstance(o, str) and o != "*" and "*" in o
        ]
        for pattern in patterns:
            checks.append(OriginCheck(f"origins {pattern!r}", None, loc))
        any_origin = "*" in origins or origin_opt == "*"
        if any_origin and credentials:
            origin = ReflectOrigin(None)
        elif patterns:
            origin = Unknown(f"the origin is echoed when it matches {patterns[0]!r}")
        else:
            origin = ReflectOrigin(listed, "*" if any_origin else None)
        vary_origin = (
            len(origins) > 1 or bool(patterns) or (any_origin and (credentials or bool(listed)))
        )
    elif origin_opt is None:
        origin = None
    elif origin_opt == "*" and credentials:
        origin, vary_origin = ReflectOrigin(None), True
    elif isinstance(origin_opt, str):
        origin = Static(origin_opt)
    else:
        origin = Unknown("a computed origin")
    extra_vary = _opt(options, "vary")
    vary_parts = [
        p
        for p in (
            (extra_vary if isinstance(extra_vary, str) else None),
            "Origin" if vary_origin else None,
        )
        if p
    ]
    added = _headers(
        loc,
        access_control_allow_origin=origin,
        access_control_allow_credentials=Static("true") if credentials is True else None,
        access_control_allow_headers=_str_header(_opt(options, "headers")),
        access_control_allow_methods=_str_header(_opt(options, "methods")),
        access_control_expose_headers=_str_header(_opt(options, "exposeHeaders")),
        access_control_max_age=_str_header(_opt(options, "maxAge")),
        vary=Static(", ".join(vary_parts)) if vary_parts else None,
    )
    outcomes: list[Outcome] = []
    for outcome in base:
        if outcome.kind == "exception":
            outcomes.append(outcome)  # thrown: no response for onError to decorate
            continue
        headers = {**added, **outcome.headers}  # the handler's own CORS headers win
        outcomes.append(Outcome(outcome.kind, outcome.status, headers, outcome.loc, outcome.note))
    if _opt(options, "disableBeforePreflightResponse", True) is False:
        outcomes.append(
            Outcome("options", 204, dict(added), loc, note="@middy/http-cors preflight response")
        )
    if handled_errors:
        outcomes.append(
            Outcome(
                "error",
                Unknown("the error's status"),
                dict(added),
                loc,
                note="@middy/http-error-handler",
            )
        )
    return Behaviour(outcomes, "middy", loc, "javascript", checks)


def _str_header(value: Val) -> HeaderValue | None:
    if value is None:
        return None
    if isinstance(value, Unknown):
        return value
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return Static(str(value))
    return Unknown("a computed option")


# --------------------------------------------------------------- Express + cors behind serverless-http

EXPRESS_METHODS = "GET,HEAD,PUT,PATCH,POST,DELETE"


def _serverless_http(
    chain: list[Call], names: list[str], interp: Interpreter, module: Module
) -> Behaviour | None:
    call = chain[0]
    if not _is(call.name, "serverless-http") or not call.args or not isinstance(call.args[0], Call):
        return None
    app = call.args[0]
    if not _is(app.name, "express"):
        return None
    cors = None
    for used in app.calls:
        if used.name == "use":
            cors = next((a for a in used.args if isinstance(a, Call) and _is(a.name, "cors")), cors)
    if cors is None:
        return _without_cors(module, app.loc, "express", "no cors middleware")
    options = cors.args[0] if cors.args and isinstance(cors.args[0], Obj) else Obj()
    return express_cors_behaviour(options, cors.loc)


def express_cors_behaviour(options: Obj, loc: Loc | None) -> Behaviour:
    """expressjs/cors 2.8.6 (lib/index.js)."""
    origin_opt = _opt(options, "origin", "*")
    credentials = _flag(_opt(options, "credentials", False))
    checks: list[OriginCheck] = []
    vary: HeaderValue | None = None
    origin: HeaderValue
    if isinstance(origin_opt, Unknown):
        origin = origin_opt
    elif origin_opt == "*" or origin_opt is False:
        origin = Static("*")
    elif origin_opt is True:
        origin, vary = ReflectOrigin(None), Static("Origin")
    elif isinstance(origin_opt, str):
        origin, vary = Static(origin_opt), Static("Origin")
    elif isinstance(origin_opt, Seq) and all(isinstance(i, str) for i in origin_opt.items):
        origin, vary = ReflectOrigin(tuple(origin_opt.items)), Static("Origin")
    else:
        origin, vary = Unknown("a computed origin option"), Static("Origin")
    acac = (
        Static("true")
        if credentials is True
        else (credentials if isinstance(credentials, Unknown) else None)
    )
    methods = _opt(options, "methods", EXPRESS_METHODS)
    acam = (
        Static(",".join(methods.items))
        if isinstance(methods, Seq) and all(isinstance(i, str) for i in methods.items)
        else _str_header(methods)
    )
    allowed = _opt(options, "allowedHeaders", _opt(options, "headers"))
    acah = (
        ECHOES_HEADERS
        if allowed is None
        else (
            Static(",".join(allowed.items))
            if isinstance(allowed, Seq) and all(isinstance(i, str) for i in allowed.items)
            else _str_header(allowed)
        )
    )
    exposed = _opt(options, "exposedHeaders")
    aceh = (
        Static(",".join(exposed.items))
        if isinstance(exposed, Seq) and all(isinstance(i, str) for i in exposed.items)
        else _str_header(exposed)
    )
    actual = _headers(
        loc,
        access_control_allow_origin=origin,
        access_control_allow_credentials=acac,
        access_control_expose_headers=aceh,
        vary=vary,
    )
    preflight_vary = vary
    if acah is ECHOES_HEADERS:  # cors adds Vary: Access-Control-Request-Headers when it echoes them
        preflight_vary = Static(
            "Origin, Access-Control-Request-Headers"
            if vary is not None
            else "Access-Control-Request-Headers"
        )
    preflight = _headers(
        loc,
        access_control_allow_origin=origin,
        access_control_allow_credentials=acac,
        access_control_allow_methods=acam,
        access_control_allow_headers=acah,
        access_control_max_age=_str_header(_opt(options, "maxAge")),
        vary=preflight_vary,
    )
    status = _opt(options, "optionsSuccessStatus", 204)
    outcomes = [
        Outcome(
            "options",
            status if isinstance(status, int) else Unknown("a computed status"),
            preflight,
            loc,
            note="cors preflight",
        ),
        Outcome("success", 200, actual, loc),
        Outcome(
            "error",
            500,
            dict(actual),
            loc,
            note="Express's error handler; cors set the headers before",
        ),
    ]
    return Behaviour(outcomes, "express", loc, "javascript", checks)


Model = Callable[[list[Call], list[str], Interpreter, Module], "Behaviour | None"]
