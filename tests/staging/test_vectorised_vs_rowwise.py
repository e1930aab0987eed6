"""The declared stagers (contract.yaml + sql/<table>.sql in DuckDB) against the row-by-row reference
on random messy tables (files with quotes read by the csv module, the others by DuckDB).

Same clean rows (values and line numbers), same rejected entries (as a multiset: within one
line the vectorised checks may list reasons in another order), same reconciliation.
"""
from __future__ import annotations

import math
import tempfile
from collections import Counter
from pathlib import Path

import geopandas as gpd
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import box

import reference_rowwise as ref
from indicators.raw.csvfile import read_csv
from indicators.staging import areas as areas_mod
from indicators.staging import tables
from indicators.staging.resolve import Areas
from indicators.vocabulary import vocabulary

AREAS = Areas(
    {"D1", "D2"}, {"S1"},
    gpd.GeoDataFrame({"district_code": ["D1", "D2"]},
                     geometry=[box(134.20, 35.50, 134.21, 35.51), box(134.21, 35.50, 134.22, 35.51)], crs="EPSG:6668"),
    gpd.GeoDataFrame({"school_code": ["S1"]}, geometry=[box(134.20, 35.50, 134.22, 35.51)], crs="EPSG:6668"),
    "EPSG:6668", "EPSG:6673",
)
VOCAB = vocabulary({})

CODE = st.sampled_from(["D1", "D2", "D9", "", "Ｄ１", " D2 ", "X"])
SCHOOL = st.sampled_from(["S1", "S9", "", "Ｓ１"])
INT = st.sampled_from(["0", "3", "12", "1,000", "１００", "-", "X", "…", "", "abc", "-5", "1.5", " 7 ", "△2", "1e3",
                       "99999999999999999999", "2.0", "007", "+4"])
FLOAT = st.sampled_from(["35.505", "134.205", "35.6", "134.3", "", "abc", "inf", "-0.5", "１３４．２１５", "35.5051",
                        "-91", "70", "-134.2", "35.505000000000000000001", "00.5"])
FY = st.sampled_from(["2023", "令和5年度", "R5", "H30", "", "X", "abc", "2024年度", "令和元年", "1899", "2022.0"])
TEXT = st.sampled_from(["サロン", "", " a ", "'; DROP TABLE x; --", '"q"', "名前\u3000", "a\u3000b", "x\u00a0", "Ａ１"])
ID = st.sampled_from(["R1", "R2", "R3", "", "Ｒ１", "A1", "A2", "R 1", "１.0"])
RTYPE = st.sampled_from(["district_salon", "consultation_place", "community_cafeteria", "karaoke", ""])
WEIGHT = st.sampled_from(["1", "0.5", "0.6", "0.4", "1.2", "", "X", "-0.1", "1.005"])

SPECS = {
    "district_stats": {"district_code": CODE, "fiscal_year": FY, "population": INT, "pop_0_14": INT,
                       "pop_65plus": INT, "pop_75plus": INT, "households": INT, "single_elderly_households": INT},
    "neighbourhood_assocs": {"assoc_code": ID, "assoc_name": TEXT, "district_code": CODE, "school_code": SCHOOL,
                             "households": INT, "pop_65plus": INT, "pop_0_14": INT, "sasaeai_map_fy": FY,
                             "fureai_salon": INT, "lat": FLOAT, "lon": FLOAT},
    "resources": {"resource_id": ID, "resource_type": RTYPE, "name": TEXT, "district_code": CODE,
                  "school_code": SCHOOL, "lat": FLOAT, "lon": FLOAT, "opened_fy": FY, "closed_fy": FY,
                  "frequency": TEXT, "note": TEXT},
    "crosswalk": {"district_code": CODE, "school_code": SCHOOL, "weight": WEIGHT},
    "districts": {"district_code": CODE, "district_name": TEXT, "name_confidence": st.sampled_from(["", "likely", "maybe"]),
                  "area_block": TEXT},
}


def _csv(header: list[str], rows: list[list[str]]) -> str:
    def q(c: str) -> str:
        return '"' + c.replace('"', '""') + '"' if any(ch in c for ch in ',"\n') else c
    return "\n".join(",".join(q(c) for c in r) for r in [header, *rows]) + "\n"


def _stage(module, name: str, table):
    if name == "district_stats":
        return module.stage_district_stats(table, {"D1", "D2"})
    if name == "neighbourhood_assocs":
        return module.stage_assocs(table, AREAS)
    if name == "resources":
        return module.stage_resources(table, AREAS, VOCAB)
    if name == "crosswalk":
        return module.stage_crosswalk(table, {"D1", "D2"}, {"S1"})
    return module.stage_area_table(table, "district")


def _norm(v):
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
        return None
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if hasattr(v, "item"):
        return _norm(v.item())
    return v


def _rows(df: pd.DataFrame) -> list[tuple]:
    return [tuple(_norm(x) if not isinstance(x, list) else tuple(x) for x in r)
            for r in df.astype(object).itertuples(index=False, name=None)]


def _rejects(st) -> Counter:
    return Counter((r["line_number"], r["column_name"], r["value"], r["reason"]) for r in st.rejected)


CASES: Counter = Counter()


@st.composite
def tables_st(draw):
    name = draw(st.sampled_from(list(SPECS)))
    spec = SPECS[name]
    # optional columns may be missing from the file
    cols = [c for c in spec if c in {"district_code", "fiscal_year", "population", "pop_65plus", "households",
                                    "assoc_code", "assoc_name", "sasaeai_map_fy", "fureai_salon", "resource_id",
                                    "resource_type", "name", "school_code", "weight"} or draw(st.booleans())]
    rows = draw(st.lists(st.tuples(*[spec[c] for c in cols]).map(list), min_size=0, max_size=25))
    return name, cols, rows


@settings(max_examples=250, deadline=None)
@given(tables_st())
def test_vectorised_stagers_match_rowwise_reference(case) -> None:
    name, cols, rows = case
    CASES[name] += 1
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"{name}.csv"
        p.write_text(_csv(cols, rows), encoding="utf-8")
        got_err = want_err = None
        try:
            got = _stage(areas_mod if name == "districts" else tables, name, read_csv(p))
        except Exception as e:  # noqa: BLE001 - compared with the reference's outcome below
            got_err = str(e)
        try:
            want = _stage(ref, name, read_csv(p))
        except Exception as e:  # noqa: BLE001
            want_err = str(e)
    assert got_err == want_err
    if want_err is not None:
        return
    assert (got.rows_read, got.rows_loaded, got.rows_rejected) == (want.rows_read, want.rows_loaded, want.rows_rejected)
    assert _rejects(got) == _rejects(want)
    lines = [r["line_number"] for r in got.rejected]
    assert lines == sorted(lines, key=lambda v: -1 if v is None else v) or name in ("neighbourhood_assocs", "resources")
    assert list(got.clean.columns) == list(want.clean.columns)
    assert _rows(got.clean) == _rows(want.clean)


def test_case_count() -> None:
    print(f"vectorised vs row-wise cases per table: {dict(CASES)}")
    assert sum(CASES.values()) in (0, 250)
