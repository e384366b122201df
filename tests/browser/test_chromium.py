"""corslint.browser must say what Chromium does, row by row, message by message."""

from __future__ import annotations

import pytest

from browser.harness import Chromium, Observed, Row, corslint_verdict, deprecations, run_rows
from browser.rows import ROWS
from corslint.browser import needs_preflight

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def observed(chromium: Chromium) -> dict[str, Observed]:
    """Every row, run once in Chromium."""
    return {o.id: o for o in run_rows(chromium, ROWS)}


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.id}:{r.note}" for r in ROWS])
def test_row_matches_chromium(chromium: Chromium, observed: dict[str, Observed], row: Row) -> None:
    seen = observed[row.id]
    request, verdict = corslint_verdict(chromium, row, seen.url)
    assert len(seen.errors) <= 1, seen.errors
    chrome = (seen.allowed, seen.preflight_sent, seen.errors[0] if seen.errors else None)
    assert (verdict.allowed, needs_preflight(request), verdict.message) == chrome
    assert verdict.preflight == seen.preflight_sent


def test_wildcard_authorization_deprecation(chromium: Chromium) -> None:
    """Chromium flags ``*`` covering Authorization exactly where corslint warns."""
    picked = [
        r
        for r in ROWS
        if r.note.startswith("headers acah=")
        and " req=auth+key " not in r.note
        and not r.credentials
    ]
    warned = 0
    for row in picked:
        chromium.reload()
        (seen,) = run_rows(chromium, [row])
        flagged = "AuthorizationCoveredByWildcard" in deprecations(chromium)
        warnings = corslint_verdict(chromium, row, seen.url)[1].warnings
        expected = "authorization-covered-by-wildcard" in warnings
        assert flagged == expected, row.note
        warned += expected
    assert warned
