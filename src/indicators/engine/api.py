"""Python API of the engine: pandas frames read from the warehouse (opened read-only).

Every function takes the warehouse first: a path (None = `indicators.paths.DEFAULT_WAREHOUSE`)
or a connection from `open_warehouse()` (reused, left open);
filters are bound parameters. People/household counts leave only through
`indicators.engine.suppression` (indicator rows were suppressed when they were computed;
district statistics and 町内会 summaries are suppressed here, on the way out).
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from indicators.engine.suppression import DEFAULT_THRESHOLD, PEOPLE_COUNT_COLUMNS, suppress_counts
from indicators.wording import SYNTHETIC_PREFIX

# The notice without the municipality; every output uses wording.synthetic_notice(municipality_name).
SYNTHETIC_NOTICE = SYNTHETIC_PREFIX
AREA_LEVEL_LABELS = {"city": "市全体", "district": "地区", "school_district": "小学校区"}
LEVELS = tuple(AREA_LEVEL_LABELS)


def _path(warehouse: object) -> Path:
    from indicators.paths import DEFAULT_WAREHOUSE

    if isinstance(warehouse, duckdb.DuckDBPyConnection):
        row = warehouse.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
        return Path(row[0]) if row and row[0] else Path(":memory:")
    return Path(warehouse) if warehouse is not None else DEFAULT_WAREHOUSE


def open_warehouse(warehouse: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection that every function here accepts in place of a path (one open
    for several calls; the caller closes it)."""
    from indicators.errors import UserError
    from indicators.warehouse.duck import connect

    path = _path(warehouse)
    if not path.exists():
        raise UserError(f"ウェアハウス {path} がありません。先に welfare build を実行してください")
    try:
        return connect(path, read_only=True)
    except duckdb.Error as exc:
        raise UserError(f"ウェアハウス {path} を開けません: {exc}") from exc


Warehouse = str | Path | duckdb.DuckDBPyConnection | None


@contextmanager
def _connect(warehouse: Warehouse) -> Iterator[duckdb.DuckDBPyConnection]:
    if isinstance(warehouse, duckdb.DuckDBPyConnection):  # caller's open connection: reuse, keep open
        yield warehouse
        return
    con = open_warehouse(warehouse)
    try:
        yield con
    finally:
        con.close()


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND NOT temporary",
                            [name]).fetchone()[0])


def _require(con: duckdb.DuckDBPyConnection, name: str, path: Path) -> None:
    from indicators.errors import UserError

    if not _has_table(con, name):
        raise UserError(f"ウェアハウス {path} に表 {name} がありません。welfare build で作り直してください")


