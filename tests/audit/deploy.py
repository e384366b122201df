"""The Terraform fixtures in ``terraform/``, deployed to moto by hand (same resources)."""

from __future__ import annotations

from pathlib import Path

from .moto_kit import ACCOUNT, REGION, http_api, lambda_function, rest_api

HERE = Path(__file__).parent / "terraform"


def _sources(directory: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(directory.iterdir()) if p.suffix == ".py"}


def rest_orders(url: str) -> None:
    arn = lambda_function(url, "orders-create", _sources(HERE / "rest_orders" / "functions"),
                          handler="create_order.handler")
    api = rest_api(url, "orders")
    ag = api.ag
    authorizer = ag.create_authorizer(
        restApiId=api.api_id, name="cognito", type="COGNITO_USER_POOLS",
        providerARNs=[f"arn:aws:cognito-idp:{REGION}:{ACCOUNT}:userpool/{REGION}_orders"],
        identitySource="method.request.header.Authorization",
    )["id"]
    api.proxy("/orders", "POST", arn, auth="COGNITO_USER_POOLS", authorizer_id=authorizer)
    rid = api.method("/orders", "OPTIONS", auth="COGNITO_USER_POOLS", authorizer_id=authorizer)
    ag.put_integration(restApiId=api.api_id, resourceId=rid, httpMethod="OPTIONS", type="MOCK",
                       requestTemplates={"application/json": '{"statusCode":200}'})
    headers = {
        "Access-Control-Allow-Origin": "'https://orders.example.com'",
        "Access-Control-Allow-Methods": "'OPTIONS,POST'",
        "Access-Control-Allow-Headers": "'Content-Type,Authorization'",
        "Access-Control-Max-Age": "'7200'",
    }
    ag.put_method_response(restApiId=api.api_id, resourceId=rid, httpMethod="OPTIONS", statusCode="200",
                           responseParameters={f"method.response.header.{h}": True for h in headers})
    ag.put_integration_response(restApiId=api.api_id, resourceId=rid, httpMethod="OPTIONS", statusCode="200",
                                responseParameters={f"method.response.header.{h}": v for h, v in headers.items()})
    for kind in ("DEFAULT_4XX", "DEFAULT_5XX"):
        api.gateway_response(kind, {"Access-Control-Allow-Origin": "'https://orders.example.com'"})
    api.deploy()


def rest_mock(url: str) -> None:
    arn = lambda_function(url, "items-put", _sources(HERE / "rest_mock" / "src"))
    api = rest_api(url, "items")
    api.mock_options("/items", {
        "Access-Control-Allow-Origin": "'https://app.example.com'",
        "Access-Control-Allow-Methods": "GET,PUT,OPTIONS",
        "Access-Control-Allow-Headers": "'Content-Type'",
    })
    api.proxy("/items", "PUT", arn)
    api.deploy()


def http_jwt(url: str) -> None:
    arn = lambda_function(url, "profile", _sources(HERE / "http_jwt" / "src"), handler="profile.handler")
    http_api(
        url, "profile-http",
        cors={"AllowOrigins": ["*"], "AllowMethods": ["GET", "PUT", "OPTIONS"],
              "AllowHeaders": ["content-type", "authorization"], "AllowCredentials": True},
        routes={"GET /profile": arn, "ANY /{proxy+}": arn}, jwt_routes=("ANY /{proxy+}",),
    )


FIXTURES = {"rest_orders": rest_orders, "rest_mock": rest_mock, "http_jwt": http_jwt}
