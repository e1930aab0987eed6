"""The committee deck at projector size, checked in python-pptx's model and in LibreOffice's
rendering: tables at 14 pt that fit above the notice, the plan's numbering (Ⅰ-1), the status
words explained, the map using its width, the notice once per slide, no all-「—」 column, no
raw names (indicator_values, confirmed, likely, seed)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from indicators.reports.commands import generate
from indicators.wording import SYNTHETIC_PREFIX

RAW = ("indicator_values", "confirmed", "likely", "seed", "目標1 施策", "目標 1 施策")


@pytest.fixture(scope="module")
def deck(sample_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deck")
    (path,) = [p for p in generate("pptx", out, warehouse=sample_warehouse) if p.suffix == ".pptx"]
    return path


def _texts(slide) -> list[str]:
    return [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]


def test_tables_at_14pt_fit_above_the_notice(deck: Path) -> None:
    prs = Presentation(str(deck))
    n_tables = 0
    for k, slide in enumerate(prs.slides, start=1):
        for sh in slide.shapes:
            if not sh.has_table:
                continue
            n_tables += 1
            sizes = {r.font.size.pt for row in sh.table.rows for c in row.cells
                     for p in c.text_frame.paragraphs for r in p.runs if r.font.size is not None}
            assert sizes and min(sizes) >= 14, (k, sizes)
            # no column says nothing in every row (e.g. 前年度比 in the first year)
            for j in range(1, len(sh.table.columns)):
                col = [sh.table.cell(i, j).text for i in range(1, len(sh.table.rows))]
                assert not all(v in ("—", "") for v in col), (k, sh.table.cell(0, j).text)
    assert n_tables >= 4


def test_numbering_legend_notice_and_words(deck: Path) -> None:
    prs = Presentation(str(deck))
    status_slides = 0
    for k, slide in enumerate(prs.slides, start=1):
        texts = _texts(slide)
        cells = [c.text for sh in slide.shapes if sh.has_table for row in sh.table.rows for c in row.cells]
        everything = "\n".join(texts + cells)
        assert sum(t.count(SYNTHETIC_PREFIX) for t in texts) == 1, k  # the notice once per slide
        for raw in RAW:
            assert raw not in everything, (k, raw)
        if texts and texts[0].startswith("計画の施策ごとの状況"):
            status_slides += 1
            firsts = [sh.table.cell(i, 0).text for sh in slide.shapes if sh.has_table for i in range(1, len(sh.table.rows))]
            assert firsts and all(re.match(r"^[ⅠⅡⅢⅣ]-\d+ ", f) for f in firsts), firsts
            assert "判定不可 = " in everything and "未達成 n/m = " in everything
    assert status_slides >= 1


def test_map_slide_uses_its_width(deck: Path) -> None:
    prs = Presentation(str(deck))
    pics = [sh for slide in prs.slides for sh in slide.shapes if sh.shape_type == 13]  # PICTURE
    assert pics
    big = max(pics, key=lambda p: p.width)
    # at least two thirds of the slide's width, or the slide's full usable height
    assert big.width >= Emu(prs.slide_width) * 0.6 or big.height >= Emu(int(5.6 * 914400)), (big.width, big.height)


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"),
                    reason="LibreOffice（libreoffice-impress）と poppler-utils が必要です（make system-deps）")
def test_libreoffice_rendering_keeps_every_table_above_the_notice(deck: Path, tmp_path: Path) -> None:
    """In LibreOffice's PDF every word lies on its page, and below the notice's top edge there is
    nothing but the notice (a table that grew with its text would run into it)."""
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(deck)], check=True, capture_output=True, timeout=240)
    pdf = tmp_path / (deck.stem + ".pdf")
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, flags=re.S)
    assert len(pages) == len(Presentation(str(deck)).slides)
    notice_top = 6.95 * 72  # the notice box starts 6.95 in from the top
    for k, (w, h, body) in enumerate(pages, start=1):
        words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', body)
        assert words, k
        for x0, y0, x1, y1, text in words:
            assert float(x1) <= float(w) + 1 and float(y1) <= float(h) + 1, (k, text)  # on the page
            if k > 1 and float(y1) > notice_top + 2:  # below the notice's top: notice words only
                assert float(y0) >= notice_top - 2, (k, text, y0, y1)
