"""A tiny hand-made warehouse with the documented tables, for the dashboard tests.

Three 地区 (D01 久松, D02 醇風, D03 城北) and two 小学校区 (S01, S02) as rectangles near
Tottori station; years 2022–2024. Values are written by hand so tests can assert exactly
what the pages show:
- consultation_place_coverage (ratio, target 1): city 2023 = 1/3, 2024 = 2/3.
- D03 has single_elderly_households = 2 (below the threshold 3 → 「秘匿」) and 町内会 A05
  with 2 households (→ 「秘匿」, and the 地区 household total is withheld).
- community_cafeteria: only R2 (D02 / S02, opened 2023), so D01, D03 and S01 lack one in 2024.
Run as a script to write one for manual browsing: `python fixture_warehouse.py OUT.duckdb`.
"""
from __future__ import annotations

import sys
from pathlib import Path

from indicators.warehouse.duck import connect


def _rect(x0: float, y0: float, x1: float, y1: float) -> str:
    return f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


SQL = f"""
CREATE TABLE dataset_meta AS SELECT 'fixture' AS name, '312011' AS municipality_code,
  '鳥取市' AS municipality_name, {{synthetic}} AS synthetic, DATE '2024-10-01' AS as_of,
  2024 AS as_of_fy, 'EPSG:6668' AS crs, 'EPSG:6673' AS metric_crs, ['テスト'] AS sources,
  'fixture' AS dataset_dir, TIMESTAMP '2024-10-02 10:00:00' AS built_at, 2022 AS min_fy,
  2024 AS max_fy, 3 AS suppression_threshold;

CREATE TABLE districts (district_code VARCHAR PRIMARY KEY, district_name VARCHAR, name_confidence VARCHAR,
  area_block VARCHAR, geom GEOMETRY, area_km2 DOUBLE, centroid_lon DOUBLE, centroid_lat DOUBLE);
INSERT INTO districts VALUES
 ('D01', '久松', 'confirmed', '旧鳥取市', ST_GeomFromText('{_rect(134.20, 35.49, 134.22, 35.51)}'), 4.0, 134.21, 35.50),
 ('D02', '醇風', 'confirmed', '旧鳥取市', ST_GeomFromText('{_rect(134.22, 35.49, 134.24, 35.51)}'), 4.0, 134.23, 35.50),
 ('D03', '城北', 'likely', '旧鳥取市', ST_GeomFromText('{_rect(134.20, 35.51, 134.24, 35.53)}'), 8.0, 134.22, 35.52);

CREATE TABLE school_districts (school_code VARCHAR PRIMARY KEY, school_name VARCHAR, name_confidence VARCHAR,
  school_kind VARCHAR, school_lon DOUBLE, school_lat DOUBLE, geom GEOMETRY, area_km2 DOUBLE,
  centroid_lon DOUBLE, centroid_lat DOUBLE);
INSERT INTO school_districts VALUES
 ('S01', '久松小学校', 'confirmed', '小学校', 134.21, 35.50, ST_GeomFromText('{_rect(134.20, 35.49, 134.22, 35.53)}'), 8.0, 134.21, 35.51),
 ('S02', '醇風小学校', 'confirmed', '小学校', 134.23, 35.50, ST_GeomFromText('{_rect(134.22, 35.49, 134.24, 35.53)}'), 8.0, 134.23, 35.51);

CREATE TABLE district_stats (district_code VARCHAR, fiscal_year INTEGER, population BIGINT, pop_0_14 BIGINT,
  pop_65plus BIGINT, pop_75plus BIGINT, households BIGINT, single_elderly_households BIGINT,
  suppressed_columns VARCHAR[]);
INSERT INTO district_stats VALUES
 ('D01', 2022, 5200, 600, 1500, 800, 2300, 310, []), ('D01', 2023, 5150, 590, 1520, 820, 2310, 320, []),
 ('D01', 2024, 5100, 580, 1540, 840, 2320, 330, []),
 ('D02', 2022, 3100, 300, 1100, 600, 1500, 210, []), ('D02', 2023, 3080, 295, 1110, 610, 1490, 215, []),
 ('D02', 2024, 3050, 290, 1120, 620, 1480, 220, []),
 ('D03', 2022, 900, 40, 420, 250, 400, NULL, ['single_elderly_households']),
 ('D03', 2023, 880, 38, 425, 255, 395, 2, []), ('D03', 2024, 870, 36, 430, 260, 390, 2, []);

CREATE TABLE neighbourhood_assocs (assoc_code VARCHAR PRIMARY KEY, assoc_name VARCHAR, district_code VARCHAR,
  school_code VARCHAR, school_code_source VARCHAR, households BIGINT, pop_65plus BIGINT, pop_0_14 BIGINT,
  sasaeai_map_fy INTEGER, fureai_salon INTEGER, lat DOUBLE, lon DOUBLE, suppressed_columns VARCHAR[]);
INSERT INTO neighbourhood_assocs VALUES
 ('A01', '栄町町内会', 'D01', 'S01', 'point_in_polygon', 120, 40, 10, 2021, 1, 35.50, 134.21, []),
 ('A02', '東町町内会', 'D01', 'S01', 'point_in_polygon', 95, 30, 8, NULL, 0, 35.505, 134.215, []),
 ('A03', '西町町内会', 'D02', 'S02', 'point_in_polygon', 150, 60, 12, 2024, 2, 35.50, 134.23, []),
 ('A04', '北町町内会', 'D03', 'S01', 'point_in_polygon', 80, 35, 5, 2025, 0, 35.52, 134.21, []),
 ('A05', '浜坂集落', 'D03', 'S02', 'point_in_polygon', 2, 2, 0, 2022, 1, 35.52, 134.23, []);

CREATE TABLE resource_types (resource_type VARCHAR PRIMARY KEY, label_ja VARCHAR, plan_refs VARCHAR);
INSERT INTO resource_types VALUES ('consultation_place', '常設型の相談の場', 'Ⅰ-1(2)'),
 ('district_salon', '常設型の地区サロン', 'Ⅰ-1(3)②'), ('community_cafeteria', '地域食堂（子ども食堂を含む）', 'Ⅰ-2②');

CREATE TABLE resources (resource_id VARCHAR PRIMARY KEY, resource_type VARCHAR, name VARCHAR,
  district_code VARCHAR, school_code VARCHAR, district_code_source VARCHAR, school_code_source VARCHAR,
  given_district_code VARCHAR, given_school_code VARCHAR, lat DOUBLE, lon DOUBLE, opened_fy INTEGER,
  closed_fy INTEGER, frequency VARCHAR, note VARCHAR);
INSERT INTO resources VALUES
 ('R1', 'consultation_place', '久松ふれあい相談室', 'D01', 'S01', 'given', 'point_in_polygon', 'D01', NULL, 35.50, 134.21, 2020, NULL, '週1回', NULL),
 ('R2', 'community_cafeteria', '醇風みんな食堂', 'D02', 'S02', 'point_in_polygon', 'point_in_polygon', NULL, NULL, 35.50, 134.235, 2023, NULL, '月2回', NULL),
 ('R3', 'district_salon', '久松サロン', 'D01', 'S01', 'given', 'point_in_polygon', 'D01', NULL, 35.505, 134.205, 2019, 2023, '週2回', '2023年度末で閉所'),
 ('R4', 'consultation_place', '醇風よろず相談所', 'D02', 'S02', 'given', 'point_in_polygon', 'D02', NULL, 35.495, 134.225, 2024, NULL, '週1回', NULL);

CREATE TABLE crosswalk (district_code VARCHAR, school_code VARCHAR, weight DOUBLE, method VARCHAR);
INSERT INTO crosswalk VALUES ('D01','S01',1,'area'), ('D02','S02',1,'area'), ('D03','S01',0.5,'area'), ('D03','S02',0.5,'area');

CREATE TABLE rejected_rows (source_file VARCHAR, line_number INTEGER, column_name VARCHAR, value VARCHAR, reason VARCHAR);
INSERT INTO rejected_rows VALUES
 ('resources.csv', 7, 'resource_type', 'karaoke', '未知の resource_type です'),
 ('district_stats.csv', 12, 'pop_65plus', '9999', 'pop_65plus が population を超えています'),
 ('neighbourhood_assocs.csv', 4, 'households', '2', '未知の district_code です');
CREATE TABLE load_reconciliation (source_file VARCHAR, rows_read INTEGER, rows_loaded INTEGER, rows_rejected INTEGER);
INSERT INTO load_reconciliation VALUES ('district_stats.csv', 10, 9, 1), ('neighbourhood_assocs.csv', 6, 5, 1),
 ('resources.csv', 5, 4, 1);

CREATE TABLE plan_goals (goal_no INTEGER, title VARCHAR, change_flags VARCHAR[]);
INSERT INTO plan_goals VALUES (1, '住民参加と地域福祉活動の促進', []), (3, '包括的な支援体制の構築', []);
CREATE TABLE plan_policies (goal_no INTEGER, policy_no INTEGER, title VARCHAR, priority_no INTEGER, change_flags VARCHAR[]);
INSERT INTO plan_policies VALUES (1, 1, '地域福祉活動の推進', 1, []), (1, 2, '子どもの居場所づくり', NULL, []),
 (3, 1, '相談支援体制の充実', 2, []);
CREATE TABLE plan_sections (goal_no INTEGER, policy_no INTEGER, section_no INTEGER, item_no INTEGER, title VARCHAR,
  change_flags VARCHAR[], jusoteki VARCHAR[], block_id VARCHAR);
INSERT INTO plan_sections VALUES (1, 1, 2, NULL, '身近な相談の場づくり', [], ['包括的相談支援'], 'B-1-1-2'),
 (1, 2, NULL, 2, '地域食堂の推進', [], ['参加支援', '地域づくり'], 'B-1-2-x-2');
CREATE TABLE plan_measures (measure_id VARCHAR, goal_no INTEGER, policy_no INTEGER, section_no INTEGER,
  item_no INTEGER, actor VARCHAR, text VARCHAR, change_flags VARCHAR[], jusoteki VARCHAR[], block_id VARCHAR);
INSERT INTO plan_measures VALUES
 ('M001', 1, 1, 2, NULL, '行政', '地区の常設型の相談の場の設置を支援します。', ['変更'], ['包括的相談支援'], 'B-1-1-2'),
 ('M002', 1, 1, 2, NULL, '市社協', '相談の場の運営を地区社協と協働で進めます。', ['追加'], ['包括的相談支援'], 'B-1-1-2'),
 ('M003', 1, 2, NULL, 2, '民間', '地域食堂を住民の手で開き、子どもから高齢者まで集える場にします。', ['追加', '再掲'], ['参加支援', '地域づくり'], 'B-1-2-x-2'),
 ('M004', 3, 1, NULL, NULL, '行政', '重層的支援体制整備事業を推進します。', [], ['多機関協働'], 'B-3-1');
CREATE TABLE plan_targets (block_id VARCHAR, goal_no INTEGER, policy_no INTEGER, text VARCHAR);
INSERT INTO plan_targets VALUES ('B-1-1-2', 1, 1, '全地区に常設型の相談の場がある');
CREATE TABLE plan_glossary (term VARCHAR, text VARCHAR);

CREATE TABLE indicator_catalogue (indicator_id VARCHAR PRIMARY KEY, name_ja VARCHAR, definition_ja VARCHAR,
  family VARCHAR, area_levels VARCHAR[], formula VARCHAR, unit VARCHAR, target DOUBLE, target_text VARCHAR,
  direction VARCHAR, counts_people BOOLEAN, resource_type VARCHAR, denominator_counts_people BOOLEAN,
  sort_order BIGINT);
INSERT INTO indicator_catalogue VALUES
 ('consultation_place_coverage', '常設型の相談の場がある地区の割合', '常設型の相談の場が1か所以上ある地区 ÷ 全地区',
  'coverage', ['city', 'district'], 'covered/all', 'ratio', 1.0, '全地区', 'higher', FALSE, 'consultation_place', FALSE, 1),
 ('cafeteria_school_coverage', '地域食堂がある小学校区の割合', '地域食堂が1か所以上ある小学校区 ÷ 全小学校区',
  'coverage', ['city', 'school_district'], 'covered/all', 'ratio', 1.0, '全小学校区', 'higher', FALSE, 'community_cafeteria', FALSE, 2),
 ('aged_per_salon', 'サロン1か所あたり高齢者数', '65歳以上人口 ÷ サロン数', 'density', ['city', 'district'],
  'pop65/salons', 'count', 500, NULL, 'lower', TRUE, 'district_salon', FALSE, 3);

CREATE TABLE indicator_plan_links (indicator_id VARCHAR, block_id VARCHAR, goal_no INTEGER, policy_no INTEGER,
  section_no INTEGER, item_no INTEGER);
INSERT INTO indicator_plan_links VALUES ('consultation_place_coverage', 'B-1-1-2', 1, 1, 2, NULL),
 ('cafeteria_school_coverage', 'B-1-2-x-2', 1, 2, NULL, 2);

CREATE TABLE indicator_values (indicator_id VARCHAR, area_level VARCHAR, area_code VARCHAR, fiscal_year INTEGER,
  value DOUBLE, numerator DOUBLE, denominator DOUBLE, target DOUBLE, suppressed BOOLEAN);
INSERT INTO indicator_values VALUES
 ('consultation_place_coverage', 'city', '312011', 2022, 1/3, 1, 3, 1, FALSE),
 ('consultation_place_coverage', 'city', '312011', 2023, 1/3, 1, 3, 1, FALSE),
 ('consultation_place_coverage', 'city', '312011', 2024, 2/3, 2, 3, 1, FALSE),
 ('consultation_place_coverage', 'district', 'D01', 2022, 1, 1, 1, 1, FALSE),
 ('consultation_place_coverage', 'district', 'D01', 2023, 1, 1, 1, 1, FALSE),
 ('consultation_place_coverage', 'district', 'D01', 2024, 1, 1, 1, 1, FALSE),
 ('consultation_place_coverage', 'district', 'D02', 2022, 0, 0, 1, 1, FALSE),
 ('consultation_place_coverage', 'district', 'D02', 2023, 0, 0, 1, 1, FALSE),
 ('consultation_place_coverage', 'district', 'D02', 2024, 1, 1, 1, 1, FALSE),
 ('consultation_place_coverage', 'district', 'D03', 2022, 0, 0, 1, 1, FALSE),
 ('consultation_place_coverage', 'district', 'D03', 2023, 0, 0, 1, 1, FALSE),
 ('consultation_place_coverage', 'district', 'D03', 2024, 0, 0, 1, 1, FALSE),
 ('cafeteria_school_coverage', 'city', '312011', 2022, 0, 0, 2, 1, FALSE),
 ('cafeteria_school_coverage', 'city', '312011', 2023, 0.5, 1, 2, 1, FALSE),
 ('cafeteria_school_coverage', 'city', '312011', 2024, 0.5, 1, 2, 1, FALSE),
 ('cafeteria_school_coverage', 'school_district', 'S01', 2022, 0, 0, 1, 1, FALSE),
 ('cafeteria_school_coverage', 'school_district', 'S01', 2023, 0, 0, 1, 1, FALSE),
 ('cafeteria_school_coverage', 'school_district', 'S01', 2024, 0, 0, 1, 1, FALSE),
 ('cafeteria_school_coverage', 'school_district', 'S02', 2022, 0, 0, 1, 1, FALSE),
 ('cafeteria_school_coverage', 'school_district', 'S02', 2023, 1, 1, 1, 1, FALSE),
 ('cafeteria_school_coverage', 'school_district', 'S02', 2024, 1, 1, 1, 1, FALSE),
 ('aged_per_salon', 'city', '312011', 2022, 3040, 3040, 1, 500, FALSE),
 ('aged_per_salon', 'city', '312011', 2023, 3055, 3055, 1, 500, FALSE),
 ('aged_per_salon', 'city', '312011', 2024, NULL, 3090, 0, 500, FALSE),
 ('aged_per_salon', 'district', 'D01', 2023, 1520, 1520, 1, 500, FALSE),
 ('aged_per_salon', 'district', 'D01', 2024, NULL, 1540, 0, 500, FALSE),
 ('aged_per_salon', 'district', 'D03', 2024, NULL, NULL, NULL, 500, TRUE);

CREATE TABLE priority_scores (district_code VARCHAR, fiscal_year INTEGER, score DOUBLE,
  aging_rate DOUBLE, aging_rate_scaled DOUBLE, aging_rate_suppressed BOOLEAN,
  single_elderly_share DOUBLE, single_elderly_share_scaled DOUBLE, single_elderly_share_suppressed BOOLEAN,
  rank BIGINT);
INSERT INTO priority_scores VALUES
 ('D01', 2024, 30.0, 0.30, 0.0, FALSE, 0.14, 0.0, FALSE, 3), ('D02', 2024, 55.0, 0.37, 0.37, FALSE, 0.15, 1.0, FALSE, 2),
 ('D03', 2024, 80.0, 0.49, 1.0, FALSE, NULL, NULL, TRUE, 1),
 ('D01', 2023, 35.0, 0.30, 0.0, FALSE, 0.14, 0.0, FALSE, 2), ('D02', 2023, 20.0, 0.36, 0.33, FALSE, 0.15, 1.0, FALSE, 3),
 ('D03', 2023, 78.0, 0.48, 1.0, FALSE, NULL, NULL, TRUE, 1);
"""


def make_fixture_warehouse(path: str | Path, synthetic: bool = True) -> Path:
    path = Path(path)
    path.unlink(missing_ok=True)
    con = connect(path)
    try:
        con.execute(SQL.replace("{synthetic}", "TRUE" if synthetic else "FALSE"))
    finally:
        con.close()
    return path


if __name__ == "__main__":
    print(make_fixture_warehouse(sys.argv[1]))
