"""AppTest of the 取組の進捗 page and the progress part of 計画の取組, on the tiny plan's warehouse
(values worked out in test_engine.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from fixtures.apptest import open_app_page
from test_engine import CSV, progress_warehouse


@pytest.fixture
def wh(tiny_dataset, tmp_path: Path) -> Path:
    return progress_warehouse(tiny_dataset(measure_progress_csv=CSV), tmp_path)


open_page = open_app_page


def shares(at: AppTest) -> dict[tuple[str, str], float]:
    """(rating, bar) → share in % from the page's stacked bar chart."""
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    out = {}
    for trace in spec["data"]:
        for y, x in zip(trace["y"], trace["x"]):
            out[(trace["name"][0], y)] = x
    return out


def test_year_changes_the_distribution(monkeypatch, wh: Path) -> None:
    at = open_page(monkeypatch, wh, "progress")
    assert at.title[0].value == "取組の進捗"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["進捗を報告した取組"] == "7 / 8" and metrics["評価C・Dの取組"] == "3 件"
    goal1, goal2 = "Ⅰ 住民参加と地域福祉活動の促進", "Ⅱ 福祉学習の推進と福祉の担い手づくり"
    # FY2024, 基本目標Ⅰ: ratings of 4 measures A 2, C 1 (B: G02 1) → 50 / 25 / 25 %; Ⅱ: C 1, D 1
    s = shares(at)
    assert s[("A", goal1)] == 50.0 and s[("B", goal1)] == 25.0 and s[("C", goal1)] == 25.0
    assert s[("C", goal2)] == 50.0 and s[("D", goal2)] == 50.0
    table = at.dataframe[0].value
    assert list(table["区分"]) == [goal1, goal2]
    # C+D share of Ⅰ: 25 % in 2024, 1 of 3 (G02 C) in 2023 → −8.3 points
    assert table.loc[0, "C・Dの割合の前年度比"] == "-8.3ポイント"
    behind = at.dataframe[1].value
    assert list(behind["取組ID"]) == ["M-1-1-1-0-S01", "M-2-1-0-0-G01", "M-2-1-0-0-M01"]
    assert list(behind["前年度"]) == ["—", "D", "—"]
    # FY2023: Ⅰ has A 1, B 1, C 1 (of 3); Ⅱ: D 1
    at.selectbox(key="progress_fy").set_value(2023).run()
    s = shares(at)
    assert round(s[("A", goal1)], 6) == round(100 / 3, 6) and s[("D", goal2)] == 100.0
    assert {m.label: m.value for m in at.metric}["進捗を報告した取組"] == "4 / 8"
    # by 基本計画
    at.radio(key="progress_level").set_value("policy").run()
    table = at.dataframe[0].value
    assert list(table["区分"]) == ["Ⅰ-1 地域における福祉活動の推進・支援", "Ⅰ-2 様々な主体による福祉活動の促進",
                                 "Ⅱ-1 福祉学習の推進と担い手づくり"]
    assert list(table["評価のある取組"]) == [3, 0, 1] and table.loc[1, "A"] == "—"  # Ⅰ-2: nothing rated in 2023


def test_measures_page_shows_status_rating_and_filters(monkeypatch, wh: Path) -> None:
    at = open_page(monkeypatch, wh, "measures")
    text = "\n".join(str(c.value) for c in at.caption)
    assert "2024年度 完了・A" in text and "2023年度 実施・A" in text
    at.multiselect(key="plan_progress_rating").set_value(["D"]).run()
    count = next(m.value for m in at.markdown if str(m.value).startswith("**該当する取組"))
    assert count.startswith("**該当する取組：1件")  # M-2-1-0-0-G01 (D in 2024)
    at.multiselect(key="plan_progress_rating").set_value([]).run()
    at.multiselect(key="plan_progress_department").set_value(["地区社協"]).run()
    count = next(m.value for m in at.markdown if str(m.value).startswith("**該当する取組"))
    assert count.startswith("**該当する取組：2件")  # M-1-1-1-0-M01, M-2-1-0-0-M01
    at.multiselect(key="plan_progress_department").set_value([]).run()
    at.multiselect(key="plan_progress_status").set_value(["休止"]).run()
    count = next(m.value for m in at.markdown if str(m.value).startswith("**該当する取組"))
    assert count.startswith("**該当する取組：1件")


def test_sample_every_policy_shows_progress(monkeypatch, sample_warehouse: Path) -> None:
    at = open_page(monkeypatch, sample_warehouse, "progress")
    at.radio(key="progress_level").set_value("policy").run()
    table = at.dataframe[0].value
    assert len(table) == 14 and (table["評価のある取組"] > 0).all()
    assert {t["name"][0] for t in json.loads(at.get("plotly_chart")[0].proto.spec)["data"]} == {"A", "B", "C", "D"}


def test_small_people_counts_in_reported_values_are_suppressed(monkeypatch, tiny_dataset, tmp_path: Path) -> None:
    from indicators.services import progress as sp

    csv = CSV.replace("M-1-1-1-0-G01,2024,地域福祉課,完了,A,,,,,", "M-1-1-1-0-G01,2024,地域福祉課,完了,A,養成講座,2,人,,") \
             .replace("M-1-1-1-0-G02,2024,地域福祉課,実施,B,,,,,", "M-1-1-1-0-G02,2024,地域福祉課,実施,B,会議,2,回,,")
    wh = progress_warehouse(tiny_dataset(measure_progress_csv=csv), tmp_path)
    rec = sp.measure_progress(wh, 2024).set_index("measure_id")["value_text"]
    assert rec["M-1-1-1-0-G01"] == "秘匿" and rec["M-1-1-1-0-G02"] == "2 回"  # people hidden, meetings shown
    at = open_page(monkeypatch, wh, "measures")
    text = "\n".join(str(c.value) for c in at.caption)
    assert "実績: 養成講座（秘匿）" in text and "実績: 会議（2 回）" in text and "2 人" not in text
