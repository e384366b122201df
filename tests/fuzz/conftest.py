"""Hypothesis profiles for the fuzz tests: ``ci`` (default, bounded) and ``long``.

Long run: ``HYPOTHESIS_PROFILE=long FUZZ_EXAMPLES=5000 pytest tests/fuzz``
(``FUZZ_EXAMPLES``: examples per test; CLI tests take a fraction of it).
``FUZZ_CLI_ARGS="--jobs 2"`` adds options to every CLI run. No example
database is written into the tree; failures print their reproducing blob.
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
