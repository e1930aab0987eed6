"""Downloads: CSV (UTF-8 with BOM, so Excel opens Japanese), Excel and PNG charts.

Every export carries the synthetic-data notice when there is one, and takes frames that
came out of the services (already suppressed); suppressed cells are written as 「秘匿」.
"""
from __future__ import annotations

import io
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from indicators.services.formatting import is_true
from indicators.services.privacy import SUPPRESSED_LABEL

NOTICE_HEADER = "注記"


# Excel number formats by catalogue unit (values stay numbers; 「秘匿」 stays text).
UNIT_FORMATS = {"ratio": "0.0%", "share": "0.0%", "割合": "0.0%", "count": "#,##0", "meters": '#,##0" m"',
                "per_1000": "#,##0.00", "per_100000": "#,##0.0", "score": "0.0"}
CHECK_MARK = "✓"


def _cell_text(v: Any) -> Any:
    """Lists as 「、」-joined text, flags as ✓ / blank, None as blank: no Python values in a file."""
    if isinstance(v, (list, tuple, np.ndarray)):
        return "、".join(str(x) for x in v)
    if isinstance(v, (bool, np.bool_)):
        return CHECK_MARK if v else ""
    return v


def _export_frame(df: pd.DataFrame, labels: Mapping[str, str] | None) -> pd.DataFrame:
    out = df.copy()
    drop = [c for c in out.columns if c in ("geom_wkb", "suppressed_columns")]
    # A suppressed indicator value is written as 「秘匿」 rather than left blank.
    if "suppressed" in out and "value" in out:
        out["value"] = out["value"].astype(object)
        out.loc[out["suppressed"].map(is_true).astype(bool), "value"] = SUPPRESSED_LABEL
    out = out.drop(columns=drop)
    for c in out.columns:
        if out[c].dtype == object or pd.api.types.is_bool_dtype(out[c]):
            out[c] = out[c].map(_cell_text).astype(object)
            out[c] = out[c].where(out[c].notna(), None)
    return out.rename(columns=dict(labels or {}))


# A text cell starting with one of these is a formula when a spreadsheet opens the file
# (`=HYPERLINK(…)` from a rejected value on the データ品質 page became a live link).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d[\d,]*(\.\d*)?|\.\d+)$")


def inert_text(value: object) -> object:
    """A text that a spreadsheet would read as a formula, prefixed with ' (OWASP's advice for CSV);
    other values as they are. A plain signed number (-5, +1,234) or a lone sign (the 0 mark -) stays as written."""
    if (isinstance(value, str) and value.startswith(FORMULA_START) and value not in ("-", "+")
            and not _PLAIN_NUMBER.match(value)):
        return "'" + value
    return value


def to_csv_bytes(df: pd.DataFrame, notice: str | None = None, labels: Mapping[str, str] | None = None) -> bytes:
    """CSV as UTF-8 with BOM; the notice, when given, is the first line (`注記,<notice>`).
    Text cells are made inert (`inert_text`): numbers stay numbers."""
    buf = io.StringIO()
    if notice:
        buf.write(pd.DataFrame([[NOTICE_HEADER, inert_text(notice)]]).to_csv(index=False, header=False))
    out = _export_frame(df, labels)
    for c in out.columns:
        if not pd.api.types.is_numeric_dtype(out[c]) and not pd.api.types.is_bool_dtype(out[c]):
            out[c] = out[c].astype(object).map(inert_text)
    out.columns = [inert_text(str(c)) for c in out.columns]
    buf.write(out.to_csv(index=False))
    return buf.getvalue().encode("utf-8-sig")


@dataclass
class Sheet:
    """One sheet of a workbook: a frame of numbers (not display text), its column labels, and
    which columns take their number format from a unit column (`unit_of`: column → unit column)
    or a fixed format (`formats`: column → Excel format)."""

    name: str
    frame: pd.DataFrame
    labels: Mapping[str, str] = field(default_factory=dict)
    unit_of: Mapping[str, str] = field(default_factory=dict)
    formats: Mapping[str, str] = field(default_factory=dict)
    drop: Sequence[str] = ()


