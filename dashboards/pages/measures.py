"""計画の取組: browse the plan's measures by goal/policy, actor, change mark, 重層的支援, text."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from indicators.dashboard import progress_view, ui
from indicators.services import monitoring, queries
from indicators.services.formatting import format_gap, format_value, plan_position

ACTOR_ORDER = ["行政", "民間", "市社協"]
ALL = "すべて"
LIMIT = 60

ui.banner()
st.title("計画の取組（第６章）")
opts = ui.query(queries.plan_filter_options)
goals = {g: t for g, t in opts["goals"]}

c1, c2 = st.columns(2)
goal = c1.selectbox("基本目標", [ALL, *goals], format_func=lambda g: g if g == ALL else f"{plan_position(g, None)} {goals[g]}", key="plan_goal")
pols = {p: t for g, p, t in opts["policies"] if goal != ALL and g == goal}
policy = c2.selectbox("基本施策", [ALL, *pols], format_func=lambda p: p if p == ALL else f"{plan_position(goal, p)} {pols[p]}",
                      key="plan_policy", disabled=goal == ALL)
c3, c4, c5 = st.columns([1.5, 1, 1.5])
actors_all = sorted(opts["actors"], key=lambda a: ACTOR_ORDER.index(a) if a in ACTOR_ORDER else 99)
actors = c3.multiselect("推進主体", actors_all, default=actors_all, select_all=False, key="plan_actor", placeholder="推進主体を選択")
flag = c4.selectbox("変更の印", [ALL, *opts["flags"]], key="plan_flag")
jus = c5.selectbox("重層的支援の分類", [ALL, *opts["jusoteki"]], key="plan_jusoteki")
search = st.text_input("キーワード検索（取組の本文）", key="plan_search", placeholder="例：地域食堂")
progress = progress_view.filters()  # status, rating, department of a year's progress records
fy = ui.query(queries.fiscal_years)[-1] if ui.query(queries.fiscal_years) else None

found = ui.query(
    queries.measures,
    goal_no=None if goal == ALL else goal,
    policy_no=None if goal == ALL or policy == ALL else policy,
    actors=tuple(actors),
    flag=None if flag == ALL else flag,
    jusoteki=None if jus == ALL else jus,
    search=search or None,
)
found = progress_view.apply(found, progress)
status = ui.query(queries.measure_indicator_status, tuple(found["measure_id"]), fy) if fy is not None else pd.DataFrame()
st.markdown(f"**該当する取組：{len(found)}件**" + (f"（指標は{fy}年度・{ui.whole_area()}の値）" if fy else ""))


def _items(v: object) -> list[str]:
    return [] if v is None or (isinstance(v, float) and v != v) else [str(x) for x in list(v)]  # type: ignore[call-overload]


def _indicator_line(rows: pd.DataFrame) -> str:
    if rows.empty:
        return "モニタリング指標：なし"
    parts = []
    for r in rows.itertuples(index=False):
        gap = format_gap(r.gap, r.unit)
        mark = "◎" if gap == "達成" else ("▲" if gap.startswith("あと") else "・")
        judged = f"・{target_status[r.indicator_id]}" if r.indicator_id in target_status else ""
        parts.append(f"{mark} {ui.md(r.name_ja)} {format_value(r.value, r.unit, r.suppressed)}（{gap}{ui.md(judged)}）")
    return "モニタリング指標：" + "　".join(parts)


target_status = ui.query(monitoring.status_labels, "city")  # 達成 / 順調 / 遅れ / 後退 / 判定不可 (latest year)
by_measure = dict(tuple(status.groupby("measure_id"))) if not status.empty else {}
records = progress_view.history(progress)
pages = [(i, min(i + LIMIT, len(found))) for i in range(0, len(found), LIMIT)]
start, stop = 0, len(found)
if len(pages) > 1:  # paging: every measure is reachable, LIMIT per page
    k = st.selectbox("表示する範囲", range(len(pages)), key="plan_page",
                     format_func=lambda i: f"{pages[i][0] + 1}〜{pages[i][1]}件目（全{len(found)}件）")
    start, stop = pages[k]
for r in found.iloc[start:stop].itertuples(index=False):
    with st.container(border=True):
        tags = " ".join(f"`{f.replace('`', '')}`" for f in _items(r.change_flags))
        jtags = " ".join(f":blue-badge[{ui.md(j)}]" for j in _items(r.jusoteki))
        st.markdown(f"**{plan_position(r.goal_no, r.policy_no, r.section_no, r.item_no)}** :orange-badge[{ui.md(r.actor)}] {tags} {jtags}")
        # Sub-points (・…) are part of the text on their own lines: keep the line breaks.
        st.markdown(ui.md_lines(r.text))
        st.caption(_indicator_line(by_measure.get(r.measure_id, pd.DataFrame())))
        if records or progress.fiscal_year is not None:
            st.caption(progress_view.line(records.get(r.measure_id)))
if len(pages) > 1:
    st.caption(f"全{len(found)}件中 {start + 1}〜{stop}件目を表示しています（上の「表示する範囲」で次の{LIMIT}件へ）。"
               "CSV/Excel には全件が入ります。")

export = found.assign(位置=[plan_position(*x) for x in zip(found["goal_no"], found["policy_no"], found["section_no"], found["item_no"])])
labels = {"measure_id": "取組ID", "actor": "推進主体", "text": "取組", "change_flags": "変更の印", "jusoteki": "重層的支援",
          "policy_title": "基本施策"}
ui.downloads(export[["measure_id", "位置", "policy_title", "actor", "text", "change_flags", "jusoteki"]], "plan_measures", labels, key="plan")
