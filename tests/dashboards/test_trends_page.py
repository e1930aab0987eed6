"""推移・優先度 page: trend lines by 年度 and the priority ranking with its components."""
from __future__ import annotations

import pytest
from dash_helpers import array, banner_texts, frames, plotly_specs

from indicators.wording import synthetic_notice

SYNTHETIC_NOTICE = synthetic_notice("鳥取市")  # the warehouses' municipality


def test_trend_lines_follow_the_chosen_areas(fixture_wh, open_page):
    at = open_page(fixture_wh, "trends")
    assert SYNTHETIC_NOTICE in banner_texts(at)
    trend = plotly_specs(at)[0]
    assert [t["name"] for t in trend["data"]] == ["市全体"]
    assert array(trend["data"][0]["y"]) == pytest.approx([100 / 3, 100 / 3, 200 / 3])
    at.multiselect(key="trend_areas").set_value(["D02"]).run()
    trend = plotly_specs(at)[0]
    assert [t["name"] for t in trend["data"]] == ["市全体", "醇風"]
    assert array(trend["data"][1]["y"]) == [0.0, 0.0, 100.0]
    at.radio(key="trend_level").set_value("school_district").run()
    at.selectbox(key="trend_indicator").set_value("cafeteria_school_coverage").run()
    at.multiselect(key="trend_areas").set_value(["S02"]).run()
    trend = plotly_specs(at)[0]
    assert [t["name"] for t in trend["data"]] == ["市全体", "醇風小学校"]


def test_priority_ranking_by_year(fixture_wh, open_page):
    at = open_page(fixture_wh, "trends")
    table = frames(at)[0]
    assert list(table["地区"]) == ["城北", "醇風", "久松"]
    assert list(table["順位"]) == [1, 2, 3]
    assert table.iloc[0]["高齢単身世帯の割合"] == "秘匿"
    assert table.iloc[1]["高齢化率"] == "0.37（0.37）"
    at.selectbox(key="priority_fy").set_value(2023).run()
    assert list(frames(at)[0]["地区"]) == ["城北", "久松", "醇風"]
