"""`welfare plan`: list the plan's measures (取組) from the warehouse or straight from a text file.

Filters are passed to DuckDB as bound parameters. `--plan-file` parses a chapter text into an
in-memory database first (same query path), handy for checking a city's own plan text.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

OUTPUT_COLUMNS = ["measure_id", "goal_no", "policy_no", "section_no", "item_no", "actor", "text",
                  "change_flags", "jusoteki", "block_id"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "plan", help="計画の取組を一覧表示する",
        description="地域福祉推進計画 第6章の取組（●）を条件で絞り込んで表示します。")
    p.add_argument("--goal", help="基本目標の番号（1–4 または Ⅰ–Ⅳ）")
    p.add_argument("--policy", type=int, help="基本計画（基本施策）の番号")
    p.add_argument("--actor", help="主体: 行政 / 民間 / 市社協")
    p.add_argument("--flag", help="変更マーク: 変更 / 追加 / 削除 / 再掲 / 新規案")
    p.add_argument("--jusoteki", help="重層的支援の分類（例: 参加支援）")
    p.add_argument("--search", help="取組の本文に含まれる語（例: 地域食堂）")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table", help="出力形式（既定: table）")
    p.add_argument("--warehouse", type=Path, help="ウェアハウス（既定: data/processed/warehouse.duckdb）")
    p.add_argument("--plan-file", type=Path, help="ウェアハウスを使わず、この計画テキストを直接読み込む")
    p.set_defaults(func=run)


def _resolve_choice(value: str, choices: tuple[str, ...], option: str) -> str:
    """Exact value, or the single choice containing it (「アウトリーチ」→ the full category)."""
    from indicators.errors import UserError

    if value in choices:
        return value
    hits = [c for c in choices if value and value in c]
    if len(hits) == 1:
        return hits[0]
    raise UserError(f"{option} の値「{value}」は使えません。次のいずれかを指定してください: {'、'.join(choices)}")


def build_query(args: argparse.Namespace) -> tuple[str, list[Any]]:
    """SQL over plan_measures with the CLI filters as bound parameters."""
    from indicators.errors import UserError
    from indicators.plan.parser import ACTORS, CHANGE_FLAGS, JUSOTEKI_CATEGORIES, goal_number

    where: list[str] = []
    params: list[Any] = []
    if args.goal is not None:
        try:
            goal = goal_number(str(args.goal).strip())
        except ValueError:
            raise UserError(f"--goal の値「{args.goal}」は基本目標の番号ではありません（1–4 または Ⅰ–Ⅳ）") from None
        where.append("goal_no = ?")
        params.append(goal)
    if args.policy is not None:
        where.append("policy_no = ?")
        params.append(args.policy)
    if args.actor:
        where.append("actor = ?")
        params.append(_resolve_choice(args.actor, ACTORS, "--actor"))
    if args.flag:
        where.append("list_contains(change_flags, ?)")
        params.append(_resolve_choice(args.flag, CHANGE_FLAGS, "--flag"))
    if args.jusoteki:
        where.append("list_contains(jusoteki, ?)")
        params.append(_resolve_choice(args.jusoteki, JUSOTEKI_CATEGORIES, "--jusoteki"))
    if args.search:
        where.append("strpos(lower(text), lower(?)) > 0")
        params.append(args.search)
    sql = f"SELECT {', '.join(OUTPUT_COLUMNS)} FROM plan_measures"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY goal_no, policy_no, source_file, line_no"
    return sql, params


def fetch_measures(args: argparse.Namespace) -> tuple[list[dict[str, Any]], list[str]]:
    """(rows as dicts, parser warnings) from --plan-file or the warehouse."""
    from indicators.errors import UserError
    from indicators.paths import DEFAULT_WAREHOUSE
    from indicators.warehouse.duck import connect

    sql, params = build_query(args)
    warnings: list[str] = []
    if args.plan_file is not None:
        if args.warehouse is not None:
            raise UserError("--plan-file と --warehouse は同時に指定できません")
        from indicators.plan.load import combine_plans, parse_plan_file, write_tables

        plan = parse_plan_file(args.plan_file)
        warnings = [f"{args.plan_file.name} {w}" for w in plan.warnings]
        con = connect(":memory:")
        write_tables(con, combine_plans([(args.plan_file, plan)]))
    else:
        path = args.warehouse or DEFAULT_WAREHOUSE
        if not Path(path).exists():
            raise UserError(f"ウェアハウス {path} がありません。先に `welfare build` を実行してください"
                            "（または --plan-file で計画テキストを直接指定してください）")
        import duckdb

        try:
            con = connect(path, read_only=True)
        except duckdb.IOException as exc:
            raise UserError(f"ウェアハウス {path} を開けません（`welfare build` の実行中かもしれません）: {exc}") from exc
        has = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'plan_measures'").fetchone()[0]
        if not has:
            con.close()
            raise UserError(f"ウェアハウス {path} に plan_measures 表がありません。`welfare build` をやり直してください")
    try:
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()
    return rows, warnings


def _print_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not rows:
        console.print("該当する取組はありません。")
        return
    table = Table(show_lines=False, header_style="bold")
    table.add_column("取組ID", no_wrap=True)
    table.add_column("区分", no_wrap=True)
    table.add_column("主体", no_wrap=True)
    table.add_column("取組", overflow="fold")
    table.add_column("マーク", no_wrap=True)
    table.add_column("重層的支援", overflow="fold")
    for r in rows:
        table.add_row(r["measure_id"], r["block_id"], r["actor"], r["text"], "・".join(r["change_flags"]),
                      "、".join(r["jusoteki"]))
    console.print(table)
    console.print(f"{len(rows)} 件")


def _print_csv(rows: list[dict[str, Any]]) -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(OUTPUT_COLUMNS)
    for r in rows:
        w.writerow([";".join(v) if isinstance(v, list) else ("" if v is None else v)
                    for v in (r[c] for c in OUTPUT_COLUMNS)])


def run(args: argparse.Namespace) -> int:
    rows, warnings = fetch_measures(args)
    for w in warnings:
        print(f"注意: {w}", file=sys.stderr)
    try:
        if args.format == "json":
            json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        elif args.format == "csv":
            _print_csv(rows)
        else:
            _print_table(rows)
        sys.stdout.flush()
    except BrokenPipeError:
        # Output piped into `head` etc.: stop quietly, like other command-line tools.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
