"""Read-only boto3 calls for one region: list the APIs, read one API, read one function.

Only ``Get*``/``List*``/``Describe*`` operations (see ``iam.OPERATIONS``); every
list is read through a boto3 paginator where botocore has one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corslint.audit import code as zipcode
from corslint.audit.docs import http_doc, rest_doc
from corslint.record import Record, Value, field


class ApiRef(Value):
    """One API found by listing a region."""

    region: str
    api_id: str
    name: str
    kind: str  # rest or http
    raw: dict[str, Any] = field(hash=False, compare=False)

    @property
    def file(self) -> str:
        return f"aws://{self.region}/{self.api_id}"


class StageState(Record):
    """A REST stage and whether it serves the API's latest changes (None: unknown)."""

    stage: str
    deployment_id: str | None
    stale: str | None  # why the stage is behind, or None
    note: str | None = None  # why staleness could not be fully decided


class ApiRead(Record):
    """What was read for one API."""

    ref: ApiRef
    doc: dict[str, Any]
    stages: list[StageState] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. moto fallbacks used


class FunctionRead(Record):
    """A Lambda function's configuration, and its code's directory or why it is missing."""

    arn: str
    config: dict[str, Any]
    code_dir: Path | None
    problem: str | None


def _all(client: Any, operation: str, key: str, **kwargs: Any) -> list[dict[str, Any]]:
    """Every item of a list operation, through its paginator when botocore has one."""
    if client.can_paginate(operation):
        items: list[dict[str, Any]] = []
        for page in client.get_paginator(operation).paginate(**kwargs):
            items.extend(page.get(key) or [])
        return items
    return list(getattr(client, operation)(**kwargs).get(key) or [])


