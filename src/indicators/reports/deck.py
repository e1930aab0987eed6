"""Committee slide deck (python-pptx): title, KPI vs target, gap map, priorities, policy status, notes.

Text runs are placed with the CJK font by `reports.slides` (shared with the scenario slides).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from pptx import Presentation
from pptx.util import Inches

from indicators.reports import data as rd
from indicators.reports import progress as rp
from indicators.reports.slides import (  # noqa: F401
    NOTICE_RGB, TABLE_PT, TABLE_TOP_IN, _slide, _table, _text, _textbox, set_font, table_parts,
)
from indicators.services.formatting import plan_position
from indicators.wording import whole_area

SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)


def build_deck(report: rd.ReportData, out_path: Path, map_png: Path | None, resource_type: str) -> Path:
    """Write the committee deck to `out_path` and return it."""
    notice = report.notice
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    meta = report.meta
    fy = report.fiscal_year
    whole = whole_area(meta.get("municipality_name"))

    # 1. title
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    _textbox(slide, Inches(0.8), Inches(2.2), Inches(11.7), Inches(1.2),
             f"{meta.get('municipality_name') or ''} 地域福祉推進計画 モニタリング報告", size=34, bold=True)
    _textbox(slide, Inches(0.8), Inches(3.5), Inches(11.7), Inches(1.2), [
        f"{fy}年度の指標と目指す姿（目標）との差",
        f"データ: {meta.get('name') or ''}（基準日 {_date(meta.get('as_of'))}）",
    ], size=18)
    if notice:
        _textbox(slide, Inches(0.8), Inches(5.2), Inches(11.7), Inches(0.8), notice, size=16, bold=True, colour=NOTICE_RGB)

    # 2. KPI vs target (city level)
    # and the indicators the sections report (indicators.yaml); both with their target status
    columns = {"name_ja": "指標", "value_text": "現状値", "target_text": "目指す姿（目標）",
               "gap_text": "目標との差", "delta_text": f"前年度（{fy - 1}年度）比", "status": "目標の状況"}
    for heading, kpis in ((f"指標と目指す姿（{fy}年度・{whole}）", rd.main_kpis(report)),
                          (f"各課が報告する指標と目指す姿（{fy}年度・{whole}）", rd.declared_kpis(report))):
        if kpis.empty:
            continue
        shown = kpis[list(columns)].rename(columns=columns)
        rel = dict(zip(shown.columns, [4.4, 1.5, 1.9, 1.7, 1.6, 1.4]))
        for k, (part, widths) in enumerate(table_parts(shown, rel)):
            slide = _slide(prs, heading + ("" if k == 0 else "（続き）"), notice)
            _table(slide, part, Inches(0.5), Inches(TABLE_TOP_IN), Inches(12.3), widths, size=TABLE_PT)

    # 3. gap map
    label = rd.resource_label(report, resource_type)
    slide = _slide(prs, f"{label}がない地区（{fy}年度）", notice)
    lacking = rd.lacking_districts(report, resource_type)
    names = lacking.loc[lacking["lacking"], "district_name"].astype(str).tolist()
    text_left, text_width = Inches(0.5), Inches(12.3)
    if map_png is not None and Path(map_png).exists():
        # the map as large as the slide allows (its own aspect), the list in the width left over
        from PIL import Image

        with Image.open(map_png) as im:
            aspect = im.width / im.height
        box_w, box_h = 9.0, 5.7
        w = min(box_w, box_h * aspect)
        slide.shapes.add_picture(str(map_png), Inches(0.4), Inches(1.1), width=Inches(w), height=Inches(w / aspect))
        text_left, text_width = Inches(0.6 + w), Inches(12.9 - 0.6 - w)
    _textbox(slide, text_left, Inches(1.3), text_width, Inches(5.4), [
        f"{label}がない地区: {len(names)} / {len(lacking)} 地区",
        *(["・" + "、".join(names[i:i + 6]) for i in range(0, len(names), 6)] or ["（すべての地区にあります）"]),
    ], size=14)

    # 4. priority table
    table = rd.priority_display(report, top=10)
    title = f"優先度の高い地区（{fy}年度・上位{min(10, len(table))}地区）"
    if table.empty:
        slide = _slide(prs, title, notice)
        _textbox(slide, Inches(0.5), Inches(1.3), Inches(12), Inches(1), "優先度スコアがありません", size=16)
    else:
        rel = dict(zip(table.columns, [0.8, 2, 1.3, *([2] * (len(table.columns) - 3))]))
        for k, (part, widths) in enumerate(table_parts(table, rel)):
            slide = _slide(prs, title + ("" if k == 0 else "（続き）"), notice)
            _table(slide, part, Inches(0.5), Inches(TABLE_TOP_IN), Inches(12.3), widths, size=TABLE_PT)

    # 5. status per policy
    status = rd.policy_status(report)
    status = status.assign(施策=[f"{plan_position(g, p)} {t}" for g, p, t in zip(status["goal_no"], status["policy_no"], status["title"])])
    status = status[["施策", "indicators", "progress", "status"]].rename(columns={
        "indicators": f"監視する指標（{whole}）", "progress": f"取組の進捗（{fy}年度）", "status": "状況"})
    legend = STATUS_LEGEND
    rel = dict(zip(status.columns, [3.0, 5.0, 2.6, 1.7]))
    for k, (part, widths) in enumerate(table_parts(status, rel, room_in=6.0 - TABLE_TOP_IN)):
        slide = _slide(prs, "計画の施策ごとの状況" + ("" if k == 0 else "（続き）"), notice)
        _table(slide, part, Inches(0.5), Inches(TABLE_TOP_IN), Inches(12.3), widths, size=TABLE_PT)
        _textbox(slide, Inches(0.5), Inches(6.1), Inches(12.3), Inches(0.75), legend, size=11)

    # 5b. the measures rated C or D (only with progress records)
    if "progress_behind" in report.extra:
        behind = rp.behind_table(report)
        rel = dict(zip(behind.columns, [0.9, 0.9, 5.2, 1.6, 1.3, 3.4]))
        parts = table_parts(behind, rel, room_in=6.85 - 1.1) if len(behind) else []
        for k, (part, widths) in enumerate(parts):
            slide = _slide(prs, f"評価C・Dの取組（{fy}年度、{len(behind)}件）" + ("" if k == 0 else "（続き）"), notice)
            _table(slide, part, Inches(0.5), Inches(1.1), Inches(12.3), widths, size=TABLE_PT)
        if not parts:
            slide = _slide(prs, f"評価C・Dの取組（{fy}年度）", notice)
            _textbox(slide, Inches(0.5), Inches(1.3), Inches(12), Inches(1), "評価C・Dの取組はありません", size=16)

    # 5c. which parts of the plan are monitored (plan_monitoring), the unmonitored listed
    cover = rd.monitoring_summary(report)
    if cover:
        slide = _slide(prs, "計画のどこを見ているか", notice)
        t, b = cover["target"], cover["block"]
        lines = [f"目指す姿 {t['monitored']} / {t['n']} に監視の手段があります（計算指標・各課が報告する指標・取組の進捗）",
                 f"計画の項目 {b['monitored']} / {b['n']} に監視の手段があります"]
        for label, part in (("まだ何も見ていない目指す姿", t["missing"]), ("まだ何も見ていない計画の項目", b["missing"])):
            if len(part):
                items = [f"{r} {str(x)[:28]}" for r, x in zip(part["ref_label"], part["title"])]
                lines += [f"{label}（{len(items)} 件）:", *["・" + i for i in items[:8]],
                          *([f"・ほか {len(items) - 8} 件"] if len(items) > 8 else [])]
        by_policy = cover["by_policy"]
        if len(by_policy) and not (len(t["missing"]) or len(b["missing"])):  # all monitored: by 基本計画
            _textbox(slide, Inches(0.5), Inches(1.05), Inches(12.3), Inches(0.8), lines, size=14)
            rel = dict(zip(by_policy.columns, [5.4, 1.3, 1.3, 1.3, 1.3, 1.4]))
            for k, (part, widths) in enumerate(table_parts(by_policy, rel, room_in=6.85 - 1.9)):
                if k:
                    slide = _slide(prs, "計画のどこを見ているか（続き）", notice)
                _table(slide, part, Inches(0.5), Inches(1.9 if k == 0 else TABLE_TOP_IN), Inches(12.3), widths,
                       size=TABLE_PT)
        else:
            _textbox(slide, Inches(0.5), Inches(1.2), Inches(12.3), Inches(5.6), lines, size=14)

    # 5d. saved scenarios of 「次の拠点（シナリオ）」: one slide each (issue 20)
    import tempfile

    from indicators.reports.scenarios import add_scenario_slides

    with tempfile.TemporaryDirectory() as tmp:
        add_scenario_slides(prs, report, notice, Path(tmp))

    # 6. data notes
    slide = _slide(prs, "データについて", notice)
    sources = rd.format_sources(meta.get("sources"))
    lines = [
        f"データセット: {meta.get('name') or ''}（{meta.get('municipality_name') or ''}、基準日 {_date(meta.get('as_of'))}）",
        f"対象年度: {fy}年度（前年度比は {fy - 1}年度との差）",
        "出典:", *["・" + x for x in sources[:6]], *(["・ほか"] if len(sources) > 6 else []),
        rd.suppression_rule(report.threshold),
        "公共の場所（相談の場・サロン・食堂など）の数は秘匿の対象外です。",
        "指標値はすべて指標エンジンの計算結果から転記しています。",
    ]
    _textbox(slide, Inches(0.5), Inches(1.2), Inches(12.3), Inches(5.6), lines, size=13)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    prs.save(out_path)
    return out_path


# What the 状況 column's words mean, printed under the table on every plan-status slide.
STATUS_LEGEND = [
    "状況：達成 = 数値目標のある指標がすべて目標に届いた　未達成 n/m = 数値目標のある m 指標のうち n 指標が未達成",
    "判定不可 = この年度の値がなく判定できない　指標なし = 監視する指標がない　順調・遅れ・後退 = 目標年度に向けた推移の判定",
]


def _date(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "—"
    return str(value)[:10]
