"""The build's steps, in data order: each a short function of the build state `Build`.

`STEPS` is the order they run in. To add a step: write `def my_step(b: Build) -> None` (here or in
your own module, imported directly) and add one line `("my_step", "日本語の表示名", my_step)` to
`STEPS` where its inputs exist. A step with nothing to do calls `b.skip(name, why)` and returns.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import geopandas as gpd
import pandas as pd
import shapely

from indicators.declared.load import stage_declared
from indicators.engine.compute import compute_all
from indicators.paths import DEFAULT_PLAN
from indicators.pipeline.report import BuildError, BuildReport
from indicators.plan.load import load_plan
from indicators.progress.load import load_progress
from indicators.raw.csvfile import read_csv
from indicators.raw.dataset import DatasetConfig, choose_metric_crs
from indicators.raw.geometry import read_geometry, storage_crs
from indicators.spatial.accessibility import compute_accessibility
from indicators.spatial.crosswalk import derive_crosswalk
from indicators.spatial.display import write_display_areas
from indicators.spatial.placement import placed_frame
from indicators.staging.areas import add_area_measures, stage_area_polygons, stage_area_table
from indicators.staging.common import Located, Staged, notes_frame, rejects_frame
from indicators.staging.resolve import Areas, locate_rows, resolve_codes
from indicators.staging.tables import (
    district_population,
    points_centre,
    stage_assocs,
    stage_crosswalk,
    stage_district_stats,
    stage_resources,
)
from indicators.vocabulary import RESOURCE_TYPES, vocabulary
from indicators.staging.years import YEAR_COLUMNS, fiscal_year_range
from indicators.warehouse import atomic
from indicators.warehouse.duck import insert_frame, transaction
from indicators.warehouse.schema import BULK_KEYS, DDL, ddl_without_key


@dataclass
class Build:
    """What the steps share: the open temporary warehouse, the dataset, and the staged tables."""

    con: duckdb.DuckDBPyConnection
    cfg: DatasetConfig
    report: BuildReport
    plan_paths: list[Path] | None = None
    strict: bool = False
    skip: Callable[[str, str], None] = lambda name, why: None
    metric_crs: str = ""
    areas_in: dict[str, tuple[str | None, Staged | None]] = field(default_factory=dict)
    staged: dict[str, Staged] = field(default_factory=dict)  # stats, crosswalk, assocs, resources
    more_staged: list[Staged] = field(default_factory=list)  # other files in the load report (declared, progress)
    located: dict[str, Located] = field(default_factory=dict)
    areas: Areas | None = None

    def polygons(self, kind: str) -> gpd.GeoDataFrame | None:
        mode, st = self.areas_in.get(kind, (None, None))
        return st.clean if mode == "geometry" else None

    def require(self, table: str) -> Path:
        path = self.cfg.file(table)
        if path is None:
            raise BuildError(f"{table}.csv: 必須のファイルがありません（{self.cfg.dataset_dir}）")
        return path


def schema(b: Build) -> None:
    with transaction(b.con):
        for ddl in DDL.values():
            b.con.execute(ddl)
        for table in BULK_KEYS:  # point tables get their key once filled (see `keys`)
            b.con.execute(f"DROP TABLE {table}")
            b.con.execute(ddl_without_key(table))
    # the engine writes its parquet copies next to where the warehouse will be once swapped in
    b.con.execute("SET VARIABLE welfare_warehouse_path = ?", [str(b.report.warehouse_path)])


def plan(b: Build) -> None:
    paths = [Path(p) for p in (b.plan_paths or b.cfg.plan_files() or [DEFAULT_PLAN])]
    for p in paths:
        if not p.exists():
            raise BuildError(f"{p}: 計画本文のファイルがありません")
    b.report.plan_counts = load_plan(b.con, paths) or {}


def areas(b: Build) -> None:
    """districts / school_districts: polygons (geometry file), a table (csv), or neither."""
    cfg = b.cfg
    for kind, table in (("district", "districts"), ("school", "school_districts")):
        if (gpath := cfg.geometry_file(table)) is not None:
            gdf = read_geometry(gpath, cfg.crs, cfg.rename_for(table))
            b.areas_in[kind] = ("geometry", stage_area_polygons(gdf, kind, gpath.name))
        elif (cpath := cfg.file(table)) is not None:
            b.areas_in[kind] = ("table", stage_area_table(read_csv(cpath, cfg.rename_for(table)), kind))
        else:
            b.areas_in[kind] = (None, None)
    b.metric_crs = cfg.metric_crs or choose_metric_crs(cfg.municipality_code)
    present = [g for g in (b.polygons("district"), b.polygons("school")) if g is not None and len(g)]
    if not cfg.metric_crs and present:
        # regions split between plane zones (Hokkaido, Okinawa...) are decided by the area's centre
        c = present[0].geometry.union_all().centroid
        b.metric_crs = choose_metric_crs(cfg.municipality_code, c.x, c.y)
    b.report.tabular_only = b.polygons("district") is None


def stats(b: Build) -> None:
    """district_stats (in tabular-only mode they define the district list), then crosswalk.csv."""
    cfg = b.cfg
    st_d, st_s = b.areas_in["district"][1], b.areas_in["school"][1]
    district_codes = set(st_d.clean["district_code"]) if st_d is not None else None
    school_codes = set(st_s.clean["school_code"]) if st_s is not None else None
    path = b.require("district_stats")
    b.staged["stats"] = stage_district_stats(read_csv(path, cfg.rename_for("district_stats")), district_codes)
    if district_codes is None:
        district_codes = set(b.staged["stats"].clean["district_code"])
    if (cpath := cfg.file("crosswalk")) is not None:
        b.staged["crosswalk"] = stage_crosswalk(read_csv(cpath, cfg.rename_for("crosswalk")), district_codes, school_codes)
        if school_codes is None:
            school_codes = set(b.staged["crosswalk"].clean["school_code"]) or None
    d, s = b.polygons("district"), b.polygons("school")
    b.areas = Areas(district_codes, school_codes,
                    None if d is None else d[["district_code", "geometry"]],
                    None if s is None else s[["school_code", "geometry"]],
                    storage_crs(cfg.crs), b.metric_crs)


def points(b: Build) -> None:
    """町内会 and resources: checked, and located in the areas (point in polygon)."""
    cfg, a = b.cfg, b.areas
    apath, rpath = b.require("neighbourhood_assocs"), b.require("resources")
    st = stage_assocs(read_csv(apath, cfg.rename_for("neighbourhood_assocs")), a)
    b.staged["assocs"], b.located["assocs"] = st, st.located
    st = stage_resources(read_csv(rpath, cfg.rename_for("resources")), a, vocabulary(cfg.resource_types))
    b.staged["resources"] = st
    b.located["resources"] = st.located if st.located is not None else locate_rows(st.clean, a)
    if b.report.tabular_only and not cfg.metric_crs:
        lon, lat = points_centre(b.staged["assocs"].clean, st.clean)
        b.metric_crs = a.metric_crs = choose_metric_crs(cfg.municipality_code, lon, lat)


def _geom_frame(gdf: gpd.GeoDataFrame) -> pd.DataFrame:
    df = pd.DataFrame(gdf.drop(columns="geometry"))
    df["wkb"] = shapely.to_wkb(gdf.geometry.values) if len(gdf) else pd.Series(dtype=object)
    return df


def _list_col(s: pd.Series) -> pd.Series:
    """Python lists → '|'-joined text (DuckDB cannot infer the type of empty lists from pandas)."""
    return s.map(lambda v: "|".join(v) if isinstance(v, list) else "")


LIST_SQL = "CASE WHEN {c} IS NULL OR {c} = '' THEN []::VARCHAR[] ELSE string_split({c}, '|') END"
AREA_COLUMNS = ("name_confidence", "area_block", "school_kind", "school_lon", "school_lat",
                "area_km2", "centroid_lon", "centroid_lat")


def store_areas(b: Build) -> None:
    """Write the areas, statistics, dataset_meta and the resource vocabulary (read by later steps)."""
    con, cfg = b.con, b.cfg
    with transaction(con):
        for kind, table, code_col, name_col in (("district", "districts", "district_code", "district_name"),
                                                ("school", "school_districts", "school_code", "school_name")):
            mode, st = b.areas_in[kind]
            if mode == "geometry":
                df, geom_sql = _geom_frame(add_area_measures(st.clean, b.metric_crs)), "ST_GeomFromWKB(wkb)"
            elif mode == "table":
                df, geom_sql = st.clean.copy(), "NULL"
            else:
                codes = b.areas.district_codes if kind == "district" else b.areas.school_codes
                df, geom_sql = pd.DataFrame({code_col: sorted(codes or [])}), "NULL"
            for col in (name_col, *AREA_COLUMNS):
                if col not in df.columns:
                    df[col] = None
            if kind == "district":
                sel = (f"district_code, district_name, name_confidence, area_block, {geom_sql}, area_km2, "
                       "centroid_lon, centroid_lat")
            else:
                sel = (f"school_code, school_name, name_confidence, school_kind, school_lon, school_lat, {geom_sql}, "
                       "area_km2, centroid_lon, centroid_lat")
            insert_frame(con, table, df, sel)

        sdf = b.staged["stats"].clean.copy()
        sdf["suppressed_columns"] = _list_col(sdf["suppressed_columns"])
        insert_frame(con, "district_stats", sdf,
                     "district_code, fiscal_year, population, pop_0_14, pop_65plus, pop_75plus, households, "
                     f"single_elderly_households, {LIST_SQL.format(c='suppressed_columns')}, line_number")

        cols = [b.staged[k].clean[c] for k, c in YEAR_COLUMNS if k in b.staged and c in b.staged[k].clean.columns]
        min_fy, max_fy = fiscal_year_range(cols, cfg.as_of_fy, cfg.first_fy)
        con.execute(
            "INSERT INTO dataset_meta VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [cfg.name, cfg.municipality_code, cfg.municipality_name, cfg.synthetic, cfg.as_of, cfg.as_of_fy,
             storage_crs(cfg.crs), b.metric_crs, cfg.sources, str(cfg.dataset_dir),
             dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), min_fy, max_fy,
             cfg.suppression_threshold, b.report.tabular_only],
        )
        vocab = vocabulary(cfg.resource_types)
        insert_frame(con, "resource_types",
                     pd.DataFrame([{"resource_type": k, **v, "in_contract": k in RESOURCE_TYPES} for k, v in vocab.items()]),
                     "resource_type, label_ja, plan_refs, in_contract")


def display(b: Build) -> None:
    """Each area layer simplified once for every map (dashboard, PNG, report): `display_areas`."""
    with transaction(b.con):
        write_display_areas(b.con)


def crosswalk(b: Build) -> None:
    """crosswalk.csv as given, else derived from the two area layers (weighted by the 町内会)."""
    d, s = b.polygons("district"), b.polygons("school")
    if "crosswalk" in b.staged:
        b.report.crosswalk_method = "given"
        insert_frame(b.con, "crosswalk", b.staged["crosswalk"].clean, "district_code, school_code, weight, method")
    elif d is not None and s is not None and len(d) and len(s):
        derive_crosswalk(b.con, assocs=b.staged["assocs"].clean)
        b.report.crosswalk_method = "derived"
    else:
        b.skip("crosswalk", "crosswalk.csv がなく、両方の区域図形もないため（対応表は空）")


RESOLUTION_COLUMNS = ("district_code_source", "school_code_source", "given_district_code", "given_school_code",
                      "resolution_note")


def _resolved(b: Build, key: str, xwalk: pd.DataFrame, pop: pd.Series) -> pd.DataFrame:
    st = b.staged[key]
    df, notes = resolve_codes(st.clean, b.areas, xwalk, pop, b.located[key])
    for x in notes:
        st.note(x["line_number"], x["column_name"], x["value"], x["note"])
    b.report.code_sources[key] = {
        f"{lvl}:{src}": int(c)
        for lvl in ("district", "school")
        for src, c in df[f"{lvl}_code_source"].fillna("NULL").value_counts().items()
    }
    out = df.copy(deep=False)
    for c in RESOLUTION_COLUMNS:
        if c not in out.columns:
            out[c] = None
    return out


def resolve(b: Build) -> None:
    """Missing 地区 / 小学校区 codes from the points or the crosswalk; 町内会 written, then resources
    without a point placed at their area's 町内会 centre (spatial.placement) and written."""
    con = b.con
    xwalk = con.execute("SELECT district_code, school_code, weight FROM crosswalk").df()
    pop = district_population(b.staged["stats"].clean)
    a = _resolved(b, "assocs", xwalk, pop)
    a["suppressed_columns"] = _list_col(a["suppressed_columns"])
    with transaction(con):
        insert_frame(con, "neighbourhood_assocs", a,
                     "assoc_code, assoc_name, district_code, school_code, district_code_source, school_code_source, "
                     "given_district_code, given_school_code, households, pop_65plus, pop_0_14, sasaeai_map_fy, "
                     f"fureai_salon, lat, lon, {LIST_SQL.format(c='suppressed_columns')}, resolution_note, line_number")
    placed = placed_frame(con, b.staged["resources"].clean)
    r = _resolved(b, "resources", xwalk, pop)
    for c in ("lat", "lon", "position_source", "position_approximate"):
        r[c] = placed[c].to_numpy()  # codes come from the given data, not the placed point
    with transaction(con):
        insert_frame(con, "resources", r,
                     "resource_id, resource_type, name, district_code, school_code, district_code_source, "
                     "school_code_source, given_district_code, given_school_code, lat, lon, opened_fy, closed_fy, "
                     "frequency, note, resolution_note, line_number, position_source, position_approximate")


