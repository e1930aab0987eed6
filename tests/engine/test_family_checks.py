"""A family query is checked in SQL before its rows are stored: each bad result fails naming sql/<family>.sql."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from engine_fixtures import populate

from indicators.engine import catalogue, compute
from indicators.engine.catalogue import Indicator, PlanRef, load_catalogue

CITY = "312011"


def ind(ind_id: str, levels=("city", "district"), counts_people: bool = False) -> Indicator:
    return Indicator(indicator_id=ind_id, name_ja=ind_id, definition_ja="-", family="fam", area_levels=tuple(levels),
                     formula="-", unit="count", target=None, target_text=None, direction="higher",
                     counts_people=counts_people, plan_blocks=(PlanRef(1, 1, 1),))


@pytest.fixture()
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Run sql text as family `fam` (members x, y) on the tiny warehouse; returns the stored rows."""
    monkeypatch.setattr(catalogue, "SQL_DIR", tmp_path)  # Indicator.sql_path reads it at call time
    con = duckdb.connect()
    populate(con)
    members = [ind("x", counts_people=True), ind("y")]
    meta = compute.read_meta(con)
    compute.write_catalogue(con, members)
    compute._prepare_helpers(con, members, meta)

    def _run(sql: str):
        (tmp_path / "fam.sql").write_text(sql, encoding="utf-8")
        return compute._run_family(con, "fam", members, meta)

    yield _run
    con.close()


GOOD = """
SELECT 'x' AS indicator_id, 'district' AS area_level, district_code AS area_code, y.fiscal_year,
       1.0 AS value, 10 AS numerator, NULL AS denominator
FROM eng_districts, eng_years y
UNION ALL SELECT 'y', 'city', '312011', 2021, 0.5, 1, 2
"""


def test_a_good_family_with_a_preparatory_statement_is_stored_sorted(run) -> None:
    out = run("CREATE OR REPLACE TEMP TABLE t AS SELECT 1 AS a;\n" + GOOD + "-- trailing comment")
    assert len(out) == 3 * 3 + 1
    assert list(out.columns) == compute.VALUE_COLUMNS
    assert out["area_code"].tolist()[:3] == ["D1", "D1", "D1"] and out["fiscal_year"].tolist()[:3] == [2021, 2022, 2023]
    assert str(out["fiscal_year"].dtype) == "int32" and not out["suppressed"].any()


def test_rows_without_an_indicator_id_are_dropped(run) -> None:
    out = run(GOOD + "UNION ALL SELECT NULL, 'district', 'D1', 2021, 1, 1, 1")
    assert out["indicator_id"].notna().all() and len(out) == 10


@pytest.mark.parametrize("sql, message", [
    ("SELECT 'x' AS indicator_id, 'district' AS area_level, 'D1' AS area_code, 2021 AS fiscal_year, 1 AS value",
     r"sql/fam\.sql must return columns .*missing \['numerator', 'denominator'\]"),
    (GOOD + "UNION ALL SELECT 'z', 'district', 'D1', 2021, 1, 1, 1",
     r"sql/fam\.sql returned indicators not declared in family fam: \['z'\]"),
    ("SELECT 'x' AS indicator_id, 'district' AS area_level, 'D1' AS area_code, 2021 AS fiscal_year, "
     "1 AS value, 1 AS numerator, 1 AS denominator", r"sql/fam\.sql produced no rows for indicator y"),
    (GOOD + "UNION ALL SELECT 'y', 'school_district', 'S1', 2021, 1, 1, 1",
     r"sql/fam\.sql returned area levels \['school_district'\] for y"),
    (GOOD + "UNION ALL SELECT 'x', 'district', 'D2', 2022, 1, 1, 1",
     r"sql/fam\.sql returned duplicate rows, e\.g\. \{'indicator_id': 'x', 'area_level': 'district', "
     r"'area_code': 'D2', 'fiscal_year': 2022\}"),
    (GOOD + "UNION ALL SELECT 'y', 'city', NULL, 2022, 1, 1, 1 UNION ALL SELECT 'y', 'city', NULL, 2022, 1, 1, 1",
     r"sql/fam\.sql returned duplicate rows"),
    (GOOD + "UNION ALL SELECT 'y', 'city', '312011', 2024, 1, 1, 1",
     r"sql/fam\.sql returned fiscal years outside 2021–2023"),
    (GOOD + "UNION ALL SELECT 'y', 'city', '312011', NULL, 1, 1, 1", r"sql/fam\.sql returned fiscal years outside"),
    ("SELECT * FROM no_such_table", r"indicator query sql/fam\.sql failed"),
    (GOOD + ";\nCREATE TEMP TABLE after AS SELECT 1", r"last statement of sql/fam\.sql must be a SELECT"),
])
def test_bad_family_results_fail_naming_the_file(run, sql: str, message: str) -> None:
    with pytest.raises(RuntimeError, match=message):
        run(sql)


def test_a_missing_family_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalogue, "SQL_DIR", tmp_path)
    con = duckdb.connect()
    populate(con)
    members = [ind("x")]
    meta = compute.read_meta(con)
    compute.write_catalogue(con, members)
    compute._prepare_helpers(con, members, meta)
    with pytest.raises(RuntimeError, match=r"has no query sql/fam\.sql"):
        compute._run_family(con, "fam", members, meta)
    con.close()


def test_resource_counts_equal_the_per_resource_rows() -> None:
    """eng_resource_counts (one scan, grouping sets) against counting the eng_area_resources /
    eng_active_resources views row by row (the former tables' definition)."""
    con = duckdb.connect()
    populate(con)
    con.execute("INSERT INTO resources (resource_id, resource_type, district_code, school_code, opened_fy, closed_fy) "
                "VALUES ('R8', 'coordinator', 'D1', NULL, 2022, 2023), ('R9', 'coordinator', NULL, NULL, NULL, NULL)")
    inds = load_catalogue()
    meta = compute.read_meta(con)
    compute.write_catalogue(con, inds)
    compute._prepare_helpers(con, inds, meta)
    got = con.execute("SELECT * FROM eng_resource_counts ORDER BY ALL").fetchall()
    want = con.execute("""
        SELECT fiscal_year, resource_type, area_level, area_code, count(*) FROM eng_area_resources GROUP BY ALL
        UNION ALL
        SELECT fiscal_year, resource_type, 'city', '312011', count(*) FROM eng_active_resources GROUP BY ALL
        ORDER BY ALL""").fetchall()
    assert got == want
    # by hand: coordinators in D1 — R6 (from 2021) and R8 (2022 only); city adds R9 (no codes)
    by_key = {(fy, t, lv, code): n for fy, t, lv, code, n in got}
    assert [by_key.get((fy, "coordinator", "district", "D1")) for fy in (2021, 2022, 2023)] == [1, 2, 1]
    assert [by_key.get((fy, "coordinator", "city", CITY)) for fy in (2021, 2022, 2023)] == [2, 3, 2]
    con.close()


def test_priority_score_columns_follow_the_catalogue_weights(tiny_warehouse: Path) -> None:
    from indicators.warehouse.duck import connect

    con = connect(tiny_warehouse, read_only=True)
    cols = [r[0] for r in con.execute("DESCRIBE priority_scores").fetchall()]
    con.close()
    weights = next(i for i in load_catalogue() if i.indicator_id == "priority_score").params["weights"]
    components = [c for c in cols if c in weights]
    assert components == list(weights)
