"""The declared checks (staging/contract.yaml + staging/sql/*.sql) on tricky files, expectations by hand.

Each file is written three ways: UTF-8 with BOM and quoted multi-line cells (the csv module
reads it), cp932 without quotes and UTF-8 without quotes (DuckDB reads them); line numbers,
rejected rows and clean rows must be the same hand-listed ones.
"""
from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import box

from indicators.raw.csvfile import read_csv
from indicators.staging.resolve import Areas
from indicators.staging.tables import stage_district_stats, stage_resources
from indicators.vocabulary import vocabulary

AREAS = Areas(
    {"D1", "D2"}, {"S1"},
    gpd.GeoDataFrame({"district_code": ["D1", "D2"]},
                     geometry=[box(134.20, 35.50, 134.21, 35.51), box(134.21, 35.50, 134.22, 35.51)], crs="EPSG:6668"),
    gpd.GeoDataFrame({"school_code": ["S1"]}, geometry=[box(134.20, 35.50, 134.22, 35.51)], crs="EPSG:6668"),
    "EPSG:6668", "EPSG:6673",
)

STATS = [
    "district_code,fiscal_year,population,pop_65plus,households",
    "D1,2024,100,40,50",
    "D1,令和6年度,１００,X,50",         # the same 地区・年度 as line 2 (和暦, full-width digits)
    "",                                   # blank line: not a record, numbering goes on
    "D9,2024,5,1,1",                      # unknown 地区
    "Ｄ２,R5,10,20,5",                    # NFKC code; 65+ above the total
    "D2,2023,10,5,5,extra",               # a cell beyond the header
    " , ,,,",                             # blank cells only: not a record
    "D2,2023,-1,㈱,5",                     # negative count, unreadable integer (cp932 character)
]

RESOURCES = [
    "resource_id,resource_type,name,district_code,lat,lon,opened_fy,closed_fy",
    "R1,district_salon,髙①㈱Ⅱサロン,D1,,,2020,",
    "R1,district_salon,dup,D2,,,,",       # duplicate id (first accepted row wins)
    "R2,karaoke,x,D1,,,,",                # type not in the vocabulary
    "R3,dementia_cafe,x,,35.505,,,",      # lat without lon
    "R4,dementia_cafe,x,,43.0,141.3,,",   # far outside the areas
    "R5,dementia_cafe,x,D2,,,2024,2022",  # closed before opened
    "R6,dementia_cafe,x,,,,,",            # nowhere
]


def _write(tmp_path: Path, name: str, lines: list[str], how: str, multiline_at: int | None = None) -> Path:
    rows = list(lines)
    if how == "bom-quoted" and multiline_at is not None:
        # a quoted cell over two lines moves every later record one line down
        cells = rows[multiline_at].split(",")
        cells[2] = f'"{cells[2]}\r\n2行目, ""引用"""'
        rows[multiline_at] = ",".join(cells)
    elif how == "bom-quoted":
        rows = [",".join(f'"{c}"' for c in r.split(",")) if r else r for r in rows]
    text = "\r\n".join(rows) + "\r\n"
    p = tmp_path / f"{name}.csv"
    p.write_bytes(text.encode({"bom-quoted": "utf-8-sig", "cp932": "cp932", "utf-8": "utf-8"}[how]))
    return p


def _rej(st) -> list[tuple]:
    return [(r["line_number"], r["column_name"], r["value"], r["reason"]) for r in st.rejected]


@pytest.mark.parametrize("how", ["bom-quoted", "cp932", "utf-8"])
def test_district_stats_by_hand(tmp_path: Path, how: str) -> None:
    t = read_csv(_write(tmp_path, "district_stats", STATS, how))  # bom-quoted: every cell quoted
    assert t.reader == ("csv" if how == "bom-quoted" else "duckdb")
    d = 0
    st = stage_district_stats(t, {"D1", "D2"})
    assert _rej(st) == [
        (3 + d, "fiscal_year", "2024", "同じ地区・年度の行が重複しています（先の行を採用）"),
        (5 + d, "district_code", "D9", "地区コードが地区の一覧にありません"),
        (6 + d, "pop_65plus", "20", "65歳以上人口が総人口を超えています"),
        (7 + d, None, "6 列", "列数がヘッダー（5 列）より多い行です"),
        (9 + d, "population", "-1", "負の値です（人数・件数・重みは 0 以上）"),
        (9 + d, "pop_65plus", "㈱", "整数として読めません"),
    ]
    assert (st.rows_read, st.rows_loaded, st.rows_rejected) == (6, 1, 5)  # lines 4 and 8 are no records
    assert st.clean[["line_number", "district_code", "fiscal_year", "population"]].values.tolist() == [[2, "D1", 2024, 100]]


@pytest.mark.parametrize("how", ["bom-quoted", "cp932", "utf-8"])
def test_resources_by_hand(tmp_path: Path, how: str) -> None:
    t = read_csv(_write(tmp_path, "resources", RESOURCES, how, multiline_at=1))
    d = 1 if how == "bom-quoted" else 0  # the multi-line cell on line 2 moves the later records down
    st = stage_resources(t, AREAS, vocabulary({}))
    assert _rej(st) == [
        (3 + d, "resource_id", "R1", "resource_id が重複しています（先の行を採用）"),
        (4 + d, "resource_type", "karaoke", "resource_type が語彙にありません（dataset.yaml の resource_types: で追加できます）"),
        (5 + d, "lon", None, "緯度（lat）と経度（lon）の片方しかありません"),
        (7 + d, "closed_fy", "2022", "廃止年度が開始年度（2024）より前です"),
        (8 + d, "district_code", None, "district_code・school_code・lat/lon のいずれもなく、場所が分かりません"),
        # the municipality check runs on the rows left (after the others, in Python)
        (6 + d, "lat", "43.0, 141.3", "座標が市町村の区域外です（地区・小学校区から 200 m 以上離れています）"),
    ]
    name = st.clean.loc[0, "name"]
    assert name == ("髙①㈱Ⅱサロン\r\n2行目, \"引用\"" if how == "bom-quoted" else "髙①㈱Ⅱサロン")
    assert st.clean["resource_id"].tolist() == ["R1"] and st.clean["opened_fy"].tolist() == [2020]
