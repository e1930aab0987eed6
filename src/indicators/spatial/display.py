"""Display geometry: each area layer simplified once per build for maps (dashboard, PNG, deck).

Shared edges are simplified once for both neighbours (GEOS coverage simplification), so the
simplified layer keeps its topology: no gaps, no overlaps, every area and code kept. The
tolerance follows the layer's extent, so a city keeps streets' detail and a country is not
drawn with more vertices than a screen has pixels. Coordinates are rounded to 1e-5 degrees
(about 1 m). The result is the warehouse table `display_areas`; the dashboard never simplifies
per interaction.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import shapely

# The layer's extent is cut into this many tolerance steps (≈ 1/3 pixel of a full-screen map).
# GEOS simplifies coverages by Visvalingam–Whyatt: a vertex goes when its triangle is smaller
# than tolerance², i.e. wiggles of about a tolerance or less.
DETAIL = 4000
PRECISION = 1e-5  # degrees (≈ 1 m), the grid GeoJSON coordinates are snapped to

LAYERS = {
    "district": ("districts", "district_code", "district_name"),
    "school_district": ("school_districts", "school_code", "school_name"),
}
TABLE = "display_areas"
DDL = f"""CREATE OR REPLACE TABLE {TABLE} (
    area_level VARCHAR NOT NULL, area_code VARCHAR NOT NULL, area_name VARCHAR,
    geojson VARCHAR NOT NULL, label_lon DOUBLE, label_lat DOUBLE, tolerance DOUBLE,
    PRIMARY KEY (area_level, area_code))"""


def display_tolerance(geoms: np.ndarray) -> float:
    """Simplification tolerance (in the layer's units) for a layer: its extent / DETAIL."""
    present = geoms[~shapely.is_missing(geoms)]
    if not len(present):
        return 0.0
    x0, y0, x1, y1 = shapely.total_bounds(present)
    return float(max(x1 - x0, y1 - y0)) / DETAIL


def simplify_layer(geoms: np.ndarray, tolerance: float) -> np.ndarray:
    """Every geometry simplified with shared edges kept shared; same length and order as `geoms`.

    An area the simplification would empty or break keeps its original shape, so no area is
    ever lost. Missing geometries stay missing.
    """
    geoms = np.asarray(geoms, dtype=object)
    out = geoms.copy()
    present = ~shapely.is_missing(geoms)
    if not present.any():
        return out
    src = geoms[present]
    try:
        simple = shapely.coverage_simplify(src, tolerance)
    except shapely.errors.GEOSException:
        # not a coverage (e.g. overlapping input): each area on its own, topology of each kept
        simple = shapely.simplify(src, tolerance, preserve_topology=True)
    snapped = shapely.set_precision(simple, PRECISION)
    ok = ~shapely.is_empty(snapped) & shapely.is_valid(snapped)
    simple = np.where(ok, snapped, simple)
    bad = shapely.is_empty(simple) | ~shapely.is_valid(simple)
    simple[bad] = src[bad]
    out[present] = simple
    return out


def display_frame(codes: pd.Series, names: pd.Series, geoms: np.ndarray, level: str) -> pd.DataFrame:
    """One row per area with a geometry: GeoJSON of its simplified shape and a label point."""
    geoms = np.asarray(geoms, dtype=object)
    tol = display_tolerance(geoms)
    simple = simplify_layer(geoms, tol)
    keep = ~shapely.is_missing(simple)
    simple = simple[keep]
    labels = shapely.point_on_surface(simple)
    return pd.DataFrame({
        "area_level": level,
        "area_code": np.asarray(codes, dtype=object)[keep],
        "area_name": np.asarray(names, dtype=object)[keep],
        "geojson": shapely.to_geojson(simple),
        "label_lon": shapely.get_x(labels),
        "label_lat": shapely.get_y(labels),
        "tolerance": tol,
    })


def layer_frame(con: Any, level: str) -> pd.DataFrame:
    """The display rows of one layer computed from the area table (`con`: a DuckDB connection)."""
    table, code, name = LAYERS[level]
    rows = con.execute(
        f"SELECT {code}, {name}, CASE WHEN geom IS NULL THEN NULL ELSE ST_AsWKB(geom) END "
        f"FROM {table} ORDER BY {code}"
    ).fetchall()
    geoms = shapely.from_wkb([None if r[2] is None else bytes(r[2]) for r in rows])
    return display_frame(pd.Series([r[0] for r in rows]), pd.Series([r[1] for r in rows]), geoms, level)


def write_display_areas(con: Any) -> dict[str, int]:
    """Build step: `display_areas` from districts and school_districts; rows per level."""
    frames = [layer_frame(con, level) for level in LAYERS]
    df = pd.concat(frames, ignore_index=True)
    con.execute(DDL)
    con.register("display_rows", df)
    try:
        con.execute(f"INSERT INTO {TABLE} SELECT * FROM display_rows")
    finally:
        con.unregister("display_rows")
    return {level: int((df["area_level"] == level).sum()) for level in LAYERS}
