"""Read-only queries of the warehouse for the dashboard (plain pandas; never imports streamlit).

Every function takes the warehouse first: a path (a read-only connection of its own per call)
or an open `ReadOnlyWarehouse` (a cursor per call; the dashboard keeps one per file and mtime,
so a rebuild that swaps the file in place is picked up by the next run). Filters are always
bound parameters. Counts of people or households pass through
`indicators.services.privacy.suppress_counts` before they are returned.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from indicators.services.privacy import SUPPRESSED_LABEL, is_suppressed, suppress_counts
from indicators.wording import whole_area

STAT_COUNT_COLUMNS = ["population", "pop_0_14", "pop_65plus", "pop_75plus", "households", "single_elderly_households"]
STAT_LABELS = {
    "population": "人口",
    "pop_0_14": "0〜14歳人口",
    "pop_65plus": "65歳以上人口",
    "pop_75plus": "75歳以上人口",
    "households": "世帯数",
    "single_elderly_households": "高齢単身世帯数",
}


def missing_warehouse_message(path: str | Path) -> str:
    return (
        f"ウェアハウスが見つかりません: {path}\n"
        "先に `welfare build` を実行してウェアハウスを構築してください。"
    )


class ReadOnlyWarehouse:
    """One open read-only warehouse that threads share: each query takes its own cursor.

    The file is ATTACHed to a private in-memory DuckDB instance rather than opened by path:
    DuckDB hands a second connect to an already-open path the instance it has, so after a
    rebuild replaced the file (os.replace) a path connect could still serve the old one.
    A private instance per (file, mtime) lets the old and the new version coexist while
    sessions move over, and never clashes with other code opening the file itself.
    The spatial extension is loaded once per instance (~0.2 s), not per query.
    """

    def __init__(self, path: str | Path) -> None:
        from indicators.warehouse.duck import connect, sql_literal

        self.path = Path(path).resolve()
        self._db = connect(":memory:")
        try:
            # ATTACH takes no bound parameter: the path is a quoted literal
            self._db.execute(f"ATTACH {sql_literal(str(self.path))} AS wh (READ_ONLY)")
        except BaseException:
            self._db.close()
            raise

    def cursor(self) -> Any:
        cur = self._db.cursor()
        cur.execute("USE wh")  # USE is per connection: every cursor starts in the memory database
        return cur

    def close(self) -> None:
        self._db.close()


Warehouse = str | Path | ReadOnlyWarehouse


@contextmanager
def _con(path: Warehouse) -> Iterator[Any]:
    """A cursor of an open warehouse, or a connection of its own for a path (closed after)."""
    if isinstance(path, ReadOnlyWarehouse):
        con = path.cursor()
    else:
        from indicators.warehouse.duck import connect

        con = connect(Path(path).resolve(), read_only=True)
    try:
        yield con
    finally:
        con.close()


def _df(path: Warehouse, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
    with _con(path) as con:
        return con.execute(sql, list(params)).df()


def _tables(path: Warehouse) -> set[str]:
    with _con(path) as con:
        rows = con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    return {r[0] for r in rows}


def _columns(path: Warehouse, table: str) -> set[str]:
    with _con(path) as con:
        rows = con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall()
    return {r[0] for r in rows}


def warehouse_key(path: str | Path) -> tuple[str, float]:
    """Cache key: a rebuild swaps the file (os.replace), which changes its mtime."""
    p = Path(path)
    return (str(p.resolve()), p.stat().st_mtime)


# ---------------------------------------------------------------- meta / catalogue
def dataset_meta(path: Warehouse) -> dict[str, Any]:
    from indicators.engine import api

    with _con(path) as con:
        meta = dict(api.dataset_meta(con))
    meta["synthetic"] = bool(meta.get("synthetic"))
    return meta


def threshold(path: Warehouse) -> int:
    return int(dataset_meta(path)["suppression_threshold"])


def catalogue(path: Warehouse) -> pd.DataFrame:
    from indicators.engine import api

    with _con(path) as con:
        return api.catalogue(con)


def _catalogue_order(path: Warehouse, alias: str = "c") -> str:
    return f"{alias}.sort_order, {alias}.indicator_id" if "sort_order" in _columns(path, "indicator_catalogue") else f"{alias}.indicator_id"


def fiscal_years(path: Warehouse) -> list[int]:
    df = _df(path, "SELECT DISTINCT fiscal_year FROM indicator_values ORDER BY fiscal_year")
    return [int(v) for v in df["fiscal_year"]]


def resource_types(path: Warehouse) -> pd.DataFrame:
    return _df(path, "SELECT resource_type, label_ja FROM resource_types ORDER BY resource_type")


def area_names(path: Warehouse, level: str) -> pd.DataFrame:
    if level == "district":
        sql = "SELECT district_code AS area_code, district_name AS area_name FROM districts ORDER BY district_code"
    elif level == "school_district":
        sql = "SELECT school_code AS area_code, school_name AS area_name FROM school_districts ORDER BY school_code"
    else:
        raise ValueError(level)
    return _df(path, sql)


def available_indicators(path: Warehouse) -> pd.DataFrame:
    """(indicator_id, area_level) pairs that have values below city level, in catalogue order."""
    return _df(
        path,
        f"""SELECT c.indicator_id, l.area_level, c.name_ja, c.unit, c.resource_type, c.direction, c.target_text
            FROM indicator_catalogue c
            JOIN (SELECT DISTINCT indicator_id, area_level FROM indicator_values
                  WHERE area_level IN ('district', 'school_district')) l USING (indicator_id)
            ORDER BY {_catalogue_order(path)}, l.area_level""",
    )


def indicator_levels(path: Warehouse, indicator_id: str) -> list[str]:
    df = _df(
        path,
        "SELECT DISTINCT area_level FROM indicator_values WHERE indicator_id = ? AND area_level <> 'city'",
        [indicator_id],
    )
    order = ["district", "school_district"]
    return [lv for lv in order if lv in set(df["area_level"])]


# ---------------------------------------------------------------- 概要
def gap_to_target(value: float | None, target: float | None, direction: str | None) -> float | None:
    """Signed shortfall (positive = target not yet met), oriented by the indicator's direction."""
    if value is None or target is None or pd.isna(value) or pd.isna(target):
        return None
    return float(target - value) if (direction or "higher") == "higher" else float(value - target)


