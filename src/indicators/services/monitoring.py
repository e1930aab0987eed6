"""Queries for 「計画のどこを見ているか」 and the target statuses (plain pandas; never imports streamlit).

Read `plan_monitoring` and `indicator_status` (written by the engine); nothing is computed here
but the display order and labels. Values of people counts in `indicator_status` were hidden by
the engine already (a hidden value is never a baseline or a latest value).
"""
from __future__ import annotations

import pandas as pd

from indicators.services.queries import Warehouse, _df, _tables

GOAL_LABELS = {1: "基本目標Ⅰ", 2: "基本目標Ⅱ", 3: "基本目標Ⅲ", 4: "基本目標Ⅳ"}
STATUS_NAMES = ("達成", "順調", "遅れ", "後退", "判定不可")


def has_monitoring(path: Warehouse) -> bool:
    return "plan_monitoring" in _tables(path)


def monitoring_counts(path: Warehouse) -> pd.DataFrame:
    """Per kind (block / target): rows, monitored rows."""
    if not has_monitoring(path):
        return pd.DataFrame(columns=["kind", "kind_ja", "n", "monitored"])
    return _df(path, """SELECT kind, any_value(kind_ja) AS kind_ja, count(*) AS n,
                               count(*) FILTER (WHERE monitored) AS monitored
                        FROM plan_monitoring GROUP BY kind ORDER BY kind DESC""")


def plan_monitoring(path: Warehouse, kind: str, goal_no: int | None = None) -> pd.DataFrame:
    """Rows of one kind, the unmonitored first (then plan order)."""
    if not has_monitoring(path):
        return pd.DataFrame()
    goal = "" if goal_no is None else "AND goal_no = ?"
    params: list = [kind] + ([] if goal_no is None else [int(goal_no)])
    return _df(path, f"""SELECT * FROM plan_monitoring WHERE kind = ? {goal}
                         ORDER BY monitored, sort_order""", params)


def monitoring_table(df: pd.DataFrame) -> pd.DataFrame:
    """plan_monitoring rows as the page and its downloads show them (Japanese headers)."""
    def ids(v: object) -> str:
        return "、".join(list(v)) if v is not None and not isinstance(v, float) and len(v) else "—"  # type: ignore[arg-type]

    return pd.DataFrame({
        "監視": ["あり" if m else "なし（未監視）" for m in df["monitored"]],
        "計画の項目": df["ref_label"],
        "監視の方法": df["monitoring_ja"],
        "目標の状況": df["status_summary"].astype(object).where(df["status_summary"].notna(), "—"),
        "取組の評価": df["progress_summary"].astype(object).where(df["progress_summary"].notna(), "—"),
        "内容": df["title"],
        "計算指標": df["computed_names"].map(ids) if "computed_names" in df else df["computed_ids"].map(ids),
        "報告指標": df["declared_names"].map(ids) if "declared_names" in df else df["declared_ids"].map(ids),
    })


def monitoring_rows(path: Warehouse, kind: str, goal_no: int | None = None) -> pd.DataFrame:
    """`plan_monitoring` rows as `monitoring_table` shows them, indicators by their Japanese names."""
    df = plan_monitoring(path, kind, goal_no)
    return monitoring_table(with_indicator_names(path, df)) if len(df) else pd.DataFrame()


def with_indicator_names(path: Warehouse, df: pd.DataFrame) -> pd.DataFrame:
    """computed_ids / declared_ids replaced by the indicators' Japanese names (no raw codes on screen)."""
    names = dict(_df(path, "SELECT indicator_id, name_ja FROM indicator_catalogue").itertuples(index=False, name=None))
    out = df.copy()
    for col in ("computed_ids", "declared_ids"):
        out[col.replace("_ids", "_names")] = [[names.get(i, i) for i in (v if v is not None else [])] for v in out[col]]
    return out


