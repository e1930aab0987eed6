"""Static maps and charts (matplotlib, Japanese labels in the Noto Sans CJK font).

Pure functions: frames in, `matplotlib.figure.Figure` out (no pyplot state, so they are
safe in a CLI run, a notebook and a test); `save_figure` writes PNG/SVG.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from matplotlib.figure import Figure

from indicators.reports.fonts import register_cjk_font
from indicators.services import mapstyle

LACK_COLOUR = "#e4572e"
HAVE_COLOUR = "#d9d9d9"
MET_COLOUR = "#2e86ab"
TARGET_COLOUR = "#333333"


def _new_figure(size: tuple[float, float]) -> Figure:
    register_cjk_font()
    fig = Figure(figsize=size, dpi=100, facecolor="white")
    return fig


def add_notice(fig: Figure, notice: str | None) -> None:
    """The synthetic-data notice at the bottom of a figure (every export carries it)."""
    if notice:
        fig.text(0.01, 0.01, notice, fontsize=8, color="#a00000", ha="left", va="bottom", wrap=True)


def _geo(districts: pd.DataFrame):
    import geopandas as gpd

    frame = districts[districts["geometry"].notna()]
    return gpd.GeoDataFrame(frame.copy(), geometry="geometry", crs="EPSG:6668")


def gap_map(
    districts: pd.DataFrame,
    lacking: pd.DataFrame,
    resource_label: str,
    title: str | None = None,
    notice: str | None = None,
    label_names: bool = True,
) -> Figure:
    """Districts lacking a resource type, highlighted on a plain background.

    `districts`: district_code, district_name, geometry; `lacking`: district_code, lacking (bool).
    """
    fig = _new_figure((8, 7))
    ax = fig.add_subplot(1, 1, 1)
    gdf = _geo(districts).merge(lacking[["district_code", "lacking"]], on="district_code", how="left")
    gdf["lacking"] = gdf["lacking"].fillna(False).astype(bool)
    if len(gdf):
        # the dashboard's colours (services.mapstyle): lacking one is the worse state, outlined red
        gdf[~gdf["lacking"]].plot(ax=ax, color=mapstyle.MUTED, edgecolor="white", linewidth=0.6)
        if gdf["lacking"].any():
            gdf[gdf["lacking"]].plot(ax=ax, color=mapstyle.SALIENT, edgecolor=mapstyle.LACK, linewidth=1.4)
        if label_names:
            size = 7 if len(gdf) <= 30 else 5.5  # dense city centres need smaller labels
            for _, r in gdf.iterrows():
                pt = r.geometry.representative_point()
                ax.annotate(str(r["district_name"]), (pt.x, pt.y), ha="center", va="center", fontsize=size,
                            color="#202020")
    from matplotlib.patches import Patch

    n_lack = int(gdf["lacking"].sum())
    ax.legend(
        handles=[Patch(facecolor=mapstyle.SALIENT, edgecolor=mapstyle.LACK, label=f"{resource_label}がない地区（{n_lack}）"),
                 Patch(color=mapstyle.MUTED, label=f"{resource_label}がある地区（{len(gdf) - n_lack}）")],
        loc="lower right", fontsize=9, frameon=True,
    )
    ax.set_title(title or f"{resource_label}がない地区", fontsize=13)
    ax.set_axis_off()
    ax.set_aspect("equal")
    add_notice(fig, notice)
    return fig


def choropleth(
    districts: pd.DataFrame, values: pd.DataFrame, value_col: str, title: str, legend_label: str = "",
    notice: str | None = None, cmap: str | None = None, direction: str | None = None,
) -> Figure:
    """Any district value (`values`: district_code, value_col) as a choropleth; NULL = hatched grey."""
    fig = _new_figure((8, 7))
    ax = fig.add_subplot(1, 1, 1)
    gdf = _geo(districts).merge(values[["district_code", value_col]], on="district_code", how="left")
    gdf[value_col] = pd.to_numeric(gdf[value_col], errors="coerce")
    if len(gdf):
        gdf.plot(ax=ax, column=value_col, cmap=cmap or mapstyle.mpl_colormap(direction), legend=True, edgecolor="white", linewidth=0.5,
                 legend_kwds={"label": legend_label, "shrink": 0.6},
                 missing_kwds={"color": "#eeeeee", "hatch": "///", "label": "秘匿・欠測"})
    ax.set_title(title, fontsize=13)
    ax.set_axis_off()
    ax.set_aspect("equal")
    add_notice(fig, notice)
    return fig


def _polygons(geometry: Mapping[str, Any]) -> list[list[list[float]]]:
    """Exterior rings of a GeoJSON Polygon / MultiPolygon (holes are small at map scale)."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [p[0] for p in geometry["coordinates"]]
    return []


