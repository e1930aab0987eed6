"""`plan_monitoring`: for each plan block and each 【目指す姿】, what monitors it and what it found.

A block is monitored by the indicators linked to it or to a block below it (an item ② below
its section, the items of a policy), and by the progress records (`measure_progress`, when the
build has that table) of the measures in those blocks; a 【目指す姿】 by what monitors its block.
What was found: the target statuses (city level, indicator_status) of its indicators and the
ratings of its measures in the latest year with records. One row per block (kind `block`, 60
in the plan) and per 目指す姿 (kind `target`, 43); `monitored` is false when nothing monitors it.
"""
from __future__ import annotations

import duckdb
import pandas as pd

from indicators.engine.target_status import STATUS_LABELS, STATUS_ORDER

KIND_LABELS = {"block": "計画の項目", "target": "目指す姿"}
_ROMAN = {1: "Ⅰ", 2: "Ⅱ", 3: "Ⅲ", 4: "Ⅳ", 5: "Ⅴ", 6: "Ⅵ"}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
COLUMNS = ["kind", "kind_ja", "block_id", "ref_label", "target_no", "title", "goal_no", "policy_no",
           "n_computed", "n_declared", "n_measures", "n_progress", "progress_fy", "computed_ids", "declared_ids",
           "monitoring_ja", "status_summary", "progress_summary", "monitored", "sort_order"]


def ref_label(goal: object, policy: object, section: object = None, item: object = None) -> str:
    def ok(v: object) -> bool:
        return v is not None and not pd.isna(v)

    text = f"{_ROMAN.get(int(goal), goal)}-{int(policy)}"  # type: ignore[call-overload]
    if ok(section):
        text += f"({int(section)})"  # type: ignore[call-overload]
    if ok(item):
        n = int(item)  # type: ignore[call-overload]
        text += _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else f"[{n}]"
    return text


def _has(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND NOT temporary",
                            [table]).fetchone()[0])


def descendants(blocks: pd.DataFrame) -> dict[str, set[str]]:
    """block_id → itself and every block below it (parent_block_id chains)."""
    parent = {b: p for b, p in zip(blocks["block_id"], blocks["parent_block_id"]) if isinstance(p, str)}
    out: dict[str, set[str]] = {b: {b} for b in blocks["block_id"]}
    for b in blocks["block_id"]:
        p = parent.get(b)
        while p is not None:
            if p in out:
                out[p].add(b)
            p = parent.get(p)
    return out


def _join(counts: dict[str, int], order: list[str]) -> str | None:
    parts = [f"{k} {counts[k]}" for k in order if counts.get(k)]
    return "・".join(parts) if parts else None


