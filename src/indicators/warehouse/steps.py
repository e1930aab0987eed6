"""The steps of a build that read, check and write the data (build order of docs/ARCHITECTURE.md).

Kept apart from `warehouse.build` so that the build can start its resources worker before these
modules' imports (pandas, geopandas, DuckDB: about a second) have run.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import inspect
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import geopandas as gpd
import pandas as pd
import shapely

from indicators.declared.load import stage_declared
from indicators.raw.csvfile import read_csv
from indicators.raw.dataset import DatasetConfig, choose_metric_crs
from indicators.raw.geometry import read_geometry, storage_crs
from indicators.spatial.display import write_display_areas
from indicators.staging.areas import add_area_measures, stage_area_polygons, stage_area_table
from indicators.staging.common import Located, Staged, notes_frame, rejects_frame
from indicators.staging.resolve import Areas, resolve_codes
from indicators.staging.tables import (
    district_population,
    points_centre,
    stage_assocs,
    stage_crosswalk,
    stage_district_stats,
)
from indicators.staging.vocab import RESOURCE_TYPES, vocabulary
from indicators.staging.worker import ResourcesJob
from indicators.spatial.placement import placed_frame
from indicators.staging.years import YEAR_COLUMNS, fiscal_year_range
from indicators.warehouse import atomic
from indicators.warehouse.build import (
    BackgroundStep,
    BuildError,
    BuildReport,
    StepRunner,
    default_plan_paths,
    load_hook,
)
from indicators.warehouse.duck import scan_source, sql_literal
from indicators.warehouse.schema import BULK_KEYS, DDL, ddl_without_key


def _geom_frame(gdf: gpd.GeoDataFrame) -> pd.DataFrame:
    df = pd.DataFrame(gdf.drop(columns="geometry"))
    df["wkb"] = shapely.to_wkb(gdf.geometry.values) if len(gdf) else pd.Series(dtype=object)
    return df


def _insert(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame, select: str) -> None:
    """INSERT INTO table SELECT <select> FROM df (typed by the DDL; casts done by DuckDB)."""
    con.register("_src", scan_source(df))
    try:
        con.execute(f"INSERT INTO {table} SELECT {select} FROM _src")
    finally:
        con.unregister("_src")


@contextlib.contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One commit for a block of our own writes (autocommit would sync the file per statement)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _list_col(s: pd.Series) -> pd.Series:
    """Python lists → '|'-joined text (DuckDB cannot infer the type of empty lists from pandas)."""
    return s.map(lambda v: "|".join(v) if isinstance(v, list) else "")


LIST_SQL = "CASE WHEN {c} IS NULL OR {c} = '' THEN []::VARCHAR[] ELSE string_split({c}, '|') END"


# Tables written by other commands into a built warehouse, kept across rebuilds (owner module, DDL name).
CARRIED_TABLES = {"site_suggestions": ("indicators.spatial.siting", "SITE_SUGGESTIONS_DDL"),
                  # named scenarios of the page 「次の拠点（シナリオ）」 (issue 20)
                  "scenarios": ("indicators.spatial.scenario_store", "SCENARIOS_DDL"),
                  "scenario_sites": ("indicators.spatial.scenario_store", "SCENARIO_SITES_DDL")}


def _columns(con: duckdb.DuckDBPyConnection, catalog: str, table: str) -> list[tuple[str, str]]:
    return [tuple(r) for r in con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = ? "
        "AND table_schema = 'main' AND table_name = ? ORDER BY ordinal_position", [catalog, table]).fetchall()]


def carry_tables(con: duckdb.DuckDBPyConnection, run: StepRunner, report: BuildReport, previous: Path) -> None:
    """Copy rows of CARRIED_TABLES from the previous warehouse (read only, before the swap).

    `welfare suggest` stores its runs in the built warehouse; a rebuild would drop them. Rows are
    copied only when the old table has exactly the columns and types of the current writer's DDL;
    otherwise the step is reported as skipped (the old file stays untouched until the swap).
    """
    alias = "previous_warehouse"
    try:
        con.execute(f"ATTACH {sql_literal(str(previous))} AS {alias} (READ_ONLY)")
    except duckdb.Error as exc:
        run.skip("carry", f"前回のウェアハウス {previous.name} を読めないため site_suggestions を引き継ぎません（{exc}）")
        return
    try:
        here = con.execute("SELECT current_database()").fetchone()[0]
        for table, (module, ddl_name) in CARRIED_TABLES.items():
            old = _columns(con, alias, table)
            if not old:
                continue
            n_old = con.execute(f"SELECT count(*) FROM {alias}.main.{table}").fetchone()[0]
            if _columns(con, here, table):
                run.skip("carry", f"{table} はこの構築ですでに作られたため、前回の {n_old} 行は引き継ぎません")
                continue
            try:
                ddl = getattr(importlib.import_module(module), ddl_name)
            except (ImportError, AttributeError) as exc:
                run.skip("carry", f"{module}.{ddl_name} を読み込めないため {table} の {n_old} 行を引き継ぎません（{exc}）")
                continue

            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(ddl)
                now = _columns(con, here, table)
            finally:
                con.execute("ROLLBACK")
            if now != old:
                run.skip("carry", f"前回の {table} の列の構成が現在と異なるため、{n_old} 行を引き継ぎません")
                continue

            def copy(table: str = table, ddl: str = ddl) -> None:
                with _transaction(con):
                    con.execute(ddl)
                    con.execute(f"INSERT INTO main.{table} SELECT * FROM {alias}.main.{table}")

            run.step("carry", copy)
            report.carried[table] = n_old
    finally:
        con.execute(f"DETACH {alias}")


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows of every table of the warehouse's main schema, in one query (not the engine's
    temporary tables and views, which are gone once the build ends)."""
    names = [t for (t,) in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_catalog = current_database() AND table_type = 'BASE TABLE' ORDER BY 1").fetchall()]
    if not names:
        return {}
    sql = " UNION ALL ".join(
        "SELECT {lit} AS t, count(*) AS n FROM main.{ident}".format(
            lit="'" + t.replace("'", "''") + "'", ident='"' + t.replace('"', '""') + '"')
        for t in names)
    counts = dict(con.execute(sql).fetchall())
    return {t: int(counts[t]) for t in names}


def build_steps(
    con: duckdb.DuckDBPyConnection, run: StepRunner, report: BuildReport, cfg: DatasetConfig,
    job: ResourcesJob | None, plan_paths: list[Path] | None, strict: bool, skip: set[str],
    jobs: contextlib.ExitStack,
) -> None:
    """Steps 2-8 of the build into `con` (the temporary file), after dataset.yaml was read (`cfg`)
    and the resources job started (`job`, None without a resources file); `jobs` stops what
    still runs in the background when a step fails."""
    with _transaction(con):
        for ddl in DDL.values():
            con.execute(ddl)
    # Hooks run against the temporary file; this is where the warehouse will be once swapped in.
    con.execute("SET VARIABLE welfare_warehouse_path = ?", [str(report.warehouse_path)])
    staged: list[Staged] = []
    store_crs = storage_crs(cfg.crs)
    metric_crs = cfg.metric_crs or choose_metric_crs(cfg.municipality_code)

    # 2. plan
    if "plan" in skip:
        run.skip("plan", "指定により")
    else:
        paths = [Path(p) for p in (plan_paths or default_plan_paths(cfg))]
        for p in paths:
            if not p.exists():
                raise BuildError(f"{p}: 計画本文のファイルがありません")
        load_plan = load_hook("plan", "indicators.plan.load", "load_plan")
        report.plan_counts = run.step("plan", lambda: load_plan(con, paths)) or {}

    # 3. geometry → districts, school_districts
    def areas_step() -> dict[str, Any]:
        out: dict[str, Any] = {}
        for kind, table in (("district", "districts"), ("school", "school_districts")):
            gpath = cfg.geometry_file(table)
            if gpath is not None:
                gdf = read_geometry(gpath, cfg.crs, cfg.rename_for(table))
                st = stage_area_polygons(gdf, kind, gpath.name)
                out[kind] = ("geometry", st)
            elif (cpath := cfg.file(table)) is not None:
                st = stage_area_table(read_csv(cpath, cfg.rename_for(table)), kind)
                out[kind] = ("table", st)
            else:
                out[kind] = (None, None)
        return out

    areas_in = run.step("areas", areas_step)
    geo = {k: (v[1].clean if v[0] == "geometry" else None) for k, v in areas_in.items()}
    if not cfg.metric_crs:
        # regions split between plane zones (Hokkaido, Okinawa...) are decided by the area's centre
        present = [g for g in (geo["district"], geo["school"]) if g is not None and len(g)]
        if present:
            c = present[0].geometry.union_all().centroid
            metric_crs = choose_metric_crs(cfg.municipality_code, c.x, c.y)
    report.tabular_only = geo["district"] is None

    # 4. tables (stats first: in tabular-only mode they define the district list)
    def tables_step() -> dict[str, Staged]:
        out: dict[str, Staged] = {}
        kind_d, st_d = areas_in["district"]
        kind_s, st_s = areas_in["school"]
        district_codes = set(st_d.clean["district_code"]) if st_d is not None else None
        school_codes = set(st_s.clean["school_code"]) if st_s is not None else None
        spath = cfg.file("district_stats")
        if spath is None:
            raise BuildError(f"district_stats.csv: 必須のファイルがありません（{cfg.dataset_dir}）")
        out["stats"] = stage_district_stats(read_csv(spath, cfg.rename_for("district_stats")), district_codes)
        if district_codes is None:
            district_codes = set(out["stats"].clean["district_code"])
        cpath = cfg.file("crosswalk")
        if cpath is not None:
            out["crosswalk"] = stage_crosswalk(read_csv(cpath, cfg.rename_for("crosswalk")), district_codes, school_codes)
            if school_codes is None:
                school_codes = set(out["crosswalk"].clean["school_code"]) or None
        areas = Areas(
            district_codes, school_codes,
            None if geo["district"] is None else geo["district"][["district_code", "geometry"]],
            None if geo["school"] is None else geo["school"][["school_code", "geometry"]],
            store_crs, metric_crs,
        )
        out["areas"] = areas
        paths = {}
        for table in ("neighbourhood_assocs", "resources"):
            paths[table] = cfg.file(table)
            if paths[table] is None:
                raise BuildError(f"{table}.csv: 必須のファイルがありません（{cfg.dataset_dir}）")
        assert job is not None  # the resources file exists (checked just above)
        job.provide_areas(areas)
        out["assocs"] = stage_assocs(read_csv(paths["neighbourhood_assocs"], cfg.rename_for("neighbourhood_assocs")), areas)
        return out

    t = run.step("tables", tables_step)

    def year_range(staged: dict[str, Any]) -> tuple[int, int]:
        cols = [staged[k].clean[c] for k, c in YEAR_COLUMNS if k in staged and c in staged[k].clean.columns]
        return fiscal_year_range(cols, cfg.as_of_fy, cfg.first_fy)

    areas: Areas = t["areas"]
    assert job is not None
    if not job.parallel:
        t["resources"] = job.result()[0]
    if report.tabular_only and not cfg.metric_crs:
        lon, lat = points_centre(t["assocs"].clean, t["resources"].clean)
        metric_crs = choose_metric_crs(cfg.municipality_code, lon, lat)
        areas.metric_crs = metric_crs

    with _transaction(con):
        # write areas
        for kind, table, code_col, name_col in (("district", "districts", "district_code", "district_name"),
                                                ("school", "school_districts", "school_code", "school_name")):
            mode, st = areas_in[kind]
            if st is not None:
                staged.append(st)
            if mode == "geometry":
                g = add_area_measures(st.clean, metric_crs)
                df = _geom_frame(g)
                geom_sql = "ST_GeomFromWKB(wkb)"
            elif mode == "table":
                df = st.clean.copy()
                geom_sql = "NULL"
            else:
                codes = sorted(areas.district_codes or []) if kind == "district" else sorted(areas.school_codes or [])
                df = pd.DataFrame({code_col: codes})
                geom_sql = "NULL"
            for col in (name_col, "name_confidence", "area_block", "school_kind", "school_lon", "school_lat",
                        "area_km2", "centroid_lon", "centroid_lat"):
                if col not in df.columns:
                    df[col] = None
            if kind == "district":
                sel = (f"district_code, district_name, name_confidence, area_block, {geom_sql}, area_km2, "
                       "centroid_lon, centroid_lat")
            else:
                sel = (f"school_code, school_name, name_confidence, school_kind, school_lon, school_lat, {geom_sql}, "
                       "area_km2, centroid_lon, centroid_lat")
            _insert(con, table, df, sel)

        stats = t["stats"]
        staged.append(stats)
        sdf = stats.clean.copy()
        sdf["suppressed_columns"] = _list_col(sdf["suppressed_columns"])
        _insert(con, "district_stats", sdf,
                "district_code, fiscal_year, population, pop_0_14, pop_65plus, pop_75plus, households, "
                f"single_elderly_households, {LIST_SQL.format(c='suppressed_columns')}, line_number")

        def recreate(table: str, rows: pd.DataFrame) -> pd.DataFrame:
            """Empty keyless `table`, and a copy of `rows` with the resolution columns (NULL before
            resolution)."""
            # drop and recreate rather than DELETE: deleting a million primary-key entries from
            # DuckDB's index and inserting them again takes minutes; the key is added after the rows
            con.execute(f"DROP TABLE IF EXISTS {table}")
            con.execute(ddl_without_key(table))
            out = rows.copy(deep=False)  # new columns only; the caller's frame is left as it is
            for c in ("district_code_source", "school_code_source", "given_district_code", "given_school_code", "resolution_note"):
                if c not in out.columns:
                    out[c] = None
            return out

        def write_assocs(assocs: pd.DataFrame) -> None:
            a = recreate("neighbourhood_assocs", assocs)
            a["suppressed_columns"] = _list_col(a["suppressed_columns"])
            _insert(con, "neighbourhood_assocs", a,
                    "assoc_code, assoc_name, district_code, school_code, district_code_source, school_code_source, "
                    "given_district_code, given_school_code, households, pop_65plus, pop_0_14, sasaeai_map_fy, "
                    f"fureai_salon, lat, lon, {LIST_SQL.format(c='suppressed_columns')}, resolution_note, line_number")

        def write_resources(resources: pd.DataFrame) -> None:
            r = recreate("resources", resources)
            _insert(con, "resources", r,
                    "resource_id, resource_type, name, district_code, school_code, district_code_source, "
                    "school_code_source, given_district_code, given_school_code, lat, lon, opened_fy, closed_fy, "
                    "frequency, note, resolution_note, line_number, position_source, position_approximate")

        # dataset_meta before any hook runs: the crosswalk derivation, accessibility and the engine read
        # metric_crs, the fiscal-year range and the suppression threshold from it
        # the range grows once a worker's resources arrive (step 6), before any step reads it
        min_fy, max_fy = year_range(t)
        con.execute(
            "INSERT INTO dataset_meta VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [cfg.name, cfg.municipality_code, cfg.municipality_name, cfg.synthetic, cfg.as_of, cfg.as_of_fy,
             store_crs, metric_crs, cfg.sources, str(cfg.dataset_dir),
             dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
             min_fy, max_fy,
             cfg.suppression_threshold, report.tabular_only],
        )
        # the vocabulary too: accessibility, started before the load report, reads it
        vocab = vocabulary(cfg.resource_types)
        _insert(con, "resource_types",
                pd.DataFrame([{"resource_type": k, **v, "in_contract": k in RESOURCE_TYPES} for k, v in vocab.items()]),
                "resource_type, label_ja, plan_refs, in_contract")

    # 5. crosswalk
    if "crosswalk" in t:
        staged.append(t["crosswalk"])
        report.crosswalk_method = "given"
        run.step("crosswalk", lambda: _insert(con, "crosswalk", t["crosswalk"].clean,
                                              "district_code, school_code, weight, method"))
    elif geo["district"] is not None and geo["school"] is not None and len(geo["district"]) and len(geo["school"]):
        if "crosswalk" in skip:
            run.skip("crosswalk", "指定により（対応表は空）")
        else:
            derive = load_hook("crosswalk", "indicators.spatial.crosswalk", "derive_crosswalk")
            # the hook fills the table itself; start from our typed empty table. It weights by the
            # 町内会 (with their given codes), which are written only once resolved: it takes the rows
            if "assocs" in inspect.signature(derive).parameters:
                run.step("crosswalk", lambda: derive(con, assocs=t["assocs"].clean))
            else:  # a hook reading table neighbourhood_assocs gets provisional rows
                with _transaction(con):
                    write_assocs(t["assocs"].clean)
                run.step("crosswalk", lambda: derive(con))
            report.crosswalk_method = "derived"
    else:
        run.skip("crosswalk", "crosswalk.csv がなく、両方の区域図形もないため（対応表は空）")
    crosswalk = con.execute("SELECT district_code, school_code, weight FROM crosswalk").df()

    def on_cursor(name: str, body: Callable[[duckdb.DuckDBPyConnection], None],
                  on_cancel: Callable[[], None] = lambda: None) -> BackgroundStep:
        """Step `name` in a thread on a cursor of its own (its own DuckDB connection); a failed
        build cancels it (`on_cancel`, then a DuckDB interrupt) and joins it before closing the cursor."""
        cur = con.cursor()
        jobs.callback(cur.close)

        def cancel() -> None:
            on_cancel()
            cur.interrupt()

        bg = run.start(name, lambda: body(cur), cancel=cancel)
        jobs.callback(bg.stop)  # runs before cur.close
        return bg

    # 7. accessibility (started within step 6): in a thread on its own connection, once the 町内会
    # rows are written and the worker's resources collected; it is given the staged resources and
    # runs beside their resolution and write, the load report and the families not reading its table
    access: BackgroundStep | None = None
    resources_written = threading.Event()

    def start_access(resources: pd.DataFrame) -> None:
        nonlocal access
        if "accessibility" in skip:
            run.skip("accessibility", "指定により")
            return
        n_points = con.execute("SELECT count(*) FROM neighbourhood_assocs WHERE lat IS NOT NULL").fetchone()[0]
        if "lat" in resources.columns:
            n_points += int(resources["lat"].notna().sum())
        if n_points == 0:
            run.skip("accessibility", "座標のある資源・町内会がないため")
            return
        stopped = threading.Event()

        def compute(cur: duckdb.DuckDBPyConnection) -> None:
            # the hook is imported in the thread too (scipy takes a while); a missing one fails the build
            fn = load_hook("accessibility", "indicators.spatial.accessibility", "compute_accessibility")
            params = inspect.signature(fn).parameters
            # one thread for its resource types: the build's own steps keep both cores busy, and a
            # second thread only contended with them (alternated national builds: ≈ 10 % faster with one)
            extra = {"threads": 1} if "threads" in params else {}
            if "resources" in params:
                fn(cur, resources=resources, **extra)
            else:  # a hook that reads table resources waits for its rows
                resources_written.wait()
                if not stopped.is_set():
                    fn(cur, **extra)

        def release() -> None:
            stopped.set()
            resources_written.set()

        access = on_cursor("accessibility", compute, on_cancel=release)

    # the point tables' primary keys, added once their rows are in (one pass instead of entry by
    # entry) on a cursor of their own: building and committing a million-entry index takes a
    # second or more, which the indicators (reading other tables) need not wait for
    keys: BackgroundStep | None = None

    def start_keys() -> None:
        nonlocal keys

        def add(cur: duckdb.DuckDBPyConnection) -> None:
            for table, key in BULK_KEYS.items():
                cur.execute(f"ALTER TABLE {table} ADD PRIMARY KEY ({key})")

        keys = on_cursor("keys", add)

    # 6. code resolution
    def resolve_step() -> None:
        pop = district_population(stats.clean)

        def resolve(key: str, st: Staged, loc: Located) -> pd.DataFrame:
            df, n = resolve_codes(st.clean, areas, crosswalk, pop, loc)
            for x in n:
                st.note(x["line_number"], x["column_name"], x["value"], x["note"])
            report.code_sources[key] = {
                f"{lvl}:{src}": int(c)
                for lvl in ("district", "school")
                for src, c in df[f"{lvl}_code_source"].fillna("NULL").value_counts().items()
            }
            return df

        # 町内会 first: the worker may still be locating the resources
        with _transaction(con):
            write_assocs(resolve("assocs", t["assocs"], t["assocs"].located))
        t["resources"], located = job.result()  # the worker's half of tables, resolve
        if job.parallel:
            con.execute("UPDATE dataset_meta SET min_fy = ?, max_fy = ?", list(year_range(t)))
        # issue 20: placement. Resources without a point get their area's centre (flagged
        # approximate) before any distance is measured (indicators.spatial.placement)
        placed = placed_frame(con, t["resources"].clean)
        # accessibility reads only the rows' points, types and years, which resolution leaves
        # as they are (same rows, same order): it starts now and runs beside the resolution
        start_access(placed)
        resolved = resolve("resources", t["resources"], located)
        for c in ("lat", "lon", "position_source", "position_approximate"):
            resolved[c] = placed[c].to_numpy()  # codes come from the given data, not the placed point
        with _transaction(con):
            write_resources(resolved)
        resources_written.set()
        start_keys()

    run.step("resolve", resolve_step)
    staged += [t["assocs"], t["resources"]]
    # declared indicators (indicators.yaml; indicator_observations.csv staged like the tables)
    staged += run.step("declared", lambda: stage_declared(con, cfg, areas.district_codes, areas.school_codes))
    # 6c. measure progress (optional file, checked against plan_measures): indicators.progress.load
    staged += run.step("progress", lambda: load_hook("progress", "indicators.progress.load", "load_progress")(con, cfg))

    # the load report first (the checks below fail with it); its tables are written while
    # accessibility already runs
    report.rejected = rejects_frame(staged)
    report.notes = notes_frame(staged)
    report.reconciliation = [
        {"source_file": s.source_file, "rows_read": s.rows_read, "rows_loaded": s.rows_loaded,
         "rows_rejected": s.rows_rejected, "encoding": s.encoding}
        for s in staged
    ]
    for r in report.reconciliation:  # the invariant the whole pipeline promises
        if r["rows_read"] != r["rows_loaded"] + r["rows_rejected"]:
            raise RuntimeError(f"reconciliation broken for {r['source_file']}: {r}")

    if strict and report.rows_rejected:
        raise BuildError(
            f"--strict: {report.rows_rejected} 行が不正な行として除外されました（"
            + ", ".join(f"{r['source_file']} {r['rows_rejected']} 行" for r in report.reconciliation if r["rows_rejected"])
            + "）。ウェアハウスは更新していません", report)

    if con.execute("SELECT count(*) FROM districts").fetchone()[0] == 0:
        raise BuildError(
            "地区が 1 つもありません（districts の区域ファイル・districts.csv・district_stats.csv の district_code "
            "のいずれにも取り込める行がありません）", report)

    with _transaction(con):
        # the school list in a dataset without school areas or crosswalk = codes seen
        if areas.school_codes is None:
            con.execute("""INSERT INTO school_districts (school_code)
                SELECT DISTINCT school_code FROM (SELECT school_code FROM resources UNION ALL
                SELECT school_code FROM neighbourhood_assocs) WHERE school_code IS NOT NULL ORDER BY 1""")

    with _transaction(con):
        _insert(con, "rejected_rows", report.rejected, "source_file, line_number, column_name, value, reason")
        _insert(con, "load_notes", report.notes, "source_file, line_number, column_name, value, note")
        _insert(con, "load_reconciliation", pd.DataFrame(report.reconciliation,
                columns=["source_file", "rows_read", "rows_loaded", "rows_rejected"]),
                "source_file, rows_read, rows_loaded, rows_rejected")

    # 7b. the areas simplified once for every map (indicators.spatial.display)
    with _transaction(con):
        run.step("display", lambda: write_display_areas(con))

    # 8. indicators
    if "indicators" in skip:
        run.skip("indicators", "指定により")
    else:
        fn = load_hook("indicators", "indicators.engine.compute", "compute_all")
        params = inspect.signature(fn).parameters
        kwargs: dict[str, Any] = {}
        if "parquet_dir" in params:
            # parquet copies are published only after the warehouse swap, never before
            staging = atomic.parquet_staging_dir(report.warehouse_path)
            staging.mkdir(exist_ok=True)
            report.parquet_staging = staging
            kwargs["parquet_dir"] = staging
        if access is not None:
            if "pending" in params:
                kwargs["pending"] = {"access_district": access.wait}  # families that read it wait
            else:
                access.wait()
        run.step("indicators", lambda: fn(con, **kwargs))
    if access is not None:
        access.wait()  # done already if a family read its table; its error, if any, is raised here
    if keys is not None:
        keys.wait()  # a duplicate key (which staging rules out) fails the build here
