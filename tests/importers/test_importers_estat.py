"""e-Stat 小地域 import: two-header Shift_JIS CSV, `-`/`X`, 合算先 pairs, merge with existing rows, boundary dissolve.

Expected values are computed by hand from fixtures/tblT001082C31.txt and tblT001081C31.txt:
東町一丁目 + 東町二丁目 → D01, 西町 + 南町 (merged into 西町) → D02, 北町 (merged into 東町二丁目, D01)
+ 山村 → D03, 川町 (75歳以上 X without 合算先) → D04, 未登録町 not in towns.csv.
"""
from __future__ import annotations

import csv
import json

import pytest
from shapely.geometry import shape

from importer_files import TOWN_BOXES, write_shapefile
from indicators.cli import main
from indicators.errors import UserError
from indicators.importers.common import load_towns
from indicators.importers.estat import import_census, read_estat_csv


def _stats(ds) -> dict[tuple[str, str], dict[str, str]]:
    with (ds.path / "district_stats.csv").open(encoding="utf-8") as f:
        return {(r["district_code"], r["fiscal_year"]): r for r in csv.DictReader(f)}


def test_read_two_header_csv(fixtures):
    t = read_estat_csv(fixtures / "tblT001082C31.txt")
    assert t.table_id == "T001082"
    assert t.labels["T001082017"] == "総数１５歳未満"
    assert t.mapping == {"population": "T001082001", "pop_0_14": "T001082017",
                         "pop_65plus": "T001082019", "pop_75plus": "T001082020"}
    assert t.rows[0][0] == 3  # data starts on line 3 (codes, labels above)
    assert len(t.rows) == 11


def test_census_aggregation_with_merged_areas(fixtures, dataset):
    # an existing file: another year stays, the same year keeps columns this import does not write
    (dataset.path / "district_stats.csv").write_text(
        "district_code,fiscal_year,population,pop_0_14,pop_65plus,pop_75plus,households,single_elderly_households\n"
        "D02,2015,160,20,45,18,58,7\nD02,2020,1,1,1,1,1,12\n", encoding="utf-8")
    towns = load_towns(fixtures / "towns.csv", dataset)
    recs = import_census([fixtures / "tblT001082C31.txt", fixtures / "tblT001081C31.txt"], towns, dataset, 2020)
    s = _stats(dataset)
    cols = ["population", "pop_0_14", "pop_65plus", "pop_75plus", "households"]
    got = {k: [r[c] for c in cols] for k, r in s.items()}
    assert got[("D01", "2020")] == ["X"] * 5  # 北町 (D03) is inside 東町二丁目's numbers
    assert got[("D02", "2020")] == ["150", "15", "50", "20", "60"]  # 南町 merged into 西町, same 地区: exact
    assert got[("D03", "2020")] == ["X"] * 5
    assert got[("D04", "2020")] == ["50", "6", "14", "X", "20"]  # X without 合算先 → only that column
    assert got[("D02", "2015")] == ["160", "20", "45", "18", "58"]
    assert s[("D02", "2020")]["single_elderly_households"] == "12"
    assert len(s) == 5
    # reconciliation: 11 rows = 7 町丁 used + (市 total, 東町 parent, 未登録町, 米子市)
    r82 = recs[0]
    assert (r82.rows_read, r82.rows_used, len(r82.rejected)) == (11, 7, 4)
    reasons = " ".join(r.reason for r in r82.rejected)
    assert "未登録町" in reasons and "対象の市町村外" in reasons and "上位の集計行" in reasons
    notes = " ".join(r82.notes)
    assert "検算 population: 市全体 543 / 町丁の合計 543（一致）" in notes
    assert "検算 pop_75plus: 市全体 81 / 町丁の合計 76（差 5" in notes
    assert "対応表にない町丁の分は地区に入っていません: population 40, pop_0_14 4, pop_65plus 16, pop_75plus 9" in notes
    assert "北町（312010040）は合算先 31201001002 と別の地区（D03 / D01）のため、両地区の population, pop_0_14" in notes
    assert all(r.balanced for r in recs)


