"""地図 page: layer, indicator, year and resource choices change the map and its table."""
from __future__ import annotations

from dash_helpers import banner_texts, frames, plotly_specs

from indicators.wording import synthetic_notice

SYNTHETIC_NOTICE = synthetic_notice("鳥取市")  # the warehouses' municipality


def _point_names(spec: dict) -> list[str]:
    """Names of the resource point traces (legend-only traces have x = [None])."""
    return [t["name"] for t in spec["data"] if t.get("mode") == "markers" and t.get("name") and t.get("x") != [None]]


def _fills(spec: dict) -> list[dict]:
    return [t for t in spec["data"] if t.get("fill") == "toself"]


def test_district_layer_outlines_areas_without_the_resource(fixture_wh, open_page):
    at = open_page(fixture_wh, "gap_map")
    assert SYNTHETIC_NOTICE in banner_texts(at)
    table = frames(at)[0]
    assert list(table["区域"]) == ["久松", "醇風", "城北"]
    # 2024: D01 (R1) and D02 (R4) have a consultation place, D03 has none.
    assert list(table["常設型の相談の場がある地区の割合"]) == ["100.0%", "100.0%", "0.0%"]
    assert list(table["目標との差"]) == ["達成", "達成", "あと 100.0ポイント"]
    assert list(table["常設型の相談の場なし"]) == ["", "", "●"]
    spec = plotly_specs(at)[0]
    assert len(_fills(spec)) == 3
    lack = [t for t in spec["data"] if t.get("name") == "常設型の相談の場のない区域"]
    assert len(lack) == 1 and lack[0]["line"]["color"] == "#d62728"
    hover = next(t["text"] for t in _fills(spec) if t["name"] == "城北")
    assert "目標との差: あと 100.0ポイント" in hover and "常設型の相談の場なし" in hover
    # No tile server: plain cartesian axes, no mapbox/map/geo subplot.
    assert not any(k in spec["layout"] for k in ("mapbox", "map", "geo"))

    at.selectbox(key="map_fy").set_value(2023).run()
    assert list(frames(at)[0]["常設型の相談の場なし"]) == ["", "●", "●"]


def test_school_layer_and_resource_choice(fixture_wh, open_page):
    at = open_page(fixture_wh, "gap_map")
    at.radio(key="map_level").set_value("school_district").run()
    assert at.selectbox(key="map_indicator").options == ["地域食堂がある小学校区の割合"]
    table = frames(at)[0]
    assert list(table["区域"]) == ["久松小学校", "醇風小学校"]
    # The lacking-resource default follows the indicator: cafeteria R2 lies in S02 only.
    assert list(table["地域食堂（子ども食堂を含む）なし"]) == ["●", ""]
    spec = plotly_specs(at)[0]
    assert len(_fills(spec)) == 2
    assert _point_names(spec) == ["地域食堂（子ども食堂を含む）"]
    # 0/1 coverage is drawn with two plain colours and a legend instead of a colour bar.
    assert {t["fillcolor"] for t in _fills(spec)} == {"#2b8cbe", "#fff3c4"}
    assert "地域食堂がある小学校区の割合：なし（0）" in [t.get("name") for t in spec["data"]]
    # R2 opened in 2023: in 2022 both school districts lack one.
    at.selectbox(key="map_fy").set_value(2022).run()
    assert list(frames(at)[0]["地域食堂（子ども食堂を含む）なし"]) == ["●", "●"]
    at.multiselect(key="map_points_cafeteria_school_coverage").set_value(["consultation_place", "district_salon"]).run()
    assert _point_names(plotly_specs(at)[0]) == ["常設型の地区サロン", "常設型の相談の場"]


def test_sample_map_switches_layer(sample_warehouse, open_page):
    at = open_page(sample_warehouse, "gap_map")
    n_districts = len(frames(at)[0])
    at.radio(key="map_level").set_value("school_district").run()
    assert not at.exception
    n_schools = len(frames(at)[0])
    assert (n_districts, n_schools) == (59, 41)
    assert len(_fills(plotly_specs(at)[0])) == 41


def test_continuous_indicator_gets_a_colour_bar(sample_warehouse, open_page):
    at = open_page(sample_warehouse, "gap_map")
    at.selectbox(key="map_indicator").set_value("cafeterias_per_100k").run()
    spec = plotly_specs(at)[0]
    bars = [t for t in spec["data"] if t.get("marker", {}).get("showscale")]
    assert len(bars) == 1
    assert bars[0]["marker"]["colorbar"]["title"]["text"] == "人口10万人あたり地域食堂数"
    # The lacking outline follows the indicator's resource type (地域食堂).
    assert "地域食堂（子ども食堂を含む）なし" in frames(at)[0].columns