def draw_area_map(ax: Any, features: Mapping[str, Any], layer: pd.DataFrame, value_label: str,
                  unit: str | None = None, lacking: Sequence[str] = (), label_limit: int = 80) -> None:
    """One layer of areas on `ax` as the dashboard draws it: the same display geometry
    (`features`: FeatureCollection, ids = area codes) and colours (`services.mapstyle`: worse =
    darker by `layer.direction`, 0/1 as あり/なし, no value grey), lacking areas outlined red,
    names written when there are at most `label_limit` areas. One PolyCollection per role, so a
    national layer draws in about a second."""
    import math

    import numpy as np
    from matplotlib.cm import ScalarMappable
    from matplotlib.collections import PolyCollection
    from matplotlib.colors import Normalize
    from matplotlib.patches import Patch

    by_code = layer.set_index("area_code")
    direction = layer["direction"].dropna().iloc[0] if "direction" in layer and layer["direction"].notna().any() else None
    scale = 100.0 if (unit or "").strip().lower() in {"ratio", "share", "割合", "率", "proportion"} else 1.0
    vals = pd.to_numeric(by_code["value"], errors="coerce")
    if "suppressed" in by_code:
        vals = vals.where(~by_code["suppressed"].fillna(False).astype(bool))
    presence = mapstyle.is_presence(vals.dropna(), unit)
    cmap = mapstyle.mpl_colormap(direction)
    finite = vals.dropna() * scale
    norm = Normalize(float(finite.min()) if len(finite) else 0.0, float(finite.max()) if len(finite) else 1.0)
    polys, colours, lack_polys = [], [], []
    lack = set(lacking)
    for f in features["features"]:
        code = f["id"]
        v = vals.get(code, float("nan"))
        if pd.isna(v):
            colour = mapstyle.NO_DATA
        elif presence:
            colour = mapstyle.presence_colour(v, direction)
        else:
            colour = cmap(norm(v * scale))
        for ring in _polygons(f["geometry"]):
            polys.append(np.asarray(ring))
            colours.append(colour)
            if code in lack:
                lack_polys.append(np.asarray(ring))
    ax.add_collection(PolyCollection(polys, facecolors=colours, edgecolors=mapstyle.EDGE,
                                     linewidths=0.4 if len(polys) < 2000 else 0.1))
    if lack_polys:
        ax.add_collection(PolyCollection(lack_polys, facecolors="none", edgecolors=mapstyle.LACK, linewidths=1.8))
    ax.autoscale_view()
    y0, y1 = ax.get_ylim()
    ax.set_aspect(1 / max(0.1, math.cos(math.radians((y0 + y1) / 2))))
    ax.set_axis_off()
    if len(features["features"]) <= label_limit:
        import shapely

        names = by_code["area_name"] if "area_name" in by_code else pd.Series(dtype=object)
        size = 7 if len(features["features"]) <= 30 else 5.5
        for f in features["features"]:
            pt = shapely.geometry.shape(f["geometry"]).representative_point()
            ax.annotate(str(names.get(f["id"], "") or ""), (pt.x, pt.y), ha="center", va="center",
                        fontsize=size, color="#202020")
    handles = []
    if presence:
        for v in (1, 0):
            handles.append(Patch(color=mapstyle.presence_colour(v, direction),
                                 label=f"{value_label}：{mapstyle.presence_label(v)}"))
    else:
        ax.figure.colorbar(ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.6,
                           label=value_label + ("（%）" if scale == 100 else ""))
    if vals.isna().any():
        handles.append(Patch(color=mapstyle.NO_DATA, label="値なし・秘匿"))
    if lack_polys:
        handles.append(Patch(facecolor="none", edgecolor=mapstyle.LACK, linewidth=1.8, label="資源のない区域"))
    if handles:
        ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=True)


def kpi_chart(kpis: pd.DataFrame, title: str = "指標の現状と目指す姿", notice: str | None = None) -> Figure:
    """Attainment of each indicator against its target (target = 100), labelled with the real value.

    Indicators have different units, so bars show value ÷ target (target ÷ value when lower
    is better); rows without a value or a positive target are left out.
    """
    rows = kpis[kpis["value"].notna() & kpis["target"].notna()].reset_index(drop=True)
    rows = rows[rows["target"].astype(float) != 0].reset_index(drop=True)
    attain = [
        (v / t * 100.0) if d != "lower" else (t / v * 100.0 if v else 100.0)
        for v, t, d in zip(rows["value"].astype(float), rows["target"].astype(float), rows["direction"])
    ]
    fig = _new_figure((10, max(3.0, 0.55 * len(rows) + 2.0)))
    ax = fig.add_subplot(1, 1, 1)
    y = list(range(len(rows)))[::-1]
    colours = [MET_COLOUR if m else LACK_COLOUR for m in rows["met"]]
    ax.barh(y, attain, color=colours, height=0.6)
    ax.axvline(100, color=TARGET_COLOUR, linewidth=1.2, linestyle="--")
    ax.set_yticks(y, [str(n) for n in rows["name_ja"]], fontsize=9)
    for yy, a, (_, r) in zip(y, attain, rows.iterrows()):
        ax.annotate(f"{r['value_text']}（目標 {r['target_text']}）", (a, yy), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=8)
    ax.set_xlim(0, max([120.0, *[a * 1.45 for a in attain]]))
    ax.set_xlabel("目標に対する達成度（%、破線 = 目指す姿）")
    ax.set_title(title, fontsize=13)
    ax.spines[["top", "right"]].set_visible(False)
    fig.subplots_adjust(left=0.36, right=0.97, bottom=0.25, top=0.88)
    add_notice(fig, notice)
    return fig


