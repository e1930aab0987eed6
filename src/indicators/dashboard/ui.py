"""Streamlit glue shared by the pages: warehouse path, cached typed queries, banner, downloads.

Caching sits only here, at the query boundary. The open warehouse is a `st.cache_resource`
and query results are `st.cache_data`, both keyed by the warehouse path and its mtime: an
atomic rebuild (os.replace, new mtime) is picked up by the next run without a restart, and
sessions still on the old file keep being served by its own open instance meanwhile.
"""
from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

import pandas as pd
import streamlit as st

from indicators import wording
from indicators.services import exports, queries
from indicators.services.formatting import format_gap, format_value, is_true
from indicators.services.privacy import synthetic_notice

WAREHOUSE_ENV = "WELFARE_WAREHOUSE"
LEVEL_OPTIONS = {"district": "地区（地区公民館区域）", "school_district": "小学校区"}


def warehouse_path() -> Path:
    """From `streamlit run app.py -- --warehouse PATH`, else $WELFARE_WAREHOUSE, else the default."""
    argv = sys.argv[1:]
    if "--warehouse" in argv and argv.index("--warehouse") + 1 < len(argv):
        return Path(argv[argv.index("--warehouse") + 1])
    if os.environ.get(WAREHOUSE_ENV):
        return Path(os.environ[WAREHOUSE_ENV])
    from indicators.paths import DEFAULT_WAREHOUSE

    return DEFAULT_WAREHOUSE


def require_warehouse() -> Path:
    path = warehouse_path()
    if not path.is_file():
        st.error(queries.missing_warehouse_message(path))
        st.stop()
    return path


P = ParamSpec("P")
R = TypeVar("R")


@st.cache_resource(show_spinner=False, max_entries=4)
def _warehouse(path: str, mtime: float) -> queries.ReadOnlyWarehouse:
    """One open warehouse per file version, shared by every session (mtime is part of the key)."""
    return queries.ReadOnlyWarehouse(path)


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(_fn: Callable[..., Any], name: str, path: str, mtime: float,
            args: tuple[Any, ...], kwargs: tuple[tuple[str, Any], ...]) -> Any:
    # `_fn` is not hashed (leading underscore); `name` stands for it in the key.
    return _fn(_warehouse(path, mtime), *args, **dict(kwargs))


def query(fn: Callable[Concatenate[queries.Warehouse, P], R], *args: P.args, **kwargs: P.kwargs) -> R:
    """`fn(warehouse, *args, **kwargs)` of `indicators.services.queries`, cached per warehouse
    version; the call is typed as `fn` is."""
    path, mtime = queries.warehouse_key(require_warehouse())
    return _cached(fn, f"{fn.__module__}.{fn.__qualname__}", path, mtime, args, tuple(sorted(kwargs.items())))


@st.cache_resource(show_spinner=False, max_entries=8)
def _shared(_fn: Callable[..., Any], name: str, path: str, mtime: float,
            args: tuple[Any, ...], kwargs: tuple[tuple[str, Any], ...]) -> Any:
    return _fn(_warehouse(path, mtime), *args, **dict(kwargs))


def shared(fn: Callable[Concatenate[queries.Warehouse, P], R], *args: P.args, **kwargs: P.kwargs) -> R:
    """Like `query`, but one result object shared by every run and session, never copied: for
    large read-only results (a layer's GeoJSON). Callers must not modify it."""
    path, mtime = queries.warehouse_key(require_warehouse())
    return _shared(fn, f"{fn.__module__}.{fn.__qualname__}", path, mtime, args, tuple(sorted(kwargs.items())))


def meta() -> dict[str, Any]:
    return query(queries.dataset_meta)


def notice() -> str | None:
    """The synthetic notice when the data is synthetic, for banners and exports."""
    m = meta()
    return synthetic_notice(m.get("municipality_name")) if m.get("synthetic") else None


def whole_area() -> str:
    """市全体 / 町全体 / 村全体 for the open dataset (indicators.wording)."""
    return wording.whole_area(meta().get("municipality_name"))


# Every ASCII punctuation mark Markdown (or Streamlit's :directives[], $math$) could read as syntax.
_MARKDOWN_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=^\"'])")


def md(value: Any) -> str:
    """Data as literal text inside Streamlit Markdown (st.title/markdown/caption/metric labels…).

    The one place names from files are made safe to render: `[リンク](#)` or `![x](http://…)` from
    a district or resource name shows as those characters instead of a link or an image the browser
    would fetch. Line breaks become spaces (a name is one line).
    """
    text = "" if value is None else str(value)
    return _MARKDOWN_SYNTAX.sub(r"\\\1", " ".join(text.splitlines()))


