"""Malformed-input fuzzing with a timeout per case (fuzz_harness.py): about 50 cases in `make test`,
1,000 or more in the slow tier (`make test-fuzz`, FUZZ_CASES sets the number).

Asserts 0 tracebacks, 0 hangs, 0 rows lost against the harness's own record count, and that every
failed build gave a clear message and left the previous warehouse as it was.
"""
from __future__ import annotations

import os

import pytest
from fuzz_harness import DEFECTS, MUTATIONS, run_cases, summary
from hardening_counts import COUNTS

FAST_CASES = 50


def _run(seeds: range, workers: int = 1) -> None:
    counts, defects = run_cases(seeds, timeout=float(os.environ.get("FUZZ_TIMEOUT", "60")), workers=workers)
    for k, v in counts.items():
        COUNTS[f"fuzz:{k}"] += v
    print(summary(counts))
    assert sum(counts[k] for k in ("loaded", "failed_clearly")) == len(seeds), defects[:20]
    assert not defects and all(counts[d] == 0 for d in DEFECTS), "\n".join(defects[:20])
    # every mutation kind ran (the first len(MUTATIONS) seeds take each kind once)
    assert all(counts[f"kind:{k}"] or any(c.startswith(f"kind:{k}-") for c in counts) for k in MUTATIONS), counts


def test_fuzz_fast() -> None:
    _run(range(FAST_CASES))


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("FUZZ_CASES"), reason="slow tier: make test-fuzz (FUZZ_CASES=1000)")
def test_fuzz_slow() -> None:
    n = int(os.environ["FUZZ_CASES"])
    assert n >= 1  # the fast tier's seeds are included: a slow run repeats and extends them
    _run(range(n), workers=int(os.environ.get("FUZZ_WORKERS", "2")))
