"""Services: exports (CSV BOM, Excel, PNG with a CJK font), formatting, queries, `welfare app`."""
from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import openpyxl
import pandas as pd

from fixture_warehouse import make_fixture_warehouse

from indicators.cli import main
from indicators.engine.api import SYNTHETIC_NOTICE
from indicators.services import exports, queries
from indicators.services.formatting import format_change, format_gap, format_value, plan_position

FRAME = pd.DataFrame({"indicator_id": ["a", "b"], "value": [0.5, None], "suppressed": [False, True],
                      "flags": [["追加", "再掲"], []]})


def test_csv_has_bom_notice_and_suppressed_label():
    raw = exports.to_csv_bytes(FRAME, SYNTHETIC_NOTICE, {"value": "値"})
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig").splitlines()
    assert text[0] == f"注記,{SYNTHETIC_NOTICE}"
    assert text[1] == "indicator_id,値,suppressed,flags"
    assert text[2] == "a,0.5,,追加、再掲"  # lists 「、」-joined, False blank (True would be ✓)
    assert text[3].startswith("b,秘匿,")
    assert exports.to_csv_bytes(FRAME).decode("utf-8-sig").splitlines()[0].startswith("indicator_id")


def test_xlsx_notice_in_a1_and_table_below():
    wb = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx_bytes(FRAME, SYNTHETIC_NOTICE, {"value": "値"})))
    ws = wb.active
    assert ws["A1"].value == SYNTHETIC_NOTICE
    assert [c.value for c in ws[3]][:2] == ["indicator_id", "値"]
    assert ws["B5"].value == "秘匿"


def test_xlsx_numbers_formats_widths_and_frozen_header():
    """Read back with openpyxl: numbers are numbers with percent/number formats, never 「69.5%」."""
    frame = pd.DataFrame({"name": ["高齢化率", "食堂（10万人あたり）", "相談の場", "秘匿の値"],
                          "value": [0.4641, 166.6667, 12.0, None], "unit": ["ratio", "per_100000", "count", "ratio"],
                          "suppressed": [False, False, False, True], "flag": [True, False, True, False],
                          "types": [["地域づくり"], [], None, ["参加支援", "地域づくり"]]})
    sheets = [exports.Sheet("指標", frame, {"name": "指標", "value": "値"}, unit_of={"value": "unit"},
                            drop=["unit", "suppressed"]),
              exports.Sheet("統計", pd.DataFrame({"年度": [2024], "人口": [1574]}))]
    wb = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx_workbook(sheets, SYNTHETIC_NOTICE)))
    assert wb.sheetnames == ["指標", "統計"]
    ws = wb["指標"]
    assert ws["A1"].value == SYNTHETIC_NOTICE and [c.value for c in ws[3]] == ["指標", "値", "flag", "types"]
    assert ws["B4"].value == 0.4641 and ws["B4"].number_format == "0.0%"
    assert ws["B5"].value == 166.6667 and ws["B5"].number_format == "#,##0.0"
    assert ws["B6"].value == 12 and ws["B6"].number_format == "#,##0"
    assert ws["B7"].value == "秘匿"
    assert [ws[f"C{r}"].value for r in range(4, 8)] == ["✓", None, "✓", None]
    assert [ws[f"D{r}"].value for r in range(4, 8)] == ["地域づくり", None, None, "参加支援、地域づくり"]
    assert ws.freeze_panes == "A4" and ws.column_dimensions["A"].width >= 2 * len("食堂（10万人あたり）")
    st = wb["統計"]
    assert st["B4"].value == 1574 and isinstance(st["B4"].value, int) and st["B4"].number_format == "#,##0"


def test_png_uses_an_installed_cjk_font_with_the_glyphs():
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    name = exports.cjk_font_name()
    path = font_manager.findfont(font_manager.FontProperties(family=name), fallback_to_default=False)
    font = FT2Font(path)
    for ch in "地区の相談食堂秘匿年度":
        assert font.get_char_index(ord(ch)) != 0, ch  # no tofu
    df = pd.DataFrame({"series": ["市全体"] * 3, "fiscal_year": [2022, 2023, 2024], "value": [0.1, 0.2, 0.3]})
    png = exports.trend_png(df, "推移", "%", SYNTHETIC_NOTICE, 1.0, 100)
    assert png.startswith(b"\x89PNG")


