"""A city adds indicators by editing two files: indicators.yaml and indicator_observations.csv.

Built on the tiny dataset (tests/fixtures/tiny.py); expectations worked out by hand from
declared_fixtures.py.
"""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from declared.declared_fixtures import INDICATORS_YAML, OBSERVATIONS
from fixtures.tiny import make_dataset
from indicators.cli import main
from indicators.engine import api
from indicators.errors import UserError
from indicators.pipeline import build_warehouse


@pytest.fixture
def built(declared_warehouse: Path) -> Path:
    return declared_warehouse


def q(wh: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(wh), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_bad_rows_are_rejected_with_reasons_and_reconciled(built: Path) -> None:
    rows = q(built, "SELECT line_number, column_name, reason FROM rejected_rows "
                    "WHERE source_file = 'indicator_observations.csv' ORDER BY line_number")
    by_line = {ln: (col, why) for ln, col, why in rows}
    assert sorted(by_line) == [7, 8, 9, 10, 11, 12]
    assert by_line[7][0] == "area_level" and "survey_share は地区の値を宣言していません（宣言: 市全体）" in by_line[7][1]
    assert by_line[8] == ("indicator_id", "indicators.yaml に宣言されていない指標です")
    assert by_line[9] == ("area_code", "地区コードが地区の一覧にありません")
    assert by_line[10] == ("value", "値が数値として読めません")
    assert by_line[11][0] == "fiscal_year" and "重複" in by_line[11][1]
    assert by_line[12][0] == "fiscal_year" and "年度の範囲" in by_line[12][1]
    assert q(built, "SELECT rows_read, rows_loaded, rows_rejected FROM load_reconciliation "
                    "WHERE source_file = 'indicator_observations.csv'") == [(11, 5, 6)]


def test_one_catalogue(built: Path) -> None:
    cat = {r[0]: r[1:] for r in q(built, "SELECT indicator_id, family, unit, target, baseline, baseline_fy, target_fy, "
                                         "declared FROM indicator_catalogue")}
    assert cat["guardians"] == ("declared", "人", 20.0, 10.0, 2023, 2025, True)
    assert cat["survey_share"][:3] == ("declared", "%", None)
    assert cat["aging_rate"][-1] is False  # the built-in catalogue is still there
    links = q(built, "SELECT indicator_id, block_id FROM indicator_plan_links WHERE indicator_id IN "
                     "('guardians', 'survey_share') ORDER BY 1, 2")
    assert links == [("guardians", "III-2-(2)"), ("survey_share", "I-1-(1)"), ("survey_share", "IV-2")]


def test_people_counts_are_suppressed_on_every_path(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # D1 2024 = 2 < 3 is hidden; D2 (10) too, or city 12 - D2 10 would give D1 back (secondary suppression)
    rows = q(built, "SELECT area_level, area_code, fiscal_year, value, suppressed FROM indicator_values "
                    "WHERE indicator_id = 'guardians' ORDER BY 1, 2, 3")
    assert rows == [("city", "312011", 2023, 10.0, False), ("city", "312011", 2024, 12.0, False),
                    ("district", "D1", 2024, None, True), ("district", "D2", 2024, None, True)]
    df = api.indicator_values(built, fy=2024, level="district", ids="guardians")
    assert df["value"].isna().all() and df["suppressed"].all()
    assert main(["indicators", "--warehouse", str(built), "--fy", "2024", "--level", "district", "--id", "guardians",
                 "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    records = out["rows"] if isinstance(out, dict) else out
    assert records and all("秘匿" in json.dumps(r, ensure_ascii=False) for r in records)
    assert "2.0" not in json.dumps(records) and ": 2," not in json.dumps(records)
    # the status cannot be judged from a hidden value, and shows no number
    status = q(built, "SELECT area_code, latest, status FROM indicator_status WHERE indicator_id = 'guardians' "
                      "AND area_level = 'district' ORDER BY 1")
    assert status == [("D1", None, "判定不可"), ("D2", None, "判定不可")]


def test_target_status_of_a_declared_indicator(built: Path) -> None:
    # baseline 10 (2023), target 20 (2025), 12 in 2024: f = 1/2, expected 15, ratio 2/5 → 遅れ
    [(base, latest, expected, ratio, status)] = q(
        built, "SELECT baseline, latest, expected, progress_ratio, status FROM indicator_status "
               "WHERE indicator_id = 'guardians' AND area_level = 'city'")
    assert (base, latest, status) == (10.0, 12.0, "遅れ")
    assert expected == pytest.approx(15.0) and ratio == pytest.approx(0.4)
    assert q(built, "SELECT count(*) FROM indicator_status WHERE indicator_id = 'survey_share'") == [(0,)]


def test_bad_indicators_yaml_leaves_the_previous_warehouse(built: Path, tmp_path: Path) -> None:
    wh = tmp_path / "warehouse.duckdb"
    wh.write_bytes(built.read_bytes())
    before = wh.read_bytes()
    for bad, message in (
        (INDICATORS_YAML.replace('"Ⅲ-2(2)"', '"Ⅲ-9(2)"'), "plan_refs の「Ⅲ-9(2)」は計画にない項目です"),
        (INDICATORS_YAML.replace("id: guardians", "id: aging_rate"), "組み込みの指標カタログ"),
        (INDICATORS_YAML.replace("fiscal_year: 2025", "fiscal_year: 2022"), "target.fiscal_year（2022）"),
    ):
        ds = make_dataset(tmp_path / "bad", indicators_yaml=bad, indicator_observations_csv=OBSERVATIONS)
        with pytest.raises(UserError, match=message.replace("(", r"\(").replace(")", r"\)")):
            build_warehouse(ds, wh, quiet=True)
        assert wh.read_bytes() == before


def test_hidden_on_the_exports(built: Path, tmp_path: Path) -> None:
    """The district card (HTML) and the parquet copy show the hidden 地区 count as 「秘匿」 / NULL."""
    import pandas as pd

    from indicators.reports.commands import generate

    generate("html", tmp_path, warehouse=built, district="D1")
    html = next(tmp_path.glob("card_D1*.html")).read_text(encoding="utf-8")
    row = html.split("市民後見人の登録者数", 1)[1].split("</tr>", 1)[0]
    assert "秘匿" in row and ">2 人<" not in row and ">2<" not in row
    parquet = pd.read_parquet(built.parent / "indicator_values.parquet")
    hidden = parquet[(parquet["indicator_id"] == "guardians") & (parquet["area_level"] == "district")]
    assert len(hidden) == 2 and hidden["value"].isna().all() and hidden["numerator"].isna().all()


def test_cli_status(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "--status", "--warehouse", str(built), "--id", "guardians", "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["rows"]
    assert (row["指標"], row["状況"], row["基準値"], row["最新値"], row["経路上の値"]) == (
        "市民後見人の登録者数", "遅れ", "10 人（2023年度）", "12 人（2024年度）", "15 人")
    assert main(["indicators", "--status", "--warehouse", str(built), "--level", "district", "--id", "guardians",
                 "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.count("判定不可") == 2 and "2 人" not in out