def overview_tiles(path: Warehouse, fiscal_year: int) -> pd.DataFrame:
    """One row per catalogue indicator: city value in `fiscal_year` and the year before."""
    df = _df(
        path,
        f"""
        SELECT c.indicator_id, c.name_ja, c.unit, c.direction, c.family,
               COALESCE(cur.target, c.target) AS target, c.target_text,
               cur.value AS value, cur.suppressed AS suppressed,
               prev.value AS prev_value, prev.suppressed AS prev_suppressed
        FROM indicator_catalogue c
        LEFT JOIN indicator_values cur ON cur.indicator_id = c.indicator_id
             AND cur.area_level = 'city' AND cur.fiscal_year = ?
        LEFT JOIN indicator_values prev ON prev.indicator_id = c.indicator_id
             AND prev.area_level = 'city' AND prev.fiscal_year = ? - 1
        ORDER BY {_catalogue_order(path)}
        """,
        [fiscal_year, fiscal_year],
    )
    df["change"] = df["value"] - df["prev_value"]
    df["gap"] = [gap_to_target(v, t, d) for v, t, d in zip(df["value"], df["target"], df["direction"])]
    df["met"] = [None if g is None or pd.isna(g) else bool(g <= 1e-12) for g in df["gap"]]
    return df


# ---------------------------------------------------------------- 地図
_AREA_SRC = {
    "district": "SELECT district_code AS area_code, district_name AS area_name FROM districts",
    "school_district": "SELECT school_code AS area_code, school_name AS area_name FROM school_districts",
}


