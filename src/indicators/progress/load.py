"""Build step: `measure_progress.csv` → tables measure_progress, progress_statuses, progress_ratings.

One call from the build (`load_progress(con, cfg)`), after the plan is loaded; the tables are
always created (empty without the file) so every reader can query them.
"""
from __future__ import annotations

import duckdb

from indicators.progress import vocab
from indicators.progress.staging import stage_measure_progress
from indicators.raw.csvfile import read_csv
from indicators.raw.dataset import DatasetConfig
from indicators.staging.common import Staged

DDL = {
    "measure_progress": """CREATE OR REPLACE TABLE measure_progress (
        measure_id VARCHAR, fiscal_year INTEGER, department VARCHAR, status VARCHAR, rating VARCHAR,
        achievement VARCHAR, value DOUBLE, unit VARCHAR, next_step VARCHAR, note VARCHAR,
        line_number INTEGER, PRIMARY KEY (measure_id, fiscal_year))""",
    "progress_statuses": """CREATE OR REPLACE TABLE progress_statuses (
        status VARCHAR PRIMARY KEY, description VARCHAR, done BOOLEAN, sort_order INTEGER)""",
    "progress_ratings": """CREATE OR REPLACE TABLE progress_ratings (
        rating VARCHAR PRIMARY KEY, label_ja VARCHAR, behind BOOLEAN, sort_order INTEGER)""",
}


def _measure_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'plan_measures' "
                         "AND database_name = current_database()").fetchone()[0]
    return {r[0] for r in con.execute("SELECT measure_id FROM plan_measures").fetchall()} if exists else set()


def load_progress(con: duckdb.DuckDBPyConnection, cfg: DatasetConfig) -> list[Staged]:
    """Stage and write the progress records; returns the staged file (for the load report) or []."""
    labels = vocab.rating_labels(cfg.doc)  # a bad dataset.yaml section fails before anything is written
    path = cfg.file("measure_progress")
    staged = None
    if path is not None:
        staged = stage_measure_progress(read_csv(path, cfg.rename_for("measure_progress")), _measure_ids(con),
                                        cfg.as_of, cfg.as_of_fy)
    statuses, ratings = vocab.status_frame(), vocab.rating_frame(labels)  # noqa: F841 (read by DuckDB)
    con.execute("BEGIN TRANSACTION")
    try:
        for ddl in DDL.values():
            con.execute(ddl)
        con.execute("INSERT INTO progress_statuses SELECT status, description, done, sort_order FROM statuses")
        con.execute("INSERT INTO progress_ratings SELECT rating, label_ja, behind, sort_order FROM ratings")
        if staged is not None and len(staged.clean):
            rows = staged.clean  # noqa: F841
            con.execute("""INSERT INTO measure_progress SELECT measure_id, fiscal_year, department, status, rating,
                achievement, value, unit, next_step, note, line_number FROM rows ORDER BY measure_id, fiscal_year""")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return [] if staged is None else [staged]
