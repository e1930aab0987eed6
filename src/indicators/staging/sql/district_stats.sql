-- district_stats: one row per 地区 and fiscal year.
-- In check order: 地区コード given and in the list of 地区, 年度 given, (地区, 年度) not seen in an
-- earlier accepted row, then the first failing size rule (a part never exceeds its whole). A row
-- breaking a size rule does not count as the accepted row of its (地区, 年度).
WITH f AS (
    SELECT *,
           district_code__s <> 0 AS no_code,
           coalesce($district_codes_given AND district_code NOT IN (SELECT code FROM district_codes), false) AS bad_code
    FROM base
), g AS (
    SELECT *, parse_ok AND NOT no_code AND NOT bad_code AS ok2 FROM f
), h AS (
    SELECT *, ok2 AND fiscal_year__s <> 0 AS no_fy,
           ok2 AND fiscal_year__s = 0 AS ok3,
           CASE WHEN pop_65plus > population THEN 1
                WHEN pop_75plus > pop_65plus THEN 2
                WHEN pop_0_14 > population THEN 3
                WHEN households > population THEN 4
                WHEN single_elderly_households > households THEN 5 END AS size_rule
    FROM g
), d AS (
    SELECT h.*, coalesce(ok3 AND h.line_number > k.first_line, false) AS dup
    FROM h LEFT JOIN (SELECT district_code, fiscal_year, min(line_number) AS first_line FROM h
                      WHERE ok3 AND size_rule IS NULL GROUP BY ALL) k USING (district_code, fiscal_year)
)
SELECT line_number, 1000 AS ord, 'district_code' AS column_name, NULL AS value, '地区コードが空です' AS reason
FROM d WHERE no_code
UNION ALL
SELECT line_number, 1001, 'district_code', district_code, '地区コードが地区の一覧にありません' FROM d WHERE bad_code
UNION ALL
SELECT line_number, 1002, 'fiscal_year', fiscal_year__raw, '年度が空です（秘匿・不明は年度に使えません）' FROM d WHERE no_fy
UNION ALL
SELECT line_number, 1003, 'fiscal_year', fiscal_year::VARCHAR, '同じ地区・年度の行が重複しています（先の行を採用）'
FROM d WHERE dup
UNION ALL
SELECT line_number, 1004,
       ['pop_65plus', 'pop_75plus', 'pop_0_14', 'households', 'single_elderly_households'][size_rule],
       [pop_65plus, pop_75plus, pop_0_14, households, single_elderly_households][size_rule]::VARCHAR,
       ['65歳以上人口が総人口を超えています', '75歳以上人口が65歳以上人口を超えています', '0〜14歳人口が総人口を超えています',
        '世帯数が総人口を超えています', '高齢単身世帯数が世帯数を超えています'][size_rule]
FROM d WHERE ok3 AND NOT dup AND size_rule IS NOT NULL
