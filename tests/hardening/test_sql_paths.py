"""Regression test of issue 23 class 3: a warehouse path with a quote reaches DuckDB as a value.

The fuzzer's `--warehouse` ended the COPY literal in engine/compute.py and ran a second COPY of
its own; the previous-warehouse ATTACH (rebuild) and the dashboard's ATTACH take the same path.
"""
from __future__ import annotations

import contextlib
import io
from pathlib import Path

import duckdb
import pytest

from indicators.cli import main
from indicators.services.queries import ReadOnlyWarehouse
from indicators.warehouse.duck import sql_literal

CRAFTED = "o'brien'; COPY (SELECT 1 AS x) TO 'pwned.csv' (FORMAT csv); --"


def test_crafted_warehouse_path_builds_twice_and_opens(tiny_dataset, tmp_path: Path, monkeypatch) -> None:
    ds = tiny_dataset()
    folder = tmp_path / CRAFTED
    wh = folder / "wh.duckdb"
    monkeypatch.chdir(tmp_path)  # where the injected COPY would write its relative file
    for _ in range(2):  # the second build ATTACHes the first one's file to carry tables over
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            rc = main(["build", "--dataset", str(ds), "--warehouse", str(wh), "-q"])
        assert rc == 0, err.getvalue()
    assert not list(tmp_path.rglob("pwned.csv"))
    assert sorted(p.name for p in folder.glob("*.parquet")) == [
        "indicator_catalogue.parquet", "indicator_plan_links.parquet", "indicator_values.parquet",
        "priority_scores.parquet"]
    n = duckdb.sql("SELECT count(*) FROM read_parquet(?)", params=[str(folder / "indicator_values.parquet")]).fetchone()[0]
    assert n > 0
    ro = ReadOnlyWarehouse(wh)  # the dashboard's ATTACH
    try:
        assert ro.cursor().execute("SELECT count(*) FROM districts").fetchone()[0] == 2
    finally:
        ro.close()


def test_sql_literal_keeps_a_quote_inside_the_string() -> None:
    con = duckdb.connect()
    assert con.execute(f"SELECT {sql_literal(CRAFTED)}").fetchone()[0] == CRAFTED
    with pytest.raises(ValueError):
        sql_literal("a\x00b")
