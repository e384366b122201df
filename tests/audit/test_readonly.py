"""The audit only ever reads: every AWS operation it calls is a Get/List/Describe."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from .deploy import FIXTURES
from .hooks import Recorder, session

from corslint.audit import iam
from corslint.audit.command import audit
from corslint.audit.run import AuditOptions, run_audit
from corslint.config import Config

from .moto_kit import REGION

READ = ("Get", "List", "Describe")


def _deploy_all(url: str) -> None:
    for deploy in FIXTURES.values():
        deploy(url)


def _audit(url: str, **options: object) -> list[tuple[str, str]]:
    boto = session()
    recorder = Recorder(boto)
    report = run_audit(AuditOptions(region=REGION, endpoint_url=url, **options), Config(), session=boto)
    assert report.apis == 3 and not report.errors
    return recorder.calls


def test_every_call_is_a_read(moto: str) -> None:
    _deploy_all(moto)
    calls = _audit(moto)
    assert calls, "the recorder must see the calls"
    assert {op for _, op in calls} >= {"GetRestApis", "GetResources", "GetApis", "GetRoutes", "GetFunction"}
    for service, operation in calls:
        assert operation.startswith(READ), (service, operation)
        assert operation in iam.OPERATIONS[service], (service, operation)
        assert operation != "GetExport"


def test_saving_exports_and_all_regions_still_only_read(moto: str, tmp_path: Path) -> None:
    _deploy_all(moto)
    calls = _audit(moto, save_exports=tmp_path / "exports", all_regions=False)
    assert all(op.startswith(READ) for _, op in calls)
    boto = session()
    recorder = Recorder(boto)
    run_audit(AuditOptions(all_regions=True, endpoint_url=moto, no_code=True), Config(), session=boto)
    assert ("ec2", "DescribeRegions") in recorder.calls
    assert all(op.startswith(READ) and op in iam.OPERATIONS[svc] for svc, op in recorder.calls)
    assert "GetFunction" not in {op for _, op in recorder.calls}


def test_no_code_downloads_nothing(moto: str) -> None:
    _deploy_all(moto)
    boto = session()
    recorder = Recorder(boto)
    report = run_audit(AuditOptions(region=REGION, endpoint_url=moto, no_code=True), Config(), session=boto)
    assert "GetFunction" not in {op for _, op in recorder.calls}
    assert any("--no-code" in u.reason for u in report.unchecked)


def test_iam_policy_is_read_only() -> None:
    result = CliRunner().invoke(audit, ["--print-iam-policy"])
    assert result.exit_code == 0
    policy = json.loads(result.output)
    actions = {a for statement in policy["Statement"] for a in statement["Action"]}
    assert actions == {"apigateway:GET", "lambda:GetFunction", "ec2:DescribeRegions"}
    assert all(s["Effect"] == "Allow" for s in policy["Statement"])
    # every operation the audit may call is covered by one of those actions
    for service, operations in iam.OPERATIONS.items():
        for operation in operations:
            assert operation.startswith(READ)
            prefix = {"apigatewayv2": "apigateway"}.get(service, service)
            assert f"{prefix}:GET" in actions or f"{prefix}:{operation}" in actions
