"""The cache fast path: ``corslint.cli.main`` replays a cached ``check`` without click.

Stored reports are printed per output options ("views"); these tests check that a
view is never reused for other options, that the fast path reads the command line
exactly as click does (or leaves it to click), and that a hit imports little.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corslint import cache, cli

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "fixtures" / "fastapi-terraform"
LIGHT = ("click", "corslint.engine", "corslint.model", "corslint.report", "corslint.rules",
         "corslint.loaders", "yaml", "hcl2", "lark", "tree_sitter", "boto3", "typing", "tomllib",
         "hashlib")

# Runs corslint in-process, then prints the modules above that it imported.
PROBE = (
    "import sys\n"
    "from corslint.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "except SystemExit as exc:\n"
    "    code = exc.code\n"
    "sys.stdout.flush()\n"
    f"print('\\nIMPORTED', code, sorted(m for m in sys.modules if m.startswith({LIGHT!r})))\n"
)


def run(cwd: Path, *args: str, env: dict[str, str] | None = None) -> tuple[str, int, list[str]]:
    """stdout, exit code and the LIGHT modules imported by one in-process run."""
    out = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=cwd, capture_output=True,
                         text=True, check=True, env=env).stdout
    body, _, tail = out.rpartition("\nIMPORTED ")
    code, _, imported = tail.partition(" ")
    return body, int(code), eval(imported)  # noqa: S307 - a list literal we printed


@pytest.fixture
def project(tmp_path: Path) -> Path:
    dest = tmp_path / "project"
    shutil.copytree(FIXTURE, dest)
    return dest


def entry(project: Path) -> dict[str, object]:
    [path] = (project / cache.CACHE_DIR).glob("run-*.json")
    return json.loads(path.read_text())


def test_hit_imports_neither_click_nor_the_engine(project: Path) -> None:
    cold, code, imported = run(project, "check", ".", "--format", "json")
    assert "corslint.loaders.terraform" in imported and "click" not in imported
    warm, warm_code, imported = run(project, "check", ".", "--format", "json")
    assert (warm, warm_code) == (cold, code)
    assert imported == []



def test_a_cold_run_imports_neither_typing_nor_dataclasses(tmp_path: Path) -> None:
    """With ``inspect`` they were 8% of a small cold run: annotations stay text, and
    records are ``corslint.record``'s (docs/performance.md). Only tree-sitter, which
    reads Node.js handlers, imports ``typing``; so the run is over the Python ones."""
    projects = tmp_path / "fixtures"
    for name in ("fastapi-terraform", "openapi-console-export", "serverless-invoices",
                 "terraform-http-api", "terraform-rest-orders"):
        shutil.copytree(REPO / "fixtures" / name, projects / name)
    (projects / "template.yaml").write_text((REPO / "fixtures/sam-orders/template.yaml").read_text())
    probe = (
        "import sys\n"
        "from corslint.cli import main\n"
        "try:\n"
        "    main(['check', '.', '--no-cache', '--format', 'json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\nIMPORTED', sorted(m for m in ('typing', 'dataclasses', 'inspect', "
        "'corslint.loaders.terraform', 'corslint.loaders.serverless', 'corslint.loaders.sam', "
        "'corslint.loaders.openapi', 'corslint.handlers.interpret') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=projects, capture_output=True,
                         text=True, check=True).stdout
    imported = out.rpartition("\nIMPORTED ")[2].strip()
    assert imported == str(["corslint.handlers.interpret", "corslint.loaders.openapi",
                            "corslint.loaders.sam", "corslint.loaders.serverless",
                            "corslint.loaders.terraform"])

OPTIONS = [
    ["--format", "json"],
    ["--format", "sarif"],
    ["--format", "github"],
    [],
    ["--quiet"],
    ["--show-unchecked"],
    ["--color"],
    ["--no-color", "-q"],
    ["--fail-on", "never"],
    ["--fail-on=error", "--format", "github"],
    ["--select", "CORS0", "--ignore", "CORS090"],
]


def test_each_output_option_gets_its_own_view(project: Path) -> None:
    expected = {
        i: run(project, "check", ".", "--no-cache", *options)[:2]
        for i, options in enumerate(OPTIONS)
    }
    for i, options in enumerate(OPTIONS):
        # rendered from the stored report (or after a run), then replayed
        assert run(project, "check", ".", *options)[:2] == expected[i], options
        out, code, imported = run(project, "check", ".", *options)
        assert (out, code, imported) == (*expected[i], []), options
    for path in (project / cache.CACHE_DIR).glob("run-*.json"):
        assert 1 <= len(json.loads(path.read_text())["views"]) <= cache.KEEP_VIEWS


def test_baseline_content_is_part_of_the_view(project: Path) -> None:
    baseline = project / "baseline.json"
    run(project, "check", ".", "--write-baseline", str(baseline))
    hidden = run(project, "check", ".", "--format", "json", "--baseline", str(baseline))
    assert json.loads(hidden[0])["findings"] == []
    assert run(project, "check", ".", "--format", "json", "--baseline", str(baseline))[:2] == hidden[:2]
    baseline.write_text(json.dumps({"version": 1, "tool": "corslint", "findings": []}))
    shown, code, _ = run(project, "check", ".", "--format", "json", "--baseline", str(baseline))
    assert (shown, code) == run(project, "check", ".", "--format", "json")[:2]
    assert code == 1 and hidden[1] == 0
    baseline.write_text("{not json")
    proc = subprocess.run([sys.executable, "-m", "corslint", "check", ".", "--baseline",
                           str(baseline)], cwd=project, capture_output=True, text=True)
    assert proc.returncode == 2 and "bad baseline" in proc.stderr


def test_colour_follows_no_color_and_output_file(project: Path) -> None:
    run(project, "check", ".")
    plain = run(project, "check", ".", env={**os.environ, "NO_COLOR": "1"})[0]
    coloured = run(project, "check", ".", "--color")[0]
    assert "\x1b[" in coloured and "\x1b[" not in plain
    out = project / "report.txt"
    run(project, "check", ".", "--color", "-o", str(out))
    assert out.read_text() == coloured
    run(project, "check", ".", "-o", str(out))
    assert out.read_text() == plain


def test_damaged_view_is_rendered_again(project: Path) -> None:
    cold = run(project, "check", ".", "--format", "json")
    [path] = (project / cache.CACHE_DIR).glob("run-*.json")
    data = json.loads(path.read_text())
    data["views"] = {name: [1, "x"] for name in data["views"]}
    path.write_text(json.dumps(data))
    again = run(project, "check", ".", "--format", "json")
    assert again[:2] == cold[:2]
    assert "corslint.loaders.terraform" not in again[2] and "corslint.engine" in again[2]
    assert run(project, "check", ".", "--format", "json")[2] == []


def test_changed_input_is_still_a_miss_for_views(project: Path) -> None:
    run(project, "check", ".", "--format", "json")
    main_tf = project / "main.tf"
    main_tf.write_text(main_tf.read_text().replace("'true'", "'false'"))
    out, code, imported = run(project, "check", ".", "--format", "json")
    assert "corslint.loaders.terraform" in imported
    assert (out, code) == run(project, "check", ".", "--format", "json", "--no-cache")[:2]
    handler = project / "app" / "main.py"
    handler.write_text(handler.read_text().replace("allow_origin_regex=", "allow_origin_regex=None or "))
    out, code, imported = run(project, "check", ".", "--format", "json")
    assert "corslint.loaders.terraform" in imported
    assert (out, code) == run(project, "check", ".", "--format", "json", "--no-cache")[:2]


def test_same_outcome_with_and_without_click(project: Path) -> None:
    """Usage errors, help and odd lines go to click; the rest prints what click would."""
    run(project, "check", ".")
    (project / "bad.toml").write_text("[tool.corslint]\nnope = 1\n")
    (project / "bad.json").write_text("{}")
    for args in (["--no-cache"], ["-qj2"], ["--", "."], ["--help"], ["--jobs", "0"],
                 ["--format", "yaml"], ["--config", "missing.toml"], ["--var", "novalue"],
                 ["--config", "bad.toml"], ["--select", "NOPE"], ["--baseline", "bad.json"],
                 ["--write-baseline", "b.json"], ["--baseline", "b.json", "--no-cache"],
                 ["--var", "x=1", "--config", "bad.toml"], ["--output", "."]):
        fast = subprocess.run([sys.executable, "-m", "corslint", "check", ".", *args],
                              cwd=project, capture_output=True, text=True)
        slow = subprocess.run([sys.executable, "-c", "from corslint.commands import main; main()",
                               "check", ".", *args], cwd=project, capture_output=True, text=True)
        name = "python -m corslint"  # the program name in usage and help texts
        assert fast.returncode == slow.returncode, args
        assert fast.stdout.replace(name, "-c") == slow.stdout, args
        assert fast.stderr.replace(name, "-c") == slow.stderr, args


@pytest.mark.parametrize("args", [
    ["check"],
    ["check", ".", "x", "--format", "json", "-q", "--no-color", "--show-unchecked"],
    ["check", "--format=sarif", "--color", "--select", "CORS001,CORS002", "--select", "x"],
    ["check", "--ignore", "a", "--fail-on", "info", "--frontend-origin", "https://a.b"],
    ["check", "--var", "a=b", "--var=c==d", "--var-file", "v.tfvars", "--stage", "prod"],
    ["check", "-j", "3", "--jobs=64", "--format", "github", "--format", "text"],
    ["check", "-o", "out.txt", "--output=other.txt", "--quiet", "--color", "--no-color"],
    ["check", "--config", "corslint.toml", "--baseline", "corslint.toml", "."],
    ["check", "--jobs", "65"],
    ["check", "--jobs", "x"],
    ["check", "--format", "JSON"],
    ["check", "--fail-on", "fatal"],
    ["check", "--config", "."],
    ["check", "--baseline", "missing.json"],
    ["check", "-o", "."],
    ["check", "--stage", "-x"],
    ["check", "--stage"],
    ["check", "--stage="],
    ["check", "-"],
    ["check", "--write-baseline", "b.json"],
    ["check", "--no-cache"],
    ["check", "--unknown"],
    ["check", "-q5"],
    ["--version"],
    ["rules"],
    [],
])
def test_fast_parse_matches_click(args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """parse_check gives what click gives, or leaves the command line to click."""
    import click

    from corslint.commands import check

    monkeypatch.chdir(tmp_path)
    (tmp_path / "corslint.toml").write_text("")
    fast = cli.parse_check(args)
    if args[:1] != ["check"]:
        assert fast is None
        return
    try:
        with check.make_context("check", args[1:]) as ctx:
            params = ctx.params
    except click.exceptions.Exit:  # --help
        params = None
    except click.UsageError:
        params = None
    if fast is not None:
        assert fast == params
    else:
        assert params is None or any(
            a in ("--no-cache", "--write-baseline", "-") or a.startswith(("--stage", "-q5"))
            for a in args
        ), "the fast path should handle this plain command line"
