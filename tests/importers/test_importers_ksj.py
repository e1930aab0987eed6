"""国土数値情報 A27/A32 import: layouts, Shift_JIS DBF with/without .cpg, municipality filter, dissolve."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from shapely.geometry import box, shape

from importer_files import write_geojson, write_shapefile
from indicators.cli import main
from indicators.errors import UserError
from indicators.importers.common import dbf_encoding
from indicators.importers.ksj import import_ksj_schools

EAST_W, EAST_E = box(134.20, 35.50, 134.21, 35.51), box(134.21, 35.50, 134.22, 35.51)
NORTH = box(134.20, 35.51, 134.24, 35.52)
YONAGO = box(133.30, 35.40, 133.31, 35.41)


def _v3_features(prefix: str = "A27") -> list:
    def props(code, owner, scode, name, addr):
        return {f"{prefix}_001": code, f"{prefix}_002": owner, f"{prefix}_003": scode, f"{prefix}_004": name, f"{prefix}_005": addr}
    return [
        (props("31201", "鳥取市立", "B131201000011", "東小学校", "鳥取市東町1"), EAST_W),
        (props("31201", "鳥取市立", "B131201000011", "東小学校", "鳥取市東町1"), EAST_E),  # same school, 2nd part
        (props("31201", "鳥取市立", "B131201000029", "北小学校", "鳥取市北町1"), NORTH),
        (props("31202", "米子市立", "B131202000018", "米子小学校", "米子市1"), YONAGO),
    ]


def _read(path: Path) -> dict[str, dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["school_code"]: f for f in data["features"]}


def test_current_layout_geojson_filters_and_dissolves(tmp_path, dataset):
    src = write_geojson(tmp_path / "A27-23_31.geojson", _v3_features())
    rec, lay, out = import_ksj_schools(src, dataset)
    assert lay.school_code == "A27_003" and lay.name == "A27_004"
    assert out.name == "school_districts.geojson"
    feats = _read(out)
    assert set(feats) == {"B131201000011", "B131201000029"}
    east = feats["B131201000011"]
    assert east["properties"]["school_name"] == "東小学校"
    assert east["properties"]["school_kind"] == "小学校"
    # two 0.01° squares dissolved into one 0.02° × 0.01° rectangle
    assert shape(east["geometry"]).area == pytest.approx(0.0002, rel=1e-6)
    assert (rec.rows_read, rec.rows_used, len(rec.rejected)) == (4, 3, 1)
    assert "対象の市町村外" in rec.rejected[0].reason and rec.rejected[0].value == "31202"


@pytest.mark.parametrize("cpg", [True, False])
def test_old_polygon_layout_shift_jis_dbf(tmp_path, dataset, cpg):
    shp = write_shapefile(
        tmp_path / "A27-10_31-g_SchoolDistrict.shp",
        {"A27_005": ["31201", "31201", "31202"], "A27_006": ["鳥取市立", "鳥取市立", "米子市立"],
         "A27_007": ["久松小学校", "遷喬小学校", "米子小学校"], "A27_008": ["鳥取市東町", "鳥取市西町", "米子市"]},
        [EAST_W, EAST_E, YONAGO], cpg=cpg,
    )
    enc, how = dbf_encoding(shp)
    assert enc == "cp932"
    assert (".cpg" in how) if cpg else ("Shift_JIS" in how)
    rec, lay, out = import_ksj_schools(shp, dataset)
    assert lay.code == "A27_005" and lay.name == "A27_007" and lay.school_code is None
    names = {f["properties"]["school_name"] for f in _read(out).values()}
    assert names == {"久松小学校", "遷喬小学校"}
    # no 学校コード in this release: code = municipality + name
    assert "31201-久松小学校" in _read(out)
    assert rec.balanced and rec.rows_used == 2


def test_old_layout_name_in_a27_003(tmp_path, dataset):
    src = write_geojson(tmp_path / "old.geojson", [
        ({"A27_001": "31201", "A27_002": "鳥取市立", "A27_003": "久松小学校", "A27_004": "鳥取市東町"}, EAST_W),
    ])
    rec, lay, out = import_ksj_schools(src, dataset)
    assert lay.name == "A27_003"
    assert [f["properties"]["school_name"] for f in _read(out).values()] == ["久松小学校"]


def test_old_layout_reuses_existing_school_codes(tmp_path, dataset):
    write_geojson(dataset.path / "school_districts.geojson",
                  [({"school_code": "S01", "school_name": "久松小学校"}, EAST_W)])
    src = write_geojson(tmp_path / "old.geojson", [
        ({"A27_001": "31201", "A27_002": "鳥取市立", "A27_003": "久松小学校", "A27_004": "鳥取市東町"}, EAST_W),
    ])
    _rec, _lay, out = import_ksj_schools(src, dataset)
    assert list(_read(out)) == ["S01"]


def test_unknown_layout_fails_clearly(tmp_path, dataset):
    src = write_geojson(tmp_path / "odd.geojson", [({"A27_001": "31201", "A27_010": "x"}, EAST_W)])
    with pytest.raises(UserError, match="判別できません.*A27_010"):
        import_ksj_schools(src, dataset)


def test_junior_layout_goes_to_its_own_file_and_level_mismatch(tmp_path, dataset):
    src = write_geojson(tmp_path / "A32-23_31.geojson", _v3_features("A32"))
    rec, lay, out = import_ksj_schools(src, dataset)
    assert out.name == "junior_school_districts.geojson"
    assert {f["properties"]["school_kind"] for f in _read(out).values()} == {"中学校"}
    with pytest.raises(UserError, match="--level elementary"):
        import_ksj_schools(src, dataset, level="elementary")


def test_points_file_and_other_municipality_only(tmp_path, dataset):
    from shapely.geometry import Point

    pts = write_geojson(tmp_path / "pts.geojson", [
        ({"A27_001": "31201", "A27_002": "鳥取市立", "A27_003": "久松小学校", "A27_004": "東町"}, Point(134.2, 35.5))])
    with pytest.raises(UserError, match="点"):
        import_ksj_schools(pts, dataset)
    other = write_geojson(tmp_path / "other.geojson", _v3_features()[3:])
    with pytest.raises(UserError, match="31201 の学校区が 1 件もありません"):
        import_ksj_schools(other, dataset)


def test_cli_prints_layout_and_writes_rejected(tmp_path, dataset, capsys):
    src = write_geojson(tmp_path / "A27-23_31.geojson", _v3_features())
    assert main(["import", "ksj-schools", "--input", str(src), "--dataset", str(dataset.path)]) == 0
    out = capsys.readouterr().out
    assert "A27 第3.0版" in out and "読み込み 4 行 = 反映 3 行 + 除外 1 行" in out
    rej = (dataset.path / "import_rejected.csv").read_text(encoding="utf-8").splitlines()
    assert rej[0].startswith("importer,source_file,line_number") and len(rej) == 2
    assert "ksj-schools,A27-23_31.geojson,4,A27_001,31202" in rej[1]


@pytest.mark.parametrize(("columns", "sample", "name_col", "level"), [
    (["A27_001", "A27_002", "A27_003", "A27_004", "A27_005"], {"A27_003": ["B131201000011"]}, "A27_004", "elementary"),
    (["A27_005", "A27_006", "A27_007", "A27_008"], {}, "A27_007", "elementary"),
    (["A27_001", "A27_002", "A27_003", "A27_004"], {"A27_003": ["久松小学校"]}, "A27_003", "elementary"),
    (["A32_001", "A32_002", "A32_003", "A32_004", "A32_005"], {"A32_003": ["C131201000010"]}, "A32_004", "junior"),
    (["A32_006", "A32_007", "A32_008", "A32_009"], {}, "A32_008", "junior"),
    (["A32_001", "A32_002", "A32_003", "A32_004"], {"A32_003": ["北中学校"]}, "A32_003", "junior"),
    (["行政区域コード", "設置主体", "名称", "所在地"], {}, "名称", None),
])
def test_detect_layout_table(columns, sample, name_col, level):
    from indicators.importers.ksj import detect_layout

    lay = detect_layout(columns + ["geometry"], sample, "x")
    assert (lay.name, lay.level) == (name_col, level)


def test_current_columns_with_names_in_code_column_are_not_guessed():
    """A27_001..005 whose A27_003 holds neither codes nor only names (mixed) is rejected, not misread."""
    from indicators.importers.ksj import detect_layout

    mixed = {"A27_003": ["B131201000011", "久松小学校"]}
    with pytest.raises(UserError, match="判別できません"):
        detect_layout(["A27_001", "A27_002", "A27_003", "A27_004", "A27_005"], mixed, "x")


def test_school_points_from_p29(tmp_path, dataset):
    from shapely.geometry import Point

    src = write_geojson(tmp_path / "A27-23_31.geojson", _v3_features())
    pts = write_geojson(tmp_path / "P29-21_31.geojson", [
        ({"P29_001": "31201", "P29_002": "B131201000011", "P29_003": "16001", "P29_004": "東小学校", "P29_005": "x"},
         Point(134.205, 35.505)),
        ({"P29_001": "31201", "P29_002": "C131201000010", "P29_003": "16002", "P29_004": "東中学校", "P29_005": "x"},
         Point(134.215, 35.505)),
        ({"P29_001": "31202", "P29_002": "B131202000018", "P29_003": "16001", "P29_004": "米子小学校", "P29_005": "x"},
         Point(133.305, 35.405)),
    ])
    rec, _lay, out = import_ksj_schools(src, dataset, points=pts)
    feats = _read(out)
    assert (feats["B131201000011"]["properties"]["school_lon"], feats["B131201000011"]["properties"]["school_lat"]) == (134.205, 35.505)
    assert feats["B131201000029"]["properties"]["school_lon"] is None
    prec = rec.extra[0]
    assert (prec.rows_read, prec.rows_used, len(prec.rejected)) == (3, 1, 2)
    assert "北小学校" in " ".join(prec.notes)