def map_layer(path: Warehouse, level: str, indicator_id: str, fiscal_year: int) -> pd.DataFrame:
    """Areas of one layer with the indicator value, target, gap and direction (no geometry:
    that is `map_shapes`, the same for every indicator and year)."""
    if level not in _AREA_SRC:
        raise ValueError(level)
    df = _df(
        path,
        f"""
        WITH a AS ({_AREA_SRC[level]})
        SELECT a.area_code, a.area_name,
               v.value, v.numerator, v.denominator, COALESCE(v.target, c.target) AS target,
               COALESCE(v.suppressed, FALSE) AS suppressed, c.direction
        FROM a
        LEFT JOIN indicator_values v ON v.area_code = a.area_code AND v.indicator_id = ?
             AND v.area_level = ? AND v.fiscal_year = ?
        LEFT JOIN indicator_catalogue c ON c.indicator_id = ?
        ORDER BY a.area_code
        """,
        [indicator_id, level, fiscal_year, indicator_id],
    )
    df["gap"] = [gap_to_target(v, t, d) for v, t, d in zip(df["value"], df["target"], df["direction"])]
    return df


def map_shapes(path: Warehouse, level: str) -> pd.DataFrame:
    """The layer's display geometry (simplified once by the build: `display_areas`): area_code,
    area_name, geojson (geometry only), label_lon, label_lat. A warehouse built before that step
    existed gets the same rows computed here (the dashboard caches them per warehouse)."""
    if level not in _AREA_SRC:
        raise ValueError(level)
    if "display_areas" in _tables(path):
        return _df(
            path,
            """SELECT area_code, area_name, geojson, label_lon, label_lat FROM display_areas
               WHERE area_level = ? ORDER BY area_code""",
            [level],
        )
    from indicators.spatial.display import layer_frame

    with _con(path) as con:
        df = layer_frame(con, level)
    return df[["area_code", "area_name", "geojson", "label_lon", "label_lat"]].reset_index(drop=True)


def map_features(path: Warehouse, level: str) -> dict[str, Any]:
    """`map_shapes` as one GeoJSON FeatureCollection (feature id = area code) for the map."""
    import json

    shapes = map_shapes(path, level)
    return {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "id": code, "properties": {}, "geometry": json.loads(g)}
                     for code, g in zip(shapes["area_code"], shapes["geojson"])],
    }


def map_labels(path: Warehouse, level: str) -> pd.DataFrame:
    """Where each area's name is written on the map: area_code, area_name, label_lon, label_lat."""
    return map_shapes(path, level).drop(columns=["geojson"])


_ACTIVE = "(r.opened_fy IS NULL OR r.opened_fy <= ?) AND (r.closed_fy IS NULL OR r.closed_fy > ?)"
POINT_LIMIT = 5000  # more points of one type than a map can show are aggregated
POINT_GRID = 60  # cells across the points' extent when aggregated


def resource_points(path: Warehouse, fiscal_year: int, types: Sequence[str] | None = None) -> pd.DataFrame:
    """Active resources in `fiscal_year` (public places: not suppressed)."""
    sql = f"""
        SELECT r.resource_id, r.resource_type, COALESCE(t.label_ja, r.resource_type) AS type_label,
               r.name, r.district_code, r.school_code, r.lat, r.lon, r.opened_fy, r.closed_fy,
               r.frequency
        FROM resources r LEFT JOIN resource_types t USING (resource_type)
        WHERE {_ACTIVE}
    """
    params: list[Any] = [fiscal_year, fiscal_year]
    if types is not None:
        if not types:
            return _df(path, sql + " AND FALSE", params)
        sql += " AND list_contains(?, r.resource_type)"
        params.append(list(types))
    return _df(path, sql + " ORDER BY r.resource_type, r.resource_id", params)


