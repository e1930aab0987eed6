"""地図: an indicator on every 地区 or 小学校区 (one map layer), resource points, areas lacking a resource."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from indicators.dashboard import notes, ui
from indicators.services import exports, figures, mapstyle, queries
from indicators.services.formatting import format_gap, format_value, is_true

ui.banner()
st.title("地図：目指す姿に届いていない区域")

avail = ui.query(queries.available_indicators)
if avail.empty:
    st.info("地図に表示できる地区別・小学校区別の指標値がありません。")
    st.stop()
types = ui.query(queries.resource_types)
type_label = dict(zip(types["resource_type"], types["label_ja"]))

c1, c2, c3 = st.columns([1.2, 2.5, 1])
level = c1.radio("区域", list(ui.LEVEL_OPTIONS), format_func=ui.LEVEL_OPTIONS.get, key="map_level", horizontal=True)
choices = avail[avail["area_level"] == level]
if choices.empty:
    st.info(f"{ui.LEVEL_OPTIONS[level]}の指標値がありません。別の区域を選んでください。")
    st.stop()
names = dict(zip(choices["indicator_id"], choices["name_ja"]))
indicator = c2.selectbox("指標", list(names), format_func=names.get, key="map_indicator")
fy = c3.selectbox("年度", ui.query(queries.fiscal_years)[::-1], format_func=lambda y: f"{y}年度", key="map_fy")
row = choices[choices["indicator_id"] == indicator].iloc[0]
unit = row["unit"]
if isinstance(row["target_text"], str) and row["target_text"].strip():
    st.caption(f"【目指す姿】{ui.md(row['target_text'].strip())}")

c4, c5 = st.columns([2, 1.5])
default_pts = [t for t in type_label if t == row["resource_type"]] or list(type_label)[:1]
shown_types = c4.multiselect("表示する資源（点）", list(type_label), default=default_pts,
                             format_func=type_label.get, select_all=False, key=f"map_points_{indicator}", placeholder="資源の種類を選択")
lack_opts = ["（なし）", *type_label]
lack_default = lack_opts.index(row["resource_type"]) if row["resource_type"] in type_label else 0
lack_type = c5.selectbox("この資源がない区域を赤枠で表示", lack_opts, index=lack_default,
                         format_func=lambda t: type_label.get(t, t), key=f"map_lack_{indicator}")

layer = ui.query(queries.map_layer, level, indicator, fy)
labels = ui.query(queries.map_labels, level)
points = ui.query(queries.map_points, fy, tuple(shown_types))
lacking = [] if lack_type == "（なし）" else ui.query(queries.lacking_areas, level, lack_type, fy)
lack_label = type_label.get(lack_type, "")

features = None if labels.empty else ui.shared(queries.map_features, level)
if features is None:
    st.info("区域の形状（ポリゴン）がないデータセットです。表のみ表示します。")
else:
    fig = figures.area_map(features, layer, unit, names[indicator], labels, points, lacking, lack_label,
                            revision=level, meta=f"{level}|{indicator}|{fy}")
    st.plotly_chart(fig, width="stretch", config={"displaylogo": False, "scrollZoom": True}, key="map_chart")
    if (points["n"] > 1).any():
        st.caption("点の多い資源は、近くのものをまとめて1つの円（大きさ＝か所数）で表示しています。")

notes.position_notes(fy, sorted({*shown_types, *([lack_type] if lack_type in type_label else [])}))
n_lack = len(lacking)
if lack_type != "（なし）":
    st.markdown(f"**{ui.md(lack_label)}のない{ui.LEVEL_OPTIONS[level].split('（')[0]}：{n_lack:,} / {len(layer):,}**")

presence = mapstyle.is_presence(layer.loc[~layer["suppressed"].map(is_true), "value"], unit)
lack_set = set(lacking)


def _value(v: object, s: object) -> str:
    return mapstyle.presence_label(v) if presence and not is_true(s) else format_value(v, unit, s)


def _gap(g: object, s: object) -> str:
    if is_true(s):
        return "—"
    text = format_gap(g, unit)
    return text if not presence or text in ("達成", "目標なし") else "未達成"


table = pd.DataFrame({
    "区域": layer["area_name"],
    "コード": layer["area_code"],
    names[indicator]: [_value(v, s) for v, s in zip(layer["value"], layer["suppressed"])],
    "目標": [mapstyle.presence_label(t) if presence else format_value(t, unit) for t in layer["target"]],
    "目標との差": [_gap(g, s) for g, s in zip(layer["gap"], layer["suppressed"])],
    f"{lack_label or '資源'}なし": ["●" if c in lack_set else "" for c in layer["area_code"]],
})
search = st.text_input("区域を検索（名称・コード）", key="map_search", placeholder="例：城北")
shown = table
if search.strip():
    q = search.strip()
    shown = table[table["区域"].fillna("").str.contains(q, regex=False) | table["コード"].str.contains(q, regex=False)]
    st.caption(f"{len(shown):,} / {len(table):,} 区域")
st.dataframe(shown, hide_index=True, width="stretch")
note = ui.notice()
ui.downloads(
    table, f"map_{indicator}_{level}_{fy}", key="map",
    png=None if features is None else lambda: exports.map_png(
        features, layer, f"{names[indicator]}（{fy}年度）", names[indicator], unit, note, lacking),
)
