"""推移・優先度: indicator trends by 年度 and 地区 ranked by the engine's priority score."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from indicators.dashboard import ui
from indicators.services import exports, figures, queries, views
from indicators.services.formatting import format_value, is_ratio
from indicators.services.privacy import SUPPRESSED_LABEL
from indicators.services.queries import priority_components

COMPONENT_LABELS = views.COMPONENT_LABELS
note = ui.notice()

ui.banner()
st.title("推移・優先度")
tab_trend, tab_priority = st.tabs(["年度推移", "優先度ランキング"])

with tab_trend:
    cat = ui.query(queries.catalogue)
    names = dict(zip(cat["indicator_id"], cat["name_ja"]))
    units = dict(zip(cat["indicator_id"], cat["unit"]))
    targets = dict(zip(cat["indicator_id"], cat["target"]))
    c1, c2 = st.columns([2, 1])
    ind = c1.selectbox("指標", list(names), format_func=names.get, key="trend_indicator")
    level = c2.radio("比較する区域", list(ui.LEVEL_OPTIONS), format_func=ui.LEVEL_OPTIONS.get, key="trend_level", horizontal=True)
    areas = ui.query(queries.area_names, level)
    area_label = dict(zip(areas["area_code"], areas["area_name"]))
    chosen = st.multiselect(f"区域（{ui.whole_area()}と並べて表示）", list(area_label), format_func=area_label.get, select_all=False, key="trend_areas", placeholder="地区・小学校区を選択（最大8）",
                            max_selections=8)
    df = ui.query(queries.indicator_trend, ind, level, tuple(chosen))
    title = f"{names[ind]}の推移"
    levels = ui.query(queries.indicator_levels, ind)
    if level not in levels:
        others = "・".join(ui.LEVEL_OPTIONS[x] for x in levels)
        st.info(f"この指標には{ui.LEVEL_OPTIONS[level]}ごとの値がありません。{ui.whole_area()}の値だけを表示しています"
                + (f"（{others}ごとの値はあります）。" if others else "。"))
    no_stats = [y for y in ui.query(views.years_without_stats)
                if y in set(df.loc[df["value"].isna() & ~df["suppressed"].fillna(False).astype(bool), "fiscal_year"])]
    if no_stats:
        st.caption("、".join(f"{y}年度" for y in no_stats) + "は地区別統計がないため、人口に基づくこの指標の値はありません。")
    st.plotly_chart(figures.trend(df, units[ind], title, targets[ind]), width="stretch", key="trend_chart", config=ui.PLOTLY_CONFIG)
    table = df[["series", "fiscal_year", "value", "suppressed"]].assign(unit=units[ind])
    scale = 100.0 if is_ratio(units[ind]) else 1.0
    ui.downloads(table, f"trend_{ind}", {"series": "区域", "fiscal_year": "年度", "value": "値"}, key="trend",
                 unit_of={"value": "unit"}, drop=["suppressed", "unit"],
                 png=lambda: exports.trend_png(df, title, "%" if scale == 100 else (units[ind] or ""), note, targets[ind], scale))

with tab_priority:
    years = ui.query(queries.fiscal_years)
    fy = st.selectbox("年度", years[::-1], format_func=lambda y: f"{y}年度", key="priority_fy")
    pr = ui.query(queries.priority, fy)
    if pr.empty:
        st.info("この年度の優先度スコアはありません。")
    else:
        comps = priority_components(pr)
        st.caption(
            "ニーズ（高齢化率・高齢単身世帯・子ども）と主要資源の不足を組み合わせた、指標エンジンの優先度スコア。"
            "1位が最も優先度の高い地区です。（ ）内は0〜1に換算した値。"
        )
        st.plotly_chart(figures.priority_bars(pr, comps, COMPONENT_LABELS), width="stretch", key="priority_chart", config=ui.PLOTLY_CONFIG)
        table = pr[["rank", "district_name", "score"]].copy()
        table["score"] = table["score"].round(1)
        numbers = pr[["rank", "district_name", "score"]].copy()
        formats: dict[str, str] = {"score": "0.0"}
        for c in comps:
            hidden = pr[f"{c}_suppressed"].fillna(False).astype(bool) if f"{c}_suppressed" in pr else pd.Series(False, index=pr.index)
            scaled = pr[f"{c}_scaled"] if f"{c}_scaled" in pr else pd.Series(float("nan"), index=pr.index)
            unit = views.COMPONENT_UNITS.get(c, "")
            label = COMPONENT_LABELS.get(c, c)
            table[label] = [
                SUPPRESSED_LABEL if h else ("—" if pd.isna(v) else format_value(v, unit) + ("" if pd.isna(s) else f"（{s:.2f}）"))
                for v, s, h in zip(pr[c], scaled, hidden)
            ]
            # the download: the value (a percentage where it is a share) and its 0–1 score, two number columns
            numbers[label] = [SUPPRESSED_LABEL if h else v for v, h in zip(pr[c], hidden)]
            numbers[f"{label}（0〜1に換算）"] = [None if h else s for s, h in zip(scaled, hidden)]
            formats[label] = exports.UNIT_FORMATS.get(unit, "0.00")
            formats[f"{label}（0〜1に換算）"] = "0.00"
        table = table.rename(columns={"rank": "順位", "district_name": "地区", "score": "優先度スコア"})
        st.dataframe(table, hide_index=True, width="stretch")
        ui.downloads(numbers, f"priority_{fy}", {"rank": "順位", "district_name": "地区", "score": "優先度スコア"},
                     key="priority", formats=formats,
                     png=lambda: exports.priority_png(pr, f"優先度スコア（{fy}年度）", note))
