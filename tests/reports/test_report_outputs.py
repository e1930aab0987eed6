"""Exports read back: the deck (python-pptx), card PDF (pypdf), charts, and real CJK glyphs."""
from __future__ import annotations

import os
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pypdf import PdfReader

from indicators.cli import main
from indicators.reports import data as rd
from indicators.reports.commands import generate
from indicators.reports.fonts import CJK_FAMILY, cjk_font_path, register_cjk_font

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def report(fixture_warehouse):
    return rd.load_report_data(fixture_warehouse)


@pytest.fixture(scope="module")
def all_outputs(fixture_warehouse, tmp_path_factory):
    """One `--format all --district D03` run, read by several tests."""
    out = tmp_path_factory.mktemp("report-out")
    paths = generate("all", out, warehouse=fixture_warehouse, district="D03")
    return out, paths


def _nfkc(text: str) -> str:
    # Chromium's PDF maps some CJK glyphs to Kangxi radicals (⼈ for 人); NFKC folds them back.
    # It also writes the katakana middle dot ・ as U+2027 (‧).
    return unicodedata.normalize("NFKC", text).replace("\u2027", "・")


def _slide_texts(slide) -> list[str]:
    texts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            texts.append(shape.text_frame.text)
        if shape.has_table:
            for row in shape.table.rows:
                texts.append(" | ".join(c.text for c in row.cells))
    return texts


def test_all_formats_written(all_outputs):
    out, paths = all_outputs
    names = sorted(p.name for p in paths)
    assert names == sorted([
        "gap_map_consultation_place_2024.png", "gap_map_consultation_place_2024.svg",
        "kpi_2024.png", "kpi_2024.svg", "priority_2024.png", "priority_2024.svg",
        "committee_deck_2024.pptx", "card_D03.html", "card_D03.pdf",
    ])
    assert all(p.stat().st_size > 1000 for p in paths)


def test_deck_kpis_equal_indicator_values(all_outputs, fixture_warehouse):
    out, _ = all_outputs
    prs = Presentation(out / "committee_deck_2024.pptx")
    slides = [_slide_texts(s) for s in prs.slides]
    assert len(slides) == 6  # title, KPI, map, priority, policy, notes
    # KPI rows: name | value | target | gap | change (the target-status column says 「—」 in every row
    # — this hand-made warehouse has no indicator_status — so it is left off) — values from
    # indicator_values, read independently
    from indicators.warehouse.duck import connect

    con = connect(fixture_warehouse, read_only=True)
    vals = dict(con.execute(
        "SELECT c.name_ja, v.value FROM indicator_values v JOIN indicator_catalogue c USING (indicator_id) "
        "WHERE v.area_level = 'city' AND v.fiscal_year = 2024").fetchall())
    con.close()
    kpi_rows = {r.split(" | ")[0]: r.split(" | ") for r in slides[1] if " | " in r}
    assert kpi_rows["常設型の相談の場がある地区の割合"][1:] == ["66.7%", "100.0%", "あと 33.3ポイント", "+33.3ポイント"]
    assert kpi_rows["常設型の相談の場がある地区の割合"][1] == f"{vals['常設型の相談の場がある地区の割合'] * 100:.1f}%"
    assert kpi_rows["常設型の地区サロンがある地区の割合"][1] == f"{vals['常設型の地区サロンがある地区の割合'] * 100:.1f}%"
    # only headline indicators (and those with a target) are on the KPI slide
    assert "相談の場から1km以内の65歳以上人口" not in kpi_rows and len(kpi_rows) == 3  # header + 2
    assert any("指標と目指す姿（2024年度・市全体）" in t for t in slides[1])
    # gap map: picture + the lacking district named
    assert any(s.shape_type == 13 for s in prs.slides[2].shapes)
    assert any("遷喬" in t and "1 / 3" in t for t in slides[2])
    assert any(t.startswith("1 | 日進 | 0.81") for t in slides[3])
    assert any("未達成 1/1" in t for t in slides[4])
    notes = "\n".join(slides[5])
    assert rd.suppression_rule(3) in notes and "1以上3未満" in notes
    # synthetic notice on every slide
    notice = rd.synthetic_notice("鳥取市")
    assert all(any(notice in t for t in s) for s in slides)


def test_deck_runs_carry_east_asian_font(all_outputs):
    out, _ = all_outputs
    prs = Presentation(out / "committee_deck_2024.pptx")
    frames = [sh.text_frame for s in prs.slides for sh in s.shapes if sh.has_text_frame]
    frames += [c.text_frame for s in prs.slides for sh in s.shapes if sh.has_table
               for row in sh.table.rows for c in row.cells]
    runs = [r for f in frames for p in f.paragraphs for r in p.runs]
    assert len(runs) > 50
    for r in runs:
        rpr = r._r.find(qn("a:rPr"))
        assert rpr.find(qn("a:ea")).get("typeface") == CJK_FAMILY
        assert rpr.find(qn("a:latin")).get("typeface") == CJK_FAMILY


