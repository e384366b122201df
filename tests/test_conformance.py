"""Every public conformance case (../shared/conformance), run through its own runner.

Cases that need work from a later issue are expected to fail (strict): the mark
must go the day the case passes.
"""

from __future__ import annotations

import importlib.util
import shlex
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared" / "conformance"
RUNNER = SHARED / "run.py"

PENDING: dict[str, str] = {}


def _cases() -> list[object]:
    if not RUNNER.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{SHARED} is not here"))]
    params = []
    for case in sorted(p.parent for p in (SHARED / "cases").glob("*/expected.json")):
        marks = []
        if case.name in PENDING:
            marks.append(pytest.mark.xfail(strict=True, reason=f"needs {PENDING[case.name]}"))
        params.append(pytest.param(case, id=case.name, marks=marks))
    return params


def _runner():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("conformance_run", RUNNER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("case", _cases())
def test_conformance_case(case: Path) -> None:
    command = shlex.split(f"{shlex.quote(sys.executable)} -m corslint")
    ok, problems, *_ = _runner().run_case(case, command, False)
    assert ok, "\n".join(problems)
