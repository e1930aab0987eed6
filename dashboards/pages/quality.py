"""データ品質: the last build's reconciliation (read = loaded + rejected) and rejected rows."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from indicators.dashboard import ui
from indicators.services import queries

ui.banner()
st.title("データ品質：前回の構築結果")
meta = ui.meta()
built = pd.Timestamp(meta["built_at"]).strftime("%Y-%m-%d %H:%M") if meta.get("built_at") is not None else "—"
st.caption(f"構築日時：{built}（協定世界時）　データセット：{ui.md(meta.get('dataset_dir') or meta.get('name') or '—')}")

rec = ui.query(queries.reconciliation)
labels = {"source_file": "ファイル", "rows_read": "読込行数", "rows_loaded": "取込行数", "rows_rejected": "除外行数", "balanced": "整合"}
shown = rec.assign(balanced=rec["balanced"].map({True: "一致", False: "不一致"})).rename(columns=labels)
st.subheader("取込件数の照合（読込 = 取込 + 除外）")
if rec["balanced"].all():
    st.success(f"すべてのファイル（{len(rec)}件）で 読込行数 = 取込行数 + 除外行数 です。")
else:
    st.error("読込行数と 取込行数＋除外行数 が一致しないファイルがあります。")
st.dataframe(shown, hide_index=True, width="stretch")
ui.downloads(rec, "reconciliation", labels, key="rec")

st.subheader("除外された行")
files = sorted(ui.query(queries.rejected_rows)["source_file"].unique())
choice = st.selectbox("ファイル", ["すべて", *files], key="quality_file")
rej = ui.query(queries.rejected_rows, None if choice == "すべて" else choice)
rlabels = {"source_file": "ファイル", "line_number": "行番号", "column_name": "列", "value": "値", "reason": "理由"}
st.markdown(f"**{len(rej)}行**（行番号はファイル内の行、見出し行 = 1）")
if rej.empty:
    st.success("除外された行はありません。")  # not an empty table (Streamlit would print 「empty」)
else:
    st.dataframe(rej.rename(columns=rlabels), hide_index=True, width="stretch")
ui.downloads(rej, "rejected_rows", rlabels, key="rej")
