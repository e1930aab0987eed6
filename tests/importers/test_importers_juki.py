"""住民基本台帳 xlsx import: merged headers, 和暦 title date, age bands → contract columns, unplaced cells."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from indicators.cli import main
from indicators.errors import UserError
from indicators.importers.common import load_towns
from indicators.importers.juki import JukiConfig, age_band, bands_for, import_juki, wareki_date


def make_juki_xlsx(path: Path, title: str = "町丁別・年齢別人口（令和６年３月末日現在）") -> Path:
    """The layout cities publish: title row, a two-row header with merged cells, totals and a note."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "町丁別"
    ws["A1"] = title
    ws.merge_cells("A1:L1")
    ws["A3"], ws["B3"], ws["C3"], ws["F3"] = "町丁名", "世帯数", "総数", "0～9歳"
    ws["H3"], ws["I3"], ws["J3"], ws["K3"], ws["L3"] = "10～14歳", "15～64歳", "65～74歳", "75歳以上", "外国人"
    for rng in ("A3:A4", "B3:B4", "C3:E3", "F3:G3", "H3:H4", "I3:I4", "J3:J4", "K3:K4", "L3:L4"):
        ws.merge_cells(rng)
    ws["C4"], ws["D4"], ws["E4"], ws["F4"], ws["G4"] = "計", "男", "女", "男", "女"
    rows = [
        ["東町一丁目", 40, 100, 48, 52, 3, 2, 5, 60, 15, 15, 1],
        ["東町二丁目", 80, 200, 95, 105, 6, 4, 10, 120, 30, 30, 2],
        ["西町", 60, 150, 70, 80, 4, 4, 7, 85, 30, 20, 0],
        ["山村", 2, 3, 1, 2, "-", "-", "-", 1, "-", 2, "-"],
        ["未登録町", 15, 40, 20, 20, 1, 1, 2, 20, 8, 8, 0],
        ["川町", 20, 50, 25, 25, 2, 1, "abc", 30, 9, 5, 0],
        [None] * 12,  # blank spreadsheet row
        ["合計", 217, 543, 259, 284, 16, 12, 24, 316, 92, 80, 3],
        ["※外国人住民を含みます"],
    ]
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            if v is not None:
                ws.cell(i, j, v)
    wb.save(path)
    return path


def test_wareki_and_bands():
    assert wareki_date("町丁別人口（令和６年３月末日現在）") == dt.date(2024, 3, 31)
    assert wareki_date("令和元年10月1日現在") == dt.date(2019, 10, 1)
    assert wareki_date("平成31年4月1日") == dt.date(2019, 4, 1)
    assert wareki_date("2024年2月末") == dt.date(2024, 2, 29)
    assert wareki_date("人口一覧") is None
    assert age_band("０～４歳") == (0, 4) and age_band("85歳以上") == (85, None)
    assert age_band("（再掲）15歳未満") == (0, 14) and age_band("7歳") == (7, 7) and age_band("計") is None
    bands = [(0, 9), (10, 14), (15, 64), (65, 74), (75, None)]
    assert bands_for((0, 14), bands) == [(0, 9), (10, 14)]
    assert bands_for((65, None), bands) == [(65, 74), (75, None)]
    assert bands_for((65, None), [(0, 59), (60, 69), (70, None)]) is None  # 60-69 straddles 65
    assert bands_for((65, None), [(65, 69), (70, None), (65, None)]) == [(65, None)]  # 再掲 column wins


def test_juki_import(tmp_path, fixtures, dataset):
    src = make_juki_xlsx(tmp_path / "juki.xlsx")
    towns = load_towns(fixtures / "towns.csv", dataset)
    rec = import_juki(src, towns, dataset, JukiConfig())
    with (dataset.path / "district_stats.csv").open(encoding="utf-8") as f:
        got = {r["district_code"]: r for r in csv.DictReader(f)}
    cols = ["fiscal_year", "households", "population", "pop_0_14", "pop_65plus", "pop_75plus"]
    # 令和6年3月末 = 2024-03-31 → fiscal year 2023; 0-14 = 0～9歳 (男+女) + 10～14歳
    assert [got["D01"][c] for c in cols] == ["2023", "120", "300", "30", "90", "45"]
    assert [got["D02"][c] for c in cols] == ["2023", "60", "150", "15", "50", "20"]
    assert [got["D03"][c] for c in cols] == ["2023", "2", "3", "0", "2", "2"]
    assert [got["D04"][c] for c in cols] == ["2023", "20", "50", "X", "14", "5"]  # 'abc' cell → unknown
    assert got["D01"]["single_elderly_households"] == ""
    # 8 non-blank rows = 5 placed + 未登録町 + 合計 + note
    assert (rec.rows_read, rec.rows_used, len(rec.rejected)) == (8, 5, 3)
    notes = " ".join(rec.notes)
    assert "H10「abc」" in notes
    assert "外国人" in notes  # a column that fits no contract column is reported
    assert "検算 population: 合計行 543 / 地区に入れた町丁の合計 503（差 40" in notes
    assert {r.line_number for r in rec.rejected} == {9, 12, 13}


def test_juki_config_and_missing_date(tmp_path, fixtures, dataset):
    src = make_juki_xlsx(tmp_path / "juki.xlsx", title="町丁別・年齢別人口")
    towns = load_towns(fixtures / "towns.csv", dataset)
    with pytest.raises(UserError, match="日付"):
        import_juki(src, towns, dataset, JukiConfig())
    cfg_file = tmp_path / "mapping.yaml"
    cfg_file.write_text("fiscal_year: 2024\ncolumns:\n  pop_75plus: 75歳以上\n", encoding="utf-8")
    rec = import_juki(src, towns, dataset, JukiConfig.load(cfg_file))
    assert "2024 年度" in rec.notes[0]
    cfg_file.write_text("sheets: x\n", encoding="utf-8")
    with pytest.raises(UserError, match="知らない設定 sheets"):
        JukiConfig.load(cfg_file)


def test_cli_juki(tmp_path, fixtures, dataset, capsys):
    src = make_juki_xlsx(tmp_path / "juki.xlsx")
    rc = main(["import", "juki-excel", "--input", str(src), "--towns", str(fixtures / "towns.csv"),
               "--dataset", str(dataset.path)])
    assert rc == 0
    assert "読み込み 8 行 = 反映 5 行 + 除外 3 行" in capsys.readouterr().out


def test_town_column_preferred_over_district_column(tmp_path, fixtures, dataset):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["住民基本台帳人口（令和7年4月1日現在）"])
    ws.append(["地区名", "町丁名", "世帯数", "人口"])
    ws.append(["東", "東町一丁目", 40, 100])
    ws.append(["東", "東町二丁目", 80, 200])
    src = tmp_path / "juki2.xlsx"
    wb.save(src)
    towns = load_towns(fixtures / "towns.csv", dataset)
    rec = import_juki(src, towns, dataset, JukiConfig())
    with (dataset.path / "district_stats.csv").open(encoding="utf-8") as f:
        got = {r["district_code"]: r for r in csv.DictReader(f)}
    assert (got["D01"]["fiscal_year"], got["D01"]["population"], got["D01"]["households"]) == ("2025", "300", "120")
    assert "町丁の列 B" in " ".join(rec.notes) and "地区名" in " ".join(rec.notes)  # unused column reported
