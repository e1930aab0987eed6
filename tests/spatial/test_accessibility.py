"""Accessibility: a hand-computed 4-point example and agreement with PySAL access (2SFCA)."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from access import Access
from pyproj import Transformer

from indicators.spatial.accessibility import compute_accessibility, two_step_fca
from spatial_fixtures import CRS, METRIC

ASSOCS = [
    dict(assoc_code="P1", district_code="D1", school_code="S1", households=5, pop_65plus=10, pop_0_14=1, x=0, y=400),
    dict(assoc_code="P2", district_code="D1", school_code="S1", households=9, pop_65plus=20, pop_0_14=2, x=0, y=900),
    dict(assoc_code="P3", district_code="D2", school_code="S2", households=12, pop_65plus=30, pop_0_14=None, x=3000, y=1500),
    dict(assoc_code="P4", district_code="D2", school_code="S2", households=20, pop_65plus=40, pop_0_14=8, x=6000, y=2500),
]
RESOURCES = [
    dict(resource_id="R1", resource_type="community_cafeteria", x=0, y=0, opened_fy=None, closed_fy=None),
    dict(resource_id="R2", resource_type="community_cafeteria", x=3000, y=0, opened_fy=2024, closed_fy=None),
    # active only in 2022: ignored in 2023–2024 although it sits on P4
    dict(resource_id="R3", resource_type="community_cafeteria", x=6000, y=2500, opened_fy=2020, closed_fy=2023),
    # another type next to P4 must not count for cafeterias
    dict(resource_id="R4", resource_type="consultation_place", x=6000, y=2400, opened_fy=2010, closed_fy=None),
    # no coordinates: cannot enter distances
    dict(resource_id="R5", resource_type="community_cafeteria", district_code="D2", x=None, y=None),
]


def _row(con, rtype, group, level, code, fy):
    df = con.execute(
        "SELECT * FROM access_district WHERE resource_type=? AND population_group=? AND area_level=? AND area_code=? AND fiscal_year=?",
        [rtype, group, level, code, fy],
    ).fetchdf()
    assert len(df) == 1
    return df.iloc[0]


def test_four_point_example_by_hand(wh):
    con = wh(assocs=ASSOCS, resources=RESOURCES, min_fy=2023, max_fy=2024)
    compute_accessibility(con)
    d4 = math.hypot(3000, 2500)  # P4 → R2
    city = _row(con, "community_cafeteria", "aged", "city", "312011", 2024)
    assert city.pop_total == 100
    assert (city.pop_within_500, city.pop_within_1000, city.pop_within_2000) == (10, 30, 60)
    assert city.mean_nearest_m == pytest.approx((10 * 400 + 20 * 900 + 30 * 1500 + 40 * d4) / 100, abs=0.05)
    assert city.n_resources_located == 2
    # 2SFCA r=1 km: R1 serves P1+P2 (30 people) → 1/30 each; R2 reaches nobody.
    d1 = _row(con, "community_cafeteria", "aged", "district", "D1", 2024)
    d2 = _row(con, "community_cafeteria", "aged", "district", "D2", 2024)
    assert d1.sfca_score == pytest.approx(1000 / 30)
    assert d2.sfca_score == 0
    assert city.sfca_score == pytest.approx((30 * (1 / 30)) / 100 * 1000)
    assert (d2.pop_total, d2.pop_within_2000) == (70, 30)
    # 2023: R2 not yet open → P3, P4 measure to R1.
    d2_23 = _row(con, "community_cafeteria", "aged", "district", "D2", 2023)
    assert d2_23.mean_nearest_m == pytest.approx((30 * math.hypot(3000, 1500) + 40 * 6500) / 70, abs=0.05)
    assert d2_23.pop_within_2000 == 0
    # children: P3's NULL count is unknown and left out, not taken as zero people within.
    ch = _row(con, "community_cafeteria", "children", "school_district", "S2", 2024)
    assert ch.pop_total == 8 and ch.pop_within_2000 == 0
    # consultation place next to P4
    cp = _row(con, "consultation_place", "aged", "district", "D2", 2024)
    assert cp.pop_within_500 == 40
    # only aggregates are stored: no 町内会 codes anywhere
    codes = set(con.execute("SELECT DISTINCT area_code FROM access_district").fetchdf()["area_code"])
    assert codes == {"312011", "D1", "D2", "S1", "S2"}


def test_no_points_drops_the_table(wh):
    con = wh(assocs=[dict(assoc_code="P1", district_code="D1", pop_65plus=10, x=None, y=None)], resources=RESOURCES)
    con.execute("CREATE TABLE access_district AS SELECT 1 AS stale")
    compute_accessibility(con)
    assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name='access_district'").fetchone()[0] == 0


def test_unknown_counts_keep_the_area_row(wh):
    """All children counts NULL in D2 → D2 still has a row, with NULL totals (not zeros)."""
    con = wh(assocs=[dict(a, pop_0_14=None) if a["district_code"] == "D2" else a for a in ASSOCS], resources=RESOURCES)
    compute_accessibility(con)
    row = _row(con, "community_cafeteria", "children", "district", "D2", 2024)
    assert pd.isna(row.pop_total) and pd.isna(row.pop_within_1000)
    # every contract type has rows even without any resource of it
    n = con.execute("SELECT count(*) FROM access_district WHERE resource_type='transport_service' AND area_level='city'").fetchone()[0]
    assert n == 2  # aged + children, one year


def _access_scores(dem_xy, dem_pop, sup_xy, radius):
    """2SFCA from PySAL access on a full origin-destination cost table."""
    demand = pd.DataFrame({"pop": dem_pop}, index=pd.Index([f"d{i}" for i in range(len(dem_xy))], name="geoid"))
    supply = pd.DataFrame({"n": np.ones(len(sup_xy))}, index=pd.Index([f"s{j}" for j in range(len(sup_xy))], name="geoid"))
    cost = pd.DataFrame(
        [(f"d{i}", f"s{j}", float(np.hypot(*(dem_xy[i] - sup_xy[j])))) for i in range(len(dem_xy)) for j in range(len(sup_xy))],
        columns=["origin", "dest", "cost"],
    )
    acc = Access(demand_df=demand, demand_value="pop", supply_df=supply, supply_value="n",
                 cost_df=cost, cost_origin="origin", cost_dest="dest", cost_name="cost")
    out = acc.two_stage_fca(name="s", max_cost=radius)
    return out["s_n"].reindex(demand.index).fillna(0.0).to_numpy()


def test_two_step_fca_matches_access_points():
    rng = np.random.default_rng(7)
    dem = rng.uniform(0, 5000, size=(40, 2))
    pop = rng.integers(1, 200, size=40).astype(float)
    sup = rng.uniform(0, 5000, size=(9, 2))
    for r in (700.0, 1000.0, 1500.0):
        mine = two_step_fca(dem, pop, sup, r)
        theirs = _access_scores(dem, pop, sup, r)
        assert mine.max() > 0
        np.testing.assert_allclose(mine, theirs, rtol=0, atol=1e-9)


def test_district_scores_match_access_end_to_end(wh):
    """Whole path (lon/lat in the warehouse → metres → areas) against access on the same points."""
    rng = np.random.default_rng(3)
    n = 30
    xs, ys = rng.uniform(0, 4000, n), rng.uniform(0, 3000, n)
    pop = rng.integers(1, 120, n)
    assocs = [dict(assoc_code=f"A{i}", district_code="D1" if xs[i] < 2000 else "D2", school_code="S1",
                   households=1, pop_65plus=int(pop[i]), pop_0_14=1, x=xs[i], y=ys[i]) for i in range(n)]
    rx, ry = rng.uniform(0, 4000, 6), rng.uniform(0, 3000, 6)
    res = [dict(resource_id=f"R{j}", resource_type="district_salon", x=rx[j], y=ry[j]) for j in range(6)]
    con = wh(assocs=assocs, resources=res)
    compute_accessibility(con)
    # Independent projection of the stored lon/lat.
    tr = Transformer.from_crs(CRS, METRIC, always_xy=True)
    a = con.execute("SELECT district_code, pop_65plus, lon, lat FROM neighbourhood_assocs").fetchdf()
    r = con.execute("SELECT lon, lat FROM resources").fetchdf()
    dem = np.column_stack(tr.transform(a["lon"].to_numpy(), a["lat"].to_numpy()))
    sup = np.column_stack(tr.transform(r["lon"].to_numpy(), r["lat"].to_numpy()))
    scores = _access_scores(dem, a["pop_65plus"].to_numpy(float), sup, 1000.0)
    a["w"] = a["pop_65plus"] * scores
    expected = a.groupby("district_code").apply(lambda g: g["w"].sum() / g["pop_65plus"].sum() * 1000, include_groups=False)
    got = con.execute(
        "SELECT area_code, sfca_score FROM access_district WHERE resource_type='district_salon' AND population_group='aged' "
        "AND area_level='district'"
    ).fetchdf().set_index("area_code")["sfca_score"]
    assert expected.max() > 0
    for code in ("D1", "D2"):
        assert got[code] == pytest.approx(expected[code], abs=1e-6)