def declared(b: Build) -> None:
    """Declared indicators (indicators.yaml; indicator_observations.csv staged like the tables)."""
    b.more_staged += stage_declared(b.con, b.cfg, b.areas.district_codes, b.areas.school_codes)


def progress(b: Build) -> None:
    """Measure progress (optional measure_progress.csv, checked against plan_measures)."""
    b.more_staged += load_progress(b.con, b.cfg)


def load_report(b: Build) -> None:
    """rejected_rows, load_notes, load_reconciliation (read = loaded + rejected per file); --strict."""
    con, report = b.con, b.report
    staged = [st for kind in ("district", "school") if (st := b.areas_in[kind][1]) is not None]
    staged += [b.staged[k] for k in ("stats", "crosswalk", "assocs", "resources") if k in b.staged]
    staged += b.more_staged
    report.rejected, report.notes = rejects_frame(staged), notes_frame(staged)
    report.reconciliation = [
        {"source_file": s.source_file, "rows_read": s.rows_read, "rows_loaded": s.rows_loaded,
         "rows_rejected": s.rows_rejected, "encoding": s.encoding}
        for s in staged
    ]
    for r in report.reconciliation:  # the invariant the whole pipeline promises
        if r["rows_read"] != r["rows_loaded"] + r["rows_rejected"]:
            raise RuntimeError(f"reconciliation broken for {r['source_file']}: {r}")
    if b.strict and report.rows_rejected:
        raise BuildError(
            f"--strict: {report.rows_rejected} 行が不正な行として除外されました（"
            + ", ".join(f"{r['source_file']} {r['rows_rejected']} 行" for r in report.reconciliation if r["rows_rejected"])
            + "）。ウェアハウスは更新していません", report)
    if con.execute("SELECT count(*) FROM districts").fetchone()[0] == 0:
        raise BuildError(
            "地区が 1 つもありません（districts の区域ファイル・districts.csv・district_stats.csv の district_code "
            "のいずれにも取り込める行がありません）", report)
    with transaction(con):
        if b.areas.school_codes is None:  # no school areas nor crosswalk: the school list = codes seen
            con.execute("""INSERT INTO school_districts (school_code)
                SELECT DISTINCT school_code FROM (SELECT school_code FROM resources UNION ALL
                SELECT school_code FROM neighbourhood_assocs) WHERE school_code IS NOT NULL ORDER BY 1""")
        insert_frame(con, "rejected_rows", report.rejected, "source_file, line_number, column_name, value, reason")
        insert_frame(con, "load_notes", report.notes, "source_file, line_number, column_name, value, note")
        insert_frame(con, "load_reconciliation",
                     pd.DataFrame(report.reconciliation, columns=["source_file", "rows_read", "rows_loaded", "rows_rejected"]),
                     "source_file, rows_read, rows_loaded, rows_rejected")


