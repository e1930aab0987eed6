"""Validation of each contract table: rejected rows with line numbers and Japanese reasons."""
from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Polygon, box

from indicators.errors import UserError
from indicators.raw.csvfile import read_csv
from indicators.staging.resolve import Areas
from indicators.staging.tables import stage_assocs, stage_crosswalk, stage_district_stats, stage_resources
from indicators.vocabulary import vocabulary


def table(tmp_path: Path, name: str, text: str, encoding: str = "utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return read_csv(p)


def rejected(st) -> set[tuple[int, str]]:
    return {(r["line_number"], r["column_name"]) for r in st.rejected}


def areas(with_polygons: bool = True) -> Areas:
    d = gpd.GeoDataFrame({"district_code": ["D1", "D2"]},
                         geometry=[box(134.20, 35.50, 134.21, 35.51), box(134.21, 35.50, 134.22, 35.51)], crs="EPSG:6668")
    s = gpd.GeoDataFrame({"school_code": ["S1"]}, geometry=[box(134.20, 35.50, 134.22, 35.51)], crs="EPSG:6668")
    return Areas({"D1", "D2"}, {"S1"}, d if with_polygons else None, s if with_polygons else None,
                 "EPSG:6668", "EPSG:6673")


STATS = """district_code,fiscal_year,population,pop_0_14,pop_65plus,pop_75plus,households,single_elderly_households
D1,令和5年度,"1,000",１００,300,150,450,X
D9,2023,10,1,2,1,5,1
D2,2023,100,10,120,50,40,3
D2,2024,100,10,50,60,40,3
D1,R5,900,10,100,50,40,3
D2,H30,-5,0,0,0,0,0
D2,2022,abc,0,0,0,0,0
D2,2021,100,-,…,***,40,秘匿
D2,,100,0,0,0,0,0
D1,X,100,0,0,0,0,0
"""


def test_district_stats_rejections_and_values(tmp_path: Path) -> None:
    st = stage_district_stats(table(tmp_path, "district_stats.csv", STATS), {"D1", "D2"})
    assert rejected(st) == {
        (3, "district_code"), (4, "pop_65plus"), (5, "pop_75plus"), (6, "fiscal_year"),
        (7, "population"), (8, "population"), (10, "fiscal_year"), (11, "fiscal_year"),
    }
    assert st.rows_read == 10 and st.rows_loaded == 2 and st.rows_rejected == 8
    reasons = {r["line_number"]: r["reason"] for r in st.rejected}
    assert "一覧にありません" in reasons[3] and "総人口を超えて" in reasons[4] and "重複" in reasons[6]
    assert "負の値" in reasons[7] and "整数" in reasons[8]
    d1, d2 = st.clean.iloc[0], st.clean.iloc[1]
    assert (d1["fiscal_year"], d1["population"], d1["pop_0_14"]) == (2023, 1000, 100)
    assert pd.isna(d1["single_elderly_households"])
    assert d1["suppressed_columns"] == ["single_elderly_households"]
    assert (d2["fiscal_year"], d2["pop_0_14"]) == (2021, 0)
    assert pd.isna(d2["pop_65plus"]) and pd.isna(d2["pop_75plus"])
    assert d2["suppressed_columns"] == ["single_elderly_households"]


def test_district_stats_missing_column(tmp_path: Path) -> None:
    with pytest.raises(UserError) as e:
        stage_district_stats(table(tmp_path, "district_stats.csv", "district_code,population\nD1,1\n"), None)
    assert "district_stats.csv" in str(e.value) and "fiscal_year" in str(e.value)


RESOURCES = """resource_id,resource_type,name,district_code,school_code,lat,lon,opened_fy,closed_fy,frequency,note
R1,consultation_place,a,D1,,,,2022,,,
R1,district_salon,b,D1,,,,,,,
R3,karaoke,c,D1,,,,,,,
R4,district_salon,d,,,,,,,,
R5,district_salon,e,D7,,,,,,,
R6,district_salon,f,,,35.505,,,,,
R7,district_salon,g,,,134.205,35.505,,,,
R8,district_salon,h,,,35.60,134.205,,,,
R9,district_salon,i,,,35.5005,134.2050,2024,2023,,
R10,district_salon,j,,,35.5005,134.1995,,,,
R11,district_salon,k,,S9,,,,,,
"""


def test_resources_rejections(tmp_path: Path) -> None:
    st = stage_resources(table(tmp_path, "resources.csv", RESOURCES), areas(), vocabulary())
    assert rejected(st) == {
        (3, "resource_id"), (4, "resource_type"), (5, "district_code"), (6, "district_code"),
        (7, "lon"), (8, "lat"), (9, "lat"), (10, "closed_fy"), (12, "school_code"),
    }
    reasons = {r["line_number"]: r["reason"] for r in st.rejected}
    assert "入れ替わって" in reasons[8]
    assert "区域外" in reasons[9]  # 35.60 is ~10 km north of the squares
    assert "場所が分かりません" in reasons[5]
    # R10 lies ~45 m west of D1, inside the 200 m tolerance
    assert list(st.clean["resource_id"]) == ["R1", "R10"]
    assert st.rows_read == st.rows_loaded + st.rows_rejected == 11


def test_resource_type_extension(tmp_path: Path) -> None:
    t = table(tmp_path, "resources.csv", "resource_id,resource_type,name,district_code\nR1,karaoke,c,D1\n")
    st = stage_resources(t, areas(), vocabulary({"karaoke": {"label_ja": "カラオケ", "plan_refs": ""}}))
    assert st.rows_loaded == 1 and not st.rejected


def test_resources_need_a_location_column(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="resources.csv"):
        stage_resources(table(tmp_path, "resources.csv", "resource_id,resource_type,name\n"), areas(), vocabulary())


def test_assocs(tmp_path: Path) -> None:
    text = ("assoc_code,assoc_name,district_code,households,pop_65plus,sasaeai_map_fy,fureai_salon\n"
            "A1,一,D1,10,X,令和元年度,1\nA1,二,D1,10,5,,0\nA3,三,D5,1,1,,0\nA4,四,D2,-1,1,,0\n")
    st = stage_assocs(table(tmp_path, "neighbourhood_assocs.csv", text, "cp932"), areas())
    assert rejected(st) == {(3, "assoc_code"), (4, "district_code"), (5, "households")}
    row = st.clean.iloc[0]
    assert (row["sasaeai_map_fy"], row["suppressed_columns"]) == (2019, ["pop_65plus"])
    assert pd.isna(row["pop_65plus"]) and pd.isna(row["pop_0_14"]) and pd.isna(row["lat"])  # optional columns absent


def test_crosswalk_sums(tmp_path: Path) -> None:
    text = "district_code,school_code,weight\nD1,S1,0.5\nD1,S2,0.495\nD2,S1,0.7\nD2,S2,0.2\nD3,S1,1\nD2,S2,0.1\n"
    st = stage_crosswalk(table(tmp_path, "crosswalk.csv", text), {"D1", "D2"}, {"S1", "S2"})
    # D1 sums to 0.995 (within ±0.01); D2 rows 4, 5 sum to 0.9 (row 7 is a duplicate pair) → rejected
    assert rejected(st) == {(4, "weight"), (5, "weight"), (6, "district_code"), (7, "school_code")}
    assert list(st.clean["district_code"]) == ["D1", "D1"]
    assert set(st.clean["method"]) == {"given"}
    assert any("0.900" in r["reason"] for r in st.rejected)


def test_tabular_only_accepts_points_without_polygons(tmp_path: Path) -> None:
    t = table(tmp_path, "resources.csv", "resource_id,resource_type,name,lat,lon\nR1,district_salon,a,35.0,135.0\n")
    st = stage_resources(t, areas(with_polygons=False), vocabulary())
    assert st.rows_loaded == 1


def test_bowtie_and_collapsed_polygons() -> None:
    from indicators.staging.areas import stage_area_polygons

    bowtie = Polygon([(134.20, 35.50), (134.21, 35.51), (134.21, 35.50), (134.20, 35.51), (134.20, 35.50)])
    flat = Polygon([(134.20, 35.50), (134.21, 35.50), (134.22, 35.50), (134.20, 35.50)])
    gdf = gpd.GeoDataFrame(
        {"feature_no": [1, 2, 3, 4, 5], "district_code": ["D1", "D2", "D1", "D4", None],
         "district_name": ["a", "b", "c", "d", "e"]},
        geometry=[bowtie, flat, box(0, 0, 1, 1), None, box(0, 0, 1, 1)], crs="EPSG:6668")
    st = stage_area_polygons(gdf, "district", "districts.geojson")
    assert rejected(st) == {(2, "geometry"), (3, "district_code"), (4, "geometry"), (5, "district_code")}
    assert [n["line_number"] for n in st.notes] == [1] and "修復" in st.notes[0]["note"]
    g = st.clean.geometry.iloc[0]
    assert g.is_valid and g.geom_type == "MultiPolygon"
    assert g.area == pytest.approx(0.5 * 0.01 * 0.01)  # two triangles, each a quarter of the square
