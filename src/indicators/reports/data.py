"""Everything the reports and notebooks read from the warehouse, in one place.

Reports never compute indicators: values come from `indicator_values` / the catalogue
(through `indicators.engine.api` when present), people counts pass through
`indicators.engine.suppression`, and this module only selects, joins and formats.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from indicators.engine.catalogue import load_catalogue
from indicators.wording import district_title, joined

SUPPRESSED_LABEL = "秘匿"
MISSING_LABEL = "—"
NO_TARGET_LABEL = "数値目標なし"
# Used only if the engine does not (yet) export its notice text.
# Person / household count columns of district_stats (suppressed before they are shown).
PEOPLE_COLUMNS = (
    "population",
    "pop_0_14",
    "pop_65plus",
    "pop_75plus",
    "households",
    "single_elderly_households",
)
COMPONENT_LABELS = {"aging_rate": "高齢化率", "single_elderly_share": "高齢単身世帯率", "child_share": "年少人口率",
                    "missing_key_resources": "不足する主要資源の数", "gap_count": "不足資源数",
                    "single_elderly_rate": "高齢単身世帯率"}
# The deck's KPI slide: the plan's headline indicators (issue 4) plus any with a numeric target.
MAIN_INDICATORS = tuple(i.indicator_id for i in load_catalogue() if i.headline)  # `headline: true` in the catalogue
STAT_LABELS = {
    "population": "人口",
    "pop_0_14": "0〜14歳人口",
    "pop_65plus": "65歳以上人口",
    "pop_75plus": "75歳以上人口",
    "households": "世帯数",
    "single_elderly_households": "高齢者単身世帯数",
}


def suppression_rule(threshold: int) -> str:
    """The rule as printed on every export (same wording in deck, cards and notes)."""
    return (f"人数・世帯数が1以上{threshold}未満の値は「{SUPPRESSED_LABEL}」と表示しています"
            "（個人が特定されないため。0 はそのまま表示）。")


def synthetic_notice(municipality_name: str | None = None) -> str:
    from indicators.wording import synthetic_notice as notice

    return notice(municipality_name)


def suppress_people(frame: pd.DataFrame, columns: list[str], threshold: int) -> pd.DataFrame:
    """Person/household counts below `threshold` → NULL with a `<col>_suppressed` flag.

    Delegates to `indicators.engine.suppression.suppress_counts` (the only place small
    cells are suppressed) and only adds the per-column flags the reports display.
    """
    from indicators.engine.suppression import suppress_counts

    out = suppress_counts(frame, columns, threshold=threshold)
    for col in columns:
        flag = f"{col}_suppressed"
        if flag not in out.columns:
            out[flag] = out[col].isna() & frame[col].notna()
    return out


# ---------------------------------------------------------------------------- formatting
def format_value(value: Any, unit: str | None, suppressed: bool = False) -> str:
    """Display text for one indicator value: the dashboard's rule (services.formatting), so the
    same figure reads the same on a page, a card and a slide (「秘匿」 for suppressed cells)."""
    from indicators.services.formatting import format_value as shared

    return shared(value, unit, suppressed)


def format_count(value: Any, suppressed: bool = False) -> str:
    if suppressed:
        return SUPPRESSED_LABEL
    if value is None or pd.isna(value):
        return MISSING_LABEL
    return f"{int(value):,}"


def _is_share(unit: str | None) -> bool:
    return (unit or "").strip() in {"ratio", "share", "割合", "%", "percent", "％"}


def format_points(diff: float, unit: str | None) -> str:
    """A difference of two values; shares differ in percentage points (ポイント), not %."""
    if _is_share(unit):
        scale = 100.0 if (unit or "").strip() in {"ratio", "share", "割合"} else 1.0
        return f"{abs(diff) * scale:.1f}ポイント"
    return format_value(abs(diff), unit)


def format_delta(delta: Any, unit: str | None) -> str:
    if delta is None or pd.isna(delta):
        return MISSING_LABEL
    body = format_points(float(delta), unit)
    if float(delta) == 0:
        return f"±{body}"
    return ("+" if delta > 0 else "-") + body


# ---------------------------------------------------------------------------- the bundle
@dataclass
class ReportData:
    """All frames one report run needs, for one fiscal year."""

    warehouse: Path
    fiscal_year: int
    meta: dict[str, Any]
    catalogue: pd.DataFrame
    values: pd.DataFrame  # indicator_values for fiscal_year and fiscal_year - 1
    districts: pd.DataFrame  # district_code, district_name, area_block, geometry (shapely or None)
    stats: pd.DataFrame  # district_stats of fiscal_year, people counts suppressed
    priority: pd.DataFrame
    policies: pd.DataFrame
    links: pd.DataFrame
    resources: pd.DataFrame  # resources active in fiscal_year (public places: not suppressed)
    resource_types: pd.DataFrame
    assocs: pd.DataFrame  # per-district 町内会 summary (counts of associations only)
    extra: dict[str, pd.DataFrame] = field(default_factory=dict)

    @property
    def synthetic(self) -> bool:
        return bool(self.meta.get("synthetic"))

    @property
    def threshold(self) -> int:
        t = self.meta.get("suppression_threshold")
        return int(t) if t is not None and not pd.isna(t) else 3

    @property
    def notice(self) -> str | None:
        return synthetic_notice(self.meta.get("municipality_name")) if self.synthetic else None

    @property
    def municipality_code(self) -> str:
        return str(self.meta.get("municipality_code") or "")

    def district_name(self, code: str) -> str:
        row = self.districts.loc[self.districts["district_code"] == code, "district_name"]
        return str(row.iloc[0]) if len(row) else code

    def has_geometry(self) -> bool:
        return "geometry" in self.districts and self.districts["geometry"].notna().any()


def _tables(con) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def _df(con, sql: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


def open_warehouse(path: str | Path | None = None):
    """Read-only connection to the warehouse (the engine's; clear Japanese error when missing)."""
    from indicators.engine.api import open_warehouse as engine_open

    return engine_open(path)


def load_report_data(warehouse: str | Path | None = None, fiscal_year: int | None = None) -> ReportData:
    """Read every frame a report needs from the warehouse, for `fiscal_year` (default: latest)."""
    from indicators.errors import UserError
    from indicators.paths import DEFAULT_WAREHOUSE

    warehouse = Path(warehouse or DEFAULT_WAREHOUSE)
    con = open_warehouse(warehouse)
    try:
        tables = _tables(con)
        missing = {"dataset_meta", "districts", "indicator_catalogue", "indicator_values"} - tables
        if missing:
            raise UserError(
                f"ウェアハウス {warehouse} に必要な表がありません: {', '.join(sorted(missing))}"
                "（`welfare build` で作り直してください）"
            )
        from indicators.engine import api

        meta = api.dataset_meta(con)
        years = [int(r[0]) for r in con.execute(
            "SELECT DISTINCT fiscal_year FROM indicator_values ORDER BY 1").fetchall()]
        if fiscal_year is None:
            fiscal_year = max(years) if years else int(meta.get("as_of_fy") or 0)
        elif years and fiscal_year not in years:
            raise UserError(
                f"--fy {fiscal_year} の指標値がありません（indicator_values.fiscal_year: "
                f"{', '.join(map(str, years))}）"
            )
        catalogue = api.catalogue(con)
        values = pd.concat([api.indicator_values(con, fy=fiscal_year - 1), api.indicator_values(con, fy=fiscal_year)],
                           ignore_index=True)
        districts = _load_districts(con)
        stats = _load_stats(con, fiscal_year, tables, meta)
        priority = (
            api.priority_scores(con, fiscal_year).sort_values("score", ascending=False, kind="stable")
            if "priority_scores" in tables else pd.DataFrame(columns=["district_code", "fiscal_year", "score"])
        )
        if "district_name" in priority.columns:
            priority = priority.drop(columns="district_name")
        policies = (
            _df(con, "SELECT * FROM plan_policies ORDER BY goal_no, policy_no")
            if "plan_policies" in tables else pd.DataFrame(columns=["goal_no", "policy_no", "title"])
        )
        links = (
            _df(con, "SELECT * FROM indicator_plan_links")
            if "indicator_plan_links" in tables else pd.DataFrame(columns=["indicator_id", "goal_no", "policy_no"])
        )
        resources = (
            _df(
                con,
                """SELECT * FROM resources
                   WHERE (opened_fy IS NULL OR opened_fy <= ?) AND (closed_fy IS NULL OR closed_fy > ?)
                   ORDER BY district_code, resource_type, name""",
                [fiscal_year, fiscal_year],
            )
            if "resources" in tables else pd.DataFrame(columns=["resource_type", "name", "district_code"])
        )
        resource_types = (
            _df(con, "SELECT * FROM resource_types")
            if "resource_types" in tables else pd.DataFrame(columns=["resource_type", "label_ja"])
        )
        assocs = (
            api.assoc_summary(con, fy=fiscal_year).rename(
                columns={"assocs": "assoc_count", "assocs_with_map": "with_map", "assocs_with_salon": "with_salon"}
            )[["district_code", "assoc_count", "with_map", "with_salon"]]
            if "neighbourhood_assocs" in tables else pd.DataFrame(columns=["district_code", "assoc_count"])
        )
        extra = {}
        # site_suggestions carries people counts already suppressed by indicators.spatial;
        # access_district (raw population sums) is deliberately not read: its values reach
        # reports only as suppressed indicator_values.
        if "site_suggestions" in tables:
            extra["site_suggestions"] = _df(con, "SELECT * FROM site_suggestions")
        for table in ("indicator_status", "plan_monitoring"):  # target statuses and plan coverage (issue 19)
            if table in tables:
                extra[table] = _df(con, f"SELECT * FROM {table}")
        if "measure_progress" in tables:  # the measures' yearly progress (indicators.reports.progress)
            from indicators.reports.progress_rows import load_progress_frames

            extra.update(load_progress_frames(con, int(fiscal_year)))
            extra["progress_ratings"] = _df(con, "SELECT rating, label_ja FROM progress_ratings ORDER BY sort_order")
    finally:
        con.close()
    return ReportData(
        warehouse=warehouse, fiscal_year=int(fiscal_year), meta=meta, catalogue=catalogue, values=values,
        districts=districts, stats=stats, priority=priority, policies=policies, links=links,
        resources=resources, resource_types=resource_types, assocs=assocs, extra=extra,
    )


def _load_districts(con) -> pd.DataFrame:
    import shapely

    # The maps draw the display geometry the dashboard draws (simplified once by the build), when
    # the warehouse has it; an older warehouse's full geometry otherwise.
    if "display_areas" in _tables(con):
        df = _df(
            con,
            """SELECT d.district_code, d.district_name, d.area_block, a.geojson
               FROM districts d LEFT JOIN display_areas a
                    ON a.area_level = 'district' AND a.area_code = d.district_code
               ORDER BY d.district_code""",
        )
        df["geometry"] = [shapely.from_geojson(g) if isinstance(g, str) else None for g in df.pop("geojson")]
        return df
    df = _df(
        con,
        """SELECT district_code, district_name, area_block,
                  CASE WHEN geom IS NULL THEN NULL ELSE ST_AsWKB(geom) END AS wkb
           FROM districts ORDER BY district_code""",
    )
    df["geometry"] = [shapely.from_wkb(bytes(w)) if w is not None and not pd.isna(w) else None for w in df.pop("wkb")]
    return df


def _load_stats(con, fiscal_year: int, tables: set[str], meta: dict) -> pd.DataFrame:
    if "district_stats" not in tables:
        return pd.DataFrame(columns=["district_code", *PEOPLE_COLUMNS])
    raw = _df(con, "SELECT * FROM district_stats WHERE fiscal_year = ?", [fiscal_year])
    cols = [c for c in PEOPLE_COLUMNS if c in raw.columns]
    threshold = meta.get("suppression_threshold")
    threshold = int(threshold) if threshold is not None and not pd.isna(threshold) else 3
    # suppress_counts also honours suppressed_columns (values the source itself hid).
    out = suppress_people(raw, cols, threshold)
    return out


# ---------------------------------------------------------------------------- views
def kpi_table(data: ReportData, area_level: str = "city", area_code: str | None = None) -> pd.DataFrame:
    """One row per catalogue indicator at an area: value, target, gap, change since last 年度.

    Columns: indicator_id, name_ja, unit, value, target, direction, met, gap, delta,
    suppressed, value_text, target_text, gap_text, delta_text.
    """
    cat = data.catalogue.copy()
    if "sort_order" in cat.columns:
        cat = cat.sort_values("sort_order", kind="stable")
    levels = cat.get("area_levels")
    if levels is not None:
        cat = cat[[v is None or area_level in list(v) for v in cat["area_levels"]]]
    code = area_code if area_code is not None else data.municipality_code
    v = data.values[(data.values["area_level"] == area_level) & (data.values["area_code"].astype(str) == str(code))]
    cur = v[v["fiscal_year"] == data.fiscal_year].set_index("indicator_id")
    prev = v[v["fiscal_year"] == data.fiscal_year - 1].set_index("indicator_id")
    st = data.extra.get("indicator_status")
    statuses = {} if st is None else {(i, lv, str(a)): s for i, lv, a, s in zip(
        st["indicator_id"], st["area_level"], st["area_code"], st["status"])}
    rows = []
    for _, c in cat.iterrows():
        iid = c["indicator_id"]
        if iid not in cur.index:
            continue
        r = cur.loc[iid]
        suppressed = bool(r.get("suppressed")) if not pd.isna(r.get("suppressed")) else False
        value = None if suppressed or pd.isna(r["value"]) else float(r["value"])
        target = r.get("target") if "target" in r and not pd.isna(r.get("target")) else c.get("target")
        target = None if target is None or pd.isna(target) else float(target)
        direction = c.get("direction") or "higher"
        met = gap = None
        if value is not None and target is not None:
            met = value >= target if direction == "higher" else value <= target
            gap = (target - value) if direction == "higher" else (value - target)
        delta = None
        if value is not None and iid in prev.index:
            p = prev.loc[iid]
            if not (bool(p.get("suppressed")) if not pd.isna(p.get("suppressed")) else False) and not pd.isna(p["value"]):
                delta = value - float(p["value"])
        unit = c.get("unit")
        rows.append({
            "indicator_id": iid, "name_ja": c["name_ja"], "unit": unit, "value": value, "target": target,
            "direction": direction, "met": met, "gap": gap, "delta": delta, "suppressed": suppressed,
            "value_text": format_value(value, unit, suppressed),
            # The plan's 目指す姿 sentence is long; tables show the numeric target only.
            "target_text": format_value(target, unit) if target is not None else NO_TARGET_LABEL,
            "gap_text": (MISSING_LABEL if gap is None else ("達成" if met else "あと " + format_points(gap, unit))),
            "delta_text": format_delta(delta, unit),
            "status": statuses.get((iid, area_level, str(code)), MISSING_LABEL if target is not None else NO_TARGET_LABEL),
            "declared": bool(c.get("declared")) if not pd.isna(c.get("declared", False)) else False,
        })
    out = pd.DataFrame(rows, columns=[
        "indicator_id", "name_ja", "unit", "value", "target", "direction", "met", "gap", "delta",
        "suppressed", "value_text", "target_text", "gap_text", "delta_text", "status", "declared"])
    # Indicators with a numeric target first (the committee's question), catalogue order kept.
    return out.sort_values("target", key=lambda t: t.isna(), kind="stable").reset_index(drop=True)


def main_kpis(data: ReportData) -> pd.DataFrame:
    """City KPI rows of the headline indicators (MAIN_INDICATORS and built-in ones with a target)."""
    k = kpi_table(data)
    return k[~k["declared"] & (k["indicator_id"].isin(MAIN_INDICATORS) | k["target"].notna())].reset_index(drop=True)


def declared_kpis(data: ReportData) -> pd.DataFrame:
    """City KPI rows of the indicators the dataset declares (indicators.yaml), catalogue order."""
    k = kpi_table(data)
    return k[k["declared"]].reset_index(drop=True)


def monitoring_summary(data: ReportData) -> dict[str, Any]:
    """plan_monitoring for the deck: monitored / all per kind and the unmonitored rows."""
    pm = data.extra.get("plan_monitoring")
    if pm is None or pm.empty:
        return {}
    out: dict[str, Any] = {}
    for kind in ("target", "block"):
        rows = pm[pm["kind"] == kind].sort_values("sort_order")
        out[kind] = {"n": len(rows), "monitored": int(rows["monitored"].sum()),
                     "missing": rows[~rows["monitored"].astype(bool)], "rows": rows}
    # per 基本計画: its 目指す姿, how many are monitored, and by how many indicators of each kind
    t = out["target"]["rows"]
    titles = {(int(g), int(p)): str(x) for g, p, x in zip(data.policies.get("goal_no", []), data.policies.get("policy_no", []),
                                                         data.policies.get("title", []))}
    table = []
    for (g, p), grp in t.groupby(["goal_no", "policy_no"], sort=True):
        comp = {i for v in grp["computed_ids"] for i in (v if v is not None else [])}
        decl = {i for v in grp["declared_ids"] for i in (v if v is not None else [])}
        title = titles.get((int(g), int(p)), "")
        title = title if len(title) <= 18 else title[:17] + "…"
        table.append({"基本計画": f"{str(grp['ref_label'].iloc[0]).split('(')[0]} {title}".strip(),
                      "目指す姿": len(grp), "監視あり": int(grp["monitored"].sum()),
                      "計算指標": len(comp), "報告指標": len(decl),
                      "進捗の記録": int((grp["n_progress"] > 0).sum())})
    out["by_policy"] = pd.DataFrame(table)
    return out


def coverage_indicator_for(data: ReportData, resource_type: str) -> str | None:
    """The catalogue's district-level coverage indicator of a resource type, if any."""
    cat = data.catalogue
    if "resource_type" not in cat.columns:
        return None
    sel = cat[(cat["resource_type"] == resource_type)]
    if sel.empty:
        return None
    if "area_levels" in sel.columns:
        sel = sel[[v is None or "district" in list(v) for v in sel["area_levels"]]]
    if "family" in sel.columns and (sel["family"] == "coverage").any():
        sel = sel[sel["family"] == "coverage"]
    cov = sel[sel["indicator_id"].str.contains("coverage")]
    sel = cov if len(cov) else sel
    return str(sel["indicator_id"].iloc[0]) if len(sel) else None


def lacking_districts(data: ReportData, resource_type: str) -> pd.DataFrame:
    """Districts whose coverage indicator for `resource_type` has numerator 0 in the year."""
    iid = coverage_indicator_for(data, resource_type)
    if iid is None:
        from indicators.errors import UserError

        raise UserError(f"資源種別 {resource_type} の地区別カバー率指標が indicator_catalogue にありません")
    v = data.values
    v = v[(v["indicator_id"] == iid) & (v["area_level"] == "district") & (v["fiscal_year"] == data.fiscal_year)]
    lacking = v[v["numerator"].fillna(0) == 0]["area_code"].astype(str)
    out = data.districts[["district_code", "district_name"]].copy()
    out["lacking"] = out["district_code"].astype(str).isin(set(lacking))
    return out


def resource_label(data: ReportData, resource_type: str) -> str:
    rt = data.resource_types
    if "label_ja" in rt.columns:
        hit = rt.loc[rt["resource_type"] == resource_type, "label_ja"]
        if len(hit):
            return str(hit.iloc[0])
    return resource_type


def priority_components(data: ReportData) -> list[str]:
    """Component columns of priority_scores (those the engine also keeps scaled, `<c>_scaled`)."""
    cols = list(data.priority.columns)
    comps = [c for c in cols if f"{c}_scaled" in cols]
    if comps:
        return comps
    skip = {"district_code", "fiscal_year", "score", "rank"}
    return [c for c in cols if c not in skip and not c.endswith(("_scaled", "_suppressed"))]


def priority_table(data: ReportData, top: int = 10) -> pd.DataFrame:
    """Top districts by priority score with their components and names."""
    p = data.priority.copy()
    if p.empty:
        return p
    p = p.sort_values("score", ascending=False).head(top)
    p.insert(1, "district_name", [data.district_name(c) for c in p["district_code"]])
    return p.drop(columns=[c for c in ("fiscal_year",) if c in p.columns]).reset_index(drop=True)


def priority_display(data: ReportData, top: int = 10) -> pd.DataFrame:
    """Formatted priority table (Japanese headers, component units, 秘匿 where flagged)."""
    p = priority_table(data, top)
    if p.empty:
        return p
    cat = data.catalogue.set_index("indicator_id") if "indicator_id" in data.catalogue else pd.DataFrame()
    out = pd.DataFrame({"順位": range(1, len(p) + 1), "地区": p["district_name"],
                        "スコア": [f"{s:.2f}" for s in p["score"]]})
    for comp in priority_components(data):
        name = str(cat.loc[comp, "name_ja"]) if comp in cat.index else COMPONENT_LABELS.get(comp, comp)
        unit = cat.loc[comp, "unit"] if comp in cat.index else None
        flags = p[f"{comp}_suppressed"] if f"{comp}_suppressed" in p.columns else [False] * len(p)
        out[name] = [format_value(v, unit, bool(f)) for v, f in zip(p[comp], flags)]
    return out


TARGET_STATUS_NAMES = ("達成", "順調", "遅れ", "後退", "判定不可")


def policy_status(data: ReportData) -> pd.DataFrame:
    """Per plan policy: its monitored indicators with city value, target and status, and the
    progress of its measures (`progress`; a policy with progress but no indicator gets the
    progress status instead of 指標なし)."""
    from indicators.progress.measures import roman
    from indicators.reports.progress_rows import policy_progress, progress_status, progress_text

    kpis = kpi_table(data).set_index("indicator_id")
    rows = []
    links = data.links.drop_duplicates(subset=["indicator_id", "goal_no", "policy_no"]) if not data.links.empty else data.links
    for _, pol in data.policies.iterrows():
        linked = links[(links["goal_no"] == pol["goal_no"]) & (links["policy_no"] == pol["policy_no"])]
        ids = [i for i in dict.fromkeys(linked["indicator_id"]) if i in kpis.index]
        headline = [i for i in ids if i in MAIN_INDICATORS or not pd.isna(kpis.loc[i, "target"])]
        parts, mets = [], []
        for i in headline:
            k = kpis.loc[i]
            parts.append(f"{k['name_ja']}: {k['value_text']}（目標 {k['target_text']}）")
            mets.append(k["met"])
        known = [m for m in mets if m is not None and not pd.isna(m)]
        prog = policy_progress(data, pol.get("block_id"))
        judged = [kpis.loc[i, "status"] for i in ids if kpis.loc[i, "status"] in TARGET_STATUS_NAMES]
        if judged:  # the target status of its indicators (indicator_status), in the plan's order of concern
            status = "・".join(f"{n} {judged.count(n)}" for n in TARGET_STATUS_NAMES if judged.count(n))
        elif not ids:
            status = progress_status(prog) or "指標なし"
        elif not known:
            status = "判定不可"
        elif all(known):
            status = "達成"
        else:
            status = f"未達成 {sum(1 for m in known if not m)}/{len(known)}"
        rows.append({
            "goal_no": pol["goal_no"], "policy_no": pol["policy_no"], "title": pol.get("title"),
            "indicators": "\n".join(parts + ([f"ほか {len(ids) - len(headline)} 指標（数値目標なし）"]
                                              if len(ids) > len(headline) else [])) or "—",
            "status": status, "progress": progress_text(prog),
            "position": f"{roman(int(pol['goal_no']))}-{pol['policy_no']}",
        })
    return pd.DataFrame(rows, columns=["goal_no", "policy_no", "title", "indicators", "status", "progress", "position"])


def card_indicator(data: ReportData, indicator_id: str) -> bool:
    """Indicators on a one-page card: headline ones, need, 1 km accessibility and the declared
    ones kept per 地区 (indicators.yaml)."""
    if indicator_id in MAIN_INDICATORS:
        return True
    if "declared" in data.catalogue.columns and data.catalogue.loc[
            data.catalogue["indicator_id"] == indicator_id, "declared"].fillna(False).astype(bool).any():
        return True
    if "within_1km" in indicator_id:
        return indicator_id.endswith(("consultation", "district_salon", "community_cafeteria"))
    fam = data.catalogue.loc[data.catalogue["indicator_id"] == indicator_id, "family"] \
        if "family" in data.catalogue.columns else pd.Series([], dtype=object)
    return bool(len(fam)) and fam.iloc[0] in {"coverage", "assoc", "need"}


def format_sources(sources: Any) -> list[str]:
    """dataset.yaml `sources` as lines (plain strings or {label: text} mappings)."""
    if sources is None or (not isinstance(sources, (list, tuple)) and pd.isna(sources)):
        return []
    lines = []
    for item in list(sources):
        if isinstance(item, dict):
            lines += [f"{k}: {v}" for k, v in item.items()]
        else:
            lines.append(str(item))
    return lines


def district_card_data(data: ReportData, code: str) -> dict[str, Any]:
    """Everything one district card shows (already formatted; counts suppressed)."""
    st = data.stats[data.stats["district_code"].astype(str) == str(code)]
    stats = []
    for col, label in STAT_LABELS.items():
        if col not in data.stats.columns:
            continue
        if st.empty:
            stats.append({"label": label, "text": MISSING_LABEL})
            continue
        r = st.iloc[0]
        stats.append({"label": label, "text": format_count(r[col], bool(r.get(f"{col}_suppressed", False)))})
    dk = kpi_table(data, "district", code)
    dk = dk[[card_indicator(data, i) for i in dk["indicator_id"]]]
    city = kpi_table(data).set_index("indicator_id")
    indicators = []
    for _, k in dk.iterrows():
        indicators.append({
            "name": k["name_ja"], "value": k["value_text"],
            "city": city.loc[k["indicator_id"], "value_text"] if k["indicator_id"] in city.index else MISSING_LABEL,
            "target": MISSING_LABEL if k["target_text"] == NO_TARGET_LABEL else k["target_text"],
            # the 地区's target status (indicator_status) after the gap, when it could be judged
            "gap": k["gap_text"] + (f"（{k['status']}）" if k["status"] in TARGET_STATUS_NAMES[:4] else ""),
            "delta": k["delta_text"], "met": k["met"],
        })
    res = data.resources[data.resources["district_code"].astype(str) == str(code)]
    # One row per type keeps the card on one page even in districts with many places.
    resources = [
        {"type": resource_label(data, rtype), "count": len(group),
         "names": "、".join(str(n) for n in group["name"].head(8)) + ("、…" if len(group) > 8 else "")}
        for rtype, group in res.groupby("resource_type", sort=True)
    ]
    a = data.assocs[data.assocs["district_code"].astype(str) == str(code)]
    assoc = a.iloc[0].to_dict() if len(a) else {}
    pr = data.priority[data.priority["district_code"].astype(str) == str(code)]
    rank = None
    if len(pr):
        ordered = data.priority.sort_values("score", ascending=False)["district_code"].astype(str).tolist()
        rank = ordered.index(str(code)) + 1
    row = data.districts[data.districts["district_code"].astype(str) == str(code)]
    return {
        "code": code,
        "name": data.district_name(code),
        "title": district_title(data.district_name(code)),
        "area_block": (row["area_block"].iloc[0] if len(row) and isinstance(row["area_block"].iloc[0], str) else ""),
        "place": joined([data.meta.get("municipality_name"),
                         row["area_block"].iloc[0] if len(row) and "area_block" in row else None]),
        "stats": stats,
        "indicators": indicators,
        "resources": resources,
        "assoc": {k: int(v) for k, v in assoc.items() if k != "district_code" and v is not None and not pd.isna(v)},
        "priority_score": (f"{float(pr['score'].iloc[0]):.2f}" if len(pr) else MISSING_LABEL),
        "priority_rank": rank,
        "priority_total": len(data.priority),
    }
