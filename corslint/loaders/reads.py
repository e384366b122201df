"""Files the loaders read beyond the discovered inputs, for the result cache.

A Terraform module under ``.terraform/`` or outside the linted folder, a
``file()``/``templatefile()`` target, a Serverless ``${file(...)}``: editing
any of them changes the report, so the cache must hash them too. Loaders call
``note`` for every path they read (or looked for: a file created later counts
too); ``recording`` collects them for one run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_current: set[str] | None = None


def note(path: Path | str) -> None:
    """Record that a loader read (or looked for) ``path``: a file, or a folder it listed."""
    if _current is not None:
        _current.add(os.path.abspath(path))


@contextmanager
def recording() -> Iterator[set[str]]:
    """Collect the absolute paths ``note`` receives inside the ``with`` block."""
    global _current
    saved, _current = _current, set()
    try:
        yield _current
    finally:
        _current = saved
