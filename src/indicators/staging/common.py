"""Shared pieces of staging: the rejected-row collector and the staged-table result."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

REJECT_COLUMNS = ["source_file", "line_number", "column_name", "value", "reason"]
NOTE_COLUMNS = ["source_file", "line_number", "column_name", "value", "note"]


# per area level: (code of the polygon holding each row or None, found mask); see resolve.locate_rows
Located = dict[str, tuple[np.ndarray, np.ndarray]]


@dataclass
class Staged:
    """One input file after validation. rows_read = rows_loaded + rows_rejected always holds."""

    source_file: str
    rows_read: int
    clean: pd.DataFrame
    rejected: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    # the clean rows' point-in-polygon codes, from the municipality check (resolve.locate_rows)
    located: Located | None = None
    encoding: str | None = None  # how a CSV file was decoded (raw.encoding.label), for the build output

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

    def sort_rejected(self) -> None:
        """Line order; a line's reasons stay in the order the checks found them (stable sort)."""
        self.rejected.sort(key=lambda r: -1 if r["line_number"] is None else r["line_number"])

    def drop_lines(self, lines: set[int]) -> None:
        """Remove clean rows whose line was rejected by a later check."""
        if lines and len(self.clean):
            keep = ~self.clean["line_number"].isin(lines).to_numpy()
            self.clean = self.clean[keep].reset_index(drop=True)
            if self.located is not None:  # stays aligned with the clean rows
                self.located = {k: (codes[keep], found[keep]) for k, (codes, found) in self.located.items()}


_STR_DTYPE = pd.Series(["a"]).dtype  # pandas' default dtype for text ("str" in pandas 3)


def text_array(values: np.ndarray) -> Any:
    """An object array of str/None as the column pandas would infer (its default string dtype),
    built by Arrow: pandas' own inference checks every element and costs about three times as
    much per million rows. Anything else (all NULL, other types, no string dtype) is returned
    unchanged, for pandas to type as before."""
    if _STR_DTYPE == object or values.dtype != object or not len(values):
        return values
    if pd.api.types.infer_dtype(values, skipna=True) != "string":
        return values
    return pd.array(pa.array(values, type=pa.large_string(), from_pandas=True), dtype=_STR_DTYPE)


def coded_text(codes: np.ndarray, labels: Sequence[str]) -> Any:
    """`text_array` of labels[codes] (code -1 = None) for a column of a few distinct texts (a
    code's source): decoded by Arrow, with no Python object per row."""
    codes = np.asarray(codes)
    if _STR_DTYPE == object or not len(codes) or (codes < 0).all():
        return text_array(np.array([*labels, None], dtype=object)[codes])  # -1 takes the trailing None
    arr = pa.DictionaryArray.from_arrays(pa.array(codes.astype(np.int32), mask=codes < 0),
                                         pa.array(list(labels), type=pa.large_string()))
    return pd.array(arr.cast(pa.large_string()), dtype=_STR_DTYPE)


def rejects_frame(staged_list: list[Staged]) -> pd.DataFrame:
    rows = [r for s in staged_list for r in s.rejected]
    return pd.DataFrame(rows, columns=REJECT_COLUMNS)


def notes_frame(staged_list: list[Staged]) -> pd.DataFrame:
    rows = [r for s in staged_list for r in s.notes]
    return pd.DataFrame(rows, columns=NOTE_COLUMNS)
