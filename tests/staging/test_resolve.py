"""District/school code resolution: point decides, given next, crosswalk (>= 0.5) last."""
from __future__ import annotations

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from indicators.staging.resolve import Areas, crosswalk_maps, resolve_codes

D = gpd.GeoDataFrame({"district_code": ["D1", "D2"]},
                     geometry=[box(134.20, 35.50, 134.21, 35.51), box(134.21, 35.50, 134.22, 35.51)], crs="EPSG:6668")
S = gpd.GeoDataFrame({"school_code": ["S1", "S2"]},
                     geometry=[box(134.20, 35.50, 134.214, 35.51), box(134.214, 35.50, 134.22, 35.51)], crs="EPSG:6668")
AREAS = Areas({"D1", "D2", "D3"}, {"S1", "S2", "S3"}, D, S, "EPSG:6668", "EPSG:6673")
CW = pd.DataFrame({"district_code": ["D1", "D2", "D2", "D3", "D3", "D3"],
                   "school_code": ["S1", "S1", "S2", "S1", "S2", "S3"],
                   "weight": [1.0, 0.4, 0.6, 0.4, 0.3, 0.3]})
POP = pd.Series({"D1": 100.0, "D2": 1000.0, "D3": 10.0})


def test_crosswalk_maps_by_hand() -> None:
    d2s, s2d = crosswalk_maps(CW, POP)
    # D3's largest share is 0.4 < 0.5 → no school
    assert d2s == {"D1": "S1", "D2": "S2"}
    # S1 people: D1 100, D2 400, D3 4 → D2 share 400/504 ≥ 0.5; S2: D2 600 vs D3 3 → D2; S3: only D3
    assert s2d == {"S1": "D2", "S2": "D2", "S3": "D3"}
    # without populations the raw weights are compared: S1 = 1.0 / 0.4 / 0.4 → D1 (1/1.8)
    assert crosswalk_maps(CW)[1]["S1"] == "D1"


def test_resolution_rules() -> None:
    df = pd.DataFrame({
        "line_number": [2, 3, 4, 5, 6, 7, 8],
        "district_code": ["D1", "D1", None, "D3", None, None, None],
        "school_code": [None, None, None, None, "S1", "S3", None],
        "lat": [35.505, 35.505, 35.505, None, None, None, 35.505],
        "lon": [134.205, 134.217, 134.2195, None, None, None, 134.2204],  # last: ~36 m east of D2/S2
    })
    out, notes = resolve_codes(df, AREAS, CW, POP)
    got = out[["district_code", "district_code_source", "school_code", "school_code_source", "given_district_code"]]
    assert [[None if pd.isna(v) else v for v in row] for row in got.values.tolist()] == [
        ["D1", "point_in_polygon", "S1", "point_in_polygon", "D1"],  # consistent
        ["D2", "point_in_polygon", "S2", "point_in_polygon", "D1"],  # point wins over given D1
        ["D2", "point_in_polygon", "S2", "point_in_polygon", None],
        ["D3", "given", None, None, "D3"],  # D3 → no school holds ≥ 0.5
        ["D2", "crosswalk", "S1", "given", None],
        ["D3", "crosswalk", "S3", "given", None],
        ["D2", "point_in_polygon", "S2", "point_in_polygon", None],  # nearest within tolerance
    ]
    assert [(n["line_number"], n["column_name"], n["value"]) for n in notes] == [(3, "district_code", "D1")]
    assert "座標を採用" in out["resolution_note"].iloc[1]


def test_outside_uses_tolerance() -> None:
    import numpy as np

    # 0.001° of longitude ≈ 90 m (inside 200 m); 0.01° ≈ 900 m (outside)
    out = AREAS.outside(np.array([134.205, 134.199, 134.19]), np.array([35.505, 35.505, 35.505]))
    assert out.tolist() == [False, False, True]


