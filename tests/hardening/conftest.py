"""Hardening tests: report how many malformed-input cases ran, whatever the -s/-q flags."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from hardening_counts import COUNTS  # noqa: E402


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ARG001
    fuzz = {k[5:]: v for k, v in COUNTS.items() if k.startswith("fuzz:") and not k.startswith("fuzz:kind:")}
    if fuzz:
        from fuzz_harness import DEFECTS

        terminalreporter.write_sep("-", "hardening: fuzz cases (timeout per case)")
        terminalreporter.write_line(f"{sum(fuzz.values())} fuzz cases: " + ", ".join(
            f"{k} {fuzz.get(k, 0)}" for k in ("loaded", "failed_clearly", *DEFECTS)))
        kinds = ", ".join(f"{k[10:]} {v}" for k, v in sorted(COUNTS.items()) if k.startswith("fuzz:kind:"))
        terminalreporter.write_line(f"by mutation: {kinds}")
    if "succeeded" not in COUNTS and "failed_clearly" not in COUNTS:
        return
    total = COUNTS["succeeded"] + COUNTS["failed_clearly"]
    terminalreporter.write_sep("-", "hardening: malformed-input builds")
    terminalreporter.write_line(
        f"{total} malformed-input builds ran: {COUNTS['succeeded']} succeeded with reconciled counts, "
        f"{COUNTS['failed_clearly']} failed with a clear message and the previous warehouse untouched")
    kinds = ", ".join(f"{k[5:]} {v}" for k, v in sorted(COUNTS.items()) if k.startswith("kind:"))
    if kinds:
        terminalreporter.write_line(f"by mutation: {kinds}")
