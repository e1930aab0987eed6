"""Where should the next N salons / cafeterias go? The maximal covering location problem.

Demand = people (65+ or 0–14) at 町内会 points who are NOT within `radius_m` of an active
resource of the type in the fiscal year (existing resources count as already covering).
Candidates = school points (`school_districts.school_lon/lat`, else the area centroid),
地区 centres (`districts.centroid_lon/lat`, standing in for the 地区公民館, whose points are not
part of the data contract), the centres of the 地区 lacking an active resource of the type
("lacking"), or a regular grid (spacing in metres, kept inside the 地区 polygons). Existing
resources include those placed at their area's centre (`indicators.spatial.placement`);
`exclude_ids` leaves some out (a scenario closing them).

MCLP (Church & ReVelle 1974) solved exactly as a MILP with pulp's bundled CBC:
  max Σ_i w_i y_i − ε Σ_j x_j   s.t.  y_i ≤ Σ_{j covers i} x_j,  Σ_j x_j ≤ N,  x ∈ {0,1}, 0 ≤ y ≤ 1
(ε = 0.5 / (N + 1) < 1 person, so with integer counts it only stops the solver from adding
sites that cover nobody new). The chosen sites are then ranked by marginal gain (the site
adding the most newly covered people first); since coverage is submodular the gains are
non-increasing. Distances are straight lines in `dataset_meta.metric_crs`.
"""
from __future__ import annotations

import datetime as dt
import uuid
import warnings
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pandas as pd
import pulp
import shapely
from scipy.spatial import cKDTree

from indicators.spatial.accessibility import (
    POPULATION_GROUPS,
    active_mask,
    fiscal_years,
    load_points,
    load_resources,
    nearest_distances,
)
from indicators.spatial.geo import metric_crs_for, read_meta, read_polygons, table_columns, table_exists, unproject_xy

CANDIDATE_SETS = ("schools", "centres", "grid", "lacking")
CANDIDATE_LABELS = {"schools": "小学校", "centres": "地区の中心（公民館付近）", "grid": "格子点",
                    "lacking": "その資源がない地区の中心"}
SUGGESTION_COLUMNS = [
    "run_id", "created_at", "resource_type", "population_group", "radius_m", "n_sites", "rank", "site_id",
    "site_kind", "site_name", "lon", "lat", "newly_covered", "cumulative_covered", "suppressed",
    "fiscal_year", "candidates", "uncovered_before", "solver_status",
]


def cover_sets(demand_xy: np.ndarray, cand_xy: np.ndarray, radius: float) -> list[list[int]]:
    """For each candidate, the demand indices within `radius` (inclusive)."""
    if len(cand_xy) == 0:
        return []
    if len(demand_xy) == 0:
        return [[] for _ in range(len(cand_xy))]
    return [sorted(x) for x in cKDTree(demand_xy).query_ball_point(cand_xy, r=radius)]


def solve_mclp(weights: np.ndarray, covers: list[list[int]], n_sites: int, time_limit: float | None = None) -> tuple[list[int], str]:
    """Exact MCLP: indices of at most `n_sites` candidates maximising covered weight, and the solver status."""
    w = np.asarray(weights, dtype=float)
    useful = [j for j, c in enumerate(covers) if any(w[i] > 0 for i in c)]
    if n_sites <= 0 or not useful:
        return [], "Optimal"
    demand = sorted({i for j in useful for i in covers[j] if w[i] > 0})
    prob = pulp.LpProblem("mclp", pulp.LpMaximize)
    x = {j: prob.add_variable(f"x_{j}", cat="Binary") for j in useful}
    y = {i: prob.add_variable(f"y_{i}", lowBound=0, upBound=1) for i in demand}
    eps = 0.5 / (n_sites + 1)
    prob += pulp.lpSum(w[i] * y[i] for i in demand) - eps * pulp.lpSum(x.values())
    by_demand: dict[int, list[int]] = {i: [] for i in demand}
    for j in useful:
        for i in covers[j]:
            if i in by_demand:
                by_demand[i].append(j)
    for i, js in by_demand.items():
        prob += y[i] <= pulp.lpSum(x[j] for j in js)
    prob += pulp.lpSum(x.values()) <= n_sites
    with warnings.catch_warnings():
        # PULP_CBC_CMD (the CBC binary bundled in the pulp wheel) is deprecated for PuLP 4; it is
        # the solver available offline here.
        warnings.simplefilter("ignore", DeprecationWarning)
        solver = pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit) if time_limit else pulp.PULP_CBC_CMD(msg=False)
        prob.solve(solver)
    status = pulp.LpStatus[prob.status]
    chosen = [j for j in useful if (x[j].value() or 0) > 0.5]
    return chosen, status


