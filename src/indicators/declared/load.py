"""The build's one call: `stage_declared(con, cfg, areas)` after the plan and the area tables.

Reads indicators.yaml (checked against the plan's blocks and the built-in catalogue) and
indicator_observations.csv (staged like every table), and writes `declared_indicators`,
`declared_plan_refs`, `indicator_observations` and `target_status_rules` for the engine.
Returns the staged observations file (for rejected_rows and the reconciliation), or nothing.
"""
from __future__ import annotations

import duckdb
import pandas as pd

from indicators.declared.observations import CLEAN_COLUMNS, FILE_NAME, empty_frame, stage_observations
from indicators.declared.rules import read_rules
from indicators.declared.spec import DeclaredIndicator, read_spec
from indicators.engine.catalogue import PlanRef, load_catalogue
from indicators.raw.csvfile import read_csv
from indicators.raw.dataset import DatasetConfig
from indicators.staging.common import Staged

DDL = {
    "declared_indicators": """CREATE OR REPLACE TABLE declared_indicators (indicator_id VARCHAR PRIMARY KEY,
        name_ja VARCHAR, definition_ja VARCHAR, unit VARCHAR, area_levels VARCHAR[], direction VARCHAR,
        counts_people BOOLEAN, plan_refs VARCHAR[], baseline_value DOUBLE, baseline_fy INTEGER,
        target_value DOUBLE, target_fy INTEGER, target_text VARCHAR, source VARCHAR, sort_order INTEGER)""",
    "declared_plan_refs": """CREATE OR REPLACE TABLE declared_plan_refs (indicator_id VARCHAR, goal_no INTEGER,
        policy_no INTEGER, section_no INTEGER, item_no INTEGER, ref_label VARCHAR)""",
    "indicator_observations": """CREATE OR REPLACE TABLE indicator_observations (indicator_id VARCHAR,
        fiscal_year INTEGER, area_level VARCHAR, area_code VARCHAR, value DOUBLE, numerator DOUBLE,
        denominator DOUBLE, source_suppressed BOOLEAN, source VARCHAR, note VARCHAR, line_number INTEGER)""",
    "target_status_rules": """CREATE OR REPLACE TABLE target_status_rules (on_track DOUBLE, regress_below DOUBLE,
        target_fy INTEGER, baseline_fy INTEGER)""",
}


def plan_blocks(con: duckdb.DuckDBPyConnection) -> set[PlanRef] | None:
    """The plan's blocks as PlanRefs (None when the build has no plan tables)."""
    try:
        rows = con.execute("SELECT goal_no, policy_no, section_no, item_no FROM plan_sections").fetchall()
    except duckdb.Error:
        return None
    return {PlanRef(int(g), int(p), None if s is None else int(s), None if i is None else int(i)) for g, p, s, i in rows}


def write_tables(con: duckdb.DuckDBPyConnection, indicators: list[DeclaredIndicator], observations: pd.DataFrame,
                 rules_row: dict) -> None:
    for ddl in DDL.values():
        con.execute(ddl)
    for n, i in enumerate(indicators):
        con.execute("INSERT INTO declared_indicators VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            i.indicator_id, i.name_ja, i.definition_ja, i.unit, list(i.area_levels), i.direction, i.counts_people,
            [r.label() for r in i.plan_refs], i.baseline_value, i.baseline_fy, i.target_value, i.target_fy,
            i.target_text, i.source, n])
        for r in i.plan_refs:
            con.execute("INSERT INTO declared_plan_refs VALUES (?, ?, ?, ?, ?, ?)",
                        [i.indicator_id, r.goal, r.policy, r.section, r.item, r.label()])
    obs = observations[CLEAN_COLUMNS]  # noqa: F841 (read by DuckDB by name)
    con.execute("INSERT INTO indicator_observations SELECT indicator_id, fiscal_year, area_level, area_code, "
                "value, numerator, denominator, source_suppressed, source, note, line_number FROM obs")
    con.execute("INSERT INTO target_status_rules VALUES (?, ?, ?, ?)",
                [rules_row["on_track"], rules_row["regress_below"], rules_row["target_fy"], rules_row["baseline_fy"]])


def stage_declared(con: duckdb.DuckDBPyConnection, cfg: DatasetConfig, district_codes: set[str] | None,
                   school_codes: set[str] | None) -> list[Staged]:
    """indicators.yaml + indicator_observations.csv → the declared tables; the staged file, if any."""
    rules = read_rules(cfg.dataset_dir)
    builtin = {i.indicator_id for i in load_catalogue()}
    indicators = read_spec(cfg.dataset_dir, builtin, plan_blocks(con))
    staged: list[Staged] = []
    observations = empty_frame()
    path = cfg.file(FILE_NAME.removesuffix(".csv"))
    if path is not None:
        lo, hi = con.execute("SELECT min_fy, least(max_fy, as_of_fy) FROM dataset_meta").fetchone()
        st = stage_observations(read_csv(path, cfg.rename_for("indicator_observations")), indicators,
                                cfg.municipality_code, district_codes, school_codes, (int(lo), int(hi)))
        staged.append(st)
        observations = st.clean
    write_tables(con, indicators, observations, rules.__dict__)
    return staged
