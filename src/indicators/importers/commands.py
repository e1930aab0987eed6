"""`welfare import <kind>`: public-format files → a contract dataset directory."""
from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="自治体の公開ファイルを契約形式のデータセットに取り込む")
    kinds = p.add_subparsers(dest="import_kind", metavar="KIND")
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])

    i = kinds.add_parser("init", help="空のデータセット（dataset.yaml と見出しだけの表）を作る")
    i.add_argument("--dataset", required=True, type=Path)
    i.add_argument("--code", required=True, help="全国地方公共団体コード（6 桁、例 312011。5 桁なら検査数字を補う）")
    i.add_argument("--name", required=True, help="市町村名（例 鳥取市）")
    i.add_argument("--as-of", help="データの時点（YYYY-MM-DD、既定は今日）")
    i.add_argument("--synthetic", action="store_true", help="架空データとして印を付ける")
    i.set_defaults(func=_init)

    k = kinds.add_parser("ksj-schools", help="国土数値情報 小学校区 A27 / 中学校区 A32（GeoJSON・Shapefile）")
    k.add_argument("--input", required=True, type=Path)
    k.add_argument("--dataset", required=True, type=Path)
    k.add_argument("--level", choices=["elementary", "junior"], help="小学校区 / 中学校区（既定はファイルの形式から判定）")
    k.add_argument("--points", type=Path, help="学校の位置（A27/A32 の点データ、P29 学校）: school_lon/school_lat を付ける")
    k.set_defaults(func=_ksj)

    e = kinds.add_parser("estat-census", help="e-Stat 国勢調査 小地域集計 CSV（+ 境界データ）")
    e.add_argument("--table", required=True, type=Path, action="append", help="tblT001082C31.txt など（複数可）")
    e.add_argument("--towns", required=True, type=Path, help="町丁→地区の対応表 CSV（key_code / town_name, district_code）")
    e.add_argument("--dataset", required=True, type=Path)
    e.add_argument("--fy", required=True, type=int, help="年度（国勢調査 10 月 1 日現在 → 例 2020）")
    e.add_argument("--boundary", type=Path, help="境界データ Shapefile（KEY_CODE 付き）: districts.geojson を作る")
    e.add_argument("--column", action="append", default=[], metavar="COL=CODE",
                   help="列の対応を上書き（例 pop_75plus=T001082020）")
    e.set_defaults(func=_estat)

    j = kinds.add_parser("juki-excel", help="住民基本台帳 町丁別・年齢別人口（xlsx）")
    j.add_argument("--input", required=True, type=Path)
    j.add_argument("--towns", required=True, type=Path, help="町丁→地区の対応表 CSV")
    j.add_argument("--dataset", required=True, type=Path)
    j.add_argument("--config", type=Path, help="読み方の設定 YAML（docs/importers.md）")
    j.set_defaults(func=_juki)

    f = kinds.add_parser("facilities", help="施設・活動の一覧（CSV / xlsx: 名称・住所・種別）")
    f.add_argument("--input", required=True, type=Path)
    f.add_argument("--dataset", required=True, type=Path)
    f.add_argument("--types", type=Path, help="種別→resource_type の対応表 CSV（既定: 語彙の名称と別名 indicators/vocabulary.py）")
    f.set_defaults(func=_facilities)


def _working(message: str):
    """A rich spinner while a file is read (prefecture-wide files take a few seconds)."""
    from rich.console import Console

    return Console(stderr=True).status(message)


def _finish(ds, recs, source_text: str) -> int:
    from indicators.importers.common import REJECTED_FILE, add_source, write_rejected

    for r in recs:
        r.print()
    n = write_rejected(ds.path, recs)
    if n:
        print(f"除外した {n} 行を {ds.path / REJECTED_FILE} に追記しました")
    if msg := add_source(ds, source_text):
        print(msg)
    return 0


def _init(a: argparse.Namespace) -> int:
    from indicators.importers.common import init_dataset

    made = init_dataset(a.dataset, a.code, a.name, a.as_of, a.synthetic)
    print(f"{a.dataset}: " + (f"作成 {', '.join(made)}" if made else "すでにあるため何も変えていません"))
    return 0


def _ksj(a: argparse.Namespace) -> int:
    from indicators.importers.common import open_dataset
    from indicators.importers.ksj import import_ksj_schools

    ds = open_dataset(a.dataset)
    with _working(f"{a.input.name} を読み込み中…"):
        rec, lay, _out = import_ksj_schools(a.input, ds, a.level, a.points)
    print(f"属性の形式: {lay.label}")
    return _finish(ds, [rec, *rec.extra], f"国土数値情報 学校区 {a.input.name}")


def _estat(a: argparse.Namespace) -> int:
    from indicators.errors import UserError
    from indicators.importers.common import load_towns, open_dataset
    from indicators.importers.estat import STAT_COLUMNS, import_census

    overrides = {}
    for item in a.column:
        col, _, code = item.partition("=")
        if col not in STAT_COLUMNS or not code:
            raise UserError(f"--column {item}: 「列=コード」で、列は {', '.join(STAT_COLUMNS)} のどれかです")
        overrides[col] = code.strip()
    ds = open_dataset(a.dataset)
    towns = load_towns(a.towns, ds)
    with _working("国勢調査の表を集計中…"):
        recs = import_census(a.table, towns, ds, a.fy, a.boundary, overrides)
    return _finish(ds, recs, f"国勢調査 小地域集計 {a.fy} 年 ({', '.join(p.name for p in a.table)})")


def _juki(a: argparse.Namespace) -> int:
    from indicators.importers.common import load_towns, open_dataset
    from indicators.importers.juki import JukiConfig, import_juki

    ds = open_dataset(a.dataset)
    towns = load_towns(a.towns, ds)
    with _working(f"{a.input.name} を読み込み中…"):
        rec = import_juki(a.input, towns, ds, JukiConfig.load(a.config))
    return _finish(ds, [rec], f"住民基本台帳 {a.input.name}")


def _facilities(a: argparse.Namespace) -> int:
    from indicators.importers.common import open_dataset
    from indicators.importers.facilities import import_facilities

    ds = open_dataset(a.dataset)
    with _working(f"{a.input.name} を読み込み中…"):
        rec = import_facilities(a.input, ds, a.types)
    return _finish(ds, [rec], f"施設一覧 {a.input.name}")
