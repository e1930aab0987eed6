"""Walking-distance accessibility of resources for people aged 65+ and children 0–14.

Demand = 町内会 points (`neighbourhood_assocs.lat/lon`) carrying `pop_65plus` / `pop_0_14`;
supply = resources with coordinates that are active in the fiscal year
(`opened_fy <= Y AND (closed_fy IS NULL OR closed_fy > Y)`).  Resources placed only by a
district/school code have no position and are left out of distances.  Distances are
straight lines in `dataset_meta.metric_crs`; network distance is out of scope (no network
file is part of the data contract).

Per area (地区, 小学校区 and the city) and fiscal year we keep aggregates only:
population, population within 500 m / 1 km / 2 km of the nearest resource, the
population-weighted mean nearest distance, and a two-step floating catchment (2SFCA) score.

2SFCA (Luo & Wang 2003, unweighted, as PySAL `access.two_stage_fca`):
  R_j = S_j / Σ_{k : d_kj ≤ r} P_k   for each resource j (S_j = 1 per resource),
  A_i = Σ_{j : d_ij ≤ r} R_j          for each 町内会 point i,
with catchment r = 1,000 m by default (a 15-minute walk for older people).  A resource with
no demand inside its catchment contributes nothing.  The area score is the population-
weighted mean of A_i, stored per 1,000 people (`sfca_score`).
Extra columns: `n_resources_located` = active resources of the type with coordinates in the
whole city that year (0 → every distance is NULL), `catchment_m` = the 2SFCA radius.
NULL population counts (suppressed at source) are treated as unknown and left out.
"""
from __future__ import annotations

from collections.abc import Sequence

import duckdb
import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from indicators.spatial.geo import metric_crs_for, project_xy, read_meta, table_columns, table_exists

THRESHOLDS_M: tuple[int, ...] = (500, 1000, 2000)
DEFAULT_CATCHMENT_M = 1000.0
SFCA_SCALE = 1000.0  # score = resources per 1,000 people
POPULATION_GROUPS: dict[str, str] = {"aged": "pop_65plus", "children": "pop_0_14"}
# The contract vocabulary: every type gets rows even with no resource, so gaps show as 0.
CONTRACT_TYPES = ("consultation_place", "district_salon", "community_cafeteria", "coordinator",
                  "activity_base", "dementia_cafe", "shopping_support", "transport_service")

ACCESS_COLUMNS = [
    "resource_type", "population_group", "area_level", "area_code", "fiscal_year", "pop_total",
    "pop_within_500", "pop_within_1000", "pop_within_2000", "mean_nearest_m", "sfca_score",
    "n_resources_located", "catchment_m",
]


def nearest_distances(demand_xy: np.ndarray, supply_xy: np.ndarray) -> np.ndarray:
    """Straight-line distance from each demand point to its nearest supply point (inf if none)."""
    if len(demand_xy) == 0:
        return np.zeros(0)
    if len(supply_xy) == 0:
        return np.full(len(demand_xy), np.inf)
    dist, _ = cKDTree(supply_xy).query(demand_xy, k=1, workers=-1)
    return np.asarray(dist, dtype=float)


