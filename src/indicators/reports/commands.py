"""`welfare report`: committee deck, district cards and static charts from the warehouse."""
from __future__ import annotations

import argparse
from pathlib import Path

FORMATS = ("pptx", "html", "pdf", "png", "svg", "all")
DEFAULT_RESOURCE = "consultation_place"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="委員会資料（スライド・地区カルテ・地図）を出力する",
        description="ウェアハウスの指標値から委員会資料を作ります（pptx スライド、地区カルテ HTML/PDF、地図・グラフ PNG/SVG）。",
    )
    p.add_argument("--format", default="pptx", choices=FORMATS, help="出力形式（all はすべて）")
    p.add_argument("--district", metavar="CODE", help="この地区コードのカルテだけを出力する")
    p.add_argument("--fy", type=int, metavar="YEAR", help="対象年度（既定: 最新年度）")
    p.add_argument("--out", type=Path, metavar="DIR", help="出力フォルダ（既定: data/processed/reports）")
    p.add_argument("--warehouse", type=Path, metavar="PATH", help="ウェアハウス（既定: data/processed/warehouse.duckdb）")
    p.add_argument("--resource", default=DEFAULT_RESOURCE, metavar="TYPE",
                   help=f"ギャップ地図で不足を示す資源種別（既定: {DEFAULT_RESOURCE}）")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from indicators.paths import PROCESSED_DIR

    console = Console(stderr=True)
    out_dir = args.out or (PROCESSED_DIR / "reports")
    with console.status("ウェアハウスを読み込んでいます…"):
        written = generate(args.format, out_dir, warehouse=args.warehouse, fiscal_year=args.fy,
                           district=args.district, resource_type=args.resource, console=console)
    for path in written:
        print(path)
    console.print(f"[green]{len(written)} 件のファイルを {out_dir} に出力しました[/green]")
    return 0


def generate(fmt: str, out_dir: Path, warehouse: Path | None = None, fiscal_year: int | None = None,
             district: str | None = None, resource_type: str = DEFAULT_RESOURCE, console=None) -> list[Path]:
    """Produce the requested outputs and return the written paths (the CLI's whole job)."""
    from indicators.errors import UserError
    from indicators.reports import charts, data as rd
    from indicators.reports.cards import write_cards
    from indicators.reports.deck import build_deck

    def say(msg: str) -> None:
        if console is not None:
            console.log(msg)

    if fmt not in FORMATS:
        raise UserError(f"--format {fmt} は使えません（{', '.join(FORMATS)}）")
    formats = {"pptx", "html", "pdf", "png", "svg"} if fmt == "all" else {fmt}
    report = rd.load_report_data(warehouse, fiscal_year)
    if district is not None and district not in set(report.districts["district_code"].astype(str)):
        raise UserError(f"--district: 地区コード {district} の地区はありません（welfare indicators --level district で地区コードを確認できます）")
    if resource_type not in set(report.catalogue.get("resource_type", [])):
        known = "、".join(sorted(str(t) for t in set(report.catalogue.get("resource_type", [])) if t))
        raise UserError(f"--resource: 資源の種別 {resource_type} の指標はありません（使える種別: {known}）")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    fy = report.fiscal_year
    label = rd.resource_label(report, resource_type)

    # Figures (the deck draws its own map, without the figure's notice)
    figure_formats = [f for f in ("png", "svg") if f in formats]
    if report.has_geometry() and figure_formats:
        say("ギャップ地図を描いています")
        fig = charts.gap_map(report.districts, rd.lacking_districts(report, resource_type), label,
                             title=f"{label}がない地区（{fy}年度）", notice=report.notice)
        written += charts.save_figure(fig, out_dir / f"gap_map_{resource_type}_{fy}", figure_formats)
    if figure_formats:
        say("グラフを描いています")
        kpis = rd.kpi_table(report)
        written += charts.save_figure(charts.kpi_chart(kpis, f"指標の現状と目指す姿（{fy}年度）", report.notice),
                                      out_dir / f"kpi_{fy}", figure_formats)
        pr = rd.priority_table(report, top=15)
        if not pr.empty:
            written += charts.save_figure(charts.priority_chart(pr, f"優先度スコア上位の地区（{fy}年度）", report.notice),
                                          out_dir / f"priority_{fy}", figure_formats)
    if "pptx" in formats:
        say("スライドを作っています")
        deck_map = None
        if report.has_geometry():
            # the slide carries the notice once: its map is drawn without the figure's own notice
            fig = charts.gap_map(report.districts, rd.lacking_districts(report, resource_type), label,
                                 title=f"{label}がない地区（{fy}年度）", notice=None)
            deck_map = charts.save_figure(fig, out_dir / f".deck_map_{resource_type}_{fy}", ["png"])[0]
        written.append(build_deck(report, out_dir / f"committee_deck_{fy}.pptx", deck_map, resource_type))
        if deck_map is not None:
            deck_map.unlink()
    if "html" in formats:
        from indicators.reports.scenarios import write_scenarios_html

        written += write_scenarios_html(report, out_dir)  # saved scenarios (issue 20), if any
    if figure_formats:
        from indicators.reports.scenarios import write_scenario_maps

        written += write_scenario_maps(report, out_dir, figure_formats)
    if formats & {"html", "pdf"}:
        say("地区カルテを作っています" + ("（PDF は Chromium で印刷）" if "pdf" in formats else ""))
        written += write_cards(report, out_dir, [district] if district else None,
                               pdf="pdf" in formats, html="html" in formats)
    if "html" in formats and "progress_policy" in report.extra:
        from indicators.reports.progress import write_plan_status_html

        say("施策ごとの状況（取組の進捗と評価C・Dの取組）を HTML にしています")
        written.append(write_plan_status_html(report, out_dir))
    return written


def committee_deck_bytes(warehouse: Path, fiscal_year: int | None = None) -> bytes:
    """The committee deck (`welfare report --format pptx`) as bytes, for a download on the
    scenario page: the saved scenarios' slides with the rest of the deck."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        paths = generate("pptx", Path(tmp), warehouse=Path(warehouse), fiscal_year=fiscal_year)
        deck = next(p for p in paths if p.suffix == ".pptx")
        return deck.read_bytes()