def map_points(path: Warehouse, fiscal_year: int, types: Sequence[str],
               limit: int = POINT_LIMIT, grid: int = POINT_GRID) -> pd.DataFrame:
    """Points to draw per resource type: each active resource (n = 1, with its name) or, for a
    type with more than `limit` of them, one point per cell of a `grid`-wide grid (n = count,
    at the members' mean position, no name). Columns: resource_type, type_label, name, lon, lat, n."""
    if not types:
        return pd.DataFrame(columns=["resource_type", "type_label", "name", "lon", "lat", "n"])
    return _df(
        path,
        f"""
        WITH p AS (
            SELECT r.resource_type, COALESCE(t.label_ja, r.resource_type) AS type_label, r.name, r.lon, r.lat
            FROM resources r LEFT JOIN resource_types t USING (resource_type)
            WHERE {_ACTIVE} AND list_contains(?, r.resource_type) AND r.lon IS NOT NULL AND r.lat IS NOT NULL),
        k AS (SELECT resource_type, count(*) AS total FROM p GROUP BY 1),
        c AS (SELECT min(lon) AS x0, min(lat) AS y0,
                     greatest(max(lon) - min(lon), max(lat) - min(lat), 1e-9) / ? AS cell FROM p)
        SELECT p.resource_type, p.type_label, p.name, p.lon, p.lat, 1 AS n
        FROM p JOIN k USING (resource_type) WHERE k.total <= ?
        UNION ALL
        SELECT p.resource_type, any_value(p.type_label), NULL, avg(p.lon), avg(p.lat), count(*)
        FROM p JOIN k USING (resource_type) CROSS JOIN c WHERE k.total > ?
        GROUP BY p.resource_type, floor((p.lon - c.x0) / c.cell), floor((p.lat - c.y0) / c.cell)
        ORDER BY 1, 6 DESC, 4, 5
        """,
        [fiscal_year, fiscal_year, list(types), grid, limit, limit],
    )


def lacking_areas(path: Warehouse, level: str, resource_type: str, fiscal_year: int) -> list[str]:
    """Area codes of `level` with no active resource of `resource_type` in `fiscal_year`.

    Counts of public places are plain counts (no indicator is computed here); a resource
    counts in the area it was resolved to by the build.
    """
    if level == "district":
        sql = f"""SELECT d.district_code AS code FROM districts d WHERE NOT EXISTS (
            SELECT 1 FROM resources r WHERE r.district_code = d.district_code
            AND r.resource_type = ? AND {_ACTIVE}) ORDER BY 1"""
    elif level == "school_district":
        sql = f"""SELECT s.school_code AS code FROM school_districts s WHERE NOT EXISTS (
            SELECT 1 FROM resources r WHERE r.school_code = s.school_code
            AND r.resource_type = ? AND {_ACTIVE}) ORDER BY 1"""
    else:
        raise ValueError(level)
    return list(_df(path, sql, [resource_type, fiscal_year, fiscal_year])["code"])


# ---------------------------------------------------------------- 地区カルテ
def districts(path: Warehouse) -> pd.DataFrame:
    return _df(path, "SELECT district_code, district_name, area_block, area_km2 FROM districts ORDER BY district_code")


def district_stats(path: Warehouse, district_code: str) -> pd.DataFrame:
    """All years of one 地区, with every count of people/households suppressed below the threshold."""
    df = _df(
        path,
        f"SELECT district_code, fiscal_year, {', '.join(STAT_COUNT_COLUMNS)}, suppressed_columns "
        "FROM district_stats WHERE district_code = ? ORDER BY fiscal_year",
        [district_code],
    )
    return suppress_counts(df, STAT_COUNT_COLUMNS, threshold(path))


def district_indicators(path: Warehouse, district_code: str, fiscal_year: int) -> pd.DataFrame:
    """Each indicator for one 地区 beside the city value and the target."""
    df = _df(
        path,
        f"""
        SELECT c.indicator_id, c.name_ja, c.unit, c.direction,
               d.value AS value, COALESCE(d.suppressed, FALSE) AS suppressed,
               city.value AS city_value, COALESCE(d.target, city.target, c.target) AS target
        FROM indicator_catalogue c
        JOIN indicator_values d ON d.indicator_id = c.indicator_id AND d.area_level = 'district'
             AND d.area_code = ? AND d.fiscal_year = ?
        LEFT JOIN indicator_values city ON city.indicator_id = c.indicator_id
             AND city.area_level = 'city' AND city.fiscal_year = ?
        ORDER BY {_catalogue_order(path)}
        """,
        [district_code, fiscal_year, fiscal_year],
    )
    df["gap"] = [gap_to_target(v, t, d) for v, t, d in zip(df["value"], df["target"], df["direction"])]
    return df


def district_resources(path: Warehouse, district_code: str, fiscal_year: int) -> pd.DataFrame:
    return _df(
        path,
        f"""SELECT COALESCE(t.label_ja, r.resource_type) AS type_label, r.name, r.school_code,
                   r.opened_fy, r.frequency, r.note
            FROM resources r LEFT JOIN resource_types t USING (resource_type)
            WHERE r.district_code = ? AND {_ACTIVE} ORDER BY r.resource_type, r.name""",
        [district_code, fiscal_year, fiscal_year],
    )


