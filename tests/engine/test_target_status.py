"""Target status by hand on a few series (formula: indicators.engine.target_status docstring)."""
from __future__ import annotations

import pandas as pd
import pytest

from indicators.engine.target_status import Rules, classify, status_frame


# baseline 100 in 2022, target 200 in 2026: the straight path expects 150 in 2024 (f = 2/4)
@pytest.mark.parametrize("latest, code, ratio", [
    (160, "on_track", 60 / 50),    # ahead of the path
    (146, "on_track", 46 / 50),    # 0.92 ≥ 0.9
    (120, "behind", 20 / 50),      # 0.4
    (100, "behind", 0.0),          # no change: not backwards (regress_below 0 is strict)
    (90, "regressing", -10 / 50),  # going backwards
    (200, "achieved", None),
])
def test_higher_is_better(latest: float, code: str, ratio: float | None) -> None:
    s = classify(100, 2022, latest, 2024, 200, 2026, "higher")
    assert s.code == code
    if ratio is not None:
        assert s.ratio == pytest.approx(ratio)
        assert s.expected == pytest.approx(150)


def test_lower_is_better_and_past_the_target_year() -> None:
    # 40 → 20 by 2025; in 2024 (f = 2/3) expected 40 - 20·2/3 = 26.67; at 30: ratio 10/13.33 = 0.75
    s = classify(40, 2022, 30, 2024, 20, 2025, "lower")
    assert (s.code, s.expected, s.ratio) == ("behind", pytest.approx(80 / 3), pytest.approx(0.75))
    assert classify(40, 2022, 45, 2024, 20, 2025, "lower").code == "regressing"
    assert classify(40, 2022, 19, 2024, 20, 2025, "lower").code == "achieved"
    # 2027 is past 2025: f = 1, expected = the target; 140 of 200 from 100 is 0.4 of the way
    s = classify(100, 2022, 140, 2027, 200, 2025, "higher")
    assert (s.code, s.expected, s.ratio) == ("behind", 200, pytest.approx(0.4))


def test_cannot_judge() -> None:
    assert classify(None, None, 150, 2024, 200, 2026, "higher").code == "unknown"      # no baseline
    assert classify(100, 2024, 150, 2024, 200, 2026, "higher").code == "unknown"       # nothing after it
    assert classify(100, 2022, None, 2024, 200, 2026, "higher").code == "unknown"      # hidden / missing
    assert classify(100, 2022, 150, 2024, 200, None, "higher").code == "unknown"       # no target year
    assert classify(100, 2022, 90, 2024, 200, None, "higher").code == "regressing"     # ... but clearly worse
    assert classify(None, None, 250, 2024, 200, None, "higher").code == "achieved"     # met needs no path
    assert classify(210, 2022, 190, 2024, 200, 2026, "higher").code == "regressing"    # was met, no longer


def test_thresholds_are_configurable() -> None:
    # ratio 0.4 (see above): behind by default, on track with on_track 0.4, backwards with regress_below 0.5
    assert classify(100, 2022, 120, 2024, 200, 2026, "higher", Rules(on_track=0.4)).code == "on_track"
    assert classify(100, 2022, 120, 2024, 200, 2026, "higher", Rules(on_track=0.9, regress_below=0.5)).code == "regressing"


def test_frame_baselines_built_in_and_declared() -> None:
    values = pd.DataFrame({
        "indicator_id": ["built", "built", "built", "decl", "decl", "decl", "notarget"],
        "area_level": ["city", "city", "city", "city", "city", "district", "city"],
        "area_code": ["C", "C", "C", "C", "C", "D1", "C"],
        "fiscal_year": [2022, 2023, 2024, 2023, 2024, 2024, 2024],
        "value": [0.2, 0.4, None, 11.0, 12.0, None, 1.0],
        "suppressed": [False, False, True, False, False, True, False],
        "target": [1.0, 1.0, 1.0, 20.0, 20.0, 20.0, None],
    })
    catalogue = pd.DataFrame({
        "indicator_id": ["built", "decl", "notarget"], "target": [1.0, 20.0, None],
        "direction": ["higher"] * 3, "declared": [False, True, False],
        "baseline": [None, 10.0, None], "baseline_fy": pd.array([None, 2022, None], dtype="Int64"),
        "target_fy": pd.array([None, 2026, None], dtype="Int64"),
    })
    out = status_frame(values, catalogue, Rules(target_fy=2026)).set_index(["indicator_id", "area_level"])
    assert "notarget" not in out.index.get_level_values(0)
    # built in: the 2024 value is hidden → cannot judge; baseline = first year shown (0.2 in 2022)
    b = out.loc[("built", "city")]
    assert (b["status_code"], b["baseline_fy"], b["baseline"]) == ("unknown", 2022, 0.2)
    # declared: the city's baseline is the declared one (10 in 2022); 2024 → f = 2/4, expected 15, ratio 2/5
    d = out.loc[("decl", "city")]
    assert (d["baseline"], d["baseline_fy"], d["latest"], d["status_code"]) == (10.0, 2022, 12.0, "behind")
    assert d["expected"] == pytest.approx(15.0) and d["progress_ratio"] == pytest.approx(0.4)
    assert out.loc[("decl", "district"), "status"] == "判定不可"
