"""Suite-wide checks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _caches() -> set[Path]:
    tops = ("fixtures", "tests", "rules")
    return {p for top in tops for p in (REPO / top).rglob(".corslint_cache")}


@pytest.fixture(scope="session", autouse=True)
def no_cache_written_into_the_repository() -> Iterator[None]:
    """Tests lint repository folders with --no-cache or on a copy: the tree stays clean."""
    before = _caches()
    yield
    written = _caches() - before
    assert not written, f"a test wrote a result cache into the repository: {sorted(written)}"