def greedy_max_cover(weights: np.ndarray, covers: list[list[int]], n_sites: int) -> list[int]:
    """Greedy baseline (not exact): repeatedly add the candidate with the largest new coverage."""
    w = np.asarray(weights, dtype=float)
    covered = np.zeros(len(w), dtype=bool)
    chosen: list[int] = []
    for _ in range(n_sites):
        gains = [(-1.0 if j in chosen else float(w[[i for i in c if not covered[i]]].sum())) for j, c in enumerate(covers)]
        if not gains or max(gains) <= 0:
            break
        best = int(np.argmax(gains))
        chosen.append(best)
        covered[covers[best]] = True
    return chosen


def rank_by_marginal_gain(chosen: list[int], weights: np.ndarray, covers: list[list[int]]) -> list[tuple[int, float, float]]:
    """(candidate, newly covered, cumulative) in order of marginal gain (ties: lower index first)."""
    w = np.asarray(weights, dtype=float)
    covered = np.zeros(len(w), dtype=bool)
    left = sorted(chosen)
    out: list[tuple[int, float, float]] = []
    total = 0.0
    while left:
        gains = [float(w[[i for i in covers[j] if not covered[i]]].sum()) for j in left]
        k = int(np.argmax(gains))
        j = left.pop(k)
        covered[covers[j]] = True
        total += gains[k]
        out.append((j, gains[k], total))
    return out


@dataclass
class SiteProblem:
    """Inputs of one suggestion run (metric coordinates)."""

    demand_xy: np.ndarray
    demand_w: np.ndarray  # people NOT yet covered (0 for covered or unknown)
    candidates: pd.DataFrame  # site_id, site_kind, site_name, x, y
    radius_m: float
    meta: dict = field(default_factory=dict)


def uncovered_weights(demand_xy: np.ndarray, pop: np.ndarray, existing_xy: np.ndarray, radius: float) -> np.ndarray:
    """People at each point not within `radius` of an existing resource (NULL count → 0)."""
    p = np.nan_to_num(np.asarray(pop, dtype=float), nan=0.0)
    d = nearest_distances(demand_xy, existing_xy)
    return np.where(d <= radius, 0.0, p)


def suggest_sites(problem: SiteProblem, n_sites: int) -> tuple[pd.DataFrame, str]:
    """Ranked suggestions: site columns + rank, newly_covered, cumulative_covered (raw counts)."""
    cand = problem.candidates.reset_index(drop=True)
    covers = cover_sets(problem.demand_xy, cand[["x", "y"]].to_numpy(dtype=float), problem.radius_m)
    chosen, status = solve_mclp(problem.demand_w, covers, n_sites)
    ranked = rank_by_marginal_gain(chosen, problem.demand_w, covers)
    rows = []
    for rank, (j, new, cum) in enumerate(ranked, start=1):
        c = cand.iloc[j]
        rows.append({"rank": rank, "site_id": c["site_id"], "site_kind": c["site_kind"], "site_name": c["site_name"],
                     "x": float(c["x"]), "y": float(c["y"]), "newly_covered": new, "cumulative_covered": cum})
    cols = ["rank", "site_id", "site_kind", "site_name", "x", "y", "newly_covered", "cumulative_covered"]
    return pd.DataFrame(rows, columns=cols), status


# ---------------------------------------------------------------- candidates from the warehouse

