"""Staging and locating a large resources file in a second process.

On a 2-core machine the build's two longest independent paths are resources (read, validate,
point-in-polygon) and 町内会 → crosswalk derivation; run side by side they take the time of the
longer one. The worker calls the same functions as the in-process path (`stage_resources`,
`locate_rows`), so the result is identical; small files stay in-process, where starting a
Python process would cost more than it saves.
"""
from __future__ import annotations

import pickle
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from indicators.raw.csvfile import read_csv
from indicators.staging.common import Staged
from indicators.staging.resolve import Areas, locate_rows
from indicators.staging.tables import stage_resources

# below this file size the resources are staged in-process (the sample city: a few kB)
PARALLEL_MIN_BYTES = 8_000_000

Located = dict[str, tuple[np.ndarray, np.ndarray]]


def _area_args(areas: Areas) -> tuple[Any, ...]:
    """What rebuilds an equal `Areas` in another process (its trees are not picklable)."""
    return (areas.district_codes, areas.school_codes, areas.districts, areas.schools,
            areas.storage_crs, areas.metric_crs, areas.tolerance_m)


def _stage_and_locate(path: Path, rename: dict[str, str] | None, areas: Areas,
                      vocab: dict[str, dict[str, str]]) -> tuple[Staged, Located]:
    """stage_resources + locate_rows of its clean rows (in the worker or in-process)."""
    st = stage_resources(read_csv(path, rename), areas, vocab)
    return st, locate_rows(st.clean, areas)


def stage_and_locate(path: Path, rename: dict[str, str] | None, area_args: tuple[Any, ...],
                     vocab: dict[str, dict[str, str]]) -> tuple[Staged, Located]:
    """The worker's job: `_stage_and_locate` with the areas rebuilt from `_area_args`."""
    return _stage_and_locate(path, rename, Areas(*area_args), vocab)


class ResourcesJob:
    """The resources of one build: staged in a second Python process when the file is large and the
    areas have polygons (point-in-polygon is the costly part), else in-process on first use.

    The worker is `python -m indicators.staging.worker IN OUT` (arguments and result pickled in a
    temporary folder), not multiprocessing: spawn would re-run the caller's unguarded script and a
    pool waits forever for a worker that crashed.
    """

    def __init__(self, path: Path, rename: dict[str, str] | None, areas: Areas,
                 vocab: dict[str, dict[str, str]], min_bytes: int | None = None) -> None:
        self._args = (path, rename, areas, vocab)
        self._result: tuple[Staged, Located] | None = None
        self._proc: subprocess.Popen | None = None
        self._dir: tempfile.TemporaryDirectory | None = None
        limit = PARALLEL_MIN_BYTES if min_bytes is None else min_bytes
        self.parallel = areas.has_polygons and path.stat().st_size >= limit
        if self.parallel:
            self._dir = tempfile.TemporaryDirectory(prefix="welfare-worker-")
            d = Path(self._dir.name)
            with open(d / "in.pkl", "wb") as f:
                pickle.dump((path, rename, _area_args(areas), vocab), f, protocol=pickle.HIGHEST_PROTOCOL)
            with open(d / "stderr.txt", "wb") as err:
                self._proc = subprocess.Popen(
                    [sys.executable, "-m", "indicators.staging.worker", str(d / "in.pkl"), str(d / "out.pkl")],
                    stdout=subprocess.DEVNULL, stderr=err)

    def result(self) -> tuple[Staged, Located]:
        """(staged resources, their located codes); waits for the worker, re-raises its error."""
        if self._result is None:
            if self._proc is not None:
                try:
                    self._result = self._collect()
                finally:
                    self.close()
            else:
                self._result = _stage_and_locate(*self._args)
        return self._result

    def _collect(self) -> tuple[Staged, Located]:
        assert self._proc is not None and self._dir is not None
        rc = self._proc.wait()
        d = Path(self._dir.name)
        out = d / "out.pkl"
        if rc != 0 or not out.exists():
            err = (d / "stderr.txt").read_text(encoding="utf-8", errors="replace")[-2000:]
            raise RuntimeError(f"resources worker failed (exit {rc}): {err}")
        with open(out, "rb") as f:
            ok, value = pickle.load(f)
        if not ok:
            raise value  # the worker's own error (a UserError names the file and column)
        return value

    def close(self) -> None:
        """Stop the worker if it still runs (a failed build does not wait for it) and remove its files."""
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait()
            self._proc = None
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None


def main(argv: list[str]) -> int:
    """Worker entry: unpickle the arguments, pickle (True, result) or (False, exception)."""
    with open(argv[0], "rb") as f:
        args = pickle.load(f)
    try:
        value: tuple[bool, Any] = (True, stage_and_locate(*args))
    except Exception as exc:  # noqa: BLE001 - handed to the parent, which raises it
        value = (False, exc)
    tmp = Path(argv[1] + ".tmp")
    with open(tmp, "wb") as f:
        pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(argv[1])  # the parent sees a whole file or none
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
