"""What the audit reads into the model: REST, HTTP, authorizers, stages, Lambda code."""

from __future__ import annotations

import io
import stat
import time
import zipfile
from pathlib import Path

import pytest
from .moto_kit import ACCOUNT, REGION, client, http_api, lambda_function, rest_api, zip_bytes
from .hooks import session

from corslint.audit import code as zipcode
from corslint.audit.reader import RegionReader
from corslint.audit.run import AuditOptions, client_config, read_account, run_audit
from corslint.config import Config
from corslint.model import Unknown

HANDLER = '''
def handler(event, context):
    return {"statusCode": 200,
            "headers": {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true"},
            "body": "{}"}
'''


def _project(url: str, tmp_path: Path, **options: object):
    return read_account(AuditOptions(region=REGION, endpoint_url=url, **options), session=session(),
                        code_root=tmp_path, cwd=tmp_path)


def test_rest_api_model(moto: str, tmp_path: Path) -> None:
    arn = lambda_function(moto, "items", {"app.py": HANDLER})
    api = rest_api(moto, "orders")
    api.mock_options("/items", {"Access-Control-Allow-Origin": "'https://app.example.com'"})
    authorizer = api.token_authorizer()
    api.proxy("/items", "PUT", arn, auth="CUSTOM", authorizer_id=authorizer,
              request_headers={"X-Trace": True})
    api.method("/items/{id}", "DELETE", auth="AWS_IAM")  # no integration: get_method fallback
    api.gateway_response("DEFAULT_4XX", {"Access-Control-Allow-Origin": "'*'"})
    api.deploy()
    project, reads = _project(moto, tmp_path)
    (model,) = project.apis
    assert (model.kind, model.source, model.name) == ("rest", "aws", "orders")
    assert model.loc.file == f"aws://{REGION}/{api.api_id}" and model.loc.line == 1
    routes = {r.key: r for r in model.routes}
    assert set(routes) == {"OPTIONS /items", "PUT /items", "DELETE /items/{id}"}
    options = routes["OPTIONS /items"]
    assert options.integration.type == "MOCK"
    assert options.integration.responses[0].headers["Access-Control-Allow-Origin"].expr == "'https://app.example.com'"
    assert options.method_responses["200"].headers == frozenset({"access-control-allow-origin"})
    put = routes["PUT /items"]
    assert put.integration.type == "AWS_PROXY"
    assert put.integration.function == f"lambda:{REGION}:items"
    assert (put.auth.type, put.auth.identity_headers) == ("CUSTOM", ("authorization",))
    assert put.request_headers == ("x-trace",)
    assert routes["DELETE /items/{id}"].auth.type == "AWS_IAM"
    assert reads[0].notes == ["get_method fallback for DELETE /items/{id}"]
    assert model.gateway_responses["DEFAULT_4XX"].headers["Access-Control-Allow-Origin"].expr == "'*'"
    fn = project.functions[f"lambda:{REGION}:items"]
    assert (fn.runtime, fn.handler, fn.image) == ("python3.12", "app.handler", False)
    assert (tmp_path / fn.code / "app.py").read_text() == HANDLER


def test_http_api_model(moto: str, tmp_path: Path) -> None:
    arn = f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:missing"
    api_id = http_api(moto, "profile", cors={"AllowOrigins": ["https://app.example.com"], "MaxAge": 600,
                                             "AllowCredentials": True, "AllowHeaders": ["authorization"]},
                      routes={"GET /me": arn, "$default": None}, jwt_routes=("GET /me",))
    project, _ = _project(moto, tmp_path)
    (model,) = project.apis
    assert (model.kind, model.key) == ("http", f"aws://{REGION}/{api_id}")
    assert model.cors.allow_origins == ("https://app.example.com",)
    assert (model.cors.max_age, model.cors.allow_credentials) == (600, True)
    routes = {r.key: r for r in model.routes}
    assert set(routes) == {"GET /me", "$default"}
    assert (routes["GET /me"].auth.type, routes["GET /me"].auth.identity_headers) == ("JWT", ("authorization",))
    assert routes["$default"].integration is None
    # a function that does not exist is an error for that function, not for the API
    assert [e.file for e in project.errors] == [f"aws://{REGION}/lambda/missing"]


