"""The API Gateway facts the simulator must hold (CORS-REFERENCE §2, §3)."""

from builders import cors_response, declared, gateway, mock, options_route, rest_api, route

from corslint.model import Api, Authorization, HttpCors, Integration, Route, Static, Unknown
from corslint.simulate import Simulator, mapping_value
from corslint.config import Config
from corslint.model import Project


def sim(*apis):
    return Simulator(Project(apis=list(apis)), Config())


def test_no_options_method_gets_missing_authentication_token():
    put = route("PUT", "/items", integration=mock(responses=[cors_response(Access_Control_Allow_Origin="'*'")]))
    api = rest_api(put)
    answer = sim(api).preflight(api, put)
    assert answer.status == 403
    assert answer.gateway_type == "MISSING_AUTHENTICATION_TOKEN"
    assert answer.cause == "no-method"


def test_any_method_answers_options_and_its_authorizer_runs():
    any_route = route("ANY", "/items", auth="COGNITO_USER_POOLS", integration=mock())
    api = rest_api(any_route, gateway_responses=[gateway("DEFAULT_4XX", Access_Control_Allow_Origin="'*'")])
    answer = sim(api).preflight(api, any_route)
    assert answer.status == 401
    assert answer.gateway_type == "UNAUTHORIZED"
    assert answer.route is any_route
    assert answer.header("access-control-allow-origin").value == Static("*")


def test_explicit_options_wins_over_any():
    any_route = route("ANY", "/items", auth="COGNITO_USER_POOLS", integration=mock())
    options = options_route("/items", Access_Control_Allow_Origin="'https://a.example.com'")
    api = rest_api(any_route, options)
    answer = sim(api).preflight(api, any_route)
    assert answer.status == 200
    assert answer.route is options


def test_proxy_resource_does_not_cover_its_parent():
    proxy_options = options_route("/items/{proxy+}", Access_Control_Allow_Origin="'*'")
    parent = route("PUT", "/items", integration=mock())
    api = rest_api(proxy_options, parent)
    assert sim(api).preflight(api, parent).cause == "no-method"


def test_mock_status_comes_from_request_template():
    not_found = Route(
        "OPTIONS", "/x", None, Authorization(),
        integration=mock('{"statusCode": 404}', [
            cors_response("200", None, Access_Control_Allow_Origin="'*'"),
            cors_response("404", "404", Access_Control_Allow_Origin="'*'"),
        ]),
        method_responses={**declared("200", "access-control-allow-origin"), **declared("404", "access-control-allow-origin")},
    )
    put = route("PUT", "/x", integration=mock())
    api = rest_api(not_found, put)
    assert sim(api).preflight(api, put).status == 404


def test_mock_without_template_returns_its_default_response():
    options = Route(
        "OPTIONS", "/x", None, Authorization(),
        integration=mock(None, [cors_response("200", None, Access_Control_Allow_Origin="'*'")]),
        method_responses=declared("200", "access-control-allow-origin"),
    )
    put = route("PUT", "/x", integration=mock())
    api = rest_api(options, put)
    assert sim(api).preflight(api, put).status == 200


def test_mock_with_passthrough_never_and_no_template_refuses_the_preflight():
    options = Route(
        "OPTIONS", "/x", None, Authorization(),
        integration=mock(None, [cors_response("200", None, Access_Control_Allow_Origin="'*'")], passthrough="NEVER"),
        method_responses=declared("200", "access-control-allow-origin"),
    )
    put = route("PUT", "/x", integration=mock())
    api = rest_api(options, put)
    answer = sim(api).preflight(api, put)
    assert answer.status == 415
    assert answer.gateway_type == "UNSUPPORTED_MEDIA_TYPE"


def test_serverless_style_template_is_read():
    options = Route(
        "OPTIONS", "/x", None, Authorization(),
        integration=mock("{statusCode:200}", [cors_response("200", None, Access_Control_Allow_Origin="'*'")]),
        method_responses=declared("200", "access-control-allow-origin"),
    )
    put = route("PUT", "/x", integration=mock())
    api = rest_api(options, put)
    assert sim(api).preflight(api, put).status == 200


