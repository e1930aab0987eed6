"""概要 page: tiles show the city value, its change and the target gap; banner for synthetic data."""
from __future__ import annotations

from indicators.warehouse.duck import connect
from dash_helpers import banner_texts, frames, metrics

from indicators.wording import synthetic_notice
from indicators.services.formatting import format_value, is_zero_text

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


def test_tiles_grouped_by_plan_policy(fixture_wh, open_page):
    at = open_page(fixture_wh, "overview")
    heads = [str(h.value) for h in at.subheader]
    # consultation coverage monitors Ⅰ-1, cafeteria coverage Ⅰ-2 (fixture links), in plan order
    assert heads.index("Ⅰ\\-1 地域福祉活動の推進") < heads.index("Ⅰ\\-2 子どもの居場所づくり")
    # サロン1か所あたり高齢者数 has no 2024 city value (no salon): listed, not a 「—」 tile
    assert "サロン1か所あたり高齢者数" not in {m.label for m in at.metric}
    assert any("値がない指標" in str(c.value) and "サロン1か所あたり高齢者数" in str(c.value) for c in at.caption)


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
        n_with_value = con.execute(
            """SELECT count(*) FROM indicator_catalogue c WHERE EXISTS (SELECT 1 FROM indicator_values v
               WHERE v.indicator_id = c.indicator_id AND v.area_level = 'city' AND v.fiscal_year = ?
               AND (v.value IS NOT NULL OR v.suppressed))""", [con.execute("SELECT max_fy FROM dataset_meta").fetchone()[0]]
        ).fetchone()[0]
    finally:
        con.close()
    by_year = {fy: (name, value, unit) for name, fy, value, unit in rows}
    years = sorted(by_year)
    name, value, unit = by_year[years[-1]]
    assert metrics(at)[name] == format_value(value, unit)
    # One tile per catalogue indicator with a value this year (+ the summary metric); no 「—」 tiles.
    assert len(at.metric) == n_with_value + 1 and all(m.value != "—" for m in at.metric)
    # full names tell 500 m / 1 km / 2 km apart; tooltips carry the 【目指す姿】, never the indicator id
    shown = "\n".join(str(m.value) for m in at.markdown)
    assert all(f"{d}以内に住む65歳以上人口の割合" in shown for d in ("500m", "1km", "2km"))
    assert not any("指標ID" in str(m.proto.help) for m in at.metric)
    assert any("【目指す姿】" in str(m.proto.help) for m in at.metric)
    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)
    at.selectbox(key="overview_fy").set_value(years[0]).run()
    assert metrics(at)[name] == format_value(by_year[years[0]][1], unit)
