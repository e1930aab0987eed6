"""`compute_all(con)`: catalogue, plan links, indicator values and priority scores into the warehouse.

Steps (all on the connection the build opened on its temp warehouse):
1. write `indicator_catalogue` and `indicator_plan_links` (every plan reference must match
   a `plan_sections` block, else a build error naming the indicator);
2. create the `eng_*` helper tables the family queries read (see the package docstring);
3. run `sql/<family>.sql` per family in catalogue order; each result stays in DuckDB
   (temp table `eng_family`): it is checked with small aggregate queries, suppressed in SQL
   (`suppression.suppress_values_sql`, same rules as the pandas `suppress_values`) and
   appended, sorted, to `indicator_values`, which later families read as the view `eng_values`
   (written once: a temp table and a copy at the end cost a second write of millions of rows);
4. store `priority_scores` (pivot in SQL) and parquet copies next to the warehouse file.

Families run in catalogue order and `sort_order` follows it, so appending each family sorted
by (sort_order, level, area_code, fiscal_year) gives the table its final order without a
global sort of millions of rows.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
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
from indicators.engine.target_status import write_target_status
from indicators.engine.suppression import DEFAULT_THRESHOLD, group_counts_sql, suppress_values_sql

VALUE_COLUMNS = ["indicator_id", "area_level", "area_code", "fiscal_year", "value", "numerator",
                 "denominator", "target", "suppressed"]
_QUERY_COLUMNS = ["indicator_id", "area_level", "area_code", "fiscal_year", "value", "numerator", "denominator"]


def _user_error(msg: str) -> Exception:
    from indicators.errors import UserError

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
        SELECT r.indicator_id::VARCHAR AS indicator_id, r.ref_label::VARCHAR AS ref_label, {block_expr} AS block_id,
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
    # Views: the per-resource rows (5 M at national scale) are only read if a query asks;
    # the families use the per-area counts below.
    con.execute("""
        CREATE OR REPLACE TEMP VIEW eng_active_resources AS
        SELECT y.fiscal_year, r.resource_id, r.resource_type, r.district_code, r.school_code
        FROM resources r JOIN eng_years y
          ON (r.opened_fy IS NULL OR r.opened_fy <= y.fiscal_year)
         AND (r.closed_fy IS NULL OR r.closed_fy > y.fiscal_year)
    """)
    con.execute("""
        CREATE OR REPLACE TEMP VIEW eng_area_resources AS
        SELECT fiscal_year, resource_id, resource_type, 'district' AS area_level, district_code AS area_code
        FROM eng_active_resources WHERE district_code IS NOT NULL
        UNION ALL
        SELECT fiscal_year, resource_id, resource_type, 'school_district', school_code
        FROM eng_active_resources WHERE school_code IS NOT NULL
    """)
    # Active resources per (year, type, area): one scan of resources with a count per year
    # (no resources × years join), 地区, 小学校区 and city totals as grouping sets.
    years = list(range(meta["min_fy"], meta["max_fy"] + 1))
    per_year = ", ".join(f"count(*) FILTER (WHERE (opened_fy IS NULL OR opened_fy <= {y}) "
                         f"AND (closed_fy IS NULL OR closed_fy > {y})) AS y{y}" for y in years)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE eng_resource_counts AS
        WITH g AS (
            SELECT resource_type, district_code::VARCHAR AS d, school_code::VARCHAR AS s,
                   grouping(district_code, school_code) AS gid, {per_year}
            FROM resources
            GROUP BY GROUPING SETS ((resource_type, district_code), (resource_type, school_code), (resource_type))
        ),
        wide AS (
            SELECT resource_type,
                   CASE gid WHEN 1 THEN 'district' WHEN 2 THEN 'school_district' ELSE 'city' END AS area_level,
                   CASE gid WHEN 1 THEN d WHEN 2 THEN s ELSE (SELECT municipality_code FROM eng_params) END AS area_code,
                   {", ".join(f"y{y}" for y in years)}
            FROM g WHERE (gid = 1 AND d IS NOT NULL) OR (gid = 2 AND s IS NOT NULL) OR gid = 3
        )
        SELECT substr(year_col, 2)::INTEGER AS fiscal_year, resource_type, area_level, area_code, n
        FROM (UNPIVOT wide ON {", ".join(f"y{y}" for y in years)} INTO NAME year_col VALUE n)
        WHERE n > 0
    """)
    con.execute("""
        CREATE OR REPLACE TEMP TABLE eng_stats AS
        SELECT district_code, fiscal_year, population, pop_0_14, pop_65plus, pop_75plus,
               households, single_elderly_households, suppressed_columns
        FROM district_stats
    """)
    # compression chosen rather than analysed per segment (see warehouse.schema): a third less
    # time writing millions of values
    con.execute("CREATE OR REPLACE TABLE indicator_values (indicator_id VARCHAR USING COMPRESSION dictionary, "
                "area_level VARCHAR USING COMPRESSION dictionary, area_code VARCHAR USING COMPRESSION fsst, "
                "fiscal_year INTEGER, value DOUBLE, numerator DOUBLE, denominator DOUBLE, "
                "target DOUBLE, suppressed BOOLEAN)")
    con.execute("CREATE OR REPLACE TEMP VIEW eng_values AS SELECT * FROM indicator_values")


