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
