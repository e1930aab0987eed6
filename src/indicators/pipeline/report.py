"""What a build reports: reconciliation per file, rejected rows, step times; and its error."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from indicators.errors import UserError
from indicators.raw.dataset import DatasetConfig


@dataclass
class BuildReport:
    warehouse_path: Path
    dataset_dir: Path
    reconciliation: list[dict[str, Any]] = field(default_factory=list)
    rejected: pd.DataFrame | None = None  # set once every file is staged
    notes: pd.DataFrame | None = None
    table_counts: dict[str, int] = field(default_factory=dict)
    step_seconds: dict[str, float] = field(default_factory=dict)
    wall_seconds: float = 0.0
    skipped: dict[str, str] = field(default_factory=dict)  # step → why it had nothing to do
    plan_counts: dict[str, int] = field(default_factory=dict)
    code_sources: dict[str, dict[str, int]] = field(default_factory=dict)
    meta: DatasetConfig | None = None
    tabular_only: bool = False
    crosswalk_method: str | None = None
    swapped: bool = False
    parquet_staging: Path | None = None
    parquet_files: list[Path] = field(default_factory=list)
    carried: dict[str, int] = field(default_factory=dict)  # table kept from the previous warehouse → rows

    @property
    def rows_rejected(self) -> int:
        return sum(r["rows_rejected"] for r in self.reconciliation)


class BuildError(UserError):
    """A failed build; carries the report so far (reconciliation is still worth printing)."""

    def __init__(self, message: str, report: BuildReport | None = None) -> None:
        super().__init__(message)
        self.report = report
