"""The public conformance cases this work is for, run through the CLI with the new rules added.

The rules are registered in ``rules/__init__.py`` separately; until then this test
adds them to the registry in the child process.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared" / "conformance"
NEW_RULES = (
    "cors010_proxy_response_missing_allow_origin",
    "cors011_error_path_missing_allow_origin",
    "cors031_origin_reflected_without_allowlist",
    "cors036_missing_vary_origin",
    "cors041_weak_origin_check",
    "cors054_backend_cors_ignored",
)
SCRIPT = (
    "import importlib, sys, corslint.rules as r\n"
    f"new = [importlib.import_module('corslint.rules.' + n) for n in {NEW_RULES!r}]\n"
    "r.REGISTRY = tuple(sorted({*r.REGISTRY, *new}, key=lambda m: m.ID))\n"
    "from corslint.cli import main\n"
    "sys.argv[0] = 'corslint'\n"
    "main()\n"
)
CASES = [
    "seed-000-terraform-fastapi",
    "seed-001-node-allowlist",
    "python-error-path-missing-cors",
    "tf-put-without-preflight",
    "tf-options-requires-auth",
    "sam-authorizer-on-preflight",
    "seed-002-serverless",
]


@pytest.mark.parametrize("name", CASES)
def test_case(name: str) -> None:
    case = SHARED / "cases" / name
    if not case.is_dir():
        pytest.skip(f"{case} is not here")
    if (
        name.startswith("seed-00") and (case / "lambda" / "index.mjs").exists()
    ) or name == "seed-002-serverless":
        pytest.importorskip("tree_sitter_javascript")
    spec = importlib.util.spec_from_file_location("conformance_run", SHARED / "run.py")
    assert spec is not None and spec.loader is not None
    runner = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runner)
    ok, problems, *_ = runner.run_case(case, [sys.executable, "-c", SCRIPT], False)
    assert ok, "\n".join(problems)
