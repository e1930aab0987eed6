"""`compute_all(con)`: catalogue, plan links, indicator values and priority scores into the warehouse.

Steps (all on the connection the build opened on its temp warehouse):
1. write `indicator_catalogue` and `indicator_plan_links` (every plan reference must match
   a `plan_sections` block, else a build error naming the indicator);
2. create the `eng_*` helper tables the family queries read (see the package docstring);
3. run `sql/<family>.sql` per family in catalogue order; each result is checked, suppressed
   (`suppression.suppress_values`) and appended to `eng_values`, which later families read;
4. store `indicator_values` and `priority_scores`, and parquet copies next to the warehouse file.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from indicators.engine.catalogue import (
    Indicator,
    catalogue_frame,
    load_catalogue,
    params_frame,
    plan_refs_frame,
)
from indicators.engine.suppression import DEFAULT_THRESHOLD, suppress_values

VALUE_COLUMNS = ["indicator_id", "area_level", "area_code", "fiscal_year", "value", "numerator",
                 "denominator", "target", "suppressed"]
_QUERY_COLUMNS = ["indicator_id", "area_level", "area_code", "fiscal_year", "value", "numerator", "denominator"]


def _user_error(msg: str) -> Exception:
    from indicators.cli import UserError

    return UserError(msg)


def _table_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND NOT temporary", [name]
    ).fetchone()[0]) or bool(con.execute(
        "SELECT count(*) FROM duckdb_views() WHERE view_name = ? AND NOT temporary", [name]
    ).fetchone()[0])


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND database_name = current_database()", [table]).fetchall()}


def _scalar(value: object) -> object:
    """NULL-like scalars → None; lists and arrays untouched."""
    if isinstance(value, (list, tuple, dict)) or hasattr(value, "__array__") and not isinstance(value, (int, float)):
        return value
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):
        return value


def read_meta(con: duckdb.DuckDBPyConnection) -> dict:
    """dataset_meta as a dict, with the fiscal-year range capped at as_of_fy."""
    if not _table_exists(con, "dataset_meta"):
        raise _user_error("ウェアハウスに dataset_meta がありません（welfare build で作り直してください）")
    df = con.execute("SELECT * FROM dataset_meta LIMIT 1").df()
    if df.empty:
        raise _user_error("dataset_meta が空です")
    meta = {k: _scalar(v) for k, v in df.iloc[0].to_dict().items()}
    threshold = meta.get("suppression_threshold")
    meta["suppression_threshold"] = DEFAULT_THRESHOLD if threshold is None or pd.isna(threshold) else int(threshold)
    min_fy, max_fy, as_of_fy = meta.get("min_fy"), meta.get("max_fy"), meta.get("as_of_fy")
    if min_fy is None or pd.isna(min_fy) or max_fy is None or pd.isna(max_fy):
        raise _user_error("dataset_meta の min_fy / max_fy が空です（年度の範囲が決まりません）")
    max_fy = int(max_fy)
    if as_of_fy is not None and not pd.isna(as_of_fy):
        max_fy = min(max_fy, int(as_of_fy))
    meta["min_fy"], meta["max_fy"] = int(min_fy), max_fy
    if meta["min_fy"] > meta["max_fy"]:
        raise _user_error(f"dataset_meta の年度範囲が不正です: min_fy={meta['min_fy']} > max_fy={meta['max_fy']}")
    meta["municipality_code"] = str(meta.get("municipality_code") or "")
    return meta


def write_catalogue(con: duckdb.DuckDBPyConnection, indicators: list[Indicator]) -> None:
    frame = catalogue_frame(indicators)  # noqa: F841 (read by DuckDB by name)
    con.execute("CREATE OR REPLACE TABLE indicator_catalogue AS SELECT * FROM frame ORDER BY sort_order")


def write_plan_links(con: duckdb.DuckDBPyConnection, indicators: list[Indicator]) -> None:
    """indicator_plan_links from the catalogue references matched to plan_sections on the numbers.

    A reference matches the plan_sections row with equal goal/policy/section/item numbers
    (NULL section or item match NULL only). An unmatched reference is a build error.
    """
    refs = plan_refs_frame(indicators)  # noqa: F841
    if not _table_exists(con, "plan_sections"):
        raise _user_error("計画の表 plan_sections がないため、指標と計画の対応（plan_blocks）を確認できません")
    cols = _columns(con, "plan_sections")
    block_expr = "s.block_id" if "block_id" in cols else "NULL::VARCHAR"
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE eng_plan_matches AS
        SELECT r.indicator_id, r.ref_label, {block_expr} AS block_id,
               r.goal_no, r.policy_no, r.section_no, r.item_no, s.goal_no AS matched
        FROM refs r
        LEFT JOIN plan_sections s
          ON s.goal_no = r.goal_no AND s.policy_no = r.policy_no
         AND s.section_no IS NOT DISTINCT FROM r.section_no
         AND s.item_no IS NOT DISTINCT FROM r.item_no
    """)
    bad = con.execute(
        "SELECT indicator_id, ref_label FROM eng_plan_matches WHERE matched IS NULL ORDER BY ALL").fetchall()
    if bad:
        listed = "、".join(f"{i}（{label}）" for i, label in bad)
        raise _user_error(f"指標カタログの plan_blocks が計画（plan_sections）の項目と一致しません: {listed}")
    con.execute("""
        CREATE OR REPLACE TABLE indicator_plan_links AS
        SELECT DISTINCT indicator_id, block_id, goal_no::INTEGER AS goal_no, policy_no::INTEGER AS policy_no,
               section_no::INTEGER AS section_no, item_no::INTEGER AS item_no, ref_label
        FROM eng_plan_matches ORDER BY indicator_id, goal_no, policy_no, section_no NULLS FIRST, item_no NULLS FIRST
    """)


