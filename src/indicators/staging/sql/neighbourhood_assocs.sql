-- neighbourhood_assocs (町内会): one row per 町内会 code.
-- In check order: code given, 地区/小学校区 codes (when given) in their lists, lat and lon both or
-- neither and within range, the code not seen in an earlier accepted row, and some way to place
-- it (a 地区 code, a 小学校区 code or coordinates). The municipality check follows in Python
-- (staging.tables: point-in-polygon against the areas).
WITH f AS (
    SELECT *,
           assoc_code__s <> 0 AS no_code,
           coalesce($district_codes_given AND district_code NOT IN (SELECT code FROM district_codes), false) AS bad_d,
           coalesce($school_codes_given AND school_code NOT IN (SELECT code FROM school_codes), false) AS bad_s,
           (lat IS NULL) <> (lon IS NULL) AS half,
           lat IS NOT NULL AND lon IS NOT NULL
           AND (NOT (lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180) OR (abs(lat) > 60 AND abs(lon) < 60)) AS bad_point,
           district_code IS NULL AND school_code IS NULL AND lat IS NULL AS unloc
    FROM base
), g AS (
    SELECT *, parse_ok AND NOT (no_code OR bad_d OR bad_s OR half OR bad_point) AS ok_a FROM f
), d AS (
    SELECT g.*, coalesce(NOT no_code AND g.line_number > k.first_line, false) AS dup
    FROM g LEFT JOIN (SELECT assoc_code, min(line_number) AS first_line FROM g
                      WHERE ok_a AND NOT unloc GROUP BY ALL) k USING (assoc_code)
)
SELECT line_number, 1000 AS ord, 'assoc_code' AS column_name, NULL AS value, '町内会コードが空です' AS reason
FROM d WHERE no_code
UNION ALL
SELECT line_number, 1001, 'district_code', district_code, '地区コードが地区の一覧にありません' FROM d WHERE bad_d
UNION ALL
SELECT line_number, 1002, 'school_code', school_code, '小学校区コードが小学校区の一覧にありません' FROM d WHERE bad_s
UNION ALL
SELECT line_number, 1003, 'lon', NULL, '緯度（lat）と経度（lon）の片方しかありません' FROM d WHERE half AND lon IS NULL
UNION ALL
SELECT line_number, 1004, 'lat', NULL, '緯度（lat）と経度（lon）の片方しかありません' FROM d WHERE half AND lat IS NULL
UNION ALL
SELECT line_number, 1005, 'lat', lat::VARCHAR || ', ' || lon::VARCHAR,
       '座標が緯度経度の範囲外です' || CASE WHEN abs(lat) > 60 AND abs(lon) <= 90 THEN '（緯度と経度が入れ替わっていませんか）' ELSE '' END
FROM d WHERE bad_point
UNION ALL
SELECT line_number, 1006, 'assoc_code', assoc_code, '町内会コードが重複しています（先の行を採用）' FROM d WHERE dup
UNION ALL
SELECT line_number, 1007, 'district_code', NULL, '地区コードも座標もなく、どの地区か分かりません'
FROM d WHERE ok_a AND NOT dup AND unloc
