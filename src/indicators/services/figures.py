"""Plotly figures for the dashboard, built from the services' frames (no streamlit here).

The map is one WebGL (MapLibre) layer of all areas over a GeoJSON FeatureCollection, on a
blank style of its own: no tile server, nothing fetched.
"""
from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from indicators.services import mapstyle
from indicators.services.formatting import format_gap, format_value, is_ratio, is_true

LACK_COLOR = mapstyle.LACK
EDGE_LIMIT = 3000  # area borders are drawn up to this many areas
LABEL_LIMIT = 300  # area names are written on the map up to this many areas (hover beyond)
# A map style of its own without tiles or glyph URLs: nothing is fetched, labels are drawn
# with the browser's fonts.
# (`sources` must not be empty: an empty object is dropped on the way and the style is then invalid)
BLANK_STYLE = {"version": 8, "sources": {"blank": {"type": "geojson", "data": {"type": "FeatureCollection", "features": []}}},
               "layers": [{"id": "background", "type": "background", "paint": {"background-color": "#ffffff"}}]}


def _rings(wkb: bytes | None) -> list[tuple[list[float], list[float]]]:
    """Exterior rings (xs, ys) of a WKB polygon / multipolygon (the scenario map's cartesian areas)."""
    import shapely

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


def _geojson_rings(geometry: Mapping[str, Any]) -> list[list[list[float]]]:
    """Exterior rings of a GeoJSON Polygon / MultiPolygon geometry."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [poly[0] for poly in geometry["coordinates"]]
    return []


def _outline(features: Mapping[str, Any], codes: set[str]) -> tuple[np.ndarray, np.ndarray]:
    """lon, lat of the exterior rings of these areas, rings separated by NaN (a line break)."""
    parts = [np.asarray(ring + [[np.nan, np.nan]], dtype=float)
             for f in features["features"] if f["id"] in codes for ring in _geojson_rings(f["geometry"])]
    if not parts:
        return np.array([]), np.array([])
    xy = np.concatenate(parts)
    return xy[:, 0], xy[:, 1]


def map_view(lon: Sequence[float], lat: Sequence[float], width: int = 560, height: int = 640) -> dict[str, Any]:
    """Centre and zoom (MapLibre, 512-px tiles) that fit these points in a width × height map."""
    lon = [float(v) for v in lon if v is not None and not pd.isna(v)]
    lat = [float(v) for v in lat if v is not None and not pd.isna(v)]
    if not lon:
        return {"center": {"lon": 134.24, "lat": 35.5}, "zoom": 9}
    x0, x1, y0, y1 = min(lon), max(lon), min(lat), max(lat)
    merc = lambda y: math.log(math.tan(math.pi / 4 + math.radians(y) / 2))  # noqa: E731
    span_x = max(x1 - x0, 1e-4) * 1.15
    span_y = max(merc(y1) - merc(y0), 1e-6) * 1.15
    zoom = min(math.log2(width * 360 / (512 * span_x)), math.log2(height * 2 * math.pi / (512 * span_y)))
    centre_y = math.degrees(2 * math.atan(math.exp((merc(y0) + merc(y1)) / 2)) - math.pi / 2)
    return {"center": {"lon": (x0 + x1) / 2, "lat": centre_y}, "zoom": round(zoom, 2)}


def area_map(
    features: Mapping[str, Any],
    layer: pd.DataFrame,
    unit: str | None,
    value_label: str,
    labels: pd.DataFrame | None = None,
    points: pd.DataFrame | None = None,
    lacking: Sequence[str] = (),
    lacking_label: str = "",
    height: int = 640,
    revision: str = "",
    meta: str = "",
) -> go.Figure:
    """One WebGL map layer of every area (a FeatureCollection whose feature ids are the area codes)
    coloured by `layer.value` (worse = darker, by `layer.direction`; 0/1 as 「あり / なし」);
    areas without a value in a grey layer of their own; the areas lacking a resource as one red
    outline; resource points one trace per type; names written on the map when there are few areas.
    Hover: name, value, target, gap. `revision` keeps the user's zoom while it stays the same;
    `meta` names what is drawn (read by the benchmark and the browser test)."""
    scale = 100.0 if is_ratio(unit) else 1.0
    direction = layer["direction"].dropna().iloc[0] if "direction" in layer and layer["direction"].notna().any() else None
    vals = pd.to_numeric(layer["value"], errors="coerce")
    suppressed = layer["suppressed"].map(is_true) if "suppressed" in layer else pd.Series(False, index=layer.index)
    known = vals.notna() & ~suppressed
    presence = mapstyle.is_presence(vals[known], unit)
    lack = set(lacking)
    names = layer["area_name"].fillna(layer["area_code"]).map(lambda n: html.escape(str(n)))

    def value_text(v: Any, s: bool) -> str:
        return mapstyle.presence_label(v) if presence and not s else format_value(v, unit, s)

    def gap_text(g: Any, s: bool) -> str:
        if s:
            return "—"
        text = format_gap(g, unit)
        return text if not presence or text in ("達成", "目標なし") else "未達成"

    targets = layer["target"] if "target" in layer else pd.Series(None, index=layer.index)
    gaps = layer["gap"] if "gap" in layer else pd.Series(None, index=layer.index)
    label = html.escape(value_label)
    hover = [
        f"<b>{n}</b><br>{label}: {value_text(v, s)}<br>目標: {mapstyle.presence_label(t) if presence else format_value(t, unit)}"
        f"<br>目標との差: {gap_text(g, s)}" + (f"<br>{html.escape(lacking_label)}なし" if c in lack else "")
        for n, v, s, t, g, c in zip(names, vals, suppressed, targets, gaps, layer["area_code"])
    ]
    hover_s = pd.Series(hover, index=layer.index)
    edge = 0.6 if len(layer) <= EDGE_LIMIT else 0.0  # thousands of borders only grey the map out
    fig = PrebuiltFigure({0: features})
    k = layer[known]
    if presence:
        c0, c1 = mapstyle.presence_colour(0, direction), mapstyle.presence_colour(1, direction)
        trace = dict(z=vals[known].to_numpy(), zmin=0, zmax=1,
                     colorscale=[[0, c0], [0.5, c0], [0.5, c1], [1, c1]],
                     colorbar=dict(title=dict(text=value_label, side="top"), tickvals=[0.25, 0.75],
                                   ticktext=["なし", "あり"], len=0.35, y=0.5, thickness=16))
    else:
        trace = dict(z=(vals[known] * scale).to_numpy(), colorscale=mapstyle.plotly_colorscale(direction),
                     colorbar=dict(title=dict(text=value_label, side="top"), len=0.7, y=0.5, thickness=14,
                                   ticksuffix="%" if scale == 100 else ""))
    fig.add_trace(go.Choroplethmap(
        geojson=_PLACEHOLDER, locations=k["area_code"].to_numpy(), featureidkey="id", **trace,
        marker=dict(line=dict(color=mapstyle.EDGE, width=edge), opacity=0.9),
        text=hover_s[known].to_numpy(), hovertemplate="%{text}<extra></extra>", name=value_label, showscale=True,
    ))
    missing = layer[~known]
    if len(missing):
        ids = set(missing["area_code"])
        sub = {"type": "FeatureCollection", "features": [f for f in features["features"] if f["id"] in ids]}
        fig.add_trace(go.Choroplethmap(
            geojson=sub, locations=missing["area_code"].to_numpy(), featureidkey="id", z=[0] * len(missing),
            colorscale=[[0, mapstyle.NO_DATA], [1, mapstyle.NO_DATA]], showscale=False,
            marker=dict(line=dict(color=mapstyle.EDGE, width=edge)), text=hover_s[~known].to_numpy(),
            hovertemplate="%{text}<extra></extra>", name="値なし・秘匿", showlegend=True,
        ))
    if lack:
        xs, ys = _outline(features, lack)
        fig.add_trace(go.Scattermap(lon=xs, lat=ys, mode="lines", line=dict(color=LACK_COLOR, width=3),
                                    hoverinfo="skip", name=f"{lacking_label}のない区域", showlegend=True))
    if points is not None and len(points):
        for i, (label, g) in enumerate(points.groupby("type_label", sort=True)):
            n = pd.to_numeric(g["n"], errors="coerce").fillna(1) if "n" in g else pd.Series(1, index=g.index)
            lab = html.escape(str(label))
            text = [f"<b>{html.escape(str(nm))}</b><br>{lab}" if c == 1 else f"{lab}：{int(c):,}か所（この付近）"
                    for nm, c in zip(g["name"], n)]
            counts = n.to_numpy(dtype=float)
            # one resource: 8 px; aggregated cells: 3–10 px by their share of the largest cell
            size = np.where(counts <= 1, 8.0, 3 + 7 * np.sqrt(counts / max(counts.max(), 1)))
            fig.add_trace(go.Scattermap(
                lon=g["lon"].to_numpy(), lat=g["lat"].to_numpy(), mode="markers", name=str(label),
                marker=dict(size=size, color=mapstyle.POINT_COLOURS[i % len(mapstyle.POINT_COLOURS)], opacity=0.85),
                text=text, hovertemplate="%{text}<extra></extra>",
            ))
    if labels is not None and 0 < len(labels) <= LABEL_LIMIT:
        fig.add_trace(go.Scattermap(
            lon=labels["label_lon"].to_numpy(), lat=labels["label_lat"].to_numpy(), mode="text",
            text=labels["area_name"].fillna("").astype(str).to_numpy(), textfont=dict(size=11, color="#222222"),
            hoverinfo="skip", showlegend=False, name="区域名",
        ))
    view = map_view(labels["label_lon"] if labels is not None else [], labels["label_lat"] if labels is not None else [],
                    height=height)
    fig.update_layout(
        map=dict(style=BLANK_STYLE, **view), height=height, margin=dict(l=0, r=0, t=0, b=0),
        paper_bgcolor="white", uirevision=revision or None, meta=meta or None,
        # bottom left, inside the map: never under the toolbar (top right) or the colour bar (right)
        legend=dict(orientation="h", x=0.01, y=0.01, xanchor="left", yanchor="bottom",
                    bgcolor="rgba(255,255,255,0.85)"),
    )
    return fig


_PLACEHOLDER: dict[str, Any] = {"type": "FeatureCollection", "features": []}


class PrebuiltFigure(go.Figure):
    """A validated figure whose large GeoJSON is put in only when it is serialised.

    Plotly deep-copies a figure's data when a trace is added and again in `to_dict` (what
    `st.plotly_chart` calls): for a national layer (15,000 features, ~500,000 objects) that is
    2–3 s per run. Traces are built and validated with an empty FeatureCollection, and
    `to_dict` returns that dict with the one shared (cached, read-only) FeatureCollection set
    in, uncopied. Everything else behaves as the figure it was made from.
    """

    def __init__(self, geojson: Mapping[int, Mapping[str, Any]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._geojson = dict(geojson)  # trace index → the FeatureCollection it draws

    def to_dict(self) -> dict[str, Any]:
        spec = super().to_dict()
        for i, features in self._geojson.items():
            spec["data"][i]["geojson"] = features
        return spec

    def to_plotly_json(self) -> dict[str, Any]:
        return self.to_dict()


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
