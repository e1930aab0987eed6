"""推移・優先度: indicator trends by 年度 and 地区 ranked by the engine's priority score."""
from __future__ import annotations

import streamlit as st

import dashboard_ui as ui
from indicators.services import exports, figures
from indicators.services.formatting import format_value, is_ratio
from indicators.services.queries import priority_components

COMPONENT_LABELS = {
    "aging_rate": "高齢化率", "single_elderly": "高齢単身世帯", "single_elderly_rate": "高齢単身世帯率",
    "children": "子ども", "children_rate": "子どもの割合", "gap": "資源の不足", "gaps": "資源の不足",
    "coverage_gap": "資源の不足",
}
note = ui.notice()

st.title("推移・優先度")
tab_trend, tab_priority = st.tabs(["年度推移", "優先度ランキング"])

with tab_trend:
    cat = ui.q("catalogue")
    names = dict(zip(cat["indicator_id"], cat["name_ja"]))
    units = dict(zip(cat["indicator_id"], cat["unit"]))
    targets = dict(zip(cat["indicator_id"], cat["target"]))
    c1, c2 = st.columns([2, 1])
    ind = c1.selectbox("指標", list(names), format_func=names.get, key="trend_indicator")
    level = c2.radio("比較する区域", list(ui.LEVEL_OPTIONS), format_func=ui.LEVEL_OPTIONS.get, key="trend_level", horizontal=True)
    areas = ui.q("area_names", level)
    area_label = dict(zip(areas["area_code"], areas["area_name"]))
    chosen = st.multiselect("区域（市全体と並べて表示）", list(area_label), format_func=area_label.get, key="trend_areas",
                            max_selections=8)
    df = ui.q("indicator_trend", ind, level, tuple(chosen))
    title = f"{names[ind]}の推移"
    st.plotly_chart(figures.trend(df, units[ind], title, targets[ind]), width="stretch", key="trend_chart")
    table = df.assign(値=[format_value(v, units[ind], bool(s)) for v, s in zip(df["value"], df["suppressed"])])
    table = table[["series", "fiscal_year", "値"]].rename(columns={"series": "区域", "fiscal_year": "年度"})
    scale = 100.0 if is_ratio(units[ind]) else 1.0
    ui.downloads(table, f"trend_{ind}", key="trend",
                 png=lambda: exports.trend_png(df, title, "%" if scale == 100 else (units[ind] or ""), note, targets[ind], scale))

with tab_priority:
    years = ui.q("fiscal_years")
    fy = st.selectbox("年度", years[::-1], format_func=lambda y: f"{y}年度", key="priority_fy")
    pr = ui.q("priority", fy)
    if pr.empty:
        st.info("この年度の優先度スコアはありません。")
    else:
        comps = priority_components(pr)
        st.caption("ニーズ（高齢化・高齢単身世帯・子ども）と資源の不足を組み合わせた優先度スコア（指標エンジンの定義による）。値が大きいほど優先度が高い地区です。")
        st.plotly_chart(figures.priority_bars(pr, comps, COMPONENT_LABELS), width="stretch", key="priority_chart")
        labels = {"rank": "順位", "district_name": "地区", "district_code": "地区コード", "fiscal_year": "年度",
                  "score": "優先度スコア", **{c: COMPONENT_LABELS.get(c, c) for c in comps}}
        shown = pr.rename(columns=labels)
        st.dataframe(shown, hide_index=True, width="stretch")
        ui.downloads(pr, f"priority_{fy}", labels, key="priority",
                     png=lambda: exports.priority_png(pr, f"優先度スコア（{fy}年度）", note))
