"""Tiny-scale (1/1000) run of the national generator, the baseline and the runner (never timed)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely

from indicators.bench.baseline import compute_baseline
from indicators.bench.national import FULL, generate_national, jittered_grid
from indicators.bench.runner import run_benchmark, run_child
from indicators.pipeline import build_warehouse
from indicators.warehouse.duck import connect

SCALE = 0.001


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("bench")
    ds = d / "national"
    generate_national(ds, scale=SCALE, seed=7)
    wh = d / "national.duckdb"
    build_warehouse(ds, wh, quiet=True)
    return ds, wh


def test_grid_tiles_box_without_gaps_or_overlaps():
    rng = np.random.default_rng(1)
    cells = jittered_grid(7, 5, (0.0, 0.0, 7.0, 5.0), rng)
    assert len(cells) == 35 and shapely.is_valid(cells).all()
    assert sum(shapely.area(cells)) == pytest.approx(35.0)
    assert shapely.union_all(cells).area == pytest.approx(35.0)  # equal sums ⇒ no overlaps


def test_generator_sizes_are_scaled_and_seeded(tiny, tmp_path):
    ds, _ = tiny
    res = pd.read_csv(ds / "resources.csv")
    assert len(res) == round(FULL["resources"] * SCALE)
    assert len(pd.read_csv(ds / "neighbourhood_assocs.csv")) == round(FULL["assocs"] * SCALE)
    again = tmp_path / "again"
    generate_national(again, scale=SCALE, seed=7)
    assert (again / "resources.csv").read_bytes() == (ds / "resources.csv").read_bytes()


def test_build_loads_every_row(tiny):
    ds, wh = tiny
    con = connect(wh, read_only=True)
    try:
        rec = con.execute("SELECT source_file, rows_read, rows_loaded, rows_rejected FROM load_reconciliation").df()
        assert (rec.rows_rejected == 0).all() and (rec.rows_read == rec.rows_loaded).all()
        assert con.execute("SELECT count(*) FROM resources").fetchone()[0] == len(pd.read_csv(ds / "resources.csv"))
    finally:
        con.close()


def test_baseline_equals_engine(tiny):
    """The geopandas/pandas baseline is a second, independent method: same numbers as the warehouse."""
    ds, wh = tiny
    b = compute_baseline(ds)
    con = connect(wh, read_only=True)
    try:
        iv = con.execute("""SELECT v.*, c.resource_type FROM indicator_values v
                            JOIN indicator_catalogue c USING (indicator_id)""").df()
        ad = con.execute("SELECT * FROM access_district").df()
    finally:
        con.close()
    keys = ["resource_type", "area_level", "area_code", "fiscal_year"]
    cov = iv[iv.indicator_id.str.endswith("_coverage") & (iv.area_level == "district")]
    m = cov.merge(b["coverage"], on=keys)
    assert len(cov) > 0 and len(m) == len(cov)
    assert (m.numerator_x == m.numerator_y).all()
    den = iv[iv.indicator_id.str.startswith("per_1000_aged_")]
    m = den.merge(b["density"], on=keys)
    assert len(den) > 0 and len(m) == len(den)
    np.testing.assert_allclose(m.value_x.astype(float), m.value_y.astype(float), rtol=1e-9)
    m = ad.merge(b["access"], on=["population_group", *keys])
    assert len(m) == len(ad) == len(b["access"])
    for c in ("pop_total", "pop_within_500", "pop_within_1000", "pop_within_2000", "mean_nearest_m"):
        np.testing.assert_allclose(m[c + "_x"].astype(float), m[c + "_y"].astype(float), rtol=1e-6, err_msg=c)
    assert m.mean_nearest_m_x.notna().any()


def test_runner_end_to_end(tmp_path):
    res = run_benchmark(runs=1, scale=SCALE, seed=3, data_dir=tmp_path, city_dataset=tmp_path / "none",
                        log=lambda m: None)
    assert res["build"]["runs"][0]["inner"]["rows_rejected"] == 0
    assert res["build"]["peak_rss_mib"] > 10 and res["baseline"]["peak_rss_mib"] > 10
    assert res["speedup"] > 0 and set(res["build_steps_median_s"]) >= {"points", "accessibility", "indicators"}
    assert json.loads((tmp_path / f"national-s{SCALE:g}-3" / ".generated.json").read_text())["resources"] == 1000


def test_hung_job_is_killed_and_reported(tiny, tmp_path):
    """A build that runs past --timeout is killed; the benchmark still reports the other jobs."""
    ds, _ = tiny
    with pytest.raises(TimeoutError):
        run_child(["build", str(ds), str(tmp_path / "w.duckdb")], timeout=0.05)
    assert not list(tmp_path.glob("*.duckdb"))


def test_cli_prints_table_and_writes_json(tmp_path, capsys):
    from indicators.bench.__main__ import main as bench_main

    out = tmp_path / "r.json"
    assert bench_main(["--runs", "1", "--scale", "0.0005", "--data-dir", str(tmp_path), "--no-baseline",
                       "--out", str(out)]) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["errors"] == [] and res["build"]["median_wall_s"] > 0 and "baseline" not in res
    assert "ベンチマーク" in capsys.readouterr().out