def test_handler_findings_point_at_the_function(moto: str) -> None:
    arn = lambda_function(moto, "items", {"app.py": HANDLER})
    api = rest_api(moto, "orders")
    api.mock_options("/items", {"Access-Control-Allow-Origin": "'https://app.example.com'",
                                "Access-Control-Allow-Methods": "'PUT'"})
    api.proxy("/items", "PUT", arn)
    report = run_audit(AuditOptions(region=REGION, endpoint_url=moto), Config(), session=session())
    from_code = [f for f in report.findings if f.file.startswith(f"aws://{REGION}/lambda/items/")]
    assert from_code and {f.source for f in from_code} == {"python"}
    assert {f.file for f in from_code} == {f"aws://{REGION}/lambda/items/app.py"}
    without = run_audit(AuditOptions(region=REGION, endpoint_url=moto, no_code=True), Config(), session=session())
    assert not any(f.file.startswith(f"aws://{REGION}/lambda/") for f in without.findings)
    # an inline suppression in the deployed code is honoured
    suppressed = "# corslint: ignore-file[CORS030,CORS037] a public API\n" + HANDLER
    lambda_function(moto, "quiet", {"app.py": suppressed})
    api.proxy("/quiet", "PUT", f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:quiet")
    report = run_audit(AuditOptions(region=REGION, endpoint_url=moto), Config(), session=session())
    assert not [f for f in report.findings if "/lambda/quiet/" in f.file]
    assert [f for f in report.findings if "/lambda/items/" in f.file]


def test_image_function_is_unchecked(moto: str, tmp_path: Path) -> None:
    lam, iam = client(moto, "lambda"), client(moto, "iam")
    role = iam.create_role(RoleName="img", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
    arn = lam.create_function(FunctionName="img", Role=role, PackageType="Image",
                              Code={"ImageUri": f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/img:1"})["FunctionArn"]
    api = rest_api(moto, "images")
    api.proxy("/img", "GET", arn)
    project, _ = _project(moto, tmp_path)
    fn = project.functions[f"lambda:{REGION}:img"]
    assert fn.image and isinstance(fn.behaviour, Unknown)
    assert any("image" in u.reason for u in project.unchecked)


def test_stage_behind_the_latest_deployment(moto: str) -> None:
    api = rest_api(moto, "stale")
    api.mock_options("/items", {"Access-Control-Allow-Origin": "'*'"})
    api.deploy("prod")
    time.sleep(1.1)  # deployment dates have one-second resolution
    api.mock_options("/orders", {"Access-Control-Allow-Origin": "'*'"})
    api.ag.create_deployment(restApiId=api.api_id)  # deployed, but to no stage
    report = run_audit(AuditOptions(region=REGION, endpoint_url=moto), Config(), session=session())
    stale = [f for f in report.findings if f.rule == "CORS050"]
    assert len(stale) == 1 and "Stage prod" in stale[0].message and stale[0].route is None
    # moto's get_deployment ignores embed=apisummary: said, not guessed
    assert any("apiSummary" in u.reason for u in report.unchecked)
    api.ag.create_deployment(restApiId=api.api_id, stageName="prod")
    fresh = run_audit(AuditOptions(region=REGION, endpoint_url=moto), Config(), session=session())
    assert not [f for f in fresh.findings if f.rule == "CORS050"]


def test_api_id_filter(moto: str) -> None:
    first = rest_api(moto, "first")
    rest_api(moto, "second")
    report = run_audit(AuditOptions(region=REGION, endpoint_url=moto, api_ids=(first.api_id,)),
                       Config(), session=session())
    assert report.apis == 1


def test_paginators_follow_every_page() -> None:
    """moto answers every list in one page (it ignores limit/position), so pages are stubbed."""
    from botocore.stub import Stubber

    reader = RegionReader(session(), REGION, "http://127.0.0.1:9", client_config())
    with Stubber(reader.rest) as rest, Stubber(reader.http) as http:
        rest.add_response("get_rest_apis", {"items": [{"id": "a1", "name": "a"}], "position": "p2"})
        rest.add_response("get_rest_apis", {"items": [{"id": "a2", "name": "b"}]}, {"position": "p2"})
        http.add_response("get_apis", {"Items": [{"ApiId": "h1", "Name": "h", "ProtocolType": "HTTP",
                                        "RouteSelectionExpression": "$request.method $request.path"}],
                                       "NextToken": "t"})
        http.add_response("get_apis", {"Items": [{"ApiId": "w1", "Name": "w", "ProtocolType": "WEBSOCKET",
                                         "RouteSelectionExpression": "$request.body.action"}]},
                          {"NextToken": "t"})
        refs = reader.list_apis()
    assert [(r.api_id, r.kind) for r in refs] == [("a1", "rest"), ("a2", "rest"), ("h1", "http")]


# ------------------------------------------------------------------ code safety


def _zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return buf.getvalue()


def _symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize("name", ["../evil.py", "/etc/evil.py", "a/../../evil.py", "C:/evil.py", "..\\evil.py"])
def test_unsafe_paths_are_refused(name: str, tmp_path: Path) -> None:
    with pytest.raises(zipcode.CodeError):
        zipcode.extract(_zip([(name, b"x")]), tmp_path / "out")
    assert not (tmp_path / "evil.py").exists()


def test_symlinks_are_refused(tmp_path: Path) -> None:
    with pytest.raises(zipcode.CodeError, match="symbolic link"):
        zipcode.extract(_zip([(_symlink("link"), b"/etc/passwd")]), tmp_path / "out")


def test_size_caps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipcode, "MAX_EXTRACTED", 1000)
    with pytest.raises(zipcode.CodeError, match="unpacks"):
        zipcode.extract(_zip([("big.py", b"x" * 2000)]), tmp_path / "out")
    with pytest.raises(zipcode.CodeError, match="not a zip"):
        zipcode.extract(b"not a zip", tmp_path / "out2")


def test_download_cap_and_code_url(moto: str) -> None:
    lambda_function(moto, "fn", {"app.py": "x = 1\n" * 100})
    location = client(moto, "lambda").get_function(FunctionName="fn")["Code"]["Location"]
    url = zipcode.code_url(location, moto)
    assert url.startswith(f"{moto}/awslambda-{REGION}-tasks/fn-")
    assert zipfile.ZipFile(io.BytesIO(zipcode.download(url))).namelist() == ["app.py"]
    with pytest.raises(zipcode.CodeError, match="larger"):
        zipcode.download(url, limit=10)
    assert zipcode.code_url("https://b.s3.amazonaws.com/k?X-Amz-Signature=1", None).endswith("Signature=1")
    with pytest.raises(zipcode.CodeError):
        zipcode.code_url("file:///etc/passwd", None)
    with pytest.raises(zipcode.CodeError):
        zipcode.code_url("http://example.com/code.zip", None)


def test_an_unsafe_function_zip_is_unchecked_not_extracted(moto: str, tmp_path: Path) -> None:
    arn = lambda_function(moto, "evil", {"app.py": HANDLER})
    # replace the stored code with an archive that escapes its directory
    bucket_key = client(moto, "lambda").get_function(FunctionName="evil")["Code"]["Location"]
    bucket, key = bucket_key.split("//", 1)[1].split(".s3.", 1)[0], bucket_key.rsplit("/", 1)[1]
    client(moto, "s3").put_object(Bucket=bucket, Key=key, Body=_zip([("../../escape.py", b"x")]), ACL="public-read")
    api = rest_api(moto, "evil-api")
    api.proxy("/x", "GET", arn)
    project, _ = _project(moto, tmp_path / "code")
    assert any("unsafe path" in u.reason for u in project.unchecked)
    assert not list(tmp_path.rglob("escape.py"))
    assert zip_bytes  # helper stays importable
