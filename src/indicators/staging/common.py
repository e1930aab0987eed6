"""Shared pieces of staging: the rejected-row collector and the staged-table result."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from indicators.raw import cells

REJECT_COLUMNS = ["source_file", "line_number", "column_name", "value", "reason"]
NOTE_COLUMNS = ["source_file", "line_number", "column_name", "value", "note"]


@dataclass
class Staged:
    """One input file after validation. rows_read = rows_loaded + rows_rejected always holds."""

    source_file: str
    rows_read: int
    clean: pd.DataFrame
    rejected: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rows_rejected(self) -> int:
        return len({r["line_number"] for r in self.rejected})

    @property
    def rows_loaded(self) -> int:
        return len(self.clean)

    def reject(self, line: int | None, column: str | None, value: Any, reason: str) -> None:
        self.rejected.append(
            {"source_file": self.source_file, "line_number": line, "column_name": column,
             "value": None if value is None else str(value), "reason": reason}
        )

    def note(self, line: int | None, column: str | None, value: Any, note: str) -> None:
        self.notes.append(
            {"source_file": self.source_file, "line_number": line, "column_name": column,
             "value": None if value is None else str(value), "note": note}
        )

    def drop_lines(self, lines: set[int]) -> None:
        """Remove clean rows whose line was rejected by a later check."""
        if lines and len(self.clean):
            self.clean = self.clean[~self.clean["line_number"].isin(lines)].reset_index(drop=True)


PARSERS: dict[str, Callable[[str | None], cells.Cell]] = {
    "int": cells.parse_int,
    "float": cells.parse_float,
    "fy": cells.parse_fiscal_year,
    "text": cells.parse_text,
    "code": cells.parse_code,
}
KIND_LABEL = {"int": "整数", "float": "数値", "fy": "年度（2024 / 令和6年度 / R6 など）", "text": "文字", "code": "コード"}


def parse_record(
    staged: Staged, line: int, rec: dict[str, str], spec: dict[str, str], count_columns: set[str] = frozenset()
) -> tuple[dict[str, Any], list[str], bool]:
    """Parse the columns of `spec` ({column: kind}); returns (values, suppressed columns, ok).

    Invalid values and negative counts are recorded as rejected rows; columns absent from
    the file are NULL. Suppressed cells (X, 秘匿) are NULL and listed.
    """
    values: dict[str, Any] = {}
    suppressed: list[str] = []
    ok = True
    for col, kind in spec.items():
        raw = rec.get(col)
        if raw is None:
            values[col] = None
            continue
        c = PARSERS[kind](raw)
        if c.status == "invalid":
            staged.reject(line, col, raw, f"{KIND_LABEL[kind]}として読めません")
            ok = False
            values[col] = None
            continue
        if c.status == "suppressed":
            suppressed.append(col)
        if col in count_columns and c.value is not None and c.value < 0:
            staged.reject(line, col, raw, "負の値です（人数・件数・重みは 0 以上）")
            ok = False
        values[col] = c.value
    return values, suppressed, ok


def rejects_frame(staged_list: list[Staged]) -> pd.DataFrame:
    rows = [r for s in staged_list for r in s.rejected]
    return pd.DataFrame(rows, columns=REJECT_COLUMNS)


def notes_frame(staged_list: list[Staged]) -> pd.DataFrame:
    rows = [r for s in staged_list for r in s.notes]
    return pd.DataFrame(rows, columns=NOTE_COLUMNS)
