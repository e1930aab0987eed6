"""Steps that run side by side: accessibility in a thread while the indicator families that do not
read it run, and the crosswalk's area weights computed while the tables are validated."""
from __future__ import annotations

import time
from pathlib import Path

import pandas as pd
import pytest

from indicators.warehouse.build import build_warehouse
from indicators.warehouse.duck import connect


def read(wh: Path, sql: str) -> pd.DataFrame:
    con = connect(wh, read_only=True)
    try:
        return con.execute(sql).df()
    finally:
        con.close()


def test_accessibility_family_waits_for_the_thread(tiny_dataset, tmp_path: Path, monkeypatch) -> None:
    # a slow accessibility step: the families before it finish first, the accessibility family
    # waits for its table (without the wait it would find no access_district and be skipped)
    import indicators.spatial.accessibility as acc

    real = acc.compute_accessibility
    ended: list[float] = []

    def slow(con) -> None:
        time.sleep(1.0)
        real(con)
        ended.append(time.perf_counter())

    monkeypatch.setattr(acc, "compute_accessibility", slow)
    wh = tmp_path / "wh.duckdb"
    report = build_warehouse(tiny_dataset(), wh, quiet=True)
    n = read(wh, "SELECT count(*) AS n FROM indicator_values v JOIN indicator_catalogue c USING (indicator_id) "
                 "WHERE c.family = 'accessibility'")["n"].iloc[0]
    assert ended and n > 0
    assert {"accessibility", "indicators"} <= set(report.step_seconds)
    assert report.step_seconds["accessibility"] >= 1.0
    # the steps overlap: the build's wall time is less than their sum, and at least the longest
    assert max(report.step_seconds.values()) <= report.wall_seconds


def test_accessibility_error_fails_the_build_and_keeps_the_old_warehouse(tiny_dataset, tmp_path: Path,
                                                                        monkeypatch) -> None:
    import indicators.spatial.accessibility as acc

    wh = tmp_path / "wh.duckdb"
    build_warehouse(tiny_dataset(), wh, quiet=True)
    before = read(wh, "SELECT count(*) AS n FROM indicator_values")["n"].iloc[0]

    def broken(con) -> None:
        raise RuntimeError("accessibility exploded")

    monkeypatch.setattr(acc, "compute_accessibility", broken)
    with pytest.raises(RuntimeError, match="accessibility exploded"):
        build_warehouse(tiny_dataset(), wh, quiet=True)
    assert read(wh, "SELECT count(*) AS n FROM indicator_values")["n"].iloc[0] == before
    assert not list(tmp_path.glob(".wh.duckdb.*"))  # no temporary file left


def test_indicator_error_while_accessibility_runs_stops_the_thread(tiny_dataset, tmp_path: Path,
                                                                  monkeypatch) -> None:
    # the indicator step fails first; the build stops the accessibility thread before it closes
    # and removes the temporary warehouse (which the thread is still writing)
    import indicators.engine.compute as compute
    import indicators.spatial.accessibility as acc

    real = acc.compute_accessibility
    finished: list[bool] = []

    def slow(con) -> None:
        time.sleep(1.5)
        real(con)
        finished.append(True)

    def broken(con, **kwargs) -> None:
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(acc, "compute_accessibility", slow)
    monkeypatch.setattr(compute, "compute_all", broken)
    wh = tmp_path / "wh.duckdb"
    with pytest.raises(RuntimeError, match="engine exploded"):
        build_warehouse(tiny_dataset(), wh, quiet=True)
    assert not wh.exists() and not list(tmp_path.glob(".wh.duckdb.*"))
    # the thread had ended (or been interrupted) before the build returned
    import threading
    assert not [t for t in threading.enumerate() if t.name.startswith("welfare-build-")]


def test_given_crosswalk_needs_no_area_thread(tiny_dataset, tmp_path: Path, monkeypatch) -> None:
    # with crosswalk.csv the area weights are not computed at all
    import indicators.spatial.crosswalk as cw

    calls: list[int] = []
    real = cw.layer_weights
    monkeypatch.setattr(cw, "layer_weights", lambda *a, **k: calls.append(1) or real(*a, **k))
    ds = tiny_dataset()
    if not (ds / "crosswalk.csv").exists():
        pytest.skip("the tiny dataset has no crosswalk.csv")
    build_warehouse(ds, tmp_path / "wh.duckdb", quiet=True, skip={"plan", "accessibility", "indicators"})
    assert calls == []


def test_area_weights_from_the_thread_equal_the_hooks_own(tiny_dataset, tmp_path: Path) -> None:
    # the build hands the crosswalk hook area weights computed from the staged layers; the hook
    # computing them itself from the warehouse gives the same table
    import indicators.spatial.crosswalk as cw

    wh = tmp_path / "wh.duckdb"
    report = build_warehouse(tiny_dataset(crosswalk_csv=None), wh, quiet=True,
                             skip={"plan", "accessibility", "indicators"})
    assert report.crosswalk_method == "derived"
    built = read(wh, "SELECT * FROM crosswalk ORDER BY ALL")
    con = connect(wh)
    try:
        cw.derive_crosswalk(con)
        again = con.execute("SELECT * FROM crosswalk ORDER BY ALL").df()
    finally:
        con.close()
    assert len(built) > 0
    assert set(built["method"]) == {"area", "population"}  # both kinds of weight are compared
    pd.testing.assert_frame_equal(built, again)