def _prepare_helpers(con: duckdb.DuckDBPyConnection, indicators: list[Indicator], meta: dict) -> None:
    params = params_frame(indicators)  # noqa: F841
    con.execute("CREATE OR REPLACE TEMP TABLE eng_params AS SELECT ?::INTEGER AS threshold, ?::VARCHAR AS municipality_code, "
                "?::INTEGER AS min_fy, ?::INTEGER AS max_fy",
                [meta["suppression_threshold"], meta["municipality_code"], meta["min_fy"], meta["max_fy"]])
    con.execute("CREATE OR REPLACE TEMP TABLE eng_years AS "
                "SELECT range::INTEGER AS fiscal_year FROM range(?, ? + 1)", [meta["min_fy"], meta["max_fy"]])
    con.execute("CREATE OR REPLACE TEMP TABLE eng_indicator_params AS "
                "SELECT indicator_id::VARCHAR AS indicator_id, param::VARCHAR AS param, key::VARCHAR AS key, "
                "value::VARCHAR AS value FROM params")
    con.execute("CREATE OR REPLACE TEMP TABLE eng_districts AS "
                "SELECT DISTINCT district_code::VARCHAR AS district_code FROM districts WHERE district_code IS NOT NULL")
    # Schools: the school_districts table; without geometry, the crosswalk's school codes.
    school_sources = ["SELECT school_code FROM school_districts"] if _table_exists(con, "school_districts") else []
    if _table_exists(con, "crosswalk"):
        school_sources.append("SELECT school_code FROM crosswalk")
    union = " UNION ".join(school_sources) or "SELECT NULL::VARCHAR AS school_code WHERE false"
    con.execute(f"CREATE OR REPLACE TEMP TABLE eng_schools AS SELECT DISTINCT school_code::VARCHAR AS school_code "
                f"FROM ({union}) WHERE school_code IS NOT NULL")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE eng_areas AS
        SELECT 'district' AS area_level, district_code AS area_code FROM eng_districts
        UNION ALL SELECT 'school_district', school_code FROM eng_schools
    """)
    # Active in year Y: opened_fy <= Y (NULL = before the series) and (closed_fy NULL or > Y).
    con.execute("""
        CREATE OR REPLACE TEMP TABLE eng_active_resources AS
        SELECT y.fiscal_year, r.resource_id, r.resource_type, r.district_code, r.school_code
        FROM resources r JOIN eng_years y
          ON (r.opened_fy IS NULL OR r.opened_fy <= y.fiscal_year)
         AND (r.closed_fy IS NULL OR r.closed_fy > y.fiscal_year)
    """)
    con.execute("""
        CREATE OR REPLACE TEMP TABLE eng_area_resources AS
        SELECT fiscal_year, resource_id, resource_type, 'district' AS area_level, district_code AS area_code
        FROM eng_active_resources WHERE district_code IS NOT NULL
        UNION ALL
        SELECT fiscal_year, resource_id, resource_type, 'school_district', school_code
        FROM eng_active_resources WHERE school_code IS NOT NULL
    """)
    con.execute("""
        CREATE OR REPLACE TEMP TABLE eng_stats AS
        SELECT district_code, fiscal_year, population, pop_0_14, pop_65plus, pop_75plus,
               households, single_elderly_households, suppressed_columns
        FROM district_stats
    """)
    con.execute("CREATE OR REPLACE TEMP TABLE eng_values (indicator_id VARCHAR, area_level VARCHAR, "
                "area_code VARCHAR, fiscal_year INTEGER, value DOUBLE, numerator DOUBLE, denominator DOUBLE, "
                "target DOUBLE, suppressed BOOLEAN)")


def _run_family(con: duckdb.DuckDBPyConnection, family: str, members: list[Indicator], meta: dict) -> pd.DataFrame:
    sql_path = members[0].sql_path
    if not sql_path.exists():
        raise RuntimeError(f"family {family} ({members[0].source_file}) has no query sql/{family}.sql")
    try:
        # through Arrow: same dtypes as .df(), several times faster for millions of rows
        frame = con.execute(sql_path.read_text(encoding="utf-8")).to_arrow_table().to_pandas()
    except duckdb.Error as exc:
        raise RuntimeError(f"indicator query sql/{family}.sql failed: {exc}") from exc
    missing = [c for c in _QUERY_COLUMNS if c not in frame.columns]
    if missing:
        raise RuntimeError(f"sql/{family}.sql must return columns {_QUERY_COLUMNS}; missing {missing}")
    ids = {m.indicator_id: m for m in members}
    # unique() first: iterating a few million Arrow strings in Python costs seconds at national scale
    levels_by_id = {k: set(v) for k, v in frame.groupby("indicator_id", sort=False)["area_level"].unique().items()}
    foreign = sorted(set(levels_by_id) - set(ids))
    if foreign:
        raise RuntimeError(f"sql/{family}.sql returned indicators not declared in family {family}: {foreign}")
    for ind_id, ind in ids.items():
        levels = levels_by_id.get(ind_id, set())
        if not levels:
            raise RuntimeError(f"sql/{family}.sql produced no rows for indicator {ind_id}")
        if levels - set(ind.area_levels):
            raise RuntimeError(f"sql/{family}.sql returned area levels {sorted(levels - set(ind.area_levels))} "
                               f"for {ind_id}, which declares {list(ind.area_levels)}")
    key = ["indicator_id", "area_level", "area_code", "fiscal_year"]
    dup = frame[frame.duplicated(key, keep=False)]
    if not dup.empty:
        raise RuntimeError(f"sql/{family}.sql returned duplicate rows, e.g. {dup.iloc[0][key].to_dict()}")
    years = frame["fiscal_year"].astype(int)
    if ((years < meta["min_fy"]) | (years > meta["max_fy"])).any():
        raise RuntimeError(f"sql/{family}.sql returned fiscal years outside {meta['min_fy']}–{meta['max_fy']}")
    frame["target"] = frame["indicator_id"].map({k: v.target for k, v in ids.items()}).astype("float64")
    frame = suppress_values(frame, members, meta["suppression_threshold"])
    frame["fiscal_year"] = frame["fiscal_year"].astype("int64")
    frame["area_code"] = frame["area_code"].astype(str)
    return frame[VALUE_COLUMNS]


def compute_all(con: duckdb.DuckDBPyConnection, quiet: bool = True, parquet_dir: Path | None = None) -> None:
    """Write indicator_catalogue, indicator_plan_links, indicator_values, priority_scores (+ parquet).

    Parquet copies go to `parquet_dir`, by default the folder of the connection's database
    file (the build's temp file sits next to the final warehouse); nothing for in-memory.
    """
    indicators = load_catalogue()
    con.execute("SET enable_progress_bar = false")  # the build shows its own progress
    meta = read_meta(con)
    write_catalogue(con, indicators)
    write_plan_links(con, indicators)
    _prepare_helpers(con, indicators, meta)

    families: dict[str, list[Indicator]] = {}
    for ind in indicators:
        families.setdefault(ind.family, []).append(ind)
    skipped: list[str] = []
    for family, members in families.items():
        absent = [t for t in members[0].requires if not _table_exists(con, t)]
        if absent:
            skipped += [m.indicator_id for m in members]
            continue
        rows = _run_family(con, family, members, meta)  # noqa: F841
        con.execute("INSERT INTO eng_values SELECT * FROM rows")
        if not quiet:
            print(f"指標 {family}: {len(rows)} 行")
    if skipped:
        # Families whose input table is absent (e.g. accessibility without points) leave no catalogue entry dangling.
        con.execute("DELETE FROM indicator_catalogue WHERE list_contains(?, indicator_id)", [skipped])
        con.execute("DELETE FROM indicator_plan_links WHERE list_contains(?, indicator_id)", [skipped])

    con.execute("""
        CREATE OR REPLACE TABLE indicator_values AS
        SELECT v.* FROM eng_values v JOIN indicator_catalogue c USING (indicator_id)
        ORDER BY c.sort_order, CASE v.area_level WHEN 'city' THEN 0 WHEN 'district' THEN 1 ELSE 2 END,
                 v.area_code, v.fiscal_year
    """)
    _write_priority_scores(con)
    _write_parquet(con, parquet_dir)


def _write_priority_scores(con: duckdb.DuckDBPyConnection) -> None:
    """priority_scores: district_code, fiscal_year, score, rank, and per component c: c, c_scaled, c_suppressed."""
    has_components = bool(con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'eng_priority_components' AND temporary").fetchone()[0])
    scores = con.execute("""
        SELECT area_code AS district_code, fiscal_year, value AS score
        FROM eng_values WHERE indicator_id = 'priority_score' AND area_level = 'district'
    """).df()
    if has_components:
        comp = con.execute("SELECT * FROM eng_priority_components").df()
        wide = comp.pivot_table(index=["district_code", "fiscal_year"], columns="component",
                                values=["value", "scaled"], aggfunc="first", dropna=False)
        flags = comp.pivot_table(index=["district_code", "fiscal_year"], columns="component",
                                 values="suppressed", aggfunc="first")
        parts = {}
        for c in comp["component"].drop_duplicates():
            parts[c] = wide[("value", c)] if ("value", c) in wide.columns else pd.NA
            parts[f"{c}_scaled"] = wide[("scaled", c)] if ("scaled", c) in wide.columns else pd.NA
            parts[f"{c}_suppressed"] = flags[c].astype(bool)
        comps = pd.DataFrame(parts).reset_index()
        scores = scores.merge(comps, on=["district_code", "fiscal_year"], how="left")
    scores["rank"] = scores.groupby("fiscal_year")["score"].rank(ascending=False, method="min").astype("Int64")
    scores = scores.sort_values(["fiscal_year", "rank", "district_code"], na_position="last")  # noqa: F841
    con.execute("CREATE OR REPLACE TABLE priority_scores AS SELECT * FROM scores")


def warehouse_file(con: duckdb.DuckDBPyConnection) -> Path | None:
    row = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return Path(row[0]) if row and row[0] else None


def _write_parquet(con: duckdb.DuckDBPyConnection, parquet_dir: Path | None = None) -> None:
    """Parquet copies next to the warehouse file (the build's temp file sits in the target folder)."""
    if parquet_dir is None:
        # The build sets this variable to the final warehouse path (it runs on a temp file).
        try:
            final = con.execute("SELECT getvariable('welfare_warehouse_path')").fetchone()[0]
        except duckdb.Error:
            final = None
        path = Path(final) if final else warehouse_file(con)
        if path is None:
            return
        parquet_dir = path.parent
    parquet_dir = Path(parquet_dir)
    for table in ("indicator_values", "priority_scores", "indicator_catalogue", "indicator_plan_links"):
        target = parquet_dir / f"{table}.parquet"
        tmp = target.with_suffix(".parquet.tmp")
        con.execute(f"COPY {table} TO '{tmp.as_posix()}' (FORMAT parquet)")
        tmp.replace(target)