def _run_family(con: duckdb.DuckDBPyConnection, family: str, members: list[Indicator], meta: dict) -> pd.DataFrame:
    """`_append_family`, then the family's rows as stored (VALUE_COLUMNS) — for tests and callers
    that want the frame; compute_all itself never fetches the rows."""
    _append_family(con, family, members, meta)
    ids = [m.indicator_id for m in members]
    return con.execute("SELECT * FROM eng_values WHERE list_contains(?, indicator_id)", [ids]).df()[VALUE_COLUMNS]


def _append_family(con: duckdb.DuckDBPyConnection, family: str, members: list[Indicator], meta: dict) -> int:
    """Run sql/<family>.sql into temp table eng_family, check it, append it suppressed and sorted
    to indicator_values; returns the number of rows."""
    sql_path = members[0].sql_path
    if not sql_path.exists():
        raise RuntimeError(f"family {family} ({members[0].source_file}) has no query sql/{family}.sql")
    try:
        statements = con.extract_statements(sql_path.read_text(encoding="utf-8"))
        if not statements:
            raise RuntimeError(f"sql/{family}.sql is empty")
        for statement in statements[:-1]:
            con.execute(statement.query)
        last = statements[-1]
        if last.type != duckdb.StatementType.SELECT:
            raise RuntimeError(f"the last statement of sql/{family}.sql must be a SELECT")
        columns = set(con.sql(last.query).columns)  # binds the query, does not run it
        missing = [c for c in _QUERY_COLUMNS if c not in columns]
        if missing:
            raise RuntimeError(f"sql/{family}.sql must return columns {_QUERY_COLUMNS}; missing {missing}")
        # The rows stay in DuckDB (no round trip of millions of rows through pandas), typed once.
        con.execute(f"CREATE OR REPLACE TEMP TABLE eng_family AS {family_rows_sql(last.query, columns)}")
    except duckdb.Error as exc:
        raise RuntimeError(f"indicator query sql/{family}.sql failed: {exc}") from exc
    flags = pd.DataFrame({  # noqa: F841 (read by DuckDB by name)
        "indicator_id": [m.indicator_id for m in members],
        "is_num": [bool(m.counts_people) for m in members],
        "is_den": [bool(m.denominator_counts_people) for m in members],
        "target": pd.array([m.target for m in members], dtype="float64"),
    })
    con.execute("CREATE OR REPLACE TEMP TABLE eng_family_flags AS SELECT f.indicator_id::VARCHAR AS indicator_id, "
                "f.is_num::BOOLEAN AS is_num, f.is_den::BOOLEAN AS is_den, f.target::DOUBLE AS target, c.sort_order "
                "FROM flags f JOIN indicator_catalogue c ON c.indicator_id = f.indicator_id")
    threshold = meta["suppression_threshold"]
    # One pass for the checks and the secondary-suppression groups (small result).
    groups = con.execute(group_counts_sql("eng_family", "eng_family_flags", threshold)).fetchall()
    _check_family(con, family, members, meta, groups)
    suppressed = suppress_values_sql(con, "eng_family", "eng_family_flags", threshold,
                                     counts=groups, carry=("target", "sort_order"))
    # Rows of unknown indicators (NULL ids) drop out here, as the former final join did.
    n = con.execute(f"""
        INSERT INTO indicator_values
        SELECT s.indicator_id, s.area_level, s.area_code, s.fiscal_year, s.value, s.numerator,
               s.denominator, s.target, s.suppressed
        FROM ({suppressed}) s
        WHERE s.sort_order IS NOT NULL
        ORDER BY s.sort_order, CASE s.area_level WHEN 'city' THEN 0 WHEN 'district' THEN 1 ELSE 2 END,
                 s.area_code, s.fiscal_year
    """).fetchone()[0]
    con.execute("DROP TABLE eng_family")
    return int(n)


