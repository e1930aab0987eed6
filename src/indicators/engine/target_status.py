"""Target status of every indicator with a target: 達成 / 順調 / 遅れ / 後退 / 判定不可.

The idea of Open SDG's progress status, on the straight path from the baseline to the target:

    b, y0  baseline value and fiscal year       v, y   latest value and fiscal year
    T, yT  target value and fiscal year         f = min(1, (y - y0) / (yT - y0))
    expected e = b + (T - b) · f   (where the straight path says the value should be in year y)
    ratio    r = (v - b) / (e - b) (actual change ÷ expected change; the sign of T - b orients it)

1. no latest value (none yet, or hidden as 「秘匿」)              → 判定不可
2. v meets T (direction higher: v ≥ T; lower: v ≤ T)            → 達成
3. no baseline, or no value after the baseline year (y ≤ y0)    → 判定不可
4. b already met T (T - b has the wrong sign or is 0)            → 後退 (it was met and is no longer)
5. r < regress_below (default 0: further from T than at baseline) → 後退
6. no target year                                                → 判定不可 (no path to compare)
7. r ≥ on_track (default 0.9)                                     → 順調, else 遅れ

Thresholds come from dataset.yaml `target_status:` (indicators.declared.rules). The baseline
of a built-in indicator is its value in `target_status.baseline_fy` or else the first year of
its series, its target year `target_status.target_fy`; a declared indicator brings both (its
declared baseline value is the city's). Values hidden by suppression are never used.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd

STATUS_LABELS = {"achieved": "達成", "on_track": "順調", "behind": "遅れ", "regressing": "後退", "unknown": "判定不可"}
STATUS_ORDER = {"achieved": 0, "on_track": 1, "behind": 2, "regressing": 3, "unknown": 4}
COLUMNS = ["indicator_id", "area_level", "area_code", "baseline_fy", "baseline", "latest_fy", "latest",
           "target_fy", "target", "expected", "progress_ratio", "status_code", "status", "status_order", "reason"]


@dataclass(frozen=True)
class Rules:
    on_track: float = 0.9
    regress_below: float = 0.0
    target_fy: int | None = None
    baseline_fy: int | None = None


@dataclass(frozen=True)
class Status:
    code: str
    expected: float | None = None
    ratio: float | None = None
    reason: str | None = None

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.code]


def _none(v: object) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA


# (status code, reason) of each case of the module docstring, in its order
CASES = [
    ("unknown", "最新の値がありません（未報告または秘匿）"),
    ("achieved", "目標値に達しています"),
    ("unknown", "基準値がありません"),
    ("unknown", "基準年度より後の値がありません"),
    ("regressing", "基準年度には目標に達していましたが、今は達していません"),
    ("regressing", "基準値より目標から遠ざかっています"),
    ("unknown", "目標年度がないため、経路と比べられません"),
    ("on_track", "目標への直線の経路どおりか、それより進んでいます"),
    ("behind", "目標への直線の経路より遅れています"),
]


def classify_arrays(baseline: np.ndarray, baseline_fy: np.ndarray, latest: np.ndarray, latest_fy: np.ndarray,
                    target: np.ndarray, target_fy: np.ndarray, lower: np.ndarray, rules: Rules = Rules()
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(case index into CASES, expected, ratio) per series; float arrays with NaN for missing,
    `lower` True where the direction is lower. The formula of the module docstring."""
    with np.errstate(invalid="ignore", divide="ignore"):
        b, b_fy, v, y, t, t_fy = (np.asarray(a, dtype=float) for a in (baseline, baseline_fy, latest, latest_fy,
                                                                         target, target_fy))
        lower = np.asarray(lower, dtype=bool)
        met = np.where(lower, v <= t, v >= t)
        needed = t - b
        wrong_way = (needed == 0) | np.where(lower, needed > 0, needed < 0)
        span = t_fy - b_fy
        f = np.where(span <= 0, 1.0, np.minimum(1.0, (y - b_fy) / span))
        expected = np.where(np.isnan(t_fy), np.nan, b + needed * f)
        ratio = np.where(np.isnan(t_fy), (v - b) / needed, (v - b) / (needed * f))
        case = np.select(
            [np.isnan(v) | np.isnan(y), met, np.isnan(b) | np.isnan(b_fy), y <= b_fy, wrong_way,
             ratio < rules.regress_below, np.isnan(t_fy), ratio >= rules.on_track],
            [0, 1, 2, 3, 4, 5, 6, 7], default=8)
    shown = case >= 5  # expected and ratio are kept where the path was compared
    expected = np.where(shown & (case != 6), expected, np.nan)
    ratio = np.where(shown & (case != 6), ratio, np.nan)
    return case, expected, ratio


