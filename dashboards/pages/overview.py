"""概要: one tile per catalogue indicator — city value vs 目指す姿, change since the previous 年度."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from indicators.dashboard import ui
from indicators.services import monitoring, queries, views
from indicators.services.formatting import format_change, format_gap, format_value, is_zero_text

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


def _delta(r: object) -> tuple[str | None, str]:
    """(delta text, colour): a change that rounds to zero reads 「±0」 in grey, never 「-0.00」 in red."""
    if pd.isna(r.change):
        return None, "off"
    text = format_change(r.change, r.unit)
    if is_zero_text(text):
        return "±" + text.lstrip("+-"), "off"
    return text, "normal" if (r.direction or "higher") == "higher" else "inverse"


def _tile(r: object) -> None:
    with st.container(border=True):
        # the full name above the number: 500 m / 1 km / 2 km must not be cut off to look alike
        st.markdown(f"**{ui.md(r.name_ja)}**")
        target_text = r.target_text if isinstance(r.target_text, str) and r.target_text else ""
        states = plan_states.get(r.indicator_id, [])
        help_text = "\n\n".join([*(f"【目指す姿】{t}" for t in states),
                                   *([f"目標: {target_text}"] if target_text else [])]) or None
        delta, colour = _delta(r)
        st.metric(label=ui.md(r.name_ja), value=format_value(r.value, r.unit, _flag(r.suppressed)),
                  delta=delta, delta_color=colour, help=help_text, label_visibility="collapsed")
        status = format_gap(r.gap, r.unit)
        if status != "目標なし":
            mark = "◎" if status == "達成" else "▲"
            judged = f"　目標の状況: {target_status[r.indicator_id]}" if r.indicator_id in target_status else ""
            st.caption(f"目標 {format_value(r.target, r.unit)}　{mark} {status}{judged}")
        else:
            st.caption("目標値なし（推移を見る指標）")


plan_states = ui.query(views.target_states)
groups = ui.query(views.indicator_groups)
tiles = tiles.merge(groups, on="indicator_id", how="left")
tiles["group_label"] = tiles["group_label"].fillna(views.UNLINKED_GROUP)
tiles["group_order"] = tiles["group_order"].fillna(10_000)
has_value = tiles["value"].notna() | tiles["suppressed"].map(_flag)
for label_, group in tiles[has_value].groupby(["group_order", "group_label"], sort=True):
    st.subheader(ui.md(label_[1]))
    cols = st.columns(3)
    for i, r in enumerate(group.itertuples(index=False)):
        with cols[i % 3]:
            _tile(r)
if (~has_value).any():
    st.caption(f"{fy}年度の値がない指標（分母が 0、統計がない年度など）：" + "、".join(ui.md(n) for n in tiles.loc[~has_value, "name_ja"]))

table = ui.indicator_table(tiles.assign(city_value=None))
table.insert(2, "前年度からの変化", [format_change(c, u) for c, u in zip(tiles["change"], tiles["unit"])])
table.insert(0, "計画の施策", tiles["group_label"].tolist())
st.subheader("一覧")
st.dataframe(table, hide_index=True, width="stretch")
numbers = tiles[["group_label", "name_ja", "value", "suppressed", "change", "target", "gap", "unit"]]
labels = {"group_label": "計画の施策", "name_ja": "指標", "value": f"値（{ui.whole_area()}）", "change": "前年度からの変化",
          "target": "目標", "gap": "目標までの差"}
ui.downloads(numbers, f"overview_{fy}", labels, key="overview",
             unit_of={c: "unit" for c in ("value", "change", "target", "gap")}, drop=["suppressed", "unit"])
