"""The CLI end to end on hostile inputs: each ends in a per-file error or a clean
result, without a traceback, within a time and memory bound, while the known-bad
fixture beside it is still reported."""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .kit import FILE_TIMEOUT, assert_known_bad_reported, mutated_file, plant, run_cli, scaled, with_known_bad

DEEP = 10_000
MB = 1024 * 1024
SLS_HEAD = "service: s\nprovider: {name: aws, runtime: python3.12}\n"
SLS_FN = SLS_HEAD + "functions:\n  api:\n    handler: handler.main\n    events: [{http: {path: x, method: get, cors: true}}]\n"
NODE_FN = SLS_FN.replace("python3.12", "nodejs20.x")
TF_FN = """resource "aws_lambda_function" "f" {
  function_name = "f"
  runtime       = "python3.12"
  handler       = "handler.main"
  filename      = "lambda.zip"
  source_code_hash = filebase64sha256("lambda.zip")
}
data "archive_file" "z" {
  type = "zip"
  source_dir = "${path.module}/src"
  output_path = "lambda.zip"
}
"""
BOMB = "openapi: 3.0.1\n" + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]\n"
    for i in range(1, 12)
)


def _random(n: int, seed: int = 9) -> bytes:
    return random.Random(seed).randbytes(n)


# Each case: name → files to write under project/hostile/ (bytes, or a callable for symlinks etc.).
Files = dict[str, "bytes | str | Callable[[Path], None]"]
CASES: dict[str, Files] = {
    "yaml-deep-flow": {"openapi.yaml": "openapi: 3.0.1\npaths: " + "{a: " * DEEP + "1" + "}" * DEEP},
    "yaml-deep-seq": {"serverless.yml": SLS_HEAD + "custom: " + "[" * DEEP + "]" * DEEP},
    "yaml-deep-block": {"template.yaml": "AWSTemplateFormatVersion: x\nR:\n" + "".join(
        " " * (i % 80 + 1) + "- \n" for i in range(DEEP))},
    "json-deep": {"openapi.json": '{"openapi": "3.0.1", "paths": ' + '{"a": ' * DEEP + "1" + "}" * (DEEP + 1)},
    "json-deep-array": {"template.json": '{"AWSTemplateFormatVersion": "x", "R": ' + "[" * DEEP + "]" * DEEP + "}"},
    "hcl-deep-list": {"main.tf": "locals {\n  x = " + "[" * DEEP + "]" * DEEP + "\n}\n"},
    "hcl-deep-blocks": {"main.tf": "resource \"a\" \"b\" {\n" + "d {\n" * DEEP + "}\n" * (DEEP + 1)},
    "hcl-deep-parens": {"main.tf": "locals {\n  x = " + "(" * DEEP + "1" + ")" * DEEP + "\n}\n"},
    "tf-json-deep": {"main.tf.json": '{"locals": {"x": ' + "[" * DEEP + "]" * DEEP + "}}"},
    "tfvars-deep": {"main.tf": 'variable "v" {}\n', "x.auto.tfvars": "v = " + "{a = " * DEEP + "1" + "}" * DEEP},
    "long-line-10mb": {"openapi.yaml": "openapi: 3.0.1\ninfo: {title: '" + "a" * (10 * MB) + "'}\n"},
    "long-string-4mb-yaml": {"openapi.yaml": "openapi: 3.0.1\ninfo: {title: '" + "a" * (4 * MB) + "'}\npaths: {}\n"},
    "long-string-4mb-json": {"openapi.json": '{"openapi": "3.0.1", "info": {"title": "' + "\\u00e9" * (MB // 2) + '"}}'},
    "long-string-4mb-hcl": {"main.tf": 'locals {\n  x = "' + "a" * (4 * MB) + '"\n}\n'},
    "long-key-serverless": {"serverless.yml": SLS_HEAD + "custom:\n  " + "k" * (4 * MB) + ": 1\n"},
    "alias-bomb": {"openapi.yaml": BOMB},
    "alias-bomb-serverless": {"serverless.yml": SLS_HEAD + BOMB.replace("openapi: 3.0.1\n", "custom:\n").replace("\na", "\n  a")},
    "huge-yaml-6mb": {"openapi.yaml": "openapi: 3.0.1\n" + "x: 1\n" * (6 * MB // 5)},
    "huge-tf-6mb": {"main.tf": 'locals {\n  a = 1\n}\n' * (6 * MB // 20)},
    "huge-handler-2mb": {"serverless.yml": SLS_FN, "handler.py": "def main(e, c):\n    return {}\n" + "x = 1\n" * (2 * MB // 6)},
    "non-utf8-yaml": {"openapi.yaml": "openapi: 3.0.1\ninfo: {title: caf\xe9}\n".encode("latin-1")},
    "utf16-yaml": {"serverless.yml": SLS_HEAD.encode("utf-16")},
    "non-utf8-tf": {"main.tf": 'locals {\n  x = "caf\xe9"\n}\n'.encode("latin-1")},
    "non-utf8-handler": {"serverless.yml": SLS_FN, "handler.py": b"def main(e, c):\n    return {'x': '\xff\xfe'}\n"},
    "nul-bytes": {"openapi.yaml": b"openapi: 3.0.1\x00\x00\n", "main.tf": b"locals {\x00}\n"},
    "random-bytes-yaml": {"openapi.yaml": b"openapi: 3.0.1\n" + _random(200_000)},
    "random-bytes-tf": {"main.tf": _random(200_000, 1)},
    "random-bytes-serverless": {"serverless.yml": _random(200_000, 2)},
    "random-bytes-handler": {"serverless.yml": SLS_FN, "handler.py": _random(100_000, 3)},
    "random-bytes-node": {"serverless.yml": NODE_FN, "handler.js": _random(100_000, 4)},
    "truncated-everything": {"openapi.json": '{"openapi": "3.0.1", "paths": {"/a": {"get": {', "main.tf": 'resource "x" "y" {\n  a = "${',
                             "serverless.yml": SLS_HEAD + "functions:\n  a: {handler: h.m, events: [{http: {path: x, cors: ${self:"},
    "deep-python-handler": {"serverless.yml": SLS_FN, "handler.py": "def main(e, c):\n    return " + "(" * DEEP + "1" + ")" * DEEP + "\n"},
    "deep-python-ifs": {"serverless.yml": SLS_FN, "handler.py": "def main(e, c):\n" + "".join(
        " " * (i + 1) + "if e:\n" for i in range(95)) + " " * 96 + "return {'statusCode': 200}\n"},
    "deep-python-calls": {"serverless.yml": SLS_FN, "handler.py": "def main(e, c):\n    return " + "f(" * 3000 + ")" * 3000 + "\n"},
    "deep-node-handler": {"serverless.yml": NODE_FN, "handler.js": "exports.main = async () => " + "[" * DEEP + "]" * DEEP + ";\n"},
    "long-line-node": {"serverless.yml": NODE_FN, "handler.js": "exports.main = async () => ({body: '" + "a" * (900_000) + "'});\n"},
    "python-eval-bombs": {"serverless.yml": SLS_FN, "handler.py": "def main(e, c):\n    s = 'x'\n    for i in range(10**9):\n        s = s + s\n"
                          "    h = [s] * 10**9\n    return {'statusCode': 200, 'headers': {'x': ''.join(h), 'y': f'{s:>999999999}'}}\n"},
    "node-eval-bombs": {"serverless.yml": NODE_FN, "handler.js": "exports.main = async () => {\n  let s = 'x';\n"
                        "  for (let i = 0; i < 1e9; i++) { s = s + s; }\n  while (true) {}\n  return {statusCode: 200, headers: {a: s.repeat(1e12)}};\n};\n"},
    "recursive-python-imports": {"serverless.yml": SLS_FN, "handler.py": "from handler import main\nimport handler\ndef main(e, c):\n    return main(e, c)\n"},
    "recursive-node-requires": {"serverless.yml": NODE_FN, "handler.js": "const h = require('./handler');\nexports.main = (e) => h.main(e);\n"},
    "recursive-function": {"serverless.yml": SLS_FN, "handler.py": "def f(x):\n    return f(f(x))\ndef main(e, c):\n    return {'statusCode': 200, 'headers': {'a': f(e)}}\n"},
    "tf-module-self": {"main.tf": 'module "m" {\n  source = "./"\n}\n' + TF_FN, "src/handler.py": "def main(e, c):\n    return {}\n"},
    "tf-module-cycle": {"a/main.tf": 'module "b" {\n  source = "../b"\n}\n', "b/main.tf": 'module "a" {\n  source = "../a"\n}\n',
                        "main.tf": 'module "a" {\n  source = "./a"\n}\n'},
    "tf-local-cycle": {"main.tf": 'locals {\n  a = local.b\n  b = local.a\n  c = [for x in local.c : x]\n}\n'},
    "sls-self-include": {"serverless.yml": SLS_HEAD + "custom: ${file(./serverless.yml)}\n"},
    "sls-var-cycle": {"serverless.yml": SLS_HEAD + "custom:\n  a: ${self:custom.b}\n  b: ${self:custom.a}\n  c: ${self:custom.c}x\n"},
    "cfn-include-self": {"template.yaml": "AWSTemplateFormatVersion: x\nTransform: AWS::Serverless-2016-10-31\nResources:\n  A:\n    Type: AWS::Serverless::Api\n"
                         "    Properties:\n      StageName: p\n      DefinitionBody:\n        Fn::Transform: {Name: AWS::Include, Parameters: {Location: ./template.yaml}}\n"},
    "openapi-ref-cycle": {"openapi.yaml": "openapi: 3.0.1\npaths:\n  /a: {$ref: '#/paths/~1a'}\n  /b:\n    get:\n      responses: {$ref: '#/paths/~1b/get/responses'}\n"},
    "python-object-tag": {"openapi.yaml": "openapi: !!python/object/apply:os.system ['touch PWNED']\npaths: !!python/name:os.system\n"},
    "symlink-loop-dir": {"loop": lambda d: (d / "loop").symlink_to(d, target_is_directory=True),
                         "up": lambda d: (d / "up").symlink_to("..", target_is_directory=True)},
    "symlink-loop-file": {"openapi.yaml": lambda d: (d / "openapi.yaml").symlink_to("b.yaml"),
                          "b.yaml": lambda d: (d / "b.yaml").symlink_to("openapi.yaml")},
    "dangling-symlinks": {"openapi.yaml": lambda d: (d / "openapi.yaml").symlink_to("missing.yaml"),
                          "main.tf": lambda d: (d / "main.tf").symlink_to("/nonexistent/main.tf"),
                          "serverless.yml": SLS_FN, "handler.py": lambda d: (d / "handler.py").symlink_to("gone.py")},
    "special-file": {"openapi.yaml": lambda d: os.mkfifo(d / "openapi.yaml"), "serverless.yml": lambda d: (d / "serverless.yml").mkdir()},
}


def _build(project: Path, files: Files) -> None:
    hostile = project / "hostile"
    for name, content in files.items():
        target = hostile / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content(target.parent)
        else:
            target.write_bytes(content.encode() if isinstance(content, str) else content)


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file(case: str, tmp_path: Path) -> None:
    with_known_bad(tmp_path)
    _build(tmp_path, CASES[case])
    run = run_cli(tmp_path)
    assert run.seconds < FILE_TIMEOUT
    assert_known_bad_reported(run)
    assert not (tmp_path / "PWNED").exists()


def test_unreadable_files(tmp_path: Path) -> None:
    with_known_bad(tmp_path)
    _build(tmp_path, {"openapi.yaml": "openapi: 3.0.1\n", "main.tf": "locals {}\n", "serverless.yml": SLS_FN,
                      "handler.py": "def main(e, c):\n    return {}\n", "sub/x.tf": ""})
    hostile = tmp_path / "hostile"
    for path in [*hostile.iterdir(), hostile / "sub"]:
        path.chmod(0)
    try:
        if os.access(hostile / "openapi.yaml", os.R_OK):
            pytest.skip("running as root: chmod 000 does not deny reads")
        run = run_cli(tmp_path)
        assert_known_bad_reported(run)
        assert run.code == 2 and any(e["file"] == "hostile/openapi.yaml" for e in run.report["errors"])
    finally:
        for path in [*hostile.iterdir(), hostile / "sub"]:
            path.chmod(0o755)


def test_unreadable_files_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same, as root too: reads of the hostile files fail with PermissionError."""
    import pathlib

    from corslint.config import Config
    from corslint.engine import lint

    with_known_bad(tmp_path)
    _build(tmp_path, {"openapi.yaml": "openapi: 3.0.1\n", "main.tf": 'resource "aws_api_gateway_rest_api" "a" {}\n',
                      "serverless.yml": SLS_FN, "handler.py": "def main(e, c):\n    return {}\n"})
    hostile = tmp_path / "hostile"

    def deny(real: Callable[..., object]) -> Callable[..., object]:
        def read(self: pathlib.Path, *args: object, **kwargs: object) -> object:
            if self.parent == hostile and self.name != "serverless.yml":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self, *args, **kwargs)
        return read

    for name in ("open", "read_bytes", "read_text"):
        monkeypatch.setattr(pathlib.Path, name, deny(getattr(pathlib.Path, name)))
    report = lint([tmp_path], Config(), tmp_path)
    assert [f.file for f in report.findings if f.rule == "CORS033"] == ["known-bad/openapi.yaml"] * 3
    assert {e.file for e in report.errors} >= {"hostile/openapi.yaml", "hostile/main.tf"}, report.errors
    assert not [e for e in report.errors if "internal error" in e.message], report.errors
    assert any("handler.py" in u.reason or "cannot read" in u.reason for u in report.unchecked), report.unchecked


@pytest.mark.parametrize("kind", ["data", "serverless", "terraform", "python", "node"])
@scaled(0.15)
@given(data=st.data())
def test_cli_on_mutated_projects(kind: str, data: st.DataObject) -> None:
    path, mutation = data.draw(mutated_file(kind))
    with tempfile.TemporaryDirectory() as tmp:
        project = plant(Path(tmp), path, mutation)
        with_known_bad(project)
        run = run_cli(project)
        assert run.seconds < FILE_TIMEOUT
        assert_known_bad_reported(run)
