"""計画のどこを見ているか: the plan's 60 blocks and 43 【目指す姿】 with what monitors them (plan_monitoring)."""
from __future__ import annotations

import streamlit as st

from indicators.dashboard import ui
from indicators.services import monitoring

ui.banner()
st.title("計画のどこを見ているか")
if not ui.query(monitoring.has_monitoring):
    st.info("このウェアハウスには計画の監視状況（plan_monitoring）がありません。`welfare build` で作り直してください。")
    st.stop()
st.caption("計画の項目と【目指す姿】ごとに、それを見ている指標（資源の登録から計算する指標・各課が報告する指標）"
           "と取組の進捗の記録、そして分かったこと（目標の状況・取組の評価）。まだ何も見ていないものを先に並べます。")

counts = ui.query(monitoring.monitoring_counts)
cols = st.columns(max(1, len(counts)))
for col, r in zip(cols, counts.itertuples(index=False)):
    col.metric(f"監視している{r.kind_ja}", f"{r.monitored} / {r.n}")

c1, c2 = st.columns([1, 1])
kind = c1.radio("表示", ["target", "block"], format_func={"target": "目指す姿", "block": "計画の項目"}.get,
                horizontal=True, key="monitoring_kind")
goal = c2.selectbox("基本目標", [None, 1, 2, 3, 4], key="monitoring_goal",
                    format_func=lambda g: "すべて" if g is None else monitoring.GOAL_LABELS[g])
table = ui.query(monitoring.monitoring_rows, kind, goal)
missing = table[table["監視"] != "あり"]
if len(missing):
    st.warning(f"何も見ていない{'目指す姿' if kind == 'target' else '計画の項目'}が {len(missing)} 件あります："
               + "、".join(missing["計画の項目"].astype(str)))
else:
    st.success(f"すべての{'目指す姿' if kind == 'target' else '計画の項目'}に監視の手段があります。")
st.dataframe(table, hide_index=True, width="stretch")
ui.downloads(table, f"plan_monitoring_{kind}", key="monitoring")

st.subheader(f"目標の達成状況（{ui.whole_area()}）")
st.caption("基準値から目標値までの直線の経路と最新の値を比べています（判定の式としきい値は dataset.yaml の "
           "target_status で変えられます）。")
status = ui.query(monitoring.target_status, "city")
if status.empty:
    st.info("目標値のある指標がありません。")
else:
    summary = status["status"].value_counts()
    scols = st.columns(len(monitoring.STATUS_NAMES))
    for col, name in zip(scols, monitoring.STATUS_NAMES):
        col.metric(name, int(summary.get(name, 0)))
    by_policy = ui.query(monitoring.status_by_policy)
    if len(by_policy):
        st.plotly_chart(monitoring.status_figure(by_policy), width="stretch", key="monitoring_status_chart")
    st.dataframe(monitoring.status_table(status), hide_index=True, width="stretch")
