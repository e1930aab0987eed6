"""Build order (dataset_meta before the crosswalk hook), site_suggestions kept across rebuilds,
the Arrow insert path, the one-query table counts, the crosswalk's area weights only where they
are used, and the steps that run side by side (accessibility in a thread from the staged resources on,
beside the indicator families)."""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from indicators.pipeline import build_warehouse
from indicators.pipeline import steps
from indicators.warehouse.duck import connect, insert_frame, scan_source, table_counts



def read(wh: Path, sql: str) -> pd.DataFrame:
    con = connect(wh, read_only=True)
    try:
        return con.execute(sql).df()
    finally:
        con.close()


def test_dataset_meta_is_there_when_the_crosswalk_is_derived(tiny_dataset, tmp_path: Path, monkeypatch) -> None:
    from indicators.spatial.geo import metric_crs_for

    real = steps.derive_crosswalk
    seen: list = []

    def spy(con, **kwargs) -> None:  # records what the derivation sees, then runs it
        seen.append((con.execute("SELECT metric_crs, min_fy, max_fy, suppression_threshold FROM dataset_meta").fetchall(),
                     metric_crs_for(con)))
        real(con, **kwargs)

    monkeypatch.setattr(steps, "derive_crosswalk", spy)
    wh = tmp_path / "wh.duckdb"
    report = build_warehouse(tiny_dataset(crosswalk_csv=None), wh, quiet=True)
    assert report.crosswalk_method == "derived"
    # tiny stats: FY2023–2024, as_of 2024-10-01; Tottori → JGD2011 plane zone V
    assert seen == [([("EPSG:6673", 2022, 2024, 3)], "EPSG:6673")]  # 2022: the first resources open
    w = read(wh, "SELECT district_code, school_code, weight FROM crosswalk ORDER BY 1, 2")
    # D1 lies inside S1; D2 has no located 町内会, so area shares: 0.004° of 0.01° in S1, the rest in S2
    assert w[["district_code", "school_code"]].values.tolist() == [["D1", "S1"], ["D2", "S1"], ["D2", "S2"]]
    assert w["weight"].tolist() == pytest.approx([1.0, 0.4, 0.6], abs=0.002)
    assert read(wh, "SELECT count(*) AS n FROM dataset_meta")["n"].iloc[0] == 1


SUGGESTIONS = "SELECT * FROM site_suggestions ORDER BY run_id, rank"


def test_site_suggestions_survive_a_rebuild(tiny_dataset, tmp_path: Path) -> None:
    from indicators.spatial.commands import store_run
    from indicators.spatial.siting import suggestion_frame

    ds = tiny_dataset()
    wh = tmp_path / "wh.duckdb"
    first = build_warehouse(ds, wh, quiet=True)
    assert "carry" not in first.step_seconds and "carry" not in first.skipped  # nothing to keep yet
    con = connect(wh, read_only=True)
    try:  # what `welfare suggest --type district_salon --n 1 --radius 500` does
        frame = suggestion_frame(con, "district_salon", n_sites=1, radius_m=500)
    finally:
        con.close()
    store_run(wh, frame)
    before = read(wh, SUGGESTIONS)
    assert len(before) == 1 and before["site_id"].iloc[0] == "school:S1"
    built_before = read(wh, "SELECT built_at FROM dataset_meta")["built_at"].iloc[0]

    report = build_warehouse(ds, wh, quiet=True)
    assert report.carried == {"site_suggestions": 1} and "carry" in report.step_seconds
    after = read(wh, SUGGESTIONS)
    pd.testing.assert_frame_equal(after, before)
    assert read(wh, "SELECT built_at FROM dataset_meta")["built_at"].iloc[0] > built_before  # really rebuilt
    assert report.table_counts["site_suggestions"] == 1
    # and again: runs accumulate across suggest / rebuild cycles
    store_run(wh, frame.assign(run_id="second"))
    build_warehouse(ds, wh, quiet=True)
    assert sorted(read(wh, SUGGESTIONS)["run_id"]) == sorted([before["run_id"].iloc[0], "second"])