def test_overlaps_lowest_code_in_string_order() -> None:
    import numpy as np

    # three nested boxes listed in no particular order; "D10" < "D2" < "D3" as strings
    d = gpd.GeoDataFrame({"district_code": ["D3", "D2", "D10"]},
                         geometry=[box(134.20, 35.50, 134.23, 35.53), box(134.20, 35.50, 134.22, 35.52),
                                   box(134.20, 35.50, 134.21, 35.51)], crs="EPSG:6668")
    areas = Areas(None, None, d, None, "EPSG:6668", "EPSG:6673")
    lon = np.array([134.205, 134.215, 134.225, 134.30])
    lat = np.array([35.505, 35.515, 35.525, 35.505])
    want = ["D10", "D2", "D3", None]  # the last point is ~6 km away
    assert areas.locate("district", lon, lat).tolist() == want


def test_outside_by_distance_to_the_nearest_area() -> None:
    # two squares A [0,1000]² and B [1000,1500]×[0,400] in a metric CRS; the tolerance is 200 m:
    # 199 m and 201 m off an edge, off A's free corner (diagonal 199/201 m) and off B's corner
    import numpy as np

    crs = "EPSG:6673"  # metric storage: coordinates are used as they are
    d = gpd.GeoDataFrame({"district_code": ["A", "B"]}, geometry=[box(0, 0, 1000, 1000), box(1000, 0, 1500, 400)], crs=crs)
    areas = Areas({"A", "B"}, None, d, None, crs, crs)
    r = 1 / np.sqrt(2)
    xy = np.array([[500, 1199], [500, 1201], [-199 * r, -199 * r], [-201 * r, -201 * r],
                   [1500 + 199 * r, 400 + 199 * r], [1500 + 201 * r, 400 + 201 * r],
                   [500, 500], [np.nan, 3], [5000, 5000], [1000, 200]])
    assert areas.outside(xy[:, 0], xy[:, 1]).tolist() == [False, True, False, True, False, True,
                                                           False, True, True, False]


def test_locate_and_check_equals_locate_and_outside_apart() -> None:
    # the shared point-in-polygon pass gives what locate_levels and outside give separately:
    # points inside, on shared edges, in the tolerance band, far away
    import numpy as np

    from indicators.staging.resolve import LEVELS

    crs = "EPSG:6673"
    d = gpd.GeoDataFrame({"district_code": ["D2", "D1"]},
                         geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)], crs=crs)
    s = gpd.GeoDataFrame({"school_code": ["S1"]}, geometry=[box(500, -300, 2600, 600)], crs=crs)
    areas = Areas({"D1", "D2"}, {"S1"}, d, s, crs, crs)
    rng = np.random.default_rng(11)
    xy = rng.uniform(-600, 3000, (3000, 2))
    xy = np.vstack([xy, [[1000, 500], [-150, 500], [2700, 100], [9000, 9000]]])  # staging passes no NaN
    located, out = areas.locate_and_check(xy[:, 0], xy[:, 1])
    want_codes = areas.locate_levels(tuple(level for level, _, _ in LEVELS), xy[:, 0], xy[:, 1])
    for level, (codes, found) in located.items():
        assert codes.tolist() == want_codes[level].tolist()
        assert found.tolist() == [c is not None for c in want_codes[level]]
    assert out.tolist() == areas.outside(xy[:, 0], xy[:, 1]).tolist()
    assert 0 < out.sum() < len(out) and located["district"][1].sum() > 500  # both answers occur
    assert out[-4:].tolist() == [False, False, False, True]


def test_staged_located_follows_the_clean_rows() -> None:
    # rows rejected by a later check leave the clean rows and their located codes together
    import numpy as np
    import pandas as pd

    from indicators.staging.common import Staged

    st = Staged("r.csv", 4, pd.DataFrame({"line_number": [2, 3, 4, 5]}))
    st.located = {"district": (np.array(["A", None, "B", "C"], dtype=object), np.array([True, False, True, True]))}
    st.drop_lines({3, 5})
    assert st.clean["line_number"].tolist() == [2, 4]
    assert st.located["district"][0].tolist() == ["A", "B"]
    assert st.located["district"][1].tolist() == [True, True]
