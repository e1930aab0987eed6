"""catalogue/accessibility.yaml + sql/accessibility.sql through the engine's family runner."""
from __future__ import annotations

import pytest

from indicators.engine import compute
from indicators.engine.catalogue import load_catalogue
from indicators.spatial.accessibility import compute_accessibility
from spatial_fixtures import rect
from test_accessibility import ASSOCS, RESOURCES

D = {"D1": rect(-500, -500, 1500, 2000), "D2": rect(1500, -500, 7000, 3000), "D3": rect(7000, -500, 9000, 3000)}
S = {"S1": rect(-500, -500, 1500, 3000), "S2": rect(1500, -500, 9000, 3000)}


def test_accessibility_family_values_and_suppression(wh):
    con = wh(districts=D, schools=S, assocs=ASSOCS, resources=RESOURCES, min_fy=2023, max_fy=2024)
    compute_accessibility(con)
    inds = [i for i in load_catalogue() if i.family == "accessibility"]
    assert {"aged_within_1km_consultation", "aged_within_1km_community_cafeteria",
            "children_within_1km_community_cafeteria", "sfca_community_cafeteria"} <= {i.indicator_id for i in inds}
    meta = compute.read_meta(con)
    compute.write_catalogue(con, inds)
    compute._prepare_helpers(con, inds, meta)
    out = compute._run_family(con, "accessibility", inds, meta).set_index(
        ["indicator_id", "area_level", "area_code", "fiscal_year"])

    # every indicator × (city, 3 districts, 2 schools) × 2 years
    assert len(out) == len(inds) * 6 * 2
    city = out.loc[("aged_within_1km_community_cafeteria", "city", "312011", 2024)]
    assert (city.numerator, city.denominator, city.value) == (30, 100, pytest.approx(0.3))
    assert not city.suppressed
    d1 = out.loc[("aged_within_2km_community_cafeteria", "district", "D1", 2024)]
    assert (d1.numerator, d1.denominator, d1.value) == (30, 30, 1.0)
    # D2: nobody within 1 km → 0 is shown (zero identifies no one; it is the gap planners look for)
    d2 = out.loc[("aged_within_1km_community_cafeteria", "district", "D2", 2024)]
    assert not d2.suppressed and d2.value == 0 and d2.numerator == 0
    # children in D1 within 500 m: only P1's 1 child → a small cell, hidden by the engine
    c1 = out.loc[("children_within_500m_community_cafeteria", "district", "D1", 2024)]
    assert c1.suppressed and c1.value != c1.value and c1.numerator != c1.numerator
    # D3 has no 町内会 point: a row with NULL value, not a zero
    d3 = out.loc[("aged_within_1km_community_cafeteria", "district", "D3", 2024)]
    assert d3.value != d3.value and d3.denominator != d3.denominator
    sf = out.loc[("sfca_community_cafeteria", "district", "D1", 2024)]
    assert sf.value == pytest.approx(1000 / 30)
    md = out.loc[("aged_mean_distance_community_cafeteria", "school_district", "S1", 2024)]
    assert md.value == pytest.approx((10 * 400 + 20 * 900) / 30, abs=0.05)
    # 2023: R2 not open yet
    assert out.loc[("aged_within_2km_community_cafeteria", "city", "312011", 2023)].numerator == 30
