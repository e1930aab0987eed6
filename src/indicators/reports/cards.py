"""One-page district cards: HTML (jinja2, print CSS A4) and PDF (headless Chromium)."""
from __future__ import annotations

import base64
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import jinja2

from indicators.reports import data as rd
from indicators.reports.fonts import register_cjk_font
from indicators.wording import whole_area

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")


def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("indicators.reports", "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
    )


def locator_map_png(report: rd.ReportData, code: str) -> str | None:
    """Base64 PNG of the city with one district highlighted (None in tabular-only mode)."""
    if not report.has_geometry():
        return None
    from indicators.reports.charts import _geo, _new_figure

    gdf = _geo(report.districts)
    fig = _new_figure((3.6, 3.2))
    ax = fig.add_axes((0, 0, 1, 1))
    gdf.plot(ax=ax, color="#e6e6e6", edgecolor="white", linewidth=0.4)
    gdf[gdf["district_code"].astype(str) == str(code)].plot(ax=ax, color="#2e86ab")
    ax.set_axis_off()
    ax.set_aspect("equal")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, facecolor="white")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def render_cards_html(report: rd.ReportData, codes: list[str] | None = None, with_map: bool = True) -> str:
    """HTML with one A4 card per district (all districts when `codes` is None)."""
    from indicators.errors import UserError

    family = register_cjk_font()
    known = report.districts["district_code"].astype(str).tolist()
    codes = known if codes is None else [str(c) for c in codes]
    unknown = [c for c in codes if c not in known]
    if unknown:
        sample = "、".join(known[:5]) + ("、…" if len(known) > 5 else "")
        raise UserError(f"--district: 地区コード {', '.join(unknown)} の地区はありません（地区コードの例: {sample}）")
    cards = []
    for code in codes:
        card = rd.district_card_data(report, code)
        card["map"] = locator_map_png(report, code) if with_map else None
        cards.append(card)
    meta = report.meta
    title = f"{meta.get('municipality_name') or ''} 地区カルテ {report.fiscal_year}年度"
    return _env().get_template("card.html").render(
        title=title, cards=cards, notice=report.notice, fiscal_year=report.fiscal_year,
        municipality=meta.get("municipality_name") or "", dataset=meta.get("name") or "",
        whole_area=whole_area(meta.get("municipality_name")),
        as_of=str(meta.get("as_of") or "")[:10], rule=rd.suppression_rule(report.threshold), secret=rd.SUPPRESSED_LABEL,
        font_family=family,
    )


def find_chromium() -> str:
    from indicators.errors import UserError

    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise UserError("PDF の作成には Chromium が必要です。`make system-deps` を実行してください。")


def html_to_pdf(html_path: Path, pdf_path: Path, timeout: float = 120) -> Path:
    """Print an HTML file to PDF with headless Chromium (fresh profile, no network services)."""
    from indicators.errors import UserError

    chromium = find_chromium()
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="welfare-chromium-") as profile:
        cmd = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--no-pdf-header-footer",
            f"--print-to-pdf={pdf_path}", Path(html_path).resolve().as_uri(),
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise UserError(f"Chromium による PDF 作成が {timeout:.0f} 秒で終わりませんでした: {pdf_path}") from exc
    if proc.returncode != 0 or not pdf_path.exists() or pdf_path.stat().st_size == 0:
        tail = (proc.stderr or "").strip().splitlines()[-3:]
        raise UserError(f"PDF を作成できませんでした（{pdf_path}）: " + " / ".join(tail))
    return pdf_path


def write_cards(report: rd.ReportData, out_dir: Path, codes: list[str] | None, pdf: bool, html: bool = True) -> list[Path]:
    """Write cards.html (and cards.pdf); a single --district gives card_<code>.*."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"card_{codes[0]}" if codes and len(codes) == 1 else "cards"
    html_path = out_dir / f"{stem}.html"
    html_path.write_text(render_cards_html(report, codes), encoding="utf-8")
    written = [html_path] if html else []
    if pdf:
        written.append(html_to_pdf(html_path, out_dir / f"{stem}.pdf"))
    if not html:
        html_path.unlink()
    return written