def test_boundary_dissolved_into_districts(tmp_path, fixtures, dataset):
    keys = list(TOWN_BOXES)
    shp = write_shapefile(tmp_path / "r2ka31201.shp",
                          {"KEY_CODE": keys, "S_NAME": [TOWN_BOXES[k][0] for k in keys]},
                          [TOWN_BOXES[k][1] for k in keys], cpg=False)
    towns = load_towns(fixtures / "towns.csv", dataset)
    recs = import_census([fixtures / "tblT001081C31.txt"], towns, dataset, 2020, boundary=shp)
    b = recs[-1]
    assert (b.rows_read, b.rows_used, len(b.rejected)) == (9, 7, 2)
    feats = {f["properties"]["district_code"]: f for f in
             json.loads((dataset.path / "districts.geojson").read_text(encoding="utf-8"))["features"]}
    assert set(feats) == {"D01", "D02", "D03", "D04"}
    assert feats["D01"]["properties"]["district_name"] == "東地区"
    assert shape(feats["D01"]["geometry"]).area == pytest.approx(0.0002, rel=1e-6)
    assert shape(feats["D04"]["geometry"]).area == pytest.approx(0.0001, rel=1e-6)
    # 西町 (KEY_CODE ...002000 → 312010020 not in the table) is found by its Shift_JIS name
    assert shape(feats["D02"]["geometry"]).area == pytest.approx(0.0002, rel=1e-6)


def test_towns_table_and_mapping_errors(tmp_path, fixtures, dataset):
    bad = tmp_path / "towns.csv"
    bad.write_text("町丁名,地区\n東町,D01\n", encoding="utf-8")
    with pytest.raises(UserError, match="district_code"):
        load_towns(bad, dataset)
    odd = tmp_path / "tblT009999C31.txt"
    odd.write_bytes("KEY_CODE,HYOSYO,CITYNAME,NAME,HTKSYORI,HTKSAKI,GASSAN,T009999001\r\n,,,,,,,就業者数\r\n"
                    "312010020,2,鳥取市,西町,0,,,5\r\n".encode("cp932"))
    towns = load_towns(fixtures / "towns.csv", dataset)
    with pytest.raises(UserError, match="--column"):
        import_census([odd], towns, dataset, 2020)
    # an explicit mapping makes an unknown table usable
    recs = import_census([odd], towns, dataset, 2020, overrides={"population": "T009999001"})
    assert recs[0].rows_used == 1


def test_cli_estat(fixtures, dataset, capsys):
    rc = main(["import", "estat-census", "--table", str(fixtures / "tblT001081C31.txt"), "--towns",
               str(fixtures / "towns.csv"), "--dataset", str(dataset.path), "--fy", "2020"])
    assert rc == 0
    out = capsys.readouterr().out
    assert "読み込み 11 行 = 反映 7 行 + 除外 4 行" in out
    assert _stats(dataset)[("D04", "2020")]["households"] == "20"
    assert (dataset.path / "import_rejected.csv").read_text(encoding="utf-8").count("estat-census") == 4


