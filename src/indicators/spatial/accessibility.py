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

How it is computed (issue 8, national scale): the point–resource pairs within r are found
once per type on a uniform grid of r-sized cells (`pairs_within`); they give both the 2SFCA
and the nearest active resource of every point that has one within r.  Only the other points
ask a k-d tree of the type (one tree for all years; the few nearest, then a tree of that
year's active resources only when those are all inactive).  Area sums are np.bincount over
(area, distance class), adding points in the same order as before, so counts and means are
unchanged.  Each type becomes one Arrow batch, already in key order; DuckDB reads them as a
stream in one CREATE TABLE statement, writing one batch while the next is computed.
The per-type × year × group loop this replaces is kept in `tests/spatial/reference_access.py`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from scipy.spatial import cKDTree

from indicators.spatial.geo import metric_crs_for, project_xy, read_meta, table_columns, table_exists

THRESHOLDS_M: tuple[int, ...] = (500, 1000, 2000)
DEFAULT_CATCHMENT_M = 1000.0
SFCA_SCALE = 1000.0  # score = resources per 1,000 people
ACCESS_THREADS = 2  # per-type work in parallel (the machine this runs on has two cores)
POPULATION_GROUPS: dict[str, str] = {"aged": "pop_65plus", "children": "pop_0_14"}
# The contract vocabulary: every type gets rows even with no resource, so gaps show as 0.
CONTRACT_TYPES = ("consultation_place", "district_salon", "community_cafeteria", "coordinator",
                  "activity_base", "dementia_cafe", "shopping_support", "transport_service")

ACCESS_COLUMNS = [
    "resource_type", "population_group", "area_level", "area_code", "fiscal_year", "pop_total",
    "pop_within_500", "pop_within_1000", "pop_within_2000", "mean_nearest_m", "sfca_score",
    "n_resources_located", "catchment_m",
]
# Nearest active resource beyond the catchment: this many nearest of any year are tried, in turn.
_K_NEAREST = (3, 16)
# A dense cell table is used while it stays this small relative to the inputs (else k-d tree).
_MAX_CELLS_PER_POINT = 16


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


class _CellIndex:
    """Demand points bucketed in square cells of side ≥ radius (a dense table of cell starts).

    The table has an empty border cell on every side, so the 3×3 block around any point of
    the extent needs no bounds checks.
    """

    def __init__(self, xy: np.ndarray, radius: float, lo: np.ndarray, hi: np.ndarray):
        # A hair wider than r, so two points ≤ r apart always sit in the same or adjacent cells
        # despite rounding in (x - lo) / cell.
        self.cell = float(radius) * (1 + 1e-9) + 1e-9
        self.lo = lo
        # Same expression as _keys, so the highest point falls in the last inner cell.
        top = np.floor((hi - lo) / self.cell).astype(np.int64)
        self.nx, self.ny = int(top[0]) + 3, int(top[1]) + 3
        key = self._keys(xy)
        self.order = np.argsort(key, kind="stable")
        self.counts = np.bincount(key, minlength=self.nx * self.ny)
        self.starts = np.cumsum(self.counts) - self.counts
        # Coordinates in cell order: the candidates of one cell are read contiguously.
        self.x = np.ascontiguousarray(xy[self.order, 0])
        self.y = np.ascontiguousarray(xy[self.order, 1])
        self.block = np.array([dx * self.ny + dy for dx in (-1, 0, 1) for dy in (-1, 0, 1)], dtype=np.int64)

    def _keys(self, xy: np.ndarray) -> np.ndarray:
        c = np.floor((xy - self.lo) / self.cell).astype(np.int64) + 1
        return c[:, 0] * self.ny + c[:, 1]

    def pairs(self, supply_xy: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        m = len(supply_xy)
        if m == 0:
            return _empty_pairs()
        keys = self._keys(supply_xy)[:, None] + self.block[None, :]  # (m, 9) neighbouring cells
        cnt = self.counts[keys].ravel()
        total = int(cnt.sum())
        if total == 0:
            return _empty_pairs()
        # Expand each (supply point, cell) into the demand points of that cell.
        first = np.cumsum(cnt) - cnt
        pos = np.repeat(self.starts[keys].ravel() - first, cnt) + np.arange(total)
        per = cnt.reshape(m, 9).sum(axis=1)
        ddx = self.x[pos] - np.repeat(supply_xy[:, 0], per)
        ddy = self.y[pos] - np.repeat(supply_xy[:, 1], per)
        d2 = ddx * ddx + ddy * ddy
        near = np.flatnonzero(d2 <= float(radius) * float(radius))  # cKDTree's test: squared distance vs r²
        return self.order[pos[near]], np.repeat(np.arange(m), per)[near], np.sqrt(d2[near])


def _cell_index(demand_xy: np.ndarray, radius: float, extent: np.ndarray) -> _CellIndex | None:
    """A cell index over demand_xy covering `extent` (2×2: min row, max row), or None if too big."""
    if not (radius > 0 and np.isfinite(radius)) or not np.isfinite(extent).all():
        return None
    cell = float(radius) * (1 + 1e-9) + 1e-9
    span = np.floor((extent[1] - extent[0]) / cell) + 1
    if span[0] * span[1] > _MAX_CELLS_PER_POINT * len(demand_xy) + (1 << 16):
        return None
    return _CellIndex(demand_xy, radius, extent[0], extent[1])


def pairs_within(demand_xy: np.ndarray, supply_xy: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(demand index, supply index, distance) of every pair with distance ≤ radius (coincident points included).

    Uniform cells of side r; a k-d tree (`sparse_distance_matrix`) when the cells would be
    too many for the points (very sparse or far-flung data).  Pair order is unspecified.
    """
    if len(demand_xy) == 0 or len(supply_xy) == 0:
        return _empty_pairs()
    both = np.vstack([demand_xy, supply_xy])
    idx = _cell_index(demand_xy, radius, np.vstack([both.min(axis=0), both.max(axis=0)]))
    if idx is None:
        return _tree_pairs(demand_xy, supply_xy, radius)
    return idx.pairs(supply_xy, radius)


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


# --- the pure core -----------------------------------------------------------------------

def _dict_column(values: Sequence[str], index: np.ndarray) -> pa.DictionaryArray:
    return pa.DictionaryArray.from_arrays(pa.array(index.astype(np.int32)), pa.array(list(values), type=pa.string()))


def _nullable(x: np.ndarray) -> pa.Array:
    x = np.ascontiguousarray(x, dtype=float)
    return pa.array(x, mask=np.isnan(x))


def empty_access_table() -> pa.Table:
    types = {"resource_type": pa.string(), "population_group": pa.string(), "area_level": pa.string(),
             "area_code": pa.string(), "fiscal_year": pa.int64(), "pop_total": pa.float64(),
             "pop_within_500": pa.float64(), "pop_within_1000": pa.float64(), "pop_within_2000": pa.float64(),
             "mean_nearest_m": pa.float64(), "sfca_score": pa.float64(), "n_resources_located": pa.int64(),
             "catchment_m": pa.float64()}
    return pa.table({c: pa.array([], type=t) for c, t in types.items()})


def _point_sums(
    codes: np.ndarray, n_areas: int, p: np.ndarray, cls: np.ndarray, n_cls: int, pdist: np.ndarray, pscore: np.ndarray,
) -> np.ndarray:
    """(n_areas, n_cls + 2): population per distance class, Σ p·d, Σ p·A over the points of each area.

    Points are added in point order (np.bincount), as the per-area sums always were.
    """
    out = np.empty((n_areas, n_cls + 2))
    out[:, :n_cls] = np.bincount(codes * n_cls + cls, weights=p, minlength=n_areas * n_cls).reshape(n_areas, n_cls)
    out[:, n_cls] = np.bincount(codes, weights=pdist, minlength=n_areas)
    out[:, n_cls + 1] = np.bincount(codes, weights=pscore, minlength=n_areas)
    return out


def access_batches(
    demand: Demand,
    supply: Supply,
    resource_types: Sequence[str],
    fiscal_years: Sequence[int],
    catchment_m: float = DEFAULT_CATCHMENT_M,
    thresholds: Sequence[int] = THRESHOLDS_M,
    threads: int = ACCESS_THREADS,
) -> Iterator[pa.Table]:
    """The `access_district` rows as Arrow tables, one per resource type, in the order
    (resource_type, population_group, area_level, area_code, fiscal_year) when the inputs are
    (types, group names, level names and labels in sort order).

    Areas without any point get no row; NULL = unknown (NaN counts) or undefined (no distance).
    """
    years = sorted({int(y) for y in fiscal_years})
    groups = list(demand.pops)
    n, n_y, n_g, n_t = len(demand.xy), len(years), len(groups), len(resource_types)
    thr = np.asarray(sorted(thresholds), dtype=float)
    n_thr = len(thr)
    n_cls = n_thr + 2  # ≤ thr[0], …, ≤ thr[-1], farther, no resource at all
    if n == 0 or not years or not groups or not resource_types or not demand.levels:
        return

    # Areas of every level, one after another; `sel` = the points an area code was given to.
    lv: list[tuple[np.ndarray, np.ndarray | None, int]] = []
    for _, codes, labels in demand.levels:
        ok = codes >= 0
        lv.append((np.ascontiguousarray(codes[ok]), None if ok.all() else np.flatnonzero(ok), len(labels)))
    starts = np.cumsum([0] + [k for _, _, k in lv])
    n_all = int(starts[-1])

    def take(a: np.ndarray, sel: np.ndarray | None) -> np.ndarray:
        return a if sel is None else a[sel]

    pops = {g: np.asarray(p, dtype=float) for g, p in demand.pops.items()}
    pz = {g: np.where(np.isnan(p), 0.0, p) for g, p in pops.items()}
    n_points = np.zeros(n_all)
    known_any = np.zeros((n_g, n_all), dtype=bool)
    tot = np.zeros((n_g, n_all))
    for (codes, sel, k), a in zip(lv, starts):
        n_points[a:a + k] = np.bincount(codes, minlength=k)
        for g_i, g in enumerate(groups):
            known_any[g_i, a:a + k] = np.bincount(codes, weights=take((~np.isnan(pops[g])).astype(float), sel), minlength=k) > 0
            tot[g_i, a:a + k] = np.bincount(codes, weights=take(pz[g], sel), minlength=k)
    present = np.flatnonzero(n_points > 0)
    n_areas = len(present)
    if n_areas == 0:
        return
    known_any, tot = known_any[:, present], tot[:, present]

    # The columns every type shares. Rows: group, area (levels and labels in order), year.
    shape = (n_g, n_areas, n_y)
    size = int(np.prod(shape))
    ka = np.broadcast_to(known_any[:, :, None], shape).ravel()
    tt = np.broadcast_to(np.where(known_any, tot, np.nan)[:, :, None], shape).ravel()
    level_of = np.repeat(np.arange(len(lv)), [k for _, _, k in lv])[present]
    labels = np.concatenate([np.asarray(lab, dtype=object) for _, _, lab in demand.levels])[present]
    area_rep = np.tile(np.repeat(np.arange(n_areas), n_y), n_g)
    shared = {
        "population_group": _dict_column(groups, np.repeat(np.arange(n_g), n_areas * n_y)),
        "area_level": _dict_column([name for name, _, _ in demand.levels], level_of[area_rep]),
        "area_code": _dict_column([str(x) for x in labels], area_rep),
        "fiscal_year": pa.array(np.tile(np.asarray(years, dtype=np.int64), n_g * n_areas)),
        "pop_total": _nullable(tt),
    }
    catchment_col = pa.array(np.full(size, float(catchment_m)))

    xy = np.asarray(supply.xy, dtype=float).reshape(-1, 2)
    tidx = np.asarray(supply.type_idx)
    order = np.argsort(tidx, kind="stable")
    bounds = np.searchsorted(tidx[order], np.arange(n_t + 1))
    active_all = active_years(supply.opened, supply.closed, years)
    cells = None
    if len(xy):
        both = np.vstack([demand.xy, xy])
        cells = _cell_index(demand.xy, catchment_m, np.vstack([both.min(axis=0), both.max(axis=0)]))

    def one_type(t: int) -> pa.Table:
        sel_t = order[bounds[t]:bounds[t + 1]]
        txy = xy[sel_t]
        act = active_all[:, sel_t]
        if len(txy) == 0:
            pi, pj, pdist = _empty_pairs()
        elif cells is not None:
            pi, pj, pdist = cells.pairs(txy, catchment_m)
        else:
            pi, pj, pdist = _tree_pairs(demand.xy, txy, catchment_m)
        dist = nearest_active(demand.xy, txy, act, pi, pj, pdist)
        finite = np.isfinite(dist)
        cls = np.zeros(dist.shape, dtype=np.int64)  # number of thresholds below d: d ≤ the next one
        for th in thr:
            cls += dist > th
        cls[~finite] = n_cls - 1
        dz = np.where(finite, dist, 0.0)
        # value[g, area, y, :] = population per distance class, Σ p·d, Σ p·A
        value = np.empty((n_g, n_all, n_y, n_cls + 2))
        for g_i, g in enumerate(groups):
            p = pz[g]
            demand_in = np.bincount(pj, weights=p[pi], minlength=len(txy))
            for y in range(n_y):
                # Inactive resources get ratio 0: the same A_i as dropping their pairs.
                ratio = np.divide(1.0, demand_in, out=np.zeros(len(txy)), where=(demand_in > 0) & act[y])
                score = np.bincount(pi, weights=ratio[pj], minlength=n)
                pd_ = np.where(finite[y], p * dz[y], 0.0)
                ps = p * score
                for (codes, sel, k), a in zip(lv, starts):
                    value[g_i, a:a + k, y] = _point_sums(codes, k, take(p, sel), take(cls[y], sel), n_cls,
                                                         take(pd_, sel), take(ps, sel))
        value = value[:, present]
        within = np.cumsum(value[..., :n_thr], axis=-1)  # population-weighted counts: exact in any order
        f = value[..., :n_cls - 1].sum(axis=-1).ravel()
        cols: dict[str, pa.Array] = {"resource_type": _dict_column([resource_types[t]], np.zeros(size, dtype=np.int64))}
        cols.update(shared)
        for th in thresholds:
            cols[f"pop_within_{th}"] = _nullable(np.where(ka, within[..., int(np.searchsorted(thr, th))].ravel(), np.nan))
        cols["mean_nearest_m"] = _nullable(np.divide(value[..., n_cls].ravel(), f, out=np.full(size, np.nan), where=f > 0))
        sfca = np.divide(value[..., n_cls + 1].ravel(), tt, out=np.full(size, np.nan), where=tt > 0) * SFCA_SCALE
        cols["sfca_score"] = _nullable(sfca)
        cols["n_resources_located"] = pa.array(np.tile(act.sum(axis=1).astype(np.int64), n_g * n_areas))
        cols["catchment_m"] = catchment_col
        return pa.table(cols)

    # Types are independent and numpy, the k-d trees and bincount release the GIL for most of
    # their work: `threads` threads keep that many cores busy (while the consumer writes the
    # previous type); results come back in type order.
    if n_t == 1:
        yield one_type(0)
        return
    pool = ThreadPoolExecutor(max_workers=max(1, threads), thread_name_prefix="welfare-access")
    try:
        yield from pool.map(one_type, range(n_t))
    finally:  # a consumer that stops early (an error while writing) does not wait for the rest
        pool.shutdown(wait=True, cancel_futures=True)


def access_table(
    demand: Demand,
    supply: Supply,
    resource_types: Sequence[str],
    fiscal_years: Sequence[int],
    catchment_m: float = DEFAULT_CATCHMENT_M,
    thresholds: Sequence[int] = THRESHOLDS_M,
) -> pa.Table:
    """All of `access_batches` in one table (ACCESS_COLUMNS; empty when there is nothing to measure)."""
    parts = list(access_batches(demand, supply, resource_types, fiscal_years, catchment_m, thresholds))
    if not parts:
        return empty_access_table()
    return pa.concat_tables([t.cast(parts[0].schema) for t in parts], promote_options="none")


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
    """Frames in, frame out (ACCESS_COLUMNS, NULL as NaN).

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
    out = access_table(demand, supply, types, sorted(fiscal_years), catchment_m, thresholds)
    frame = out.to_pandas()
    for c in ("resource_type", "population_group", "area_level", "area_code"):
        frame[c] = frame[c].astype(str)
    return frame[ACCESS_COLUMNS]


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


def frame_supply(resources: pd.DataFrame, crs: str, metric: str, types: Sequence[str]) -> Supply:
    """`load_supply` of rows not written to table `resources` yet (a frame in the order it will be
    written): the same rows, in the same order, with the same values."""
    empty = Supply(np.zeros((0, 2)), np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0))
    if not types or len(resources) == 0 or not {"lat", "lon", "resource_type"} <= set(resources.columns):
        return empty

    def floats(col: str) -> np.ndarray:
        if col not in resources.columns:
            return np.full(len(resources), np.nan)
        return pd.to_numeric(resources[col], errors="coerce").to_numpy(dtype=float, na_value=np.nan)

    # each distinct type looked up once (Series.map of a million strings holds the GIL ~0.5 s,
    # while the build's main thread resolves codes beside this)
    codes, uniques = pd.factorize(resources["resource_type"])
    position = {t: i for i, t in enumerate(types)}
    at = np.array([position.get(u, np.nan) for u in uniques] + [np.nan], dtype=float)
    t = at[codes]  # code -1 (missing) takes the trailing NaN
    lon, lat = floats("lon"), floats("lat")
    keep = ~np.isnan(lon) & ~np.isnan(lat) & ~np.isnan(t)
    if not keep.any():
        return empty
    return Supply(xy=project_xy(lon[keep], lat[keep], crs, metric), type_idx=t[keep].astype(np.int64),
                  opened=floats("opened_fy")[keep], closed=floats("closed_fy")[keep])


def compute_accessibility(con: duckdb.DuckDBPyConnection, catchment_m: float = DEFAULT_CATCHMENT_M,
                          resources: pd.DataFrame | None = None, threads: int = ACCESS_THREADS) -> None:
    """Write table `access_district` (see module docstring).

    Without 町内会 points there is nothing to measure: the table is dropped (not left empty),
    so the engine skips the accessibility family (`requires: [access_district]`).
    `resources`: the rows the build is about to write to table `resources`, in that order (the
    build starts this before writing them); by default the table is read. `threads`: threads
    computing resource types (the build, whose other steps keep the cores busy meanwhile, asks
    for one).
    """
    meta = read_meta(con)
    metric = metric_crs_for(con)
    demand = load_demand(con, metric, meta.municipality_code)
    if demand is None:
        con.execute("DROP TABLE IF EXISTS access_district")
        return
    types = resource_type_list(con, resources)
    if resources is None:
        supply = load_supply(con, metric, types)
    else:
        supply = frame_supply(resources, meta.crs, metric, types)
    _write_access(con, access_batches(demand, supply, types, fiscal_years(con), catchment_m, threads=threads))


_STR = pa.dictionary(pa.int32(), pa.string())
ACCESS_SCHEMA = pa.schema([
    ("resource_type", _STR), ("population_group", _STR), ("area_level", _STR), ("area_code", _STR),
    ("fiscal_year", pa.int64()), ("pop_total", pa.float64()), ("pop_within_500", pa.float64()),
    ("pop_within_1000", pa.float64()), ("pop_within_2000", pa.float64()), ("mean_nearest_m", pa.float64()),
    ("sfca_score", pa.float64()), ("n_resources_located", pa.int64()), ("catchment_m", pa.float64()),
])


def _write_access(con: duckdb.DuckDBPyConnection, batches: Iterable[pa.Table]) -> None:
    """Replace `access_district` with the batches, in their order (they arrive sorted by key).

    One statement reading an Arrow stream: DuckDB pulls the next batch (computing it) while
    it writes the previous one, keeps insertion order, and either replaces the table or, if a
    batch fails, leaves the old one (also inside a caller's transaction).
    """
    failed: list[BaseException] = []

    def record_batches() -> Iterator[pa.RecordBatch]:
        try:
            for t in batches:
                yield from t.select(ACCESS_SCHEMA.names).cast(ACCESS_SCHEMA).to_batches()
        except Exception as exc:  # DuckDB would only pass on its text: keep the exception
            failed.append(exc)
            raise

    con.register("_access_stream", pa.RecordBatchReader.from_batches(ACCESS_SCHEMA, record_batches()))
    try:
        try:
            con.execute(
                """CREATE OR REPLACE TABLE access_district AS SELECT
                     CAST(resource_type AS VARCHAR) resource_type, CAST(population_group AS VARCHAR) population_group,
                     CAST(area_level AS VARCHAR) area_level, CAST(area_code AS VARCHAR) area_code,
                     CAST(fiscal_year AS INTEGER) fiscal_year, CAST(round(pop_total) AS BIGINT) pop_total,
                     CAST(round(pop_within_500) AS BIGINT) pop_within_500,
                     CAST(round(pop_within_1000) AS BIGINT) pop_within_1000,
                     CAST(round(pop_within_2000) AS BIGINT) pop_within_2000, CAST(mean_nearest_m AS DOUBLE) mean_nearest_m,
                     CAST(sfca_score AS DOUBLE) sfca_score, CAST(n_resources_located AS INTEGER) n_resources_located,
                     CAST(catchment_m AS DOUBLE) catchment_m
                   FROM _access_stream"""
            )
        except duckdb.Error:
            if failed:
                raise failed[0] from None
            raise
    finally:
        con.unregister("_access_stream")