def school_candidates(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    if not table_exists(con, "school_districts"):
        return pd.DataFrame(columns=["site_id", "site_kind", "site_name", "lon", "lat"])
    cols = table_columns(con, "school_districts")
    lon = "coalesce(school_lon, centroid_lon)" if "school_lon" in cols else "centroid_lon"
    lat = "coalesce(school_lat, centroid_lat)" if "school_lat" in cols else "centroid_lat"
    name = "coalesce(school_name, school_code)" if "school_name" in cols else "school_code"
    return con.execute(
        f"""SELECT 'school:' || school_code AS site_id, 'school' AS site_kind, {name} AS site_name,
                   {lon}::DOUBLE AS lon, {lat}::DOUBLE AS lat
            FROM school_districts WHERE {lon} IS NOT NULL AND {lat} IS NOT NULL ORDER BY school_code"""
    ).fetchdf()


def centre_candidates(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    if not table_exists(con, "districts"):
        return pd.DataFrame(columns=["site_id", "site_kind", "site_name", "lon", "lat"])
    cols = table_columns(con, "districts")
    name = "coalesce(district_name, district_code)" if "district_name" in cols else "district_code"
    return con.execute(
        f"""SELECT 'centre:' || district_code AS site_id, 'centre' AS site_kind,
                   {name} || '地区の中心（公民館付近）' AS site_name,
                   centroid_lon::DOUBLE AS lon, centroid_lat::DOUBLE AS lat
            FROM districts WHERE centroid_lon IS NOT NULL AND centroid_lat IS NOT NULL ORDER BY district_code"""
    ).fetchdf()


def grid_candidates(area_xy_bounds: tuple[float, float, float, float], spacing: float,
                    inside: shapely.Geometry | None = None) -> pd.DataFrame:
    """Regular grid (metric x, y) over the bounds, cell centres, optionally kept inside a polygon."""
    x0, y0, x1, y1 = area_xy_bounds
    xs = np.arange(x0 + spacing / 2, x1, spacing)
    ys = np.arange(y0 + spacing / 2, y1, spacing)
    gx, gy = np.meshgrid(xs, ys)
    gx, gy = gx.ravel(), gy.ravel()
    ii, jj = np.meshgrid(np.arange(len(xs)), np.arange(len(ys)))
    ii, jj = ii.ravel(), jj.ravel()
    if inside is not None and len(gx):
        keep = shapely.contains_xy(inside, gx, gy)
        gx, gy, ii, jj = gx[keep], gy[keep], ii[keep], jj[keep]
    return pd.DataFrame({
        "site_id": [f"grid:{i}-{j}" for i, j in zip(ii, jj)],
        "site_kind": "grid",
        "site_name": [f"格子点（東{(x - x0) / 1000:.1f}km・北{(y - y0) / 1000:.1f}km）" for x, y in zip(gx, gy)],
        "x": gx, "y": gy,
    })


def build_problem(
    con: duckdb.DuckDBPyConnection,
    resource_type: str,
    population_group: str = "aged",
    radius_m: float = 1000.0,
    candidates: str = "schools",
    grid_spacing: float = 1000.0,
    fiscal_year: int | None = None,
    exclude_ids: tuple[str, ...] = (),
) -> SiteProblem:
    """Read demand, existing resources (but `exclude_ids`) and candidates from the warehouse."""
    from indicators.errors import UserError

    if population_group not in POPULATION_GROUPS:
        raise UserError(f"--population は {' / '.join(POPULATION_GROUPS)} のいずれかです: {population_group}")
    if candidates not in CANDIDATE_SETS:
        raise UserError(f"--candidates は {' / '.join(CANDIDATE_SETS)} のいずれかです: {candidates}")
    if radius_m <= 0:
        raise UserError(f"--radius は正の距離（m）で指定してください: {radius_m}")
    meta = read_meta(con)
    metric = metric_crs_for(con)
    years = fiscal_years(con)
    fy = int(fiscal_year) if fiscal_year is not None else (max(years) if years else None)
    if fy is None:
        raise UserError("年度が決まりません（dataset_meta の min_fy / max_fy が空です）。--fy を指定してください")
    points = load_points(con, metric)
    if len(points) == 0:
        raise UserError("neighbourhood_assocs.csv の lat / lon（町内会の代表点）がないため、候補地を計算できません")
    res = load_resources(con, metric)
    known_types = set(res["resource_type"]) | _declared_types(con)
    if resource_type not in known_types:
        raise UserError(f"resources.csv の resource_type に {resource_type} はありません（使える値: {', '.join(sorted(known_types))}）")
    res = res[(res["resource_type"] == resource_type)]
    res = res[active_mask(res["opened_fy"], res["closed_fy"], fy)]
    if exclude_ids:
        res = res[~res["resource_id"].isin([str(x) for x in exclude_ids])]
    pxy = points[["x", "y"]].to_numpy(dtype=float)
    w = uncovered_weights(pxy, points[POPULATION_GROUPS[population_group]].to_numpy(dtype=float),
                          res[["x", "y"]].to_numpy(dtype=float), radius_m)
    if candidates == "grid":
        if grid_spacing <= 0:
            raise UserError(f"--grid-spacing は正の距離（m）で指定してください: {grid_spacing}")
        polys = read_polygons(con, "districts", "district_code", extra=("district_name",))
        b = polys.to_crs(metric).total_bounds if len(polys) else (*pxy.min(axis=0), *pxy.max(axis=0))
        n_est = int(np.ceil((b[2] - b[0]) / grid_spacing) * np.ceil((b[3] - b[1]) / grid_spacing))
        if n_est > 200_000:
            raise UserError(f"格子点が約 {n_est} 個と多すぎます。--grid-spacing を大きくしてください")
        if len(polys):
            pm = polys.to_crs(metric)
            union = shapely.union_all(pm.geometry.values)
            cand = grid_candidates(union.bounds, grid_spacing, union)
            # Name each grid point after the 地区 it falls in, which planners recognise.
            from indicators.spatial.crosswalk import label_points

            names = pm.assign(label=pm["district_name"].fillna(pm["district_code"]).astype(str))
            where = label_points(cand[["x", "y"]].to_numpy(dtype=float), names, "label")
            cand["site_name"] = [f"{w}地区内の格子点 {sid.split(':', 1)[1]}" if w else n
                                 for w, sid, n in zip(where, cand["site_id"], cand["site_name"])]
        else:
            cand = grid_candidates((*pxy.min(axis=0), *pxy.max(axis=0)), grid_spacing)
        if len(cand) > 20000:
            raise UserError(f"格子点が {len(cand)} 個と多すぎます。--grid-spacing を大きくしてください")
    else:
        cand = school_candidates(con) if candidates == "schools" else centre_candidates(con)
        if candidates == "lacking":
            served = lacking_filter(con, resource_type, fy, exclude_ids)
            cand = cand[~cand["site_id"].str.removeprefix("centre:").isin(served)].reset_index(drop=True)
        from indicators.spatial.geo import project_xy

        xy = project_xy(cand["lon"].to_numpy(), cand["lat"].to_numpy(), meta.crs, metric)
        cand = cand.assign(x=xy[:, 0] if len(cand) else [], y=xy[:, 1] if len(cand) else [])
    if len(cand) == 0:
        raise UserError(f"候補地（{CANDIDATE_LABELS[candidates]}）がありません。候補地の種類（--candidates）を変えてください")
    return SiteProblem(pxy, w, cand[["site_id", "site_kind", "site_name", "x", "y"]].reset_index(drop=True), float(radius_m),
                       {"fiscal_year": fy, "metric_crs": metric, "crs": meta.crs, "threshold": meta.suppression_threshold,
                        "candidates": candidates})


def lacking_filter(con: duckdb.DuckDBPyConnection, resource_type: str, fiscal_year: int,
                   exclude_ids: tuple[str, ...] = ()) -> set[str]:
    """地区 codes that have an active resource of the type (with or without coordinates) in the year."""
    if not table_exists(con, "resources"):
        return set()
    rows = con.execute(
        """SELECT DISTINCT district_code FROM resources WHERE resource_type = ? AND district_code IS NOT NULL
           AND (opened_fy IS NULL OR opened_fy <= ?) AND (closed_fy IS NULL OR closed_fy > ?)
           AND NOT list_contains(?, CAST(resource_id AS VARCHAR))""",
        [resource_type, fiscal_year, fiscal_year, [str(x) for x in exclude_ids]]).fetchall()
    return {r[0] for r in rows}


def _declared_types(con: duckdb.DuckDBPyConnection) -> set[str]:
    if table_exists(con, "resource_types"):
        return {r[0] for r in con.execute("SELECT resource_type FROM resource_types").fetchall() if r[0]}
    from indicators.spatial.accessibility import CONTRACT_TYPES

    return set(CONTRACT_TYPES)


def suggestion_frame(
    con: duckdb.DuckDBPyConnection,
    resource_type: str,
    n_sites: int = 3,
    radius_m: float = 1000.0,
    population_group: str = "aged",
    candidates: str = "schools",
    grid_spacing: float = 1000.0,
    fiscal_year: int | None = None,
    exclude_ids: tuple[str, ...] = (),
) -> pd.DataFrame:
    """One run as `site_suggestions` rows, person counts already passed through suppression."""
    from indicators.errors import UserError

    if n_sites < 1:
        raise UserError(f"--n は 1 以上で指定してください: {n_sites}")
    problem = build_problem(con, resource_type, population_group, radius_m, candidates, grid_spacing, fiscal_year,
                            exclude_ids)
    ranked, status = suggest_sites(problem, n_sites)
    if status != "Optimal":
        raise UserError(f"最適化（CBC）が最適解に達しませんでした（状態: {status}）")
    lonlat = unproject_xy(ranked[["x", "y"]].to_numpy(dtype=float), problem.meta["metric_crs"], problem.meta["crs"])
    out = ranked.drop(columns=["x", "y"])
    out["lon"] = lonlat[:, 0] if len(out) else []
    out["lat"] = lonlat[:, 1] if len(out) else []
    out.insert(0, "run_id", uuid.uuid4().hex[:12])
    out.insert(1, "created_at", dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0))
    out.insert(2, "resource_type", resource_type)
    out.insert(3, "population_group", population_group)
    out.insert(4, "radius_m", float(radius_m))
    out.insert(5, "n_sites", int(n_sites))
    out["fiscal_year"] = problem.meta["fiscal_year"]
    out["candidates"] = candidates
    out["uncovered_before"] = float(problem.demand_w.sum())
    out["solver_status"] = status
    return apply_suppression(out, problem.meta["threshold"])


def apply_suppression(frame: pd.DataFrame, threshold: int) -> pd.DataFrame:
    """People counts through indicators.engine.suppression; a hidden gain also hides the running total
    from that rank on (otherwise cumulative differences would reveal it)."""
    from indicators.engine.suppression import suppress_counts

    out = suppress_counts(frame, ["newly_covered", "uncovered_before"], threshold)
    hidden_new = out.pop("newly_covered_suppressed").to_numpy(dtype=bool)
    out = out.drop(columns=["uncovered_before_suppressed"])
    order = np.argsort(out["rank"].to_numpy()) if len(out) else np.zeros(0, dtype=int)
    chain = np.zeros(len(out), dtype=bool)
    chain[order] = np.maximum.accumulate(hidden_new[order]) if len(out) else chain
    cum = pd.to_numeric(out["cumulative_covered"], errors="coerce").astype("Float64")
    cum[chain] = pd.NA
    out["cumulative_covered"] = cum.round().astype("Int64")
    out["suppressed"] = hidden_new | chain
    return out[[c for c in SUGGESTION_COLUMNS if c in out.columns]]


SITE_SUGGESTIONS_DDL = """CREATE TABLE IF NOT EXISTS site_suggestions (
    run_id VARCHAR, created_at TIMESTAMP, resource_type VARCHAR, population_group VARCHAR, radius_m DOUBLE,
    n_sites INTEGER, rank INTEGER, site_id VARCHAR, site_kind VARCHAR, site_name VARCHAR, lon DOUBLE, lat DOUBLE,
    newly_covered BIGINT, cumulative_covered BIGINT, suppressed BOOLEAN, fiscal_year INTEGER, candidates VARCHAR,
    uncovered_before BIGINT, solver_status VARCHAR)"""


def store_suggestions(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame) -> None:
    """Append a run to `site_suggestions` (created when absent)."""
    con.execute(SITE_SUGGESTIONS_DDL)
    rows = frame[SUGGESTION_COLUMNS]  # noqa: F841 (DuckDB replacement scan)
    con.execute(
        """INSERT INTO site_suggestions SELECT run_id, created_at, resource_type, population_group, radius_m, n_sites,
           rank, site_id, site_kind, site_name, lon, lat, CAST(round(newly_covered) AS BIGINT),
           CAST(round(cumulative_covered) AS BIGINT), suppressed, fiscal_year, candidates,
           CAST(round(uncovered_before) AS BIGINT), solver_status FROM rows"""
    )
