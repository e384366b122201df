"""The pre-commit hook, run by the real `pre-commit try-repo` (issue 7)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BAD = Path(__file__).parent / "rules" / "CORS033" / "bad" / "openapi.yaml"
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PRE_COMMIT.exists() or shutil.which("git") is None,
                       reason="needs pre-commit (test extra) and git"),
]


def run(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def test_hook_fails_on_a_broken_repo_and_passes_after_the_fix(tmp_path: Path) -> None:
    hook_repo = tmp_path / "corslint"
    # try-repo installs from a git repo: a clean copy of this one, HEAD plus the working tree
    shutil.copytree(ROOT, hook_repo, ignore=shutil.ignore_patterns(
        ".git", ".venv", "*.egg-info", "__pycache__", ".pytest_cache", "tests", "bench"))
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com"}
    run("git", "init", "-q", cwd=hook_repo, env=env)
    run("git", "add", "-A", cwd=hook_repo, env=env)
    assert run("git", "commit", "-qm", "hook", cwd=hook_repo, env=env).returncode == 0

    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(BAD, project / "openapi.yaml")
    run("git", "init", "-q", cwd=project, env=env)
    run("git", "add", "-A", cwd=project, env=env)

    failed = run(str(PRE_COMMIT), "try-repo", str(hook_repo), "corslint", "--all-files",
                 cwd=project, env=env)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "CORS033" in failed.stdout and "Failed" in failed.stdout

    fixed = (project / "openapi.yaml").read_text().replace(
        "https://app.example.com/", "https://app.example.com")
    (project / "openapi.yaml").write_text(fixed)
    run("git", "add", "-A", cwd=project, env=env)
    passed = run(str(PRE_COMMIT), "try-repo", str(hook_repo), "corslint", "--all-files",
                 cwd=project, env=env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