def keys(b: Build) -> None:
    """The point tables' primary keys, added once their rows are in (one pass, not entry by entry)."""
    for table, key in BULK_KEYS.items():
        b.con.execute(f"ALTER TABLE {table} ADD PRIMARY KEY ({key})")


def accessibility(b: Build) -> None:
    n = b.con.execute("SELECT (SELECT count(*) FROM neighbourhood_assocs WHERE lat IS NOT NULL) + "
                      "(SELECT count(*) FROM resources WHERE lat IS NOT NULL)").fetchone()[0]
    if n == 0:
        b.skip("accessibility", "座標のある資源・町内会がないため")
        return
    compute_accessibility(b.con)


def indicators(b: Build) -> None:
    # parquet copies are published only after the warehouse swap, never before
    staging = atomic.parquet_staging_dir(b.report.warehouse_path)
    staging.mkdir(exist_ok=True)
    b.report.parquet_staging = staging
    compute_all(b.con, parquet_dir=staging)


Step = tuple[str, str, Callable[[Build], Any]]  # name, label shown while it runs, function
STEPS: tuple[Step, ...] = (
    ("schema", "ウェアハウスの表を作成", schema),
    ("plan", "計画本文を読み込み", plan),
    ("areas", "地区・小学校区の区域", areas),
    ("stats", "統計・対応表の検証", stats),
    ("points", "町内会・資源の検証と位置の特定", points),
    ("store_areas", "区域・統計・データセット情報を書き込み", store_areas),
    ("display", "地図用の区域形状を簡略化", display),
    ("crosswalk", "地区↔小学校区の対応表", crosswalk),
    ("resolve", "地区・小学校区コードの解決", resolve),
    ("declared", "宣言された指標（indicators.yaml）と観測値", declared),
    ("progress", "取組の進捗（measure_progress）の検証", progress),
    ("load_report", "除外した行と照合を記録", load_report),
    ("keys", "町内会・資源の主キーを作成", keys),
    ("accessibility", "アクセス指標の入力を計算", accessibility),
    ("indicators", "指標を計算", indicators),
)
