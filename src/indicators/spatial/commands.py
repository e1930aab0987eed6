"""`welfare suggest` (MCLP site suggestion) and `welfare access` (accessibility summary).

Both read the warehouse; `suggest` stores its run in `site_suggestions` only with --save.
Storing never writes into a warehouse file that readers may have open: under the build lock
the file is copied, the run appended to the copy, and the copy swapped in atomically (the
same way `welfare build` replaces it). A later `welfare build` starts from scratch and so
drops earlier suggestions.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from indicators.paths import DEFAULT_WAREHOUSE

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("table", "csv", "json", "geojson")
POP_LABEL = {"aged": "65歳以上", "children": "0〜14歳"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "suggest", help="新しい拠点の候補地を提案する（最大被覆立地問題を厳密に解く）",
        description="まだ徒歩圏（半径）に拠点がない人を最も多く新たにカバーする N か所を、候補地の中から選びます。",
    )
    p.add_argument("--type", dest="resource_type", required=True, help="資源の種類（例: community_cafeteria, district_salon）")
    p.add_argument("--n", type=int, default=3, help="新しく置く拠点の数（既定: 3）")
    p.add_argument("--radius", type=float, default=1000.0, help="徒歩圏の半径 m（直線距離、既定: 1000）")
    p.add_argument("--population", choices=("aged", "children"), default="aged", help="対象: aged=65歳以上, children=0〜14歳")
    p.add_argument("--candidates", choices=("schools", "centres", "grid", "lacking"), default="schools",
                   help="候補地: schools=小学校, centres=地区の中心（公民館付近）, grid=格子点, lacking=その資源がない地区の中心")
    p.add_argument("--grid-spacing", type=float, default=1000.0, help="格子点の間隔 m（--candidates grid、既定: 1000）")
    p.add_argument("--fy", type=int, default=None, help="年度（既定: データの最新年度）")
    p.add_argument("--format", choices=FORMATS, default="table", help="出力形式（既定: table）")
    p.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE, help=f"DuckDB ファイル（既定: {DEFAULT_WAREHOUSE}）")
    p.add_argument("--save", action="store_true", help="結果をウェアハウスの site_suggestions 表に保存する（再構築後も残ります）")
    # the old opt-out: saving is now opt-in, so this is accepted and does nothing
    p.add_argument("--no-store", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=_run_suggest)

    a = sub.add_parser("access", help="徒歩圏のアクセス（人口の割合・平均距離・2SFCA）を表示する")
    a.add_argument("--type", dest="resource_type", default=None, help="資源の種類（既定: すべて）")
    a.add_argument("--population", choices=("aged", "children"), default="aged",
                   help="対象: aged=65歳以上（既定）, children=0〜14歳")
    a.add_argument("--level", choices=("city", "district", "school_district"), default="city",
                   help="区域の単位: city=市全体（既定）, district=地区, school_district=小学校区")
    a.add_argument("--fy", type=int, default=None, help="年度（既定: 最新）")
    a.add_argument("--format", choices=("table", "csv", "json"), default="table", help="出力形式（既定: table）")
    a.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE, help=f"DuckDB ファイル（既定: {DEFAULT_WAREHOUSE}）")
    a.set_defaults(func=_run_access)


def _open(path: Path, read_only: bool = True):
    from indicators.errors import UserError
    from indicators.warehouse.duck import connect

    if not Path(path).exists():
        raise UserError(f"{path}: ウェアハウスがありません。先に welfare build を実行してください")
    try:
        return connect(path, read_only=read_only)
    except Exception as exc:  # duckdb raises IOException on a locked / corrupt file
        raise UserError(f"{path}: ウェアハウスを開けません（{exc}）") from None


def _notice(con) -> str | None:
    try:
        row = con.execute("SELECT synthetic, municipality_name FROM dataset_meta LIMIT 1").fetchone()
    except Exception:
        return None
    if not row or not row[0]:
        return None
    from indicators.wording import synthetic_notice

    return synthetic_notice(row[1])


def _run_suggest(args: argparse.Namespace) -> int:
    from rich.console import Console

    from indicators.spatial.siting import suggestion_frame

    err = Console(stderr=True)
    con = _open(args.warehouse)
    try:
        with err.status("最大被覆立地問題を解いています…"):
            frame = suggestion_frame(
                con, args.resource_type, n_sites=args.n, radius_m=args.radius, population_group=args.population,
                candidates=args.candidates, grid_spacing=args.grid_spacing, fiscal_year=args.fy,
            )
        notice = _notice(con)
        type_labels = _labels(con)[0]
        threshold = con.execute("SELECT coalesce(max(suppression_threshold), 3) FROM dataset_meta").fetchone()[0] \
            if _has_table(con, "dataset_meta") else 3
    finally:
        con.close()
    notes = _site_notes(args.warehouse, frame, args)
    stored = False
    if args.save:
        store_run(args.warehouse, frame)
        stored = True
    print_suggestions(frame, args.format, notice, threshold, notes, type_labels)
    if args.format == "table":
        err.print(f"保存: site_suggestions（run_id={frame['run_id'].iloc[0] if len(frame) else '-'}）" if stored
                  else "保存していません（保存するには --save）")
    return 0


def _site_notes(warehouse: Path, frame: pd.DataFrame, args: argparse.Namespace) -> list[str]:
    """Per suggested site: the places of the type already in its 地区 (those without coordinates,
    placed at an estimated point, named as such) — the scenario page's 「注意」, same function."""
    if len(frame) == 0:
        return []
    from indicators.services import scenarios

    s = scenarios.Scenario(args.resource_type, args.population, float(args.radius), int(frame["fiscal_year"].iloc[0]),
                           added=scenarios.sites_of(frame))
    return list(scenarios.sites_display(scenarios.evaluate(warehouse, s))["注意"])


