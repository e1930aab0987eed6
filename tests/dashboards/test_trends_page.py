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
    assert not any("ごとの値がありません" in str(i.value) for i in at.info)


def test_says_so_when_the_indicator_is_not_on_the_layer(fixture_wh, open_page):
    at = open_page(fixture_wh, "trends")
    # 地域食堂がある小学校区の割合 exists per 小学校区 only: on the 地区 layer only the city line can show
    at.selectbox(key="trend_indicator").set_value("cafeteria_school_coverage").run()
    assert [t["name"] for t in plotly_specs(at)[0]["data"]] == ["市全体"]
    assert any("地区（地区公民館区域）ごとの値がありません" in str(i.value) and "小学校区ごとの値はあります" in str(i.value)
               for i in at.info)


def test_priority_ranking_by_year(fixture_wh, open_page):
    at = open_page(fixture_wh, "trends")
    table = frames(at)[0]
    assert list(table["地区"]) == ["城北", "醇風", "久松"]
    assert list(table["順位"]) == [1, 2, 3]
    assert table.iloc[0]["高齢単身世帯の割合"] == "秘匿"
    assert table.iloc[1]["高齢化率"] == "37.0%（0.37）"  # a share as a percentage (not 0.37), and its 0–1 score
    at.selectbox(key="priority_fy").set_value(2023).run()
    assert list(frames(at)[0]["地区"]) == ["城北", "久松", "醇風"]
