"""`python -m indicators.bench [--runs N] [--scale S]` (= `make bench`): national-scale benchmark."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from indicators.bench.runner import check_targets, run_benchmark


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m indicators.bench",
                                description="全国規模（合成）データでの構築時間・最大メモリを geopandas/pandas の基準実装と比べる")
    p.add_argument("--runs", type=int, default=3, help="繰り返し回数（中央値を報告。既定: 3）")
    p.add_argument("--scale", type=float, default=1.0, help="データの規模（1 = 全国: 小学校区 2万・資源 100万。既定: 1）")
    p.add_argument("--seed", type=int, default=20261126, help="乱数の種（既定: 20261126）")
    p.add_argument("--data-dir", type=Path, default=Path("bench-data"), help="生成データと結果の置き場（既定: bench-data/）")
    p.add_argument("--no-baseline", action="store_true", help="基準実装を測らない")
    p.add_argument("--timeout", type=float, default=3600.0, help="1 回の処理の打ち切り秒数（既定: 3600）")
    p.add_argument("--out", type=Path, default=None, help="結果 JSON（既定: <data-dir>/results-s<scale>.json）")
    args = p.parse_args(argv)
    if args.runs < 1 or args.scale <= 0:
        print("エラー: --runs は 1 以上、--scale は正の数にしてください", file=sys.stderr)
        return 2

    from rich.console import Console
    from rich.table import Table

    console = Console()
    res = run_benchmark(args.runs, args.scale, args.seed, args.data_dir, baseline=not args.no_baseline, timeout=args.timeout,
                        log=lambda m: console.print(m, highlight=False))
    out = args.out or args.data_dir / f"results-s{args.scale:g}.json"
    out.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")

    g = res["dataset"]
    t = Table(title=f"ベンチマーク（scale={args.scale:g}: 地区 {g['districts']:,} / 小学校区 {g['school_districts']:,} / "
                    f"町内会 {g['assocs']:,} / 資源 {g['resources']:,}、{args.runs} 回の中央値）")
    for c in ("処理", "実時間（秒, 中央値）", "うち処理本体（秒）", "最大メモリ（MiB）"):
        t.add_column(c, justify="left" if c == "処理" else "right")
    for key, label in (("build", "構築（welfare build 一式）"), ("baseline", "geopandas/pandas 基準実装"),
                       ("city_build", "市の規模（サンプル）の構築")):
        if key in res:
            r = res[key]
            t.add_row(label, f"{r['median_wall_s']:.1f}", f"{r['median_inner_s']:.1f}", f"{r['peak_rss_mib']:,.0f}")
    console.print(t)
    if "speedup" in res:
        console.print(f"基準実装に対する速さ: {res['speedup']:.2f} 倍")
    if "build_steps_median_s" in res:
        console.print("構築の手順ごとの時間（中央値）: " + ", ".join(
            f"{k} {v:.1f}s" for k, v in res["build_steps_median_s"].items()))
    if args.scale == 1:
        for name, (got, target, ok) in check_targets(res).items():
            console.print(f"{'[green]達成' if ok else '[red]未達'}[/] {name}: {got:.2f}（目標 {target:g}）")
    else:
        console.print(f"[yellow]scale={args.scale:g} のため目標との比較は省略（目標は scale=1 の値）")
    for e in res["errors"]:
        console.print(f"[red]失敗した計測[/]: {e[:500]}")
    console.print(f"結果: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
