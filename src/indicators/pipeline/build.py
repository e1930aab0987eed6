"""`build_warehouse`: run `steps.STEPS` into a temporary DuckDB file, then swap it in.

The temporary file sits next to the warehouse and replaces it (os.replace) only when every step
succeeded, under an exclusive build lock; a failed build leaves the previous warehouse as it was.
"""
from __future__ import annotations

import contextlib
import errno
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import duckdb

from indicators.pipeline import steps
from indicators.errors import UserError
from indicators.pipeline.report import BuildError, BuildReport
from indicators.raw.dataset import read_dataset_yaml
from indicators.spatial.scenario_store import SCENARIO_SITES_DDL, SCENARIOS_DDL
from indicators.spatial.siting import SITE_SUGGESTIONS_DDL
from indicators.warehouse import atomic
from indicators.warehouse.duck import connect, sql_literal, table_columns, table_counts, transaction

# Tables other commands write into a built warehouse, kept across rebuilds: `welfare suggest`'s
# runs and the named scenarios of the page 「次の拠点（シナリオ）」.
CARRIED_TABLES = {"site_suggestions": SITE_SUGGESTIONS_DDL, "scenarios": SCENARIOS_DDL,
                  "scenario_sites": SCENARIO_SITES_DDL}
LABELS = {name: label for name, label, _ in steps.STEPS} | {
    "meta": "dataset.yaml を読み込み", "carry": "前回の立地提案・保存したシナリオを引き継ぎ",
    "swap": "ウェアハウスを置き換え"}


class Progress:
    """Each step's line with a spinner and its time (rich, on stderr), or nothing when quiet."""

    def __init__(self, report: BuildReport, quiet: bool, on_step: Callable[[str], None] | None) -> None:
        self.report, self.on_step, self.progress = report, on_step, None
        if not quiet:
            from rich.console import Console
            from rich.progress import Progress as RichProgress
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = RichProgress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                         console=Console(stderr=True))

    def __enter__(self) -> Progress:
        if self.progress:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress:
            self.progress.stop()

    def run(self, name: str, fn: Callable[[], object]) -> object:
        if self.on_step:
            self.on_step(name)
        label = LABELS[name]
        task = self.progress.add_task(f"{label} …", total=1) if self.progress else None
        t0 = time.perf_counter()
        try:
            result = fn()
        except BaseException:
            if self.progress:
                self.progress.update(task, completed=1, description=f"[red]✗[/] {label}")
            raise
        self.report.step_seconds[name] = time.perf_counter() - t0
        if self.progress:
            self.progress.update(task, completed=1, description=f"[green]✓[/] {label}")
        return result

    def skip(self, name: str, why: str) -> None:
        self.report.skipped[name] = why
        if self.progress:
            self.progress.console.print(f"[yellow]- {LABELS[name]}: 省略（{why}）")


def carry_tables(con: duckdb.DuckDBPyConnection, run: Progress, report: BuildReport, previous: Path) -> None:
    """Copy CARRIED_TABLES from the previous warehouse (read only, before the swap), when its
    columns and types are exactly those of the current DDL; else report the step as skipped."""
    alias = "previous_warehouse"
    try:
        con.execute(f"ATTACH {sql_literal(str(previous))} AS {alias} (READ_ONLY)")
    except duckdb.Error as exc:
        run.skip("carry", f"前回のウェアハウス {previous.name} を読めないため site_suggestions を引き継ぎません（{exc}）")
        return
    try:
        here = con.execute("SELECT current_database()").fetchone()[0]
        for table, ddl in CARRIED_TABLES.items():
            old = table_columns(con, alias, table)
            if not old:
                continue
            n_old = con.execute(f"SELECT count(*) FROM {alias}.main.{table}").fetchone()[0]
            if table_columns(con, here, table):
                run.skip("carry", f"{table} はこの構築ですでに作られたため、前回の {n_old} 行は引き継ぎません")
                continue
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(ddl)
                now = table_columns(con, here, table)
            finally:
                con.execute("ROLLBACK")
            if now != old:
                run.skip("carry", f"前回の {table} の列の構成が現在と異なるため、{n_old} 行を引き継ぎません")
                continue

            def copy(table: str = table, ddl: str = ddl) -> None:
                with transaction(con):
                    con.execute(ddl)
                    con.execute(f"INSERT INTO main.{table} SELECT * FROM {alias}.main.{table}")

            run.run("carry", copy)
            report.carried[table] = n_old
    finally:
        con.execute(f"DETACH {alias}")


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


def build_warehouse(
    dataset_dir: Path,
    warehouse_path: Path,
    plan_paths: list[Path] | None = None,
    strict: bool = False,
    quiet: bool = False,
    *,
    lock_timeout: float = 600.0,
    on_step: Callable[[str], None] | None = None,
    run_steps: Sequence[steps.Step] = steps.STEPS,
) -> BuildReport:
    """Build `warehouse_path` from `dataset_dir`; the previous warehouse is replaced only on success.

    `on_step(name)` is called as each step starts. `run_steps`: the steps to run, in order (all
    of `steps.STEPS` by default; a test of a tiny plan may leave out the indicators). Raises UserError (BuildError) for structural
    problems, or with `strict` on any rejected row.
    """
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
    with atomic.build_lock(warehouse_path, timeout=lock_timeout):
        for stale in atomic.stale_temp_files(warehouse_path):
            atomic.remove_db_file(stale)  # left by a killed build; we hold the lock, so none is live
        for stale in atomic.stale_parquet_dirs(warehouse_path):
            atomic.remove_dir(stale)
        tmp = atomic.temp_path(warehouse_path)
        con = None
        t0 = time.perf_counter()
        try:
            with Progress(report, quiet, on_step) as run:
                cfg = report.meta = run.run("meta", lambda: read_dataset_yaml(dataset_dir))
                con = connect(tmp)
                b = steps.Build(con, cfg, report, plan_paths=plan_paths, strict=strict, skip=run.skip)
                for name, _, step in run_steps:
                    run.run(name, lambda step=step: step(b))
                if warehouse_path.exists():
                    carry_tables(con, run, report, warehouse_path)
                report.table_counts = table_counts(con)
                con.execute("CHECKPOINT")
                con.close()
                con = None
                run.run("swap", lambda: atomic.atomic_swap(tmp, warehouse_path))
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
