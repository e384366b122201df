"""Hypothesis profiles for the fuzz tests: ``ci`` (default, bounded) and ``long``.

Select with ``HYPOTHESIS_PROFILE=long`` (``FUZZ_EXAMPLES`` sets its examples per test). No example database is written into
the tree (other runs share it); failures print their reproducing example.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = dict(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile("ci", max_examples=20, **_COMMON)
settings.register_profile("long", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "5000")), **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
