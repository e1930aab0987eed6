"""A tiny warehouse in the ARCHITECTURE.md schema, written directly as DuckDB tables.

3 地区 (D1–D3), 2 小学校区 (S1, S2), fiscal years 2021–2023 (max_fy 2024 capped at as_of_fy 2023).
Resources:
  R1 consultation_place D1/S1, always active            R2 consultation_place D2/S1, opens 2022
  R3 district_salon D3/S2, opened 2019, closes 2022       R4 community_cafeteria, placed only by
  R5 community_cafeteria, given only school S1, opens 2023   coordinates (codes D3/S2 point_in_polygon)
  R6 coordinator D1/S1, opens 2021                       R7 consultation_place D3, closed 2021 (never active)
町内会: A1 D1 salon 1 map 2020; A2 D1 salon 0 map 2023; A3 D2 salon 2 no map; A4 D3 salon unknown map 2022.
Stats: D2 has pop_0_14 = 2 and single_elderly_households = 2 (small cells); D3's
single_elderly_households was suppressed in the source file (NULL + suppressed_columns).
"""
from __future__ import annotations

from pathlib import Path

from indicators.warehouse.duck import connect

PLAN_BLOCKS = [  # (goal, policy, section, item)
    (1, 1, 1, None), (1, 1, 2, None), (1, 1, 3, None), (1, 1, 3, 1), (1, 1, 3, 2),
    (1, 1, 4, None), (1, 1, 4, 1), (1, 1, 4, 2), (1, 2, None, None), (1, 2, None, 1),
    (1, 2, None, 2), (1, 3, 1, None), (3, 1, 1, None), (3, 1, 1, 1), (4, 1, None, 1),
    (4, 3, None, 2), (4, 4, None, 1), (4, 4, None, 2),
]


def block_id(g: int, p: int, s: int | None, i: int | None) -> str:
    return f"B{g}-{p}-{s or 0}-{i or 0}"


def create_tiny(path: Path, plan_blocks: list[tuple] | None = None) -> Path:
    con = connect(path)
    populate(con, plan_blocks)
    con.close()
    return path


