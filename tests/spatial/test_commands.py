"""`welfare suggest` / `welfare access` on a tiny warehouse file: formats, storing, suppression, errors."""
from __future__ import annotations

import json

import pytest

from indicators.cli import main
from indicators.spatial.accessibility import compute_accessibility
from spatial_fixtures import rect

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ASSOCS = [
    dict(assoc_code="A1", district_code="D1", school_code="S1", households=5, pop_65plus=60, pop_0_14=1, x=0, y=0),
    dict(assoc_code="A2", district_code="D1", school_code="S1", households=5, pop_65plus=30, pop_0_14=9, x=3000, y=0),
    dict(assoc_code="A3", district_code="D2", school_code="S2", households=5, pop_65plus=2, pop_0_14=9, x=6000, y=0),
]


@pytest.fixture
def wh_file(wh, tmp_path):
    con = wh(districts={"D1": rect(-1000, -1000, 4500, 1000), "D2": rect(4500, -1000, 7000, 1000)},
             schools={"S1": rect(-1000, -1000, 4500, 1000), "S2": rect(4500, -1000, 7000, 1000)},
             school_points={"S1": (2900, 100), "S2": (6100, 0)}, assocs=ASSOCS,
             resources=[dict(resource_id="R1", resource_type="community_cafeteria", x=0, y=200, opened_fy=2020)])
    compute_accessibility(con)
    con.execute("CHECKPOINT")
    con.close()
    return tmp_path / "wh0.duckdb"


def test_suggest_json_and_store(wh_file, capsys):
    rc = main(["suggest", "--type", "community_cafeteria", "--n", "2", "--warehouse", str(wh_file), "--format", "json",
               "--save"])
    assert rc == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["notice"]  # synthetic data carries the notice
    s = doc["suggestions"]
    assert [r["site_id"] for r in s] == ["school:S1", "school:S2"]
    assert s[0]["newly_covered"] == 30 and s[0]["cumulative_covered"] == 30
    # S2 adds 2 people (< 3): hidden, and so is the running total from there on
    assert s[1]["newly_covered"] is None and s[1]["cumulative_covered"] is None and s[1]["suppressed"] is True
    from indicators.warehouse.duck import connect

    con = connect(wh_file, read_only=True)
    try:
        stored = con.execute("SELECT rank, newly_covered, suppressed FROM site_suggestions ORDER BY rank").fetchall()
    finally:
        con.close()
    assert stored == [(1, 30, False), (2, None, True)]


def test_suggest_geojson_table_and_no_store(wh_file, capsys):
    # saving is opt-in (--save): a plain run leaves the warehouse as it was (issue 20)
    mtime = wh_file.stat().st_mtime_ns
    assert main(["suggest", "--type", "community_cafeteria", "--n", "1", "--warehouse", str(wh_file),
                 "--format", "geojson"]) == 0
    gj = json.loads(capsys.readouterr().out)
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 1
    lon, lat = gj["features"][0]["geometry"]["coordinates"]
    assert 133 < lon < 135 and 35 < lat < 36
    assert main(["suggest", "--type", "community_cafeteria", "--n", "2", "--warehouse", str(wh_file)]) == 0
    captured = capsys.readouterr()
    assert "秘匿" in captured.out and "S1小学校" in captured.out
    assert "--save" in captured.err and wh_file.stat().st_mtime_ns == mtime
    from indicators.warehouse.duck import connect

    con = connect(wh_file, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name='site_suggestions'").fetchone()[0] == 0
    finally:
        con.close()


def test_access_and_errors(wh_file, capsys, tmp_path):
    assert main(["access", "--warehouse", str(wh_file), "--level", "district", "--type", "community_cafeteria",
                 "--format", "json"]) == 0
    rows = {r["area_code"]: r for r in json.loads(capsys.readouterr().out)["rows"]}
    assert rows["D1"]["pop_total"] == 90 and rows["D1"]["pop_within_500"] == 60
    assert rows["D2"]["pop_total"] is None and rows["D2"]["suppressed"]  # 2 people
    assert main(["suggest", "--type", "nope", "--warehouse", str(wh_file)]) == 1
    assert "resource_type" in capsys.readouterr().err
    assert main(["suggest", "--type", "community_cafeteria", "--warehouse", str(tmp_path / "missing.duckdb")]) == 1
    assert "welfare build" in capsys.readouterr().err


def test_sample_warehouse_access_and_suggest(sample_warehouse, capsys):
    """The bundled sample: only aggregate area codes in access_district; MCLP ≥ greedy on the real problem."""
    import numpy as np

    from indicators.spatial.siting import build_problem, cover_sets, greedy_max_cover, suggest_sites
    from indicators.warehouse.duck import connect

    con = connect(sample_warehouse, read_only=True)
    try:
        codes = set(con.execute("SELECT DISTINCT area_code FROM access_district").fetchdf()["area_code"])
        areas = set(con.execute("SELECT district_code FROM districts UNION SELECT school_code FROM school_districts "
                                "UNION SELECT municipality_code FROM dataset_meta").fetchdf().iloc[:, 0])
        assocs = set(con.execute("SELECT assoc_code FROM neighbourhood_assocs").fetchdf()["assoc_code"])
        problem = build_problem(con, "community_cafeteria", "aged", 1000.0, "centres")
    finally:
        con.close()
    assert codes <= areas and not (codes & assocs)
    ranked, status = suggest_sites(problem, 3)
    covers = cover_sets(problem.demand_xy, problem.candidates[["x", "y"]].to_numpy(), 1000.0)
    greedy = greedy_max_cover(problem.demand_w, covers, 3)
    greedy_total = problem.demand_w[sorted({i for j in greedy for i in covers[j]})].sum()
    assert status == "Optimal" and ranked["cumulative_covered"].iloc[-1] >= greedy_total
    assert np.all(np.diff(ranked["newly_covered"]) <= 0)  # marginal gains never increase
    assert main(["suggest", "--type", "community_cafeteria", "--warehouse", str(sample_warehouse), "--no-store",
                 "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("run_id,")
