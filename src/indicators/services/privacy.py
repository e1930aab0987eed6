"""Small-cell suppression for the dashboard's frames, and the synthetic-data notice.

The rule itself belongs to `indicators.engine.suppression`; this module only applies it to
the frames the services return and records which cells were hidden in `suppressed_columns`
(a list per row, the warehouse's own convention), so the UI and exports can show 「秘匿」.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

SUPPRESSED_LABEL = "秘匿"
FALLBACK_NOTICE = "※ このデータは合成データ（架空の値）を含みます。実際の鳥取市の統計ではありません。"


def synthetic_notice() -> str:
    try:
        from indicators.engine.api import SYNTHETIC_NOTICE  # type: ignore[attr-defined]

        return str(SYNTHETIC_NOTICE)
    except (ImportError, AttributeError):
        return FALLBACK_NOTICE


def _is_small(values: pd.Series, thr: int) -> pd.Series:
    """Below-threshold counts; delegates to the engine's rule when it is importable."""
    try:
        from indicators.engine import suppression  # type: ignore[attr-defined]

        fn = getattr(suppression, "is_suppressed", None)
        if callable(fn):
            return pd.Series([bool(fn(v, thr)) if pd.notna(v) else False for v in values], index=values.index)
    except ImportError:
        pass
    num = pd.to_numeric(values, errors="coerce")
    # Zero is not a small cell: "none" reveals nobody, and 0 is how absence is shown.
    return (num > 0) & (num < thr)


def _as_list(v: Any) -> list[str]:
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return []
    return [str(x) for x in list(v)]


def suppress_counts(
    df: pd.DataFrame, columns: Sequence[str], thr: int, already: Iterable[Any] | None = None
) -> pd.DataFrame:
    """Copy of `df` with counts in `columns` below `thr` set to NaN and listed in suppressed_columns.

    `already` is the warehouse's per-row suppressed_columns (cells suppressed at the source).
    """
    out = df.copy()
    hidden = [_as_list(v) for v in already] if already is not None else [[] for _ in range(len(out))]
    for col in columns:
        if col not in out:
            continue
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
        small = _is_small(out[col], thr).fillna(False).to_numpy(dtype=bool)
        for i in np.flatnonzero(small):
            if col not in hidden[i]:
                hidden[i].append(col)
        mask = np.array([col in h for h in hidden], dtype=bool)
        out.loc[mask, col] = np.nan
    out["suppressed_columns"] = hidden
    return out


def display_counts(df: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """Counts as text: 「秘匿」 for suppressed cells, 「—」 for not available, digits otherwise."""
    out = df.copy()
    hidden = [_as_list(v) for v in out["suppressed_columns"]] if "suppressed_columns" in out else [[]] * len(out)
    for col in columns:
        if col not in out:
            continue
        texts = []
        for h, v in zip(hidden, out[col]):
            if col in h:
                texts.append(SUPPRESSED_LABEL)
            elif v is None or pd.isna(v):
                texts.append("—")
            else:
                texts.append(f"{int(v):,}")
        out[col] = texts
    return out.drop(columns=["suppressed_columns"], errors="ignore")
