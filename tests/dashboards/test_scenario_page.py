"""次の拠点（シナリオ） page (issue 20) on tests/fixtures/scenario_tiny.py, numbers worked out by hand there.

Radius 500 m, people 65+: before, R1 reaches A1 (100 of 192 = 52.1 %). The solver's first site is
一小学校 (+50 → 150 / 192 = 78.1 %), the second 二小学校 (+42). A site typed at A3 adds 40; closing R1
loses A1's 100.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from dash_helpers import banner_texts, frames, plotly_specs, texts

from fixtures.scenario_tiny import build_scenario_warehouse

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def scenario_wh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return build_scenario_warehouse(tmp_path_factory.mktemp("scenario-wh"))


FIRST_COLUMN = {"sc_sites_table": "順", "sc_indicators_table": "指標", "sc_closed_table": "閉じる拠点"}


def _table(at, key: str):
    """The page's table whose first column names it (AppTest does not expose a dataframe's key)."""
    found = [df for df in frames(at) if len(df.columns) and df.columns[0] == FIRST_COLUMN[key]]
    return found[0] if found else None


def _after(at) -> dict[str, str]:
    t = _table(at, "sc_indicators_table")
    return dict(zip(t["指標"], t["シナリオ後"]))


WITHIN = "地域食堂（子ども食堂を含む）まで500m以内に住む65歳以上人口の割合"
PEOPLE = "地域食堂（子ども食堂を含む）まで500m以内に住む65歳以上人口（人）"
DISTRICTS = "地域食堂（子ども食堂を含む）がある地区の割合"


def test_solver_hand_sites_and_closing(scenario_wh, open_page):
    at = open_page(scenario_wh, "scenario")
    assert banner_texts(at)  # synthetic dataset: the banner is shown
    at.number_input(key="sc_radius").set_value(500).run()
    at.number_input(key="sc_n").set_value(1).run()
    assert not at.exception
    sites = _table(at, "sc_sites_table")
    assert list(sites["候補地"]) == ["一小学校"] and list(sites["新たに徒歩圏に入る人数"]) == ["50"]
    before = dict(zip(_table(at, "sc_indicators_table")["指標"], _table(at, "sc_indicators_table")["現状"]))
    assert before[WITHIN] == "52.1%" and before[PEOPLE] == "100 人"
    assert _after(at)[WITHIN] == "78.1%" and _after(at)[PEOPLE] == "150 人"  # (100 + 50) / 192

    # changing N changes the table: 二小学校 adds A3 + A4 = 42
    at.number_input(key="sc_n").set_value(2).run()
    sites = _table(at, "sc_sites_table")
    assert list(sites["候補地"]) == ["一小学校", "二小学校"]
    assert list(sites["新たに徒歩圏に入る人数"]) == ["50", "42"] and list(sites["累計"]) == ["50", "92"]
    assert _after(at)[PEOPLE] == "192 人" and _after(at)[WITHIN] == "100.0%"

    # back to one suggestion, then a site typed at A3 (134.215, 35.505): +40 → 190 / 192 = 99.0 %
    at.number_input(key="sc_n").set_value(1).run()
    at.number_input(key="sc_lat").set_value(35.505).run()
    at.number_input(key="sc_lon").set_value(134.215).run()
    at.button(key="sc_coord_add").click().run()
    sites = _table(at, "sc_sites_table")
    assert list(sites["新たに徒歩圏に入る人数"]) == ["50", "40"] and sites["地区"].iloc[1] == "二の地区"
    after = _after(at)
    assert after[PEOPLE] == "190 人" and after[WITHIN] == "99.0%"
    assert after[DISTRICTS] == "100.0%（2 / 2）"  # the typed site is the first cafeteria of 二の地区

    # closing R1 loses A1's 100 people: 90 / 192 = 46.9 %
    at.multiselect(key="sc_close_community_cafeteria").set_value(["R1"]).run()
    after = _after(at)
    assert after[PEOPLE] == "90 人" and after[WITHIN] == "46.9%"
    closed = _table(at, "sc_closed_table")
    assert list(closed["閉じる拠点"]) == ["一の食堂"] and list(closed["徒歩圏から外れる人数"]) == ["100"]

    # the map: the two new sites, their catchments and the closed place
    spec = plotly_specs(at)[0]
    names = [t.get("name") for t in spec["data"]]
    assert "新しい拠点" in names and "閉じる拠点" in names and "徒歩圏（半径 500 m）" in names
    assert not any(k in spec["layout"] for k in ("mapbox", "map", "geo"))  # no tile server
    # positions of the type are stated on the page
    assert "活動中の 1 か所すべてに座標があります" in texts(at)


def test_pick_from_list_and_small_gain_is_suppressed(scenario_wh, open_page):
    at = open_page(scenario_wh, "scenario")
    at.number_input(key="sc_radius").set_value(500).run()
    at.number_input(key="sc_n").set_value(0).run()
    assert _table(at, "sc_sites_table") is None
    # 二小学校 from the list: A3 + A4 = 42
    at.selectbox(key="sc_pick").set_value("school:S2").run()
    at.button(key="sc_pick_add").click().run()
    assert list(_table(at, "sc_sites_table")["新たに徒歩圏に入る人数"]) == ["42"]
    at.button(key="sc_clear").click().run()
    # a site at A4 reaches 2 people (< 3): 「秘匿」, and the city count after is hidden too
    at.number_input(key="sc_lat").set_value(35.509).run()
    at.number_input(key="sc_lon").set_value(134.219).run()
    at.button(key="sc_coord_add").click().run()
    sites = _table(at, "sc_sites_table")
    assert list(sites["新たに徒歩圏に入る人数"]) == ["秘匿"] and list(sites["累計"]) == ["秘匿"]
    assert _after(at)[PEOPLE] == "秘匿"


def test_save_two_scenarios_and_compare(scenario_wh, open_page, tmp_path):
    import shutil

    wh = tmp_path / "warehouse.duckdb"
    shutil.copyfile(scenario_wh, wh)  # this test writes into the warehouse
    at = open_page(wh, "scenario")
    at.number_input(key="sc_radius").set_value(500).run()
    at.number_input(key="sc_n").set_value(1).run()
    assert at.text_input(key="sc_name").value == "案A"
    at.button(key="sc_save").click().run()
    assert not at.exception and "「案A」を保存しました。" in texts(at)
    assert at.text_input(key="sc_name").value == "案B"  # the next free name
    at.number_input(key="sc_n").set_value(2).run()
    at.button(key="sc_save").click().run()
    table = next(df for df in frames(at) if len(df.columns) and df.columns[0] == "項目")
    assert list(table.columns) == ["項目", "案A", "案B"]
    row = dict(zip(table["項目"], zip(table["案A"], table["案B"])))
    assert row["新しい拠点"] == ("1. 一小学校", "1. 一小学校、2. 二小学校")
    assert row["新たに徒歩圏に入る人数（合計）"] == ("50", "92")
    assert row["半径内に住む人口の割合"] == ("52.1% → 78.1%", "52.1% → 100.0%")


def test_map_page_states_the_positions_of_the_shown_type(tiny_dataset, open_page, tmp_path):
    """Issue 20 item 4 on the 地図 page: tests/fixtures/tiny.py's cafeteria R3 has no coordinates."""
    from indicators.pipeline import build_warehouse

    wh = tmp_path / "wh.duckdb"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        build_warehouse(dataset_dir=tiny_dataset(), warehouse_path=wh, quiet=True)
    at = open_page(wh, "gap_map")
    at.radio(key="map_level").set_value("school_district").run()  # 地域食堂がある小学校区の割合
    assert "地域食堂（子ども食堂を含む）：活動中の 1 か所のうち 1 か所は座標がありません。" in texts(at)
    assert "推定位置で距離を計算しています" in texts(at)
