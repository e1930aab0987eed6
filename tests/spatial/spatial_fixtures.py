"""Tiny warehouses for spatial tests: tables laid out as docs/ARCHITECTURE.md specifies.

Coordinates are written in metres of JGD2011 plane zone V (EPSG:6673) and stored as lon/lat
(EPSG:6668), so hand-computed distances and areas carry over exactly enough (≪ 1e-6 relative).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer

from indicators.warehouse.duck import connect

CRS = "EPSG:6668"
METRIC = "EPSG:6673"
# Somewhere inside Tottori City in zone V metres.
X0, Y0 = -30000.0, -50000.0
_TO_LL = Transformer.from_crs(METRIC, CRS, always_xy=True)


def ll(x: float, y: float) -> tuple[float, float]:
    """lon/lat of a point given in local metres (offset from X0, Y0)."""
    return _TO_LL.transform(X0 + x, Y0 + y)


def poly_ll(coords: list[tuple[float, float]]) -> str:
    """WKT polygon in lon/lat of a ring in local metres (edges densified to 50 m)."""
    ring = shapely.segmentize(shapely.Polygon(coords), 50.0)
    pts = [ll(x, y) for x, y in np.asarray(ring.exterior.coords)]
    return shapely.Polygon(pts).wkt


def rect(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def make_warehouse(
    path: Path,
    districts: dict[str, list[tuple[float, float]]] | None = None,
    schools: dict[str, list[tuple[float, float]]] | None = None,
    assocs: list[dict] | None = None,
    resources: list[dict] | None = None,
    school_points: dict[str, tuple[float, float]] | None = None,
    min_fy: int = 2024,
    max_fy: int = 2024,
):
    """Create a warehouse file with the given local-metre geometry; returns an open connection."""
    con = connect(path)
    con.execute(
        """CREATE TABLE dataset_meta AS SELECT 'test' AS name, '312011' AS municipality_code,
           '鳥取市' AS municipality_name, true AS synthetic, DATE '2025-03-31' AS as_of, 2024 AS as_of_fy,
           ? AS crs, ? AS metric_crs, ? AS min_fy, ? AS max_fy, 3 AS suppression_threshold""",
        [CRS, METRIC, min_fy, max_fy],
    )
    con.execute(
        "CREATE TABLE districts (district_code VARCHAR PRIMARY KEY, district_name VARCHAR, geom GEOMETRY, "
        "area_km2 DOUBLE, centroid_lon DOUBLE, centroid_lat DOUBLE)"
    )
    for code, ring in (districts or {}).items():
        c = shapely.Polygon(ring).centroid
        lon, lat = ll(c.x, c.y)
        con.execute(
            "INSERT INTO districts VALUES (?, ?, ST_GeomFromText(?), ?, ?, ?)",
            [code, f"{code}地区", poly_ll(ring), shapely.Polygon(ring).area / 1e6, lon, lat],
        )
    con.execute(
        "CREATE TABLE school_districts (school_code VARCHAR PRIMARY KEY, school_name VARCHAR, school_lon DOUBLE, "
        "school_lat DOUBLE, geom GEOMETRY, area_km2 DOUBLE, centroid_lon DOUBLE, centroid_lat DOUBLE)"
    )
    for code, ring in (schools or {}).items():
        c = shapely.Polygon(ring).centroid
        clon, clat = ll(c.x, c.y)
        slon, slat = ll(*school_points[code]) if school_points and code in school_points else (None, None)
        con.execute(
            "INSERT INTO school_districts VALUES (?, ?, ?, ?, ST_GeomFromText(?), ?, ?, ?)",
            [code, f"{code}小学校", slon, slat, poly_ll(ring), shapely.Polygon(ring).area / 1e6, clon, clat],
        )
    a = pd.DataFrame(assocs or [], columns=["assoc_code", "district_code", "school_code", "households",
                                            "pop_65plus", "pop_0_14", "x", "y"])
    lonlat = [ll(x, y) if pd.notna(x) else (None, None) for x, y in zip(a["x"], a["y"])]
    a["lon"] = [p[0] for p in lonlat]
    a["lat"] = [p[1] for p in lonlat]
    a["assoc_name"] = a["assoc_code"] + "町内会"
    a = a.drop(columns=["x", "y"])
    con.execute(
        """CREATE TABLE neighbourhood_assocs AS SELECT CAST(assoc_code AS VARCHAR) assoc_code, CAST(assoc_name AS VARCHAR) assoc_name,
           CAST(district_code AS VARCHAR) district_code, CAST(school_code AS VARCHAR) school_code,
           CAST(households AS BIGINT) households, CAST(pop_65plus AS BIGINT) pop_65plus, CAST(pop_0_14 AS BIGINT) pop_0_14,
           CAST(lat AS DOUBLE) lat, CAST(lon AS DOUBLE) lon FROM a"""
    )
    r = pd.DataFrame(resources or [], columns=["resource_id", "resource_type", "district_code", "school_code",
                                               "x", "y", "opened_fy", "closed_fy"])
    lonlat = [ll(x, y) if pd.notna(x) else (None, None) for x, y in zip(r["x"], r["y"])]
    r["lon"] = [p[0] for p in lonlat]
    r["lat"] = [p[1] for p in lonlat]
    r = r.drop(columns=["x", "y"])
    con.execute(
        """CREATE TABLE resources AS SELECT CAST(resource_id AS VARCHAR) resource_id, CAST(resource_type AS VARCHAR) resource_type,
           CAST(resource_id AS VARCHAR) AS name, CAST(district_code AS VARCHAR) district_code, CAST(school_code AS VARCHAR) school_code,
           CAST(lat AS DOUBLE) lat, CAST(lon AS DOUBLE) lon, CAST(opened_fy AS INTEGER) opened_fy,
           CAST(closed_fy AS INTEGER) closed_fy FROM r"""
    )
    con.execute(
        "CREATE TABLE district_stats (district_code VARCHAR, fiscal_year INTEGER, population BIGINT, pop_0_14 BIGINT, "
        "pop_65plus BIGINT, pop_75plus BIGINT, households BIGINT, single_elderly_households BIGINT, suppressed_columns VARCHAR[])"
    )
    return con
