"""Downloads: CSV (UTF-8 with BOM, so Excel opens Japanese), Excel and PNG charts.

Every export carries the synthetic-data notice when there is one, and takes frames that
came out of the services (already suppressed); suppressed cells are written as 「秘匿」.
"""
from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

from indicators.services.formatting import is_true
from indicators.services.privacy import SUPPRESSED_LABEL

NOTICE_HEADER = "注記"


def _export_frame(df: pd.DataFrame, labels: Mapping[str, str] | None) -> pd.DataFrame:
    out = df.copy()
    drop = [c for c in out.columns if c in ("geom_wkb", "suppressed_columns")]
    # A suppressed indicator value is written as 「秘匿」 rather than left blank.
    if "suppressed" in out and "value" in out:
        out["value"] = out["value"].astype(object)
        out.loc[out["suppressed"].map(is_true).astype(bool), "value"] = SUPPRESSED_LABEL
    out = out.drop(columns=drop)
    for c in out.columns:
        if out[c].map(lambda v: isinstance(v, (list, tuple))).any():
            out[c] = out[c].map(lambda v: "・".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out.rename(columns=dict(labels or {}))


def to_csv_bytes(df: pd.DataFrame, notice: str | None = None, labels: Mapping[str, str] | None = None) -> bytes:
    """CSV as UTF-8 with BOM; the notice, when given, is the first line (`注記,<notice>`)."""
    buf = io.StringIO()
    if notice:
        buf.write(pd.DataFrame([[NOTICE_HEADER, notice]]).to_csv(index=False, header=False))
    buf.write(_export_frame(df, labels).to_csv(index=False))
    return buf.getvalue().encode("utf-8-sig")


def to_xlsx_bytes(
    df: pd.DataFrame, notice: str | None = None, labels: Mapping[str, str] | None = None, sheet: str = "データ"
) -> bytes:
    """One sheet; the notice in A1 and the table from row 3 when there is a notice."""
    buf = io.BytesIO()
    start = 2 if notice else 0
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        _export_frame(df, labels).to_excel(xw, sheet_name=sheet[:31], index=False, startrow=start)
        if notice:
            xw.sheets[sheet[:31]].cell(row=1, column=1, value=notice)
    return buf.getvalue()


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