def monitoring_frame(blocks: pd.DataFrame, targets: pd.DataFrame, links: pd.DataFrame, catalogue: pd.DataFrame,
                     status: pd.DataFrame, measures: pd.DataFrame, progress: pd.DataFrame | None) -> pd.DataFrame:
    """Pure: plan_sections, plan_targets, indicator_plan_links, indicator_catalogue (indicator_id,
    declared), city-level indicator_status (indicator_id, status_code), plan_measures (measure_id,
    block_id) and measure_progress (measure_id, fiscal_year, rating; or None) → plan_monitoring."""
    below = descendants(blocks)
    declared = set(catalogue.loc[catalogue["declared"].fillna(False).astype(bool), "indicator_id"]) \
        if "declared" in catalogue.columns else set()
    by_block: dict[str, set[str]] = {}
    for ind, b in zip(links["indicator_id"], links["block_id"]):
        if isinstance(b, str):
            by_block.setdefault(b, set()).add(ind)
    city_status = dict(zip(status["indicator_id"], status["status_code"]))
    measures_by_block: dict[str, set[str]] = {}
    for m, b in zip(measures["measure_id"], measures["block_id"]):
        measures_by_block.setdefault(b, set()).add(m)
    latest: dict[str, object] = {}
    progress_fy = None
    if progress is not None and len(progress):
        progress_fy = int(progress["fiscal_year"].max())
        last = progress[progress["fiscal_year"] == progress_fy]
        latest = dict(zip(last["measure_id"], last["rating"] if "rating" in last.columns else [None] * len(last)))

    def row(kind: str, b: pd.Series, target_no: object, title: str, order: int) -> dict:
        inds = set().union(*(by_block.get(x, set()) for x in below[b["block_id"]]))
        ms = set().union(*(measures_by_block.get(x, set()) for x in below[b["block_id"]]))
        reported = [m for m in ms if m in latest]
        comp = sorted(inds - declared)
        decl = sorted(inds & declared)
        st: dict[str, int] = {}
        for i in inds:
            if i in city_status:
                label = STATUS_LABELS[city_status[i]]
                st[label] = st.get(label, 0) + 1
        ratings: dict[str, int] = {}
        for m in reported:
            r = latest[m]
            key = "未評価" if r is None or (isinstance(r, float) and pd.isna(r)) or str(r) == "" else str(r)
            ratings[key] = ratings.get(key, 0) + 1
        parts = []
        if comp:
            parts.append(f"計算指標 {len(comp)}")
        if decl:
            parts.append(f"報告指標 {len(decl)}")
        if reported:
            parts.append(f"取組の進捗 {len(reported)}/{len(ms)}")
        return {
            "kind": kind, "kind_ja": KIND_LABELS[kind], "block_id": b["block_id"],
            "ref_label": ref_label(b["goal_no"], b["policy_no"], b["section_no"], b["item_no"]),
            "target_no": target_no, "title": title, "goal_no": int(b["goal_no"]), "policy_no": int(b["policy_no"]),
            "n_computed": len(comp), "n_declared": len(decl), "n_measures": len(ms), "n_progress": len(reported),
            "progress_fy": progress_fy if reported else None, "computed_ids": comp, "declared_ids": decl,
            "monitoring_ja": "・".join(parts) if parts else "なし",
            "status_summary": _join(st, [STATUS_LABELS[k] for k in sorted(STATUS_ORDER, key=STATUS_ORDER.get)]),
            "progress_summary": _join(ratings, sorted(ratings)),
            "monitored": bool(comp or decl or reported), "sort_order": order,
        }

    rows = []
    blocks = blocks.reset_index(drop=True)
    info = blocks.set_index("block_id")
    for n, b in blocks.iterrows():
        title = b["title"] if isinstance(b["title"], str) and b["title"] else "（見出しなし）"
        rows.append(row("block", b, None, title, n))
    for n, t in targets.reset_index(drop=True).iterrows():
        if t["block_id"] not in info.index:
            continue
        b = info.loc[t["block_id"]].copy()
        b["block_id"] = t["block_id"]
        rows.append(row("target", b, int(t["target_no"]), str(t["text"]), n))
    out = pd.DataFrame(rows, columns=COLUMNS)
    out["target_no"] = out["target_no"].astype("Int64")
    out["progress_fy"] = out["progress_fy"].astype("Int64")
    return out


def write_plan_monitoring(con: duckdb.DuckDBPyConnection) -> None:
    """Table plan_monitoring (nothing without the plan tables)."""
    if not (_has(con, "plan_sections") and _has(con, "plan_targets")):
        return
    blocks = con.execute("SELECT block_id, parent_block_id, goal_no, policy_no, section_no, item_no, title "
                         "FROM plan_sections ORDER BY line_no").df()
    targets = con.execute("SELECT block_id, target_no, text FROM plan_targets ORDER BY line_no").df()
    links = con.execute("SELECT indicator_id, block_id FROM indicator_plan_links").df()
    catalogue = con.execute("SELECT * FROM indicator_catalogue").df()
    status = con.execute("SELECT indicator_id, status_code FROM indicator_status WHERE area_level = 'city'").df() \
        if _has(con, "indicator_status") else pd.DataFrame(columns=["indicator_id", "status_code"])
    measures = con.execute("SELECT measure_id, block_id FROM plan_measures").df()
    progress = None
    if _has(con, "measure_progress"):
        cols = {r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'measure_progress'").fetchall()}
        rating = "rating::VARCHAR" if "rating" in cols else "NULL::VARCHAR"
        progress = con.execute(f"SELECT measure_id, fiscal_year, {rating} AS rating FROM measure_progress "
                               "WHERE measure_id IS NOT NULL AND fiscal_year IS NOT NULL").df()
    frame = monitoring_frame(blocks, targets, links, catalogue, status, measures, progress)  # noqa: F841
    types = {"kind": "VARCHAR", "kind_ja": "VARCHAR", "block_id": "VARCHAR", "ref_label": "VARCHAR",
             "target_no": "INTEGER", "title": "VARCHAR", "goal_no": "INTEGER", "policy_no": "INTEGER",
             "n_computed": "INTEGER", "n_declared": "INTEGER", "n_measures": "INTEGER", "n_progress": "INTEGER",
             "progress_fy": "INTEGER", "computed_ids": "VARCHAR[]", "declared_ids": "VARCHAR[]",
             "monitoring_ja": "VARCHAR", "status_summary": "VARCHAR", "progress_summary": "VARCHAR",
             "monitored": "BOOLEAN", "sort_order": "INTEGER"}
    select = ", ".join(f"{c}::{types[c]} AS {c}" for c in COLUMNS)
    con.execute(f"CREATE OR REPLACE TABLE plan_monitoring AS SELECT {select} FROM frame ORDER BY kind, sort_order")
