"""City-scale build benchmark (issue 8 target: median <= 5 s). Not a test: run it by hand.

    .venv/bin/python tests/warehouse/bench_city_build.py [-n 5] [--dataset DIR]

Runs `welfare build --warehouse <tmp>/x.duckdb` N times as separate processes (interpreter start,
imports, extension load, build, exit: what a user waits for) and prints each wall time and the
median. Writes only into a temporary directory, never data/processed.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=5)
    ap.add_argument("--dataset", type=Path, default=None)
    args = ap.parse_args()
    welfare = Path(sys.executable).with_name("welfare")
    times = []
    with tempfile.TemporaryDirectory() as d:
        cmd = [str(welfare), "build", "--warehouse", str(Path(d) / "x.duckdb")]
        if args.dataset:
            cmd += ["--dataset", str(args.dataset)]
        for i in range(args.n):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - t0)
            print(f"run {i + 1}: {times[-1]:.2f} s", flush=True)
    print(f"median of {args.n}: {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
