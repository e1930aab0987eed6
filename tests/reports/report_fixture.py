"""A tiny hand-made warehouse with the documented tables (three 地区, two 年度).

Values are chosen by hand so tests can assert exact text: 日進 (D03) has 2 single-elderly
households in 2024 (must show 秘匿), its people-count indicator is suppressed, and 遷喬
(D02) lacks a consultation place.
"""
from __future__ import annotations

from pathlib import Path

CITY = "312011"
DISTRICTS = [  # code, name, block, lon0, lat0 (0.02° squares)
    ("D01", "久松", "旧鳥取市", 134.22, 35.50),
    ("D02", "遷喬", "旧鳥取市", 134.24, 35.50),
    ("D03", "日進", "旧鳥取市", 134.22, 35.52),
]
# district, fy: population, 0-14, 65+, 75+, households, single elderly households
STATS = {
    ("D01", 2023): (1000, 120, 300, 150, 450, 40),
    ("D01", 2024): (990, 118, 305, 155, 448, 42),
    ("D02", 2023): (800, 90, 260, 140, 380, 30),
    ("D02", 2024): (790, 88, 262, 142, 378, 31),
    ("D03", 2023): (60, 4, 30, 20, 28, 5),
    ("D03", 2024): (57, 4, 31, 21, 27, 2),
}
CATALOGUE = [
    # id, name, unit, target, direction, counts_people, resource_type, family
    ("consultation_place_coverage", "常設型の相談の場がある地区の割合", "ratio", 1.0, "higher", False, "consultation_place", "coverage"),
    ("district_salon_coverage", "常設型の地区サロンがある地区の割合", "ratio", 1.0, "higher", False, "district_salon", "coverage"),
    ("aged_within_1km_consultation", "相談の場から1km以内の65歳以上人口", "人", None, "higher", True, "consultation_place", "access"),
]
# (indicator, level, code, fy): value, numerator, denominator, suppressed
VALUES = {
    ("consultation_place_coverage", "city", CITY, 2023): (1 / 3, 1, 3, False),
    ("consultation_place_coverage", "city", CITY, 2024): (2 / 3, 2, 3, False),
    ("consultation_place_coverage", "district", "D01", 2024): (1.0, 1, None, False),
    ("consultation_place_coverage", "district", "D02", 2024): (0.0, 0, None, False),
    ("consultation_place_coverage", "district", "D03", 2024): (1.0, 1, None, False),
    ("consultation_place_coverage", "district", "D01", 2023): (1.0, 1, None, False),
    ("consultation_place_coverage", "district", "D02", 2023): (0.0, 0, None, False),
    ("consultation_place_coverage", "district", "D03", 2023): (0.0, 0, None, False),
    ("district_salon_coverage", "city", CITY, 2023): (1.0, 3, 3, False),
    ("district_salon_coverage", "city", CITY, 2024): (1.0, 3, 3, False),
    ("district_salon_coverage", "district", "D01", 2024): (1.0, 1, None, False),
    ("district_salon_coverage", "district", "D02", 2024): (1.0, 2, None, False),
    ("district_salon_coverage", "district", "D03", 2024): (1.0, 1, None, False),
    ("aged_within_1km_consultation", "city", CITY, 2024): (420.0, 420, None, False),
    ("aged_within_1km_consultation", "district", "D01", 2024): (300.0, 300, None, False),
    ("aged_within_1km_consultation", "district", "D02", 2024): (120.0, 120, None, False),
    ("aged_within_1km_consultation", "district", "D03", 2024): (None, None, None, True),
}
RESOURCES = [
    # id, type, name, district, opened, closed
    ("R1", "consultation_place", "久松ふれあい相談室", "D01", 2020, None),
    ("R2", "consultation_place", "日進よろず相談所", "D03", 2024, None),
    ("R3", "district_salon", "久松サロン", "D01", None, None),
    ("R4", "district_salon", "遷喬サロンA", "D02", None, None),
    ("R5", "district_salon", "遷喬サロンB", "D02", 2021, None),
    ("R6", "district_salon", "日進サロン", "D03", 2019, None),
    ("R7", "community_cafeteria", "遷喬こども食堂", "D02", 2020, 2024),
]
PRIORITY = [("D01", 0.35, 0.31, 0.09, 0.0, 3), ("D02", 0.62, 0.33, 0.08, 1.0, 2), ("D03", 0.81, 0.54, 0.07, 0.0, 1)]


