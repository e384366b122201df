"""Parse Terraform files in worker processes (``corslint check --jobs N``)."""

from __future__ import annotations

import multiprocessing
import pathlib
from concurrent.futures import Executor, ProcessPoolExecutor
from functools import partial

from corslint.loaders.hcl import Block
from corslint.model import InputError


def pool(jobs: int) -> ProcessPoolExecutor:
    """Worker processes forked after the HCL parser is built, so none rebuilds it."""
    import hcl2.parser

    hcl2.parser.parser()
    context = multiprocessing.get_context("fork")
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context)


def parse_all(
    files: list[pathlib.Path], cwd: pathlib.Path, executor: Executor | None
) -> dict[pathlib.Path, list[Block] | InputError]:
    """Each file's blocks (or why it cannot be read), in the pool when there is one."""
    from corslint.loaders.terraform import parse_file

    if executor is None or len(files) < 2:
        return {f: parse_file(f, cwd) for f in files}
    return dict(zip(files, executor.map(partial(parse_file, cwd=cwd), files)))
