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

How it is computed: Python gives rows per point, resource type and year (`point_rows`): the
nearest active resource and A_i. The point–resource pairs within r come from scipy's cKDTree
(`pairs_within`) and give both the 2SFCA (`two_step_fca_pairs`) and the nearest resource of
every point that has one within r; the others ask a k-d tree of the type for their few nearest
(`nearest_active`). The distance classes and area sums are SQL (`access_district.sql`), one
INSERT per type. The per-type × year × group loop of before is the reference in
`tests/spatial/reference_access.py`.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from scipy.spatial import cKDTree

from indicators.vocabulary import RESOURCE_TYPES
from indicators.spatial.geo import metric_crs_for, project_xy, read_meta, table_columns, table_exists

THRESHOLDS_M: tuple[int, ...] = (500, 1000, 2000)
DEFAULT_CATCHMENT_M = 1000.0
SFCA_SCALE = 1000.0  # score = resources per 1,000 people
POPULATION_GROUPS: dict[str, str] = {"aged": "pop_65plus", "children": "pop_0_14"}
# The contract vocabulary: every type gets rows even with no resource, so gaps show as 0.
CONTRACT_TYPES = tuple(RESOURCE_TYPES)

ACCESS_COLUMNS = [
    "resource_type", "population_group", "area_level", "area_code", "fiscal_year", "pop_total",
    "pop_within_500", "pop_within_1000", "pop_within_2000", "mean_nearest_m", "sfca_score",
    "n_resources_located", "catchment_m",
]
# Nearest active resource beyond the catchment: this many nearest of any year are tried, in turn.
_K_NEAREST = (3, 16)


@dataclass(frozen=True)
class Demand:
    """町内会 points: metric xy, population per group (NaN = unknown), area codes per level."""

    xy: np.ndarray
    pops: dict[str, np.ndarray]
    # (area_level, code index per point (-1 = none), labels in sort order)
    levels: list[tuple[str, np.ndarray, np.ndarray]]


@dataclass(frozen=True)
class Supply:
    """Located resources: metric xy, index into the type list, opened/closed year (NaN = NULL)."""

    xy: np.ndarray
    type_idx: np.ndarray
    opened: np.ndarray
    closed: np.ndarray


# --- geometry kernels --------------------------------------------------------------------

def nearest_distances(demand_xy: np.ndarray, supply_xy: np.ndarray) -> np.ndarray:
    """Straight-line distance from each demand point to its nearest supply point (inf if none)."""
    if len(demand_xy) == 0:
        return np.zeros(0)
    if len(supply_xy) == 0:
        return np.full(len(demand_xy), np.inf)
    dist, _ = cKDTree(supply_xy).query(demand_xy, k=1, workers=-1)
    return np.asarray(dist, dtype=float)


def _empty_pairs() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)


