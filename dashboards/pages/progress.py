"""取組の進捗: per 基本目標 / 基本計画 the rating distribution of the chosen year, the change since
the year before, and the measures rated C or D with their next step (engine family `progress`)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from indicators.dashboard import ui
from indicators.services import progress as sp

LEVELS = {"goal": "基本目標ごと", "policy": "基本計画ごと"}

ui.banner()
st.title("取組の進捗")
years = ui.query(sp.progress_years)
if not years:
    st.info("取組の進捗の記録がありません。データセットに measure_progress.csv を置くか、"
            "`welfare progress template` の様式を担当課に記入してもらい `welfare progress import` で取り込んで、"
            "`welfare build` を実行してください。")
    st.stop()
_, ratings = ui.query(sp.vocabularies)
labels = dict(zip(ratings["rating"], ratings["label_ja"]))

c1, c2 = st.columns([1, 2])
with c1:
    fy = ui.year_select("年度", key="progress_fy", years=years)
level = c2.radio("集計の単位", list(LEVELS), format_func=LEVELS.get, horizontal=True, key="progress_level")
prev_fy = fy - 1 if fy - 1 in years else None

city = ui.query(sp.summary_table, fy, "city")
if len(city):
    r = city.iloc[0]
    prev = ui.query(sp.summary_table, prev_fy, "city").iloc[0] if prev_fy else None

    def pct(v: object) -> str:
        return "—" if v is None or pd.isna(v) else f"{float(v) * 100:.1f}%"

    def delta(now: object, before: object) -> str | None:
        if before is None or now is None or pd.isna(now) or pd.isna(before):
            return None
        return f"{(float(now) - float(before)) * 100:+.1f}ポイント"

    m = st.columns(4)
    m[0].metric("進捗を報告した取組", f"{r['reported']} / {r['measures']}",
                delta(r["reported_share"], None if prev is None else prev["reported_share"]))
    m[1].metric("実施・完了の割合", pct(r["done_share"]), delta(r["done_share"], None if prev is None else prev["done_share"]))
    m[2].metric("評価A・Bの割合", pct(None if r["behind_share"] is None else 1 - r["behind_share"]),
                delta(None if r["behind_share"] is None else -r["behind_share"],
                      None if prev is None or prev["behind_share"] is None else -prev["behind_share"]))
    m[3].metric("評価C・Dの取組", f"{r['behind']} 件", delta(r["behind_share"], None if prev is None else prev["behind_share"]),
                delta_color="inverse")
st.caption("評価: " + "、".join(f"{k} {ui.md(v)}" for k, v in labels.items())
           + (f"。前年度比は {prev_fy}年度との差" if prev_fy else "。前年度の記録はありません"))

dist = ui.query(sp.rating_distribution, fy, level)
st.subheader(f"評価の分布（{fy}年度・{LEVELS[level]}）")
if dist.empty:
    st.info("この年度の評価の記録がありません。")
else:
    st.plotly_chart(sp.rating_figure(dist, labels, f"{fy}年度の評価の割合（{LEVELS[level]}）"), width="stretch",
                    key="progress_chart")
    wide = []
    for name, g in dist.groupby("name", sort=False):
        row = {"区分": name, "評価のある取組": int(g["rated"].iloc[0])}
        for rt in g.itertuples(index=False):
            row[rt.rating] = "—" if pd.isna(rt.share) else f"{rt.count}（{rt.share * 100:.0f}%）"
        cd = g[g["rating"].isin(["C", "D"])]
        change = cd["share_change"]
        row["C・Dの割合の前年度比"] = ("—" if change.isna().any() or not len(change)
                                 else f"{change.sum() * 100:+.1f}ポイント")
        wide.append(row)
    table = pd.DataFrame(wide)
    st.dataframe(table, hide_index=True, width="stretch", key="progress_table")
    ui.downloads(table, f"progress_{level}_{fy}", key="progress_dist")

st.subheader(f"評価C・Dの取組（{fy}年度）")
behind = ui.query(sp.behind_measures, fy)
if behind.empty:
    st.success("評価C・Dの取組はありません。")
else:
    shown = pd.DataFrame({
        "基本計画": behind["policy_name"], "主体": behind["actor"], "取組": behind["text"],
        "担当": behind["department"].fillna("—"), "評価": behind["rating"],
        "前年度": behind["previous_rating"].fillna("—"), "状況": behind["status"].fillna("—"),
        "実績": behind["achievement"].fillna("—"), "今後の方向性": behind["next_step"].fillna("（未記入）"),
        "取組ID": behind["measure_id"],
    })
    st.markdown(f"**{len(shown)}件**（うち前年度より評価が下がった取組 "
                f"{int((behind['previous_rating'].notna() & (behind['rating'] > behind['previous_rating'])).sum())}件）")
    st.dataframe(shown, hide_index=True, width="stretch", key="progress_behind")
    ui.downloads(shown, f"progress_behind_{fy}", key="progress_behind_dl")
