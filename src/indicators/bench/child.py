"""One measured job, run in its own process by the benchmark runner (so peak RSS is its own).

    python -m indicators.bench.child build DATASET WAREHOUSE
    python -m indicators.bench.child baseline DATASET
Prints one JSON line: internal wall seconds and, for builds, seconds per build step.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    kind = argv[0]
    t0 = time.perf_counter()
    if kind == "build":
        from indicators.pipeline import build_warehouse

        report = build_warehouse(Path(argv[1]), Path(argv[2]), quiet=True)
        out = {"seconds": time.perf_counter() - t0, "steps": report.step_seconds,
               "rows_rejected": report.rows_rejected, "table_counts": report.table_counts}
    elif kind == "baseline":
        from indicators.bench.baseline import compute_baseline

        frames = compute_baseline(Path(argv[1]))
        out = {"seconds": time.perf_counter() - t0, "rows": {k: len(v) for k, v in frames.items()}}
    else:
        raise SystemExit(f"unknown job {kind}")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
