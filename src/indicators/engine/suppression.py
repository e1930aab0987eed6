"""Small-cell suppression: THE one place where counts of people or households are hidden.

Rule: a count of people or households from 1 up to below the threshold (default 3, from
`dataset_meta.suppression_threshold`) is replaced by NULL and flagged; it is shown as
「秘匿」 (`SUPPRESSED_LABEL`). Zero is shown: "nobody" identifies no one, and hiding zeros
would hide exactly the gaps planners look for (e.g. no 65+ resident within 500 m of a salon).
Counts of public places are never suppressed.

- `suppress_values(df, catalogue, threshold)` for `indicator_values` rows: for indicators
  with `counts_people`, a numerator < threshold hides value and numerator; for
  `denominator_counts_people`, a denominator in 1..threshold-1 hides value and denominator (a
  rate over 2 people reveals them). A row flagged `source_suppressed` (the
  statistics file itself said X/秘匿) is marked suppressed as well. Then a secondary pass:
  when exactly one area of a (indicator, year, level) is hidden but the city total is
  shown, the next smallest area is hidden too, so the hidden one cannot be recovered as
  city minus the others.
- `suppress_counts(df, columns, threshold)` for any frame of people/household counts
  (district stats, 町内会 summaries): values 1..threshold-1 become NULL with `<col>_suppressed`.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

SUPPRESSED_LABEL = "秘匿"
DEFAULT_THRESHOLD = 3

# Columns of district_stats / neighbourhood_assocs that count people or households.
PEOPLE_COUNT_COLUMNS = ("population", "pop_0_14", "pop_65plus", "pop_75plus", "households",
                        "single_elderly_households")


def is_suppressed(value: object, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """True when one people/household count must be hidden (0 < value < threshold)."""
    try:
        num = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return not np.isnan(num) and 0 < num < threshold


def _small(series: pd.Series, threshold: int) -> pd.Series:
    num = pd.to_numeric(series, errors="coerce")
    return (num.notna() & (num > 0) & (num < threshold)).fillna(False).astype(bool)


def suppress_counts(df: pd.DataFrame, columns: Sequence[str], threshold: int = DEFAULT_THRESHOLD) -> pd.DataFrame:
    """Copy of `df` with each of `columns` in 1..threshold-1 set to NULL and `<col>_suppressed` added.

    A `suppressed_columns` list column (as in district_stats) also marks its columns as
    suppressed (the source already hid them).
    """
    out = df.copy()
    listed = out["suppressed_columns"] if "suppressed_columns" in out.columns else None
    for col in columns:
        if col not in out.columns:
            continue
        mask = _small(out[col], threshold)
        if listed is not None:
            mask |= listed.map(lambda v, c=col: c in _as_list(v)).astype(bool)
        values = pd.to_numeric(out[col], errors="coerce").astype("Float64")
        values[mask.to_numpy()] = pd.NA
        # Integers stay integers when they are whole numbers (counts).
        if values.dropna().apply(float.is_integer).all():
            values = values.astype("Int64")
        out[col] = values
        out[f"{col}_suppressed"] = mask.to_numpy()
    if listed is not None:
        # Keep the warehouse convention too: the list of hidden columns per row.
        flags = [c for c in columns if f"{c}_suppressed" in out.columns]
        out["suppressed_columns"] = [
            sorted(set(_as_list(v)) | {c for c in flags if row[f"{c}_suppressed"]})
            for v, (_, row) in zip(listed, out[[f"{c}_suppressed" for c in flags]].iterrows())
        ]
    return out


def _as_list(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    return [str(x) for x in list(value)]  # type: ignore[call-overload]


def format_value(value: object, suppressed: bool, digits: int = 3) -> str:
    """Display text of one cell: 「秘匿」 when suppressed, blank when missing."""
    if suppressed:
        return SUPPRESSED_LABEL
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return ""
    if isinstance(value, (int, np.integer)) or (isinstance(value, float) and float(value).is_integer() and abs(value) >= 1):
        return f"{int(value):,}"
    if isinstance(value, (float, np.floating)):
        return f"{value:.{digits}f}"
    return str(value)


def _flags(catalogue: Iterable) -> tuple[set[str], set[str]]:
    """(ids whose numerator counts people, ids whose denominator counts people)."""
    if isinstance(catalogue, pd.DataFrame):
        recs = catalogue.to_dict("records")
    else:
        recs = [c if isinstance(c, dict) else c.__dict__ for c in catalogue]
    num = {r["indicator_id"] for r in recs if bool(r.get("counts_people"))}
    den = {r["indicator_id"] for r in recs if bool(r.get("denominator_counts_people", False))}
    return num, den


def suppress_values(df: pd.DataFrame, catalogue: Iterable, threshold: int = DEFAULT_THRESHOLD) -> pd.DataFrame:
    """Indicator rows with small people counts hidden (see module docstring); adds `suppressed`.

    `catalogue`: list of `Indicator`, a catalogue frame, or dicts with indicator_id,
    counts_people and (optionally) denominator_counts_people.
    """
    out = df.copy()
    for col in ("value", "numerator", "denominator"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    num_ids, den_ids = _flags(catalogue)
    by_num = out["indicator_id"].isin(num_ids) & _small(out["numerator"], threshold)
    by_den = out["indicator_id"].isin(den_ids) & _small(out["denominator"], threshold)
    source = out["source_suppressed"].fillna(False).astype(bool) if "source_suppressed" in out.columns else False
    primary = (by_num | by_den | source)
    if "suppressed" in out.columns:
        primary |= out["suppressed"].fillna(False).astype(bool)
    out["suppressed"] = primary.to_numpy()
    before = out["suppressed"].to_numpy().copy()
    out = _secondary(out, num_ids, den_ids)
    hide = out["suppressed"].to_numpy()
    secondary = hide & ~before
    out.loc[hide, "value"] = np.nan
    # Numerators that count people are hidden with the value; denominators only when they
    # are small people counts themselves, or when the secondary pass hid a row whose only
    # people count is the denominator.
    out.loc[hide & out["indicator_id"].isin(num_ids).to_numpy(), "numerator"] = np.nan
    den_only = out["indicator_id"].isin(den_ids - num_ids).to_numpy()
    den_hide = out["indicator_id"].isin(den_ids).to_numpy() & (by_den.to_numpy() | (secondary & den_only))
    out.loc[den_hide, "denominator"] = np.nan
    return out.drop(columns=[c for c in ("source_suppressed",) if c in out.columns])


def _secondary(out: pd.DataFrame, num_ids: set[str], den_ids: set[str]) -> pd.DataFrame:
    """Hide a second area when exactly one area of a group is hidden and the city row is shown."""
    sub = out[out["indicator_id"].isin(num_ids | den_ids) & (out["area_level"] != "city")]
    if sub.empty:
        return out
    # only groups with exactly one hidden area need a partner (keeps national-scale runs cheap)
    keys = ["indicator_id", "fiscal_year", "area_level"]
    sub = sub[sub.groupby(keys, sort=False)["suppressed"].transform("sum") == 1]
    city_shown = set(
        out.loc[(out["area_level"] == "city") & ~out["suppressed"], ["indicator_id", "fiscal_year"]]
        .itertuples(index=False, name=None)
    )
    for (ind, fy, _lvl), grp in sub.groupby(["indicator_id", "fiscal_year", "area_level"], sort=False):
        if (ind, fy) not in city_shown or int(grp["suppressed"].sum()) != 1:
            continue
        # The smallest remaining people count is the cheapest complementary cell.
        col = "numerator" if ind in num_ids else "denominator"
        candidates = grp[~grp["suppressed"] & grp[col].notna()]
        if candidates.empty:
            continue
        out.loc[candidates[col].idxmin(), "suppressed"] = True
    return out