def family_rows_sql(query: str, columns: set[str]) -> str:
    """The family query's rows typed as the engine needs them (see suppression.py): NaN and
    non-numbers → NULL (as the former pandas round trip did), `src_hidden` from the optional
    source_suppressed / suppressed columns."""
    hidden = [f"coalesce(TRY_CAST(q.{c} AS BOOLEAN), false)" for c in ("source_suppressed", "suppressed") if c in columns]
    numbers = {c: f"CASE WHEN isnan(TRY_CAST(q.{c} AS DOUBLE)) THEN NULL ELSE TRY_CAST(q.{c} AS DOUBLE) END"
               for c in ("value", "numerator", "denominator")}
    return f"""
        SELECT q.indicator_id::VARCHAR AS indicator_id, q.area_level::VARCHAR AS area_level,
               q.area_code::VARCHAR AS area_code, TRY_CAST(q.fiscal_year AS INTEGER) AS fiscal_year,
               {numbers['value']} AS value, {numbers['numerator']} AS numerator,
               {numbers['denominator']} AS denominator,
               {' OR '.join(hidden) if hidden else 'false'} AS src_hidden
        FROM ({query}
        ) q
    """


def _check_family(con: duckdb.DuckDBPyConnection, family: str, members: list[Indicator], meta: dict,
                  groups: list[tuple]) -> None:
    """The checks of a family result (declared ids and levels, rows per id, no duplicates, years in range).

    `groups`: (indicator_id, area_level, fiscal_year, n, n_hidden) per group.
    """
    ids = {m.indicator_id: m for m in members}
    levels_by_id: dict[str, set] = {}
    for ind_id, level, *_ in groups:
        if ind_id is not None:
            levels_by_id.setdefault(ind_id, set()).add(level)
    foreign = sorted(set(levels_by_id) - set(ids))
    if foreign:
        raise RuntimeError(f"sql/{family}.sql returned indicators not declared in family {family}: {foreign}")
    for ind_id, ind in ids.items():
        levels = levels_by_id.get(ind_id, set())
        if not levels and not ind.declared:  # a declared indicator may have no values yet
            raise RuntimeError(f"sql/{family}.sql produced no rows for indicator {ind_id}")
        if levels - set(ind.area_levels):
            extra = sorted(levels - set(ind.area_levels), key=lambda v: (v is None, str(v)))
            raise RuntimeError(f"sql/{family}.sql returned area levels {extra} "
                               f"for {ind_id}, which declares {list(ind.area_levels)}")
    # Duplicates: as many distinct key hashes as rows proves there are none (equal keys hash
    # equally); otherwise the exact query finds an example (or only a hash collision).
    key = "indicator_id, area_level, area_code, fiscal_year"
    distinct = con.execute(f"SELECT count(DISTINCT hash({key})) FROM eng_family").fetchone()[0]
    if distinct != sum(g[3] for g in groups):
        dup = con.execute(f"""
            SELECT {key} FROM eng_family GROUP BY ALL HAVING count(*) > 1 ORDER BY min(rowid) LIMIT 1
        """).fetchone()
        if dup is not None:
            example = dict(zip(["indicator_id", "area_level", "area_code", "fiscal_year"], dup))
            raise RuntimeError(f"sql/{family}.sql returned duplicate rows, e.g. {example}")
    years = [g[2] for g in groups]
    if any(fy is None or fy < meta["min_fy"] or fy > meta["max_fy"] for fy in years):
        raise RuntimeError(f"sql/{family}.sql returned fiscal years outside {meta['min_fy']}–{meta['max_fy']}")


