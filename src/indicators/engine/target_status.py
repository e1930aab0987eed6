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


def classify(baseline: float | None, baseline_fy: int | None, latest: float | None, latest_fy: int | None,
             target: float, target_fy: int | None, direction: str, rules: Rules = Rules()) -> Status:
    """The status of one series (see the module docstring for the formula)."""
    if _none(latest) or _none(latest_fy):
        return Status("unknown", reason="最新の値がありません（未報告または秘匿）")
    latest, target = float(latest), float(target)
    if (latest >= target) if direction != "lower" else (latest <= target):
        return Status("achieved", reason="目標値に達しています")
    if _none(baseline) or _none(baseline_fy):
        return Status("unknown", reason="基準値がありません")
    if int(latest_fy) <= int(baseline_fy):
        return Status("unknown", reason="基準年度より後の値がありません")
    baseline = float(baseline)
    needed = target - baseline
    if needed == 0 or (needed < 0) != (direction == "lower"):
        return Status("regressing", reason="基準年度には目標に達していましたが、今は達していません")
    if _none(target_fy):
        ratio_all = (latest - baseline) / needed
        if ratio_all < rules.regress_below:
            return Status("regressing", ratio=ratio_all, reason="基準値より目標から遠ざかっています")
        return Status("unknown", reason="目標年度がないため、経路と比べられません")
    span = int(target_fy) - int(baseline_fy)
    f = 1.0 if span <= 0 else min(1.0, (int(latest_fy) - int(baseline_fy)) / span)
    expected = baseline + needed * f
    ratio = (latest - baseline) / (needed * f)
    if ratio < rules.regress_below:
        return Status("regressing", expected, ratio, "基準値より目標から遠ざかっています")
    if ratio >= rules.on_track:
        return Status("on_track", expected, ratio, "目標への直線の経路どおりか、それより進んでいます")
    return Status("behind", expected, ratio, "目標への直線の経路より遅れています")


def status_frame(values: pd.DataFrame, catalogue: pd.DataFrame, rules: Rules = Rules()) -> pd.DataFrame:
    """One row per (indicator with a target, area_level, area_code) of `values` (indicator_values
    rows: indicator_id, area_level, area_code, fiscal_year, value, suppressed, target) with
    baseline, latest, expected value, ratio and status (COLUMNS)."""
    key = ["indicator_id", "area_level", "area_code"]
    cat = catalogue.drop_duplicates("indicator_id").set_index("indicator_id")
    v = values[values["indicator_id"].isin(cat.index)].sort_values([*key, "fiscal_year"], kind="stable")
    if v.empty:
        return _typed(pd.DataFrame(columns=COLUMNS))
    last = v.groupby(key, sort=False).tail(1).set_index(key)
    usable = v[~v["suppressed"].fillna(False).astype(bool) & v["value"].notna()]
    first = usable.groupby(key, sort=False).head(1).set_index(key)
    by_year = usable.set_index([*key, "fiscal_year"])["value"]
    rows = []
    for k, lr in last.iterrows():
        ind_id, level, _ = k
        c = cat.loc[ind_id]
        target = lr["target"] if not _none(lr["target"]) else c.get("target")
        if _none(target):
            continue
        declared = not _none(c.get("declared")) and bool(c.get("declared"))
        latest = None if bool(lr.get("suppressed")) or _none(lr["value"]) else float(lr["value"])
        target_fy = _int(c.get("target_fy") if declared else rules.target_fy)
        base_fy = _int(c.get("baseline_fy") if declared else rules.baseline_fy)
        baseline = None
        if declared and level == "city" and base_fy is not None and not _none(c.get("baseline")):
            baseline = float(c["baseline"])
        elif base_fy is not None and (*k, base_fy) in by_year.index:
            baseline = float(by_year.loc[(*k, base_fy)])
        elif k in first.index:
            base_fy, baseline = int(first.loc[k, "fiscal_year"]), float(first.loc[k, "value"])
        else:
            base_fy = None
        s = classify(baseline, base_fy, latest, int(lr["fiscal_year"]), float(target), target_fy,
                     str(c.get("direction") or "higher"), rules)
        rows.append({"indicator_id": ind_id, "area_level": level, "area_code": k[2], "baseline_fy": base_fy,
                     "baseline": baseline, "latest_fy": int(lr["fiscal_year"]), "latest": latest,
                     "target_fy": target_fy, "target": float(target), "expected": s.expected,
                     "progress_ratio": s.ratio, "status_code": s.code, "status": s.label,
                     "status_order": STATUS_ORDER[s.code], "reason": s.reason})
    return _typed(pd.DataFrame(rows, columns=COLUMNS))


def _int(v: object) -> int | None:
    return None if _none(v) else int(v)  # type: ignore[call-overload]


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