def catchment_pairs(demand_xy: np.ndarray, supply_xy: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """(demand index, supply index) of every pair with distance ≤ radius (coincident points included)."""
    if len(demand_xy) == 0 or len(supply_xy) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    m = cKDTree(demand_xy).sparse_distance_matrix(cKDTree(supply_xy), radius, output_type="ndarray")
    return m["i"].astype(np.int64), m["j"].astype(np.int64)


def two_step_fca_pairs(
    i: np.ndarray, j: np.ndarray, demand_pop: np.ndarray, n_supply: int, supply_value: np.ndarray | None = None,
) -> np.ndarray:
    """2SFCA from precomputed catchment pairs (i demand, j supply): A_i for every demand point."""
    pop = np.asarray(demand_pop, dtype=float)
    s = np.ones(n_supply) if supply_value is None else np.asarray(supply_value, dtype=float)
    demand_in = np.bincount(j, weights=pop[i], minlength=n_supply)
    ratio = np.divide(s, demand_in, out=np.zeros(n_supply), where=demand_in > 0)
    return np.bincount(i, weights=ratio[j], minlength=len(pop))


def two_step_fca(
    demand_xy: np.ndarray,
    demand_pop: np.ndarray,
    supply_xy: np.ndarray,
    radius: float,
    supply_value: np.ndarray | None = None,
) -> np.ndarray:
    """Raw 2SFCA score A_i (supply per person) for each demand point."""
    n = len(demand_xy)
    if n == 0 or len(supply_xy) == 0:
        return np.zeros(n)
    i, j = catchment_pairs(demand_xy, supply_xy, radius)
    return two_step_fca_pairs(i, j, demand_pop, len(supply_xy), supply_value)


def aggregate_levels(
    levels: list[tuple[str, np.ndarray, np.ndarray]],
    pop: np.ndarray,
    dist: np.ndarray,
    score: np.ndarray,
    thresholds: Sequence[int] = THRESHOLDS_M,
) -> pd.DataFrame:
    """Per-area aggregates. `levels`: (area_level, integer code per point (-1 = none), code labels).

    NULL (NaN) population = unknown: left out of sums; an area whose points are all unknown
    keeps its row with NULL counts.
    """
    known = ~np.isnan(pop)
    p = np.where(known, pop, 0.0)
    finite = np.isfinite(dist)
    pd_ = np.where(finite, p * np.where(finite, dist, 0.0), 0.0)
    pfin = np.where(finite, p, 0.0)
    ps = p * score
    frames = []
    for level, codes, labels in levels:
        ok = codes >= 0
        c = codes[ok]
        k = len(labels)

        def s(w: np.ndarray) -> np.ndarray:
            return np.bincount(c, weights=w[ok], minlength=k)

        present = np.bincount(c, minlength=k) > 0
        known_any = s(known.astype(float)) > 0
        tot = s(p)
        out = {"area_level": level, "area_code": labels[present],
               "pop_total": np.where(known_any, tot, np.nan)[present]}
        for t in thresholds:
            out[f"pop_within_{t}"] = np.where(known_any, s(np.where(dist <= t, p, 0.0)), np.nan)[present]
        f = s(pfin)
        out["mean_nearest_m"] = np.divide(s(pd_), f, out=np.full(k, np.nan), where=f > 0)[present]
        out["sfca_score"] = (np.divide(s(ps), tot, out=np.full(k, np.nan), where=tot > 0) * SFCA_SCALE)[present]
        frames.append(pd.DataFrame(out))
    return pd.concat(frames, ignore_index=True)


def empty_access_frame() -> pd.DataFrame:
    types = {"resource_type": str, "population_group": str, "area_level": str, "area_code": str,
             "fiscal_year": "int64", "pop_total": float, "pop_within_500": float, "pop_within_1000": float,
             "pop_within_2000": float, "mean_nearest_m": float, "sfca_score": float, "n_resources_located": "int64",
             "catchment_m": float}
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in types.items()})


def active_mask(opened: pd.Series, closed: pd.Series, fy: int) -> np.ndarray:
    o = pd.to_numeric(opened, errors="coerce")
    c = pd.to_numeric(closed, errors="coerce")
    return ((o.isna() | (o <= fy)) & (c.isna() | (c > fy))).to_numpy()


def _level_codes(points: pd.DataFrame, city_code: str | None) -> list[tuple[str, np.ndarray, np.ndarray]]:
    levels = []
    if city_code is not None:
        levels.append(("city", np.zeros(len(points), dtype=np.int64), np.array([city_code], dtype=object)))
    for level, col in (("district", "district_code"), ("school_district", "school_code")):
        if col in points.columns and points[col].notna().any():
            codes, labels = pd.factorize(points[col].astype("string"), sort=True)
            levels.append((level, codes.astype(np.int64), np.asarray(labels, dtype=object)))
    return levels