def test_card_pdf_one_page_with_suppression(all_outputs):
    out, _ = all_outputs
    reader = PdfReader(out / "card_D03.pdf")
    assert len(reader.pages) == 1
    text = _nfkc(reader.pages[0].extract_text())
    assert "日進地区 カルテ" in text
    assert "高齢者単身世帯数 秘匿" in text  # 2 households < 3
    assert "高齢者単身世帯数 2" not in text
    assert "相談の場から1km以内の65歳以上人口 秘匿" in text
    assert unicodedata.normalize("NFKC", rd.synthetic_notice("鳥取市")) in text.replace("\n", "")


def test_cards_html_all_districts(report):
    from indicators.reports.cards import render_cards_html

    html = render_cards_html(report, with_map=False)
    assert html.count('<section class="card"') == 3
    for name in ("久松地区", "遷喬地区", "日進地区"):
        assert name in html
    # only D03's two cells are suppressed; the footer explains the rule once per card
    assert html.count(">秘匿<") == 2
    assert "@page { size: A4" in html


def test_bad_district_and_resource_are_user_errors(fixture_warehouse, tmp_path, capsys):
    rc = main(["report", "--format", "html", "--district", "X99", "--warehouse", str(fixture_warehouse),
               "--out", str(tmp_path)])
    assert rc == 1
    err = capsys.readouterr().err
    assert "X99" in err and "地区コード" in err and "districts.district_code" not in err
    rc = main(["report", "--format", "png", "--resource", "nothing", "--warehouse", str(fixture_warehouse),
               "--out", str(tmp_path)])
    assert rc == 1
    err = capsys.readouterr().err
    assert "資源の種別 nothing" in err and "indicator_catalogue" not in err


# ------------------------------------------------------------------ glyphs are real
def test_default_font_lacks_glyph_cjk_font_has_it():
    from matplotlib import font_manager as fm
    from matplotlib.ft2font import FT2Font

    register_cjk_font()
    dejavu = fm.findfont(fm.FontProperties(family="DejaVu Sans"), fallback_to_default=False)
    assert FT2Font(dejavu).get_char_index(ord("地")) == 0
    path = cjk_font_path()
    assert "NotoSansCJK" in path.name
    assert FT2Font(str(path)).get_char_index(ord("地")) != 0


def _render(fig) -> np.ndarray:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def test_chart_with_cjk_differs_from_dejavu_only(report):
    import matplotlib

    from indicators.reports import charts

    fig = charts.kpi_chart(rd.kpi_table(report), "指標の現状と目指す姿")
    with_cjk = _render(fig)
    # Same figure, CJK font removed from the lookup: Japanese turns into tofu boxes.
    with matplotlib.rc_context({"font.sans-serif": ["DejaVu Sans"]}):
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Glyph missing" warnings are the point here
            without = _render(fig)
    assert with_cjk.shape == without.shape
    diff = np.any(with_cjk != without, axis=2)
    assert diff.mean() > 0.002  # many pixels of text differ, not a stray one


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium not installed")
def test_card_screenshot_differs_without_cjk_font(all_outputs, tmp_path):
    """The card rendered by Chromium with fontconfig limited to DejaVu differs from the real one."""
    out, _ = all_outputs
    html = out / "card_D03.html"

    def shot(name: str, env_extra: dict[str, str]) -> np.ndarray:
        from PIL import Image

        png = tmp_path / f"{name}.png"
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(
                [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--window-size=800,600", f"--screenshot={png}", html.as_uri()],
                env={**os.environ, **env_extra}, capture_output=True, timeout=60, check=True)
        return np.asarray(Image.open(png).convert("RGB"))

    conf = tmp_path / "fonts.conf"
    cache = tmp_path / "fc-cache"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        "<dir>/usr/share/fonts/truetype/dejavu</dir>"
        f"<cachedir>{cache}</cachedir></fontconfig>")
    real = shot("real", {})
    no_cjk = shot("no_cjk", {"FONTCONFIG_FILE": str(conf)})
    assert real.shape == no_cjk.shape
    assert np.any(real != no_cjk, axis=2).mean() > 0.002


def test_tabular_only_warehouse_still_reports(tmp_path):
    """Without district polygons: no map files, the deck names the lacking districts in text."""
    from report_fixture import build_fixture_warehouse

    wh = build_fixture_warehouse(tmp_path / "tabular.duckdb", with_geometry=False)
    paths = generate("pptx", tmp_path / "out", warehouse=wh)
    assert [p.name for p in paths] == ["committee_deck_2024.pptx"]
    prs = Presentation(paths[0])
    texts = _slide_texts(prs.slides[2])
    assert not any(s.shape_type == 13 for s in prs.slides[2].shapes)
    assert any("遷喬" in t for t in texts)
    html = generate("html", tmp_path / "out", warehouse=wh, district="D02")
    assert "data:image/png" not in html[0].read_text(encoding="utf-8")
