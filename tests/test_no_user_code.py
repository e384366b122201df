"""corslint never runs the code it reads: handlers, packages, build files, YAML tags.

Every planted file would write a marker (its name) into MARKERS if it ran.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from corslint.config import Config
from corslint.engine import analyse
from corslint.loaders import yamljson
from corslint.model import Behaviour

PY = "open({marker!r}, 'w').write('ran')\n"
JS = "require('fs').writeFileSync({marker!r}, 'ran');\n"
PY_HANDLER = "import helper\nfrom pkg import util\n\n\ndef main(event, context):\n    return {{'statusCode': 200, 'body': '[]'}}\n"
JS_HANDLER = "const helper = require('./helper');\nexports.main = async () => ({{statusCode: 200, body: '[]'}});\n"
SLS = """service: {service}
provider: {{name: aws, runtime: {runtime}}}
functions:
  {service}:
    handler: {handler}
    events:
      - http: {{path: items, method: get, cors: {{origin: 'https://app.example.com', allowCredentials: true}}}}
"""
TF = """resource "aws_lambda_function" "f" {
  function_name = "f"
  runtime       = "python3.12"
  handler       = "app.main"
  filename      = data.archive_file.z.output_path
}
data "archive_file" "z" {
  type        = "zip"
  source_dir  = "${path.module}/src"
  output_path = "${path.module}/lambda.zip"
}
"""
SAM = """AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Py:
    Type: AWS::Serverless::Function
    Properties: {CodeUri: py/, Handler: app.main, Runtime: python3.12,
                 Events: {Get: {Type: Api, Properties: {Path: /a, Method: get}}}}
  Js:
    Type: AWS::Serverless::Function
    Properties: {CodeUri: js/, Handler: app.main, Runtime: nodejs20.x,
                 Events: {Get: {Type: Api, Properties: {Path: /b, Method: get}}}}
"""
# Modules a careless tool (or `python -m` with the project first on sys.path) would import.
SHADOWS = ("yaml", "json", "hcl2", "lark", "tree_sitter", "corslint_plugin", "sitecustomize", "usercustomize")


def make_project(root: Path, markers: Path) -> list[Path]:
    """A project whose every code file would leave a marker in ``markers`` if run; the files."""
    files: dict[str, str] = {}

    def py(name: str, text: str = "") -> None:
        files[name] = PY.format(marker=str(markers / name.replace("/", "_"))) + text

    def js(name: str, text: str = "") -> None:
        files[name] = JS.format(marker=str(markers / name.replace("/", "_"))) + text

    # Serverless, Python: module-level code, package __init__ side effects, local imports.
    files["sls-py/serverless.yml"] = SLS.format(service="py", runtime="python3.12", handler="handler.main")
    py("sls-py/handler.py", PY_HANDLER.format())
    py("sls-py/helper.py")
    py("sls-py/pkg/__init__.py")
    py("sls-py/pkg/util.py")
    # Serverless, Node: top-level writeFileSync and a required helper.
    files["sls-js/serverless.yml"] = SLS.format(service="js", runtime="nodejs20.x", handler="handler.main")
    js("sls-js/handler.js", JS_HANDLER.format())
    js("sls-js/helper.js")
    files["sls-js/package.json"] = '{"scripts": {"preinstall": "node helper.js", "postinstall": "node helper.js"}}'
    # Terraform pointing at a source dir; SAM with a Python and a Node function.
    files["tf/main.tf"] = TF
    py("tf/src/app.py", "def main(event, context):\n    return {'statusCode': 200}\n")
    py("tf/src/__init__.py")
    files["sam/template.yaml"] = SAM
    py("sam/py/app.py", "def main(event, context):\n    return {'statusCode': 200}\n")
    js("sam/js/app.js", "exports.main = async () => ({statusCode: 200});\n")
    # Build and test hooks, and modules that would shadow corslint's own imports.
    py("setup.py")
    py("conftest.py")
    py("noxfile.py")
    for name in SHADOWS:
        py(f"{name}.py")
    py("corslint_pth_target.py")
    files["evil.pth"] = "import corslint_pth_target\n"
    files["pyproject.toml"] = (
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "backend"\nbackend-path = ["."]\n'
        '[project]\nname = "victim"\nversion = "0"\n[tool.corslint]\nexclude = []\n'
    )
    py("backend.py")
    files["openapi.yaml"] = (
        "openapi: 3.0.1\ninfo: !!python/object/apply:os.system ['touch " + str(markers / "yaml_tag") + "']\n"
        "paths: !!python/object/new:os.system ['touch " + str(markers / "yaml_tag2") + "']\n"
    )
    written = []
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        written.append(path)
    return written


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    root, markers = tmp_path / "project", tmp_path / "markers"
    markers.mkdir()
    make_project(root, markers)
    # Sanity: each planted Python file really would leave its marker when run.
    probe = tmp_path / "probe"
    shutil.copytree(root, probe)
    subprocess.run([sys.executable, str(probe / "sls-py" / "pkg" / "util.py")], check=True, cwd=probe)
    assert (markers / "sls-py_pkg_util.py").exists()
    (markers / "sls-py_pkg_util.py").unlink()
    return root, markers


def _handler_read(findings: list[tuple[str, str]]) -> None:
    """The handler was read, not skipped: CORS010 points into its code."""
    assert ("CORS010", "sls-py/handler.py") in findings, findings


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "NODE"))}


@pytest.mark.parametrize(
    "command",
    [
        pytest.param([str(Path(sys.executable).parent / "corslint")], id="console-script"),
        pytest.param([sys.executable, "-m", "corslint"], id="python-m"),
    ],
)
def test_cli_runs_no_user_code(project: tuple[Path, Path], command: list[str]) -> None:
    root, markers = project
    if not Path(command[0]).exists():
        pytest.skip("the corslint console script is not installed in this environment")
    done = subprocess.run(
        [*command, "check", ".", "--format", "json"],
        cwd=root, capture_output=True, text=True, timeout=120, env=_env(),
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert sorted(p.name for p in markers.iterdir()) == []
    report = json.loads(done.stdout)
    _handler_read([(f["rule"], f["file"]) for f in report["findings"]])
    assert not [u for u in report["unchecked"] if "handler" in u["reason"]], report["unchecked"]


def test_lint_in_process_runs_no_user_code(project: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    root, markers = project
    monkeypatch.chdir(root)
    project, _, report = analyse([root], Config(), root)
    assert sorted(p.name for p in markers.iterdir()) == []
    imported = [m for m in list(sys.modules.values()) if str(getattr(m, "__file__", None) or "").startswith(str(root))]
    assert imported == []
    _handler_read([(f.rule, f.file) for f in report.findings])
    behaviours = {key: f.behaviour for key, f in project.functions.items()}
    assert len(behaviours) == 5 and all(isinstance(b, Behaviour) for b in behaviours.values()), behaviours


def test_yaml_python_tags_construct_nothing(tmp_path: Path) -> None:
    text = textwrap.dedent(f"""\
        a: !!python/object/apply:os.system ['touch {tmp_path}/m1']
        b: !!python/object/new:os.system ['touch {tmp_path}/m2']
        c: !!python/name:os.system
        d: !!python/module:os
        e: !!python/object:pathlib.Path {{}}
    """)
    doc = yamljson.load_yaml(text, "x.yaml")
    assert list(tmp_path.iterdir()) == []
    assert all(isinstance(v, (str, list, dict)) or v is None for v in doc.values()), doc
