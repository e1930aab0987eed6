"""The 「指標の値」 sheet of the department workbook, edited as a department would:
template → fill with openpyxl (a full-width number, a row without ID, a unit typed into the value,
the same cell in a second workbook) → `welfare progress import` → indicator_observations.csv → build."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook

from declared.declared_fixtures import INDICATORS_YAML, OBSERVATIONS
from indicators.cli import main
from indicators.raw.csvfile import read_csv
from indicators.pipeline import build_warehouse

HEAD = ["指標ID", "指標", "単位", "区域の単位", "区域コード", "区域", "前年度の値", "目標", "値", "分子", "分母",
        "出典・担当", "備考"]
COL = {h: i + 1 for i, h in enumerate(HEAD)}


@pytest.fixture
def dataset(tiny_dataset) -> Path:
    return tiny_dataset(indicators_yaml=INDICATORS_YAML, indicator_observations_csv=OBSERVATIONS)


def test_round_trip(dataset: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for out in (a, b):
        assert main(["progress", "template", "--fy", "2024", "--dataset", str(dataset), "--out", str(out)]) == 0
    wb = load_workbook(a)
    assert wb.sheetnames == ["記入方法", "進捗", "指標の値", "様式情報"]
    ws = wb["指標の値"]
    assert [c.value for c in ws[1]] == HEAD
    rows = [[ws.cell(row=r, column=c).value for c in (1, 4, 5, 7, 8)] for r in range(2, 6)]
    # guardians: city (2023: 10) and its two 地区 (no valid 2023 value); survey_share: city only
    assert rows == [["guardians", "市全体", "312011", 10, "20 人（2025年度）"], ["guardians", "地区", "D1", None, "20 人（2025年度）"],
                    ["guardians", "地区", "D2", None, "20 人（2025年度）"], ["survey_share", "市全体", "312011", None, None]]
    assert ws.cell(row=2, column=COL["指標"]).protection.locked and not ws.cell(row=2, column=COL["値"]).protection.locked
    assert ws.cell(row=2, column=COL["前年度の値"]).number_format == "#,##0.###"
    ws.cell(row=2, column=COL["値"], value="１３")            # full-width digits, as text
    ws.cell(row=3, column=COL["値"], value=2)                 # D1 (D2 left blank: skipped)
    ws.cell(row=5, column=COL["値"], value="55.5%")           # a unit typed into the value: rejected
    ws.cell(row=7, column=COL["指標"], value="支え合いができていると思う市民の割合")  # a row without ID
    ws.cell(row=7, column=COL["区域の単位"], value="市全体")
    ws.cell(row=7, column=COL["値"], value=56)
    wb.save(a)
    wb = load_workbook(b)
    wb["指標の値"].cell(row=2, column=COL["値"], value=14)  # guardians city again: a conflict with a.xlsx
    wb.save(b)
    capsys.readouterr()
    assert main(["progress", "import", "--input", str(a), "--input", str(b), "--dataset", str(dataset)]) == 0
    out = capsys.readouterr().out
    assert "シート 指標の値: 読み込み 5 行 = 取り込み 2 行 + 除外 3 行" in out
    assert "a.xlsx シート 指標の値 セル I5" in out and "数値として読めません" in out
    assert "a.xlsx シート 指標の値 セル I2" in out and "b.xlsx シート 指標の値 セル I2" in out and "複数" in out
    assert "指標名から survey_share と判断しました" in out
    recs = {(r["indicator_id"], r["fiscal_year"], r["area_level"], r["area_code"]): r["value"]
            for _, r in read_csv(dataset / "indicator_observations.csv").records}
    assert recs[("guardians", "2024", "district", "D1")] == "2"
    assert recs[("survey_share", "2024", "city", "312011")] == "56"
    assert recs[("guardians", "令和6年度", "city", "312011")] == "12"  # the conflict changed nothing
    wh = tmp_path / "wh.duckdb"
    build_warehouse(dataset, wh, quiet=True)
    with duckdb.connect(str(wh), read_only=True) as con:
        assert con.execute("SELECT value FROM indicator_values WHERE indicator_id = 'survey_share' "
                           "AND fiscal_year = 2024").fetchall() == [(56.0,)]


def test_department_gets_its_own_indicators(dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "dept.xlsx"
    assert main(["progress", "template", "--fy", "2024", "--dataset", str(dataset), "--out", str(out),
                 "--department", "権利擁護支援センター"]) == 0
    ws = load_workbook(out)["指標の値"]
    assert {ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)} - {None} == {"guardians"}
