"""`welfare indicators`: list indicator values (already suppressed) from the warehouse."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("table", "csv", "json")
AREA_LEVELS = ("city", "district", "school_district", "goal", "policy", "actor", "jusoteki")  # engine.catalogue.AREA_LEVELS
OUTPUT_COLUMNS = ["indicator_id", "name_ja", "area_level", "area_code", "area_name", "fiscal_year",
                  "value", "numerator", "denominator", "target", "gap", "suppressed", "unit"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "indicators", help="指標値を表示する",
        description="指標値（地区・小学校区・市全体、年度別）を表示します。人数・世帯数の小さな値は「秘匿」と表示します。")
    p.add_argument("--fy", type=int, default=None, help="年度（西暦、例: 2024）。省略時は最新年度")
    p.add_argument("--all-years", action="store_true", help="全年度を表示する")
    p.add_argument("--level", choices=AREA_LEVELS, default=None,
                   help="区域の単位（city=市全体, district=地区, school_district=小学校区; 取組の進捗は goal=基本目標, "
                        "policy=基本計画, actor=主体, jusoteki=重層的支援）")
    p.add_argument("--id", dest="ids", action="extend", nargs="+", default=None, metavar="INDICATOR_ID",
                   help="指標ID（複数可: --id a b または --id a --id b）。一覧は --catalogue で表示")
    p.add_argument("--area", default=None, help="区域コード（地区コード・学校コード）で絞り込む")
    p.add_argument("--catalogue", action="store_true", help="指標カタログ（定義・目標・計画との対応）を表示する")
    p.add_argument("--status", action="store_true",
                   help="目標のある指標の達成状況（達成・順調・遅れ・後退・判定不可）を表示する（--level・--area で区域を選ぶ）")
    p.add_argument("--format", choices=FORMATS, default="table", help="出力形式（既定: table）")
    p.add_argument("--warehouse", type=Path, default=None, help="ウェアハウスのパス（既定: data/processed/warehouse.duckdb）")
    p.set_defaults(func=_run)


def _cell(row: pd.Series, col: str) -> object:
    import pandas as pd

    from indicators.engine.suppression import SUPPRESSED_LABEL

    val = row[col]
    if bool(row.get("suppressed")) and col in ("value", "numerator", "denominator") and pd.isna(val):
        return SUPPRESSED_LABEL
    if hasattr(val, "tolist"):  # numpy scalars and arrays → plain Python
        val = val.tolist()
    if val is None or (not isinstance(val, (list, tuple)) and pd.isna(val)):
        return None
    return val


def _records(df: pd.DataFrame, columns: list[str]) -> list[dict]:
    return [{c: _cell(row, c) for c in columns} for _, row in df.iterrows()]


def format_indicator_value(value: object, unit: str | None) -> str:
    """A value as planners read it: ratios in %, rates with 2 decimals, meters rounded."""
    if value is None or isinstance(value, str):
        return "" if value is None else value
    v = float(value)  # type: ignore[arg-type]
    if unit == "ratio":
        return f"{v * 100:.1f}%"
    if unit == "meters":
        return f"{v:,.0f} m"
    if unit == "count":
        return f"{v:,.0f}"
    if unit == "score":
        return f"{v:.1f}"
    if unit in ("per_1000", "per_100000") or not unit:
        return f"{v:,.2f}"
    from indicators.services.formatting import format_value  # a declared unit (人, 件, %, か所 …)

    return format_value(v, unit)


def _count(value: object) -> str:
    if value is None or isinstance(value, str):
        return "" if value is None else value
    return f"{float(value):,.0f}" if float(value).is_integer() else f"{float(value):,.2f}"  # type: ignore[arg-type]


TABLE_COLUMNS = [("指標", "name_ja"), ("区域", "area_name"), ("コード", "area_code"), ("年度", "fiscal_year"),
                 ("値", "value"), ("分子", "numerator"), ("分母", "denominator"), ("目標", "target"), ("不足", "gap")]


def _run(args: argparse.Namespace) -> int:
    from indicators.errors import UserError
    from indicators.engine import api
    from indicators.wording import synthetic_notice

    if args.catalogue:
        df = api.catalogue(args.warehouse) if args.warehouse or api._path(None).exists() else api.catalogue()
        cols = ["indicator_id", "name_ja", "family", "area_levels", "unit", "target", "direction",
                "counts_people", "plan_refs", "definition_ja"]
        cols = [c for c in cols if c in df.columns]
        _emit(df, cols, args.format, title="指標カタログ", notice=None)
        return 0

    if args.status:
        return _status(args)

    con = api.open_warehouse(args.warehouse)  # one connection for all the look-ups below
    try:
        meta = api.dataset_meta(con)
        fy = None if args.all_years else (args.fy if args.fy is not None else api.latest_fy(con))
        if args.ids:
            known = set(api.catalogue(con)["indicator_id"])
            unknown = [i for i in args.ids if i not in known]
            if unknown:
                raise UserError(f"不明な指標ID: {', '.join(unknown)}（welfare indicators --catalogue で一覧を表示できます）")
        df = api.indicator_values(con, fy=fy, level=args.level, ids=args.ids, area_code=args.area)
    finally:
        con.close()
    if df.empty:
        years = f"{meta.get('min_fy')}〜{meta.get('max_fy')}"
        raise UserError(f"条件に合う指標値がありません（--fy {fy}、--level {args.level}、年度の範囲 {years}）")
    notice = synthetic_notice(meta.get("municipality_name")) if meta.get("synthetic") else None
    title = f"指標値（{fy}年度）" if fy is not None else "指標値（全年度）"
    _emit(df, OUTPUT_COLUMNS, args.format, title=title, notice=notice)
    return 0


def _status(args: argparse.Namespace) -> int:
    """indicator_status as shown on the dashboard (values suppressed by the engine already)."""
    from indicators.engine import api
    from indicators.errors import UserError
    from indicators.services.monitoring import status_table, target_status
    from indicators.wording import synthetic_notice

    path = api._path(args.warehouse)
    if not path.exists():
        raise UserError(f"ウェアハウスが見つかりません: {path}（先に welfare build を実行してください）")
    meta = api.dataset_meta(path)
    df = target_status(path, args.level or "city", args.area)
    if args.ids:
        df = df[df["indicator_id"].isin(args.ids)]
    if df.empty:
        raise UserError("条件に合う目標の達成状況がありません（目標値のある指標・区域を確認してください）")
    table = status_table(df)
    notice = synthetic_notice(meta.get("municipality_name")) if meta.get("synthetic") else None
    if args.level not in (None, "city"):
        table.insert(1, "区域コード", list(df["area_code"]))
    _emit(table, list(table.columns), args.format, title="目標の達成状況（最新の年度）", notice=notice)
    return 0


def _emit(df: pd.DataFrame, columns: list[str], fmt: str, title: str, notice: str | None) -> None:
    try:
        _write(df, columns, fmt, title, notice)
    except BrokenPipeError:  # e.g. `| head`: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _write(df: pd.DataFrame, columns: list[str], fmt: str, title: str, notice: str | None) -> None:
    import pandas as pd
    if fmt == "json":
        payload: dict = {"rows": _records(df, columns)}
        if notice:
            payload = {"notice": notice, **payload}
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return
    if fmt == "csv":
        if notice:
            print(notice, file=sys.stderr)
        recs = [{k: ";".join(map(str, v)) if isinstance(v, (list, tuple)) else v for k, v in r.items()}
                for r in _records(df, columns)]
        out = pd.DataFrame(recs, columns=columns)
        out.to_csv(sys.stdout, index=False)
        return
    from rich.console import Console
    from rich.table import Table

    numeric = {"value", "numerator", "denominator", "target", "gap"}
    table = Table(title=title, caption=notice)
    if "name_ja" in columns and "value" in columns:  # indicator values: a readable subset
        for head, col in TABLE_COLUMNS:
            table.add_column(head, justify="right" if col in numeric else "left")
        for rec, unit in zip(_records(df, columns), df["unit"]):
            cells = []
            for _, col in TABLE_COLUMNS:
                val = rec[col]
                if col in ("value", "target", "gap"):
                    cells.append(format_indicator_value(val, unit))
                elif col in ("numerator", "denominator"):
                    cells.append(_count(val))
                else:
                    cells.append("" if val is None else str(val))
            table.add_row(*cells)
    else:
        for col in columns:
            table.add_column(col)
        for rec in _records(df, columns):
            table.add_row(*["" if rec[c] is None else ", ".join(map(str, rec[c])) if isinstance(rec[c], list)
                            else str(rec[c]) for c in columns])
    # Piped output is not cut to 80 columns.
    Console(width=None if sys.stdout.isatty() else 200).print(table)
