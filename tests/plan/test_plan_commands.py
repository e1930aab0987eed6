"""`welfare plan` in-process: filters (checked against pandas on the parsed frame), formats, errors."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from indicators.cli import main
from indicators.paths import DEFAULT_PLAN
from indicators.plan.commands import OUTPUT_COLUMNS
from indicators.plan.load import load_plan
from indicators.plan.parser import parse_plan
from indicators.warehouse.duck import connect

PLAN = str(DEFAULT_PLAN)


@pytest.fixture(scope="module")
def measures():
    return parse_plan(DEFAULT_PLAN.read_text(encoding="utf-8")).measures


def run_json(capsys: pytest.CaptureFixture, *args: str) -> list[dict]:
    assert main(["plan", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_lists_every_measure(capsys: pytest.CaptureFixture) -> None:
    rows = run_json(capsys, "--plan-file", PLAN)
    assert len(rows) == 304
    assert all(list(r) == OUTPUT_COLUMNS for r in rows)
    by_id = {r["measure_id"]: r for r in rows}
    assert by_id["M-1-2-0-2-S01"] == {
        "measure_id": "M-1-2-0-2-S01", "goal_no": 1, "policy_no": 2, "section_no": None, "item_no": 2,
        "actor": "市社協", "text": "生活課題を抱えた人の支援のため、各地域食堂と連携を図ります。", "change_flags": [],
        "jusoteki": ["アウトリーチ等を通じた継続的支援", "参加支援", "地域づくり"], "block_id": "I-2-②"}
    assert by_id["M-4-3-0-2-G03"]["change_flags"] == ["追加", "再掲"]


def test_filters_match_pandas(capsys: pytest.CaptureFixture, measures) -> None:
    rows = run_json(capsys, "--plan-file", PLAN, "--actor", "市社協", "--search", "地域食堂")
    assert [r["measure_id"] for r in rows] == ["M-1-2-0-2-S01"]  # the only 市社協 bullet naming 地域食堂

    rows = run_json(capsys, "--plan-file", PLAN, "--goal", "Ⅳ", "--flag", "追加", "--jusoteki", "参加支援")
    m = measures
    want = m[(m["goal_no"] == 4) & m["change_flags"].map(lambda f: "追加" in f)
             & m["jusoteki"].map(lambda j: "参加支援" in j)]["measure_id"]
    # by hand: IV-2 lines 1753, 1781; IV-3 1979, 1983, 2003; IV-5 2352 (IV-1/IV-4/IV-6 lack 参加支援)
    assert sorted(r["measure_id"] for r in rows) == sorted(want) and len(rows) == 6
    assert all(r["goal_no"] == 4 and "追加" in r["change_flags"] and "参加支援" in r["jusoteki"] for r in rows)


def test_csv_and_table_output(capsys: pytest.CaptureFixture) -> None:
    assert main(["plan", "--plan-file", PLAN, "--flag", "新規案", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    # （新規案） appears on six bullets, all in IV-6 (lines 2474, 2478, 2494, 2622, 2626, 2630)
    assert [r["measure_id"] for r in rows] == ["M-4-6-0-1-G03", "M-4-6-0-1-G04", "M-4-6-0-1-M02",
                                               "M-4-6-0-4-G04", "M-4-6-0-4-G05", "M-4-6-0-4-G06"]
    assert rows[2]["text"] == "再犯防止（息の長い支援）と地域交流を目的とした地域食堂等の実施"
    assert rows[2]["section_no"] == "" and rows[2]["change_flags"] == "新規案"

    assert main(["plan", "--plan-file", PLAN, "--policy", "2", "--goal", "2"]) == 0
    out = capsys.readouterr().out
    assert "M-2-2-0-0-G01" in out and "3 件" in out


def test_warehouse_matches_parser(tmp_path: Path, capsys: pytest.CaptureFixture, measures) -> None:
    db = tmp_path / "warehouse.duckdb"
    con = connect(db)
    load_plan(con, [DEFAULT_PLAN])
    con.close()
    from_wh = run_json(capsys, "--warehouse", str(db), "--actor", "民間")
    m = measures[measures["actor"] == "民間"]
    assert [r["measure_id"] for r in from_wh] == m["measure_id"].tolist()  # document order
    assert [r["text"] for r in from_wh] == m["text"].tolist()
    assert len(from_wh) == 9 + 7 + 4 + 8 + 1 + 9 + 6 + 5 + 7 + 7 + 6 + 9 + 9 + 10


def test_user_errors(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["plan", "--warehouse", str(tmp_path / "missing.duckdb")]) == 1
    assert "welfare build" in capsys.readouterr().err
    assert main(["plan", "--plan-file", PLAN, "--flag", "修正"]) == 1
    err = capsys.readouterr().err
    assert "--flag" in err and "新規案" in err
    assert main(["plan", "--plan-file", PLAN, "--goal", "abc"]) == 1
    assert "基本目標" in capsys.readouterr().err
    assert main(["plan", "--plan-file", PLAN, "--warehouse", str(tmp_path / "w.duckdb")]) == 1
    capsys.readouterr()
    empty = tmp_path / "other.txt"
    empty.write_text("関係のない文章\n", encoding="utf-8")
    assert main(["plan", "--plan-file", str(empty)]) == 1
    assert "other.txt" in capsys.readouterr().err
    db = tmp_path / "no-plan.duckdb"
    connect(db).close()
    assert main(["plan", "--warehouse", str(db)]) == 1
    assert "plan_measures" in capsys.readouterr().err
