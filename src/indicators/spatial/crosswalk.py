"""地区 ↔ 小学校区 crosswalk derived from geometry, and moving district statistics between layers.

Weight of (district d, school s) = share of d's population living in s.

* **population** (method 'population'): 町内会 points with households.  Households are used
  as the population proxy because the 町内会 contract has no total population and
  households cover every age group (pop_65plus / pop_0_14 would bias the split towards old
  or young areas).  A point belongs to the district in its `district_code` column (the
  statistical link; point-in-polygon only when that is blank) and to the school district
  that contains it.  A district whose located points hold no households falls back to area.
* **area** (method 'area'): area(d ∩ s) / Σ_s area(d ∩ s), in the metric CRS.  Pieces below
  `min_share` of the district (digitising slivers) are dropped and the rest renormalised;
  a district overlapping no school district goes wholly to the one nearest its centroid.

Weights of each district sum to 1.
"""
from __future__ import annotations

from typing import Literal

import duckdb
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from indicators.spatial.geo import metric_crs_for, project_xy, read_meta, read_polygons, table_columns, table_exists
from indicators.staging.resolve import polygon_of_points
from indicators.warehouse.duck import scan_source

CROSSWALK_COLUMNS = ["district_code", "school_code", "weight", "method"]


def areal_weights(
    districts: gpd.GeoDataFrame,
    schools: gpd.GeoDataFrame,
    district_col: str = "district_code",
    school_col: str = "school_code",
    min_share: float = 0.001,
) -> pd.DataFrame:
    """Area-weighted crosswalk (district_code, school_code, weight, method='area', area_m2).

    Both frames must be in the same metric CRS.
    """
    if districts.crs is not None and schools.crs is not None and districts.crs != schools.crs:
        schools = schools.to_crs(districts.crs)
    dgeom = districts.geometry.values
    sgeom = schools.geometry.values
    out_cols = [district_col, school_col, "weight", "method", "area_m2"]
    if len(dgeom) == 0 or len(sgeom) == 0:
        return pd.DataFrame(columns=out_cols)
    i_d, i_s = schools.sindex.query(dgeom, predicate="intersects")
    inter_area = shapely.area(shapely.intersection(dgeom[i_d], sgeom[i_s])) if len(i_d) else np.zeros(0)
    pairs = pd.DataFrame(
        {
            district_col: districts[district_col].to_numpy()[i_d].astype(str),
            school_col: schools[school_col].to_numpy()[i_s].astype(str),
            "area_m2": inter_area,
        }
    )
    pairs = pairs[pairs["area_m2"] > 0]
    d_area = pd.Series(shapely.area(dgeom), index=districts[district_col].astype(str).to_numpy())
    pairs = pairs[pairs["area_m2"] >= min_share * pairs[district_col].map(d_area).to_numpy()]
    # Districts that touch no school district (gaps in the layers): nearest school by centroid.
    # unique values: pandas walks isin's values one Arrow scalar at a time
    missing = districts[~districts[district_col].astype(str).isin(pairs[district_col].unique())]
    if len(missing):
        cent = shapely.centroid(missing.geometry.values)
        nearest = schools.sindex.nearest(cent, return_all=False)[1]
        extra = pd.DataFrame(
            {
                district_col: missing[district_col].astype(str).to_numpy(),
                school_col: schools[school_col].to_numpy()[nearest].astype(str),
                "area_m2": 0.0,
            }
        )
        extra["weight"] = 1.0
        pairs = pd.concat([pairs, extra], ignore_index=True)
    total = pairs.groupby(district_col)["area_m2"].transform("sum")
    pairs["weight"] = np.where(total > 0, pairs["area_m2"] / total.where(total > 0, 1.0), pairs.get("weight", 1.0))
    pairs["method"] = "area"
    pairs = pairs.groupby([district_col, school_col], as_index=False).agg(
        weight=("weight", "sum"), method=("method", "first"), area_m2=("area_m2", "sum")
    )
    return pairs[out_cols].sort_values([district_col, school_col]).reset_index(drop=True)


def population_weights(
    points: pd.DataFrame,
    district_col: str = "district_code",
    school_col: str = "school_code",
    pop_col: str = "households",
) -> pd.DataFrame:
    """Population-weighted crosswalk from points already labelled with district and school.

    Returns (district_code, school_code, weight, method='population'); districts whose points
    hold no population are absent (the caller falls back to area for them).
    """
    p = points.dropna(subset=[district_col, school_col]).copy()
    p[pop_col] = pd.to_numeric(p[pop_col], errors="coerce").fillna(0.0).clip(lower=0)
    g = p.groupby([district_col, school_col], as_index=False)[pop_col].sum()
    tot = g.groupby(district_col)[pop_col].transform("sum")
    g = g[tot > 0]
    tot = tot[tot > 0]
    g["weight"] = g[pop_col] / tot
    g = g[g["weight"] > 0]
    g["method"] = "population"
    return g[[district_col, school_col, "weight", "method"]].reset_index(drop=True)