def _text_width(v: Any) -> int:
    """Display width in Excel columns: East Asian wide characters count twice."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(v))


def text_cell(cell: Any) -> Any:
    """openpyxl takes every text starting with = as a formula: data is written as a text cell."""
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


def _write_sheet(wb: Any, sheet: Sheet, notice: str | None) -> None:
    from openpyxl.styles import Font

    ws = wb.create_sheet(sheet.name[:31])
    frame = sheet.frame
    units = {col: frame[u].tolist() for col, u in sheet.unit_of.items() if col in frame and u in frame}
    out = _export_frame(frame, None).drop(columns=[c for c in sheet.drop if c in frame.columns])
    start = 3 if notice else 1  # header row (1-based)
    if notice:
        text_cell(ws.cell(row=1, column=1, value=notice))
    widths: list[int] = []
    for j, col in enumerate(out.columns, start=1):
        head = sheet.labels.get(col, col)
        text_cell(ws.cell(row=start, column=j, value=head)).font = Font(bold=True)
        width = _text_width(head)
        for i, v in enumerate(out[col].tolist()):
            if v is None or (isinstance(v, float) and math.isnan(v)):
                v = None
            elif isinstance(v, (np.integer, np.floating)):
                v = v.item()
            cell = text_cell(ws.cell(row=start + 1 + i, column=j, value=v))
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                fmt = sheet.formats.get(col)
                if col in units:
                    fmt = UNIT_FORMATS.get(str(units[col][i]), "#,##0.00")
                cell.number_format = fmt or ("#,##0" if float(v).is_integer() else "#,##0.00")
                width = max(width, len(f"{v:,.2f}") + 1)
            elif v is not None:
                width = max(width, _text_width(v))
        widths.append(min(max(width + 2, 6), 60))
    from openpyxl.utils import get_column_letter

    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = ws.cell(row=start + 1, column=1)  # the header stays in view


def to_xlsx_workbook(sheets: Sequence[Sheet], notice: str | None = None) -> bytes:
    """Several sheets, each with the notice in A1 (when given), a bold frozen header, numbers
    as numbers with percent/number formats, and column widths fitted to the text."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        _write_sheet(wb, sheet, notice)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def to_xlsx_bytes(
    df: pd.DataFrame, notice: str | None = None, labels: Mapping[str, str] | None = None, sheet: str = "データ",
    unit_of: Mapping[str, str] | None = None, formats: Mapping[str, str] | None = None, drop: Sequence[str] = (),
) -> bytes:
    """One sheet; the notice in A1 and the table from row 3 when there is a notice. Numbers are
    numbers; every text is a text cell, never a formula (a cell `=HYPERLINK(…)` stays those characters)."""
    return to_xlsx_workbook([Sheet(sheet, df, labels or {}, unit_of or {}, formats or {}, drop)], notice)


def aspect_ratio(lat_range: Sequence[float]) -> float:
    """y/x scale that makes lon/lat look right at this latitude (1 / cos(lat))."""
    mid = (float(lat_range[0]) + float(lat_range[1])) / 2
    return 1 / max(0.1, math.cos(math.radians(mid)))


@lru_cache(maxsize=1)
def cjk_font_name() -> str:
    """Family name of an installed Noto Sans CJK JP face (fonts-noto-cjk), else any CJK face."""
    from matplotlib import font_manager

    names = [f.name for f in font_manager.fontManager.ttflist]
    for wanted in ("Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic"):
        if wanted in names:
            return wanted
    cjk = [n for n in names if "CJK" in n]
    if cjk:
        return sorted(cjk)[0]
    raise RuntimeError("日本語フォント（fonts-noto-cjk）が見つかりません。`make system-deps` を実行してください。")


def _figure(width: float = 8, height: float = 4.5):  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["font.family"] = cjk_font_name()
    plt.rcParams["axes.unicode_minus"] = False
    return plt.subplots(figsize=(width, height), dpi=120)


def _finish(fig, notice: str | None) -> bytes:  # type: ignore[no-untyped-def]
    import matplotlib.pyplot as plt

    if notice:
        fig.text(0.01, 0.01, notice, fontsize=8, color="#b00020", ha="left", va="bottom")
        fig.subplots_adjust(bottom=0.2)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def trend_png(
    df: pd.DataFrame, title: str, ylabel: str, notice: str | None = None, target: float | None = None, scale: float = 1.0
) -> bytes:
    """Line chart of `value` by `fiscal_year`, one line per `series` (suppressed points are gaps)."""
    fig, ax = _figure()
    for name, g in df.sort_values("fiscal_year").groupby("series", sort=False):
        vals = pd.to_numeric(g["value"], errors="coerce") * scale
        ax.plot(g["fiscal_year"], vals, marker="o", label=str(name))
    if target is not None and not pd.isna(target):
        ax.axhline(target * scale, color="#d62728", linestyle="--", label="目指す姿（目標）")
    ax.set_title(title)
    ax.set_xlabel("年度")
    ax.set_ylabel(ylabel)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="best", fontsize=8)
    ax.grid(alpha=0.3)
    return _finish(fig, notice)


def priority_png(df: pd.DataFrame, title: str, notice: str | None = None, top: int = 15) -> bytes:
    """Horizontal bars of the priority score for the top districts (highest on top)."""
    d = df.head(top).iloc[::-1]
    fig, ax = _figure(8, max(3.0, 0.35 * len(d) + 1.5))
    ax.barh(d["district_name"].fillna(d["district_code"]), pd.to_numeric(d["score"], errors="coerce"), color="#3182bd")
    ax.set_title(title)
    ax.set_xlabel("優先度スコア")
    return _finish(fig, notice)


def map_png(features: Mapping[str, Any], layer: pd.DataFrame, title: str, value_label: str, unit: str | None = None,
            notice: str | None = None, lacking: Sequence[str] = ()) -> bytes:
    """The dashboard's map as a PNG: the same simplified geometry (`features`, ids = area codes)
    and colour scheme (`indicators.services.mapstyle`), lacking areas outlined red."""
    from indicators.reports.charts import draw_area_map

    fig, ax = _figure(7, 7)
    draw_area_map(ax, features, layer, value_label, unit, lacking)
    ax.set_title(title)
    return _finish(fig, notice)
