"""The department workbook round trip as departments edit it: template → fill with openpyxl →
import → build → the engine's aggregates worked out by hand on the tiny plan."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook

from indicators.cli import main
from indicators.engine.compute import compute_all
from indicators.pipeline import build_warehouse
from indicators.pipeline.steps import STEPS
from tinyplan import write_plan

G1, G2, M1, S1 = "M-1-1-1-0-G01", "M-1-1-1-0-G02", "M-1-1-1-0-M01", "M-1-1-1-0-S01"
P2G, P2S, Q1G, Q1M = "M-1-2-0-0-G01", "M-1-2-0-0-S01", "M-2-1-0-0-G01", "M-2-1-0-0-M01"
HISTORY = "\n".join([
    "measure_id,fiscal_year,department,status,rating,achievement,value,unit,next_step,note",
    f"{G1},2023,地域福祉課,実施,A,研修会を3回開催,3,回,,",
    f"{G2},2023,地域福祉課,一部実施,C,,,,,",
    f"{M1},2023,地区社協,実施,B,,,,,",
    f"{Q1G},2023,こども家庭課,未実施,D,,,,,",
]) + "\n"
# the 進捗 sheet's columns (header row) as the template writes them
HEAD = ["取組ID", "基本目標", "基本計画", "施策", "主体", "取組", "前年度の状況", "前年度の評価", "前年度の実績",
        "担当課", "状況", "評価", "実績", "実績の数値", "単位", "今後の方向性", "備考"]
COL = {h: i + 1 for i, h in enumerate(HEAD)}

# the tiny plan lacks the blocks the catalogue's indicators refer to: the build stops before them
NO_INDICATORS = tuple(s for s in STEPS if s[0] not in ("accessibility", "indicators"))


@pytest.fixture
def dataset(tiny_dataset) -> Path:
    ds = tiny_dataset(measure_progress_csv=HISTORY)
    write_plan(ds)
    return ds


def template(ds: Path, out: Path, *extra: str) -> None:
    assert main(["progress", "template", "--fy", "2024", "--dataset", str(ds), "--out", str(out), *extra]) == 0


def test_template_layout(dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    template(dataset, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["記入方法", "進捗", "様式情報"] and wb["様式情報"].sheet_state == "hidden"
    ws = wb["進捗"]
    assert [c.value for c in ws[1]] == HEAD
    ids = [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value]
    assert ids == [G1, G2, M1, S1, P2G, P2S, Q1G, Q1M]  # plan order, every measure
    row = {h: ws.cell(row=2, column=COL[h]).value for h in HEAD}  # G01: last year's record for reference
    assert (row["前年度の状況"], row["前年度の評価"], row["前年度の実績"], row["担当課"], row["単位"]) == (
        "実施", "A", "研修会を3回開催", "地域福祉課", "回")
    assert row["基本目標"] == "Ⅰ 住民参加と地域福祉活動の促進" and row["基本計画"].startswith("Ⅰ-1 ")
    assert row["施策"] == "(1) 地区を単位とする福祉ネットワーク機能の確立"
    # reference columns locked and grey, the ones to fill unlocked; the sheet protected
    assert ws.protection.sheet
    assert ws.cell(row=2, column=COL["取組"]).protection.locked
    assert ws.cell(row=2, column=COL["取組"]).fill.fgColor.rgb.endswith("D9D9D9")
    assert not ws.cell(row=2, column=COL["評価"]).protection.locked
    lists = {str(dv.sqref).split(":")[0][0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists == {"K": '"実施,一部実施,未実施,完了,休止,廃止"', "L": '"A,B,C,D"'}
    assert ws.freeze_panes == "B2"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.column_dimensions["F"].width == 34 and ws.row_dimensions[2].height >= 15
    guide = " ".join(str(c.value) for c in wb["記入方法"]["A"] if c.value)
    assert "2024年度" in guide and "計画どおり進んでいる" in guide and "合成データ" in guide


def test_template_for_one_department_and_actor(dataset: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "dept.xlsx"
    template(dataset, out, "--department", "地域福祉課")
    ws = load_workbook(out)["進捗"]
    assert [ws.cell(row=r, column=1).value for r in (2, 3, 4)] == [G1, G2, None]
    out2 = tmp_path / "actor.xlsx"
    template(dataset, out2, "--actor", "市社協")
    ws = load_workbook(out2)["進捗"]
    assert [ws.cell(row=r, column=1).value for r in (2, 3, 4)] == [S1, P2S, None]
    assert main(["progress", "template", "--fy", "2024", "--dataset", str(dataset), "--out", str(tmp_path / "x.xlsx"),
                 "--department", "観光課"]) == 1
    assert "観光課" in capsys.readouterr().err


def _rows(ws) -> list[list]:
    return [[ws.cell(row=r, column=c).value for c in range(1, ws.max_column + 1)] for r in range(2, ws.max_row + 1)]


def _put(ws, rows: list[list | None]) -> None:
    """Write data rows from row 2 (None = a blank row), clearing what was there."""
    for r in range(2, ws.max_row + len(rows) + 2):
        for c in range(1, ws.max_column + 1):
            ws.cell(row=r, column=c).value = None
    for i, values in enumerate(rows, start=2):
        for c, v in enumerate(values or [], start=1):
            ws.cell(row=i, column=c).value = v


def fill(row: list, **cells) -> list:
    row = list(row) + [None] * (len(HEAD) + 1 - len(row))
    for head, value in cells.items():
        row[COL[head.replace("_", "")] - 1] = value
    return row


def test_round_trip(dataset: Path, tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "地域福祉課.xlsx", tmp_path / "こども家庭課.xlsx"
    template(dataset, a)
    template(dataset, b)
    # workbook A, as a department returns it: re-sorted, a blank row, an extra column, edits
    wb = load_workbook(a)
    ws = wb["進捗"]
    by_id = {r[0]: r for r in _rows(ws) if r[0]}
    ws.cell(row=1, column=len(HEAD) + 1).value = "課内メモ"  # an extra column
    rows = [
        fill(by_id[Q1M]),  # not filled in: skipped
        fill(by_id[P2G], 取組="ボランティア活動を支援します（文言を修正）", 状況="実施", 評価="A"),  # edited text, matched by ID
        fill(by_id[G2], 状況="実施", 評価="E"),  # invalid rating
        None,  # a blank row
        fill(by_id[S1], 取組ID=None, 状況="一部実施", 評価="C", 今後の方向性="研修を見直す"),  # no ID, exact text
        fill(by_id[M1], 状況="実施", 実績="体制を検討した"),  # no rating
        fill(by_id[G1], 状況="完了", 評価="Ａ", 実績="研修会を5回開催", 実績の数値=5),  # full-width Ａ
        fill(by_id[Q1G], 取組ID="M-9-9-9-0-G09", 状況="実施", 評価="B"),  # unknown ID
        fill(by_id[P2S]) + ["メモだけ"],  # a note in the extra column only: still blank
    ]
    _put(ws, rows)
    wb.save(a)
    # workbook B: the same measure G01 again (a conflict), and Q1G
    wb = load_workbook(b)
    ws = wb["進捗"]
    by_id = {r[0]: r for r in _rows(ws) if r[0]}
    _put(ws, [fill(by_id[G1], 状況="実施", 評価="B"), fill(by_id[Q1G], 状況="一部実施", 評価="D", 今後の方向性="準備を進める")])
    wb.save(b)

    assert main(["progress", "import", "--input", str(a), "--input", str(b), "--dataset", str(dataset)]) == 0
    out = capsys.readouterr().out
    # read 8 = merged 4 (P2G, S1, M1, Q1G) + rejected 4 (G2 rating E, the unknown ID, G01 in both)
    assert "シート 進捗: 読み込み 8 行 = 取り込み 4 行 + 除外 4 行" in out
    g2_row = next(i for i, r in enumerate(rows, start=2) if r and r[0] == G2)
    assert f"除外: 地域福祉課.xlsx シート 進捗 セル L{g2_row}: 評価「E」は A・B・C・D のいずれでもありません" in out
    assert "M-9-9-9-0-G09 は計画の取組にありません" in out
    g1_row = next(i for i, r in enumerate(rows, start=2) if r and r[0] == G1)
    conflict = [line for line in out.splitlines() if "記入が複数あります" in line]
    assert len(conflict) == 2 and all(f"地域福祉課.xlsx シート 進捗 セル A{g1_row}" in line
                                      and "こども家庭課.xlsx シート 進捗 セル A2" in line for line in conflict)
    s1_row = next(i for i, r in enumerate(rows, start=2) if r and r[0] is None and r[COL["状況"] - 1] == "一部実施")
    assert f"注記: 地域福祉課.xlsx シート 進捗 {s1_row} 行目: 取組IDが空のため、取組の文章から {S1} と判断しました" in out

    # build, then the progress family on the tiny plan
    wh = tmp_path / "wh" / "warehouse.duckdb"
    report = build_warehouse(dataset, wh, quiet=True, run_steps=NO_INDICATORS)
    assert [r for r in report.reconciliation if r["source_file"] == "measure_progress.csv"][0]["rows_rejected"] == 0
    con = duckdb.connect(str(wh))
    compute_all(con, only_families=["progress"])
    got = con.execute("SELECT measure_id, status, rating, value, department FROM measure_progress "
                      "WHERE fiscal_year = 2024 ORDER BY measure_id").fetchall()
    assert got == [(M1, "実施", None, None, "地区社協"), (S1, "一部実施", "C", None, None),
                   (P2G, "実施", "A", None, None), (Q1G, "一部実施", "D", None, "こども家庭課")]
    assert con.execute("SELECT count(*) FROM measure_progress WHERE fiscal_year = 2023").fetchone() == (4,)  # kept
    v = {(i, lv, c): (val, n, d) for i, lv, c, val, n, d in con.execute(
        "SELECT indicator_id, area_level, area_code, value, numerator, denominator FROM indicator_values "
        "WHERE fiscal_year = 2024").fetchall()}
    con.close()
    # city: 4 of 8 reported; 2 of 4 実施/完了; rated 3: A 1, C 1, D 1
    assert v[("progress_reported_share", "city", "312011")] == (0.5, 4, 8)
    assert v[("progress_done_share", "city", "312011")] == (0.5, 2, 4)
    assert v[("progress_rating_a_share", "city", "312011")] == (1 / 3, 1, 3)
    assert v[("progress_behind_share", "city", "312011")] == (2 / 3, 2, 3)
    # 基本目標Ⅰ: 3 of 6 reported, rated A and C; 基本計画Ⅱ-1: Q1G only, D
    assert v[("progress_reported_share", "goal", "I")] == (0.5, 3, 6)
    assert v[("progress_behind_share", "goal", "I")] == (0.5, 1, 2)
    assert v[("progress_rating_d_share", "policy", "II-1")] == (1.0, 1, 1)


def test_import_twice_replaces_and_bad_files(dataset: Path, tmp_path: Path, capsys) -> None:
    a = tmp_path / "a.xlsx"
    template(dataset, a, "--department", "地域福祉課")
    wb = load_workbook(a)
    ws = wb["進捗"]
    ws.cell(row=2, column=COL["状況"]).value = "実施"
    ws.cell(row=2, column=COL["評価"]).value = "B"
    wb.save(a)
    for _ in range(2):  # the second import replaces the row it wrote, never duplicates it
        assert main(["progress", "import", "--input", str(a), "--dataset", str(dataset)]) == 0
    text = (dataset / "measure_progress.csv").read_text(encoding="utf-8")
    assert text.count(f"{G1},2024,") == 1 and text.count(f"{G1},2023,") == 1
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    capsys.readouterr()
    assert main(["progress", "import", "--input", str(bad), "--dataset", str(dataset)]) == 1
    assert "Excel ブック" in capsys.readouterr().err


def test_last_years_text_is_never_a_formula(tiny_dataset, tmp_path: Path) -> None:
    """A department's 実績 like =HYPERLINK(…) comes back in next year's template as text."""
    ds = tiny_dataset(measure_progress_csv=HISTORY.replace("研修会を3回開催", '"=HYPERLINK(""http://x"",""y"")"'))
    write_plan(ds)
    out = tmp_path / "t.xlsx"
    template(ds, out)
    cell = load_workbook(out)["進捗"].cell(row=2, column=COL["前年度の実績"])
    assert cell.value == '=HYPERLINK("http://x","y")' and cell.data_type == "s"
