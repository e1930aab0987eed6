"""Regression test of issue 23 class 9b: data written to xlsx/CSV downloads is never a live formula.

The mutation: a rejected value `=HYPERLINK("http://…","開く")` (and cells starting with +, -, @)
shown on the データ品質 page and downloaded. The shared writer (services.exports) writes them as text.
"""
from __future__ import annotations

import csv
import io
import zipfile

import pandas as pd
from openpyxl import load_workbook

from indicators.services.exports import to_csv_bytes, to_xlsx_bytes

EVIL = ['=HYPERLINK("http://192.0.2.7/x","開く")', "+1+2", "-2+3", "@SUM(A1:A2)", "=1+1"]
FRAME = pd.DataFrame({"line_number": [2, 3, 4, 5, 6], "value": EVIL, "count": [1, -5, 3, 4, 5],
                      "plain": ["-5", "-", "地区", "+1,234", "a=b"]})


def test_xlsx_text_cells_are_text_and_numbers_numbers() -> None:
    data = to_xlsx_bytes(FRAME, notice="注意")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet  # no formula element at all
    ws = load_workbook(io.BytesIO(data)).active
    rows = list(ws.iter_rows(min_row=4, values_only=False))  # notice in A1, header on row 3
    assert [r[1].value for r in rows] == EVIL and {r[1].data_type for r in rows} == {"s"}
    assert [r[2].value for r in rows] == [1, -5, 3, 4, 5] and {r[2].data_type for r in rows} == {"n"}


def test_csv_formula_starts_are_prefixed_and_plain_values_kept() -> None:
    text = to_csv_bytes(FRAME, notice="注意").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["注記", "注意"]
    body = rows[2:]
    assert [r[1] for r in body] == ["'" + v for v in EVIL]
    assert [r[2] for r in body] == ["1", "-5", "3", "4", "5"]
    assert [r[3] for r in body] == ["-5", "-", "地区", "+1,234", "a=b"]
