"""計画のどこを見ているか: the 43 目指す姿 and 60 blocks with their monitoring, the unmonitored first.

Built on the tiny dataset with two declared indicators (tests/declared/declared_fixtures.py):
guardians → Ⅲ-2(2), survey_share → Ⅰ-1(1) and Ⅳ-2. The built-in catalogue monitors 24 of the
plan's 43 目指す姿 (its plan_blocks); of the 19 others these two add Ⅲ-2(2) and Ⅳ-2's three,
which leaves 15 unmonitored, worked out by hand from the plan below.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from dash_helpers import array, frames, metrics, plotly_specs, texts


UNMONITORED = ["Ⅰ-3(2)", "Ⅱ-1(1)", "Ⅱ-1(2)", "Ⅱ-1(3)", "Ⅱ-1(4)", "Ⅱ-2", "Ⅲ-1(2)", "Ⅲ-1(2)", "Ⅲ-2(1)",
               "Ⅲ-2(3)", "Ⅲ-3", "Ⅳ-5", "Ⅳ-5", "Ⅳ-5", "Ⅳ-6"]


@pytest.fixture
def declared_wh(declared_warehouse: Path) -> Path:
    return declared_warehouse


def test_unmonitored_first_and_what_was_found(declared_wh: Path, open_page) -> None:
    at = open_page(declared_wh, "monitoring")
    assert at.title[0].value == "計画のどこを見ているか"
    assert metrics(at)["監視している目指す姿"] == f"{43 - len(UNMONITORED)} / 43"
    table = frames(at)[0]
    assert len(table) == 43
    n = len(UNMONITORED)
    assert sorted(table["計画の項目"][:n]) == sorted(UNMONITORED)
    assert set(table["監視"][:n]) == {"なし（未監視）"} and set(table["監視"][n:]) == {"あり"}
    assert "何も見ていない目指す姿が 15 件あります" in texts(at)
    guardians = table[table["計画の項目"] == "Ⅲ-2(2)"].iloc[0]
    assert guardians["報告指標"] == "市民後見人の登録者数" and guardians["監視の方法"] == "報告指標 1"
    assert guardians["目標の状況"] == "遅れ 1"
    iv2 = table[table["計画の項目"] == "Ⅳ-2"]
    assert len(iv2) == 3 and set(iv2["報告指標"]) == {"支え合いができていると思う市民の割合"}
    # no raw indicator ids on screen
    assert not table.apply(lambda c: c.astype(str).str.contains("guardians|survey_share")).any().any()
    status = frames(at)[1]
    assert status.set_index("指標").loc["市民後見人の登録者数", "状況"] == "遅れ"
    # the chart per 基本計画: Ⅲ-2 has one indicator (guardians), 遅れ
    [spec] = plotly_specs(at)
    bars = {t["name"]: dict(zip(t["y"], array(t["x"]))) for t in spec["data"]}
    assert bars["遅れ"]["Ⅲ-2"] == 1 and sum(bars[n]["Ⅲ-2"] for n in bars) == 1


def test_blocks_and_goal_filter(declared_wh: Path, open_page) -> None:
    at = open_page(declared_wh, "monitoring")
    at.radio(key="monitoring_kind").set_value("block").run()
    table = frames(at)[0]
    assert len(table) == 60
    at.selectbox(key="monitoring_goal").set_value(3).run()
    table = frames(at)[0]
    # goal Ⅲ: Ⅲ-1(1) and its ①②, Ⅲ-1(2) and its ①②, Ⅲ-2(1)(2)(3), Ⅲ-3 → 10 blocks; Ⅲ-2(2) by guardians
    assert len(table) == 10 and all(str(r).startswith("Ⅲ") for r in table["計画の項目"])
    assert table.set_index("計画の項目").loc["Ⅲ-2(2)", "監視"] == "あり"


def test_status_on_overview_and_card(declared_wh: Path, open_page) -> None:
    at = open_page(declared_wh, "overview")
    captions = "\n".join(c.value for c in at.caption)
    # guardians: 12 in 2024 vs target 20 (baseline 10 in 2023, target year 2025) → 遅れ
    assert "目標 20 人　▲ あと 8 人　目標の状況: 遅れ" in captions
    at = open_page(declared_wh, "district_card")
    table = next(f for f in frames(at) if "目標の状況（最新）" in f.columns)
    # guardians in a 地区 is hidden in 2024 (secondary suppression), so its status cannot be judged
    row = table[table["指標"] == "市民後見人の登録者数"]
    assert list(row["値"]) == ["秘匿"] and list(row["目標の状況（最新）"]) == ["判定不可"]
