"""Hostile projects: ``--jobs 2`` reports exactly what ``--jobs 1`` does, errors included."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corslint.config import Config
from corslint.engine import lint

from .kit import mutated_file, plant, scaled, with_known_bad


@pytest.mark.parametrize("kind", ["data", "serverless", "terraform", "python", "node"])
@scaled(0.5)
@given(data=st.data())
def test_jobs_2_reports_what_jobs_1_does(kind: str, data: st.DataObject) -> None:
    path, mutation = data.draw(mutated_file(kind))
    with tempfile.TemporaryDirectory() as tmp:
        project = plant(Path(tmp), path, mutation)
        with_known_bad(project)  # a second input, so there is work to share
        serial = lint([project], Config(), project)
        assert lint([project], Config(), project, jobs=2) == serial
        assert [f.rule for f in serial.findings].count("CORS033") >= 3
