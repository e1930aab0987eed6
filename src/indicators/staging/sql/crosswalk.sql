-- crosswalk: the share (weight) of each 地区 in a 小学校区.
-- In check order: both codes given, both in their lists, weight given and at most 1 (+ tolerance),
-- the (地区, 小学校区) pair not seen in an earlier accepted row; then, among the rows left, a 地区
-- whose weights do not sum to 1 (± tolerance) loses all its rows.
WITH f AS (
    SELECT *,
           district_code__s <> 0 AS no_d, school_code__s <> 0 AS no_s,
           coalesce($district_codes_given AND district_code NOT IN (SELECT code FROM district_codes), false) AS bad_d,
           coalesce($school_codes_given AND school_code NOT IN (SELECT code FROM school_codes), false) AS bad_s,
           coalesce(weight > 1 + $tolerance, false) AS big
    FROM base
), g AS (
    SELECT *, parse_ok AND NOT (no_d OR no_s OR bad_d OR bad_s) AND weight IS NULL AS no_w,
           parse_ok AND NOT (no_d OR no_s OR bad_d OR bad_s) AND weight IS NOT NULL AND NOT big AS ok2
    FROM f
), d AS (
    SELECT g.*, coalesce(ok2 AND g.line_number > k.first_line, false) AS dup
    FROM g LEFT JOIN (SELECT district_code, school_code, min(line_number) AS first_line FROM g
                      WHERE ok2 GROUP BY ALL) k USING (district_code, school_code)
), s AS (
    SELECT line_number, district_code, weight, sum(weight) OVER (PARTITION BY district_code) AS total
    FROM d WHERE ok2 AND NOT dup
)
SELECT line_number, 1000 AS ord, 'district_code' AS column_name, NULL AS value, '地区コードが空です' AS reason
FROM d WHERE no_d
UNION ALL
SELECT line_number, 1001, 'school_code', NULL, '小学校区コードが空です' FROM d WHERE no_s
UNION ALL
SELECT line_number, 1002, 'district_code', district_code, '地区コードが地区の一覧にありません' FROM d WHERE bad_d
UNION ALL
SELECT line_number, 1003, 'school_code', school_code, '小学校区コードが小学校区の一覧にありません' FROM d WHERE bad_s
UNION ALL
SELECT line_number, 1004, 'weight', weight__raw, '重み（weight）が空です' FROM d WHERE no_w
UNION ALL
SELECT line_number, 1005, 'weight', weight::VARCHAR, '重み（weight）が 1 を超えています' FROM d WHERE big
UNION ALL
SELECT line_number, 1006, 'school_code', school_code, '同じ地区・小学校区の組が重複しています（先の行を採用）' FROM d WHERE dup
UNION ALL
SELECT line_number, 1007, 'weight', weight::VARCHAR,
       '地区 ' || district_code || ' の重みの合計が ' || printf('%.3f', total) || ' で、1（±' || $tolerance_text || '）になりません'
FROM s WHERE abs(total - 1) > $tolerance
