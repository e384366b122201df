"""Session fixture: one headless Chromium for every browser test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from browser.harness import Chromium, find_chromium


@pytest.fixture(scope="session")
def chromium() -> Iterator[Chromium]:
    """A running headless Chromium; skips when none is installed."""
    binary = find_chromium()
    if binary is None:
        pytest.skip("chromium is not installed (CI: apt-get install -y chromium; or set $CHROMIUM)")
    with Chromium(binary) as browser:
        yield browser
