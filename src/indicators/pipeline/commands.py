"""`welfare build`: build the warehouse from a dataset directory, with a reconciliation per file."""
from __future__ import annotations

import argparse
from pathlib import Path

from indicators.paths import DEFAULT_DATASET, DEFAULT_WAREHOUSE


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="データセットと計画から DuckDB ウェアハウスを構築する")
    p.add_argument("--dataset", type=Path, default=DEFAULT_DATASET, help=f"データセットのフォルダ（既定: {DEFAULT_DATASET}）")
    p.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE, help=f"出力する DuckDB ファイル（既定: {DEFAULT_WAREHOUSE}）")
    p.add_argument("--plan", type=Path, action="append", default=None,
                   help="計画本文 .txt（複数可。既定: データセットの plan/*.txt、なければ同梱の第6章）")
    p.add_argument("--strict", action="store_true", help="不正な行が 1 行でもあれば失敗にする（ウェアハウスは更新しない）")
    p.add_argument("--lock-timeout", type=float, default=600.0, help="他の構築の終了を待つ秒数（既定: 600）")
    p.add_argument("--show-rejected", type=int, default=10, metavar="N", help="除外した行を最大 N 行表示（既定: 10）")
    p.add_argument("-q", "--quiet", action="store_true", help="進捗を表示しない")
    p.set_defaults(func=_run)


def print_report(report, show_rejected: int = 10, failed: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if report.reconciliation:
        t = Table(title="ファイルごとの行数の照合（読み込み = 取り込み + 除外）")
        for c in ("ファイル", "文字コード", "読み込み", "取り込み", "除外", "照合"):
            t.add_column(c, justify="left" if c in ("ファイル", "文字コード") else "right")
        for r in report.reconciliation:
            ok = r["rows_read"] == r["rows_loaded"] + r["rows_rejected"]
            t.add_row(r["source_file"], r.get("encoding") or "—", str(r["rows_read"]), str(r["rows_loaded"]),
                      f"[red]{r['rows_rejected']}[/]" if r["rows_rejected"] else "0", "✓" if ok else "[red]✗")
        console.print(t)
    rej = report.rejected
    if rej is not None and len(rej) and show_rejected > 0:
        t = Table(title=f"除外した行（{len(rej)} 件中 {min(len(rej), show_rejected)} 件。全件は rejected_rows 表）")
        t.add_column("ファイル", no_wrap=True)
        t.add_column("行", justify="right", no_wrap=True)
        t.add_column("列", no_wrap=True)
        t.add_column("値", max_width=16, overflow="ellipsis")
        t.add_column("理由", min_width=24, overflow="fold")
        for r in rej.head(show_rejected).itertuples():
            t.add_row(str(r.source_file), str(r.line_number), str(r.column_name or ""), str(r.value or ""), str(r.reason))
        console.print(t)
    if report.notes is not None and len(report.notes):
        console.print(f"注記 {len(report.notes)} 件（図形の修復、コードと座標の食い違いなど。load_notes 表）")
    if failed:
        return
    m = report.meta
    counts = report.table_counts
    lines = [
        f"[bold green]構築しました[/]: {report.warehouse_path}",
        f"データセット: {m.name}（{m.municipality_name} {m.municipality_code}）"
        + ("　[yellow]※合成データ（synthetic）[/]" if m.synthetic else ""),
        "地区 {d} / 小学校区 {s} / 統計 {st} 行 / 町内会 {a} / 資源 {r} / 対応表 {c} 行".format(
            d=counts.get("districts", 0), s=counts.get("school_districts", 0), st=counts.get("district_stats", 0),
            a=counts.get("neighbourhood_assocs", 0), r=counts.get("resources", 0), c=counts.get("crosswalk", 0)),
        f"除外 {report.rows_rejected} 行" + ("（地図なしの表のみモード）" if report.tabular_only else ""),
    ]
    if report.skipped:
        from indicators.pipeline.build import LABELS

        lines.append("省略した手順: " + ", ".join(f"{LABELS.get(k, k)}（{v}）" for k, v in report.skipped.items()))
    lines.append(f"所要時間 {report.wall_seconds:.1f} 秒")
    for ln in lines:
        console.print(ln)


def _run(args: argparse.Namespace) -> int:
    from indicators.pipeline import BuildError, build_warehouse

    try:
        report = build_warehouse(args.dataset, args.warehouse, plan_paths=args.plan, strict=args.strict,
                                 quiet=args.quiet, lock_timeout=args.lock_timeout)
    except BuildError as exc:
        if exc.report is not None and exc.report.reconciliation:
            print_report(exc.report, args.show_rejected, failed=True)
        raise
    print_report(report, args.show_rejected)
    return 0