def classify(baseline: float | None, baseline_fy: int | None, latest: float | None, latest_fy: int | None,
             target: float, target_fy: int | None, direction: str, rules: Rules = Rules()) -> Status:
    """The status of one series (see the module docstring for the formula)."""
    def arr(x: object) -> np.ndarray:
        return np.array([np.nan if _none(x) else float(x)])  # type: ignore[arg-type]

    case, expected, ratio = classify_arrays(arr(baseline), arr(baseline_fy), arr(latest), arr(latest_fy), arr(target),
                                            arr(target_fy), np.array([direction == "lower"]), rules)
    code, reason = CASES[int(case[0])]
    return Status(code, None if np.isnan(expected[0]) else float(expected[0]),
                  None if np.isnan(ratio[0]) else float(ratio[0]), reason)


_SERIES_SQL = """
WITH v AS (
    SELECT indicator_id, area_level, area_code, fiscal_year, value, target,
           coalesce(suppressed, false) AS hidden
    FROM values_frame WHERE indicator_id IN (SELECT indicator_id FROM cat)
), last AS (
    SELECT * FROM v QUALIFY row_number() OVER (PARTITION BY indicator_id, area_level, area_code
                                               ORDER BY fiscal_year DESC) = 1
), shown AS (
    SELECT * FROM v WHERE NOT hidden AND value IS NOT NULL
), first AS (
    SELECT indicator_id, area_level, area_code, fiscal_year AS first_fy, value AS first_value FROM shown
    QUALIFY row_number() OVER (PARTITION BY indicator_id, area_level, area_code ORDER BY fiscal_year) = 1
), s AS (
    SELECT l.indicator_id, l.area_level, l.area_code, l.fiscal_year AS latest_fy,
           CASE WHEN l.hidden THEN NULL ELSE l.value END AS latest,
           coalesce(l.target, c.target) AS target, coalesce(c.direction, 'higher') AS direction,
           c.declared, c.baseline AS declared_baseline,
           CASE WHEN c.declared THEN c.baseline_fy ELSE $baseline_fy END AS baseline_fy,
           CASE WHEN c.declared THEN c.target_fy ELSE $target_fy END AS target_fy,
           f.first_fy, f.first_value
    FROM last l JOIN cat c USING (indicator_id)
    LEFT JOIN first f USING (indicator_id, area_level, area_code)
)
SELECT s.*, b.value AS at_baseline
FROM s LEFT JOIN shown b ON b.indicator_id = s.indicator_id AND b.area_level = s.area_level
     AND b.area_code = s.area_code AND b.fiscal_year = s.baseline_fy
WHERE s.target IS NOT NULL
ORDER BY s.indicator_id, CASE s.area_level WHEN 'city' THEN 0 WHEN 'district' THEN 1 ELSE 2 END, s.area_code
"""


