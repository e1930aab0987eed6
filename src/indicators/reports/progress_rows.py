"""The measures' progress per policy as report rows (read by reports.data and reports.progress)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from indicators.services import progress as sp

if TYPE_CHECKING:  # annotations only: reports.data imports this module
    from indicators.reports.data import ReportData


def load_progress_frames(con: Any, fiscal_year: int) -> dict[str, pd.DataFrame]:
    """ReportData.extra entries: progress_policy (summary per 基本計画) and progress_behind (C/D list)."""
    if fiscal_year not in sp.progress_years(con):
        return {}
    return {"progress_policy": sp.summary_table(con, fiscal_year, "policy"),
            "progress_behind": sp.behind_measures(con, fiscal_year)}


def policy_progress(data: ReportData, block_id: str | None) -> dict[str, Any] | None:
    """The policy's progress row of the report year (None without records)."""
    table = data.extra.get("progress_policy")
    if table is None or block_id is None:
        return None
    rows = table[table["code"] == block_id]
    if rows.empty or not rows.iloc[0]["reported"]:
        return None
    return rows.iloc[0].to_dict()


def progress_text(p: dict[str, Any] | None) -> str:
    """報告 20/22 取組・A 8 B 7 C 3 D 2（C・D 25.0%）"""
    if p is None:
        return "記録なし"
    ratings = " ".join(f"{r} {p[r] or 0}" for r in ("A", "B", "C", "D"))
    share = p.get("behind_share")
    tail = "" if share is None or pd.isna(share) else f"（C・D {share * 100:.1f}%）"
    return f"報告 {p['reported']}/{p['measures']} 取組\n{ratings}{tail}"


def progress_status(p: dict[str, Any] | None) -> str | None:
    """The status of a policy monitored by progress only: C・D n/m, or 遅れなし."""
    if p is None:
        return None
    rated = (p["A"] or 0) + (p["B"] or 0) + (p["C"] or 0) + (p["D"] or 0)
    if not rated:
        return "評価なし"
    return f"C・D {p['behind']}/{rated}" if p["behind"] else "遅れなし"
