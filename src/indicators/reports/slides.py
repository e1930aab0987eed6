"""Slide building blocks shared by the committee deck and its scenario slides (python-pptx).

Every run of text gets the CJK font as both Latin and East-Asian typeface, so PowerPoint
and LibreOffice render Japanese with Noto Sans CJK JP instead of a substitute.
"""
from __future__ import annotations

import pandas as pd
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from indicators.reports.fonts import CJK_FAMILY

NOTICE_RGB = RGBColor(0xA0, 0x00, 0x00)


def set_font(run, size: float | None = None, bold: bool = False, colour: RGBColor | None = None,
             family: str = CJK_FAMILY) -> None:
    """Latin + East-Asian typeface on a run (python-pptx only sets a:latin by itself)."""
    run.font.name = family
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    if colour is not None:
        run.font.color.rgb = colour
    rpr = run._r.get_or_add_rPr()
    ea = rpr.find(qn("a:ea"))
    if ea is None:
        ea = rpr.makeelement(qn("a:ea"), {})
        rpr.find(qn("a:latin")).addnext(ea)
    ea.set("typeface", family)


def _text(frame, lines: list[str] | str, size: float = 14, bold: bool = False, colour: RGBColor | None = None):
    lines = [lines] if isinstance(lines, str) else lines
    frame.word_wrap = True
    for i, line in enumerate(lines):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = p.add_run()
        run.text = line
        set_font(run, size, bold, colour)


def _textbox(slide, left, top, width, height, lines, size=14, bold=False, colour=None):
    box = slide.shapes.add_textbox(left, top, width, height)
    _text(box.text_frame, lines, size, bold, colour)
    return box


def _slide(prs: Presentation, title: str, notice: str | None):
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank: we place every text ourselves
    _textbox(slide, Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8), title, size=26, bold=True)
    if notice:
        _textbox(slide, Inches(0.5), Inches(6.95), Inches(12.3), Inches(0.4), notice, size=10, colour=NOTICE_RGB)
    return slide


def _table(slide, frame: pd.DataFrame, left, top, width, col_widths: list[float] | None = None, size: float = 12):
    rows, cols = len(frame) + 1, len(frame.columns)
    shape = slide.shapes.add_table(rows, cols, left, top, width, Emu(int(Inches(0.4)) * rows))
    table = shape.table
    if col_widths:
        total = sum(col_widths)
        for i, w in enumerate(col_widths):
            table.columns[i].width = Emu(int(width * w / total))
    for j, name in enumerate(frame.columns):
        cell = table.cell(0, j)
        cell.text_frame.paragraphs[0].text = ""
        _text(cell.text_frame, str(name), size=size, bold=True)
    for i, (_, row) in enumerate(frame.iterrows(), start=1):
        for j, value in enumerate(row):
            cell = table.cell(i, j)
            cell.text_frame.paragraphs[0].text = ""
            _text(cell.text_frame, str(value).split("\n"), size=size)
    return table