def test_suggestions_with_another_schema_are_not_carried(tiny_dataset, tmp_path: Path) -> None:
    ds = tiny_dataset()
    wh = tmp_path / "wh.duckdb"
    build_warehouse(ds, wh, quiet=True)
    con = connect(wh)
    con.execute("CREATE TABLE site_suggestions (run_id VARCHAR, site VARCHAR)")
    con.execute("INSERT INTO site_suggestions VALUES ('old', 'x')")
    con.close()
    report = build_warehouse(ds, wh, quiet=True)
    assert report.carried == {} and "列の構成が現在と異なる" in report.skipped["carry"]
    assert "site_suggestions" not in set(read(wh, "SELECT table_name FROM information_schema.tables")["table_name"])


def test_unreadable_previous_file_does_not_block_a_rebuild(tiny_dataset, tmp_path: Path) -> None:
    wh = tmp_path / "wh.duckdb"
    wh.write_bytes(b"not a duckdb file" * 100)
    report = build_warehouse(tiny_dataset(), wh, quiet=True)
    assert report.swapped and "読めない" in report.skipped["carry"] and "wh.duckdb" in report.skipped["carry"]
    assert read(wh, "SELECT count(*) AS n FROM districts")["n"].iloc[0] == 2


def test_arrow_insert_equals_object_insert_and_hand_values() -> None:
    df = pd.DataFrame({
        "f": [1.5, np.nan, 3.0],
        "i": pd.array([1, pd.NA, 3], dtype="Int64"),
        "s": pd.Series(["a", None, "ｃ"], dtype="str"),
        "o": pd.Series(["x", None, float("nan")], dtype=object),
        "mixed": pd.Series([1, "b", None], dtype=object),  # Arrow cannot type this: object fallback
        "big": pd.Series([2**70, 1, None], dtype=object),  # beyond int64: object fallback
        "t": pd.to_datetime(["2024-04-01", None, "2025-03-31"]),
        "b": pd.Series([True, None, False], dtype=object),
    })
    ddl = "CREATE TABLE t (f DOUBLE, i BIGINT, s VARCHAR, o VARCHAR, mixed VARCHAR, big DOUBLE, t DATE, b BOOLEAN)"
    sel = "f, i, s, o, mixed, big, t, b"
    expected = [
        (1.5, 1, "a", "x", "1", float(2**70), dt.date(2024, 4, 1), True),
        (None, None, None, None, "b", 1.0, None, None),
        (3.0, 3, "ｃ", None, None, None, dt.date(2025, 3, 31), False),
    ]
    con = connect()
    try:
        for cols in (list(df.columns), ["f", "i", "s", "o", "t", "b"]):  # with and without the fallback
            part = df[cols]
            con.execute("DROP TABLE IF EXISTS t")
            con.execute(ddl)
            insert_frame(con, "t", part, ", ".join(c if c in cols else "NULL" for c in sel.split(", ")))
            got = con.execute("SELECT * FROM t ORDER BY rowid").fetchall()
            # the previous implementation: every missing value → None in an object frame
            old = part.astype(object).where(part.notna(), None)
            con.register("_old", old)
            ref = con.execute(f"SELECT {', '.join(c if c in cols else 'NULL' for c in sel.split(', '))} FROM _old").fetchall()
            con.unregister("_old")
            con.execute("DELETE FROM t")
            con.execute("INSERT INTO t VALUES " + ", ".join(["(" + ", ".join(["?"] * 8) + ")"] * 3),
                        [v for row in ref for v in row])
            assert got == con.execute("SELECT * FROM t ORDER BY rowid").fetchall()
            keep = [sel.split(", ").index(c) for c in sel.split(", ") if c in cols]
            assert [tuple(r[k] for k in keep) for r in got] == [tuple(r[k] for k in keep) for r in expected]
        assert isinstance(scan_source(df[["mixed"]]), pd.DataFrame)  # fell back
        assert not isinstance(scan_source(df[["f", "s"]]), pd.DataFrame)  # Arrow
    finally:
        con.close()


