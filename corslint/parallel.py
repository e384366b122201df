"""``--jobs N``: loading and handler analysis in N worker processes.

The work is split into tasks in the order a serial run does it: each Terraform root,
each ``serverless.yml``, each OpenAPI/CloudFormation/SAM file; then each function's
handler. The tasks are dealt to N workers, largest first, and what the workers send
back (pickled) is merged here in the serial order, so the report is the one
``--jobs 1`` gives (tests/test_parallel.py compares them byte for byte). Workers are
forked where the platform allows it (Linux), so they start with corslint imported.

A pool that fails (a worker killed, a result that cannot be pickled) returns None and
the caller does the work itself: ``--jobs`` never changes what is reported.
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


def load_in_workers(
    inputs: Inputs, config: Config, cwd: Path, jobs: int
) -> list[LoadResult] | None:
    """The loaders' results for ``inputs`` in the serial order, computed by ``jobs``
    workers; None if there is at most one task or the pool failed."""
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
    batches = _deal(tasks, weights, jobs)
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
    nothing set) if there are fewer than two functions or the pool failed."""
    keys = list(functions)
    if len(keys) < 2:
        return None
    tasks: list[Task] = [(i, "function", Path()) for i in range(len(keys))]
    batches = _deal(tasks, [1] * len(tasks), jobs)
    done = _run(_analyse_batch, [
        ({keys[i]: functions[keys[i]] for i, _, _ in batch}, cwd) for batch in batches
    ])
    if done is None:
        return None
    answers: dict[str, tuple[Any, list[Unchecked]]] = {}
    for answered, files in done:
        answers.update(answered)
        parsed.update(dict.fromkeys(files))
    unchecked: list[Unchecked] = []
    for key in keys:
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


def _deal(tasks: list[Task], weights: Sequence[int], jobs: int) -> list[list[Task]]:
    """The tasks in at most ``jobs`` batches of about equal weight (largest first)."""
    count = min(jobs, len(tasks))
    batches: list[list[Task]] = [[] for _ in range(count)]
    loads = [0] * count
    dealt = sorted(zip(weights, tasks, strict=True), key=lambda wt: (-wt[0], wt[1][0]))
    for weight, task in dealt:
        lightest = loads.index(min(loads))
        batches[lightest].append(task)
        loads[lightest] += weight
    return [sorted(batch) for batch in batches]


def _run(work: Callable[..., Any], calls: list[tuple[Any, ...]]) -> list[Any] | None:
    """``work(*call)`` for each call, one worker process each; None if the pool failed."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if sys.platform.startswith("linux") else None
    try:
        with ProcessPoolExecutor(
            max_workers=len(calls), mp_context=multiprocessing.get_context(method)
        ) as pool:
            return list(pool.map(_unpack, [(work, call) for call in calls]))
    except Exception:  # a broken pool, pickling, a bug: the serial run does it, or says why
        return None


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
