"""Resources without coordinates (issue 20): placed at their area's centre, by hand on tiny inputs,
and the same positions in the built warehouse, accessibility and siting."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from indicators.spatial.placement import place_uncoordinated
from indicators.pipeline import build_warehouse
from indicators.warehouse.duck import connect

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def tiny_wh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/fixtures/tiny.py built once for the read-only tests of this module."""
    from fixtures.tiny import make_dataset

    root = tmp_path_factory.mktemp("placement")
    wh = root / "wh.duckdb"
    build_warehouse(dataset_dir=make_dataset(root / "ds"), warehouse_path=wh, quiet=True)
    return wh

ASSOCS = pd.DataFrame({
    "lon": [134.20, 134.21, 134.30, 134.40],
    "lat": [35.50, 35.51, 35.60, 35.70],
    "households": [10, 30, None, None],
    "district_code": ["D1", "D1", "D2", None],
    "school_code": ["S1", "S1", "S2", "S2"],
})
DISTRICTS = pd.DataFrame({"district_code": ["D1", "D2", "D3"], "centroid_lon": [1.0, 2.0, 134.50],
                          "centroid_lat": [1.0, 2.0, 35.90]})
SCHOOLS = pd.DataFrame({"school_code": ["S1", "S2", "S3"], "centroid_lon": [1.0, 2.0, 134.60],
                        "centroid_lat": [1.0, 2.0, 35.95]})


def test_place_by_hand() -> None:
    res = pd.DataFrame({
        "resource_id": ["own", "d1", "both", "d2", "d3", "s2", "s3", "none", "unknown"],
        "lat": [35.0, None, None, None, None, None, None, None, None],
        "lon": [134.0, None, None, None, None, None, None, None, None],
        "district_code": [None, "D1", "D1", "D2", "D3", None, None, None, "D9"],
        "school_code": [None, None, "S2", None, None, "S2", "S3", None, None],
    })
    out = place_uncoordinated(res, ASSOCS, DISTRICTS, SCHOOLS)
    assert list(out["resource_id"]) == list(res["resource_id"])  # same rows, same order
    got = out.set_index("resource_id")
    # own point kept
    assert (got.loc["own", "lon"], got.loc["own", "lat"], got.loc["own", "position_source"]) == (134.0, 35.0, "given")
    # D1: households-weighted centre of its two 町内会 (10 and 30 households)
    # lon = (10·134.20 + 30·134.21) / 40 = 134.2075, lat = (10·35.50 + 30·35.51) / 40 = 35.5075
    for rid in ("d1", "both"):  # a given 地区 wins over a given 小学校区
        assert got.loc[rid, "lon"] == pytest.approx(134.2075) and got.loc[rid, "lat"] == pytest.approx(35.5075)
        assert got.loc[rid, "position_source"] == "district_centre" and got.loc[rid, "position_approximate"]
    # D2: one point without a household count → that point (plain centre), not the centroid (2, 2)
    assert (got.loc["d2", "lon"], got.loc["d2", "lat"]) == pytest.approx((134.30, 35.60))
    # D3: no 町内会 point → the area's centroid
    assert (got.loc["d3", "lon"], got.loc["d3", "lat"]) == pytest.approx((134.50, 35.90))
    # S2 (no 地区): its two points, no household counts → plain mean ((134.30 + 134.40) / 2, (35.60 + 35.70) / 2)
    assert (got.loc["s2", "lon"], got.loc["s2", "lat"]) == pytest.approx((134.35, 35.65))
    assert got.loc["s2", "position_source"] == "school_centre"
    assert (got.loc["s3", "lon"], got.loc["s3", "lat"]) == pytest.approx((134.60, 35.95))
    # no area, or an area with neither points nor centroid: still no position, not approximate
    for rid in ("none", "unknown"):
        assert np.isnan(got.loc[rid, "lat"]) and pd.isna(got.loc[rid, "position_source"])
        assert not got.loc[rid, "position_approximate"]
    assert int(out["position_approximate"].sum()) == 6


