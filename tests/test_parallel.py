"""``--jobs N`` gives the report ``--jobs 1`` gives, and really uses N processes (SPEC §5, §9)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corslint import parallel
from corslint.config import Config
from corslint.discovery import discover
from corslint.engine import load_project
from corslint.handlers import analyse_functions
from corslint.loaders import load_inputs

REPO = Path(__file__).resolve().parents[1]
GEN = REPO.parent / "shared" / "bench" / "gen_corpus.py"


def corslint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "corslint", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every fixture, and a generated 12-API corpus when ../shared/bench is there."""
    root = tmp_path_factory.mktemp("parallel")
    shutil.copytree(REPO / "fixtures", root / "fixtures")
    if GEN.exists():
        subprocess.run([sys.executable, str(GEN), str(root / "generated"), "--apis", "12",
                        "--seed", "3"], check=True, capture_output=True)
    return root


@pytest.mark.parametrize("fmt", ["json", "sarif", "text"])
def test_the_report_is_the_serial_one_byte_for_byte(corpus: Path, fmt: str) -> None:
    serial = corslint("check", "--no-cache", "--format", fmt, cwd=corpus)
    assert serial.returncode == 1 and "CORS0" in serial.stdout, serial.stderr
    for jobs in ("2", "3", "64"):
        spread = corslint("check", "--no-cache", "--format", fmt, "--jobs", jobs, cwd=corpus)
        assert (spread.returncode, spread.stdout, spread.stderr) == \
            (serial.returncode, serial.stdout, serial.stderr), jobs


def test_workers_load_the_same_project(corpus: Path) -> None:
    config, cwd = Config(), corpus
    inputs = discover([cwd], cwd, config.exclude)
    results = parallel.load_in_workers(inputs, config, cwd, 2)
    assert results is not None, "the pool failed: the serial fallback would hide it"
    assert load_inputs(inputs, config, cwd, jobs=2) == load_inputs(inputs, config, cwd)
    assert len(results) > 10


def test_workers_read_handlers_as_the_parent_does(corpus: Path) -> None:
    config, cwd = Config(), corpus
    inputs = discover([cwd], cwd, config.exclude)
    serial, spread = load_inputs(inputs, config, cwd), load_inputs(inputs, config, cwd)
    parsed_serial: dict[Path, object] = {}
    parsed_spread: dict[Path, object] = {}
    expected = analyse_functions(serial.functions, cwd=cwd, parsed=parsed_serial)
    got = parallel.analyse_in_workers(spread.functions, cwd, parsed_spread, 3)
    assert got is not None, "the pool failed: the serial fallback would hide it"
    assert got == expected and set(parsed_spread) == set(parsed_serial)
    assert [f.behaviour for f in spread.functions.values()] == \
        [f.behaviour for f in serial.functions.values()]
    assert any(f.behaviour is not None for f in spread.functions.values())


def test_the_cache_records_the_same_dependencies(corpus: Path) -> None:
    config, cwd = Config(), corpus / "fixtures"
    serial: set[Path] = set()
    spread: set[Path] = set()
    load_project([cwd], config, cwd, serial)
    load_project([cwd], config, cwd, spread, jobs=2)
    assert spread == serial and serial


def test_a_file_two_roots_share_is_reported_once(tmp_path: Path) -> None:
    for root in ("a", "b"):
        (tmp_path / root).mkdir()
        (tmp_path / root / "main.tf").write_text(
            'module "m" {\n  source = "../shared"\n}\n'
            'resource "aws_api_gateway_rest_api" "api" {\n  name = "x"\n}\n'
        )
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "main.tf").write_text(
        'resource "aws_lambda_function" "f" {\n  a = \n}\n'
    )
    (tmp_path / "bad.tfvars").write_text("x = \n")
    for jobs in ("1", "2"):
        result = corslint("check", "--no-cache", "--var-file", "bad.tfvars", "-j", jobs,
                          cwd=tmp_path)
        errors = [line for line in result.stdout.splitlines() if "input error" in line]
        assert result.returncode == 2 and [e.split(":")[0] for e in errors] == \
            ["bad.tfvars", "shared/main.tf"], (jobs, result.stdout)


def _unpicklable(_: int) -> object:
    return lambda: None


def _fails(_: int) -> object:
    raise MemoryError


def test_a_failing_pool_means_doing_the_work_here() -> None:
    assert parallel._run(_unpicklable, [(1,), (2,)]) is None
    assert parallel._run(_fails, [(1,), (2,)]) is None
    assert parallel._run(abs, [(-1,), (-2,)]) == [1, 2]
    assert parallel._pooled(abs, [(-1,), (-2,)]) == [1, 2]  # how macOS and Windows run it


def test_work_is_dealt_largest_first_and_kept_in_order() -> None:
    batches = parallel._deal([10, 1, 1, 9, 1], 2)
    assert batches == [[0, 2], [1, 3, 4]]
    assert parallel._deal([5], 8) == [[0]]
