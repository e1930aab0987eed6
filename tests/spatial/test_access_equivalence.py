"""The vectorised accessibility step (issue 8) against independent computations.

- `nearest_active` against a brute-force distance matrix, including the per-year fallback;
- `compute_access_frame` and `compute_accessibility` against the old per-type × year × group
  loop kept in `reference_access.py`, on seeded random cities with unknown counts, missing
  codes, coincident points, points exactly on the thresholds and resources opening/closing.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy.spatial import cKDTree

from indicators.spatial import accessibility as acc
from indicators.spatial.accessibility import ACCESS_COLUMNS, compute_access_frame, compute_accessibility
from reference_access import reference_access_frame
from spatial_fixtures import METRIC

KEY = ["resource_type", "population_group", "area_level", "area_code", "fiscal_year"]
INT_COLS = ["pop_total", "pop_within_500", "pop_within_1000", "pop_within_2000", "n_resources_located"]
FLOAT_COLS = ["mean_nearest_m", "sfca_score", "catchment_m"]
YEARS = [2022, 2023, 2024]
TYPES = ["cafe", "salon", "consult", "unused"]  # "unused" has no resource at all


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_nearest_active_matches_brute_force(seed):
    rng = np.random.default_rng(seed)
    demand = rng.uniform(0, 10000, (300, 2))
    supply = rng.uniform(0, 10000, (60, 2))
    active = rng.random((3, 60)) < [[0.05], [0.6], [1.0]]  # year 0: very few active → per-year tree
    active[0, :] = False
    active[0, 7] = True
    active = np.vstack([active, np.zeros((1, 60), dtype=bool)])  # a year with nothing active
    i, j, d = acc.pairs_within(demand, supply, 800.0)
    got = acc.nearest_active(demand, supply, active, i, j, d)
    full = np.sqrt(((demand[:, None, :] - supply[None, :, :]) ** 2).sum(axis=2))
    for y in range(active.shape[0]):
        want = np.where(active[y][None, :], full, np.inf).min(axis=1)
        np.testing.assert_allclose(got[y], want, rtol=1e-12, atol=0)
    assert np.isinf(got[3]).all()
    # The answers are the k-d tree's own distances, bit for bit (year 0 mostly by brute force).
    np.testing.assert_array_equal(got[2], cKDTree(supply).query(demand, k=1)[0])
    np.testing.assert_array_equal(got[0], cKDTree(supply[active[0]]).query(demand, k=1)[0])


def _random_city(seed: int, n_points: int = 250, n_res: int = 120, size: float = 6000.0):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, size, (n_points, 2)).round(1)
    xy[5] = xy[4]  # two 町内会 at one place
    xy[0] = (1000.0, 1000.0)  # integers: the threshold resources below are exactly 500 / 1,000 / 2,000 m away
    districts = np.array(["D01", "D02", "D10", "D3", None], dtype=object)
    schools = np.array(["S1", "S2", "S3"], dtype=object)
    points = pd.DataFrame({
        "x": xy[:, 0], "y": xy[:, 1],
        "district_code": districts[rng.integers(0, len(districts), n_points)],
        "school_code": schools[rng.integers(0, len(schools), n_points)],
        "pop_65plus": rng.integers(0, 300, n_points).astype(float),
        "pop_0_14": rng.integers(0, 80, n_points).astype(float),
    })
    points.loc[rng.random(n_points) < 0.1, "pop_65plus"] = np.nan
    points.loc[points["district_code"] == "D3", "pop_0_14"] = np.nan  # an area with only unknown counts
    rxy = rng.uniform(0, size, (n_res, 2)).round(1)
    opened = rng.choice([np.nan, 2015, 2022, 2023, 2024, 2026], n_res)
    closed = rng.choice([np.nan, np.nan, np.nan, 2023, 2024, 2025], n_res)
    res = pd.DataFrame({"x": rxy[:, 0], "y": rxy[:, 1], "opened_fy": opened, "closed_fy": closed,
                        "resource_type": rng.choice(TYPES[:3], n_res)})
    # Resources exactly 500 / 1,000 / 2,000 m from point 0, active every year: threshold ties.
    p0 = points.loc[0, ["x", "y"]].to_numpy(float)
    for k, dx in enumerate((500.0, 1000.0, 2000.0)):
        res.loc[len(res)] = [p0[0] + dx, p0[1], np.nan, np.nan, TYPES[k]]
    res.loc[len(res)] = [p0[0], p0[1], 2010, np.nan, "cafe"]  # on top of point 0
    return points, res


def _assert_same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    assert list(got.columns) == ACCESS_COLUMNS
    got = got.sort_values(KEY, ignore_index=True)
    want = want.sort_values(KEY, ignore_index=True)
    assert len(got) == len(want) > 0
    for c in KEY:
        assert got[c].astype(str).tolist() == want[c].astype(str).tolist(), c
    for c in INT_COLS:
        a, b = got[c].to_numpy(float), want[c].to_numpy(float)
        assert (np.isnan(a) == np.isnan(b)).all(), c
        np.testing.assert_array_equal(np.round(a[~np.isnan(a)]), np.round(b[~np.isnan(b)]), err_msg=c)
    for c in FLOAT_COLS:
        np.testing.assert_allclose(got[c].to_numpy(float), want[c].to_numpy(float), rtol=1e-9, atol=0, err_msg=c)


@pytest.mark.parametrize("seed,catchment", [(1, 1000.0), (2, 1000.0), (3, 300.0), (4, 2500.0)])
def test_frame_matches_the_per_year_loop(seed, catchment):
    points, res = _random_city(seed)
    got = compute_access_frame(points, res, TYPES, YEARS, "312011", catchment_m=catchment)
    want = reference_access_frame(points, res, sorted(TYPES), YEARS, "312011", catchment_m=catchment)
    _assert_same(got, want)
    # the cases are not degenerate
    assert got["sfca_score"].max() > 0 and got["pop_within_500"].max() > 0
    assert got["mean_nearest_m"].isna().any() and got["pop_total"].isna().any()
    assert (got.loc[got.resource_type == "unused", "n_resources_located"] == 0).all()


def test_frame_without_area_codes_or_city():
    points, res = _random_city(9, n_points=60, n_res=30)
    points["district_code"] = None
    got = compute_access_frame(points, res, TYPES, YEARS, None)
    want = reference_access_frame(points, res, sorted(TYPES), YEARS, None)
    _assert_same(got, want)
    assert set(got["area_level"]) == {"school_district"}


def test_warehouse_rows_match_the_reference_in_key_order(wh):
    points, res = _random_city(21, n_points=120, n_res=60, size=5000.0)
    assocs = [dict(assoc_code=f"A{k}", district_code=r.district_code, school_code=r.school_code, households=1,
                   pop_65plus=None if np.isnan(r.pop_65plus) else int(r.pop_65plus),
                   pop_0_14=None if np.isnan(r.pop_0_14) else int(r.pop_0_14), x=r.x, y=r.y)
              for k, r in enumerate(points.itertuples())]
    resources = [dict(resource_id=f"R{k:03d}", resource_type=r.resource_type, x=r.x, y=r.y,
                      opened_fy=None if np.isnan(r.opened_fy) else int(r.opened_fy),
                      closed_fy=None if np.isnan(r.closed_fy) else int(r.closed_fy))
                 for k, r in enumerate(res.itertuples())]
    resources.append(dict(resource_id="R999", resource_type="cafe", district_code="D01", x=None, y=None))
    con = wh(assocs=assocs, resources=resources, min_fy=2022, max_fy=2024)
    compute_accessibility(con)
    got = con.execute("SELECT * FROM access_district").fetchdf()
    # Reference on the warehouse's own projected points (the loaders siting also uses).
    want = reference_access_frame(acc.load_points(con, METRIC), acc.load_resources(con, METRIC),
                                  acc.resource_type_list(con), YEARS, "312011")
    _assert_same(got, want)
    assert got[KEY].astype(str).equals(got.sort_values(KEY)[KEY].astype(str).reset_index(drop=True))
    types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_name = 'access_district'").fetchall())
    assert types["pop_total"] == "BIGINT" and types["fiscal_year"] == "INTEGER" and types["area_code"] == "VARCHAR"
    nan = con.execute("SELECT count(*) FILTER (WHERE isnan(mean_nearest_m) OR isnan(sfca_score)), "
                      "count(*) FILTER (WHERE mean_nearest_m IS NULL) FROM access_district").fetchone()
    assert nan[0] == 0 and nan[1] > 0  # undefined values are NULL, never NaN
