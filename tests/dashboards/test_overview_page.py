"""概要 page: tiles show the city value, its change and the target gap; banner for synthetic data."""
from __future__ import annotations

from indicators.warehouse.duck import connect
from dash_helpers import banner_texts, frames, metrics

from indicators.wording import synthetic_notice
from indicators.services.formatting import format_value

SYNTHETIC_NOTICE = synthetic_notice("鳥取市")  # the warehouses' municipality


def test_fixture_tiles_follow_the_year(fixture_wh, open_page):
    at = open_page(fixture_wh, "overview")
    assert SYNTHETIC_NOTICE in banner_texts(at)
    m = {x.label: x for x in at.metric}
    # City consultation coverage: 2/3 in 2024 (1/3 in 2023) → 66.7 %, +33.3 points.
    tile = m["常設型の相談の場がある地区の割合"]
    assert tile.value == "66.7%"
    assert tile.delta == "+33.3ポイント"
    assert metrics(at)["目標を達成した指標"] == "0 / 2"
    assert "あと 33.3ポイント" in "\n".join(c.value for c in at.caption)

    at.selectbox(key="overview_fy").set_value(2023).run()
    m = metrics(at)
    assert m["常設型の相談の場がある地区の割合"] == "33.3%"
    assert m["地域食堂がある小学校区の割合"] == "50.0%"
    table = frames(at)[0]
    assert list(table["指標"])[:2] == ["常設型の相談の場がある地区の割合", "地域食堂がある小学校区の割合"]


def test_no_banner_for_real_data(real_fixture_wh, open_page):
    at = open_page(real_fixture_wh, "overview")
    assert banner_texts(at) == []


def test_sample_tiles_match_the_warehouse(sample_warehouse, open_page):
    at = open_page(sample_warehouse, "overview")
    assert SYNTHETIC_NOTICE in banner_texts(at)
    con = connect(sample_warehouse, read_only=True)
    try:
        rows = con.execute(
            """SELECT c.name_ja, v.fiscal_year, v.value, c.unit FROM indicator_values v JOIN indicator_catalogue c USING (indicator_id)
               WHERE v.area_level = 'city' AND v.indicator_id = 'cafeteria_school_coverage'"""
        ).fetchall()
        n_catalogue = con.execute("SELECT count(*) FROM indicator_catalogue").fetchone()[0]
    finally:
        con.close()
    by_year = {fy: (name, value, unit) for name, fy, value, unit in rows}
    years = sorted(by_year)
    name, value, unit = by_year[years[-1]]
    assert metrics(at)[name] == format_value(value, unit)
    # One tile per catalogue indicator (+ the summary metric).
    assert len(at.metric) == n_catalogue + 1
    at.selectbox(key="overview_fy").set_value(years[0]).run()
    assert metrics(at)[name] == format_value(by_year[years[0]][1], unit)