def status_frame(values: pd.DataFrame, catalogue: pd.DataFrame, rules: Rules = Rules()) -> pd.DataFrame:
    """One row per (indicator with a target, area_level, area_code) of `values` (indicator_values
    rows: indicator_id, area_level, area_code, fiscal_year, value, suppressed, target) with
    baseline, latest, expected value, ratio and status (COLUMNS). The series are found by one
    DuckDB query, the statuses by `classify_arrays` (a national build has hundreds of thousands)."""
    cat = catalogue.drop_duplicates("indicator_id")
    cat = pd.DataFrame({
        "indicator_id": cat["indicator_id"].astype(str),
        "target": pd.to_numeric(cat.get("target"), errors="coerce").astype("float64"),
        "direction": cat.get("direction", pd.Series("higher", index=cat.index)).astype(object),
        "declared": cat.get("declared", pd.Series(False, index=cat.index)).fillna(False).astype(bool),
        "baseline": pd.to_numeric(cat.get("baseline", pd.Series(None, index=cat.index, dtype=float)), errors="coerce"),
        "baseline_fy": pd.to_numeric(cat.get("baseline_fy", pd.Series(None, index=cat.index, dtype=float)), errors="coerce"),
        "target_fy": pd.to_numeric(cat.get("target_fy", pd.Series(None, index=cat.index, dtype=float)), errors="coerce"),
    })
    con = duckdb.connect()
    try:
        con.register("values_frame", values[["indicator_id", "area_level", "area_code", "fiscal_year", "value",
                                             "suppressed", "target"]])
        con.register("cat", cat)
        s = con.execute(_SERIES_SQL, {"baseline_fy": rules.baseline_fy, "target_fy": rules.target_fy}).df()
    finally:
        con.close()
    if s.empty:
        return _typed(pd.DataFrame(columns=COLUMNS))
    # baseline: the declared one for the city (with its year), else the value in the baseline year,
    # else the first value shown
    declared_city = (s["declared"].fillna(False).astype(bool) & (s["area_level"] == "city")
                     & s["declared_baseline"].notna() & s["baseline_fy"].notna()).to_numpy()
    base = np.where(declared_city, s["declared_baseline"].to_numpy(dtype=float), s["at_baseline"].to_numpy(dtype=float))
    base_fy = s["baseline_fy"].to_numpy(dtype=float)
    fallback = np.isnan(base) & ~declared_city
    base = np.where(fallback, s["first_value"].to_numpy(dtype=float), base)
    base_fy = np.where(fallback, s["first_fy"].to_numpy(dtype=float), base_fy)
    base_fy = np.where(np.isnan(base), np.nan, base_fy)
    case, expected, ratio = classify_arrays(base, base_fy, s["latest"].to_numpy(dtype=float),
                                            s["latest_fy"].to_numpy(dtype=float), s["target"].to_numpy(dtype=float),
                                            s["target_fy"].astype("float64").to_numpy(), (s["direction"] == "lower").to_numpy(),
                                            rules)
    codes = np.array([c for c, _ in CASES], dtype=object)[case]
    res = pd.DataFrame({
        "baseline": base, "baseline_fy": pd.array([None if np.isnan(x) else int(x) for x in base_fy], dtype="Int64"),
        "expected": expected, "progress_ratio": ratio, "status_code": codes,
        "status": [STATUS_LABELS[c] for c in codes], "status_order": [STATUS_ORDER[c] for c in codes],
        "reason": np.array([r for _, r in CASES], dtype=object)[case]})
    frame = pd.DataFrame({
        "indicator_id": s["indicator_id"], "area_level": s["area_level"], "area_code": s["area_code"],
        "baseline_fy": res["baseline_fy"], "baseline": res["baseline"], "latest_fy": s["latest_fy"],
        "latest": s["latest"], "target_fy": s["target_fy"], "target": s["target"], "expected": res["expected"],
        "progress_ratio": res["progress_ratio"], "status_code": res["status_code"], "status": res["status"],
        "status_order": res["status_order"], "reason": res["reason"]})
    return _typed(frame[COLUMNS])



def _typed(out: pd.DataFrame) -> pd.DataFrame:
    for col in ("baseline_fy", "latest_fy", "target_fy", "status_order"):
        out[col] = out[col].astype("Int64")
    for col in ("baseline", "latest", "target", "expected", "progress_ratio"):
        out[col] = out[col].astype("float64")
    for col in ("indicator_id", "area_level", "area_code", "status_code", "status", "reason"):
        out[col] = out[col].astype(object)
    return out


def read_rules(con: duckdb.DuckDBPyConnection) -> Rules:
    """The build's `target_status_rules` (from dataset.yaml), else the defaults."""
    try:
        row = con.execute("SELECT on_track, regress_below, target_fy, baseline_fy FROM target_status_rules").fetchone()
    except duckdb.Error:
        return Rules()
    if row is None:
        return Rules()
    return Rules(*(None if _none(v) else v for v in row))


def write_target_status(con: duckdb.DuckDBPyConnection, threshold: int) -> None:
    """Table `indicator_status` from indicator_values and the catalogue. A baseline that is a
    people count below the suppression threshold is not stored (nor used)."""
    values = con.execute("""SELECT v.indicator_id, v.area_level, v.area_code, v.fiscal_year, v.value, v.suppressed,
                                   v.target FROM indicator_values v
                            JOIN indicator_catalogue c USING (indicator_id) WHERE c.target IS NOT NULL""").df()
    cat = con.execute("SELECT * FROM indicator_catalogue").df()
    people = set(cat.loc[cat["counts_people"].astype(bool), "indicator_id"])
    small = cat["indicator_id"].isin(people) & (cat["baseline"] >= 1) & (cat["baseline"] < threshold)
    cat.loc[small, "baseline"] = None
    frame = status_frame(values, cat, read_rules(con))  # noqa: F841 (read by DuckDB by name)
    con.execute("CREATE OR REPLACE TABLE indicator_status AS SELECT * FROM frame "
                "ORDER BY indicator_id, CASE area_level WHEN 'city' THEN 0 WHEN 'district' THEN 1 ELSE 2 END, area_code")