def combine(population: pd.DataFrame, area: pd.DataFrame, district_col: str = "district_code") -> pd.DataFrame:
    """Population weights where available, area weights for every other district."""
    rest = area[~area[district_col].isin(population[district_col].unique())]
    out = pd.concat([population[CROSSWALK_COLUMNS], rest[CROSSWALK_COLUMNS]], ignore_index=True)
    return out.sort_values([district_col, "school_code"]).reset_index(drop=True)


def label_points(
    xy: np.ndarray, polygons: gpd.GeoDataFrame, code_col: str
) -> np.ndarray:
    """Code of the polygon containing each metric point, its boundary included (None outside all
    polygons). A point on a shared border: the first polygon in table order wins."""
    out = np.full(len(xy), None, dtype=object)
    if len(xy) == 0 or len(polygons) == 0:
        return out
    # the staging's point-in-polygon kernel (grid candidates): a quarter of the time of an STRtree
    # query of point geometries
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    idx = polygon_of_points(np.asarray(polygons.geometry.values), xy[:, 0], xy[:, 1])
    codes = polygons[code_col].astype(str).to_numpy()
    hit = idx >= 0
    out[hit] = codes[idx[hit]]
    return out


def derive_crosswalk(con: duckdb.DuckDBPyConnection, assocs: pd.DataFrame | None = None) -> None:
    """Write table `crosswalk(district_code, school_code, weight, method)` from geometry.

    Population weights first; area weights (polygon intersections, the costly part) only for
    the districts left without them, as `combine` keeps no other area weight and each district's
    area weights depend on its own polygon alone. `assocs`: the 町内会 rows with their given codes
    when they are not in table neighbourhood_assocs yet (the build derives the crosswalk before
    resolving and writing them); by default the table is read.
    """
    meta = read_meta(con)
    districts = read_polygons(con, "districts", "district_code")
    schools = read_polygons(con, "school_districts", "school_code")
    metric = metric_crs_for(con, districts)
    empty = pd.DataFrame({"district_code": pd.Series(dtype=str), "school_code": pd.Series(dtype=str),
                          "weight": pd.Series(dtype=float), "method": pd.Series(dtype=str)})
    if len(districts) == 0 or len(schools) == 0:
        _write(con, empty)
        return
    d_m = districts.to_crs(metric)
    s_m = schools.to_crs(metric)
    pop = empty
    points = _assoc_points(con, assocs)
    if len(points):
        xy = project_xy(points["lon"].to_numpy(), points["lat"].to_numpy(), meta.crs, metric)
        points["school_code"] = label_points(xy, s_m, "school_code")
        no_district = points["district_code"].isna()
        if no_district.any():
            points.loc[no_district, "district_code"] = label_points(xy[no_district.to_numpy()], d_m, "district_code")
        points = points[points["district_code"].isin(d_m["district_code"].unique())]
        pop = population_weights(points)
    rest = d_m[~d_m["district_code"].astype(str).isin(pop["district_code"].unique())]
    area_w = areal_weights(rest, s_m) if len(rest) else empty
    _write(con, combine(pop, area_w))


ASSOC_POINT_COLUMNS = ("district_code", "lon", "lat", "households")


def _assoc_points(con: duckdb.DuckDBPyConnection, assocs: pd.DataFrame | None = None) -> pd.DataFrame:
    """町内会 points with households: from table neighbourhood_assocs, or from `assocs` (rows
    not written yet) through the same query."""
    if assocs is None:
        if not table_exists(con, "neighbourhood_assocs"):
            return pd.DataFrame()
        cols, source = table_columns(con, "neighbourhood_assocs"), "neighbourhood_assocs"
    else:
        cols, source = set(assocs.columns), "_assoc_rows"
    if not {"lat", "lon", "households"} <= cols:
        return pd.DataFrame()
    dcol = "CAST(district_code AS VARCHAR)" if "district_code" in cols else "NULL"
    sql = f"""SELECT {dcol} AS district_code, CAST(lon AS DOUBLE) AS lon, CAST(lat AS DOUBLE) AS lat,
                     CAST(households AS DOUBLE) AS households
              FROM {source} WHERE lat IS NOT NULL AND lon IS NOT NULL"""
    if assocs is None:
        return con.execute(sql).fetchdf()
    cur = con.cursor()  # its own registration: the caller's connection keeps its names
    try:
        # only the columns read: DuckDB would convert every column of the frame it is given
        cur.register("_assoc_rows", scan_source(assocs[[c for c in assocs.columns if c in ASSOC_POINT_COLUMNS]]))
        return cur.execute(sql).fetchdf()
    finally:
        cur.close()