def test_undeclared_mapping_is_not_sent():
    options = Route(
        "OPTIONS", "/x", None, Authorization(),
        integration=mock(responses=[cors_response("200", None, Access_Control_Allow_Origin="'*'", Access_Control_Max_Age="'600'")]),
        method_responses=declared("200", "access-control-allow-origin"),
    )
    put = route("PUT", "/x", integration=mock())
    api = rest_api(options, put)
    answer = sim(api).preflight(api, put)
    assert answer.header("access-control-max-age") is None
    assert answer.header("access-control-allow-origin") is not None


def test_mapping_values():
    assert mapping_value("'https://a.example.com'") == Static("https://a.example.com")
    assert isinstance(mapping_value("https://a.example.com"), Unknown)
    assert isinstance(mapping_value("integration.response.header.X"), Unknown)
    assert mapping_value("method.request.header.Origin").allowlist is None
    assert mapping_value(Unknown("x")) == Unknown("x")


def test_gateway_response_falls_back_to_default_family():
    put = route("PUT", "/x", auth="COGNITO_USER_POOLS", integration=Integration("AWS_PROXY", None, function="f"))
    api = rest_api(put, gateway_responses=[gateway("DEFAULT_4XX", Access_Control_Allow_Origin="'*'")])
    answers = {r.gateway_type: r for r in sim(api).gateway_errors(api, put)}
    assert answers["UNAUTHORIZED"].via == "DEFAULT_4XX"
    assert answers["UNAUTHORIZED"].header("access-control-allow-origin") is not None
    assert answers["INTEGRATION_FAILURE"].via is None
    assert answers["INTEGRATION_FAILURE"].headers == {}


def test_unknown_handler_stays_unknown():
    get = route("GET", "/x", integration=Integration("AWS_PROXY", None, function="missing"))
    api = rest_api(get)
    (answer,) = sim(api).successes(api, get)
    assert isinstance(answer.headers, Unknown)


def test_http_api_with_cors_answers_preflight_itself():
    cors = HttpCors(("https://a.example.com",), ("GET", "PUT"), ("content-type",), max_age=600)
    put = Route("PUT", "/x", None, Authorization("JWT", ("authorization",)), integration=Integration("AWS_PROXY", None, function="f"))
    api = Api("h", "h", "http", "terraform", None, [put], cors=cors)
    answer = sim(api).preflight(api, put)
    assert answer.status == 204
    assert answer.cause == "cors-config"


def test_http_api_default_route_receives_preflight_and_its_authorizer_runs():
    cors = HttpCors(("https://a.example.com",), ("GET", "PUT"), ("content-type",))
    default = Route("ANY", "$default", None, Authorization("JWT", ("authorization",)), integration=Integration("AWS_PROXY", None, function="f"))
    put = Route("PUT", "/x", None, Authorization("JWT", ("authorization",)), integration=Integration("AWS_PROXY", None, function="f"))
    api = Api("h", "h", "http", "terraform", None, [default, put], cors=cors)
    answer = sim(api).preflight(api, put)
    assert answer.status == 401
    assert answer.route is default


def test_http_api_without_cors_or_route_answers_404():
    put = Route("PUT", "/x", None, Authorization(), integration=Integration("AWS_PROXY", None, function="f"))
    api = Api("h", "h", "http", "terraform", None, [put])
    assert sim(api).preflight(api, put).status == 404


def test_handler_preflight_ends_where_no_method_test_excludes_options():
    """`if method != "PUT": return 405` answers the preflight with 405."""
    from corslint.model import Behaviour, Function, Outcome

    outcomes = [
        Outcome("error", 405, {}, None, preflight=None),
        Outcome("success", 200, {}, None, preflight=False),
    ]
    function = Function("f", "f", behaviour=Behaviour(outcomes))
    route_any = route("ANY", "/x", integration=Integration("AWS_PROXY", None, function="f"))
    api = rest_api(route_any)
    simulator = Simulator(Project(apis=[api], functions={"f": function}), Config())
    assert simulator.preflight(api, route_any).status == 405
    assert simulator.needs_preflight(api, route_any) is True