def target_status(path: Warehouse, level: str = "city", area_code: str | None = None) -> pd.DataFrame:
    """indicator_status rows of one level (and area) with the indicator's name, unit and plan refs."""
    if "indicator_status" not in _tables(path):
        return pd.DataFrame(columns=["indicator_id", "name_ja", "unit", "status", "status_order"])
    where = "s.area_level = ?" + ("" if area_code is None else " AND s.area_code = ?")
    params = [level] + ([] if area_code is None else [area_code])
    return _df(path, f"""
        SELECT s.*, c.name_ja, c.unit, c.direction, c.declared, c.plan_refs, c.family, c.sort_order
        FROM indicator_status s JOIN indicator_catalogue c USING (indicator_id)
        WHERE {where}
        ORDER BY c.sort_order, s.area_code""", params)


def status_by_policy(path: Warehouse) -> pd.DataFrame:
    """Per 基本計画 (goal, policy, label Ⅰ-1 …): counts of each city-level target status of its indicators."""
    if "indicator_status" not in _tables(path):
        return pd.DataFrame(columns=["goal_no", "policy_no", *STATUS_NAMES])
    df = _df(path, """
        SELECT DISTINCT l.goal_no, l.policy_no, s.indicator_id, s.status
        FROM indicator_status s JOIN indicator_plan_links l USING (indicator_id)
        WHERE s.area_level = 'city'""")
    if df.empty:
        return pd.DataFrame(columns=["goal_no", "policy_no", *STATUS_NAMES])
    wide = df.pivot_table(index=["goal_no", "policy_no"], columns="status", values="indicator_id",
                          aggfunc="count", fill_value=0).reset_index()
    for name in STATUS_NAMES:
        if name not in wide.columns:
            wide[name] = 0
    from indicators.declared.monitoring import ref_label

    wide["label"] = [ref_label(g, p) for g, p in zip(wide["goal_no"], wide["policy_no"])]
    return wide[["goal_no", "policy_no", "label", *STATUS_NAMES]]


STATUS_COLORS = {"達成": "#1a9850", "順調": "#91cf60", "遅れ": "#fc8d59", "後退": "#d73027", "判定不可": "#bdbdbd"}


def status_figure(by_policy: pd.DataFrame) -> object:
    """Stacked bars: per 基本計画, how many of its indicators are 達成 / 順調 / 遅れ / 後退 / 判定不可."""
    import plotly.graph_objects as go

    fig = go.Figure()
    rows = by_policy.iloc[::-1]  # Ⅰ-1 on top
    for name in STATUS_NAMES:
        fig.add_trace(go.Bar(y=rows["label"], x=rows[name], name=name, orientation="h",
                             marker_color=STATUS_COLORS[name], hovertemplate=f"%{{y}} {name}: %{{x}} 指標<extra></extra>"))
    fig.update_layout(barmode="stack", height=90 + 28 * len(rows), margin=dict(l=10, r=10, t=30, b=10),
                      xaxis_title="指標の数", legend=dict(orientation="h", y=1.08), title="基本計画ごとの目標の状況")
    return fig


def status_table(df: pd.DataFrame) -> pd.DataFrame:
    """indicator_status rows (from `target_status`) as display text."""
    from indicators.services.formatting import format_value

    def with_year(v: object, fy: object, unit: object) -> str:
        text = format_value(v, unit)  # type: ignore[arg-type]
        return text if text == "—" or fy is None or pd.isna(fy) else f"{text}（{int(fy)}年度）"  # type: ignore[arg-type]

    return pd.DataFrame({
        "指標": df["name_ja"],
        "状況": df["status"],
        "基準値": [with_year(v, y, u) for v, y, u in zip(df["baseline"], df["baseline_fy"], df["unit"])],
        "最新値": [with_year(v, y, u) for v, y, u in zip(df["latest"], df["latest_fy"], df["unit"])],
        "経路上の値": [format_value(v, u) for v, u in zip(df["expected"], df["unit"])],
        "目標値": [with_year(v, y, u) for v, y, u in zip(df["target"], df["target_fy"], df["unit"])],
        "判定の理由": df["reason"].fillna(""),
    })


def status_labels(path: Warehouse, level: str = "city", area_code: str | None = None) -> dict[str, str]:
    """indicator_id → target status (達成 / 順調 / 遅れ / 後退 / 判定不可) at one level (and area)."""
    df = target_status(path, level, area_code)
    return dict(zip(df["indicator_id"], df["status"])) if len(df) else {}
