"""地区カルテ page: statistics with 「秘匿」, indicators vs city and target, resources, 町内会."""
from __future__ import annotations

from dash_helpers import banner_texts, frames, metrics

from indicators.wording import synthetic_notice

SYNTHETIC_NOTICE = synthetic_notice("鳥取市")  # the warehouses' municipality


def test_small_counts_are_suppressed(fixture_wh, open_page):
    at = open_page(fixture_wh, "district_card")
    assert SYNTHETIC_NOTICE in banner_texts(at)
    at.selectbox(key="card_district").set_value("D03").run()
    assert at.title[0].value == "城北地区 カルテ（2024年度）"
    stats = frames(at)[0]
    # 2022 suppressed at the source, 2023/2024 value 2 < threshold 3.
    assert list(stats["高齢単身世帯数"]) == ["秘匿", "秘匿", "秘匿"]
    assert list(stats["人口"]) == ["900", "880", "870"]
    m = metrics(at)
    assert m["高齢単身世帯数"] == "秘匿"
    # 町内会 A04 (80 households) + A05 (2): only the 地区 sum is shown; maps by 2024: A05 only.
    assert m["町内会・集落の数"] == "2"
    assert m["世帯数（合計）"] == "82"
    assert m["支え愛マップ作成済み（2024年度まで）"] == "1"
    # No table shows one association's household count.
    for df in frames(at):
        assert "世帯数" not in df.columns or "町内会・集落" not in df.columns


def test_indicators_and_resources_follow_district_and_year(fixture_wh, open_page):
    at = open_page(fixture_wh, "district_card")
    ind = frames(at)[1]
    row = ind[ind["指標"] == "常設型の相談の場がある地区の割合"].iloc[0]
    assert (row["値"], row["市全体"], row["目標"], row["目標との差"]) == ("100.0%", "66.7%", "100.0%", "達成")
    res = frames(at)[2]
    assert list(res["名称"]) == ["久松ふれあい相談室"]
    at.selectbox(key="card_fy").set_value(2022).run()
    # The salon closed at the end of FY2022 (closed_fy 2023), so it shows for 2022.
    assert set(frames(at)[2]["名称"]) == {"久松サロン", "久松ふれあい相談室"}
    row = frames(at)[1].iloc[0]
    assert row["市全体"] == "33.3%"
