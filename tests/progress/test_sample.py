"""The bundled sample's synthetic progress history (FY2022–2024, all measures)."""
from __future__ import annotations

from pathlib import Path

import duckdb


def test_sample_history_covers_every_measure_and_policy(sample_warehouse: Path) -> None:
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    n_measures = con.execute("SELECT count(*) FROM plan_measures").fetchone()[0]
    per_year = dict(con.execute("SELECT fiscal_year, count(*) FROM measure_progress GROUP BY 1").fetchall())
    assert set(per_year) == {2022, 2023, 2024} and per_year[2024] == n_measures
    assert con.execute("SELECT count(*) FROM rejected_rows WHERE source_file = 'measure_progress.csv'").fetchone() == (0,)
    # every 基本計画 has a rating distribution in indicator_values for the latest year
    policies = {r[0] for r in con.execute("SELECT block_id FROM plan_policies").fetchall()}
    shown = {r[0] for r in con.execute("SELECT area_code FROM indicator_values WHERE indicator_id = "
                                       "'progress_rating_a_share' AND area_level = 'policy' AND fiscal_year = 2024 "
                                       "AND denominator > 0").fetchall()}
    assert len(policies) == 14 and shown == policies
    # departments follow the actor: 市社協 measures by 市社協, 行政 by city sections
    depts = dict(con.execute("SELECT m.actor, list(DISTINCT p.department) FROM measure_progress p "
                             "JOIN plan_measures m USING (measure_id) GROUP BY 1").fetchall())
    assert depts["市社協"] == ["市社協"]
    assert {"地域福祉課", "長寿社会課", "こども家庭課", "危機管理課"} <= set(depts["行政"])
    assert "市社協" not in depts["民間"] and "地区社協" in depts["民間"]
    # some C/D measures improve and some worsen between 2022 and 2024
    moves = dict(con.execute("""
        SELECT CASE WHEN b.rating < a.rating THEN 'better' ELSE 'worse' END, count(*)
        FROM measure_progress a JOIN measure_progress b USING (measure_id)
        WHERE a.fiscal_year = 2022 AND b.fiscal_year = 2024 AND a.rating <> b.rating
          AND (a.rating IN ('C', 'D') OR b.rating IN ('C', 'D')) GROUP BY 1""").fetchall())
    assert moves["better"] > 0 and moves["worse"] > 0
    assert con.execute("SELECT synthetic FROM dataset_meta").fetchone() == (True,)
    assert any("measure_progress.csv" in s and "合成" in s for s in con.execute("SELECT sources FROM dataset_meta").fetchone()[0])
