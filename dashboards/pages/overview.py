"""概要: one tile per catalogue indicator — city value vs 目指す姿, change since the previous 年度."""
from __future__ import annotations

import streamlit as st

import dashboard_ui as ui
from indicators.services.formatting import format_change, format_gap, format_value

st.title("概要：計画の目指す姿と現状")
fy = ui.year_select(key="overview_fy")
tiles = ui.q("overview_tiles", fy)
st.caption(f"{fy}年度の市全体の値と【目指す姿】（目標）との比較。前年度からの変化を矢印で示します。")

met = int(tiles["met"].fillna(False).astype(bool).sum())
with_target = int(tiles["met"].notna().sum())
st.markdown(f"**目標達成：{with_target}指標中 {met}指標**")

cols = st.columns(3)
for i, r in enumerate(tiles.itertuples(index=False)):
    with cols[i % 3].container(border=True):
        suppressed = bool(r.suppressed) if r.suppressed is not None and r.suppressed == r.suppressed else False
        st.metric(
            label=r.name_ja,
            value=format_value(r.value, r.unit, suppressed),
            delta=None if r.change != r.change else format_change(r.change, r.unit),
            delta_color="normal" if (r.direction or "higher") == "higher" else "inverse",
            help=f"指標ID: {r.indicator_id}",
        )
        target = format_value(r.target, r.unit)
        text = f"目指す姿：{r.target_text}（{target}）" if isinstance(r.target_text, str) and r.target_text else f"目標：{target}"
        status = format_gap(r.gap, r.unit)
        mark = "✅" if status == "達成" else ("—" if status == "目標なし" else "🔺")
        st.caption(f"{text}　{mark} {status}")

table = ui.indicator_table(tiles.assign(city_value=None))
table.insert(2, "前年度からの変化", [format_change(c, u) for c, u in zip(tiles["change"], tiles["unit"])])
st.subheader("一覧")
st.dataframe(table, hide_index=True, width="stretch")
ui.downloads(table, f"overview_{fy}", key="overview")
