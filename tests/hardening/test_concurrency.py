"""Concurrent use: the dashboard keeps serving during a rebuild; simultaneous builds never corrupt.

Real processes: `welfare app` (Streamlit) on a free port, `welfare build` subprocesses; the
page itself is rendered in-process with AppTest and the services layer over the same file.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from fixtures.tiny import make_dataset
from streamlit.testing.v1 import AppTest

from indicators.bench.national import generate_national
from indicators.paths import DASHBOARD_APP
from indicators.services import queries
from indicators.pipeline import build_warehouse
from indicators.warehouse.duck import connect

# the installed entry point (`python -m indicators.cli` would import cli twice: see test_python_m_cli_*)
WELFARE = [str(Path(sys.executable).parent / "welfare")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> int:
    with urllib.request.urlopen(url, timeout=5) as r:
        r.read()
        return r.status


def _build_cmd(ds: Path, wh: Path, *extra: str) -> list[str]:
    return [*WELFARE, "build", "--dataset", str(ds), "--warehouse", str(wh), "-q", *extra]


@pytest.fixture(scope="module")
def datasets(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("conc")
    big = root / "big"
    generate_national(big, scale=0.05, seed=11)  # a few seconds of build: long enough to overlap
    return {"tiny": make_dataset(root / "tiny"), "big": big}


def _complete(wh: Path, ds: Path) -> str:
    """The warehouse opens and holds exactly one dataset's rows (no mix); returns its name."""
    con = connect(wh, read_only=True)
    try:
        (name,), = con.execute("SELECT name FROM dataset_meta").fetchall()
        rec = dict(con.execute("SELECT source_file, rows_read FROM load_reconciliation").fetchall())
        n_res = con.execute("SELECT count(*) FROM resources").fetchone()[0]
        assert con.execute("SELECT count(*) FROM indicator_values").fetchone()[0] > 0
    finally:
        con.close()
    expected = sum(1 for _ in (ds / "resources.csv").open(encoding="utf-8")) - 1
    assert rec["resources.csv"] == expected and n_res == expected
    return name


