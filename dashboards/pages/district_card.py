"""地区カルテ: one 地区 — statistics (suppressed), indicators vs city and target, resources, 町内会."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from indicators.dashboard import ui
from indicators.services import monitoring, queries
from indicators.services.privacy import SUPPRESSED_LABEL, display_counts
from indicators.services.queries import ASSOC_COUNT_COLUMNS, STAT_COUNT_COLUMNS, STAT_LABELS
from indicators.wording import district_title

ui.print_css()
ui.banner()
dists = ui.query(queries.districts)
if dists.empty:
    st.info("地区がありません。")
    st.stop()
label = dict(zip(dists["district_code"], dists["district_name"]))
c1, c2 = st.columns([2, 1])
code = c1.selectbox("地区", list(label), format_func=lambda c: f"{label[c]}（{c}）", key="card_district")
fy = c2.selectbox("年度", ui.query(queries.fiscal_years)[::-1], format_func=lambda y: f"{y}年度", key="card_fy")
info = dists[dists["district_code"] == code].iloc[0]

st.title(f"{ui.md(district_title(label[code]))} カルテ（{fy}年度）")
st.caption(f"地区コード {ui.md(code)}　{ui.md(info['area_block'] or '')}　面積 {info['area_km2']:.2f} km²"
           if pd.notna(info["area_km2"]) else f"地区コード {ui.md(code)}")

st.subheader("地区の統計")
stats = ui.query(queries.district_stats, code)
cur = stats[stats["fiscal_year"] == fy]
shown = display_counts(stats, STAT_COUNT_COLUMNS)
if not cur.empty:
    cur_txt = shown[shown["fiscal_year"] == fy].iloc[0]
    mcols = st.columns(len(STAT_COUNT_COLUMNS))
    for col, m in zip(STAT_COUNT_COLUMNS, mcols):
        m.metric(STAT_LABELS[col], cur_txt[col])
    pop, aged = cur.iloc[0]["population"], cur.iloc[0]["pop_65plus"]
    if pd.notna(pop) and pd.notna(aged) and pop > 0:
        st.caption(f"高齢化率（65歳以上人口 ÷ 人口）：{aged / pop * 100:.1f}%")
stat_table = shown.drop(columns=["district_code"]).rename(columns={"fiscal_year": "年度", **STAT_LABELS})
st.dataframe(stat_table, hide_index=True, width="stretch")
st.caption(f"「{SUPPRESSED_LABEL}」：人数・世帯数が少なく個人が特定されるおそれがあるため表示していません。")

st.subheader(f"指標（地区・{ui.whole_area()}・目標）")
ind = ui.query(queries.district_indicators, code, fy)
ind_table = ui.indicator_table(ind, with_city=True)
if len(ind_table):  # the 地区's own target status, where the indicator is kept per 地区
    judged = ui.query(monitoring.status_labels, "district", code)
    ind_table["目標の状況（最新）"] = [judged.get(i, "—") for i in ind["indicator_id"]]
if ind_table.empty:
    st.info("この年度の地区別指標はありません。")
else:
    st.dataframe(ind_table, hide_index=True, width="stretch")

st.subheader("地区の資源（活動中）")
res = ui.query(queries.district_resources, code, fy)
if res.empty:
    st.info("この年度に活動中の資源は登録されていません。")
else:
    st.dataframe(res.rename(columns={"type_label": "種類", "name": "名称", "school_code": "小学校区",
                                     "opened_fy": "開始年度", "frequency": "頻度", "note": "備考"}),
                 hide_index=True, width="stretch")

st.subheader("町内会・集落")
summ = ui.query(queries.district_assoc_summary, code, fy)
if not summ.empty:
    srow = summ.iloc[0]
    sm = display_counts(summ, ASSOC_COUNT_COLUMNS).iloc[0]
    mcols = st.columns(5)
    mcols[0].metric("町内会・集落の数", f"{int(srow['assocs']):,}")
    mcols[1].metric("ふれあい・いきいきサロンのある町内会", f"{int(srow['assocs_with_salon']):,}")
    mcols[2].metric(f"支え愛マップ作成済み（{fy}年度まで）", f"{int(srow['assocs_with_map']):,}")
    mcols[3].metric("世帯数（合計）", sm["households"])
    mcols[4].metric("65歳以上人口（合計）", sm["pop_65plus"])
assocs = ui.query(queries.district_assocs, code)
if len(assocs):
    with st.expander(f"町内会・集落の一覧（{len(assocs)}）"):
        st.dataframe(pd.DataFrame({
            "町内会・集落": assocs["assoc_name"],
            "支え愛マップ": [("—" if pd.isna(v) else f"{int(v)}年度") for v in assocs["sasaeai_map_fy"]],
            "サロン数": [("—" if pd.isna(v) else int(v)) for v in assocs["fureai_salon"]],
        }), hide_index=True, width="stretch")
        st.caption("個々の町内会の世帯数・人口は表示しません（地区の合計のみ、少数は秘匿）。")

st.divider()
st.caption("印刷：ブラウザの印刷（Ctrl+P）でこのカルテを印刷できます（サイドバーとボタンは印刷されません）。")
export = pd.concat(
    [ind_table.assign(区分="指標"), stat_table.astype(str).assign(区分="統計")], ignore_index=True
)
ui.downloads(export, f"district_card_{code}_{fy}", key="card")
