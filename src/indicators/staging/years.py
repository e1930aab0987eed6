"""The fiscal years a build covers: every year any input speaks of, up to `as_of`.

Statistics, resources' opening and closing years and the 支え愛マップ years all count, so a
city whose statistics cover one year still gets coverage trends from its registry. The range
starts no earlier than `first_fy` (dataset.yaml; default four years before as_of_fy), so one
resource opened in 1985 does not add forty years.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

DEFAULT_YEARS_BACK = 4
# (table key, column) pairs whose years set the range; the key is the build's staged-table name
YEAR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("stats", "fiscal_year"),
    ("resources", "opened_fy"),
    ("resources", "closed_fy"),
    ("assocs", "sasaeai_map_fy"),
)


def default_first_fy(as_of_fy: int) -> int:
    return as_of_fy - DEFAULT_YEARS_BACK


def fiscal_year_range(years: Iterable[pd.Series], as_of_fy: int, first_fy: int | None = None) -> tuple[int, int]:
    """(min_fy, max_fy): from the earliest year in `years` (columns, NULLs ignored) but not
    before `first_fy`, to `as_of_fy`. Without any year before as_of_fy the range is that year."""
    first = default_first_fy(as_of_fy) if first_fy is None else int(first_fy)
    earliest = as_of_fy
    for col in years:
        values = pd.to_numeric(col, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        values = values[~np.isnan(values)]
        if len(values):
            earliest = min(earliest, int(values.min()))
    return max(min(earliest, as_of_fy), min(first, as_of_fy)), as_of_fy
