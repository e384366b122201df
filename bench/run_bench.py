#!/usr/bin/env python3
"""Time `corslint check` on generated corpora and on fixtures/ (not a test).

Generates the corpora with ../shared/bench/gen_corpus.py (5 and 500 APIs,
seed 1) into a temporary directory, then times whole processes, start-up
included: median of N runs after one warm-up, wall seconds, files/s and peak
RSS, next to a bare `python -c pass` measured in the same run. For each corpus:
a cold run (`--no-cache`), the same with `--jobs 2`, a warm re-run (cache
primed, nothing changed), and recall/precision against the corpus's EXPECTED.json.
Peak RSS is that of the largest single process (a `--jobs 2` run has up to three
at a time). With `--checkov`, checkov 3.x is installed in a throwaway venv and
timed on the same corpora.

    python3 bench/run_bench.py [--runs 5] [--large-apis 500] [--corslint "corslint"]
                               [--checkov] [--skip-large]

Bytecode: the child processes get PYTHONPYCACHEPREFIX (a temporary folder) and
no PYTHONDONTWRITEBYTECODE, so start-up is measured as an installed corslint
sees it (compiled .pyc), not recompiling every module on every run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
GEN = REPO.parent / "shared" / "bench" / "gen_corpus.py"
CHECKOV_VENV = Path(tempfile.gettempdir()) / "checkov-venv"
CHECKOV_ARGS = ["--framework", "terraform,cloudformation,serverless,openapi", "--quiet",
                "--compact", "--skip-download", "-o", "json"]

PEAK_PROBE = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def child_env(pycache: Path) -> dict[str, str]:
    """The environment of timed processes: compiled bytecode kept in ``pycache``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], cwd: Path, runs: int, env: dict[str, str]) -> tuple[float, float, float]:
    """Median wall and CPU seconds over ``runs`` after one warm-up, and the peak RSS (MiB).

    CPU seconds (user + system, worker processes included) are the steadier figure on
    a busy machine. ``runs`` == 0: one run, no warm-up, timed through the RSS probe
    (for runs of a minute or more).
    """
    if runs == 0:
        start, cpu = time.perf_counter(), _cpu()
        probe = subprocess.run([sys.executable, "-c", PEAK_PROBE, *cmd], cwd=cwd,
                               capture_output=True, text=True, env=env)
        wall, used = time.perf_counter() - start, _cpu() - cpu
        return wall, used, int(probe.stdout.strip() or 0) / 1024
    walls, cpus = [], []
    for i in range(runs + 1):
        start, cpu = time.perf_counter(), _cpu()
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        if i:
            walls.append(time.perf_counter() - start)
            cpus.append(_cpu() - cpu)
    probe = subprocess.run([sys.executable, "-c", PEAK_PROBE, *cmd], cwd=cwd,
                           capture_output=True, text=True, env=env)
    peak = int(probe.stdout.strip() or 0) / 1024
    return statistics.median(walls), statistics.median(cpus), peak


def report(cwd: Path, corslint: list[str], env: dict[str, str]) -> dict[str, object]:
    out = subprocess.run([*corslint, "check", ".", "--format", "json", "--no-cache"],
                         cwd=cwd, capture_output=True, text=True, env=env)
    return json.loads(out.stdout)


def score(corpus: Path, findings: list[dict[str, object]]) -> str:
    """Recall of planted defects and the findings EXPECTED.json does not explain."""
    expected_file = corpus / "EXPECTED.json"
    if not expected_file.exists():
        return "-"
    expected = json.loads(expected_file.read_text())
    found = {(f["rule"], f["file"]) for f in findings}
    planted = [e for e in expected["expected"] if e["planted"]]
    hits = sum((e["rule"], e["file"]) in found for e in planted)
    explained = {(e["rule"], e["file"]) for e in expected["expected"]}
    # a handler finding is explained by the same rule expected in the same API folder
    folders = {(e["rule"], "/".join(e["file"].split("/")[:2])) for e in expected["expected"]}
    other = [f for f in findings if (f["rule"], f["file"]) not in explained
             and (f["rule"], "/".join(str(f["file"]).split("/")[:2])) not in folders]
    return f"recall {hits}/{len(planted)}, other findings {len(other)}"


Row = tuple[str, str, float, float, str, str, str]


def add(rows: list[Row], row: Row) -> None:
    """Keep a result row and show it at once on stderr (long runs)."""
    rows.append(row)
    print("  ".join(str(x) for x in row), file=sys.stderr, flush=True)


