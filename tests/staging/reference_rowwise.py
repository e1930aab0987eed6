"""The row-by-row validation that staging used before it was vectorised: the naive reference.

Kept verbatim (only imports adjusted) so tests can check that the vectorised stagers give the
same clean rows and the same rejected entries on any input.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from indicators.errors import UserError
from indicators.raw import cells
from indicators.raw.csvfile import CsvTable, require_columns
from indicators.staging.areas import CONFIDENCE, KINDS
from indicators.staging.common import Staged
from indicators.staging.resolve import Areas
from indicators.staging.tables import (  # unchanged by the vectorisation
    ASSOC_REQUIRED,
    CROSSWALK_REQUIRED,
    RESOURCE_REQUIRED,
    STATS_COUNTS,
    STATS_REQUIRED,
    WEIGHT_TOLERANCE,
    _reject_outside,
    _start,
)


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


def _check_code(st: Staged, line: int, col: str, code: Any, known: set[str] | None, label: str) -> bool:
    if code is None or known is None or code in known:
        return True
    st.reject(line, col, code, f"{label}コードが{label}の一覧にありません")
    return False


def _check_point(st: Staged, line: int, v: dict[str, Any]) -> bool:
    """Both or neither of lat/lon; plausible ranges (the municipality check is vectorised later)."""
    lat, lon = v.get("lat"), v.get("lon")
    if (lat is None) != (lon is None):
        col = "lon" if lon is None else "lat"
        st.reject(line, col, None, "緯度（lat）と経度（lon）の片方しかありません")
        return False
    if lat is None:
        return True
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (abs(lat) > 60 and abs(lon) < 60):
        hint = "（緯度と経度が入れ替わっていませんか）" if abs(lat) > 60 and abs(lon) <= 90 else ""
        st.reject(line, "lat", f"{lat}, {lon}", f"座標が緯度経度の範囲外です{hint}")
        return False
    return True


def stage_district_stats(table: CsvTable, district_codes: set[str] | None) -> Staged:
    require_columns(table, STATS_REQUIRED)
    st = _start(table)
    spec = {"district_code": "code", "fiscal_year": "fy", **{c: "int" for c in STATS_COUNTS}}
    rows, seen = [], set()
    for line, rec in table.records:
        v, sup, ok = parse_record(st, line, rec, spec, set(STATS_COUNTS))
        if v["district_code"] is None:
            st.reject(line, "district_code", None, "地区コードが空です")
            ok = False
        ok &= _check_code(st, line, "district_code", v["district_code"], district_codes, "地区")
        if v["fiscal_year"] is None and ok:
            st.reject(line, "fiscal_year", rec.get("fiscal_year"), "年度が空です（秘匿・不明は年度に使えません）")
            ok = False
        key = (v["district_code"], v["fiscal_year"])
        if ok and key in seen:
            st.reject(line, "fiscal_year", v["fiscal_year"], "同じ地区・年度の行が重複しています（先の行を採用）")
            ok = False
        for big, small, why in (
            ("population", "pop_65plus", "65歳以上人口が総人口を超えています"),
            ("pop_65plus", "pop_75plus", "75歳以上人口が65歳以上人口を超えています"),
            ("population", "pop_0_14", "0〜14歳人口が総人口を超えています"),
            ("population", "households", "世帯数が総人口を超えています"),
            ("households", "single_elderly_households", "高齢単身世帯数が世帯数を超えています"),
        ):
            # only between readable, non-negative values (a negative count is already rejected)
            if ok and v[big] is not None and v[small] is not None and v[small] > v[big]:
                st.reject(line, small, v[small], why)
                ok = False
        if ok:
            seen.add(key)
            rows.append({"line_number": line, **v, "suppressed_columns": sup})
    st.clean = pd.DataFrame(rows, columns=["line_number", *spec, "suppressed_columns"])
    return st


def stage_assocs(table: CsvTable, areas: Areas) -> Staged:
    require_columns(table, ASSOC_REQUIRED)
    st = _start(table)
    counts = {"households", "pop_65plus", "pop_0_14", "fureai_salon"}
    spec = {"assoc_code": "code", "assoc_name": "text", "district_code": "code", "school_code": "code",
            "households": "int", "pop_65plus": "int", "pop_0_14": "int", "sasaeai_map_fy": "fy",
            "fureai_salon": "int", "lat": "float", "lon": "float"}
    rows, seen = [], set()
    for line, rec in table.records:
        v, sup, ok = parse_record(st, line, rec, spec, counts)
        sup = [c for c in sup if c in counts]
        if v["assoc_code"] is None:
            st.reject(line, "assoc_code", None, "町内会コードが空です")
            ok = False
        elif v["assoc_code"] in seen:
            st.reject(line, "assoc_code", v["assoc_code"], "町内会コードが重複しています（先の行を採用）")
            ok = False
        ok &= _check_code(st, line, "district_code", v["district_code"], areas.district_codes, "地区")
        ok &= _check_code(st, line, "school_code", v["school_code"], areas.school_codes, "小学校区")
        ok &= _check_point(st, line, v)
        if ok and v["district_code"] is None and v["school_code"] is None and v["lat"] is None:
            st.reject(line, "district_code", None, "地区コードも座標もなく、どの地区か分かりません")
            ok = False
        if ok:
            seen.add(v["assoc_code"])
            rows.append({"line_number": line, **v, "suppressed_columns": sup})
    st.clean = pd.DataFrame(rows, columns=["line_number", *spec, "suppressed_columns"])
    _reject_outside(st, areas)
    return st


def stage_resources(table: CsvTable, areas: Areas, vocab: dict[str, dict[str, str]]) -> Staged:
    require_columns(table, RESOURCE_REQUIRED)
    if not ({"district_code", "school_code"} & set(table.header)) and not {"lat", "lon"} <= set(table.header):
        raise UserError(f"{table.source_file}: 場所を示す列 district_code / school_code / lat・lon のいずれもありません")
    st = _start(table)
    spec = {"resource_id": "code", "resource_type": "code", "name": "text", "district_code": "code",
            "school_code": "code", "lat": "float", "lon": "float", "opened_fy": "fy", "closed_fy": "fy",
            "frequency": "text", "note": "text"}
    rows, seen = [], set()
    for line, rec in table.records:
        v, _, ok = parse_record(st, line, rec, spec)
        if v["resource_id"] is None:
            st.reject(line, "resource_id", None, "resource_id が空です")
            ok = False
        elif v["resource_id"] in seen:
            st.reject(line, "resource_id", v["resource_id"], "resource_id が重複しています（先の行を採用）")
            ok = False
        if v["resource_type"] not in vocab:
            st.reject(line, "resource_type", v["resource_type"],
                      "resource_type が語彙にありません（dataset.yaml の resource_types: で追加できます）")
            ok = False
        ok &= _check_code(st, line, "district_code", v["district_code"], areas.district_codes, "地区")
        ok &= _check_code(st, line, "school_code", v["school_code"], areas.school_codes, "小学校区")
        ok &= _check_point(st, line, v)
        if ok and v["district_code"] is None and v["school_code"] is None and v["lat"] is None:
            st.reject(line, "district_code", None, "district_code・school_code・lat/lon のいずれもなく、場所が分かりません")
            ok = False
        if v["opened_fy"] is not None and v["closed_fy"] is not None and v["closed_fy"] < v["opened_fy"]:
            st.reject(line, "closed_fy", v["closed_fy"], f"廃止年度が開始年度（{v['opened_fy']}）より前です")
            ok = False
        if ok:
            seen.add(v["resource_id"])
            rows.append({"line_number": line, **v})
    st.clean = pd.DataFrame(rows, columns=["line_number", *spec])
    _reject_outside(st, areas)
    return st


def stage_crosswalk(table: CsvTable, district_codes: set[str] | None, school_codes: set[str] | None) -> Staged:
    require_columns(table, CROSSWALK_REQUIRED)
    st = _start(table)
    spec = {"district_code": "code", "school_code": "code", "weight": "float"}
    rows, seen = [], set()
    for line, rec in table.records:
        v, sup, ok = parse_record(st, line, rec, spec, {"weight"})
        for col, label in (("district_code", "地区"), ("school_code", "小学校区")):
            if v[col] is None:
                st.reject(line, col, None, f"{label}コードが空です")
                ok = False
        ok &= _check_code(st, line, "district_code", v["district_code"], district_codes, "地区")
        ok &= _check_code(st, line, "school_code", v["school_code"], school_codes, "小学校区")
        if v["weight"] is None and ok:
            st.reject(line, "weight", rec.get("weight"), "重み（weight）が空です")
            ok = False
        elif v["weight"] is not None and v["weight"] > 1 + WEIGHT_TOLERANCE:
            st.reject(line, "weight", v["weight"], "重み（weight）が 1 を超えています")
            ok = False
        key = (v["district_code"], v["school_code"])
        if ok and key in seen:
            st.reject(line, "school_code", v["school_code"], "同じ地区・小学校区の組が重複しています（先の行を採用）")
            ok = False
        if ok:
            seen.add(key)
            rows.append({"line_number": line, **v})
    clean = pd.DataFrame(rows, columns=["line_number", *spec])
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
    return st



def stage_area_table(table: CsvTable, kind: str) -> Staged:
    """Tabular-only mode (extension): districts.csv / school_districts.csv with codes and names."""
    k = KINDS[kind]
    code_col, name_col = k["code"], k["name"]
    require_columns(table, [code_col])
    st = Staged(table.source_file, table.rows_read, pd.DataFrame())
    for line, n in table.malformed:
        st.reject(line, None, n, "列数がヘッダーより多い行です")
    rows = []
    seen: set[str] = set()
    spec = {code_col: "code", name_col: "text", "name_confidence": "text", **k["extra"]}
    for line, rec in table.records:
        v, _, ok = parse_record(st, line, rec, spec)
        if v[code_col] is None:
            st.reject(line, code_col, None, "コードが空です")
            ok = False
        elif v[code_col] in seen:
            st.reject(line, code_col, v[code_col], "コードが重複しています（先の行を採用）")
            ok = False
        if v["name_confidence"] is not None and v["name_confidence"] not in CONFIDENCE:
            st.reject(line, "name_confidence", v["name_confidence"], "name_confidence は confirmed か likely です")
            ok = False
        if ok:
            seen.add(v[code_col])
            rows.append({"line_number": line, **v})
    st.clean = pd.DataFrame(rows, columns=["line_number", *spec])
    return st
