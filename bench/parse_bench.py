#!/usr/bin/env python3
"""Time the HCL parse alone: python-hcl2 against corslint's own parser (not a test).

Parses every ``*.tf`` file under CORPUS (already read into memory) with
``hcl2.parses_to_tree`` and with ``corslint.loaders.hclparse.parse``, best of
N rounds each, in one process (parsers already imported), and checks that the
trees are equal. Files the fast parser hands to python-hcl2 are counted.

    python3 bench/parse_bench.py CORPUS [--rounds 5]
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the tests' tree comparison

from tests.loaders.test_hclparse import difference  # noqa: E402


def best(parse, texts: list[str], rounds: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            parse(text)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=pathlib.Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    import hcl2

    from corslint.loaders import hclparse

    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted(args.corpus.rglob("*.tf")) if p.is_file()]
    fast, handed = [], 0
    for text in texts:
        try:
            mine = hclparse.parse(text)
        except hclparse.Fallback:
            handed += 1
            continue
        found = difference(hcl2.parses_to_tree(text), mine)
        if found:
            print(f"DIFFERENT TREE: {found}", file=sys.stderr)
            return 1
        fast.append(text)
    lines = sum(t.count("\n") for t in fast)
    reference = best(hcl2.parses_to_tree, fast, args.rounds)
    ours = best(hclparse.parse, fast, args.rounds)
    print(f"{len(fast)} files, {lines:,} lines (identical trees; {handed} handed to python-hcl2)")
    print(f"python-hcl2  {reference * 1000:8.1f} ms  {lines / reference:10,.0f} lines/s")
    print(f"hclparse     {ours * 1000:8.1f} ms  {lines / ours:10,.0f} lines/s  "
          f"({reference / ours:.1f}x faster)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
