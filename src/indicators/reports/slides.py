"""Slide building blocks shared by the committee deck and its scenario slides (python-pptx).

Every run of text gets the CJK font as both Latin and East-Asian typeface, so PowerPoint
and LibreOffice render Japanese with Noto Sans CJK JP instead of a substitute.
"""
from __future__ import annotations

from collections.abc import Mapping

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


# Text sizes and the room a table has on a 13.33 × 7.5 in slide (title above, notice below).
TABLE_PT = 14
TABLE_TOP_IN, TABLE_BOTTOM_IN = 1.2, 6.85
_CELL_PAD_IN = 0.2  # left + right inner margins of a cell (python-pptx default 0.1 in each)
_LINE_IN = 1.45 / 72  # line height per point of size (Noto Sans CJK in LibreOffice: about 1.4 em)


def _lines(text: str, width_in: float, size: float) -> int:
    """Lines a cell's text takes at `size` pt in a column `width_in` wide (CJK = 1 em, ASCII ½)."""
    import math
    import unicodedata

    per_line = max((width_in - _CELL_PAD_IN) * 72 / size * 0.95, 1.0)  # a little slack for line breaking
    total = 0
    for line in str(text).split("\n"):
        ems = sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.55 for ch in line)
        total += max(1, math.ceil(ems / per_line))
    return total


def row_heights_in(frame: pd.DataFrame, widths_in: list[float], size: float = TABLE_PT) -> list[float]:
    """Estimated height (in) of the header and each row: the tallest cell's lines (+ margins)."""
    def height(cells) -> float:
        return max(_lines(c, w, size) for c, w in zip(cells, widths_in)) * size * _LINE_IN + 0.12

    return [height([str(c) for c in frame.columns]), *(height([str(v) for v in row]) for row in frame.itertuples(index=False))]


def fit_chunks(frame: pd.DataFrame, widths_in: list[float], size: float = TABLE_PT,
               room_in: float = TABLE_BOTTOM_IN - TABLE_TOP_IN) -> list[pd.DataFrame]:
    """Consecutive parts of `frame`, each as many rows as fit in `room_in` at `size` pt with the
    header repeated (at least one row per part), so no table runs over the notice or off the slide."""
    heights = row_heights_in(frame, widths_in, size)
    head, rows = heights[0], heights[1:]
    parts, start, used = [], 0, head
    for i, h in enumerate(rows):
        if i > start and used + h > room_in:
            parts.append(frame.iloc[start:i])
            start, used = i, head
        used += h
    parts.append(frame.iloc[start:])
    return parts


def drop_empty_columns(frame: pd.DataFrame, empty: tuple[str, ...] = ("—", "", "nan", "None")) -> pd.DataFrame:
    """Without the columns (other than the first) in which no row says anything: e.g. 前年度比 in
    the first year."""
    keep = [c for i, c in enumerate(frame.columns) if i == 0 or not frame[c].astype(str).isin(empty).all()]
    return frame[keep]


def table_parts(frame: pd.DataFrame, parts: Mapping[str, float], total_in: float = 12.3,
                room_in: float = TABLE_BOTTOM_IN - TABLE_TOP_IN) -> list[tuple[pd.DataFrame, list[float]]]:
    """(part, column widths in inches) for each slide of a table at TABLE_PT: rows packed to fit
    `room_in`, and in each part the columns that say nothing there left out (widths by `parts`,
    relative weights per column name)."""
    def widths(cols) -> list[float]:
        w = [parts.get(c, 1.0) for c in cols]
        return [total_in * x / sum(w) for x in w]

    out = []
    for part in fit_chunks(frame, widths(frame.columns), room_in=room_in):
        shown = drop_empty_columns(part)
        out.append((shown, widths(shown.columns)))
    return out
