"""plan_monitoring on a tiny hand-made plan: section S with item S①, policy P; targets on S and P."""
from __future__ import annotations

import pandas as pd

from indicators.declared.monitoring import monitoring_frame

BLOCKS = pd.DataFrame({
    "block_id": ["I-1-(1)", "I-1-(1)-①", "II-1"], "parent_block_id": ["I-1", "I-1-(1)", None],
    "goal_no": [1, 1, 2], "policy_no": [1, 1, 1], "section_no": [1, 1, None], "item_no": [None, 1, None],
    "title": ["節", "項目", "施策"],
})
TARGETS = pd.DataFrame({"block_id": ["I-1-(1)", "I-1-(1)", "II-1"], "target_no": [1, 2, 1],
                        "text": ["姿1", "姿2", "姿3"]})
LINKS = pd.DataFrame({"indicator_id": ["cov", "decl"], "block_id": ["I-1-(1)-①", "I-1-(1)"]})
CATALOGUE = pd.DataFrame({"indicator_id": ["cov", "decl"], "declared": [False, True]})
STATUS = pd.DataFrame({"indicator_id": ["cov", "decl"], "status_code": ["behind", "achieved"]})
MEASURES = pd.DataFrame({"measure_id": ["m1", "m2", "m3"], "block_id": ["I-1-(1)-①", "II-1", "II-1"]})


def test_without_progress() -> None:
    df = monitoring_frame(BLOCKS, TARGETS, LINKS, CATALOGUE, STATUS, MEASURES, None).set_index(["kind", "block_id", "target_no"], drop=False)
    sec = df.loc[("block", "I-1-(1)")].iloc[0]  # the section sees its item's indicator too
    assert (sec["n_computed"], sec["n_declared"], sec["monitoring_ja"]) == (1, 1, "計算指標 1・報告指標 1")
    assert sec["status_summary"] == "達成 1・遅れ 1" and sec["ref_label"] == "Ⅰ-1(1)"
    item = df.loc[("block", "I-1-(1)-①")].iloc[0]  # but not the section's own indicator
    assert (item["n_computed"], item["n_declared"], item["ref_label"]) == (1, 0, "Ⅰ-1(1)①")
    targets = df[df["kind"] == "target"]
    assert list(targets["monitored"]) == [True, True, False]
    assert targets.iloc[2]["monitoring_ja"] == "なし" and targets.iloc[2]["title"] == "姿3"


def test_progress_records_monitor_their_blocks() -> None:
    progress = pd.DataFrame({"measure_id": ["m2", "m2", "m3", "m1"], "fiscal_year": [2023, 2024, 2023, 2024],
                             "rating": ["C", "B", "A", "A"]})
    df = monitoring_frame(BLOCKS, TARGETS, LINKS, CATALOGUE, STATUS, MEASURES, progress)
    p = df[(df["kind"] == "target") & (df["block_id"] == "II-1")].iloc[0]
    # latest year 2024: only m2 (B) reported of II-1's two measures
    assert (p["monitored"], p["n_progress"], p["n_measures"], p["progress_fy"]) == (True, 1, 2, 2024)
    assert p["monitoring_ja"] == "取組の進捗 1/2" and p["progress_summary"] == "B 1"
