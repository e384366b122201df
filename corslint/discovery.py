"""Find the input files under the linted paths, cheaply (SPEC §3).

Walks directories without following symlinked directories (no loops), skips
build and dependency folders, and sorts files by kind. YAML and JSON files
are read only far enough to see whether they can hold an API definition, so
unrelated data never reaches a parser.
"""

from __future__ import annotations

import errno
import fnmatch
import os
from pathlib import Path

from corslint.record import Record, field

SKIP_DIRS = frozenset(
    {
        ".git", ".hg", ".svn", ".terraform", "node_modules", ".serverless", ".aws-sam",
        "cdk.out", ".corslint_cache", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache",
        ".pytest_cache", ".ruff_cache", ".idea", ".vscode",
    }
)
TERRAFORM_SUFFIXES = (".tf", ".tf.json", ".tfvars", ".tfvars.json")
SERVERLESS_NAMES = frozenset({"serverless.yml", "serverless.yaml", "serverless.json"})
DATA_SUFFIXES = (".yml", ".yaml", ".json")
# Markers of an API definition; a data file without any of them is skipped unread.
MARKERS = (
    b'swagger"',
    b"swagger:",
    b'openapi"',
    b"openapi:",
    b"AWSTemplateFormatVersion",
    b"AWS::Serverless",
    b"AWS::ApiGateway",
    b"AWS::Lambda::Function",
)
SNIFF_BYTES = 256 * 1024
_NOT_FOUND = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)  # pathlib's "no such file"


class Inputs(Record):
    """The files to load, by kind (absolute paths)."""

    terraform: list[Path] = field(default_factory=list)
    serverless: list[Path] = field(default_factory=list)
    data: list[Path] = field(default_factory=list)  # OpenAPI, CloudFormation, SAM candidates
    missing: list[Path] = field(default_factory=list)  # paths given that do not exist

    @property
    def count(self) -> int:
        return len(self.terraform) + len(self.serverless) + len(self.data)


def _excluded(path: Path, cwd: Path, patterns: tuple[str, ...]) -> bool:
    if not patterns:
        return False
    try:
        rel = path.relative_to(cwd).as_posix()
    except ValueError:
        rel = path.as_posix()
    parts = rel.split("/")
    for pattern in patterns:
        pattern = pattern.rstrip("/")
        if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(rel, pattern + "/*"):
            return True
        if "/" not in pattern and any(fnmatch.fnmatch(part, pattern) for part in parts):
            return True
    return False


def _may_define_api(path: Path) -> bool:
    """Whether a YAML/JSON file may hold an API definition (looks at its head only)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return True  # let the loader report why it cannot be read
    return any(marker in head for marker in MARKERS)


def classify(path: Path, inputs: Inputs) -> None:
    """Put one file in its bucket, or nowhere when it cannot matter."""
    name = path.name
    if name.endswith(TERRAFORM_SUFFIXES):
        inputs.terraform.append(path)
    elif name in SERVERLESS_NAMES:
        inputs.serverless.append(path)
    elif name.endswith(DATA_SUFFIXES) and _may_define_api(path):
        inputs.data.append(path)


def discover(paths: list[Path], cwd: Path, exclude: tuple[str, ...] = ()) -> Inputs:
    """All input files under ``paths``, sorted, without duplicates."""
    inputs = Inputs()
    seen: set[str] = set()  # resolved paths
    for given in paths:
        root = given if given.is_absolute() else cwd / given
        if not root.exists():
            inputs.missing.append(given)
            continue
        if root.is_file():
            resolved = str(root.resolve())
            if resolved not in seen and not _excluded(root, cwd, exclude):
                seen.add(resolved)
                classify(root, inputs)
            continue
        _walk(str(root), cwd, exclude, inputs, seen)
    return inputs


def _walk(root: str, cwd: Path, exclude: tuple[str, ...], inputs: Inputs, seen: set[str]) -> None:
    """Classify the files below ``root`` in ``os.walk`` order (top-down, sorted, symlinked
    folders not entered), from ``os.scandir`` entries to save system calls."""
    stack = [(root, os.path.realpath(root))]  # a folder and its resolved path
    while stack:
        folder, real = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if (
                    entry.name not in SKIP_DIRS and not entry.is_symlink()
                    and not _excluded(Path(entry.path), cwd, exclude)
                ):  # not a symlink, so its resolved path is the folder's plus its name
                    subfolders.append((entry.path, os.path.join(real, entry.name)))
                continue
            try:
                is_file = entry.is_file()
            except OSError as exc:  # what Path.is_file() says False to (e.g. a symlink loop)
                if exc.errno not in _NOT_FOUND:
                    raise
                is_file = False
            if not is_file:  # dangling symlinks, FIFOs, devices, sockets
                continue
            if entry.is_symlink():
                try:
                    resolved = str(Path(entry.path).resolve())
                except (OSError, RuntimeError):
                    continue
            else:
                resolved = os.path.join(real, entry.name)
            path = Path(entry.path)
            if resolved in seen or _excluded(path, cwd, exclude):
                continue
            seen.add(resolved)
            classify(path, inputs)
        stack.extend(reversed(subfolders))
