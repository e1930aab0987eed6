"""Naive reference for accessibility: the per-type × year × group loop the build used before issue 8.

Kept only for tests (`test_access_equivalence.py` compares the vectorised module with it): one
k-d tree per type and year for the nearest distance, `sparse_distance_matrix` for the 2SFCA
catchment, one `np.bincount` per area level, quantity and combination, pandas frames concatenated.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

# unchanged helpers (area labels, the fiscal-year activity rule) are imported, not copied
from indicators.spatial.accessibility import (
    ACCESS_COLUMNS,
    POPULATION_GROUPS,
    SFCA_SCALE,
    THRESHOLDS_M,
    _level_codes,
    active_mask,
)


def nearest_distances(demand_xy: np.ndarray, supply_xy: np.ndarray) -> np.ndarray:
    if len(demand_xy) == 0:
        return np.zeros(0)
    if len(supply_xy) == 0:
        return np.full(len(demand_xy), np.inf)
    dist, _ = cKDTree(supply_xy).query(demand_xy, k=1)
    return np.asarray(dist, dtype=float)


def catchment_pairs(demand_xy: np.ndarray, supply_xy: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
    if len(demand_xy) == 0 or len(supply_xy) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    m = cKDTree(demand_xy).sparse_distance_matrix(cKDTree(supply_xy), radius, output_type="ndarray")
    return m["i"].astype(np.int64), m["j"].astype(np.int64)


def two_step_fca_pairs(i: np.ndarray, j: np.ndarray, demand_pop: np.ndarray, n_supply: int) -> np.ndarray:
    pop = np.asarray(demand_pop, dtype=float)
    demand_in = np.bincount(j, weights=pop[i], minlength=n_supply)
    ratio = np.divide(np.ones(n_supply), demand_in, out=np.zeros(n_supply), where=demand_in > 0)
    return np.bincount(i, weights=ratio[j], minlength=len(pop))


def aggregate_levels(levels, pop, dist, score, thresholds=THRESHOLDS_M) -> pd.DataFrame:
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


def reference_access_frame(
    points: pd.DataFrame,
    resources: pd.DataFrame,
    resource_types: Sequence[str],
    fiscal_years: Sequence[int],
    city_code: str | None,
    catchment_m: float = 1000.0,
    thresholds: Sequence[int] = THRESHOLDS_M,
) -> pd.DataFrame:
    """Same inputs and columns as `indicators.spatial.accessibility.compute_access_frame`."""
    pxy = points[["x", "y"]].to_numpy(dtype=float)
    levels = _level_codes(points, city_code)
    pops = {g: pd.to_numeric(points[c], errors="coerce").to_numpy(dtype=float)
            for g, c in POPULATION_GROUPS.items() if c in points.columns}
    frames = []
    for rtype in resource_types:
        of_type = resources[resources["resource_type"] == rtype]
        txy = of_type[["x", "y"]].to_numpy(dtype=float).reshape(-1, 2)
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
    return pd.concat(frames, ignore_index=True)[ACCESS_COLUMNS]
