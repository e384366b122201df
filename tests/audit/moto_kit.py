"""Helpers that deploy APIs and functions to the moto server (never a real account)."""

from __future__ import annotations

import functools
import io
import zipfile
from dataclasses import dataclass
from typing import Any

REGION = "us-east-1"
ACCOUNT = "123456789012"


@functools.lru_cache(maxsize=None)
def client(url: str, service: str, region: str = REGION) -> Any:
    """A boto3 client for the moto server (cached: creating one costs ~0.2 s)."""
    import boto3

    return boto3.Session(
        aws_access_key_id="testing", aws_secret_access_key="testing", region_name=region
    ).client(service, endpoint_url=url)


# ------------------------------------------------------------------ REST


@dataclass
class Rest:
    """A REST API being built on moto."""

    url: str
    api_id: str
    root_id: str
    region: str = REGION

    @property
    def ag(self) -> Any:
        return client(self.url, "apigateway", self.region)

    def resource(self, path: str) -> str:
        """The resource id of ``path``, creating every missing part."""
        ag = self.ag
        known = {r["path"]: r["id"] for r in ag.get_resources(restApiId=self.api_id, limit=500)["items"]}
        parent, current = self.root_id, ""
        for part in [p for p in path.split("/") if p]:
            current += "/" + part
            if current not in known:
                known[current] = ag.create_resource(restApiId=self.api_id, parentId=parent, pathPart=part)["id"]
            parent = known[current]
        return parent

    def method(self, path: str, verb: str, *, auth: str = "NONE", authorizer_id: str | None = None,
               request_headers: dict[str, bool] | None = None) -> str:
        rid = self.resource(path)
        kwargs: dict[str, Any] = {}
        if authorizer_id:
            kwargs["authorizerId"] = authorizer_id
        if request_headers:
            kwargs["requestParameters"] = {f"method.request.header.{k}": v for k, v in request_headers.items()}
        self.ag.put_method(restApiId=self.api_id, resourceId=rid, httpMethod=verb,
                           authorizationType=auth, **kwargs)
        return rid

    def mock_options(self, path: str, headers: dict[str, str]) -> None:
        """An OPTIONS method answered by a MOCK integration with these header values."""
        ag, rid = self.ag, self.method(path, "OPTIONS")
        ag.put_method_response(
            restApiId=self.api_id, resourceId=rid, httpMethod="OPTIONS", statusCode="200",
            responseParameters={f"method.response.header.{h}": False for h in headers},
        )
        ag.put_integration(restApiId=self.api_id, resourceId=rid, httpMethod="OPTIONS", type="MOCK",
                           requestTemplates={"application/json": '{"statusCode": 200}'})
        ag.put_integration_response(
            restApiId=self.api_id, resourceId=rid, httpMethod="OPTIONS", statusCode="200",
            responseParameters={f"method.response.header.{h}": v for h, v in headers.items()},
        )

    def proxy(self, path: str, verb: str, function_arn: str, **method_kwargs: Any) -> None:
        rid = self.method(path, verb, **method_kwargs)
        self.ag.put_integration(
            restApiId=self.api_id, resourceId=rid, httpMethod=verb, type="AWS_PROXY",
            integrationHttpMethod="POST",
            uri=f"arn:aws:apigateway:{self.region}:lambda:path/2015-03-31/functions/{function_arn}/invocations",
        )

    def gateway_response(self, kind: str, headers: dict[str, str]) -> None:
        self.ag.put_gateway_response(
            restApiId=self.api_id, responseType=kind,
            responseParameters={f"gatewayresponse.header.{h}": v for h, v in headers.items()},
        )

    def token_authorizer(self, name: str = "auth") -> str:
        return self.ag.create_authorizer(
            restApiId=self.api_id, name=name, type="TOKEN",
            identitySource="method.request.header.Authorization",
            authorizerUri=f"arn:aws:apigateway:{self.region}:lambda:path/2015-03-31/functions/"
                          f"arn:aws:lambda:{self.region}:{ACCOUNT}:function:authz/invocations",
        )["id"]

    def deploy(self, stage: str = "prod") -> str:
        return self.ag.create_deployment(restApiId=self.api_id, stageName=stage)["id"]


def rest_api(url: str, name: str, region: str = REGION) -> Rest:
    ag = client(url, "apigateway", region)
    api_id = ag.create_rest_api(name=name)["id"]
    root = next(r["id"] for r in ag.get_resources(restApiId=api_id)["items"] if r["path"] == "/")
    return Rest(url, api_id, root, region)


# ------------------------------------------------------------------ HTTP


def http_api(url: str, name: str, cors: dict[str, Any] | None = None,
             routes: dict[str, str | None] | None = None, jwt_routes: tuple[str, ...] = (),
             region: str = REGION) -> str:
    """An HTTP API; ``routes`` maps route key → Lambda ARN (None: no integration)."""
    v2 = client(url, "apigatewayv2", region)
    kwargs = {"CorsConfiguration": cors} if cors is not None else {}
    api_id = v2.create_api(Name=name, ProtocolType="HTTP", **kwargs)["ApiId"]
    authorizer = None
    if jwt_routes:
        authorizer = v2.create_authorizer(
            ApiId=api_id, AuthorizerType="JWT", Name="jwt",
            IdentitySource=["$request.header.Authorization"],
            JwtConfiguration={"Audience": ["app"], "Issuer": "https://issuer.example.com"},
        )["AuthorizerId"]
    for key, arn in (routes or {}).items():
        route: dict[str, Any] = {"ApiId": api_id, "RouteKey": key}
        if arn:
            integration = v2.create_integration(
                ApiId=api_id, IntegrationType="AWS_PROXY", IntegrationUri=arn, PayloadFormatVersion="2.0",
            )["IntegrationId"]
            route["Target"] = f"integrations/{integration}"
        if key in jwt_routes:
            route.update(AuthorizationType="JWT", AuthorizerId=authorizer)
        v2.create_route(**route)
    return api_id


# ------------------------------------------------------------------ Lambda


def zip_bytes(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buf.getvalue()


def lambda_function(url: str, name: str, files: dict[str, str], handler: str = "app.handler",
                    runtime: str = "python3.12", region: str = REGION) -> str:
    """A zip function; its code is also put where ``Code.Location`` points.

    moto's ``Code.Location`` names the bucket ``awslambda-REGION-tasks`` but moto
    never creates it: the helper uploads the zip there so the audit can download it.
    """
    import urllib.parse

    lam, iam, s3 = client(url, "lambda", region), client(url, "iam", region), client(url, "s3", region)
    try:
        role = iam.get_role(RoleName="corslint-test")["Role"]["Arn"]
    except iam.exceptions.NoSuchEntityException:
        role = iam.create_role(RoleName="corslint-test", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
    data = zip_bytes(files)
    arn = lam.create_function(FunctionName=name, Runtime=runtime, Role=role, Handler=handler,
                              Code={"ZipFile": data})["FunctionArn"]
    location = lam.get_function(FunctionName=name)["Code"]["Location"]
    parts = urllib.parse.urlsplit(location)
    bucket, key = parts.hostname.split(".s3.", 1)[0], parts.path.lstrip("/")
    try:
        s3.create_bucket(Bucket=bucket) if region == "us-east-1" else s3.create_bucket(
            Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": region})
    except s3.exceptions.BucketAlreadyOwnedByYou:
        pass
    s3.put_object(Bucket=bucket, Key=key, Body=data, ACL="public-read")  # AWS presigns the URL
    return arn
