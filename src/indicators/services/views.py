"""Services for the overview and the 地区カルテ pages (typed, no streamlit): plan grouping of the
indicators, the 【目指す姿】 each is measured against, a 地区's resource types あり/なし with the
nearest place, its priority rank and components, and the 町内会-vs-statistics explanation."""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from indicators.services.formatting import plan_position
from indicators.services.queries import (
    _ACTIVE, Warehouse, _columns, _df, _tables, dataset_meta, district_indicators, priority, priority_components,
)

UNLINKED_GROUP = "計画の施策に結び付かない指標"
COMPONENT_LABELS = {
    "aging_rate": "高齢化率", "single_elderly_share": "高齢単身世帯の割合", "child_share": "子ども（0〜14歳）の割合",
    "missing_key_resources": "ない主要資源の種類数",
}
COMPONENT_UNITS = {"aging_rate": "ratio", "single_elderly_share": "ratio", "child_share": "ratio",
                   "missing_key_resources": "count"}


def indicator_groups(path: Warehouse) -> pd.DataFrame:
    """indicator_id → the first plan policy it monitors: group_order, group_label (「Ⅰ-1 …」)."""
    links = _df(path, """
        SELECT l.indicator_id, min(l.goal_no * 100 + l.policy_no) AS key
        FROM indicator_plan_links l GROUP BY 1""")
    pols = _df(path, "SELECT goal_no, policy_no, title FROM plan_policies")
    pols["key"] = pols["goal_no"] * 100 + pols["policy_no"]
    out = links.merge(pols, on="key", how="left")
    out["group_label"] = [f"{plan_position(g, p)} {t}" if pd.notna(g) else UNLINKED_GROUP
                          for g, p, t in zip(out["goal_no"], out["policy_no"], out["title"])]
    out["group_order"] = out["key"].fillna(10_000).astype(int)
    return out[["indicator_id", "group_order", "group_label"]]


def target_states(path: Warehouse) -> dict[str, list[str]]:
    """indicator_id → the 【目指す姿】 texts of the plan blocks it is linked to (a block without its
    own list takes its nearest ancestor's)."""
    if not {"plan_targets", "plan_sections", "indicator_plan_links"} <= _tables(path):
        return {}
    order = ", line_no" if "line_no" in _columns(path, "plan_targets") else ""
    targets = _df(path, f"SELECT block_id, text FROM plan_targets ORDER BY block_id{order}")
    by_block = targets.groupby("block_id")["text"].apply(list).to_dict()
    parent = (dict(_df(path, "SELECT block_id, parent_block_id FROM plan_sections").itertuples(index=False, name=None))
              if "parent_block_id" in _columns(path, "plan_sections") else {})
    parent.update({b: b.rsplit("-", 1)[0] for b in list(by_block) if b not in parent and "-" in b})
    links = _df(path, "SELECT indicator_id, block_id FROM indicator_plan_links ORDER BY indicator_id, block_id")
    out: dict[str, list[str]] = {}
    for ind, block in links.itertuples(index=False, name=None):
        b, seen = block, set()
        while b and b not in by_block and b not in seen:
            seen.add(b)
            b = parent.get(b) or (b.rsplit("-", 1)[0] if "-" in b else None)
        for text in by_block.get(b, []):
            if text not in out.setdefault(ind, []):
                out[ind].append(text)
    return out


def district_indicator_rows(path: Warehouse, district_code: str, fiscal_year: int) -> pd.DataFrame:
    """The 地区's indicators with 前年度比 (change from the year before; NULL when either is missing
    or suppressed) and the 【目指す姿】 each is measured against."""
    cur = district_indicators(path, district_code, fiscal_year)
    prev = _df(path, """SELECT indicator_id, value AS prev_value, COALESCE(suppressed, FALSE) AS prev_suppressed
                        FROM indicator_values WHERE area_level = 'district' AND area_code = ? AND fiscal_year = ?""",
               [district_code, fiscal_year - 1])
    df = cur.merge(prev, on="indicator_id", how="left")
    hidden = df["suppressed"].fillna(False).astype(bool) | df["prev_suppressed"].fillna(False).astype(bool)
    df["change"] = (df["value"] - df["prev_value"]).where(~hidden)
    states = target_states(path)
    df["target_states"] = ["\n".join(f"〇{t}" for t in states.get(i, [])) for i in df["indicator_id"]]
    return df