def test_table_counts_in_one_query_match_counting_each_table() -> None:
    con = connect()
    try:
        con.execute("CREATE TABLE a AS SELECT * FROM range(5)")
        con.execute('CREATE TABLE "we""ird\'name" AS SELECT * FROM range(2)')
        con.execute("CREATE TABLE empty (x INTEGER)")
        # the engine's temporary tables and views are not the warehouse's
        con.execute("CREATE TEMP TABLE eng_tmp AS SELECT * FROM range(3)")
        con.execute("CREATE VIEW v AS SELECT * FROM a")
        assert table_counts(con) == {"a": 5, "empty": 0, 'we"ird\'name': 2}
    finally:
        con.close()
    con = connect()
    assert table_counts(con) == {}
    con.close()


def test_point_tables_keep_their_primary_keys(tiny_dataset, tmp_path: Path) -> None:
    # the keys are added after a bulk insert: they must exist and reject a duplicate like an inline key
    import duckdb

    wh = tmp_path / "wh.duckdb"
    build_warehouse(tiny_dataset(), wh, quiet=True)
    got = read(wh, "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
                   "WHERE constraint_type = 'PRIMARY KEY' AND table_name IN ('resources', 'neighbourhood_assocs') ORDER BY 1")
    assert [(t, list(c)) for t, c in got.itertuples(index=False)] == [
        ("neighbourhood_assocs", ["assoc_code"]), ("resources", ["resource_id"])]
    con = connect(wh)
    try:
        rid = con.execute("SELECT resource_id FROM resources LIMIT 1").fetchone()[0]
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO resources (resource_id) VALUES (?)", [rid])
    finally:
        con.close()


def test_a_key_that_cannot_be_added_fails_the_build_cleanly(tiny_dataset, tmp_path: Path, monkeypatch) -> None:
    # the keys are added once the rows are in: a failure there (here a key on a column with
    # repeated values) still fails the build and keeps the previous warehouse
    import duckdb

    wh = tmp_path / "wh.duckdb"
    build_warehouse(tiny_dataset(), wh, quiet=True)
    before = wh.read_bytes()
    monkeypatch.setattr(steps, "BULK_KEYS", {**steps.BULK_KEYS, "resources": "district_code_source"})
    with pytest.raises(duckdb.ConstraintException):
        build_warehouse(tiny_dataset(), wh, quiet=True)
    assert wh.read_bytes() == before and not list(tmp_path.glob(".wh.duckdb.*"))




def test_accessibility_error_fails_the_build_and_keeps_the_old_warehouse(tiny_dataset, tmp_path: Path,
                                                                        monkeypatch) -> None:
    wh = tmp_path / "wh.duckdb"
    build_warehouse(tiny_dataset(), wh, quiet=True)
    before = read(wh, "SELECT count(*) AS n FROM indicator_values")["n"].iloc[0]

    def broken(con, **kwargs) -> None:
        raise RuntimeError("accessibility exploded")

    monkeypatch.setattr(steps, "compute_accessibility", broken)
    with pytest.raises(RuntimeError, match="accessibility exploded"):
        build_warehouse(tiny_dataset(), wh, quiet=True)
    assert read(wh, "SELECT count(*) AS n FROM indicator_values")["n"].iloc[0] == before
    assert not list(tmp_path.glob(".wh.duckdb.*"))  # no temporary file left