def _labels(con) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Japanese names for the tables people read: resource types, area levels, area codes."""
    from indicators.wording import level_labels

    types = dict(con.execute("SELECT resource_type, label_ja FROM resource_types").fetchall()) \
        if _has_table(con, "resource_types") else {}
    town = con.execute("SELECT max(municipality_name) FROM dataset_meta").fetchone()[0] \
        if _has_table(con, "dataset_meta") else None
    areas: dict[str, str] = {}
    for table, code, name in (("districts", "district_code", "district_name"),
                              ("school_districts", "school_code", "school_name")):
        if _has_table(con, table):
            areas.update(dict(con.execute(f"SELECT {code}, {name} FROM {table}").fetchall()))
    return types, level_labels(town), areas


def _has_table(con, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [name]).fetchone()[0])


def store_run(warehouse: Path, frame: pd.DataFrame) -> None:
    """Append a run to site_suggestions: copy → write → atomic swap, under the build lock."""
    from indicators.spatial.siting import store_suggestions
    from indicators.warehouse import atomic

    atomic.write_copy(warehouse, lambda con: store_suggestions(con, frame))


def _display_frame(frame: pd.DataFrame, notes: list[str] | None = None) -> pd.DataFrame:
    import pandas as pd

    from indicators.engine.suppression import format_value

    out = pd.DataFrame({
        "順位": frame["rank"].astype(int),
        "候補地": frame["site_name"],
        "種類": frame["site_kind"].map({"school": "小学校", "centre": "地区の中心", "grid": "格子点", "hand": "手動"}),
        "新規カバー人数": [format_value(None if pd.isna(v) else int(v), bool(s))
                        for v, s in zip(frame["newly_covered"], frame["suppressed"])],
        "累計": [format_value(None if pd.isna(v) else int(v), pd.isna(v) and bool(s))
               for v, s in zip(frame["cumulative_covered"], frame["suppressed"])],
    })
    return out


def _records(frame: pd.DataFrame) -> list[dict]:
    import pandas as pd
    recs = []
    for r in frame.to_dict("records"):
        rec = {}
        for k, v in r.items():
            if v is pd.NA or (isinstance(v, float) and pd.isna(v)):
                v = None
            elif hasattr(v, "isoformat"):
                v = v.isoformat()
            elif hasattr(v, "item"):
                v = v.item()
            rec[k] = v
        recs.append(rec)
    return recs


def print_suggestions(frame: pd.DataFrame, fmt: str, notice: str | None, threshold: int = 3,
                      notes: list[str] | None = None, type_labels: dict[str, str] | None = None) -> None:
    import pandas as pd

    if notes is not None and len(notes) == len(frame) and fmt != "table":
        frame = frame.assign(note=notes)
    if fmt == "csv":
        if notice:
            print(notice, file=sys.stderr)
        frame.to_csv(sys.stdout, index=False)
        return
    if fmt == "json":
        doc = {"notice": notice, "suppression_threshold": threshold, "suggestions": _records(frame)}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    if fmt == "geojson":
        feats = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
                  "properties": {k: v for k, v in r.items() if k not in ("lon", "lat")}} for r in _records(frame)]
        print(json.dumps({"type": "FeatureCollection", "notice": notice, "features": feats}, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if len(frame) == 0:
        console.print("新たにカバーできる人がいません（すでに全員が徒歩圏内か、候補地から届きません）")
    else:
        r0 = frame.iloc[0]
        rtype = (type_labels or {}).get(r0["resource_type"], r0["resource_type"])
        t = Table(title=f"{rtype}の候補地（{POP_LABEL.get(r0['population_group'], r0['population_group'])}、"
                        f"半径 {r0['radius_m']:.0f} m、{int(r0['fiscal_year'])} 年度、最適解）")
        disp = _display_frame(frame)
        for c in disp.columns:
            t.add_column(c, justify="right" if c in ("順位", "新規カバー人数", "累計") else "left")
        for row in disp.itertuples(index=False):
            t.add_row(*[str(v) for v in row])
        console.print(t)
        for rank, name, note in zip(frame["rank"], frame["site_name"], notes or []):
            if note:  # the area is served already, maybe by a place without coordinates: say so
                console.print(f"注意（{int(rank)}. {name}）: {note}")
        from indicators.engine.suppression import format_value

        before = r0["uncovered_before"]
        console.print("位置（経度・緯度）は --format csv / json / geojson で出力できます")
        console.print(f"徒歩圏外の人数（提案前）: {format_value(None if pd.isna(before) else int(before), pd.isna(before))}"
                      f"　※{threshold} 人未満は「秘匿」")
    if notice:
        console.print(f"[yellow]{notice}[/]")


def _run_access(args: argparse.Namespace) -> int:
    import pandas as pd

    from indicators.errors import UserError
    from indicators.engine.suppression import suppress_counts

    con = _open(args.warehouse)
    try:
        if not _has_table(con, "access_district"):
            raise UserError("access_district 表がありません（町内会の lat / lon がないデータでは計算されません）")
        fy = args.fy or con.execute("SELECT max(fiscal_year) FROM access_district").fetchone()[0]
        where = "population_group = ? AND area_level = ? AND fiscal_year = ?"
        params: list = [args.population, args.level, fy]
        if args.resource_type:
            where += " AND resource_type = ?"
            params.append(args.resource_type)
        df = con.execute(f"SELECT * FROM access_district WHERE {where} ORDER BY resource_type, area_code", params).fetchdf()
        threshold = con.execute("SELECT coalesce(max(suppression_threshold), 3) FROM dataset_meta").fetchone()[0]
        notice = _notice(con)
        type_labels, level_names, area_names = _labels(con)
    finally:
        con.close()
    if df.empty:
        raise UserError(f"該当する行がありません（年度 {fy}、{args.level}、{args.resource_type or 'すべての種類'}）")
    counts = ["pop_total", "pop_within_500", "pop_within_1000", "pop_within_2000"]
    df = suppress_counts(df, counts, int(threshold))
    hidden = df[[f"{c}_suppressed" for c in counts]].any(axis=1)
    for c in ("mean_nearest_m", "sfca_score"):  # a mean over fewer than threshold people is hidden too
        df.loc[df["pop_total_suppressed"], c] = None
    out = df[["resource_type", "area_level", "area_code", "fiscal_year", *counts, "mean_nearest_m", "sfca_score"]].copy()
    out["suppressed"] = hidden.to_numpy()
    if args.format == "csv":
        if notice:
            print(notice, file=sys.stderr)
        out.to_csv(sys.stdout, index=False)
        return 0
    if args.format == "json":
        from indicators.services.positions import position_summary

        positions = position_summary(args.warehouse, int(fy), sorted(set(out["resource_type"])))
        print(json.dumps({"notice": notice, "rows": _records(out), "positions": _records(positions)},
                         ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    from indicators.engine.suppression import format_value

    t = Table(title=f"徒歩圏のアクセス（{POP_LABEL[args.population]}、{fy} 年度、{level_names.get(args.level, args.level)}）")
    for c in ("種類", "区域", "人口", "500m以内", "1km以内", "2km以内", "平均距離 m", "2SFCA/千人"):
        t.add_column(c, justify="left" if c in ("種類", "区域") else "right")
    for r in out.itertuples(index=False):
        cells = [format_value(getattr(r, c), pd.isna(getattr(r, c)) and bool(r.suppressed)) for c in counts]
        area = level_names["city"] if r.area_level == "city" else area_names.get(r.area_code, r.area_code)
        t.add_row(type_labels.get(r.resource_type, r.resource_type), area, *cells,
                  "" if pd.isna(r.mean_nearest_m) else f"{r.mean_nearest_m:,.0f}",
                  "" if pd.isna(r.sfca_score) else f"{r.sfca_score:.2f}")
    console = Console()
    console.print(t)
    for line in _position_lines(args.warehouse, int(fy), sorted(set(out["resource_type"]))):
        console.print(line)
    if notice:
        console.print(f"[yellow]{notice}[/]")
    return 0


def _position_lines(warehouse: Path, fiscal_year: int, types: list[str]) -> list[str]:
    """How many resources of each type lack coordinates and how they were treated (issue 20)."""
    from indicators.services.positions import position_summary, position_text

    summary = position_summary(warehouse, fiscal_year, types)
    return [position_text(r) for _, r in summary.iterrows() if r["n_approximate"] or r["n_unplaced"]]