def test_a_derived_district_code_does_not_choose_the_area() -> None:
    # resolved rows: the 地区 came from the crosswalk, the school was given → the school's centre
    res = pd.DataFrame({"lat": [None], "lon": [None], "district_code": ["D2"], "school_code": ["S1"],
                        "district_code_source": ["crosswalk"], "school_code_source": ["given"]})
    out = place_uncoordinated(res, ASSOCS, DISTRICTS, SCHOOLS)
    # S1 = the two D1 points, households-weighted
    assert (out["lon"][0], out["lat"][0]) == pytest.approx((134.2075, 35.5075))
    assert out["position_source"][0] == "school_centre"


def test_tiny_build_places_and_measures_from_the_placed_point(tiny_wh: Path) -> None:
    # tests/fixtures/tiny.py: R3 community_cafeteria given D2 only, R4 dementia_cafe given S1 only.
    # D2's only 町内会 (A2) has no point → D2's centroid (134.215, 35.505). S1 holds A1 alone
    # (35.505, 134.205) → R4 sits on A1.
    wh = tiny_wh
    con = connect(wh, read_only=True)
    try:
        rows = {r[0]: r[1:] for r in con.execute(
            "SELECT resource_id, lon, lat, position_source, position_approximate, district_code, district_code_source "
            "FROM resources ORDER BY 1").fetchall()}
        access = {r[0]: r[1:] for r in con.execute(
            "SELECT resource_type, pop_total, pop_within_500, pop_within_1000, mean_nearest_m, n_resources_located "
            "FROM access_district WHERE area_level = 'city' AND population_group = 'aged' AND fiscal_year = 2024").fetchall()}
    finally:
        con.close()
    assert rows["R1"][2:4] == ("given", False)
    assert rows["R3"][0] == pytest.approx(134.215) and rows["R3"][1] == pytest.approx(35.505)
    assert rows["R3"][2:] == ("district_centre", True, "D2", "given")  # the code stays the given one
    assert rows["R4"][0] == pytest.approx(134.205) and rows["R4"][1] == pytest.approx(35.505)
    assert rows["R4"][2:4] == ("school_centre", True)
    # A1 (80 people 65+, the only 町内会 with a point) is 0.01° of longitude from R3:
    # 0.01·π/180 · 6378137 · cos 35.505° / √(1 − e² sin² 35.505°) · 0.9999 ≈ 907 m → within 1 km, not 500 m
    caf = access["community_cafeteria"]
    assert caf[0] == 80 and caf[1] == 0 and caf[2] == 80 and caf[3] == pytest.approx(907, abs=2) and caf[4] == 1
    assert access["dementia_cafe"][1:4] == (80, 80, 0.0)  # on A1 itself
    # the catalogue indicator follows: 80 / 80 within 1 km of a cafeteria, 0 / 80 within 500 m
    con = connect(wh, read_only=True)
    try:
        v = dict(con.execute("SELECT indicator_id, value FROM indicator_values WHERE indicator_id IN "
                             "('aged_within_1km_community_cafeteria', 'aged_within_500m_community_cafeteria') "
                             "AND area_level = 'city' AND fiscal_year = 2024").fetchall())
    finally:
        con.close()
    assert v == {"aged_within_1km_community_cafeteria": 1.0, "aged_within_500m_community_cafeteria": 0.0}


def test_siting_counts_a_placed_resource_as_serving(tiny_wh: Path) -> None:
    from indicators.spatial.siting import suggestion_frame

    wh = tiny_wh
    con = connect(wh, read_only=True)
    try:
        # within 1 km of the placed cafeteria R3 nobody is left to cover → nothing proposed
        assert len(suggestion_frame(con, "community_cafeteria", n_sites=1, radius_m=1000)) == 0
        # 500 m: A1 (907 m away) is uncovered again, and a site is proposed for its 80 people
        s = suggestion_frame(con, "community_cafeteria", n_sites=1, radius_m=500)
    finally:
        con.close()
    assert len(s) == 1 and int(s["newly_covered"].iloc[0]) == 80


