"""Saved scenarios in the committee outputs (issue 20): one deck slide and one HTML section each
(map + before → after table + the new sites), measured now by `indicators.services.scenarios`,
so the numbers are the page's and the CLI's.
"""
from __future__ import annotations

import base64
import io
import math
from pathlib import Path

import jinja2
import pandas as pd
from matplotlib.figure import Figure

from indicators.reports import data as rd
from indicators.reports.charts import add_notice, save_figure
from indicators.services import scenarios as sc

SITE_ROWS = 6


def saved_evaluations(report: rd.ReportData) -> list[sc.Evaluation]:
    """Every saved scenario measured on the report's warehouse (none when nothing is saved)."""
    saved = sc.saved_scenarios(report.warehouse)
    return [sc.evaluate_saved(report.warehouse, sid) for sid in saved["scenario_id"]]


def scenario_map(report: rd.ReportData, ev: sc.Evaluation, notice: str | None = None) -> Figure:
    """Districts, existing places (hollow = estimated position), closed ones, new sites with their
    catchment and the 町内会 newly reached (matplotlib, lon/lat with the local aspect)."""
    from indicators.reports.charts import _geo, _new_figure
    from indicators.services.scenario_figures import circle_lonlat

    fig = _new_figure((7, 6.2))
    ax = fig.add_subplot(1, 1, 1)
    handles = []
    if report.has_geometry():
        _geo(report.districts).plot(ax=ax, color="#eeeeee", edgecolor="white", linewidth=0.6)
    ex = ev.existing.dropna(subset=["lon", "lat"])
    styles = (("既存（座標あり）", ~ex["approximate"] & ~ex["closed"], dict(marker="o", color="#2b8cbe")),
              ("既存（推定位置）", ex["approximate"] & ~ex["closed"], dict(marker="o", facecolors="none", edgecolors="#2b8cbe")),
              ("閉じる拠点", ex["closed"], dict(marker="x", color="#555555")))
    for label, sel, kw in styles:
        g = ex[sel.to_numpy(dtype=bool)]
        if len(g):
            handles.append(ax.scatter(g["lon"], g["lat"], s=28, label=label, zorder=3, **kw))
    if len(ev.reached):
        handles.append(ax.scatter(ev.reached["lon"], ev.reached["lat"], s=8, color="#31a354", label="新たに徒歩圏に入る町内会",
                                  zorder=2))
    for s in ev.sites.itertuples(index=False):
        cx, cy = circle_lonlat(s.lon, s.lat, ev.scenario.radius_m)
        ax.fill(cx, cy, color="#d62728", alpha=0.10, zorder=1)
        ax.plot(cx, cy, color="#d62728", linewidth=0.8, linestyle=":", zorder=1)
        ax.annotate(str(s.order), (s.lon, s.lat), xytext=(4, 4), textcoords="offset points", fontsize=9, color="#d62728")
    if len(ev.sites):
        handles.append(ax.scatter(ev.sites["lon"], ev.sites["lat"], s=120, marker="*", color="#d62728",
                                  label=f"新しい拠点（半径 {ev.scenario.radius_m:,.0f} m）", zorder=4))
    if handles:
        ax.legend(handles=handles, loc="lower right", fontsize=8, frameon=True)
    lat = float(pd.concat([ex["lat"], ev.sites["lat"]]).mean()) if len(ex) or len(ev.sites) else 35.5
    ax.set_aspect(1 / math.cos(math.radians(lat)))
    ax.set_axis_off()
    ax.set_title(f"{ev.scenario.name}：{ev.type_label}", fontsize=12)
    add_notice(fig, notice)
    return fig


def _png_bytes(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=130, facecolor="white", bbox_inches="tight")
    return buf.getvalue()


def add_scenario_slides(prs, report: rd.ReportData, notice: str | None, work_dir: Path) -> int:  # type: ignore[no-untyped-def]
    """One slide per saved scenario; returns how many were added."""
    from pptx.util import Inches

    from indicators.reports.slides import _slide, _table, _textbox

    evaluations = saved_evaluations(report)
    for k, ev in enumerate(evaluations):
        slide = _slide(prs, f"シナリオ {ev.scenario.name}：{ev.type_label}の次の拠点", notice)
        png = work_dir / f"scenario_{k}.png"
        png.write_bytes(_png_bytes(scenario_map(report, ev)))
        slide.shapes.add_picture(str(png), Inches(0.4), Inches(1.1), height=Inches(5.7))
        _textbox(slide, Inches(6.9), Inches(1.05), Inches(6.1), Inches(0.5), sc.summary_text(ev), size=12)
        _table(slide, sc.indicators_display(ev), Inches(6.9), Inches(1.55), Inches(6.1), [3.2, 1.6, 1.6, 1.2], size=9)
        sites = sc.sites_display(ev)[["順", "候補地", "地区", "新たに徒歩圏に入る人数"]]
        if len(sites):
            more = len(sites) - SITE_ROWS
            _table(slide, sites.head(SITE_ROWS), Inches(6.9), Inches(4.1), Inches(6.1), [0.5, 3, 1.4, 1.6], size=9)
            if more > 0:
                _textbox(slide, Inches(6.9), Inches(6.55), Inches(6.1), Inches(0.3), f"ほか {more} か所", size=9)
        notes = [sc.position_line(ev), rd.suppression_rule(ev.threshold)]
        if len(ev.closed):
            notes.insert(0, "閉じる拠点: " + "、".join(ev.closed["name"].astype(str)))
        _textbox(slide, Inches(0.5), Inches(6.6), Inches(6.3), Inches(0.4), notes, size=8)
    return len(evaluations)


