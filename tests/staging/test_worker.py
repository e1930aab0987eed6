"""A large resources file is staged in a worker process: same warehouse as the in-process path."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from indicators.errors import UserError
from indicators.staging import worker
from indicators.warehouse.build import build_warehouse
from indicators.warehouse.duck import connect

TABLES = {
    "resources": "resource_id",
    "neighbourhood_assocs": "assoc_code",
    "rejected_rows": "source_file, line_number, column_name, reason",
    "load_notes": "source_file, line_number, column_name, note",
    "load_reconciliation": "source_file",
}


def _tables(wh: Path) -> dict[str, pd.DataFrame]:
    con = connect(wh, read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY {k}").df() for t, k in TABLES.items()}
    finally:
        con.close()


def test_worker_and_in_process_give_the_same_warehouse(tiny_dataset, tmp_path: Path, monkeypatch) -> None:
    # a dataset with rejected and conflicting rows, so notes and rejections travel back from the worker
    ds = tiny_dataset()
    res = ds / "resources.csv"
    text = res.read_text(encoding="utf-8")
    lines = text.splitlines()
    bad = lines[1].split(",")
    bad[0] = lines[2].split(",")[0]  # duplicate id
    res.write_text("\n".join([*lines, ",".join(bad)]) + "\n", encoding="utf-8")

    skip = {"plan", "accessibility", "indicators"}
    inline = build_warehouse(ds, tmp_path / "a.duckdb", quiet=True, skip=skip)
    calls: list[bool] = []
    real = worker.ResourcesJob.__init__

    def forced(self, *a, **k) -> None:  # the tiny file is far below the size that starts a worker
        real(self, *a, **{**k, "min_bytes": 0})
        calls.append(self.parallel)

    monkeypatch.setattr(worker.ResourcesJob, "__init__", forced)
    par = build_warehouse(ds, tmp_path / "b.duckdb", quiet=True, skip=skip)
    assert calls == [True]
    assert inline.rows_rejected == par.rows_rejected >= 1
    a, b = _tables(tmp_path / "a.duckdb"), _tables(tmp_path / "b.duckdb")
    for t in TABLES:
        pd.testing.assert_frame_equal(a[t], b[t], obj=t)
    assert len(a["resources"]) > 0


def test_worker_error_reaches_the_user(tiny_dataset, tmp_path: Path, monkeypatch) -> None:
    ds = tiny_dataset()
    res = ds / "resources.csv"
    res.write_text("resource_id,name\nR1,x\n", encoding="utf-8")  # no resource_type column
    real = worker.ResourcesJob.__init__
    monkeypatch.setattr(worker.ResourcesJob, "__init__", lambda self, *a, **k: real(self, *a, **{**k, "min_bytes": 0}))
    with pytest.raises(UserError, match="resource_type"):
        build_warehouse(ds, tmp_path / "c.duckdb", quiet=True, skip={"plan", "accessibility", "indicators"})
    assert not (tmp_path / "c.duckdb").exists()


def test_worker_parses_before_the_areas_arrive(tiny_dataset, tmp_path: Path) -> None:
    # the worker starts with the build and waits for the areas on its stdin; asking for the
    # result before they are handed over is a programming error, not a hang
    from indicators.staging.resolve import Areas

    ds = tiny_dataset()
    job = worker.ResourcesJob(ds / "resources.csv", None, {"salon": {"label_ja": "サロン"}}, min_bytes=0)
    try:
        assert job.parallel
        with pytest.raises(RuntimeError, match="provide_areas"):
            job.result()
        job.provide_areas(Areas(None, None, None, None, "EPSG:6668", "EPSG:6673"))
        st, located = job.result()
        assert st.rows_read == st.rows_loaded + st.rows_rejected and st.rows_read > 0
        assert set(located) == {"district", "school"}
    finally:
        job.close()


HEAVY = ("pandas", "numpy", "pyarrow", "duckdb", "geopandas", "shapely")

SPAWN_PROBE = """
import json, sys
from indicators.staging import worker
seen = []
real = worker.ResourcesJob.__init__
def spy(self, *a, **k):
    seen.append(sorted(m for m in {heavy!r} if m in sys.modules))
    real(self, *a, **{{**k, "min_bytes": 0}})
worker.ResourcesJob.__init__ = spy
from indicators.warehouse.build import build_warehouse
report = build_warehouse(sys.argv[1], sys.argv[2], quiet=True, skip={{"plan", "accessibility", "indicators"}})
print(json.dumps({{"seen": seen, "resources": report.table_counts["resources"]}}))
"""


def test_the_worker_starts_before_the_build_imports_pandas_and_duckdb(tiny_dataset, tmp_path: Path) -> None:
    # the worker parses while the build process imports the steps (about a second at national
    # scale); so the build module, dataset.yaml and the worker class must not import them first
    import json
    import subprocess
    import sys

    ds = tiny_dataset()
    out = subprocess.run([sys.executable, "-c", SPAWN_PROBE.format(heavy=HEAVY), str(ds), str(tmp_path / "w.duckdb")],
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["seen"] == [[]]  # one job, started with none of them imported
    assert result["resources"] > 0


def test_the_command_line_starts_without_pandas() -> None:
    import subprocess
    import sys

    probe = ("import sys; from indicators.cli import build_parser; build_parser(); "
             f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
