"""Staging of `indicator_observations.csv`: the yearly values of the declared indicators.

Columns: indicator_id, fiscal_year, area_level, area_code, value, numerator, denominator,
source, note. A small file (a few hundred rows), checked row by row; every bad row goes to
rejected_rows with a Japanese reason and the file reconciles (read = loaded + rejected).
- area_level: city / district / school_district (also 市全体 / 地区 / 小学校区); empty = city;
  it must be one the indicator declares. City rows take the municipality code (area_code empty
  or that code).
- value: a number; `X` / 秘匿 = hidden at the source (kept, shown as 「秘匿」); empty with both
  numerator and denominator = numerator ÷ denominator (× 100 when the unit is %).
- numerator, denominator: counts (0 or more).
- fiscal_year: within the dataset's years (district_stats, up to as_of), as every indicator;
- one row per (indicator, year, level, area): a later duplicate is rejected (the first is kept).
"""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from indicators.declared.spec import LEVEL_LABELS, DeclaredIndicator
from indicators.raw import cells
from indicators.raw.csvfile import CsvTable, require_columns
from indicators.staging.common import Staged

FILE_NAME = "indicator_observations.csv"
COLUMNS = ["indicator_id", "fiscal_year", "area_level", "area_code", "value", "numerator", "denominator",
           "source", "note"]
REQUIRED = ["indicator_id", "fiscal_year", "value"]
CLEAN_COLUMNS = ["indicator_id", "fiscal_year", "area_level", "area_code", "value", "numerator", "denominator",
                 "source_suppressed", "source", "note", "line_number"]
_LEVELS = {**{k: k for k in LEVEL_LABELS}, **{v: k for k, v in LEVEL_LABELS.items()}, "市": "city",
           "小学校": "school_district", "校区": "school_district"}


def empty_frame() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in CLEAN_COLUMNS})


def stage_observations(table: CsvTable, indicators: Iterable[DeclaredIndicator], municipality_code: str,
                       district_codes: set[str] | None, school_codes: set[str] | None,
                       years: tuple[int, int]) -> Staged:
    """The checked rows of indicator_observations.csv (see the module docstring); `years`: the
    warehouse's fiscal-year range (dataset_meta min_fy..max_fy, capped at as_of)."""
    require_columns(table, REQUIRED)
    st = Staged(table.source_file, table.rows_read, empty_frame())
    for line, n in table.malformed:
        st.reject(line, None, f"{n} 列", f"列数がヘッダー（{len(table.header)} 列）より多い行です")
    declared = {i.indicator_id: i for i in indicators}
    codes = {"district": district_codes, "school_district": school_codes}
    seen: set[tuple] = set()
    rows: list[dict] = []
    for line, rec in table.records:
        problems: list[tuple[str, str | None, str]] = []  # (column, value, reason)
        raw = {c: rec.get(c) for c in COLUMNS}
        ind_id = cells.parse_code(raw["indicator_id"]).value
        ind = declared.get(ind_id) if ind_id is not None else None
        if ind_id is None:
            problems.append(("indicator_id", None, "indicator_id が空です"))
        elif ind is None:
            problems.append(("indicator_id", ind_id, "indicators.yaml に宣言されていない指標です"))
        fy = cells.parse_fiscal_year(raw["fiscal_year"])
        if fy.status != "ok":
            problems.append(("fiscal_year", raw["fiscal_year"], "年度として読めません" if fy.status == "invalid" else "年度が空です"))
        elif not years[0] <= fy.value <= years[1]:
            problems.append(("fiscal_year", raw["fiscal_year"],
                             f"年度がデータセットの年度の範囲（{years[0]}〜{years[1]}年度、基準日まで）の外です"))
        level_text = cells.parse_text(raw["area_level"]).value
        level = "city" if level_text is None else _LEVELS.get(level_text)
        code = cells.parse_code(raw["area_code"]).value
        if level is None:
            problems.append(("area_level", level_text, "area_level は city・district・school_district（市全体・地区・小学校区）のいずれかです"))
        elif ind is not None and level not in ind.area_levels:
            declared_levels = "・".join(LEVEL_LABELS[lv] for lv in ind.area_levels)
            problems.append(("area_level", level_text or "city",
                             f"指標 {ind_id} は{LEVEL_LABELS[level]}の値を宣言していません（宣言: {declared_levels}）"))
        elif level == "city":
            if code not in (None, municipality_code):
                problems.append(("area_code", code, f"市全体の行の area_code は空か {municipality_code} です"))
            code = municipality_code
        elif code is None:
            problems.append(("area_code", None, f"{LEVEL_LABELS[level]}コードが空です"))
        elif codes[level] is not None and code not in codes[level]:
            problems.append(("area_code", code, f"{LEVEL_LABELS[level]}コードが{LEVEL_LABELS[level]}の一覧にありません"))
        nums: dict[str, float | None] = {}
        for col in ("numerator", "denominator"):
            c = cells.parse_float(raw[col])
            if c.status == "invalid":
                problems.append((col, raw[col], "数値として読めません"))
            elif c.status == "ok" and c.value < 0:
                problems.append((col, raw[col], "負の値です（人数・件数は 0 以上）"))
            nums[col] = c.value if c.status == "ok" else None
        v = cells.parse_float(raw["value"])
        hidden = v.status == "suppressed"
        value = v.value if v.status == "ok" else None
        if v.status == "invalid":
            problems.append(("value", raw["value"], "値が数値として読めません"))
        elif v.status == "null":
            if nums["numerator"] is not None and nums["denominator"]:
                value = nums["numerator"] / nums["denominator"] * (100.0 if ind is not None and ind.unit in ("%", "％") else 1.0)
            elif nums["numerator"] is None or nums["denominator"] is None:
                problems.append(("value", None, "値が空です（分子と分母があれば空でも構いません）"))
            else:
                problems.append(("denominator", raw["denominator"], "分母が 0 のため値を計算できません"))
        key = (ind_id, fy.value, level, code)
        if not problems and key in seen:
            problems.append(("fiscal_year", raw["fiscal_year"], "同じ指標・年度・区域の行が重複しています（先の行を採用）"))
        if problems:
            for col, val, why in problems:
                st.reject(line, col, val, why)
            continue
        seen.add(key)
        rows.append({"indicator_id": ind_id, "fiscal_year": int(fy.value), "area_level": level, "area_code": code,
                     "value": value, "numerator": nums["numerator"], "denominator": nums["denominator"],
                     "source_suppressed": hidden, "source": cells.parse_text(raw["source"]).value,
                     "note": cells.parse_text(raw["note"]).value, "line_number": int(line)})
    st.clean = pd.DataFrame(rows, columns=CLEAN_COLUMNS) if rows else empty_frame()
    st.sort_rejected()
    return st
