"""What the reports read: KPI rows, gaps, priorities and policy status, checked by hand."""
from __future__ import annotations

import pytest

from indicators.errors import UserError
from indicators.reports import data as rd


@pytest.fixture(scope="module")
def report(fixture_warehouse):
    return rd.load_report_data(fixture_warehouse)


def test_latest_year_and_meta(report):
    assert report.fiscal_year == 2024
    assert report.synthetic is True
    assert report.threshold == 3
    assert report.notice and "合成" in report.notice


def test_city_kpis_by_hand(report):
    k = rd.kpi_table(report).set_index("indicator_id")
    cons = k.loc["consultation_place_coverage"]
    # 2 of 3 地区 in 2024, 1 of 3 in 2023, target 全地区 = 1.0
    assert cons["value_text"] == "66.7%"
    assert cons["target_text"] == "100.0%"
    assert not cons["met"]
    assert cons["gap_text"] == "あと 33.3ポイント"
    assert cons["delta_text"] == "+33.3ポイント"
    salon = k.loc["district_salon_coverage"]
    assert salon["met"] and salon["gap_text"] == "達成" and salon["delta_text"] == "±0.0ポイント"
    # no numeric target → not judged; targets first in the order
    assert k.loc["aged_within_1km_consultation", "target_text"] == rd.NO_TARGET_LABEL
    assert list(k.index)[-1] == "aged_within_1km_consultation"


def test_district_kpi_suppressed_shows_label(report):
    k = rd.kpi_table(report, "district", "D03").set_index("indicator_id")
    assert k.loc["aged_within_1km_consultation", "value_text"] == rd.SUPPRESSED_LABEL
    assert k.loc["consultation_place_coverage", "delta_text"] == "+100.0ポイント"


def test_lacking_districts_from_numerators(report):
    lack = rd.lacking_districts(report, "consultation_place")
    assert set(lack.loc[lack["lacking"], "district_code"]) == {"D02"}
    with pytest.raises(UserError, match="community_cafeteria"):
        rd.lacking_districts(report, "community_cafeteria")


def test_priority_and_policy_status(report):
    pr = rd.priority_table(report)
    assert pr["district_name"].tolist() == ["日進", "遷喬", "久松"]
    st = rd.policy_status(report).set_index(["goal_no", "policy_no"])
    assert st.loc[(1, 1), "status"] == "未達成 1/1"  # consultation not met; access has no target
    assert st.loc[(1, 2), "status"] == "達成"
    assert st.loc[(3, 1), "status"] == "指標なし"


def test_card_counts_go_through_suppression(report):
    card = rd.district_card_data(report, "D03")
    stats = {s["label"]: s["text"] for s in card["stats"]}
    assert stats["高齢者単身世帯数"] == rd.SUPPRESSED_LABEL  # 2 < 3
    assert stats["人口"] == "57"
    # public places are never suppressed; the cafeteria closed in 2024 is not active
    assert [r["type"] for r in card["resources"]] == ["常設型の相談の場", "常設型の地区サロン"]
    d02 = rd.district_card_data(report, "D02")
    assert {r["type"]: r["count"] for r in d02["resources"]} == {"常設型の地区サロン": 2}


def test_unknown_year_and_missing_warehouse(fixture_warehouse, tmp_path):
    with pytest.raises(UserError, match="--fy 2019"):
        rd.load_report_data(fixture_warehouse, 2019)
    with pytest.raises(UserError, match="welfare build"):
        rd.load_report_data(tmp_path / "none.duckdb")


def test_format_value_units():
    assert rd.format_value(0.5, "ratio") == "50.0%"
    assert rd.format_value(2.5, "per_1000") == "2.50 /千人"
    assert rd.format_value(1882.6, "meters") == "1,883 m"
    assert rd.format_value(None, "ratio") == rd.MISSING_LABEL
    assert rd.format_value(12, "count", suppressed=True) == rd.SUPPRESSED_LABEL


def test_card_and_dashboard_round_the_same_figure_alike():
    from indicators.services.formatting import format_value as dashboard

    # 3 cafeterias per 1,800 people = 166.666… /10万人: one rule, one text (was 167 vs 166.67)
    for v, unit in ((3 / 1800 * 1e5, "per_100000"), (2.5, "per_1000"), (0.4641, "ratio"), (1882.6, "meters")):
        assert rd.format_value(v, unit) == dashboard(v, unit)
    assert rd.format_value(3 / 1800 * 1e5, "per_100000") == "167 /10万人"