def checkov_cmd() -> list[str] | None:
    """checkov 3.x in a throwaway venv (installed on first use), or None if that fails."""
    exe = CHECKOV_VENV / "bin" / "checkov"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(CHECKOV_VENV)], check=True)
        done = subprocess.run([str(CHECKOV_VENV / "bin" / "pip"), "install", "-q", "checkov>=3,<4"])
        if done.returncode:
            return None
    return [str(exe), "-d", "."] + CHECKOV_ARGS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large-apis", type=int, default=500)
    parser.add_argument("--skip-large", action="store_true", help="Only fixtures/ and the small corpus.")
    parser.add_argument("--checkov", action="store_true", help="Also time checkov 3.x (throwaway venv).")
    parser.add_argument("--corslint", default=f"{shlex.quote(sys.executable)} -m corslint")
    args = parser.parse_args()
    corslint = shlex.split(args.corslint)
    checkov = checkov_cmd() if args.checkov else None
    rows: list[Row] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(Path(tmp) / "pycache")
        bare, bare_cpu, _ = timed([sys.executable, "-c", "pass"], REPO, args.runs, env)
        add(rows, ("python -c pass", "-", bare, bare_cpu, "-", "-", ""))
        fixtures = Path(tmp) / "fixtures"
        shutil.copytree(REPO / "fixtures", fixtures)  # the cache must not write into the repo
        targets = [("fixtures/", fixtures)]
        sizes = [("small (5 APIs)", 5)]
        if not args.skip_large:
            sizes.append((f"large ({args.large_apis} APIs)", args.large_apis))
        for name, apis in sizes:
            out = Path(tmp) / f"corpus-{apis}"
            subprocess.run([sys.executable, str(GEN), str(out), "--apis", str(apis), "--seed", "1"],
                           check=True, stdout=subprocess.DEVNULL)
            targets.append((name, out))
        for name, cwd in targets:
            data = report(cwd, corslint, env)
            files = int(data["summary"]["files"])  # type: ignore[index]
            notes.append(f"{name}: {score(cwd, data['findings'])}")  # type: ignore[arg-type]
            runs = 0 if name.startswith("large") else args.runs
            shutil.rmtree(cwd / ".corslint_cache", ignore_errors=True)
            # one long run: a first run that also writes the cache; several: --no-cache each time
            cold_cmd = [*corslint, "check", ".", "--format", "json"] + (["--no-cache"] if runs else [])
            cold, cold_cpu, peak = timed(cold_cmd, cwd, runs, env)
            add(rows, (f"{name} cold", str(files), cold, cold_cpu, f"{files / cold:,.0f}", f"{peak:.0f}", ""))
            two = [*corslint, "check", ".", "--format", "json", "--no-cache", "--jobs", "2"]
            cold2, cold2_cpu, peak2 = timed(two, cwd, runs, env)
            add(rows, (f"{name} cold --jobs 2", str(files), cold2, cold2_cpu, f"{files / cold2:,.0f}",
                       f"{peak2:.0f}", f"{cold / cold2:.2f}x --jobs 1"))
            warm, warm_cpu, wpeak = timed([*corslint, "check", ".", "--format", "json"], cwd, args.runs, env)
            add(rows, (f"{name} warm", str(files), warm, warm_cpu, f"{files / warm:,.0f}", f"{wpeak:.0f}",
                         f"{warm / bare:.1f}x bare, {100 * warm / cold:.1f}% of cold"))
            if checkov is not None and name != "fixtures/":
                wall, cpu, cpeak = timed(checkov, cwd, 0 if runs == 0 else 1, env)
                add(rows, (f"{name} checkov", "-", wall, cpu, "-", f"{cpeak:.0f}", f"corslint {wall / cold:.1f}x faster"))
    print(f"{'run':<28} {'files':>6} {'wall s':>8} {'CPU s':>8} {'files/s':>9} {'peak MiB':>9}  note")
    for name, files_s, wall, cpu, rate, peak_s, note in rows:
        print(f"{name:<28} {files_s:>6} {wall:>8.3f} {cpu:>8.3f} {rate:>9} {peak_s:>9}  {note}")
    print()
    for note in notes:
        print(note)
    print(f"\npython {sys.version.split()[0]}, {os.cpu_count()} CPUs; median of {args.runs} runs "
          "after 1 warm-up (large corpus: 1 run, no warm-up; checkov: 1 run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