def nearest(origins: pd.DataFrame, places: pd.DataFrame, metric_crs: str) -> pd.DataFrame:
    """For each origin (x: lon, y: lat), the nearest place (lon, lat, name, district_name): pure,
    distances in metres in `metric_crs`. Returns name, district_name, distance_m per origin row."""
    from pyproj import Transformer

    if places.empty or origins.empty:
        return pd.DataFrame({"name": [None] * len(origins), "district_name": [None] * len(origins),
                             "distance_m": [np.nan] * len(origins)}, index=origins.index)
    tf = Transformer.from_crs("EPSG:6668", metric_crs, always_xy=True)
    ox, oy = tf.transform(origins["lon"].to_numpy(float), origins["lat"].to_numpy(float))
    px, py = tf.transform(places["lon"].to_numpy(float), places["lat"].to_numpy(float))
    d = np.hypot(np.subtract.outer(ox, px), np.subtract.outer(oy, py))
    k = d.argmin(axis=1)
    return pd.DataFrame({"name": places["name"].to_numpy()[k], "district_name": places["district_name"].to_numpy()[k],
                         "distance_m": d[np.arange(len(k)), k]}, index=origins.index)


def resource_presence(path: Warehouse, district_code: str, fiscal_year: int) -> pd.DataFrame:
    """Every resource type: how many are active in the 地区 (あり / なし) and, when none, the
    nearest active one elsewhere (from the 地区's centre; places without a point stand at their
    地区's centre): label, count, present, nearest_name, nearest_district, distance_km."""
    types = _df(path, "SELECT resource_type, label_ja FROM resource_types ORDER BY resource_type")
    active = _df(path, f"""
        SELECT r.resource_type, r.name, r.district_code, d.district_name,
               COALESCE(r.lon, d.centroid_lon) AS lon, COALESCE(r.lat, d.centroid_lat) AS lat
        FROM resources r LEFT JOIN districts d USING (district_code)
        WHERE {_ACTIVE}""", [fiscal_year, fiscal_year])
    home = _df(path, "SELECT centroid_lon AS lon, centroid_lat AS lat FROM districts WHERE district_code = ?", [district_code])
    metric = str(dataset_meta(path).get("metric_crs") or "EPSG:6673")
    rows = []
    for rtype, label in types.itertuples(index=False, name=None):
        mine = active[(active["resource_type"] == rtype) & (active["district_code"] == district_code)]
        row: dict[str, Any] = {"resource_type": rtype, "label": label or rtype, "count": len(mine),
                               "present": len(mine) > 0, "nearest_name": None, "nearest_district": None,
                               "distance_km": np.nan}
        if not len(mine) and len(home) and home["lon"].notna().all():
            others = active[(active["resource_type"] == rtype) & active["lon"].notna() & active["lat"].notna()]
            near = nearest(home, others, metric).iloc[0]
            row.update(nearest_name=near["name"], nearest_district=near["district_name"],
                       distance_km=near["distance_m"] / 1000 if pd.notna(near["distance_m"]) else np.nan)
        rows.append(row)
    return pd.DataFrame(rows)


def district_priority(path: Warehouse, district_code: str, fiscal_year: int) -> dict[str, Any] | None:
    """rank (1 = highest need), total, score and components [(label, value, unit, scaled)] of one 地区."""
    pr = priority(path, fiscal_year)
    mine = pr[pr["district_code"] == district_code]
    if mine.empty:
        return None
    r = mine.iloc[0]
    comps = []
    for c in priority_components(pr):
        hidden = bool(r.get(f"{c}_suppressed", False)) if pd.notna(r.get(f"{c}_suppressed", False)) else False
        comps.append({"component": COMPONENT_LABELS.get(c, c), "value": None if hidden else r[c],
                      "unit": COMPONENT_UNITS.get(c, ""), "scaled": r.get(f"{c}_scaled"), "suppressed": hidden})
    return {"rank": int(r["rank"]), "total": int(pr["score"].notna().sum()), "score": float(r["score"]),
            "components": pd.DataFrame(comps)}


def district_resources_named(path: Warehouse, district_code: str, fiscal_year: int) -> pd.DataFrame:
    """Active resources of the 地区 with the school district's name (not its code)."""
    return _df(path, f"""
        SELECT COALESCE(t.label_ja, r.resource_type) AS type_label, r.name, s.school_name,
               r.opened_fy, r.frequency, r.note
        FROM resources r LEFT JOIN resource_types t USING (resource_type)
        LEFT JOIN school_districts s USING (school_code)
        WHERE r.district_code = ? AND {_ACTIVE} ORDER BY r.resource_type, r.name""",
               [district_code, fiscal_year, fiscal_year])


