"""Small-cell suppression for the dashboard's frames, and the synthetic-data notice.

The rule itself is `indicators.engine.suppression`; this module applies it to the frames the
services return (hidden cells listed per row in `suppressed_columns`, the warehouse's own
convention) and turns them into display text 「秘匿」.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from indicators.engine.suppression import SUPPRESSED_LABEL, is_suppressed  # noqa: F401  (re-exported)


def synthetic_notice(municipality_name: str | None = None) -> str:
    """The notice naming the dataset's municipality (indicators.wording)."""
    from indicators.wording import synthetic_notice as notice

    return notice(municipality_name)


def _as_list(v: Any) -> list[str]:
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return []
    return [str(x) for x in list(v)]


def suppress_counts(df: pd.DataFrame, columns: Sequence[str], thr: int) -> pd.DataFrame:
    """The engine's rule (`indicators.engine.suppression.suppress_counts`), with the hidden
    cells also listed per row in `suppressed_columns` for display."""
    from indicators.engine.suppression import suppress_counts as engine_suppress

    src = df.copy()
    if "suppressed_columns" not in src:
        src["suppressed_columns"] = [[] for _ in range(len(src))]
    return engine_suppress(src, columns, thr)


def display_counts(df: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """Counts as text: 「秘匿」 for suppressed cells, 「—」 for not available, digits otherwise.

    A cell is suppressed when its column is listed in the row's `suppressed_columns` or its
    `<col>_suppressed` flag (the engine's convention) is true.
    """
    out = df.copy()
    listed = [_as_list(v) for v in out["suppressed_columns"]] if "suppressed_columns" in out else [[] for _ in range(len(out))]
    for col in columns:
        if col not in out:
            continue
        flags = out[f"{col}_suppressed"].fillna(False).astype(bool).tolist() if f"{col}_suppressed" in out else [False] * len(out)
        texts = []
        for hid, flag, v in zip(listed, flags, out[col]):
            if flag or col in hid:
                texts.append(SUPPRESSED_LABEL)
            elif v is None or pd.isna(v):
                texts.append("—")
            else:
                texts.append(f"{int(v):,}")
        out[col] = texts
    drop = ["suppressed_columns", *[f"{c}_suppressed" for c in columns]]
    return out.drop(columns=[c for c in drop if c in out])