ASSOC_COUNT_COLUMNS = ["households", "pop_65plus", "pop_0_14"]


def district_assoc_summary(path: Warehouse, district_code: str, fiscal_year: int) -> pd.DataFrame:
    """The engine's 町内会 summary for one 地区 (sums, people counts suppressed; one row)."""
    from indicators.engine import api

    with _con(path) as con:
        return api.assoc_summary(con, district_code, fiscal_year)


def district_assocs(path: Warehouse, district_code: str) -> pd.DataFrame:
    """町内会 of one 地区 without any people/household count (those appear only as suppressed sums)."""
    return _df(
        path,
        """SELECT assoc_code, assoc_name, sasaeai_map_fy, fureai_salon
           FROM neighbourhood_assocs WHERE district_code = ? ORDER BY assoc_code""",
        [district_code],
    )


# ---------------------------------------------------------------- 計画の取組
def plan_filter_options(path: Warehouse) -> dict[str, list[Any]]:
    goals = _df(path, "SELECT goal_no, title FROM plan_goals ORDER BY goal_no")
    pols = _df(path, "SELECT goal_no, policy_no, title FROM plan_policies ORDER BY goal_no, policy_no")
    actors = _df(path, "SELECT DISTINCT actor FROM plan_measures WHERE actor IS NOT NULL ORDER BY actor")
    flags = _df(path, "SELECT DISTINCT unnest(change_flags) AS f FROM plan_measures ORDER BY f")
    jus = _df(path, "SELECT DISTINCT unnest(jusoteki) AS j FROM plan_measures ORDER BY j")
    return {
        "goals": list(goals.itertuples(index=False, name=None)),
        "policies": list(pols.itertuples(index=False, name=None)),
        "actors": list(actors["actor"]),
        "flags": list(flags["f"]),
        "jusoteki": list(jus["j"]),
    }


def measures(
    path: Warehouse,
    goal_no: int | None = None,
    policy_no: int | None = None,
    actors: Sequence[str] | None = None,
    flag: str | None = None,
    jusoteki: str | None = None,
    search: str | None = None,
) -> pd.DataFrame:
    """Plan measures matching every given filter (all filters are bound parameters)."""
    where, params = ["TRUE"], []
    if goal_no is not None:
        where.append("m.goal_no = ?")
        params.append(int(goal_no))
    if policy_no is not None:
        where.append("m.policy_no = ?")
        params.append(int(policy_no))
    if actors:
        where.append("list_contains(?, m.actor)")
        params.append(list(actors))
    if flag:
        where.append("list_contains(m.change_flags, ?)")
        params.append(flag)
    if jusoteki:
        where.append("list_contains(m.jusoteki, ?)")
        params.append(jusoteki)
    if search and search.strip():
        where.append("strpos(m.text, ?) > 0")
        params.append(search.strip())
    return _df(
        path,
        f"""SELECT m.measure_id, m.goal_no, m.policy_no, m.section_no, m.item_no, m.actor, m.text,
                   m.change_flags, m.jusoteki, p.title AS policy_title
            FROM plan_measures m
            LEFT JOIN plan_policies p ON p.goal_no = m.goal_no AND p.policy_no = m.policy_no
            WHERE {' AND '.join(where)}
            ORDER BY m.goal_no, m.policy_no, m.section_no NULLS FIRST, m.item_no NULLS FIRST, m.measure_id""",
        params,
    )


