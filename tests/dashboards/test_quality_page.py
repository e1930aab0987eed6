"""データ品質 page: reconciliation of the last build and its rejected rows."""
from __future__ import annotations

from dash_helpers import banner_texts, frames

from indicators.wording import synthetic_notice

SYNTHETIC_NOTICE = synthetic_notice("鳥取市")  # the warehouses' municipality


def test_reconciliation_and_rejected_rows(fixture_wh, open_page):
    at = open_page(fixture_wh, "quality")
    assert SYNTHETIC_NOTICE in banner_texts(at)
    assert at.success[0].value.startswith("すべてのファイル（3件）")
    rec, rej = frames(at)
    assert list(rec["整合"]) == ["一致"] * 3
    assert len(rej) == 3
    # A rejected household count of 2 is still a small count: hidden.
    assert rej.loc[rej["列"] == "households", "値"].item() == "秘匿"
    assert rej.loc[rej["列"] == "pop_65plus", "値"].item() == "9999"
    at.selectbox(key="quality_file").set_value("resources.csv").run()
    rej = frames(at)[1]
    assert list(rej["理由"]) == ["未知の resource_type です"]
    assert list(rej["行番号"]) == [7]


def test_build_time_to_the_minute(fixture_wh, open_page):
    at = open_page(fixture_wh, "quality")
    # built_at 2024-10-02 10:00:00 (UTC): shown to the minute, never with seconds or microseconds
    assert any("構築日時：2024-10-02 10:00（協定世界時）" in str(c.value) for c in at.caption)


def test_no_english_chrome(fixture_wh, open_page):
    at = open_page(fixture_wh, "trends")
    import json

    # Plotly's English toolbar off, Streamlit's English element toolbar hidden by the page's CSS
    assert all(json.loads(e.proto.config).get("displayModeBar") is False for e in at.get("plotly_chart"))
    assert any("stElementToolbar" in str(m.value) for m in at.markdown)
