"""measure_progress.csv through a real build: vocabulary, years, duplicates, reconciliation."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from indicators.errors import UserError
from indicators.progress import vocab
from indicators.pipeline import build_warehouse
from indicators.pipeline.steps import STEPS
from tinyplan import write_plan

CSV = """measure_id,fiscal_year,department,status,rating,achievement,value,unit,next_step,note
M-1-1-1-0-G01,2023,地域福祉課,実施,A,研修会を3回開催,3,回,継続する,
M-1-1-1-0-G01,令和6年度,地域福祉課,実施,Ａ,研修会を４回開催,４,回,継続する,
M-9-9-9-0-G01,2024,地域福祉課,実施,A,,,,,
M-1-1-1-0-G02,2024,地域福祉課,実施,E,,,,,
M-1-1-1-0-G02,2023,地域福祉課,進行中,B,,,,,
M-1-1-1-0-M01,2025,地区社協,実施,B,,,,,
M-1-1-1-0-G01,2024,地域福祉課,一部実施,B,,,,,
M-1-2-0-0-G01,R5,地域福祉課,一部実施,c,,,,見直す,
,2024,地域福祉課,実施,A,,,,,
M-1-2-0-0-S01,2024,市社協,,,実績のみ,abc,回,,
"""

# the tiny plan lacks the blocks the catalogue's indicators refer to: the build stops before them
NO_INDICATORS = tuple(s for s in STEPS if s[0] not in ("accessibility", "indicators"))


def build(tiny_dataset, tmp_path: Path, csv: str | None = CSV, yaml_extra: str = "") -> Path:
    from fixtures.tiny import YAML

    ds = tiny_dataset(measure_progress_csv=csv, dataset_yaml=YAML + yaml_extra)
    write_plan(ds)
    wh = tmp_path / "wh" / "warehouse.duckdb"
    build_warehouse(ds, wh, quiet=True, run_steps=NO_INDICATORS)
    return wh


def test_bad_rows_rejected_with_reasons_and_reconciled(tiny_dataset, tmp_path: Path) -> None:
    wh = build(tiny_dataset, tmp_path)
    con = duckdb.connect(str(wh), read_only=True)
    rows = con.execute("SELECT measure_id, fiscal_year, rating, status, value, line_number FROM measure_progress "
                       "ORDER BY line_number").fetchall()
    assert rows == [("M-1-1-1-0-G01", 2023, "A", "実施", 3.0, 2),
                    ("M-1-1-1-0-G01", 2024, "A", "実施", 4.0, 3),  # 令和6年度, full-width Ａ and ４
                    ("M-1-2-0-0-G01", 2023, "C", "一部実施", None, 9)]  # R5, lower-case c
    rejected = con.execute("SELECT line_number, column_name, reason FROM rejected_rows "
                           "WHERE source_file = 'measure_progress.csv' ORDER BY line_number").fetchall()
    by_line = {line: (col, reason) for line, col, reason in rejected}
    assert sorted(by_line) == [4, 5, 6, 7, 8, 10, 11]
    assert by_line[4][0] == "measure_id" and "plan_measures" in by_line[4][1]
    assert by_line[5] == ("rating", vocab.rating_reason("E"))
    assert by_line[6] == ("status", vocab.status_reason("進行中"))
    assert by_line[7][0] == "fiscal_year" and "基準日" in by_line[7][1] and "2024年度" in by_line[7][1]
    assert by_line[8][0] == "fiscal_year" and "3 行目" in by_line[8][1]  # the same measure and year as line 3
    assert by_line[10] == ("measure_id", "取組ID（measure_id）が空です")
    assert by_line[11][0] == "value"
    assert con.execute("SELECT rows_read, rows_loaded, rows_rejected FROM load_reconciliation "
                       "WHERE source_file = 'measure_progress.csv'").fetchone() == (10, 3, 7)
    assert con.execute("SELECT rating, label_ja FROM progress_ratings ORDER BY sort_order").fetchall() == [
        ("A", "計画どおり進んでいる"), ("B", "おおむね進んでいる"), ("C", "やや遅れている"), ("D", "遅れている・未着手")]
    assert [r[0] for r in con.execute("SELECT status FROM progress_statuses ORDER BY sort_order").fetchall()] == [
        "実施", "一部実施", "未実施", "完了", "休止", "廃止"]


def test_rating_definitions_from_dataset_yaml_and_no_file(tiny_dataset, tmp_path: Path) -> None:
    wh = build(tiny_dataset, tmp_path, csv=None, yaml_extra="progress_ratings:\n  Ｃ: 遅れがある\n")
    con = duckdb.connect(str(wh), read_only=True)
    assert con.execute("SELECT label_ja FROM progress_ratings WHERE rating = 'C'").fetchone() == ("遅れがある",)
    assert con.execute("SELECT count(*) FROM measure_progress").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM load_reconciliation WHERE source_file = 'measure_progress.csv'"
                       ).fetchone() == (0,)


def test_bad_rating_definitions_fail_clearly(tiny_dataset, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="progress_ratings のキー「E」"):
        build(tiny_dataset, tmp_path, yaml_extra="progress_ratings:\n  E: 対象外\n")
    assert not (tmp_path / "wh" / "warehouse.duckdb").exists()


@pytest.mark.parametrize(("raw", "expected"), [("Ａ", "A"), ("b", "B"), (" C評価 ", "C"), ("", None), (None, None)])
def test_parse_rating(raw, expected) -> None:
    assert vocab.parse_rating(raw) == expected


def test_parse_status_aliases_and_errors() -> None:
    assert vocab.parse_status("実施中") == "実施" and vocab.parse_status("一部実施") == "一部実施"
    with pytest.raises(ValueError):
        vocab.parse_status("進行中")
    with pytest.raises(ValueError):
        vocab.parse_rating("E")
