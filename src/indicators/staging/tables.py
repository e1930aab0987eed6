"""Validation of the contract CSV tables: district_stats, neighbourhood_assocs, resources, crosswalk."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from indicators.errors import UserError
from indicators.raw.csvfile import CsvTable, require_columns
from indicators.staging.common import Columns, Staged, column_frame, not_in, parse_table, reject_duplicates
from indicators.staging.resolve import Areas, locate_rows_checked

STATS_COUNTS = ["population", "pop_0_14", "pop_65plus", "pop_75plus", "households", "single_elderly_households"]
STATS_REQUIRED = ["district_code", "fiscal_year", "population", "pop_65plus", "households"]
ASSOC_REQUIRED = ["assoc_code", "assoc_name", "district_code", "households", "pop_65plus", "sasaeai_map_fy", "fureai_salon"]
RESOURCE_REQUIRED = ["resource_id", "resource_type", "name"]
CROSSWALK_REQUIRED = ["district_code", "school_code", "weight"]
WEIGHT_TOLERANCE = 0.01


def _start(table: CsvTable) -> Staged:
    st = Staged(table.source_file, table.rows_read, pd.DataFrame(), encoding=table.encoding_label)
    for line, n in table.malformed:
        st.reject(line, None, f"{n} 列", f"列数がヘッダー（{len(table.header)} 列）より多い行です")
    for line, col, value, why in table.problems:
        st.reject(line, col, value, why)
    return st


def _check_code(st: Staged, lines: np.ndarray, col: str, codes: np.ndarray, known: set[str] | None, label: str) -> np.ndarray:
    """False where a given code is not in the list of known codes (and the row is rejected)."""
    if known is None:
        return np.ones(len(codes), dtype=bool)
    bad = not_in(codes, known)
    if bad.any():
        st.reject_many(lines[bad], col, codes[bad], f"{label}コードが{label}の一覧にありません")
    return ~bad


def _check_point(st: Staged, lines: np.ndarray, cols: Columns) -> np.ndarray:
    """Both or neither of lat/lon; plausible ranges (the municipality check comes later)."""
    lat, lon = cols.floats("lat"), cols.floats("lon")
    no_lat, no_lon = np.isnan(lat), np.isnan(lon)
    half = no_lat != no_lon
    for col, m in (("lon", half & no_lon), ("lat", half & no_lat)):
        if m.any():
            st.reject_many(lines[m], col, None, "緯度（lat）と経度（lon）の片方しかありません")
    both = ~no_lat & ~no_lon
    with np.errstate(invalid="ignore"):
        swapped = (np.abs(lat) > 60) & (np.abs(lon) < 60)
        bad = both & (~((-90 <= lat) & (lat <= 90) & (-180 <= lon) & (lon <= 180)) | swapped)
    for i in np.flatnonzero(bad):
        hint = "（緯度と経度が入れ替わっていませんか）" if abs(lat[i]) > 60 and abs(lon[i]) <= 90 else ""
        st.reject(int(lines[i]), "lat", f"{cols.values['lat'][i]}, {cols.values['lon'][i]}", f"座標が緯度経度の範囲外です{hint}")
    # rows are sorted by line at the end, so the order of the two half-point masks does not matter
    return ~half & ~bad


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


def _finish(st: Staged, lines: np.ndarray, cols: Columns, ok: np.ndarray, spec: dict[str, str],
            suppressed: list[list[str]] | None = None) -> None:
    st.clean = column_frame(lines, cols, ok, spec)
    if suppressed is not None:
        st.clean["suppressed_columns"] = pd.Series([suppressed[i] for i in np.flatnonzero(ok)], dtype=object)
    st.sort_rejected()


def stage_district_stats(table: CsvTable, district_codes: set[str] | None) -> Staged:
    require_columns(table, STATS_REQUIRED)
    st = _start(table)
    spec = {"district_code": "code", "fiscal_year": "fy", **{c: "int" for c in STATS_COUNTS}}
    lines = table.lines
    cols, ok = parse_table(st, table.frame, lines, spec, set(STATS_COUNTS))
    v = cols.values
    no_code = cols.isnull("district_code")
    if no_code.any():
        st.reject_many(lines[no_code], "district_code", None, "地区コードが空です")
    ok &= ~no_code
    ok &= _check_code(st, lines, "district_code", v["district_code"], district_codes, "地区")
    no_fy = cols.isnull("fiscal_year") & ok
    if no_fy.any():
        st.reject_many(lines[no_fy], "fiscal_year", table.frame["fiscal_year"].to_numpy(dtype=object)[no_fy],
                       "年度が空です（秘匿・不明は年度に使えません）")
    ok &= ~no_fy
    # the first failing range check of each row, among readable, non-negative values
    range_bad = np.zeros(len(lines), dtype=bool)
    range_first: list[tuple[np.ndarray, str, str]] = []
    for big, small, why in (
        ("population", "pop_65plus", "65歳以上人口が総人口を超えています"),
        ("pop_65plus", "pop_75plus", "75歳以上人口が65歳以上人口を超えています"),
        ("population", "pop_0_14", "0〜14歳人口が総人口を超えています"),
        ("population", "households", "世帯数が総人口を超えています"),
        ("households", "single_elderly_households", "高齢単身世帯数が世帯数を超えています"),
    ):
        fb, fs = cols.floats(big), cols.floats(small)
        with np.errstate(invalid="ignore"):
            m = ok & ~range_bad & (fs > fb)
        range_first.append((m, small, why))
        range_bad |= m
    keys = pd.DataFrame({"d": v["district_code"], "fy": v["fiscal_year"]})
    dup = reject_duplicates(st, lines, keys, ok & ~range_bad, ok, "fiscal_year", v["fiscal_year"],
                     "同じ地区・年度の行が重複しています（先の行を採用）")
    ok &= ~dup
    for m, small, why in range_first:
        m = m & ok
        if m.any():
            st.reject_many(lines[m], small, v[small][m], why)
    ok &= ~range_bad
    _finish(st, lines, cols, ok, spec, cols.suppressed())
    return st


def _locate_checks(st: Staged, lines: np.ndarray, cols: Columns, areas: Areas) -> np.ndarray:
    ok = _check_code(st, lines, "district_code", cols.values["district_code"], areas.district_codes, "地区")
    ok &= _check_code(st, lines, "school_code", cols.values["school_code"], areas.school_codes, "小学校区")
    return ok & _check_point(st, lines, cols)


def _unlocated(cols: Columns) -> np.ndarray:
    return cols.isnull("district_code") & cols.isnull("school_code") & cols.isnull("lat")


def _duplicates(st: Staged, lines: np.ndarray, cols: Columns, col: str, ok_other: np.ndarray, gate: np.ndarray,
                reason: str) -> np.ndarray:
    """`reject_duplicates` on one key column; a column known to hold no value twice (the usual
    million distinct ids, checked by Arrow) needs no Python object per row."""
    if cols.all_distinct(col):
        return np.zeros(len(lines), dtype=bool)
    v = cols.values[col]
    return reject_duplicates(st, lines, pd.DataFrame({"c": v}), ok_other, gate, col, v, reason)


def stage_assocs(table: CsvTable, areas: Areas) -> Staged:
    require_columns(table, ASSOC_REQUIRED)
    st = _start(table)
    counts = {"households", "pop_65plus", "pop_0_14", "fureai_salon"}
    spec = {"assoc_code": "code", "assoc_name": "text", "district_code": "code", "school_code": "code",
            "households": "int", "pop_65plus": "int", "pop_0_14": "int", "sasaeai_map_fy": "fy",
            "fureai_salon": "int", "lat": "float", "lon": "float"}
    lines = table.lines
    cols, ok = parse_table(st, table.frame, lines, spec, counts)
    no_code = cols.isnull("assoc_code")
    if no_code.any():
        st.reject_many(lines[no_code], "assoc_code", None, "町内会コードが空です")
    located = _locate_checks(st, lines, cols, areas)
    ok_a = ok & ~no_code & located
    unloc = _unlocated(cols)
    dup = _duplicates(st, lines, cols, "assoc_code", ok_a & ~unloc, ~no_code, "町内会コードが重複しています（先の行を採用）")
    m = ok_a & ~dup & unloc
    if m.any():
        st.reject_many(lines[m], "district_code", None, "地区コードも座標もなく、どの地区か分かりません")
    ok = ok_a & ~dup & ~unloc
    _finish(st, lines, cols, ok, spec, cols.suppressed(counts))
    _reject_outside(st, areas)
    return st


RESOURCE_SPEC = {"resource_id": "code", "resource_type": "code", "name": "text", "district_code": "code",
                 "school_code": "code", "lat": "float", "lon": "float", "opened_fy": "fy", "closed_fy": "fy",
                 "frequency": "text", "note": "text"}


@dataclass
class ParsedResources:
    """The first half of `stage_resources`: every cell parsed; needs neither areas nor vocabulary."""

    st: Staged
    lines: np.ndarray
    cols: Columns
    ok: np.ndarray


def parse_resources(table: CsvTable) -> ParsedResources:
    """Column checks and cell parsing of resources.csv (the costly half, which needs no areas: the
    build's worker runs it while the areas are still being read)."""
    require_columns(table, RESOURCE_REQUIRED)
    if not ({"district_code", "school_code"} & set(table.header)) and not {"lat", "lon"} <= set(table.header):
        raise UserError(f"{table.source_file}: 場所を示す列 district_code / school_code / lat・lon のいずれもありません")
    st = _start(table)
    cols, ok = parse_table(st, table.frame, table.lines, RESOURCE_SPEC)
    return ParsedResources(st, table.lines, cols, ok)


def stage_resources(table: CsvTable, areas: Areas, vocab: dict[str, dict[str, str]]) -> Staged:
    return check_resources(parse_resources(table), areas, vocab)


def check_resources(parsed: ParsedResources, areas: Areas, vocab: dict[str, dict[str, str]]) -> Staged:
    """The second half of `stage_resources`: row checks against the vocabulary and the areas."""
    st, lines, cols, ok = parsed.st, parsed.lines, parsed.cols, parsed.ok
    spec = RESOURCE_SPEC
    v = cols.values
    no_id = cols.isnull("resource_id")
    if no_id.any():
        st.reject_many(lines[no_id], "resource_id", None, "resource_id が空です")
    bad_type = cols.isnull("resource_type") | not_in(v["resource_type"], set(vocab))
    if bad_type.any():
        st.reject_many(lines[bad_type], "resource_type", v["resource_type"][bad_type],
                       "resource_type が語彙にありません（dataset.yaml の resource_types: で追加できます）")
    ok_a = ok & ~no_id & ~bad_type & _locate_checks(st, lines, cols, areas)
    unloc = _unlocated(cols)
    opened, closed = cols.floats("opened_fy"), cols.floats("closed_fy")
    with np.errstate(invalid="ignore"):
        backwards = closed < opened
    # within a line, reasons may come in another order than the checks are listed; rows and reasons are the same
    dup = _duplicates(st, lines, cols, "resource_id", ok_a & ~unloc & ~backwards, ~no_id,
                      "resource_id が重複しています（先の行を採用）")
    m = ok_a & ~dup & unloc
    if m.any():
        st.reject_many(lines[m], "district_code", None, "district_code・school_code・lat/lon のいずれもなく、場所が分かりません")
    if backwards.any():
        st.reject_many(lines[backwards], "closed_fy", v["closed_fy"][backwards],
                       [f"廃止年度が開始年度（{o}）より前です" for o in v["opened_fy"][backwards]])
    ok = ok_a & ~dup & ~unloc & ~backwards
    _finish(st, lines, cols, ok, spec)
    _reject_outside(st, areas)
    return st


def stage_crosswalk(table: CsvTable, district_codes: set[str] | None, school_codes: set[str] | None) -> Staged:
    require_columns(table, CROSSWALK_REQUIRED)
    st = _start(table)
    spec = {"district_code": "code", "school_code": "code", "weight": "float"}
    lines = table.lines
    cols, ok = parse_table(st, table.frame, lines, spec, {"weight"})
    v = cols.values
    for col, label in (("district_code", "地区"), ("school_code", "小学校区")):
        m = cols.isnull(col)
        if m.any():
            st.reject_many(lines[m], col, None, f"{label}コードが空です")
        ok &= ~m
    ok &= _check_code(st, lines, "district_code", v["district_code"], district_codes, "地区")
    ok &= _check_code(st, lines, "school_code", v["school_code"], school_codes, "小学校区")
    w = cols.floats("weight")
    no_w = np.isnan(w) & ok
    if no_w.any():
        st.reject_many(lines[no_w], "weight", table.frame["weight"].to_numpy(dtype=object)[no_w], "重み（weight）が空です")
    with np.errstate(invalid="ignore"):
        big = ~no_w & (w > 1 + WEIGHT_TOLERANCE)
    if big.any():
        st.reject_many(lines[big], "weight", v["weight"][big], "重み（weight）が 1 を超えています")
    ok &= ~no_w & ~big
    keys = pd.DataFrame({"d": v["district_code"], "s": v["school_code"]})
    dup = reject_duplicates(st, lines, keys, ok, ok, "school_code", v["school_code"],
                     "同じ地区・小学校区の組が重複しています（先の行を採用）")
    ok &= ~dup
    clean = column_frame(lines, cols, ok, spec)
    # weights of a district must sum to 1 (±0.01); otherwise all of its rows are rejected
    if len(clean):
        sums = clean.groupby("district_code")["weight"].transform("sum")
        bad = clean[(sums - 1).abs() > WEIGHT_TOLERANCE]
        for _, r in bad.iterrows():
            total = float(sums[_])
            st.reject(int(r["line_number"]), "weight", r["weight"],
                      f"地区 {r['district_code']} の重みの合計が {total:.3f} で、1（±{WEIGHT_TOLERANCE}）になりません")
        clean = clean.drop(index=bad.index).reset_index(drop=True)
    clean["method"] = "given"
    st.clean = clean
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
