"""概要: one tile per catalogue indicator — city value vs 目指す姿, change since the previous 年度."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from indicators.dashboard import ui
from indicators.services import monitoring, queries
from indicators.services.formatting import FAMILY_LABELS, format_change, format_gap, format_value

ui.banner()
st.title("概要：計画の目指す姿と現状")
with st.columns([1, 3])[0]:
    fy = ui.year_select(key="overview_fy")
tiles = ui.query(queries.overview_tiles, fy)
target_status = ui.query(monitoring.status_labels, "city")  # 達成 / 順調 / 遅れ / 後退 / 判定不可 (latest year)
st.caption(f"{fy}年度の{ui.whole_area()}の値と【目指す姿】（目標）との比較。矢印は前年度からの変化です。")

with_target = tiles[tiles["met"].notna()]
met = int(with_target["met"].astype(bool).sum())
c1, c2 = st.columns([1, 3])
c1.metric("目標を達成した指標", f"{met} / {len(with_target)}")
short = with_target[~with_target["met"].astype(bool)]
if len(short):
    c2.markdown("**目指す姿に届いていない指標**：" + "、".join(ui.md(n) for n in short["name_ja"]))


def _flag(v: object) -> bool:
    return bool(v) if v is not None and not pd.isna(v) else False


def _tile(r: object) -> None:
    with st.container(border=True):
        target_text = r.target_text if isinstance(r.target_text, str) and r.target_text else ""
        st.metric(
            label=ui.md(r.name_ja),
            value=format_value(r.value, r.unit, _flag(r.suppressed)),
            delta=None if pd.isna(r.change) else format_change(r.change, r.unit),
            delta_color="normal" if (r.direction or "higher") == "higher" else "inverse",
            help=(f"【目指す姿】{target_text}\n\n" if target_text else "") + f"指標ID: {r.indicator_id}",
        )
        status = format_gap(r.gap, r.unit)
        if status != "目標なし":
            mark = "◎" if status == "達成" else "▲"
            judged = f"　目標の状況: {target_status[r.indicator_id]}" if r.indicator_id in target_status else ""
            st.caption(f"目標 {format_value(r.target, r.unit)}　{mark} {status}{judged}")
        else:
            st.caption("目標値なし（推移を見る指標）")


families = list(dict.fromkeys(tiles["family"]))
for fam in families:
    group = tiles[tiles["family"] == fam]
    st.subheader(FAMILY_LABELS.get(fam, fam))
    cols = st.columns(3)
    for i, r in enumerate(group.itertuples(index=False)):
        with cols[i % 3]:
            _tile(r)

table = ui.indicator_table(tiles.assign(city_value=None))
table.insert(2, "前年度からの変化", [format_change(c, u) for c, u in zip(tiles["change"], tiles["unit"])])
st.subheader("一覧")
st.dataframe(table, hide_index=True, width="stretch")
ui.downloads(table, f"overview_{fy}", key="overview")
