"""DDL of the warehouse tables this package writes (the contract of docs/ARCHITECTURE.md)."""
from __future__ import annotations

# Compression of the point tables' text columns is chosen here: DuckDB otherwise analyses every
# method on every segment of every column, about a quarter of the time of inserting a million
# resources. The choices are what that analysis picks for these columns anyway (same file size):
# FSST for mostly distinct texts (ids, names, area codes), a dictionary for enumerations.
# Compression never changes a value, only how it is stored.
FSST = "USING COMPRESSION fsst"
DICT = "USING COMPRESSION dictionary"

DDL = {
    "dataset_meta": """CREATE TABLE dataset_meta (
        name VARCHAR, municipality_code VARCHAR, municipality_name VARCHAR, synthetic BOOLEAN,
        as_of DATE, as_of_fy INTEGER, crs VARCHAR, metric_crs VARCHAR, sources VARCHAR[],
        dataset_dir VARCHAR, built_at TIMESTAMP, min_fy INTEGER, max_fy INTEGER,
        suppression_threshold INTEGER, tabular_only BOOLEAN)""",
    "districts": """CREATE TABLE districts (
        district_code VARCHAR PRIMARY KEY, district_name VARCHAR, name_confidence VARCHAR,
        area_block VARCHAR, geom GEOMETRY, area_km2 DOUBLE, centroid_lon DOUBLE, centroid_lat DOUBLE)""",
    "school_districts": """CREATE TABLE school_districts (
        school_code VARCHAR PRIMARY KEY, school_name VARCHAR, name_confidence VARCHAR, school_kind VARCHAR,
        school_lon DOUBLE, school_lat DOUBLE, geom GEOMETRY, area_km2 DOUBLE,
        centroid_lon DOUBLE, centroid_lat DOUBLE)""",
    "district_stats": """CREATE TABLE district_stats (
        district_code VARCHAR, fiscal_year INTEGER, population BIGINT, pop_0_14 BIGINT,
        pop_65plus BIGINT, pop_75plus BIGINT, households BIGINT, single_elderly_households BIGINT,
        suppressed_columns VARCHAR[], line_number INTEGER, PRIMARY KEY (district_code, fiscal_year))""",
    "neighbourhood_assocs": f"""CREATE TABLE neighbourhood_assocs (
        assoc_code VARCHAR PRIMARY KEY {FSST}, assoc_name VARCHAR {FSST}, district_code VARCHAR {FSST},
        school_code VARCHAR {FSST}, district_code_source VARCHAR {DICT}, school_code_source VARCHAR {DICT},
        given_district_code VARCHAR {FSST}, given_school_code VARCHAR {FSST}, households BIGINT, pop_65plus BIGINT, pop_0_14 BIGINT,
        sasaeai_map_fy INTEGER, fureai_salon BIGINT, lat DOUBLE, lon DOUBLE,
        suppressed_columns VARCHAR[], resolution_note VARCHAR, line_number INTEGER)""",
    "resources": f"""CREATE TABLE resources (
        resource_id VARCHAR PRIMARY KEY {FSST}, resource_type VARCHAR {DICT}, name VARCHAR {FSST},
        district_code VARCHAR {FSST}, school_code VARCHAR {FSST}, district_code_source VARCHAR {DICT},
        school_code_source VARCHAR {DICT}, given_district_code VARCHAR {FSST}, given_school_code VARCHAR {FSST},
        lat DOUBLE, lon DOUBLE,
        opened_fy INTEGER, closed_fy INTEGER, frequency VARCHAR, note VARCHAR,
        resolution_note VARCHAR, line_number INTEGER,
        position_source VARCHAR {DICT}, position_approximate BOOLEAN)""",
    "resource_types": """CREATE TABLE resource_types (
        resource_type VARCHAR PRIMARY KEY, label_ja VARCHAR, plan_refs VARCHAR, in_contract BOOLEAN)""",
    "crosswalk": """CREATE TABLE crosswalk (
        district_code VARCHAR, school_code VARCHAR, weight DOUBLE, method VARCHAR)""",
    "rejected_rows": """CREATE TABLE rejected_rows (
        source_file VARCHAR, line_number INTEGER, column_name VARCHAR, value VARCHAR, reason VARCHAR)""",
    "load_notes": """CREATE TABLE load_notes (
        source_file VARCHAR, line_number INTEGER, column_name VARCHAR, value VARCHAR, note VARCHAR)""",
    "load_reconciliation": """CREATE TABLE load_reconciliation (
        source_file VARCHAR, rows_read INTEGER, rows_loaded INTEGER, rows_rejected INTEGER)""",
}


# Point tables are filled in bulk: created without their key, which is added once the rows are in
# (DuckDB builds the index in one pass instead of entry by entry: about 1 s instead of 5–7 s per million rows).
BULK_KEYS = {"neighbourhood_assocs": "assoc_code", "resources": "resource_id"}


def ddl_without_key(table: str) -> str:
    """DDL[table] without the inline PRIMARY KEY of BULK_KEYS[table] (added later by ALTER TABLE)."""
    key = BULK_KEYS[table]
    ddl = DDL[table].replace(f"{key} VARCHAR PRIMARY KEY", f"{key} VARCHAR")
    assert ddl != DDL[table], table
    return ddl
