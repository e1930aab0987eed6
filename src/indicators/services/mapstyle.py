"""The one colour scheme of every map: the dashboard's, its PNG download and the report's.

The worse value is the more salient one: pale for values at or near the better end, dark for
the worse end, following the indicator's `direction` (higher is better unless it says lower).
Per-area 0/1 indicators (a 地区 has a place or not) read 「あり / なし」 with two colours,
「なし」 in the salient one when having one is the better state.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

# ColorBrewer BuPu (8 classes), pale → dark; kept apart from the red of the lacking outline.
SCALE = ["#f7fcfd", "#e0ecf4", "#bfd3e6", "#9ebcda", "#8c96c6", "#8c6bb1", "#88419d", "#6e016b"]
NO_DATA = "#d9d9d9"  # no value, or a suppressed one
LACK = "#d62728"  # outline of areas without the chosen resource
EDGE = "#8a8a8a"
SALIENT, MUTED = SCALE[6], SCALE[2]
PRESENCE_LABELS = {1: "あり", 0: "なし"}
POINT_SYMBOLS = ["circle", "square", "diamond", "triangle-up", "star", "cross", "x", "hexagon"]
POINT_COLOURS = ["#e6550d", "#31a354", "#3182bd", "#636363", "#fd8d3c", "#17becf", "#bcbd22", "#8c564b"]


def higher_is_better(direction: str | None) -> bool:
    return (direction or "higher") != "lower"


def is_presence(values: Sequence[Any] | pd.Series, unit: str | None = None) -> bool:
    """A per-area 0/1 indicator: every known value is 0 or 1 (and it is a share, if a unit is given)."""
    vals = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").dropna()
    if unit is not None and (unit or "").strip().lower() not in {"ratio", "share", "割合", "率", "proportion"}:
        return False
    return len(vals) > 0 and set(vals.unique()) <= {0.0, 1.0}


def _flag(value: Any) -> int | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return None if v != v else int(v == 1)


def presence_label(value: Any) -> str:
    flag = _flag(value)
    return "—" if flag is None else PRESENCE_LABELS[flag]


def presence_colour(value: Any, direction: str | None) -> str:
    """あり/なし colour: the salient one for the worse state (なし when higher is better)."""
    flag = _flag(value)
    if flag is None:
        return NO_DATA
    worse = (flag == 0) if higher_is_better(direction) else (flag == 1)
    return SALIENT if worse else MUTED


def salience(values: Sequence[Any] | pd.Series, direction: str | None) -> np.ndarray:
    """Position of each value on the scale, 0 = best seen, 1 = worst seen (NaN for no value)."""
    v = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=float)
    finite = v[np.isfinite(v)]
    if not len(finite):
        return np.full(len(v), np.nan)
    lo, hi = float(finite.min()), float(finite.max())
    t = (v - lo) / (hi - lo) if hi > lo else np.full(len(v), 0.5)
    return 1.0 - t if higher_is_better(direction) else t


def plotly_colorscale(direction: str | None) -> list[list[Any]]:
    """Plotly colour scale over z (low → high): dark at the worse end."""
    stops = SCALE[::-1] if higher_is_better(direction) else SCALE
    n = len(stops) - 1
    return [[i / n, c] for i, c in enumerate(stops)]


def mpl_colormap(direction: str | None):  # type: ignore[no-untyped-def]
    """The same scale as a matplotlib colormap over value (low → high)."""
    from matplotlib.colors import LinearSegmentedColormap

    stops = SCALE[::-1] if higher_is_better(direction) else SCALE
    return LinearSegmentedColormap.from_list("welfare_salient", stops)
