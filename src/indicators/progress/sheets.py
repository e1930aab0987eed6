"""The measure-progress sheet of the department workbook (`ProgressSheet`)."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

import pandas as pd

from indicators.errors import UserError
from indicators.progress import vocab
from indicators.progress.measures import ACTORS, normalise_text, plan_measures, progress_history
from indicators.progress.staging import COLUMNS
from indicators.progress.workbook import (
    Column,
    ImportContext,
    Ledger,
    Sheet,
    SheetKind,
    TemplateContext,
    WorkbookRow,
    merge_unique,
    replace_csv_rows,
)
from indicators.raw import cells

PROGRESS_SHEET = "進捗"
FILE = "measure_progress.csv"


def _plan(ctx: TemplateContext | ImportContext) -> pd.DataFrame:
    if "plan_measures" not in ctx.cache:
        ctx.cache["plan_measures"] = plan_measures(ctx.cfg)
    return ctx.cache["plan_measures"]


class ProgressSheet(SheetKind):
    """進捗: one row per measure, the year's status, rating and 実績 to fill."""

    name = PROGRESS_SHEET
    order = 10

    def columns(self) -> list[Column]:
        return [
            Column("measure_id", "取組ID", 14, locked=True),
            Column("goal", "基本目標", 12, locked=True, wrap=True),
            Column("policy", "基本計画", 14, locked=True, wrap=True),
            Column("section", "施策", 14, locked=True, wrap=True),
            Column("actor", "主体", 6, locked=True),
            Column("text", "取組", 34, locked=True, wrap=True),
            Column("prev_status", "前年度の状況", 8, locked=True, wrap=True),
            Column("prev_rating", "前年度の評価", 7, locked=True, wrap=True),
            Column("prev_achievement", "前年度の実績", 22, locked=True, wrap=True),
            Column("department", "担当課", 12, wrap=True),
            Column("status", "状況", 9, kind="choice", choices=vocab.STATUS_NAMES, fill=True),
            Column("rating", "評価", 6, kind="choice", choices=vocab.RATINGS, fill=True),
            Column("achievement", "実績", 28, fill=True, wrap=True),
            Column("value", "実績の数値", 8, kind="number", fill=True, wrap=True),
            Column("unit", "単位", 6),
            Column("next_step", "今後の方向性", 22, fill=True, wrap=True),
            Column("note", "備考", 14, fill=True, wrap=True),
        ]

    # ---------------------------------------------------------------- template
    def template(self, ctx: TemplateContext) -> Sheet | None:
        plan = _plan(ctx)
        if ctx.actor is not None and ctx.actor not in ACTORS:
            raise UserError(f"--actor は {'・'.join(ACTORS)} のいずれかです: {ctx.actor}")
        hist = progress_history(ctx.cfg)
        hist = hist[hist["fiscal_year"] < ctx.fiscal_year]
        latest = hist.sort_values("fiscal_year").groupby("measure_id").last() if len(hist) else hist.set_index("measure_id")
        prev = hist[hist["fiscal_year"] == ctx.fiscal_year - 1].set_index("measure_id")
        m = plan if ctx.actor is None else plan[plan["actor"] == ctx.actor]
        note = None
        if ctx.department is not None:
            assigned = latest["department"].dropna() if len(latest) else pd.Series(dtype=object)
            if len(assigned):
                mine = set(assigned[assigned == ctx.department].index)
                if not mine:
                    known = "・".join(sorted(set(assigned)))
                    raise UserError(f"担当課「{ctx.department}」の取組は前年度までの記録にありません（記録にある担当: {known}）")
                m = m[m["measure_id"].isin(mine)]
            else:
                note = "前年度までの担当の記録がないため、すべての取組を載せています。"
        rows = []
        for r in m.itertuples(index=False):
            p = prev.loc[r.measure_id] if r.measure_id in prev.index else None
            last = latest.loc[r.measure_id] if r.measure_id in latest.index else None
            rows.append({
                "measure_id": r.measure_id, "goal": r.goal_label, "policy": r.policy_label, "section": r.section_label,
                "actor": r.actor, "text": r.text,
                "prev_status": None if p is None else p["status"], "prev_rating": None if p is None else p["rating"],
                "prev_achievement": None if p is None else p["achievement"],
                "department": ctx.department or (None if last is None else last["department"]),
                "unit": None if last is None else last["unit"],
            })
        labels = vocab.rating_labels(ctx.cfg.doc)
        instructions = [
            f"「{self.name}」シート: {ctx.fiscal_year}年度の取組の進捗を、白い列（担当課〜備考）に記入してください。",
            "・状況: " + "、".join(f"{s.status}（{s.description}）" for s in vocab.STATUSES),
            "・評価: " + "、".join(f"{r} {labels[r]}" for r in vocab.RATINGS),
            "・実績: 実施した内容を文章で。実績の数値と単位（回・人・か所など）があれば数値の列に数字だけを。",
            "・今後の方向性: 次年度に向けた方針（評価が C・D の取組は必ず記入してください）。",
            "・表にない取組を報告するときは、下の空いた行に「取組」の文章（計画のとおり）と記入欄を書いてください。",
        ] + ([f"・{note}"] if note else [])
        return Sheet(self.name, self.columns(), rows, instructions)

    # ---------------------------------------------------------------- import
    def merge(self, rows: list[WorkbookRow], ctx: ImportContext, ledger: Ledger) -> None:
        plan = _plan(ctx)
        ids = set(plan["measure_id"])
        by_text: dict[str, list[Any]] = defaultdict(list)
        for r in plan.itertuples(index=False):
            by_text[normalise_text(r.text)].append(r)
        good: list[tuple[WorkbookRow, dict[str, Any]]] = []
        for row in rows:
            rec, problems, note = self._record(row, ids, by_text)
            if problems:
                for key, reason in problems:
                    ledger.reject(row, key, reason)
            else:
                good.append((row, rec, note))  # type: ignore[arg-type]
        # the same measure and year twice (two workbooks, or twice in one): a conflict, all rejected
        merged = merge_unique(good, lambda rec: (rec["measure_id"], rec["fiscal_year"]), ledger, "measure_id",
                              lambda k, where: f"同じ取組（{k[0]}）・{k[1]}年度の記入が複数あります: {where}")
        if merged or rows:
            path = write_progress_csv(ctx.dataset_dir, merged)
            ledger.written.append(str(path))

    def _record(self, row: WorkbookRow, ids: set[str], by_text: dict[str, list[Any]]):
        v = row.values
        problems: list[tuple[str | None, str]] = []
        note = None
        mid = cells.parse_code(None if v.get("measure_id") is None else str(v.get("measure_id"))).value
        if mid is not None:
            if mid not in ids:
                problems.append(("measure_id", f"取組ID {mid} は計画の取組にありません"))
        else:
            text = normalise_text(v.get("text"))
            found = by_text.get(text, []) if text else []
            if len(found) > 1:  # the plan repeats a few texts: narrow by 主体 and 基本計画 if written
                narrowed = [m for m in found if (v.get("actor") in (None, m.actor))
                            and (v.get("policy") in (None, m.policy_label))]
                found = narrowed if narrowed else found
            if not text:
                problems.append(("measure_id", "取組IDも取組の文章もありません"))
            elif not found:
                problems.append(("text", "取組IDが空で、取組の文章が計画のどの取組とも一致しません"))
            elif len(found) > 1:
                problems.append(("text", "取組IDが空で、同じ文章の取組が複数あります（"
                                 + "・".join(m.measure_id for m in found) + "）。取組IDを記入してください"))
            else:
                mid = found[0].measure_id
                note = f"取組IDが空のため、取組の文章から {mid} と判断しました"
        status = rating = None
        try:
            status = vocab.parse_status(v.get("status"))
        except ValueError:
            problems.append(("status", vocab.status_reason(v.get("status"))))
        try:
            rating = vocab.parse_rating(v.get("rating"))
        except ValueError:
            problems.append(("rating", vocab.rating_reason(v.get("rating"))))
        value = v.get("value")
        if value is not None and not isinstance(value, (int, float)):
            c = cells.parse_float(str(value))
            if c.status in ("invalid", "suppressed"):
                problems.append(("value", f"実績の数値「{value}」は数値として読めません（単位は単位の列に）"))
            value = c.value
        rec = {"measure_id": mid, "fiscal_year": row.fiscal_year,
               "department": _text(v.get("department")) or row.department, "status": status, "rating": rating,
               "achievement": _text(v.get("achievement")),
               "value": None if value is None else (int(value) if float(value).is_integer() else float(value)),
               "unit": _text(v.get("unit")), "next_step": _text(v.get("next_step")), "note": _text(v.get("note"))}
        return rec, problems, note


def _text(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def write_progress_csv(dataset_dir, records: list[dict[str, Any]]) -> Any:
    """Merge records into <dataset>/measure_progress.csv: a record replaces the row of the same
    measure and year, other rows are kept as written (even ones the build would reject)."""
    from pathlib import Path

    def key(r: dict[str, Any]) -> tuple:
        return (cells.parse_code(None if r.get("measure_id") is None else str(r["measure_id"])).value,
                cells.parse_fiscal_year(None if r.get("fiscal_year") is None else str(r["fiscal_year"])).value)

    def sort_key(r: dict[str, str]) -> tuple:
        fy = cells.parse_fiscal_year(r.get("fiscal_year")).value
        return (str(r.get("measure_id") or ""), fy if isinstance(fy, int) else 0)

    return replace_csv_rows(Path(dataset_dir) / FILE, COLUMNS, records, key, sort_key)

