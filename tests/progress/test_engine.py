"""The progress family on the tiny plan: every aggregate worked out by hand (see tinyplan.py)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from indicators.engine.compute import compute_all
from indicators.pipeline import build_warehouse
from indicators.pipeline.steps import STEPS
from tinyplan import write_plan

G1, G2, M1, S1 = "M-1-1-1-0-G01", "M-1-1-1-0-G02", "M-1-1-1-0-M01", "M-1-1-1-0-S01"  # Ⅰ-1(1), 地域づくり
P2G, P2S = "M-1-2-0-0-G01", "M-1-2-0-0-S01"  # Ⅰ-2
Q1G, Q1M = "M-2-1-0-0-G01", "M-2-1-0-0-M01"  # Ⅱ-1, 参加支援

CSV = "\n".join([
    "measure_id,fiscal_year,department,status,rating,achievement,value,unit,next_step,note",
    f"{G1},2023,地域福祉課,実施,A,,,,,",
    f"{G2},2023,地域福祉課,一部実施,C,,,,,",
    f"{M1},2023,地区社協,実施,B,,,,,",
    f"{Q1G},2023,こども家庭課,未実施,D,,,,,",
    f"{G1},2024,地域福祉課,完了,A,,,,,",
    f"{G2},2024,地域福祉課,実施,B,,,,,",
    f"{M1},2024,地区社協,実施,,,,,,",
    f"{S1},2024,市社協,一部実施,C,,,,,",
    f"{P2G},2024,地域福祉課,実施,A,,,,,",
    f"{Q1G},2024,こども家庭課,一部実施,D,,,,,",
    f"{Q1M},2024,地区社協,休止,C,,,,,",
]) + "\n"

# the tiny plan lacks the blocks the catalogue's indicators refer to: the build stops before them
NO_INDICATORS = tuple(s for s in STEPS if s[0] not in ("accessibility", "indicators"))


def progress_warehouse(ds: Path, tmp_path: Path) -> Path:
    """Build the tiny dataset, then run the progress family alone (the other families' plan_blocks
    refer to blocks of the real plan, which the tiny plan does not have)."""
    write_plan(ds)
    wh = tmp_path / "wh" / "warehouse.duckdb"
    build_warehouse(ds, wh, quiet=True, run_steps=NO_INDICATORS)
    con = duckdb.connect(str(wh))
    try:
        compute_all(con, only_families=["progress"])
    finally:
        con.close()
    return wh


@pytest.fixture
def values(tiny_dataset, tmp_path: Path) -> dict:
    wh = progress_warehouse(tiny_dataset(measure_progress_csv=CSV), tmp_path)
    con = duckdb.connect(str(wh), read_only=True)
    rows = con.execute("SELECT indicator_id, area_level, area_code, fiscal_year, value, numerator, denominator "
                       "FROM indicator_values").fetchall()
    return {(i, lv, code, fy): (v, n, d) for i, lv, code, fy, v, n, d in rows}


def test_city_shares_by_hand(values: dict) -> None:
    city = "312011"
    # FY2024: 7 of 8 measures reported; 4 of 7 statuses 実施/完了; ratings of 6: A 2, B 1, C 2, D 1
    assert values[("progress_reported_share", "city", city, 2024)] == (7 / 8, 7, 8)
    assert values[("progress_done_share", "city", city, 2024)] == (4 / 7, 4, 7)
    assert values[("progress_rating_a_share", "city", city, 2024)] == (2 / 6, 2, 6)
    assert values[("progress_rating_b_share", "city", city, 2024)] == (1 / 6, 1, 6)
    assert values[("progress_rating_c_share", "city", city, 2024)] == (2 / 6, 2, 6)
    assert values[("progress_rating_d_share", "city", city, 2024)] == (1 / 6, 1, 6)
    assert values[("progress_behind_share", "city", city, 2024)] == (3 / 6, 3, 6)
    # FY2023: 4 of 8 reported, one of each rating
    assert values[("progress_reported_share", "city", city, 2023)] == (0.5, 4, 8)
    assert values[("progress_behind_share", "city", city, 2023)] == (0.5, 2, 4)


def test_goal_policy_actor_and_jusoteki_by_hand(values: dict) -> None:
    # 基本目標Ⅰ: 6 measures, 5 reported (Ⅰ-2 市社協 not), 4 of 5 done, ratings of 4: A 2, C 1
    assert values[("progress_reported_share", "goal", "I", 2024)] == (5 / 6, 5, 6)
    assert values[("progress_done_share", "goal", "I", 2024)] == (4 / 5, 4, 5)
    assert values[("progress_rating_a_share", "goal", "I", 2024)] == (2 / 4, 2, 4)
    assert values[("progress_behind_share", "goal", "I", 2024)] == (1 / 4, 1, 4)
    assert values[("progress_behind_share", "goal", "II", 2024)] == (1.0, 2, 2)
    assert values[("progress_done_share", "goal", "II", 2024)] == (0.0, 0, 2)
    # 基本計画Ⅰ-2: one of two reported, rated A
    assert values[("progress_reported_share", "policy", "I-2", 2024)] == (0.5, 1, 2)
    assert values[("progress_rating_a_share", "policy", "I-2", 2024)] == (1.0, 1, 1)
    # 主体: 行政 4 measures (A, B, A, D), 市社協 2 (one reported, C)
    assert values[("progress_done_share", "actor", "行政", 2024)] == (3 / 4, 3, 4)
    assert values[("progress_behind_share", "actor", "行政", 2024)] == (1 / 4, 1, 4)
    assert values[("progress_reported_share", "actor", "市社協", 2024)] == (0.5, 1, 2)
    assert values[("progress_behind_share", "actor", "市社協", 2024)] == (1.0, 1, 1)
    # 重層的支援: 地域づくり = Ⅰ-1(1) (A, B, unrated, C), 参加支援 = Ⅱ-1 (D, C)
    assert values[("progress_behind_share", "jusoteki", "地域づくり", 2024)] == (1 / 3, 1, 3)
    assert values[("progress_behind_share", "jusoteki", "参加支援", 2024)] == (1.0, 2, 2)
    # Ⅰ-2 has no 重層的支援 category: no jusoteki row besides the two
    assert {k[2] for k in values if k[1] == "jusoteki"} == {"地域づくり", "参加支援"}
    assert {k[2] for k in values if k[1] == "policy"} == {"I-1", "I-2", "II-1"}


def test_no_progress_records_no_family(tiny_dataset, tmp_path: Path) -> None:
    wh = progress_warehouse(tiny_dataset(), tmp_path)
    con = duckdb.connect(str(wh), read_only=True)
    assert con.execute("SELECT count(*) FROM indicator_values").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM indicator_catalogue WHERE family = 'progress'").fetchone() == (0,)


def test_summary_cli_reads_the_engine_rows(tiny_dataset, tmp_path: Path, capsys) -> None:
    import json

    from indicators.cli import main

    wh = progress_warehouse(tiny_dataset(measure_progress_csv=CSV), tmp_path)
    assert main(["progress", "summary", "--warehouse", str(wh), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    city = rows[0]
    assert (city["level"], city["measures"], city["reported"], city["A"], city["B"], city["C"], city["D"],
            city["behind"]) == ("市全体", 8, 7, 2, 1, 2, 1, 3)
    assert city["behind_share"] == 0.5
    goals = [r for r in rows if r["level"] == "基本目標"]
    assert [g["name"] for g in goals] == ["Ⅰ 住民参加と地域福祉活動の促進", "Ⅱ 福祉学習の推進と福祉の担い手づくり"]
    assert [r["name"] for r in rows if r["level"] == "基本計画"][1] == "Ⅰ-2 様々な主体による福祉活動の促進"
    assert main(["progress", "summary", "--warehouse", str(wh), "--fy", "2023", "--level", "actor"]) == 0
    table = capsys.readouterr().out
    assert "2023年度" in table and "行政" in table and "市社協" in table
    assert main(["progress", "summary", "--warehouse", str(wh), "--fy", "2020"]) == 1
    assert "2023, 2024" in capsys.readouterr().err


def test_indicators_cli_reads_plan_levels(tiny_dataset, tmp_path: Path, capsys) -> None:
    import json

    from indicators.cli import main
    from indicators.engine import catalogue, commands

    assert commands.AREA_LEVELS == catalogue.AREA_LEVELS  # the CLI parser starts without the catalogue's imports
    wh = progress_warehouse(tiny_dataset(measure_progress_csv=CSV), tmp_path)
    assert main(["indicators", "--warehouse", str(wh), "--level", "goal", "--id", "progress_behind_share",
                 "--fy", "2024", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [(r["area_code"], r["area_name"], r["numerator"], r["denominator"]) for r in rows] == [
        ("I", "Ⅰ 住民参加と地域福祉活動の促進", 1, 4), ("II", "Ⅱ 福祉学習の推進と福祉の担い手づくり", 2, 2)]
