"""Saved scenarios in the deck and the HTML report (issue 20), on tests/fixtures/scenario_tiny.py."""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from pptx import Presentation

from fixtures.scenario_tiny import build_scenario_warehouse
from indicators.reports.commands import generate
from indicators.services import scenarios as sc

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _slide_texts(slide) -> str:
    parts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if shape.has_table:
            parts += [c.text for row in shape.table.rows for c in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("scenario-report")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wh = build_scenario_warehouse(root)
    one = sc.sites_of(sc.suggest(wh, "community_cafeteria", "aged", 500, 1, "schools", 2024))
    sc.save(wh, "案A", sc.Scenario("community_cafeteria", "aged", 500.0, 2024, added=one))
    sc.save(wh, "案B", sc.Scenario("community_cafeteria", "aged", 500.0, 2024,
                                   added=one + (sc.hand_site(134.215, 35.505, "三町内会の集会所"),), closed=("R1",)))
    return wh


def test_deck_has_a_scenario_slide_per_saved_scenario(outputs):
    """The committee deck, as `welfare report --format pptx` writes it and the scenario page's
    「委員会スライド」 button downloads it (the same function)."""
    import io

    from indicators.reports.commands import committee_deck_bytes

    prs = Presentation(io.BytesIO(committee_deck_bytes(outputs, 2024)))
    slides = [s for s in prs.slides if "シナリオ 案" in _slide_texts(s)]
    assert len(slides) == 2
    a, b = (_slide_texts(s) for s in slides)
    assert "シナリオ 案A：地域食堂（子ども食堂を含む）の次の拠点" in a and "一小学校" in a
    # hand-computed (tests/fixtures/scenario_tiny.py): 100 / 192 → 150 / 192
    assert "52.1%" in a and "78.1%" in a and "150 人" in a
    # 案B: R1 closed (−100), 一小学校 +50, the typed site +40 → 90 / 192 = 46.9 %
    assert "46.9%" in b and "90 人" in b and "閉じる拠点: 一の食堂" in b and "三町内会の集会所" in b
    for s in slides:  # the map is on the slide
        assert any(shape.shape_type == 13 for shape in s.shapes)  # MSO_SHAPE_TYPE.PICTURE
    assert "合成データ" in a or "架空" in a  # the synthetic notice on every slide


def test_html_report_has_the_scenarios(outputs, tmp_path):
    from indicators.reports import data as rd
    from indicators.reports.scenarios import write_scenario_maps

    paths = generate("html", tmp_path, warehouse=outputs, resource_type="community_cafeteria")
    html = next(p for p in paths if p.name.startswith("scenarios_")).read_text(encoding="utf-8")
    assert html.count("<section>") == 2 and "シナリオ 案B" in html and "data:image/png;base64," in html
    assert "46.9%" in html and "78.1%" in html
    maps = write_scenario_maps(rd.load_report_data(outputs), tmp_path, ["png"])  # with --format png|svg|all
    assert [p.name for p in maps] == ["scenario_1_2024.png", "scenario_2_2024.png"]

