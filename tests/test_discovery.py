"""Discovery walks with few system calls but finds what ``os.walk`` + ``resolve()`` would."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corslint import cache
from corslint.discovery import SKIP_DIRS, Inputs, _excluded, classify, discover

API = 'resource "aws_lambda_function" "f" {}\n'


def reference(paths: list[Path], cwd: Path, exclude: tuple[str, ...] = ()) -> Inputs:
    """The straightforward walk ``discover`` must agree with."""
    inputs, seen = Inputs(), set()
    for given in paths:
        root = given if given.is_absolute() else cwd / given
        if not root.exists():
            inputs.missing.append(given)
        elif root.is_file():
            if root.resolve() not in seen and not _excluded(root, cwd, exclude):
                seen.add(root.resolve())
                classify(root, inputs)
        else:
            for folder, dirs, files in os.walk(root, followlinks=False):
                here = Path(folder)
                dirs[:] = sorted(d for d in dirs
                                 if d not in SKIP_DIRS and not _excluded(here / d, cwd, exclude))
                for name in sorted(files):
                    path = here / name
                    if not path.is_file() or path.resolve() in seen or _excluded(path, cwd, exclude):
                        continue
                    seen.add(path.resolve())
                    classify(path, inputs)
    return inputs


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "main.tf").write_text(API)
    (tmp_path / "a" / "openapi.yaml").write_text("openapi: 3.0.0\n")
    (tmp_path / "a" / "notes.yaml").write_text("x: 1\n")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "x.tf").write_text(API)
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "0link.tf").symlink_to(tmp_path / "a" / "b" / "main.tf")
    (tmp_path / "c" / "dir").symlink_to(tmp_path / "a")
    (tmp_path / "c" / "dangling.tf").symlink_to(tmp_path / "nowhere.tf")
    (tmp_path / "c" / "loop.tf").symlink_to(tmp_path / "c" / "loop.tf")
    (tmp_path / "c" / "serverless.yml").write_text("service: s\n")
    os.mkfifo(tmp_path / "c" / "fifo.tf")
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "x.tf").write_text(API)
    (tmp_path / "linked").symlink_to(tmp_path / "real")
    return tmp_path


@pytest.mark.parametrize("paths", [
    ["."], ["c", "a"], ["a/b/main.tf", "."], ["linked", "real"], ["c/dir"], ["missing", "a"],
])
@pytest.mark.parametrize("exclude", [(), ("b",), ("c/*",)])
def test_discover_matches_the_reference_walk(
    tree: Path, paths: list[str], exclude: tuple[str, ...]
) -> None:
    given = [Path(p) for p in paths]
    assert discover(given, tree, exclude) == reference(given, tree, exclude)


def test_inside_matches_resolve(tree: Path) -> None:
    candidates = [tree / "c" / "0link.tf", tree / "c" / "dir" / "b", tree / "c" / "dir" / "..",
                  tree / "linked" / "x.tf", tree / "c" / "dangling.tf", Path("/etc/passwd"), tree]
    for root in (tree, tree / "a", tree / "real", Path("/")):
        folders: dict[str, str] = {}
        for path in candidates:
            expected = path.resolve().is_relative_to(root.resolve())
            assert cache._inside(str(path), str(root.resolve()), folders) == expected, (path, root)