def _write(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame) -> None:
    cw = frame[CROSSWALK_COLUMNS].copy()  # noqa: F841 (referenced by DuckDB replacement scan)
    con.execute(
        """CREATE OR REPLACE TABLE crosswalk AS
           SELECT CAST(district_code AS VARCHAR) AS district_code, CAST(school_code AS VARCHAR) AS school_code,
                  CAST(weight AS DOUBLE) AS weight, CAST(method AS VARCHAR) AS method FROM cw"""
    )


def to_layer(
    values: pd.DataFrame,
    crosswalk: pd.DataFrame,
    columns: list[str],
    kind: Literal["extensive", "intensive"] = "extensive",
    size: pd.Series | None = None,
    by: list[str] | None = None,
    district_col: str = "district_code",
    school_col: str = "school_code",
) -> pd.DataFrame:
    """District statistics shown on the school-district layer.

    extensive (counts): school value = Σ_d weight(d,s) · value_d.
    intensive (rates): weighted mean Σ w·size_d·v_d / Σ w·size_d, where `size` (indexed by
    district_code) is the district's area (area crosswalk; this reproduces tobler's
    intensive interpolation) or population; without `size` the weights alone are used.
    NULL district values: an extensive sum with any NULL contributor is NULL (a partial sum
    would understate the count); an intensive mean is taken over the known districts.
    `by` keeps extra keys (e.g. fiscal_year) as grouping columns.
    """
    by = list(by or [])
    m = values[[district_col, *by, *columns]].merge(crosswalk[[district_col, school_col, "weight"]], on=district_col)
    w = m["weight"].astype(float)
    if kind == "intensive" and size is not None:
        w = w * m[district_col].map(size).astype(float).fillna(0.0).to_numpy()
    keys = [school_col, *by]
    out = m[keys].drop_duplicates().set_index(keys)
    for col in columns:
        v = pd.to_numeric(m[col], errors="coerce")
        ok = v.notna()
        num = (v.fillna(0.0) * w).groupby([m[k] for k in keys]).sum()
        have = ok.groupby([m[k] for k in keys]).any()
        if kind == "extensive":
            complete = (ok | (w <= 0)).groupby([m[k] for k in keys]).all()
            res = num.where(have & complete)
        elif kind == "intensive":
            den = (w * ok).groupby([m[k] for k in keys]).sum()
            res = (num / den.where(den > 0)).where(have)
        else:
            raise ValueError(f"kind must be 'extensive' or 'intensive', not {kind!r}")
        out[col] = res
    return out.reset_index().sort_values(keys).reset_index(drop=True)


def read_crosswalk(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The warehouse crosswalk (empty frame when the table is absent)."""
    if not table_exists(con, "crosswalk"):
        return pd.DataFrame(columns=CROSSWALK_COLUMNS)
    return con.execute(f"SELECT {', '.join(CROSSWALK_COLUMNS)} FROM crosswalk").fetchdf()


def stats_on_school_layer(
    con: duckdb.DuckDBPyConnection,
    columns: tuple[str, ...] = ("population", "pop_0_14", "pop_65plus", "pop_75plus", "households",
                                "single_elderly_households"),
    fiscal_year: int | None = None,
) -> pd.DataFrame:
    """district_stats counts estimated per 小学校区 (extensive, through the crosswalk), per fiscal year.

    Estimates are rounded to whole people and passed through the engine's suppression
    (values < threshold → NULL with `<col>_suppressed`), like any count that leaves the warehouse.
    """
    from indicators.engine.suppression import suppress_counts

    cols = [c for c in columns if c in table_columns(con, "district_stats")]
    where = "WHERE fiscal_year = ?" if fiscal_year is not None else ""
    stats = con.execute(
        f"SELECT district_code, fiscal_year, {', '.join(cols)} FROM district_stats {where}",
        [fiscal_year] if fiscal_year is not None else [],
    ).fetchdf()
    out = to_layer(stats, read_crosswalk(con), cols, kind="extensive", by=["fiscal_year"])
    for c in cols:
        out[c] = out[c].round()
    return suppress_counts(out, cols, read_meta(con).suppression_threshold)
