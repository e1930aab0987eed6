"""Building the warehouse from a dataset directory (build order of docs/ARCHITECTURE.md).

Everything is written into a temporary DuckDB file next to the warehouse and swapped in
with os.replace only when every step succeeded, under an exclusive build lock. This module
imports nothing heavy: the resources worker (staging.worker) starts as soon as dataset.yaml is
read, and parses while this process imports pandas, DuckDB and the steps (`warehouse.steps`).
"""
from __future__ import annotations

import contextlib
import errno
import importlib
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indicators.errors import UserError
from indicators.gcpolicy import fewer_collections
from indicators.paths import DEFAULT_PLAN
from indicators.raw.dataset import DatasetConfig, read_dataset_yaml
from indicators.staging.vocab import vocabulary
from indicators.staging.worker import ResourcesJob
from indicators.warehouse import atomic

if TYPE_CHECKING:
    import pandas as pd

STEPS: dict[str, str] = {
    "meta": "dataset.yaml を読み込み",
    "plan": "計画本文を読み込み",
    "areas": "地区・小学校区の区域",
    "tables": "統計・町内会・資源の検証",
    "crosswalk": "地区↔小学校区の対応表",
    "resolve": "地区・小学校区コードの解決",
    "progress": "取組の進捗（measure_progress）の検証",
    "accessibility": "アクセス指標の入力を計算",
    "keys": "町内会・資源の主キーを作成",
    "display": "地図用の区域形状を簡略化",
    "declared": "宣言された指標（indicators.yaml）と観測値",
    "indicators": "指標を計算",
    "carry": "前回の立地提案・保存したシナリオを引き継ぎ",
    "swap": "ウェアハウスを置き換え",
}
# Steps that call other modules' hooks; tests of this package may skip them.
SKIPPABLE = {"plan", "crosswalk", "accessibility", "indicators"}


class BuildError(UserError):
    """A failed build; carries the report so far (reconciliation is still worth printing)."""

    def __init__(self, message: str, report: "BuildReport | None" = None) -> None:
        super().__init__(message)
        self.report = report


@dataclass
class BuildReport:
    warehouse_path: Path
    dataset_dir: Path
    reconciliation: list[dict[str, Any]] = field(default_factory=list)
    # the load report's frames, set once every file is staged (None before: no pandas needed yet)
    rejected: pd.DataFrame | None = None
    notes: pd.DataFrame | None = None
    table_counts: dict[str, int] = field(default_factory=dict)
    step_seconds: dict[str, float] = field(default_factory=dict)  # accessibility overlaps indicators
    wall_seconds: float = 0.0  # the whole build (steps overlap, so not their sum)
    skipped: dict[str, str] = field(default_factory=dict)  # step → reason
    plan_counts: dict[str, int] = field(default_factory=dict)
    code_sources: dict[str, dict[str, int]] = field(default_factory=dict)
    meta: DatasetConfig | None = None
    tabular_only: bool = False
    crosswalk_method: str | None = None
    swapped: bool = False
    parquet_staging: Path | None = None
    parquet_files: list[Path] = field(default_factory=list)
    carried: dict[str, int] = field(default_factory=dict)  # table kept from the previous warehouse → rows

    @property
    def rows_rejected(self) -> int:
        return sum(r["rows_rejected"] for r in self.reconciliation)


def load_hook(step: str, module: str, func: str) -> Callable[..., Any]:
    """A teammate module's documented hook; a missing one fails the build loudly in its step."""
    try:
        return getattr(importlib.import_module(module), func)
    except (ImportError, AttributeError) as exc:
        raise BuildError(f"構築の手順「{STEPS[step]}」に必要な {module}.{func} を読み込めません（{exc}）") from exc


class StepRunner:
    """Runs the steps with a rich progress display (or silently)."""

    def __init__(self, report: BuildReport, quiet: bool, on_step: Callable[[str], None] | None):
        self.report, self.quiet, self.on_step = report, quiet, on_step
        self.progress = None
        if not quiet:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                     console=Console(stderr=True))

    def __enter__(self) -> "StepRunner":
        if self.progress:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress:
            self.progress.stop()

    def step(self, name: str, fn: Callable[[], Any]) -> Any:
        if self.on_step:
            self.on_step(name)
        task = self.progress.add_task(f"{STEPS[name]} …", total=1) if self.progress else None
        t0 = time.perf_counter()
        try:
            result = fn()
        except BaseException:
            if self.progress:
                self.progress.update(task, completed=1, description=f"[red]✗[/] {STEPS[name]}")
            raise
        self.report.step_seconds[name] = time.perf_counter() - t0
        if self.progress:
            self.progress.update(task, completed=1, description=f"[green]✓[/] {STEPS[name]}")
        return result

    def start(self, name: str, fn: Callable[[], Any], cancel: Callable[[], None]) -> "BackgroundStep":
        """Run a step in a thread (its seconds are recorded when it ends); `wait()` joins it and
        re-raises its error, `stop()` calls `cancel` (e.g. a DuckDB interrupt) and joins it."""
        if self.on_step:
            self.on_step(name)
        task = self.progress.add_task(f"{STEPS[name]}（並行） …", total=1) if self.progress else None

        def done(ok: bool) -> None:
            if self.progress:
                mark = "[green]✓[/]" if ok else "[red]✗[/]"
                self.progress.update(task, completed=1, description=f"{mark} {STEPS[name]}（並行）")

        return BackgroundStep(name, fn, cancel, self.report, done)

    def skip(self, name: str, why: str) -> None:
        self.report.skipped[name] = why
        if self.progress:
            self.progress.console.print(f"[yellow]- {STEPS[name]}: 省略（{why}）")