def _tree_pairs(demand_xy: np.ndarray, supply_xy: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    m = cKDTree(demand_xy).sparse_distance_matrix(cKDTree(supply_xy), radius, output_type="ndarray")
    return m["i"].astype(np.int64), m["j"].astype(np.int64), m["v"].astype(float)


def pairs_within(demand_xy: np.ndarray, supply_xy: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(demand index, supply index, distance) of every pair with distance ≤ radius (coincident
    points included), from scipy's cKDTree (`sparse_distance_matrix`). Pair order is unspecified."""
    if len(demand_xy) == 0 or len(supply_xy) == 0:
        return _empty_pairs()
    return _tree_pairs(demand_xy, supply_xy, radius)



def catchment_pairs(demand_xy: np.ndarray, supply_xy: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """(demand index, supply index) of every pair with distance ≤ radius (coincident points included)."""
    i, j, _ = pairs_within(demand_xy, supply_xy, radius)
    return i, j


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


def active_mask(opened: pd.Series, closed: pd.Series, fy: int) -> np.ndarray:
    o = pd.to_numeric(opened, errors="coerce")
    c = pd.to_numeric(closed, errors="coerce")
    return ((o.isna() | (o <= fy)) & (c.isna() | (c > fy))).to_numpy()


def active_years(opened: np.ndarray, closed: np.ndarray, years: Sequence[int]) -> np.ndarray:
    """(n_years, n) bool: active in each year (NaN opened = since before the series, NaN closed = open)."""
    o = np.asarray(opened, dtype=float)[None, :]
    c = np.asarray(closed, dtype=float)[None, :]
    y = np.asarray(years, dtype=float)[:, None]
    return (np.isnan(o) | (o <= y)) & (np.isnan(c) | (c > y))


def nearest_active(
    demand_xy: np.ndarray, supply_xy: np.ndarray, active: np.ndarray,
    i: np.ndarray, j: np.ndarray, d: np.ndarray,
) -> np.ndarray:
    """(n_years, n) distance from each demand point to its nearest supply point active that year.

    `active` (n_years, m); (i, j, d) = every pair within some radius r.  A point with an active
    pair has its answer among the pairs (anything nearer is also within r).  The others ask a
    k-d tree of all supply points (any year) for their few nearest and take the first active
    one; points whose few nearest are all inactive that year ask for more, and the last
    handful are measured against that year's active supply directly.
    """
    n_years, n = active.shape[0], len(demand_xy)
    out = np.full((n_years, n), np.inf)
    if n == 0 or len(supply_xy) == 0:
        return out
    if len(i):
        for y in range(n_years):
            np.minimum.at(out[y], i, np.where(active[y, j], d, np.inf))
    todo = np.isinf(out) & (active.any(axis=1))[:, None]  # (years, points) still to find
    tree = None
    for k in _K_NEAREST:
        ask = np.flatnonzero(todo.any(axis=0))
        if len(ask) == 0:
            return out
        if tree is None:
            tree = cKDTree(supply_xy, leafsize=32, balanced_tree=False)  # quick to build; same distances
        k = min(k, len(supply_xy))
        dk, jk = tree.query(demand_xy[ask], k=k, workers=-1)
        dk, jk = dk.reshape(len(ask), k), jk.reshape(len(ask), k)
        act = active[:, jk]  # (years, asked, k); all indices valid: k ≤ number of supply points
        hit = act.any(axis=2) & todo[:, ask]
        first = np.take_along_axis(dk[None, :, :], act.argmax(axis=2)[:, :, None], axis=2)[:, :, 0]
        out[:, ask] = np.where(hit, first, out[:, ask])
        todo[:, ask] &= ~hit
    for y in range(n_years):
        rest = np.flatnonzero(todo[y])
        if len(rest):
            out[y, rest] = _nearest_few(demand_xy[rest], supply_xy[active[y]])
    return out


def _nearest_few(demand_xy: np.ndarray, supply_xy: np.ndarray) -> np.ndarray:
    """Nearest distance for a few points: brute force (no tree to build), else a k-d tree.

    √(dx² + dy²) of the closest, the same arithmetic as the tree, so the same bits.
    """
    if len(demand_xy) * len(supply_xy) > 4_000_000 or len(supply_xy) == 0:
        return nearest_distances(demand_xy, supply_xy)
    out = np.empty(len(demand_xy))
    for k, (x, y) in enumerate(demand_xy):
        dx = x - supply_xy[:, 0]
        dy = y - supply_xy[:, 1]
        out[k] = np.sqrt((dx * dx + dy * dy).min())
    return out


# --- per point rows, then SQL ------------------------------------------------------------

def point_rows(demand: Demand, supply: Supply, n_types: int, years: Sequence[int],
               catchment_m: float = DEFAULT_CATCHMENT_M) -> Iterator[pa.Table]:
    """Per resource type (index t, in order): one table of every point × year with the nearest
    active resource (`nearest_m`, NULL when none) and the 2SFCA score A_i per population group
    (`a_<group>`, resources per person, via `two_step_fca_pairs`; inactive resources count 0)."""
    n, n_y = len(demand.xy), len(years)
    pz = {g: np.where(np.isnan(p), 0.0, p) for g, p in demand.pops.items()}
    active_all = active_years(supply.opened, supply.closed, years)
    for t in range(n_types):
        sel = np.flatnonzero(supply.type_idx == t)
        txy, act = supply.xy[sel], active_all[:, sel]
        pi, pj, pdist = pairs_within(demand.xy, txy, catchment_m)
        dist = nearest_active(demand.xy, txy, act, pi, pj, pdist).ravel()
        cols: dict[str, pa.Array] = {
            "t": pa.array(np.full(n * n_y, t, dtype=np.int32)),
            "fiscal_year": pa.array(np.repeat(np.asarray(years, dtype=np.int32), n)),
            "point": pa.array(np.tile(np.arange(n, dtype=np.int32), n_y)),
            "nearest_m": pa.array(dist, mask=~np.isfinite(dist)),
            "n_located": pa.array(np.repeat(act.sum(axis=1).astype(np.int64), n)),
        }
        for g, p in pz.items():
            cols[f"a_{g}"] = pa.array(np.concatenate(
                [two_step_fca_pairs(pi, pj, p, len(txy), act[y]) for y in range(n_y)]) if n_y else np.zeros(0))
        yield pa.table(cols)


ACCESS_SQL = (Path(__file__).parent / "access_district.sql").read_text(encoding="utf-8")
ACCESS_DDL = """CREATE OR REPLACE TEMP TABLE _access_out (
    resource_type VARCHAR, population_group VARCHAR, area_level VARCHAR, area_code VARCHAR, fiscal_year INTEGER,
    pop_total BIGINT, pop_within_500 BIGINT, pop_within_1000 BIGINT, pop_within_2000 BIGINT, mean_nearest_m DOUBLE,
    sfca_score DOUBLE, n_resources_located INTEGER, catchment_m DOUBLE)"""


def _points_table(demand: Demand) -> pa.Table:
    """point, one code column per area level (NULL: none), one population column per group."""
    cols = {"point": pa.array(np.arange(len(demand.xy), dtype=np.int32))}
    for level, codes, labels in demand.levels:
        lab = np.asarray(labels, dtype=object)
        cols[f"code_{level}"] = pa.array(np.where(codes >= 0, lab[np.maximum(codes, 0)] if len(lab) else None, None),
                                         type=pa.string())
    for g, p in demand.pops.items():
        cols[f"pop_{g}"] = pa.array(np.asarray(p, dtype=float), mask=np.isnan(np.asarray(p, dtype=float)))
    return pa.table(cols)


def access_sql(demand: Demand, thresholds: Sequence[int] = THRESHOLDS_M) -> str:
    """access_district.sql with the dataset's area levels, population groups and distance classes
    (names from this module's constants, never from data)."""
    groups = " UNION ALL ".join(
        f"SELECT r.t, r.fiscal_year, r.nearest_m, r.n_located, '{g}' AS population_group, p.pop_{g} AS pop, "
        f"r.a_{g} AS a, p.* EXCLUDE (point) FROM _access_rows r JOIN _access_points p USING (point)"
        for g in demand.pops)
    names = [level for level, _, _ in demand.levels]
    # one scan for every level: a grouping set per level; the set's own code column names the area
    sets = ", ".join(f"(t, population_group, fiscal_year, code_{lv})" for lv in names)
    level = "CASE " + " ".join(f"WHEN grouping(code_{lv}) = 0 THEN '{lv}'" for lv in names) + " END"
    code = "CASE " + " ".join(f"WHEN grouping(code_{lv}) = 0 THEN code_{lv}" for lv in names) + " END"
    within = ", ".join(
        f"CASE WHEN count(pop) > 0 THEN coalesce(sum(coalesce(pop, 0)) FILTER (WHERE nearest_m <= {int(th)}), 0) END "
        f"AS pop_within_{int(th)}" for th in thresholds)
    return ACCESS_SQL.format(groups=groups, sets=sets, level=level, code=code, within=within,
                             sfca_scale=float(SFCA_SCALE))


def access_frame_sql(con: duckdb.DuckDBPyConnection, demand: Demand, supply: Supply, resource_types: Sequence[str],
                     fiscal_years: Sequence[int], catchment_m: float = DEFAULT_CATCHMENT_M,
                     thresholds: Sequence[int] = THRESHOLDS_M) -> None:
    """Replace table `access_district` in `con` with the aggregates of `point_rows` (ACCESS_COLUMNS)."""
    years = sorted({int(y) for y in fiscal_years})
    con.register("_access_points", _points_table(demand))
    con.register("_access_types", pa.table({"t": pa.array(np.arange(len(resource_types), dtype=np.int32)),
                                            "resource_type": pa.array(list(resource_types), type=pa.string())}))
    try:
        con.execute(ACCESS_DDL)
        if len(demand.xy) and years and demand.pops and demand.levels:
            sql = access_sql(demand, thresholds)
            for rows in point_rows(demand, supply, len(resource_types), years, catchment_m):
                con.register("_access_rows", rows)
                con.execute(f"INSERT INTO _access_out {sql}", [catchment_m])
                con.unregister("_access_rows")
        con.execute("CREATE OR REPLACE TABLE access_district AS SELECT * FROM _access_out ORDER BY "
                    "resource_type, population_group, area_level, area_code, fiscal_year")
        con.execute("DROP TABLE _access_out")
    finally:
        con.unregister("_access_points")
        con.unregister("_access_types")


def empty_access_table() -> pa.Table:
    types = {"resource_type": pa.string(), "population_group": pa.string(), "area_level": pa.string(),
             "area_code": pa.string(), "fiscal_year": pa.int64(), "pop_total": pa.float64(),
             "pop_within_500": pa.float64(), "pop_within_1000": pa.float64(), "pop_within_2000": pa.float64(),
             "mean_nearest_m": pa.float64(), "sfca_score": pa.float64(), "n_resources_located": pa.int64(),
             "catchment_m": pa.float64()}
    return pa.table({c: pa.array([], type=t) for c, t in types.items()})


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
    """Frames in, frame out (ACCESS_COLUMNS, NULL as NaN; the same SQL in an in-memory DuckDB).

    points: x, y (metric), district_code, school_code, pop_65plus, pop_0_14.
    resources: x, y (metric), resource_type, opened_fy, closed_fy.
    """
    types = sorted(resource_types)
    if len(points) == 0:
        return empty_access_table().to_pandas()
    demand = Demand(
        xy=points[["x", "y"]].to_numpy(dtype=float),
        pops={g: pd.to_numeric(points[c], errors="coerce").to_numpy(dtype=float)
              for g, c in POPULATION_GROUPS.items() if c in points.columns},
        levels=_level_codes(points, city_code),
    )
    rtype = pd.Categorical(resources["resource_type"], categories=types).codes if len(resources) else np.zeros(0, int)
    keep = rtype >= 0
    res = resources[keep]
    supply = Supply(
        xy=res[["x", "y"]].to_numpy(dtype=float).reshape(-1, 2),
        type_idx=np.asarray(rtype[keep], dtype=np.int64),
        opened=pd.to_numeric(res["opened_fy"], errors="coerce").to_numpy(dtype=float),
        closed=pd.to_numeric(res["closed_fy"], errors="coerce").to_numpy(dtype=float),
    )
    if not demand.pops or not demand.levels:
        return empty_access_table().to_pandas()
    con = duckdb.connect()
    try:
        access_frame_sql(con, demand, supply, types, fiscal_years, catchment_m, thresholds)
        frame = con.execute("SELECT * FROM access_district").df()
    finally:
        con.close()
    for c in ("pop_total", *(f"pop_within_{th}" for th in thresholds)):
        frame[c] = frame[c].astype(float)
    return frame[[c for c in ACCESS_COLUMNS if c in frame.columns]]


# --- warehouse I/O -----------------------------------------------------------------------

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


def resource_type_list(con: duckdb.DuckDBPyConnection, resources: pd.DataFrame | None = None) -> list[str]:
    """Contract types, the dataset's vocabulary (table resource_types) and the types of the
    resources (table `resources`, or the frame about to be written to it)."""
    types: set[str] = set(CONTRACT_TYPES)
    if table_exists(con, "resource_types"):
        types |= {r[0] for r in con.execute("SELECT resource_type FROM resource_types").fetchall() if r[0]}
    if resources is not None:
        if "resource_type" in resources.columns:
            types |= {str(t) for t in resources["resource_type"].dropna().unique() if t}
    elif table_exists(con, "resources"):
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


def _float_col(col: pa.ChunkedArray) -> np.ndarray:
    """A fetched numeric column as float64 with NaN for NULL."""
    return pc.fill_null(col.cast(pa.float64()), np.nan).to_numpy()


def _code_index(col: pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """Code per row as an index into the sorted distinct codes (-1 = NULL), and those codes.

    Arrow sorts strings by bytes, as DuckDB orders VARCHAR and Python orders str.
    """
    enc = pc.dictionary_encode(col).combine_chunks()
    labels = enc.dictionary
    order = pc.sort_indices(labels).to_numpy()
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    idx = pc.fill_null(enc.indices, -1).to_numpy().astype(np.int64)
    if not len(order):  # every code NULL (e.g. no school areas in tabular-only mode)
        return np.full(len(idx), -1, dtype=np.int64), np.empty(0, dtype=object)
    codes = np.where(idx >= 0, rank[np.maximum(idx, 0)], -1)
    return codes, np.asarray(labels.take(pa.array(order)).to_pylist(), dtype=object)


def load_demand(con: duckdb.DuckDBPyConnection, metric: str, city_code: str | None) -> Demand | None:
    """町内会 points for accessibility (codes as indices into sorted labels); None without points."""
    if not table_exists(con, "neighbourhood_assocs"):
        return None
    cols = table_columns(con, "neighbourhood_assocs")
    if not {"lat", "lon"} <= cols:
        return None
    code = {c: (f"CAST({c} AS VARCHAR)" if c in cols else "NULL::VARCHAR") for c in ("district_code", "school_code")}
    pop = {c: (f"CAST({c} AS DOUBLE)" if c in cols else "NULL::DOUBLE") for c in POPULATION_GROUPS.values()}
    # Same point order as load_points (ORDER BY ALL), so every area adds its points in that order.
    tb = con.execute(
        f"SELECT CAST(lon AS DOUBLE) lon, CAST(lat AS DOUBLE) lat, {code['district_code']} district_code, "
        f"{code['school_code']} school_code, {pop['pop_65plus']} pop_65plus, {pop['pop_0_14']} pop_0_14 "
        "FROM neighbourhood_assocs WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY ALL"
    ).to_arrow_table()
    n = tb.num_rows
    if n == 0:
        return None
    levels: list[tuple[str, np.ndarray, np.ndarray]] = []
    if city_code is not None:
        levels.append(("city", np.zeros(n, dtype=np.int64), np.array([city_code], dtype=object)))
    for level, c in (("district", "district_code"), ("school_district", "school_code")):
        codes, labels = _code_index(tb[c])
        if len(labels):
            levels.append((level, codes, labels))
    xy = project_xy(_float_col(tb["lon"]), _float_col(tb["lat"]), read_meta(con).crs, metric)
    pops = {g: _float_col(tb[c]) for g, c in POPULATION_GROUPS.items()}
    return Demand(xy=xy, pops=pops, levels=levels)


def load_supply(con: duckdb.DuckDBPyConnection, metric: str, types: Sequence[str]) -> Supply:
    """Located resources of the given types: only the columns accessibility needs.

    No ORDER BY (sorting 1 M rows costs more than everything else here): rows come in table
    order, which DuckDB keeps, and results do not depend on it beyond float rounding.
    """
    empty = Supply(np.zeros((0, 2)), np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0))
    if not table_exists(con, "resources") or not types:
        return empty
    cols = table_columns(con, "resources")
    if not {"lat", "lon", "resource_type"} <= cols:
        return empty
    opt = [f"CAST({c} AS DOUBLE) {c}" if c in cols else f"NULL::DOUBLE {c}" for c in ("opened_fy", "closed_fy")]
    tb = con.execute(
        f"""SELECT t, lon, lat, opened_fy, closed_fy FROM (
              SELECT CAST(list_position(?, resource_type) - 1 AS BIGINT) t, CAST(lon AS DOUBLE) lon,
                     CAST(lat AS DOUBLE) lat, {', '.join(opt)}
              FROM resources WHERE lat IS NOT NULL AND lon IS NOT NULL AND resource_type IS NOT NULL)
            WHERE t >= 0""",
        [list(types)],
    ).to_arrow_table()
    if tb.num_rows == 0:
        return empty
    xy = project_xy(_float_col(tb["lon"]), _float_col(tb["lat"]), read_meta(con).crs, metric)
    return Supply(xy=xy, type_idx=tb["t"].to_numpy().astype(np.int64),
                  opened=_float_col(tb["opened_fy"]), closed=_float_col(tb["closed_fy"]))


def compute_accessibility(con: duckdb.DuckDBPyConnection, catchment_m: float = DEFAULT_CATCHMENT_M) -> None:
    """Write table `access_district` (see module docstring) from tables neighbourhood_assocs and resources.

    Without 町内会 points there is nothing to measure: the table is dropped (not left empty),
    so the engine skips the accessibility family (`requires: [access_district]`).
    """
    meta = read_meta(con)
    metric = metric_crs_for(con)
    demand = load_demand(con, metric, meta.municipality_code)
    if demand is None:
        con.execute("DROP TABLE IF EXISTS access_district")
        return
    types = resource_type_list(con)
    access_frame_sql(con, demand, load_supply(con, metric, types), types, fiscal_years(con), catchment_m)
