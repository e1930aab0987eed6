"""Entry point of the Streamlit dashboard (`welfare app`): navigation and the data source caption.

Run through `welfare app [--warehouse PATH]`, or `streamlit run dashboards/app.py -- --warehouse PATH`.
"""
from __future__ import annotations

import streamlit as st

from indicators.dashboard import ui

st.set_page_config(page_title="地域福祉推進計画モニタリング", page_icon=ui.page_icon(), layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="概要", icon=":material/dashboard:", default=True),
    st.Page("pages/gap_map.py", title="地図", icon=":material/map:"),
    st.Page("pages/scenario.py", title="次の拠点（シナリオ）", icon=":material/add_location_alt:"),
    st.Page("pages/district_card.py", title="地区カルテ", icon=":material/description:"),
    st.Page("pages/measures.py", title="計画の取組", icon=":material/checklist:"),
    st.Page("pages/progress.py", title="取組の進捗", icon=":material/task_alt:"),
    st.Page("pages/monitoring.py", title="計画のどこを見ているか", icon=":material/visibility:"),
    st.Page("pages/trends.py", title="推移・優先度", icon=":material/trending_up:"),
    st.Page("pages/quality.py", title="データ品質", icon=":material/fact_check:"),
]
page = st.navigation(PAGES)
ui.require_warehouse()
meta = ui.meta()
st.sidebar.caption(
    f"{meta.get('municipality_name') or ''}　データ: {meta.get('name') or ''}"
    f"（基準日 {meta.get('as_of') or '—'}）"
)
# The synthetic banner is drawn by each page (ui.banner), so it also shows when a page runs alone.
page.run()
