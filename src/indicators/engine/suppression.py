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
  city minus the others. The partner is the smallest remaining people count of the group
  (ties: the smallest area_code, so the choice is reproducible).
- `suppress_values_sql(...)`: the same rules as SQL over a table of family rows (the engine
  keeps the rows in DuckDB at national scale); `suppress_values` stays the reference that
  tests compare it with.
- `suppress_counts(df, columns, threshold)` for any frame of people/household counts
  (district stats, 町内会 summaries): values 1..threshold-1 become NULL with `<col>_suppressed`.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    import duckdb

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
        # The smallest remaining people count is the cheapest complementary cell; ties go to
        # the smallest area_code (row order of a parallel query is not reproducible).
        col = "numerator" if ind in num_ids else "denominator"
        candidates = grp[~grp["suppressed"] & grp[col].notna()]
        if candidates.empty:
            continue
        tied = candidates[candidates[col] == candidates[col].min()]
        codes = tied["area_code"].map(lambda c: None if _missing(c) else str(c))
        named = codes.dropna()
        pick = named.sort_values(kind="stable").index[0] if not named.empty else tied.index[0]
        out.loc[pick, "suppressed"] = True
    return out


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


# --- The same rules in SQL (the engine keeps national-scale rows inside DuckDB) -------------
#
# `rows` is a table of family rows: indicator_id, area_level, area_code (VARCHAR), fiscal_year,
# value, numerator, denominator (DOUBLE, NaN already NULL) and src_hidden (BOOLEAN, not NULL:
# the source or the query already hid the row); its rowid identifies a row. `flags` is a small
# table indicator_id, is_num (counts_people), is_den (denominator_counts_people).


def hidden_sql(threshold: int, rows: str = "r", flags: str = "f") -> str:
    """Primary rule as a boolean SQL expression (never NULL) over aliases `rows` and `flags`."""
    th = int(threshold)
    return (f"((coalesce({flags}.is_num, false) AND coalesce({rows}.numerator > 0 AND {rows}.numerator < {th}, false))"
            f" OR (coalesce({flags}.is_den, false) AND coalesce({rows}.denominator > 0 AND {rows}.denominator < {th}, false))"
            f" OR {rows}.src_hidden)")


def group_counts_sql(rows: str, flags: str, threshold: int) -> str:
    """Rows and primary-hidden rows per (indicator, level, year): what the secondary rule needs."""
    return (f"SELECT r.indicator_id, r.area_level, r.fiscal_year, count(*) AS n, "
            f"count(*) FILTER (WHERE {hidden_sql(threshold)}) AS n_hidden "
            f"FROM {rows} r LEFT JOIN {flags} f ON f.indicator_id = r.indicator_id GROUP BY ALL")


def secondary_groups(counts: Iterable[tuple], people_ids: set[str]) -> list[tuple]:
    """(indicator_id, area_level, fiscal_year) groups that need a complementary cell.

    `counts`: (indicator_id, area_level, fiscal_year, n, n_hidden) per group. A group of a
    people indicator below city level needs one when exactly one area is hidden and a city
    row of the same indicator and year is shown.
    """
    counts = list(counts)
    city_shown = {(i, fy) for i, lv, fy, n, hid in counts if lv == "city" and n > hid}
    return [(i, lv, fy) for i, lv, fy, n, hid in counts
            if i in people_ids and lv is not None and lv != "city" and hid == 1 and (i, fy) in city_shown]


def suppress_values_sql(con: "duckdb.DuckDBPyConnection", rows: str, flags: str, threshold: int,
                        counts: Iterable[tuple] | None = None, secondary_table: str = "eng_secondary",
                        carry: Sequence[str] = ()) -> str:
    """`suppress_values` in SQL: a SELECT over `rows` (see above) with rid (rowid), indicator_id,
    area_level, area_code, fiscal_year, value, numerator, denominator, suppressed and the
    `carry` columns of `flags` (e.g. target: one join instead of two).

    `counts`: the `group_counts_sql` result when the caller already has it (one pass less).
    When some group needs a complementary cell, `secondary_table` (rowids) is created first:
    the smallest remaining people count of the group, ties to the smallest area_code.
    """
    if counts is None:
        counts = con.execute(group_counts_sql(rows, flags, threshold)).fetchall()
    people = {r[0] for r in con.execute(f"SELECT indicator_id FROM {flags} WHERE is_num OR is_den").fetchall()}
    groups = secondary_groups(counts, people)
    secondary = "false"
    join = ""
    if groups:
        frame = pd.DataFrame(groups, columns=["indicator_id", "area_level", "fiscal_year"])  # noqa: F841
        con.execute("CREATE OR REPLACE TEMP TABLE eng_secondary_groups AS SELECT indicator_id::VARCHAR AS indicator_id, "
                    "area_level::VARCHAR AS area_level, fiscal_year::INTEGER AS fiscal_year FROM frame")
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE {secondary_table} AS
            SELECT r.rowid AS rid
            FROM {rows} r
            JOIN {flags} f ON f.indicator_id = r.indicator_id
            JOIN eng_secondary_groups g ON g.indicator_id = r.indicator_id AND g.area_level = r.area_level
                                       AND g.fiscal_year = r.fiscal_year
            WHERE NOT {hidden_sql(threshold)}
              AND (CASE WHEN f.is_num THEN r.numerator ELSE r.denominator END) IS NOT NULL
            QUALIFY row_number() OVER (
                PARTITION BY r.indicator_id, r.area_level, r.fiscal_year
                ORDER BY CASE WHEN f.is_num THEN r.numerator ELSE r.denominator END, r.area_code NULLS LAST) = 1
        """)
        secondary = "s.rid IS NOT NULL"
        join = f"LEFT JOIN {secondary_table} s ON s.rid = r.rowid"
    th = int(threshold)
    return f"""
        SELECT rid, indicator_id, area_level, area_code, fiscal_year,
               CASE WHEN hide THEN NULL ELSE value END AS value,
               -- numerators counting people go with the value; denominators only when small
               -- themselves, or when the secondary pass hid a row whose only count is the denominator
               CASE WHEN hide AND is_num THEN NULL ELSE numerator END AS numerator,
               CASE WHEN is_den AND (by_den OR (secondary AND NOT is_num)) THEN NULL ELSE denominator END AS denominator,
               hide AS suppressed{"".join(f", {c}" for c in carry)}
        FROM (
            SELECT r.rowid AS rid, r.indicator_id, r.area_level, r.area_code, r.fiscal_year,
                   r.value, r.numerator, r.denominator,{"".join(f" f.{c}," for c in carry)}
                   coalesce(f.is_num, false) AS is_num, coalesce(f.is_den, false) AS is_den,
                   coalesce(f.is_den, false) AND coalesce(r.denominator > 0 AND r.denominator < {th}, false) AS by_den,
                   {secondary} AS secondary,
                   {hidden_sql(threshold)} OR {secondary} AS hide
            FROM {rows} r
            LEFT JOIN {flags} f ON f.indicator_id = r.indicator_id
            {join}
        )
    """
