"""Regression tests of issue 23 class 8 (build-level tracebacks seen by hand), from the mutations:
a NaN coordinate in a GeoJSON, --warehouse naming a directory, a full disk, the build lock file
deleted during a build. Each ends in a clean load or a Japanese message, the old warehouse intact.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures.tiny import DISTRICTS

from indicators.cli import main
from indicators.warehouse import atomic
from indicators.pipeline import build_warehouse
from indicators.warehouse.duck import connect

WELFARE = str(Path(sys.executable).parent / "welfare")


def _build(ds: Path, wh: Path, *extra: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        rc = main(["build", "--dataset", str(ds), "--warehouse", str(wh), "-q", *extra])
    return rc, err.getvalue()


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_nan_coordinate_in_geojson_rejects_that_feature(tiny_dataset, tmp_path: Path) -> None:
    obj = json.loads(DISTRICTS)
    obj["features"][1]["geometry"]["coordinates"][0][1][0] = float("nan")  # D2's second vertex
    ds = tiny_dataset(districts_geojson=json.dumps(obj))  # json writes NaN, GDAL reads it
    wh = tmp_path / "wh.duckdb"
    rc, err = _build(ds, wh)
    assert rc == 0, err
    assert "Warning" not in err
    con = connect(wh, read_only=True)
    try:
        assert con.execute("SELECT line_number, column_name, reason FROM rejected_rows "
                           "WHERE source_file = 'districts.geojson'").fetchall() == [
            (2, "geometry", "座標に数値でない値（NaN・無限大）があります")]
        assert con.execute("SELECT rows_read, rows_loaded, rows_rejected FROM load_reconciliation "
                           "WHERE source_file = 'districts.geojson'").fetchone() == (2, 1, 1)
    finally:
        con.close()


def test_warehouse_naming_a_directory_is_a_message(tiny_dataset, tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    (target / "keep.txt").write_text("x")
    rc, err = _build(tiny_dataset(), target)
    assert rc == 1 and "--warehouse にフォルダが指定されています" in err and "Traceback" not in err
    assert sorted(p.name for p in target.iterdir()) == ["keep.txt"]


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 32 MiB tmpfs (needs root; skipped elsewhere)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here (not root)")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_full_disk_says_so_and_keeps_the_old_warehouse(tiny_dataset, small_disk: Path) -> None:
    ds = tiny_dataset()
    wh = small_disk / "wh.duckdb"
    rc, err = _build(ds, wh)
    assert rc == 0, err
    before = _sha(wh)
    with open(small_disk / "filler", "wb") as f:  # fill what is left
        with contextlib.suppress(OSError):
            while True:
                f.write(b"\0" * 65536)
                f.flush()
    rc, err = _build(ds, wh)
    assert rc == 1 and "ディスクの空きがありません" in err and "Traceback" not in err, err
    assert _sha(wh) == before
    assert sorted(p.name for p in small_disk.iterdir()) == sorted(
        ["filler", "wh.duckdb", "wh.duckdb.lock", *[p.name for p in small_disk.glob("*.parquet")]])


def test_deleted_lock_file_does_not_let_a_second_build_in(tiny_dataset, tmp_path: Path) -> None:
    # the first build deletes its own lock file midway and starts a second `welfare build`: that one
    # must wait (here: give up after 1 s) instead of removing the running build's temp file as stale
    ds = tiny_dataset()
    wh = tmp_path / "wh.duckdb"
    second: dict[str, object] = {}

    def on_step(name: str) -> None:
        if name == "points":
            atomic.lock_path(wh).unlink()
            temps = atomic.stale_temp_files(wh)
            p = subprocess.run([WELFARE, "build", "--dataset", str(ds), "--warehouse", str(wh), "-q",
                                "--lock-timeout", "1"], capture_output=True, text=True, timeout=120,
                               env={**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", "")})
            second.update(rc=p.returncode, err=p.stderr, temps_before=temps, temps_after=atomic.stale_temp_files(wh))

    report = build_warehouse(ds, wh, quiet=True, on_step=on_step)
    assert report.swapped and wh.exists()
    assert second["rc"] == 1 and "別の構築（welfare build）が実行中です" in second["err"], second
    assert second["temps_before"] and second["temps_after"] == second["temps_before"]
