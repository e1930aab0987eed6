"""MCLP site suggestion: an optimum visible by eye, a case where greedy is not optimal, the warehouse path."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pulp
import pytest
from spopt.locate import MCLP

from indicators.spatial.siting import (
    SiteProblem,
    apply_suppression,
    cover_sets,
    greedy_max_cover,
    rank_by_marginal_gain,
    solve_mclp,
    store_suggestions,
    suggest_sites,
    suggestion_frame,
    uncovered_weights,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # spopt / PuLP 4 notices


def _cands(xy, kind="grid"):
    return pd.DataFrame({"site_id": [f"c{k}" for k in range(len(xy))], "site_kind": kind,
                         "site_name": [f"候補{k}" for k in range(len(xy))],
                         "x": [p[0] for p in xy], "y": [p[1] for p in xy]})


def test_three_clusters_optimum_by_eye():
    # clusters of 100, 50 and 10 people, 5 km apart; one candidate on each; radius 1 km
    centres = [(0, 0), (5000, 0), (10000, 0)]
    sizes = [100, 50, 10]
    demand = np.array([(cx + dx, dy) for (cx, _), n in zip(centres, sizes) for dx, dy in [(100, 0), (-100, 0)]], float)
    pop = np.array([n / 2 for n in sizes for _ in range(2)])
    w = uncovered_weights(demand, pop, np.zeros((0, 2)), 1000)
    ranked, status = suggest_sites(SiteProblem(demand, w, _cands(centres), 1000.0), 2)
    assert status == "Optimal"
    assert list(ranked["site_id"]) == ["c0", "c1"]
    assert list(ranked["newly_covered"]) == [100, 50]
    assert list(ranked["cumulative_covered"]) == [100, 150]
    # an existing resource 300 m from the big cluster already covers it → next best are 50 and 10
    w2 = uncovered_weights(demand, pop, np.array([[0.0, 300.0]]), 1000)
    assert w2.sum() == 60
    ranked2, _ = suggest_sites(SiteProblem(demand, w2, _cands(centres), 1000.0), 2)
    assert list(ranked2["site_id"]) == ["c1", "c2"]
    assert list(ranked2["newly_covered"]) == [50, 10]
    # asking for more sites than can add anyone: only useful sites are returned
    ranked3, _ = suggest_sites(SiteProblem(demand, w2, _cands(centres), 1000.0), 3)
    assert len(ranked3) == 2


def _line_problem():
    # people at 0, 1, 2, 3 km: 3, 5, 5, 3; candidates at 0.5, 1.5, 2.5 km; radius 600 m
    demand = np.array([[0, 0], [1000, 0], [2000, 0], [3000, 0]], float)
    w = np.array([3.0, 5.0, 5.0, 3.0])
    cands = np.array([[500, 0], [1500, 0], [2500, 0]], float)
    return demand, w, cands


def test_greedy_is_not_optimal_but_the_solver_is():
    demand, w, cands = _line_problem()
    covers = cover_sets(demand, cands, 600)
    assert covers == [[0, 1], [1, 2], [2, 3]]
    greedy = greedy_max_cover(w, covers, 2)
    assert greedy[0] == 1  # the middle site covers 10, the most at first ...
    greedy_total = w[sorted({i for j in greedy for i in covers[j]})].sum()
    assert greedy_total == 13  # ... but then only 3 more can be added
    chosen, status = solve_mclp(w, covers, 2)
    assert status == "Optimal" and sorted(chosen) == [0, 2]
    assert rank_by_marginal_gain(chosen, w, covers) == [(0, 8.0, 8.0), (2, 8.0, 16.0)]
    # spopt's MCLP on the same cost matrix reaches the same optimum
    cost = np.hypot(demand[:, None, 0] - cands[None, :, 0], demand[:, None, 1] - cands[None, :, 1])
    m = MCLP.from_cost_matrix(cost, w, service_radius=600, p_facilities=2).solve(pulp.PULP_CBC_CMD(msg=False))
    picked = [j for j, v in enumerate(m.fac_vars) if v.value() > 0.5]
    assert sorted(picked) == [0, 2]


def test_random_instances_match_spopt_objective():
    rng = np.random.default_rng(11)
    for _ in range(3):
        demand = rng.uniform(0, 4000, (25, 2))
        w = rng.integers(1, 40, 25).astype(float)
        cands = rng.uniform(0, 4000, (12, 2))
        covers = cover_sets(demand, cands, 800)
        chosen, _ = solve_mclp(w, covers, 3)
        mine = w[sorted({i for j in chosen for i in covers[j]})].sum()
        cost = np.hypot(demand[:, None, 0] - cands[None, :, 0], demand[:, None, 1] - cands[None, :, 1])
        m = MCLP.from_cost_matrix(cost, w, service_radius=800, p_facilities=3).solve(pulp.PULP_CBC_CMD(msg=False))
        picked = [j for j, v in enumerate(m.fac_vars) if v.value() > 0.5]
        theirs = w[sorted({i for j in picked for i in covers[j]})].sum()
        assert mine == theirs
        assert mine >= w[sorted({i for j in greedy_max_cover(w, covers, 3) for i in covers[j]})].sum()


def test_suppression_hides_small_gains_and_the_totals_after_them():
    frame = pd.DataFrame({"run_id": "r", "rank": [1, 2, 3], "newly_covered": [40.0, 2.0, 1.0],
                          "cumulative_covered": [40.0, 42.0, 43.0], "uncovered_before": 90.0})
    out = apply_suppression(frame, 3)
    assert list(out["suppressed"]) == [False, True, True]
    assert out["newly_covered"].iloc[0] == 40 and out["newly_covered"].iloc[1:].isna().all()
    assert out["cumulative_covered"].iloc[0] == 40 and out["cumulative_covered"].iloc[1:].isna().all()


def test_suggestion_on_warehouse_and_store(wh):
    from spatial_fixtures import rect

    assocs = [
        dict(assoc_code="A1", district_code="D1", school_code="S1", households=5, pop_65plus=60, pop_0_14=1, x=0, y=0),
        dict(assoc_code="A2", district_code="D1", school_code="S1", households=5, pop_65plus=30, pop_0_14=9, x=3000, y=0),
        dict(assoc_code="A3", district_code="D2", school_code="S2", households=5, pop_65plus=20, pop_0_14=9, x=6000, y=0),
    ]
    resources = [dict(resource_id="R1", resource_type="community_cafeteria", x=0, y=200, opened_fy=2020, closed_fy=None)]
    con = wh(districts={"D1": rect(-1000, -1000, 4500, 1000), "D2": rect(4500, -1000, 7000, 1000)},
             schools={"S1": rect(-1000, -1000, 4500, 1000), "S2": rect(4500, -1000, 7000, 1000)},
             school_points={"S1": (2900, 100), "S2": (6100, 0)}, assocs=assocs, resources=resources)
    out = suggestion_frame(con, "community_cafeteria", n_sites=2, radius_m=1000, candidates="schools")
    # A1 is covered by R1; schools S1 (near A2: 30) then S2 (A3: 20)
    assert list(out["site_id"]) == ["school:S1", "school:S2"]
    assert list(out["newly_covered"]) == [30, 20]
    assert list(out["cumulative_covered"]) == [30, 50]
    assert out["uncovered_before"].iloc[0] == 50
    assert out["lon"].between(133, 135).all() and out["lat"].between(35, 36).all()
    grid = suggestion_frame(con, "community_cafeteria", n_sites=1, radius_m=1000, candidates="grid", grid_spacing=500)
    assert grid["newly_covered"].iloc[0] == 30 and grid["site_kind"].iloc[0] == "grid"
    store_suggestions(con, out)
    store_suggestions(con, grid)
    stored = con.execute("SELECT run_id, count(*) FROM site_suggestions GROUP BY 1").fetchall()
    assert sorted(n for _, n in stored) == [1, 2]
    from indicators.errors import UserError

    with pytest.raises(UserError, match="resource_type"):
        suggestion_frame(con, "no_such_type")


def test_solver_equals_brute_force_on_small_instances():
    """Exactness: on instances small enough to enumerate, CBC finds the best subset every time."""
    from itertools import combinations

    rng = np.random.default_rng(5)
    for _ in range(8):
        n_d, n_c, p = int(rng.integers(3, 12)), int(rng.integers(2, 8)), int(rng.integers(1, 4))
        demand = rng.uniform(0, 3000, (n_d, 2))
        cands = rng.uniform(0, 3000, (n_c, 2))
        w = rng.integers(0, 30, n_d).astype(float)
        covers = cover_sets(demand, cands, 900)

        def value(sites):
            return w[sorted({i for j in sites for i in covers[j]})].sum()

        best = max(value(c) for k in range(0, min(p, n_c) + 1) for c in combinations(range(n_c), k))
        chosen, status = solve_mclp(w, covers, p)
        assert status == "Optimal" and len(chosen) <= p
        assert value(chosen) == best