def build_fixture_warehouse(path: Path, with_geometry: bool = True) -> Path:
    """Write the fixture warehouse; `with_geometry=False` gives the tabular-only mode (geom NULL)."""
    from indicators.warehouse.duck import connect

    con = connect(path)
    x = con.execute
    x("""CREATE TABLE dataset_meta AS SELECT 'テスト用データ' AS name, '312011' AS municipality_code,
         '鳥取市' AS municipality_name, TRUE AS synthetic, DATE '2024-10-01' AS as_of, 2024 AS as_of_fy,
         'EPSG:6668' AS crs, 'EPSG:6673' AS metric_crs, ['手作りの試験データ'] AS sources,
         '' AS dataset_dir, now()::TIMESTAMP AS built_at, 2023 AS min_fy, 2024 AS max_fy,
         3 AS suppression_threshold""")
    x("""CREATE TABLE districts (district_code VARCHAR PRIMARY KEY, district_name VARCHAR,
         name_confidence VARCHAR, area_block VARCHAR, geom GEOMETRY, area_km2 DOUBLE,
         centroid_lon DOUBLE, centroid_lat DOUBLE)""")
    for code, name, block, lon, lat in DISTRICTS:
        wkt = f"POLYGON(({lon} {lat},{lon+0.02} {lat},{lon+0.02} {lat+0.02},{lon} {lat+0.02},{lon} {lat}))"
        x("INSERT INTO districts VALUES (?, ?, 'confirmed', ?, ST_GeomFromText(?), 4.0, ?, ?)",
          [code, name, block, wkt if with_geometry else None, lon + 0.01, lat + 0.01])
    x("""CREATE TABLE district_stats (district_code VARCHAR, fiscal_year INTEGER, population BIGINT,
         pop_0_14 BIGINT, pop_65plus BIGINT, pop_75plus BIGINT, households BIGINT,
         single_elderly_households BIGINT, suppressed_columns VARCHAR[])""")
    for (code, fy), s in STATS.items():
        x("INSERT INTO district_stats VALUES (?, ?, ?, ?, ?, ?, ?, ?, [])", [code, fy, *s])
    x("""CREATE TABLE resource_types (resource_type VARCHAR PRIMARY KEY, label_ja VARCHAR, plan_refs VARCHAR)""")
    x("""INSERT INTO resource_types VALUES ('consultation_place', '常設型の相談の場', 'Ⅰ-1(2)'),
         ('district_salon', '常設型の地区サロン', 'Ⅰ-1(3)②'), ('community_cafeteria', '地域食堂', 'Ⅰ-2②')""")
    x("""CREATE TABLE resources (resource_id VARCHAR PRIMARY KEY, resource_type VARCHAR, name VARCHAR,
         district_code VARCHAR, school_code VARCHAR, district_code_source VARCHAR, school_code_source VARCHAR,
         given_district_code VARCHAR, given_school_code VARCHAR, lat DOUBLE, lon DOUBLE,
         opened_fy INTEGER, closed_fy INTEGER, frequency VARCHAR, note VARCHAR)""")
    for rid, rtype, name, code, opened, closed in RESOURCES:
        x("""INSERT INTO resources VALUES (?, ?, ?, ?, NULL, 'given', NULL, ?, NULL, NULL, NULL, ?, ?, '週1回', NULL)""",
          [rid, rtype, name, code, code, opened, closed])
    x("""CREATE TABLE neighbourhood_assocs (assoc_code VARCHAR, assoc_name VARCHAR, district_code VARCHAR,
         school_code VARCHAR, school_code_source VARCHAR, households BIGINT, pop_65plus BIGINT, pop_0_14 BIGINT,
         sasaeai_map_fy INTEGER, fureai_salon INTEGER, lat DOUBLE, lon DOUBLE, suppressed_columns VARCHAR[])""")
    x("""INSERT INTO neighbourhood_assocs VALUES
         ('A1', '東町', 'D01', NULL, NULL, 200, 150, 50, 2022, 1, 35.51, 134.23, []),
         ('A2', '西町', 'D01', NULL, NULL, 250, 155, 68, NULL, 0, 35.505, 134.225, []),
         ('A3', '栄町', 'D02', NULL, NULL, 378, 262, 88, 2025, 2, 35.51, 134.25, []),
         ('A4', '日進一区', 'D03', NULL, NULL, 27, 31, 4, 2024, 1, 35.53, 134.23, [])""")
    x("""CREATE TABLE plan_policies (goal_no INTEGER, policy_no INTEGER, title VARCHAR, priority_no INTEGER,
         change_flags VARCHAR[], block_id VARCHAR)""")
    x("""INSERT INTO plan_policies VALUES (1, 1, '身近な地域で相談できる体制づくり', 1, [], 'b1'),
         (1, 2, '地域の居場所づくり', NULL, ['変更'], 'b2'), (3, 1, '子どもの育ちを支える', NULL, [], 'b3')""")
    x("""CREATE TABLE plan_sections (goal_no INTEGER, policy_no INTEGER, section_no INTEGER, item_no INTEGER,
         title VARCHAR, change_flags VARCHAR[], jusoteki VARCHAR[], block_id VARCHAR)""")
    x("""INSERT INTO plan_sections VALUES (1, 1, 2, NULL, '常設型の相談の場', [], ['包括的相談支援', '多機関協働'], 'b1'),
         (1, 2, 3, 2, '地区サロン', ['変更'], ['参加支援', '地域づくり'], 'b2'),
         (3, 1, 1, 1, '地域食堂', [], ['地域づくり'], 'b3')""")
    x("""CREATE TABLE plan_measures (measure_id VARCHAR, goal_no INTEGER, policy_no INTEGER, section_no INTEGER,
         item_no INTEGER, actor VARCHAR, text VARCHAR, change_flags VARCHAR[], jusoteki VARCHAR[], block_id VARCHAR)""")
    x("""INSERT INTO plan_measures VALUES
         ('m1', 1, 1, 2, NULL, '行政', '相談の場の設置を支援します。', [], ['包括的相談支援'], 'b1'),
         ('m2', 1, 1, 2, NULL, '市社協', '地区社協と相談の場を運営します。', ['追加'], ['包括的相談支援', '多機関協働'], 'b1'),
         ('m3', 1, 2, 3, 2, '民間', 'サロンに参加します。', ['変更'], ['参加支援'], 'b2'),
         ('m4', 3, 1, 1, 1, '市社協', '地域食堂の立ち上げを支援します。', ['追加', '再掲'], ['地域づくり'], 'b3')""")
    x("""CREATE TABLE plan_targets (block_id VARCHAR, text VARCHAR)""")
    x("""INSERT INTO plan_targets VALUES ('b1', '全地区に常設型の相談の場がある')""")
    x("""CREATE TABLE indicator_catalogue (indicator_id VARCHAR PRIMARY KEY, name_ja VARCHAR, definition_ja VARCHAR,
         family VARCHAR, area_levels VARCHAR[], formula VARCHAR, unit VARCHAR, target DOUBLE, target_text VARCHAR,
         direction VARCHAR, counts_people BOOLEAN, resource_type VARCHAR, sort_order BIGINT)""")
    for order, (iid, name, unit, target, direction, people, rtype, family) in enumerate(CATALOGUE):
        x("INSERT INTO indicator_catalogue VALUES (?, ?, ?, ?, ['city', 'district'], '', ?, ?, ?, ?, ?, ?, ?)",
          [iid, name, name + "（定義）", family, unit, target, "全地区" if target else None, direction, people, rtype,
           order])
    x("""CREATE TABLE indicator_plan_links (indicator_id VARCHAR, block_id VARCHAR, goal_no INTEGER,
         policy_no INTEGER, section_no INTEGER, item_no INTEGER)""")
    x("""INSERT INTO indicator_plan_links VALUES ('consultation_place_coverage', 'b1', 1, 1, 2, NULL),
         ('aged_within_1km_consultation', 'b1', 1, 1, 2, NULL), ('district_salon_coverage', 'b2', 1, 2, 3, 2)""")
    x("""CREATE TABLE indicator_values (indicator_id VARCHAR, area_level VARCHAR, area_code VARCHAR,
         fiscal_year INTEGER, value DOUBLE, numerator DOUBLE, denominator DOUBLE, target DOUBLE, suppressed BOOLEAN)""")
    targets = {c[0]: c[3] for c in CATALOGUE}
    for (iid, level, code, fy), (value, num, den, sup) in VALUES.items():
        x("INSERT INTO indicator_values VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          [iid, level, code, fy, value, num, den, targets[iid], sup])
    x("""CREATE TABLE priority_scores (district_code VARCHAR, fiscal_year INTEGER, score DOUBLE,
         aging_rate DOUBLE, single_elderly_rate DOUBLE, gap_count DOUBLE, rank INTEGER)""")
    for code, score, aging, single, gaps, rank in PRIORITY:
        x("INSERT INTO priority_scores VALUES (?, 2024, ?, ?, ?, ?, ?)", [code, score, aging, single, gaps, rank])
    con.close()
    return path
