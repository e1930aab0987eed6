"""text_array builds text columns through Arrow: the same column pandas infers, faster; coded_text
builds the same column from small-integer codes."""
from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.staging.common import coded_text, text_array

CELLS = st.one_of(st.none(), st.just(float("nan")), st.text(max_size=8), st.integers(-5, 5))


@settings(max_examples=200, deadline=None)
@given(st.lists(CELLS, max_size=30))
def test_text_array_equals_pandas_inference(cells: list) -> None:
    values = np.empty(len(cells), dtype=object)
    values[:] = cells
    want = pd.Series(values.copy())
    got = pd.Series(text_array(values))
    assert got.dtype == want.dtype
    pd.testing.assert_series_equal(got, want)


def test_text_array_cases_by_hand() -> None:
    def obj(*cells: object) -> np.ndarray:
        a = np.empty(len(cells), dtype=object)
        a[:] = cells
        return a

    s = pd.Series(text_array(obj("D1", None, "地区", float("nan"))))
    assert str(s.dtype) == str(pd.Series(["x"]).dtype) and s.isna().tolist() == [False, True, False, True]
    assert s[2] == "地区"
    assert pd.Series(text_array(obj(None, None))).dtype == object  # all NULL: as pandas leaves it
    assert pd.Series(text_array(obj("a", 1))).dtype == object  # mixed: as pandas leaves it


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-1, 2), max_size=30))
def test_coded_text_equals_text_array_of_the_labels(codes: list[int]) -> None:
    labels = ("given", "point_in_polygon", "地区")
    values = np.empty(len(codes), dtype=object)
    values[:] = [None if c < 0 else labels[c] for c in codes]
    want = pd.Series(text_array(values))
    got = pd.Series(coded_text(np.array(codes, dtype=np.int8), labels))
    assert got.dtype == want.dtype
    pd.testing.assert_series_equal(got, want)