def compute_all(con: duckdb.DuckDBPyConnection, quiet: bool = True, parquet_dir: Path | None = None,
                pending: Mapping[str, Callable[[], None]] | None = None,
                only_families: Collection[str] | None = None) -> None:
    """Write indicator_catalogue, indicator_plan_links, indicator_values, priority_scores (+ parquet).

    Parquet copies go to `parquet_dir`, by default the folder of the connection's database
    file (the build's temp file sits next to the final warehouse); nothing for in-memory.
    Meant for the build's temporary warehouse: a failing family leaves indicator_values partly
    written, and the build then discards the whole file. `pending`: tables another connection is
    still writing (the build's accessibility thread), name → wait function; a family that
    requires one waits for it (and gets its error) first. `only_families`: compute only these (tests of
    one family on a tiny plan whose blocks the other families' plan_blocks would not match).
    """
    from indicators.declared.catalogue import declared_indicators

    indicators = load_catalogue() + declared_indicators(con)  # one catalogue: built in + indicators.yaml
    if only_families is not None:
        indicators = [i for i in indicators if i.family in only_families]
    con.execute("SET enable_progress_bar = false")  # the build shows its own progress
    meta = read_meta(con)
    write_catalogue(con, indicators)
    write_plan_links(con, indicators)
    _prepare_helpers(con, indicators, meta)

    families: dict[str, list[Indicator]] = {}
    for ind in indicators:
        families.setdefault(ind.family, []).append(ind)
    skipped: list[str] = []
    waits = dict(pending or {})
    for family, members in families.items():
        for table in members[0].requires:
            if table in waits:
                waits.pop(table)()
        absent = [t for t in members[0].requires if not _table_exists(con, t)]
        absent += [t for t in members[0].requires_rows
                   if t not in absent and not con.execute(f'SELECT EXISTS (FROM "{t}")').fetchone()[0]]
        if absent:
            skipped += [m.indicator_id for m in members]
            continue
        n = _append_family(con, family, members, meta)
        if not quiet:
            print(f"指標 {family}: {n} 行")
    if skipped:
        # Families whose input table is absent (e.g. accessibility without points) leave no catalogue entry dangling.
        con.execute("DELETE FROM indicator_catalogue WHERE list_contains(?, indicator_id)", [skipped])
        con.execute("DELETE FROM indicator_plan_links WHERE list_contains(?, indicator_id)", [skipped])

    _write_priority_scores(con)
    write_target_status(con, meta["suppression_threshold"])
    from indicators.declared.monitoring import write_plan_monitoring

    write_plan_monitoring(con)
    _write_parquet(con, parquet_dir)


def _write_priority_scores(con: duckdb.DuckDBPyConnection) -> None:
    """priority_scores: district_code, fiscal_year, score, per component c: c, c_scaled,
    c_suppressed (in the catalogue's weights order), and rank within the year (1 = highest
    score, ties share the smallest rank, NULL scores unranked and last)."""
    has_components = bool(con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'eng_priority_components' AND temporary").fetchone()[0])
    wide = ""
    join = ""
    if has_components:
        declared = [r[0] for r in con.execute(
            "SELECT key FROM eng_indicator_params WHERE indicator_id = 'priority_score' AND param = 'weights' "
            "ORDER BY rowid").fetchall()]
        present = {r[0] for r in con.execute("SELECT DISTINCT component FROM eng_priority_components").fetchall()}
        order = [c for c in declared if c in present] + sorted(present - set(declared))
        cols = []
        for n, c in enumerate(order):
            cond = f"component = ${n + 1}"
            cols += [f"max(value) FILTER (WHERE {cond}) AS \"{c}\"",
                     f"max(scaled) FILTER (WHERE {cond}) AS \"{c}_scaled\"",
                     f"coalesce(bool_or(suppressed) FILTER (WHERE {cond}), true) AS \"{c}_suppressed\""]
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE eng_priority_wide AS
            SELECT district_code, fiscal_year, {", ".join(cols)}
            FROM eng_priority_components GROUP BY district_code, fiscal_year
        """, order)
        wide = ", " + ", ".join(f'w."{c}", w."{c}_scaled", w."{c}_suppressed"' for c in order)
        join = "LEFT JOIN eng_priority_wide w ON w.district_code = s.district_code AND w.fiscal_year = s.fiscal_year"
    con.execute(f"""
        CREATE OR REPLACE TABLE priority_scores AS
        SELECT s.district_code, s.fiscal_year, s.score{wide},
               CASE WHEN s.score IS NOT NULL
                    THEN rank() OVER (PARTITION BY s.fiscal_year ORDER BY s.score DESC NULLS LAST) END::BIGINT AS rank
        FROM (SELECT area_code AS district_code, fiscal_year, value AS score
              FROM eng_values WHERE indicator_id = 'priority_score' AND area_level = 'district') s
        {join}
        ORDER BY s.fiscal_year, rank NULLS LAST, s.district_code
    """)


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
        # the relation API takes the path as a value: no SQL is assembled from it (a quote in the
        # warehouse path once ended the literal and ran a second COPY of its own)
        con.table(table).write_parquet(str(tmp))
        tmp.replace(target)