def test_counts_on_the_access_figures(tiny_wh: Path, capsys) -> None:
    import json

    from indicators.cli import main
    from indicators.services.positions import position_summary, position_text

    wh = tiny_wh
    s = position_summary(wh, 2024).set_index("resource_type")
    # tiny: R1 consultation (own point), R2 salon (own point), R3 cafeteria (D2 centre), R4 dementia café (S1 centre)
    assert s.loc["community_cafeteria", ["n_active", "n_given", "n_approximate", "n_unplaced"]].tolist() == [1, 0, 1, 0]
    assert s.loc["consultation_place", ["n_active", "n_given", "n_approximate", "n_unplaced"]].tolist() == [1, 1, 0, 0]
    assert s.loc["coordinator", "n_active"] == 0
    # in 2023 the cafeteria (opened 2024) is not active yet
    assert position_summary(wh, 2023, ["community_cafeteria"])["n_active"].tolist() == [0]
    text = position_text(s.loc["community_cafeteria"].rename(None).to_dict() | {"resource_type": "community_cafeteria"})
    assert "1 か所のうち 1 か所は座標がありません" in text and "推定位置" in text
    assert main(["access", "--warehouse", str(wh), "--type", "community_cafeteria", "--fy", "2024"]) == 0
    assert "1 か所のうち 1 か所は座標がありません" in capsys.readouterr().out
    assert main(["access", "--warehouse", str(wh), "--type", "community_cafeteria", "--fy", "2024", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["positions"] == [{"resource_type": "community_cafeteria", "type_label": "地域食堂（子ども食堂を含む）",
                                 "n_active": 1, "n_given": 0, "n_approximate": 1, "n_unplaced": 0}]


def test_a_suggestion_in_an_area_served_by_an_uncoordinated_resource_says_so(tiny_dataset, tmp_path: Path, capsys) -> None:
    import json

    from indicators.cli import main

    # 一の地区 (D1) has one cafeteria without coordinates → placed at its 町内会' households-weighted
    # centre, ≈ A1 (120 households vs 1): A5 (30 people 65+, ~640 m away) stays outside 500 m
    assocs = ("assoc_code,assoc_name,district_code,households,pop_65plus,pop_0_14,sasaeai_map_fy,fureai_salon,lat,lon\n"
              "A1,一町内会,D1,120,80,10,2023,1,35.505,134.205\n"
              "A5,五町内会,D1,1,30,1,,0,35.5095,134.2005\n")
    resources = ("resource_id,resource_type,name,district_code,school_code,lat,lon,opened_fy,closed_fy,frequency,note\n"
                 "R3,community_cafeteria,食堂3,D1,,,,2020,,月1,\n")
    wh = tmp_path / "wh.duckdb"
    build_warehouse(dataset_dir=tiny_dataset(neighbourhood_assocs_csv=assocs, resources_csv=resources),
                    warehouse_path=wh, quiet=True)
    assert main(["suggest", "--type", "community_cafeteria", "--n", "1", "--radius", "500", "--candidates", "grid",
                 "--grid-spacing", "250", "--fy", "2024", "--warehouse", str(wh), "--format", "json"]) == 0
    s = json.loads(capsys.readouterr().out)["suggestions"]
    assert len(s) == 1 and s[0]["newly_covered"] == 30  # A5 only: A1 is served by the placed cafeteria
    assert s[0]["note"] == "この地区には既に地域食堂（子ども食堂を含む）が 1 か所あります（うち 1 か所は座標がなく推定位置）"
    assert main(["suggest", "--type", "community_cafeteria", "--n", "1", "--radius", "500", "--candidates", "grid",
                 "--grid-spacing", "250", "--fy", "2024", "--warehouse", str(wh)]) == 0
    assert "座標がなく推定位置" in capsys.readouterr().out
