"""The bundled sample end to end: deck KPIs equal the engine's values; the fullest card fits one A4 page."""
from __future__ import annotations

import pytest
from pptx import Presentation
from pypdf import PdfReader

from indicators.engine import api
from indicators.reports.commands import generate


@pytest.fixture(scope="module")
def sample_outputs(sample_warehouse, tmp_path_factory):
    from indicators.warehouse.duck import connect

    con = connect(sample_warehouse, read_only=True)
    # the district with the most kinds of resources makes the longest card
    fullest = con.execute(
        """SELECT district_code FROM resources WHERE district_code IS NOT NULL
           GROUP BY 1 ORDER BY count(DISTINCT resource_type) DESC, count(*) DESC, 1 LIMIT 1""").fetchone()[0]
    con.close()
    out = tmp_path_factory.mktemp("sample-report")
    generate("pptx", out, warehouse=sample_warehouse)
    generate("pdf", out, warehouse=sample_warehouse, district=fullest)
    return out, fullest


def test_deck_kpis_equal_engine_values(sample_outputs, sample_warehouse):
    out, _ = sample_outputs
    fy = api.latest_fy(sample_warehouse)
    vals = api.indicator_values(sample_warehouse, fy=fy, level="city")
    prs = Presentation(out / f"committee_deck_{fy}.pptx")
    table = next(sh.table for sh in prs.slides[1].shapes if sh.has_table)
    rows = {r.cells[0].text: r.cells[1].text for r in list(table.rows)[1:]}
    assert "常設型の相談の場がある地区の割合" in rows
    checked = 0
    for name, shown in rows.items():
        hit = vals[vals["name_ja"] == name].iloc[0]
        if hit["unit"] == "ratio":
            expected = "秘匿" if hit["suppressed"] else f"{hit['value'] * 100:.1f}%"
            assert shown == expected, name
            checked += 1
    assert checked >= 5
    # synthetic sample → the notice is on the title slide
    assert any(api.SYNTHETIC_NOTICE in sh.text_frame.text for sh in prs.slides[0].shapes if sh.has_text_frame)


def test_fullest_card_is_one_page(sample_outputs):
    out, code = sample_outputs
    reader = PdfReader(out / f"card_{code}.pdf")
    assert len(reader.pages) == 1
    assert "カルテ" in reader.pages[0].extract_text()
