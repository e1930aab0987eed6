"""Staging and locating a large resources file in a second process.

On a 2-core machine the build's two longest independent paths are resources (read, validate,
point-in-polygon) and areas → 町内会 → crosswalk derivation; run side by side they take the time
of the longer one. The worker starts as soon as dataset.yaml is read: it parses the file while the
build reads the areas, then receives the areas (pickled, on its standard input) for the checks and
point-in-polygon. It calls the same functions as the in-process path (`parse_resources`,
`check_resources`, `locate_rows`), so the result is identical; small files stay in-process, where
starting a Python process would cost more than it saves.
"""
from __future__ import annotations

import pickle
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indicators.gcpolicy import fewer_collections

# The staging modules (pandas, shapely, pyarrow) are imported where they are used: the build
# starts the worker before importing them itself, and the worker parses while they load there.
if TYPE_CHECKING:
    from indicators.staging.common import Located, Staged
    from indicators.staging.resolve import Areas
    from indicators.staging.tables import ParsedResources

# below this file size the resources are staged in-process (the sample city: a few kB)
PARALLEL_MIN_BYTES = 8_000_000


def _area_args(areas: Areas) -> tuple[Any, ...]:
    """What rebuilds an equal `Areas` in another process (its trees are not picklable)."""
    return (areas.district_codes, areas.school_codes, areas.districts, areas.schools,
            areas.storage_crs, areas.metric_crs, areas.tolerance_m)


def _parse(path: Path, rename: dict[str, str] | None) -> ParsedResources:
    """read_csv + parse_resources (the half that needs no areas), in the worker or in-process."""
    from indicators.raw.csvfile import read_csv
    from indicators.staging.tables import parse_resources

    return parse_resources(read_csv(path, rename))


def _check_and_locate(parsed: ParsedResources, areas: Areas, vocab: dict[str, dict[str, str]]) -> tuple[Staged, Located]:
    """check_resources + the clean rows' codes (in the worker or in-process; the municipality
    check has usually located them already)."""
    from indicators.staging.resolve import locate_rows
    from indicators.staging.tables import check_resources

    st = check_resources(parsed, areas, vocab)
    return st, st.located if st.located is not None else locate_rows(st.clean, areas)


class ResourcesJob:
    """The resources of one build: parsed and located in a second Python process when the file is
    large, else in-process on first use. `provide_areas` hands over the areas once they are read.

    The worker is `python -m indicators.staging.worker IN OUT` (arguments and result pickled in a
    temporary folder, the areas on its standard input), not multiprocessing: spawn would re-run
    the caller's unguarded script and a pool waits forever for a worker that crashed.
    """

    def __init__(self, path: Path, rename: dict[str, str] | None, vocab: dict[str, dict[str, str]],
                 min_bytes: int | None = None) -> None:
        self._args = (path, rename, vocab)
        self._areas: Areas | None = None
        self._result: tuple[Staged, Located] | None = None
        self._proc: subprocess.Popen | None = None
        self._feeder: threading.Thread | None = None
        self._dir: tempfile.TemporaryDirectory | None = None
        limit = PARALLEL_MIN_BYTES if min_bytes is None else min_bytes
        self.parallel = path.stat().st_size >= limit
        if self.parallel:
            self._dir = tempfile.TemporaryDirectory(prefix="welfare-worker-")
            d = Path(self._dir.name)
            with open(d / "in.pkl", "wb") as f:
                pickle.dump((path, rename, vocab), f, protocol=pickle.HIGHEST_PROTOCOL)
            with open(d / "stderr.txt", "wb") as err:
                self._proc = subprocess.Popen(
                    [sys.executable, "-m", "indicators.staging.worker", str(d / "in.pkl"), str(d / "out.pkl")],
                    stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=err)

    def provide_areas(self, areas: Areas) -> None:
        """The areas the rows are checked against and located in (once)."""
        self._areas = areas
        if self._proc is not None and self._proc.stdin is not None:
            data = pickle.dumps(_area_args(areas), protocol=pickle.HIGHEST_PROTOCOL)
            stdin = self._proc.stdin

            # a thread: the pipe takes the tens of MB only as fast as the worker reads them
            def feed() -> None:
                try:
                    stdin.write(data)
                    stdin.close()
                except (OSError, ValueError):  # the worker ended (its error is in out.pkl / stderr)
                    pass

            self._feeder = threading.Thread(target=feed, name="welfare-worker-feed", daemon=True)
            self._feeder.start()

    def result(self) -> tuple[Staged, Located]:
        """(staged resources, their located codes); waits for the worker, re-raises its error."""
        if self._result is None:
            if self._areas is None:
                raise RuntimeError("ResourcesJob.result() before provide_areas()")
            if self._proc is not None:
                try:
                    self._result = self._collect()
                finally:
                    self.close()
            else:
                path, rename, vocab = self._args
                self._result = _check_and_locate(_parse(path, rename), self._areas, vocab)
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
            if self._feeder is not None:
                self._feeder.join()
                self._feeder = None
            if self._proc.stdin is not None and not self._proc.stdin.closed:
                try:
                    self._proc.stdin.close()
                except OSError:
                    pass
            self._proc = None
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None


def main(argv: list[str]) -> int:
    """Worker entry: parse, then read the areas from stdin; pickle (True, result) or (False, exception)."""
    with open(argv[0], "rb") as f:
        path, rename, vocab = pickle.load(f)
    with fewer_collections():
        value = _work(path, rename, vocab)
    tmp = Path(argv[1] + ".tmp")
    with open(tmp, "wb") as f:
        pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(argv[1])  # the parent sees a whole file or none
    return 0


def _work(path: Path, rename: dict[str, str] | None, vocab: dict[str, dict[str, str]]) -> tuple[bool, Any]:
    try:
        from indicators.staging.resolve import Areas

        parsed = _parse(path, rename)
        areas = Areas(*pickle.load(sys.stdin.buffer))  # waits until the build has read the areas
        return True, _check_and_locate(parsed, areas, vocab)
    except Exception as exc:  # noqa: BLE001 - handed to the parent, which raises it
        return False, exc


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
