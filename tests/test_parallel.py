"""--jobs N parses Terraform in worker processes and must not change the report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from corslint.config import Config
from corslint.engine import lint
from corslint.loaders.terraform import parse_file
from corslint.model import InputError
from corslint.parallel import parse_all, pool

REPO = Path(__file__).resolve().parent.parent


def as_set(report: object) -> dict[str, object]:
    def key(items: list[object]) -> list[str]:
        return sorted(json.dumps(getattr(i, "__dict__", None) or repr(i), sort_keys=True) for i in items)

    return {
        "findings": key(report.findings),  # type: ignore[attr-defined]
        "errors": key(report.errors),  # type: ignore[attr-defined]
        "unchecked": key(report.unchecked),  # type: ignore[attr-defined]
        "counts": [report.files, report.apis, report.routes],  # type: ignore[attr-defined]
    }


def test_jobs_2_gives_the_same_report_as_jobs_1(tmp_path: Path) -> None:
    shutil.copytree(REPO / "fixtures", tmp_path / "fixtures")
    (tmp_path / "fixtures" / "broken" ).mkdir()
    (tmp_path / "fixtures" / "broken" / "main.tf").write_text('resource "aws_lambda_function" "f" {\n')
    config = Config(base_dir=tmp_path)
    one = lint([Path("fixtures")], config, tmp_path, jobs=1)
    two = lint([Path("fixtures")], config, tmp_path, jobs=2)
    assert one.apis >= 4
    assert any(e.file == "fixtures/broken/main.tf" for e in two.errors)
    assert as_set(one) == as_set(two)


def test_parse_all_matches_parse_file_and_keeps_order(tmp_path: Path) -> None:
    files = sorted((REPO / "fixtures").rglob("*.tf"))
    bad = tmp_path / "bad.tf"
    bad.write_bytes(b"\xff\xfe")
    files.append(bad)
    with pool(2) as executor:
        parsed = parse_all(files, REPO, executor)
    assert list(parsed) == files
    assert isinstance(parsed[bad], InputError)
    for f in files[:-1]:
        assert repr(parsed[f]) == repr(parse_file(f, REPO))