def populate(con, plan_blocks: list[tuple] | None = None) -> None:
    """Write the tiny tables into an open connection (file or :memory:)."""
    con.execute("""
        CREATE TABLE dataset_meta AS SELECT 'tiny' AS name, '312011' AS municipality_code,
          '鳥取市' AS municipality_name, true AS synthetic, DATE '2024-03-01' AS as_of, 2023 AS as_of_fy,
          'EPSG:6668' AS crs, 'EPSG:6673' AS metric_crs, ['test']::VARCHAR[] AS sources, '/tmp' AS dataset_dir,
          now()::TIMESTAMP AS built_at, 2021 AS min_fy, 2024 AS max_fy, 3 AS suppression_threshold
    """)
    con.execute("""CREATE TABLE districts (district_code VARCHAR PRIMARY KEY, district_name VARCHAR,
        name_confidence VARCHAR, area_block VARCHAR, geom GEOMETRY, area_km2 DOUBLE, centroid_lon DOUBLE, centroid_lat DOUBLE)""")
    con.execute("""INSERT INTO districts VALUES ('D1','一地区','confirmed','旧鳥取市',NULL,1,NULL,NULL),
        ('D2','二地区','likely','旧鳥取市',NULL,1,NULL,NULL), ('D3','三地区',NULL,'国府',NULL,1,NULL,NULL)""")
    con.execute("""CREATE TABLE school_districts (school_code VARCHAR PRIMARY KEY, school_name VARCHAR, name_confidence VARCHAR,
        school_kind VARCHAR, school_lon DOUBLE, school_lat DOUBLE, geom GEOMETRY, area_km2 DOUBLE, centroid_lon DOUBLE, centroid_lat DOUBLE)""")
    con.execute("""INSERT INTO school_districts VALUES ('S1','一小学校',NULL,'小学校',NULL,NULL,NULL,1,NULL,NULL),
        ('S2','二小学校',NULL,'小学校',NULL,NULL,NULL,1,NULL,NULL)""")
    con.execute("""CREATE TABLE district_stats (district_code VARCHAR, fiscal_year INTEGER, population BIGINT,
        pop_0_14 BIGINT, pop_65plus BIGINT, pop_75plus BIGINT, households BIGINT, single_elderly_households BIGINT,
        suppressed_columns VARCHAR[])""")
    for fy in (2021, 2022, 2023):
        d1_aged = 320 if fy == 2023 else 300
        con.execute("INSERT INTO district_stats VALUES (?, ?, 1000, 100, ?, 150, 400, 50, [])", ["D1", fy, d1_aged])
        con.execute("INSERT INTO district_stats VALUES ('D2', ?, 500, 2, 200, 100, 250, 2, [])", [fy])
        con.execute("INSERT INTO district_stats VALUES ('D3', ?, 2000, 300, 500, 200, 900, NULL, ['single_elderly_households'])", [fy])
    con.execute("""CREATE TABLE neighbourhood_assocs (assoc_code VARCHAR PRIMARY KEY, assoc_name VARCHAR, district_code VARCHAR,
        school_code VARCHAR, school_code_source VARCHAR, households BIGINT, pop_65plus BIGINT, pop_0_14 BIGINT,
        sasaeai_map_fy INTEGER, fureai_salon INTEGER, lat DOUBLE, lon DOUBLE, suppressed_columns VARCHAR[])""")
    con.execute("""INSERT INTO neighbourhood_assocs VALUES
        ('A1','一町内会','D1','S1','crosswalk',40,10,5,2020,1,NULL,NULL,[]),
        ('A2','二町内会','D1','S1','crosswalk',30,12,4,2023,0,NULL,NULL,[]),
        ('A3','三町内会','D2','S1','crosswalk',20,8,3,NULL,2,NULL,NULL,[]),
        ('A4','四集落','D3','S2','crosswalk',2,1,0,2022,NULL,NULL,NULL,[])""")
    con.execute("""CREATE TABLE resources (resource_id VARCHAR PRIMARY KEY, resource_type VARCHAR, name VARCHAR,
        district_code VARCHAR, school_code VARCHAR, district_code_source VARCHAR, school_code_source VARCHAR,
        given_district_code VARCHAR, given_school_code VARCHAR, lat DOUBLE, lon DOUBLE, opened_fy INTEGER,
        closed_fy INTEGER, frequency VARCHAR, note VARCHAR)""")
    con.execute("""INSERT INTO resources VALUES
        ('R1','consultation_place','相談1','D1','S1','given','crosswalk','D1',NULL,NULL,NULL,NULL,NULL,NULL,NULL),
        ('R2','consultation_place','相談2','D2','S1','given','crosswalk','D2',NULL,NULL,NULL,2022,NULL,NULL,NULL),
        ('R3','district_salon','サロン3','D3','S2','given','crosswalk','D3',NULL,NULL,NULL,2019,2022,NULL,NULL),
        ('R4','community_cafeteria','食堂4','D3','S2','point_in_polygon','point_in_polygon',NULL,NULL,35.47,134.28,NULL,NULL,NULL,NULL),
        ('R5','community_cafeteria','食堂5',NULL,'S1',NULL,'given',NULL,'S1',NULL,NULL,2023,NULL,NULL,NULL),
        ('R6','coordinator','コーディネーター6','D1','S1','given','crosswalk','D1',NULL,NULL,NULL,2021,NULL,NULL,NULL),
        ('R7','consultation_place','相談7','D3','S2','given','crosswalk','D3',NULL,NULL,NULL,2015,2021,NULL,NULL)""")
    con.execute("CREATE TABLE crosswalk (district_code VARCHAR, school_code VARCHAR, weight DOUBLE, method VARCHAR)")
    con.execute("""INSERT INTO crosswalk VALUES ('D1','S1',1,'given'),('D2','S1',0.5,'given'),
        ('D2','S2',0.5,'given'),('D3','S2',1,'given')""")
    con.execute("""CREATE TABLE plan_sections (goal_no INTEGER, policy_no INTEGER, section_no INTEGER, item_no INTEGER,
        title VARCHAR, change_flags VARCHAR[], jusoteki VARCHAR[], block_id VARCHAR)""")
    for g, p, s, i in PLAN_BLOCKS if plan_blocks is None else plan_blocks:
        con.execute("INSERT INTO plan_sections VALUES (?, ?, ?, ?, 't', [], [], ?)", [g, p, s, i, block_id(g, p, s, i)])
    con.execute("""CREATE TABLE plan_measures (measure_id VARCHAR, goal_no INTEGER, policy_no INTEGER, section_no INTEGER,
        item_no INTEGER, actor VARCHAR, text VARCHAR, change_flags VARCHAR[], jusoteki VARCHAR[], block_id VARCHAR)""")
    con.execute("""INSERT INTO plan_measures VALUES
        ('M1',1,1,2,NULL,'行政','常設型の相談の場の設置を推進します。',[],[],?),
        ('M2',1,2,NULL,2,'市社協','地域食堂の立ち上げを支援します。',[],[],?),
        ('M3',2,1,1,NULL,'行政','福祉学習。',[],[],'B2-1-1-0')""", [block_id(1, 1, 2, None), block_id(1, 2, None, 2)])
    con.execute("CREATE TABLE resource_types (resource_type VARCHAR PRIMARY KEY, label_ja VARCHAR, plan_refs VARCHAR[])")
