"""地区カルテ: one 地区 — statistics, which resource types it lacks (and the nearest one), its
priority, indicators vs city, target and 前年度比, resources, 町内会; Excel and a printable PDF."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from indicators.dashboard import ui
from indicators.services import monitoring, queries, views
from indicators.services.formatting import format_change, format_value
from indicators.services.privacy import SUPPRESSED_LABEL, display_counts
from indicators.services.queries import ASSOC_COUNT_COLUMNS, STAT_COUNT_COLUMNS, STAT_LABELS
from indicators.wording import district_title

ui.print_css()
ui.banner()
dists = ui.query(views.district_list)
if dists.empty:
    st.info("地区がありません。")
    st.stop()
label = dict(zip(dists["district_code"], dists["label"]))
c1, c2 = st.columns([2, 1])
code = c1.selectbox("地区", list(label), format_func=label.get, key="card_district")
fy = c2.selectbox("年度", ui.query(queries.fiscal_years)[::-1], format_func=lambda y: f"{y}年度", key="card_fy")
info = dists[dists["district_code"] == code].iloc[0]
likely = info["name_confidence"] == "likely"

st.title(f"{ui.md(district_title(info['district_name']))} カルテ（{fy}年度）")
area = f"面積 {info['area_km2']:.2f} km²" if pd.notna(info["area_km2"]) else ""
st.caption(ui.md("　".join(x for x in (info["area_block"] if isinstance(info["area_block"], str) else "", area) if x)))
if likely:
    st.warning("この地区の名称は公開資料から推定したものです（確認されていません）。", icon="❓")

st.subheader("地区の統計")
stats = ui.query(queries.district_stats, code)
cur = stats[stats["fiscal_year"] == fy]
shown = display_counts(stats, STAT_COUNT_COLUMNS)
if cur.empty:
    st.info(f"{fy}年度の地区別統計はありません（人口に基づく指標はこの年度は空欄です）。")
else:
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

st.subheader("主な資源のあり・なし")
presence = ui.query(views.resource_presence, code, fy)
pres_table = views.presence_table(presence)
st.dataframe(pres_table, hide_index=True, width="stretch")
st.caption("最寄りは地区の中心からの直線距離です（位置のない資源はその地区の中心にあるものとしています）。")

st.subheader("優先度")
prio = ui.query(views.district_priority, code, fy)
if prio is None:
    st.info("この年度の優先度スコアはありません。")
else:
    p1, p2 = st.columns([1, 3])
    p1.metric("優先度の順位", f"{prio['rank']} 位 / {prio['total']} 地区", help="1位が最も優先度の高い地区です。")
    p1.metric("優先度スコア", f"{prio['score']:.1f} 点")
    comp = prio["components"]
    p2.dataframe(pd.DataFrame({
        "構成要素": comp["component"],
        "値": [SUPPRESSED_LABEL if s else format_value(v, u) for v, u, s in zip(comp["value"], comp["unit"], comp["suppressed"])],
        "0〜1に換算": ["" if pd.isna(x) else f"{x:.2f}" for x in comp["scaled"]],
    }), hide_index=True, width="stretch")

st.subheader(f"指標（地区・{ui.whole_area()}・目標）")
ind = ui.query(views.district_indicator_rows, code, fy)
if ind.empty:
    st.info("この年度の地区別指標はありません。")
    ind_table = pd.DataFrame()
else:
    ind_table = ui.indicator_table(ind, with_city=True)
    ind_table["前年度比"] = [("—" if pd.isna(c) else format_change(c, u)) for c, u in zip(ind["change"], ind["unit"])]
    ind_table["【目指す姿】"] = ind["target_states"].tolist()
    judged = ui.query(monitoring.status_labels, "district", code)  # the 地区's own target status
    ind_table["目標の状況（最新）"] = [judged.get(i, "—") for i in ind["indicator_id"]]
    st.dataframe(ind_table, hide_index=True, width="stretch")

st.subheader("地区の資源（活動中）")
res = ui.query(views.district_resources_named, code, fy)
res_labels = views.RESOURCE_LABELS
if res.empty:
    st.info("この年度に活動中の資源は登録されていません。")
else:
    shown_res = res.rename(columns=res_labels).astype(object)
    st.dataframe(shown_res.where(shown_res.notna(), ""), hide_index=True, width="stretch")  # blank, not None

st.subheader("町内会・集落")
summ = ui.query(queries.district_assoc_summary, code, fy)
if not summ.empty:
    srow = summ.iloc[0]
    sm = display_counts(summ, ASSOC_COUNT_COLUMNS).iloc[0]
    mcols = st.columns(5)
    mcols[0].metric("町内会・集落の数", f"{int(srow['assocs']):,}")
    mcols[1].metric("ふれあい・いきいきサロンのある町内会", f"{int(srow['assocs_with_salon']):,}")
    mcols[2].metric(f"支え愛マップ作成済み（{fy}年度まで）", f"{int(srow['assocs_with_map']):,}")
    mcols[3].metric("世帯数（町内会の合計）", sm["households"])
    mcols[4].metric("65歳以上人口（町内会の合計）", sm["pop_65plus"])
    if not cur.empty and not bool(srow.get("households_suppressed", False)):
        note_line = views.assoc_totals_note(cur.iloc[0]["households"], srow["households"])
        if note_line:
            st.caption(note_line)
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
st.caption("印刷：「カルテ（PDF）」で委員会用の A4 カルテを保存できます。ブラウザの印刷（Ctrl+P）でもこの画面を印刷できます。")
sheets = views.card_sheets(ui.warehouse_path(), code, fy, ui.whole_area())
ui.downloads(sheets[1].frame, f"district_card_{code}_{fy}", sheets[1].labels, key="card", unit_of=sheets[1].unit_of,
             drop=sheets[1].drop, sheets=sheets)
st.download_button("カルテ（PDF）", lambda: views.card_pdf(ui.warehouse_path(), code, fy), file_name=f"card_{code}_{fy}.pdf",
                   mime="application/pdf", key="card-pdf", on_click="ignore", icon=":material/picture_as_pdf:")