TEMPLATE = """<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>{{ title }}</title>
<style>
body { font-family: "{{ font }}", sans-serif; margin: 2em; color: #222; }
.notice { color: #a00000; font-weight: bold; }
section { page-break-after: always; margin-bottom: 3em; }
.row { display: flex; gap: 2em; align-items: flex-start; flex-wrap: wrap; }
table { border-collapse: collapse; font-size: 0.9em; margin: 0.6em 0; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; text-align: left; }
th { background: #f0f0f0; }
img { max-width: 560px; }
.small { font-size: 0.8em; color: #555; }
</style></head><body>
<h1>{{ title }}</h1>
{% if notice %}<p class="notice">{{ notice }}</p>{% endif %}
{% for s in items %}
<section>
<h2>シナリオ {{ s.name }}：{{ s.label }}の次の拠点</h2>
<p>{{ s.summary }}</p>
<div class="row">
<img alt="シナリオ {{ s.name }} の地図" src="data:image/png;base64,{{ s.png }}">
<div>
<h3>指標：現状 → シナリオ後</h3>
<table><tr>{% for c in s.indicators.columns %}<th>{{ c }}</th>{% endfor %}</tr>
{% for row in s.indicators.itertuples(index=False) %}<tr>{% for v in row %}<td>{{ v }}</td>{% endfor %}</tr>{% endfor %}</table>
<h3>新しい拠点ごとの効果</h3>
{% if s.sites|length %}<table><tr>{% for c in s.sites.columns %}<th>{{ c }}</th>{% endfor %}</tr>
{% for row in s.sites.itertuples(index=False) %}<tr>{% for v in row %}<td>{{ v }}</td>{% endfor %}</tr>{% endfor %}</table>
{% else %}<p>新しい拠点はありません。</p>{% endif %}
{% if s.closed %}<p>閉じる拠点: {{ s.closed }}</p>{% endif %}
<p class="small">{{ s.positions }}<br>{{ rule }}</p>
</div></div>
</section>
{% endfor %}
</body></html>
"""


def scenarios_html(report: rd.ReportData) -> str | None:
    """The HTML report's scenario sections (None when no scenario is saved)."""
    from indicators.reports.fonts import register_cjk_font

    evaluations = saved_evaluations(report)
    if not evaluations:
        return None
    items = []
    for ev in evaluations:
        items.append({
            "name": ev.scenario.name, "label": ev.type_label, "summary": sc.summary_text(ev),
            "png": base64.b64encode(_png_bytes(scenario_map(report, ev))).decode("ascii"),
            "indicators": sc.indicators_display(ev), "sites": sc.sites_display(ev).drop(columns=["小学校区"]),
            "closed": "、".join(ev.closed["name"].astype(str)), "positions": sc.position_line(ev),
        })
    meta = report.meta
    env = jinja2.Environment(autoescape=True)
    return env.from_string(TEMPLATE).render(
        title=f"{meta.get('municipality_name') or ''} 次の拠点のシナリオ（{report.fiscal_year}年度のデータ）",
        notice=report.notice, items=items, rule=rd.suppression_rule(report.threshold), font=register_cjk_font())


def write_scenarios_html(report: rd.ReportData, out_dir: Path) -> list[Path]:
    html = scenarios_html(report)
    if html is None:
        return []
    path = Path(out_dir) / f"scenarios_{report.fiscal_year}.html"
    path.write_text(html, encoding="utf-8")
    return [path]


def write_scenario_maps(report: rd.ReportData, out_dir: Path, formats: list[str]) -> list[Path]:
    """The scenario maps as PNG / SVG files (with `welfare report --format png|svg|all`)."""
    out: list[Path] = []
    for k, ev in enumerate(saved_evaluations(report), start=1):  # numbered: a name is the user's text, not a file name
        out += save_figure(scenario_map(report, ev, report.notice), Path(out_dir) / f"scenario_{k}_{report.fiscal_year}", formats)
    return out