class RegionReader:
    """The clients of one region; every method is safe to call from worker threads."""

    def __init__(self, session: Any, region: str, endpoint_url: str | None, config: Any) -> None:
        self.region = region
        self.endpoint_url = endpoint_url
        make = lambda service: session.client(  # noqa: E731
            service, region_name=region, endpoint_url=endpoint_url, config=config
        )
        self.rest = make("apigateway")
        self.http = make("apigatewayv2")
        self.lam = make("lambda")

    # ---------------------------------------------------------- listing

    def list_apis(self) -> list[ApiRef]:
        refs = [
            ApiRef(self.region, a["id"], a.get("name") or a["id"], "rest", a)
            for a in _all(self.rest, "get_rest_apis", "items")
        ]
        refs += [
            ApiRef(self.region, a["ApiId"], a.get("Name") or a["ApiId"], "http", a)
            for a in _all(self.http, "get_apis", "Items")
            if a.get("ProtocolType", "HTTP") == "HTTP"
        ]
        return refs

    # ---------------------------------------------------------- REST

    def read(self, ref: ApiRef) -> ApiRead:
        return self._read_rest(ref) if ref.kind == "rest" else self._read_http(ref)

    def _read_rest(self, ref: ApiRef) -> ApiRead:
        api_id = ref.api_id
        resources = _all(self.rest, "get_resources", "items", restApiId=api_id, embed=["methods"])
        notes: list[str] = []
        for resource in resources:
            for verb, method in list((resource.get("resourceMethods") or {}).items()):
                if "httpMethod" in method and "methodIntegration" in method:
                    continue
                # embed=methods left the method out (or it has no integration): ask for it.
                full = self.rest.get_method(restApiId=api_id, resourceId=resource["id"], httpMethod=verb)
                full.pop("ResponseMetadata", None)
                resource["resourceMethods"][verb] = full
                notes.append(f"get_method fallback for {verb} {resource.get('path')}")
        authorizers = _all(self.rest, "get_authorizers", "items", restApiId=api_id)
        responses = _all(self.rest, "get_gateway_responses", "items", restApiId=api_id)
        read = ApiRead(ref, rest_doc(ref.raw, resources, authorizers, responses), notes=notes)
        read.stages = self._stages(api_id, resources)
        return read

    def _stages(self, api_id: str, resources: list[dict[str, Any]]) -> list[StageState]:
        """Which stages serve the newest deployment, and whether it has every method.

        API Gateway keeps no modification time on methods or integrations, so
        "changed since the deployment" is decided two ways: a newer deployment that
        the stage does not serve, and the deployment's ``apiSummary`` (its methods)
        against the current methods. A changed header mapping on an existing
        method cannot be seen from the structural calls.
        """
        stages = self.rest.get_stages(restApiId=api_id).get("item") or []
        deployments = _all(self.rest, "get_deployments", "items", restApiId=api_id)
        dated = [d for d in deployments if d.get("createdDate") is not None]
        newest = max(dated, key=lambda d: d["createdDate"]) if dated else None
        current = {
            (str(r.get("path")), verb.upper())
            for r in resources for verb in (r.get("resourceMethods") or {})
        }
        out = []
        for stage in stages:
            name, dep_id = str(stage.get("stageName")), stage.get("deploymentId")
            stale: list[str] = []
            note = None
            served = next((d["createdDate"] for d in dated if d["id"] == dep_id), None)
            if newest is not None and served is not None and served < newest["createdDate"]:
                stale.append(f"it serves deployment {dep_id}, not the newest one ({newest['id']}, "
                             f"{newest['createdDate']:%Y-%m-%d %H:%M})")
            if dep_id:
                summary = self.rest.get_deployment(
                    restApiId=api_id, deploymentId=dep_id, embed=["apisummary"]
                ).get("apiSummary")
                if summary is None:
                    note = f"deployment {dep_id} has no apiSummary: the deployed methods are not known"
                else:
                    deployed = {(p, v.upper()) for p, verbs in summary.items() for v in verbs}
                    missing = sorted(current - deployed)
                    gone = sorted(deployed - current)
                    if missing:
                        stale.append("not deployed: " + ", ".join(f"{v} {p}" for p, v in missing[:5]))
                    if gone:
                        stale.append("still live although deleted: " + ", ".join(f"{v} {p}" for p, v in gone[:5]))
            out.append(StageState(name, dep_id, "; ".join(stale) or None, note))
        return out

    # ---------------------------------------------------------- HTTP

    def _read_http(self, ref: ApiRef) -> ApiRead:
        api_id = ref.api_id
        routes = _all(self.http, "get_routes", "Items", ApiId=api_id)
        integrations = _all(self.http, "get_integrations", "Items", ApiId=api_id)
        # Only the authorizers routes use, one get_authorizer each: moto 5.2 does not
        # implement GetAuthorizers (HTTP 500), and an API has few authorizers.
        wanted = sorted({str(r["AuthorizerId"]) for r in routes if r.get("AuthorizerId")})
        authorizers = [self.http.get_authorizer(ApiId=api_id, AuthorizerId=a) for a in wanted]
        return ApiRead(ref, http_doc(ref.raw, routes, integrations, authorizers))

    # ---------------------------------------------------------- Lambda

    def function(self, arn: str, code_dir: Path | None) -> FunctionRead:
        """``get_function``; with ``code_dir``, the zip code is downloaded and extracted there."""
        answer = self.lam.get_function(FunctionName=arn)
        config = answer.get("Configuration") or {}
        if code_dir is None:
            return FunctionRead(arn, config, None, "Lambda code not read (--no-code)")
        if config.get("PackageType") == "Image":
            return FunctionRead(arn, config, None, "image-based Lambda: its code is not read")
        location = (answer.get("Code") or {}).get("Location")
        if not location:
            return FunctionRead(arn, config, None, "get_function gave no code location")
        try:
            data = zipcode.download(zipcode.code_url(location, self.endpoint_url))
            zipcode.extract(data, code_dir)
        except zipcode.CodeError as exc:
            return FunctionRead(arn, config, None, str(exc))
        return FunctionRead(arn, config, code_dir, None)
