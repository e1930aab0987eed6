"""`welfare sample-data [--out DIR] [--seed N]`: (re)generate the bundled synthetic sample."""
from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sample-data", help="同梱の鳥取市サンプルデータセット（合成）を生成する")
    p.add_argument("--out", type=Path, default=None, help="出力先フォルダ（既定: data/raw/sample-tottori）")
    p.add_argument("--seed", type=int, default=None, help="乱数の seed（既定: 20241201）")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from indicators.errors import UserError
    from indicators.paths import DEFAULT_DATASET
    from indicators.sample.generate import DEFAULT_SEED, generate_sample

    out = args.out or DEFAULT_DATASET
    seed = DEFAULT_SEED if args.seed is None else args.seed
    if seed < 0:
        raise UserError(f"--seed には 0 以上の整数を指定してください（指定値: {seed}）")
    if out.exists() and not out.is_dir():
        raise UserError(f"出力先 {out} はフォルダではありません")
    console = Console(stderr=True)
    with console.status("サンプルデータを生成中…") as status:
        try:
            summary = generate_sample(out, seed=seed, progress=lambda msg: status.update(msg))
        except PermissionError as exc:
            raise UserError(f"出力先 {out} に書き込めません: {exc.filename}") from exc
    pop = summary["population"]
    console.print(f"[green]生成しました[/green]: {out}（seed {seed}、合成データ）")
    console.print(
        f"  地区 {summary['districts']}・小学校区 {summary['schools']}・町内会 {summary['assocs']}・"
        f"資源 {summary['resources']} 件"
    )
    console.print(
        f"  人口 {pop[2022]:,} → {pop[2023]:,} → {pop[2024]:,}（2022→2024年度）、"
        f"高齢化率 {summary['aging_rate_2024'] * 100:.1f} %"
    )
    total = sum(summary["files"].values())
    console.print(f"  ファイル {len(summary['files'])} 個、計 {total / 1024:.0f} KB")
    return 0
