"""Atomic swap, build lock, a reader during a rebuild, a build killed with SIGKILL."""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from indicators.errors import UserError
from indicators.warehouse import atomic
from indicators.pipeline import build_warehouse
from indicators.warehouse.duck import connect

V2_RESOURCES = "resource_id,resource_type,name,district_code\nN1,district_salon,新,D1\nN2,district_salon,新2,D2\n"


def sha256(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_lock_timeout_gives_clear_message(tiny_dataset, tmp_path: Path) -> None:
    wh = tmp_path / "wh.duckdb"
    with atomic.build_lock(wh, timeout=1):
        t0 = time.monotonic()
        with pytest.raises(UserError, match="別の構築"):
            build_warehouse(tiny_dataset(), wh, quiet=True, lock_timeout=0.5)
        assert time.monotonic() - t0 >= 0.5
    assert not wh.exists()


def test_second_build_waits_for_the_first(tiny_dataset, tmp_path: Path) -> None:
    import threading

    wh = tmp_path / "wh.duckdb"
    ds = tiny_dataset()
    held = threading.Event()

    def hold_lock() -> None:
        with atomic.build_lock(wh):
            held.set()
            time.sleep(1.0)

    t = threading.Thread(target=hold_lock)
    t.start()
    held.wait(10)
    t0 = time.monotonic()
    report = build_warehouse(ds, wh, quiet=True, lock_timeout=30)
    t.join()
    assert report.swapped and time.monotonic() - t0 >= 0.5


def test_reader_during_rebuild_sees_old_then_new(tiny_dataset, tmp_path: Path) -> None:
    wh = tmp_path / "wh.duckdb"
    build_warehouse(tiny_dataset("v1"), wh, quiet=True)
    old = connect(wh, read_only=True)
    seen_mid_build: list[list[str]] = []

    def mid_build(step: str) -> None:
        if step == "resolve":  # the temp file is half written now
            assert atomic.stale_temp_files(wh), "temp file should exist during the build"
            mid = connect(wh, read_only=True)  # a reader opened during the rebuild
            seen_mid_build.append([r[0] for r in mid.execute("SELECT resource_id FROM resources ORDER BY 1").fetchall()])
            mid.close()

    build_warehouse(tiny_dataset("v2", resources_csv=V2_RESOURCES), wh, quiet=True, on_step=mid_build)
    v1 = ["R1", "R2", "R3", "R4"]
    assert seen_mid_build == [v1]
    # the connection opened before the swap keeps reading the complete old warehouse
    assert [r[0] for r in old.execute("SELECT resource_id FROM resources ORDER BY 1").fetchall()] == v1
    assert old.execute("SELECT count(*) FROM districts").fetchone()[0] == 2
    old.close()
    new = connect(wh, read_only=True)
    assert [r[0] for r in new.execute("SELECT resource_id FROM resources ORDER BY 1").fetchall()] == ["N1", "N2"]
    new.close()


KILL_TARGET = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from indicators.pipeline import build_warehouse

    marker = Path(sys.argv[3])

    def pause(step):
        if step == "resolve":
            marker.write_text("mid-build")
            time.sleep(120)

    build_warehouse(Path(sys.argv[1]), Path(sys.argv[2]), quiet=True, on_step=pause)
""")


def test_sigkill_mid_build_leaves_old_warehouse(tiny_dataset, tmp_path: Path) -> None:
    wh = tmp_path / "wh.duckdb"
    build_warehouse(tiny_dataset("v1"), wh, quiet=True)
    before = sha256(wh)
    v2 = tiny_dataset("v2", resources_csv=V2_RESOURCES)
    marker = tmp_path / "marker"
    proc = subprocess.Popen([sys.executable, "-c", KILL_TARGET, str(v2), str(wh), str(marker)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "build did not reach the middle"
            time.sleep(0.05)
        temps = atomic.stale_temp_files(wh)
        assert temps and temps[0].stat().st_size > 0  # the new warehouse is being written
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert sha256(wh) == before
    con = connect(wh, read_only=True)
    assert [r[0] for r in con.execute("SELECT resource_id FROM resources ORDER BY 1").fetchall()] == ["R1", "R2", "R3", "R4"]
    con.close()
    assert atomic.stale_temp_files(wh)  # left behind by the killed build...
    # ...and the lock died with the process: the next build runs at once and cleans up
    build_warehouse(v2, wh, quiet=True, lock_timeout=5)
    assert not atomic.stale_temp_files(wh)
    assert sha256(wh) != before