def test_area_weights_only_where_population_weights_are_missing(tiny_dataset, tmp_path: Path, monkeypatch) -> None:
    # the hook intersects polygons only for districts without population weights; the table equals
    # the one made from the area weights of every district (combine keeps only those)
    import indicators.spatial.crosswalk as cw
    from indicators.spatial.geo import metric_crs_for, read_polygons

    real = cw.areal_weights
    asked: list[int] = []
    monkeypatch.setattr(cw, "areal_weights", lambda d, s, **k: asked.append(len(d)) or real(d, s, **k))
    wh = tmp_path / "wh.duckdb"
    report = build_warehouse(tiny_dataset(crosswalk_csv=None), wh, quiet=True)
    monkeypatch.setattr(cw, "areal_weights", real)
    assert report.crosswalk_method == "derived"
    built = read(wh, "SELECT * FROM crosswalk ORDER BY ALL")
    con = connect(wh, read_only=True)
    try:
        d = read_polygons(con, "districts", "district_code")
        s = read_polygons(con, "school_districts", "school_code")
        metric = metric_crs_for(con, d)
        full = cw.areal_weights(d.to_crs(metric), s.to_crs(metric))
    finally:
        con.close()
    population = built[built["method"] == "population"]
    assert len(population) and (built["method"] == "area").any()  # both kinds are there
    assert asked == [len(d) - population["district_code"].nunique()]
    expected = cw.combine(population, full).sort_values(["district_code", "school_code"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(built.sort_values(["district_code", "school_code"]).reset_index(drop=True),
                                  expected[built.columns], check_dtype=False)




def test_large_tables_use_the_declared_compression(sample_warehouse: Path) -> None:
    # the DDL names the method of the big text columns (DuckDB then skips analysing the others)
    got = read(sample_warehouse, """
        SELECT table_name, column_name, list(DISTINCT compression ORDER BY compression) AS methods
        FROM (SELECT 'resources' AS table_name, * FROM pragma_storage_info('resources')
              UNION ALL SELECT 'indicator_values', * FROM pragma_storage_info('indicator_values'))
        WHERE segment_type = 'VARCHAR' AND column_name IN ('resource_id', 'resource_type', 'indicator_id', 'area_code')
        GROUP BY ALL ORDER BY ALL""")
    methods = {(r.table_name, r.column_name): list(r.methods) for r in got.itertuples()}
    assert methods[("resources", "resource_id")] == ["FSST"]
    assert methods[("resources", "resource_type")] == ["Dictionary"]
    assert methods[("indicator_values", "indicator_id")] == ["Dictionary"]
    assert set(methods[("indicator_values", "area_code")]) <= {"FSST", "Uncompressed"}


def test_crosswalk_from_the_staged_assocs_equals_reading_the_table(sample_warehouse: Path, tmp_path: Path) -> None:
    # the build derives the crosswalk from the 町内会 rows before writing them (no provisional
    # table); derived again from the written table (given codes put back), the same crosswalk
    import shutil

    import indicators.spatial.crosswalk as cw

    built = read(sample_warehouse, "SELECT * FROM crosswalk ORDER BY ALL")
    assert (built["method"] == "population").any()
    copy = tmp_path / "copy.duckdb"
    shutil.copy(sample_warehouse, copy)
    con = connect(copy)
    try:
        def both() -> tuple[pd.DataFrame, pd.DataFrame]:
            staged = con.execute("SELECT * FROM neighbourhood_assocs").df()
            cw.derive_crosswalk(con)
            from_table = con.execute("SELECT * FROM crosswalk ORDER BY ALL").df()
            cw.derive_crosswalk(con, assocs=staged)
            return from_table, con.execute("SELECT * FROM crosswalk ORDER BY ALL").df()

        # the rows as staged: the code given in the file
        con.execute("UPDATE neighbourhood_assocs SET district_code = given_district_code")
        from_table, from_frame = both()
        pd.testing.assert_frame_equal(from_table, built)
        pd.testing.assert_frame_equal(from_frame, from_table)
        # rows without a given code are located by point-in-polygon, on both paths alike
        con.execute("UPDATE neighbourhood_assocs SET district_code = NULL WHERE line_number % 3 = 0")
        from_table, from_frame = both()
        pd.testing.assert_frame_equal(from_frame, from_table)
    finally:
        con.close()
