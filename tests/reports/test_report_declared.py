"""The deck on the sample: every 基本計画 has a target status, the declared indicators have their
slide, and the plan-coverage slide says 43 of 43 目指す姿 are monitored."""
from __future__ import annotations

import duckdb
import pytest
from pptx import Presentation

from indicators.engine import api
from indicators.reports.commands import generate


@pytest.fixture(scope="module")
def deck(sample_warehouse, tmp_path_factory):
    out = tmp_path_factory.mktemp("declared-deck")
    generate("pptx", out, warehouse=sample_warehouse)
    return Presentation(out / f"committee_deck_{api.latest_fy(sample_warehouse)}.pptx")


def _slides(prs, title: str) -> list:
    return [s for s in prs.slides if any(sh.has_text_frame and sh.text_frame.text.startswith(title) for sh in s.shapes)]


def _rows(slide) -> list[list[str]]:
    table = next(sh.table for sh in slide.shapes if sh.has_table)
    return [[c.text for c in r.cells] for r in table.rows]


def test_every_policy_has_a_status(deck) -> None:
    rows = [r for s in _slides(deck, "計画の施策ごとの状況") for r in _rows(s)[1:]]
    assert len(rows) == 14
    for r in rows:
        assert any(name in r[-1] for name in ("達成", "順調", "遅れ", "後退")), r


def test_declared_slide_shows_the_engine_status(deck, sample_warehouse) -> None:
    slides = _slides(deck, "各課が報告する指標と目指す姿")
    rows = {r[0]: r for s in slides for r in _rows(s)[1:]}
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        expected = dict(con.execute("""SELECT c.name_ja, s.status FROM indicator_status s JOIN indicator_catalogue c
                                       USING (indicator_id) WHERE c.declared AND s.area_level = 'city'""").fetchall())
    assert expected and set(expected) <= set(rows)
    for name, status in expected.items():
        assert rows[name][-1] == status, name


def test_coverage_slide(deck) -> None:
    slide = _slides(deck, "計画のどこを見ているか")[0]
    text = "\n".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
    assert "目指す姿 43 / 43 に監視の手段があります" in text


def test_coverage_slide_by_policy(deck) -> None:
    slides = _slides(deck, "計画のどこを見ているか")
    rows = [r for s in slides for sh in s.shapes if sh.has_table
            for r in [[c.text for c in row.cells] for row in sh.table.rows][1:]]
    assert len(rows) == 14  # the plan's 基本計画
    assert sum(int(r[1]) for r in rows) == 43 and all(r[1] == r[2] for r in rows)