@pytest.mark.slow
def test_dashboard_serves_during_rebuild(datasets, tmp_path, monkeypatch):
    wh = tmp_path / "warehouse.duckdb"
    build_warehouse(datasets["tiny"], wh, quiet=True)
    old_name = queries.dataset_meta(wh)["name"]
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    app = subprocess.Popen([*WELFARE, "app", "--warehouse", str(wh), "--port", str(port)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if _get(f"{url}/_stcore/health") == 200:
                    break
            except OSError:
                pass
            assert app.poll() is None, app.stderr.read().decode()
            assert time.monotonic() < deadline, "dashboard did not start"
            time.sleep(0.3)
        monkeypatch.setenv("WELFARE_WAREHOUSE", str(wh))
        rebuild = subprocess.Popen(_build_cmd(datasets["big"], wh), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        polls, during_temp = 0, 0
        while rebuild.poll() is None:
            during_temp += bool(list(tmp_path.glob(".warehouse.duckdb.building-*")))
            assert _get(f"{url}/_stcore/health") == 200
            assert _get(f"{url}/") == 200
            meta = queries.dataset_meta(wh)  # the services layer, as the pages call it
            tiles = queries.overview_tiles(wh, int(meta["max_fy"]))
            assert meta["name"] in (old_name, meta["name"]) and len(tiles) > 0
            polls += 1
        assert rebuild.returncode == 0, rebuild.stderr.read().decode()
        assert polls >= 3 and during_temp >= 1, (polls, during_temp)  # really overlapped the build
        assert _get(f"{url}/_stcore/health") == 200
        new_name = queries.dataset_meta(wh)["name"]
        assert new_name != old_name and "全国規模" in new_name
        at = AppTest.from_file(str(DASHBOARD_APP), default_timeout=60)
        at.run()
        assert not at.exception
        shown = " ".join(str(getattr(e, "value", "")) for e in at.main) + " ".join(str(getattr(e, "value", "")) for e in at.sidebar)
        assert "全国規模" in shown or "全国（合成）" in shown, shown[:500]
    finally:
        os.killpg(app.pid, signal.SIGTERM)
        app.wait(10)


def test_two_builds_at_once(datasets, tmp_path):
    """Both start together on one warehouse: the second waits for the lock; the result is one whole dataset."""
    wh = tmp_path / "warehouse.duckdb"
    procs = [subprocess.Popen(_build_cmd(datasets[k], wh), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for k in ("big", "tiny")]
    errs = [p.communicate(timeout=300)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    assert not any("Traceback" in e for e in errs)
    name = _complete(wh, datasets["big"] if "全国" in _name(wh) else datasets["tiny"])
    assert name
    assert not list(tmp_path.glob(".warehouse.duckdb.*")), list(tmp_path.iterdir())


def _name(wh: Path) -> str:
    con = connect(wh, read_only=True)
    try:
        return con.execute("SELECT name FROM dataset_meta").fetchone()[0]
    finally:
        con.close()


def test_second_build_fails_clearly_when_lock_wait_ends(datasets, tmp_path):
    # the lock is held here, as a running build holds it: a build is now too fast to rely on its duration
    from indicators.warehouse.atomic import build_lock

    wh = tmp_path / "warehouse.duckdb"
    build_warehouse(datasets["tiny"], wh, quiet=True)
    before = wh.read_bytes()
    with build_lock(wh):
        t0 = time.monotonic()
        second = subprocess.run(_build_cmd(datasets["big"], wh, "--lock-timeout", "0.5"), capture_output=True, text=True)
        assert second.returncode == 1
        assert second.stderr.startswith("エラー: ") and "別の構築" in second.stderr and "Traceback" not in second.stderr
        assert wh.read_bytes() == before  # the waiting build touched nothing
        assert not list(tmp_path.glob(".warehouse.duckdb.*")), list(tmp_path.iterdir())
        assert time.monotonic() - t0 >= 0.5
    # once the lock is free the same command builds
    again = subprocess.run(_build_cmd(datasets["big"], wh, "--lock-timeout", "0.5"), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert "全国規模" in _complete(wh, datasets["big"])


def test_killed_build_leaves_previous_warehouse(datasets, tmp_path):
    """SIGKILL in the middle of a build: the old file is intact, the next build cleans up and succeeds."""
    wh = tmp_path / "warehouse.duckdb"
    build_warehouse(datasets["tiny"], wh, quiet=True)
    before = wh.read_bytes()
    p = subprocess.Popen(_build_cmd(datasets["big"], wh), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not any(tmp_path.glob(".warehouse.duckdb.building-*")):
        assert time.monotonic() < deadline and p.poll() is None
        time.sleep(0.05)
    p.kill()  # the temp file exists: the build is past its lock and before its swap
    p.wait()
    assert wh.read_bytes() == before
    assert any(tmp_path.glob(".warehouse.duckdb.building-*"))  # the killed build's leftovers
    build_warehouse(datasets["tiny"], wh, quiet=True)
    assert not any(tmp_path.glob(".warehouse.duckdb.building-*"))
    _complete(wh, datasets["tiny"])
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_python_m_cli_reports_user_errors_without_traceback(tmp_path):
    """`python -m indicators.cli` runs cli.py as __main__, a second copy of the module whose
    UserError class is not the one the build raises; the message must still come without a traceback."""
    r = subprocess.run([sys.executable, "-m", "indicators.cli", "build", "--dataset", str(tmp_path / "missing"),
                        "--warehouse", str(tmp_path / "w.duckdb"), "-q"], capture_output=True, text=True)
    assert r.returncode == 1 and r.stderr.startswith("エラー: ") and "Traceback" not in r.stderr, r.stderr[-800:]
