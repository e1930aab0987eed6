"""Crosswalk: hand-computed area and population weights; agreement with tobler."""
from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from tobler.area_weighted import area_interpolate

from indicators.spatial.crosswalk import areal_weights, derive_crosswalk, to_layer
from spatial_fixtures import METRIC, rect

D = {"D1": rect(0, 0, 2000, 1000), "D2": rect(2000, 0, 4000, 1000)}
S = {"S1": rect(0, 0, 1500, 1000), "S2": rect(1500, 0, 4000, 1000)}


def _cw(con) -> dict[tuple[str, str], tuple[float, str]]:
    rows = con.execute("SELECT district_code, school_code, weight, method FROM crosswalk").fetchall()
    return {(d, s): (w, m) for d, s, w, m in rows}


def test_area_weights_by_hand(wh):
    con = wh(districts=D, schools=S)
    derive_crosswalk(con)
    cw = _cw(con)
    assert set(cw) == {("D1", "S1"), ("D1", "S2"), ("D2", "S2")}
    assert cw[("D1", "S1")][0] == pytest.approx(0.75, abs=1e-6)
    assert cw[("D1", "S2")][0] == pytest.approx(0.25, abs=1e-6)
    assert cw[("D2", "S2")][0] == pytest.approx(1.0, abs=1e-9)
    assert {m for _, m in cw.values()} == {"area"}


def test_population_weights_with_area_fallback(wh):
    assocs = [
        # D1: 10 households in S1, 30 in S2 → 0.25 / 0.75 (area would say 0.75 / 0.25)
        dict(assoc_code="A1", district_code="D1", households=10, pop_65plus=4, x=500, y=500),
        dict(assoc_code="A2", district_code="D1", households=30, pop_65plus=9, x=1800, y=500),
        # D2 has a point without households → falls back to area.
        dict(assoc_code="A3", district_code="D2", households=None, pop_65plus=3, x=3000, y=500),
        # no coordinates: ignored
        dict(assoc_code="A4", district_code="D2", households=50, pop_65plus=3, x=None, y=None),
    ]
    con = wh(districts=D, schools=S, assocs=assocs)
    derive_crosswalk(con)
    cw = _cw(con)
    assert cw[("D1", "S1")] == (pytest.approx(0.25), "population")
    assert cw[("D1", "S2")] == (pytest.approx(0.75), "population")
    assert cw[("D2", "S2")] == (pytest.approx(1.0), "area")
    sums = con.execute("SELECT district_code, sum(weight) FROM crosswalk GROUP BY 1").fetchall()
    assert all(abs(s - 1) < 1e-9 for _, s in sums)


def test_district_outside_all_schools_goes_to_nearest(wh):
    districts = {**D, "D3": rect(6000, 0, 7000, 1000)}
    con = wh(districts=districts, schools=S)
    derive_crosswalk(con)
    cw = _cw(con)
    assert cw[("D3", "S2")][0] == pytest.approx(1.0)
    assert sum(1 for d, _ in cw if d == "D3") == 1


def test_sliver_dropped_and_renormalised():
    d = gpd.GeoDataFrame({"district_code": ["D1"]}, geometry=[shapely.box(0, 0, 1000, 1000)], crs=METRIC)
    s = gpd.GeoDataFrame({"school_code": ["S1", "S2"]},
                         geometry=[shapely.box(0, 0, 999.5, 1000), shapely.box(999.5, 0, 3000, 1000)], crs=METRIC)
    w = areal_weights(d, s)
    assert list(w["school_code"]) == ["S1"]
    assert w["weight"].iloc[0] == 1.0


def _irregular_layers():
    """Non-nesting polygons with hand-unfriendly overlaps, both tiling the same square."""
    src = gpd.GeoDataFrame(
        {"district_code": ["A", "B", "C"], "pop": [1200.0, 300.0, 4500.0], "rate": [0.2, 0.5, 0.35]},
        geometry=[
            shapely.Polygon([(0, 0), (3000, 0), (1000, 3000), (0, 3000)]),
            shapely.Polygon([(3000, 0), (5000, 0), (5000, 1500), (2000, 1500)]),
            shapely.Polygon([(2000, 1500), (5000, 1500), (5000, 3000), (1000, 3000)]),
        ],
        crs=METRIC,
    )
    tgt = gpd.GeoDataFrame(
        {"school_code": ["S", "T"]},
        geometry=[shapely.Polygon([(0, 0), (2500, 0), (4000, 3000), (0, 3000)]),
                  shapely.Polygon([(2500, 0), (5000, 0), (5000, 3000), (4000, 3000)])],
        crs=METRIC,
    )
    return src, tgt


