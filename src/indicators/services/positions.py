"""How many resources of a type lack their own coordinates, and how they were treated (issue 20).

Shown on the map page, with the access figures (`welfare access`) and on the scenario page, so
that nobody reads a distance without knowing that some places stand at an estimated point.
Counts of public places: not suppressed.
"""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from indicators.services.queries import Warehouse, _columns, _df, _tables
from indicators.spatial.placement import TREATMENT_JA

SUMMARY_COLUMNS = ["resource_type", "type_label", "n_active", "n_given", "n_approximate", "n_unplaced"]


def position_summary(wh: Warehouse, fiscal_year: int, types: Sequence[str] | None = None) -> pd.DataFrame:
    """Active resources per type in `fiscal_year`: all, own coordinates, placed at an area's centre,
    still without a position (every type of the vocabulary, zeros included)."""
    if "resources" not in _tables(wh):
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    cols = _columns(wh, "resources")
    # a warehouse built before issue 20 has no position_source: a point is its own, no point is unplaced
    approx = "coalesce(r.position_approximate, FALSE)" if "position_approximate" in cols else "FALSE"
    vocab = ("SELECT resource_type, label_ja FROM resource_types UNION SELECT DISTINCT resource_type, NULL "
             "FROM resources WHERE resource_type NOT IN (SELECT resource_type FROM resource_types)"
             if "resource_types" in _tables(wh) else "SELECT DISTINCT resource_type, NULL AS label_ja FROM resources")
    sql = f"""
        WITH t AS ({vocab})
        SELECT t.resource_type, coalesce(t.label_ja, t.resource_type) AS type_label,
               count(r.resource_id) AS n_active,
               count(r.resource_id) FILTER (WHERE r.lat IS NOT NULL AND NOT {approx}) AS n_given,
               count(r.resource_id) FILTER (WHERE r.lat IS NOT NULL AND {approx}) AS n_approximate,
               count(r.resource_id) FILTER (WHERE r.lat IS NULL) AS n_unplaced
        FROM t LEFT JOIN resources r ON r.resource_type = t.resource_type
             AND (r.opened_fy IS NULL OR r.opened_fy <= ?) AND (r.closed_fy IS NULL OR r.closed_fy > ?)
        WHERE (? IS NULL OR list_contains(?, t.resource_type))
        GROUP BY ALL ORDER BY t.resource_type"""
    wanted = None if types is None else list(types)
    df = _df(wh, sql, [fiscal_year, fiscal_year, wanted, wanted or []])
    for c in ("n_active", "n_given", "n_approximate", "n_unplaced"):
        df[c] = df[c].astype(int)
    return df[SUMMARY_COLUMNS]


def position_text(row: pd.Series | dict) -> str:
    """One Japanese sentence for a type's row of `position_summary`."""
    r = dict(row)
    label, n, approx, unplaced = r["type_label"], int(r["n_active"]), int(r["n_approximate"]), int(r["n_unplaced"])
    if n == 0:
        return f"{label}：活動中のものはありません。"
    if approx == 0 and unplaced == 0:
        return f"{label}：活動中の {n} か所すべてに座標があります。"
    parts = [f"{label}：活動中の {n} か所のうち {approx + unplaced} か所は座標がありません。"]
    if approx:
        parts.append(f"{approx} か所は{TREATMENT_JA}に置いた推定位置で距離を計算しています。")
    if unplaced:
        parts.append(f"{unplaced} か所は区域も分からないため距離の計算に含めていません。")
    return "".join(parts)
