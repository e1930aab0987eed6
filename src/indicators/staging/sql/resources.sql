-- resources (地域資源): one row per resource_id.
-- In check order: id given, resource_type in the vocabulary (contract + dataset.yaml
-- resource_types:), 地区/小学校区 codes (when given) in their lists, lat and lon both or neither and
-- within range, the id not seen in an earlier accepted row, some way to place it, and a closing
-- year not before the opening year. The municipality check follows in Python (staging.tables).
WITH f AS (
    SELECT *,
           resource_id__s <> 0 AS no_id,
           coalesce(resource_type NOT IN (SELECT code FROM vocab), true) AS bad_type,
           coalesce($district_codes_given AND district_code NOT IN (SELECT code FROM district_codes), false) AS bad_d,
           coalesce($school_codes_given AND school_code NOT IN (SELECT code FROM school_codes), false) AS bad_s,
           (lat IS NULL) <> (lon IS NULL) AS half,
           lat IS NOT NULL AND lon IS NOT NULL
           AND (NOT (lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180) OR (abs(lat) > 60 AND abs(lon) < 60)) AS bad_point,
           district_code IS NULL AND school_code IS NULL AND lat IS NULL AS unloc,
           coalesce(closed_fy < opened_fy, false) AS backwards
    FROM base
), g AS (
    SELECT *, parse_ok AND NOT (no_id OR bad_type OR bad_d OR bad_s OR half OR bad_point) AS ok_a FROM f
), d AS (
    SELECT g.*, coalesce(NOT no_id AND g.line_number > k.first_line, false) AS dup
    FROM g LEFT JOIN (SELECT resource_id, min(line_number) AS first_line FROM g
                      WHERE ok_a AND NOT unloc AND NOT backwards GROUP BY ALL) k USING (resource_id)
)
SELECT line_number, 1000 AS ord, 'resource_id' AS column_name, NULL AS value, 'resource_id が空です' AS reason
FROM d WHERE no_id
UNION ALL
SELECT line_number, 1001, 'resource_type', resource_type,
       'resource_type が語彙にありません（dataset.yaml の resource_types: で追加できます）' FROM d WHERE bad_type
UNION ALL
SELECT line_number, 1002, 'district_code', district_code, '地区コードが地区の一覧にありません' FROM d WHERE bad_d
UNION ALL
SELECT line_number, 1003, 'school_code', school_code, '小学校区コードが小学校区の一覧にありません' FROM d WHERE bad_s
UNION ALL
SELECT line_number, 1004, 'lon', NULL, '緯度（lat）と経度（lon）の片方しかありません' FROM d WHERE half AND lon IS NULL
UNION ALL
SELECT line_number, 1005, 'lat', NULL, '緯度（lat）と経度（lon）の片方しかありません' FROM d WHERE half AND lat IS NULL
UNION ALL
SELECT line_number, 1006, 'lat', lat::VARCHAR || ', ' || lon::VARCHAR,
       '座標が緯度経度の範囲外です' || CASE WHEN abs(lat) > 60 AND abs(lon) <= 90 THEN '（緯度と経度が入れ替わっていませんか）' ELSE '' END
FROM d WHERE bad_point
UNION ALL
SELECT line_number, 1007, 'resource_id', resource_id, 'resource_id が重複しています（先の行を採用）' FROM d WHERE dup
UNION ALL
SELECT line_number, 1008, 'district_code', NULL, 'district_code・school_code・lat/lon のいずれもなく、場所が分かりません'
FROM d WHERE ok_a AND NOT dup AND unloc
UNION ALL
SELECT line_number, 1009, 'closed_fy', closed_fy::VARCHAR, '廃止年度が開始年度（' || opened_fy || '）より前です'
FROM d WHERE backwards
