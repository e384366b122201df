"""Shared pieces of the fuzz tests: the corpus, mutations, and a bounded CLI run."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st

from corslint.config import Config
from corslint.discovery import discover
from corslint.loaders import load_data_file, load_inputs
from corslint.model import Project

TESTS = Path(__file__).resolve().parent.parent
REPO = TESTS.parent
KNOWN_BAD = TESTS / "rules" / "CORS033" / "bad"  # 3 findings of CORS033 in openapi.yaml
MEMORY_LIMIT = 1536 * 1024 * 1024  # RLIMIT_AS of each CLI run
FILE_TIMEOUT = 10.0  # seconds for one CLI run over one hostile file
CLI_ARGS = os.environ.get("FUZZ_CLI_ARGS", "").split()  # e.g. "--jobs 2" or "--no-cache"
# Messages of the catch-all guards: reaching one means a loader or handler bug.
INTERNAL = ("internal error", "not loaded:", "could not follow the code", "handler analysis failed")

KINDS = {
    "data": (".yaml", ".yml", ".json"),
    "terraform": (".tf", ".tfvars"),
    "python": (".py",),
    "node": (".js", ".mjs", ".cjs", ".ts"),
}


def kind_of(path: Path) -> str | None:
    if path.name.startswith("serverless."):
        return "serverless"
    if path.name.endswith(".tf.json"):
        return "terraform"
    return next((k for k, sfx in KINDS.items() if path.name.endswith(sfx)), None)


def _corpus() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    roots = [*TESTS.glob("rules/*"), *TESTS.glob("loaders/*/"), TESTS / "handlers" / "fixtures", REPO / "fixtures"]
    for root in roots:
        for path in sorted(root.rglob("*")):
            kind = kind_of(path)
            if kind and path.is_file() and path.name != "expected.json" and not path.name.startswith("test_") and path.stat().st_size < 200_000:
                found.setdefault(kind, []).append(path)
    return found


CORPUS = _corpus()


def scaled(fraction: float, least: int = 3) -> settings:
    """Settings with a fraction of the profile's examples (for slow, end-to-end tests)."""
    return settings(max_examples=max(least, int(settings.default.max_examples * fraction)))


# ------------------------------------------------------------------ mutations

