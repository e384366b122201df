"""Throttling, 5xx and a permanently failing API: every other API is still linted."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner
from .hooks import Faults, session

from corslint.audit import run as audit_run
from corslint.audit.command import audit
from corslint.audit.run import AuditOptions, run_audit
from corslint.config import Config

from .moto_kit import REGION, client, http_api, rest_api

WILDCARD = {"Access-Control-Allow-Origin": "'*'", "Access-Control-Allow-Methods": "'GET,OPTIONS'",
            "Access-Control-Allow-Headers": "'Content-Type'"}


def _apis(url: str, count: int = 4) -> list[str]:
    ids = []
    for n in range(count):
        api = rest_api(url, f"api-{n}")
        api.mock_options("/items", WILDCARD)
        api.method("/items", "PUT")
        ids.append(api.api_id)
    ids.append(http_api(url, "http-0", cors={"AllowOrigins": ["*"]}, routes={"GET /x": None}))
    return ids


def test_throttling_and_5xx_are_retried(moto: str) -> None:
    ids = _apis(moto)

    def rule(operation: str, url: str, attempt: int) -> tuple[int, str] | None:
        if operation == "GetResources" and attempt == 1:
            return 429, "TooManyRequestsException"
        if operation in ("GetGatewayResponses", "GetRoutes") and attempt == 1:
            return 503, "ServiceUnavailableException"
        if operation == "GetRestApis" and attempt == 1:
            return 400, "ThrottlingException"
        return None

    boto = session()
    faults = Faults(boto, rule)
    report = run_audit(AuditOptions(region=REGION, endpoint_url=moto), Config(), session=boto)
    assert faults.injected == 4 + 4 + 1 + 1
    assert report.errors == []
    assert report.apis == len(ids)
    assert {f.file for f in report.findings} >= {f"aws://{REGION}/{i}" for i in ids}


def test_a_permanently_failing_api_is_an_error_and_the_rest_is_linted(
    moto: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _apis(moto)
    broken = ids[1]

    def rule(operation: str, url: str, attempt: int) -> tuple[int, str] | None:
        if f"/restapis/{broken}/" in url and operation == "GetResources":
            return 403, "AccessDeniedException"
        if f"/restapis/{ids[2]}/" in url and operation == "GetAuthorizers":
            return 500, "InternalFailure"  # every attempt: 5xx after retries
        return None

    boto = session()
    faults = Faults(boto, rule)
    monkeypatch.setattr(audit_run, "make_session", lambda options: boto)
    real_options = audit_run.AuditOptions
    monkeypatch.setattr(audit_run, "AuditOptions",
                        lambda **kw: real_options(**kw, max_attempts=3))  # keep the backoff short
    start = time.monotonic()
    result = CliRunner().invoke(audit, ["--endpoint-url", moto, "--region", REGION, "--format", "json"])
    assert time.monotonic() - start < 60
    assert result.exit_code == 2, result.output
    data = json.loads(result.stdout)
    assert {e["file"] for e in data["errors"]} == {f"aws://{REGION}/{broken}", f"aws://{REGION}/{ids[2]}"}
    assert any("AccessDenied" in e["message"] for e in data["errors"])
    linted = {f["file"] for f in data["findings"]}
    assert linted == {f"aws://{REGION}/{i}" for i in ids if i not in (broken, ids[2])}
    retried = [n for (op, url), n in faults.sent.items() if op == "GetAuthorizers" and ids[2] in url]
    assert retried == [4]  # the first try and 3 retries (botocore max_attempts counts retries)
    assert data["summary"]["apis"] == len(ids) - 2


def test_listing_a_region_that_fails_is_an_error(moto: str) -> None:
    _apis(moto, 1)
    boto = session()
    Faults(boto, lambda op, url, n: (403, "AccessDeniedException") if op == "GetApis" else None)
    report = run_audit(AuditOptions(region=REGION, endpoint_url=moto), Config(), session=boto)
    assert [e.file for e in report.errors] == [f"aws://{REGION}"]


@pytest.mark.slow
def test_300_apis_and_500_resources_are_all_read(moto: str) -> None:
    ag = client(moto, "apigateway")
    for n in range(299):
        ag.create_rest_api(name=f"bulk-{n:03}")
    big = rest_api(moto, "big")
    for n in range(500):
        rid = ag.create_resource(restApiId=big.api_id, parentId=big.root_id, pathPart=f"r{n:03}")["id"]
        ag.put_method(restApiId=big.api_id, resourceId=rid, httpMethod="GET", authorizationType="NONE")
    report = run_audit(AuditOptions(region=REGION, endpoint_url=moto, jobs=8), Config(), session=session())
    assert report.errors == []
    assert report.apis == 300
    assert report.routes == 500
