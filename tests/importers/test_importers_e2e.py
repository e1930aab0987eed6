"""End to end: `welfare import ...` into an empty dataset dir, then the loader builds a warehouse from it."""
from __future__ import annotations

from shapely.geometry import box

from importer_files import TOWN_BOXES, write_geojson, write_shapefile
from indicators.cli import main


def _a27(code: str, name: str) -> dict:
    return {"A27_001": "31201", "A27_002": "鳥取市立", "A27_003": code, "A27_004": name, "A27_005": "鳥取市"}


def test_imported_dataset_builds(tmp_path, fixtures):
    from indicators.paths import DEFAULT_PLAN
    from indicators.pipeline import build_warehouse
    from indicators.warehouse.duck import connect

    ds = tmp_path / "ds"
    assert main(["import", "init", "--dataset", str(ds), "--code", "31201", "--name", "鳥取市", "--as-of", "2024-03-31"]) == 0
    keys = list(TOWN_BOXES)
    shp = write_shapefile(tmp_path / "r2ka31201.shp", {"KEY_CODE": keys, "S_NAME": [TOWN_BOXES[k][0] for k in keys]},
                          [TOWN_BOXES[k][1] for k in keys], cpg=False)
    a27 = write_geojson(tmp_path / "A27-23_31.geojson", [
        (_a27("B131201000011", "東小学校"), box(134.20, 35.50, 134.22, 35.51)),
        (_a27("B131201000029", "北小学校"), box(134.20, 35.51, 134.24, 35.52)),
        (_a27("B131201000037", "西小学校"), box(134.22, 35.50, 134.24, 35.51)),
    ])
    assert main(["import", "estat-census", "--table", str(fixtures / "tblT001082C31.txt"), "--table",
                 str(fixtures / "tblT001081C31.txt"), "--towns", str(fixtures / "towns.csv"), "--dataset", str(ds),
                 "--fy", "2020", "--boundary", str(shp)]) == 0
    assert main(["import", "ksj-schools", "--input", str(a27), "--dataset", str(ds)]) == 0
    assert main(["import", "facilities", "--input", str(fixtures / "facilities.csv"), "--dataset", str(ds)]) == 0

    wh = tmp_path / "wh.duckdb"
    report = build_warehouse(dataset_dir=ds, warehouse_path=wh, plan_paths=[DEFAULT_PLAN], quiet=True)
    recon = {r["source_file"]: (r["rows_read"], r["rows_loaded"], r["rows_rejected"]) for r in report.reconciliation}
    assert recon["districts.geojson"] == (4, 4, 0)
    assert recon["school_districts.geojson"] == (3, 3, 0)
    assert recon["district_stats.csv"] == (4, 4, 0)
    assert recon["resources.csv"] == (3, 3, 0)
    con = connect(wh, read_only=True)
    try:
        d02 = con.execute("SELECT population, pop_65plus, households FROM district_stats WHERE district_code='D02'").fetchone()
        assert d02 == (150, 50, 60)
        d04 = con.execute("SELECT pop_75plus, suppressed_columns FROM district_stats WHERE district_code='D04'").fetchone()
        assert d04[0] is None and "pop_75plus" in d04[1]
        meta = con.execute("SELECT municipality_code, synthetic FROM dataset_meta").fetchone()
        assert meta == ("312011", False)
        # the 子ども食堂 point lies in D01 and is resolved there by the loader
        got = con.execute("SELECT district_code FROM resources WHERE resource_type='community_cafeteria'").fetchone()
        assert got == ("D01",)
    finally:
        con.close()
