"""The engine's one call: the declared indicators of the warehouse as catalogue `Indicator`s.

Family `declared` (query `engine/sql/declared.sql`, reading `indicator_observations`): the
engine then writes them into indicator_catalogue, indicator_plan_links and indicator_values
with the targets and the suppression of every other indicator. An indicator counting people
has its people count suppressed: the numerator, or the value itself when no denominator is
given (a count such as 市民後見人の登録者数), and a rate over fewer people than the threshold.
"""
from __future__ import annotations

import duckdb

from indicators.engine.catalogue import Indicator, PlanRef

FAMILY = "declared"
ORDER = 90  # after the built-in families (their sort_order is unchanged by a dataset's declarations)


def _has(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND NOT temporary",
                            [table]).fetchone()[0])


def declared_indicators(con: duckdb.DuckDBPyConnection) -> list[Indicator]:
    """[] for a warehouse built without indicators.yaml."""
    if not _has(con, "declared_indicators"):
        return []
    refs: dict[str, list[PlanRef]] = {}
    for ind_id, g, p, s, i in con.execute("SELECT indicator_id, goal_no, policy_no, section_no, item_no "
                                          "FROM declared_plan_refs ORDER BY rowid").fetchall():
        refs.setdefault(ind_id, []).append(PlanRef(g, p, s, i))
    rows = con.execute("""SELECT indicator_id, name_ja, definition_ja, unit, area_levels, direction, counts_people,
                                 baseline_value, baseline_fy, target_value, target_fy, target_text, source
                          FROM declared_indicators ORDER BY sort_order""").fetchall()
    out = []
    for (ind_id, name, definition, unit, levels, direction, people, b, bfy, t, tfy, ttext, source) in rows:
        out.append(Indicator(
            indicator_id=ind_id, name_ja=name, definition_ja=definition, family=FAMILY,
            area_levels=tuple(levels), formula="indicator_observations.csv の値（indicators.yaml で宣言）",
            unit=unit, target=t, target_text=ttext, direction=direction, counts_people=bool(people),
            plan_blocks=tuple(refs.get(ind_id, ())), denominator_counts_people=bool(people), order=ORDER,
            requires=("indicator_observations",), source_file="indicators.yaml", declared=True,
            baseline=b, baseline_fy=bfy, target_fy=tfy, source=source))
    return out