def test_formatting():
    assert format_value(2 / 3, "ratio") == "66.7%"
    assert format_value(None, "ratio", suppressed=True) == "秘匿"
    assert format_value(float("nan"), "ratio") == "—"
    assert format_value(834.4, "meters") == "834 m"
    assert format_change(-0.05, "ratio") == "-5.0ポイント"
    assert format_gap(0.0, "ratio") == "達成"
    assert format_gap(120.0, "meters") == "あと 120 m"
    assert format_gap(None, "ratio") == "目標なし"
    assert plan_position(3, 1, 1, 1) == "Ⅲ-1(1)①"


def test_queries_read_a_rebuilt_file(tmp_path):
    """A rebuild replaces the file (os.replace): the next query must see the new data."""
    wh = make_fixture_warehouse(tmp_path / "wh.duckdb", synthetic=True)
    assert queries.dataset_meta(wh)["synthetic"] is True
    key1 = queries.warehouse_key(wh)
    new = make_fixture_warehouse(tmp_path / "new.duckdb", synthetic=False)
    os.utime(new, (key1[1] + 5, key1[1] + 5))
    os.replace(new, wh)
    assert queries.warehouse_key(wh) != key1
    assert queries.dataset_meta(wh)["synthetic"] is False


def test_lacking_areas_and_active_resources(tmp_path):
    wh = make_fixture_warehouse(tmp_path / "wh.duckdb")
    assert queries.lacking_areas(wh, "district", "consultation_place", 2023) == ["D02", "D03"]
    assert queries.lacking_areas(wh, "district", "consultation_place", 2024) == ["D03"]
    assert list(queries.resource_points(wh, 2023)["resource_id"]) == ["R2", "R1"]
    assert list(queries.resource_points(wh, 2022, ["district_salon"])["resource_id"]) == ["R3"]
    assert queries.resource_points(wh, 2022, []).empty


def test_welfare_app_without_warehouse_says_run_build(tmp_path, capsys):
    assert main(["app", "--warehouse", str(tmp_path / "missing.duckdb")]) == 1
    err = capsys.readouterr().err
    assert "ウェアハウスが見つかりません" in err and "welfare build" in err


def test_streamlit_command_is_local_and_headless():
    from indicators.services.commands import streamlit_command

    cmd = streamlit_command(Path("dashboards/app.py"), "127.0.0.1", 8502)
    assert cmd[cmd.index("--server.address") + 1] == "127.0.0.1"
    assert cmd[cmd.index("--server.headless") + 1] == "true"
    assert shutil.which(cmd[0]) or Path(cmd[0]).exists()


def test_services_never_import_streamlit():
    import subprocess
    import sys

    code = ("import sys, indicators.services.queries, indicators.services.figures, indicators.services.exports, "
            "indicators.services.commands; assert 'streamlit' not in sys.modules, 'streamlit imported'")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_open_warehouse_survives_a_rebuild_and_lets_others_open_the_file(tmp_path):
    """The dashboard's open warehouse keeps serving the old file while a rebuild replaces it;
    a new one opened afterwards reads the new file; plain connects are never refused meanwhile."""
    import duckdb

    wh = make_fixture_warehouse(tmp_path / "wh.duckdb", synthetic=True)
    old = queries.ReadOnlyWarehouse(wh)
    assert queries.dataset_meta(old)["synthetic"] is True
    con = duckdb.connect(str(wh), read_only=True)  # another configuration, same file
    assert con.execute("SELECT count(*) FROM districts").fetchone()[0] == 3
    con.close()
    os.replace(make_fixture_warehouse(tmp_path / "new.duckdb", synthetic=False), wh)
    new = queries.ReadOnlyWarehouse(wh)
    assert queries.dataset_meta(new)["synthetic"] is False
    assert queries.dataset_meta(old)["synthetic"] is True  # sessions still on the old version
    assert queries.fiscal_years(new) == [2022, 2023, 2024]
    old.close()
    new.close()


def test_zero_change_texts():
    from indicators.services.formatting import is_zero_text

    # -0.00001 per 1,000 prints as 「-0.00 /千人」: a zero, shown as ±0 on the overview
    assert format_change(-0.00001, "per_1000") == "-0.00 /千人" and is_zero_text(format_change(-0.00001, "per_1000"))
    assert is_zero_text("+0.0ポイント") and not is_zero_text("+33.3ポイント") and not is_zero_text("-0.01 /千人")