def _meta(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    if not _has_table(con, "dataset_meta"):
        return {}
    df = con.execute("SELECT * FROM dataset_meta LIMIT 1").df()
    if df.empty:
        return {}
    out: dict[str, Any] = {}
    for k, v in df.iloc[0].to_dict().items():
        if isinstance(v, float) and pd.isna(v) or v is pd.NaT or v is None:
            out[k] = None
        elif hasattr(v, "tolist"):  # numpy scalars and arrays (sources) → plain Python
            out[k] = v.tolist()
        elif isinstance(v, pd.Timestamp):
            out[k] = v.to_pydatetime() if k == "built_at" else v.date()
        else:
            out[k] = v
    thr = out.get("suppression_threshold")
    out["suppression_threshold"] = DEFAULT_THRESHOLD if thr is None else int(thr)
    return out


def dataset_meta(warehouse: Warehouse = None) -> dict[str, Any]:
    """The dataset_meta row as a dict (suppression_threshold defaulted to 3)."""
    with _connect(warehouse) as con:
        return _meta(con)


def is_synthetic(warehouse: Warehouse = None) -> bool:
    return bool(dataset_meta(warehouse).get("synthetic"))


def catalogue(warehouse: Warehouse = None) -> pd.DataFrame:
    """The indicator catalogue: the warehouse's table if a warehouse is given, else the YAML files."""
    if warehouse is None:
        from indicators.engine.catalogue import catalogue_frame

        return catalogue_frame()
    path = _path(warehouse)
    with _connect(warehouse) as con:
        _require(con, "indicator_catalogue", path)
        return con.execute("SELECT * FROM indicator_catalogue ORDER BY sort_order").df()


def _plan_level_names(con: Any) -> str:
    """SQL of (level, code, name) for the plan levels of the progress family (goal, policy:
    「Ⅱ-1 福祉学習の推進と担い手づくり」); actor and jusoteki codes are their own names."""
    parts = []
    if _has_table(con, "plan_goals"):
        parts.append("SELECT 'goal' AS level, block_id AS code, "
                     "substr('ⅠⅡⅢⅣⅤⅥⅦⅧⅨ', goal_no, 1) || ' ' || title AS name FROM plan_goals")
    if _has_table(con, "plan_policies"):
        parts.append("SELECT 'policy' AS level, block_id AS code, substr('ⅠⅡⅢⅣⅤⅥⅦⅧⅨ', goal_no, 1) || '-' || policy_no || ' ' || title AS name "
                     "FROM plan_policies")
    return " UNION ALL ".join(parts) or "SELECT NULL AS level, NULL AS code, NULL AS name WHERE false"


def indicator_values(
    warehouse: Warehouse = None,
    fy: int | None = None,
    level: str | None = None,
    ids: Sequence[str] | str | None = None,
    area_code: str | None = None,
) -> pd.DataFrame:
    """indicator_values rows (already suppressed) with name_ja, unit, direction, area_name and gap.

    gap = target - value for direction higher, value - target for lower (positive = short of
    the 目指す姿); NULL without a target or value.
    """
    if isinstance(ids, str):
        ids = [ids]
    path = _path(warehouse)
    with _connect(warehouse) as con:
        _require(con, "indicator_values", path)
        school_names = ("SELECT school_code AS code, school_name AS name FROM school_districts"
                        if _has_table(con, "school_districts") else "SELECT NULL AS code, NULL AS name WHERE false")
        sql = f"""
            SELECT v.indicator_id, c.name_ja, v.area_level, v.area_code,
                   CASE v.area_level WHEN 'city' THEN m.municipality_name
                                     WHEN 'district' THEN d.district_name
                                     WHEN 'school_district' THEN s.name
                                     ELSE coalesce(pl.name, v.area_code) END AS area_name,
                   v.fiscal_year, v.value, v.numerator, v.denominator, v.target, v.suppressed,
                   c.unit, c.direction,
                   CASE WHEN v.target IS NULL OR v.value IS NULL THEN NULL
                        WHEN c.direction = 'higher' THEN v.target - v.value
                        ELSE v.value - v.target END AS gap
            FROM indicator_values v
            JOIN indicator_catalogue c USING (indicator_id)
            LEFT JOIN (SELECT * FROM dataset_meta LIMIT 1) m ON true
            LEFT JOIN districts d ON v.area_level = 'district' AND d.district_code = v.area_code
            LEFT JOIN ({school_names}) s ON v.area_level = 'school_district' AND s.code = v.area_code
            LEFT JOIN ({_plan_level_names(con)}) pl ON pl.level = v.area_level AND pl.code = v.area_code
            WHERE ($fy IS NULL OR v.fiscal_year = $fy)
              AND ($level IS NULL OR v.area_level = $level)
              AND ($no_ids OR list_contains($ids, v.indicator_id))
              AND ($area IS NULL OR v.area_code = $area)
            ORDER BY c.sort_order,
                     CASE v.area_level WHEN 'city' THEN 0 WHEN 'district' THEN 1 ELSE 2 END,
                     v.area_code, v.fiscal_year
        """
        params = {"fy": fy, "level": level, "no_ids": not ids, "ids": list(ids or []), "area": area_code}
        return con.execute(sql, params).df()


def target_gaps(warehouse: Warehouse = None, fy: int | None = None,
                level: str = "district") -> pd.DataFrame:
    """Areas short of the 目指す姿 (indicators with a target): which 地区 still lack X."""
    df = indicator_values(warehouse, fy=fy, level=level)
    return df[df["gap"].notna() & (df["gap"] > 0)].reset_index(drop=True)


def plan_links(warehouse: Warehouse = None, indicator_id: str | None = None) -> pd.DataFrame:
    """indicator_plan_links rows (optionally for one indicator)."""
    path = _path(warehouse)
    with _connect(warehouse) as con:
        _require(con, "indicator_plan_links", path)
        return con.execute(
            "SELECT * FROM indicator_plan_links WHERE $id IS NULL OR indicator_id = $id "
            "ORDER BY indicator_id, goal_no, policy_no, section_no NULLS FIRST, item_no NULLS FIRST",
            {"id": indicator_id}).df()


_MEASURE_JOIN = """
    m.goal_no = l.goal_no AND m.policy_no = l.policy_no
    AND m.section_no IS NOT DISTINCT FROM l.section_no
    AND m.item_no IS NOT DISTINCT FROM l.item_no
"""


def measures_for_indicator(warehouse: Warehouse, indicator_id: str) -> pd.DataFrame:
    """Plan measures (取組) in the plan blocks an indicator monitors (same goal/policy/section/item)."""
    path = _path(warehouse)
    with _connect(warehouse) as con:
        _require(con, "indicator_plan_links", path)
        _require(con, "plan_measures", path)
        return con.execute(f"""
            SELECT DISTINCT l.indicator_id, l.ref_label, m.*
            FROM indicator_plan_links l JOIN plan_measures m ON {_MEASURE_JOIN}
            WHERE l.indicator_id = ?
            ORDER BY m.goal_no, m.policy_no, m.section_no NULLS FIRST, m.item_no NULLS FIRST, m.measure_id
        """, [indicator_id]).df()


def indicators_for_measure(warehouse: Warehouse, measure_id: str) -> pd.DataFrame:
    """Catalogue rows of the indicators that monitor the block of one plan measure."""
    path = _path(warehouse)
    with _connect(warehouse) as con:
        _require(con, "indicator_plan_links", path)
        _require(con, "plan_measures", path)
        return con.execute(f"""
            SELECT c.*, l.block_id, l.ref_label
            FROM plan_measures m
            JOIN indicator_plan_links l ON {_MEASURE_JOIN}
            JOIN indicator_catalogue c ON c.indicator_id = l.indicator_id
            WHERE m.measure_id = ?
            ORDER BY c.sort_order
        """, [measure_id]).df()


def _latest_fy(con: duckdb.DuckDBPyConnection, fy: int | None) -> int | None:
    if fy is not None:
        return int(fy)
    meta = _meta(con)
    years = [int(meta[k]) for k in ("max_fy", "as_of_fy") if meta.get(k) is not None]
    return min(years) if years else None


def latest_fy(warehouse: Warehouse = None) -> int | None:
    """The latest fiscal year with indicator values (max_fy capped at as_of_fy)."""
    with _connect(warehouse) as con:
        return _latest_fy(con, None)


def district_profile(warehouse: Warehouse, district_code: str, fy: int | None = None) -> pd.DataFrame:
    """One row of district statistics for a 地区 and year, people counts suppressed (`<col>_suppressed`)."""
    path = _path(warehouse)
    with _connect(warehouse) as con:
        _require(con, "district_stats", path)
        fy = _latest_fy(con, fy)
        thr = _meta(con)["suppression_threshold"] if _has_table(con, "dataset_meta") else DEFAULT_THRESHOLD
        df = con.execute("""
            SELECT d.district_code, d.district_name, d.area_block, s.fiscal_year,
                   s.population, s.pop_0_14, s.pop_65plus, s.pop_75plus, s.households,
                   s.single_elderly_households, s.suppressed_columns
            FROM districts d
            LEFT JOIN district_stats s ON s.district_code = d.district_code AND s.fiscal_year = ?
            WHERE d.district_code = ?
        """, [fy, district_code]).df()
    df["fiscal_year"] = fy
    return suppress_counts(df, PEOPLE_COUNT_COLUMNS, thr)


def assoc_summary(warehouse: Warehouse = None, district_code: str | None = None,
                  fy: int | None = None) -> pd.DataFrame:
    """町内会・集落 counts per 地区 (never one association's record), people counts suppressed.

    Columns: district_code, district_name, fiscal_year, assocs, assocs_with_salon,
    assocs_with_map (支え愛マップ made by fy), households, pop_65plus, pop_0_14 (sums; NULL
    when any association's value is missing, flagged suppressed when one was suppressed at
    the source), and `<col>_suppressed` flags.
    """
    path = _path(warehouse)
    with _connect(warehouse) as con:
        _require(con, "neighbourhood_assocs", path)
        fy = _latest_fy(con, fy)
        thr = _meta(con)["suppression_threshold"] if _has_table(con, "dataset_meta") else DEFAULT_THRESHOLD
        df = con.execute("""
            SELECT d.district_code, d.district_name, ?::INTEGER AS fiscal_year,
                   count(a.assoc_code) AS assocs,
                   count(a.assoc_code) FILTER (WHERE a.fureai_salon >= 1) AS assocs_with_salon,
                   count(a.assoc_code) FILTER (WHERE a.sasaeai_map_fy <= ?) AS assocs_with_map,
                   CASE WHEN count(a.households) = count(a.assoc_code) THEN sum(a.households) END AS households,
                   CASE WHEN count(a.pop_65plus) = count(a.assoc_code) THEN sum(a.pop_65plus) END AS pop_65plus,
                   CASE WHEN count(a.pop_0_14) = count(a.assoc_code) THEN sum(a.pop_0_14) END AS pop_0_14,
                   list_distinct(flatten(list(coalesce(a.suppressed_columns, [])))) AS suppressed_columns
            FROM districts d
            LEFT JOIN neighbourhood_assocs a ON a.district_code = d.district_code
            WHERE ? IS NULL OR d.district_code = ?
            GROUP BY ALL
            ORDER BY d.district_code
        """, [fy, fy, district_code, district_code]).df()
    return suppress_counts(df, ["households", "pop_65plus", "pop_0_14"], thr)


def priority_scores(warehouse: Warehouse = None, fy: int | None = None) -> pd.DataFrame:
    """priority_scores rows (already built from suppressed components), with district_name."""
    path = _path(warehouse)
    with _connect(warehouse) as con:
        _require(con, "priority_scores", path)
        return con.execute("""
            SELECT p.*, d.district_name FROM priority_scores p
            LEFT JOIN districts d USING (district_code)
            WHERE $fy IS NULL OR p.fiscal_year = $fy
            ORDER BY p.fiscal_year, p.rank NULLS LAST, p.district_code
        """, {"fy": fy}).df()
