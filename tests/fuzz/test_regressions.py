"""Crashes and hangs the fuzzers found, kept as regression tests (CLI, bounded)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .kit import FILE_TIMEOUT, assert_known_bad_reported, run_cli, with_known_bad

TF_FILE = 'locals {\n  x = file("%s")\n}\noutput "o" {\n  value = local.x\n}\n'
CFN_INCLUDE = """AWSTemplateFormatVersion: x
Transform: AWS::Serverless-2016-10-31
Resources:
  A:
    Type: AWS::Serverless::Api
    Properties:
      StageName: p
      DefinitionBody:
        Fn::Transform: {Name: AWS::Include, Parameters: {Location: %s}}
"""


def _fifo(project: Path) -> Path:
    fifo = project / "hostile" / "pipe.yaml"
    fifo.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(fifo)
    return fifo


@pytest.mark.parametrize(
    "files",
    [
        pytest.param({"openapi.yaml": None}, id="fifo-named-like-an-input"),  # hung in discovery
        pytest.param({"main.tf": TF_FILE % "/dev/zero"}, id="tf-file-dev-zero"),  # read forever
        pytest.param({"main.tf": TF_FILE % "pipe.yaml"}, id="tf-file-fifo"),  # blocked
        pytest.param({"template.yaml": CFN_INCLUDE % "/dev/zero"}, id="cfn-include-dev-zero"),
        pytest.param({"template.yaml": CFN_INCLUDE % "pipe.yaml"}, id="cfn-include-fifo"),
        # A module folder discovery skips (node_modules) holding a FIFO named like a .tf file.
        pytest.param({"main.tf": 'module "m" {\n  source = "./node_modules/m"\n}\n', "node_modules/m/main.tf": None},
                     id="tf-module-dir-fifo"),
    ],
)
def test_special_files_are_not_read(files: dict[str, str | None], tmp_path: Path) -> None:
    with_known_bad(tmp_path)
    fifo = _fifo(tmp_path)
    for name, text in files.items():
        (fifo.parent / name).parent.mkdir(parents=True, exist_ok=True)
        if text is None:
            os.mkfifo(fifo.parent / name)
        else:
            (fifo.parent / name).write_text(text)
    run = run_cli(tmp_path)
    assert run.seconds < FILE_TIMEOUT
    assert_known_bad_reported(run)


API = """resource "aws_api_gateway_rest_api" "a" {
  name = local.x
}
resource "aws_api_gateway_resource" "r" {
  rest_api_id = aws_api_gateway_rest_api.a.id
  parent_id   = aws_api_gateway_rest_api.a.root_resource_id
  path_part   = local.x
}
"""
LIST = ",".join(["a"] * 3000)


def _doubling(template: str, levels: int = 40) -> str:
    """Locals where each one doubles the one before (2**levels in size)."""
    lines = ['  a0 = "xxxxxxxxxxxxxxxx"'] + [
        f"  a{i} = {template.format(p=f'local.a{i - 1}')}" for i in range(1, levels + 1)
    ]
    return "locals {\n" + "\n".join(lines) + f"\n  x = local.a{levels}\n}}\n" + API


@pytest.mark.parametrize(
    "main_tf",
    [
        # 22 s then MemoryError: count expanded to 10**8 instances.
        pytest.param('resource "aws_lambda_function" "f" {\n  count = 100000000\n  function_name = "f"\n}\n', id="count-1e8"),
        pytest.param('resource "aws_lambda_function" "f" {\n  for_each = toset(split(",", "%s"))\n}\n' % ",".join(map(str, range(200_000))),
                     id="for-each-200k"),
        # > 60 s: a for-loop of 3000 x 3000 elements.
        pytest.param('locals {\n  s = "%s"\n  x = join(",", flatten([for a in split(",", local.s) : [for b in split(",", local.s) : b]]))\n}\n' % LIST
                     + API, id="nested-for-9m"),
        pytest.param(_doubling('"${{{p}}}${{{p}}}"'), id="doubling-strings"),
        pytest.param(_doubling("[{p}, {p}]"), id="doubling-tuples"),
        pytest.param(_doubling("jsonencode([{p}, {p}])"), id="doubling-jsonencode"),
        pytest.param(_doubling("concat([{p}], [{p}])"), id="doubling-concat"),
        pytest.param(_doubling("{{a = {p}, b = {p}}}"), id="doubling-objects"),
    ],
)
def test_terraform_evaluation_is_bounded(main_tf: str, tmp_path: Path) -> None:
    with_known_bad(tmp_path)
    (tmp_path / "hostile").mkdir()
    (tmp_path / "hostile" / "main.tf").write_text(main_tf)
    run = run_cli(tmp_path)
    assert run.seconds < FILE_TIMEOUT
    assert_known_bad_reported(run)


SLS = "service: s\nprovider: {name: aws, runtime: python3.12}\ncustom:\n"


def _sls_doubling(template: str, levels: int = 40) -> str:
    lines = ["  a0: xxxxxxxxxxxxxxxx"] + [
        f"  a{i}: {template.format(p=f'${{self:custom.a{i - 1}}}')}" for i in range(1, levels + 1)
    ]
    return (SLS + "\n".join(lines) + "\nfunctions:\n  api:\n    handler: h.main\n    events: [{http: "
            f"{{path: x, method: get, cors: {{origin: '${{self:custom.a{levels}}}'}}}}}}]\n")


@pytest.mark.parametrize(
    "serverless_yml",
    [
        # 11 s, then MemoryError: each variable doubled the string before (16 * 2**40 bytes).
        pytest.param(_sls_doubling('"{p}{p}"'), id="doubling-strings"),
        pytest.param(_sls_doubling('["{p}", "{p}"]'), id="doubling-lists"),
        pytest.param(SLS + "  a0: &a0 {k: v}\n" + "".join(
            f"  a{i}: &a{i} {{x: *a{i - 1}, y: *a{i - 1}}}\n" for i in range(1, 17)
        ) + "functions:\n  api:\n    handler: h.main\n    events: [{http: {path: x, cors: '${self:custom.a16}'}}]\n",
            id="alias-dag-under-the-node-limit"),
    ],
)
def test_serverless_variables_are_bounded(serverless_yml: str, tmp_path: Path) -> None:
    with_known_bad(tmp_path)
    (tmp_path / "hostile").mkdir()
    (tmp_path / "hostile" / "serverless.yml").write_text(serverless_yml)
    run = run_cli(tmp_path)
    assert run.seconds < FILE_TIMEOUT
    assert_known_bad_reported(run)
    assert not [e for e in run.report["errors"] if e["file"] == "hostile/serverless.yml"], run.report["errors"]


def test_python_warnings_about_handler_code_are_not_printed(tmp_path: Path) -> None:
    """ast.parse warned (SyntaxWarning on 3.12+) about the fuzzed handlers' invalid escapes."""
    import warnings

    from corslint.handlers.python_ast import parse_python

    (tmp_path / "handler.py").write_text('x = "\\;"\ndef main(e, c):\n    return {}\n')
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        module = parse_python(tmp_path / "handler.py", "handler.py")
    assert caught == [] and getattr(module, "lang", None) == "python"