def compute_access_frame(
    points: pd.DataFrame,
    resources: pd.DataFrame,
    resource_types: Sequence[str],
    fiscal_years: Sequence[int],
    city_code: str | None,
    catchment_m: float = DEFAULT_CATCHMENT_M,
    thresholds: Sequence[int] = THRESHOLDS_M,
) -> pd.DataFrame:
    """Pure core of compute_accessibility.

    points: x, y (metric), district_code, school_code, pop_65plus, pop_0_14.
    resources: x, y (metric), resource_type, opened_fy, closed_fy.
    Catchment pairs are found once per type (all its resources) and filtered per year.
    """
    if len(points) == 0:
        return empty_access_frame()
    pxy = points[["x", "y"]].to_numpy(dtype=float)
    levels = _level_codes(points, city_code)
    pops = {g: pd.to_numeric(points[c], errors="coerce").to_numpy(dtype=float)
            for g, c in POPULATION_GROUPS.items() if c in points.columns}
    frames = []
    for rtype in resource_types:
        of_type = resources[resources["resource_type"] == rtype]
        txy = of_type[["x", "y"]].to_numpy(dtype=float)
        pi, pj = catchment_pairs(pxy, txy, catchment_m)
        for fy in fiscal_years:
            act = active_mask(of_type["opened_fy"], of_type["closed_fy"], fy)
            dist = nearest_distances(pxy, txy[act])
            keep = act[pj]
            for group, pop in pops.items():
                score = two_step_fca_pairs(pi[keep], pj[keep], np.nan_to_num(pop, nan=0.0), len(txy))
                out = aggregate_levels(levels, pop, dist, score, thresholds)
                out.insert(0, "resource_type", rtype)
                out.insert(1, "population_group", group)
                out["fiscal_year"] = int(fy)
                out["n_resources_located"] = int(act.sum())
                out["catchment_m"] = float(catchment_m)
                frames.append(out)
    if not frames:
        return empty_access_frame()
    return pd.concat(frames, ignore_index=True)[ACCESS_COLUMNS]


def fiscal_years(con: duckdb.DuckDBPyConnection) -> list[int]:
    """dataset_meta.min_fy..max_fy, else the years in district_stats, else as_of_fy."""
    meta = read_meta(con)
    if meta.min_fy is not None and meta.max_fy is not None:
        return list(range(meta.min_fy, meta.max_fy + 1))
    if table_exists(con, "district_stats"):
        ys = [r[0] for r in con.execute("SELECT DISTINCT fiscal_year FROM district_stats WHERE fiscal_year IS NOT NULL ORDER BY 1").fetchall()]
        if ys:
            return [int(y) for y in ys]
    if "as_of_fy" in table_columns(con, "dataset_meta"):
        row = con.execute("SELECT as_of_fy FROM dataset_meta").fetchone()
        if row and row[0] is not None:
            return [int(row[0])]
    return []


def resource_type_list(con: duckdb.DuckDBPyConnection) -> list[str]:
    types: set[str] = set(CONTRACT_TYPES)
    if table_exists(con, "resource_types"):
        types |= {r[0] for r in con.execute("SELECT resource_type FROM resource_types").fetchall() if r[0]}
    if table_exists(con, "resources"):
        types |= {r[0] for r in con.execute("SELECT DISTINCT resource_type FROM resources").fetchall() if r[0]}
    return sorted(types)