def test_to_layer_matches_tobler_area_interpolate():
    src, tgt = _irregular_layers()
    cw = areal_weights(src, tgt)
    # weights sum to 1 per district
    assert np.allclose(cw.groupby("district_code")["weight"].sum(), 1.0)
    ext = to_layer(src, cw, ["pop"], kind="extensive").set_index("school_code")
    size = pd.Series(src.area.to_numpy(), index=src["district_code"])
    inten = to_layer(src, cw, ["rate"], kind="intensive", size=size).set_index("school_code")
    tob = area_interpolate(src, tgt, extensive_variables=["pop"], intensive_variables=["rate"])
    tob.index = tgt["school_code"]
    for code in ["S", "T"]:
        assert ext.loc[code, "pop"] == pytest.approx(tob.loc[code, "pop"], rel=1e-7)  # tobler accumulates in float32-ish sparse ops (~5e-9)
        assert inten.loc[code, "rate"] == pytest.approx(tob.loc[code, "rate"], rel=1e-7)  # tobler accumulates in float32-ish sparse ops (~5e-9)
    # extensive totals are preserved
    assert ext["pop"].sum() == pytest.approx(src["pop"].sum())


def test_to_layer_by_year_and_nulls():
    cw = pd.DataFrame({"district_code": ["D1", "D1", "D2"], "school_code": ["S1", "S2", "S2"],
                       "weight": [0.75, 0.25, 1.0], "method": "area"})
    vals = pd.DataFrame({"district_code": ["D1", "D2", "D1", "D2"], "fiscal_year": [2023, 2023, 2024, 2024],
                         "n": [100.0, 40.0, None, 8.0]})
    out = to_layer(vals, cw, ["n"], by=["fiscal_year"]).set_index(["school_code", "fiscal_year"])["n"]
    assert out[("S1", 2023)] == pytest.approx(75.0)
    assert out[("S2", 2023)] == pytest.approx(25.0 + 40.0)
    assert pd.isna(out[("S1", 2024)])  # only a NULL district feeds S1
    assert pd.isna(out[("S2", 2024)])  # a partial sum (D1 unknown) would understate S2
    mean = to_layer(vals[vals.fiscal_year == 2023], cw, ["n"], kind="intensive").set_index("school_code")["n"]
    assert mean["S2"] == pytest.approx((0.25 * 100 + 1.0 * 40) / 1.25)


def test_sample_warehouse_crosswalk_and_stats_on_schools(sample_warehouse):
    """The bundled sample: derived weights sum to 1 and school-layer totals equal district totals."""
    from indicators.spatial.crosswalk import stats_on_school_layer
    from indicators.warehouse.duck import connect

    con = connect(sample_warehouse, read_only=True)
    try:
        sums = con.execute("SELECT district_code, sum(weight) s FROM crosswalk GROUP BY 1").fetchdf()
        n_districts = con.execute("SELECT count(*) FROM districts").fetchone()[0]
        fy = con.execute("SELECT max_fy FROM dataset_meta").fetchone()[0]
        city = con.execute("SELECT sum(pop_65plus) FROM district_stats WHERE fiscal_year = ?", [fy]).fetchone()[0]
        on_schools = stats_on_school_layer(con, ("pop_65plus",), fiscal_year=fy)
    finally:
        con.close()
    assert len(sums) == n_districts and np.allclose(sums["s"], 1.0)
    assert not on_schools["pop_65plus_suppressed"].any()
    assert float(on_schools["pop_65plus"].sum()) == pytest.approx(city, abs=len(on_schools))  # rounding only


def test_derive_without_dataset_meta_row_uses_utm(wh):
    """The build derives the crosswalk before dataset_meta is filled: a UTM zone stands in."""
    con = wh(districts=D, schools=S)
    con.execute("DELETE FROM dataset_meta")
    derive_crosswalk(con)
    cw = _cw(con)
    assert cw[("D1", "S1")][0] == pytest.approx(0.75, abs=1e-3)
    assert cw[("D2", "S2")][0] == pytest.approx(1.0)


def test_label_points_by_hand_and_against_an_intersects_query():
    from indicators.spatial.crosswalk import label_points

    # B and A share the edge x = 10 (B listed first), C overlaps the corners of both
    polys = gpd.GeoDataFrame({"code": ["B", "A", "C"]},
                             geometry=[shapely.Polygon(rect(10, 0, 20, 10)), shapely.Polygon(rect(0, 0, 10, 10)),
                                       shapely.Polygon(rect(8, 8, 12, 12))], crs=METRIC)
    xy = np.array([[5, 5], [15, 5], [10, 5], [0, 0], [9, 9], [11, 11], [30, 30], [20, 10]], dtype=float)
    got = label_points(xy, polys, "code").tolist()
    # the shared edge and overlaps: first in table order; outer boundary counts; outside: None
    assert got == ["A", "B", "B", "A", "A", "C", None, "B"]

    rng = np.random.default_rng(3)
    pts = rng.uniform(-5, 25, size=(2000, 2))
    i_p, i_g = polys.sindex.query(shapely.points(pts), predicate="intersects")
    want = np.full(len(pts), None, dtype=object)
    for p, g in sorted(zip(i_p.tolist(), i_g.tolist()), key=lambda t: (t[0], -t[1])):
        want[p] = polys["code"].iloc[g]  # the lowest polygon index is written last
    assert label_points(pts, polys, "code").tolist() == want.tolist()