class BackgroundStep:
    """A build step running in a thread (see `StepRunner.start`)."""

    def __init__(self, name: str, fn: Callable[[], Any], cancel: Callable[[], None], report: BuildReport,
                 done: Callable[[bool], None]) -> None:
        self._error: BaseException | None = None
        self._cancel = cancel

        def body() -> None:
            t0 = time.perf_counter()
            try:
                fn()
            except BaseException as exc:  # noqa: BLE001 - re-raised by wait() in the build's thread
                self._error = exc
                done(False)
            else:
                report.step_seconds[name] = time.perf_counter() - t0
                done(True)

        self._thread = threading.Thread(target=body, name=f"welfare-build-{name}", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def stop(self) -> None:
        if self._thread.is_alive():
            self._cancel()
        self._thread.join()


def _disk_full(exc: BaseException) -> bool:
    """ENOSPC however it arrives: an OSError, or DuckDB's IOException / FatalException text."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            return True
        if "No space left on device" in str(exc) or "could not write all bytes" in str(exc).lower():
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def default_plan_paths(cfg: DatasetConfig) -> list[Path]:
    return cfg.plan_files() or [DEFAULT_PLAN]


def build_warehouse(
    dataset_dir: Path,
    warehouse_path: Path,
    plan_paths: list[Path] | None = None,
    strict: bool = False,
    quiet: bool = False,
    *,
    skip: Collection[str] = (),
    lock_timeout: float = 600.0,
    on_step: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build `warehouse_path` from `dataset_dir`; the previous warehouse is replaced only on success.

    `skip` names hook steps not to run (plan, crosswalk derivation, accessibility, indicators),
    for tests of the loading steps alone. `on_step(name)` is called as each step starts.
    Raises UserError (BuildError) for structural problems, or with `strict` on any rejected row.
    """
    unknown = set(skip) - SKIPPABLE
    if unknown:
        raise ValueError(f"unknown steps to skip: {sorted(unknown)}")
    dataset_dir = Path(dataset_dir)
    warehouse_path = Path(warehouse_path).absolute()
    if warehouse_path.is_dir():  # os.replace at the swap would fail with IsADirectoryError
        raise UserError(f"--warehouse にフォルダが指定されています（{warehouse_path}）。"
                        f"ファイル名まで指定してください（例: {warehouse_path / 'warehouse.duckdb'}）")
    try:
        warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"--warehouse のフォルダを作れません（{warehouse_path.parent}: {exc.strerror}）") from None
    report = BuildReport(warehouse_path=warehouse_path, dataset_dir=dataset_dir)
    with atomic.build_lock(warehouse_path, timeout=lock_timeout), fewer_collections():
        for stale in atomic.stale_temp_files(warehouse_path):
            atomic.remove_db_file(stale)  # left by a killed build; we hold the lock, so none is live
        for stale in atomic.stale_parquet_dirs(warehouse_path):
            atomic.remove_dir(stale)
        tmp = atomic.temp_path(warehouse_path)
        con = None
        t0 = time.perf_counter()
        try:
            with StepRunner(report, quiet, on_step) as run:
                with contextlib.ExitStack() as jobs:  # a worker process still running when a step fails is stopped
                    # 1. dataset.yaml → dataset_meta (written in step 4)
                    cfg = run.step("meta", lambda: read_dataset_yaml(dataset_dir))
                    report.meta = cfg
                    # a large resources file is parsed in a second process from here on (while this one
                    # imports the steps), and checked and located there once the areas are read (see
                    # staging.worker); a missing file is reported in step 4
                    rpath = cfg.file("resources")
                    job = None if rpath is None else jobs.enter_context(contextlib.closing(
                        ResourcesJob(rpath, cfg.rename_for("resources"), vocabulary(cfg.resource_types))))
                    from indicators.warehouse import steps
                    from indicators.warehouse.duck import connect

                    con = connect(tmp)
                    steps.build_steps(con, run, report, cfg, job, plan_paths, strict, set(skip), jobs)
                if warehouse_path.exists():
                    steps.carry_tables(con, run, report, warehouse_path)
                report.table_counts = steps.table_counts(con)
                con.execute("CHECKPOINT")
                con.close()
                con = None
                run.step("swap", lambda: atomic.atomic_swap(tmp, warehouse_path))
                report.swapped = True
                report.wall_seconds = time.perf_counter() - t0
                if report.parquet_staging is not None:
                    report.parquet_files = atomic.publish_parquet(report.parquet_staging, warehouse_path)
        except BaseException as exc:
            if con is not None:
                with contextlib.suppress(Exception):  # after a fatal DuckDB error close fails too
                    con.close()
            atomic.remove_db_file(tmp)
            if report.parquet_staging is not None and not report.swapped:
                atomic.remove_dir(report.parquet_staging)
            if isinstance(exc, BuildError) and exc.report is None:
                exc.report = report
            if _disk_full(exc):
                raise BuildError(f"ディスクの空きがありません（{warehouse_path.parent}）。空きを作ってからもう一度"
                                 "構築してください。前のウェアハウスはそのままです", report) from exc
            raise
    return report