def priority_chart(priority: pd.DataFrame, title: str = "優先度スコア（上位地区）", notice: str | None = None) -> Figure:
    """Bars of the priority score per district (`priority_table` output)."""
    rows = priority.reset_index(drop=True)
    fig = _new_figure((8, max(2.5, 0.45 * len(rows) + 1.5)))
    ax = fig.add_subplot(1, 1, 1)
    y = list(range(len(rows)))[::-1]
    ax.barh(y, rows["score"], color=LACK_COLOUR, height=0.6)
    ax.set_yticks(y, [str(n) for n in rows["district_name"]], fontsize=9)
    ax.set_xlabel("スコア")
    ax.set_title(title, fontsize=13)
    ax.spines[["top", "right"]].set_visible(False)
    fig.subplots_adjust(left=0.2, bottom=0.18)
    add_notice(fig, notice)
    return fig


def count_bars(counts: pd.Series, title: str, xlabel: str = "件数", notice: str | None = None) -> Figure:
    """A labelled horizontal bar chart of counts (e.g. measures per actor)."""
    fig = _new_figure((8, max(2.5, 0.45 * len(counts) + 1.5)))
    ax = fig.add_subplot(1, 1, 1)
    y = list(range(len(counts)))[::-1]
    ax.barh(y, counts.to_numpy(), color=MET_COLOUR, height=0.6)
    ax.set_yticks(y, [str(i) for i in counts.index], fontsize=9)
    for yy, v in zip(y, counts.to_numpy()):
        ax.annotate(f"{v:,}", (v, yy), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_xlabel(xlabel)
    ax.set_title(title, fontsize=13)
    ax.spines[["top", "right"]].set_visible(False)
    fig.subplots_adjust(left=0.3, bottom=0.18)
    add_notice(fig, notice)
    return fig


def scatter(
    frame: pd.DataFrame, x: str, y: str, label: str, title: str, xlabel: str, ylabel: str,
    notice: str | None = None, highlight: Sequence[bool] | None = None,
) -> Figure:
    """Need vs coverage scatter with point labels (suppressed/NULL rows are left out)."""
    rows = frame[pd.to_numeric(frame[x], errors="coerce").notna() & pd.to_numeric(frame[y], errors="coerce").notna()]
    fig = _new_figure((8, 6))
    ax = fig.add_subplot(1, 1, 1)
    colours = MET_COLOUR
    if highlight is not None:
        hl = pd.Series(list(highlight), index=frame.index).loc[rows.index]
        colours = [LACK_COLOUR if h else MET_COLOUR for h in hl]
    ax.scatter(rows[x].astype(float), rows[y].astype(float), c=colours, s=30)
    flagged = colours if isinstance(colours, list) else [MET_COLOUR] * len(rows)
    for (_, r), colour in zip(rows.iterrows(), flagged):
        # highlighted points often share one value (e.g. 0): slanted labels stay readable
        ax.annotate(str(r[label]), (float(r[x]), float(r[y])), xytext=(2, 3), textcoords="offset points",
                    fontsize=7, rotation=60 if colour == LACK_COLOUR else 0)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=13)
    ax.spines[["top", "right"]].set_visible(False)
    fig.subplots_adjust(bottom=0.15)
    add_notice(fig, notice)
    return fig


def save_figure(fig: Figure, base: Path, formats: Iterable[str] = ("png", "svg"), dpi: int = 150) -> list[Path]:
    """Write `base.<fmt>` for each format; SVG keeps text as paths so it renders without the font."""
    import matplotlib

    out = []
    base.parent.mkdir(parents=True, exist_ok=True)
    for fmt in formats:
        path = base.with_suffix(f".{fmt}")
        with matplotlib.rc_context({"svg.fonttype": "path"}):
            fig.savefig(path, format=fmt, dpi=dpi, facecolor="white")
        out.append(path)
    return out