_JUNK = st.one_of(
    st.sampled_from(
        [b"", b"null", b"[]", b"{}", b"-1", b"1e999", b"true", b"~", b"*x", b"&a", b"!!python/object:os.system",
         b"${self:custom.x}", b"${file(x.yml)}", b"!Ref", b"!GetAtt a.b", b"${var.x}", b"${", b"\"", b"'",
         b"{{", b"[[", b"\t", b"\x00", b"\xff\xfe", b"\xc3", b"<<: *a", b"---", b"...", b"#", b"//", b"/*",
         b"\\", b"\r", "\u2028".encode(), b"0x", b"9" * 400, b"a" * 5000]
    ),
    st.binary(max_size=40),
    st.text(max_size=40).map(lambda s: s.encode("utf-8", "surrogatepass")),
)


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` after 1–4 random edits: lines deleted, duplicated, swapped, bytes
    flipped or inserted, truncation, a value replaced by junk of another type."""
    for _ in range(draw(st.integers(1, 4))):
        lines = data.split(b"\n")
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "flip", "insert", "truncate", "value"]))
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        if op == "delete" and lines:
            del lines[i]
        elif op == "duplicate" and lines:
            lines.insert(i, lines[i])
        elif op == "swap" and len(lines) > 1:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op in ("flip", "insert", "truncate"):
            pos = draw(st.integers(0, len(data)))
            if op == "flip" and data:
                pos = min(pos, len(data) - 1)
                data = data[:pos] + bytes([data[pos] ^ draw(st.integers(1, 255))]) + data[pos + 1:]
            elif op == "insert":
                data = data[:pos] + draw(_JUNK) + data[pos:]
            else:
                data = data[:pos]
            continue
        elif op == "value" and lines:
            line = lines[i]
            cut = max(line.find(b":"), line.find(b"="), line.find(b"("))
            lines[i] = line[: cut + 1] + b" " + draw(_JUNK) if cut >= 0 else draw(_JUNK)
        data = b"\n".join(lines)
    return data


@st.composite
def mutated_file(draw: st.DrawFn, kind: str) -> tuple[Path, bytes]:
    """A corpus file of ``kind`` and a mutation of its bytes."""
    path = draw(st.sampled_from(CORPUS[kind]))
    return path, draw(mutated(path.read_bytes()))


def plant(workdir: Path, original: Path, data: bytes) -> Path:
    """Copy ``original``'s folder into ``workdir`` with ``data`` in place of it."""
    project = workdir / "project"
    shutil.copytree(original.parent, project, symlinks=True, dirs_exist_ok=True)
    target = project / original.name
    target.write_bytes(data)
    return project


# ------------------------------------------------------------------ in-process loading


def load_unguarded(root: Path) -> Project:
    """Discover and load ``root`` calling each loader directly (no catch-all), then
    read the handlers: a loader bug surfaces as an exception, not an error entry."""
    from corslint.handlers import analyse_functions
    from corslint.loaders.serverless import load_serverless
    from corslint.loaders.terraform import load_terraform

    inputs = discover([root], root)
    project = Project(files=inputs.count)
    if inputs.terraform:
        project.add(load_terraform(inputs.terraform, cwd=root, variables={}, var_files=[]))
    for path in inputs.serverless:
        project.add(load_serverless(path, cwd=root, stage=None, params={}))
    for path in inputs.data:
        project.add(load_data_file(path, root))
    if project.functions:
        project.unchecked.extend(analyse_functions(project.functions, cwd=root))
    assert_no_internal(project)
    return project


def load_guarded(root: Path) -> Project:
    """The production loading path (``load_inputs``), for comparison."""
    return load_inputs(discover([root], root), Config(), root)


def assert_no_internal(project: Project) -> None:
    """No error or unchecked entry comes from a catch-all guard."""
    messages = [e.message for e in project.errors] + [u.reason for u in project.unchecked]
    messages += [
        f.behaviour.reason for f in project.functions.values()
        if f.behaviour is not None and hasattr(f.behaviour, "reason")
    ]
    bad = [m for m in messages if any(s in m for s in INTERNAL)]
    assert not bad, bad


# ------------------------------------------------------------------ the CLI, bounded


@dataclass
class Run:
    code: int
    report: dict[str, Any]
    stderr: str
    seconds: float


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_cli(cwd: Path, *paths: str, timeout: float = FILE_TIMEOUT) -> Run:
    """``corslint check --format json`` in a subprocess, under a memory and time limit."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CORSLINT"))}
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "corslint", "check", *(paths or (".",)), "--format", "json", *CLI_ARGS],
        cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env,
        preexec_fn=_limit_memory,
    )
    seconds = time.monotonic() - start
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode in (0, 1, 2), (done.returncode, done.stderr[-3000:])
    report = json.loads(done.stdout)
    return Run(done.returncode, report, done.stderr, seconds)


def with_known_bad(project: Path) -> None:
    """Put the known-bad fixture beside the hostile input (in ``project/known-bad``)."""
    shutil.copytree(KNOWN_BAD, project / "known-bad", ignore=shutil.ignore_patterns("expected.json"))


def assert_known_bad_reported(run: Run) -> None:
    """The known-bad fixture's findings are all still reported."""
    found = [f for f in run.report["findings"] if f["file"] == "known-bad/openapi.yaml" and f["rule"] == "CORS033"]
    assert len(found) == 3, run.report
    internal = [e for e in run.report["errors"] if any(s in e["message"] for s in INTERNAL)]
    assert not internal, internal
