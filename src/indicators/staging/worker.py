"""The resources of one build, staged in-process (the former worker process is retired).

Kept only as the interface today's warehouse steps call (`ResourcesJob`) until the build moves to
the pipeline package, which calls `stage_resources` directly.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from indicators.staging.common import Located, Staged
    from indicators.staging.resolve import Areas


class ResourcesJob:
    """resources.csv staged against the areas once they are known: `provide_areas`, then `result`."""

    parallel = False

    def __init__(self, path: Path, rename: dict[str, str] | None, vocab: dict[str, dict[str, str]],
                 min_bytes: int | None = None) -> None:
        self._args = (path, rename, vocab)
        self._areas: Areas | None = None
        self._result: tuple[Staged, Located] | None = None

    def provide_areas(self, areas: Areas) -> None:
        self._areas = areas

    def result(self) -> tuple[Staged, Located]:
        """(staged resources, the clean rows' located codes)."""
        if self._result is None:
            if self._areas is None:
                raise RuntimeError("ResourcesJob.result() before provide_areas()")
            from indicators.raw.csvfile import read_csv
            from indicators.staging.resolve import locate_rows
            from indicators.staging.tables import stage_resources

            path, rename, vocab = self._args
            st = stage_resources(read_csv(path, rename), self._areas, vocab)
            self._result = st, st.located if st.located is not None else locate_rows(st.clean, self._areas)
        return self._result

    def close(self) -> None:
        pass
