"""api.py and `welfare indicators` on the tiny warehouse."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from indicators.errors import UserError
from indicators.engine import api, commands


def main(argv: list[str]) -> int:
    """`welfare <argv>` with only the engine's subcommand registered (the full CLI imports
    every area's heavy dependencies); UserError → exit code 1 as in indicators.cli.main."""
    parser = argparse.ArgumentParser(prog="welfare")
    commands.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"エラー: {exc}", file=sys.stderr)
        return 1


@pytest.fixture(scope="module")
def wh(tiny_warehouse: Path):
    """One read-only connection for the module (every api function accepts it for a path)."""
    con = api.open_warehouse(tiny_warehouse)
    yield con
    con.close()


def test_indicator_values_filters(wh) -> None:
    df = api.indicator_values(wh, fy=2022, level="district", ids=["consultation_place_coverage"])
    assert df[["area_code", "area_name", "value"]].values.tolist() == [["D1", "一地区", 1.0], ["D2", "二地区", 1.0],
                                                                      ["D3", "三地区", 0.0]]
    assert df["gap"].tolist() == [0.0, 0.0, 1.0]  # target 1 (全地区)
    city = api.indicator_values(wh, level="city", ids="cafeteria_school_coverage")
    assert city["fiscal_year"].tolist() == [2021, 2022, 2023] and set(city.area_name) == {"鳥取市"}
    # Filters are bound parameters: a quote in a value is data, not SQL.
    assert api.indicator_values(wh, ids=["x' OR '1'='1"]).empty


def test_target_gaps_lists_districts_still_lacking(wh) -> None:
    gaps = api.target_gaps(wh, fy=2023)
    lacking = gaps[gaps.indicator_id == "consultation_place_coverage"]["area_code"].tolist()
    assert lacking == ["D3"]


def test_measures_and_indicators_join_both_ways(wh) -> None:
    m = api.measures_for_indicator(wh, "consultation_place_coverage")
    assert m["measure_id"].tolist() == ["M1"]
    i = api.indicators_for_measure(wh, "M2")  # Ⅰ-2② 地域食堂
    assert {"cafeteria_school_coverage", "cafeteria_sufficiency", "cafeterias_per_100k"} <= set(i.indicator_id)
    assert "consultation_place_coverage" not in set(i.indicator_id)
    assert api.indicators_for_measure(wh, "M3").empty  # a block no indicator monitors


def test_district_profile_is_suppressed(wh) -> None:
    prof = api.district_profile(wh, "D2", 2022)
    assert len(prof) == 1
    r = prof.iloc[0]
    assert r.population == 500 and not r.population_suppressed
    assert pd.isna(r.pop_0_14) and r.pop_0_14_suppressed  # 2 children
    assert pd.isna(r.single_elderly_households) and r.single_elderly_households_suppressed
    d3 = api.district_profile(wh, "D3", 2022).iloc[0]
    assert d3.single_elderly_households_suppressed  # suppressed in the source file


def test_assoc_summary_counts_per_district_never_records(wh) -> None:
    s = api.assoc_summary(wh, fy=2022).set_index("district_code")
    assert "assoc_code" not in s.columns and "assoc_name" not in s.columns
    assert s.loc["D1", ["assocs", "assocs_with_salon", "assocs_with_map"]].tolist() == [2, 1, 1]
    assert s.loc["D1", "households"] == 70
    assert s.loc["D3", "households_suppressed"] and pd.isna(s.loc["D3", "households"])  # 2 households
    one = api.assoc_summary(wh, district_code="D2", fy=2023)
    assert one["district_code"].tolist() == ["D2"]


def test_meta_notice_and_missing_warehouse(tiny_warehouse: Path, tmp_path: Path) -> None:
    meta = api.dataset_meta(tiny_warehouse)
    assert meta["synthetic"] is True and meta["suppression_threshold"] == 3
    assert "合成データ" in api.SYNTHETIC_NOTICE
    assert api.latest_fy(tiny_warehouse) == 2023
    with pytest.raises(UserError, match="welfare build"):
        api.indicator_values(tmp_path / "none.duckdb")


def test_cli_json_csv_and_errors(tiny_warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wh = str(tiny_warehouse)
    assert main(["indicators", "--warehouse", wh, "--fy", "2021", "--level", "district",
                 "--id", "child_share", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "合成データ" in out["notice"]
    by_code = {r["area_code"]: r for r in out["rows"]}
    assert by_code["D2"]["value"] == "秘匿" and by_code["D2"]["numerator"] == "秘匿"
    assert by_code["D3"]["value"] == pytest.approx(0.15)

    assert main(["indicators", "--warehouse", wh, "--level", "city", "--id", "sasaeai_map_rate",
                 "--all-years", "--format", "csv"]) == 0
    cap = capsys.readouterr()
    lines = cap.out.strip().splitlines()
    assert lines[0].startswith("indicator_id,") and len(lines) == 4
    assert "合成データ" in cap.err

    assert main(["indicators", "--warehouse", wh, "--fy", "2022", "--level", "city", "--format", "csv",
                 "--id", "aging_rate", "child_share", "--id", "sasaeai_map_rate"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 1 + 3

    assert main(["indicators", "--warehouse", wh, "--fy", "2022"]) == 0
    assert "常設型の相談の場がある地区の割合" in capsys.readouterr().out

    assert main(["indicators", "--warehouse", wh, "--id", "no_such_indicator"]) == 1
    assert "不明な指標ID" in capsys.readouterr().err
