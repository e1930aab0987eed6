"""`welfare progress template|import|summary`: the departments' workbook and the progress summary."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = ("table", "csv", "json")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("progress", help="取組の進捗評価（担当課の様式の作成・取り込み・集計）",
                       description="計画の取組の年度ごとの進捗（状況・評価 A〜D・実績）を扱います。")
    ps = p.add_subparsers(dest="progress_command", metavar="SUBCOMMAND")

    t = ps.add_parser("template", help="担当課が記入する Excel 様式を作る")
    t.add_argument("--fy", type=int, required=True, help="記入する年度（西暦、例: 2025）")
    t.add_argument("--department", default=None, help="担当課（前年度までの記録でその課の取組だけにする）")
    t.add_argument("--actor", default=None, help="主体で絞る（行政・民間・市社協）")
    t.add_argument("--out", type=Path, required=True, help="出力する .xlsx ファイル")
    t.add_argument("--dataset", type=Path, default=None, help="データセットのフォルダ（既定: 同梱サンプル）")
    t.set_defaults(func=_template)

    i = ps.add_parser("import", help="記入済みの様式を measure_progress.csv に取り込む")
    i.add_argument("--input", type=Path, action="append", required=True, help="記入済みの .xlsx（複数可: --input を繰り返す）")
    i.add_argument("--dataset", type=Path, default=None, help="データセットのフォルダ（既定: 同梱サンプル）")
    i.add_argument("--fy", type=int, default=None, help="様式情報シートのないブックの年度")
    i.set_defaults(func=_import)

    s = ps.add_parser("summary", help="年度ごとの進捗の集計（基本目標・基本計画・主体・重層的支援ごと）")
    s.add_argument("--fy", type=int, default=None, help="年度（既定: 記録のある最新年度）")
    s.add_argument("--level", choices=("city", "goal", "policy", "actor", "jusoteki"), default=None,
                   help="集計の単位（既定: すべて）")
    s.add_argument("--format", choices=FORMATS, default="table", help="出力形式（既定: table）")
    s.add_argument("--warehouse", type=Path, default=None, help="ウェアハウスのパス（既定: data/processed/warehouse.duckdb）")
    s.set_defaults(func=_summary)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _config(dataset: Path | None):
    from indicators.paths import DEFAULT_DATASET
    from indicators.raw.dataset import read_dataset_yaml

    return read_dataset_yaml(dataset or DEFAULT_DATASET)


def _sheet_kinds() -> list:
    """The workbook's sheets: measure progress and declared indicator values (a new sheet kind
    is one more entry here)."""
    from indicators.declared.workbook import DeclaredSheet
    from indicators.progress.sheets import ProgressSheet

    return [ProgressSheet(), DeclaredSheet()]


def _template(args: argparse.Namespace) -> int:
    from indicators.errors import UserError
    from indicators.progress.workbook import TemplateContext, write_template

    if args.out.suffix.lower() != ".xlsx":
        raise UserError(f"--out は .xlsx のファイルにしてください: {args.out}")
    cfg = _config(args.dataset)
    ctx = TemplateContext(cfg.dataset_dir, cfg, args.fy, department=args.department, actor=args.actor)
    counts = write_template(args.out, ctx, _sheet_kinds())
    print(f"様式を作成しました: {args.out}（{args.fy}年度、" + "、".join(f"シート {k} {v} 行" for k, v in counts.items()) + "）")
    if cfg.synthetic:
        print("※データセットは合成データです（前年度の値は架空）")
    return 0


def _import(args: argparse.Namespace) -> int:
    from indicators.progress.workbook import ImportContext, import_workbooks

    cfg = _config(args.dataset)
    ledger = import_workbooks(args.input, ImportContext(cfg.dataset_dir, cfg, fiscal_year=args.fy), _sheet_kinds())
    for line in ledger.lines():
        print(line)
    print("取り込んだ内容は `welfare build` でウェアハウスに反映されます。")
    return 0


def _summary(args: argparse.Namespace) -> int:
    from indicators.engine import api
    from indicators.engine.commands import _emit
    from indicators.errors import UserError
    from indicators.services import progress as sp

    con = api.open_warehouse(args.warehouse)
    try:
        years = sp.progress_years(con)
        if not years:
            raise UserError("ウェアハウスに取組の進捗の記録がありません（measure_progress.csv を置いて welfare build を実行してください）")
        fy = args.fy if args.fy is not None else max(years)
        if fy not in years:
            raise UserError(f"--fy {fy} の進捗の記録がありません（記録のある年度: {', '.join(map(str, years))}）")
        table = sp.summary_table(con, fy, level=args.level)
        meta = api.dataset_meta(con)
    finally:
        con.close()
    notice = api.SYNTHETIC_NOTICE if meta.get("synthetic") else None
    if args.format == "table":
        _print_table(table, fy, notice)
        return 0
    _emit(table, list(table.columns), args.format, title=f"取組の進捗（{fy}年度）", notice=notice)
    return 0


def _print_table(table, fy: int, notice: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    from indicators.services.progress import SUMMARY_LABELS

    t = Table(title=f"取組の進捗（{fy}年度）", caption=notice)
    for col in table.columns:
        t.add_column(SUMMARY_LABELS.get(col, col), justify="left" if col in ("level", "name") else "right")
    for rec in table.itertuples(index=False):
        t.add_row(*["" if v is None else (f"{v * 100:.1f}%" if col.endswith("_share") and isinstance(v, float)
                                           else str(v)) for col, v in zip(table.columns, rec)])
    Console(width=None if sys.stdout.isatty() else 200).print(t)