def assoc_totals_note(stats_households: Any, assoc_households: Any) -> str | None:
    """One line explaining why the 町内会 total differs from the 地区's statistics (None if equal
    or either is missing/suppressed)."""
    try:
        a, s = float(assoc_households), float(stats_households)
    except (TypeError, ValueError):
        return None
    if np.isnan(a) or np.isnan(s) or a == s:
        return None
    return (f"町内会・集落の世帯数の合計（{a:,.0f}）は地区の統計（{s:,.0f}）と一致しません。町内会に加入していない世帯が"
            "あり、名簿と統計の時点も異なるためです（町内会の合計は名簿の値、地区の統計は住民基本台帳などの値）。")


def district_list(path: Warehouse) -> pd.DataFrame:
    """district_code, district_name, name_confidence, area_block, area_km2 and the label to show:
    a name only inferred (name_confidence = likely) is flagged 「（名称は推定）」."""
    df = _df(path, """SELECT district_code, district_name, name_confidence, area_block, area_km2
                      FROM districts ORDER BY district_code""")
    df["label"] = [f"{n}（名称は推定）" if c == "likely" else str(n)
                   for n, c in zip(df["district_name"], df["name_confidence"])]
    return df


def card_pdf(warehouse: Any, district_code: str, fiscal_year: int) -> bytes:
    """The 地区's printable card (the committee card, A4) as PDF bytes (headless Chromium)."""
    import tempfile
    from pathlib import Path

    from indicators.reports import data as rd
    from indicators.reports.cards import write_cards

    report = rd.load_report_data(warehouse, fiscal_year)
    with tempfile.TemporaryDirectory(prefix="card-") as tmp:
        (pdf,) = write_cards(report, Path(tmp), [district_code], pdf=True, html=False)
        return pdf.read_bytes()


def presence_table(presence: pd.DataFrame) -> pd.DataFrame:
    """resource_presence as the page and the download show it (あり / なし, nearest when none)."""
    return pd.DataFrame({
        "種類": presence["label"],
        "この地区": ["あり" if p else "なし" for p in presence["present"]],
        "数": presence["count"],
        "ない場合：最寄りの資源": [
            "" if p or not isinstance(n, str) else f"{n}（{d}、約 {km:.1f} km）"
            for p, n, d, km in zip(presence["present"], presence["nearest_name"], presence["nearest_district"],
                                   presence["distance_km"])],
    })


RESOURCE_LABELS = {"type_label": "種類", "name": "名称", "school_name": "小学校区", "opened_fy": "開始年度",
                   "frequency": "頻度", "note": "備考"}


def card_sheets(path: Warehouse, district_code: str, fiscal_year: int, whole_area: str) -> list[Any]:
    """The カルテ download: sheets 統計, 指標, 資源, 資源のあり・なし, numbers kept as numbers
    (counts below the threshold as 「秘匿」)."""
    from indicators.services.exports import Sheet
    from indicators.services.privacy import SUPPRESSED_LABEL
    from indicators.services.queries import STAT_COUNT_COLUMNS, STAT_LABELS, district_stats

    stats = district_stats(path, district_code)
    out = stats[["fiscal_year"]].copy()
    for col in STAT_COUNT_COLUMNS:
        hidden = stats[f"{col}_suppressed"].fillna(False).astype(bool) if f"{col}_suppressed" in stats else False
        out[col] = stats[col].astype(object).where(~hidden, SUPPRESSED_LABEL)
        out[col] = [None if (not isinstance(v, str) and pd.isna(v)) else (v if isinstance(v, str) else int(v)) for v in out[col]]
    ind = district_indicator_rows(path, district_code, fiscal_year)
    ind = ind[["name_ja", "value", "suppressed", "city_value", "target", "gap", "change", "unit", "target_states"]]
    ind_labels = {"name_ja": "指標", "value": "地区の値", "city_value": whole_area, "target": "目標",
                  "gap": "目標までの差", "change": "前年度比", "target_states": "【目指す姿】"}
    return [
        Sheet("統計", out, {"fiscal_year": "年度", **STAT_LABELS}),
        Sheet("指標", ind, ind_labels, unit_of={c: "unit" for c in ("value", "city_value", "target", "gap", "change")},
              drop=["suppressed", "unit"]),
        Sheet("資源", district_resources_named(path, district_code, fiscal_year), RESOURCE_LABELS),
        Sheet("資源のあり・なし", presence_table(resource_presence(path, district_code, fiscal_year))),
    ]


def years_without_stats(path: Warehouse) -> list[int]:
    """Fiscal years of the build's range that have no district statistics at all."""
    meta = dataset_meta(path)
    have = set(_df(path, "SELECT DISTINCT fiscal_year FROM district_stats")["fiscal_year"].dropna().astype(int))
    lo, hi = meta.get("min_fy"), meta.get("max_fy")
    if lo is None or hi is None or pd.isna(lo) or pd.isna(hi):
        return []
    return [y for y in range(int(lo), int(hi) + 1) if y not in have]
