"""Named scenarios (issue 20): stored in the warehouse, kept across a rebuild, measured again."""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from fixtures.scenario_tiny import make_scenario_dataset
from indicators.errors import UserError
from indicators.services import scenarios as sc
from indicators.pipeline import build_warehouse

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/fixtures/scenario_tiny.py built once (tests that write copy it)."""
    root = tmp_path_factory.mktemp("scenario-store")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        build_warehouse(dataset_dir=make_scenario_dataset(root / "ds"), warehouse_path=root / "warehouse.duckdb",
                        quiet=True)
    return root / "warehouse.duckdb"


def test_saved_scenario_survives_a_rebuild(tmp_path: Path) -> None:
    ds = make_scenario_dataset(tmp_path / "ds")
    wh = tmp_path / "warehouse.duckdb"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        build_warehouse(dataset_dir=ds, warehouse_path=wh, quiet=True)
    s = sc.Scenario("community_cafeteria", "aged", 500.0, 2024,
                    added=(sc.hand_site(134.215, 35.505, "三町内会の集会所"),), closed=("R1",))
    assert sc.default_name(wh) == "案A"
    sid = sc.save(wh, "案A", s)
    with pytest.raises(UserError, match="名前"):
        sc.save(wh, "  ", s)
    report = build_warehouse(dataset_dir=ds, warehouse_path=wh, quiet=True)
    assert report.carried == {"scenarios": 1, "scenario_sites": 2}
    saved = sc.saved_scenarios(wh)
    assert list(saved["name"]) == ["案A"] and (saved["n_added"].iloc[0], saved["n_closed"].iloc[0]) == (1, 1)
    back = sc.load_saved(wh, sid)
    assert back.added == s.added and back.closed == ("R1",) and back.radius_m == 500.0 and back.name == "案A"
    ev = sc.evaluate_saved(wh, sid)
    # R1 closed (A1's 100 lost), the site at A3 reaches 40: 40 / 192 within 500 m
    people = dict(zip(ev.indicators["label"], ev.indicators["after"]))
    assert people["地域食堂（子ども食堂を含む）まで500m以内に住む65歳以上人口（人）"] == 40
    assert list(ev.sites["newly_covered"]) == [40] and list(ev.closed["lost"]) == [100]
    # the same name again replaces it; the next free name is 案B
    sc.save(wh, "案A", sc.Scenario("community_cafeteria", "aged", 500.0, 2024))
    assert len(sc.saved_scenarios(wh)) == 1 and sc.default_name(wh) == "案B"
    sc.delete_saved(wh, sc.saved_scenarios(wh)["scenario_id"].iloc[0])
    assert sc.saved_scenarios(wh).empty


def test_geojson_export(built: Path) -> None:
    import json

    wh = built
    ev = sc.evaluate(wh, sc.Scenario("community_cafeteria", "aged", 500.0, 2024,
                                     added=(sc.hand_site(134.219, 35.509),), closed=("R1",), name="案A"))
    doc = json.loads(sc.scenario_geojson(ev, "合成データ"))
    assert doc["notice"] == "合成データ" and len(doc["features"]) == 2
    add, close = doc["features"]
    assert add["geometry"]["coordinates"] == [134.219, 35.509]
    assert add["properties"]["新たに徒歩圏に入る人数"] == "秘匿"  # 2 people (A4) < 3
    assert close["properties"] == {"シナリオ": "案A", "操作": "閉じる", "名前": "一の食堂", "徒歩圏から外れる人数": 100}
    exp = sc.sites_export(ev)
    assert exp["新たに徒歩圏に入る人数"].tolist() == ["秘匿"] and exp["経度"].tolist() == [134.219]


def test_page_numbers_are_the_cli_numbers(built: Path, capsys) -> None:
    """`welfare suggest --format json` and the page's evaluation of the same sites agree."""
    import json

    from indicators.cli import main

    wh = built
    assert main(["suggest", "--type", "community_cafeteria", "--n", "2", "--radius", "500", "--fy", "2024",
                 "--warehouse", str(wh), "--format", "json"]) == 0
    cli = json.loads(capsys.readouterr().out)["suggestions"]
    sites = tuple((r["site_id"], r["site_kind"], r["site_name"], r["lon"], r["lat"]) for r in cli)
    ev = sc.evaluate(wh, sc.Scenario("community_cafeteria", "aged", 500.0, 2024, added=sites))
    assert [r["newly_covered"] for r in cli] == list(ev.sites["newly_covered"]) == [50, 42]
    assert [r["cumulative_covered"] for r in cli] == list(ev.sites["cumulative_covered"]) == [50, 92]
    # and the "before" share is the catalogue's: access_district 100 / 192 within 500 m
    from indicators.warehouse.duck import connect

    con = connect(wh, read_only=True)
    try:
        v = con.execute("SELECT value FROM indicator_values WHERE indicator_id = 'aged_within_500m_community_cafeteria' "
                        "AND area_level = 'city' AND fiscal_year = 2024").fetchone()[0]
        cov = con.execute("SELECT value FROM indicator_values WHERE indicator_id = 'cafeteria_school_coverage' "
                          "AND area_level = 'city' AND fiscal_year = 2024").fetchone()[0]
    finally:
        con.close()
    before = dict(zip(ev.indicators["indicator_id"], ev.indicators["before"]))
    assert before["aged_within_500m_community_cafeteria"] == pytest.approx(v) == pytest.approx(100 / 192)
    assert before["cafeteria_school_coverage"] == pytest.approx(cov) == 0.5
    # rows of catalogue indicators carry the catalogue's name
    names = dict(zip(ev.indicators["indicator_id"], ev.indicators["label"]))
    assert names["cafeteria_school_coverage"] == "地域食堂がある小学校区の割合"


def test_excel_export_keeps_numbers(built: Path) -> None:
    import io

    from openpyxl import load_workbook

    from indicators.services import exports

    ev = sc.evaluate(built, sc.Scenario("community_cafeteria", "aged", 500.0, 2024,
                                        added=(sc.hand_site(134.215, 35.505),), name="案A"))
    rows = sc.indicators_export(ev)
    book = exports.to_xlsx_workbook([exports.Sheet("指標", rows, unit_of=sc.EXPORT_UNITS, drop=["unit"])], "注記")
    ws = load_workbook(io.BytesIO(book))["指標"]
    header = [c.value for c in ws[3]]
    assert header == ["シナリオ", "指標", "現状", "シナリオ後", "変化"]
    share = next(r for r in ws.iter_rows(min_row=4) if r[1].value.endswith("65歳以上人口の割合"))
    assert share[2].value == pytest.approx(100 / 192) and share[3].value == pytest.approx(140 / 192)
    assert share[2].number_format == "0.0%"
    people = next(r for r in ws.iter_rows(min_row=4) if r[1].value.endswith("（人）"))
    assert (people[2].value, people[3].value, people[4].value) == (100, 140, 40) and people[2].number_format == "#,##0"
