"""Polygons for the sample: Voronoi tessellations of real points, clipped to the real city outline.

All construction happens in the metric CRS (JGD2011 plane zone V) so buffers and
distances are in metres; results are returned in lon/lat rounded to 6 decimals.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import MultiPoint, Point, Polygon, box
from shapely.geometry.base import BaseGeometry

LONLAT_CRS = "EPSG:6668"
METRIC_CRS = "EPSG:6673"
DECIMALS = 6

_TO_M = Transformer.from_crs(LONLAT_CRS, METRIC_CRS, always_xy=True)
_TO_LL = Transformer.from_crs(METRIC_CRS, LONLAT_CRS, always_xy=True)


def to_metric(lon: float, lat: float) -> tuple[float, float]:
    x, y = _TO_M.transform(lon, lat)
    return float(x), float(y)


def to_lonlat(x: float, y: float) -> tuple[float, float]:
    lon, lat = _TO_LL.transform(x, y)
    return float(lon), float(lat)


def geom_to_metric(g: BaseGeometry) -> BaseGeometry:
    return shapely.transform(g, lambda c: np.column_stack(_TO_M.transform(c[:, 0], c[:, 1])))


def geom_to_lonlat(g: BaseGeometry) -> BaseGeometry:
    """Lon/lat, rounded to 6 decimals (~0.1 m); shared vertices stay shared."""
    def f(c: np.ndarray) -> np.ndarray:
        lon, lat = _TO_LL.transform(c[:, 0], c[:, 1])
        return np.round(np.column_stack([lon, lat]), DECIMALS)

    return shapely.transform(g, f)


def _explode(g: BaseGeometry) -> list[Polygon]:
    if g.is_empty:
        return []
    if g.geom_type == "Polygon":
        return [g]
    return [p for p in getattr(g, "geoms", []) if p.geom_type == "Polygon" and not p.is_empty]


def tessellate(
    seeds: Sequence[tuple[float, float]],
    labels: Sequence[int],
    anchors: Sequence[tuple[float, float]],
    outline: BaseGeometry,
) -> list[BaseGeometry]:
    """Voronoi cells of `seeds`, clipped to `outline`, dissolved by label.

    Returns one polygon per label 0..n-1. A label's pieces that do not contain its anchor
    point (Voronoi cells cut by a concave outline, or dissolved cells that do not touch)
    are given to the neighbour sharing the longest border, so every result is one Polygon.
    """
    n = max(labels) + 1
    pts = MultiPoint([Point(xy) for xy in seeds])
    minx, miny, maxx, maxy = outline.bounds
    frame = box(minx - 50_000, miny - 50_000, maxx + 50_000, maxy + 50_000)
    cells = shapely.voronoi_polygons(pts, extend_to=frame, ordered=True)
    groups: list[list[BaseGeometry]] = [[] for _ in range(n)]
    for cell, lab in zip(cells.geoms, labels):
        groups[lab].append(cell)
    shapes = [shapely.union_all(g).intersection(outline) for g in groups]
    anchor_pts = [Point(a) for a in anchors]
    for _ in range(10):
        moved = False
        for i in range(n):
            pieces = _explode(shapes[i])
            if len(pieces) <= 1:
                continue
            keep = [p for p in pieces if p.covers(anchor_pts[i])]
            if not keep:
                raise ValueError(f"anchor {i} outside its cell")
            shapes[i] = keep[0]
            for piece in pieces:
                if piece is keep[0]:
                    continue
                best, best_len = None, 0.0
                for j in range(n):
                    if j == i:
                        continue
                    shared = piece.boundary.intersection(shapes[j].boundary).length
                    if shared > best_len:
                        best, best_len = j, shared
                if best is None:
                    continue  # an island touching nobody: dropped (outline has none)
                shapes[best] = shapely.union(shapes[best], piece)
                moved = True
        if not moved:
            break
    out = []
    for s in shapes:
        polys = _explode(s)
        out.append(max(polys, key=lambda p: p.area) if polys else s)
    return out


def random_point_in(poly: BaseGeometry, rng: np.random.Generator, inset_m: float = 60.0) -> tuple[float, float]:
    """A uniform random point (metric) at least `inset_m` inside the polygon."""
    inner = poly.buffer(-inset_m)
    if inner.is_empty:
        inner = poly
    minx, miny, maxx, maxy = inner.bounds
    for _ in range(10_000):
        x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
        if inner.contains(Point(x, y)):
            return float(x), float(y)
    rp = inner.representative_point()
    return float(rp.x), float(rp.y)


def polygon_coords(g: BaseGeometry) -> list:
    """GeoJSON Polygon / MultiPolygon coordinates, exterior counter-clockwise (RFC 7946)."""
    g = shapely.orient_polygons(g, exterior_cw=False)

    def ring(r) -> list:
        return [[float(x), float(y)] for x, y in r.coords]

    if g.geom_type == "Polygon":
        return [ring(g.exterior), *[ring(i) for i in g.interiors]]
    return [[ring(p.exterior), *[ring(i) for i in p.interiors]] for p in g.geoms]
