"""``--jobs N``: loading and handler analysis in N worker processes.

The work is split into tasks in the order a serial run does it: each Terraform root,
each ``serverless.yml``, each OpenAPI/CloudFormation/SAM file; then the handlers of
each code folder (its functions share parsed files). The tasks are dealt to N
workers, largest first, and what the workers send back (pickled) is merged here in
the serial order, so the report is the one ``--jobs 1`` gives (tests/test_parallel.py
compares them byte for byte). On Linux the workers are forked, so they start with
corslint imported; elsewhere they are started as the platform does (spawn).

A worker that fails (killed, or a result that cannot be pickled) makes the run return
None and the caller does the work itself: ``--jobs`` never changes what is reported.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from corslint.config import Config
from corslint.discovery import Inputs
from corslint.loaders import reads
from corslint.model import Function, LoadResult, Unchecked

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

# A task: (its place in the serial order, its kind, its path).
Task = tuple[int, str, Path]

# What a worker imports for a kind of task. Imported here before forking, so that
# workers share the imports instead of each doing them again.
_MODULES = {
    "terraform": ("corslint.loaders.terraform",),
    "serverless": ("corslint.loaders.serverless", "corslint.loaders.yamljson",
                   "corslint.loaders.cloudformation"),
    "data": ("corslint.loaders.openapi", "corslint.loaders.cloudformation",
             "corslint.loaders.sam", "corslint.loaders.yamljson", "corslint.loaders.jsonpos"),
    "nodejs": ("corslint.handlers.node", "tree_sitter", "tree_sitter_javascript",
               "tree_sitter_typescript"),
}


def load_in_workers(
    inputs: Inputs, config: Config, cwd: Path, jobs: int
) -> list[LoadResult] | None:
    """The loaders' results for ``inputs`` in the serial order, computed by ``jobs``
    workers; None if there is at most one task or a worker failed."""
    from corslint.loaders.terraform import terraform_roots

    try:
        roots = terraform_roots(inputs.terraform, cwd) if inputs.terraform else []
    except Exception:  # the serial run reports it as the Terraform loader's error
        return None
    tasks: list[Task] = [(i, "terraform", root) for i, root in enumerate(roots)]
    tasks += [(len(tasks) + i, "serverless", path) for i, path in enumerate(inputs.serverless)]
    tasks += [(len(tasks) + i, "data", path) for i, path in enumerate(inputs.data)]
    if len(tasks) < 2:
        return None
    sizes = _folder_sizes(inputs.terraform)
    weights = [sizes.get(path, 0) if kind == "terraform" else _size(path)
               for _, kind, path in tasks]
    batches = [[tasks[i] for i in batch] for batch in _deal(weights, jobs)]
    _import_for({kind for _, kind, _ in tasks})
    done = _run(_load_batch, [(batch, inputs.terraform, config, cwd) for batch in batches])
    if done is None:
        return None
    results: list[LoadResult | None] = [None] * len(tasks)
    for placed, read in done:
        for index, result in placed:
            results[index] = result
        for path in read:
            reads.note(path)
    return [result or LoadResult() for result in results]


def analyse_in_workers(
    functions: dict[str, Function], cwd: Path, parsed: dict[Path, Any], jobs: int
) -> list[Unchecked] | None:
    """``handlers.analyse_functions`` over ``jobs`` workers: sets each function's
    behaviour and returns what could not be checked, in the serial order; None (and
    nothing set) if the functions are in fewer than two code folders or a worker
    failed."""
    groups: dict[str, list[str]] = {}  # functions of one code folder share parsed files
    for key, function in functions.items():
        groups.setdefault(str(function.code), []).append(key)
    members = list(groups.values())
    if len(members) < 2:
        return None
    batches = _deal([len(keys) for keys in members], jobs)
    runtimes = {str(f.runtime) for f in functions.values()}
    _import_for({"nodejs"} if any(r.startswith("nodejs") for r in runtimes) else set())
    done = _run(_analyse_batch, [
        ({key: functions[key] for i in batch for key in members[i]}, cwd)
        for batch in batches
    ])
    if done is None:
        return None
    answers: dict[str, tuple[Any, list[Unchecked]]] = {}
    for answered, files in done:
        answers.update(answered)
        parsed.update(dict.fromkeys(files))
    unchecked: list[Unchecked] = []
    for key in functions:
        behaviour, skipped = answers[key]
        functions[key].behaviour = behaviour
        unchecked += skipped
    return unchecked


# ------------------------------------------------------------------ workers


def _load_batch(
    batch: list[Task], terraform: list[Path], config: Config, cwd: Path
) -> tuple[list[tuple[int, LoadResult]], set[str]]:
    """In a worker: load a batch of tasks; each result with its place, and the files read."""
    from corslint.loaders import load_file, load_terraform_inputs

    roots = [(index, path) for index, kind, path in batch if kind == "terraform"]
    with reads.recording() as read:
        placed = list(zip(
            [index for index, _ in roots],
            load_terraform_inputs(terraform, config, cwd, [path for _, path in roots]),
            strict=True,
        )) if roots else []
        placed += [(index, load_file(kind, path, config, cwd))
                   for index, kind, path in batch if kind != "terraform"]
    return placed, set(read)


def _analyse_batch(
    functions: dict[str, Function], cwd: Path
) -> tuple[dict[str, tuple[Any, list[Unchecked]]], list[Path]]:
    """In a worker: analyse these functions' handlers; each behaviour with what could
    not be checked, and the handler files parsed."""
    from corslint.handlers import analyse_one
    from corslint.handlers.locate import FileSystem

    parsed: dict[Path, Any] = {}
    fs = FileSystem()
    answered = {}
    for key, function in functions.items():
        skipped = analyse_one(function, cwd, parsed, fs)
        answered[key] = (function.behaviour, skipped)
    return answered, list(parsed)


# ------------------------------------------------------------------ the pool


def _deal(weights: Sequence[int], jobs: int) -> list[list[int]]:
    """The indexes of ``weights`` in at most ``jobs`` batches of about equal weight,
    dealt largest first; each batch in index order."""
    count = min(jobs, len(weights))
    batches: list[list[int]] = [[] for _ in range(count)]
    loads = [0] * count
    for i in sorted(range(len(weights)), key=lambda i: (-weights[i], i)):
        lightest = loads.index(min(loads))
        batches[lightest].append(i)
        loads[lightest] += weights[i]
    return [sorted(batch) for batch in batches]


def _run(work: Callable[..., Any], calls: list[tuple[Any, ...]]) -> list[Any] | None:
    """``work(*call)`` for each call, one worker process each; None if a worker failed."""
    try:
        if sys.platform.startswith("linux"):
            return _forked(work, calls)
        return _pooled(work, calls)
    except Exception:  # a dead worker, pickling, a bug: the serial run does it, or says why
        return None


def _forked(work: Callable[..., Any], calls: list[tuple[Any, ...]]) -> list[Any]:
    """One forked child per call, its result pickled back through a pipe. Lighter than a
    ``ProcessPoolExecutor`` (importing ``concurrent.futures`` and ``multiprocessing``
    alone is 30 ms), which a small run notices."""
    import pickle
    import signal

    children: list[tuple[int, int]] = []
    try:
        for call in calls:
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: never returns into the parent's frames
                code = 1
                try:
                    os.close(read_end)
                    with os.fdopen(write_end, "wb") as out:
                        pickle.dump(work(*call), out, protocol=pickle.HIGHEST_PROTOCOL)
                    code = 0
                finally:
                    os._exit(code)
            os.close(write_end)
            children.append((pid, read_end))
        results = []
        while children:
            pid, read_end = children.pop(0)
            try:
                with os.fdopen(read_end, "rb") as source:
                    data = source.read()
            finally:
                status = os.waitpid(pid, 0)[1]
            if status != 0:
                raise ChildProcessError(f"worker {pid} failed")
            results.append(pickle.loads(data))
        return results
    finally:
        for pid, read_end in children:  # after a failure: stop and reap the others
            os.close(read_end)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def _pooled(work: Callable[..., Any], calls: list[tuple[Any, ...]]) -> list[Any]:
    """The same with the platform's way of starting processes (spawn on macOS, Windows)."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(_unpack, [(work, call) for call in calls]))


def _import_for(kinds: set[str]) -> None:
    from contextlib import suppress
    from importlib import import_module

    for kind in sorted(kinds):
        for name in _MODULES.get(kind, ()):
            with suppress(ImportError):  # an optional part not installed: the worker says so
                import_module(name)


def _unpack(job: tuple[Callable[..., Any], tuple[Any, ...]]) -> Any:
    work, call = job
    return work(*call)


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _folder_sizes(files: list[Path]) -> dict[Path, int]:
    """Bytes of configuration per folder (a root's weight; modules are not counted)."""
    sizes: dict[Path, int] = {}
    for f in files:
        folder = Path(os.path.normpath(f)).parent
        sizes[folder] = sizes.get(folder, 0) + _size(f)
    return sizes
