#!/usr/bin/env python3
"""Time `corslint check` on generated corpora and on fixtures/ (not a test).

Generates the corpora with ../shared/bench/gen_corpus.py (5 and 500 APIs,
seed 1) into a temporary directory, then times whole processes, start-up
included: median of N runs after one warm-up, wall seconds, files/s and peak
RSS, next to a bare `python -c pass` measured in the same run.

    python3 bench/run_bench.py [--runs 5] [--large-apis 500] [--corslint "corslint"]
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
GEN = REPO.parent / "shared" / "bench" / "gen_corpus.py"


PEAK_PROBE = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def timed(cmd: list[str], cwd: Path, runs: int) -> tuple[float, float]:
    """Median wall seconds over ``runs`` after one warm-up, and the run's peak RSS (MiB)."""
    walls = []
    for i in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if i:
            walls.append(time.perf_counter() - start)
    probe = subprocess.run([sys.executable, "-c", PEAK_PROBE, *cmd], cwd=cwd,
                           capture_output=True, text=True)
    peak = int(probe.stdout.strip() or 0) / 1024
    return statistics.median(walls), peak


def count_files(cwd: Path, corslint: list[str]) -> int:
    out = subprocess.run([*corslint, "check", ".", "--format", "json", "--no-cache"],
                         cwd=cwd, capture_output=True, text=True)
    return int(json.loads(out.stdout)["summary"]["files"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large-apis", type=int, default=500)
    parser.add_argument("--corslint", default=f"{shlex.quote(sys.executable)} -m corslint")
    args = parser.parse_args()
    corslint = shlex.split(args.corslint)
    rows = []
    bare, _ = timed([sys.executable, "-c", "pass"], REPO, args.runs)
    rows.append(("python -c pass", "-", bare, "-", "-"))
    with tempfile.TemporaryDirectory() as tmp:
        targets = [("fixtures/", REPO / "fixtures")]
        for name, apis in (("small (5 APIs)", 5), (f"large ({args.large_apis} APIs)", args.large_apis)):
            out = Path(tmp) / f"corpus-{apis}"
            subprocess.run([sys.executable, str(GEN), str(out), "--apis", str(apis), "--seed", "1"], check=True,
                           stdout=subprocess.DEVNULL)
            targets.append((name, out))
        for name, cwd in targets:
            files = count_files(cwd, corslint)
            wall, peak = timed([*corslint, "check", ".", "--format", "json", "--no-cache"], cwd, args.runs)
            rows.append((name, str(files), wall, f"{files / wall:,.0f}", f"{peak:.0f}"))
    print(f"{'corpus':<22} {'files':>6} {'wall s':>8} {'files/s':>9} {'peak MiB':>9}")
    for name, files, wall, rate, peak in rows:
        print(f"{name:<22} {files:>6} {wall:>8.3f} {rate:>9} {peak:>9}")
    print(f"\npython {sys.version.split()[0]}, {os.cpu_count()} CPUs; median of {args.runs} runs after 1 warm-up")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