def measure_indicator_status(path: Warehouse, measure_ids: Sequence[str], fiscal_year: int) -> pd.DataFrame:
    """Indicators monitoring each measure (via indicator_plan_links) with their city status.

    A link names a plan block by goal/policy/section/item, matched exactly as the engine does
    (`indicators.engine.api.indicators_for_measure`).
    """
    if not measure_ids:
        return pd.DataFrame(columns=["measure_id", "indicator_id", "name_ja", "value", "target", "unit", "direction", "gap"])
    df = _df(
        path,
        f"""
        SELECT DISTINCT m.measure_id, c.indicator_id, c.name_ja, c.unit, c.direction,
               v.value, COALESCE(v.target, c.target) AS target, v.suppressed, {_catalogue_order(path)}
        FROM plan_measures m
        JOIN indicator_plan_links l ON l.goal_no = m.goal_no AND l.policy_no = m.policy_no
             AND l.section_no IS NOT DISTINCT FROM m.section_no AND l.item_no IS NOT DISTINCT FROM m.item_no
        JOIN indicator_catalogue c ON c.indicator_id = l.indicator_id
        LEFT JOIN indicator_values v ON v.indicator_id = c.indicator_id AND v.area_level = 'city'
             AND v.fiscal_year = ?
        WHERE list_contains(?, m.measure_id)
        ORDER BY m.measure_id, {_catalogue_order(path)}
        """,
        [fiscal_year, [str(m) for m in measure_ids]],
    )
    df["gap"] = [gap_to_target(v, t, d) for v, t, d in zip(df["value"], df["target"], df["direction"])]
    return df


# ---------------------------------------------------------------- 推移・優先度
def indicator_trend(path: Warehouse, indicator_id: str, level: str, area_codes: Sequence[str] = ()) -> pd.DataFrame:
    """Values by 年度 for the city and (optionally) chosen areas of one level."""
    names = area_names(path, level) if level in ("district", "school_district") else pd.DataFrame(columns=["area_code", "area_name"])
    df = _df(
        path,
        """SELECT v.area_level, v.area_code, v.fiscal_year, v.value, v.target, v.suppressed
           FROM indicator_values v
           WHERE v.indicator_id = ? AND (v.area_level = 'city'
                 OR (v.area_level = ? AND list_contains(?, v.area_code)))
           ORDER BY v.area_level, v.area_code, v.fiscal_year""",
        [indicator_id, level, [str(c) for c in area_codes]],
    )
    df = df.merge(names, on="area_code", how="left")
    whole = whole_area(dataset_meta(path).get("municipality_name"))
    df["series"] = np.where(df["area_level"] == "city", whole, df["area_name"].fillna(df["area_code"]))
    return df


def priority(path: Warehouse, fiscal_year: int) -> pd.DataFrame:
    """Districts ranked by the engine's priority score (rank 1 = highest need), components kept."""
    from indicators.engine import api

    with _con(path) as con:
        df = api.priority_scores(con, fiscal_year)
    if "rank" not in df:
        df = df.sort_values("score", ascending=False, na_position="last")
        df.insert(0, "rank", range(1, len(df) + 1))
    return df.sort_values(["rank", "district_code"], na_position="last").reset_index(drop=True)


def priority_components(df: pd.DataFrame) -> list[str]:
    """Component columns: those with a `<c>_scaled` partner, else every other numeric column."""
    scaled = [c for c in df.columns if f"{c}_scaled" in df.columns]
    if scaled:
        return scaled
    skip = {"rank", "district_name", "district_code", "fiscal_year", "score"}
    return [c for c in df.columns if c not in skip and pd.api.types.is_numeric_dtype(df[c]) and not c.endswith("_suppressed")]


# ---------------------------------------------------------------- データ品質
def reconciliation(path: Warehouse) -> pd.DataFrame:
    df = _df(path, "SELECT source_file, rows_read, rows_loaded, rows_rejected FROM load_reconciliation ORDER BY source_file")
    df["balanced"] = df["rows_read"] == df["rows_loaded"] + df["rows_rejected"]
    return df


def rejected_rows(path: Warehouse, source_file: str | None = None) -> pd.DataFrame:
    sql = "SELECT source_file, line_number, column_name, value, reason FROM rejected_rows"
    params: list[Any] = []
    if source_file:
        sql += " WHERE source_file = ?"
        params.append(source_file)
    df = _df(path, sql + " ORDER BY source_file, line_number", params)
    # A rejected cell of a people/household count is still a count: small ones are hidden.
    counts = set(STAT_COUNT_COLUMNS) | set(ASSOC_COUNT_COLUMNS)
    thr = threshold(path)
    probe = pd.to_numeric(df["value"].astype(str).str.replace(",", ""), errors="coerce")
    small = probe.map(lambda v: is_suppressed(v, thr)).astype(bool)
    df.loc[small & df["column_name"].isin(counts), "value"] = SUPPRESSED_LABEL
    return df
