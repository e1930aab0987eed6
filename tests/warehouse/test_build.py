"""The warehouse build on tiny datasets: tables, rejected rows, reconciliation, CLI, strict mode."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from indicators.cli import main
from indicators.errors import UserError
from indicators.pipeline import build_warehouse
from indicators.warehouse.duck import connect



def sha256(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


_CONS: dict[str, object] = {}


def query(wh: Path, sql: str) -> pd.DataFrame:
    """Read-only query; one connection per warehouse file (loading spatial takes a while)."""
    key = f"{wh}:{wh.stat().st_ino}"
    if key not in _CONS:
        _CONS[key] = connect(wh, read_only=True)
    return _CONS[key].execute(sql).df()


@pytest.fixture(autouse=True)
def _close_connections():
    yield
    for con in _CONS.values():
        con.close()
    _CONS.clear()


def test_tiny_build_tables(tiny_dataset, tmp_path: Path) -> None:
    ds = tiny_dataset()
    wh = tmp_path / "out" / "wh.duckdb"
    report = build_warehouse(ds, wh, quiet=True)
    assert report.swapped and wh.exists()
    meta = query(wh, "SELECT * FROM dataset_meta")
    assert len(meta) == 1
    m = meta.iloc[0]
    assert (m["municipality_code"], m["crs"], m["metric_crs"], m["as_of_fy"], m["min_fy"], m["max_fy"]) == (
        "312011", "EPSG:6668", "EPSG:6673", 2024, 2022, 2024)  # 2022: the first resources open
    assert bool(m["synthetic"]) and list(m["sources"]) == ["テスト用"] and m["suppression_threshold"] == 3
    d = query(wh, "SELECT district_code, name_confidence, area_km2, centroid_lon, ST_IsValid(geom) AS ok FROM districts ORDER BY 1")
    assert d["district_code"].tolist() == ["D1", "D2"] and d["name_confidence"].tolist() == ["confirmed", "likely"]
    # 0.01° × 0.01° at 35.5°N: 906.6 m × 1109.3 m ≈ 1.006 km²
    assert d["area_km2"].tolist() == pytest.approx([1.006, 1.006], abs=0.002)
    assert d["ok"].all()
    r = query(wh, "SELECT resource_id, district_code, district_code_source, school_code, school_code_source "
                  "FROM resources ORDER BY resource_id")
    assert r.values.tolist() == [
        ["R1", "D1", "point_in_polygon", "S1", "point_in_polygon"],
        ["R2", "D2", "point_in_polygon", "S2", "point_in_polygon"],
        ["R3", "D2", "given", "S2", "crosswalk"],  # D2 → S2 (0.6)
        ["R4", "D1", "crosswalk", "S1", "given"],  # S1: D1 990 people vs D2 0.4 × 480 = 192
    ]
    s = query(wh, "SELECT district_code, fiscal_year, single_elderly_households AS seh, suppressed_columns "
                  "FROM district_stats WHERE district_code = 'D2' ORDER BY 2")
    assert s["seh"].isna().all() and [list(x) for x in s["suppressed_columns"]] == [["single_elderly_households"]] * 2
    rt = query(wh, "SELECT * FROM resource_types WHERE resource_type = 'dementia_cafe'")
    assert rt["label_ja"].iloc[0] == "認知症カフェ" and rt["plan_refs"].iloc[0] == "Ⅳ-3②"
    rec = query(wh, "SELECT * FROM load_reconciliation ORDER BY source_file")
    assert (rec["rows_read"] == rec["rows_loaded"] + rec["rows_rejected"]).all()
    assert rec.set_index("source_file")["rows_read"].to_dict() == {
        "crosswalk.csv": 3, "district_stats.csv": 4, "districts.geojson": 2, "neighbourhood_assocs.csv": 2,
        "resources.csv": 4, "school_districts.geojson": 2}
    assert not list(wh.parent.glob(".wh.duckdb.building-*"))


BAD_RESOURCES = (
    "resource_id,resource_type,name,district_code,school_code,lat,lon,opened_fy,closed_fy,frequency,note\n"
    'R1,consultation_place,相談,D1,,,,令和4年度,,週1,"二行の\n備考"\n'
    "R2,karaoke,カラオケ,D1,,,,,,,\n"
    "R3,district_salon,サロン,D9,,,,,,,\n"
    "R1,district_salon,重複,D1,,,,,,,\n"
    "R5,district_salon,遠い,,,35.6,134.3,,,,\n"
    "R6,district_salon,食い違い,D1,,35.505,134.217,R5,H30,,\n"
)
BAD_ASSOCS = (
    "assoc_code,assoc_name,district_code,households,pop_65plus,pop_0_14,sasaeai_map_fy,fureai_salon,lat,lon\n"
    "A1,一町内会,D1,１２０,８０,X,令和5年度,1,35.505,134.205\n"
    "\n"
    "A2,二町内会,D2,60,40,,,－,,\n"
    "A3,三町内会,D2,-3,40,,,0,,\n"
    "A4,四町内会,D8,3,1,,,0,,\n"
)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp932"])
def test_rejected_line_numbers_bom_and_cp932(tiny_dataset, tmp_path: Path, encoding: str) -> None:
    ds = tiny_dataset(encoding=encoding, resources_csv=BAD_RESOURCES, neighbourhood_assocs_csv=BAD_ASSOCS)
    wh = tmp_path / "wh.duckdb"
    report = build_warehouse(ds, wh, quiet=True)
    rej = query(wh, "SELECT source_file, line_number, column_name, value, reason FROM rejected_rows ORDER BY 1, 2")
    got = [tuple(x) for x in rej[["source_file", "line_number", "column_name"]].values.tolist()]
    assert got == [
        ("neighbourhood_assocs.csv", 5, "households"),
        ("neighbourhood_assocs.csv", 6, "district_code"),
        ("resources.csv", 4, "resource_type"),  # R1 spans lines 2–3, so R2 is on line 4
        ("resources.csv", 5, "district_code"),
        ("resources.csv", 6, "resource_id"),
        ("resources.csv", 7, "lat"),
        ("resources.csv", 8, "closed_fy"),  # 平成30 (2018) before 令和5 (2023)
    ]
    assert rej["value"].tolist()[2:5] == ["karaoke", "D9", "R1"]
    assert all(isinstance(r, str) and r for r in rej["reason"])
    rec = {r["source_file"]: r for r in report.reconciliation}
    assert (rec["resources.csv"]["rows_read"], rec["resources.csv"]["rows_loaded"], rec["resources.csv"]["rows_rejected"]) == (6, 1, 5)
    assert (rec["neighbourhood_assocs.csv"]["rows_read"], rec["neighbourhood_assocs.csv"]["rows_loaded"]) == (4, 2)
    a = query(wh, "SELECT assoc_code, households, pop_65plus, pop_0_14, sasaeai_map_fy, fureai_salon, "
                  "suppressed_columns FROM neighbourhood_assocs ORDER BY 1")
    assert a[["households", "pop_65plus", "sasaeai_map_fy"]].iloc[0].tolist() == [120, 80, 2023]
    assert list(a["suppressed_columns"].iloc[0]) == ["pop_0_14"] and a["fureai_salon"].iloc[1] == 0
    note = query(wh, "SELECT note FROM resources WHERE resource_id = 'R1'")["note"].iloc[0]
    assert note == "二行の\n備考"


def test_point_contradicting_given_code_is_noted(tiny_dataset, tmp_path: Path) -> None:
    res = ("resource_id,resource_type,name,district_code,lat,lon\n"
           "R1,district_salon,食い違い,D1,35.505,134.217\n")
    wh = tmp_path / "wh.duckdb"
    build_warehouse(tiny_dataset(resources_csv=res), wh, quiet=True)
    r = query(wh, "SELECT district_code, district_code_source, given_district_code FROM resources")
    assert r.values.tolist() == [["D2", "point_in_polygon", "D1"]]
    n = query(wh, "SELECT source_file, line_number, column_name, value FROM load_notes")
    assert n.values.tolist() == [["resources.csv", 2, "district_code", "D1"]]


def test_cli_structural_error_names_file_and_column(tiny_dataset, tmp_path: Path, capsys) -> None:
    wh = tmp_path / "wh.duckdb"
    build_warehouse(tiny_dataset("good"), wh, quiet=True)
    before = sha256(wh)
    bad = tiny_dataset("bad", district_stats_csv="district_code,fiscal_year,population,households\nD1,2024,1,1\n")
    code = main(["build", "--dataset", str(bad), "--warehouse", str(wh), "-q"])
    err = capsys.readouterr().err
    assert code != 0
    assert "district_stats.csv" in err and "pop_65plus" in err and "Traceback" not in err
    assert sha256(wh) == before
    assert not list(tmp_path.glob(".wh.duckdb.building-*"))


@pytest.mark.parametrize(
    ("files", "needle"),
    [
        ({"resources_csv": None}, "resources.csv"),
        ({"dataset_yaml": "name: x\n"}, "municipality_code"),
        ({"districts_geojson": '{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
                               '{"code":"D1","district_name":"a"},"geometry":null}]}'}, "district_code"),
    ],
)
def test_structural_errors(tiny_dataset, tmp_path: Path, files: dict, needle: str) -> None:
    with pytest.raises(UserError, match=needle):
        build_warehouse(tiny_dataset(**files), tmp_path / "wh.duckdb", quiet=True)
    assert not (tmp_path / "wh.duckdb").exists()


def test_strict(tiny_dataset, tmp_path: Path, capsys) -> None:
    wh = tmp_path / "wh.duckdb"
    ds = tiny_dataset(resources_csv=BAD_RESOURCES)
    build_warehouse(tiny_dataset("good"), wh, quiet=True)
    before = sha256(wh)
    code = main(["build", "--dataset", str(ds), "--warehouse", str(wh), "--strict", "-q"])
    out = capsys.readouterr()
    assert code == 1 and "--strict" in out.err and "resources.csv" in out.out  # reconciliation still printed
    assert sha256(wh) == before
    report = build_warehouse(ds, wh, quiet=True)
    assert report.rows_rejected == 5 and sha256(wh) != before


def test_tabular_only_and_column_renaming(tiny_dataset, tmp_path: Path) -> None:
    yaml = ("name: t\nmunicipality_code: '312011'\nmunicipality_name: 鳥取市\nsynthetic: false\nas_of: 2024-03-31\n"
            "columns:\n  地区コード: district_code\n  district_stats:\n    年度: fiscal_year\n    総人口: population\n")
    stats = ("地区コード,年度,総人口,pop_65plus,households\nD1,令和4年度,100,30,40\nD1,R5,90,30,40\n"
             "D2,2023,50,20,20\nD2,2024,50,20,20\n")
    res = ("resource_id,resource_type,name,地区コード,school_code\nR1,district_salon,a,D1,\nR2,district_salon,b,,S2\n"
           "R3,district_salon,c,D3,\n")
    ds = tiny_dataset(dataset_yaml=yaml, districts_geojson=None, school_districts_geojson=None,
                      district_stats_csv=stats, resources_csv=res,
                      crosswalk_csv="district_code,school_code,weight\nD1,S1,1\nD2,S2,1\n",
                      neighbourhood_assocs_csv="assoc_code,assoc_name,district_code,households,pop_65plus,"
                                               "sasaeai_map_fy,fureai_salon\nA1,a,D1,1,1,,0\n")
    wh = tmp_path / "wh.duckdb"
    report = build_warehouse(ds, wh, quiet=True)
    assert report.tabular_only
    m = query(wh, "SELECT tabular_only, min_fy, max_fy, as_of_fy FROM dataset_meta").iloc[0].tolist()
    assert m == [True, 2022, 2023, 2023]  # FY2024 row is beyond as_of (2024-03-31 = FY2023)
    assert query(wh, "SELECT district_code FROM districts ORDER BY 1")["district_code"].tolist() == ["D1", "D2"]
    assert query(wh, "SELECT count(*) AS n FROM districts WHERE geom IS NULL")["n"].iloc[0] == 2
    r = query(wh, "SELECT resource_id, district_code, district_code_source, school_code, school_code_source "
                  "FROM resources ORDER BY 1")
    assert r.values.tolist() == [["R1", "D1", "given", "S1", "crosswalk"], ["R2", "D2", "crosswalk", "S2", "given"]]
    assert query(wh, "SELECT line_number, value FROM rejected_rows").values.tolist() == [[4, "D3"]]




def test_default_plan_paths(tiny_dataset) -> None:
    from indicators.paths import DEFAULT_PLAN
    from indicators.raw.dataset import read_dataset_yaml

    assert read_dataset_yaml(tiny_dataset("a")).plan_files() == []  # → the bundled chapter 6
    assert DEFAULT_PLAN.exists()
    ds = tiny_dataset("b", **{"plan/b_txt": "第6章\n", "plan/a_txt": "第6章\n"})
    assert [p.name for p in read_dataset_yaml(ds).plan_files()] == ["a.txt", "b.txt"]


def test_tiny_dataset_full_build_with_hooks_via_cli(tiny_dataset, tmp_path: Path, capsys) -> None:
    """`welfare build` end to end on the tiny dataset, including plan, accessibility and indicators."""
    wh = tmp_path / "wh.duckdb"
    assert main(["build", "--dataset", str(tiny_dataset()), "--warehouse", str(wh), "-q"]) == 0
    out = capsys.readouterr().out
    assert "resources.csv" in out and "構築しました" in out and "合成データ" in out
    tables = set(query(wh, "SELECT table_name FROM information_schema.tables")["table_name"])
    assert {"indicator_catalogue", "indicator_values", "priority_scores", "plan_measures"} <= tables
    assert query(wh, "SELECT count(*) AS n FROM plan_measures")["n"].iloc[0] > 0
    # the engine's parquet copies are published next to the warehouse after the swap; no staging left
    assert (tmp_path / "indicator_values.parquet").exists()
    assert not list(tmp_path.glob(".wh.duckdb.*"))


def test_header_only_dataset_is_a_clear_error(tiny_dataset, tmp_path: Path) -> None:
    ds = tiny_dataset(districts_geojson=None, school_districts_geojson=None, crosswalk_csv=None,
                      district_stats_csv="district_code,fiscal_year,population,pop_65plus,households\n",
                      neighbourhood_assocs_csv="assoc_code,assoc_name,district_code,households,pop_65plus,"
                                               "sasaeai_map_fy,fureai_salon\n",
                      resources_csv="resource_id,resource_type,name,district_code\n")
    with pytest.raises(UserError, match="地区が 1 つもありません"):
        build_warehouse(ds, tmp_path / "wh.duckdb", quiet=True)
    assert not (tmp_path / "wh.duckdb").exists()


@pytest.mark.filterwarnings("ignore::UserWarning", "ignore::RuntimeWarning")
def test_gpkg_and_shapefile_areas_with_repair(tiny_dataset, tmp_path: Path) -> None:
    import geopandas as gpd
    from shapely.geometry import Polygon, box

    yaml = ("name: t\nmunicipality_code: '312011'\nmunicipality_name: 鳥取市\nsynthetic: false\n"
            "as_of: 2024-10-01\ncolumns:\n  districts:\n    地区コード: district_code\n    地区名: district_name\n")
    ds = tiny_dataset(dataset_yaml=yaml, districts_geojson=None, school_districts_geojson=None)
    # D2 drawn as a bow-tie (self-intersecting): repaired into two triangles and noted
    bowtie = Polygon([(134.21, 35.50), (134.22, 35.51), (134.22, 35.50), (134.21, 35.51), (134.21, 35.50)])
    gpd.GeoDataFrame({"地区コード": ["D1", "D2"], "地区名": ["一", "二"]},
                     geometry=[box(134.20, 35.50, 134.21, 35.51), bowtie], crs="EPSG:6668"
                     ).to_crs("EPSG:6673").to_file(ds / "districts.gpkg", driver="GPKG")
    gpd.GeoDataFrame({"school_code": ["S1", "S2"], "school_name": ["一小", "二小"]},
                     geometry=[box(134.20, 35.50, 134.214, 35.51), box(134.214, 35.50, 134.22, 35.51)],
                     crs="EPSG:6668").to_file(ds / "school_districts.shp")
    wh = tmp_path / "wh.duckdb"
    report = build_warehouse(ds, wh, quiet=True)
    d = query(wh, "SELECT district_code, district_name, ST_IsValid(geom) AS ok, area_km2 FROM districts ORDER BY 1")
    assert d[["district_code", "district_name"]].values.tolist() == [["D1", "一"], ["D2", "二"]]
    assert d["ok"].all() and d["area_km2"].iloc[1] == pytest.approx(d["area_km2"].iloc[0] / 2, rel=0.01)
    notes = query(wh, "SELECT source_file, line_number, column_name FROM load_notes")
    assert notes.values.tolist() == [["districts.gpkg", 2, "geometry"]]
    assert query(wh, "SELECT count(*) AS n FROM school_districts")["n"].iloc[0] == 2
    assert report.rows_rejected == 0
