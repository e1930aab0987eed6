"""suppression.py: the one place small people counts are hidden."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.engine.suppression import (
    SUPPRESSED_LABEL,
    format_value,
    is_suppressed,
    suppress_counts,
    suppress_values,
)

CAT = [
    {"indicator_id": "people", "counts_people": True, "denominator_counts_people": True},
    {"indicator_id": "places", "counts_people": False},
    {"indicator_id": "per_aged", "counts_people": False, "denominator_counts_people": True},
]


def frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["indicator_id", "area_level", "area_code", "fiscal_year",
                                       "value", "numerator", "denominator"])


def test_suppress_counts_hides_small_people_counts_and_flags_them() -> None:
    df = pd.DataFrame({"district_code": ["D1", "D2", "D3"], "households": [2, 3, None],
                       "population": [1, 100, 50], "places": [1, 1, 1]})
    out = suppress_counts(df, ["households", "population"], threshold=3)
    assert out["households"].isna().tolist() == [True, False, True]
    assert out["households_suppressed"].tolist() == [True, False, False]  # None is n/a, not suppressed
    assert out["population_suppressed"].tolist() == [True, False, False]
    assert out["places"].tolist() == [1, 1, 1]  # not listed: untouched
    assert df["households"].iloc[0] == 2  # input not modified


def test_suppress_counts_respects_source_suppressed_columns_and_threshold() -> None:
    df = pd.DataFrame({"x": [10, 4], "suppressed_columns": [["x"], []]})
    out = suppress_counts(df, ["x"], threshold=5)
    assert out["x_suppressed"].tolist() == [True, True]
    assert out["suppressed_columns"].tolist() == [["x"], ["x"]]


def test_is_suppressed_and_label() -> None:
    assert is_suppressed(2) and is_suppressed(1) and not is_suppressed(3)
    assert not is_suppressed(0)  # "nobody" is shown: it identifies no one
    assert not is_suppressed(None) and not is_suppressed(float("nan"))
    assert is_suppressed(4, threshold=5)
    assert format_value(None, True) == SUPPRESSED_LABEL == "秘匿"
    assert format_value(1234, False) == "1,234"


def test_people_count_of_two_hidden_place_count_of_one_kept() -> None:
    df = frame([("people", "district", "A", 2024, 0.2, 2, 10),
                ("places", "district", "A", 2024, 1.0, 1, None)])
    out = suppress_values(df, CAT, 3)
    assert out["suppressed"].tolist() == [True, False]
    assert pd.isna(out.loc[0, "value"]) and pd.isna(out.loc[0, "numerator"])
    assert out.loc[0, "denominator"] == 10
    assert out.loc[1, "numerator"] == 1 and out.loc[1, "value"] == 1.0


def test_small_people_denominator_hides_a_rate() -> None:
    df = frame([("per_aged", "district", "A", 2024, 500.0, 1, 2),
                ("per_aged", "district", "B", 2024, 10.0, 1, 100)])
    out = suppress_values(df, CAT, 3)
    assert out["suppressed"].tolist() == [True, False]
    assert pd.isna(out.loc[0, "denominator"]) and out.loc[0, "numerator"] == 1  # places stay


def test_secondary_suppression_only_when_the_city_total_is_shown() -> None:
    rows = [("people", "district", "A", 2024, 0.1, 2, 20), ("people", "district", "B", 2024, 0.5, 50, 100),
            ("people", "district", "C", 2024, 0.4, 40, 100)]
    with_city = suppress_values(frame(rows + [("people", "city", "X", 2024, 0.4, 92, 220)]), CAT, 3)
    assert with_city.set_index("area_code")["suppressed"].to_dict() == {"A": True, "B": False, "C": True, "X": False}
    without_city = suppress_values(frame(rows), CAT, 3)
    assert without_city["suppressed"].tolist() == [True, False, False]


def test_source_suppressed_flag_is_kept() -> None:
    df = frame([("people", "district", "A", 2024, None, None, 100)])
    df["source_suppressed"] = [True]
    out = suppress_values(df, CAT, 3)
    assert out["suppressed"].tolist() == [True] and "source_suppressed" not in out.columns


@pytest.mark.parametrize("threshold", [1, 3, 10])
def test_no_people_value_below_threshold_survives(threshold: int) -> None:
    nums = list(range(0, 15))
    df = frame([("people", "district", f"D{n}", 2024, n / 20, n, 20) for n in nums])
    out = suppress_values(df, CAT, threshold)
    shown = out[~out["suppressed"]]
    assert ((shown["numerator"] >= threshold) | (shown["numerator"] == 0)).all()
    assert out["suppressed"].sum() == max(threshold - 1, 0)  # exactly 1..threshold-1
    assert out.loc[out["suppressed"], ["value", "numerator"]].isna().all().all()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["people", "places", "per_aged"]), st.integers(0, 8),
                          st.integers(0, 8)), min_size=1, max_size=12),
       st.integers(1, 6))
def test_property_no_small_people_cell_is_shown(cells: list[tuple[str, int, int]], threshold: int) -> None:
    rows = [(ind, "district", f"A{k}", 2024, num / max(den, 1), num, den) for k, (ind, num, den) in enumerate(cells)]
    totals = {}
    for ind, _, _, _, _, num, den in rows:
        t = totals.setdefault(ind, [0, 0])
        t[0] += num
        t[1] += den
    rows += [(ind, "city", "X", 2024, 0.5, n, d) for ind, (n, d) in totals.items()]
    out = suppress_values(frame(rows), CAT, threshold)
    small = lambda s: (s > 0) & (s < threshold)  # noqa: E731
    people = out["indicator_id"] == "people"
    assert not (people & small(out["numerator"])).any()
    assert not (out["indicator_id"].isin(["people", "per_aged"]) & small(out["denominator"])).any()
    assert out.loc[out["suppressed"], "value"].isna().all()
    assert not out.loc[out["indicator_id"] == "places", "suppressed"].any()  # places never hidden
    # A lone hidden area next to a shown city total always has a partner.
    for ind in ("people", "per_aged"):
        areas = out[(out.indicator_id == ind) & (out.area_level == "district")]
        city = out[(out.indicator_id == ind) & (out.area_level == "city")]
        if len(areas) > 1 and not city["suppressed"].any():
            assert areas["suppressed"].sum() != 1
