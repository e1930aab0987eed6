"""計画の取組 page: filters narrow the measures; each shows its monitoring indicators."""
from __future__ import annotations

from dash_helpers import banner_texts, texts

from indicators.wording import synthetic_notice
from indicators.warehouse.duck import connect

SYNTHETIC_NOTICE = synthetic_notice("鳥取市")  # the warehouses' municipality


def _count(at) -> str:
    return next(m.value for m in at.markdown if str(m.value).startswith("**該当する取組"))


def test_fixture_filters(fixture_wh, open_page):
    at = open_page(fixture_wh, "measures")
    assert SYNTHETIC_NOTICE in banner_texts(at)
    assert _count(at).startswith("**該当する取組：4件")
    at.text_input(key="plan_search").set_value("食堂").run()
    assert _count(at).startswith("**該当する取組：1件")
    shown = texts(at)
    assert "地域食堂を住民の手で開き" in shown
    assert "地域食堂がある小学校区の割合 50.0%（あと 50.0ポイント）" in shown
    at.text_input(key="plan_search").set_value("").run()
    at.multiselect(key="plan_actor").set_value(["市社協"]).run()
    assert _count(at).startswith("**該当する取組：1件")
    at.multiselect(key="plan_actor").set_value(["行政", "民間", "市社協"]).run()
    at.selectbox(key="plan_jusoteki").set_value("多機関協働").run()
    assert _count(at).startswith("**該当する取組：1件")
    assert "モニタリング指標：なし" in texts(at)
    at.selectbox(key="plan_jusoteki").set_value("すべて").run()
    at.selectbox(key="plan_goal").set_value(1).run()
    at.selectbox(key="plan_policy").set_value(2).run()
    assert _count(at).startswith("**該当する取組：1件")
    at.selectbox(key="plan_flag").set_value("変更").run()
    assert _count(at).startswith("**該当する取組：0件")


def test_search_text_is_a_bound_parameter(fixture_wh, open_page):
    at = open_page(fixture_wh, "measures")
    at.text_input(key="plan_search").set_value("'); DROP TABLE plan_measures; --").run()
    assert not at.exception
    assert _count(at).startswith("**該当する取組：0件")
    at.text_input(key="plan_search").set_value("").run()
    assert _count(at).startswith("**該当する取組：4件")


def test_sample_counts_match_the_plan_table(sample_warehouse, open_page):
    con = connect(sample_warehouse, read_only=True)
    try:
        total = con.execute("SELECT count(*) FROM plan_measures").fetchone()[0]
        cafeteria = con.execute("SELECT count(*) FROM plan_measures WHERE strpos(text, '地域食堂') > 0").fetchone()[0]
        shakyo = con.execute("SELECT count(*) FROM plan_measures WHERE actor = '市社協'").fetchone()[0]
    finally:
        con.close()
    at = open_page(sample_warehouse, "measures")
    assert _count(at).startswith(f"**該当する取組：{total}件")
    at.text_input(key="plan_search").set_value("地域食堂").run()
    assert _count(at).startswith(f"**該当する取組：{cafeteria}件")
    at.text_input(key="plan_search").set_value("").run()
    at.multiselect(key="plan_actor").set_value(["市社協"]).run()
    assert _count(at).startswith(f"**該当する取組：{shakyo}件")


def test_every_measure_is_reachable_by_page(sample_warehouse, open_page):
    at = open_page(sample_warehouse, "measures")
    assert _count(at).startswith("**該当する取組：304件**")
    pager = at.selectbox(key="plan_page")
    # 304 measures, 60 per page: 1〜60, 61〜120, …, 301〜304 (six pages)
    assert [pager.format_func(i) for i in (0, 5)] == ["1〜60件目（全304件）", "301〜304件目（全304件）"]
    pager.set_value(5).run()
    assert any("全304件中 301〜304件目" in str(c.value) for c in at.caption)
    heads = [str(m.value) for m in at.markdown if str(m.value).startswith("**Ⅳ")]
    assert len(heads) == 4  # the last four measures, all in goal Ⅳ
