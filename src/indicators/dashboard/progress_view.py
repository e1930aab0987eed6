"""The progress part of the 計画の取組 page: filters by status, rating and department for a year,
and each measure's status, rating and 実績 per year (services.progress; render only)."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from indicators.dashboard import ui
from indicators.services import progress as sp


@dataclass
class Selection:
    fiscal_year: int | None
    statuses: tuple[str, ...] = ()
    ratings: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return bool(self.statuses or self.ratings or self.departments)


def filters() -> Selection:
    """Widgets (only when the warehouse has progress records)."""
    years = ui.query(sp.progress_years)
    if not years:
        return Selection(None)
    statuses, ratings = ui.query(sp.vocabularies)
    labels = dict(zip(ratings["rating"], ratings["label_ja"]))
    c0, c1, c2, c3 = st.columns([1, 1.4, 1.4, 1.6])
    fy = c0.selectbox("進捗の年度", years, index=len(years) - 1, format_func=lambda y: f"{y}年度", key="plan_progress_fy")
    st_sel = c1.multiselect("状況", list(statuses["status"]), select_all=False, key="plan_progress_status", placeholder="すべて")
    rt_sel = c2.multiselect("評価", list(ratings["rating"]), format_func=lambda r: f"{r} {labels.get(r, '')}",
                            select_all=False, key="plan_progress_rating", placeholder="すべて")
    dp_sel = c3.multiselect("担当", ui.query(sp.departments), select_all=False, key="plan_progress_department", placeholder="すべて")
    return Selection(fy, tuple(st_sel), tuple(rt_sel), tuple(dp_sel))


def apply(found: pd.DataFrame, sel: Selection) -> pd.DataFrame:
    """The measures whose record of the chosen year matches every progress filter."""
    if sel.fiscal_year is None or not sel.active:
        return found
    rec = ui.query(sp.measure_progress, sel.fiscal_year, statuses=list(sel.statuses) or None,
                   ratings=list(sel.ratings) or None, departments=list(sel.departments) or None)
    return found[found["measure_id"].isin(set(rec["measure_id"]))].reset_index(drop=True)


def history(sel: Selection) -> dict[str, pd.DataFrame]:
    """measure_id → its records (latest year first), for `line`."""
    if sel.fiscal_year is None:
        return {}
    rec = ui.query(sp.measure_progress)
    rec = rec.sort_values("fiscal_year", ascending=False, kind="stable")
    return dict(tuple(rec.groupby("measure_id", sort=False)))


def line(rows: pd.DataFrame | None) -> str:
    """進捗: 2024年度 完了・A（地域福祉課）実績 …／2023年度 実施・A"""
    if rows is None or rows.empty:
        return "進捗：記録なし"
    parts = []
    for i, r in enumerate(rows.itertuples(index=False)):
        head = f"{r.fiscal_year}年度 {r.status or '状況未記入'}・{r.rating or '評価なし'}"
        if i == 0:
            if isinstance(r.department, str):
                head += f"（{ui.md(r.department)}）"  # words from files: literal text
            if isinstance(r.achievement, str) or r.value_text:
                head += f" 実績: {ui.md(r.achievement) if isinstance(r.achievement, str) else ''}"
                head += f"（{r.value_text}）" if r.value_text else ""
            if isinstance(r.next_step, str) and r.rating in ("C", "D"):
                head += f" 今後: {ui.md(r.next_step)}"
        parts.append(head)
    return "進捗：" + "／".join(parts)
