"""Committee outputs on the sample: progress on the plan-status slide (Ⅱ-1 included), the C/D
slides and the HTML report, counted independently from measure_progress."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from pptx import Presentation

from indicators.reports import data as rd
from indicators.reports.deck import build_deck
from indicators.reports.progress import write_plan_status_html


@pytest.fixture(scope="module")
def outputs(sample_warehouse: Path, tmp_path_factory) -> Path:
    """The deck (without the gap map picture, which tests/reports checks) and the HTML report."""
    out = tmp_path_factory.mktemp("progress-report")
    report = rd.load_report_data(sample_warehouse)
    build_deck(report, out / f"committee_deck_{report.fiscal_year}.pptx", None, "consultation_place")
    write_plan_status_html(report, out)
    return out


def _counts(wh: Path, goal: int, policy: int) -> tuple[int, dict[str, int], int]:
    con = duckdb.connect(str(wh), read_only=True)
    fy = con.execute("SELECT max(fiscal_year) FROM measure_progress").fetchone()[0]
    n = con.execute("SELECT count(*) FROM plan_measures WHERE goal_no = ? AND policy_no = ?", [goal, policy]).fetchone()[0]
    by = dict(con.execute("""SELECT p.rating, count(*) FROM measure_progress p JOIN plan_measures m USING (measure_id)
                             WHERE m.goal_no = ? AND m.policy_no = ? AND p.fiscal_year = ? GROUP BY 1""",
                          [goal, policy, fy]).fetchall())
    reported = con.execute("""SELECT count(*) FROM measure_progress p JOIN plan_measures m USING (measure_id)
                              WHERE m.goal_no = ? AND m.policy_no = ? AND p.fiscal_year = ?""", [goal, policy, fy]).fetchone()[0]
    con.close()
    return n, by, reported


def _tables(prs: Presentation) -> list[tuple[str, list[list[str]]]]:
    out = []
    for s in prs.slides:
        title = next((sh.text_frame.text for sh in s.shapes if sh.has_text_frame), "")
        for sh in s.shapes:
            if sh.has_table:
                out.append((title, [[c.text for c in r.cells] for r in sh.table.rows]))
    return out


def test_plan_status_slide_shows_progress_for_every_policy(outputs: Path, sample_warehouse: Path) -> None:
    prs = Presentation(outputs / "committee_deck_2024.pptx")
    status = [row for title, rows in _tables(prs) if title.startswith("計画の施策ごとの状況") for row in rows[1:]]
    assert len(status) == 14
    assert all("報告" in row[2] for row in status) and not any("指標なし" in row[3] for row in status)
    n, by, reported = _counts(sample_warehouse, 2, 1)
    row = next(r for r in status if r[0].startswith("Ⅱ-1 "))
    expected = f"報告 {reported}/{n} 取組\nA {by.get('A', 0)} B {by.get('B', 0)} C {by.get('C', 0)} D {by.get('D', 0)}"
    assert row[2].startswith(expected)


def test_behind_slides_list_every_c_d_measure(outputs: Path, sample_warehouse: Path) -> None:
    prs = Presentation(outputs / "committee_deck_2024.pptx")
    rows = [row for title, rows in _tables(prs) if title.startswith("評価C・Dの取組") for row in rows[1:]]
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    n = con.execute("SELECT count(*) FROM measure_progress WHERE fiscal_year = 2024 AND rating IN ('C', 'D')").fetchone()[0]
    con.close()
    assert len(rows) == n > 0
    assert all(r[4].split("→")[-1][0] in "CD" for r in rows)  # 前年度→今年度, this year C or D
    notice_slides = [s for s in prs.slides if any("合成データ" in sh.text_frame.text for sh in s.shapes if sh.has_text_frame)]
    assert len(notice_slides) == len(prs.slides)


def test_html_report(outputs: Path, sample_warehouse: Path) -> None:
    html = (outputs / "plan_status_2024.html").read_text(encoding="utf-8")
    n, by, reported = _counts(sample_warehouse, 2, 1)
    assert "Ⅱ-1 福祉学習の推進と担い手づくり" in html
    assert f"報告 {reported}/{n} 取組<br>A {by.get('A', 0)} B {by.get('B', 0)}" in html
    assert "評価C・Dの取組（2024年度" in html and "合成データ" in html
