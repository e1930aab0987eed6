"""The contract CSV tables: district_stats, neighbourhood_assocs, resources, crosswalk.

Their checks are declared (staging/contract.yaml + staging/sql/<table>.sql, run by
`staging.checks.stage`); what needs polygons (the municipality check) follows here.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from indicators.errors import UserError
from indicators.raw.csvfile import CsvTable, require_columns
from indicators.staging import checks
from indicators.staging.common import Staged
from indicators.staging.resolve import Areas, locate_rows_checked

_c = checks.contract()
STATS_COUNTS = _c["district_stats"]["counts"]
STATS_REQUIRED = _c["district_stats"]["required"]
ASSOC_REQUIRED = _c["neighbourhood_assocs"]["required"]
RESOURCE_REQUIRED = _c["resources"]["required"]
CROSSWALK_REQUIRED = _c["crosswalk"]["required"]
WEIGHT_TOLERANCE = 0.01


def _start(table: CsvTable) -> Staged:
    """A Staged with the file's malformed and refused rows rejected (for the row-wise reference in the tests)."""
    st = Staged(table.source_file, table.rows_read, pd.DataFrame(), encoding=table.encoding_label)
    for line, n in table.malformed:
        st.reject(line, None, f"{n} 列", f"列数がヘッダー（{len(table.header)} 列）より多い行です")
    for line, col, value, why in table.problems:
        st.reject(line, col, value, why)
    return st


def _reject_outside(st: Staged, areas: Areas) -> None:
    """Rows whose point lies outside the municipality (union of area polygons + tolerance).

    The same point-in-polygon pass locates the kept rows: `st.located` (as `locate_rows`), so
    code resolution does not test a million points again.
    """
    df = st.clean
    if not areas.has_polygons or df.empty:
        return
    located, out = locate_rows_checked(df, areas)
    bad = df[out]
    for line, lat, lon in zip(bad["line_number"], bad["lat"], bad["lon"]):
        st.reject(int(line), "lat", f"{lat}, {lon}",
                  f"座標が市町村の区域外です（地区・小学校区から {areas.tolerance_m:.0f} m 以上離れています）")
    st.located = located
    st.drop_lines(set(bad["line_number"].astype(int)))  # keeps st.located aligned


def _areas_lists(areas: Areas) -> dict[str, set[str] | None]:
    return {"district_codes": areas.district_codes, "school_codes": areas.school_codes}


def stage_district_stats(table: CsvTable, district_codes: set[str] | None) -> Staged:
    st = checks.stage("district_stats", table, lists={"district_codes": district_codes})
    st.sort_rejected()
    return st


def stage_assocs(table: CsvTable, areas: Areas) -> Staged:
    st = checks.stage("neighbourhood_assocs", table, lists=_areas_lists(areas))
    st.sort_rejected()
    _reject_outside(st, areas)
    return st


def stage_resources(table: CsvTable, areas: Areas, vocab: dict[str, dict[str, str]]) -> Staged:
    require_columns(table, RESOURCE_REQUIRED)
    if not ({"district_code", "school_code"} & set(table.header)) and not {"lat", "lon"} <= set(table.header):
        raise UserError(f"{table.source_file}: 場所を示す列 district_code / school_code / lat・lon のいずれもありません")
    st = checks.stage("resources", table, lists={**_areas_lists(areas), "vocab": set(vocab)})
    st.sort_rejected()
    _reject_outside(st, areas)
    return st


def stage_crosswalk(table: CsvTable, district_codes: set[str] | None, school_codes: set[str] | None) -> Staged:
    st = checks.stage("crosswalk", table, lists={"district_codes": district_codes, "school_codes": school_codes},
                      params={"tolerance": WEIGHT_TOLERANCE, "tolerance_text": f"{WEIGHT_TOLERANCE}"})
    st.clean["method"] = "given"
    st.sort_rejected()
    return st


def district_population(stats: pd.DataFrame) -> pd.Series:
    """Latest known population per district (for crosswalk school → district shares)."""
    if stats.empty:
        return pd.Series(dtype="float64")
    s = stats.dropna(subset=["population"]).sort_values("fiscal_year")
    return s.groupby("district_code")["population"].last().astype(float)


def points_centre(*frames: pd.DataFrame) -> tuple[float | None, float | None]:
    """Mean lon/lat of any points (to choose a metric CRS in tabular-only mode)."""
    lons, lats = [], []
    for f in frames:
        if f is not None and {"lon", "lat"} <= set(f.columns):
            m = f["lon"].notna() & f["lat"].notna()
            lons.extend(f.loc[m, "lon"].astype(float))
            lats.extend(f.loc[m, "lat"].astype(float))
    if not lons:
        return None, None
    return float(np.mean(lons)), float(np.mean(lats))
