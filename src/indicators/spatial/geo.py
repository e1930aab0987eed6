"""Warehouse ↔ geometry helpers shared by crosswalk, accessibility and siting.

Geometry is stored in lon/lat (`dataset_meta.crs`); every distance or area here is taken in
`dataset_meta.metric_crs`, projected with pyproj (`always_xy=True`).
"""
from __future__ import annotations

from dataclasses import dataclass

import duckdb
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer

DEFAULT_CRS = "EPSG:6668"


@dataclass(frozen=True)
class Meta:
    crs: str
    metric_crs: str | None
    municipality_code: str | None
    min_fy: int | None
    max_fy: int | None
    suppression_threshold: int


def table_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = current_schema()",
        [name],
    ).fetchone()
    return bool(row and row[0])


def table_columns(con: duckdb.DuckDBPyConnection, name: str) -> set[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_schema = current_schema()",
        [name],
    ).fetchall()
    return {r[0] for r in rows}


def read_meta(con: duckdb.DuckDBPyConnection) -> Meta:
    cols = table_columns(con, "dataset_meta") if table_exists(con, "dataset_meta") else set()
    row: dict = {}
    if cols:
        df = con.execute("SELECT * FROM dataset_meta LIMIT 1").fetchdf()
        if len(df):
            row = {k: (None if pd.isna(v) else v) for k, v in df.iloc[0].items() if np.isscalar(v) or v is None}
    thr = row.get("suppression_threshold")
    return Meta(
        crs=str(row.get("crs") or DEFAULT_CRS),
        metric_crs=(str(row["metric_crs"]) if row.get("metric_crs") else None),
        municipality_code=(str(row["municipality_code"]) if row.get("municipality_code") else None),
        min_fy=(int(row["min_fy"]) if row.get("min_fy") is not None else None),
        max_fy=(int(row["max_fy"]) if row.get("max_fy") is not None else None),
        suppression_threshold=int(thr) if thr is not None else 3,
    )


def read_polygons(con: duckdb.DuckDBPyConnection, table: str, code_col: str, extra: tuple[str, ...] = ()) -> gpd.GeoDataFrame:
    """Rows of `table` with a non-NULL geometry, as a GeoDataFrame in the dataset CRS."""
    meta = read_meta(con)
    if not table_exists(con, table) or "geom" not in table_columns(con, table):
        return gpd.GeoDataFrame({code_col: pd.Series(dtype=str)}, geometry=gpd.GeoSeries([], crs=meta.crs), crs=meta.crs)
    cols = ", ".join([code_col, *extra])
    df = con.execute(f"SELECT {cols}, ST_AsWKB(geom) AS wkb FROM {table} WHERE geom IS NOT NULL ORDER BY {code_col}").fetchdf()
    geoms = shapely.from_wkb([bytes(b) for b in df["wkb"]]) if len(df) else np.array([], dtype=object)
    gdf = gpd.GeoDataFrame(df.drop(columns="wkb"), geometry=list(geoms), crs=meta.crs)
    gdf[code_col] = gdf[code_col].astype(str)
    return gdf


def metric_crs_for(con: duckdb.DuckDBPyConnection, sample: gpd.GeoDataFrame | None = None) -> str:
    """`dataset_meta.metric_crs`, else the UTM zone of the data (documented fallback)."""
    meta = read_meta(con)
    if meta.metric_crs:
        return meta.metric_crs
    if sample is not None and len(sample):
        return str(sample.estimate_utm_crs())
    return "EPSG:6673"  # JGD2011 plane zone V (Tottori)


def project_xy(lon: np.ndarray, lat: np.ndarray, src_crs: str, dst_crs: str) -> np.ndarray:
    """(n, 2) metric coordinates of lon/lat arrays."""
    if len(lon) == 0:
        return np.zeros((0, 2))
    tr = Transformer.from_crs(src_crs, dst_crs, always_xy=True)
    x, y = tr.transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    return np.column_stack([x, y])


def unproject_xy(xy: np.ndarray, src_crs: str, dst_crs: str) -> np.ndarray:
    """(n, 2) lon/lat of metric coordinates."""
    if len(xy) == 0:
        return np.zeros((0, 2))
    tr = Transformer.from_crs(src_crs, dst_crs, always_xy=True)
    lon, lat = tr.transform(xy[:, 0], xy[:, 1])
    return np.column_stack([lon, lat])
