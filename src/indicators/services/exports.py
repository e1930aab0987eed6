"""Downloads: CSV (UTF-8 with BOM, so Excel opens Japanese), Excel and PNG charts.

Every export carries the synthetic-data notice when there is one, and takes frames that
came out of the services (already suppressed); suppressed cells are written as 「秘匿」.
"""
from __future__ import annotations

import io
import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

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


def to_xlsx_bytes(
    df: pd.DataFrame, notice: str | None = None, labels: Mapping[str, str] | None = None, sheet: str = "データ"
) -> bytes:
    """One sheet; the notice in A1 and the table from row 3 when there is a notice. Numbers are
    numbers; every text is a text cell, never a formula (a cell `=HYPERLINK(…)` stays those characters)."""
    buf = io.BytesIO()
    start = 2 if notice else 0
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        _export_frame(df, labels).to_excel(xw, sheet_name=sheet[:31], index=False, startrow=start)
        ws = xw.sheets[sheet[:31]]
        if notice:
            ws.cell(row=1, column=1, value=notice)
        # openpyxl takes every text starting with = as a formula: data is written as text
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
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


def map_png(layer: pd.DataFrame, title: str, value_label: str, notice: str | None = None, lacking: Sequence[str] = (), scale: float = 1.0) -> bytes:
    """Static choropleth of a map layer frame (geom_wkb, value, area_code, area_name)."""
    import matplotlib as mpl
    import shapely

    fig, ax = _figure(7, 7)
    vals = pd.to_numeric(layer["value"], errors="coerce") * scale
    finite = vals.dropna()
    norm = mpl.colors.Normalize(vmin=float(finite.min()) if len(finite) else 0, vmax=float(finite.max()) if len(finite) else 1)
    cmap = mpl.colormaps["YlGnBu"]
    lack = set(lacking)
    for code, wkb, v in zip(layer["area_code"], layer["geom_wkb"], vals):
        if wkb is None:
            continue
        geom = shapely.from_wkb(wkb)
        for poly in getattr(geom, "geoms", [geom]):
            x, y = poly.exterior.xy
            ax.fill(x, y, color="#dddddd" if pd.isna(v) else cmap(norm(v)), edgecolor="#555555", linewidth=0.5)
            if code in lack:
                ax.plot(x, y, color="#d62728", linewidth=2)
    sm = mpl.cm.ScalarMappable(norm=norm, cmap=cmap)
    fig.colorbar(sm, ax=ax, shrink=0.7, label=value_label)
    ax.set_aspect(aspect_ratio(ax.get_ylim()))
    ax.set_axis_off()
    ax.set_title(title)
    return _finish(fig, notice)