def md_lines(value: Any) -> str:
    """`md` for a multi-line text (plan text): each line escaped, line breaks kept (Markdown hard breaks)."""
    return "  \n".join(md(line) for line in ("" if value is None else str(value)).splitlines())


# Plotly's toolbar tooltips are English: charts are shown without it (PNG/CSV/Excel buttons instead).
PLOTLY_CONFIG = {"displayModeBar": False, "displaylogo": False}
# Streamlit's own element toolbar (「Download as CSV」「Search」「Fullscreen」) is English too: hidden,
# the pages' Japanese download buttons do its job.
_CHROME_CSS = '<style>[data-testid="stElementToolbar"] {display: none !important;}</style>'


def banner() -> None:
    st.markdown(_CHROME_CSS, unsafe_allow_html=True)
    text = notice()
    if text:
        st.warning(md(text), icon="⚠️")


def year_select(label: str = "年度", key: str | None = None, years: list[int] | None = None) -> int:
    years = years if years is not None else query(queries.fiscal_years)
    if not years:
        st.info("指標値がありません。`welfare build` でウェアハウスを構築してください。")
        st.stop()
    return st.selectbox(label, years, index=len(years) - 1, format_func=lambda y: f"{y}年度", key=key)


def indicator_table(df: pd.DataFrame, with_city: bool = False) -> pd.DataFrame:
    """Indicator rows as display text (「秘匿」 for suppressed values)."""
    rows = []
    for r in df.itertuples(index=False):
        row = {"指標": r.name_ja, "値": format_value(r.value, r.unit, getattr(r, "suppressed", False))}
        if with_city:
            row[whole_area()] = format_value(r.city_value, r.unit)
        row["目標"] = format_value(r.target, r.unit)
        row["目標との差"] = "—" if is_true(getattr(r, "suppressed", False)) else format_gap(r.gap, r.unit)
        rows.append(row)
    return pd.DataFrame(rows)


def print_css() -> None:
    """Printable layout: hide Streamlit chrome and widgets when printing (Ctrl+P)."""
    st.markdown(
        """<style>@media print {
        [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
        .stDownloadButton, .stSelectbox, [data-testid="stDecoration"] {display: none !important;}
        .main .block-container {max-width: 100% !important; padding: 0 !important;}
        }</style>""",
        unsafe_allow_html=True,
    )


def downloads(
    df: pd.DataFrame, stem: str, labels: Mapping[str, str] | None = None, png: Callable[[], bytes] | None = None,
    key: str = "", unit_of: Mapping[str, str] | None = None, formats: Mapping[str, str] | None = None,
    drop: Sequence[str] = (), sheets: Sequence[exports.Sheet] | None = None,
) -> None:
    """CSV / Excel / PNG buttons. Files are made only when clicked (deferred), so they never
    slow down an interaction; every file carries the synthetic notice. Give `df` as numbers
    (not display text): Excel gets them as numbers, formatted by `unit_of` (column → the column
    holding its unit) or `formats`; `sheets` makes a workbook of several sheets (CSV: `df`)."""
    note = notice()
    lab = dict(labels or {})
    book = list(sheets) if sheets else [exports.Sheet("データ", df, lab, dict(unit_of or {}), dict(formats or {}), drop)]
    csv_frame = df.drop(columns=[c for c in drop if c in df.columns])
    cols = st.columns(3 if png else 2)
    cols[0].download_button("CSV（Excel対応）", lambda: exports.to_csv_bytes(csv_frame, note, lab), file_name=f"{stem}.csv",
                            mime="text/csv", key=f"csv-{key or stem}", on_click="ignore", icon=":material/download:")
    cols[1].download_button("Excel（xlsx）", lambda: exports.to_xlsx_workbook(book, note), file_name=f"{stem}.xlsx",
                            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            key=f"xlsx-{key or stem}", on_click="ignore", icon=":material/download:")
    if png:
        cols[2].download_button("グラフ（PNG）", png, file_name=f"{stem}.png", mime="image/png",
                                key=f"png-{key or stem}", on_click="ignore", icon=":material/image:")


def page_icon() -> Any:
    """The browser-tab icon drawn here (three people), so no icon font is fetched from a CDN."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    colour = (31, 119, 180, 255)
    for cx, top in ((16, 14), (48, 14), (32, 22)):
        draw.ellipse((cx - 8, top - 8, cx + 8, top + 8), fill=colour)  # head
        draw.pieslice((cx - 15, top + 10, cx + 15, top + 40), 180, 360, fill=colour)  # shoulders
    return img
