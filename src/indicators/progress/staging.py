"""Validation of `measure_progress.csv` (optional): one row per measure and fiscal year.

Row-wise (a plan has a few hundred measures, a file a few thousand rows at most); bad rows go to
`rejected_rows` with Japanese reasons and the file reconciles read = loaded + rejected like
every contract table.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from indicators.raw import cells
from indicators.raw.csvfile import CsvTable, require_columns
from indicators.staging.common import Staged
from indicators.progress import vocab

FILE = "measure_progress.csv"
COLUMNS = ("measure_id", "fiscal_year", "department", "status", "rating", "achievement", "value", "unit",
           "next_step", "note")
REQUIRED = ["measure_id", "fiscal_year"]
TEXT_COLUMNS = ("department", "achievement", "unit", "next_step", "note")


def stage_measure_progress(table: CsvTable, measure_ids: set[str], as_of: dt.date, as_of_fy: int) -> Staged:
    """Check every row; the clean frame has COLUMNS + line_number (value as float, year as int)."""
    require_columns(table, REQUIRED)
    st = Staged(table.source_file, table.rows_read, pd.DataFrame(), encoding=table.encoding_label)
    for line, n in table.malformed:
        st.reject(line, None, f"{n} 列", f"列数がヘッダー（{len(table.header)} 列）より多い行です")
    for line, col, value, why in table.problems:  # rows the reader refused (e.g. a quote never closed)
        st.reject(line, col, value, why)
    rows: list[dict[str, Any]] = []
    first_line: dict[tuple[str, int], int] = {}
    for line, rec in table.records:
        bad = False

        def reject(col: str, value: Any, reason: str) -> None:
            nonlocal bad
            st.reject(line, col, value, reason)
            bad = True

        mid = cells.parse_code(rec.get("measure_id")).value
        if mid is None:
            reject("measure_id", None, "取組ID（measure_id）が空です")
        elif mid not in measure_ids:
            reject("measure_id", mid, f"取組ID {mid} は計画の取組（plan_measures）にありません")
        raw_fy = rec.get("fiscal_year")
        fy_cell = cells.parse_fiscal_year(raw_fy)
        fy = fy_cell.value if fy_cell.is_value else None
        if fy is None:
            reject("fiscal_year", raw_fy or None,
                   "年度が空です" if fy_cell.status == "null" else "年度として読めません（2024 / 令和6年度 / R6 など）")
        elif fy > as_of_fy:
            reject("fiscal_year", raw_fy, f"年度 {fy} は基準日（as_of {as_of.isoformat()}、{as_of_fy}年度）より後です")
        status = rating = None
        try:
            status = vocab.parse_status(rec.get("status"))
        except ValueError:
            reject("status", rec.get("status"), vocab.status_reason(rec.get("status")))
        try:
            rating = vocab.parse_rating(rec.get("rating"))
        except ValueError:
            reject("rating", rec.get("rating"), vocab.rating_reason(rec.get("rating")))
        value_cell = cells.parse_float(rec.get("value"))
        if value_cell.status == "invalid" or value_cell.status == "suppressed":
            reject("value", rec.get("value"), "数値（value）として読めません")
        if not bad:
            key = (mid, fy)
            if key in first_line:
                reject("fiscal_year", raw_fy,
                       f"同じ取組・年度の行が {first_line[key]} 行目にもあります（先の行を採用）")
            else:
                first_line[key] = line
        if bad:
            continue
        row = {"measure_id": mid, "fiscal_year": fy, "status": status, "rating": rating,
               "value": value_cell.value if value_cell.is_value else None, "line_number": line}
        for col in TEXT_COLUMNS:
            row[col] = cells.parse_text(rec.get(col)).value
        rows.append(row)
    st.clean = pd.DataFrame(rows, columns=[*COLUMNS, "line_number"])
    st.clean["value"] = st.clean["value"].astype("float64")
    st.sort_rejected()
    return st
