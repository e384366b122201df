"""The whole-run cache (.corslint_cache/): hits, misses, corruption, imports on a hit."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corslint import cache

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "fixtures" / "fastapi-terraform"
HEAVY = ("yaml", "hcl2", "lark", "corslint.rules", "corslint.handlers", "boto3",
         "corslint.loaders.terraform", "tree_sitter")

# Runs `corslint check . --format json` in-process, then prints the heavy modules it imported.
PROBE = (
    "import sys\n"
    "from corslint.cli import main\n"
    "try:\n"
    "    main(['check', '.', '--format', 'json', *sys.argv[1:]])\n"
    "except SystemExit:\n"
    "    pass\n"
    f"print('IMPORTED', sorted(m for m in sys.modules if m.startswith({HEAVY!r})))\n"
)


def check(cwd: Path, *args: str) -> tuple[dict[str, object], list[str]]:
    """The JSON report of one run in a fresh process, and the heavy modules it imported."""
    out = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=cwd,
                         capture_output=True, text=True, check=True).stdout
    body, _, imported = out.rpartition("IMPORTED ")
    return json.loads(body), eval(imported)  # noqa: S307 - a list literal we printed


@pytest.fixture
def project(tmp_path: Path) -> Path:
    dest = tmp_path / "project"
    shutil.copytree(FIXTURE, dest)
    return dest


def entries(project: Path) -> list[Path]:
    return sorted((project / cache.CACHE_DIR).glob("run-*.json"))


def test_warm_run_replays_the_report_without_parsers(project: Path) -> None:
    cold, imported_cold = check(project)
    assert "corslint.loaders.terraform" in imported_cold
    assert len(entries(project)) == 1
    assert (project / cache.CACHE_DIR / ".gitignore").read_text().strip().endswith("*")
    warm, imported_warm = check(project)
    assert warm == cold
    assert imported_warm == []


def test_no_cache_neither_reads_nor_writes(project: Path) -> None:
    check(project, "--no-cache")
    assert not (project / cache.CACHE_DIR).exists()


def test_changed_input_is_a_miss(project: Path) -> None:
    cold, _ = check(project)
    main_tf = project / "main.tf"
    main_tf.write_text(main_tf.read_text() + '\nresource "aws_s3_bucket" "x" {}\n')
    again, imported = check(project)
    assert "corslint.loaders.terraform" in imported
    assert len(entries(project)) == 2
    assert again["summary"] == cold["summary"]


def test_changed_handler_is_a_miss(project: Path) -> None:
    check(project)
    handler = project / "app" / "main.py"
    handler.write_text(handler.read_text() + "\n# edited\n")
    _, imported = check(project)
    assert "corslint.handlers" in imported


def test_new_file_in_a_handler_folder_is_a_miss(project: Path) -> None:
    check(project)
    (project / "app" / "helpers.py").write_text("X = 1\n")
    _, imported = check(project)
    assert "corslint.loaders.terraform" in imported


def test_damaged_entry_is_ignored_and_rewritten(project: Path) -> None:
    cold, _ = check(project)
    [entry] = entries(project)
    for junk in ("", "{not json", '{"key": 1}', json.dumps({"key": entry.stem[4:], "read": {},
                                                           "report": {"findings": [1]}})):
        entry.write_text(junk)
        again, imported = check(project)
        assert again == cold
        assert "corslint.loaders.terraform" in imported
        assert json.loads(entry.read_text())["key"] == entry.stem[4:]


def test_unwritable_cache_folder_is_skipped(project: Path) -> None:
    (project / cache.CACHE_DIR).write_text("a file where the folder should be")
    report, _ = check(project)
    assert report["summary"]["files"] == 1


def test_old_entries_are_pruned(tmp_path: Path) -> None:
    folder = tmp_path / cache.CACHE_DIR
    folder.mkdir()
    for i in range(cache.KEEP + 3):
        (folder / f"run-{i}.json").write_text("{}")
    cache._prune(folder)
    assert len(list(folder.glob("run-*.json"))) == cache.KEEP


def test_key_depends_on_config_and_code(project: Path) -> None:
    from corslint.config import Config

    first = cache.run_key([Path(".")], Config(base_dir=project), project)
    assert first == cache.run_key([Path(".")], Config(base_dir=project), project)
    assert first != cache.run_key([Path(".")], Config(base_dir=project, select=("CORS001",)), project)


def test_entry_naming_files_outside_the_project_is_a_miss(project: Path) -> None:
    cold, _ = check(project)
    [entry] = entries(project)
    data = json.loads(entry.read_text())
    data["read"] = {"/dev/zero": "-", **data["read"]}
    entry.write_text(json.dumps(data))
    again, imported = check(project)
    assert again == cold
    assert "corslint.loaders.terraform" in imported


MODULE_MAIN = '''resource "aws_api_gateway_gateway_response" "d4" {
  rest_api_id   = var.api_id
  response_type = "DEFAULT_4XX"
  response_parameters = {
    "gatewayresponse.header.Access-Control-Allow-Origin" = "'https://app.example.com'"
  }
}
variable "api_id" {}
'''


def _call_module(project: Path, source: str) -> None:
    main_tf = project / "main.tf"
    main_tf.write_text(main_tf.read_text() + (
        f'\nmodule "responses" {{\n  source = "{source}"\n'
        "  api_id = aws_api_gateway_rest_api.journal.id\n}\n"))


@pytest.mark.parametrize("where", ["vendored", "outside"])
def test_edited_module_outside_the_inputs_is_a_miss(project: Path, where: str) -> None:
    """A module under .terraform/ (discovery skips it) or beside the linted folder."""
    if where == "vendored":
        folder = project / ".terraform" / "modules" / "responses"
        (project / ".terraform" / "modules" / "modules.json").parent.mkdir(parents=True)
        (project / ".terraform" / "modules" / "modules.json").write_text(json.dumps(
            {"Modules": [{"Key": "responses", "Dir": ".terraform/modules/responses"}]}))
        _call_module(project, "registry.example.com/acme/responses/aws")
    else:
        folder = project.parent / "shared-modules" / "responses"
        _call_module(project, "../shared-modules/responses")
    folder.mkdir(parents=True)
    (folder / "main.tf").write_text(MODULE_MAIN)
    first, _ = check(project)
    (folder / "main.tf").write_text(MODULE_MAIN.replace("'https://app.example.com'", "'*'"))
    second, imported = check(project)
    assert "corslint.loaders.terraform" in imported  # not replayed from the cache
    assert first != second
    assert check(project)[0] == second


def test_edited_file_function_target_is_a_miss(project: Path) -> None:
    """``file()``/``templatefile()`` read files discovery does not list (here a .tpl)."""
    (project / "responses.tpl").write_text("'https://app.example.com'")
    main_tf = project / "main.tf"
    main_tf.write_text(main_tf.read_text() + (
        '\nresource "aws_api_gateway_gateway_response" "d5" {\n'
        "  rest_api_id   = aws_api_gateway_rest_api.journal.id\n"
        '  response_type = "DEFAULT_5XX"\n  response_parameters = {\n'
        '    "gatewayresponse.header.Access-Control-Allow-Origin" = file("responses.tpl")\n'
        "  }\n}\n"))
    first, _ = check(project)
    (project / "responses.tpl").write_text("'*'")
    second, imported = check(project)
    assert "corslint.loaders.terraform" in imported
    assert first != second
