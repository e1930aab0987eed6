"""The scenario map (issue 20): areas, existing places, new sites with their catchment, people
newly reached. Plotly on plain lon/lat axes (no tiles, no WebGL), like the map page.

A faint grid of clickable points covers the areas: clicking one (a Plotly point selection) is how
a planner adds a site on the map; its customdata holds lon/lat.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import shapely

from indicators.services.scenarios import Evaluation

SITE_COLOR = "#d62728"
EXISTING_COLOR = "#2b8cbe"
REACHED_COLOR = "#31a354"
LOST_COLOR = "#ff7f0e"
CLICK_TRACE = "地図上の地点（クリックで追加）"


def _outline(wkbs: list[bytes | None]) -> tuple[list[float | None], list[float | None]]:
    """Exterior rings of (multi)polygons as one line with None breaks (one trace for all areas)."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    for wkb in wkbs:
        if wkb is None:
            continue
        geom = shapely.from_wkb(wkb)
        for poly in getattr(geom, "geoms", [geom]):
            if poly.is_empty or not hasattr(poly, "exterior"):
                continue
            x, y = poly.exterior.xy
            xs += list(x) + [None]
            ys += list(y) + [None]
    return xs, ys


def circle_lonlat(lon: float, lat: float, radius_m: float, n: int = 48) -> tuple[list[float], list[float]]:
    """A circle of `radius_m` around a lon/lat point, on the sphere's local scale (display only)."""
    t = np.linspace(0, 2 * math.pi, n + 1)
    dlat = radius_m / 111_320.0
    dlon = radius_m / (111_320.0 * math.cos(math.radians(lat)))
    return list(lon + dlon * np.cos(t)), list(lat + dlat * np.sin(t))


def click_grid(areas: pd.DataFrame, spacing_deg: float = 0.005, max_points: int = 1500) -> pd.DataFrame:
    """lon, lat of a regular grid inside the areas (for clicking a point on the map)."""
    geoms = [shapely.from_wkb(w) for w in areas["geom_wkb"] if w is not None]
    if not geoms:
        return pd.DataFrame({"lon": [], "lat": []})
    union = shapely.union_all(geoms)
    x0, y0, x1, y1 = union.bounds
    step = spacing_deg
    while ((x1 - x0) / step) * ((y1 - y0) / step) > max_points * 2:
        step *= 1.5
    gx, gy = np.meshgrid(np.arange(x0 + step / 2, x1, step), np.arange(y0 + step / 2, y1, step))
    gx, gy = gx.ravel(), gy.ravel()
    keep = shapely.contains_xy(union, gx, gy)
    return pd.DataFrame({"lon": gx[keep], "lat": gy[keep]})


def click_trace_index(fig: go.Figure) -> int | None:
    """Index of the clickable grid trace (a selection event names its trace by this number)."""
    return next((k for k, t in enumerate(fig.data) if t.name == CLICK_TRACE), None)


def scenario_map(areas: pd.DataFrame, ev: Evaluation, height: int = 620, clickable: bool = True) -> go.Figure:
    fig = go.Figure()
    xs, ys = _outline(list(areas["geom_wkb"]))
    lat_all = [y for y in ys if y is not None]
    if xs:
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", fill="toself", fillcolor="#f4f4f4",
                                 line=dict(color="#888888", width=0.8), hoverinfo="skip", name="地区", showlegend=False))
    if clickable:
        grid = click_grid(areas)
        if len(grid):
            fig.add_trace(go.Scatter(
                x=grid["lon"], y=grid["lat"], mode="markers", name=CLICK_TRACE,
                marker=dict(size=7, color="rgba(120,120,120,0.10)"), customdata=grid[["lon", "lat"]].to_numpy(),
                hovertemplate="ここに拠点を置く<extra></extra>", showlegend=False))
    r = ev.scenario.radius_m
    for k, s in enumerate(ev.sites.itertuples(index=False)):
        cx, cy = circle_lonlat(s.lon, s.lat, r)
        fig.add_trace(go.Scatter(x=cx, y=cy, mode="lines", fill="toself", fillcolor="rgba(214,39,40,0.10)",
                                 line=dict(color=SITE_COLOR, width=1.2, dash="dot"), hoverinfo="skip",
                                 name=f"徒歩圏（半径 {r:,.0f} m）", showlegend=k == 0, legendgroup="catch"))
    ex = ev.existing.dropna(subset=["lon", "lat"])
    for label, sel, symbol in (("既存（座標あり）", ~ex["approximate"] & ~ex["closed"], "circle"),
                               ("既存（座標なし・推定位置）", ex["approximate"] & ~ex["closed"], "circle-open"),
                               ("閉じる拠点", ex["closed"], "x")):
        g = ex[sel.to_numpy(dtype=bool)]
        if len(g):
            fig.add_trace(go.Scatter(
                x=g["lon"], y=g["lat"], mode="markers", name=label,
                marker=dict(size=10, symbol=symbol, color="#7f7f7f" if symbol == "x" else EXISTING_COLOR,
                            line=dict(color=EXISTING_COLOR, width=2)),
                text=[f"<b>{n}</b><br>{label}" for n in g["name"]], hoverinfo="text"))
    if len(ev.reached):
        fig.add_trace(go.Scatter(x=ev.reached["lon"], y=ev.reached["lat"], mode="markers", name="新たに徒歩圏に入る町内会",
                                 marker=dict(size=6, color=REACHED_COLOR), hoverinfo="skip"))
    if len(ev.lost):
        fig.add_trace(go.Scatter(x=ev.lost["lon"], y=ev.lost["lat"], mode="markers", name="徒歩圏から外れる町内会",
                                 marker=dict(size=6, color=LOST_COLOR), hoverinfo="skip"))
    if len(ev.sites):
        fig.add_trace(go.Scatter(
            x=ev.sites["lon"], y=ev.sites["lat"], mode="markers+text", name="新しい拠点",
            text=[str(o) for o in ev.sites["order"]], textposition="top center",
            marker=dict(size=15, symbol="star", color=SITE_COLOR, line=dict(color="white", width=1)),
            hovertext=[f"<b>{o}. {n}</b>" for o, n in zip(ev.sites["order"], ev.sites["site_name"])], hoverinfo="text"))
    mid = (min(lat_all) + max(lat_all)) / 2 if lat_all else 35.5
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1 / math.cos(math.radians(mid)))
    fig.update_layout(height=height, margin=dict(l=0, r=0, t=30, b=40), plot_bgcolor="white", paper_bgcolor="white",
                      legend=dict(orientation="h", yanchor="top", y=-0.01, x=0), hovermode="closest",
                      clickmode="event+select", dragmode="pan")
    return fig
