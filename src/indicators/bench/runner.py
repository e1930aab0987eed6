"""Benchmark runner: national build vs the geopandas/pandas baseline, and the city-scale build.

Every measured job runs in a child process; wall time is measured around the process (imports
included) and peak memory is the child's ru_maxrss from os.wait4. Results: median over runs.
"""
from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from indicators.bench.national import generate_national

TARGETS = {"national_build_s": 120.0, "national_peak_gib": 4.0, "speedup": 4.0, "city_build_s": 5.0}  # issue 22


@dataclass
class JobResult:
    wall_s: float
    peak_rss_mib: float
    inner: dict[str, Any] = field(default_factory=dict)


def run_child(args: list[str], timeout: float | None = None) -> JobResult:
    """Run `python -m indicators.bench.child ARGS`; raise RuntimeError with its stderr on failure,
    TimeoutError (after killing it) when it runs longer than `timeout` seconds."""
    # output goes to files: reading two pipes one after the other can deadlock on a full pipe
    with tempfile.TemporaryFile("w+") as fo, tempfile.TemporaryFile("w+") as fe:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "indicators.bench.child", *args], stdout=fo, stderr=fe, text=True)
        # wait4 gives this child's own rusage (RUSAGE_CHILDREN would mix every child so far)
        while True:
            pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if timeout is not None and time.perf_counter() - t0 > timeout:
                proc.kill()
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                raise TimeoutError(f"job {' '.join(args)} killed after {timeout:.0f} s")
            time.sleep(0.05)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        fo.seek(0)
        fe.seek(0)
        stdout, stderr = fo.read(), fe.read()
    if proc.returncode != 0:
        raise RuntimeError(f"job {args[0]} failed ({proc.returncode}):\n{stderr[-4000:]}")
    lines = [ln for ln in stdout.splitlines() if ln.startswith("{")]
    inner = json.loads(lines[-1]) if lines else {}
    peak = ru.ru_maxrss / 1024
    return JobResult(wall, peak, inner)


def summarise(results: list[JobResult]) -> dict[str, Any]:
    return {
        "median_wall_s": statistics.median(r.wall_s for r in results),
        "median_inner_s": statistics.median(r.inner.get("seconds", float("nan")) for r in results),
        "peak_rss_mib": max(r.peak_rss_mib for r in results),
        "runs": [asdict(r) for r in results],
    }


def ensure_dataset(data_dir: Path, scale: float, seed: int) -> tuple[Path, dict[str, Any]]:
    """Generate the dataset once per (scale, seed); reuse it when the stamp matches."""
    ds = data_dir / f"national-s{scale:g}-{seed}"
    stamp = ds / ".generated.json"
    if stamp.exists():
        return ds, json.loads(stamp.read_text())
    counts = generate_national(ds, scale=scale, seed=seed)
    info = asdict(counts)
    stamp.write_text(json.dumps(info))
    return ds, info


def run_benchmark(runs: int = 3, scale: float = 1.0, seed: int = 20261126, data_dir: Path = Path("bench-data"),
                  city_dataset: Path | None = None, baseline: bool = True,
                  log: Any = print, timeout: float | None = 3600.0) -> dict[str, Any]:
    """Generate (or reuse) the dataset, time N builds, N baselines and N city builds; return a summary."""
    from indicators.paths import DEFAULT_DATASET

    data_dir = Path(data_dir).absolute()
    data_dir.mkdir(parents=True, exist_ok=True)
    log(f"データセットを準備しています（scale={scale:g}, seed={seed}）…")
    ds, gen = ensure_dataset(data_dir, scale, seed)
    wh = data_dir / f"national-s{scale:g}.duckdb"
    builds, bases, cities = [], [], []
    errors: list[str] = []

    def job(target: list[JobResult], args: list[str], label: str) -> None:
        try:
            target.append(run_child(args, timeout))
            log(f"    {label}: {target[-1].wall_s:.1f} 秒, 最大 {target[-1].peak_rss_mib:.0f} MiB")
        except (TimeoutError, RuntimeError) as exc:  # one bad run is reported, the others still measured
            errors.append(f"{label}: {exc}")
            log(f"    [red]{label}: 失敗[/] {str(exc)[:300]}")

    city = Path(city_dataset or DEFAULT_DATASET)
    for i in range(runs):
        log(f"[{i + 1}/{runs}] 計測中 …")
        job(builds, ["build", str(ds), str(wh)], "全国規模の構築")
        if baseline:
            job(bases, ["baseline", str(ds)], "geopandas/pandas 基準実装")
        if city.exists():
            job(cities, ["build", str(city), str(data_dir / "city.duckdb")], "市の規模（サンプル）の構築")
    out: dict[str, Any] = {
        "scale": scale, "seed": seed, "runs": runs, "dataset": gen, "errors": errors,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
    }
    if builds:
        out["build"] = summarise(builds)
    if bases:
        out["baseline"] = summarise(bases)
    if bases and builds:
        out["speedup"] = out["baseline"]["median_wall_s"] / out["build"]["median_wall_s"]
    if cities:
        out["city_build"] = summarise(cities)
    steps = [r.inner.get("steps", {}) for r in builds]
    if steps and steps[0]:
        out["build_steps_median_s"] = {k: statistics.median(s.get(k, 0.0) for s in steps) for k in steps[0]}
    return out


def check_targets(res: dict[str, Any]) -> dict[str, tuple[float, float, bool]]:
    """{name: (measured, target, met)} — only meaningful at scale 1."""
    if "build" not in res:
        return {}
    out = {
        "national_build_s": (res["build"]["median_wall_s"], TARGETS["national_build_s"],
                             res["build"]["median_wall_s"] <= TARGETS["national_build_s"]),
        "national_peak_gib": (res["build"]["peak_rss_mib"] / 1024, TARGETS["national_peak_gib"],
                              res["build"]["peak_rss_mib"] / 1024 <= TARGETS["national_peak_gib"]),
    }
    if "speedup" in res:
        out["speedup"] = (res["speedup"], TARGETS["speedup"], res["speedup"] >= TARGETS["speedup"])
    if "city_build" in res:
        c = res["city_build"]["median_wall_s"]
        out["city_build_s"] = (c, TARGETS["city_build_s"], c <= TARGETS["city_build_s"])
    return out
