"""Facility list import: type table, placement by coordinates / 地区 / 小学校区, rejects, idempotent re-import."""
from __future__ import annotations

import csv

from shapely.geometry import box

from importer_files import write_geojson
from indicators.cli import main
from indicators.importers.facilities import import_facilities, jageocoder_status


def _prepare(ds):
    write_geojson(ds.path / "districts.geojson", [
        ({"district_code": "D01", "district_name": "東地区"}, box(134.20, 35.50, 134.22, 35.51)),
        ({"district_code": "D02", "district_name": "西地区"}, box(134.22, 35.50, 134.24, 35.51)),
    ])
    write_geojson(ds.path / "school_districts.geojson", [
        ({"school_code": "S03", "school_name": "北小学校"}, box(134.20, 35.51, 134.24, 35.52)),
    ])
    (ds.path / "resources.csv").write_text(
        "resource_id,resource_type,name,district_code,school_code,lat,lon,opened_fy,closed_fy,frequency,note\n"
        "R1,coordinator,既存コーディネーター,D01,,,,2020,,,\n", encoding="utf-8")


def _resources(ds) -> dict[str, dict[str, str]]:
    with (ds.path / "resources.csv").open(encoding="utf-8") as f:
        return {r["name"]: r for r in csv.DictReader(f)}


def test_facilities_import(fixtures, dataset):
    _prepare(dataset)
    rec = import_facilities(fixtures / "facilities.csv", dataset)  # Shift_JIS CSV, detected
    res = _resources(dataset)
    assert set(res) == {"既存コーディネーター", "東町こども食堂", "西町サロン", "北町相談所"}
    a, b, c = res["東町こども食堂"], res["西町サロン"], res["北町相談所"]
    assert (a["resource_type"], a["lat"], a["lon"], a["opened_fy"]) == ("community_cafeteria", "35.505", "134.205", "2021")
    assert "毎月第2土曜" in a["note"] and "鳥取市東町1-1" in a["note"]
    assert (b["resource_type"], b["district_code"], b["opened_fy"]) == ("district_salon", "D02", "2023")
    assert (c["resource_type"], c["school_code"], c["opened_fy"]) == ("consultation_place", "S03", "2022")
    assert (rec.rows_read, rec.rows_used, len(rec.rejected)) == (7, 3, 4)
    by_line = {r.line_number: r.reason for r in rec.rejected}
    assert "種別「ボランティア団体」" in by_line[5]
    assert "位置を決められません" in by_line[6]
    assert "緯度経度" in by_line[7]
    assert "地区「存在しない地区」" in by_line[8]
    assert any("jageocoder" in n for n in rec.notes)
    # the same list again updates rows instead of adding duplicates
    import_facilities(fixtures / "facilities.csv", dataset)
    assert len(_resources(dataset)) == 4


def test_facilities_xlsx_and_custom_types(tmp_path, dataset):
    from openpyxl import Workbook

    _prepare(dataset)
    wb = Workbook()
    ws = wb.active
    ws.append(["令和6年度 ボランティア団体一覧"])
    ws.append(["施設名", "所在地", "種類", "地区名"])
    ws.append(["南町の会", "鳥取市南町4", "ボランティア団体", "東"])
    src = tmp_path / "list.xlsx"
    wb.save(src)
    types = tmp_path / "types.csv"
    types.write_text("type_ja,resource_type\nボランティア団体,activity_base\n", encoding="utf-8")
    rec = import_facilities(src, dataset, types)
    assert rec.rows_used == 1
    row = _resources(dataset)["南町の会"]
    assert (row["resource_type"], row["district_code"]) == ("activity_base", "D01")  # 「東」 = 東地区


def test_jageocoder_is_optional():
    import importlib.util

    mod, msg = jageocoder_status()
    if importlib.util.find_spec("jageocoder") is None:
        assert mod is None and "入っていない" in msg
    else:  # installed: usable only with its dictionary, and the message says which
        assert "jageocoder" in msg


def test_cli_facilities(fixtures, dataset, capsys):
    _prepare(dataset)
    assert main(["import", "facilities", "--input", str(fixtures / "facilities.csv"), "--dataset", str(dataset.path)]) == 0
    assert "読み込み 7 行 = 反映 3 行 + 除外 4 行" in capsys.readouterr().out


def test_csv_with_title_line_and_hints(tmp_path, dataset):
    src = tmp_path / "list.csv"
    src.write_text("令和6年4月1日現在 地域食堂一覧\n\n名称,所在地,種別,地区\n東の食堂,鳥取市東町,地域食堂,東地区\n",
                   encoding="utf-8")
    rec = import_facilities(src, dataset)  # no districts.geojson yet: the reason says what is missing
    assert (rec.rows_read, rec.rows_used) == (1, 0)
    assert rec.rejected[0].line_number == 4 and "districts.geojson が必要" in rec.rejected[0].reason
    _prepare(dataset)
    rec = import_facilities(src, dataset)
    assert rec.rows_used == 1 and _resources(dataset)["東の食堂"]["district_code"] == "D01"
