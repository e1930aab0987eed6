"""Plotly figures for the dashboard, built from the services' frames (no streamlit here).

The map is drawn on plain cartesian axes (lon/lat with the y scale set to 1/cos(lat)), so
it needs no tile server, no topojson download and no WebGL.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go
import shapely
from plotly.colors import sample_colorscale

from indicators.services.formatting import format_gap, format_value, is_ratio, is_true

COLORSCALE = "YlGnBu"
NO_DATA = "#e0e0e0"
LACK_COLOR = "#d62728"
BINARY_COLORS = {0: "#fff3c4", 1: "#2b8cbe"}
POINT_SYMBOLS = ["circle", "square", "diamond", "triangle-up", "star", "cross", "x", "hexagon"]
POINT_COLORS = ["#e6550d", "#756bb1", "#31a354", "#de2d26", "#3182bd", "#636363", "#fd8d3c", "#9e9ac8"]


def _rings(wkb: bytes | None) -> list[tuple[list[float], list[float]]]:
    if wkb is None:
        return []
    geom = shapely.from_wkb(wkb)
    out = []
    for poly in getattr(geom, "geoms", [geom]):
        if poly.is_empty or not hasattr(poly, "exterior"):
            continue
        x, y = poly.exterior.xy
        out.append((list(x), list(y)))
    return out


def _joined(rings: list[tuple[list[float], list[float]]]) -> tuple[list[float | None], list[float | None]]:
    xs: list[float | None] = []
    ys: list[float | None] = []
    for x, y in rings:
        xs += x + [None]
        ys += y + [None]
    return xs, ys


def choropleth(
    layer: pd.DataFrame,
    unit: str | None,
    value_label: str,
    points: pd.DataFrame | None = None,
    lacking: Sequence[str] = (),
    lacking_label: str = "",
    height: int = 640,
) -> go.Figure:
    """Areas coloured by `value`, hover with name / value / target / gap, lacking areas outlined red."""
    scale = 100.0 if is_ratio(unit) else 1.0
    vals = pd.to_numeric(layer["value"], errors="coerce")
    finite = vals.dropna()
    vmin, vmax = (float(finite.min()), float(finite.max())) if len(finite) else (0.0, 1.0)
    span = (vmax - vmin) or 1.0
    # Area-level coverage values are 1 (has one) / 0 (has none): two plain colours read
    # better than a gradient.
    binary = len(finite) > 0 and set(finite.unique()) <= {0.0, 1.0}
    if binary:
        colors = [BINARY_COLORS[1] if v == 1 else BINARY_COLORS[0] for v in vals]
    else:
        colors = sample_colorscale(COLORSCALE, [0.0 if pd.isna(v) else (v - vmin) / span for v in vals])
    lack = set(lacking)
    fig = go.Figure()
    lat_all: list[float] = []
    for (_, row), v, color in zip(layer.iterrows(), vals, colors):
        rings = _rings(row["geom_wkb"])
        if not rings:
            continue
        xs, ys = _joined(rings)
        lat_all += [y for y in ys if y is not None]
        suppressed = is_true(row.get("suppressed", False))
        hover = (
            f"<b>{row['area_name']}</b><br>{value_label}: {format_value(v, unit, suppressed)}"
            f"<br>目標: {format_value(row.get('target'), unit)}<br>目標との差: {format_gap(row.get('gap'), unit)}"
        )
        if row["area_code"] in lack:
            hover += f"<br><span style='color:{LACK_COLOR}'>{lacking_label}なし</span>"
        fig.add_trace(
            go.Scatter(
                x=xs, y=ys, mode="lines", fill="toself", fillcolor=NO_DATA if pd.isna(v) else color,
                line=dict(color="#555555", width=0.8), hoveron="fills", hoverinfo="text", text=hover,
                name=str(row["area_name"]), showlegend=False,
            )
        )
    lack_rings = [r for code, wkb in zip(layer["area_code"], layer["geom_wkb"]) if code in lack for r in _rings(wkb)]
    if lack_rings:
        xs, ys = _joined(lack_rings)
        fig.add_trace(
            go.Scatter(x=xs, y=ys, mode="lines", line=dict(color=LACK_COLOR, width=3), hoverinfo="skip",
                       name=f"{lacking_label}のない区域", showlegend=True)
        )
    if points is not None and len(points):
        pts = points.dropna(subset=["lat", "lon"])
        for i, (label, g) in enumerate(pts.groupby("type_label", sort=True)):
            fig.add_trace(
                go.Scatter(
                    x=g["lon"], y=g["lat"], mode="markers", name=str(label),
                    marker=dict(size=9, symbol=POINT_SYMBOLS[i % len(POINT_SYMBOLS)],
                                color=POINT_COLORS[i % len(POINT_COLORS)], line=dict(color="white", width=1)),
                    text=[f"<b>{n}</b><br>{label}" for n in g["name"]], hoverinfo="text",
                )
            )
    if binary:
        for flag, label in ((1, "あり（1）"), (0, "なし（0）")):
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=f"{value_label}：{label}",
                                     marker=dict(size=12, symbol="square", color=BINARY_COLORS[flag],
                                                 line=dict(color="#555555", width=1)), hoverinfo="skip"))
    else:
        # An invisible trace carries the colour bar (Scatter fills have no colour scale of their own).
        fig.add_trace(
            go.Scatter(
                x=[None], y=[None], mode="markers", showlegend=False, hoverinfo="skip",
                marker=dict(colorscale=COLORSCALE, cmin=vmin * scale, cmax=vmax * scale, color=[vmin * scale],
                            showscale=True, colorbar=dict(title=dict(text=value_label), thickness=14)),
            )
        )
    mid_lat = (min(lat_all) + max(lat_all)) / 2 if lat_all else 35.5
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1 / math.cos(math.radians(mid_lat)))
    fig.update_layout(
        height=height, margin=dict(l=0, r=0, t=10, b=0), plot_bgcolor="white", paper_bgcolor="white",
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0), hovermode="closest",
    )
    return fig


def trend(df: pd.DataFrame, unit: str | None, title: str, target: float | None = None) -> go.Figure:
    scale = 100.0 if is_ratio(unit) else 1.0
    fig = go.Figure()
    for name, g in df.sort_values("fiscal_year").groupby("series", sort=False):
        fig.add_trace(go.Scatter(x=g["fiscal_year"], y=pd.to_numeric(g["value"], errors="coerce") * scale,
                                 mode="lines+markers", name=str(name)))
    if target is not None and not pd.isna(target):
        fig.add_hline(y=float(target) * scale, line_dash="dash", line_color=LACK_COLOR, annotation_text="目指す姿")
    fig.update_layout(title=title, xaxis_title="年度", yaxis_title="%" if scale == 100 else (unit or ""),
                      height=380, margin=dict(l=10, r=10, t=40, b=10))
    fig.update_xaxes(dtick=1)
    return fig


def priority_bars(df: pd.DataFrame, components: Sequence[str], labels: Mapping[str, str], top: int = 20) -> go.Figure:
    """Score per district (highest on top); the components appear in the hover, as the
    engine's formula need not be a plain sum of them."""
    d = df.head(top).iloc[::-1]
    names = d["district_name"].fillna(d["district_code"])
    hover = [
        "<br>".join([f"<b>{n}</b>", f"優先度スコア: {s:.1f}"]
                    + [f"{labels.get(c, c)}: {r[c]:.3g}" if pd.notna(r[c]) else f"{labels.get(c, c)}: —" for c in components])
        for n, s, (_, r) in zip(names, d["score"], d.iterrows())
    ]
    fig = go.Figure(go.Bar(y=names, x=pd.to_numeric(d["score"], errors="coerce"), orientation="h",
                           marker_color="#3182bd", text=hover, hoverinfo="text", textposition="none"))
    fig.update_layout(height=max(300, 26 * len(d) + 80), margin=dict(l=10, r=10, t=30, b=10),
                      xaxis_title="優先度スコア")
    return fig