def test_label_mapping_gassan_only_and_footer(tmp_path, fixtures, dataset):
    """An older table (平成27年 style: labels with a leading full-width space) is mapped by its labels;
    a merged area listed only in the host's GASSAN still counts as covered; a footer row is reported."""
    src = tmp_path / "tblT000849C31.txt"
    src.write_bytes(("KEY_CODE,HYOSYO,CITYNAME,NAME,HTKSYORI,HTKSAKI,GASSAN,T000849001,T000849002,T000849018\r\n"
                     ",,,,,,,\u3000総数、年齢「不詳」含む,\u3000総数０～４歳,\u3000総数６５歳以上\r\n"
                     "312010020,2,鳥取市,西町,1,,312010030,150,8,50\r\n"
                     "312010030,2,鳥取市,南町,2,,,X,X,X\r\n"
                     "312010050,2,鳥取市,山村,0,,,3,-,2\r\n"
                     "出典：国勢調査,,,,,,,,,\r\n").encode("cp932"))
    towns = load_towns(fixtures / "towns.csv", dataset)
    recs = import_census([src], towns, dataset, 2015)
    t = read_estat_csv(src)
    assert t.mapping == {"population": "T000849001", "pop_65plus": "T000849018"}
    s = _stats(dataset)
    assert (s[("D02", "2015")]["population"], s[("D02", "2015")]["pop_65plus"]) == ("150", "50")
    assert (s[("D03", "2015")]["population"], s[("D03", "2015")]["pop_65plus"]) == ("3", "2")
    assert s[("D02", "2015")]["pop_0_14"] == ""  # not in this table: left empty, not guessed
    r = recs[0]
    assert (r.rows_read, r.rows_used, len(r.rejected)) == (4, 3, 1)
    assert "注記" in r.rejected[0].reason
    assert "町丁が 1 つもない地区: D01, D04" in " ".join(r.notes)


def test_eleven_digit_parent_codes_are_not_double_counted(tmp_path, fixtures, dataset):
    """If a file writes the 町 row as 31201001000 (padded), it is still the parent of 31201001001/002."""
    src = tmp_path / "tblT001081C31.txt"
    src.write_bytes(("KEY_CODE,HYOSYO,CITYNAME,NAME,HTKSYORI,HTKSAKI,GASSAN,T001081001,T001081002,T001081003,T001081004\r\n"
                     ",,,,,,,人口総数,男,女,世帯総数\r\n"
                     "31201001000,2,鳥取市,東町,0,,,300,145,155,120\r\n"
                     "31201001001,3,鳥取市,東町一丁目,0,,,100,48,52,40\r\n"
                     "31201001002,3,鳥取市,東町二丁目,0,,,200,97,103,80\r\n").encode("cp932"))
    towns = load_towns(fixtures / "towns.csv", dataset)
    recs = import_census([src], towns, dataset, 2020)
    assert _stats(dataset)[("D01", "2020")]["population"] == "300"
    assert (recs[0].rows_used, len(recs[0].rejected)) == (2, 1)


def test_printed_small_counts_are_suppressed(fixtures, dataset):
    """Messages go through engine.suppression: with threshold 10 the 差 of 5 (a single X cell) is not shown."""
    dataset.meta["suppression_threshold"] = 10
    towns = load_towns(fixtures / "towns.csv", dataset)
    rec = import_census([fixtures / "tblT001082C31.txt"], towns, dataset, 2020)[0]
    notes = " ".join(rec.notes)
    assert "検算 pop_75plus: 市全体 81 / 町丁の合計 76（差 秘匿" in notes
    assert "pop_0_14 秘匿" in notes and "population 40" in notes


def test_unmapped_member_of_a_merge_suppresses_the_host_district(tmp_path, fixtures, dataset):
    src = tmp_path / "tblT001081C31.txt"
    src.write_bytes(("KEY_CODE,HYOSYO,CITYNAME,NAME,HTKSYORI,HTKSAKI,GASSAN,T001081001,T001081002,T001081003,T001081004\r\n"
                     ",,,,,,,人口総数,男,女,世帯総数\r\n"
                     "312010020,2,鳥取市,西町,1,,312010060,150,70,80,60\r\n"
                     "312010060,2,鳥取市,未登録町,2,312010020,,X,X,X,X\r\n"
                     "312010050,2,鳥取市,山村,0,,,3,1,2,2\r\n").encode("cp932"))
    towns = load_towns(fixtures / "towns.csv", dataset)
    rec = import_census([src], towns, dataset, 2020)[0]
    s = _stats(dataset)
    assert (s[("D02", "2020")]["population"], s[("D03", "2020")]["population"]) == ("X", "3")
    assert (rec.rows_used, len(rec.rejected)) == (2, 1)