def load_points(con: duckdb.DuckDBPyConnection, metric: str) -> pd.DataFrame:
    """町内会 points with coordinates, projected to metres (x, y)."""
    if not table_exists(con, "neighbourhood_assocs"):
        return pd.DataFrame()
    cols = table_columns(con, "neighbourhood_assocs")
    if not {"lat", "lon"} <= cols:
        return pd.DataFrame()
    sel = ["CAST(lon AS DOUBLE) lon", "CAST(lat AS DOUBLE) lat"]
    for c in ("district_code", "school_code"):
        sel.append(f"CAST({c} AS VARCHAR) {c}" if c in cols else f"NULL::VARCHAR {c}")
    for c in POPULATION_GROUPS.values():
        sel.append(f"CAST({c} AS DOUBLE) {c}" if c in cols else f"NULL::DOUBLE {c}")
    df = con.execute(
        f"SELECT {', '.join(sel)} FROM neighbourhood_assocs WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY ALL"
    ).fetchdf()
    xy = project_xy(df["lon"].to_numpy(), df["lat"].to_numpy(), read_meta(con).crs, metric)
    df["x"], df["y"] = xy[:, 0], xy[:, 1]
    return df


def load_resources(con: duckdb.DuckDBPyConnection, metric: str) -> pd.DataFrame:
    """Resources with coordinates, projected to metres (x, y)."""
    if not table_exists(con, "resources"):
        return pd.DataFrame(columns=["resource_id", "resource_type", "name", "opened_fy", "closed_fy", "x", "y", "lon", "lat"])
    cols = table_columns(con, "resources")
    opt = [f"{c}" if c in cols else f"NULL AS {c}" for c in ("opened_fy", "closed_fy", "name")]
    df = con.execute(
        f"""SELECT CAST(resource_id AS VARCHAR) resource_id, resource_type, {', '.join(opt)},
                   CAST(lon AS DOUBLE) lon, CAST(lat AS DOUBLE) lat
            FROM resources WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY resource_id"""
    ).fetchdf()
    xy = project_xy(df["lon"].to_numpy(), df["lat"].to_numpy(), read_meta(con).crs, metric)
    df["x"], df["y"] = xy[:, 0], xy[:, 1]
    return df


def compute_accessibility(con: duckdb.DuckDBPyConnection, catchment_m: float = DEFAULT_CATCHMENT_M) -> None:
    """Write table `access_district` (see module docstring).

    Without 町内会 points there is nothing to measure: the table is dropped (not left empty),
    so the engine skips the accessibility family (`requires: [access_district]`).
    """
    meta = read_meta(con)
    metric = metric_crs_for(con)
    points = load_points(con, metric)
    if len(points) == 0:
        con.execute("DROP TABLE IF EXISTS access_district")
        return
    frame = compute_access_frame(
        points, load_resources(con, metric), resource_type_list(con), fiscal_years(con),
        meta.municipality_code, catchment_m=catchment_m,
    )
    _write_access(con, frame)


def _write_access(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame) -> None:
    acc = frame[ACCESS_COLUMNS]  # noqa: F841 (DuckDB replacement scan)
    con.execute(
        """CREATE OR REPLACE TABLE access_district AS SELECT
             CAST(resource_type AS VARCHAR) resource_type, CAST(population_group AS VARCHAR) population_group,
             CAST(area_level AS VARCHAR) area_level, CAST(area_code AS VARCHAR) area_code,
             CAST(fiscal_year AS INTEGER) fiscal_year, CAST(round(pop_total) AS BIGINT) pop_total,
             CAST(round(pop_within_500) AS BIGINT) pop_within_500, CAST(round(pop_within_1000) AS BIGINT) pop_within_1000,
             CAST(round(pop_within_2000) AS BIGINT) pop_within_2000, CAST(mean_nearest_m AS DOUBLE) mean_nearest_m,
             CAST(sfca_score AS DOUBLE) sfca_score, CAST(n_resources_located AS INTEGER) n_resources_located,
             CAST(catchment_m AS DOUBLE) catchment_m
           FROM acc ORDER BY resource_type, population_group, area_level, area_code, fiscal_year"""
    )
